"""The Shopify fake as a raw client meets it: cost data and THROTTLED bodies, the query cost
cap, REST's default status, limits and cursor rules, and the fake run by hand."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
import requests

from seller_desk.integrations.marketplaces import shopify_queries as q
from tests.fakes.loopback import running
from tests.fakes.shop_data import FakeShop
from tests.fakes.shopify_server import ShopifyFake

TOKEN = "shpat_fake_0123456789"
API = "/admin/api/2026-01/"


@pytest.fixture
def shop() -> FakeShop:
    return FakeShop(600)


@pytest.fixture
def fake(shop: FakeShop) -> Iterator[ShopifyFake]:
    with running(ShopifyFake(shop, token=TOKEN)) as served:
        yield served


def get(fake: ShopifyFake, path: str, **params: object) -> requests.Response:
    return requests.get(fake.url + API + path, params=params,  # type: ignore[arg-type]
                        headers={"X-Shopify-Access-Token": TOKEN}, timeout=5)


def page_info(response: requests.Response, rel: str = "next") -> str:
    return response.links[rel]["url"].split("page_info=")[1]


# --- GraphQL ---

def post(fake: ShopifyFake, query: str, variables: dict | None = None) -> requests.Response:
    return requests.post(f"{fake.url}{API}graphql.json",
                         json={"query": query, "variables": variables or {}},
                         headers={"X-Shopify-Access-Token": TOKEN}, timeout=5)


def test_every_answer_carries_its_cost(fake: ShopifyFake) -> None:
    for query, variables in ((q.SHOP, {}), (q.ORDERS, {"first": 3}), (q.LOCATIONS, {})):
        cost = post(fake, query, variables).json()["extensions"]["cost"]
        assert cost["throttleStatus"] == {"maximumAvailable": 2000.0, "restoreRate": 100.0,
                                          "currentlyAvailable": 2000.0 - cost["actualQueryCost"]}
        assert 0 < cost["actualQueryCost"] <= cost["requestedQueryCost"]


@pytest.mark.parametrize("status", [200, 429])
def test_the_real_bucket_answers_throttled(shop: FakeShop, status: int) -> None:
    with running(ShopifyFake(shop, token=TOKEN, limit=True, bucket=(1000.0, 1.0),
                             throttled_status=status)) as fake:
        first = post(fake, q.ORDERS, {"first": q.ORDER_PAGE})
        second = post(fake, q.ORDERS, {"first": q.ORDER_PAGE})
    left = first.json()["extensions"]["cost"]["throttleStatus"]["currentlyAvailable"]
    assert first.status_code == 200 and left < 1000 - 2 - q.ORDER_PAGE * 20
    assert second.status_code == status
    body = second.json()
    assert "data" not in body
    assert body["errors"][0]["extensions"]["code"] == "THROTTLED"
    assert body["extensions"]["cost"]["actualQueryCost"] is None
    assert body["extensions"]["cost"]["requestedQueryCost"] == 2 + q.ORDER_PAGE * q.ORDER_COST


def test_a_query_dearer_than_a_thousand_points_is_refused(fake: ShopifyFake) -> None:
    dear = ("query Dear { orders(first: 250) { nodes { id lineItems(first: 100) { "
            "nodes { id } } } } }")
    body = post(fake, dear).json()
    (error,) = body["errors"]
    assert error["extensions"] == {"code": "MAX_COST_EXCEEDED", "cost": 25752, "maxCost": 1000,
                                   "documentation": "https://shopify.dev/api/usage/rate-limits"}
    assert error["message"].startswith("Query cost is 25752, which exceeds the single query")


# --- REST ---

def test_the_default_status_hides_closed_and_cancelled_orders(fake: ShopifyFake,
                                                              shop: FakeShop) -> None:
    shown = get(fake, "orders.json", limit=250, updated_at_min="2026-01-05T00:00:00Z")
    open_ids = {o["id"] for o in shown.json()["orders"]}
    assert open_ids == {o.order_id for o in shop.orders()
                        if o.status in {"pending", "paid", "partially_refunded"}}
    assert len(open_ids) == 240  # of 600: the rest are closed or cancelled
    assert get(fake, "orders.json").headers["X-Shopify-Shop-Api-Call-Limit"] == "1/40"


def test_limits_and_cursor_rules(fake: ShopifyFake) -> None:
    assert len(get(fake, "orders.json", status="any").json()["orders"]) == 50
    assert len(get(fake, "orders.json", status="any", limit=900).json()["orders"]) == 250
    first = get(fake, "orders.json", status="any", limit=10, order="updated_at asc")
    assert "previous" not in first.links
    cursor = page_info(first)
    refused = get(fake, "orders.json", limit=10, page_info=cursor, status="any")
    assert refused.status_code == 400
    assert refused.json() == {"errors": {"status": "status cannot be passed when page_info is "
                                         "present. See https://shopify.dev/api/usage/"
                                         "pagination-rest for more information."}}
    second = get(fake, "orders.json", limit=10, page_info=cursor)
    back = get(fake, "orders.json", limit=10, page_info=page_info(second, "previous"))
    assert [o["id"] for o in back.json()["orders"]] == [o["id"] for o in first.json()["orders"]]
    bad = get(fake, "orders.json", limit=10, page_info="bm90LWEtY3Vyc29y")
    assert (bad.status_code, bad.json()) == (400, {"errors": {"page_info": "Invalid value."}})


def test_times_carry_the_shop_offset_and_money_is_text(fake: ShopifyFake) -> None:
    (order,) = get(fake, "orders.json", status="any", limit=1).json()["orders"]
    assert order["updated_at"].endswith("-05:00")
    assert isinstance(order["total_price"], str) and isinstance(order["id"], int)


def test_the_fake_runs_by_hand() -> None:
    with subprocess.Popen(
            [sys.executable, "-m", "tests.fakes.shopify_server", "--port", "0", "--orders",
             "30", "--token", "shpat_demo"], stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            banner = process.stdout.readline()
            assert "shpat_demo" in banner and "graphql.json" in banner
            url = banner.split(" at ")[1].split(" ")[0]
            answer = requests.get(url + API + "orders.json", params={"status": "any"},
                                  headers={"X-Shopify-Access-Token": "shpat_demo"}, timeout=5)
            assert len(answer.json()["orders"]) == 30
        finally:
            process.terminate()

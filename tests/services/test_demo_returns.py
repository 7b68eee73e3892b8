"""The demo shop's return requests: every state and outcome, money that adds up, a history
that leads to each request's state, two problem listings, and profit that includes returns."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.return_policy import default_policy
from seller_desk.domain.returns import (
    Disposition,
    ReturnOutcome,
    ReturnReason,
    ReturnState,
    check_move,
    overdue,
)
from seller_desk.services.demo import generate_demo
from seller_desk.services.listing_images import ListingImages
from seller_desk.services.progress import Job
from seller_desk.services.returns import ReturnsService
from seller_desk.store.database import Database
from seller_desk.store.models import (
    Listing,
    Order,
    OrderLine,
    OrderStatusChange,
    ReturnEvent,
    ReturnLine,
    ReturnRequest,
)
from tests.services.test_demo import TODAY, fresh, rows

END = datetime.combine(TODAY, datetime.min.time(), UTC)
FINAL = {"refunded": ("refund", "refund_without_return"), "replaced": ("replacement",),
         "exchanged": ("exchange",), "credited": ("store_credit",)}


def make(database: Database, orders: int = 3000, seed: int = 7) -> int:
    return generate_demo(database, Job(), orders=orders, today=TODAY, seed=seed).return_requests


def test_every_state_and_outcome_is_there_in_believable_numbers(database):
    made = make(database)
    requests = rows(database, ReturnRequest)
    assert len(requests) == made
    assert {r.state for r in requests} == {state.value for state in ReturnState}
    assert {r.outcome for r in requests} == {outcome.value for outcome in ReturnOutcome}
    assert {r.reason for r in requests} >= {r.value for r in ReturnReason} - {"other"}
    orders = {o.id: o for o in rows(database, Order)}
    came_back = {r.order_id for r in requests}
    delivered = [o for o in orders.values() if o.status == "delivered" or o.id in came_back]
    assert 0.04 <= len(requests) / len(delivered) <= 0.065
    assert all(orders[r.order_id].status in ("delivered", "partially_refunded", "refunded")
               for r in requests)
    # Older requests are settled and closed; those still open are mostly recent.
    states = Counter(r.state for r in requests)
    assert states["closed"] / len(requests) > 0.75
    year_ago = END - timedelta(days=365)
    old = [r for r in requests if r.requested_at < year_ago]
    assert old and sum(r.state == "closed" for r in old) / len(old) > 0.9
    outcomes = Counter(r.outcome for r in requests)
    assert outcomes["refund"] == max(outcomes.values())
    assert 0 < sum(overdue(r.state, r.state_since, END) for r in requests) < len(requests) / 10
    assert all(r.source == "demo" and r.external_id is None for r in requests)
    assert [r.rma_number for r in requests] == [f"RMA-{r.id:06d}" for r in requests]
    assert all(r.rma_key == r.rma_number.casefold() for r in requests)
    assert [r.requested_at for r in requests] == sorted(r.requested_at for r in requests)


def test_reasons_suit_the_items(database):
    make(database, 6000)
    listings = {listing.id: listing.sku.split("-")[0] for listing in rows(database, Listing)}
    lead: dict[int, str] = {}
    for line in rows(database, ReturnLine):
        lead.setdefault(line.request_id, listings[line.listing_id])
    reasons = defaultdict(Counter)
    for request in rows(database, ReturnRequest):
        family = lead[request.id]
        kind = ("wear" if family in ("SCF", "SLP", "PIL", "RNG", "BRC", "TOT") else
                "fragile" if family in ("TSET", "GWN", "CUP", "BWL", "VAS", "TPT", "ZOD", "LNT",
                                        "SLN", "CLB") else "other")
        reasons[kind][request.reason] += 1
    assert {r for r, _n in reasons["wear"].most_common(2)} == {"size_fit", "not_as_described"}
    assert reasons["fragile"].most_common(1)[0][0] == "damaged"
    assert reasons["other"]["size_fit"] == reasons["fragile"]["size_fit"] == 0
    assert all(reasons[kind]["wrong_item"] > 0 for kind in ("wear", "fragile", "other"))


def test_refunds_never_exceed_what_was_paid_and_orders_say_so(database):
    make(database)
    orders = {o.id: o for o in rows(database, Order)}
    assert all(0 <= o.refunded_minor <= o.total_minor for o in orders.values())
    history = defaultdict(list)
    for change in rows(database, OrderStatusChange):
        history[change.order_id].append(change)
    refunded = [r for r in rows(database, ReturnRequest) if r.refund_minor]
    assert len(refunded) > 40
    for request in refunded:
        order = orders[request.order_id]
        assert request.refund_minor == order.refunded_minor <= order.total_minor
        assert request.refund_base_minor == order.refunded_base_minor > 0
        assert request.refund_rate is not None and request.refunded_at is not None
        assert request.requested_at < request.refunded_at <= request.state_since
        assert order.status == ("refunded" if order.refunded_minor == order.total_minor
                                else "partially_refunded")
        assert order.updated_at == request.refunded_at
        assert history[order.id][-1].new_status == order.status
        assert history[order.id][-1].changed_at == order.updated_at
        if request.currency == order.base_currency:
            assert request.refund_base_minor == request.refund_minor
    credited = [r for r in rows(database, ReturnRequest) if r.credit_minor]
    assert credited and all(r.refund_minor == 0 and r.outcome == "store_credit"
                            and 0 < r.credit_minor <= orders[r.order_id].total_minor
                            for r in credited)


def test_every_history_leads_to_the_request_state(database):
    make(database)
    events = defaultdict(list)
    for event in rows(database, ReturnEvent):  # by id: each request's steps in time order
        events[event.request_id].append(event)
    orders = {o.id: o for o in rows(database, Order)}
    for request in rows(database, ReturnRequest):
        steps = events[request.id]
        assert (steps[0].from_state, steps[0].to_state) == ("", "requested")
        assert steps[0].at == request.requested_at
        assert steps[0].author == orders[request.order_id].buyer_name
        assert steps[0].note == request.reason_text
        assert steps[-1].to_state == request.state and steps[-1].at == request.state_since
        assert request.updated_at == request.state_since < END
        assert (request.closed_at is not None) == (request.state == "closed")
        for before, after in pairwise(steps):
            assert after.from_state == before.to_state and before.at < after.at
            check_move(ReturnState(before.to_state), ReturnOutcome(request.outcome),
                       ReturnState(after.to_state))
            assert after.author in ("Mei", "Tom")
        final = [s.to_state for s in steps if s.to_state in FINAL]
        assert all(request.outcome in FINAL[state] for state in final)


def test_late_requests_are_flagged_by_the_default_policies_and_mostly_rejected(database):
    make(database, 6000)
    delivered = {c.order_id: c.changed_at for c in rows(database, OrderStatusChange)
                 if c.new_status == OrderStatus.DELIVERED.value}
    requests = rows(database, ReturnRequest)
    checked = 0
    for request in requests:
        if request.order_id in delivered:
            days = (request.requested_at.date() - delivered[request.order_id].date()).days
            window = default_policy(request.ship_country).window_days
            assert request.out_of_window == (days > window), request.rma_number
            checked += 1
    assert checked > len(requests) / 4  # refunds leave older orders one row: refunded
    late = [r for r in requests if r.out_of_window]
    assert late and sum(r.state in ("rejected", "closed") and r.refund_minor == 0
                        for r in late) / len(late) > 0.5
    assert {default_policy(r.ship_country).window_days for r in requests} == {14, 30}


def test_problem_listings_come_back_far_more_often(database):
    make(database)
    orders = {o.id: o for o in rows(database, Order)}
    sold, returned = Counter(), Counter()
    for line in rows(database, OrderLine):
        order = orders[line.order_id]
        if not order.is_test and order.status != "cancelled":
            sold[line.listing_id] += line.quantity
    for line in rows(database, ReturnLine):
        returned[line.listing_id] += line.quantity
    average = sum(returned.values()) / sum(sold.values())
    assert 0.02 < average < 0.05
    busy = [listing for listing, units in sold.items() if units >= 100]
    problems = [listing for listing in busy if returned[listing] / sold[listing] > 2 * average]
    assert len(problems) >= 2
    calm = sorted(returned[listing] / sold[listing] for listing in busy)
    assert calm[len(calm) // 2] < 1.5 * average


def test_replacements_dispositions_and_return_costs_feed_profit(database):
    make(database)
    orders = {o.id: o for o in rows(database, Order)}
    lines = defaultdict(list)
    for line in rows(database, ReturnLine):
        lines[line.request_id].append(line)
    order_lines = defaultdict(list)
    for line in rows(database, OrderLine):
        order_lines[line.order_id].append(line)
    steps = defaultdict(set)
    for event in rows(database, ReturnEvent):
        steps[event.request_id].add(event.to_state)
    requests = rows(database, ReturnRequest)
    for request in requests:
        inspected = "inspected" in steps[request.id]
        assert all(bool(line.disposition) == inspected for line in lines[request.id])
        restocked = 0
        for line in lines[request.id]:
            sold = next(x for x in order_lines[request.order_id] if x.id == line.order_line_id)
            assert line.sku == sold.sku and 0 < line.quantity <= sold.quantity
            if line.disposition == Disposition.RESTOCK.value:
                assert line.restocked_cost_base_minor == (
                    sold.cost_base_minor * line.quantity // sold.quantity)
            else:
                assert line.restocked_cost_base_minor == 0
            restocked += line.restocked_cost_base_minor
        sent = cost = 0
        if request.replacement_order_id is not None:
            outbound = orders[request.replacement_order_id]
            suffix = "X" if request.outcome == "exchange" else "R"
            assert outbound.number == f"{request.rma_number}-{suffix}"
            assert outbound.is_test and outbound.total_minor == outbound.total_base_minor == 0
            assert outbound.customer_id == orders[request.order_id].customer_id
            skus = {line.sku for line in order_lines[outbound.id]}
            assert skus == ({request.exchange_sku} if suffix == "X"
                            else {line.sku for line in lines[request.id]})
            sent = outbound.cost_base_minor + outbound.shipping_cost_base_minor
            assert outbound.cost_base_minor > 0 and outbound.margin_base_minor is not None
        cost = request.return_shipping_base_minor + sent - restocked
        assert orders[request.order_id].return_cost_base_minor == (cost or None)
    assert sum(r.replacement_order_id is not None for r in requests) >= 5
    assert any(r.return_shipping_base_minor for r in requests)
    damaged = [line for r in requests for line in lines[r.id]
               if r.reason == "damaged" and line.disposition]
    assert Counter(line.disposition for line in damaged).most_common(1)[0][0] == "write_off"
    # The demo's costing ran afterwards: every order has its margin, returns included.
    assert all(o.margin_base_minor is not None for o in orders.values())
    shares = defaultdict(int)
    for order_id, items in order_lines.items():
        shares[order_id] = sum(line.return_cost_base_minor or 0 for line in items)
    assert all(shares[o.id] == (o.return_cost_base_minor or 0) for o in orders.values())


def test_same_seed_same_returns_and_the_returns_page_reads_them(database, tmp_path):
    make(database, 1500)
    other = fresh(tmp_path, "again")
    make(other, 1500)
    again = rows(other, ReturnRequest), rows(other, ReturnEvent), rows(other, ReturnLine)
    other.close()
    assert (rows(database, ReturnRequest), rows(database, ReturnEvent),
            rows(database, ReturnLine)) == again
    service = ReturnsService(database, ListingImages(database, tmp_path / "images"),
                             now=lambda: END)
    first = rows(database, ReturnRequest)[0]
    view = service.view(first.id)
    assert view.rma_number == first.rma_number and view.lines and view.events


@pytest.mark.parametrize("orders", [1, 40])
def test_tiny_shops_make_a_demo_with_few_or_no_returns(database, orders):
    assert make(database, orders) == len(rows(database, ReturnRequest)) <= orders

"""The tracking fakes answer like the services described in API_NOTES §4 (raw HTTP)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.fakes.aftership_server import FETCH, LIST, AfterShipFake, running_aftership_fake
from tests.fakes.seventeen_server import SeventeenFake, running_seventeen_fake

ROOT = Path(__file__).resolve().parents[3]


def post(fake: SeventeenFake, endpoint: str, body: object, key: str | None = None,
         ) -> requests.Response:
    return requests.post(fake.url + endpoint, json=body, timeout=5,
                         headers={"17token": fake.key if key is None else key})


def test_17track_is_post_only_and_404s_unknown_paths(seventeen_fake: SeventeenFake) -> None:
    answer = requests.get(seventeen_fake.url + "gettrackinfo", timeout=5)
    assert (answer.status_code, answer.headers["Allow"]) == (405, "POST")
    assert post(seventeen_fake, "getnothing", []).status_code == 404


def test_17track_refuses_a_wrong_key_with_401(seventeen_fake: SeventeenFake) -> None:
    answer = post(seventeen_fake, "gettrackinfo", [], key="nope")
    assert answer.status_code == 401
    assert answer.json()["data"]["errors"][0]["code"] == -18010002


def test_17track_refuses_more_than_40_numbers_as_a_whole(seventeen_fake: SeventeenFake) -> None:
    answer = post(seventeen_fake, "register", [{"number": f"LX{i:09d}DE"} for i in range(41)])
    assert answer.status_code == 200
    assert answer.json()["code"] == -18010014 and seventeen_fake.registered == {}


def test_17track_envelopes_and_newest_first_events(seventeen_fake: SeventeenFake) -> None:
    body = post(seventeen_fake, "register", [{"number": "RR123456785CN", "carrier": 3011},
                                             {"number": "RR123456785CN"}]).json()
    assert body["code"] == 0
    assert body["data"]["accepted"] == [{"origin": 1, "number": "RR123456785CN",
                                         "carrier": 3011}]
    assert body["data"]["rejected"][0]["error"]["code"] == -18019901
    seventeen_fake.script("RR123456785CN", "Delivered", "Delivered_Other", [
        ("2025-03-02T08:15:00Z", "Picked up", "SHENZHEN, CN", "PickedUp"),
        ("2025-03-09T06:40:00Z", "Delivered", "BERLIN, DE", "Delivered")])
    item = post(seventeen_fake, "gettrackinfo", [{"number": "RR123456785CN"}]).json()[
        "data"]["accepted"][0]
    events = item["track_info"]["tracking"]["providers"][0]["events"]
    assert [e["time_utc"] for e in events] == ["2025-03-09T06:40:00Z", "2025-03-02T08:15:00Z"]
    assert item["track_info"]["latest_status"] == {
        "status": "Delivered", "sub_status": "Delivered_Other", "sub_status_descr": None}
    assert item["carrier"] == 3011


def test_17track_answers_429_past_its_limit() -> None:
    with running_seventeen_fake(limit_per_second=3) as fake:
        statuses = [post(fake, "gettrackinfo", []).status_code for _ in range(4)]
        refused = post(fake, "gettrackinfo", [])
    assert statuses == [200, 200, 200, 429]
    assert refused.json()["code"] == 429 and fake.too_many == 2


def get(fake: AfterShipFake, path: str, **params: str) -> requests.Response:
    return requests.get(fake.url + path, params=params, timeout=5,
                        headers={"as-api-key": fake.key})


def test_aftership_envelopes_errors_and_rate_headers() -> None:
    with running_aftership_fake() as fake:
        missing = get(fake, "trackings/" + "0" * 32)
        assert missing.status_code == 404 and missing.json()["meta"]["code"] == 4004
        assert missing.headers["X-RateLimit-Limit"] == "5"
        assert int(missing.headers["X-RateLimit-Remaining"]) in range(5)
        assert int(missing.headers["X-RateLimit-Reset"]) > 0
        assert requests.get(fake.url + "nowhere", timeout=5).json()["meta"]["type"] == \
            "NotFound"
        unauthorised = requests.get(fake.url + "trackings", timeout=5)
        assert unauthorised.status_code == 401
        assert unauthorised.json()["meta"]["type"] == "Unauthorized"
        # 11 calls in a few milliseconds: at least 6 fall in one second of the 5/s window.
        statuses = [get(fake, "trackings/x").status_code for _ in range(10)]
    assert 429 in statuses and fake.calls[FETCH] == 11


def test_aftership_lists_by_cursor(aftership_fake: AfterShipFake) -> None:
    aftership_fake.register_existing([f"LX{i:09d}DE" for i in range(150)])
    first = get(aftership_fake, "trackings").json()["data"]
    assert len(first["trackings"]) == 100 and first["pagination"]["has_next_page"]
    rest = get(aftership_fake, "trackings", cursor=first["pagination"]["next_cursor"]).json()
    assert len(rest["data"]["trackings"]) == 50
    assert rest["data"]["pagination"] == {"total": 150, "next_cursor": None,
                                          "has_next_page": False}
    assert first["trackings"][0]["tracking_number"] == "LX000000149DE"  # newest first
    one = get(aftership_fake, "trackings", tracking_numbers="LX000000007DE,LX000000008DE")
    assert [t["tracking_number"] for t in one.json()["data"]["trackings"]] == [
        "LX000000008DE", "LX000000007DE"]
    assert get(aftership_fake, "trackings", limit="201").status_code == 400
    many = ",".join(f"LX{i:09d}DE" for i in range(51))
    assert get(aftership_fake, "trackings", tracking_numbers=many).status_code == 400
    assert get(aftership_fake, "trackings", cursor="not-a-cursor").status_code == 400
    assert aftership_fake.calls[LIST] == 6


def test_aftership_checkpoints_are_oldest_first(aftership_fake: AfterShipFake) -> None:
    aftership_fake.script("RR123456785CN", "Delivered", "Delivered_001", [
        ("2025-03-09T06:40:00Z", "Delivered", "BERLIN, DE", "Delivered"),
        ("2025-03-02T08:15:00Z", "Accepted", "SHENZHEN, CN", "InTransit")])
    data = get(aftership_fake, "trackings/" + aftership_fake.id_of("RR123456785CN")).json()[
        "data"]
    assert [c["message"] for c in data["checkpoints"]] == ["Accepted", "Delivered"]
    assert (data["tag"], data["subtag"]) == ("Delivered", "Delivered_001")


def test_aftership_refuses_a_number_it_already_tracks(aftership_fake: AfterShipFake) -> None:
    def create(body: dict[str, str]) -> requests.Response:
        return requests.post(aftership_fake.url + "trackings", json=body, timeout=5,
                             headers={"as-api-key": aftership_fake.key})

    created = create({"tracking_number": "RR123456785CN"})
    assert created.status_code == 201 and created.json()["data"]["slug"] == "china-post"
    again = create({"tracking_number": "RR123456785CN", "slug": "china-post"})
    assert (again.status_code, again.json()["meta"]["code"]) == (400, 4003)
    assert create({"tracking_number": "RR123456785CN", "slug": "ups"}).status_code == 201


@pytest.mark.parametrize(("module", "path", "header"), [
    ("tests.fakes.seventeen_server", "register", "17token"),
    ("tests.fakes.aftership_server", "trackings", "as-api-key")])
def test_each_fake_runs_on_its_own(module: str, path: str, header: str) -> None:
    process = subprocess.Popen([sys.executable, "-m", module, "--port", "0", "--key", "demo"],
                               cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        url = line.split()[3]
        body = [{"number": "AB1234567"}] if path == "register" else {"tracking_number": "AB1234"}
        answer = requests.post(url + path, json=body, headers={header: "demo"}, timeout=5)
        assert answer.status_code in {200, 201}, answer.text
    finally:
        process.terminate()
        process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()

"""Which currencies the providers publish, and when a refresh of the rates is due."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from seller_desk.domain.fx_coverage import (
    ECB_REFERENCE,
    expected_day,
    publishes,
    refresh_due,
    uncovered,
)

BERLIN = ZoneInfo("Europe/Berlin")
CHAIN = ("ecb", "frankfurter", "forex-python")


def berlin(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def test_the_ecb_set_has_29_currencies_cny_in_bgn_out():
    assert len(ECB_REFERENCE) == 29 and "CNY" in ECB_REFERENCE
    assert not {"BGN", "RUB", "HRK", "TWD", "AED", "EUR"} & ECB_REFERENCE


def test_providers_publish_the_ecb_set_and_manual_covers_anything():
    for provider in CHAIN:
        assert publishes(provider, "CNY") and not publishes(provider, "TWD")
        assert publishes(provider, "EUR")  # what every rate is counted against
    assert publishes("manual", "TWD") and publishes("manual", "AED")
    assert not publishes("manual", "XYZ") and not publishes("yahoo", "USD")


def test_uncovered_lists_what_no_provider_of_the_chain_publishes():
    used = ["USD", "TWD", "EUR", "AED", "CNY", "BGN"]
    assert uncovered(used, CHAIN) == ("AED", "BGN", "TWD")
    assert uncovered(used, ("ecb", "manual")) == ()
    assert uncovered(used, ()) == ("AED", "BGN", "CNY", "TWD", "USD")


TUE, MON, FRI, THU = date(2026, 11, 24), date(2026, 11, 23), date(2026, 11, 20), date(2026, 11, 19)


@pytest.mark.parametrize(("now", "newest", "due"), [
    (berlin(2026, 11, 24, 10), MON, False),  # Tuesday morning: Monday's are the newest out
    (berlin(2026, 11, 24, 10), FRI, True),  # Monday's were missed
    (berlin(2026, 11, 24, 16, 10), MON, False),  # not yet published
    (berlin(2026, 11, 24, 16, 15), MON, True),  # today's are out
    (berlin(2026, 11, 24, 16, 20), TUE, False),  # and fetched
    (berlin(2026, 11, 28, 12), date(2026, 11, 27), False),  # Saturday: Friday's are newest
    (berlin(2026, 11, 28, 12), date(2026, 11, 26), True),
    (berlin(2026, 11, 29, 20), date(2026, 11, 27), False),  # Sunday evening: none today
    (berlin(2026, 11, 30, 9), date(2026, 11, 27), False),  # Monday morning
    (berlin(2026, 11, 30, 17), date(2026, 11, 27), True),  # Monday after publication
    (berlin(2026, 4, 3, 17), date(2026, 4, 2), False),  # Good Friday: no rates
    (berlin(2026, 4, 6, 17), date(2026, 4, 2), False),  # Easter Monday: none either
    (berlin(2026, 4, 7, 10), date(2026, 4, 2), False),  # Tuesday morning after Easter
    (berlin(2026, 4, 7, 16, 30), date(2026, 4, 2), True),
    (berlin(2026, 11, 24, 10), None, True),  # nothing stored at all
])
def test_refresh_due(now, newest, due):
    assert refresh_due(newest, now) is due


def test_publication_time_is_berlin_time_in_winter_and_summer():
    # 15:20 UTC is 16:20 in Berlin in winter (CET), 17:20 in summer (CEST).
    assert expected_day(datetime(2026, 11, 24, 15, 20, tzinfo=UTC)) == TUE
    assert expected_day(datetime(2026, 11, 24, 15, 10, tzinfo=UTC)) == MON
    assert expected_day(datetime(2026, 7, 14, 14, 20, tzinfo=UTC)) == date(2026, 7, 14)
    assert expected_day(datetime(2026, 7, 14, 14, 10, tzinfo=UTC)) == date(2026, 7, 13)
    # Late evening in New York is already the next day in Berlin.
    new_york = datetime(2026, 11, 23, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    assert expected_day(new_york) == MON and refresh_due(THU, new_york)

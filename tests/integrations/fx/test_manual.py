"""Rates typed by the seller: the header, per-EUR and cross-based rows, errors with row numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.integrations.fx import manual
from seller_desk.integrations.fx.manual import parse_manual_rates, read_manual_rates


def test_rates_per_eur_grouped_by_day() -> None:
    days = parse_manual_rates(
        "\ufeffDate,Currency,Rate\n2026-03-03,twd,36.20\n2026-03-02,USD,1.08\n"
        "2026-03-03,USD, 1.09\n"
    )
    assert [(d.day, dict(d.rates), d.source) for d in days] == [
        (date(2026, 3, 2), {"USD": Decimal("1.08")}, "manual"),
        (date(2026, 3, 3), {"TWD": Decimal("36.20"), "USD": Decimal("1.09")}, "manual"),
    ]


def test_a_rate_per_another_base_goes_through_that_bases_rate_that_day() -> None:
    (day,) = parse_manual_rates(
        "date,currency,rate,base\n2026-03-02,TWD,32.5,USD\n2026-03-02,USD,1.08,\n"
        "2026-03-02,EUR,0.0062,JPY\n"
    )
    assert day.rates["TWD"] == Decimal("32.5") * Decimal("1.08") == Decimal("35.100")
    assert day.rates["USD"] == Decimal("1.08")
    assert day.rates["JPY"] == Decimal(1) / Decimal("0.0062")


@pytest.mark.parametrize(("text", "message", "item"), [
    ("when,what,rate\n", manual.BAD_HEADER, "row 1"),
    ("date,currency,rate\n", manual.EMPTY, None),
    ("date,currency,rate\n2026-03-02,USD\n", manual.BAD_CELLS, "row 2"),
    ("date,currency,rate\n2026-03-02,USD,1.08\n02/03/2026,USD,1\n", manual.BAD_DATE, "row 3"),
    ("date,currency,rate\n2026-03-02,US$,1.08\n", manual.BAD_CODE, "row 2"),
    ("date,currency,rate\n2026-03-02,USD,0\n", manual.BAD_RATE, "row 2"),
    ("date,currency,rate\n2026-03-02,USD,1,08\n", manual.BAD_CELLS, "row 2"),
    ("date,currency,rate\n2026-03-02,USD,abc\n", manual.BAD_RATE, "row 2"),
    ("date,currency,rate\n2026-03-02,EUR,1\n", manual.SAME_CURRENCY, "row 2"),
    ("date,currency,rate\n2026-03-02,USD,1.08\n2026-03-02,usd,1.09\n", manual.TWICE, "row 3"),
    ("date,currency,rate,base\n2026-03-02,USD,1.08,\n2026-03-02,EUR,0.92,USD\n",
     manual.TWICE, "row 3"),
    ("date,currency,rate,base\n2026-03-02,CNY,7.8,\n2026-03-02,USD,1.08,\n"
     "2026-03-02,CNY,7.2,USD\n", manual.TWICE, "row 4"),
    ("date,currency,rate,base\n2026-03-02,TWD,32.5,USD\n2026-03-03,USD,1.08,\n",
     manual.NO_BASE, "row 2"),
])
def test_problems_name_the_row(text: str, message: str, item: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_manual_rates(text)
    assert caught.value.message == message
    assert caught.value.item == item


def test_reading_a_file(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("date,currency,rate\r\n2026-03-02,GBP,0.8338\r\n", encoding="utf-8")
    assert read_manual_rates(path)[0].rates == {"GBP": Decimal("0.8338")}
    with pytest.raises(ValidationError) as caught:
        read_manual_rates(tmp_path / "missing.csv")
    assert caught.value.message == manual.UNREADABLE

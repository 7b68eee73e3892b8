"""Reading and writing stored exchange rates: per-EUR rows by day, currency and source."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from seller_desk.domain.fx import DayRates
from seller_desk.store.models import ExchangeRate

# Which source wins when several have a rate for the same day: the seller's own first.
SOURCE_ORDER = ("manual", "ecb", "frankfurter", "forex-python")


@dataclass(frozen=True)
class StoredRate:
    currency: str
    day: date
    per_eur: Decimal
    source: str


@dataclass(frozen=True)
class Written:
    new: int
    changed: int
    unchanged: int


def _rank(source: str) -> int:
    return SOURCE_ORDER.index(source) if source in SOURCE_ORDER else len(SOURCE_ORDER)


def store_rates(session: Session, answers: Iterable[DayRates], fetched_at: datetime) -> Written:
    """Insert or correct each day's rates (unique per day, currency and source); storing the
    same answer twice changes nothing."""
    by_key = {(a.day, code, a.source): rate for a in answers for code, rate in a.rates.items()}
    if not by_key:
        return Written(0, 0, 0)
    days = [key[0] for key in by_key]
    sources = {key[2] for key in by_key}
    existing = {
        (row.day, row.currency, row.source): (row.id, row.per_eur)
        for row in session.execute(
            select(ExchangeRate.id, ExchangeRate.day, ExchangeRate.currency,
                   ExchangeRate.source, ExchangeRate.per_eur)
            .where(ExchangeRate.source.in_(sources), ExchangeRate.day >= min(days),
                   ExchangeRate.day <= max(days))
        )
    }
    fresh, changed, unchanged = [], [], 0
    for (day, code, source), rate in by_key.items():
        old = existing.get((day, code, source))
        if old is None:
            fresh.append({"day": day, "currency": code, "source": source, "per_eur": rate,
                          "fetched_at": fetched_at})
        elif old[1] != rate:
            changed.append({"id": old[0], "per_eur": rate, "fetched_at": fetched_at})
        else:
            unchanged += 1
    if fresh:
        session.execute(insert(ExchangeRate), fresh)
    if changed:
        session.execute(update(ExchangeRate), changed)
    return Written(len(fresh), len(changed), unchanged)


def _best(rows: Iterable[StoredRate]) -> dict[str, StoredRate]:
    best: dict[str, StoredRate] = {}
    for row in rows:
        held = best.get(row.currency)
        if held is None or (row.day, -_rank(row.source)) > (held.day, -_rank(held.source)):
            best[row.currency] = row
    return best


def _stored(rows: Iterable[tuple[str, date, Decimal, str]]) -> list[StoredRate]:
    return [StoredRate(code, day, rate, source) for code, day, rate, source in rows]


def newest_rate(session: Session, currency: str, day: date) -> StoredRate | None:
    """The rate of `currency` on `day`, else on the latest day before it that has one; on a
    day with several sources, a manual rate wins."""
    newest = session.scalar(
        select(func.max(ExchangeRate.day))
        .where(ExchangeRate.currency == currency, ExchangeRate.day <= day)
    )
    if newest is None:
        return None
    rows = session.execute(
        select(ExchangeRate.currency, ExchangeRate.day, ExchangeRate.per_eur, ExchangeRate.source)
        .where(ExchangeRate.currency == currency, ExchangeRate.day == newest)
    )
    return _best(_stored(rows)).get(currency)


def rates_on(session: Session, day: date) -> dict[str, StoredRate]:
    """Every currency's newest rate on or before `day` (manual winning on the same day)."""
    newest = (
        select(ExchangeRate.currency, func.max(ExchangeRate.day).label("day"))
        .where(ExchangeRate.day <= day)
        .group_by(ExchangeRate.currency)
        .subquery()
    )
    rows = session.execute(
        select(ExchangeRate.currency, ExchangeRate.day, ExchangeRate.per_eur, ExchangeRate.source)
        .join(newest, (ExchangeRate.currency == newest.c.currency)
              & (ExchangeRate.day == newest.c.day))
    )
    return dict(sorted(_best(_stored(rows)).items()))


def rate_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ExchangeRate)) or 0

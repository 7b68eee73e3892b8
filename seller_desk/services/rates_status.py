"""How fresh the shop's rates are, which currencies it uses, and the rows of the rates window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from seller_desk.domain.fx import BASE, business_days_between
from seller_desk.domain.fx_coverage import uncovered
from seller_desk.integrations.fx.codes import currency_label
from seller_desk.store.queries.fx import SOURCE_ORDER, rates_on
from seller_desk.store.queries.fx_usage import (
    catalog_currencies,
    currencies_with_rates,
    last_fetched,
    newest_day,
    order_currencies_since,
    sources_on,
)

# Orders older than this no longer make a currency one the shop uses.
ORDERS_WINDOW = timedelta(days=365)


@dataclass(frozen=True)
class RatesStatus:
    """The shop's rates as of `today`: newest day and sources, age, and the currencies it uses
    that have no rate (`missing`) or that no provider of the chain publishes (`uncovered`)."""

    today: date
    base: str
    chain: tuple[str, ...]
    newest_day: date | None
    sources: tuple[str, ...]
    age_business_days: int | None
    stale: bool
    stale_after: int
    last_fetched: datetime | None
    used: tuple[str, ...]
    missing: tuple[str, ...]
    uncovered: tuple[str, ...]

    @property
    def has_rates(self) -> bool:
        return self.newest_day is not None

    @property
    def needs_manual(self) -> tuple[str, ...]:
        """Used currencies only a typed-in rate can price and that have none yet."""
        return tuple(code for code in self.uncovered if code in self.missing)


@dataclass(frozen=True)
class RateLine:
    """One currency's row: its newest rate on or before the day viewed, or none."""

    currency: str
    name: str | None
    symbol: str | None
    per_base: Decimal | None
    per_eur: Decimal | None
    day: date | None
    source: str
    age_business_days: int | None
    stale: bool
    used: bool
    uncovered: bool

    @property
    def has_rate(self) -> bool:
        return self.per_eur is not None

    @property
    def needs_manual(self) -> bool:
        """No provider publishes it and nobody typed a rate in by the day viewed."""
        return self.uncovered and not self.has_rate


@dataclass(frozen=True)
class RatesTable:
    """The rates window for `day`: lines in the base currency and per EUR, and today's status."""

    day: date
    base: str
    lines: tuple[RateLine, ...]
    status: RatesStatus


def _ordered(sources: set[str]) -> tuple[str, ...]:
    return tuple(sorted(sources, key=lambda s: (SOURCE_ORDER.index(s) if s in SOURCE_ORDER
                                                 else len(SOURCE_ORDER), s)))


def used_currencies(session: Session, base: str, today: date) -> tuple[str, ...]:
    """The base currency, order currencies of the last year, offer, cost and account ones."""
    since = datetime.combine(today, time(), UTC) - ORDERS_WINDOW
    used = {base} | order_currencies_since(session, since) | catalog_currencies(session)
    return tuple(sorted(used))


def read_status(session: Session, today: date, base: str, chain: tuple[str, ...],
                stale_after: int) -> RatesStatus:
    # Freshness is the providers' (a TWD rate typed today says nothing of the ECB's);
    # a shop with only typed rates is judged by those.
    newest = newest_day(session) or newest_day(session, providers_only=False)
    sources: tuple[str, ...] = ()
    age = None
    if newest is not None:
        on_day = sources_on(session, newest)
        providers = on_day - {"manual"}
        sources = _ordered(providers or on_day)
        age = business_days_between(newest, today)
    used = used_currencies(session, base, today)
    stored = currencies_with_rates(session) | {BASE}
    return RatesStatus(
        today=today, base=base, chain=chain, newest_day=newest, sources=sources,
        age_business_days=age, stale=age is not None and age > stale_after,
        stale_after=stale_after, last_fetched=last_fetched(session), used=used,
        missing=tuple(code for code in used if code not in stored),
        uncovered=uncovered(used, chain),
    )


def read_lines(session: Session, day: date, status: RatesStatus) -> tuple[RateLine, ...]:
    """Every currency with a stored rate on or before `day`, and every used one without;
    the shop's own currencies first."""
    rows = rates_on(session, day)
    base = status.base
    base_row = rows.get(base)
    base_per_eur = Decimal(1) if base == BASE else base_row.per_eur if base_row else None
    used, no_provider = set(status.used), set(status.uncovered)

    def line(code: str, per_eur: Decimal | None, on: date | None, source: str) -> RateLine:
        label = currency_label(code)
        age = business_days_between(on, day) if on is not None else None
        return RateLine(
            currency=code, name=label.name, symbol=label.symbol,
            per_base=per_eur / base_per_eur if per_eur is not None and base_per_eur else None,
            per_eur=per_eur, day=on, source=source, age_business_days=age,
            stale=age is not None and age > status.stale_after,
            used=code in used, uncovered=code in no_provider)

    lines = [line(code, row.per_eur, row.day, row.source) for code, row in rows.items()]
    if base != BASE:  # the euro itself, priced in the base currency
        lines.append(line(BASE, Decimal(1), base_row.day if base_row else None,
                          base_row.source if base_row else ""))
    lines += [line(code, None, None, "") for code in status.used
              if code not in rows and code != BASE]
    return tuple(sorted(lines, key=lambda item: (not item.used, item.currency)))

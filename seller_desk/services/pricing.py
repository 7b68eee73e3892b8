"""Pricing: markets and their rules, bulk reprice (preview, then apply), rate-move alerts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from seller_desk.domain.errors import KnownError, NotFoundError, ValidationError
from seller_desk.domain.price_rule_input import RuleFields, rule_from_fields
from seller_desk.domain.pricing import MarketRule
from seller_desk.domain.settings import setting_spec
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.pricing_alerts import refresh_alerts
from seller_desk.services.pricing_preview import (
    PreviewRow,
    RepricePreview,
    build_preview,
    gc_paused,
)
from seller_desk.services.pricing_rules import (
    MarketView,
    RuleView,
    delete_rule,
    list_markets,
    market_of,
    rule_view,
    save_rule,
)
from seller_desk.services.progress import Job
from seller_desk.store.database import Database
from seller_desk.store.queries.pricing import alert_count, listing_ids_by_sku, write_prices
from seller_desk.store.queries.settings import put_setting, settings_with_defaults
from seller_desk.store.types import fold

__all__ = ["MarketView", "PreviewRow", "PricingService", "RepricePreview", "RuleFields",
           "RuleView"]

CANNOT_APPLY = QT_TRANSLATE_NOOP(
    "errors", "{count} of the chosen rows have no new price (first: {sku} in {market}); "
    "nothing was written.")
CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "errors", "{count} offers changed or went away since the preview; nothing was written. "
    "Preview again.")
NO_MARKET = QT_TRANSLATE_NOOP("errors", "There is no market {market}; markets: {markets}.")
SEVERAL_MARKETS = QT_TRANSLATE_NOOP(
    "errors", "{account} sells in several currencies; name one: {markets}.")
NO_SKU = QT_TRANSLATE_NOOP("errors", "There is no listing with SKU {sku}.")
WRITING = QT_TRANSLATE_NOOP("progress", "Writing new prices")
# Offers per executemany: big enough to be quick, small enough to report progress and cancel.
WRITE_CHUNK = 20_000

MarketChoice = MarketView | tuple[int, str]


class PricingService:
    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    # -- markets and rules ---------------------------------------------------------------
    def markets(self) -> tuple[MarketView, ...]:
        with self._db.read_session() as session:
            return list_markets(session)

    def find_market(self, text: str) -> MarketView:
        """A market as typed: "ACCOUNT NAME:CUR", the account name alone when it sells in
        one currency, or the market's number in `markets()` (from 1)."""
        markets, wanted = self.markets(), text.strip()
        if wanted.isdigit() and 1 <= int(wanted) <= len(markets):
            return markets[int(wanted) - 1]
        name, colon, currency = wanted.rpartition(":")
        for market in markets:
            if colon and market.account_name.casefold() == name.strip().casefold() \
                    and market.currency == currency.strip().upper():
                return market
        named = [m for m in markets if m.account_name.casefold() == wanted.casefold()]
        if len(named) == 1:
            return named[0]
        if named:
            raise ValidationError(SEVERAL_MARKETS, item=wanted, account=named[0].account_name,
                                  markets=tuple(f"{m.account_name}:{m.currency}" for m in named))
        raise NotFoundError(NO_MARKET, item=wanted, market=wanted, markets=tuple(
            f"{m.account_name}:{m.currency}" for m in markets) or "-")

    def rule(self, account_id: int, currency: str) -> RuleView:
        with self._db.read_session() as session:
            return rule_view(session, account_id, currency)

    @staticmethod
    def check_rule(currency: str, fields: RuleFields) -> MarketRule:
        """The rule the fields describe, or a ValidationError naming the field (no database:
        the rule form calls it as the seller types)."""
        return rule_from_fields(currency, fields)

    def save_rule(self, account_id: int, currency: str, fields: RuleFields) -> RuleView:
        with self._db.session() as session:
            save_rule(session, account_id, currency, fields)
        return self.rule(account_id, currency)

    def delete_rule(self, account_id: int, currency: str) -> bool:
        with self._db.session() as session:
            return delete_rule(session, account_id, currency)

    def price_endings(self) -> str:
        with self._db.read_session() as session:
            return settings_with_defaults(session)["price_endings"]

    def set_price_endings(self, text: str) -> str:
        """Validate and store the `price_endings` setting; returns its stored form."""
        clean = setting_spec("price_endings").clean(text)
        with self._db.session() as session:
            put_setting(session, "price_endings", clean)
        return clean

    def listing_ids(self, skus: Sequence[str]) -> list[int]:
        """The listings of `skus` (as typed, any case), or NotFoundError naming the first
        unknown one."""
        with self._db.read_session() as session:
            found = listing_ids_by_sku(session, skus)
        for sku in skus:
            if fold(sku) not in found:
                raise NotFoundError(NO_SKU, item=sku, sku=sku)
        return [found[fold(sku)] for sku in skus]

    # -- reprice -------------------------------------------------------------------------
    def preview(self, markets: Sequence[MarketChoice], listing_ids: Sequence[int] | None = None,
                job: Job | None = None) -> RepricePreview:
        """Old and new price and margin for the offers of `markets` (only of `listing_ids`, if
        given; archived listings never): nothing is written."""
        job = job or Job()
        with self._db.read_session() as session:
            chosen = [m if isinstance(m, MarketView) else market_of(session, *m)
                      for m in markets]
            return build_preview(session, chosen, listing_ids, self._today(), job)

    def apply(self, rows: Sequence[PreviewRow], job: Job | None = None) -> int:
        """Write the rows' new prices (and today's rate and time) in one transaction: all of
        them, or none when any cannot be priced or changed since the preview."""
        job = job or Job()
        chosen = list({row.offer_id: row for row in rows}.values())
        refused = [row for row in chosen if not row.applicable]
        if refused:
            first = refused[0]
            raise ValidationError(CANNOT_APPLY, item=first.sku, count=len(refused),
                                  sku=first.sku, market=first.market.label)
        with gc_paused(), self._db.session() as session:
            self._write(session, chosen, job)
            # In the same transaction: the flags never disagree with the prices.
            refresh_alerts(session, self._today(), job)
        return len(chosen)

    @staticmethod
    def _write(session: Session, chosen: list[PreviewRow], job: Job) -> None:
        now = datetime.now(UTC)
        by_rate: dict[Decimal, list[tuple[int, int, int]]] = {}
        for row in chosen:
            by_rate.setdefault(row.rate_use.rate, []).append(  # type: ignore[union-attr]
                (row.offer_id, row.old_price_minor, row.quote.shelf_minor))  # type: ignore[union-attr]
        written, counted, done = 0, True, 0
        for rate, offers in by_rate.items():
            for start in range(0, len(offers), WRITE_CHUNK):
                job.check()
                job.report(done, len(chosen), WRITING)
                part = offers[start:start + WRITE_CHUNK]
                n = write_prices(session, part, rate, now)
                counted = counted and n >= 0
                written += max(n, 0)
                done += len(part)
        if counted and written != len(chosen):
            raise KnownError(CHANGED_SINCE, count=len(chosen) - written)
        job.report(len(chosen), len(chosen), WRITING)

    # -- alerts --------------------------------------------------------------------------
    def refresh_alerts(self, job: Job | None = None) -> int:
        """Flag the listings whose margin a rate move pushed below the floor; how many."""
        with self._db.session() as session:
            return refresh_alerts(session, self._today(), job or Job())

    def alert_count(self) -> int:
        with self._db.read_session() as session:
            return alert_count(session)


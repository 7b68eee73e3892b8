"""Reading price rules, markets and offers with their listing's cost in bulk; writing prices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, func, select, update
from sqlalchemy.orm import Session

from seller_desk.store.models import ChannelOffer, Listing, MarketplaceAccount, PriceRule
from seller_desk.store.types import fold

# Listing ids per IN (...) list: far below every backend's limit on bound parameters.
ID_CHUNK = 500

OFFERS = ChannelOffer.__table__
LISTINGS = Listing.__table__


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    marketplace: str
    currency: str


@dataclass(frozen=True)
class MarketCount:
    account_id: int
    currency: str
    offers: int


# One offer to price, as a plain tuple for speed (250,000 of them in a big shop):
# (offer id, listing id, sku, title, cost minor, cost currency, price minor).
OfferTuple = tuple[int, int, str, str, int, str, int]
# An offer priced at a known rate: (offer id, listing id, account id, currency, price minor,
# price rate, cost minor, cost currency).
PricedTuple = tuple[int, int, int, str, int, Decimal, int, str]


def accounts(session: Session) -> list[AccountRow]:
    rows = session.execute(
        select(MarketplaceAccount.id, MarketplaceAccount.name, MarketplaceAccount.marketplace,
               MarketplaceAccount.currency).order_by(MarketplaceAccount.name))
    return [AccountRow(*row) for row in rows]


def offer_counts(session: Session) -> list[MarketCount]:
    """Offers of listings still on sale, per market (account and currency)."""
    rows = session.execute(
        select(ChannelOffer.account_id, ChannelOffer.currency, func.count(ChannelOffer.id))
        .join(Listing, Listing.id == ChannelOffer.listing_id)
        .where(Listing.archived.is_(False))
        .group_by(ChannelOffer.account_id, ChannelOffer.currency))
    return [MarketCount(*row) for row in rows]


def offer_count(session: Session, account_id: int, currency: str) -> int:
    return session.scalar(
        select(func.count(ChannelOffer.id))
        .join(Listing, Listing.id == ChannelOffer.listing_id)
        .where(ChannelOffer.account_id == account_id, ChannelOffer.currency == currency,
               Listing.archived.is_(False))) or 0


def price_rules(session: Session) -> list[PriceRule]:
    return list(session.scalars(select(PriceRule)))


def price_rule(session: Session, account_id: int, currency: str) -> PriceRule | None:
    return session.scalar(select(PriceRule).where(
        PriceRule.account_id == account_id, PriceRule.currency == currency))


def offers_to_price(session: Session, account_id: int, currency: str,
                    listing_ids: Sequence[int] | None = None) -> list[OfferTuple]:
    """A market's offers of listings not archived (only `listing_ids`, if given), by SKU."""
    stmt = (
        select(OFFERS.c.id, OFFERS.c.listing_id, LISTINGS.c.sku, LISTINGS.c.title,
               LISTINGS.c.cost_minor, LISTINGS.c.cost_currency, OFFERS.c.price_minor)
        .select_from(OFFERS.join(LISTINGS, LISTINGS.c.id == OFFERS.c.listing_id))
        .where(OFFERS.c.account_id == account_id, OFFERS.c.currency == currency,
               LISTINGS.c.archived.is_(False))
    )
    if listing_ids is None:
        # Rows unpack like tuples; copying 250,000 of them into tuples would only cost time.
        return session.execute(stmt.order_by(LISTINGS.c.sku_key)).all()  # type: ignore[return-value]
    ids = sorted(set(listing_ids))
    found: list[tuple[str, OfferTuple]] = []
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start:start + ID_CHUNK]
        for row in session.execute(stmt.add_columns(LISTINGS.c.sku_key)
                                   .where(LISTINGS.c.id.in_(chunk))):
            found.append((row[-1], tuple(row[:-1])))  # type: ignore[arg-type]
    found.sort(key=lambda pair: pair[0])
    return [offer for _key, offer in found]


def listing_ids_by_sku(session: Session, skus: Sequence[str]) -> dict[str, int]:
    """Listing ids by the search form of their SKU (case and spacing folded)."""
    keys = sorted({fold(sku) for sku in skus})
    found: dict[str, int] = {}
    for start in range(0, len(keys), ID_CHUNK):
        found.update(session.execute(select(Listing.sku_key, Listing.id).where(
            Listing.sku_key.in_(keys[start:start + ID_CHUNK]))).all())
    return found


def write_prices(session: Session, prices: Sequence[tuple[int, int, int]], rate: Decimal,
                 at: datetime) -> int:
    """Set (offer id, price the preview saw, new price) at one `rate` and time, in one
    executemany; an offer whose price changed since the preview is not written. Returns the
    offers written, or -1 where the driver cannot count an executemany."""
    if not prices:
        return 0
    connection = session.connection()
    dialect = connection.dialect
    # The two shared values go through their column types once, not once per offer: the
    # driver gets plain rows, which is what makes 250,000 updates quick.
    stored_rate = _bound(OFFERS.c.price_rate, rate, dialect)
    stored_at = _bound(OFFERS.c.price_set_at, at, dialect)
    sql = _positional(
        "UPDATE channel_offers SET price_minor = ?, price_rate = ?, price_set_at = ? "
        "WHERE id = ? AND price_minor = ?", dialect)
    result = connection.exec_driver_sql(sql, [
        (price, stored_rate, stored_at, offer_id, seen) for offer_id, seen, price in prices])
    if not dialect.supports_sane_multi_rowcount:
        return -1
    return int(result.rowcount)


def _bound(column: Any, value: object, dialect: Dialect) -> object:
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return value if process is None else process(value)


def _positional(sql: str, dialect: Dialect) -> str:
    """`?` placeholders in the driver's own style (SQLite: ?, psycopg: %s)."""
    if dialect.paramstyle == "qmark":
        return sql
    if dialect.paramstyle in ("format", "pyformat"):
        return sql.replace("?", "%s")
    raise NotImplementedError(f"parameter style {dialect.paramstyle}")


def rate_groups(session: Session) -> list[tuple[str, str, Decimal, int]]:
    """Offers priced at a known rate, grouped: (cost currency, offer currency, rate, count);
    a whole apply shares one rate per pair, so there are few groups."""
    rows = session.execute(
        select(LISTINGS.c.cost_currency, OFFERS.c.currency, OFFERS.c.price_rate,
               func.count(OFFERS.c.id))
        .select_from(OFFERS.join(LISTINGS, LISTINGS.c.id == OFFERS.c.listing_id))
        .where(OFFERS.c.price_rate.is_not(None), LISTINGS.c.archived.is_(False))
        .group_by(LISTINGS.c.cost_currency, OFFERS.c.currency, OFFERS.c.price_rate))
    return [(cost_cur, cur, Decimal(rate), count) for cost_cur, cur, rate, count in rows]


def offers_at_rate(session: Session, cost_currency: str, currency: str,
                   rate: Decimal) -> list[PricedTuple]:
    """The offers of one rate group (see rate_groups)."""
    rows = session.execute(
        select(OFFERS.c.id, OFFERS.c.listing_id, OFFERS.c.account_id, OFFERS.c.currency,
               OFFERS.c.price_minor, OFFERS.c.price_rate, LISTINGS.c.cost_minor,
               LISTINGS.c.cost_currency)
        .select_from(OFFERS.join(LISTINGS, LISTINGS.c.id == OFFERS.c.listing_id))
        .where(OFFERS.c.price_rate == rate, OFFERS.c.currency == currency,
               LISTINGS.c.cost_currency == cost_currency, LISTINGS.c.archived.is_(False)))
    return [tuple(row) for row in rows]  # type: ignore[misc]


def alerted_listings(session: Session) -> set[int]:
    return set(session.scalars(select(Listing.id).where(Listing.price_alert.is_(True))))


def set_alerts(session: Session, flagged: set[int]) -> None:
    """Make exactly the listings in `flagged` carry the price alert, touching only changes."""
    current = alerted_listings(session)
    for value, ids in ((True, flagged - current), (False, current - flagged)):
        ordered = sorted(ids)
        for start in range(0, len(ordered), ID_CHUNK):
            session.execute(update(LISTINGS).where(LISTINGS.c.id.in_(
                ordered[start:start + ID_CHUNK])).values(price_alert=value))


def alert_count(session: Session) -> int:
    return session.scalar(
        select(func.count(Listing.id)).where(Listing.price_alert.is_(True))) or 0

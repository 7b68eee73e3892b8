"""Markets (an account selling in one currency) and their price rules, read and saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from seller_desk.domain.currencies import normalise_currency
from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.price_endings import EXACT, parse_price_endings
from seller_desk.domain.price_rule_input import RuleFields, fields_of, rule_from_fields
from seller_desk.domain.pricing import MarketRule
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.models import MarketplaceAccount, PriceRule
from seller_desk.store.queries.pricing import (
    accounts,
    offer_count,
    offer_counts,
    price_rule,
    price_rules,
)
from seller_desk.store.queries.settings import settings_with_defaults

NO_ACCOUNT = QT_TRANSLATE_NOOP("errors", "There is no marketplace account {id}.")


def market_label(account_name: str, currency: str) -> str:
    return f"{account_name} · {currency}"


@dataclass(frozen=True)
class MarketView:
    """One marketplace account selling in one currency."""

    account_id: int
    account_name: str
    marketplace: str
    currency: str
    has_rule: bool
    offer_count: int

    @property
    def key(self) -> tuple[int, str]:
        return self.account_id, self.currency

    @property
    def label(self) -> str:
        return market_label(self.account_name, self.currency)


@dataclass(frozen=True)
class RuleView:
    """A market's rule (`exists` False: the defaults a new rule starts from), the form's values,
    and the ending the `price_endings` setting gives its currency ("" for the cent)."""

    market: MarketView
    exists: bool
    rule: MarketRule
    fields: RuleFields
    setting_ending: str
    updated_at: datetime | None


def list_markets(session: Session) -> tuple[MarketView, ...]:
    """Every market with offers or a rule; an account with neither shows its own currency."""
    counts = {(c.account_id, c.currency): c.offers for c in offer_counts(session)}
    ruled = {(r.account_id, r.currency) for r in price_rules(session)}
    found: list[MarketView] = []
    for account in accounts(session):
        currencies = {cur for acc, cur in (counts.keys() | ruled) if acc == account.id}
        for currency in sorted(currencies or {account.currency}):
            key = (account.id, currency)
            found.append(MarketView(account.id, account.name, account.marketplace, currency,
                                    key in ruled, counts.get(key, 0)))
    return tuple(found)


def market_of(session: Session, account_id: int, currency: str) -> MarketView:
    account = session.get(MarketplaceAccount, account_id)
    if account is None:
        raise NotFoundError(NO_ACCOUNT, item=str(account_id), id=account_id)
    currency = normalise_currency(currency)
    return MarketView(account.id, account.name, account.marketplace, currency,
                      price_rule(session, account_id, currency) is not None,
                      offer_count(session, account_id, currency))


def market_rule(row: PriceRule, label: str) -> MarketRule:
    return MarketRule(
        currency=row.currency, marketplace_fee_pct=row.marketplace_fee_pct,
        payment_fee_pct=row.payment_fee_pct, target_margin_pct=row.target_margin_pct,
        min_margin_pct=row.min_margin_pct, shipping_minor=row.shipping_minor,
        fixed_fee_minor=row.fixed_fee_minor, vat_pct=row.vat_pct,
        prices_include_vat=row.prices_include_vat, rounding=row.rounding, market=label)


def rules_by_market(session: Session, labels: dict[tuple[int, str], str]
                    ) -> dict[tuple[int, str], MarketRule]:
    return {(row.account_id, row.currency): market_rule(
        row, labels.get((row.account_id, row.currency), row.currency))
        for row in price_rules(session)}


def setting_ending(session: Session, currency: str) -> str:
    ending = parse_price_endings(settings_with_defaults(session)["price_endings"]).get(
        currency, EXACT)
    return ending.text


def rule_view(session: Session, account_id: int, currency: str) -> RuleView:
    market = market_of(session, account_id, currency)
    row = price_rule(session, account_id, market.currency)
    rule = (market_rule(row, market.label) if row is not None
            else MarketRule(market.currency, market=market.label))
    return RuleView(market, row is not None, rule, fields_of(rule),
                    setting_ending(session, market.currency),
                    row.updated_at if row is not None else None)


def save_rule(session: Session, account_id: int, currency: str, fields: RuleFields) -> None:
    """Check every field, then insert or update the market's rule."""
    market = market_of(session, account_id, currency)
    rule = rule_from_fields(market.currency, fields, market.label)
    row = price_rule(session, account_id, rule.currency)
    if row is None:
        row = PriceRule(account_id=account_id, currency=rule.currency)
        session.add(row)
    row.marketplace_fee_pct = rule.marketplace_fee_pct
    row.payment_fee_pct = rule.payment_fee_pct
    row.target_margin_pct = rule.target_margin_pct
    row.min_margin_pct = rule.min_margin_pct
    row.shipping_minor = rule.shipping_minor
    row.fixed_fee_minor = rule.fixed_fee_minor
    row.vat_pct = rule.vat_pct
    row.prices_include_vat = rule.prices_include_vat
    row.rounding = rule.rounding
    row.updated_at = datetime.now(UTC)


def delete_rule(session: Session, account_id: int, currency: str) -> bool:
    row = price_rule(session, account_id, normalise_currency(currency))
    if row is None:
        return False
    session.delete(row)
    return True

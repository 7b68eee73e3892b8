"""The seller's return policies per marketplace and country, and the one an order falls under."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.errors import NotFoundError
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.return_policy import PolicyRule, ReturnPolicy, policy_for, validate_policy
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.lookups import order_or_gone
from seller_desk.store.database import Database
from seller_desk.store.models import MarketplaceAccount, Order, OrderStatusChange, ReturnPolicyRule

POLICY_GONE = QT_TRANSLATE_NOOP("errors", "Return policy {id} no longer exists.")


@dataclass(frozen=True)
class PolicyRow:
    id: int
    marketplace: str  # "" = any
    country: str  # "" = any
    policy: ReturnPolicy


def _rules(session: Session) -> list[PolicyRule]:
    return [PolicyRule(row.marketplace, row.country,
                       ReturnPolicy(row.window_days, row.restocking_fee_pct,
                                    row.buyer_pays_return_shipping))
            for row in session.scalars(select(ReturnPolicyRule).order_by(ReturnPolicyRule.id))]


def policy_of_order(session: Session, order: Order) -> ReturnPolicy:
    marketplace = session.scalar(select(MarketplaceAccount.marketplace).where(
        MarketplaceAccount.id == order.account_id)) or ""
    return policy_for(_rules(session), marketplace, order.ship_country)


def delivered_on(session: Session, order: Order) -> date:
    """The day the return window starts: delivery when the shop knows it, else the order day."""
    delivered = session.scalar(
        select(OrderStatusChange.changed_at).where(
            OrderStatusChange.order_id == order.id,
            OrderStatusChange.new_status == OrderStatus.DELIVERED.value)
        .order_by(OrderStatusChange.changed_at.desc()).limit(1))
    return (delivered or order.placed_at).astimezone(UTC).date()


class ReturnPolicies:
    def __init__(self, database: Database) -> None:
        self._db = database

    def rows(self) -> tuple[PolicyRow, ...]:
        with self._db.read_session() as session:
            return tuple(
                PolicyRow(row.id, row.marketplace, row.country,
                          ReturnPolicy(row.window_days, row.restocking_fee_pct,
                                       row.buyer_pays_return_shipping))
                for row in session.scalars(select(ReturnPolicyRule).order_by(
                    ReturnPolicyRule.marketplace, ReturnPolicyRule.country)))

    def save(self, marketplace: str, country: str, policy: ReturnPolicy) -> int:
        """Add the policy for (marketplace, country), or replace the one kept for it."""
        validate_policy(policy.window_days, policy.restocking_fee_pct)
        marketplace, country = marketplace.strip().lower(), country.strip().upper()[:2]
        with self._db.session() as session:
            row = session.scalar(select(ReturnPolicyRule).where(
                ReturnPolicyRule.marketplace == marketplace,
                ReturnPolicyRule.country == country))
            if row is None:
                row = ReturnPolicyRule(marketplace=marketplace, country=country)
                session.add(row)
            row.window_days = policy.window_days
            row.restocking_fee_pct = Decimal(policy.restocking_fee_pct)
            row.buyer_pays_return_shipping = policy.buyer_pays_return_shipping
            session.flush()
            return row.id

    def remove(self, policy_id: int) -> None:
        with self._db.session() as session:
            row = session.get(ReturnPolicyRule, policy_id)
            if row is None:
                raise NotFoundError(POLICY_GONE, id=policy_id)
            session.delete(row)

    def for_order(self, order_id: int) -> ReturnPolicy:
        with self._db.read_session() as session:
            return policy_of_order(session, order_or_gone(session, order_id))

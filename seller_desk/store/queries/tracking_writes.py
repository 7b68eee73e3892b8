"""Writing lookups back: a batch of parcels' tracking state and timelines in a few statements."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, exists, insert, select, update
from sqlalchemy.orm import Session

from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.tracking import TrackStatus
from seller_desk.store.models import Order, OrderStatusChange, Shipment, ShipmentEvent


@dataclass(frozen=True, slots=True)
class StoredParcel:
    """What a lookup's answer is compared with and worked out against."""

    id: int
    order_id: int
    digest: str
    shipped_at: datetime
    promised_by: date | None
    had_trouble: bool
    status: str


@dataclass(frozen=True)
class ParcelUpdate:
    """New values for one shipment's tracking columns, and its whole timeline (newest first)."""

    shipment_id: int
    values: dict[str, Any]
    events: Sequence[dict[str, Any]]


def stored_parcels(session: Session, ids: Iterable[int]) -> dict[int, StoredParcel]:
    rows = session.execute(select(
        Shipment.id, Shipment.order_id, Shipment.events_digest, Shipment.shipped_at,
        Shipment.promised_by, Shipment.had_trouble, Shipment.status,
    ).where(Shipment.id.in_(sorted(set(ids)))))
    return {row[0]: StoredParcel(*row) for row in rows}


def write_updates(session: Session, updates: Sequence[ParcelUpdate]) -> None:
    """Each shipment's columns set and its timeline replaced, in three statements."""
    if not updates:
        return
    columns = sorted(updates[0].values)
    session.execute(
        update(Shipment.__table__).where(Shipment.__table__.c.id == bindparam("sid"))
        .values({column: bindparam(f"v_{column}") for column in columns}),
        [{"sid": u.shipment_id, **{f"v_{c}": u.values[c] for c in columns}} for u in updates],
        execution_options={"synchronize_session": False},
    )
    ids = [u.shipment_id for u in updates]
    session.execute(delete(ShipmentEvent).where(ShipmentEvent.shipment_id.in_(ids))
                    .execution_options(synchronize_session=False))
    rows = [{"shipment_id": u.shipment_id, **event} for u in updates for event in u.events]
    if rows:
        session.execute(insert(ShipmentEvent), rows)


def mark_checked(session: Session, ids: Sequence[int], now: datetime) -> None:
    """The answer was the one stored already: only the time of the check changes."""
    if ids:
        session.execute(update(Shipment).where(Shipment.id.in_(list(ids)))
                        .values(checked_at=now, check_error="")
                        .execution_options(synchronize_session=False))


def mark_failed(session: Session, failures: Sequence[tuple[int, str]], now: datetime, *,
                unregister: bool = False) -> None:
    """Why each lookup failed; what tracking said before stays as it was. `unregister` forgets
    the registration (the service no longer knows the number), so the next refresh registers
    it again."""
    if not failures:
        return
    values: dict[str, Any] = {"checked_at": now, "check_error": bindparam("why")}
    if unregister:
        values.update(provider="", provider_ref="")
    session.execute(
        update(Shipment.__table__).where(Shipment.__table__.c.id == bindparam("sid"))
        .values(values),
        [{"sid": sid, "why": why[:300]} for sid, why in failures],
        execution_options={"synchronize_session": False},
    )


def mark_registered(session: Session, registered: Sequence[tuple[int, str]], provider: str
                    ) -> None:
    """(shipment id, the service's reference) now known to `provider`."""
    if registered:
        session.execute(
            update(Shipment.__table__).where(Shipment.__table__.c.id == bindparam("sid"))
            .values(provider=provider, provider_ref=bindparam("ref"), check_error=""),
            [{"sid": sid, "ref": ref} for sid, ref in registered],
            execution_options={"synchronize_session": False},
        )


def deliver_orders(session: Session, order_ids: Iterable[int], now: datetime, author: str
                   ) -> list[int]:
    """Shipped orders whose every parcel is now delivered become delivered (with a line in their
    status history, signed by `author`: the tracking service); returns their ids."""
    not_delivered = exists().where(Shipment.order_id == Order.id,
                                   Shipment.status != TrackStatus.DELIVERED.value)
    done = list(session.scalars(select(Order.id).where(
        Order.id.in_(sorted(set(order_ids))), Order.status == OrderStatus.SHIPPED.value,
        ~not_delivered)))
    if done:
        session.execute(update(Order).where(Order.id.in_(done)).values(
            status=OrderStatus.DELIVERED.value, updated_at=now)
            .execution_options(synchronize_session=False))
        session.execute(insert(OrderStatusChange), [
            {"order_id": order_id, "old_status": OrderStatus.SHIPPED.value,
             "new_status": OrderStatus.DELIVERED.value, "changed_at": now, "author": author,
             "note": ""} for order_id in done])
    return done

"""The Shipments table (sorts, filters, search), flagged parcels, and parcels due a lookup."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from seller_desk.domain.paging import TableFilter
from seller_desk.domain.shipments import DELIVERED_LATE_SHOWN_DAYS, FlagRules
from seller_desk.domain.tracking import TROUBLE_STATUSES, TrackStatus
from seller_desk.store.models import MarketplaceAccount, Order, Shipment
from seller_desk.store.queries.order_linked import OrderLinkedQuery
from seller_desk.store.queries.tables import SearchField, SortKey, TableQuery, in_range, in_set

# Each row of the table's page is (shipment id, *these).
SHIPMENT_COLUMNS = (
    Shipment.tracking_number, Shipment.carrier, Shipment.shipped_at, Order.number,
    Order.buyer_name, MarketplaceAccount.name, Shipment.dest_country, Shipment.status,
    Shipment.sub_status, Shipment.quiet_since, Shipment.last_event, Shipment.promised_by,
    Shipment.delivered_at, Shipment.going_back, Shipment.handled_at, Shipment.checked_at,
    Shipment.check_error, Shipment.order_id,
)
SHIPMENT_SORTS: dict[str, SortKey] = {
    "shipped_at": SortKey((Shipment.shipped_at, Shipment.id)),
    "number": SortKey((Shipment.number_key, Shipment.id)),
    "carrier": SortKey((Shipment.carrier, Shipment.shipped_at, Shipment.id)),
    "country": SortKey((Shipment.dest_country, Shipment.shipped_at, Shipment.id)),
    "status": SortKey((Shipment.status, Shipment.shipped_at, Shipment.id)),
    "quiet_since": SortKey((Shipment.quiet_since, Shipment.id)),
}
TROUBLE = sorted(status.value for status in TROUBLE_STATUSES)


def flagged(rules: FlagRules, now: datetime) -> ColumnElement[bool]:
    """domain.shipments.flags_of in SQL: some flag holds at `now` and the seller has not marked
    it handled since the last scan."""
    default_cutoff, cutoffs = rules.stuck_cutoffs(now)
    custom = sorted(cutoffs)
    stuck = or_(
        and_(Shipment.dest_country.not_in(custom) if custom else True,
             Shipment.quiet_since < default_cutoff),
        *(and_(Shipment.dest_country == country, Shipment.quiet_since < cutoff)
          for country, cutoff in sorted(cutoffs.items())),
    )
    moving = Shipment.final.is_(False)
    today = now.date()
    late = or_(
        and_(moving, Shipment.promised_by < today),
        and_(Shipment.status == TrackStatus.DELIVERED.value, Shipment.delivered_late.is_(True),
             Shipment.delivered_at >= now - timedelta(days=DELIVERED_LATE_SHOWN_DAYS)),
    )
    return and_(
        Shipment.watch.is_(True),
        or_(Shipment.handled_at.is_(None), Shipment.handled_at < Shipment.quiet_since),
        or_(Shipment.going_back.is_(True), Shipment.status.in_(TROUBLE), and_(moving, stuck),
            late),
    )


def shipments_table(rules: FlagRules) -> TableQuery:
    """The table as the Shipments page sees it, flags judged by the shop's `rules`."""
    return OrderLinkedQuery(
        columns=SHIPMENT_COLUMNS,
        source=Shipment.__table__.join(Order.__table__, Shipment.order_id == Order.id).join(
            MarketplaceAccount.__table__, Shipment.account_id == MarketplaceAccount.id),
        id_column=Shipment.id,
        sorts=SHIPMENT_SORTS,
        apply_filter=_filter_by(rules),
        order_id_column=Shipment.order_id,
        search_fields=(SearchField(Shipment.number_key),),
    )


def _filter_by(rules: FlagRules) -> Callable[[Select[Any], TableFilter], Select[Any]]:
    def apply(stmt: Select[Any], flt: TableFilter) -> Select[Any]:
        stmt = in_set(stmt, Shipment.status, flt.statuses)
        stmt = in_set(stmt, Shipment.carrier, flt.carriers)
        stmt = in_set(stmt, Shipment.dest_country, flt.countries)
        stmt = in_set(stmt, Shipment.account_id, flt.account_ids)
        if flt.open_only is not None:
            stmt = stmt.where(Shipment.final.is_(not flt.open_only))
        if flt.flagged_at is not None:
            stmt = stmt.where(flagged(rules, flt.flagged_at))
        return in_range(stmt, Shipment.shipped_at, flt)

    return apply


def shipment_with_details(session: Session, shipment_id: int) -> Shipment | None:
    return session.get(Shipment, shipment_id, options=[
        selectinload(Shipment.events),
        selectinload(Shipment.lines),
    ])


def shipments_of_order(session: Session, order_id: int) -> list[Shipment]:
    return list(session.scalars(
        select(Shipment).where(Shipment.order_id == order_id)
        .options(selectinload(Shipment.lines))
        .order_by(Shipment.shipped_at, Shipment.id)))


def flagged_shipments(session: Session, rules: FlagRules, now: datetime,
                      limit: int = 50) -> tuple[int, list[Shipment]]:
    """How many shipments are flagged, and the `limit` quietest of them with their orders."""
    condition = flagged(rules, now)
    count = session.scalar(select(func.count(Shipment.id)).where(condition)) or 0
    rows = session.scalars(
        select(Shipment).where(condition).options(joinedload(Shipment.order))
        .order_by(Shipment.quiet_since, Shipment.id).limit(limit))
    return int(count), list(rows)


def due_for_lookup(session: Session, *, everything: bool = False,
                   ids: Sequence[int] | None = None) -> list[tuple[int, str, str, str, str]]:
    """(id, number, carrier, provider, provider_ref) of the parcels to look up: those still
    moving (every one with `everything`; just `ids`, final or not, when given), the longest
    unchecked first."""
    stmt = select(Shipment.id, Shipment.tracking_number, Shipment.carrier, Shipment.provider,
                  Shipment.provider_ref)
    if ids is not None:
        stmt = stmt.where(Shipment.id.in_(sorted(set(ids))))
    elif not everything:
        stmt = stmt.where(Shipment.final.is_(False))
    stmt = stmt.order_by(Shipment.checked_at.is_not(None), Shipment.checked_at, Shipment.id)
    return [(int(row[0]), row[1], row[2], row[3], row[4]) for row in session.execute(stmt)]


def tracking_overview(session: Session) -> tuple[int, datetime | None]:
    """(parcels still moving, the newest lookup of any parcel)."""
    moving = session.scalar(select(func.count(Shipment.id)).where(Shipment.final.is_(False)))
    last = session.scalar(select(func.max(Shipment.checked_at)))
    return int(moving or 0), last

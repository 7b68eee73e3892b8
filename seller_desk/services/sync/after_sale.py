"""What a remote order says happened after the sale: refunds become return records, and
fulfillments become shipments (each once: keyed by the account and the marketplace's id)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.money import Money
from seller_desk.domain.returns import ReturnOutcome, ReturnReason, ReturnState
from seller_desk.domain.shipments import FlagRules
from seller_desk.domain.sync import RefundedLine, RemoteOrder
from seller_desk.domain.tracking import storable
from seller_desk.domain.tracking_numbers import normalise
from seller_desk.services.shipment_import import carrier_of
from seller_desk.store.ids import reserve_ids
from seller_desk.store.models import (
    Order,
    OrderLine,
    ReturnEvent,
    ReturnLine,
    ReturnRequest,
    Shipment,
    ShipmentLine,
)
from seller_desk.store.queries.returns import next_rma_number, rma_number
from seller_desk.store.types import fold

# Words in a refund's reason that say which of our reasons it is.
_REASONS = (("damag", ReturnReason.DAMAGED), ("broken", ReturnReason.DAMAGED),
            ("wrong", ReturnReason.WRONG_ITEM), ("describ", ReturnReason.NOT_AS_DESCRIBED),
            ("size", ReturnReason.SIZE_FIT), ("fit", ReturnReason.SIZE_FIT),
            ("late", ReturnReason.ARRIVED_LATE), ("lost", ReturnReason.LOST_IN_TRANSIT),
            ("mind", ReturnReason.CHANGED_MIND))


@dataclass
class AfterSaleCounts:
    returns_added: int = 0
    shipments_added: int = 0


@dataclass(frozen=True)
class _Stored:
    id: int
    customer_id: int | None
    country: str
    currency: str
    rate: object
    base: str
    lines: tuple[tuple[int, int], ...]  # (line id, quantity) in the order's line order


def reason_of(text: str) -> ReturnReason:
    folded = text.casefold()
    return next((reason for word, reason in _REASONS if word in folded), ReturnReason.OTHER)


class AfterSaleWriter:
    """Adds the return records and shipments of a page's orders, inside the caller's
    transaction; `marketplace` signs them."""

    def __init__(self, session: Session, account_id: int, marketplace: str, rules: FlagRules,
                 now: datetime) -> None:
        self.session = session
        self.account_id = account_id
        self.marketplace = marketplace
        self.rules = rules
        self.now = now
        self.counts = AfterSaleCounts()
        self._line_info: dict[int, tuple[str, int | None]] = {}  # line id → (SKU, listing)

    def write(self, orders: Sequence[RemoteOrder]) -> None:
        with_refunds = [o for o in orders if o.refunds]
        with_parcels = [o for o in orders if o.fulfillments]
        if not with_refunds and not with_parcels:
            return
        # Written with Core inserts, a page at a time: the ORM's unit of work costs several
        # times more for thousands of rows and their lines.
        self.session.flush()
        stored = self._stored([o.external_id for o in (*with_refunds, *with_parcels)])
        self._refunds(with_refunds, stored)
        self._parcels(with_parcels, stored)

    def _stored(self, external_ids: list[str]) -> dict[str, _Stored]:
        rows = self.session.execute(
            select(Order.external_id, Order.id, Order.customer_id, Order.ship_country,
                   Order.currency, Order.rate_to_base, Order.base_currency)
            .where(Order.account_id == self.account_id, Order.external_id.in_(external_ids)))
        orders = {row[1]: row for row in rows}
        lines: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for order_id, line_id, quantity, sku, listing_id in self.session.execute(
                select(OrderLine.order_id, OrderLine.id, OrderLine.quantity, OrderLine.sku,
                       OrderLine.listing_id)
                .where(OrderLine.order_id.in_(list(orders))).order_by(OrderLine.id)):
            lines[order_id].append((line_id, quantity))
            self._line_info[line_id] = (sku, listing_id)
        return {ext: _Stored(oid, cid, country, currency, rate, base, tuple(lines[oid]))
                for oid, (ext, _, cid, country, currency, rate, base) in orders.items()}

    @staticmethod
    def _line_ids(order: RemoteOrder, stored: _Stored, refunded: Sequence[RefundedLine]
                  ) -> list[tuple[int, int]]:
        """Our (line id, quantity) for the marketplace's line ids: lines keep the remote
        order's order, so a remote line's position finds ours. None named: every line."""
        if not refunded:
            return list(stored.lines)
        position = {line.external_id: i for i, line in enumerate(order.lines)}
        found = []
        for line in refunded:
            at = position.get(line.line_external_id)
            if at is not None and at < len(stored.lines) and line.quantity > 0:
                found.append((stored.lines[at][0], min(line.quantity, stored.lines[at][1])))
        return found

    def _refunds(self, orders: Sequence[RemoteOrder], stored: dict[str, _Stored]) -> None:
        wanted = [(o, r) for o in orders for r in o.refunds if o.external_id in stored]
        known = set(self.session.scalars(select(ReturnRequest.external_id).where(
            ReturnRequest.account_id == self.account_id,
            ReturnRequest.external_id.in_([r.external_id[:64] for _, r in wanted]))))
        fresh = []
        for order, refund in wanted:
            if refund.external_id[:64] not in known:
                known.add(refund.external_id[:64])
                fresh.append((order, refund))
        if not fresh:
            return
        numbers = self._free_numbers(len(fresh))
        ids = reserve_ids(self.session, ReturnRequest.__table__, len(fresh))
        requests, lines, events = [], [], []
        for request_id, (order, refund) in zip(ids, fresh, strict=True):
            mine = stored[order.external_id]
            base = Money(refund.amount_minor, mine.currency).convert(mine.rate, mine.base)
            number = next(numbers)
            requests.append({
                "id": request_id, "rma_number": number, "rma_key": fold(number),
                "order_id": mine.id, "customer_id": mine.customer_id,
                "account_id": self.account_id, "ship_country": mine.country,
                "state": ReturnState.REFUNDED.value,
                "outcome": ReturnOutcome.REFUND_WITHOUT_RETURN.value,
                "reason": reason_of(refund.reason).value, "reason_text": refund.reason[:2000],
                "requested_at": refund.created_at, "state_since": refund.created_at,
                "currency": mine.currency, "refund_minor": refund.amount_minor,
                "refund_base_minor": base.minor, "refund_rate": mine.rate,
                "refunded_at": refund.created_at, "source": self.marketplace,
                "external_id": refund.external_id[:64], "updated_at": self.now})
            for line_id, quantity in self._line_ids(order, mine, refund.lines):
                sku, listing_id = self._line_info.get(line_id, ("", None))
                lines.append({"request_id": request_id, "order_line_id": line_id,
                              "listing_id": listing_id, "sku": sku, "sku_key": fold(sku)[:64],
                              "quantity": quantity})
            events.append({"request_id": request_id, "at": refund.created_at,
                           "author": self.marketplace, "from_state": "",
                           "to_state": ReturnState.REFUNDED.value,
                           "note": refund.reason[:2000]})
        connection = self.session.connection()
        connection.execute(ReturnRequest.__table__.insert(), requests)
        if lines:
            connection.execute(ReturnLine.__table__.insert(), lines)
        connection.execute(ReturnEvent.__table__.insert(), events)
        self.counts.returns_added += len(fresh)

    def _free_numbers(self, wanted: int) -> Iterator[str]:
        """`wanted` RMA numbers not taken yet, from the next one up (one query, not one each)."""
        start = int(next_rma_number(self.session).split("-")[1])
        candidates = [rma_number(n) for n in range(start, start + 2 * wanted + 10)]
        taken = set(self.session.scalars(select(ReturnRequest.rma_number).where(
            ReturnRequest.rma_number.in_(candidates))))
        free = (number for number in candidates if number not in taken)
        yield from free
        number = start + len(candidates)
        while True:  # only when more than half the candidates were taken
            if self.session.scalar(select(ReturnRequest.id).where(
                    ReturnRequest.rma_number == rma_number(number))) is None:
                yield rma_number(number)
            number += 1

    def _parcels(self, orders: Sequence[RemoteOrder], stored: dict[str, _Stored]) -> None:
        wanted = []
        for order in orders:
            if order.external_id not in stored:
                continue
            for parcel in order.fulfillments:
                numbers = [n for n in dict.fromkeys(normalise(t) for t in parcel.tracking_numbers)
                           if storable(n)]
                for i, number in enumerate(numbers):
                    key = parcel.external_id if len(numbers) == 1 else f"{parcel.external_id}:{i}"
                    wanted.append((order, parcel, number, key[:64]))
        known = set(self.session.scalars(select(Shipment.external_id).where(
            Shipment.account_id == self.account_id,
            Shipment.external_id.in_([key for *_, key in wanted]))))
        # A parcel the seller typed in before the store knew it is the same parcel.
        typed = set(self.session.execute(select(Shipment.order_id, Shipment.number_key).where(
            Shipment.order_id.in_([stored[o.external_id].id for o, *_ in wanted]))))
        fresh = []
        for order, parcel, number, key in wanted:
            mine = stored[order.external_id]
            if key in known or (mine.id, fold(number)) in typed:
                continue
            known.add(key)
            typed.add((mine.id, fold(number)))
            fresh.append((order, parcel, number, key, mine))
        if not fresh:
            return
        ids = reserve_ids(self.session, Shipment.__table__, len(fresh))
        parcels, lines = [], []
        for shipment_id, (order, parcel, number, key, mine) in zip(ids, fresh, strict=True):
            parcels.append({
                "id": shipment_id, "order_id": mine.id, "account_id": self.account_id,
                "external_id": key, "source": "sync",
                "carrier": carrier_of(parcel.carrier or "other")[:40],
                "tracking_number": number, "number_key": fold(number),
                "shipped_at": parcel.created_at, "dest_country": mine.country,
                "promised_by": self.rules.promised_by(parcel.created_at.date(), mine.country),
                "quiet_since": parcel.created_at, "created_at": self.now,
                "updated_at": self.now, "note": parcel.tracking_url[:500]})
            lines += [{"shipment_id": shipment_id, "order_line_id": line_id,
                       "quantity": quantity}
                      for line_id, quantity in self._line_ids(order, mine, parcel.lines)]
        connection = self.session.connection()
        connection.execute(Shipment.__table__.insert(), parcels)
        if lines:
            connection.execute(ShipmentLine.__table__.insert(), lines)
        self.counts.shipments_added += len(fresh)

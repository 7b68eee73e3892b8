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

    def write(self, orders: Sequence[RemoteOrder]) -> None:
        with_refunds = [o for o in orders if o.refunds]
        with_parcels = [o for o in orders if o.fulfillments]
        if not with_refunds and not with_parcels:
            return
        with self.session.no_autoflush:
            self._write(with_refunds, with_parcels)
        self.session.flush()

    def _write(self, with_refunds: list[RemoteOrder], with_parcels: list[RemoteOrder]) -> None:
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
        for order_id, line_id, quantity in self.session.execute(
                select(OrderLine.order_id, OrderLine.id, OrderLine.quantity)
                .where(OrderLine.order_id.in_(list(orders))).order_by(OrderLine.id)):
            lines[order_id].append((line_id, quantity))
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
        numbers = self._free_numbers(len(wanted))
        for order, refund in wanted:
            if refund.external_id[:64] in known:
                continue
            known.add(refund.external_id[:64])
            mine = stored[order.external_id]
            base = Money(refund.amount_minor, mine.currency).convert(mine.rate, mine.base)
            request = ReturnRequest(
                rma_number=next(numbers), order_id=mine.id, customer_id=mine.customer_id,
                account_id=self.account_id, ship_country=mine.country,
                state=ReturnState.REFUNDED.value,
                outcome=ReturnOutcome.REFUND_WITHOUT_RETURN.value,
                reason=reason_of(refund.reason).value, reason_text=refund.reason[:2000],
                requested_at=refund.created_at, state_since=refund.created_at,
                currency=mine.currency, refund_minor=refund.amount_minor,
                refund_base_minor=base.minor, refund_rate=mine.rate,
                refunded_at=refund.created_at, source=self.marketplace,
                external_id=refund.external_id[:64], updated_at=self.now)
            request.lines = [
                ReturnLine(order_line_id=line_id, sku="", sku_key="", quantity=quantity)
                for line_id, quantity in self._line_ids(order, mine, refund.lines)]
            request.events = [ReturnEvent(at=refund.created_at, author=self.marketplace,
                                          from_state="", to_state=ReturnState.REFUNDED.value,
                                          note=refund.reason[:2000])]
            self.session.add(request)
            self.counts.returns_added += 1
        self._fill_line_skus()

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

    def _fill_line_skus(self) -> None:
        """Return lines take their order line's SKU and listing (one query per page)."""
        self.session.flush()
        pending = [obj for obj in self.session.new if isinstance(obj, ReturnLine)]
        if not pending:
            return
        info = dict((row[0], row[1:]) for row in self.session.execute(
            select(OrderLine.id, OrderLine.sku, OrderLine.listing_id)
            .where(OrderLine.id.in_({line.order_line_id for line in pending}))))
        for line in pending:
            sku, listing_id = info.get(line.order_line_id, ("", None))
            line.sku, line.sku_key, line.listing_id = sku, fold(sku)[:64], listing_id

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
        for order, parcel, number, key in wanted:
            mine = stored[order.external_id]
            if key in known or (mine.id, fold(number)) in typed:
                continue
            known.add(key)
            typed.add((mine.id, fold(number)))
            shipment = Shipment(
                order_id=mine.id, account_id=self.account_id, external_id=key, source="sync",
                carrier=carrier_of(parcel.carrier or "other")[:40], tracking_number=number,
                shipped_at=parcel.created_at, dest_country=mine.country,
                promised_by=self.rules.promised_by(parcel.created_at.date(), mine.country),
                quiet_since=parcel.created_at, created_at=self.now, updated_at=self.now,
                note=parcel.tracking_url[:500])
            shipment.lines = [ShipmentLine(order_line_id=line_id, quantity=quantity)
                              for line_id, quantity in self._line_ids(order, mine, parcel.lines)]
            self.session.add(shipment)
            self.counts.shipments_added += 1

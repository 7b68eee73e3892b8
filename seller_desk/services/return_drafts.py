"""What an order offers to a new return request: its lines, what is left to return, its policy."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from seller_desk.domain.return_policy import ReturnPolicy, out_of_window
from seller_desk.services.lookups import order_or_gone
from seller_desk.services.return_policies import delivered_on, policy_of_order
from seller_desk.services.returns import returned_before
from seller_desk.store.database import Database


@dataclass(frozen=True)
class ReturnableLine:
    id: int  # the order line's id
    sku: str
    title: str
    bought: int
    returned: int  # already in other requests that were not rejected

    @property
    def left(self) -> int:
        return max(0, self.bought - self.returned)


@dataclass(frozen=True)
class ReturnableOrder:
    order_id: int
    number: str
    buyer_name: str
    currency: str
    window_start: date  # delivery, or the order day when delivery is unknown
    policy: ReturnPolicy
    out_of_window: bool  # a request made today would be late
    lines: tuple[ReturnableLine, ...]


class ReturnDrafts:
    """Reads what the New return dialog offers; opening the request is ReturnsService's."""

    def __init__(self, database: Database,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = database
        self._now = now

    def returnable(self, order_id: int) -> ReturnableOrder:
        with self._db.read_session() as session:
            order = order_or_gone(session, order_id)
            before = returned_before(session, order.id)
            policy = policy_of_order(session, order)
            start = delivered_on(session, order)
            lines = tuple(
                ReturnableLine(line.id, line.sku, line.title, line.quantity,
                               before.get(line.id, 0))
                for line in sorted(order.lines, key=lambda line: line.id))
            return ReturnableOrder(
                order.id, order.number, order.buyer_name, order.currency, start, policy,
                out_of_window(policy, start, self._now().date()), lines)

"""The Returns table's rows and columns; late and out-of-window requests are marked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from seller_desk.domain.money import Money
from seller_desk.domain.paging import Page, PageRequest
from seller_desk.domain.returns import STEP_DAYS, ReturnState, days_open, overdue
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column, PageSource
from seller_desk.ui.pages.labels import country_label
from seller_desk.ui.pages.return_labels import outcome_label, reason_label, state_label
from seller_desk.ui.text import fill

OVERDUE_COLOUR = QColor("#b3261e")
LATE_REQUEST_COLOUR = QColor("#8a5300")
WARNING = "⚠"


@dataclass(frozen=True)
class ReturnRow:
    """One request as the table shows it (the order of ReturnsService.table's tuples)."""

    id: int
    rma_number: str
    requested_at: datetime
    order_number: str
    buyer_name: str
    account: str
    ship_country: str
    reason: str
    outcome: str
    state: str
    state_since: datetime
    refund_minor: int
    currency: str
    closed_at: datetime | None
    out_of_window: bool
    order_id: int
    refund_base_minor: int


class ReturnRows:
    """The service's raw tuples as ReturnRow (in the worker thread, with the page)."""

    def __init__(self, source: PageSource[tuple[Any, ...]]) -> None:
        self._source = source

    def page(self, request: PageRequest) -> Page[ReturnRow]:
        page = self._source.page(request)
        return Page(tuple(ReturnRow(*row) for row in page.rows), page.next)

    def count(self, request: PageRequest) -> int:
        return self._source.count(request)


class RowFlags:
    """What is wrong with a row at `now()`: late for its step, or asked for too late."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        self.now = now

    def is_overdue(self, row: ReturnRow) -> bool:
        return overdue(ReturnState(row.state), row.state_since, self.now())

    def flagged(self, row: ReturnRow) -> bool:
        return row.out_of_window or self.is_overdue(row)

    def colour(self, row: ReturnRow) -> QColor | None:
        if self.is_overdue(row):
            return OVERDUE_COLOUR
        return LATE_REQUEST_COLOUR if row.out_of_window else None

    def why(self, row: ReturnRow) -> str:
        reasons = []
        if self.is_overdue(row):
            days = (self.now() - row.state_since).days
            reasons.append(fill(QCoreApplication.translate(
                "ReturnsPage", "Overdue: %1 for %2 days; this step should take at most %3 days."),
                state_label(row.state), days, STEP_DAYS[ReturnState(row.state)]))
        if row.out_of_window:
            reasons.append(QCoreApplication.translate(
                "ReturnsPage", "Requested after the return window of its policy had closed."))
        return "\n".join(reasons)


def return_columns(fmt: Formatter, flags: RowFlags) -> list[Column[ReturnRow]]:
    def tip(extra: Callable[[ReturnRow], str] | None = None) -> Callable[[ReturnRow], str]:
        def text(row: ReturnRow) -> str:
            parts = [extra(row) if extra else "", flags.why(row)]
            return "\n".join(p for p in parts if p)
        return text

    def column(key: str, title: str, text: Callable[[ReturnRow], str], sort: str | None,
               numeric: bool = False, extra: Callable[[ReturnRow], str] | None = None
               ) -> Column[ReturnRow]:
        return Column(key, title, text, sort, numeric, tip=tip(extra), color=flags.colour)

    def days(row: ReturnRow) -> str:
        return fmt.number(days_open(row.requested_at, row.closed_at or flags.now()))

    def refund(row: ReturnRow) -> str:
        return fmt.money(Money(row.refund_minor, row.currency)) if row.refund_minor else ""

    return [
        column("rma", QT_TRANSLATE_NOOP("columns", "RMA"),
               lambda r: f"{WARNING} {r.rma_number}" if flags.flagged(r) else r.rma_number,
               "rma"),
        column("requested", QT_TRANSLATE_NOOP("columns", "Requested"),
               lambda r: fmt.date(r.requested_at), "requested_at"),
        column("order", QT_TRANSLATE_NOOP("columns", "Order"), lambda r: r.order_number, None),
        column("customer", QT_TRANSLATE_NOOP("columns", "Customer"),
               lambda r: r.buyer_name, None),
        column("marketplace", QT_TRANSLATE_NOOP("columns", "Marketplace"),
               lambda r: r.account, "marketplace"),
        column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.ship_country,
               "country", extra=lambda r: country_label(r.ship_country)),
        column("reason", QT_TRANSLATE_NOOP("columns", "Reason"),
               lambda r: reason_label(r.reason), "reason"),
        column("outcome", QT_TRANSLATE_NOOP("columns", "Outcome"),
               lambda r: outcome_label(r.outcome), None),
        column("state", QT_TRANSLATE_NOOP("columns", "State"),
               lambda r: state_label(r.state), "state"),
        column("since", QT_TRANSLATE_NOOP("columns", "In state since"),
               lambda r: fmt.date(r.state_since), "state_since"),
        column("days", QT_TRANSLATE_NOOP("columns", "Days open"), days, None, numeric=True),
        column("refund", QT_TRANSLATE_NOOP("columns", "Refund"), refund, "refund",
               numeric=True),
    ]

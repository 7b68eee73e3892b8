"""The Orders table's margin cells: the text with its loss flag, its tip and its colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from seller_desk.services.orders import OrderRow
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages.profit_section import LOSS


def margin_text(fmt: Formatter, row: OrderRow) -> str:
    """The margin in base; a loss is flagged so it shows without colour too."""
    if row.margin is None:
        return "–"
    return ("⚠ " if row.negative else "") + fmt.money(row.margin)


def margin_tip(row: OrderRow) -> str:
    if row.margin is None:
        return QCoreApplication.translate("OrdersPage", "Not costed yet")
    if row.negative:
        return QCoreApplication.translate("OrdersPage", "Negative margin: this order lost money")
    return QCoreApplication.translate("OrdersPage", "Contribution margin in the base currency")


def margin_color(row: OrderRow) -> QColor | None:
    """Red for a loss."""
    return QColor(LOSS) if row.negative else None

"""The Listings page's pricing buttons: the markets' price rules and a bulk reprice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from seller_desk.services.pricing import PricingService
from seller_desk.ui.dialogs.price_rules import PriceRulesDialog
from seller_desk.ui.dialogs.reprice import RepriceDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.tasks import TaskRunner


class PricingActions(QObject):
    """"Price rules…" and "Reprice…" on a toolbar; reprice works on the selected listings,
    or on every listing on sale when none is selected."""

    prices_changed = Signal()

    def __init__(self, runner: TaskRunner, pricing: PricingService, fmt: Formatter,
                 toolbar: QToolBar, selected: Callable[[], list[int]], parent: QWidget) -> None:
        super().__init__(parent)
        self.runner, self.pricing, self.fmt = runner, pricing, fmt
        self._selected, self._parent = selected, parent
        self.act_rules = QAction(parent)
        self.act_rules.triggered.connect(self.open_rules)
        self.act_reprice = QAction(parent, shortcut=QKeySequence("Ctrl+Shift+P"))
        self.act_reprice.triggered.connect(self.open_reprice)
        toolbar.addSeparator()
        toolbar.addAction(self.act_rules)
        toolbar.addAction(self.act_reprice)
        self.dialog: PriceRulesDialog | RepriceDialog | None = None
        self.retranslate()

    def open_rules(self) -> None:
        dialog = PriceRulesDialog(self.runner, self.pricing, self.fmt, self._parent)
        dialog.changed.connect(self.prices_changed)
        self.dialog = dialog
        dialog.open()

    def open_reprice(self) -> None:
        chosen = self._selected()
        dialog = RepriceDialog(self.runner, self.pricing, self.fmt, chosen or None, self._parent)
        dialog.applied.connect(lambda _n: self.prices_changed.emit())
        self.dialog = dialog
        dialog.open()

    def retranslate(self) -> None:
        self.act_rules.setText(self.tr("Price rules…"))
        self.act_rules.setToolTip(self.tr("Fees, shipping, VAT, margins and price endings of "
                                          "each market"))
        self.act_reprice.setText(self.tr("Reprice…"))
        self.act_reprice.setToolTip(self.tr("New prices from the markets' rules and today's "
                                            "rates for the selected listings (all when none "
                                            "is selected), previewed before anything changes "
                                            "(Ctrl+Shift+P)"))

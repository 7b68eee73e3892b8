"""The Dashboard's "needs your attention" box: prices a rate move hurt, orders that lost
money, orders without a cost, old or missing exchange rates and returns waiting on a step, each
with a link to act."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from seller_desk.domain.shipments import FLAG_LABELS, Flag
from seller_desk.services.attention import Attention
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.text import fill

WARN = "#b3261e"
CALM = "#1b7f3b"


def flag_label(flag: Flag) -> str:
    return QCoreApplication.translate("tracking", FLAG_LABELS[flag])


class AttentionBox(QFrame):
    """Each line says what is wrong and links to where to fix it."""

    open_prices = Signal()
    open_losses = Signal()
    open_rates = Signal()
    open_returns = Signal()
    open_shipments = Signal()  # the flagged ones
    open_shipment = Signal(int)

    def __init__(self, fmt: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionBox")
        self.setStyleSheet("#attentionBox { border: 1px solid palette(mid); border-radius: 8px; }")
        self.fmt = fmt
        self.title = QLabel(objectName="sectionTitle")
        self.body = QLabel(objectName="attentionText", wordWrap=True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.linkActivated.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.attention: Attention | None = None
        self.retranslate()

    def _follow(self, link: str) -> None:
        if link.startswith("shipment:"):
            self.open_shipment.emit(int(link.partition(":")[2]))
            return
        {"shipments": self.open_shipments, "prices": self.open_prices, "losses": self.open_losses,
         "rates": self.open_rates, "returns": self.open_returns}[link].emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Needs your attention"))
        if self.attention is not None:
            self.show_attention(self.attention)

    def lines(self, a: Attention) -> list[tuple[str, str, str]]:
        """(text, link target, link text) of each thing to look at."""
        f, found = self.fmt, []
        if a.price_alerts == 1:
            found.append((self.tr(
                "1 listing needs a price check: an exchange rate moved since its price was set "
                "and its margin fell below the market's floor."), "prices", self.tr("Show it")))
        elif a.price_alerts:
            found.append((fill(self.tr(
                "%1 listings need a price check: an exchange rate moved since their price was "
                "set and their margin fell below the market's floor."),
                f.number(a.price_alerts)), "prices", self.tr("Show them")))
        if a.losses == 1:
            found.append((self.tr("1 order of the last 30 days lost money."), "losses",
                          self.tr("Show it")))
        elif a.losses:
            found.append((fill(self.tr("%1 orders of the last 30 days lost money."),
                               f.number(a.losses)), "losses", self.tr("Show them")))
        if a.without_cost:
            found.append((fill(self.tr(
                "%1 orders of the last 30 days have no full cost yet (a rate or a listing is "
                "missing)."), f.number(a.without_cost)), "rates", self.tr("Exchange rates")))
        if a.returns_overdue:
            found.append((fill(self.tr(
                "%1 return requests are open; %2 have waited longer than their step should "
                "take."), f.number(a.returns_open), f.number(a.returns_overdue)), "returns",
                self.tr("Show them")))
        elif a.returns_open == 1:
            found.append((self.tr("1 return request is open, not overdue."), "returns",
                          self.tr("Show it")))
        elif a.returns_open:
            found.append((fill(self.tr("%1 return requests are open, none overdue."),
                               f.number(a.returns_open)), "returns", self.tr("Show them")))
        if a.parcels_flagged:
            found.append((fill(self.tr(
                "%1 parcels need a look: stuck, in trouble, going back or late."),
                f.number(a.parcels_flagged)), "shipments", self.tr("Show them")))
            for parcel in a.parcels:
                flags = ", ".join(flag_label(flag) for flag in parcel.flags)
                found.append((fill(self.tr("%1: %2 %3 to %4 (order %5), last news %6"),
                                   flags, parcel.carrier_name, parcel.number, parcel.country,
                                   parcel.order_number, f.age(parcel.quiet_since)),
                              f"shipment:{parcel.id}", self.tr("Open")))
        rates = a.rates
        if not rates.has_rates:
            found.append((self.tr("No exchange rates are stored yet: prices and profit in other "
                                  "currencies cannot be worked out."), "rates",
                          self.tr("Get rates")))
        elif rates.stale:
            found.append((fill(self.tr("The exchange rates are %1 business days old."),
                               rates.age_business_days or 0), "rates",
                          self.tr("Refresh or type rates")))
        if rates.needs_manual:
            found.append((fill(self.tr("No provider publishes %1: type a rate in."),
                               ", ".join(rates.needs_manual)), "rates", self.tr("Type a rate")))
        return found

    def show_attention(self, a: Attention) -> None:
        self.attention = a
        found = self.lines(a)
        if not found:
            self.body.setText(f'<span style="color:{CALM}">' + escape(self.tr(
                "Nothing needs your attention: prices, margins, rates, returns and parcels are "
                "in order."))
                + "</span>")
            return
        self.body.setText("<br>".join(
            f'<span style="color:{WARN}">⚠</span> {escape(text)} '
            f'<a href="{target}">{escape(link)}</a>' for text, target, link in found))

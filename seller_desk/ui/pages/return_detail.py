"""The detail panel of a return request: what was asked, the policy, lines, money and its log."""

from __future__ import annotations

from PySide6.QtCore import QObject

from seller_desk.domain.price_rule_input import plain
from seller_desk.domain.returns import STEP_DAYS, ReturnState
from seller_desk.services.return_view import ReturnView
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.pages.labels import country_label
from seller_desk.ui.pages.return_labels import (
    disposition_label,
    outcome_label,
    reason_label,
    state_label,
)
from seller_desk.ui.text import fill

WARNING_STYLE = "color:#b3261e; font-weight:600; margin:4px 0;"


class ReturnDetail(QObject):
    """Renders a ReturnView as the panel's HTML (links: "order", "customer", "replacement")."""

    def html(self, v: ReturnView, f: Formatter) -> str:
        parts = [
            h.heading(fill(self.tr("Return %1"), v.rma_number),
                      fill(self.tr("Order %1 · %2"), v.order_number, v.buyer_name)),
            self._warnings(v, f),
            h.actions([
                ("order", fill(self.tr("Open order %1"), v.order_number)),
                *([("customer", self.tr("Open customer"))] if v.customer_id else []),
            ]),
            h.fields([
                (self.tr("State"), fill(self.tr("%1 since %2"), state_label(v.state),
                                        f.date_time(v.state_since))),
                (self.tr("Customer wants"), outcome_label(v.outcome)),
                *([(self.tr("Exchange for"), v.exchange_sku)] if v.exchange_sku else []),
                (self.tr("Reason"), reason_label(v.reason)),
                *([(self.tr("In their words"), v.reason_text)] if v.reason_text else []),
                (self.tr("Requested"), f.date_time(v.requested_at)),
                (self.tr("Days open"), f.number(v.days_open)),
                (self.tr("Customer"), f"{v.buyer_name} <{v.buyer_email}>" if v.buyer_email
                 else v.buyer_name),
                (self.tr("Ship to"), country_label(v.ship_country)),
            ]),
            self._replacement(v),
            h.section(self.tr("Policy")),
            h.fields([
                (self.tr("Return window"),
                 fill(self.tr("%1 days from delivery"), f.number(v.policy.window_days))),
                (self.tr("Restocking fee"),
                 fill(self.tr("%1 %"), plain(v.policy.restocking_fee_pct))),
                (self.tr("Return shipping"),
                 self.tr("Paid by the buyer") if v.policy.buyer_pays_return_shipping
                 else self.tr("Paid by the shop")),
            ]),
            h.section(self.tr("Items")),
            h.table(
                [self.tr("SKU"), self.tr("Item"), self.tr("Returned"), self.tr("Bought"),
                 self.tr("After inspection")],
                [(ln.sku, ln.title, f.number(ln.quantity), f.number(ln.bought),
                  disposition_label(ln.disposition)) for ln in v.lines],
                numeric={2, 3},
            ),
            h.section(self.tr("Money")),
            h.fields(self._money(v, f)),
            h.section(self.tr("Log")),
            h.table(
                [self.tr("When"), self.tr("By"), self.tr("Step"), self.tr("Note")],
                [(f.date_time(e.at), e.author, self._step(e.from_state, e.to_state), e.note)
                 for e in reversed(v.events)],
                numeric=set(),
            ),
        ]
        return "".join(parts)

    def _warnings(self, v: ReturnView, f: Formatter) -> str:
        lines = []
        if v.overdue:
            lines.append(fill(self.tr("⚠ Overdue: %1 since %2; this step should take at most "
                                      "%3 days."), state_label(v.state),
                              f.date(v.state_since), STEP_DAYS[ReturnState(v.state)]))
        if v.out_of_window:
            lines.append(fill(self.tr("⚠ Requested outside the return window (%1 days)."),
                              f.number(v.policy.window_days)))
        return "".join(f'<p style="{WARNING_STYLE}">{h.escape(line)}</p>' for line in lines)

    def _replacement(self, v: ReturnView) -> str:
        if v.replacement_order_id is None:
            return ""
        return h.actions([("replacement", self.tr("Open the replacement order"))])

    def _money(self, v: ReturnView, f: Formatter) -> list[tuple[str, str]]:
        rows = [
            (self.tr("Paid for the order"), f.money(v.paid)),
            (self.tr("Still refundable"), f.money(v.refundable)),
            (self.tr("Refunded by this return"), self._refund(v, f)),
        ]
        if v.restocking_fee.minor:
            rows.append((self.tr("Restocking fee kept"), f.money(v.restocking_fee)))
        rows.append((self.tr("Return shipping paid"), f.money(v.return_shipping_base)
                     if v.return_shipping_base.minor else self.tr("None recorded")))
        if v.credit.minor:
            rows.append((self.tr("Store credit given"), f.money(v.credit)))
        return rows

    def _refund(self, v: ReturnView, f: Formatter) -> str:
        """The refund, and what it came to in the base currency when that differs."""
        if v.refund_base.currency == v.refund.currency or not v.refund.minor:
            return f.money(v.refund)
        return fill(self.tr("%1 (%2)"), f.money(v.refund), f.money(v.refund_base))

    def _step(self, from_state: str, to_state: str) -> str:
        if not from_state:
            return fill(self.tr("Opened: %1"), state_label(to_state))
        return fill(self.tr("%1 → %2"), state_label(from_state), state_label(to_state))

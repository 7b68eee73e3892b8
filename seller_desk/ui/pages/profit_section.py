"""The order detail's Profit section: both currencies, line costs, what costs are missing."""

from __future__ import annotations

from PySide6.QtCore import QObject

from seller_desk.domain.money import Money
from seller_desk.services.profit_detail import NO_LISTING, NO_RATE, CostGap, OrderProfit
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.text import fill

LOSS = "#c62828"


class ProfitSection(QObject):
    """Builds the section's HTML in the window's language."""

    def html(self, p: OrderProfit, f: Formatter) -> str:
        estimated = self.tr(" (estimated)")
        rows = [
            (self.tr("Revenue (ex VAT, after refunds)"), p.revenue, ""),
            (self.tr("Marketplace fee"), p.marketplace_fee, estimated if p.fees_estimated else ""),
            (self.tr("Payment fee"), p.payment_fee, estimated if p.fees_estimated else ""),
            (self.tr("Product cost"), p.cost, ""),
            (self.tr("Shipping cost"), p.shipping, estimated if p.fees_estimated else ""),
        ]
        if p.returns.base.minor:
            rows.append((self.tr("Returns"), p.returns, ""))
        same = p.revenue.original.currency == p.revenue.base.currency
        head = [self.tr("Part"), *([] if same else [p.revenue.original.currency]),
                p.revenue.base.currency]
        body = [
            (label + mark, *([] if same else [f.money(_out(part.original, i))]),
             f.money(_out(part.base, i)))
            for i, (label, part, mark) in enumerate(rows)
        ]
        parts = [h.section(self.tr("Profit")), h.table(head, body, numeric={1, 2})]
        ratio = f.percent(p.margin_ratio)
        margin = fill(self.tr("%1 (%2 of revenue)"), f.money(p.margin.base), ratio)
        if not same:
            margin += " · " + f.money(p.margin.original)
        style = f' style="color:{LOSS}"' if p.negative else ""
        flag = "⚠ " + self.tr("Negative margin") + ": " if p.negative else ""
        label = self.tr("Contribution margin")
        parts.append(f"<p><b>{h.escape(label)}</b>: "
                     f"<span{style}>{h.escape(flag + margin)}</span></p>")
        if not same:
            parts.append(h.paragraph(fill(self.tr("Converted at %1 %2 per %3 (the order's rate)."),
                                          str(p.rate), p.revenue.base.currency,
                                          p.revenue.original.currency), "muted"))
        if p.lines:
            parts.append(h.table(
                [self.tr("SKU"), self.tr("Qty"), self.tr("Unit cost"), self.tr("Rate"),
                 self.tr("Cost")],
                [(ln.sku, f.number(ln.quantity), f.money(ln.unit_cost),
                  fill(self.tr("%1 on %2"), str(ln.rate), ln.rate_day.isoformat())
                  if ln.rate is not None else "–", f.money(ln.cost))
                 for ln in p.lines],
                numeric={1, 2, 3, 4}))
        if not p.costed:
            parts.append(h.paragraph(self.tr(
                "Not costed yet: these figures are what the background costing will store."),
                "muted"))
        if p.gaps:
            reasons = " ".join(self.gap_text(gap) for gap in p.gaps)
            parts.append(h.paragraph(
                self.tr("Costs are incomplete; the margin counts only the known costs.") + " "
                + reasons, "note"))
        return "".join(parts)

    def gap_text(self, gap: CostGap) -> str:
        day = gap.day.isoformat() if gap.day else ""
        if gap.kind == NO_LISTING:
            return fill(self.tr("No listing has the SKU %1, so its cost is unknown."), gap.sku)
        if gap.kind == NO_RATE and gap.sku:
            return fill(self.tr("%1: no %2 exchange rate on or before %3; update the rates or "
                                "type one in."), gap.sku, gap.currency, day)
        if gap.kind == NO_RATE:
            return fill(self.tr("Fees: no %1 exchange rate on or before %2."), gap.currency, day)
        return fill(self.tr("%1: its cost is known now and is added at the next costing."),
                    gap.sku)


def _out(money: Money, row: int) -> Money:
    """Revenue shows as it is; the parts after it are money going out, shown negative."""
    return money if row == 0 else -money

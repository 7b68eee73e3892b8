"""The customer panel's Loyalty block: tier, points, the next tier, and the ledger's latest rows."""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QCoreApplication

from seller_desk.services.loyalty import CustomerLoyalty, EntryKind, LedgerRow
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.text import fill

ROWS_SHOWN = 8


def cause(row: LedgerRow, fmt: Formatter) -> str:
    """Why the points or the tier changed, in words."""
    number = row.order_number
    if row.kind is EntryKind.EARN:
        if not number:
            return QCoreApplication.translate("loyalty", "Earned on an order")
        return fill(QCoreApplication.translate("loyalty", "Earned on order %1"), number)
    if row.kind is EntryKind.REVERSAL:
        if not number:
            return QCoreApplication.translate("loyalty", "Refund on an order")
        return fill(QCoreApplication.translate("loyalty", "Refund on order %1"), number)
    if row.kind is EntryKind.EXPIRY:
        if row.order_placed_at is None:
            return QCoreApplication.translate("loyalty", "Expired")
        return fill(QCoreApplication.translate("loyalty", "Expired (earned on %1)"),
                    fmt.date(row.order_placed_at))
    if row.kind is EntryKind.TIER:
        return fill(QCoreApplication.translate("loyalty", "Now %1"), tier_name(row.tier))
    return fill(QCoreApplication.translate("loyalty", "Granted: %1"), row.reason)


def signed(points: int, fmt: Formatter) -> str:
    return f"+{fmt.number(points)}" if points > 0 else fmt.number(points)


def _row_html(row: LedgerRow, fmt: Formatter) -> str:
    text = cause(row, fmt)
    linked = row.order_id is not None and row.kind is not EntryKind.EXPIRY
    what = h.link(f"order:{row.order_id}", text) if linked else h.escape(text)
    if row.kind is EntryKind.GRANT and row.author:
        what += f' <span class="muted">· {h.escape(row.author)}</span>'
    points = "" if row.kind is EntryKind.TIER else signed(row.points, fmt)
    return (f"<tr><td nowrap>{h.escape(fmt.date(row.at))}</td><td>{what}</td>"
            f'<td class="num" nowrap>{h.escape(points)}</td></tr>')


def tier_name(name: str) -> str:
    """A tier's name: the default ones (Bronze, Silver, Gold) in the window's language, a name
    the seller chose as written."""
    return QCoreApplication.translate("retention", name) if name else name


def _next_tier(s: CustomerLoyalty, fmt: Formatter) -> str:
    if not s.next_tier or s.to_next_tier is None:
        return QCoreApplication.translate("loyalty", "Top tier")
    return fill(QCoreApplication.translate("loyalty", "%1 more to reach %2"),
                fmt.money(s.to_next_tier), tier_name(s.next_tier))


def loyalty_html(standing: CustomerLoyalty, fmt: Formatter) -> str:
    s = standing
    pairs = [
        (QCoreApplication.translate("loyalty", "Tier"), tier_name(s.tier)),
        (QCoreApplication.translate("loyalty", "Points"), fmt.number(s.balance)),
        (QCoreApplication.translate("loyalty", "Spent in the last 12 months"),
         fmt.money(s.spend_12m)),
        (QCoreApplication.translate("loyalty", "Next tier"), _next_tier(s, fmt)),
    ]
    if s.expiring_soon and s.next_expiry is not None:
        first = datetime.combine(s.next_expiry, time(12), UTC)
        pairs.append((QCoreApplication.translate("loyalty", "Expiring soon"),
                      fill(QCoreApplication.translate("loyalty", "%1 points, from %2"),
                           fmt.number(s.expiring_soon), fmt.date(first))))
    parts = [
        h.section(QCoreApplication.translate("loyalty", "Loyalty")),
        h.fields(pairs),
        h.actions([("loyalty-grant", QCoreApplication.translate("loyalty", "Grant points…"))]),
    ]
    if s.rows:
        parts.append('<table cellspacing="0" width="100%">'
                     + "".join(_row_html(row, fmt) for row in s.rows[:ROWS_SHOWN]) + "</table>")
    else:
        none_yet = QCoreApplication.translate("loyalty", "No points yet.")
        parts.append(f'<p class="muted">{h.escape(none_yet)}</p>')
    return "".join(parts)

"""The customer panel: profile across marketplaces, pinned notes, follow-ups, merges, timeline."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from seller_desk.domain.feedback import COMPLAINT_MOVES, COMPLAINT_STATUS_LABELS, ComplaintStatus
from seller_desk.domain.returns import STATE_LABELS, ReturnState
from seller_desk.services.customer_profile import CustomerFile, EventKind, TimelineEvent
from seller_desk.services.feedback import ComplaintView
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.pages.labels import country_label, marketplace_label, status_label
from seller_desk.ui.pages.loyalty_block import loyalty_html
from seller_desk.ui.pages.notes_block import notes_html
from seller_desk.ui.text import fill

EVENT_LABELS = {
    EventKind.ORDER: QT_TRANSLATE_NOOP("customers", "Order"),
    EventKind.STATUS: QT_TRANSLATE_NOOP("customers", "Status"),
    EventKind.NOTE: QT_TRANSLATE_NOOP("customers", "Note"),
    EventKind.FOLLOW_UP: QT_TRANSLATE_NOOP("customers", "Follow-up"),
    EventKind.FEEDBACK: QT_TRANSLATE_NOOP("customers", "Feedback"),
    EventKind.COMPLAINT: QT_TRANSLATE_NOOP("customers", "Complaint"),
    EventKind.MERGE: QT_TRANSLATE_NOOP("customers", "Merged"),
    EventKind.RETURN: QT_TRANSLATE_NOOP("customers", "Return"),
}


def _consent(code: str) -> str:
    return {
        "yes": QCoreApplication.translate("customers", "Yes"),
        "no": QCoreApplication.translate("customers", "No"),
    }.get(code, QCoreApplication.translate("customers", "Not asked"))


def _event_row(e: TimelineEvent, fmt: Formatter) -> tuple[str, str, str, str]:
    kind = QCoreApplication.translate("customers", EVENT_LABELS[e.kind])
    amount = fmt.money(e.amount) if e.amount is not None else ""
    if e.kind is EventKind.ORDER:
        what = h.link(f"order:{e.ref_id}", e.title) + " · " + h.escape(status_label(e.detail))
    elif e.kind is EventKind.RETURN:
        state = STATE_LABELS.get(ReturnState(e.detail), e.detail)
        what = h.link(f"return:{e.ref_id}", e.title) + " · " + h.escape(
            QCoreApplication.translate("returns", state))
    elif e.kind is EventKind.STATUS:
        what = h.escape(
            fill(
                QCoreApplication.translate("customers", "%1 became %2"),
                e.title,
                status_label(e.detail),
            )
        )
    else:
        detail = {
            "open": QCoreApplication.translate("customers", "open"),
            "done": QCoreApplication.translate("customers", "done"),
            "undone": QCoreApplication.translate("customers", "undone"),
        }.get(e.detail, e.detail)
        text = e.title if len(e.title) <= 120 else e.title[:117] + "…"
        what = h.escape(text + (f" — {detail}" if detail else ""))
    return fmt.date_time(e.at), kind, what, amount


def render_customer(file: CustomerFile, fmt: Formatter) -> str:
    p = file.profile
    title = (
        p.name
        or p.email
        or (
            QCoreApplication.translate("customers", "Erased customer")
            if p.erased
            else QCoreApplication.translate("customers", "Anonymous buyer")
        )
    )
    parts = [
        h.heading(title, p.email),
        h.actions(
            [
                ("edit", QCoreApplication.translate("customers", "Edit")),
                ("note", QCoreApplication.translate("customers", "Add note")),
                ("follow-up", QCoreApplication.translate("customers", "Follow up")),
                ("feedback", QCoreApplication.translate("customers", "Feedback")),
                ("complaint", QCoreApplication.translate("customers", "Complaint")),
                ("reply", QCoreApplication.translate("customers", "Reply…")),
                ("new-order", QCoreApplication.translate("customers", "New order")),
                ("export", QCoreApplication.translate("customers", "Export data")),
                ("erase", QCoreApplication.translate("customers", "Erase…")),
            ]
        ),
    ]
    if p.masked and not p.erased:
        hidden = QCoreApplication.translate(
            "customers",
            "The marketplace hides this buyer; Seller Desk never suggests merging them.",
        )
        parts.append(f'<p class="muted">{h.escape(hidden)}</p>')
    parts += [
        h.fields(
            [
                (QCoreApplication.translate("customers", "Phone"), p.phone),
                (QCoreApplication.translate("customers", "Country"), country_label(p.country)),
                (
                    QCoreApplication.translate("customers", "City"),
                    " ".join(x for x in (p.postcode, p.city) if x),
                ),
                (QCoreApplication.translate("customers", "Language"), p.language),
                (QCoreApplication.translate("customers", "Tags"), p.tags),
                (QCoreApplication.translate("customers", "Marketing consent"), _consent(p.consent)),
                (QCoreApplication.translate("customers", "Customer since"), fmt.date(p.created_at)),
                (QCoreApplication.translate("customers", "Orders"), fmt.number(p.orders)),
                (QCoreApplication.translate("customers", "Spent"), fmt.money(p.spent)),
                (QCoreApplication.translate("customers", "First order"), fmt.date(p.first_order)),
                (QCoreApplication.translate("customers", "Last order"), fmt.date(p.last_order)),
            ]
        ),
        h.section(QCoreApplication.translate("customers", "On marketplaces")),
        h.table(
            [
                QCoreApplication.translate("customers", "Store"),
                QCoreApplication.translate("customers", "Marketplace"),
                QCoreApplication.translate("customers", "Buyer id"),
                QCoreApplication.translate("customers", "Orders"),
            ],
            [
                (i.account, marketplace_label(i.marketplace), i.external_id, fmt.number(i.orders))
                for i in p.identities
            ],
            numeric={3},
        ),
    ]
    if file.loyalty is not None:
        parts.append(loyalty_html(file.loyalty, fmt))
    if p.follow_ups:
        parts.append(h.section(QCoreApplication.translate("customers", "Follow-ups")))
        done = QCoreApplication.translate("customers", "Done")
        parts.append(
            "".join(
                f"<p>{h.escape(fmt.date(datetime.combine(f.due_on, time(12), UTC)))} · "
                f"{h.escape(f.title)} · "
                f"{h.link(f'follow-up-done:{f.id}', done)}</p>"
                for f in p.follow_ups
            )
        )
    if p.complaints:
        parts.append(h.section(QCoreApplication.translate("customers", "Complaints")))
        parts.append("".join(_complaint(c, fmt) for c in p.complaints))
    parts += [h.section(QCoreApplication.translate("customers", "Notes")), notes_html(p.notes, fmt)]
    if file.merges:
        parts.append(
            h.section(QCoreApplication.translate("customers", "Merged into this customer"))
        )
        parts.append(
            "".join(
                f"<p>{h.escape(m.merged_name or str(m.merged_id))} · "
                f"{h.escape(fmt.date_time(m.merged_at))} · "
                + (
                    h.escape(QCoreApplication.translate("customers", "undone"))
                    if m.undone_at
                    else h.link(
                        f"undo-merge:{m.id}", QCoreApplication.translate("customers", "Undo")
                    )
                )
                + "</p>"
                for m in file.merges
            )
        )
    rows = [_event_row(e, fmt) for e in file.timeline]
    parts.append(h.section(QCoreApplication.translate("customers", "Timeline")))
    parts.append(
        '<table cellspacing="0" width="100%">'
        + "".join(
            f"<tr><td nowrap>{h.escape(a)}</td><td nowrap>{h.escape(b)}</td>"
            f'<td>{c}</td><td class="num" nowrap>{h.escape(d)}</td></tr>'
            for a, b, c, d in rows
        )
        + "</table>"
    )
    return "".join(parts)


def _complaint(c: ComplaintView, fmt: Formatter) -> str:
    """Subject, status, how long it took (or has been open), and the moves it allows."""
    status = QCoreApplication.translate("feedback", COMPLAINT_STATUS_LABELS[c.status])
    if c.resolution_time is not None:
        took = fill(QCoreApplication.translate("customers", "resolved in %1"),
                    duration(c.resolution_time))
    else:
        took = fill(QCoreApplication.translate("customers", "open for %1"),
                    duration(datetime.now(UTC) - c.opened_at))
    moves = " · ".join(
        h.link(f"complaint-move:{c.id}:{target.value}",
               QCoreApplication.translate("feedback", COMPLAINT_STATUS_LABELS[target]))
        for target in ComplaintStatus if target in COMPLAINT_MOVES[c.status])
    meta = f"{fmt.date(c.opened_at)} · {status} · {took}"
    return (f"<p>{h.escape(c.subject)}<br><span class=\"muted\">{h.escape(meta)}</span>"
            + (f" · {moves}" if moves else "") + "</p>")


def duration(span: timedelta) -> str:
    """'3 h', '2 d 5 h': how long a complaint took, to the hour."""
    hours = max(int(span.total_seconds() // 3600), 0)
    if hours < 24:
        return fill(QCoreApplication.translate("customers", "%1 h"), hours)
    return fill(QCoreApplication.translate("customers", "%1 d %2 h"), hours // 24, hours % 24)

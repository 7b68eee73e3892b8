"""How the sync windows word the services' states, kinds and errors in the window's language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from seller_desk.domain.errors import fill_params
from seller_desk.domain.orders import MARKETPLACE_LABELS, Marketplace
from seller_desk.domain.text import CONTEXT_OF
from seller_desk.services.sync.log import RunProblem
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.text import fill

CONTEXT = "SyncTexts"
STATES = {
    "": QT_TRANSLATE_NOOP("SyncTexts", "Never synced"),
    "running": QT_TRANSLATE_NOOP("SyncTexts", "Running"),
    "ok": QT_TRANSLATE_NOOP("SyncTexts", "OK"),
    "failed": QT_TRANSLATE_NOOP("SyncTexts", "Failed"),
    "cancelled": QT_TRANSLATE_NOOP("SyncTexts", "Cancelled"),
}
RUN_KINDS = {
    "pull": QT_TRANSLATE_NOOP("SyncTexts", "Pull"),
    "push": QT_TRANSLATE_NOOP("SyncTexts", "Push"),
}
# What a push changes, and what a conflict is about.
KINDS = {
    "stock": QT_TRANSLATE_NOOP("SyncTexts", "Stock"),
    "price": QT_TRANSLATE_NOOP("SyncTexts", "Price"),
    "tracking": QT_TRANSLATE_NOOP("SyncTexts", "Tracking"),
    "order": QT_TRANSLATE_NOOP("SyncTexts", "Order"),
}
WINNERS = {
    "remote": QT_TRANSLATE_NOOP("SyncTexts", "The store"),
    "local": QT_TRANSLATE_NOOP("SyncTexts", "Here"),
}
RESOLUTIONS = {
    "": QT_TRANSLATE_NOOP("SyncTexts", "Open"),
    "accepted": QT_TRANSLATE_NOOP("SyncTexts", "Accepted"),
    "took_remote": QT_TRANSLATE_NOOP("SyncTexts", "Took the store's"),
    "kept_local": QT_TRANSLATE_NOOP("SyncTexts", "Kept this one"),
}


def word(table: Mapping[str, str], key: str) -> str:
    """`key`'s word from one of the tables above, translated (the key itself if unknown)."""
    text = table.get(key)
    return QCoreApplication.translate(CONTEXT, text) if text is not None else key


def marketplace_name(marketplace: Marketplace | str) -> str:
    try:
        label = MARKETPLACE_LABELS[Marketplace(marketplace)]
    except ValueError:
        return str(marketplace)
    return QCoreApplication.translate("marketplace", label)


def sync_text(template: str, params: Mapping[str, object] | None = None) -> str:
    """A text a service marked with QT_TRANSLATE_NOOP, translated, its {names} filled."""
    context = CONTEXT_OF.get(template, "sync")
    return fill_params(QCoreApplication.translate(context, template), params or {})


def step_text(template: str, account: str) -> str:
    """A service's progress text ("Reading orders…"), said of `account`."""
    text = sync_text(template, {"account": account})
    if "{account}" in template:
        return text
    return fill(QCoreApplication.translate("SyncTexts", "%1: %2"), account, text)


def problem_text(problem: RunProblem) -> str:
    context = CONTEXT_OF.get(problem.message, problem.context)
    return fill_params(QCoreApplication.translate(context, problem.message), problem.params)


def duration_text(seconds: float | None) -> str:
    """ "8 s", "3 min 12 s", "1 h 5 min"; a dash while it runs."""
    if seconds is None:
        return "–"
    whole = max(0, round(seconds))
    if whole < 60:
        return fill(QCoreApplication.translate("SyncTexts", "%1 s"), whole)
    if whole < 3600:
        return fill(QCoreApplication.translate("SyncTexts", "%1 min %2 s"), whole // 60,
                    whole % 60)
    return fill(QCoreApplication.translate("SyncTexts", "%1 h %2 min"), whole // 3600,
                whole % 3600 // 60)


def last_sync_text(fmt: Formatter, state: str, at: datetime | None) -> str:
    """The accounts table's "Last sync": "12 min ago · OK", "Never synced"."""
    if at is None:
        return word(STATES, state if state == "running" else "")
    return f"{fmt.age(at)} · {word(STATES, state)}"

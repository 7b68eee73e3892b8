"""Translated names and short texts for parcels: statuses, flags, carriers, number checks, ages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QColor

from seller_desk.domain.carriers import CARRIERS, Carrier
from seller_desk.domain.errors import fill_params
from seller_desk.domain.shipments import FLAG_LABELS, Flag
from seller_desk.domain.tracking import STATUS_LABELS, TrackStatus
from seller_desk.domain.tracking_numbers import NumberCheck
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.text import fill

WARNING = "⚠"
TROUBLE_COLOUR = QColor("#b3261e")
WAITING_COLOUR = QColor("#8a5300")
PAST_COLOUR = QColor("#5f6368")
FLAG_COLOURS: dict[Flag, QColor] = {
    Flag.RETURNING: TROUBLE_COLOUR, Flag.TROUBLE: TROUBLE_COLOUR, Flag.STUCK: WAITING_COLOUR,
    Flag.LATE: WAITING_COLOUR, Flag.DELIVERED_LATE: PAST_COLOUR,
}
# The statuses after which nothing moves: ticking one of them lifts "Not delivered yet".
DONE_STATUSES = frozenset({TrackStatus.DELIVERED.value, TrackStatus.EXPIRED.value})


def _tr(text: str) -> str:
    return QCoreApplication.translate("tracking", text)


def status_label(code: str) -> str:
    try:
        return _tr(STATUS_LABELS[TrackStatus(code)])
    except ValueError:
        return code


def flag_label(flag: str) -> str:
    try:
        return _tr(FLAG_LABELS[Flag(flag)])
    except ValueError:
        return flag


def flags_text(flags: Iterable[str], joiner: str = ", ") -> str:
    return joiner.join(flag_label(flag) for flag in flags)


def flag_colour(flags: tuple[Flag, ...]) -> QColor | None:
    """The colour of the most urgent flag (they come most urgent first)."""
    return FLAG_COLOURS.get(flags[0]) if flags else None


def carrier_choices() -> list[tuple[str, str]]:
    """(code, brand name) of every carrier the app knows; brand names are never translated."""
    return [(carrier.value, CARRIERS[carrier].name) for carrier in Carrier]


def carrier_code(text: str) -> str:
    """The carrier code for what was typed or picked (a brand name or a code); else the text."""
    typed = " ".join(text.split())
    for code, name in carrier_choices():
        if typed.casefold() in (name.casefold(), code):
            return code
    return typed


def check_message(result: NumberCheck) -> str:
    """The check's reason in the window's language, its placeholders filled."""
    if not result.reason:
        return ""
    return fill_params(_tr(result.reason), result.params, QCoreApplication.translate)


def formats_text(result: NumberCheck) -> str:
    """The formats the number passes: "UPS 1Z", "UPU S10 (postal) · China Post"."""
    shown: list[str] = []
    for guess in result.candidates:
        text = _tr(guess.format)
        if guess.country:
            text = fill("%1 · %2", text, CARRIERS[guess.carrier].name)
        if text not in shown:
            shown.append(text)
    return ", ".join(shown)


def day_text(fmt: Formatter, day: date | None) -> str:
    if day is None:
        return "–"
    return fmt.locale.toString(QDate(day.year, day.month, day.day),
                               fmt.locale.FormatType.ShortFormat)


def days_ago(then: datetime, now: datetime) -> str:
    """A scan's age in whole days: "today", "3 d ago"."""
    days = max((now - then).days, 0)
    if days == 0:
        return QCoreApplication.translate("shipments", "today")
    return fill(QCoreApplication.translate("shipments", "%1 d ago"), days)


def age_text(then: datetime, now: datetime) -> str:
    """How long ago, in the coarsest unit that still says something: "2 h ago", "5 d ago"."""
    seconds = max(int((now - then).total_seconds()), 0)
    if seconds < 60:
        return QCoreApplication.translate("shipments", "just now")
    if seconds < 3600:
        return fill(QCoreApplication.translate("shipments", "%1 min ago"), seconds // 60)
    if seconds < 48 * 3600:
        return fill(QCoreApplication.translate("shipments", "%1 h ago"), seconds // 3600)
    return fill(QCoreApplication.translate("shipments", "%1 d ago"), seconds // 86400)

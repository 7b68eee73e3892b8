"""Order dates as exports write them, to timezone-aware UTC datetimes."""

from __future__ import annotations

import re
from datetime import UTC, datetime

# '2025-03-02 10:15:00 +0800' (Shopify) and '... UTC': an offset or zone after a space.
_SPACED_OFFSET = re.compile(r"\s+(?:([+-]\d{2}):?(\d{2})|(UTC|GMT|Z))$", re.IGNORECASE)
# 03/02/25, 2.3.2025, 2025/03/02 10:15, 3/2/2025 1:05:09 PM
_NUMERIC = re.compile(
    r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?"
)


def parse_datetime(text: str, date_order: str = "ymd") -> datetime:
    """The moment `text` writes, in UTC; a time without an offset is taken as UTC.

    ISO 8601 with or without offset, '2025-03-02 10:15:00 +0800', and numeric dates with '/',
    '.' or '-' whose parts follow `date_order` ("ymd", "dmy" or "mdy"); a four-digit first part
    is always the year. Two-digit years are 20xx. ValueError when it is not a date."""
    text = text.strip()
    if not text:
        raise ValueError(text)
    moment = _iso(text)
    if moment is None:
        moment = _numeric(text, date_order)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    spaced = _SPACED_OFFSET.search(text)
    if spaced is None or len(text) <= 10:
        return None
    zone = f"{spaced[1]}:{spaced[2]}" if spaced[1] else "+00:00"
    try:
        return datetime.fromisoformat(text[: spaced.start()] + zone)
    except ValueError:
        return None


def _numeric(text: str, date_order: str) -> datetime:
    match = _NUMERIC.fullmatch(text)
    if match is None:
        raise ValueError(text)
    first, second, third, hour, minute, second_of_minute, meridiem = match.groups()
    if len(first) == 4 or date_order == "ymd":
        year, month, day = first, second, third
    elif date_order == "dmy":
        day, month, year = first, second, third
    else:
        month, day, year = first, second, third
    if len(year) not in (2, 4) or len(day) > 2:
        raise ValueError(text)
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    hours = int(hour or 0)
    if meridiem:
        if not 1 <= hours <= 12:
            raise ValueError(text)
        hours = hours % 12 + (12 if meridiem.lower() == "pm" else 0)
    return datetime(
        full_year, int(month), int(day), hours, int(minute or 0), int(second_of_minute or 0)
    )

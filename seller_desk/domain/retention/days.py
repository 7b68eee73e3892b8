"""Calendar days in the shop's timezone from UTC instants, and back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo

import numpy as np

from seller_desk.domain.retention.history import Ints

EPOCH = date(1970, 1, 1)
_HOUR = 3600


def local_days(seconds: Ints, zone: tzinfo) -> Ints:
    """Day numbers (days since 1970-01-01) of UTC epoch seconds as calendar days in `zone`.

    The zone's offset is looked up once per distinct hour, not per order: a shop's history has a
    few tens of thousands of hours, its order table a million rows."""
    seconds = np.asarray(seconds, dtype=np.int64)
    if not seconds.size:
        return np.zeros(0, dtype=np.int64)
    hours, inverse = np.unique(seconds // _HOUR, return_inverse=True)
    offsets = np.fromiter(
        (_offset(int(hour) * _HOUR, zone) for hour in hours), dtype=np.int64, count=hours.size
    )
    return (seconds + offsets[inverse]) // 86400


def _offset(second: int, zone: tzinfo) -> int:
    moment = datetime.fromtimestamp(second, UTC).astimezone(zone)
    offset = moment.utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def day_number(day: date) -> int:
    return (day - EPOCH).days


def day_date(number: int) -> date:
    return EPOCH + timedelta(days=int(number))


def day_start(number: int, zone: tzinfo) -> datetime:
    """The first instant of a local calendar day, as an aware datetime in `zone`."""
    d = day_date(number)
    return datetime(d.year, d.month, d.day, tzinfo=zone)

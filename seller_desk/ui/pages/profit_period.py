"""The periods the Profit page offers, as local calendar days and as UTC instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

PERIODS = ("this_month", "last_month", "last_90", "this_year", "last_year", "custom")


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def period_days(kind: str, today: date, first: date | None = None, last: date | None = None
                ) -> tuple[date, date]:
    """(first day, day after the last) of a period; `first`/`last` for custom dates, either
    way round."""
    if kind == "this_month":
        return _month_start(today), _next_month(today)
    if kind == "last_month":
        start = _month_start(_month_start(today) - timedelta(days=1))
        return start, _month_start(today)
    if kind == "last_90":
        return today - timedelta(days=89), today + timedelta(days=1)
    if kind == "this_year":
        return date(today.year, 1, 1), date(today.year + 1, 1, 1)
    if kind == "last_year":
        return date(today.year - 1, 1, 1), date(today.year, 1, 1)
    if kind == "custom":
        a, b = first or today, last or today
        a, b = min(a, b), max(a, b)
        return a, b + timedelta(days=1)
    raise ValueError(f"unknown period {kind!r}; known: {', '.join(PERIODS)}")


def local_start(day: date) -> datetime:
    """Midnight of `day` in this computer's time zone, as a UTC instant."""
    return datetime.combine(day, time(0)).astimezone().astimezone(UTC)


def period_bounds(kind: str, today: date, first: date | None = None, last: date | None = None
                  ) -> tuple[datetime, datetime]:
    start, end = period_days(kind, today, first, last)
    return local_start(start), local_start(end)

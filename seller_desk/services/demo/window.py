"""The demo's 24 months: their days, calendar months, and how busy each day is for a shop."""

from __future__ import annotations

from calendar import monthrange
from datetime import UTC, date, datetime, timedelta

import numpy as np

from seller_desk.domain.fx import previous_business_day

MONTHS = 24
DAY_S = 86_400

# Chinese New Year (first day of the lunar year); outside the table early February is close enough.
_NEW_YEAR = {
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
    2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11),
    2033: (1, 31), 2034: (2, 19), 2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4),
}


def months_before(day: date, months: int) -> date:
    """The same day of the month `months` earlier (the month's last day where it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def chinese_new_year(year: int) -> date:
    month, day = _NEW_YEAR.get(year, (2, 1))
    return date(year, month, day)


def black_friday(year: int) -> date:
    """The day after the fourth Thursday of November."""
    first = date(year, 11, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return thursday + timedelta(days=22)


class DemoWindow:
    """The 24 months before `today` (exclusive), as day indexes from the first midnight (UTC)."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.first_day = months_before(today, MONTHS)
        self.start = datetime.combine(self.first_day, datetime.min.time(), UTC)
        self.end = datetime.combine(today, datetime.min.time(), UTC)
        self.days = (today - self.first_day).days
        dates = [self.first_day + timedelta(days=d) for d in range(self.days)]
        first_month = self._first_month = self.first_day.year * 12 + self.first_day.month
        # Calendar month of each day, 0 for the first (partial) month: rates change by month.
        self.month_of_day = np.array([d.year * 12 + d.month - first_month for d in dates])
        self.months = int(self.month_of_day[-1]) + 1
        # The month whose rates apply on each day: a weekend or holiday takes the rates of the
        # business day before it (so the 1st on a Saturday still converts at last month's).
        self.rate_month_of_day = np.maximum(0, np.array(
            [self.month_of_date(previous_business_day(d)) for d in dates]))
        self.general = _normalised(np.array([_general_weight(d) for d in dates]))
        self.chinese = _normalised(np.array([_chinese_weight(d) for d in dates]))
        self.promo = np.array([_promo(d) for d in dates])
        growth = np.exp(np.log(3.0) * np.arange(self.days) / self.days)
        self.arrivals = {False: growth * self.general, True: growth * self.chinese}

    def month_of_date(self, day: date) -> int:
        """The month index of a calendar day (negative before the window, past it after)."""
        return day.year * 12 + day.month - self._first_month

    def month_of_seconds(self, seconds: np.ndarray) -> np.ndarray:
        return self.month_of_day[np.minimum(seconds // DAY_S, self.days - 1)]


def _promo(day: date) -> bool:
    """Black Friday to Cyber Monday, when most shops run a discount code."""
    friday = black_friday(day.year)
    return friday <= day <= friday + timedelta(days=3)


def _normalised(weights: np.ndarray) -> np.ndarray:
    return weights / weights.mean()


def _general_weight(day: date) -> float:
    """How busy `day` is for shoppers abroad, against an ordinary day."""
    weight = (1.04, 0.98, 0.97, 0.98, 0.96, 0.95, 1.12)[day.weekday()]
    weight *= {1: 0.85, 2: 1.05, 6: 0.85, 7: 0.78, 8: 0.85, 11: 1.25}.get(day.month, 1.0)
    friday = black_friday(day.year)
    if _promo(day):
        weight *= 3.2
    elif friday < day <= friday + timedelta(days=10):
        weight *= 1.3
    if day.month == 12:
        # Christmas gifts sell until the last safe day for shipping from China, then stop.
        weight *= 1.9 if day.day <= 20 else 0.6
    if day.month == 2 and day.day <= 13:
        weight *= 1.15
    return weight


def _chinese_weight(day: date) -> float:
    """Chinese-speaking customers: New Year gifts and Singles' Day, a quieter Christmas."""
    weight = (1.04, 0.98, 0.97, 0.98, 0.96, 0.95, 1.12)[day.weekday()]
    weight *= {6: 0.9, 7: 0.85, 8: 0.9}.get(day.month, 1.0)
    for year in (day.year, day.year + 1):
        new_year = chinese_new_year(year)
        if new_year - timedelta(days=24) <= day < new_year:
            weight *= 2.4
        elif new_year <= day < new_year + timedelta(days=7):
            weight *= 0.5
    if day.month == 11 and 9 <= day.day <= 11:
        weight *= 2.5
    if _promo(day):
        weight *= 1.6
    if day.month == 12 and day.day <= 20:
        weight *= 1.15
    return weight

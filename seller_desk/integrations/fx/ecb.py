"""The ECB euro reference rates: today's XML, the 90-day XML and the full history ZIP."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import requests

from seller_desk.domain.fx import DayRates
from seller_desk.domain.fx_settings import DEFAULT_URLS
from seller_desk.integrations.fx.ecb_files import csv_from_zip, parse_csv, parse_xml
from seller_desk.integrations.fx.responses import fetch, join, on_or_before
from seller_desk.integrations.http import make_session

ECB_URL = DEFAULT_URLS["ecb"]
DAILY_XML = "eurofxref-daily.xml"
NINETY_DAYS_XML = "eurofxref-hist-90d.xml"
HISTORY_ZIP = "eurofxref-hist.zip"
DAILY_ZIP = "eurofxref.zip"
# The 90-day file covers about 90 calendar days back; beyond this the full history is fetched.
RECENT_DAYS = 85


class EcbProvider:
    """Rates per EUR as the ECB publishes them around 16:00 CET on each TARGET business day."""

    name = "ecb"

    def __init__(
        self,
        base_url: str = ECB_URL,
        session: requests.Session | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.base_url = base_url
        self.session = session or make_session()
        self.today = today

    def latest(self) -> DayRates:
        """The newest published day (eurofxref-daily.xml)."""
        days = parse_xml(self._get(DAILY_XML), self.name)
        return max(days, key=lambda rates: rates.day)

    def latest_from_csv(self) -> DayRates:
        """The newest day from eurofxref.zip: the same rates in the daily CSV's own format."""
        days = parse_csv(csv_from_zip(self._get(DAILY_ZIP), self.name), self.name)
        return max(days, key=lambda rates: rates.day)

    def on_day(self, day: date) -> DayRates:
        """The rates of `day`, or of the business day before it (asked_day set) when closed."""
        if self._recent(day):
            recent = self.recent()
            if recent and min(rates.day for rates in recent) <= day:
                return on_or_before(recent, day, self.name)
        return on_or_before(self.history(), day, self.name)

    def between(self, first: date, last: date) -> list[DayRates]:
        """Every published day from `first` to `last`, newest first."""
        if first > last:
            first, last = last, first
        days = self.recent() if self._recent(first) else self.history()
        return [rates for rates in days if first <= rates.day <= last]

    def recent(self) -> list[DayRates]:
        """About the last 90 calendar days (eurofxref-hist-90d.xml), newest first."""
        return parse_xml(self._get(NINETY_DAYS_XML), self.name)

    def history(self) -> list[DayRates]:
        """Every day since 4 January 1999 (eurofxref-hist.zip), newest first."""
        return parse_csv(csv_from_zip(self._get(HISTORY_ZIP), self.name), self.name)

    def _recent(self, day: date) -> bool:
        return day >= self.today() - timedelta(days=RECENT_DAYS)

    def _get(self, file_name: str) -> bytes:
        return fetch(self.session, self.name, join(self.base_url, file_name)).content

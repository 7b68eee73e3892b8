"""Exchange rates: fetch them down the provider chain, store them, answer what a rate was."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from seller_desk.domain.currencies import normalise_currency
from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.fx import (
    BASE,
    DayRates,
    RateProvider,
    business_days_between,
    previous_business_day,
)
from seller_desk.domain.fx_checks import checked_answers, manual_per_eur
from seller_desk.domain.fx_coverage import refresh_due as provider_rates_due
from seller_desk.domain.fx_settings import DEFAULT_URLS, URL_ENV, URL_SETTING, provider_names
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.cross_rates import cross_of
from seller_desk.services.progress import Job
from seller_desk.services.rates_status import RatesStatus, RatesTable, read_lines, read_status
from seller_desk.store.database import Database
from seller_desk.store.queries.fx import StoredRate, newest_rate, rates_on, store_rates
from seller_desk.store.queries.fx_usage import newest_day
from seller_desk.store.queries.settings import base_currency, settings_with_defaults

ProviderFactory = Callable[[str, str], RateProvider]

NO_RATE = QT_TRANSLATE_NOOP(
    "errors", "No rate for {currency} on or before {day}; update the rates or type one in."
)
NONE_ANSWERED = QT_TRANSLATE_NOOP("errors", "No rate provider answered: {failures}")


@dataclass(frozen=True)
class Failure:
    provider: str
    reason: str


@dataclass(frozen=True)
class Fetched:
    """The first answer down the chain, not yet stored, and the providers that failed first."""

    provider: str
    answers: tuple[DayRates, ...]
    failures: tuple[Failure, ...]


@dataclass(frozen=True)
class UpdateOutcome:
    """What `update` stored, from which provider, and which providers failed before it."""

    provider: str
    days: tuple[date, ...]
    asked_day: date | None
    new: int
    changed: int
    unchanged: int
    failures: tuple[Failure, ...]


@dataclass(frozen=True)
class RateAnswer:
    """Units of `to` per unit of `from`, and how trustworthy that is."""

    rate: Decimal
    day_used: date
    asked_day: date
    source: str
    age_business_days: int
    stale: bool

    @property
    def previous_business_day(self) -> bool:
        """The day asked had no rates (weekend, holiday) and the business day before served."""
        return self.day_used < self.asked_day and self.day_used == previous_business_day(
            self.asked_day)


@dataclass(frozen=True)
class RateRow:
    currency: str
    per_eur: Decimal
    per_base: Decimal | None  # None while the base currency has no rate
    day: date
    source: str
    stale: bool


def _http_provider(name: str, base_url: str) -> RateProvider:
    from seller_desk.integrations.fx import provider_for  # only when the network is used
    from seller_desk.integrations.http import make_session

    return provider_for(name, base_url, make_session())


class RatesService:
    def __init__(
        self, database: Database, providers: Mapping[str, RateProvider] | None = None,
        make_provider: ProviderFactory = _http_provider,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._db = database
        self._providers = dict(providers or {})
        self._make_provider = make_provider
        self._today = today
        self._now = now

    def provider_url(self, name: str) -> str:
        """A provider's base URL: its environment variable, else its setting."""
        override = os.environ.get(URL_ENV[name], "").strip()
        if override:
            return override
        with self._db.session() as session:
            return settings_with_defaults(session).get(URL_SETTING[name], DEFAULT_URLS[name])

    def provider(self, name: str) -> RateProvider:
        if name not in self._providers:
            provider_names(name)  # refuses an unknown name with the list of known ones
            self._providers[name] = self._make_provider(name, self.provider_url(name))
        return self._providers[name]

    def chain(self) -> tuple[str, ...]:
        with self._db.session() as session:
            return provider_names(settings_with_defaults(session)["fx_providers"])

    def update(self, provider: str | None = None, day: date | None = None,
               job: Job | None = None) -> UpdateOutcome:
        """Today's rates (or `day`'s) from the first provider of the chain that answers."""
        return self.store(self.fetch(provider, day, job), job)

    def fetch(self, provider: str | None = None, day: date | None = None,
              job: Job | None = None) -> Fetched:
        """`update` without storing: only the network, so it can wait off the write lane."""
        return self._ask(provider, job, lambda p: [p.on_day(day) if day else p.latest()])

    def backfill(self, first: date, last: date, provider: str | None = None,
                 job: Job | None = None) -> UpdateOutcome:
        """Every business day's rates from `first` to `last`."""
        if last < first:
            first, last = last, first
        return self.store(self._ask(provider, job, lambda p: p.between(first, last)), job)

    def _ask(self, provider: str | None, job: Job | None,
             ask: Callable[[RateProvider], Sequence[DayRates]]) -> Fetched:
        job = job or Job()
        names = provider_names(provider) if provider else self.chain()
        failures: list[Failure] = []
        for done, name in enumerate(names):
            job.check()
            job.report(done, len(names), QT_TRANSLATE_NOOP("progress", "Asking rate providers"))
            try:
                answers = checked_answers(name, ask(self.provider(name)))
            except KnownError as error:
                failures.append(Failure(name, str(error)))
                continue
            return Fetched(name, tuple(answers), tuple(failures))
        raise KnownError(NONE_ANSWERED, failures="; ".join(
            f"{f.provider}: {f.reason}" for f in failures))

    def store(self, fetched: Fetched, job: Job | None = None) -> UpdateOutcome:
        """Store what `fetch` brought, in one short transaction (nothing if cancelled first)."""
        job = job or Job()
        job.check()
        with self._db.session() as session:
            written = store_rates(session, fetched.answers, datetime.now(UTC))
        job.report(1, 1, QT_TRANSLATE_NOOP("progress", "Rates stored"))
        answers = fetched.answers
        asked = next((a.asked_day for a in answers if a.asked_day), None)
        return UpdateOutcome(fetched.provider, tuple(sorted({a.day for a in answers})), asked,
                             written.new, written.changed, written.unchanged, fetched.failures)

    def rate(self, from_cur: str, to_cur: str, day: date | None = None) -> RateAnswer:
        """Units of `to_cur` per unit of `from_cur` on `day` (default today), from stored
        rates: the newest on or before the day; never a made-up 1.0."""
        from_cur, to_cur = normalise_currency(from_cur), normalise_currency(to_cur)
        asked = day or self._today()
        with self._db.session() as session:
            stale_after = int(settings_with_defaults(session)["fx_stale_days"])
            found = [self._stored(session, code, asked) for code in {from_cur, to_cur} - {BASE}]
        if not found:
            return RateAnswer(Decimal(1), asked, asked, "", 0, False)
        use = cross_of(found, from_cur, to_cur, asked, stale_after)
        assert use.day is not None
        return RateAnswer(use.rate, use.day, asked, use.source, use.age_business_days,
                          use.stale)

    @staticmethod
    def _stored(session: Session, currency: str, day: date) -> StoredRate:
        row = newest_rate(session, currency, day)
        if row is None:
            raise KnownError(NO_RATE, item=currency, currency=currency, day=day.isoformat())
        return row

    def set_manual(self, currency: str, rate: Decimal | str, day: date | None = None,
                   per_unit_of: str = BASE) -> RateAnswer:
        """Store a rate typed by the seller: `rate` units of `currency` per 1 `per_unit_of`
        on `day`; it wins over the providers' rates for that day."""
        currency, base = normalise_currency(currency), normalise_currency(per_unit_of)
        day = day or self._today()
        if currency == BASE:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "EUR is what every rate is counted against; type the other currency."),
                item=currency)
        with self._db.session() as session:
            base_rate = Decimal(1) if base == BASE else self._stored(session, base, day).per_eur
            per_eur = manual_per_eur(currency, rate, base, base_rate)
            store_rates(session, [DayRates(day, {currency: per_eur}, "manual")],
                        datetime.now(UTC))
        return self.rate(BASE, currency, day)

    def import_manual(self, path: Path) -> UpdateOutcome:
        """Store the rates of a CSV file typed by the seller (date,currency,rate[,base])."""
        from seller_desk.integrations.fx.manual import read_manual_rates

        answers = checked_answers("manual", read_manual_rates(path))
        with self._db.session() as session:
            written = store_rates(session, answers, datetime.now(UTC))
        return UpdateOutcome("manual", tuple(sorted({a.day for a in answers})), None,
                             written.new, written.changed, written.unchanged, ())

    def rates_on(self, day: date | None = None) -> tuple[RateRow, ...]:
        """Each currency's newest rate on or before `day`, per EUR and per base currency."""
        day = day or self._today()
        with self._db.session() as session:
            rows = rates_on(session, day)
            base = base_currency(session)
            stale_after = int(settings_with_defaults(session)["fx_stale_days"])
        per_eur = {code: row.per_eur for code, row in rows.items()}
        base_per_eur = Decimal(1) if base == BASE else per_eur.get(base)
        return tuple(
            RateRow(code, row.per_eur,
                    row.per_eur / base_per_eur if base_per_eur else None, row.day,
                    row.source, business_days_between(row.day, day) > stale_after)
            for code, row in rows.items()
        )

    # -- the rates window and the status bar --------------------------------------------
    def status(self, today: date | None = None) -> RatesStatus:
        """Newest stored day, its age and staleness, and the shop's currencies that lack a
        rate or that no provider of the chain publishes."""
        with self._db.read_session() as session:
            return self._status(session, today or self._today())

    def _status(self, session: Session, today: date) -> RatesStatus:
        settings = settings_with_defaults(session)
        return read_status(session, today, base_currency(session),
                           provider_names(settings["fx_providers"]),
                           int(settings["fx_stale_days"]))

    def table(self, day: date | None = None) -> RatesTable:
        """The rows of the rates window for `day` (default today), with today's status."""
        today = self._today()
        with self._db.read_session() as session:
            status = self._status(session, today)
            return RatesTable(day or today, status.base,
                              read_lines(session, day or today, status), status)

    def refresh_due(self, now: datetime | None = None) -> bool:
        """True when the providers should have newer rates than the newest stored day."""
        with self._db.read_session() as session:
            newest = newest_day(session)
        return provider_rates_due(newest, now or self._now())

    def fetch_if_due(self, job: Job | None = None,
                     now: datetime | None = None) -> Fetched | None:
        """`fetch()` when `refresh_due`, else None: the background refresh's network part."""
        return self.fetch(job=job) if self.refresh_due(now) else None

    def update_if_due(self, job: Job | None = None,
                      now: datetime | None = None) -> UpdateOutcome | None:
        """`update()` when `refresh_due`, else nothing (None)."""
        fetched = self.fetch_if_due(job, now)
        return None if fetched is None else self.store(fetched, job)

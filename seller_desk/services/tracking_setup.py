"""Which tracking service to ask, where it lives and with which key (environment, then keyring)."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

import requests
from sqlalchemy.orm import Session

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.shipments import FlagRules
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.domain.tracking import PROVIDER_NAMES, Provider
from seller_desk.domain.tracking_settings import (
    DEFAULT_TRACKING_URLS,
    KEY_ENV,
    URL_ENV,
    URL_SETTING,
    days_by_country,
)
from seller_desk.integrations.http import RetryPolicy, make_session
from seller_desk.integrations.tracking import Throttle, TrackingClient, make_client
from seller_desk.services.secrets import SecretStore
from seller_desk.store.database import Database
from seller_desk.store.queries.settings import settings_with_defaults

# The tracking clients retry 429s and 5xx themselves, honouring the vendors' rate headers; the
# session repeating GETs as well would multiply the waits.
NO_RETRY = RetryPolicy(attempts=1)
NO_KEY = QT_TRANSLATE_NOOP(
    "errors", "No API key for {provider} yet: add it in Settings → Shipments and tracking, or "
    "set ${variable}.")


@dataclass(frozen=True)
class TrackingConfig:
    """What a lookup would use, for the window and the CLI to show (never the key itself)."""

    provider: Provider
    url: str
    key_from: str  # "environment", "keyring", "session" or "" (no key)
    keyring_persistent: bool
    refresh_minutes: int

    @property
    def has_key(self) -> bool:
        return bool(self.key_from)


def secret_name(provider: Provider) -> str:
    return f"tracking:{provider.value}"


def flag_rules(settings: dict[str, str]) -> FlagRules:
    """The shop's stuck and promise thresholds from its settings (with defaults)."""
    return FlagRules(
        stuck_days=int(settings["tracking_stuck_days"]),
        stuck_by_country=days_by_country(settings["tracking_stuck_days_by_country"]),
        promise_days=int(settings["delivery_promise_days"]),
        promise_by_country=days_by_country(settings["delivery_promise_days_by_country"]),
    )


def rules_in(session: Session) -> FlagRules:
    return flag_rules(settings_with_defaults(session))


class TrackingSetup:
    def __init__(self, database: Database, secrets: SecretStore,
                 http: Callable[[], requests.Session] = lambda: make_session(retry=NO_RETRY)
                 ) -> None:
        self._db = database
        self.secrets = secrets
        self._http = http

    def settings(self) -> dict[str, str]:
        with self._db.read_session() as session:
            return settings_with_defaults(session)

    def rules(self) -> FlagRules:
        return flag_rules(self.settings())

    def config(self, provider: Provider | str | None = None) -> TrackingConfig:
        settings = self.settings()
        chosen = Provider(provider or settings["tracking_provider"])
        url = (os.environ.get(URL_ENV[chosen], "").strip()
               or settings.get(URL_SETTING[chosen]) or DEFAULT_TRACKING_URLS[chosen])
        if not url.endswith("/"):
            url += "/"
        _, origin = self._key(chosen)
        return TrackingConfig(chosen, url, origin, self.secrets.persistent,
                              int(settings["tracking_refresh_minutes"]))

    def set_key(self, provider: Provider | str, key: str) -> bool:
        """Keep the API key; True when the keyring holds it, False when only this session."""
        key = key.strip()
        if not key or any(ch.isspace() for ch in key):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "errors", "Paste the API key as your tracking service shows it: one word, "
                "no spaces."), item="key")
        return self.secrets.put(secret_name(Provider(provider)), key)

    def forget_key(self, provider: Provider | str) -> None:
        self.secrets.forget(secret_name(Provider(provider)))

    def client(self, provider: Provider | str | None = None) -> TrackingClient:
        """A client for the chosen service; ValidationError when it has no key."""
        config = self.config(provider)
        key, _ = self._key(config.provider)
        if not key:
            raise ValidationError(NO_KEY, item=config.provider.value,
                                  provider=PROVIDER_NAMES[config.provider],
                                  variable=KEY_ENV[config.provider])
        pace = None
        if config.provider is Provider.SEVENTEEN:
            pace = Throttle(int(self.settings()["tracking_17track_per_second"]))
        return make_client(config.provider, key, config.url, session=self._http(),
                           throttle=pace)

    def _key(self, provider: Provider) -> tuple[str, str]:
        from_env = os.environ.get(KEY_ENV[provider], "").strip()
        if from_env:
            return from_env, "environment"
        stored = self.secrets.get(secret_name(provider))
        if stored:
            return stored, "keyring" if self.secrets.persistent else "session"
        return "", ""

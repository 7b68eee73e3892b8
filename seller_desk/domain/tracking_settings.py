"""Tracking settings: which service looks parcels up, how often, when one is stuck or late."""

from __future__ import annotations

from collections.abc import Callable

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.setting_spec import SettingSpec, web_address, whole_number
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.domain.tracking import PROVIDER_NAMES, Provider

DEFAULT_TRACKING_URLS: dict[Provider, str] = {
    Provider.SEVENTEEN: "https://api.17track.net/track/v2.2/",
    Provider.AFTERSHIP: "https://api.aftership.com/tracking/2025-07/",
}
URL_SETTING: dict[Provider, str] = {Provider.SEVENTEEN: "tracking_17track_url",
                                    Provider.AFTERSHIP: "tracking_aftership_url"}
URL_ENV: dict[Provider, str] = {Provider.SEVENTEEN: "SELLER_DESK_17TRACK_URL",
                                Provider.AFTERSHIP: "SELLER_DESK_AFTERSHIP_URL"}
KEY_ENV: dict[Provider, str] = {Provider.SEVENTEEN: "SELLER_DESK_17TRACK_KEY",
                                Provider.AFTERSHIP: "SELLER_DESK_AFTERSHIP_KEY"}
MAX_DAYS = 120


def days_by_country(text: str) -> dict[str, int]:
    """"CN=12, US=5" as {"CN": 12, "US": 5}; refuses a bad country or number, naming it."""
    days: dict[str, int] = {}
    for part in text.replace(";", ",").replace("\n", ",").split(","):
        if not part.strip():
            continue
        country, equals, value = part.partition("=")
        country = country.strip().upper()
        if not equals or len(country) != 2 or not country.isalpha():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Write each country as CODE=days, for example "
                                  "CN=12; {part} is not."), item=part.strip(), part=part.strip())
        try:
            number = int(value.strip())
        except ValueError:
            number = -1
        if not 1 <= number <= MAX_DAYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The days for {country} must be a whole number "
                                  "from 1 to {high}."),
                item=country, country=country, high=MAX_DAYS)
        days[country] = number
    return days


def _days_text(text: str) -> str:
    return ", ".join(f"{country}={days}" for country, days in sorted(days_by_country(text).items()))


def _provider(text: str) -> str:
    name = text.strip().lower()
    if name in {"17track", "aftership"}:
        return name
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Unknown tracking service {name}; choose 17track or "
                          "aftership."), item=text, name=text)


def _spec(key: str, label: str, help: str, default: str, clean: Callable[[str], str],
          choices: tuple[str, ...] = (), placeholder: str = "") -> SettingSpec:
    return SettingSpec(key, label, help, default, clean, choices, group="tracking",
                       placeholder=placeholder)


TRACKING_SETTINGS: tuple[SettingSpec, ...] = (
    _spec("tracking_provider", QT_TRANSLATE_NOOP("settings", "Tracking service"),
          QT_TRANSLATE_NOOP("settings", "Looks parcels up with the carriers; its API key is kept "
                            "in your system's keyring."),
          Provider.SEVENTEEN.value, _provider, tuple(p.value for p in PROVIDER_NAMES)),
    _spec("tracking_refresh_minutes", QT_TRANSLATE_NOOP("settings", "Refresh tracking every "
                                                        "(minutes)"),
          QT_TRANSLATE_NOOP("settings", "While Seller Desk is open; 0 refreshes only when you "
                            "ask."), "60", whole_number(0, 1440)),
    _spec("tracking_17track_per_second",
          QT_TRANSLATE_NOOP("settings", "17TRACK requests per second"),
          QT_TRANSLATE_NOOP("settings", "17TRACK allows 3 a second on a standard key; raise it "
                            "only if your plan allows more."), "3", whole_number(1, 100)),
    _spec("tracking_stuck_days", QT_TRANSLATE_NOOP("settings", "Stuck after (days without news)"),
          QT_TRANSLATE_NOOP("settings", "A parcel with no new scan for this many days is "
                            "flagged as stuck."), "7", whole_number(1, MAX_DAYS)),
    _spec("tracking_stuck_days_by_country",
          QT_TRANSLATE_NOOP("settings", "Stuck after, per destination"),
          QT_TRANSLATE_NOOP("settings", "Countries where parcels go quiet longer (or shorter), "
                            "as CODE=days: BR=15, US=5."), "BR=15, RU=15", _days_text,
          placeholder=QT_TRANSLATE_NOOP("settings", "Empty: the same everywhere")),
    _spec("delivery_promise_days", QT_TRANSLATE_NOOP("settings", "Delivery promised within "
                                                     "(days)"),
          QT_TRANSLATE_NOOP("settings", "From the ship date; a parcel delivered later is "
                            "flagged late."), "20", whole_number(1, MAX_DAYS)),
    _spec("delivery_promise_days_by_country",
          QT_TRANSLATE_NOOP("settings", "Delivery promise, per destination"),
          QT_TRANSLATE_NOOP("settings", "Countries with a different promise, as CODE=days: "
                            "US=7, AU=20."), "", _days_text,
          placeholder=QT_TRANSLATE_NOOP("settings", "Empty: the same everywhere")),
    _spec(URL_SETTING[Provider.SEVENTEEN], QT_TRANSLATE_NOOP("settings", "17TRACK address"),
          QT_TRANSLATE_NOOP("settings", "The 17TRACK v2.2 API; $SELLER_DESK_17TRACK_URL wins."),
          DEFAULT_TRACKING_URLS[Provider.SEVENTEEN], web_address),
    _spec(URL_SETTING[Provider.AFTERSHIP], QT_TRANSLATE_NOOP("settings", "AfterShip address"),
          QT_TRANSLATE_NOOP("settings", "The AfterShip tracking API (a dated version); "
                            "$SELLER_DESK_AFTERSHIP_URL wins."),
          DEFAULT_TRACKING_URLS[Provider.AFTERSHIP], web_address),
)

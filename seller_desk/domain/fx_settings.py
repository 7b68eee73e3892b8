"""The exchange-rate settings: which providers to ask, in what order, and where they live."""

from __future__ import annotations

from collections.abc import Callable

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.setting_spec import SettingSpec, web_address, whole_number
from seller_desk.domain.text import QT_TRANSLATE_NOOP

PROVIDERS = ("ecb", "frankfurter", "forex-python")
DEFAULT_URLS: dict[str, str] = {
    "ecb": "https://www.ecb.europa.eu/stats/eurofxref/",
    "frankfurter": "https://api.frankfurter.dev/v1/",
    "forex-python": "https://theratesapi.com/api/",
}
# The setting and the environment variable that name each provider's base URL.
URL_SETTING: dict[str, str] = {
    "ecb": "fx_ecb_url", "frankfurter": "fx_frankfurter_url",
    "forex-python": "fx_forex_python_url",
}
URL_ENV: dict[str, str] = {
    "ecb": "SELLER_DESK_ECB_URL", "frankfurter": "SELLER_DESK_FRANKFURTER_URL",
    "forex-python": "SELLER_DESK_FOREX_PYTHON_URL",
}


def provider_names(text: str) -> tuple[str, ...]:
    """The provider chain typed as "ecb, frankfurter": known names, in order, no repeats."""
    names: list[str] = []
    for part in text.replace(";", ",").split(","):
        name = part.strip().lower()
        if not name or name in names:
            continue
        if name not in PROVIDERS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Unknown rate provider {name}; choose from: {choices}."
                ),
                item=name, name=name, choices=", ".join(PROVIDERS),
            )
        names.append(name)
    if not names:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Name at least one rate provider."))
    return tuple(names)


def _chain(text: str) -> str:
    return ",".join(provider_names(text))


def _spec(key: str, label: str, help: str, default: str,
          clean: Callable[[str], str]) -> SettingSpec:
    return SettingSpec(key, label, help, default, clean, group="rates")


FX_SETTINGS: tuple[SettingSpec, ...] = (
    _spec(
        "fx_providers",
        QT_TRANSLATE_NOOP("settings", "Rate providers"),
        QT_TRANSLATE_NOOP(
            "settings", "Asked in this order until one answers: ecb, frankfurter, forex-python."
        ),
        ",".join(PROVIDERS),
        _chain,
    ),
    _spec(
        "fx_stale_days",
        QT_TRANSLATE_NOOP("settings", "Rates are old after (business days)"),
        QT_TRANSLATE_NOOP("settings", "A rate older than this is flagged as out of date."),
        "3",
        whole_number(1, 60),
    ),
    _spec(
        "fx_ecb_url",
        QT_TRANSLATE_NOOP("settings", "ECB address"),
        QT_TRANSLATE_NOOP(
            "settings", "Where the ECB reference rates are read; $SELLER_DESK_ECB_URL wins."
        ),
        DEFAULT_URLS["ecb"],
        web_address,
    ),
    _spec(
        "fx_frankfurter_url",
        QT_TRANSLATE_NOOP("settings", "Frankfurter address"),
        QT_TRANSLATE_NOOP(
            "settings", "The Frankfurter v1 API; $SELLER_DESK_FRANKFURTER_URL wins."
        ),
        DEFAULT_URLS["frankfurter"],
        web_address,
    ),
    _spec(
        "fx_forex_python_url",
        QT_TRANSLATE_NOOP("settings", "forex-python address"),
        QT_TRANSLATE_NOOP(
            "settings", "The source forex-python reads; $SELLER_DESK_FOREX_PYTHON_URL wins."
        ),
        DEFAULT_URLS["forex-python"],
        web_address,
    ),
)

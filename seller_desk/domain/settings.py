"""The shop's settings declared as data: key, kind, default and validation, for CLI and UI alike."""

from __future__ import annotations

from seller_desk.domain.currencies import normalise_currency
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.fx_settings import FX_SETTINGS
from seller_desk.domain.pricing_settings import PRICING_SETTINGS
from seller_desk.domain.retention.settings import RETENTION_SETTINGS
from seller_desk.domain.setting_spec import SettingSpec, whole_number
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.domain.tracking_settings import TRACKING_SETTINGS

LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}


def _shop_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The shop name cannot be empty."))
    if len(name) > 80:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The shop name is longer than {limit} characters."),
            limit=80,
        )
    return name


def _language(text: str) -> str:
    code = text.strip().replace("-", "_")
    for known in LANGUAGES:
        if code.lower() == known.lower():
            return known
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Unknown language {code}; choose one of: {choices}."),
        item=text, code=text, choices=", ".join(LANGUAGES),
    )


def _your_name(text: str) -> str:
    name = " ".join(text.split())
    if len(name) > 80:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Your name is longer than {limit} characters."), limit=80
        )
    return name


SHOP_SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "shop_name",
        QT_TRANSLATE_NOOP("settings", "Shop name"),
        QT_TRANSLATE_NOOP("settings", "Shown in the title bar and on reports."),
        "",
        _shop_name,
    ),
    SettingSpec(
        "base_currency",
        QT_TRANSLATE_NOOP("settings", "Base currency"),
        QT_TRANSLATE_NOOP("settings", "Your home currency: totals and reports are shown in it."),
        "USD",
        normalise_currency,
    ),
    SettingSpec(
        "language",
        QT_TRANSLATE_NOOP("settings", "Language"),
        QT_TRANSLATE_NOOP("settings", "The language of the Seller Desk window."),
        "en",
        _language,
        tuple(LANGUAGES),
    ),
    SettingSpec(
        "your_name",
        QT_TRANSLATE_NOOP("settings", "Your name"),
        QT_TRANSLATE_NOOP(
            "settings", "Signed on notes and status changes; empty uses your computer login."
        ),
        "",
        _your_name,
    ),
)

SYNC_SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "sync_minutes",
        QT_TRANSLATE_NOOP("settings", "Sync every (minutes)"),
        QT_TRANSLATE_NOOP(
            "settings", "While Seller Desk is open, the accounts set to sync automatically; "
            "0 syncs only when you ask."
        ),
        "30",
        whole_number(0, 1440),
        group="sync",
    ),
)

SETTINGS: tuple[SettingSpec, ...] = (
    SHOP_SETTINGS + RETENTION_SETTINGS + FX_SETTINGS + PRICING_SETTINGS + TRACKING_SETTINGS
    + SYNC_SETTINGS
)
SETTINGS_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}


def setting_spec(key: str) -> SettingSpec:
    try:
        return SETTINGS_BY_KEY[key]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "There is no setting called {key}; known: {known}."),
            item=key, key=key, known=", ".join(SETTINGS_BY_KEY),
        ) from None

"""The pricing settings: how shelf prices end per currency, and when a rate move alerts."""

from __future__ import annotations

from decimal import Decimal

from seller_desk.domain.price_endings import DEFAULT_PRICE_ENDINGS, clean_price_endings
from seller_desk.domain.setting_spec import SettingSpec, decimal_number
from seller_desk.domain.text import QT_TRANSLATE_NOOP

PRICING_SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "price_endings",
        QT_TRANSLATE_NOOP("settings", "Price endings"),
        QT_TRANSLATE_NOOP(
            "settings", "How shelf prices end, per currency: USD=.99 ends in .99, JPY=10 is a "
            "whole multiple of 10, CHF=0.05 a multiple of 0.05. Others round to the cent."),
        DEFAULT_PRICE_ENDINGS,
        clean_price_endings,
        group="pricing",
        placeholder=QT_TRANSLATE_NOOP("settings", "Empty: every price rounds to the cent"),
    ),
    SettingSpec(
        "rate_alert_pct",
        QT_TRANSLATE_NOOP("settings", "Rate-move alert (%)"),
        QT_TRANSLATE_NOOP(
            "settings", "Flag a listing when a rate moved more than this since its price was "
            "set and its margin fell below the market's minimum."),
        "3",
        decimal_number(Decimal(0), Decimal(100)),
        group="pricing",
    ),
)

"""The retention and loyalty settings (RETENTION.md thresholds), and the rules built from them."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.lifecycle import LifecycleRules
from seller_desk.domain.retention.loyalty import DEFAULT_TIERS_TEXT, LoyaltyRules, parse_tiers
from seller_desk.domain.setting_spec import SettingSpec, decimal_number, whole_number
from seller_desk.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from seller_desk.domain.retention.clv import ClvTerms


def _timezone(text: str) -> str:
    name = text.strip()
    if not name:
        return ""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} is not a time zone; write it like Europe/Berlin or Asia/Shanghai."
            ),
            name=name,
        ) from None
    return name


def _tiers(text: str) -> str:
    # Checked with three decimals here; the shop service checks again with the base currency's.
    parse_tiers(text, 3)
    return " ".join(text.split())


def _spec(key: str, label: str, help: str, default: str, clean: object, group: str,
          placeholder: str = "") -> SettingSpec:
    return SettingSpec(key, label, help, default, clean, group=group,  # type: ignore[arg-type]
                       placeholder=placeholder)


_R, _L = "retention", "loyalty"
RETENTION_SETTINGS: tuple[SettingSpec, ...] = (
    _spec(
        "timezone",
        QT_TRANSLATE_NOOP("settings", "Time zone"),
        QT_TRANSLATE_NOOP(
            "settings",
            "The shop's time zone, which decides an order's day and "
            "month (Europe/Berlin); empty uses this computer's.",
        ),
        "",
        _timezone,
        _R,
        QT_TRANSLATE_NOOP("settings", "This computer's time zone"),
    ),
    _spec(
        "cycle_min_days",
        QT_TRANSLATE_NOOP("settings", "Shortest repurchase cycle (days)"),
        QT_TRANSLATE_NOOP("settings", "The shop's repurchase cycle is never taken as shorter."),
        "30",
        whole_number(1, 3650),
        _R,
    ),
    _spec(
        "churn_cycles",
        QT_TRANSLATE_NOOP("settings", "Churned after (cycles)"),
        QT_TRANSLATE_NOOP(
            "settings", "A customer has churned after this many repurchase cycles without an order…"
        ),
        "3",
        decimal_number(Decimal(1), Decimal(20)),
        _R,
    ),
    _spec(
        "churn_min_days",
        QT_TRANSLATE_NOOP("settings", "…and at least (days)"),
        QT_TRANSLATE_NOOP("settings", "…and never sooner than this many days."),
        "180",
        whole_number(1, 3650),
        _R,
    ),
    _spec(
        "declining_cycles",
        QT_TRANSLATE_NOOP("settings", "Declining after (own cycles)"),
        QT_TRANSLATE_NOOP(
            "settings",
            "A customer is declining when the time since the last "
            "order passes this many of their own cycles.",
        ),
        "1.5",
        decimal_number(Decimal(1), Decimal(20)),
        _R,
    ),
    _spec(
        "mature_orders",
        QT_TRANSLATE_NOOP("settings", "Mature from (orders)"),
        QT_TRANSLATE_NOOP("settings", "Orders a mature customer has placed at least."),
        "4",
        whole_number(2, 1000),
        _R,
    ),
    _spec(
        "mature_days",
        QT_TRANSLATE_NOOP("settings", "Mature after (days)"),
        QT_TRANSLATE_NOOP("settings", "Days since a mature customer's first order, at least."),
        "365",
        whole_number(1, 3650),
        _R,
    ),
    _spec(
        "clv_months",
        QT_TRANSLATE_NOOP("settings", "Lifetime value horizon (months)"),
        QT_TRANSLATE_NOOP("settings", "How far ahead lifetime value looks."),
        "12",
        whole_number(1, 120),
        _R,
    ),
    _spec(
        "clv_annual_discount",
        QT_TRANSLATE_NOOP("settings", "Discount rate (% a year)"),
        QT_TRANSLATE_NOOP(
            "settings", "Money later is worth less: future spend is discounted at this yearly rate."
        ),
        "10",
        decimal_number(Decimal(0), Decimal(100)),
        _R,
    ),
    _spec(
        "clv_margin",
        QT_TRANSLATE_NOOP("settings", "Contribution margin (%)"),
        QT_TRANSLATE_NOOP(
            "settings",
            "The share of spend the shop keeps; empty uses the margin measured from listing costs.",
        ),
        "",
        decimal_number(Decimal(0), Decimal(100), blank=True),
        _R,
        QT_TRANSLATE_NOOP("settings", "Measured from listing costs"),
    ),
    _spec(
        "loyalty_points_per_unit",
        QT_TRANSLATE_NOOP("settings", "Points per unit spent"),
        QT_TRANSLATE_NOOP("settings", "Points earned per whole unit of the base currency spent."),
        "1",
        decimal_number(Decimal(0), Decimal(1000)),
        _L,
    ),
    _spec(
        "loyalty_expiry_months",
        QT_TRANSLATE_NOOP("settings", "Points expire after (months)"),
        QT_TRANSLATE_NOOP("settings", "0 keeps points for ever."),
        "12",
        whole_number(0, 120),
        _L,
    ),
    _spec(
        "loyalty_tiers",
        QT_TRANSLATE_NOOP("settings", "Tiers"),
        QT_TRANSLATE_NOOP(
            "settings",
            "Tier names and the spend over the last 12 months (base "
            "currency) each needs, lowest first: Bronze: 0, Silver: 500.",
        ),
        DEFAULT_TIERS_TEXT,
        _tiers,
        _L,
    ),
)


def lifecycle_rules(values: Mapping[str, str]) -> LifecycleRules:
    return LifecycleRules(
        min_cycle_days=int(values["cycle_min_days"]),
        churn_cycles=float(values["churn_cycles"]),
        churn_min_days=int(values["churn_min_days"]),
        declining_cycles=float(values["declining_cycles"]),
        mature_orders=int(values["mature_orders"]),
        mature_days=int(values["mature_days"]),
    )


def clv_terms(values: Mapping[str, str], measured_margin: float) -> ClvTerms:
    """The CLV terms; the margin set by hand, else the one measured from costs."""
    # The models (and scipy) load when lifetime value is first needed, not with the settings.
    from seller_desk.domain.retention.clv import ClvTerms
    margin = values["clv_margin"]
    return ClvTerms(
        months=int(values["clv_months"]),
        annual_discount=float(Decimal(values["clv_annual_discount"]) / 100),
        margin=float(Decimal(margin) / 100) if margin else measured_margin,
    )


def loyalty_rules(values: Mapping[str, str], minor_digits: int) -> LoyaltyRules:
    return LoyaltyRules(
        points_per_unit=Decimal(values["loyalty_points_per_unit"]),
        expiry_months=int(values["loyalty_expiry_months"]),
        tiers=parse_tiers(values["loyalty_tiers"], minor_digits),
    )

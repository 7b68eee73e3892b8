"""Loyalty points and tiers (RETENTION.md "Loyalty"): rules, parsing, points, tier changes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import numpy as np
import numpy.typing as npt

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.history import Ints, PurchaseHistory, first_day_of_month, month_of
from seller_desk.domain.text import QT_TRANSLATE_NOOP

NO_TIERS = QT_TRANSLATE_NOOP("errors", "Give at least one tier, like Bronze: 0, Silver: 500.")
BAD_TIER = QT_TRANSLATE_NOOP(
    "errors", "A tier is written name: amount, like Silver: 500; not {text}."
)
BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "errors", "The amount of tier {name} must be a number of 0 or more; not {amount}."
)
TOO_PRECISE = QT_TRANSLATE_NOOP(
    "errors", "The amount of tier {name} has more decimals than the currency allows "
    "({digits}): {amount}."
)
FIRST_NOT_ZERO = QT_TRANSLATE_NOOP(
    "errors", "The first tier must start at 0, so that every customer has one; {name} starts "
    "at {amount}."
)
NOT_ASCENDING = QT_TRANSLATE_NOOP(
    "errors", "Each tier needs a higher amount than the one before it: {name} ({amount}) "
    "comes after {previous} ({previous_amount})."
)
DUPLICATE_TIER = QT_TRANSLATE_NOOP("errors", "Two tiers are called {name}.")
LONG_TIER_NAME = QT_TRANSLATE_NOOP(
    "errors", "The tier name {name} is longer than {limit} characters."
)
BAD_POINTS_RATE = QT_TRANSLATE_NOOP(
    "errors", "Points per unit must be a number of 0 or more; not {value}."
)
BAD_EXPIRY = QT_TRANSLATE_NOOP(
    "errors", "Points expire after 0 months (never) or more; not {months}."
)

# The default tier names, marked so the UI can offer them translated when it first writes the
# setting; once stored, names are the seller's own text.
TIER_NAMES = (
    QT_TRANSLATE_NOOP("retention", "Bronze"),
    QT_TRANSLATE_NOOP("retention", "Silver"),
    QT_TRANSLATE_NOOP("retention", "Gold"),
)
DEFAULT_TIERS_TEXT = "Bronze: 0, Silver: 500, Gold: 2000"  # base currency, major units
MAX_TIER_NAME = 40
# Commas and semicolons between tiers, ASCII or full-width (typed with a Chinese input method).
_SEPARATORS = re.compile(r"[,;\n，；、]")


@dataclass(frozen=True)
class Tier:
    name: str
    threshold_minor: int  # 12-month net spend (base currency, minor units) that reaches it


def _amount_text(minor: int, minor_digits: int) -> str:
    """500 rather than 500.00 when whole, so a formatted list reads as typed."""
    unit = 10**minor_digits
    if minor % unit == 0:
        return str(minor // unit)
    return f"{Decimal(minor).scaleb(-minor_digits):.{minor_digits}f}"


def _parse_tier(part: str, minor_digits: int) -> Tier:
    name, colon, amount_text = part.replace("：", ":").rpartition(":")
    name = " ".join(name.split())
    amount_text = amount_text.strip()
    if not colon or not name or not amount_text:
        raise ValidationError(BAD_TIER, item=part, text=part)
    if len(name) > MAX_TIER_NAME:
        raise ValidationError(LONG_TIER_NAME, item=part, name=name, limit=MAX_TIER_NAME)
    try:
        amount = Decimal(amount_text)
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite() or amount < 0:
        raise ValidationError(BAD_AMOUNT, item=part, name=name, amount=amount_text)
    scaled = amount.scaleb(minor_digits)
    # 500.50 is fine for a 2-digit currency, 500.505 is not; trailing zeros do not matter.
    if scaled != scaled.to_integral_value():
        raise ValidationError(
            TOO_PRECISE, item=part, name=name, amount=amount_text, digits=minor_digits
        )
    return Tier(name, int(scaled))


def _check_tiers(tiers: tuple[Tier, ...], minor_digits: int) -> None:
    if not tiers:
        raise ValidationError(NO_TIERS)
    first = tiers[0]
    if first.threshold_minor != 0:
        raise ValidationError(
            FIRST_NOT_ZERO, item=first.name, name=first.name,
            amount=_amount_text(first.threshold_minor, minor_digits),
        )
    seen: set[str] = set()
    for previous, tier in zip((None, *tiers), tiers, strict=False):
        key = tier.name.casefold()
        if key in seen:
            raise ValidationError(DUPLICATE_TIER, item=tier.name, name=tier.name)
        seen.add(key)
        if previous is not None and tier.threshold_minor <= previous.threshold_minor:
            raise ValidationError(
                NOT_ASCENDING, item=tier.name, name=tier.name,
                amount=_amount_text(tier.threshold_minor, minor_digits),
                previous=previous.name,
                previous_amount=_amount_text(previous.threshold_minor, minor_digits),
            )


def parse_tiers(text: str, minor_digits: int) -> tuple[Tier, ...]:
    """Tiers typed as "Bronze: 0, Silver: 500, Gold: 2000" (amounts in major units of the base
    currency, with at most `minor_digits` decimals), lowest first, the first at 0, names
    unique (ignoring case); ValidationError naming the first problem otherwise."""
    parts = [part.strip() for part in _SEPARATORS.split(text) if part.strip()]
    tiers = tuple(_parse_tier(part, minor_digits) for part in parts)
    _check_tiers(tiers, minor_digits)
    return tiers


def format_tiers(tiers: tuple[Tier, ...], minor_digits: int) -> str:
    """The text parse_tiers reads back to the same tiers."""
    return ", ".join(
        f"{tier.name}: {_amount_text(tier.threshold_minor, minor_digits)}" for tier in tiers
    )


def default_tiers(minor_digits: int) -> tuple[Tier, ...]:
    """Bronze 0, Silver 500, Gold 2000 in major units of a currency with `minor_digits`."""
    return parse_tiers(DEFAULT_TIERS_TEXT, minor_digits)


@dataclass(frozen=True)
class LoyaltyRules:
    """The loyalty settings. The default tiers assume a 2-digit currency: use
    default_tiers(minor_digits) for others (JPY 0, KWD 3)."""

    points_per_unit: Decimal = Decimal(1)
    expiry_months: int = 12  # 0 = points never expire
    tiers: tuple[Tier, ...] = default_tiers(2)

    def __post_init__(self) -> None:
        ppu = self.points_per_unit
        if not isinstance(ppu, Decimal) or not ppu.is_finite() or ppu < 0:
            raise ValidationError(BAD_POINTS_RATE, value=str(ppu))
        if self.expiry_months < 0:
            raise ValidationError(BAD_EXPIRY, months=self.expiry_months)
        _check_tiers(self.tiers, 2)  # digits only shape the amounts quoted in a message


def order_points(net_minor: int, minor_digits: int, points_per_unit: Decimal) -> int:
    """floor(net spend in major units x points per unit), exactly (integers, no float); 0 for
    an order whose net value is 0 or less."""
    if net_minor <= 0 or points_per_unit <= 0:
        return 0
    num, den = points_per_unit.as_integer_ratio()
    return (net_minor * num) // (den * 10**minor_digits)


def orders_points(net_minor: Ints, minor_digits: int, points_per_unit: Decimal) -> Ints:
    """order_points of many orders at once."""
    net = np.maximum(np.asarray(net_minor, dtype=np.int64), 0)
    if not net.size or points_per_unit <= 0:
        return np.zeros(net.shape, dtype=np.int64)
    num, den = points_per_unit.as_integer_ratio()
    scale = den * 10**minor_digits
    if int(net.max()) * num < 2**63 and num < 2**63 and scale < 2**63:
        return (net * num) // scale
    # Products past int64 (huge rates or amounts): exact Python integers, slower but rare.
    exact = [(int(v) * num) // scale for v in net.ravel().tolist()]
    return np.array(exact, dtype=np.int64).reshape(net.shape)


def refund_points(
    net_before_minor: int, net_after_minor: int, minor_digits: int, points_per_unit: Decimal
) -> int:
    """The (zero or negative) points change when a refund lowers an order's net value."""
    return order_points(net_after_minor, minor_digits, points_per_unit) - order_points(
        net_before_minor, minor_digits, points_per_unit
    )


def add_months_array(days: npt.ArrayLike, months: int | Ints) -> Ints:
    """Each day number moved by `months` calendar months, keeping the day of the month and
    clamping it to the last day of a shorter month (Jan 31 + 1 month = Feb 28 or 29)."""
    d = np.asarray(days, dtype=np.int64)
    month = month_of(d)
    day_of_month = d - first_day_of_month(month)
    target = month + np.asarray(months, dtype=np.int64)
    start = first_day_of_month(target)
    length = first_day_of_month(target + 1) - start
    return (start + np.minimum(day_of_month, length - 1)).astype(np.int64)


def add_months(day: int, months: int) -> int:
    """`day` moved by `months` calendar months, clamped to the end of a shorter month."""
    return int(add_months_array(np.array([day]), months)[0])


def expiry_day(earned_day: int, expiry_months: int) -> int | None:
    """The first day points earned on `earned_day` are no longer valid; None: never expire."""
    return add_months(earned_day, expiry_months) if expiry_months > 0 else None


def tier_index(spend_12m_minor: Ints, tiers: tuple[Tier, ...]) -> Ints:
    """Index into `tiers` of the highest threshold each spend reaches (0 below the second)."""
    thresholds = np.array([tier.threshold_minor for tier in tiers], dtype=np.int64)
    spend = np.asarray(spend_12m_minor, dtype=np.int64)
    return np.maximum(np.searchsorted(thresholds, spend, side="right") - 1, 0).astype(np.int64)


def twelve_month_spend(history: PurchaseHistory, as_of_day: int) -> tuple[Ints, Ints]:
    """(customer, net spend) of every customer with an order up to `as_of_day`, counting the
    orders still in their 12-month window: day <= as_of_day < add_months(day, 12)."""
    h = history.until(as_of_day)
    if not len(h):
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.copy()
    counted = np.where(add_months_array(h.day, 12) > as_of_day, h.value, 0)
    new = np.ones(h.customer.size, dtype=bool)
    new[1:] = h.customer[1:] != h.customer[:-1]
    starts = np.flatnonzero(new)
    return h.customer[starts], np.add.reduceat(counted, starts).astype(np.int64)


def tier_timeline(
    days: Ints, values: Ints, tiers: tuple[Tier, ...], until_day: int
) -> tuple[tuple[int, int], ...]:
    """One customer's tier changes up to `until_day`, as (day, tier index), from the counted
    orders' days and net values. Spend over the last 12 months only changes on an order day
    or on the day an order leaves the window (add_months(day, 12)), so those are the days
    checked; the customer starts in tier 0, which is not listed."""
    d = np.asarray(days, dtype=np.int64)
    v = np.asarray(values, dtype=np.int64)
    order = np.argsort(d, kind="stable")
    d, v = d[order], v[order]
    leave = add_months_array(d, 12)  # non-decreasing, as d is sorted
    checks = np.unique(np.concatenate((d, leave)))
    checks = checks[checks <= until_day]
    if not checks.size:
        return ()
    running = np.concatenate(([0], np.cumsum(v)))
    added = running[np.searchsorted(d, checks, side="right")]
    left = running[np.searchsorted(leave, checks, side="right")]
    tier = tier_index(added - left, tiers)
    previous = np.concatenate(([0], tier[:-1]))
    changed = np.flatnonzero(tier != previous)
    return tuple((int(checks[i]), int(tier[i])) for i in changed)

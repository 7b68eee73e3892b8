"""How one setting is declared: key, label, help, default, validation, and its group."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP

GROUP_LABELS: dict[str, str] = {
    "shop": QT_TRANSLATE_NOOP("settings", "Shop"),
    "retention": QT_TRANSLATE_NOOP("settings", "Retention"),
    "loyalty": QT_TRANSLATE_NOOP("settings", "Loyalty"),
    "rates": QT_TRANSLATE_NOOP("settings", "Exchange rates"),
    "pricing": QT_TRANSLATE_NOOP("settings", "Pricing"),
    "tracking": QT_TRANSLATE_NOOP("settings", "Shipments and tracking"),
    "sync": QT_TRANSLATE_NOOP("settings", "Marketplace accounts"),
}


@dataclass(frozen=True)
class SettingSpec:
    """One setting: how it is named, shown, defaulted and checked."""

    key: str
    label: str
    help: str
    default: str
    normalise: Callable[[str], str]
    choices: tuple[str, ...] = ()
    group: str = "shop"
    # Shown in an empty field: what an empty value means.
    placeholder: str = ""

    def clean(self, text: str) -> str:
        """The stored form of `text`, or ValidationError naming this setting."""
        try:
            return self.normalise(text)
        except ValidationError as error:
            error.item = self.key
            raise



def whole_number(low: int, high: int) -> Callable[[str], str]:
    """A normaliser accepting whole numbers from `low` to `high`."""

    def clean(text: str) -> str:
        try:
            value = int(text.strip())
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give a whole number from {low} to {high}."),
                low=low, high=high,
            )
        return str(value)

    return clean


def decimal_number(low: Decimal, high: Decimal, blank: bool = False) -> Callable[[str], str]:
    """A normaliser accepting a decimal number from `low` to `high` (or nothing, if `blank`)."""

    def clean(text: str) -> str:
        text = text.strip().replace(",", ".").rstrip("%").strip()
        if blank and not text:
            return ""
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = low - 1
        if not value.is_finite() or not low <= value <= high:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give a number from {low} to {high}."),
                low=str(low), high=str(high),
            )
        return str(int(value)) if value == value.to_integral() else str(value.normalize())

    return clean


def web_address(text: str) -> str:
    """An http(s) address, ending in "/" so paths join under it."""
    url = text.strip()
    if not url.startswith(("http://", "https://")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{url} is not a web address (http:// or https://)."),
            item=url, url=url,
        )
    return url if url.endswith("/") else url + "/"

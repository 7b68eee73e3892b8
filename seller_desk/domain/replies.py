"""Reply templates in the customer's language: kinds, languages, placeholders and filling them."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from seller_desk.domain import reply_texts, reply_texts_after_sale
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP

TEXTS = {**reply_texts.TEXTS, **reply_texts_after_sale.TEXTS}


class ReplyKind(StrEnum):
    WHERE_IS_MY_ORDER = "where_is_my_order"
    SHIPPED = "shipped"
    THANK_YOU = "thank_you"
    REVIEW_REQUEST = "review_request"
    DELAY_APOLOGY = "delay_apology"
    REFUND_CONFIRMATION = "refund_confirmation"


REPLY_KIND_LABELS: dict[ReplyKind, str] = {
    ReplyKind.WHERE_IS_MY_ORDER: QT_TRANSLATE_NOOP("replies", "Where is my order?"),
    ReplyKind.SHIPPED: QT_TRANSLATE_NOOP("replies", "Shipped, with tracking"),
    ReplyKind.THANK_YOU: QT_TRANSLATE_NOOP("replies", "Thank you for your order"),
    ReplyKind.REVIEW_REQUEST: QT_TRANSLATE_NOOP("replies", "Review request"),
    ReplyKind.DELAY_APOLOGY: QT_TRANSLATE_NOOP("replies", "Apology for a delay"),
    ReplyKind.REFUND_CONFIRMATION: QT_TRANSLATE_NOOP("replies", "Refund confirmation"),
}

REPLY_LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "zh_TW", "de", "fr", "es", "ja")

# Each language in its own name, as a reader of it looks for it in a list: never translated.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文", "de": "Deutsch",
    "fr": "Français", "es": "Español", "ja": "日本語",
}

PLACEHOLDER_LABELS: dict[str, str] = {
    "customer_name": QT_TRANSLATE_NOOP("replies", "Customer's full name"),
    "first_name": QT_TRANSLATE_NOOP("replies", "Customer's first name"),
    "order_number": QT_TRANSLATE_NOOP("replies", "Order number"),
    "order_date": QT_TRANSLATE_NOOP("replies", "Order date"),
    "shop_name": QT_TRANSLATE_NOOP("replies", "Shop name"),
    "items": QT_TRANSLATE_NOOP("replies", "Items ordered"),
    "tracking_number": QT_TRANSLATE_NOOP("replies", "Tracking number"),
    "carrier": QT_TRANSLATE_NOOP("replies", "Carrier"),
    "tracking_link": QT_TRANSLATE_NOOP("replies", "Tracking link"),
    "refund_amount": QT_TRANSLATE_NOOP("replies", "Refund amount"),
    "review_link": QT_TRANSLATE_NOOP("replies", "Review link"),
}
PLACEHOLDERS: tuple[str, ...] = tuple(PLACEHOLDER_LABELS)

# Region or script subtags that mean Traditional characters; other Chinese gets Simplified.
_TRADITIONAL = frozenset({"hant", "tw", "hk", "mo"})
_PRIMARY: dict[str, str] = {
    "en": "en", "eng": "en", "de": "de", "deu": "de", "ger": "de", "fr": "fr", "fra": "fr",
    "fre": "fr", "es": "es", "spa": "es", "ja": "ja", "jpn": "ja", "jp": "ja",
}
_CHINESE = frozenset({"zh", "zho", "chi", "cmn", "yue"})

# "{{" and "}}" are literal braces; "{name}" a placeholder; any other brace stands alone.
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True, slots=True)
class ReplyTemplate:
    kind: ReplyKind
    language: str
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class RenderedReply:
    """A filled reply; `missing` lists placeholders left as "{name}" for the seller to fill."""

    subject: str
    body: str
    missing: tuple[str, ...]


def pick_language(customer_language: str, fallback: str = "en") -> str:
    """The reply language for a locale-ish tag ("de-AT", "zh_Hant", "ja-JP", "pt" → fallback)."""
    return _match(customer_language) or _match(fallback) or "en"


def built_in(kind: ReplyKind | str, language: str) -> ReplyTemplate:
    """The shipped wording of `kind` in `language` (any tag pick_language understands)."""
    kind, chosen = ReplyKind(kind), pick_language(language)
    subject, body = TEXTS[kind.value][chosen]
    return ReplyTemplate(kind, chosen, subject, body)


def placeholders_in(text: str) -> tuple[str, ...]:
    """The placeholder names `text` uses, in order of first use."""
    return tuple(dict.fromkeys(name for name, _ in _pieces(text) if name is not None))


def validate_template(text: str) -> None:
    """Refuse a subject or body with an unknown placeholder or a brace that closes nothing."""
    for match in _TOKEN.finditer(text):
        token, name = match.group(), match.group(1)
        if token in ("{", "}"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "replies", "Unbalanced brace at character {position}; "
                    "write {{{{ or }}}} for a brace that is not a placeholder"),
                item=str(match.start() + 1), position=match.start() + 1,
            )
        if name is not None and name.strip() not in PLACEHOLDER_LABELS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("replies", "Unknown placeholder {{{name}}}; use one of: {known}"),
                item=name, name=name, known=", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
            )


def render(template: ReplyTemplate, values: Mapping[str, str]) -> RenderedReply:
    """Fill `template` from `values`; never raises on whatever text the seller saved.

    A placeholder without a non-blank value stays visible as "{name}" and is listed in
    `missing`; a stray brace is kept as typed; values are inserted as they are, never parsed.
    """
    missing: dict[str, None] = {}

    def fill(text: str) -> str:
        out = []
        for name, literal in _pieces(text):
            if name is None:
                out.append(literal)
                continue
            value = values.get(name)
            if value is None or not str(value).strip():
                missing[name] = None
                out.append(f"{{{name}}}")
            else:
                out.append(str(value))
        return "".join(out)

    subject, body = fill(template.subject), fill(template.body)
    return RenderedReply(subject, body, tuple(missing))


def _pieces(text: str) -> list[tuple[str | None, str]]:
    """(placeholder name, "") or (None, literal text) in order."""
    pieces: list[tuple[str | None, str]] = []
    end = 0
    for match in _TOKEN.finditer(text):
        if match.start() > end:
            pieces.append((None, text[end:match.start()]))
        token, name = match.group(), match.group(1)
        if name is not None:
            pieces.append((name.strip(), ""))
        else:
            pieces.append((None, token[0]))  # "{{" → "{", "}}" → "}", a stray brace as is
        end = match.end()
    if end < len(text):
        pieces.append((None, text[end:]))
    return pieces


def _match(tag: str) -> str | None:
    text = tag.strip().split(".")[0].split("@")[0].replace("_", "-").lower()
    parts = [part for part in text.split("-") if part]
    if not parts:
        return None
    primary, rest = parts[0], parts[1:]
    if primary not in _CHINESE:
        return _PRIMARY.get(primary)
    if "hant" in rest or "hans" in rest:  # the script decides over the region
        return "zh_TW" if "hant" in rest else "zh_CN"
    return "zh_TW" if primary == "yue" or _TRADITIONAL.intersection(rest) else "zh_CN"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def reply_date(day: date, language: str) -> str:
    """A date as a letter in `language` writes it (the customer's, not the seller's locale)."""
    if language in ("ja", "zh_CN", "zh_TW"):
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "de":
        return f"{day.day}.{day.month}.{day.year}"
    if language in ("fr", "es"):
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"


def first_name(full_name: str) -> str:
    """The given name of "Anna Berg" or "Berg, Anna"; a whole CJK name stays whole."""
    family, comma, given = full_name.partition(",")
    words = (given if comma else family).split()
    return words[0] if words else ""

"""What a listing and its channel offers must hold to be saved, checked field by field."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace

from seller_desk.domain.currencies import is_currency
from seller_desk.domain.errors import ValidationError, fill_params
from seller_desk.domain.money import Money
from seller_desk.domain.text import QT_TRANSLATE_NOOP

SKU_MAX, TITLE_MAX, DESCRIPTION_MAX, TAGS_MAX = 64, 255, 4000, 500
EXTERNAL_ID_MAX = 64
# Integer columns hold 32 bits; money columns 64, kept well inside for sums over many rows.
INT_MAX, MONEY_MAX = 2_147_483_647, 10**15
_SKU = re.compile(r"[\w\-./]+")
_HS_DIGITS = (6, 10)
_COPY_SUFFIX = re.compile(r"-COPY\d*$", re.IGNORECASE)

_MESSAGES = {
    "sku_empty": QT_TRANSLATE_NOOP("listings", "Type a SKU."),
    "sku_long": QT_TRANSLATE_NOOP("listings", "A SKU has at most {limit} characters."),
    "sku_chars": QT_TRANSLATE_NOOP(
        "listings", "A SKU uses letters, digits and - _ . / only (no spaces): {bad}"),
    "sku_taken": QT_TRANSLATE_NOOP("listings", "Another listing already has the SKU {sku}."),
    "parent_self": QT_TRANSLATE_NOOP("listings", "A listing cannot be a variant of itself."),
    "title_empty": QT_TRANSLATE_NOOP("listings", "Type a title."),
    "too_long": QT_TRANSLATE_NOOP("listings", "At most {limit} characters ({count} now)."),
    "cost_negative": QT_TRANSLATE_NOOP("listings", "The cost cannot be negative."),
    "too_large": QT_TRANSLATE_NOOP("listings", "That number is too large."),
    "currency": QT_TRANSLATE_NOOP("listings", "Not an ISO currency code: {code}"),
    "weight_negative": QT_TRANSLATE_NOOP("listings", "The weight cannot be negative."),
    "hs_code": QT_TRANSLATE_NOOP(
        "listings", "An HS code has 6 to 10 digits (dots and spaces allowed): {code}"),
    "country": QT_TRANSLATE_NOOP(
        "listings", "Not an ISO country code (two letters, like CN or DE): {code}"),
    "stock_negative": QT_TRANSLATE_NOOP("listings", "The stock on hand cannot be negative."),
    "price": QT_TRANSLATE_NOOP("listings", "Offer {offer}: the price must be above 0."),
    "buffer": QT_TRANSLATE_NOOP(
        "listings", "Offer {offer}: the quantity buffer cannot be negative."),
    "offer_currency": QT_TRANSLATE_NOOP(
        "listings", "Offer {offer}: not an ISO currency code: {code}"),
    "offer_twice": QT_TRANSLATE_NOOP(
        "listings", "Offer {offer} repeats offer {first}: one offer per account and currency."),
    "offer_long": QT_TRANSLATE_NOOP(
        "listings", "Offer {offer}: at most {limit} characters ({count} now)."),
    "offer_large": QT_TRANSLATE_NOOP("listings", "Offer {offer}: that number is too large."),
    "not_number": QT_TRANSLATE_NOOP("listings", "Not a whole number: {text}"),
    "not_amount": QT_TRANSLATE_NOOP("listings", "Not an amount: {text}"),
}
MESSAGES: Mapping[str, str] = _MESSAGES


@dataclass(frozen=True, slots=True)
class OfferDraft:
    """One offer as typed: a market (account and currency) and what the listing shows there."""

    account_id: int
    currency: str
    external_id: str = ""
    title_override: str = ""
    price_minor: int = 0
    quantity_buffer: int = 0


@dataclass(frozen=True, slots=True)
class ListingDraft:
    """A listing as typed in the editor, before it is saved."""

    sku: str
    title: str
    description: str = ""
    parent_sku: str = ""
    cost_minor: int = 0
    cost_currency: str = "USD"
    weight_grams: int = 0
    hs_code: str = ""
    origin_country: str = ""
    stock_on_hand: int = 0
    tags: str = ""
    offers: tuple[OfferDraft, ...] = ()

    @property
    def cost(self) -> Money:
        return Money(self.cost_minor, self.cost_currency)


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """What is wrong with one field: `message` is the untranslated text (context "listings")
    and `params` fill its {name} placeholders after translation."""

    field: str
    message: str
    params: tuple[tuple[str, object], ...] = field(default=())

    def text(self, translated: str | None = None) -> str:
        return fill_params(translated or self.message, dict(self.params))


class ListingRejected(ValidationError):
    """A listing that cannot be saved as typed; `problems` says what, field by field."""

    def __init__(self, problems: tuple[FieldProblem, ...]) -> None:
        first = problems[0]
        super().__init__(first.message, item=first.field, **dict(first.params))
        self.problems = problems


def offer_field(index: int, name: str) -> str:
    """The field name of one offer's value: "offers.0.price"."""
    return f"offers.{index}.{name}"


def problem(field_name: str, key: str, **params: object) -> FieldProblem:
    return FieldProblem(field_name, _MESSAGES[key], tuple(params.items()))


def normalise_hs_code(text: str) -> str:
    """An HS code as stored: its digits only ("8513.10 00" → "85131000")."""
    return "".join(ch for ch in text if not (ch.isspace() or ch == "."))


def clean_listing_tags(text: str) -> str:
    """Tags as stored: comma-separated, trimmed, no repeats (case-insensitive), in order."""
    seen: dict[str, str] = {}
    for raw in text.replace(";", ",").split(","):
        tag = " ".join(raw.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return ", ".join(seen.values())


def normalised(draft: ListingDraft) -> ListingDraft:
    """The draft as it is stored: outer spaces gone, codes upper case, HS code digits only."""
    return replace(
        draft,
        sku=draft.sku.strip(),
        title=" ".join(draft.title.split()),
        description=draft.description.strip(),
        parent_sku=draft.parent_sku.strip(),
        cost_currency=draft.cost_currency.strip().upper(),
        hs_code=normalise_hs_code(draft.hs_code),
        origin_country=draft.origin_country.strip().upper(),
        tags=clean_listing_tags(draft.tags),
        offers=tuple(
            replace(o, currency=o.currency.strip().upper(), external_id=o.external_id.strip(),
                    title_override=" ".join(o.title_override.split()))
            for o in draft.offers
        ),
    )


def sku_problems(sku: str, field_name: str = "sku") -> list[FieldProblem]:
    sku = sku.strip()
    if not sku:
        return [problem(field_name, "sku_empty")]
    if len(sku) > SKU_MAX:
        return [problem(field_name, "sku_long", limit=SKU_MAX)]
    bad = "".join(dict.fromkeys(_SKU.sub("", sku)))
    if bad:
        return [problem(field_name, "sku_chars", bad=" ".join(_shown(ch) for ch in bad))]
    return []


def _shown(ch: str) -> str:
    """A character the seller can see in a message: a space as ␣, a tab as \\t."""
    return "␣" if ch == " " else (ch if ch.isprintable() else repr(ch)[1:-1])


def _length(field_name: str, text: str, limit: int) -> list[FieldProblem]:
    if len(text) > limit:
        return [problem(field_name, "too_long", limit=limit, count=len(text))]
    return []


def _whole(field_name: str, value: int, negative: str, limit: int) -> list[FieldProblem]:
    if value < 0:
        return [problem(field_name, negative)]
    if value > limit:
        return [problem(field_name, "too_large")]
    return []


def _offer_problems(offers: tuple[OfferDraft, ...]) -> list[FieldProblem]:
    found: list[FieldProblem] = []
    first_of: dict[tuple[int, str], int] = {}
    for index, offer in enumerate(offers):
        number = index + 1
        if not is_currency(offer.currency):
            found.append(problem(offer_field(index, "currency"), "offer_currency",
                                 offer=number, code=offer.currency))
        market = (offer.account_id, offer.currency)
        if market in first_of:
            found.append(problem(offer_field(index, "currency"), "offer_twice",
                                 offer=number, first=first_of[market] + 1))
        else:
            first_of[market] = index
        if offer.price_minor <= 0:
            found.append(problem(offer_field(index, "price"), "price", offer=number))
        elif offer.price_minor > MONEY_MAX:
            found.append(problem(offer_field(index, "price"), "offer_large", offer=number))
        if offer.quantity_buffer < 0:
            found.append(problem(offer_field(index, "quantity_buffer"), "buffer", offer=number))
        elif offer.quantity_buffer > INT_MAX:
            found.append(problem(offer_field(index, "quantity_buffer"), "offer_large",
                                 offer=number))
        for name, text, limit in (("external_id", offer.external_id, EXTERNAL_ID_MAX),
                                  ("title_override", offer.title_override, TITLE_MAX)):
            if len(text) > limit:
                found.append(problem(offer_field(index, name), "offer_long", offer=number,
                                     limit=limit, count=len(text)))
    return found


def check_listing(
    draft: ListingDraft, countries: Collection[str] | None = None
) -> list[FieldProblem]:
    """Every problem of `draft`, in the order of the editor's fields; empty when it can be
    saved. `countries` are the known ISO country codes (None: any two letters pass)."""
    d = normalised(draft)
    found = sku_problems(d.sku)
    if d.parent_sku:
        found += sku_problems(d.parent_sku, "parent_sku")
        if d.parent_sku.casefold() == d.sku.casefold():
            found.append(problem("parent_sku", "parent_self"))
    if not d.title:
        found.append(problem("title", "title_empty"))
    found += _length("title", d.title, TITLE_MAX)
    found += _length("description", d.description, DESCRIPTION_MAX)
    found += _whole("cost", d.cost_minor, "cost_negative", MONEY_MAX)
    if not is_currency(d.cost_currency):
        found.append(problem("cost_currency", "currency", code=d.cost_currency))
    found += _whole("weight", d.weight_grams, "weight_negative", INT_MAX)
    if d.hs_code and not (d.hs_code.isascii() and d.hs_code.isdigit()
                          and _HS_DIGITS[0] <= len(d.hs_code) <= _HS_DIGITS[1]):
        found.append(problem("hs_code", "hs_code", code=draft.hs_code.strip()))
    if d.origin_country and not _is_country(d.origin_country, countries):
        found.append(problem("origin", "country", code=d.origin_country))
    found += _whole("stock", d.stock_on_hand, "stock_negative", INT_MAX)
    found += _length("tags", d.tags, TAGS_MAX)
    found += _offer_problems(d.offers)
    return found


def _is_country(code: str, countries: Collection[str] | None) -> bool:
    if countries is not None:
        return code in countries
    return len(code) == 2 and code.isascii() and code.isalpha()


def checked(draft: ListingDraft, countries: Collection[str] | None = None) -> ListingDraft:
    """The normalised draft, or ListingRejected naming every problem."""
    problems = check_listing(draft, countries)
    if problems:
        raise ListingRejected(tuple(problems))
    return normalised(draft)


def copy_base(sku: str) -> str:
    """The SKU a copy is named after: a copy of LAMP-COPY2 is another copy of LAMP."""
    return _COPY_SUFFIX.sub("", sku) or sku


def copy_sku(sku: str, taken: Collection[str]) -> str:
    """A free SKU for a copy of `sku`: SKU-COPY, then SKU-COPY2, SKU-COPY3…; `taken` holds
    the folded (case-folded) SKUs already used. Stays within SKU_MAX characters."""
    sku = copy_base(sku)
    number = 1
    while True:
        suffix = "-COPY" if number == 1 else f"-COPY{number}"
        candidate = sku[: SKU_MAX - len(suffix)] + suffix
        if candidate.casefold() not in taken:
            return candidate
        number += 1

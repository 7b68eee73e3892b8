"""Reading the listing editor's inputs into a draft, and the problems found on the way."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from seller_desk.domain.currencies import is_currency
from seller_desk.domain.listing_rules import (
    FieldProblem,
    ListingDraft,
    OfferDraft,
    check_listing,
    offer_field,
    problem,
)
from seller_desk.domain.money import Money
from seller_desk.ui.dialogs.listing_editor_offers import OfferItem

# Fields shown on the Details tab, and the row each problem is shown under.
DETAIL_ROWS = {"cost_currency": "cost"}


def _amount(text: str, currency: str) -> int | None:
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not cleaned:
        return 0
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite():
        return None
    if not is_currency(currency):
        return 0  # the currency's own problem is shown; the amount waits for it
    try:
        return Money.of(value, currency).minor
    except ArithmeticError:  # an exponent no amount has, like 1e999999
        return None


def _whole(text: str) -> int | None:
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return 0
    try:
        return int(cleaned)
    except ValueError:
        return None


class DraftReader:
    """Builds a ListingDraft from texts; what cannot be read becomes a problem on its field."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def amount(self, field: str, text: str, currency: str) -> int:
        value = _amount(text, currency)
        if value is None:
            self.problems.append(problem(field, "not_amount", text=text.strip()))
            return 0
        return value

    def whole(self, field: str, text: str) -> int:
        value = _whole(text)
        if value is None:
            self.problems.append(problem(field, "not_number", text=text.strip()))
            return 0
        return value

    def offers(self, items: list[OfferItem]) -> tuple[OfferDraft, ...]:
        return tuple(
            OfferDraft(item.account_id, item.currency.strip().upper(), item.external_id,
                       item.title_override,
                       self.amount(offer_field(n, "price"), item.price,
                                   item.currency.strip().upper()),
                       self.whole(offer_field(n, "quantity_buffer"), item.quantity_buffer))
            for n, item in enumerate(items)
        )


def read_draft(
    texts: dict[str, str], offers: list[OfferItem], countries: frozenset[str],
    taken_sku: str | None,
) -> tuple[ListingDraft, list[FieldProblem]]:
    """The draft the inputs describe and every problem with it; `taken_sku` is a SKU the
    database said another listing has (folded)."""
    reader = DraftReader()
    currency = texts["cost_currency"].strip().upper()
    draft = ListingDraft(
        sku=texts["sku"], title=texts["title"], description=texts["description"],
        parent_sku=texts["parent_sku"],
        cost_minor=reader.amount("cost", texts["cost"], currency), cost_currency=currency,
        weight_grams=reader.whole("weight", texts["weight"]), hs_code=texts["hs_code"],
        origin_country=texts["origin"], stock_on_hand=reader.whole("stock", texts["stock"]),
        tags=texts["tags"], offers=reader.offers(offers),
    )
    unread = {p.field for p in reader.problems}
    found = reader.problems + [p for p in check_listing(draft, countries)
                               if p.field not in unread]
    if taken_sku and draft.sku.strip().casefold() == taken_sku:
        found.append(problem("sku", "sku_taken", sku=draft.sku.strip()))
    return draft, found


def problem_text(found: FieldProblem) -> str:
    return found.text(QCoreApplication.translate("listings", found.message))


def by_row(problems: list[FieldProblem]) -> dict[str, list[str]]:
    """The Details tab's problems, by the row that shows them."""
    rows: dict[str, list[str]] = {}
    for found in problems:
        if not found.field.startswith("offers."):
            row = DETAIL_ROWS.get(found.field, found.field)
            rows.setdefault(row, []).append(problem_text(found))
    return rows


def by_cell(problems: list[FieldProblem]) -> dict[tuple[int, str], str]:
    """The Offers tab's problems, by (row, column key)."""
    cells: dict[tuple[int, str], str] = {}
    for found in problems:
        if found.field.startswith("offers."):
            _, row, key = found.field.split(".", 2)
            cells[int(row), key] = problem_text(found)
    return cells

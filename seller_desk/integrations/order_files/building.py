"""The careful pass over each grouped order: parse its dates, amounts, quantities and currency,
report every bad value by row and column, and build the ImportedOrder when nothing was bad."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from seller_desk.domain.currencies import is_currency, minor_digits
from seller_desk.domain.imports import ImportedCustomer, ImportedOrder, RowProblem
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.orders import OrderStatus
from seller_desk.integrations.order_files import messages
from seller_desk.integrations.order_files.amounts import parse_amount
from seller_desk.integrations.order_files.countries import country_code
from seller_desk.integrations.order_files.dates import parse_datetime
from seller_desk.integrations.order_files.grouping import Draft
from seller_desk.integrations.order_files.layouts import (
    ORDER_FIELDS,
    F,
    Resolved,
    UnknownStatus,
)
from seller_desk.integrations.order_files.lines import LineReader

_SHIP_FIELDS = frozenset(
    {F.SHIP_NAME, F.SHIP_FIRST_NAME, F.SHIP_LAST_NAME, F.SHIP_ADDRESS1, F.SHIP_ADDRESS2,
     F.SHIP_CITY, F.SHIP_PROVINCE, F.SHIP_POSTCODE}
)
_KEPT = (OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED)
_YES = frozenset({"yes", "true", "1", "y"})
_NO = frozenset({"no", "false", "0", "n"})


class OrderBuilder:
    """Builds orders from drafts, appending what is wrong to `problems`; memoises every parse
    (files repeat dates, prices and buyers) so that a large file stays fast."""

    def __init__(
        self, resolved: Resolved, problems: list[RowProblem], *, date_order: str,
        default_currency: str = "",
    ) -> None:
        self.resolved = resolved
        self.layout = resolved.layout
        self.problems = problems
        self.date_order = date_order
        self.default_currency = default_currency
        self.lines = LineReader(resolved, self)
        self._fields = resolved.order_fields
        self._position = {field: i for i, field in enumerate(self._fields)}
        self._blank = dict.fromkeys(ORDER_FIELDS, "")
        self._amount_fields = tuple(f for f in _ORDER_AMOUNTS if f in resolved.index)
        self._has_address = bool(_SHIP_FIELDS & set(self._fields))
        self._dates: dict[str, datetime | None] = {}
        self._decimals: dict[str, Decimal | None] = {}
        self._minors: dict[str, dict[str, int | None]] = {}
        self._customers: dict[tuple[object, ...], ImportedCustomer] = {}

    # --- values, memoised ---------------------------------------------------------------

    def decimal(self, text: str) -> Decimal | None:
        try:
            return self._decimals[text]
        except KeyError:
            try:
                value: Decimal | None = parse_amount(text)
            except ValueError:
                value = None
            self._decimals[text] = value
            return value

    def memo(self, currency: str) -> dict[str, int | None]:
        """The amounts already read in `currency`, by text (minor units; None: not an amount)."""
        memo = self._minors.get(currency)
        if memo is None:
            memo = self._minors[currency] = {}
        return memo

    def minor(self, text: str, currency: str) -> int | None:
        """`text` in minor units of `currency` (0 when the currency is unknown: the order is
        refused anyway), or None when it is not an amount."""
        memo = self.memo(currency)
        try:
            return memo[text]
        except KeyError:
            pass
        minor = _plain_minor(text, currency) if currency else None
        if minor is None:
            value = self.decimal(text)
            minor = None if value is None else round_to_minor(value, currency) if currency else 0
        memo[text] = minor
        return minor

    def problem(self, row: int, field: str, reason: str, value: str = "") -> None:
        params = {"value": value} if value else {}
        self.problems.append(RowProblem(row, self.resolved.name(field), reason, params, value))

    # --- one order ----------------------------------------------------------------------

    def build(self, draft: Draft) -> ImportedOrder | None:
        """The order, or None when one of its rows has a problem (reported)."""
        v = self._blank.copy()
        v.update(zip(self._fields, draft.values, strict=True))
        before = len(self.problems)
        currency = self._currency(v, draft)
        placed_at = self._placed_at(v, draft)
        status = self._status(v, draft)
        lines = self.lines.read(draft, currency, status)
        amounts = dict.fromkeys(_ORDER_AMOUNTS)
        for field in self._amount_fields:
            amounts[field] = self._amount(v, draft, field, currency)
        if len(self.problems) > before or placed_at is None or status is None or not currency:
            return None
        shipping = (amounts[F.SHIPPING] or 0) + lines.shipping
        tax = (amounts[F.TAX] or 0) + lines.tax
        discount = abs(amounts[F.DISCOUNT] or 0) + lines.discount
        subtotal = amounts[F.SUBTOTAL]
        if subtotal is None and lines.lines:
            subtotal = lines.subtotal
        total = amounts[F.TOTAL]
        if total is None:
            total = (subtotal or 0) + shipping + tax - discount
        if subtotal is None:
            subtotal = total - shipping - tax + discount
        if total < 0:
            self.problem(self._row(draft, F.TOTAL), F.TOTAL, messages.NEGATIVE_TOTAL,
                         v[F.TOTAL].strip() or str(total))
            return None
        refunded = amounts[F.REFUNDED] or 0
        if amounts[F.ADJUSTED_TOTAL] is not None:
            refunded = max(refunded, total - amounts[F.ADJUSTED_TOTAL])
        if refunded > 0 and status in _KEPT:
            status = OrderStatus.REFUNDED if refunded >= total else OrderStatus.PARTIALLY_REFUNDED
        key = v[F.ORDER_ID].strip()
        return ImportedOrder(
            external_id=v[F.EXTERNAL_ID].strip() or key,
            number=v[F.NUMBER].strip() or key,
            placed_at=placed_at,
            status=status,
            currency=currency,
            subtotal_minor=subtotal,
            shipping_minor=shipping,
            tax_minor=tax,
            discount_minor=discount,
            total_minor=total,
            customer=self._customer(v),
            ship_country=country_code(v[F.SHIP_COUNTRY]),
            ship_address=_address(v) if self._has_address else "",
            tags=_tags(v[F.TAGS]) if v[F.TAGS] else (),
            lines=lines.lines,
            rows=tuple(draft.rows),
        )

    def _row(self, draft: Draft, field: str) -> int:
        """The row an order's `field` was read from."""
        return draft.source(self._position.get(field))

    def _currency(self, v: dict[str, str], draft: Draft) -> str:
        """The order's ISO code, or "" after reporting why there is none."""
        text = v[F.CURRENCY].strip()
        if not text:
            fallback = self.layout.currency_fallback
            text = self.default_currency or (fallback(v) if fallback else "")
            if not text:
                self.problem(self._row(draft, F.CURRENCY), F.CURRENCY, messages.NO_CURRENCY)
                return ""
        code = text.upper()
        if not is_currency(code):
            self.problem(
                self._row(draft, F.CURRENCY), F.CURRENCY, messages.BAD_CURRENCY, text
            )
            return ""
        return code

    def _placed_at(self, v: dict[str, str], draft: Draft) -> datetime | None:
        text = v[F.DATE].strip()
        row = self._row(draft, F.DATE)
        if not text:
            self.problem(row, F.DATE, messages.NO_DATE)
            return None
        try:
            moment = self._dates[text]
        except KeyError:
            try:
                moment = parse_datetime(text, self.date_order)
            except ValueError:
                moment = None
            self._dates[text] = moment
        if moment is None:
            self.problem(row, F.DATE, messages.BAD_DATE, text)
        return moment

    def _status(self, v: dict[str, str], draft: Draft) -> OrderStatus | None:
        try:
            return self.layout.status(v)
        except UnknownStatus as unknown:
            row = self._row(draft, unknown.field)
            self.problem(row, unknown.field, messages.BAD_STATUS, unknown.value)
            return None

    def _amount(self, v: dict[str, str], draft: Draft, field: str, currency: str) -> int | None:
        text = v[field].strip()
        if not text:
            return None
        minor = self.minor(text, currency)
        if minor is None:
            self.problem(self._row(draft, field), field, messages.BAD_AMOUNT, text)
        return minor

    def _customer(self, v: dict[str, str]) -> ImportedCustomer:
        customer_id = v[F.CUSTOMER_ID].strip() or v[F.CUSTOMER_ID_2].strip()
        name = v[F.NAME].strip() or _joined(v[F.FIRST_NAME], v[F.LAST_NAME])
        marketing = v[F.ACCEPTS_MARKETING].strip().lower()
        key = (
            "" if customer_id == self.layout.guest_customer_id else customer_id,
            v[F.EMAIL].strip(),
            name,
            v[F.PHONE].strip() or v[F.PHONE_2].strip(),
            country_code(v[F.COUNTRY]) or country_code(v[F.SHIP_COUNTRY]),
            v[F.CITY].strip() or v[F.SHIP_CITY].strip(),
            v[F.POSTCODE].strip() or v[F.SHIP_POSTCODE].strip(),
            True if marketing in _YES else False if marketing in _NO else None,
        )
        customer = self._customers.get(key)
        if customer is None:
            customer = self._customers[key] = ImportedCustomer(*key)  # type: ignore[arg-type]
        return customer


_ORDER_AMOUNTS = (F.SUBTOTAL, F.SHIPPING, F.TAX, F.DISCOUNT, F.TOTAL, F.REFUNDED, F.ADJUSTED_TOTAL)


def _plain_minor(text: str, currency: str) -> int | None:
    """'1234.5' in minor units without Decimal when no rounding is needed (the common case of
    a large file), else None."""
    digits = minor_digits(currency)
    whole, dot, fraction = text.partition(".")
    negative = whole.startswith("-")
    if negative:
        whole = whole[1:]
    if not (whole.isascii() and whole.isdigit()):
        return None
    if dot and not (len(fraction) <= digits and fraction.isascii() and fraction.isdigit()):
        return None
    minor = int(whole) * 10**digits + (int(fraction.ljust(digits, "0")) if fraction else 0)
    return -minor if negative else minor


def _joined(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p.strip())


def _address(v: dict[str, str]) -> str:
    """The shipping address as lines: name, street lines, then 'city, province, postcode'."""
    place = ", ".join(
        p.strip() for p in (v[F.SHIP_CITY], v[F.SHIP_PROVINCE], v[F.SHIP_POSTCODE]) if p.strip()
    )
    parts = (
        v[F.SHIP_NAME].strip() or _joined(v[F.SHIP_FIRST_NAME], v[F.SHIP_LAST_NAME]),
        v[F.SHIP_ADDRESS1].strip(),
        v[F.SHIP_ADDRESS2].strip(),
        place,
    )
    return "\n".join(p for p in parts if p)


def _tags(text: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in text.split(",") if tag.strip())

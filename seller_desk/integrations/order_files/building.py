"""The careful pass over each grouped order: parse and check its values, then build the order."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from seller_desk.domain.currencies import MINOR_DIGITS
from seller_desk.domain.imports import ImportedOrder, RowProblem
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.orders import OrderStatus
from seller_desk.integrations.order_files import messages
from seller_desk.integrations.order_files.amounts import parse_amount, plain_minor
from seller_desk.integrations.order_files.buyers import Buyers
from seller_desk.integrations.order_files.countries import country_code
from seller_desk.integrations.order_files.dates import parse_datetime
from seller_desk.integrations.order_files.grouping import Draft, getter
from seller_desk.integrations.order_files.layouts import F, Resolved, UnknownStatus, Values
from seller_desk.integrations.order_files.lines import LineReader

_AMOUNTS = (F.SUBTOTAL, F.SHIPPING, F.TAX, F.DISCOUNT, F.TOTAL, F.REFUNDED, F.ADJUSTED_TOTAL)
# What a status rule may read; a file with none of these has one status for every order.
_STATUS_INPUTS = frozenset({F.STATUS, F.FULFILLMENT, F.CANCELLED_AT, F.SHIPPED_AT})
_KEPT = (OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED)


class OrderBuilder:
    """Builds orders from drafts, appending what is wrong to `problems`. Dates, prices and
    buyers are parsed once per distinct text (files repeat them), so a large file stays fast."""

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
        fields = self._fields = resolved.order_fields
        # A draft's values get one "" more at the end, which unmapped fields read.
        self._at = at = {field: i for i, field in enumerate(fields)}
        blank = len(fields)

        self._ids = getter([at.get(f, blank) for f in (F.ORDER_ID, F.EXTERNAL_ID, F.NUMBER)])
        self._amount_at = [(i, f, at[f]) for i, f in enumerate(_AMOUNTS) if f in at]
        self.buyers = Buyers(resolved, at)
        self._currency_at = at.get(F.CURRENCY, blank)
        self._date_at = at.get(F.DATE, blank)
        self._ship_country_at = at.get(F.SHIP_COUNTRY, blank)
        self._tags_at = at.get(F.TAGS, blank)
        self._constant_status = (
            None if _STATUS_INPUTS & set(fields) else self.layout.status(Values())
        )
        self._dates: dict[str, datetime | None] = {}
        self._decimals: dict[str, Decimal | None] = {}
        self._minors: dict[str, dict[str, int | None]] = {}

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
        memo = self._minors.get(currency)
        if memo is None:
            memo = self._minors[currency] = {}
        elif text in memo:
            return memo[text]
        minor = plain_minor(text, MINOR_DIGITS[currency]) if currency else None
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
        values = (*draft.values, "")
        problems = self.problems
        before = len(problems)
        currency = self._currency(values, draft)
        placed_at = self._placed_at(values[self._date_at], draft)
        status = self._constant_status or self._status(values, draft)
        lines, line_sum, row_shipping, row_tax, row_discount = self.lines.read(
            draft, currency, status, self.memo(currency)
        )
        digits = MINOR_DIGITS.get(currency, 0)
        amounts: list[int | None] = [None] * len(_AMOUNTS)
        for i, field, at in self._amount_at:
            text = values[at].strip()
            if text:
                # Totals are mostly unique: parsed directly, not remembered.
                minor = plain_minor(text, digits) if currency else None
                if minor is None:
                    minor = self.minor(text, currency)
                if minor is None:
                    self.problem(self._row(draft, field), field, messages.BAD_AMOUNT, text)
                amounts[i] = minor
        if len(problems) > before or placed_at is None or status is None or not currency:
            return None
        subtotal, shipping, tax, discount, total, refunded, adjusted = amounts
        shipping = (shipping or 0) + row_shipping
        tax = (tax or 0) + row_tax
        discount = abs(discount or 0) + row_discount
        if subtotal is None and lines:
            subtotal = line_sum
        if total is None:
            total = (subtotal or 0) + shipping + tax - discount
        if subtotal is None:
            subtotal = total - shipping - tax + discount
        if total < 0:
            written = values[self._at[F.TOTAL]].strip() if F.TOTAL in self._at else ""
            self.problem(self._row(draft, F.TOTAL), F.TOTAL, messages.NEGATIVE_TOTAL,
                         written or str(total))
            return None
        refunded = max(refunded or 0, 0 if adjusted is None else total - adjusted)
        if refunded > 0 and status in _KEPT:
            status = OrderStatus.REFUNDED if refunded >= total else OrderStatus.PARTIALLY_REFUNDED
        key, external_id, number = self._ids(values)
        key = key.strip()
        ship_country = values[self._ship_country_at]
        tags = values[self._tags_at]
        return ImportedOrder(
            external_id=external_id.strip() or key,
            number=number.strip() or key,
            placed_at=placed_at,
            status=status,
            currency=currency,
            subtotal_minor=subtotal,
            shipping_minor=shipping,
            tax_minor=tax,
            discount_minor=discount,
            total_minor=total,
            customer=self.buyers.customer(values),
            ship_country=country_code(ship_country) if ship_country else "",
            ship_address=self.buyers.address(values),
            tags=tuple(t.strip() for t in tags.split(",") if t.strip()) if tags else (),
            lines=lines,
            rows=tuple(draft.rows),
        )

    def _named(self, values: tuple[str, ...]) -> Values:
        return Values(zip(self._fields, values, strict=False))  # values end with one ""

    def _row(self, draft: Draft, field: str) -> int:
        """The row an order's `field` was read from."""
        return draft.source(self._at.get(field))

    def _currency(self, values: tuple[str, ...], draft: Draft) -> str:
        """The order's ISO code, or "" after reporting why there is none."""
        text = values[self._currency_at].strip()
        if not text:
            fallback = self.layout.currency_fallback
            text = self.default_currency or (
                fallback(self._named(values)) if fallback else ""
            )
            if not text:
                self.problem(self._row(draft, F.CURRENCY), F.CURRENCY, messages.NO_CURRENCY)
                return ""
        code = text.upper()
        if code not in MINOR_DIGITS:
            self.problem(self._row(draft, F.CURRENCY), F.CURRENCY, messages.BAD_CURRENCY, text)
            return ""
        return code

    def _placed_at(self, text: str, draft: Draft) -> datetime | None:
        text = text.strip()
        if not text:
            self.problem(self._row(draft, F.DATE), F.DATE, messages.NO_DATE)
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
            self.problem(self._row(draft, F.DATE), F.DATE, messages.BAD_DATE, text)
        return moment

    def _status(self, values: tuple[str, ...], draft: Draft) -> OrderStatus | None:
        try:
            return self.layout.status(self._named(values))
        except UnknownStatus as unknown:
            self.problem(self._row(draft, unknown.field), unknown.field, messages.BAD_STATUS,
                         unknown.value)
            return None

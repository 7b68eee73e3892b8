"""An order's lines from its rows' text, and the amounts some exports give per row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seller_desk.domain.imports import ImportedLine, header_key
from seller_desk.domain.money import round_to_minor
from seller_desk.domain.orders import OrderStatus
from seller_desk.integrations.order_files import messages
from seller_desk.integrations.order_files.layouts import ROW_AMOUNT_FIELDS, F, Resolved

if TYPE_CHECKING:
    from seller_desk.integrations.order_files.building import OrderBuilder
    from seller_desk.integrations.order_files.grouping import Draft

_CANCELLED_WORDS = frozenset({"cancelled", "canceled"})
# A draft's line tuples follow LINE_FIELDS: SKU, title, quantity, unit price, line total, then
# the per-row amounts (ROW_AMOUNT_FIELDS) and the item status.

# An order's lines, then in minor units: the lines' totals added up, and the shipping, tax and
# discount (positive, however the file signs it) that its rows carry.
OrderLines = tuple[tuple[ImportedLine, ...], int, int, int, int]
_NO_LINES: OrderLines = ((), 0, 0, 0, 0)
# Equal lines are shared up to this many; past it a file's lines are mostly unique, and a
# larger table would only cost lookups.
_SHARED_LINES = 1 << 16


class LineReader:
    """Reads the lines of one order after another for an OrderBuilder, reporting bad rows."""

    def __init__(self, resolved: Resolved, builder: OrderBuilder) -> None:
        self.builder = builder
        self.drops_cancelled = resolved.layout.drops_cancelled_zero_lines
        self.price_field = F.UNIT_PRICE if F.UNIT_PRICE in resolved.index else F.LINE_TOTAL
        self.item_field = F.SKU if F.SKU in resolved.index else F.TITLE
        self.row_amounts = resolved.has_row_amounts
        self._quantities: dict[str, int | None] = {}
        self._lines: dict[tuple[str, str, int, int], ImportedLine] = {}

    def quantity(self, text: str) -> int | None:
        """A whole number ('2', '2.0'), or None."""
        try:
            return self._quantities[text]
        except KeyError:
            pass
        try:
            value: int | None = int(text)
        except ValueError:
            number = self.builder.decimal(text) if text[:1].isdigit() else None
            integral = number is not None and number == number.to_integral_value()
            value = int(number) if integral and number is not None else None
        self._quantities[text] = value
        return value

    def read(
        self, draft: Draft, currency: str, status: OrderStatus | None,
        prices: dict[str, int | None],
    ) -> OrderLines:
        """The order's lines; `prices` are the amounts read so far in its currency."""
        if not draft.lines:
            return _NO_LINES
        quantities = self._quantities
        known = self._lines
        lines: list[ImportedLine] = []
        subtotal = 0
        for row, values in zip(draft.rows, draft.lines, strict=False):  # as long as each other
            sku = values[0].strip()
            title = values[1].strip()
            qty = values[2].strip()
            price = values[3].strip()
            # The common case first: a good row whose quantity and price were seen before.
            quantity = quantities.get(qty)
            unit = prices.get(price) if price else None
            if unit is not None and quantity is not None and quantity > 0 and (sku or title):
                # Shops sell the same things at the same prices: share the equal lines.
                key = (sku, title, quantity, unit)
                line = known.get(key)
                if line is None:
                    line = ImportedLine(sku, title, quantity, unit)
                    if len(known) < _SHARED_LINES:
                        known[key] = line
                lines.append(line)
                subtotal += unit * quantity
                continue
            line_total = values[4].strip()
            if not (sku or title or qty or price or line_total):
                continue  # a row that only continues its order (Amazon's extra promotions)
            quantity = self.quantity(qty) if qty else None
            if self.drops_cancelled and quantity == 0 and (
                status is OrderStatus.CANCELLED or header_key(values[10]) in _CANCELLED_WORDS
            ):
                continue
            made = self._line(row, sku, title, qty, quantity, price, line_total, currency)
            if made is not None:
                lines.append(made[0])
                subtotal += made[1]
        if not self.row_amounts:
            return tuple(lines), subtotal, 0, 0, 0
        return (tuple(lines), subtotal, *self._row_amounts(draft, currency))

    def _row_amounts(self, draft: Draft, currency: str) -> tuple[int, int, int]:
        """Shipping, tax and discount added up over the order's rows."""
        builder = self.builder
        shipping = tax = discount = 0
        for row, values in zip(draft.rows, draft.lines, strict=True):
            for text, field in zip(values[5:10], ROW_AMOUNT_FIELDS, strict=True):
                text = text.strip()
                if not text:
                    continue
                minor = builder.minor(text, currency)
                if minor is None:
                    builder.problem(row, field, messages.BAD_AMOUNT, text)
                elif field in (F.LINE_DISCOUNT, F.LINE_SHIPPING_DISCOUNT):
                    discount += abs(minor)
                elif field == F.LINE_SHIPPING:
                    shipping += minor
                else:
                    tax += minor
        return shipping, tax, discount

    def _line(
        self, row: int, sku: str, title: str, qty: str, quantity: int | None, price: str,
        line_total: str, currency: str,
    ) -> tuple[ImportedLine, int] | None:
        """The line and its total, or None after reporting what is wrong with the row."""
        builder = self.builder
        ok = True
        if not sku and not title:
            builder.problem(row, self.item_field, messages.NO_ITEM)
            ok = False
        if not qty:
            builder.problem(row, F.QUANTITY, messages.NO_QUANTITY)
            ok = False
        elif quantity is None:
            builder.problem(row, F.QUANTITY, messages.BAD_QUANTITY, qty)
            ok = False
        elif quantity < 1:
            builder.problem(row, F.QUANTITY, messages.LOW_QUANTITY, qty)
            ok = False
        if price:
            unit = builder.minor(price, currency)
            if unit is None:
                builder.problem(row, F.UNIT_PRICE, messages.BAD_AMOUNT, price)
                return None
            if not ok or quantity is None:
                return None
            total = unit * quantity
        elif line_total:
            exact = builder.decimal(line_total)
            if exact is None:
                builder.problem(row, F.LINE_TOTAL, messages.BAD_AMOUNT, line_total)
                return None
            if not ok or quantity is None or not currency:
                return None
            total = round_to_minor(exact, currency)
            unit = round_to_minor(exact / quantity, currency)
        else:
            builder.problem(row, self.price_field, messages.NO_PRICE)
            return None
        if not ok:
            return None
        return ImportedLine(sku, title, quantity, unit), total

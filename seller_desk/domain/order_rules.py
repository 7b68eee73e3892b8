"""How an order's status may move, and what a hand-made order must hold to be saved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.orders import STATUS_LABELS, OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label

S = OrderStatus
NEXT_STATUSES: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.PENDING: frozenset({S.PAID, S.CANCELLED}),
    S.PAID: frozenset({S.SHIPPED, S.DELIVERED, S.CANCELLED, S.PARTIALLY_REFUNDED, S.REFUNDED}),
    S.SHIPPED: frozenset({S.DELIVERED, S.PARTIALLY_REFUNDED, S.REFUNDED}),
    S.DELIVERED: frozenset({S.PARTIALLY_REFUNDED, S.REFUNDED}),
    S.PARTIALLY_REFUNDED: frozenset({S.SHIPPED, S.DELIVERED, S.REFUNDED}),
    S.CANCELLED: frozenset(),
    S.REFUNDED: frozenset(),
}

# Why the commonest wrong moves are wrong, in the seller's words; anything else gets the list.
_REASONS: dict[tuple[OrderStatus, OrderStatus], str] = {
    (S.PENDING, S.SHIPPED): QT_TRANSLATE_NOOP(
        "orders", "Order {number} is not paid yet; mark it paid before shipping it."),
    (S.PENDING, S.DELIVERED): QT_TRANSLATE_NOOP(
        "orders", "Order {number} is not paid yet; mark it paid before shipping it."),
    (S.SHIPPED, S.CANCELLED): QT_TRANSLATE_NOOP(
        "orders", "Order {number} has already shipped; refund it instead of cancelling it."),
    (S.DELIVERED, S.CANCELLED): QT_TRANSLATE_NOOP(
        "orders", "Order {number} has already shipped; refund it instead of cancelling it."),
    (S.DELIVERED, S.SHIPPED): QT_TRANSLATE_NOOP(
        "orders", "Order {number} was delivered; it cannot go back to shipped."),
}
_FINAL = QT_TRANSLATE_NOOP(
    "orders", "Order {number} is {current} and cannot change any more.")
_OTHER = QT_TRANSLATE_NOOP(
    "orders", "Order {number} cannot go from {current} to {wanted}; from {current} it can "
    "become: {choices}.")
_SAME = QT_TRANSLATE_NOOP("orders", "Order {number} is already {current}.")


def status_label(status: OrderStatus) -> Label:
    return Label("status", STATUS_LABELS[status])


def check_status_move(number: str, current: OrderStatus, wanted: OrderStatus) -> None:
    """Refuse a move the workflow does not allow, saying why (in the seller's words)."""
    if wanted in NEXT_STATUSES[current]:
        return
    params = {
        "number": number, "current": status_label(current), "wanted": status_label(wanted),
        "choices": tuple(status_label(s) for s in OrderStatus if s in NEXT_STATUSES[current]),
    }
    if wanted == current:
        message = _SAME
    elif not NEXT_STATUSES[current]:
        message = _FINAL
    else:
        message = _REASONS.get((current, wanted), _OTHER)
    raise ValidationError(message, item=number, **params)


@dataclass(frozen=True, slots=True)
class LineDraft:
    sku: str
    title: str
    quantity: int
    unit_price_minor: int


@dataclass(frozen=True, slots=True)
class Totals:
    subtotal_minor: int
    total_minor: int
    item_count: int


def order_totals(
    lines: Sequence[LineDraft], shipping_minor: int, tax_minor: int, discount_minor: int
) -> Totals:
    """Check a hand-made order's lines and charges and add them up."""
    if not lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("orders", "An order needs at least one line."), item="lines")
    for number, line in enumerate(lines, start=1):
        if not (line.sku.strip() or line.title.strip()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("orders", "Line {line} needs a SKU or a title."),
                item=f"line {number}", line=number)
        if line.quantity <= 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("orders", "Line {line}: the quantity must be at least 1."),
                item=f"line {number}", line=number)
        if line.unit_price_minor < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("orders", "Line {line}: the price cannot be negative."),
                item=f"line {number}", line=number)
    for name, label, value in (
        ("shipping", QT_TRANSLATE_NOOP("orders", "Shipping"), shipping_minor),
        ("tax", QT_TRANSLATE_NOOP("orders", "Tax"), tax_minor),
        ("discount", QT_TRANSLATE_NOOP("orders", "Discount"), discount_minor),
    ):
        if value < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("orders", "{field} cannot be negative."),
                item=name, field=Label("orders", label))
    subtotal = sum(line.quantity * line.unit_price_minor for line in lines)
    total = subtotal + shipping_minor + tax_minor - discount_minor
    if total < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("orders", "The discount is larger than the order."), item="discount")
    return Totals(subtotal, total, sum(line.quantity for line in lines))


def clean_tags(text: str) -> str:
    """Tags as stored: comma-separated, trimmed, no duplicates (case-insensitive), in order."""
    seen: dict[str, str] = {}
    for raw in text.replace(";", ",").split(","):
        tag = " ".join(raw.split())[:40]
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    joined = ", ".join(seen.values())
    if len(joined) > 500:
        raise ValidationError(QT_TRANSLATE_NOOP("orders", "Too many tags."), item="tags")
    return joined

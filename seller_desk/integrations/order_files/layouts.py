"""What each export's columns mean: our fields, the headers that carry them, and the statuses."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from seller_desk.domain.imports import FileFormat, header_key
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.text import Label


class F:
    """Our names for what a column can say (plain strings: they key hot dictionaries)."""

    ORDER_ID = "order_id"  # groups the rows of one order
    EXTERNAL_ID = "external_id"
    NUMBER = "number"
    DATE = "date"
    STATUS = "status"
    FULFILLMENT = "fulfillment"
    CANCELLED_AT = "cancelled_at"
    SHIPPED_AT = "shipped_at"
    CURRENCY = "currency"
    SALES_CHANNEL = "sales_channel"
    SUBTOTAL = "subtotal"
    SHIPPING = "shipping"
    TAX = "tax"
    DISCOUNT = "discount"
    TOTAL = "total"
    REFUNDED = "refunded"
    ADJUSTED_TOTAL = "adjusted_total"
    CUSTOMER_ID = "customer_id"
    CUSTOMER_ID_2 = "customer_id_2"
    EMAIL = "email"
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone"
    PHONE_2 = "phone_2"
    COUNTRY = "country"
    CITY = "city"
    POSTCODE = "postcode"
    ACCEPTS_MARKETING = "accepts_marketing"
    TAGS = "tags"
    SHIP_NAME = "ship_name"
    SHIP_FIRST_NAME = "ship_first_name"
    SHIP_LAST_NAME = "ship_last_name"
    SHIP_ADDRESS1 = "ship_address1"
    SHIP_ADDRESS2 = "ship_address2"
    SHIP_CITY = "ship_city"
    SHIP_PROVINCE = "ship_province"
    SHIP_POSTCODE = "ship_postcode"
    SHIP_COUNTRY = "ship_country"
    # One per row, making a line; the amounts after LINE_TOTAL add up over the order's rows.
    SKU = "sku"
    TITLE = "title"
    QUANTITY = "quantity"
    UNIT_PRICE = "unit_price"
    LINE_TOTAL = "line_total"  # price of the whole quantity (Amazon's item-price)
    LINE_SHIPPING = "line_shipping"
    LINE_TAX = "line_tax"
    LINE_SHIPPING_TAX = "line_shipping_tax"
    LINE_DISCOUNT = "line_discount"
    LINE_SHIPPING_DISCOUNT = "line_shipping_discount"
    LINE_STATUS = "line_status"


ORDER_FIELDS: tuple[str, ...] = (
    F.ORDER_ID, F.EXTERNAL_ID, F.NUMBER, F.DATE, F.STATUS, F.FULFILLMENT, F.CANCELLED_AT,
    F.SHIPPED_AT, F.CURRENCY, F.SALES_CHANNEL, F.SUBTOTAL, F.SHIPPING, F.TAX, F.DISCOUNT,
    F.TOTAL, F.REFUNDED, F.ADJUSTED_TOTAL, F.CUSTOMER_ID, F.CUSTOMER_ID_2, F.EMAIL, F.NAME,
    F.FIRST_NAME, F.LAST_NAME, F.PHONE, F.PHONE_2, F.COUNTRY, F.CITY, F.POSTCODE,
    F.ACCEPTS_MARKETING, F.TAGS, F.SHIP_NAME, F.SHIP_FIRST_NAME, F.SHIP_LAST_NAME,
    F.SHIP_ADDRESS1, F.SHIP_ADDRESS2, F.SHIP_CITY, F.SHIP_PROVINCE, F.SHIP_POSTCODE,
    F.SHIP_COUNTRY,
)
LINE_FIELDS: tuple[str, ...] = (
    F.SKU, F.TITLE, F.QUANTITY, F.UNIT_PRICE, F.LINE_TOTAL, F.LINE_SHIPPING, F.LINE_TAX,
    F.LINE_SHIPPING_TAX, F.LINE_DISCOUNT, F.LINE_SHIPPING_DISCOUNT, F.LINE_STATUS,
)
ROW_AMOUNT_FIELDS: tuple[str, ...] = (
    F.LINE_SHIPPING, F.LINE_TAX, F.LINE_SHIPPING_TAX, F.LINE_DISCOUNT, F.LINE_SHIPPING_DISCOUNT,
)
DATE_FIELDS = frozenset({F.DATE, F.CANCELLED_AT, F.SHIPPED_AT})
AMOUNT_FIELDS = frozenset(
    {F.SUBTOTAL, F.SHIPPING, F.TAX, F.DISCOUNT, F.TOTAL, F.REFUNDED, F.ADJUSTED_TOTAL}
)


class Values(dict[str, str]):
    """An order's values by field; a field the file does not have reads as ""."""

    def __missing__(self, key: str) -> str:
        return ""


class UnknownStatus(ValueError):
    """A status value no mapping knows; `field` is the column it came from."""

    def __init__(self, field: str, value: str) -> None:
        super().__init__(value)
        self.field = field
        self.value = value


StatusRule = Callable[[Mapping[str, str]], OrderStatus]


def status_of(
    values: Mapping[str, str], table: Mapping[str, OrderStatus], default: OrderStatus,
    field: str = F.STATUS,
) -> OrderStatus:
    """The status `table` gives the value of `field` (compared by header_key, so 'On hold',
    'on-hold' and 'wc-on-hold' minus its prefix agree); `default` when empty."""
    raw = values[field].strip()
    if not raw:
        return default
    key = header_key(raw)
    status = table.get(key) or table.get(key.removeprefix("wc"))
    if status is None:
        raise UnknownStatus(field, raw)
    return status


@dataclass(frozen=True)
class Layout:
    """One export's columns: `columns` maps our fields to the headers that may carry them
    (first one present wins; the first listed is the one named when missing)."""

    file_format: FileFormat
    expected: Label  # "a Shopify orders export", for the missing-columns message
    columns: Mapping[str, tuple[str, ...]]
    required: tuple[str, ...]
    status: StatusRule
    # Sets of headers that tell this export apart from the others, for guessing a file's format.
    signatures: tuple[tuple[str, ...], ...] = ()
    # A zero-quantity line of a cancelled order or item is no line (Amazon lists them so).
    drops_cancelled_zero_lines: bool = False
    # The currency when the currency cell is empty (Amazon: from the marketplace's site).
    currency_fallback: Callable[[Mapping[str, str]], str] | None = None
    # The customer id a guest checkout gets (WooCommerce: 0), read as no id.
    guest_customer_id: str | None = None
    # Fields required depending on which others the file has (the columns found -> missing).
    also_required: Callable[[Mapping[str, int]], tuple[str, ...]] | None = None


@dataclass(frozen=True)
class Resolved:
    """A layout matched to one file's header: where each field is, and its header there."""

    layout: Layout
    index: Mapping[str, int]
    names: Mapping[str, str]

    @property
    def order_fields(self) -> tuple[str, ...]:
        """The order fields this file has, in ORDER_FIELDS order: a draft keeps these."""
        return tuple(f for f in ORDER_FIELDS if f in self.index)

    @property
    def has_lines(self) -> bool:
        return any(f in self.index for f in LINE_FIELDS)

    @property
    def has_row_amounts(self) -> bool:
        return any(f in self.index for f in ROW_AMOUNT_FIELDS)

    def name(self, field: str) -> str:
        return self.names.get(field) or field


def resolve(layout: Layout, columns: Sequence[str]) -> tuple[Resolved, tuple[str, ...]]:
    """Match `layout` to a header; also the required headers that are missing (by their name)."""
    exact: dict[str, int] = {}
    loose: dict[str, int] = {}
    for i, column in enumerate(columns):
        exact.setdefault(column.strip(), i)
        loose.setdefault(header_key(column), i)
    index: dict[str, int] = {}
    names: dict[str, str] = {}
    for our, headers in layout.columns.items():
        for header in headers:
            i = exact.get(header)
            if i is None:
                i = loose.get(header_key(header))
            if i is not None:
                index[our] = i
                names[our] = columns[i]
                break
    absent = [f for f in layout.required if f not in index]
    if layout.also_required is not None:
        absent += layout.also_required(index)
    missing = tuple(layout.columns.get(f, (f,))[0] for f in absent)
    return Resolved(layout, index, names), missing


def matches(layout: Layout, columns: Sequence[str]) -> bool:
    """Whether a header has every column of one of the layout's signatures."""
    keys = {header_key(c) for c in columns}
    return any(all(header_key(h) in keys for h in sig) for sig in layout.signatures)


# Status words any export may use, by header_key; a format's own table adds to these.
COMMON_STATUSES: dict[str, OrderStatus] = {
    **{header_key(status.value): status for status in OrderStatus},
    "unpaid": OrderStatus.PENDING, "awaitingpayment": OrderStatus.PENDING,
    "pendingpayment": OrderStatus.PENDING, "onhold": OrderStatus.PENDING,
    "authorized": OrderStatus.PENDING, "processing": OrderStatus.PAID,
    "completed": OrderStatus.SHIPPED, "complete": OrderStatus.SHIPPED,
    "fulfilled": OrderStatus.SHIPPED, "canceled": OrderStatus.CANCELLED,
    "failed": OrderStatus.CANCELLED, "voided": OrderStatus.CANCELLED,
}

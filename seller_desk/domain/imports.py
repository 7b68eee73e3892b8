"""What an order file says, once read: orders with their buyer and lines, and the rows refused."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from seller_desk.domain.orders import OrderStatus


class FileFormat(StrEnum):
    SHOPIFY = "shopify"
    WOOCOMMERCE = "woocommerce"
    ETSY = "etsy"
    AMAZON = "amazon"
    GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class ImportedCustomer:
    """The buyer as the file names them; empty strings where the marketplace hides them."""

    external_id: str = ""
    email: str = ""
    name: str = ""
    phone: str = ""
    country: str = ""  # ISO 3166-1 alpha-2, upper case
    city: str = ""
    postcode: str = ""
    accepts_marketing: bool | None = None


@dataclass(frozen=True, slots=True)
class ImportedLine:
    sku: str
    title: str
    quantity: int
    unit_price_minor: int  # in the order's currency


@dataclass(frozen=True, slots=True)
class ImportedOrder:
    """One order, complete: every row of the file that belongs to it parsed without a problem."""

    external_id: str
    number: str
    placed_at: datetime  # timezone-aware, UTC
    status: OrderStatus
    currency: str
    subtotal_minor: int
    shipping_minor: int
    tax_minor: int
    discount_minor: int
    total_minor: int
    customer: ImportedCustomer
    ship_country: str = ""
    ship_address: str = ""
    tags: tuple[str, ...] = ()
    lines: tuple[ImportedLine, ...] = ()
    rows: tuple[int, ...] = ()  # the file's row numbers (header is row 1)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Why one row of the file was refused: `reason` is a QT_TRANSLATE_NOOP("import", ...) text
    whose `{name}` placeholders `params` fill; `row` counts the header as row 1."""

    row: int
    column: str
    reason: str
    params: Mapping[str, object] = field(default_factory=dict)
    value: str = ""

    def render(self, template: str | None = None) -> str:
        try:
            return (template or self.reason).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template or self.reason


@dataclass(frozen=True, slots=True)
class ParsedFile:
    orders: tuple[ImportedOrder, ...]
    problems: tuple[RowProblem, ...]
    row_count: int  # data rows read, header excluded
    encoding: str = "utf-8"
    delimiter: str = ","


# --- Reading a file: the preview the import dialog shows, and a generic file's column mapping ---
# These imports sit here because this part was appended to the module; they may move up.

import json  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from types import MappingProxyType  # noqa: E402

from seller_desk.domain.currencies import is_currency  # noqa: E402
from seller_desk.domain.errors import ValidationError  # noqa: E402
from seller_desk.domain.text import QT_TRANSLATE_NOOP  # noqa: E402


class FileImportError(ValidationError):
    """A file, or a saved column mapping, that cannot be read as asked (missing, not text, not
    the expected export); its message is marked under the "import" context."""

    context = "import"


@dataclass(frozen=True, slots=True)
class FileHeader:
    """The first rows of a file, for the import dialog's preview and column mapping.

    `encoding` and `delimiter` are empty for a workbook; `guessed_format` names the known
    export the header looks like, or None."""

    columns: tuple[str, ...]
    sample_rows: tuple[tuple[str, ...], ...]
    encoding: str
    delimiter: str
    guessed_format: FileFormat | None = None


DATE_ORDERS: tuple[str, ...] = ("ymd", "dmy", "mdy")


@dataclass(frozen=True, slots=True)
class GenericField:
    """One field a generic file can fill: `key` as saved in a mapping, `label` as shown
    (QT_TRANSLATE_NOOP("import", ...)); `line` fields describe an order line and come as a group."""

    key: str
    label: str
    required: bool = False
    line: bool = False


# Required: order id, date and currency (a mapping's default currency stands in for a missing
# currency column). A file needs a total, or line columns to add the total up from.
GENERIC_FIELDS: tuple[GenericField, ...] = (
    GenericField("order_id", QT_TRANSLATE_NOOP("import", "Order id"), required=True),
    GenericField("order_date", QT_TRANSLATE_NOOP("import", "Order date"), required=True),
    GenericField("customer_id", QT_TRANSLATE_NOOP("import", "Customer id")),
    GenericField("customer_email", QT_TRANSLATE_NOOP("import", "Customer email")),
    GenericField("customer_name", QT_TRANSLATE_NOOP("import", "Customer name")),
    GenericField("country", QT_TRANSLATE_NOOP("import", "Country")),
    GenericField("currency", QT_TRANSLATE_NOOP("import", "Currency"), required=True),
    GenericField("total", QT_TRANSLATE_NOOP("import", "Order total")),
    GenericField("sku", QT_TRANSLATE_NOOP("import", "SKU"), line=True),
    GenericField("quantity", QT_TRANSLATE_NOOP("import", "Quantity"), line=True),
    GenericField("unit_price", QT_TRANSLATE_NOOP("import", "Unit price"), line=True),
    GenericField("title", QT_TRANSLATE_NOOP("import", "Item title"), line=True),
    GenericField("order_number", QT_TRANSLATE_NOOP("import", "Order number")),
    GenericField("status", QT_TRANSLATE_NOOP("import", "Status")),
    GenericField("shipping", QT_TRANSLATE_NOOP("import", "Shipping")),
    GenericField("tax", QT_TRANSLATE_NOOP("import", "Tax")),
    GenericField("discount", QT_TRANSLATE_NOOP("import", "Discount")),
    GenericField("customer_phone", QT_TRANSLATE_NOOP("import", "Customer phone")),
    GenericField("postcode", QT_TRANSLATE_NOOP("import", "Postcode")),
    GenericField("city", QT_TRANSLATE_NOOP("import", "City")),
)
_GENERIC_KEYS = frozenset(f.key for f in GENERIC_FIELDS)
_MAPPING_VERSION = 1


def header_key(header: str) -> str:
    """A header reduced to lower-case letters and digits, so 'Order ID', 'order_id' and
    'order-id' compare equal."""
    return "".join(ch for ch in header.casefold() if ch.isalnum())


def _bad_mapping(message: str, **params: object) -> FileImportError:
    return FileImportError(message, item=QT_TRANSLATE_NOOP("import", "column mapping"), **params)


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column of a generic file fills which field: `columns` maps a GENERIC_FIELDS key to
    the file's header. `date_order` reads slash dates such as 02/03/2025 ("ymd", "dmy" or
    "mdy"); `default_currency` is used when the file has no currency column."""

    columns: Mapping[str, str]
    date_order: str = "ymd"
    default_currency: str = ""

    def __post_init__(self) -> None:
        columns = dict(self.columns)
        unknown = sorted(key for key in columns if key not in _GENERIC_KEYS)
        if unknown:
            raise _bad_mapping(
                QT_TRANSLATE_NOOP("import", "The column mapping names unknown fields: {fields}."),
                fields=", ".join(map(str, unknown)),
            )
        for key, header in columns.items():
            if not isinstance(header, str) or not header.strip():
                raise _bad_mapping(
                    QT_TRANSLATE_NOOP("import", "The column mapping gives no column for {field}."),
                    field=key,
                )
        if self.date_order not in DATE_ORDERS:
            raise _bad_mapping(
                QT_TRANSLATE_NOOP(
                    "import", "Unknown date order {value}: use ymd, dmy or mdy."
                ),
                value=self.date_order,
            )
        if self.default_currency and not is_currency(self.default_currency):
            raise _bad_mapping(
                QT_TRANSLATE_NOOP("import", "Unknown default currency {code}."),
                code=self.default_currency,
            )
        object.__setattr__(self, "columns", MappingProxyType(columns))

    @classmethod
    def default(cls) -> ColumnMapping:
        """Each field read from the column of the same name (order_id, order_date, ...)."""
        return cls({f.key: f.key for f in GENERIC_FIELDS})

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": _MAPPING_VERSION,
                "columns": dict(self.columns),
                "date_order": self.date_order,
                "default_currency": self.default_currency,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """The mapping `to_json` saved; FileImportError (a ValidationError) when it is damaged."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            data = None
        if (
            not isinstance(data, dict)
            or data.get("version") != _MAPPING_VERSION
            or not isinstance(data.get("columns"), dict)
            or not isinstance(data.get("date_order", "ymd"), str)
            or not isinstance(data.get("default_currency", ""), str)
        ):
            raise _bad_mapping(
                QT_TRANSLATE_NOOP(
                    "import", "The saved column mapping cannot be read; choose the columns again."
                )
            )
        return cls(
            data["columns"],
            date_order=data.get("date_order", "ymd"),
            default_currency=data.get("default_currency", ""),
        )


# Headers that obviously mean a field, beyond the field's own name (compared by header_key).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "order_id": ("orderid", "order", "orderno", "id"),
    "order_date": ("date", "orderdate", "createdat", "purchasedate", "saledate", "orderedat"),
    "customer_id": ("customerid", "buyerid", "clientid"),
    "customer_email": ("email", "emailaddress", "buyeremail", "mail"),
    "customer_name": ("name", "customer", "buyer", "buyername", "fullname", "client"),
    "country": ("countrycode", "shipcountry", "billingcountry"),
    "currency": ("currencycode", "cur"),
    "total": ("amount", "ordertotal", "grandtotal", "totalamount", "sum"),
    "sku": ("itemsku", "productsku", "articlenumber"),
    "quantity": ("qty", "quantity", "units", "count"),
    "unit_price": ("price", "itemprice", "unitcost", "priceeach"),
    "title": ("itemname", "productname", "product", "item", "description"),
    "order_number": ("ordernumber", "number", "ordernr"),
    "status": ("orderstatus", "state"),
    "shipping": ("shippingcost", "shippingprice", "delivery", "postage"),
    "tax": ("taxes", "vat", "salestax", "taxamount"),
    "discount": ("discountamount", "discounts"),
    "customer_phone": ("phone", "telephone", "phonenumber", "mobile", "tel"),
    "postcode": ("zip", "zipcode", "postalcode", "postcode", "plz"),
    "city": ("town",),
}


def suggest_mapping(columns: Sequence[str]) -> ColumnMapping:
    """A first guess at a generic file's mapping: each field takes the column named like it
    (ignoring case, spaces, dashes and underscores), else one with an obvious synonym."""
    free: dict[str, str] = {}
    for header in columns:
        free.setdefault(header_key(header), header)
    chosen: dict[str, str] = {}
    for keys in (
        {f.key: (header_key(f.key),) for f in GENERIC_FIELDS},
        {f.key: _SYNONYMS.get(f.key, ()) for f in GENERIC_FIELDS},
    ):
        for field_key, candidates in keys.items():
            if field_key in chosen:
                continue
            for candidate in candidates:
                if candidate in free:
                    chosen[field_key] = free.pop(candidate)
                    break
    return ColumnMapping(chosen)

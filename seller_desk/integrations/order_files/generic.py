"""Any CSV or workbook whose columns the seller mapped to ours with a ColumnMapping."""

from __future__ import annotations

from collections.abc import Mapping

from seller_desk.domain.imports import GENERIC_FIELDS, ColumnMapping, FileFormat
from seller_desk.domain.orders import OrderStatus
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label
from seller_desk.integrations.order_files.layouts import COMMON_STATUSES, F, Layout, status_of

# A mapping's field keys (GENERIC_FIELDS) and the fields they fill.
FIELDS: dict[str, str] = {
    "order_id": F.ORDER_ID,
    "order_date": F.DATE,
    "customer_id": F.CUSTOMER_ID,
    "customer_email": F.EMAIL,
    "customer_name": F.NAME,
    "country": F.COUNTRY,
    "currency": F.CURRENCY,
    "total": F.TOTAL,
    "sku": F.SKU,
    "quantity": F.QUANTITY,
    "unit_price": F.UNIT_PRICE,
    "title": F.TITLE,
    "order_number": F.NUMBER,
    "status": F.STATUS,
    "shipping": F.SHIPPING,
    "tax": F.TAX,
    "discount": F.DISCOUNT,
    "customer_phone": F.PHONE,
    "postcode": F.POSTCODE,
    "city": F.CITY,
}


def order_status(values: Mapping[str, str]) -> OrderStatus:
    return status_of(values, COMMON_STATUSES, OrderStatus.PAID)


def layout(mapping: ColumnMapping) -> Layout:
    """The layout a mapping describes. A mapped column the file lacks is skipped, except for
    the required fields: order id, date, currency (unless the mapping has a default currency),
    then either the line columns as a group (quantity, unit price, and a SKU or a title) when
    the file has any of them, or else a total."""
    columns = {FIELDS[key]: (header,) for key, header in mapping.columns.items()}
    required = [FIELDS[f.key] for f in GENERIC_FIELDS if f.required]
    if mapping.default_currency:
        required.remove(F.CURRENCY)
    for field in required:  # unmapped, it is looked for under its own name
        columns.setdefault(field, (_default_header(field),))
    return Layout(
        file_format=FileFormat.GENERIC,
        expected=Label(
            "import", QT_TRANSLATE_NOOP("import", "an order file with the chosen columns")
        ),
        columns=columns,
        required=tuple(required),
        status=order_status,
        signatures=(("order_id", "order_date"),),
        also_required=_lines_or_total,
    )


def _lines_or_total(index: Mapping[str, int]) -> tuple[str, ...]:
    """The fields a file with these columns still needs: a whole line or a total."""
    if any(f in index for f in (F.SKU, F.TITLE, F.QUANTITY, F.UNIT_PRICE)):
        needed = [F.QUANTITY, F.UNIT_PRICE]
        if F.SKU not in index and F.TITLE not in index:
            needed.append(F.SKU)
    else:
        needed = [F.TOTAL]
    return tuple(f for f in needed if f not in index)


def _default_header(field: str) -> str:
    return next(key for key, ours in FIELDS.items() if ours == field)


DEFAULT = layout(ColumnMapping.default())

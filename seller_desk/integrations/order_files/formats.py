"""The layouts of each file format, and which known export a header looks like."""

from __future__ import annotations

from collections.abc import Sequence

from seller_desk.domain.imports import ColumnMapping, FileFormat
from seller_desk.integrations.order_files import amazon, etsy, generic, shopify, woocommerce
from seller_desk.integrations.order_files.layouts import Layout, matches

# The order in which a header is compared when guessing: the most distinctive first.
_KNOWN: tuple[Layout, ...] = (
    shopify.LAYOUT, amazon.LAYOUT, *etsy.LAYOUTS, woocommerce.LAYOUT, generic.DEFAULT,
)

# How each format writes a date like 03/02/25 when it does not use ISO 8601.
DATE_ORDERS: dict[FileFormat, str] = {
    FileFormat.SHOPIFY: "ymd",
    FileFormat.WOOCOMMERCE: "ymd",
    FileFormat.ETSY: "mdy",
    FileFormat.AMAZON: "mdy",
}


def layouts_for(file_format: FileFormat, mapping: ColumnMapping | None) -> tuple[Layout, ...]:
    """The layouts a file of `file_format` may have, most likely first."""
    if file_format is FileFormat.SHOPIFY:
        return (shopify.LAYOUT,)
    if file_format is FileFormat.WOOCOMMERCE:
        return (woocommerce.LAYOUT,)
    if file_format is FileFormat.ETSY:
        return etsy.LAYOUTS
    if file_format is FileFormat.AMAZON:
        return (amazon.LAYOUT,)
    return (generic.layout(mapping or ColumnMapping.default()),)


def guess_format(columns: Sequence[str]) -> FileFormat | None:
    """The known export whose telltale headers `columns` has, or None."""
    for layout in _KNOWN:
        if matches(layout, columns):
            return layout.file_format
    return None

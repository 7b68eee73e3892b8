"""The Orders page: every order across marketplaces, newest first, with its detail."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from seller_desk.domain.paging import PageRequest
from seller_desk.services.orders import OrderDetail, OrderRow, OrdersService
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.pages.labels import country_label, marketplace_label, status_label
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill


def order_columns(fmt: Formatter) -> list[Column[OrderRow]]:
    return [
        Column("number", QT_TRANSLATE_NOOP("columns", "Order"), lambda r: r.number, "number"),
        Column("placed", QT_TRANSLATE_NOOP("columns", "Date"),
               lambda r: fmt.date_time(r.placed_at), "placed_at"),
        Column("customer", QT_TRANSLATE_NOOP("columns", "Customer"),
               lambda r: r.customer, "customer"),
        Column("email", QT_TRANSLATE_NOOP("columns", "Email"), lambda r: r.email, "email"),
        Column("marketplace", QT_TRANSLATE_NOOP("columns", "Marketplace"),
               lambda r: r.account, "marketplace", tip=lambda r: marketplace_label(r.marketplace)),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country,
               "country", tip=lambda r: country_label(r.country)),
        Column("status", QT_TRANSLATE_NOOP("columns", "Status"),
               lambda r: status_label(r.status), "status"),
        Column("total", QT_TRANSLATE_NOOP("columns", "Total"),
               lambda r: fmt.money(r.total), "total", numeric=True),
        Column("total_base", QT_TRANSLATE_NOOP("columns", "Total (base)"),
               lambda r: fmt.money(r.total_base), "total_base", numeric=True),
    ]


class OrdersPage(TablePage):
    def __init__(
        self, runner: TaskRunner, orders: OrdersService, fmt: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, orders.table, order_columns(fmt),
            PageRequest(sort="placed_at", descending=True),
            ("status", "marketplace", "country", "currency", "period"),
            orders.detail, fmt, parent,
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Orders"))
        self.search.setPlaceholderText(self.tr("Order number, email, name or SKU…"))
        self.search.setToolTip(self.tr("Finds orders whose number, buyer email, buyer name or "
                                       "a line's SKU starts with what you type."))
        super().retranslate()

    def count_text(self, total: int) -> str:
        return fill(self.tr("Orders: %1"), self.fmt.number(total))

    def render_detail(self, d: OrderDetail) -> str:
        f, r = self.fmt, d.row
        parts = [
            h.heading(fill(self.tr("Order %1"), r.number),
                      f"{r.account} · {marketplace_label(r.marketplace)}"),
            h.fields([
                (self.tr("Placed"), f.date_time(r.placed_at)),
                (self.tr("Status"), status_label(r.status)),
                (self.tr("Customer"), f"{r.customer} <{r.email}>" if r.email else r.customer),
                (self.tr("Ship to"), d.address or country_label(r.country)),
                (self.tr("Marketplace order id"), d.external_id),
                (self.tr("Last change"), f.date_time(d.updated_at)),
            ]),
            h.section(self.tr("Lines")),
            h.table(
                [self.tr("SKU"), self.tr("Item"), self.tr("Qty"), self.tr("Price"),
                 self.tr("Line total")],
                [(ln.sku, ln.title, f.number(ln.quantity), f.money(ln.unit_price),
                  f.money(ln.total)) for ln in d.lines],
                numeric={2, 3, 4},
            ),
            h.section(self.tr("Totals")),
            h.fields([
                (self.tr("Subtotal"), f.money(d.subtotal)),
                (self.tr("Shipping"), f.money(d.shipping)),
                (self.tr("Tax"), f.money(d.tax)),
                (self.tr("Discount"), f.money(-d.discount)),
                (self.tr("Total"), f.money(r.total)),
                (self.tr("In base currency"),
                 fill(self.tr("%1 (rate %2 on the order date)"),
                     f.money(r.total_base), str(d.rate_to_base))),
            ]),
        ]
        return "".join(parts)

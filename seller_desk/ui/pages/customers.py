"""The Customers page: everyone who bought, with their orders and spend, and a profile panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from seller_desk.domain.paging import PageRequest
from seller_desk.services.customers import CustomerDetail, CustomerRow, CustomersService
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import Column
from seller_desk.ui.pages import detail_html as h
from seller_desk.ui.pages.labels import country_label, status_label
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.text import fill


def customer_columns(fmt: Formatter) -> list[Column[CustomerRow]]:
    return [
        Column("name", QT_TRANSLATE_NOOP("columns", "Name"), lambda r: r.name, "name"),
        Column("email", QT_TRANSLATE_NOOP("columns", "Email"), lambda r: r.email, "email"),
        Column("country", QT_TRANSLATE_NOOP("columns", "Country"), lambda r: r.country,
               "country", tip=lambda r: country_label(r.country)),
        Column("language", QT_TRANSLATE_NOOP("columns", "Language"), lambda r: r.language,
               "language"),
        Column("orders", QT_TRANSLATE_NOOP("columns", "Orders"),
               lambda r: fmt.number(r.orders), "orders", numeric=True),
        Column("spent", QT_TRANSLATE_NOOP("columns", "Spent (base)"),
               lambda r: fmt.money(r.spent), "spent", numeric=True),
        Column("first", QT_TRANSLATE_NOOP("columns", "First order"),
               lambda r: fmt.date(r.first_order), "first_order"),
        Column("last", QT_TRANSLATE_NOOP("columns", "Last order"),
               lambda r: fmt.date(r.last_order), "last_order"),
    ]


class CustomersPage(TablePage):
    def __init__(
        self, runner: TaskRunner, customers: CustomersService, fmt: Formatter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            runner, customers.table, customer_columns(fmt),
            PageRequest(sort="last_order", descending=True),
            ("marketplace", "country", "currency", "period"),
            customers.detail, fmt, parent,
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customers"))
        self.search.setPlaceholderText(self.tr("Name, email or phone…"))
        self.search.setToolTip(self.tr("Finds customers whose name, email or phone number "
                                       "starts with what you type. The period filter is the "
                                       "date of their first order; the currency filter, the "
                                       "currency they pay in."))
        super().retranslate()

    def count_text(self, total: int) -> str:
        return fill(self.tr("Customers: %1"), self.fmt.number(total))

    def render_detail(self, d: CustomerDetail) -> str:
        f, r = self.fmt, d.row
        return "".join([
            h.heading(r.name or r.email, r.email),
            h.fields([
                (self.tr("Phone"), r.phone),
                (self.tr("Country"), country_label(r.country)),
                (self.tr("City"), " ".join(x for x in (d.postcode, d.city) if x)),
                (self.tr("Language"), r.language),
                (self.tr("Currency"), d.currency),
                (self.tr("First seen on"), d.account),
                (self.tr("Customer since"), f.date(d.created_at)),
                (self.tr("Orders"), f.number(r.orders)),
                (self.tr("Spent"), f.money(r.spent)),
                (self.tr("First order"), f.date(r.first_order)),
                (self.tr("Last order"), f.date(r.last_order)),
            ]),
            h.section(self.tr("Orders")),
            h.table(
                [self.tr("Order"), self.tr("Date"), self.tr("Status"), self.tr("Total")],
                [(o.number, f.date(o.placed_at), status_label(o.status), f.money(o.total))
                 for o in d.recent_orders],
                numeric={3},
            ),
        ])

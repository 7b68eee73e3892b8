"""The Customers table: sorts, filters and search over customers with their running totals."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func

from seller_desk.domain.paging import TableFilter
from seller_desk.store.models import Customer
from seller_desk.store.queries.tables import SearchField, SortKey, TableQuery, in_range, in_set

CUSTOMER_COLUMNS = (
    Customer.name, Customer.email, Customer.phone, Customer.country, Customer.language,
    Customer.order_count, Customer.spent_base_minor, Customer.first_order_at,
    Customer.last_order_at,
)


def _filter(stmt: Select[Any], flt: TableFilter) -> Select[Any]:
    stmt = in_set(stmt, Customer.account_id, flt.account_ids)
    stmt = in_set(stmt, Customer.country, flt.countries)
    stmt = in_set(stmt, Customer.currency, flt.currencies)
    return in_range(stmt, Customer.first_order_at, flt)


CUSTOMERS = TableQuery(
    columns=CUSTOMER_COLUMNS,
    source=Customer.__table__,
    id_column=Customer.id,
    sorts={
        "name": SortKey((Customer.name_key, Customer.id)),
        "email": SortKey((Customer.email, Customer.id)),
        "country": SortKey((Customer.country, Customer.id)),
        "language": SortKey((Customer.language, Customer.id)),
        "orders": SortKey((Customer.order_count, Customer.id)),
        "spent": SortKey((Customer.spent_base_minor, Customer.id)),
        "first_order": SortKey((Customer.first_order_at, Customer.id), nullable=True),
        "last_order": SortKey((Customer.last_order_at, Customer.id), nullable=True),
    },
    apply_filter=_filter,
    search_fields=(
        SearchField(Customer.name_key),
        SearchField(Customer.email),
        SearchField(Customer.phone_key, digits_only=True),
    ),
    # Through coalesce so no index serves it: the planner then walks the sort's own index
    # (merged customers are few) instead of reading every live one by merged_into_id and sorting.
    hidden=func.coalesce(Customer.merged_into_id, 0) != 0,
)

"""Tables of things that belong to an order, searched by their own keys and the order's number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from seller_desk.store.models import Order
from seller_desk.store.queries import tables
from seller_desk.store.queries.keyset import starts_with, starts_with_scan
from seller_desk.store.queries.tables import TableQuery


@dataclass(frozen=True)
class OrderLinkedQuery(TableQuery):
    """A table of things that belong to an order (return requests, shipments): searches its own
    fields and the numbers of the rows' orders, narrow or broad as TableQuery decides: narrow
    searches collect ids through the indexes, broad ones test each row while walking the sort
    order."""

    order_id_column: ColumnElement[int] | None = None

    def _search(self, session: Session, stmt: Select[Any], text: str) -> Select[Any]:
        fields = [(field, term) for field in self.search_fields
                  if (term := field.term(text)) is not None]
        ids = [select(self.id_column if field.owner is None else field.owner)
               .where(starts_with(field.column, term)) for field, term in fields]
        # Not correlated with the page's own join of orders: the order ids stand alone.
        orders = (select(Order.id).where(starts_with(Order.number_key, text))
                  .correlate(None))
        matches = sum(
            session.scalar(select(func.count()).select_from(
                found.limit(tables.NARROW_SEARCH).subquery())) or 0
            for found in (*ids, orders)
        )
        if matches < tables.NARROW_SEARCH:
            return stmt.where(or_(self.id_column.in_(union_all(*ids)),
                                  self._order_id.in_(orders)))
        # Each walked row looks up its own lines and order by key, so a page of matches
        # comes without first gathering every match.
        order = aliased(Order)
        return stmt.where(or_(
            *(starts_with_scan(field.column, term) if field.owner is None
              else exists().where(field.owner == self.id_column,
                                  starts_with_scan(field.column, term))
              for field, term in fields),
            exists().where(order.id == self._order_id,
                           starts_with_scan(order.number_key, text)),
        ))

    @property
    def _order_id(self) -> ColumnElement[int]:
        if self.order_id_column is None:
            raise TypeError("an OrderLinkedQuery needs its order_id_column")
        return self.order_id_column

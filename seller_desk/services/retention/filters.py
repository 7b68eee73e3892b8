"""Which customers a retention view covers: marketplace, country, first product, cohort."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy.orm import Session

from seller_desk.domain.retention.days import day_number
from seller_desk.domain.retention.history import Ints, month_of
from seller_desk.services.retention.data import ShopData
from seller_desk.store.queries.retention import customers_in_countries, orders_with_products


@dataclass(frozen=True)
class RetentionFilter:
    """Empty tuples and None mean "all". Marketplace and first product are those of the
    customer's first counted order (where the shop won them); the cohort range is by month."""

    marketplaces: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    first_skus: tuple[str, ...] = ()
    cohort_from: date | None = None
    cohort_to: date | None = None

    @property
    def is_all(self) -> bool:
        return self == RetentionFilter()


@dataclass(frozen=True)
class FirstOrders:
    """Each known customer's first counted order: who, which order, on which account and day."""

    customer: Ints
    order: Ints
    account: Ints
    day: Ints


def first_orders(data: ShopData) -> FirstOrders:
    known = data.orders.customer > 0
    customer = data.orders.customer[known]
    day = data.day[known]
    # Earliest day, then lowest order id, first per customer.
    order = np.lexsort((data.orders.order[known], day, customer))
    customer, day = customer[order], day[order]
    first = np.flatnonzero(np.r_[True, customer[1:] != customer[:-1]])
    return FirstOrders(
        customer=customer[first],
        order=data.orders.order[known][order][first],
        account=data.orders.account[known][order][first],
        day=day[first],
    )


def selected_customers(
    session: Session, data: ShopData, firsts: FirstOrders, chosen: RetentionFilter
) -> Ints | None:
    """Customer ids the filter keeps, or None when it keeps everybody."""
    if chosen.is_all:
        return None
    keep = np.ones(firsts.customer.size, dtype=bool)
    if chosen.marketplaces:
        accounts = [i for i, m in data.marketplaces.items() if m in chosen.marketplaces]
        keep &= np.isin(firsts.account, np.array(accounts, dtype=np.int64))
    if chosen.countries:
        keep &= np.isin(firsts.customer, customers_in_countries(session, chosen.countries))
    if chosen.first_skus:
        keep &= np.isin(
            firsts.order, orders_with_products(session, firsts.order, chosen.first_skus)
        )
    months = month_of(firsts.day)
    if chosen.cohort_from is not None:
        keep &= months >= month_of(np.array([day_number(chosen.cohort_from)]))[0]
    if chosen.cohort_to is not None:
        keep &= months <= month_of(np.array([day_number(chosen.cohort_to)]))[0]
    return firsts.customer[keep]

"""Which orders a Shopify listing shows: sort keys, search filters, keyset cursors, and the
60-day window of an app without read_all_orders. Only the bisect touches every order."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from tests.fakes.shop_data import FakeOrder, FakeShop

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
VISIBLE_DAYS = 60  # what read_orders alone shows
SEARCH = re.compile(r"updated_at\s*:\s*(>=|<=|>|<)?\s*['\"]?([0-9T:.+\-Z ]+?)['\"]?(?=\s|\)|$)")
Key = tuple[int, ...]


def micros(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)


SORTS: dict[str, Callable[[FakeOrder], Key]] = {
    "UPDATED_AT": lambda o: (micros(o.updated), o.order_id),
    "CREATED_AT": lambda o: (micros(o.created), o.order_id),
    "PROCESSED_AT": lambda o: (micros(o.created), o.order_id),
    "ID": lambda o: (o.order_id,),
    "ORDER_NUMBER": lambda o: (o.number, o.order_id),
}
REST_SORTS = {"updated_at": "UPDATED_AT", "created_at": "CREATED_AT",
              "processed_at": "PROCESSED_AT", "id": "ID"}


def key_of(sort: str, reverse: bool) -> Callable[[FakeOrder], Key]:
    base = SORTS[sort]
    return (lambda o: tuple(-k for k in base(o))) if reverse else base


def ordered(shop: FakeShop, sort: str, reverse: bool, since: datetime | None,
            until: datetime | None) -> list[FakeOrder]:
    """The orders updated in [since, until), in the listing's order: the shop's own order
    (a slice after a bisect) for updated-at ascending, a sort otherwise."""
    orders = shop.updated_since(since, until)
    if sort == "UPDATED_AT" and not reverse:
        return orders
    return sorted(orders, key=key_of(sort, reverse))


def window(orders: Sequence[FakeOrder], key: Callable[[FakeOrder], Key],
           after: Key | None, before: Key | None, limit: int,
           accept: Callable[[FakeOrder], bool]) -> tuple[list[FakeOrder], bool]:
    """Up to `limit` accepted orders after the key `after` (or, going back, before `before`),
    and whether more lie beyond them in that direction."""
    picked: list[FakeOrder] = []
    if before is not None:
        index = bisect_left(orders, before, key=key) - 1
        while index >= 0 and len(picked) <= limit:
            if accept(orders[index]):
                picked.append(orders[index])
            index -= 1
        return list(reversed(picked[:limit])), len(picked) > limit
    index = 0 if after is None else bisect_right(orders, after, key=key)
    while index < len(orders) and len(picked) <= limit:
        if accept(orders[index]):
            picked.append(orders[index])
        index += 1
    return picked[:limit], len(picked) > limit


def visible_from(shop: FakeShop, now: datetime | None, all_orders: bool) -> datetime | None:
    """The oldest creation time the app may see; None when it sees everything."""
    if all_orders:
        return None
    return (now or shop.newest_update()) - timedelta(days=VISIBLE_DAYS)


def search_range(query: str) -> tuple[datetime | None, datetime | None]:
    """[since, until) of the updated_at terms of a search query ("updated_at:>='…'")."""
    since = until = None
    for operator, text in SEARCH.findall(query or ""):
        moment = parse_time(text.strip())
        if operator in {">=", ""}:
            since = moment
        elif operator == ">":
            since = moment + timedelta(microseconds=1)
        elif operator == "<":
            until = moment
        else:
            until = moment + timedelta(microseconds=1)
    return since, until


def parse_time(text: str) -> datetime:
    """An ISO 8601 time as Shopify takes it; one without an offset is the shop's UTC."""
    moment = datetime.fromisoformat(text.replace(" ", "+").replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def listed_key(value: object) -> Key | None:
    """A key read back from a cursor; None if it is not one."""
    if isinstance(value, list) and value and all(type(k) is int for k in value):
        return tuple(value)
    return None

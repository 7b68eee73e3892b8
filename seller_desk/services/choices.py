"""The choices the filter menus offer, read once per page from what the shop holds."""

from __future__ import annotations

from dataclasses import dataclass

from seller_desk.domain.orders import OrderStatus
from seller_desk.store.database import Database
from seller_desk.store.queries import choices


@dataclass(frozen=True)
class AccountChoice:
    id: int
    name: str
    marketplace: str


@dataclass(frozen=True)
class FilterChoices:
    accounts: tuple[AccountChoice, ...]
    countries: tuple[str, ...]
    currencies: tuple[str, ...]
    statuses: tuple[str, ...]


class ChoicesService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def filter_choices(self) -> FilterChoices:
        with self._db.read_session() as session:
            return FilterChoices(
                tuple(AccountChoice(*row) for row in choices.accounts(session)),
                tuple(choices.countries(session)),
                tuple(choices.order_currencies(session)),
                tuple(status.value for status in OrderStatus),
            )

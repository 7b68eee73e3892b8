"""Profit by listing, market and country: rows from the exact sums costing stored."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from seller_desk.domain.money import Money
from seller_desk.store.queries.profit import Sums


@dataclass(frozen=True)
class ProfitRow:
    """One listing, market or country over a period, in the base currency."""

    key: str
    label: str
    orders: int
    units: int
    revenue: Money
    marketplace_fees: Money
    payment_fees: Money
    cost: Money
    shipping: Money
    returns: Money
    margin: Money

    @property
    def margin_ratio(self) -> float | None:
        """Margin as a share of revenue (for display); None without revenue."""
        return self.margin.minor / self.revenue.minor if self.revenue.minor else None


@dataclass(frozen=True)
class ProfitReport:
    since: datetime | None
    until: datetime | None
    currency: str
    by_listing: tuple[ProfitRow, ...]
    by_market: tuple[ProfitRow, ...]
    by_country: tuple[ProfitRow, ...]
    totals: ProfitRow
    uncosted_orders: int = 0
    incomplete_orders: int = 0


def _add(parts: Iterable[Sums]) -> Sums:
    return sum(parts, Sums())


def profit_row(key: str, label: str, sums: Sums, base: str) -> ProfitRow:
    def money(minor: int) -> Money:
        return Money(minor, base)

    return ProfitRow(key, label, sums.orders, sums.units, money(sums.revenue),
                     money(sums.marketplace_fee), money(sums.payment_fee), money(sums.cost),
                     money(sums.shipping), money(sums.returns), money(sums.margin))


def grouped(pairs: Iterable[tuple[tuple[str, str], Sums]], base: str) -> list[ProfitRow]:
    """One row per (key, label), its sums added up, in order of key."""
    groups: dict[tuple[str, str], list[Sums]] = {}
    for name, sums in pairs:
        groups.setdefault(name, []).append(sums)
    return [profit_row(key, label, _add(parts), base)
            for (key, label), parts in sorted(groups.items())]


def by_market(groups: list[tuple[tuple[int, str, str], Sums]], accounts: dict[int, str],
              base: str) -> list[ProfitRow]:
    """A market is an account selling in one currency: "<account> · <CUR>"."""
    return grouped([((f"{account}:{cur}", f"{accounts.get(account, f'#{account}')} · {cur}"),
                     sums) for (account, cur, _country), sums in groups], base)


def by_country(groups: list[tuple[tuple[int, str, str], Sums]], base: str) -> list[ProfitRow]:
    return grouped([((country, country), sums) for (_a, _c, country), sums in groups], base)


def by_listing(groups: list[tuple[tuple[int | None, str], Sums]],
               listings: dict[int, tuple[str, str]], base: str) -> list[ProfitRow]:
    """A listing's row is keyed by its SKU; lines no listing has are grouped by their SKU."""
    def name(listing: int | None, bare: str) -> tuple[str, str]:
        if listing is None:
            return bare, bare
        sku, title = listings.get(listing, (f"#{listing}", ""))
        return sku, f"{sku} · {title}" if title else sku

    return grouped([(name(*key), sums) for key, sums in groups], base)


def totals(groups: list[tuple[tuple[int, str, str], Sums]], label: str, base: str
           ) -> ProfitRow:
    return profit_row("", label, _add(sums for _key, sums in groups), base)


def incomplete(groups: list[tuple[tuple[int, str, str], Sums]]) -> int:
    return sum(sums.incomplete for _key, sums in groups)

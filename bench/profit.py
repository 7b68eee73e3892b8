"""Profit on the 1M-order demo shop: costing, then margin by listing, market, country vs SQL.

Costs every order of a copy (in a temp folder) once, then works the margin out over all order
lines, against the same aggregation in plain SQL GROUP BY, side by side.

The SQL baseline is what a report without the costing pass would do: convert with the rate as
a float and split each order over its lines in proportion, rounding nothing. It is shown for
speed; the line "baseline off by" tells how far its margins drift from the exact ones."""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from common import big_database, row, timed
from sqlalchemy import text

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.fx import DayRates
from seller_desk.services.profit import ProfitService
from seller_desk.services.workspace import Workspace, open_workspace
from seller_desk.store.queries.fx import rate_count, store_rates

ORDERS = 1_046_000
COUNTED = "('paid', 'shipped', 'delivered', 'partially_refunded')"
WHERE = f"o.status IN {COUNTED} AND o.is_test = 0 AND o.margin_base_minor IS NOT NULL"


def queries(scale: str) -> tuple[str, str]:
    """By market and country (one GROUP BY) and by listing, converting with the rate as a
    float and `scale` (10 ** (base digits - order currency digits)) per order."""
    overhead = ("(o.total_minor - o.tax_minor - o.refunded_minor - o.marketplace_fee_minor"
                f" - o.payment_fee_minor) * CAST(o.rate_to_base AS REAL) * {scale}"
                " - o.shipping_cost_base_minor")
    by_order = f"""SELECT o.account_id, o.currency, o.ship_country, COUNT(*), SUM(o.item_count),
        SUM({overhead} - o.cost_base_minor) FROM orders o WHERE {WHERE}
        GROUP BY o.account_id, o.currency, o.ship_country"""
    by_listing = f"""SELECT l.listing_id, COUNT(DISTINCT o.id), SUM(l.quantity),
        SUM(({overhead}) * l.total_minor / NULLIF(o.subtotal_minor, 0)
            - COALESCE(l.cost_base_minor, 0))
        FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE {WHERE}
        GROUP BY l.listing_id"""
    return by_order, by_listing


def minor_scale(ws: Workspace, base: str) -> str:
    """A CASE giving each order currency's scale to the base currency's minor units."""
    with ws.database.engine.connect() as connection:
        currencies = [c for (c,) in connection.execute(text(
            "SELECT DISTINCT currency FROM orders"))]
    whens = " ".join(f"WHEN '{c}' THEN {10.0 ** (minor_digits(base) - minor_digits(c))!r}"
                     for c in currencies if minor_digits(c) != minor_digits(base))
    return f"(CASE o.currency {whens} ELSE 1.0 END)" if whens else "1.0"


def synthetic_rates(ws: Workspace) -> None:
    """Daily CNY and USD rates per EUR over the demo's two years, when the copy has none, so
    that costing converts every line (the demo's listings cost CNY)."""
    with ws.database.session() as session:
        if rate_count(session):
            return
        day, answers = date.today() - timedelta(days=800), []
        while day <= date.today():
            k = day.toordinal()
            answers.append(DayRates(day, {"USD": Decimal("1.05") + Decimal(k % 60) / 1000,
                                          "CNY": Decimal("7.60") + Decimal(k % 40) / 100},
                                    "ecb"))
            day += timedelta(days=1)
        store_rates(session, answers, datetime.now(UTC))
    print(f"  (no stored rates in the copy: {len(answers):,} synthetic days of CNY and USD)")


def baseline(ws: Workspace, sql: tuple[str, str]) -> tuple[int, float]:
    """The three GROUP BYs in SQL (market and country come from one query), with the same
    sorting settings as ours; the margin total."""
    with ws.database.sorting_session() as session:
        groups = session.execute(text(sql[0])).all()
        listings = session.execute(text(sql[1])).all()
    return len(groups) + len(listings), sum(float(g[5]) for g in groups)


def line_count(ws: Workspace) -> int:
    with ws.database.engine.connect() as connection:
        return int(connection.execute(text("SELECT COUNT(*) FROM order_lines")).scalar() or 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=ORDERS)
    args = parser.parse_args()
    source = big_database(max(args.orders, ORDERS))
    folder = Path(tempfile.mkdtemp(prefix="profit-bench-"))
    try:
        copy = folder / source.name
        shutil.copyfile(source, copy)
        ws = open_workspace(str(copy), folder / "backups")
        print(f"Profit on {ws.maintenance.info().orders:,} orders (a copy in {folder})")
        synthetic_rates(ws)
        started = time.perf_counter()
        outcome = ws.profit.cost_orders()
        costing = (time.perf_counter() - started) * 1000
        row(f"costing {outcome.costed:,} orders (fees, goods, margin)", costing,
            extra=f"  ({outcome.incomplete:,} incomplete)")
        started = time.perf_counter()
        report = ProfitService(ws.database).report()
        cold = (time.perf_counter() - started) * 1000
        lines = sum(r.orders for r in report.by_listing)
        row("margin by listing, market, country: first read", cold, 3000,
            extra=f"  ({line_count(ws):,} order lines)")
        warm, _ = timed(lambda: ws.profit.report(), repeat=3)
        row("the same again (another period or tab)", warm, 3000)
        sql = queries(minor_scale(ws, report.currency))
        theirs, _ = timed(lambda: baseline(ws, sql), repeat=3)
        row("the same in plain SQL GROUP BY (floats)", theirs,
            extra=f"  (SQL / ours first read = {theirs / cold:.1f}x, "
                  f"again = {theirs / warm:.1f}x)")
        _groups, float_margin = baseline(ws, sql)
        exact = report.totals.margin.minor
        with ws.database.engine.connect() as connection:
            stored = connection.execute(text(
                f"SELECT SUM(o.margin_base_minor) FROM orders o WHERE {WHERE}")).scalar()
        print(f"  {report.totals.orders:,} counted orders, {lines:,} order-listing pairs; "
              f"margin {exact / 100:,.2f} {report.currency} (stored sum agrees: "
              f"{exact == stored}); baseline off by {abs(float_margin - exact) / 100:,.2f}")
        ws.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()

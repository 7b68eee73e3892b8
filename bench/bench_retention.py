"""The Retention page on 1,046,000 orders / 250,000 customers: the whole page recomputed (read,
every figure, both models, every chart), the model fits alone, and the cohort matrix against
pandas computing the same matrix from the same database, side by side."""

from __future__ import annotations

import argparse
import time
from datetime import tzinfo

import numpy as np
import pandas as pd
from common import big_database, row, timed
from sqlalchemy import text

from seller_desk.domain.retention.clv import fit_lifetime_model
from seller_desk.domain.retention.cohorts import cohort_matrix
from seller_desk.domain.retention.days import local_days
from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.model_input import model_input
from seller_desk.reports import charts
from seller_desk.services.retention.filters import RetentionFilter
from seller_desk.services.retention.service import RetentionService
from seller_desk.services.workspace import open_workspace
from seller_desk.store.queries.retention import counted_orders

ORDERS = 1_046_000
COUNTED = "('paid', 'shipped', 'delivered', 'partially_refunded')"


def page(service: RetentionService, chosen: RetentionFilter | None = None) -> None:
    r = service.report(chosen)
    style = charts.ChartStyle()
    for variant in charts.VARIANTS:
        charts.cohort_heatmap(r.cohorts, variant, style)
    charts.retention_curves(r.cohorts, style)
    charts.repeat_rate_chart(r.repeat, style)
    charts.second_order_histogram(r.second_order, style)
    charts.second_order_survival(r.survival, style)
    charts.rfm_grid(r.grid, r.segments, style)
    charts.lifecycle_chart(r.lifecycle.counts(), style)
    charts.stage_flows_chart(r.flows, style)
    charts.clv_distribution(r.fit.clv[~np.isnan(r.fit.clv)], style)


def with_pandas(ws, base: str) -> pd.DataFrame:
    """The customers variant of the cohort matrix, the way a pandas user would write it."""
    with ws.database.engine.connect() as connection:
        frame = pd.read_sql(text(
            "SELECT customer_id, placed_at FROM orders WHERE customer_id IS NOT NULL "
            f"AND status IN {COUNTED} AND is_test = 0 AND base_currency = :base"),
            connection, params={"base": base})
    month = pd.to_datetime(frame["placed_at"], utc=True).dt.tz_localize(None).dt.to_period("M")
    frame = frame.assign(month=month)
    frame["cohort"] = frame.groupby("customer_id")["month"].transform("min")
    frame["k"] = (frame["month"] - frame["cohort"]).apply(lambda offset: offset.n)
    active = frame.drop_duplicates(["customer_id", "k"]).pivot_table(
        index="cohort", columns="k", values="customer_id", aggfunc="count")
    return active.div(active[0], axis=0)


def ours(ws, base: str, zone: tzinfo) -> np.ndarray:
    """The same matrix the page shows, from the database, by the page's own read path."""
    with ws.database.read_session() as session:
        orders = counted_orders(session, base)
    known = orders.customer > 0
    history = PurchaseHistory.of(orders.customer[known], local_days(orders.seconds[known], zone),
                                 orders.value[known])
    return cohort_matrix(history, int(history.day.max())).retention()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orders", type=int, default=ORDERS)
    args = parser.parse_args()
    path = big_database(max(args.orders, ORDERS))
    ws = open_workspace(str(path), path.parent / "backups")
    service = ws.retention
    started = time.perf_counter()
    page(service)
    cold = (time.perf_counter() - started) * 1000
    report = service.report()
    print(f"Retention page: {report.orders:,} counted orders, {report.customers:,} customers")
    row("first open: read the database, every figure and chart", cold)
    ms, _ = timed(lambda: page(service), repeat=3)
    row("whole page recomputed with its 11 charts", ms, 5000)
    country = service.choices().countries[0]
    ms, _ = timed(lambda: page(service, RetentionFilter(countries=(country,))), repeat=3)
    row(f"whole page, customers from {country}", ms, 5000)

    data = model_input(report.history, report.as_of_day, 10**report.minor_digits)
    ms, _ = timed(lambda: fit_lifetime_model(data, 1000), repeat=3)
    row(f"BG/NBD + Gamma-Gamma fit, {len(data):,} customers", ms, 3000)

    zone = service.shop_data().zone
    mine, _ = timed(lambda: ours(ws, report.base_currency, zone), repeat=3)
    theirs, _ = timed(lambda: with_pandas(ws, report.base_currency), repeat=3)
    row("cohort matrix from the database, Seller Desk", mine)
    row("cohort matrix from the database, pandas", theirs,
        extra=f"  (pandas / ours = {theirs / mine:.1f}x)")
    a = ours(ws, report.base_currency, zone)
    b = with_pandas(ws, report.base_currency).to_numpy()
    same = np.allclose(np.nan_to_num(a[:, : b.shape[1]]), np.nan_to_num(b), atol=1e-12)
    print(f"  same matrix from both: {same}")
    ws.close()


if __name__ == "__main__":
    main()

"""Lists of customers behind a figure (a cohort cell, a segment, a stage, the churn ranking)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.retention.churn import Reason, reason
from seller_desk.domain.retention.days import day_date
from seller_desk.domain.retention.history import Ints
from seller_desk.domain.retention.lifecycle import STAGES, Stage
from seller_desk.domain.retention.rfm import SEGMENTS, Segment
from seller_desk.services.retention.report import RetentionReport
from seller_desk.store.models import Customer

ORDERINGS = ("spend", "risk", "clv")


@dataclass(frozen=True)
class RetentionCustomer:
    id: int
    name: str
    email: str
    country: str
    orders: int
    spend_minor: int
    last_order: date
    segment: Segment
    stage: Stage
    risk: float  # NaN where unknown
    come_back: float
    clv_minor: int | None
    reason: Reason


@dataclass(frozen=True)
class CustomerList:
    rows: tuple[RetentionCustomer, ...]  # the first `limit`, in the asked order
    total: int
    ids: Ints  # every customer of the list, in the same order (for exports and campaigns)


def ranked(report: RetentionReport, ids: Ints, order_by: str) -> Ints:
    """Positions (in the report's per-customer arrays) of `ids`, best first by `order_by`."""
    if order_by not in ORDERINGS:
        raise ValueError(order_by)
    pos = report.summary.index_of(ids)
    pos = pos[pos >= 0]
    key = {
        "spend": report.summary.spend,
        "risk": np.nan_to_num(report.churn.risk, nan=-1.0),
        "clv": np.nan_to_num(report.fit.clv, nan=-1.0),
    }[order_by][pos]
    return pos[np.lexsort((report.summary.customer[pos], -key))]


def customer_list(
    session: Session, report: RetentionReport, ids: Ints, order_by: str, limit: int
) -> CustomerList:
    pos = ranked(report, np.asarray(ids, dtype=np.int64), order_by)
    shown = pos[:limit]
    wanted = [int(i) for i in report.summary.customer[shown]]
    people = {
        row.id: row
        for row in session.execute(
            select(Customer.id, Customer.name, Customer.email, Customer.country)
            .where(Customer.id.in_(wanted))
        )
    }
    scale = 10**report.minor_digits
    rows = []
    for p in shown:
        cid = int(report.summary.customer[p])
        person = people.get(cid)
        clv = float(report.fit.clv[p])
        rows.append(RetentionCustomer(
            id=cid,
            name=person.name if person else "",
            email=person.email if person else "",
            country=person.country if person else "",
            orders=int(report.summary.orders[p]),
            spend_minor=int(report.summary.spend[p]),
            last_order=day_date(int(report.summary.last_day[p])),
            segment=SEGMENTS[int(report.rfm.segment[p])],
            stage=STAGES[int(report.lifecycle.stage[p])],
            risk=float(report.churn.risk[p]),
            come_back=float(report.churn.come_back[p]),
            clv_minor=None if math.isnan(clv) else round(clv * scale),
            reason=reason(report.churn, int(p)),
        ))
    return CustomerList(tuple(rows), int(pos.size), report.summary.customer[pos])

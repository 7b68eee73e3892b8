"""`seller-desk retention …`: the retention figures of RETENTION.md as text or JSON."""

from __future__ import annotations

import argparse
import math
from datetime import date
from typing import Any

import numpy as np

from seller_desk.cli.output import print_json
from seller_desk.domain.errors import fill_params
from seller_desk.domain.retention.churn import reason
from seller_desk.domain.retention.days import day_date
from seller_desk.domain.retention.history import first_day_of_month
from seller_desk.domain.retention.lifecycle import STAGES
from seller_desk.services.retention.lists import ranked
from seller_desk.services.retention.report import RetentionReport
from seller_desk.services.retention.service import ModelQuality
from seller_desk.services.workspace import Workspace

VIEWS = ("summary", "cohorts", "rfm", "lifecycle", "clv", "churn")


def add_parser(commands: Any) -> None:
    retention = commands.add_parser("retention", help="cohorts, RFM, lifecycle, CLV, churn risk")
    retention.add_argument("view", choices=VIEWS)
    retention.add_argument("--as-of", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    retention.add_argument(
        "--calibration-end", type=date.fromisoformat,
        help="clv: fit on orders up to this date and compare with what happened after it",
    )
    retention.add_argument("--limit", type=int, default=20, help="churn: rows to list")
    retention.add_argument("--json", action="store_true")


def _number(value: float, digits: int = 4) -> float | None:
    return None if math.isnan(value) else round(float(value), digits)


def _major(minor: int | float, report: RetentionReport) -> float:
    return round(float(minor) / 10**report.minor_digits, report.minor_digits)


def summary(r: RetentionReport) -> dict[str, Any]:
    median = r.survival.median()
    clv = r.fit.clv[~np.isnan(r.fit.clv)]
    return {
        "as_of": day_date(r.as_of_day).isoformat(),
        "currency": r.base_currency,
        "customers": r.customers,
        "orders": r.orders,
        "revenue": _major(r.revenue_minor, r),
        "revenue_without_customer": _major(r.unknown_revenue_minor, r),
        "repeat_customers": r.repeaters,
        "repeat_purchase_rate": _number(r.repeat_rate),
        "median_days_to_second_order": None if median is None else float(median),
        "average_clv": _number(float(clv.mean())) if clv.size else None,
        "warnings": list(r.warnings),
    }


def cohorts(r: RetentionReport) -> dict[str, Any]:
    m = r.cohorts
    months = first_day_of_month(m.months)
    retention = m.retention()
    revenue = m.revenue_per_customer()
    cumulative = m.cumulative_revenue_per_customer()
    rows = []
    for i, first in enumerate(months):
        seen = ~np.isnan(retention[i])
        rows.append({
            "cohort": day_date(int(first)).strftime("%Y-%m"),
            "customers": int(m.sizes[i]),
            "retention": [_number(v) for v in retention[i][seen]],
            "revenue_per_customer": [_major(v, r) for v in revenue[i][seen]],
            "cumulative_revenue_per_customer": [_major(v, r) for v in cumulative[i][seen]],
        })
    return {"as_of": day_date(r.as_of_day).isoformat(), "cohorts": rows}


def rfm(r: RetentionReport) -> dict[str, Any]:
    return {"segments": [
        {"segment": t.segment.value, "customers": t.customers, "revenue": _major(t.revenue, r)}
        for t in r.segments
    ]}


def lifecycle(r: RetentionReport) -> dict[str, Any]:
    counts = r.lifecycle.counts()
    return {
        "repurchase_cycle_days": _number(r.lifecycle.shop_cycle, 1),
        "churned_after_days": _number(r.lifecycle.churn_after, 1),
        "stages": {stage.value: int(counts[i]) for i, stage in enumerate(STAGES)},
    }


def clv(r: RetentionReport, quality: ModelQuality | None) -> dict[str, Any]:
    model = r.fit.model
    values = r.fit.clv[~np.isnan(r.fit.clv)]
    out: dict[str, Any] = {
        "months": r.fit.terms.months, "annual_discount": r.fit.terms.annual_discount,
        "margin": _number(r.fit.terms.margin), "margin_measured": r.margin_measured,
        "customers": int(values.size), "error": r.fit.error,
    }
    if model is not None:
        bg, gg = model.bgnbd, model.gamma_gamma
        out["bgnbd"] = {"r": bg.r, "alpha": bg.alpha, "a": bg.a, "b": bg.b,
                        "log_likelihood": bg.log_likelihood, "time_unit": "weeks"}
        out["gamma_gamma"] = None if gg is None else {
            "p": gg.p, "q": gg.q, "gamma": gg.gamma, "log_likelihood": gg.log_likelihood}
        out["spend_fallback"] = model.spend_fallback
        out["warnings"] = list(model.warnings)
        out["total_clv"] = round(float(values.sum()), 2)
        out["average_clv"] = round(float(values.mean()), 2) if values.size else None
    if quality is not None:
        h = quality.holdout
        out["holdout"] = {"calibration_end": quality.calibration_end.isoformat(),
                          "error": quality.error} if h is None else {
            "calibration_end": quality.calibration_end.isoformat(),
            "as_of": quality.as_of.isoformat(),
            "customers": h.customers, "weeks": round(h.holdout_weeks, 2),
            "predicted": round(h.predicted_total, 2), "actual": round(h.actual_total, 2),
            "correlation": _number(h.correlation),
        }
    return out


def churn(r: RetentionReport, limit: int) -> dict[str, Any]:
    rows = []
    for p in ranked(r, r.summary.customer, "risk")[:limit]:
        why = reason(r.churn, int(p))
        rows.append({
            "customer": int(r.summary.customer[p]),
            "risk": _number(float(r.churn.risk[p])),
            "come_back": _number(float(r.churn.come_back[p])),
            "reason": fill_params(why.template, why.params),
        })
    return {"customers": rows}


def run(ws: Workspace, args: argparse.Namespace) -> int:
    report = ws.retention.report(as_of=args.as_of)
    quality = None
    if args.view == "clv" and args.calibration_end is not None:
        quality = ws.retention.quality(args.calibration_end, as_of=args.as_of)
    data = {
        "summary": lambda: summary(report), "cohorts": lambda: cohorts(report),
        "rfm": lambda: rfm(report), "lifecycle": lambda: lifecycle(report),
        "clv": lambda: clv(report, quality), "churn": lambda: churn(report, args.limit),
    }[args.view]()
    if args.json:
        print_json(data)
    else:
        _print_text(data)
    return 0


def _print_text(data: dict[str, Any], indent: str = "") -> None:
    for key, value in data.items():
        label = key.replace("_", " ")
        if isinstance(value, dict):
            print(f"{indent}{label}:")
            _print_text(value, indent + "  ")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            print(f"{indent}{label}:")
            for item in value:
                print(indent + "  " + ", ".join(f"{k.replace('_', ' ')}: {_short(v)}"
                                                for k, v in item.items()))
        else:
            print(f"{indent}{label}: {_short(value)}")


def _short(value: Any) -> str:
    if isinstance(value, list):
        return " ".join("–" if v is None else f"{v:g}" if isinstance(v, float) else str(v)
                        for v in value)
    return str(value)

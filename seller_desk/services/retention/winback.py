"""Win-back lists: who to write to, what they bought, what to suggest, as a CSV that Mailchimp
and Klaviyo import as it is."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import select

from seller_desk.domain.errors import KnownError
from seller_desk.domain.retention.rfm import SEGMENTS
from seller_desk.domain.retention.winback import suggested_coupon
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.progress import Job
from seller_desk.services.retention.data import ShopData
from seller_desk.services.retention.report import RetentionReport
from seller_desk.services.retention.service import RetentionService
from seller_desk.store.database import Database
from seller_desk.store.models import Customer
from seller_desk.store.queries.retention import order_products

# Both tools take "Email Address" in the first column and map these names to their own fields;
# the rest become custom properties (Klaviyo) or new audience fields (Mailchimp).
HEADER = ("Email Address", "First Name", "Last Name", "Language", "Country", "Tags",
          "Segment", "Last Products", "Suggested Products", "Coupon Code", "Coupon Percent")
WRITE_FAILED = QT_TRANSLATE_NOOP("errors", "Could not write {path}: {reason}")
LAST_PRODUCTS = 3
_CHUNK = 500


@dataclass(frozen=True)
class WinbackRow:
    email: str
    first_name: str
    last_name: str
    language: str
    country: str
    segment: str
    last_products: tuple[str, ...]
    suggested: tuple[str, ...]
    coupon_percent: int
    coupon_code: str


@dataclass(frozen=True)
class WinbackExport:
    written: int
    skipped_no_email: int
    skipped_no_consent: int


class WinbackService:
    def __init__(self, database: Database, retention: RetentionService) -> None:
        self._db = database
        self._retention = retention

    def rows(self, ids: Sequence[int], report: RetentionReport | None = None,
             job: Job | None = None) -> tuple[tuple[WinbackRow, ...], int, int]:
        """(rows, skipped without an email, skipped who refused marketing) for `ids`."""
        job = job or Job()
        report = report or self._retention.report(job=job)
        wanted = np.unique(np.asarray(list(ids), dtype=np.int64))
        columns = (Customer.id, Customer.name, Customer.email, Customer.language,
                   Customer.country, Customer.marketing_consent, Customer.masked,
                   Customer.erased_at)
        with self._db.session() as session:
            # In chunks: a segment can hold more customers than a statement takes parameters.
            people = [row for start in range(0, wanted.size, _CHUNK)
                      for row in session.execute(select(*columns).where(Customer.id.in_(
                          [int(i) for i in wanted[start:start + _CHUNK]])))]
            job.check()
            lines = order_products(session)
        from seller_desk.domain.retention.affinity import PairIndex, bought_together, suggestions

        owner = _order_owners(self._retention.shop_data())
        known = np.isin(lines.order, owner[0])
        line_customer = owner[1][np.searchsorted(owner[0], lines.order[known])]
        line_order, line_product = lines.order[known], lines.product[known]
        pairs = PairIndex.of(bought_together(line_customer, line_product))
        # Each customer's lines as one slice of the lines sorted by customer.
        by_customer = np.argsort(line_customer, kind="stable")
        sorted_customer = line_customer[by_customer]
        job.check()
        rows: list[WinbackRow] = []
        no_email = no_consent = 0
        for person in people:
            if not person.email or person.masked or person.erased_at is not None:
                no_email += 1
                continue
            if person.marketing_consent == "no":
                no_consent += 1
                continue
            first_line, end_line = np.searchsorted(sorted_customer, [person.id, person.id + 1])
            mine = by_customer[first_line:end_line]
            bought = line_product[mine]
            last = _last_products(line_order[mine], bought)
            pos = report.summary.index_of([person.id])[0]
            risk = float(report.churn.risk[pos]) if pos >= 0 else float("nan")
            segment = SEGMENTS[int(report.rfm.segment[pos])].value if pos >= 0 else ""
            percent, code = suggested_coupon(risk)
            first, _, rest = person.name.partition(" ")
            rows.append(WinbackRow(
                email=person.email, first_name=first, last_name=rest,
                language=person.language, country=person.country, segment=segment,
                last_products=tuple(lines.titles[p] for p in last),
                suggested=tuple(lines.titles[p] for p in suggestions(bought, pairs, 3)),
                coupon_percent=percent, coupon_code=code,
            ))
        return tuple(rows), no_email, no_consent

    def export_csv(self, ids: Sequence[int], path: Path, audience: str = "",
                   report: RetentionReport | None = None, job: Job | None = None
                   ) -> WinbackExport:
        """Write the list to `path` (UTF-8 without a byte-order mark: a BOM would hide the
        "Email Address" header from the importers); a failed write leaves no partial file."""
        rows, no_email, no_consent = self.rows(ids, report, job)
        tags = " ".join(audience.split()) or "win-back"
        partial = path.with_name(path.name + ".partial")
        try:
            with partial.open("w", encoding="utf-8", newline="") as handle:
                out = csv.writer(handle)
                out.writerow(HEADER)
                for r in rows:
                    out.writerow((r.email, r.first_name, r.last_name, r.language, r.country, tags,
                                  r.segment, " | ".join(r.last_products),
                                  " | ".join(r.suggested), r.coupon_code, r.coupon_percent))
            os.replace(partial, path)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise KnownError(WRITE_FAILED, item=str(path), path=str(path),
                             reason=error.strerror or str(error)) from error
        return WinbackExport(len(rows), no_email, no_consent)


def _order_owners(data: ShopData) -> tuple[np.ndarray, np.ndarray]:
    """(counted order ids ascending, their customers) of known customers."""
    known = data.orders.customer > 0
    order = np.argsort(data.orders.order[known])
    return data.orders.order[known][order], data.orders.customer[known][order]


def _last_products(orders: np.ndarray, products: np.ndarray) -> list[int]:
    """Products of the customer's latest order (highest id), at most LAST_PRODUCTS."""
    if not orders.size:
        return []
    latest = products[orders == orders.max()]
    return [int(p) for p in dict.fromkeys(latest.tolist())][:LAST_PRODUCTS]

"""Shipments from a shipping tool's CSV/XLSX export: every row checked, then all saved or none."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from seller_desk.domain.carriers import CARRIERS, Carrier
from seller_desk.domain.currencies import minor_digits, normalise_currency
from seller_desk.domain.errors import KnownError
from seller_desk.domain.imports import RowProblem
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label
from seller_desk.integrations.order_files import messages
from seller_desk.integrations.order_files.amounts import parse_amount
from seller_desk.integrations.order_files.dates import parse_datetime
from seller_desk.integrations.order_files.table import load
from seller_desk.services.shipment_editing import ShipmentDraft, ShipmentEditor
from seller_desk.store.database import Database
from seller_desk.store.models import Order, Shipment
from seller_desk.store.types import fold

# Column → the header names shipping tools (ShipStation, Pirate Ship, EasyPost, 17TRACK's own
# upload sheet, a hand-made sheet) give it; compared case- and space-insensitively.
COLUMNS: dict[str, tuple[str, ...]] = {
    "order": ("order number", "order", "order #", "order no", "order_number", "order id",
              "name"),
    "number": ("tracking number", "tracking", "tracking #", "tracking_number", "tracking no"),
    "carrier": ("carrier", "courier", "shipping carrier", "provider"),
    "service": ("service", "shipping service", "method", "mail class"),
    "shipped": ("ship date", "shipped", "date shipped", "shipped at", "shipped on", "date"),
    "cost": ("cost", "label cost", "postage", "shipping cost", "amount"),
    "currency": ("currency",),
    "weight": ("weight (g)", "weight g", "weight", "weight grams"),
}
REQUIRED = ("order", "number", "carrier", "shipped")
LABELS: dict[str, str] = {
    "order": QT_TRANSLATE_NOOP("shipments", "Order number"),
    "number": QT_TRANSLATE_NOOP("shipments", "Tracking number"),
    "carrier": QT_TRANSLATE_NOOP("shipments", "Carrier"),
    "service": QT_TRANSLATE_NOOP("shipments", "Service"),
    "shipped": QT_TRANSLATE_NOOP("shipments", "Ship date"),
    "cost": QT_TRANSLATE_NOOP("shipments", "Cost"),
    "currency": QT_TRANSLATE_NOOP("shipments", "Currency"),
    "weight": QT_TRANSLATE_NOOP("shipments", "Weight"),
}
EXPECTED = Label("import", QT_TRANSLATE_NOOP("import", "a shipments file"))
NO_ORDER = QT_TRANSLATE_NOOP("import", "There is no order {value} in this shop.")
EMPTY = QT_TRANSLATE_NOOP("import", "{column} is empty.")
BAD_WEIGHT = QT_TRANSLATE_NOOP("import", "'{value}' is not a weight in grams.")
TWICE = QT_TRANSLATE_NOOP("import", "The tracking number {value} is on row {row} already.")
CHUNK = 2_000  # keys per IN (...): well under any database's limit on parameters
_BY_NAME = {info.name.lower(): carrier for carrier, info in CARRIERS.items()}
_BY_NAME.update({"dhl": Carrier.DHL_EXPRESS, "ems": Carrier.CHINA_EMS, "china ems":
                 Carrier.CHINA_EMS, "chinapost": Carrier.CHINA_POST, "yanwen": Carrier.OTHER})


@dataclass
class ImportOutcome:
    rows: int = 0
    added: int = 0
    unchanged: int = 0  # the number is on that order already
    written: bool = False
    problems: list[RowProblem] = field(default_factory=list)


def number_key(text: str) -> str:
    """A tracking number as the shipments table keys it (spaces gone, case folded)."""
    return fold("".join(text.split()).upper())


def carrier_of(text: str) -> str:
    """Our carrier for a name as files write it ("UPS", "China Post", "dhl_express"); a carrier
    this app does not know is kept as written."""
    key = " ".join(text.replace("_", " ").split()).lower()
    if key.replace(" ", "_") in {c.value for c in Carrier}:
        return key.replace(" ", "_")
    found = _BY_NAME.get(key)
    return found.value if found is not None and found is not Carrier.OTHER else text.strip()


class ShipmentImport:
    def __init__(self, database: Database, editor: ShipmentEditor) -> None:
        self._db = database
        self._editor = editor

    def run(self, path: Path, *, dry_run: bool = False, skip_bad: bool = False
            ) -> ImportOutcome:
        """Check every row (the file's own checks, then the shop's: order, lines left, number
        taken) in one transaction; keep it only when nothing was refused, or with `skip_bad`
        the rows that passed; `dry_run` keeps nothing and reports the same."""
        source = load(path)
        table = source.table(source.delimiters()[0])
        try:
            where = self._columns(path, table.columns)
            rows = [(number, {key: cells[i].strip() if i < len(cells) else ""
                              for key, i in where.items()})
                    for number, cells in enumerate(table.rows, start=2)
                    if any(cell.strip() for cell in cells)]
        finally:
            table.close()
        outcome = ImportOutcome(rows=len(rows))
        orders, known = self._known([v["order"] for _, v in rows],
                                    [v["number"] for _, v in rows])
        seen: dict[str, int] = {}
        drafts = [(row, draft) for row, values in rows
                  if (draft := self._draft(row, values, seen, orders, known, outcome))]
        bad_rows, kept = bool(outcome.problems), [False]

        def keep(refused: list[KnownError | None]) -> bool:
            kept[0] = not dry_run and (skip_bad or not (bad_rows or any(refused)))
            return kept[0]

        refusals = self._editor.add_all([draft for _, draft in drafts], source="import",
                                        keep=keep)
        for (row, draft), refusal in zip(drafts, refusals, strict=True):
            if refusal is None:
                outcome.added += 1
            else:
                outcome.problems.append(RowProblem(row, LABELS["number"], refusal.message,
                                                   dict(refusal.params), draft.tracking_number))
        outcome.problems.sort(key=lambda problem: problem.row)
        outcome.written = kept[0] and outcome.added > 0
        if not dry_run and not kept[0]:
            outcome.added = 0  # nothing was saved
        return outcome

    def _known(self, orders: list[str], numbers: list[str]
               ) -> tuple[dict[str, tuple[int, str]], set[tuple[int, str]]]:
        """The shop's orders the file names (number key → id, currency), and the (order id,
        number key) pairs of its shipments already there: a few queries, not two per row."""
        order_keys = sorted({fold(text) for text in orders if text})
        number_keys = sorted({number_key(text) for text in numbers if text})
        found: dict[str, tuple[int, str]] = {}
        there: set[tuple[int, str]] = set()
        with self._db.read_session() as session:
            for start in range(0, len(order_keys), CHUNK):
                found.update((key, (oid, currency)) for oid, currency, key in session.execute(
                    select(Order.id, Order.currency, Order.number_key).where(
                        Order.number_key.in_(order_keys[start:start + CHUNK]))))
            for start in range(0, len(number_keys), CHUNK):
                there.update((oid, key) for oid, key in session.execute(
                    select(Shipment.order_id, Shipment.number_key).where(
                        Shipment.number_key.in_(number_keys[start:start + CHUNK]))))
        return found, there

    def _columns(self, path: Path, header: tuple[str, ...]) -> dict[str, int]:
        names = {" ".join(name.lower().split()): i for i, name in enumerate(header)}
        where = {key: next(names[a] for a in aliases if a in names)
                 for key, aliases in COLUMNS.items() if any(a in names for a in aliases)}
        missing = [COLUMNS[key][0].title() for key in REQUIRED if key not in where]
        if missing:
            raise messages.missing_columns(path, EXPECTED, tuple(missing))
        return where

    def _draft(self, row: int, values: dict[str, str], seen: dict[str, int],
               orders: dict[str, tuple[int, str]], there: set[tuple[int, str]],
               outcome: ImportOutcome) -> ShipmentDraft | None:
        def refuse(column: str, reason: str, **params: object) -> None:
            outcome.problems.append(RowProblem(row, LABELS[column], reason, params,
                                               values.get(column, "")))

        for column in REQUIRED:
            if not values[column]:
                refuse(column, EMPTY, column=LABELS[column])
                return None
        key = number_key(values["number"])
        if key in seen:
            refuse("number", TWICE, value=values["number"], row=seen[key])
            return None
        seen[key] = row
        order = orders.get(fold(values["order"]))
        if order is None:
            refuse("order", NO_ORDER, value=values["order"])
            return None
        order_id, order_currency = order
        if (order_id, key) in there:
            outcome.unchanged += 1
            return None
        try:
            shipped = parse_datetime(values["shipped"])
            if len(values["shipped"]) <= 10:  # a bare date: noon, so no zone moves its day
                shipped = datetime.combine(shipped.date(), time(12), UTC)
        except ValueError:
            refuse("shipped", messages.BAD_DATE, value=values["shipped"])
            return None
        cost, currency = None, ""
        if values.get("cost"):
            try:
                currency = normalise_currency(values.get("currency") or order_currency)
                amount = parse_amount(values["cost"])
                cost = int((amount * Decimal(10) ** minor_digits(currency)).to_integral_value())
            except (ValueError, KnownError):
                refuse("cost", messages.BAD_AMOUNT, value=values["cost"])
                return None
        weight = None
        if values.get("weight"):
            try:
                weight = int(parse_amount(values["weight"]))
            except ValueError:
                refuse("weight", BAD_WEIGHT, value=values["weight"])
                return None
        return ShipmentDraft(order_id, carrier_of(values["carrier"]), values["number"], shipped,
                             service=values.get("service", ""), cost_minor=cost,
                             cost_currency=currency, weight_grams=weight)

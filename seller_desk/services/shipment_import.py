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
        source = load(path)
        table = source.table(source.delimiters()[0])
        try:
            where = self._columns(path, table.columns)
            outcome = ImportOutcome()
            drafts: list[tuple[int, ShipmentDraft]] = []
            seen: dict[str, int] = {}
            for row_number, cells in enumerate(table.rows, start=2):
                if not any(cell.strip() for cell in cells):
                    continue
                outcome.rows += 1
                values = {key: cells[i].strip() if i < len(cells) else ""
                          for key, i in where.items()}
                draft = self._draft(row_number, values, seen, outcome)
                if draft is not None:
                    drafts.append((row_number, draft))
        finally:
            table.close()
        if dry_run:
            outcome.added = len(drafts)  # what would be added, with --skip-bad for the rest
            return outcome
        if outcome.problems and not skip_bad:
            return outcome
        for row_number, draft in drafts:
            try:
                self._editor.add(draft, accept_unchecked=True, source="import")
                outcome.added += 1
            except KnownError as error:
                outcome.problems.append(RowProblem(row_number, LABELS["number"], error.message,
                                                   dict(error.params), draft.tracking_number))
        outcome.written = outcome.added > 0
        return outcome

    def _columns(self, path: Path, header: tuple[str, ...]) -> dict[str, int]:
        names = {" ".join(name.lower().split()): i for i, name in enumerate(header)}
        where = {key: next(names[a] for a in aliases if a in names)
                 for key, aliases in COLUMNS.items() if any(a in names for a in aliases)}
        missing = [COLUMNS[key][0].title() for key in REQUIRED if key not in where]
        if missing:
            raise messages.missing_columns(path, EXPECTED, tuple(missing))
        return where

    def _draft(self, row: int, values: dict[str, str], seen: dict[str, int],
               outcome: ImportOutcome) -> ShipmentDraft | None:
        def refuse(column: str, reason: str, **params: object) -> None:
            outcome.problems.append(RowProblem(row, LABELS[column], reason, params,
                                               values.get(column, "")))

        for column in REQUIRED:
            if not values[column]:
                refuse(column, EMPTY, column=LABELS[column])
                return None
        key = fold("".join(values["number"].split()).upper())
        if key in seen:
            refuse("number", TWICE, value=values["number"], row=seen[key])
            return None
        seen[key] = row
        with self._db.read_session() as session:
            order = session.execute(select(Order.id, Order.currency).where(
                Order.number_key == fold(values["order"]))).first()
            if order is None:
                refuse("order", NO_ORDER, value=values["order"])
                return None
            if session.scalar(select(Shipment.id).where(Shipment.order_id == order.id,
                                                        Shipment.number_key == key)):
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
                currency = normalise_currency(values.get("currency") or order.currency)
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
        return ShipmentDraft(order.id, carrier_of(values["carrier"]), values["number"], shipped,
                             service=values.get("service", ""), cost_minor=cost,
                             cost_currency=currency, weight_grams=weight)

"""`seller-desk fx update | convert | rates | set | import`: exchange rates from the shell."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from seller_desk.cli.output import print_json, stderr_job
from seller_desk.domain.currencies import normalise_currency
from seller_desk.domain.fx import convert_minor
from seller_desk.domain.money import Money
from seller_desk.services.rates import RateAnswer, UpdateOutcome
from seller_desk.services.workspace import Workspace


def add_parser(commands: Any) -> None:
    fx = commands.add_parser("fx", help="exchange rates: update, convert, list, type in")
    actions = fx.add_subparsers(dest="action", metavar="ACTION", required=True)
    update = actions.add_parser("update", help="fetch rates down the provider chain")
    update.add_argument("--provider", metavar="NAME", help="ask only this provider "
                        "(ecb, frankfurter, forex-python)")
    update.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="that day's rates (default: the latest)")
    update.add_argument("--until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="with --date: every day from --date to this one")
    update.add_argument("--json", action="store_true")
    convert = actions.add_parser("convert", help="convert an amount with the stored rates")
    convert.add_argument("amount")
    convert.add_argument("from_currency", metavar="FROM")
    convert.add_argument("to_currency", metavar="TO")
    convert.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    convert.add_argument("--json", action="store_true")
    rates = actions.add_parser("rates", help="every currency's stored rate on a day")
    rates.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    rates.add_argument("--json", action="store_true")
    manual = actions.add_parser("set", help="type in a rate: RATE units of CURRENCY per 1 --per")
    manual.add_argument("currency")
    manual.add_argument("rate")
    manual.add_argument("--per", default="EUR", metavar="CUR", help="(default EUR)")
    manual.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    imported = actions.add_parser("import", help="import typed rates: date,currency,rate[,base]")
    imported.add_argument("file", type=Path)
    imported.add_argument("--json", action="store_true")


def run(ws: Workspace, args: argparse.Namespace) -> int:
    if args.action == "update" and args.until is not None and args.date is None:
        print("--until needs --date (the first day of the range).", file=sys.stderr)
        return 2
    _change_rates(ws, args)
    if args.action in ("update", "import", "set"):
        # Stored rates changed: the alerts and the orders waiting for a rate follow.
        flagged, costing = ws.recheck_prices_and_costs(stderr_job())
        print(f"Prices to check: {flagged} listings; orders costed: {costing.costed}",
              file=sys.stderr)
    return 0


def _change_rates(ws: Workspace, args: argparse.Namespace) -> None:
    if args.action == "update":
        if args.until is not None and args.date is not None:
            outcome = ws.rates.backfill(args.date, args.until, args.provider, stderr_job())
        else:
            outcome = ws.rates.update(args.provider, args.date, stderr_job())
        _print_outcome(outcome, args.json)
    elif args.action == "import":
        _print_outcome(ws.rates.import_manual(args.file), args.json)
    elif args.action == "convert":
        _convert(ws, args)
    elif args.action == "rates":
        _rates(ws, args)
    else:
        answer = ws.rates.set_manual(args.currency, args.rate, args.date, args.per)
        print(f"{args.currency.upper()}: {answer.rate} per EUR on {answer.day_used} (manual)")


def _print_outcome(outcome: UpdateOutcome, as_json: bool) -> None:
    data = asdict(outcome)
    if as_json:
        print_json(data)
        return
    days = outcome.days
    span = str(days[0]) if len(days) == 1 else f"{len(days)} days, {days[0]} to {days[-1]}"
    asked = f" (asked for {outcome.asked_day}: previous business day)" if outcome.asked_day \
        else ""
    print(f"{outcome.provider}: {span}{asked}: {outcome.new} new, {outcome.changed} changed, "
          f"{outcome.unchanged} unchanged")
    for failure in outcome.failures:
        print(f"  {failure.provider} failed: {failure.reason}")


def _when(answer: RateAnswer) -> str:
    notes = [f"rate of {answer.day_used}"]
    if answer.source:
        notes.append(answer.source)
    text = ", ".join(notes)
    if answer.previous_business_day:
        text += " (previous business day)"
    if answer.stale:
        text += f"; {answer.age_business_days} business days old"
    return text


def _convert(ws: Workspace, args: argparse.Namespace) -> None:
    answer = ws.rates.rate(args.from_currency, args.to_currency, args.date)
    source = Money.of(args.amount, normalise_currency(args.from_currency))
    target = normalise_currency(args.to_currency)
    result = Money(convert_minor(source.minor, source.currency, target, answer.rate), target)
    if args.json:
        print_json({"amount": str(source.amount), "from": source.currency,
                    "converted": str(result.amount), "to": target, "rate": str(answer.rate),
                    "date": answer.day_used.isoformat(), "asked_date": answer.asked_day.isoformat(),
                    "source": answer.source,
                    "previous_business_day": answer.previous_business_day,
                    "age_business_days": answer.age_business_days, "stale": answer.stale})
        return
    print(f"{source} = {result}")
    print(f"at {_plain(answer.rate)} {target} per {source.currency}, {_when(answer)}")


def _plain(rate: Decimal) -> str:
    # Enough digits to check by hand, without the 28 a division leaves.
    return f"{rate:.10g}"


def _rates(ws: Workspace, args: argparse.Namespace) -> None:
    rows = ws.rates.rates_on(args.date)
    if args.json:
        print_json([{"currency": r.currency, "per_eur": str(r.per_eur),
                     "per_base": None if r.per_base is None else str(r.per_base),
                     "date": r.day.isoformat(), "source": r.source, "stale": r.stale}
                    for r in rows])
        return
    if not rows:
        print("No rates stored yet; run `seller-desk fx update` or type one in with `fx set`.")
        return
    for r in rows:
        base = "-" if r.per_base is None else _plain(r.per_base)
        flag = "  old" if r.stale else ""
        print(f"{r.currency}  {r.per_eur:>14} per EUR  {base:>14} per base  "
              f"{r.day}  {r.source}{flag}")

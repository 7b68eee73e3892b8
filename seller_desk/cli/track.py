"""`seller-desk track check | refresh | key | import`: tracking from the shell."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from seller_desk.cli.output import print_json, stderr_job
from seller_desk.domain.carriers import CARRIERS
from seller_desk.domain.tracking import PROVIDER_NAMES, Provider, storable
from seller_desk.domain.tracking_numbers import check
from seller_desk.domain.tracking_settings import KEY_ENV
from seller_desk.services.workspace import Workspace

EXIT_ERROR = 1
PROVIDERS = [provider.value for provider in Provider]


def add_parser(commands: Any) -> None:
    track = commands.add_parser("track", help="tracking numbers: check, refresh, API key, import")
    actions = track.add_subparsers(dest="action", metavar="ACTION", required=True)
    checked = actions.add_parser("check", help="is a tracking number well formed, and whose?")
    checked.add_argument("number", nargs="+", help="the number (spaces allowed)")
    checked.add_argument("--json", action="store_true")
    refresh = actions.add_parser("refresh", help="look up the parcels still on their way")
    refresh.add_argument("--all", action="store_true", help="every shipment, delivered too")
    refresh.add_argument("--provider", choices=PROVIDERS, help="(default: the setting)")
    refresh.add_argument("--json", action="store_true")
    key = actions.add_parser(
        "key", help="store the tracking service's API key in the keyring (asked for, or "
        "read from standard input; never an argument)")
    key.add_argument("--provider", choices=PROVIDERS, help="(default: the setting)")
    key.add_argument("--forget", action="store_true", help="remove the stored key")
    imported = actions.add_parser(
        "import", help="add shipments from a CSV or XLSX file (order number, tracking number, "
        "carrier, ship date; service, cost, currency, weight optional)")
    imported.add_argument("file", type=Path)
    imported.add_argument("--dry-run", action="store_true", help="check every row, save none")
    imported.add_argument("--skip-bad", action="store_true", help="save the good rows")
    imported.add_argument("--json", action="store_true")


def check_number(args: argparse.Namespace) -> int:
    """Needs no shop: the check is offline."""
    result = check(" ".join(args.number))
    unchecked = not result.valid and not result.checkable and storable(result.number)
    carriers = [{"carrier": guess.carrier.value, "name": CARRIERS[guess.carrier].name,
                 "format": guess.format, "country": guess.country, "service": guess.service}
                for guess in result.candidates]
    if args.json:
        print_json({"number": result.number, "valid": result.valid,
                    "checkable": result.checkable, "reason": result.message(),
                    "possible_carriers": carriers})
    elif result.valid:
        print(f"{result.number}: valid")
        for guess in carriers:
            where = f", {guess['country']}" if guess["country"] else ""
            what = f", {guess['service']}" if guess["service"] else ""
            print(f"  could be {guess['name']} ({guess['format']}{where}{what})")
        if len(carriers) > 1:
            print("  the check digit fits several carriers: the label says which one")
    elif unchecked:
        print(f"{result.number}: cannot be checked offline ({result.message()})")
    else:
        print(f"{result.number or '(empty)'}: not valid: {result.message()}")
    return 0 if result.valid or unchecked else EXIT_ERROR


def run(ws: Workspace, args: argparse.Namespace) -> int:
    if args.action == "refresh":
        return _refresh(ws, args)
    if args.action == "key":
        return _key(ws, args)
    return _import(ws, args)


def _refresh(ws: Workspace, args: argparse.Namespace) -> int:
    client = ws.tracking.client(args.provider)
    outcome = ws.tracking_refresh.run(client, stderr_job(), everything=args.all)
    summary = {"provider": outcome.provider, "looked_up": outcome.looked_up,
               "updated": outcome.updated, "unchanged": outcome.unchanged,
               "failed": outcome.failed, "registered": outcome.registered,
               "orders_delivered": outcome.delivered_orders,
               "stopped": str(outcome.stopped) if outcome.stopped else None,
               "failures": [{"number": n, "reason": why} for n, why in outcome.failures]}
    if args.json:
        print_json(summary)
    else:
        name = PROVIDER_NAMES[Provider(outcome.provider)]
        print(f"{name}: {outcome.updated} updated, {outcome.unchanged} unchanged, "
              f"{outcome.failed} failed ({outcome.registered} newly registered, "
              f"{outcome.delivered_orders} orders now delivered)")
        for number, why in outcome.failures[:50]:
            print(f"  {number}: {why}")
        if len(outcome.failures) > 50:
            print(f"  … and {len(outcome.failures) - 50} more (--json lists them all)")
        if outcome.stopped is not None:
            print(f"Stopped: {outcome.stopped}", file=sys.stderr)
    return 0 if outcome.ok else EXIT_ERROR


def _key(ws: Workspace, args: argparse.Namespace) -> int:
    config = ws.tracking.config(args.provider)
    name = PROVIDER_NAMES[config.provider]
    if args.forget:
        ws.tracking.forget_key(config.provider)
        print(f"Forgot the {name} key.")
        return 0
    asked = sys.stdin.isatty()
    secret = getpass.getpass(f"{name} API key: ") if asked else sys.stdin.readline()
    if ws.tracking.set_key(config.provider, secret):
        print(f"The {name} key is in the keyring.")
        return 0
    print(f"This computer has no keyring, so the key cannot be kept. Set "
          f"${KEY_ENV[config.provider]} for each run instead.", file=sys.stderr)
    return EXIT_ERROR


def _import(ws: Workspace, args: argparse.Namespace) -> int:
    outcome = ws.shipment_import.run(args.file, dry_run=args.dry_run, skip_bad=args.skip_bad)
    problems = [{"row": p.row, "column": p.column, "reason": p.render()}
                for p in outcome.problems]
    if args.json:
        print_json({"file": str(args.file), "rows": outcome.rows, "added": outcome.added,
                    "already_there": outcome.unchanged, "rejected": len(problems),
                    "written": outcome.written, "problems": problems})
    else:
        verb = "added" if outcome.written else "would add"
        print(f"{args.file}: {verb} {outcome.added} shipments, {outcome.unchanged} already "
              f"there, {len(problems)} rows rejected")
        for problem in problems:
            print(f"  row {problem['row']}, {problem['column']}: {problem['reason']}")
        if problems and not outcome.written and not args.dry_run:
            print("Nothing was saved; fix the rows above or use --skip-bad.")
    return 0 if not problems else EXIT_ERROR

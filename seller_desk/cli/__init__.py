"""`seller-desk` headless commands (demo, db, settings, import, customers, export, fx, listings).

Errors are one line on standard error and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from seller_desk import __version__
from seller_desk.cli import fx as fx_commands
from seller_desk.cli import listings as listings_commands
from seller_desk.cli import loyalty as loyalty_commands
from seller_desk.cli import retention as retention_commands
from seller_desk.cli import sync as sync_commands
from seller_desk.cli import track as track_commands
from seller_desk.cli.output import print_json, stderr_job
from seller_desk.domain.currencies import parse_rates
from seller_desk.domain.errors import KnownError, ValidationError
from seller_desk.domain.imports import ColumnMapping, FileFormat
from seller_desk.domain.settings import SETTINGS, setting_spec
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.paths import AppPaths
from seller_desk.services.exports import BINARY_FORMATS, FORMATS, NEEDS_A_FILE, TABLES
from seller_desk.services.progress import Job
from seller_desk.services.workspace import Workspace, open_workspace

EXIT_ERROR = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seller-desk",
        description="Seller Desk: orders, customers, listings and retention for small "
        "cross-border shops. Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", metavar="URL", help="database file or SQLAlchemy URL "
        "(default: $SELLER_DESK_DB, else shop.sqlite3 in the data folder)",
    )
    parser.add_argument("--lang", metavar="CODE", type=_language,
                        help="window language: en, zh_CN or zh_TW")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the window (the default)")

    demo = commands.add_parser("demo", help="fill an empty database with a demo shop")
    demo.add_argument("--orders", type=_positive, default=30_000, help="orders (default 30000)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    demo.add_argument("--base-currency", default="USD", help="base currency (default USD)")
    demo.add_argument("--json", action="store_true", help="print the summary as JSON")

    db = commands.add_parser("db", help="database information and care")
    db.add_argument("action", choices=["info", "upgrade", "backup"])
    db.add_argument("--json", action="store_true", help="print as JSON")

    settings = commands.add_parser("settings", help="show or change the shop's settings")
    settings_actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = settings_actions.add_parser("list", help="every setting with its value")
    listing.add_argument("--json", action="store_true", help="print as JSON")
    settings_actions.add_parser("get", help="one setting's value").add_argument("key")
    setter = settings_actions.add_parser("set", help="change one setting (validated)")
    setter.add_argument("key")
    setter.add_argument("value")

    imports = commands.add_parser("import", help="import a marketplace order file")
    imports.add_argument("file", type=Path)
    imports.add_argument("--format", required=True, choices=[f.value for f in FileFormat])
    imports.add_argument("--mapping", type=Path, metavar="FILE",
                         help="column mapping (JSON) for the generic format")
    imports.add_argument("--marketplace", metavar="NAME", default="",
                         help="the store the orders belong to (added if new)")
    imports.add_argument("--encoding", help="the file's text encoding (default: detected)")
    imports.add_argument("--rate", action="append", default=[], metavar="CUR=RATE",
                         help="exchange rate to the base currency, e.g. GBP=1.27")
    imports.add_argument("--dry-run", action="store_true", help="count, write nothing")
    imports.add_argument("--skip-bad", action="store_true",
                         help="import the valid rows even when some are rejected")
    imports.add_argument("--json", action="store_true", help="print as JSON")

    customers = commands.add_parser("customers", help="a customer's data: export or erase")
    customer_actions = customers.add_subparsers(dest="action", metavar="ACTION", required=True)
    customer_actions.add_parser("export", help="everything held about a customer, as JSON"
                                ).add_argument("id", type=int)
    erase = customer_actions.add_parser("erase", help="erase a customer's personal data")
    erase.add_argument("id", type=int)
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    export = commands.add_parser("export", help="export orders, customers or returns")
    export.add_argument("table", choices=sorted(TABLES))
    export.add_argument("--format", default="csv", choices=FORMATS)
    export.add_argument("--out", type=Path, help="file to write (default: standard output; "
                        "xlsx needs a file)")
    retention_commands.add_parser(commands)
    loyalty_commands.add_parser(commands)
    fx_commands.add_parser(commands)
    listings_commands.add_parser(commands)
    track_commands.add_parser(commands)
    sync_commands.add_parser(commands)
    return parser


def _language(text: str) -> str:
    try:
        return setting_spec("language").clean(text)
    except KnownError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def _demo(ws: Workspace, args: argparse.Namespace) -> int:
    from seller_desk.services.demo import generate_demo  # heavy; the window does not need it

    summary = generate_demo(
        ws.database, stderr_job(), orders=args.orders, seed=args.seed,
        base_currency=args.base_currency.upper(),
    )
    if args.json:
        print_json(asdict(summary))
    else:
        for key, value in asdict(summary).items():
            print(f"{key.replace('_', ' ')}: {value}")
    return 0


def _db(ws: Workspace, args: argparse.Namespace) -> int:
    if args.action == "backup":
        path = ws.maintenance.backup(Job())
        print(json.dumps({"backup": str(path)}) if args.json else f"Backed up to {path}")
        return 0
    if args.action == "upgrade" and not args.json:
        print(f"Schema is at {ws.maintenance.info().schema}"
              + (f"; backup before upgrade: {ws.upgrade_backup}" if ws.upgrade_backup else ""))
        return 0
    info = asdict(ws.maintenance.info())
    if args.action == "upgrade":
        info["upgrade_backup"] = str(ws.upgrade_backup) if ws.upgrade_backup else None
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key.replace('_', ' ')}: {value if value is not None else '-'}")
    return 0


def _settings(ws: Workspace, args: argparse.Namespace) -> int:
    if args.action == "list":
        values = ws.shop.settings()
        if args.json:
            print_json(values)
        else:
            width = max(len(spec.key) for spec in SETTINGS)
            for spec in SETTINGS:
                print(f"{spec.key:<{width}}  {values[spec.key]}")
    elif args.action == "get":
        print(ws.shop.get(args.key))
    else:
        print(f"{args.key} = {ws.shop.set(args.key, args.value)}")
    return 0


def _import(ws: Workspace, args: argparse.Namespace) -> int:
    mapping = None
    if args.mapping is not None:
        try:
            mapping = ColumnMapping.from_json(args.mapping.read_text(encoding="utf-8"))
        except OSError as error:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Cannot read the mapping file: {reason}"),
                item=str(args.mapping), reason=error.strerror or error) from None
    outcome = ws.imports.run(
        args.file, FileFormat(args.format), account=args.marketplace, mapping=mapping,
        encoding=args.encoding, rates=parse_rates(",".join(args.rate), QT_TRANSLATE_NOOP(
            "errors", "--rate wants CUR=RATE, like GBP=1.27; not {text}")), skip_bad=args.skip_bad,
        dry_run=args.dry_run)
    rejected = [{"row": p.row, "column": p.column, "value": p.value, "reason": p.render()}
                for p in outcome.problems]
    summary = {"file": outcome.file, "store": outcome.account, "encoding": outcome.encoding,
               "rows": outcome.rows, "new": outcome.new, "updated": outcome.updated,
               "unchanged": outcome.unchanged, "rejected": outcome.rejected_rows,
               "written": outcome.written, "rejected_rows": rejected}
    if args.json:
        print_json(summary)
    else:
        verb = "would import" if not outcome.written else "imported"
        print(f"{outcome.file}: {verb} into {outcome.account}: {outcome.new} new, "
              f"{outcome.updated} updated, {outcome.unchanged} unchanged, "
              f"{outcome.rejected_rows} rejected rows")
        for row in rejected:
            print(f"  row {row['row']}, {row['column']}: {row['reason']}")
        if rejected and not outcome.written and not args.dry_run:
            print("Nothing was imported; fix the rows above or use --skip-bad.")
    return 0 if not rejected else EXIT_ERROR


def _customers(ws: Workspace, args: argparse.Namespace) -> int:
    if args.action == "export":
        print_json(ws.privacy.export(args.id))
        return 0
    if not args.yes:
        print("seller-desk: erasing cannot be undone; add --yes to confirm", file=sys.stderr)
        return EXIT_ERROR
    count = ws.privacy.erase(args.id)
    print(f"Erased customer {args.id} ({count} record{'s' if count != 1 else ''})")
    return 0


def _export(ws: Workspace, args: argparse.Namespace) -> int:
    binary = args.format in BINARY_FORMATS
    if args.out is None:
        if binary:  # a workbook on the terminal is noise; refused before anything is read
            raise ValidationError(NEEDS_A_FILE, item="--out")
        ws.exports.write(args.table, args.format, sys.stdout)
        return 0
    encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
    try:
        with (args.out.open("wb") if binary
              else args.out.open("w", encoding=encoding, newline="")) as out:
            count = ws.exports.write(args.table, args.format, out)
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            item=str(args.out), path=args.out, reason=error.strerror or error) from None
    print(f"Wrote {count} {args.table} to {args.out}", file=sys.stderr)
    return 0


HANDLERS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "demo": _demo, "db": _db, "settings": _settings, "import": _import,
    "customers": _customers, "export": _export, "retention": retention_commands.run,
    "loyalty": loyalty_commands.run, "fx": fx_commands.run,
    "listings": listings_commands.run, "track": track_commands.run,
    "accounts": sync_commands.run, "sync": sync_commands.run, "push": sync_commands.run,
}


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run one headless command; known problems become one line on stderr and exit code 1."""
    try:
        if args.command == "track" and args.action == "check":
            return track_commands.check_number(args)  # offline: no shop is opened
        paths.make()
        ws = open_workspace(paths.database_target(args.db), paths.backups)
        try:
            return HANDLERS[args.command](ws, args)
        finally:
            ws.close()
    except KnownError as error:
        where = f" ({error.item})" if error.item and error.item not in str(error) else ""
        print(f"seller-desk: error: {error}{where}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("seller-desk: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130


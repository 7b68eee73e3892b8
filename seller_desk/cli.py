"""`seller-desk` headless commands: demo, db, settings. Errors are one line and a non-zero code."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from seller_desk import __version__
from seller_desk.domain.errors import KnownError
from seller_desk.domain.settings import SETTINGS, setting_spec
from seller_desk.paths import AppPaths
from seller_desk.services.demo import generate_demo
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


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _demo(ws: Workspace, args: argparse.Namespace) -> int:
    last = [0.0]

    def progress(done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.5 or done == total:
            last[0] = now
            print(f"{text}: {done:,}/{total:,}", file=sys.stderr, flush=True)

    summary = generate_demo(
        ws.database, Job(progress), orders=args.orders, seed=args.seed,
        base_currency=args.base_currency.upper(),
    )
    if args.json:
        _print_json(asdict(summary))
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
        _print_json(info)
    else:
        for key, value in info.items():
            print(f"{key.replace('_', ' ')}: {value if value is not None else '-'}")
    return 0


def _settings(ws: Workspace, args: argparse.Namespace) -> int:
    if args.action == "list":
        values = ws.shop.settings()
        if args.json:
            _print_json(values)
        else:
            width = max(len(spec.key) for spec in SETTINGS)
            for spec in SETTINGS:
                print(f"{spec.key:<{width}}  {values[spec.key]}")
    elif args.action == "get":
        print(ws.shop.get(args.key))
    else:
        print(f"{args.key} = {ws.shop.set(args.key, args.value)}")
    return 0


HANDLERS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {
    "demo": _demo, "db": _db, "settings": _settings,
}


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """Run one headless command; known problems become one line on stderr and exit code 1."""
    try:
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


"""`seller-desk accounts add|list|remove|test`, `sync` and `push`: marketplaces from the shell."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import UTC, datetime
from typing import Any

from seller_desk.cli.output import print_json, stderr_job
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.orders import MARKETPLACE_LABELS, Marketplace
from seller_desk.domain.sync import CREDENTIAL_FIELDS, SYNCED_MARKETPLACES, Credentials, PushKind
from seller_desk.services.sync.accounts import (
    CREDENTIALS_ENV,
    AccountDraft,
    checked,
    credential_help,
    parse_credentials,
)
from seller_desk.services.sync.pull import SyncOutcome
from seller_desk.services.workspace import Workspace

EXIT_ERROR = 1
CREDENTIALS_HELP = (
    f"Credentials are never arguments: they are asked for at a prompt, or read from "
    f"${CREDENTIALS_ENV} as key=value pairs separated by ';' ({credential_help()}). They are "
    f"kept in the system keyring; where there is none, set ${CREDENTIALS_ENV} for every run "
    f"(for several accounts, a JSON object of account name to key=value pairs).")


def add_parser(commands: Any) -> None:
    accounts = commands.add_parser(
        "accounts", help="connected marketplace accounts", description=CREDENTIALS_HELP)
    actions = accounts.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="connect a store", description=CREDENTIALS_HELP)
    add.add_argument("--marketplace", required=True,
                     choices=[m.value for m in SYNCED_MARKETPLACES])
    add.add_argument("--name", required=True, help="what to call the account here")
    add.add_argument("--url", default="", help="the store's address (Shopify, WooCommerce); "
                     "for Etsy and eBay the API's, when not the usual one")
    add.add_argument("--api", choices=["graphql", "rest"], default="",
                     help="Shopify only: GraphQL (default) or the REST API of custom apps")
    add.add_argument("--no-auto-sync", action="store_true",
                     help="sync only when asked, not every few minutes in the window")
    actions.add_parser("list", help="every connected account").add_argument(
        "--json", action="store_true")
    actions.add_parser("remove", help="disconnect an account (its orders stay)").add_argument(
        "name")
    tested = actions.add_parser("test", help="check the credentials: shop name, permissions")
    tested.add_argument("name")
    tested.add_argument("--json", action="store_true")
    sync = commands.add_parser(
        "sync", help="pull orders and products from connected stores (for cron: exits 1 on "
        "any failure)", description=CREDENTIALS_HELP)
    sync.add_argument("--account", help="only this account (default: all)")
    sync.add_argument("--since", type=_day, help="orders updated since DATE (YYYY-MM-DD); "
                      "the stored cursor is left as it is")
    sync.add_argument("--dry-run", action="store_true", help="read and count, change nothing")
    sync.add_argument("--json", action="store_true")
    push = commands.add_parser(
        "push", help="send stock, prices and tracking numbers to a store (shows the changes "
        "first with --dry-run)")
    push.add_argument("--account", required=True)
    push.add_argument("--kind", action="append", choices=[k.value for k in PushKind],
                      help="what to send (repeatable; default: everything allowed)")
    push.add_argument("--dry-run", action="store_true", help="list what would change")
    push.add_argument("--json", action="store_true")


def _day(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    except ValueError:
        raise argparse.ArgumentTypeError("use YYYY-MM-DD") from None


def run(ws: Workspace, args: argparse.Namespace) -> int:
    if args.command == "sync":
        return _sync(ws, args)
    if args.command == "push":
        return _push(ws, args)
    return {"add": _add, "list": _list, "remove": _remove, "test": _test}[args.action](ws, args)


def _credentials(ws: Workspace, marketplace: Marketplace) -> Credentials:
    """From the environment variable, else asked for (secrets without echo)."""
    text = os.environ.get(CREDENTIALS_ENV, "")
    if text.strip() and not text.lstrip().startswith("{"):
        return parse_credentials(marketplace, text)
    if not sys.stdin.isatty():
        raise ValidationError(
            f"No credentials: set ${CREDENTIALS_ENV} or run this in a terminal to be asked.",
            item=CREDENTIALS_ENV)
    values = {}
    for spec in CREDENTIAL_FIELDS[marketplace]:
        ask = getpass.getpass if spec.secret else input
        values[spec.key] = ask(f"{spec.label}: ")
    return checked(marketplace, values)


def _add(ws: Workspace, args: argparse.Namespace) -> int:
    marketplace = Marketplace(args.marketplace)
    credentials = _credentials(ws, marketplace)
    account_id = ws.accounts.add(AccountDraft(marketplace, args.name, args.url, args.api,
                                              not args.no_auto_sync))
    kept = ws.accounts.set_credentials(account_id, credentials)
    print(f"Connected {args.name} ({MARKETPLACE_LABELS[marketplace]}).")
    if not kept:
        print(f"This computer has no keyring, so the credentials cannot be kept: set "
              f"${CREDENTIALS_ENV} for every run.", file=sys.stderr)
    return 0


def _list(ws: Workspace, args: argparse.Namespace) -> int:
    rows = [{"name": a.name, "marketplace": a.marketplace.value, "url": a.url, "api": a.api,
             "currency": a.currency, "auto_sync": a.auto_sync,
             "last_sync": a.last_sync_at.isoformat() if a.last_sync_at else None,
             "state": a.last_sync_state, "message": a.last_sync_message,
             "credentials": ws.accounts.credentials(a.id)[1] or "none"}
            for a in ws.accounts.list()]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No connected accounts; add one with: seller-desk accounts add …")
    for row in rows:
        last = a_time(row["last_sync"]) if row["last_sync"] else "never synced"
        print(f"{row['name']}: {MARKETPLACE_LABELS[Marketplace(row['marketplace'])]} "
              f"{row['url']} · {last} {row['state']} · credentials: {row['credentials']}")
        if row["message"]:
            print(f"  {row['message']}")
    return 0


def a_time(iso: str) -> str:
    """An ISO time as this computer's local "2026-11-25 13:12"."""
    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def _remove(ws: Workspace, args: argparse.Namespace) -> int:
    account = ws.accounts.named(args.name)
    ws.accounts.remove(account.id)
    print(f"Disconnected {account.name}; its orders stay.")
    return 0


def _test(ws: Workspace, args: argparse.Namespace) -> int:
    account = ws.accounts.named(args.name)
    info = ws.accounts.test(account.id)
    if args.json:
        print_json({"name": info.name, "currency": info.currency,
                    "permissions": list(info.permissions), "missing": list(info.missing)})
        return 0
    print(f"{account.name}: connected to {info.name} ({info.currency})")
    if info.permissions:
        print(f"  permissions: {', '.join(info.permissions)}")
    for missing in info.missing:
        print(f"  missing: {missing}")
    return 0


def _sync(ws: Workspace, args: argparse.Namespace) -> int:
    job = stderr_job()
    if args.account:
        account = ws.accounts.named(args.account)
        outcomes = [ws.sync.run(account.id, since=args.since, dry_run=args.dry_run, job=job)]
    else:
        outcomes = ws.sync.run_all(since=args.since, dry_run=args.dry_run, job=job)
    if args.json:
        print_json([_summary(o) for o in outcomes])
    else:
        if not outcomes:
            print("No connected accounts to sync.")
        for outcome in outcomes:
            _print(outcome)
    return 0 if all(o.ok for o in outcomes) else EXIT_ERROR


def _summary(outcome: SyncOutcome) -> dict[str, Any]:
    seconds = (outcome.finished_at - outcome.started_at).total_seconds() \
        if outcome.finished_at else None
    return {"account": outcome.account, "state": outcome.state, "dry_run": outcome.dry_run,
            "seconds": seconds, "new": outcome.new, "updated": outcome.updated,
            "unchanged": outcome.unchanged, "failed": outcome.failed,
            "products": outcome.products, "unmatched_skus": outcome.unmatched,
            "conflicts": outcome.conflicts, "returns_added": outcome.returns_added,
            "shipments_added": outcome.shipments_added,
            "errors": [{"item": p.item, "error": p.render(), "status": p.status,
                        "response": p.response[:500]} for p in outcome.problems]}


def _print(outcome: SyncOutcome) -> None:
    summary = _summary(outcome)
    dry = " (dry run: nothing written)" if outcome.dry_run else ""
    print(f"{outcome.account}: {outcome.state}{dry} in {summary['seconds'] or 0:.1f} s · "
          f"{outcome.new} new, {outcome.updated} updated, {outcome.unchanged} unchanged, "
          f"{outcome.failed} failed · {outcome.products} products ({outcome.unmatched} "
          f"unmatched SKUs) · {outcome.returns_added} refunds, {outcome.shipments_added} "
          f"parcels · {outcome.conflicts} conflicts")
    for error in summary["errors"][:20]:
        where = f"{error['item']}: " if error["item"] else ""
        status = f" [HTTP {error['status']}]" if error["status"] else ""
        print(f"  {where}{error['error']}{status}", file=sys.stderr)


def _push(ws: Workspace, args: argparse.Namespace) -> int:
    account = ws.accounts.named(args.account)
    kinds = [PushKind(k) for k in args.kind] if args.kind else list(PushKind)
    changes = ws.push.preview(account.id, kinds)
    listed = [{"kind": c.kind.value, "item": c.item, "store": c.remote, "here": c.local}
              for c in changes]
    if args.dry_run:
        if args.json:
            print_json(listed)
        else:
            print(f"{account.name}: {len(changes)} changes would be sent")
            for row in listed:
                print(f"  {row['kind']} {row['item']}: {row['store'] or '—'} → {row['here']}")
        return 0
    outcome = ws.push.apply(account.id, changes, stderr_job())
    if args.json:
        print_json({"pushed": outcome.pushed, "failed": outcome.failed,
                    "errors": [{"item": p.item, "error": p.render()} for p in outcome.problems]})
    else:
        print(f"{account.name}: {outcome.pushed} sent, {outcome.failed} failed")
        for problem in outcome.problems:
            print(f"  {problem.item}: {problem.render()}", file=sys.stderr)
    return 0 if not outcome.failed and not outcome.problems else EXIT_ERROR

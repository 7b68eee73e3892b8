"""`seller-desk loyalty …`: bring the points ledger up to date, show a customer, grant points."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from seller_desk.cli.output import stderr_job
from seller_desk.services.loyalty import CustomerLoyalty
from seller_desk.services.workspace import Workspace


def add_parser(commands: Any) -> None:
    loyalty = commands.add_parser("loyalty", help="loyalty points and tiers")
    actions = loyalty.add_subparsers(dest="action", metavar="ACTION", required=True)
    update = actions.add_parser(
        "update", help="post the points, refunds, expiries and tier changes the orders call for")
    update.add_argument("--json", action="store_true", help="print the counts as JSON")
    show = actions.add_parser("show", help="a customer's points, tier and ledger")
    show.add_argument("id", type=int, metavar="CUSTOMER_ID")
    show.add_argument("--json", action="store_true", help="print as JSON")
    grant = actions.add_parser("grant", help="grant points by hand (negative to take some back)")
    grant.add_argument("id", type=int, metavar="CUSTOMER_ID")
    grant.add_argument("points", type=int, metavar="POINTS")
    grant.add_argument("--reason", required=True, help="why, e.g. review or referral")


def run(ws: Workspace, args: argparse.Namespace) -> int:
    if args.action == "update":
        return _update(ws, args)
    if args.action == "show":
        ws.loyalty.bring_up_to_date(customer_ids=[args.id])
        standing = ws.loyalty.customer(args.id)
        if args.json:
            print(json.dumps(as_json(standing), indent=2, ensure_ascii=False))
        else:
            print_standing(standing)
        return 0
    entry = ws.loyalty.grant(args.id, args.points, args.reason)
    print(f"Granted {args.points:+,} points to customer {args.id} (ledger row {entry})")
    return 0


def _update(ws: Workspace, args: argparse.Namespace) -> int:
    update = ws.loyalty.bring_up_to_date(stderr_job())
    if args.json:
        print(json.dumps(dict(update.counts), indent=2))
    else:
        for kind, count in update.counts.items():
            print(f"{kind}: {count:,}")
    return 0


def as_json(standing: CustomerLoyalty) -> dict[str, Any]:
    data = asdict(standing)
    data["spend_12m"] = str(standing.spend_12m)
    data["to_next_tier"] = str(standing.to_next_tier) if standing.to_next_tier else None
    data["next_expiry"] = standing.next_expiry.isoformat() if standing.next_expiry else None
    data["rows"] = [
        {**asdict(row), "at": row.at.isoformat(), "kind": row.kind.value,
         "order_placed_at": row.order_placed_at.isoformat() if row.order_placed_at else None}
        for row in standing.rows
    ]
    return data


def print_standing(s: CustomerLoyalty) -> None:
    print(f"Customer {s.customer_id}: {s.tier}, {s.balance:,} points")
    print(f"Spend over the last 12 months: {s.spend_12m}")
    if s.next_tier:
        print(f"Next tier: {s.next_tier}, {s.to_next_tier} more")
    if s.expiring_soon:
        print(f"Expiring within 30 days: {s.expiring_soon:,} points, the first on "
              f"{s.next_expiry}")
    for row in s.rows:
        what = {"earn": f"order {row.order_number}", "reversal": f"order {row.order_number}",
                "expiry": f"order {row.order_number}", "tier": row.tier,
                "grant": f"{row.reason} ({row.author})"}[row.kind.value]
        points = f"{row.points:+,}" if row.kind.value != "tier" else ""
        print(f"  {row.at:%Y-%m-%d %H:%M}  {row.kind.value:<8} {points:>9}  {what}")

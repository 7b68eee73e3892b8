"""`seller-desk listings markets | reprice`: markets and bulk repricing from the shell."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import Any

from seller_desk.cli.output import print_json, stderr_job
from seller_desk.domain.money import Money
from seller_desk.services.pricing import MarketView, PreviewRow, RepricePreview
from seller_desk.services.workspace import Workspace

EXIT_PROBLEMS = 1


def add_parser(commands: Any) -> None:
    listings = commands.add_parser("listings", help="listings' markets and bulk repricing")
    actions = listings.add_subparsers(dest="action", metavar="ACTION", required=True)
    markets = actions.add_parser("markets", help="every market (account and currency), "
                                 "numbered, with its offers and whether it has a price rule")
    markets.add_argument("--json", action="store_true")
    reprice = actions.add_parser(
        "reprice", help="new prices from the markets' price rules and today's stored rates; "
        "a dry run unless --apply",
        description="Rows that cannot be priced (no rule, no rate) are listed and left as "
        "they are; the exit code is then 1.")
    reprice.add_argument("--market", action="append", required=True, metavar="M",
                         help='"ACCOUNT NAME:CUR", the account name alone when it sells in one '
                         "currency, or the number `listings markets` shows; repeatable")
    reprice.add_argument("--sku", action="extend", nargs="+", default=[], metavar="SKU",
                         help="only these listings (default: every listing in the market)")
    reprice.add_argument("--apply", action="store_true",
                         help="write the new prices, all in one transaction")
    reprice.add_argument("--json", action="store_true")


def run(ws: Workspace, args: argparse.Namespace) -> int:
    if args.action == "markets":
        _markets(ws.pricing.markets(), args.json)
        return 0
    markets = [ws.pricing.find_market(text) for text in args.market]
    listing_ids = ws.pricing.listing_ids(args.sku) if args.sku else None
    preview = ws.pricing.preview(markets, listing_ids, stderr_job())
    chosen = [row for row in preview.rows if row.applicable]
    written = ws.pricing.apply(chosen, stderr_job()) if args.apply and chosen else 0
    if args.json:
        print_json(_as_json(preview, args.apply, written))
    else:
        _print_preview(preview, args.apply, written)
    return EXIT_PROBLEMS if preview.problems else 0


def _markets(markets: tuple[MarketView, ...], as_json: bool) -> None:
    if as_json:
        print_json([{"number": n, "market": m.label, "account_id": m.account_id,
                     "account": m.account_name, "marketplace": m.marketplace,
                     "currency": m.currency, "offers": m.offer_count, "has_rule": m.has_rule}
                    for n, m in enumerate(markets, 1)])
        return
    if not markets:
        print("No marketplace accounts yet.")
        return
    width = max(len(m.label) for m in markets)
    print(f"  #  {'market':<{width}}  {'marketplace':<12} {'offers':>7}  rule")
    for n, m in enumerate(markets, 1):
        print(f"{n:>3}  {m.label:<{width}}  {m.marketplace:<12} {m.offer_count:>7}  "
              f"{'yes' if m.has_rule else '-'}")


def _amount(minor: int | None, currency: str) -> str | None:
    return None if minor is None else str(Money(minor, currency).amount)


def _pct(value: Decimal | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


def _problem(row: PreviewRow) -> str | None:
    return None if row.problem is None else str(row.problem)


def _as_json(preview: RepricePreview, applied: bool, written: int) -> dict[str, Any]:
    rows = []
    for row in preview.rows:
        quote, use, cur = row.quote, row.rate_use, row.currency
        rows.append({
            "market": row.market.label, "offer_id": row.offer_id,
            "listing_id": row.listing_id, "sku": row.sku, "title": row.title,
            "currency": cur, "old_price": _amount(row.old_price_minor, cur),
            "new_price": _amount(row.new_price_minor, cur),
            "net": _amount(quote.net_minor, cur) if quote else None,
            "gross": _amount(quote.gross_minor, cur) if quote else None,
            "old_margin_pct": None if row.old_margin_pct is None
            else str(round(row.old_margin_pct, 2)),
            "new_margin_pct": None if quote is None else str(round(quote.margin_pct, 2)),
            "floor_applied": row.floor_applied, "changed": row.applicable and row.changed,
            "rate": None if use is None else str(use.rate),
            "rate_date": None if use is None or use.day is None else use.day.isoformat(),
            "rate_source": None if use is None else use.source,
            "rate_stale": bool(use and use.stale), "problem": _problem(row)})
    return {"markets": [m.label for m in preview.markets], "date": preview.today.isoformat(),
            "applied": applied, "written": written, "offers": len(preview.rows),
            "changed": preview.changed, "problems": preview.problems, "rows": rows}


def _print_preview(preview: RepricePreview, applied: bool, written: int) -> None:
    for use in preview.rates:
        if use.day is None:
            continue
        note = f"; {use.age_business_days} business days old" if use.stale else ""
        print(f"rate {use.from_currency}->{use.to_currency} {use.rate:.6g} "
              f"({use.day}, {use.source}{note})")
    sku_width = max([len(r.sku) for r in preview.rows] + [3])
    print(f"{'market':<24} {'sku':<{sku_width}} {'old price':>14} {'new price':>14} "
          f"{'old margin':>10} {'new margin':>10}")
    for row in preview.rows:
        new = "-" if row.new_price_minor is None else str(row.new_price)
        flags = ("  floor" if row.floor_applied else "") + (
            "" if row.applicable else f"  {_problem(row)}")
        print(f"{row.market.label:<24} {row.sku:<{sku_width}} {row.old_price!s:>14} "
              f"{new:>14} {_pct(row.old_margin_pct):>10} {_pct(row.new_margin_pct):>10}{flags}")
    print(f"{len(preview.rows)} offers: {preview.changed} new prices, "
          f"{preview.problems} cannot be priced.")
    if applied:
        print(f"Wrote {written} prices in one transaction.")
    else:
        print("Dry run: nothing written; add --apply to write these prices.")


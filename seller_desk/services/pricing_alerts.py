"""The rate-move alert: listings whose offers lost their margin because a rate moved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from seller_desk.domain.errors import KnownError
from seller_desk.domain.fx import convert_minor
from seller_desk.domain.price_endings import EXACT
from seller_desk.domain.pricing import RulePricer, rate_alert, rate_moved
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.cross_rates import MarketRates
from seller_desk.services.pricing_rules import rules_by_market
from seller_desk.services.progress import Job
from seller_desk.store.queries.pricing import offers_at_rate, rate_groups, set_alerts
from seller_desk.store.queries.settings import settings_with_defaults

CHECKING = QT_TRANSLATE_NOOP("progress", "Checking margins against today's rates")


def refresh_alerts(session: Session, today: date, job: Job) -> int:
    """Flag exactly the listings with an alerted offer; returns how many are flagged.

    Offers are grouped by the rate their price was set at, so only the groups whose rate
    moved past the threshold are read offer by offer.
    """
    alert_pct = Decimal(settings_with_defaults(session)["rate_alert_pct"])
    rates = MarketRates.load(session, today)
    pricers: dict[tuple[int, str], RulePricer] = {}
    for key, rule in rules_by_market(session, {}).items():
        try:
            pricers[key] = RulePricer(rule, EXACT)
        except KnownError:
            continue  # a rule that cannot price cannot judge a margin either
    groups = rate_groups(session)
    flagged: set[int] = set()
    for done, (cost_cur, currency, price_rate, _count) in enumerate(groups):
        job.check()
        job.report(done, len(groups), CHECKING)
        use = rates.rate(cost_cur, currency)
        if use is None or not rate_moved(use.rate, price_rate, alert_pct):
            continue
        for (_id, listing_id, account_id, _cur, price, _rate, cost,
             _cost_cur) in offers_at_rate(session, cost_cur, currency, price_rate):
            pricer = pricers.get((account_id, currency))
            if pricer is None or price <= 0 or listing_id in flagged:
                continue
            margin = pricer.margin_pct(price, convert_minor(cost, cost_cur, currency, use.rate))
            if rate_alert(use.rate, price_rate, alert_pct, margin, pricer.rule.min_margin_pct):
                flagged.add(listing_id)
    set_alerts(session, flagged)
    job.report(len(groups), len(groups), CHECKING)
    return len(flagged)

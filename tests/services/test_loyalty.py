"""The loyalty ledger: points on counted orders, refunds, expiry, tiers, grants (RETENTION.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from seller_desk.domain.errors import NotFoundError, ValidationError
from seller_desk.services import loyalty_ledger, loyalty_update
from seller_desk.services.loyalty import EntryKind, LoyaltyService
from seller_desk.services.progress import Cancelled, Job
from seller_desk.services.shop import ShopService
from seller_desk.store.models import Customer, LoyaltyEntry, MarketplaceAccount, Order
from seller_desk.store.people import add_customer
from seller_desk.store.types import fold

T0 = datetime(2024, 1, 1, tzinfo=UTC)


def at(text: str, zone: str = "UTC") -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


def set_up(database, zone="UTC", months="12", per_unit="1",
           tiers="Bronze: 0, Silver: 500, Gold: 2000", names=("anna", "bob")):
    ShopService(database).update({
        "shop_name": "Loyal Shop", "base_currency": "USD", "timezone": zone,
        "loyalty_expiry_months": months, "loyalty_points_per_unit": per_unit,
        "loyalty_tiers": tiers, "your_name": "Mei"})
    with database.session() as s:
        account = MarketplaceAccount(marketplace="shopify", name="Main", currency="USD",
                                     created_at=T0)
        s.add(account)
        s.flush()
        people = {name: add_customer(s, account_id=account.id, created_at=T0, name=name).id
                  for name in names}
        return account.id, people


def order(database, account, customer, number, placed, total_minor, status="paid",
          refunded=0, is_test=False):
    with database.session() as s:
        o = Order(account_id=account, external_id=number, number=number,
                  number_key=fold(number), placed_at=placed, status=status,
                  customer_id=customer, currency="USD", subtotal_minor=total_minor,
                  total_minor=total_minor, base_currency="USD", rate_to_base=Decimal(1),
                  total_base_minor=total_minor, refunded_minor=refunded,
                  refunded_base_minor=refunded, is_test=is_test, updated_at=placed)
        s.add(o)
        s.flush()
        return o.id


def change(database, order_id, when, **values):
    with database.session() as s:
        s.execute(update(Order).where(Order.id == order_id).values(updated_at=when, **values))


def ledger(database, customer=None):
    """(kind, points, order id, tier, at) of every row, oldest first."""
    with database.read_session() as s:
        statement = select(LoyaltyEntry.kind, LoyaltyEntry.points, LoyaltyEntry.order_id,
                           LoyaltyEntry.tier, LoyaltyEntry.at).order_by(LoyaltyEntry.id)
        if customer is not None:
            statement = statement.where(LoyaltyEntry.customer_id == customer)
        return [tuple(row) for row in s.execute(statement)]


def test_points_on_counted_orders_then_refunds_and_cancels(database):
    account, people = set_up(database)
    anna = people["anna"]
    full = order(database, account, anna, "#1001", at("2026-01-10 09:00"), 12345)
    partial = order(database, account, anna, "#1002", at("2026-01-11 09:00"), 8000)
    refunded = order(database, account, anna, "#1003", at("2026-01-12 09:00"), 4000)
    cancelled = order(database, account, anna, "#1004", at("2026-01-13 09:00"), 6000)
    order(database, account, anna, "#T1", at("2026-01-14 09:00"), 99900, is_test=True)
    order(database, account, anna, "#1005", at("2026-01-15 09:00"), 5000, status="pending")
    service = LoyaltyService(database)

    first = service.bring_up_to_date(as_of=at("2026-02-01 00:00"))
    # floor(123.45) + 80 + 40 + 60; the test order and the unpaid one earn nothing.
    assert dict(first.counts) == {"earn": 4, "reversal": 0, "expiry": 0, "tier": 0}
    assert service.customer(anna, as_of=at("2026-02-01 00:00")).balance == 123 + 80 + 40 + 60
    assert ledger(database)[0][:3] == ("earn", 123, full)
    assert ledger(database)[0][4] == at("2026-01-10 09:00")  # at the order time

    # $30.50 refunded on #1002 (net 49.50 -> 49 points), #1003 refunded, #1004 cancelled.
    change(database, partial, at("2026-02-03 10:00"), status="partially_refunded",
           refunded_minor=3050, refunded_base_minor=3050)
    change(database, refunded, at("2026-02-04 10:00"), status="refunded",
           refunded_minor=4000, refunded_base_minor=4000)
    change(database, cancelled, at("2026-02-04 11:00"), status="cancelled")
    second = service.bring_up_to_date(as_of=at("2026-02-05 00:00"))
    assert dict(second.counts) == {"earn": 0, "reversal": 3, "expiry": 0, "tier": 0}
    reversals = [row for row in ledger(database) if row[0] == "reversal"]
    assert {(r[2], r[1]) for r in reversals} == {(partial, -31), (refunded, -40),
                                                 (cancelled, -60)}
    assert next(r[4] for r in reversals if r[2] == partial) == at("2026-02-03 10:00")
    standing = service.customer(anna, as_of=at("2026-02-05 00:00"))
    assert standing.balance == 123 + 49
    assert standing.rows[0].kind is EntryKind.REVERSAL  # newest first

    assert service.bring_up_to_date(as_of=at("2026-02-05 00:00")).posted == 0
    assert service.bring_up_to_date(as_of=at("2026-02-06 00:00")).posted == 0

    # Refunded money given back (the refund cancelled): the points come back too.
    change(database, partial, at("2026-02-07 10:00"), status="paid", refunded_minor=0,
           refunded_base_minor=0)
    again = service.bring_up_to_date(as_of=at("2026-02-08 00:00"))
    assert dict(again.counts)["earn"] == 1
    assert ledger(database)[-1][:3] == ("earn", 31, partial)


def test_points_per_unit_is_exact(database):
    account, people = set_up(database, per_unit="1.5")
    order(database, account, people["anna"], "#1", at("2026-01-10 09:00"), 1001)
    LoyaltyService(database).bring_up_to_date(as_of=at("2026-02-01 00:00"))
    assert ledger(database)[0][1] == 15  # floor(10.01 x 1.5 = 15.015)


def test_expiry_clamps_to_the_end_of_a_shorter_month(database):
    account, people = set_up(database, months="1")
    anna, bob = people["anna"], people["bob"]
    jan31 = order(database, account, anna, "#1", at("2025-01-31 18:00"), 5000)
    leap = order(database, account, bob, "#2", at("2024-01-31 18:00"), 2000)
    service = LoyaltyService(database)

    service.bring_up_to_date(as_of=at("2024-02-28 23:59"))
    assert [r[:3] for r in ledger(database, bob)] == [("earn", 20, leap)]
    service.bring_up_to_date(as_of=at("2024-02-29 00:00"))  # Jan 31 + 1 month, leap year
    assert ledger(database, bob)[-1][:3] == ("expiry", -20, leap)
    assert ledger(database, bob)[-1][4] == at("2024-02-29 00:00")

    soon = service.customer(anna, as_of=at("2025-02-10 12:00"))
    assert (soon.expiring_soon, soon.next_expiry) == (0, None)  # not earned yet
    service.bring_up_to_date(as_of=at("2025-02-10 12:00"))
    soon = service.customer(anna, as_of=at("2025-02-10 12:00"))
    assert (soon.balance, soon.expiring_soon, soon.next_expiry) == (50, 50, date(2025, 2, 28))
    assert service.bring_up_to_date(as_of=at("2025-02-27 23:59")).posted == 0
    expired = service.bring_up_to_date(as_of=at("2025-02-28 00:00"))
    assert dict(expired.counts) == {"earn": 0, "reversal": 0, "expiry": 1, "tier": 0}
    assert ledger(database, anna)[-1][:3] == ("expiry", -50, jan31)
    assert service.customer(anna, as_of=at("2025-03-01 00:00")).balance == 0

    # After its expiry an order posts nothing more, refunded or not.
    change(database, jan31, at("2025-03-05 10:00"), status="refunded", refunded_minor=5000,
           refunded_base_minor=5000)
    assert service.bring_up_to_date(as_of=at("2025-03-06 00:00")).posted == 0


def test_days_are_the_shops_calendar_days(database):
    account, people = set_up(database, zone="Europe/Berlin", months="1")
    # 23:30 UTC on Jan 31 is 00:30 on Feb 1 in Berlin: the points last until Mar 1 there.
    order(database, account, people["anna"], "#1", at("2025-01-31 23:30"), 1000)
    service = LoyaltyService(database)
    assert dict(service.bring_up_to_date(as_of=at("2025-02-28 22:59")).counts)["expiry"] == 0
    assert dict(service.bring_up_to_date(as_of=at("2025-02-28 23:00")).counts)["expiry"] == 1
    assert ledger(database)[-1][4] == at("2025-03-01 00:00", "Europe/Berlin")


def test_expiry_posted_at_once_for_old_orders_and_never_with_zero_months(database):
    account, people = set_up(database, months="12")
    old = order(database, account, people["anna"], "#1", at("2024-03-15 10:00"), 7000)
    service = LoyaltyService(database)
    first = service.bring_up_to_date(as_of=at("2026-01-01 00:00"))
    assert dict(first.counts) == {"earn": 1, "reversal": 0, "expiry": 1, "tier": 0}
    assert [r[:3] for r in ledger(database)] == [("earn", 70, old), ("expiry", -70, old)]
    assert ledger(database)[1][4] == at("2025-03-15 00:00")

    ShopService(database).set("loyalty_expiry_months", "0")
    order(database, account, people["bob"], "#2", at("2024-03-15 10:00"), 3000)
    assert dict(service.bring_up_to_date(as_of=at("2026-01-01 00:00")).counts) == {
        "earn": 1, "reversal": 0, "expiry": 0, "tier": 0}
    assert service.customer(people["bob"], as_of=at("2026-01-01 00:00")).expiring_soon == 0


def tiers_of(database, customer):
    return [(r[3], r[4]) for r in ledger(database, customer) if r[0] == "tier"]


def test_tier_up_and_down_as_orders_leave_the_12_months(database):
    account, people = set_up(database)
    anna = people["anna"]
    order(database, account, anna, "#1", at("2025-03-10 09:00"), 30000)
    order(database, account, anna, "#2", at("2025-06-15 14:00"), 25000)  # 550: Silver
    order(database, account, anna, "#3", at("2025-07-01 16:00"), 150000)  # 2050: Gold
    service = LoyaltyService(database)

    assert dict(service.bring_up_to_date(as_of=at("2025-12-31 00:00")).counts)["tier"] == 2
    assert tiers_of(database, anna) == [("Silver", at("2025-06-15 14:00")),
                                        ("Gold", at("2025-07-01 16:00"))]
    gold = service.customer(anna, as_of=at("2025-12-31 00:00"))
    assert (gold.tier, gold.spend_12m.minor, gold.next_tier, gold.to_next_tier) == (
        "Gold", 205000, "", None)

    # Then #1 leaves the window on 2026-03-10 (1750: Silver), #2 on 2026-06-15 (1500: still
    # Silver) and #3 on 2026-07-01 (0: Bronze).
    assert dict(service.bring_up_to_date(as_of=at("2026-08-01 00:00")).counts)["tier"] == 2
    assert tiers_of(database, anna)[2:] == [("Silver", at("2026-03-10 00:00")),
                                            ("Bronze", at("2026-07-01 00:00"))]
    bronze = service.customer(anna, as_of=at("2026-08-01 00:00"))
    assert (bronze.tier, bronze.spend_12m.minor, bronze.next_tier, bronze.to_next_tier.minor) == (
        "Bronze", 0, "Silver", 50000)
    assert service.bring_up_to_date(as_of=at("2026-08-01 00:00")).posted == 0


def test_a_refund_that_undoes_a_tier_is_set_right_on_the_day_it_is_seen(database):
    account, people = set_up(database)
    anna = people["anna"]
    order(database, account, anna, "#1", at("2025-03-10 09:00"), 30000)
    order(database, account, anna, "#2", at("2025-06-15 14:00"), 25000)
    big = order(database, account, anna, "#3", at("2025-07-01 16:00"), 150000)
    service = LoyaltyService(database)
    service.bring_up_to_date(as_of=at("2025-12-31 00:00"))
    change(database, big, at("2026-01-04 10:00"), status="partially_refunded",
           refunded_minor=100000, refunded_base_minor=100000)
    fix = service.bring_up_to_date(as_of=at("2026-01-05 08:00"))
    assert dict(fix.counts) == {"earn": 0, "reversal": 1, "expiry": 0, "tier": 1}
    assert tiers_of(database, anna)[-1] == ("Silver", at("2026-01-05 08:00"))
    assert service.customer(anna, as_of=at("2026-01-05 08:00")).tier == "Silver"
    # Later only what changes after that row: 1050 -> 750 -> 500 stays Silver; 0 is Bronze.
    later = service.bring_up_to_date(as_of=at("2026-08-01 00:00"))
    assert dict(later.counts)["tier"] == 1
    assert tiers_of(database, anna)[-1] == ("Bronze", at("2026-07-01 00:00"))


def test_grants_and_their_refusals(database):
    _account, people = set_up(database)
    service = LoyaltyService(database)
    anna = people["anna"]
    first = service.grant(anna, 50, "  wrote a   review ")
    service.grant(anna, -20, "correction", author="Lee")
    standing = service.customer(anna)
    assert standing.balance == 30
    grant = next(r for r in standing.rows if r.id == first)
    assert (grant.kind, grant.points, grant.reason, grant.author) == (
        EntryKind.GRANT, 50, "wrote a review", "Mei")
    assert standing.rows[0].author == "Lee"
    for points, reason, message, item in (
        (0, "review", "other than 0", "points"),
        (True, "review", "other than 0", "points"),
        (2_000_000_000, "review", "At most", "points"),
        (10, "   ", "Say why", "reason"),
        (10, "x" * 301, "at most 300 characters", "reason"),
    ):
        with pytest.raises(ValidationError, match=message) as refused:
            service.grant(anna, points, reason)
        assert refused.value.item == item
    with pytest.raises(NotFoundError, match="Customer 999 no longer exists"):
        service.grant(999, 10, "review")
    with pytest.raises(NotFoundError, match="Customer 999 no longer exists"):
        service.customer(999)
    with database.session() as s:
        s.get(Customer, people["bob"]).merged_into_id = anna
    with pytest.raises(ValidationError, match="merged into another customer"):
        service.grant(people["bob"], 10, "review")
    assert len(ledger(database)) == 2


@pytest.mark.parametrize("in_sql", [True, False], ids=["few-in-sql", "many-in-numpy"])
def test_one_customer_at_a_time_and_orders_moved_by_a_merge(database, monkeypatch, in_sql):
    if not in_sql:  # as when thousands of customers are asked for at once
        monkeypatch.setattr(loyalty_ledger, "SQL_SCOPE", 0)
    account, people = set_up(database)
    anna, bob = people["anna"], people["bob"]
    order(database, account, anna, "#1", at("2026-01-10 09:00"), 1000)
    bobs = order(database, account, bob, "#2", at("2026-01-11 09:00"), 2000)
    service = LoyaltyService(database)
    only_anna = service.bring_up_to_date(as_of=at("2026-02-01 00:00"), customer_ids=[anna])
    assert only_anna.counts["earn"] == 1 and ledger(database, bob) == []
    service.bring_up_to_date(as_of=at("2026-02-01 00:00"))
    assert [r[:3] for r in ledger(database, bob)] == [("earn", 20, bobs)]
    # Bob merged into Anna: his order is hers now, and so are its points.
    with database.session() as s:
        s.execute(update(Order).where(Order.id == bobs).values(customer_id=anna))
    # Bob has no orders left: his points on it go; Anna's come when she is brought up to date.
    gone = service.bring_up_to_date(as_of=at("2026-02-02 00:00"), customer_ids=[bob])
    assert dict(gone.counts) == {"earn": 0, "reversal": 1, "expiry": 0, "tier": 0}
    assert ledger(database, bob)[-1][:3] == ("reversal", -20, bobs)
    moved = service.bring_up_to_date(as_of=at("2026-02-02 00:00"), customer_ids=[anna])
    assert dict(moved.counts) == {"earn": 1, "reversal": 0, "expiry": 0, "tier": 0}
    assert ledger(database, anna)[-1][:3] == ("earn", 20, bobs)
    assert service.bring_up_to_date(as_of=at("2026-02-02 00:00")).posted == 0


def test_cancelling_writes_nothing(database, monkeypatch):
    account, people = set_up(database)
    for i in range(7):
        order(database, account, people["anna"], f"#{i}", at(f"2026-01-1{i} 09:00"), 1000)
    monkeypatch.setattr(loyalty_update, "CHUNK", 2)

    def progress(done, _total, _text):
        if done >= 4:  # two batches are in the transaction by now
            job.cancel()

    job = Job(progress)
    with pytest.raises(Cancelled):
        LoyaltyService(database).bring_up_to_date(job, as_of=at("2026-02-01 00:00"))
    with database.read_session() as s:
        assert s.scalar(select(func.count(LoyaltyEntry.id))) == 0
    assert LoyaltyService(database).bring_up_to_date(as_of=at("2026-02-01 00:00")).posted == 7


def test_tier_amounts_follow_the_base_currency_digits(database):
    shop = ShopService(database)
    assert shop.set("loyalty_tiers", "Bronze: 0, Silver: 499.99") == "Bronze: 0, Silver: 499.99"
    with pytest.raises(ValidationError, match=r"allows \(0\)") as refused:
        shop.set("base_currency", "JPY")  # the stored tiers have cents a yen has not
    assert refused.value.item == "loyalty_tiers"
    shop.update({"base_currency": "JPY", "loyalty_tiers": "Bronze: 0, Silver: 50000"})
    with pytest.raises(ValidationError, match=r"allows \(0\)"):
        shop.set("loyalty_tiers", "Bronze: 0, Silver: 500.5")
    assert shop.get("loyalty_tiers") == "Bronze: 0, Silver: 50000"

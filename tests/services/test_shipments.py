"""Shipments through the services: adding by hand (checks, lines, order status), editing,
flags in SQL agreeing with the rule in Python, the WISMO reply and the file import."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.domain.shipments import Flag
from seller_desk.services.replies import RepliesService
from seller_desk.services.shipment_editing import NumberTypo, ShipmentDraft, ShipmentEditor
from seller_desk.services.shipment_import import ShipmentImport, carrier_of
from seller_desk.services.shipments import ShipmentsService
from seller_desk.store.models import Order, OrderStatusChange, Shipment
from tests.factories import NOW, make_shop

UPS = "1Z999AA10123456784"
S10 = "RR123456785CN"
DHL = "3318810025"


@pytest.fixture
def shop(database):
    made = make_shop(database)
    return (made, ShipmentEditor(database, clock=lambda: NOW),
            ShipmentsService(database, RepliesService(database), clock=lambda: NOW))


def draft(order_id: int, number: str = UPS, carrier: str = "ups", **more) -> ShipmentDraft:
    return ShipmentDraft(order_id, carrier, number, NOW - timedelta(days=1), **more)


def test_adding_to_a_paid_order_ships_it_with_history(database, shop):
    made, editor, service = shop
    order_id = made.orders["E-2001"]
    sid = editor.add(draft(order_id, "1z 999 aa1 0123 4567 84"))
    detail = service.detail(sid)
    assert detail.number == UPS and detail.carrier_name == "UPS"
    assert [(line.sku, line.quantity) for line in detail.lines] == [("LAMP-RED", 1),
                                                                     ("MUG-01", 1)]
    assert detail.promised_by == (NOW - timedelta(days=1)).date() + timedelta(days=20)
    assert detail.link.startswith("https://www.ups.com/") and UPS in detail.link
    with database.read_session() as s:
        assert s.get(Order, order_id).status == "shipped"
        change = s.scalar(select(OrderStatusChange).where(OrderStatusChange.order_id == order_id))
        assert (change.old_status, change.new_status) == ("paid", "shipped")


def test_a_typo_is_refused_unless_the_seller_insists(shop):
    made, editor, _ = shop
    with pytest.raises(NumberTypo) as refused:
        editor.add(draft(made.orders["E-2001"], "1Z999AA10123456785"))
    assert "should be 4, not 5" in str(refused.value)
    assert editor.add(draft(made.orders["E-2001"], "1Z999AA10123456785"),
                      accept_unchecked=True) > 0


def test_bad_input_is_refused_and_nothing_is_written(database, shop):
    made, editor, _ = shop
    order = made.orders["E-2001"]
    for bad, word in ((draft(order, "12"), "too short"),
                      (draft(order, "РR123456785CN"), ""),
                      (draft(order, UPS, carrier=" "), "carrier"),
                      (draft(order, UPS, weight_grams=0), "weight"),
                      (draft(order, UPS, lines=((999999, 1),)), "not on order"),
                      (draft(made.orders["E-2002"]), "cancelled")):
        with pytest.raises(ValidationError) as refused:
            editor.add(bad)
        assert word in str(refused.value)
    with database.read_session() as s:
        assert s.scalar(select(Shipment.id)) is None
        assert s.get(Order, order).status == "paid"


def test_lines_are_split_between_parcels_and_never_shipped_twice(shop):
    made, editor, _ = shop
    order = made.orders["E-2001"]
    lines = editor.lines_left(order)
    lamp = next(line[0] for line in lines if line[1] == "LAMP-RED")
    editor.add(draft(order, UPS, lines=((lamp, 1),)))
    assert [(sku, left) for _, sku, _, _, left in editor.lines_left(order)] == [
        ("LAMP-RED", 0), ("MUG-01", 1)]
    with pytest.raises(ValidationError, match="only 0 of 1"):
        editor.add(draft(order, DHL, "dhl_express", lines=((lamp, 1),)))
    second = editor.add(draft(order, DHL, "dhl_express"))  # no lines: what is left
    with pytest.raises(ValidationError, match="already on order E-2001"):
        editor.add(draft(made.orders["#1002"], DHL, "dhl_express"))
    with pytest.raises(ValidationError, match="Every item"):
        editor.add(draft(order, S10, "china_post"))
    editor.delete(second)
    assert editor.add(draft(order, S10, "china_post")) > 0


def test_editing_a_number_starts_tracking_over(database, shop):
    made, editor, service = shop
    sid = editor.add(draft(made.orders["E-2001"]))
    with database.session() as s:
        s.execute(update(Shipment).values(status="InTransit", provider="17track",
                                          last_event="Departed", events_digest="x"))
    editor.update(sid, draft(made.orders["E-2001"], DHL, "dhl_express", note="relabelled"))
    detail = service.detail(sid)
    assert (detail.number, detail.status.value, detail.provider, detail.note) == (
        DHL, "NotFound", "", "relabelled")


def _set(database, sid: int, **values) -> None:
    with database.session() as s:
        s.execute(update(Shipment).where(Shipment.id == sid).values(**values))


def test_flags_in_sql_match_the_rule_and_handled_hides_them(database, shop):
    made, editor, service = shop
    stuck = editor.add(draft(made.orders["E-2001"], UPS))
    late = editor.add(draft(made.orders["#1002"], S10, "china_post"))
    quiet = editor.add(draft(made.orders["#1004"], DHL, "dhl_express"))
    _set(database, stuck, status="InTransit", quiet_since=NOW - timedelta(days=8))
    _set(database, late, status="Delivered", final=True, delivered_at=NOW - timedelta(days=2),
         quiet_since=NOW - timedelta(days=2), promised_by=(NOW - timedelta(days=5)).date(),
         delivered_late=True)
    _set(database, quiet, status="InTransit", quiet_since=NOW - timedelta(days=3))
    flagged = PageRequest(sort="shipped_at", filter=TableFilter(flagged_at=NOW))
    rows = {row.id: row.flags for row in service.page(flagged).rows}
    assert rows == {stuck: (Flag.STUCK,), late: (Flag.DELIVERED_LATE,)}
    assert service.count(flagged) == 2
    count, listed = service.flagged()
    assert count == 2 and [f.id for f in listed] == [stuck, late]
    # A country with a longer threshold is not stuck after 8 days.
    with database.session() as s:
        s.execute(update(Shipment).where(Shipment.id == stuck).values(dest_country="BR"))
    assert {row.id for row in service.page(flagged).rows} == {late}
    editor.mark_handled([late])
    assert service.count(flagged) == 0
    assert service.detail(late).flags == ()


def test_wismo_reply_in_the_customers_language_with_the_link(shop):
    made, editor, service = shop
    sid = editor.add(draft(made.orders["#1002"], S10, "china_post"))
    reply = service.wismo_reply(sid)
    assert reply.language == "de"
    assert S10 in reply.reply.body and "https://t.17track.net/en#nums=" + S10 in reply.reply.body
    assert "China Post" in reply.reply.body and "#1002" in reply.reply.subject


def test_import_checks_every_row_then_saves_all_or_none(database, shop, tmp_path):
    _, editor, _ = shop
    path = tmp_path / "shipments.csv"
    path.write_text(
        "Order Number,Tracking Number,Carrier,Ship Date,Cost,Currency,Weight (g)\n"
        f"E-2001,{UPS},UPS,2026-11-18,12.50,USD,450\n"
        f"#1002,{S10},China Post,2026-11-17,38,CNY,300\n"
        "#9999,3318810025,DHL,2026-11-17,,,\n"
        f"#1004,{UPS},UPS,not a date,,,\n", encoding="utf-8")
    importer = ShipmentImport(database, editor)
    outcome = importer.run(path)
    assert not outcome.written and outcome.added == 0
    assert [(p.row, p.column) for p in outcome.problems] == [(4, "Order number"),
                                                              (5, "Tracking number")]
    with database.read_session() as s:
        assert s.scalar(select(Shipment.id)) is None
    outcome = importer.run(path, skip_bad=True)
    assert outcome.written and outcome.added == 2
    again = importer.run(path, skip_bad=True)
    assert again.added == 0 and again.unchanged == 2
    with database.read_session() as s:
        costs = sorted(s.execute(select(Shipment.cost_minor, Shipment.cost_currency,
                                        Shipment.source)))
    assert costs == [(1250, "USD", "import"), (3800, "CNY", "import")]


def test_carrier_names_as_files_write_them():
    assert carrier_of("UPS") == "ups" and carrier_of("china post") == "china_post"
    assert carrier_of("DHL") == "dhl_express" and carrier_of("dhl_express") == "dhl_express"
    assert carrier_of("Yun Express") == "Yun Express"


def test_a_new_promise_decides_again_whether_a_delivery_was_late(database, shop):
    made, editor, service = shop
    shipped = NOW - timedelta(days=10)
    parcel = ShipmentDraft(made.orders["#1002"], "china_post", S10, shipped)
    sid = editor.add(parcel)
    _set(database, sid, status="Delivered", final=True, delivered_at=NOW - timedelta(days=1),
         quiet_since=NOW - timedelta(days=1), delivered_late=False, watch=False)
    early = (NOW - timedelta(days=3)).date()
    editor.update(sid, replace(parcel, promised_by=early))
    assert service.detail(sid).flags == (Flag.DELIVERED_LATE,)
    with database.read_session() as s:
        assert s.get(Shipment, sid).watch
    editor.update(sid, replace(parcel, promised_by=NOW.date()))
    assert service.detail(sid).flags == ()


def test_import_refusals_of_the_shop_are_found_by_the_dry_run_and_save_nothing(
        database, shop, tmp_path):
    """A row the file's own checks pass but the shop refuses (a cancelled order) is reported
    by the dry run too, and without --skip-bad nothing of the file is saved."""
    _, editor, _ = shop
    path = tmp_path / "labels.csv"
    path.write_text("Order,Tracking,Carrier,Shipped\n"
                    f"E-2001,{UPS},UPS,2026-11-18\n"
                    f"E-2002,{DHL},DHL,2026-11-18\n", encoding="utf-8")
    importer = ShipmentImport(database, editor)
    preview = importer.run(path, dry_run=True)
    assert [(p.row, "cancelled" in p.render()) for p in preview.problems] == [(3, True)]
    assert preview.added == 1 and not preview.written
    outcome = importer.run(path)
    assert not outcome.written and outcome.added == 0
    with database.read_session() as s:
        assert s.scalar(select(Shipment.id)) is None
        assert s.get(Order, made_order(s, "E-2001")).status == "paid"


def made_order(session, number: str) -> int:
    return session.scalar(select(Order.id).where(Order.number == number))

"""The reprice dialog: markets, preview in the background, ticks, apply in one go; its model."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from sqlalchemy import select

from seller_desk.domain.fx import DayRates
from seller_desk.domain.price_rule_input import RuleFields
from seller_desk.store.models import ChannelOffer, Listing
from seller_desk.store.queries.fx import store_rates
from seller_desk.ui.dialogs.reprice import RepriceDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.reprice_rows import GREY, KEYS, RED, RepriceModel
from tests.factories import NOW

WAIT = 20_000


@pytest.fixture
def shop(workspace):
    """The factory shop: lamp and mug offered on Shopify in USD (with a rule), the lamp also
    in EUR (no rule), one listing costed in TWD (no rate), and today's rates."""
    db = workspace.database
    with db.session() as s:
        shopify = s.scalar(select(ChannelOffer.account_id))
        ids = dict(s.execute(select(Listing.sku, Listing.id)).all())
        odd = Listing(sku="TEA-TW", sku_key="tea-tw", title="Oolong tea", title_key="oolong tea",
                      cost_minor=30000, cost_currency="TWD", created_at=NOW, updated_at=NOW)
        s.add(odd)
        s.flush()
        s.add_all([
            ChannelOffer(listing_id=ids["MUG-01"], account_id=shopify, price_minor=250,
                         currency="USD"),
            ChannelOffer(listing_id=ids["LAMP-RED"], account_id=shopify, price_minor=1899,
                         currency="EUR"),
            ChannelOffer(listing_id=odd.id, account_id=shopify, price_minor=1500,
                         currency="USD"),
        ])
        store_rates(s, [DayRates(date.today(), {"USD": Decimal("1.08"),
                                                "CNY": Decimal("7.80")}, "ecb")],
                    datetime.now(UTC))
    workspace.pricing.save_rule(shopify, "USD", RuleFields(payment_fee_pct="2.9",
                                                           fixed_fee="0.30", shipping="4.99"))
    return {"shopify": shopify, **ids, "TEA-TW": odd.id}


def open_dialog(qtbot, runner, workspace, listing_ids=None) -> RepriceDialog:
    dialog = RepriceDialog(runner, workspace.pricing, Formatter(), listing_ids)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.markets.count() == 3, timeout=WAIT)
    return dialog


def preview(qtbot, dialog: RepriceDialog) -> None:
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.model.preview is not None and dialog.task is None,
                    timeout=WAIT)


def test_model_passes_the_model_tester(qtmodeltester, shop, workspace):
    model = RepriceModel(Formatter())
    model.set_preview(workspace.pricing.preview([m for m in workspace.pricing.markets()
                                                 if m.offer_count]))
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    model.sort(KEYS.index("new_margin"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_preview_shows_old_and_new_and_greys_problems(qtbot, runner, workspace, shop):
    dialog = open_dialog(qtbot, runner, workspace)
    texts = [dialog.markets.item(i).text() for i in range(3)]
    assert any("Main Shopify · USD" in t and "3 offers" in t for t in texts)
    assert any("Main Shopify · EUR" in t and "no price rule yet" in t for t in texts)
    dialog.set_markets_ticked(["Main Shopify · USD", "Main Shopify · EUR"])
    preview(qtbot, dialog)
    model = dialog.model
    rows = {model.row_at(r).sku + " " + model.row_at(r).currency: r
            for r in range(model.rowCount())}
    assert set(rows) == {"LAMP-RED USD", "MUG-01 USD", "TEA-TW USD", "LAMP-RED EUR"}

    def cell(key: str, column: str, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(rows[key], KEYS.index(column)), role)

    assert cell("LAMP-RED USD", "old") == Formatter().money(
        model.row_at(rows["LAMP-RED USD"]).old_price)
    assert cell("LAMP-RED USD", "new").endswith(".99")
    assert cell("LAMP-RED USD", "choose", Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    # The mug sells below cost today: its old margin is shown in red.
    assert cell("MUG-01 USD", "old_margin", Qt.ItemDataRole.ForegroundRole) == RED
    for problem, why in (("TEA-TW USD", "No exchange rate for TWD"),
                         ("LAMP-RED EUR", "No price rule for Main Shopify · EUR")):
        assert cell(problem, "sku", Qt.ItemDataRole.ForegroundRole) == GREY
        assert why in cell(problem, "sku", Qt.ItemDataRole.ToolTipRole)
        assert cell(problem, "new") == "–"
        index = model.index(rows[problem], 0)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        assert not model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert "4 offers: 2 with a new price, 2 cannot be priced" in dialog.summary.text()
    assert "2 ticked" in dialog.summary.text() and dialog.apply_button.isEnabled()


def test_tick_buttons_and_space(qtbot, runner, workspace, shop):
    dialog = open_dialog(qtbot, runner, workspace)
    preview(qtbot, dialog)
    model = dialog.model
    dialog.none_button.click()
    assert model.chosen_count == 0 and not dialog.apply_button.isEnabled()
    dialog.all_button.click()
    assert model.chosen_count == 2  # the TWD row cannot be ticked
    dialog.changes_button.click()
    assert model.chosen_count == 2
    dialog.table.setFocus()
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert model.chosen_count == 1
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert model.chosen_count == 2


def test_apply_writes_the_ticked_rows(qtbot, runner, workspace, shop):
    dialog = open_dialog(qtbot, runner, workspace, listing_ids=[shop["LAMP-RED"],
                                                                 shop["MUG-01"]])
    assert "2 chosen listings" in dialog.scope.text()
    preview(qtbot, dialog)
    model = dialog.model
    assert model.rowCount() == 2
    lamp = next(model.row_at(r) for r in range(2) if model.row_at(r).sku == "LAMP-RED")
    model.choose(lambda row: row.sku == "LAMP-RED")
    with qtbot.waitSignal(dialog.applied, timeout=WAIT) as written:
        dialog.apply_button.click()
    assert written.args == [1]
    qtbot.waitUntil(lambda: dialog.task is None and dialog.model.preview is not None
                    and dialog.model.preview.changed == 1, timeout=WAIT)
    assert "Wrote 1 new prices" in dialog.messages.text
    with workspace.database.session() as s:
        assert s.get(ChannelOffer, lamp.offer_id).price_minor == lamp.new_price_minor


def test_no_market_ticked_and_cancel(qtbot, runner, workspace, shop):
    dialog = open_dialog(qtbot, runner, workspace)
    dialog.set_markets_ticked([])
    dialog.preview_button.click()
    assert "Tick at least one market" in dialog.messages.text
    dialog.set_markets_ticked(["Main Shopify · USD"])
    dialog.start_preview()
    dialog.cancel()
    assert dialog.task is None and dialog.preview_button.isEnabled()
    assert dialog.messages.text == QCoreApplication.translate(
        "RepriceDialog", "Cancelled; nothing was changed.")
    runner.wait_idle()
    qtbot.wait(50)
    assert dialog.model.preview is None  # the cancelled answer is not shown

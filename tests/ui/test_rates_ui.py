"""The Exchange rates window and the status bar's rates corner, against the loopback fake."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar

from seller_desk.services.rates import RatesService
from seller_desk.store.models import MarketplaceAccount
from seller_desk.store.queries.fx import rate_count
from seller_desk.ui.dialogs.rates import RatesDialog
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.rates_table import NOTE, PER_BASE, PER_EUR, rate_text
from seller_desk.ui.widgets.rates_label import RatesCorner
from tests.factories import make_shop
from tests.fakes.fx_server import running_fx_fake

MONDAY = date(2026, 3, 9)  # the fake's newest day is Friday 6 March 2026
FAIL_ALL = ("/ecb/", "/frankfurter/", "/api/")


@pytest.fixture
def fake(monkeypatch):
    with running_fx_fake(first=date(2026, 1, 5), last=date(2026, 3, 6)) as fake:
        monkeypatch.setenv("SELLER_DESK_ECB_URL", fake.ecb_url)
        monkeypatch.setenv("SELLER_DESK_FRANKFURTER_URL", fake.frankfurter_url)
        monkeypatch.setenv("SELLER_DESK_FOREX_PYTHON_URL", fake.rates_api_url)
        yield fake


@pytest.fixture
def shop(database):
    """make_shop (base USD, orders in EUR, USD, JPY, costs in CNY) and a store selling in TWD."""
    make_shop(database)
    with database.session() as s:
        s.add(MarketplaceAccount(marketplace="shopify", name="Taiwan store", currency="TWD",
                                 created_at=datetime(2026, 1, 1, tzinfo=UTC)))
    return database


def service(database, today: date = MONDAY) -> RatesService:
    evening = datetime(today.year, today.month, today.day, 17, tzinfo=UTC)  # 18:00 in Berlin
    return RatesService(database, today=lambda: today, now=lambda: evening)


def stored(database) -> int:
    with database.session() as s:
        return rate_count(s)


def open_dialog(qtbot, runner, rates) -> RatesDialog:
    dialog = RatesDialog(runner, rates, Formatter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=20_000)
    return dialog


def cell(dialog: RatesDialog, currency: str, column: int) -> str:
    row = dialog.model.row_of(currency)
    assert row >= 0, currency
    return dialog.model.index(row, column).data()


def line(dialog: RatesDialog, currency: str):
    return dialog.model.lines[dialog.model.row_of(currency)]


def test_the_table_passes_the_model_tester(qtbot, qtmodeltester, runner, shop, fake):
    rates = service(shop)
    rates.update()
    dialog = open_dialog(qtbot, runner, rates)
    assert dialog.model.rowCount() >= 29
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)


def test_refresh_from_the_dialog_shows_the_new_rows(qtbot, runner, shop, fake):
    rates = service(shop)
    dialog = open_dialog(qtbot, runner, rates)
    # Nothing stored: only the shop's own currencies, each still without a rate.
    assert [ln.currency for ln in dialog.model.lines] == ["CNY", "EUR", "JPY", "TWD", "USD"]
    assert cell(dialog, "CNY", NOTE) == "No rate yet: refresh rates"
    assert "No rates are stored yet" in dialog.summary.text()
    with qtbot.waitSignal(dialog.rates_changed, timeout=20_000):
        qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 5, timeout=20_000)
    assert not dialog.progress.isVisible() and dialog.refresh_button.isEnabled()
    truth = fake.rates_on(fake.newest)
    assert line(dialog, "CNY").per_eur == truth["CNY"]
    assert cell(dialog, "CNY", PER_EUR) == str(truth["CNY"])
    assert cell(dialog, "CNY", PER_BASE) == rate_text(Formatter(),
                                                      truth["CNY"] / truth["USD"])
    assert cell(dialog, "CNY", 4) == "6 Mar 2026" and cell(dialog, "CNY", 5) == "ECB"
    assert cell(dialog, "USD", PER_BASE) == "1"
    assert "Rates of 6 Mar 2026 from ECB" in dialog.messages.text
    # TWD is still marked: no provider publishes it.
    assert cell(dialog, "TWD", NOTE).startswith("Needs a manual rate")
    assert "Needs a manual rate (no provider publishes it): TWD" in dialog.summary.text()


def test_a_failing_provider_is_named_and_the_stored_rates_stay(qtbot, runner, shop, fake):
    rates = service(shop)
    rates.update()
    before = stored(shop)
    dialog = open_dialog(qtbot, runner, rates)
    shown = [ln.per_eur for ln in dialog.model.lines]
    for prefix in FAIL_ALL:
        fake.fail("html", prefix=prefix)
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.messages.isVisible() and dialog.refresh_button.isEnabled(),
                    timeout=20_000)
    text = dialog.messages.text
    assert "No rate provider answered" in text and "ecb" in text and "frankfurter" in text
    assert "web page" in text
    assert stored(shop) == before and [ln.per_eur for ln in dialog.model.lines] == shown


def test_a_fallback_says_which_provider_failed_first(qtbot, runner, shop, fake):
    fake.fail("504", prefix="/ecb/")
    dialog = open_dialog(qtbot, runner, service(shop))
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 5, timeout=30_000)
    assert "from Frankfurter" in dialog.messages.text
    assert "ECB failed first" in dialog.messages.text and "504" in dialog.messages.text
    assert cell(dialog, "CNY", 5) == "Frankfurter"


def test_a_manual_rate_for_twd_clears_the_mark(qtbot, runner, shop, fake):
    rates = service(shop)
    rates.update()
    dialog = open_dialog(qtbot, runner, rates)
    assert line(dialog, "TWD").needs_manual
    form = dialog.set_rate()
    assert form.currency.currentText() == "TWD" and form.per.currentText() == "USD"
    form.rate.setText("32.50")
    assert form.preview.text().startswith("1 USD = 32.50 TWD")
    with qtbot.waitSignal(dialog.rates_changed, timeout=20_000):
        form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: line(dialog, "TWD").has_rate, timeout=20_000)
    twd = line(dialog, "TWD")
    assert not twd.needs_manual and twd.source == "manual" and twd.per_base == Decimal("32.50")
    assert cell(dialog, "TWD", NOTE) == "Manual rate: no rate provider publishes it"
    assert "TWD" not in dialog.summary.text()


def test_the_rate_form_explains_what_is_wrong(qtbot, runner, shop, fake):
    dialog = open_dialog(qtbot, runner, service(shop))
    form = dialog.set_rate()
    form.buttons.accepted.emit()
    assert form.messages.text == "Type the rate, like 32.5." and form.isVisible()
    form.currency.setCurrentText("XYZ")
    form.rate.setText("3")
    form.buttons.accepted.emit()
    assert form.messages.text == "Unknown currency code: XYZ"
    form.currency.setCurrentText("TWD")
    form.per.setCurrentText("EUR")
    form.rate.setText("abc")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: form.buttons.isEnabled() and "positive" in form.messages.text,
                    timeout=20_000)
    form.per.setCurrentText("USD")
    form.rate.setText("32.5")  # per USD, but no USD rate is stored yet
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "No rate for USD" in form.messages.text, timeout=20_000)
    assert stored(shop) == 0


def test_import_csv_names_the_row_and_reason(qtbot, runner, shop, fake, tmp_path):
    dialog = open_dialog(qtbot, runner, service(shop))
    bad = tmp_path / "bad.csv"
    bad.write_text("date,currency,rate\n2026-03-06,TWD,35.1\n2026-03-06,AED,-4\n")
    dialog.import_csv(bad)
    qtbot.waitUntil(lambda: dialog.messages.isVisible() and dialog.import_button.isEnabled(),
                    timeout=20_000)
    assert dialog.messages.text == "Row 3: '-4' is not a rate above zero."
    good = tmp_path / "good.csv"
    good.write_text("date,currency,rate\n2026-03-06,TWD,35.1\n")
    with qtbot.waitSignal(dialog.rates_changed, timeout=20_000):
        dialog.import_csv(good)
    qtbot.waitUntil(lambda: line(dialog, "TWD").has_rate, timeout=20_000)
    assert line(dialog, "TWD").per_eur == Decimal("35.1")


def test_another_day_and_back_to_today(qtbot, runner, shop, fake):
    rates = service(shop)
    rates.backfill(date(2026, 3, 2), date(2026, 3, 6))
    dialog = open_dialog(qtbot, runner, rates)
    assert dialog.chosen_day() == MONDAY and cell(dialog, "CNY", 4) == "6 Mar 2026"
    dialog.day.setDate(dialog.day.date().addDays(-7))  # Monday 2 March
    qtbot.waitUntil(lambda: dialog.data.day == date(2026, 3, 2), timeout=20_000)
    assert line(dialog, "CNY").per_eur == fake.rates_on(date(2026, 3, 2))["CNY"]
    assert line(dialog, "CNY").age_business_days == 0 and cell(dialog, "CNY", 6) == "current"
    dialog.day.setDate(dialog.day.date().addDays(-1))  # a Sunday: Friday 27 Feb's, not held
    qtbot.waitUntil(lambda: dialog.data.day == date(2026, 3, 1), timeout=20_000)
    assert not line(dialog, "CNY").has_rate
    qtbot.mouseClick(dialog.today_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.data.day == MONDAY, timeout=20_000)
    assert cell(dialog, "CNY", 6) == "1 business day"


def test_the_dialog_remembers_its_size(qtbot, runner, shop, fake):
    dialog = open_dialog(qtbot, runner, service(shop))
    dialog.resize(700, 420)
    dialog.close()
    again = open_dialog(qtbot, runner, service(shop))
    assert (again.width(), again.height()) == (700, 420)


# -- the status bar corner ---------------------------------------------------------------
def corner(qtbot, runner, rates, **timers) -> tuple[RatesCorner, QStatusBar]:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    widget = RatesCorner(runner, rates, Formatter(), **timers)
    bar.addPermanentWidget(widget)
    bar.show()
    widget.load_status()
    qtbot.waitUntil(lambda: widget.status is not None, timeout=20_000)
    return widget, bar


def test_label_with_no_rates_fresh_old_and_stale(qtbot, runner, shop, fake):
    widget, _bar = corner(qtbot, runner, service(shop, today=date(2026, 3, 6)))
    assert widget.label.text() == "Rates: no rates yet"
    service(shop).update()
    widget.load_status()
    qtbot.waitUntil(lambda: widget.status.has_rates, timeout=20_000)
    assert widget.label.text() == "Rates: 6 Mar 2026 · ECB · TWD without a rate"
    assert "Needs a manual rate (no provider publishes it): TWD" in widget.label.toolTip()
    service(shop).set_manual("TWD", "35", date(2026, 3, 6))
    widget.rates = service(shop)  # Monday: a business day old
    widget.load_status()
    qtbot.waitUntil(lambda: widget.status.age_business_days == 1, timeout=20_000)
    assert widget.label.text() == "Rates: 6 Mar 2026 · ECB · 1 business day old"
    widget.rates = service(shop, today=date(2026, 3, 20))
    widget.load_status()
    qtbot.waitUntil(lambda: widget.status.stale, timeout=20_000)
    text = widget.label.text()
    assert text.startswith("Rates: 6 Mar 2026 · ECB · 10 business days old · <span")
    assert "color:#c62828" in text and text.endswith(">stale</span>")
    assert "stale: older than 3 business days" in widget.label.toolTip()


def test_refresh_rates_with_progress_and_a_message(qtbot, runner, shop, fake):
    widget, bar = corner(qtbot, runner, service(shop))
    with qtbot.waitSignal(widget.rates_changed, timeout=20_000):
        widget.refresh()
        assert widget.progress.isVisible()
    qtbot.waitUntil(lambda: widget.status.has_rates, timeout=20_000)
    assert not widget.progress.isVisible()
    assert bar.currentMessage().startswith("Rates of 6 Mar 2026 from ECB: 29 new")
    for prefix in FAIL_ALL:
        fake.fail("html", prefix=prefix)
    with qtbot.waitSignal(widget.manual_failed, timeout=20_000) as failed:
        widget.refresh()
    assert "No rate provider answered" in str(failed.args[0])
    assert "No rate provider answered" in bar.currentMessage()


def test_cancel_stores_nothing(qtbot, runner, shop, fake):
    widget, bar = corner(qtbot, runner, service(shop))
    fake.fail("slow", prefix="/ecb/", delay=1.0)
    widget.refresh()
    qtbot.mouseClick(widget.progress.cancel, Qt.MouseButton.LeftButton)
    assert widget.progress.text.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not widget.progress.isVisible(), timeout=20_000)
    assert bar.currentMessage() == "Refresh cancelled; the stored rates are unchanged."
    assert stored(shop) == 0


def test_background_refresh_when_due_and_quiet_failures(qtbot, runner, shop, fake):
    widget, _bar = corner(qtbot, runner, service(shop), first_check_ms=50)
    # Nothing stored: the first check fetches.
    qtbot.waitUntil(lambda: widget.status.has_rates, timeout=20_000)
    assert stored(shop) > 0
    with database_unchanged(shop):
        # Stored rates are of Friday 6 March; Monday's are due at 18:00 Berlin time.
        for prefix in FAIL_ALL:
            fake.fail("html", prefix=prefix)
        failures = []
        widget.manual_failed.connect(failures.append)
        widget.check_due()
        qtbot.waitUntil(lambda: widget.failure is not None, timeout=20_000)
    assert failures == []  # no popup, no message bar
    assert "The background refresh at" in widget.label.toolTip()
    assert "No rate provider answered" in widget.label.toolTip()
    assert widget.label.text().startswith("Rates: 6 Mar 2026 · ECB")


class database_unchanged:  # noqa: N801 - reads as a sentence in the test
    def __init__(self, database) -> None:
        self.database = database

    def __enter__(self) -> None:
        self.before = stored(self.database)

    def __exit__(self, *exc: object) -> None:
        assert stored(self.database) == self.before


# -- in the main window ------------------------------------------------------------------
def test_the_window_has_a_rates_menu_a_free_shortcut_and_the_corner(
        qtbot, workspace, runner, paths, fake):
    from PySide6.QtGui import QAction, QKeySequence

    from seller_desk.ui.main_window import MainWindow

    window = MainWindow(workspace, runner, paths, "Test Shop", is_demo=False)
    qtbot.addWidget(window)
    window.show()
    assert window.act_refresh_rates.text() == "&Refresh rates"
    assert window.act_refresh_rates.shortcut() == QKeySequence("Ctrl+Shift+R")
    shortcuts = [key.toString() for action in window.findChildren(QAction)
                 for key in action.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts
    assert window.rates_corner.parentWidget() is window.statusBar()
    qtbot.waitUntil(lambda: window.rates_corner.status is not None, timeout=20_000)
    assert window.rates_corner.label.text() == "Rates: no rates yet"
    with qtbot.waitSignal(window.rates_changed, timeout=20_000):
        window.act_refresh_rates.trigger()
    qtbot.waitUntil(lambda: window.rates_corner.status.has_rates, timeout=20_000)
    assert window.rates_corner.label.text().startswith("Rates: 6 Mar 2026 · ECB")
    window.act_rates.trigger()
    dialog = window.rates_corner.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=20_000)
    assert dialog.model.row_of("CNY") >= 0
    window.close()
    assert not dialog.isVisible()


def test_clicking_the_label_opens_the_window(qtbot, runner, shop, fake):
    widget, _bar = corner(qtbot, runner, service(shop))
    qtbot.mouseClick(widget.label, Qt.MouseButton.LeftButton)
    assert widget.dialog is not None and widget.dialog.isVisible()
    qtbot.waitUntil(lambda: widget.dialog.data is not None, timeout=20_000)
    widget.stop()
    assert not widget.dialog.isVisible()

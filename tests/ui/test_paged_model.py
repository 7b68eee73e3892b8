from PySide6.QtCore import Qt

from seller_desk.domain.paging import PageRequest, TableFilter
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.paged_table import PagedTableModel
from seller_desk.ui.pages.customers import customer_columns
from seller_desk.ui.pages.orders import order_columns


def loaded(qtbot, model):
    qtbot.waitUntil(lambda: not model.loading and model.total is not None, timeout=20_000)


def test_orders_model_passes_the_model_tester(qtbot, qtmodeltester, runner, workspace):
    model = PagedTableModel(workspace.orders.table, order_columns(Formatter()), runner,
                            PageRequest("placed_at", True, limit=2))
    model.reload()
    loaded(qtbot, model)
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)
    while True:
        qtbot.waitUntil(lambda: not model.loading, timeout=20_000)
        if not model.canFetchMore():
            break
        model.fetchMore()
    assert model.rowCount() == 6 and model.total == 6
    assert model.index(0, 0).data() == "E-2002"  # newest first
    assert model.index(0, 8).data() == "US$99.99"
    assert model.headerData(8, Qt.Orientation.Horizontal) == "Total (base)"
    qtmodeltester.check(model)


def test_sort_search_and_filter_start_afresh(qtbot, runner, workspace):
    model = PagedTableModel(workspace.orders.table, order_columns(Formatter()), runner,
                            PageRequest("placed_at", True))
    model.reload()
    loaded(qtbot, model)
    model.sort(8, Qt.SortOrder.DescendingOrder)  # total in base currency, biggest first
    loaded(qtbot, model)
    assert [model.index(r, 0).data() for r in range(3)] == ["E-2002", "E-2001", "#1001"]
    model.set_search("anna@")
    loaded(qtbot, model)
    assert model.rowCount() == 2 and model.total == 2
    model.set_filter(TableFilter(currencies=frozenset({"USD"})))
    loaded(qtbot, model)
    assert model.rowCount() == 0 and model.total == 0


def test_customers_model_shows_missing_dates_as_a_dash(qtbot, qtmodeltester, runner, workspace):
    model = PagedTableModel(workspace.customers.table, customer_columns(Formatter()), runner,
                            PageRequest("name"))
    model.reload()
    loaded(qtbot, model)
    qtmodeltester.check(model)
    chen = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "陈静")
    assert model.index(chen, 7).data() == "–"
    assert model.index(chen, 5).data() == "US$0.00"

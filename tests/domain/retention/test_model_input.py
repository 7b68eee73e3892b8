import numpy as np
import pytest

from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.model_input import collapse_rows, model_input


def test_model_input_by_hand():
    history = PurchaseHistory.of(
        customer=[1, 1, 1, 1, 1, 2, 3],
        day=[0, 0, 14, 21, 40, 35, 7],
        value=[1000, 500, 2000, 1000, 9999, 100, 700],
    )
    data = model_input(history, calibration_end_day=30, minor_per_major=100)
    # Customer 2 first buys after the calibration end: not a calibration customer.
    assert data.customer.tolist() == [1, 3]
    # Customer 1: purchase days 0 (two orders, one transaction), 14 and 21; day 40 is later.
    # x = 2, t_x = 21 / 7 = 3 weeks, T = 30 / 7, m = (20.00 + 10.00) / 2 = 15.00.
    # Customer 3: one purchase on day 7: x = 0, t_x = 0, T = 23 / 7, m = 0.
    assert data.x.tolist() == [2.0, 0.0]
    assert data.t_x == pytest.approx([3.0, 0.0])
    assert data.T.tolist() == pytest.approx([30 / 7, 23 / 7])
    assert data.m == pytest.approx([15.0, 0.0])
    assert len(data) == 2


def test_model_input_of_an_empty_history():
    empty = PurchaseHistory.of([], [], [])
    data = model_input(empty, 100, 100)
    assert len(data) == 0 and data.x.dtype == np.float64 and data.m.size == 0


def test_collapse_rows_sums_weights_and_maps_rows_back():
    x = np.array([1.0, 0.0, 1.0, 1.0, 0.0])
    t = np.array([2.0, 0.0, 2.0, 3.0, 0.0])
    (ux, ut), weights, inverse = collapse_rows((x, t), [1, 2, 3, 4, 5])
    # Distinct rows sorted: (0, 0) weights 2 + 5, (1, 2) weights 1 + 3, (1, 3) weight 4.
    assert ux.tolist() == [0.0, 1.0, 1.0] and ut.tolist() == [0.0, 2.0, 3.0]
    assert weights.tolist() == [7.0, 4.0, 4.0]
    assert ux[inverse].tolist() == x.tolist() and ut[inverse].tolist() == t.tolist()
    (empty,), no_weights, no_rows = collapse_rows((np.zeros(0),))
    assert empty.size == no_weights.size == no_rows.size == 0

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import chi2_contingency

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.campaigns import (
    BAD_SHARE,
    BAD_WINDOW,
    campaign_effect,
    converted,
    measure,
    split_holdout,
)
from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.text import CONTEXT_OF


def test_textbook_aspirin_trial():
    # Physicians' Health Study (Agresti, Categorical Data Analysis): heart attacks
    # 104 of 11037 on aspirin, 189 of 11034 on placebo. Published: chi-squared 25.01, i.e.
    # z = -sqrt(25.01) = -5.00, p < 0.0001.
    effect = campaign_effect(11037, 104, 11034, 189)
    assert effect.z == pytest.approx(-5.00, abs=0.005)
    assert effect.z**2 == pytest.approx(25.01, abs=0.005)
    assert effect.p_value == pytest.approx(5.69e-7, rel=1e-2)
    assert effect.effect == pytest.approx(104 / 11037 - 189 / 11034)
    assert effect.clear


def test_hand_computed_z():
    # 60/200 = 0.30 vs 40/200 = 0.20; pooled 100/400 = 0.25;
    # se = sqrt(0.25 * 0.75 * (1/200 + 1/200)) = sqrt(0.001875) = 0.0433013
    # z = 0.10 / 0.0433013 = 2.3094; p = erfc(2.3094 / sqrt 2) = 0.02092
    effect = campaign_effect(200, 60, 200, 40)
    assert effect.targeted_rate == 0.30
    assert effect.holdout_rate == 0.20
    assert effect.effect == pytest.approx(0.10)
    assert effect.z == pytest.approx(2.3094, abs=1e-4)
    assert effect.p_value == pytest.approx(0.02092, abs=1e-5)
    assert effect.clear


@pytest.mark.parametrize(("won", "clear"), [
    # 60 vs 46 of 100: pooled 0.53, se = sqrt(.53*.47*.02) = 0.070583, z = .14/.070583 = 1.9835,
    # p = 0.0473 < 0.05
    (60, True),
    # 59 vs 46 of 100: pooled 0.525, se = sqrt(.525*.475*.02) = 0.070622, z = 1.8408, p = 0.0657
    (59, False),
])
def test_clear_only_at_95_percent(won, clear):
    effect = campaign_effect(100, won, 100, 46)
    assert effect.clear is clear
    assert (effect.p_value < 0.05) is clear


def test_a_worse_campaign_is_a_clear_negative_effect_too():
    # Two-sided: the mirror image of the hand-computed case.
    effect = campaign_effect(200, 40, 200, 60)
    assert effect.z == pytest.approx(-2.3094, abs=1e-4)
    assert effect.clear


def test_without_holdout_or_targets():
    effect = campaign_effect(50, 10, 0, 0)
    assert effect.targeted_rate == 0.2
    assert (effect.holdout_rate, effect.effect, effect.z, effect.p_value) == (None,) * 4
    assert not effect.clear
    nobody = campaign_effect(0, 0, 10, 2)
    assert nobody.targeted_rate == 0.0
    assert nobody.holdout_rate == 0.2
    assert nobody.effect is None and not nobody.clear


@pytest.mark.parametrize(("won", "held_won"), [(0, 0), (30, 10)])
def test_nobody_or_everybody_converting_leaves_the_test_undefined(won, held_won):
    effect = campaign_effect(30, won, 10, held_won)
    assert effect.effect == 0.0
    assert effect.z is None and effect.p_value is None
    assert not effect.clear


@pytest.mark.parametrize("counts", [(10, 11, 5, 1), (10, -1, 5, 1), (10, 1, 5, 6), (-1, 0, 5, 1)])
def test_impossible_counts(counts):
    with pytest.raises(ValidationError, match="is not possible"):
        campaign_effect(*counts)


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 500), st.integers(1, 500), st.data())
def test_p_value_agrees_with_scipy_chi_squared(targeted, holdout, data):
    won = data.draw(st.integers(0, targeted))
    held_won = data.draw(st.integers(0, holdout))
    effect = campaign_effect(targeted, won, holdout, held_won)
    if won + held_won in (0, targeted + holdout):
        assert effect.p_value is None
        return
    # The pooled z-test is the uncorrected chi-squared test of the 2x2 table: z^2 = chi^2.
    table = [[won, targeted - won], [held_won, holdout - held_won]]
    result = chi2_contingency(table, correction=False)
    assert effect.p_value == pytest.approx(result.pvalue, rel=1e-9, abs=1e-12)
    assert effect.z**2 == pytest.approx(result.statistic, rel=1e-9, abs=1e-12)


def test_holdout_has_the_right_share_and_is_repeatable():
    customers = np.arange(1000, 2000)
    held = split_holdout(customers, 0.1, seed=42)
    assert held.dtype == bool and held.shape == customers.shape
    assert held.sum() == 100  # exactly round(0.1 * 1000)
    assert (split_holdout(customers, 0.1, seed=42) == held).all()
    assert (split_holdout(customers, 0.1, seed=43) != held).any()
    assert split_holdout(np.arange(7), 0.25, seed=1).sum() == 2  # round(1.75)
    assert split_holdout(np.arange(10), 0.25, seed=1).sum() == 3  # round(2.5) goes up


def test_holdout_depends_on_the_ids_not_their_order():
    customers = np.arange(500) * 3
    held = split_holdout(customers, 0.2, seed=7)
    shuffle = np.random.default_rng(0).permutation(customers.size)
    assert (split_holdout(customers[shuffle], 0.2, seed=7) == held[shuffle]).all()
    # A repeated id is one customer with one answer.
    twice = np.concatenate((customers, customers[:50]))
    held_twice = split_holdout(twice, 0.2, seed=7)
    assert (held_twice[:500] == held).all() and (held_twice[500:] == held[:50]).all()


def test_holdout_edges():
    assert not split_holdout(np.arange(10), 0.0, seed=1).any()
    assert split_holdout(np.zeros(0, dtype=np.int64), 0.5, seed=1).size == 0
    for share in (1.0, -0.1, float("nan")):
        with pytest.raises(ValidationError) as caught:
            split_holdout(np.arange(10), share, seed=1)
        assert caught.value.message == BAD_SHARE
    assert CONTEXT_OF[BAD_SHARE] == "errors"


def test_holdout_is_a_fair_draw():
    # Over many seeds every customer is held out about share of the time (binomial: 400 draws
    # at p = 0.3 have sd sqrt(400 * .3 * .7) = 9.2, so 120 +- 46 is five sd).
    counts = sum(split_holdout(np.arange(20), 0.3, seed=s).astype(int) for s in range(400))
    assert np.all(np.abs(counts - 120) < 46)


SEND = 100


def test_conversion_window_boundaries():
    # Orders on the send day (100) and after the window (108) do not count; 101 and 107 do.
    history = PurchaseHistory.of(
        [1, 2, 3, 4, 5, 5], [SEND, SEND + 1, SEND + 7, SEND + 8, SEND - 30, SEND + 3],
        [100] * 6,
    )
    customers = np.array([1, 2, 3, 4, 5, 6])
    assert converted(history, customers, SEND, 7).tolist() == [
        False, True, True, False, True, False
    ]
    assert converted(history, customers, SEND, 1).tolist() == [
        False, True, False, False, False, False
    ]
    with pytest.raises(ValidationError) as caught:
        converted(history, customers, SEND, 0)
    assert caught.value.message == BAD_WINDOW


def test_measure_counts_both_groups():
    history = PurchaseHistory.of([1, 2, 3, 4], [SEND + 1] * 4, [100] * 4)
    customers = np.array([1, 2, 3, 4, 5, 6])
    held = np.array([False, False, False, True, True, True])
    effect = measure(history, customers, held, SEND, 14)
    # targeted 1, 2, 3 all converted; holdout 4 converted, 5 and 6 not.
    assert (effect.targeted, effect.targeted_converted) == (3, 3)
    assert (effect.holdout, effect.holdout_converted) == (3, 1)
    assert effect.effect == pytest.approx(1 - 1 / 3)
    assert math.isclose(effect.targeted_rate, 1.0)

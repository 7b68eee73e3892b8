import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.rfm import (
    SEGMENT_LABELS,
    SEGMENTS,
    Segment,
    grid_counts,
    rfm_scores,
    score,
    segment_of,
    segment_totals,
)


def test_score_counts_strictly_worse_customers_and_ties_share():
    # Higher is better, n = 5: worse = 0, 1, 1, 3, 4 -> 1 + floor(5w/5) = 1, 2, 2, 4, 5.
    assert score(np.array([10, 20, 20, 30, 40]), higher_is_better=True).tolist() == [1, 2, 2, 4, 5]
    # Lower is better (recency): worse = more days: 5 -> 3 worse (10, 50, 100) -> 4; the other
    # 5 too; 10 -> 2 -> 3; 50 -> 1 -> 2; 100 -> 0 -> 1.
    assert score(np.array([5, 5, 10, 50, 100]), higher_is_better=False).tolist() == [4, 4, 3, 2, 1]
    # n = 7: floor(5w/7) for w = 0..6 = 0, 0, 1, 2, 2, 3, 4.
    assert score(np.arange(1, 8), True).tolist() == [1, 1, 2, 3, 3, 4, 5]
    # Exact boundaries, n = 10: w = 2 gives 5*2/10 = 1 exactly -> 2 (no float rounding).
    assert score(np.arange(10), True).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]


def test_score_edge_cases():
    assert score(np.array([7, 7, 7]), True).tolist() == [1, 1, 1]  # nobody is worse
    assert score(np.array([7]), False).tolist() == [1]
    assert score(np.zeros(0, dtype=np.int64), True).size == 0
    # Spend far apart (range > 4n) takes the sorting path: same ranks.
    big = np.array([10, 20, 20, 30, 40]) * 10**9
    assert score(big, True).tolist() == [1, 2, 2, 4, 5]
    assert score(big.astype(float) + 0.5, False).tolist() == [5, 3, 3, 2, 1]


def brute_force(values: list[int], higher_is_better: bool) -> list[int]:
    n = len(values)
    worse = [sum(1 for w in values if (w < v if higher_is_better else w > v)) for v in values]
    return [1 + (5 * w) // n for w in worse]


@settings(max_examples=150, deadline=None)
# Small ranges take the counting path (many ties), large ones the sorting path.
@given(st.sampled_from([3, 50, 10**7]).flatmap(
    lambda top: st.lists(st.integers(-3, top), min_size=1, max_size=80)), st.booleans())
def test_score_is_1_to_5_monotone_and_matches_brute_force(values, higher_is_better):
    v = np.array(values)
    s = score(v, higher_is_better)
    assert s.tolist() == brute_force(values, higher_is_better)
    assert ((s >= 1) & (s <= 5)).all()
    better = v[:, None] > v[None, :] if higher_is_better else v[:, None] < v[None, :]
    # A better value never scores lower; equal values score the same.
    assert (s[:, None] >= s[None, :])[better].all()
    assert (s[:, None] == s[None, :])[v[:, None] == v[None, :]].all()
    # Nobody is worse than the worst value: it scores 1.
    worst = v.min() if higher_is_better else v.max()
    assert (s[v == worst] == 1).all()


# RETENTION.md's table as written there: rows FM 5..1, columns R 1..5.
TABLE = """
5 | Can't lose them | Can't lose them | Loyal | Loyal | Champions
4 | At risk | At risk | Loyal | Loyal | Champions
3 | At risk | At risk | Need attention | Potential loyalist | Potential loyalist
2 | Hibernating | Hibernating | About to sleep | Potential loyalist | Potential loyalist
1 | Lost | Hibernating | About to sleep | Promising | New customers
"""


def test_segment_table_is_exactly_the_documented_one():
    by_label = {label: s for s, label in SEGMENT_LABELS.items()}
    for line in TABLE.strip().splitlines():
        fm, *cells = (cell.strip() for cell in line.split("|"))
        for r, label in enumerate(cells, start=1):
            code = segment_of(np.array([r]), np.array([int(fm)]))[0]
            assert SEGMENTS[code] is by_label[label], (fm, r)


def test_segments_and_labels():
    assert len(SEGMENTS) == 11 and set(SEGMENTS) == set(Segment) == set(SEGMENT_LABELS)
    assert SEGMENTS[0] is Segment.CHAMPIONS and SEGMENTS[-1] is Segment.LOST
    assert all(s.value == s.name.lower() for s in SEGMENTS)
    assert Segment.CANT_LOSE.value == "cant_lose"
    assert SEGMENT_LABELS[Segment.CANT_LOSE] == "Can't lose them"


X = 20_000  # the as-of day
# customer: orders (days before X, value)
#   1: X-2 5000, X-40 3000, X-100 2000     R=2    F=3  M=10000
#   2: X-10 800                            R=10   F=1  M=800
#   3: X-10 1500, X-300 1500               R=10   F=2  M=3000
#   4: at 1000  R=200  F=4  M=4000
#   5: X-365 100 (and X+1 5000, after as-of: ignored)   R=365 F=1 M=100
SHOP = PurchaseHistory.of(
    customer=[1, 1, 1, 2, 3, 3, 4, 4, 4, 4, 5, 5],
    day=[X - 2, X - 40, X - 100, X - 10, X - 10, X - 300, X - 200, X - 400, X - 500, X - 600,
         X - 365, X + 1],
    value=[5000, 3000, 2000, 800, 1500, 1500, 1000, 1000, 1000, 1000, 100, 5000],
)


def test_rfm_scores_of_a_small_shop():
    s = rfm_scores(SHOP, X)
    assert s.customer.tolist() == [1, 2, 3, 4, 5]
    assert s.recency.tolist() == [2, 10, 10, 200, 365]
    assert s.frequency.tolist() == [3, 1, 2, 4, 1]
    assert s.monetary.tolist() == [10000, 800, 3000, 4000, 100]
    # R (fewer days better), worse = more days: 4, 2, 2, 1, 0 -> 5, 3, 3, 2, 1.
    assert s.r.tolist() == [5, 3, 3, 2, 1]
    # F, worse = fewer orders: 3 (1, 1, 2), 0, 2 (1, 1), 4, 0 -> 4, 1, 3, 5, 1.
    assert s.f.tolist() == [4, 1, 3, 5, 1]
    # M, worse = less spend: 4, 1, 2, 3, 0 -> 5, 2, 3, 4, 1.
    assert s.m.tolist() == [5, 2, 3, 4, 1]
    # FM = floor((F + M) / 2): (4+5)/2=4, (1+2)/2=1, 3, (5+4)/2=4, 1.
    assert s.fm.tolist() == [4, 1, 3, 4, 1]
    # (R, FM): (5,4) Champions, (3,1) About to sleep, (3,3) Need attention, (2,4) At risk,
    # (1,1) Lost.
    assert [SEGMENTS[c] for c in s.segment] == [
        Segment.CHAMPIONS, Segment.ABOUT_TO_SLEEP, Segment.NEED_ATTENTION, Segment.AT_RISK,
        Segment.LOST]


def test_segment_totals_list_every_segment_with_customers_and_revenue():
    totals = segment_totals(rfm_scores(SHOP, X))
    assert [t.segment for t in totals] == list(SEGMENTS)
    got = {t.segment: (t.customers, t.revenue) for t in totals}
    assert got.pop(Segment.CHAMPIONS) == (1, 10000)
    assert got.pop(Segment.ABOUT_TO_SLEEP) == (1, 800)
    assert got.pop(Segment.NEED_ATTENTION) == (1, 3000)
    assert got.pop(Segment.AT_RISK) == (1, 4000)
    assert got.pop(Segment.LOST) == (1, 100)
    assert set(got.values()) == {(0, 0)}


def test_grid_counts_index_fm_then_r():
    grid = grid_counts(rfm_scores(SHOP, X))
    expected = np.zeros((5, 5), dtype=int)
    for r, fm in [(5, 4), (3, 1), (3, 3), (2, 4), (1, 1)]:
        expected[fm - 1, r - 1] += 1
    np.testing.assert_array_equal(grid, expected)


def test_empty_shop_and_one_customer():
    empty = rfm_scores(PurchaseHistory.of([], [], []), X)
    assert len(empty) == 0 and empty.segment.size == 0
    assert all(t.customers == 0 and t.revenue == 0 for t in segment_totals(empty))
    assert grid_counts(empty).sum() == 0
    one = rfm_scores(PurchaseHistory.of([9], [X - 5], [700]), X)
    # Alone: nobody is worse, every score 1, FM 1, R 1 -> Lost.
    assert (one.r.tolist(), one.fm.tolist(), SEGMENTS[one.segment[0]]) == ([1], [1], Segment.LOST)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(X - 400, X), st.integers(0, 5000)),
                max_size=60))
def test_scores_stay_in_range_and_totals_add_up(rows):
    h = PurchaseHistory.of(*zip(*rows, strict=True)) if rows else PurchaseHistory.of([], [], [])
    s = rfm_scores(h, X)
    for a in (s.r, s.f, s.m, s.fm):
        assert ((a >= 1) & (a <= 5)).all()
    totals = segment_totals(s)
    assert sum(t.customers for t in totals) == len(s) == grid_counts(s).sum()
    assert sum(t.revenue for t in totals) == h.value.sum()

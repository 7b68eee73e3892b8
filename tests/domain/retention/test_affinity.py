import time
from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seller_desk.domain.retention.affinity import (
    ProductPair,
    _codes,
    bought_together,
    suggestions,
)

A, B, C, E, F = 10, 20, 30, 50, 60
# customer -> products (customer 1 bought A twice: still one buyer of A)
BASKETS = {
    1: [A, B, C, A],
    2: [A, B],
    3: [A, B],
    4: [A, C],
    5: [C],
    6: [B],
    7: [E, F],
    8: [E, F],
}


def lines(baskets):
    customer = [c for c, products in baskets.items() for _ in products]
    product = [p for products in baskets.values() for p in products]
    return np.array(customer), np.array(product)


def test_hand_computed_lift_and_support():
    # n = 8 customers; buyers: A {1,2,3,4} = 4, B {1,2,3,6} = 4, C {1,4,5} = 3, E = F = 2.
    # AB: support {1,2,3} = 3, lift = 3*8 / (4*4) = 1.5
    # AC: support {1,4} = 2,   lift = 2*8 / (4*3) = 1.333...
    # BC: support {1} = 1,     lift = 1*8 / (4*3) = 0.666...
    # EF: support {7,8} = 2,   lift = 2*8 / (2*2) = 4.0
    customer, product = lines(BASKETS)
    everything = bought_together(customer, product, min_support=1)
    assert [(p.a, p.b, p.support) for p in everything] == [
        (E, F, 2), (A, B, 3), (A, C, 2), (B, C, 1)
    ]
    assert [p.lift for p in everything] == pytest.approx([4.0, 1.5, 4 / 3, 2 / 3])


def test_default_support_of_three_drops_the_strongest_but_rare_pair():
    # EF has the highest lift (4.0) but only 2 customers: not enough evidence (RETENTION.md).
    customer, product = lines(BASKETS)
    assert bought_together(customer, product) == (ProductPair(A, B, 3, 1.5),)


def test_input_order_and_duplicate_lines_do_not_matter():
    customer, product = lines(BASKETS)
    order = np.random.default_rng(3).permutation(customer.size)
    doubled_c = np.concatenate((customer[order], customer))
    doubled_p = np.concatenate((product[order], product))
    assert bought_together(doubled_c, doubled_p, 1) == bought_together(customer, product, 1)


def test_empty_and_single_customer():
    assert bought_together(np.array([], dtype=np.int64), np.array([], dtype=np.int64)) == ()
    # One customer who bought A and B: support 1, lift = 1*1 / (1*1) = 1.
    assert bought_together([7, 7], [A, B], min_support=1) == (ProductPair(A, B, 1, 1.0),)
    assert bought_together([7, 7], [A, A], min_support=1) == ()


def test_ties_in_lift_go_by_support_then_ids():
    # Customers 1..3 bought {1, 2} and customers 4..6 bought {3, 4}: both pairs have
    # support 3 and lift 3*6 / (3*3) = 2; the lower ids come first.
    baskets = {c: [3, 4] for c in (4, 5, 6)} | {c: [2, 1] for c in (1, 2, 3)}
    pairs = bought_together(*lines(baskets))
    assert pairs == (ProductPair(1, 2, 3, 2.0), ProductPair(3, 4, 3, 2.0))


def test_suggestions_rank_unbought_products_by_best_lift():
    pairs = bought_together(*lines(BASKETS), min_support=1)
    # Bought A: B (lift 1.5) before C (1.333).
    assert suggestions([A], pairs).tolist() == [B, C]
    assert suggestions([A], pairs, limit=1).tolist() == [B]
    # Bought C: A (1.333); B only pairs with C at lift 0.667 < 1, never suggested.
    assert suggestions([C], pairs).tolist() == [A]
    # Bought A and B: C via AC (1.333), its best pair.
    assert suggestions([B, A, A], pairs).tolist() == [C]
    assert suggestions([E], pairs).tolist() == [F]
    assert suggestions([], pairs).size == 0
    assert suggestions([999], pairs).size == 0
    assert suggestions([A], ()).size == 0


@pytest.mark.parametrize("offset", [0, 10**15])  # dense ids (lookup table) and sparse (sort)
def test_codes_match_numpy_unique(offset):
    rng = np.random.default_rng(5)
    values = rng.integers(0, 50, 200) * (1 if offset == 0 else 7919) + offset
    distinct, codes = _codes(values)
    expected, inverse = np.unique(values, return_inverse=True)
    assert distinct.tolist() == expected.tolist()
    assert codes.tolist() == inverse.ravel().tolist()


def brute_force(customer, product, min_support):
    owned: dict[int, set[int]] = {}
    for c, p in zip(customer, product, strict=True):
        owned.setdefault(p, set()).add(c)
    n = len(set(customer))
    found = []
    for a, b in combinations(sorted(owned), 2):
        support = len(owned[a] & owned[b])
        if support >= min_support:
            lift = support * float(n) / (float(len(owned[a])) * float(len(owned[b])))
            found.append(ProductPair(a, b, support, lift))
    return tuple(sorted(found, key=lambda p: (-p.lift, -p.support, p.a, p.b)))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 12), st.integers(0, 6)), max_size=60),
    st.integers(1, 3),
    st.sampled_from([1, 10**12]),
)
def test_matches_brute_force(rows, min_support, scale):
    customer = [c * scale for c, _ in rows]
    product = [p * scale for _, p in rows]
    got = bought_together(np.array(customer, dtype=np.int64), np.array(product, dtype=np.int64),
                          min_support)
    assert got == brute_force(customer, product, min_support)


@pytest.mark.slow
def test_quarter_million_customers_in_well_under_a_second():
    rng = np.random.default_rng(11)
    per_customer = rng.poisson(3, 250_000) + 1
    customer = np.repeat(np.arange(250_000), per_customer)
    product = rng.integers(0, 300, customer.size)
    shuffle = rng.permutation(customer.size)
    customer, product = customer[shuffle], product[shuffle]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        pairs = bought_together(customer, product)
        best = min(best, time.perf_counter() - start)
    assert len(pairs) == 300 * 299 // 2  # ~1M lines: every pair is bought together >= 3 times
    assert best < 1.0

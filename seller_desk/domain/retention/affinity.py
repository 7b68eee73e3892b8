"""Products bought together by the same customers (RETENTION.md "Bought together")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from seller_desk.domain.retention.history import Floats, Ints

# RETENTION.md: suggestions need at least this many customers who bought both products.
MIN_SUPPORT = 3


@dataclass(frozen=True)
class ProductPair:
    """Products a < b; support = customers who bought both; lift = P(A and B) / (P(A) P(B))
    over the customers of the input."""

    a: int
    b: int
    support: int
    lift: float


def _codes(values: Ints) -> tuple[Ints, Ints]:
    """The distinct values (ascending) and each value's index among them, i.e. np.unique with
    return_inverse, which is several times slower on a million ids than these two ways."""
    if not values.size:
        return values, values
    low = int(values.min())
    span = int(values.max()) - low + 1
    if span <= 4 * values.size + 1024:
        # Dense ids (database keys): a lookup table, no sort at all.
        present = np.zeros(span, dtype=bool)
        present[values - low] = True
        position = np.cumsum(present) - 1
        return np.flatnonzero(present) + low, position[values - low].astype(np.int64)
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.empty(ordered.size, dtype=bool)
    new[0] = True
    new[1:] = ordered[1:] != ordered[:-1]
    codes = np.empty(values.size, dtype=np.int64)
    codes[order] = np.cumsum(new) - 1
    return ordered[new], codes


def bought_together(
    customer: npt.ArrayLike, product: npt.ArrayLike, min_support: int = MIN_SUPPORT
) -> tuple[ProductPair, ...]:
    """Every pair of products with support >= `min_support`, from aligned (customer, product)
    purchase lines (repeats allowed: buying A twice is still one customer who bought A), by
    lift, highest first (then support, then product ids). The probabilities are shares of
    the distinct customers in the input, so pass the lines of all customers."""
    c = np.asarray(customer, dtype=np.int64)
    p = np.asarray(product, dtype=np.int64)
    if not c.size:
        return ()
    customers, c_code = _codes(c)
    products, p_code = _codes(p)
    # Repeated lines add up in the matrix; setting every entry to 1 makes it the 0/1 incidence
    # (buying A twice is still one customer who bought A).
    incidence = sparse.csr_matrix(
        (np.ones(c.size, dtype=np.int32), (c_code, p_code)),
        shape=(customers.size, products.size),
    )
    incidence.sum_duplicates()
    incidence.data[:] = 1
    # products x products: entry (i, j) = customers who bought both i and j; (i, i) = buyers of i.
    gram = (incidence.T @ incidence).tocsr()
    buyers = gram.diagonal().astype(np.float64)
    both = sparse.triu(gram, k=1).tocoo()
    keep = both.data >= max(min_support, 1)
    i, j, support = both.row[keep], both.col[keep], both.data[keep].astype(np.int64)
    # P(AB) / (P(A) P(B)) = (support / n) / ((n_A / n) (n_B / n)) = support n / (n_A n_B)
    lift = support * float(customers.size) / (buyers[i] * buyers[j])
    a, b = products[i], products[j]
    order = np.lexsort((b, a, -support, -lift))
    # map over plain lists: a generator converting each number costs more than the maths here.
    return tuple(
        map(
            ProductPair, a[order].tolist(), b[order].tolist(), support[order].tolist(),
            lift[order].tolist(),
        )
    )


@dataclass(frozen=True)
class PairIndex:
    """Pairs as arrays, with the rows each product appears in: built once, then asked for
    many customers' suggestions without walking every pair for each of them."""

    a: Ints
    b: Ints
    support: Ints
    lift: Floats
    rows_of: dict[int, Ints]

    @classmethod
    def of(cls, pairs: Sequence[ProductPair]) -> PairIndex:
        a = np.fromiter((pair.a for pair in pairs), dtype=np.int64, count=len(pairs))
        b = np.fromiter((pair.b for pair in pairs), dtype=np.int64, count=len(pairs))
        support = np.fromiter((pair.support for pair in pairs), dtype=np.int64, count=len(pairs))
        lift = np.fromiter((pair.lift for pair in pairs), dtype=np.float64, count=len(pairs))
        ends = np.concatenate((a, b))
        rows = np.concatenate((np.arange(a.size), np.arange(b.size)))
        order = np.argsort(ends, kind="stable")
        products, starts = np.unique(ends[order], return_index=True)
        groups = np.split(rows[order], starts[1:]) if products.size else []
        return cls(a, b, support, lift, {int(p): g for p, g in zip(products, groups, strict=True)})


def suggestions(bought: npt.ArrayLike, pairs: Sequence[ProductPair] | PairIndex,
                limit: int = 3) -> Ints:
    """Up to `limit` products a customer has not bought yet, each paired with one they have,
    ranked by their best lift with anything bought (then support, then id). Only pairs with
    lift > 1 count: a lower lift means buyers of one are *less* likely to buy the other."""
    have = np.unique(np.asarray(bought, dtype=np.int64))
    index = pairs if isinstance(pairs, PairIndex) else PairIndex.of(pairs)
    if not index.a.size or not have.size or limit <= 0:
        return np.zeros(0, dtype=np.int64)
    touched = [index.rows_of[int(p)] for p in have if int(p) in index.rows_of]
    if not touched:
        return np.zeros(0, dtype=np.int64)
    rows = np.unique(np.concatenate(touched))
    a, b, support, lift = index.a[rows], index.b[rows], index.support[rows], index.lift[rows]
    has_a, has_b = np.isin(a, have), np.isin(b, have)
    from_a = has_a & ~has_b & (lift > 1.0)
    from_b = has_b & ~has_a & (lift > 1.0)
    candidate = np.concatenate((b[from_a], a[from_b]))
    if not candidate.size:
        return np.zeros(0, dtype=np.int64)
    c_lift = np.concatenate((lift[from_a], lift[from_b]))
    c_support = np.concatenate((support[from_a], support[from_b]))
    # Best first, then keep each candidate's first (best) occurrence.
    order = np.lexsort((candidate, -c_support, -c_lift))
    ranked = candidate[order]
    _, first = np.unique(ranked, return_index=True)
    return ranked[np.sort(first)][:limit].astype(np.int64)

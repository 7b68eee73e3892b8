"""When each demo customer buys: Gamma purchase rates, BG dropout, seasonal and growing traffic."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from seller_desk.services.demo.places import CHINESE_LANGUAGES, COUNTRIES
from seller_desk.services.demo.window import DAY_S, DemoWindow

# Purchase rate per day ~ Gamma(shape, mean / shape): most customers rarely come back, a few
# often. After each purchase a customer drops out for good with probability p ~ Beta(A, B)
# (the "BG" of BG/NBD), so cohort retention decays and then flattens. Tuned for about four
# orders per customer over the two years, half of them one-timers.
RATE_SHAPE = 0.3
RATE_MEAN = 0.045
RATE_CAP = 0.2
DROPOUT_A = 0.65
DROPOUT_B = 2.0

LANGUAGES: tuple[str, ...] = tuple(
    sorted({code for country in COUNTRIES for code in country.language_codes})
)


@dataclass(frozen=True)
class Schedule:
    """Every order's time and customer, in time order; customers numbered by their first order."""

    seconds: np.ndarray  # int64, seconds after the window's start, ascending
    customer: np.ndarray  # int64 customer number, 0 for the earliest first order
    country: np.ndarray  # per customer: index into COUNTRIES
    language: np.ndarray  # per customer: index into LANGUAGES
    first_seconds: np.ndarray  # per customer: time of the first order

    @property
    def orders(self) -> int:
        return int(self.seconds.size)

    @property
    def customers(self) -> int:
        return int(self.country.size)


class _Warp:
    """Maps calm 'operational' time to calendar days, so purchases bunch up on busy days."""

    def __init__(self, weights: np.ndarray, arrivals: np.ndarray) -> None:
        self.days = np.arange(weights.size + 1, dtype=np.float64)
        self.busy = np.concatenate(([0.0], np.cumsum(weights)))
        self.arrive = np.concatenate(([0.0], np.cumsum(arrivals)))

    def arrival_days(self, uniform: np.ndarray) -> np.ndarray:
        return np.interp(uniform * self.arrive[-1], self.arrive, self.days)

    def to_operational(self, days: np.ndarray) -> np.ndarray:
        return np.interp(days, self.days, self.busy)

    def to_days(self, operational: np.ndarray) -> np.ndarray:
        return np.interp(operational, self.busy, self.days, right=self.days[-1] + 1)


def _origins(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    shares = np.array([country.share for country in COUNTRIES])
    country = rng.choice(len(COUNTRIES), size=n, p=shares / shares.sum())
    language = np.empty(n, dtype=np.int64)
    draws = rng.random(n)
    for index, spec in enumerate(COUNTRIES):
        mask = country == index
        weights = np.cumsum([weight for _, weight in spec.languages])
        picks = np.minimum(np.searchsorted(weights, draws[mask] * weights[-1], side="right"),
                           len(spec.languages) - 1)
        codes = np.array([LANGUAGES.index(code) for code in spec.language_codes])
        language[mask] = codes[picks]
    return country, language


def _simulate(rng: np.random.Generator, window: DemoWindow, n: int) -> tuple[np.ndarray, ...]:
    """n customers' purchases: (customer in 0..n-1, day as float), plus their origins."""
    country, language = _origins(rng, n)
    chinese_codes = [i for i, code in enumerate(LANGUAGES) if code in CHINESE_LANGUAGES]
    chinese = np.isin(language, chinese_codes)
    rate = np.clip(rng.gamma(RATE_SHAPE, RATE_MEAN / RATE_SHAPE, n), 1e-9, RATE_CAP)
    dropout = rng.beta(DROPOUT_A, DROPOUT_B, n)
    uniform = rng.random(n)
    first = np.empty(n)
    operational = np.empty(n)
    warps = {}
    for group in (False, True):
        weights = window.chinese if group else window.general
        warp = warps[group] = _Warp(weights, window.arrivals[group])
        mask = chinese == group
        first[mask] = warp.arrival_days(uniform[mask])
        operational[mask] = warp.to_operational(first[mask])
    who = [np.arange(n)]
    when = [first]
    alive = np.arange(n)
    while alive.size:
        stays = rng.random(alive.size) >= dropout[alive]
        operational[alive] += rng.exponential(1.0, alive.size) / rate[alive]
        days = np.empty(alive.size)
        for group, warp in warps.items():
            mask = chinese[alive] == group
            days[mask] = warp.to_days(operational[alive[mask]])
        keep = stays & (days < window.days)
        alive = alive[keep]
        who.append(alive)
        when.append(days[keep])
    return np.concatenate(who), np.concatenate(when), country, language


def plan_purchases(window: DemoWindow, orders: int, seed: int) -> Schedule:
    """Draw customers until they have placed `orders` orders; the last one may be cut short."""
    rng = np.random.default_rng([seed, 1])
    chunk = orders // 4 + 500
    who_parts, when_parts, country_parts, language_parts = [], [], [], []
    total = 0
    offset = 0
    while total < orders:
        who, when, country, language = _simulate(rng, window, chunk)
        order = np.lexsort((when, who))
        who, when = who[order], when[order]
        counts = np.bincount(who, minlength=chunk)
        cumulative = total + np.cumsum(counts)
        last = int(np.searchsorted(cumulative, orders)) if cumulative[-1] >= orders else chunk - 1
        keep_events = int(counts[: last + 1].sum()) - max(0, int(cumulative[last]) - orders)
        who_parts.append(who[:keep_events] + offset)
        when_parts.append(when[:keep_events])
        country_parts.append(country[: last + 1])
        language_parts.append(language[: last + 1])
        total += keep_events
        offset += last + 1
    who = np.concatenate(who_parts)
    seconds = np.minimum((np.concatenate(when_parts) * DAY_S).astype(np.int64),
                         window.days * DAY_S - 1)
    # Events are grouped by customer (each with at least one), earliest first.
    first_seconds = seconds[np.flatnonzero(np.r_[True, who[1:] != who[:-1]])]
    # Number customers by their first order, then put every order in time order.
    ranking = np.lexsort((np.arange(offset), first_seconds))
    number = np.empty(offset, dtype=np.int64)
    number[ranking] = np.arange(offset)
    customer = number[who]
    order = np.lexsort((customer, seconds))
    return Schedule(
        seconds=seconds[order],
        customer=customer[order],
        country=np.concatenate(country_parts)[ranking],
        language=np.concatenate(language_parts)[ranking],
        first_seconds=first_seconds[ranking],
    )

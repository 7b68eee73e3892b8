"""The CDNOW sample of Fader, Hardie & Lee (2005) as a PurchaseHistory, for the model tests."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from seller_desk.domain.retention.history import PurchaseHistory
from seller_desk.domain.retention.model_input import ModelInput, model_input

DATA = Path(__file__).resolve().parent / "data" / "cdnow_sample.txt"


def day(iso: str) -> int:
    return int(np.datetime64(iso, "D").astype(np.int64))


CALIBRATION_END = day("1997-09-30")  # 39 weeks after 1997-01-01 (the papers' calibration)
HOLDOUT_END = day("1998-06-30")


@cache
def cdnow_history() -> PurchaseHistory:
    """Every purchase record: customer id, day, dollars in cents (columns 1, 3, 5 of the file)."""
    rows = [line.split() for line in DATA.read_text().splitlines() if line.strip()]
    customer = [int(r[0]) for r in rows]
    days = [day(f"{r[2][:4]}-{r[2][4:6]}-{r[2][6:]}") for r in rows]
    cents = [round(float(r[4]) * 100) for r in rows]
    return PurchaseHistory.of(customer, days, cents)


@cache
def cdnow_input() -> ModelInput:
    return model_input(cdnow_history(), CALIBRATION_END, minor_per_major=100)


def published_digits(value: float, published: float) -> bool:
    """`value` rounds to `published` in its last published digit (half a unit either side)."""
    decimals = len(repr(published).split(".")[1])
    return abs(value - published) <= 0.5 * 10.0**-decimals + 1e-12

"""Each demo order's label from China (priced by destination and weight) and Etsy's fees."""

from __future__ import annotations

import numpy as np

from seller_desk.domain.currencies import minor_digits
from seller_desk.domain.money_arrays import round_products
from seller_desk.services.demo.places import COUNTRIES
from seller_desk.services.demo.pricing import OrderPricing

# Yanwen / 4PX / China Post style rates for tracked small parcels, in yuan: per parcel and per
# kilogram. Near Asia is cheap, the Americas far off dear; within China a domestic courier.
LABEL_YUAN: dict[str, tuple[int, int]] = {
    "US": (19, 78), "CA": (22, 95), "GB": (17, 58), "DE": (19, 64), "FR": (20, 68),
    "ES": (18, 66), "IT": (19, 68), "NL": (17, 64), "PL": (18, 58), "SE": (21, 72),
    "CH": (24, 85), "AU": (18, 72), "NZ": (24, 96), "JP": (16, 36), "KR": (15, 32),
    "CN": (6, 4), "TW": (14, 40), "HK": (12, 25), "SG": (15, 38), "MX": (26, 125),
    "BR": (30, 140),
}
_ANYWHERE_ELSE = (25, 110)
PACKING_G = 60  # box, padding and the label itself
PACKING_SHARE = 5  # percent on top of the goods' weight: wrapping grows with the goods
EXPRESS_FROM_G = 2000  # small-parcel lines stop at 2 kg; heavier parcels go by express
EXPRESS_SURCHARGE = (10, 115)  # yuan per parcel, percent of the per-kilogram rate


class Labels:
    """Label costs for whole batches, in fen, in exact integer arithmetic."""

    def __init__(self) -> None:
        rates = [LABEL_YUAN.get(country.code, _ANYWHERE_ELSE) for country in COUNTRIES]
        self.per_parcel = np.array([fee * 100 for fee, _ in rates], dtype=np.int64)
        self.per_kg = np.array([kg * 100 for _, kg in rates], dtype=np.int64)

    @staticmethod
    def parcel_grams(goods_grams: np.ndarray) -> np.ndarray:
        return goods_grams + (goods_grams * PACKING_SHARE + 50) // 100 + PACKING_G

    def cost_fen(self, grams: np.ndarray, country: np.ndarray) -> np.ndarray:
        """The label of a parcel of `grams` to each `country` (index into COUNTRIES), in fen."""
        express = grams > EXPRESS_FROM_G
        fee = self.per_parcel[country] + np.where(express, EXPRESS_SURCHARGE[0] * 100, 0)
        per_kg = np.where(express, self.per_kg[country] * EXPRESS_SURCHARGE[1] // 100,
                          self.per_kg[country])
        return fee + (grams * per_kg + 500) // 1000


class OrderCosts:
    """The costs the demo writes on each order: its label in the base currency, and for Etsy
    the fees from the marketplace's statement; other stores' fees are left for the costing
    service to estimate from the markets' rules."""

    def __init__(self, pricing: OrderPricing, etsy: int) -> None:
        self.labels = Labels()
        self.pricing = pricing
        self.etsy = etsy
        self.cny = pricing.currencies.index("CNY")
        self.shift = minor_digits(pricing.base) - minor_digits("CNY")

    def label_base(self, grams: np.ndarray, country: np.ndarray, month: np.ndarray,
                   shipped: np.ndarray) -> np.ndarray:
        """Each parcel's label in base minor units at its month's yuan rate (0 if never sent)."""
        fen = np.where(shipped, self.labels.cost_fen(grams, country), 0)
        digits, exponent, same, _ = self.pricing.base_rates(np.full_like(month, self.cny), month)
        return np.where(same, fen, round_products(fen, digits, exponent + self.shift))

    def fees(self, store: np.ndarray, total: np.ndarray, tax: np.ndarray, items: np.ndarray
             ) -> tuple[list[int | None], list[int | None], list[bool]]:
        """(marketplace fee, payment fee, estimated?) per order. Etsy charges 6.5 % of what the
        buyer paid less tax, 0.20 USD per item sold (the listing renews), and 3 % + 0.25 USD
        for the payment; its orders carry those figures (in cents: Etsy orders are dollars)."""
        etsy = store == self.etsy
        marketplace = ((total - tax) * 65 + 500) // 1000 + 20 * items
        payment = (total * 3 + 50) // 100 + 25
        return ([fee if e else None for fee, e in zip(marketplace.tolist(), etsy.tolist(),
                                                      strict=True)],
                [fee if e else None for fee, e in zip(payment.tolist(), etsy.tolist(),
                                                      strict=True)],
                (~etsy).tolist())

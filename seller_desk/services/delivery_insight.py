"""Delivery-time insight: days in transit, on time and trouble per carrier, country and route."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

import numpy as np

from seller_desk.domain.carriers import carrier_name
from seller_desk.domain.delivery_stats import DeliveryGroup, delivery_groups
from seller_desk.store.database import Database
from seller_desk.store.queries.delivery_insight import ShippedParcels, shipped_parcels

BUSIEST_ROUTES = 30

NOTHING_SHIPPED = DeliveryGroup(None, 0, 0, None, None, None, None)


@dataclass(frozen=True)
class DeliveryReport:
    """Parcels shipped in [since, until), each table most parcels first."""

    since: datetime | None
    until: datetime | None
    overall: DeliveryGroup  # key None
    by_carrier: tuple[DeliveryGroup, ...]  # key: the stored carrier (a Carrier value or text)
    by_country: tuple[DeliveryGroup, ...]  # key: the country code, "" where unknown
    by_route: tuple[DeliveryGroup, ...]  # key: (carrier, country); the BUSIEST_ROUTES busiest
    carrier_names: dict[str, str]  # stored value → brand name (brand names are not translated)

    def carrier_name(self, carrier: str) -> str:
        """The brand name of a stored carrier value; free text as it was typed."""
        return self.carrier_names.get(carrier) or carrier_name(carrier)


def _groups(parcels: ShippedParcels, keys: np.ndarray) -> list[DeliveryGroup]:
    return delivery_groups(keys, parcels.shipped_s, parcels.delivered_s,
                           parcels.promised_end_s, parcels.trouble)


def fastest_first(parcels: ShippedParcels) -> ShippedParcels:
    """The same parcels ordered by time in transit (undelivered last)."""
    # Every table sorts its groups' delivery times: on rows already in that order those sorts
    # take a tenth of the time, so the one sort here pays for itself from the second table.
    order = np.argsort(parcels.delivered_s - parcels.shipped_s)
    return replace(parcels, carrier=parcels.carrier[order], country=parcels.country[order],
                   shipped_s=parcels.shipped_s[order], delivered_s=parcels.delivered_s[order],
                   promised_end_s=parcels.promised_end_s[order], trouble=parcels.trouble[order])


def delivery_report(parcels: ShippedParcels, since: datetime | None, until: datetime | None
                    ) -> DeliveryReport:
    """The report of parcels already read (plain numpy work: no database)."""
    parcels = fastest_first(parcels)
    carriers, countries = parcels.carriers, parcels.countries
    by_carrier = tuple(replace(g, key=carriers[g.key])
                       for g in _groups(parcels, parcels.carrier))
    by_country = tuple(replace(g, key=countries[g.key])
                       for g in _groups(parcels, parcels.country))
    # One integer per route: the pair (carrier, country) numbered row by row.
    width = max(len(countries), 1)
    route = parcels.carrier.astype(np.int64) * width + parcels.country
    by_route = tuple(replace(g, key=(carriers[g.key // width], countries[g.key % width]))
                     for g in _groups(parcels, route)[:BUSIEST_ROUTES])
    everything = _groups(parcels, np.zeros(parcels.size, dtype=np.int8))
    overall = everything[0] if everything else NOTHING_SHIPPED
    return DeliveryReport(since, until, replace(overall, key=None), by_carrier, by_country,
                          by_route, {c: carrier_name(c) for c in carriers})


class DeliveryInsight:
    """Delivery times per carrier, destination country and route over a period."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def compute(self, since: datetime | None = None, until: datetime | None = None
                ) -> DeliveryReport:
        """Parcels shipped in [since, until) (None: unbounded)."""
        with self._db.read_session() as session:
            parcels = shipped_parcels(session, since, until)
        return delivery_report(parcels, since, until)


__all__ = ["BUSIEST_ROUTES", "DeliveryInsight", "DeliveryReport", "delivery_report"]

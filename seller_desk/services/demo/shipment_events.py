"""Demo parcels' scans: the steps of a route from China, in each carrier's words and places."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np

from seller_desk.domain.tracking import TrackStatus as T
from seller_desk.services.demo.places import COUNTRIES

(INFO, PICKUP, ORIGIN_SORT, EXPORT, FLIGHT, ARRIVAL, IMPORT, HELD, RELEASED, DEST_SORT, OFFICE,
 OUT, ATTEMPT, COLLECT, DELIVERED, RETURNING, RETURNED) = range(17)
NOT_FOUND, EXPIRED = -1, -2  # ends without a single scan
COLLECTED = 17  # the words for a delivery fetched from a pick-up point
STAGES: tuple[tuple[T, str], ...] = (
    (T.INFO_RECEIVED, "InfoReceived"), (T.IN_TRANSIT, "InTransit_PickedUp"),
    (T.IN_TRANSIT, "InTransit_Departure"), (T.IN_TRANSIT, "InTransit_CustomsProcessing"),
    (T.IN_TRANSIT, "InTransit_Departure"), (T.IN_TRANSIT, "InTransit_Arrival"),
    (T.IN_TRANSIT, "InTransit_CustomsProcessing"), (T.EXCEPTION, "Exception_Other"),
    (T.IN_TRANSIT, "InTransit_CustomsReleased"), (T.IN_TRANSIT, "InTransit_Other"),
    (T.IN_TRANSIT, "InTransit_Arrival"), (T.OUT_FOR_DELIVERY, "OutForDelivery_Other"),
    (T.DELIVERY_FAILURE, "DeliveryFailure_NoBody"), (T.AVAILABLE_FOR_PICKUP,
                                                     "AvailableForPickup_Other"),
    (T.DELIVERED, "Delivered_Other"), (T.EXCEPTION, "Exception_Returning"),
    (T.EXCEPTION, "Exception_Returned"),
)
NO_SCAN = {NOT_FOUND: (T.NOT_FOUND, "NotFound_Other"), EXPIRED: (T.EXPIRED, "Expired_Other")}
# Where each step happens: nowhere said, pick-up town, origin hub, export hub, destination hub,
# the customer's town.
_PLACE = (0, 1, 2, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 1)
# How likely each step is to be scanned, on routes through customs and within one country;
# the trouble and ending steps are decided by the parcel's story, not here.
SEEN = np.array([
    [0.45, 1, 0.4, 0.25, 0.4, 1, 0.3, 0, 0.2, 0.3, 1, 0.5, 0, 0, 0, 0, 0],
    [0.5, 1, 0.45, 0, 0, 1, 0, 0, 0, 0.4, 1, 0.6, 0, 0, 0, 0, 0],
])
# Each step's share of the time from shipping to the newest scan.
PACE = np.array([0.02, 0.04, 0.06, 0.06, 0.08, 0.22, 0.08, 0.04, 0.08, 0.10, 0.12, 0.06, 0.03,
                 0.05, 0.04, 0.35, 0.5])
MOST_SCANS = 9

_POST = {
    INFO: ("Electronic information submitted by shipper", "Shipment information received"),
    PICKUP: ("Posting/Collection", "Accepted by carrier"),
    ORIGIN_SORT: ("Departed from sorting center", "Dispatched from processing center"),
    EXPORT: ("Export customs clearance completed", "Handed over to export customs"),
    FLIGHT: ("Departure from outward office of exchange", "Handed over to airline"),
    ARRIVAL: ("Arrival at inward office of exchange", "Arrived in the destination country"),
    IMPORT: ("Presented to import customs", "Import customs clearance in progress"),
    HELD: ("Held by customs: information required from the addressee",
           "Held at customs: import duties unpaid"),
    RELEASED: ("Released from import customs", "Customs clearance completed"),
    DEST_SORT: ("Processed at sorting facility", "In transit to the delivery office"),
    OFFICE: ("Arrived at delivery office", "Arrived at local facility"),
    OUT: ("Out for delivery", "With delivery courier"),
    ATTEMPT: ("Delivery attempted: no one available, notice left",
              "Delivery attempted: addressee absent"),
    COLLECT: ("Available for collection at the post office", "Held at a pickup point"),
    DELIVERED: ("Delivered", "Delivered, in/at mailbox", "Delivered to the addressee"),
    RETURNING: ("Not collected: returning to sender", "Refused by addressee: returning to sender"),
    RETURNED: ("Returned to sender", "Delivered back to the sender"),
    COLLECTED: ("Delivered: collected at the post office", "Collected by the addressee"),
}
_OWN_WORDS: tuple[dict[int, tuple[str, ...]], ...] = (
    {},  # China Post and EMS
    {INFO: ("Shipment information received",), PICKUP: ("Shipment picked up",),
     ORIGIN_SORT: ("Processed at origin facility",), EXPORT: ("Customs status updated",),
     FLIGHT: ("Departed Facility",), ARRIVAL: ("Arrived at Sort Facility",),
     IMPORT: ("Customs status updated",), RELEASED: ("Clearance processing complete",),
     DEST_SORT: ("Departed Facility",), OFFICE: ("Arrived at Delivery Facility",),
     OUT: ("With delivery courier",), ATTEMPT: ("Consignee not available; delivery rescheduled",),
     COLLECT: ("Awaiting collection at a DHL ServicePoint",), DELIVERED: ("Delivered",),
     COLLECTED: ("Delivered - Collected from DHL ServicePoint",)},
    {INFO: ("Shipper created a label, UPS has not received the package yet.",),
     PICKUP: ("Pickup Scan",), ORIGIN_SORT: ("Departed from Facility",),
     EXPORT: ("Export Scan",), FLIGHT: ("Departed from Facility",),
     ARRIVAL: ("Arrived at Facility",), IMPORT: ("Import Scan",),
     RELEASED: ("Your package was released by the customs agency.",),
     DEST_SORT: ("Processing at UPS Facility",), OFFICE: ("Arrived at Facility",),
     OUT: ("Out For Delivery Today",),
     ATTEMPT: ("The receiver was not available for delivery. We'll make a second attempt.",),
     COLLECT: ("Delivered to UPS Access Point and awaiting customer pickup",),
     DELIVERED: ("Delivered",), COLLECTED: ("Picked up by the receiver at UPS Access Point",)},
    {INFO: ("Shipment information sent to FedEx",), PICKUP: ("Picked up",),
     ORIGIN_SORT: ("Left FedEx origin facility",), EXPORT: ("Shipment exported",),
     FLIGHT: ("Departed FedEx hub",), ARRIVAL: ("Arrived at FedEx hub",),
     IMPORT: ("In transit - clearance in progress",),
     RELEASED: ("International shipment release - Import",),
     DEST_SORT: ("At destination sort facility",), OFFICE: ("At local FedEx facility",),
     OUT: ("On FedEx vehicle for delivery",),
     ATTEMPT: ("Delivery exception: customer not available or business closed",),
     COLLECT: ("Ready for pickup at FedEx location",), DELIVERED: ("Delivered",),
     COLLECTED: ("Picked up at FedEx location",)},
    {INFO: ("Shipping Label Created, USPS Awaiting Item",),
     PICKUP: ("USPS in possession of item",), ORIGIN_SORT: ("Departed Post Office",),
     ARRIVAL: ("Arrived at USPS Regional Facility",),
     DEST_SORT: ("Departed USPS Regional Facility",), OFFICE: ("Arrived at Post Office",),
     OUT: ("Out for Delivery",), ATTEMPT: ("Notice Left (No Authorized Recipient Available)",),
     COLLECT: ("Available for Pickup",),
     DELIVERED: ("Delivered, In/At Mailbox", "Delivered, Front Door/Porch"),
     RETURNING: ("Return to Sender Processed",), RETURNED: ("Delivered, To Original Sender",),
     COLLECTED: ("Delivered, Individual Picked Up at Post Office",)},
    {INFO: ("Sender despatching item",), PICKUP: ("Item received",),
     ORIGIN_SORT: ("Item in transit",), ARRIVAL: ("Item received at mail centre",),
     DEST_SORT: ("Item in transit to delivery office",), OFFICE: ("Item at delivery office",),
     OUT: ("Out for delivery",), ATTEMPT: ("We tried to deliver your item",),
     COLLECT: ("Item ready for collection at the delivery office",),
     DELIVERED: ("Delivered",), RETURNING: ("Item being returned to sender",),
     COLLECTED: ("Collected from the delivery office",)},
    {ARRIVAL: ("Arrived at sorting center",)},  # within China: the post's words, no customs
)
_ORIGINS = (  # (pick-up towns, origin hubs, export hubs) by family
    (("SHENZHEN, CN", "GUANGZHOU, CN", "YIWU, CN"), ("GUANGZHOU, CN", "SHENZHEN, CN"),
     ("HONG KONG, HK", "GUANGZHOU, CN", "SHANGHAI, CN")),
    (("SHENZHEN, CN", "GUANGZHOU, CN"), ("SHENZHEN, CN",), ("HONG KONG, HK",)),
    (("SHENZHEN, CN", "YIWU, CN"), ("SHENZHEN, CN",), ("SHENZHEN, CN",)),
    (("GUANGZHOU, CN", "SHENZHEN, CN"), ("GUANGZHOU, CN",), ("GUANGZHOU, CN",)),
    (("CITY OF INDUSTRY, US",), ("LOS ANGELES, US",), ("LOS ANGELES, US",)),
    (("COVENTRY, GB",), ("BIRMINGHAM, GB",), ("BIRMINGHAM, GB",)),
    (("YIWU, CN", "SHENZHEN, CN"), ("HANGZHOU, CN", "GUANGZHOU, CN"), ("HANGZHOU, CN",)),
)
_HUBS = {"US": ("NEW YORK", "LOS ANGELES", "CHICAGO"), "CA": ("VANCOUVER", "MISSISSAUGA"),
         "GB": ("HEATHROW", "COVENTRY"), "DE": ("FRANKFURT", "LEIPZIG"), "FR": ("ROISSY",),
         "ES": ("MADRID",), "IT": ("MILANO",), "NL": ("AMSTERDAM",), "PL": ("WARSZAWA",),
         "SE": ("STOCKHOLM",), "CH": ("ZURICH",), "AU": ("SYDNEY", "MELBOURNE"),
         "NZ": ("AUCKLAND",), "JP": ("TOKYO", "OSAKA"), "KR": ("INCHEON",),
         "CN": ("HANGZHOU", "SHANGHAI"), "TW": ("TAOYUAN",), "HK": ("HONG KONG",),
         "SG": ("SINGAPORE",), "MX": ("CIUDAD DE MEXICO",), "BR": ("CURITIBA",)}
_LATIN = {"上海": "SHANGHAI", "北京": "BEIJING", "深圳": "SHENZHEN", "杭州": "HANGZHOU",
          "广州": "GUANGZHOU", "成都": "CHENGDU", "台北市": "TAIPEI", "台中市": "TAICHUNG",
          "高雄市": "KAOHSIUNG", "台南市": "TAINAN", "新竹市": "HSINCHU"}
_UNSPLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae"})


def _table(rows: list[tuple[str, ...]], width: int = 3) -> np.ndarray:
    """Rows of choices as a rectangle, each row's choices repeated to fill it."""
    return np.array([[row[i % len(row)] for i in range(width)] for row in rows], dtype=object)


WORDS = np.stack([_table([words.get(stage, _POST[stage]) for stage in range(COLLECTED + 1)])
                  for words in _OWN_WORDS])  # family x stage (and COLLECTED) x variant
STATUS_TEXT = np.array([status.value for status, _ in STAGES], dtype=object)
SUB_TEXT = np.array([sub for _, sub in STAGES], dtype=object)


def town(city: str, country: str) -> str:
    """A town as carriers print it: Latin capitals without accents, then the country."""
    name = _LATIN.get(city) or unicodedata.normalize("NFKD", city.translate(_UNSPLIT)).encode(
        "ascii", "ignore").decode() or city
    return f"{name.upper()}, {country}"


def places(rng: np.random.Generator, family: np.ndarray, country: np.ndarray,
           towns: np.ndarray) -> np.ndarray:
    """Per parcel: no place, pick-up town, origin hub, export hub, destination hub, town."""
    n = family.size
    hubs = _table([tuple(f"{hub}, {c.code}" for hub in _HUBS.get(c.code, ("",)))
                   for c in COUNTRIES])
    out = np.empty((6, n), dtype=object)
    out[0] = ""
    for kind in range(3):
        out[1 + kind] = _table([origin[kind] for origin in _ORIGINS])[
            family, rng.integers(0, 3, n)]
    out[4] = hubs[country, rng.integers(0, 3, n)]
    out[5] = towns
    return out


def last_scan(family: np.ndarray, end: np.ndarray, collect: np.ndarray, variant: np.ndarray,
              where: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The newest scan's words and place ("" for a parcel never scanned)."""
    stage = np.maximum(end, 0)
    scanned = end >= 0
    said = np.where((stage == DELIVERED) & collect, COLLECTED, stage)
    words = np.where(scanned, WORDS[family, said, variant], "")
    place = np.where(scanned, where[np.array(_PLACE)[stage], np.arange(end.size)], "")
    return words, place


@dataclass
class Events:
    """Scan rows, newest first within each parcel."""

    parcel: np.ndarray  # index into the parcels given
    position: np.ndarray
    at: np.ndarray
    words: np.ndarray
    place: np.ndarray
    stage: np.ndarray


def timelines(rng: np.random.Generator, family: np.ndarray, route: np.ndarray,
              story: dict[str, np.ndarray], start: np.ndarray, stop: np.ndarray,
              variant: np.ndarray, where: np.ndarray) -> Events:
    """Each parcel's scans from shipping (`start`) to its newest (`stop`, at stage `end`):
    the usual steps by chance, the story's own (held in customs, a missed delivery, a
    pick-up point, going back), at most nine, spaced by each step's usual pace."""
    end, n = story["end"], family.size
    stages = np.arange(len(STAGES))
    seen = rng.random((n, stages.size)) < SEEN[route]
    sure = SEEN[route] >= 1
    for stage, key in ((HELD, "held"), (ATTEMPT, "attempt"), (COLLECT, "collect")):
        seen[:, stage] = story[key]
    seen[:, RELEASED] |= story["held"]
    seen[:, OUT] &= ~(story["collect"] & ~story["attempt"])  # straight to a pick-up point
    seen[:, DELIVERED] = end == DELIVERED
    seen[:, RETURNING] = end >= RETURNING
    seen[:, RETURNED] = end == RETURNED
    seen &= stages[None, :] <= end[:, None]
    seen[np.arange(n), np.maximum(end, 0)] = True
    seen[end < 0] = False
    forced = sure | (stages[None, :] >= HELD) & ~np.isin(stages, (RELEASED, DEST_SORT, OFFICE,
                                                                  OUT))[None, :]
    forced[np.arange(n), np.maximum(end, 0)] = True
    _keep_at_most(rng, seen, forced & seen)
    pace = PACE * rng.uniform(0.6, 1.4, (n, stages.size))
    pace[:, RELEASED] += 0.3 * story["held"]
    pace[:, DELIVERED] += 0.15 * story["collect"]
    share = np.cumsum(pace * seen, axis=1)
    share /= np.maximum(share[:, -1:], 1e-9)
    times = start[:, None] + ((stop - start)[:, None] * share).astype(np.int64)
    parcel, back = np.nonzero(seen[:, ::-1])  # newest first
    stage = stages.size - 1 - back
    first = np.searchsorted(parcel, np.arange(n))
    position = np.arange(parcel.size) - first[parcel]
    pick = np.where(position == 0, variant[parcel], rng.integers(0, 3, parcel.size))
    said = np.where((stage == DELIVERED) & story["collect"][parcel], COLLECTED, stage)
    return Events(parcel, position, times[parcel, stage], WORDS[family[parcel], said, pick],
                  where[np.array(_PLACE)[stage], parcel], stage)


def reached(route: np.ndarray, progress: np.ndarray) -> np.ndarray:
    """The step a parcel still moving has reached `progress` of the way (0 to 1) along its
    route, at the usual pace: at least picked up, at most at the delivery office."""
    pace = PACE * SEEN  # route x step: on average, when each step comes
    pace[:, HELD] = 0
    pace[:, OUT + 1:] = 0
    share = np.cumsum(pace, axis=1) / (pace.sum(axis=1) + PACE[DELIVERED])[:, None]
    steps = np.array([s for s in range(PICKUP, OFFICE + 1) if s != HELD])
    done = (share[route][:, steps] <= progress[:, None]) & (pace[route][:, steps] > 0)
    last = steps.size - 1 - np.argmax(done[:, ::-1], axis=1)
    return np.where(done.any(axis=1), steps[last], PICKUP)


def _keep_at_most(rng: np.random.Generator, seen: np.ndarray, forced: np.ndarray) -> None:
    """Drop chance steps at random from timelines longer than MOST_SCANS."""
    over = seen.sum(axis=1) - MOST_SCANS
    rows = np.flatnonzero(over > 0)
    if not rows.size:
        return
    optional = seen[rows] & ~forced[rows]
    key = np.where(optional, rng.random(optional.shape), 2.0)
    rank = np.argsort(np.argsort(key, axis=1), axis=1)
    seen[rows] &= ~(optional & (rank < over[rows, None]))

"""AfterShip 2025-07 payloads for the fake: tracking objects, checkpoints, envelopes."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from seller_desk.domain.carriers import CARRIERS, POST_OF_COUNTRY, Carrier
from seller_desk.domain.tracking import TrackStatus
from tests.fakes.loopback import JSON, Answer, dumps
from tests.fakes.parcel_stories import Scan, story_of

TAG_OF = {TrackStatus.NOT_FOUND: "Pending", TrackStatus.DELIVERY_FAILURE: "AttemptFail"}
# AfterShip's tag and subtag for each scan kind of the made-up journeys.
SUBTAGS = {"label": ("InfoReceived", "InfoReceived_001"),
           "picked": ("InTransit", "InTransit_002"), "departed": ("InTransit", "InTransit_007"),
           "arrived": ("InTransit", "InTransit_004"), "customs": ("InTransit", "InTransit_006"),
           "out": ("OutForDelivery", "OutForDelivery_001"),
           "delivered": ("Delivered", "Delivered_001"),
           "pickup": ("AvailableForPickup", "AvailableForPickup_001"),
           "failed": ("AttemptFail", "AttemptFail_001"),
           "exception": ("Exception", "Exception_010")}
META = {200: "OK", 201: "Created", 400: "BadRequest", 401: "Unauthorized", 402: "PaymentRequired",
        404: "NotFound", 429: "TooManyRequests", 500: "InternalError", 503: "InternalError"}
MESSAGES = {4003: "Tracking already exists.", 4004: "Tracking does not exist.",
            4005: "The value of `tracking_number` is invalid.",
            4010: "The value of `slug` is invalid.",
            4012: "Cannot detect courier. Activate courier at https://admin.aftership.com/"
                  "settings/couriers.",
            4017: "Tracking number format is invalid for this courier."}


@dataclass
class Tracking:
    id: str
    number: str
    slug: str
    title: str
    order_id: str
    created: datetime
    seq: int


@dataclass
class Script:
    tag: str
    subtag: str
    scans: tuple[Scan, ...]


def tracking_json(tracking: Tracking, script: Script | None) -> dict[str, Any]:
    """A tracking object: the script's track, else the number's made-up journey."""
    if script is not None:
        tag, subtag, scans, estimated = script.tag, script.subtag, script.scans, None
    else:
        story = story_of(tracking.number)
        tag = TAG_OF.get(story.status, story.status.value)
        scans, estimated = story.scans, story.estimated
        last = SUBTAGS[scans[-1].kind][1] if scans else ""
        subtag = last if last and tag != "Expired" else f"{tag}_001"
    stamp = tracking.created.isoformat()
    return {"id": tracking.id, "tracking_number": tracking.number, "slug": tracking.slug,
            "active": tag not in {"Delivered", "Expired"}, "title": tracking.title or None,
            "order_id": tracking.order_id or None, "tag": tag, "subtag": subtag,
            "subtag_message": subtag.replace("_", " "), "created_at": stamp,
            "updated_at": scans[-1].local_iso if scans else stamp,
            "courier_estimated_delivery_date": estimated and {
                "estimated_delivery_date": estimated.isoformat(),
                "estimated_delivery_date_min": None, "estimated_delivery_date_max": None},
            "checkpoints": [checkpoint(scan, tracking.slug) for scan in scans]}


def checkpoint(scan: Scan, slug: str) -> dict[str, Any]:
    # A made-up journey's scan kind, else a scripted checkpoint's own tag and subtag.
    tag, subtag = SUBTAGS.get(scan.kind, (scan.kind, scan.detail or f"{scan.kind}_001"))
    return {"slug": slug, "created_at": scan.utc_iso, "checkpoint_time": scan.local_iso,
            "city": scan.city, "state": None, "country_region": scan.country,
            "location": scan.location, "message": scan.description, "tag": tag,
            "subtag": subtag, "subtag_message": subtag.replace("_", " ")}


def envelope(status: int, code: int, message: str, data: object = None,
              headers: Mapping[str, str] | None = None) -> Answer:
    meta = {"code": code, "message": message, "type": META.get(status, "BadRequest")}
    body = dumps({"meta": meta, "data": {} if data is None else data})
    return status, body, {"Content-Type": JSON, **(headers or {})}


def request_json(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def detect(number: str) -> str:
    """AfterShip's courier detection, roughly: S10 → that country's post, express formats."""
    upper = number.upper()
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", upper) and upper[-2:] in POST_OF_COUNTRY:
        return CARRIERS[POST_OF_COUNTRY[upper[-2:]]].aftership or "cainiao"
    for pattern, carrier in [(r"1Z[A-Z0-9]{16}", Carrier.UPS), (r"9[2-5]\d{20}", Carrier.USPS),
                             (r"\d{12}", Carrier.FEDEX), (r"\d{10}", Carrier.DHL_EXPRESS)]:
        if re.fullmatch(pattern, upper):
            return CARRIERS[carrier].aftership or "cainiao"
    return "cainiao"

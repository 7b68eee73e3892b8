"""17TRACK v2.2 payloads for the fake: items, events, refusals, carrier detection."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from seller_desk.domain.carriers import CARRIERS, POST_OF_COUNTRY, Carrier, carrier_of_seventeen
from tests.fakes.loopback import HTML, JSON, Answer, Failure, dumps, page
from tests.fakes.parcel_stories import Scan, story_of

NUMBER = re.compile(r"[A-Za-z0-9]{5,50}")
CAINIAO = 190271  # what 17TRACK's detection settles on for a number of no known format
MESSAGES = {
    -18010001: "The IP address is not in the whitelist.",
    -18010002: "The security key is invalid.",
    -18010004: "The account is disabled.",
    -18010012: "The format of '{number}' is invalid.",
    -18010014: "The number of tracking numbers exceeds the limit of 40.",
    -18019901: "The tracking number '{number}' has been registered, don't need to repeat "
               "registration.",
    -18019902: "The tracking number '{number}' does not register, please register first.",
    -18019903: "Carrier cannot be detected.",
    -18019908: "The quota is not enough.",
}
# 17TRACK's key stage and sub-status for each scan kind of the made-up journeys.
STAGES = {"label": ("InfoReceived", "InfoReceived"), "picked": ("PickedUp", "InTransit_PickedUp"),
          "departed": ("Departure", "InTransit_Departure"),
          "arrived": ("Arrival", "InTransit_Arrival"),
          "customs": ("", "InTransit_CustomsProcessing"),
          "out": ("OutForDelivery", "OutForDelivery_Other"),
          "delivered": ("Delivered", "Delivered_Other"),
          "pickup": ("AvailableForPickup", "AvailableForPickup_Other"),
          "failed": ("", "DeliveryFailure_NoBody"),
          "exception": ("Returning", "Exception_Returning")}
# The sub-status a scripted event's key stage implies when the test gives none.
STAGE_SUB_STATUS = {"InfoReceived": "InfoReceived", "PickedUp": "InTransit_PickedUp",
                    "Departure": "InTransit_Departure", "Arrival": "InTransit_Arrival",
                    "AvailableForPickup": "AvailableForPickup_Other",
                    "OutForDelivery": "OutForDelivery_Other", "Delivered": "Delivered_Other",
                    "Returning": "Exception_Returning", "Returned": "Exception_Returned"}


@dataclass
class Script:
    status: str
    sub_status: str
    scans: tuple[Scan, ...]


def track_item(number: str, carrier: int, tag: str, script: Script | None) -> dict[str, Any]:
    """An accepted gettrackinfo item: the script's track, else the number's made-up journey."""
    if script is not None:
        status, sub_status, scans = script.status, script.sub_status, script.scans
        estimated = None
    else:
        story = story_of(number)
        status, scans, estimated = story.status.value, story.scans, story.estimated
        last = STAGES[scans[-1].kind][1] if scans else ""
        sub_status = last if last and status != "Expired" else f"{status}_Other"
    events = [event(scan) for scan in reversed(scans)]  # 17TRACK lists the newest first
    name = carrier_name(carrier)
    guess = estimated and f"{estimated.isoformat()}T00:00:00+00:00"
    return {"number": number, "carrier": carrier, "param": None, "tag": tag or None,
            "track_info": {
                "latest_status": {"status": status, "sub_status": sub_status,
                                  "sub_status_descr": None},
                "latest_event": events[0] if events else None,
                "time_metrics": {"days_after_order": len(events), "days_of_transit": 0,
                                 "days_of_transit_done": 0, "days_after_last_update": 0,
                                 "estimated_delivery_date": {
                                     "source": "17TRACK" if guess else None,
                                     "from": guess, "to": guess}},
                "milestone": [{"key_stage": e["stage"], "time_iso": e["time_iso"],
                               "time_utc": e["time_utc"]} for e in events if e["stage"]],
                "tracking": {"providers_hash": len(events), "providers": [{
                    "provider": {"key": carrier, "name": name, "alias": name},
                    "latest_sync_status": "Success", "events_hash": len(events),
                    "events": events}]}}}


def event(scan: Scan) -> dict[str, Any]:
    if scan.kind in STAGES:  # a made-up journey's scan
        stage, sub_status = STAGES[scan.kind]
    else:  # a scripted one: the test's stage, and its sub-status or the stage's
        stage, sub_status = scan.kind, scan.detail or STAGE_SUB_STATUS.get(scan.kind, "")
    return {"time_iso": scan.local_iso, "time_utc": scan.utc_iso,
            "time_raw": {"date": scan.local_iso[:10], "time": scan.local_iso[11:19],
                         "timezone": scan.local_iso[19:]},
            "description": scan.description, "location": scan.location, "stage": stage,
            "sub_status": sub_status,
            "address": {"country": scan.country, "state": None, "city": scan.city,
                        "street": None, "postal_code": None}}


def item_code(number: str, failure: Failure | None) -> int | None:
    if not NUMBER.fullmatch(number):
        return -18010012
    if failure is not None and failure.kind == "reject" and failure.number in {None, number}:
        return failure.code or -18019903
    return None


def garbles(failure: Failure, number: str, index: int) -> bool:
    if failure.kind != "garbled-item":
        return False
    return number == failure.number if failure.number is not None else index == 0


def garbled(number: str, variant: str) -> dict[str, Any]:
    if variant == "types":
        return {"number": number, "carrier": 3011, "track_info": {
            "latest_status": "InTransit", "tracking": {"providers": {"events": "none"}}}}
    return {"number": number, "carrier": 3011, "track_info": None}


def broken(failure: Failure | None) -> Answer | None:
    """The whole-call failures: auth, refusals, rate, server errors, web pages."""
    kind = failure.kind if failure else ""
    if kind == "401":
        return refusal(401, -18010002)
    if kind == "refuse":  # the whole call refused with an envelope code, HTTP 200
        return refusal(200, failure.code if failure and failure.code else -18010012)
    if kind == "not-envelope":  # JSON, but not 17TRACK's (a proxy's own answer)
        return 200, dumps({"status": "ok", "result": []}), {"Content-Type": JSON}
    if kind == "429":
        return too_many(failure.retry_after if failure else None)
    if kind == "500":
        return 500, dumps({"code": 500, "data": {"errors": [{
            "code": 500, "message": "Internal server error."}]}}), {"Content-Type": JSON}
    if kind in {"503", "html"}:
        return (503 if kind == "503" else 200), page("503 Service Temporarily Unavailable"), \
            {"Content-Type": HTML}
    return None


def too_many(retry_after: str | None) -> Answer:
    headers = {"Content-Type": JSON}
    if retry_after is not None:
        headers["Retry-After"] = retry_after
    return 429, dumps({"code": 429, "data": {"errors": [{
        "code": 429, "message": "The request frequency exceeds the limit."}]}}), headers


def refusal(status: int, code: int, number: str = "") -> Answer:
    """A whole call refused: a top-level code repeated in data.errors (both shapes are seen)."""
    message = MESSAGES.get(code, "The request was refused.").format(number=number)
    return status, dumps({"code": code, "data": {"errors": [{"code": code, "message": message}]}}),\
        {"Content-Type": JSON}


def refused_item(number: str, code: int) -> dict[str, Any]:
    message = MESSAGES.get(code, "The request was refused.").format(number=number)
    return {"number": number, "error": {"code": code, "message": message}}


def detect(number: str) -> int:
    """17TRACK's auto-detection, roughly: S10 → that country's post, a few express formats."""
    upper = number.upper()
    if re.fullmatch(r"[A-Z]{2}\d{9}[A-Z]{2}", upper):
        post = POST_OF_COUNTRY.get(upper[-2:])
        key = CARRIERS[post].seventeen if post else None
        return key or CAINIAO
    formats = [(r"1Z[A-Z0-9]{16}", Carrier.UPS), (r"9[2-5]\d{20}", Carrier.USPS),
               (r"\d{12}", Carrier.FEDEX), (r"\d{10}", Carrier.DHL_EXPRESS)]
    for pattern, carrier in formats:
        if re.fullmatch(pattern, upper):
            return CARRIERS[carrier].seventeen or CAINIAO
    return CAINIAO


def carrier_name(key: int) -> str:
    carrier = carrier_of_seventeen(key)
    return CARRIERS[carrier].name if carrier else "Cainiao"

"""Parcel tracking: the one status every provider's answer is mapped to, events and results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from seller_desk.domain.errors import KnownError
from seller_desk.domain.text import QT_TRANSLATE_NOOP


class TrackStatus(StrEnum):
    NOT_FOUND = "NotFound"
    INFO_RECEIVED = "InfoReceived"
    IN_TRANSIT = "InTransit"
    OUT_FOR_DELIVERY = "OutForDelivery"
    AVAILABLE_FOR_PICKUP = "AvailableForPickup"
    DELIVERED = "Delivered"
    DELIVERY_FAILURE = "DeliveryFailure"
    EXCEPTION = "Exception"
    EXPIRED = "Expired"


STATUS_LABELS: dict[TrackStatus, str] = {
    TrackStatus.NOT_FOUND: QT_TRANSLATE_NOOP("tracking", "Not found yet"),
    TrackStatus.INFO_RECEIVED: QT_TRANSLATE_NOOP("tracking", "Label created"),
    TrackStatus.IN_TRANSIT: QT_TRANSLATE_NOOP("tracking", "In transit"),
    TrackStatus.OUT_FOR_DELIVERY: QT_TRANSLATE_NOOP("tracking", "Out for delivery"),
    TrackStatus.AVAILABLE_FOR_PICKUP: QT_TRANSLATE_NOOP("tracking", "Ready for pickup"),
    TrackStatus.DELIVERED: QT_TRANSLATE_NOOP("tracking", "Delivered"),
    TrackStatus.DELIVERY_FAILURE: QT_TRANSLATE_NOOP("tracking", "Delivery failed"),
    TrackStatus.EXCEPTION: QT_TRANSLATE_NOOP("tracking", "Exception"),
    TrackStatus.EXPIRED: QT_TRANSLATE_NOOP("tracking", "Tracking expired"),
}

# A shipment in one of these never changes again: it is not refreshed any more.
FINAL_STATUSES = frozenset({TrackStatus.DELIVERED, TrackStatus.EXPIRED})
# Trouble the seller must look at.
TROUBLE_STATUSES = frozenset({TrackStatus.EXCEPTION, TrackStatus.DELIVERY_FAILURE})

# Provider sub-statuses that mean the parcel is going back to (or is back with) the sender.
RETURNING_SUB_STATUSES = frozenset({"Exception_Returning", "Exception_010"})
RETURNED_SUB_STATUSES = frozenset({"Exception_Returned", "Exception_011"})


class Provider(StrEnum):
    SEVENTEEN = "17track"
    AFTERSHIP = "aftership"


PROVIDER_NAMES: dict[Provider, str] = {Provider.SEVENTEEN: "17TRACK",
                                       Provider.AFTERSHIP: "AfterShip"}


def is_final(status: TrackStatus, sub_status: str = "") -> bool:
    """Whether nothing more will happen to the parcel (delivered, expired, back with sender)."""
    return status in FINAL_STATUSES or sub_status in RETURNED_SUB_STATUSES


def is_returning(sub_status: str) -> bool:
    return sub_status in RETURNING_SUB_STATUSES or sub_status in RETURNED_SUB_STATUSES


@dataclass(frozen=True, slots=True)
class TrackEvent:
    """One scan of the parcel: when (UTC, aware), what, where, and the status it meant."""

    time: datetime
    description: str
    location: str = ""
    status: TrackStatus | None = None
    sub_status: str = ""


@dataclass(frozen=True, slots=True)
class TrackResult:
    """What a provider knows of one number now. `events` newest first; `raw_status` is the
    provider's own status text ("InTransit/InTransit_Arrival"), kept as it came."""

    number: str
    status: TrackStatus
    sub_status: str
    raw_status: str
    events: tuple[TrackEvent, ...]
    carrier_code: str = ""  # the provider's carrier key or slug, as text
    reference: str = ""  # the provider's own id for this tracking (AfterShip), else ""
    estimated_delivery: date | None = None

    @property
    def delivered_at(self) -> datetime | None:
        """When the parcel was delivered: the newest delivered event's time, else None."""
        if self.status is not TrackStatus.DELIVERED:
            return None
        for event in self.events:
            if event.status is TrackStatus.DELIVERED:
                return event.time
        return self.events[0].time if self.events else None


@dataclass(frozen=True, slots=True)
class Registration:
    """A number to register (or read) with a provider; `carrier` is the provider's carrier key
    or slug as text ("" lets the provider detect it), `reference` the provider's id if known."""

    number: str
    carrier: str = ""
    tag: str = ""
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Rejection:
    """A number the provider refused, with its own code and message."""

    number: str
    code: str
    message: str


@dataclass(frozen=True)
class RegisterOutcome:
    """Numbers now registered (number → the provider's reference, "" if it has none) and refused.
    A number the provider already had counts as registered."""

    registered: dict[str, str]
    rejected: list[Rejection]


@dataclass(frozen=True)
class ReadOutcome:
    results: list[TrackResult]
    rejected: list[Rejection]


class TrackingError(KnownError):
    """A whole call to a tracking provider failed (bad key, quota, network, garbled answer)."""

    def __init__(self, provider: str, message: str, *, fatal: bool = False,
                 item: str | None = None, **params: object) -> None:
        # fatal: no later call can succeed either (bad key, quota used up): stop the run.
        self.provider = provider
        self.fatal = fatal
        super().__init__(message, item=item, provider=PROVIDER_NAMES.get(
            Provider(provider), provider) if provider in set(Provider) else provider, **params)


def storable(number: str) -> bool:
    """Whether tracking services can take the (normalised) number: 5 to 50 letters and digits."""
    return 5 <= len(number) <= 50 and number.isascii() and number.isalnum()

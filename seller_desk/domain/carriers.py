"""Carriers a parcel travels with: names, the tracking services' codes for them, tracking links."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote


class Carrier(StrEnum):
    UPS = "ups"
    USPS = "usps"
    FEDEX = "fedex"
    DHL_EXPRESS = "dhl_express"
    CHINA_POST = "china_post"
    CHINA_EMS = "china_ems"
    ROYAL_MAIL = "royal_mail"
    DEUTSCHE_POST = "deutsche_post"
    LA_POSTE = "la_poste"
    CORREOS = "correos"
    JAPAN_POST = "japan_post"
    AUSTRALIA_POST = "australia_post"
    CANADA_POST = "canada_post"
    POSTNL = "postnl"
    HONGKONG_POST = "hongkong_post"
    CHUNGHWA_POST = "chunghwa_post"
    OTHER_POST = "other_post"  # a national post whose S10 country this app has no name for
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CarrierInfo:
    name: str  # a brand name: never translated
    seventeen: int | None  # 17TRACK's numeric carrier key (None: let 17TRACK detect it)
    aftership: str | None  # AfterShip's slug (None: let AfterShip detect it)
    link: str  # the carrier's own tracking page, "{number}" filled in ("" → 17TRACK's page)


CARRIERS: dict[Carrier, CarrierInfo] = {
    Carrier.UPS: CarrierInfo("UPS", 100002, "ups",
                             "https://www.ups.com/track?tracknum={number}"),
    Carrier.USPS: CarrierInfo("USPS", 21051, "usps",
                              "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}"),
    Carrier.FEDEX: CarrierInfo("FedEx", 100003, "fedex",
                               "https://www.fedex.com/fedextrack/?trknbr={number}"),
    Carrier.DHL_EXPRESS: CarrierInfo(
        "DHL Express", 100001, "dhl",
        "https://www.dhl.com/global-en/home/tracking.html?tracking-id={number}"),
    Carrier.CHINA_POST: CarrierInfo("China Post", 3011, "china-post", ""),
    Carrier.CHINA_EMS: CarrierInfo("China EMS", 3013, "china-ems", ""),
    Carrier.ROYAL_MAIL: CarrierInfo(
        "Royal Mail", 11031, "royal-mail",
        "https://www.royalmail.com/track-your-item#/tracking-results/{number}"),
    Carrier.DEUTSCHE_POST: CarrierInfo(
        "Deutsche Post", 7041, "deutsch-post",
        "https://www.deutschepost.de/sendung/simpleQueryResult.html?form.sendungsnummer={number}"),
    Carrier.LA_POSTE: CarrierInfo(
        "La Poste", 6051, "la-poste-colissimo",
        "https://www.laposte.fr/outils/suivre-vos-envois?code={number}"),
    Carrier.CORREOS: CarrierInfo("Correos", 19131, "spain-correos-es", ""),
    Carrier.JAPAN_POST: CarrierInfo("Japan Post", 10021, "japan-post", ""),
    Carrier.AUSTRALIA_POST: CarrierInfo(
        "Australia Post", 1151, "australia-post",
        "https://auspost.com.au/mypost/track/#/details/{number}"),
    Carrier.CANADA_POST: CarrierInfo(
        "Canada Post", 3041, "canada-post",
        "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={number}"),
    Carrier.POSTNL: CarrierInfo("PostNL", 14041, "postnl-3s", ""),
    Carrier.HONGKONG_POST: CarrierInfo("Hongkong Post", 8011, "hong-kong-post", ""),
    Carrier.CHUNGHWA_POST: CarrierInfo("Chunghwa Post", 20031, "taiwan-post", ""),
    Carrier.OTHER_POST: CarrierInfo("Postal service", None, None, ""),
    Carrier.OTHER: CarrierInfo("Other carrier", None, None, ""),
}

# The national post of an S10 number's last two letters (its origin country).
POST_OF_COUNTRY: dict[str, Carrier] = {
    "CN": Carrier.CHINA_POST, "US": Carrier.USPS, "GB": Carrier.ROYAL_MAIL,
    "DE": Carrier.DEUTSCHE_POST, "FR": Carrier.LA_POSTE, "ES": Carrier.CORREOS,
    "JP": Carrier.JAPAN_POST, "AU": Carrier.AUSTRALIA_POST, "CA": Carrier.CANADA_POST,
    "NL": Carrier.POSTNL, "HK": Carrier.HONGKONG_POST, "TW": Carrier.CHUNGHWA_POST,
}

UNIVERSAL_LINK = "https://t.17track.net/en#nums={number}"


def carrier_name(carrier: str) -> str:
    """The carrier's brand name; a carrier this app does not know is shown as it was typed."""
    try:
        return CARRIERS[Carrier(carrier)].name
    except ValueError:
        return carrier


def tracking_link(carrier: str, number: str) -> str:
    """Where the customer can follow the parcel: the carrier's page, else 17TRACK's."""
    try:
        template = CARRIERS[Carrier(carrier)].link
    except ValueError:
        template = ""
    return (template or UNIVERSAL_LINK).format(number=quote(number, safe=""))


def carrier_of_seventeen(key: int | None) -> Carrier | None:
    """Our carrier for 17TRACK's numeric key, if we know it."""
    for carrier, info in CARRIERS.items():
        if key is not None and info.seventeen == key:
            return carrier
    return None


def carrier_of_slug(slug: str | None) -> Carrier | None:
    """Our carrier for an AfterShip slug, if we know it."""
    for carrier, info in CARRIERS.items():
        if slug and info.aftership == slug:
            return carrier
    return None

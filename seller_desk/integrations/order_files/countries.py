"""Country names and codes as exports write them ('United States', 'UK', 'de') to ISO alpha-2."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from seller_desk.domain.imports import header_key

# Names sellers' files use that ISO 3166 (and so pycountry) spells otherwise; compared by
# header_key, so case, spaces and punctuation do not matter.
_ALIASES: dict[str, str] = {
    "uk": "GB", "greatbritain": "GB", "britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northernireland": "GB", "unitedkingdomofgreatbritain": "GB",
    "usa": "US", "us": "US", "unitedstatesofamerica": "US", "america": "US",
    "southkorea": "KR", "korea": "KR", "koreasouth": "KR", "republicofkorea": "KR",
    "northkorea": "KP", "russia": "RU", "taiwan": "TW", "taiwanroc": "TW",
    "hongkong": "HK", "hongkongsar": "HK", "macau": "MO", "macao": "MO", "vietnam": "VN",
    "turkey": "TR", "czechrepublic": "CZ", "holland": "NL", "thenetherlands": "NL",
    "ivorycoast": "CI", "brunei": "BN", "capeverde": "CV", "micronesia": "FM",
    "palestine": "PS", "swaziland": "SZ", "macedonia": "MK", "kosovo": "XK",
    "vaticancity": "VA", "laos": "LA", "syria": "SY", "iran": "IR", "moldova": "MD",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "mainlandchina": "CN",
    "prc": "CN", "peoplesrepublicofchina": "CN", "uae": "AE", "burma": "MM",
}


@lru_cache(maxsize=4096)
def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code (upper case) for a code or an English name, or "" when the
    country is not recognised (a country is not essential to an order)."""
    text = text.strip()
    if not text:
        return ""
    alias = _ALIASES.get(header_key(text))
    if alias:
        return alias
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        return ""
    return str(country.alpha_2)

"""S10 postal tracking numbers: their check digit, the countries they end in, their services."""

from __future__ import annotations

import re

from seller_desk.domain.text import QT_TRANSLATE_NOOP

# All 249 officially assigned ISO 3166-1 alpha-2 codes (ISO 3166 Maintenance Agency, as carried
# by the iso-codes data set). Written out here because the domain reads no files and imports no
# third-party package. S10 (UPU) suffixes are these codes; user-assigned ones such as XK or XX are
# not, so a number ending in them is treated as mistyped.
_CODES = (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ "
    "BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR "
    "CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR "
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU "
    "ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ "
    "LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF "
    "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI "
    "SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR "
    "TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
)
S10_COUNTRIES: frozenset[str] = frozenset(_CODES.split())

# The service class is the first letter; the second is the post's own choice.
S10_SERVICES: dict[str, str] = {
    "E": QT_TRANSLATE_NOOP("tracking", "EMS"),
    "R": QT_TRANSLATE_NOOP("tracking", "Registered"),
    "L": QT_TRANSLATE_NOOP("tracking", "Tracked letter"),
    "C": QT_TRANSLATE_NOOP("tracking", "Parcel"),
    "U": QT_TRANSLATE_NOOP("tracking", "Untracked letter"),
    "V": QT_TRANSLATE_NOOP("tracking", "Insured"),
}
OTHER_SERVICE = QT_TRANSLATE_NOOP("tracking", "Other service")


def check_digit_s10(serial8: str) -> int:
    """UPU S10: weights 8,6,4,2,3,5,9,7; 11 - sum mod 11, where 10 → 0 and 11 → 5."""
    weighted = sum(int(d) * w for d, w in zip(serial8, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - weighted % 11
    return {10: 0, 11: 5}.get(check, check)


def make_s10(prefix2: str, serial8: str, country: str) -> str:
    """A valid S10 number: two service letters, the serial, its check digit, the country."""
    if not (re.fullmatch(r"[A-Z]{2}", prefix2) and re.fullmatch(r"\d{8}", serial8)
            and country in S10_COUNTRIES):
        raise ValueError(f"not an S10 prefix, serial and ISO country: {prefix2!r}, "
                         f"{serial8!r}, {country!r}")
    return f"{prefix2}{serial8}{check_digit_s10(serial8)}{country}"

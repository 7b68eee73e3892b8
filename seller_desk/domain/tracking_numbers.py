"""Offline tracking-number check: which carrier formats a number fits, and its check digit."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from seller_desk.domain.carriers import POST_OF_COUNTRY, Carrier
from seller_desk.domain.errors import fill_params
from seller_desk.domain.s10_countries import (
    OTHER_SERVICE,
    S10_COUNTRIES,
    S10_SERVICES,
    check_digit_s10,
)
from seller_desk.domain.s10_countries import make_s10 as make_s10  # one place to import from
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label

MIN_LENGTH, MAX_LENGTH = 5, 50  # what 17TRACK accepts: 5 to 50 letters and digits

S10 = QT_TRANSLATE_NOOP("tracking", "UPU S10 (postal)")
UPS_1Z = QT_TRANSLATE_NOOP("tracking", "UPS 1Z")
UPS_WAYBILL = QT_TRANSLATE_NOOP("tracking", "UPS waybill")
USPS_22 = QT_TRANSLATE_NOOP("tracking", "USPS IMpb (22 digits)")
USPS_26 = QT_TRANSLATE_NOOP("tracking", "USPS IMpb (26 digits)")
USPS_20 = QT_TRANSLATE_NOOP("tracking", "USPS (20 digits)")
FEDEX_12 = QT_TRANSLATE_NOOP("tracking", "FedEx Express (12 digits)")
FEDEX_15 = QT_TRANSLATE_NOOP("tracking", "FedEx Ground (15 digits)")
FEDEX_22 = QT_TRANSLATE_NOOP("tracking", "FedEx (22 digits, 96…)")
FEDEX_34 = QT_TRANSLATE_NOOP("tracking", "FedEx barcode (34 digits)")
DHL_10 = QT_TRANSLATE_NOOP("tracking", "DHL Express (10 digits)")
DHL_11 = QT_TRANSLATE_NOOP("tracking", "DHL Express (11 digits)")

EMPTY = QT_TRANSLATE_NOOP("tracking", "Enter a tracking number.")
BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "tracking", "A tracking number has only letters A–Z and digits, but {number} also has "
    "{characters}.")
TOO_SHORT = QT_TRANSLATE_NOOP(
    "tracking", "{number} is too short for a tracking number: it has {length} characters, and "
    "tracking numbers have at least {minimum}.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "tracking", "{number} is too long for a tracking number: it has {length} characters, and "
    "tracking numbers have at most {maximum}.")
UNCHECKED = QT_TRANSLATE_NOOP(
    "tracking", "{number} has {length} characters, a form none of the carriers this app knows "
    "uses, so it cannot be checked offline.")
WRONG_LAST_DIGIT = QT_TRANSLATE_NOOP(
    "tracking", "Looks like a {format} number, but the last digit should be {expected}, "
    "not {typed}: a typo?")
WRONG_LAST_DIGIT_EITHER = QT_TRANSLATE_NOOP(
    "tracking", "Looks like a {format} number, but the last digit should be {expected} or "
    "{other}, not {typed}: a typo?")
WRONG_S10_DIGIT = QT_TRANSLATE_NOOP(
    "tracking", "Looks like a {format} number, but the digit before the last two letters should "
    "be {expected}, not {typed}: a typo?")
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "tracking", "Looks like a {format} number, but it ends in {country}, which is not a country "
    "code: postal numbers end in the letters of the country they were sent from, such as CN.")


@dataclass(frozen=True, slots=True)
class CarrierGuess:
    """A carrier whose number format and checksum the number passes: a suggestion, not a fact."""

    carrier: Carrier
    format: str  # one of the format labels above (translate under "tracking")
    country: str = ""  # S10: the country of the last two letters
    service: str = ""  # S10: the service label of the first letter


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """What the offline check says of one number. `valid`: some format's checksum passes.
    `checkable`: the check could judge the number (a format fits its shape, or it cannot be a
    tracking number at all: empty, other characters, length outside 5 to 50). Callers refuse or
    confirm `not valid and checkable`, and keep `not checkable` as "cannot be checked offline"."""

    number: str
    valid: bool
    checkable: bool
    reason: str  # "" when valid; else a marked text with {placeholders}
    params: dict[str, str] = field(hash=False)
    candidates: tuple[CarrierGuess, ...]

    def message(self) -> str:
        """The reason in English with its placeholders filled; "" when valid."""
        return fill_params(self.reason, self.params) if self.reason else ""


@dataclass(frozen=True, slots=True)
class _Fit:
    """A format the number fits by shape: the check digits it allows, and what it would be."""

    label: str
    expected: tuple[int, ...]  # several when the format has several readings (USPS 20 digits)
    typed: str
    guesses: tuple[CarrierGuess, ...]
    reason: str = WRONG_LAST_DIGIT

    @property
    def passes(self) -> bool:
        return self.reason != UNKNOWN_COUNTRY and self.typed in {str(d) for d in self.expected}


# Characters people paste along with a number: spaces of all kinds, dashes, dots, zero widths.
_DROPPED = re.compile(r"[\s\-.\u2010-\u2015\u2212\u200b-\u200d\u2060\ufeff]+")
# Full-width forms typed with a CJK input method, and ASCII lower case; other letters are kept
# as typed so that a look-alike (a Cyrillic ER for a P) is named rather than silently changed.
_FOLD = str.maketrans(string.ascii_lowercase, string.ascii_uppercase) | {
    code: chr(code - 0xFEE0).upper() for code in range(0xFF01, 0xFF5F)}
_ALLOWED = frozenset(string.ascii_uppercase + string.digits)


def normalise(text: str) -> str:
    """The number without spaces, dashes and dots, full-width forms folded, in upper case."""
    return _DROPPED.sub("", text.translate(_FOLD))


def _value(char: str) -> int:
    # UPS turns a letter into a digit by its ASCII code: A=2 … I=0, J=1 … Z=7.
    return int(char) if char.isdigit() else (ord(char) - 3) % 10


def check_digit_ups(payload: str) -> int:
    """UPS: every second character doubled (no Luhn digit sum); 1Z numbers and waybills."""
    total = sum(_value(c) * (2 if i % 2 else 1) for i, c in enumerate(payload))
    return -total % 10


def check_digit_gs1(payload: str) -> int:
    """GS1 mod 10 (USPS, FedEx Ground): weights 3,1,3,… from the rightmost digit."""
    total = sum(int(d) * (1 if i % 2 else 3) for i, d in enumerate(reversed(payload)))
    return -total % 10


def check_digit_fedex(payload: str) -> int:
    """FedEx Express: weights 1,3,7 repeating from the rightmost digit; sum mod 11 mod 10."""
    return sum(int(d) * (1, 3, 7)[i % 3] for i, d in enumerate(reversed(payload))) % 11 % 10


def check_digit_dhl(payload: str) -> int:
    """DHL Express: the payload as a number, mod 7 (no complement)."""
    return int(payload) % 7


def _s10_fits(number: str) -> Iterator[_Fit]:
    if not re.fullmatch(r"[A-Z]{2}\d{8}[A-Z0-9][A-Z]{2}", number):
        return
    country, service = number[-2:], S10_SERVICES.get(number[0], OTHER_SERVICE)
    carriers = [POST_OF_COUNTRY.get(country, Carrier.OTHER_POST)]
    if number[0] == "E" and country == "CN":
        carriers.append(Carrier.CHINA_EMS)
    guesses = tuple(CarrierGuess(c, S10, country, service) for c in carriers)
    reason = WRONG_S10_DIGIT if country in S10_COUNTRIES else UNKNOWN_COUNTRY
    yield _Fit(S10, (check_digit_s10(number[2:10]),), number[10], guesses, reason)


def _simple(label: str, carrier: Carrier, number: str, expected: int) -> _Fit:
    return _Fit(label, (expected,), number[-1], (CarrierGuess(carrier, label),))


def _ups_fits(number: str) -> Iterator[_Fit]:
    if re.fullmatch(r"1Z[A-Z0-9]{16}", number):  # a letter typed for the check digit is a typo
        yield _simple(UPS_1Z, Carrier.UPS, number, check_digit_ups(number[2:17]))
    elif re.fullmatch(r"[AHJKTV]\d{10}", number):  # the service letter is not in the sum
        yield _simple(UPS_WAYBILL, Carrier.UPS, number, check_digit_ups(number[1:10]))


def _usps_readings(number: str) -> Iterator[str]:
    """The number itself, and what follows a 420+ZIP5 or 420+ZIP9 routing prefix."""
    yield number
    if number.startswith("420"):
        yield from (number[3 + zip_length:] for zip_length in (9, 5))


def _usps_fits(number: str) -> Iterator[_Fit]:
    if not number.isdigit():
        return
    for inner in _usps_readings(number):
        payload = inner[:-1]
        if len(inner) in (22, 26) and re.match(r"9[1-5]", inner):
            label = USPS_22 if len(inner) == 22 else USPS_26
            yield _simple(label, Carrier.USPS, inner, check_digit_gs1(payload))
        elif len(inner) == 20:
            # usps.json: a 20-digit number not starting with 91 to 95 may have been checked with
            # the "91" application identifier in front, or as printed; both readings occur.
            expected = [check_digit_gs1(payload)]
            if not re.match(r"9[1-5]", inner):
                expected.append(check_digit_gs1("91" + payload))
            yield _Fit(USPS_20, tuple(dict.fromkeys(expected)), inner[-1],
                       (CarrierGuess(Carrier.USPS, USPS_20),))


def _fedex_fits(number: str) -> Iterator[_Fit]:
    if not number.isdigit():
        return
    if len(number) == 12:
        yield _simple(FEDEX_12, Carrier.FEDEX, number, check_digit_fedex(number[:11]))
    elif len(number) == 15:
        yield _simple(FEDEX_15, Carrier.FEDEX, number, check_digit_gs1(number[:14]))
    elif len(number) == 22 and number.startswith("96"):
        # fedex.json: "96", 2-digit SCNC, 3-digit service, then a 15-digit Ground number whose
        # own check covers only its 14 digits; the prefix is outside the sum.
        yield _simple(FEDEX_22, Carrier.FEDEX, number, check_digit_gs1(number[7:21]))
    elif len(number) == 34 and number.startswith(("100", "96")):
        # fedex.json: the sum covers the 13 digits before the check; the 12-digit Express
        # number is the last 12 of them plus the check digit.
        yield _simple(FEDEX_34, Carrier.FEDEX, number, check_digit_fedex(number[20:33]))


def _dhl_fits(number: str) -> Iterator[_Fit]:
    if number.isdigit() and len(number) in (10, 11):
        label = DHL_10 if len(number) == 10 else DHL_11
        yield _simple(label, Carrier.DHL_EXPRESS, number, check_digit_dhl(number[:-1]))


# Also the order in which a number that fits several formats and passes none is explained.
_FAMILIES = (_s10_fits, _ups_fits, _usps_fits, _fedex_fits, _dhl_fits)


def _explain(fit: _Fit, number: str) -> tuple[str, dict[str, str]]:
    params = {"number": number, "format": Label("tracking", fit.label), "typed": fit.typed,
              "expected": str(fit.expected[0])}
    if fit.reason == UNKNOWN_COUNTRY:
        return fit.reason, {"number": number, "format": params["format"], "country": number[-2:]}
    if len(fit.expected) > 1:
        return WRONG_LAST_DIGIT_EITHER, params | {"other": str(fit.expected[1])}
    return fit.reason, params


def _refusal(number: str) -> tuple[str, dict[str, str]] | None:
    """Why `number` cannot be a tracking number at all, if it cannot."""
    if not number:
        return EMPTY, {}
    bad = [c for c in dict.fromkeys(number) if c not in _ALLOWED]
    if bad:
        # A code point makes a look-alike (a Cyrillic ER, a control character) visible.
        shown = [c if c.isascii() and c.isprintable() else f"{c} (U+{ord(c):04X})" for c in bad]
        return BAD_CHARACTERS, {"number": number, "characters": " ".join(shown)}
    length = str(len(number))
    if len(number) < MIN_LENGTH:
        return TOO_SHORT, {"number": number, "length": length, "minimum": str(MIN_LENGTH)}
    if len(number) > MAX_LENGTH:
        return TOO_LONG, {"number": number, "length": length, "maximum": str(MAX_LENGTH)}
    return None


def check(text: str) -> NumberCheck:
    """Check `text` offline against every format this app knows; never picks one carrier."""
    number = normalise(text)
    refusal = _refusal(number)
    if refusal is not None:
        return NumberCheck(number, False, True, refusal[0], refusal[1], ())
    fits = [fit for family in _FAMILIES for fit in family(number)]
    candidates = tuple(dict.fromkeys(g for fit in fits if fit.passes for g in fit.guesses))
    if candidates:
        return NumberCheck(number, True, True, "", {}, candidates)
    if not fits:
        return NumberCheck(number, False, False, UNCHECKED,
                           {"number": number, "length": str(len(number))}, ())
    return NumberCheck(number, False, True, *_explain(fits[0], number), ())


def _built(pattern: str, payload: str, check_digit: Callable[[str], int]) -> str:
    if not re.fullmatch(pattern, payload):
        raise ValueError(f"the payload must match {pattern}, got {payload!r}")
    return f"{payload}{check_digit(payload)}"


def make_ups(payload15: str) -> str:
    """A valid UPS 1Z number from its 15 characters after "1Z"."""
    return "1Z" + _built(r"[A-Z0-9]{15}", payload15, check_digit_ups)


def make_usps(payload21: str) -> str:
    """A valid 22-digit USPS IMpb number from its first 21 digits (starting 91 to 95)."""
    return _built(r"9[1-5]\d{19}", payload21, check_digit_gs1)


def make_fedex12(payload11: str) -> str:
    """A valid 12-digit FedEx Express number from its first 11 digits."""
    return _built(r"\d{11}", payload11, check_digit_fedex)


def make_dhl(payload9: str) -> str:
    """A valid DHL Express number from its first 9 digits (or 10, for an 11-digit one)."""
    return _built(r"\d{9,10}", payload9, check_digit_dhl)

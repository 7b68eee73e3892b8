"""The ISO 4217 currency table: which codes exist and how many minor-unit digits each has."""

from __future__ import annotations

from decimal import Decimal

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP

# ISO 4217 list one (active codes) with the exponent of each; funds codes included because
# accountants meet them on statements. Source: ISO 4217 amendment 179 (2025).
_EXPONENTS = {
    0: "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF",
    2: (
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN "
        "BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB "
        "EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS "
        "KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN "
        "MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD "
        "SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS "
        "UAH USD USN UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG"
    ),
    3: "BHD IQD JOD KWD LYD OMR TND",
    4: "CLF UYW",
}

MINOR_DIGITS: dict[str, int] = {
    code: digits for digits, codes in _EXPONENTS.items() for code in codes.split()
}


def is_currency(code: str) -> bool:
    """True for an active ISO 4217 alphabetic code (upper case, exactly as ISO writes it)."""
    return code in MINOR_DIGITS


def minor_digits(code: str) -> int:
    """How many digits follow the decimal point for `code` (JPY 0, USD 2, KWD 3)."""
    try:
        return MINOR_DIGITS[code]
    except KeyError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown currency code: {code}"), item=code, code=code
        ) from None


def normalise_currency(text: str) -> str:
    """Turn user input such as ' eur ' into 'EUR', refusing anything ISO 4217 does not list."""
    code = text.strip().upper()
    minor_digits(code)
    return code


BAD_RATE = QT_TRANSLATE_NOOP("errors", "A rate is written CUR=RATE, like GBP=1.27; not {text}")


def parse_rates(text: str, bad: str = BAD_RATE) -> dict[str, Decimal]:
    """Rates to the base currency typed as "GBP=1.27, EUR=1.08" (commas or semicolons);
    `bad` is the message for a rate not written so (the command line names its option)."""
    rates: dict[str, Decimal] = {}
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        code, _, value = part.partition("=")
        try:
            rate = Decimal(value.strip())
        except ArithmeticError:
            rate = Decimal(0)
        if not rate.is_finite() or rate <= 0:
            raise ValidationError(bad, item=part.strip(), text=part.strip())
        rates[normalise_currency(code)] = rate
    return rates


# Symbols as sellers read them on an international screen (CLDR's English "standard" symbols,
# with US$ for the dollar so that it is never mistaken for another one). Others show their code.
DISPLAY_SYMBOLS: dict[str, str] = {
    "USD": "US$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "CNY": "CN¥", "CAD": "CA$",
    "AUD": "A$", "NZD": "NZ$", "HKD": "HK$", "TWD": "NT$", "SGD": "S$", "MXN": "MX$",
    "BRL": "R$", "KRW": "₩", "INR": "₹", "ILS": "₪", "VND": "₫", "PHP": "₱", "THB": "฿",
    "NGN": "₦", "UAH": "₴", "TRY": "₺",
}


def display_symbol(code: str) -> str:
    return DISPLAY_SYMBOLS.get(code, code)

"""Amounts as sellers' files write them ('1,234.56', '1.234,56', '€12,50', '(12.50)') to Decimal."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_PLAIN = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
# Spaces and apostrophes group thousands ('1 234,56', "1'234.56"); they never mark decimals.
_GROUPING = str.maketrans("", "", " \u00a0\u202f\u2009'’")
_MINUS = ("-", "\u2212")


def parse_amount(text: str) -> Decimal:
    """The exact amount `text` writes, or ValueError.

    Currency symbols and codes around the number are ignored; '(12.50)' and a leading or
    trailing minus are negative. With both '.' and ',' the later one is the decimal mark; a
    lone ',' followed by exactly three digits groups thousands ('1,234' is 1234), otherwise it
    is the decimal mark ('12,50'); a lone '.' is always the decimal mark.
    """
    text = text.strip()
    if _PLAIN.fullmatch(text):
        return Decimal(text)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    # Drop the currency: everything before the first and after the last digit, keeping a sign.
    first = next((i for i, ch in enumerate(text) if ch.isdigit()), -1)
    if first < 0:
        raise ValueError(text)
    last = max(i for i, ch in enumerate(text) if ch.isdigit())
    head, body, tail = text[:first], text[first : last + 1], text[last + 1 :]
    if head.strip().endswith(_MINUS) or head.strip().startswith(_MINUS) or tail.strip() in _MINUS:
        negative = not negative
    body = body.translate(_GROUPING)
    if any(ch.isdigit() for ch in head + tail) or not body.isascii():
        raise ValueError(text)
    number = _ungroup(body)
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise ValueError(text) from None
    return -value if negative else value


def _ungroup(body: str) -> str:
    """`body` (digits, '.' and ',') as a plain decimal string, or ValueError."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        decimal_mark = "." if body.rfind(".") > body.rfind(",") else ","
    elif commas == 1:
        whole, _, fraction = body.partition(",")
        decimal_mark = "" if len(fraction) == 3 and whole.lstrip("0") else ","
    elif dots == 1:
        decimal_mark = "."
    else:
        decimal_mark = ""  # none, or several of one kind: thousands groups ('1.234.567')
    group_marks = {".": ",", ",": ".", "": ".,"}[decimal_mark]
    if decimal_mark and body.count(decimal_mark) > 1:
        raise ValueError(body)
    whole, _, fraction = body.partition(decimal_mark) if decimal_mark else (body, "", "")
    groups = whole
    for mark in group_marks:
        groups = groups.replace(mark, " ")
    parts = groups.split(" ")
    if not all(part.isdigit() for part in parts) or (fraction and not fraction.isdigit()):
        raise ValueError(body)
    if len(parts) > 1 and not all(len(part) in (2, 3) for part in parts[1:]):
        raise ValueError(body)  # '12,34,5': not a grouping anyone writes
    digits = "".join(parts)
    return f"{digits}.{fraction}" if fraction else digits


def plain_minor(text: str, digits: int) -> int | None:
    """'1234.5' as minor units with `digits` decimals, without Decimal, when it is a plain
    number that needs no rounding (most of a large file); else None, and parse_amount decides."""
    whole, dot, fraction = text.partition(".")
    negative = whole.startswith("-")
    if negative:
        whole = whole[1:]
    if not (whole.isascii() and whole.isdigit()):
        return None
    if dot and not (len(fraction) <= digits and fraction.isascii() and fraction.isdigit()):
        return None
    minor = int(whole) * 10**digits + (int(fraction.ljust(digits, "0")) if fraction else 0)
    return -minor if negative else minor

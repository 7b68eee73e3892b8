"""When two customer records are the same person: match keys, hidden buyers, duplicate groups."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from seller_desk.domain.text import QT_TRANSLATE_NOOP


class MatchReason(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    NAME_POSTCODE = "name_postcode"


MATCH_REASON_LABELS: dict[MatchReason, str] = {
    MatchReason.EMAIL: QT_TRANSLATE_NOOP("merge", "Same email address"),
    MatchReason.PHONE: QT_TRANSLATE_NOOP("merge", "Same phone number"),
    MatchReason.NAME_POSTCODE: QT_TRANSLATE_NOOP("merge", "Same name and postcode"),
}

# ITU-T E.164 calling codes of common seller destinations (ISO 3166-1 alpha-2 → code).
CALLING_CODES: dict[str, str] = {
    "US": "1", "CA": "1", "PR": "1", "GB": "44", "IE": "353", "DE": "49", "AT": "43", "CH": "41",
    "LI": "423", "FR": "33", "MC": "377", "BE": "32", "NL": "31", "LU": "352", "ES": "34",
    "PT": "351", "IT": "39", "MT": "356", "SE": "46", "NO": "47", "DK": "45", "FI": "358",
    "IS": "354", "PL": "48", "CZ": "420", "SK": "421", "HU": "36", "RO": "40", "BG": "359",
    "GR": "30", "CY": "357", "HR": "385", "SI": "386", "EE": "372", "LV": "371", "UA": "380",
    "RU": "7", "KZ": "7", "TR": "90", "IL": "972", "AE": "971", "SA": "966", "QA": "974",
    "KW": "965", "EG": "20", "MA": "212", "ZA": "27", "NG": "234", "AU": "61", "NZ": "64",
    "JP": "81", "KR": "82", "CN": "86", "TW": "886", "HK": "852", "MO": "853", "SG": "65",
    "MY": "60", "TH": "66", "PH": "63", "ID": "62", "VN": "84", "IN": "91", "PK": "92",
    "BR": "55", "MX": "52", "AR": "54", "CL": "56", "CO": "57", "PE": "51",
}

# National trunk prefix by calling code, where one is dialled before national numbers. Codes
# absent here have none: the leading 0 of Italian numbers (39) belongs to the number itself.
TRUNK_PREFIXES: dict[str, str] = {"1": "1", "7": "8", "36": "06"} | dict.fromkeys((
    "44", "353", "49", "43", "41", "33", "32", "31", "46", "358", "421", "40", "359", "385",
    "386", "380", "90", "972", "971", "966", "20", "212", "27", "234", "61", "64", "81", "82",
    "86", "886", "60", "66", "63", "62", "84", "91", "92", "55", "54", "51"), "0")

# Dialled before a calling code: "00" almost everywhere; "0011" (Australia) is never "00" + a
# code, so it is safe everywhere; the others only from their own country.
_EXIT_CODES: dict[str, tuple[str, ...]] = {"1": ("011",), "81": ("010",)}
_KNOWN_CODES = frozenset(CALLING_CODES.values())
_MIN_SIGNIFICANT, _MAX_E164 = 7, 15
_PHONE_MASK = re.compile(r"[*•●]|[xX]{2,}")
_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)

# Addresses put where the buyer's email was withheld or erased. Relay addresses
# (…@marketplace.amazon.com, …@members.ebay.com, …@privaterelay.appleid.com) are NOT among
# them: each forwards to one buyer and stays the same for that buyer, so it identifies the
# person within that marketplace, and being unique to it, it never matches another one.
_PLACEHOLDER_TLDS = frozenset({"invalid", "example", "test", "localhost", "local"})
_PLACEHOLDER_DOMAINS = frozenset({"example.com", "example.net", "example.org"})
_PLACEHOLDER_LABELS = frozenset({"anonymous", "anonymized", "anonymised", "noreply", "no-reply",
                                 "donotreply", "do-not-reply", "redacted", "masked"})
_PLACEHOLDER_LOCALS = _PLACEHOLDER_LABELS | {"anon", "invalid", "deleted", "unknown", "none",
                                             "null", "nobody", "guest", "customer", "buyer",
                                             "hidden", "private"}
_PLACEHOLDER_EMAIL_TEXTS = frozenset({"invalid request", "redacted", "hidden", "masked"})

# Names that stand for "someone" rather than a person, compared word by word after folding.
_PLACEHOLDER_NAME_WORDS = frozenset({
    "anonymous", "anonym", "anonyme", "anonimo", "anonima", "redacted", "guest", "gast",
    "customer", "customers", "buyer", "client", "cliente", "kunde", "kundin", "user", "valued",
    "unknown", "none", "null", "deleted", "hidden", "private", "withheld", "test", "na", "amazon",
    "ebay", "etsy", "shopify", "woocommerce", "匿名", "顾客", "顧客", "买家", "買家", "客户",
    "客戶", "お客", "購入者"})
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "herr", "frau", "mme", "mlle", "sr",
                     "sra", "srta", "sig", "sigra"})
_CJK_TITLES = ("様", "さま", "殿", "先生", "女士", "小姐")
_CJK_TITLE_END = re.compile(f"(?:{'|'.join(_CJK_TITLES)})+$")
_NAME_MASK = re.compile(r"[*•●]")


def email_key(email: str) -> str:
    """The address trimmed and lower-cased; "" when empty, malformed or a placeholder."""
    text = unicodedata.normalize("NFKC", email).strip().lower()
    local, at, domain = text.partition("@")
    if not (at and local and "." in domain) or "@" in domain or not all(domain.split(".")):
        return ""
    return "" if any(c.isspace() for c in text) or _email_placeholder(text) else text


def phone_key(phone: str, country: str = "") -> str:
    """The number as E.164 digits without '+' ("447700900123"); "" when masked or too short.

    A number written without '+'/'00' and without a known `country` keeps its own digits, so it
    matches only the same writing: guessing its country could merge strangers.
    """
    if _PHONE_MASK.search(phone):
        return ""
    text = _EXTENSION.sub("", unicodedata.normalize("NFKC", phone)).replace("(0)", " ")
    digits = "".join(str(d) for ch in text if (d := unicodedata.decimal(ch, None)) is not None)
    home = CALLING_CODES.get(country.strip().upper(), "")
    international = text.lstrip().startswith("+")
    for exit_code in (*_EXIT_CODES.get(home, ()), "0011", "00"):  # "+0044 …" happens too
        if digits.startswith(exit_code):
            digits, international = digits[len(exit_code):], True
            break
    if international and digits.startswith("0"):
        return ""  # no calling code starts with 0
    code = next((digits[:n] for n in (1, 2, 3) if digits[:n] in _KNOWN_CODES), "")
    if international and code:
        national = _after_code(code, digits[len(code):])
    elif home and not international:
        code, national = home, _national(home, digits)
    else:
        code, national = "", digits  # an unknown calling code, or no country to place it
    if not _significant(national) or len(code) + len(national) > _MAX_E164:
        return ""
    return code + national


def name_postcode_key(name: str, postcode: str) -> str:
    """Folded name words in sorted order, '|', the compact postcode; "" when either is unusable.

    A single word of a spaced script ("Smith") names too many people to merge on, so it gives "".
    """
    words, place = _name_words(name), _postcode(postcode)
    if not (words and place) or _placeholder_name(name, words):
        return ""
    if len(words) == 1 and not _unspaced(words[0][0]):
        return ""
    return f"{' '.join(words)}|{place}"


def is_masked(email: str, name: str, phone: str = "") -> bool:
    """Whether the marketplace hid or erased who the buyer is, so nothing may be inferred.

    One redacted field marks the whole record: what a marketplace leaves after redaction (a
    first name, a region) is not meant to identify anyone.
    """
    if not (email.strip() or name.strip() or phone.strip()):
        return True
    text = unicodedata.normalize("NFKC", email).strip().lower()
    if text and _email_placeholder(text):
        return True
    if name.strip() and _placeholder_name(name, _name_words(name)):
        return True
    return bool(_PHONE_MASK.search(phone))


@dataclass(frozen=True, slots=True)
class MatchKeys:
    """The keys a record is matched on ("" where unusable), and whether it is masked.

    Keys are computed even for a masked record, so a seller who unmasks it by hand needs no
    recomputation; whoever groups records must leave masked ones out.
    """

    email: str
    phone: str
    name_postcode: str
    masked: bool


def match_keys(email: str, phone: str, country: str, name: str, postcode: str) -> MatchKeys:
    """All match keys of one record, as the store keeps them in its indexed columns."""
    return MatchKeys(email_key(email), phone_key(phone, country),
                     name_postcode_key(name, postcode), is_masked(email, name, phone))


@dataclass(frozen=True, slots=True)
class Person:
    """One customer record as the merge suggestions see it."""

    id: int
    email: str = ""
    phone: str = ""
    country: str = ""
    name: str = ""
    postcode: str = ""
    masked: bool = False


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Records that look like one person: ids ascending, reasons in MatchReason order."""

    ids: tuple[int, ...]
    reasons: tuple[MatchReason, ...]


def _usable_keys(person: Person) -> dict[MatchReason, str]:
    keys = match_keys(person.email, person.phone, person.country, person.name, person.postcode)
    if person.masked or keys.masked:
        return {}
    found = {MatchReason.EMAIL: keys.email, MatchReason.PHONE: keys.phone,
             MatchReason.NAME_POSTCODE: keys.name_postcode}
    return {reason: key for reason, key in found.items() if key}


def duplicate_groups(people: Iterable[Person]) -> list[DuplicateGroup]:
    """Groups of ≥2 records linked by any shared key, transitively; masked records never join."""
    buckets: dict[tuple[MatchReason, str], set[int]] = {}
    for person in people:
        for reason, key in _usable_keys(person).items():
            buckets.setdefault((reason, key), set()).add(person.id)
    links = [(reason, sorted(ids)) for (reason, _), ids in buckets.items() if len(ids) > 1]
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = i = parent[parent[i]]
        return i

    for _, ids in links:
        for other in ids[1:]:
            a, b = root(ids[0]), root(other)
            parent[max(a, b)] = min(a, b)
    groups: dict[int, tuple[set[int], set[MatchReason]]] = {}
    for reason, ids in links:
        members, reasons = groups.setdefault(root(ids[0]), (set(), set()))
        members.update(ids)
        reasons.add(reason)
    return [
        DuplicateGroup(tuple(sorted(members)), tuple(r for r in MatchReason if r in reasons))
        for _, (members, reasons) in sorted(groups.items())
    ]


def _email_placeholder(text: str) -> bool:
    if "*" in text or text in _PLACEHOLDER_EMAIL_TEXTS:
        return True
    local, _, domain = text.rpartition("@")
    labels = domain.split(".")
    return (local in _PLACEHOLDER_LOCALS or domain in _PLACEHOLDER_DOMAINS
            or labels[-1] in _PLACEHOLDER_TLDS or not _PLACEHOLDER_LABELS.isdisjoint(labels))


def _national(code: str, digits: str) -> str:
    trunk = TRUNK_PREFIXES.get(code, "")
    if trunk == "0" and digits.startswith("0"):
        return digits[1:]
    if code in ("1", "7"):  # national numbers have 10 digits; 11 carry a trunk or the code
        return digits[1:] if len(digits) == 11 and digits[0] in (trunk, code) else digits
    if trunk and digits.startswith(trunk) and trunk != "0":
        return digits[len(trunk):]  # Hungary's "06 30 …"
    # "447700900123" for a GB buyer: the '+' was lost. National numbers that happen to start
    # with their country's code are shorter than code + 9 digits.
    if digits.startswith(code) and len(digits) >= len(code) + 9:
        return _after_code(code, digits[len(code):])
    return digits


def _after_code(code: str, national: str) -> str:
    if TRUNK_PREFIXES.get(code) == "0":
        national = national.lstrip("0")  # "+44 07700 …": the trunk 0 kept after the code
    if code == "52" and len(national) == 11 and national.startswith("1"):
        national = national[1:]  # the "1" of Mexican mobiles after +52, dropped in 2019-2020
    return national


def _significant(digits: str) -> bool:
    # Filler typed into a required field ("0000000", "1234567890") is no one's number.
    return (len(digits) >= _MIN_SIGNIFICANT and len(set(digits)) > 1
            and digits not in "01234567890" and digits not in "09876543210")


def _unspaced(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


def _name_words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", name).casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    bare = unicodedata.normalize("NFC", bare).replace("'", "").replace("’", "")
    words = "".join(c if c.isalnum() else " " for c in bare).split()
    words = [w for w in words if w not in _TITLES and w not in _CJK_TITLES]
    letters = [c for c in "".join(words) if c.isalpha()]
    if letters and all(_unspaced(c) for c in letters):
        # Chinese, Japanese, Korean: family name first, spaces optional, honorific suffixed.
        joined = _CJK_TITLE_END.sub("", "".join(words))
        return [joined] if joined else []
    return sorted(words)


def _placeholder_name(name: str, words: list[str]) -> bool:
    if _NAME_MASK.search(name) or not words or all(len(w) == 1 for w in words):
        return True  # "J***n", "—", initials only ("J. S."), a lone family name character ("王")
    return all(w in _PLACEHOLDER_NAME_WORDS or w.isdigit() for w in words)


def _postcode(postcode: str) -> str:
    if _NAME_MASK.search(postcode):
        return ""
    compact = "".join(c for c in unicodedata.normalize("NFKC", postcode).upper() if c.isalnum())
    # A required field filled with "00000", or Hong Kong's catch-all "999077", places no one.
    if len(compact) < 3 or len(set(compact)) == 1 or compact == "999077":
        return ""
    return compact if any(c.isdigit() for c in compact) else ""

"""The seller-facing texts of a rate provider's failures, each naming the provider."""

from __future__ import annotations

from seller_desk.domain.text import QT_TRANSLATE_NOOP

UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors", "Could not reach the {provider} rates service at {url} ({reason})."
)
TIMED_OUT = QT_TRANSLATE_NOOP(
    "errors", "The {provider} rates service did not answer within {seconds} seconds."
)
HTTP_STATUS = QT_TRANSLATE_NOOP(
    "errors", "The {provider} rates service answered HTTP {status} for {url}."
)
NOT_DATA = QT_TRANSLATE_NOOP(
    "errors",
    "The {provider} rates service sent a web page instead of rates ({url}); "
    "it may have moved or be down.",
)
MALFORMED = QT_TRANSLATE_NOOP(
    "errors", "The {provider} rates service sent rates this app cannot read: {reason}."
)
BAD_RATE = QT_TRANSLATE_NOOP(
    "errors", "The {provider} rates service sent '{value}' as the rate of {currency} on {day}."
)
MISSING_CURRENCY = QT_TRANSLATE_NOOP(
    "errors", "The {provider} rates service has no rate for {currency} on {day}."
)
NO_DAY = QT_TRANSLATE_NOOP("errors", "The {provider} rates service has no rates for {day}.")
NO_RATES = QT_TRANSLATE_NOOP(
    "errors", "The {provider} rates service has no rates available ({reason})."
)
REFUSED = QT_TRANSLATE_NOOP(
    "errors", "The {provider} rates service refused the request: {reason}."
)
RANGE_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The {provider} rates service is asked one day at a time; {days} days is more "
    "than the {limit} allowed at once.",
)
UNKNOWN_PROVIDER = QT_TRANSLATE_NOOP(
    "errors", "'{name}' is not a rates provider; choose one of {names}."
)

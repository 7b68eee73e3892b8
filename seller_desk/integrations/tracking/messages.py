"""The seller-facing texts of a tracking provider's failures, each naming the provider."""

from __future__ import annotations

from seller_desk.domain.text import QT_TRANSLATE_NOOP

UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors", "Could not reach the {provider} tracking service at {url} ({reason})."
)
TIMED_OUT = QT_TRANSLATE_NOOP(
    "errors", "The {provider} tracking service did not answer within {seconds} seconds."
)
HTTP_STATUS = QT_TRANSLATE_NOOP(
    "errors", "The {provider} tracking service answered HTTP {status} for {url}."
)
MALFORMED = QT_TRANSLATE_NOOP(
    "errors", "The {provider} tracking service sent an answer this app cannot read: {reason}."
)
NO_KEY = QT_TRANSLATE_NOOP(
    "errors", "No {provider} API key is set; enter it in the tracking settings."
)
BAD_KEY = QT_TRANSLATE_NOOP(
    "errors", "{provider} refused the API key ({reason}); check the key in the tracking settings."
)
IP_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "errors",
    "{provider} does not accept calls from this computer's IP address; add it to the API "
    "key's IP whitelist in your {provider} account.",
)
ACCOUNT_DISABLED = QT_TRANSLATE_NOOP(
    "errors", "Your {provider} account is disabled; tracking cannot be refreshed until it is "
    "enabled again.",
)
FORBIDDEN = QT_TRANSLATE_NOOP(
    "errors", "{provider} does not let this API key manage trackings ({reason})."
)
QUOTA = QT_TRANSLATE_NOOP(
    "errors", "Your {provider} tracking quota is used up ({reason}); no more numbers can be "
    "registered until it renews or more is bought.",
)
RATE_LIMITED = QT_TRANSLATE_NOOP(
    "errors", "{provider} still refused calls as too frequent after {attempts} tries; try "
    "again in a minute.",
)
REFUSED = QT_TRANSLATE_NOOP(
    "errors", "The {provider} tracking service refused the request: {reason} (code {code})."
)
UNKNOWN_PROVIDER = QT_TRANSLATE_NOOP(
    "errors", "'{provider}' is not a tracking service; choose one of {names}."
)

"""The seller-facing texts of a marketplace's failures, each naming the marketplace."""

from __future__ import annotations

from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.integrations.calls import Texts

UNREACHABLE = QT_TRANSLATE_NOOP("sync", "Could not reach {marketplace} at {url} ({reason}).")
TIMED_OUT = QT_TRANSLATE_NOOP("sync", "{marketplace} did not answer within {seconds} seconds.")
HTTP_STATUS = QT_TRANSLATE_NOOP("sync", "{marketplace} answered HTTP {status} for {url}.")
MALFORMED = QT_TRANSLATE_NOOP(
    "sync", "{marketplace} sent an answer this app cannot read: {reason}.")
RATE_LIMITED = QT_TRANSLATE_NOOP(
    "sync", "{marketplace} still refused calls as too frequent after {attempts} tries; try "
    "again in a few minutes.")
BAD_CREDENTIALS = QT_TRANSLATE_NOOP(
    "sync", "{marketplace} refused the credentials ({reason}); check them in Settings → "
    "Accounts.")
NO_CREDENTIALS = QT_TRANSLATE_NOOP(
    "sync", "No credentials are stored for this {marketplace} account; enter them in "
    "Settings → Accounts.")
FORBIDDEN = QT_TRANSLATE_NOOP(
    "sync", "{marketplace} does not let these credentials do this ({reason}); give the app "
    "the permission in your {marketplace} admin.")
NOT_FOUND = QT_TRANSLATE_NOOP(
    "sync", "{marketplace} has no such address: {url}. Check the store address.")
REFUSED = QT_TRANSLATE_NOOP("sync", "{marketplace} refused the request: {reason}.")
BAD_ITEM = QT_TRANSLATE_NOOP(
    "sync", "{marketplace} sent {what} {id} that cannot be read: {reason}.")
NOT_HTTPS = QT_TRANSLATE_NOOP(
    "sync", "The store address must start with https:// (plain http is allowed only for this "
    "computer's own addresses): {url}")
CANNOT_PUSH = QT_TRANSLATE_NOOP(
    "sync", "{marketplace} does not let an app change {what} this way.")

TEXTS = Texts(unreachable=UNREACHABLE, timed_out=TIMED_OUT, http_status=HTTP_STATUS,
              malformed=MALFORMED, rate_limited=RATE_LIMITED)

"""Exchange-rate providers (ECB, Frankfurter, forex-python) behind one RateProvider lookup."""

from __future__ import annotations

import requests

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.fx import RateProvider
from seller_desk.domain.fx_settings import DEFAULT_URLS
from seller_desk.integrations.fx import messages
from seller_desk.integrations.fx.ecb import EcbProvider
from seller_desk.integrations.fx.forex_python import ForexPythonProvider
from seller_desk.integrations.fx.frankfurter import FrankfurterProvider
from seller_desk.integrations.http import make_session

PROVIDER_NAMES: tuple[str, ...] = tuple(DEFAULT_URLS)

__all__ = [
    "DEFAULT_URLS",
    "PROVIDER_NAMES",
    "EcbProvider",
    "ForexPythonProvider",
    "FrankfurterProvider",
    "provider_for",
]


def provider_for(
    name: str, base_url: str | None = None, session: requests.Session | None = None
) -> RateProvider:
    """The provider called `name`, reading from `base_url` (its public address when None).

    forex-python makes its own requests.get calls, so it ignores `session` and is held to its
    own deadline instead."""
    key = name.strip().lower()
    url = base_url or DEFAULT_URLS.get(key, "")
    if key == "forex-python":
        return ForexPythonProvider(url)
    if key not in DEFAULT_URLS:
        raise ValidationError(
            messages.UNKNOWN_PROVIDER, item=name, name=name, names=PROVIDER_NAMES
        )
    session = session or make_session()
    if key == "ecb":
        return EcbProvider(url, session)
    return FrankfurterProvider(url, session)

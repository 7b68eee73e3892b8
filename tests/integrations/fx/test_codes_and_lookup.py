"""Currency labels for display, and finding a provider by its name."""

from __future__ import annotations

import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.integrations import fx
from seller_desk.integrations.fx import codes, messages
from seller_desk.integrations.fx.ecb import EcbProvider
from seller_desk.integrations.fx.forex_python import ForexPythonProvider
from seller_desk.integrations.fx.frankfurter import FrankfurterProvider


def test_labels_come_from_forex_pythons_table() -> None:
    assert codes.currency_name("EUR") == "European Euro"
    assert codes.currency_symbol("usd") == "$"
    assert codes.currency_symbol("KRW") == "W"  # the table's own choice, shown as is
    assert str(codes.currency_label("CNY")) == "CNY – Chinese/Yuan renminbi (¥)"
    unknown = codes.currency_label("XTS")
    assert (unknown.name, unknown.symbol, str(unknown)) == (None, None, "XTS")


def test_there_is_no_symbol_to_code_lookup() -> None:
    assert not any("symbol" in name and "code" in name for name in dir(codes))


def test_providers_by_name(session) -> None:
    assert fx.PROVIDER_NAMES == ("ecb", "frankfurter", "forex-python")
    ecb = fx.provider_for("ECB", session=session)
    assert isinstance(ecb, EcbProvider) and ecb.base_url == fx.DEFAULT_URLS["ecb"]
    assert ecb.session is session
    frankfurter = fx.provider_for("frankfurter", "http://127.0.0.1:1/v1/", session)
    assert isinstance(frankfurter, FrankfurterProvider)
    assert frankfurter.base_url == "http://127.0.0.1:1/v1/"
    forex = fx.provider_for("forex-python")
    assert isinstance(forex, ForexPythonProvider)
    assert forex.base_url == "https://theratesapi.com/api/"
    assert fx.DEFAULT_URLS["frankfurter"] == "https://api.frankfurter.dev/v1/"
    assert fx.DEFAULT_URLS["ecb"] == "https://www.ecb.europa.eu/stats/eurofxref/"


def test_an_unknown_provider() -> None:
    with pytest.raises(ValidationError) as caught:
        fx.provider_for("fixer")
    assert caught.value.message == messages.UNKNOWN_PROVIDER
    assert "ecb, frankfurter, forex-python" in str(caught.value)

import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.services.shop import ShopService
from tests.factories import make_shop


def test_new_shop_has_defaults_and_is_not_set_up(database):
    shop = ShopService(database)
    assert shop.settings()["base_currency"] == "USD"
    assert not shop.profile().set_up


def test_set_up_stores_the_welcome_answers(database):
    profile = ShopService(database).set_up("  Lantern  &  Loom ", "cny", "zh-CN")
    assert (profile.name, profile.base_currency, profile.language) == (
        "Lantern & Loom", "CNY", "zh_CN")
    assert profile.set_up and not profile.is_demo


def test_a_bad_value_stores_nothing(database):
    shop = ShopService(database)
    with pytest.raises(ValidationError) as caught:
        shop.update({"shop_name": "New name", "base_currency": "XXX1"})
    assert caught.value.item == "base_currency"
    assert shop.settings()["shop_name"] == ""


def test_base_currency_is_fixed_once_orders_exist(database):
    make_shop(database)
    shop = ShopService(database)
    with pytest.raises(ValidationError, match="converted to USD"):
        shop.set("base_currency", "EUR")
    assert shop.set("base_currency", "usd") == "USD"
    assert shop.get("base_currency") == "USD"

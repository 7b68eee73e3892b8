import pytest

from seller_desk.domain.errors import ValidationError
from seller_desk.domain.settings import setting_spec


def test_settings_are_validated_and_normalised():
    assert setting_spec("base_currency").clean("cny") == "CNY"
    assert setting_spec("language").clean("zh-tw") == "zh_TW"
    assert setting_spec("shop_name").clean("  Lantern   & Loom ") == "Lantern & Loom"


@pytest.mark.parametrize(("key", "value", "message"), [
    ("base_currency", "DOLLARS", "Unknown currency code"),
    ("language", "fr", "Unknown language fr"),
    ("shop_name", "   ", "cannot be empty"),
    ("shop_name", "x" * 81, "longer than 80"),
])
def test_bad_values_name_the_setting(key, value, message):
    with pytest.raises(ValidationError, match=message) as caught:
        setting_spec(key).clean(value)
    assert caught.value.item == key


def test_unknown_setting():
    with pytest.raises(ValidationError, match="no setting called colour"):
        setting_spec("colour")

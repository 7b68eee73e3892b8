"""The shop's settings and first-start set-up, validated by the declarations in domain.settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import exists, select

from seller_desk.domain.currencies import MINOR_DIGITS
from seller_desk.domain.errors import ValidationError
from seller_desk.domain.retention.loyalty import parse_tiers
from seller_desk.domain.settings import setting_spec
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.database import Database
from seller_desk.store.models import Order
from seller_desk.store.queries.settings import put_setting, settings_with_defaults, stored_settings


@dataclass(frozen=True)
class ShopProfile:
    name: str
    base_currency: str
    language: str
    is_demo: bool

    @property
    def set_up(self) -> bool:
        return bool(self.name)


class ShopService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def settings(self) -> dict[str, str]:
        """Every declared setting with its value (the default where none is stored)."""
        with self._db.session() as session:
            return settings_with_defaults(session)

    def get(self, key: str) -> str:
        spec = setting_spec(key)
        return self.settings()[spec.key]

    def set(self, key: str, text: str) -> str:
        """Validate and store one setting; returns the stored form."""
        return self.update({key: text})[key]

    def update(self, values: dict[str, str]) -> dict[str, str]:
        """Validate every value first, then store them all in one transaction."""
        clean = {key: setting_spec(key).clean(text) for key, text in values.items()}
        with self._db.session() as session:
            current = stored_settings(session)
            base = clean.get("base_currency")
            if base is not None and base != current.get("base_currency", base):
                has_orders = session.scalar(select(exists().where(Order.id.is_not(None))))
                if has_orders:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The base currency cannot change once the shop has orders: their "
                            "amounts were converted to {current} on their order dates.",
                        ),
                        item="base_currency", current=current["base_currency"],
                    )
            _check_tiers(clean, current)
            for key, value in clean.items():
                put_setting(session, key, value)
        return clean

    def profile(self) -> ShopProfile:
        with self._db.session() as session:
            stored = stored_settings(session)
        return ShopProfile(
            name=stored.get("shop_name", ""),
            base_currency=stored.get("base_currency", setting_spec("base_currency").default),
            language=stored.get("language", setting_spec("language").default),
            is_demo=stored.get("demo_shop") == "1",
        )

    def set_up(self, name: str, base_currency: str, language: str) -> ShopProfile:
        """The welcome screen's answers, stored together."""
        self.update({"shop_name": name, "base_currency": base_currency, "language": language})
        return self.profile()


def _check_tiers(clean: dict[str, str], current: dict[str, str]) -> None:
    """Tier amounts with no more decimals than the base currency has (none for JPY), checked
    whenever the tiers or the base currency change."""
    if "loyalty_tiers" not in clean and "base_currency" not in clean:
        return
    base = clean.get("base_currency") or current.get(
        "base_currency", setting_spec("base_currency").default)
    tiers = clean.get("loyalty_tiers") or current.get(
        "loyalty_tiers", setting_spec("loyalty_tiers").default)
    try:
        parse_tiers(tiers, MINOR_DIGITS[base])
    except ValidationError as error:
        error.item = "loyalty_tiers"
        raise

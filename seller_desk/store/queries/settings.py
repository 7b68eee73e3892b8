"""Reading and writing the shop's settings rows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.settings import SETTINGS_BY_KEY
from seller_desk.store.models import Setting


def stored_settings(session: Session) -> dict[str, str]:
    return {key: value for key, value in session.execute(select(Setting.key, Setting.value))}


def put_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def base_currency(session: Session) -> str:
    value = session.get(Setting, "base_currency")
    return value.value if value is not None else SETTINGS_BY_KEY["base_currency"].default


def settings_with_defaults(session: Session) -> dict[str, str]:
    """Every declared setting: its stored value, else its default."""
    stored = stored_settings(session)
    return {key: stored.get(key, spec.default) for key, spec in SETTINGS_BY_KEY.items()}

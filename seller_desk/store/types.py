"""Column types that behave the same on SQLite and PostgreSQL: UTC datetimes, exact decimals."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC; naive values are refused, not guessed."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class DecimalText(TypeDecorator[Decimal]):
    """An exact Decimal (an exchange rate) kept as its string, so no backend rounds it."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError("DecimalText takes Decimal values only")
        return str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def search_key(length: int) -> String:
    """A lower-cased copy of a text column for prefix search: byte order ("C") on PostgreSQL,
    as SQLite's default, so one range query `key >= p AND key < p + max char` uses the index."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")  # type: ignore[return-value]


def fold(text: str) -> str:
    """The search form of a text: case-folded, white space collapsed."""
    return " ".join(text.split()).casefold()

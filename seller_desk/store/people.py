"""Adding customers and changing their contact details, with the keys search and merges use."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from seller_desk.domain.identity import match_keys
from seller_desk.store.models import Customer
from seller_desk.store.types import fold


def phone_search_key(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def contact_values(
    *, name: str, email: str, phone: str, country: str, postcode: str,
    masked: bool | None = None,
) -> dict[str, Any]:
    """Contact columns as stored, with every key derived from them."""
    values: dict[str, Any] = {
        "name": " ".join(name.split())[:120], "email": email.strip().lower()[:254],
        "phone": phone.strip()[:40], "phone_key": phone_search_key(phone)[:40],
        "country": country.strip().upper()[:2], "postcode": postcode.strip()[:20],
    }
    values["name_key"] = fold(values["name"])[:120]
    keys = match_keys(values["email"], values["phone"], values["country"], values["name"],
                      values["postcode"])
    values.update(email_key=keys.email, phone_match=keys.phone,
                  name_postcode_key=keys.name_postcode,
                  masked=keys.masked if masked is None else masked)
    return values


def set_contact(
    customer: Customer, *, name: str, email: str, phone: str, country: str, postcode: str,
    masked: bool | None = None,
) -> None:
    """Write contact fields and recompute every key derived from them."""
    for column, value in contact_values(name=name, email=email, phone=phone, country=country,
                                        postcode=postcode, masked=masked).items():
        setattr(customer, column, value)


def customer_row(
    *, account_id: int | None, created_at: datetime, name: str = "", email: str = "",
    phone: str = "", country: str = "", postcode: str = "", city: str = "", language: str = "",
    currency: str = "", consent: bool | None = None,
) -> dict[str, Any]:
    """Every column of a new customer, for one ORM object or a bulk insert alike."""
    return {
        "account_id": account_id, "city": city.strip()[:120], "language": language.strip()[:10],
        "currency": currency, "created_at": created_at, "tags": "",
        "marketing_consent": "" if consent is None else ("yes" if consent else "no"),
        "consent_changed_at": None if consent is None else created_at,
        "order_count": 0, "spent_base_minor": 0,
        **contact_values(name=name, email=email, phone=phone, country=country,
                         postcode=postcode),
    }


def add_customer(session: Session, **fields: Any) -> Customer:
    """One new customer (fields as customer_row takes them), flushed so it has its id."""
    customer = Customer(**customer_row(**fields))
    session.add(customer)
    session.flush()
    return customer

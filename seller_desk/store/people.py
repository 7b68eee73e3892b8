"""Adding customers and changing their contact details, with the keys search and merges use."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from seller_desk.domain.identity import match_keys
from seller_desk.store.models import Customer
from seller_desk.store.types import fold


def phone_search_key(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def set_contact(
    customer: Customer, *, name: str, email: str, phone: str, country: str, postcode: str,
    masked: bool | None = None,
) -> None:
    """Write contact fields and recompute every key derived from them."""
    customer.name = " ".join(name.split())[:120]
    customer.name_key = fold(customer.name)[:120]
    customer.email = email.strip().lower()[:254]
    customer.phone = phone.strip()[:40]
    customer.phone_key = phone_search_key(phone)[:40]
    customer.country = country.strip().upper()[:2]
    customer.postcode = postcode.strip()[:20]
    keys = match_keys(customer.email, customer.phone, customer.country, customer.name,
                      customer.postcode)
    customer.email_key = keys.email
    customer.phone_match = keys.phone
    customer.name_postcode_key = keys.name_postcode
    customer.masked = keys.masked if masked is None else masked


def add_customer(
    session: Session, *, account_id: int | None, created_at: datetime, name: str = "",
    email: str = "", phone: str = "", country: str = "", postcode: str = "", city: str = "",
    language: str = "", currency: str = "", consent: bool | None = None, flush: bool = True,
) -> Customer:
    customer = Customer(
        account_id=account_id, city=city.strip()[:120], language=language.strip()[:10],
        currency=currency, created_at=created_at, tags="",
        marketing_consent="" if consent is None else ("yes" if consent else "no"),
        consent_changed_at=None if consent is None else created_at,
        order_count=0, spent_base_minor=0,
    )
    set_contact(customer, name=name, email=email, phone=phone, country=country,
                postcode=postcode)
    session.add(customer)
    if flush:
        session.flush()
    return customer

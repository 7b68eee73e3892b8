"""An order's buyer and shipping address from its values, each worked out once per distinct text."""

from __future__ import annotations

from collections.abc import Mapping

from seller_desk.domain.imports import ImportedCustomer
from seller_desk.integrations.order_files.countries import country_code
from seller_desk.integrations.order_files.grouping import getter
from seller_desk.integrations.order_files.layouts import F, Resolved

_CUSTOMER = (
    F.CUSTOMER_ID, F.CUSTOMER_ID_2, F.EMAIL, F.NAME, F.FIRST_NAME, F.LAST_NAME, F.PHONE,
    F.PHONE_2, F.COUNTRY, F.SHIP_COUNTRY, F.CITY, F.SHIP_CITY, F.POSTCODE, F.SHIP_POSTCODE,
    F.ACCEPTS_MARKETING,
)
_ADDRESS = (
    F.SHIP_NAME, F.SHIP_FIRST_NAME, F.SHIP_LAST_NAME, F.SHIP_ADDRESS1, F.SHIP_ADDRESS2,
    F.SHIP_CITY, F.SHIP_PROVINCE, F.SHIP_POSTCODE,
)
_YES = frozenset({"yes", "true", "1", "y"})
_NO = frozenset({"no", "false", "0", "n"})


class Buyers:
    """Reads buyers and addresses out of a draft's values (Resolved.order_fields, then "")."""

    def __init__(self, resolved: Resolved, at: Mapping[str, int]) -> None:
        self.guest_id = resolved.layout.guest_customer_id
        blank = len(at)
        present = [at[f] for f in _CUSTOMER if f in at]
        # Buyers are looked up by the values the file has, and read in full when new.
        self._key = getter(present) if present else _nothing
        self._values = getter([at.get(f, blank) for f in _CUSTOMER])
        has_address = any(f in at for f in _ADDRESS)
        self._address = getter([at.get(f, blank) for f in _ADDRESS]) if has_address else None
        self._customers: dict[tuple[str, ...], ImportedCustomer] = {}
        self._addresses: dict[tuple[str, ...], str] = {}

    def customer(self, values: tuple[str, ...]) -> ImportedCustomer:
        key = self._key(values)
        customer = self._customers.get(key)
        if customer is None:
            raw = [text.strip() for text in self._values(values)]
            customer = self._customers[key] = self._new(*raw)
        return customer

    def _new(
        self, customer_id: str, customer_id_2: str, email: str, name: str, first: str, last: str,
        phone: str, phone_2: str, country: str, ship_country: str, city: str, ship_city: str,
        postcode: str, ship_postcode: str, marketing: str,
    ) -> ImportedCustomer:
        """The buyer: billing or buyer details first, the shipping ones where those are empty."""
        customer_id = customer_id or customer_id_2
        marketing = marketing.lower()
        return ImportedCustomer(
            external_id="" if customer_id == self.guest_id else customer_id,
            email=email,
            name=name or " ".join(p for p in (first, last) if p),
            phone=phone or phone_2,
            country=country_code(country) or country_code(ship_country),
            city=city or ship_city,
            postcode=postcode or ship_postcode,
            accepts_marketing=True if marketing in _YES else False if marketing in _NO else None,
        )

    def address(self, values: tuple[str, ...]) -> str:
        """The shipping address as lines: name, street lines, then 'city, province, postcode'."""
        if self._address is None:
            return ""
        raw = self._address(values)
        address = self._addresses.get(raw)
        if address is None:
            name, first, last, line1, line2, city, province, postcode = [t.strip() for t in raw]
            parts = (
                name or " ".join(p for p in (first, last) if p),
                line1,
                line2,
                ", ".join(p for p in (city, province, postcode) if p),
            )
            address = self._addresses[raw] = "\n".join(p for p in parts if p)
        return address


def _nothing(values: tuple[str, ...]) -> tuple[str, ...]:
    return ()

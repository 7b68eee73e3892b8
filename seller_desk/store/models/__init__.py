"""The tables of a shop's database, as typed SQLAlchemy models."""

from seller_desk.store.models.base import Base
from seller_desk.store.models.catalog import ChannelOffer, Listing
from seller_desk.store.models.people import Customer
from seller_desk.store.models.sales import MarketplaceAccount, Order, OrderLine
from seller_desk.store.models.settings import Setting

__all__ = [
    "Base",
    "ChannelOffer",
    "Customer",
    "Listing",
    "MarketplaceAccount",
    "Order",
    "OrderLine",
    "Setting",
]

"""The tables of a shop's database, as typed SQLAlchemy models."""

from seller_desk.store.models.base import Base
from seller_desk.store.models.catalog import ChannelOffer, Listing, ListingImage, PriceRule
from seller_desk.store.models.feedback import Complaint, Feedback
from seller_desk.store.models.loyalty import Campaign, CampaignMember, LoyaltyEntry
from seller_desk.store.models.merges import CustomerMerge, MergeMove
from seller_desk.store.models.notes import FollowUp, Note, NoteRevision
from seller_desk.store.models.people import Customer, CustomerIdentity
from seller_desk.store.models.rates import ExchangeRate
from seller_desk.store.models.returns import (
    ReturnEvent,
    ReturnLine,
    ReturnPhoto,
    ReturnPolicyRule,
    ReturnRequest,
)
from seller_desk.store.models.sales import MarketplaceAccount, Order, OrderLine, OrderStatusChange
from seller_desk.store.models.saved import ImportMapping, SavedReplyTemplate
from seller_desk.store.models.settings import Setting
from seller_desk.store.models.shipments import Shipment, ShipmentEvent, ShipmentLine
from seller_desk.store.models.sync import RemoteVariant, SyncConflict, SyncProblem, SyncRun

__all__ = [
    "Base",
    "Campaign",
    "CampaignMember",
    "ChannelOffer",
    "Complaint",
    "Customer",
    "CustomerIdentity",
    "CustomerMerge",
    "ExchangeRate",
    "Feedback",
    "FollowUp",
    "ImportMapping",
    "Listing",
    "ListingImage",
    "LoyaltyEntry",
    "MarketplaceAccount",
    "MergeMove",
    "Note",
    "NoteRevision",
    "Order",
    "OrderLine",
    "OrderStatusChange",
    "PriceRule",
    "RemoteVariant",
    "ReturnEvent",
    "ReturnLine",
    "ReturnPhoto",
    "ReturnPolicyRule",
    "ReturnRequest",
    "SavedReplyTemplate",
    "Setting",
    "Shipment",
    "ShipmentEvent",
    "ShipmentLine",
    "SyncConflict",
    "SyncProblem",
    "SyncRun",
]

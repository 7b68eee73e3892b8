"""An opened shop: its database, brought to this version's schema, and the services over it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from seller_desk.services.attention import AttentionService
from seller_desk.services.choices import ChoicesService
from seller_desk.services.customer_profile import CustomerProfiles
from seller_desk.services.customers import CustomersService
from seller_desk.services.dashboard import DashboardService
from seller_desk.services.delivery_insight import DeliveryInsight
from seller_desk.services.exports import ExportService
from seller_desk.services.feedback import FeedbackService
from seller_desk.services.imports import ImportService
from seller_desk.services.listings import ListingsService
from seller_desk.services.loyalty import LoyaltyService
from seller_desk.services.maintenance import MaintenanceService
from seller_desk.services.merges import MergeService
from seller_desk.services.notes import NotesService
from seller_desk.services.order_editing import OrderEditor
from seller_desk.services.orders import OrdersService
from seller_desk.services.pricing import PricingService
from seller_desk.services.privacy import PrivacyService
from seller_desk.services.profit import CostingOutcome, ProfitService
from seller_desk.services.progress import Job
from seller_desk.services.rates import RatesService
from seller_desk.services.replies import RepliesService
from seller_desk.services.retention.campaigns import CampaignService
from seller_desk.services.retention.service import RetentionService
from seller_desk.services.retention.winback import WinbackService
from seller_desk.services.return_insight import ReturnInsight
from seller_desk.services.return_policies import ReturnPolicies
from seller_desk.services.return_steps import ReturnSteps
from seller_desk.services.returns import ReturnsService
from seller_desk.services.secrets import SecretStore
from seller_desk.services.shipment_editing import ShipmentEditor
from seller_desk.services.shipment_import import ShipmentImport
from seller_desk.services.shipments import ShipmentsService
from seller_desk.services.shop import ShopService
from seller_desk.services.sync.accounts import AccountsService
from seller_desk.services.sync.conflicts import Conflicts
from seller_desk.services.sync.links import SkuLinks
from seller_desk.services.sync.pull import SyncService
from seller_desk.services.sync.push import PushService
from seller_desk.services.tracking_refresh import TrackingRefresh
from seller_desk.services.tracking_setup import TrackingSetup
from seller_desk.store.database import Database
from seller_desk.store.migrate import upgrade


@dataclass(frozen=True)
class Workspace:
    database: Database
    upgrade_backup: Path | None
    shop: ShopService
    orders: OrdersService
    customers: CustomersService
    listings: ListingsService
    dashboard: DashboardService
    choices: ChoicesService
    maintenance: MaintenanceService
    order_editor: OrderEditor
    profiles: CustomerProfiles
    notes: NotesService
    feedback: FeedbackService
    merges: MergeService
    privacy: PrivacyService
    imports: ImportService
    replies: RepliesService
    exports: ExportService
    loyalty: LoyaltyService
    retention: RetentionService
    winback: WinbackService
    campaigns: CampaignService
    rates: RatesService
    pricing: PricingService
    profit: ProfitService
    attention: AttentionService
    returns: ReturnsService
    return_steps: ReturnSteps
    return_policies: ReturnPolicies
    return_insight: ReturnInsight
    shipments: ShipmentsService
    shipment_editor: ShipmentEditor
    shipment_import: ShipmentImport
    tracking: TrackingSetup
    tracking_refresh: TrackingRefresh
    delivery_insight: DeliveryInsight
    accounts: AccountsService
    sync: SyncService
    push: PushService
    conflicts: Conflicts
    sku_links: SkuLinks

    def close(self) -> None:
        self.database.close()

    def recheck_prices_and_costs(self, job: Job | None = None) -> tuple[int, CostingOutcome]:
        """Rates or listings changed (a rate fetched or typed, a listing saved or repriced):
        flag the listings a rate move hurt and cost the orders that were waiting for a rate or
        a listing. Returns (listings flagged, costing)."""
        job = job or Job()
        flagged = self.pricing.refresh_alerts(job)
        self.profit.retry_incomplete()
        return flagged, self.profit.cost_orders(job)


def open_workspace(target: str, backup_dir: Path) -> Workspace:
    """Open `target` (a path or URL), refuse what is not a shop, back up and upgrade if needed.

    Raises DatabaseUnusable with a clear message; a refused database is never written to.
    """
    database = Database.open(target)
    try:
        backup = upgrade(database, backup_dir)
    except BaseException:
        database.close()
        raise
    retention = RetentionService(database)
    rates, pricing, profit = RatesService(database), PricingService(database), ProfitService(
        database)
    listings = ListingsService(database, backup_dir.parent / "images")
    replies = RepliesService(database)
    editor = ShipmentEditor(database)
    shipments = ShipmentsService(database, replies)
    secrets = SecretStore()
    accounts = AccountsService(database, secrets)
    return Workspace(
        database=database,
        upgrade_backup=backup,
        shop=ShopService(database),
        orders=OrdersService(database),
        customers=CustomersService(database),
        listings=listings,
        dashboard=DashboardService(database),
        choices=ChoicesService(database),
        maintenance=MaintenanceService(database, backup_dir),
        order_editor=OrderEditor(database),
        profiles=CustomerProfiles(database),
        notes=NotesService(database),
        feedback=FeedbackService(database),
        merges=MergeService(database),
        privacy=PrivacyService(database),
        imports=ImportService(database),
        replies=replies,
        exports=ExportService(database),
        loyalty=LoyaltyService(database),
        retention=retention,
        winback=WinbackService(database, retention),
        campaigns=CampaignService(database, retention),
        rates=rates,
        pricing=pricing,
        profit=profit,
        attention=AttentionService(pricing, profit, rates, database, shipments),
        returns=ReturnsService(database, listings),
        return_steps=ReturnSteps(database),
        return_policies=ReturnPolicies(database),
        return_insight=ReturnInsight(database),
        shipments=shipments,
        shipment_editor=editor,
        shipment_import=ShipmentImport(database, editor),
        tracking=TrackingSetup(database, secrets),
        tracking_refresh=TrackingRefresh(database),
        delivery_insight=DeliveryInsight(database),
        accounts=accounts,
        sync=SyncService(database, accounts),
        push=PushService(database, accounts),
        conflicts=Conflicts(database),
        sku_links=SkuLinks(database),
    )

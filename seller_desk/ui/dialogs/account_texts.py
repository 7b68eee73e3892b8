"""The account editor's texts per marketplace: where its credentials are found, its address."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from seller_desk.domain.orders import Marketplace
from seller_desk.services.sync.accounts import CREDENTIALS_ENV
from seller_desk.ui.text import fill

CONTEXT = "AccountEditor"
HELP = {
    Marketplace.SHOPIFY: QT_TRANSLATE_NOOP(
        "AccountEditor", "In your Shopify admin: Settings → Apps → Develop apps → your app → "
        "Admin API access token. Give the app read_orders, read_products and read_inventory; "
        "write_ ones as well to push changes."),
    Marketplace.WOOCOMMERCE: QT_TRANSLATE_NOOP(
        "AccountEditor", "In WordPress: WooCommerce → Settings → Advanced → REST API → Add key. "
        "Choose Read/Write to push stock, prices and parcels."),
    Marketplace.ETSY: QT_TRANSLATE_NOOP(
        "AccountEditor", "At etsy.com/developers → Your apps: the keystring and shared secret; "
        "the refresh token comes from signing in to your app once."),
    Marketplace.EBAY: QT_TRANSLATE_NOOP(
        "AccountEditor", "At developer.ebay.com → Application Keys (Production): App ID and "
        "Cert ID; the refresh token from User Tokens → Sign in to Production."),
}
# A store's own address; Etsy and eBay have one API for every shop.
STORE_EXAMPLES = {Marketplace.SHOPIFY: "https://your-shop.myshopify.com",
                  Marketplace.WOOCOMMERCE: "https://your-shop.example.com"}
API_ADDRESSES = {Marketplace.ETSY: "https://api.etsy.com", Marketplace.EBAY: "https://api.ebay.com"}
SOURCES = {
    "keyring": QT_TRANSLATE_NOOP("AccountEditor", "Stored in this computer's keyring."),
    "session": QT_TRANSLATE_NOOP(
        "AccountEditor", "Kept until Seller Desk closes (this computer has no keyring)."),
    "environment": QT_TRANSLATE_NOOP("AccountEditor", "From the environment variable %1."),
    "": QT_TRANSLATE_NOOP("AccountEditor", "None stored yet."),
}


def credential_help(marketplace: Marketplace) -> str:
    return QCoreApplication.translate(CONTEXT, HELP.get(marketplace, ""))


def address_placeholder(marketplace: Marketplace) -> str:
    if marketplace in API_ADDRESSES:
        return fill(QCoreApplication.translate("AccountEditor", "Empty: %1"),
                    API_ADDRESSES[marketplace])
    return STORE_EXAMPLES.get(marketplace, "https://")


def source_text(source: str) -> str:
    """Where the stored credentials come from, never what they are."""
    return fill(QCoreApplication.translate(CONTEXT, SOURCES.get(source, SOURCES[""])),
                CREDENTIALS_ENV)

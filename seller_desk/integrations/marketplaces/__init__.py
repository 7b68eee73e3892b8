"""Marketplace APIs (Shopify, WooCommerce, Etsy, eBay) behind one client shape: make_client."""

from __future__ import annotations

import requests

from seller_desk.domain.orders import Marketplace
from seller_desk.domain.sync import Credentials, ShopifyApi, SyncError
from seller_desk.integrations.marketplaces import messages
from seller_desk.integrations.marketplaces.base import MarketplaceClient, check_url

# Where a marketplace's API lives when the account gives no address of its own (Etsy and eBay
# have one API for every shop; Shopify and WooCommerce are reached at the store's address).
DEFAULT_URLS: dict[Marketplace, str] = {
    Marketplace.ETSY: "https://api.etsy.com",
    Marketplace.EBAY: "https://api.ebay.com",
}


def client_class(marketplace: Marketplace, api: str = "") -> type[MarketplaceClient]:
    """The client class of a marketplace (and Shopify API), imported only when asked for."""
    if marketplace is Marketplace.SHOPIFY:
        if api == ShopifyApi.REST:
            from seller_desk.integrations.marketplaces.shopify_rest import ShopifyRestClient

            return ShopifyRestClient
        from seller_desk.integrations.marketplaces.shopify_graphql import ShopifyGraphqlClient

        return ShopifyGraphqlClient
    if marketplace is Marketplace.WOOCOMMERCE:
        from seller_desk.integrations.marketplaces.woocommerce import WooCommerceClient

        return WooCommerceClient
    if marketplace is Marketplace.ETSY:
        from seller_desk.integrations.marketplaces.etsy import EtsyClient

        return EtsyClient
    if marketplace is Marketplace.EBAY:
        from seller_desk.integrations.marketplaces.ebay import EbayClient

        return EbayClient
    raise ValueError(f"{marketplace} has no API client")


def make_client(marketplace: Marketplace, url: str, credentials: Credentials, *,
                api: str = "", session: requests.Session | None = None) -> MarketplaceClient:
    """The client for one account; SyncError when its address or credentials are unusable."""
    if not any(credentials.values.values()):
        raise SyncError(marketplace, messages.NO_CREDENTIALS, fatal=True)
    base = check_url(url or DEFAULT_URLS.get(marketplace, ""), marketplace)
    return client_class(marketplace, api)(base, credentials,  # type: ignore[call-arg]
                                          session=session)

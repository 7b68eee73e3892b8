"""The GraphQL documents the Shopify client sends, sized to stay under the 1,000-point cap a
single query may cost (connections cost 2 + first * their node)."""

from __future__ import annotations

MAX_QUERY_COST = 1000
LINES = 5  # line items read with each order; an order with more is read again on its own
PARCEL_LINES = 5  # lines of each refund and parcel read with each order
DETAIL_LINES = 100  # lines per page when an order is read on its own
# What one order of the listing costs with the fields below (2 for the connection itself);
# the client learns the real figure from the first answer's requestedQueryCost.
ORDER_COST = 71
ORDER_PAGE = (MAX_QUERY_COST - 2) // ORDER_COST

_BUYER = "presentmentMoney { amount currencyCode }"
_BOTH = "shopMoney { amount currencyCode } presentmentMoney { amount currencyCode }"
_ADDRESS = "name address1 address2 city provinceCode zip countryCodeV2 phone"
_LINE = (f"id sku name quantity variant {{ id }} product {{ id }} "
         f"originalUnitPriceSet {{ {_BUYER} }}")


def _parcels(lines: int) -> str:
    """Refunds and fulfillments, each with its first `lines` lines."""
    shipped = "pageInfo { hasNextPage } nodes { quantity lineItem { id } }"
    return (f"refunds {{ id createdAt note totalRefundedSet {{ {_BUYER} }} "
            f"refundLineItems(first: {lines}) {{ {shipped} }} }} "
            f"fulfillments {{ id createdAt status displayStatus "
            f"trackingInfo {{ company number url }} "
            f"fulfillmentLineItems(first: {lines}) {{ {shipped} }} }}")


ORDER_FIELDS = (
    "id name createdAt processedAt updatedAt cancelledAt test tags email phone "
    "displayFinancialStatus displayFulfillmentStatus currencyCode presentmentCurrencyCode "
    f"subtotalPriceSet {{ {_BUYER} }} totalShippingPriceSet {{ {_BUYER} }} "
    f"totalTaxSet {{ {_BUYER} }} totalDiscountsSet {{ {_BUYER} }} totalPriceSet {{ {_BOTH} }} "
    f"customer {{ id firstName lastName phone }} shippingAddress {{ {_ADDRESS} }} "
    f"billingAddress {{ {_ADDRESS} }} "
    f"lineItems(first: {LINES}) {{ pageInfo {{ hasNextPage }} nodes {{ {_LINE} }} }} "
    f"{_parcels(PARCEL_LINES)}")

ORDERS = (
    "query Orders($first: Int!, $after: String, $query: String) { "
    "orders(first: $first, after: $after, sortKey: UPDATED_AT, query: $query) { "
    f"pageInfo {{ hasNextPage endCursor }} nodes {{ {ORDER_FIELDS} }} }} }}")

ORDER_DETAIL = (
    "query OrderDetail($id: ID!, $after: String) { order(id: $id) { id "
    f"lineItems(first: {DETAIL_LINES}, after: $after) {{ pageInfo {{ hasNextPage endCursor }} "
    f"nodes {{ {_LINE} }} }} {_parcels(DETAIL_LINES)} }} }}")

VARIANTS = (
    "query Variants($first: Int!, $after: String) { "
    "productVariants(first: $first, after: $after) { pageInfo { hasNextPage endCursor } "
    "nodes { id sku title price inventoryQuantity inventoryItem { id tracked } "
    "product { id title } } } }")

SHOP = ("query Shop { shop { name currencyCode } "
        "currentAppInstallation { accessScopes { handle } } }")

LOCATIONS = "query Locations { locations(first: 1) { nodes { id } } }"

VARIANT_ITEM = "query VariantItem($id: ID!) { productVariant(id: $id) { inventoryItem { id } } }"

FULFILLMENT_ORDERS = (
    "query FulfillmentOrders($id: ID!) { order(id: $id) { id fulfillmentOrders(first: 4) { "
    "nodes { id status lineItems(first: 100) { nodes { id remainingQuantity "
    "lineItem { id } } } } } } }")

SET_STOCK = (
    "mutation InventorySet($input: InventorySetQuantitiesInput!) { "
    "inventorySetQuantities(input: $input) { inventoryAdjustmentGroup { id } "
    "userErrors { field message code } } }")

SET_PRICE = (
    "mutation VariantPrice($productId: ID!, $variants: [ProductVariantsBulkInput!]!) { "
    "productVariantsBulkUpdate(productId: $productId, variants: $variants) { "
    "productVariants { id price } userErrors { field message } } }")

CREATE_FULFILLMENT = (
    "mutation FulfillmentCreate($fulfillment: FulfillmentInput!) { "
    "fulfillmentCreate(fulfillment: $fulfillment) { fulfillment { id status } "
    "userErrors { field message } } }")

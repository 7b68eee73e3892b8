"""The Shopify fake's GraphQL roots: the query fields (shop, scopes, orders, variants,
locations) and the mutations (stock, price, fulfillment) the clients use."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from tests.fakes.shopify_graphql import (
    Connection,
    GraphQLError,
    decode_cursor,
    encode_cursor,
    page_size,
    paged_list,
)
from tests.fakes.shopify_listing import SORTS, key_of, listed_key, ordered, search_range, window
from tests.fakes.shopify_payloads import (
    ITEM_BASE,
    LOCATION_ID,
    decimal_or_none,
    gid,
    gql_order,
    gql_time,
    gql_variant,
)

if TYPE_CHECKING:
    from tests.fakes.shopify_server import ShopifyFake

SCOPES_DOCS = "https://shopify.dev/api/usage/access-scopes"
REASONS = frozenset({"correction", "cycle_count_available", "damaged", "movement_created",
                     "movement_updated", "movement_received", "movement_canceled", "other",
                     "promotion", "quality_control", "received", "reservation_created",
                     "reservation_deleted", "reservation_updated", "restock", "safety_stock",
                     "shrinkage"})


def number_of(value: object, kind: str) -> int:
    """The number of a GID of `kind` ("gid://shopify/Order/5801"), else an invalid-id error."""
    text = str(value)
    prefix = f"gid://shopify/{kind}/"
    if not text.startswith(prefix) or not text.removeprefix(prefix).isdigit():
        raise GraphQLError(f"Invalid global id '{text}'", "argumentLiteralsIncompatible")
    return int(text.removeprefix(prefix))


def user_error(message: str, field: list[str], code: str | None = None) -> dict[str, Any]:
    return {"__typename": "UserError", "field": field, "message": message, "code": code}


class GraphqlRoutes:
    """Mixed into ShopifyFake."""

    def need(self: ShopifyFake, scope: str, field: str) -> None:
        if not self.has(scope):
            raise GraphQLError(
                f"Access denied for {field} field. Required access: `{scope}` access scope.",
                "ACCESS_DENIED", documentation=SCOPES_DOCS,
                requiredAccess=f"`{scope}` access scope.")

    def queries(self: ShopifyFake) -> dict[str, Any]:
        location = {"__typename": "Location", "id": gid("Location", LOCATION_ID),
                    "legacyResourceId": str(LOCATION_ID), "name": "Warehouse",
                    "isActive": True}
        return {
            "shop": {"__typename": "Shop", "name": self.name,
                     "currencyCode": self.shop.shop_currency,
                     "ianaTimezone": "America/New_York",
                     "myshopifyDomain": "lantern-and-loom.myshopify.com"},
            "currentAppInstallation": {
                "__typename": "AppInstallation",
                "accessScopes": [{"__typename": "AccessScope", "handle": scope}
                                 for scope in self.scopes]},
            "orders": self.gql_orders,
            "order": self.gql_one_order,
            "productVariants": self.gql_variants,
            "productVariant": self.gql_one_variant,
            "locations": lambda args: [location],
        }

    def mutations(self: ShopifyFake) -> dict[str, Any]:
        return {"inventorySetQuantities": self.gql_set_stock,
                "productVariantsBulkUpdate": self.gql_set_prices,
                "fulfillmentCreate": self.gql_fulfil}

    # --- reading ---
    def gql_orders(self: ShopifyFake, args: dict[str, Any]) -> Connection:
        self.need("read_orders", "orders")
        size = page_size(args)
        sort = args.get("sortKey") or "ID"
        if sort not in SORTS:
            raise GraphQLError(f"Argument 'sortKey' on Field 'orders' has an invalid value "
                               f"({sort}).", "argumentLiteralsIncompatible")
        reverse = bool(args.get("reverse"))
        key = key_of(sort, reverse)
        after = None
        if args.get("after"):
            after = listed_key(decode_cursor(args["after"]).get("last"))
            if after is None:
                raise GraphQLError("Invalid cursor for current pagination sort.", "badRequest")
        since, until = search_range(str(args.get("query") or ""))
        listing = ordered(self.shop, sort, reverse, since, until)
        items, more = window(listing, key, after, None, size, self.visible())
        nodes = [gql_order(order, self.by_sku) for order in items]
        cursors = {id(node): encode_cursor({"last": list(key(order))})
                   for node, order in zip(nodes, items, strict=True)}
        return Connection(nodes, lambda node: cursors[id(node)], has_next=more,
                          has_previous=after is not None)

    def gql_one_order(self: ShopifyFake, args: dict[str, Any]) -> dict[str, Any] | None:
        self.need("read_orders", "order")
        order = self.find(number_of(args.get("id"), "Order"))
        return None if order is None else gql_order(order, self.by_sku)

    def gql_variants(self: ShopifyFake, args: dict[str, Any]) -> Connection:
        self.need("read_products", "productVariants")
        variants = sorted(self.shop.variants, key=lambda v: v.variant_id)
        return paged_list([gql_variant(v) for v in variants], args)

    def gql_one_variant(self: ShopifyFake, args: dict[str, Any]) -> dict[str, Any] | None:
        self.need("read_products", "productVariant")
        found = self.shop.variant(number_of(args.get("id"), "ProductVariant"))
        return None if found is None else gql_variant(found)

    # --- changing ---
    def gql_set_stock(self: ShopifyFake, args: dict[str, Any]) -> dict[str, Any]:
        self.need("write_inventory", "inventorySetQuantities")
        given = args.get("input")
        given = given if isinstance(given, dict) else {}
        errors = []
        if given.get("name") not in {"available", "on_hand"}:
            errors.append(user_error("The quantity name must be either 'available' or "
                                     "'on_hand'.", ["input", "name"], "INVALID_NAME"))
        if given.get("reason") not in REASONS:
            errors.append(user_error("The specified reason is invalid.", ["input", "reason"],
                                     "INVALID_REASON"))
        changes = []
        quantities = given.get("quantities")
        for n, row in enumerate(quantities if isinstance(quantities, list) else []):
            where = ["input", "quantities", str(n)]
            variant = self.shop.variant(number_of(row.get("inventoryItemId"),
                                                  "InventoryItem") - ITEM_BASE)
            if variant is None:
                errors.append(user_error("The specified inventory item could not be found.",
                                         [*where, "inventoryItemId"], "INVALID_INVENTORY_ITEM"))
            elif row.get("locationId") != gid("Location", LOCATION_ID):
                errors.append(user_error("The specified location could not be found.",
                                         [*where, "locationId"], "INVALID_LOCATION"))
            elif type(row.get("quantity")) is not int:
                errors.append(user_error("The quantity must be a whole number.",
                                         [*where, "quantity"], "INVALID_QUANTITY"))
            elif not given.get("ignoreCompareQuantity") and "compareQuantity" not in row:
                errors.append(user_error(
                    "The compareQuantity argument must be given to each quantity or ignored "
                    "using ignoreCompareQuantity.", [*where, "compareQuantity"],
                    "COMPARE_QUANTITY_REQUIRED"))
            else:
                changes.append((variant, row["quantity"]))
        if not changes and not errors:
            errors.append(user_error("No quantities were given.", ["input", "quantities"]))
        if errors:
            return {"__typename": "InventorySetQuantitiesPayload",
                    "inventoryAdjustmentGroup": None, "userErrors": errors}
        for variant, quantity in changes:
            self.set_stock(variant, quantity)
        group = {"__typename": "InventoryAdjustmentGroup",
                 "id": gid("InventoryAdjustmentGroup", 9_000 + len(self.pushed_stock)),
                 "reason": given["reason"], "createdAt": gql_time(self._moment())}
        return {"__typename": "InventorySetQuantitiesPayload",
                "inventoryAdjustmentGroup": group, "userErrors": []}

    def gql_set_prices(self: ShopifyFake, args: dict[str, Any]) -> dict[str, Any]:
        self.need("write_products", "productVariantsBulkUpdate")
        product_id = number_of(args.get("productId"), "Product")
        rows = args.get("variants")
        changes, errors = [], []
        for n, row in enumerate(rows if isinstance(rows, list) else []):
            where = ["variants", str(n)]
            variant = self.shop.variant(number_of(row.get("id"), "ProductVariant"))
            price = decimal_or_none(row.get("price"))
            if variant is None or variant.product_id != product_id:
                errors.append(user_error("Product variant does not exist", [*where, "id"],
                                         "PRODUCT_VARIANT_DOES_NOT_EXIST"))
            elif price is None:
                errors.append(user_error("Price is invalid", [*where, "price"], "INVALID"))
            else:
                changes.append((variant, price))
        if errors or not changes:
            return {"__typename": "ProductVariantsBulkUpdatePayload", "product": None,
                    "productVariants": None,
                    "userErrors": errors or [user_error("No variants were given.",
                                                        ["variants"])]}
        for variant, price in changes:
            self.set_price(variant, Decimal(price))
        return {"__typename": "ProductVariantsBulkUpdatePayload",
                "product": {"__typename": "Product", "id": gid("Product", product_id)},
                "productVariants": [gql_variant(v) for v, _ in changes], "userErrors": []}

    def gql_fulfil(self: ShopifyFake, args: dict[str, Any]) -> dict[str, Any]:
        self.need("write_fulfillments", "fulfillmentCreate")
        given = args.get("fulfillment")
        given = given if isinstance(given, dict) else {}
        groups = []
        for group in given.get("lineItemsByFulfillmentOrder") or []:
            rows = group.get("fulfillmentOrderLineItems")
            groups.append((number_of(group.get("fulfillmentOrderId"), "FulfillmentOrder"),
                           None if rows is None else
                           [(number_of(row.get("id"), "FulfillmentOrderLineItem"),
                             row.get("quantity")) for row in rows]))
        tracking = given.get("trackingInfo") or {}
        result = self.fulfil(groups, str(tracking.get("company") or ""),
                             str(tracking.get("number") or ""), str(tracking.get("url") or ""),
                             bool(given.get("notifyCustomer")), "graphql")
        if isinstance(result, str):
            return {"__typename": "FulfillmentCreatePayload", "fulfillment": None,
                    "userErrors": [user_error(result, ["fulfillment"])]}
        return {"__typename": "FulfillmentCreatePayload", "userErrors": [], "fulfillment": {
            "__typename": "Fulfillment", "id": gid("Fulfillment", result.fulfillment_id),
            "legacyResourceId": str(result.fulfillment_id), "status": "SUCCESS",
            "createdAt": gql_time(result.created),
            "trackingInfo": [{"__typename": "FulfillmentTrackingInfo", "company": result.carrier,
                              "number": result.number, "url": tracking.get("url")}]}}

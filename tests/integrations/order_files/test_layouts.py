import pytest

from seller_desk.domain.imports import ColumnMapping, FileFormat, FileImportError, ImportedLine
from seller_desk.domain.orders import OrderStatus
from seller_desk.integrations.order_files import guess_format, read_order_file
from seller_desk.integrations.order_files.layouts import LINE_FIELDS, ROW_AMOUNT_FIELDS, F

from .helpers import utc, write

# "Advanced Order Export For WooCommerce", its default fields and labels; no currency column.
ADVANCED = (
    '"Order Number","Order Status","Order Date","Customer Note","First Name (Billing)",'
    '"Last Name (Billing)","Company (Billing)","Address 1&2 (Billing)","City (Billing)",'
    '"State Code (Billing)","Postcode (Billing)","Country Code (Billing)","Email (Billing)",'
    '"Phone (Billing)","First Name (Shipping)","Last Name (Shipping)","Address 1&2 (Shipping)",'
    '"City (Shipping)","State Code (Shipping)","Postcode (Shipping)","Country Code (Shipping)",'
    '"Payment Method Title","Cart Discount Amount","Order Subtotal Amount",'
    '"Shipping Method Title","Order Shipping Amount","Order Refund Amount",'
    '"Order Total Amount","Order Total Tax Amount","SKU","Item #","Item Name","Quantity",'
    '"Item Cost","Coupon Code"\n'
    '4711,Processing,"2025-04-05 14:03",,Ana,Ruiz,,"Calle Mayor 1, 2B",Madrid,M,28013,ES,'
    'ana@example.es,600000000,Ana,Ruiz,"Calle Mayor 1, 2B",Madrid,M,28013,ES,Card,0,30.00,'
    'Flat rate,4.00,0,34.00,0,MUG-01,1,"Mug, blue",2,15.00,\n'
    '4711,Processing,"2025-04-05 14:03",,Ana,Ruiz,,"Calle Mayor 1, 2B",Madrid,M,28013,ES,'
    'ana@example.es,600000000,Ana,Ruiz,"Calle Mayor 1, 2B",Madrid,M,28013,ES,Card,0,30.00,'
    'Flat rate,4.00,0,34.00,0,,2,"Gift card",1,0,\n'
)


def test_advanced_order_export_headers_with_a_default_currency(tmp_path):
    path = write(tmp_path, "woo.csv", ADVANCED)
    with pytest.raises(FileImportError, match="'order_currency'"):
        read_order_file(path, FileFormat.WOOCOMMERCE)
    mapping = ColumnMapping({}, default_currency="EUR")
    parsed = read_order_file(path, FileFormat.WOOCOMMERCE, mapping=mapping)
    assert parsed.problems == ()
    (order,) = parsed.orders
    assert (order.external_id, order.number, order.status, order.currency) == (
        "4711", "4711", OrderStatus.PAID, "EUR")
    assert order.placed_at == utc(2025, 4, 5, 14, 3)
    assert (order.subtotal_minor, order.shipping_minor, order.total_minor) == (3000, 400, 3400)
    assert order.lines == (ImportedLine("MUG-01", "Mug, blue", 2, 1500),
                           ImportedLine("", "Gift card", 1, 0))
    assert (order.customer.name, order.customer.email, order.customer.country) == (
        "Ana Ruiz", "ana@example.es", "ES")
    assert order.ship_address == "Ana Ruiz\nCalle Mayor 1, 2B\nMadrid, M, 28013"
    assert guess_format(ADVANCED.splitlines()[0].replace('"', "").split(",")) is (
        FileFormat.WOOCOMMERCE)


@pytest.mark.parametrize(("columns", "expected"), [
    (["Name", "Email", "Financial Status", "Lineitem name"], FileFormat.SHOPIFY),
    (["amazon-order-id", "purchase-date", "sku"], FileFormat.AMAZON),
    (["order-id", "order-item-id", "purchase-date", "sku"], FileFormat.AMAZON),
    (["Sale Date", "Order ID", "Order Total"], FileFormat.ETSY),
    (["Sale Date", "Item Name", "Order ID"], FileFormat.ETSY),
    (["order_id", "order_date", "billing_email", "item_sku"], FileFormat.WOOCOMMERCE),
    (["Order ID", "Order Date", "Total"], FileFormat.GENERIC),
    (["Bestellung", "Datum"], None),
])
def test_guess_format_from_telltale_headers(columns, expected):
    assert guess_format(columns) is expected


def test_an_amazon_promotion_continuation_row_adds_to_its_order(tmp_path):
    text = ("amazon-order-id\tpurchase-date\torder-status\tproduct-name\tsku\tquantity\tcurrency\t"
            "item-price\titem-promotion-discount\n"
            "111-1\t2025-05-01T10:00:00Z\tShipped\tSpoon\tOWS-1\t1\tUSD\t12.50\t-1.00\n"
            "111-1\t\t\t\t\t\t\t\t-0.50\n")
    (order,) = read_order_file(write(tmp_path, "a.txt", text), FileFormat.AMAZON).orders
    assert (order.subtotal_minor, order.discount_minor, order.total_minor, order.rows) == (
        1250, 150, 1100, (2, 3))


def test_line_tuples_follow_the_positions_the_line_reader_reads():
    assert LINE_FIELDS[:5] == (F.SKU, F.TITLE, F.QUANTITY, F.UNIT_PRICE, F.LINE_TOTAL)
    assert LINE_FIELDS[5:10] == ROW_AMOUNT_FIELDS
    assert LINE_FIELDS[10] == F.LINE_STATUS

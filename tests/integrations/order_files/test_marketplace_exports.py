from seller_desk.domain.imports import FileFormat, ImportedCustomer, ImportedLine
from seller_desk.domain.orders import OrderStatus
from seller_desk.integrations.order_files import read_order_file

from .helpers import DATA, utc


def by_number(parsed):
    return {order.number: order for order in parsed.orders}


def test_shopify_export_orders_with_lines_refunds_and_cancellations():
    parsed = read_order_file(DATA / "shopify_orders.csv", FileFormat.SHOPIFY)
    assert parsed.problems == ()
    assert (parsed.row_count, parsed.encoding, parsed.delimiter) == (6, "utf-8", ",")
    orders = by_number(parsed)
    assert list(orders) == ["#1001", "#1002", "#1003", "#1004"]

    first = orders["#1001"]
    assert first.external_id == "5123456789012"
    assert first.placed_at == utc(2025, 3, 2, 2, 15)
    assert first.status is OrderStatus.SHIPPED
    assert (first.currency, first.subtotal_minor, first.shipping_minor, first.tax_minor,
            first.discount_minor, first.total_minor) == ("USD", 4500, 500, 360, 0, 5360)
    assert first.lines == (
        ImportedLine("APR-BLU", "Linen Apron - Blue", 2, 1500),
        ImportedLine("TT-01", 'Tea Towel, "Waves"', 1, 1500),
    )
    # The first row's Notes hold a line break: rows are counted as a spreadsheet shows them.
    assert first.rows == (2, 3)
    assert first.tags == ("vip", "wholesale")
    assert first.customer == ImportedCustomer(
        email="mei.lin@example.com", name="Mei Lin", phone="+1 206 555 0101", country="US",
        city="Seattle", postcode="98101", accepts_marketing=True,
    )
    assert first.ship_country == "US"
    assert first.ship_address == "Mei Lin\n12 Harbor Rd\nApt 4\nSeattle, WA, 98101"

    refunded = orders["#1002"]
    assert refunded.status is OrderStatus.REFUNDED
    assert (refunded.currency, refunded.total_minor) == ("EUR", 2940)
    assert refunded.placed_at == utc(2025, 3, 4, 6, 59, 30)
    assert refunded.customer.accepts_marketing is False

    cancelled = orders["#1003"]
    assert cancelled.status is OrderStatus.CANCELLED
    assert (cancelled.subtotal_minor, cancelled.discount_minor, cancelled.total_minor) == (
        6000, 600, 5400)
    assert [line.sku for line in cancelled.lines] == ["CND-01", "CND-HLD"]

    yen = orders["#1004"]
    assert yen.status is OrderStatus.PARTIALLY_REFUNDED
    assert (yen.currency, yen.subtotal_minor, yen.shipping_minor, yen.total_minor) == (
        "JPY", 2400, 800, 3200)
    assert yen.lines == (ImportedLine("FRS-01", "Furoshiki", 2, 1200),)
    assert yen.customer.name == "山田 由紀"


def test_woocommerce_one_row_per_item_statuses_and_refunds():
    parsed = read_order_file(DATA / "woocommerce_orders.csv", FileFormat.WOOCOMMERCE)
    assert parsed.problems == ()
    orders = by_number(parsed)
    assert {number: order.status for number, order in orders.items()} == {
        "2001": OrderStatus.PAID,  # processing
        "2002": OrderStatus.PARTIALLY_REFUNDED,  # completed, 5.00 of 30.00 refunded
        "2003": OrderStatus.PENDING,  # on-hold
        "2004": OrderStatus.CANCELLED,  # wc-cancelled
        "2005": OrderStatus.CANCELLED,  # failed
    }
    paid = orders["2001"]
    assert (paid.subtotal_minor, paid.shipping_minor, paid.tax_minor, paid.total_minor) == (
        2500, 450, 590, 3540)
    assert paid.placed_at == utc(2025, 4, 1, 9, 12, 45)  # no offset in the file: UTC
    assert paid.customer == ImportedCustomer(
        external_id="17", email="oliver.hughes@example.co.uk", name="Oliver Hughes",
        phone="07700 900123", country="GB", city="Manchester", postcode="M1 1AE",
    )
    assert paid.lines == (
        ImportedLine("SCF-GRY", "Wool Scarf", 1, 2000), ImportedLine("BNE-01", "Beanie", 1, 500))
    assert orders["2002"].customer.external_id == ""  # customer 0 is a guest
    assert orders["2002"].discount_minor == 500
    # A line priced only by its subtotal: 12.00 for 3 is 4.00 each.
    assert orders["2003"].lines == (ImportedLine("", "Sticker Pack", 3, 400),)
    assert orders["2003"].customer.country == "IE"  # "Ireland"
    assert orders["2005"].customer.country == "KR"  # "South Korea"


def test_etsy_orders_file_has_orders_without_lines():
    parsed = read_order_file(DATA / "etsy_sold_orders.csv", FileFormat.ETSY)
    assert parsed.problems == ()
    orders = by_number(parsed)
    shipped = orders["3012345678"]
    assert shipped.placed_at == utc(2025, 3, 2)  # MM/DD/YY
    assert shipped.status is OrderStatus.SHIPPED
    assert (shipped.subtotal_minor, shipped.shipping_minor, shipped.tax_minor,
            shipped.total_minor) == (3800, 650, 304, 4754)
    assert shipped.lines == ()
    assert shipped.customer == ImportedCustomer(
        external_id="emilyc88", name="Emily Carter", country="US", city="Portland",
        postcode="97205",
    )
    unshipped = orders["3012345679"]
    assert (unshipped.status, unshipped.currency, unshipped.discount_minor) == (
        OrderStatus.PAID, "GBP", 220)
    assert unshipped.customer.country == "GB"  # "United Kingdom"
    assert unshipped.ship_address == "Harry Patel\n7 Mill Lane\nFlat 2\nLeeds, LS1 4AP"
    refunded = orders["3012345680"]  # an adjusted total of 20,00 on 35,00
    assert (refunded.status, refunded.total_minor, refunded.ship_country) == (
        OrderStatus.PARTIALLY_REFUNDED, 3500, "DE")


def test_etsy_items_file_adds_up_its_lines():
    parsed = read_order_file(DATA / "etsy_sold_order_items.csv", FileFormat.ETSY)
    assert parsed.problems == ()
    orders = by_number(parsed)
    two_items = orders["3012345678"]
    assert two_items.lines == (
        ImportedLine("MUG-01", "Handmade Mug, speckled", 1, 2400),
        ImportedLine("TT-01", "Tea Towel", 2, 700),
    )
    assert two_items.rows == (2, 3)
    # Order shipping and tax repeat on each item row and count once.
    assert (two_items.subtotal_minor, two_items.shipping_minor, two_items.tax_minor,
            two_items.total_minor) == (3800, 650, 304, 4754)
    assert two_items.customer.email == ""  # Etsy gives none
    discounted = orders["3012345679"]
    assert (discounted.discount_minor, discounted.total_minor) == (220, 2375)
    assert discounted.status is OrderStatus.PAID


def test_amazon_all_orders_report():
    parsed = read_order_file(DATA / "amazon_all_orders.txt", FileFormat.AMAZON)
    assert parsed.problems == ()
    assert parsed.delimiter == "\t"
    orders = by_number(parsed)
    shipped = orders["111-4567890-1234567"]
    assert shipped.status is OrderStatus.SHIPPED
    # item-price is for the whole quantity: 39.98 for 2 is 19.99 each.
    assert shipped.lines == (
        ImportedLine("BCB-L", "Bamboo Cutting Board, Large", 2, 1999),
        ImportedLine("OWS-1", "Olive Wood Spoon", 1, 1250),
    )
    assert (shipped.subtotal_minor, shipped.shipping_minor, shipped.tax_minor,
            shipped.discount_minor, shipped.total_minor) == (5248, 599, 468, 799, 5516)
    # Amazon hides the buyer: nothing is invented.
    assert (shipped.customer.email, shipped.customer.name) == ("", "")
    assert (shipped.customer.country, shipped.ship_address) == ("US", "AUSTIN, TX, 78701")

    pending = orders["112-1111111-2222222"]
    assert pending.status is OrderStatus.PENDING
    assert pending.placed_at == utc(2025, 5, 2, 15, 0)

    cancelled = orders["113-3333333-4444444"]
    assert cancelled.status is OrderStatus.CANCELLED
    assert (cancelled.currency, cancelled.lines, cancelled.total_minor) == ("USD", (), 0)

    yen = orders["250-5555555-6666666"]
    assert (yen.status, yen.currency) == (OrderStatus.PAID, "JPY")
    assert yen.lines == (ImportedLine("FRS-01", "Furoshiki Wrapping Cloth", 3, 1200),)
    assert (yen.shipping_minor, yen.total_minor) == (600, 4200)


def test_amazon_order_report_layout_with_buyer_details(tmp_path):
    header = ("order-id\torder-item-id\tpurchase-date\tpayments-date\tbuyer-email\tbuyer-name\t"
              "buyer-phone-number\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\t"
              "item-tax\tshipping-price\tshipping-tax\tship-service-level\trecipient-name\t"
              "ship-address-1\tship-address-2\tship-address-3\tship-city\tship-state\t"
              "ship-postal-code\tship-country\n")
    row = ("203-1234567-7654321\t0583563777345\t2025-06-01T10:00:00+00:00\t"
           "2025-06-01T10:05:00+00:00\tabc123@marketplace.amazon.co.uk\tJoe Smith\t07700900000\t"
           "MUG-01\tStoneware Mug\t2\tGBP\t25.00\t0\t3.99\t0\tStandard\tJoe Smith\t1 High St\t\t\t"
           "London\t\tEC1A 1BB\tGB\n")
    path = tmp_path / "orders.txt"
    path.write_text(header + row, encoding="utf-8")
    parsed = read_order_file(path, FileFormat.AMAZON)
    (order,) = parsed.orders
    assert order.status is OrderStatus.PAID  # no status column: new orders are paid
    assert order.customer.email == "abc123@marketplace.amazon.co.uk"
    assert order.customer.name == "Joe Smith"
    assert order.lines == (ImportedLine("MUG-01", "Stoneware Mug", 2, 1250),)
    assert order.ship_address == "Joe Smith\n1 High St\nLondon, EC1A 1BB"

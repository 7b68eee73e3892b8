"""Initial shop schema: accounts, listings and offers, customers, orders and lines, settings.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 22:46:22.298917
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('listings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('sku_key', sa.String(length=64).with_variant(sa.String(length=64, collation='C'), 'postgresql'), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('title_key', sa.String(length=255).with_variant(sa.String(length=255, collation='C'), 'postgresql'), nullable=False),
    sa.Column('description', sa.String(length=4000), nullable=False),
    sa.Column('parent_sku', sa.String(length=64), nullable=False),
    sa.Column('cost_minor', sa.BigInteger(), nullable=False),
    sa.Column('cost_currency', sa.String(length=3), nullable=False),
    sa.Column('weight_grams', sa.Integer(), nullable=False),
    sa.Column('stock_on_hand', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_listings')),
    sa.UniqueConstraint('sku', name=op.f('uq_listings_sku')),
    sa.UniqueConstraint('sku_key', name=op.f('uq_listings_sku_key'))
    )
    with op.batch_alter_table('listings', schema=None) as batch_op:
        batch_op.create_index('ix_listings_cost', ['cost_currency', 'cost_minor', 'id'], unique=False)
        batch_op.create_index('ix_listings_stock', ['stock_on_hand', 'id'], unique=False)
        batch_op.create_index('ix_listings_title', ['title_key', 'id'], unique=False)
        batch_op.create_index('ix_listings_updated', ['updated_at', 'id'], unique=False)

    op.create_table('marketplace_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('marketplace', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('store_url', sa.String(length=255), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_marketplace_accounts')),
    sa.UniqueConstraint('name', name=op.f('uq_marketplace_accounts_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('channel_offers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('listing_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=False),
    sa.Column('title_override', sa.String(length=255), nullable=False),
    sa.Column('price_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('quantity_buffer', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['marketplace_accounts.id'], name=op.f('fk_channel_offers_account_id_marketplace_accounts')),
    sa.ForeignKeyConstraint(['listing_id'], ['listings.id'], name=op.f('fk_channel_offers_listing_id_listings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channel_offers')),
    sa.UniqueConstraint('listing_id', 'account_id', name=op.f('uq_channel_offers_listing_id_account_id'))
    )
    with op.batch_alter_table('channel_offers', schema=None) as batch_op:
        batch_op.create_index('ix_channel_offers_account', ['account_id', 'listing_id'], unique=False)

    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('name_key', sa.String(length=120).with_variant(sa.String(length=120, collation='C'), 'postgresql'), nullable=False),
    sa.Column('email', sa.String(length=254).with_variant(sa.String(length=254, collation='C'), 'postgresql'), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('phone_key', sa.String(length=40).with_variant(sa.String(length=40, collation='C'), 'postgresql'), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('postcode', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('order_count', sa.Integer(), nullable=False),
    sa.Column('spent_base_minor', sa.BigInteger(), nullable=False),
    sa.Column('first_order_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_order_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['marketplace_accounts.id'], name=op.f('fk_customers_account_id_marketplace_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index('ix_customers_account', ['account_id', 'id'], unique=False)
        batch_op.create_index('ix_customers_country', ['country', 'id'], unique=False)
        batch_op.create_index('ix_customers_currency', ['currency', 'id'], unique=False)
        batch_op.create_index('ix_customers_email', ['email', 'id'], unique=False)
        batch_op.create_index('ix_customers_first', ['first_order_at', 'id'], unique=False)
        batch_op.create_index('ix_customers_language', ['language', 'id'], unique=False)
        batch_op.create_index('ix_customers_last', ['last_order_at', 'id'], unique=False)
        batch_op.create_index('ix_customers_name', ['name_key', 'id'], unique=False)
        batch_op.create_index('ix_customers_orders', ['order_count', 'id'], unique=False)
        batch_op.create_index('ix_customers_phone', ['phone_key', 'id'], unique=False)
        batch_op.create_index('ix_customers_spent', ['spent_base_minor', 'id'], unique=False)

    op.create_table('orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('number_key', sa.String(length=64).with_variant(sa.String(length=64, collation='C'), 'postgresql'), nullable=False),
    sa.Column('placed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('buyer_name', sa.String(length=120), nullable=False),
    sa.Column('buyer_name_key', sa.String(length=120).with_variant(sa.String(length=120, collation='C'), 'postgresql'), nullable=False),
    sa.Column('buyer_email', sa.String(length=254).with_variant(sa.String(length=254, collation='C'), 'postgresql'), nullable=False),
    sa.Column('ship_country', sa.String(length=2), nullable=False),
    sa.Column('ship_address', sa.String(length=500), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('subtotal_minor', sa.BigInteger(), nullable=False),
    sa.Column('shipping_minor', sa.BigInteger(), nullable=False),
    sa.Column('tax_minor', sa.BigInteger(), nullable=False),
    sa.Column('discount_minor', sa.BigInteger(), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.Column('base_currency', sa.String(length=3), nullable=False),
    sa.Column('rate_to_base', sa.String(length=40), nullable=False),
    sa.Column('total_base_minor', sa.BigInteger(), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['marketplace_accounts.id'], name=op.f('fk_orders_account_id_marketplace_accounts')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_orders_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders')),
    sa.UniqueConstraint('account_id', 'external_id', name=op.f('uq_orders_account_id_external_id'))
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_account', ['account_id', 'placed_at', 'id'], unique=False)
        batch_op.create_index('ix_orders_buyer_email', ['buyer_email', 'id'], unique=False)
        batch_op.create_index('ix_orders_buyer_name', ['buyer_name_key', 'id'], unique=False)
        batch_op.create_index('ix_orders_country', ['ship_country', 'placed_at', 'id'], unique=False)
        batch_op.create_index('ix_orders_currency', ['currency', 'total_minor', 'id'], unique=False)
        batch_op.create_index('ix_orders_customer', ['customer_id', 'placed_at'], unique=False)
        batch_op.create_index('ix_orders_number', ['number_key', 'id'], unique=False)
        batch_op.create_index('ix_orders_placed', ['placed_at', 'id'], unique=False)
        batch_op.create_index('ix_orders_status', ['status', 'placed_at', 'id'], unique=False)
        batch_op.create_index('ix_orders_total_base', ['total_base_minor', 'id'], unique=False)

    op.create_table('order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('listing_id', sa.Integer(), nullable=True),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('sku_key', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price_minor', sa.BigInteger(), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['listing_id'], ['listings.id'], name=op.f('fk_order_lines_listing_id_listings')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_lines_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_lines'))
    )
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.create_index('ix_order_lines_listing', ['listing_id', 'order_id'], unique=False)
        batch_op.create_index('ix_order_lines_order', ['order_id'], unique=False)
        batch_op.create_index('ix_order_lines_sku', ['sku_key', 'order_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_order_lines_sku')
        batch_op.drop_index('ix_order_lines_order')
        batch_op.drop_index('ix_order_lines_listing')

    op.drop_table('order_lines')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index('ix_orders_total_base')
        batch_op.drop_index('ix_orders_status')
        batch_op.drop_index('ix_orders_placed')
        batch_op.drop_index('ix_orders_number')
        batch_op.drop_index('ix_orders_customer')
        batch_op.drop_index('ix_orders_currency')
        batch_op.drop_index('ix_orders_country')
        batch_op.drop_index('ix_orders_buyer_name')
        batch_op.drop_index('ix_orders_buyer_email')
        batch_op.drop_index('ix_orders_account')

    op.drop_table('orders')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_spent')
        batch_op.drop_index('ix_customers_phone')
        batch_op.drop_index('ix_customers_orders')
        batch_op.drop_index('ix_customers_name')
        batch_op.drop_index('ix_customers_last')
        batch_op.drop_index('ix_customers_language')
        batch_op.drop_index('ix_customers_first')
        batch_op.drop_index('ix_customers_email')
        batch_op.drop_index('ix_customers_currency')
        batch_op.drop_index('ix_customers_country')
        batch_op.drop_index('ix_customers_account')

    op.drop_table('customers')
    with op.batch_alter_table('channel_offers', schema=None) as batch_op:
        batch_op.drop_index('ix_channel_offers_account')

    op.drop_table('channel_offers')
    op.drop_table('settings')
    op.drop_table('marketplace_accounts')
    with op.batch_alter_table('listings', schema=None) as batch_op:
        batch_op.drop_index('ix_listings_updated')
        batch_op.drop_index('ix_listings_title')
        batch_op.drop_index('ix_listings_stock')
        batch_op.drop_index('ix_listings_cost')

    op.drop_table('listings')

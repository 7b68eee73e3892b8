"""Listing details and images, offers per currency, price rules, and per-order profit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 09:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('listings', sa.Column('hs_code', sa.String(length=12), server_default='', nullable=False))
    op.add_column('listings', sa.Column('origin_country', sa.String(length=2), server_default='', nullable=False))
    op.add_column('listings', sa.Column('tags', sa.String(length=500), server_default='', nullable=False))
    op.add_column('listings', sa.Column('price_alert', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_index('ix_listings_alert', 'listings', ['price_alert', 'id'], unique=False)

    op.create_table('listing_images',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('listing_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['listing_id'], ['listings.id'], name=op.f('fk_listing_images_listing_id_listings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_listing_images'))
    )
    op.create_index('ix_listing_images_listing', 'listing_images', ['listing_id', 'position'], unique=False)

    # A store selling in several currencies has one offer per currency; the offers table is
    # small, so rebuilding it (SQLite cannot drop a constraint in place) costs nothing.
    with op.batch_alter_table('channel_offers', schema=None) as batch_op:
        batch_op.drop_constraint('uq_channel_offers_listing_id_account_id', type_='unique')
        batch_op.create_unique_constraint(
            batch_op.f('uq_channel_offers_listing_id_account_id_currency'),
            ['listing_id', 'account_id', 'currency'])
        batch_op.add_column(sa.Column('price_set_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('price_rate', sa.String(length=40), nullable=True))

    op.create_table('price_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('shipping_minor', sa.BigInteger(), nullable=False),
    sa.Column('fixed_fee_minor', sa.BigInteger(), nullable=False),
    sa.Column('marketplace_fee_pct', sa.String(length=40), nullable=False),
    sa.Column('payment_fee_pct', sa.String(length=40), nullable=False),
    sa.Column('target_margin_pct', sa.String(length=40), nullable=False),
    sa.Column('min_margin_pct', sa.String(length=40), nullable=False),
    sa.Column('vat_pct', sa.String(length=40), nullable=False),
    sa.Column('prices_include_vat', sa.Boolean(), nullable=False),
    sa.Column('rounding', sa.String(length=24), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['marketplace_accounts.id'], name=op.f('fk_price_rules_account_id_marketplace_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_price_rules')),
    sa.UniqueConstraint('account_id', 'currency', name=op.f('uq_price_rules_account_id_currency'))
    )

    # Plain ADD COLUMN (nullable or with a constant default) on the two largest tables: SQLite
    # rewrites no row, so a shop of a million orders upgrades in a moment. The costing service
    # fills these in the background.
    op.add_column('orders', sa.Column('marketplace_fee_minor', sa.BigInteger(), nullable=True))
    op.add_column('orders', sa.Column('payment_fee_minor', sa.BigInteger(), nullable=True))
    op.add_column('orders', sa.Column('shipping_cost_base_minor', sa.BigInteger(), nullable=True))
    op.add_column('orders', sa.Column('fees_estimated', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('orders', sa.Column('cost_base_minor', sa.BigInteger(), nullable=True))
    op.add_column('orders', sa.Column('margin_base_minor', sa.BigInteger(), nullable=True))
    op.create_index('ix_orders_margin', 'orders', ['margin_base_minor', 'id'], unique=False)
    op.add_column('order_lines', sa.Column('unit_cost_minor', sa.BigInteger(), nullable=True))
    op.add_column('order_lines', sa.Column('cost_currency', sa.String(length=3), nullable=True))
    op.add_column('order_lines', sa.Column('cost_rate', sa.String(length=40), nullable=True))
    op.add_column('order_lines', sa.Column('cost_base_minor', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): rebuilding orders in a batch would drop the table, and
    # with foreign keys on, that deletes every order line with it.
    for column in ('cost_base_minor', 'cost_rate', 'cost_currency', 'unit_cost_minor'):
        op.drop_column('order_lines', column)
    op.drop_index('ix_orders_margin', table_name='orders')
    for column in ('margin_base_minor', 'cost_base_minor', 'fees_estimated',
                   'shipping_cost_base_minor', 'payment_fee_minor', 'marketplace_fee_minor'):
        op.drop_column('orders', column)
    op.drop_table('price_rules')
    with op.batch_alter_table('channel_offers', schema=None) as batch_op:
        batch_op.drop_column('price_rate')
        batch_op.drop_column('price_set_at')
        batch_op.drop_constraint('uq_channel_offers_listing_id_account_id_currency', type_='unique')
        batch_op.create_unique_constraint(
            batch_op.f('uq_channel_offers_listing_id_account_id'), ['listing_id', 'account_id'])
    op.drop_index('ix_listing_images_listing', table_name='listing_images')
    op.drop_table('listing_images')
    op.drop_index('ix_listings_alert', table_name='listings')
    for column in ('price_alert', 'tags', 'origin_country', 'hs_code'):
        op.drop_column('listings', column)  # order lines refer to listings: no rebuild

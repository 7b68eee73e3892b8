"""Loyalty ledger, campaigns, refunded amounts and test orders.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 02:45:09.231323
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('campaigns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('offer', sa.String(length=200), nullable=False),
    sa.Column('audience', sa.String(length=200), nullable=False),
    sa.Column('window_days', sa.Integer(), nullable=False),
    sa.Column('holdout_percent', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns'))
    )
    op.create_table('campaign_members',
    sa.Column('campaign_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('holdout', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_members_campaign_id_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_campaign_members_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('campaign_id', 'customer_id', name=op.f('pk_campaign_members'))
    )
    with op.batch_alter_table('campaign_members', schema=None) as batch_op:
        batch_op.create_index('ix_campaign_members_customer', ['customer_id'], unique=False)

    op.create_table('loyalty_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('points', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('tier', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_loyalty_entries_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_loyalty_entries_order_id_orders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_loyalty_entries'))
    )
    with op.batch_alter_table('loyalty_entries', schema=None) as batch_op:
        batch_op.create_index('ix_loyalty_entries_customer', ['customer_id', 'at', 'id'], unique=False)
        batch_op.create_index('ix_loyalty_entries_order', ['order_id'], unique=False)

    # Plain ADD COLUMN with a constant default: SQLite changes no row, so a shop of a million
    # orders upgrades in a moment instead of copying its largest table.
    op.add_column('orders', sa.Column('refunded_minor', sa.BigInteger(), server_default='0', nullable=False))
    op.add_column('orders', sa.Column('refunded_base_minor', sa.BigInteger(), server_default='0', nullable=False))
    op.add_column('orders', sa.Column('is_test', sa.Boolean(), server_default=sa.false(), nullable=False))
    op.create_index('ix_orders_updated', 'orders', ['updated_at', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_orders_updated', table_name='orders')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('is_test')
        batch_op.drop_column('refunded_base_minor')
        batch_op.drop_column('refunded_minor')

    with op.batch_alter_table('loyalty_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_loyalty_entries_order')
        batch_op.drop_index('ix_loyalty_entries_customer')

    op.drop_table('loyalty_entries')
    with op.batch_alter_table('campaign_members', schema=None) as batch_op:
        batch_op.drop_index('ix_campaign_members_customer')

    op.drop_table('campaign_members')
    op.drop_table('campaigns')

"""Each order's revenue and fees in base, whether a cost is missing, and each line's share
of them, stored by costing.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 10:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

ORDER_COLUMNS = ('revenue_base_minor', 'marketplace_fee_base_minor', 'payment_fee_base_minor')
LINE_COLUMNS = ('revenue_base_minor', 'marketplace_fee_base_minor', 'payment_fee_base_minor',
                'shipping_base_minor')


def upgrade() -> None:
    # Plain ADD COLUMN: no row is rewritten. Orders costed before have none of these yet, so
    # their margin is forgotten and the costing run at start works them out again (the fees,
    # shipping and line costs it stored are kept and reused).
    for name in ORDER_COLUMNS:
        op.add_column('orders', sa.Column(name, sa.BigInteger(), nullable=True))
    op.add_column('orders', sa.Column('cost_incomplete', sa.Boolean(),
                                      server_default=sa.false(), nullable=False))
    for name in LINE_COLUMNS:
        op.add_column('order_lines', sa.Column(name, sa.BigInteger(), nullable=True))
    op.add_column('order_lines', sa.Column('counts_order', sa.Boolean(),
                                           server_default=sa.false(), nullable=False))
    op.execute("UPDATE orders SET margin_base_minor = NULL WHERE margin_base_minor IS NOT NULL")


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild of orders would drop the table and,
    # with foreign keys on, every order line with it.
    op.drop_column('order_lines', 'counts_order')
    for name in reversed(LINE_COLUMNS):
        op.drop_column('order_lines', name)
    op.drop_column('orders', 'cost_incomplete')
    for name in reversed(ORDER_COLUMNS):
        op.drop_column('orders', name)

"""Exchange rates per day, currency and source.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 04:00:00.000000
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_rates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('per_eur', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('fetched_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_rates')),
    sa.UniqueConstraint('day', 'currency', 'source', name=op.f('uq_exchange_rates_day_currency_source'))
    )
    with op.batch_alter_table('exchange_rates', schema=None) as batch_op:
        batch_op.create_index('ix_exchange_rates_currency_day', ['currency', 'day'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('exchange_rates', schema=None) as batch_op:
        batch_op.drop_index('ix_exchange_rates_currency_day')

    op.drop_table('exchange_rates')

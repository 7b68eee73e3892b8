"""Return requests (RMA) with their lines, history, photos and policies; returns' cost on orders.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

REQUEST_INDEXES = {
    'ix_return_requests_state': ['state', 'requested_at', 'id'],
    'ix_return_requests_requested': ['requested_at', 'id'],
    'ix_return_requests_account': ['account_id', 'requested_at', 'id'],
    'ix_return_requests_reason': ['reason', 'requested_at', 'id'],
    'ix_return_requests_country': ['ship_country', 'requested_at', 'id'],
    'ix_return_requests_rma': ['rma_key', 'id'],
    'ix_return_requests_state_since': ['state_since', 'id'],
    'ix_return_requests_refund': ['refund_base_minor', 'id'],
    'ix_return_requests_deadline': ['state', 'state_since'],
    'ix_return_requests_order': ['order_id'],
    'ix_return_requests_customer': ['customer_id'],
}
CHILD_INDEXES = {
    'return_lines': {'ix_return_lines_request': ['request_id'],
                     'ix_return_lines_listing': ['listing_id'],
                     'ix_return_lines_sku': ['sku_key']},
    'return_events': {'ix_return_events_request': ['request_id', 'at']},
    'return_photos': {'ix_return_photos_request': ['request_id', 'position']},
}


def _search_key(length: int) -> sa.types.TypeEngine:
    # As store.types.search_key: byte order on PostgreSQL so a prefix range uses the index.
    return sa.String(length=length).with_variant(sa.String(length=length, collation='C'),
                                                 'postgresql')


def _fk(table: str, column: str, target: str, ondelete: str | None = None
        ) -> sa.ForeignKeyConstraint:
    """A foreign key to `target`'s id, named as the models' naming convention names it."""
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'), ondelete=ondelete)


def upgrade() -> None:
    op.create_table('return_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rma_number', sa.String(length=20), nullable=False),
    sa.Column('rma_key', _search_key(20), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('ship_country', sa.String(length=2), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=24), nullable=False),
    sa.Column('reason', sa.String(length=24), nullable=False),
    sa.Column('reason_text', sa.Text(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('state_since', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('out_of_window', sa.Boolean(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('refund_minor', sa.BigInteger(), nullable=False),
    sa.Column('refund_base_minor', sa.BigInteger(), nullable=False),
    sa.Column('refund_rate', sa.String(length=40), nullable=True),
    sa.Column('refunded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('restocking_fee_minor', sa.BigInteger(), nullable=False),
    sa.Column('return_shipping_base_minor', sa.BigInteger(), nullable=False),
    sa.Column('exchange_sku', sa.String(length=64), nullable=False),
    sa.Column('replacement_order_id', sa.Integer(), nullable=True),
    sa.Column('credit_minor', sa.BigInteger(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    _fk('return_requests', 'order_id', 'orders', 'CASCADE'),
    _fk('return_requests', 'customer_id', 'customers', 'SET NULL'),
    _fk('return_requests', 'account_id', 'marketplace_accounts'),
    _fk('return_requests', 'replacement_order_id', 'orders', 'SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_requests')),
    sa.UniqueConstraint('rma_number', name=op.f('uq_return_requests_rma_number')),
    sa.UniqueConstraint('account_id', 'external_id',
                        name=op.f('uq_return_requests_account_id_external_id'))
    )
    for name, columns in REQUEST_INDEXES.items():
        op.create_index(name, 'return_requests', columns, unique=False)

    op.create_table('return_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('order_line_id', sa.Integer(), nullable=False),
    sa.Column('listing_id', sa.Integer(), nullable=True),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('sku_key', _search_key(64), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('disposition', sa.String(length=12), nullable=False),
    sa.Column('restocked_cost_base_minor', sa.BigInteger(), nullable=False),
    _fk('return_lines', 'request_id', 'return_requests', 'CASCADE'),
    _fk('return_lines', 'order_line_id', 'order_lines', 'CASCADE'),
    _fk('return_lines', 'listing_id', 'listings', 'SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_lines'))
    )
    op.create_table('return_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=False),
    sa.Column('to_state', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    _fk('return_events', 'request_id', 'return_requests', 'CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_events'))
    )
    op.create_table('return_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    _fk('return_photos', 'request_id', 'return_requests', 'CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_photos'))
    )
    for table, indexes in CHILD_INDEXES.items():
        for name, columns in indexes.items():
            op.create_index(name, table, columns, unique=False)

    op.create_table('return_policies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('marketplace', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('window_days', sa.Integer(), nullable=False),
    sa.Column('restocking_fee_pct', sa.String(length=12), nullable=False),
    sa.Column('buyer_pays_return_shipping', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_return_policies')),
    sa.UniqueConstraint('marketplace', 'country',
                        name=op.f('uq_return_policies_marketplace_country'))
    )

    # Plain ADD COLUMN (nullable): no row of the two largest tables is rewritten.
    for table in ('orders', 'order_lines'):
        op.add_column(table, sa.Column('return_cost_base_minor', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), not a batch copy: with foreign keys on, dropping the
    # old orders table in a copy would cascade and delete every order line and return.
    op.drop_column('order_lines', 'return_cost_base_minor')
    op.drop_column('orders', 'return_cost_base_minor')
    op.drop_table('return_policies')
    for table, indexes in reversed(CHILD_INDEXES.items()):
        for name in indexes:
            op.drop_index(name, table_name=table)
        op.drop_table(table)
    for name in REQUEST_INDEXES:
        op.drop_index(name, table_name='return_requests')
    op.drop_table('return_requests')

"""Shipments with the order lines they carry and their tracking timeline.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 10:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

SHIPMENT_INDEXES = {
    'ix_shipments_shipped': ['shipped_at', 'id'],
    'ix_shipments_number': ['number_key', 'id'],
    'ix_shipments_status': ['status', 'shipped_at', 'id'],
    'ix_shipments_carrier': ['carrier', 'shipped_at', 'id'],
    'ix_shipments_country': ['dest_country', 'shipped_at', 'id'],
    'ix_shipments_quiet': ['quiet_since', 'id'],
    'ix_shipments_open': ['final', 'quiet_since'],
    'ix_shipments_moving': ['final', 'shipped_at', 'id'],
    'ix_shipments_watch_shipped': ['watch', 'shipped_at', 'id'],
    'ix_shipments_watch_quiet': ['watch', 'quiet_since', 'id'],
    'ix_shipments_order': ['order_id'],
    'ix_shipments_checked': ['checked_at'],
}
CHILD_INDEXES = {
    'shipment_lines': {'ix_shipment_lines_shipment': ['shipment_id'],
                       'ix_shipment_lines_line': ['order_line_id']},
    'shipment_events': {'ix_shipment_events_shipment': ['shipment_id', 'position']},
}


def _search_key(length: int) -> sa.types.TypeEngine:
    # As store.types.search_key: byte order on PostgreSQL so a prefix range uses the index.
    return sa.String(length=length).with_variant(sa.String(length=length, collation='C'),
                                                 'postgresql')


def _fk(table: str, column: str, target: str, ondelete: str | None = None
        ) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'), ondelete=ondelete)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), server_default=sa.false(), nullable=False)


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table('shipments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=True),
    sa.Column('source', sa.String(length=12), nullable=False),
    sa.Column('carrier', sa.String(length=40), nullable=False),
    sa.Column('service', sa.String(length=60), nullable=False),
    sa.Column('tracking_number', sa.String(length=50), nullable=False),
    sa.Column('number_key', _search_key(50), nullable=False),
    _when('shipped_at'),
    sa.Column('promised_by', sa.Date(), nullable=True),
    sa.Column('dest_country', sa.String(length=2), nullable=False),
    sa.Column('cost_minor', sa.BigInteger(), nullable=True),
    sa.Column('cost_currency', sa.String(length=3), nullable=False),
    sa.Column('weight_grams', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.Column('provider', sa.String(length=12), nullable=False),
    sa.Column('provider_ref', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('sub_status', sa.String(length=60), nullable=False),
    sa.Column('raw_status', sa.String(length=120), nullable=False),
    _flag('final'),
    _flag('going_back'),
    _flag('had_trouble'),
    _when('quiet_since'),
    sa.Column('last_event', sa.String(length=300), nullable=False),
    sa.Column('last_location', sa.String(length=120), nullable=False),
    _when('delivered_at', nullable=True),
    _flag('delivered_late'),
    sa.Column('watch', sa.Boolean(), server_default=sa.true(), nullable=False),
    sa.Column('estimated_delivery', sa.Date(), nullable=True),
    _when('checked_at', nullable=True),
    sa.Column('check_error', sa.String(length=300), nullable=False),
    sa.Column('events_digest', sa.String(length=32), nullable=False),
    _when('handled_at', nullable=True),
    _when('created_at'),
    _when('updated_at'),
    _fk('shipments', 'order_id', 'orders', 'CASCADE'),
    _fk('shipments', 'account_id', 'marketplace_accounts'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipments')),
    sa.UniqueConstraint('account_id', 'external_id',
                        name=op.f('uq_shipments_account_id_external_id'))
    )
    for name, columns in SHIPMENT_INDEXES.items():
        op.create_index(name, 'shipments', columns, unique=False)
    op.create_table('shipment_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shipment_id', sa.Integer(), nullable=False),
    sa.Column('order_line_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    _fk('shipment_lines', 'shipment_id', 'shipments', 'CASCADE'),
    _fk('shipment_lines', 'order_line_id', 'order_lines', 'CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment_lines'))
    )
    op.create_table('shipment_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shipment_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    _when('at'),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('location', sa.String(length=120), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('sub_status', sa.String(length=60), nullable=False),
    _fk('shipment_events', 'shipment_id', 'shipments', 'CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment_events'))
    )
    for table, indexes in CHILD_INDEXES.items():
        for name, columns in indexes.items():
            op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table in ('shipment_events', 'shipment_lines'):
        for name in CHILD_INDEXES[table]:
            op.drop_index(name, table_name=table)
        op.drop_table(table)
    for name in SHIPMENT_INDEXES:
        op.drop_index(name, table_name='shipments')
    op.drop_table('shipments')

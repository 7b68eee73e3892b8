"""Marketplace sync: connected accounts and their cursor, runs with errors, variants, conflicts.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25 12:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def _search_key(length: int) -> sa.types.TypeEngine:
    # As store.types.search_key: byte order on PostgreSQL so a prefix range uses the index.
    return sa.String(length=length).with_variant(sa.String(length=length, collation='C'),
                                                 'postgresql')


def _fk(table: str, column: str, target: str, ondelete: str | None = None
        ) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=op.f(f'fk_{table}_{column}_{target}'), ondelete=ondelete)


def _when(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _count(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    # Plain ADD COLUMN: rebuilding a table in a batch would drop it, and the tables pointing
    # at it refuse that (as in 0005).
    for column in (
            sa.Column('connected', sa.Boolean(), server_default=sa.false(), nullable=False),
            sa.Column('api', sa.String(length=10), server_default='', nullable=False),
            sa.Column('auto_sync', sa.Boolean(), server_default=sa.true(), nullable=False),
            _when('orders_cursor', True), _when('last_sync_at', True),
            sa.Column('last_sync_state', sa.String(length=12), server_default='',
                      nullable=False),
            sa.Column('last_sync_message', sa.String(length=500), server_default='',
                      nullable=False)):
        op.add_column('marketplace_accounts', column)
    for column in (
            sa.Column('shop_currency', sa.String(length=3), server_default='', nullable=False),
            sa.Column('shop_total_minor', sa.BigInteger(), nullable=True),
            _when('synced_at', True), _when('remote_updated_at', True)):
        op.add_column('orders', column)
    op.create_table('sync_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('dry_run', sa.Boolean(), nullable=False),
    _when('started_at'),
    _when('finished_at', True),
    sa.Column('state', sa.String(length=12), nullable=False),
    _when('since', True),
    *[_count(name) for name in ('pages', 'new', 'updated', 'unchanged', 'failed', 'products',
                                'returns_added', 'shipments_added')],
    sa.Column('message', sa.String(length=500), nullable=False),
    _fk('sync_runs', 'account_id', 'marketplace_accounts', 'CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_runs'))
    )
    op.create_index('ix_sync_runs_account', 'sync_runs', ['account_id', 'started_at'])
    op.create_table('sync_errors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    _when('at'),
    sa.Column('item', sa.String(length=120), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('response', sa.Text(), nullable=False),
    _fk('sync_errors', 'run_id', 'sync_runs', 'CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_errors'))
    )
    op.create_index('ix_sync_errors_run', 'sync_errors', ['run_id'])
    op.create_table('remote_variants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=False),
    sa.Column('product_id', sa.String(length=64), nullable=False),
    sa.Column('ref', sa.String(length=120), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('sku_key', _search_key(64), nullable=False),
    sa.Column('title', sa.String(length=255), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('price_minor', sa.BigInteger(), nullable=True),
    sa.Column('stock', sa.Integer(), nullable=True),
    sa.Column('listing_id', sa.Integer(), nullable=True),
    _when('seen_at'),
    _fk('remote_variants', 'account_id', 'marketplace_accounts', 'CASCADE'),
    _fk('remote_variants', 'listing_id', 'listings', 'SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_remote_variants')),
    sa.UniqueConstraint('account_id', 'external_id',
                        name=op.f('uq_remote_variants_account_id_external_id'))
    )
    op.create_index('ix_remote_variants_listing', 'remote_variants', ['listing_id'])
    op.create_index('ix_remote_variants_sku', 'remote_variants', ['sku_key'])
    op.create_table('sync_conflicts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('item', sa.String(length=120), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('variant_id', sa.Integer(), nullable=True),
    sa.Column('local_value', sa.String(length=500), nullable=False),
    sa.Column('remote_value', sa.String(length=500), nullable=False),
    sa.Column('winner', sa.String(length=8), nullable=False),
    _when('detected_at'),
    _when('resolved_at', True),
    sa.Column('resolution', sa.String(length=12), nullable=False),
    _fk('sync_conflicts', 'account_id', 'marketplace_accounts', 'CASCADE'),
    _fk('sync_conflicts', 'order_id', 'orders', 'CASCADE'),
    _fk('sync_conflicts', 'variant_id', 'remote_variants', 'CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    op.create_index('ix_sync_conflicts_open', 'sync_conflicts', ['resolved_at', 'detected_at'])


def downgrade() -> None:
    op.drop_index('ix_sync_conflicts_open', table_name='sync_conflicts')
    op.drop_table('sync_conflicts')
    op.drop_index('ix_remote_variants_sku', table_name='remote_variants')
    op.drop_index('ix_remote_variants_listing', table_name='remote_variants')
    op.drop_table('remote_variants')
    op.drop_index('ix_sync_errors_run', table_name='sync_errors')
    op.drop_table('sync_errors')
    op.drop_index('ix_sync_runs_account', table_name='sync_runs')
    op.drop_table('sync_runs')
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason.
    for name in ('remote_updated_at', 'synced_at', 'shop_total_minor', 'shop_currency'):
        op.drop_column('orders', name)
    for name in ('last_sync_message', 'last_sync_state', 'last_sync_at', 'orders_cursor',
                 'auto_sync', 'api', 'connected'):
        op.drop_column('marketplace_accounts', name)

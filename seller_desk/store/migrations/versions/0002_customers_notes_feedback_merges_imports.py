"""Customers across marketplaces, status history, notes, follow-ups, feedback, merges, imports.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 00:25:46.749094
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=120), nullable=False),
    sa.Column('header', sa.Text(), nullable=False),
    sa.Column('mapping', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mappings')),
    sa.UniqueConstraint('source', name=op.f('uq_import_mappings_source'))
    )
    op.create_table('reply_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reply_templates')),
    sa.UniqueConstraint('kind', 'language', name=op.f('uq_reply_templates_kind_language'))
    )
    op.create_table('customer_identities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=300), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['marketplace_accounts.id'], name=op.f('fk_customer_identities_account_id_marketplace_accounts')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_identities_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_identities')),
    sa.UniqueConstraint('account_id', 'external_id', name=op.f('uq_customer_identities_account_id_external_id'))
    )
    with op.batch_alter_table('customer_identities', schema=None) as batch_op:
        batch_op.create_index('ix_customer_identities_customer', ['customer_id'], unique=False)

    op.create_table('customer_merges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('survivor_id', sa.Integer(), nullable=False),
    sa.Column('merged_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('merged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('survivor_before', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['merged_id'], ['customers.id'], name=op.f('fk_customer_merges_merged_id_customers')),
    sa.ForeignKeyConstraint(['survivor_id'], ['customers.id'], name=op.f('fk_customer_merges_survivor_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_merges'))
    )
    with op.batch_alter_table('customer_merges', schema=None) as batch_op:
        batch_op.create_index('ix_customer_merges_merged', ['merged_id'], unique=False)
        batch_op.create_index('ix_customer_merges_survivor', ['survivor_id', 'merged_at'], unique=False)

    op.create_table('complaints',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=24), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_complaints_customer_id_customers')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_complaints_order_id_orders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaints'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.create_index('ix_complaints_customer', ['customer_id', 'opened_at'], unique=False)
        batch_op.create_index('ix_complaints_status', ['status', 'opened_at'], unique=False)

    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('channel', sa.String(length=24), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_feedback_customer_id_customers')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_feedback_order_id_orders'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index('ix_feedback_customer', ['customer_id', 'received_at'], unique=False)
        batch_op.create_index('ix_feedback_received', ['received_at'], unique=False)

    op.create_table('follow_ups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_follow_ups_customer_id_customers')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_follow_ups_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_ups'))
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index('ix_follow_ups_customer', ['customer_id', 'due_on'], unique=False)
        batch_op.create_index('ix_follow_ups_due', ['done_at', 'due_on'], unique=False)

    op.create_table('merge_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('merge_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('row_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['merge_id'], ['customer_merges.id'], name=op.f('fk_merge_moves_merge_id_customer_merges'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merge_moves'))
    )
    with op.batch_alter_table('merge_moves', schema=None) as batch_op:
        batch_op.create_index('ix_merge_moves_merge', ['merge_id', 'kind'], unique=False)

    op.create_table('notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_notes_customer_id_customers')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_notes_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.create_index('ix_notes_customer', ['customer_id', 'created_at'], unique=False)
        batch_op.create_index('ix_notes_order', ['order_id', 'created_at'], unique=False)

    op.create_table('order_status_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('old_status', sa.String(length=24), nullable=False),
    sa.Column('new_status', sa.String(length=24), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_status_changes_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_status_changes'))
    )
    with op.batch_alter_table('order_status_changes', schema=None) as batch_op:
        batch_op.create_index('ix_order_status_changes_order', ['order_id', 'changed_at'], unique=False)

    op.create_table('note_revisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=80), nullable=False),
    sa.Column('edited_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['notes.id'], name=op.f('fk_note_revisions_note_id_notes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_revisions'))
    )
    with op.batch_alter_table('note_revisions', schema=None) as batch_op:
        batch_op.create_index('ix_note_revisions_note', ['note_id', 'edited_at'], unique=False)

    # Plain ADD COLUMN (no table copy on SQLite): a shop with a million orders upgrades in seconds.
    text = {"server_default": ""}
    op.add_column('customers', sa.Column('tags', sa.String(length=500), nullable=False, **text))
    op.add_column('customers', sa.Column('marketing_consent', sa.String(length=3), nullable=False, **text))
    op.add_column('customers', sa.Column('consent_changed_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('customers', sa.Column('masked', sa.Boolean(), nullable=False, server_default=sa.false()))
    if op.get_bind().dialect.name == 'sqlite':
        # SQLite cannot ALTER a constraint in, but adds a column with its own REFERENCES.
        op.execute('ALTER TABLE customers ADD COLUMN merged_into_id INTEGER '
                   'CONSTRAINT fk_customers_merged_into_id_customers REFERENCES customers (id)')
    else:
        op.add_column('customers', sa.Column('merged_into_id', sa.Integer(), sa.ForeignKey('customers.id', name=op.f('fk_customers_merged_into_id_customers')), nullable=True))
    op.add_column('customers', sa.Column('erased_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('customers', sa.Column('email_key', sa.String(length=254), nullable=False, **text))
    op.add_column('customers', sa.Column('phone_match', sa.String(length=24), nullable=False, **text))
    op.add_column('customers', sa.Column('name_postcode_key', sa.String(length=160), nullable=False, **text))
    op.create_index('ix_customers_email_key', 'customers', ['email_key'], unique=False)
    op.create_index('ix_customers_merged_into', 'customers', ['merged_into_id'], unique=False)
    op.create_index('ix_customers_name_postcode', 'customers', ['name_postcode_key'], unique=False)
    op.create_index('ix_customers_phone_match', 'customers', ['phone_match'], unique=False)

    op.add_column('orders', sa.Column('ship_name', sa.String(length=120), nullable=False, **text))
    op.add_column('orders', sa.Column('ship_postcode', sa.String(length=20), nullable=False, **text))
    op.add_column('orders', sa.Column('billing_address', sa.String(length=500), nullable=False, **text))
    op.add_column('orders', sa.Column('tags', sa.String(length=500), nullable=False, **text))
    op.add_column('orders', sa.Column('source', sa.String(length=12), nullable=False, **text))
    op.add_column('orders', sa.Column('source_hash', sa.String(length=32), nullable=False, **text))
    _fill_match_keys()


def _fill_match_keys() -> None:
    """Give the customers already there the match keys that duplicate suggestions group by."""
    from seller_desk.domain.identity import match_keys

    bind = op.get_bind()
    customers = sa.table(
        'customers', sa.column('id', sa.Integer), sa.column('email', sa.String),
        sa.column('phone', sa.String), sa.column('country', sa.String), sa.column('name', sa.String),
        sa.column('postcode', sa.String), sa.column('email_key', sa.String),
        sa.column('phone_match', sa.String), sa.column('name_postcode_key', sa.String),
        sa.column('masked', sa.Boolean),
    )
    rows = bind.execute(sa.select(
        customers.c.id, customers.c.email, customers.c.phone, customers.c.country,
        customers.c.name, customers.c.postcode,
    )).all()
    update = (
        customers.update().where(customers.c.id == sa.bindparam('b_id'))
        .values(email_key=sa.bindparam('b_email'), phone_match=sa.bindparam('b_phone'),
                name_postcode_key=sa.bindparam('b_name'), masked=sa.bindparam('b_masked'))
    )
    batch = []
    for row in rows:
        keys = match_keys(row.email, row.phone, row.country, row.name, row.postcode)
        batch.append({'b_id': row.id, 'b_email': keys.email, 'b_phone': keys.phone,
                      'b_name': keys.name_postcode, 'b_masked': keys.masked})
        if len(batch) == 5000:
            bind.execute(update, batch)
            batch = []
    if batch:
        bind.execute(update, batch)


def downgrade() -> None:
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_column('source_hash')
        batch_op.drop_column('source')
        batch_op.drop_column('tags')
        batch_op.drop_column('billing_address')
        batch_op.drop_column('ship_postcode')
        batch_op.drop_column('ship_name')

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_customers_merged_into_id_customers'), type_='foreignkey')
        batch_op.drop_index('ix_customers_phone_match')
        batch_op.drop_index('ix_customers_name_postcode')
        batch_op.drop_index('ix_customers_merged_into')
        batch_op.drop_index('ix_customers_email_key')
        batch_op.drop_column('name_postcode_key')
        batch_op.drop_column('phone_match')
        batch_op.drop_column('email_key')
        batch_op.drop_column('erased_at')
        batch_op.drop_column('merged_into_id')
        batch_op.drop_column('masked')
        batch_op.drop_column('consent_changed_at')
        batch_op.drop_column('marketing_consent')
        batch_op.drop_column('tags')

    with op.batch_alter_table('note_revisions', schema=None) as batch_op:
        batch_op.drop_index('ix_note_revisions_note')

    op.drop_table('note_revisions')
    with op.batch_alter_table('order_status_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_order_status_changes_order')

    op.drop_table('order_status_changes')
    with op.batch_alter_table('notes', schema=None) as batch_op:
        batch_op.drop_index('ix_notes_order')
        batch_op.drop_index('ix_notes_customer')

    op.drop_table('notes')
    with op.batch_alter_table('merge_moves', schema=None) as batch_op:
        batch_op.drop_index('ix_merge_moves_merge')

    op.drop_table('merge_moves')
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_ups_due')
        batch_op.drop_index('ix_follow_ups_customer')

    op.drop_table('follow_ups')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_received')
        batch_op.drop_index('ix_feedback_customer')

    op.drop_table('feedback')
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index('ix_complaints_status')
        batch_op.drop_index('ix_complaints_customer')

    op.drop_table('complaints')
    with op.batch_alter_table('customer_merges', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_merges_survivor')
        batch_op.drop_index('ix_customer_merges_merged')

    op.drop_table('customer_merges')
    with op.batch_alter_table('customer_identities', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_identities_customer')

    op.drop_table('customer_identities')
    op.drop_table('reply_templates')
    op.drop_table('import_mappings')

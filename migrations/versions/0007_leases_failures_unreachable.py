"""leases, set-aside messages, unreachable women

Table leases (a woman's turn and her queued task: locks that expire, beside the data they
protect); inbound_messages.failures and failure_reason (a message that crashes again and again is
set aside); women.unreachable_at (Twilio 21610/63024).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 11:10:00
"""
from alembic import op
import sqlalchemy as sa
import bot.models.base


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('leases',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('holder', sa.String(length=128), nullable=False),
    sa.Column('expires_at', bot.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )
    with op.batch_alter_table('leases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leases_expires_at'), ['expires_at'], unique=False)
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failures', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('failure_reason', sa.String(length=200), nullable=True))
    with op.batch_alter_table('women', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unreachable_at', bot.models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('women', schema=None) as batch_op:
        batch_op.drop_column('unreachable_at')
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.drop_column('failure_reason')
        batch_op.drop_column('failures')
    with op.batch_alter_table('leases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leases_expires_at'))
    op.drop_table('leases')

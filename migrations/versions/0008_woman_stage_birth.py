"""her stage: pregnant, postnatal (with the baby's birth date) or loss

women.stage (default "pregnant"), women.birth_date, women.stage_changed_at (issue 15).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 11:30:00
"""
from alembic import op
import sqlalchemy as sa
import bot.models.base


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('women', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stage', sa.String(length=16), server_default='pregnant', nullable=False))
        batch_op.add_column(sa.Column('birth_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('stage_changed_at', bot.models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('women', schema=None) as batch_op:
        batch_op.drop_column('stage_changed_at')
        batch_op.drop_column('birth_date')
        batch_op.drop_column('stage')

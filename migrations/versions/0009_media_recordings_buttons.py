"""voice notes and pictures, recorded answers and content, WhatsApp buttons

Tables media_files (bytes on disk under MEDIA_DIR), content_recordings (recorded versions of the
bot's content, reviewed), twilio_contents (Content API quick replies and lists);
outbound_messages.media_id; women.prefers_voice (issue 14).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 15:30:00
"""
from alembic import op
import sqlalchemy as sa
import bot.models.base


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('media_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('woman_id', sa.Integer(), nullable=True),
    sa.Column('inbound_id', sa.Integer(), nullable=True),
    sa.Column('escalation_id', sa.Integer(), nullable=True),
    sa.Column('content_type', sa.String(length=64), nullable=False),
    sa.Column('path', sa.String(length=255), nullable=True),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('source_url', sa.String(length=1024), nullable=True),
    sa.Column('failure', sa.String(length=200), nullable=True),
    sa.Column('duration_seconds', sa.Integer(), nullable=True),
    sa.Column('created_at', bot.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['woman_id'], ['women.id'], ),
    sa.ForeignKeyConstraint(['inbound_id'], ['inbound_messages.id'], ),
    sa.ForeignKeyConstraint(['escalation_id'], ['escalations.id'], ),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff_members.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('media_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_files_woman_id'), ['woman_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_files_inbound_id'), ['inbound_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_files_escalation_id'), ['escalation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_files_created_at'), ['created_at'], unique=False)
    op.create_table('content_recordings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('content_key', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('media_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', bot.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('reviewed_at', bot.models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['media_id'], ['media_files.id'], ),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff_members.id'], ),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['staff_members.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('content_recordings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_content_recordings_content_key'), ['content_key'], unique=False)
    op.create_table('twilio_contents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('sid', sa.String(length=64), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('synced_at', bot.models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name', 'language')
    )
    with op.batch_alter_table('outbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('media_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_outbound_messages_media_id', 'media_files', ['media_id'], ['id'])
        # WhatsApp buttons (bot.twilio.interactive): the synced template this reply goes as, if any.
        batch_op.add_column(sa.Column('interactive', sa.String(length=32), nullable=True))
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payload', sa.String(length=200), nullable=True))
    with op.batch_alter_table('women', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prefers_voice', sa.Boolean(), server_default=sa.false(), nullable=False))
    # Issue 16: Bambara content is approved or corrected only by a native reader.
    with op.batch_alter_table('staff_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reads_bambara', sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('staff_members', schema=None) as batch_op:
        batch_op.drop_column('reads_bambara')
    with op.batch_alter_table('women', schema=None) as batch_op:
        batch_op.drop_column('prefers_voice')
    with op.batch_alter_table('inbound_messages', schema=None) as batch_op:
        batch_op.drop_column('payload')
    with op.batch_alter_table('outbound_messages', schema=None) as batch_op:
        batch_op.drop_column('interactive')
        batch_op.drop_constraint('fk_outbound_messages_media_id', type_='foreignkey')
        batch_op.drop_column('media_id')
    op.drop_table('twilio_contents')
    with op.batch_alter_table('content_recordings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_content_recordings_content_key'))
    op.drop_table('content_recordings')
    with op.batch_alter_table('media_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_files_created_at'))
        batch_op.drop_index(batch_op.f('ix_media_files_escalation_id'))
        batch_op.drop_index(batch_op.f('ix_media_files_inbound_id'))
        batch_op.drop_index(batch_op.f('ix_media_files_woman_id'))
    op.drop_table('media_files')

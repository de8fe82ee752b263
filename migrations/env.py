"""Alembic environment: the database is the app's own (DATABASE_URL or the embedded SQLite file)."""
from alembic import context

from bot import models  # noqa: F401  (registers every table on Base.metadata)
from bot.db import Base, get_engine

target_metadata = Base.metadata


def run_migrations_online() -> None:
    with get_engine().connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run against a database.")
run_migrations_online()

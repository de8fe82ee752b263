"""Database engine and sessions, shared by the Flask app, the queue worker and the action server.

Plain SQLAlchemy 2 (not Flask-SQLAlchemy) because two of the three processes that touch the
database are not Flask requests.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from bot.config import get_settings


class Base(DeclarativeBase):
    pass


_engine: Engine | None = None
_factory: sessionmaker[Session] | None = None


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
    cursor = dbapi_connection.cursor()
    # WAL + a busy timeout: the app, the worker and the action server write the same file.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if url.startswith("sqlite"):
        # hide_parameters: an error's "[parameters: …]" would carry a woman's number into a log.
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10},
                               hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10, hide_parameters=True)


def get_engine() -> Engine:
    global _engine, _factory
    if _engine is None:
        settings = get_settings()
        settings.instance_dir.mkdir(parents=True, exist_ok=True)
        _engine = make_engine(settings.database_url)
        _factory = sessionmaker(_engine, expire_on_commit=False)
    return _engine


def dispose_engine() -> None:
    """Drop the engine (tests switch databases; forked workers must not share connections)."""
    global _engine, _factory
    if _engine is not None:
        _engine.dispose()
    _engine = _factory = None


def new_session() -> Session:
    get_engine()
    assert _factory is not None
    return _factory()


@contextmanager
def session_scope() -> Iterator[Session]:
    """A unit of work: commit on success, roll back on any error."""
    session = new_session()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def insert_once(session: Session, model: type[Base], **values) -> int | None:
    """INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL alike: the id of the new row, or
    None when a unique constraint says it exists. What makes scheduled work idempotent across
    workers without savepoints (pysqlite's savepoints need a transaction-mode workaround)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    table = model.__table__
    result = session.execute(insert(table).values(**values).on_conflict_do_nothing().returning(table.c.id))
    return result.scalar_one_or_none()

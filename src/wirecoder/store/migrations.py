"""Versioned schema migrations, recorded in the ``schema_version`` table.

Why not Alembic: the store ships inside the package and must migrate itself when any
command opens a database, on SQLite and PostgreSQL alike, without an ``alembic.ini``
or a script directory on disk; its dialect-specific parts (FTS5 virtual table and
triggers, ``tsvector`` column) are raw SQL that autogenerate cannot see anyway. The
scheme here is the same idea in ~100 lines:

* a new database is created at the newest version straight from :mod:`.schema`
  (``create_all`` plus the full-text DDL) and stamped with every version up to it;
* an older database runs, in order, each :data:`MIGRATIONS` step above its version,
  each step in its own transaction together with its ``schema_version`` row (SQLite and
  PostgreSQL both have transactional DDL, so a failed step leaves the old version);
* concurrent openers are serialized: ``BEGIN IMMEDIATE`` on SQLite, a transaction-level
  advisory lock on PostgreSQL.

To change the schema: edit :mod:`.schema`, bump ``SCHEMA_VERSION`` and append a
:class:`Migration` whose ``upgrade`` brings a database of the previous version to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from . import schema
from .config import store_error
from .db import read, write

__all__ = ["MIGRATIONS", "Migration", "current_version", "migrate"]

_PG_LOCK_KEY = 0x57_49_52_45  # 'WIRE'


@dataclass(frozen=True)
class Migration:
    """One schema step: bring a database at ``version - 1`` to ``version``."""

    version: int
    description: str
    upgrade: Callable[[Connection], None]


def _create_current(conn: Connection) -> None:
    """Create the newest schema, full-text objects included, in an empty database."""
    schema.metadata.create_all(conn)
    for statement in schema.fts_ddl(conn.dialect.name):
        conn.exec_driver_sql(statement)


def _joint_dyads_factual_rollup(conn: Connection) -> None:
    """Version 3: joint actors count for their pair; the roll-up counts factual events only.

    Adds the ``event_dyads`` rows of events with joint actors and no recipient (see
    :func:`.rows.dyad_pairs`), then rebuilds ``dyad_days`` without negated and
    hypothetical events.
    """
    from sqlalchemy import and_

    from . import rollup
    from .db import bulk_insert
    from .rows import dyad_pairs

    ea, ev = schema.event_actors, schema.events
    parties: dict[tuple[int, int], dict[str, list[str]]] = {}
    for row in conn.execute(select(ea.c.article_id, ea.c.event_idx, ea.c.role, ea.c.code)
                            .order_by(ea.c.article_id, ea.c.event_idx, ea.c.position)):
        slot = parties.setdefault((row[0], row[1]), {"actor": [], "recipient": []})
        slot[row[2]].append(row[3])
    joint = {key for key, slot in parties.items()
             if not slot["recipient"] and len(set(slot["actor"])) > 1}
    rows = []
    for key in sorted(joint):
        event = conn.execute(select(ev.c.event_date, ev.c.event_type, ev.c.quad_code,
                                    ev.c.plover_score).where(and_(
            ev.c.article_id == key[0], ev.c.idx == key[1]))).mappings().first()
        if event is None:
            continue
        rows += [{"article_id": key[0], "event_idx": key[1], "actor_code": a,
                  "recipient_code": b, **event}
                 for a, b in dyad_pairs(parties[key]["actor"], [])]
    # joint events had no pairs (no recipient), so every row added here is new
    bulk_insert(conn, schema.event_dyads, rows)
    rollup.rebuild(conn, levels=(rollup.DAYS,))  # dyad_months comes with version 4


#: Indexes replaced in version 4 by ones that also hold the events page's order.
_V3_INDEXES = ("ix_events_type_date", "ix_events_date", "ix_event_actors_code",
               "ix_event_dyads_pair_day")


def _page_indexes_monthly_rollup(conn: Connection) -> None:
    """Version 4: events-page indexes, ``event_actors.event_date``, ``dyad_months``.

    Copies each event's ``event_date`` to its ``event_actors`` rows, replaces four
    indexes by ones ordered as the events page (newest day, newest article, event index),
    and fills the monthly dyad roll-up from ``event_dyads``.
    """
    from . import rollup

    if "event_date" not in {c["name"] for c in inspect(conn).get_columns("event_actors")}:
        conn.exec_driver_sql("ALTER TABLE event_actors ADD COLUMN event_date DATE")
    conn.exec_driver_sql(
        "UPDATE event_actors SET event_date = (SELECT e.event_date FROM events AS e "
        "WHERE e.article_id = event_actors.article_id AND e.idx = event_actors.event_idx)")
    for name in _V3_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for table in (schema.events, schema.event_actors, schema.event_dyads):
        for index in table.indexes:
            index.create(conn, checkfirst=True)
    schema.dyad_months.create(conn, checkfirst=True)
    rollup.rebuild(conn, levels=(rollup.MONTHS,))


#: Every schema step, oldest first. Version 1 is the initial schema.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema: articles, records, event actors and dyads, errors, FTS",
              _create_current),
    Migration(2, "commitments table (pledges with numbers, linked by pledge_key)",
              lambda conn: schema.commitments.create(conn, checkfirst=True)),
    Migration(3, "dyads: joint actors count for their pair; roll-up of factual events only",
              _joint_dyads_factual_rollup),
    Migration(4, "events page indexes (event_actors.event_date); monthly dyad roll-up",
              _page_indexes_monthly_rollup),
)


def current_version(conn: Connection) -> int:
    """Return the schema version of the database, 0 for an empty one.

    Raises:
        StoreError: if the database holds other tables but no ``schema_version``.

    """
    tables = set(inspect(conn).get_table_names())
    if "schema_version" not in tables:
        foreign = sorted(tables & {t.name for t in schema.metadata.sorted_tables})
        if foreign:
            raise store_error("S003", db=str(conn.engine.url), tables=", ".join(foreign))
        return 0
    version = conn.execute(select(schema.schema_version.c.version)
                           .order_by(schema.schema_version.c.version.desc()).limit(1)).scalar()
    return int(version or 0)


def migrate(engine: Engine) -> int:
    """Bring the database to :data:`schema.SCHEMA_VERSION`; return the version found.

    Raises:
        StoreError: if the database is newer than this code, or a step fails.

    """
    head = MIGRATIONS[-1].version
    with read(engine) as conn:  # the common case: up to date, no write lock needed
        found = current_version(conn)
    if found == head:
        return found
    with write(engine) as conn:
        _lock(conn)
        found = current_version(conn)
        if found > head:
            raise store_error("S002", db=str(engine.url), found=found, head=head)
        if found == 0:
            _create_head(conn, head)
            return found
    for step in MIGRATIONS:
        if step.version > found:
            _apply(engine, step, found)
    return found


def _create_head(conn: Connection, head: int) -> None:
    _create_current(conn)
    for step in MIGRATIONS:
        _stamp(conn, step)
    assert head == schema.SCHEMA_VERSION, "schema.SCHEMA_VERSION and MIGRATIONS disagree"


def _apply(engine: Engine, step: Migration, found: int) -> None:
    try:
        with write(engine) as conn:
            _lock(conn)
            if current_version(conn) >= step.version:  # another process got there first
                return
            step.upgrade(conn)
            _stamp(conn, step)
    except SQLAlchemyError as exc:
        raise store_error("S006", version=step.version, detail=exc, found=found) from exc


def _stamp(conn: Connection, step: Migration) -> None:
    conn.execute(schema.schema_version.insert().values(
        version=step.version, description=step.description,
        applied_at=dt.datetime.now(dt.UTC)))


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")

"""Tables of the corpus store (SQLAlchemy Core), at the newest schema version.

Every record table is keyed by ``(article_id, idx)``: the article's row id and the
record's index in the matching tuple of :class:`~wirecoder.models.Analysis`, so that a
record can be found again in the JSON output. Every span keeps its ``start``/``end``
character offsets into ``articles.text`` and its ``sentence`` index. Fields a record
gains later (colleagues may add optional fields) land in the ``extra`` JSON column.
Deleting an article cascades to all its records.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

__all__ = [
    "ARTICLES_FTS",
    "SCHEMA_VERSION",
    "articles",
    "commitments",
    "dyad_days",
    "dyad_months",
    "entities",
    "errors",
    "event_actors",
    "event_dyads",
    "events",
    "fts_ddl",
    "metadata",
    "quantities",
    "quotes",
    "record_tables",
    "schema_version",
    "time_expressions",
]

#: The schema version that :data:`metadata` describes (see ``migrations``).
SCHEMA_VERSION = 4

metadata = MetaData()
Id = BigInteger().with_variant(Integer(), "sqlite")  # INTEGER PRIMARY KEY is SQLite's rowid
Json = JSON().with_variant(JSONB(), "postgresql")
ARTICLES_FTS = "articles_fts"


def _article_fk() -> Column:
    return Column(
        "article_id", Id, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )


def _record_key() -> list[Column]:
    """The key of a record table: the article's row id and the record's index in it."""
    return [_article_fk(), Column("idx", Integer, primary_key=True, autoincrement=False)]


def _span() -> list[Column]:
    return [
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("sentence", Integer, nullable=False),
    ]


def _entity_columns(role: str = "role") -> list[Column]:
    """Columns of an Entity; its ``role`` field goes to the column named ``role``."""
    return [
        Column("raw_text", Text, nullable=False),
        Column("entity_name", Text, nullable=False),
        Column("country_code", String(16)),
        Column("country_name", Text),
        Column("sector_code", String(16)),
        Column("other_sector_codes", Json),
        Column("kind", String(32), nullable=False),
        Column(role, Text),
        Column("organization", Text),
        Column("is_place", Boolean, nullable=False, default=False),
        Column("resolved_by", String(32)),
        Column("coref_of", Integer),
        *_span(),
        Column("extra", Json),
    ]


schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", Text, nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("story_id", Text, nullable=False),
    Column("url", Text),
    Column("url_key", Text, comment="Normalized URL used for de-duplication."),
    Column("text_hash", String(64), nullable=False, comment="SHA-256 of the normalized text."),
    Column("title", Text),
    Column("published", Date),
    Column("source", Text),
    Column("text", Text, nullable=False),
    Column("wirecoder_version", String(32)),
    Column("model", Text),
    Column("meta", Json),
    Column("warnings", Json),
    Column("extra", Json),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("text_hash", name="uq_articles_text_hash"),
    UniqueConstraint("url_key", name="uq_articles_url_key"),
    Index("ix_articles_published", "published"),
    Index("ix_articles_story_id", "story_id"),
)

entities = Table(
    "entities",
    metadata,
    *_record_key(),
    *_entity_columns(),
    Index("ix_entities_name", "entity_name"),
    Index("ix_entities_country", "country_code"),
)

events = Table(
    "events",
    metadata,
    *_record_key(),
    Column("event_id", Text, nullable=False),
    Column("story_id", Text),
    Column("event_type", String(32), nullable=False),
    Column("mode", Text),
    Column("context", Json),
    Column("event_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    *_span(),
    Column("date", Text),
    Column("date_source", String(16)),
    Column("event_date", Date, comment="Event.date when a full day, else the article's date."),
    Column("location", Text),
    Column("negated", Boolean, nullable=False, default=False),
    Column("future", Boolean, nullable=False, default=False),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("historical", Boolean, nullable=False, default=False),
    Column("score", Float),
    Column("plover_score", Float, comment="score, else the category's PLOVER score."),
    Column("quad", Text),
    Column("quad_code", Integer, comment="1 V-coop, 2 M-coop, 3 V-conflict, 4 M-conflict."),
    Column("cameo_root", String(8)),
    Column("confidence", Float),
    Column("reported_by", Json),
    Column("why", Text),
    Column("extra", Json),
)
# The events page reads keys in its order (newest day, newest article, event index): these
# indexes hold that order after the filter's equality columns (version 4).
Index("ix_events_page", events.c.event_date.desc(), events.c.article_id.desc(), events.c.idx)
Index("ix_events_type_page", events.c.event_type, events.c.event_date.desc(),
      events.c.article_id.desc(), events.c.idx)

event_actors = Table(
    "event_actors",
    metadata,
    _article_fk(),
    Column("event_idx", Integer, primary_key=True, autoincrement=False),
    Column("role", String(10), primary_key=True, comment="'actor' or 'recipient'."),
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("code", Text, nullable=False, comment="country_code, else entity_name."),
    *_entity_columns(role="entity_role"),
    Column("event_date", Date, comment="The event's event_date (the events page's order)."),
    Index("ix_event_actors_name", "entity_name", "role"),
)
Index("ix_event_actors_page", event_actors.c.code, event_actors.c.role,
      event_actors.c.event_date.desc(), event_actors.c.article_id.desc(),
      event_actors.c.event_idx)

#: One row per (actor code, recipient code) pair of an event: the source of ``dyad_days``.
event_dyads = Table(
    "event_dyads",
    metadata,
    _article_fk(),
    Column("event_idx", Integer, primary_key=True, autoincrement=False),
    Column("actor_code", Text, primary_key=True),
    Column("recipient_code", Text, primary_key=True),
    Column("event_date", Date),
    Column("event_type", String(32), nullable=False),
    Column("quad_code", Integer),
    Column("plover_score", Float),
)
Index("ix_event_dyads_page", event_dyads.c.actor_code, event_dyads.c.recipient_code,
      event_dyads.c.event_date.desc(), event_dyads.c.article_id.desc(), event_dyads.c.event_idx)

def _rollup(name: str, period: str) -> Table:
    """A dyad roll-up table: per (actor code, recipient code, ``period``) counts and top events."""
    return Table(
        name,
        metadata,
        Column("actor_code", Text, primary_key=True),
        Column("recipient_code", Text, primary_key=True),
        Column(period, Date, primary_key=True),
        Column("events", Integer, nullable=False),
        Column("quad_1", Integer, nullable=False, default=0),
        Column("quad_2", Integer, nullable=False, default=0),
        Column("quad_3", Integer, nullable=False, default=0),
        Column("quad_4", Integer, nullable=False, default=0),
        Column("score_sum", Float, nullable=False, default=0.0),
        Column("score_n", Integer, nullable=False, default=0),
        Column("categories", Json, nullable=False),
        Column("top", Json, nullable=False),
    )


#: Daily roll-up of ``event_dyads`` per (actor code, recipient code, day), kept in step by
#: the writer, so that a dyad summary reads one row per day instead of every event.
#: ``top`` holds the day's ``DYAD_TOP_KEPT`` events of largest ``|score|`` as
#: ``[abs_score, score, article_id, event_idx]``; ``categories`` maps category -> count.
dyad_days = _rollup("dyad_days", "day")

#: Monthly roll-up, the same columns per (actor code, recipient code, month); ``month`` is
#: the month's first day. Kept by the writer with ``dyad_days`` (version 4), so that a dyad
#: by month or year reads one row per month.
dyad_months = _rollup("dyad_months", "month")

quotes = Table(
    "quotes",
    metadata,
    *_record_key(),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    *_span(),
    Column("speaker_name", Text),
    Column("speaker_code", Text),
    Column("speaker", Json),
    Column("extra", Json),
    Index("ix_quotes_speaker", "speaker_name"),
)

quantities = Table(
    "quantities",
    metadata,
    *_record_key(),
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("value_high", Float),
    Column("unit", Text),
    Column("normalized_value", Float),
    Column("normalized_unit", Text),
    Column("kind", String(32), nullable=False),
    Column("approximate", Boolean, nullable=False, default=False),
    Column("about", Text),
    Column("about_start", Integer),
    Column("about_end", Integer),
    Column("committer_name", Text),
    Column("committer", Json),
    Column("period", Text),
    *_span(),
    Column("extra", Json),
    Index("ix_quantities_about", "about"),
)

time_expressions = Table(
    "time_expressions",
    metadata,
    *_record_key(),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", Text),
    Column("granularity", String(16)),
    Column("resolved", Boolean, nullable=False, default=False),
    Column("anchor", Text),
    *_span(),
    Column("extra", Json),
)

commitments = Table(
    "commitments",
    metadata,
    *_record_key(),
    Column("commitment_id", Text, nullable=False),
    Column("story_id", Text),
    Column("kind", String(16), nullable=False),
    Column("action", String(32), nullable=False),
    Column("action_class", String(32), nullable=False),
    Column("object", Text),
    Column("object_class", Text),
    Column("status_in_text", String(32), nullable=False),
    Column("hedge", Text),
    Column("conditional", Boolean, nullable=False, default=False),
    Column("figure_of", String(16), nullable=False),
    Column("why", Text),
    *_span(),
    Column("committer_code", Text, comment="Committer's country code, else its name."),
    Column("counterparty_code", Text, comment="Counterparty's code, else its name."),
    Column("reporter_name", Text),
    Column("amount", Float, comment="The quantity's normalized value."),
    Column("amount_unit", Text, comment="The quantity's normalized unit."),
    Column("period_iso", Text, comment="TIMEX3 value of the period, if any."),
    Column("deadline_iso", Text, comment="TIMEX3 value of the deadline, if any."),
    Column("pledge_key", Text, nullable=False,
           comment="committer|counterparty|action class|object class: one tracked pledge."),
    Column("extra", Json),
    Index("ix_commitments_pledge", "pledge_key"),
    Index("ix_commitments_committer", "committer_code", "counterparty_code"),
)

errors = Table(
    "errors",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("run_id", String(32), nullable=False),
    Column("item_id", Text),
    Column("code", String(16), nullable=False),
    Column("message", Text, nullable=False),
    Column("source", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_errors_code", "code"),
    Index("ix_errors_run", "run_id"),
)


def record_tables() -> dict[str, Table]:
    """Return the per-article record tables by their ``Analysis`` field name."""
    return {
        "entities": entities,
        "events": events,
        "quotes": quotes,
        "quantities": quantities,
        "time_expressions": time_expressions,
        "commitments": commitments,
    }


def fts_ddl(dialect: str) -> list[str]:
    """Return the full-text-search DDL of ``dialect`` ('sqlite' or 'postgresql').

    SQLite: an external-content FTS5 table over ``articles(title, text)`` kept in step
    by triggers. PostgreSQL: a stored generated ``tsvector`` column with a GIN index.
    """
    if dialect == "postgresql":
        return [
            "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
            "CREATE INDEX ix_articles_tsv ON articles USING GIN (tsv)",
        ]
    return [
        f"CREATE VIRTUAL TABLE {ARTICLES_FTS} USING fts5(title, text, content='articles', "
        "content_rowid='id', tokenize='porter unicode61')",
        f"CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN INSERT INTO "
        f"{ARTICLES_FTS}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
        f"CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN INSERT INTO "
        f"{ARTICLES_FTS}({ARTICLES_FTS}, rowid, title, text) "
        "VALUES ('delete', old.id, old.title, old.text); END",
        f"CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN INSERT INTO "
        f"{ARTICLES_FTS}({ARTICLES_FTS}, rowid, title, text) "
        "VALUES ('delete', old.id, old.title, old.text); INSERT INTO "
        f"{ARTICLES_FTS}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    ]

"""The fast events page and the monthly dyad roll-up (schema 4) against plain references.

A corpus of 48 articles built from the sentences of test_store_fixtures (varied days,
flags, joint actors, two actors of one code, undated events, names without codes, two
sources) is stored through the writer; then

* every ``Store.events`` page (filters, paging across boundaries) lists the same keys as a
  reference computed in Python from the stored analyses, and the same rows as the general
  query (the path before schema 4);
* every ``Store.dyad`` (month, year, week, day; ``since``/``until`` cutting months) equals
  the summary aggregated in Python from ``event_dyads``, the roll-ups' source of truth;
* ``dyad_months`` kept by the writer (additions, re-analysis) equals a rebuild;
* a version-3 store migrates to version 4 with the same answers.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest
from sqlalchemy import inspect, select

from test_store_fixtures import analyses, db_url_fixture  # noqa: F401 - fixture
from wirecoder.models import Analysis
from wirecoder.store import Store, event_queries, filters, rollup, schema
from wirecoder.store.rows import event_date

PAGE_SIZES = (1, 7, 50)


def corpus(seed: int = 5) -> list[Analysis]:
    """48 articles: copies of the three fixture analyses with varied days, flags, parties."""
    rng = random.Random(seed)
    out = []
    for n in range(48):
        base = analyses()[n % 3]
        published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(0, 400))
        if n % 4 == 0:  # first days of months: the edges of the monthly roll-up
            published = dt.date(2024, 1 + n % 12, 1)
        entities = base.entities
        events = []
        for i, event in enumerate(base.events):
            actor, recipient = event.actor, event.recipient
            shape = rng.randrange(6)
            if shape == 0 and recipient:  # joint actors, no recipient
                actor, recipient = actor + recipient, ()
            elif shape == 1:  # two actors of the same code
                actor = actor + actor
            elif shape == 2 and recipient:  # directions swapped
                actor, recipient = recipient, actor
            date = rng.choice([None, None, (published + dt.timedelta(days=rng.randrange(-40, 3)))
                               .isoformat(), "2024-06"])
            events.append(event.model_copy(update={
                "id": f"s{n}-e{i}", "story_id": f"s{n}", "actor": actor,
                "recipient": recipient, "date": date,
                "score": rng.choice([None, -2.5, 1.0, 7.0, -10.0]),
                "negated": rng.random() < 0.15, "hypothetical": rng.random() < 0.15,
                "mode": rng.choice([None, "change", "phone"])}))
        undated = n % 11 == 0
        out.append(base.model_copy(update={
            "id": f"s{n}", "url": f"https://example.org/s{n}",
            "text": base.text + f" [{n}]", "entities": entities, "events": tuple(events),
            "published": None if undated else published,
            "source": rng.choice(["VOA", "Wire", None])}))
    return out


@pytest.fixture(name="pages")
def pages_fixture(db_url):
    with Store(db_url) as store:
        store.add(corpus())
        yield store


# -- events ---------------------------------------------------------------------------------


def _code(entity) -> str:
    return entity.country_code or entity.entity_name


def _reference(store: Store) -> list[dict]:
    """Every stored event with what the filters test, from the stored analyses."""
    out = []
    for article in store.articles():
        analysis = store.analysis(article["article_id"])
        for idx, event in enumerate(analysis.events):
            out.append({"key": (article["article_id"], idx), "event": event,
                        "day": event_date(event.date, analysis.published),
                        "source": analysis.source})
    return out


def _party(entities, who: str) -> bool:
    code = filters.party(who).code
    if code:
        return any(_code(e) == code for e in entities)
    return any(_code(e).lower() == who.lower() or e.entity_name.lower() == who.lower()
               for e in entities)


def _expected(store: Store, reference: list[dict], options: dict) -> list[tuple[int, int]]:
    flags = options.get("flags") or {}
    kept = []
    for row in reference:
        event, day = row["event"], row["day"]
        if event.negated and "negated" not in flags and not options.get("include_negated"):
            continue
        if event.hypothetical and "hypothetical" not in flags:
            continue
        if any(getattr(event, flag) != wanted for flag, wanted in flags.items()):
            continue
        if options.get("actor") and not _party(event.actor, options["actor"]):
            continue
        if options.get("recipient") and not _party(event.recipient, options["recipient"]):
            continue
        if options.get("event_type") and event.event_type != options["event_type"].upper():
            continue
        if options.get("mode") and event.mode != options["mode"]:
            continue
        if options.get("source") and row["source"] != options["source"]:
            continue
        since, until = options.get("since"), options.get("until")
        if (since or until) and day is None:
            continue
        if since and day < dt.date.fromisoformat(since):
            continue
        if until and day > dt.date.fromisoformat(until):
            continue
        kept.append(row)
    nulls_first = store.dialect == "postgresql"  # each database's order of NULL days

    def order(row: dict) -> tuple:
        day = row["day"]
        rank = (0 if nulls_first else 2) if day is None else 1
        return (rank, -(day.toordinal() if day else 0), -row["key"][0], row["key"][1])

    return [row["key"] for row in sorted(kept, key=order)]


QUERIES = [
    {}, {"actor": "USA"}, {"actor": "china"}, {"recipient": "CHN"}, {"recipient": "UKR"},
    {"actor": "USA", "recipient": "CHN"}, {"actor": "CHN", "recipient": "USA"},
    {"actor": "RUS", "recipient": "UKR"}, {"actor": "CHN", "recipient": "CHN"},
    {"actor": "Xi Jinping"}, {"actor": "USA", "recipient": "Donald Trump"},
    {"actor": "Marco Rubio", "recipient": "CHN"}, {"event_type": "request"},
    {"actor": "USA", "event_type": "REQUEST"}, {"mode": "phone"}, {"source": "Wire"},
    {"actor": "CHN", "source": "VOA"}, {"since": "2024-03-01", "until": "2024-09-30"},
    {"actor": "USA", "recipient": "CHN", "since": "2024-06-01"},
    {"recipient": "USA", "until": "2024-06-30"}, {"flags": {"negated": True}},
    {"actor": "CHN", "flags": {"hypothetical": True, "negated": False}},
    {"actor": "USA", "recipient": "CHN", "include_negated": True},
]


def test_events_pages_equal_a_python_reference_and_the_general_query(pages, monkeypatch):
    reference = _reference(pages)
    assert len(reference) == 96
    checked = 0
    for options in QUERIES:
        expected = _expected(pages, reference, options)
        every = pages.events(**options)
        assert [(r["article_id"], r["idx"]) for r in every] == expected, options
        with monkeypatch.context() as patch:  # the general query, as before schema 4
            patch.setattr(event_queries, "_indexed", lambda parties: False)
            assert pages.events(**options) == every, options
        for size in PAGE_SIZES:
            for offset in sorted({0, size - 1, size, 2 * size + 1, len(expected) - 1,
                                  len(expected)} - {-1}):
                page = pages.events(**options, limit=size, offset=offset)
                assert page == every[offset:offset + size], (options, size, offset)
                checked += 1
        assert pages.events(**options, limit=-1) == len(expected)
    assert checked > 300


def test_fast_paths_are_taken_for_codes_and_not_for_names(pages, monkeypatch):
    calls = []
    general = event_queries._general_keys

    def spy(conn, checks, parties, *rest):
        calls.append([who for _, who in parties])
        return general(conn, checks, parties, *rest)

    monkeypatch.setattr(event_queries, "_general_keys", spy)
    pages.events(actor="USA", recipient="CHN", limit=5)
    pages.events(recipient="china", limit=5)
    assert calls == []
    pages.events(actor="Xi Jinping", limit=5)
    assert calls == [["Xi Jinping"]]


# -- dyads ----------------------------------------------------------------------------------


def _dyad_reference(store: Store, a: str, b: str, **options) -> list[dict]:
    """The summary aggregated in Python from ``event_dyads`` (no roll-up read)."""
    from wirecoder.store import dyads

    by, top = options.get("by", "month"), options.get("top", 3)
    days = dyads._dyad_days_from_events(store.engine, a, b, options.get("since"),
                                        options.get("until"), False, False)
    summary: dict = {}
    for day in days:
        key = (dyads.period_key(day["day"], by), f"{day['actor_code']}->{day['recipient_code']}")
        dyads._add_day(summary.setdefault(key, dyads._empty(*key)), day)
    rows = [dyads._finish(summary[key], top) for key in sorted(summary)]
    if top > 0:
        from wirecoder.store.dyad_sql import _attach_top

        _attach_top(store.engine, rows)
    return rows


DYADS = [
    {"by": "month"}, {"by": "year"}, {"by": "week"}, {"by": "day"}, {"by": "month", "top": 0},
    {"by": "month", "top": 5}, {"by": "month", "since": "2024-03-15"},
    {"by": "month", "until": "2024-08-31"}, {"by": "month", "until": "2024-08-30"},
    {"by": "month", "since": "2024-02-01", "until": "2024-02-29"},
    {"by": "month", "since": "2024-04-10", "until": "2024-04-20"},
    {"by": "year", "since": "2024-05-02", "until": "2025-01-31"},
    {"by": "month", "since": "2024-04-30", "until": "2024-05-01"},
    {"by": "month", "since": "2024-04-30", "until": "2024-09-01"},
    {"by": "year", "since": "2024-01-31", "until": "2024-12-01"},
]


def test_dyad_equals_the_summary_of_event_dyads(pages):
    compared = 0
    for a, b in (("USA", "CHN"), ("CHN", "USA"), ("RUS", "UKR"), ("china", "united states")):
        for options in DYADS:
            got = pages.dyad(a, b, **options)
            codes = [filters.party(x).code for x in (a, b)]
            assert got == _dyad_reference(pages, *codes, **options), (a, b, options)
            compared += bool(got)
    assert compared >= 40


def _rollup(store: Store, table) -> list[dict]:
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(select(table)).mappings()]
    return sorted(rows, key=lambda r: (r["actor_code"], r["recipient_code"],
                                       str(r.get("month") or r.get("day"))))


def test_monthly_rollup_kept_by_the_writer_equals_a_rebuild(pages):
    months = _rollup(pages, schema.dyad_months)
    assert len(months) > 20
    replaced = [a.model_copy(update={"events": a.events[:1]}) for a in corpus()[:12]]
    pages.add(replaced, reanalyze=True)  # re-analysis: months lose events
    pages.add([a.model_copy(update={"id": f"more-{a.id}", "url": None,
                                     "text": a.text + " (more)"}) for a in corpus()[:9]])
    incremental = _rollup(pages, schema.dyad_months)
    assert incremental != months
    with pages.engine.begin() as conn:
        rollup.rebuild(conn)
    assert _rollup(pages, schema.dyad_months) == incremental
    days = schema.dyad_days  # and each month row counts the events of its day rows
    with pages.engine.connect() as conn:
        by_day = conn.execute(select(days.c.actor_code, days.c.recipient_code, days.c.day,
                                     days.c.events)).all()
        by_month = {(r[0], r[1], str(r[2])[:7]): r[3] for r in conn.execute(select(
            schema.dyad_months.c.actor_code, schema.dyad_months.c.recipient_code,
            schema.dyad_months.c.month, schema.dyad_months.c.events))}
    summed: dict = {}
    for actor, recipient, day, n in by_day:
        key = (actor, recipient, str(day)[:7])
        summed[key] = summed.get(key, 0) + n
    assert summed == by_month


# -- migration --------------------------------------------------------------------------------


def _answers(store: Store) -> list:
    return [store.events(actor="USA", limit=9, offset=3), store.events(actor="CHN",
            recipient="USA"), store.events(event_type="REQUEST", limit=5),
            store.dyad("USA", "CHN"), store.dyad("RUS", "UKR", by="year", since="2024-02-10")]


def test_a_version_3_store_migrates_to_version_4(db_url):
    with Store(db_url) as store:
        store.add(corpus())
        before = _answers(store)
        months = _rollup(store, schema.dyad_months)
        with store.engine.begin() as conn:  # back to version 3: its tables and indexes
            for index in ("ix_events_page", "ix_events_type_page", "ix_event_actors_page",
                          "ix_event_dyads_page"):
                conn.exec_driver_sql(f"DROP INDEX {index}")
            conn.exec_driver_sql("DROP TABLE dyad_months")
            conn.exec_driver_sql("ALTER TABLE event_actors DROP COLUMN event_date")
            for sql in ("CREATE INDEX ix_events_type_date ON events (event_type, event_date)",
                        "CREATE INDEX ix_events_date ON events (event_date)",
                        "CREATE INDEX ix_event_actors_code ON event_actors (code, role)",
                        "CREATE INDEX ix_event_dyads_pair_day ON event_dyads "
                        "(actor_code, recipient_code, event_date)"):
                conn.exec_driver_sql(sql)
            conn.execute(schema.schema_version.delete().where(
                schema.schema_version.c.version == 4))
    with Store(db_url) as again:
        assert again.schema_version_found == 3
        names = {i["name"] for t in ("events", "event_actors", "event_dyads")
                 for i in inspect(again.engine).get_indexes(t)}
        assert {"ix_events_page", "ix_event_actors_page", "ix_event_dyads_page"} <= names
        assert not names & {"ix_events_date", "ix_event_actors_code"}
        assert _rollup(again, schema.dyad_months) == months
        with again.engine.connect() as conn:
            unequal = conn.exec_driver_sql(
                "SELECT count(*) FROM event_actors AS p JOIN events AS e ON e.article_id = "
                "p.article_id AND e.idx = p.event_idx WHERE p.event_date IS DISTINCT FROM "
                "e.event_date" if again.dialect == "postgresql" else
                "SELECT count(*) FROM event_actors AS p JOIN events AS e ON e.article_id = "
                "p.article_id AND e.idx = p.event_idx WHERE p.event_date IS NOT e.event_date"
            ).scalar()
        assert unequal == 0
        assert _answers(again) == before

"""Shared fixtures of the store tests: real sentences turned into Analysis records by hand.

Offsets are computed from the texts, so every record points at the words it names.
Also the backend parametrization (SQLite always, PostgreSQL with WIRECODER_TEST_PG).
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from typing import Any

import pytest

from wirecoder.models import (
    Analysis,
    Entity,
    Event,
    Quantity,
    Quote,
    StoryWarning,
    TimeExpression,
)

PG_URL = os.environ.get("WIRECODER_TEST_PG")

SENTENCES_1 = (
    "U.S. Secretary of State Marco Rubio urged China on Monday to halt arms sales to Russia.",
    '"We will not accept this," Rubio told reporters in Washington.',
    "China agreed to buy 12 million metric tons of soybeans this year.",
)
SENTENCES_2 = (
    "Chinese President Xi Jinping met U.S. President Donald Trump in Busan on Thursday.",
    '"China and the United States should be partners," Xi Jinping said.',
    "Beijing accused Washington of new arms sales to Taiwan valued at $330 million.",
)
SENTENCES_3 = (
    "Russian forces attacked the Ukrainian city of Kharkiv overnight, officials said.",
    "Ukraine urged its allies to send more air defense systems.",
)
TEXT_1, TEXT_2, TEXT_3 = (" ".join(s) for s in (SENTENCES_1, SENTENCES_2, SENTENCES_3))
_SENTENCES = {TEXT_1: SENTENCES_1, TEXT_2: SENTENCES_2, TEXT_3: SENTENCES_3}


def span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def sentence_of(text: str, start: int) -> int:
    offset = 0
    for index, sentence in enumerate(_SENTENCES[text]):
        offset += len(sentence) + 1
        if start < offset:
            return index
    raise ValueError(start)


def entity(text: str, words: str, name: str, code: str | None, *, nth: int = 0,
           sector: str | None = None, kind: str = "GPE", **more: object) -> Entity:
    start, end = span(text, words, nth)
    return Entity(start=start, end=end, sentence=sentence_of(text, start), raw_text=words,
                  entity_name=name, country_code=code, sector_code=sector, kind=kind, **more)


def event(text: str, story: str, index: int, trigger: str, kind: str, actor: tuple,
          recipient: tuple = (), *, score: float | None = None, date: str | None = None,
          **more: object) -> Event:
    start, end = span(text, trigger)
    sent = sentence_of(text, start)
    return Event(id=f"{story}-e{index}", story_id=story, event_type=kind, actor=actor,
                 recipient=recipient, event_text=trigger, text=_SENTENCES[text][sent], start=start,
                 end=end, sentence=sent, score=score, date=date, **more)


def analysis_1() -> Analysis:
    t = TEXT_1
    usa = entity(t, "Marco Rubio", "Marco Rubio", "USA", sector="GOV", kind="PERSON",
                 role="Secretary of State", resolved_by="kb")
    chn = entity(t, "China", "China", "CHN")
    rus = entity(t, "Russia", "Russia", "RUS")
    rubio2 = entity(t, "Rubio", "Marco Rubio", "USA", nth=1, kind="PERSON", resolved_by="coref",
                    coref_of=0)
    chn2 = entity(t, "China", "China", "CHN", nth=1)
    q_start, q_end = span(t, "We will not accept this,")
    cue = span(t, "told")
    qty = span(t, "12 million metric tons")
    about = span(t, "soybeans")
    monday = span(t, "Monday")
    return Analysis(
        id="voa-1", title="Rubio urges China to halt arms sales", text=t,
        url="https://www.voanews.com/a/rubio-china/1.html?utm_source=rss",
        published=dt.date(2025, 3, 10), source="VOA",
        entities=(usa, chn, rus, rubio2, chn2),
        events=(
            event(t, "voa-1", 0, "urged", "REQUEST", (usa,), (chn,), score=-1.0,
                  date="2025-03-10", date_source="text", mode="change", why="lexicon:urge"),
            event(t, "voa-1", 1, "agreed", "AGREE", (chn2,), (), context=("economic",)),
        ),
        quotes=(Quote(start=q_start, end=q_end, sentence=1, text=t[q_start:q_end],
                      kind="direct", cue="told", cue_start=cue[0], cue_end=cue[1],
                      speaker=rubio2),),
        quantities=(Quantity(start=qty[0], end=qty[1], sentence=2, text=t[qty[0]:qty[1]],
                             value=12e6, unit="metric_ton", normalized_value=12e9,
                             normalized_unit="kg", kind="mass", about="soybeans",
                             about_start=about[0], about_end=about[1], committer=chn2,
                             period="this year"),),
        time_expressions=(TimeExpression(start=monday[0], end=monday[1], sentence=0,
                                         text="Monday", type="DATE", value="2025-03-10",
                                         granularity="day", resolved=True, anchor="published"),),
        warnings=(StoryWarning(code="test", message="a warning kept as is"),),
        meta={"wirecoder_version": "0.1.0", "model": "en_core_web_sm-3.8.0"},
    )


def analysis_2() -> Analysis:
    t = TEXT_2
    xi = entity(t, "Xi Jinping", "Xi Jinping", "CHN", sector="GOV", kind="PERSON")
    trump = entity(t, "Donald Trump", "Donald Trump", "USA", sector="GOV", kind="PERSON")
    xi2 = entity(t, "Xi Jinping", "Xi Jinping", "CHN", nth=1, sector="GOV", kind="PERSON")
    beijing = entity(t, "Beijing", "China", "CHN", sector="GOV")
    washington = entity(t, "Washington", "United States", "USA", sector="GOV")
    q = span(t, "China and the United States should be partners,")
    money = span(t, "$330 million")
    return Analysis(
        id="voa-2", title="Xi meets Trump in Busan", text=t,
        url="https://www.voanews.com/a/xi-trump/2.html", published=dt.date(2025, 10, 30),
        source="VOA", entities=(xi, trump, xi2, beijing, washington),
        events=(
            event(t, "voa-2", 0, "met", "CONSULT", (xi,), (trump,), score=4.0,
                  location="Busan"),
            event(t, "voa-2", 1, "accused", "ACCUSE", (beijing,), (washington,), score=-3.5,
                  date="2025-11-02"),
        ),
        quotes=(Quote(start=q[0], end=q[1], sentence=1, text=t[q[0]:q[1]], kind="direct",
                      cue="said", speaker=xi2),),
        quantities=(Quantity(start=money[0], end=money[1], sentence=2, text="$330 million",
                             value=330e6, unit="USD", kind="money", about="arms sales"),),
        meta={"wirecoder_version": "0.1.0", "model": "en_core_web_sm-3.8.0"},
    )


def analysis_3() -> Analysis:
    t = TEXT_3
    rus = entity(t, "Russian forces", "Russia", "RUS", sector="MIL", kind="NORP")
    kharkiv = entity(t, "Kharkiv", "Kharkiv", "UKR", is_place=True)
    ukr = entity(t, "Ukraine", "Ukraine", "UKR")
    return Analysis(
        id="voa-3", title=None, text=t, url=None, published=dt.date(2025, 3, 20),
        entities=(rus, kharkiv, ukr),
        events=(
            event(t, "voa-3", 0, "attacked", "ASSAULT", (rus,), (kharkiv,), score=-9.0,
                  location="Kharkiv"),
            event(t, "voa-3", 1, "urged", "REQUEST", (ukr,), (), negated=False),
        ),
        meta={"wirecoder_version": "0.1.0", "model": "en_core_web_sm-3.8.0"},
    )


def analyses() -> list[Analysis]:
    return [analysis_1(), analysis_2(), analysis_3()]


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgres", marks=[
        pytest.mark.postgres,
        pytest.mark.skipif(not PG_URL, reason="WIRECODER_TEST_PG is not set"),
    ]),
]


def fresh_db(backend: str, tmp_path) -> str:
    """Return the URL of an empty database of ``backend`` (a new PG schema-less database)."""
    if backend == "sqlite":
        return str(tmp_path / "store.db")
    return _fresh_pg_database()


def _fresh_pg_database() -> str:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    url = make_url(PG_URL)
    name = f"wc_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    """Drop a scratch database made by :func:`fresh_db` (after its engine is disposed)."""
    import time

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    name = make_url(url).database
    admin = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
    for attempt in range(10):  # an autovacuum worker (not ours to end) may still be there
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            break
        except DBAPIError:
            if attempt == 9:
                raise
            time.sleep(0.5)
    admin.dispose()


@pytest.fixture(name="db_url", params=BACKENDS)
def db_url_fixture(request, tmp_path):
    """An empty database of each backend; PostgreSQL ones are dropped afterwards."""
    url = fresh_db(request.param, tmp_path)
    yield url
    if request.param == "postgresql":
        drop_pg_database(url)


@pytest.fixture(name="store")
def store_fixture(db_url):
    """A store holding the three hand-made analyses."""
    from wirecoder.store import Store

    with Store(db_url) as opened:
        opened.add(analyses())
        yield opened


def assert_rollup_consistent(store: Any) -> None:
    """Check that rebuilding the dyad roll-up from the stored events changes none of its rows."""
    from sqlalchemy import select

    from wirecoder.store import rollup, schema

    with store.engine.connect() as conn:
        before = sorted(map(tuple, conn.execute(select(schema.dyad_days)).all()), key=str)
    with store.engine.begin() as conn:
        rollup.rebuild(conn)
    with store.engine.connect() as conn:
        after = sorted(map(tuple, conn.execute(select(schema.dyad_days)).all()), key=str)
    assert before == after

"""Property tests (hypothesis): no input makes the library crash (issue 17 item 8).

Bounded example counts keep this fast in CI; ``benchmarks/fuzz.py`` runs the same
properties over tens of thousands of inputs. The properties: :func:`wirecoder.analyze`
returns an analysis whose records point into the text, or raises the project's own
error; the readers yield a story or a coded item error for any bytes, any JSON value,
any text; the search syntax gives a query or ``S010``.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wirecoder
from wirecoder.errors import WirecoderError
from wirecoder.io import SUFFIXES, read_paths, sniff
from wirecoder.models import Analysis, ItemError, Story
from wirecoder.store.search_syntax import parse_query

FAST = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
SHORT = settings(max_examples=200, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture])

NEWSY = st.sampled_from([
    "The United States", "China", "said", '"', "$", "5 million", "tomorrow", "\n", ".", ",",
    "President Xi Jinping", "met", "attacked", "Kenya's", "-", "(", ")", "\u201c", "%", " ",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(NEWSY, max_size=60).map(" ".join))
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12,
)


def _check_analysis(analysis: Analysis, text: str) -> None:
    assert analysis.text == text
    for record in (*analysis.entities, *analysis.quotes, *analysis.quantities,
                   *analysis.time_expressions, *analysis.events):
        assert 0 <= record.start <= record.end <= len(text)


@FAST
@given(text=TEXTS, published=st.one_of(st.none(), st.dates()))
def test_analyze_never_crashes(text, published):
    try:
        analysis = wirecoder.analyze(text, published=published)
    except WirecoderError as exc:
        assert exc.code.startswith("W") and exc.code != "W013", str(exc)
        return
    _check_analysis(analysis, text)


def _items_are_stories_or_coded_errors(items: list) -> None:
    for item in items:
        assert isinstance(item, Story | ItemError)
        if isinstance(item, ItemError):
            assert item.code[0] in "WS" and item.message
            item.model_dump_json()  # storable and printable
        else:
            item.text.encode("utf-8")
            (item.title or "").encode("utf-8")


@SHORT
@given(data=st.binary(max_size=400), suffix=st.sampled_from(sorted(SUFFIXES)))
def test_readers_take_any_bytes(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("bytes") / f"input{suffix}"
    path.write_bytes(data)
    _items_are_stories_or_coded_errors(list(read_paths([path])))


@SHORT
@given(value=JSON_VALUES, as_lines=st.booleans())
def test_readers_take_any_json_value(tmp_path_factory, value, as_lines):
    folder = tmp_path_factory.mktemp("json")
    path = folder / ("input.jsonl" if as_lines else "input.json")
    text = json.dumps(value)
    path.write_text(text + "\n" + text if as_lines else text, encoding="utf-8")
    _items_are_stories_or_coded_errors(list(read_paths([path])))


@SHORT
@given(record=st.fixed_dictionaries({"text": st.text(max_size=50)}, optional={
    "id": JSON_VALUES, "title": JSON_VALUES, "url": JSON_VALUES, "published": JSON_VALUES,
    "source": JSON_VALUES}))
def test_any_record_fields_give_a_story_or_a_coded_error(tmp_path_factory, record):
    path = tmp_path_factory.mktemp("rec") / "input.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")
    _items_are_stories_or_coded_errors(list(read_paths([path])))


@SHORT
@given(text=st.text(max_size=200))
def test_stdin_sniffing_takes_any_text(text):
    assert sniff(text) in {".txt", ".json", ".jsonl", ".xml", ".html"}


@SHORT
@given(query=st.text(max_size=120))
def test_search_syntax_takes_any_text(query):
    try:
        parsed = parse_query(query)
    except WirecoderError as exc:
        assert exc.code == "S010"
        return
    assert parsed.groups and '"' in parsed.fts5()
    expr, params = parsed.tsquery()
    assert all(f":{name}" in expr for name in params)

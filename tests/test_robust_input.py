"""Hostile and clumsy input (issue 17): every bad item is one coded error, the rest goes on.

Each test builds the bad input the issue's table describes and checks the error code and
that good items around it still come through.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import sys

import pytest
from typer.testing import CliRunner

import wirecoder
from wirecoder.cli.app import app
from wirecoder.errors import ConfigError, InputError
from wirecoder.io import read_paths, sniff
from wirecoder.jsonsafe import MAX_DEPTH, JSONError, loads
from wirecoder.models import ItemError, Story

runner = CliRunner()
GOOD = "Kenya's president met Ethiopian officials in Nairobi on Monday, the ministry said."


def _jsonl(tmp_path, lines, name="batch.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- records: surrogates, huge numbers, deep nesting, wrong types --------------------------


@pytest.mark.parametrize("field", ["title", "url", "id", "source"])
def test_lone_surrogate_in_any_field_is_an_item_error(tmp_path, field):
    bad = json.dumps({"id": "bad", "text": GOOD, field: "caf\ud800e"})  # escaped: \ud800
    path = _jsonl(tmp_path, [bad, json.dumps({"id": "ok", "text": GOOD})])
    error, story = read_paths([path])
    assert isinstance(error, ItemError) and error.code == "W002"
    assert field in error.message
    assert isinstance(story, Story) and story.id == "ok"
    error.model_dump_json()  # the error itself can be written (no surrogate leaks into it)


def test_huge_number_and_deep_nesting_are_item_errors(tmp_path):
    lines = [json.dumps({"id": "a", "text": GOOD}),
             '{"id": 1' + "0" * 5000 + ', "text": "x"}',
             '{"id": "deep", "text": "x", "meta": ' + "[" * 5000 + "]" * 5000 + "}",
             json.dumps({"id": "b", "text": GOOD})]
    items = list(read_paths([_jsonl(tmp_path, lines)]))
    assert [getattr(i, "code", "story") for i in items] == ["story", "W005", "W005", "story"]
    assert "number" in items[1].message and "nested deeper" in items[2].message


def test_deeply_nested_json_file_is_one_error_not_a_crash(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    [error] = list(read_paths([path]))
    assert error.code == "W005"
    assert wirecoder.io.count_items([path]) == 1


def test_json_bounds_are_checked_before_parsing():
    assert loads('{"a": [[1, 2.5]]}') == {"a": [[1, 2.5]]}
    with pytest.raises(JSONError, match="nested deeper"):
        loads("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert loads('["[[[[' + "[" * 500 + '"]') == ["[[[[" + "[" * 500]  # brackets in strings
    with pytest.raises(JSONError, match="number"):
        loads("1" * 200)


@pytest.mark.parametrize(("field", "value"), [
    ("title", ["a", "list"]), ("url", 5), ("id", {"x": 1}), ("published", 20250101),
    ("source", True), ("id", 1.5),
])
def test_wrong_field_type_is_a_coded_item_error(tmp_path, field, value):
    path = _jsonl(tmp_path, [json.dumps({"id": "x", "text": GOOD, field: value}),
                             json.dumps({"id": "ok", "text": GOOD})])
    error, story = read_paths([path])
    assert error.code == "W015" and repr(field) in error.message and "Fix:" in error.message
    assert story.id == "ok"


def test_numeric_id_is_still_accepted(tmp_path):
    [story] = read_paths([_jsonl(tmp_path, [json.dumps({"id": 12, "text": GOOD})])])
    assert story.id == "12"


# -- dates out of range ---------------------------------------------------------------------


@pytest.mark.parametrize(("published", "text"), [
    ("9999-12-31", "The talks resume tomorrow, the minister said."),
    ("0001-01-01", "The talks ended yesterday, the minister said."),
])
def test_out_of_range_publication_date_is_an_input_error(published, text):
    with pytest.raises(InputError) as info:
        wirecoder.analyze(text, published=published)
    assert info.value.code == "W016"


def test_out_of_range_date_from_the_cli_is_an_item_error(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("The talks resume tomorrow, the minister said.", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(story), "-q", "--published", "9999-12-31"])
    assert result.exit_code == 1
    assert "W016" in result.output and "Traceback" not in result.output
    assert "bug" not in result.output


def test_analyze_many_reports_bad_date_and_goes_on():
    errors: list[ItemError] = []
    stories = [{"id": "far", "text": "They meet tomorrow.", "published": dt.date(9999, 12, 31)},
               {"id": "ok", "text": GOOD, "published": "2025-03-03"}]
    done = list(wirecoder.analyze_many(stories, on_error=errors.append))
    assert [a.id for a in done] == ["ok"] and [e.code for e in errors] == ["W016"]


# -- files and folders ------------------------------------------------------------------------


def test_empty_file_and_folder_without_articles_are_errors(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    (tmp_path / "nothing" / "notes.png").write_bytes(b"\x89PNG")
    items = list(read_paths([tmp_path / "empty.txt", tmp_path / "nothing"]))
    assert [i.code for i in items] == ["W001", "W019"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_folder_is_an_error_and_cli_exits_non_zero(tmp_path):
    locked = tmp_path / "corpus" / "locked"
    locked.mkdir(parents=True)
    (locked / "a.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        items = list(read_paths([tmp_path / "corpus"]))
        result = runner.invoke(app, ["analyze", str(tmp_path / "corpus"), "-q"])
    finally:
        locked.chmod(0o755)
    assert any(i.code == "W019" and "locked" in i.message for i in items)
    assert result.exit_code != 0


def test_folder_the_walk_cannot_read_is_reported(tmp_path, monkeypatch):
    """Simulates chmod 000 where the tests run as root (root reads every folder)."""
    import wirecoder.io as wio

    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    real_walk = os.walk

    def walk(top, onerror=None, followlinks=False):
        for folder, dirs, names in real_walk(top, onerror=onerror, followlinks=followlinks):
            if folder.endswith("sub"):
                onerror(PermissionError(13, "Permission denied", folder))
                continue
            yield folder, dirs, names

    monkeypatch.setattr(wio.os, "walk", walk)
    items = list(read_paths([tmp_path]))
    assert [getattr(i, "code", "story") for i in items] == ["W019", "story"]
    assert "Permission denied" in items[0].message and "sub" in items[0].message


def test_symlink_leaving_the_input_folder_is_not_followed_unless_asked(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("Secret text outside the corpus.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b.txt").symlink_to(outside)
    (corpus / "inner.txt").symlink_to(corpus / "a.txt")  # stays inside: read
    items = list(read_paths([corpus]))
    assert [(type(i).__name__, i.id) for i in items] == [
        ("ItemError", "b"), ("Story", "a"), ("Story", "inner")]
    assert items[0].code == "W020"
    followed = list(read_paths([corpus], follow_symlinks=True))
    assert sorted(s.id for s in followed) == ["a", "b", "inner"]
    result = runner.invoke(app, ["code", str(corpus), "-q"])
    assert result.exit_code == 1 and "W020" in result.output
    result = runner.invoke(app, ["code", str(corpus), "-q", "--follow-symlinks"])
    assert result.exit_code == 0


@pytest.mark.parametrize(("text", "suffix"), [
    ("[Reuters] Kenya's president met officials on Monday.", ".txt"),
    ("{Draft} The minister met officials.", ".txt"),
    ('{"id": "a", "text": "The minister met officials."}\n', ".jsonl"),
    ('[{"id": "a", "text": "The minister met officials."}]', ".json"),
    ('<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', ".xml"),
    ('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', ".xml"),
    ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", ".html"),
])
def test_stdin_is_sniffed_safely(text, suffix):
    assert sniff(text) == suffix


def test_bracketed_text_on_stdin_stays_text(monkeypatch):
    text = "[Reuters] Kenya's president met Ethiopian officials on Monday."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    [story] = read_paths(["-"])
    assert isinstance(story, Story) and story.text == text


# -- user YAML ----------------------------------------------------------------------------------

BOMB = """source: x
checked: 2025-01-01
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
actors: [*h]
"""


@pytest.mark.parametrize(("content", "needle", "line"), [
    (BOMB.encode(), "alias", 4),
    ("source: x\nchecked: 2025-01-01\n".encode("utf-16"), "UTF-16", 1),
    (b"source: x\nchecked: 2025-01-01\nactors: [\xff\xfe]\n", "not UTF-8", 3),
    (b"source: x\nchecked: 2025-01-01\ncountries: [1, 2]\n", "'countries' is not a mapping",
     None),
    (b"source: x\nchecked: 2025-01-01\nactors: 5\n", "not a list", None),
])
def test_bad_user_yaml_is_one_configuration_error(tmp_path, content, needle, line):
    path = tmp_path / "mine.yaml"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as info:
        wirecoder.analyze(GOOD, settings=wirecoder.Settings(actor_files=(path,)))
    message = str(info.value)
    assert needle in message and str(path) in message and "Fix:" in message
    if line:
        assert f"line {line}" in message


def test_bad_user_yaml_in_the_cli_exits_2_once(tmp_path):
    bad = tmp_path / "lex.yaml"
    bad.write_bytes(BOMB.replace("source: x\nchecked: 2025-01-01\n", "").encode())
    stories = [tmp_path / f"{n}.txt" for n in "abc"]
    for story in stories:
        story.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["analyze", *map(str, stories), "-q", "--lexicon", str(bad)])
    assert result.exit_code == 2
    assert result.output.count("[C002]") == 1 and "alias" in result.output  # lexicon: C002
    assert "bug" not in result.output


def test_oversized_yaml_is_refused_before_reading(tmp_path, monkeypatch):
    import wirecoder.yamlfile as yamlfile

    monkeypatch.setattr(yamlfile, "MAX_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_text("source: x\nchecked: 2025-01-01\nactors: []\n" + "#" * 2000 + "\n",
                    encoding="utf-8")
    with pytest.raises(ConfigError, match="over the limit"):
        yamlfile.load_yaml(path, "Actor file")

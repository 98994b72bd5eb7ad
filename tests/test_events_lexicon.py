"""Lexicon loading, validation errors and user extension; score tables."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.codebook import CATEGORIES, MODES, cameo_root, quad, score
from wirecoder.errors import ConfigError
from wirecoder.events import code_events, extract, load_lexicon
from wirecoder.events.lexicon import builtin_path, compile_lexicon
from wirecoder.models import Entity, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext


def write(tmp_path, body: str):
    path = tmp_path / "extra.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_builtin_lexicon_covers_all_categories():
    lexicon = load_lexicon()
    assert {e.category for e in lexicon.entries} == set(CATEGORIES)
    assert len({e.id for e in lexicon.entries}) == len(lexicon.entries)
    # light verbs are triggers only with a required object ("hold a ceasefire")
    assert all(entry.requires or pattern.particles
               for pattern, entry in lexicon.verb_index.get("hold", ()))
    assert builtin_path().read_text(encoding="utf-8").startswith("# wirecoder PLOVER")
    assert "CC BY-SA 4.0" in builtin_path().read_text(encoding="utf-8")


def test_every_mode_of_the_codebook_is_reachable():
    lexicon = load_lexicon()
    reachable = {(e.category, e.mode) for e in lexicon.entries if e.mode}
    reachable |= {(c, m) for c, cues in lexicon.mode_cues.items() for m, _, _ in cues}
    for category in ("CONSULT", "ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION"):
        assert {m for c, m in reachable if c == category} >= set(MODES[category]) - {
            "vandalize", "militia", "police"}


@pytest.mark.parametrize(("body", "needle"), [
    ("entries:\n  - id: x.bad\n    category: ATTACK\n    verbs: [raid]\n",
     "extra.yaml, line 2 (entry 'x.bad'): unknown category 'ATTACK'"),
    ("entries:\n  - id: x.mode\n    category: CONSULT\n    mode: video\n    verbs: [zoom]\n",
     "extra.yaml, line 2 (entry 'x.mode'): mode 'video' is not a CONSULT mode"),
    ("entries:\n  - id: x.ctx\n    category: AID\n    context: [money]\n    verbs: [gift]\n",
     "unknown context ['money']"),
    ("entries:\n  - id: x.empty\n    category: AID\n", "no 'verbs', 'nouns' or 'adjectives'"),
    ("entries:\n  - id: x.key\n    category: AID\n    verb: [gift]\n", "unknown field(s) ['verb']"),
    ("entries:\n  - category: AID\n    verbs: [gift]\n", "an entry has no 'id'"),
    ("entries:\n  - id: x.on\n    category: AID\n    verbs: [gift]\n"
     "    requires: {prep: [on]}\n", "quote on/off/yes/no"),
    ("entries:\n  - id: consult.meet\n    category: CONSULT\n    verbs: [gather]\n",
     "duplicate id (first at"),
    ("entries: [\n", "invalid YAML"),
    ("mode_cues:\n  ASSAULT:\n    laser: [laser]\n", "mode 'laser' is not a ASSAULT mode"),
    ("entry:\n  - id: x.top\n", "extra.yaml, line 1: unknown field(s) ['entry']"),
    ("entries:\n  - id: x.conf\n    category: AID\n    verbs: [gift]\n    confidence: 2\n",
     "extra.yaml, line 2 (entry 'x.conf'): 'confidence' must be a number in [0, 1]"),
])
def test_validation_errors_name_entry_and_line(tmp_path, body, needle):
    with pytest.raises(ConfigError) as info:
        compile_lexicon([builtin_path(), write(tmp_path, body)])
    assert needle in str(info.value)
    assert "Fix:" in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_lexicon([tmp_path / "nope.yaml"])


EXTRA = """
entries:
  - id: user.shun
    category: REJECT
    mode: meet
    verbs: [shun]
    context: [diplomatic]
"""


def _entities(text: str) -> list[Entity]:
    out = []
    for name, code in (("Japan", "JPN"), ("China", "CHN")):
        at = text.index(name)
        out.append(Entity(raw_text=name, entity_name=name, country_code=code, kind="GPE",
                          start=at, end=at + len(name), sentence=0))
    return sorted(out, key=lambda e: e.start)


def test_user_lexicon_extends_builtin(nlp, tmp_path):
    text = "Japan shunned China."
    doc = nlp(text)
    assert not code_events(doc, load_lexicon(), _entities(text))
    events = code_events(doc, load_lexicon([write(tmp_path, EXTRA)]), _entities(text))
    assert [(e.event_type, e.mode, e.why) for e in events] == [("REJECT", "meet", "user.shun")]
    assert {e.country_code for e in events[0].recipient} == {"CHN"}


def test_user_lexicon_from_settings(nlp, tmp_path):
    settings = Settings(event_lexicons=(write(tmp_path, EXTRA),))
    text = "Japan shunned China."
    results = {"entities": tuple(_entities(text)), "time_expressions": (), "quotes": ()}
    story = Story(id="u", text=text, published=dt.date(2026, 1, 1))
    events = extract(nlp(text), StageContext(story=story, settings=settings, results=results))
    assert [e.event_type for e in events] == ["REJECT"]


def test_scores_quads_and_cameo_roots():
    assert score("CONSULT", "phone") == 1.5
    assert score("CONSULT", None) == 2.5
    assert score("ACCUSE", None) == -3.0  # the codebook's "3" read as a sign typo
    assert score("ASSAULT", "unconventional") == -10.0
    assert score("AID", None) == 10.0
    assert quad("SANCTION") == "MATERIAL CONFLICT"
    assert quad("REQUEST") == "VERBAL CONFLICT"
    assert quad("RETREAT") == "MATERIAL COOPERATION"
    assert cameo_root("ACCUSE", "investigate") == "09"
    assert cameo_root("ACCUSE", "allege") == "11"
    assert cameo_root("ASSAULT", "unconventional") == "20"
    assert cameo_root("ASSAULT", None, ("military",)) == "19"
    assert cameo_root("RETREAT", "release") == "08"
    assert all(score(c, None) is not None and quad(c) for c in CATEGORIES)

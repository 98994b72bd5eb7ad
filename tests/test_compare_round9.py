"""Round 9 of the comparer: the relation of two sides' statements on one matter in one story.

Sentences written for these tests (fictional countries and officials). Claims are built from
a story with no upstream records, so only the comparer's own rules decide.
"""

from __future__ import annotations

from compare_helpers import given_claims
from wirecoder.compare.align import align
from wirecoder.compare.claims import build_claims
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.linker import RULES
from wirecoder.compare.sentences import sentence_spans
from wirecoder.models import Analysis


def _points(sentences: list[tuple[str, str]], within: bool):
    """Align the claims of ``[(sides, sentence), ...]``; "A+B" gives a sentence to both."""
    return align(given_claims(sentences, whole=True)[1], within=within, linker=RULES)


SEPARATE = [
    ("RUR", "Ruritania said the Geneva talks on the fishing dispute achieved real progress."),
    ("FRE", "Freedonia described the Geneva talks on fishing as a waste of time that "
            "settled nothing."),
]


def test_two_sides_stating_one_matter_apart_in_their_own_words_frame_it_differently():
    points = _points(SEPARATE, within=True)
    linked = [p for p in points if len(p.sides) == 2]
    assert len(linked) == 1
    assert linked[0].relation == "different_framing"
    assert "in its own words" in linked[0].why


def test_between_separate_accounts_the_same_pair_stays_shared():
    points = _points(SEPARATE, within=False)
    linked = [p for p in points if len(p.sides) == 2]
    assert len(linked) == 1
    assert linked[0].relation == "shared"


def test_a_paraphrase_by_the_other_side_in_one_story_is_shared():
    points = _points([
        ("RUR", "Ruritania said the Geneva talks on the fishing dispute will resume in May."),
        ("FRE", "Freedonia said the Geneva talks on the fishing dispute would resume in May."),
    ], within=True)
    linked = [p for p in points if len(p.sides) == 2]
    assert len(linked) == 1
    assert linked[0].relation == "shared"


def test_one_sentence_both_sides_state_together_is_shared():
    points = _points([
        ("RUR+FRE", "Ruritania and Freedonia agreed to reopen the border crossing at Vell."),
        ("RUR", "Ruritania's envoy Ada Korr said the crossing would help farmers sell grain."),
    ], within=True)
    joint = [p for p in points if len(p.sides) == 2]
    assert joint and all(p.relation == "shared" for p in joint)


REPLY = [
    ("RUR", "Ruritania asked the harbour authority to cut the fees its trawlers pay at the quays."),
    ("RUR", "Ruritanian captains have waited months for a berth at Vell."),
    ("FRE", "Freedonian harbour officials responded, saying the fees cover dredging and cannot "
            "drop."),
]


def test_a_reply_left_alone_answers_the_other_sides_claim_just_before_it():
    points = _points(REPLY, within=True)
    linked = [p for p in points if len(p.sides) == 2]
    assert len(linked) == 1
    assert set(linked[0].claims) == {"RUR:s0", "FRE:s2"}  # the claim it shares words with
    assert linked[0].relation == "different_framing"


def test_without_a_reply_verb_the_same_statement_stays_one_sided():
    plain = [*REPLY[:2], ("FRE", "Freedonian harbour officials said the fees cover dredging and "
                                 "cannot drop.")]
    points = _points(plain, within=True)
    assert all(len(p.sides) == 1 for p in points)


def test_a_reply_never_answers_a_claim_stated_after_it():
    points = _points([REPLY[2], *REPLY[:2]], within=True)
    assert all(len(p.sides) == 1 for p in points)


def test_news_verbs_of_stance_report_their_subjects_view():
    from wirecoder.compare.api import within_claims
    from wirecoder.models import Entity

    text = ("Ruritanian Interior Minister Olek Brand tells reporters the border is calm. "
            "Freedonian Defense Minister Ines Tamm downplayed the incident at the ford.")
    entities = []
    for raw, name, code in (("Ruritanian Interior Minister Olek Brand", "Olek Brand", "RUR"),
                            ("Freedonian Defense Minister Ines Tamm", "Ines Tamm", "FRE")):
        start = text.index(raw)
        entities.append(Entity(raw_text=raw, entity_name=name, country_code=code,
                               kind="PERSON", start=start, end=start + len(raw), sentence=0))
    claims = within_claims(Analysis(id="t", text=text, entities=tuple(entities)))
    sides = {text[c.start:c.start + 10]: c.side for c in claims}
    assert sides == {"Ruritanian": "RUR", "Freedonian": "FRE"}


def test_adjacent_sentences_of_two_speakers_sharing_only_an_anchor_stay_two_matters():
    from wirecoder.compare.align import anchor_weights, matters_of

    text = ("Trade minister Ada Korr said the sanctions had closed three flour mills in Vell. "
            "Navy commander Ivo Pell said new visa restrictions ground the coastal patrols. "
            "Freedonia said the talks on the fishing quota would go on in May. "
            "Freedonia added that its trawlers keep to the agreed grounds.")
    spans = sentence_spans(text)
    sides = {0: ("RUR", "given", "Ada Korr"), 1: ("RUR", "given", "Ivo Pell")}
    claims = build_claims(Analysis(id="t", text=text), "RUR", spans, sides, load_lexicon())
    claims += build_claims(Analysis(id="t", text=text), "FRE", spans,
                           {2: ("FRE", "given", "Freedonia"), 3: ("FRE", "given", "Freedonia")},
                           load_lexicon())
    assert set(claims[0].anchors) & set(claims[1].anchors) == {"sanctions"}
    matters = matters_of(claims, anchor_weights(claims))
    assert sorted(len(m.claims) for m in matters if m.side == "RUR") == [1, 1]

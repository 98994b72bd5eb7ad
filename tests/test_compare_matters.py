"""Matters, alignment and the sides of armed groups (compare/align.py, compare/sides.py).

Sentences and analyses are written for these tests (invented countries and groups), so the
comparer's own rules decide, not the upstream stages.
"""

from __future__ import annotations

from compare_helpers import entity as _ent
from wirecoder.compare.align import align
from wirecoder.compare.claims import build_claims
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.sentences import sentence_spans
from wirecoder.compare.sides import entity_side, sentence_sides
from wirecoder.models import Analysis, Quote


def _claims(text: str, sides: dict[int, tuple[str, str]], quotes: tuple[Quote, ...] = ()):
    """Claims of ``text`` with sentence → (side, speaker) given by the test."""
    spans = sentence_spans(text)
    analysis = Analysis(id="t", text=text, quotes=quotes)
    lexicon = load_lexicon()
    claims = []
    for side in dict.fromkeys(s for s, _ in sides.values()):
        mine = {i: (s, "given", who) for i, (s, who) in sides.items() if s == side}
        claims.extend(build_claims(analysis, side, spans, mine, lexicon))
    return claims


def _sentences_of(points, text: str) -> list[list[int]]:
    spans = sentence_spans(text)
    return sorted(sorted(spans.index(tuple(s)) for v in p.evidence.values() for s in v)
                  for p in points)


def test_a_speakers_new_statement_on_another_subject_is_a_new_one_sided_point():
    text = ("General Oradi said the rescue operation at the dam lasted thirty hours. "
            "Oradi said no hostages died during the rescue operation at the dam. "
            "Oradi also warned that the smugglers' bankers in the capital will face trial.")
    claims = _claims(text, {i: ("RUR", "Oradi") for i in range(3)})
    points = align(claims)
    assert _sentences_of(points, text) == [[0, 1], [2]]
    assert {p.relation for p in points} == {"only_in_one"}


def test_sentences_of_one_quote_stay_one_matter():
    text = ('"The harbour will reopen next week. '
            'Ships from every nation are welcome," the minister of Ruritania said.')
    quote = Quote(text=text[1:text.index(',"') + 1], kind="direct", speaker=None,
                  start=1, end=text.index(',"') + 1, sentence=0)
    claims = _claims(text, {0: ("RUR", "minister"), 1: ("RUR", "minister")}, (quote,))
    assert claims[0].quotes == claims[1].quotes == ("quote:0",)
    assert _sentences_of(align(claims), text) == [[0, 1]]


def test_two_sides_sharing_some_words_but_no_matter_are_not_aligned():
    text = ("Ruritania said the new bridge over the river will open for traffic in spring. "
            "Freedonia said the fishermen on the river have not been paid for the winter.")
    claims = _claims(text, {0: ("RUR", "a"), 1: ("FRE", "b")})
    points = align(claims)
    assert len(points) == 2
    assert all(p.relation == "only_in_one" for p in points)


def test_two_sides_on_one_anchored_matter_are_aligned():
    text = ("Ruritania said the talks on tariffs were productive and will continue. "
            "Freedonia said its tariffs on Ruritanian steel stay until the talks succeed.")
    claims = _claims(text, {0: ("RUR", "a"), 1: ("FRE", "b")})
    points = align(claims)
    assert len(points) == 1 and set(points[0].sides) == {"RUR", "FRE"}


def test_an_armed_group_is_a_side_of_its_own_not_its_countrys():
    lexicon = load_lexicon()
    text = ("The Highland Front said it blew up the rail line. "
            "Ruritania's army said the Highland Front fighters fled.")
    group = _ent(text, "The Highland Front", "Highland Front", "RUR", kind="ORG",
                 sector_code="REB")
    members = _ent(text, "the Highland Front fighters", "Ruritania fighters", "RUR",
                   kind="NOMINAL", sector_code="REB", role="fighters",
                   organization="Highland Front")
    bare = _ent(text, "Ruritania's army", "Ruritania fighters", "RUR", kind="NOMINAL",
                sector_code="REB", role="fighters")
    assert entity_side(group, lexicon) == "Highland Front"
    assert entity_side(members, lexicon) == "Highland Front"
    assert entity_side(bare, lexicon) is None  # a description, not a group's name
    army = _ent(text, "Ruritania's army", "Ruritania army", "RUR", kind="NOMINAL",
                sector_code="MIL")
    analysis = Analysis(id="t", text=text, entities=(group, army))
    found = sentence_sides(analysis, sentence_spans(text), lexicon)
    assert found[0][0] == "Highland Front" and found[1][0] == "RUR"


def test_one_word_naming_two_anchors_is_not_a_list_of_topics(monkeypatch):
    # The same-voice join is off since round 23; the list rule is read with it on.
    monkeypatch.setattr("wirecoder.compare.matters.MERGE_SAME_VOICE", True)
    text = ("Lutnick said the tariffs will come off once fentanyl stops crossing the border. "
            "Lutnick said that if fentanyl keeps flowing, the president will wait until he "
            "is comfortable.")
    claims = _claims(text, {0: ("USA", "Lutnick"), 1: ("USA", "Lutnick")})
    assert {"trade", "tariffs", "fentanyl"} <= set(claims[0].anchors)
    assert claims[0].topics_named == 2  # "tariffs" names trade and tariffs at one place
    assert _sentences_of(align(claims), text) == [[0, 1]]
    listing = ("Lutnick said the two sides discussed tariffs, fentanyl and Ukraine. "
               "Lutnick said fentanyl deaths must end this year.")
    claims = _claims(listing, {0: ("USA", "Lutnick"), 1: ("USA", "Lutnick")})
    assert _sentences_of(align(claims), listing) == [[0], [1]]


def test_a_surname_names_the_same_speaker_as_the_full_name():
    from wirecoder.compare.matters import same_speaker as _same_speaker

    assert _same_speaker("Ruben Brekelmans", "Brekelmans")
    assert not _same_speaker("Ruben Brekelmans", "Anna Brekelmans")
    assert not _same_speaker("Brekelmans", None)


def test_distant_sentences_of_one_side_need_more_than_an_anchor_and_a_word_to_merge():
    text = ("Ruritania said the sanctions on its banks were lifted after the Geneva meeting "
            "last spring. Freedonia said its fishermen returned to the northern harbour. "
            "Ruritania said the sanctions on its banks were lifted after the Geneva meeting "
            "and the banks reopened. Freedonia said the harbour needs dredging. "
            "Ruritania said new sanctions would hit the timber merchants who ignored the "
            "court ruling. Freedonia said the winter was mild.")
    claims = _claims(text, {0: ("RUR", "a"), 1: ("FRE", "b"), 2: ("RUR", "c"),
                            3: ("FRE", "d"), 4: ("RUR", "e"), 5: ("FRE", "f")})
    points = align(claims)
    rur = [p for p in points if p.sides == ("RUR",)]
    assert _sentences_of(rur, text) == [[0, 2], [4]]


def test_a_two_word_phrase_only_two_sides_share_ties_their_matters():
    text = ("The new ferry line to the islands opens in May, the Freedonian minister said. "
            "Ruritania said it will keep up maximum pressure on the harbour authority. "
            "Putting maximum pressure on a neighbour achieves nothing, the minister replied.")
    claims = _claims(text, {0: ("FRE", "minister"), 1: ("RUR", "a"), 2: ("FRE", "minister")})
    points = align(claims)
    assert _sentences_of(points, text) == [[0], [1, 2]]
    assert [p.relation for p in points if len(p.sides) == 1] == ["only_in_one"]


def test_an_anchor_only_two_sides_matters_carry_links_them():
    text = ("Ruritania's envoy called for an end to the violence in the valley. "
            "Freedonia said its forces answered a calculated insurrection by armed bands. "
            "Ruritania's envoy said the new dam will be finished next year.")
    claims = _claims(text, {0: ("RUR", "envoy"), 1: ("FRE", "b"), 2: ("RUR", "envoy")})
    points = align(claims)
    assert _sentences_of(points, text) == [[0, 1], [2]]



def test_words_most_sentences_share_do_not_join_adjacent_sentences_of_one_side():
    text = ("The army said the rocket launch failed above the northern coast before dawn. "
            "The envoy will raise the rocket launch with council members in Geneva next week. "
            "Its navy tracked the rocket launch with two frigates and a patrol aircraft. "
            "Freedonia called the rocket launch a weather experiment.")
    claims = _claims(text, {0: ("RUR", "army"), 1: ("RUR", "envoy"), 2: ("RUR", "navy"),
                            3: ("FRE", "b")})
    found = _sentences_of(align(claims), text)
    assert not any({0, 1} <= set(p) or {1, 2} <= set(p) for p in found), found

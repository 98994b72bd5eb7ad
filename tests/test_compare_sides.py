"""Side splitting within one story (compare/sides.py) on hand-built analyses of sentences
written for these tests: the attribution rules are tested without the upstream stages."""

from __future__ import annotations

from compare_helpers import analysis_of, sides_of
from compare_helpers import entity as _ent
from compare_helpers import quote as _quote
from wirecoder.models import Entity, Quote


def _sides(text: str, entities: list[Entity], quotes: list[Quote]) -> dict[int, str]:
    return sides_of(analysis_of(text, entities, quotes))


def test_speaker_without_country_continues_the_side_of_the_sentence_before():
    text = ("Ruritania's envoy told reporters that the vote was premature. "
            "Ana Vell blamed Freedonia for the delay. "
            "A Western diplomatic source said the talks had stalled.")
    envoy = _ent(text, "Ruritania's envoy", "Ruritania envoy", "RUR", kind="NOMINAL",
                 role="envoy", sector_code="GOV")
    vell = _ent(text, "Ana Vell", "Ana Vell", None)
    source = _ent(text, "A Western diplomatic source", "Western diplomatic source", None,
                  kind="NOMINAL")
    sides = _sides(text, [envoy, vell, source], [
        _quote(text, "the vote was premature", envoy),
        _quote(text, "Freedonia for the delay", vell),
        _quote(text, "the talks had stalled", source)])
    assert sides[0] == "RUR" and sides[1] == "RUR"
    assert 2 not in sides  # an indefinite new speaker does not continue anyone's side


def test_surname_and_organization_carry_the_side_of_a_full_mention():
    text = ("Foreign Minister Ana Vell of Ruritania said the border was calm. "
            "Vell said the troops would stay. "
            "Colonel Dan Orr of the Freedonian Guard said the guard was ready.")
    full = _ent(text, "Foreign Minister Ana Vell of Ruritania", "Ana Vell", "RUR",
                role="Foreign Minister", sector_code="GOV")
    short = _ent(text, "Vell", "Vell", None, nth=1)
    guard = _ent(text, "Freedonian Guard", "Freedonian Guard", "FRE", kind="ORG",
                 sector_code="MIL")
    orr = _ent(text, "Colonel Dan Orr", "Dan Orr", None, role="Colonel", sector_code="MIL",
               organization="Freedonian Guard")
    sides = _sides(text, [full, short, guard, orr], [
        _quote(text, "the troops would stay", short),
        _quote(text, "the guard was ready", orr)])
    assert sides[1] == "RUR" and sides[2] == "FRE"


def test_subject_of_a_reporting_verb_states_the_sentence():
    text = ("The port reopened on Monday. "
            "The Ruritanian navy, the country's largest service, rejected the report that "
            "its ships had fired. "
            "Analysts said the navy had fired.")
    navy = _ent(text, "The Ruritanian navy", "Ruritania navy", "RUR", kind="NOMINAL",
                sector_code="MIL")
    analysts = _ent(text, "Analysts", "analysts", None, kind="NOMINAL", role="analysts")
    sides = _sides(text, [navy, analysts], [])
    assert sides == {1: "RUR"}  # narration and commentators belong to no side


def test_a_commentator_is_one_under_every_mention_unless_also_a_serving_official():
    text = ("\"The deal is weak,\" said analyst Ola Brin of the Lakeside Institute. "
            "Brin added that the deal would fail. "
            "\"We will not sign,\" said Professor Lu Tam, a Ruritanian presidential adviser.")
    brin_full = _ent(text, "analyst Ola Brin", "Ola Brin", "RUR", role="analyst")
    brin = _ent(text, "Brin", "Ola Brin", "RUR", nth=1)
    tam = _ent(text, "Professor Lu Tam", "Lu Tam", "RUR", role="Professor", sector_code="EDU")
    adviser = _ent(text, "a Ruritanian presidential adviser", "Lu Tam", "RUR", kind="NOMINAL",
                   role="presidential adviser", sector_code="GOV")
    sides = _sides(text, [brin_full, brin, tam, adviser], [
        _quote(text, "The deal is weak,", brin_full),
        _quote(text, "the deal would fail", brin),
        _quote(text, "We will not sign,", tam)])
    assert sides == {2: "RUR"}


def test_a_quoted_speakers_side_carries_to_a_later_sentence_where_the_surname_is_subject():
    text = ("\"The border is calm,\" said Ana Vell, Ruritania's foreign minister. "
            "Vell rejected the report that troops had crossed it.")
    speaker = _ent(text, "Ana Vell, Ruritania's foreign minister", "Ana Vell", "RUR",
                   role="foreign minister", sector_code="GOV")
    short = _ent(text, "Vell", "Vell", None, nth=1)
    sides = _sides(text, [short], [_quote(text, "The border is calm,", speaker)])
    assert sides == {0: "RUR", 1: "RUR"}


def test_a_definite_subject_of_unknown_side_continues_the_sentence_before():
    text = ("\"The vote was premature,\" Ruritania's envoy told reporters. "
            "The diplomat added that the council had ignored the evidence. "
            "A senior official added that the council had acted correctly.")
    envoy = _ent(text, "Ruritania's envoy", "Ruritania envoy", "RUR", kind="NOMINAL",
                 role="envoy", sector_code="GOV")
    diplomat = _ent(text, "The diplomat", "diplomat", None, kind="NOMINAL", role="diplomat")
    official = _ent(text, "A senior official", "senior official", None, kind="NOMINAL",
                    role="official")
    sides = _sides(text, [envoy, diplomat, official],
                   [_quote(text, "The vote was premature,", envoy)])
    assert sides == {0: "RUR", 1: "RUR"}


def test_country_named_in_the_speakers_own_description_outranks_the_resolved_country():
    text = ("A spokeswoman for the Chilean Foreign Ministry Mara Tolen said Peru had closed "
            "the pass. State Department spokesman Ivo Brand said Venezuela was consulted. "
            "Bolivia's envoy to Peru Lina Ruiz said the pass was open.")
    tolen = _ent(text, "A spokeswoman for the Chilean Foreign Ministry Mara Tolen",
                 "Mara Tolen", "PER", kind="NOMINAL", role="spokeswoman", sector_code="GOV")
    brand = _ent(text, "State Department spokesman Ivo Brand", "Ivo Brand", "VEN",
                 role="spokesman", sector_code="GOV")
    ruiz = _ent(text, "Bolivia's envoy to Peru Lina Ruiz", "Lina Ruiz", "PER",
                role="envoy", sector_code="GOV")
    sides = _sides(text, [tolen, brand, ruiz], [
        _quote(text, "Peru had closed the pass", tolen),
        _quote(text, "Venezuela was consulted", brand),
        _quote(text, "the pass was open", ruiz)])
    assert sides[0] == "CHL"  # the nationality in the mention, not the quote's subject
    assert sides[1] == "USA"  # a national institution that names no country
    assert sides[2] == "PER"  # two countries named: the resolver's code stands


def test_a_document_that_speaks_takes_the_side_of_its_issuer_not_of_its_subject():
    text = ("Ruritania's leaders rejected a new Freedonian assessment of their army. "
            "General Ana Vell called the report biased. "
            "The assessment said that \"morale is low in the army.\" "
            "The report noted \"little prospect of change.\"")
    ruritania = _ent(text, "Ruritania's leaders", "Ruritania leaders", "RUR", kind="NOMINAL",
                     sector_code="GOV")
    freedonia = _ent(text, "Freedonian", "Freedonia", "FRE", kind="NORP")
    vell = _ent(text, "General Ana Vell", "Ana Vell", "RUR", sector_code="MIL")
    # the upstream stages give the documents' quotes to the wrong speaker: the army's leader
    assessment = _ent(text, "The assessment", "Ana Vell", "RUR", kind="NOMINAL")
    report = _ent(text, "The report", "Ana Vell", "RUR", kind="NOMINAL")
    sides = _sides(text, [ruritania, freedonia, vell, assessment, report], [
        _quote(text, "biased", vell),
        _quote(text, "morale is low in the army.", assessment),
        _quote(text, "little prospect of change.", report)])
    assert sides[1] == "RUR"
    assert sides[2] == "FRE" and sides[3] == "FRE"

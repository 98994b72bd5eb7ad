"""Round 18 (issue 11, rosides18): who speaks for which side.

A named official whom the entity stages give no country and a sector that reads as a
commentator's (SOC, JRN, ELI, BUS) speaks for the side of the office the story sets beside
the name — before it with a comma ("The head of X's border committee, Y, said"), after it
("Y, director of the X trade council, said") or as a title mention right before it ("X
government spokesperson Y"). An opposition speaker with no country speaks for the one
opposition the story names. Hand-built analyses of sentences written for these tests
(invented states Ruritania and Freedonia, invented people).
"""

from __future__ import annotations

from compare_helpers import analysis_of, quote
from compare_helpers import entity as _ent
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.offices import office_appositions
from wirecoder.compare.sentences import sentence_spans
from wirecoder.compare.sides import Speakers, sentence_sides
from wirecoder.models import Entity


def _sides(text: str, entities: list[Entity], quotes: list) -> dict[int, str]:
    analysis = analysis_of(text, entities, quotes)
    found = sentence_sides(analysis, sentence_spans(text), load_lexicon())
    return {index: side for index, (side, _, _) in found.items()}


def test_an_office_before_the_name_gives_a_sector_only_commentator_its_side() -> None:
    # The later quote of "Vell" alone, after another side's sentence, is Ruritania's too.
    text = ("The head of Ruritania's river commission, Oskar Vell, told reporters that the "
            "sluices would stay shut. Freedonia wants them open. \"We cannot open them "
            "before the survey,\" Vell said.")
    head = _ent(text, "The head of Ruritania's river commission",
                "head of Ruritania's river commission", "RUR", kind="NOMINAL",
                sector_code="GOV", role="head")
    vell = _ent(text, "Oskar Vell", "Oskar Vell", None, sector_code="SOC", role="head")
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    later = _ent(text, "Vell", "Oskar Vell", None, nth=1)
    quotes = [quote(text, "the sluices would stay shut", vell, kind="indirect"),
              quote(text, "We cannot open them before the survey,", later)]
    assert _sides(text, [head, vell, freedonia, later], quotes) == {0: "RUR", 1: "FRE",
                                                                    2: "RUR"}


def test_an_office_after_the_name_gives_its_side() -> None:
    text = ("Mara Linde, director of the Freedonian Grain Council, said exports would "
            "resume in May.")
    linde = _ent(text, "Mara Linde", "Mara Linde", None, sector_code="SOC", role="director")
    council = _ent(text, "Freedonian Grain Council", "Freedonia Grain Council", "FRE",
                   kind="ORG", sector_code="GOV")
    found = office_appositions([linde, council], text, load_lexicon(),
                               lambda e: e.country_code)
    assert found == {"Mara Linde": "FRE"}


def test_a_title_mention_right_before_the_name_gives_its_side() -> None:
    text = "Freedonian trade commission chief Ilse Dorn said the quota talks had stalled."
    title = _ent(text, "Freedonian trade commission chief",
                 "Freedonia trade commission chief", "FRE", kind="NOMINAL",
                 sector_code="GOV", role="chief")
    dorn = _ent(text, "Ilse Dorn", "Ilse Dorn", "FRE", sector_code="ELI")
    quotes = [quote(text, "the quota talks had stalled", dorn, kind="indirect")]
    speakers = Speakers([title, dorn], load_lexicon(), text)
    assert speakers.side(dorn) == ("FRE", False)
    assert _sides(text, [title, dorn], quotes) == {0: "FRE"}


def test_a_former_office_or_two_sides_give_no_side() -> None:
    lexicon = load_lexicon()
    text = "The former head of Ruritania's river commission, Oskar Vell, said the dam leaks."
    head = _ent(text, "The former head of Ruritania's river commission",
                "head of Ruritania's river commission", "RUR", kind="NOMINAL", role="head")
    vell = _ent(text, "Oskar Vell", "Oskar Vell", None, sector_code="SOC")
    assert office_appositions([head, vell], text, lexicon, lambda e: e.country_code) == {}
    text = "Ruritania's envoy to Freedonia, Oskar Vell, said the dam leaks."
    rur = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    fre = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    vell = _ent(text, "Oskar Vell", "Oskar Vell", None, sector_code="SOC")
    assert office_appositions([rur, fre, vell], text, lexicon, lambda e: e.country_code) == {}


def test_an_unnamed_opposition_speaker_takes_the_one_named_opposition() -> None:
    text = ("The Freedonian opposition walked out of the talks on Monday. Later, an "
            "opposition spokesman said the boycott would last a week.")
    opposition = _ent(text, "The Freedonian opposition", "Freedonia opposition", "FRE",
                      kind="NOMINAL", sector_code="OPP")
    spokesman = _ent(text, "an opposition spokesman", "opposition spokesman", None,
                     kind="NOMINAL")
    quotes = [quote(text, "the boycott would last a week", spokesman, kind="indirect")]
    # The quote's speaker is not one of the story's mentions (as the quotes stage gives it).
    assert _sides(text, [opposition], quotes)[1] == "FRE opposition"


def test_side_errors_counts_each_gold_evidence_sentence() -> None:
    from wirecoder.compare.diagnose import side_errors

    spans = [(0, 50), (50, 100), (100, 150), (150, 200), (200, 250)]
    gold = {"points": [
        {"relation": "different_framing",
         "evidence": {"RUR": [[0, 40], [100, 140]], "FRE": [[50, 90], [100, 140]]}},
        {"relation": "only_in_one", "evidence": {"RUR": [[150, 190]]}},
        {"relation": "only_in_one", "evidence": {"FRE": [[200, 240]]}}]}
    # System side "A" carries Ruritania, "B" Freedonia; the two-sided sentence 2 got only A,
    # sentence 3 (Ruritania's) got B, sentence 4 none.
    sides = {0: {"A"}, 1: {"B"}, 2: {"A"}, 3: {"B"}}
    assert side_errors(gold, spans, sides) == [
        (0, "right"), (1, "right"), (2, "fewer sides"), (3, "wrong side"), (4, "no side")]

"""Round 10 of the comparer (ro9): sentences that carry on a side's statement, sides that
disagree in one sentence.

Sentences written for these tests (fictional officials; countries and places chosen freely).
The sentences of seven tests (reciprocal lexicon and story, national office, organization
post, apposition, claim rejected by another side, source naming a side) were rewritten after
review in round 10, as the first versions followed development-gold readouts.
"""

from __future__ import annotations

from compare_helpers import carried as _carried
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.sentences import sentence_spans


def test_a_pronoun_subject_with_any_verb_carries_on_the_speaker_before():
    found = _carried([
        "Deputy minister Ilse Marov said on Tuesday that the grain corridor must stay open.",
        "She also pressed for an inspection team at the river port of Halvik.",
        "Prices of bread rose again in the capital.",
    ], {0: ("NOR", "Ilse Marov", "quote")})
    assert found[1][0] == "NOR"
    assert 2 not in found  # narration with no pronoun subject stays without a side


def test_a_pronoun_with_a_copula_or_after_an_unattributed_sentence_carries_nothing():
    found = _carried([
        "Deputy minister Ilse Marov said the grain corridor must stay open.",
        "She was born in the north of the country.",
        "Prices of bread rose again in the capital.",
        "It later fell after the harvest came in.",
    ], {0: ("NOR", "Ilse Marov", "quote")})
    assert 1 not in found  # "She was…": a description of the speaker, not her statement
    assert 3 not in found  # the sentence before has no side


def test_a_commentator_sentence_is_never_carried():
    found = _carried([
        "Deputy minister Ilse Marov said the grain corridor must stay open.",
        "He doubted that the corridor would survive the winter, analyst Pavel Orn said.",
    ], {0: ("NOR", "Ilse Marov", "quote")}, commentary={1: 40})
    assert 1 not in found


def test_a_definite_document_carries_on_the_statement_before():
    found = _carried([
        "The foreign ministry of Chile said on Friday that the fishing talks had failed.",
        "The statement said the quota offered to its fleets was an insult.",
    ], {0: ("CHL", "foreign ministry of Chile", "subject")})
    assert found[1][0] == "CHL"
    assert found[1][2] == "document carried"


def test_two_sides_that_disagree_in_one_sentence_are_reciprocal():
    reciprocal = load_lexicon().reciprocal
    assert reciprocal.search("Oslo's negotiators and their Chilean counterparts still differ on "
                             "the size of the cut.")
    assert reciprocal.search("The two governments remain divided over the toll on the bridge.")
    assert not reciprocal.search("Marov said she disagrees with the new quota.")
    assert not reciprocal.search("Norway and Chile disagree with the court's ruling.")


def test_a_sentence_where_two_sides_disagree_is_a_divergent_point_of_both():
    import wirecoder
    from wirecoder.compare import compare_within

    story = ("The rail link to Vyborg should reopen in April, Finnish Transport Minister Aino "
             "Salme told parliament on Thursday. Russian Deputy Minister Grigory Lutsev said "
             "the line would stay closed until the customs row is settled. A snowstorm closed "
             "two highways in Lapland overnight. On the cost of repairing the border station, "
             "Finland and Russia still differ.")
    result = compare_within(wirecoder.analyze(story, published="2026-03-02"))
    start = story.index("On the cost")
    joint = [p for p in result.points
             if all(any(s[0] == start for s in spans) for spans in p.evidence.values())]
    assert len(joint) == 1
    assert set(joint[0].sides) == {"FIN", "RUS"}
    assert joint[0].relation == "different_framing"


def _person(raw: str, name: str, role: str | None, code: str | None, sector: str | None):
    from wirecoder.models import Entity

    return Entity(start=0, end=len(raw), sentence=0, raw_text=raw, entity_name=name,
                  country_code=code, sector_code=sector, kind="PERSON", role=role,
                  resolved_by="kb")


def test_a_national_office_in_the_mention_outranks_the_kbs_later_post():
    from wirecoder.compare.sides import Speakers

    lexicon = load_lexicon()
    minister = _person("Chilean Finance Minister Rosa Ibarra", "Rosa Ibarra", "Finance Minister",
                       "UNO", "BUS")  # the KB knows her by a later post at a U.N. body
    speakers = Speakers([minister], lexicon, minister.raw_text)
    assert speakers.side(minister) == ("CHL", False)


def test_an_organization_post_or_a_former_office_is_no_national_office():
    from wirecoder.compare.names import national_office

    lexicon = load_lexicon()
    envoy = _person("U.N. special representative for Chile Ida Lund", "Ida Lund",
                    "special representative", "UNO", "GOV")
    former = _person("former Chilean Finance Minister Rosa Ibarra", "Rosa Ibarra",
                     "Finance Minister", "UNO", "BUS")
    assert national_office(envoy, lexicon) is None
    assert national_office(former, lexicon) is None


def _matter_sizes(sentences: list[tuple[str, str]]) -> list[list[int]]:
    """Matters of one side's sentences ``[(speaker, sentence), ...]`` as lists of indexes."""
    from wirecoder.compare.claims import build_claims
    from wirecoder.compare.matters import anchor_weights, matters_of
    from wirecoder.models import Analysis

    text = " ".join(s for _, s in sentences)
    spans = sentence_spans(text)
    assert len(spans) == len(sentences)
    sides = {i: ("RUR", "given", speaker) for i, (speaker, _) in enumerate(sentences)}
    claims = build_claims(Analysis(id="t", text=text), "RUR", spans, sides, load_lexicon())
    matters = matters_of(claims, anchor_weights(claims))
    return sorted(sorted(int(c.id.rsplit(":s", 1)[1]) for c in m.claims) for m in matters)


def test_one_speakers_adjacent_sentences_sharing_one_rare_name_stay_two_matters():
    # Only "Halvik" (a name) is shared: a new statement of the same speaker, not one matter.
    # The two speakers' sentences below join by word overlap (SAME_MATTER), with or without
    # LOOSE_JOIN (off since round 23; tests/test_compare_round23.py runs it both ways).
    sentences = [
        ("Ada Korr", "Ada Korr said the ferry line to Halvik would reopen after the storms."),
        ("Ada Korr", "Korr also warned that Halvik fishermen face higher diesel prices in "
                     "autumn and winter."),
        ("Ada Korr", "Korr welcomed a grant from the coastal fund for the schools of Vell."),
    ]
    assert _matter_sizes(sentences) == [[0], [1], [2]]
    assert _matter_sizes([sentences[0], (
        "Ivo Pell", "Harbour master Ivo Pell confirmed the Halvik ferry timetable for "
                    "September.")]) == [[0, 1]]


def test_a_direct_quote_backing_its_speakers_indirect_statement_joins_it():
    sentences = [
        ("Ada Korr", "Ada Korr rejected claims that the ferry subsidies would be cut."),
        ("Ada Korr", "\u201cNobody in this government will cut a single ferry subsidy,\u201d Korr "
                     "said."),
        ("Ada Korr", "Korr also said the Halvik schools will get new roofs before the ferry "
                     "season."),
    ]
    # the quote backs the statement; the next sentence, not quoted, shares only "ferry".
    # These two join by word overlap (SAME_MATTER) whether SUPPORTING_QUOTE (off since round
    # 23) is on or not; tests/test_compare_round23.py runs that switch both ways.
    assert _matter_sizes(sentences) == [[0, 1], [2]]


def test_they_after_a_side_sentence_is_not_carried_and_a_retired_officer_is_a_commentator():
    from wirecoder.compare.sides import is_commentator

    found = _carried([
        "Deputy minister Ilse Marov said the grain corridor must stay open.",
        "They also discussed the price of fuel for the river barges.",  # both parties, not hers
    ], {0: ("NOR", "Ilse Marov", "quote")})
    assert 1 not in found
    general = _person("Retired Norwegian General Odd Viken", "Odd Viken", "General", "NOR",
                      "MIL")
    assert is_commentator(general, load_lexicon())


def test_a_name_in_apposition_to_a_described_office_takes_its_side():
    from wirecoder.compare.sides import Speakers
    from wirecoder.models import Entity

    text = ("The water talks were chaired by the U.N. mediator for Freedonia, Henrike van Dael, "
            "who flew in from Vienna on Sunday. Asked about the dam, Van Dael predicted a deal "
            "by June.")
    envoy_at = text.index("the U.N. mediator")
    name_at = text.index("Henrike van Dael")
    short_at = text.index("Van Dael predicted")
    entities = [
        Entity(start=envoy_at, end=name_at - 2, sentence=0,
               raw_text="the U.N. mediator for Freedonia",
               entity_name="U.N. mediator for Freedonia", country_code="UNO", kind="NOMINAL",
               role="mediator", resolved_by="pattern"),
        Entity(start=name_at, end=name_at + 16, sentence=0, raw_text="Henrike van Dael",
               entity_name="Henrike van Dael", kind="ORG", resolved_by="ner"),
        Entity(start=short_at, end=short_at + 8, sentence=1, raw_text="Van Dael",
               entity_name="Van Dael", kind="PERSON", resolved_by="ner"),
    ]
    speakers = Speakers(entities, load_lexicon(), text)
    assert speakers.side(entities[2])[0] == "UNO"


def test_a_claim_disputed_by_another_side_in_the_same_sentence_is_a_contradiction():
    import wirecoder
    from wirecoder.compare import compare_within

    story = ("The Finnish coast guard reported on Monday that a survey ship had anchored for two "
             "days above the undersea cable near Hanko \u2014 an assertion rejected by "
             "Russia. Russian Deputy Minister Grigory Lutsev said the rail talks would resume "
             "in May.")
    result = compare_within(wirecoder.analyze(story, published="2026-03-02"))
    first = [p for p in result.points
             if any(s[0] == 0 for spans in p.evidence.values() for s in spans)]
    assert len(first) == 1
    assert set(first[0].sides) == {"FIN", "RUS"}
    assert first[0].relation == "contradiction"


def test_a_sentence_naming_its_source_takes_the_sources_side_over_a_continued_speaker():
    from wirecoder.compare.documents import according_to
    from wirecoder.models import Entity

    sentences = [
        "Russian Deputy Minister Grigory Lutsev said the transit tariff would double.",
        "According to the Finnish government's notes of the call, Salme called the new tariff "
        "unjustified.",
        "According to media reports, the freight trains returned to Kouvola.",
    ]
    text = " ".join(sentences)
    spans = sentence_spans(text)
    at = text.index("Salme")
    salme = Entity(start=at, end=at + 5, sentence=1, raw_text="Salme", entity_name="Salme",
                   kind="PERSON", resolved_by="ner")
    found = {0: ("RUS", "Grigory Lutsev", "quote")}
    pending = {1: salme}
    according_to(text, spans, load_lexicon(), found, pending)
    assert found[1][0] == "FIN"
    assert 1 not in pending
    assert 2 not in found  # media reports name no side

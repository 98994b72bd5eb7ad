"""Round 5 of the comparer (issue 11): who speaks for which side, and replies linked to what
they answer. Hand-built analyses of sentences written for these tests (fictional countries
and people), so the rules are tested without the upstream stages."""

from __future__ import annotations

from compare_helpers import analysis_of as _analysis
from compare_helpers import entity as _ent
from compare_helpers import point_with as _point_with
from compare_helpers import quote as _quote
from compare_helpers import sides_of as _sides
from wirecoder.compare import compare_within


def test_an_abbreviation_the_story_defines_speaks_for_the_full_name():
    text = ("The Northern Shield Front [NSF] said the convoy was never attacked. "
            "\"Our units held their positions,\" the NSF said.")
    front = _ent(text, "Northern Shield Front", "Northern Shield Front", "ZAN", kind="ORG",
                 sector_code="REB")
    # The resolver took the letters for an unrelated rights group (a commentator).
    letters = _ent(text, "NSF", "Nordic Solidarity Forum", None, kind="ORG", nth=1,
                   sector_code="NGO")
    sides = _sides(_analysis(text, [front, letters],
                             [_quote(text, "Our units held their positions", letters)]))
    assert sides[1] == "Northern Shield Front"


def test_a_bare_surname_placed_elsewhere_does_not_undo_the_full_names_side():
    text = ("Ruritania's spokesman Tomas Brandl said the charges were invented. "
            "The remarks by Brandl were broadcast across Freedonia on Monday. "
            "Brandl rejected the claim that rebels train on Ruritanian soil.")
    full = _ent(text, "Ruritania's spokesman Tomas Brandl", "Tomas Brandl", "RUR",
                sector_code="GOV")
    placed = _ent(text, "Brandl", "Brandl", "FRE", kind="ORG", nth=1)  # resolver's slip
    bare = _ent(text, "Brandl", "Brandl", None, kind="ORG", nth=2)
    sides = _sides(_analysis(text, [full, placed, bare],
                             [_quote(text, "the charges were invented", full)]))
    assert sides[2] == "RUR"


def test_the_subject_keeps_a_sentence_that_quotes_a_journalist_after_it():
    text = ("In his briefing, Minister Ivo Kral criticized a report by Lena Soto, who wrote "
            "that Ruritanian officials had stayed silent.")
    kral = _ent(text, "Minister Ivo Kral", "Ivo Kral", "RUR", sector_code="GOV")
    soto = _ent(text, "Lena Soto", "Lena Soto", None, sector_code="JRN")
    sides = _sides(_analysis(text, [kral, soto],
                             [_quote(text, "Ruritanian officials had stayed silent", soto)]))
    assert sides == {0: "RUR"}


def test_apologies_and_posts_are_a_sides_statements():
    text = ("Ruritania's foreign ministry spokeswoman has apologized to the reporter. "
            "Later, Freedonia's envoy posted a reply on social media.")
    ministry = _ent(text, "Ruritania's foreign ministry spokeswoman",
                    "Ruritania spokeswoman", "RUR", kind="NOMINAL", sector_code="GOV")
    envoy = _ent(text, "Freedonia's envoy", "Freedonia envoy", "FRE", kind="NOMINAL",
                 sector_code="GOV")
    assert _sides(_analysis(text, [ministry, envoy])) == {0: "RUR", 1: "FRE"}


def test_reciprocal_blame_is_evidence_for_both_sides_and_framing():
    text = ("Ruritanian and Freedonian troops clashed on the river on Sunday. "
            "The two countries are blaming one another for starting the fighting. "
            "Ruritania's army said the shelling came from the east bank.")
    rur = _ent(text, "Ruritanian", "Ruritania", "RUR", kind="NORP")
    fre = _ent(text, "Freedonian", "Freedonia", "FRE", kind="NORP")
    army = _ent(text, "Ruritania's army", "Ruritania army", "RUR", kind="NOMINAL",
                sector_code="MIL")
    comparison = compare_within(_analysis(text, [rur, fre, army]))
    point = _point_with(comparison, "blaming one another")
    assert set(point.sides) == {"RUR", "FRE"}
    assert point.relation == "different_framing"
    assert "each other" in point.why


def test_a_coordinated_subject_makes_the_sentence_both_sides():
    text = ("Ruritania and Freedonia said in a joint statement that both armies broke "
            "the truce.")
    rur = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    fre = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    comparison = compare_within(_analysis(text, [rur, fre], [
        _quote(text, "both armies broke the truce", rur)]))
    assert {a.side for a in comparison.accounts} == {"RUR", "FRE"}
    assert comparison.points[0].relation == "shared"


def test_a_contrast_clause_gives_the_reply_to_the_other_side():
    text = ("Ruritania's envoy Mira Holt proposed a prisoner exchange, but Freedonia "
            "rejected the offer as a stunt.")
    holt = _ent(text, "Ruritania's envoy Mira Holt", "Mira Holt", "RUR", sector_code="GOV")
    fre = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    comparison = compare_within(_analysis(text, [holt, fre]))
    assert len(comparison.points) == 1
    point = comparison.points[0]
    assert set(point.sides) == {"RUR", "FRE"}
    # Refusing a proposal is a different stance, not a factual contradiction.
    assert point.relation == "different_framing"


def test_a_denial_referring_back_answers_the_other_sides_claim_before_it():
    text = ("Freedonian officials said the Ruritanian navy had laid mines in the strait. "
            "Ruritania's defense ministry rejected the allegations as a fabrication. "
            "The ministry also announced a new fishing season.")
    officials = _ent(text, "Freedonian officials", "Freedonia officials", "FRE",
                     kind="NOMINAL", sector_code="GOV")
    ministry = _ent(text, "Ruritania's defense ministry", "Ruritania defense ministry",
                    "RUR", kind="NOMINAL", sector_code="GOV")
    comparison = compare_within(_analysis(text, [officials, ministry]))
    point = _point_with(comparison, "rejected the allegations")
    assert set(point.sides) == {"FRE", "RUR"}
    assert point.relation == "contradiction"


def test_a_denial_with_no_claim_before_it_stays_one_sided():
    text = ("Ruritania's defense ministry rejected the allegations as a fabrication. "
            "Freedonian officials said the fishing season would open in May.")
    ministry = _ent(text, "Ruritania's defense ministry", "Ruritania defense ministry",
                    "RUR", kind="NOMINAL", sector_code="GOV")
    officials = _ent(text, "Freedonian officials", "Freedonia officials", "FRE",
                     kind="NOMINAL", sector_code="GOV")
    comparison = compare_within(_analysis(text, [ministry, officials]))
    assert [p.relation for p in comparison.points] == ["only_in_one", "only_in_one"]


def test_unnamed_security_sources_speak_for_the_storys_home_country():
    text = ("Gunmen stopped a bus near Velmora in Ruritania on Monday. "
            "According to security sources, 40 passengers had been freed. "
            "Freedonia's foreign ministry said it had no part in the attack.")
    town = _ent(text, "Velmora", "Velmora", "RUR", kind="GPE")
    country = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    sources = _ent(text, "security sources", "security sources", None, kind="NOMINAL")
    ministry = _ent(text, "Freedonia's foreign ministry", "Freedonia foreign ministry", "FRE",
                    kind="NOMINAL", sector_code="GOV")
    sides = _sides(_analysis(text, [town, country, sources, ministry], [
        _quote(text, "40 passengers had been freed", sources)]))
    assert sides == {1: "RUR", 2: "FRE"}


def test_a_countrys_side_or_arm_is_the_subject_of_its_statement():
    text = ("During the talks, the Ruritanian side proposed a joint patrol. "
            "The Freedonian Union's executive arm has proposed a customs deal.")
    rur = _ent(text, "Ruritanian", "Ruritania", "RUR", kind="NORP")
    union = _ent(text, "The Freedonian Union", "Freedonian Union", "FRE", kind="ORG")
    assert _sides(_analysis(text, [rur, union])) == {0: "RUR", 1: "FRE"}


def test_a_nationality_alone_is_not_a_speaker():
    text = "Ruritanian fishermen said the catch was poor this year."
    rur = _ent(text, "Ruritanian", "Ruritania", "RUR", kind="NORP")
    assert _sides(_analysis(text, [rur])) == {}


def test_the_ministry_later_continues_the_ministrys_side_across_other_speakers():
    text = ("Ruritania's foreign ministry said the strait was open to all ships. "
            "Freedonia's navy chief Ola Berg said his ships would stay in port. "
            "Berg added that the decision was final. "
            "The ministry later warned that the waters were mined.")
    ministry = _ent(text, "Ruritania's foreign ministry", "Ruritania foreign ministry", "RUR",
                    kind="NOMINAL", sector_code="GOV")
    berg = _ent(text, "Freedonia's navy chief Ola Berg", "Ola Berg", "FRE", sector_code="MIL")
    again = _ent(text, "Berg", "Ola Berg", "FRE", nth=1)
    later = _ent(text, "The ministry", "ministry", None, kind="NOMINAL")
    sides = _sides(_analysis(text, [ministry, berg, again, later], [
        _quote(text, "the strait was open to all ships", ministry),
        _quote(text, "his ships would stay in port", berg),
        _quote(text, "the decision was final", again),
        _quote(text, "the waters were mined", later)]))
    assert sides == {0: "RUR", 1: "FRE", 2: "FRE", 3: "RUR"}


def test_a_contrast_clause_may_name_the_other_side_by_its_nationality():
    text = ("Freedonia's trade minister Aki Lind said a tariff deal had been reached, but the "
            "Chinese side denied that any deal existed.")
    lind = _ent(text, "Freedonia's trade minister Aki Lind", "Aki Lind", "FRE",
                sector_code="GOV")
    comparison = compare_within(_analysis(text, [lind]))
    assert {a.side for a in comparison.accounts} == {"FRE", "CHN"}
    assert comparison.points[0].relation == "contradiction"


def test_a_denial_in_the_lead_answers_the_side_it_names_even_when_stated_later():
    # A made-up incident; real country names, since the side named in "Chile's allegation"
    # is looked up in the actor knowledge base.
    text = ("Peru has rejected Chile's allegation that its navy laid mines in the strait. "
            "The Chilean coast guard said the fishing season would open in May. "
            "Chilean officials said Peruvian warships had dropped mines near the port at "
            "night.")
    peru = _ent(text, "Peru", "Peru", "PER", kind="GPE")
    guard = _ent(text, "The Chilean coast guard", "Chile coast guard", "CHL",
                 kind="NOMINAL", sector_code="MIL")
    officials = _ent(text, "Chilean officials", "Chile officials", "CHL",
                     kind="NOMINAL", sector_code="GOV")
    comparison = compare_within(_analysis(text, [peru, guard, officials]))
    point = _point_with(comparison, "rejected Chile's allegation")
    starts = {s for spans in point.evidence.values() for s, _ in spans}
    assert text.index("Chilean officials") in starts  # the allegation, not the season
    assert point.relation == "contradiction"

"""Round 6 of the comparer (issue 11): who speaks for which side in a wire story.

Hand-built analyses of sentences written for these tests (fictional countries, people and
organizations), so the attribution rules are tested without the upstream stages.
"""

from __future__ import annotations

from functools import partial

from compare_helpers import analysis_of as _analysis
from compare_helpers import entity as _ent
from compare_helpers import quote
from compare_helpers import sides_of as _sides
from wirecoder.compare import compare_within
from wirecoder.compare.claims import no_comment
from wirecoder.compare.lexicon import load_lexicon

_quote = partial(quote, kind="indirect")


def test_a_journalist_who_reports_a_denial_is_not_the_side_that_denies():
    text = ("Dorvia's army said its patrol was ambushed. "
            "Varnish Radio's Mira Holt reports an official denied the claim.")
    army = _ent(text, "Dorvia's army", "Dorvia army", "DRV", kind="NOMINAL", sector_code="MIL")
    radio = _ent(text, "Varnish Radio", "Varnish Radio", "VRN", kind="ORG", sector_code="JRN")
    reporter = _ent(text, "Varnish Radio's Mira Holt", "Mira Holt", "VRN",
                    organization="Varnish Radio")
    sides = _sides(_analysis(text, [army, radio, reporter], [
        _quote(text, "its patrol was ambushed", army),
        _quote(text, "an official denied the claim", reporter)]))
    assert sides == {0: "DRV"}


def test_a_states_official_media_speak_for_the_state_other_media_for_no_side():
    text = ("The North's official Varnian News Agency said the blast was an accident. "
            "Meridian Wire said the blast was an attack.")
    state = _ent(text, "North's official Varnian News Agency", "VNA", "VRN", kind="ORG",
                 sector_code="JRN")
    wire = _ent(text, "Meridian Wire", "Meridian Wire", "KRV", kind="ORG", sector_code="JRN")
    sides = _sides(_analysis(text, [state, wire], [
        _quote(text, "the blast was an accident", state),
        _quote(text, "the blast was an attack", wire)]))
    assert sides == {0: "VRN"}


def test_an_official_without_a_country_speaks_for_the_government_just_named():
    text = ("Karvia's envoy Ilse Varga said the broadcasts were fair. "
            "The Dorvish government summoned the reporters on Monday. "
            "Government spokesman Alem Teku told them no threats were made.")
    envoy = _ent(text, "Karvia's envoy Ilse Varga", "Ilse Varga", "KRV", sector_code="GOV")
    government = _ent(text, "The Dorvish government", "Dorvia government", "DRV",
                      kind="NOMINAL", sector_code="GOV")
    spokesman = _ent(text, "Government spokesman Alem Teku", "Alem Teku", None,
                     sector_code="GOV", role="Government spokesman")
    sides = _sides(_analysis(text, [envoy, government, spokesman], [
        _quote(text, "the broadcasts were fair", envoy),
        _quote(text, "no threats were made", spokesman)]))
    assert sides[2] == "DRV"


def test_a_given_name_alone_is_the_one_full_name_it_begins():
    text = ("Ministry spokesman Alem Teku said the rebels had no such weapons. "
            "Karvia's minister Ilse Varga said the rebels were armed by Dorvia. "
            "Spokesman Alem said the rebels could not strike the capital.")
    teku = _ent(text, "Ministry spokesman Alem Teku", "Alem Teku", "DRV", sector_code="GOV")
    varga = _ent(text, "Karvia's minister Ilse Varga", "Ilse Varga", "KRV", sector_code="GOV")
    alem = _ent(text, "Spokesman Alem", "Alem", None, sector_code="GOV")
    sides = _sides(_analysis(text, [teku, varga, alem], [
        _quote(text, "the rebels had no such weapons", teku),
        _quote(text, "the rebels were armed by Dorvia", varga),
        _quote(text, "the rebels could not strike the capital", alem)]))
    assert sides == {0: "DRV", 1: "KRV", 2: "DRV"}


def test_an_aide_speaks_for_the_person_he_works_for():
    text = ("An aide to Minister Oskar Renn of the coalition government, speaking in the "
            "capital, said that neither Renn nor his government played a role in the leak.")
    aide = _ent(text, "An aide", "aide", None, kind="NOMINAL")
    renn = _ent(text, "Minister Oskar Renn", "Oskar Renn", "KRV", sector_code="GOV")
    sides = _sides(_analysis(text, [aide, renn], [
        _quote(text, "neither Renn nor his government played a role in the leak", aide)]))
    assert sides == {0: "KRV"}


def test_the_name_in_apposition_speaks_not_what_the_description_was_resolved_to():
    text = ("The Northern Shield Front said it held the pass. "
            "The group Open Ledger Watch said the pass was never held.")
    front = _ent(text, "Northern Shield Front", "Northern Shield Front", None, kind="ORG",
                 sector_code="REB")
    group = _ent(text, "The group", "Northern Shield Front", None, kind="NOMINAL",
                 sector_code="REB")
    watch = _ent(text, "Open Ledger Watch", "Open Ledger Watch", "NGO", kind="ORG",
                 sector_code="NGO")
    sides = _sides(_analysis(text, [front, group, watch], [
        _quote(text, "it held the pass", front),
        _quote(text, "the pass was never held", group)]))
    assert sides == {0: "Northern Shield Front"}


def test_a_statement_speaks_for_its_issuer_through_a_pronoun_or_as_subject():
    text = ("Dorvia's army described the Northern Shield Front statement as lies. "
            "It said 40 fighters overran the post. "
            "The brief statement said the raid answered the burning of a village.")
    army = _ent(text, "Dorvia's army", "Dorvia army", "DRV", kind="NOMINAL", sector_code="MIL")
    front = _ent(text, "Northern Shield Front", "Northern Shield Front", None, kind="ORG",
                 sector_code="REB")
    it = _ent(text, "It", "statement", None, kind="PRONOUN")
    sides = _sides(_analysis(text, [army, front, it], [
        _quote(text, "40 fighters overran the post", it)]))
    assert sides == {0: "DRV", 1: "Northern Shield Front", 2: "Northern Shield Front"}


def test_the_agent_of_a_claim_made_by_someone_speaks_and_a_weekday_may_precede_the_verb():
    text = ("That claim was made by Ilse Varga, an adviser to the Karvian president. "
            "Dorvish officials on Thursday pointed to a recording of the call.")
    varga = _ent(text, "Ilse Varga", "Ilse Varga", "KRV", sector_code="GOV")
    officials = _ent(text, "Dorvish officials", "Dorvia officials", "DRV", kind="NOMINAL",
                     sector_code="GOV")
    assert _sides(_analysis(text, [varga, officials])) == {0: "KRV", 1: "DRV"}


def test_a_statement_of_no_comment_is_not_a_point():
    text = ("Karvia's envoy Ilse Varga said she would not comment on the recording. "
            "Dorvia's minister Alem Teku said the recording was forged. "
            "Varga declined to comment on the talks, but said the border stays closed.")
    varga = _ent(text, "Karvia's envoy Ilse Varga", "Ilse Varga", "KRV", sector_code="GOV")
    teku = _ent(text, "Dorvia's minister Alem Teku", "Alem Teku", "DRV", sector_code="GOV")
    again = _ent(text, "Varga", "Ilse Varga", "KRV", nth=1, sector_code="GOV")
    comparison = compare_within(_analysis(text, [varga, teku, again], [
        _quote(text, "the recording was forged", teku),
        _quote(text, "the border stays closed", again)]))
    stated = {text[s:e] for p in comparison.points for v in p.evidence.values() for s, e in v}
    assert not any(sentence.startswith("Karvia's envoy") for sentence in stated)
    assert any(sentence.startswith("Varga declined") for sentence in stated)
    assert any(sentence.startswith("Dorvia's minister") for sentence in stated)
    lexicon = load_lexicon()
    assert no_comment("The ministry declined to comment on the report.", lexicon)
    assert not no_comment("Varga, who would not comment on the talks, said the border is shut.",
                          lexicon)


def test_a_party_listed_with_a_company_and_an_article_its_issuer_released_speak():
    text = ("The North's official Varnian News Agency released an article saying the breach "
            "was the work of sympathizers. "
            "The article said a little-known group had claimed the breach. "
            "Harbor Pictures executives and the Karvian Bureau of Investigation say it is too "
            "early to blame anyone.")
    state = _ent(text, "North's official Varnian News Agency", "VNA", "VRN", kind="ORG",
                 sector_code="JRN")
    article = _ent(text, "The article", "article", None, kind="NOMINAL")
    company = _ent(text, "Harbor Pictures executives", "Harbor executives", "KRV",
                   kind="NOMINAL", sector_code="BUS", role="executives")
    bureau = _ent(text, "Karvian Bureau of Investigation", "Karvian Bureau of Investigation",
                  "KRV", kind="ORG", sector_code="GOV")
    sides = _sides(_analysis(text, [state, article, company, bureau], [
        _quote(text, "the breach was the work of sympathizers", state),
        _quote(text, "a little-known group had claimed the breach", article),
        _quote(text, "it is too early to blame anyone", company)]))
    assert sides == {0: "VRN", 1: "VRN", 2: "KRV"}


def test_a_statement_from_a_named_body_and_a_message_that_came_from_someone_speak():
    text = ("A statement from the Karvian foreign ministry said the launch was a provocation. "
            "The same message came from Dorvian Premier Alem Teku at the assembly.")
    ministry = _ent(text, "Karvian foreign ministry", "Karvia foreign ministry", "KRV",
                    kind="ORG", sector_code="GOV")
    teku = _ent(text, "Dorvian Premier Alem Teku", "Alem Teku", "DRV", sector_code="GOV")
    assert _sides(_analysis(text, [ministry, teku])) == {0: "KRV", 1: "DRV"}


def test_a_description_given_the_country_its_sentence_talks_about_does_not_speak_for_it():
    text = ("Karvia's foreign minister Ilse Varga said the bloc would keep its sanctions. "
            "The foreign ministers also voiced concern over the Dorvian border build-up.")
    varga = _ent(text, "Karvia's foreign minister Ilse Varga", "Ilse Varga", "KRV",
                 sector_code="GOV")
    # The resolver gave the description the country named later in its sentence.
    ministers = _ent(text, "The foreign ministers", "foreign ministers", "DRV",
                     kind="NOMINAL", sector_code="GOV")
    dorvian = _ent(text, "Dorvian", "Dorvia", "DRV", kind="NORP")
    sides = _sides(_analysis(text, [varga, ministers, dorvian], [
        _quote(text, "the bloc would keep its sanctions", varga)]))
    assert sides.get(1) != "DRV"
    assert sides[1] == "KRV"  # it continues the speaker before


def test_a_definite_description_of_an_armed_group_is_the_group_that_spoke_last():
    text = ("The Northern Shield Front said it had taken the pass. "
            "Dorvia's army said the pass was never lost. "
            "The separatist group accuses Dorvia of looting the province's copper.")
    front = _ent(text, "Northern Shield Front", "Northern Shield Front", None, kind="ORG",
                 sector_code="REB")
    army = _ent(text, "Dorvia's army", "Dorvia army", "DRV", kind="NOMINAL", sector_code="MIL")
    group = _ent(text, "The separatist group", "separatist group", "DRV", kind="NOMINAL",
                 sector_code="REB", role="separatist group")
    dorvia = _ent(text, "Dorvia", "Dorvia", "DRV", kind="GPE", nth=1)
    sides = _sides(_analysis(text, [front, army, group, dorvia], [
        _quote(text, "it had taken the pass", front),
        _quote(text, "the pass was never lost", army)]))
    assert sides == {0: "Northern Shield Front", 1: "DRV", 2: "Northern Shield Front"}


def test_a_state_news_agency_of_the_registry_speaks_for_its_state():
    text = "Xinhua said the patrol had been routine."
    agency = _ent(text, "Xinhua", "Xinhua", "CHN", kind="ORG", sector_code="JRN")
    assert _sides(_analysis(text, [agency], [
        _quote(text, "the patrol had been routine", agency)])) == {0: "CHN"}

"""Round 8 of issue 10, item 4: what an amount measures when an actor hands it over.

An amount that is the direct object of an actor's verb is described by the act and its
complement, with the actor's name ("Vantoria earned $3 million from permit fees" ->
"Vantoria earned from permit fees"), not by the actor alone.

Every sentence is written for these tests (fictional places, firms, people and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantity


@pytest.mark.parametrize("text, span, words", [
    ("Vantoria earned $3 million from permit fees last year.", "$3 million",
     ("earned", "permit", "fees")),
    ("The ministry contributed $40 million to flood relief in Dorsk.", "$40 million",
     ("contributed", "flood", "relief")),
    ("Firefighters pumped 12,500 gallons after the blaze near Osk.", "12,500 gallons",
     ("pumped",)),
    ("Volunteers from Carvel spent nine weeks rebuilding the chapel roof.",
     "nine weeks", ("spent", "rebuilding", "roof")),
    ("Officials in Brell said they spent $2 million to repair the bridge.", "$2 million",
     ("spent", "repair", "bridge")),
    ("The Lirra cooperative sold 950 tons to millers in Tessary.", "950 tons",
     ("sold", "millers")),
])
def test_an_actors_amount_is_described_by_the_act(text: str, span: str,
                                                  words: tuple[str, ...]) -> None:
    about = quantity(text, span).about or ""
    assert all(w in about for w in words), about


@pytest.mark.parametrize("text, span, about", [
    # an "in"/"for" noun after the object still names what is measured
    ("The Halden government pledged $4.5 billion in aid.", "$4.5 billion", "aid"),
    # an amount that modifies the object measures that noun
    ("The Merrow port authority approved a $70 million terminal.", "$70 million", "terminal"),
    # a thing as the subject of a measure verb is what is measured
    ("In Parvel the ferry ticket costs 14 euros.", "14 euros", "ferry ticket"),
    ("The balloon Orla drifted 640 kilometers before it landed.", "640 kilometers",
     "balloon"),
])
def test_other_amounts_keep_their_noun(text: str, span: str, about: str) -> None:
    assert quantity(text, span).about == about


def test_offsets_cover_the_actor_and_the_act() -> None:
    text = "Vantoria earned $3 million from permit fees last year."
    found = quantity(text, "$3 million")
    assert text[found.about_start:found.about_end].startswith("Vantoria earned")
    assert text[found.about_start:found.about_end].endswith("permit fees")


@pytest.mark.parametrize("text, span, words", [
    ("The Osk league suspended the coach from all matches for eight months.", "eight months",
     ("suspended", "matches")),
    ("While vaccinating 300 herds over six years, nurses from Brell mapped the outbreak.",
     "over six years", ("vaccinating",)),
    ("Relief groups in Tessary will feed the displaced families for three months.",
     "three months", ("feed", "families")),
])
def test_a_duration_measures_the_act_of_an_actor(text: str, span: str,
                                                 words: tuple[str, ...]) -> None:
    about = quantity(text, span).about or ""
    assert all(w in about for w in words), about


@pytest.mark.parametrize("text, span, about", [
    # a subject that undergoes the act is what the duration measures
    ("The Velm bridge was closed for two weeks after the storm.", "two weeks", "bridge"),
    ("Officials said the ferry service across the Orla strait will pause for nine days.",
     "nine days", "service"),
])
def test_a_duration_of_an_undergoer_keeps_the_subject(text: str, span: str,
                                                      about: str) -> None:
    assert about in (quantity(text, span).about or "")

"""An arrest, sentence or charge of a person is kept with no country (issue 9, evrec8).

The police or court that acts is rarely named and the person has no country but the
story's, so the default filter "needs a resolved actor or recipient" dropped these reports;
:func:`wirecoder.events.participants.custody_act` keeps them. Sentences and names are
written for these tests.
"""

from __future__ import annotations

import pytest

from name_table import code_with_names
from wirecoder.events.stage import kept_by_default

#: A made-up person with no country, as the actors stage gives a name it cannot place.
PEOPLE = {"Tamsin Vayle": (None, "PERSON"), "Oren Baskar": (None, "PERSON")}


def _kept(nlp, text: str) -> list[str]:
    return [e.event_type for e in code_with_names(nlp, text, PEOPLE) if kept_by_default(e)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Police arrested the blogger Tamsin Vayle at her home on Monday.", "COERCE"),
    ("Tamsin Vayle and Oren Baskar were sentenced to six years in prison.", "SANCTION"),
    ("Prosecutors charged Oren Baskar with inciting unrest.", "ACCUSE"),
])
def test_custody_of_a_person_is_kept_without_a_country(nlp, text, kind):
    assert kind in _kept(nlp, text), text


@pytest.mark.parametrize("text", [
    "Tamsin Vayle was not arrested.",
    "The arrests continued across the region.",
])
def test_negated_or_unnamed_custody_stays_out(nlp, text):
    kept = _kept(nlp, text)
    assert not {"COERCE", "SANCTION", "ACCUSE"} & set(kept), (text, kept)

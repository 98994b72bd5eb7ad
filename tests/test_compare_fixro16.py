"""Round 16, after review (fixro16): a shared name that is the matter itself still links.

Round 16 refused a rules' link that rests only on a shared two-word name, taking the name
to say who or where. When the name is what both sides talk about ("the Grand Arc Dam must
stop filling" / "the Grand Arc Dam will generate power") the two statements are one point
framed two ways. A name is now refused only when it says who or where: a participant, a
name under a place word ("at", "west of"), or one without "the" before it (a person, a
state); "the Grand Arc Dam" as subject or object is the matter. Stories written for these
tests (invented places).
"""

from __future__ import annotations

from typing import Any, cast

import pytest

from test_compare_round16 import _claim, _Fixed


def _two_sided(first: str, second: str, p: float) -> int:
    from wirecoder.compare.align import align
    from wirecoder.compare.linker import Linker

    claims = [_claim(0, "Freedonia", first, participants=("Freedonia",)),
              _claim(1, "Ruritania", second, participants=("Ruritania",))]
    linker = Linker(model=cast(Any, _Fixed(p)), threshold=0.5, mutual_rules=True)
    return sum(len(point.sides) > 1 for point in align(claims, within=True, linker=linker))


def test_a_shared_name_that_is_the_matter_still_links() -> None:
    from wirecoder.compare.linker import MUTUAL_FLOOR

    between = (MUTUAL_FLOOR + 0.5) / 2  # above the floor, below the model's threshold
    # Two sides say different things about one dam, named as subject and object: one point.
    assert _two_sided("Freedonia's energy minister said the filling of the Grand Arc Dam "
                      "must stop before the summer.",
                      "Ruritania's water authority said the Grand Arc Dam would generate "
                      "power by June.", between) == 1
    # Two matters that meet only at a place: still two one-sided points.
    assert _two_sided("Freedonia's energy minister said trucks would be barred from the "
                      "Grand Arc Crossing at night.",
                      "Ruritania's farm ministry said cattle disease was found on farms "
                      "west of Grand Arc Crossing.", between) == 0


@pytest.mark.parametrize(("text", "named"), [
    ("Trucks were barred from the Kasaba Crossing at night.", True),
    ("Cattle disease was found on farms west of Kasaba Crossing.", True),
    ("A customs post will open beside Port Selvane.", True),
    ("Freedonia said Anton Valek would resign.", True),
    ("Freedonia said the filling of the Grand Arc Dam must stop.", False),
    ("Ruritania said the Grand Arc Dam would generate power by June.", False),
])
def test_where_names_keeps_who_and_where_and_leaves_the_matter(text: str, named: bool) -> None:
    from wirecoder.compare.claims import where_names

    assert bool(where_names(text)) is named


def test_where_names_counts_a_participant() -> None:
    from wirecoder.compare.claims import where_names

    text = "Freedonia fined the Veridian Harbour Board."
    assert not where_names(text)
    assert where_names(text, ["Veridian Harbour Board"])

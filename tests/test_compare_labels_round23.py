"""Point labels and grouped one-sided points (round 23, rolabel23), on sentences written here.

The labels are built from the point's own sentences (``compare/labels.py``); the grouping is
presentation only (``compare/render.py``: text, HTML; the web page's template). Invented
states (Ruritania, Freedonia, Ostland) and people.
"""

from __future__ import annotations

import json
import re

from compare_helpers import given_claims
from wirecoder.compare.align import align
from wirecoder.compare.labels import gist, point_label
from wirecoder.compare.models import AccountRef, Claim, Comparison, Point
from wirecoder.compare.render import point_groups, to_html, to_text


def _claim(side: str, index: int, text: str, heads: tuple[str, ...] = (),
           anchors: tuple[tuple[str, str], ...] = ()) -> Claim:
    """A claim of ``text`` whose events' triggers are ``heads`` and anchors ``anchors``."""
    return Claim(id=f"{side}:s{index}", account=side, side=side, start=index * 100,
                 end=index * 100 + len(text), text=text,
                 heads=tuple((text.index(h), text.index(h) + len(h)) for h in heads),
                 anchors=tuple(a for a, _ in anchors),
                 anchor_spans=tuple((a, text.index(w), text.index(w) + len(w))
                                    for a, w in anchors))


def _pieces(label: str) -> list[str]:
    return re.split(r": | — | / ", label)


# -- labels ---------------------------------------------------------------------------------


def test_label_is_the_anchor_as_written_with_each_sides_head_predicate():
    rur = _claim("RUR", 1, "Ruritania lifted the sanctions on Freedonia after the vote.",
                 heads=("lifted",), anchors=(("sanctions", "sanctions"),))
    fre = _claim("FRE", 2, "Freedonia said the sanctions on Freedonia were kept in place.",
                 heads=("kept",), anchors=(("sanctions", "sanctions"),))
    label = point_label([rur, fre], "sanctions", ("RUR", "FRE"))
    assert label == "sanctions on Freedonia: lifted / kept"
    assert point_label([rur, fre], "sanctions", ("FRE", "RUR")) == (
        "sanctions on Freedonia: kept / lifted")  # heads in the point's side order


def test_a_negation_before_the_head_is_kept_and_a_name_in_a_longer_phrase_is_not():
    claim = _claim("OST", 1, "Ostland did not extend the truce in the Ruritania-Freedonia war.",
                   heads=("extend",), anchors=(("ceasefire", "truce"),))
    assert point_label([claim], "ceasefire") == "truce: not extend"


def test_a_head_that_is_the_anchors_own_word_is_no_predicate():
    claim = _claim("RUR", 1, "Talks between the two delegations collapsed in Port Vela.",
                   heads=("Talks", "collapsed"), anchors=(("communication", "Talks"),))
    assert point_label([claim], "communication") == "Talks: collapsed"


def test_an_adjective_of_a_name_gives_way_to_the_anchor_as_a_noun():
    first = _claim("RUR", 1, "Ruritanian President Anton Valek met the envoy.",
                   heads=("met",), anchors=(("rur", "Ruritanian"),))
    second = _claim("RUR", 2, "The envoy said Ruritania would host the summit.",
                    heads=("host",), anchors=(("rur", "Ruritania"),))
    assert point_label([first, second], "rur").startswith("Ruritania: ")


def test_without_an_event_the_label_is_the_gist_outside_the_reporting_frame():
    claim = _claim("RUR", 1, "Minister Anton Valek told reporters on Monday that the harbour "
                             "levy would double next spring.")
    label = point_label([claim], None)
    assert "told" not in label and "Valek" not in label
    assert label == "harbour levy would double next spring"


def test_without_an_anchor_the_head_keeps_the_words_after_it():
    claim = _claim("FRE", 1, "Freedonia expelled three diplomats from the embassy, officials "
                             "said.", heads=("expelled",))
    assert point_label([claim], None) == "expelled three diplomats from the embassy"


def test_topic_and_gist_when_the_sentence_has_no_event():
    claim = _claim("FRE", 1, "On tariffs, the ball is in the Ruritanian court.",
                   anchors=(("tariffs", "tariffs"),))
    assert point_label([claim], "tariffs") == "tariffs — ball is in the Ruritanian court"


def test_a_one_word_gist_adds_nothing_to_the_topic():
    claim = _claim("FRE", 1, "Tariffs, mostly.", anchors=(("tariffs", "Tariffs"),))
    assert point_label([claim], "tariffs") == "Tariffs"


def test_gist_prefers_the_piece_that_holds_the_topic_and_never_a_bag_of_words():
    text = "The minister, speaking in Port Vela, said the canal tolls will rise sharply."
    assert gist(text) == "canal tolls will rise sharply"
    assert gist(text, near=text.index("Port")) == "speaking in Port Vela"
    assert gist("Said, told.") == ""


def test_labels_end_to_end_are_phrases_of_the_evidence_not_word_bags():
    claims = given_claims([
        ("RUR", "Ruritania said the harbour levy on fishing boats will double."),
        ("FRE", "Freedonia said it would answer with a boycott of Ruritanian steel."),
    ], whole=True)[1]
    points = align(claims)
    text = " ".join(c.text for c in claims)
    assert [p.topic for p in points] == ["harbour levy on fishing boats",
                                         "boycott of Ruritanian steel"]
    assert all(piece in text for p in points for piece in _pieces(p.topic))


# -- grouping -------------------------------------------------------------------------------


def _point(topic: str, relation: str, sides: tuple[str, ...], start: int) -> Point:
    return Point.model_validate({
        "topic": topic, "relation": relation, "in": sides, "sides": sides,
        "evidence": {s: ((start, start + 10),) for s in sides},
        "why": (f"no counterpart: only {sides[0]} states this matter"
                if relation == "only_in_one" else "a rule")})


POINTS = (
    _point("harbour levy: doubled", "only_in_one", ("RUR",), 0),
    _point("steel boycott: announced", "only_in_one", ("RUR",), 20),
    _point("canal tolls: raised", "only_in_one", ("RUR",), 40),
    _point("truce: broke / kept", "contradiction", ("RUR", "FRE"), 60),
    _point("fishing rights: claimed", "only_in_one", ("FRE",), 80),
    _point("envoy: expelled", "only_in_one", ("RUR",), 100),
    _point("border: closed", "only_in_one", ("FRE",), 120),
    _point("border: patrolled", "only_in_one", ("FRE",), 140),
)
COMPARISON = Comparison(
    group="g", mode="within", points=POINTS,
    accounts=(AccountRef(id="RUR", side="RUR", side_from="attribution"),
              AccountRef(id="FRE", side="FRE", side_from="attribution")),
    texts={"RUR": "x" * 200, "FRE": "y" * 200})


def test_a_sides_adjacent_one_sided_points_are_one_group():
    groups = point_groups(POINTS)
    assert [(g.heading, g.indexes) for g in groups] == [
        ("Only in RUR's account (3 points)", (0, 1, 2)),
        (None, (3,)), (None, (4,)), (None, (5,)),  # another side or relation between
        ("Only in FRE's account (2 points)", (6, 7))]
    assert point_groups(()) == []


def test_text_view_groups_one_sided_points_and_keeps_their_numbers():
    text = to_text(COMPARISON)
    assert "\nOnly in RUR's account (3 points)\n   1. [only_in_one] harbour levy: doubled (RUR)" \
        in text
    assert "   3. [only_in_one] canal tolls: raised (RUR)" in text
    assert "\n4. [contradiction] truce: broke / kept (RUR, FRE)\n   why: a rule" in text
    assert "\n5. [only_in_one] fishing rights: claimed (FRE)\n   why: no counterpart" in text
    assert "Only in FRE's account (2 points)" in text
    assert text.count("no counterpart") == 2  # said once by each heading, not per point


def test_html_view_groups_one_sided_points_under_a_heading():
    page = to_html([COMPARISON])
    assert page.count('class="side-group"') == 2
    assert "<b>Only in RUR&#x27;s account (3 points)</b>" in page
    for i in range(len(POINTS)):  # every point keeps its number and click target
        assert f'value="{i + 1}" data-point="g0p{i}"' in page


def test_json_keeps_every_point_as_it_is():
    data = json.loads(COMPARISON.to_json())
    assert len(data["points"]) == len(POINTS)
    assert "heading" not in json.dumps(data) and "Only in" not in json.dumps(data)


def test_web_page_groups_one_sided_points(tmp_path):
    from wirecoder.compare.render import LABELS
    from wirecoder.web.pages import _ENV
    from wirecoder.web.views import compare_columns

    page = _ENV.get_template("compare.html").render(
        form={"texts": ["", ""], "sides": ["", ""], "articles": ""}, labels=LABELS,
        comparison=COMPARISON, columns=compare_columns(COMPARISON),
        groups=point_groups(COMPARISON.points), counts=COMPARISON.relation_counts(),
        report=to_text(COMPARISON), nav=(), request=None)
    assert page.count('class="cmp-group"') == 2
    assert "Only in RUR&#39;s account (3 points)" in page
    assert len(re.findall(r'<li class="cmp-point rel-\w+" value="\d+" data-point="p\d+"',
                          page)) == len(POINTS)


def test_a_name_tail_stops_before_the_sentences_full_stop_and_keeps_an_abbreviation():
    end = _claim("RUR", 1, "Ruritania imposed sanctions on Freedonia.", heads=("imposed",),
                 anchors=(("sanctions", "sanctions"),))
    assert point_label([end], "sanctions") == "sanctions on Freedonia: imposed"
    dotted = _claim("RUR", 1, "Ruritania lifted sanctions on the U.S. after the talks.",
                    heads=("lifted",), anchors=(("sanctions", "sanctions"),))
    assert point_label([dotted], "sanctions") == "sanctions on the U.S.: lifted"
    longer = _claim("RUR", 1, "Ruritania lifted sanctions on the U.S. border crossing.",
                    heads=("lifted",), anchors=(("sanctions", "sanctions"),))
    assert point_label([longer], "sanctions") == "sanctions: lifted"
    titled = _claim("RUR", 1, "Ruritania held talks with Mr. Valek. They ended well.",
                    heads=("held",), anchors=(("communication", "talks"),))
    assert point_label([titled], "communication") == "talks with Mr. Valek: held"

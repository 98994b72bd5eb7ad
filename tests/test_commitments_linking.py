"""Linking reports of one pledge (the rule shared by the store and the scorer).

Reports are written for the test: parties, actions and object classes as the stage gives them.
"""

from __future__ import annotations

import datetime as dt

from wirecoder.commitments.linking import Report, broader_classes, link, link_class, pledge_id


def _r(who, whom, action, obj, article, day="2025-01-10", own=None) -> Report:
    return Report(committer=who, counterparty=whom, action_class=action, object_class=obj,
                  article=article, date=dt.date.fromisoformat(day),
                  own_id=own or f"{article}-{who}-{whom}-{obj}")


def _linked(reports: list[Report]) -> list[set[int]]:
    keys = link(reports)
    groups: dict[str, set[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key, set()).add(i)
    return sorted(groups.values(), key=min)


def test_names_of_one_object_class_link() -> None:
    assert link_class("security aid") == link_class("drawdown") == link_class("arms") == "arms"
    assert link_class("soy") == link_class("soybeans") == "soybean"
    assert link_class("money") is None and link_class(None) is None
    reports = [_r("USA", "EST", "provide", "military aid", "a"),
               _r("USA", "EST", "provide", "drawdown", "b", "2025-03-01"),
               _r("CHN", "USA", "buy", "soy", "c"),
               _r("CHN", "USA", "buy", "soybean", "d", "2025-05-01")]
    assert _linked(reports) == [{0, 1}, {2, 3}]
    assert pledge_id(link(reports)[2]) == "CHN-USA-buy-soybean"


def test_different_parties_or_objects_never_link() -> None:
    reports = [_r("USA", "EST", "provide", "arms", "a"), _r("USA", "LVA", "provide", "arms", "b"),
               _r("GBR", "EST", "provide", "arms", "c"),
               _r("USA", "EST", "provide", "humanitarian aid", "d")]
    assert _linked(reports) == [{0}, {1}, {2}, {3}]


def test_a_missing_counterparty_joins_the_one_known_pledge_when_dates_are_close() -> None:
    reports = [_r("CHN", "USA", "buy", "soybean", "a", "2025-01-10"),
               _r("CHN", None, "buy", "soybean", "b", "2025-04-01"),   # "it promised 25 Mt"
               _r("CHN", None, "buy", "soybean", "c", "2029-04-01")]   # years later: apart
    assert _linked(reports) == [{0, 1}, {2}]


def test_a_gap_stays_apart_when_two_pledges_fit() -> None:
    reports = [_r("USA", "CHD", "provide", "humanitarian aid", "a"),
               _r("USA", "NER", "provide", "humanitarian aid", "b"),
               _r("USA", None, "provide", "humanitarian aid", "c", own="gap")]
    keys = link(reports)
    assert len(set(keys)) == 3 and keys[2].endswith("|gap")


def test_a_generic_object_joins_the_pledge_of_the_same_parties() -> None:
    reports = [_r("USA", "UKR", "provide", "security aid", "a"),
               _r("USA", "UKR", "provide", "package", "b", "2025-02-01"),   # "a $1 bn package"
               _r("USA", "UKR", "provide", "money", "c", "2025-03-01"),     # "$500 million"
               _r("JPN", "EGY", "provide", "money", "d"),                   # nothing to join
               _r("JPN", "EGY", "provide", "money", "e", own="alone")]
    groups = _linked(reports)
    assert groups[0] == {0, 1, 2}
    assert {3} in groups and {4} in groups  # two generic reports are not a pledge by key


def test_a_delivery_reports_the_gift_or_sale_it_fits() -> None:
    reports = [_r("USA", None, "provide", "vaccine", "a"),
               _r("USA", None, "provide", "doses", "b", "2025-02-01"),
               _r("USA", None, "deliver", "covid-19 vaccine", "c", "2025-03-01"),
               _r("FRA", "IND", "sell", "fighter jet", "d"),
               _r("FRA", "IND", "deliver", "fighter jet", "e", "2025-06-01")]
    assert _linked(reports) == [{0, 1, 2}, {3, 4}]


def test_an_unknown_committer_links_only_inside_its_article() -> None:
    reports = [_r("USA", "UKR", "provide", "arms", "a"),
               _r(None, "UKR", "provide", "package", "a", own="same-article"),
               _r(None, "UKR", "provide", "arms", "b", own="other-article"),
               _r("Jane Roe", "UKR", "provide", "arms", "c", own="a-name")]
    keys = link(reports)
    assert keys[0] == keys[1]
    assert keys[2].endswith("|other-article") and keys[3].endswith("|a-name")


def test_broader_classes_come_from_data() -> None:
    assert broader_classes("soybean") == ["soybean", "agricultural goods"]
    assert broader_classes("crude oil")[-1] == "energy"
    assert broader_classes("arms") == ["arms"]

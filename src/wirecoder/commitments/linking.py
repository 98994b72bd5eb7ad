"""Linking reports of one pledge across articles: the tracker's one linking rule.

Used by the store (:func:`wirecoder.store.commitments.tracked_pledges`) and by the scorer
(``wirecoder eval commitments``), so that what is measured is what the store does.

A report is reduced to its **key**: committer code | counterparty code | action class |
object class, each normalized with ``data/commitments/linking.yaml`` (``same``: names of one
object class, "security aid" = "drawdown" = arms; ``weak_actions``: a delivery can report a
sale or a gift). Reports with a complete key (committer and object known, and the
counterparty when the act has one) are linked when their keys are equal. A report with a gap
joins the one complete pledge it is compatible with:

* no counterparty ("it promised 4 million tons"), a generic object ("a $3 billion
  package", "$500 million"), or a weak action ("the doses were delivered"): the pledge of the
  same committer that agrees on every stated part;
* no committer (or a person the actors stage could not place): only a pledge reported in the
  same article.

Candidates are looked for in the same article first, then (a stated committer only) among
pledges with a report within ``window_days``. When there is no single candidate, the report
stays apart — except that reports which agree on every stated part and name a specific
object (``USA|?|provide|vaccine``: doses for "countries worldwide") form their own pledge.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

__all__ = ["LinkRules", "Report", "broader_classes", "link", "link_class", "pledge_id",
           "pledge_key", "reports_of", "rules"]

#: Actions whose pledges need no counterparty to be told apart ("cut oil production").
ONE_PARTY = frozenset({"cut", "raise", "produce", "spend", "withdraw"})
_CODE = re.compile(r"^[A-Z]{3}$")
_UNKNOWN = "?"


@dataclass(frozen=True)
class LinkRules:
    """The linking vocabulary (``data/commitments/linking.yaml``).

    Attributes:
        same: object class -> the name it links under.
        broader: linking class -> its broader class (soybean -> agricultural goods).
        generic: classes that do not say what is committed.
        weak_actions: action class -> the classes a report of it can link with.
        window: how far apart two articles may be for a gap to be filled across them.
    """

    same: dict[str, str]
    broader: dict[str, str]
    generic: frozenset[str]
    weak_actions: dict[str, frozenset[str]]
    window: dt.timedelta


@functools.lru_cache(maxsize=1)
def rules() -> LinkRules:
    """Return the linking vocabulary (loaded once per process)."""
    source = resources.files("wirecoder").joinpath("data/commitments/linking.yaml")
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    same = {str(v).lower(): str(name) for name, values in data["same"].items()
            for v in values}
    return LinkRules(
        same=same,
        broader={str(k): str(v) for k, v in data["broader"].items()},
        generic=frozenset(str(g) for g in data["generic"]),
        weak_actions={str(k): frozenset(v) for k, v in data["weak_actions"].items()},
        window=dt.timedelta(days=int(data["window_days"])),
    )


@functools.lru_cache(maxsize=8192)
def link_class(object_class: str | None) -> str | None:
    """Return the class an object links under (None for a generic or missing object).

    "security aid", "drawdown" -> "arms"; "soy" -> "soybean"; "$500 million" (class
    "money") -> None. An unlisted class links under its own lower-case name.
    """
    if not object_class:
        return None
    name = object_class.strip().lower()
    if name in rules().generic:
        return None
    if name in rules().same:
        return rules().same[name]
    singular = name[:-1] if name.endswith("s") and not name.endswith("ss") else name
    return rules().same.get(singular, name)


def broader_classes(link_name: str) -> list[str]:
    """Return a linking class and the classes above it: soybean, agricultural goods."""
    chain = [link_name]
    while chain[-1] in rules().broader and rules().broader[chain[-1]] not in chain:
        chain.append(rules().broader[chain[-1]])
    return chain


@functools.lru_cache(maxsize=8192)
def _party(code: str | None) -> str | None:
    """A party is linkable when it is a code; names the actors stage could not place are not."""
    return code if code and _CODE.match(code) else None


def pledge_key(committer: str | None, counterparty: str | None, action_class: str,
               object_class: str | None, own_id: str = "") -> str:
    """Return the key of one report: ``CHN|USA|buy|soybean``.

    A report that cannot be linked by key alone (no committer, no counterparty for an act
    between two parties, or no specific object) ends with its own id, so that "someone
    gives aid" never merges two pledges by key.
    """
    who, whom = _party(committer), _party(counterparty)
    obj = link_class(object_class)
    key = "|".join((who or _UNKNOWN, whom or _UNKNOWN, action_class,
                    obj or (object_class or _UNKNOWN).lower()))
    complete = who and obj and (whom or action_class in ONE_PARTY)
    return key if complete or not own_id else f"{key}|{own_id}"


def pledge_id(key: str) -> str:
    """Return the readable id of a pledge key: ``CHN-USA-buy-soybean``."""
    parts = key.split("|")
    return "-".join(part.replace(" ", "_") for part in parts[:4]) + (
        f"-{parts[4]}" if len(parts) > 4 else "")


@dataclass(frozen=True)
class Report:
    """One report of a commitment, as the linker sees it.

    Attributes:
        committer: Committer's code (a name when the actors stage gave no code).
        counterparty: Counterparty's code.
        action_class: The stage's action class (buy, sell, provide, deliver ...).
        object_class: The stage's object class.
        article: The article it comes from (any hashable id).
        date: The article's date.
        own_id: A unique id, used in the key of a report that links to nothing.
    """

    committer: str | None
    counterparty: str | None
    action_class: str
    object_class: str | None
    article: Hashable
    date: dt.date | None
    own_id: str


@dataclass
class _Pledge:
    committer: str
    counterparty: str | None
    action: str
    obj: str
    articles: set[Hashable]
    dates: list[dt.date]

    @property
    def key(self) -> str:
        return "|".join((self.committer, self.counterparty or _UNKNOWN, self.action, self.obj))


def _complete(report: Report) -> bool:
    return bool(_party(report.committer) and link_class(report.object_class)
                and (_party(report.counterparty) or report.action_class in ONE_PARTY))


def _fits(report: Report, pledge: _Pledge) -> bool:
    """True when every part the report states agrees with the pledge."""
    who, whom = _party(report.committer), _party(report.counterparty)
    obj = link_class(report.object_class)
    action = report.action_class
    return ((who is None or who == pledge.committer)
            and (whom is None or whom == pledge.counterparty)
            and (action == pledge.action
                 or pledge.action in rules().weak_actions.get(action, frozenset()))
            and (obj is None or obj == pledge.obj))


def _near(report: Report, pledge: _Pledge) -> bool:
    """True when the pledge has a report within the window of the report's date."""
    if report.date is None or not pledge.dates:
        return False
    at = bisect.bisect_left(pledge.dates, report.date)
    window = rules().window
    return any(abs(report.date - pledge.dates[i]) <= window
               for i in (at - 1, at) if 0 <= i < len(pledge.dates))


class _Index:
    """Pledges looked up by committer and by article (a gap report only fits those)."""

    def __init__(self, pledges: Iterable[_Pledge]) -> None:
        self.by_committer: dict[tuple[str, str, str | None], list[_Pledge]] = defaultdict(list)
        self.by_article: dict[Hashable, list[_Pledge]] = defaultdict(list)
        for pledge in pledges:
            self.by_committer[pledge.committer, pledge.action, None].append(pledge)
            self.by_committer[pledge.committer, pledge.action, pledge.obj].append(pledge)
            for article in pledge.articles:
                self.by_article[article].append(pledge)

    def candidate(self, report: Report) -> _Pledge | None:
        """The one pledge a report with a gap joins: same article first, then near in time."""
        here = [p for p in self.by_article.get(report.article, ()) if _fits(report, p)]
        if len(here) == 1:
            return here[0]
        who = _party(report.committer)
        if here or who is None:
            return None
        actions = {report.action_class, *rules().weak_actions.get(report.action_class, ())}
        obj = link_class(report.object_class)
        near = [p for action in actions for p in self.by_committer.get((who, action, obj), ())
                if _fits(report, p) and _near(report, p)]
        return near[0] if len(near) == 1 else None


def link(reports: Sequence[Report]) -> list[str]:
    """Return the pledge key of the tracked pledge each report belongs to, in input order.

    Reports with the same returned key are reports of one pledge; a key ending in the
    report's own id is a pledge reported once that nothing else links to.

    Three passes: complete reports of a firm action found pledges by key; a report with no
    counterparty but a known committer and a specific object joins the one fitting pledge
    or founds a pledge with the reports of the same partial key; the rest (a generic
    object, a delivery, no committer) join the one fitting pledge or stay apart.
    """
    pledges: dict[str, _Pledge] = {}
    keys: list[str | None] = [None] * len(reports)
    weak = rules().weak_actions
    for i, report in enumerate(reports):
        if _complete(report) and report.action_class not in weak:
            keys[i] = _add(pledges, report)
    anchors = _Index(pledges.values())
    for i, report in enumerate(reports):
        partial = pledge_key(report.committer, report.counterparty, report.action_class,
                             report.object_class)
        if keys[i] is None and report.action_class not in weak and _linkable_alone(partial):
            found = anchors.candidate(report)
            keys[i] = found.key if found is not None else _add(pledges, report)
    everything = _Index(pledges.values())
    for i, report in enumerate(reports):
        if keys[i] is not None:
            continue
        found = everything.candidate(report)
        if found is not None:
            keys[i] = found.key
        elif _complete(report):  # a delivery of nothing pledged: its own pledge
            keys[i] = _add(pledges, report)
    counts = Counter(keys)
    return [key if key is not None and (_complete_key(key) or counts[key] > 1)
            else _own(report) for key, report in zip(keys, reports, strict=True)]


def _complete_key(key: str) -> bool:
    who, whom, action, obj = key.split("|")[:4]
    return who != _UNKNOWN and obj != _UNKNOWN and (whom != _UNKNOWN or action in ONE_PARTY)


def _own(report: Report) -> str:
    return pledge_key(report.committer, report.counterparty, report.action_class,
                      report.object_class, report.own_id)


def _add(pledges: dict[str, _Pledge], report: Report) -> str:
    """Add a complete report to the pledge of its key (made on first use); return the key."""
    key = pledge_key(report.committer, report.counterparty, report.action_class,
                     report.object_class)
    pledge = pledges.get(key)
    if pledge is None:
        who, whom, action, obj = key.split("|")
        pledge = pledges[key] = _Pledge(who, None if whom == _UNKNOWN else whom, action, obj,
                                        set(), [])
    pledge.articles.add(report.article)
    if report.date is not None:
        bisect.insort(pledge.dates, report.date)
    return key


def _linkable_alone(key: str) -> bool:
    """Reports with a gap link among themselves only with a known committer and object."""
    who, _whom, _action, obj = key.split("|")[:4]
    return who != _UNKNOWN and link_class(obj) is not None and obj == link_class(obj)


def reports_of(rows: Sequence[dict[str, Any]]) -> list[Report]:
    """Return linker reports of stored commitment rows (store columns)."""
    return [Report(committer=row["committer_code"], counterparty=row["counterparty_code"],
                   action_class=row["action_class"], object_class=row["object_class"],
                   article=row["article_id"], date=row.get("published"),
                   own_id=str(row["commitment_id"])) for row in rows]

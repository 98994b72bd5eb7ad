"""Round-16 speed-ups: work skipped only where it cannot change the answer.

Each test checks the answer of the faster path against the plain computation on sentences
written for the test (and on the VOA corpus when it is present), and that the shortcut is
taken (so it fails when the helper does the work again or the shortcut is missing).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wirecoder.quantities import unitless
from wirecoder.quantities.detect import windows

_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"

#: Sentences written for the test: each long pattern of the unitless pass matches in them.
_UNITLESS_TEXTS = (
    "Freedonia's exports to Ruritania grew more than fourfold in 2019, and tolls rose "
    "nearly 3 times faster than wages.",
    "About two-thirds of the 4,000 ballots were spoiled; roughly one in every 6 voters "
    "stayed home, and half of the 12 districts reported late.",
    "A magnitude 5.9 tremor hit Veridia at 04:10; the agency later put the magnitude at "
    "6.1, and a 6.4-magnitude aftershock followed an M6 quake near the 3 dams.",
    "Veridia's budget is twice as large as in 2020 and about double the 2019 figure; "
    "tariffs were cut by a quarter, and fees were raised 10-fold for 2 years.",
    "Officials counted 14 boats and 3 crews, nothing more, along the 40 km coast.",
    # round 18: the frequency pattern ("N times a week")
    "Ferries to the Osk islands sail 3 times a week, and 5-6 times per week in summer.",
)


def _plain(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]) -> list[tuple]:
    return [(m.span(), m.groupdict()) for a, b in spans for m in pattern.finditer(text, a, b)]


def _texts() -> list[str]:
    texts = list(_UNITLESS_TEXTS)
    if _CORPUS.is_file():
        with _CORPUS.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


@pytest.mark.parametrize("pattern", list(unitless._CORES), ids=lambda p: p.pattern[:30])
def test_unitless_scan_with_cores_finds_the_plain_matches(pattern: re.Pattern[str]) -> None:
    for text in _texts():
        spans = windows(text)
        got = [(m.span(), m.groupdict()) for m in unitless._scan(pattern, text, spans)]
        assert got == _plain(pattern, text, spans)


def test_every_long_unitless_pattern_matches_in_the_written_sentences() -> None:
    joined = " ".join(_UNITLESS_TEXTS)
    for pattern in unitless._CORES:
        assert pattern.search(joined), pattern.pattern[:40]


def test_unitless_scan_skips_a_window_without_the_core(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Ruritania sent 40 trucks and 12 doctors to the border towns."
    spans = windows(text)

    class Counting:
        """A pattern that counts the windows it is run over."""

        calls = 0

        def finditer(self, *args: object) -> list[re.Match[str]]:
            Counting.calls += 1
            return []

    counting = Counting()
    monkeypatch.setattr(unitless, "_CORES", {**unitless._CORES, counting: re.compile("fold")})
    assert list(unitless._scan(counting, text, spans)) == []  # type: ignore[arg-type]
    assert spans and Counting.calls == 0

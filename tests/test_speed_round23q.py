"""Round 23 speed, second pass (speed23q): a window core of the quantity pattern scan.

``detect._scan`` skips a number window that holds no core of the pattern (a currency symbol or
code for ``MONEY_PRE``); it must still find exactly what ``finditer`` finds over every window.
Texts are sentences written for the test and random strings built from small word lists
(hypothesis).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.quantities import detect


def _plain(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for start, end in detect.windows(text)
            for m in pattern.finditer(text, start, end)]


def _cored(pattern: re.Pattern[str], text: str) -> list[tuple]:
    spans = detect.windows(text)
    return [(m.span(), m.groupdict())
            for m in detect._scan(pattern, text, spans, detect._starts(pattern))]


def test_only_the_currency_led_pattern_has_a_core():
    assert set(detect._CORES) == {detect.MONEY_PRE}


def test_written_sentences_find_the_same_amounts():
    text = ("The fund pledged $5 billion and US$ 3.2 million, about EUR 40m and Rs. 500 crore "
            "for roads of 12 km, 40 kg of rice, 5-6 °C warmer; 30 mph winds. Between 2 and 3 "
            "Rs 10 coins, rs 20 and 7 kW. The rest was 14 tons, 25 percent and 3 ships.")
    found = _cored(detect.MONEY_PRE, text)
    assert found == _plain(detect.MONEY_PRE, text)
    assert len(found) >= 4


def test_window_without_a_core_is_skipped_and_loses_nothing():
    text = "About 5 tons of rice, 12 million people and 3 ships arrived in 2024."
    money = detect._CORES[detect.MONEY_PRE]
    assert detect.windows(text)
    assert all(money.search(text, s, e) is None for s, e in detect.windows(text))
    assert _cored(detect.MONEY_PRE, text) == _plain(detect.MONEY_PRE, text) == []
    assert money.search("It cost $5 and USD 7.", 0, 21) is not None


_BEFORE = ["about", "between", "minus", "of", "the", "-", "(", "x", "", "US", "Rs", "rs"]
_AMOUNTS = ["a", "one", "5", "1,200", "3.5", "-4", ".5", "10-12", "5 to 7", "twenty-five", ""]
_CURRENCY = ["$", "US$", "€", "£", "EUR ", "usd ", "USD", "Rs.", "Rs ", "HK$", "", "NT$"]
_AFTER = ["million", "bn", "km", "kg", "°C", "mph", "kW", "m", "tons", "dollars", "", ",", "."]
_PART = st.tuples(st.sampled_from(_BEFORE), st.sampled_from(["", " ", "-"]),
                  st.sampled_from(_CURRENCY), st.sampled_from(_AMOUNTS),
                  st.sampled_from(["", " ", "-"]), st.sampled_from(_AFTER),
                  st.sampled_from([" ", "", "\n", "-"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PART, max_size=12))
def test_cored_scan_finds_what_finditer_finds(parts):
    text = "".join("".join(part) for part in parts)
    assert _cored(detect.MONEY_PRE, text) == _plain(detect.MONEY_PRE, text)

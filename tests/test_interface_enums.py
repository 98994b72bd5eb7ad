"""The CLI's and the web app's choice enums list the values the store defines, in one place each.

Typer and FastAPI need enum classes with static members (``Period.month``), so the values are
spelled out there; these tests fail when one side gains or loses a value the other has not.
"""

from __future__ import annotations

import pytest

from wirecoder.cli.store import Period as CliPeriod
from wirecoder.codebook import QUAD_CODE
from wirecoder.store.dyads import PERIODS
from wirecoder.store.filters import QUOTE_KINDS

web_params = pytest.importorskip("wirecoder.web.params")


def test_dyad_periods_are_the_stores() -> None:
    assert tuple(p.value for p in CliPeriod) == PERIODS
    assert tuple(p.value for p in web_params.Period) == PERIODS


def test_web_choices_are_the_stores_and_the_codebooks() -> None:
    assert tuple(k.value for k in web_params.QuoteKind) == QUOTE_KINDS  # = models.QuoteKind
    assert {c.value for c in web_params.Category} == set(QUAD_CODE)
    assert web_params.Period("MONTH") is web_params.Period.month  # any case, as the CLI

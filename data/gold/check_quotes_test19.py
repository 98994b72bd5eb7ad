"""Build and check the sealed quotes test set ``quotes/test19.jsonl`` (round 19 for round 20).

Standalone: no wirecoder import. The builder and checks are those of
``check_quotes_test3.py`` (imported, not copied; they use ``checklib.py``); only the source and
target files differ. The texts and annotations live in ``quotes/test19_source.py``: a list
``DOCS`` of dicts (``id``, ``url``, ``title``, ``published``, ``truncated``, ``note``, ``text``,
``quotes``), each quote a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after the
first occurrence of ``after``), ``"A<<>>B"`` spans from A to the next B.

Usage::

    python data/gold/check_quotes_test19.py build   # writes quotes/test19.jsonl, then checks it
    python data/gold/check_quotes_test19.py check   # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import check_quotes_test3 as base  # noqa: E402

base.SOURCE = HERE / "quotes" / "test19_source.py"
base.TARGET = HERE / "quotes" / "test19.jsonl"

_voa_source_name = base._source_name


def _source_name(url: str) -> str:
    """Return ``voa:<host>``, or ``usgov:<host>`` for the two US government pages of this set."""
    name = _voa_source_name(url)
    host = name.split(":", 1)[1]
    if host.endswith("usagm.gov") or host.endswith("usembassy.gov"):
        return f"usgov:{host}"
    return name


base._source_name = _source_name

if __name__ == "__main__":
    sys.exit(base.main(sys.argv))

"""Build and check the sealed quotes test set ``quotes/test26.jsonl`` (VOA news stories).

Standalone: no wirecoder import. The builder and checks are those of
``check_quotes_test3.py`` (imported, not copied; they use ``checklib.py``); only the source and
target files differ. The texts and annotations live in ``quotes/test26_source.py``: a list
``DOCS`` of dicts (``id``, ``url``, ``title``, ``published``, ``truncated``, ``note``, ``text``,
``quotes``), each quote a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after the
first occurrence of ``after``), ``"A<<>>B"`` spans from A to the next B.

Usage::

    python data/gold/check_quotes_test26.py build   # writes quotes/test26.jsonl, then checks it
    python data/gold/check_quotes_test26.py check   # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import check_quotes_test3 as base  # noqa: E402

base.SOURCE = HERE / "quotes" / "test26_source.py"
base.TARGET = HERE / "quotes" / "test26.jsonl"

if __name__ == "__main__":
    sys.exit(base.main(sys.argv))

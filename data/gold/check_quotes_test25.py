"""Build and check the sealed quotes test set ``quotes/test25.jsonl`` (round 25 for round 26).

Standalone: no wirecoder import. The builder and checks are those of
``check_quotes_test3.py`` (imported, not copied; they use ``checklib.py``); only the source and
target files differ. The texts and annotations live in ``quotes/test25_source.py``: a list
``DOCS`` of dicts (``id``, ``url``, ``title``, ``published``, ``truncated``, ``note``, ``text``,
``quotes``), each quote a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after the
first occurrence of ``after``), ``"A<<>>B"`` spans from A to the next B. The ``source`` name is
``voa:<host>`` for the VOA stories, including the verbatim re-posts of VOA stories on
globalsecurity.org and iwar.org.uk, and ``usgov:<host>`` for the two American Forces Press Service
articles of the Department of Defense (archive.defense.gov and the UNT web archive's copy of
defenselink.mil), the same ``usgov:`` prefix as earlier sets give US government pages.

Usage::

    python data/gold/check_quotes_test25.py build   # writes quotes/test25.jsonl, then checks it
    python data/gold/check_quotes_test25.py check   # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import check_quotes_test3 as base  # noqa: E402

base.SOURCE = HERE / "quotes" / "test25_source.py"
base.TARGET = HERE / "quotes" / "test25.jsonl"

_voa_source_name = base._source_name
_USGOV_HOSTS = ("archive.defense.gov", "webarchive.library.unt.edu")


def _source_name(url: str) -> str:
    """Return ``voa:<host>``, or ``usgov:<host>`` for the Department of Defense articles."""
    name = _voa_source_name(url)
    host = name.split(":", 1)[1]
    if host in _USGOV_HOSTS:
        return f"usgov:{host}"
    return name


base._source_name = _source_name

# One record (t25-china-rejects-us-tibet-monks-2011) keeps its page's slip "The said" (for "They
# said"); that speaker_text is a pronoun in all but spelling, so the pronoun check accepts "the".
base.PRONOUNS = (*base.PRONOUNS, "the")

if __name__ == "__main__":
    sys.exit(base.main(sys.argv))

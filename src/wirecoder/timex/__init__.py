"""Time expressions stage: dates, times, durations and sets, resolved to TIMEX3 values.

Spans come from spaCy's DATE/TIME entities and our own patterns (:mod:`.spans`);
each is read by a rule grammar (:mod:`.grammar`) and, when relative, resolved
against the publication date with the direction of its clause (:mod:`.tense`):
"the last meeting in October" is the past October, "a planned trip in June" the
coming June. Without a publication date relative values stay unresolved.
"""

from __future__ import annotations

from .stage import extract, resolve_text

__all__ = ["extract", "resolve_text"]

"""Why a word did not become an event: the events stage replayed with every drop recorded.

:func:`explain_dropped` runs the same steps as :func:`~wirecoder.events.stage.code_events`
and the stage's final filter, and returns one :class:`Dropped` record for every trigger the
lexicon found that gave no event, with the step that dropped it:

``lexicon``
    the word is listed in the lexicon but no entry matched (its pattern, ``requires``,
    ``excludes`` or negation condition failed), or it was a modifier ("war veteran");
``frame``
    absorbed by a frame trigger of the same clause ("agreed to meet" keeps one event);
``sense``
    the draft filters (purpose clause, condition, wish, document content, ...), with the
    reason the stage recorded (``dropped:<reason>``);
``merge``
    merged into a same-category trigger that governs it (one event is coded);
``reference``
    a setting or a reference to an event, not an act ("during the war");
``remention``
    a bare definite nominal of a category the story already coded ("the attack" again), or
    a possessed one naming an event coded before ("his White House meeting");
``build``
    no event was built: no participant, not an act, a demand without parties, a
    commentator's opinion or forecast (``commentator-actor``, ``commentator-forecast``), ...;
``participants``
    coded, but neither actor nor recipient is resolved (kept with ``actorless_events``);
``negated``
    coded as negated and ``drop_negated`` is set.

It is a development and user tool (``explain_story(text)`` for one article): it changes no
output of the stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from ..models import Entity, TimeExpression
from ..settings import Settings
from ..textutil import sentence_index
from .arguments import EntityIndex
from .lexicon import Lexicon, extra_paths, load_lexicon
from .nominal_merges import merge_nominals
from .participants import is_remention
from .references import is_setting_or_reference
from .remention import Coded, coded, names_own_parties, possessive_remention
from .rules import Draft, absorb_frames
from .stage import _build, _draft, kept_by_default
from .triggers import _candidates, find_triggers

__all__ = ["Dropped", "explain_dropped", "explain_story"]


@dataclass(frozen=True)
class Dropped:
    """A trigger word that gave no event, and why.

    Attributes:
        start: Character offset of the word in the text.
        end: End offset.
        text: The word.
        sentence: Index of its sentence.
        event_type: PLOVER type of the entry it matched ("" at the ``lexicon`` step).
        entry: Lexicon entry id ("" at the ``lexicon`` step).
        step: The step that dropped it (see the module docstring).
        reason: The recorded reason, when the step gives one.
    """

    start: int
    end: int
    text: str
    sentence: int
    event_type: str
    entry: str
    step: str
    reason: str = ""


def _record(draft: Draft, step: str, reason: str = "") -> Dropped:
    trig = draft.trig
    if not reason:
        reason = next((w.removeprefix("dropped:") for w in reversed(draft.why)
                       if w.startswith("dropped:")), "")
    if not reason and "not-an-act" in draft.why:
        reason = "not-an-act"
    doc = trig.token.doc
    return Dropped(start=trig.start, end=trig.end, text=doc.text[trig.start:trig.end],
                   sentence=sentence_index(doc, trig.start), event_type=draft.category,
                   entry=trig.entry.id, step=step, reason=reason)


def _sentence(sent, lexicon: Lexicon, index: EntityIndex, out: list[Dropped]) -> list[Draft]:
    doc = sent.doc
    raw = find_triggers(sent, lexicon, index.by_token)
    found = {t.token.i for t in raw}
    for i in _candidates(sent, lexicon):
        if i not in found:
            tok = doc[i]
            out.append(Dropped(start=tok.idx, end=tok.idx + len(tok), text=tok.text,
                               sentence=sentence_index(doc, tok.idx), event_type="", entry="",
                               step="lexicon",
                               reason=f"listed word, no entry matched ({tok.pos_})"))
    kept = absorb_frames(raw)
    kept_ids = {id(t) for t in kept}
    for trig in raw:
        if id(trig) not in kept_ids:
            draft = Draft(trig=trig, category=trig.entry.category, mode=trig.entry.mode)
            out.append(_record(draft, "frame"))
    drafts = [_draft(trig, lexicon) for trig in kept]
    for d in drafts:
        if not d.keep:
            out.append(_record(d, "sense"))
    drafts = [d for d in drafts if d.keep]
    merged = merge_nominals(drafts)
    merged_ids = {id(d) for d in merged}
    out.extend(_record(d, "merge") for d in drafts if id(d) not in merged_ids)
    final = []
    for d in merged:
        if is_setting_or_reference(d, merged, index):
            out.append(_record(d, "reference"))
        else:
            final.append(d)
    blockers = frozenset(d.trig.token.i for d in final if d.trig.kind == "noun")
    for d in final:
        d.blockers = blockers
    return final


def explain_dropped(doc: Doc, lexicon: Lexicon, entities: Sequence[Entity],
                    times: Sequence[TimeExpression] = (), quotes: Sequence = (), *,
                    published: dt.date | None = None, source: str | None = None,
                    actorless_events: bool = False, drop_negated: bool = False,
                    ) -> list[Dropped]:
    """Return every trigger of ``doc`` that the events stage drops, with the step and reason.

    Args:
        doc: The parsed document.
        lexicon: The compiled lexicon (:func:`~wirecoder.events.load_lexicon`).
        entities: Entity records of the actors stage.
        times: Time expressions of the document.
        quotes: Quote records of the document.
        published: Publication date.
        source: The publishing outlet.
        actorless_events: As ``Settings.actorless_events`` (no ``participants`` drops).
        drop_negated: As ``Settings.drop_negated``.

    Returns:
        The dropped triggers, in text order.

    Example:
        >>> # for d in explain_dropped(doc, load_lexicon(), analysis.entities): print(d)
    """
    index = EntityIndex(doc, entities)
    out: list[Dropped] = []
    drafts: list[Draft] = []
    for sent in doc.sents:
        drafts.extend(_sentence(sent, lexicon, index, out))
    seen: set[str] = set()
    earlier: list[Coded] = []
    n = 0
    for draft in drafts:
        if is_remention(draft.trig, draft.category, seen) and not names_own_parties(
                draft.trig, index):
            out.append(_record(draft, "remention"))
            continue
        event = _build(draft, index, times, quotes, ("explain", source), published, n)
        if event is None:
            out.append(_record(draft, "build"))
            if "not-an-act" in draft.why:
                seen.add(draft.category)
            continue
        if possessive_remention(draft.trig, event, earlier):
            out.append(_record(draft, "remention", "possessed nominal of an event coded before"))
            continue
        n += 1
        seen.add(event.event_type)
        earlier.append(coded(event))
        if not actorless_events and not kept_by_default(event):
            out.append(_record(draft, "participants",
                               "no resolved participant, no political actor"))
        elif drop_negated and event.negated:
            out.append(_record(draft, "negated"))
    return sorted(out, key=lambda d: (d.start, d.step))


def explain_story(text: str, *, published: dt.date | str | None = None,
                  source: str | None = None, settings: Settings | None = None) -> list[Dropped]:
    """Analyze ``text`` and return the triggers its events stage dropped, with the reason.

    The one-call form of :func:`explain_dropped` for users who wonder why an event is
    missing: it runs :func:`wirecoder.analyze` with the same settings and replays the
    events stage on the parsed text.

    Args:
        text: The article text.
        published: Publication date (ISO string or date).
        source: The publishing outlet.
        settings: Analysis settings (defaults when None).

    Returns:
        The dropped triggers, in text order.

    Example:
        >>> # for d in explain_story("Gunmen attacked a convoy."): print(d.step, d.text)
    """
    from ..nlp import nlp_for
    from ..parsing import parse_one
    from ..pipeline import analyze

    settings = settings or Settings()
    analysis = analyze(text, published=published, source=source, settings=settings)
    doc = parse_one(nlp_for(settings), text)
    return explain_dropped(doc, load_lexicon(extra_paths(settings)), analysis.entities,
                           analysis.time_expressions, analysis.quotes,
                           published=analysis.published, source=analysis.source,
                           actorless_events=settings.actorless_events,
                           drop_negated=settings.drop_negated)

"""Public entry points: compare accounts of one event, or the sides within one story."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..errors import InputError
from ..models import Analysis, Entity, ItemError
from ..settings import Settings
from .align import align
from .claims import build_claims
from .initiator import initiator_of, resolve_initiator_conflict
from .joint import joint_sides
from .lexicon import Lexicon, load_lexicon
from .models import Account, AccountRef, Claim, Comparison, Mode
from .sentences import sentence_spans
from .sides import account_side, story_sides

__all__ = ["as_account", "compare", "compare_analyses", "compare_within", "within_claims"]

AccountLike = Account | Mapping[str, Any] | str


def as_account(item: AccountLike, number: int = 0) -> Account:
    """Turn a record or a plain text into an :class:`Account`.

    A record has ``id``, ``text`` and optionally ``published``, ``side``, ``title``, ``url``,
    ``source`` (or ``author``). Raises :class:`InputError` for a record without text.
    """
    if isinstance(item, Account):
        return item
    if isinstance(item, str):
        return Account(id=f"account-{number + 1}", text=item)
    data = {k: item.get(k) for k in Account.model_fields if item.get(k) is not None}
    if not data.get("text"):
        raise InputError(detail=f"Account {item.get('id', number + 1)!r} has no text. "
                                "Fix: give each account a non-empty 'text' field.")
    data.setdefault("id", f"account-{number + 1}")
    data["id"] = str(data["id"])
    if data.get("source") is None and item.get("author"):
        data["source"] = str(item["author"])
    return Account.model_validate(data)


def _analyze(accounts: Sequence[Account], settings: Settings | None) -> list[Analysis]:
    from ..pipeline import analyze_many

    errors: list[ItemError] = []
    analyses = list(analyze_many(
        ({"id": a.id, "text": a.text, "published": a.published, "title": a.title}
         for a in accounts), settings=settings, on_error=errors.append))
    if errors:
        raise InputError(detail=f"Account {errors[0].id!r} could not be analyzed: "
                                f"{errors[0].message}")
    return analyses


def compare(accounts: Iterable[AccountLike], *, group: str | None = None,
            settings: Settings | None = None) -> Comparison:
    """Compare two or more accounts of one event (readouts, statements, stories).

    Args:
        accounts: Records ``{id, text, published?, side?, title?, url?, source?}``,
            :class:`Account` objects or plain texts. Without ``side``, the side is inferred
            from the source/author name or the account's opening speaker.
        group: A label for the group (e.g. the value of ``--group-by``).
        settings: Options of the underlying article analysis.

    Returns:
        The :class:`Comparison`: points with relation, evidence offsets and ``why``.
    """
    items = [as_account(a, n) for n, a in enumerate(accounts)]
    if len(items) < 2:
        raise InputError(detail="compare needs at least two accounts. Fix: pass two or more, "
                                "or use compare_within for one story reporting both sides.")
    return compare_analyses(list(zip(items, _analyze(items, settings), strict=True)), group=group)


def compare_analyses(pairs: Sequence[tuple[Account, Analysis]], *, group: str | None = None,
                     lexicon: Lexicon | None = None) -> Comparison:
    """Compare accounts that are already analyzed (each with its :class:`Analysis`)."""
    lexicon = lexicon or load_lexicon()
    claims: list[Claim] = []
    refs = []
    for account, analysis in pairs:
        spans = sentence_spans(analysis.text)
        side, how = account_side(analysis, account.side,
                                 (account.source, account.title, analysis.text[:300]),
                                 lexicon, spans)
        sides: dict[int, tuple[str, str, str | None]] = {
            i: (side, how, None) for i in range(len(spans))}
        claims.extend(build_claims(analysis, account.id, spans, sides, lexicon))
        refs.append(AccountRef(id=account.id, side=side, side_from=how, title=account.title,
                               url=account.url, sentences=len(spans)))
    texts = {account.id: analysis.text for account, analysis in pairs}
    return _finish(claims, refs, texts, group, "accounts", lexicon,
                   {account.id: analysis.entities for account, analysis in pairs})


def compare_within(story: Analysis | str, *, published: dt.date | str | None = None,
                   group: str | None = None, settings: Settings | None = None) -> Comparison:
    """Split one story that reports several sides by attribution and compare the sides.

    Each side's account is the set of sentences the story attributes to it (quotes and their
    speakers, ``reported_by`` on events, actors of verbal events); account ids are the sides.
    """
    from ..pipeline import analyze

    analysis = story if isinstance(story, Analysis) else analyze(
        story, published=published, settings=settings, id=group or "story")
    lexicon = load_lexicon()
    claims = within_claims(analysis, lexicon)
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.side] = counts.get(claim.side, 0) + 1
    refs = [AccountRef(id=side, side=side, side_from="attribution", title=analysis.title,
                       url=analysis.url, sentences=n) for side, n in counts.items()]
    return _finish(claims, refs, dict.fromkeys(counts, analysis.text), group or analysis.id,
                   "within", lexicon, dict.fromkeys(counts, analysis.entities))


def within_claims(analysis: Analysis, lexicon: Lexicon | None = None) -> list[Claim]:
    """Return the claims of every side of one analyzed story (attributed sentences)."""
    lexicon = lexicon or load_lexicon()
    spans = sentence_spans(analysis.text)
    attributed, speakers = story_sides(analysis, spans, lexicon)
    joint = joint_sides(analysis, spans, lexicon, attributed, speakers)
    every: dict[str, dict[int, tuple[str, str, str | None]]] = {}
    parts: dict[str, dict[int, tuple[int, int, bool, bool]]] = {}
    for index, (side, how, name) in attributed.items():
        every.setdefault(side, {})[index] = (side, how, name)
    for index, found in joint.items():
        own, _, name = attributed.get(index, ("", "", None))
        for part in found:
            speaker = name if part.side == own else None
            every.setdefault(part.side, {})[index] = (part.side, part.how, speaker)
            parts.setdefault(part.side, {})[index] = (part.start, part.end, part.reciprocal,
                                                      part.answered)
    claims = []
    for side in sorted(every):
        claims.extend(build_claims(analysis, side, spans, every[side], lexicon,
                                   parts.get(side)))
    return claims


def _finish(claims: list[Claim], refs: list[AccountRef], texts: dict[str, str],
            group: str | None, mode: Mode, lexicon: Lexicon,
            entities: Mapping[str, Sequence[Entity]]) -> Comparison:
    points = align(claims, within=mode == "within")
    tone: dict[str, dict[str, None]] = {}
    topics: dict[str, dict[str, None]] = {}
    for claim in claims:
        tone.setdefault(claim.side, {}).update(dict.fromkeys(claim.tone))
        topics.setdefault(claim.side, {}).update(dict.fromkeys(claim.anchors))
    points = resolve_initiator_conflict(points, claims, entities, lexicon)
    initiator, where = initiator_of(texts, lexicon)
    return Comparison(group=group, mode=mode, accounts=tuple(refs), points=tuple(points),
                      initiator=initiator, initiator_evidence=where,
                      tone={k: tuple(v) for k, v in tone.items()},
                      topics={k: tuple(v) for k, v in topics.items()}, texts=texts)

"""Reading one committed quantity's clause: the act, what the text states of it, the parties.

Pure functions over spaCy tokens. A quantity becomes a commitment when a transaction word
(:attr:`Vocabulary.actions`) governs it or names what it measures, and the clause states a
pledge (a cue word such as *pledged*, *agreed*, *plans*, or *will*) or reports an act that
fulfils one (a past-tense transaction verb).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..models import CommitmentKind, CommitmentStatus
from .vocabulary import Vocabulary

__all__ = ["Action", "Cue", "find_action", "find_actions", "find_cue", "walk_up"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_LINKS = frozenset({"xcomp", "pcomp", "prep", "advcl", "acl", "conj", "dobj", "pobj",
                           "relcl", "ccomp"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll"})
#: Pledge verbs whose perfect ("has committed") restates a standing pledge.
_STANDING = frozenset({"commit", "pledge", "promise"})
_PLURALIA = frozenset({"arms", "goods", "munitions", "funds"})


@dataclass(frozen=True)
class Action:
    """The word naming the transaction and the action it names."""

    token: Token
    action: str

    @property
    def action_class_gives(self) -> bool:
        """True for acts that give something to a receiver (provide, lend, deliver, deploy)."""
        return self.action in {"provide", "lend", "deliver", "deploy", "sell", "export",
                               "invest", "forgive"}

    @property
    def nominal(self) -> bool:
        """True for a noun ("arms sales"), False for a verb ("importing")."""
        return self.token.pos_ in {"NOUN", "PROPN"}


@dataclass(frozen=True)
class Cue:
    """What the clause states: a status, the word that says it, and the pledge/fulfilment kind."""

    status: CommitmentStatus
    kind: CommitmentKind
    token: Token | None
    why: str


def lemma(token: Token) -> str:
    """Return the lower-case lemma of ``token`` (its text for plural-only nouns)."""
    lower = token.lower_
    return lower if lower in _PLURALIA else token.lemma_.lower()


def walk_up(token: Token, steps: int = 5) -> Iterator[Token]:
    """Yield the heads above ``token``, nearest first, at most ``steps`` of them."""
    for _ in range(steps):
        if token.head is token:
            return
        token = token.head
        yield token


def _span_tokens(doc: Doc, start: int | None, end: int | None) -> list[Token]:
    if start is None or end is None:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _object_action(verb: Token, vocab: Vocabulary) -> Token | None:
    """The transaction noun a change verb acts on: *increasing Chinese purchases*."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and vocab.actions.get(lemma(child), "") not in {
                "", "raise", "cut"}:
            return child
    return None


def _change_by(root: Token, verb: Token, vocab: Vocabulary) -> Action | None:
    """The change verb when the quantity is its amount: "cut production *by* 500,000 b/d"."""
    if vocab.actions.get(lemma(verb)) not in {"raise", "cut"}:
        return None
    prep = root.head
    if prep.lower_ == "by" and prep.head.i == verb.i:
        return Action(verb, vocab.actions[lemma(verb)])
    return None


def _pledge_action(noun: Token, vocab: Vocabulary) -> Action:
    """Return the act a pledge noun is about ("its *purchase* pledge", "pledge *to buy*").

    Giving money when the text does not say ("raised its pledge to $60 billion").
    """
    for child in noun.children:
        word = lemma(child)
        if child.dep_ in {"compound", "acl", "relcl"} and word in vocab.actions:
            return Action(child, vocab.actions[word])
    return Action(noun, "provide")


def find_actions(doc: Doc, root: Token, about: tuple[int | None, int | None],
                 vocab: Vocabulary) -> list[Action]:
    """Return the transaction words of a quantity, most specific first.

    A noun of what the quantity measures ("$8.35 billion of *arms sales*") comes first,
    then the nearest transaction word above the quantity ("has *provided* $2 billion in
    assistance"), so that the caller can take the first one whose clause states something.
    """
    found = []
    nouns = [t for t in _span_tokens(doc, *about)
             if t.pos_ == "NOUN" and lemma(t) in vocab.actions and t.i != root.i]
    if nouns:  # the head of what is measured: "output *cut*", "arms *sales*"
        tok = nouns[-1]
        found.append(_change_by(root, tok.head, vocab) or Action(tok, vocab.actions[lemma(tok)]))
    above = find_action(root, vocab)
    if above is not None and all(a.token.i != above.token.i for a in found):
        found.append(above)
    total = _total_action(root, vocab) if not found else None
    return [total] if total is not None else found


def _tally(head: Token, root: Token, vocab: Vocabulary) -> list[Token]:
    """Return the words naming what a running total counts, when ``head`` states one.

    "brings the *total* U.S. assistance to $X", "brings the U.S. *contribution* to $X": the
    subject or object of a verb holding a total word, or of a tally verb whose *to* the
    quantity hangs from.
    """
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubj"}]
    with_total = [o for o in objects if {lemma(t) for t in o.subtree} & vocab.totals]
    if with_total:
        return with_total
    under_to = any(t.lower_ == "to" and t.dep_ == "prep" and head in t.ancestors
                   for t in root.ancestors)
    if lemma(head) in vocab.tallies and under_to:
        return [o for o in objects if o.dep_ == "dobj"]
    return []


def _total_action(root: Token, vocab: Vocabulary) -> Action | None:
    """The transaction a running total counts: "brings total U.S. *assistance* to $X"."""
    for head in walk_up(root, 5):
        for obj in _tally(head, root, vocab):
            for tok in obj.subtree:
                word = lemma(tok)
                if tok.pos_ == "NOUN" and word in vocab.actions:
                    return Action(tok, vocab.actions[word])
            for tok in obj.subtree:
                if lemma(tok) in vocab.pledge_nouns:
                    return _pledge_action(tok, vocab)  # "the total commitment"
    return None


def find_action(root: Token, vocab: Vocabulary) -> Action | None:
    """Return the nearest transaction word above the quantity, stopping at a reporting verb.

    A change verb ("increasing purchases to 6 million tons") gives way to the transaction
    noun it acts on.
    """
    prep = ""
    for head in walk_up(root):
        word = lemma(head)
        if head.pos_ == "VERB" and word in vocab.reporting:
            return None
        if word in vocab.actions and (head.pos_ in {"VERB", "NOUN"} or (
                head.pos_ == "PROPN" and head.dep_ != "compound")):  # "a Foreign Military Sale"
            action = vocab.actions[word]
            pledge = next((c for c in head.children if c.dep_ == "dobj"
                           and lemma(c) in vocab.pledge_nouns), None)
            if action in {"raise", "cut"} and pledge is not None:
                return _pledge_action(pledge, vocab)  # "raised its pledge to $60 billion"
            target = _object_action(head, vocab) if action in {"raise", "cut"} else None
            if target is not None and prep != "by":  # "increase purchases TO 20 million t"
                return Action(target, vocab.actions[lemma(target)])
            return Action(head, action)  # "cut production BY 500,000 barrels a day"
        if head.pos_ == "VERB" and word in vocab.cues:  # "approved a sale ... for $3 billion"
            sold = next((c for c in head.children if c.dep_ == "dobj"
                         and lemma(c) in vocab.actions), None)
            if sold is not None:
                return Action(sold, vocab.actions[lemma(sold)])
        if word in vocab.levels:  # "Chinese purchases reached 12 million tons"
            subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
            if subject is not None and lemma(subject) in vocab.actions:
                return Action(subject, vocab.actions[lemma(subject)])
        if head.dep_ == "prep" or head.pos_ == "ADP":
            prep = head.lower_
    return None


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _future(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in token.children)


def _cue_candidates(action: Action, root: Token) -> Iterator[Token]:
    """Yield the words that may state the status, nearest first.

    The action, the quantity's relative clause ("4 million tons *it promised*"), then the
    heads above the action and above the quantity.
    """
    seen: set[int] = set()
    relatives = [c for c in root.children if c.dep_ == "relcl"]
    for start in (action.token, *relatives, root):
        for tok in (start, *walk_up(start, 4)):
            if tok.i not in seen:
                seen.add(tok.i)
                yield tok


def _denied_above(cue: Token, vocab: Vocabulary) -> bool:
    """True when a denial governs the pledge: "Beijing *denied* that it had agreed to buy"."""
    return any(h.pos_ == "VERB" and vocab.cues.get(lemma(h)) == "denied"
               for h in walk_up(cue, 3))


def find_cue(action: Action, root: Token, vocab: Vocabulary) -> Cue | None:
    """Return what the clause states about the transaction, or None for no commitment.

    A cue word on the action or above it (the nearest wins, stopping at a reporting verb)
    gives the status; a negated pledge cue is a denial. Without a cue, a future verb is a
    pledge made and a past-tense transaction verb is evidence of fulfilment (partial when
    the clause says "only", "short of", ...).
    """
    total = _running_total(root, vocab)
    if total is not None:
        return total
    tentative = next((c for c in action.token.children if c.dep_ == "amod"
                      and c.lower_ in vocab.tentative), None) if action.nominal else None
    if tentative is not None:  # "approving a *possible* sale": notified, not yet agreed
        return Cue("planned", "pledge", tentative, f"tentative: {tentative.text}")
    for tok in _cue_candidates(action, root):
        word = lemma(tok)
        if tok.pos_ == "VERB" and word in vocab.reporting and word not in vocab.cues:
            break
        if _revises_pledge(tok, vocab):
            return Cue("revised", "pledge", tok, f"revised pledge: {tok.text}")
        status = vocab.cues.get(word)
        if word in vocab.pledge_nouns and tok.dep_ == "dobj" and _revises_pledge(tok.head, vocab):
            return Cue("revised", "pledge", tok.head, f"revised pledge: {tok.head.text}")
        if word in vocab.pledge_nouns and tok.head.pos_ == "VERB" and tok.dep_ == "dobj":
            status = vocab.cues.get(lemma(tok.head), status)  # "reaffirmed its commitment"
            tok = tok.head if lemma(tok.head) in vocab.cues else tok
        if status is None and word in vocab.pledge_nouns and tok.i != action.token.i:
            status = "made"
        if status is None:
            continue
        if word in vocab.pledge_nouns and tok.dep_ == "pobj" and tok.i != action.token.i:
            return Cue("reaffirmed", "pledge", tok,  # "part of a pledge to donate 80 million"
                       f"standing pledge: {tok.head.text} {tok.text}")
        if status in {"made", "reaffirmed"} and (_negated(tok) or _denied_above(tok, vocab)):
            return Cue("denied", "pledge", tok, f"denied pledge: {tok.text}")
        if status == "made" and word in _STANDING and _perfect(tok):  # "has committed $8 bn"
            return Cue("reaffirmed", "pledge", tok, f"perfect pledge verb: {tok.text}")
        kind: CommitmentKind = "fulfilment" if status == "broken" else "pledge"
        return Cue(status, kind, tok, f"cue: {tok.text}")
    return _uncued(action, vocab)


def _perfect(token: Token) -> bool:
    return token.pos_ == "VERB" and token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)


def _running_total(root: Token, vocab: Vocabulary) -> Cue | None:
    """Return the cue of a running total: "brings the total (commitment) to $X".

    A fulfilment, or a standing pledge restated when the total is of commitments.
    """
    for head in walk_up(root, 3):
        if _future(head) and lemma(head) not in vocab.tallies:
            continue  # "of this total, $251 million will provide ...": a plan, not a tally
        for obj in _tally(head, root, vocab):
            if {lemma(t) for t in obj.subtree} & vocab.pledge_nouns:
                return Cue("reaffirmed", "pledge", head, f"total commitment: {head.text}")
            return Cue("fulfilled", "fulfilment", head, f"running total: {head.text}")
    return None


def _revises_pledge(token: Token, vocab: Vocabulary) -> bool:
    return lemma(token) in {"raise", "lower", "cut", "increase", "reduce", "revise"} and any(
        lemma(c) in vocab.pledge_nouns for c in token.children if c.dep_ == "dobj")


def _uncued(action: Action, vocab: Vocabulary) -> Cue | None:
    verb = action.token
    if action.nominal:  # "Egyptian purchases will reach / reached 6 million tons"
        if verb.dep_ not in {"nsubj", "nsubjpass"} or lemma(verb.head) not in vocab.levels:
            if lemma(verb) in vocab.self_cued:  # "the $988 million package", "a $7 billion loan"
                return Cue("made", "pledge", None, f"announced {verb.text}")
            return None
        verb = verb.head
    if _future(verb) or any(_future(h) for h in walk_up(verb, 2) if h.pos_ in {"VERB", "AUX"}):
        return Cue("made", "pledge", None, "future verb")
    if verb.tag_ in {"VBG", "VBZ", "VBP"} and not _negated(verb) and verb.dep_ in {
            "ROOT", "ccomp", "conj"}:  # "the United States is providing / provides $X"
        return Cue("made", "pledge", None, f"present transaction: {verb.text}")
    if _since(verb) and not _negated(verb):  # "providing $377 million since 2021"
        return Cue("fulfilled", "fulfilment", None, f"running total since: {verb.text}")
    if verb.tag_ in {"VBD", "VBN"} and not _negated(verb):
        partial = _partial(verb, vocab)
        status: CommitmentStatus = "partly_fulfilled" if partial else "fulfilled"
        return Cue(status, "fulfilment", None, f"past transaction: {verb.text}"
                   + (" (partial)" if partial else ""))
    return None


def _since(verb: Token) -> bool:
    """True for a transaction counted from a date: "providing $377 million *since* 2021"."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _partial(verb: Token, vocab: Vocabulary) -> bool:
    sentence = verb.sent
    words = {t.lower_ for t in sentence}
    text = sentence.text.lower()
    return bool(words & vocab.partial_markers) or any(
        " " in m and m in text for m in vocab.partial_markers)

"""Codebook rules applied on top of the triggers.

* Frames: a request, threat, refusal, commitment or accusation absorbs the event it is
  about ("urged X to hold talks" is one REQUEST with mode ``meet``); a commitment to a
  conflictual material act is a THREATEN, a commitment to retreat a CONCEDE.
* Auxiliary-mode reductions: future CONSULT/SUPPORT/COOPERATE/AID are AGREE, future
  RETREAT is CONCEDE (codebook AGREE, CONCEDE and RETREAT "Potential ambiguities").
* Merging: a nominal trigger inside a prepositional phrase of a verb trigger of the same
  category is the same event ("met ... on the sidelines of the summit").
* Mode and context cues from the lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..textutil import span_words
from . import epithets as naming
from .epithets import EPITHET_ENTRIES, epithet_holds
from .lexicon import Entry, Lexicon
from .modifiers import clause_head
from .phrase_filter import phrases_to_test
from .trigger_syntax import named_author
from .triggers import INVERSE_LIGHT_VERBS, Trigger
from .word_senses import negated_content, not_ruled_out

__all__ = ["Draft", "absorb_frames", "apply_cues", "context_scope", "frame_outcome",
           "reduce_auxiliary"]

#: Prepositions that introduce the content of a frame ("agreed to", "called for", "accused of").
_CONTENT_PREPS = frozenset({"to", "for", "of", "on", "with", "about", "into", "against"})
_FRAME_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pcomp", "attr", "oprd", "acl",
                         "advcl", "dative"})
_CONFLICT_MATERIAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
#: Commitments that, when their content is a conflictual act, are threats ("vowed to strike").
_VOWS = frozenset({"vow", "pledge", "promise", "swear", "threaten", "ready", "prepared",
                   "willing", "determined", "committed", "resolve"})
#: Commitments that, with a statement of support as content, express it ("offered support").
_EXPRESS = frozenset({"offer", "reaffirm", "express", "extend"})
#: Unilateral announcements: with a retreat as content they are CONCEDE (RETREAT ambiguities).
_PROMISE = frozenset({"promise", "pledge", "vow", "offer", "announce", "commit", "undertake"})
_ANNOUNCE = _PROMISE | {"agree"}  # with a concession as content a promise is CONCEDE
#: Acts whose announcement makes a warning a threat ("warned it would impose tariffs").
_THREAT_CONTENT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "REJECT",
                             "THREATEN"})
_FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
#: Hostile acts that, as the consequence of a condition, are threats ("will boycott unless").
_CONDITIONAL_THREATS = _CONFLICT_MATERIAL | {"PROTEST"}
#: Cooperation that, refused for the future, is a REJECT ("will not renew the agreement").
_REFUSABLE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE", "CONCEDE", "RETREAT"})


@dataclass
class Draft:
    """An event under construction."""

    trig: Trigger
    category: str
    mode: str | None
    context: list[str] = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    blockers: frozenset[int] = frozenset()
    keep: bool = True
    demand: bool = False
    parts: list[Trigger] = field(default_factory=list)


def _complement_tokens(frame: Token) -> set[int]:
    out: set[int] = set()
    for child in frame.children:
        if child.dep_ in _FRAME_DEPS:
            if child.dep_ == "advcl" and not any(c.lower_ == "to" for c in child.children):
                continue
            if child.dep_ == "prep" and child.lower_ not in _CONTENT_PREPS:
                continue
            out.update(_content(child))
    for extra in _stray_conjuncts(frame, out):
        out.update(_content(extra))
    return out


def _stray_conjuncts(frame: Token, content: set[int]) -> list[Token]:
    """Verbs of the content list that the parser hung on the frame verb itself.

    "pleaded with X to open the crossings, pay the fishermen, and pull its troops out" may be
    parsed with "pay" (and "pull" after it) conjoined to "pleaded", and in "accused X of raiding,
    looting and burning" "looting" may hang on "accused" as an adverbial clause: a bare
    infinitive (or gerund) after the content, with no subject or marker of its own, in the
    form of a verb of the content, where the frame verb is finite, continues the content
    ("rejected the request, adding that …" does not).
    """
    if not content or frame.tag_ in {"VB", "VBG"}:
        return []
    doc, last = frame.doc, max(content)
    forms = {doc[i].tag_ for i in content} & {"VB", "VBG"}  # the list's own verb form
    return [c for c in frame.children if c.i > last and c.dep_ in {"conj", "advcl"}
            and c.tag_ in forms and not any(
                g.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for g in c.children)]


def _keeps_own_event(frame: Trigger, inner: Trigger) -> bool:
    """Whether an event inside a frame's complement is coded separately.

    A refusal does not swallow the act it refuses ("rejected the arrest warrant",
    "denies the charges"), except a meeting, which gives its mode; no frame swallows a
    nominal act with its own named author ("rejected Pakistan's allegation"). A naming keeps
    apart only the acts its object describes (:func:`.epithets.absorbed_by_naming`).
    """
    if frame.entry.id in EPITHET_ENTRIES:
        return not naming.absorbed_by_naming(frame.token, inner.token)
    if inner.kind != "noun":
        return False
    if named_author(inner.token):
        return True
    if frame.entry.category != "REJECT" or not_ruled_out(frame.token):
        return False  # "did not rule out sanctions": the threat's content, not a refusal's
    # a denied accusation is the content of the denial unless its author is named
    return inner.entry.category not in {"CONSULT", "ACCUSE"}


def _content(token: Token) -> list[int]:
    """Token indices of ``token``'s subtree, leaving out relative clauses and appositions."""
    out = [token.i]
    for child in token.children:
        if child.dep_ in {"relcl", "appos", "parataxis"} or child.lower_ == "including":
            continue
        out.extend(_content(child))
    return out


def absorb_frames(triggers: list[Trigger]) -> list[Trigger]:
    """Absorb the triggers inside the complements of frame triggers; return those left."""
    by_index = {t.token.i: t for t in triggers}
    gone: set[int] = set()
    for trig in sorted(triggers, key=lambda t: _depth(t.token)):
        if not trig.entry.frame or trig.token.i in gone:
            continue
        inside = _complement_tokens(trig.token)
        if _relative_gap(trig.token):  # "a charge New Delhi rejected"
            inside.add(trig.token.head.i)
        if trig.entry.id in EPITHET_ENTRIES:  # the "as" phrase: "described X as a provocation"
            inside.update(naming.predicate_tokens(trig.token))
        if trig.kind == "adj" and trig.governor is not None:  # "called the claims baseless"
            for obj in trig.governor.children:
                if obj.dep_ == "dobj":
                    inside.update(_content(obj))
        inner = sorted((by_index[i] for i in inside if i in by_index and i not in gone),
                       key=lambda t: _depth(t.token))
        for other in inner:
            trig.absorbed.append(other.entry)
            trig.inner.append(other)
            trig.rules.append(f"frame:{other.entry.id}")
            if not _keeps_own_event(trig, other):
                gone.add(other.token.i)
        if not _has_content(trig):  # a frame that is no event swallows nothing
            gone.difference_update(o.token.i for o in inner)  # "authorized X to send aid"
    return naming.one_act_per_judgement(  # "condemned what it called aggression": one act
        [t for t in triggers if t.token.i not in gone and _has_content(t)])


def _has_content(trig: Trigger) -> bool:
    """A ``needs_content`` frame needs an absorbed event; a warning needs a conflictual one."""
    if not trig.entry.needs_content or trig.entry.id in EPITHET_ENTRIES:
        return trig.entry.id not in EPITHET_ENTRIES or epithet_holds(
            trig.token, ((i.token, i.entry.category) for i in trig.inner))
    if trig.entry.category == "THREATEN":
        return (any(e.category in _THREAT_CONTENT for e in trig.absorbed) or _judges(trig)
                or (trig.entry.when == "negated" and _forceful_response(trig.token)))
    return bool(trig.absorbed)


#: Generic forceful responses: "will not hesitate to act / respond / take action / use force".
_RESPONSES = frozenset({"act", "respond", "retaliate", "react", "strike", "defend"})
_RESPONSE_OBJECTS = frozenset({"action", "force", "measure", "step"})


def _forceful_response(frame: Token) -> bool:
    """Whether a negated "hesitate" announces a forceful response with no named act.

    "The United States will not hesitate to take action" commits to unspecified force: a
    threat (codebook THREATEN); "will not hesitate to help" names no response and is not one.
    """
    for comp in frame.children:
        if comp.dep_ != "xcomp":
            continue
        if comp.lemma_.lower() in _RESPONSES:
            return True
        if comp.lemma_.lower() in {"take", "use"} and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _RESPONSE_OBJECTS for c in comp.children):
            return True
    return False


def _announces_act(trig: Trigger) -> bool:
    """Whether a warning's content names a conflictual act ("warned it would retaliate").

    A threat noun in the content is a judgement ("warned that X is a threat"), unless it is
    an announced repercussion ("warned that X would face consequences").
    """
    if not trig.inner and _forceful_response(trig.token):
        return True  # "will not hesitate to take action"
    return any(i.entry.category in _THREAT_CONTENT and i.kind != "adj"
               and not (i.kind == "noun" and i.entry.category == "THREATEN"
                        and i.entry.when != "irrealis")
               for i in trig.inner)


def _judges(trig: Trigger) -> bool:
    """Whether a warning's content is a judgement ("warned that X is dangerous, a threat")."""
    return any(i.kind == "adj" or (i.kind == "noun" and i.entry.category == "THREATEN"
                                   and i.entry.when != "irrealis")
               for i in trig.inner)


def _relative_gap(frame: Token) -> bool:
    """Whether ``frame`` heads a relative clause whose object is the noun it modifies."""
    return frame.dep_ == "relcl" and not any(
        c.dep_ in {"dobj", "ccomp", "xcomp"} for c in frame.children)


def _depth(token: Token) -> int:
    depth, cur = 0, token
    while cur.head != cur and depth < 50:
        depth, cur = depth + 1, cur.head
    return depth


def _request_mode(inner: Entry) -> str:
    if inner.category in {"CONSULT", "AGREE"}:
        return "meet"
    if inner.category in {"AID", "COOPERATE", "SUPPORT"}:
        return "assist"
    if inner.category in {"RETREAT", "CONCEDE", "ASSAULT", "MOBILIZE"}:
        return "yield"
    return "change"


def _threat_mode(inner: Entry) -> str | None:
    if inner.category in {"ASSAULT", "MOBILIZE"}:
        return "violence"
    mode = inner.mode
    if mode in {"arrest", "deport", "expel"}:
        return "arrest" if mode == "arrest" else "expel"
    if mode == "seize" or "territory" in inner.context:
        return "territory"
    if inner.category == "SANCTION" and mode == "withdraw":
        return "relations"
    if inner.category in {"SANCTION", "COERCE", "PROTEST"}:
        return "restrict"
    if inner.category == "REJECT":
        return "relations"
    return None


def frame_outcome(draft: Draft, absorbed: list[Entry]) -> None:
    """Set category, mode and context of a frame event from the first absorbed event."""
    for inner in absorbed:
        for ctx in inner.context:
            if ctx not in draft.context:
                draft.context.append(ctx)
    if not absorbed:
        return
    trig = draft.trig
    if trig.entry.category == "THREATEN" and trig.entry.needs_content and not _announces_act(
            trig):  # "warned that the cooperation is dangerous, illegal and a threat"
        draft.category, draft.mode = "ACCUSE", "disapprove"
        draft.why.append("warning-of-danger->ACCUSE")
        return
    # a named act outranks an unnamed response ("could retaliate with tariffs" -> restrict)
    inner = next((e for e in absorbed if e.when != "irrealis"), absorbed[0])
    lemma = draft.trig.token.lemma_.lower()
    if draft.category == "AGREE" and inner.category == "THREATEN" and lemma in _VOWS:
        draft.category, draft.mode = "THREATEN", inner.mode  # "vowed to retaliate"
        draft.why.append("commitment-to-threat->THREATEN")
    elif draft.category == "AGREE" and inner.category in _CONFLICT_MATERIAL and lemma in _VOWS:
        draft.category, draft.mode = "THREATEN", _threat_mode(inner)
        draft.why.append("commitment-to-conflict->THREATEN")
    elif draft.category == "AGREE" and inner.category == "REJECT" and lemma in _VOWS:
        _vowed_refusal(draft, inner)  # "vowed to resist": a refusal, not an agreement
    elif draft.category == "AGREE" and inner.id == "support.back" and lemma in _EXPRESS:
        draft.category, draft.mode = "SUPPORT", None  # "offered continued U.S. support for"
        draft.why.append("offered-support->SUPPORT")
    elif draft.category == "AGREE" and not negated_content(trig.token) and (
            (inner.category == "CONCEDE" and lemma in _PROMISE) or (
                inner.category == "RETREAT" and lemma in _ANNOUNCE
                and inner.mode in {"withdraw", "release", "disarm", "access"})):
        draft.category = "CONCEDE"  # "pledged he would lift sanctions", not "vowed not to lift"
        draft.why.append("promised-concession->CONCEDE" if inner.category == "CONCEDE"
                         else "announced-retreat->CONCEDE")
    elif (draft.category == "AGREE" and inner.id == "accuse.investigate"
          and lemma in _ANNOUNCE | _VOWS):
        # "has undertaken to investigate the attack": an inquiry announced for later (the
        # guideline codes a non-cooperative act announced for later as itself, future)
        draft.category, draft.mode, draft.future = "ACCUSE", "investigate", True
        draft.why.append("announced-investigation->ACCUSE")
    elif draft.category in {"REQUEST", "REJECT"} and draft.mode is None:
        draft.mode = _request_mode(inner)
    elif draft.category == "THREATEN" and draft.mode is None:
        draft.mode = _threat_mode(inner)


def _vowed_refusal(draft: Draft, inner: Entry) -> None:
    """A vow to resist or refuse is a REJECT, said now; under a condition it is a THREATEN.

    "Vowed to resist Chinese pressure" refuses; "vowed to resist if China tries to remove
    the ship by force" announces a hostile response to a condition (codebook: THREATEN).
    """
    verb = draft.trig.token
    clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "vowed to resist if"
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"}
                                     for m in c.children)
           for clause in clauses for c in clause.children):
        draft.category, draft.mode = "THREATEN", None
        draft.why.append("conditional-vow-to-resist->THREATEN")
    else:
        draft.category, draft.mode = "REJECT", inner.mode
        draft.why.append("vow-to-refuse->REJECT")


#: Modals by which a speaker demands an act of its subject ("Russia must withdraw").
_DEMAND_AUX = frozenset({"must", "should"})


def demanded(draft: Draft) -> bool:
    """Make an act its subject "must" or "should" do a REQUEST of that act (codebook).

    "Russia must withdraw its forces from Ukraine" reports no withdrawal: the speaker (or the
    government issuing the statement) demands it of Russia. The subject becomes the
    recipient (see :mod:`.stage`). Passives ("should be held accountable") are left as
    they are.
    """
    trig = draft.trig
    verb = trig.governor if trig.governor is not None else trig.token
    if trig.kind != "verb" and trig.governor is None:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    active = any(c.dep_ == "nsubj" for c in verb.children)
    if not aux & _DEMAND_AUX or not active or draft.category == "REQUEST":
        return False
    draft.why.append(f"demanded-{draft.category}->REQUEST")
    draft.mode = _request_mode(trig.entry)
    draft.category, draft.demand = "REQUEST", True
    draft.negated = draft.future = draft.hypothetical = False
    return True


def reduce_auxiliary(draft: Draft, conditional: bool = False, announced: bool = False) -> None:
    """Apply the codebook's category+auxiliary reductions.

    Cooperation refused for the future ("will not renew the agreement", "will never
    recognise X") is a REJECT, said now. Future CONSULT/SUPPORT/COOPERATE/AID -> AGREE and
    future RETREAT -> CONCEDE (the
    commitment is made now, so ``future`` is cleared); a conflictual material act
    announced (``will``) or envisaged (``could/would/might``) as the consequence of a
    condition ("if ..., we will impose tariffs", "sanctions could follow if ...") is a
    THREATEN (codebook: THREATEN rather than ASSAULT + hypothetical); not when the
    subject would undergo it ("if convicted, he could face life in prison"). Violence
    ``announced`` with a future modal ("said it would attack Taiwan", "will strike back")
    is a THREATEN too: ASSAULT + future is an intention to use force, i.e. a threat.
    """
    if draft.trig.entry.when == "irrealis":
        _irrealis(draft, conditional or announced)
        return
    if draft.negated and draft.future and draft.category in _REFUSABLE:
        draft.why.append(f"refused-{draft.category}->REJECT")  # "will never recognise X"
        draft.category, draft.mode = "REJECT", _REJECT_MODE.get(draft.category)
        draft.negated = draft.future = draft.hypothetical = False
        return
    if draft.negated:
        return
    if (draft.category == "ASSAULT" and announced and not conditional
            and not _undergone(draft.trig)):
        draft.why.append("announced-ASSAULT->THREATEN")
        draft.category, draft.mode = "THREATEN", "violence"
        draft.future = draft.hypothetical = False
    if draft.category in _CONDITIONAL_THREATS and conditional and not _undergone(draft.trig):
        inner = draft.trig.entry  # "sanctions could follow if Ankara activates the system"
        draft.why.append(f"conditional-{draft.category}->THREATEN")
        draft.category, draft.mode = "THREATEN", _threat_mode(inner)
        draft.future = draft.hypothetical = False
    if not draft.future:
        return
    if draft.category in _FUTURE_TO_AGREE:
        draft.why.append(f"future-{draft.category}->AGREE")
        # a planned meeting or visit stays flagged: the meeting itself has not happened
        draft.future = draft.category == "CONSULT"
        draft.category, draft.mode = "AGREE", None
    elif draft.category == "RETREAT":
        draft.why.append("future-RETREAT->CONCEDE")
        draft.category, draft.mode, draft.future = "CONCEDE", None, False


#: REJECT mode of a refused act (codebook REJECT modes).
_REJECT_MODE = {"CONSULT": "meet", "AID": "assist", "CONCEDE": "yield", "RETREAT": "yield"}


def _irrealis(draft: Draft, announced: bool) -> None:
    """Keep an ``irrealis`` entry ("retaliate", "reprisal", "will abide by") only as announced.

    "will retaliate", "could retaliate if", "would hit back" announce a response and are
    THREATEN (said now, so not future); "China retaliated" reports an act of unnamed kind
    and "fear of reprisal" names none: neither is coded.
    """
    if draft.negated or not (announced or draft.future or draft.hypothetical):
        draft.keep = False
        return
    # an announced commitment ("will abide by the accord") is no threat: say what it is
    draft.why.append("announced-response->THREATEN" if draft.category == "THREATEN"
                     else f"announced-{draft.category}")
    draft.future = draft.hypothetical = False


def _undergone(trig: Trigger) -> bool:
    """Whether the subject undergoes the act ("faces prison", "drew sanctions")."""
    gov = trig.governor
    return trig.inverse or (gov is not None and gov.lemma_.lower() in INVERSE_LIGHT_VERBS)


def _scope_words(tokens) -> tuple[set[str], str, int]:
    words = {word for tok in tokens for word in (tok.lower_, tok.lemma_.lower())}
    return words, " ".join(t.lower_ for t in tokens), len(tokens)


def _cue_sets(lexicon: Lexicon) -> list[tuple[str, frozenset[str]]]:
    """The lexicon's context cue words as sets (made once per lexicon)."""
    found: list[tuple[str, frozenset[str]]] | None = lexicon.__dict__.get("_cue_sets")
    if found is None:
        found = lexicon.__dict__["_cue_sets"] = [
            (name, frozenset(cues)) for name, cues in lexicon.context_words.items()]
    return found


def _padded_phrases(lexicon: Lexicon) -> list[tuple[str, str]]:
    """The lexicon's context phrases with a space either side (made once per lexicon)."""
    found: list[tuple[str, str]] | None = lexicon.__dict__.get("_padded_phrases")
    if found is None:
        found = lexicon.__dict__["_padded_phrases"] = [
            (f" {phrase} ", name) for phrase, name in lexicon.context_phrases]
    return found


def apply_cues(draft: Draft, lexicon: Lexicon, anchor: Token) -> None:
    """Fill the mode from the lexicon's mode cues and add cue contexts from the sentence."""
    if draft.mode is None and draft.category in lexicon.mode_cues:
        doc = anchor.doc
        scopes = [(anchor.left_edge.i, anchor.right_edge.i + 1)]  # the subtree (projective)
        if draft.category in {"ASSAULT", "MOBILIZE"}:
            scopes.append((anchor.sent.start, anchor.sent.end))
        for start, end in scopes:
            words, text = span_words(doc, start, end)
            draft.mode = _first_mode(lexicon.mode_cues[draft.category], words, text)
            if draft.mode:
                draft.why.append(f"mode-cue:{draft.mode}")
                break
    memo: dict[int, tuple[set[str], str, int]] = anchor.doc.user_data.setdefault(_WORDS_KEY, {})
    if anchor.i not in memo:
        memo[anchor.i] = _scope_words(context_scope(anchor))
    words, text, count = memo[anchor.i]
    padded = f" {text} "
    for name, cues in _cue_sets(lexicon):
        if name not in draft.context and not cues.isdisjoint(words):
            draft.context.append(name)
    for phrase, name in phrases_to_test(lexicon, _padded_phrases(lexicon), words, text, count):
        if name not in draft.context and phrase in padded:
            draft.context.append(name)
    for mode in ("cyber", "misinformation"):
        if draft.mode == mode and mode not in draft.context:
            draft.context.append(mode)


#: Dependents that start another clause: their words are not context of this event.
_OTHER_CLAUSES = frozenset({"conj", "parataxis", "advcl", "relcl", "cc", "ccomp", "csubj"})


def context_scope(anchor: Token) -> list[Token]:
    """Tokens whose words give the event's contexts: its own clause, not the sentence.

    The clause is the subtree of the verb heading the trigger's clause, without the
    coordinated, adverbial, relative or complement clauses attached to it, except the one
    that holds the trigger ("X said that <trigger>" keeps only the reported clause's words
    plus the reporting verb's own arguments).
    """
    memo: dict[int, list[Token]] = anchor.doc.user_data.setdefault(_SCOPE_KEY, {})
    found = memo.get(anchor.i)
    if found is None:
        found = memo[anchor.i] = _clause_tokens(anchor)
    return found


_SCOPE_KEY = "wirecoder.context_scope"
_WORDS_KEY = "wirecoder.context_words"


def _clause_tokens(anchor: Token) -> list[Token]:
    path = {anchor.i} | {a.i for a in anchor.ancestors}
    out: list[Token] = []
    stack = [clause_head(anchor)]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _OTHER_CLAUSES or c.i in path)
    return sorted(out, key=lambda t: t.i)


def _first_mode(cues: tuple[tuple[str, frozenset[str], tuple[str, ...]], ...],
                words: set[str], text: str) -> str | None:
    padded = f" {text} "
    for mode, singles, phrases in cues:
        if singles & words or any(f" {p} " in padded for p in phrases):
            return mode
    return None

"""The quotes stage: direct, partial and reported speech with cue and speaker."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Entity, Quote, QuoteKind
from ..stages import StageContext, register_stage
from ..textutil import sentence_index
from .antecedents import pronoun_speaker
from .cues import Cue, cue_at, governing_cues, nearby_cue
from .gender import agrees
from .index import DocIndex
from .indirect import Reported, reported_speech
from .lexicon import INTRO_VERBS, RANK_WORDS, REPORT_VERBS, words
from .marks import QuoteSpan, find_quotes
from .mentions import proper_nominal
from .naming import fullest_name
from .ranks import last_ranked_person
from .speakers import ranked_speaker, speaker_for_token, speaker_of
from .terms import named_term

__all__ = ["extract"]

#: Most tokens of the paragraph searched for the speaker of a script's sound bite.
MAX_SCRIPT_TOKENS = 80
#: Most characters between two quotations for the second to inherit the first's speaker.
MAX_CARRY_GAP = 250

#: Sound-bite markers of broadcast scripts: "SB1", "SOT", "SB(0:07:25)".
_BITE_MARKER = re.compile(r"\(?(?:SB|SOT|SOUNDBITE|BITE)\s*\d*\s*(?:\([\d:.]+\))?\)?", re.I)
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_SMALL_WORDS = words("a an the of and or for in on at to by de la le du von van")
_SENTENCE_END = frozenset('.!?:\n"“”')

Attribution = tuple[Cue | None, Entity | None]
_SPEECH = REPORT_VERBS | INTRO_VERBS


@register_stage("quotes", requires=("entities",))
def extract(doc: Doc, ctx: StageContext) -> tuple[Quote, ...]:
    """Return the quotations of ``doc`` (direct, partial, indirect), sorted by start.

    Args:
        doc: The parsed article.
        ctx: Stage context; ``ctx.get("entities")`` gives the speaker candidates.

    Returns:
        One :class:`Quote` per quoted passage or reported clause.

    """
    index = DocIndex.build(doc, ctx.get("entities"))
    index.set_quotes(find_quotes(index.text, index.sentence_end))
    records = _quoted(index) + [_reported(index, found) for found in reported_speech(index)]
    return tuple(sorted(records, key=lambda q: (q.start, q.end)))


def _quoted(index: DocIndex) -> list[Quote]:
    """Build the records of the passages between quotation marks."""
    records: list[Quote] = []
    previous: tuple[QuoteSpan, Quote] | None = None
    for number, span in enumerate(index.quotes):
        content = index.text[span.start : span.end]
        opening = _own_words(index, number)  # "In her words, '...'": a statement
        own = opening is not None and opening.group(0)[:1] == "I"
        kind: QuoteKind = "direct" if own or _is_direct(index, span) else "partial"
        if (kind == "partial" and _title_like(content)) or named_term(index, span):
            continue  # a name, title or term in quotation marks, not speech
        cue, speaker = _attribution(index, number, previous, direct=kind == "direct")
        if kind == "partial" and speaker is None:
            cue, speaker = _framing(index, number) or (cue, speaker)
        record = _record(index, span.start, _trimmed_end(index.text, span, kind), kind, cue,
                         speaker)
        records.append(record)
        previous = (span, record)
    return records


def _trimmed_end(text: str, span: QuoteSpan, kind: str) -> int:
    """Return the end of a quotation without the comma US style puts inside the mark.

    A partial quotation also loses a final period placed inside the mark.
    """
    end = span.end
    drop = ",;" if kind == "direct" else ",;."
    while end > span.start + 1 and text[end - 1] in drop:
        end -= 1
    return end


def _attribution(
    index: DocIndex, number: int, previous: tuple[QuoteSpan, Quote] | None, *, direct: bool
) -> Attribution:
    """Return the cue and speaker of quotation ``number``.

    ``previous`` is the quotation before it with its record; only a direct quotation carries
    its attribution on (a partial one takes it only when coordinated with it).
    """
    own = _in_own_words(index, number)
    if own is not None:
        return own
    fallback: Attribution | None = None
    for cue in governing_cues(index, number):
        speaker = speaker_of(index, cue)
        if speaker is not None:
            return cue, speaker
        fallback = fallback or (cue, None)
    near = nearby_cue(index, number)
    said = speaker_of(index, near) if near is not None else None
    if near is not None and said is not None:
        return near, said
    paired = _coordinated(index, number, previous)  # '"A" and "B," vowing ...': A's speaker
    if paired is not None:
        return paired
    if near is not None:
        return near, None
    previous = previous if direct else None
    if fallback is not None:
        return fallback
    colon = _colon_speaker(index, number)
    if colon is not None:
        return colon
    carried = _carried(index, number, previous)
    if carried is not None:
        return carried
    return _introduced(index, number) or _script_carry(index, number, previous) or (None, None)


#: "In her words, '...'", "In his own words: '...'" right before a quotation's opening mark.
_IN_WORDS = re.compile(r"\b[Ii]n (his|her|their) (?:own )?words\s*[,:]?\s*$")
#: The subject pronoun a possessive of "in her words" stands for.
_SUBJECT_OF = {"his": "he", "her": "she", "their": "they"}
#: Sentences searched backwards for that subject pronoun.
_OWN_WORDS_WINDOW = 2
#: Kinds of a subject whose words "in his words" can be.
_OWNER_KINDS = frozenset({"PERSON", "PRONOUN", "ORG", "GPE", "COMPOUND"})


def _own_words(index: DocIndex, number: int) -> re.Match[str] | None:
    """Return the match of "In her words," right before quotation ``number``, or None."""
    mark = index.quotes[number].open_mark
    return _IN_WORDS.search(index.text, max(0, mark - 40), mark)


def _in_own_words(index: DocIndex, number: int) -> Attribution | None:
    """Return the cue "In her words" and the speaker its possessive names.

    "She says the plan will fail. In her words, '...'": the possessive stands for the nearest
    subject pronoun of its person before it ("She"), resolved like any pronoun speaker, or for
    a noun subject before it in its own sentence ("X described the plan as, in his words, '...'").
    """
    found = _own_words(index, number)
    if found is None:
        return None
    owner = index.token_at(found.start(1))
    wanted = _SUBJECT_OF[found.group(1).lower()]
    first = index.sent_tokens[max(0, index.sentence_of(owner) - _OWN_WORDS_WINDOW)][0]
    cue_words = found.group(0).strip(" ,:")
    cue = Cue(index.doc[index.token_at(found.start())], cue_words, found.start(),
              found.start() + len(cue_words), "report")
    for verb in index.doc[owner].ancestors:  # "X described it as, in his words '...'"
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i > owner or index.quoted(subject):
            continue
        named = (pronoun_speaker(index, subject) if subject.lower_ == wanted
                 else speaker_for_token(index, subject))
        if named is not None and named.kind in _OWNER_KINDS and agrees(
                index, index.doc[owner], named):
            return cue, named
    for i in range(owner - 1, first - 1, -1):
        token = index.doc[i]
        if token.lower_ == wanted and token.dep_ in ("nsubj", "nsubjpass") and not (
                index.quoted(token)):
            named = pronoun_speaker(index, token)
            return (cue, named) if named is not None else None
    return None  # the usual search decides


#: Most arcs walked up from quoted words to the main verb of their sentence.
_MAX_FRAME_ARCS = 12
_SPEAKING_KINDS = frozenset({"PERSON", "ORG", "GPE", "NOMINAL", "PRONOUN", "COMPOUND"})


def _framing(index: DocIndex, number: int) -> Attribution | None:
    """Return the main verb and its subject for quoted words no reporting verb attributes.

    "the mayor thanked the crews for a repair effort he has backed 'with every coin the city
    has'": the words are quoted from the subject of the sentence's main verb (the verb frames
    them, as "described ... as"); a verb of a relative clause ("he has backed") is passed
    over. Only an active subject that names a person, a
    group or an organisation speaks.
    """
    first, last = index.quote_tokens[number]
    if first >= last:
        return None
    verb = index.doc[first]
    for _ in range(_MAX_FRAME_ARCS):
        if verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX") and index.quoted(verb):
        return _quoted_predicate(index, verb, first)
    if index.quoted(verb) or verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be":
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    cue = Cue(verb, verb.text, verb.idx, verb.idx + len(verb), "characterize")
    speaker = speaker_of(index, cue)
    if speaker is None or speaker.kind not in _SPEAKING_KINDS:
        return None
    return cue, speaker


#: Kinds of a subject whose quoted predicate is its own words (a person, a body, a state).
_PREDICATE_KINDS = frozenset({"PERSON", "ORG", "GPE", "PRONOUN", "COMPOUND"})


def _quoted_predicate(index: DocIndex, verb: Token, first: int) -> Attribution | None:
    """Return the subject before the marks of a quoted predicate, with no cue.

    "Envoy X 'saw no reason to wait' and left early": the quoted verb's subject
    stands outside the quotation mark, and the words are that subject's. Only a named
    person, body or state, or a pronoun resolved to one, speaks: a described thing ("the
    plan 'is dead'") does not.
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i >= first or index.quoted(subject):
        return None
    speaker = speaker_for_token(index, subject)
    if speaker is None or speaker.kind not in _PREDICATE_KINDS:
        return None
    return None, speaker


def _colon_speaker(index: DocIndex, number: int) -> Attribution | None:
    """Return the speaker of a quotation introduced by a colon.

    'Ruth Mbeki, a labor lawyer: "..."' names the speaker in a verbless phrase;
    'The ministry's reply: "..."' and 'The reaction from X was brief: "..."' name a
    message whose author speaks. The phrase before the colon must be in the same
    sentence or be the whole previous one. A script's sound-bite marker between two colons
    ('X says:' then 'SB1: "..."') is skipped: X speaks, and a speech verb there is the cue.
    """
    quote = index.quotes[number]
    text = index.text
    pos = _colon_before(text, quote.open_mark)
    if pos is None:
        return None
    line = text.rfind("\n", 0, pos) + 1
    if _BITE_MARKER.fullmatch(text[line:pos].strip()):  # "says:\nSB1: "...""
        pos = _colon_before(text, line)
        if pos is None:
            return None
    colon = index.token_at(pos)
    lo = max(index.sent_tokens[index.sentence_of(colon)][0], index.token_at(line))
    if lo >= colon:
        lo = index.sent_tokens[index.sentence_of(colon)][0]
    span = index.doc[lo:colon]
    if not len(span) or any(index.quoted(t) for t in span):
        return None
    head: Token | None = span.root
    cue = None
    if head is not None and head.pos_ in ("VERB", "AUX"):
        cue = cue_at(head) if head.lemma_ in REPORT_VERBS | INTRO_VERBS else None
        verb = head
        head = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if head is not None and head.i >= colon:
            return None
        if cue is not None:
            speaker = speaker_of(index, cue) or ranked_speaker(index, verb, head)
            return (cue, speaker) if speaker is not None else None
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    speaker = speaker_for_token(index, head)
    return (None, speaker) if speaker is not None else None


def _colon_before(text: str, mark: int) -> int | None:
    """Return the offset of a colon right before ``mark`` (spaces skipped), or None."""
    pos = mark - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    return pos if pos >= 0 and text[pos] == ":" else None


def _carried(
    index: DocIndex, number: int, previous: tuple[QuoteSpan, Quote] | None
) -> Attribution | None:
    """Return the attribution of the preceding quotation when this one continues it."""
    if previous is None or previous[1].speaker is None:
        return None
    span, record = previous
    current = index.quotes[number]
    close = span.close_mark if span.close_mark is not None else span.end
    if current.open_mark - close > MAX_CARRY_GAP:
        return None
    first = index.quote_tokens[number][0]
    before = index.quote_tokens[index.quotes.index(span)][1] - 1
    if _sentence_ends(index, max(before, 0), first) > 1:
        return None
    cue = None
    if record.cue is not None and record.cue_start is not None:
        cue = cue_at(index.doc[index.token_at(record.cue_start)])
    return cue, record.speaker


#: What may stand between two quotations one verb governs: "shouting "A" and "B"".
_COORDINATING = frozenset({"and", "or", ", and", ", or"})


def _coordinated(
    index: DocIndex, number: int, previous: tuple[QuoteSpan, Quote] | None
) -> Attribution | None:
    """Return the attribution of the quotation this one is coordinated with.

    'the clerk stamped "late" or "unpaid" on each form': the second quotation joins the first with
    "and" or "or"; the parser often breaks the sentence after the first, so the second shares
    the first's cue and speaker instead of a verb of its own clause. Two quotations with
    nothing between them are no pair: the second often opens another speaker's statement.
    """
    if previous is None or previous[1].speaker is None:
        return None
    span, record = previous
    if span.close_mark is None:
        return None
    gap = index.text[span.close_mark + 1 : index.quotes[number].open_mark]
    if " ".join(gap.split()).lower() not in _COORDINATING or "\n" in gap:
        return None
    cue = None
    if record.cue is not None and record.cue_start is not None:
        cue = cue_at(index.doc[index.token_at(record.cue_start)])
    return cue, record.speaker


def _sentence_ends(index: DocIndex, lo: int, hi: int) -> int:
    """Return how many sentences end between tokens ``lo`` and ``hi`` outside quotations.

    A sentence end is a stand-alone ``.``, ``!`` or ``?`` token or a paragraph break; the
    period of an abbreviation ("Pvt.", "Sgt.") is part of its token and ends nothing,
    although the parser often starts a new sentence after it.
    """
    doc = index.doc
    count = 0
    for token in doc[lo + 1 : hi]:
        if index.in_quote[token.i] >= 0 or (token.text == "." and _abbreviation(doc, token.i)):
            continue
        if token.text in (".", "!", "?") or "\n" in token.text:
            count += 1
    return count


def _abbreviation(doc: Doc, i: int) -> bool:
    """Return True for the period of an abbreviation split from it ("Pvt .", "Sgt .")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    return before in RANK_WORDS or (len(before) == 1 and before.isalpha())


def _introduced(index: DocIndex, number: int) -> Attribution | None:
    """Return the attribution of a sentence that introduces the quotation.

    'X said:', 'X tweeted.', and in broadcast scripts a quotation standing alone after the
    paragraph that names its speaker ("SERGEANT X EXPLAINS WHY ..." then the sound bite):
    the speech verb there is the cue, and a person named as the subject speaks even when
    the verb is none ("CORPORAL X WAS IMPRESSED ...": no cue).
    """
    first = index.quote_tokens[number][0]
    sentence = index.sentence_of(first)
    starts = sentence > 0 and index.sent_tokens[sentence][0] + 1 >= first
    root = None
    if starts:
        lo, hi = index.sent_tokens[sentence - 1]
        root = next((t for t in index.doc[lo:hi] if t.head.i == t.i), None)
        if root is not None and index.quoted(root):
            root = None
    cue = None
    if root is not None and root.lemma_ in INTRO_VERBS:
        cue = Cue(root, root.text, root.idx, root.idx + len(root), "report")
    elif root is not None and root.lemma_ in REPORT_VERBS:
        cue = cue_at(root)
    if cue is not None:
        return cue, speaker_of(index, cue)
    alone = _alone(index, number)
    if not alone and not (root is not None and _on_air(root) and _stands_as_sentence(
            index, number)):
        return None
    named = _script_speaker(index, index.token_at(index.quotes[number].open_mark)) if (
        alone) else None
    if named is not None or root is None:
        return named
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = ranked_speaker(index, root, subject) if root.pos_ in ("VERB", "AUX") else None
    if speaker is None and subject is not None and not subject.text.isupper():
        speaker = speaker_for_token(index, subject)  # in capitals the tags are noise
    return (None, speaker) if speaker is not None and speaker.kind == "PERSON" else None


def _script_speaker(index: DocIndex, mark: int) -> Attribution | None:
    """Return the speech verb and ranked name of the paragraph before a sound bite.

    Scripts in capitals parse badly ("... STAFF SERGEANT JUSTIN MCCAULEY TALKS ABOUT ...":
    TALKS tagged a noun, the sentence split inside the name), so the last speech verb of
    the previous sentence(s) is found by its lemma and the name by its rank.
    """
    doc = index.doc
    end = mark
    while end > 0 and doc[end - 1].is_space:
        end -= 1
    start = end
    while start > 0 and "\n" not in doc[start - 1].text and end - start < MAX_SCRIPT_TOKENS:
        start -= 1
    for i in range(end - 1, start - 1, -1):
        token = doc[i]
        if index.in_quote[i] >= 0 or not _speech_word(token):
            continue
        speaker = ranked_speaker(index, token, None)
        if speaker is not None:
            return Cue(token, token.text, token.idx, token.idx + len(token), "report"), speaker
    if any(index.in_quote[i] >= 0 for i in range(start, end)):
        return None
    named = last_ranked_person(index, start, end)
    return (None, named) if named is not None else None


def _script_carry(
    index: DocIndex, number: int, previous: tuple[QuoteSpan, Quote] | None
) -> Attribution | None:
    """Return the previous sound bite's speaker for one after a paragraph naming nobody.

    "... GENERAL X CLARIFIES THAT ..." / "..." / "RECOVERY FROM THE STORM IS CALLING ON
    SOLDIERS." / "...": the script's speaker goes on; a paragraph naming a person stops it.
    """
    if previous is None or previous[1].speaker is None or not _alone(index, number):
        return None
    span, record = previous
    close = span.close_mark + 1 if span.close_mark is not None else span.end
    first, last = index.token_range(close, index.quotes[number].open_mark)
    if last - first > MAX_SCRIPT_TOKENS or any(
        index.entity_of(t) is not None and index.entities[index.entity_of(t) or 0].kind
        == "PERSON" for t in index.doc[first:last]
    ) or last_ranked_person(index, first, last) is not None:
        return None
    return None, record.speaker


def _speech_word(token: Token) -> bool:
    """Return True for a speech verb, also when the tagger left it unlemmatized ("DESCRIBES")."""
    low = token.lower_
    forms = {token.lemma_.lower(), low, low[:-1], low[:-2]} if low.endswith("s") else {
        token.lemma_.lower(), low}
    return bool(forms & _SPEECH)


def _stands_as_sentence(index: DocIndex, number: int) -> bool:
    """Return True when quotation ``number`` is whole sentences with nothing after its mark.

    "Regent Ana Vell went on the radio at dawn. 'The bridges stay shut. Ration cards remain
    valid.' Vell then ...": no cue in or after it, so the person the sentence before names as
    its subject speaks (the guideline's quotation without attribution). Not when the next
    sentence opens with a demonstrative that gives the words to someone else ("That is how
    the ferry pilots put it", "Those words ...").
    """
    quote = index.quotes[number]
    if quote.close_mark is None:
        return False
    after = index.text[quote.close_mark + 1 :].lstrip(" \t")
    inside = index.text[quote.start : quote.end].rstrip()
    if after.split(" ", 1)[0].strip().lower() in _DEMONSTRATIVES:
        return False
    return inside[-1:] in ".?!" and (not after or after[:1] == "\n" or after[:1].isupper())


#: Openers of a sentence that points back at the quoted words ("That is how ...").
_DEMONSTRATIVES = frozenset({"that", "this", "those", "these", "such"})

#: Verbs of appearing before an audience, which make the sentence after them that person's.
_ON_AIR_VERBS = words("appear address broadcast brief")

#: Nouns of a medium or occasion of speaking: "went on national radio", "gave a speech".
_ON_AIR_NOUNS = words(
    "radio television tv air airwaves camera speech address interview conference briefing"
    " broadcast podium"
)


def _on_air(root: Token) -> bool:
    """Return True when the sentence of ``root`` puts its subject before an audience.

    "X went on the radio", "X addressed parliament", "X gave a speech": the
    whole-sentence quotation after it is X's. A visit or a tour ("X toured the plant") is
    no occasion of speaking, and a quotation after it stays unattributed.
    """
    if root.lemma_.lower() in _ON_AIR_VERBS:
        return True
    for child in root.children:
        objects = [child] if child.dep_ == "dobj" else [
            c for c in child.children if c.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(o.lemma_.lower() in _ON_AIR_NOUNS for o in objects):
            return True
    return False


def _alone(index: DocIndex, number: int) -> bool:
    """Return True when quotation ``number`` is a paragraph of its own (a script's sound bite)."""
    text = index.text
    quote = index.quotes[number]
    close = quote.close_mark + 1 if quote.close_mark is not None else quote.end
    before = text[: quote.open_mark].rstrip(" \t")
    after = text[close:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _is_direct(index: DocIndex, span: QuoteSpan) -> bool:
    """Return True for a whole statement in quotation marks, False for a partial quote."""
    text = index.text
    pos = span.open_mark - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0 or text[pos] in _SENTENCE_END or "\n" in text[pos : span.open_mark]:
        return True  # a paragraph break ends the sentence before it, period or not
    if not text[span.start : span.start + 1].isupper():
        return False
    token = index.doc[index.token_at(pos)]
    if token.is_punct and token.i > 0:
        token = index.doc[token.i - 1]
    return token.lemma_ in REPORT_VERBS


def _title_like(content: str) -> bool:
    """Return True for a short all-capitalized phrase: a title or a name, not speech."""
    words = [w for w in _WORD.findall(content) if w.lower() not in _SMALL_WORDS]
    return 0 < len(words) <= 8 and all(w[0].isupper() for w in words)


def _reported(index: DocIndex, found: Reported) -> Quote:
    doc = index.doc
    start = doc[found.first].idx
    last = doc[found.last - 1]
    end = _closing_mark(index, start, last.idx + len(last))
    return _record(index, start, end, "indirect", found.cue, speaker_of(index, found.cue))


def _closing_mark(index: DocIndex, start: int, end: int) -> int:
    """Extend a reported clause over the closing mark of a quotation it opens."""
    for quote in index.quotes_opening(start, end):
        close = quote.close_mark
        if close is not None and end <= close <= end + 2 and start <= quote.open_mark < end:
            return close + 1
    return end


def _record(
    index: DocIndex, start: int, end: int, kind: QuoteKind, cue: Cue | None,
    speaker: Entity | None
) -> Quote:
    return Quote(
        text=index.text[start:end],
        kind=kind,
        start=start,
        end=end,
        sentence=sentence_index(index.doc, start),
        cue=cue.text if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker=fullest_name(index, proper_nominal(index, speaker)),
    )

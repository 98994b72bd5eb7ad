"""Token pass: counts of people and things read from the dependency parse.

A bare number becomes a quantity only when the parse says what it counts: a noun
it modifies ("3,000 troops", "dozens of civilians"), a casualty verb it is the
object or subject of ("killed 12", "35 wounded") or a toll it raises ("the death
toll rose to 50"). Years, dates, times, ordinals and numbers inside names are not
quantities.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..textutil import doc_text
from .detect import parse_amount, seeds
from .implied import antecedent, implied_noun, unit_subject
from .lexicon import (
    APPROX_WORDS,
    CASUALTY_STATES,
    CASUALTY_VERBS,
    PERSON_NOUNS,
    PERSON_VERBS,
    SCALES,
    UNITS,
    VAGUE_NUMBERS,
    words,
)
from .numbers import counted_words
from .registry import unit_table

__all__ = ["CountHit", "find_counts"]

_SKIP_ENTS = words("DATE TIME ORDINAL PERCENT PRODUCT LAW ORG FAC WORK_OF_ART EVENT "
                       "PERSON GPE LOC NORP LANGUAGE")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d(?:s)?")
_ODD = re.compile(r".*[:/]|\d{3}-\d|.*\d-\d")
_HEDGE_BEFORE = re.compile(
    r"\b(?P<hedge>" + "|".join(sorted(APPROX_WORDS, key=len, reverse=True)) + r")\s+$", re.I)
_NUM_WORDS = frozenset({*SCALES, "hundred", "dozen"})
_ID_WORDS = words("type no no. number phase level category article resolution chapter "
                      "section page grade stage flight route highway room unit class item "
                      "paragraph tier group covid-19 top size gate terminal platform pier "
                      "zone sector block jersey channel clause rule amendment annex exhibit "
                      "lot ward district precinct part vol vol. volume issue episode season "
                      "round edition photo image slide figure fig. table step")
_NOT_COUNTED = frozenset({"time", "times", "percent", "point", "fold", "other"})
_TIME_LEMMAS = frozenset(form for form, (_, kind) in UNITS.items() if kind == "duration")
#: Compass points: "32.6 NORTH", "2 SE Alvaton", "961 east of" are positions, not counts.
_COMPASS = words("north south east west northeast northwest southeast southwest n s e w ne nw "
                 "se sw nne nnw ene ese sse ssw wnw wsw northward southward eastward westward")
_MONTHS = words("jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. "
                "june jul jul. july aug aug. august sep sep. sept sept. september oct oct. "
                "october nov nov. november dec dec. december")
#: Unit-like abbreviations the unit table lacks ("40 MB", "12 NM", "500 kV", "20 mSv"):
#: never counted nouns.
_ABBREVIATION = re.compile(r"[A-Z]{1,3}|[b-df-hj-np-tv-z]{1,3}|[a-z]{1,2}[A-Z][A-Za-z]{0,2}")
#: SI prefixes: a prefixed unit the table lacks ("500 picometers") is still no counted noun.
_SI_PREFIX = re.compile(r"(?:kilo|mega|giga|tera|peta|exa|zetta|milli|centi|deci|micro|nano|"
                        r"pico|hecto)-?")
#: Identifiers written with a leading zero ("streamgage 05453000").
_LEADING_ZERO = re.compile(r"0\d{3,}")


@dataclass(frozen=True)
class CountHit:
    """A count found in the parse, with the tokens that say what it counts."""

    start: int
    end: int
    value: float
    unit: str
    qualifier: str | None
    noun: Token | None
    verb: Token | None
    approximate: bool
    value_high: float | None = None


_SCALED_NUMBER = re.compile(r"\d+(?:\.\d+)?[kK]")


def _is_num(tok: Token) -> bool:
    if _SCALED_NUMBER.fullmatch(tok.text):
        return True  # "2.5k replies"
    return (tok.like_num or tok.lower_ in _NUM_WORDS) and tok.pos_ in {"NUM", "NOUN", "X"}


def _seed_tokens(doc: Doc) -> list[int]:
    """Return the indices of tokens where a number seed starts (no loop over all tokens)."""
    starts = doc.to_array("IDX").tolist()
    found: list[int] = []
    for seed_start, _ in seeds(doc_text(doc)):
        i = int(bisect.bisect_right(starts, seed_start)) - 1
        if i >= 0 and (not found or found[-1] != i):
            found.append(i)
    return found


def _runs(doc: Doc, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    last = -1
    starts = {s for s, _ in covered}  # where a pattern quantity starts
    for i in _seed_tokens(doc):
        if i <= last or not (_is_num(doc[i]) or doc[i].lower_ in VAGUE_NUMBERS):
            continue
        if i > 0 and _is_num(doc[i - 1]) and i - 1 > last:
            i -= 1  # "half a million" style runs start before the seed
        j = i
        while j + 1 < len(doc) and (_is_num(doc[j + 1]) or _stray_group(doc, j)
                                    or _word_hyphen(doc, j) or _and_group(doc, j)):
            if doc[j + 1].idx in starts:
                break  # "14.5 million 480-pound bales": the count ends before the adjective
            j += 2 if _stray_group(doc, j) or _word_hyphen(doc, j) or _and_group(doc, j) else 1
        last = j
        first, final = doc[i].idx, doc[j].idx + len(doc[j])
        if not any(s < final and first < e for s, e in covered):
            runs.append((i, j))
    return runs


def _stray_group(doc: Doc, j: int) -> bool:
    """Return True when a thousands group follows after a stray space: "30, 000 migrants"."""
    return (j + 2 < len(doc) and doc[j].text.isdigit() and len(doc[j].text) <= 3
            and doc[j + 1].text == "," and doc[j + 2].text == "000")


def _and_group(doc: Doc, j: int) -> bool:
    """Return True when "and" joins a worded group to its hundred or thousand.

    "two thousand and twelve", "five hundred and six": one number, not two.
    """
    return (j + 2 < len(doc) and doc[j].lower_ in {"hundred", "thousand"}
            and doc[j + 1].lower_ == "and" and doc[j + 2].is_alpha and _is_num(doc[j + 2])
            and doc[j + 2].lower_ not in _NUM_WORDS)


def _word_hyphen(doc: Doc, j: int) -> bool:
    """Return True when a number word follows after a hyphen: "thirty-five", "two-hundred"."""
    return (j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_
            and not doc[j + 1].whitespace_ and doc[j].is_alpha and doc[j + 2].is_alpha
            and _is_num(doc[j]) and _is_num(doc[j + 2]))


def _unit_word(word: str) -> bool:
    """Return True for a unit spelling, SI-prefixed ones included ("kilotons", "picometers")."""
    if word in UNITS or word in unit_table().symbols:
        return True  # "40,000 gal": a symbol read as no unit there is still no counted noun
    prefix = _SI_PREFIX.match(word)
    return prefix is not None and word[prefix.end():] in UNITS


def _one_person(doc: Doc, i: int) -> bool:
    """Return True for "one person killed": one casualty, no pronoun "one"."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or nxt.lemma_.lower() not in PERSON_NOUNS or nxt.tag_ != "NN":
        return False
    return _casualty_verb(nxt) is not None or any(t.lower_ in CASUALTY_STATES
                                                  for t in doc[i + 2 : i + 4])


def _bad_number(doc: Doc, i: int, j: int) -> bool:
    span = doc[i : j + 1]
    words = span.text  # built once (a span joins its tokens on each read)
    if _YEAR.fullmatch(words):
        return True
    if (any(t.ent_type_ in _SKIP_ENTS for t in span) and not _plain_count(doc, j)
            and words.lower() not in VAGUE_NUMBERS):
        return True  # a vague amount ("Millions have fled") is no name, whatever the NER says
    if (words.lower() == "one" and not _one_person(doc, i)) or (
            i > 0 and doc[i - 1].lower_ in _ID_WORDS) or (
            i > 1 and doc[i - 1].text == "." and doc[i - 2].lower_ in _ID_WORDS):
        return True  # "Article 5", "size 10", "the No. 2 official" (the period split off)
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ == "one":
        return True  # "one of two groups": a pronoun, not a count
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].like_num and (
            (i > 2 and doc[i - 3].lower_ in _ID_WORDS) or _counter_line(doc, i - 2, j)):
        return True  # "Page 2 of 14", "Part 1 of 3", a gallery's "1 of 12" line
    if j + 2 < len(doc) and doc[j + 1].lower_ == "of" and doc[j + 2].like_num and (
            _counter_line(doc, i, j + 2)):
        return True
    if _named_of(doc, i, j) or _glued_letters(doc, j) or _length_letter(doc, i, j):
        return True  # "the Group of 20", "Group of Seven"; "5G towers", "3D maps", "5m wall"
    if i > 0 and (_name_part(doc[i - 1], doc[j]) or doc[i - 1].lemma_ in {"dial", "call"}):
        return True  # "Zone 4 residents", "Level 3 gauge", "dial 112"
    if _price_base(doc, i, j):
        return True
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in _CLOCK:
        return True  # "9 pm on Friday": a time of day
    if _list_marker(doc, i, j):
        return True
    if _LEADING_ZERO.fullmatch(words) or (nxt is not None and (
            nxt.lower_ in _COMPASS or (nxt.lower_ in _MONTHS and words.isdigit()))):
        return True  # an identifier, a position ("2 SE Alvaton") or a date ("18 Oct")
    if nxt is not None and nxt.tag_ == "JJS" and not words[0].isdigit():
        return True  # "the region's two busiest ports": a ranking, not a count
    return bool(_ODD.match(words)) or (nxt is not None and nxt.text in {"%", ":", "-"})


_CLOCK = frozenset({"am", "pm", "a.m.", "p.m.", "a.m", "p.m"})


def _list_marker(doc: Doc, i: int, j: int) -> bool:
    """Return True for an item marker "(2)" of a list that also has "(1)" or "(3)" near it."""
    if i != j or i == 0 or j + 1 >= len(doc) or not doc[i].text.isdigit() or (
            doc[i - 1].text != "(" or doc[j + 1].text != ")"):
        return False
    n = int(doc[i].text)
    near = doc_text(doc)[max(0, doc[i].idx - 200) : doc[i].idx + 200]
    return f"({n - 1})" in near or f"({n + 1})" in near


def _named_of(doc: Doc, i: int, j: int) -> bool:
    """Return True for a number that ends a capitalised name: "the Group of 20 met".

    A name of the form "<Capitalised noun> of N" is no count unless a noun follows the number
    ("an Army of 5,000 soldiers", "THE COOPERATION OF 11 NATO ALLIES" still count).
    """
    if i < 2 or doc[i - 1].lower_ != "of":
        return False
    name = doc[i - 2]
    if not (name.text[:1].isupper() and name.pos_ in {"PROPN", "NOUN"}
            and name.i > name.sent.start):
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return not name.text.isupper() and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN"})


def _glued_letters(doc: Doc, j: int) -> bool:
    """Return True when letters are glued to the number: "5G", "3D", "5m wall" (no count)."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is not None and not doc[j].whitespace_ and nxt.text.isalpha()


def _counter_line(doc: Doc, first: int, j: int) -> bool:
    """Return True when "N of M" is a whole line: a gallery or page counter ("1 of 12")."""
    starts = first == 0 or "\n" in doc[first - 1].text_with_ws
    ends = j + 1 >= len(doc) or "\n" in doc[j].whitespace_ or doc[j + 1].is_space
    return starts and ends


def _length_letter(doc: Doc, i: int, j: int) -> bool:
    """Return True for a glued "m" before a singular noun: "a 5m wall" is no count of walls.

    A scale letter counts only things in the plural ("2.5m people", "3m refugees").
    """
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return (j > i and not doc[j - 1].whitespace_ and doc[j].lower_ in {"m", "k"}
            and nxt is not None and nxt.tag_ == "NN")


def _plain_count(doc: Doc, j: int) -> bool:
    """Return True for a number right before a lowercase plural noun it modifies.

    Such a count is kept even when the entity recognizer put it inside a name or a date
    ("104 passengers" tagged ORG, "Between 20 and 30 people" tagged DATE).
    """
    if j + 1 >= len(doc):
        return False
    noun = doc[j + 1]
    return (noun.tag_ == "NNS" and noun.text.islower() and noun.i in {doc[j].head.i,
                                                                      doc[j].head.head.i}
            and noun.lemma_.lower() not in _TIME_LEMMAS and noun.lower_ not in UNITS)


#: Single-word hedges: "APPROXIMATELY 200 SOLDIERS" is no name even when parsed as one.
_HEDGE_WORDS = frozenset(w for w in APPROX_WORDS if " " not in w)


def _name_part(before: Token, last: Token) -> bool:
    return (before.pos_ in {"PROPN", "NOUN"} and before.lower_ not in _HEDGE_WORDS
            and before.text[:1].isupper()
            and before.dep_ in {"nmod", "compound"} and before.head.i == last.head.i
            and last.head.i > last.i)


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


#: Modifier links a number can hang from inside a noun phrase ("6.2 million drought affected
#: people": the parser ties the number to "drought", a modifier of "affected people").
_MODIFIER_DEPS = frozenset({"npadvmod", "compound", "amod", "nmod"})


def _phrase_head(head: Token, last: Token) -> Token:
    """Return the noun a modifier chain right after the number leads to, else ``head``."""
    if head.tag_ in {"NNS", "NNPS"}:
        return head  # a plural right after the number is what it counts ("two children new")
    node = head
    while (node.dep_ in _MODIFIER_DEPS and node.head.i > node.i and node.head.i - last.i <= 5
           and node.head.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}):
        node = node.head
    return node if node is not head and node.pos_ in {"NOUN", "PROPN"} else head


def _counted_noun(last: Token) -> Token | None:
    head = last.head
    if (head.pos_ in {"ADJ", "X"} and head.dep_ in {"nmod", "amod"} and last.dep_ == "nummod"
            and head.head.i > head.i):
        head = head.head  # "45,000 large- and small-scale farmers"
    if last.dep_ == "conj" and head.like_num and head.head.i > last.i:
        last, head = head, head.head  # "between 20 and 30 people": 30 is a conjunct of 20
    if (last.dep_ in {"nummod", "compound", "quantmod", "amod"} and head.i > last.i
            and head.pos_ in {"NOUN", "PROPN"} and last.lower_ not in VAGUE_NUMBERS):
        return _phrase_head(head, last)
    return _of_object(last)


def _casualty_verb(tok: Token) -> Token | None:
    """Return the casualty verb whose argument ``tok`` is, or that modifies it."""
    if tok.dep_ in {"dobj", "nsubjpass", "nsubj", "conj"} and tok.head.lemma_ in CASUALTY_VERBS:
        return tok.head
    return next((c for c in tok.children if c.dep_ == "acl" and c.lemma_ in CASUALTY_VERBS),
                None)


def _toll_noun(last: Token) -> Token | None:
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children
                 if c.dep_ in {"dobj", "nsubj"} and c.lemma_ in {"toll", "tally"}), None)


#: Group nouns: one crew is people ("12 crew"), several crews are teams ("7 crews").
_GROUPS = frozenset({"crews", "staffs"})
#: Occupation suffixes: hydrographers, geologists, technicians.
_OCCUPATION = ("grapher", "graphers", "ologist", "ologists", "ician", "icians")


#: A model designation: "F-16", "Su-35", "MiG-29", "C-130" ("24 F-16 fighters" are jets).
_MODEL = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Z]?")


def _person(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if noun.lower_ in _GROUPS or any(
            c.dep_ in {"compound", "nmod", "amod", "nummod"} and _MODEL.fullmatch(c.text)
            for c in noun.children):
        return False
    return lemma in PERSON_NOUNS or lemma.rstrip("s") in PERSON_NOUNS or (
        noun.ent_type_ == "NORP" and noun.tag_ in {"NNS", "NNPS"}) or (
        noun.lower_.endswith(_OCCUPATION) and noun.pos_ == "NOUN")


def _price_base(doc: Doc, i: int, j: int) -> bool:
    """Return True for "a dozen eggs (costs) $6": a price base, not a count."""
    if i == 0 or doc[i - 1].lower_ not in {"a", "an", "per"}:
        return False
    return any(t.ent_type_ == "MONEY" for t in doc[j + 1 : j + 6])


def _classify(doc: Doc, i: int, j: int) -> tuple[str, Token | None, Token | None] | None:
    last = doc[j]
    noun = _counted_noun(last)
    if noun is not None and noun.lower_ in {"them", "those", "these", "whom", "which"}:
        noun = antecedent(last, i)
    if noun is not None and noun.lower_ == "others":
        found = antecedent(last, i)
        verb = _casualty_verb(noun) or _casualty_verb(last)
        person = verb is not None or (found is not None and _person(found))
        return ("person" if person else "count", noun, verb)
    if noun is not None:
        if noun.lemma_.lower() == "point" and _after_percent(doc, i):
            return ("percentage_point", noun, None)
        if (noun.lemma_.lower() in _TIME_LEMMAS or _unit_word(noun.lower_)
                or _ABBREVIATION.fullmatch(noun.text) or noun.pos_ == "PRON"
                or noun.lower_ in _NOT_COUNTED):
            verb = _casualty_verb(noun) or _casualty_verb(last)
            return ("person", None, verb) if verb is not None and noun.pos_ == "PRON" else None
        verb = _casualty_verb(noun) or _casualty_verb(last)
        person = _person(noun) or (verb is not None and noun.pos_ == "PROPN")
        return ("person" if person else "count", noun, verb)
    verb = _casualty_verb(last)
    if verb is not None:
        return ("person", None, verb)
    toll = _toll_noun(last)
    if toll is not None:
        return ("person", toll, None)
    relative = _who_clause(last)
    if relative is not None:
        return ("person", None, relative)  # "shared by thousands who arrive each year"
    state = _casualty_state(last)
    if state is not None:
        return ("person", None, state)  # "At least 31 still remain missing"
    left = _left_in_state(last)
    if left is not None:
        return ("person", None, left)  # "leaving more than 500 dead", "thousands without power"
    measured = unit_subject(last)
    if measured is not None:
        return (UNITS[measured.lower_][0], measured, None)  # "Acres planted reached 4.2 million"
    noun = implied_noun(last, i) if last.lower_ not in {"zero", "none"} else None
    if noun is None:
        verb = _person_verb(last)
        return ("person", None, verb) if verb is not None else None
    return ("person" if _person(noun) else "count", noun, None)


def _casualty_state(last: Token) -> Token | None:
    """Return the state word of "N remain missing", "N were dead": the subject is people."""
    if last.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return next((c for c in last.head.children if c.dep_ in {"acomp", "attr", "oprd"}
                 and c.lower_ in CASUALTY_STATES), None)


def _left_in_state(last: Token) -> Token | None:
    """Return the state a bare amount of people is left in: "leaving 500 dead".

    The parser makes the number a modifier of the state word ("500 dead", "several
    thousand homeless"); a vague amount coordinated with a count of people is people too
    ("two fishermen missing and thousands without water").
    """
    head = last.head
    if last.dep_ == "nummod" and head.pos_ == "ADJ" and head.lower_ in CASUALTY_STATES:
        return head
    if last.dep_ != "conj" or last.lower_ not in VAGUE_NUMBERS:
        return None
    if head.pos_ in {"VERB", "AUX"}:  # "leaving two people hurt and hundreds ...": the
        head = next((c for c in head.children if c.dep_ == "dobj" and c.i < last.i), head)
    if head.pos_ == "NOUN" and _person(head):  # "thousands without power": people without
        return next((c for c in last.children if c.dep_ == "prep"), head)
    return None


def _person_verb(last: Token) -> Token | None:
    """Return the verb a bare amount is the subject of when that verb's subject is people.

    "Millions have been forced to leave their homes", "Hundreds marched": the verb is one
    of :data:`PERSON_VERBS`, or its object is something people own ("their homes").
    """
    verb = last.head
    if last.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if verb.lemma_.lower() in PERSON_VERBS:
        return verb
    owned = any(t.lower_ in {"their", "themselves"} for t in verb.subtree if t.i > verb.i)
    return verb if owned else None


def _who_clause(last: Token) -> Token | None:
    """Return the verb of a "who" clause on a bare amount: "thousands who fled".

    The parser may hang the clause on the object of a phrase after the amount ("millions
    across the region who face ..."); a "who" clause cannot describe a place or a thing,
    so it then still describes the amount.
    """
    found = _relative_who(last)
    if found is not None or last.lower_ not in VAGUE_NUMBERS:
        return found
    for tok in last.doc[last.i + 1 : min(last.i + 8, last.sent.end)]:
        if tok.lower_ == "who" and tok.head.dep_ == "relcl":
            owner = tok.head.head
            person = _person(owner) or owner.ent_type_ in {"NORP", "PERSON", "ORG"}
            return None if person or owner.i < last.i else tok.head
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {";", ":", "(", ")"}:
            return None
    return None


def _relative_who(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "relcl" and any(
        g.dep_ in {"nsubj", "nsubjpass"} and g.lower_ == "who" for g in c.children)), None)


def _after_percent(doc: Doc, i: int) -> bool:
    """Return True when a percentage comes earlier in the sentence ("... six points higher")."""
    return any(t.text == "%" or t.lower_ == "percent" for t in doc[doc[i].sent.start : i])


def _widen(doc: Doc, i: int, j: int) -> tuple[int, float | None]:
    """Return the start and value of a vague amount spelled over more tokens."""
    if i >= 7 and _is_num(doc[i - 7]) and doc[i - 6 : i].text.lower() == "-and-a-half":
        return i - 7, parse_amount(doc[i - 7 : j + 1].text)  # "two-and-a-half million"
    for k in (2, 1):
        if i - k >= 0:
            words_ = doc[i - k : j + 1].text.lower()
            if words_ in VAGUE_NUMBERS:
                return i - k, VAGUE_NUMBERS[words_]
            if words_.split()[0] in {"a", "an", "half"} and doc[i].lower_ in _NUM_WORDS:
                return i - k, parse_amount(words_)  # "a million", "half a million"
    text = doc[i : j + 1].text.lower()
    value = VAGUE_NUMBERS.get(text) or _point_amount(text)
    if value is None and j + 1 < len(doc) and doc[j + 1].tag_ == "NNS":
        value = counted_words(text)  # "two thousand and twelve deaths": no year
    return i, value


_POINT = re.compile(r"(?P<a>[a-z]+)-point-(?P<b>[a-z]+)(?P<rest>.*)")


def _point_amount(text: str) -> float | None:
    """Read "seven-point-one million" as 7.1 million."""
    m = _POINT.fullmatch(text)
    if m is None:
        return parse_amount(text)
    whole, tenth = parse_amount(m["a"]), parse_amount(m["b"])
    if whole is None or tenth is None or tenth >= 10:
        return None
    return (whole + tenth / 10) * (parse_amount("1" + m["rest"]) or 1.0)


def _range_start(doc: Doc, i: int) -> tuple[int, float] | None:
    """Return the start and low value of "150 to 200" / "between 20 and 30" before ``i``."""
    if i < 2 or doc[i - 1].lower_ not in {"to", "-", "–", "and"} or not doc[i - 2].like_num:
        return None
    if doc[i - 1].lower_ == "and" and (i < 3 or doc[i - 3].lower_ != "between"):
        return None
    if i > 2 and doc[i - 3].lower_ == "by" and doc[i - 1].lower_ == "to":
        return None  # "fell by 9,000 to 336,000": a change and the new level
    if i > 2 and doc[i - 3].lower_ == "from" and not (
            i > 3 and doc[i - 4].lemma_ in {"range", "vary"}):
        return None  # "from 150 to 200": a change; "ranging from 150 to 200": a range
    low = parse_amount(doc[i - 2].text)
    if low is None:
        return None
    start = i - 3 if doc[i - 1].lower_ == "and" else i - 2
    return start, low


def find_counts(doc: Doc, covered: list[tuple[int, int]]) -> list[CountHit]:
    """Return the counts in ``doc`` outside the ``covered`` character ranges.

    Args:
        doc: The parsed article.
        covered: Character ranges already taken by pattern quantities.

    Returns:
        Counts in text order.
    """
    out: list[CountHit] = []
    text = doc_text(doc)
    for i, j in _runs(doc, covered):
        if _bad_number(doc, i, j):
            continue
        found = _classify(doc, i, j)
        first, value = _widen(doc, i, j)
        if found is None or value is None or value < 0:
            continue
        if found[1] is None and found[2] is None and any(t.ent_type_ == "MONEY"
                                                         for t in doc[i : j + 1]):
            continue
        out.append(_count_hit(doc, text, first, j, value, found))
    return _dedupe(out)


def _count_hit(doc: Doc, text: str, i: int, j: int, value: float,
               found: tuple[str, Token | None, Token | None]) -> CountHit:
    unit, noun, verb = found
    span = doc[i : j + 1]
    start, end, high = span.start_char, span.end_char, None
    ranged = _range_start(doc, i)
    if ranged is not None and ranged[1] < value:
        start, high, value = doc[ranged[0]].idx, value, ranged[1]
    if noun is not None and noun.i == j + 1:
        end = noun.idx + len(noun)
    elif noun is not None and span.text.lower() in VAGUE_NUMBERS and noun.i == j + 2:
        end = noun.idx + len(noun)  # "millions of dogs"
    hedge = _HEDGE_BEFORE.search(text[max(0, start - 24) : start])
    if hedge:
        start -= len(hedge.group(0))
    vague = span.text.lower() in VAGUE_NUMBERS
    return CountHit(start, end, float(value), unit,
                    hedge.group("hedge").lower() if hedge else None, noun, verb,
                    bool(hedge) or vague, high)


def _dedupe(hits: list[CountHit]) -> list[CountHit]:
    """Drop a count that a range starting before it already covers."""
    out: list[CountHit] = []
    for hit in hits:
        out = [h for h in out if not (hit.start <= h.start and h.end <= hit.end and h != hit)]
        out.append(hit)
    return out

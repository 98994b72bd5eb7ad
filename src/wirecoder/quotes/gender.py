"""Grammatical gender and number of a pronoun's candidate antecedents.

"She said" cannot refer to a man, "he said" cannot refer to a woman, and neither can
refer to a plural noun. The gender of a person comes, in order, from a title word
before or in the name (Mr., Mrs., Queen, Sheikha), from the pronoun the same sentence
uses for the person ("Leila Haddad met her counterpart"), or from a short list of
common first names; last, a given name ending in -a that is no known man's is a
woman's. Unknown stays unknown: an unknown gender agrees with both.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from ..vocabulary import (
    COLLECTIVE,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    PERSON_ROLE_NOUNS,
)
from .given_names import MORE_FEMALE_NAMES, MORE_MALE_NAMES
from .index import DocIndex
from .kinship import noun_gender
from .lexicon import PERSON_NOUNS, REPORT_VERBS, words
from .own_clause import own_clause_gender

__all__ = ["agrees", "gender_of", "pronoun_gender"]

_MALE_PRONOUNS = words("he him his himself")
_FEMALE_PRONOUNS = words("she her hers herself")
_PLURAL_PRONOUNS = words("they them their theirs themselves")
_LOOKAHEAD = 25
#: Personal pronouns of one person.
_PERSONAL = _MALE_PRONOUNS | _FEMALE_PRONOUNS
#: Nouns for a person that may own a pronoun of the next sentence ("his wife ... her").
_PERSON_WORDS = PERSON_NOUNS | words("wife husband mother father daughter son sister brother")
#: Nouns for a person another he/she may stand for: the above and the role nouns ("the judge").
_OTHER_PERSON_NOUNS = _PERSON_WORDS | PERSON_ROLE_NOUNS


def pronoun_gender(word: str) -> str | None:
    """Return "m", "f" or "pl" for a personal pronoun, None for other words."""
    low = word.lower()
    if low in _MALE_PRONOUNS:
        return "m"
    if low in _FEMALE_PRONOUNS:
        return "f"
    return "pl" if low in _PLURAL_PRONOUNS else None


def gender_of(index: DocIndex, entity: Entity) -> str | None:
    """Return "m" or "f" for a person entity when the text or its name tells, else None.

    What the mention's own words tell comes first, then what the story's other mentions of
    the same person tell ("Ms. Roe" later, "Roe said he ..." earlier), then the given name.
    """
    found = _mention_gender(index, entity) or _story_gender(index, entity)
    if found is not None:
        return found
    given = _given_name(entity) or _story_given_name(index, entity)
    if given in _FEMALE and given not in _MALE:
        return "f"
    if given in _MALE and given not in _FEMALE:
        return "m"
    if not _feminine_ending(given):
        return None
    return (own_clause_gender(index, entity)  # "X can't tell how he survived": a man
            or _story_a_name_gender(index, entity) or "f")


def _story_a_name_gender(index: DocIndex, entity: Entity) -> str | None:
    """Return the one gender the he/she after the person's named mentions tells, else None.

    For an unlisted given name ending in -a: over every mention that names the person (same
    family name; not a description the quotes stage linked to the person), the cue pronoun
    after a quotation that follows a lone subject, or the reporting he/she of the next sentence
    after a speaker. Mentions that disagree ("X ... 'A,' she said. The mayor ... 'B,' he said")
    tell nothing. Memoised per document and family name.
    """
    words = (entity.entity_name or "").split()
    if not words:
        return None
    memo: dict[str, str | None] = index.__dict__.setdefault("_a_name_memo", {})
    family = words[-1].lower()
    if family not in memo:
        told = {_next_sentence_pronoun(index, other, past_quotes=True)
                or _next_cue_pronoun(index, other) for other in index.entities
                if other.kind == "PERSON" and other.entity_name
                and other.entity_name.split()[-1].lower() == family}
        told.discard(None)
        memo[family] = told.pop() if len(told) == 1 else None
    return memo[family]


def _mention_gender(index: DocIndex, entity: Entity) -> str | None:
    """Return the gender one mention's words tell: a title, a role, a his/her or own he/she."""
    names = [w.strip(".,").lower() for w in (entity.raw_text or "").split()]
    before = index.text[max(0, entity.start - 12) : entity.start].lower().split()
    titles = {*names, *(before[-1:] if before else ()), *(entity.role or "").lower().split()}
    if titles & MALE_TITLES or titles & _MALE_ROLES:
        return "m"
    if titles & FEMALE_TITLES or any(w.endswith("woman") for w in titles):
        return "f"
    return _pronoun_after(index, entity) or _next_sentence_pronoun(index, entity)


def _story_gender(index: DocIndex, entity: Entity) -> str | None:
    """Return the one gender the story's other mentions of the same person tell, else None.

    A mention names the same person when its name ends in the same family name ("Mr. Roe",
    "Ana Roe"). Memoised per document and family name; mentions that disagree (two people of
    one family) tell nothing.
    """
    if entity.kind != "PERSON" or not entity.entity_name:
        return None
    memo: dict[str, str | None] = index.__dict__.setdefault("_gender_memo", {})
    name = entity.entity_name.split()[-1].lower()
    if name not in memo:
        told = {_mention_gender(index, other) for other in index.entities
                if other.kind == "PERSON" and other.entity_name
                and other.entity_name.split()[-1].lower() == name}
        told.discard(None)
        memo[name] = told.pop() if len(told) == 1 else None
    return memo[name]


def _story_given_name(index: DocIndex, entity: Entity) -> str:
    """Return the one given name the story writes before a one-word person's family name.

    "Hugo Fenwick ... Fenwick said": the surname alone tells no gender; the full name does.
    Two different given names (two people of one family) tell nothing.
    """
    words = (entity.entity_name or "").split()
    if entity.kind not in ("PERSON", "PRONOUN", "NOMINAL") or len(words) != 1 or not (
            words[0][:1].isupper()):
        return ""
    family = words[0].lower()
    given = {_given_name(other) for other in index.entities
             if other.kind == "PERSON" and len((other.entity_name or "").split()) > 1
             and other.entity_name.split()[-1].lower() == family}
    given.discard("")
    return given.pop() if len(given) == 1 else ""


#: Nouns for a body of people: never the antecedent of "he" or "she".
GROUP_NOUNS = COLLECTIVE | words(
    "crowd audience mob throng team family committee council assembly board panel jury "
    "staff crew band choir class gathering congregation union")
#: Given names by gender: the shared lists and the quotes stage's longer ones.
_MALE = MALE_NAMES | MORE_MALE_NAMES
_FEMALE = FEMALE_NAMES | MORE_FEMALE_NAMES

#: Role nouns that give a man's gender ("spokesman X", "X, a congressman").
_MALE_ROLES = words(
    "spokesman chairman congressman councilman businessman policeman cameraman assemblyman "
    "alderman statesman serviceman nobleman clergyman tribesman militiaman gunman"
)

#: Given names ending in -a that are men's (Slavic, Italian, Arabic, South Asian, ...).
_MALE_IN_A = words(
    "joshua luca luka nikita ilya sasha misha pasha grisha kolya yura vova musa moussa issa "
    "isa yahya zakaria hamza osama usama oussama taha reza mirza attila akira andrea nicola "
    "mattia costa krishna rama shiva surya aditya chandra arjuna mustafa mustapha idrissa "
    "aliyu kaba sekou dada joska mykola nikola kuzma foma danila savva ilia kazuya takuya "
    "tetsuya tatsuya shinya naoya yuya seiya kazuma takuma ryoma"
)


def _feminine_ending(given: str) -> bool:
    """Return True for a given name ending in -a that is not a known man's ("Paula", "Amina").

    The weakest evidence, used only when no title, pronoun or listed name tells; South
    Asian -endra/-indra names (Narendra, Ravindra) are men's.
    """
    return (len(given) > 3 and given.endswith("a") and given.isalpha()
            and given not in _MALE_IN_A and not given.endswith(("endra", "indra")))


def _given_name(entity: Entity) -> str:
    """Return the lower-cased first word of the entity's fullest name."""
    name = (entity.entity_name or entity.raw_text or "").split()
    return name[0].lower().strip(".,") if len(name) > 1 else ""


def _pronoun_after(index: DocIndex, entity: Entity) -> str | None:
    """Return the gender of the first his/her (or own reported he/she) after the name.

    "Leila Haddad met her counterpart": her. "Ivo Marek said he would stay": a he or she
    that is the subject of the clause the person's own reporting verb reports is the
    person's (the speaker speaks of themself unless another person came between). A his/her
    tells nothing when another person is named earlier in the sentence: it may be theirs.
    Nor does one after a he/she whose verb governs the clause holding the name ("Writing to
    Ida Moss, he praised his aides"): the name's clause hangs on another person's verb, and
    what follows is that person's.
    """
    doc = index.doc
    first, last = index.token_range(entity.start, entity.end)
    if first >= len(doc):
        return None
    verb = _subject_verb(doc[max(first, last - 1)])
    sentence_start, sentence_end = index.sent_tokens[index.sentence_of(first)]
    earlier = any(_other_person(index, t, first, last) for t in doc[sentence_start:first])
    for token in doc[last : min(sentence_end, last + _LOOKAHEAD)]:
        if index.quoted(token):
            return None
        other = index.entity_of(token)
        if token.ent_type_ == "PERSON" or (
                other is not None and index.entities[other].kind == "PERSON"):
            return None  # another person (also one the actors took for a body): may be theirs
        if token.lower_ in ("his", "her") and token.dep_ == "poss":
            if earlier:  # "X thanked Y, who had read her plans": the her may be X's
                return None
            return "m" if token.lower_ == "his" else "f"
        if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
            if verb is not None and _reports(verb, token):
                return "m" if token.lower_ == "he" else "f"
            if token.head in doc[max(first, last - 1)].ancestors:
                return None  # "Calling on Ida Moss, he praised his ...": his is the he's
    return None


def _next_sentence_pronoun(index: DocIndex, entity: Entity, past_quotes: bool = False
                           ) -> str | None:
    """Return the gender of the next sentence's first he/she/his/her for a lone subject.

    "Ysolde Marrick opened the Freedonia lock. For ten years she had fought for it":
    a person who is the subject of a sentence naming no other person (nor a he/she/his/her
    of one) is the topic the next
    sentence's first personal pronoun stands for, when no other person (a name or a person
    noun outside the subject) comes before that pronoun. For names the given-name lists lack.
    A quotation opening the next sentence ends the search, unless ``past_quotes``: then its
    words are passed over and the cue's pronoun read ("President Ilunga Tanda of X spoke
    next. '...,' he said"), for a given name ending in -a, the weakest evidence.
    """
    doc = index.doc
    first, last = index.token_range(entity.start, entity.end)
    if entity.kind != "PERSON" or first >= len(doc) or last <= first:
        return None
    if index.quoted(doc[first]) or not any(
            t.dep_ in ("nsubj", "nsubjpass") and not first <= t.head.i < last
            for t in doc[first:last]):
        return None  # not the subject of its clause (any word of the name may carry the arc)
    number = index.sentence_of(first)
    if number + 1 >= len(index.sent_tokens):
        return None
    lo, hi = index.sent_tokens[number]
    if any(_other_person(index, token, first, last) or token.lower_ in _PERSONAL or (
            past_quotes and token.lower_ in _OTHER_PERSON_NOUNS and not first <= token.i < last
            and token.head.i not in range(first, last) and not index.quoted(token))
           for token in doc[lo:hi]):
        return None  # another person, or a pronoun for one: the next pronoun may be theirs
    lo, hi = index.sent_tokens[number + 1]
    tokens = [t for t in doc[lo:hi] if not (past_quotes and index.quoted(t))]
    for token in tokens[:_LOOKAHEAD]:
        if index.quoted(token):
            return None
        if _other_person(index, token, first, last) or (
                token.lower_ in _PERSON_WORDS and token.dep_ not in ("nsubj", "nsubjpass")):
            return None  # "The minister's wife ... her": another person may own the pronoun
        if (token.lower_ in ("his", "her") and token.dep_ == "poss") or (
                token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass")):
            return "m" if token.lower_ in ("he", "his") else "f"
    return None


def _next_cue_pronoun(index: DocIndex, entity: Entity) -> str | None:
    """Return the gender of a he/she that reports on in the next sentence after a speaker.

    "The party's treasurer, Ilunga Tanda, said that the vote had been rigged. He said the
    party would ...": a person who speaks (the subject of a reporting verb, or its
    apposition) is whom the next sentence's reporting he/she continues, when that pronoun
    is the first personal pronoun outside quotations and no person is named before it.
    Any other person named in the speaker's sentence, also inside the reported clause ("X
    said that President Y had left. He said ..."), or a person noun in the reported clause may
    be the he/she: then the pronoun tells nothing about the speaker, nor does one followed by
    a pronoun of the other gender ("He told her ...").
    """
    doc = index.doc
    first, last = index.token_range(entity.start, entity.end)
    verb = _subject_verb(doc[last - 1]) if last > first else None
    if verb is None or index.quoted(doc[first]):
        return None
    number = index.sentence_of(first)
    if number + 1 >= len(index.sent_tokens):
        return None
    lo, hi = index.sent_tokens[number]
    if any(not index.quoted(t) and (_other_person(index, t, first, last) or (
            t.lower_ in _OTHER_PERSON_NOUNS and _reports(verb, t))) for t in doc[lo:hi]):
        return None  # "Like X, Y Z stressed ..."; "X said that Y had left. He said": Y's he
    lo, hi = index.sent_tokens[number + 1]
    tokens = [t for t in doc[lo:hi] if not index.quoted(t)]
    for n, token in enumerate(tokens[:_LOOKAHEAD]):
        if _other_person(index, token, first, last) or token.lower_ in ("his", "her", "him"):
            return None
        if token.lower_ in ("he", "she"):
            reports = token.dep_ == "nsubj" and token.head.lemma_ in REPORT_VERBS
            gender = "m" if token.lower_ == "he" else "f"
            other = _FEMALE_PRONOUNS if gender == "m" else _MALE_PRONOUNS
            if not reports or any(t.lower_ in other for t in tokens[n + 1:]):
                return None  # "He told her ...": two people, the her may be the speaker
            return gender
    return None


def _other_person(index: DocIndex, token: Token, first: int, last: int) -> bool:
    """Return True for a token of a person's name outside the tokens ``first:last``."""
    if first <= token.i < last:
        return False
    number = index.entity_of(token)
    return token.ent_type_ == "PERSON" or (
        number is not None and index.entities[number].kind == "PERSON")


def _subject_verb(token: Token) -> Token | None:
    """Return the reporting verb whose subject a name's last word heads, else None."""
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head  # "One of the marchers, Ivo Marek, said he ...": the subject
    if token.dep_ != "nsubj" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    return token.head if token.head.lemma_ in REPORT_VERBS else None


def _reports(verb: Token, token: Token) -> bool:
    """Return True when ``token`` lies in a clause that ``verb`` reports (its ccomp)."""
    return any(a.dep_ == "ccomp" and a.head.i == verb.i for a in token.ancestors)


def agrees(index: DocIndex, pronoun: Token, entity: Entity) -> bool:
    """Return True when ``entity`` can be the antecedent of ``pronoun`` in gender and number."""
    wanted = pronoun_gender(pronoun.text)
    if wanted is None:
        return True
    if entity.kind == "PERSON":
        if wanted == "pl":
            return False
        found = gender_of(index, entity)
        return found is None or found == wanted
    if entity.kind == "NOMINAL" and wanted in ("m", "f"):  # "Fenwick said": a name untagged
        head = index.doc[index.token_at(entity.end - 1)]
        if head.lemma_.lower() in GROUP_NOUNS:
            return False  # "The crowd chanted ... she said": a group is never he or she
        told = noun_gender(head)
        if told is not None:  # "a woman", "the envoy's husband"
            return told == wanted
        found = _story_given_name(index, entity)
        gender = "f" if found in _FEMALE and found not in _MALE else (
            "m" if found in _MALE and found not in _FEMALE else None)
        return gender is None or gender == wanted
    return True


def plural_noun(token: Token) -> bool:
    """Return True for a plural common noun ("officials", "protesters")."""
    return token.tag_ in ("NNS", "NNPS")

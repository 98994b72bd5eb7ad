"""Mentions in news reports that look like events but are not new acts (issue 9, news sweep).

A sweep of Voice of America news stories (fighting with casualty counts, trials of opposition
figures, disputed elections, peace talks) found these classes of spurious events; each check
reads the dependency parse and short closed word lists, never one article's wording:

* **Victims named by a participle.** "Rescuers carried the dead and wounded to hospitals",
  "the injured were taken to hospital": an adjective or participle used as a noun names
  people, it reports no attack ("soldiers wounded three protesters" still does).
* **Habitual statements.** "The insurgents often give inflated tolls", "the two armies
  frequently exchange fire": a frequency adverb with a present-tense verb states a habit,
  not an act (events guideline: habitual statements are not coded). A past series
  ("repeatedly shelled the town") is still coded, and so are said acts ("routinely deny
  providing sanctuary" states a standing position, coded as REJECT).
* **Cumulative tolls of a conflict.** "The violence has killed more than 1,000 people",
  "the war has displaced millions": an abstract conflict noun with a perfect tense sums up
  the background; no party acted in that clause. "Clashes killed 12 soldiers on Tuesday"
  (one dated act) stays coded.
* **Labour strikes.** "Workers went on strike", "a general strike", "a hunger strike": the
  noun is a stoppage (PROTEST), not a military strike.
* **Market demand** (round 22 review). "Fuel prices climbed on robust demand from Vietnam",
  "Brazil's demand for fertiliser slowed": a singular "demand" with a market modifier or
  that rises, falls or is met is buying, not a REQUEST ("a demand from the rebels for
  talks" stays one).
* **The content of a charge or conviction.** "was convicted of inciting violence in an
  attempt to force the president from office", "charged with plotting to assassinate X":
  what a court or prosecutor alleges is the content of the accusation (guideline 2), not an
  act of its own; the conviction or charge is coded. Said acts inside it ("convicted of what
  authorities call extremist crimes") are the authorities' own judgement and stay.
* **Standing agreements** (round 9). "Under the Harbour accords, boats may cross", "fighting
  flared despite the truce between the two", "keeps breaking its commitments", "a lasting pact
  is still far off": an agreement noun with no verb of reaching it names an accord in
  force, a document or a hope, not the act of agreeing (AGREE is the agreeing: "signed a
  deal", "the agreements signed today", "a deal was reached").
* **Meetings as a time, a means or a goal** (round 13). "After the consultations
  Freedonia lifted the tariff", "grain exports to Freedonia doubled since that summit",
  "Ruritania wants the border quarrel settled through talks", "asked for fresh
  consultations": a meeting noun governed by after / since / through / for / to
  dates, explains or aims at another act; the meeting is reported where it happens
  (CONSULT), not in these phrases. One with a date of its own ("since the premier's
  Freedonia trip last March") is a dated meeting and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["charge_content", "cumulative_toll", "habitual", "labour_strike",
           "market_demand", "meeting_as_anchor", "standing_agreement", "substantive_participle"]

#: Prepositions that make a meeting noun the time, means or goal of another act.
_ANCHOR_PREPS = frozenset({"after", "since", "through", "for", "to"})

#: Participles and adjectives of harm that name people when used as nouns ("the wounded").
_VICTIM_WORDS = frozenset({"wounded", "injured", "dead", "killed", "missing", "displaced",
                           "detained", "arrested", "abducted", "kidnapped"})
#: Dependencies of a noun phrase in its clause.
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative"})


def substantive_participle(token: Token) -> bool:
    """Whether a harm participle is used as a noun ("the dead and wounded", "the injured").

    It names the victims: it has a determiner or stands in a noun's position coordinated with
    another such word, and has no subject, object or agent of its own.
    """
    if token.lower_ not in _VICTIM_WORDS:
        return False
    if any(c.dep_ in {"nsubj", "dobj", "agent", "nsubjpass", "auxpass", "aux"}
           for c in token.children):
        return False  # "soldiers wounded three", "were wounded by": a clause of its own
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].lower_ in {"and", "or"} and (
            doc[token.i - 2].lower_ in _VICTIM_WORDS
            and (doc[token.i - 2].dep_ in _NOMINAL_DEPS or doc[token.i - 2].pos_ == "ADJ")):
        return True  # "the dead and wounded", however the coordination is parsed
    head_role = token.head if token.dep_ == "conj" else token
    if head_role.dep_ not in _NOMINAL_DEPS:
        return False
    return head_role.lower_ in _VICTIM_WORDS and (
        any(c.dep_ == "det" for c in head_role.children) or token.dep_ == "conj"
        or any(c.dep_ == "conj" and c.lower_ in _VICTIM_WORDS for c in token.children))


#: Frequency adverbs that make a present-tense clause a habit.
_HABITUAL = frozenset({"often", "frequently", "routinely", "regularly", "usually", "typically",
                       "generally", "habitually", "commonly", "sometimes", "occasionally",
                       "rarely", "seldom", "always", "customarily"})
_PRESENT = frozenset({"VBZ", "VBP"})


def habitual(anchor: Token) -> bool:
    """Whether the trigger's clause states a habit ("the Taliban often gives inflated tolls").

    A frequency adverb on a present-tense verb (or on "tend to"); a past tense with the same
    adverb ("repeatedly shelled", "often clashed last year") still reports acts.
    """
    verb = anchor
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "tend":
        return True  # "forces tend to fire first"
    if not {c.lower_ for c in verb.children if c.dep_ == "advmod"} & _HABITUAL:
        return False
    if verb.tag_ in _PRESENT:
        return True
    return any(c.dep_ == "aux" and c.tag_ in _PRESENT and c.lemma_.lower() != "have"
               for c in verb.children)


#: Abstract nouns for a conflict as a whole, not a party to it.
_CONFLICT_NOUNS = frozenset({"violence", "conflict", "war", "fighting", "unrest", "crisis",
                             "insurgency", "bloodshed", "hostilities", "turmoil", "warfare",
                             "civil war", "uprising", "rebellion", "violences"})


def cumulative_toll(verb: Token) -> bool:
    """Whether a harm verb sums up a conflict's toll ("the violence has killed 1,000 people").

    Its subject is an abstract conflict noun and the verb is in a perfect tense ("has
    killed", "had displaced"); a dated simple past ("clashes killed 12 soldiers") stays.
    """
    if verb.pos_ != "VERB":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _CONFLICT_NOUNS:
        return False
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


#: Verbs and adjectives of charges and verdicts whose "of/with/for" phrase is the allegation.
_CHARGE_HEADS = frozenset({"convict", "charge", "accuse", "indict", "suspect", "guilty",
                           "innocent", "acquit", "sentence", "prosecute", "try", "arrest",
                           "detain", "jail", "imprison", "investigate", "find"})
_CHARGE_PREPS = frozenset({"of", "with", "for"})
#: Dependencies followed upward from an act to the charge that contains it.
_CONTENT_DEPS = frozenset({"xcomp", "pcomp", "pobj", "prep", "advcl", "acl", "conj", "ccomp",
                           "dobj"})


def charge_content(anchor: Token) -> bool:
    """Whether the act is what a charge or a conviction alleges ("convicted of inciting ...").

    Walks up from the trigger through complements and adjuncts to a preposition "of/with/for"
    of a verb or adjective of charging ("convicted of", "charged with", "found guilty of");
    the act is the allegation's content (guideline 2). The walk stops at a finite clause of
    its own ("was convicted, and troops then attacked the court" keeps the attack).
    """
    cur = anchor
    for _ in range(8):
        if cur.dep_ not in _CONTENT_DEPS or cur.head is cur:
            return False
        if cur.dep_ in {"conj", "ccomp", "advcl"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children):
            return False  # a clause with its own subject is no part of the charge
        head = cur.head
        if (cur.dep_ == "pcomp" or cur.dep_ == "pobj") and head.lower_ in _CHARGE_PREPS:
            owner = head.head
            if owner.lemma_.lower() in _CHARGE_HEADS or owner.lower_ in _CHARGE_HEADS:
                return True
        cur = head
    return False


#: Modifiers of "strike" that make it a stoppage of work ("a general strike").
_STOPPAGE_MODS = frozenset({"general", "hunger", "labor", "labour", "worker", "workers",
                            "teacher", "teachers", "doctor", "doctors", "nationwide", "union",
                            "sit-down", "wildcat", "transport", "rail", "port", "miners"})


def labour_strike(noun: Token) -> bool:
    """Whether the noun "strike" is a stoppage ("went on strike", "a general strike")."""
    if noun.lemma_.lower() != "strike":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and (
            noun.head.head.lemma_.lower() in {"go", "be", "remain", "stay", "come"}):
        return True
    return any(c.lower_ in _STOPPAGE_MODS for c in noun.children
               if c.dep_ in {"amod", "compound", "nmod"})


#: Modifiers of a singular "demand" that make it buying ("strong demand", "oil demand").
_MARKET_MODS = frozenset({
    "strong", "weak", "robust", "soft", "sluggish", "brisk", "high", "low",
    "higher", "lower", "rising", "falling", "growing", "slowing", "weakening", "global",
    "domestic", "consumer", "world", "export", "import", "market", "oil", "energy", "gas",
    "fuel", "power", "electricity", "food", "grain", "steel", "copper", "credit", "travel",
    "housing", "seasonal", "pent",
})
#: Verbs whose subject "demand" is a quantity bought ("demand rose", "prices rose on demand").
_QUANTITY_VERBS = frozenset({
    "rise", "fall", "surge", "soar", "slow", "grow", "weaken", "strengthen", "ease", "drop",
    "increase", "decline", "jump", "slump", "climb", "dip", "plunge", "recover", "outstrip",
    "outpace", "exceed", "pick",
})
#: Verbs whose bare object "demand" is a quantity bought ("to meet demand", "boost demand").
_SUPPLY_VERBS = frozenset({"meet", "satisfy", "boost", "dampen", "curb", "fuel", "spur", "sap",
                           "stimulate", "supply", "outstrip", "outpace", "exceed"})


def market_demand(noun: Token) -> bool:
    """Whether the noun "demand" is buying, not a request (round 22 review).

    A singular "demand" with a market modifier ("strong demand from China", "oil demand") or
    the subject of a verb of quantity ("demand for soybeans fell", "prices rose on demand":
    "on" hangs on the verb) or the bare object of a verb of supply ("to meet demand") counts
    goods bought. "A demand from the rebels for talks", "demands by the opposition"
    (plural), "met the strikers' demand", "the union's demand was rejected" stay requests.
    """
    if noun.lemma_.lower() != "demand" or noun.tag_ != "NN":
        return False
    if any(c.dep_ in {"amod", "compound", "nmod"} and c.lemma_.lower() in _MARKET_MODS
           for c in noun.children):
        return True
    head = noun.head
    if head.pos_ != "VERB" and not (noun.dep_ == "pobj" and head.lower_ == "on"):
        return False
    if noun.dep_ == "pobj":
        return head.head.lemma_.lower() in _QUANTITY_VERBS  # "prices rose on demand"
    if noun.dep_ == "nsubj":
        return head.lemma_.lower() in _QUANTITY_VERBS  # "demand for soybeans fell"
    return (noun.dep_ == "dobj" and head.lemma_.lower() in _SUPPLY_VERBS  # "to meet demand"
            and not any(c.dep_ in {"det", "poss"} for c in noun.children))


#: Nouns that name an agreement in force once it is made.
_AGREEMENT_NOUNS = frozenset({"agreement", "deal", "truce", "accord", "pact", "treaty"})
#: Verbs that make or announce an agreement ("signed", "reached", "brokered on Monday").
_REACHING = frozenset({"sign", "reach", "strike", "conclude", "seal", "agree", "broker",
                       "announce", "hammer", "clinch", "finalize", "finalise", "negotiate",
                       "approve", "ratify", "initial", "unveil", "propose", "offer"})


def standing_agreement(noun: Token) -> bool:
    """Whether an AGREE noun names an accord in force, not the act of agreeing.

    An agreement noun ("the Harbour accords", "the truce between the two") or plural
    "commitments" ("keeps breaking its commitments"), carried by no light verb (the caller
    checks), with no verb of reaching it as its clause or its head ("the agreements signed
    today", "a deal was reached") and no date of its own ("Monday's deal").

    Args:
        noun: The noun trigger.
    """
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not (lemma in _AGREEMENT_NOUNS
                                   or (lemma == "commitment" and noun.tag_ == "NNS")):
        return False
    verbs = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    if noun.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        verbs.append(noun.head)
    if any(v.lemma_.lower() in _REACHING for v in verbs):
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree)


def meeting_as_anchor(noun: Token, category: str) -> bool:
    """Whether a meeting noun only dates, explains or aims at another act.

    "After the consultations, Freedonia lifted the tariff", "grain exports have doubled
    since the summit", "Ruritania hopes to end the quarrel through talks", "the opposition
    asked for fresh consultations": the noun is the object of after / since / through / for
    / to (:data:`_ANCHOR_PREPS`), so the sentence reports the other act, not the meeting (a
    held meeting is coded where it is told; an asked-for one is the request's content).
    "At", "during", "in" and "of" phrases are left alone: "spoke at a summit in Ruritania"
    tells that the summit took place; so does a meeting with a partner of its own ("after
    talks with Freedonian mediators") or a date of its own ("since the premier's visit to
    Freedonia in March").

    Args:
        noun: A nominal trigger.
        category: The PLOVER category it would code.

    Returns:
        True for a CONSULT noun in an anchoring phrase.
    """
    return (category == "CONSULT" and noun.dep_ == "pobj"
            and noun.head.lower_ in _ANCHOR_PREPS
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
            and not any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree))

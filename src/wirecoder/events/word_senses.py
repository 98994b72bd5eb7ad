"""Word senses of trigger verbs and nouns that are not the coded event's sense.

Issue 9 precision round (see :mod:`.sense` for mentions that are not acts at all). Each
check reads the parse and a short list of the object or subject words that decide the sense:

* **help**: with a verb complement and a thing as subject it means facilitate ("the law
  will help Beijing tighten control"), not AID ("India helped Mauritius build an airstrip").
* **Violence verbs in other senses**: attacking a plan or remark is ACCUSE ("attacked the
  opposition's plan"); "fired his defense minister" is a dismissal; "is targeting 8%
  growth" aims at a figure; "beat Argentina 2-0 in the qualifier" is a match; "a war on
  drugs", "battled the wildfires" are metaphors; "blasted boats with water cannons" is an
  ASSAULT, not the verbal "blasted".
* **Speech verbs**: "insisted that it had exercised restraint" asserts (no REQUEST);
  "refused to rule out force" keeps force open (THREATEN, not REJECT).
* **Captures and arrivals**: capturing soldiers is ASSAULT/abduct (events guideline 12);
  forces, victims or migrants arriving are no diplomatic visit.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .entity_index import EntityIndex
from .phrases import antecedent
from .state_senses import demand_call, kept_in_state, natural_cause, occupied_state

__all__ = [
    "assertion",
    "backing_attribute",
    "captured_combatants",
    "condolence",
    "dismissal",
    "facilitating_help",
    "going_home_or_to_a_crowd",
    "metaphorical_fight",
    "metaphorical_war",
    "negated_content",
    "non_violent_target",
    "not_a_visit",
    "not_ruled_out",
    "numeric_target",
    "opposing_offer",
    "other_sense",
    "physical_cover",
    "shows_something",
    "sports_result",
    "struck_with_weapon",
    "tally",
    "verbal_attack",
    "verbal_clash",
]


def facilitating_help(token: Token, index: EntityIndex) -> bool:
    """Whether "help" means facilitate ("the law will help X tighten", "the truce would help").

    Material help is given by an actor ("India helped Mauritius build an airstrip"); when the
    subject of "help" is a thing (a law, an update, intelligence, arms, a truce), it only
    makes something easier: no AID event. Round 20: also without a verb complement when a
    modal makes the help a foreseen effect ("the ceasefire would help the people"); without
    both, a thing that helped is aid given ("Azerbaijani aid helped the refugees").
    """
    if token.lemma_.lower() != "help":
        return False
    if not any(c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}
               for c in token.children) and not any(
                   c.dep_ == "aux" and c.tag_ == "MD" for c in token.children):
        return False  # "the donation helped the refugees": the aid itself
    subj = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    subj = antecedent(subj)
    if subj.pos_ == "PRON" or subj.ent_type_ or index.at(subj):
        return False
    return subj.pos_ == "NOUN" and not _agentive(subj)


#: Nouns of people and bodies that act (an actor, not a thing).
_AGENT_NOUNS = frozenset({
    "government", "official", "ministry", "minister", "army", "military", "force", "troop",
    "soldier", "police", "agency", "team", "authority", "administration", "country",
    "nation", "state", "leader", "president", "embassy", "mission", "donor", "organization",
    "organisation", "group", "coalition", "alliance", "navy", "worker", "volunteer",
    "diplomat", "envoy", "delegation", "company", "firm", "bank", "charity", "unit",
    "department", "office", "service", "partner", "ally", "neighbor", "neighbour", "people",
})


def _agentive(noun: Token) -> bool:
    return noun.lemma_.lower() in _AGENT_NOUNS

#: Nouns of statements, plans and decisions: attacking one is a verbal attack.
_PROPOSITIONS = frozenset({
    "plan", "policy", "proposal", "decision", "remark", "comment", "statement", "idea", "law",
    "bill", "record", "report", "claim", "speech", "approach", "stance",
    "handling", "move", "budget", "reform", "strategy", "rhetoric", "view", "narrative",
    "agenda", "suggestion", "argument", "initiative", "program", "programme",
    "announcement", "ruling", "verdict", "election", "vote", "result", "motion", "article",
    "editorial", "tweet", "interview", "deal", "agreement", "accord",
})
#: Verbs of violence that take a verbal sense with such an object.
_VERBAL_ATTACK_VERBS = frozenset({"attack", "assault", "blast", "slam", "hammer", "bash",
                                  "savage", "lambast", "lambaste"})


def verbal_attack(token: Token) -> bool:
    """Whether a violence verb attacks a statement or plan ("attacked the opposition's plan").

    A plan, a remark or a decision cannot be shot at: the verb means criticise (ACCUSE,
    disapprove).
    """
    if token.pos_ != "VERB" or token.lemma_.lower() not in _VERBAL_ATTACK_VERBS:
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in _PROPOSITIONS


#: Munitions one fires; any other object of "fire" is a person dismissed.
_MUNITIONS = frozenset({
    "missile", "rocket", "shot", "shell", "bullet", "round", "gas", "cannon", "projectile",
    "mortar", "artillery", "torpedo", "flare", "salvo", "volley", "weapon", "gun", "grenade",
    "drone", "bomb", "munition", "ammunition", "barrage", "fire", "burst", "dart", "arrow",
    "stone", "rock", "pellet", "bolt", "warhead", "interceptor", "cruise", "ballistic",
})


def dismissal(token: Token) -> bool:
    """Whether "fire" dismisses someone ("fired his defense minister"), not a weapon."""
    if token.lemma_.lower() != "fire" or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "prt" for c in token.children):
        return False  # "fired off a letter", "fired back"
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() in _MUNITIONS:
        return False
    return obj.ent_type_ == "PERSON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children) or obj.tag_ == "NNP"


def numeric_target(token: Token) -> bool:
    """Whether a violence verb aims at a figure ("is targeting 8% growth", "hit 5 percent")."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if token.pos_ != "VERB" or obj is None:
        return False
    if obj.lemma_.lower() in _FIGURES:
        return True
    return any(t.lower_ in {"%", "percent"} for t in obj.subtree if t.i <= obj.i)


#: Nouns of figures and levels one "targets" or "hits".
_FIGURES = frozenset({"percent", "%", "growth", "rate", "level", "mark", "figure", "revenue",
                      "sales", "output", "gdp", "inflation", "deficit", "quota", "threshold"})
_SCORE = re.compile(r"^\d{1,2}[-\u2013]\d{1,2}$")
#: Nouns of sporting contests: "beat Argentina 2-0 in the qualifier".
_CONTESTS = frozenset({"match", "game", "qualifier", "final", "semifinal", "semi-final",
                       "quarterfinal", "tournament", "championship", "league", "cup", "race",
                       "derby", "friendly", "olympics", "series", "playoff", "fixture"})


def sports_result(token: Token) -> bool:
    """Whether a verb of defeat reports a sporting result ("beat Argentina 2-0 in the cup")."""
    if token.lemma_.lower() not in _DEFEAT_VERBS:
        return False
    doc = token.doc
    for tok in token.subtree:
        if _SCORE.match(tok.text) or (  # "2-1", or the three tokens "2", "-", "1"
                tok.like_num and tok.i + 2 < len(doc) and doc[tok.i + 1].text in _DASHES
                and doc[tok.i + 2].like_num and len(doc[tok.i + 2]) <= 2 and len(tok) <= 2):
            return True
        if (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head == token
                and {tok.lower_, tok.lower_.rstrip("s")} & _CONTESTS):
            return True
    return False


_DASHES = frozenset({"-", "\u2013"})


#: Verbs of defeat that report games as well as battles.
_DEFEAT_VERBS = frozenset({"beat", "defeat", "thrash", "crush", "rout", "trounce", "edge",
                           "outplay", "eliminate", "overpower", "down"})


#: Nouns of armed struggle used as metaphors for policies against a social ill.
_CAMPAIGN_NOUNS = frozenset({"war", "battle", "fight", "crusade", "offensive", "assault"})
#: Social ills a "war on" or a "fight against" targets (not a party).
_ILLS = frozenset({
    "drug", "drugs", "narcotic", "poverty", "corruption", "crime", "inflation", "disease",
    "cancer", "misinformation", "disinformation", "obesity", "hunger", "illiteracy",
    "climate", "plastic", "smoking", "graft", "fraud", "malaria", "aids", "hiv", "covid",
    "pandemic", "virus", "inequality", "unemployment", "waste", "pollution", "bureaucracy",
    "woke", "wokeness", "tax", "evasion", "counterfeiting", "smuggling", "trafficking",
    "extremism", "radicalization", "radicalisation", "hate", "racism", "antisemitism",
    "kidnapping", "piracy", "banditry", "poaching", "cybercrime", "hostage-taking",
})


def metaphorical_war(noun: Token, index: EntityIndex) -> bool:
    """Whether a noun of armed struggle names a policy against a social ill ("war on drugs")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CAMPAIGN_NOUNS:
        return False
    targets = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
               for o in p.children if o.dep_ == "pobj"]
    return bool(targets) and all(
        o.lemma_.lower() in _ILLS and not index.at(o) for o in targets)

#: Verbs that mean criticise or strike; with a weapon in a "with" phrase they strike.
_STRIKE_WITH = frozenset({"blast", "hit", "pound", "slam", "hammer", "pelt", "spray", "douse",
                          "target", "attack"})


def struck_with_weapon(token: Token) -> bool:
    """Whether "blasted X with water cannons" strikes physically (ASSAULT, not ACCUSE)."""
    if token.lemma_.lower() not in _STRIKE_WITH:
        return False
    objs = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _MUNITIONS | {"cannon", "canon", "water", "laser"}
               for o in objs)


#: Verbs that demand with a bare (subjunctive) clause and assert with an indicative one.
_MANDATIVE = frozenset({"insist"})
_INDICATIVE_AUX = frozenset({"had", "has", "have", "was", "were", "is", "are", "did", "does",
                             "do", "'s", "'d", "will", "would", "'ll"})  # "would continue"


def assertion(token: Token) -> bool:
    """Whether "insisted that it had exercised restraint" asserts (no REQUEST).

    "Insisted that Russia withdraw" (a bare verb, or "should") demands; an indicative
    clause (past tense, perfect, present) states a position.
    """
    if token.lemma_.lower() not in _MANDATIVE:
        return False
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ in {"VBD", "VBZ", "VBP"} or bool(aux & _INDICATIVE_AUX)


#: Disasters one "battles" or "fights" (a metaphor, as are the social ills above).
_DISASTERS = frozenset({"wildfire", "fire", "blaze", "flood", "flooding", "drought", "locust",
                        "epidemic", "outbreak", "storm", "heatwave", "famine", "erosion"})


def metaphorical_fight(verb: Token) -> bool:
    """Whether "battle/fight/combat X" fights a disaster or an ill ("battle the wildfires")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"battle", "fight", "combat", "tackle"}:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in _ILLS | _DISASTERS

#: Combatants: capturing them is an act of war (ASSAULT abduct), not an arrest.
_COMBATANTS = frozenset({"soldier", "troop", "fighter", "militant", "combatant", "serviceman",
                         "servicemen", "marine", "insurgent", "rebel", "guerrilla", "sailor",
                         "pilot", "commander", "paratrooper", "conscript"})


#: Armed groups outside a state's forces: people they seize are abducted, not arrested.
_IRREGULARS = frozenset({"militant", "pirate", "gunman", "gunmen", "rebel", "insurgent",
                         "kidnapper", "extremist", "jihadist", "terrorist", "bandit",
                         "separatist", "guerrilla", "assailant", "attacker", "hijacker"})
#: Civilians that a seizure by such a group takes hostage (codebook ASSAULT abduct).
_CAPTIVES = frozenset({"foreigner", "hostage", "worker", "tourist", "civilian", "passenger",
                       "crew", "journalist", "employee", "missionary", "villager", "engineer",
                       "contractor", "national", "expatriate", "teacher", "student", "pupil",
                       "schoolgirl", "schoolboy", "child", "priest", "nun", "doctor", "nurse",
                       "pilgrim", "farmer", "woman", "girl", "boy"})


def _seizer(verb: Token) -> Token | None:
    """The subject of an active seizure, or the agent of a passive one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def captured_combatants(verb: Token) -> bool:
    """Whether a capture takes combatants or hostages (events guideline 12: ASSAULT abduct).

    "captured two soldiers", "a soldier captured by the rebels" (the reduced relative's head
    is the captive), and civilians seized by an armed group ("gunmen seized six foreign
    engineers": taking hostages, round 21); civilians seized by a state stay an arrest.
    """
    if verb.lemma_.lower() not in {"capture", "seize"}:
        return False
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if obj is None and verb.dep_ == "acl":
        obj = verb.head
    if obj is None:
        return False
    if obj.lemma_.lower() in _COMBATANTS or obj.lemma_.lower() == "hostage":
        return True  # "seized 250 hostages": hostages whoever takes them
    seizer = _seizer(verb)
    return (obj.lemma_.lower() in _CAPTIVES and seizer is not None
            and seizer.lemma_.lower() in _IRREGULARS)


def _rules_out(verb: Token) -> bool:
    return verb.lemma_.lower() == "exclude" or (verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def not_ruled_out(verb: Token) -> bool:
    """Whether "refused to rule out using force" keeps an option open (a THREATEN).

    Also "did not rule out further measures": a negated "rule out" keeps its content open
    (the caller checks that the content is a hostile act).
    """
    if _rules_out(verb) and any(c.dep_ == "neg" for c in verb.children):
        # "did not rule out that X fired a missile": a judgement of fact, no option kept open
        return not any(c.dep_ == "ccomp" for c in verb.children)
    if verb.lemma_.lower() not in {"refuse", "decline"}:
        return False
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        lemma = comp.lemma_.lower()
        if lemma == "exclude" or (lemma == "rule" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in comp.children)):
            return True
    return False

def negated_content(verb: Token) -> bool:
    """Whether the content of a promise is negated ("vowed not to lift", "would never lift")."""
    return any(c.dep_ in {"xcomp", "ccomp"} and any(
        g.dep_ == "neg" or (g.dep_ == "advmod" and g.lower_ == "never") for g in c.children)
        for c in verb.children)


#: Travellers whose arrival is no diplomatic visit: forces, victims, migrants.
_NOT_VISITORS = frozenset({
    "troop", "soldier", "peacekeeper", "force", "contingent", "warship", "ship", "vessel",
    "navy", "army", "unit", "battalion", "brigade", "jet", "aircraft", "sailor", "marine",
    "victim", "patient", "refugee", "migrant", "deportee", "evacuee", "body", "remains",
    "wounded", "casualty", "tourist", "fan", "athlete", "team", "player", "worker",
})


def not_a_visit(verb: Token) -> bool:
    """Whether a travel verb moves forces, victims or migrants, not a delegation.

    "European peacekeepers arrived in Bosnia", "the attack victims were flown to Nairobi":
    no diplomatic visit (CONSULT visit needs visitors who consult).
    """
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and subj.lemma_.lower() in _NOT_VISITORS


# ---------------------------------------------------------------- round 7: other senses
# Each check reads the trigger's arguments (the kind of its object, of its subject, of the
# noun in one preposition); ``other_sense`` dispatches by PLOVER category.

#: Objects of "offer" that are no offer to cooperate: opposing ("offer resistance").
_OPPOSING_OFFERS = frozenset({"resistance", "opposition", "objection", "criticism", "defiance"})
#: Objects of "regret / lament" that name a loss: a condolence, not an apology.
_LOSSES = frozenset({"loss", "death", "passing", "casualty", "toll", "suffering", "demise"})
#: Objects of "bring / raise" that are a figure: "brings the total to".
_TALLIES = frozenset({"total", "number", "toll", "tally", "count", "sum", "figure", "amount",
                      "share", "level"})
#: Heads whose "of" phrase names what is counted ("a total of 40 clinics").
_PARTITIVES = frozenset({"total", "number", "dozen", "dozens", "hundred", "hundreds", "group",
                         "list", "series", "handful", "score"})
#: Nouns in "over / about" that make a clash a dispute ("clashed over the wording").
_DISPUTED = _PROPOSITIONS | frozenset({
    "issue", "question", "matter", "wording", "term", "detail", "future", "role", "way",
    "method", "timetable", "timing", "sequence", "interpretation", "meaning", "definition",
    "language", "text", "draft", "clause", "condition", "demand", "priority", "procedure",
})
#: Partners of "with" that make a clash physical ("clashed with police over prices").
_FORCES = _COMBATANTS | frozenset({"police", "policeman", "officer", "force", "army",
                                   "militia", "rebel", "gunman", "guard", "military"})
#: Measures that target without violence ("targeted for repression", "targeted by sanctions").
_MEASURES = frozenset({
    "sanction", "measure", "repression", "harassment", "criticism", "investigation",
    "prosecution", "surveillance", "restriction", "ban", "tariff", "scrutiny", "audit",
    "deportation", "propaganda", "disinformation", "penalty", "fine", "freeze", "embargo",
    "persecution", "intimidation", "censorship", "discrimination", "arrest", "legislation",
    "law", "order", "decree", "regulation", "rule", "policy", "action", "step", "campaign",
    "advertisement", "ad", "marketing",
})
#: Targets that only a measure can hit: legal and commercial entities, property, sectors.
_LEGAL_TARGETS = frozenset({
    "company", "firm", "bank", "entity", "business", "asset", "account", "exporter",
    "importer", "individual", "oligarch", "sector", "export", "import", "product", "voter",
    "consumer", "customer", "market", "audience", "buyer", "investor", "shareholder",
})
#: Hazards one covers troops from ("shelter soldiers from the stones"): no aid.
_HAZARDS = _MUNITIONS | frozenset({"rain", "sun", "wind", "cold", "heat", "storm", "hail",
                                   "debris", "blast", "shrapnel", "view", "camera"})
#: Travellers going to a crowd event, and the events themselves: no diplomatic visit.
_CROWD_EVENTS = frozenset({"rally", "protest", "demonstration", "march", "vigil", "match",
                           "game", "concert", "festival", "stadium", "polling", "poll"})
_TRAVEL = frozenset({"arrive", "head", "travel", "fly", "go", "come", "return", "land", "reach",
                     "leave", "visit", "journey"})
_MEETINGS = frozenset({"talk", "table", "negotiation", "meeting", "summit", "conference"})
_CROWD = frozenset({"supporter", "protester", "protestor", "demonstrator", "voter", "pilgrim",
                    "crowd", "fan", "spectator", "marcher", "mourner", "student"})


def _objects(verb: Token) -> list[Token]:
    """Direct objects of the verb, or its passive subject, with their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    heads += [g for h in heads if h.lemma_.lower() in _PARTITIVES  # "a total of 65 firms"
              for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return [*heads, *(c for h in heads for c in h.conjuncts)]


def _prep_objects(verb: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the verb's prepositions in ``preps`` (and of its agent "by")."""
    out: list[Token] = []
    for child in verb.children:
        if child.lower_ in preps and child.dep_ in {"prep", "agent"}:
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _lemmas(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens}


def opposing_offer(verb: Token) -> bool:
    """Whether "offer" gives resistance or opposition ("the guards offered no resistance").

    AGREE needs an offer to cooperate; offering resistance opposes (codebook AGREE).
    """
    return verb.lemma_.lower() == "offer" and bool(_lemmas(_objects(verb)) & _OPPOSING_OFFERS)


def condolence(verb: Token) -> bool:
    """Whether "regret" mourns a loss ("regretted the loss of the crew"), not an apology.

    CONCEDE apologize needs the speaker to own a fault; regretting a death is a condolence.
    """
    return verb.lemma_.lower() in {"regret", "lament"} and bool(
        _lemmas(_objects(verb)) & _LOSSES)


def tally(verb: Token) -> bool:
    """Whether "bring / raise" moves a figure ("this funding brings the total aid to"): no AID."""
    if verb.lemma_.lower() not in {"bring", "raise", "push", "take"}:
        return False
    objects = _objects(verb)
    modifiers = [c for o in objects for c in o.children if c.dep_ in {"amod", "compound"}]
    return bool(_lemmas(objects) & _TALLIES or _lemmas(modifiers) & {"total", "cumulative"})


def verbal_clash(verb: Token) -> bool:
    """Whether "clash / spar over" a question is a dispute, not fighting (ASSAULT).

    "The government and the rebels clashed over how to disarm": the "over / about / on"
    phrase is a question or a proposal (a clause, or a noun like plan or wording) and no armed
    party is the partner. "Protesters clashed with police over fuel prices" stays ASSAULT.
    """
    if verb.lemma_.lower() not in {"clash", "spar", "wrangle", "tussle", "feud"}:
        return False
    if _lemmas(_prep_objects(verb, frozenset({"with", "against"}))) & _FORCES:
        return False
    for child in verb.children:
        if child.lower_ in {"over", "about", "on"} and child.dep_ == "prep":
            if any(c.dep_ == "pcomp" for c in child.children):
                return True  # "over how to incorporate the rebels"
            if _lemmas([c for c in child.children if c.dep_ == "pobj"]) & _DISPUTED:
                return True
    return False


def non_violent_target(verb: Token) -> bool:
    """Whether "target" aims a measure, not force (ASSAULT needs violence).

    "Was targeted for repression", "targeted by sanctions", "the new rules target foreign
    banks", "65 companies are being targeted": the purpose or agent is a measure, or the
    target is a legal or commercial entity. "Drones targeted the depot" stays ASSAULT.
    """
    if verb.lemma_.lower() != "target":
        return False
    if _lemmas(_prep_objects(verb, frozenset({"for", "by", "with"}))) & _MEASURES:
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in _MEASURES:
        return True
    return bool(_lemmas(_objects(verb)) & _LEGAL_TARGETS)


def physical_cover(verb: Token) -> bool:
    """Whether "shelter / shield" covers forces from a hazard ("shelter soldiers from stones").

    AID helps a population or a party in need; forces covering their own from projectiles or
    weather give no aid. "Sheltered the refugees from the storm" stays AID.
    """
    if verb.lemma_.lower() not in {"shelter", "shield", "cover", "protect"}:
        return False
    if not _lemmas(_objects(verb)) & _FORCES:
        return False
    for hazard in _prep_objects(verb, frozenset({"from", "against"})):
        inner = [g for c in hazard.children if c.dep_ == "prep" for g in c.children]
        if _lemmas([hazard, *inner]) & _HAZARDS:
            return True  # "from the rocks", "from a hail of rocks"
    return False


def going_home_or_to_a_crowd(verb: Token) -> bool:
    """Whether a travel verb returns home or takes a crowd to a rally: no visit (CONSULT).

    "He arrived back in his country", "flew home", "supporters heading to a rally": a visit
    needs visitors who go to meet a host.
    """
    if verb.lemma_.lower() not in _TRAVEL:
        return False
    places = _lemmas(_prep_objects(verb, frozenset({"to", "for", "in", "at"})))
    if places & _MEETINGS:
        return False  # "came back to the negotiating table"
    if any(c.lower_ in {"back", "home"} and c.dep_ in {"prt", "advmod", "npadvmod"}
           for c in verb.children):
        return True
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head  # "supporters heading to a rally"
    return (subj is not None and subj.lemma_.lower() in _CROWD) or bool(places & _CROWD_EVENTS)


def press_corps(verb: Token) -> bool:
    """Whether "press" is the news media misread as a verb ("in remarks to press").

    REQUEST press needs someone pressed or something pressed for ("pressed Ruritania to
    release them", "pressed for talks"); with neither it is the noun.
    """
    if verb.lemma_.lower() != "press" or verb.pos_ == "NOUN":
        return False
    return not any(c.dep_ in {"dobj", "prt", "xcomp", "ccomp", "nsubj", "nsubjpass", "dative"}
                   or (c.dep_ == "prep" and c.lower_ in {"for", "on", "ahead", "with"}
                       and not _dated(c))
                   for c in verb.children)


def shows_something(verb: Token) -> bool:
    """Whether "demonstrate" means *show*: it has an object or a clause (no PROTEST).

    "The launch demonstrates the country's skill in rocketry", "has demonstrated restraint",
    "demonstrated that the plan works": a street demonstration takes no object.
    """
    return verb.lemma_.lower() == "demonstrate" and verb.pos_ == "VERB" and any(
        c.dep_ in {"dobj", "ccomp", "nsubjpass"} for c in verb.children)


def backing_attribute(verb: Token) -> bool:
    """Whether "backed / supported by X" only describes whom X backs (no SUPPORT act).

    "Militias backed by Ruritania still hold three ports", "a column supported by allied
    tanks moved north": a participle on a noun names an alliance in force, an
    attribute of the group (events guideline 1c: states and attributes are not coded);
    "Ruritania backed the rebels" and "a plan backed by the council on Monday" stay.
    """
    return (verb.lemma_.lower() in {"back", "support"} and verb.dep_ == "acl"
            and verb.tag_ == "VBN" and not any(
                t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree))


def _dated(prep: Token) -> bool:
    """Whether a preposition's object is a date or time ("on Monday")."""
    return any(o.ent_type_ in {"DATE", "TIME"} for o in prep.children if o.dep_ == "pobj")


_BY_CATEGORY = {
    "AGREE": (opposing_offer,),
    "CONCEDE": (condolence,),
    "AID": (tally, physical_cover),
    "ASSAULT": (verbal_clash, non_violent_target, natural_cause),
    "CONSULT": (going_home_or_to_a_crowd, demand_call),
    "COERCE": (kept_in_state, occupied_state),
    "PROTEST": (shows_something,),
    "SUPPORT": (backing_attribute,),
    "REQUEST": (press_corps,),
}


def other_sense(category: str, trigger: Token) -> bool:
    """Whether a trigger of ``category`` is used in a sense that is not that event.

    Dispatches to the sense tests above by the trigger's PLOVER category.

    Args:
        category: The PLOVER category the trigger would code.
        trigger: The trigger token.

    Returns:
        True when one of the category's sense tests finds the other sense.
    """
    return any(test(trigger) for test in _BY_CATEGORY.get(category, ()))

"""Word lists of the quotes stage: reporting verbs, characterizing verbs, speaker nouns."""

from __future__ import annotations

from ..vocabulary import words

__all__ = [
    "ALL_CUES",
    "CARRIED_NOUNS",
    "CHARACTERIZE_VERBS",
    "DOCUMENT_NOUNS",
    "INDIRECT_ONLY_VERBS",
    "INTRO_VERBS",
    "NAMING_VERBS",
    "NON_PERSON_NOUNS",
    "OUTLET_NOUNS",
    "PERSON_NOUNS",
    "PERSON_PRONOUNS",
    "PUBLISHED_NOUNS",
    "QUESTION_VERBS",
    "QUOTE_ONLY_VERBS",
    "RANK_WORDS",
    "RELATIVE_PRONOUNS",
    "REPORT_VERBS",
    "THING_PRONOUNS",
    "URGE_VERBS",
    "words",
]


#: Verbs that introduce a direct quotation or a reported ("that") clause.
REPORT_VERBS = words(
    """
    say tell add state announce claim note warn argue insist explain report confirm deny
    acknowledge write tweet post assert stress emphasize emphasise suggest predict allege
    reiterate declare promise pledge vow ask recall admit complain testify respond reply
    indicate mention observe remark comment conclude disclose reveal signal continue agree
    contend maintain concede lament boast joke caution charge counter urge demand estimate
    reaffirm affirm underscore underline assure inform notify recommend propose express
    shout chant yell confide fret recount proclaim interject chime wonder read quip retort
    exclaim muse scoff snap clarify assess determine
    """
)

#: Reporting verbs that only count with a quotation (never open an indirect clause).
QUOTE_ONLY_VERBS = words(
    "continue respond reply shout chant yell interject chime wonder read quip retort exclaim "
    "muse scoff snap"
)

#: Reporting verbs of a judgement, finding or evidence: they open an indirect clause but never
#: give quoted words their speaker ("X wrote that the survey indicates the harbor is 'unsafe
#: for large ships'"; "X said an audit determined the accounts were 'deliberately obscured'":
#: the words are X's; "inspectors assessed that the ledgers were incomplete" reports the clause).
INDIRECT_ONLY_VERBS = words("assess determine indicate")

#: Verbs of an account or a question whose wh-clause is what was said ("recounted where the
#: lifeboats drifted", "questioned why the repairs stalled", "asked why ..."); for those not
#: in REPORT_VERBS a wh-clause is the only content they report.
QUESTION_VERBS = words("describe question recount explain ask detail")

#: Verbs whose content is an infinitive: "urged Canada to settle ...".
URGE_VERBS = words("urge ask press encourage implore advise appeal call warn tell")

#: Verbs that frame a partial quote as a description: "described the talks as 'productive'".
CHARACTERIZE_VERBS = words(
    """
    cast describe characterize characterise portray call label dub term brand hail deride
    dismiss denounce slam praise welcome condemn criticize criticise decry accuse deem judge
    """
)

#: Verbs that name or describe what was reported ("calling them a crime"): after a reported
#: clause, their participle is the reporter's, never the clause subject's.
NAMING_VERBS = words("call describe characterize characterise label dub term brand")

#: Verbs of a sentence that introduces the quotation after it ("X spoke to reporters.").
INTRO_VERBS = words("speak talk express write tweet post describe discuss remind recount")

#: Nouns naming a document or message; its author is the speaker.
DOCUMENT_NOUNS = words(
    """
    statement readout report release post tweet message letter communique communiqué
    announcement notice transcript memo declaration note reply response reaction answer
    verdict assessment comment warning summary bulletin
    article editorial commentary column op-ed dispatch
    """
)

#: Document nouns for a piece a publication prints: "an editorial in X" speaks for X (the
#: outlet), where "a statement in parliament" names only where it was made.
PUBLISHED_NOUNS = words("article editorial commentary column op-ed dispatch report story")

#: Nouns that name a publication or broadcaster without its name ("the paper").
OUTLET_NOUNS = words("paper newspaper daily weekly journal magazine broadcaster channel")

#: Things carried in a crowd whose written words are quoted for their bearers.
CARRIED_NOUNS = words("sign banner placard poster billboard")

#: Singular nouns that never stand for a person ("he"/"she" cannot refer to them).
NON_PERSON_NOUNS = words(
    """
    group country nation state side bloc alliance organization organisation body firm
    regime city province region town village kremlin ministry team club coalition
    study survey poll research analysis index tank institute
    """
)

#: Military ranks and civil titles that stand before a name ("Staff Sgt. Natasha Dumig",
#: "CHIEF WARRANT OFFICER 2 NICHOLAS TAYLOR"); abbreviations without their period.
RANK_WORDS = words(
    """
    general lieutenant colonel major captain sergeant corporal specialist private admiral
    commander ensign officer seaman airman marshal brigadier warrant petty chief master
    staff gunnery lance first command senior technical
    gen lt col maj capt cpt sgt cpl spc pvt pfc adm cmdr cdr ens ltc sfc ssg msg sgm csm
    lcpl ssgt tsgt msgt smsgt cmsgt gysgt sra 1sg 1lt 2lt cw2 cw3 cw4 cw5 wo1 pv2 brig
    mr mrs ms dr
    """
)

#: Singular nouns of a person by trade or circumstance (not an office) that he or she can
#: name again: "The sculptor's statue was removed. '...,' she said". Gendered nouns (mother,
#: widow) are left out: they would agree with either pronoun. Nouns ending in "-ee", "-ent"
#: and "-ant" are listed one by one: those endings also end nouns for bodies and places
#: (committee, parliament, restaurant).
PERSON_NOUNS = words(
    """
    author poet writer novelist playwright singer artist musician actor painter filmmaker
    doctor nurse surgeon teacher farmer fisherman journalist reporter photographer student
    survivor witness resident worker driver owner victim teenager patient engineer
    scientist researcher pilot refugee migrant shopkeeper vendor trader
    retiree detainee evacuee returnee trainee employee deportee nominee escapee
    immigrant applicant participant tenant peasant merchant contestant defendant informant
    occupant correspondent opponent foe critic
    """
)

#: Nouns for a head of state by the nature of the office, not a title written before a name:
#: "the former monarch" names again "King X"; read with the shared role nouns when a definite
#: description continues the person who spoke just before, if that person bears a
#: ``ROYAL_TITLES`` word ("the ruler" does not name again "Prime Minister X").
RULER_NOUNS = words("monarch ruler")
ROYAL_TITLES = words(
    "king queen emir emira sultan sultana emperor empress prince princess sheikh sheikha "
    "monarch ruler shah tsar czar maharaja"
)

#: Personal pronouns that can stand for a speaker.
PERSON_PRONOUNS = words("he she")

#: Pronouns standing for organizations or states.
THING_PRONOUNS = words("it they we")

#: Relative pronouns: the speaker is the noun the relative clause hangs on.
RELATIVE_PRONOUNS = words("who which that")

#: Every lemma that can be a cue.
ALL_CUES = REPORT_VERBS | URGE_VERBS | CHARACTERIZE_VERBS


#: Nouns ending in "-ent", "-ant" or "-ee" that name a thing, a body, an event or a place,
#: never a person ("restaurant Casa Lupo", "committee Harbor Works", "energy giant X"). Nouns
#: ending in "-ment" (parliament, movement, settlement, agreement) are left out by their ending.
NON_PERSON_AGENT_NOUNS = words(
    """
    committee jubilee decree degree guarantee fee coffee restaurant plant giant event
    incident accident continent covenant pageant grant patent percent current extent
    content constant instant talent component element segment
    """
)

#: Nouns of places and administrative units that end a place's name ("Orange County").
PLACE_NAME_WORDS = words(
    """
    county district province region state city town village valley island islands port
    bay river lake mountain mountains heights strait gulf sea coast street avenue square
    """
)

"""Build `round17.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 17 takes its stories from the search store, as rounds 7-16 (the VOA corpus pool has no
international-relations story left without development-gold sentences). The texts are kept
readable in `round17_stories_source.txt`; this script first rebuilds `round17-stories.jsonl` from
it (`common.write_stories`: every paragraph found in the source, a truncated text ending at a
complete sentence), then resolves the annotation written below against those texts
(`common.write_and_check`, the builder of rounds 9-15: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It imports round 9's builder
for its paths (round 9's files are not rewritten) and does not import wirecoder. Run from the
repository root:

    python data/gold/spotcheck/build_round17.py

Fields are those of rounds 3-15 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05; signing
an agreement is SUPPORT, agreeing to terms AGREE, its point 15; a conviction with a prison term is
SANCTION/convict and also COERCE/arrest, pardons are CONCEDE, releases RETREAT/release, its point
9). An actor or recipient named only in an earlier sentence is listed in `context_mentions`. No
flag is pre-registered as "right only if flagged".

The spot check's sentence splitter (`common.sentences`) splits after "Mr." (stories 123344 and
honduras-sanctions-2009): each "Mr." ends a sentence and "Netanyahu ..." / "Zelaya ..." start the
next one. Events are anchored on the sentence that holds their trigger; the bare "Mr." sentence
of 123344 and the fragments "Zelaya to power." / "Zelaya to return ..." hold no event.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round17_stories_source.txt"
STORIES_JSONL = f"{HERE}/round17-stories.jsonl"
STORIES = ["1707924", "2980574", "123344", "139040", "1882875", "honduras-sanctions-2009"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ---- 1707924 (US calls on Rwanda to end M23 support, 2013)
S = "1707924"
A0 = "The Obama administration wants Rwanda"
ev(
    S,
    A0,
    "wants Rwanda to stop backing Congolese rebels",
    "REQUEST",
    "",
    ["USA"],
    ["The Obama administration"],
    ["RWA"],
    ["Rwanda"],
    note="the US demands that Rwanda stop backing the M23: REQUEST (the lead's telling of the "
    "State Department statement)",
)
ev(
    S,
    A0,
    "backing Congolese rebels",
    "AID",
    "",
    ["RWA"],
    ["Rwanda"],
    ["COD"],
    ["Congolese rebels"],
    optional=True,
    accept_types=["SUPPORT"],
    note="Rwanda's backing of the rebels is the content of the demand (guideline 2): optional; "
    "rebels are coded by their country",
)
A1 = "State Department spokeswoman Jen Psaki"
ev(
    S,
    A1,
    "said the country needs to cut off",
    "REQUEST",
    "",
    ["USA"],
    ["State Department spokeswoman Jen Psaki"],
    ["RWA"],
    ["the country"],
    optional=True,
    note="the same demand told again (the country = Rwanda, sentence 0): optional, required in "
    "sentences 0 and 3",
)
ev(
    S,
    A1,
    "fighting with government troops",
    "ASSAULT",
    "",
    ["COD"],
    ["Democratic Republic of Congo's M23 rebellion"],
    ["COD"],
    ["government troops"],
    accept_recipient=[[]],
    note="fighting between the M23 and Congolese troops, both parties named: ASSAULT, domestic "
    "(COD -> COD; the reciprocal reading, COD with no recipient, accepted)",
)
ev(
    S,
    A1,
    "has driven a new wave of refugees into border towns",
    "SANCTION",
    "expel",
    ["COD"],
    ["Democratic Republic of Congo's M23 rebellion"],
    [],
    [],
    optional=True,
    note="refugees displaced by the fighting (guideline 12: SANCTION/expel with the parties as "
    "actor): optional",
)
ev(
    S,
    "The announcement comes two days before",
    "is scheduled to chair a special session",
    "AGREE",
    "",
    ["USA"],
    ["Secretary of State John Kerry"],
    ["UNO"],
    ["U.N. Security Council"],
    optional=True,
    future=True,
    accept_types=["CONSULT"],
    accept_recipient=[[]],
    note="a planned Security Council session chaired by Kerry: AGREE future=true (CONSULT "
    "accepted); optional",
)
A3 = '"We call upon Rwanda'
ev(
    S,
    A3,
    "We call upon Rwanda",
    "REQUEST",
    "",
    ["USA"],
    ["she"],
    ["RWA"],
    ["Rwanda"],
    note="Psaki's (she) call on Rwanda to end support, withdraw personnel and keep its "
    "commitments: REQUEST; the demanded acts are its content (guideline 2)",
)
ev(
    S,
    A3,
    "Rwanda's support for the rebels",
    "AID",
    "",
    ["RWA"],
    ["Rwanda"],
    ["COD"],
    ["the rebels"],
    optional=True,
    accept_types=["SUPPORT"],
    note="narrated background nominal (the support that weakened the framework): optional",
)
A4 = "\"M23's renewed fighting"
ev(
    S,
    A4,
    "M23's renewed fighting",
    "ASSAULT",
    "",
    ["COD"],
    ["M23"],
    [],
    [],
    optional=True,
    accept_recipient=[["COD"]],
    note="nominal re-mention of the M23's fighting (sentence 1): optional",
)
ev(
    S,
    A4,
    "seriously undermines",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["Psaki"],
    ["COD"],
    ["M23"],
    optional=True,
    note="Psaki's criticism of the M23's fighting (speaker named in sentence 3): optional",
)
A5 = "Psaki also cited a Human Rights Watch investigation"
ev(
    S,
    A5,
    "cited a Human Rights Watch investigation",
    "ACCUSE",
    "allege",
    ["USA"],
    ["Psaki"],
    ["RWA"],
    ["Rwanda"],
    accept_actor=[["NGO"], ["USA", "NGO"]],
    accept_types=[],
    note="the US spokeswoman cites HRW's findings against Rwanda: ACCUSE/allege (HRW as actor "
    "accepted); the aid to the rebels is the content (guideline 2)",
)
ev(
    S,
    A5,
    "has provided ammunition, food and training to the rebels",
    "AID",
    "",
    ["RWA"],
    ["Rwanda"],
    ["COD"],
    ["the rebels"],
    optional=True,
    accept_types=["SUPPORT"],
    note="content of the accusation: optional",
)
ev(
    S,
    "Psaki called findings of the report",
    "called findings of the report",
    "SUPPORT",
    "",
    ["USA"],
    ["Psaki"],
    ["NGO"],
    ["New York-based rights group"],
    optional=True,
    accept_types=["ACCUSE"],
    accept_recipient=[[], ["RWA"]],
    note="Psaki endorses the HRW findings ('a very powerful case'): SUPPORT, or ACCUSE of Rwanda; "
    "optional",
)
A7 = "The United States has largely avoided"
ev(
    S,
    A7,
    "avoided publicly accusing Rwanda",
    "ACCUSE",
    "allege",
    ["USA"],
    ["The United States"],
    ["RWA"],
    ["Rwanda"],
    optional=True,
    negated=True,
    note="the US has largely not accused Rwanda publicly: a negated ACCUSE, optional",
)
ev(
    S,
    A7,
    "allegations by the United Nations",
    "ACCUSE",
    "allege",
    ["UNO"],
    ["United Nations"],
    ["RWA"],
    ["Rwanda"],
    note="UN allegations that Rwanda backs the M23 (European allies are a construct, not "
    "coded): ACCUSE/allege",
)
A8 = "Washington did suspend military assistance"
ev(
    S,
    A8,
    "did suspend military assistance to Kigali",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["Washington"],
    ["RWA"],
    ["Kigali"],
    note="the US suspended military aid to Rwanda: SANCTION (guideline 8)",
)
ev(
    S,
    A8,
    "a U.N. report last June that linked Rwandan defense officials to the group",
    "ACCUSE",
    "allege",
    ["UNO"],
    ["U.N."],
    ["RWA"],
    ["Rwandan defense officials"],
    note="a UN report linking Rwandan defense officials to the M23: ACCUSE/allege (a report "
    "is an allegation; ACCUSE/investigate is the same type)",
)

# ---- 2980574 (Russia and Estonia swap two men, 2015)
S = "2980574"
ev(
    S,
    "Russia and Estonia exchanged two men",
    "exchanged two men",
    "RETREAT",
    "release",
    ["RUS", "EST"],
    ["Russia", "Estonia"],
    [],
    [],
    accept_types=["COOPERATE"],
    note="a carried-out prisoner exchange: each side releases a prisoner, reciprocal "
    "RETREAT/release (guideline 9 and 16; COOPERATE accepted)",
)
A1 = "Russia released Eston Kohver"
ev(
    S,
    A1,
    "Russia released Eston Kohver",
    "RETREAT",
    "release",
    ["RUS"],
    ["Russia"],
    ["EST"],
    ["Eston Kohver"],
    accept_types=["COOPERATE"],
    note="Russia releases the Estonian officer: RETREAT/release",
)
ev(
    S,
    A1,
    "detained last year",
    "COERCE",
    "arrest",
    [],
    [],
    ["EST"],
    ["an Estonian security officer"],
    optional=True,
    accept_actor=[["RUS"]],
    note="background: Kohver's detention in 2014, detainer not named here: optional",
)
ev(
    S,
    A1,
    "in exchange for Alexei Dressen",
    "RETREAT",
    "release",
    [],
    [],
    ["EST"],
    ["Alexei Dressen"],
    optional=True,
    accept_actor=[["EST"]],
    accept_recipient=[["RUS"], []],
    accept_types=["COOPERATE"],
    note="Dressen's release by Estonia, implied by 'in exchange for': optional",
)
ev(
    S,
    A1,
    "convicted of treason",
    "SANCTION",
    "convict",
    [],
    [],
    ["EST"],
    ["a former Estonian official"],
    optional=True,
    accept_actor=[["EST"]],
    note="background: Dressen's conviction (told again in sentence 3): optional",
)
A2 = "The swap took place on a bridge"
ev(
    S,
    A2,
    "The swap took place",
    "RETREAT",
    "release",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["RUS", "EST"]],
    accept_types=["COOPERATE"],
    note="retelling of the swap: optional",
)
ev(
    S,
    A2,
    "wrote a pardon for Kohver",
    "CONCEDE",
    "",
    ["RUS"],
    ["Russian President Vladimir Putin"],
    ["EST"],
    ["Kohver"],
    note="Putin pardons the Estonian officer: CONCEDE (guideline 9)",
)
ev(
    S,
    A2,
    "pardoned Dressen",
    "CONCEDE",
    "",
    ["EST"],
    ["Estonian President Toomas Hendrik Ilves"],
    ["EST"],
    ["Dressen"],
    accept_recipient=[[]],
    note="Ilves pardons Dressen (an Estonian who spied for Russia; coded EST): CONCEDE",
)
A3 = "Russia sentenced Kohver in August"
ev(
    S,
    A3,
    "Russia sentenced Kohver in August to 15 years' hard labor",
    "SANCTION",
    "convict",
    ["RUS"],
    ["Russia"],
    ["EST"],
    ["Kohver"],
    accept_types=["COERCE"],
    note="a sentence to 15 years' hard labour: SANCTION/convict (COERCE/arrest, its other half "
    "under guideline 9, accepted and listed as optional)",
)
ev(
    S,
    A3,
    "15 years' hard labor",
    "COERCE",
    "arrest",
    ["RUS"],
    ["Russia"],
    ["EST"],
    ["Kohver"],
    optional=True,
    note="the prison term of the conviction (guideline 9): optional second event",
)
ev(
    S,
    A3,
    "Estonia convicted Dressen in 2012",
    "SANCTION",
    "convict",
    ["EST"],
    ["Estonia"],
    ["EST"],
    ["Dressen"],
    accept_types=["COERCE"],
    accept_recipient=[[]],
    note="Estonia convicts Dressen (domestic, EST -> EST): SANCTION/convict",
)
ev(
    S,
    A3,
    "sentenced him to 16 years in prison",
    "COERCE",
    "arrest",
    ["EST"],
    ["Estonia"],
    ["EST"],
    ["him"],
    optional=True,
    accept_recipient=[[]],
    note="the prison term (guideline 9): optional second event",
)
A4 = "Estonia had maintained that Kohver was abducted"
ev(
    S,
    A4,
    "had maintained",
    "ACCUSE",
    "allege",
    ["EST"],
    ["Estonia"],
    [],
    [],
    accept_recipient=[["RUS"]],
    note="Estonia's claim that Kohver was abducted (by Russia, not named as actor here): "
    "ACCUSE/allege, empty recipient (RUS accepted); the abduction is the content",
)
ev(
    S,
    A4,
    "was abducted",
    "ASSAULT",
    "abduct",
    [],
    [],
    ["EST"],
    ["Kohver"],
    optional=True,
    accept_actor=[["RUS"]],
    accept_types=["COERCE"],
    note="content of Estonia's claim (guideline 2): optional",
)
A5 = "Russia had said he was detained"
ev(
    S,
    A5,
    "Russia had said he was detained on its side of the border",
    "REJECT",
    "",
    ["RUS"],
    ["Russia"],
    ["EST"],
    ["Estonia"],
    accept_types=["ACCUSE"],
    accept_recipient=[[]],
    note="Russia's counter-version denies Estonia's abduction claim: REJECT (guideline 14; "
    "ACCUSE accepted)",
)
ev(
    S,
    A5,
    "was detained",
    "COERCE",
    "arrest",
    ["RUS"],
    ["Russia"],
    ["EST"],
    ["he"],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[[]],
    note="Kohver's detention as Russia tells it: optional",
)
ev(
    S,
    "Estonian authorities arrested Dressen",
    "arrested Dressen",
    "COERCE",
    "arrest",
    ["EST"],
    ["Estonian authorities"],
    ["EST"],
    ["Dressen"],
    accept_recipient=[[]],
    note="the 2012 arrest of Dressen: COERCE/arrest (domestic)",
)
ev(
    S,
    "Russia is still holding other suspected spies",
    "is still holding",
    "COERCE",
    "arrest",
    ["RUS"],
    ["Russia"],
    ["LTU"],
    ["Lithuanian nationals"],
    optional=True,
    note="ongoing detention of Lithuanians, told as a state: optional",
)

# ---- 123344 (UN seeks calm on Israel-Lebanon border, 2010)
S = "123344"
ev(
    S,
    "The United Nations is seeking to calm tensions",
    "is seeking to calm tensions",
    "CONSULT",
    "mediate",
    ["UNO"],
    ["The United Nations"],
    ["ISR", "LBN"],
    ["Israel", "Lebanon"],
    accept_types=["REQUEST", "COOPERATE"],
    accept_recipient=[[]],
    note="UN mediation between Israel and Lebanon: CONSULT/mediate (REQUEST, COOPERATE "
    "accepted; no recipient accepted)",
)
A1 = "United Nations, Israeli, and Lebanese commanders met"
ev(
    S,
    A1,
    "met in South Lebanon",
    "CONSULT",
    "",
    ["UNO", "ISR", "LBN"],
    ["United Nations", "Israeli", "Lebanese"],
    [],
    [],
    note="tripartite meeting of UN, Israeli and Lebanese commanders: reciprocal CONSULT",
)
ev(
    S,
    A1,
    "the deadliest border clash in four years",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["ISR", "LBN"], ["LBN"], ["ISR"]],
    accept_recipient=[["ISR"], ["LBN"]],
    note="nominal mention of the clash, no party named in the phrase: optional",
)
ev(
    S,
    "UNIFIL, the U.N. peacekeeping force",
    "urged both sides",
    "REQUEST",
    "",
    ["UNO"],
    ["UNIFIL"],
    ["ISR", "LBN"],
    ["both sides", "both sides"],
    accept_recipient=[[]],
    note="UNIFIL urges Israel and Lebanon (both sides) to avoid escalation: REQUEST",
)
A4 = "UNIFIL has been in contact"
ev(
    S,
    A4,
    "has been in contact",
    "CONSULT",
    "",
    ["UNO"],
    ["UNIFIL"],
    ["LBN", "ISR"],
    ["Lebanese", "Israeli"],
    optional=True,
    accept_recipient=[["LBN"], ["ISR"]],
    note="UNIFIL's contacts with both armies: optional",
)
ev(
    S,
    A4,
    "urging maximum restraint",
    "REQUEST",
    "",
    ["UNO"],
    ["UNIFIL"],
    ["LBN", "ISR"],
    ["Lebanese", "Israeli"],
    optional=True,
    note="the appeal of sentence 2 told again in the quote: optional",
)
ev(
    S,
    "Tensions soared Tuesday",
    "killed a senior Israeli officer",
    "ASSAULT",
    "",
    ["LBN"],
    ["Lebanese"],
    ["ISR"],
    ["Israeli"],
    note="a Lebanese army sniper kills an Israeli officer: ASSAULT",
)
ev(
    S,
    "Israel retaliated with tank fire",
    "retaliated with tank fire and an air strike",
    "ASSAULT",
    "",
    ["ISR"],
    ["Israel"],
    ["LBN"],
    ["Lebanese"],
    note="Israeli tank fire and air strike killing Lebanese soldiers and a journalist: ASSAULT",
)
A8 = "UNIFIL later determined"
ev(
    S,
    A8,
    "denying Lebanese claims",
    "REJECT",
    "",
    ["UNO"],
    ["UNIFIL"],
    ["LBN"],
    ["Lebanese"],
    accept_types=["ACCUSE"],
    note="UNIFIL's finding rejects Lebanon's claim that Israeli forces crossed: REJECT (its "
    "finding as ACCUSE/investigate accepted)",
)
ev(
    S,
    A8,
    "Lebanese claims that they had crossed the border",
    "ACCUSE",
    "allege",
    ["LBN"],
    ["Lebanese"],
    ["ISR"],
    ["Israeli"],
    note="the rejected allegation has a named author, Lebanon (guideline 2): ACCUSE/allege of "
    "Israel (they = Israeli forces)",
)
A9 = "The U.S. State Department described"
ev(
    S,
    A9,
    "described the Lebanese fire on Israeli troops as",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["The U.S. State Department"],
    ["LBN"],
    ["Lebanese"],
    note="the US calls the Lebanese fire 'wholly unjustified and unwarranted': ACCUSE/disapprove",
)
ev(
    S,
    A9,
    "the Lebanese fire on Israeli troops",
    "ASSAULT",
    "",
    ["LBN"],
    ["Lebanese"],
    ["ISR"],
    ["Israeli"],
    optional=True,
    note="nominal re-mention of the shooting (sentence 5): optional",
)
ev(
    S,
    "In Jerusalem, Israeli Prime Minister",
    "issued a stern warning",
    "THREATEN",
    "",
    ["ISR"],
    ["Israeli Prime Minister Benjamin Netanyahu"],
    [],
    [],
    accept_recipient=[["LBN"]],
    note="Netanyahu's warning (its addressee, Lebanon, is named in sentence 13): THREATEN, "
    "empty recipient (LBN accepted)",
)
A11 = "He said Israel holds the government of Lebanon responsible"
ev(
    S,
    A11,
    "holds the government of Lebanon responsible",
    "ACCUSE",
    "allege",
    ["ISR"],
    ["Israel"],
    ["LBN"],
    ["the government of Lebanon"],
    note="Israel blames Lebanon's government for the attack: ACCUSE/allege",
)
ev(
    S,
    A11,
    "the violent provocation",
    "ASSAULT",
    "",
    [],
    [],
    ["ISR"],
    ["Israeli"],
    optional=True,
    accept_actor=[["LBN"]],
    note="the attack as named in the accusation (content): optional",
)
ev(
    S,
    "Netanyahu warned Lebanon",
    "warned Lebanon not to test Israel's resolve",
    "THREATEN",
    "",
    ["ISR"],
    ["Netanyahu"],
    ["LBN"],
    ["Lebanon"],
    note="threat of a harsh military response to further attacks: THREATEN (a conditional "
    "threat, guideline 5)",
)
ev(
    S,
    "Lebanese officials continue to insist",
    "continue to insist",
    "ACCUSE",
    "allege",
    ["LBN"],
    ["Lebanese officials"],
    ["ISR"],
    ["Israeli"],
    accept_types=["REJECT"],
    note="Lebanon maintains that Israeli forces crossed into its territory: ACCUSE/allege "
    "(its implied rejection of UNIFIL's finding as REJECT accepted)",
)
A16 = "In 2006, a deadly cross-border raid"
ev(
    S,
    A16,
    "a deadly cross-border raid by Hezbollah guerrillas",
    "ASSAULT",
    "",
    ["LBN"],
    ["Hezbollah guerrillas"],
    [],
    [],
    optional=True,
    accept_recipient=[["ISR"]],
    note="background (2006): Hezbollah (coded LBN) raid: optional",
)
ev(
    S,
    A16,
    "a 34-day Israeli air and ground assault on Lebanon",
    "ASSAULT",
    "",
    ["ISR"],
    ["Israeli"],
    ["LBN"],
    ["Lebanon"],
    optional=True,
    note="background (2006 war): optional",
)

# ---- 139040 (Thailand, Cambodia accept observers, 2011)
S = "139040"
ev(
    S,
    "Ahead of a regional summit",
    "agreed to allow Indonesian monitors",
    "AGREE",
    "",
    ["THA", "KHM"],
    ["Thailand", "Cambodia"],
    [],
    [],
    accept_recipient=[["IDN"]],
    note="Thailand and Cambodia agree to Indonesian observers: AGREE (Indonesia as recipient "
    "accepted)",
)
ev(
    S,
    "Ahead of a regional summit",
    "Indonesian monitors to go to the border",
    "AID",
    "",
    ["IDN"],
    ["Indonesian"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["MOBILIZE", "COOPERATE"],
    accept_recipient=[["THA", "KHM"]],
    note="the planned observer deployment (guideline 12: protective deployment is AID), content "
    "of the agreement: optional",
)
A1 = "In his role as the chairman"
ev(
    S,
    A1,
    "ASEAN's efforts to mediate",
    "CONSULT",
    "mediate",
    ["IGO"],
    ["ASEAN"],
    ["THA", "KHM"],
    ["Thai", "Cambodia"],
    accept_actor=[["IDN"], ["IGO", "IDN"]],
    accept_recipient=[[]],
    note="ASEAN's mediation between the two states (chaired by Indonesia): CONSULT/mediate; "
    "Indonesia as actor accepted",
)
ev(
    S,
    A1,
    "Thai-Cambodia border conflict",
    "ASSAULT",
    "",
    ["THA", "KHM"],
    ["Thai", "Cambodia"],
    [],
    [],
    optional=True,
    note="the border conflict as a topic nominal: optional",
)
A2 = '"I can report to all of you'
ev(
    S,
    A2,
    "the two sides have agreed to the terms of reference",
    "AGREE",
    "",
    ["THA", "KHM"],
    ["the two sides", "the two sides"],
    [],
    [],
    optional=True,
    accept_recipient=[["IDN"]],
    note="the agreement of sentence 0 in Natalegawa's words: optional",
)
ev(
    S,
    A2,
    "we have been discussing for several weeks now",
    "CONSULT",
    "",
    ["IDN"],
    ["we"],
    [],
    [],
    optional=True,
    accept_actor=[["IDN", "THA", "KHM"]],
    accept_types=["AGREE"],
    note="weeks of talks on the observer team: optional",
)
ev(
    S,
    '"That is a done thing',
    "the negotiations have been concluded",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["THA", "KHM"]],
    accept_types=["CONSULT"],
    note="the negotiations concluded (parties not named in the sentence): optional",
)
ev(
    S,
    "Cambodia has formally acceded",
    "formally acceded or formally agreed",
    "AGREE",
    "",
    ["KHM"],
    ["Cambodia"],
    [],
    [],
    accept_types=["SUPPORT"],
    accept_recipient=[["IDN"], ["IGO"]],
    note="Cambodia formally accepts the terms of reference: AGREE (SUPPORT accepted for the "
    "formal accession)",
)
A5 = "Thailand has also agreed to it"
ev(
    S,
    A5,
    "Thailand has also agreed to it",
    "AGREE",
    "",
    ["THA"],
    ["Thailand"],
    [],
    [],
    accept_recipient=[["IDN"], ["IGO"]],
    note="Thailand agrees to the terms of reference: AGREE",
)
ev(
    S,
    A5,
    "are yet to fully conclude the formal exchange of documents",
    "SUPPORT",
    "",
    ["THA"],
    ["they"],
    [],
    [],
    optional=True,
    negated=True,
    accept_types=["AGREE"],
    note="the formal exchange (signing) not yet done: negated SUPPORT, optional",
)
ev(
    S,
    "The terms of reference include",
    "will be dispatched",
    "AID",
    "",
    ["IDN"],
    ["Indonesian"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["MOBILIZE", "COOPERATE"],
    note="content of the terms (observers to be dispatched): optional",
)
ev(
    S,
    "Since February, more than 20 people have died",
    "repeated clashes",
    "ASSAULT",
    "",
    ["THA", "KHM"],
    ["the two ASEAN members", "the two ASEAN members"],
    [],
    [],
    note="repeated Thai-Cambodian border clashes since February, the parties named as 'the two "
    "ASEAN members': reciprocal ASSAULT",
)

# ---- 1882875 (Koreas exchange artillery fire, China, 2014)
S = "1882875"
A0 = "China is calling for calm"
ev(
    S,
    A0,
    "is calling for calm",
    "REQUEST",
    "",
    ["CHN"],
    ["China"],
    [],
    [],
    accept_recipient=[["PRK", "KOR"], ["PRK"], ["KOR"]],
    note="China appeals for calm on the peninsula: REQUEST, no addressee named (the Koreas "
    "accepted)",
)
ev(
    S,
    A0,
    "North Korea fired artillery near the South’s maritime border",
    "MOBILIZE",
    "",
    ["PRK"],
    ["North Korea"],
    ["KOR"],
    ["South’s"],
    accept_types=["ASSAULT", "THREATEN"],
    accept_recipient=[[]],
    note="North Korea's announced live-fire drill with shells into South Korean waters "
    "(guideline 12: firing drills are MOBILIZE); ASSAULT and THREATEN accepted",
)
ev(
    S,
    A0,
    "Seoul responded by firing back",
    "ASSAULT",
    "",
    ["KOR"],
    ["Seoul"],
    ["PRK"],
    ["North Korea"],
    accept_types=["MOBILIZE"],
    note="South Korea's retaliatory fire (about 300 shells): ASSAULT (MOBILIZE accepted)",
)
A1 = "Pyongyang notified Seoul"
ev(
    S,
    A1,
    "notified Seoul of its plans",
    "CONSULT",
    "",
    ["PRK"],
    ["Pyongyang"],
    ["KOR"],
    ["Seoul"],
    optional=True,
    accept_types=["THREATEN"],
    note="advance notice of the drill: optional",
)
ev(
    S,
    A1,
    "then fired shells in waters that belong to South Korea",
    "MOBILIZE",
    "",
    ["PRK"],
    ["Pyongyang"],
    ["KOR"],
    ["South Korea"],
    optional=True,
    accept_types=["ASSAULT", "THREATEN"],
    note="the firing of sentence 0 told in detail: optional",
)
ev(
    S,
    "He called the action a planned provocation",
    "called the action a planned provocation",
    "ACCUSE",
    "allege",
    ["KOR"],
    ["He"],
    ["PRK"],
    ["the North"],
    accept_types=[],
    note="the South Korean spokesman (He = Kim Min-seok) calls the firing a planned provocation: "
    "ACCUSE",
)
A3 = "Kim said the South, which responded"
ev(
    S,
    A3,
    "responded by firing about 300 shells",
    "ASSAULT",
    "",
    ["KOR"],
    ["the South"],
    [],
    [],
    optional=True,
    accept_types=["MOBILIZE"],
    accept_recipient=[["PRK"]],
    note="the return fire of sentence 0 told again: optional",
)
ev(
    S,
    A3,
    "intended to firmly punish North Korea",
    "THREATEN",
    "",
    ["KOR"],
    ["the South"],
    ["PRK"],
    ["North Korea"],
    optional=True,
    accept_types=["COERCE"],
    note="the stated purpose of the return fire (guideline 3 leaves purposes uncoded): optional",
)
ev(
    S,
    "North Korea does not recognize",
    "does not recognize the “Northern Limit Line,”",
    "REJECT",
    "",
    ["PRK"],
    ["North Korea"],
    [],
    [],
    accept_recipient=[["KOR"]],
    note="North Korea refuses to recognize the sea border (guideline 6a: 'does not recognize' is "
    "REJECT): required, empty recipient (KOR accepted)",
)
ev(
    S,
    "North Korea's sole ally in the region",
    "called for calm and restraint",
    "REQUEST",
    "",
    ["CHN"],
    ["China"],
    [],
    [],
    optional=True,
    accept_recipient=[["PRK", "KOR"], ["PRK"], ["KOR"]],
    note="China's appeal of sentence 0 told again: optional",
)
ev(
    S,
    "In Beijing, Foreign ministry spokesman",
    "said China is concerned",
    "ACCUSE",
    "disapprove",
    ["CHN"],
    ["China"],
    [],
    [],
    optional=True,
    note="China 'concerned' at rising tension, no target named: optional",
)
ev(
    S,
    "He called on all sides",
    "called on all sides",
    "REQUEST",
    "",
    ["CHN"],
    ["He"],
    [],
    [],
    optional=True,
    accept_recipient=[["PRK", "KOR"], ["PRK"], ["KOR"]],
    note="Hong Lei (He) calls on all sides to remain calm: the appeal told a third time, optional",
)
ev(
    S,
    "Beijing has repeatedly stated its concern",
    "stated its concern",
    "ACCUSE",
    "disapprove",
    ["CHN"],
    ["Beijing"],
    [],
    [],
    optional=True,
    note="general statement of concern: optional",
)

# ---- honduras-sanctions-2009 (US readies Honduras sanctions)
S = "honduras-sanctions-2009"
A0 = "The State Department signaled Thursday"
ev(
    S,
    A0,
    "is ready to take tougher action against the defacto leadership in Honduras",
    "THREATEN",
    "",
    ["USA"],
    ["the Obama administration"],
    ["HND"],
    ["Honduras"],
    accept_types=["SANCTION"],
    note="the US signals tougher measures against Honduras's de facto government: THREATEN "
    "(SANCTION accepted)",
)
ev(
    S,
    A0,
    "President Manuel Zelaya's ouster",
    "COERCE",
    "",
    [],
    [],
    ["HND"],
    ["President Manuel Zelaya"],
    optional=True,
    accept_actor=[["HND"]],
    note="background nominal of the June coup (guideline 10: ousters are COERCE): optional",
)
ev(
    S,
    "An Organization of American States diplomatic mission",
    "diplomatic mission to Tegucigalpa",
    "CONSULT",
    "visit",
    ["IGO"],
    ["Organization of American States"],
    ["HND"],
    ["Tegucigalpa"],
    note="the OAS mission's visit to Tegucigalpa (it returned without a deal): CONSULT/visit",
)
A2 = "Officials here say Secretary of State Hillary Clinton"
ev(
    S,
    A2,
    "is expected to make a formal determination",
    "ACCUSE",
    "allege",
    ["USA"],
    ["Secretary of State Hillary Clinton"],
    [],
    [],
    optional=True,
    future=True,
    accept_recipient=[["HND"]],
    note="an expected finding that the ouster was a coup, not yet made: optional, future",
)
ev(
    S,
    A2,
    "the ouster of",
    "COERCE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_recipient=[["HND"]],
    accept_actor=[["HND"]],
    note="nominal re-mention of the ouster: optional",
)
ev(
    S,
    "Zelaya was an extra-legal coup",
    "deep cuts in U.S. aid",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["U.S."],
    [],
    [],
    optional=True,
    future=True,
    accept_recipient=[["HND"]],
    note="aid cuts that a coup finding would set in motion (not yet decided): optional, future",
)
A5 = "Zelaya was arrested by the Honduran military"
ev(
    S,
    A5,
    "was arrested by the Honduran military",
    "COERCE",
    "arrest",
    ["HND"],
    ["Honduran military"],
    ["HND"],
    ["Zelaya"],
    note="the military arrests President Zelaya (28 June): COERCE/arrest (domestic)",
)
ev(
    S,
    A5,
    "deported to Costa Rica",
    "COERCE",
    "deport",
    ["HND"],
    ["Honduran military"],
    ["HND"],
    ["Zelaya"],
    accept_types=["SANCTION"],
    note="Zelaya deported to Costa Rica: COERCE/deport (guideline 8)",
)
ev(
    S,
    A5,
    "the action amounted to a coup",
    "ACCUSE",
    "allege",
    ["USA"],
    ["Obama administration officials"],
    ["HND"],
    ["Honduran military"],
    accept_recipient=[[]],
    note="US officials have been calling the ouster a coup ('Obama administration officials' "
    "begin the sentence cut off by the splitter after 'Mr.', sentence 4): ACCUSE/allege",
)
ev(
    S,
    A5,
    "maintain they acted within the law",
    "REJECT",
    "",
    ["HND"],
    ["officials of the successor administration"],
    [],
    [],
    accept_recipient=[["USA"]],
    accept_types=["ACCUSE"],
    note="the interim government denies that it staged a coup: REJECT (guideline 14), empty "
    "recipient (USA accepted)",
)
A6 = "But the State Department withheld"
ev(
    S,
    A6,
    "withheld a formal determination of a coup",
    "ACCUSE",
    "allege",
    ["USA"],
    ["the State Department"],
    [],
    [],
    optional=True,
    negated=True,
    accept_recipient=[["HND"]],
    note="the finding not (yet) made: a negated ACCUSE, optional",
)
ev(
    S,
    A6,
    "diplomatic efforts led by the OAS",
    "CONSULT",
    "mediate",
    ["IGO"],
    ["OAS"],
    [],
    [],
    optional=True,
    accept_recipient=[["HND"]],
    note="OAS mediation as background: optional",
)
A8 = "Costa Rican President Oscar Arias"
ev(
    S,
    A8,
    "has offered a proposal",
    "CONSULT",
    "mediate",
    ["CRI"],
    ["Costa Rican President Oscar Arias"],
    ["HND"],
    ["interim Honduran President"],
    accept_types=["AGREE", "REQUEST"],
    accept_recipient=[[]],
    note="Arias, as OAS-appointed mediator, offers a settlement plan: CONSULT/mediate (AGREE, "
    "REQUEST accepted); the plan's terms are its content",
)
ev(
    S,
    A8,
    "tasked by the OAS to mediate",
    "REQUEST",
    "",
    ["IGO"],
    ["OAS"],
    ["CRI"],
    ["Costa Rican President Oscar Arias"],
    optional=True,
    accept_types=["COOPERATE"],
    note="the OAS's mandate to Arias: optional",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round17.jsonl", STORIES_JSONL, STORIES, E)

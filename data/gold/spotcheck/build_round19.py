"""Build `round19.jsonl`, the analyst's event annotation of seven VOA pages (issue 9 spot check).

Round 19 takes its stories from the search store, as rounds 7-18. The texts are kept readable in
`round19_stories_source.txt`; this script first rebuilds `round19-stories.jsonl` from it
(`common.write_stories`: every paragraph found in the source, a truncated text ending at a complete
sentence), then resolves the annotation written below against those texts
(`common.write_and_check`, the builder of rounds 9-17: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It imports round 9's builder
for its paths (round 9's files are not rewritten) and does not import wirecoder. Run from the
repository root:

    python data/gold/spotcheck/build_round19.py

Fields are those of rounds 3-17 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings AGREE `future=true`, its note of 2026-12-05;
reciprocal fighting, talks and mutual accusations joint with an empty recipient, its decision 17;
the content of an accusation, denial or demand is not its own event, its decision 2, and is
optional where it is coded at all). An actor or recipient named only in an earlier sentence is
listed in `context_mentions`. No flag is pre-registered as "right only if flagged".

Breakaway regions, rebels and activists take their country's code (guideline "Actor codes"):
Darfur's rebels and the Sudanese army are both SDN, Abkhazia and South Ossetia GEO. The Cato
Institute analyst is NGO (USA accepted).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round19_stories_source.txt"
STORIES_JSONL = f"{HERE}/round19-stories.jsonl"
STORIES = ["326316", "pak-afg-envoys-2015", "2453988", "1654301", "2661261", "340018", "1792137"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ---- 326316 (Sudanese army and Darfur rebels clash near the Chad border, 2006)
S = "326316"
A0 = "Darfuri rebels and Sudanese armed forces"
ev(
    S,
    A0,
    "are trading accusations",
    "ACCUSE",
    "allege",
    ["SDN", "SDN"],
    ["Darfuri rebels", "Sudanese armed forces"],
    [],
    [],
    note="mutual accusations between rebels and army: ACCUSE, joint (guideline decision 17); "
    "both sides are SDN (rebels coded by their country)",
)
ev(
    S,
    A0,
    "violent clashes",
    "ASSAULT",
    "",
    ["SDN", "SDN"],
    ["Darfuri rebels", "Sudanese armed forces"],
    [],
    [],
    note="the clashes themselves (a fact, not only the content of the accusations): two-sided "
    "fighting, joint",
)
ev(
    S,
    "The Sudanese army has denied",
    "has denied",
    "REJECT",
    "",
    ["SDN"],
    ["The Sudanese army"],
    [],
    [],
    accept_recipient=[["SDN"]],
    note="the army denies preparing an attack on the rebel base: REJECT; the attack plan is the "
    "content of the denial (guideline 2), not coded",
)
A3 = "An armed forces spokesman said Monday"
ev(
    S,
    A3,
    "a rebel attack",
    "ASSAULT",
    "",
    ["SDN"],
    ["rebel"],
    ["SDN"],
    ["the Sudanese army"],
    accept_actor=[["SDN", "SDN"]],
    accept_recipient=[[]],
    note="the army's version: the rebels attacked (reported speech codes the attack, guideline 1)",
)
ev(
    S,
    A3,
    "attempting to repel",
    "ASSAULT",
    "",
    ["SDN"],
    ["the Sudanese army"],
    ["SDN"],
    ["rebel"],
    optional=True,
    accept_recipient=[[]],
    note="the army's fighting back: optional (part of the clash coded in sentence 0)",
)
ev(
    S,
    "Colonel Mohamed Osman also denied",
    "denied reports",
    "REJECT",
    "",
    ["SDN"],
    ["Colonel Mohamed Osman"],
    [],
    [],
    accept_recipient=[["SDN"]],
    note="denial that rebels captured soldiers: REJECT; the capture is its content (guideline 2)",
)
A5 = '"The rebellion attacked us'
ev(
    S,
    A5,
    "The rebellion attacked us",
    "ASSAULT",
    "",
    ["SDN"],
    ["The rebellion"],
    ["SDN"],
    ["us"],
    optional=True,
    note="the rebel attack told again in Osman's quote (required in sentence 3): optional",
)
ev(
    S,
    A5,
    "they said that we attacked them",
    "ACCUSE",
    "allege",
    ["SDN"],
    ["they"],
    ["SDN"],
    ["we"],
    optional=True,
    note="the rebels' accusation as Osman tells it: optional (the mutual accusations are "
    "required in sentence 0)",
)
ev(
    S,
    '"That is not right.',
    "That is not right",
    "REJECT",
    "",
    ["SDN"],
    ["Osman"],
    [],
    [],
    optional=True,
    accept_actor=[[]],
    note="Osman rejects the rebels' version (speaker named in the previous sentence): optional",
)
ev(
    S,
    "The army was attacked by the rebellion.",
    "was attacked",
    "ASSAULT",
    "",
    ["SDN"],
    ["the rebellion"],
    ["SDN"],
    ["The army"],
    optional=True,
    note="the rebel attack told a third time: optional",
)
ev(
    S,
    "The rebels, however, tell a different story.",
    "tell a different story",
    "REJECT",
    "",
    ["SDN"],
    ["The rebels"],
    [],
    [],
    optional=True,
    accept_types=["ACCUSE"],
    note="the rebels dispute the army's version: optional",
)
A9 = "Jar Al Naby, a commander"
ev(
    S,
    A9,
    "has aligned with",
    "COOPERATE",
    "",
    ["SDN"],
    ["Sudan Liberation Army"],
    ["SDN"],
    ["Justice and Equality Movement"],
    optional=True,
    accept_types=["SUPPORT"],
    accept_actor=[["SDN", "SDN"]],
    accept_recipient=[[]],
    note="background alliance of two rebel groups (near a standing state): optional",
)
ev(
    S,
    A9,
    "says the fighting was sparked by reports",
    "ACCUSE",
    "allege",
    ["SDN"],
    ["Jar Al Naby"],
    ["SDN"],
    ["Sudan government forces"],
    note="the rebel commander's version, that government forces were preparing to attack: "
    "ACCUSE/allege (the other half of the mutual accusations); the planned attack is its content",
)
ev(
    S,
    '"Our intelligence knows',
    "are preparing to attack us",
    "MOBILIZE",
    "",
    ["SDN"],
    ["the government troops"],
    ["SDN"],
    ["us"],
    optional=True,
    accept_types=["THREATEN", "ACCUSE"],
    note="the alleged preparation, inside the rebels' claim: optional",
)
ev(
    S,
    "For that, we attacked their camp",
    "we attacked their camp",
    "ASSAULT",
    "",
    ["SDN"],
    ["we"],
    ["SDN"],
    ["their camp"],
    optional=True,
    note="the rebels own the attack (the attack of sentence 3, told from their side): optional",
)
ev(
    S,
    "Violence has skyrocketed in Darfur",
    "the signing of a May 5 peace agreement",
    "SUPPORT",
    "",
    ["SDN", "SDN"],
    ["one rebel faction", "the Sudanese government"],
    [],
    [],
    optional=True,
    accept_types=["AGREE"],
    note="background: the May 2006 signing (guideline 15: signing is SUPPORT, AGREE accepted), "
    "a time nominal here: optional",
)
ev(
    S,
    "Other rebel factions refused",
    "refused to sign onto the deal",
    "REJECT",
    "",
    ["SDN"],
    ["Other rebel factions"],
    [],
    [],
    accept_recipient=[["SDN"]],
    note="holdout factions refused to sign: REJECT (guideline 6a); their complaint is its reason",
)
ev(
    S,
    "In late August the Sudanese government",
    "launched a ground offensive",
    "ASSAULT",
    "",
    ["SDN"],
    ["the Sudanese government"],
    ["SDN"],
    ["holdout rebels"],
    note="the government offensive against holdout rebels: ASSAULT",
)

# ---- pak-afg-envoys-2015 (Pakistan and Afghanistan summon each other's ambassadors, 2015)
S = "pak-afg-envoys-2015"
A1 = "The two neighbors have summoned"
ev(
    S,
    A1,
    "have summoned each other's ambassadors",
    "ACCUSE",
    "disapprove",
    ["PAK", "AFG"],
    ["The two neighbors", "The two neighbors"],
    [],
    [],
    optional=True,
    note="the two summonses told together (summoning an ambassador to protest is "
    "ACCUSE/disapprove, guideline 14), joint: optional, each is required where told with its "
    "direction (sentences 11 and 12)",
)
ev(
    S,
    A1,
    "the detention of a Pakistani official",
    "COERCE",
    "arrest",
    [],
    [],
    ["PAK"],
    ["a Pakistani official"],
    optional=True,
    accept_actor=[["AFG"]],
    note="the detention as a nominal, detainer not named here (told in sentence 2): optional",
)
ev(
    S,
    A1,
    "a deadly cross-border shootout",
    "ASSAULT",
    "",
    ["PAK", "AFG"],
    ["Pakistani", "Afghan border police"],
    [],
    [],
    note="the border shootout between the two border police forces: two-sided fighting, joint "
    "(decision 17)",
)
A2 = "In a statement, the Pakistani Foreign Ministry said"
ev(
    S,
    A2,
    "was forcibly taken away by Afghan forces",
    "COERCE",
    "arrest",
    ["AFG"],
    ["Afghan forces"],
    ["PAK"],
    ["an official working in Pakistan's consulate"],
    note="the consular official seized by Afghan forces (reported speech codes the act, "
    "guideline 1): COERCE/arrest",
)
ev(
    S,
    A2,
    "the Pakistani Foreign Ministry said",
    "ACCUSE",
    "allege",
    ["PAK"],
    ["the Pakistani Foreign Ministry"],
    ["AFG"],
    ["Afghan forces"],
    optional=True,
    note="Pakistan's statement as an allegation against Afghanistan: optional",
)
ev(
    S,
    "Hours later, according to the statement",
    "handed the official over",
    "RETREAT",
    "release",
    ["AFG"],
    ["Afghan authorities"],
    ["PAK"],
    ["the Pakistani embassy"],
    accept_types=["COOPERATE"],
    note="the official released to his embassy: RETREAT/release (guideline 9; COOPERATE, a "
    "hand-over, accepted)",
)
A4 = "The ministry statement also expressed concern"
ev(
    S,
    A4,
    "expressed concern",
    "ACCUSE",
    "disapprove",
    ["PAK"],
    ["The ministry statement"],
    [],
    [],
    accept_recipient=[["AFG"]],
    note="Pakistan's concern over the shooting: ACCUSE/disapprove (guideline 14)",
)
ev(
    S,
    A4,
    "an Afghan border guard was killed",
    "ASSAULT",
    "",
    [],
    [],
    ["AFG"],
    ["an Afghan border guard"],
    optional=True,
    accept_actor=[["PAK"], ["PAK", "AFG"]],
    note="casualties of the shootout (sentence 1), shooter not named: optional",
)
A5 = "The Pakistani statement contends"
ev(
    S,
    A5,
    "contends",
    "ACCUSE",
    "allege",
    ["PAK"],
    ["The Pakistani statement"],
    ["AFG"],
    ["the soldiers on the Afghan side"],
    note="Pakistan blames Afghan soldiers for firing first: ACCUSE/allege",
)
ev(
    S,
    A5,
    "opened fire first",
    "ASSAULT",
    "",
    ["AFG"],
    ["the soldiers on the Afghan side"],
    [],
    [],
    optional=True,
    accept_recipient=[["PAK"]],
    note="content of the charge (guideline 2): optional",
)
A7 = "Samim Akhpelwak, a spokesman"
ev(
    S,
    A7,
    "said his office didn't detain or arrest any Pakistani official",
    "REJECT",
    "",
    ["AFG"],
    ["Samim Akhpelwak"],
    [],
    [],
    accept_recipient=[["PAK"]],
    note="the Kandahar governor's spokesman denies the detention: REJECT (guideline 14)",
)
ev(
    S,
    A7,
    "didn't detain or arrest",
    "COERCE",
    "arrest",
    ["AFG"],
    ["his office"],
    ["PAK"],
    ["any Pakistani official"],
    optional=True,
    negated=True,
    note="the denied detention as a negated event (guideline 6): optional",
)
ev(
    S,
    "The two governments have frequently traded accusations",
    "have frequently traded accusations",
    "ACCUSE",
    "allege",
    ["PAK", "AFG"],
    ["The two governments", "The two governments"],
    [],
    [],
    optional=True,
    note="habitual mutual accusations of harboring militants, background: optional (joint); "
    "the harboring is their content",
)
ev(
    S,
    "That mistrust appeared to have improved",
    "a Taliban attack on a Pakistani school",
    "ASSAULT",
    "",
    ["PAK"],
    ["Taliban"],
    ["PAK"],
    ["a Pakistani school"],
    optional=True,
    accept_actor=[["AFG"], []],
    note="background: the December 2014 school attack (the Pakistani Taliban; AFG, the "
    "guideline's code for 'Taliban', accepted): optional",
)
ev(
    S,
    "On Thursday, Pakistan summoned",
    "summoned the Afghan ambassador",
    "ACCUSE",
    "disapprove",
    ["PAK"],
    ["Pakistan"],
    ["AFG"],
    ["the Afghan ambassador"],
    note="Pakistan summons the Afghan ambassador to protest the detention: ACCUSE/disapprove "
    "(guideline 14)",
)
ev(
    S,
    "Hours earlier Afghanistan's Ministry",
    "had summoned Pakistan's ambassador",
    "ACCUSE",
    "disapprove",
    ["AFG"],
    ["Afghanistan's Ministry of Foreign Affairs"],
    ["PAK"],
    ["Pakistan's ambassador"],
    note="Afghanistan summons the Pakistani ambassador over the shooting: ACCUSE/disapprove",
)

# ---- 2453988 (Iran and six powers resume nuclear talks in New York, 2014)
S = "2453988"
A0 = "Iran says it is committed to reaching a nuclear deal"
ev(
    S,
    A0,
    "is committed to reaching a nuclear deal",
    "AGREE",
    "",
    ["IRN"],
    ["Iran"],
    ["USA"],
    ["the U.S."],
    accept_recipient=[[]],
    note="Iran's stated commitment to a deal with the U.S. and the five powers: AGREE (the five "
    "powers are not named, no code)",
)
ev(
    S,
    A0,
    "resume talks",
    "AGREE",
    "",
    ["USA", "IRN"],
    ["the U.S.", "Iranian officials"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["USA"], ["IRN"]],
    accept_recipient=[["IRN"]],
    note="talks to resume later in the week (not yet held): a planned meeting, AGREE "
    "future=true, joint (guideline 4 note, decision 17); CONSULT accepted",
)
ev(
    S,
    "The U.S. State Department says bilateral talks",
    "bilateral talks",
    "AGREE",
    "",
    ["USA", "IRN"],
    ["U.S.", "Iranian diplomats"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    note="the US-Iran bilateral talks set for Thursday: planned meeting, AGREE future=true, joint",
)
ev(
    S,
    "Analysts say the chances for a breakthrough",
    "failed to reach a July target date for a deal",
    "AGREE",
    "",
    ["IRN", "USA"],
    ["the two sides", "the two sides"],
    [],
    [],
    negated=True,
    optional=True,
    accept_actor=[[]],
    note="the missed July target: a negated AGREE, background: optional",
)
ev(
    S,
    "Iranian Foreign Minister Javad Zarif said Iran is eager",
    "is eager to resolve the issue",
    "AGREE",
    "",
    ["IRN"],
    ["Iran"],
    [],
    [],
    optional=True,
    note="Iran's eagerness to settle, a restatement of sentence 0: optional",
)
ev(
    S,
    "But he said during a speech",
    "is being complicated by the U.S.",
    "ACCUSE",
    "disapprove",
    ["IRN"],
    ["he"],
    ["USA"],
    ["the U.S."],
    accept_types=[],
    note="Zarif blames the U.S. ('obsessed with sanctions'): ACCUSE/disapprove (allege is the same "
    "type); speaker named in sentence 3",
)
A5 = '"This deal would require the United States'
ev(
    S,
    A5,
    "lift the sanctions",
    "CONCEDE",
    "",
    ["USA"],
    ["the United States"],
    [],
    [],
    optional=True,
    hypothetical=True,
    note="the lifting a deal would require: hypothetical CONCEDE, optional",
)
ev(
    S,
    A5,
    "Congress is objecting",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["Congress"],
    [],
    [],
    optional=True,
    accept_types=["REJECT"],
    note="Congress objects to lifting the sanctions (a domestic actor, no foreign recipient "
    "named): optional",
)
A7 = "The two sides reached an interim deal"
ev(
    S,
    A7,
    "reached an interim deal",
    "AGREE",
    "",
    ["IRN", "USA"],
    ["The two sides", "The two sides"],
    [],
    [],
    accept_actor=[["IRN"]],
    note="the interim deal of 2013 (guideline 15: reaching a deal is AGREE), joint; the two sides "
    "= Iran and the powers led by the U.S. (sentence 0)",
)
ev(
    S,
    A7,
    "reduce U.S. sanctions",
    "CONCEDE",
    "",
    ["USA"],
    ["U.S."],
    ["IRN"],
    ["Iran"],
    optional=True,
    accept_recipient=[[]],
    note="a term of the deal (sanctions eased): optional",
)
ev(
    S,
    A7,
    "Iran freezing its uranium enrichment program",
    "CONCEDE",
    "",
    ["IRN"],
    ["Iran"],
    [],
    [],
    optional=True,
    accept_types=["RETREAT"],
    note="a term of the deal (enrichment frozen): optional",
)
ev(
    S,
    "Iran is pushing to preserve",
    "is pushing to preserve its ability",
    "REQUEST",
    "",
    ["IRN"],
    ["Iran"],
    [],
    [],
    optional=True,
    accept_types=["REJECT"],
    note="Iran's negotiating demand, a standing position: optional",
)
ev(
    S,
    "The U.S. and many of its allies fear",
    "fear Iran is trying",
    "ACCUSE",
    "allege",
    ["USA"],
    ["The U.S."],
    ["IRN"],
    ["Iran"],
    note="the U.S. suspects a weapons programme: ACCUSE/allege ('many of its allies' is a "
    "construct, not coded)",
)

# ---- 1654301 (China blames Japan over the East China Sea islands; US position, 2013)
S = "1654301"
ev(
    S,
    "China continues to accuse Japan",
    "continues to accuse Japan",
    "ACCUSE",
    "allege",
    ["CHN"],
    ["China"],
    ["JPN"],
    ["Japan"],
    note="China accuses Japan of provoking the dispute: ACCUSE/allege",
)
ev(
    S,
    "The Obama administration opposes",
    "opposes any unilateral change",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["The Obama administration"],
    [],
    [],
    accept_recipient=[["CHN"]],
    note="'opposes X' is ACCUSE/disapprove (guideline 14); the target (China) is implied, not "
    "named: empty recipient (CHN accepted). The deck's telling of Hagel's statement (sentence 8, "
    "optional there)",
)
ev(
    S,
    "China says Japanese activists",
    "are worsening tensions",
    "ACCUSE",
    "allege",
    ["CHN"],
    ["China"],
    ["JPN"],
    ["Japanese activists"],
    note="China blames Japanese activists: ACCUSE/allege (activists coded by their country)",
)
ev(
    S,
    "\"It's Japan that stirred up",
    "It's Japan that stirred up",
    "ACCUSE",
    "allege",
    ["CHN"],
    ["Chinese Ambassador to the United States Cui Tiankai"],
    ["JPN"],
    ["Japan"],
    optional=True,
    accept_actor=[[]],
    note="Cui's quote, the statement told in sentence 2 (speaker named in sentence 5): optional",
)
ev(
    S,
    "It's also Japan that took direct",
    "took direct and threatening actions",
    "ACCUSE",
    "allege",
    ["CHN"],
    ["Chinese Ambassador to the United States Cui Tiankai"],
    ["JPN"],
    ["Japan"],
    optional=True,
    accept_actor=[[]],
    accept_types=["THREATEN"],
    note="the same quote: optional; Japan's 'threatening actions' are the content of the charge",
)
ev(
    S,
    "The potentially mineral-rich islands",
    "a status quo that Washington backs",
    "SUPPORT",
    "",
    ["USA"],
    ["Washington"],
    ["JPN"],
    ["Tokyo"],
    optional=True,
    note="US backing of Japanese administration, a standing position (guideline 1c): optional",
)
ev(
    S,
    '"Therefore, the United States opposes',
    "opposes any unilateral or coercive action",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["the United States"],
    [],
    [],
    optional=True,
    accept_recipient=[["CHN"]],
    note="Hagel's statement, told in the deck (sentence 1, required there): optional",
)
A9 = "And Beijing sees that as Washington siding"
ev(
    S,
    A9,
    "sees that as Washington siding with Tokyo",
    "ACCUSE",
    "allege",
    ["CHN"],
    ["Beijing"],
    ["USA"],
    ["Washington"],
    optional=True,
    note="China's reading of the US stand, as an analyst reports it: optional",
)
ev(
    S,
    A9,
    "siding with Tokyo",
    "SUPPORT",
    "",
    ["USA"],
    ["Washington"],
    ["JPN"],
    ["Tokyo"],
    optional=True,
    note="content of that reading: optional",
)
ev(
    S,
    '"The American position, I think',
    "has been confusing and unhelpful",
    "ACCUSE",
    "disapprove",
    ["NGO"],
    ["Cato Institute analyst Justin Logan"],
    ["USA"],
    ["American"],
    optional=True,
    accept_actor=[["USA"], []],
    accept_recipient=[[]],
    note="a think-tank analyst criticizes US policy (speaker named in sentence 9 and 11): optional",
)
ev(
    S,
    "Chinese ambassador Cui said",
    'risk "long-term damage"',
    "THREATEN",
    "",
    ["CHN"],
    ["Chinese ambassador Cui"],
    ["JPN"],
    ["Japan"],
    accept_types=["ACCUSE"],
    note="Cui's warning that Japan and its allies risk long-term damage: THREATEN (a warning of "
    "consequences; ACCUSE accepted); 'its allies' is a construct, not coded",
)

# ---- 2661261 (US and Cuba: second round of talks on restoring ties, 2015)
S = "2661261"
A0 = "A Cuban delegation will be at the State Department"
ev(
    S,
    A0,
    "will be at the State Department on Friday",
    "AGREE",
    "",
    ["CUB"],
    ["A Cuban delegation"],
    ["USA"],
    ["the State Department"],
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["CUB", "USA"]],
    accept_recipient=[[]],
    note="the Cuban delegation's planned visit for talks: a planned meeting, AGREE future=true "
    "(guideline 4 note); a visit, so visitor -> host (decision 17); CONSULT and the joint "
    "reading accepted",
)
ev(
    S,
    A0,
    "initiative to end the trade embargo against Cuba",
    "CONCEDE",
    "",
    ["USA"],
    ["President Barack Obama"],
    ["CUB"],
    ["Cuba"],
    optional=True,
    future=True,
    note="Obama's plan to lift the embargo (an announced concession, guideline 8): optional",
)
ev(
    S,
    "Cuba has said it will be linking",
    "will be linking the embassy issue",
    "REQUEST",
    "",
    ["CUB"],
    ["Cuba"],
    ["USA"],
    ["the U.S."],
    accept_types=["THREATEN"],
    note="Cuba's condition, removal from the terrorism list before embassies: REQUEST; the "
    "removal is its content (guideline 2)",
)
ev(
    S,
    "The official said that the U.S. delegation is not linking",
    "is not linking the two issues",
    "REJECT",
    "",
    ["USA"],
    ["the U.S. delegation"],
    [],
    [],
    accept_recipient=[["CUB"]],
    note="the U.S. refuses Cuba's linkage: REJECT (guideline 6a, a refusal, not a negation)",
)
ev(
    S,
    '"It would be very easy to restore',
    "if they would not link those two things",
    "REQUEST",
    "",
    ["USA"],
    ["the official"],
    ["CUB"],
    ["they"],
    optional=True,
    note="the official's plea that Cuba drop the linkage: optional",
)
ev(
    S,
    "The official also said a human rights dialogue",
    "a human rights dialogue",
    "AGREE",
    "",
    ["USA", "CUB"],
    ["the U.S.", "Cuba"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["CONSULT"],
    note="a dialogue planned for after ties are restored: optional, future",
)
ev(
    S,
    "Last month in Havana",
    "began a series of meetings",
    "CONSULT",
    "",
    ["USA", "CUB"],
    ["the U.S.", "Cuba"],
    [],
    [],
    note="the January round in Havana: CONSULT, joint (decision 17: a reported meeting)",
)

# ---- 340018 (Russia and Georgia trade charges over Abkhazia, 2008)
S = "340018"
ev(
    S,
    "Russia charges that Georgia",
    "charges",
    "ACCUSE",
    "allege",
    ["RUS"],
    ["Russia"],
    ["GEO"],
    ["Georgia"],
    note="Russia charges Georgia with planning military action: ACCUSE/allege (the plan is its "
    "content)",
)
A1 = "This charge follows a warning from Moscow"
ev(
    S,
    A1,
    "a warning from Moscow that it would defend the separatist republic",
    "THREATEN",
    "",
    ["RUS"],
    ["Moscow"],
    ["GEO"],
    ["Georgia"],
    accept_recipient=[[]],
    note="Moscow's warning that it would defend Abkhazia (aimed at Georgia): THREATEN",
)
ev(
    S,
    A1,
    "recently formed closer ties with",
    "COOPERATE",
    "",
    ["RUS"],
    ["Moscow"],
    ["GEO"],
    ["the separatist republic"],
    optional=True,
    accept_types=["SUPPORT", "AGREE"],
    note="Russia's closer ties with Abkhazia (breakaway region coded GEO), told as background "
    "here and as Putin's directives in sentence 5: optional",
)
ev(
    S,
    A1,
    "despite protests from Georgia",
    "ACCUSE",
    "disapprove",
    ["GEO"],
    ["Georgia"],
    ["RUS"],
    ["Moscow"],
    accept_recipient=[[]],
    note="Georgia's diplomatic protests (not collective physical action, guideline 11): "
    "ACCUSE/disapprove",
)
ev(
    S,
    "Georgia denies it has made military maneuvers",
    "denies",
    "REJECT",
    "",
    ["GEO"],
    ["Georgia"],
    [],
    [],
    accept_recipient=[["RUS"]],
    note="Georgia denies the Russian charge: REJECT; the maneuvers are its content",
)
ev(
    S,
    "The charges came from the Russian government",
    "a series of accusations from both sides",
    "ACCUSE",
    "allege",
    ["RUS", "GEO"],
    ["the Russian government", "both sides"],
    [],
    [],
    optional=True,
    note="the run of mutual accusations, background: optional (joint)",
)
ev(
    S,
    "Weeks ago, Russian President Vladimir Putin",
    "issued directives to his government to establish closer ties",
    "COOPERATE",
    "",
    ["RUS"],
    ["Russian President Vladimir Putin"],
    ["GEO"],
    ["Abkhazia"],
    accept_types=["SUPPORT", "AGREE"],
    accept_recipient=[["GEO", "GEO"]],
    note="Putin orders closer ties with Abkhazia and South Ossetia (breakaway regions, GEO): "
    "COOPERATE (SUPPORT, AGREE accepted)",
)
A6 = "Tensions were ratcheted up"
ev(
    S,
    A6,
    "was shot down",
    "ASSAULT",
    "",
    ["RUS"],
    ["a Russian MiG-29"],
    ["GEO"],
    ["a Georgian surveillance drone"],
    accept_actor=[[]],
    note="the drone shot down, by a Russian jet as Georgia says: ASSAULT (the shoot-down is a "
    "fact, the attribution Georgia's claim; an empty actor accepted)",
)
ev(
    S,
    A6,
    "the Georgian government claims",
    "ACCUSE",
    "allege",
    ["GEO"],
    ["the Georgian government"],
    ["RUS"],
    ["a Russian MiG-29"],
    note="Georgia blames Russia for the shoot-down: ACCUSE/allege",
)
ev(
    S,
    "Russia denied its air force",
    "denied",
    "REJECT",
    "",
    ["RUS"],
    ["Russia"],
    [],
    [],
    accept_recipient=[["GEO"]],
    note="Russia denies its aircraft were there: REJECT",
)
A8 = "The conflict was addressed by the U.N. Security Council"
ev(
    S,
    A8,
    "was addressed by the U.N. Security Council",
    "CONSULT",
    "",
    ["UNO"],
    ["U.N. Security Council"],
    [],
    [],
    optional=True,
    accept_recipient=[["GEO"], ["RUS", "GEO"]],
    note="Security Council discussion of the conflict: optional. The 'criticism from some "
    "Western countries' has only a construct as actor and is not coded (guideline, actor codes)",
)
ev(
    S,
    "The latest accusations from Russia",
    "The latest accusations from Russia",
    "ACCUSE",
    "allege",
    ["RUS"],
    ["Russia"],
    ["GEO"],
    ["the Georgian military"],
    optional=True,
    note="the charge of sentence 0 told in detail (troops moved into the Kodori Gorge, its "
    "content): optional",
)
ev(
    S,
    '"What scares me most of all',
    "nothing in reality is happening",
    "REJECT",
    "",
    ["GEO"],
    ["Shota Uteashvili"],
    [],
    [],
    optional=True,
    accept_recipient=[["RUS"]],
    note="the Georgian spokesman's denial, told in sentence 3: optional",
)
ev(
    S,
    '"Not a single person was moved',
    "Not a single person was moved",
    "MOBILIZE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    negated=True,
    accept_actor=[["GEO"]],
    note="negated troop movement (guideline 6: 'no passengers were killed'), inside the denial: "
    "optional",
)
ev(
    S,
    "And then, all of the sudden those statements",
    "those statements from the Russian foreign ministry",
    "ACCUSE",
    "allege",
    ["RUS"],
    ["the Russian foreign ministry"],
    ["GEO"],
    ["us"],
    optional=True,
    accept_recipient=[[]],
    note="back-reference to the Russian charges: optional",
)
ev(
    S,
    '"Regarding the Zugdidi region',
    "has more than 50 observers there",
    "AID",
    "",
    ["UNO"],
    ["the U.N."],
    [],
    [],
    optional=True,
    accept_types=["COOPERATE"],
    accept_recipient=[["GEO"]],
    note="UN observers present (a standing deployment, near a state): optional",
)

# ---- 1792137 (Indonesia recalls its ambassador to Australia over spying, 2013)
S = "1792137"
A0 = "Indonesia has recalled its ambassador to Australia"
ev(
    S,
    A0,
    "has recalled its ambassador to Australia",
    "SANCTION",
    "withdraw",
    ["IDN"],
    ["Indonesia"],
    ["AUS"],
    ["Australia"],
    note="recalling an ambassador is SANCTION/withdraw (guideline 8)",
)
ev(
    S,
    A0,
    "claims that Australian spy agencies tried to listen",
    "ACCUSE",
    "allege",
    [],
    [],
    ["AUS"],
    ["Australian spy agencies"],
    optional=True,
    accept_actor=[["IDN"]],
    note="the spying claims (authors not named in the sentence): optional; the spying is their "
    "content",
)
A1 = "Indonesian Foreign Minister Marty Natalegawa said on Monday"
ev(
    S,
    A1,
    "is being called back to Jakarta",
    "SANCTION",
    "withdraw",
    ["IDN"],
    ["Indonesian Foreign Minister Marty Natalegawa"],
    [],
    [],
    optional=True,
    accept_recipient=[["AUS"]],
    note="the recall told again by the minister: optional (required in sentence 0)",
)
ev(
    S,
    A1,
    "named the president, his wife and senior ministers as targets of surveillance",
    "ACCUSE",
    "allege",
    ["USA"],
    ["Edward Snowden"],
    [],
    [],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[["AUS"], ["IDN"]],
    note="the leaked documents showing the surveillance (the leaker is no state actor; the "
    "surveillance's author is not named in this sentence): optional",
)
ev(
    S,
    "The minister called the situation",
    "called the situation",
    "ACCUSE",
    "disapprove",
    ["IDN"],
    ["The minister"],
    [],
    [],
    accept_recipient=[["AUS"]],
    note="'an unfriendly, unbecoming act between strategic partners': ACCUSE/disapprove; "
    "Australia is implied, not named (AUS accepted)",
)
ev(
    S,
    "The recall comes amid",
    "claims that the Australian and U.S. embassies in Jakarta were involved in general spying",
    "ACCUSE",
    "allege",
    [],
    [],
    ["AUS", "USA"],
    ["Australian", "U.S."],
    optional=True,
    accept_actor=[["IDN"]],
    note="earlier spying claims against the two embassies (authors not named): optional",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round19.jsonl", STORIES_JSONL, STORIES, E)

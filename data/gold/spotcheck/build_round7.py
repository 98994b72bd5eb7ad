"""Build `round7.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 7 takes its stories from the search store, not the corpus (the corpus pool has no
international-relations story left without development-gold sentences; see `README.md`). The
texts are kept readable in `round7_stories_source.txt`; this script first rebuilds
`round7-stories.jsonl` from it (`common.write_stories`), then resolves the annotation written
below against those texts (`common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round7.py

Fields are those of rounds 3-6 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05). An
actor or recipient named only in an earlier sentence is listed in `context_mentions`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import make_ev, write_and_check, write_stories

HERE = "data/gold/spotcheck"
SOURCE = f"{HERE}/round7_stories_source.txt"
STORIES_JSONL = f"{HERE}/round7-stories.jsonl"
STORIES = ["1938253", "3528244", "255193", "2574359", "1515714", "1646942"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ---------------------------------------------------------------- 1938253 (UN aid appeal, 2014)
S = "1938253"
ev(
    S,
    "The United Nations has appealed for a record",
    "has appealed for",
    "REQUEST",
    "assist",
    ["UNO"],
    ["The United Nations"],
    [],
    [],
    note="the UN appeal for $16.9 billion: REQUEST/assist; the donors are not named (empty "
    "recipient); 'to assist 54 million people' is the purpose (not coded as AID)",
)
ev(
    S,
    "Nearly half the year has passed",
    "has been received",
    "AID",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_recipient=[["UNO"]],
    note="money received by the UN from unnamed donors, told as a statistic (guideline 13): "
    "optional",
)
ev(
    S,
    "Amos tells VOA it is still too soon",
    "the takeover of the city of Mosul",
    "ASSAULT",
    "",
    [],
    [],
    ["IRQ"],
    ["Iraq"],
    optional=True,
    accept_types=["COERCE"],
    accept_recipient=[[]],
    note="a nominal with no named perpetrator (the cut quotation names ISIS); topic nominal "
    "(guideline 1b), optional; 'it is still too soon to tell' is not an event",
)

# ---------------------------------------------------------------- 3528244 (US drone strike)
S = "3528244"
ev(
    S,
    "Authorities in an eastern province",
    "drone strike",
    "ASSAULT",
    "drone",
    ["USA"],
    ["U.S."],
    ["IMG"],
    ["Islamic State militants"],
    accept_recipient=[["AFG", "IMG"], ["AFG"], []],
    note="the strike as reported by Afghan authorities (reported speech codes the act, "
    "guideline 1); IS -> IMG; the civilians killed (AFG) accepted as recipient; the first full "
    "statement of the strike (sentences 1-3, 8, 9 retell parts of it)",
)
ev(
    S,
    "Local police commander Mohammad Ali",
    "the pre-dawn attack",
    "ASSAULT",
    "drone",
    ["USA"],
    ["U.S."],
    ["AFG"],
    ["non-combatants"],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[[], ["AFG", "IMG"]],
    note="the same strike, nominal, with the wounded non-combatants: optional re-mention",
)
ev(
    S,
    "Using the Arabic acronym for IS",
    "among the militant casualties",
    "ASSAULT",
    "drone",
    [],
    [],
    ["IMG"],
    ["Daesh commanders"],
    optional=True,
    accept_actor=[["USA"]],
    note="casualties of the same strike: optional re-mention",
)
ev(
    S,
    "A U.S. military spokesman, Brigadier General",
    "did conduct one counterterrorism airstrike",
    "ASSAULT",
    "drone",
    ["USA"],
    ["U.S. forces"],
    [],
    [],
    optional=True,
    accept_recipient=[["IMG"], ["AFG", "IMG"]],
    note="the US confirmation of the same strike (restatement of sentence 0 by the other side): "
    "optional; 'confirmed to VOA' is not an event",
)
ev(
    S,
    "\u201cWe are aware of some claims",
    "are currently reviewing all materials",
    "ACCUSE",
    "investigate",
    ["USA"],
    ["We"],
    ["USA"],
    ["We"],
    accept_recipient=[[], ["AFG"]],
    note="the US military reviewing its own strike over civilian-casualty claims: a probe "
    "(guideline 9, ACCUSE/investigate); 'We' is the US military of the sentence before; the "
    "recipient is the strike's author (USA), empty or AFG (the casualties) accepted",
)
ev(
    S,
    "We are continuing to look into these allegations",
    "look into these allegations",
    "ACCUSE",
    "investigate",
    ["USA"],
    ["We"],
    ["USA"],
    ["We"],
    optional=True,
    accept_recipient=[[], ["AFG"]],
    note="restatement of the review: optional; 'will provide additional information' is not "
    "an event",
)
ev(
    S,
    "Some Afghan officials told local media",
    "the drone hit the residence",
    "ASSAULT",
    "drone",
    [],
    [],
    ["AFG"],
    ["a Public Health Department officer"],
    optional=True,
    accept_actor=[["USA"]],
    note="detail of the same strike: optional; the pilgrimage is not an event",
)
ev(
    S,
    "Friends and relatives, as well as IS militants",
    "missiles hit the compound",
    "ASSAULT",
    "drone",
    [],
    [],
    ["AFG", "IMG"],
    ["Friends and relatives", "IS militants"],
    optional=True,
    accept_actor=[["USA"]],
    accept_recipient=[["IMG"], ["AFG"], []],
    note="detail of the same strike: optional; 'had gathered to welcome' is not an event",
)
ev(
    S,
    "The latest U.S airstrike came as",
    "regained control of some of their former strongholds",
    "ASSAULT",
    "",
    ["IMG"],
    ["IS fighters"],
    ["AFG"],
    ["Afghan"],
    accept_types=["MOBILIZE", "COERCE"],
    accept_recipient=[[]],
    note="IS fighters retaking strongholds, reported in the elders' warning (reported speech "
    "codes the act): armed seizure of territory as ASSAULT (MOBILIZE, COERCE accepted); the "
    "Afghan government whose operations they fled is the recipient (empty accepted); 'The "
    "latest U.S airstrike' re-mentions the strike (not coded); the elders' warning is not a "
    "THREATEN",
)
ev(
    S,
    "The latest U.S airstrike came as",
    "retreating to mountain hideouts",
    "RETREAT",
    "withdraw",
    ["IMG"],
    ["IS fighters"],
    [],
    [],
    optional=True,
    accept_recipient=[["AFG"]],
    note="the earlier retreat in the face of Afghan operations: optional background",
)
ev(
    S,
    "The latest U.S airstrike came as",
    "major Afghan security operations",
    "ASSAULT",
    "",
    ["AFG"],
    ["Afghan"],
    ["IMG"],
    ["IS fighters"],
    accept_types=["MOBILIZE"],
    accept_recipient=[[]],
    note="weeks of Afghan security operations against IS (nominal with a named actor, guideline "
    "1): ASSAULT AFG -> IMG, MOBILIZE accepted",
)

# ---------------------------------------------------------------- 255193 (Chad, 2007-11-29)
S = "255193"
TT = {"accept_actor": [["TCD"]]}
ev(
    S,
    "New, intense clashes between the Chadian army",
    "clashes",
    "ASSAULT",
    "",
    ["TCD", "TCD"],
    ["the Chadian army", "rebels"],
    [],
    [],
    **TT,
    note="two-sided fighting between the army and Chadian rebels (both TCD, guideline: domestic "
    "rebels take the country's code): all participants as actor; the judge compares code sets, "
    "so ['TCD'] is listed as accepted; sentences 1-2 re-mention the fighting (not coded)",
)
ev(
    S,
    "The army and rebels fought an intense battle",
    "fought an intense battle",
    "ASSAULT",
    "",
    ["TCD", "TCD"],
    ["The army", "rebels"],
    [],
    [],
    **TT,
    note="Monday's battle (a separate event from Thursday's clashes); the claims of killing "
    "hundreds are part of it",
)
ev(
    S,
    "On Wednesday, the Chadian government said its army",
    "chased and destroyed",
    "ASSAULT",
    "",
    ["TCD"],
    ["its army"],
    ["TCD"],
    ["rebel fighters"],
    note="one-sided pursuit of fleeing rebels, as the government reports it: ASSAULT TCD -> TCD; "
    "'escaped Monday's fighting' re-mentions the battle",
)
ev(
    S,
    "The clashes followed the collapse of the cease-fire",
    "signed",
    "AGREE",
    "",
    ["TCD", "TCD"],
    ["the Chadian government", "four major rebel groups"],
    [],
    [],
    accept_actor=[["TCD"]],
    accept_recipient=[["LBY"]],
    note="the cease-fire signed last month in Libya (agreeing to a ceasefire: AGREE, guideline "
    "7); Libya as host/mediator accepted as recipient; 'the collapse of the cease-fire' names no "
    "party (not coded); 'The clashes followed' re-mentions the fighting",
)
ev(
    S,
    "Two rebel groups announced Friday",
    "would break the cease-fire",
    "REJECT",
    "",
    ["TCD"],
    ["Two rebel groups"],
    ["TCD"],
    ["the government of President Idriss Deby"],
    future=True,
    accept_types=["THREATEN"],
    accept_recipient=[[]],
    note="two rebel groups renounce the cease-fire, announced for later (non-cooperative event "
    "announced for later: future=true, guideline 4); REJECT of the agreement, THREATEN accepted; "
    "the government is named in the same sentence (empty accepted)",
)
ev(
    S,
    "Two rebel groups announced Friday",
    "accused",
    "ACCUSE",
    "allege",
    ["TCD"],
    ["they"],
    ["TCD"],
    ["the government of President Idriss Deby"],
    note="the rebels accuse the government of breaking truce promises; the content is not "
    "coded (guideline 2)",
)
ev(
    S,
    "The European Union plans to deploy",
    "plans to deploy",
    "AGREE",
    "",
    ["EUR"],
    ["The European Union"],
    ["TCD"],
    ["Chad"],
    accept_types=["AID", "MOBILIZE"],
    accept_recipient=[[]],
    note="planned EU peacekeeping deployment: peacekeepers for protection are AID (guideline "
    "12) and a future AID already committed is AGREE with future=false (guideline 4); AID and "
    "MOBILIZE accepted; 'That force is meant to protect...' (next sentence) is its purpose and "
    "'displaced by violence' names no party (not coded)",
)

# ------------------------------------------------------- 2574359 (al-Shabab raid on AU base)
S = "2574359"
ev(
    S,
    "The African Union says it has killed",
    "has killed",
    "ASSAULT",
    "",
    ["IGO"],
    ["The African Union"],
    ["IMG"],
    ["al-Shabab militants"],
    note="AU forces kill the last attackers (AU -> IGO, al-Shabab -> IMG)",
)
ev(
    S,
    "The African Union says it has killed",
    "attacked its base",
    "ASSAULT",
    "",
    ["IMG"],
    ["al-Shabab militants"],
    ["IGO"],
    ["its base"],
    note="the raid on the AU base, first full statement (relative clause, guideline 1); its "
    "later retellings (sentences 1, 5, 6) are optional; 'bringing the death toll' is a count",
)
ev(
    S,
    "A spokesman for the AU mission in Somalia",
    "Thursday's raid",
    "ASSAULT",
    "",
    [],
    [],
    ["IGO"],
    ["five AU peacekeepers"],
    optional=True,
    accept_actor=[["IMG"]],
    note="the toll of the same raid, nominal: optional; 'told VOA' is not an event",
)
ev(
    S,
    "Colonel Ali Aden Hamoud said an investigation",
    "an investigation was under way",
    "ACCUSE",
    "investigate",
    ["IGO"],
    ["Colonel Ali Aden Hamoud"],
    ["IMG"],
    ["militants"],
    accept_actor=[[], ["SOM"]],
    accept_recipient=[[], ["IGO"]],
    note="a probe into how the attackers got in (guideline 9: ACCUSE/investigate); the AMISOM "
    "spokesman's side (IGO) as actor, empty or SOM accepted; the militants as recipient, empty "
    "or the AU itself accepted",
)
ev(
    S,
    "Colonel Ali Aden Hamoud said an investigation",
    "infiltrated the Halane facility",
    "ASSAULT",
    "",
    ["IMG"],
    ["militants"],
    ["IGO"],
    ["the Halane facility"],
    optional=True,
    accept_recipient=[[], ["IGO", "UNO"]],
    note="the infiltration, part of the same raid, inside the object of the probe: optional",
)
ev(
    S,
    "AMISOM said Thursday that it had regained control",
    "regained control of the base",
    "ASSAULT",
    "",
    ["IGO"],
    ["AMISOM"],
    ["IMG"],
    ["rebels"],
    optional=True,
    accept_recipient=[[]],
    accept_types=["RETREAT"],
    note="the AU retaking its base: part of the fight told in sentence 0, optional; 'restored "
    "normalcy' is not an event",
)
ev(
    S,
    "AMISOM said Thursday that it had regained control",
    "ambushed the compound",
    "ASSAULT",
    "",
    ["IMG"],
    ["rebels"],
    ["IGO"],
    ["the compound"],
    optional=True,
    accept_recipient=[[]],
    note="restatement of the raid ('rebels' are the al-Shabab attackers, IMG): optional; "
    "'trying to gain access' is a purpose",
)
ev(
    S,
    "In claiming responsibility for the attack",
    "the raid targeted a Christmas party",
    "ASSAULT",
    "",
    ["IMG"],
    ["al-Shabab"],
    ["IGO"],
    ["the base"],
    optional=True,
    accept_recipient=[[]],
    note="al-Shabab's claim of the raid: a retelling of the attack, optional",
)
ev(
    S,
    "U.N. Secretary-General Ban Ki-moon on Friday",
    "condemned",
    "ACCUSE",
    "disapprove",
    ["UNO"],
    ["U.N. Secretary-General Ban Ki-moon"],
    ["IMG"],
    ["the attack"],
    accept_recipient=[[]],
    note="condemning the attack (guideline 14); the attacker (al-Shabab, IMG) from the story, "
    "empty accepted",
)
ev(
    S,
    "U.N. Secretary-General Ban Ki-moon on Friday",
    "reaffirmed the United Nations' resolve",
    "SUPPORT",
    "",
    ["UNO"],
    ["the United Nations"],
    ["SOM"],
    ["the Somali government"],
    accept_types=["AGREE", "AID"],
    note="reaffirmed resolve to support the Somali government: SUPPORT (AGREE, AID accepted)",
)
ev(
    S,
    "The U.N. Security Council also deplored",
    "deplored",
    "ACCUSE",
    "disapprove",
    ["UNO"],
    ["The U.N. Security Council"],
    ["IMG"],
    ["the raid"],
    accept_recipient=[[]],
    note="the Council deplores the raid (guideline 14); 'said that any acts of terrorism are "
    "unjustifiable' is part of the same statement",
)
ev(
    S,
    "AU and Somali government forces have pushed",
    "have pushed al-Shabab out",
    "ASSAULT",
    "",
    ["IGO", "SOM"],
    ["AU", "Somali government forces"],
    ["IMG"],
    ["al-Shabab"],
    accept_types=["COERCE"],
    accept_actor=[["IGO"], ["SOM"]],
    note="the AU and Somali forces' campaign driving al-Shabab from the towns (completed "
    "military action): ASSAULT, COERCE accepted, either actor alone accepted",
)
ev(
    S,
    "The al-Qaida-linked group, however, still launches",
    "launches periodic raids and suicide attacks",
    "ASSAULT",
    "suicide-attack",
    ["IMG"],
    ["The al-Qaida-linked group"],
    ["IGO", "SOM"],
    ["AU", "government targets"],
    accept_recipient=[["IGO"], ["SOM"]],
    note="al-Shabab's continuing raids and suicide attacks (ongoing attacks are coded, as "
    "round 6's 'has been attacking and fighting Kenyan troops')",
)

# ------------------------------------------------------- 1515714 (Sudan-South Sudan deal, 2012)
S = "1515714"
SS = {"accept_actor": [["SDN"], ["SSD"]]}
ev(
    S,
    "The presidents of Sudan and South Sudan have agreed",
    "have agreed",
    "AGREE",
    "",
    ["SDN", "SSD"],
    ["Sudan", "South Sudan"],
    [],
    [],
    **SS,
    note="the two presidents agree on a demilitarized zone and resuming oil exports (reciprocal: "
    "both as actor); the content is not coded separately; 'left several major security "
    "questions unresolved' is not an event",
)
ev(
    S,
    "Sudanese President Omar al-Bashir and South Sudanese",
    "plan to sign the deal",
    "AGREE",
    "",
    ["SDN", "SSD"],
    ["Sudanese President Omar al-Bashir", "South Sudanese President Salva Kiir"],
    [],
    [],
    optional=True,
    future=True,
    accept_actor=[["SDN"], ["SSD"]],
    accept_recipient=[["ETH"]],
    note="the planned signing of the same deal in Addis Ababa: a restatement of sentence 0's "
    "agreement with its signing date, optional; marked future (not yet signed); Ethiopia as host "
    "accepted",
)
ev(
    S,
    "They held four days of talks",
    "held four days of talks",
    "CONSULT",
    "third-party",
    ["SDN", "SSD"],
    ["They", "They"],
    [],
    [],
    **SS,
    accept_recipient=[["ETH"]],
    note="four days of talks between the two presidents in Ethiopia (reciprocal; 'They' are the "
    "two presidents of the sentence before); the aim is a purpose clause (not coded)",
)
ev(
    S,
    "South Sudan cut off oil exports",
    "cut off oil exports",
    "SANCTION",
    "discontinue",
    ["SSD"],
    ["South Sudan"],
    ["SDN"],
    ["Sudanese"],
    accept_recipient=[[]],
    note="South Sudan halts oil exports through Sudan's pipelines over a fee dispute (curtailing "
    "commercial exchange: SANCTION/discontinue); 'The lack of oil revenues has threatened...' "
    "(next sentence) is a state, not a THREATEN",
)
ev(
    S,
    "Soldiers from both sides will also pull",
    "will also pull 10 kilometers back",
    "CONCEDE",
    "",
    ["SDN", "SSD"],
    ["Soldiers from both sides", "Soldiers from both sides"],
    [],
    [],
    **SS,
    accept_types=["RETREAT", "AGREE"],
    note="an announced future pullback from the border: CONCEDE with future=false (guideline "
    "4 and 7); RETREAT and AGREE (part of the deal) accepted",
)
ev(
    S,
    "Officials say the still unsettled issues",
    "will be discussed in future talks",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["SDN", "SSD"]],
    note="planned further talks (a planned meeting: AGREE future=true, guideline note of "
    "2026-12-05); no party is named in the sentence ('Officials'): optional",
)
ev(
    S,
    "South Sudan declared independence from Sudan",
    "a deal that ended a long civil war",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["SDN", "SSD"], ["SDN"]],
    note="the 2005 peace deal, historical background with no named party: optional; the 2011 "
    "declaration of independence is not coded (a constitutional act of one party, background); "
    "'pushed them to the brink of war' (next sentence) is a state",
)
ev(
    S,
    "Sudan has accused the South",
    "has accused",
    "ACCUSE",
    "allege",
    ["SDN"],
    ["Sudan"],
    ["SSD"],
    ["the South"],
    note="Sudan's accusation; its content (arming rebels) is not coded (guideline 2)",
)
ev(
    S,
    "Sudan has accused the South",
    "accuses",
    "ACCUSE",
    "allege",
    ["SSD"],
    ["South Sudan"],
    ["SDN"],
    ["the Sudanese army"],
    note="South Sudan's counter-accusation; its content (bombing raids) is not coded (guideline 2)",
)
ev(
    S,
    "The United Nations has threatened both countries",
    "has threatened",
    "THREATEN",
    "",
    ["UNO"],
    ["The United Nations"],
    ["SDN", "SSD"],
    ["both countries", "both countries"],
    accept_recipient=[["SDN"], ["SSD"], []],
    note="the UN threat of sanctions (THREATEN; PLOVER has no sanctions mode for THREATEN, so "
    "no mode); the sentence has no final period on the page",
)

# ---------------------------------------------------------------- 1646942 (China-Japan, 2013)
S = "1646942"
ev(
    S,
    "Japan summoned the Chinese ambassador to Tokyo",
    "summoned the Chinese ambassador",
    "ACCUSE",
    "disapprove",
    ["JPN"],
    ["Japan"],
    ["CHN"],
    ["Chinese"],
    note="summoning an ambassador to complain (guideline 14, codebook: coded for the content of "
    "the complaint, ACCUSE/disapprove); the first full statement (sentence 9 repeats it)",
)
ev(
    S,
    "Japan summoned the Chinese ambassador to Tokyo",
    "sent a group of ships",
    "MOBILIZE",
    "",
    ["CHN"],
    ["Beijing"],
    ["JPN"],
    ["Japan"],
    accept_recipient=[[]],
    note="China sends government ships near the disputed islands (a deployment, guideline 12: "
    "MOBILIZE; the ships are maritime surveillance vessels, so no 'troops' mode); Japan, which "
    "controls the islands, as recipient (empty accepted); the first full statement of the "
    "incursion (sentences 1, 2, 5 retell it)",
)
ev(
    S,
    "The Japanese Coast Guard said eight Chinese",
    "entered the disputed territory",
    "MOBILIZE",
    "",
    ["CHN"],
    ["Chinese"],
    [],
    [],
    optional=True,
    accept_recipient=[["JPN"]],
    note="the same incursion as reported by the Coast Guard (numbers and time): optional "
    "restatement",
)
ev(
    S,
    "It said this is the largest incursion",
    "the largest incursion by Chinese ships",
    "MOBILIZE",
    "",
    ["CHN"],
    ["Chinese"],
    [],
    [],
    optional=True,
    accept_recipient=[["JPN"]],
    note="nominal re-mention of the incursion: optional; 'Japan purchased some of the islands "
    "from their private owners' is a purchase from Japanese owners (not coded); 'tensions "
    "increased' is a state",
)
ev(
    S,
    "Since then, Beijing has regularly sent patrol boats",
    "has regularly sent patrol boats",
    "MOBILIZE",
    "",
    ["CHN"],
    ["Beijing"],
    ["JPN"],
    ["Japanese"],
    accept_recipient=[[]],
    note="China's regular patrols by boats and aircraft since September (ongoing deployments: "
    "MOBILIZE); Japan from the purpose clause as recipient, empty accepted; the purpose ('to "
    "challenge Japanese control') is not coded separately",
)
ev(
    S,
    "The situation Tuesday was complicated",
    "a flotilla of Japanese activists",
    "PROTEST",
    "demo",
    ["JPN"],
    ["Japanese activists"],
    [],
    [],
    optional=True,
    accept_recipient=[["CHN"]],
    note="Japanese activists sailing to the disputed islands: a collective physical action, "
    "but their aim is stated only as a survey: optional PROTEST",
)
ev(
    S,
    "The situation Tuesday was complicated",
    "with the escort of Japanese government ships",
    "MOBILIZE",
    "",
    ["JPN"],
    ["Japanese government ships"],
    [],
    [],
    optional=True,
    accept_types=["SUPPORT"],
    note="Japanese government ships escorting the flotilla: optional (MOBILIZE; SUPPORT of the "
    "activists accepted)",
)
ev(
    S,
    "China's State Oceanic Administration said",
    'were on "regular patrol duty"',
    "MOBILIZE",
    "",
    ["CHN"],
    ["China's State Oceanic Administration"],
    [],
    [],
    optional=True,
    accept_recipient=[["JPN"]],
    note="China's own account of the same ships' presence: optional restatement; 'encountered "
    "several of the Japanese ships' is not an event by itself",
)
ev(
    S,
    "It said five more Chinese ships were sent",
    "were sent to the region",
    "MOBILIZE",
    "",
    ["CHN"],
    ["Chinese"],
    [],
    [],
    accept_recipient=[["JPN"]],
    note="China sends five more ships in response (a further deployment: MOBILIZE); the "
    "Japanese ships are in the sentence before (JPN accepted); 'in order to respond' is a "
    "purpose",
)
ev(
    S,
    "No clashes were reported.",
    "No clashes were reported",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    negated=True,
    accept_actor=[["CHN", "JPN"]],
    note="a negated clash (guideline 6) with no party named: optional",
)
ev(
    S,
    "Reuters said the Japanese Coast Guard told",
    "told the activists to leave the area",
    "REQUEST",
    "change",
    ["JPN"],
    ["the Japanese Coast Guard"],
    ["JPN"],
    ["the activists"],
    accept_types=["COERCE"],
    accept_recipient=[[]],
    note="the Coast Guard orders the Japanese activists out of the area as the Chinese ships "
    "come near (REQUEST; COERCE/restrict accepted as an order of the authorities); 'the "
    "Chinese ships came nearby' is the same ships' movement (not coded again)",
)
ev(
    S,
    "Tokyo summoned the Chinese ambassador to Japan",
    "summoned the Chinese ambassador",
    "ACCUSE",
    "disapprove",
    ["JPN"],
    ["Tokyo"],
    ["CHN"],
    ["Chinese"],
    optional=True,
    note="restatement of sentence 0's summons: optional",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round7.jsonl", STORIES_JSONL, STORIES, E)

"""Build `round21.jsonl`, the analyst's event annotation of seven VOA pages (issue 9 spot check).

Round 21 takes its stories from the search store, as rounds 7-20. The texts are kept readable in
`round21_stories_source.txt`; this script first rebuilds `round21-stories.jsonl` from it
(`common.write_stories`: every paragraph found in the source, a truncated text ending at a complete
sentence), then resolves the annotation written below against those texts
(`common.write_and_check`: sentence and trigger offsets, every actor/recipient word found, PLOVER
type names, re-read and checked). It imports round 9's builder for its paths (round 9's files are
not rewritten) and does not import wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round21.py

Fields are those of rounds 3-19 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings AGREE `future=true`, its note of 2026-12-05;
reciprocal talks and fighting joint with an empty recipient, a visit visitor -> host and a
mediator's role directed, its decision 17; the content of an accusation, denial or demand is not
its own event, its decision 2, and is optional where it is coded at all). An actor or recipient
named only in another sentence is listed in `context_mentions`. No flag is pre-registered as
"right only if flagged".

The shared splitter (`common.sentences`) cuts after "Mr." and "Mrs.": a sentence such as
"Mr. Obasanjo has previously said ..." is two spans ("Mr." and "Obasanjo has previously said
..."); anchors below start at the second span, and a name cut off into the next span is a
context mention.

Actor codes (guideline "Actor codes"): Charles Taylor and his spokesman LBR; the Special Court for
Sierra Leone ("the special United Nations-backed war crimes court") UNO (IGO and SLE accepted);
the African Union and ECOWAS IGO; the Tamil Tigers (LTTE) LKA, as rebels take their country's
code; Nagorno-Karabakh's separatists AZE; Hamas and Gaza PSE; the Sinai militants not coded
(unidentified, EGY accepted); the Sri Lankan judges LKA; Jehan Perera's National Peace Council
NGO.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round21_stories_source.txt"
STORIES_JSONL = f"{HERE}/round21-stories.jsonl"
STORIES = ["319801", "1398110", "394300", "400857", "1762375", "fiji-aus-nz-2009", "544591"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ---- 319801 (Nigeria weighs Liberia's request to extradite Charles Taylor, 2006)
S = "319801"
ev(
    S,
    "Nigeria's government says it is considering",
    "an extradition request",
    "REQUEST",
    "",
    ["LBR"],
    ["Liberia"],
    ["NGA"],
    ["Nigeria's government"],
    accept_types=["COOPERATE"],
    note="Liberia's request that Nigeria extradite Taylor (the story's main act; CAMEO 1013 "
    "'demand judicial cooperation' is REQUEST with no mode the guideline stores); 'is "
    "considering' is deliberation, not coded",
)
ev(
    S,
    "The former regional warlord",
    "is wanted for alleged war crimes",
    "ACCUSE",
    "allege",
    [],
    [],
    ["LBR"],
    ["The former regional warlord"],
    optional=True,
    accept_actor=[["SLE"], ["UNO"]],
    note="the standing war-crimes indictment (an attribute, decision 1(c)); who indicted him is "
    "not named here: optional",
)
ev(
    S,
    "The former regional warlord",
    "was given asylum",
    "AID",
    "",
    ["NGA"],
    ["Nigeria"],
    ["LBR"],
    ["The former regional warlord"],
    note="the 2003 asylum (CAMEO 075 'grant asylum' is AID), the arrangement the extradition "
    "request would end: required although background",
)
ev(
    S,
    "A spokeswoman says Nigerian President Olusegun Obasanjo",
    "will consult with",
    "AGREE",
    "",
    ["NGA", "IGO", "IGO"],
    ["Nigerian President Olusegun Obasanjo", "the African Union", "ECOWAS"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["NGA"]],
    accept_recipient=[["IGO", "IGO"], ["IGO"]],
    note="Obasanjo's planned consultation with the AU and ECOWAS leaders: a planned meeting, AGREE "
    "future=true, joint (decision 4 note, 17); directed NGA -> IGO accepted",
)
ev(
    S,
    "Obasanjo has previously said he would honor",
    "would honor an extradition request",
    "AGREE",
    "",
    ["NGA"],
    ["Obasanjo"],
    ["LBR"],
    ["a duly elected Liberian leader"],
    note="Obasanjo's standing promise to hand Taylor over to an elected Liberian leader: a "
    "conditional promise is AGREE, not hypothetical (decision 5)",
)
ev(
    S,
    '"One cannot say immediately now',
    "it will happen",
    "COOPERATE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    hypothetical=True,
    accept_actor=[["NGA"]],
    accept_recipient=[["LBR"]],
    note="the possible extradition inside Omuabo's 'if there is an extradition request' "
    "(decision 5: an event that is itself only possible): optional",
)
A = "Nigeria's confirmation of the request"
ev(
    S,
    A,
    "met with",
    "CONSULT",
    "",
    ["USA", "LBR"],
    ["U.S. lawmakers", "Ellen Johnson Sirleaf"],
    [],
    [],
    accept_actor=[["LBR"], ["USA"]],
    accept_recipient=[["USA"], ["LBR"]],
    note="US lawmakers' meeting with Sirleaf in Washington: a reported meeting is joint "
    "(decision 17; the place does not make it a visit); directed accepted",
)
ev(
    S,
    A,
    "had formally asked Nigeria to turn over",
    "REQUEST",
    "",
    ["LBR"],
    ["her government"],
    ["NGA"],
    ["Nigeria"],
    optional=True,
    note="the request of sentence 0 told again (with its verb): optional (required in the lead)",
)
ev(
    S,
    "The announcements put to rest speculation",
    "a recent meeting",
    "CONSULT",
    "",
    ["LBR", "NGA"],
    ["Sirleaf", "Obasanjo"],
    [],
    [],
    optional=True,
    accept_actor=[[]],
    note="the earlier Sirleaf-Obasanjo meeting; the splitter cuts the sentence after 'Mrs.', so "
    "both names fall in the next spans (context mentions): optional",
)
ev(
    S,
    "Sirleaf has previously said she is ready",
    "is ready to hand over",
    "AGREE",
    "",
    ["LBR"],
    ["Sirleaf"],
    ["UNO"],
    ["the special United Nations-backed war crimes court"],
    accept_recipient=[["IGO"], ["SLE"], []],
    note="Sirleaf's stated readiness to hand Taylor to the Special Court: a promise of future "
    "cooperation is AGREE (decision 4); the court's name falls in the next span after 'Mr.' "
    "(context mention)",
)
ev(
    S,
    "Taylor is wanted there",
    "is wanted there",
    "ACCUSE",
    "allege",
    [],
    [],
    ["LBR"],
    ["Taylor"],
    optional=True,
    accept_actor=[["UNO"], ["SLE"]],
    note="the indictment restated (an attribute, decision 1(c)); its counts are its content "
    "(decision 2): optional",
)
ev(
    S,
    "Taylor is wanted there",
    "was also accused of",
    "ACCUSE",
    "allege",
    [],
    [],
    ["LBR"],
    ["he"],
    optional=True,
    note="older accusations over Liberia, Guinea and Ivory Coast (accusers not named): optional",
)
ev(
    S,
    "He has denied the charges",
    "has denied the charges",
    "REJECT",
    "",
    ["LBR"],
    ["He"],
    [],
    [],
    accept_recipient=[["UNO"]],
    note="Taylor denies the charges: REJECT (decision 14)",
)
ev(
    S,
    "A spokesman for Taylor said",
    "precluded a trial",
    "REJECT",
    "",
    ["LBR"],
    ["A spokesman for Taylor"],
    [],
    [],
    optional=True,
    accept_types=["ACCUSE"],
    accept_recipient=[["NGA"], ["UNO"]],
    note="the spokesman's argument that the asylum terms rule out a trial (a rejection of the "
    "hand-over): optional",
)

# ---- 1398110 (Turkey and Armenia: the Zurich signing delayed, 2009)
S = "1398110"
A = "The signing of an accord to normalize relations"
ev(
    S,
    A,
    "The signing of an accord",
    "AGREE",
    "",
    ["TUR", "ARM"],
    ["Turkey", "Armenia"],
    [],
    [],
    accept_types=["SUPPORT"],
    note="the planned signing of the normalization accord, delayed: a plan to sign is AGREE "
    "(decision 15; SUPPORT, the signing itself, accepted), joint; not negated (delayed, not "
    "called off)",
)
ev(
    S,
    A,
    "disagreements over the statements",
    "REJECT",
    "",
    ["TUR", "ARM"],
    ["the two sides", "the two sides"],
    [],
    [],
    optional=True,
    accept_types=["ACCUSE"],
    note="the two sides' dispute over the statements (mutual, joint): optional",
)
ev(
    S,
    "U.S. Secretary of State Hillary Clinton is in Zurich",
    "is in Zurich, Switzerland, for the signing ceremony",
    "CONSULT",
    "visit",
    ["USA"],
    ["U.S. Secretary of State Hillary Clinton"],
    ["CHE"],
    ["Switzerland"],
    optional=True,
    accept_recipient=[[], ["TUR", "ARM"]],
    note="Clinton's trip to the ceremony (Switzerland named as a place only; decision 17 keeps "
    "such a trip directed): optional",
)
ev(
    S,
    "U.S. State Department spokesman Ian Kelly",
    "are helping the two sides come to an agreement",
    "CONSULT",
    "",
    ["USA"],
    ["U.S. officials"],
    ["TUR", "ARM"],
    ["the two sides", "the two sides"],
    accept_types=["COOPERATE", "SUPPORT"],
    accept_recipient=[[]],
    note="US mediation between the two sides (CAMEO 045 'engage in mediation' is CONSULT); a "
    "mediator is not a side, so directed (decision 17)",
)
A = "The Armenian and Turkish foreign ministers"
ev(
    S,
    A,
    "to sign the accord",
    "AGREE",
    "",
    ["ARM", "TUR"],
    ["Edward Nalbandian", "Ahmet Davutoglu"],
    [],
    [],
    optional=True,
    accept_types=["SUPPORT"],
    note="the planned signing told again: optional (required in sentence 0)",
)
ev(
    S,
    A,
    "killings of Armenians under Ottoman Turkish rule",
    "ASSAULT",
    "massacre",
    ["TUR"],
    ["Ottoman Turkish"],
    ["ARM"],
    ["Armenians"],
    optional=True,
    accept_actor=[[]],
    note="the World War One killings (a time nominal of history): optional",
)
ev(
    S,
    "If ratified, the deal would restore",
    "would restore diplomatic ties",
    "COOPERATE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    hypothetical=True,
    accept_types=["AGREE", "SUPPORT"],
    accept_actor=[["TUR", "ARM"]],
    note="what the deal would do if ratified (possible only, decision 5): optional",
)
A = "Armenians want the World War One massacres"
ev(
    S,
    A,
    "want the World War One massacres recognized as genocide",
    "REQUEST",
    "",
    ["ARM"],
    ["Armenians"],
    [],
    [],
    optional=True,
    accept_recipient=[["TUR"]],
    note="Armenians' standing demand (a desire, not a reported act): optional",
)
ev(
    S,
    A,
    "strongly rejects",
    "REJECT",
    "",
    ["TUR"],
    ["Turkey"],
    [],
    [],
    accept_recipient=[["ARM"]],
    note="Turkey rejects the genocide label: REJECT (decision 14)",
)
ev(
    S,
    "The agreement calls for a joint commission",
    "a concession to Turkey",
    "CONCEDE",
    "",
    [],
    [],
    ["TUR"],
    ["Turkey"],
    optional=True,
    accept_actor=[["ARM"]],
    note="experts' reading of the historians' commission as a concession (Armenia implied): "
    "optional",
)
A = "Turkey closed its border with Armenia in 1993"
ev(
    S,
    A,
    "closed its border with Armenia",
    "SANCTION",
    "discontinue",
    ["TUR"],
    ["Turkey"],
    ["ARM"],
    ["Armenia"],
    accept_types=["REJECT", "COERCE"],
    note="Turkey's 1993 border closure, the act the accord would undo: SANCTION/discontinue (as "
    "round 15 codes a border closure; REJECT and COERCE accepted)",
)
ev(
    S,
    A,
    "in solidarity with Azerbaijan",
    "SUPPORT",
    "",
    ["TUR"],
    ["Turkey"],
    ["AZE"],
    ["Azerbaijan"],
    optional=True,
    note="the closure's purpose, Turkish backing for Azerbaijan: optional",
)
ev(
    S,
    A,
    "was fighting Armenian-backed separatists",
    "ASSAULT",
    "",
    ["AZE", "AZE"],
    ["Azerbaijan", "Armenian-backed separatists"],
    [],
    [],
    optional=True,
    accept_actor=[["AZE"]],
    accept_recipient=[["AZE"], ["ARM"]],
    note="the Nagorno-Karabakh war (separatists take their country's code, AZE): two-sided "
    "fighting, joint (decision 17); background, optional",
)
ev(
    S,
    A,
    "Armenian-backed",
    "SUPPORT",
    "",
    ["ARM"],
    ["Armenian"],
    ["AZE"],
    ["separatists"],
    optional=True,
    accept_types=["AID"],
    note="Armenia's backing of the separatists (a modifier): optional",
)
A = "Azerbaijani President Ilham Aliyev said Friday"
ev(
    S,
    A,
    "talks with his Armenian counterpart",
    "CONSULT",
    "",
    ["AZE", "ARM"],
    ["Azerbaijani President Ilham Aliyev", "Serzh Sarkisyan"],
    [],
    [],
    note="the Aliyev-Sarkisyan talks over Nagorno-Karabakh (held, failed): CONSULT, joint "
    "(decision 17); their failure is not a further event",
)
ev(
    S,
    A,
    "contradicting previous statements by Russia",
    "REJECT",
    "",
    ["AZE"],
    ["Azerbaijani President Ilham Aliyev"],
    ["RUS"],
    ["Russia"],
    optional=True,
    accept_types=["ACCUSE"],
    note="Aliyev's account contradicts Russia's: optional",
)

# ---- 394300 (Japan and North Korea resume talks on the abductions, 2004)
S = "394300"
A = "Japan and North Korea are holding talks"
ev(
    S,
    A,
    "are holding talks",
    "CONSULT",
    "",
    ["JPN", "PRK"],
    ["Japan", "North Korea"],
    [],
    [],
    accept_recipient=[["PRK"]],
    accept_actor=[["JPN"]],
    note="the third round of abduction talks in Pyongyang: CONSULT, joint (decision 17; the "
    "place does not make it a visit; JPN -> PRK accepted)",
)
ev(
    S,
    A,
    "were kidnapped by agents of the communist state",
    "ASSAULT",
    "abduct",
    ["PRK"],
    ["agents of the communist state"],
    ["JPN"],
    ["Japanese"],
    accept_types=["COERCE"],
    note="the abductions of the 1970s-80s, the subject of the talks: ASSAULT/abduct (CAMEO 181); "
    "required once, here, optional where retold",
)
ev(
    S,
    "This is the third round of talks",
    "were abducted and taken to North Korea",
    "ASSAULT",
    "abduct",
    [],
    [],
    ["JPN"],
    ["Japanese"],
    optional=True,
    accept_actor=[["PRK"]],
    note="the abductions retold (the talks here are a back-reference, decision 1(a)): optional",
)
ev(
    S,
    "Yabunaka says unless the issue is resolved",
    "cannot begin",
    "THREATEN",
    "relations",
    ["JPN"],
    ["Yabunaka"],
    [],
    [],
    accept_types=["REQUEST", "REJECT"],
    accept_recipient=[["PRK"]],
    note="Japan's condition: no normalization talks unless the abduction issue is resolved, a "
    "conditional threat to withhold talks (decision 5; CAMEO 134, THREATEN/relations); "
    "REQUEST and REJECT accepted",
)
ev(
    S,
    "Japan wants to learn the fate",
    "wants to learn the fate of 10 citizens",
    "REQUEST",
    "",
    ["JPN"],
    ["Japan"],
    [],
    [],
    accept_recipient=[["PRK"]],
    note="Japan's demand for an account of the ten missing abductees",
)
ev(
    S,
    "North Korea is thought to have snatched",
    "snatched them",
    "ASSAULT",
    "abduct",
    ["PRK"],
    ["North Korea"],
    ["JPN"],
    ["them"],
    optional=True,
    note="the abductions told a third time: optional",
)
ev(
    S,
    "North Korea has said most of the 10 died",
    "it has no information on the others",
    "REJECT",
    "",
    ["PRK"],
    ["North Korea"],
    [],
    [],
    optional=True,
    accept_recipient=[["JPN"]],
    note="North Korea's answer to Japan's demand (no information): optional",
)
ev(
    S,
    "Five other abductees were returned",
    "were returned to Japan",
    "RETREAT",
    "release",
    [],
    [],
    ["JPN"],
    ["Japan"],
    optional=True,
    accept_actor=[["PRK"]],
    note="the 2002 return of five abductees (returner not named): background, optional",
)
ev(
    S,
    "Hours before the talks began",
    "rallied",
    "PROTEST",
    "demo",
    ["JPN"],
    ["about 20 relatives of the missing"],
    ["JPN"],
    ["the prime minister's office"],
    optional=True,
    accept_recipient=[[]],
    note="the families' rally in Tokyo (domestic, aimed at their own government): optional",
)
ev(
    S,
    "Among them was Shigeru Yokota",
    "was abducted",
    "ASSAULT",
    "abduct",
    [],
    [],
    ["JPN"],
    ["Megumi"],
    optional=True,
    accept_actor=[["PRK"]],
    note="Megumi Yokota's abduction (abductor not named here): optional",
)
ev(
    S,
    "He says substantial progress must be made",
    "must be made this time",
    "REQUEST",
    "",
    ["JPN"],
    ["He"],
    [],
    [],
    optional=True,
    accept_recipient=[["PRK"], ["JPN"]],
    note="Yokota's demand for progress (a private citizen speaking to supporters): optional",
)
A = "The families and some politicians are pushing"
ev(
    S,
    A,
    "are pushing for Japan to impose economic sanctions",
    "REQUEST",
    "",
    ["JPN"],
    ["The families and some politicians"],
    ["JPN"],
    ["Japan"],
    note="the push for sanctions on North Korea if the talks fail: REQUEST (domestic actors "
    "addressing their government); the sanctions are its content (decision 2)",
)
ev(
    S,
    A,
    "impose economic sanctions on North Korea",
    "SANCTION",
    "",
    ["JPN"],
    ["Japan"],
    ["PRK"],
    ["North Korea"],
    optional=True,
    hypothetical=True,
    accept_types=["COERCE"],
    note="the sanctions demanded, only possible (content of the demand, decision 2): optional",
)
ev(
    S,
    "To demonstrate its seriousness",
    "has dispatched a 19-member delegation",
    "CONSULT",
    "visit",
    ["JPN"],
    ["Japan"],
    [],
    [],
    optional=True,
    accept_recipient=[["PRK"]],
    accept_types=["AGREE"],
    note="the delegation sent to the talks (part of the talks coded in sentence 0): optional",
)
A = "During a meeting in Pyongyang in May"
ev(
    S,
    A,
    "a meeting in Pyongyang in May",
    "CONSULT",
    "",
    ["PRK", "JPN"],
    ["Kim Jong Il", "Junichiro Koizumi"],
    [],
    [],
    optional=True,
    accept_actor=[["JPN"]],
    accept_recipient=[["PRK"]],
    note="the May 2004 Kim-Koizumi summit: a time nominal of an earlier meeting, joint; optional",
)
ev(
    S,
    A,
    "promised",
    "AGREE",
    "",
    ["PRK"],
    ["Kim Jong Il"],
    ["JPN"],
    ["Japanese Prime Minister Junichiro Koizumi"],
    note="Kim's promise of a new investigation into the missing: AGREE (the investigation is its "
    "content, not coded)",
)

# ---- 400857 (Bush visits Calderon in Yucatan, 2007)
S = "400857"
A = "President Bush is visiting a hacienda"
ev(
    S,
    A,
    "is visiting",
    "CONSULT",
    "visit",
    ["USA"],
    ["President Bush"],
    ["MEX"],
    ["President Felipe Calderon"],
    accept_actor=[["USA", "MEX"]],
    accept_recipient=[[]],
    note="Bush's visit to his host Calderon: CONSULT/visit, visitor -> host (decision 17; joint "
    "accepted)",
)
ev(
    S,
    A,
    "are discussing",
    "CONSULT",
    "",
    ["USA", "MEX"],
    ["the two leaders", "the two leaders"],
    [],
    [],
    optional=True,
    note="the talks at the visit coded just before (the same encounter): optional",
)
ev(
    S,
    "In his greeting to President Bush Tuesday",
    "emphasized the importance each country has to the other",
    "SUPPORT",
    "",
    ["MEX"],
    ["President Calderon"],
    ["USA"],
    ["President Bush"],
    optional=True,
    accept_types=["CONSULT"],
    note="Calderon's welcome stressing the relationship (a courtesy; the greeting is part of the "
    "visit): optional",
)
ev(
    S,
    "He said President Bush had made that same point",
    "a previous visit",
    "CONSULT",
    "visit",
    ["USA"],
    ["President Bush"],
    ["MEX"],
    ["Vicente Fox"],
    optional=True,
    accept_actor=[["USA", "MEX"]],
    accept_recipient=[[]],
    note="Bush's 2001 visit with Fox: background, optional",
)
A = "But the terrorist attacks in Washington and New York"
ev(
    S,
    A,
    "the terrorist attacks",
    "ASSAULT",
    "",
    [],
    [],
    ["USA"],
    ["Washington"],
    optional=True,
    accept_actor=[["IMG"]],
    note="the September 11 attacks (attackers not named): background, optional",
)
ev(
    S,
    A,
    "plans both Bush and Fox had",
    "AGREE",
    "",
    ["USA", "MEX"],
    ["Bush", "Fox"],
    [],
    [],
    optional=True,
    note="the 2001 reform plans (derailed): background, optional",
)
ev(
    S,
    "In his greeting, President Calderon expressed support",
    "expressed support",
    "SUPPORT",
    "",
    ["MEX"],
    ["President Calderon"],
    ["USA"],
    ["Bush"],
    note="Calderon backs Bush's guest-worker plan: SUPPORT",
)
A = "But the Mexican leader criticized"
ev(
    S,
    A,
    "criticized",
    "ACCUSE",
    "disapprove",
    ["MEX"],
    ["the Mexican leader"],
    ["USA"],
    ["U.S."],
    note="Calderon criticizes the US border-fence plan: ACCUSE/disapprove (decision 14)",
)
ev(
    S,
    A,
    "plans to build nearly 1,000 kilometers of fencing",
    "MOBILIZE",
    "",
    ["USA"],
    ["U.S."],
    [],
    [],
    optional=True,
    accept_types=["SANCTION", "REJECT", "COERCE"],
    accept_recipient=[["MEX"]],
    note="the fence plan, the object of the criticism (decision 2): optional",
)
ev(
    S,
    "But U.S. advocates of greater border security",
    "are campaigning against",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["U.S. advocates of greater border security"],
    [],
    [],
    optional=True,
    accept_recipient=[["USA"]],
    note="domestic US campaign against reform (CAMEO 113 'rally opposition against'): optional",
)
ev(
    S,
    "For this reason, critics of the Bush proposal",
    "critics of the Bush proposal say",
    "ACCUSE",
    "disapprove",
    [],
    [],
    ["USA"],
    ["Bush"],
    optional=True,
    accept_actor=[["USA"]],
    note="unnamed critics of the guest-worker plan (domestic): optional",
)

# ---- 1762375 (Egypt keeps Gaza's Rafah crossing closed, 2013)
S = "1762375"
A = "Palestinians in the Gaza Strip"
ev(
    S,
    A,
    "has closed the vital Rafah Crossing",
    "SANCTION",
    "discontinue",
    ["EGY"],
    ["the Egyptian government"],
    ["PSE"],
    ["Palestinians in the Gaza Strip"],
    accept_types=["COERCE", "REJECT"],
    note="Egypt closes the Rafah crossing to Gaza: SANCTION/discontinue as a border closure "
    "(COERCE/restrict, a blockade, and REJECT accepted)",
)
ev(
    S,
    A,
    "blocking thousands",
    "REJECT",
    "",
    ["EGY"],
    ["the Egyptian government"],
    ["PSE"],
    ["thousands who work, study or need medical treatment"],
    optional=True,
    accept_types=["COERCE", "SANCTION"],
    note="the closure's effect on travellers (part of the closure): optional",
)
ev(
    S,
    "Egypt says the closures are part of an effort",
    "militant attacks in the Sinai",
    "ASSAULT",
    "",
    [],
    [],
    ["EGY"],
    ["Egyptian security personnel"],
    optional=True,
    accept_actor=[["EGY"]],
    note="the Sinai attacks on Egyptian security forces (militants not identified), given as the "
    "reason: optional",
)
ev(
    S,
    "But some Gaza residents believe",
    "believe other motives are behind the move",
    "ACCUSE",
    "allege",
    ["PSE"],
    ["some Gaza residents"],
    [],
    [],
    optional=True,
    accept_recipient=[["EGY"]],
    note="residents' suspicion of Egypt's motives (a belief, not a statement): optional",
)
A = "The Rafah Crossing from Gaza to Egypt has been mostly closed"
ev(
    S,
    A,
    "has been mostly closed",
    "SANCTION",
    "discontinue",
    [],
    [],
    ["PSE"],
    ["Gaza"],
    optional=True,
    accept_actor=[["EGY"]],
    accept_types=["COERCE", "REJECT"],
    note="the closure told again: optional",
)
ev(
    S,
    A,
    "deposed",
    "COERCE",
    "",
    ["EGY"],
    ["the Egyptian military"],
    ["EGY", "EGY"],
    ["President Mohamed Morsi", "his ruling Muslim Brotherhood"],
    accept_recipient=[["EGY"]],
    note="the July 2013 ouster of Morsi: COERCE with no mode (decision 10); domestic, but the "
    "turn that set off the closure",
)
ev(
    S,
    "Chaos occurs when the crossing is occasionally opened",
    "is occasionally opened",
    "CONCEDE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_types=["RETREAT"],
    accept_actor=[["EGY"]],
    accept_recipient=[["PSE"]],
    note="the brief openings this week (an easing; no party named): optional",
)
ev(
    S,
    "Egypt has also closed hundreds of smuggling tunnels",
    "has also closed hundreds of smuggling tunnels",
    "SANCTION",
    "discontinue",
    ["EGY"],
    ["Egypt"],
    [],
    [],
    accept_types=["COERCE", "ASSAULT"],
    accept_recipient=[["PSE"]],
    note="Egypt shuts the Gaza smuggling tunnels: coded like the crossing closure (COERCE and "
    "ASSAULT, destroying property, accepted); Gaza is named in the next sentence",
)
A = "These were an economic lifeline to Gaza"
ev(
    S,
    A,
    "an Israeli blockade",
    "COERCE",
    "restrict",
    ["ISR"],
    ["Israeli"],
    ["PSE"],
    ["Gaza"],
    accept_types=["SANCTION"],
    note="Israel's standing blockade of Gaza: COERCE/restrict (CAMEO 191 'impose blockade'); "
    "SANCTION accepted",
)
ev(
    S,
    A,
    "took power",
    "COERCE",
    "",
    ["PSE"],
    ["the militant Hamas group"],
    ["PSE"],
    ["Gaza"],
    optional=True,
    accept_types=["ASSAULT"],
    accept_recipient=[[]],
    note="Hamas's 2007 seizure of Gaza (decision 10): background, optional",
)
A = "Egypt says militants were using the crossing"
ev(
    S,
    A,
    "Egypt says militants were using the crossing",
    "ACCUSE",
    "allege",
    ["EGY"],
    ["Egypt"],
    [],
    [],
    accept_recipient=[["PSE"]],
    note="Egypt's charge that militants used the crossing and tunnels for attacks in Sinai: "
    "ACCUSE/allege; the attacks are its content (decision 2)",
)
ev(
    S,
    A,
    "denies",
    "REJECT",
    "",
    ["PSE"],
    ["Ahmed Yusuf"],
    [],
    [],
    accept_recipient=[["EGY"]],
    note="senior Hamas official Ahmed Yusuf denies the charge: REJECT (decision 14); the "
    "sentence is garbled in the store ('senior Hamas denies Ahmed Yusuf denies'), the first "
    "'denies' is the trigger",
)

# ---- fiji-aus-nz-2009 (Fiji, Australia and New Zealand expel each other's envoys, 2009)
S = "fiji-aus-nz-2009"
A = "Australia has ordered Fiji's most senior diplomat"
ev(
    S,
    A,
    "has ordered Fiji's most senior diplomat to leave the country",
    "SANCTION",
    "expel",
    ["AUS"],
    ["Australia"],
    ["FJI"],
    ["Fiji's most senior diplomat"],
    note="Australia expels Fiji's top envoy: SANCTION/expel (decision 8)",
)
ev(
    S,
    A,
    "to expel its Australia's high commissioner",
    "SANCTION",
    "expel",
    ["FJI"],
    ["the Fijian military"],
    ["AUS"],
    ["Australia's high commissioner"],
    note="Fiji's expulsion of the Australian high commissioner (the act Australia answers)",
)
A = "New Zealand's top official in Suva"
ev(
    S,
    A,
    "has been thrown out",
    "SANCTION",
    "expel",
    [],
    [],
    ["NZL"],
    ["New Zealand's top official in Suva"],
    accept_actor=[["FJI"]],
    note="the New Zealand envoy expelled (Fiji, the expeller, not named in the passive; FJI "
    "accepted)",
)
ev(
    S,
    A,
    "being accused of interfering",
    "ACCUSE",
    "allege",
    [],
    [],
    ["NZL"],
    ["New Zealand's top official in Suva"],
    optional=True,
    accept_actor=[["FJI"]],
    note="the accusation behind the expulsion (accuser not named; told with its actor in "
    "sentence 6): optional",
)
ev(
    S,
    "The latest quarrel among Australia",
    "Fiji wants to recruit",
    "COOPERATE",
    "",
    ["FJI"],
    ["Fiji"],
    ["LKA"],
    ["expatriate judges from Sri Lanka"],
    optional=True,
    accept_types=["REQUEST"],
    note="Fiji's plan to hire Sri Lankan judges (individuals, not the Sri Lankan state): optional",
)
A = "They are to replace judges who were fired"
ev(
    S,
    A,
    "were fired",
    "COERCE",
    "",
    [],
    [],
    ["FJI"],
    ["judges"],
    optional=True,
    accept_actor=[["FJI"]],
    note="the April 2009 dismissal of the judiciary (domestic; who fired them not named): optional",
)
ev(
    S,
    A,
    "declaring the military government illegal",
    "SANCTION",
    "convict",
    ["FJI"],
    ["judges"],
    ["FJI"],
    ["the military government"],
    optional=True,
    accept_types=["ACCUSE"],
    note="the court ruling against the regime (decision 9: a court order finding against a party): "
    "optional",
)
A = "Both Canberra and Wellington warned"
ev(
    S,
    A,
    "warned",
    "THREATEN",
    "ban",
    ["AUS", "NZL"],
    ["Canberra", "Wellington"],
    ["LKA"],
    ["the judges from Sri Lanka"],
    accept_recipient=[[]],
    accept_types=["ACCUSE"],
    note="the warning that the judges would face travel bans if they took the posts: a "
    "conditional threat (decision 5), THREATEN (CAMEO 132 'administrative sanctions', ban)",
)
ev(
    S,
    A,
    "travel bans imposed on all senior officials",
    "REJECT",
    "",
    [],
    [],
    ["FJI"],
    ["all senior officials in the military administration"],
    optional=True,
    accept_actor=[["AUS", "NZL"], ["AUS"], ["NZL"]],
    accept_types=["SANCTION"],
    note="the standing travel bans on the regime (barring entry is REJECT, decision 8): optional",
)
A = "He accused the high commissioners"
ev(
    S,
    A,
    "accused",
    "ACCUSE",
    "allege",
    ["FJI"],
    ["He"],
    ["NZL", "AUS"],
    ["New Zealand", "Australia"],
    note="Bainimarama accuses the two envoys of meddling (named in the previous sentence, 'He'): "
    "ACCUSE/allege; the meddling is its content",
)
ev(
    S,
    A,
    "ordered them to leave",
    "SANCTION",
    "expel",
    ["FJI"],
    ["He"],
    ["NZL", "AUS"],
    ["New Zealand", "Australia"],
    optional=True,
    note="the expulsions of sentences 0-1 told with their actor: optional (required there)",
)
A = "Australian officials describe the expulsions"
ev(
    S,
    A,
    "describe the expulsions as unreasonable and provocative",
    "ACCUSE",
    "disapprove",
    ["AUS"],
    ["Australian officials"],
    [],
    [],
    accept_recipient=[["FJI"]],
    note="Australia condemns Fiji's expulsions: ACCUSE/disapprove (decision 14)",
)
ev(
    S,
    A,
    "to expel Fiji's most senior diplomat",
    "SANCTION",
    "expel",
    ["AUS"],
    ["Prime Minister Kevin Rudd"],
    ["FJI"],
    ["Fiji's most senior diplomat"],
    optional=True,
    accept_actor=[[]],
    note="Australia's expulsion told again (Rudd defends it; defending one's own act is not a "
    "further event): optional",
)
A = '"The Fijian regime led by Commodore Bainimarama'
ev(
    S,
    A,
    "noted Rudd",
    "ACCUSE",
    "allege",
    ["AUS"],
    ["Rudd"],
    ["FJI"],
    ["The Fijian regime"],
    note="Rudd's charges against the regime (coup, constitution, elections, judiciary): "
    "ACCUSE/allege; the charges are its content (decision 2)",
)
ev(
    S,
    A,
    "has conducted a military coup",
    "COERCE",
    "",
    ["FJI"],
    ["The Fijian regime"],
    [],
    [],
    optional=True,
    accept_recipient=[["FJI"]],
    note="the 2006 coup inside Rudd's charge: optional",
)
ev(
    S,
    A,
    "has refused to hold elections",
    "REJECT",
    "",
    ["FJI"],
    ["he"],
    [],
    [],
    optional=True,
    note="inside Rudd's charge: optional",
)
ev(
    S,
    A,
    "suspended the judiciary",
    "COERCE",
    "",
    ["FJI"],
    ["he"],
    ["FJI"],
    ["the judiciary"],
    optional=True,
    accept_recipient=[[]],
    note="inside Rudd's charge (the judges' dismissal of sentence 3): optional",
)
ev(
    S,
    '"And so therefore we have taken',
    "have taken a deliberately hardline approach",
    "SANCTION",
    "",
    ["AUS"],
    ["we"],
    ["FJI"],
    ["this regime"],
    optional=True,
    accept_types=["ACCUSE", "REJECT"],
    note="Australia's standing hard line (a policy, no single act): optional",
)
ev(
    S,
    "Australia and New Zealand's relations",
    "an army coup in December 2006",
    "COERCE",
    "",
    ["FJI"],
    ["army"],
    [],
    [],
    optional=True,
    accept_actor=[[]],
    note="the 2006 coup as a time nominal: optional",
)
A = "Commodore Bainimarama seized power"
ev(
    S,
    A,
    "seized power",
    "COERCE",
    "",
    ["FJI"],
    ["Commodore Bainimarama"],
    ["FJI"],
    ["the elected government of Prime Minister Laisenia Qarase"],
    optional=True,
    accept_recipient=[[]],
    note="the 2006 coup told with both sides (decision 10): background, optional",
)
ev(
    S,
    A,
    "claiming the elected government",
    "ACCUSE",
    "allege",
    ["FJI"],
    ["Commodore Bainimarama"],
    ["FJI"],
    ["the elected government of Prime Minister Laisenia Qarase"],
    optional=True,
    note="the coup leader's charges against Qarase's government (2006, domestic): optional",
)
ev(
    S,
    "Despite international pressure",
    "has refused to commit to a swift return to democracy",
    "REJECT",
    "",
    ["FJI"],
    ["the military leader"],
    [],
    [],
    optional=True,
    note="standing refusal (decision 6(a)); 'international pressure' is a construct: optional",
)

# ---- 544591 (Norway's foreign minister in Sri Lanka to revive peace talks, 2004)
S = "544591"
A = "Norway's foreign minister is in the Sri Lankan capital"
ev(
    S,
    A,
    "is in the Sri Lankan capital Colombo for talks",
    "CONSULT",
    "visit",
    ["NOR"],
    ["Norway's foreign minister"],
    ["LKA"],
    ["the president"],
    accept_actor=[["NOR", "LKA"]],
    accept_recipient=[[]],
    note="Petersen's visit to Colombo for talks with Kumaratunga: CONSULT/visit, visitor -> host "
    "(decision 17; joint accepted)",
)
ev(
    S,
    "During a three-day visit, he also is expected to meet",
    "is expected to meet",
    "AGREE",
    "",
    ["NOR", "LKA"],
    ["he", "the reclusive leader of the Tamil rebels"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["NOR"]],
    accept_recipient=[["LKA"]],
    note="the planned meeting with the Tamil Tiger leader: AGREE future=true, joint (decision 4 "
    "note, 17); directed accepted",
)
A = "The meeting between Norwegian Foreign Minister Jan Petersen"
ev(
    S,
    A,
    "The meeting between",
    "CONSULT",
    "",
    ["NOR", "LKA"],
    ["Norwegian Foreign Minister Jan Petersen", "Sri Lankan President Chandrika Kumaratunga"],
    [],
    [],
    optional=True,
    accept_actor=[["NOR"]],
    accept_recipient=[["LKA"]],
    note="the Petersen-Kumaratunga meeting, the visit of sentence 0 told again: optional",
)
ev(
    S,
    A,
    "several he is expected to hold this week",
    "AGREE",
    "",
    ["NOR"],
    ["he"],
    [],
    [],
    optional=True,
    future=True,
    note="further planned meetings (other sides not named): optional",
)
A = "Norway mediated the February 2002 cease-fire"
ev(
    S,
    A,
    "mediated",
    "CONSULT",
    "",
    ["NOR"],
    ["Norway"],
    ["LKA", "LKA"],
    ["the two sides", "the two sides"],
    accept_types=["AID", "COOPERATE"],
    accept_recipient=[["LKA"], []],
    note="Norway's mediation of the 2002 cease-fire (CAMEO 045 is CONSULT); a mediator is not a "
    "side, so directed (decision 17); both sides are LKA (the Tigers take their country's code)",
)
ev(
    S,
    A,
    "the February 2002 cease-fire",
    "AGREE",
    "",
    ["LKA", "LKA"],
    ["the two sides", "the two sides"],
    [],
    [],
    optional=True,
    accept_types=["RETREAT", "CONCEDE"],
    note="the 2002 cease-fire agreement as a time nominal (decision 7): optional",
)
A = "In December 2003, the Tamil Tiger rebels"
ev(
    S,
    A,
    "unveiled a plan for self-rule",
    "REQUEST",
    "change",
    ["LKA"],
    ["the Tamil Tiger rebels"],
    [],
    [],
    accept_recipient=[["LKA"]],
    accept_types=["AGREE"],
    note="the Tigers' 2003 self-rule proposal (a demand for autonomy, CAMEO 1044), the plan at the "
    "core of the impasse that the government's charge answers: required although background",
)
ev(
    S,
    A,
    "the government charges",
    "ACCUSE",
    "allege",
    ["LKA"],
    ["the government"],
    ["LKA"],
    ["the Tamil Tiger rebels"],
    accept_types=["REJECT"],
    note="the government's charge that the Tigers' plan amounts to independence: ACCUSE/allege "
    "(REJECT of the plan accepted)",
)
ev(
    S,
    '"So they are essentially asking for',
    "which the government cannot accept",
    "REJECT",
    "",
    ["LKA"],
    ["the government"],
    [],
    [],
    optional=True,
    accept_recipient=[["LKA"]],
    note="an analyst's view that the government cannot accept the plan: optional",
)
ev(
    S,
    "The government favors granting",
    "favors granting the Tamil minority some autonomy",
    "AGREE",
    "",
    ["LKA"],
    ["The government"],
    ["LKA"],
    ["the Tamil minority"],
    optional=True,
    accept_types=["SUPPORT", "CONCEDE"],
    note="the government's standing position on autonomy: optional",
)
ev(
    S,
    '"The government must coherently talk',
    "must coherently talk with one voice",
    "REQUEST",
    "",
    ["NGO"],
    ["he"],
    ["LKA"],
    ["The government"],
    optional=True,
    note="Perera (National Peace Council, NGO) urges the government: optional",
)
ev(
    S,
    "Petersen is expected to meet Thursday",
    "is expected to meet Thursday",
    "AGREE",
    "",
    ["NOR", "LKA"],
    ["Petersen", "Velupillai Prabhakaran"],
    [],
    [],
    future=True,
    optional=True,
    accept_types=["CONSULT"],
    accept_actor=[["NOR"]],
    accept_recipient=[["LKA"]],
    note="the planned meeting with Prabhakaran told again with its day: optional (required in "
    "sentence 1)",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round21.jsonl", STORIES_JSONL, STORIES, E)

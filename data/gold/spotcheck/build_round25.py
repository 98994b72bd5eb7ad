"""Build `round25.jsonl`, the analyst's event annotation of seven VOA pages (issue 9 spot check).

Round 25 takes its stories from the search store, as rounds 7-24. The texts are kept readable in
`round25_stories_source.txt`; this script first rebuilds `round25-stories.jsonl` from it
(`common.write_stories`: every paragraph found in the source, a truncated text ending at a complete
sentence), then resolves the annotation written below against those texts
(`common.write_and_check`: sentence and trigger offsets, every actor/recipient word found, PLOVER
type names, re-read and checked). It imports round 9's builder for its paths (round 9's files are
not rewritten) and does not import wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round25.py

Fields are those of rounds 3-23 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings AGREE `future=true`, its note of 2026-12-05;
reciprocal talks joint with an empty recipient, a mediator directed, decision 17; the content of
an accusation, denial or demand is not its own event, decision 2; barring entry REJECT, lifting or
easing restrictions CONCEDE, decision 8; signing SUPPORT, decision 15; ordinary laws are not coded,
decision 13). An actor or recipient named only in another sentence is listed in
`context_mentions`. No flag is pre-registered as "right only if flagged".

The shared splitter (`common.sentences`) cuts after "Mr.": "Looking homeward, Mr. Mugabe warned
..." is two spans ("Looking homeward, Mr." and "Mugabe warned ..."); anchors below start at the
second span.

Actor codes (guideline "Actor codes"): SADC and its heads of state IGO; Benjamin Mkapa TZA; the
Zimbabwean opposition, police and central bank ZWE; the European Parliament and its president EUR;
the Tibetan Youth Congress NGO (an exile Tibetan group in India; CHN and IND accepted); the
National Democratic Institute NGO (a US NGO; USA accepted as recipient); Gaza residents,
protesters and militants PSE; Egyptian police and security forces EGY; the Muslim Brotherhood
members EGY; Senegalese truck drivers SEN, Gambian security forces and highway patrol GMB.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round25_stories_source.txt"
STORIES_JSONL = f"{HERE}/round25-stories.jsonl"
STORIES = ["1460205", "hu-sk-2009", "1267141", "4028784", "3478438", "349155", "139561"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)
# fmt: off

# ---- 1460205 (Mugabe attacks Botswana, Blair and Bush before a SADC summit, 2006)
S = "1460205"
ev(S, "Addressing his fellow Zimbabweans", "issued a thinly veiled attack", "ACCUSE", "disapprove",
   ["ZWE"], ["President Robert Mugabe"], ["BWA"], ["the government of neighboring Botswana"],
   note="Mugabe's veiled attack on Botswana's government (criticism: ACCUSE/disapprove, decision "
   "14), the story's main act; that SADC members 'lacked proper understanding' is its content "
   "(decision 2)")
ev(S, "The comments came three days", "were to meet", "AGREE", "",
   ["IGO"], ["SADC heads of state"], [], [],
   optional=True, future=True, accept_types=["CONSULT"],
   note="the SADC summit planned for Thursday (a planned meeting: AGREE future=true, note of "
   "2026-12-05); a multilateral summit, background: optional")
A = "The regional association was expected"
ev(S, A, "was expected to endorse", "SUPPORT", "",
   ["IGO"], ["The regional association"], ["TZA"], ["former president Benjamin Mkapa of Tanzania"],
   optional=True, hypothetical=True, accept_types=["AGREE"],
   note="SADC's expected endorsement of Mkapa's mediation: only expected (decision 5), optional")
ev(S, A, "mediation by former president Benjamin Mkapa", "CONSULT", "",
   ["TZA"], ["former president Benjamin Mkapa of Tanzania"], ["ZWE", "GBR"], ["Harare", "London"],
   optional=True, hypothetical=True, accept_types=["AGREE"],
   accept_recipient=[["ZWE"], ["GBR"], []],
   note="the proposed Mkapa mediation between Harare and London (a mediator is directed, "
   "decision 17; CAMEO 045 mediate -> CONSULT); not yet begun: hypothetical, optional")
ev(S, "The Zimbabwean president also took", "took his customary swipes", "ACCUSE", "disapprove",
   ["ZWE"], ["The Zimbabwean president"], ["GBR", "USA"],
   ["British Prime Minister Tony Blair", "U.S. President George Bush"],
   accept_recipient=[["GBR"], ["USA"]],
   note="Mugabe's swipes at Blair and Bush (ACCUSE/disapprove); the 'undeserved ostracism and "
   "unjustified smear campaigns' are the charge's content (decision 2)")
ev(S, "Mugabe warned founding president", "warned", "THREATEN", "",
   ["ZWE"], ["Mugabe"], ["ZWE"], ["Morgan Tsvangirai"],
   accept_types=["REQUEST", "ACCUSE"],
   note="Mugabe's warning to the opposition leader against staging protests (a warning with no "
   "named consequence: THREATEN with no mode; REQUEST and ACCUSE accepted); domestic but a main "
   "act with both sides named; 'Mr.' is cut off by the splitter")
ev(S, "Mugabe said the opposition should instead cooperate",
   "said the opposition should instead cooperate", "REQUEST", "",
   ["ZWE"], ["Mugabe"], ["ZWE"], ["the opposition"],
   optional=True,
   note="Mugabe's call on the opposition to cooperate (domestic appeal): optional")
ev(S, "He also hit at corruption", "hit at corruption by officials", "ACCUSE", "disapprove",
   ["ZWE"], ["He"], ["ZWE"], ["officials"],
   optional=True,
   note="Mugabe's denunciation of corrupt officials as 'saboteurs' (domestic): optional")
A = "The central bank has been accused"
ev(S, A, "has been accused of poor planning", "ACCUSE", "disapprove",
   [], [], ["ZWE"], ["The central bank"],
   optional=True,
   note="criticism of the central bank, its author not named: optional")
ev(S, A, "the police seizure of large amounts of currency", "COERCE", "seize",
   ["ZWE"], ["the police"], [], [],
   optional=True,
   note="police seizures of currency at border crossings (domestic, nominal): optional")
A = "Members of the political opposition boycotted"
ev(S, A, "boycotted the Heroes Day ceremony", "PROTEST", "boycott",
   ["ZWE"], ["Members of the political opposition"], [], [],
   accept_recipient=[["ZWE"]], accept_types=["ACCUSE"],
   note="the opposition's boycott of the state ceremony (CAMEO 143 boycott -> PROTEST/boycott); "
   "the ceremony is the government's, ZWE accepted as recipient; domestic but a named collective act")
ev(S, A, "accusing the president of turning", "ACCUSE", "allege",
   ["ZWE"], ["Members of the political opposition"], ["ZWE"], ["the president"],
   note="the opposition's charge that Mugabe turned the holiday to party uses; its content is not "
   "coded (decision 2)")

# ---- hu-sk-2009 (Hungary and Slovakia to hold talks over Slovakia's language law, 2009)
S = "hu-sk-2009"
ev(S, "The prime ministers of Hungary and neighboring Slovakia", "scheduled talks", "AGREE", "",
   ["HUN", "SVK"], ["Hungary", "Slovakia"], [], [],
   future=True, accept_types=["CONSULT"],
   accept_actor=[["HUN"], ["SVK"]], accept_recipient=[["SVK"], ["HUN"]],
   note="the border talks scheduled for Wednesday, the story's main act: a planned meeting is "
   "AGREE future=true (note of 2026-12-05), joint (decision 17); 'to discuss ... crisis' is a "
   "purpose (decision 3)")
A = "The talks follow Slovakia's introduction"
ev(S, A, "Slovakia's introduction of a controversial language law", "COERCE", "restrict",
   ["SVK"], ["Slovakia"], [], [],
   optional=True, accept_recipient=[["SVK"], ["HUN"]],
   note="the language law restricting minority-language use (an ordinary law is not coded, "
   "decision 13, but this one restricts a minority's public use of its language with fines, "
   "COERCE/restrict): optional")
ev(S, A, "Hungary says discriminates", "ACCUSE", "allege",
   ["HUN"], ["Hungary"], ["SVK"], ["Slovakia"],
   accept_recipient=[[]],
   note="Hungary's charge that the law discriminates against ethnic Hungarians (first told with "
   "its author): required; the discrimination is its content (decision 2)")
ev(S, "The European Parliament has offered", "has offered to mediate", "AGREE", "",
   ["EUR"], ["The European Parliament"], [], [],
   accept_types=["CONSULT", "SUPPORT"],
   accept_recipient=[["HUN", "SVK"], ["HUN"], ["SVK"]],
   note="the European Parliament's offer to mediate (an offer to help: AGREE; the parties are "
   "named only as 'the conflict', HUN/SVK accepted as recipients)")
ev(S, "Hungarian Prime Minister Gordon Bajnai", "are trying to overcome a war of words", "CONSULT",
   "", ["HUN", "SVK"], ["Hungarian Prime Minister Gordon Bajnai", "Robert Fico"], [], [],
   optional=True, accept_types=["AGREE"],
   accept_actor=[["HUN"], ["SVK"]], accept_recipient=[["SVK"], ["HUN"]],
   note="the two prime ministers' effort to settle the row (the talks of sentence 0 told again): "
   "optional; 'a war of words' is a back-reference (decision 1(a))")
A = "Budapest is furious"
ev(S, A, "is furious", "ACCUSE", "disapprove",
   ["HUN"], ["Budapest"], ["SVK"], ["Bratislava"],
   optional=True,
   note="Budapest's anger at the law (the charge of sentence 1 told again): optional")
ev(S, A, "introduced a language law", "COERCE", "restrict",
   ["SVK"], ["Bratislava"], [], [],
   optional=True, accept_recipient=[["SVK"], ["HUN"]],
   note="the law's introduction told again with its date: optional")
ev(S, "Budapest claims Bratislava", "claims", "ACCUSE", "allege",
   ["HUN"], ["Budapest"], ["SVK"], ["Bratislava"],
   note="Hungary's further charge that Slovakia targets its Hungarian minority, the charge the "
   "next sentence says Slovakia denied (decision 2: the allegation is coded with its author "
   "named)")
ev(S, "Slovakia's government has strongly denied", "has strongly denied these charges", "REJECT",
   "", ["SVK"], ["Slovakia's government"], [], [],
   accept_recipient=[["HUN"]],
   note="Slovakia's denial (decision 14: REJECT); Hungary is not named in the sentence, accepted")
ev(S, "Recently elected European Parliament President", "says he is prepared to mediate", "AGREE",
   "", ["EUR"], ["European Parliament President Jerzy Buzek"], [], [],
   optional=True, accept_types=["CONSULT", "SUPPORT"],
   accept_recipient=[["HUN", "SVK"], ["HUN"], ["SVK"]],
   note="Buzek's readiness to mediate (the offer of sentence 2 told again, with its author): "
   "optional")

# ---- 1267141 (Tibetans in New Delhi protest India-China border talks, 2012)
S = "1267141"
A = "Organized by Tibetan Youth Congress"
ev(S, A, "staged a protest demonstration", "PROTEST", "demo",
   ["NGO"], ["Tibetan Youth Congress"], ["IND", "CHN"], ["Indo-China", "Indo-China"],
   accept_actor=[["CHN"], ["IND"], []], accept_recipient=[[], ["IND"], ["CHN"]],
   note="the Tibetan Youth Congress demonstration against the border talks (PROTEST/demo); the "
   "exile group is coded NGO (CHN, IND accepted); recipients India and China, named only in "
   "'Indo-China' (empty or one of them accepted)")
ev(S, A, "the holding of the 15th Indo-China border talk", "CONSULT", "",
   ["IND", "CHN"], ["Indo-China", "Indo-China"], [], [],
   optional=True, accept_actor=[["IND"], ["CHN"]], accept_recipient=[["CHN"], ["IND"]],
   note="the talks named as the protest's target: optional (required in sentence 1, where they "
   "are told with their participants)")
ev(S, "India’s National security advisor", "held the two day boundary talk", "CONSULT", "",
   ["IND", "CHN"],
   ["India’s National security advisor Shivshankar Menon", "Chinese state councilor Dai Bingguo"],
   [], [],
   accept_actor=[["IND"], ["CHN"]], accept_recipient=[["CHN"], ["IND"]],
   note="the Menon-Dai border talks: a reported meeting is joint (decision 17)")
ev(S, "“We protest the holding", "We protest", "ACCUSE", "disapprove",
   ["NGO"], ["We"], ["IND", "CHN"], ["India", "China"],
   optional=True, accept_types=["PROTEST"],
   accept_actor=[["CHN"], ["IND"], []], accept_recipient=[[], ["IND"], ["CHN"]],
   note="the speaker's stated objection at the rally (the protest's message, a verbal "
   "disapproval; PROTEST accepted): optional; 'we will never let them distort history' is not "
   "coded")

# ---- 4028784 (US visa sanctions on Cambodian foreign ministry officials over deportees, 2017)
S = "4028784"
A = "The United States will stop issuing visas"
ev(S, A, "will stop issuing visas", "REJECT", "",
   ["USA"], ["The United States"], ["KHM"], ["high-ranking officials at the foreign ministry"],
   future=True, accept_types=["SANCTION"],
   note="the US visa sanctions on senior Cambodian foreign ministry officials, the story's main "
   "act: barring entry to persons is REJECT (decision 8; SANCTION accepted, the text calls them "
   "sanctions); announced as 'will stop', future=true (decision 4)")
ev(S, A, "Cambodia refused to accept deportees", "REJECT", "",
   ["KHM"], ["Cambodia"], [], [],
   accept_recipient=[["USA"]],
   note="Cambodia's refusal to take back deportees, the act the sanctions answer (a refusal is "
   "REJECT, decision 6(a)); the US is not named in the clause, accepted")
A = "In August, CNN reported"
ev(S, A, "would impose visa sanctions", "REJECT", "",
   ["USA"], ["President Donald Trump’s administration"], ["KHM"], ["Cambodia"],
   optional=True, future=True, accept_types=["SANCTION", "THREATEN"],
   note="the August report that the sanctions were coming (the act of sentence 0 reported "
   "earlier): optional")
ev(S, A, "their refusal to accept deportees", "REJECT", "",
   ["KHM"], ["Cambodia"], [], [],
   optional=True, accept_recipient=[["USA"]],
   note="the refusal told again: optional")
ev(S, "Phay Siphan, a government spokesman", "said the sanctions were a human rights violation",
   "ACCUSE", "disapprove", ["KHM"], ["Phay Siphan, a government spokesman"], [], [],
   accept_recipient=[["USA"]],
   note="Cambodia's condemnation of the sanctions (ACCUSE/disapprove); the US is not named in the "
   "sentence, accepted; 'We are not the U.S.'s puppet' and 'declined to comment' are not coded")
A = "Tensions between the U.S. and Cambodia"
ev(S, A, "banned democracy promotion NGO the National Democratic Institute from the country",
   "SANCTION", "expel", ["KHM"], ["the government"], ["NGO"], ["the National Democratic Institute"],
   accept_types=["REJECT", "COERCE"], accept_recipient=[["USA"]],
   note="Cambodia's ban on the US democracy NGO NDI (expelling an entity from the country: "
   "SANCTION/expel; REJECT, barring a body, decision 8, and COERCE accepted); 'Tensions ... have "
   "escalated' is a state, not coded")
ev(S, A, "expelled its foreign staff", "COERCE", "deport",
   ["KHM"], ["the government"], ["NGO"], ["its foreign staff"],
   optional=True, accept_types=["SANCTION"], accept_recipient=[["USA"], []],
   note="the expulsion of NDI's foreign staff (individuals: COERCE/deport, decision 8), part of "
   "the same move: optional")
ev(S, "Cambodia later accused the United States", "accused the United States", "ACCUSE", "allege",
   ["KHM"], ["Cambodia"], ["USA"], ["the United States"],
   note="Cambodia's charge that the US was behind an opposition plot; the plot is its content "
   "(decision 2)")
A = "U.S. Ambassador William A. Heidt"
ev(S, A, "described the accusations as “baseless”", "REJECT", "",
   ["USA"], ["U.S. Ambassador William A. Heidt"], [], [],
   accept_recipient=[["KHM"]],
   note="the US ambassador's dismissal of the accusation (decision 14: REJECT)")
ev(S, A, "mischaracterized what the United States is doing in Cambodia", "ACCUSE", "disapprove",
   ["USA"], ["U.S. Ambassador William A. Heidt"], ["KHM"], ["government officials"],
   optional=True,
   note="his added charge that Cambodian officials mischaracterized US activity (part of the "
   "same rebuttal): optional")

# ---- 3478438 (Cambodia calls on Vietnam to end border encroachment, 2016)
S = "3478438"
A = "The Cambodian government has called on"
ev(S, A, "has called on long-term ally Vietnam to stop", "REQUEST", "",
   ["KHM"], ["The Cambodian government"], ["VNM"], ["Vietnam"],
   note="Cambodia's demand that Vietnam stop the encroachment, the story's main act")
ev(S, A, "what it called encroachment", "ACCUSE", "allege",
   ["KHM"], ["The Cambodian government"], ["VNM"], ["Vietnam"],
   optional=True,
   note="calling it 'encroachment' (the demand's content, decision 2, coded at most as an "
   "optional ACCUSE)")
ev(S, "A letter sent to Hanoi", "detailed alleged violations", "ACCUSE", "allege",
   ["KHM"], ["the Cambodian Ministry of Foreign Affairs and International Cooperation"],
   ["VNM"], ["Hanoi"],
   note="the foreign ministry's letter listing Vietnamese violations (a formal allegation); the "
   "reservoirs, buildings, roads, outpost and gateway are its content (decision 2)")
ev(S, "A meeting on the issue has been scheduled", "has been scheduled", "AGREE", "",
   ["KHM", "VNM"], ["the countries", "the countries"], [], [],
   future=True, accept_types=["CONSULT"],
   accept_actor=[["KHM"], ["VNM"]], accept_recipient=[["VNM"], ["KHM"]],
   note="the meeting set for August 29: a planned meeting, AGREE future=true, joint (decision 17)")
ev(S, "Va Kim Hong, head of the Cambodian", "didn’t accept this land encroachment", "ACCUSE",
   "disapprove", ["KHM"], ["Va Kim Hong"], [], [],
   accept_types=["REJECT"], accept_recipient=[["VNM"]],
   note="the border committee head's condemnation of the encroachment as illegal (ACCUSE/"
   "disapprove; REJECT accepted for 'didn't accept'); Vietnam is not named in the sentence")
ev(S, "He added that Phnom Penh officials",
   "closed-door discussions between officials representing each country", "CONSULT", "",
   ["KHM", "VNM"], ["officials representing each country", "officials representing each country"],
   [], [],
   optional=True, accept_actor=[["KHM"], ["VNM"]], accept_recipient=[["VNM"], ["KHM"]],
   note="the earlier deadlocked closed-door talks (joint, decision 17), background: optional; "
   "'go public with the complaint' is a back-reference")
ev(S, "Va Kim Hong, however, expressed hope",
   "expressed hope that the Vietnamese government would now work to resolve the issue",
   "REQUEST", "", ["KHM"], ["Va Kim Hong"], ["VNM"], ["the Vietnamese government"],
   optional=True,
   note="his hope that Hanoi will work to resolve the issue (a soft appeal): optional")
A = "The letter also showed"
ev(S, A, "have signed an agreement", "SUPPORT", "",
   ["KHM", "VNM"], ["the two countries", "the two countries"], [], [],
   accept_types=["AGREE"], accept_actor=[["KHM"], ["VNM"]],
   note="the two countries' signed agreement (decision 15: signing is SUPPORT; AGREE accepted), "
   "joint")
ev(S, A, "to call on France to assist them", "REQUEST", "",
   ["KHM", "VNM"], ["the two countries", "the two countries"], ["FRA"], ["France"],
   optional=True, accept_types=["AGREE"],
   note="the agreed request to France to help demarcate the border (the content of the signed "
   "agreement): optional")
A = "Mao Monyvann, an opposition lawmaker"
ev(S, A, "welcomed France’s involvement", "SUPPORT", "",
   ["KHM"], ["Mao Monyvann"], ["FRA"], ["France"],
   optional=True,
   note="an opposition lawmaker's welcome of France's role (verbal endorsement): optional")
ev(S, A, "Cambodia should take the case to an international court of arbitration", "REQUEST", "",
   ["KHM"], ["Mao Monyvann"], ["KHM"], ["Cambodia"],
   optional=True,
   note="his call on his own government to go to arbitration: optional")

# ---- 349155 (Gazans pour into Egypt through the blown-up border wall; Cairo crackdown, 2008)
S = "349155"
ev(S, "Residents of the Gaza Strip have flooded", "blew a huge hole in the border barricade",
   "ASSAULT", "explosives", ["PSE"], ["militants"], [], [],
   accept_recipient=[["EGY"]], accept_types=["COERCE"],
   note="Gaza militants blowing a hole in the Egypt-Gaza border barrier (intentional destruction "
   "with explosives: ASSAULT/explosives); the barrier is Egypt's, EGY accepted; the crossing of "
   "the border by residents is not a PLOVER event")
ev(S, "The Egyptian president ordered", "ordered his security forces to let them pass", "CONCEDE",
   "", ["EGY"], ["The Egyptian president"], ["PSE"], ["them"],
   accept_types=["RETREAT"],
   note="Mubarak's order to let the Gazans pass (easing a restriction: CONCEDE, as decision 8 "
   "treats lifting a curfew; RETREAT/access accepted); 'them' are the Gaza residents of sentence 0")
ev(S, "An Israeli blockade of Gaza was eased", "was eased", "CONCEDE", "",
   ["ISR"], ["Israeli"], ["PSE"], ["Gaza"],
   note="Israel's easing of its Gaza blockade (easing sanctions: CONCEDE, decision 8); required "
   "here, where first told with its actor")
ev(S, "Tens of thousands of Palestinians poured", "militants blew up about 200 meters",
   "ASSAULT", "explosives", ["PSE"], ["militants"], [], [],
   optional=True, accept_recipient=[["EGY"]], accept_types=["COERCE"],
   note="the blast told again with its size: optional")
A = "Witnesses said Egyptian border guards"
ev(S, A, "made no effort to stop them", "COERCE", "restrict",
   ["EGY"], ["Egyptian border guards"], ["PSE"], ["the crowds"],
   optional=True, negated=True,
   note="the guards' not stopping the crowds (a negated restriction, decision 6): optional")
ev(S, A, "protesters tried to break through", "PROTEST", "demo",
   ["PSE"], ["protesters"], [], [],
   optional=True, accept_recipient=[["EGY"]],
   note="the previous day's attempt by protesters to break through the border: optional")
ev(S, A, "scuffles broke out", "ASSAULT", "beat",
   [], [], [], [],
   optional=True, accept_actor=[["PSE", "EGY"], ["EGY"]], accept_recipient=[["PSE"], []],
   note="the previous day's scuffles at the border (two-sided, participants not named): optional")
ev(S, "Speaking to reporters in Cairo", "had ordered security forces at the border to let",
   "CONCEDE", "", ["EGY"], ["President Hosni Mubarak"], ["PSE"], ["the Palestinians"],
   optional=True, accept_types=["RETREAT"],
   note="Mubarak's order told again in his own account: optional (required in sentence 1)")
A = "The news from the border came"
ev(S, A, "cracked down on protests", "COERCE", "",
   ["EGY"], ["Egyptian security forces"], [], [],
   accept_recipient=[["EGY"]], accept_types=["ASSAULT"],
   note="the Egyptian security forces' crackdown on protests in Cairo (repression: COERCE; the "
   "protesters are not named as people, EGY accepted)")
ev(S, A, "protests in Cairo against the Israeli blockade", "PROTEST", "demo",
   [], [], ["ISR"], ["Israeli"],
   optional=True, accept_actor=[["EGY"]], accept_recipient=[[], ["ISR"]],
   note="the Cairo protests against Israel's blockade (nominal, protesters not named): optional")
ev(S, "A large rally downtown", "was quickly dispersed", "COERCE", "restrict",
   [], [], [], [],
   optional=True, accept_actor=[["EGY"]], accept_recipient=[["EGY"]],
   note="the dispersal of a Cairo rally (part of the crackdown, actor not named): optional")
ev(S, "Police arrested hundreds", "arrested", "COERCE", "arrest",
   ["EGY"], ["Police"], ["EGY"], ["members of the Muslim Brotherhood"],
   note="the arrest of hundreds of protesters, mainly Muslim Brotherhood members")
A = "Israel on Tuesday eased a blockade"
ev(S, A, "eased a blockade", "CONCEDE", "",
   ["ISR"], ["Israel"], ["PSE"], ["Gaza"],
   optional=True,
   note="the easing told again with its day: optional (required in sentence 2)")
ev(S, A, "had cut off fuel supplies to Gaza", "SANCTION", "discontinue",
   ["ISR"], ["Israel"], ["PSE"], ["Gaza"],
   optional=True, accept_types=["COERCE"],
   note="the blockade's fuel cut-off since late the week before (background, in a relative "
   "clause): optional")

# ---- 139561 (Senegalese truckers lift their two-month blockade of Gambia, about 2011)
S = "139561"
A = "Senegalese truck drivers are resuming"
ev(S, A, "are resuming transport through Gambia", "CONCEDE", "",
   ["SEN"], ["Senegalese truck drivers"], ["GMB"], ["Gambia"],
   accept_types=["RETREAT", "COOPERATE"],
   note="the Senegalese truckers' resumption of transit, i.e. the lifting of their blockade "
   "(ending a boycott: CONCEDE), the story's news")
ev(S, A, "a two-month blockade imposed", "PROTEST", "obstruct",
   [], [], [], [],
   optional=True, accept_actor=[["SEN"]], accept_recipient=[["GMB"]],
   accept_types=["SANCTION", "COERCE"],
   note="the blockade named without its author: optional (required in sentence 3)")
ev(S, A, "complaints of mistreatment and harassment", "ACCUSE", "disapprove",
   [], [], ["GMB"], ["Gambian security forces"],
   optional=True, accept_actor=[["SEN"]],
   note="the truckers' complaints, told without their author: optional (required in sentence 3)")
A = "Senegalese truckers are cautiously resuming"
ev(S, A, "are cautiously resuming this route", "CONCEDE", "",
   ["SEN"], ["Senegalese truckers"], [], [],
   optional=True, accept_recipient=[["GMB"]], accept_types=["RETREAT", "COOPERATE"],
   note="the resumption told again: optional")
ev(S, A, "a two-month blockade of Gambia’s border that drivers imposed", "PROTEST", "obstruct",
   ["SEN"], ["drivers"], ["GMB"], ["Gambia"],
   accept_types=["SANCTION", "COERCE"], accept_recipient=[[]],
   note="the drivers' two-month blockade of the Gambian border (collective obstruction: "
   "PROTEST/obstruct; SANCTION and COERCE accepted)")
ev(S, A, "what they call harassment and human rights abuses", "ACCUSE", "allege",
   ["SEN"], ["drivers"], ["GMB"], ["Gambia’s highway patrol"],
   note="the drivers' charge of harassment and abuses by Gambia's highway patrol; the abuses are "
   "its content (decision 2)")
ev(S, "Sadio says he has never been arrested", "have been thrown in jail", "COERCE", "arrest",
   [], [], ["SEN"], ["colleagues"],
   optional=True, accept_actor=[["GMB"]],
   note="the jailing of Senegalese drivers in Gambia (jailers not named): optional")
ev(S, "He says, if a Senegalese driver", "put in jail", "COERCE", "arrest",
   [], [], ["SEN"], ["a Senegalese driver"],
   optional=True, hypothetical=True, accept_actor=[["GMB"]],
   note="jailing after an accident, only possible (decision 5): optional")
ev(S, "Other drivers report having extra taxes", "extra taxes and fees levied on them",
   "SANCTION", "discontinue", ["GMB"], ["Gambia"], ["SEN"], ["Other drivers"],
   optional=True, accept_types=["COERCE"], accept_actor=[[]],
   note="extra taxes and fees at Gambian checkpoints (like tariffs, SANCTION/discontinue, "
   "decision 8; COERCE accepted); Gambia is named as the checkpoints' owner: optional")
ev(S, "Mediation by Senegal’s government", "Mediation by Senegal’s government", "CONSULT", "",
   ["SEN"], ["Senegal’s government"], [], [],
   accept_recipient=[["GMB"], ["SEN", "GMB"]],
   note="Senegal's mediation that ended the blockade (CAMEO 045 mediate -> CONSULT; a mediator "
   "is directed, decision 17; the parties are not named in the sentence)")
ev(S, "Sadio says the situation seems to be improving", "the blockade was lifted", "CONCEDE", "",
   [], [], [], [],
   optional=True, accept_actor=[["SEN"]], accept_recipient=[["GMB"]],
   note="the lifting told again without its author: optional")
# fmt: on

if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round25.jsonl", STORIES_JSONL, STORIES, E)

"""Build `round26.jsonl`, the analyst's event annotation of seven VOA stories (issue 9 spot check).

Four stories by helper spot26; three (111385, 324643, 322956) added by helper spot26b before any
system run, appended after the four so that their records are unchanged.

Round 26 takes its stories from the search store, as rounds 7-25. The texts are kept readable in
`round26_stories_source.txt`; this script rebuilds `round26-stories.jsonl` from it and resolves the
annotation written below against those texts, with the tools of round 9 (its builder's paths and
`common.write_stories` / `common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round26.py

Fields are those of rounds 3-24 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings and talks `future=true`, its note of 2026-12-05;
other future cooperation and pledges AGREE with `future=false`, its rule 4; announced
non-cooperative acts `future=true`; conditionals its rule 5; negation and refusals its rule 6;
content of accusations, denials and demands not coded, its decision 2; meetings and two-sided
fighting joint, its decision 17). An actor or recipient named only in another sentence is listed in
`context_mentions` (filled in by `common`). The spot check's splitter (`common.sentences`) cuts
after "Mr."; anchors follow its cuts. No flag is pre-registered as "right only if flagged".
Sealed until the end of round 26 (see README).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths and helpers (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round26_stories_source.txt"
STORIES_JSONL = f"{HERE}/round26-stories.jsonl"
STORIES = [
    "1206282",
    "553660",
    "559458",
    "144075",
    # topped up by helper spot26b before any system run (see README, Round 26)
    "111385",
    "324643",
    "322956",
]

E: list[dict] = []
ev = make_ev(E)

# ------------------------------------ 1206282 (Liberia closes border with Ivory Coast, 2012)
S = "1206282"
ev(S, "Liberia's foreign minister says his country", "will take every measure to ensure there is peace in neighboring Ivory Coast",
   "AGREE", "", ["LBR"], ["Liberia's foreign minister"], ["CIV"], ["Ivory Coast"],
   accept_types=["SUPPORT", "COOPERATE"],
   note="Liberia's foreign minister pledges every measure for peace in Ivory Coast: a pledge is "
   "AGREE future=false (guideline 4); SUPPORT and COOPERATE accepted")
ev(S, "Liberia's foreign minister says his country", "Liberia closed its border between the two nations",
   "SANCTION", "discontinue", ["LBR"], ["Liberia"], ["CIV"], ["the two nations"],
   accept_types=["COERCE", "REJECT", "MOBILIZE"],
   note="Liberia closes its border with Ivory Coast: a border closure is SANCTION/discontinue (as "
   "rounds 15 and 21); COERCE, REJECT and MOBILIZE accepted")
ev(S, "The closing followed Friday's killing", "killing of seven United Nations peacekeepers and eight civilians",
   "ASSAULT", "", [], [], ["UNO", "CIV"], ["United Nations peacekeepers", "civilians"],
   note="seven U.N. peacekeepers and eight civilians killed in Tai: ASSAULT, attacker not named in "
   "the sentence (the gunmen of sentence 2 are alleged, not established); the civilians are "
   "placed by the Ivorian town (CIV)")
ev(S, "Ivorian officials said Liberia-based gunmen", "said Liberia-based gunmen carried out the attack",
   "ACCUSE", "allege", ["CIV"], ["Ivorian officials"], ["LBR"], ["Liberia-based gunmen"],
   note="Ivorian officials blame Liberia-based gunmen: ACCUSE/allege CIV -> LBR (gunmen based in "
   "Liberia); the attack is the charge's content (guideline 2). The U.N.'s 'not clear who was "
   "responsible' is no event")
ev(S, "Liberian Foreign Minister Augustin Ngafuan said", "will meet to discuss the situation this week",
   "AGREE", "", ["LBR", "CIV"], ["officials from both countries", "officials from both countries"], ["LBR", "CIV"], ["officials from both countries", "officials from both countries"],
   future=True, accept_types=["CONSULT"],
   note="officials of both countries to meet this week: a planned meeting, future=true (note of "
   "2026-12-05), joint (decision 17); CONSULT future=true accepted")
ev(S, "\"We will not allow any inch", "will not allow any inch of Liberia's territory to be used to destabilize any of our neighbors",
   "AGREE", "", ["LBR"], ["We"], [], [],
   optional=True, accept_types=["REJECT"], accept_recipient=[["CIV"]],
   note="Ngafuan's pledge not to let Liberian soil be used against neighbours: a pledge (AGREE, "
   "guideline 4), restating sentence 0's; REJECT accepted; optional")
ev(S, "In addition to closing its side of the border", "closing its side of the border",
   "SANCTION", "discontinue", ["LBR"], ["Liberia"], [], [],
   optional=True, accept_types=["COERCE", "REJECT", "MOBILIZE"], accept_recipient=[["CIV"]],
   note="the border closure of sentence 0 retold: optional")
ev(S, "In addition to closing its side of the border", "has sent troops and police to protect the area",
   "MOBILIZE", "troops", ["LBR"], ["Liberia"], [], [],
   accept_recipient=[["CIV"]],
   note="Liberia sends troops and police to the border area: MOBILIZE/troops (guideline 12); no "
   "recipient named in the sentence, CIV accepted")
ev(S, "In addition to closing its side of the border", "suspended mining activities in the region",
   "COERCE", "restrict", ["LBR"], ["Liberia"], [], [],
   optional=True, accept_types=["SANCTION"], accept_recipient=[["LBR"], ["CIV"]],
   note="Liberia suspends mining in the border region: a restriction on its own territory, "
   "COERCE/restrict; an analyst may leave it out (optional). Considering relocating refugee camps "
   "is deliberation, not coded")
ev(S, "U.N. peacekeeping chief Herve Ladsous", "briefed the U.N. Security Council on the killings",
   "CONSULT", "", ["UNO"], ["Herve Ladsous"], ["UNO"], ["U.N. Security Council"],
   optional=True,
   note="the U.N. peacekeeping chief briefs the Security Council: a U.N.-internal briefing, CONSULT "
   "UNO -> UNO; optional")
ev(S, "He will travel to Ivory Coast", "will travel to Ivory Coast this week for a memorial service",
   "CONSULT", "visit", ["UNO"], ["He"], ["CIV"], ["Ivory Coast"],
   optional=True, future=True, accept_types=["AGREE"],
   note="Ladsous to travel to Ivory Coast for a memorial service: a planned visit, CONSULT/visit "
   "future=true (note of 2026-12-05); AGREE future=true accepted; optional")

# ------------------------------------ 553660 (Morocco recalls ambassador over king's visit, 2007)
S = "553660"
ev(S, "So unhappy is Morocco about the two-day visit", "recalled its ambassador to Spain",
   "SANCTION", "withdraw", ["MAR"], ["Morocco"], ["ESP"], ["Spain"],
   note="Morocco recalls its ambassador to Spain over the king's visit: SANCTION/withdraw "
   "(guideline 8). The king's and Zapatero's visits to Spanish-held Ceuta and Melilla are visits to "
   "their own state's territory (as round 18), not coded; Morocco's standing claim to the enclaves "
   "(sentences 1, 3, 7) is no event (guideline 1c)")
ev(S, "Moroccan government spokesman Khaid Naciri", "describes the royal visit as unfortunate",
   "ACCUSE", "disapprove", ["MAR"], ["Khaid Naciri"], [], [],
   accept_recipient=[["ESP"]],
   note="Morocco's spokesman calls the royal visit unfortunate: ACCUSE/disapprove; the target is the "
   "visit (Spain's), not named as an actor in the sentence, ESP accepted")
ev(S, "In an interview with Radio France International", "there are certain lines that cannot be crossed",
   "ACCUSE", "disapprove", ["MAR"], ["Naciri"], ["ESP"], ["King Juan Carlos"],
   optional=True, accept_types=["THREATEN"],
   note="Naciri: 'certain lines cannot be crossed' (said of the Spanish king's visit): a restatement "
   "of the disapproval of sentence 5, ACCUSE/disapprove, THREATEN accepted; optional")
ev(S, "Rabat was similarly unhappy", "Rabat was similarly unhappy",
   "ACCUSE", "disapprove", ["MAR"], ["Rabat"], ["ESP"], ["Jose Luis Rodriguez Zapatero"],
   optional=True,
   note="Rabat's displeasure at Zapatero's 2006 visit to the enclaves (background): "
   "ACCUSE/disapprove; optional")

# ------------------------------------ 559458 (Thailand and Malaysia to boost cooperation, 2007)
S = "559458"
ev(S, "Thailand and Malaysia are to increase", "are to increase cross-border cooperation",
   "AGREE", "", ["THA", "MYS"], ["Thailand", "Malaysia"], ["THA", "MYS"], ["Thailand", "Malaysia"],
   accept_types=["COOPERATE"],
   note="Thailand and Malaysia agree to increase cross-border cooperation against the southern "
   "insurgency: an agreement on future cooperation, AGREE future=false (guideline 4), joint "
   "(decision 17); COOPERATE accepted")
ev(S, "Thailand and Malaysia are to increase", "separatist violence",
   "ASSAULT", "", ["THA"], ["separatist"], [], [],
   optional=True, accept_recipient=[["THA"]],
   note="three years of separatist violence in Thailand's south (background, no attack named): "
   "optional")
ev(S, "As Ron Corben reports from Bangkok", "the agreement was reached",
   "AGREE", "", ["THA", "MYS"], ["Thailand", "Malaysia"], ["THA", "MYS"], ["Thailand", "Malaysia"],
   optional=True, accept_types=["COOPERATE"],
   note="the agreement of sentence 0 retold: optional (its parties are named in sentence 0: context "
   "mentions)")
ev(S, "As Ron Corben reports from Bangkok", "an official visit to Thailand by Malaysia's Prime Minister Abdullah Badawi",
   "CONSULT", "visit", ["MYS"], ["Abdullah Badawi"], ["THA"], ["Thailand"],
   note="Malaysia's prime minister makes an official visit to Thailand: CONSULT/visit MYS -> THA")
ev(S, "The agreement between Malaysia and Thailand followed", "a two-day visit by Malaysia's Prime Minister Abdulah Badawi to Thailand",
   "CONSULT", "visit", ["MYS"], ["Abdulah Badawi"], ["THA"], ["Thailand"],
   optional=True,
   note="the visit of sentence 1 retold: optional. The agreement between the two retold here too "
   "is not coded a third time")
ev(S, "Abdualah and Thai Prime Minister Surayud", "included measures to develop the border areas",
   "AGREE", "", ["MYS", "THA"], ["Abdualah", "Surayud Chulanot"], ["MYS", "THA"], ["Abdualah", "Surayud Chulanot"],
   optional=True, accept_types=["CONSULT", "COOPERATE"],
   note="the formal talks in Bangkok (the splitter cuts after 'Mr.' in sentence 3) that included "
   "border-development measures: the agreement retold, joint; CONSULT for the talks accepted; "
   "optional")
ev(S, "Abdualah and Thai Prime Minister Surayud", "Malaysia offering to assist Thailand in Islamic education studies",
   "AGREE", "", ["MYS"], ["Malaysia"], ["THA"], ["Thailand"],
   accept_types=["AID", "SUPPORT"],
   note="Malaysia offers to help Thailand with Islamic education: an offer of future aid is AGREE "
   "future=false (guideline 4); AID and SUPPORT accepted")
ev(S, "Abdullah, expressed concern the violence", "expressed concern the violence in the Thai provinces bordering Malaysia remained a threat",
   "ACCUSE", "disapprove", ["MYS"], ["Abdullah"], [], [],
   optional=True, accept_recipient=[["THA"]],
   note="Abdullah's concern at the violence in southern Thailand: a concern, not a charge against "
   "anyone; ACCUSE/disapprove at most, optional")
ev(S, "\"We intend to cooperate in whatever way", "We intend to cooperate in whatever way we can",
   "AGREE", "", ["MYS"], ["We"], ["THA"], ["Southern Thailand"],
   optional=True, accept_types=["COOPERATE"],
   note="Abdullah: 'we intend to cooperate in whatever way we can': a pledge, AGREE (guideline 4), "
   "restating sentence 0's agreement from Malaysia's side; optional")
ev(S, "Thaksin also accused Malaysia", "accused Malaysia of harboring insurgents",
   "ACCUSE", "allege", ["THA"], ["Thaksin"], ["MYS"], ["Malaysia"],
   optional=True,
   note="Thaksin's past charge (2004 background) that Malaysia harboured insurgents: ACCUSE/allege "
   "THA -> MYS; the harbouring is its content (guideline 2); background, optional")
ev(S, "Surayud, who replaced Thaksin", "after a September coup",
   "COERCE", "", [], [], ["THA"], ["Thaksin"],
   optional=True,
   note="the September 2006 coup that removed Thaksin (background, actor unnamed): optional")
ev(S, "He said, \"Both prime ministers agreed", "Both prime ministers agreed",
   "AGREE", "", ["THA", "MYS"], ["Both prime ministers", "Both prime ministers"], ["THA", "MYS"], ["Both prime ministers", "Both prime ministers"],
   optional=True,
   note="Surayud: both prime ministers agreed that peace in the south matters to both sides: a "
   "shared view, not a new agreement; optional")

# ------------------------------------ 144075 (Egypt to withdraw ambassador from Israel, 2011)
S = "144075"
ev(S, "Egypt says it will withdraw its ambassador", "will withdraw its ambassador from Israel",
   "SANCTION", "withdraw", ["EGY"], ["Egypt"], ["ISR"], ["Israel"],
   future=True,
   note="Egypt says it will withdraw its ambassador from Israel: an announced non-cooperative act, "
   "SANCTION/withdraw future=true (guideline 4)")
ev(S, "Egypt says it will withdraw its ambassador", "Israeli military action that killed three members of Egypt's security forces",
   "ASSAULT", "", ["ISR"], ["Israeli"], ["EGY"], ["Egypt's security forces"],
   note="Israeli military action kills three Egyptian security personnel at the border: ASSAULT "
   "ISR -> EGY")
ev(S, "Israel says its military action was aimed", "its military action was aimed at Gaza militants",
   "ASSAULT", "", ["ISR"], ["Israel"], ["PSE"], ["Gaza militants"],
   optional=True,
   note="Israel's action against Gaza militants (the action of sentence 0 from Israel's side): "
   "optional")
ev(S, "Israel says its military action was aimed", "had staged attacks inside Israel",
   "ASSAULT", "", ["PSE"], ["Gaza militants"], ["ISR"], ["Israel"],
   note="Gaza militants' attacks inside Israel: ASSAULT PSE -> ISR (Gaza, PSE)")
ev(S, "Israel says its military action was aimed", "it regrets the deaths",
   "CONCEDE", "", ["ISR"], ["Israel"], [], [],
   accept_recipient=[["EGY"]],
   note="Israel regrets the Egyptian deaths: an expression of regret, short of an apology, is "
   "CONCEDE (guideline 9); recipient not named in the sentence, EGY accepted")
ev(S, "Israeli Defense Minister Ehud Barak promised", "promised a full investigation",
   "ACCUSE", "investigate", ["ISR"], ["Ehud Barak"], [], [],
   future=True, accept_types=["AGREE"], accept_recipient=[["ISR"], ["EGY"]],
   note="Barak promises a full investigation of the border incident: an announced inquiry, "
   "ACCUSE/investigate future=true; a promise read as AGREE accepted; ISR or EGY accepted as "
   "recipient")
ev(S, "Israeli Defense Minister Ehud Barak promised", "said Israel regrets the deaths of the three Egyptians",
   "CONCEDE", "", ["ISR"], ["Israel"], ["EGY"], ["the three Egyptians"],
   optional=True,
   note="the regret of sentence 1 retold by Barak: optional")
ev(S, "His comments were seen as less than an apology", "had staged attacks in southern Israel",
   "ASSAULT", "", ["PSE"], ["militants from Gaza"], ["ISR"], ["southern Israel"],
   optional=True,
   note="the militants' attacks of sentence 1 retold: optional. Israel's pursuit of the militants "
   "is the action of sentences 0-1, not coded again")
ev(S, "Angry street protests outside the Israeli embassy", "Angry street protests outside the Israeli embassy in Cairo",
   "PROTEST", "demo", [], [], ["ISR"], ["Israeli embassy"],
   accept_actor=[["EGY"]],
   note="days of street protests outside the Israeli embassy in Cairo: PROTEST/demo against ISR "
   "(embassy); the protesters are not named in the sentence (Egyptians implied), EGY accepted")
ev(S, "Angry street protests outside the Israeli embassy", "has mounted a war of words against the Jewish state",
   "ACCUSE", "disapprove", ["EGY"], ["Egyptian press"], ["ISR"], ["Jewish state"],
   optional=True,
   note="the Egyptian press's 'war of words' against Israel: media criticism, ACCUSE/disapprove; "
   "optional")
ev(S, "An Egyptian army checkpoint protects", "hundreds of protesters tried to break those barriers",
   "PROTEST", "", ["EGY"], ["protesters"], ["ISR"], ["Israeli embassy"],
   accept_types=["COERCE"],
   note="hundreds of protesters try to break through the barriers at the Israeli embassy in Cairo: "
   "PROTEST ('demo' accepted as the mode) EGY -> ISR; the protesters are in Cairo (EGY); COERCE "
   "accepted")
ev(S, "The crowd chanted slogans", "calling for expulsion of Israel's ambassador in Egypt",
   "REQUEST", "", ["EGY"], ["The crowd"], [], [],
   accept_types=["PROTEST"], accept_recipient=[["EGY"], ["ISR"]],
   note="the crowd calls for the expulsion of Israel's ambassador: a demand voiced at a protest, "
   "REQUEST (guideline 11); the expulsion is its content (guideline 2); addressed to Egypt's "
   "rulers or aimed at Israel, both accepted; PROTEST accepted")
ev(S, "The crowd chanted slogans", "demanded suspension of a controversial agreement with Israel for the sale of natural gas",
   "REQUEST", "", ["EGY"], ["The crowd"], [], [],
   optional=True, accept_types=["PROTEST"], accept_recipient=[["EGY"], ["ISR"]],
   note="the crowd's second demand (suspend the gas deal with Israel): REQUEST, optional")
ev(S, "One middle-aged activist said", "requires retaliation by Egypt",
   "REQUEST", "", ["EGY"], ["One middle-aged activist"], ["EGY"], ["Egypt"],
   optional=True, accept_types=["THREATEN"],
   note="an activist says the killings require Egyptian retaliation: a call on Egypt, REQUEST; "
   "vox pop, optional")
ev(S, "He said the people will not accept", "will not accept that killing of any Egyptians at the border",
   "REJECT", "", ["EGY"], ["the people"], [], [],
   optional=True, accept_types=["ACCUSE"], accept_recipient=[["ISR"]],
   note="the activist: the people will not accept killings at the border: REJECT (guideline 6), "
   "vox pop, optional")
ev(S, "An era of \"turning the other cheek\" is over", "An era of \"turning the other cheek\" is over",
   "THREATEN", "", ["EGY"], ["this demonstrator"], [], [],
   optional=True, accept_recipient=[["ISR"]],
   note="'an era of turning the other cheek is over': a veiled warning from a demonstrator, "
   "THREATEN, optional")
ev(S, "He says the Egyptian people will react", "will react if their government and Supreme Military Council do not",
   "THREATEN", "", ["EGY"], ["Egyptian people"], [], [],
   optional=True, accept_recipient=[["ISR"]],
   note="the demonstrator: the people will react if the government does not: a conditional "
   "warning, THREATEN with hypothetical=false (guideline 5: a conditional threat is a real speech act); "
   "vox pop, optional")


# ------------------------------------ 111385 (Bangladesh prime minister visits India, 2010)
# (this and the next two stories: topped up by helper spot26b before any system run)
S = "111385"
ev(S, "India and Bangladesh have signed three agreements", "have signed three agreements",
   "SUPPORT", "", ["IND", "BGD"], ["India", "Bangladesh"], ["IND", "BGD"], ["India", "Bangladesh"],
   accept_types=["AGREE", "COOPERATE"],
   note="India and Bangladesh sign three agreements: signing is SUPPORT (guideline 15), joint "
   "(decision 17); AGREE and COOPERATE accepted")
ev(S, "India and Bangladesh have signed three agreements", "a visit by Bangladesh Prime Minister Sheikh Hasina to India",
   "CONSULT", "visit", ["BGD"], ["Sheikh Hasina"], ["IND"], ["India"],
   note="Sheikh Hasina's visit to India: CONSULT/visit BGD -> IND (decision 17: a visit stays "
   "visitor -> host)")
ev(S, "Before commencing a round of meetings", "a round of meetings with top Indian officials in New Delhi",
   "CONSULT", "", ["BGD", "IND"], ["Sheikh Hasina", "top Indian officials"], ["BGD", "IND"], ["Sheikh Hasina", "top Indian officials"],
   optional=True,
   note="Hasina's round of meetings with Indian officials (part of the visit of sentence 0; the "
   "talks with Singh are coded in sentence 9): joint, optional. Her wish for 'closer ties' is a "
   "view, not coded")
ev(S, "The warmth was reflected in her talks", "her talks with Indian Prime Minister Manmohan Singh",
   "CONSULT", "", ["BGD", "IND"], ["her", "Manmohan Singh"], ["BGD", "IND"], ["her", "Manmohan Singh"],
   note="Hasina's talks with Manmohan Singh: CONSULT, joint (decision 17); 'her' is Sheikh Hasina "
   "(sentence 0)")
ev(S, "Following the talks, the two countries signed", "the two countries signed three agreements",
   "SUPPORT", "", ["IND", "BGD"], ["the two countries", "the two countries"], ["IND", "BGD"], ["the two countries", "the two countries"],
   optional=True, accept_types=["AGREE", "COOPERATE"],
   note="the signing of sentence 0 retold: optional. 'will make it easier for India to extradite "
   "insurgents' (next sentence) is a possible effect, not coded")
ev(S, "But in recent months, Dhaka has been cooperating", "has been cooperating with India in cracking down on these insurgents",
   "COOPERATE", "", ["BGD"], ["Dhaka"], ["IND"], ["India"],
   accept_types=["SUPPORT"], accept_actor=[["BGD", "IND"]], accept_recipient=[[]],
   note="Dhaka cooperates with India against the insurgents: COOPERATE BGD -> IND ('works with' is "
   "coded both ways in the golds: the joint reading accepted); SUPPORT accepted. India's concern "
   "that rebels find refuge in Bangladesh (sentence 12) is a concern, not a charge: not coded")
ev(S, "But in recent months, Dhaka has been cooperating", "cracking down on these insurgents",
   "COERCE", "", ["BGD"], ["Dhaka"], ["IND"], ["these insurgents"],
   optional=True, accept_types=["ASSAULT"], accept_recipient=[[]],
   note="Bangladesh's crackdown on the Indian insurgents (rebels of India's northeastern states, "
   "IND): COERCE, optional (folded into the cooperation)")
ev(S, "But in recent months, Dhaka has been cooperating", "has handed over senior rebel leaders to New Delhi",
   "COOPERATE", "", ["BGD"], ["Dhaka"], ["IND"], ["New Delhi"],
   accept_types=["COERCE"],
   note="Bangladesh hands rebel leaders over to India: handing people over to another state is "
   "COOPERATE (guideline 8); COERCE (deport) accepted")

# ------------------------------------ 324643 (Bolivia seeks OAS meeting on sea access, 2006)
S = "324643"
ev(S, "Bolivian President Evo Morales has called on", "has called on the Organization of American States to hold an emergency meeting",
   "REQUEST", "", ["BOL"], ["Evo Morales"], ["IGO"], ["Organization of American States"],
   note="Morales asks the OAS to hold an emergency meeting on Bolivia's sea claim: REQUEST BOL -> "
   "IGO (the OAS). The claim on maritime territory held by Chile is a standing claim, no event "
   "(guideline 1c)")
ev(S, "President Morales Thursday told a crowd", "would like to talk to the OAS Secretary-General",
   "AGREE", "", ["BOL"], ["his government"], ["IGO"], ["OAS Secretary-General"],
   optional=True, accept_types=["REQUEST", "CONSULT"], accept_recipient=[["CHL"]],
   note="Bolivia's wish to talk to the OAS Secretary-General: an expressed intent to meet, AGREE "
   "(codebook: intent to cooperate; REQUEST and CONSULT accepted); the invitation of the next "
   "sentence is the concrete act: optional")
ev(S, "Morales invited Insulza", "invited Insulza to La Paz to discuss the issue",
   "AGREE", "", ["BOL"], ["Morales"], ["IGO"], ["Insulza"],
   accept_types=["REQUEST", "CONSULT"], accept_recipient=[["CHL"]],
   note="Morales invites the OAS Secretary-General (the Chilean Insulza) to La Paz: invitations "
   "are AGREE (codebook, AGREE notes), a directed speech act (decision 17); IGO as the OAS's "
   "officer, CHL accepted; REQUEST and CONSULT accepted. The splitter cuts after 'Mr.', so "
   "the sentence starts at 'Morales'")
ev(S, "The two neighboring countries broke off", "broke off diplomatic relations in 1978",
   "SANCTION", "discontinue", ["BOL", "CHL"], ["The two neighboring countries", "The two neighboring countries"], [], [],
   optional=True, accept_actor=[["BOL"]], accept_recipient=[["CHL"], ["BOL", "CHL"]],
   note="Bolivia and Chile broke off relations in 1978 (background): cutting ties is "
   "SANCTION/discontinue (guideline 8); the text makes both the actors; optional")
ev(S, "The two neighboring countries broke off", "Bolivia lost to Chile in 1879",
   "ASSAULT", "", ["CHL"], ["Chile"], ["BOL"], ["Bolivia"],
   optional=True, accept_types=["COERCE"],
   note="the sea access Bolivia lost to Chile in 1879 (the War of the Pacific, background): "
   "ASSAULT or COERCE (seizure) CHL -> BOL, optional")
ev(S, "Despite the dispute, President Morales attended", "attended the inauguration of Chilean President Michelle Bachelet",
   "CONSULT", "visit", ["BOL"], ["President Morales"], ["CHL"], ["Michelle Bachelet"],
   accept_types=["SUPPORT"],
   note="Morales attends Bachelet's inauguration in Chile: CONSULT/visit BOL -> CHL; SUPPORT "
   "accepted")
ev(S, "Her predecessor, Ricardo Lagos, traveled", "traveled to Bolivia",
   "CONSULT", "visit", ["CHL"], ["Ricardo Lagos"], ["BOL"], ["Bolivia"],
   optional=True, accept_types=["SUPPORT"],
   note="Chile's former president Lagos travelled to Bolivia for Morales's inauguration in January "
   "(background): CONSULT/visit CHL -> BOL, optional. The splitter cuts after 'Mr.' inside this "
   "sentence")

# ------------------------------------ 322956 (North and South Korea prepare for talks, 2006)
S = "322956"
ev(S, "High-level talks between North and South Korea", "High-level talks between North and South Korea are set to begin",
   "AGREE", "", ["PRK", "KOR"], ["North", "South Korea"], ["PRK", "KOR"], ["North", "South Korea"],
   future=True, accept_types=["CONSULT"],
   note="high-level inter-Korean talks set to begin: planned talks, AGREE future=true (note of "
   "2026-12-05), joint (decision 17); CONSULT accepted")
ev(S, "High-level talks between North and South Korea", "the North's missile tests last week",
   "MOBILIZE", "weapons", ["PRK"], ["North"], [], [],
   optional=True,
   note="the North's missile tests (first mention as a nominal; the tests are coded in sentence "
   "2, where they are told as an act): optional")
ev(S, "A U.S. envoy has returned to Beijing", "has returned to Beijing",
   "CONSULT", "visit", ["USA"], ["U.S. envoy"], ["CHN"], ["Beijing"],
   note="the U.S. envoy returns to Beijing to hear from China: CONSULT/visit USA -> CHN")
ev(S, "A U.S. envoy has returned to Beijing", "attempts to influence its communist ally",
   "REQUEST", "", ["CHN"], ["China"], ["PRK"], ["its communist ally"],
   optional=True, accept_types=["CONSULT"],
   note="China's attempts to influence North Korea (its communist ally): unspecified pressure, "
   "REQUEST CHN -> PRK at most; CONSULT accepted; optional")
ev(S, "North Korean delegates are in Busan", "are in Busan, South Korea, for ministerial talks",
   "CONSULT", "visit", ["PRK"], ["North Korean delegates"], ["KOR"], ["South Korea"],
   accept_types=["AGREE"], accept_actor=[["PRK", "KOR"]], accept_recipient=[["PRK", "KOR"], []],
   note="the North Korean delegation is in Busan for the ministerial talks: an arrival, "
   "CONSULT/visit PRK -> KOR (decision 17); the joint reading of the talks and AGREE accepted")
ev(S, "North Korean delegates are in Busan", "Pyongyang test-fired at least seven missiles last week",
   "MOBILIZE", "weapons", ["PRK"], ["Pyongyang"], [], [],
   note="North Korea test-fires at least seven missiles: weapons tests are MOBILIZE (guideline "
   "12), mode weapons (codebook)")
ev(S, "There had been fears that Pyongyang", "would boycott the talks",
   "REJECT", "", ["PRK"], ["Pyongyang"], ["KOR"], ["South Korea"],
   optional=True, hypothetical=True,
   note="the feared boycott that did not happen: only a possibility, REJECT hypothetical=true "
   "(guideline 5); optional")
ev(S, "There had been fears that Pyongyang", "South Korea suspended food aid to the impoverished North",
   "SANCTION", "discontinue", ["KOR"], ["South Korea"], ["PRK"], ["North"],
   note="South Korea suspends food aid to the North: stopping aid is SANCTION/discontinue "
   "(codebook 162, 'withdrawal of ... assistance'); 'to protest the missile launches' is its "
   "purpose, not a separate PROTEST (guideline 3)")
ev(S, "He says the talks will focus instead", "Pyongyang's refusal to discuss dismantling its nuclear-weapons programs",
   "REJECT", "", ["PRK"], ["Pyongyang"], [], [],
   optional=True,
   note="North Korea's refusal to discuss dismantling its nuclear programmes (as a nominal; the "
   "refusal to resume talks is coded in the next sentence): REJECT (guideline 6), optional. "
   "The spokesman's account of the talks' agenda is not coded")
ev(S, "Given that North Korea has refused", "has refused to resume talks",
   "REJECT", "", ["PRK"], ["North Korea"], [], [],
   note="North Korea has refused to resume the nuclear talks: a refusal is REJECT (guideline 6); "
   "the other parties are not named in the sentence")
ev(S, "Given that North Korea has refused", "its pledge to give up nuclear weapons",
   "CONCEDE", "", ["PRK"], ["its"], [], [],
   optional=True, accept_types=["AGREE"],
   note="North Korea's earlier pledge to give up nuclear weapons (background nominal): a promise "
   "of a future retreat, CONCEDE as guideline 16 reasons (AGREE accepted); optional. The "
   "'outrage from the international community' has a construct as actor: not coded")
ev(S, "Japan, which may be within range", "is especially angry",
   "ACCUSE", "disapprove", ["JPN"], ["Japan"], ["PRK"], ["Pyongyang"],
   optional=True, accept_recipient=[[]],
   note="Japan is especially angry at the missile tests: ACCUSE/disapprove JPN -> PRK, optional "
   "(the proposal that follows is the act)")
ev(S, "Japan, which may be within range", "has proposed a U.N. Security Council resolution, including economic sanctions against Pyongyang",
   "REQUEST", "", ["JPN"], ["Japan"], ["UNO"], ["U.N. Security Council"],
   accept_types=["THREATEN", "SANCTION"], accept_recipient=[["PRK"]],
   note="Japan proposes a Security Council resolution with sanctions on North Korea: asking the "
   "Council to act is REQUEST JPN -> UNO; the sanctions are its content (guideline 2); "
   "THREATEN or SANCTION (future) against PRK accepted. Washington's backing is coded apart")
ev(S, "Voting on that resolution, which is backed", "which is backed by Washington",
   "SUPPORT", "", ["USA"], ["Washington"], ["JPN"], ["that resolution"],
   optional=True, accept_recipient=[[]],
   note="Washington backs Japan's resolution: SUPPORT USA -> JPN (the resolution's sponsor), "
   "optional; the vote on hold is no event")
ev(S, "Voting on that resolution, which is backed", "high-level contacts between China and North Korea",
   "CONSULT", "", ["CHN", "PRK"], ["China", "North Korea"], ["CHN", "PRK"], ["China", "North Korea"],
   optional=True,
   note="high-level contacts between China and North Korea: joint CONSULT, told concretely in the "
   "next sentence (the two visits): optional")
ev(S, "Meanwhile, the top Chinese negotiator", "ended a visit to Pyongyang",
   "CONSULT", "visit", ["CHN"], ["top Chinese negotiator"], ["PRK"], ["Pyongyang"],
   note="China's top negotiator (Wu Dawei) ends a visit to Pyongyang: CONSULT/visit CHN -> PRK")
ev(S, "Meanwhile, the top Chinese negotiator", "arrived in Beijing",
   "CONSULT", "visit", ["PRK"], ["vice president of North Korea's parliament"], ["CHN"], ["Beijing"],
   note="the vice president of North Korea's parliament (Yang Hyong Sop) arrives in Beijing: "
   "CONSULT/visit PRK -> CHN")
ev(S, "Analyst Huh Moon-young", "may be willing to accept Beijing's latest proposal",
   "AGREE", "", ["PRK"], ["Pyongyang"], ["CHN"], ["Beijing"],
   optional=True, hypothetical=True,
   note="an analyst says Pyongyang may accept Beijing's proposal: only possible, AGREE "
   "hypothetical=true (guideline 5); optional")
ev(S, "Analyst Huh Moon-young", "Beijing's latest proposal for reviving the nuclear talks",
   "AGREE", "", ["CHN"], ["Beijing"], [], [],
   optional=True, accept_recipient=[["PRK"]],
   note="China's proposal to revive the nuclear talks: an offer to meet is AGREE, a directed "
   "speech act (decision 17); addressee not named in the sentence, PRK accepted; optional")


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round26.jsonl", STORIES_JSONL, STORIES, E)

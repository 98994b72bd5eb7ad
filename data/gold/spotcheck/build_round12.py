"""Build `round12.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 12 takes its stories from the search store, as rounds 7-11. The texts are kept readable in
`round12_stories_source.txt`; this script rebuilds `round12-stories.jsonl` from it and resolves the
annotation written below against those texts, with the tools of round 9 (its builder's paths and
`common.write_stories` / `common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round12.py

Fields are those of rounds 3-10 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05; other
future cooperation AGREE with `future=false`, its rule 4). An actor or recipient named only in an
earlier sentence is listed in `context_mentions`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths and helpers (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round12_stories_source.txt"
STORIES_JSONL = f"{HERE}/round12-stories.jsonl"
STORIES = ["greece-turkey-talks-2021", "1971724", "1790004", "179175", "4484774", "1549803"]

E: list[dict] = []
ev = make_ev(E)

# --------------------------------------------- greece-turkey-talks-2021 (Greece-Turkey talks, 2021)
S = "greece-turkey-talks-2021"
ev(S, "Greece and Turkey opened their first direct talks", "opened their first direct talks",
   "CONSULT", "", ["GRC", "TUR"], ["Greece", "Turkey"], [], [],
   accept_actor=[["GRC"], ["TUR"]], accept_recipient=[["TUR"], ["GRC"]],
   note="direct talks between the two governments in Istanbul: reciprocal CONSULT (both in actor); "
   "'to discuss ... disputes' is a purpose (not coded)")
ev(S, "Relations between Athens and Ankara were exacerbated", "Turkey deployed a survey vessel",
   "MOBILIZE", "", ["TUR"], ["Turkey"], [], [],
   accept_recipient=[["GRC"]],
   note="Turkey sends a survey ship into contested waters (background event with a named party, "
   "guideline 1; a deployment in a standoff, guideline 12); no recipient named in the clause "
   "(Greece accepted); 'Relations ... were exacerbated' is a state (not coded)")
ev(S, "Relations between Athens and Ankara were exacerbated", "gunboats from the two countries collided",
   "ASSAULT", "", ["GRC", "TUR"], ["Athens", "Ankara"], [], [],
   optional=True, accept_types=["MOBILIZE", "COERCE"], accept_actor=[["TUR"], ["GRC"]],
   note="the two navies' gunboats collide: possibly an accident (guideline 13, not coded) or a "
   "naval clash; optional either way; the countries are named as 'Athens and Ankara' earlier in "
   "the sentence")
ev(S, "Greece and Turkey, both members of the NATO", "made insignificant progress in several dozen rounds of talks",
   "CONSULT", "", ["GRC", "TUR"], ["Greece", "Turkey"], [], [],
   accept_actor=[["GRC"], ["TUR"]], accept_recipient=[["TUR"], ["GRC"]],
   note="the 2002-2016 rounds of talks, background told as an event with named parties "
   "(guideline 1): CONSULT; 'insignificant progress' is their result (a negated AGREE is not "
   "coded); 'both members of the NATO military alliance' is a state")
ev(S, "The European Union and NATO had pressed hard", "had pressed hard on Ankara and Athens to sit down at the negotiating table",
   "REQUEST", "meet", ["EUR", "IGO"], ["The European Union", "NATO"], ["TUR", "GRC"], ["Ankara", "Athens"],
   accept_actor=[["EUR"], ["IGO"]],
   note="the EU (EUR) and NATO (IGO) press both governments to negotiate: REQUEST/meet")
ev(S, "They agreed early this month to resume talks", "agreed early this month to resume talks",
   "AGREE", "", ["TUR", "GRC"], ["Ankara", "Athens"], [], [],
   accept_actor=[["TUR"], ["GRC"]], accept_recipient=[["GRC"], ["TUR"]],
   context_mentions=["Ankara", "Athens"],
   note="'They' are Ankara and Athens of the previous sentence (guideline: earlier sentences tell "
   "who someone is): the agreement to meet, AGREE (reciprocal); 'Turkey hoping to improve its "
   "relations' is a wish (not coded)")
ev(S, "On Saturday, however, Athens expressed willingness", "but not issues of \"national sovereignty.\"",
   "REJECT", "", ["GRC"], ["Athens"], [], [],
   accept_recipient=[["TUR"]],
   note="Greece limits the agenda: it will discuss the economic issues and the continental shelf "
   "but not sovereignty, a refusal (REJECT) of part of the talks; no recipient named (Turkey "
   "accepted); the trigger may also be taken at 'expressed willingness to only discuss' (the "
   "judge matches by sentence)")
ev(S, "On Saturday, however, Athens expressed willingness", "expressed willingness to only discuss issues",
   "AGREE", "", ["GRC"], ["Athens"], [], [],
   optional=True, accept_recipient=[["TUR"]],
   note="the positive side of the same statement (willing to discuss economic issues): an optional "
   "AGREE beside the required REJECT")
ev(S, "Last week, Greek Prime Minister Kyriakos Mitsotakis", "would approach the talks with optimism",
   "AGREE", "", ["GRC"], ["Greek"], [], [],
   optional=True, future=True, accept_types=["CONSULT"],
   note="Mitsotakis on Greece's attitude to the coming talks: an attitude more than an event "
   "(optional); if coded, a planned meeting (AGREE, future=true)")
ev(S, "On his part, Turkish President Recep Tayyip Erdogan", "returning to negotiation table",
   "AGREE", "", ["TUR"], ["Turkish"], [], [],
   optional=True, future=True, accept_types=["CONSULT", "SUPPORT"],
   note="Erdogan's hope for the talks: a wish (optional); if coded, the planned talks (AGREE, "
   "future=true)")

# ---------------------------------------------------- 1971724 (Israel-Hamas truce talks, 2014)
S = "1971724"
ev(S, "Israeli and Palestinian delegations are in Cairo", "are in Cairo for truce talks",
   "CONSULT", "", ["ISR", "PSE"], ["Israeli", "Palestinian"], ["EGY"], ["Cairo"],
   accept_actor=[["ISR", "PSE", "EGY"]], accept_recipient=[[]],
   note="Israeli and Palestinian delegations in Cairo for (Egyptian-hosted) truce talks: CONSULT, "
   "both in actor, the host Egypt (named by 'Cairo') as recipient; the reading with Egypt among the "
   "participants and no recipient accepted")
ev(S, "Israeli and Palestinian delegations are in Cairo", "a 72 hour cease-fire in Gaza appears to be holding",
   "RETREAT", "ceasefire", [], [], ["PSE"], ["Gaza"],
   accept_actor=[["ISR", "PSE"], ["ISR"]], accept_recipient=[[]],
   note="a truce that holds is RETREAT/ceasefire (guideline 7); the sentence names no party to it "
   "(the delegations of the same sentence, ISR and PSE, accepted as actor); 'in Gaza' is the "
   "place (PSE) or nothing")
ev(S, "U.S. and U.N. diplomats will join the talks", "will join the talks on a longer term truce",
   "AGREE", "", ["USA", "UNO"], ["U.S.", "U.N."], [], [],
   future=True, accept_types=["CONSULT"], accept_recipient=[["ISR", "PSE"]],
   note="US and UN diplomats will join the talks: a planned meeting, AGREE with future=true (the "
   "2026-12-05 note of the guideline); CONSULT accepted")
ev(S, "The discussions also are expected to deal", "a month of Israeli airstrikes",
   "ASSAULT", "aerial", ["ISR"], ["Israeli"], [], [],
   accept_recipient=[["PSE"]], accept_actor=[["ISR", "PSE"]],
   note="Israel's month of airstrikes (background with a named party, a nominal, guideline 1); "
   "target not named in the phrase (Gaza/PSE accepted); 'The discussions' is a re-mention of the "
   "talks (not coded)")
ev(S, "The discussions also are expected to deal", "Hamas rocket attacks",
   "ASSAULT", "", ["PSE"], ["Hamas"], [], [],
   accept_recipient=[["ISR"]], accept_actor=[["IMG"]],
   note="Hamas's rocket attacks (nominal with a named party): ASSAULT; Hamas is the Gaza authority, "
   "PSE (a domestic party takes the country's code); IMG accepted; the target, Israel, is not "
   "named in the phrase (accepted)")

# ------------------------------------------------ 1790004 (US Navy typhoon relief, Philippines, 2013)
S = "1790004"
ev(S, "The U.S. Navy launched a huge relief operation", "launched a huge relief operation",
   "AID", "", ["USA"], ["The U.S. Navy"], ["PHL"], ["Philippines"],
   note="the US Navy's disaster relief in the Philippines: AID (guideline 12: forces deployed for "
   "disaster relief are AID); Tacloban burying its dead is not a political event")
ev(S, "The aircraft carrier USS George Washington", "began delivering water and emergency rations to the wrecked city",
   "AID", "", ["USA"], ["USS George Washington"], ["PHL"], ["the wrecked city"],
   accept_recipient=[[]],
   note="the carrier group delivers water and rations to Tacloban: AID USA -> PHL (the city is "
   "Philippine; an empty recipient accepted)")
ev(S, "The aircraft carrier USS George Washington", "arrived in the Philippine Sea",
   "AID", "", ["USA"], ["USS George Washington"], [], [],
   optional=True, accept_types=["MOBILIZE"], accept_recipient=[["PHL"]],
   note="the ships' arrival for the relief operation (guideline 12: AID; MOBILIZE accepted); part "
   "of the delivery of the same sentence, optional")
ev(S, "One of the ships in the carrier group", "made its first delivery of food and drinking water",
   "AID", "", ["USA"], ["USNS Charles Drew"], ["PHL"], ["Tacloban"],
   optional=True, accept_recipient=[[]],
   note="one ship's first delivery to Tacloban: the delivery of the previous sentence told in "
   "detail (optional); USNS is a US Navy ship (USA)")
ev(S, "The giant hospital ship USS Mercy", "is making emergency preparations to depart the United States",
   "AGREE", "", ["USA"], ["the United States"], [], [],
   accept_types=["AID", "MOBILIZE"], accept_recipient=[["PHL"]],
   context_mentions=[],
   note="the hospital ship prepares to sail to the relief operation: future aid already committed, "
   "coded AGREE with future=false (guideline rule 4); AID and MOBILIZE accepted; the recipient "
   "(the Philippines) is not named in the sentence (accepted)")
ev(S, "The giant hospital ship USS Mercy", "along with the British carrier HMS Illustrious",
   "AGREE", "", ["GBR"], ["British"], [], [],
   accept_types=["AID", "MOBILIZE"], accept_recipient=[["PHL"]],
   note="the British carrier is expected to join the relief flotilla: future aid, AGREE "
   "(future=false, guideline rule 4); AID/MOBILIZE accepted; the trigger may also be taken at 'is "
   "expected to join the emergency flotilla' (the judge matches by sentence)")

# ------------------------------------------------ 179175 (Philippines-China Scarborough standoff, 2012)
S = "179175"
ev(S, "A Philippine naval ship, two Chinese vessels", "are in a standoff near a shoal",
   "MOBILIZE", "", ["PHL", "CHN"], ["Philippine", "Chinese"], [], [],
   accept_actor=[["CHN"], ["PHL"]], accept_recipient=[["PHL"], ["CHN"]],
   note="a naval standoff (guideline 12: MOBILIZE), two-sided so both in actor; 'that the "
   "Philippines says is well within its territory' is a claim (a state, not coded)")
ev(S, "However, China says the fishermen are in its sovereign waters", "says the fishermen are in its sovereign waters",
   "REJECT", "", ["CHN"], ["China"], ["PHL"], ["Philippine"],
   optional=True, accept_types=["ACCUSE"], accept_recipient=[[]],
   context_mentions=["Philippine"],
   note="China's counter-claim (the fishermen are in Chinese waters): a rebuttal of the Philippine "
   "claim, but a statement of sovereignty is a state (guideline 1c); optional")
ev(S, "Both sides say they are trying to come to a diplomatic solution", "are trying to come to a diplomatic solution",
   "CONSULT", "", ["PHL", "CHN"], ["Philippine", "Chinese"], [], [],
   optional=True, accept_types=["AGREE"], context_mentions=["Philippine", "Chinese"],
   note="'Both sides' (the Philippines and China of sentence 0) say they seek a diplomatic "
   "solution: an effort told in general terms, optional")
ev(S, "The Philippine Navy says in recent days", "discovered illegal poaching by Chinese fishermen",
   "ACCUSE", "investigate", ["PHL"], ["The Philippine Navy"], ["CHN"], ["Chinese fishermen"],
   accept_types=["COERCE"], accept_recipient=[[]],
   note="the navy's patrol finds the Chinese boats poaching and the navy reports it as illegal: "
   "ACCUSE (investigate/allege); COERCE (a patrol enforcing the zone) accepted; the poaching itself "
   "is the content of the charge (guideline 2, not coded)")
ev(S, "The country argues that is well within", "argues that is well within the 370 kilometer exclusive economic zone",
   "ACCUSE", "", ["PHL"], ["The country"], [], [],
   optional=True, accept_types=["REJECT"], accept_recipient=[["CHN"]],
   note="the Philippine claim that the waters are in its zone: a claim (a state, guideline 1c), "
   "optional")
ev(S, "The head of the navy says officers went on board", "went on board eight boats",
   "COERCE", "seize", ["PHL"], ["The head of the navy"], ["CHN"], ["Chinese fishermen"],
   accept_types=["ACCUSE"], accept_recipient=[[]], context_mentions=["Chinese fishermen"],
   note="Philippine navy officers board the Chinese fishing boats and inspect their catch: an "
   "enforcement act against the boats, COERCE (ACCUSE/investigate accepted); the boats are the "
   "Chinese fishermen's of the previous sentence (an empty recipient accepted); 'found coral ... "
   "listed as endangered' is the result (not coded)")
ev(S, "He says they were not able to arrest the fishermen", "were not able to arrest the fishermen",
   "COERCE", "arrest", ["PHL"], ["they"], ["CHN"], ["the fishermen"],
   optional=True, negated=True, accept_recipient=[[]],
   note="the arrest that did not happen (guideline 6, negated): optional")
ev(S, "He says they were not able to arrest the fishermen", "two Chinese government boats arrived and positioned themselves between",
   "MOBILIZE", "", ["CHN"], ["Chinese"], ["PHL"], ["the Philippine patrol ship"],
   accept_types=["COERCE"], accept_recipient=[[]],
   note="Chinese government ships move in to shield the fishermen from the Philippine patrol: a "
   "deployment in the standoff (guideline 12, MOBILIZE); COERCE (blocking the arrest) accepted")
ev(S, "Foreign Affairs Secretary Albert del Rosario summoned", "summoned China’s ambassador",
   "ACCUSE", "disapprove", ["PHL"], ["Foreign Affairs Secretary Albert del Rosario"], ["CHN"], ["China"],
   accept_types=["CONSULT"],
   note="summoning an ambassador is ACCUSE/disapprove (guideline 14); CONSULT accepted (the meeting "
   "with the ambassador, see the talks of the next sentence); 'reiterated the United Nations "
   "Convention' is the content of the protest (not coded)")
ev(S, "He says their first round of talks hit an impasse", "their first round of talks hit an impasse",
   "CONSULT", "", ["PHL", "CHN"], ["Philippine", "China"], [], [],
   accept_actor=[["PHL"]], accept_recipient=[["CHN"]], context_mentions=["Philippine", "China"],
   note="the talks between del Rosario and the Chinese ambassador (named in the previous "
   "sentence): CONSULT, reciprocal (the Philippine minister as actor with China as recipient "
   "accepted); the impasse is the result (a negated AGREE is not coded)")
ev(S, "“I mentioned that, if the Philippines is challenged", "we are prepared to secure our sovereignty",
   "THREATEN", "", ["PHL"], ["the Philippines"], [], [],
   accept_recipient=[["CHN"]],
   note="a conditional warning ('if the Philippines is challenged, we are prepared to secure our "
   "sovereignty') is a real speech act, THREATEN with hypothetical=false (guideline 5); no "
   "recipient named (China accepted)")

# ------------------------------------------------------- 4484774 (Eritrea reopens embassy, 2018)
S = "4484774"
ev(S, "Eritrea reopened its embassy in Ethiopia on Monday.", "reopened its embassy in Ethiopia",
   "COOPERATE", "", ["ERI"], ["Eritrea"], ["ETH"], ["Ethiopia"],
   accept_types=["AGREE", "CONCEDE"],
   note="restoring a diplomatic mission: diplomatic cooperation, COOPERATE (AGREE, CONCEDE "
   "accepted)")
ev(S, "The official reopening came a week after", "the two sides declared an end to 20 years of a military stalemate",
   "AGREE", "", ["ERI", "ETH"], ["Eritrea", "Ethiopia"], [], [],
   accept_types=["CONCEDE", "RETREAT"], context_mentions=["Eritrea", "Ethiopia"],
   accept_actor=[["ERI"], ["ETH"]], accept_recipient=[["ETH"], ["ERI"]],
   note="'the two sides' (Eritrea and Ethiopia of sentence 0) jointly declare the war over: the "
   "peace agreement, AGREE (reciprocal); CONCEDE/RETREAT accepted; 'The official reopening' is a "
   "back-reference (not coded)")
ev(S, "The countries fought a border war", "fought a border war",
   "ASSAULT", "", ["ERI", "ETH"], ["Eritrea", "Ethiopia"], [], [],
   optional=True, context_mentions=["Eritrea", "Ethiopia"],
   note="the 1998-2000 war, historical background with the parties named only as 'The countries': "
   "optional (as round 9's 'have fought three wars'); the deaths are its result")
ev(S, "Ethiopian Prime Minister Abiy Ahmed and Eritrean President", "attended the event Monday in Addis Ababa",
   "CONSULT", "", ["ETH", "ERI"], ["Ethiopian", "Eritrean"], [], [],
   optional=True, accept_types=["COOPERATE"],
   note="the two leaders at the reopening ceremony: a meeting within the visit of sentence 5, "
   "optional")
ev(S, "Abiy officially gave the keys to the embassy to Afwerki.", "gave the keys to the embassy",
   "COOPERATE", "", ["ETH"], ["Abiy"], ["ERI"], ["Afwerki"],
   optional=True, accept_types=["CONCEDE", "AID", "AGREE"],
   note="the handover of the embassy's keys, a ceremonial act within the reopening: optional; Abiy "
   "is Ethiopia, Afwerki Eritrea (sentence 3)")
ev(S, "The embassy’s reopening marked the end", "the Eritrean leader's three-day visit to Ethiopia",
   "CONSULT", "visit", ["ERI"], ["Eritrean"], ["ETH"], ["Ethiopia"],
   note="Isaias's three-day visit to Ethiopia: CONSULT/visit, visitor ERI, host ETH; 'The embassy's "
   "reopening' is a back-reference")
ev(S, "On Sunday, Abiy and Isaias attended a concert", "attended a concert",
   "CONSULT", "", ["ETH", "ERI"], ["Abiy", "Isaias"], [], [],
   optional=True, accept_types=["COOPERATE"],
   note="the two leaders at a concert during the visit: part of the visit, optional")
ev(S, "The show was organized to celebrate a peace agreement", "a peace agreement between their countries",
   "AGREE", "", ["ETH", "ERI"], ["Abiy", "Isaias"], [], [],
   optional=True, context_mentions=["Abiy", "Isaias"],
   note="the peace agreement named again (a back-reference to sentence 1): optional")
ev(S, "Thousands of people cheered as the two leaders", "put their arms around the other as a sign of friendship",
   "SUPPORT", "", ["ETH", "ERI"], ["Abiy", "Isaias"], [], [],
   optional=True, accept_types=["CONSULT", "COOPERATE"], context_mentions=["Abiy", "Isaias"],
   note="a public gesture of friendship: optional; the cheering crowd is not a political event")
ev(S, "\"When we say we have reconciled", "we have reconciled",
   "AGREE", "", ["ETH"], ["Abiy"], [], [],
   optional=True, accept_types=["SUPPORT", "CONCEDE"], accept_actor=[["ETH", "ERI"]],
   accept_recipient=[["ERI"]],
   note="Abiy on the reconciliation (a restatement of the peace, in a quote): optional")
ev(S, "The Oromos have led three years of anti-government protests", "anti-government protests",
   "PROTEST", "", ["ETH"], ["The Oromos"], ["ETH"], ["anti-government"],
   optional=True,
   note="domestic Ethiopian protests, background outside the story's subject (interstate "
   "relations): optional; the deaths are their result; 'Abiy took office' is an ordinary change "
   "of office (not coded)")
ev(S, "On Saturday, thousands of people stood along the streets", "to celebrate the visit",
   "SUPPORT", "", [], [], ["ERI"], ["Eritrean"],
   optional=True, accept_actor=[["ETH"]],
   note="a celebratory crowd (guideline 11: not PROTEST); optional SUPPORT with no named actor")
ev(S, "Last week, Abiy traveled to Asmara", "Abiy traveled to Asmara",
   "CONSULT", "visit", ["ETH"], ["Abiy"], ["ERI"], ["Eritrea"],
   note="Abiy's visit to Asmara: CONSULT/visit, visitor ETH, host ERI")
ev(S, "Last week, Abiy traveled to Asmara", "signed the agreement ending the state of war",
   "AGREE", "", ["ETH", "ERI"], ["Abiy", "Eritrea"], [], [],
   optional=True, accept_actor=[["ETH"]], accept_recipient=[["ERI"]],
   note="the signing of the peace agreement of sentence 1 told again with its place: optional "
   "retelling (sentence 1 carries the required AGREE)")
ev(S, "In addition to reopening their embassies", "agreed to build ports and restart flights",
   "AGREE", "", ["ETH", "ERI"], ["the two sides", "the two sides"], [], [],
   accept_types=["COOPERATE"], accept_actor=[["ETH"], ["ERI"]],
   note="the two sides agree on ports and flights: AGREE, reciprocal (the phrase 'the two sides' "
   "names both codes); 'reopening their embassies' restates sentence 0 (not coded)")

# -------------------------------------------- 1549803 (US calls for talks as M23 takes Goma, 2012)
S = "1549803"
ev(S, "The United States says the presidents of Uganda", "should meet to end a Congolese rebellion",
   "REQUEST", "meet", ["USA"], ["The United States"], ["UGA", "RWA", "COD"],
   ["Uganda", "Rwanda", "the Democratic Republic of Congo"],
   note="the US urges the three presidents to meet: REQUEST/meet; 'to end a Congolese rebellion' "
   "is a purpose")
ev(S, "The United States says the presidents of Uganda", "took control of a key provincial capital",
   "ASSAULT", "", ["COD"], ["Congolese"], ["COD"], ["the Democratic Republic of Congo"],
   accept_types=["COERCE"], accept_recipient=[[]],
   note="the M23 rebellion seizes Goma (a relative clause with the rebellion as actor, guideline "
   "1): ASSAULT, the Congolese rebels take their country's code (COD -> COD); COERCE (seizure) "
   "accepted")
ev(S, "State Department spokeswoman Victoria Nuland says the capture", "is a dangerous and worrying sign",
   "ACCUSE", "disapprove", ["USA"], ["State Department"], ["COD"], ["rebels from the M23 group"],
   optional=True, accept_recipient=[[]],
   note="Nuland calls the capture dangerous and worrying: disapproval, told again as an explicit "
   "condemnation in the next sentence (which carries the required ACCUSE); optional")
ev(S, "State Department spokeswoman Victoria Nuland says the capture", "the capture of the city of Goma by rebels from the M23 group",
   "ASSAULT", "", ["COD"], ["rebels from the M23 group"], ["COD"], ["Goma"],
   optional=True, accept_types=["COERCE"], accept_recipient=[[]],
   note="the capture of Goma told again (a nominal re-mention of sentence 0): optional")
ev(S, "\"We condemn the ongoing violent assault of M23", "We condemn",
   "ACCUSE", "disapprove", ["USA"], ["Nuland"], ["COD"], ["M23"],
   note="the State Department condemns M23's offensive: ACCUSE/disapprove (guideline 14); M23 is a "
   "Congolese rebel group (COD, guideline: M23 takes its country's code); 'We' is the US "
   "government (Nuland speaks for the State Department)")
ev(S, "\"We condemn the ongoing violent assault of M23", "the ongoing violent assault of M23",
   "ASSAULT", "", ["COD"], ["M23"], ["COD"], ["the DRC"],
   optional=True, accept_recipient=[[]],
   note="the offensive named as the object of the condemnation (the content of an accusation, "
   "guideline 2, and a re-mention of sentence 0): optional; 'has now taken Goma' likewise")
ev(S, "M23 rebels say they are ready to open talks with Kinshasa.", "are ready to open talks with Kinshasa",
   "AGREE", "", ["COD"], ["M23 rebels"], ["COD"], ["Kinshasa"],
   future=True, accept_types=["CONSULT"],
   note="the rebels offer to negotiate with the government: an offer to meet, AGREE (planned talks "
   "future=true, the guideline's note of 2026-12-05); both sides are Congolese (COD -> COD)")
ev(S, "But President Joseph Kabila's government says it will not negotiate", "will not negotiate with the group unless Rwanda is involved",
   "REJECT", "", ["COD"], ["President Joseph Kabila's government"], ["COD"], ["the group"],
   accept_types=["REQUEST"], accept_recipient=[[]],
   note="the government refuses talks with M23 without Rwanda: a refusal is REJECT, not a negation "
   "(guideline 6a); the condition is a demand (REQUEST accepted)")
ev(S, "But President Joseph Kabila's government says it will not negotiate", "Congo accuses Rwanda of sponsoring the rebellion",
   "ACCUSE", "allege", ["COD"], ["Congo"], ["RWA"], ["Rwanda"],
   note="Congo accuses Rwanda of backing M23: ACCUSE/allege; the sponsoring is the content of the "
   "accusation (guideline 2, not coded)")
ev(S, "Rwanda denies the allegations", "Rwanda denies the allegations",
   "REJECT", "", ["RWA"], ["Rwanda"], ["COD"], ["Congo"],
   accept_recipient=[[]], context_mentions=["Congo"],
   note="Rwanda denies Congo's accusation (guideline 14: denials are REJECT); the accuser is "
   "Congo of the previous sentence (an empty recipient accepted); 'the issues are broader' is "
   "an assessment (not coded)")
ev(S, "President Paul Kagame's government says President Kabila", "is failing to protect ethnic Tutsis in eastern Congo",
   "ACCUSE", "allege", ["RWA"], ["President Paul Kagame's government"], ["COD"], ["President Kabila"],
   note="Rwanda blames Kabila for failing to protect Tutsis: ACCUSE/allege")
ev(S, "On Tuesday, the State Department's Victoria Nuland called on", "called on those leaders to join with Ugandan President Yoweri Museveni",
   "REQUEST", "meet", ["USA"], ["the State Department"], ["COD", "RWA"], ["President Kabila", "Rwanda"],
   optional=True, accept_recipient=[["COD", "RWA", "UGA"]], context_mentions=["President Kabila", "Rwanda"],
   note="Nuland's call on 'those leaders' (Kabila and Kagame) to meet with Museveni: the request of "
   "sentence 0 told again (optional); with Uganda among the recipients accepted")


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round12.jsonl", STORIES_JSONL, STORIES, E)

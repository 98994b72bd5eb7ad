"""Build `round20.jsonl`, the analyst's event annotation of seven VOA pages (issue 9 spot check).

Round 20 takes its stories from the search store, as rounds 7-19. The texts are kept readable in
`round20_stories_source.txt`; this script rebuilds `round20-stories.jsonl` from it and resolves the
annotation written below against those texts, with the tools of round 9 (its builder's paths and
`common.write_stories` / `common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round20.py

Fields are those of rounds 3-18 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings and talks `future=true`, its note of 2026-12-05;
other future cooperation AGREE with `future=false`, its rule 4; announced non-cooperative acts
`future=true`; conditionals and "might" its rule 5; negation its rule 6). An actor or recipient
named only in an earlier sentence is listed in `context_mentions` (filled in by `common`). No flag
is pre-registered as "right only if flagged". Sealed until the end of round 20 (see README).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths and helpers (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round20_stories_source.txt"
STORIES_JSONL = f"{HERE}/round20-stories.jsonl"
STORIES = ["315605", "4635253", "1520848", "130775", "eu-belarus-20201001", "320811", "1634181"]

E: list[dict] = []
ev = make_ev(E)

# ------------------------------------------------ 315605 (Ethiopian troops in Somalia, Eritrea, 2006)
S = "315605"
ev(S, "Islamists in Somalia have threatened", "have threatened to wage a holy war against Ethiopian troops",
   "THREATEN", "", ["SOM"], ["Islamists"], ["ETH"], ["Ethiopian"],
   note="the Somali Islamists (Islamic Courts: a nationally based insurgency, SOM) threaten a holy "
   "war against the Ethiopian troops: THREATEN")
ev(S, "Islamists in Somalia have threatened", "crossed the border into Somalia",
   "MOBILIZE", "", ["ETH"], ["Ethiopian"], ["SOM"], ["Somalia"],
   accept_types=["COERCE", "AID"], accept_recipient=[[]],
   note="Ethiopian troops (relative clause, 'believed to have crossed') move into Somalia: a troop "
   "movement is MOBILIZE (guideline 12; COERCE accepted as an incursion, AID as protection of the "
   "government); reported, not hypothetical")
ev(S, "Media reports say a large number of Ethiopian troops", "are in the provincial town of Baidoa",
   "MOBILIZE", "", ["ETH"], ["Ethiopian"], [], [],
   optional=True, accept_recipient=[["SOM"]],
   note="the troops' presence in Baidoa (a retelling of sentence 0, and a state): optional")
ev(S, "Media reports say a large number of Ethiopian troops", "Ethiopian-backed",
   "SUPPORT", "", ["ETH"], ["Ethiopian-backed"], ["SOM"], ["Transitional Federal Government"],
   optional=True, accept_types=["AID"],
   note="Ethiopia's backing of the Transitional Federal Government, a compound-adjective attribute "
   "(guideline 1c): optional")
ev(S, "The crisis began late Wednesday when Islamic militias", "advanced within 60 kilometers of Baidoa",
   "MOBILIZE", "", ["SOM"], ["Islamic militias"], [], [],
   accept_types=["COERCE"], accept_recipient=[["SOM"]],
   note="the Islamic militias advance toward the government's seat: a military move is MOBILIZE "
   "(domestic, SOM); Baidoa is a place")
ev(S, "The advance, to the town of Buurhakana", "issue warnings that the militias were preparing to attack Baidoa",
   "ACCUSE", "allege", ["SOM"], ["Somali interim government"], ["SOM"], ["militias"],
   accept_types=["THREATEN"],
   note="the interim government warns that the militias prepare an attack: a charge about the "
   "other side's intent, ACCUSE/allege (THREATEN accepted); the attack itself is content "
   "(guideline 2), not coded")
ev(S, "Islamic officials in Mogadishu say", "had no intention of attacking the interim government",
   "REJECT", "", ["SOM"], ["Islamic officials"], ["SOM"], ["interim government"],
   note="the Islamists deny planning an attack: a denial is REJECT (guideline 14), not a negated "
   "ASSAULT")
ev(S, "The Islamists accuse government officials", "accuse government officials of exaggerating the truth of the advance",
   "ACCUSE", "allege", ["SOM"], ["Islamists"], ["SOM"], ["government officials"],
   note="the Islamists charge the government with exaggerating the advance to invite Ethiopian "
   "troops: ACCUSE/allege; the invitation is the charge's content (guideline 2)")
ev(S, "Ethiopia's Minister of Information Berhan Hailu", "neither confirmed nor denied",
   "REJECT", "", ["ETH"], ["Ethiopia's"], [], [],
   optional=True, negated=True,
   note="the Ethiopian minister neither confirms nor denies the deployment: a non-denial, optional "
   "(negated REJECT if coded)")
ev(S, "But he told reporters in Addis Ababa", "Ethiopia is prepared to defend the interim government from any attack",
   "AGREE", "", ["ETH"], ["Ethiopia"], ["SOM"], ["interim government"],
   accept_types=["SUPPORT", "AID", "THREATEN"],
   note="Ethiopia pledges to defend the Somali interim government: a promise of future military "
   "support is AGREE (guideline 4, future=false); SUPPORT or AID accepted, and THREATEN as a "
   "warning to the attackers")
ev(S, "Its leaders have repeatedly said", "would not tolerate the establishment of an Islamic state on its doorstep",
   "THREATEN", "", ["ETH"], ["leaders"], [], [],
   optional=True, accept_types=["REJECT"],
   note="Ethiopia's standing warning against an Islamic state next door (repeated, no addressee "
   "named): optional")
ev(S, "Somalia's interim Deputy Prime Minister Ismel Hurreh", "is partly to blame for the escalating crisis",
   "ACCUSE", "allege", ["SOM"], ["Somalia's"], ["ERI"], ["Eritrea"],
   note="the Somali deputy prime minister blames Eritrea for the crisis: ACCUSE/allege")
ev(S, "He says Eritrea is funding", "is funding the Islamic militias",
   "AID", "", ["ERI"], ["Eritrea"], ["SOM"], ["Islamic militias"],
   accept_types=["SUPPORT"],
   note="'He says Eritrea is funding the militias': reported speech codes the act (guideline 1, "
   "'X said Y attacked Z'); funding is material aid, AID (SUPPORT accepted)")
ev(S, "He says Eritrea is funding", "He says Eritrea is funding",
   "ACCUSE", "allege", ["SOM"], ["He"], ["ERI"], ["Eritrea"],
   optional=True,
   note="the same speaker's charge, elaborating sentence 11: optional")
ev(S, "He says Eritrea is funding", "encouraging them to seize Somalia",
   "SUPPORT", "", ["ERI"], ["Eritrea"], ["SOM"], ["them"],
   optional=True, accept_types=["REQUEST"],
   note="Eritrea encouraging the militias to seize Somalia (part of the charge's content): optional; "
   "'draw Ethiopia into ... conflict' is a purpose (not coded)")

# ------------------------------------------ 4635253 (Bangladesh and Myanmar agree on Rohingya return, 2018)
S = "4635253"
ev(S, "Myanmar and Bangladesh have agreed", "have agreed to repatriate Rohingya refugees",
   "AGREE", "", ["MMR", "BGD"], ["Myanmar", "Bangladesh"], [], [],
   accept_types=["COOPERATE"], accept_actor=[["MMR"], ["BGD"]], accept_recipient=[["BGD"], ["MMR"]],
   note="the two governments agree to repatriate the refugees: an agreement reached is AGREE, "
   "joint (decision 17); COOPERATE accepted")
ev(S, "Myanmar and Bangladesh have agreed", "a U.N warning that genocide was still being committed against them",
   "ACCUSE", "allege", ["UNO"], ["U.N"], [], [],
   accept_recipient=[["MMR"]],
   note="the UN warns that genocide continues against the Rohingya: ACCUSE/allege; Myanmar is only "
   "'the country they fled' (accepted as recipient); the genocide is the warning's content "
   "(guideline 2)")
ev(S, "Myanmar Minister for Social Welfare", "the date to begin the repatriation is tentatively set for November 15",
   "AGREE", "", ["MMR"], ["Myanmar"], [], [],
   optional=True, accept_recipient=[["BGD"]], accept_types=["COOPERATE"],
   note="the tentative start date of the agreed repatriation (a detail of sentence 0's agreement): "
   "optional")
ev(S, "He also added that more than 5,000 refugees", "have been verified for return",
   "COOPERATE", "", [], [], [], [],
   optional=True, accept_actor=[["MMR"]], accept_recipient=[["BGD"]],
   note="5,000 refugees verified for return (no verifier named): optional")
ev(S, "Over 720,000 of Myanmar", "Rohingya militant attacks",
   "ASSAULT", "", ["MMR"], ["Rohingya militant"], [], [],
   accept_recipient=[["MMR"]],
   note="the Rohingya militants' attacks of August 2017 (nominal form, guideline 1): ASSAULT, "
   "domestic actors take their country's code (MMR); no target named")
ev(S, "Over 720,000 of Myanmar", "military crackdown from the government",
   "COERCE", "", ["MMR"], ["government"], [], [],
   accept_types=["ASSAULT"], accept_recipient=[["MMR"]],
   note="the government's military crackdown (on the Rohingya, named only as those who fled): COERCE "
   "(ASSAULT accepted)")
ev(S, "Over 720,000 of Myanmar", "fled Rakhine State",
   "SANCTION", "expel", ["MMR"], ["government"], ["MMR"], ["Rohingya minority"],
   optional=True, accept_actor=[[]],
   note="the flight of 720,000 Rohingya after the crackdown: civilians displaced by a named party "
   "are SANCTION/expel (guideline 12); told as background, optional")
ev(S, "Refugees and journalists have reported", "widespread killings, rape and the burning of villages",
   "ASSAULT", "", [], [], [], [],
   optional=True, accept_actor=[["MMR"]],
   note="reported killings, rape and burning with no perpetrator named in the sentence: optional")
ev(S, "This is not the first attempt the governments", "the first attempt the governments have made to repatriate the Rohingyas",
   "COOPERATE", "", ["MMR", "BGD"], ["governments", "governments"], [], [],
   optional=True, accept_types=["AGREE"],
   note="the governments' earlier repatriation attempt (background): optional")

# ------------------------------------------------ 1520848 (Japan protests a South Korean media tour, 2012)
S = "1520848"
ev(S, "Japan has officially complained to South Korea", "has officially complained to South Korea",
   "ACCUSE", "disapprove", ["JPN"], ["Japan"], ["KOR"], ["South Korea"],
   note="Japan's official complaint about the tour to the disputed islets: ACCUSE/disapprove "
   "(guideline 14); the South Korean tour itself has no PLOVER category (a trip within territory "
   "Seoul holds, with media, not coded, as round 18 did not code Medvedev's visit)")
ev(S, "\u201cWe've already lodged a protest", "lodged a protest",
   "ACCUSE", "disapprove", ["JPN"], ["Japanese"], [], [],
   optional=True, accept_recipient=[["KOR"]],
   note="Gemba's reference to the protest already lodged (the complaint of sentence 0): optional")
ev(S, "A Foreign Ministry spokesman, in a VOA interview", "\"totally unacceptable and extremely regrettable.\"",
   "ACCUSE", "disapprove", ["JPN"], ["Foreign Ministry"], ["KOR"], ["South Korean"],
   note="the Japanese Foreign Ministry spokesman calls the South Korean transport of correspondents "
   "'totally unacceptable': a separate statement (another speaker, a VOA interview), "
   "ACCUSE/disapprove")
ev(S, "He said when the Japanese government learned", "strongly requested they refrain",
   "REQUEST", "", ["JPN"], ["Japan"], [], [],
   optional=True,
   note="Japan asks the foreign reporters not to go (reporters have no code): optional; the "
   "South Korean invitation to the reporters is not a state-to-state event (not coded)")
ev(S, "Japan's semi-official Kyodo news agency said", "apparently sought to promote its claims to the islands",
   "ACCUSE", "allege", ["JPN"], ["Japan's"], ["KOR"], ["South Korean"],
   optional=True,
   note="a Japanese news agency's charge that the tour promotes Seoul's claims (a company takes its "
   "country's code): optional")

# ------------------------------------------------ 130775 (Israeli raid on the Gaza flotilla, 2010)
S = "130775"
ev(S, "Monday's raid on ships carrying", "Monday's raid on ships",
   "ASSAULT", "", ["ISR"], ["Israel"], ["NGO"], ["pro-Palestinian activists"],
   accept_recipient=[[]],
   note="the Israeli raid on the flotilla (Israel named in 'criticism of Israel'): ASSAULT; the "
   "activists of the flotilla's organizing groups are NGO; 'international criticism' has only a "
   "construct as actor (not coded)")
ev(S, "The ships loaded with aid tried to break", "Israeli blockade of Gaza",
   "COERCE", "", ["ISR"], ["Israeli"], ["PSE"], ["Gaza"],
   optional=True, accept_types=["SANCTION"],
   note="the three-year-old blockade of Gaza, named as background (a standing measure): optional")
ev(S, "Nine activists were killed", "Nine activists were killed",
   "ASSAULT", "", [], [], ["NGO"], ["activists"],
   optional=True, accept_actor=[["ISR"]],
   note="the nine dead of the raid (no actor named in the sentence; the raid of sentence 0 is the "
   "required event): optional")
ev(S, "But video of Monday's raid shows", "activists armed with clubs beat Israeli naval commandos",
   "ASSAULT", "", ["NGO"], ["activists"], ["ISR"], ["Israeli"],
   note="activists beat the Israeli commandos (reported in the video): ASSAULT NGO -> ISR")
ev(S, "The military also released photos", "released photos of a large number of knives",
   "ACCUSE", "allege", ["ISR"], ["military"], [], [],
   optional=True, accept_recipient=[["NGO"]],
   note="the Israeli military's photos of knives, an implied charge against the activists: optional")
ev(S, "Prime Minister Benjamin Netanyahu said", "carried extremists",
   "ACCUSE", "allege", ["ISR"], ["Benjamin Netanyahu"], [], [],
   accept_recipient=[["NGO"], ["TUR"]],
   note="Netanyahu charges that the Mavi Marmara carried extremists: ACCUSE/allege; the ship's "
   "people are not coded by the sentence (NGO or TUR accepted as recipient)")
ev(S, "BENJAMIN NETANYAHU: \"Israel regrets", "Israel regrets the loss of life",
   "CONCEDE", "", ["ISR"], ["Israel"], [], [],
   optional=True,
   note="regret for the loss of life without an apology (he refuses one in the next sentence): "
   "optional")
ev(S, "But we will never apologize", "will never apologize for defending ourselves",
   "REJECT", "", ["ISR"], ["we"], [], [],
   note="Netanyahu refuses to apologize: a refusal is REJECT (guideline 6a), not a negated CONCEDE; "
   "'we' is Israel (named in the previous sentence)")
ev(S, "Israel has rejected demands by the United Nations", "has rejected demands",
   "REJECT", "", ["ISR"], ["Israel"], ["UNO"], ["United Nations"],
   note="Israel rejects the UN's demands for an inquiry and an end to the blockade: REJECT")
ev(S, "Israel has rejected demands by the United Nations", "demands by the United Nations for an international investigation",
   "REQUEST", "", ["UNO"], ["United Nations"], ["ISR"], ["Israel"],
   accept_types=["ACCUSE"],
   note="the UN's demands themselves, their author named (guideline 2: the rejected speech act is "
   "coded when its author is named): REQUEST (ACCUSE/investigate accepted for the inquiry)")
ev(S, "But officials say the blockade might be eased", "the blockade might be eased",
   "CONCEDE", "", [], [], ["PSE"], ["Gaza"],
   optional=True, hypothetical=True, accept_actor=[["ISR"]],
   note="a possible easing of the blockade ('might', guideline 5): optional, hypothetical; the "
   "officials are Israeli by context")
ev(S, "The blockade followed the violent takeover", "violent takeover of Gaza by Hamas",
   "COERCE", "", ["PSE"], ["Hamas"], ["PSE"], ["Gaza"],
   optional=True,
   note="Hamas's seizure of Gaza in 2007 (background; a seizure of power is COERCE, guideline 10): "
   "optional; the purposes of the blockade in the next sentence are not coded")
ev(S, "President Obama, speaking Thursday on CNN", "recognized Israel's security concerns",
   "SUPPORT", "", ["USA"], ["President Obama"], ["ISR"], ["Israel's"],
   optional=True,
   note="Obama acknowledges Israel's security concerns (mild endorsement): optional")
ev(S, "But he called the raid tragic", "called the raid tragic",
   "ACCUSE", "disapprove", ["USA"], ["he"], [], [],
   accept_recipient=[["ISR"]],
   note="Obama calls the raid tragic: a verbal reaction of regret and disapproval, ACCUSE/disapprove "
   "(guideline 14, as 'deeply disturbed' in round 18); Israel accepted as recipient")

# ------------------------------------------ eu-belarus-20201001 (EU sanctions on Belarus, Cyprus veto, 2020)
S = "eu-belarus-20201001"
ev(S, "European leaders will attempt to end a stalemate", "will attempt to end a stalemate Thursday",
   "AGREE", "", ["EUR"], ["European leaders"], [], [],
   optional=True, future=True, accept_types=["CONSULT"],
   note="the EU leaders' planned summit to end the deadlock (a meeting within the EU): optional, "
   "AGREE future=true as a planned meeting")
ev(S, "European leaders will attempt to end a stalemate", "placing economic sanctions on top Belarusian officials",
   "SANCTION", "discontinue", ["EUR"], ["European leaders"], ["BLR"], ["Belarusian"],
   negated=True, accept_types=["THREATEN"],
   note="the EU's sanctions on Belarusian officials, so far blocked ('preventing them from placing'): "
   "SANCTION, negated (THREATEN accepted as a pending measure); the story's central act")
ev(S, "European leaders will attempt to end a stalemate", "accused of rigging the presidential election",
   "ACCUSE", "allege", [], [], ["BLR"], ["Belarusian"],
   optional=True, accept_actor=[["EUR"]],
   note="the officials 'accused of rigging' (no accuser named): optional")
ev(S, "European leaders will attempt to end a stalemate", "violently cracking down on peaceful protesters",
   "COERCE", "", ["BLR"], ["Belarusian"], ["BLR"], ["peaceful protesters"],
   optional=True, accept_types=["ASSAULT"],
   note="the crackdown on protesters, the content of the accusation (guideline 2): optional")
ev(S, "At a two-day meeting in Brussels", "two-day meeting in Brussels",
   "AGREE", "", ["EUR"], ["EU"], [], [],
   optional=True, future=True, accept_types=["CONSULT"],
   note="the EU summit (the planned meeting of sentence 0 again, within the EU): optional, AGREE "
   "future=true as a planned meeting (CONSULT accepted)")
ev(S, "At a two-day meeting in Brussels", "are expected to confront Cyprus",
   "ACCUSE", "disapprove", ["EUR"], ["EU leaders"], ["CYP"], ["Cyprus"],
   optional=True, future=True,
   note="the expected confrontation with Cyprus (not yet happened): optional, future")
ev(S, "At a two-day meeting in Brussels", "is vetoing EU attempts to sanction dozens of officials",
   "REJECT", "", ["CYP"], ["Cyprus"], ["EUR"], ["EU"],
   note="Cyprus vetoes the EU sanctions: a veto is REJECT (guideline 14)")
ev(S, "At a two-day meeting in Brussels", "attempts to sanction dozens of officials",
   "SANCTION", "discontinue", ["EUR"], ["EU"], [], [],
   optional=True, negated=True, accept_recipient=[["BLR"]],
   note="the vetoed EU attempts to sanction (a retelling of sentence 0): optional")
ev(S, "Cyprus also is demanding the EU take action", "is demanding the EU take action against Turkey",
   "REQUEST", "", ["CYP"], ["Cyprus"], ["EUR"], ["EU"],
   note="Cyprus demands EU action against Turkey: REQUEST; the action asked for is the demand's "
   "content (guideline 2, not coded)")
ev(S, "Cyprus also is demanding the EU take action", "searching for energy sources in disputed waters off the Cyprus coast",
   "COERCE", "", ["TUR"], ["Turkey"], ["CYP"], ["Cyprus"],
   optional=True, accept_types=["MOBILIZE"], accept_recipient=[[]],
   note="Turkey's exploration in waters Cyprus claims, the ground of the Cypriot demand: optional "
   "(no clear PLOVER category; COERCE or MOBILIZE if coded)")
ev(S, "European foreign ministers failed to end the standoff", "failed to end the standoff",
   "AGREE", "", ["EUR"], ["European foreign ministers"], [], [],
   optional=True, negated=True,
   note="the foreign ministers' failure to agree last month (within the EU): optional, negated; "
   "Borrell's warning about the bloc's credibility is an internal remark (not coded)")
ev(S, "Britain and Canada already have imposed", "have imposed retaliatory measures on Belarus",
   "SANCTION", "discontinue", ["GBR", "CAN"], ["Britain", "Canada"], ["BLR"], ["Belarus"],
   accept_actor=[["GBR"], ["CAN"]],
   note="Britain and Canada have imposed measures on Belarus: SANCTION")
ev(S, "Britain and Canada already have imposed", "in a show of support for pro-democracy protesters",
   "SUPPORT", "", ["GBR", "CAN"], ["Britain", "Canada"], ["BLR"], ["pro-democracy protesters"],
   optional=True, accept_recipient=[[]],
   note="the measures as support for the Belarusian protesters (a purpose-like phrase): optional")

# ------------------------------------------------ 320811 (Bolivia, Brazil and Petrobras gas talks, 2006)
S = "320811"
ev(S, "Bolivia says it is moving forward", "plans to speed up negotiations with Brazil's state-run energy company Petrobas",
   "AGREE", "", ["BOL", "BRA"], ["Bolivia", "Brazil's"], [], [],
   future=True, accept_types=["CONSULT"], accept_actor=[["BOL"]], accept_recipient=[["BRA"], ["MNC"]],
   note="Bolivia plans faster negotiations with Petrobras (state-run, so BRA; MNC accepted): planned "
   "talks are AGREE future=true, joint (decision 17); the headline's 'resume talks'")
ev(S, "Bolivia says it is moving forward", "plans to nationalize oil and natural gas by November",
   "COERCE", "seize", ["BOL"], ["Bolivia"], [], [],
   optional=True, future=True, accept_types=["SANCTION"],
   note="the planned completion of the nationalization (announced for later): optional, future")
ev(S, "Bolivian Vice President Alvaro Garcia Linera", "talks on Thursday with Brazilian President",
   "CONSULT", "", ["BOL", "BRA"], ["Bolivian", "Brazilian"], [], [],
   accept_actor=[["BOL"]], accept_recipient=[["BRA"]],
   note="the Bolivian vice president's talks with Lula: CONSULT, joint (decision 17)")
ev(S, "Relations between the two countries broke down", "announced the nationalization of all foreign energy assets",
   "COERCE", "seize", ["BOL"], ["Bolivian"], [], [],
   accept_types=["SANCTION"], accept_recipient=[["MNC"], ["BRA"]],
   note="Morales nationalizes all foreign energy assets (May 2006): COERCE/seize (SANCTION accepted); "
   "'relations broke down' has no actor and names a state change (not coded)")
ev(S, "After Morales' announcement, Brazil's Petrobas", "would cut most investments in Bolivia",
   "SANCTION", "discontinue", ["BRA"], ["Brazil's"], ["BOL"], ["Bolivia"],
   future=True, accept_actor=[["MNC"]],
   note="Petrobras (Brazil's state company) announces it will cut its investments in Bolivia: "
   "SANCTION/discontinue, an announced non-cooperative act (future=true, guideline 4)")
ev(S, "In recent weeks, Petrobas' head of operations", "said the nationalization plan has \"paralyzed\" Bolivia's gas sector",
   "ACCUSE", "disapprove", ["BRA"], ["Petrobas'"], ["BOL"], ["Bolivia's"],
   accept_actor=[["MNC"]], accept_recipient=[[]], accept_types=["ACCUSE"],
   note="Petrobras' head in Bolivia says the plan has 'paralyzed' the gas sector: criticism, "
   "ACCUSE (disapprove or allege)")

# ------------------------------------------------ 1634181 (Bakassi handed from Nigeria to Cameroon, 2013)
S = "1634181"
ev(S, "Residents of Bakassi - an oil-rich territory", "legally ceded by Nigeria to Cameroon in 2002",
   "CONCEDE", "", ["NGA"], ["Nigeria"], ["CMR"], ["Cameroon"],
   optional=True, accept_types=["RETREAT"],
   note="the cession as an attribute of the territory (background; the cession is required in "
   "sentence 5): optional")
ev(S, "The area has been heavily guarded", "heavily guarded by Cameroonian soldiers",
   "MOBILIZE", "", ["CMR"], ["Cameroonian"], [], [],
   optional=True,
   note="the standing Cameroonian deployment (a state): optional")
ev(S, "The area has been heavily guarded", "took control of the territory from Nigeria",
   "COERCE", "seize", ["CMR"], ["Cameroonian"], ["NGA"], ["Nigeria"],
   optional=True, accept_types=["CONCEDE", "RETREAT", "MOBILIZE"], accept_actor=[["NGA"]],
   note="Cameroon takes control of Bakassi on 2008-08-14, a handover by agreement (no clear PLOVER "
   "category: not a seizure by force, Nigeria's side is the cession of sentence 5): optional")
ev(S, "The International Court of Justice had awarded", "had awarded Bakassi to Cameroon",
   "SANCTION", "convict", ["UNO"], ["International Court of Justice"], [], [],
   accept_types=["SUPPORT"], accept_recipient=[["NGA"], ["CMR"]],
   note="the ICJ's 2002 ruling awards Bakassi to Cameroon: a court order that finds against a "
   "party is SANCTION/convict (guideline 9); the losing party, Nigeria, is not named in the "
   "sentence (empty recipient; Nigeria or Cameroon accepted), SUPPORT accepted")
ev(S, "Nigeria eventually decided not to fight the ruling", "ceded control",
   "CONCEDE", "", ["NGA"], ["Nigeria"], [], [],
   accept_types=["RETREAT"], accept_recipient=[["CMR"]],
   note="Nigeria cedes control of Bakassi: CONCEDE (RETREAT accepted); Cameroon is named in the "
   "previous sentence (accepted as recipient)")
ev(S, "Nigeria eventually decided not to fight the ruling", "decided not to fight the ruling",
   "CONCEDE", "", ["NGA"], ["Nigeria"], [], [],
   optional=True, accept_types=["REJECT"],
   note="Nigeria accepts the ruling (one act with the cession): optional")
ev(S, "Nigeria eventually decided not to fight the ruling", "over the protests of many Bakassi residents",
   "PROTEST", "", ["NGA"], ["Bakassi residents"], ["NGA"], ["Nigeria"],
   optional=True, accept_actor=[["CMR"]], accept_recipient=[[]],
   note="the residents' protests against the handover (nominal, mostly Nigerians): optional")
ev(S, "Sporadic attacks from rebels", "Sporadic attacks from rebels",
   "ASSAULT", "", ["CMR"], ["rebels"], [], [],
   optional=True, accept_actor=[["NGA"]], accept_recipient=[["CMR"]],
   note="the rebels' sporadic attacks in general (the attack of sentence 7 is the required one): "
   "optional; rebels in Bakassi, Cameroonian territory, take its code (NGA accepted)")
ev(S, "Sporadic attacks from rebels", "deploy forces to maintain law and order",
   "MOBILIZE", "", ["CMR"], ["Cameroon's"], [], [],
   note="Cameroon deploys forces in Bakassi: MOBILIZE (guideline 12); 'to maintain law and order' "
   "is a purpose")
ev(S, "In one attack in February 2011", "two Cameroonian soldiers were killed",
   "ASSAULT", "", [], [], ["CMR"], ["Cameroonian"],
   accept_actor=[["CMR"], ["NGA"]],
   note="the February 2011 attack that killed two Cameroonian soldiers: ASSAULT; the attackers are "
   "named only in the next sentence (empty actor; the rebels' code accepted)")
ev(S, "A group called the Bakassi Freedom fighters", "vowing that Bakassi will find no peace under Cameroon's rule",
   "THREATEN", "", ["CMR"], ["Bakassi Freedom fighters"], ["CMR"], ["Cameroon's"],
   accept_actor=[["NGA"]],
   note="the Bakassi Freedom Fighters vow there will be no peace under Cameroon: THREATEN; the "
   "claim of responsibility is a back-reference to the attack (not coded)")
ev(S, "Nigerians constitute 90 percent", "deadline given to them by the ICJ",
   "THREATEN", "", ["UNO"], ["ICJ"], ["NGA"], ["Nigerians"],
   optional=True, accept_types=["REQUEST"], accept_recipient=[[]],
   note="the ICJ deadline for the residents (guideline 14: a deadline is THREATEN; here a term set "
   "by the 2002 ruling): optional; the conditional residence rules are not coded")


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round20.jsonl", STORIES_JSONL, STORIES, E)

"""Build `round23.jsonl`, the analyst's event annotation of seven VOA pages (issue 9 spot check).

Round 23 takes its stories from the search store, as rounds 7-22. The texts are kept readable in
`round23_stories_source.txt`; this script first rebuilds `round23-stories.jsonl` from it
(`common.write_stories`: every paragraph found in the source, a truncated text ending at a complete
sentence), then resolves the annotation written below against those texts
(`common.write_and_check`: sentence and trigger offsets, every actor/recipient word found, PLOVER
type names, re-read and checked). It imports round 9's builder for its paths (round 9's files are
not rewritten) and does not import wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round23.py

Fields are those of rounds 3-21 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings AGREE `future=true`, its note of 2026-12-05;
reciprocal talks joint with an empty recipient, a visit visitor -> host, decision 17; the content
of an accusation, denial or demand is not its own event, decision 2, and is optional where it is
coded at all; deadlines THREATEN, decision 14; recalls SANCTION/withdraw, decision 8; handing
people over to another state COOPERATE and also COERCE/deport when the deportees are the focus,
decision 8). An actor or recipient named only in another sentence is listed in
`context_mentions`. No flag is pre-registered as "right only if flagged".

The shared splitter (`common.sentences`) cuts after "Mr.": "Mr. Garcia and his Chilean
counterpart ..." is two spans ("Mr." and "Garcia and ..."); anchors below start at the second span.

Actor codes (guideline "Actor codes"): Hannibal Gadhafi and his wife LBY (Libyan nationals), the
Geneva magistrate CHE, ABB/Nestle employees CHE (Swiss citizens); the UN Compensation Commission
and its Governing Council UNO; the Palestinian authorities PSE; the Norwegian Nobel Committee NOR
(appointed by Norway's parliament; NGO accepted); human rights groups NGO; "Western governments"
no code (a construct); Liu Xiaobo CHN; the North Korean defectors PRK; the ISI PAK.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round23_stories_source.txt"
STORIES_JSONL = f"{HERE}/round23-stories.jsonl"
STORIES = ["1272485", "325882", "1669651", "368005", "389460", "afg-ind-2011", "127557"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)
# fmt: off

# ---- 1272485 (Libya retaliates against Switzerland over the Geneva arrest of Gadhafi's son, 2008)
S = "1272485"
A = "Tensions between Switzerland and Libya"
ev(S, A, "enacts a number of retaliatory measures", "SANCTION", "",
   ["LBY"], ["Libyan leader Moammar Gadhafi"], ["CHE"], ["Switzerland"],
   accept_types=["COERCE", "THREATEN"],
   note="Gadhafi's reprisals against Switzerland (the story's main act; the measures are not "
   "named here, so SANCTION with no mode; COERCE and THREATEN accepted); 'to protest the arrest' "
   "is a purpose clause (decision 3), not a PROTEST")
ev(S, A, "the recent arrest of his son and wife", "COERCE", "arrest",
   [], [], ["LBY"], ["his son and wife"],
   accept_actor=[["CHE"]],
   note="the Geneva arrest of Hannibal Gadhafi and his wife, the act the dispute turns on: "
   "required although its actor (the Geneva police) is not named; CHE accepted")
A = "The son, Hannibal Gadhafi and his wife were arrested"
ev(S, A, "were arrested", "COERCE", "arrest",
   [], [], ["LBY"], ["Hannibal Gadhafi"],
   optional=True, accept_actor=[["CHE"]],
   note="the arrest told again with its date: optional (required in sentence 0)")
ev(S, A, "charged with", "ACCUSE", "allege",
   [], [], ["LBY"], ["Hannibal Gadhafi"],
   optional=True, accept_actor=[["CHE"]],
   note="the charge told first without its author: optional (required in sentence 4, where the "
   "magistrate is named); the abuse of the servants is its content (decision 2)")
ev(S, "Libyan leader Moammar Gadhafi's youngest son", "when they were arrested", "COERCE",
   "arrest", [], [], ["LBY"], ["Libyan leader Moammar Gadhafi's youngest son"],
   optional=True, accept_actor=[["CHE"]],
   note="the arrest told a third time: optional")
ev(S, "A Magistrate in Geneva charged them", "charged them with", "ACCUSE", "allege",
   ["CHE"], ["A Magistrate in Geneva"], ["LBY"], ["them"],
   note="the Geneva magistrate's charges against the couple (decision 9: charges are "
   "ACCUSE/allege); the injuries and threats are the charges' content (decision 2)")
ev(S, "The couple left Switzerland", "after paying a bail", "RETREAT", "release",
   [], [], ["LBY"], ["The couple"],
   optional=True, accept_actor=[["CHE"]],
   note="release on bail (decision 9: RETREAT/release); who released them is not named: optional")
ev(S, "He has issued a series of reprisal measures", "has issued a series of reprisal measures",
   "SANCTION", "", ["LBY"], ["He"], ["CHE"], ["Switzerland"],
   optional=True, accept_types=["COERCE", "THREATEN"],
   note="the reprisals of sentence 0 told again: optional")
ev(S, "In the past few days, two Swiss citizens", "have been arrested", "COERCE", "arrest",
   [], [], ["CHE"], ["two Swiss citizens"],
   accept_actor=[["LBY"]],
   note="Libya's arrest of two Swiss businessmen in Tripoli, the first reprisal named: required; "
   "the Libyan authorities are not named as actor (Tripoli is a place), LBY accepted")
ev(S, "In the past few days, two Swiss citizens", "accused of having violated", "ACCUSE",
   "allege", [], [], ["CHE"], ["two Swiss citizens"],
   optional=True, accept_actor=[["LBY"]],
   note="the immigration charge against the two Swiss (accuser not named): optional")
A = "The Swiss foreign ministry says the men"
ev(S, A, "are being held", "COERCE", "arrest",
   [], [], ["CHE"], ["the men"],
   optional=True, accept_actor=[["LBY"]],
   note="the continuing detention (the arrest of sentence 12 told again): optional")
ev(S, A, "what it calls \"alarming conditions\"", "ACCUSE", "disapprove",
   ["CHE"], ["The Swiss foreign ministry"], [], [],
   accept_recipient=[["LBY"]],
   note="the Swiss foreign ministry's complaint about the detention conditions (decision 14: "
   "criticism is ACCUSE/disapprove); Libya is not named in the sentence, LBY accepted")

# ---- 325882 (Kenya protests after Bush and Kikwete discussed Kenya; US envoy calms, 2006)
S = "325882"
ev(S, "Diplomacy between Kenya and the United States", "a New York meeting", "CONSULT", "",
   ["USA", "TZA"], ["President Bush", "Jakaya Kikwete"], [], [],
   accept_actor=[["USA"], ["TZA"]], accept_recipient=[["TZA"], ["USA"]],
   note="the Bush-Kikwete meeting in New York that set off the row: a reported meeting is joint "
   "(decision 17); directed accepted; 'has hit some rough spots' is a state, not coded")
ev(S, "According to US Director for African Affairs", "expressed concerns", "ACCUSE",
   "disapprove", ["USA", "TZA"], ["the two presidents", "the two presidents"], ["KEN"], ["Kenya"],
   accept_actor=[["USA"]],
   note="the two presidents' concern about democracy in Kenya (decision 14: 'concerned' is "
   "ACCUSE/disapprove): required as the first report of a speech act about a third state, the "
   "one Kenya objects to; not a mere 'what was discussed' back-reference (decision 17(b)) because "
   "it is directed at Kenya")
ev(S, "No explanation was given", "Kenya had sent a delegation", "CONSULT", "",
   ["KEN"], ["Kenya"], [], [],
   optional=True,
   note="Kenya's delegation at the same New York meeting (participation in a multilateral "
   "meeting): optional")
ev(S, "On Monday, African Affairs Director Courville",
   "is reported to have said that topics during the Bush-Kikwete discussion included political "
   "instability", "ACCUSE", "disapprove",
   ["USA"], ["African Affairs Director Courville"], ["KEN"], ["Kenya"],
   optional=True,
   note="Courville's public remark that Kenya's instability was discussed: largely a report of "
   "what was discussed (decision 17(b)), but also the remark that offended Nairobi: optional")
A = "Foreign Affairs Assistant Minister Moses Wetang"
ev(S, A, "vowed to protest", "ACCUSE", "disapprove",
   ["KEN"], ["Foreign Affairs Assistant Minister Moses Wetang’ula"], [], [],
   future=True, accept_recipient=[["USA"], ["USA", "TZA"], ["TZA"]],
   note="Kenya's vow to protest formally (a diplomatic protest is verbal: ACCUSE/disapprove, not "
   "PROTEST, decision 11); announced for later, so future=true (decision 4); the US is not named "
   "in the sentence (accepted as recipient)")
ev(S, A, "what he called", "ACCUSE", "disapprove",
   ["KEN"], ["Foreign Affairs Assistant Minister Moses Wetang’ula"], [], [],
   optional=True, accept_recipient=[["USA"], ["USA", "TZA"], ["TZA"]],
   note="his calling it an 'offensive affront' (the same condemnation as the vow, spoken now): "
   "optional")
ev(S, "The Editorial Director of Nairobi radio station",
   "believes the Courville comments were taken out of context", "REJECT", "",
   ["USA"], ["US Ambassador Michael Ranneberger"], [], [],
   accept_types=["CONCEDE"], accept_recipient=[["KEN"]],
   note="the US ambassador dismisses the offence ('taken out of context': a dismissal of an "
   "accusation is REJECT, decision 14; read as a conciliatory step, CONCEDE accepted); the "
   "headline's 'US moves to calm'; telling reporters is not coded")
ev(S, "He already said that he will be waiting", "are quite good", "SUPPORT", "",
   ["USA"], ["He"], ["KEN"], ["Kenya"],
   optional=True,
   note="Ranneberger's reassurance that relations are good (a verbal endorsement): optional")

# ---- 1669651 (Laos sends nine North Korean defectors back to China, 2013)
S = "1669651"
A = "Laos has sent back to China nine North Koreans"
ev(S, A, "has sent back to China", "COERCE", "deport",
   ["LAO"], ["Laos"], ["PRK"], ["nine North Koreans"],
   accept_types=["COOPERATE"],
   note="Laos deports nine North Korean defectors (decision 8: COERCE/deport when the deportees "
   "are the focus); 'who fled their impoverished homeland' is not coded")
ev(S, A, "has sent back to China", "COOPERATE", "",
   ["LAO"], ["Laos"], ["CHN"], ["China"],
   accept_types=["COERCE"],
   note="the same act as a hand-over to another state, Laos -> China (decision 8: handing people "
   "over to another state is COOPERATE, 'and also COERCE/deport'): both codes required")
ev(S, "The deportation raises fears", "may be repatriated by Beijing", "COERCE", "deport",
   ["CHN"], ["Beijing"], ["PRK"], ["the defectors"],
   optional=True, hypothetical=True, accept_types=["COOPERATE"],
   note="the feared repatriation to North Korea, only possible (decision 5): optional; 'The "
   "deportation' is a back-reference")
ev(S, "A South Korean source who works with defectors", "were flown from the Laotian capital",
   "COERCE", "deport", [], [], [], [],
   optional=True, accept_actor=[["LAO"]], accept_recipient=[["PRK"]],
   note="the deportation flight told again with place and day: optional")
A = "Quoting an anonymous South Korean foreign ministry official"
ev(S, A, "rejected", "REJECT", "",
   ["LAO"], ["Laos"], ["KOR"], ["the South"],
   note="Laos turns down Seoul's plea: REJECT")
ev(S, A, "the South's plea", "REQUEST", "",
   ["KOR"], ["the South"], ["LAO"], ["Laos"],
   note="South Korea's plea that Laos send the defectors to Seoul: the rejected request is "
   "coded because its author is named (the REJECT/ACCUSE rule of decision 2 applied to a "
   "request); where they should go is its content")
A = "Despite protests from rights groups"
ev(S, A, "protests from rights groups", "ACCUSE", "disapprove",
   ["NGO"], ["rights groups"], [], [],
   optional=True, accept_types=["PROTEST"], accept_recipient=[["CHN"]],
   note="standing objections by rights groups (no physical protest reported, so ACCUSE; PROTEST "
   "accepted): optional")
ev(S, A, "routinely repatriates", "COERCE", "deport",
   ["CHN"], ["China"], ["PRK"], ["the refugees"],
   accept_types=["COOPERATE"],
   note="China's standing practice of returning defectors to North Korea, the danger the story "
   "turns on: required although habitual")
ev(S, "The refugees often face dire punishment", "face dire punishment", "COERCE", "",
   [], [], ["PRK"], ["The refugees"],
   optional=True, hypothetical=True, accept_types=["SANCTION", "ASSAULT"],
   accept_actor=[["PRK"]],
   note="the punishment awaiting returnees 'if returned' (itself only possible, decision 5): "
   "optional")
A = "Reports of those who have been forcibly repatriated"
ev(S, A, "forcibly repatriated", "COERCE", "deport",
   [], [], ["PRK"], ["those who have been forcibly repatriated"],
   optional=True, accept_actor=[["CHN"]],
   note="past forced returns (generic): optional")
ev(S, A, "beatings, torture", "ASSAULT", "torture",
   [], [], ["PRK"], ["those who have been forcibly repatriated"],
   optional=True, accept_actor=[["PRK"]],
   note="abuse of returnees in North Korea (perpetrators not named): optional")

# ---- 368005 (Peru cancels APEC talks with Chile over a spying case, 2009)
S = "368005"
A = "Peru has canceled planned talks with Chile"
ev(S, A, "has canceled planned talks", "REJECT", "meet",
   ["PER"], ["Peru"], ["CHL"], ["Chile"],
   accept_types=["SANCTION"],
   note="Peru calls off the planned Garcia-Bachelet talks (CAMEO 'reject proposal to meet' is "
   "REJECT/meet; SANCTION accepted); 'an espionage dispute' is a topic nominal")
ev(S, A, "is leaving the meeting a day early", "SANCTION", "withdraw",
   ["PER"], ["Peru"], [], [],
   accept_types=["REJECT", "PROTEST"], accept_recipient=[["CHL"]],
   note="Peru's early departure from the APEC summit in protest (a walk-out, read like leaving a "
   "body: SANCTION/withdraw; REJECT and PROTEST accepted); the summit has no code")
A = "Peru's foreign minister, Jose Garcia Belaunde"
ev(S, A, "is leaving the meeting in Singapore", "SANCTION", "withdraw",
   ["PER"], ["President Alan Garcia"], [], [],
   optional=True, accept_types=["REJECT", "PROTEST"], accept_recipient=[["CHL"]],
   note="the departure told again: optional")
ev(S, A, "the recall of Peru's envoy", "SANCTION", "withdraw",
   ["PER"], ["Peru"], ["CHL"], ["Chile"],
   note="Peru recalls its ambassador to Chile (decision 8: SANCTION/withdraw)")
ev(S, A, "charges a Peruvian military officer has been spying", "ACCUSE", "allege",
   [], [], ["PER"], ["a Peruvian military officer"],
   optional=True, accept_actor=[["PER"]], accept_recipient=[["CHL"], ["PER", "CHL"]],
   note="the espionage charges (spying for Chile is their content, decision 2); the accuser is "
   "not named: optional")
ev(S, "Garcia and his Chilean counterpart Michelle Bachelet", "had been scheduled to meet",
   "AGREE", "", ["PER", "CHL"], ["Garcia", "Michelle Bachelet"], [], [],
   optional=True, future=True, accept_types=["CONSULT"],
   note="the planned (now cancelled) Garcia-Bachelet meeting: a planned meeting is AGREE "
   "future=true, joint (decision 17); optional because it was called off (the cancellation is "
   "required in sentence 0); 'Mr.' is cut off by the splitter")
A = "Peruvian officials say they are returning to Lima"
ev(S, A, "to investigate the charges", "ACCUSE", "investigate",
   ["PER"], ["Peruvian officials"], ["PER"], ["the air force officer"],
   optional=True, accept_recipient=[["CHL"], ["PER", "CHL"]],
   note="Peru's investigation of the spying case (ACCUSE/investigate, decision 9), told as the "
   "purpose of the return: optional")
ev(S, A, "was arrested several days ago", "COERCE", "arrest",
   [], [], ["PER"], ["the air force officer"],
   optional=True, accept_actor=[["PER"]],
   note="the arrest of the Peruvian officer (domestic): optional")

# ---- 389460 (UN Compensation Commission awards $1.5 billion for the 1990-91 Gulf war, 2003)
S = "389460"
A = "During a three-day session, the Governing Council"
ev(S, A, "has approved awards", "AID", "",
   ["UNO"], ["the Governing Council of the United Nations Compensation Commission"], [], [],
   accept_types=["SANCTION"], accept_recipient=[["IRQ"]],
   note="the Commission's new awards of compensation to war victims (paid from Iraq's oil "
   "revenue): coded as material help to the claimants (AID); a quasi-judicial award against "
   "Iraq, SANCTION/convict under decision 9, accepted; the victims have no code")
ev(S, "The Commission, which was set up", "has so far approved awards", "AID", "",
   ["UNO"], ["The Commission"], [], [],
   optional=True, accept_types=["SANCTION"],
   note="the cumulative total of awards (a statistic, decision 13): optional; 'set up by the "
   "U.N. Security Council' is background, not coded")
ev(S, "The biggest awards were made", "The biggest awards were made", "AID", "",
   [], [], ["KWT", "SAU"], ["Kuwait", "Saudi Arabia"],
   optional=True, accept_types=["SANCTION"], accept_actor=[["UNO"]],
   note="the awards to Kuwait and Saudi Arabia told without their author: optional (required in "
   "sentence 4)")
A = "The two governments claimed serious problems"
ev(S, A, "claimed", "ACCUSE", "allege",
   ["KWT", "SAU"], ["The two governments", "The two governments"], [], [],
   optional=True, accept_types=["REQUEST"], accept_recipient=[["IRQ"]],
   note="Kuwait's and Saudi Arabia's claims of oil pollution caused by the Iraqis (REQUEST, a "
   "claim for compensation, accepted): optional")
ev(S, A, "set on fire", "ASSAULT", "",
   ["IRQ"], ["the Iraqis"], ["KWT"], ["Kuwait"],
   optional=True,
   note="Iraqi forces' firing of the oil wells in 1991: inside the claim's content (decision 2) "
   "and background: optional")
ev(S, A, "the invasion and occupation of Kuwait", "ASSAULT", "",
   ["IRQ"], ["the Iraqis"], ["KWT"], ["Kuwait"],
   optional=True, accept_types=["COERCE"],
   note="Iraq's 1990 invasion and occupation of Kuwait (nominal; background inside the claim): "
   "optional")
ev(S, "The U.N. Commission approved more than $1 billion", "approved", "AID", "",
   ["UNO"], ["The U.N. Commission"], ["KWT", "SAU"], ["the two governments", "the two governments"],
   accept_types=["SANCTION"],
   note="the awards of more than $1 billion to Kuwait and Saudi Arabia, with their author: "
   "required (AID; SANCTION against Iraq accepted); 'the two governments' covers both codes")
A = "Money also was awarded for claims"
ev(S, A, "was awarded", "AID", "",
   [], [], [], [],
   optional=True, accept_types=["SANCTION"], accept_actor=[["UNO"]],
   accept_recipient=[["PSE", "KWT"], ["KWT"], ["PSE"]],
   note="further awards (to individuals, Palestinian and Kuwaiti claims): optional")
ev(S, A, "claims filed by", "REQUEST", "",
   ["PSE", "KWT"], ["Palestinian authorities", "the Kuwaiti government"], [], [],
   optional=True, accept_recipient=[["UNO"]],
   note="claims filed by the Palestinian authorities and Kuwait (a claim for compensation is a "
   "request): optional")
A = "The spokesman for the Commission, Joe Sills"
ev(S, A, "Kuwait asked for compensation", "REQUEST", "",
   ["KWT"], ["Kuwait"], ["UNO"], ["the Commission"],
   accept_recipient=[[], ["IRQ"]],
   note="Kuwait's first claim for the families of 625 missing Kuwaitis: REQUEST to the "
   "Commission")
ev(S, A, "disappeared during the Gulf War", "ASSAULT", "abduct",
   [], [], ["KWT"], ["625 Kuwaitis"],
   optional=True, accept_types=["COERCE"], accept_actor=[["IRQ"]],
   note="the disappearance (and death in Iraq) of 625 Kuwaitis, inside the request's content; "
   "perpetrators not named: optional")
ev(S, "Sills pointed out that the Commission has given Kuwait a deadline",
   "has given Kuwait a deadline", "THREATEN", "",
   ["UNO"], ["the Commission"], ["KWT"], ["Kuwait"],
   accept_types=["REQUEST"],
   note="the Commission's March 31 deadline for Kuwait's claims (decision 14: a deadline is "
   "THREATEN; REQUEST accepted, as the deadline is procedural); 'Mr.' is cut off by the splitter")

# ---- afg-ind-2011 (Karzai and Singh sign a strategic partnership; charges against Pakistan, 2011)
S = "afg-ind-2011"
ev(S, "Afghan President Hamid Karzai and Indian Prime Minister", "have signed", "SUPPORT", "",
   ["AFG", "IND"], ["Afghan President Hamid Karzai", "Indian Prime Minister Manmohan Singh"],
   [], [],
   accept_types=["AGREE"], accept_actor=[["AFG"], ["IND"]],
   accept_recipient=[["IND"], ["AFG"]],
   note="the signing of the strategic partnership (decision 15: signing is SUPPORT; AGREE "
   "accepted); joint; 'aimed at strengthening' is a purpose (decision 3)")
A = "After their meeting Tuesday, both leaders appealed"
ev(S, A, "their meeting", "CONSULT", "",
   ["AFG", "IND"], ["both leaders", "both leaders"], [], [],
   accept_actor=[["AFG"], ["IND"]], accept_recipient=[["IND"], ["AFG"]],

   note="the Karzai-Singh meeting in New Delhi: a reported meeting is joint (decision 17); the "
   "first report of the meeting itself (sentence 0 reports the signing)")
ev(S, A, "appealed for regional peace", "REQUEST", "",
   ["AFG", "IND"], ["both leaders", "both leaders"], [], [],
   optional=True,
   note="a general appeal for regional peace with no addressee: optional")
ev(S, "Karzai's visit comes as regional tensions", "Karzai's visit", "CONSULT", "visit",
   ["AFG"], ["Karzai"], [], [],
   optional=True, accept_recipient=[["IND"]],
   note="Karzai's two-day visit to India (visitor -> host, decision 17; the host is not named in "
   "the span): optional, the meeting is required in sentence 3; 'Mr.' is cut off by the splitter")
A = "Both Indian and Afghan authorities have accused Pakistan"
ev(S, A, "have accused Pakistan", "ACCUSE", "allege",
   ["IND", "AFG"], ["Indian", "Afghan authorities"], ["PAK"], ["Pakistan"],
   note="India and Afghanistan accuse Pakistan of stirring unrest in Afghanistan; the unrest is "
   "the charge's content (decision 2)")
ev(S, A, "denies", "REJECT", "",
   ["PAK"], ["Pakistan"], [], [],
   accept_recipient=[["IND", "AFG"], ["AFG"], ["IND"]],
   note="Pakistan's denial (decision 14: REJECT)")
ev(S, "Karzai again accused Pakistan", "again accused Pakistan", "ACCUSE", "allege",
   ["AFG"], ["Karzai"], ["PAK"], ["Pakistan"],
   note="Karzai's Monday charge that Pakistan plays a 'double game' (a new occasion, not a "
   "restatement of sentence 6); 'Mr.' is cut off by the splitter")
A = "Afghanistan's intelligence agency says it has evidence"
ev(S, A, "says it has evidence", "ACCUSE", "allege",
   ["AFG"], ["Afghanistan's intelligence agency"], ["PAK"], ["Pakistan"],
   accept_recipient=[[]],
   note="the Afghan intelligence agency's charge that Rabbani's killing was planned in Pakistan "
   "(Pakistan named as the place; an empty recipient accepted)")
ev(S, A, "killing of former Afghan president Burhanuddin Rabbani", "ASSAULT", "assassinate",
   [], [], ["AFG"], ["former Afghan president Burhanuddin Rabbani"],
   optional=True,
   note="the assassination of Rabbani, the content of the charge (decision 2): optional")
A = "India also accuses Pakistan of plotting attacks"
ev(S, A, "also accuses Pakistan", "ACCUSE", "allege",
   ["IND"], ["India"], ["PAK"], ["Pakistan"],
   note="India's charge that Pakistan plotted attacks on Indian targets in Afghanistan")
ev(S, A, "two bomb attacks on its embassy", "ASSAULT", "explosives",
   [], [], ["IND"], ["its embassy"],
   optional=True, accept_actor=[["PAK"]],
   note="the 2008 and 2009 embassy bombings, content of India's charge: optional")
A = "The United States has accused Pakistan"
ev(S, A, "has accused Pakistan", "ACCUSE", "allege",
   ["USA"], ["The United States"], ["PAK"], ["Pakistan"],
   note="the US charge that Pakistan has links with the Haqqani network")
ev(S, A, "Washington says has safe havens", "ACCUSE", "allege",
   ["USA"], ["Washington"], [], [],
   optional=True, accept_recipient=[["PAK"]],
   note="the further US charge about Haqqani safe havens in North Waziristan (the recipient of "
   "the charge is the network; Pakistan is a place): optional")
ev(S, "Last month, then U.S. Joint Chiefs", "called the Haqqani network", "ACCUSE", "allege",
   ["USA"], ["Admiral Mike Mullen"], ["PAK"], ["the ISI"],
   note="Admiral Mullen's charge that the Haqqani network is a 'veritable arm' of the ISI "
   "(Pakistan's intelligence agency, PAK)")

# ---- 127557 (Nobel Peace Prize for jailed Liu Xiaobo over China's warnings to Norway, 2010)
S = "127557"
ev(S, "The imprisoned Chinese human rights activist", "has been awarded", "SUPPORT", "",
   [], [], ["CHN"], ["Liu Xiaobo"],
   optional=True, accept_actor=[["NOR"], ["NGO"]],
   note="the award told without its author: optional (required in sentence 1); 'The imprisoned' "
   "is an attribute (decision 1(c))")
A = "In bestowing the honor on a prominent dissident"
ev(S, A, "bestowing the honor", "SUPPORT", "",
   ["NOR"], ["the Norwegian Nobel Committee"], ["CHN"], ["a prominent dissident"],
   accept_actor=[["NGO"]],
   note="the Nobel Committee honours Liu (an award is praise or endorsement, CAMEO 051 -> "
   "SUPPORT); the committee is appointed by Norway's parliament: NOR, NGO accepted")
ev(S, A, "calling on China to respect political rights", "REQUEST", "",
   ["NOR"], ["the Norwegian Nobel Committee"], ["CHN"], ["China"],
   accept_types=["ACCUSE"], accept_actor=[["NGO"]],
   note="the committee's 'explicit challenge' calling on China to respect political rights "
   "(REQUEST; ACCUSE accepted); one event for 'issued an explicit challenge, calling on'")
ev(S, "Liu Xiaobo was considered the frontrunner", "warnings from the government of China",
   "THREATEN", "relations", ["CHN"], ["the government of China"], ["NOR"], ["Norway"],
   note="China's warning that an award would strain relations with Norway (THREATEN/relations; "
   "a conditional threat is a real speech act, decision 5); the strains are its content")
A = "His sentencing last December"
ev(S, A, "His sentencing", "SANCTION", "convict",
   [], [], ["CHN"], ["His"],
   accept_actor=[["CHN"]],
   note="Liu's conviction and 11-year sentence (decision 9: SANCTION/convict, plus COERCE/arrest "
   "for the prison term): the act the award challenges, required; the court is not named")
ev(S, A, "an 11-year term", "COERCE", "arrest",
   [], [], ["CHN"], ["His"],
   optional=True, accept_actor=[["CHN"]],
   note="the prison term that goes with the conviction (decision 9): optional")
ev(S, A, "has drawn sharp criticism", "ACCUSE", "disapprove",
   ["NGO"], ["human rights groups"], [], [],
   accept_recipient=[["CHN"]],
   note="criticism of the sentence by rights groups (NGO; 'Western governments' and writers have "
   "no code); China is not named as recipient, CHN accepted")

# fmt: on


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round23.jsonl", STORIES_JSONL, STORIES, E)

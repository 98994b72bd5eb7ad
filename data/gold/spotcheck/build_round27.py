"""Build `round27.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 27 takes its stories from the search store, as rounds 7-26. The texts are kept readable in
`round27_stories_source.txt`; this script first rebuilds `round27-stories.jsonl` from it
(`common.write_stories`: every paragraph found in the source, a truncated text ending at a complete
sentence), then resolves the annotation written below against those texts
(`common.write_and_check`: sentence and trigger offsets, every actor/recipient word found, PLOVER
type names, re-read and checked). It imports round 9's builder for its paths (round 9's files are
not rewritten) and does not import wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round27.py

Fields are those of rounds 3-25 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings AGREE `future=true`, its note of 2026-12-05;
reciprocal talks and two-sided fighting joint with an empty recipient, a visit directed, decision
17; the content of an accusation, denial or demand is not its own event, decision 2; purpose
clauses are not coded, decision 3; cutting ties SANCTION/discontinue, recalling an ambassador
SANCTION/withdraw, expelling diplomats SANCTION/expel, barring entry REJECT, decision 8; refusals
REJECT, decision 6(a); criticism ACCUSE/disapprove and dismissals REJECT, decision 14; standoffs
and deployments MOBILIZE, decision 12; a place taken over or occupied COERCE/seize, decision 18).
An actor or recipient named only in another sentence is listed in `context_mentions`. No flag is
pre-registered as "right only if flagged".

The shared splitter (`common.sentences`) cuts after "Mr.", "Ms." and "M.A.K.": "Mr." (349766
twice), "Ms." (284258) and "Bangladesh's Additional Foreign Secretary, M.A.K." (373816) stand as
spans of their own and the name goes with the next span; anchors below start there.

Actor codes (guideline "Actor codes"): Burma/Myanmar MMR; the UN mission (UNMEE), the Security
Council and the Secretary-General UNO; the Organization of American States ("the 34-nation group")
IGO; Portugal as holder of the EU presidency PRT (EUR accepted); the Sulu Sultan's followers, "about
200 people from the southwestern Philippines", PHL (an armed group from the Philippines, coded by
the country it comes from; their fight is in Malaysia); the FARC rebels hit inside Ecuador COL
(Colombian insurgents; ECU accepted); Egyptian fans, crowd, police and media EGY; Algerian fans
DZA; Sudanese police SDN.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round27_stories_source.txt"
STORIES_JSONL = f"{HERE}/round27-stories.jsonl"
STORIES = ["401033", "349766", "373816", "eg-dz-2009", "284258", "1617626"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)
# fmt: off

# ---- 401033 (Russia expels four British diplomats, ends counter-terrorism cooperation, 2007)
S = "401033"
A = "Russia has escalated its diplomatic dispute"
ev(S, A, "expelling four British diplomats", "SANCTION", "expel",
   ["RUS"], ["Russia"], ["GBR"], ["four British diplomats"],
   note="Russia's expulsion of four British diplomats, the story's main act (decision 8: expelling "
   "diplomats SANCTION/expel); 'escalated its diplomatic dispute' is a state, not coded")
ev(S, A, "suspending bilateral cooperation in the struggle against terrorism", "SANCTION",
   "discontinue", ["RUS"], ["Russia"], ["GBR"], ["Britain"],
   accept_types=["REJECT"],
   note="Russia's suspension of counter-terrorism cooperation with Britain (cutting an exchange: "
   "SANCTION/discontinue, decision 8; REJECT accepted)")
ev(S, "Russian Foreign Ministry spokesman Mikhail Kamynin", "must leave Russia within 10 days",
   "SANCTION", "expel", ["RUS"], ["Russian Foreign Ministry spokesman Mikhail Kamynin"],
   ["GBR"], ["four British diplomats"],
   optional=True, accept_types=["THREATEN"],
   note="the expulsion of sentence 0 told again with its ten-day deadline: optional (THREATEN "
   "accepted for the deadline, decision 14)")
ev(S, "Moscow will also stop issuing visas", "will also stop issuing visas", "REJECT", "",
   ["RUS"], ["Moscow"], ["GBR"], ["British government officials"],
   future=True, accept_types=["SANCTION"],
   note="Russia's visa stop for British officials: barring entry to persons is REJECT (decision "
   "8; SANCTION accepted), announced as 'will stop', future=true (decision 4), as round 25 coded "
   "the US visa stop for Cambodian officials")
ev(S, "These are in-kind reactions", "London's expulsion Monday of four Russian diplomats",
   "SANCTION", "expel", ["GBR"], ["London"], ["RUS"], ["four Russian diplomats"],
   note="Britain's expulsion of four Russian diplomats, the act Russia answers, first told here "
   "with its actor; 'in-kind reactions' is a back-reference, not coded")
ev(S, "The Russian official says that to his country's regret",
   "make it impossible for Russia to cooperate with Britain", "SANCTION", "discontinue",
   ["RUS"], ["Russia"], ["GBR"], ["Britain"],
   optional=True, accept_types=["COOPERATE", "REJECT"],
   note="the end of counter-terrorism cooperation told again in the spokesman's words: optional "
   "(COOPERATE, negated, and REJECT accepted); 'measures announced by London' is a back-reference")
ev(S, "British Foreign Secretary David Miliband called", "called the expulsion", "ACCUSE",
   "disapprove", ["GBR"], ["British Foreign Secretary David Miliband"], [], [],
   accept_recipient=[["RUS"]],
   note="Miliband's condemnation of the expulsions as 'completely unjustified' (decision 14: "
   "ACCUSE/disapprove); Russia is not named in the sentence, accepted")
A = "British-Russian ties have deteriorated"
ev(S, A, "the Kremlin refused to extradite Alexander Lugovoi", "REJECT", "",
   ["RUS"], ["the Kremlin"], ["GBR"], ["British-Russian"],
   accept_recipient=[[]],
   note="Russia's refusal to extradite Lugovoi to Britain (a refusal is REJECT, decision 6(a)); "
   "Britain is named only in 'British-Russian' (an empty recipient accepted); 'ties have "
   "deteriorated' is a state, not coded")
ev(S, A, "accused of murdering", "ACCUSE", "allege",
   [], [], ["RUS"], ["a former KGB intelligence officer"],
   optional=True, accept_actor=[["GBR"]],
   note="the murder charge against Lugovoi, its author (British prosecutors) not named: optional; "
   "the murder itself is the charge's content (decision 2)")
ev(S, "In Berlin, the German Foreign Ministry", "will meet Friday", "AGREE", "",
   ["DEU", "RUS"], ["Foreign Minister Frank-Walter Steinmeier", "Sergei Lavrov"], [], [],
   future=True, accept_types=["CONSULT"],
   accept_actor=[["DEU"], ["RUS"]], accept_recipient=[["RUS"], ["DEU"]],
   note="the Steinmeier-Lavrov talks planned for Friday: a planned meeting is AGREE future=true "
   "(note of 2026-12-05), joint (decision 17)")
ev(S, "U.S. Secretary of State Condoleezza Rice told", "told Sky News Television", "REQUEST", "",
   ["USA"], ["U.S. Secretary of State Condoleezza Rice"], ["GBR"], ["Britain"],
   optional=True, accept_types=["SUPPORT"],
   note="Rice's remark that Britain has nothing to gain by abandoning Russia (a soft appeal to "
   "London not to break with Moscow): optional; 'abandoning Russia' is not coded")
ev(S, "Secretary Rice added that Russia should", "added that Russia should cooperate fully",
   "REQUEST", "", ["USA"], ["Secretary Rice"], ["RUS"], ["Russia"],
   note="Rice's call on Russia to cooperate with Britain and extradite Lugovoi; the cooperation, "
   "extradition and trial are the demand's content (decision 2)")
ev(S, "Portugal, in its capacity", "expressed disappointment", "ACCUSE", "disapprove",
   ["PRT"], ["Portugal"], ["RUS"], ["Moscow"],
   accept_actor=[["EUR"], ["PRT", "EUR"]],
   note="the EU presidency's disappointment with Moscow (decision 14: ACCUSE/disapprove); "
   "Portugal speaks as holder of the EU presidency (EUR accepted); 'failure to cooperate' is the "
   "content (decision 2)")

# ---- 349766 (Nicaragua cuts ties with Colombia after the raid in Ecuador, 2008)
S = "349766"
A = "Nicaragua has cut diplomatic ties with Colombia"
ev(S, A, "has cut diplomatic ties with Colombia", "SANCTION", "discontinue",
   ["NIC"], ["Nicaragua"], ["COL"], ["Colombia"],
   note="Nicaragua's break of diplomatic ties, the story's main act (decision 8: cutting ties "
   "SANCTION/discontinue)")
ev(S, A, "a Colombian military attack on rebels inside Ecuador", "ASSAULT", "",
   ["COL"], ["Colombian"], ["COL"], ["rebels"],
   accept_recipient=[["ECU"], [], ["COL", "ECU"]],
   note="Colombia's raid on FARC rebels inside Ecuador, the act Nicaragua answers, first told here "
   "with its actor (the rebels are Colombian insurgents, coded COL; ECU, whose territory was hit, "
   "and an empty recipient accepted)")
ev(S, "Nicaraguan President Daniel Ortega announced",
   "a visit by his Ecuadorean counterpart Rafael Correa to Managua", "CONSULT", "visit",
   ["ECU"], ["his Ecuadorean counterpart Rafael Correa"], ["NIC"], ["Managua"],
   note="Correa's visit to Managua (decision 17: a visit is visitor -> host, CONSULT/visit); "
   "'announced the decision' is a back-reference to the break of sentence 0")
A = "Ortega said Nicaragua joins in solidarity"
ev(S, A, "joins in solidarity with Ecuador and Venezuela", "SUPPORT", "",
   ["NIC"], ["Nicaragua"], ["ECU", "VEN"], ["Ecuador", "Venezuela"],
   accept_recipient=[["ECU"], ["VEN"]],
   note="Nicaragua's declared solidarity with Ecuador and Venezuela (verbal support: SUPPORT)")
ev(S, A, "also have cut ties with Colombia", "SANCTION", "discontinue",
   ["ECU", "VEN"], ["Ecuador", "Venezuela"], ["COL"], ["Colombia"],
   accept_actor=[["ECU"], ["VEN"]],
   note="Ecuador's and Venezuela's breaks with Colombia, told here for the first time (decision "
   "8), in a relative clause (decision 1)")
ev(S, A, "Saturday's raid that killed more than 20 leftist militants", "ASSAULT", "",
   [], [], ["COL"], ["leftist militants"],
   optional=True, accept_actor=[["COL"]], accept_recipient=[["ECU"], []],
   note="the raid of sentence 0 told again with its toll, its author not named: optional")
ev(S, "The Nicaraguan leader accused", "accused", "ACCUSE", "allege",
   ["NIC"], ["The Nicaraguan leader"], ["COL"], ["Colombia's President Alvaro Uribe"],
   note="Ortega's charge that Uribe uses the military for 'political terrorism' (decision 14: "
   "ACCUSE/allege); the terrorism is the charge's content (decision 2)")
A = "Ortega said Nicaragua was cutting ties"
ev(S, A, "was cutting ties with Colombia", "SANCTION", "discontinue",
   ["NIC"], ["Nicaragua"], ["COL"], ["Colombia"],
   optional=True,
   note="the break of sentence 0 told again with Ortega's reason: optional")
ev(S, A, "repeated military threats by Colombia", "THREATEN", "violence",
   ["COL"], ["Colombia"], ["NIC"], ["Nicaragua"],
   optional=True, accept_types=["ACCUSE"],
   note="Colombia's 'repeated military threats', the reason Ortega gives (a nominal threat in "
   "reported speech; also readable as the content of his complaint, decision 2): optional")
A = "Wednesday, Nicaragua's ambassador"
ev(S, A, "criticized a resolution", "ACCUSE", "disapprove",
   ["NIC"], ["Nicaragua's ambassador to the Organization of American States"],
   ["IGO"], ["Organization of American States"],
   accept_recipient=[[]],
   note="Nicaragua's OAS ambassador criticizing the OAS resolution as too weak (ACCUSE/"
   "disapprove; the resolution is the OAS's, an empty recipient accepted)")
ev(S, A, "a resolution that said the Colombian attack was a violation", "ACCUSE", "disapprove",
   [], [], ["COL"], ["Colombian"],
   optional=True, accept_actor=[["IGO"]], accept_types=["SANCTION"],
   note="the OAS resolution finding that Colombia's raid violated Ecuador's sovereignty (a formal "
   "censure; the OAS is named only as the ambassador's post): optional; the attack is its content")
ev(S, "Colombia and Ecuador said they were satisfied", "said they were satisfied with the resolution",
   "SUPPORT", "", ["COL", "ECU"], ["Colombia", "Ecuador"], [], [],
   optional=True, accept_types=["AGREE"], accept_actor=[["COL"], ["ECU"]],
   accept_recipient=[["IGO"]],
   note="Colombia's and Ecuador's approval of the resolution (SUPPORT; AGREE accepted): optional")
ev(S, "The Nicaraguan diplomat said the 34-nation group", "should pass a measure", "REQUEST", "",
   ["NIC"], ["The Nicaraguan diplomat"], ["IGO"], ["the 34-nation group"],
   note="Nicaragua's call on the OAS to condemn Colombia formally; the condemnation is the "
   "demand's content (decision 2)")
ev(S, "Nicaragua also has criticized", "has criticized", "ACCUSE", "disapprove",
   ["NIC"], ["Nicaragua"], ["COL"], ["Colombia's naval forces"],
   note="Nicaragua's criticism of Colombia's navy in the Caribbean maritime dispute (decision 14)")
ev(S, "In December, the Hague-based", "ruled that three disputed islands belonged to Colombia",
   "SANCTION", "convict", ["UNO"], ["the Hague-based International Court of Justice"], [], [],
   optional=True, accept_types=["SUPPORT"], accept_recipient=[["NIC"], ["COL"]],
   note="the ICJ ruling of December 2007 giving three islands to Colombia (a court finding "
   "against a party, decision 9; Nicaragua, the losing party, is not named in the sentence): "
   "background, optional")

# ---- 373816 (Bangladesh and Burma navies face off over oil exploration, 2008)
S = "373816"
A = "Naval ships from Bangladesh and Burma"
ev(S, A, "are facing off", "MOBILIZE", "troops",
   ["BGD", "MMR"], ["Bangladesh", "Burma"], [], [],
   accept_actor=[["BGD"], ["MMR"]], accept_recipient=[["MMR"], ["BGD"]],
   note="the naval standoff in the Bay of Bengal, the story's main fact (decision 12: a standoff "
   "is MOBILIZE), two-sided and joint; 'a row erupted' is a state, not coded")
ev(S, "As Anjana Pasricha reports", "is sending a senior diplomat to Burma", "AGREE", "",
   ["BGD"], ["Bangladesh"], ["MMR"], ["Burma"],
   future=True, accept_types=["CONSULT"],
   note="Bangladesh's envoy going to Burma for talks, first told here (a planned visit: AGREE "
   "future=true, as planned meetings, note of 2026-12-05; CONSULT accepted); 'to resolve the "
   "dispute' is a purpose (decision 3)")
A = "The Bangladesh Foreign Ministry says Dhaka"
ev(S, A, "will do everything necessary to protect its sovereignty", "THREATEN", "",
   ["BGD"], ["Dhaka"], ["MMR"], ["Burma"],
   optional=True, accept_recipient=[[]],
   note="Dhaka's veiled warning that it will defend its sovereignty (a warning with no named "
   "consequence): optional")
ev(S, A, "wants to resolve the dispute with Burma", "AGREE", "",
   ["BGD"], ["Dhaka"], ["MMR"], ["Burma"],
   optional=True,
   note="Dhaka's stated wish to settle the dispute peacefully (willingness to negotiate, AGREE): "
   "optional")
ev(S, "Bangladesh officials say the dispute erupted", "ships escorted by naval craft", "MOBILIZE",
   "troops", ["MMR"], ["Burmese"], [], [],
   optional=True, accept_recipient=[["BGD"]], accept_types=["COERCE"],
   note="the Burmese naval escort of the exploration ships (a naval deployment, MOBILIZE; the "
   "exploring itself is not a PLOVER event): optional, told as background to the row")
A = "Dhaka dispatched a naval patrol"
ev(S, A, "dispatched a naval patrol", "MOBILIZE", "troops",
   ["BGD"], ["Dhaka"], [], [],
   accept_recipient=[["MMR"]],
   note="Bangladesh's deployment of a naval patrol to the disputed area (decision 12: MOBILIZE)")
ev(S, A, "lodging a diplomatic protest", "ACCUSE", "disapprove",
   ["BGD"], ["Dhaka"], [], [],
   accept_recipient=[["MMR"]],
   note="Bangladesh's diplomatic protest (a verbal complaint: ACCUSE/disapprove); Burma is not "
   "named in the sentence, accepted")
ev(S, "It wants Burma to do the same.", "wants Burma to do the same", "REQUEST", "",
   ["BGD"], ["It"], ["MMR"], ["Burma"],
   note="Bangladesh's call on Burma to refrain from exploration until a boundary is agreed; "
   "'It' is Bangladesh of the sentence before")
ev(S, "Mehmood says Burma", "should halt all activity", "REQUEST", "",
   ["BGD"], ["Mehmood"], ["MMR"], ["Burma"],
   note="the additional foreign secretary's demand that Burma halt all activity in the bay; the "
   "splitter puts his title in the span before ('M.A.K.')")
ev(S, "\"As far as we are concerned", "Myanmar has intruded into our maritime zones", "ACCUSE",
   "allege", ["BGD"], ["Mehmood"], ["MMR"], ["Myanmar"],
   note="Mehmood's charge that Myanmar intruded into Bangladesh's waters (ACCUSE/allege); the "
   "intrusion and the drilling platform of the next span are its content (decision 2)")
ev(S, "Bangladesh Foreign Secretary Toheid Hossain", "will hold talks with Burmese officials",
   "AGREE", "", ["BGD", "MMR"], ["Bangladesh Foreign Secretary Toheid Hossain", "Burmese officials"],
   [], [],
   optional=True, future=True, accept_types=["CONSULT"],
   accept_actor=[["BGD"]], accept_recipient=[["MMR"]],
   note="the Wednesday talks in Burma, the envoy's trip of sentence 1 told again with its "
   "participants (planned talks, joint, decision 17): optional; 'to defuse the row' is a purpose")
ev(S, "The two countries are also scheduled", "are also scheduled to hold talks", "AGREE", "",
   ["BGD", "MMR"], ["The two countries", "The two countries"], [], [],
   future=True, accept_types=["CONSULT"],
   accept_actor=[["BGD"], ["MMR"]], accept_recipient=[["MMR"], ["BGD"]],
   note="the boundary talks set for mid-November in Dhaka: a planned meeting, AGREE future=true, "
   "joint (decision 17)")
ev(S, "Both countries have been holding talks", "have been holding talks", "CONSULT", "",
   ["BGD", "MMR"], ["Both countries", "Both countries"], [], [],
   optional=True, accept_actor=[["BGD"], ["MMR"]], accept_recipient=[["MMR"], ["BGD"]],
   note="the boundary talks of recent years (joint, decision 17), background: optional")

# ---- eg-dz-2009 (Egypt recalls its ambassador from Algeria after the World Cup playoff, 2009)
S = "eg-dz-2009"
ev(S, "Egypt has recalled its ambassador", "has recalled its ambassador from Algiers", "SANCTION",
   "withdraw", ["EGY"], ["Egypt"], ["DZA"], ["Algiers"],
   note="Egypt's recall of its ambassador, the story's main act (decision 8: recalling an "
   "ambassador SANCTION/withdraw); the 'nationalistic fervor' is a state, not coded")
A = "Overnight, a mob of distraught Egyptian football fans"
ev(S, A, "attempted to attack the Algerian Embassy", "PROTEST", "riot",
   ["EGY"], ["Egyptian football fans"], ["DZA"], ["the Algerian Embassy"],
   accept_types=["ASSAULT"],
   note="the Egyptian fans' attempted storming of the Algerian embassy (a violent crowd action "
   "against a foreign mission: PROTEST/riot; ASSAULT accepted)")
ev(S, A, "were pushed back by security forces", "COERCE", "",
   ["EGY"], ["security forces"], ["EGY"], ["Egyptian football fans"],
   optional=True, accept_types=["ASSAULT"], accept_actor=[[]],
   note="Egyptian security forces pushing the mob back (crowd control, domestic; ASSAULT/"
   "crowd-control accepted): optional")
ev(S, "Egyptian TV says that the crowd threw stones", "the crowd threw stones", "ASSAULT",
   "primitive", ["EGY"], ["the crowd"], ["EGY"], ["several dozen police officers"],
   optional=True, accept_types=["PROTEST"],
   note="the rioters' stone-throwing that injured police (ASSAULT/primitive, domestic, part of the "
   "riot): optional")
A = "Thursday, Egypt recalled its ambassador"
ev(S, A, "recalled its ambassador from Algeria", "SANCTION", "withdraw",
   ["EGY"], ["Egypt"], ["DZA"], ["Algeria"],
   optional=True,
   note="the recall of sentence 1 told again with its day and reasons: optional; 'to protest' is "
   "a purpose (decision 3)")
ev(S, A, "violence against Egyptian fans in Khartoum", "ASSAULT", "",
   [], [], ["EGY"], ["Egyptian fans"],
   optional=True, accept_actor=[["DZA"]],
   note="the violence against Egyptian fans in Khartoum, its authors not named here (the grounds "
   "of Egypt's protest, close to its content, decision 2): optional")
ev(S, A, "the looting of Egyptian businesses in Algeria", "COERCE", "seize",
   ["DZA"], ["that country's soccer fans"], ["EGY"], ["Egyptian businesses"],
   optional=True, accept_types=["ASSAULT"],
   note="Algerian fans looting Egyptian businesses in Algeria (property taken: COERCE/seize; "
   "ASSAULT/destroy accepted), named as grounds of the recall: optional")
ev(S, "And, many Egyptian supporters complained", "complained of being harassed or attacked",
   "ACCUSE", "allege", ["EGY"], ["many Egyptian supporters"], [], [],
   optional=True, accept_recipient=[["DZA"]],
   note="the Egyptian supporters' complaints of harassment (the harassment is their content): "
   "optional")
ev(S, "Egypt's Health Minister Hatem al-Gabali", "insists that such claims are exaggerated",
   "REJECT", "", ["EGY"], ["Egypt's Health Minister Hatem al-Gabali"], [], [],
   optional=True, accept_recipient=[["EGY"]],
   note="the health minister playing down the fans' claims (a dismissal of claims, decision 14; "
   "domestic): optional")
ev(S, "Relations between Egypt and Sudan", "complaints in the Egyptian media", "ACCUSE", "allege",
   ["EGY"], ["Egyptian"], ["SDN"], ["the Sudanese government"],
   note="the Egyptian media's charge of lax Sudanese security, which strained Egypt-Sudan "
   "relations (ACCUSE/allege: 'allegedly lax'; a complaint, so disapprove would also fit); "
   "'relations have suffered' is a state")
ev(S, "The Sudanese police official", "insists that his men did their best", "REJECT", "",
   ["SDN"], ["The Sudanese police official"], [], [],
   accept_recipient=[["EGY"]],
   note="the Sudanese police official's rejection of the charge of lax security (decision 14: a "
   "denial is REJECT); Egypt is not named in the sentence, accepted")

# ---- 284258 (the UN awaits Eritrea's answer on the expulsion of Western UNMEE staff, 2005)
S = "284258"
ev(S, "The United Nations' mission observing", "its recent order to expel members of the mission",
   "SANCTION", "expel", ["ERI"], ["the Eritrean government"], ["UNO"], ["members of the mission"],
   accept_types=["COERCE"],
   accept_recipient=[["UNO", "USA", "CAN"], ["USA", "CAN"]],
   note="Eritrea's order expelling the US, Canadian and European members of UNMEE, the story's "
   "main act (expelling peacekeepers from a country: SANCTION/expel, decision 8 and the codebook's "
   "mode; COERCE/deport accepted); the mission's observing is a standing activity, not coded")
A = "The spokeswoman for the United Nations Mission"
ev(S, A, "gave Eritrean government officials a statement", "ACCUSE", "disapprove",
   ["UNO"], ["the mission's deputy head"], ["ERI"], ["Eritrean government officials"],
   optional=True, accept_types=["CONSULT"],
   note="the deputy head handing the condemnation to Eritrean officials (the delivery of a "
   "protest, like a demarche): optional; the condemnation itself is coded required")
ev(S, A, "condemning the expulsion order", "ACCUSE", "disapprove",
   ["UNO"], ["the U.N. Security Council"], ["ERI"], ["Eritrean government officials"],
   accept_recipient=[[]],
   note="the Security Council's and the Secretary-General's condemnation of the order (decision "
   "14: ACCUSE/disapprove); both are UNO, one code")
A = "She says the two U.N. bodies cannot agree"
ev(S, A, "cannot agree to the order", "REJECT", "",
   ["UNO"], ["the two U.N. bodies"], [], [],
   accept_recipient=[["ERI"]],
   note="the UN's refusal to accept the order (a refusal is REJECT, decision 6(a)); Eritrea is "
   "named in the sentence only as the addressee of the demand, accepted")
ev(S, A, "has demanded", "REQUEST", "",
   ["UNO"], ["the two U.N. bodies"], ["ERI"], ["the Eritrean government"],
   note="the UN's demand that Eritrea rescind the order at once; the rescinding is the demand's "
   "content (decision 2)")
ev(S, "The Eritrean government issued the mission a letter", "would be expelled", "SANCTION",
   "expel", ["ERI"], ["The Eritrean government"], ["USA", "CAN", "RUS"],
   ["Americans", "Canadians", "members of the Russian Federation"],
   optional=True, future=True, accept_types=["THREATEN", "COERCE"],
   accept_recipient=[["UNO"], ["USA", "CAN"], []],
   note="the order of sentence 0 told again with its ten-day deadline and the nationalities hit "
   "(the expulsion announced for later, future=true; THREATEN accepted for the deadline, decision "
   "14): optional; 'Europeans' name no single state")
ev(S, "Media reports Thursday quoted Eritrean officials", "fully intends to stand by its order",
   "REJECT", "", ["ERI"], ["the government"], [], [],
   accept_recipient=[["UNO"]],
   note="Eritrea's refusal to rescind the order (REJECT, decision 6(a)); the UN is not named in "
   "the sentence, accepted")
ev(S, "Ethiopia and Eritrea waged a bitter war", "waged a bitter war", "ASSAULT", "",
   ["ETH", "ERI"], ["Ethiopia", "Eritrea"], [], [],
   optional=True, accept_actor=[["ETH"], ["ERI"]], accept_recipient=[["ERI"], ["ETH"]],
   note="the 1998-2000 border war (two-sided fighting, joint, decision 17), history: optional")

# ---- 1617626 (Manila urges the Sulu sultan's men in Sabah to surrender; Malaysian offensive, 2013)
S = "1617626"
A = "With more than 50 Philippine citizens"
ev(S, A, "reported dead in clashes", "ASSAULT", "",
   [], [], ["PHL"], ["Philippine citizens"],
   accept_actor=[["MYS"], ["PHL", "MYS"]], accept_recipient=[[]],
   note="the deaths of more than 50 Filipinos in the Sabah clashes (fighting, its other side "
   "not named in the sentence; MYS, or a joint PHL-MYS actor, accepted)")
ev(S, A, "it may be time for a surrender", "REQUEST", "",
   ["PHL"], ["officials in Manila"], [], [],
   optional=True, accept_recipient=[["PHL"]],
   note="Manila's hint that the Sulu group should surrender (a soft appeal; the direct call is "
   "in sentence 2): optional")
A = "The fighting started when about 200 people"
ev(S, A, "entered a town in Sabah", "COERCE", "seize",
   ["PHL"], ["about 200 people from the southwestern Philippines"], ["MYS"],
   ["the eastern Malaysian province"],
   accept_types=["MOBILIZE", "ASSAULT"], accept_recipient=[[]],
   note="the armed Sulu group's entry into and occupation of a village in Sabah (a place taken "
   "over or occupied: COERCE/seize, decision 18(b); MOBILIZE and ASSAULT accepted); the "
   "re-asserted territorial claim is not a PLOVER event (decision 1(c))")
ev(S, A, "refused to leave", "REJECT", "",
   ["PHL"], ["about 200 people from the southwestern Philippines"], [], [],
   accept_recipient=[["MYS"], ["PHL"]],
   note="the group's refusal to leave Sabah (a refusal is REJECT, decision 6(a)); whom they "
   "refused is not named (MYS or PHL accepted)")
ev(S, "Philippine government officials say for weeks", "have been calling for followers",
   "REQUEST", "", ["PHL"], ["Philippine government officials"], ["PHL"],
   ["followers of the self-proclaimed Sultan of Sulu"],
   note="Manila's weeks-long call on the sultan's followers to surrender and leave (domestic "
   "but the story's main act; surrendering and leaving are the content, decision 2)")
ev(S, "But the group's leader", "has refused", "REJECT", "",
   ["PHL"], ["the group's leader, Sultan Jamalul Kiram III"], [], [],
   accept_recipient=[["PHL"]],
   note="Kiram's refusal of Manila's call (REJECT, decision 6(a)); Manila is named only in the "
   "sentence before, accepted")
ev(S, "\"We continue to feel strongly", "one way to save lives is to lay down their arms",
   "REQUEST", "", ["PHL"], ["We"], [], [],
   optional=True, accept_recipient=[["PHL"]],
   note="the presidential spokesman's appeal to lay down arms (Manila's call of sentence 2 told "
   "again in his words): optional; 'We' is the Philippine government")
ev(S, "Malaysian authorities started their military operation",
   "started their military operation against the group", "ASSAULT", "",
   ["MYS"], ["Malaysian authorities"], ["PHL"], ["the group"],
   accept_types=["MOBILIZE"],
   note="Malaysia's military operation against the Sulu group (ASSAULT; MOBILIZE accepted)")
ev(S, "This week they intensified the campaign", "a 30-minute air raid", "ASSAULT", "aerial",
   ["MYS"], ["they"], ["PHL"], ["the group"],
   note="the Malaysian air raid near Lahad Datu (ASSAULT/aerial); 'they' are the Malaysian "
   "authorities of the sentence before; 'the group had hunkered down' is a state")
ev(S, "Malaysian state media reported 52 Filipinos", "killed in various skirmishes", "ASSAULT", "",
   ["PHL", "MYS"], ["Filipinos", "Malaysian officers"], [], [],
   optional=True, accept_actor=[["MYS"], ["PHL"]], accept_recipient=[["PHL"], ["MYS"]],
   note="the skirmishes that killed 52 Filipinos and eight Malaysian officers (two-sided "
   "fighting, joint, decision 17), the casualties of sentence 0 told again with both sides: "
   "optional")
# fmt: on

if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round27.jsonl", STORIES_JSONL, STORIES, E)

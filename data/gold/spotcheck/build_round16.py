"""Build `round16.jsonl`, the analyst's event annotation of seven VOA pages (issue 9 spot check).

Round 16 takes its stories from the search store, as rounds 7-15. The texts are kept readable in
`round16_stories_source.txt`; this script rebuilds `round16-stories.jsonl` from it and resolves the
annotation written below against those texts, with the tools of round 9 (its builder's paths and
`common.write_stories` / `common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round16.py

Fields are those of rounds 3-14 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05; other
future cooperation AGREE with `future=false`, its rule 4; conditional promises and threats with
`hypothetical=false`, its rule 5; signing an agreement SUPPORT, its rule 15). An actor or
recipient named only in an earlier sentence is listed in `context_mentions` (filled in by
`common`). Six pages were short of the 42 required events the brief asks for, so a seventh was
added (see README, round 16).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths and helpers (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round16_stories_source.txt"
STORIES_JSONL = f"{HERE}/round16-stories.jsonl"
STORIES = ["6283221", "1794002", "2607481", "561289", "4672938", "1926444", "3157294"]

E: list[dict] = []
ev = make_ev(E)

# ---------------------------------------------- 6283221 (US envoy in Seoul, North Korea, 2021)
S = "6283221"
ev(S, "U.S. special envoy for North Korea Sung Kim arrived", "arrived Saturday in South Korea",
   "CONSULT", "visit", ["USA"], ["U.S."], ["KOR"], ["South Korea"],
   note="the US envoy's visit to South Korea: CONSULT/visit (visitor actor, host recipient); 'to "
   "reopen stalled denuclearization talks' is a purpose (not coded)")
ev(S, "U.S.-North Korea negotiations were halted", "negotiations were halted",
   "REJECT", "", ["USA", "PRK"], ["U.S.", "North Korea"], [], [],
   optional=True, accept_types=["CONSULT"], accept_actor=[["PRK"], ["USA"]],
   note="the breakdown of the US-North Korea talks two years before, told as background without "
   "saying who stopped them: optional")
ev(S, "U.S.-North Korea negotiations were halted", "U.S.-led sanctions against the North",
   "SANCTION", "discontinue", ["USA"], ["U.S."], ["PRK"], ["the North"],
   optional=True,
   note="the standing US-led sanctions, named as the subject of the failed talks (a state more "
   "than an event): optional")
ev(S, "Sung’s visit comes after North Korea launched", "launched a new ballistic missile from a submarine",
   "MOBILIZE", "weapons", ["PRK"], ["North Korea"], [], [],
   accept_types=["THREATEN"],
   note="North Korea's submarine-launched missile test: a weapons test is MOBILIZE (guideline 12); "
   "'Sung's visit' is a back-reference to sentence 0 (not coded)")
ev(S, "Sung’s visit comes after North Korea launched", "a series missile tests carried out by the North",
   "MOBILIZE", "weapons", ["PRK"], ["the North"], [], [],
   optional=True,
   note="the earlier tests of the series, named as background: optional")
ev(S, "Kim told reporters Saturday he anticipated", "talks with South Korean officials during their Sunday meeting",
   "AGREE", "", ["USA"], ["Kim"], ["KOR"], ["South Korean"],
   future=True, accept_types=["CONSULT"],
   note="the envoy's meeting with South Korean officials planned for the next day: a planned "
   "meeting is AGREE with future=true (guideline 4, note of 2026-12-05; CONSULT accepted); Kim is "
   "the US envoy; 'told reporters' is a media contact (not coded)")
ev(S, "The North has rejected U.S. appeals to reopen talks", "has rejected U.S. appeals to reopen talks",
   "REJECT", "", ["PRK"], ["The North"], ["USA"], ["U.S."],
   note="North Korea rejects the US appeals to return to talks: REJECT")
ev(S, "The North has rejected U.S. appeals to reopen talks", "appeals to reopen talks",
   "REQUEST", "meet", ["USA"], ["U.S."], ["PRK"], ["The North"],
   optional=True,
   note="the US appeals themselves (earlier, unspecified requests named as the object of the "
   "rejection): optional")
ev(S, "The North has rejected U.S. appeals to reopen talks", "demanding the U.S. end its “hostile policy”",
   "REQUEST", "", ["PRK"], ["The North"], ["USA"], ["U.S."],
   note="North Korea demands that the US end its 'hostile policy': REQUEST; what the policy "
   "consists of is content (guideline 2)")
ev(S, "The North has rejected U.S. appeals to reopen talks", "joint military exercises with South Korea",
   "COOPERATE", "", ["USA", "KOR"], ["U.S.", "South Korea"], [], [],
   optional=True, accept_types=["MOBILIZE"],
   note="the US-South Korean joint exercises, named inside North Korea's demand (content, "
   "guideline 2; an ongoing practice): optional")
ev(S, "North Korean Vice Foreign Minister Pak Myong Ho accused", "accused the U.S. Saturday of escalating military tensions with China",
   "ACCUSE", "allege", ["PRK"], ["North Korean"], ["USA"], ["U.S."],
   note="Pak accuses the US of escalating tensions with China: ACCUSE/allege; the escalation and "
   "the support for Taiwan are its content")
ev(S, "North Korean Vice Foreign Minister Pak Myong Ho accused", "“reckless” support of Taiwan with weapons and training",
   "AID", "", ["USA"], ["U.S."], ["TWN"], ["Taiwan"],
   optional=True, accept_types=["SUPPORT", "COOPERATE"],
   note="US arms and training for Taiwan, named as the content of the accusation (guideline 2): "
   "optional")
ev(S, "He also said the U.S.’s increasing military presence", "is a likely threat to the North",
   "ACCUSE", "allege", ["PRK"], ["He"], ["USA"], ["U.S.’s"],
   note="Pak (He, previous sentence) calls the growing US military presence a threat to North "
   "Korea: a second charge against the US, ACCUSE/allege")
ev(S, "He also said the U.S.’s increasing military presence", "increasing military presence in the region",
   "MOBILIZE", "troops", ["USA"], ["U.S.’s"], [], [],
   optional=True,
   note="the US build-up, named as the content of Pak's charge (guideline 2): optional")
ev(S, "Pak’s criticism of the U.S. comes one day after", "was committed to defending Taiwan",
   "AGREE", "", ["USA"], ["President Joe Biden"], ["TWN"], ["Taiwan"],
   accept_types=["SUPPORT", "THREATEN"], accept_recipient=[["CHN"], ["TWN", "CHN"]],
   note="Biden's pledge that the US would defend Taiwan if China attacked it: a conditional "
   "promise is a real speech act, AGREE with hypothetical=false (guideline 5); SUPPORT, or "
   "THREATEN toward China, accepted; 'Pak's criticism' is a back-reference (not coded)")
ev(S, "Pak’s criticism of the U.S. comes one day after", "if it is attacked by China",
   "ASSAULT", "", ["CHN"], ["China"], ["TWN"], ["Taiwan"],
   optional=True, hypothetical=True,
   note="a Chinese attack on Taiwan, only possible (the condition of Biden's pledge): "
   "hypothetical, optional")

# ----------------------------------------------------- 1794002 (Iran nuclear talks, Geneva, 2013)
S = "1794002"
ev(S, "Senior representatives of Iran's new government", "have begun a potentially decisive round of nuclear talks",
   "CONSULT", "", ["IRN"], ["Iran's"], ["UNO"], ["the United Nations contact group"],
   accept_actor=[["IRN", "UNO"]], accept_recipient=[[]],
   note="Iran's delegation opens a new round of talks with the six powers in Geneva: CONSULT; the "
   "story calls the P5+1 'the United Nations contact group' (UNO as written; the reciprocal "
   "reading and an empty recipient accepted)")
ev(S, "European Union foreign policy chief Catherine Ashton met", "met with Iranian Foreign Minister Javad Zarif",
   "CONSULT", "", ["EUR", "IRN"], ["European Union", "Iranian"], [], [],
   accept_actor=[["EUR"], ["IRN"]], accept_recipient=[["IRN"], ["EUR"]],
   note="Ashton meets Zarif: reciprocal CONSULT (both in actor; EUR -> IRN accepted)")
ev(S, "Earlier, in Tehran, Iran's supreme leader said", "would not retreat on what he called the country's nuclear rights",
   "REJECT", "", ["IRN"], ["Iran's"], [], [],
   note="Khamenei says Iran will not give way on its nuclear rights: a refusal is REJECT "
   "(guideline 6a); the six world powers have no code (construct), so no recipient")
ev(S, "Ayatollah Ali Khameni said he set", "Iran wants to be friendly with all nations, including the United States",
   "SUPPORT", "", ["IRN"], ["Iran"], ["USA"], ["the United States"],
   optional=True, accept_types=["AGREE"],
   note="Iran's wish to be friendly with all nations, the US included: an attitude, optional; "
   "setting 'red lines' for his own negotiators is a domestic instruction (not coded)")
ev(S, "The five permanent members of the U.N. Security Council", "want an interim agreement that calls for Iran to stop some of its enrichment activity",
   "REQUEST", "", ["USA", "GBR", "FRA", "RUS", "CHN", "DEU"],
   ["The five permanent members of the U.N. Security Council", "The five permanent members of the U.N. Security Council",
    "The five permanent members of the U.N. Security Council", "The five permanent members of the U.N. Security Council",
    "The five permanent members of the U.N. Security Council", "Germany"],
   ["IRN"], ["Iran"],
   accept_types=["AGREE"], accept_actor=[["UNO", "DEU"], ["DEU"], ["UNO"], []],
   note="the six powers' negotiating demand that Iran halt some enrichment and accept inspections "
   "(for limited sanctions relief): REQUEST; the phrase naming the five permanent members is "
   "repeated for each code (GUIDELINE, actor codes); UNO+DEU, DEU alone or no actor accepted; "
   "the relief is content (guideline 2)")
ev(S, "Iranian Foreign Minister Javad Zarif said in a video", "there is \"every possibility\" of coming to an agreement",
   "AGREE", "", ["IRN"], ["Iranian"], [], [],
   optional=True, hypothetical=True,
   note="Zarif's optimism about a deal: an attitude about a possible agreement, optional; 'Both "
   "sides have expressed hope' (previous sentence) names no codable party and is not coded")
ev(S, "British Prime Minister David Cameron's office said", "in a telephone call Tuesday",
   "CONSULT", "phone", ["GBR", "IRN"], ["British", "Iranian"], [], [],
   accept_actor=[["GBR"], ["IRN"]], accept_recipient=[["IRN"], ["GBR"]],
   note="Cameron and Rouhani's phone call: reciprocal CONSULT/phone")
ev(S, "British Prime Minister David Cameron's office said", "agreed",
   "AGREE", "", ["GBR", "IRN"], ["British", "Iranian"], [], [],
   optional=True, accept_actor=[["GBR"], ["IRN"]],
   note="the two leaders agree that progress was made: a shared assessment, not a commitment; "
   "optional")
ev(S, "Cameron also stressed the need for Iran", "stressed the need for Iran to address the concerns of the international community",
   "REQUEST", "", ["GBR"], ["Cameron"], ["IRN"], ["Iran"],
   note="Cameron presses Iran to address the international concerns: REQUEST (the common sentence "
   "splitter cuts after 'Mr.', so this sentence starts at 'Cameron'); the international "
   "community's call for assurances has only a construct as actor and is not coded (GUIDELINE, "
   "actor codes)")
ev(S, "Iran has repeatedly denied those accusations", "has repeatedly denied those accusations",
   "REJECT", "", ["IRN"], ["Iran"], [], [],
   note="Iran denies seeking nuclear weapons: a denial is REJECT (guideline 14); the accusers are "
   "the international community (no code), so no recipient")

# ------------------------------------------------------- 2607481 (US-Cuba talks, Havana, 2015)
S = "2607481"
ev(S, "Two days of talks between the United States and Cuba", "talks between the United States and Cuba",
   "CONSULT", "", ["USA", "CUB"], ["the United States", "Cuba"], [], [],
   accept_actor=[["USA"], ["CUB"]], accept_recipient=[["CUB"], ["USA"]],
   note="the US-Cuban talks that begin on the story's day in Havana: reciprocal CONSULT; 'aimed at "
   "ending ... hostility' is a purpose (not coded)")
ev(S, "The meetings are taking place one month after", "were prepared to reestablish formal diplomatic relations",
   "AGREE", "", ["USA", "CUB"], ["President Barack Obama", "Cuban President Raul Castro"], [], [],
   accept_actor=[["USA"], ["CUB"]],
   note="Obama and Castro announced on Dec. 17 that the two countries would restore diplomatic "
   "relations (background with named parties, guideline 1): a commitment to future cooperation is "
   "AGREE (guideline 4); 'The meetings are taking place' is a back-reference (not coded)")
ev(S, "Thursday's session will be devoted", "the reopening of U.S. and Cuban embassies",
   "AGREE", "", ["USA", "CUB"], ["U.S.", "Cuban"], [], [],
   optional=True, future=True,
   note="the reopening of embassies, named as an agenda topic (not yet agreed): optional; the "
   "sessions' agendas ('will focus on', 'will be devoted to') are not coded")
ev(S, "Both sides are expected to outline longer-term goals", "are expected to outline longer-term goals",
   "CONSULT", "", ["USA", "CUB"], ["Both sides", "Both sides"], [], [],
   optional=True, future=True, accept_types=["AGREE"],
   note="what the two sides will put forward at the talks (a retelling of the talks' agenda): "
   "optional")
ev(S, "Both sides are expected to outline longer-term goals", "the U.S. economic embargo on Cuba first imposed in 1961",
   "SANCTION", "discontinue", ["USA"], ["U.S."], ["CUB"], ["Cuba"],
   optional=True,
   note="the US embargo imposed in 1961, named as an agenda topic (distant background, a standing "
   "policy): optional")
ev(S, "Both sides are expected to outline longer-term goals", "Washington's designation of Cuba as a state sponsor of terrorism",
   "ACCUSE", "allege", ["USA"], ["Washington's"], ["CUB"], ["Cuba"],
   optional=True, accept_types=["SANCTION"],
   note="the US terrorism listing of Cuba, named as an agenda topic (a standing designation, "
   "guideline 1c): optional; the Cuban official's caution in the last sentence is a statement of "
   "view (not coded)")

# ---------------------------------------------------- 561289 (Eritrea-Djibouti dispute, UN, 2008)
S = "561289"
ev(S, "The U.N. Security Council has urged Eritrea and Djibouti", "has urged Eritrea and Djibouti to resolve their border dispute peacefully",
   "REQUEST", "", ["UNO"], ["The U.N. Security Council"], ["ERI", "DJI"], ["Eritrea", "Djibouti"],
   note="the Council urges both to settle the dispute peacefully: REQUEST")
ev(S, "The U.N. Security Council has urged Eritrea and Djibouti", "warned Eritrea that it must comply",
   "THREATEN", "", ["UNO"], ["The U.N. Security Council"], ["ERI"], ["Eritrea"],
   accept_types=["REQUEST"],
   note="the Council warns Eritrea it must comply with the withdrawal demand: THREATEN (REQUEST "
   "accepted)")
ev(S, "The U.N. Security Council has urged Eritrea and Djibouti", "the council's demand that it withdraw its troops to pre-fighting positions",
   "REQUEST", "", ["UNO"], ["the council's"], ["ERI"], ["Eritrea"],
   optional=True,
   note="the Council's earlier withdrawal demand, named as the object of the warning (told as an "
   "event in sentence 4): optional")
ev(S, "After months of tension, serious clashes erupted", "serious clashes erupted in June between Eritrea and Djibouti",
   "ASSAULT", "", ["ERI", "DJI"], ["Eritrea", "Djibouti"], [], [],
   accept_actor=[["ERI"]], accept_recipient=[["DJI"]],
   note="the June border clashes between the two armies: two-sided fighting, reciprocal ASSAULT "
   "(ERI -> DJI accepted)")
ev(S, "Although the fighting was brief, Djibouti reported", "more than 35 of its troops were killed",
   "ASSAULT", "", [], [], ["DJI"], ["Djibouti"],
   optional=True, accept_actor=[["ERI"]],
   note="Djibouti's toll from the same fighting (a retelling with its result): optional")
ev(S, "The U.N Security Council directed both countries", "directed both countries to pull back their troops",
   "REQUEST", "", ["UNO"], ["The U.N Security Council"], ["ERI", "DJI"], ["both countries", "both countries"],
   accept_types=["THREATEN"],
   note="the Council's order to both to pull back (June, background with named parties): REQUEST")
ev(S, "The U.N Security Council directed both countries", "a U.N. fact-finding mission that visited the region in July",
   "ACCUSE", "investigate", ["UNO"], ["U.N."], [], [],
   accept_types=["CONSULT"],
   note="the UN fact-finding mission: a probe is ACCUSE/investigate (guideline 9); no target named "
   "in the clause")
ev(S, "The U.N Security Council directed both countries", "only Djibouti has complied",
   "RETREAT", "withdraw", ["DJI"], ["Djibouti"], [], [],
   accept_types=["CONCEDE"], accept_recipient=[["ERI"]],
   note="Djibouti pulled its troops back as ordered: RETREAT/withdraw (CONCEDE accepted); that "
   "Eritrea did not is told in the last sentence (its refusal, REJECT)")
ev(S, "Djibouti President Ismail Omar Guelleh told the Security Council", "told the Security Council",
   "CONSULT", "", ["DJI"], ["Djibouti"], ["UNO"], ["the Security Council"],
   optional=True,
   note="Guelleh addresses the Council: an address to an international body, optional CONSULT "
   "(its demands are coded in the next sentences)")
ev(S, "Djibouti President Ismail Omar Guelleh told the Security Council", "has repeatedly tried to engage Eritrea in dialogue and negotiations",
   "REQUEST", "meet", ["DJI"], ["Djibouti"], ["ERI"], ["Eritrea"],
   optional=True, accept_types=["CONSULT"],
   note="Djibouti's unanswered attempts to bring Eritrea to talks (repeated, undated background): "
   "optional; 'has gotten nowhere' is not coded")
ev(S, "He said the council must call upon both countries", "the council must call upon both countries",
   "REQUEST", "", ["DJI"], ["He"], ["UNO"], ["the council"],
   note="Guelleh (He) asks the Council to make both commit to a settlement within weeks: REQUEST "
   "DJI -> UNO")
ev(S, "\"Any failure to apply this decision should give rise to sanctions", "should give rise to sanctions on the part of the council",
   "REQUEST", "", ["DJI"], ["Guelleh"], ["UNO"], ["the council"],
   accept_types=["THREATEN"],
   note="Guelleh asks for Council sanctions on any failure to comply: a call for sanctions is "
   "REQUEST (conditional, a real speech act, guideline 5); he is named in the next sentence "
   "('said Guelleh')")
ev(S, "This aggression against my country must not be ignored", "This aggression against my country",
   "ACCUSE", "allege", ["DJI"], ["Guelleh"], ["ERI"], ["Eritrea"],
   note="Guelleh calls Eritrea's action aggression that must not go unpunished: ACCUSE/allege; the "
   "aggression is the content (guideline 2); Eritrea is named in the earlier sentences")
ev(S, "President Guelleh said Djibouti would protect", "would protect its territory and sovereignty",
   "THREATEN", "", ["DJI"], ["Djibouti"], [], [],
   optional=True, accept_types=["MOBILIZE"], accept_recipient=[["ERI"]],
   note="Djibouti will defend its territory: an implied warning, optional; 'the last thing the "
   "region needs is another war' is an attitude (not coded)")
ev(S, "Eritrea's U.N. Ambassador, Araya Desta, did not address", "his government's refusal to pull back its troops",
   "REJECT", "", ["ERI"], ["Eritrea's"], [], [],
   accept_recipient=[["UNO"]],
   note="Eritrea's refusal to withdraw its troops (named as a fact the ambassador left unanswered): "
   "a refusal is REJECT (guideline 6a); the Council, whose order it defies, accepted as recipient; "
   "'did not address' is not coded")
ev(S, "Eritrea's U.N. Ambassador, Araya Desta, did not address", "Asmara refused to grant visas for the four-person U.N. fact-finding mission",
   "REJECT", "", ["ERI"], ["Asmara"], ["UNO"], ["U.N."],
   note="Eritrea refused visas to the UN fact-finding mission: barring entry to a body is REJECT "
   "(guideline 8)")
ev(S, "Eritrea's U.N. Ambassador, Araya Desta, did not address", "was sent to investigate the situation",
   "ACCUSE", "investigate", ["UNO"], ["U.N."], [], [],
   optional=True,
   note="the mission's purpose, a retelling of the probe of sentence 4: optional")

# ------------------------------------------------------ 4672938 (Kerch Strait incident, 2018)
S = "4672938"
ev(S, "Russia fired on two Ukrainian naval ships", "fired on two Ukrainian naval ships",
   "ASSAULT", "", ["RUS"], ["Russia"], ["UKR"], ["Ukrainian"],
   note="Russia fires on two Ukrainian navy ships: ASSAULT")
ev(S, "Russia fired on two Ukrainian naval ships", "rammed a third vessel",
   "ASSAULT", "", ["RUS"], ["Russia"], ["UKR"], ["Ukrainian"],
   optional=True,
   note="the ramming of the tugboat, part of the same attack: optional (a second ASSAULT in the "
   "sentence is not required)")
ev(S, "Russia fired on two Ukrainian naval ships", "seizing the ships",
   "COERCE", "seize", ["RUS"], ["Russia"], ["UKR"], ["Ukrainian"],
   accept_types=["ASSAULT"],
   note="Russia seizes the three ships: COERCE/seize (ASSAULT/abduct accepted, guideline 12)")
ev(S, "Russia fired on two Ukrainian naval ships", "claiming they illegally entered its territorial waters",
   "ACCUSE", "allege", ["RUS"], ["Russia"], ["UKR"], ["Ukrainian"],
   note="Russia claims the ships entered its waters illegally: ACCUSE/allege ('they' are the "
   "Ukrainian ships)")
ev(S, "Ukrainian officials say at least six sailors were wounded", "at least six sailors were wounded",
   "ASSAULT", "", [], [], ["UKR"], ["Ukrainian"],
   optional=True, accept_actor=[["RUS"]],
   note="the wounded sailors (the result of sentence 0's attack, no attacker named): optional")
ev(S, "Ukrainian officials say at least six sailors were wounded", "denies doing anything wrong",
   "REJECT", "", ["UKR"], ["Ukrainian"], [], [],
   accept_recipient=[["RUS"]],
   note="Ukraine denies wrongdoing: a denial is REJECT (guideline 14); Russia, whose charge it "
   "answers, accepted as recipient")
ev(S, "Ukrainian officials say at least six sailors were wounded", "accusing Russia of engaging in military aggression",
   "ACCUSE", "allege", ["UKR"], ["Ukrainian"], ["RUS"], ["Russia"],
   note="Ukraine accuses Russia of military aggression: ACCUSE/allege")
ev(S, "\"Such actions pose a threat to the security", "pose a threat to the security of all states in the Black Sea region",
   "ACCUSE", "allege", ["UKR"], ["Ukraine's"], ["RUS"], ["Russia"],
   optional=True, accept_recipient=[[]],
   note="the Foreign Ministry calls Russia's actions a threat to the region (the charge of "
   "sentence 1 restated): optional; Russia is named in the earlier sentences")
ev(S, "\"Such actions pose a threat to the security", "require a clear response from the international community",
   "REQUEST", "", ["UKR"], ["Ukraine's"], [], [],
   note="Ukraine calls for a clear international response: REQUEST; 'the international "
   "community' is a construct (no recipient)")
ev(S, "The Russian Federal Security Service (FSB) accuses Ukraine", "accuses Ukraine of staging a deliberate provocation",
   "ACCUSE", "allege", ["RUS"], ["The Russian Federal Security Service"], ["UKR"], ["Ukraine"],
   note="the FSB accuses Ukraine of a deliberate provocation: ACCUSE/allege")
ev(S, "\"Weapons were used with the aim of forcibly stopping", "Weapons were used",
   "ASSAULT", "", [], [], ["UKR"], ["Ukrainian"],
   optional=True, accept_actor=[["RUS"]],
   note="the FSB's own account of the use of force (a retelling of sentence 0 in a quotation, "
   "passive): optional")
ev(S, "As a result, all three Ukrainian naval vessels were seized", "were seized",
   "COERCE", "seize", [], [], ["UKR"], ["Ukrainian"],
   optional=True, accept_actor=[["RUS"]],
   note="the seizure told again in the FSB statement: optional")
ev(S, "Sunday's incident began when a Ukrainian tugboat", "set out to escort two navy ships",
   "MOBILIZE", "", ["UKR"], ["Ukrainian"], [], [],
   optional=True,
   note="the Ukrainian naval transit toward the Sea of Azov (a warship transit is MOBILIZE, "
   "guideline 12): optional background; 'Sunday's incident' is a back-reference; the 2003 treaty's "
   "designation (sentence 8) is a state (not coded)")
ev(S, "Ukraine says a Russian Coast Guard ship rammed", "rammed and damaged the tugboat",
   "ASSAULT", "", ["RUS"], ["Russian"], [], [],
   optional=True, accept_recipient=[["UKR"]],
   note="Ukraine's account of the ramming (a retelling of sentence 0 in detail): optional")
ev(S, "Ukraine says a Russian Coast Guard ship rammed", "fired at the two other ships",
   "ASSAULT", "", ["RUS"], ["Russian"], [], [],
   optional=True, accept_recipient=[["UKR"]],
   note="Ukraine's account of the firing (a retelling of sentence 0): optional")

# ------------------------------------------------------ 1926444 (China-Vietnam oil rig, 2014)
S = "1926444"
ev(S, "China’s decision to place an oil rig", "China’s decision to place an oil rig in waters claimed by Vietnam",
   "MOBILIZE", "", ["CHN"], ["China’s"], ["VNM"], ["Vietnam"],
   accept_types=["COERCE"], accept_recipient=[[]],
   note="China places its oil rig in waters Vietnam claims: a deployment in a standoff is MOBILIZE "
   "(guideline 12; COERCE accepted); told as a nominal with named parties (guideline 1); 'China "
   "claims almost the entire maritime region' (sentence 2) is a state (guideline 1c, not coded)")
ev(S, "Vietnamese Prime Minister Nguyen Tan Dung says", "has “seriously threatened peace and stability",
   "ACCUSE", "allege", ["VNM"], ["Vietnamese"], ["CHN"], ["China"],
   note="Vietnam's prime minister says China has seriously threatened peace: ACCUSE/allege; "
   "placing the rig is the content")
ev(S, "Beijing says Vietnam’s claim to the region is", "says Vietnam’s claim to the region is “ridiculous,”",
   "REJECT", "", ["CHN"], ["Beijing"], ["VNM"], ["Vietnam’s"],
   accept_types=["ACCUSE"],
   note="China dismisses Vietnam's claim as 'ridiculous': a dismissal is REJECT (guideline 14; "
   "ACCUSE/disapprove accepted); calling the islands China's 'indisputable territory' restates the "
   "claim (a state, not coded)")
ev(S, "Vietnamese outrage over the Chinese oil rig triggered", "anti-China protests",
   "PROTEST", "demo", ["VNM"], ["Vietnamese"], ["CHN"], ["anti-China"],
   note="the anti-China protests in Vietnam (collective physical action against China, guideline "
   "11): PROTEST/demo; the protesters take their country's code; the two deaths are their toll "
   "(not coded separately)")
ev(S, "In addition, a Vietnamese fishing boat sank this week", "rammed by Chinese vessels",
   "ASSAULT", "", ["CHN"], ["Chinese"], ["VNM"], ["Vietnamese"],
   note="Chinese vessels rammed and sank a Vietnamese fishing boat (reported as alleged, the "
   "alleging party unnamed): ASSAULT")
ev(S, "Vietnam says four other ships were surrounded", "were surrounded and rammed by Chinese vessels",
   "ASSAULT", "", ["CHN"], ["Chinese"], ["VNM"], ["Vietnamese"],
   accept_recipient=[[]],
   note="Chinese vessels surrounded and rammed four more (Vietnamese) ships two days later, as "
   "Vietnam says: the attack is coded (guideline 1, 'X said Y attacked Z'); the ships are "
   "Vietnamese (previous sentence)")
ev(S, "Vietnam says four other ships were surrounded", "Vietnam says",
   "ACCUSE", "allege", ["VNM"], ["Vietnam"], ["CHN"], ["Chinese"],
   optional=True,
   note="Vietnam's charge itself: optional (the attack it reports is the required event); the "
   "experts' remarks and 'would provoke outrage' (last sentence) are not coded")

# --------------------------------------------- 3157294 (South Korea on nuclear talks, 2016)
S = "3157294"
ev(S, "South Korean President Park Geun-hye said world powers", "world powers should find a way to restart long-stalled talks",
   "REQUEST", "meet", ["KOR"], ["South Korean"], [], [],
   note="Park urges the powers to restart the nuclear talks, if need be without North Korea: "
   "REQUEST; 'world powers' is a construct (no recipient)")
ev(S, "\"Although it is not an easy matter", "relevant parties should find various and creative approaches",
   "REQUEST", "meet", ["KOR"], ["Park"], [], [],
   optional=True,
   note="the same appeal in her own words (five-party talks): optional")
ev(S, "Park also expressed frustration", "expressed frustration with the current mechanism of six-party talks",
   "ACCUSE", "disapprove", ["KOR"], ["Park"], [], [],
   optional=True,
   note="Park's criticism of the six-party format (a mechanism, not a party): optional; 'have not "
   "been held in seven years' is a state (not coded)")
ev(S, "The six-party talks – involving North Korea", "started in 2003",
   "CONSULT", "multilateral", ["PRK", "KOR", "USA", "CHN", "JPN", "RUS"],
   ["North Korea", "South Korea", "the United States", "China", "Japan", "Russia"], [], [],
   optional=True,
   note="the six-party talks began in 2003: distant background, optional")
ev(S, "North Korea walked out of the talks in 2009", "walked out of the talks in 2009",
   "REJECT", "", ["PRK"], ["North Korea"], [], [],
   accept_types=["SANCTION"],
   note="North Korea left the talks in 2009 (background with a named party, guideline 1): "
   "walking out of negotiations is REJECT (SANCTION/withdraw accepted)")
ev(S, "North Korea walked out of the talks in 2009", "had imposed sanctions",
   "SANCTION", "discontinue", [], [], ["PRK"], ["Pyongyang's"],
   optional=True,
   note="the sanctions imposed by 'world powers' (a construct; GUIDELINE: an event whose actor is "
   "only a construct is not coded): optional")
ev(S, "North Korea walked out of the talks in 2009", "Pyongyang's long-range rocket test",
   "MOBILIZE", "weapons", ["PRK"], ["Pyongyang's"], [], [],
   note="North Korea's 2009 long-range rocket test (background with a named party): a weapons test "
   "is MOBILIZE (guideline 12)")
ev(S, "Shortly afterwards, the North conducted", "conducted its second nuclear test",
   "MOBILIZE", "weapons", ["PRK"], ["the North"], [], [],
   note="North Korea's second nuclear test (2009): MOBILIZE/weapons")
ev(S, "It has since conducted two more nuclear tests", "has since conducted two more nuclear tests",
   "MOBILIZE", "weapons", ["PRK"], ["It"], [], [],
   note="two more nuclear tests, the latest earlier this month (It = North Korea): MOBILIZE/weapons; "
   "'prompted fresh concerns' names no party (not coded)")


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round16.jsonl", STORIES_JSONL, STORIES, E)

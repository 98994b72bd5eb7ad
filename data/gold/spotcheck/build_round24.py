"""Build `round24.jsonl`, the analyst's event annotation of six VOA stories (issue 9 spot check).

Round 24 takes its stories from the search store, as rounds 7-23. The texts are kept readable in
`round24_stories_source.txt`; this script rebuilds `round24-stories.jsonl` from it and resolves the
annotation written below against those texts, with the tools of round 9 (its builder's paths and
`common.write_stories` / `common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round24.py

Fields are those of rounds 3-22 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings and talks `future=true`, its note of 2026-12-05;
other future cooperation and pledges AGREE with `future=false`, its rule 4; announced
non-cooperative acts `future=true`; conditionals its rule 5; negation and refusals its rule 6;
content of accusations, denials and demands not coded, its decision 2; meetings and two-sided
fighting joint, its decision 17). An actor or recipient named only in another sentence is listed in
`context_mentions` (filled in by `common`). The spot check's splitter (`common.sentences`) cuts
after "Mr." and after "P.J."; anchors follow its cuts. No flag is pre-registered as "right only if
flagged". Sealed until the end of round 24 (see README).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths and helpers (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round24_stories_source.txt"
STORIES_JSONL = f"{HERE}/round24-stories.jsonl"
STORIES = [
    "122452",
    "thailand-cambodia-tensions-rise-over-appointment-fugitive-thai-official",
    "syria-rejects-un-report-hariri-assassination",
    "1233367",
    "322577",
    "1ad0e675-8d0d-4360-ad42-91bb59dc97cf",
]

E: list[dict] = []
ev = make_ev(E)

# ------------------------------------ 122452 (Venezuela breaks relations with Colombia, 2010)
S = "122452"
ev(S, "Venezuelan President Hugo Chavez has severed", "has severed diplomatic relations with neighboring Colombia",
   "SANCTION", "discontinue", ["VEN"], ["Hugo Chavez"], ["COL"], ["Colombia"],
   note="Chavez severs diplomatic relations with Colombia: cutting ties is SANCTION/discontinue "
   "(guideline 8)")
ev(S, "Venezuelan President Hugo Chavez has severed", "accused his country of harboring leftist guerrillas",
   "ACCUSE", "allege", ["COL"], ["Bogota"], ["VEN"], ["his country"],
   note="Bogota accuses Venezuela of harbouring guerrillas: ACCUSE/allege; the harbouring is the "
   "charge's content (guideline 2)")
ev(S, "President Chavez made the announcement", "he was forced to sever all relations",
   "SANCTION", "discontinue", ["VEN"], ["President Chavez"], ["COL"], ["Colombia"],
   optional=True,
   note="the break retold in Chavez's announcement (a restatement of sentence 0): optional")
ev(S, "President Chavez made the announcement", "Colombia claims he has failed to act against rebels",
   "ACCUSE", "allege", ["COL"], ["Colombia"], ["VEN"], ["he"],
   optional=True,
   note="Colombia's charge as Chavez gives it (a restatement of the charge in sentence 0): optional")
ev(S, "Chavez said he has ordered Venezuelan", "has ordered Venezuelan military forces to be on \"maximum alert\" along the border",
   "MOBILIZE", "troops", ["VEN"], ["Chavez"], [], [],
   accept_recipient=[["COL"]],
   note="Chavez puts the military on 'maximum alert' along the border: a raised alert level is "
   "MOBILIZE (guideline 12); Colombia is not named in the piece (the splitter cuts after 'Mr.'), "
   "COL accepted as recipient")
ev(S, "President Chavez acted after Colombia went", "went before the Organization of American States' permanent council in Washington to present photographs",
   "ACCUSE", "allege", ["COL"], ["Colombia"], ["VEN"], ["Venezuela"],
   accept_types=["CONSULT"], accept_recipient=[["IGO"]],
   note="Colombia takes its evidence of rebels in Venezuela to the OAS permanent council: the "
   "charge laid before the OAS is ACCUSE/allege COL -> VEN (the rebels' presence is its content); "
   "CONSULT with the OAS (IGO) accepted")
ev(S, "Colombia's ambassador to the OAS", "said the documents show",
   "ACCUSE", "allege", ["COL"], ["Luis Alfonso Hoyos"], ["VEN"], ["Venezuela"],
   optional=True,
   note="Hoyos's statement at the session (the same charge voiced by the envoy, sentence 4): optional")
ev(S, "Hoyos said Venezuela had not attacked", "Hoyos said",
   "ACCUSE", "allege", ["COL"], ["Hoyos"], ["VEN"], ["Venezuela"],
   optional=True,
   note="Hoyos says Venezuela has not attacked the guerrillas as it should (a further charge; the "
   "negated attack is its content, not coded): optional")
ev(S, "He challenged Venezuelan officials", "challenged Venezuelan officials to let independent observers inspect the sites",
   "REQUEST", "", ["COL"], ["He"], ["VEN"], ["Venezuelan officials"],
   note="Hoyos challenges Venezuela to let independent observers inspect the camps: a demand, "
   "REQUEST COL -> VEN")
ev(S, "Venezuela's OAS envoy, Roy Chaderton", "did not provide any solid evidence",
   "REJECT", "", ["VEN"], ["Roy Chaderton"], ["COL"], ["Hoyos"],
   note="Chaderton says the documents give no solid evidence: a dismissal of the charge is REJECT "
   "(guideline 14); the charge's author (Hoyos) is the recipient")
ev(S, "Later, Venezuelan Foreign Minister Nicolas Maduro", "had ordered its embassy in Bogota closed",
   "SANCTION", "withdraw", ["VEN"], ["Nicolas Maduro"], ["COL"], ["Bogota"],
   note="Venezuela closes its embassy in Bogota: withdrawing its diplomats is SANCTION/withdraw "
   "(guideline 8, recalling an ambassador); actor the foreign minister who announces it (VEN)")
ev(S, "Later, Venezuelan Foreign Minister Nicolas Maduro", "had given Colombian diplomats in Venezuela 72 hours to leave the country",
   "SANCTION", "expel", ["VEN"], ["Nicolas Maduro"], ["COL"], ["Colombian diplomats"],
   accept_types=["THREATEN"],
   note="Colombian diplomats given 72 hours to leave: expelling diplomats is SANCTION/expel "
   "(guideline 8); THREATEN (a deadline, guideline 14) accepted")
ev(S, "Both Colombia and Venezuela had already recalled", "had already recalled their respective ambassadors",
   "SANCTION", "withdraw", ["COL", "VEN"], ["Colombia", "Venezuela"], [], [],
   optional=True, accept_actor=[["COL"], ["VEN"]], accept_recipient=[["VEN"], ["COL"]],
   note="both sides had already recalled their ambassadors (earlier, pluperfect background; two "
   "recalls told as one mutual act, coded with both actors): optional")
ev(S, "Crowley said Venezuela's rupture", "is not a \"proper way\" to address concerns in the region",
   "ACCUSE", "disapprove", ["USA"], ["Crowley"], ["VEN"], ["Venezuela's"],
   note="the State Department spokesman says the rupture is not a 'proper way' to address concerns: "
   "criticism is ACCUSE/disapprove (guideline 14); the splitter cuts after 'P.J.', so 'State "
   "Department' lies in the previous piece and the actor is 'Crowley'; 'Venezuela's rupture' is a "
   "back-reference, not coded again")
ev(S, "Colombia requested the OAS session", "requested the OAS session",
   "REQUEST", "meet", ["COL"], ["Colombia"], ["IGO"], ["OAS"],
   optional=True, accept_types=["CONSULT"],
   note="Colombia's request for the OAS session (background to sentence 4): optional")
ev(S, "Colombia requested the OAS session", "charging last week",
   "ACCUSE", "allege", ["COL"], ["Colombia"], ["VEN"], ["Venezuela"],
   optional=True,
   note="Colombia's charge of last week that FARC and ELN leaders hide in Venezuela (the charge "
   "reported in sentence 0; the rebels' presence is content): optional")

# ------------------------ thailand-cambodia-... (Thailand, Cambodia recall envoys over Thaksin, 2009)
S = "thailand-cambodia-tensions-rise-over-appointment-fugitive-thai-official"
ev(S, "Tensions between Southeast Asian neighbors", "appointed a fugitive former Thai prime minister as an advisor",
   "SUPPORT", "", ["KHM"], ["Cambodia's leader"], ["THA"], ["fugitive former Thai prime minister"],
   optional=True, accept_types=["COOPERATE"],
   note="the appointment of Thaksin as adviser in the lead (told again in sentence 4, where it is "
   "required): optional")
ev(S, "Both countries have withdrawn", "have withdrawn their ambassadors",
   "SANCTION", "withdraw", ["THA", "KHM"], ["Both countries", "Both countries"], [], [],
   optional=True, accept_actor=[["THA"], ["KHM"]], accept_recipient=[["KHM"], ["THA"]],
   note="the two recalls summed up in the lead (each coded in sentence 3): optional")
ev(S, "Both countries have withdrawn", "claim interference in their internal affairs",
   "ACCUSE", "allege", ["THA", "KHM"], ["Both countries", "Both countries"], [], [],
   optional=True, accept_actor=[["THA"], ["KHM"]], accept_recipient=[["KHM"], ["THA"]],
   note="the mutual charges of interference summed up in the lead (each coded in sentences 5 and "
   "15): optional; mutual accusations are joint (guideline, reciprocal events)")
ev(S, "On Friday, Cambodia withdrew its ambassador", "Cambodia withdrew its ambassador to Thailand",
   "SANCTION", "withdraw", ["KHM"], ["Cambodia"], ["THA"], ["Thailand"],
   note="Cambodia recalls its ambassador from Thailand: SANCTION/withdraw (guideline 8)")
ev(S, "On Friday, Cambodia withdrew its ambassador", "Bangkok's withdrawal of its ambassador the day before",
   "SANCTION", "withdraw", ["THA"], ["Bangkok's"], ["KHM"], ["Cambodia"],
   accept_recipient=[[]],
   note="Thailand's recall of its ambassador the day before (a nominal form, guideline 1): "
   "SANCTION/withdraw THA -> KHM; Cambodia, named as the main clause's actor, is the country left "
   "(empty recipient accepted)")
ev(S, "Thailand's action came after", "appointed fugitive Thai Prime Minister Thaksin Shinawatra as an economic advisor",
   "SUPPORT", "", ["KHM"], ["Cambodian government"], ["THA"], ["Thaksin Shinawatra"],
   accept_types=["COOPERATE"],
   note="Hun Sen's government appoints the fugitive former Thai prime minister Thaksin as economic "
   "adviser: backing for Bangkok's foe, SUPPORT KHM -> THA (Thaksin, a Thai, by nationality); no "
   "clear PLOVER category, COOPERATE accepted; 'Thailand's action' is a back-reference")
ev(S, "The Thai Ministry of Foreign Affairs calls", "calls the appointment interference in its domestic affairs",
   "ACCUSE", "allege", ["THA"], ["Thai Ministry of Foreign Affairs"], [], [],
   accept_recipient=[["KHM"]],
   note="the Thai foreign ministry calls the appointment interference and a failure to respect its "
   "courts: ACCUSE/allege; Cambodia is not named in the sentence (empty recipient, KHM accepted)")
ev(S, "Thailand says it is now reviewing", "is now reviewing all its existing agreements and cooperation projects with Cambodia",
   "THREATEN", "relations", ["THA"], ["Thailand"], ["KHM"], ["Cambodia"],
   optional=True, accept_types=["SANCTION", "ACCUSE"],
   note="Thailand reviews all its agreements and cooperation projects with Cambodia (a warning of "
   "cuts, made explicit in the next sentence): optional; THREATEN/relations, SANCTION or ACCUSE "
   "(a review) accepted")
ev(S, "Thani says the government will most likely", "will most likely postpone or reduce projects",
   "THREATEN", "relations", ["THA"], ["Thani"], [], [],
   accept_recipient=[["KHM"]],
   note="the Thai spokesman: projects will most likely be postponed or reduced if Thaksin's "
   "appointment goes ahead: a conditional threat is THREATEN, hypothetical=false (guideline 5); "
   "Cambodia is not named in the piece (empty recipient, KHM accepted)")
ev(S, "Koy Kuong, a spokesman", "the government will go ahead with",
   "REJECT", "", ["KHM"], ["Koy Kuong"], ["THA"], ["Thailand's"],
   note="Cambodia's foreign ministry spokesman: despite Thailand's objections the government will go "
   "ahead with the appointment: a refusal of the other side's demand is REJECT (guideline 6a)")
ev(S, "Koy Kuong, a spokesman", "Thailand's objections",
   "ACCUSE", "disapprove", ["THA"], ["Thailand's"], [], [],
   optional=True, accept_recipient=[["KHM"]],
   note="'Thailand's objections' (a nominal back-reference to Bangkok's protests): optional")
ev(S, "He says the Thai government is interfering", "is interfering in Cambodia's internal affairs",
   "ACCUSE", "allege", ["KHM"], ["He"], ["THA"], ["Thai government"],
   note="the Cambodian spokesman charges that the Thai government interferes in Cambodia's affairs "
   "by objecting: ACCUSE/allege KHM -> THA")
ev(S, "So, it is the Thai side", "it is the Thai side which views [it] in [a] different way",
   "ACCUSE", "disapprove", ["KHM"], ["he"], ["THA"], ["Thai side"],
   optional=True, accept_types=["REJECT"],
   note="'it is the Thai side which views it in a different way' (the spokesman puts the blame on "
   "Thailand, in the quotation that says Cambodia does not want worse relations): optional; the "
   "quotation's 'no intention to worsen the relationship' is not coded")

# --------------------------------------- syria-rejects-... (Syria rejects the UN Hariri report, 2005)
S = "syria-rejects-un-report-hariri-assassination"
ev(S, "Syria's information minister is rejecting", "is rejecting the UN report",
   "REJECT", "", ["SYR"], ["Syria's information minister"], ["UNO"], ["UN"],
   note="Syria's information minister rejects the UN investigation's report: REJECT SYR -> UNO (a "
   "UN inquiry, UNO)")
ev(S, "Syria's information minister is rejecting", "the assassination of former Lebanese Prime Minister Rafik al-Hariri",
   "ASSAULT", "targeted", [], [], ["LBN"], ["Rafik al-Hariri"],
   optional=True,
   note="the Hariri assassination (February 2005; background, no perpetrator named): optional")
ev(S, "The report implicates several senior Syrian", "implicates several senior Syrian officials",
   "ACCUSE", "allege", ["UNO"], ["UN"], ["SYR"], ["Syrian officials"],
   note="the UN report implicates senior Syrian officials: ACCUSE/allege UNO -> SYR; 'The report' "
   "is the UN report of the previous sentence ('UN' a context mention)")
ev(S, "But Syrian Information Minister Mahdi Dakhlallah", "loudly blasted the report",
   "REJECT", "", ["SYR"], ["Mahdi Dakhlallah"], ["UNO"], ["report"],
   optional=True, accept_types=["ACCUSE"],
   note="Dakhlallah's attack on the report ('far from the truth', 'not professional'; the rejection "
   "of sentence 0 told with its words): optional; ACCUSE/disapprove accepted")
ev(S, "He called it a political statement", "called it a political statement aimed at discrediting Syria",
   "ACCUSE", "allege", ["SYR"], ["He"], ["UNO"], ["it"],
   optional=True, accept_types=["REJECT"],
   note="the minister calls the report a political statement meant to discredit Syria (a charge "
   "against the investigation, part of the same reaction): optional")
ev(S, "The report presented by chief investigator", "implicates several high-level Syrian and Lebanese officials",
   "ACCUSE", "allege", ["UNO"], ["Detlev Mehlis"], ["SYR", "LBN"], ["Syrian", "Lebanese officials"],
   optional=True, accept_recipient=[["SYR"], ["LBN"]],
   note="the Mehlis report implicates Syrian and Lebanese officials (the charge of sentence 1 retold, "
   "with the Lebanese officials added): optional")
ev(S, "The draft also identifies three top Lebanese", "identifies three top Lebanese generals",
   "ACCUSE", "allege", ["UNO"], ["UN"], ["LBN"], ["Lebanese generals"],
   optional=True,
   note="the earlier draft names three Lebanese generals (detail of the report's charge; the draft "
   "is the UN investigation's, 'UN' a context mention): optional")
ev(S, "President Lahoud himself is accused", "is accused of receiving a telephone call from another suspect",
   "ACCUSE", "allege", [], [], ["LBN"], ["President Lahoud"],
   accept_actor=[["UNO"]],
   note="Lebanon's president is accused of taking a call from a suspect moments after the blast: "
   "ACCUSE/allege -> LBN; the accuser (the UN report) is not named in the sentence (empty actor, "
   "UNO accepted); the blast is a back-reference to the assassination")
ev(S, "His spokesman, Rafiq Shalala, denied", "denied the allegation",
   "REJECT", "", ["LBN"], ["Rafiq Shalala"], [], [],
   accept_recipient=[["UNO"]],
   note="Lahoud's spokesman denies the allegation: a denial is REJECT (guideline 14); the "
   "allegation's author is not named (empty recipient, UNO accepted)")
ev(S, "The spokesman rejected calls for the president", "rejected calls for the president's resignation",
   "REJECT", "", ["LBN"], ["The spokesman"], [], [],
   optional=True,
   note="the spokesman rejects calls for Lahoud's resignation (calls from unnamed, mostly Lebanese "
   "critics; domestic): optional")
ev(S, "Shalala categorically denied any link", "categorically denied any link",
   "REJECT", "", ["LBN"], ["Shalala"], [], [],
   optional=True, accept_recipient=[["UNO"]],
   note="the spokesman's categorical denial of any link between Lahoud and the assassination (the "
   "denial of sentence 15 restated): optional")

# ------------------------------------------ 1233367 (Russia suspends the CFE treaty, 2007)
S = "1233367"
ev(S, "Russian President Vladimir Putin has suspended", "has suspended his country's participation in a European arms control treaty",
   "SANCTION", "withdraw", ["RUS"], ["Vladimir Putin"], [], [],
   accept_types=["REJECT"], accept_recipient=[["IGO"]],
   note="Putin suspends Russia's participation in the CFE treaty: stepping out of a treaty regime "
   "is SANCTION/withdraw (guideline 8, leaving a bloc); REJECT accepted; the treaty partners are "
   "not named (empty recipient, IGO for NATO accepted)")
ev(S, "Putin signed a decree suspending", "signed a decree suspending Russia's participation",
   "SANCTION", "withdraw", ["RUS"], ["Putin"], [], [],
   optional=True, accept_types=["REJECT"], accept_recipient=[["IGO"]],
   note="the decree (the suspension of sentence 0 restated; the splitter cuts after 'Mr.'): optional")
ev(S, "NATO reacted by calling", "calling Russia's decision a step in the wrong direction",
   "ACCUSE", "disapprove", ["IGO"], ["NATO"], ["RUS"], ["Russia's"],
   note="NATO calls the decision a step in the wrong direction: criticism is ACCUSE/disapprove "
   "(guideline 14); NATO is IGO")
ev(S, "A NATO spokesman, James Appathurai", "consider the treaty an important cornerstone of regional stability",
   "SUPPORT", "", ["IGO"], ["James Appathurai"], [], [],
   optional=True, accept_types=["ACCUSE"],
   note="NATO's spokesman: the allies hold the treaty a cornerstone of stability (endorsement of "
   "the treaty, with implied criticism of Russia): optional")
ev(S, "Russia has ratified the revised agreement", "Russia has ratified the revised agreement",
   "SUPPORT", "", ["RUS"], ["Russia"], [], [],
   optional=True,
   note="Russia's earlier ratification of the 1999 revision (ratifying is SUPPORT, guideline 15; "
   "background): optional")
ev(S, "Russia has ratified the revised agreement", "the United States and NATO countries have not",
   "SUPPORT", "", ["USA", "IGO"], ["United States", "NATO countries"], [], [],
   negated=True, optional=True, accept_actor=[["USA"], ["IGO"]],
   note="the US and NATO countries have not ratified it (a negated ratification, guideline 6; "
   "background): optional")
ev(S, "They say Moscow has not honored", "They say Moscow has not honored its commitment",
   "ACCUSE", "allege", ["USA", "IGO"], ["They", "They"], ["RUS"], ["Moscow"],
   accept_actor=[["USA"], ["IGO"]],
   note="the US and NATO countries say Moscow has not honoured its commitment to withdraw troops "
   "from Georgia and Moldova: ACCUSE/allege -> RUS; the withdrawal commitment is the charge's "
   "content (guideline 2)")
ev(S, "Putin cited NATO members' delay", "cited NATO members' delay in ratifying",
   "ACCUSE", "allege", ["RUS"], ["Putin"], ["IGO"], ["NATO members'"],
   note="Putin blames NATO members' delay in ratifying the revision for the suspension: ACCUSE/allege "
   "RUS -> IGO (the splitter cuts after 'Mr.', the anchor is the piece after it)")

# ------------------------------------------ 322577 (Ethiopia rules out war with Eritrea, 2006)
S = "322577"
ev(S, "Ethiopia's Prime Minister Meles Zenawi says", "his country will not initiate war with neighboring Eritrea",
   "AGREE", "", ["ETH"], ["Meles Zenawi"], ["ERI"], ["Eritrea"],
   accept_types=["ASSAULT"],
   note="Meles says Ethiopia will not start a war with Eritrea: a pledge of non-aggression is a "
   "promise, AGREE (guideline 5 codes promises AGREE); ASSAULT with negated=true accepted as the "
   "literal reading")
ev(S, "Zenawi told parliament Tuesday", "it recognizes Eritrea's sovereignty",
   "SUPPORT", "", ["ETH"], ["Zenawi"], ["ERI"], ["Eritrea's"],
   optional=True,
   note="Meles says his government recognizes Eritrea's sovereignty (a standing position restated "
   "to parliament): optional")
ev(S, "But he warned that if Eritrea opens", "warned that if Eritrea opens a military conflict, Ethiopia is prepared to respond",
   "THREATEN", "violence", ["ETH"], ["he"], ["ERI"], ["Eritrea"],
   note="Meles warns that Ethiopia will respond if Eritrea opens a conflict: a conditional threat is "
   "THREATEN, hypothetical=false (guideline 5)")
ev(S, "The two Horn of Africa nations", "a two-year border war in 1998",
   "ASSAULT", "", ["ETH", "ERI"], ["The two Horn of Africa nations", "The two Horn of Africa nations"], [], [],
   optional=True, accept_actor=[["ETH"], ["ERI"]],
   note="the 1998-2000 border war (history; two-sided fighting joint, decision 17): optional")
ev(S, "Wednesday, officials from both countries", "are to meet with international mediators in London",
   "AGREE", "", ["ETH", "ERI"], ["officials from both countries", "officials from both countries"], [], [],
   future=True, accept_types=["CONSULT"], accept_actor=[["ETH"], ["ERI"]],
   note="Ethiopian and Eritrean officials are to meet international mediators in London: a planned "
   "meeting is AGREE future=true, joint (guideline 4 note, decision 17); the mediators are not "
   "named (no code); CONSULT accepted")
ev(S, "As part of a 2000 peace deal", "Ethiopia and Eritrea agreed to allow an independent commission draw the boundary",
   "AGREE", "", ["ETH", "ERI"], ["Ethiopia", "Eritrea"], [], [],
   optional=True, accept_actor=[["ETH"], ["ERI"]],
   note="the 2000 peace deal's agreement on a boundary commission (history): optional")
ev(S, "But Ethiopia has refused to implement", "has refused to implement the group's 2002 decision",
   "REJECT", "", ["ETH"], ["Ethiopia"], ["IGO"], ["group's"],
   accept_recipient=[["ERI"], []],
   note="Ethiopia refuses to implement the boundary commission's 2002 ruling: a refusal is REJECT "
   "(guideline 6a); the commission (an international body set up under the peace deal) is IGO; "
   "ERI or an empty recipient accepted")
ev(S, "But Ethiopia has refused to implement", "gave the town of Badme to Eritrea",
   "SANCTION", "convict", ["IGO"], ["group's"], ["ETH"], ["Ethiopia"],
   optional=True, accept_types=["SUPPORT"], accept_recipient=[["ERI"]],
   note="the commission's 2002 award of Badme to Eritrea (a ruling against Ethiopia, guideline 9; "
   "background relative clause): optional; SUPPORT -> ERI accepted")

# ----------------------------- 1ad0e675-... (China curbs Australian imports after inquiry call, 2020)
S = "1ad0e675-8d0d-4360-ad42-91bb59dc97cf"
ev(S, "China's sudden decision to ban Australian meat", "decision to ban Australian meat from four major suppliers",
   "SANCTION", "discontinue", ["CHN"], ["China's"], ["AUS"], ["Australian"],
   note="China bans meat from four major Australian suppliers: a trade ban is SANCTION/discontinue "
   "(guideline 8); the suppliers are Australian companies (AUS)")
ev(S, "China's sudden decision to ban Australian meat", "Canberra's push for a global investigation into the origins of the COVID-19 pandemic",
   "REQUEST", "", ["AUS"], ["Canberra's"], [], [],
   accept_types=["ACCUSE"], accept_recipient=[["CHN"], ["UNO"]],
   note="Australia's push for a global inquiry into the pandemic's origins (nominal, guideline 1): "
   "a call for an investigation is REQUEST; no addressee named (empty recipient; CHN, the "
   "inquiry's implied target, or UNO accepted); ACCUSE/investigate accepted")
ev(S, "China has indicated it will impose", "will impose an 80 percent tariff on Australian barley exports",
   "SANCTION", "discontinue", ["CHN"], ["China"], ["AUS"], ["Australian"],
   future=True, accept_types=["THREATEN"],
   note="China signals an 80 percent tariff on Australian barley: an announced tariff is SANCTION "
   "future=true (guideline 4: announced non-cooperative acts); THREATEN accepted")
ev(S, "It has also banned red meat", "has also banned red meat from four Australian suppliers",
   "SANCTION", "discontinue", ["CHN"], ["It"], ["AUS"], ["Australian"],
   optional=True,
   note="the meat ban of sentence 0 retold with detail: optional")
ev(S, "Opposition politicians and academics believe", "Australia's call for an international inquiry",
   "REQUEST", "", ["AUS"], ["Australia's"], [], [],
   optional=True, accept_types=["ACCUSE"], accept_recipient=[["CHN"], ["UNO"]],
   note="Australia's call for an inquiry retold (a restatement of sentence 0's push; the analysts' "
   "'payback' view is not an event): optional")
ev(S, "Last month, China's ambassador to Australia", "threatened a consumer backlash against Australian exports",
   "THREATEN", "restrict", ["CHN"], ["China's ambassador"], ["AUS"], ["Australia"],
   note="China's ambassador threatens a consumer backlash against Australian exports over the "
   "inquiry push: THREATEN/restrict (boycott); Canberra's attempt to win support for a probe is a "
   "back-reference to the push of sentence 0, not coded again")
ev(S, "But authorities in Beijing this week", "asserted that Australian agricultural exporters have violated quarantine regulations",
   "ACCUSE", "allege", ["CHN"], ["authorities in Beijing"], ["AUS"], ["Australian agricultural exporters"],
   note="Beijing says Australian exporters broke quarantine rules: ACCUSE/allege CHN -> AUS "
   "(exporters, AUS); the breaches are the charge's content. Birmingham's belief (sentence 7) is "
   "not an event")


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round24.jsonl", STORIES_JSONL, STORIES, E)

"""Build `round14.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 14 takes its stories from the search store, as rounds 7-13. The texts are kept readable in
`round14_stories_source.txt`; this script rebuilds `round14-stories.jsonl` from it and resolves the
annotation written below against those texts, with the tools of round 9 (its builder's paths and
`common.write_stories` / `common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round14.py

Fields are those of rounds 3-12 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05; other
future cooperation AGREE with `future=false`, its rule 4; signing an agreement SUPPORT, its rule
15). An actor or recipient named only in an earlier sentence is listed in `context_mentions`
(filled in by `common`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths and helpers (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round14_stories_source.txt"
STORIES_JSONL = f"{HERE}/round14-stories.jsonl"
STORIES = ["india-pakistan-fm-2011", "134702", "1875201", "405327", "1520098", "sudan-talks-2012"]

E: list[dict] = []
ev = make_ev(E)

# ----------------------------------------- india-pakistan-fm-2011 (India-Pakistan talks, 2011)
S = "india-pakistan-fm-2011"
ev(S, "The foreign ministers of India and Pakistan called", "held their first meeting",
   "CONSULT", "", ["IND", "PAK"], ["India", "Pakistan"], [], [],
   accept_actor=[["IND"], ["PAK"]], accept_recipient=[["PAK"], ["IND"]],
   note="the two foreign ministers meet in New Delhi: reciprocal CONSULT (both in actor)")
ev(S, "The foreign ministers of India and Pakistan called", "called for a new",
   "AGREE", "", ["IND", "PAK"], ["India", "Pakistan"], [], [],
   optional=True, accept_types=["REQUEST", "SUPPORT", "COOPERATE"],
   accept_actor=[["IND"], ["PAK"]], accept_recipient=[["PAK"], ["IND"]],
   note="both ministers call for a 'cooperative' relationship between their own countries: a "
   "shared statement of intent more than a demand on a third party; optional (AGREE, or REQUEST/"
   "SUPPORT as coded by others)")
ev(S, "The foreign ministers of India and Pakistan called", "since peace talks resumed earlier this year",
   "CONSULT", "", ["IND", "PAK"], ["India", "Pakistan"], [], [],
   optional=True, accept_actor=[["IND"], ["PAK"]],
   note="the resumption of the peace talks, told again in detail in sentence 7 (which carries the "
   "required event): optional here")
ev(S, "Krishna told reporters that cooperation with Pakistan", "cooperation with Pakistan is in the interest of peace",
   "SUPPORT", "", ["IND"], ["Krishna"], ["PAK"], ["Pakistan"],
   optional=True, accept_types=["AGREE"],
   note="India's minister speaks for cooperation with Pakistan: an attitude (optional); Krishna is "
   "India's foreign minister (previous sentence); 'told reporters' is a media contact (not coded)")
ev(S, "Pakistan's newly-appointed foreign minister Hina Rabbani Khar", "should not be “held hostage by the past.”",
   "SUPPORT", "", ["PAK"], ["Pakistan's"], ["IND"], ["the nuclear-armed neighbors"],
   optional=True, accept_types=["AGREE"], accept_recipient=[[]],
   note="Khar's wish that ties not be held hostage by the past: an attitude (optional)")
ev(S, "On Tuesday, Indian Foreign Secretary Nirupama Rao", "met in New Delhi",
   "CONSULT", "", ["IND", "PAK"], ["Indian", "Pakistani"], [], [],
   accept_actor=[["IND"], ["PAK"]], accept_recipient=[["PAK"], ["IND"]],
   note="the foreign secretaries' preparatory meeting: reciprocal CONSULT; 'to lay the groundwork' "
   "is a purpose (not coded)")
ev(S, "The two foreign secretaries discussed", "discussed confidence-building measures",
   "CONSULT", "", ["IND", "PAK"], ["Indian", "Pakistani"], [], [],
   optional=True, accept_actor=[["IND"], ["PAK"]],
   note="what the same meeting discussed (a retelling of the previous sentence): optional; the "
   "two secretaries are named in the previous sentence")
ev(S, "Peace talks between the South Asian neighbors resumed", "Peace talks between the South Asian neighbors resumed in February",
   "CONSULT", "", ["IND", "PAK"], ["the South Asian neighbors", "the South Asian neighbors"], [], [],
   accept_actor=[["IND"], ["PAK"]], accept_types=["AGREE"],
   note="the resumption of the India-Pakistan peace talks in February (background told as an event "
   "with named parties, guideline 1): reciprocal CONSULT; the one phrase names both countries "
   "(repeated for each code)")
ev(S, "Peace talks between the South Asian neighbors resumed", "killed in an attack by Pakistani militants",
   "ASSAULT", "", ["PAK"], ["Pakistani militants"], ["IND"], ["India's"],
   note="the 2008 Mumbai attack by Pakistani militants (a nominal with a named party, guideline 1): "
   "ASSAULT; the militants take their country's code (PAK)")
ev(S, "Earlier this month, a series of bomb blasts killed", "a series of bomb blasts killed 24 people",
   "ASSAULT", "bomb", [], [], ["IND"], ["Mumbai"],
   accept_recipient=[[]],
   note="the July 2011 Mumbai bombings: ASSAULT/bomb with no perpetrator named (the story says no "
   "one claimed them); the target is Mumbai (IND); an empty recipient accepted")
ev(S, "Indian authorities have questioned suspected members", "have questioned suspected members",
   "ACCUSE", "investigate", ["IND"], ["Indian authorities"], ["IND"], ["the Indian Mujahideen"],
   accept_types=["COERCE"], accept_recipient=[[]],
   note="Indian investigators question suspects from the Indian Mujahideen: a probe, "
   "ACCUSE/investigate (guideline 9); the group is domestic (IND); COERCE (detention for "
   "questioning) accepted; 'a banned group linked to' is a state (not coded)")
ev(S, "Indian authorities have questioned suspected members", "which has claimed past attacks in India",
   "ASSAULT", "", ["PAK"], ["Pakistan's Lashkar-e-Taiba"], ["IND"], ["India"],
   optional=True, accept_types=["ACCUSE"],
   note="Lashkar-e-Taiba's past attacks in India, told as a claim of responsibility in a relative "
   "clause: background, optional; the group is Pakistan-based (PAK)")
ev(S, "Pakistan condemned the violence", "Pakistan condemned the violence",
   "ACCUSE", "disapprove", ["PAK"], ["Pakistan"], [], [],
   accept_recipient=[["IND"]],
   note="Pakistan condemns the Mumbai bombings: ACCUSE/disapprove (guideline 14); the perpetrators "
   "are unknown, so no recipient (IND, where the attack took place, accepted)")
ev(S, "Muslim separatists have been fighting", "have been fighting for Kashmir's independence",
   "ASSAULT", "", ["IND"], ["Muslim separatists"], ["IND"], ["Hindu-majority India"],
   optional=True, accept_recipient=[[]],
   note="the Kashmir insurgency as background (an ongoing state more than an event): optional; the "
   "separatists are coded by the polity they fight in (IND)")

# ------------------------------------------------- 134702 (Thai-Cambodian clashes, ASEAN, 2011)
S = "134702"
ev(S, "Indonesia's foreign minister is in Bangkok", "is in Bangkok for talks",
   "CONSULT", "visit", ["IDN"], ["Indonesia's foreign minister"], ["THA"], ["Bangkok"],
   accept_types=["AGREE"], accept_actor=[["IDN", "THA"]], accept_recipient=[[]],
   note="Indonesia's foreign minister (ASEAN chair) visits Bangkok for talks: CONSULT, visitor as "
   "actor and host as recipient; 'aimed at ending border clashes' is a purpose (not coded)")
ev(S, "Indonesia's foreign minister is in Bangkok", "border clashes between Thailand and Cambodia",
   "ASSAULT", "", ["THA", "KHM"], ["Thailand", "Cambodia"], [], [],
   accept_actor=[["THA"], ["KHM"]], accept_recipient=[["KHM"], ["THA"]],
   note="the border fighting between the two armies (a nominal with named parties, guideline 1): "
   "two-sided fighting, both in actor")
ev(S, "The border area near Preah Vihear temple", "troops exchanged automatic weapons and artillery fire",
   "ASSAULT", "", ["THA", "KHM"], ["Thailand", "Cambodia"], [], [],
   optional=True, accept_actor=[[]],
   note="the same fighting told in detail (four days of fire): optional; the troops are those of "
   "the two countries of the previous sentence; 'was reported quiet but tense' is a state "
   "(not coded)")
ev(S, "Indonesian Foreign Minister Marty Natalegawa", "had a meeting scheduled Tuesday in Bangkok",
   "AGREE", "", ["IDN"], ["Indonesian"], ["THA"], ["Thai"],
   future=True, accept_types=["CONSULT"], accept_actor=[["IDN", "THA"]], accept_recipient=[[]],
   note="Natalegawa's meeting with the Thai foreign minister, scheduled for the day of the story: "
   "a planned meeting, AGREE with future=true (guideline note of 2026-12-05); CONSULT accepted "
   "(the meeting may have been held by the time of writing)")
ev(S, "A day earlier in Cambodia, he stressed", "\"the guns must be silent in Southeast Asia.\"",
   "REQUEST", "", ["IDN"], ["he"], [], [],
   accept_recipient=[["KHM", "THA"], ["KHM"]], accept_types=["ACCUSE"],
   note="the ASEAN chair's appeal that the guns fall silent: a call for a ceasefire, REQUEST; 'he' "
   "is Natalegawa (IDN) of the previous sentence; no party is named ('Southeast Asia' is no "
   "code), the two combatants accepted; the trigger may be taken at 'stressed'")
ev(S, "A day earlier in Cambodia, he stressed", "A day earlier in Cambodia",
   "CONSULT", "visit", ["IDN"], ["he"], ["KHM"], ["Cambodia"],
   optional=True,
   note="Natalegawa's stop in Cambodia the day before, implied by the place phrase: optional visit")
ev(S, "Both the Cambodian and Thai governments have written", "have written to the United Nations Security Council",
   "REQUEST", "", ["KHM", "THA"], ["Cambodian", "Thai"], ["UNO"], ["the United Nations Security Council"],
   accept_types=["ACCUSE", "CONSULT"], accept_actor=[["KHM"], ["THA"]],
   note="both governments take the dispute to the Security Council by letter (appeals, each "
   "blaming the other): REQUEST (ACCUSE or CONSULT accepted)")
ev(S, "Both the Cambodian and Thai governments have written", "has asked to have U.N. peacekeepers dispatched to the area",
   "REQUEST", "", ["KHM"], ["Cambodian Prime Minister Hun Sen"], ["UNO"], ["U.N."],
   note="Hun Sen asks for UN peacekeepers: REQUEST to the UN")
ev(S, "But a spokesman said in New York Monday", "the council will await the outcome",
   "REJECT", "", ["UNO"], ["the council"], [], [],
   optional=True, accept_recipient=[["KHM"], ["KHM", "THA"]],
   note="the Security Council defers action on the requests: an implicit refusal (optional); the "
   "requester, Cambodia (peacekeepers), is not named in the sentence (accepted as recipient)")
ev(S, "But a spokesman said in New York Monday", "Natalegawa's mediation efforts",
   "CONSULT", "", ["IDN"], ["Natalegawa's"], [], [],
   optional=True, accept_recipient=[["KHM", "THA"]],
   note="Indonesia's mediation, a nominal re-mention of the talks of sentences 0 and 2: optional")
ev(S, "Each side has blamed the other", "Each side has blamed the other",
   "ACCUSE", "allege", ["KHM", "THA"], ["Each side", "Each side"], [], [],
   accept_actor=[["KHM"], ["THA"]], accept_recipient=[["THA"], ["KHM"]],
   note="mutual blame for starting the fighting: reciprocal ACCUSE/allege (both in actor); 'Each "
   "side' covers both countries (repeated for each code); the fighting is the content of the "
   "accusation and a re-mention (guideline 2)")
ev(S, "Each side has blamed the other", "the fighting, which began Friday",
   "ASSAULT", "", ["KHM", "THA"], ["Each side", "Each side"], [], [],
   optional=True, accept_actor=[[]],
   note="the fighting named as the object of the blame (and told again with its dates): optional")
ev(S, "The 900-year-old Hindu temple was awarded to Cambodia", "was awarded to Cambodia by the World Court",
   "SANCTION", "convict", ["UNO"], ["the World Court"], [], [],
   optional=True, accept_types=["SUPPORT", "CONCEDE"], accept_recipient=[["THA"], ["KHM"]],
   note="the 1962 ICJ ruling for Cambodia (background; a court ruling against a party is "
   "SANCTION/convict, guideline 9, but the party ruled against, Thailand, is not named): optional; "
   "'remains in dispute' is a state")
ev(S, "Cambodia claims a wing of the temple collapsed", "Cambodia claims",
   "ACCUSE", "allege", ["KHM"], ["Cambodia"], ["THA"], ["Thai"],
   accept_recipient=[[]],
   note="Cambodia says Thai artillery hit the temple: an accusation, ACCUSE/allege against Thailand")
ev(S, "Cambodia claims a wing of the temple collapsed", "being hit by Thai artillery",
   "ASSAULT", "", ["THA"], ["Thai"], ["KHM"], ["Cambodia"],
   optional=True, accept_recipient=[[]],
   note="the shelling of the temple, the content of Cambodia's claim (guideline 2): optional")

# --------------------------------------------------- 1875201 (US sanctions on Russia, Crimea, 2014)
S = "1875201"
ev(S, "U.S. President Barack Obama announced on Thursday morning", "expanded sanctions against Russia",
   "SANCTION", "", ["USA"], ["U.S."], ["RUS"], ["Russia"],
   note="the US announces wider sanctions on Russia: SANCTION (guideline 8); the trigger may be "
   "taken at 'announced'")
ev(S, "U.S. President Barack Obama announced on Thursday morning", "its annexation of the Crimean peninsula",
   "COERCE", "", ["RUS"], ["Russia"], ["UKR"], ["the Crimean peninsula"],
   accept_types=["ASSAULT", "MOBILIZE"], accept_recipient=[[]],
   note="Russia's annexation of Crimea (a nominal with a named party, guideline 1): the seizure of "
   "another state's territory, COERCE (ASSAULT and MOBILIZE accepted); Crimea is Ukrainian (UKR)")
ev(S, "Speaking on the South Lawn of the White House", "will impose more sanctions on Russian government officials",
   "SANCTION", "", ["USA"], ["the U.S."], ["RUS"], ["Russian government officials"],
   optional=True, future=True,
   note="the sanctions of the lede told in detail (officials, Bank Rossiya): optional; as a "
   "non-cooperative act announced for later, future=true (guideline 4)")
ev(S, "\"Russia must know that further escalation", "\"Russia must know that further escalation will only isolate it further",
   "THREATEN", "", ["USA"], ["Obama"], ["RUS"], ["Russia"],
   note="Obama warns Russia that escalation will isolate it: a warning, THREATEN")
ev(S, "\"Russia must know that further escalation", "sanctions will possibly be expanded",
   "SANCTION", "", ["USA"], ["Obama"], ["RUS"], ["the Russian economy"],
   optional=True, hypothetical=True, accept_types=["THREATEN"],
   note="possible further sanctions: only possible (hypothetical=true, guideline 5), part of the "
   "warning; optional")
ev(S, "\"Over the last several days, we've continued", "deeply concerned",
   "ACCUSE", "disapprove", ["USA"], ["Obama"], [], [],
   accept_recipient=[["RUS"], ["UKR"]],
   note="'deeply concerned', the referendum called illegal and the annexation illegitimate: US "
   "disapproval, ACCUSE/disapprove (guideline 14); no party named in the clause ('events in "
   "Ukraine'); Russia accepted as recipient")
ev(S, "\"Over the last several days, we've continued", "an illegitimate move to annex the territory Crimea",
   "COERCE", "", [], [], ["UKR"], ["Crimea"],
   optional=True, accept_actor=[["RUS"]], accept_types=["ASSAULT", "MOBILIZE"],
   note="the annexation told again as the object of the criticism (a re-mention of sentence 0): "
   "optional; no actor named in the clause (Russia accepted)")
ev(S, "\"Over the last several days, we've continued", "including threats\" to Ukraine",
   "THREATEN", "", [], [], ["UKR"], ["Ukraine"],
   optional=True, accept_actor=[["RUS"]],
   note="the threats to Ukraine named in Obama's list, told with their author in the next sentence "
   "(which carries the required event): optional here")
ev(S, "He cited threats Russia has made", "threats Russia has made to the eastern and southern regions of Ukraine",
   "THREATEN", "", ["RUS"], ["Russia"], ["UKR"], ["Ukraine"],
   note="Russia's threats to eastern and southern Ukraine: THREATEN (a nominal with named parties); "
   "'He cited' is Obama's criticism, folded into the ACCUSE of the previous sentence")
ev(S, "\"These are all choices that the Russian government has made", "have been rejected by the international community as well as the government of Ukraine",
   "REJECT", "", ["UKR"], ["the government of Ukraine"], ["RUS"], ["the Russian government"],
   accept_types=["ACCUSE"], accept_actor=[["USA"]],
   note="Ukraine (and 'the international community', no code) rejects Russia's choices: REJECT "
   "UKR -> RUS; read as Obama's criticism of Russia, ACCUSE by the US is accepted")
ev(S, "Washington on Monday announced a first round of sanctions", "announced a first round of sanctions",
   "SANCTION", "", ["USA"], ["Washington"], ["RUS"], ["seven Russians"],
   accept_recipient=[["RUS", "UKR"]],
   note="Monday's first round of US sanctions on eleven people, seven of them Russians: SANCTION; "
   "the others (Ukrainians, per other reports) are not named, so RUS; 'the Crimean annexation' is "
   "a topic nominal here (not coded)")

# ------------------------------------------------------ 405327 (Bakassi handover to Cameroon, 2008)
S = "405327"
ev(S, "Barring any unexpected incident, Nigeria will Thursday handover", "will Thursday handover the disputed oil-rich Bakassi Peninsula to Cameroon",
   "CONCEDE", "", ["NGA"], ["Nigeria"], ["CMR"], ["Cameroon"],
   accept_types=["RETREAT", "AGREE"],
   note="Nigeria hands the Bakassi peninsula to Cameroon on the day of the story: yielding "
   "territory, CONCEDE; announced for the same day (guideline 4: announced future withdrawals "
   "are CONCEDE with future=false); RETREAT (the withdrawal) and AGREE accepted")
ev(S, "The Nigerian government has deployed more troops", "has deployed more troops and police in the area",
   "MOBILIZE", "", ["NGA"], ["The Nigerian government"], [], [],
   accept_recipient=[["CMR"]],
   note="Nigeria deploys troops and police to secure the handover: MOBILIZE (guideline 12); 'to "
   "ensure a peaceful handover' is a purpose")
ev(S, "The International Court of Justice ruled in 2002", "ruled in 2002 that Nigeria surrenders the disputed territory to Cameroon",
   "SANCTION", "convict", ["UNO"], ["The International Court of Justice"], ["NGA"], ["Nigeria"],
   accept_types=["REQUEST"],
   note="the ICJ's 2002 ruling against Nigeria (background told as an event with named parties): "
   "a court ruling that finds against a party is SANCTION/convict (guideline 9); the ICJ is UNO; "
   "the surrender it orders is the content of the ruling (not coded separately)")
ev(S, "Cameroonians are anxiously looking forward", "today's official handover of Bakassi",
   "CONCEDE", "", [], [], [], [],
   optional=True, accept_actor=[["NGA"]], accept_recipient=[["CMR"]],
   note="the handover named again (a re-mention of sentence 0): optional")
ev(S, "She told VOA Cameroonians are thankful", "Bakassi is being relinquished without a major war",
   "CONCEDE", "", [], [], [], [],
   optional=True, accept_actor=[["NGA"]], accept_recipient=[["CMR"]],
   note="the handover told again in a passive clause, no party named: optional; 'thankful' is an "
   "attitude")
ev(S, "\"To Cameroonians, it's a joy and a victory", "are resolving this conflict without war",
   "AGREE", "", ["CMR", "NGA"], ["Cameroon", "Nigeria"], [], [],
   optional=True, accept_types=["CONSULT", "CONCEDE"], accept_actor=[["CMR"], ["NGA"]],
   note="the two countries settle the dispute peacefully: a characterisation of the process in a "
   "quotation, optional")
ev(S, "We want to thank the former head of state of Nigeria", "We want to thank",
   "SUPPORT", "", ["CMR"], ["We"], ["NGA", "CMR"], ["former President Obasanjo", "Paul Biya"],
   optional=True, accept_recipient=[["NGA"]],
   note="the Cameroonian official thanks Obasanjo and Biya: praise (SUPPORT), optional; 'We' are "
   "Cameroonians (Ndoh, advisor to Cameroon's prime minister)")
ev(S, "We want to thank the former head of state of Nigeria", "they have come together",
   "CONSULT", "", ["NGA", "CMR"], ["former President Obasanjo", "Paul Biya"], [], [],
   optional=True, accept_types=["AGREE"], accept_actor=[["NGA"], ["CMR"]],
   note="the two presidents met and worked out the settlement (background, told vaguely): optional "
   "CONSULT")
ev(S, "We also want to thank the former United Nations Secretary General", "We also want to thank",
   "SUPPORT", "", ["CMR"], ["We"], ["UNO"], ["the former United Nations Secretary General"],
   optional=True,
   note="thanks to Kofi Annan: praise (SUPPORT), optional")
ev(S, "We also want to thank the former United Nations Secretary General", "heading this diplomacy",
   "CONSULT", "", ["UNO"], ["Kofi Annan"], ["NGA", "CMR"], ["Nigeria", "Cameroon"],
   optional=True, accept_recipient=[[]],
   note="Annan's mediation between Nigeria and Cameroon (background): optional CONSULT; the two "
   "countries are named in the previous sentences")
ev(S, "Most of the people living in Bakassi", "had filed a lawsuit to try to stop the handover",
   "ACCUSE", "allege", ["NGA"], ["some of them"], [], [],
   optional=True, accept_actor=[[], ["CMR"]], accept_recipient=[["NGA"]],
   note="Bakassi residents who see themselves as Nigerians sued to stop the handover: a lawsuit is "
   "ACCUSE/allege (guideline 9); the parties are unclear (the residents coded NGA by their stated "
   "affiliation, the defendant, presumably Nigeria's government, not named), so optional")
ev(S, "Ndoh said the Cameroon government would like", "would like for those Nigerians in Bakassi to remain there",
   "AGREE", "", ["CMR"], ["the Cameroon government"], ["NGA"], ["those Nigerians"],
   optional=True, accept_types=["SUPPORT", "REQUEST"],
   note="Cameroon wishes the Nigerians of Bakassi to stay: an offer or wish (optional)")

# ---------------------------------------------------- 1520098 (Turkey-Syria border shelling, 2012)
S = "1520098"
ev(S, "Turkey is continuing its response to a deadly Syrian mortar attack", "launching artillery strikes into Syria",
   "ASSAULT", "", ["TUR"], ["Turkey"], ["SYR"], ["Syria"],
   note="Turkey's artillery strikes into Syria for a second day: ASSAULT; 'continuing its response' "
   "is the same act")
ev(S, "Turkey is continuing its response to a deadly Syrian mortar attack", "a deadly Syrian mortar attack",
   "ASSAULT", "", ["SYR"], ["Syrian"], ["TUR"], ["Turkey"],
   note="the Syrian mortar attack on Akcakale (a nominal with a named party, guideline 1): ASSAULT "
   "SYR -> TUR")
ev(S, "Turkey is continuing its response to a deadly Syrian mortar attack", "considers a measure authorizing foreign military operations",
   "MOBILIZE", "", ["TUR"], ["the Turkish parliament"], [], [],
   optional=True, hypothetical=True, accept_types=["THREATEN"], accept_recipient=[["SYR"]],
   note="parliament weighs a war authorization: only possible so far (hypothetical), optional; "
   "MOBILIZE or THREATEN")
ev(S, "An aide to Turkish Prime Minister Recep Tayyip Erdogan says", "will retaliate when necessary",
   "THREATEN", "", ["TUR"], ["Turkey"], ["SYR"], ["Syria"],
   note="Turkey will retaliate when necessary: a conditional threat is a real speech act, THREATEN "
   "with hypothetical=false (guideline 5); 'not interested in war' is an attitude (not coded)")
ev(S, "The shelling Thursday targeted the same area", "The shelling Thursday targeted the same area",
   "ASSAULT", "", ["TUR"], ["Turkish forces"], ["SYR"], ["the Syrian mortars"],
   optional=True, accept_recipient=[[]],
   note="Thursday's Turkish shelling told again with its target: optional (a retelling of sentence "
   "0's strikes)")
ev(S, "Five Turkish civilians died Wednesday", "the mortars landed in a residential area in Akcakale",
   "ASSAULT", "", ["SYR"], ["Syrian"], ["TUR"], ["Turkish"],
   optional=True, accept_actor=[[]],
   note="the deaths from Wednesday's mortar fire (a retelling of sentence 0's Syrian attack; 'the "
   "mortars' are the Syrian mortars of the previous sentence): optional")
ev(S, "Turkish officials and the opposition Syrian Observatory", "the retaliatory strikes near the Syrian border town of Tel Abyad have killed Syrian soldiers",
   "ASSAULT", "", ["TUR"], ["Turkish"], ["SYR"], ["Syrian soldiers"],
   optional=True, accept_actor=[[]],
   note="the Turkish strikes and the Syrian soldiers they killed (a retelling of sentence 0 with "
   "its result): optional")
ev(S, "The measure before Turkey's parliament says Syria", "says Syria has carried out \"aggressive\" actions against Turkish soil",
   "ACCUSE", "allege", ["TUR"], ["Turkey's parliament"], ["SYR"], ["Syria"],
   note="the draft authorization accuses Syria of aggression: ACCUSE/allege; the aggression is its "
   "content (guideline 2)")
ev(S, "The measure before Turkey's parliament says Syria", "repeated warnings",
   "THREATEN", "", ["TUR"], ["Turkey's parliament"], ["SYR"], ["Syria"],
   optional=True, accept_actor=[[]],
   note="Turkey's earlier warnings to Syria (background nominal, the author implied): optional")
ev(S, "It says there is now a need to act quickly", "a need to act quickly",
   "THREATEN", "", ["TUR"], ["It"], [], [],
   optional=True, accept_recipient=[["SYR"]],
   note="the measure's call for quick action against threats: an implied warning, optional; 'It' is "
   "the Turkish measure of the previous sentence")
ev(S, "Syrian Information Minister Omran Zoabi said Damascus", "Damascus is investigating the origin of the mortar fire",
   "ACCUSE", "investigate", ["SYR"], ["Damascus"], [], [],
   accept_recipient=[["SYR"]],
   note="Syria investigates where the mortar fire came from: a probe, ACCUSE/investigate "
   "(guideline 9); no target named")
ev(S, "Syrian Information Minister Omran Zoabi said Damascus", "Syria offers its condolences to the Turkish people",
   "CONCEDE", "", ["SYR"], ["Syria"], ["TUR"], ["the Turkish people"],
   accept_types=["SUPPORT", "AGREE"],
   note="Syria's condolences for the Turkish dead: a conciliatory gesture short of an apology; "
   "CONCEDE (SUPPORT or AGREE accepted)")
ev(S, "Turkey's Prime Minister Recep Tayyip Erdogan said Wednesday", "will never fail to retaliate",
   "THREATEN", "", ["TUR"], ["Turkey's Prime Minister Recep Tayyip Erdogan"], ["SYR"], ["Syrian"],
   note="Erdogan: Turkey will never fail to retaliate: THREATEN")
ev(S, "Turkey's Prime Minister Recep Tayyip Erdogan said Wednesday", "what he called Syrian provocations",
   "ACCUSE", "allege", ["TUR"], ["Turkey's Prime Minister Recep Tayyip Erdogan"], ["SYR"], ["Syrian"],
   note="Erdogan calls Syria's acts provocations: ACCUSE/allege; 'Ankara acted within international "
   "law' is a defence of Turkey's strikes (not coded)")

# ------------------------------------------------------- sudan-talks-2012 (Sudans' talks, 2012)
S = "sudan-talks-2012"
ev(S, "Talks to resolve tension between Sudan and South Sudan", "have entered a second day",
   "CONSULT", "", ["SDN", "SSD"], ["Sudan", "South Sudan"], [], [],
   accept_actor=[["SDN"], ["SSD"]], accept_recipient=[["SSD"], ["SDN"]],
   note="the Addis Ababa talks between the two governments: reciprocal CONSULT; 'to resolve "
   "tension' is a purpose")
ev(S, "Talks to resolve tension between Sudan and South Sudan", "negotiations ended in shouting",
   "ACCUSE", "", ["SDN", "SSD"], ["Sudan", "South Sudan"], [], [],
   optional=True, accept_types=["REJECT", "CONSULT"],
   note="Tuesday's session ended in shouting: a verbal clash (optional)")
ev(S, "A VOA correspondent at the scene", "the sides try to resolve simmering disputes",
   "CONSULT", "", ["SDN", "SSD"], ["the sides", "the sides"], [], [],
   optional=True,
   note="the talks described again ('the talks are in a delicate stage'): optional; 'the sides' "
   "are the two Sudans")
ev(S, "Talks on the status of southerners", "turned into a shouting match",
   "CONSULT", "", ["SDN", "SSD"], ["Sudan", "South Sudan"], [], [],
   optional=True, accept_types=["ACCUSE"],
   note="the citizenship talks that broke down in shouting (retelling of sentence 0): optional; "
   "the parties are named in sentence 0")
ev(S, "A participant said those particular talks", "the sides continue to discuss the oil and boundary disputes",
   "CONSULT", "", ["SDN", "SSD"], ["the sides", "the sides"], [], [],
   optional=True,
   note="the talks go on (retelling): optional")
ev(S, "South Sudan has accused Sudan", "South Sudan has accused Sudan",
   "ACCUSE", "allege", ["SSD"], ["South Sudan"], ["SDN"], ["Sudan"],
   note="South Sudan accuses Sudan of excessive pipeline fees: ACCUSE/allege")
ev(S, "The dispute over fees has prompted South Sudan", "to shut down all oil production",
   "SANCTION", "discontinue", ["SSD"], ["South Sudan"], [], [],
   accept_types=["COERCE", "REJECT"], accept_recipient=[["SDN"]],
   note="South Sudan shuts down its oil production (so that none flows through Sudan's pipelines): "
   "a cut-off of economic exchange, SANCTION/discontinue (guideline 8); Sudan, not named in the "
   "clause, accepted as recipient")
ev(S, "On Tuesday, the U.N. Security Council expressed", "expressed “grave concern”",
   "ACCUSE", "disapprove", ["UNO"], ["the U.N. Security Council"], ["SDN", "SSD"], ["the two Sudans", "the two Sudans"],
   accept_recipient=[[]],
   note="the Security Council's 'grave concern' about the cross-border violence: ACCUSE/disapprove "
   "(guideline 14)")
ev(S, "On Tuesday, the U.N. Security Council expressed", "cross-border violence between the two Sudans",
   "ASSAULT", "", ["SDN", "SSD"], ["the two Sudans", "the two Sudans"], [], [],
   optional=True,
   note="the violence named as the object of the concern (guideline 2): optional")
ev(S, "The world body said it has reports of troop movements", "demanded that all parties cease military operations in the area",
   "REQUEST", "", ["UNO"], ["The world body"], [], [],
   accept_recipient=[["SDN", "SSD"]],
   note="the Council demands an end to military operations: REQUEST; 'all parties' names no code "
   "(the two Sudans accepted)")
ev(S, "The world body said it has reports of troop movements", "troop movements and airstrikes",
   "ASSAULT", "aerial", [], [], [], [],
   optional=True, accept_types=["MOBILIZE"], accept_actor=[["SDN"], ["SDN", "SSD"]],
   note="the reported troop movements and airstrikes, content of the Council's report with no "
   "party named: optional")
ev(S, "The council also urged the countries to respect", "urged the countries to respect a non-aggression pact",
   "REQUEST", "", ["UNO"], ["The council"], ["SDN", "SSD"], ["the countries", "the countries"],
   note="the Council urges both to respect their non-aggression pact: REQUEST")
ev(S, "The council also urged the countries to respect", "a non-aggression pact they signed",
   "SUPPORT", "", ["SDN", "SSD"], ["they", "they"], [], [],
   accept_types=["AGREE"], accept_actor=[["SDN"], ["SSD"]],
   note="the two signed a non-aggression pact less than a month before (background event with a "
   "named party, 'they' = the countries): signing is SUPPORT (guideline 15), AGREE accepted")
ev(S, "The African Union is mediating", "The African Union is mediating",
   "CONSULT", "", ["IGO"], ["The African Union"], ["SDN", "SSD"], ["Sudan", "South Sudan"],
   accept_actor=[["IGO", "SDN", "SSD"], ["SDN", "SSD"]], accept_recipient=[[]],
   note="the AU mediates the talks (IGO): CONSULT, the mediator as actor and the two parties as "
   "recipients; the reading with all three as participants accepted")
ev(S, "The south took over most Sudanese oil production", "took over most Sudanese oil production",
   "COERCE", "", ["SSD"], ["The south"], ["SDN"], ["Sudanese"],
   optional=True,
   note="the oil fields passed to the south at independence: a consequence of secession more than "
   "a seizure; optional")
ev(S, "The sides also disagree on borders", "accuse each other of supporting the other's rebel groups",
   "ACCUSE", "allege", ["SDN", "SSD"], ["The sides", "The sides"], [], [],
   accept_actor=[["SDN"], ["SSD"]], accept_recipient=[["SSD"], ["SDN"]],
   note="mutual accusations of backing rebels: reciprocal ACCUSE/allege; 'The sides' are the two "
   "Sudans; 'disagree on borders' is a state; the support is the content (guideline 2)")


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round14.jsonl", STORIES_JSONL, STORIES, E)

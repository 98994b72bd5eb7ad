"""Build `round9.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 9 takes its stories from the search store, as rounds 7 and 8 (the VOA corpus pool has no
international-relations story left without development-gold sentences; see `README.md`). The
texts are kept readable in `round9_stories_source.txt`; this script first rebuilds
`round9-stories.jsonl` from it (`common.write_stories`: every paragraph found in the source, a
truncated text ending at a complete sentence), then resolves the annotation written below
against those texts (`common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round9.py

Fields are those of rounds 3-8 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05). An
actor or recipient named only in an earlier sentence is listed in `context_mentions`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import make_ev, write_and_check, write_stories

HERE = "data/gold/spotcheck"
SOURCE = f"{HERE}/round9_stories_source.txt"
STORIES_JSONL = f"{HERE}/round9-stories.jsonl"
STORIES = ["3228053", "556286", "3680279", "1591355", "1652808", "7085116"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ------------------------------------- 3228053 (Saudi coalition and Houthis swap prisoners, 2016)
S = "3228053"
ev(
    S,
    "A Saudi-led coalition fighting in Yemen said",
    "had exchanged prisoners",
    "RETREAT",
    "release",
    ["SAU", "YEM"],
    ["A Saudi-led coalition", "Houthi"],
    [],
    [],
    accept_types=["COOPERATE", "CONCEDE"],
    accept_actor=[["SAU"]],
    accept_recipient=[["YEM"]],
    note="a prisoner swap: both sides release captives (RETREAT/release), reciprocal, so both in "
    "actor; the coalition-as-actor reading (recipient the Houthis) and COOPERATE/CONCEDE "
    "accepted; the Saudi-led coalition is SAU (its leader; the other Arab states are unnamed), the "
    "Houthis YEM",
)
ev(
    S,
    "A Saudi-led coalition fighting in Yemen said",
    "fighting in Yemen",
    "ASSAULT",
    "",
    ["SAU"],
    ["A Saudi-led coalition"],
    ["YEM"],
    ["Yemen"],
    optional=True,
    accept_actor=[["SAU", "YEM"]],
    accept_recipient=[[]],
    note="an attributive participle describing the coalition's ongoing war (a state-like "
    "description): optional",
)
ev(
    S,
    "A Saudi-led coalition fighting in Yemen said",
    "welcomed a pause in combat",
    "SUPPORT",
    "",
    ["SAU"],
    ["A Saudi-led coalition"],
    [],
    [],
    accept_recipient=[["YEM"]],
    note="the coalition welcomes the lull on the border: SUPPORT (praise/endorse); the pause is "
    "mutual and no recipient is named (the Houthis accepted)",
)
ev(
    S,
    "A Saudi-led coalition fighting in Yemen said",
    "a pause in combat on the border",
    "RETREAT",
    "ceasefire",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["SAU", "YEM"], ["SAU"], ["YEM"]],
    note="a lull that holds (guideline 7: a truce that holds is RETREAT/ceasefire) told as the "
    "object of the welcome, no party named: optional",
)
ev(
    S,
    "A Saudi-led coalition fighting in Yemen said",
    "the year-long war that has killed some 6,000 people",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["SAU", "YEM"], ["SAU"]],
    accept_recipient=[["YEM"]],
    note="the war and its toll, no party named in the phrase (a count): optional",
)
ev(
    S,
    "Riyadh's confirmation of a rare confidence-building",
    "was in Saudi Arabia for talks to end the war",
    "CONSULT",
    "visit",
    ["YEM"],
    ["the Houthis"],
    ["SAU"],
    ["Saudi Arabia"],
    accept_actor=[["SAU", "YEM"]],
    accept_recipient=[[]],
    note="a Houthi delegation in Saudi Arabia for talks: CONSULT/visit, visitor YEM, host SAU "
    "(the reciprocal reading accepted); 'Riyadh's confirmation' is a re-mention of sentence 0 "
    "(not coded); 'allies of the kingdom's arch foe Iran' is a state (not coded); 'to end the war' "
    "is a purpose",
)
ev(
    S,
    "However, both the Saudi Arabian and Yemeni foreign ministers",
    "must include Yemen's internationally recognized government",
    "REQUEST",
    "meet",
    ["SAU", "YEM"],
    ["Saudi Arabian", "Yemeni"],
    [],
    [],
    accept_types=["REJECT"],
    accept_actor=[["SAU"]],
    accept_recipient=[["YEM"], ["UNO"]],
    note="the two governments' ministers set conditions for formal negotiations (UN auspices, the "
    "government included): a demand about talks, REQUEST/meet; REJECT (of talks without the "
    "government) accepted; addressed to no named party (the Houthis, implied, accepted as YEM); "
    "the Yemeni minister is the Hadi government, YEM",
)
ev(
    S,
    "Riyadh and a coalition of Arab states entered",
    "entered Yemen's civil war",
    "ASSAULT",
    "",
    ["SAU"],
    ["Riyadh"],
    ["YEM"],
    ["Yemen"],
    accept_types=["MOBILIZE"],
    accept_recipient=[[]],
    note="the coalition's military intervention a year ago (background with named parties, "
    "guideline 1): ASSAULT SAU -> YEM (MOBILIZE accepted); 'a coalition of Arab states' has no "
    "code; 'in an attempt to restore' Hadi is a purpose (not coded)",
)
ev(
    S,
    "Riyadh and a coalition of Arab states entered",
    "ousted him from power",
    "COERCE",
    "",
    ["YEM"],
    ["the Houthis"],
    ["YEM"],
    ["President Abd-Rabbu Mansour Hadi"],
    accept_types=["ASSAULT"],
    note="the Houthis and Saleh's forces ousting Hadi: COERCE without mode (guideline 10, "
    "ousters); domestic armed groups take the country's code",
)
ev(
    S,
    "The Saudi state news agency SPA said Yemeni tribal mediators",
    "had facilitated the exchange",
    "CONSULT",
    "",
    ["YEM"],
    ["Yemeni tribal mediators"],
    ["SAU", "YEM"],
    ["Saudi", "the Houthis"],
    accept_types=["COOPERATE", "AID"],
    accept_recipient=[[], ["SAU"], ["YEM"]],
    note="Yemeni tribal mediators broker the swap: mediation, CONSULT (COOPERATE, AID accepted); "
    "recipients the two sides (a subset or none accepted)",
)
ev(
    S,
    "The Saudi state news agency SPA said Yemeni tribal mediators",
    "the exchange of a Saudi lieutenant",
    "RETREAT",
    "release",
    ["SAU", "YEM"],
    ["Saudi", "the Houthis"],
    [],
    [],
    optional=True,
    accept_types=["COOPERATE", "CONCEDE"],
    accept_actor=[["SAU"], ["YEM"]],
    accept_recipient=[["YEM"], ["SAU"]],
    note="the swap of sentence 0 told again in detail (the lieutenant for seven prisoners): "
    "optional retelling",
)
ev(
    S,
    "The Saudi state news agency SPA said Yemeni tribal mediators",
    "captured by the Houthis",
    "ASSAULT",
    "abduct",
    ["YEM"],
    ["the Houthis"],
    ["SAU"],
    ["a Saudi lieutenant"],
    accept_types=["COERCE"],
    note="a Saudi officer captured in the fighting by the Houthis: ASSAULT/abduct (guideline 12, "
    "combatants captured in fighting); a participle clause with named parties (guideline 1); "
    "COERCE/arrest accepted",
)
ev(
    S,
    "The Saudi state news agency SPA said Yemeni tribal mediators",
    "held in the kingdom",
    "COERCE",
    "arrest",
    ["SAU"],
    ["the kingdom"],
    ["YEM"],
    ["Yemeni prisoners"],
    optional=True,
    note="Yemeni prisoners held in Saudi Arabia: a detention told as a state (guideline 1c): "
    "optional",
)
ev(
    S,
    "Quoting a Saudi statement, SPA also said",
    "welcomed the continuation of a state of calm",
    "SUPPORT",
    "",
    ["SAU"],
    ["the coalition forces"],
    [],
    [],
    optional=True,
    accept_recipient=[["YEM"]],
    note="the coalition's welcome of the calm, quoted: a restatement of sentence 0 (optional); "
    "'which contributes to arriving at a political solution' is an assessment (not coded); "
    "'the exchange happened on the border' (sentence 5) is a back-reference (not coded)",
)

# ----------------------------------------- 556286 (India and Pakistan foreign ministers, 2008)
S = "556286"
ev(
    S,
    "The foreign ministers of India and Pakistan have held",
    "have held nearly two hours of talks",
    "CONSULT",
    "",
    ["IND", "PAK"],
    ["India", "Pakistan"],
    [],
    [],
    accept_actor=[["PAK"]],
    accept_recipient=[["IND"]],
    note="talks between the two foreign ministers: reciprocal CONSULT (both in actor); the "
    "visitor/host reading (Pakistan's minister visiting New Delhi, sentence 16) accepted",
)
ev(
    S,
    "No significant breakthroughs were announced",
    "No significant breakthroughs were announced",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    negated=True,
    accept_actor=[["IND", "PAK"]],
    note="a negated agreement with no party named in the sentence (guideline 6): optional; 'the "
    "talks' is a re-mention",
)
ev(
    S,
    "India is rejecting third-party mediation",
    "is rejecting third-party mediation",
    "REJECT",
    "meet",
    ["IND"],
    ["India"],
    [],
    [],
    accept_recipient=[["PAK"], ["USA"]],
    note="India refuses outside mediation on Kashmir: REJECT (the first full statement of the "
    "refusal; sentences 3 and 6 tell it again); no third party is named (Pakistan or the US of the "
    "next sentence accepted); 'its long-standing territorial dispute' is a state (not coded)",
)
ev(
    S,
    "Speaking at a joint news conference with his Pakistani counterpart",
    "brushed aside press reports",
    "REJECT",
    "",
    ["IND"],
    ["India"],
    [],
    [],
    optional=True,
    accept_recipient=[["USA"]],
    note="Mukherjee dismisses the reports of a US envoy: the refusal of sentence 2 told in detail "
    "(optional restatement); 'may appoint ... as a special envoy' is a press report's possibility "
    "(hypothetical, not coded)",
)
ev(
    S,
    "Speaking at a joint news conference with his Pakistani counterpart",
    "a joint news conference",
    "CONSULT",
    "",
    ["IND", "PAK"],
    ["India", "Pakistani"],
    [],
    [],
    optional=True,
    note="the joint news conference, part of the talks of sentence 0: optional",
)
ev(
    S,
    "Therefore there is no question of having any intervention",
    "there is no question of having any intervention by any third party",
    "REJECT",
    "",
    ["IND"],
    ["he"],
    [],
    [],
    optional=True,
    note="Mukherjee's quoted refusal of third-party intervention: a restatement of sentence 2 "
    "(optional); 'he' is Mukherjee (India)",
)
ev(
    S,
    "The nuclear-armed neighbors have fought three wars",
    "have fought three wars",
    "ASSAULT",
    "",
    ["IND", "PAK"],
    ["The nuclear-armed neighbors", "The nuclear-armed neighbors"],
    [],
    [],
    optional=True,
    note="historical background (three wars since 1947), the parties named only as 'the "
    "neighbors': optional",
)
ev(
    S,
    "India's cricketers are resisting a planned four-week tour",
    "are resisting a planned four-week tour of Pakistan",
    "REJECT",
    "",
    ["IND"],
    ["India"],
    ["PAK"],
    ["Pakistan"],
    note="the Indian team resists touring Pakistan over security: REJECT IND -> PAK (a sports body "
    "takes its country's code); 'recent suicide attacks and other bombings there' is coded "
    "separately",
)
ev(
    S,
    "India's cricketers are resisting a planned four-week tour",
    "recent suicide attacks and other bombings there",
    "ASSAULT",
    "suicide-attack",
    [],
    [],
    ["PAK"],
    ["Pakistan"],
    optional=True,
    accept_recipient=[[]],
    note="bombings in Pakistan with no perpetrator named, told as the reason for the refusal: "
    "optional",
)
ev(
    S,
    "Pakistani foreign minister Shah Mahmood Qureshi is making a public appeal",
    "is making a public appeal to the India squad",
    "REQUEST",
    "",
    ["PAK"],
    ["Pakistani"],
    ["IND"],
    ["India"],
    note="Qureshi appeals to the Indian team to tour: REQUEST PAK -> IND",
)
ev(
    S,
    '"We assure you of all the security that is required.',
    "We assure you of all the security",
    "AGREE",
    "",
    ["PAK"],
    ["We"],
    ["IND"],
    ["you"],
    optional=True,
    accept_types=["SUPPORT"],
    note="Qureshi's quoted guarantee of security to the Indian team: a promise (AGREE), part of "
    "the appeal of sentence 11: optional; 'We will address all issues' (sentence 13) not coded",
)
ev(
    S,
    "So come to Pakistan.",
    "So come to Pakistan",
    "REQUEST",
    "",
    ["PAK"],
    ["Qureshi"],
    ["IND"],
    ["India"],
    optional=True,
    note="the quoted invitation, a restatement of the appeal of sentence 11: optional (speaker "
    "and addressee named in the sentences before)",
)
ev(
    S,
    "As a gesture of good will timed to coincide",
    "Pakistan released 100 Indian fishermen",
    "RETREAT",
    "release",
    ["PAK"],
    ["Pakistan"],
    ["IND"],
    ["Indian"],
    accept_types=["CONCEDE"],
    note="Pakistan frees 100 Indian fishermen as a goodwill gesture: RETREAT/release PAK -> IND "
    "(CONCEDE accepted)",
)
ev(
    S,
    "As a gesture of good will timed to coincide",
    "Qureshi's trip to India",
    "CONSULT",
    "visit",
    ["PAK"],
    ["Qureshi"],
    ["IND"],
    ["India"],
    optional=True,
    note="a nominal re-mention of the visit behind the talks of sentence 0: optional",
)
ev(
    S,
    "As a gesture of good will timed to coincide",
    "who had been arrested in Pakistani waters",
    "COERCE",
    "arrest",
    ["PAK"],
    ["Pakistani"],
    ["IND"],
    ["Indian"],
    optional=True,
    accept_actor=[[]],
    note="the earlier arrest of the fishermen, passive (the arresting party only implied by "
    "'Pakistani waters'): optional",
)
ev(
    S,
    "Indian officials say several hundred more are still being held",
    "are still being held in Pakistani jails",
    "COERCE",
    "arrest",
    ["PAK"],
    ["Pakistani"],
    ["IND"],
    ["Indian"],
    optional=True,
    note="continued detention told as a state by Indian officials: optional",
)

# --------------------------------------------- 3680279 (US sanctions on Milorad Dodik, 2017)
S = "3680279"
ev(
    S,
    "The U.S. Treasury Department has imposed financial sanctions",
    "has imposed financial sanctions",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["The U.S. Treasury Department"],
    ["BIH"],
    ["Bosnian Serb leader Milorad Dodik"],
    note="US Treasury sanctions on the Bosnian Serb leader: SANCTION/discontinue USA -> BIH "
    "(Republika Srpska takes Bosnia's code); 'for actively obstructing the ... peace accords' is "
    "the ground of the sanction (the content of a charge, guideline 2: not coded); the "
    "'U.S.-brokered peace accords that ended Bosnia's war in 1995' are background (not coded)",
)
ev(
    S,
    "The sanctions, imposed Tuesday, allow U.S. authorities",
    "to block access by Dodik to any of his property",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["U.S. authorities"],
    ["BIH"],
    ["Dodik"],
    optional=True,
    accept_types=["COERCE"],
    note="what the sanctions of sentence 0 allow: a restatement (optional)",
)
ev(
    S,
    "Dodik, who is president of Bosnia's autonomous Serb Republic",
    "has been criticized by the West",
    "ACCUSE",
    "disapprove",
    [],
    [],
    ["BIH"],
    ["Dodik"],
    optional=True,
    accept_actor=[["USA"], ["EUR"]],
    note="criticism by 'the West', a construct with no code: the guideline does not code an event "
    "whose actor is only such a construct, so optional (US or EU as actor accepted)",
)
ev(
    S,
    "Dodik, who is president of Bosnia's autonomous Serb Republic",
    "in defiance of the Bosnia and Herzegovina constitutional court",
    "REJECT",
    "",
    ["BIH"],
    ["Dodik"],
    ["BIH"],
    ["the Bosnia and Herzegovina constitutional court"],
    note="holding the holiday against the constitutional court's ruling: defiance, REJECT "
    "BIH -> BIH (Dodik and the court both take Bosnia's code); 'leading a campaign to celebrate' "
    "a holiday is domestic politics (not coded)",
)
ev(
    S,
    "The Republic Day commemorates the proclamation",
    "the inter-ethnic 1992-1995 conflict erupted",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["BIH"]],
    note="the 1992-1995 war as background, no party named: optional; the 1992 proclamation is "
    "history told as the holiday's meaning (not coded)",
)
ev(
    S,
    "An overwhelming majority of Bosnian Serb voters",
    "supported Dodik's referendum",
    "SUPPORT",
    "",
    ["BIH"],
    ["Bosnian Serb voters"],
    ["BIH"],
    ["Dodik"],
    optional=True,
    note="a referendum vote (guideline 13: ordinary votes are not political events): optional",
)
ev(
    S,
    "The holiday, however, causes deep anguish",
    "the 1995 Srebrenica massacre of some 8,000 Muslim males by Bosnian Serb forces",
    "ASSAULT",
    "",
    ["BIH"],
    ["Bosnian Serb forces"],
    ["BIH"],
    ["Muslim males"],
    note="the Srebrenica massacre, a nominal with its perpetrator and victims named (guideline 1, "
    "as round 8's 'Russia's invasion of Ukraine'): ASSAULT BIH -> BIH (1995, background in the "
    "story but a named event)",
)
ev(
    S,
    "John Smith, a senior Treasury Department official, said",
    "Milorad Dodik poses a significant threat",
    "ACCUSE",
    "allege",
    ["USA"],
    ["Treasury Department"],
    ["BIH"],
    ["Milorad Dodik"],
    note="the Treasury official charges that Dodik obstructs Dayton and threatens Bosnia's "
    "sovereignty: ACCUSE/allege USA -> BIH ('poses a significant threat' is the content of the "
    "charge, not a THREATEN by Dodik: guideline 2); the Dayton agreement's terms (sentence 6) are "
    "background (not coded)",
)

# -------------------------------------------- 1591355 (French-backed forces retake Gao, 2013)
S = "1591355"
ev(
    S,
    "French officials say French-backed Malian forces have recaptured",
    "have recaptured the strategic city of Gao",
    "ASSAULT",
    "",
    ["MLI"],
    ["Malian forces"],
    ["MLI"],
    ["Islamist militant"],
    accept_types=["COERCE"],
    accept_actor=[["FRA", "MLI"]],
    accept_recipient=[[], ["IMG"]],
    note="Malian forces, backed by France, retake Gao from the Islamists: ASSAULT MLI -> MLI "
    "(domestic insurgents take the country's code; IMG accepted since the groups are "
    "al-Qaida-linked; France as co-actor accepted); 'French officials say' is the source",
)
ev(
    S,
    "French officials say French-backed Malian forces have recaptured",
    "French-backed",
    "AID",
    "",
    ["FRA"],
    ["French"],
    ["MLI"],
    ["Malian forces"],
    optional=True,
    accept_types=["SUPPORT", "COOPERATE"],
    note="French military backing told as an attribute: optional",
)
ev(
    S,
    "The French defense ministry said Saturday that a contingent of troops",
    "was moving into the city to help maintain stability",
    "AID",
    "",
    ["NGA", "TCD"],
    ["Nigeria", "Chad"],
    [],
    [],
    accept_types=["MOBILIZE"],
    accept_recipient=[["MLI"]],
    note="Nigerian and Chadian troops deploy into Gao to keep order: forces deployed for "
    "stabilisation/peacekeeping are AID (guideline 12; MOBILIZE accepted); Mali is not named in "
    "the sentence (accepted as recipient)",
)
ev(
    S,
    "VOA correspondent Idrissa Fall, who is in Mali",
    "the military intervention in Gao",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["FRA"], ["FRA", "MLI"]],
    accept_recipient=[["MLI"]],
    note="a nominal re-mention of the operation with no party named (guideline 1a/b): optional; "
    "the mayor's return (sentence 2), Gao as a 'haven' and the MNLA's earlier proclamation of "
    "independence (quoted background) are not coded",
)
ev(
    S,
    "Earlier Saturday, French and Malian forces regained control",
    "regained control of Gao's airport and a nearby bridge",
    "ASSAULT",
    "",
    ["FRA", "MLI"],
    ["French", "Malian"],
    [],
    [],
    accept_types=["COERCE"],
    accept_actor=[["MLI"]],
    accept_recipient=[["MLI"], ["IMG"]],
    note="French and Malian troops take the airport and bridge: ASSAULT by both forces; the "
    "militants are not named in the sentence (MLI or IMG accepted)",
)
ev(
    S,
    "French Defense Minister Jean-Yves Le Drian said the forces used",
    "used an air and ground operation",
    "ASSAULT",
    "aerial",
    ["FRA", "MLI"],
    ["the forces", "the forces"],
    ["MLI"],
    ["the militants"],
    optional=True,
    accept_actor=[["FRA"], ["MLI"]],
    accept_recipient=[[], ["IMG"]],
    note="the operation of sentence 7 described (its means; 'to cut off the logistic ... "
    "capabilities' is its purpose): optional",
)
ev(
    S,
    "France began a military offensive in Mali earlier this month",
    "began a military offensive in Mali",
    "ASSAULT",
    "",
    ["FRA"],
    ["France"],
    ["MLI"],
    ["rebels"],
    accept_recipient=[[], ["IMG"]],
    note="France's offensive against the rebels in Mali: ASSAULT FRA -> MLI (the rebels are the "
    "target; empty or IMG accepted)",
)
ev(
    S,
    "France began a military offensive in Mali earlier this month",
    "seized control of much of the country's north",
    "ASSAULT",
    "",
    ["MLI"],
    ["rebels"],
    ["MLI"],
    ["the country"],
    accept_types=["COERCE", "MOBILIZE"],
    accept_actor=[["IMG"]],
    note="the rebels' seizure of the north last year, a relative clause with a named party "
    "(guideline 1): ASSAULT MLI -> MLI as round 7's seizure of strongholds (COERCE, MOBILIZE "
    "accepted)",
)
ev(
    S,
    "France began a military offensive in Mali earlier this month",
    "began pushing toward the capital, Bamako",
    "ASSAULT",
    "",
    ["MLI"],
    ["rebels"],
    ["MLI"],
    ["Bamako"],
    optional=True,
    accept_types=["MOBILIZE"],
    accept_actor=[["IMG"]],
    note="the rebels' advance on Bamako, the trigger of the offensive, told in a temporal clause: "
    "optional (MOBILIZE accepted)",
)
ev(
    S,
    "The rebels have been imposing a strict form of Islamic law",
    "have been imposing a strict form of Islamic law on civilians",
    "COERCE",
    "restrict",
    ["MLI"],
    ["The rebels"],
    ["MLI"],
    ["civilians"],
    accept_actor=[["IMG"]],
    note="the rebels' ongoing imposition of their law on civilians: COERCE/restrict MLI -> MLI "
    "(an ongoing act, required as round 7's ongoing raids)",
)
ev(
    S,
    "Hundreds of troops from West African nations have begun arriving",
    "have begun arriving in Mali to help with the intervention",
    "AID",
    "",
    [],
    [],
    ["MLI"],
    ["Mali"],
    optional=True,
    accept_types=["MOBILIZE", "COOPERATE"],
    accept_actor=[["IGO"]],
    note="troops of unnamed 'West African nations' (a construct with no code; the guideline does "
    "not code an event whose only actor is a construct): optional; the ECOWAS force (IGO) accepted",
)
ev(
    S,
    "In another development Saturday, journalists toured",
    "was liberated from rebels",
    "ASSAULT",
    "",
    [],
    [],
    ["MLI"],
    ["rebels"],
    optional=True,
    accept_actor=[["FRA", "MLI"], ["FRA"], ["MLI"]],
    accept_recipient=[["IMG"]],
    note="Konna retaken earlier this month, passive with no liberator named: optional; the "
    "journalists' tour is not an event",
)
ev(
    S,
    "Some residents said the French-led intervention",
    "the French-led intervention had resulted in civilian casualties",
    "ASSAULT",
    "",
    ["FRA"],
    ["French"],
    ["MLI"],
    ["civilian"],
    optional=True,
    accept_types=["ACCUSE"],
    accept_actor=[["MLI"]],
    accept_recipient=[[], ["FRA"]],
    note="residents' report that the intervention caused civilian casualties: the intervention is "
    "a re-mention and its results are not coded as such (round 8); an ASSAULT FRA -> MLI or the "
    "residents' ACCUSE MLI -> FRA is optional (both code pairs accepted)",
)

# ----------------------------------------------------- 1652808 (Bolivia expels USAID, 2013)
S = "1652808"
ev(
    S,
    "Bolivian President Evo Morales says he is expelling",
    "is expelling the U.S. Agency for International Development",
    "SANCTION",
    "expel",
    ["BOL"],
    ["Bolivian"],
    ["USA"],
    ["U.S."],
    note="Bolivia expels the US aid agency: SANCTION/expel BOL -> USA (guideline 8; the agency of "
    "a government, as diplomats)",
)
ev(
    S,
    "Bolivian President Evo Morales says he is expelling",
    "accusing it of interfering in his country's internal affairs",
    "ACCUSE",
    "allege",
    ["BOL"],
    ["Bolivian"],
    ["USA"],
    ["U.S."],
    note="Morales accuses USAID of interference: ACCUSE/allege BOL -> USA; the interference itself "
    "is the content of the charge (guideline 2: not coded)",
)
ev(
    S,
    "Morales said Wednesday during a May Day speech",
    'no longer will "manipulate" the Bolivian economy',
    "ACCUSE",
    "allege",
    ["BOL"],
    ["Morales"],
    ["USA"],
    ["the United States"],
    optional=True,
    accept_types=["REJECT"],
    note="the charge of sentence 0 repeated in the speech ('no longer will manipulate' implies "
    "past manipulation; REJECT of US influence accepted): optional restatement",
)
ev(
    S,
    "In 2008, he threw out the U.S. ambassador",
    "threw out the U.S. ambassador and officials",
    "SANCTION",
    "expel",
    ["BOL"],
    ["he"],
    ["USA"],
    ["U.S."],
    note="the 2008 expulsion of the US ambassador and DEA officials: SANCTION/expel BOL -> USA (a "
    "past event with named parties; 'he' is Morales)",
)
ev(
    S,
    "State Department spokesman Patrick Ventrell said the U.S. deeply regrets",
    "deeply regrets Wednesday's expulsions",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["U.S."],
    ["BOL"],
    ["Morales"],
    accept_recipient=[[]],
    note="'deeply regrets' the expulsion: ACCUSE/disapprove USA -> BOL (guideline 14, 'regrets the "
    "decision of Kenya'); the expelling party is named in the sentences before (Morales, listed "
    "in context_mentions; an empty recipient accepted, as the sentence names only 'Wednesday's "
    "expulsions'); the nominal 'expulsions' re-mentions sentence 0 (not coded again)",
)
ev(
    S,
    "He called allegations of political interference in Bolivia baseless.",
    "called allegations of political interference in Bolivia baseless",
    "REJECT",
    "",
    ["USA"],
    ["He"],
    [],
    [],
    accept_recipient=[["BOL"]],
    note="the US spokesman dismisses the charge: REJECT (guideline 14, 'called the allegations "
    "baseless'); the allegation's author is not named in the sentence, so no ACCUSE here "
    "(guideline 2); Bolivia, the accuser, accepted as recipient",
)
ev(
    S,
    "He said those who will suffer will be Bolivian citizens",
    "benefit from USAID's work on health, education and the environment",
    "AID",
    "",
    ["USA"],
    ["USAID"],
    ["BOL"],
    ["Bolivian citizens"],
    optional=True,
    note="USAID's ongoing programmes, told as what Bolivians lose: optional; 'those who will "
    "suffer' is a forecast (not coded)",
)
ev(
    S,
    "USAID has operated in Bolivia since 1964.",
    "has operated in Bolivia since 1964",
    "AID",
    "",
    ["USA"],
    ["USAID"],
    ["BOL"],
    ["Bolivia"],
    optional=True,
    note="the agency's presence since 1964, a state: optional",
)
ev(
    S,
    "It has spent nearly $2 billion there",
    "has spent nearly $2 billion there",
    "AID",
    "",
    ["USA"],
    ["It"],
    ["BOL"],
    ["there"],
    optional=True,
    note="aid spent over 50 years, a statistic (guideline 13): optional",
)
ev(
    S,
    "He has nationalized several Western-owned companies.",
    "has nationalized several Western-owned companies",
    "COERCE",
    "seize",
    ["BOL"],
    ["He"],
    ["MNC"],
    ["Western-owned companies"],
    accept_types=["SANCTION"],
    accept_recipient=[[]],
    note="Morales's nationalisations of foreign firms: COERCE/seize BOL -> MNC (SANCTION accepted; "
    "'Western' is a construct, so an empty recipient is accepted); 'U.S. relations with Bolivia "
    "have been cool' and 'took power in 2006' (an election) are not coded",
)

# ------------------------------------------------ 7085116 (ASEAN summit and Myanmar, 2023)
S = "7085116"
ev(
    S,
    "Unrest in Myanmar is likely to dominate the agenda",
    "the upcoming summit",
    "AGREE",
    "",
    ["IGO"],
    ["the Association of Southeast Asian Nations"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["CONSULT"],
    note="the planned ASEAN summit as a nominal in a forecast ('is likely to dominate the "
    "agenda'): optional AGREE with future=true (guideline note of 2026-12-05); the unrest itself "
    "names no party",
)
ev(
    S,
    "Top diplomats from each of the 10-nation bloc known as ASEAN gathered",
    "gathered in the resort town Tuesday",
    "CONSULT",
    "multilateral",
    ["IGO"],
    ["ASEAN"],
    [],
    [],
    note="the ASEAN foreign ministers' meeting: CONSULT/multilateral IGO ('to finalize the "
    "agenda' is its purpose)",
)
ev(
    S,
    "Top diplomats from each of the 10-nation bloc known as ASEAN gathered",
    "the leaders’ two-day summit that will begin Wednesday",
    "AGREE",
    "",
    ["IGO"],
    ["ASEAN"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["CONSULT"],
    note="the leaders' summit starting the next day, a nominal inside the purpose clause: optional "
    "AGREE with future=true (CONSULT accepted)",
)
ev(
    S,
    "The leaders will likely focus attention on Myanmar",
    "the military overthrew the democratically-elected government",
    "COERCE",
    "",
    ["MMR"],
    ["the military"],
    ["MMR"],
    ["the democratically-elected government of Aung San Suu Kyi"],
    note="the 2021 coup in a relative clause with named parties: COERCE without mode (guideline "
    "10); 'will likely focus attention' is a forecast (not coded)",
)
ev(
    S,
    "The coup immediately triggered anti-junta demonstrations",
    "anti-junta demonstrations across Myanmar",
    "PROTEST",
    "demo",
    ["MMR"],
    ["Myanmar"],
    ["MMR"],
    ["junta"],
    note="nationwide demonstrations against the junta: PROTEST/demo MMR -> MMR; 'The coup' is a "
    "re-mention (not coded again)",
)
ev(
    S,
    "The coup immediately triggered anti-junta demonstrations",
    "the deaths of more than 3,000 civilians",
    "ASSAULT",
    "",
    ["MMR"],
    ["the military"],
    ["MMR"],
    ["civilians"],
    note="more than 3,000 civilians killed 'at the hands of the military': ASSAULT MMR -> MMR (a "
    "count, but with the perpetrator and victims named, so coded)",
)
ev(
    S,
    "The coup immediately triggered anti-junta demonstrations",
    "upwards of 18,000 arrests",
    "COERCE",
    "arrest",
    ["MMR"],
    ["the military"],
    ["MMR"],
    ["Myanmar"],
    note="18,000 arrests by the military: COERCE/arrest MMR -> MMR (a count with the perpetrator "
    "named; the detainees are the protesters across Myanmar)",
)
ev(
    S,
    "The unrest has also evolved into a deadly rural conflict",
    "a deadly rural conflict between the military and several ethnic rebel groups",
    "ASSAULT",
    "",
    ["MMR", "MMR"],
    ["the military", "ethnic rebel groups"],
    [],
    [],
    accept_actor=[["MMR"]],
    accept_recipient=[["MMR"]],
    note="two-sided fighting between the army and ethnic rebels: ASSAULT with both in actor (both "
    "MMR; the judge compares code sets, so ['MMR'] is the same set)",
)
ev(
    S,
    "The unrest has also evolved into a deadly rural conflict",
    "who have been fighting for decades",
    "ASSAULT",
    "",
    ["MMR"],
    ["ethnic rebel groups"],
    [],
    [],
    optional=True,
    accept_recipient=[["MMR"]],
    note="the rebels' decades-long fight, a relative clause restating the conflict: optional",
)
ev(
    S,
    "ASEAN has issued a five-point plan",
    "that was reached by the bloc with Myanmar’s military rulers",
    "AGREE",
    "",
    ["IGO", "MMR"],
    ["ASEAN", "Myanmar’s military rulers"],
    [],
    [],
    accept_actor=[["IGO"]],
    accept_recipient=[["MMR"]],
    note="the five-point plan agreed between ASEAN and the junta: AGREE, reciprocal (ASEAN as "
    "actor with the junta as recipient accepted); 'has issued' is the same plan; 'aimed at ending "
    "the violence' is its purpose",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round9.jsonl", STORIES_JSONL, STORIES, E)

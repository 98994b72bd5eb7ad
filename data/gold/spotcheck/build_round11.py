"""Build `round11.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 11 takes its stories from the search store, as rounds 7-9 (the VOA corpus pool has no
international-relations story left without development-gold sentences). The texts are kept
readable in `round11_stories_source.txt`; this script first rebuilds `round11-stories.jsonl` from
it (`common.write_stories`: every paragraph found in the source, a truncated text ending at a
complete sentence), then resolves the annotation written below against those texts
(`common.write_and_check`: sentence and trigger offsets, every actor/recipient word found, PLOVER
type names, re-read and checked). It does not import wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round11.py

Fields are those of rounds 3-9 (see `README.md`): `optional` marks an event an analyst may code
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
SOURCE = f"{HERE}/round11_stories_source.txt"
STORIES_JSONL = f"{HERE}/round11-stories.jsonl"
# 1913489 (Ukraine-Russia gas, byline "VOA NewsReuters") removed in round 22: Reuters copy, not
# public domain (licence audit lic22b); its 13 events are in git history before that commit.
STORIES = ["2484146", "1626737", "2683120", "3213193", "1655261"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ------------------------------------------------ 2484146 (Koreas' military talks, October 2014)
S = "2484146"
ev(
    S,
    "South Korea says it failed to reach a breakthrough",
    "its first military talks with North Korea",
    "CONSULT",
    "",
    ["KOR", "PRK"],
    ["South Korea", "North Korea"],
    [],
    [],
    accept_actor=[["KOR"]],
    accept_recipient=[["PRK"]],
    note="the two militaries' talks: reciprocal CONSULT (both in actor); South Korea as actor with "
    "North Korea as recipient accepted",
)
ev(
    S,
    "South Korea says it failed to reach a breakthrough",
    "failed to reach a breakthrough",
    "AGREE",
    "",
    ["KOR"],
    ["South Korea"],
    [],
    [],
    optional=True,
    negated=True,
    accept_actor=[["KOR", "PRK"], []],
    accept_recipient=[["PRK"]],
    note="no agreement reached (guideline 6, negated): optional, as round 9's 'No significant "
    "breakthroughs were announced'",
)
ev(
    S,
    "North Korea proposed the talks",
    "proposed the talks",
    "REQUEST",
    "meet",
    ["PRK"],
    ["North Korea"],
    [],
    [],
    accept_types=["AGREE"],
    accept_recipient=[["KOR"]],
    note="North Korea's proposal of the talks: REQUEST/meet (an offer to meet, AGREE accepted); "
    "the South is not named in the clause (KOR accepted); 'to discuss two recent incidents' is a "
    "purpose",
)
ev(
    S,
    "North Korea proposed the talks",
    "exchanged gunfire across their border",
    "ASSAULT",
    "firearms",
    ["PRK", "KOR"],
    ["Pyongyang", "Seoul"],
    [],
    [],
    accept_actor=[["PRK"], ["KOR"]],
    accept_recipient=[["KOR"], ["PRK"]],
    note="two-sided fire across the border: reciprocal ASSAULT (both in actor); a relative clause "
    "with named parties (guideline 1), the first statement of the clashes (sentences 2 and 3 give "
    "the two incidents)",
)
ev(
    S,
    "Last Friday, the two countries traded small arms fire",
    "traded small arms fire",
    "ASSAULT",
    "firearms",
    ["KOR", "PRK"],
    ["the two countries", "the two countries"],
    [],
    [],
    accept_actor=[["PRK"], ["KOR"]],
    accept_recipient=[["KOR"], ["PRK"]],
    note="the land incident of last Friday: reciprocal ASSAULT; 'the two countries' names both "
    "(the phrase repeated for each code); a separate, dated incident, so required",
)
ev(
    S,
    "Last Friday, the two countries traded small arms fire",
    "Pyongyang shot at balloons from the South",
    "ASSAULT",
    "firearms",
    ["PRK"],
    ["Pyongyang"],
    ["KOR"],
    ["the South"],
    accept_recipient=[[]],
    note="North Korea firing at the activists' propaganda balloons launched from the South: "
    "one-sided ASSAULT PRK -> KOR (the activists are South Korean, domestic actors take the "
    "country's code; an empty recipient accepted); the balloon launch itself names no actor "
    "(not coded)",
)
ev(
    S,
    "Earlier last week, North and South Korean naval boats",
    "traded warning shots",
    "ASSAULT",
    "firearms",
    ["PRK", "KOR"],
    ["North", "South Korean naval boats"],
    [],
    [],
    accept_types=["MOBILIZE", "THREATEN"],
    accept_actor=[["PRK"], ["KOR"]],
    accept_recipient=[["KOR"], ["PRK"]],
    note="naval boats of both sides trading warning shots on the Yellow Sea border: reciprocal "
    "ASSAULT (shots fired); as warning shots are a show of force, MOBILIZE and THREATEN accepted",
)
ev(
    S,
    "During the five-hour meeting Wednesday",
    "could not agree with the North",
    "AGREE",
    "",
    ["KOR"],
    ["Seoul's defense ministry"],
    ["PRK"],
    ["the North"],
    optional=True,
    negated=True,
    accept_types=["REJECT"],
    accept_actor=[["KOR", "PRK"]],
    accept_recipient=[[]],
    note="no agreement on the causes of the incidents: a negated AGREE restating sentence 0 "
    "(optional; REJECT accepted); 'the five-hour meeting' is a re-mention (not coded)",
)
ev(
    S,
    "Pyongyang accused the South Korean vessels",
    "accused",
    "ACCUSE",
    "allege",
    ["PRK"],
    ["Pyongyang"],
    ["KOR"],
    ["the South Korean vessels"],
    note="North Korea accuses the South's vessels of violating its territory: ACCUSE/allege; the "
    "content of the charge is not coded (guideline 2)",
)
ev(
    S,
    "Pyongyang accused the South Korean vessels",
    "called on Seoul to prevent activists",
    "REQUEST",
    "change",
    ["PRK"],
    ["Pyongyang"],
    ["KOR"],
    ["Seoul"],
    note="North Korea's demand that Seoul stop the balloon launches: REQUEST PRK -> KOR",
)
ev(
    S,
    "Seoul demanded that North Korean ships stop",
    "demanded",
    "REQUEST",
    "yield",
    ["KOR"],
    ["Seoul"],
    ["PRK"],
    ["North Korean ships"],
    note="South Korea's demand that North Korean ships stop crossing the sea border: REQUEST KOR "
    "-> PRK",
)
ev(
    S,
    "Seoul demanded that North Korean ships stop",
    "insisted it could not stop private activist groups",
    "REJECT",
    "change",
    ["KOR"],
    ["Seoul"],
    [],
    [],
    accept_recipient=[["PRK"]],
    note="Seoul refuses the North's demand to stop the leaflet launches ('could not stop' is a "
    "refusal, guideline 6a, not a negation): REJECT; the North is named only in the first clause "
    "(PRK accepted)",
)
ev(
    S,
    "South Korea says no date for further talks was set",
    "no date for further talks was set",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    negated=True,
    accept_actor=[["KOR", "PRK"], ["KOR"]],
    note="no agreed date for more talks: a negated AGREE with no party named in the passive clause "
    "(optional); sentence 7 ('The negotiations ... were the two rivals' first military talks') is "
    "a re-mention (not coded)",
)
ev(
    S,
    "The increased tensions threaten to unravel",
    "high-level talks that were agreed to earlier this month",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["PRK", "KOR"], ["PRK"], ["KOR"]],
    accept_recipient=[["KOR"], ["PRK"]],
    note="the agreement to hold high-level talks (planned meeting, guideline note of 2026-12-05: "
    "AGREE with future=true; CONSULT accepted); the passive clause names no party, the Koreas "
    "accepted; 'threaten to unravel' is an assessment (not THREATEN)",
)
ev(
    S,
    "The increased tensions threaten to unravel",
    "North Korea unexpectedly sent a senior delegation to the South",
    "CONSULT",
    "visit",
    ["PRK"],
    ["North Korea"],
    ["KOR"],
    ["the South"],
    accept_actor=[["PRK", "KOR"]],
    accept_recipient=[[]],
    note="the North's senior delegation visiting the South: CONSULT/visit PRK -> KOR (the "
    "reciprocal reading accepted)",
)
ev(
    S,
    "At the proposed talks, which could be held",
    "the two sides are expected to discuss",
    "AGREE",
    "",
    ["KOR", "PRK"],
    ["the two sides", "the two sides"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[[]],
    note="the agenda of the planned talks ('are expected to discuss'): a retelling of the planned "
    "meeting of sentence 9 (optional); 'the resumption of reunions' is a topic; 'the 1950s Korean "
    "War' is background without parties (not coded)",
)
ev(
    S,
    "There is also speculation that Seoul may consider",
    "loosening or lifting sanctions",
    "CONCEDE",
    "",
    ["KOR"],
    ["Seoul"],
    [],
    [],
    optional=True,
    hypothetical=True,
    accept_types=["AGREE"],
    accept_recipient=[["PRK"]],
    note="a speculated easing of sanctions ('may consider'): a possible CONCEDE (guideline 8), "
    "hypothetical, optional",
)
ev(
    S,
    "There is also speculation that Seoul may consider",
    "sanctions put in place",
    "SANCTION",
    "discontinue",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["KOR"]],
    accept_recipient=[["PRK"]],
    note="the sanctions imposed after the Cheonan sinking, told as background in a participle "
    "(no party named in the phrase): optional",
)
ev(
    S,
    "There is also speculation that Seoul may consider",
    "the fatal sinking of its navy ship",
    "ASSAULT",
    "",
    [],
    [],
    ["KOR"],
    ["its navy ship"],
    optional=True,
    accept_actor=[["PRK"]],
    accept_recipient=[[]],
    note="the 2010 sinking of the South Korean navy ship: the page names no perpetrator (North "
    "Korea accepted); background, optional",
)
ev(
    S,
    "Recently, Pyongyang has linked lifting the sanctions",
    "has linked lifting the sanctions to progress",
    "REQUEST",
    "change",
    ["PRK"],
    ["Pyongyang"],
    [],
    [],
    accept_types=["THREATEN"],
    accept_recipient=[["KOR"]],
    note="North Korea makes better relations conditional on lifting the sanctions: a demand, "
    "REQUEST (THREATEN accepted, a conditional); the South is not named in the sentence (KOR "
    "accepted)",
)

# ------------------------------------------- 1626737 (Israel apologizes to Turkey, 2013-03-22)
S = "1626737"
ev(
    S,
    "Israeli Prime Minister Benjamin Netanyahu has apologized",
    "has apologized to Turkey",
    "CONCEDE",
    "",
    ["ISR"],
    ["Israeli Prime Minister Benjamin Netanyahu"],
    ["TUR"],
    ["Turkey"],
    accept_types=["SUPPORT"],
    note="an apology is CONCEDE (guideline 9); the CAMEO table's SUPPORT (055 apologize) accepted",
)
ev(
    S,
    "Israeli Prime Minister Benjamin Netanyahu has apologized",
    "a deadly naval raid in 2010",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["ISR"]],
    accept_recipient=[["TUR"]],
    note="the 2010 raid named as the object of the apology, without a perpetrator in the phrase: "
    "optional (sentence 7 states it in full)",
)
ev(
    S,
    "Israeli Prime Minister Benjamin Netanyahu has apologized",
    "announced a full resumption of diplomatic ties with Ankara",
    "AGREE",
    "",
    ["ISR"],
    ["Israeli Prime Minister Benjamin Netanyahu"],
    ["TUR"],
    ["Ankara"],
    accept_types=["SUPPORT", "COOPERATE", "CONCEDE"],
    accept_actor=[["ISR", "TUR"]],
    accept_recipient=[[]],
    note="restoring full diplomatic relations, announced: AGREE (commitment to renewed ties; "
    "SUPPORT as diplomatic recognition, COOPERATE and CONCEDE (reversal of the downgrade) "
    "accepted)",
)
ev(
    S,
    "After the gesture, officials from both countries said",
    "diplomatic relations had been fully restored",
    "AGREE",
    "",
    ["ISR", "TUR"],
    ["both countries", "both countries"],
    [],
    [],
    optional=True,
    accept_types=["SUPPORT", "COOPERATE", "CONCEDE"],
    accept_actor=[[]],
    note="the restored relations told again from both sides: optional retelling of sentence 0",
)
ev(
    S,
    "After the gesture, officials from both countries said",
    "ambassadors would be reinstated",
    "CONCEDE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_types=["AGREE", "SUPPORT", "COOPERATE"],
    accept_actor=[["ISR", "TUR"], ["ISR"], ["TUR"]],
    note="reinstating the ambassadors (the reverse of a recall, guideline 8), announced in a "
    "passive clause with no party: optional; 'the gesture' is a back-reference (not coded)",
)
ev(
    S,
    "The diplomatic breakthrough was facilitated by",
    "was facilitated by U.S. President Barack Obama",
    "CONSULT",
    "third-party",
    ["USA"],
    ["U.S. President Barack Obama"],
    [],
    [],
    accept_types=["COOPERATE", "AID"],
    accept_recipient=[["ISR", "TUR"], ["ISR"], ["TUR"]],
    note="Obama's mediation of the breakthrough: CONSULT/third-party (as round 9's tribal "
    "mediators; COOPERATE, AID accepted); the two parties are not named in the sentence (ISR/TUR "
    "accepted)",
)
ev(
    S,
    "The diplomatic breakthrough was facilitated by",
    "his three-day visit to Israel",
    "CONSULT",
    "visit",
    ["USA"],
    ["U.S. President Barack Obama"],
    ["ISR"],
    ["Israel"],
    accept_actor=[["USA", "ISR"]],
    accept_recipient=[[]],
    note="Obama's visit to Israel, a nominal with named visitor and host (guideline 1): "
    "CONSULT/visit USA -> ISR",
)
ev(
    S,
    "A statement from Netanyahu's office said",
    "a telephone call Friday between",
    "CONSULT",
    "phone",
    ["ISR", "TUR"],
    ["the Israeli prime minister", "his Turkish counterpart, Recep Tayyip Erdogan"],
    [],
    [],
    accept_actor=[["ISR"]],
    accept_recipient=[["TUR"]],
    note="the Netanyahu-Erdogan phone call: reciprocal CONSULT/phone; 'the agreement came' is a "
    "re-mention (not coded)",
)
ev(
    S,
    "The statement said Netanyahu apologized",
    "apologized to the Turkish people",
    "CONCEDE",
    "",
    ["ISR"],
    ["Netanyahu"],
    ["TUR"],
    ["the Turkish people"],
    optional=True,
    accept_types=["SUPPORT"],
    note="the apology of sentence 0 told in detail: optional retelling",
)
ev(
    S,
    "The statement said Netanyahu apologized",
    "expressed regret over the deterioration in bilateral relations",
    "CONCEDE",
    "",
    ["ISR"],
    ["Netanyahu"],
    [],
    [],
    optional=True,
    accept_types=["SUPPORT", "ACCUSE"],
    accept_recipient=[["TUR"]],
    note="regret over the worsened relations, part of the apology: optional (a conciliatory "
    "statement, not the disapproval of guideline 14; ACCUSE accepted as that reading)",
)
ev(
    S,
    "A statement from Erdogan's office said",
    "accepted the apology",
    "AGREE",
    "",
    ["TUR"],
    ["Erdogan's office"],
    [],
    [],
    accept_types=["SUPPORT", "CONCEDE"],
    accept_recipient=[["ISR"]],
    note="Erdogan accepts Israel's apology: AGREE (acceptance; the CAMEO table's SUPPORT, 056 "
    "forgive, and CONCEDE accepted); Israel is not named in the sentence (ISR accepted)",
)
ev(
    S,
    "It also said an agreement had been reached",
    "an agreement had been reached on the issue of compensation",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    accept_types=["SUPPORT"],
    accept_actor=[["ISR", "TUR"], ["ISR"], ["TUR"]],
    accept_recipient=[["TUR"], ["ISR"]],
    note="the compensation agreement, a distinct agreement: AGREE; the passive clause names no "
    "party (Israel and Turkey accepted)",
)
ev(
    S,
    "Ties between Israel and Turkey have been strained",
    "Israeli commandos raided the ship",
    "ASSAULT",
    "",
    ["ISR"],
    ["Israeli commandos"],
    ["TUR"],
    ["nine Turkish activists"],
    accept_recipient=[[]],
    note="the 2010 commando raid on the Mavi Marmara that killed nine Turkish activists: ASSAULT "
    "ISR -> TUR (background with named parties, guideline 1; the ship itself carries no code in "
    "the text, so the victims name the recipient; an empty recipient accepted); 'have been "
    "strained' is a state (not coded)",
)
ev(
    S,
    "President Obama said Friday at a press conference in Amman",
    "has been encouraging Israeli and Turkish officials to repair",
    "REQUEST",
    "change",
    ["USA"],
    ["President Obama"],
    ["ISR", "TUR"],
    ["Israeli", "Turkish officials"],
    accept_recipient=[["ISR"], ["TUR"]],
    note="Obama urging both governments to mend ties: REQUEST USA -> [ISR, TUR]; 'a press "
    "conference in Amman' is a media contact (not coded)",
)
ev(
    S,
    "During talks earlier with Netanyahu",
    "talks earlier with Netanyahu",
    "CONSULT",
    "",
    ["USA", "ISR"],
    ["Obama", "Netanyahu"],
    [],
    [],
    accept_actor=[["USA"]],
    accept_recipient=[["ISR"]],
    note="Obama's talks with Netanyahu, a nominal meeting with named parties (guideline 1): "
    "reciprocal CONSULT; 'push for a breakthrough' is the content of a remark (not coded)",
)
ev(
    S,
    "Senior Obama administration officials said",
    "was present during Friday's phone call",
    "CONSULT",
    "phone",
    ["USA", "ISR", "TUR"],
    ["the U.S. president", "Israeli", "Turkish prime ministers"],
    [],
    [],
    optional=True,
    accept_actor=[["ISR", "TUR"], ["USA"]],
    accept_recipient=[[], ["ISR", "TUR"]],
    note="the phone call of sentence 3 told again, with Obama present: optional retelling",
)
ev(
    S,
    "Senior Obama administration officials said",
    "Obama also spoke on the phone with Erdogan",
    "CONSULT",
    "phone",
    ["USA", "TUR"],
    ["Obama", "Erdogan"],
    [],
    [],
    accept_actor=[["USA"]],
    accept_recipient=[["TUR"]],
    note="Obama's own call with Erdogan: reciprocal CONSULT/phone (a new event); sentence 11 (an "
    "expert's assessment told to VOA) is not coded",
)

# --------------------------------------------------- 2683120 (US-Cuba talks in Havana, 2015-03-16)
S = "2683120"
ev(
    S,
    "U.S. and Cuban diplomats talked behind closed doors",
    "talked behind closed doors",
    "CONSULT",
    "",
    ["USA", "CUB"],
    ["U.S.", "Cuban diplomats"],
    [],
    [],
    optional=True,
    accept_actor=[["USA"]],
    accept_recipient=[["CUB"]],
    note="the lede's summary of the Havana talks: optional (round-4 rule: the full report of "
    "sentence 1 is required); 'aimed at restoring diplomatic relations' is a purpose",
)
ev(
    S,
    "The top U.S. diplomat for Latin America",
    "met with Cuba's top diplomat for U.S. affairs",
    "CONSULT",
    "visit",
    # round 17 joint recoding (events/reconcile_round17.tsv, decision a) applied to
    # round11.jsonl; the builder follows it (note and accept_* left as committed)
    ["USA", "CUB"],
    ["The top U.S. diplomat for Latin America, Roberta Jacobson",
     "Cuba's top diplomat for U.S. affairs, Josefina Vidal"],
    [],
    [],
    accept_actor=[["USA", "CUB"]],
    accept_recipient=[[]],
    note="Jacobson meets Vidal in Havana: CONSULT/visit USA -> CUB (the reciprocal reading "
    "accepted)",
)
ev(
    S,
    "The two diplomats led delegations for earlier talks",
    "earlier talks in January and February",
    "CONSULT",
    "",
    ["USA", "CUB"],
    ["The two diplomats", "The two diplomats"],
    [],
    [],
    optional=True,
    accept_actor=[[]],
    note="the earlier rounds of talks, background: optional; 'reporters were excluded' is not "
    "coded (media)",
)
ev(
    S,
    "However, Cuban officials have expressed concern",
    "have expressed concern",
    "ACCUSE",
    "disapprove",
    ["CUB"],
    ["Cuban officials"],
    [],
    [],
    accept_recipient=[["USA"]],
    note="Cuba's concern about the US-Venezuela developments: ACCUSE/disapprove (guideline 14, "
    "'deeply concerned'); the target is not named in the sentence (USA accepted); the rising "
    "tensions (a state) and the US officials' assessment of sentence 6 are not coded",
)
ev(
    S,
    "Earlier this month, the United States ordered sanctions",
    "ordered sanctions against seven Venezuelans officials",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["the United States"],
    ["VEN"],
    ["seven Venezuelans officials"],
    note="US sanctions on seven Venezuelan officials: SANCTION USA -> VEN",
)
ev(
    S,
    "Earlier this month, the United States ordered sanctions",
    "to recall its ambassador in Washington",
    "SANCTION",
    "withdraw",
    ["VEN"],
    ["Venezuela"],
    ["USA"],
    ["Washington"],
    accept_recipient=[[]],
    note="Venezuela recalling its ambassador (guideline 8: SANCTION/withdraw) VEN -> USA",
)
ev(
    S,
    "Officials close to the talks between Cuba and the United States",
    "Cuba wants to be removed from a U.S. state sponsor of terrorism list",
    "REQUEST",
    "change",
    ["CUB"],
    ["Cuba"],
    ["USA"],
    ["U.S."],
    accept_recipient=[[]],
    note="Cuba's condition for restoring ties, delisting: REQUEST CUB -> USA; 'the talks between "
    "Cuba and the United States' is a re-mention; the designation is a state and 'before agreeing "
    "to restoring diplomatic ties' a conditional future (not coded)",
)
ev(
    S,
    "U.S. State Department officials say that while the two issues",
    "a review is under way on Cuba's status",
    "ACCUSE",
    "investigate",
    [],
    [],
    ["CUB"],
    ["Cuba"],
    optional=True,
    accept_types=["CONCEDE"],
    accept_actor=[["USA"]],
    accept_recipient=[[]],
    note="the State Department's review of Cuba's terrorism designation: a review of a party's "
    "status (ACCUSE/investigate, guideline 9) but aimed at a possible delisting (CONCEDE "
    "accepted); the reviewer is not named in the clause: optional",
)
ev(
    S,
    "They also say U.S. and Cuban officials are meeting later this month",
    "are meeting later this month",
    "AGREE",
    "",
    ["USA", "CUB"],
    ["U.S.", "Cuban officials"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["USA"], ["CUB"]],
    accept_recipient=[["CUB"], []],
    note="a planned meeting on human rights and telecommunications: AGREE with future=true "
    "(guideline note of 2026-12-05; CONSULT accepted)",
)

# ------------------------------------------------------ 3213193 (AU monitors for Burundi, 2016)
S = "3213193"
ev(
    S,
    "The African Union says it will send 200 military advisers",
    "will send 200 military advisers and human rights observers to Burundi",
    "AGREE",
    "",
    ["IGO"],
    ["The African Union"],
    ["BDI"],
    ["Burundi"],
    accept_types=["AID", "MOBILIZE"],
    note="the AU's commitment to send advisers and observers: future AID coded AGREE (guideline "
    "4; AID, MOBILIZE accepted); 'the country's violent political crisis' names no party; "
    "'International diplomatic efforts appear to be making little headway' (sentence 1) is an "
    "assessment (not coded)",
)
ev(
    S,
    "Five African heads of state were in Burundi",
    "were in Burundi last week",
    "CONSULT",
    "visit",
    [],
    [],
    ["BDI"],
    ["Burundi"],
    optional=True,
    accept_actor=[["IGO"]],
    accept_recipient=[[]],
    note="the visit of five unnamed African heads of state (the AU delegation): no state named, so "
    "optional (as round 9's 'West African nations'); IGO accepted; 'to push for an end' is a "
    "purpose",
)
ev(
    S,
    "“We are a bit disappointed with AU delegation",
    "We are a bit disappointed with AU delegation",
    "ACCUSE",
    "disapprove",
    ["BDI"],
    ["We"],
    ["IGO"],
    ["AU delegation"],
    note="the exiled opposition CNARED (domestic, BDI; the speaker Cimpanye is named in sentences "
    "4 and 6) criticises the AU delegation: ACCUSE/disapprove; 'did not emphasize' is the content "
    "of the complaint (not coded); the Arusha accord is background without parties",
)
ev(
    S,
    "They did not emphasize the need to come around a table of talks",
    "talks between Nkurunziza and CNARED",
    "REQUEST",
    "meet",
    ["BDI"],
    ["Cimpanye"],
    ["BDI"],
    ["Nkurunziza"],
    optional=True,
    accept_types=["ACCUSE"],
    accept_recipient=[["IGO"], []],
    note="the opposition's wish for talks abroad with Nkurunziza, voiced as a complaint: optional "
    "REQUEST BDI -> BDI; 'did not talk about the AU force' is part of the complaint",
)
ev(
    S,
    "In December, the African Union proposed",
    "proposed sending 5,000 troops to Burundi",
    "AGREE",
    "",
    ["IGO"],
    ["the African Union"],
    ["BDI"],
    ["Burundi"],
    accept_types=["AID", "MOBILIZE", "THREATEN"],
    note="the AU's December proposal of a 5,000-strong force: an offer of a peacekeeping "
    "deployment, AGREE (guideline 4; AID, MOBILIZE accepted, and THREATEN, since the force was to "
    "be sent without Burundi's consent)",
)
ev(
    S,
    "In December, the African Union proposed",
    "the bloc backed off",
    "CONCEDE",
    "",
    ["IGO"],
    ["the bloc"],
    [],
    [],
    accept_types=["RETREAT"],
    accept_recipient=[["BDI"]],
    note="the AU dropping its troop plan: a retracted proposal, CONCEDE (guideline 9; RETREAT "
    "accepted)",
)
ev(
    S,
    "In December, the African Union proposed",
    "the government rejected the initiative",
    "REJECT",
    "",
    ["BDI"],
    ["the government"],
    ["IGO"],
    ["the African Union"],
    accept_recipient=[[]],
    note="Burundi's government rejects the AU force: REJECT BDI -> IGO (the initiative is the "
    "AU's, named earlier in the sentence; an empty recipient accepted)",
)
ev(
    S,
    "Zuma said Saturday the African Union will now send",
    "will now send 100 human rights monitors and 100 military advisers to Burundi",
    "AGREE",
    "",
    ["IGO"],
    ["the African Union"],
    ["BDI"],
    ["Burundi"],
    optional=True,
    accept_types=["AID", "MOBILIZE"],
    note="the commitment of sentence 0 told again with its source (South Africa's president "
    "Zuma): optional retelling; the killings and flight of sentences 7-8 name no party and the "
    "monitors' expected difficulties are a forecast (not coded)",
)

# ------------------------------------------- 1655261 (China and India end Ladakh standoff, 2013)
S = "1655261"
ev(
    S,
    "India and China have resolved a three-week standoff",
    "have resolved a three-week standoff",
    "AGREE",
    "",
    ["IND", "CHN"],
    ["India", "China"],
    [],
    [],
    accept_types=["CONCEDE", "RETREAT"],
    accept_actor=[["IND"], ["CHN"]],
    accept_recipient=[["CHN"], ["IND"]],
    note="the two governments settle the standoff: AGREE, reciprocal (the first statement; the "
    "spokesman's quotation in sentence 4 retells it); CONCEDE and RETREAT accepted",
)
ev(
    S,
    "India and China have resolved a three-week standoff",
    "a three-week standoff",
    "MOBILIZE",
    "troops",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["IND", "CHN"], ["CHN"]],
    accept_recipient=[["IND"], []],
    note="the standoff named as the object of the settlement (guideline 12: standoffs are "
    "MOBILIZE); no party in the phrase: optional",
)
ev(
    S,
    "The confrontation, the latest strain",
    "the upcoming visit by India’s foreign minister to Beijing",
    "AGREE",
    "",
    ["IND"],
    ["India’s foreign minister"],
    ["CHN"],
    ["Beijing"],
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["IND", "CHN"]],
    accept_recipient=[[]],
    note="the planned visit of India's foreign minister to Beijing: AGREE with future=true "
    "(guideline note of 2026-12-05; CONSULT accepted); 'had threatened to cast a shadow' is an "
    "assessment (not THREATEN); 'The confrontation' is a re-mention",
)
ev(
    S,
    "The tense, 20-day crisis in the northern Ladakh region",
    "about 50 Chinese soldiers pitched tents deep inside",
    "MOBILIZE",
    "troops",
    ["CHN"],
    ["about 50 Chinese soldiers"],
    ["IND"],
    ["New Delhi"],
    accept_types=["COERCE", "THREATEN"],
    accept_recipient=[[]],
    note="Chinese troops camping inside territory India claims: a deployment/incursion, MOBILIZE "
    "(guideline 12; COERCE/seize and THREATEN/territory accepted)",
)
ev(
    S,
    "The tense, 20-day crisis in the northern Ladakh region",
    "both sides returning to their original positions",
    "RETREAT",
    "withdraw",
    ["CHN", "IND"],
    ["both sides", "both sides"],
    [],
    [],
    accept_types=["CONCEDE"],
    accept_actor=[["CHN"], ["IND"]],
    accept_recipient=[["IND"], ["CHN"]],
    note="the mutual pullback, carried out: RETREAT/withdraw (guideline 7: an announced pullback "
    "is CONCEDE, an executed one RETREAT; CONCEDE accepted); sentence 3's 'The de-escalation' is "
    "a re-mention (not coded)",
)
ev(
    S,
    "“The governments of India and China have agreed",
    "have agreed to restore the status quo ante",
    "AGREE",
    "",
    ["IND", "CHN"],
    ["India", "China"],
    [],
    [],
    optional=True,
    accept_types=["CONCEDE", "RETREAT"],
    accept_actor=[["IND"], ["CHN"]],
    accept_recipient=[["CHN"], ["IND"]],
    note="the settlement of sentence 0 in the spokesman's words: optional retelling",
)
ev(
    S,
    '"Flag meetings have been held',
    "Flag meetings have been held",
    "CONSULT",
    "",
    [],
    [],
    [],
    [],
    accept_actor=[["IND", "CHN"], ["IND"], ["CHN"]],
    accept_recipient=[["CHN"], ["IND"]],
    note="border flag meetings between the two armies: CONSULT; the passive sentence names no "
    "party (India and China, of the preceding sentence, accepted)",
)
ev(
    S,
    "Indian army officials said there was a simultaneous pullback",
    "a simultaneous pullback",
    "RETREAT",
    "withdraw",
    [],
    [],
    [],
    [],
    optional=True,
    accept_types=["CONCEDE"],
    accept_actor=[["CHN", "IND"], ["CHN"], ["IND"]],
    note="the pullback of sentence 2 told again with its time: optional retelling (no party in "
    "the phrase)",
)
ev(
    S,
    "Indian army officials said there was a simultaneous pullback",
    "a meeting between commanders from both countries",
    "CONSULT",
    "",
    ["IND", "CHN"],
    ["both countries", "both countries"],
    [],
    [],
    accept_actor=[["IND"], ["CHN"]],
    accept_recipient=[["CHN"], ["IND"]],
    note="the commanders' meeting before the pullback: reciprocal CONSULT (a nominal with both "
    "parties named by 'both countries', guideline 1)",
)
ev(
    S,
    "Chinese troops pulled down their tents",
    "Chinese troops pulled down their tents",
    "RETREAT",
    "withdraw",
    ["CHN"],
    ["Chinese troops"],
    [],
    [],
    optional=True,
    accept_types=["CONCEDE"],
    accept_recipient=[["IND"]],
    note="China's side of the pullback, detail of sentence 2: optional",
)
ev(
    S,
    "Chinese troops pulled down their tents",
    "who had moved within 300 meters of the Chinese soldiers",
    "MOBILIZE",
    "troops",
    ["IND"],
    ["Indian soldiers"],
    ["CHN"],
    ["the Chinese soldiers"],
    accept_recipient=[[]],
    note="India's counter-deployment to within 300 meters of the Chinese camp: MOBILIZE IND -> "
    "CHN (guideline 12; a relative clause with named parties, guideline 1)",
)
ev(
    S,
    "Chinese troops pulled down their tents",
    "also returned to the positions held before the dispute",
    "RETREAT",
    "withdraw",
    ["IND"],
    ["Indian soldiers"],
    [],
    [],
    optional=True,
    accept_types=["CONCEDE"],
    accept_recipient=[["CHN"]],
    note="India's side of the pullback, detail of sentence 2: optional; sentence 8 ('Such disputes "
    "have erupted ...', India's view of the incursion) is general background and an assessment "
    "(not coded)",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round11.jsonl", STORIES_JSONL, STORIES, E)

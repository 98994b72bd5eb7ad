"""Build `round4.jsonl`, the analyst's event annotation of three VOA stories (issue 9 spot check).

The annotation is written below as data (sentence anchor, trigger, codes); this script only finds
the character offsets in the corpus text, checks that every anchor, trigger and actor/recipient
word is found where stated, and writes one JSON line per story. It does not import wirecoder.
Run from the repository root:

    python data/gold/spotcheck/build_round4.py ../shared/corpora/voa/voa_stories.jsonl

Fields of an event: `sentence_start`/`sentence_end` and `trigger_start`/`trigger_end` are character
offsets into the story's `text`; `optional` marks an event an analyst may code or leave out (not
counted as missed when absent); `accept_types`, `accept_actor`, `accept_recipient` list other
answers the judge accepts as right; the flags follow `data/gold/events/GUIDELINE.md`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import make_ev, sentences, write_and_check

STORIES = ["8009853", "8008619", "8008079"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

__all__ = ["STORIES", "E", "sentences"]


# ---------------------------------------------------------------- 8009853 (2025-03-13)
# UNICEF and MSF brief the U.N. Security Council on Sudan's civil war.
S = "8009853"
ev(
    S,
    '"The fighting is happening right at their doorsteps',
    "told a meeting of the U.N. Security Council",
    "CONSULT",
    "multilateral",
    ["UNO"],
    ["UNICEF’s executive director"],
    ["UNO"],
    ["the U.N. Security Council"],
    optional=True,
    note="a UN agency head briefing the Security Council; an analyst may code the briefing "
    "as CONSULT (UNO-UNO) or leave it out; the quote's 'fighting' names no party",
)
ev(
    S,
    "Russell said there were 221 cases of rape",
    "cases of rape against children",
    "ASSAULT",
    "sexual",
    [],
    [],
    ["SDN"],
    ["children"],
    optional=True,
    note="a count of reported cases with no perpetrator named (close to a statistic, guideline 13)",
)
ev(
    S,
    "While she demanded an end to the hostilities",
    "demanded an end to the hostilities",
    "REQUEST",
    "yield",
    ["UNO"],
    ["she"],
    [],
    [],
    accept_recipient=[["SDN"]],
    note="UNICEF's head (she = Catherine Russell) demands a cessation of hostilities; the "
    "warring parties are not named in the sentence",
)
ev(
    S,
    "The head of Doctors Without Borders (MSF) told the council",
    "told the council",
    "CONSULT",
    "multilateral",
    ["NGO"],
    ["The head of Doctors Without Borders (MSF)"],
    ["UNO"],
    ["the council"],
    optional=True,
    note="briefing the Security Council, as for UNICEF in sentence 1; sentences 17 and 19 "
    "re-mention the same briefing ('told the council'), so a CONSULT there is a duplicate",
)
ev(
    S,
    "The head of Doctors Without Borders (MSF) told the council",
    "having treated 385 survivors",
    "AID",
    "",
    ["NGO"],
    ["his teams"],
    ["SDN"],
    ["385 survivors"],
    optional=True,
    note="medical care given by MSF teams in Sudan, reported as evidence in a participle "
    "clause; the 'sexual violence' itself names no party and is not coded",
)
ev(
    S,
    "“The vast majority",
    "had been raped, often by armed men",
    "ASSAULT",
    "sexual",
    ["SDN"],
    ["armed men"],
    ["SDN"],
    ["The vast majority"],
    accept_actor=[[]],
    note="rapes of the survivors MSF treated in Sudan (previous sentence) by armed men; "
    "unidentified armed men take the country's code (guideline, actor codes); an empty actor "
    "is accepted because the sentence gives the men no affiliation",
)
ev(
    S,
    "“Nearly half were assaulted",
    "were assaulted",
    "ASSAULT",
    "sexual",
    [],
    [],
    ["SDN"],
    ["Nearly half"],
    optional=True,
    note="detail of the same rapes as sentence 12 (a second event here is acceptable, not "
    "required)",
)
ev(
    S,
    "Women and girls are not merely unprotected",
    "are being brutally targeted",
    "ASSAULT",
    "",
    [],
    [],
    ["SDN"],
    ["Women and girls"],
    optional=True,
    note="general characterisation in a quote, no perpetrator",
)
ev(
    S,
    "The children are caught up in a power struggle",
    "a power struggle between two rival generals",
    "ASSAULT",
    "",
    ["SDN"],
    ["two rival generals"],
    [],
    [],
    optional=True,
    accept_actor=[["SDN", "SDN"]],
    note="background: the war that began in Khartoum in April 2023 and spread; the fighting "
    "itself is coded in sentence 16",
)
ev(
    S,
    "The paramilitary Rapid Support Forces has been fighting",
    "has been fighting",
    "ASSAULT",
    "",
    ["SDN", "SDN"],
    ["The paramilitary Rapid Support Forces", "the Sudanese Armed Forces"],
    [],
    [],
    accept_actor=[["SDN"]],
    accept_recipient=[["SDN"]],
    note="two-sided fighting: both parties as actor (guideline, reciprocal events); "
    "RSF as actor and SAF as recipient (both SDN) is accepted",
)
ev(
    S,
    "The paramilitary Rapid Support Forces has been fighting",
    "says both sides have committed grave human rights abuses",
    "ACCUSE",
    "allege",
    ["UNO"],
    ["the United Nations"],
    ["SDN", "SDN"],
    ["both sides", "both sides"],
    accept_recipient=[["SDN"]],
    note="the abuses are the content of the accusation and are not coded (guideline 2)",
)
ev(
    S,
    "He told the 15-nation Security Council",
    "repeated calls on the parties to end the war",
    "REQUEST",
    "yield",
    ["UNO"],
    ["their"],
    ["SDN"],
    ["the parties"],
    accept_actor=[["NGO"]],
    note="'their' most plausibly = the Council's calls (NGO = MSF's own calls accepted); a "
    "nominal with its agent and addressee named (guideline 1)",
)
ev(
    S,
    "He told the 15-nation Security Council",
    "have gone unanswered",
    "REJECT",
    "yield",
    ["SDN"],
    ["the parties"],
    ["UNO"],
    ["their"],
    optional=True,
    accept_recipient=[["NGO"]],
    note="the parties ignoring the calls; an analyst may read it as a REJECT or leave it as "
    "part of the complaint",
)
ev(
    S,
    "“While statements are made in this chamber",
    "While statements are made in this chamber",
    "ACCUSE",
    "disapprove",
    ["NGO"],
    ["Lockyear"],
    ["UNO"],
    ["this chamber"],
    optional=True,
    note="implicit criticism of the Council's inaction",
)
ev(
    S,
    "“While statements are made in this chamber",
    "bombed",
    "ASSAULT",
    "",
    [],
    [],
    ["SDN"],
    ["civilians"],
    optional=True,
    accept_types=["COERCE", "SANCTION"],
    note="a rhetorical list of passives with no agent (bombed, besieged, raped, displaced, "
    "deprived of food); one event for the list is acceptable, none is required",
)
ev(
    S,
    "The UNICEF director said the agency needs a billion dollars",
    "needs a billion dollars",
    "REQUEST",
    "assist",
    ["UNO"],
    ["The UNICEF director"],
    [],
    [],
    optional=True,
    note="a funding need stated to the Council, an implicit appeal with no addressee; the "
    "'to provide critical support' clause is a purpose clause (guideline 3)",
)
ev(
    S,
    "She and Lockyear both urged the council",
    "urged the council",
    "REQUEST",
    "yield",
    ["UNO", "NGO"],
    ["She", "Lockyear"],
    ["UNO"],
    ["the council"],
    accept_actor=[["UNO"], ["NGO"]],
    note="the nested demand on the warring parties (remove obstacles to aid) is the content of "
    "the request and is not coded separately (guideline 2); mode: the final aim is access "
    "for aid, a concession",
)

# ---------------------------------------------------------------- 8008619 (2025-03-12)
# ECOWAS activates a standby counterterror force; Burkina Faso, Mali and Niger have left ECOWAS.
S = "8008619"
ev(
    S,
    "Security analysts are praising ECOWAS",
    "activating its regional standby force",
    "MOBILIZE",
    "troops",
    ["IGO"],
    ["ECOWAS"],
    [],
    [],
    optional=True,
    note="lede summary of the activation reported in sentence 1",
)
ev(
    S,
    "Security analysts are praising ECOWAS",
    "praising",
    "SUPPORT",
    "",
    [],
    [],
    ["IGO"],
    ["ECOWAS"],
    optional=True,
    note="commentators' praise; analysts are not political actors and have no code here",
)
ev(
    S,
    "Security analysts are praising ECOWAS",
    "the recent withdrawal of three member states",
    "SANCTION",
    "withdraw",
    ["BFA", "MLI", "NER"],
    ["three member states", "three member states", "three member states"],
    ["IGO"],
    ["ECOWAS"],
    optional=True,
    accept_actor=[[]],
    note="nominal mention of the exits told in sentence 14",
)
ev(
    S,
    "Nigerian Defense Minister Mohammed Badaru Abubakar announced",
    "announced the activation of a standby military force",
    "MOBILIZE",
    "troops",
    ["NGA"],
    ["Nigerian Defense Minister Mohammed Badaru Abubakar"],
    [],
    [],
    accept_actor=[["IGO"], ["NGA", "IGO"]],
    note="the force is ECOWAS's, announced by Nigeria's minister: NGA or IGO as actor; no "
    "target named in the sentence",
)
ev(
    S,
    "Nigerian Defense Minister Mohammed Badaru Abubakar announced",
    "the 43rd security meeting",
    "CONSULT",
    "multilateral",
    ["IGO"],
    ["ECOWAS"],
    [],
    [],
    optional=True,
    note="the meeting is a place-time phrase here; the meeting is coded from sentence 6 "
    "('discussed')",
)
ev(
    S,
    "Abubakar said the initiative aims",
    "urged security counterparts",
    "REQUEST",
    "assist",
    ["NGA"],
    ["Abubakar"],
    [],
    [],
    accept_recipient=[["IGO"]],
    note="a call on the other ECOWAS states' security chiefs to coordinate; 'aims to "
    "mobilize' is the stated purpose of the force, not a new event",
)
ev(
    S,
    "ECOWAS security chiefs also discussed",
    "discussed",
    "CONSULT",
    "multilateral",
    ["IGO"],
    ["ECOWAS security chiefs"],
    [],
    [],
    note="the ECOWAS security meeting",
)
ev(
    S,
    "Security analyst Kabiru Adamu welcomed the move",
    "welcomed the move",
    "SUPPORT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["NGA"]],
    accept_recipient=[["IGO"]],
    note="an analyst's opinion (no affiliation given in the story)",
)
ev(
    S,
    "Security analyst Kabiru Adamu welcomed the move",
    "expressed concerns about its effectiveness",
    "ACCUSE",
    "disapprove",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["NGA"]],
    accept_recipient=[["IGO"]],
    note="an analyst's doubts; not a political actor's act",
)
ev(
    S,
    "The countries that initially agreed to contribute",
    "initially agreed to contribute",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["BFA", "MLI", "NER"]],
    accept_recipient=[["IGO"]],
    note="earlier pledges of troops, in a relative clause inside an analyst's quote; "
    "'are no longer with ECOWAS' is a state (the exit is coded in sentence 14)",
)
ev(
    S,
    "In late January, Burkina Faso, Mali and Niger withdrew",
    "withdrew from ECOWAS",
    "SANCTION",
    "withdraw",
    ["BFA", "MLI", "NER"],
    ["Burkina Faso", "Mali", "Niger"],
    ["IGO"],
    ["ECOWAS"],
    note="leaving a bloc is SANCTION/withdraw (guideline 8)",
)
ev(
    S,
    "In late January, Burkina Faso, Mali and Niger withdrew",
    "created a confederation",
    "SUPPORT",
    "",
    ["BFA", "MLI", "NER"],
    ["Burkina Faso", "Mali", "Niger"],
    [],
    [],
    accept_types=["COOPERATE", "AGREE"],
    note="the three found the Alliance of Sahel States together (reciprocal, no recipient); "
    "'a yearlong dispute' is a standing state, not coded",
)
ev(
    S,
    "The three military-led nations accused",
    "accused",
    "ACCUSE",
    "allege",
    ["BFA", "MLI", "NER"],
    ["The three military-led nations"] * 3,
    ["IGO"],
    ["the regional body"],
    note="failing to protect / serving foreign interests is the content (guideline 2)",
)
ev(
    S,
    "Despite their exit, ECOWAS has stated",
    "will maintain trade and security relations",
    "AGREE",
    "",
    ["IGO"],
    ["ECOWAS"],
    ["BFA", "MLI", "NER"],
    ["the trio"] * 3,
    note="future cooperation stated now is AGREE (guideline 4, future=false); 'their exit' "
    "is a nominal re-mention",
)
ev(
    S,
    '"The good thing is that the defense and security cooperation',
    "defense and security cooperation",
    "COOPERATE",
    "",
    ["IGO", "IGO"],
    ["the AES", "ECOWAS"],
    [],
    [],
    optional=True,
    accept_actor=[["BFA", "MLI", "NER", "IGO"], ["IGO"]],
    note="an analyst says ongoing cooperation 'still stands': close to a state (guideline 1c)",
)
ev(
    S,
    "Jihadist groups, including Boko Haram",
    "recruit",
    "MOBILIZE",
    "militia",
    ["NGA", "IMG"],
    ["Boko Haram", "Islamic State's Sahel affiliate"],
    [],
    [],
    optional=True,
    note="recruiting, in a purpose clause of 'have taken advantage' (guideline 3 would leave "
    "it out); Boko Haram -> NGA, IS Sahel -> IMG (guideline)",
)

# ---------------------------------------------------------------- 8008079 (2025-03-12)
# Modi visits Mauritius; ties upgraded; China's ties with Mauritius; the Chagos deal.
S = "8008079"
ev(
    S,
    "India and Mauritius have upgraded their ties",
    "have upgraded their ties",
    "SUPPORT",
    "",
    ["IND", "MUS"],
    ["India", "Mauritius"],
    [],
    [],
    accept_types=["COOPERATE"],
    note="expanding diplomatic ties (to an 'enhanced strategic partnership'); the analysts' "
    "reading of the aim (countering China) is not coded",
)
ev(
    S,
    "The announcement of upgraded ties came during",
    "a two-day visit",
    "CONSULT",
    "visit",
    ["IND"],
    ["Indian Prime Minister Narendra Modi"],
    ["MUS"],
    ["Mauritius"],
    note="visitor = actor, host = recipient; 'The announcement of upgraded ties' is a "
    "nominal re-mention of sentence 0",
)
ev(
    S,
    "Modi, who was chief guest",
    "had elevated ties",
    "SUPPORT",
    "",
    ["IND", "MUS"],
    ["the countries", "the countries"],
    [],
    [],
    optional=True,
    note="Modi restating the upgrade of sentence 0; being chief guest at the National Day is "
    "part of the visit",
)
ev(
    S,
    "Following talks with Mauritius Prime Minister",
    "talks",
    "CONSULT",
    "",
    ["IND", "MUS"],
    ["both leaders", "Mauritius Prime Minister Navinchandra Ramgoolam"],
    [],
    [],
    accept_actor=[["IND"]],
    accept_recipient=[["MUS"]],
    note="the two prime ministers' talks (both as actor); Modi as visitor and Mauritius as "
    "host is accepted",
)
ev(
    S,
    "Following talks with Mauritius Prime Minister",
    "reaffirmed their commitment",
    "SUPPORT",
    "",
    ["IND", "MUS"],
    ["both leaders", "both leaders"],
    [],
    [],
    accept_types=["AGREE"],
    note="joint endorsement of a policy principle (free and open Indian Ocean)",
)
ev(
    S,
    "Mauritius conferred the country",
    "conferred the country’s highest civilian honor",
    "SUPPORT",
    "",
    ["MUS"],
    ["Mauritius"],
    ["IND"],
    ["Modi"],
    note="an honour is commendation of an actor",
)
ev(
    S,
    "Mauritius conferred the country",
    "signed eight pacts",
    "SUPPORT",
    "",
    ["IND", "MUS"],
    ["the prime ministers", "the prime ministers"],
    [],
    [],
    accept_types=["AGREE", "COOPERATE"],
    note="signing agreements is SUPPORT in the codebook; 'to boost cooperation' is a purpose "
    "clause",
)
ev(
    S,
    "Modi announced that New Delhi would invest",
    "would invest about $11 million",
    "AGREE",
    "",
    ["IND"],
    ["New Delhi"],
    ["MUS"],
    ["Mauritius"],
    accept_types=["AID"],
    note="a pledge of future aid is AGREE (guideline 4)",
)
ev(
    S,
    "Modi announced that New Delhi would invest",
    "will cooperate in building a new parliament",
    "AGREE",
    "",
    ["IND"],
    ["India"],
    ["MUS"],
    ["Mauritius"],
    accept_types=["AID", "COOPERATE"],
    note="a second pledge in the same announcement (a parliament building as a 'gift')",
)
ev(
    S,
    "In 2019, China signed a free trade agreement",
    "signed a free trade agreement",
    "SUPPORT",
    "",
    ["CHN"],
    ["China"],
    ["MUS"],
    ["Mauritius"],
    accept_types=["COOPERATE", "AGREE"],
    accept_actor=[["CHN", "MUS"]],
    accept_recipient=[[]],
    note="historical (2019) signature; 'went into effect in 2021' is a re-mention of the same "
    "agreement",
)
ev(
    S,
    "As the region becomes a hotspot",
    "have stepped up efforts to build ties",
    "SUPPORT",
    "",
    ["IND", "CHN"],
    ["India", "China"],
    [],
    [],
    optional=True,
    note="a general trend toward unnamed 'Indian Ocean countries' (no recipient code)",
)
ev(
    S,
    "Underlining India’s naval cooperation",
    "participated in the National Day parade",
    "COOPERATE",
    "",
    ["IND"],
    ["an Indian navy contingent"],
    [],
    [],
    optional=True,
    accept_types=["SUPPORT"],
    accept_recipient=[["MUS"]],
    note="ceremonial military participation in Mauritius's National Day",
)
ev(
    S,
    "Underlining India’s naval cooperation",
    "paid a visit to the capital, Port Louis",
    "COOPERATE",
    "",
    ["IND"],
    ["an Indian warship"],
    ["MUS"],
    ["the capital, Port Louis"],
    accept_types=["CONSULT"],
    note="a friendly naval port call framed as naval cooperation (military exchange); not "
    "MOBILIZE, which is military posturing against someone",
)
ev(
    S,
    "Last year, India helped Mauritius build",
    "helped Mauritius build an airstrip and a jetty",
    "AID",
    "",
    ["IND"],
    ["India"],
    ["MUS"],
    ["Mauritius"],
    accept_types=["COOPERATE"],
    note="infrastructure built with Indian help",
)
ev(
    S,
    "Although Mauritius has said",
    "has said that the facilities are not for military use",
    "REJECT",
    "",
    ["MUS"],
    ["Mauritius"],
    [],
    [],
    optional=True,
    note="a denial of an implied claim; the analysts' 'foothold to monitor' is an assessment",
)
ev(
    S,
    "India backs Chagos handover",
    "would support a planned deal",
    "SUPPORT",
    "",
    ["IND"],
    ["Indian officials"],
    ["MUS"],
    ["Mauritius"],
    accept_types=["AGREE"],
    accept_recipient=[["GBR", "MUS"], []],
    note="the subheading 'India backs Chagos handover' is glued to this sentence; support for "
    "a pending deal (AGREE accepted under guideline 4's future rule)",
)
ev(
    S,
    "India backs Chagos handover",
    "a planned deal between Britain and Mauritius",
    "AGREE",
    "",
    ["GBR", "MUS"],
    ["Britain", "Mauritius"],
    [],
    [],
    optional=True,
    accept_types=["CONCEDE"],
    accept_actor=[["GBR"]],
    accept_recipient=[["MUS"]],
    note="a deal being finalized (handover of control to Mauritius): an analyst may code it "
    "here or only in sentence 19",
)
ev(
    S,
    "British media have reported",
    "will cede sovereignty of the Chagos Islands",
    "CONCEDE",
    "",
    ["GBR"],
    ["Britain"],
    ["MUS"],
    ["Mauritius"],
    accept_types=["AGREE"],
    note="an announced future ceding of territory is CONCEDE with future=false (guideline 4, "
    "withdrawals); the source is a media report, not a hedge",
)
ev(
    S,
    "British media have reported",
    "lease back Diego Garcia from Mauritius",
    "AGREE",
    "",
    ["GBR"],
    ["Britain"],
    ["MUS"],
    ["Mauritius"],
    optional=True,
    accept_types=["COOPERATE"],
    note="the lease-back part of the same deal; 'to allow the military base to remain' is a "
    "purpose clause",
)
ev(
    S,
    "“We support Mauritius",
    "We support Mauritius",
    "SUPPORT",
    "",
    ["IND"],
    ["Indian foreign secretary Vikram Misri"],
    ["MUS"],
    ["Mauritius"],
    note="first person in a quote = the speaker's government",
)
ev(
    S,
    "“We support Mauritius",
    "Modi will soon also visit the Maldives",
    "AGREE",
    "",
    ["IND"],
    ["Modi"],
    ["MDV"],
    ["the Maldives"],
    future=True,
    note="a planned visit: AGREE with future=true (guideline 4, note of 2026-12-05)",
)
ev(
    S,
    "Although officials have made no comment",
    "India backs the continuation of the military base",
    "SUPPORT",
    "",
    ["IND"],
    ["India"],
    [],
    [],
    optional=True,
    accept_recipient=[["USA"], ["GBR", "USA"]],
    note="analysts' reading of India's position ('officials have made no comment' is not "
    "coded, guideline 13)",
)
ev(
    S,
    "Last month, U.S. President Donald Trump said",
    "“inclined” to go along with the deal",
    "AGREE",
    "",
    ["USA"],
    ["U.S. President Donald Trump"],
    ["MUS", "GBR"],
    ["Mauritius", "Britain"],
    accept_types=["SUPPORT"],
    accept_recipient=[["GBR"], ["MUS"], []],
    note="willingness to accept the deal; 'inclined' is a hedge on the stance, not a "
    "hypothetical event",
)


if __name__ == "__main__":
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/voa/voa_stories.jsonl"
    write_and_check("data/gold/spotcheck/round4.jsonl", corpus, STORIES, E)

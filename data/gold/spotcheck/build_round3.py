"""Build `round3.jsonl`, the analyst's event annotation of three VOA stories (issue 9 spot check).

The annotation is written below as data (sentence anchor, trigger, codes); this script only finds
the character offsets in the corpus text, checks that every anchor and trigger is found exactly
where stated, and writes one JSON line per story. Run from the repository root:

    python data/gold/spotcheck/build_round3.py ../shared/corpora/voa/voa_stories.jsonl

Fields of an event: `sentence_start`/`sentence_end` and `trigger_start`/`trigger_end` are character
offsets into the story's `text`; `optional` marks an event an analyst may code or leave out (not
counted as missed when absent); `accept_types`, `accept_actor`, `accept_recipient` list other
answers the judge accepts as right; the flags follow `data/gold/events/GUIDELINE.md`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import build, make_ev

STORIES = ["6205546", "6181504", "7810159"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E = []


ev = make_ev(E)


# ---------------------------------------------------------------- 6205546 (2021-05-07)
S = "6205546"
ev(
    S,
    "The standing committee of the National People",
    "voted April 29 to amend",
    "COERCE",
    "restrict",
    ["CHN"],
    ["The standing committee of the National People's Congress"],
    [],
    [],
    accept_types=["THREATEN"],
    note="the law lets China stop and fine foreign vessels (sentences 0-3): a restriction on "
    "foreign "
    "shipping, not an ordinary domestic law",
)
ev(
    S,
    "Chinese officials probably intend",
    "use the law selectively",
    "COERCE",
    "restrict",
    ["CHN"],
    ["Chinese officials"],
    [],
    [],
    optional=True,
    hypothetical=True,
    note="experts' guess about intent; acceptable only flagged hypothetical",
)
ev(
    S,
    "China already uses its coast guard",
    "uses its coast guard",
    "MOBILIZE",
    "",
    ["CHN"],
    ["China"],
    [],
    [],
    optional=True,
    note="habitual use of coast guard and fleets to fortify a claim",
)
ev(
    S,
    "U.S. warships passed into the sea",
    "passed into the sea",
    "MOBILIZE",
    "weapons",
    ["USA"],
    ["U.S. warships"],
    [],
    [],
    accept_recipient=[["CHN"]],
    note="warship transits are MOBILIZE (guideline 12); "
    "'irritating China' is a state, not an event",
)
ev(
    S,
    "The United States has no claim in the sea",
    "look to Washington for support",
    "REQUEST",
    "assist",
    ["TWN"],
    ["Taiwan"],
    ["USA"],
    ["Washington"],
    optional=True,
    note="analysts' characterisation; 'the Southeast Asian states' gets no code",
)
ev(
    S,
    "The United States has no claim in the sea",
    "expands its navy",
    "MOBILIZE",
    "weapons",
    ["CHN"],
    ["China"],
    [],
    [],
    optional=True,
    note="general naval build-up in an as-clause",
)
ev(
    S,
    "The government bans fishing",
    "bans fishing",
    "COERCE",
    "restrict",
    ["CHN"],
    ["The government"],
    [],
    [],
    note="seasonal fishing ban in the disputed sea ('the government' = China, previous sentence)",
)
ev(
    S,
    "The government bans fishing",
    "approved a Coast Guard Law",
    "THREATEN",
    "violence",
    ["CHN"],
    ["it"],
    [],
    [],
    accept_types=["COERCE"],
    note="a law authorising fire on foreign vessels: a standing coercive warning",
)
ev(
    S,
    "Chinese authorities have boarded",
    "boarded",
    "COERCE",
    "seize",
    ["CHN"],
    ["Chinese authorities"],
    [],
    [],
    note="boarding foreign boats = search/seizure",
)
ev(
    S,
    "China, which cites historical records",
    "landfills small islets for military use",
    "MOBILIZE",
    "",
    ["CHN"],
    ["China"],
    [],
    [],
    note="militarising islets in the disputed sea",
)

# ---------------------------------------------------------------- 6181504 (2019-12-23)
S = "6181504"
ev(
    S,
    "China and Malaysia, old friends",
    "are disagreeing",
    "ACCUSE",
    "disapprove",
    ["CHN", "MYS"],
    ["China", "Malaysia"],
    [],
    [],
    optional=True,
    accept_types=["REJECT"],
    note="lede summary of the dispute told in sentences 1-3",
)
ev(
    S,
    "On Dec. 12, the Southeast Asian nation",
    "submitted documentation",
    "REQUEST",
    "",
    ["MYS"],
    ["the Southeast Asian nation"],
    ["UNO"],
    ["U.N. Commission on the Limits of the Continental Shelf"],
    note="a submission asking a UN body to recognise extended rights",
)
ev(
    S,
    "The documentation, linked to a related",
    "met with opposition",
    "ACCUSE",
    "disapprove",
    ["CHN"],
    ["China's U.N. mission"],
    ["MYS"],
    ["Malaysia"],
    accept_types=["REJECT"],
    accept_recipient=[["MYS", "VNM"]],
    note="'opposes X' is ACCUSE/disapprove (guideline 14)",
)
ev(
    S,
    "The documentation, linked to a related",
    "application that Malaysia and Vietnam made",
    "REQUEST",
    "",
    ["MYS", "VNM"],
    ["Malaysia", "Vietnam"],
    [],
    [],
    accept_recipient=[["UNO"]],
    note="event in a relative clause (guideline 1): the joint 2009 submission",
)
ev(
    S,
    "The United States particularly opposes",
    "opposes",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["The United States"],
    ["CHN"],
    ["China's"],
)
ev(
    S,
    "The United States particularly opposes",
    "gives military support",
    "AID",
    "",
    ["USA"],
    ["The United States"],
    [],
    [],
    accept_types=["COOPERATE"],
    note="'Chinese rivals in Asia' names no country; codebook: military assistance is AID",
)
ev(
    S,
    "Old friends Malaysia's former prime minister",
    "seldom criticized",
    "ACCUSE",
    "disapprove",
    ["MYS"],
    ["Najib Razak"],
    ["CHN"],
    ["China"],
    optional=True,
    negated=True,
    note="'seldom' is near-negation; right only if flagged negated",
)
ev(
    S,
    "Old friends Malaysia's former prime minister",
    "accepted Chinese funding",
    "AID",
    "",
    ["CHN"],
    ["Chinese"],
    ["MYS"],
    ["Najib Razak"],
    accept_types=["COOPERATE"],
    accept_actor=[["MYS"]],
    accept_recipient=[["CHN"]],
    note="Chinese funding (loans) for Malaysian projects; "
    "acceptance coded as MYS->CHN also accepted",
)
ev(
    S,
    "As of mid-2018, Malaysia had racked up",
    "racked up about $34 billion in loans",
    "AID",
    "",
    ["CHN"],
    ["China's"],
    ["MYS"],
    ["Malaysia"],
    optional=True,
    accept_types=["COOPERATE"],
    note="cumulative loan figure (a statistic)",
)
ev(
    S,
    "In 2017, China contributed",
    "contributed",
    "AID",
    "",
    ["CHN"],
    ["China"],
    ["MYS"],
    ["Malaysia"],
    optional=True,
    accept_types=["COOPERATE"],
    note="investment statistic",
)
ev(
    S,
    "Mahathir has been more outspoken",
    "sail into the contested waters",
    "MOBILIZE",
    "weapons",
    ["CHN"],
    ["Chinese coast guard ships"],
    [],
    [],
    accept_recipient=[["MYS"]],
    note="coast guard ships in contested waters; Malaysia is implied, not named in the clause",
)
ev(
    S,
    "In April he called on the Communist leadership",
    "called on",
    "REQUEST",
    "",
    ["MYS"],
    ["he"],
    ["CHN"],
    ["the Communist leadership"],
)
ev(
    S,
    "Review of relations Mahathir's government",
    "froze",
    "SANCTION",
    "discontinue",
    ["MYS"],
    ["Mahathir's government"],
    ["CHN"],
    ["Chinese-funded"],
)
ev(
    S,
    "Review of relations Mahathir's government",
    "aided by China",
    "AID",
    "",
    ["CHN"],
    ["China"],
    ["MYS"],
    [],
    optional=True,
    note="attribute of the projects",
)
ev(
    S,
    "Malaysia has lost access at sea",
    "lost access at sea",
    "RETREAT",
    "withdraw",
    ["MYS"],
    ["Malaysia"],
    ["IDN", "SGP"],
    ["Indonesia", "Singapore"],
    optional=True,
    accept_types=["SANCTION"],
    accept_actor=[["IDN", "SGP"]],
    accept_recipient=[["MYS"]],
    note="vague reference to lost maritime/territorial cases",
)
ev(
    S,
    "Malaysia hopes to get concessionary loans",
    "hopes to get concessionary loans",
    "REQUEST",
    "assist",
    ["MYS"],
    ["Malaysia"],
    ["CHN"],
    ["Chinese-funded"],
    optional=True,
    note="a hope, not a speech act",
)
ev(
    S,
    "China hopes to avoid arbitration Malaysia",
    "contest",
    "REJECT",
    "",
    ["MYS", "PHL", "BRN", "VNM", "TWN"],
    ["Malaysia", "the Philippines", "Brunei", "Vietnam", "Taiwan"],
    ["CHN"],
    ["China's"],
    optional=True,
    note="standing position (a state, guideline 1c); acceptable either way",
)
ev(
    S,
    "Vietnam is expected to harden its stance",
    "want their government to step up opposition",
    "REQUEST",
    "change",
    ["PHL"],
    ["people in the Philippines"],
    ["PHL"],
    ["their government"],
    optional=True,
    note="public opinion, not a speech act; "
    "Vietnam's 'expected to harden' is a forecast (not coded)",
)
ev(
    S,
    "The U.S. government, among others, helps",
    "helps",
    "AID",
    "",
    ["USA"],
    ["The U.S. government"],
    [],
    [],
    accept_types=["COOPERATE"],
    note="'Southeast Asian maritime claimants' names no country; "
    "restates sentence 6 in other words",
)
ev(
    S,
    "China lost world court arbitration",
    "lost world court arbitration",
    "SANCTION",
    "convict",
    ["PHL"],
    ["the Philippines"],
    ["CHN"],
    ["China"],
    accept_actor=[["PHL", "UNO"], ["PHL", "IGO"], ["UNO"], ["IGO"]],
    note="a tribunal's ruling against China won by the Philippines "
    "(codebook: winner and court as actor)",
)
ev(
    S,
    "Beijing cites historic records",
    "has rejected the arbitral ruling",
    "REJECT",
    "",
    ["CHN"],
    ["Beijing"],
    [],
    [],
    accept_recipient=[["PHL"], ["IGO"], ["UNO"]],
    note="'to back its claims' is not SUPPORT",
)
ev(
    S,
    '"The Commission on the Limits',
    "should continue to exercise prudence",
    "REQUEST",
    "",
    ["CHN"],
    ["Chinese Ambassador Wu Haitao"],
    ["UNO"],
    ["The Commission on the Limits of the Continental Shelf"],
    accept_recipient=[["UNO"]],
    note="a demand that submissions involving disputes not be considered",
)

# ---------------------------------------------------------------- 7810159 (2024-10-04)
S = "7810159"
ev(
    S,
    "Japan's new prime minister, Shigeru Ishiba",
    "may advocate for forming a nuclear body",
    "REQUEST",
    "",
    ["JPN"],
    ["Shigeru Ishiba"],
    ["USA"],
    ["the United States"],
    optional=True,
    hypothetical=True,
    accept_types=["AGREE"],
    note="analysts' forecast ('may advocate'); acceptable only flagged hypothetical",
)
ev(
    S,
    "Nuclear talk body The new body",
    "established",
    "COOPERATE",
    "",
    ["KOR", "USA"],
    ["South Korea", "the United States"],
    [],
    [],
    accept_types=["SUPPORT", "AGREE"],
    note="joint nuclear consultative body set up in April 2023 (relative clause)",
)
ev(
    S,
    "In a joint statement issued",
    "meeting",
    "CONSULT",
    "",
    ["JPN", "USA"],
    ["Tokyo", "Washington"],
    [],
    [],
    note="their Security Consultative Committee meeting in July",
)
ev(
    S,
    "In a joint statement issued",
    "shared concerns",
    "ACCUSE",
    "disapprove",
    ["JPN", "USA"],
    ["Tokyo", "Washington"],
    ["CHN"],
    ["China's"],
    note="concern over China's arsenal; the expansion is the accusation's content, not coded",
)
ev(
    S,
    "In a joint statement issued",
    "agreed to strengthen deterrence",
    "AGREE",
    "",
    ["JPN", "USA"],
    ["Tokyo", "Washington"],
    [],
    [],
)
ev(
    S,
    '"Prime Minister Ishiba has spoken openly',
    "has spoken openly about the serious security challenges",
    "ACCUSE",
    "disapprove",
    ["JPN"],
    ["Prime Minister Ishiba"],
    ["CHN"],
    ["China"],
    note="a public statement of concern about China; "
    "'challenges China poses' itself is an assessment, not THREATEN",
)
ev(
    S,
    "Before Ishiba was elected, he wrote an article",
    "advocating for an Asian version of NATO",
    "REQUEST",
    "change",
    ["JPN"],
    ["he"],
    [],
    [],
    accept_types=["SUPPORT"],
    note="a published call for an Asian NATO",
)
ev(
    S,
    "Extended deterrence involves a U.S. commitment",
    "commitment to use all military assets",
    "AGREE",
    "",
    ["USA"],
    ["U.S."],
    [],
    [],
    optional=True,
    note="definition of a standing commitment",
)
ev(
    S,
    "But in recent years, there has been growing skepticism",
    "call for its own nuclear weapons",
    "REQUEST",
    "change",
    ["KOR"],
    ["South Korea"],
    [],
    [],
    accept_types=["THREATEN"],
    note="summary of Yoon's January 2023 remark (next sentence)",
)
ev(
    S,
    "In January 2023, South Korean President Yoon",
    "ask the U.S. to redeploy nuclear weapons",
    "REQUEST",
    "",
    ["KOR"],
    ["South Korean President Yoon Suk Yeol"],
    ["USA"],
    ["the U.S."],
    optional=True,
    hypothetical=True,
    accept_types=["THREATEN", "MOBILIZE"],
    note="'may have to consider': hypothetical; acceptable only flagged hypothetical",
)
ev(
    S,
    "Yoon later retracted his statement",
    "retracted his statement",
    "CONCEDE",
    "",
    ["KOR"],
    ["Yoon"],
    [],
    [],
    note="retracted demands are CONCEDE (guideline 9)",
)
ev(
    S,
    "Yoon later retracted his statement",
    "focus on enhancing deterrence with the United States",
    "AGREE",
    "",
    ["KOR"],
    ["South Korea"],
    ["USA"],
    ["the United States"],
    accept_actor=[["KOR", "USA"]],
    accept_recipient=[[]],
    note="future military cooperation stated as intent = AGREE",
)
ev(
    S,
    "Asian NATO Ishiba's call for a collective",
    "call for a collective security arrangement",
    "REQUEST",
    "change",
    ["JPN"],
    ["Ishiba's"],
    [],
    [],
    optional=True,
    accept_types=["SUPPORT"],
    note="nominal re-mention of the call in sentence 14",
)
ev(
    S,
    "Before Japan's own election this month",
    "visited Taiwan",
    "CONSULT",
    "visit",
    ["JPN"],
    ["Ishiba"],
    ["TWN"],
    ["Taiwan"],
    note="'told Taiwan President Lai' is the same occurrence "
    "(a second CONSULT would be a duplicate)",
)
ev(
    S,
    "Before Japan's own election this month",
    "China's aggression",
    "ACCUSE",
    "disapprove",
    ["JPN"],
    ["Ishiba"],
    ["CHN"],
    ["China's"],
    optional=True,
    note="content of what he told Lai; acceptable as a verbal accusation",
)
ev(
    S,
    "The Sasakawa Peace Foundation's Schoff said",
    "sending a signal to China and Russia",
    "THREATEN",
    "",
    ["JPN"],
    ["he"],
    ["CHN", "RUS"],
    ["China", "Russia"],
    optional=True,
    note="an analyst's reading of Ishiba's stance as a conditional warning",
)
ev(
    S,
    "Japan accused a Chinese spy plane",
    "accused",
    "ACCUSE",
    "allege",
    ["JPN"],
    ["Japan"],
    ["CHN"],
    ["a Chinese spy plane"],
    note="the airspace violation is the accusation's content (guideline 2)",
)


if __name__ == "__main__":
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/voa/voa_stories.jsonl"
    records = build(corpus, STORIES, E)
    with open("data/gold/spotcheck/round3.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in records:
        req = sum(not e["optional"] for e in r["events"])
        print(
            r["id"], "events", len(r["events"]), "required", req, "optional", len(r["events"]) - req
        )

"""Build `round15.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 15 takes its stories from the search store, as rounds 7-14 (the VOA corpus pool has no
international-relations story left without development-gold sentences). The texts are kept
readable in `round15_stories_source.txt`; this script first rebuilds `round15-stories.jsonl` from
it (`common.write_stories`: every paragraph found in the source, a truncated text ending at a
complete sentence), then resolves the annotation written below against those texts
(`common.write_and_check`, the builder of rounds 9-14: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It imports round 9's builder
for its paths (round 9's files are not rewritten) and does not import wirecoder. Run from the
repository root:

    python data/gold/spotcheck/build_round15.py

Fields are those of rounds 3-14 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05; signing
an agreement is SUPPORT, agreeing to terms AGREE, its point 15). An actor or recipient named only
in an earlier sentence is listed in `context_mentions`. No flag is pre-registered as "right only
if flagged".

The spot check's sentence splitter (`common.sentences`) splits after "Mr." (story 403890): each
"Mr." is a sentence of its own and "Medvedev ..." / "Sarkozy ..." start the next one. Events are
anchored on the sentence that holds their trigger; the bare "Mr." sentences hold no event.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_round9 as r9  # round 9's builder: its paths (its own files are not rewritten)
from common import make_ev, write_and_check, write_stories

HERE = r9.HERE
SOURCE = f"{HERE}/round15_stories_source.txt"
STORIES_JSONL = f"{HERE}/round15-stories.jsonl"
STORIES = ["3071322", "403890", "1363185", "1843015", "1913633", "sudan-border-2020"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ------------------------------------------- 3071322 (Turkey downs a Russian jet; Obama, 2015)
S = "3071322"
A0 = "Hours after the Turkish shootdown"
ev(
    S,
    A0,
    "Turkish shootdown of a Russian warplane",
    "ASSAULT",
    "",
    ["TUR"],
    ["Turkish"],
    ["RUS"],
    ["Russian"],
    note="a nominal attack with both parties named (guideline 1): required",
)
ev(
    S,
    A0,
    "agreed on the need to de-escalate tensions",
    "AGREE",
    "",
    ["USA", "TUR"],
    ["U.S.", "Turkish"],
    [],
    [],
    accept_types=["CONSULT"],
    note="the two leaders agree (on a phone call, next sentence): reciprocal AGREE; CONSULT "
    "accepted",
)
A1 = "The White House, in a statement late Tuesday"
ev(
    S,
    A1,
    "conferred by phone",
    "CONSULT",
    "",
    ["USA", "TUR"],
    ["the two leaders", "the two leaders"],
    [],
    [],
    context_mentions=[],
    note="the phone call: reciprocal CONSULT; 'the two leaders' are Obama and Erdogan (sentence 0)",
)
ev(
    S,
    A1,
    "voiced their commitment",
    "AGREE",
    "",
    ["USA", "TUR"],
    ["the two leaders", "the two leaders"],
    [],
    [],
    accept_types=["SUPPORT"],
    accept_recipient=[["SYR"]],
    note="a joint commitment to a political process for Syria: AGREE (promise), SUPPORT accepted; "
    "the content ('defeating Islamic State extremists') is not coded separately",
)
ev(
    S,
    "The statement also reiterated U.S. support",
    "reiterated U.S. support",
    "SUPPORT",
    "",
    ["USA"],
    ["U.S."],
    ["TUR"],
    ["Turkey"],
    note="endorsement of Turkey's right to defend its airspace: SUPPORT",
)
A3 = "Earlier Tuesday, Obama, speaking in Washington"
ev(
    S,
    A3,
    "ongoing problem",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["Obama"],
    ["RUS"],
    ["Russia"],
    note="criticism of Russia's operations in Syria: ACCUSE/disapprove",
)
ev(
    S,
    A3,
    "the downing of the Russian plane",
    "ASSAULT",
    "",
    [],
    [],
    ["RUS"],
    ["Russian"],
    optional=True,
    accept_actor=[["TUR"]],
    note="retelling of the shootdown of sentence 0 (Turkey not named here): optional",
)
ev(
    S,
    A3,
    "Russia's military operations in Syria",
    "ASSAULT",
    "",
    ["RUS"],
    ["Russia"],
    ["SYR"],
    ["Syria"],
    optional=True,
    accept_types=["MOBILIZE"],
    note="background nominal of Russia's campaign: optional",
)
A4 = "Speaking alongside French President Francois Hollande"
ev(
    S,
    A4,
    "Speaking alongside French President Francois Hollande at the White House",
    "CONSULT",
    "visit",
    ["FRA"],
    ["French President Francois Hollande"],
    ["USA"],
    ["the White House"],
    accept_actor=[["USA", "FRA"]],
    accept_recipient=[[]],
    note="Hollande with Obama at the White House (a visit and joint appearance): CONSULT/visit, "
    "visitor FRA, host USA; the reciprocal reading accepted",
)
ev(
    S,
    A4,
    "collecting details of the shootdown",
    "ACCUSE",
    "investigate",
    ["USA"],
    ["U.S. authorities"],
    [],
    [],
    optional=True,
    note="fact-finding on the incident: optional",
)
ev(
    S,
    A4,
    "have been targeting moderate Syrian opposition groups",
    "ASSAULT",
    "",
    ["RUS"],
    ["Russian military aircraft"],
    ["SYR"],
    ["Syrian opposition groups"],
    note="Russian air strikes on Syrian rebels (rebels are coded by their country): ASSAULT",
)
ev(
    S,
    A4,
    "while noting that",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["Obama"],
    ["RUS"],
    ["Russian"],
    optional=True,
    note="Obama's remark on the Russian targeting, read as criticism: optional",
)
ev(
    S,
    "He urged the two sides",
    "urged the two sides",
    "REQUEST",
    "",
    ["USA"],
    ["He"],
    ["TUR", "RUS"],
    ["the two sides", "the two sides"],
    note="Obama (He) appeals to Turkey and Russia to avoid escalation: REQUEST",
)
A6 = "Separately, Russian President Vladimir Putin"
ev(
    S,
    A6,
    "accused Ankara",
    "ACCUSE",
    "allege",
    ["RUS"],
    ["Russian President Vladimir Putin"],
    ["TUR"],
    ["Ankara"],
    note="Putin's 'stab in the back' accusation: ACCUSE/allege; 'equating the Turkish action to "
    "supporting terrorism' is its content (guideline 2), not coded",
)
ev(
    S,
    A6,
    "insists the Russian jet never entered Turkish airspace",
    "REJECT",
    "",
    ["RUS"],
    ["Russian"],
    ["TUR"],
    ["Turkish"],
    accept_types=["ACCUSE"],
    accept_recipient=[[]],
    note="Russia denies Turkey's claim of an airspace violation: REJECT (guideline 14); ACCUSE "
    "accepted",
)

# ---------------------------------- 403890 (Russia to withdraw from buffer zones in Georgia, 2008)
S = "403890"
ev(
    S,
    "Russia has agreed to withdraw its troops",
    "agreed to withdraw its troops",
    "CONCEDE",
    "",
    ["RUS"],
    ["Russia"],
    ["GEO"],
    ["Georgia"],
    accept_types=["RETREAT", "AGREE"],
    note="an announced future withdrawal: CONCEDE (guideline 4); RETREAT and AGREE accepted",
)
ev(
    S,
    "Russia has agreed to withdraw its troops",
    "buffer zones it had set up",
    "MOBILIZE",
    "",
    ["RUS"],
    ["Russia"],
    ["GEO"],
    ["Georgia"],
    optional=True,
    accept_types=["COERCE"],
    note="the buffer zones Russia set up (background): optional",
)
ev(
    S,
    "VOA Moscow Correspondent Peter Fedynsky",
    "talks with visiting French President",
    "CONSULT",
    "visit",
    ["FRA"],
    ["French President Nicolas Sarkozy"],
    ["RUS"],
    ["the Russian president"],
    accept_actor=[["RUS", "FRA"]],
    accept_recipient=[[]],
    note="Sarkozy's visit and talks: CONSULT/visit (visitor FRA, host RUS); reciprocal accepted",
)
A2 = "After talks with the French president near Moscow"
ev(
    S,
    A2,
    "After talks with the French president",
    "CONSULT",
    "",
    ["FRA", "RUS"],
    ["the French president", "Russian President Dmitri Medvedev"],
    [],
    [],
    optional=True,
    note="retelling of the talks of sentence 1: optional",
)
ev(
    S,
    A2,
    "will be withdrawn",
    "CONCEDE",
    "",
    ["RUS"],
    ["Russian"],
    ["GEO"],
    ["Georgia"],
    optional=True,
    accept_types=["RETREAT", "AGREE"],
    note="Medvedev states the withdrawal announced in sentence 0: a retelling, optional",
)
ev(
    S,
    A2,
    "military action that began August 8",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["RUS"], ["RUS", "GEO"], ["GEO"]],
    accept_recipient=[["GEO"]],
    note="the August 2008 war, no party named in the phrase: optional",
)
ev(
    S,
    "Medvedev says the agreement is based on a guarantee",
    "a guarantee the Georgia will not use force",
    "AGREE",
    "",
    ["GEO"],
    ["Georgia"],
    [],
    [],
    optional=True,
    accept_types=["CONCEDE"],
    accept_recipient=[["RUS"]],
    note="Georgia's guarantee not to use force (the letter of sentence 6 told first): optional "
    "here, required in sentence 6",
)
A6b = "Sarkozy says he presented his Russian counterpart"
ev(
    S,
    A6b,
    "presented his Russian counterpart with a letter",
    "CONSULT",
    "",
    ["FRA"],
    ["Sarkozy"],
    ["RUS"],
    ["Russian"],
    optional=True,
    note="handing over the letter during the talks: optional",
)
ev(
    S,
    A6b,
    "stating he will comply with the demand",
    "AGREE",
    "",
    ["GEO"],
    ["Georgian President Mikheil Saakashvili"],
    [],
    [],
    accept_types=["CONCEDE"],
    accept_recipient=[["RUS"], ["FRA"]],
    note="Saakashvili's written promise to comply (not to use force): AGREE; CONCEDE accepted; "
    "the demand's author is not named (Russia accepted)",
)
ev(
    S,
    "President Medvedev said Russian troops will be replaced",
    "will be replaced with international observers",
    "CONCEDE",
    "",
    ["RUS"],
    ["Russian"],
    [],
    [],
    optional=True,
    accept_types=["RETREAT", "AGREE"],
    accept_recipient=[["GEO"]],
    note="the replacement of Russian troops, part of the withdrawal already announced: optional",
)
A8 = "Following his visit to Russia"
ev(
    S,
    A8,
    "his visit to Russia",
    "CONSULT",
    "visit",
    ["FRA"],
    ["the French leader"],
    ["RUS"],
    ["Russia"],
    optional=True,
    note="retelling of the Moscow visit: optional",
)
ev(
    S,
    A8,
    "went to Tbilisi for talks with Georgian leaders",
    "CONSULT",
    "visit",
    ["FRA"],
    ["the French leader"],
    ["GEO"],
    ["Georgian leaders"],
    accept_actor=[["FRA", "GEO"]],
    accept_recipient=[[]],
    note="Sarkozy's visit to Tbilisi: CONSULT/visit",
)
A9 = "The Kremlin leader says the withdrawal will take place"
ev(
    S,
    A9,
    "the withdrawal will take place",
    "CONCEDE",
    "",
    ["RUS"],
    ["The Kremlin leader"],
    [],
    [],
    optional=True,
    accept_types=["RETREAT", "AGREE"],
    accept_recipient=[["GEO"]],
    note="timing of the withdrawal already announced: optional",
)
ev(
    S,
    A9,
    "the deployment of no less than 200 EU observers",
    "AID",
    "",
    ["EUR"],
    ["EU"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["MOBILIZE", "COOPERATE"],
    accept_recipient=[["GEO"]],
    note="a planned EU monitoring mission (guideline 12: a protective deployment is AID), not yet "
    "sent: optional, future",
)
ev(
    S,
    "Medvedev said Russia has also agreed to pull out",
    "agreed to pull out its forces",
    "CONCEDE",
    "",
    ["RUS"],
    ["Russia"],
    ["GEO"],
    ["Georgia"],
    accept_types=["RETREAT", "AGREE"],
    note="a second announced withdrawal (Poti-Senaki line): CONCEDE; the condition 'Georgia will "
    "not use force' is not coded",
)
ev(
    S,
    "The Russian and French leaders also announced",
    "announced international discussions",
    "AGREE",
    "",
    ["RUS", "FRA"],
    ["Russian", "French"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    note="talks planned for Geneva from October 15: a planned meeting, AGREE future=true "
    "(guideline 4 note); CONSULT accepted",
)
A13 = "But both men expressed continued disagreement"
ev(
    S,
    A13,
    "expressed continued disagreement",
    "ACCUSE",
    "disapprove",
    ["FRA", "RUS"],
    ["both men", "both men"],
    [],
    [],
    accept_types=["REJECT"],
    accept_actor=[["FRA"]],
    accept_recipient=[["RUS"]],
    note="an open disagreement voiced by both presidents: reciprocal ACCUSE/disapprove (REJECT "
    "accepted; France as actor, Russia as recipient accepted); 'both men' are Sarkozy and "
    "Medvedev",
)
ev(
    S,
    A13,
    "Russia's recognition of Abkhaz and South Ossetian independence",
    "SUPPORT",
    "",
    ["RUS"],
    ["Russia"],
    ["GEO"],
    ["Abkhaz"],
    optional=True,
    accept_types=["COERCE"],
    note="Russia's recognition of the breakaway regions (coded GEO as domestic actors), "
    "background: optional",
)
ev(
    S,
    "Sarkozy said it is not up to Russia",
    "it is not up to Russia to unilaterally recognize",
    "ACCUSE",
    "disapprove",
    ["FRA"],
    ["Sarkozy"],
    ["RUS"],
    ["Russia"],
    note="Sarkozy criticizes Russia's unilateral recognition: ACCUSE/disapprove",
)
ev(
    S,
    "Medvedev said the decision is irrevocable",
    "the decision is irrevocable",
    "REJECT",
    "",
    ["RUS"],
    ["Medvedev"],
    [],
    [],
    accept_recipient=[["FRA"]],
    note="Medvedev refuses to reverse the recognition: REJECT; no recipient named (France "
    "accepted)",
)

# ------------------------------------ 1363185 (India, Pakistan talks; Mumbai accusations, 2012)
S = "1363185"
A0 = "NEW DELHI — India has made fresh accusations"
ev(
    S,
    A0,
    "made fresh accusations",
    "ACCUSE",
    "allege",
    ["IND"],
    ["India"],
    ["PAK"],
    ["Pakistani"],
    note="India accuses the Pakistani state of supporting the 2008 attacks: ACCUSE/allege",
)
ev(
    S,
    A0,
    "the 2008 terror attacks",
    "ASSAULT",
    "",
    [],
    [],
    ["IND"],
    ["India"],
    optional=True,
    accept_actor=[["PAK"]],
    note="the Mumbai attacks, the content of the accusation (guideline 2), no attacker named: "
    "optional",
)
ev(
    S,
    A0,
    "peace talks",
    "CONSULT",
    "",
    ["IND", "PAK"],
    ["India", "Pakistani"],
    [],
    [],
    optional=True,
    accept_actor=[[]],
    note="the talks, told as a nominal (participants only implied): optional; required in "
    "sentence 1",
)
A1 = "As top diplomats from India and Pakistan met"
ev(
    S,
    A1,
    "met in the Indian capital",
    "CONSULT",
    "",
    ["IND", "PAK"],
    ["India", "Pakistan"],
    [],
    [],
    accept_actor=[["PAK"]],
    accept_recipient=[["IND"]],
    note="the foreign secretaries' meeting: reciprocal CONSULT (Pakistan visiting India accepted)",
)
ev(
    S,
    A1,
    "renewed allegations",
    "ACCUSE",
    "allege",
    ["IND"],
    ["India’s Home Minister P. Chidambaram"],
    ["PAK"],
    ["Pakistani"],
    note="Chidambaram's allegation of state actors in Karachi: ACCUSE/allege; the coordination "
    "of the strike is its content, not coded",
)
ev(
    S,
    "“So I think the dots are being connected",
    "the control of the incident",
    "ACCUSE",
    "allege",
    ["IND"],
    ["he"],
    ["PAK"],
    ["Pakistan"],
    optional=True,
    note="the quoted allegation, a retelling of sentence 1: optional",
)
A3 = "Indian officials say they have gathered the evidence"
ev(
    S,
    A3,
    "gathered the evidence",
    "ACCUSE",
    "investigate",
    ["IND"],
    ["Indian officials"],
    [],
    [],
    optional=True,
    accept_recipient=[["PAK"]],
    note="the investigation: optional",
)
ev(
    S,
    A3,
    "mounted the multiple assaults",
    "ASSAULT",
    "",
    [],
    [],
    ["IND"],
    ["Mumbai"],
    accept_actor=[["PAK"]],
    note="the 2008 Mumbai attacks, with a named target and no attacker's country named: ASSAULT "
    "with an empty actor (Pakistan accepted)",
)
A4 = "He was arrested last month"
ev(
    S,
    A4,
    "was arrested",
    "COERCE",
    "arrest",
    [],
    [],
    [],
    [],
    accept_actor=[["IND"]],
    note="the arrest of the alleged handler (by India, not named in the sentence): "
    "COERCE/arrest, empty participants (India as actor accepted)",
)
ev(
    S,
    A4,
    "being deported by Saudi Arabia",
    "COERCE",
    "deport",
    ["SAU"],
    ["Saudi Arabia"],
    [],
    [],
    accept_types=["COOPERATE"],
    accept_recipient=[["IND"]],
    note="Saudi Arabia deports him (to India): COERCE/deport; COOPERATE (handing a suspect to "
    "another state, guideline 8) accepted",
)
ev(
    S,
    "India now has more details",
    "the attack was launched",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_recipient=[["IND"]],
    note="retelling of the attack: optional",
)
A7 = "The home minister's allegations took center stage"
ev(
    S,
    A7,
    "talks between Indian Foreign Secretary Ranjan Mitthai and his Pakistani counterpart",
    "CONSULT",
    "",
    ["IND", "PAK"],
    ["Indian Foreign Secretary Ranjan Mitthai", "Pakistani"],
    [],
    [],
    optional=True,
    note="retelling of the meeting of sentence 1: optional",
)
ev(
    S,
    A7,
    "The home minister's allegations",
    "ACCUSE",
    "allege",
    ["IND"],
    ["The home minister"],
    [],
    [],
    optional=True,
    accept_recipient=[["PAK"]],
    note="back-reference to the allegations: optional",
)

# ------------------------------------------------ 1843015 (Koreas agree to talk on reunions, 2014)
S = "1843015"
A0 = "South Korean officials said North Korea has accepted"
ev(
    S,
    A0,
    "has accepted an offer to meet",
    "AGREE",
    "",
    ["PRK"],
    ["North Korea"],
    ["KOR"],
    ["South Korean"],
    future=True,
    accept_recipient=[[]],
    note="North Korea accepts the South's offer of talks this week: AGREE with future=true "
    "(a planned meeting, guideline 4 note)",
)
ev(
    S,
    A0,
    "an offer to meet",
    "AGREE",
    "",
    ["KOR"],
    ["South Korean"],
    ["PRK"],
    ["North Korea"],
    optional=True,
    future=True,
    accept_types=["REQUEST"],
    note="the South's offer, told as a nominal: optional",
)
ev(
    S,
    "On Monday, Pyongyang offered to attend talks",
    "offered to attend talks",
    "AGREE",
    "",
    ["PRK"],
    ["Pyongyang"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    accept_recipient=[["KOR"]],
    note="Pyongyang's offer to attend talks on a given day: AGREE future=true; recipient (Seoul) "
    "not named here",
)
ev(
    S,
    "A South Korean Unification Ministry spokesman",
    "would work to hold the reunions",
    "AGREE",
    "",
    ["KOR"],
    ["Seoul"],
    [],
    [],
    accept_types=["COOPERATE"],
    accept_recipient=[["PRK"]],
    note="Seoul's pledge to hold the reunions soon (future cooperation is AGREE, guideline 4); "
    "COOPERATE accepted",
)
ev(
    S,
    "Inter-Korean family reunions have not taken place",
    "Inter-Korean family reunions have not taken place",
    "COOPERATE",
    "",
    ["KOR", "PRK"],
    ["Inter-Korean", "Inter-Korean"],
    [],
    [],
    optional=True,
    negated=True,
    note="reunions not held for three years, a negated state: optional",
)
ev(
    S,
    "Last year, Pyongyang abruptly canceled reunions",
    "abruptly canceled reunions",
    "REJECT",
    "",
    ["PRK"],
    ["Pyongyang"],
    [],
    [],
    accept_types=["SANCTION"],
    accept_recipient=[["KOR"]],
    note="North Korea calls off the agreed reunions: REJECT (SANCTION/discontinue accepted); "
    "no recipient named",
)

# ------------------------------------------ 1913633 (Vietnam protests China's oil rig, May 2014)
S = "1913633"
A0 = "Tension is rising in Vietnam"
ev(
    S,
    A0,
    "protests reported nationwide",
    "PROTEST",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["VNM"]],
    accept_recipient=[["CHN"]],
    note="protests named by topic, no participant in the phrase: optional",
)
ev(
    S,
    A0,
    "a Chinese oil drilling platform deployed near the Paracel islands",
    "MOBILIZE",
    "",
    ["CHN"],
    ["Chinese"],
    [],
    [],
    accept_recipient=[["VNM"]],
    accept_types=["COERCE"],
    note="China's deployment of the rig in disputed waters: MOBILIZE (guideline 12, a "
    "deployment); the dispute itself is a state, not coded",
)
ev(
    S,
    "According to local newspapers in Hanoi",
    "were taking to the streets",
    "PROTEST",
    "",
    ["VNM"],
    ["workers"],
    ["CHN"],
    ["China"],
    note="workers in Vietnam march against China's rig: PROTEST (their demand in the same "
    "sentence is not coded separately, guideline 11); workers at Hong Kong and Taiwanese "
    "factories in Vietnam are VNM",
)
A2 = "A hotel at a popular beach town"
ev(
    S,
    A2,
    "is refusing Chinese guests",
    "REJECT",
    "",
    ["VNM"],
    ["A hotel"],
    ["CHN"],
    ["Chinese"],
    accept_types=["SANCTION"],
    note="a Vietnamese hotel bars Chinese guests (barring entry to people is REJECT, guideline 8): "
    "required, a close call; SANCTION accepted",
)
ev(
    S,
    A2,
    "canceling trips to China",
    "SANCTION",
    "",
    ["VNM"],
    ["Vietnamese tourists"],
    ["CHN"],
    ["China"],
    optional=True,
    accept_types=["REJECT"],
    note="private tourists cancel trips, a boycott by individuals: optional",
)
A3 = "Over the weekend, hundreds of people demonstrated"
ev(
    S,
    A3,
    "demonstrated outside the Chinese embassy",
    "PROTEST",
    "",
    ["VNM"],
    ["hundreds of people"],
    ["CHN"],
    ["Chinese"],
    note="the demonstration at China's embassy in Hanoi: PROTEST",
)
ev(
    S,
    A3,
    "similar protests taking place across the country",
    "PROTEST",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["VNM"]],
    accept_recipient=[["CHN"]],
    note="further protests, no participant named: optional",
)
ev(
    S,
    "More protests are expected",
    "More protests are expected to take place",
    "PROTEST",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    future=True,
    accept_actor=[["VNM"]],
    accept_recipient=[["CHN"]],
    note="expected protests: optional, future",
)

# --------------------------------------- sudan-border-2020 (Sudan closes border; Tigray war, 2020)
S = "sudan-border-2020"
ev(
    S,
    "Sudan has partially closed its border",
    "has partially closed its border",
    "SANCTION",
    "discontinue",
    ["SDN"],
    ["Sudan"],
    ["ETH"],
    ["Ethiopia"],
    accept_types=["REJECT", "MOBILIZE", "COERCE"],
    note="Sudan closes part of its border with Ethiopia: SANCTION/discontinue (cutting links); "
    "REJECT, MOBILIZE and COERCE accepted",
)
ev(
    S,
    "The closure was announced Thursday",
    "The closure was announced",
    "SANCTION",
    "discontinue",
    ["SDN"],
    ["Kassala State"],
    [],
    [],
    optional=True,
    accept_types=["REJECT"],
    accept_recipient=[["ETH"]],
    note="retelling of the closure: optional",
)
ev(
    S,
    "The move follows tension",
    "has launched a military campaign",
    "ASSAULT",
    "",
    ["ETH"],
    ["the federal government"],
    ["ETH"],
    ["Tigray"],
    accept_types=["MOBILIZE"],
    note="Ethiopia's offensive in Tigray (TPLF/Tigray coded ETH as domestic actors): ASSAULT",
)
ev(
    S,
    "The Ethiopian Air Force reportedly bombed",
    "bombed military facilities in Tigray",
    "ASSAULT",
    "bomb",
    ["ETH"],
    ["The Ethiopian Air Force"],
    ["ETH"],
    ["Tigray"],
    note="air strikes on Tigray: ASSAULT",
)
A5 = "On Wednesday, Ethiopian Prime Minister Abiy Ahmed ordered"
ev(
    S,
    A5,
    "ordered troops into Tigray",
    "MOBILIZE",
    "",
    ["ETH"],
    ["Ethiopian Prime Minister Abiy Ahmed"],
    ["ETH"],
    ["Tigray"],
    accept_types=["ASSAULT"],
    note="troops sent into Tigray: MOBILIZE (ASSAULT accepted)",
)
ev(
    S,
    A5,
    "a deadly attack on a federal military base",
    "ASSAULT",
    "",
    [],
    [],
    ["ETH"],
    ["federal military base"],
    accept_actor=[["ETH"]],
    note="the attack on the federal base; its author (the TPLF) is named only in sentence 6: "
    "empty actor, ETH accepted",
)
ev(
    S,
    "Abiy’s administration blames",
    "blames",
    "ACCUSE",
    "allege",
    ["ETH"],
    ["Abiy’s administration"],
    ["ETH"],
    ["Tigray People’s Liberation Front"],
    note="the government blames the TPLF for the attack: ACCUSE/allege",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round15.jsonl", STORIES_JSONL, STORIES, E)

"""Build `round8.jsonl`, the analyst's event annotation of four VOA pages (issue 9 spot check).

Round 8, like round 7, takes its stories from the search store (the corpus pool is used up; see
`README.md`). The texts are kept readable in `round8_stories_source.txt`; this script first
rebuilds `round8-stories.jsonl` from it (`common.write_stories`), then resolves the annotation
written below against those texts (`common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round8.py

Fields are those of rounds 3-7 (see `README.md`): `optional` marks an event an analyst may code
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
SOURCE = f"{HERE}/round8_stories_source.txt"
STORIES_JSONL = f"{HERE}/round8-stories.jsonl"
STORIES = ["7499405", "syria-kurds-2019", "4639137", "karabakh-talks-2020"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ------------------------------------------------------ 7499405 (Russian drones on Odesa, 2024)
S = "7499405"
ev(
    S,
    "Ukrainian officials said Friday a Russian drone struck",
    "struck",
    "ASSAULT",
    "drone",
    ["RUS"],
    ["Russian"],
    ["UKR"],
    ["Odesa"],
    accept_recipient=[[]],
    note="the drone strike on Odesa; 'triggering a fire and killing at least three people' "
    "are its results (not coded again)",
)
ev(
    S,
    "The military said Russia launched 31 drones",
    "launched 31 drones at Ukraine",
    "ASSAULT",
    "drone",
    ["RUS"],
    ["Russia"],
    ["UKR"],
    ["Ukraine"],
    note="the night's drone attack on Ukraine as a whole",
)
ev(
    S,
    "The military said Russia launched 31 drones",
    "destroyed 23 of them",
    "ASSAULT",
    "",
    ["UKR"],
    ["air defenses"],
    ["RUS"],
    ["Russia"],
    optional=True,
    accept_types=["MOBILIZE"],
    accept_recipient=[[]],
    note="air defence shooting down drones: defensive use of force, optional (ASSAULT or "
    "MOBILIZE accepted)",
)
ev(
    S,
    "Southern forces said they had intercepted nine drones",
    "intercepted nine drones",
    "ASSAULT",
    "",
    ["UKR"],
    ["Southern forces"],
    [],
    [],
    optional=True,
    accept_types=["MOBILIZE"],
    accept_recipient=[["RUS"]],
    note="a part of the interceptions of sentence 1: optional",
)
ev(
    S,
    "Southern forces said they had intercepted nine drones",
    "one struck an area near the port",
    "ASSAULT",
    "drone",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["RUS"]],
    accept_recipient=[["UKR"]],
    note="retelling of the Odesa strike of sentence 0 (no party named in the sentence): optional",
)
ev(
    S,
    "In Dnipropetrovsk, regional Governor Sergiy Lysak",
    "a Russian drone hit an apartment building",
    "ASSAULT",
    "drone",
    ["RUS"],
    ["Russian"],
    ["UKR"],
    ["Dnipropetrovsk"],
    accept_recipient=[[]],
    note="a second strike, in Dnipropetrovsk",
)
ev(
    S,
    "Russia's invasion of Ukraine began",
    "invasion",
    "ASSAULT",
    "",
    ["RUS"],
    ["Russia"],
    ["UKR"],
    ["Ukraine"],
    accept_types=["MOBILIZE"],
    note="nominal event with both parties named (guideline 1, 'Russia's full-scale invasion of "
    "Ukraine'): required; MOBILIZE accepted",
)
ev(
    S,
    "Russia's invasion of Ukraine began",
    "are to hold a virtual meeting Saturday",
    "AGREE",
    "multilateral",
    ["IGO"],
    ["Group of Seven"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    note="planned G7 meeting: AGREE with future=true (guideline note of 2026-12-05); G7 -> IGO; "
    "'to discuss their support for Ukraine' is its purpose (not coded)",
)
ev(
    S,
    "White House press secretary Karine Jean-Pierre",
    "will participate in the talks",
    "AGREE",
    "multilateral",
    ["UKR"],
    ["Ukrainian"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    accept_actor=[["UKR", "IGO"]],
    accept_recipient=[["IGO"]],
    note="Zelenskyy's planned part in the G7 talks: AGREE future=true; 'the group will address "
    "steps ... holding Russia accountable' is the agenda (not coded); 'told reporters' not coded",
)
ev(
    S,
    "The United States is also preparing to unveil",
    "preparing to unveil a new round of sanctions",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["The United States"],
    ["RUS"],
    ["Russia"],
    future=True,
    note="announced sanctions not yet imposed: SANCTION with future=true (guideline 4); 'its "
    "invasion of Ukraine' is a re-mention and 'the death in custody of ... Navalny' names no "
    "perpetrator (neither coded)",
)
ev(
    S,
    "The new sanctions will be against more than 500 targets",
    "The new sanctions",
    "SANCTION",
    "discontinue",
    [],
    [],
    [],
    [],
    optional=True,
    future=True,
    accept_actor=[["USA"]],
    accept_recipient=[["RUS"]],
    note="restatement of sentence 7's sanctions: optional",
)

# ------------------------------------------------- syria-kurds-2019 (Turkish offensive, 2019)
S = "syria-kurds-2019"
ev(
    S,
    "As Turkish forces began a military operation",
    "began a military operation",
    "ASSAULT",
    "",
    ["TUR"],
    ["Turkish forces"],
    ["SYR"],
    ["Syria"],
    accept_types=["MOBILIZE"],
    note="the start of the Turkish offensive in northern Syria (ASSAULT; MOBILIZE accepted); "
    "'a full-blown Turkish invasion' is feared, not happened (not coded)",
)
ev(
    S,
    "As Turkish forces began a military operation",
    "scrambled for possible support",
    "REQUEST",
    "assist",
    ["SYR"],
    ["Kurdish SDF leaders"],
    ["SYR"],
    ["Syrian government"],
    accept_actor=[[]],
    accept_types=["CONSULT"],
    note="the SDF (Syrian Kurdish force, domestic -> SYR) seeking Damascus's help: REQUEST/assist "
    "SYR -> SYR; 'to help fend off' is the purpose (guideline 3)",
)
ev(
    S,
    "Kurdish leaders also called on Russia",
    "called on Russia to act as an intermediary",
    "REQUEST",
    "meet",
    ["SYR"],
    ["Kurdish leaders"],
    ["RUS"],
    ["Russia"],
    accept_actor=[[]],
    note="request to Russia to mediate; 'possible talks with Damascus' are hypothetical "
    "(not coded)",
)
ev(
    S,
    "Rami Abdel Rahman of the Syrian Observatory",
    "conducted at least four airstrikes",
    "ASSAULT",
    "aerial",
    ["TUR"],
    ["Turkish"],
    ["SYR"],
    ["Ras al- Ayn"],
    accept_recipient=[[]],
    note="airstrikes on Ras al-Ayn; 'many civilians were fleeing the region' names no party that "
    "drove them (not coded); 'told Arab media' not coded",
)
ev(
    S,
    "Turkish forces, he added, also were shelling",
    "shelling",
    "ASSAULT",
    "explosives",
    ["TUR"],
    ["Turkish forces"],
    ["SYR"],
    ["Tal al Abyad"],
    accept_recipient=[[]],
    note="artillery shelling of Tal Abyad",
)
ev(
    S,
    "Amateur video on social media showed Kurds",
    "protesting the Turkish attack",
    "PROTEST",
    "demo",
    ["SYR"],
    ["Kurds"],
    ["TUR"],
    ["Turkish"],
    accept_recipient=[[]],
    note="Kurds demonstrating in northern Syrian towns against Turkey (domestic -> SYR); 'the "
    "Turkish attack' is a re-mention (not coded again)",
)
ev(
    S,
    "Amateur video on social media showed Kurds",
    "rushing to join military units",
    "MOBILIZE",
    "militia",
    ["SYR"],
    ["Kurds"],
    [],
    [],
    optional=True,
    accept_recipient=[["TUR"]],
    note="only 'claimed to show': optional MOBILIZE; 'an impending Turkish invasion' is feared "
    "(not coded)",
)
ev(
    S,
    "A Kurdish SDF military commander told a gathering",
    "declaring a region-wide call-up",
    "MOBILIZE",
    "militia",
    ["SYR"],
    ["Kurdish SDF military commander"],
    [],
    [],
    accept_recipient=[["TUR"]],
    note="general call-up of fighters (MOBILIZE); 'told a gathering' is the setting (not coded)",
)
ev(
    S,
    "He also said there is proof that Turkey has helped",
    "said there is proof",
    "ACCUSE",
    "allege",
    ["SYR"],
    ["He"],
    ["TUR"],
    ["Turkey"],
    note="the SDF commander accuses Turkey of helping IS; the content (Turkey aiding IS) is not "
    "coded (guideline 2). 'He' is the SDF commander of the previous sentence",
)

# ---------------------------------------- 4639137 (US sanctions Venezuela, Cuba; Nicaragua, 2018)
S = "4639137"
ev(
    S,
    "The White House is threatening to hit Nicaragua",
    "threatening to hit Nicaragua with sanctions",
    "THREATEN",
    "",
    ["USA"],
    ["The White House"],
    ["NIC"],
    ["Nicaragua"],
    note="threat of sanctions against Nicaragua (THREATEN; no THREATEN mode fits sanctions)",
)
ev(
    S,
    "The White House is threatening to hit Nicaragua",
    "announcing new restrictions",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["The White House"],
    ["VEN", "CUB"],
    ["Venezuela", "Cuba"],
    optional=True,
    accept_recipient=[["VEN"], ["CUB"]],
    note="lede summary of the sanctions told in full in sentences 5 (Venezuela) and 8 (Cuba), "
    "which are required: optional here (round-4 rule)",
)
ev(
    S,
    "The White House is threatening to hit Nicaragua",
    "calling the three nations",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["The White House"],
    ["NIC", "VEN", "CUB"],
    ["Nicaragua", "Venezuela", "Cuba"],
    accept_recipient=[["VEN", "CUB"], []],
    note="branding the three governments a 'troika of tyranny': ACCUSE/disapprove",
)
ev(
    S,
    "Speaking in Miami Thursday, National Security Advisor",
    "will no longer appease dictators",
    "REJECT",
    "yield",
    ["USA"],
    ["John Bolton"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["THREATEN", "ACCUSE"],
    note="a policy declaration without a named recipient ('dictators and despots'): optional",
)
ev(
    S,
    "Bolton likened the leaders of their nations",
    "likened",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["Bolton"],
    ["VEN", "CUB", "NIC"],
    ["Venezuela", "Cuba", "Nicaragua"],
    accept_recipient=[["VEN"], ["CUB"], ["NIC"], []],
    note="ridiculing the three leaders (Three Stooges): ACCUSE/disapprove; the quotation that "
    "follows (sentences 3-4) is the same insult",
)
ev(
    S,
    '"These tyrants fancy themselves strongmen',
    "These tyrants",
    "ACCUSE",
    "disapprove",
    ["USA"],
    ["Bolton"],
    [],
    [],
    optional=True,
    accept_recipient=[["VEN", "CUB", "NIC"]],
    note="the quoted insult itself, part of sentence 2's likening: optional (the 'Bolton said' "
    "attribution is in sentence 4 of the splitter)",
)
ev(
    S,
    "The new sanctions against Venezuela target",
    "The new sanctions against Venezuela",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["U.S."],
    ["VEN"],
    ["Venezuela"],
    accept_actor=[[]],
    note="the sanctions on Venezuela's gold trade, told in full here (banning U.S. citizens and "
    "companies from gold business): required",
)
ev(
    S,
    "The United States has accused Maduro",
    "accused",
    "ACCUSE",
    "allege",
    ["USA"],
    ["The United States"],
    ["VEN"],
    ["Maduro"],
    note="accusation of illegal gold exports; the content (exports to Turkey) is not coded "
    "(guideline 2); 'previous U.S. sanctions' is a re-mention (not coded)",
)
ev(
    S,
    "Bolton blamed Cuba for boosting",
    "blamed",
    "ACCUSE",
    "allege",
    ["USA"],
    ["Bolton"],
    ["CUB"],
    ["Cuba"],
    note="Cuba blamed for propping up Maduro; the content ('boosting the Maduro government') is "
    "not coded (guideline 2); the economy and 'collapse of democracy' are states",
)
ev(
    S,
    "He said the United States has added another two dozen",
    "has added another two dozen Cuban entities",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["the United States"],
    ["CUB"],
    ["Cuban"],
    note="listing Cuban entities who may not do business with Americans: SANCTION, told in full "
    "here (required)",
)
ev(
    S,
    "Bolton also warned Ortega",
    "warned Ortega against continuing",
    "THREATEN",
    "",
    ["USA"],
    ["Bolton"],
    ["NIC"],
    ["Ortega"],
    accept_types=["REQUEST", "ACCUSE"],
    note="a warning to stop the crackdown, after the sanctions threat of sentence 0: THREATEN "
    "(REQUEST, ACCUSE accepted)",
)
ev(
    S,
    "Bolton also warned Ortega",
    "crackdown",
    "COERCE",
    "",
    ["NIC"],
    ["his"],
    ["NIC"],
    ["the opposition"],
    accept_types=["ASSAULT"],
    accept_recipient=[[]],
    note="Ortega's violent crackdown on the opposition, nominal with both parties named "
    "(guideline 1): COERCE NIC -> NIC (ASSAULT accepted); 'his' is Ortega",
)
ev(
    S,
    "The U.S. has already slapped sanctions",
    "slapped sanctions",
    "SANCTION",
    "discontinue",
    ["USA"],
    ["The U.S."],
    ["NIC"],
    ["Nicaraguan"],
    note="earlier sanctions on Nicaraguan officials; 'the violence and alleged corruption' are "
    "re-mentions (not coded)",
)

# ---------------------------------------- karabakh-talks-2020 (Moscow talks, fighting, 2020)
S = "karabakh-talks-2020"
ev(
    S,
    "Armenia and Azerbaijan have agreed to participate",
    "agreed to participate in Moscow-mediated talks",
    "AGREE",
    "multilateral",
    ["ARM", "AZE"],
    ["Armenia", "Azerbaijan"],
    [],
    [],
    future=True,
    accept_recipient=[["RUS"]],
    accept_types=["CONSULT"],
    note="agreement to planned talks: AGREE future=true (guideline note of 2026-12-05); "
    "reciprocal, both in actor; Russia (the mediator, 'Moscow-mediated') accepted as recipient; "
    "'the fighting' names no party (not coded)",
)
ev(
    S,
    "As deadly clashes over the breakaway Azerbaijani region",
    "deadly clashes",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    accept_actor=[["ARM", "AZE"], ["AZE"], ["ARM"]],
    note="the fighting continued overnight; the sentence names no party (guideline: a participant "
    "the sentence does not name is not added), so empty, with Armenia/Azerbaijan accepted",
)
ev(
    S,
    "As deadly clashes over the breakaway Azerbaijani region",
    "accepted Russian President Vladimir Putin’s invitation",
    "AGREE",
    "multilateral",
    ["ARM", "AZE"],
    ["both countries", "both countries"],
    ["RUS"],
    ["Russian"],
    future=True,
    accept_recipient=[[]],
    accept_types=["CONSULT"],
    note="accepting Putin's invitation to meet: AGREE future=true; 'both countries' stands for "
    "Armenia and Azerbaijan (repeated for each code, as the guideline does)",
)
ev(
    S,
    "As deadly clashes over the breakaway Azerbaijani region",
    "invitation",
    "REQUEST",
    "meet",
    ["RUS"],
    ["Russian"],
    [],
    [],
    optional=True,
    accept_types=["AGREE", "CONSULT"],
    accept_recipient=[["ARM", "AZE"]],
    note="Putin's invitation, nominal inside the acceptance: optional",
)
ev(
    S,
    '"Baku and Yerevan have confirmed their participation,"',
    "confirmed their participation",
    "AGREE",
    "multilateral",
    ["AZE", "ARM"],
    ["Baku", "Yerevan"],
    [],
    [],
    optional=True,
    future=True,
    accept_recipient=[["RUS"]],
    accept_types=["CONSULT"],
    note="restatement of the agreement of sentence 0: optional",
)
ev(
    S,
    "The Kremlin said in a statement late Thursday",
    "telephone discussions",
    "CONSULT",
    "phone",
    ["AZE", "ARM"],
    ["Azerbaijan", "Armenia"],
    [],
    [],
    accept_actor=[["AZE", "ARM", "RUS"], ["RUS"]],
    accept_recipient=[["AZE", "ARM"], ["RUS"]],
    note="the series of phone calls (as written, between Aliyev and Pashinyan; the Kremlin's "
    "calls with each are accepted)",
)
ev(
    S,
    "The Kremlin said in a statement late Thursday",
    "called for a halt to fighting",
    "REQUEST",
    "yield",
    ["RUS"],
    ["Putin"],
    [],
    [],
    accept_recipient=[["ARM", "AZE"]],
    accept_types=["CONSULT"],
    note="Putin's call for a ceasefire to exchange bodies and prisoners; the parties are not named "
    "in the sentence as recipients (Armenia and Azerbaijan accepted); 'to exchange ...' is the "
    "purpose (not coded)",
)
ev(
    S,
    "Armenian and Azerbaijani forces had ignored calls",
    "had ignored calls",
    "REJECT",
    "yield",
    ["ARM", "AZE"],
    ["Armenian", "Azerbaijani"],
    ["USA", "FRA", "RUS"],
    ["United States", "France", "Russia"],
    accept_recipient=[[]],
    note="ignoring the ceasefire calls: REJECT (refusal, guideline 6a)",
)
ev(
    S,
    "Armenian and Azerbaijani forces had ignored calls",
    "calls in the past two weeks by the United States",
    "REQUEST",
    "yield",
    ["USA", "FRA", "RUS"],
    ["United States", "France", "Russia"],
    [],
    [],
    accept_recipient=[["ARM", "AZE"]],
    note="the ceasefire calls of the three co-chairs, nominal with the askers named: REQUEST "
    "(required; recipients accepted)",
)
ev(
    S,
    "Armenian and Azerbaijani forces had ignored calls",
    "fighting escalated",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["ARM", "AZE"]],
    note="escalation of the fighting already coded in sentence 1: optional",
)
ev(
    S,
    "The three countries co-chair the Organization",
    "trying to find a peaceful solution",
    "CONSULT",
    "multilateral",
    ["IGO"],
    ["Minsk Group"],
    [],
    [],
    optional=True,
    accept_types=["REQUEST"],
    accept_actor=[["USA", "FRA", "RUS"]],
    note="the Minsk Group's standing mediation (co-chairing is a state): optional",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round8.jsonl", STORIES_JSONL, STORIES, E)

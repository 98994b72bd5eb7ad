"""Build `round10.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 10, like rounds 7-9, takes its stories from the search store (the corpus pool is used up;
see `README.md`). The texts are kept readable in `round10_stories_source.txt`; this script first
rebuilds `round10-stories.jsonl` from it (`common.write_stories`), then resolves the annotation
written below against those texts (`common.write_and_check`: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round10.py

Fields are those of rounds 3-8 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05). An
actor or recipient named only in an earlier sentence is listed in `context_mentions`.
Codes are compared as sets by the judge, so a code is never listed twice in one list.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import make_ev, write_and_check, write_stories

HERE = "data/gold/spotcheck"
SOURCE = f"{HERE}/round10_stories_source.txt"
STORIES_JSONL = f"{HERE}/round10-stories.jsonl"
STORIES = ["1507182", "korea-artillery-2011", "148404", "727406", "6176467", "1563738"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ------------------------------------------ 1507182 (Chinese ships near Senkaku/Diaoyu, 2012)
S = "1507182"
ev(S, "Japan says six Chinese patrol ships", "have entered its territorial waters", "MOBILIZE",
   "", ["CHN"], ["Chinese"], ["JPN"], ["Japan"], accept_recipient=[[]],
   note="patrol ships entering the waters Japan claims: MOBILIZE (guideline 12: standoffs, "
   "warship transits); 'further heightening the tensions' is a state (not coded)")
ev(S, "Japan's Coast Guard said two Chinese vessels entered", "two Chinese vessels entered",
   "MOBILIZE", "", ["CHN"], ["Chinese"], ["JPN"], ["Japanese"], optional=True,
   accept_recipient=[[]],
   note="detail of the entry coded in sentence 0 (two, then four more): optional")
ev(S, "The Coast Guard says it has issued a warning", "has issued a warning for them to leave",
   "THREATEN", "", ["JPN"], ["The Coast Guard"], [], [], accept_types=["REQUEST", "ACCUSE"],
   accept_recipient=[["CHN"]],
   note="Japan's Coast Guard warns the ships to leave: THREATEN (REQUEST, ACCUSE accepted); 'them' "
   "are the Chinese vessels (China accepted as recipient)")
ev(S, "China's official news agency, Xinhua", "would be dispatched on routine patrol", "MOBILIZE",
   "", ["CHN"], ["Ministry of Agriculture"], [], [], optional=True, future=True,
   accept_recipient=[["JPN"]],
   note="China's announcement of the patrol, made the day before: optional (the entry itself is "
   "coded in sentence 0); 'to assert China's sovereignty' is the purpose; 'quoted' not coded")
ev(S, "On Thursday, hundreds of protesters gathered", "gathered outside the Japanese embassy",
   "PROTEST", "demo", ["CHN"], ["protesters"], ["JPN"], ["Japan's"],
   accept_actor=[[]],
   note="demonstration in Beijing against Japan: PROTEST (domestic protesters -> CHN); 'to "
   "condemn' is the protest's content (not coded separately, guideline 11)")
ev(S, "On Thursday, hundreds of protesters gathered", "move to nationalize the privately owned",
   "COERCE", "seize", ["JPN"], ["Japan's"], [], [], optional=True, accept_recipient=[["CHN"]],
   accept_types=["SANCTION"],
   note="Japan's purchase ('nationalize') of the disputed islands, a nominal the story reports "
   "only as the protest's target: optional")
ev(S, "They called for Japan to leave", "called for Japan to leave", "REQUEST", "yield", ["CHN"],
   ["They"], ["JPN"], ["Japan"], accept_actor=[[]],
   note="the protesters' demands in a separate sentence: REQUEST (guideline 11); the boycott call "
   "is part of the same demand (not coded twice); 'They' are the Beijing protesters")
ev(S, "Chinese authorities allowed the demonstrations", "police prevented protesters", "COERCE",
   "restrict", ["CHN"], ["police"], ["CHN"], ["protesters"], accept_recipient=[[]],
   note="police keep protesters from the embassy: COERCE/restrict, domestic (CHN -> CHN); "
   "'allowed the demonstrations to proceed' is a permission (not coded)")
ev(S, "Japan's Kyodo news agency reported", "anti-Japan protests also took place", "PROTEST",
   "demo", [], [], ["JPN"], ["Japan"], accept_actor=[["CHN"]],
   note="protests in Shanghai and Fuzhou: PROTEST against Japan; the protesters are not named "
   "(empty actor, China accepted); 'Kyodo news agency reported' not coded")
ev(S, "China's vice commerce minister, Jiang Zengwei", "warned Thursday the dispute could affect",
   "THREATEN", "", ["CHN"], ["China's"], ["JPN"], ["Japan"], accept_types=["ACCUSE"],
   accept_recipient=[[]],
   note="warning that trade could suffer: THREATEN (ACCUSE accepted)")
ev(S, "China's vice commerce minister, Jiang Zengwei", "called for calm", "REQUEST", "yield",
   ["JPN"], ["Japanese"], [], [], accept_recipient=[["CHN"]],
   note="Gemba's call for calm, no recipient named: REQUEST/yield (China accepted)")

# ------------------------------------- korea-artillery-2011 (inter-Korean artillery fire, 2011)
S = "korea-artillery-2011"
ev(S, "South Korean officials say North and South Korea exchanged", "exchanged artillery fire",
   "ASSAULT", "heavy-weapons", ["PRK", "KOR"], ["North and South Korea", "North and South Korea"],
   [], [], accept_actor=[["PRK"], ["KOR"]],
   note="two-sided exchange of fire: reciprocal, both in actor (guideline); 'all the shots fell "
   "into the sea' (next sentence) is its result (not coded)")
ev(S, "The exchange took place near Yeonpyeong island", "artillery attack", "ASSAULT",
   "heavy-weapons", ["PRK"], ["North Korean"], ["KOR"], ["South Koreans"],
   note="the November 2010 shelling of Yeonpyeong, in a relative clause with both parties named "
   "(guideline 1): required; 'The exchange' is a back-reference (not coded)")
ev(S, "Later Wednesday, South Korea's Yonhap news agency", "volley", "ASSAULT", "heavy-weapons",
   ["PRK"], ["North Korean"], [], [], accept_recipient=[["KOR"]], accept_types=["MOBILIZE"],
   note="a second North Korean volley, a new firing; the target is left open ('not clear whether "
   "the island was targeted'), so no recipient, South Korea accepted; 'quoted officials' not coded")
ev(S, "The South Korean defense ministry said the original shelling", "the original shelling",
   "ASSAULT", "heavy-weapons", [], [], [], [], optional=True, accept_actor=[["PRK"]],
   accept_recipient=[["KOR"]],
   note="re-mention of the first North Korean shots with where they came from: optional")
ev(S, "The spokesman said Seoul responded", "sending a radio warning to the North", "THREATEN", "",
   ["KOR"], ["Seoul"], ["PRK"], ["the North"], accept_types=["PROTEST", "ACCUSE"],
   note="a radio warning to the North: THREATEN (PROTEST, ACCUSE accepted); 'the first shelling' "
   "is a back-reference (not coded)")
ev(S, "About 35 minutes later, the South fired", "fired three howitzer shells into the sea",
   "ASSAULT", "heavy-weapons", ["KOR"], ["the South"], [], [], accept_recipient=[["PRK"]],
   accept_types=["MOBILIZE"],
   note="South Korea's return fire, aimed into the sea: ASSAULT (a warning volley may be read as a "
   "show of force: MOBILIZE accepted); the North is not named in the sentence (accepted)")
ev(S, "Forces in the area have been on heightened alert", "on heightened alert", "MOBILIZE",
   "troops", [], [], [], [], optional=True, accept_actor=[["KOR"], ["PRK"], ["KOR", "PRK"]],
   note="raised alert (guideline 12) of unnamed 'forces in the area' since 2010: a standing state, "
   "optional; 'the November attack' is a back-reference (not coded)")
ev(S, "The North fired more than 100 artillery shells", "fired more than 100 artillery shells",
   "ASSAULT", "heavy-weapons", ["PRK"], ["The North"], [], [], optional=True,
   accept_recipient=[["KOR"]],
   note="retelling of the November 2010 attack already coded in sentence 2: optional; the deaths "
   "are its result (not coded)")
ev(S, "The attack severely damaged relations", "sinking of a South Korean warship", "ASSAULT", "",
   [], [], ["KOR"], ["South Korean"], optional=True, accept_actor=[["PRK"]],
   accept_recipient=[[]],
   note="the 2010 sinking of the Cheonan, background with no perpetrator named: optional; 'The "
   "attack severely damaged relations' is a back-reference and a state (not coded)")
ev(S, "In the first significant sign of a thaw", "held what they described as constructive talks",
   "CONSULT", "", ["KOR", "PRK"], ["senior diplomats", "senior diplomats"], [], [],
   accept_actor=[[]],
   note="inter-Korean talks in Bali: 'senior diplomats' are the two Koreas' by the story "
   "(guideline: earlier sentences tell who someone is); reciprocal; empty actor accepted since "
   "no country is named in the sentence")
ev(S, "A North Korean delegation later visited New York", "visited New York for additional talks",
   "CONSULT", "visit", ["PRK"], ["North Korean"], ["USA"], ["U.S."],
   accept_actor=[["PRK", "USA"]], accept_recipient=[[]],
   note="visit with talks: visitor = actor, host = recipient (guideline); the reciprocal reading "
   "(both in actor) accepted")

# ------------------------------------------ 148404 (IGAD campaign against al-Shabab, 2011)
S = "148404"
ev(S, "An alliance of mostly East African nations", "is preparing a coordinated military campaign",
   "MOBILIZE", "troops", ["IGO"], ["An alliance of mostly East African nations"], ["IMG"],
   ["al-Shabab"], accept_actor=[[]], accept_recipient=[[], ["SOM"]],
   note="a regional coalition preparing a campaign: MOBILIZE (under way, not future); the alliance "
   "(IGAD/AU states) -> IGO, empty accepted as it may be read as a regional construct; "
   "al-Shabab -> IMG (guideline); 'to finish off' is the purpose (not coded)")
ev(S, "The al-Qaida-inspired extremists were driven out", "were driven out of the Somali capital",
   "ASSAULT", "", ["IGO"], ["African Union troops"], ["IMG"], ["The al-Qaida-inspired extremists"],
   accept_recipient=[[], ["SOM"]],
   note="AU troops drove al-Shabab from Mogadishu in August: ASSAULT (passive, agent named)")
ev(S, "The al-Qaida-inspired extremists were driven out", "lost ground to advancing Kenyan forces",
   "ASSAULT", "", ["KEN"], ["Kenyan forces"], ["IMG"], ["The al-Qaida-inspired extremists"],
   accept_recipient=[[], ["SOM"]],
   note="the Kenyan offensive against al-Shabab in southern Somalia: ASSAULT")
ev(S, "The plan includes possibly sending Ethiopian troops", "possibly sending Ethiopian troops",
   "MOBILIZE", "troops", ["ETH"], ["Ethiopian"], ["SOM"], ["Somalia"], optional=True,
   hypothetical=True, accept_recipient=[[], ["IMG"]],
   note="only a possibility in the plan: hypothetical, optional")
ev(S, "The ongoing Kenyan operation in southern Somalia", "The ongoing Kenyan operation",
   "ASSAULT", "", ["KEN"], ["Kenyan"], ["SOM"], ["Somalia"], optional=True,
   accept_recipient=[[], ["IMG"]],
   note="re-mention of the Kenyan offensive of sentence 1: optional; 'al-Shabab's recent collapse' "
   "is a state (not coded)")
ev(S, "Toward that end, heads of state", "will meet next Friday", "AGREE", "", ["IGO"], ["IGAD"],
   [], [], future=True, accept_types=["CONSULT"], accept_recipient=[["SOM"]],
   note="planned IGAD summit: AGREE with future=true (guideline note of 2026-12-05; CONSULT "
   "accepted); 'to discuss a military strategy ...' is its purpose (not coded)")
ev(S, "Planners say the Addis Ababa summit will encourage", "will encourage all IGAD countries",
   "REQUEST", "assist", ["IGO"], ["Addis Ababa summit"], ["ETH"], ["Ethiopia"], optional=True,
   future=True, accept_actor=[[]], accept_recipient=[[], ["IGO"], ["ETH", "IGO"]],
   note="the planners' forecast of what the summit will ask: future REQUEST, optional")
ev(S, "Ethiopian officials say no formal decision", "no formal decision has been made on joining",
   "AGREE", "", ["ETH"], ["Ethiopian"], [], [], optional=True, negated=True,
   accept_types=["SUPPORT"],
   note="no decision yet to join the troop contributors: negated AGREE (guideline 6), optional")
ev(S, "But foreign ministry spokesman Dina Mufti says",
   "will help the campaign in any way possible", "AGREE", "", ["ETH"], ["Addis Ababa"], [], [],
   accept_types=["SUPPORT", "COOPERATE"],
   accept_recipient=[["IGO"], ["SOM"]],
   note="Ethiopia's pledge to help the campaign: AGREE with future=false (guideline 4: the "
   "commitment is made); the campaign names no recipient (IGO, SOM accepted)")
ev(S, '"You can simply guess Ethiopia is going to be part', "is going to be part and parcel",
   "AGREE", "", ["ETH"], ["Ethiopia"], [], [], optional=True, accept_types=["SUPPORT"],
   note="the spokesman's quote restating the pledge of sentence 7: optional")
ev(S, '"The decision is not made as to sending the army', "will be summoned, will be called",
   "REQUEST", "assist", [], [], ["IGO"], ["the African Union"], optional=True, future=True,
   accept_actor=[["IGO"]],
   note="IGAD members, the AU 'and others' will be asked to contribute (passive, asker unnamed): "
   "optional future REQUEST; IGAD members and the AU are both IGO (listed once); 'The decision is "
   "not made' restates sentence 6 (not coded again)")

# ------------------------------------------------- 727406 (Taiwan's Ma on ties with China, 2012)
S = "727406"
ev(S, "TAIPEI - Taiwan President Ma Ying-jeou began", "a forecast for deeper relations", "AGREE",
   "", ["TWN"], ["Taiwan"], ["CHN"], ["China"], optional=True,
   accept_types=["COOPERATE", "SUPPORT"],
   note="an expectation of closer ties, not a commitment: optional; 'began his second term' is "
   "domestic (not coded)")
ev(S, "But he said a formal peace accord was not urgent", "a formal peace accord was not urgent",
   "REJECT", "", ["TWN"], ["he"], [], [], optional=True, accept_recipient=[["CHN"]],
   note="lede summary of the refusal told in full in sentence 5: optional (round-4 rule); 'he' is "
   "Ma; 'street demonstrations' (sentence 2) name no participant (not coded)")
ev(S, "The Taiwanese president, who was first elected", "pledges to ease tension", "AGREE", "",
   ["TWN"], ["The Taiwanese president"], ["CHN"], ["China"], optional=True,
   accept_types=["COOPERATE"],
   note="his 2008 campaign pledges and his saying he would 'stick to that course': optional")
ev(S, "President Ma Ying-jeou said he expected more deals", "were signed", "AGREE", "",
   ["CHN", "TWN"], ["the two sides", "the two sides"], [], [],
   accept_actor=[["TWN"]], accept_recipient=[["CHN"]], accept_types=["COOPERATE"],
   note="the 16 cross-strait agreements signed since 2008: AGREE, reciprocal ('the two sides' "
   "are Taiwan and China by the story); 'expected more deals' is an expectation (not coded)")
ev(S, "But President Ma told a news conference", "was in no hurry to sign a formal peace accord",
   "REJECT", "", ["TWN"], ["President Ma"], ["CHN"], ["Beijing"],
   note="Ma declines to sign a peace accord with Beijing for now: REJECT (refusal, guideline 6a); "
   "'told a news conference' not coded; 'He was criticized' (next sentence) is domestic and names "
   "no critic (not coded)")
ev(S, "He says Taiwan will handle easy but pressing issues", "will handle easy but pressing issues",
   "AGREE", "", ["TWN"], ["Taiwan"], ["CHN"], ["China"], optional=True,
   accept_types=["CONSULT", "COOPERATE"],
   note="a stated order of business with China, not a concrete commitment: optional")
ev(S, "In that spirit, he says, there is no urgency", "no urgency to discuss a peace accord",
   "REJECT", "", ["TWN"], ["he"], ["CHN"], ["China"], optional=True,
   note="restatement of sentence 5's refusal: optional; 'Ties were frozen' (sentence 11) is a "
   "state and 'Deals signed with the Asian economic powerhouse' (sentence 12) a back-reference "
   "(neither coded)")

# ------------------------------------------------ 6176467 (US-Honduras migration deal, 2019)
S = "6176467"
ev(S, "The United States and Honduras signed an agreement", "signed an agreement", "AGREE", "",
   ["USA", "HND"], ["The United States", "Honduras"], [], [],
   accept_actor=[["USA"]], accept_recipient=[["HND"]], accept_types=["COOPERATE"],
   note="the signed migration agreement: reciprocal, both in actor; 'a U.S. effort to stem the "
   "flow' is its purpose (not coded)")
ev(S, "Details of the agreement have not been released", "recently signed with El Salvador",
   "AGREE", "", ["USA"], ["U.S."], ["SLV", "GTM"], ["El Salvador", "Guatemala"],
   accept_actor=[["USA", "SLV", "GTM"]], accept_recipient=[[]], accept_types=["COOPERATE"],
   note="the two safe-third-country deals with El Salvador and Guatemala, one event with both "
   "partners; 'Details ... have not been released' not coded")
ev(S, "But advocates for immigrants criticize", "criticize the safe third country deals", "ACCUSE",
   "disapprove", [], [], [], [], optional=True, accept_actor=[["NGO"]],
   accept_recipient=[["USA"]],
   note="unnamed advocates criticize the deals (no party named): optional")
ev(S, "A 2018 State Department report described Honduras", "described Honduras as being overrun",
   "ACCUSE", "disapprove", ["USA"], ["State Department"], ["HND"], ["Honduras"], optional=True,
   accept_recipient=[[]],
   note="a US report's description of conditions in Honduras: optional; the gangs' habitual crimes "
   "are a generic description (not coded)")
ev(S, "Honduran President Juan Orlando Hernandez met", "met with President Donald Trump", "CONSULT",
   "", ["HND", "USA"], ["Honduran", "Donald Trump"], [], [],
   accept_actor=[["HND"]], accept_recipient=[["USA"]],
   note="meeting at the UN General Assembly: reciprocal, both in actor (Honduras -> US accepted); "
   "'The press was not invited' not coded")

# -------------------------------------------------- 1563738 (UNSC on N. Korea's rocket, 2012)
S = "1563738"
ev(S, "The U.N. Security Council has condemned", "has condemned", "ACCUSE", "disapprove", ["UNO"],
   ["The U.N. Security Council"], ["PRK"], ["North Korea"],
   note="condemnation of the launch, calling it a violation of UN resolutions (one ACCUSE)")
ev(S, "The U.N. Security Council has condemned", "rocket launch", "MOBILIZE", "weapons", ["PRK"],
   ["North Korea"], [], [],
   note="the rocket launch, a weapons test named with its actor (guideline 12): MOBILIZE")
ev(S, "The U.N. Security Council has condemned", "resolutions that ban Pyongyang", "SANCTION",
   "discontinue", ["UNO"], ["U.N."], ["PRK"], ["Pyongyang"], optional=True,
   accept_types=["COERCE"],
   note="the standing UN resolutions banning tests, an attribute of the resolutions: optional")
ev(S, "The council held emergency talks Wednesday", "held emergency talks", "CONSULT",
   "multilateral", ["UNO"], ["The council"], [], [], accept_recipient=[["PRK"]],
   note="the Security Council's emergency meeting on the launch; 'the launch' is a back-reference "
   "(not coded again)")
ev(S, "Beforehand, Britain's U.N. ambassador", "called it a", "ACCUSE", "disapprove", ["GBR"],
   ["Britain's"], [], [], accept_recipient=[["PRK"]],
   note="calling the launch a 'provocation': ACCUSE/disapprove; North Korea is not named in the "
   "sentence ('it'), so accepted as recipient")
ev(S, "In Washington, White House spokesman Jay Carney", 'would face "consequences"', "THREATEN",
   "", ["USA"], ["White House"], ["PRK"], ["North Korea"],
   note="warning of consequences: THREATEN")
ev(S, "In Washington, White House spokesman Jay Carney", "firing the rocket", "MOBILIZE",
   "weapons", ["PRK"], ["North Korea"], [], [], optional=True,
   note="re-mention of the launch: optional")
ev(S, "He called the move", "called the move", "ACCUSE", "disapprove", ["USA"], ["He"], [], [],
   accept_recipient=[["PRK"]],
   note="'regrettable': ACCUSE/disapprove; 'He' is Carney (White House); North Korea not named in "
   "the sentence (accepted)")
ev(S, "He called the move", "said it violated U.N. resolutions", "ACCUSE", "allege", ["USA"],
   ["He"], [], [], optional=True, accept_recipient=[["PRK"]],
   note="the same statement's charge of violation, part of the criticism already coded: optional")


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round10.jsonl", STORIES_JSONL, STORIES, E)

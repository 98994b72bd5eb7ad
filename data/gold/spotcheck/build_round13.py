"""Build `round13.jsonl`, the analyst's event annotation of six VOA pages (issue 9 spot check).

Round 13 takes its stories from the search store, as rounds 7-11 (the VOA corpus pool has no
international-relations story left without development-gold sentences). The texts are kept
readable in `round13_stories_source.txt`; this script first rebuilds `round13-stories.jsonl` from
it (`common.write_stories`: every paragraph found in the source, a truncated text ending at a
complete sentence), then resolves the annotation written below against those texts
(`common.write_and_check`, the builder of rounds 9-11: sentence and trigger offsets, every
actor/recipient word found, PLOVER type names, re-read and checked). It does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round13.py

Fields are those of rounds 3-11 (see `README.md`): `optional` marks an event an analyst may code
or leave out (not counted as missed when absent); `accept_types`, `accept_actor`,
`accept_recipient` list other answers the judge accepts as right; flags follow
`data/gold/events/GUIDELINE.md` (planned meetings `future=true`, its note of 2026-12-05; signing
an agreement is SUPPORT, agreeing to terms AGREE, its point 15). An actor or recipient named only
in an earlier sentence is listed in `context_mentions`. No flag is pre-registered as "right only
if flagged".

The spot check's sentence splitter (`common.sentences`) splits after "Mr." (story
afpak-shelling-2012): "... asked Mr." and "Zardari to immediately stop ..." are two sentences, and
"Mr." alone is one. Events are anchored where their trigger falls; where a clause runs across
such a split, the part in the next sentence carries an optional copy (said in its note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import make_ev, write_and_check, write_stories

HERE = "data/gold/spotcheck"
SOURCE = f"{HERE}/round13_stories_source.txt"
STORIES_JSONL = f"{HERE}/round13-stories.jsonl"
# 2931390 (Venezuela-Colombia, address /a/ap-...) removed in round 22: an AP story on a VOA
# page, not public domain (licence audit lic22b); its events are in git history before that commit.
STORIES = [
    "158304",
    "afpak-shelling-2012",
    "136819",
    "israel-truce-2014",
    "2631420",
]
COALITION = [["USA", "GBR", "FRA"], ["USA"], ["IGO"], ["USA", "GBR"], ["FRA", "GBR"]]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# -- 158304 (north and south Sudan on Abyei, June 2011)
S = "158304"
ev(
    S,
    "Negotiators for north and south Sudan remain in talks",
    "remain in talks",
    "CONSULT",
    "",
    ["SDN", "SSD"],
    ["north", "south Sudan"],
    [],
    [],
    accept_actor=[["SDN"]],
    note="north-south talks in Addis Ababa: reciprocal CONSULT. South Sudan "
    "(independent on July 9, "
    "2011, after the story) is coded SSD; SDN alone accepted (the south was still part of Sudan)",
)
ev(
    S,
    "Negotiators for north and south Sudan remain in talks",
    "a reported deal on the disputed Abyei region",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["SDN", "SSD"], ["SDN"]],
    note="the 'reported' deal, not yet final: optional AGREE (told in full in sentence 3)",
)
ev(
    S,
    "VOA correspondent Peter Heinlein says",
    "meetings with lower-level officials continue",
    "CONSULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["SDN", "SSD"], ["SDN"]],
    note="the talks continuing at a lower level: a retelling with no party named, optional; the "
    "presidents leaving the talks is no event (not a walkout)",
)
ev(
    S,
    "North Sudan's army seized control of oil-rich Abyei",
    "seized control of oil-rich Abyei",
    "ASSAULT",
    "",
    ["SDN"],
    ["North Sudan's army"],
    [],
    [],
    accept_types=["COERCE"],
    accept_recipient=[["SSD"]],
    note="the northern army's seizure of disputed Abyei last month: ASSAULT (as round "
    "9's seizures; "
    "COERCE/seize accepted); no recipient named (SSD accepted)",
)
ev(
    S,
    "North Sudan's army seized control of oil-rich Abyei",
    "prompting tens of thousands of residents to flee the region",
    "SANCTION",
    "expel",
    ["SDN"],
    ["North Sudan's army"],
    [],
    [],
    optional=True,
    accept_recipient=[["SSD"], ["SDN"]],
    note="residents displaced by the seizure: guideline 12 (SANCTION/expel with the named party as "
    "actor); a consequence clause with unnamed residents, optional",
)
ev(
    S,
    "On Monday, African Union (AU) mediators said",
    "had agreed in principle to demilitarize Abyei",
    "AGREE",
    "",
    ["SDN", "SSD"],
    ["the sides", "the sides"],
    [],
    [],
    accept_types=["CONCEDE"],
    accept_actor=[["SDN"]],
    note="the two sides' agreement in principle to demilitarize Abyei (told by the AU mediators): "
    "AGREE with both in actor; CONCEDE accepted (an announced pullback, guideline 4); 'the "
    "sides' are north and south Sudan of sentence 0; the mediators' role is not coded on its own",
)
ev(
    S,
    "On Monday, African Union (AU) mediators said",
    "to allow Ethiopian peacekeepers into the area",
    "AGREE",
    "",
    ["SDN", "SSD"],
    ["the sides", "the sides"],
    ["ETH"],
    ["Ethiopian peacekeepers"],
    optional=True,
    accept_actor=[["SDN"]],
    accept_recipient=[[]],
    note="the second term of the same agreement (Ethiopian peacekeepers let in): "
    "optional, a second "
    "AGREE in the sentence counts when found",
)
ev(
    S,
    "The United Nations refugee agency is pleading",
    "is pleading for access",
    "REQUEST",
    "assist",
    ["UNO"],
    ["The United Nations refugee agency"],
    [],
    [],
    accept_recipient=[["SDN"]],
    note="UNHCR pleading for access to Southern Kordofan: REQUEST (humanitarian access) by UNO; "
    "the authority asked is not named (SDN accepted)",
)
ev(
    S,
    "The United Nations refugee agency is pleading",
    "northern troops have been fighting southern-aligned militia",
    "ASSAULT",
    "",
    ["SDN"],
    ["northern troops"],
    ["SDN"],
    ["southern-aligned militia"],
    accept_actor=[["SDN", "SSD"]],
    accept_recipient=[["SSD"], []],
    note="the northern army fighting southern-aligned militia in Southern Kordofan (a northern "
    "state): ASSAULT; the militia are domestic (SDN), SSD accepted for 'southern-aligned', and the "
    "reciprocal coding (both in actor, empty recipient) accepted",
)
ev(
    S,
    "An agency spokeswoman says",
    "have been denied authorization to land",
    "REJECT",
    "",
    [],
    [],
    [],
    [],
    accept_actor=[["SDN"]],
    accept_recipient=[["UNO"]],
    note="humanitarian flights denied permission to land at Kadugli: REJECT (refusing entry, "
    "guideline 8); a passive clause with no party named (SDN as actor, UNO as recipient accepted)",
)
ev(
    S,
    "An agency spokeswoman says",
    "land access is being blocked by militiamen",
    "COERCE",
    "restrict",
    ["SDN"],
    ["militiamen"],
    [],
    [],
    accept_types=["REJECT"],
    accept_actor=[[]],
    accept_recipient=[["UNO"]],
    note="militiamen blocking road access: COERCE/restrict (REJECT accepted); the militiamen are "
    "domestic, SDN (empty accepted: the story does not say whose)",
)

# -- afpak-shelling-2012 (Karzai and Zardari in Mecca, August 2012)
S = "afpak-shelling-2012"
ev(
    S,
    "The presidents of Afghanistan and Pakistan have agreed",
    "have agreed to send a joint military delegation",
    "AGREE",
    "",
    ["AFG", "PAK"],
    ["Afghanistan", "Pakistan"],
    [],
    [],
    accept_types=["COOPERATE"],
    note="the two presidents' agreement on a joint investigating delegation: AGREE (a future "
    "COOPERATE/investigation committed, guideline 4); 'to investigate' is its purpose",
)
ev(
    S,
    "The presidents of Afghanistan and Pakistan have agreed",
    "recent cross-border shellings",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["PAK"]],
    accept_recipient=[["AFG"]],
    note="the shellings as a nominal with no perpetrator named in the phrase: optional (PAK -> AFG "
    "accepted); 'raised tensions' is a state",
)
ev(
    S,
    "Afghan President Hamid Karzai and his Pakistani counterpart",
    "met Tuesday",
    "CONSULT",
    "",
    ["AFG", "PAK"],
    ["Afghan President Hamid Karzai", "his Pakistani counterpart Asif Ali Zardari"],
    [],
    [],
    note="the Karzai-Zardari meeting on the OIC summit's sidelines: reciprocal CONSULT",
)
ev(
    S,
    "President Karzai's office said the Afghan leader asked",
    "asked",
    "REQUEST",
    "",
    ["AFG"],
    ["the Afghan leader"],
    ["PAK"],
    ["Zardari"],
    accept_recipient=[[]],
    note="Karzai asking Zardari to stop the attacks on Afghan soil: REQUEST AFG -> PAK (the "
    "content, the attacks, not coded: guideline 2). The splitter cuts the clause after 'Mr.', so "
    "'Zardari' is in the next sentence (context_mentions; an empty recipient accepted)",
)
ev(
    S,
    "Zardari to immediately stop attacks on Afghan soil",
    "to immediately stop attacks on Afghan soil",
    "REQUEST",
    "",
    ["AFG"],
    ["the Afghan leader"],
    ["PAK"],
    ["Zardari"],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[[]],
    note="the same request's second half after the splitter's cut at 'Mr.': optional copy, so a "
    "REQUEST placed here counts",
)
ev(
    S,
    "Zardari to immediately stop attacks on Afghan soil",
    "saying they have had an “extremely negative impact”",
    "ACCUSE",
    "disapprove",
    ["AFG"],
    ["the Afghan leader"],
    ["PAK"],
    ["Zardari"],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[[]],
    note="Karzai's complaint about the attacks' impact on the friendship: a criticism attached to "
    "the request, optional ACCUSE/disapprove",
)
ev(
    S,
    "The Pakistani president's office said the two leaders",
    "“unanimous in the view that all groups should shun violence",
    "REQUEST",
    "",
    ["AFG", "PAK"],
    ["the two leaders", "the two leaders"],
    [],
    [],
    optional=True,
    accept_types=["AGREE"],
    note="the leaders' shared call on 'all groups' (no code) to shun violence and join the peace "
    "process: optional REQUEST with an empty recipient (AGREE accepted for the shared view)",
)
ev(
    S,
    "Zardari promised to follow up",
    "promised to follow up on the rocket shelling",
    "AGREE",
    "",
    ["PAK"],
    ["Zardari"],
    ["AFG"],
    ["Afghanistan's military delegation"],
    accept_types=["COOPERATE"],
    accept_recipient=[[]],
    note="Zardari's promise to take up the shelling with Afghanistan's military delegation: AGREE "
    "PAK -> AFG (a promised future CONSULT/COOPERATE, guideline 4); the splitter leaves 'Mr.' as "
    "its own sentence before this one; 'the rocket shelling' is a re-mention (not coded)",
)
ev(
    S,
    "Tuesday's meeting came the same day",
    "an Afghan post came under fire from Pakistan",
    "ASSAULT",
    "heavy-weapons",
    ["PAK"],
    ["Pakistan"],
    ["AFG"],
    ["an Afghan post"],
    note="fire from Pakistan on an Afghan post the same day: ASSAULT PAK -> AFG "
    "(reported by Afghan "
    "officials); 'Tuesday's meeting' is a re-mention",
)
ev(
    S,
    "Local officials said one Afghan policeman was killed",
    "one Afghan policeman was killed and five others wounded in the shelling attack",
    "ASSAULT",
    "",
    [],
    [],
    ["AFG"],
    ["one Afghan policeman"],
    optional=True,
    accept_actor=[["PAK"]],
    note="the same shelling told with its toll: optional retelling (PAK accepted as actor)",
)
ev(
    S,
    "Pakistan has denied deliberately targeting",
    "has denied deliberately targeting Afghan territory",
    "REJECT",
    "",
    ["PAK"],
    ["Pakistan"],
    [],
    [],
    accept_recipient=[["AFG"]],
    note="Pakistan's denial of deliberately targeting Afghan territory: REJECT (guideline 14); the "
    "accuser is not named in the sentence (AFG accepted); the content is not coded; 'Pakistani "
    "troops only engage militants ...' is a habitual rule of engagement (not coded)",
)

# ---------------------------------------------- 136819 (Libya, the coalition's strikes, March 2011)
S = "136819"
ev(
    S,
    "Libyan rebels are taking advantage",
    "the international assault on the government's military positions",
    "ASSAULT",
    "aerial",
    [],
    [],
    ["LBY"],
    ["the government's military positions"],
    accept_actor=COALITION,
    note="the coalition's strikes on Libyan government positions: ASSAULT -> LBY; 'international' "
    "names no state (empty actor; the coalition of sentence 11, USA/GBR/FRA, accepted, also USA "
    "alone or IGO)",
)
ev(
    S,
    "Libyan rebels are taking advantage",
    "reclaiming territory lost over the past 10 days",
    "ASSAULT",
    "",
    ["LBY"],
    ["Libyan rebels"],
    [],
    [],
    accept_types=["COERCE"],
    accept_recipient=[["LBY"]],
    note="the rebels retaking territory from government forces: ASSAULT (domestic fighting, rebels "
    "LBY; COERCE/seize accepted); the government is not named in the clause (LBY accepted)",
)
ev(
    S,
    "Libyan opposition forces celebrated",
    "celebrated the allied military action",
    "SUPPORT",
    "",
    ["LBY"],
    ["Libyan opposition forces"],
    [],
    [],
    optional=True,
    accept_recipient=COALITION,
    note="the opposition celebrating the allied action: praise, optional SUPPORT (guideline 11: "
    "celebration is not PROTEST)",
)
ev(
    S,
    "Libyan opposition forces celebrated",
    "the allied military action, which cleared the highway",
    "ASSAULT",
    "aerial",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=COALITION,
    accept_recipient=[["LBY"]],
    note="the allied strikes told again with their result: optional retelling",
)
ev(
    S,
    "It was part of assaults, that also included",
    "setting up a no-fly zone",
    "COERCE",
    "restrict",
    [],
    [],
    [],
    [],
    accept_types=["MOBILIZE", "AID", "ASSAULT"],
    accept_actor=COALITION,
    accept_recipient=[["LBY"]],
    note="the coalition's no-fly zone over Libya: COERCE/restrict (a restriction imposed by force; "
    "MOBILIZE, AID for its protective purpose and ASSAULT accepted); 'It' is the allied action, "
    "no state named (coalition accepted); 'to protect Libyan civilians' is its purpose",
)
ev(
    S,
    "After regrouping Monday, the rebels pushed back",
    "pushed back against troops loyal to leader Moammar Gadhafi",
    "ASSAULT",
    "",
    ["LBY"],
    ["the rebels"],
    ["LBY"],
    ["troops loyal to leader Moammar Gadhafi"],
    note="the rebels' counterattack on Gadhafi's troops: ASSAULT LBY -> LBY (domestic parties take "
    "the country's code)",
)
ev(
    S,
    "After regrouping Monday, the rebels pushed back",
    "were moving on the next major town, Ajdabiya",
    "MOBILIZE",
    "troops",
    ["LBY"],
    ["the rebels"],
    [],
    [],
    optional=True,
    accept_types=["ASSAULT"],
    accept_recipient=[["LBY"]],
    note="the rebels advancing on Ajdabiya: optional (part of the offensive of the same sentence)",
)
ev(
    S,
    "After regrouping Monday, the rebels pushed back",
    "government positions came under attack",
    "ASSAULT",
    "",
    [],
    [],
    ["LBY"],
    ["government positions"],
    accept_actor=[["LBY"], *COALITION],
    note="government positions at Ajdabiya attacked: ASSAULT -> LBY, attacker not named "
    "(the rebels "
    "LBY or the coalition accepted)",
)
ev(
    S,
    "But opposition sources in the western town of Misrata",
    "government troops continue to encircle the town",
    "ASSAULT",
    "",
    ["LBY"],
    ["government troops"],
    [],
    [],
    accept_types=["COERCE", "MOBILIZE"],
    accept_recipient=[["LBY"]],
    note="government troops besieging rebel-held Misrata: ASSAULT (a siege; COERCE and MOBILIZE "
    "accepted); the town's defenders are not named (LBY accepted)",
)
ev(
    S,
    "But opposition sources in the western town of Misrata",
    "using civilians as a shield",
    "COERCE",
    "",
    ["LBY"],
    ["government troops"],
    ["LBY"],
    ["civilians"],
    accept_types=["ASSAULT"],
    accept_recipient=[[]],
    note="the troops using civilians as human shields: COERCE LBY -> LBY (ASSAULT accepted)",
)
ev(
    S,
    "But opposition sources in the western town of Misrata",
    "any attack by foreign forces",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    hypothetical=True,
    accept_actor=COALITION,
    accept_recipient=[["LBY"]],
    note="'any attack by foreign forces': a possible attack (hypothetical), optional",
)
ev(
    S,
    "In the capital Tripoli, pro-Gadhafi forces",
    "damage inflicted on their leader's Bab al Aziziya compound",
    "ASSAULT",
    "aerial",
    [],
    [],
    ["LBY"],
    ["their leader's Bab al Aziziya compound"],
    optional=True,
    accept_actor=COALITION,
    note="the strike on Gadhafi's compound the evening before, told by its damage: optional (no "
    "attacker named; the coalition accepted); the inspection is no event",
)
ev(
    S,
    "Speaking by phone from Tripoli, Saleh Ibrahim",
    "decried the missile attack",
    "ACCUSE",
    "disapprove",
    ["LBY"],
    ["Saleh Ibrahim"],
    [],
    [],
    accept_recipient=COALITION,
    note="Ibrahim (dean of a government-run academy, LBY) condemning the missile attack: "
    "ACCUSE/disapprove; the attackers are not named in the sentence (coalition accepted); 'the "
    "missile attack' itself is a re-mention (not coded)",
)
ev(
    S,
    "Ibrahim says that Libyans believe",
    "it was outside the scope of the U.N. Security Council resolution",
    "ACCUSE",
    "allege",
    ["LBY"],
    ["Libyans"],
    [],
    [],
    optional=True,
    accept_recipient=COALITION,
    note="the claim that the strike exceeded the UN mandate: an accusation reported as Libyans' "
    "belief, optional ACCUSE",
)
ev(
    S,
    "Ibrahim says that Libyans believe",
    "resolution authorizing force",
    "AGREE",
    "",
    ["UNO"],
    ["U.N. Security Council"],
    [],
    [],
    optional=True,
    accept_types=["SUPPORT", "THREATEN", "COERCE"],
    accept_recipient=[["LBY"]],
    note="the Security Council's resolution authorizing force (background, a nominal): optional; "
    "AGREE for the decision, SUPPORT, THREATEN and COERCE accepted",
)
ev(
    S,
    "Ibrahim contends the assault",
    'contends the assault has "targeted" civilians',
    "ACCUSE",
    "allege",
    ["LBY"],
    ["Ibrahim"],
    [],
    [],
    accept_recipient=COALITION,
    note="Ibrahim's charge that the assault targeted civilians: ACCUSE/allege (its content not "
    "coded); the attackers are not named (coalition accepted)",
)
ev(
    S,
    "It was not clear whether anyone was hurt",
    "the attack on the Gadhafi compound",
    "ASSAULT",
    "aerial",
    [],
    [],
    ["LBY"],
    ["the Gadhafi compound"],
    optional=True,
    hypothetical=True,
    accept_actor=COALITION,
    note="whether anyone was hurt is unclear; the attack itself is a re-mention: optional",
)
ev(
    S,
    "But Libya's government has said dozens of people",
    "coalition air and missile strikes, led by the United States, Britain and France, began",
    "ASSAULT",
    "aerial",
    ["USA", "GBR", "FRA"],
    ["the United States", "Britain", "France"],
    [],
    [],
    accept_actor=[["USA", "GBR", "FRA", "IGO"], ["USA"], ["IGO"]],
    accept_recipient=[["LBY"]],
    note="the coalition's air and missile strikes led by the US, Britain and France, "
    "begun Saturday: "
    "ASSAULT/aerial; Libya is not named as target in the clause (LBY accepted)",
)
ev(
    S,
    "But Libya's government has said dozens of people",
    "Libya's government has said dozens of people have been killed",
    "ACCUSE",
    "allege",
    ["LBY"],
    ["Libya's government"],
    [],
    [],
    optional=True,
    accept_recipient=[["USA", "GBR", "FRA"], ["USA"]],
    note="the government's casualty claim against the strikes: optional ACCUSE (a count with a "
    "named source; the deaths themselves are not coded)",
)

# -- israel-truce-2014 (Egypt's Gaza cease-fire plan, July 2014)
S = "israel-truce-2014"
ev(
    S,
    "Prime Minister Benjamin Netanyahu will convene",
    "will convene his decision-making security cabinet",
    "CONSULT",
    "",
    ["ISR"],
    ["Prime Minister Benjamin Netanyahu"],
    [],
    [],
    optional=True,
    future=True,
    accept_types=["AGREE"],
    note="Netanyahu's planned cabinet meeting: a domestic government meeting, optional (planned "
    "meeting, future=true; AGREE accepted)",
)
ev(
    S,
    "Prime Minister Benjamin Netanyahu will convene",
    "an Egyptian-proposed cease-fire",
    "REQUEST",
    "",
    ["EGY"],
    ["Egyptian"],
    [],
    [],
    optional=True,
    accept_types=["CONSULT", "AGREE"],
    accept_recipient=[["ISR", "PSE"], ["ISR"]],
    note="the Egyptian proposal as a nominal: optional (stated in full in sentence 4)",
)
ev(
    S,
    "The official seemed to put a positive face",
    "put a positive face on the proposed truce",
    "SUPPORT",
    "",
    ["ISR"],
    ["The official"],
    [],
    [],
    optional=True,
    accept_recipient=[["EGY"]],
    note="the Israeli official's positive view of the proposal: optional SUPPORT (an impression, "
    "'seemed')",
)
ev(
    S,
    "The official seemed to put a positive face",
    "Israel's week-old offensive in the Gaza Strip",
    "ASSAULT",
    "",
    ["ISR"],
    ["Israel"],
    ["PSE"],
    ["the Gaza Strip"],
    note="Israel's week-old offensive in Gaza: ASSAULT ISR -> PSE (a nominal naming the attacker, "
    "guideline 1); 'had weakened ... Hamas' is its result (not coded)",
)
ev(
    S,
    "Egypt proposed the initiative late Monday",
    "proposed the initiative",
    "REQUEST",
    "yield",
    ["EGY"],
    ["Egypt"],
    ["ISR", "PSE"],
    ["Israel", "Palestinian militants"],
    accept_types=["CONSULT", "AGREE"],
    accept_recipient=[[], ["ISR"], ["PSE"]],
    note="Egypt's cease-fire proposal to the two sides: REQUEST (a proposal calling for a "
    "cease-fire; mediation CONSULT and AGREE accepted); the parties are named only in the purpose "
    "clause, so an empty recipient is accepted; Palestinian militants in Gaza are PSE",
)
ev(
    S,
    "Egypt proposed the initiative late Monday",
    "fighting between Israel and Palestinian militants in Gaza",
    "ASSAULT",
    "",
    ["ISR", "PSE"],
    ["Israel", "Palestinian militants"],
    [],
    [],
    optional=True,
    note="the fighting, inside the purpose clause ('aimed at stopping'): optional",
)
ev(
    S,
    "The proposal, which would take effect",
    "calls for a cease-fire within 12 hours",
    "REQUEST",
    "yield",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["EGY"]],
    accept_recipient=[["ISR", "PSE"]],
    note="what the proposal says (document content, round 3): optional",
)
ev(
    S,
    "Worldwide pressure has been mounting",
    "Worldwide pressure has been mounting for a cease-fire",
    "REQUEST",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_recipient=[["ISR", "PSE"]],
    note="'worldwide pressure': no state named (a construct), optional",
)
ev(
    S,
    "Worldwide pressure has been mounting",
    "the warring parties continued their attacks across the skies",
    "ASSAULT",
    "",
    ["ISR", "PSE"],
    ["the warring parties", "the warring parties"],
    [],
    [],
    accept_actor=[["ISR"], ["PSE"]],
    accept_recipient=[["PSE"], ["ISR"]],
    note="Israel's air strikes and the militants' rockets continuing on Monday: reciprocal ASSAULT "
    "(both in actor; 'the warring parties' are Israel and the militants of sentence 4); one-sided "
    "codings accepted",
)
ev(
    S,
    "The Arab League said in a statement",
    "welcomed the Egyptian initiative",
    "SUPPORT",
    "",
    ["IGO"],
    ["The Arab League"],
    ["EGY"],
    ["Egyptian"],
    accept_recipient=[[]],
    note="the Arab League welcoming Egypt's initiative: SUPPORT IGO -> EGY",
)
ev(
    S,
    "A White House spokesman says",
    "will be engaged in an effort to reduce tensions",
    "AGREE",
    "",
    ["USA"],
    ["U.S."],
    [],
    [],
    optional=True,
    accept_types=["CONSULT"],
    note="the US promise to engage in de-escalation: a vague commitment (AGREE, a future "
    "CONSULT, guideline 4), optional",
)
ev(
    S,
    "President Barack Obama praised Egypt's proposal",
    "praised Egypt's proposal",
    "SUPPORT",
    "",
    ["USA"],
    ["President Barack Obama"],
    ["EGY"],
    ["Egypt"],
    note="Obama praising Egypt's proposal: SUPPORT USA -> EGY; 'a deadly wave of violence' names "
    "no party (not coded)",
)

# -- 2631420 (Merkel, Hollande and Putin in Moscow, February 2015)
S = "2631420"
ev(
    S,
    "The leaders of France, Germany, and Russia have failed",
    "have failed to reach a breakthrough peace deal",
    "AGREE",
    "",
    ["FRA", "DEU", "RUS"],
    ["France", "Germany", "Russia"],
    [],
    [],
    optional=True,
    negated=True,
    note="no breakthrough deal: negated AGREE, optional (as rounds 9 and 11)",
)
ev(
    S,
    "The leaders of France, Germany, and Russia have failed",
    "talks in Moscow",
    "CONSULT",
    "",
    ["FRA", "DEU", "RUS"],
    ["France", "Germany", "Russia"],
    [],
    [],
    accept_actor=[["FRA", "DEU"], ["DEU", "FRA", "UKR"]],
    accept_recipient=[["RUS"]],
    note="the three leaders' talks in Moscow: CONSULT, all three in actor (the visit coding FRA, "
    "DEU -> RUS accepted); the first statement of the talks (sentence 4 retells them)",
)
ev(
    S,
    "But they agreed to work on a shaky September cease-fire.",
    "agreed to work on a shaky September cease-fire",
    "AGREE",
    "",
    ["FRA", "DEU", "RUS"],
    ["they", "they", "they"],
    [],
    [],
    note="the leaders' agreement to work on the September cease-fire: AGREE, 'they' = the three "
    "leaders of sentence 0",
)
ev(
    S,
    "The agreement came a day after",
    "the European leaders met Ukraine's President Petro Poroshenko in Kyiv",
    "CONSULT",
    "",
    # round 17 joint recoding (events/reconcile_round17.tsv, decision a) applied to
    # round13.jsonl; the builder follows it (note and accept_* left as committed)
    ["FRA", "DEU", "UKR"],
    ["the European leaders", "the European leaders", "Ukraine's President Petro Poroshenko"],
    [],
    [],
    accept_actor=[["FRA", "DEU", "UKR"]],
    accept_recipient=[[]],
    note="Merkel and Hollande meeting Poroshenko in Kyiv the day before: CONSULT (a "
    "visit, visitors "
    "FRA, DEU -> host UKR; the reciprocal coding accepted); 'The agreement came' is a re-mention",
)
ev(
    S,
    "The agreement came a day after",
    "a renewed assault by Russia-backed rebels",
    "ASSAULT",
    "",
    ["UKR"],
    ["Russia-backed rebels"],
    [],
    [],
    accept_actor=[["RUS"], ["UKR", "RUS"]],
    accept_recipient=[["UKR"]],
    note="the rebels' renewed offensive in eastern Ukraine: ASSAULT (a nominal naming the "
    "attackers); rebels in Ukraine take UKR, RUS accepted for 'Russia-backed'; the target is not "
    "named (UKR accepted); 'Russia-backed' is an attribute (not coded)",
)
ev(
    S,
    "A Kremlin spokesman described Ukraine peace talks",
    "Ukraine peace talks Friday between French President Francois Hollande",
    "CONSULT",
    "",
    ["FRA", "DEU", "RUS"],
    [
        "French President Francois Hollande",
        "German Chancellor Angela Merkel",
        "Russian President Vladimir Putin",
    ],
    [],
    [],
    optional=True,
    accept_actor=[["FRA", "DEU"]],
    accept_recipient=[["RUS"]],
    note="the Moscow talks told again with the leaders' names: optional retelling of sentence 0; "
    "'constructive and substantive' is an assessment",
)
ev(
    S,
    "Dmitry Peskov indicated no new deal was reached",
    "no new deal was reached",
    "AGREE",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    negated=True,
    accept_actor=[["FRA", "DEU", "RUS"]],
    note="no new deal: negated AGREE, a retelling, optional",
)
ev(
    S,
    "Dmitry Peskov indicated no new deal was reached",
    "five hours of closed-door, private discussions in Moscow",
    "CONSULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["FRA", "DEU", "RUS"]],
    note="the talks again, with their length: optional retelling",
)
ev(
    S,
    "But he said they agreed to work on a September cease-fire",
    "they agreed to work on a September cease-fire",
    "AGREE",
    "",
    ["FRA", "DEU", "RUS"],
    ["they", "they", "they"],
    [],
    [],
    optional=True,
    note="the agreement of sentence 1 told again by Peskov: optional retelling",
)
ev(
    S,
    "But he said they agreed to work on a September cease-fire",
    "that has been routinely violated",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_actor=[["UKR"], ["UKR", "RUS"]],
    note="violations of the Minsk cease-fire with no party named: optional",
)
ev(
    S,
    "Peskov said Putin, Merkel, Hollande and Poroshenko",
    "will engage in four-way talks by telephone Sunday",
    "AGREE",
    "",
    ["RUS", "DEU", "FRA", "UKR"],
    ["Putin", "Merkel", "Hollande", "Poroshenko"],
    [],
    [],
    future=True,
    accept_types=["CONSULT"],
    note="the planned four-way phone talks on Sunday: AGREE future=true (guideline 4 and "
    "its note of "
    "2026-12-05; CONSULT accepted)",
)
ev(
    S,
    "French sources say those talks will focus",
    "a tattered peace deal signed in September",
    "SUPPORT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    accept_types=["AGREE"],
    accept_actor=[["UKR", "RUS"], ["UKR"]],
    note="the September (Minsk) deal's signing, background with no party named: optional "
    "(SUPPORT for signing, guideline 15; AGREE accepted); 'those talks will focus on reviving' "
    "restates the planned talks' purpose (not coded)",
)
ev(
    S,
    "French sources say those talks will focus",
    "has since been discarded by both sides",
    "REJECT",
    "",
    ["UKR"],
    ["both sides"],
    [],
    [],
    optional=True,
    accept_types=["ASSAULT"],
    accept_actor=[["UKR", "RUS"], []],
    note="the deal discarded by both sides (Ukraine's government and the rebels, both UKR): "
    "optional REJECT, background; RUS with UKR accepted",
)
ev(
    S,
    "Ukraine insists that any new accord must honor",
    "insists that any new accord must honor cease-fire boundaries",
    "REQUEST",
    "",
    ["UKR"],
    ["Ukraine"],
    [],
    [],
    accept_types=["REJECT"],
    accept_recipient=[["RUS"], ["FRA", "DEU", "RUS"]],
    note="Ukraine's condition for a new accord (the September lines, no rebel gains): REQUEST "
    "(REJECT accepted for 'can not include'); no recipient named (RUS accepted)",
)
ev(
    S,
    "Ukraine insists that any new accord must honor",
    "territory gained by rebels in recent weeks of heavy fighting",
    "ASSAULT",
    "",
    ["UKR"],
    ["rebels"],
    [],
    [],
    optional=True,
    accept_types=["COERCE"],
    accept_actor=[["RUS"], ["UKR", "RUS"]],
    accept_recipient=[["UKR"]],
    note="the rebels' gains, a retelling of the renewed assault of sentence 2: optional",
)


if __name__ == "__main__":
    write_stories(SOURCE, STORIES_JSONL)
    write_and_check(f"{HERE}/round13.jsonl", STORIES_JSONL, STORIES, E)

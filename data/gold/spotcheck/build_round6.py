"""Build `round6.jsonl`, the analyst's event annotation of three VOA stories (issue 9 spot check).

The annotation is written below as data (sentence anchor, trigger, codes); `common.py` finds the
character offsets in the corpus text, checks that every anchor, trigger and actor/recipient word is
found where stated, writes one JSON line per story and re-reads the file to check it. It does not
import wirecoder. Run from the repository root:

    python data/gold/spotcheck/build_round6.py ../shared/corpora/voa/voa_stories.jsonl

Fields are those of rounds 3-5 (see `README.md`): `optional` marks an event an analyst may code or
leave out (not counted as missed when absent); `accept_types`, `accept_actor`, `accept_recipient`
list other answers the judge accepts as right; flags follow `data/gold/events/GUIDELINE.md`
(planned meetings `future=true`, its note of 2026-12-05). An actor or recipient named only in an
earlier sentence is listed in the event's `context_mentions` (found in the story, not the sentence).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import make_ev, write_and_check

STORIES = ["6205512", "6184384", "6181235"]

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E: list[dict] = []
ev = make_ev(E)

# ---------------------------------------------------------------- 6205512 (2021-05-06)
# Cameroon's poultry sellers against trade and travel restrictions of Cameroon and Europe.
S = "6205512"
ev(
    S,
    "Cameroon's poultry farmers and sellers are calling on",
    "are calling on",
    "REQUEST",
    "yield",
    ["CMR"],
    ["Cameroon's poultry farmers and sellers"],
    ["CMR", "EUR"],
    ["authorities at home", "in Europe"],
    accept_recipient=[["CMR"], ["EUR"], []],
    note="farmers and sellers (domestic group: CMR) ask Cameroon's and Europe's authorities to "
    "loosen trade restrictions (easing restrictions: REQUEST/yield); 'in Europe' read as the EU "
    "side (guideline: Europe acting on trade), either recipient alone accepted; the first full "
    "statement (sentence 10 restates it)",
)
ev(
    S,
    "Cameroon's poultry farmers and sellers are calling on",
    "trade restrictions put in place",
    "SANCTION",
    "discontinue",
    ["CMR", "EUR"],
    ["authorities at home", "in Europe"],
    [],
    [],
    optional=True,
    accept_types=["COERCE", "REJECT"],
    accept_actor=[["CMR"], ["EUR"], []],
    accept_recipient=[["CMR"], ["EUR"]],
    note="the restrictions as a nominal (passive, no agent of their own; the authorities are the "
    "request's recipients); the restrictions are told as acts in sentences 5 and 8",
)
ev(
    S,
    "Scores of chicken sellers in Cameroon's capital",
    "held a one-hour sit-in",
    "PROTEST",
    "demo",
    ["CMR"],
    ["Scores of chicken sellers in Cameroon's capital"],
    [],
    [],
    accept_recipient=[["CMR"], ["CMR", "EUR"], ["EUR"]],
    note="a sit-in 'to protest the continued restrictions': collective physical action; the "
    "authorities are not named in the sentence (empty recipient; CMR and/or EUR accepted); the "
    "demand is not coded separately (guideline 11)",
)
ev(
    S,
    "She says her supplier blamed",
    "blamed",
    "ACCUSE",
    "allege",
    [],
    [],
    ["CMR", "EUR"],
    ["Cameroon", "Europe"],
    optional=True,
    accept_actor=[["CMR"]],
    accept_recipient=[["CMR"], ["EUR"]],
    note="a private supplier (nationality not given) blames the restrictions for the shortage: "
    "a causal complaint more than an accusation of wrongdoing, so optional",
)
ev(
    S,
    "She says her supplier blamed",
    "travel restrictions by Cameroon and Europe",
    "REJECT",
    "",
    ["CMR", "EUR"],
    ["Cameroon", "Europe"],
    [],
    [],
    optional=True,
    accept_types=["SANCTION", "COERCE"],
    accept_actor=[["CMR"], ["EUR"]],
    accept_recipient=[["CMR"], ["EUR"]],
    note="COVID travel restrictions named as a nominal with agents; health measures are not coded "
    "(guideline 13) unless they bar named countries (REJECT); here the countries are only implied, "
    "so optional; the same restrictions are told as an act in sentence 5",
)
ev(
    S,
    "François Djonou, president of Cameroon's Interprofessional",
    "reduced commercial flights",
    "SANCTION",
    "discontinue",
    ["CMR", "EUR"],
    ["Cameroon", "European countries"],
    [],
    [],
    accept_types=["REJECT", "COERCE"],
    accept_actor=[["CMR"], ["EUR"]],
    accept_recipient=[["CMR"], ["EUR"]],
    note="European countries and Cameroon curtail air links (between each other: reciprocal, both "
    "actors, empty recipient; either side alone accepted, the other as recipient). Curtailing "
    "exchanges is SANCTION/discontinue (issue 9: suspended flights); the health motive is the "
    "purpose clause (not coded). 'European countries' (several unnamed states) coded EUR; the "
    "president of the farmers' association only reports it (not an event)",
)
ev(
    S,
    "As a precaution, Cameroon banned",
    "banned the import",
    "SANCTION",
    "discontinue",
    ["CMR"],
    ["Cameroon"],
    ["EUR"],
    ["Europe"],
    accept_recipient=[[]],
    note="an import ban on goods from Europe: trade measure, SANCTION/discontinue (guideline 8); "
    "'Europe' as the EU trading area; an empty recipient accepted (Europe as a region)",
)
ev(
    S,
    "Cameroon's chicken sellers are pleading with",
    "are pleading with",
    "REQUEST",
    "yield",
    ["CMR"],
    ["Cameroon's chicken sellers"],
    ["CMR", "EUR"],
    ["authorities on both sides", "authorities on both sides"],
    optional=True,
    accept_recipient=[["CMR"], ["EUR"], []],
    note="restatement of the demand of sentence 0 (same sellers, same authorities)",
)
ev(
    S,
    "Meanwhile, Cameroon Livestock Ministry official",
    "are negotiating",
    "CONSULT",
    "",
    ["CMR"],
    ["Cameroon Livestock Ministry official Denise Abanda"],
    ["BRA"],
    ["Brazil"],
    accept_types=["COOPERATE"],
    accept_actor=[["BRA", "CMR"]],
    accept_recipient=[[]],
    note="the ministry ('they') negotiates imports from Brazil: negotiation is CONSULT (CMR -> "
    "BRA; reciprocal coding with both as actors accepted); the import is the purpose (not coded); "
    "COOPERATE accepted for a system reading the trade deal",
)
ev(
    S,
    '"So, the decision of the ministry',
    "to find another partner from Brazil",
    "COOPERATE",
    "",
    ["CMR"],
    ["the ministry"],
    ["BRA"],
    ["Brazil"],
    optional=True,
    accept_types=["AGREE"],
    accept_recipient=[[]],
    note="a decision to seek a Brazilian supplier: intent, not yet an exchange; optional",
)

# ---------------------------------------------------------------- 6184384 (2020-02-17)
# Kenya's operation against al-Shabab (IMG, guideline) in the Boni Forest; a survivor's account.
S = "6184384"
ev(
    S,
    "Kenya launched an operation to flush out al-Shabab terrorists from the northeast",
    "launched an operation to flush out",
    "ASSAULT",
    "",
    ["KEN"],
    ["Kenya"],
    ["IMG"],
    ["al-Shabab terrorists"],
    accept_types=["MOBILIZE"],
    note="a military offensive against al-Shabab (IMG, guideline: declared al-Qaeda branch): "
    "use of force, ASSAULT; MOBILIZE accepted (an 'operation' launched); historical (2015), "
    "no flag",
)
ev(
    S,
    "The operation was meant to last",
    "struggling to stamp out",
    "ASSAULT",
    "",
    ["KEN"],
    ["security forces"],
    ["IMG"],
    ["the Islamist militants"],
    optional=True,
    accept_types=["MOBILIZE"],
    accept_actor=[[]],
    note="the same operation going on ('The operation' is a re-mention); optional",
)
ev(
    S,
    "Villagers are afraid to venture",
    "a deadly January attack",
    "ASSAULT",
    "",
    [],
    [],
    ["KEN", "USA"],
    ["a joint Kenya-U.S. military base", "a joint Kenya-U.S. military base"],
    optional=True,
    accept_actor=[["IMG"]],
    accept_recipient=[["KEN"], ["USA"]],
    note="lede mention of the January attack on the base told in full in sentence 28 (required "
    "there); no attacker named here",
)
ev(
    S,
    "They never reached their destination",
    "attacked with gunfire, killing",
    "ASSAULT",
    "firearms",
    ["IMG"],
    ["al-Shabab"],
    ["KEN"],
    ["all the civilians except Abdi"],
    accept_actor=[[]],
    accept_recipient=[[]],
    note="civilians in a police vehicle attacked and killed (2017); the passive names no agent, "
    "the story's only armed adversary is al-Shabab (the officer takes her for al-Shabab; the "
    "commissioner: 'the terror group mainly targets our security vehicles'): IMG, empty actor "
    "accepted; one attack, gunfire the specific killing mode",
)
ev(
    S,
    "They never reached their destination",
    "hit a roadside bomb",
    "ASSAULT",
    "explosives",
    ["IMG"],
    ["al-Shabab"],
    ["KEN"],
    ["the car"],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[[]],
    note="the bomb part of the same attack; a second ASSAULT for it is accepted, not required",
)
ev(
    S,
    '"My leg was bleeding and one man aimed',
    "aimed at me",
    "ASSAULT",
    "firearms",
    [],
    [],
    ["KEN"],
    ["me"],
    optional=True,
    accept_types=["THREATEN"],
    accept_actor=[["IMG"]],
    accept_recipient=[[]],
    note="a gunman aiming at the survivor, part of the same attack (unnamed attacker); optional",
)
ev(
    S,
    "She also says she tried to duck",
    "the bullet hit her",
    "ASSAULT",
    "firearms",
    [],
    [],
    ["KEN"],
    ["her"],
    optional=True,
    accept_actor=[["IMG"]],
    accept_recipient=[[]],
    note="the survivor shot in the same attack; optional (part of sentence 5's attack)",
)
ev(
    S,
    "She says an officer recognized her",
    "pointed his gun at her",
    "THREATEN",
    "violence",
    ["KEN"],
    ["another"],
    ["KEN"],
    ["her"],
    optional=True,
    accept_types=["COERCE", "ASSAULT"],
    accept_actor=[[]],
    accept_recipient=[[]],
    note="a (Kenyan) security officer points his gun at the survivor; an individual encounter, "
    "optional",
)
ev(
    S,
    "She says an officer recognized her",
    "called her al-Shabab",
    "ACCUSE",
    "allege",
    ["KEN"],
    ["another"],
    ["KEN"],
    ["her"],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[[], ["IMG"]],
    note="the officer takes her for a militant; individual, optional",
)
ev(
    S,
    "Abdi says she replied that she was not al-Shabab",
    "replied that she was not al-Shabab",
    "REJECT",
    "",
    ["KEN"],
    ["she"],
    [],
    [],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[["KEN"], ["IMG"]],
    note="a denial of the officer's accusation (guideline 14: denials are REJECT); individual, "
    "optional; not a negated event",
)
ev(
    S,
    "A few hours later police helicopter",
    "police helicopter was hovering",
    "AID",
    "",
    ["KEN"],
    ["police helicopter"],
    ["KEN"],
    ["her"],
    optional=True,
    accept_types=["MOBILIZE"],
    accept_recipient=[[]],
    note="the police arriving to rescue the survivor (AID, guideline 12; MOBILIZE/police "
    "accepted); optional, the evacuation itself is sentence 15",
)
ev(
    S,
    "Abdi says they walked away and soon she was put in the helicopter",
    "was put in the helicopter",
    "AID",
    "",
    [],
    [],
    ["KEN"],
    ["she"],
    optional=True,
    accept_actor=[["KEN"]],
    accept_recipient=[[]],
    note="the police helicopter evacuates the survivor (rescue: AID, guideline 12); passive, "
    "optional",
)
ev(
    S,
    "Kenyan authorities have since banned civilians",
    "banned civilians from traveling",
    "COERCE",
    "restrict",
    ["KEN"],
    ["Kenyan authorities"],
    ["KEN"],
    ["civilians"],
    accept_recipient=[[]],
    note="a restriction on civilians' movement (riding with security convoys): COERCE/restrict, "
    "domestic KEN -> KEN; 'says Lamu County Commissioner' is not an event",
)
ev(
    S,
    '"The terror group mainly targets',
    "mainly targets",
    "ASSAULT",
    "",
    ["IMG"],
    ["The terror group"],
    ["KEN"],
    ["our security vehicles and security officers"],
    optional=True,
    accept_actor=[[]],
    accept_recipient=[[]],
    note="habitual targeting described by the commissioner (generic, no single attack): optional",
)
ev(
    S,
    "Kenya launched an operation to flush out al-Shabab terrorists from the Boni",
    "launched an operation to flush out",
    "ASSAULT",
    "",
    ["KEN"],
    ["Kenya"],
    ["IMG"],
    ["al-Shabab terrorists"],
    optional=True,
    accept_types=["MOBILIZE"],
    note="near-verbatim repeat of sentence 0 (required there): a restatement, optional; a system "
    "event here is not spurious",
)
ev(
    S,
    '"If you are seen in the forest, you can be killed',
    "you can be killed",
    "ASSAULT",
    "",
    [],
    [],
    [],
    [],
    optional=True,
    hypothetical=True,
    accept_actor=[["IMG"]],
    accept_recipient=[["KEN"]],
    note="a resident's generic fear (no party, no act): at most a hypothetical event; optional",
)
ev(
    S,
    "Somalia-based al-Shabab has been attacking",
    "has been attacking and fighting",
    "ASSAULT",
    "",
    ["IMG"],
    ["Somalia-based al-Shabab"],
    ["KEN"],
    ["Kenyan troops"],
    accept_actor=[["IMG", "KEN"]],
    accept_recipient=[[]],
    note="al-Shabab attacks Kenyan troops since 2011 (one-sided frame: IMG -> KEN); the two-sided "
    "reading of 'fighting' (both actors, no recipient) accepted",
)
ev(
    S,
    "Somalia-based al-Shabab has been attacking",
    "sent soldiers into Somalia",
    "MOBILIZE",
    "troops",
    ["KEN"],
    ["the government"],
    ["IMG"],
    ["the militant group"],
    accept_types=["ASSAULT"],
    accept_recipient=[["SOM"], []],
    note="Kenya's 2011 deployment into Somalia 'to combat the militant group' (the government = "
    "Kenya's, from 'Kenyan troops'): MOBILIZE/troops against al-Shabab; ASSAULT accepted for an "
    "intervention; Somalia (the place) or no recipient accepted; the purpose is not a separate "
    "event",
)
ev(
    S,
    "Underscoring the insecurity along the border",
    "launched a brazen assault",
    "ASSAULT",
    "",
    ["IMG"],
    ["the militants"],
    ["KEN", "USA"],
    ["a joint Kenya-U.S. military base", "a joint Kenya-U.S. military base"],
    accept_recipient=[["KEN"], ["USA"]],
    note="the January 2020 attack on the Manda Bay base: 'the militants' = al-Shabab (the "
    "sentence before); the joint base gives both KEN and USA (either alone accepted)",
)
ev(
    S,
    "Three Americans were killed",
    "were killed",
    "ASSAULT",
    "",
    ["IMG"],
    ["the militants"],
    ["USA"],
    ["Three Americans"],
    optional=True,
    accept_actor=[[]],
    note="the toll of sentence 28's attack (the same event); optional, a system event here counts "
    "as right if coded",
)

# ---------------------------------------------------------------- 6181235 (2019-12-18)
# US-North Korea denuclearization talks, missile tests, threats, and UN sanctions.
S = "6181235"
ev(
    S,
    "As Pyongyang appears to be preparing",
    "preparing to launch a long-range missile",
    "MOBILIZE",
    "weapons",
    ["PRK"],
    ["Pyongyang"],
    [],
    [],
    optional=True,
    accept_recipient=[["USA"]],
    note="reported as an appearance ('appears to be preparing'): optional; the experts' 'see an "
    "end' is a forecast (not coded)",
)
ev(
    S,
    "As Pyongyang appears to be preparing",
    "a diplomatic process Washington has pursued",
    "CONSULT",
    "",
    ["USA"],
    ["Washington"],
    ["PRK"],
    ["North Korea"],
    optional=True,
    accept_actor=[["PRK", "USA"]],
    accept_recipient=[[]],
    note="the talks as a standing process (a relative clause); optional",
)
ev(
    S,
    '"I see no signs that the North Koreans',
    "talking to the U.S.",
    "CONSULT",
    "",
    ["PRK"],
    ["the North Koreans"],
    ["USA"],
    ["the U.S."],
    optional=True,
    negated=True,
    accept_types=["REJECT"],
    accept_actor=[["PRK", "USA"]],
    accept_recipient=[[]],
    note="an expert's reading (not a political actor's act): optional at most",
)
ev(
    S,
    "On Tuesday, a top U.S. Air Force general",
    "to launch a long-range ballistic missile",
    "MOBILIZE",
    "weapons",
    ["PRK"],
    ["North Korea"],
    ["USA"],
    ["the U.S."],
    optional=True,
    future=True,
    accept_types=["THREATEN"],
    accept_recipient=[[]],
    note="a U.S. general's expectation of a launch (a forecast, not an act): optional",
)
ev(
    S,
    "Earlier this month, North Korea said",
    "said",
    "THREATEN",
    "",
    ["PRK"],
    ["North Korea"],
    ["USA"],
    ["the U.S."],
    accept_types=["ACCUSE"],
    note="the veiled 'Christmas gift' warning (sentence 9 calls it one of 'a series of warnings'): "
    "THREATEN with no stated content, so no mode",
)
ev(
    S,
    "The statement came as Pyongyang issued",
    "issued a series of warnings",
    "THREATEN",
    "",
    ["PRK"],
    ["Pyongyang"],
    ["USA"],
    ["Washington"],
    accept_types=["REQUEST"],
    note="warnings with an end-of-year deadline (guideline 14: an ultimatum or deadline is "
    "THREATEN); 'The statement came' re-mentions sentence 8 (not coded)",
)
ev(
    S,
    "The statement came as Pyongyang issued",
    "demanding that Washington change its stance",
    "REQUEST",
    "change",
    ["PRK"],
    ["Pyongyang"],
    ["USA"],
    ["Washington"],
    accept_types=["THREATEN"],
    note="the demand carried by the warnings: REQUEST/change (policy change on the talks)",
)
ev(
    S,
    "The statement came as Pyongyang issued",
    "deadline Pyongyang unilaterally imposed on Washington",
    "THREATEN",
    "",
    ["PRK"],
    ["Pyongyang"],
    ["USA"],
    ["Washington"],
    optional=True,
    accept_types=["REQUEST"],
    note="the deadline named as a relative clause, part of the same warnings; optional",
)
ev(
    S,
    "Washington and Pyongyang have been locked",
    "talks failed at the Hanoi Summit",
    "CONSULT",
    "",
    ["PRK", "USA"],
    ["Pyongyang", "Washington"],
    [],
    [],
    optional=True,
    accept_actor=[["USA"], ["PRK"]],
    accept_recipient=[["PRK"], ["USA"]],
    note="the February 2019 Hanoi summit named in a time clause (reciprocal); 'locked in their "
    "respective positions' is a state (not coded); optional",
)
ev(
    S,
    "There, North Korean leader Kim Jong Un asked",
    "asked",
    "REQUEST",
    "yield",
    ["PRK"],
    ["North Korean leader Kim Jong Un"],
    ["USA"],
    ["U.S. President Donald Trump"],
    note="a request for sanctions relief (ending sanctions: REQUEST/yield)",
)
ev(
    S,
    "Trump denied the request",
    "denied the request",
    "REJECT",
    "yield",
    ["USA"],
    ["Trump"],
    ["PRK"],
    ["North Korean leader Kim Jong Un"],
    accept_recipient=[[]],
    note="Trump refuses Kim's request (Kim named in the sentence before; empty recipient accepted)",
)
ev(
    S,
    "Trump denied the request",
    "asked instead for full denuclearization",
    "REQUEST",
    "change",
    ["USA"],
    ["Trump"],
    ["PRK"],
    ["North Korean leader Kim Jong Un"],
    accept_recipient=[[]],
    note="Trump's counter-demand; 'before granting any relaxation of sanctions' is a condition "
    "(not coded)",
)
ev(
    S,
    "North Korea has increased provocations",
    "conducting 13 rounds of missile tests",
    "MOBILIZE",
    "weapons",
    ["PRK"],
    ["North Korea"],
    ["USA"],
    ["the U.S."],
    accept_recipient=[[]],
    note="weapons tests are MOBILIZE (guideline 12); the U.S. is named in the purpose clause "
    "('to pressure the U.S.', not a separate event) as the party they are aimed at; empty "
    "recipient accepted; 'increased provocations' is the same act",
)
ev(
    S,
    "This month, North Korea conducted two tests",
    "conducted two tests",
    "MOBILIZE",
    "weapons",
    ["PRK"],
    ["North Korea"],
    [],
    [],
    optional=True,
    accept_recipient=[["USA"]],
    note="summary of the two tests told one by one in sentences 15 and 16 (required there); "
    "'experts think may be related' is an assessment",
)
ev(
    S,
    'North Korea said it conducted a "crucial test"',
    'conducted a "crucial test"',
    "MOBILIZE",
    "weapons",
    ["PRK"],
    ["North Korea"],
    [],
    [],
    accept_recipient=[["USA"]],
    note="the Friday (Dec. 13) test at Sohae; 'against U.S. threats' is the purpose, the U.S. as "
    "recipient accepted",
)
ev(
    S,
    'North Korea said it conducted a "crucial test"',
    "U.S. threats",
    "THREATEN",
    "",
    ["USA"],
    ["U.S."],
    ["PRK"],
    ["North Korea"],
    optional=True,
    accept_types=["ACCUSE"],
    accept_recipient=[[]],
    note="North Korea's characterisation of U.S. conduct, a nominal in its statement; optional",
)
ev(
    S,
    "The test comes after another",
    "carried out",
    "MOBILIZE",
    "weapons",
    ["PRK"],
    ["North Korea"],
    [],
    [],
    accept_recipient=[["USA"]],
    note="the Dec. 7 test at the same site (a distinct test); 'The test comes after' re-mentions "
    "sentence 15's test (not coded)",
)
ev(
    S,
    "Earlier in December, Trump threatened",
    "threatened to use force",
    "THREATEN",
    "violence",
    ["USA"],
    ["Trump"],
    ["PRK"],
    ["North Korea"],
    note="a conditional threat of force ('if necessary') is a real speech act (guideline 5: "
    "hypothetical=false)",
)
ev(
    S,
    "But if we do, we'll use it.",
    "we'll use it",
    "THREATEN",
    "violence",
    ["USA"],
    ["we"],
    [],
    [],
    optional=True,
    accept_recipient=[["PRK"]],
    note="Trump's quoted wording of the threat reported in sentence 24 (same statement); optional",
)
ev(
    S,
    "If we have to, we'll do it.",
    "we'll do it",
    "THREATEN",
    "violence",
    ["USA"],
    ["we"],
    [],
    [],
    optional=True,
    accept_recipient=[["PRK"]],
    note="continuation of the same quoted threat; optional",
)
ev(
    S,
    "In response, North Korea's army chief",
    "The use of armed force is not the privilege of the U.S. only",
    "THREATEN",
    "violence",
    ["PRK"],
    ["North Korea's army chief of staff Pak Jong Chon"],
    ["USA"],
    ["the U.S."],
    note="a counter-warning that North Korea too may use force (the 'not' is part of the wording, "
    "not a negated event)",
)
ev(
    S,
    "However, a State Department spokesperson told",
    "must maintain sanctions",
    "REQUEST",
    "",
    ["USA"],
    ["a State Department spokesperson"],
    ["UNO"],
    ["the U.N."],
    accept_types=["REJECT"],
    note="the U.S. urges the U.N. to keep sanctions (a demand on the U.N.); REJECT accepted (it "
    "opposes the relief proposal); 'told VOA's Korean Service' is not an event, and the sanctions "
    "'currently in place' are a state",
)
ev(
    S,
    '"Now is not the time for the U.N. Security Council',
    "Now is not the time",
    "REJECT",
    "yield",
    ["USA"],
    ["the spokesperson"],
    ["UNO"],
    ["the U.N. Security Council"],
    optional=True,
    accept_types=["REQUEST", "ACCUSE"],
    accept_recipient=[[], ["CHN", "RUS"]],
    note="the spokesperson's quoted wording of the statement reported in sentence 33; optional",
)
ev(
    S,
    '"The DPRK is threatening to conduct',
    "refusing to meet",
    "REJECT",
    "meet",
    ["PRK"],
    ["The DPRK"],
    [],
    [],
    accept_recipient=[["USA"]],
    note="North Korea's refusal to meet on denuclearization, as reported by the U.S. spokesperson "
    "(reported speech codes the reported act, guideline 1); the U.S. is implied, not named "
    "(empty recipient; USA accepted)",
)
ev(
    S,
    '"The DPRK is threatening to conduct',
    "is threatening to conduct an escalated provocation",
    "THREATEN",
    "",
    ["PRK"],
    ["The DPRK"],
    [],
    [],
    optional=True,
    accept_recipient=[["USA"]],
    note="the threats already coded in sentences 8-9, as the U.S. spokesperson sums them up; "
    "optional",
)
ev(
    S,
    '"The DPRK is threatening to conduct',
    "continuing to maintain and advance its prohibited weapons",
    "MOBILIZE",
    "weapons",
    ["PRK"],
    ["The DPRK"],
    [],
    [],
    optional=True,
    accept_recipient=[["USA"]],
    note="an ongoing weapons programme (a standing state) in the spokesperson's criticism; "
    "optional",
)
ev(
    S,
    '"The DPRK is threatening to conduct',
    "The DPRK is threatening",
    "ACCUSE",
    "allege",
    ["USA"],
    ["the spokesperson"],
    ["PRK"],
    ["The DPRK"],
    optional=True,
    accept_actor=[[]],
    note="the spokesperson's charge against North Korea as a speech act (its content is coded "
    "above as the reported acts); optional",
)
ev(
    S,
    "The statement was made in response to a Chinese and Russian proposal",
    "proposal made on Monday for the U.N. Security Council to lift sanctions",
    "REQUEST",
    "yield",
    ["CHN", "RUS"],
    ["Chinese", "Russian"],
    ["UNO"],
    ["the U.N. Security Council"],
    accept_types=["SUPPORT"],
    accept_actor=[["CHN"], ["RUS"]],
    accept_recipient=[["PRK"], ["PRK", "UNO"]],
    note="China and Russia propose that the Security Council lift sanctions (a call on the "
    "Council to ease sanctions: REQUEST/yield); SUPPORT (for North Korea) accepted; 'The "
    "statement was made in response' re-mentions sentence 33 (not coded); 'sanctions placed on' "
    "is a state",
)
ev(
    S,
    "The U.N. Security Council ramped up sanctions",
    "ramped up sanctions",
    "SANCTION",
    "discontinue",
    ["UNO"],
    ["The U.N. Security Council"],
    ["PRK"],
    ["North Korea"],
    note="2016 Security Council sanctions (historical); the purpose clause is not coded",
)


if __name__ == "__main__":
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/voa/voa_stories.jsonl"
    write_and_check("data/gold/spotcheck/round6.jsonl", corpus, STORIES, E)

"""Annotation of ``blind29.jsonl`` (evgold17, 2026-12-06), read by ``build_blind29.py``.

One call per event: document id, sentence anchor, trigger, type, mode, contexts, actor codes,
actor texts, recipient codes, recipient texts, flags. Written from the annotator's own reading
before any system ran on these texts.
"""

from __future__ import annotations


def annotate(ev) -> None:  # noqa: PLR0915 - a flat list of events
    """Add every event of the set through ``ev``."""
    D = "blind29-01"
    ev(D, "stands with those seeking", "stands with", "SUPPORT", "", ["pro_democracy"],
       ["USA"], ["The United States"], ["GTM"], ["those seeking to safeguard democracy"])
    ev(D, "we are taking steps to impose visa", "taking steps to impose visa restrictions",
       "REJECT", "", ["pro_democracy", "legal"], ["USA"], ["we"], ["GTM"],
       ["eleven individuals"])
    ev(D, "will continue to take steps", "will continue to take steps to impose such restrictions",
       "REJECT", "", ["pro_democracy"], ["USA"], ["the United States"], ["GTM"],
       ["additional individuals"], future=True)
    ev(D, "unequivocally rejects", "unequivocally rejects", "ACCUSE", "disapprove",
       ["pro_democracy", "election"], ["USA"], ["The United States"])
    ev(D, "plans to file charges", "plans to file charges", "ACCUSE", "allege",
       ["legal", "election"], ["GTM"], ["Public Ministry officials\u2019"], ["GTM", "GTM"],
       ["President-elect Arevalo", "Vice President-elect Herrera"], future=True)
    ev(D, "We also condemn the politically", "condemn", "ACCUSE", "disapprove",
       ["repression"], ["USA"], ["We"])
    ev(D, "We also condemn the politically", "raids and arrests", "COERCE", "arrest",
       ["repression", "election"], [], [], ["GTM"], ["members of the Semilla party"])
    ev(D, "We join the Organization of American States", "calling for", "REQUEST", "change",
       ["pro_democracy", "election"], ["USA", "IGO"],
       ["We", "the Organization of American States"])

    D = "blind29-02"
    ev(D, "the United States received 222", "received", "COOPERATE", "", ["human_rights"],
       ["USA"], ["the United States"], ["NIC"], ["Nicaragua"])
    ev(D, "the United States received 222", "released", "RETREAT", "release", ["human_rights"],
       ["NIC"], ["Nicaragua"], ["NIC"], ["222 political prisoners"])
    ev(D, "moved to strip the former", "moved to strip", "COERCE", "restrict",
       ["repression"], ["NIC", "NIC"], ["Daniel Ortega", "Rosario Murillo"], ["NIC"],
       ["the former political prisoners"])
    ev(D, "continue to unjustly detain", "unjustly detain", "COERCE", "arrest", ["repression"],
       ["NIC", "NIC"], ["Daniel Ortega", "Rosario Murillo"], ["NIC"],
       ["those who wish to exercise their human rights"])
    ev(D, "continue to unjustly detain", "force into exile", "COERCE", "deport", ["repression"],
       ["NIC", "NIC"], ["Daniel Ortega", "Rosario Murillo"], ["NIC"],
       ["those who wish to exercise their human rights"])
    ev(D, "joins the international community in condemning", "condemning", "ACCUSE",
       "disapprove", ["repression"], ["USA"], ["The United States"])
    ev(D, "joins the international community in condemning", "renew our calls", "REQUEST",
       "change", ["rights_freedoms"], ["USA"], ["we"], ["NIC"], ["the Nicaraguan authorities"])

    D = "blind29-03"
    ev(D, "one year since 222 political prisoners", "were released", "RETREAT", "release",
       ["human_rights"], ["NIC"], ["the Ortega-Murillo regime"], ["NIC"],
       ["222 political prisoners"])
    ev(D, "one year since 222 political prisoners", "flown to the United States", "COERCE",
       "deport", ["repression"], ["NIC"], ["the Ortega-Murillo regime"], ["NIC"],
       ["222 political prisoners"])
    ev(D, "were welcomed with medical", "welcomed with medical and psychological care",
       "AID", "", ["human_security"], [], [], ["NIC"], ["the Nicaraguan political prisoners"])
    ev(D, "called them \u201cterrorists", "called them", "ACCUSE", "allege", ["repression"],
       ["NIC"], ["President Daniel Ortega"], ["NIC"], ["them"])
    ev(D, "Congress stripped them", "stripped them of their citizenship", "COERCE", "restrict",
       ["repression"], ["NIC"], ["Nicaragua\u2019s Congress"], ["NIC"], ["them"])
    ev(D, "A judge declared", "declared", "SANCTION", "convict", ["legal", "repression"],
       ["NIC"], ["A judge"], ["NIC"], ["an additional 94 Nicaraguan dissidents"])
    ev(D, "A judge declared", "stripped of their property and citizenship", "COERCE", "seize",
       ["repression"], ["NIC"], ["A judge"], ["NIC"], ["an additional 94 Nicaraguan dissidents"])
    ev(D, "persecution of dissidents", "persecution", "COERCE", "", ["repression"], [], [],
       ["NIC"], ["dissidents"])
    ev(D, "the UN Group of Human Rights Experts", "told", "ACCUSE", "allege", ["human_rights"],
       ["UNO"], ["the UN Group of Human Rights Experts on Nicaragua"], ["NIC"],
       ["the government"])
    ev(D, "the UN Group of Human Rights Experts", "increasing pressure", "COERCE", "",
       ["repression"], ["NIC"], ["the government"], ["NIC"], ["human rights defenders"])
    ev(D, "the government seized the prestigious", "seized", "COERCE", "seize",
       ["repression", "rights_freedoms"], ["NIC"], ["the government"], ["NIC"],
       ["the prestigious Jesuit-run University of Central America"])
    ev(D, "the government seized the prestigious", "take-overs", "COERCE", "seize",
       ["repression", "rights_freedoms"], ["NIC"], ["the regime"], ["NIC"],
       ["dozens of institutions of higher learning"])
    ev(D, "Priests have been arrested", "arrested and imprisoned", "COERCE", "arrest",
       ["repression", "religion_ethnicity"], [], [], ["NIC"], ["Priests"])
    ev(D, "Priests have been arrested", "sentenced", "SANCTION", "convict",
       ["legal", "religion_ethnicity"], [], [], ["NIC"], ["Rolando Jos\u00e9 \u00c1lvarez Lagos"])
    ev(D, "Priests have been arrested", "26 years in prison", "COERCE", "arrest",
       ["legal", "religion_ethnicity"], [], [], ["NIC"], ["Rolando Jos\u00e9 \u00c1lvarez Lagos"])
    ev(D, "Priests have been arrested", "refusing to leave the country", "REJECT", "",
       ["repression"], ["NIC"], ["Rolando Jos\u00e9 \u00c1lvarez Lagos"])
    ev(D, "Bishop Alvarez was put on a plane", "put on a plane to Rome", "COERCE", "deport",
       ["repression", "religion_ethnicity"], [], [], ["NIC"], ["Bishop Alvarez"])

    D = "blind29-04"
    ev(D, "Iranian forces illegally boarding", "illegally boarding and seizing", "COERCE",
       "seize", ["military"], ["IRN"], ["Iranian forces"], ["MHL"],
       ["a Marshall Islands-flagged tanker"])
    ev(D, "M/V Talara was seized", "was seized", "COERCE", "seize", ["military"], ["IRN"],
       ["Islamic Revolutionary Guard Corps (IRGC) forces"], ["MHL"], ["M/V Talara"])
    ev(D, "IRGC operatives then steered", "steered", "COERCE", "seize", ["military"], ["IRN"],
       ["IRGC operatives"], ["MHL"], ["the tanker"])
    ev(D, "constitutes a blatant violation", "constitutes a blatant violation of international law",
       "ACCUSE", "disapprove", ["military", "legal"], [], [], ["IRN"], ["Iran's"])
    ev(D, "We call on Iran", "call on", "REQUEST", "", ["legal"], ["USA"], ["We"], ["IRN"],
       ["Iran"])
    ev(D, "U.S. forces will continue", "work alongside", "AGREE", "", ["military"], ["USA"],
       ["U.S. forces"])

    D = "blind29-05"
    ev(D, "is providing an additional $30 million", "is providing an additional $30 million in "
       "humanitarian assistance", "AID", "", ["human_security", "disasters"], ["USA"],
       ["The United States"], ["PAK"], ["the people affected by severe flooding in Pakistan"])
    ev(D, "A USAID disaster management specialist", "arrived", "AID", "",
       ["human_security", "disasters"], ["USA"], ["A USAID disaster management specialist"],
       ["PAK"], ["Islamabad"])
    ev(D, "continue to monitor the situation", "in close coordination", "COOPERATE", "",
       ["disasters"], ["USA", "PAK"], ["USAID humanitarian staff", "the Government of Pakistan"])
    ev(D, "is deeply saddened", "is deeply saddened", "SUPPORT", "", ["disasters"], ["USA"],
       ["The United States"], ["PAK"], ["Pakistan"])
    ev(D, "We stand with Pakistan", "stand with", "SUPPORT", "", ["disasters"], ["USA"], ["We"],
       ["PAK"], ["Pakistan"])

    D = "blind29-06"
    ev(D, "is tightening sanctions against", "is tightening sanctions", "SANCTION",
       "discontinue", ["economic", "human_rights"], ["USA"], ["The United States"], ["SDN"],
       ["Sudan's government"])
    ev(D, "is tightening sanctions against", "genocide", "ASSAULT", "",
       ["human_rights", "religion_ethnicity"], ["SDN"], ["Sudan's government"], ["SDN"],
       ["the people of Sudan's Darfur region"])
    ev(D, "has unleashed its Janjaweed", "unleashed its Janjaweed militia against villages",
       "ASSAULT", "", ["military"], ["SDN"],
       ["the government of Sudanese President Omar al-Bashir"], ["SDN"], ["villages"])
    ev(D, "have been forced from their homes", "forced from their homes", "SANCTION", "expel",
       ["human_security"], [], [], ["SDN"], ["more than two million others"])
    ev(D, "would take new steps", "would take new steps", "THREATEN", "", ["economic"],
       ["USA"], ["President George W. Bush"], ["SDN"], ["Sudan's government"])
    ev(D, "President Bashir, says President Bush", "says", "ACCUSE", "allege",
       ["human_rights"], ["USA"], ["President Bush"], ["SDN"], ["President Bashir"])
    ev(D, "the military bombed a meeting", "bombed", "ASSAULT", "aerial", ["military"],
       ["SDN"], ["the military"], ["SDN"], ["a meeting of rebel commanders"])
    ev(D, "used his army and government-sponsored", "attack", "ASSAULT", "", ["military"],
       ["SDN", "SDN"], ["his army", "government-sponsored militias"], ["SDN", "SDN"],
       ["rebels", "civilians"])
    ev(D, "taken no steps to disarm", "taken no steps to disarm", "RETREAT", "disarm",
       ["military"], ["SDN"], ["He"], ["SDN"], ["these militias"], negated=True)
    ev(D, "continue to oppose the deployment", "oppose", "ACCUSE", "disapprove",
       ["peacekeeping"], ["SDN"], ["Senior [Sudanese] officials"], ["UNO"],
       ["the U.N. peacekeeping force"])
    ev(D, "will add thirty companies", "will add thirty companies", "SANCTION", "discontinue",
       ["economic"], ["USA"], ["the United States"], ["SDN"],
       ["thirty companies owned or controlled by Sudan's government"], future=True)
    ev(D, "A company that has been transporting", "transporting weapons", "AID", "",
       ["military"], [], [], ["SDN", "SDN"], ["the Sudanese government", "militia forces in Darfur"])
    ev(D, "A company that has been transporting", "will also be added to that list", "SANCTION",
       "discontinue", ["economic"], [], [], ["SDN"],
       ["individuals responsible for violence in Darfur"], future=True)
    ev(D, "will also consult its allies", "consult", "AGREE", "", ["diplomatic"], ["USA"],
       ["the United States"], future=True)

    D = "blind29-07"
    ev(D, "It is clear from the briefing", "briefing", "CONSULT", "", ["diplomatic"],
       ["USA", "UNO"], ["I", "U.N. Special Advisor Ibrahim Gambari"])
    ev(D, "It is clear from the briefing", "are failing to meet", "ACCUSE", "allege",
       ["pro_democracy", "human_rights"], ["USA"], ["I"], ["MMR", "MMR"],
       ["Burma's General Than Shwe", "his associates"])
    ev(D, "It is clear from the briefing", "set out", "REQUEST", "change",
       ["pro_democracy", "human_rights"], ["UNO"],
       ["the unanimous membership of the U.N. Security Council"], ["MMR"],
       ["Burma's General Than Shwe"])
    ev(D, "The junta has made no meaningful attempt", "made no meaningful attempt to meet and "
       "talk", "CONSULT", "", ["pro_democracy"], ["MMR"], ["The junta"], ["MMR"],
       ["democratic activists"], negated=True)
    ev(D, "Instead it has continued to harass", "harass and detain", "COERCE", "arrest",
       ["repression"], ["MMR"], ["it"], ["MMR"], ["them"])
    ev(D, "While they reject international calls", "reject", "REJECT", "change",
       ["pro_democracy"], ["MMR"], ["they"])
    ev(D, "Children are being trafficked", "forced recruitment", "COERCE", "",
       ["human_rights", "military"], ["MMR"], ["the military"], ["MMR"], ["Children"])

    D = "blind29-08"
    ev(D, "Ban Ki-moon called Mrs. Bush", "called", "CONSULT", "phone", ["diplomatic"],
       ["UNO", "USA"], ["United Nations Secretary-General Ban Ki-moon", "Mrs. Bush"])
    ev(D, "Ban Ki-moon called Mrs. Bush", "to thank her", "SUPPORT", "", ["diplomatic"],
       ["UNO"], ["United Nations Secretary-General Ban Ki-moon"], ["USA"], ["Mrs. Bush"])
    ev(D, "Ban Ki-moon called Mrs. Bush", "\"unwavering support\"", "SUPPORT", "",
       ["pro_democracy"], ["USA"], ["her"], ["MMR"], ["the people of Burma"])
    ev(D, "He reported that the military regime", "appointed a senior official to begin a "
       "dialogue", "AGREE", "", ["pro_democracy"], ["MMR"], ["the military regime"], ["MMR"],
       ["Aung San Suu Kyi"], future=True)
    ev(D, "when they release Aung San Suu Kyi", "release", "RETREAT", "release",
       ["pro_democracy", "human_rights"], ["MMR"], ["the regime's"], ["MMR"],
       ["Aung San Suu Kyi"], hypothetical=True)
    ev(D, "his plans to dispatch", "plans to dispatch", "AGREE", "", ["diplomatic"],
       ["UNO"], ["Secretary-General Ban"], ["MMR"], ["Burma"], future=True)
    ev(D, "will continue to pressure the military junta", "pressure", "REQUEST", "change",
       ["repression"], ["UNO"], ["the United Nations"], ["MMR"], ["the military junta"])
    ev(D, "will continue to pressure the military junta", "participated in the non-violent "
       "demonstrations", "PROTEST", "demo", ["pro_democracy", "religion_ethnicity"], ["MMR"],
       ["monks and nuns"])

"""Annotation of ``blind19`` (evgold7, 2026-12-06), read by ``build_blind19.py``.

One call per event: document id, a sentence anchor (a substring of exactly one sentence), the
trigger (a substring of that sentence), type, mode, contexts, actor codes and their words,
recipient codes and their words, and the flags negated / future / hypothetical.
"""

from __future__ import annotations

US3 = ["USA", "GBR", "CAN"]


def annotate(ev) -> None:  # noqa: PLR0915 - one line per event, kept as data
    """Add every event of the set through ``ev``."""
    d = "blind19-01"  # White House fact sheet, Darfur sanctions, 2007
    ev(d, "Today, President Bush Announced", "Expansion And Tightening Of Economic Sanctions",
       "SANCTION", "discontinue", ["economic", "human_rights"], ["USA"], ["President Bush"],
       ["SDN"], ["The Government Of Sudan"])
    ev(d, "long pattern of promising cooperation", "promising cooperation", "AGREE", "",
       ["peacekeeping"], ["SDN"], ["President Bashir\u2019s"])
    ev(d, "long pattern of promising cooperation", "obstruction", "REJECT", "",
       ["peacekeeping"], ["SDN"], ["President Bashir\u2019s"])
    ev(d, "The Department Of Treasury Is Tightening", "Tightening U.S. Economic Sanctions",
       "SANCTION", "discontinue", ["economic"], ["USA"], ["The Department Of Treasury"],
       ["SDN"], ["Sudan"])
    ev(d, "Is Targeting Sanctions Against Individuals", "Targeting Sanctions", "SANCTION",
       "discontinue", ["economic", "human_rights"], ["USA"], ["The U.S."])
    ev(d, "To Consult With The United Kingdom", "Consult", "AGREE", "", ["diplomatic"],
       ["USA"], ["The Secretary Of State"], ["GBR"], ["The United Kingdom"], future=True)
    ev(d, "Continue To Push For UN Support", "Push For UN Support", "REQUEST", "assist",
       ["peacekeeping"], ["USA"], ["The U.S."], ["UNO"], ["UN"])

    d = "blind19-02"  # White House, eastern Congo peace agreement, 2008
    ev(d, "The United States welcomes the signing", "welcomes", "SUPPORT", "",
       ["diplomatic", "military"], ["USA"], ["The United States"])
    ev(d, "President Bush recently met with", "met", "CONSULT", "", ["diplomatic"],
       ["USA", "COD"], ["President Bush", "President Kabila"])
    ev(d, "President Bush recently met with", "commends", "SUPPORT", "", ["diplomatic"],
       ["USA"], ["President Bush"], ["COD"], ["Kabila's"])
    ev(d, "President Bush recently met with", "securing this important agreement", "AGREE",
       "", ["diplomatic", "military"], ["COD"], ["Kabila's"])
    ev(d, "We call on all parties", "call on", "REQUEST", "change", ["military"], ["USA"],
       ["We"])
    ev(d, "will continue to actively support", "will continue to actively support", "AGREE",
       "", ["diplomatic"], ["USA"], ["The United States"], ["COD"],
       ["the Congolese Government's"])

    d = "blind19-03"  # embassy in Mongolia, North Korean missile launch
    ev(d, "North Korea launched a ballistic missile", "launched a ballistic missile",
       "MOBILIZE", "weapons", ["military"], ["PRK"], ["North Korea"])
    ev(d, "We call again on North Korea", "call again on", "REQUEST", "change", ["military"],
       ["USA"], ["We"], ["PRK"], ["North Korea"])
    ev(d, "remains steadfast in its commitments", "remains steadfast in its commitments",
       "AGREE", "", ["military"], ["USA"], ["The United States"], ["KOR", "JPN"],
       ["the Republic of Korea", "Japan"])
    ev(d, "We will continue to coordinate closely", "will continue to coordinate", "AGREE", "",
       ["military", "diplomatic"], ["USA"], ["We"])

    d = "blind19-04"  # State Department on Marinka, Ukraine, 2015
    sep = ["combined Russian-separatist forces", "combined Russian-separatist forces"]
    ev(d, "we are disturbed by reports", "are disturbed", "ACCUSE", "disapprove",
       ["military", "territory"], ["USA"], ["we"], ["RUS", "UKR"], sep)
    ev(d, "we are disturbed by reports", "launched coordinated attacks", "ASSAULT", "",
       ["military", "territory"], ["RUS", "UKR"], sep, ["UKR"], ["Ukrainian positions"])
    ev(d, "They have reportedly utilized Grad rockets", "utilized Grad rockets", "ASSAULT",
       "", ["military"], ["RUS", "UKR"], ["They", "They"])
    ev(d, "They have reportedly utilized Grad rockets", "killed", "ASSAULT", "", ["military"],
       ["RUS", "UKR"], ["they\u2019ve", "they\u2019ve"], ["UKR"], ["20 Ukrainians"])
    ev(d, "Any new attack or aggressive action", "is unacceptable", "ACCUSE", "disapprove",
       ["military"], [], [], ["RUS", "UKR"], sep)
    ev(d, "Russia bears direct responsibility", "bears direct responsibility", "ACCUSE",
       "allege", ["military"], [], [], ["RUS"], ["Russia"])

    d = "blind19-05"  # State Department on Pisky, Ukraine, 2015
    rs = ["Russia", "the separatists"]
    ev(d, "we continue to see an increasing disparity", "increasing disparity", "ACCUSE",
       "allege", ["military"], ["USA"], ["we"], ["RUS", "UKR"], rs)
    ev(d, "in reality they are violating it", "violating it", "ASSAULT", "", ["military"],
       ["RUS", "UKR"], rs)
    ev(d, "in reality they are violating it", "encroaching", "COERCE", "seize",
       ["military", "territory"], ["RUS", "UKR"], rs)
    ev(d, "in reality they are violating it", "attacks", "ASSAULT", "", ["military"],
       ["RUS", "UKR"], rs)
    ev(d, "Yesterday Russia-backed separatists", "launched an attack", "ASSAULT", "",
       ["military"], ["UKR"], ["Russia-backed separatists"])
    ev(d, "We condemn this attack", "condemn", "ACCUSE", "disapprove", ["military"], ["USA"],
       ["We"])
    ev(d, "We condemn this attack", "injured", "ASSAULT", "", ["military"], [], [], ["UKR"],
       ["seven Ukrainian troops"])
    ev(d, "We commend the OSCE", "commend", "SUPPORT", "", ["peacekeeping"], ["USA"], ["We"],
       ["IGO"], ["the OSCE"])
    ev(d, "We commend the OSCE", "reiterate our call", "REQUEST", "yield", ["peacekeeping"],
       ["USA"], ["we"])
    ev(d, "will face increasing costs", "will face increasing costs", "THREATEN", "",
       ["military", "economic"], [], [], ["RUS", "UKR"], ["Russia", "the separatists it backs"])

    d = "blind19-06"  # State Department, Nicaragua visa restrictions and sanctions, 2022
    ev(d, "will continue to call out", "call out", "ACCUSE", "disapprove",
       ["human_rights", "repression"], ["USA"], ["the United States"], ["NIC"],
       ["the Ortega-Murillo regime\u2019s"])
    ev(d, "taking steps to impose visa restrictions", "impose visa restrictions", "REJECT", "",
       ["pro_democracy"], ["USA"], ["the Department of State"], ["NIC"], ["116 individuals"])
    ev(d, "today sanctioned six members", "sanctioned", "SANCTION", "discontinue",
       ["economic", "pro_democracy"], ["USA"],
       ["the U.S. Department of the Treasury\u2019s Office of Foreign Assets Control"], ["NIC"],
       ["six members of the Ortega-Murillo regime"])
    ev(d, "The regime continues to hold 170", "continues to hold", "COERCE", "arrest",
       ["repression"], ["NIC"], ["The regime"], ["NIC"], ["170 political prisoners"])
    ev(d, "corrupt security and judicial system arrested", "arrested", "COERCE", "arrest",
       ["repression", "rights_freedoms"], ["NIC"],
       ["Ortega\u2019s corrupt security and judicial system"], ["NIC"], ["these individuals"])
    ev(d, "We join the European Union", "taking a strong stand against", "ACCUSE",
       "disapprove", ["human_rights"], ["USA", "EUR"], ["We", "the European Union"], ["NIC"],
       ["the Ortega-Murillo regime"])

    d = "blind19-07"  # embassies in Mali, Moura report, 2023
    we3 = ["We", "We", "We"]
    ev(d, "acknowledge the findings", "documenting", "ACCUSE", "investigate",
       ["human_rights"], ["UNO"], ["UN"])
    ev(d, "We extend our deepest condolences", "extend our deepest condolences", "SUPPORT",
       "", ["human_rights"], US3, we3)
    ev(d, "We extend our deepest condolences", "killed", "ASSAULT", "", ["human_rights"],
       [], [], ["MLI"], ["approximately five hundred people"])
    ev(d, "We express grave concern", "express grave concern", "ACCUSE", "disapprove",
       ["human_rights"], US3, we3, ["MLI", "RUS"],
       ["elements of the Malian Armed Forces", "Russian-backed Wagner Group"])
    ev(d, "We express grave concern", "implicating", "ACCUSE", "allege", ["human_rights"],
       ["UNO"], ["the report\u2019s conclusions"], ["MLI", "RUS"],
       ["elements of the Malian Armed Forces", "Russian-backed Wagner Group"])
    ev(d, "We recognize the Malian transition", "recognize", "SUPPORT", "", ["terrorism"],
       US3, we3, ["MLI"], ["the Malian transition government\u2019s"])
    ev(d, "We encourage the transition government", "encourage", "REQUEST", "change",
       ["human_rights", "legal"], US3, we3, ["MLI"], ["the transition government"])
    ev(d, "We urge the Malian transition government", "urge", "REQUEST", "change",
       ["human_rights", "legal"], US3, we3, ["MLI"], ["the Malian transition government"])
    ev(d, "We remain ready to assist", "remain ready to assist", "AGREE", "",
       ["human_security"], US3, we3, ["MLI"], ["the Malian people"])

    d = "blind19-08"  # State Department, attacks on civilians in Syria, 2021
    ev(d, "The United States strongly condemns reported", "strongly condemns", "ACCUSE",
       "disapprove", ["military", "human_rights"], ["USA"], ["The United States"],
       ["SYR", "RUS"], ["Assad regime", "Russian"])
    ev(d, "The United States strongly condemns reported", "artillery attacks", "ASSAULT", "",
       ["military"], ["SYR"], ["Assad regime"], ["SYR"], ["civilians"])
    ev(d, "The United States strongly condemns reported", "airstrikes", "ASSAULT", "aerial",
       ["military"], ["RUS"], ["Russian"], ["SYR"], ["civilians"])
    ev(d, "Reported artillery shelling on the Al-Atareb", "artillery shelling", "ASSAULT", "",
       ["military", "health"], [], [], ["SYR"], ["several patients"])
    ev(d, "Additionally, Russian airstrikes struck", "struck", "ASSAULT", "aerial",
       ["military"], ["RUS"], ["Russian airstrikes"], ["SYR"], ["one civilian"])
    ev(d, "we reiterate our call for a nationwide", "reiterate our call", "REQUEST", "change",
       ["military"], ["USA"], ["we"])

    d = "blind19-09"  # White House, Taliban attacks, 2019
    ev(d, "The United States strongly condemns the Taliban", "strongly condemns", "ACCUSE",
       "disapprove", ["terrorism", "election"], ["USA"], ["The United States"], ["AFG"],
       ["the Taliban\u2019s"])
    ev(d, "The United States strongly condemns the Taliban", "cowardly attacks", "ASSAULT", "",
       ["terrorism"], ["AFG"], ["the Taliban\u2019s"], ["AFG"], ["the Afghan people"])
    ev(d, "bombing of the election rally", "bombing", "ASSAULT", "explosives",
       ["terrorism", "election"], [], [], ["AFG"], ["nearly 30 Afghan civilians"])
    ev(d, "bombing of the election rally", "suicide attack", "ASSAULT", "explosives",
       ["terrorism"], [], [], ["AFG"], ["more than 20 Afghans"])
    ev(d, "he will not negotiate a peace agreement", "will not negotiate", "REJECT", "meet",
       ["diplomatic", "terrorism"], ["USA"], ["The President"], ["AFG"], ["the Taliban"])

    d = "blind19-10"  # U.S. Embassy Kabul, attack in Kabul, 2016
    ev(d, "Today Kabul suffered a deadly attack", "deadly attack", "ASSAULT", "",
       ["terrorism"], ["AFG"], ["the Taliban"], ["AFG"], ["Kabul"])
    ev(d, "The U.S. Embassy condemns", "condemns", "ACCUSE", "disapprove", ["terrorism"],
       ["USA"], ["The U.S. Embassy"])
    ev(d, "Our thoughts and prayers are with", "thoughts and prayers", "SUPPORT", "",
       ["terrorism"], ["USA"], ["Our"])
    ev(d, "We stand with the people of Afghanistan", "stand with", "SUPPORT", "",
       ["terrorism"], ["USA"], ["We"], ["AFG"], ["the people of Afghanistan"])
    ev(d, "We stand with the people of Afghanistan", "will continue to advocate", "AGREE", "",
       ["diplomatic"], ["USA"], ["we"], ["AFG"], ["the Afghan government\u2019s"])

"""Build ``blind23_second.jsonl``: a second, independent annotation of blind23's ten texts.

Annotator iaa9b, 2026-12-06, for an inter-annotator agreement figure on PLOVER events. The texts
(``blind23_second_texts.py``) are copied verbatim from the lead's hand-out, with blind23's ids,
so that offsets can be compared with the first annotation. The annotation below was written
from the annotator's own reading of the texts, following ``data/gold/events/GUIDELINE.md`` and
the PLOVER codebook, without opening ``blind23.jsonl``, ``build_blind23.py`` or
``README-blind23.md``. It reuses the builder of ``build_dev4.py`` (anchor -> sentence, trigger
found exactly once, ``check_event`` on every event), then re-reads the written file, checks every
offset again and runs the standalone checker of ``check_documents.py``. Run from the repository
root:

    python data/gold/events/agreement/build_blind23_second.py

It imports nothing from wirecoder. See ``README.md`` in this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[1]))
from blind23_second_texts import DOCS as TEXTS  # noqa: E402
from blind_build import write_checked  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind23_second.jsonl"

#: Documents with the fields ``check_documents.py`` requires (``date_approximate`` and
#: ``date_note`` are derived from the hand-out's ``note``; ``source`` is added by the builder).
DOCS = [{**d, "date_approximate": False, "date_note": d["note"]} for d in TEXTS]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, flags (negated / future / hypothetical)
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind23-01: Afghan Local Police repel insurgents in Sayadabad (DVIDS, 2013-09-13) ---
D = "blind23-01"
ev(D, "repelled an insurgent attack", "repelled", "ASSAULT", "", ["military"],
   ["AFG", "AFG"], ["Afghan National Security Forces", "Afghan Local Police guardians"],
   ["AFG"], ["insurgent"])
ev(D, "repelled an insurgent attack", "attack", "ASSAULT", "", ["military"], ["AFG"],
   ["insurgent"], ["AFG"], ["Afghan National Security Forces"])
ev(D, "armed militants opened fire", "opened fire", "ASSAULT", "firearms", ["military"],
   ["AFG"], ["At least 10 armed militants"], ["AFG"], ["the joint Afghan force"])
ev(D, "Insurgents used shoulder-fired grenades", "used", "ASSAULT", "firearms", ["military"],
   ["AFG"], ["Insurgents"])
ev(D, "ANSF and ALP immediately returned fire", "returned fire", "ASSAULT", "firearms",
   ["military"], ["AFG", "AFG"], ["ANSF", "ALP"], ["AFG"], ["the enemy fighters"])
ev(D, "ANSF and ALP immediately returned fire", "retreat", "RETREAT", "withdraw",
   ["military"], ["AFG"], ["the enemy fighters"])

# --- blind23-02: Afghan Local Police repel attack at checkpoint (CENTCOM, 2012-03-01) ---
D = "blind23-02"
ev(D, "Afghan Local Police defended a checkpoint", "defended", "ASSAULT", "", ["military"],
   ["AFG"], ["Afghan Local Police"], ["AFG"], ["insurgent"])
ev(D, "Afghan Local Police defended a checkpoint", "attack", "ASSAULT", "", ["military"],
   ["AFG"], ["insurgent"], ["AFG"], ["Afghan Local Police"])
ev(D, "ALP manning the checkpoint were attacked", "attacked", "ASSAULT", "firearms",
   ["military"], ["AFG"], ["an unknown number of insurgents"], ["AFG"],
   ["ALP manning the checkpoint"])
ev(D, "The ALP immediately returned fire", "returned fire", "ASSAULT", "firearms",
   ["military"], ["AFG"], ["The ALP"])
ev(D, "The ALP immediately returned fire", "called for additional support", "REQUEST",
   "assist", ["military"], ["AFG"], ["The ALP"])
ev(D, "coalition Special Operations Forces team also assisted", "assisted", "AID", "",
   ["military"], ["IGO"], ["a nearby coalition Special Operations Forces team"], ["AFG"],
   ["the ALP"])
ev(D, "coalition Special Operations Forces team also assisted", "supporting fire", "ASSAULT",
   "firearms", ["military"], ["IGO"], ["a nearby coalition Special Operations Forces team"])
ev(D, "The insurgents were successfully driven off", "driven off", "RETREAT", "withdraw",
   ["military"], ["AFG"], ["The insurgents"])
ev(D, "They returned fire, and calmly reported", "returned fire", "ASSAULT", "firearms",
   ["military"], ["AFG"], ["They"])

# --- blind23-03: PACOM detects, tracks North Korean missile launch (2017-04-04) ---
D = "blind23-03"
ev(D, "detected and tracked what we assess", "missile launch", "MOBILIZE", "weapons",
   ["military", "cbrn"], ["PRK"], ["North Korean"])
ev(D, "is fully committed to working closely", "committed to working closely", "AGREE", "",
   ["military"], ["USA"], ["U.S. Pacific Command"], ["KOR", "JPN"],
   ["Republic of Korea", "Japanese allies"])

# --- blind23-04: Statement from the U.S. Embassy in Honduras (2019-06-21) ---
D = "blind23-04"
ev(D, "The United States affirms its commitment", "affirms its commitment", "SUPPORT", "",
   ["rights_freedoms", "human_rights"], ["USA"], ["The United States"])
ev(D, "The United States calls for all Hondurans", "calls for", "REQUEST", "change",
   ["human_rights", "repression"], ["USA"], ["The United States"], ["HND", "HND"],
   ["protesters", "security forces"])
ev(D, "We also urge transparent and expeditious investigations", "urge", "REQUEST", "change",
   ["human_rights", "legal"], ["USA"], ["We"])

# --- blind23-05: VOA editorial, Acting Out In South America (2008-09-18) ---
D = "blind23-05"
ev(D, "they expelled the U.S. ambassadors", "expelled", "SANCTION", "expel", ["diplomatic"],
   ["BOL", "VEN"], ["they", "they"], ["USA"], ["the U.S. ambassadors"])
ev(D, "they expelled the U.S. ambassadors", "charges", "ACCUSE", "allege", ["diplomatic"],
   ["BOL", "VEN"], ["they", "they"], ["USA"], ["the U.S. ambassadors"])
ev(D, "gave Ambassador Patrick Duddy 72 hours", "gave Ambassador Patrick Duddy 72 hours to leave",
   "SANCTION", "expel", ["diplomatic"], ["VEN"], ["Venezuelan President Hugo Chavez"], ["USA"],
   ["Ambassador Patrick Duddy"])
ev(D, "gave Ambassador Patrick Duddy 72 hours", "claiming", "ACCUSE", "allege",
   ["diplomatic", "pro_autocracy"], ["VEN"], ["Venezuelan President Hugo Chavez"], ["USA"],
   ["the U.S."])
ev(D, "to expel Ambassador Philip Goldberg", "expel", "SANCTION", "expel", ["diplomatic"],
   ["BOL"], ["Bolivian President Evo Morales"], ["USA"], ["Ambassador Philip Goldberg"])
ev(D, "to expel Ambassador Philip Goldberg", "allegedly", "ACCUSE", "allege", ["diplomatic"],
   ["BOL"], ["Bolivian President Evo Morales"], ["USA"], ["Ambassador Philip Goldberg"])
ev(D, "have no basis in fact", "have no basis in fact", "REJECT", "", ["diplomatic"], [], [],
   ["VEN", "BOL"], ["the Venezuelan and Bolivian leaders", "the Venezuelan and Bolivian leaders"])
ev(D, "made serious errors", "made serious errors", "ACCUSE", "disapprove", ["diplomatic"],
   [], [], ["BOL", "VEN"], ["Mr. Morales", "Mr. Chavez"])
ev(D, "accuse the United States of conspiracy", "accuse", "ACCUSE", "allege", ["diplomatic"],
   ["BOL", "VEN"], ["Mr. Morales", "Mr. Chavez"], ["USA"], ["the United States"])

# --- blind23-06: VOA editorial, Belarus: Lebedko arrested (2006-07-28) ---
D = "blind23-06"
ev(D, "Belarusian police have arrested", "arrested", "COERCE", "arrest",
   ["repression", "rights_freedoms"], ["BLR"], ["Belarusian police"], ["BLR"],
   ["opposition leader Anatoly Lebedko"])
ev(D, "Belarusian police have arrested", "organizing a peaceful demonstration", "PROTEST",
   "demo", ["pro_democracy"], ["BLR"], ["opposition leader Anatoly Lebedko"])
ev(D, "staged a protest outside the Russian embassy", "staged a protest", "PROTEST", "demo",
   ["pro_democracy", "diplomatic"], ["BLR"], ["Mr. Lebedko"], ["RUS"], ["Russia's"])
ev(D, "staged a protest outside the Russian embassy", "support", "SUPPORT", "",
   ["pro_autocracy"], ["RUS"], ["Russia's"], ["BLR"],
   ["Belarusian President Aleksander Lukashenko"])
ev(D, "fellow demonstrators were also arrested", "arrested", "COERCE", "arrest",
   ["repression"], [], [], ["BLR"], ["Thirty of Mr. Lebedko's fellow demonstrators"])
ev(D, "a travesty of justice", "called the detention", "ACCUSE", "disapprove",
   ["repression", "diplomatic"], ["USA"],
   ["U.S. Ambassador to the Organization for Security and Cooperation in Europe Julie Finley"])
ev(D, "demonstrated flagrant and total disregard", "demonstrated flagrant and total disregard",
   "ACCUSE", "disapprove", ["pro_democracy"], ["USA"], ["Ambassador Finley"], ["BLR"],
   ["The government of President Alexander Lukashenko"])
ev(D, "Kozulin was sentenced", "sentenced", "SANCTION", "convict", ["repression", "legal"],
   [], [], ["BLR"], ["Opposition leader Aleksander Kozulin"])
ev(D, "Kozulin was sentenced", "years in prison", "COERCE", "arrest", ["repression"],
   [], [], ["BLR"], ["Opposition leader Aleksander Kozulin"])
ev(D, "Kozulin was sentenced", "leading an unauthorized rally", "PROTEST", "demo",
   ["pro_democracy"], ["BLR"], ["Opposition leader Aleksander Kozulin"])
ev(D, "The entire trial was a politically motivated", "said", "ACCUSE", "disapprove",
   ["repression", "legal"], ["USA"], ["U.S. State Department spokesman Sean McCormack"])
ev(D, "the Belarusian K-G-B arrested", "arrested", "COERCE", "arrest",
   ["repression", "election"], ["BLR"], ["the Belarusian K-G-B"], ["BLR"],
   ["four Belarusian civic activists"])
ev(D, "The K-G-B also raided their homes", "raided", "COERCE", "", ["repression"], ["BLR"],
   ["The K-G-B"], ["BLR"], ["their"])
ev(D, "The K-G-B also raided their homes", "seized", "COERCE", "seize", ["repression"],
   ["BLR"], ["The K-G-B"], ["BLR"], ["their"])
ev(D, "The four activists remain in detention", "accused", "ACCUSE", "allege", ["legal"],
   [], [], ["BLR"], ["The four activists"])
ev(D, "The four activists remain in detention", "could spend up to two years in jail",
   "COERCE", "arrest", ["repression", "legal"], [], [], ["BLR"], ["The four activists"],
   future=True, hypothetical=True)
ev(D, "by suppressing dissent", "suppressing dissent", "COERCE", "restrict",
   ["repression", "pro_autocracy"], ["BLR"], ["President Lukashenko"])
ev(D, "It was these sorts of actions", "travel restrictions", "REJECT", "",
   ["election", "diplomatic"], ["USA", "EUR"], ["the United States", "the European Union"],
   ["BLR"], ["those individuals responsible for this recent electoral fraud"])
ev(D, "It was these sorts of actions", "financial sanctions", "SANCTION", "discontinue",
   ["election", "economic"], ["USA", "EUR"], ["the United States", "the European Union"],
   ["BLR"], ["those individuals responsible for this recent electoral fraud"])

# --- blind23-07: AFRICOM, U.S. Self-Defense Strikes in Somalia (2016-09-07) ---
D = "blind23-07"
ev(D, "in coordination with the Federal Government of Somalia", "in coordination with",
   "COOPERATE", "", ["military", "terrorism"], ["USA", "SOM"],
   ["U.S. forces", "the Federal Government of Somalia"])
ev(D, "in coordination with the Federal Government of Somalia", "self-defense strikes",
   "ASSAULT", "", ["military", "terrorism"], ["USA"], ["U.S. forces"], ["IMG"],
   ["al-Shabaab"])
ev(D, "armed al-Shabaab fighters attacked the force", "counterterrorism operation", "ASSAULT",
   "", ["military", "terrorism"], ["SOM"], ["Somali-led"])
ev(D, "armed al-Shabaab fighters attacked the force", "attacked", "ASSAULT", "",
   ["military", "terrorism"], ["IMG"], ["a large group of armed al-Shabaab fighters"],
   ["SOM"], ["the force"])
ev(D, "In response, the U.S. conducted", "self-defense strikes", "ASSAULT", "",
   ["military", "terrorism"], ["USA"], ["the U.S."], ["IMG"],
   ["four (4) al-Shabaab militants"])
ev(D, "The U.S. remains committed to our partners", "remains committed", "SUPPORT", "",
   ["terrorism", "military"], ["USA"], ["The U.S."])

# --- blind23-08: USAID, $165 Million in Additional Humanitarian Assistance for Yemen (2021-06-15)
D = "blind23-08"
ev(D, "announced nearly $165 million", "announced", "AGREE", "", ["human_security"],
   ["USA"], ["the U.S. Agency for International Development (USAID)"], ["YEM"], ["Yemen"])
ev(D, "This funding will provide lifesaving aid", "will provide lifesaving aid", "AGREE", "",
   ["human_security"], [], [], ["YEM"], ["Yemenis"])
ev(D, "This assistance will allow the UN World Food Program",
   "continue providing emergency food assistance", "AID", "", ["human_security"], ["UNO"],
   ["the UN World Food Program"])
ev(D, "This assistance will allow the UN World Food Program", "provided by", "AID", "",
   ["human_security"], ["USA"], ["the American people"])
ev(D, "calls on all parties to the conflict", "calls on", "REQUEST", "yield",
   ["military", "human_security"], ["USA"], ["The United States"])
ev(D, "urges Saudi Arabia, the Yemeni Government", "urges", "REQUEST", "change",
   ["human_security", "economic"], ["USA"], ["The United States"], ["SAU", "YEM", "YEM"],
   ["Saudi Arabia", "the Yemeni Government", "the Houthis"])
ev(D, "remains the largest single donor", "providing", "AID", "", ["human_security"],
   ["USA"], ["The United States"], ["YEM"], ["the Yemeni people"])
ev(D, "USAID calls on other donors", "calls on", "REQUEST", "assist", ["human_security"],
   ["USA"], ["USAID"])

# --- blind23-09: VOA editorial, Stop Arming Hezbollah (2006-08-29) ---
D = "blind23-09"
ev(D, "The U.S. is calling on Syria and Iran", "calling on", "REQUEST", "change",
   ["military", "terrorism"], ["USA"], ["The U.S."], ["SYR", "IRN"], ["Syria", "Iran"])
ev(D, "John Bolton, the U.S. ambassador", "says", "REQUEST", "change", ["military"],
   ["USA"], ["John Bolton, the U.S. ambassador to the United Nations"])
ev(D, "John Bolton, the U.S. ambassador", "called for", "REQUEST", "change", ["military"],
   ["UNO"], ["U-N Security Council Resolution one-seven-zero-one"])
ev(D, "Hezbollah terrorists operating out of southern Lebanon", "killed", "ASSAULT", "",
   ["military", "terrorism"], ["LBN"], ["Hezbollah terrorists"], ["ISR"],
   ["eight Israeli soldiers"])
ev(D, "Hezbollah terrorists operating out of southern Lebanon", "kidnapped", "ASSAULT",
   "abduct", ["military", "terrorism"], ["LBN"], ["Hezbollah terrorists"], ["ISR"],
   ["two others"])
ev(D, "Israel responded by attacking", "attacking", "ASSAULT", "", ["military"], ["ISR"],
   ["Israel"], ["LBN"], ["Hezbollah sites"])
ev(D, "calls for a cessation of hostilities", "calls for", "REQUEST", "yield",
   ["military", "peacekeeping"], ["UNO"],
   ["United Nations Security Council Resolution one-seven-zero-one"])
ev(D, "It authorizes an expanded", "authorizes", "AID", "", ["peacekeeping", "military"],
   ["UNO"], ["U-N Interim Force in Lebanon"], ["LBN"], ["the Lebanese army"])
ev(D, "It authorizes an expanded", "withdraws", "RETREAT", "withdraw",
   ["military", "territory"], ["ISR"], ["Israel"])
ev(D, "it imposes an embargo", "imposes an embargo", "SANCTION", "discontinue",
   ["military"], ["UNO"], ["it"], ["LBN"], ["Lebanon"])
ev(D, "must comply with their obligation", "must comply", "REQUEST", "change", ["military"],
   ["USA"], ["Mr. Bolton"])
ev(D, "this burden of abiding by the arms embargo", "falls especially on", "REQUEST",
   "change", ["military"], ["USA"], ["He"], ["SYR", "LBN"], ["Syria", "Lebanon"])
ev(D, "allows Hezbollah to regroup and rearm", "regroup and rearm", "MOBILIZE", "weapons",
   ["military"], ["LBN"], ["Hezbollah"], hypothetical=True)
ev(D, "the combined efforts of the government of Lebanon", "combined efforts", "COOPERATE",
   "", ["peacekeeping", "military"], ["LBN", "UNO"], ["the government of Lebanon", "UNIFIL"])

# --- blind23-10: USUN, Haley on the failure of Venezuela talks (2018-02-08) ---
D = "blind23-10"
ev(D, "the Venezuelan opposition announced", "negotiations", "CONSULT", "",
   ["political_institutions", "pro_democracy"], ["VEN", "VEN"],
   ["the Venezuelan opposition", "the government"])
ev(D, "the Venezuelan opposition announced", "without agreement", "AGREE", "",
   ["political_institutions", "pro_democracy"], ["VEN", "VEN"],
   ["the Venezuelan opposition", "the government"], negated=True)
ev(D, "The opposition rejected a draft proposal", "rejected", "REJECT", "",
   ["election", "pro_democracy"], ["VEN"], ["The opposition"], ["VEN"], ["the Maduro regime"])
ev(D, "The opposition rejected a draft proposal", "draft proposal", "AGREE", "",
   ["election"], ["VEN"], ["the Maduro regime"], ["VEN"], ["The opposition"])
ev(D, "proposed agreement was not serious", "was not serious", "ACCUSE", "disapprove",
   ["election", "pro_democracy"], [], [], ["VEN"], ["The Maduro regime\u2019s"])
ev(D, "This sham proposal is just the latest example", "destroy Venezuela\u2019s democracy",
   "ACCUSE", "allege", ["pro_democracy"], [], [], ["VEN"], ["Maduro"])
ev(D, "We will continue to support", "continue to support", "SUPPORT", "",
   ["pro_democracy", "rights_freedoms"], ["USA"], ["Ambassador Haley"], ["VEN"],
   ["the Venezuelan people\u2019s"])


def main() -> int:
    """Write ``blind23_second.jsonl``, re-check it and print the checker's summary."""
    return 1 if write_checked(build(DOCS, E), OUT, 23, r"blind23-\d\d") else 0


if __name__ == "__main__":
    sys.exit(main())

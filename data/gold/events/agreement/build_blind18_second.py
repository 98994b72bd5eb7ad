"""Build ``blind18_second.jsonl``: a second, independent annotation of blind18's ten texts.

Annotator iaa9, 2026-12-06, for an inter-annotator agreement figure on PLOVER events. The texts
(``blind18_second_texts.py``) are copied verbatim from the lead's hand-out, with blind18's ids,
so that offsets can be compared with the first annotation. The annotation below was written
from the annotator's own reading of the texts, following ``data/gold/events/GUIDELINE.md`` and
the PLOVER codebook, without opening ``blind18.jsonl``, ``build_blind18.py`` or
``README-blind18.md``. It reuses the builder of ``build_dev4.py`` (anchor -> sentence, trigger
found exactly once, ``check_event`` on every event), then re-reads the written file, checks every
offset again and runs the standalone checker of ``check_documents.py``. Run from the repository
root:

    python data/gold/events/agreement/build_blind18_second.py

It imports nothing from wirecoder. See ``README.md`` in this folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[0]))
sys.path.insert(0, str(HERE.parents[1]))
from blind18_second_texts import DOCS as TEXTS  # noqa: E402
from blind_build import write_checked  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind18_second.jsonl"

#: Documents with the fields ``check_documents.py`` requires (``date_approximate`` and
#: ``date_note`` are derived from the hand-out's ``note``; ``source`` is added by the builder).
DOCS = [{**d, "date_approximate": "carries no date" in d["note"], "date_note": d["note"]}
        for d in TEXTS]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, flags (negated / future / hypothetical)
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind18-01: US Seeks Changes to Darfur Peace Deal (2006-05-03) ---
D = "blind18-01"
ev(D, "are lobbying the Sudanese government", "lobbying", "REQUEST", "change",
   ["diplomatic"], ["USA"], ["U.S. diplomats"], ["SDN"], ["the Sudanese government"])
ev(D, "which the government had accepted", "accepted", "AGREE", "", ["diplomatic"],
   ["SDN"], ["the government"])
ev(D, "which the government had accepted", "rejected", "REJECT", "", ["diplomatic"],
   ["SDN"], ["rebel leaders"])
ev(D, "address rebel demands", "demands", "REQUEST", "change",
   ["political_institutions", "economic"], ["SDN"], ["rebel"])
ev(D, "it is important for an agreement to be reached",
   "it is important for an agreement to be reached", "AGREE", "", ["diplomatic"], ["SDN"],
   ["a rebel negotiator, SLM member Niemat Ahmadai"])
ev(D, "non-Arab rebels accused", "accused", "ACCUSE", "allege", ["religion_ethnicity"],
   ["SDN"], ["non-Arab rebels"], ["SDN"], ["the Arab-dominated government"])
ev(D, "Fighting between the rebels", "Fighting", "ASSAULT", "", ["military"],
   ["SDN", "SDN", "SDN"], ["the rebels", "government forces", "Janjaweed, militias"])
ev(D, "Fighting between the rebels", "displaced", "SANCTION", "expel",
   ["military", "human_security"], ["SDN", "SDN", "SDN"],
   ["the rebels", "government forces", "Janjaweed, militias"], ["SDN"],
   ["more than two million people"])

# --- blind18-02: Fresh Fighting Dampens Hope for Darfur Peace Accord (2007-10-26) ---
D = "blind18-02"
ev(D, "Fresh fighting has erupted", "fighting", "ASSAULT", "", ["military"],
   ["SDN", "SDN", "SDN"], ["Sudanese government troops", "allied militias", "rebel factions"])
ev(D, "rebels have attacked a Sudanese oil field", "attacked", "ASSAULT", "",
   ["military", "natural_resource"], ["SDN"], ["rebels"], ["SDN"], ["a Sudanese oil field"])
ev(D, "his group is fighting government troops", "fighting", "ASSAULT", "", ["military"],
   ["SDN"], ["his group"], ["SDN"], ["government troops"])
ev(D, "said it had attacked a Sudanese oil facility", "attacked", "ASSAULT", "",
   ["military", "natural_resource"], ["SDN"], ["the Justice and Equality Movement"], ["SDN"],
   ["a Sudanese oil facility"])
ev(D, "said it had attacked a Sudanese oil facility", "kidnapped", "ASSAULT", "abduct",
   ["military"], ["SDN"], ["the Justice and Equality Movement"])
ev(D, "will not be attending the peace talks", "will not be attending", "REJECT", "meet",
   ["diplomatic"], ["SDN", "SDN"], ["Many rebel factions", "the Justice and Equality Movement"])
ev(D, "he believes his group may yet take part", "take part", "AGREE", "", ["diplomatic"],
   ["SDN"], ["his group"], future=True, hypothetical=True)
ev(D, "should come through political negotiation", "should come through political negotiation",
   "AGREE", "", ["diplomatic"], ["SDN"], ["We"])
ev(D, "the international community they should know", "should know", "REQUEST", "",
   ["diplomatic"], ["SDN"], ["we"])
ev(D, "rebels in Darfur took up arms", "Accusing", "ACCUSE", "allege",
   ["economic", "political_institutions"], ["SDN"], ["rebels in Darfur"], ["SDN"],
   ["Sudan's Arab-majority government in Khartoum"])
ev(D, "rebels in Darfur took up arms", "took up arms", "ASSAULT", "", ["military"],
   ["SDN"], ["rebels in Darfur"], ["SDN"], ["Sudan's Arab-majority government in Khartoum"])
ev(D, "were brokered by the United Nations", "brokered", "AGREE", "",
   ["diplomatic", "peacekeeping"], ["UNO", "IGO"], ["the United Nations", "African Union"],
   future=True)

# --- blind18-03: S.Korea Fires Warning Shots at N.Korean Fishing Boats (2012-09-21) ---
D = "blind18-03"
ev(D, "South Korea says it has fired warning shots", "fired warning shots", "ASSAULT", "",
   ["military", "territory"], ["KOR"], ["South Korea"], ["PRK"],
   ["North Korean fishing boats"])
ev(D, "the South Korean navy fired the shots", "fired the shots", "ASSAULT", "",
   ["military", "territory"], ["KOR"], ["the South Korean navy"], ["PRK"],
   ["the North Korean vessels"])
ev(D, "Officials say the boats retreated", "retreated", "RETREAT", "withdraw",
   ["military", "territory"], ["PRK"], ["the boats"])
ev(D, "raising alert levels", "raising alert levels", "MOBILIZE", "troops", ["military"],
   ["KOR"], ["South Korea's military"])

# --- blind18-04: Russia Charges US Is Rearming Georgia (2009-08-05) ---
D = "blind18-04"
ev(D, "A top Russian diplomat says", "says", "ACCUSE", "allege", ["military"], ["RUS"],
   ["A top Russian diplomat"], ["USA"], ["the United States"])
ev(D, "A top Russian diplomat says", "rearming", "AID", "", ["military"], ["USA"],
   ["the United States"], ["GEO"], ["the Georgian military"])
ev(D, "A top Russian diplomat says", "warns", "THREATEN", "", ["military"], ["RUS"],
   ["he"], ["USA"], ["the U.S."])
ev(D, "leveled the accusation", "leveled the accusation", "ACCUSE", "allege", ["military"],
   ["RUS"], ["Deputy Foreign Minister Grigori Karasin"])
ev(D, "Moscow is not planning any offensive", "offensive", "ASSAULT", "", ["military"],
   ["RUS"], ["Moscow"], negated=True, future=True)
ev(D, "are alarmed by Georgia's military buildup", "alarmed", "ACCUSE", "disapprove",
   ["military"], ["RUS"], ["Russia's armed forces"], ["GEO"], ["Georgia's"])
ev(D, "are alarmed by Georgia's military buildup", "military buildup", "MOBILIZE", "weapons",
   ["military"], ["GEO"], ["Georgia's"])
ev(D, "aimed at training Georgian forces", "training", "AID", "", ["military"], ["USA"],
   ["U.S."], ["GEO"], ["Georgian forces"])
ev(D, "other forms of help could be offered", "could be offered", "AGREE", "", ["military"],
   ["USA"], ["he"], hypothetical=True)
ev(D, "spoke by telephone about reducing tensions", "spoke by telephone", "CONSULT", "phone",
   ["diplomatic", "territory"], ["USA", "RUS"], ["President Barack Obama", "Dmitri Medvedev"])
ev(D, "Biden also telephoned", "telephoned", "CONSULT", "phone", ["diplomatic"],
   ["USA", "GEO"], ["U.S. Vice President Joe Biden", "Georgian President Mikheil Saakashvili"])
ev(D, "Biden stressed the need", "stressed the need", "REQUEST", "change", ["military"],
   ["USA"], ["Biden"])
ev(D, "Moscow has warned it will use", "warned", "THREATEN", "violence",
   ["military", "territory"], ["RUS"], ["Moscow"])
ev(D, "Russian forces swept into Georgia", "swept into", "ASSAULT", "",
   ["military", "territory"], ["RUS"], ["Russian forces"], ["GEO"], ["Georgia"])
ev(D, "Russian forces swept into Georgia", "attempts to regain control", "ASSAULT", "",
   ["military", "territory"], ["GEO"], ["Georgian"], ["GEO"], ["breakaway South Ossetia"])
ev(D, "Georgia said it only shelled", "said", "ACCUSE", "allege", ["military", "territory"],
   ["GEO"], ["Georgia"], ["RUS"], ["Russian forces"])
ev(D, "Georgia said it only shelled", "shelled", "ASSAULT", "", ["military"], ["GEO"],
   ["Georgia"], ["GEO"], ["South Ossetian targets"])
ev(D, "Georgia said it only shelled", "invaded", "ASSAULT", "", ["military", "territory"],
   ["RUS"], ["Russian forces"], ["GEO"], ["Georgia"])
ev(D, "called the war an", "called the war an \"unforgiveable adventure\"", "ACCUSE",
   "allege", ["military"], ["RUS"], ["Russian Foreign Minister Sergei Lavrov"], ["GEO"],
   ["Mr. Saakashvili"])

# --- blind18-05: Pakistan Accuses Afghan Soldiers of Killing 2 Tribesmen (2012-07-02) ---
D = "blind18-05"
ev(D, "Pakistani officials have accused", "accused", "ACCUSE", "allege",
   ["military", "territory"], ["PAK"], ["Pakistani officials"], ["AFG"], ["Afghan soldiers"])
ev(D, "at least 30 Afghan soldiers clashed", "say", "ACCUSE", "allege", ["military"],
   ["PAK"], ["Government officials"], ["AFG"], ["at least 30 Afghan soldiers"])
ev(D, "at least 30 Afghan soldiers clashed", "clashed", "ASSAULT", "",
   ["military", "territory"], ["AFG", "PAK"], ["at least 30 Afghan soldiers", "locals"])
ev(D, "as denying the report", "denying", "REJECT", "", ["military"], ["AFG"],
   ["the Afghan defense ministry"])
ev(D, "would report Pakistan to the United Nations", "would report", "THREATEN", "",
   ["military", "diplomatic"], ["AFG"], ["his government"], ["PAK"], ["Pakistan"])
ev(D, "would report Pakistan to the United Nations", "alleges", "ACCUSE", "allege",
   ["military"], ["AFG"], ["Kabul"], ["PAK"], ["Islamabad"])
ev(D, "as both countries accuse the other", "accuse", "ACCUSE", "allege", ["territory"],
   ["AFG", "PAK"], ["Kabul", "Islamabad"])
ev(D, "they both need to resolve their differences", "need to resolve their differences",
   "REQUEST", "meet", ["diplomatic"], ["PAK"],
   ["Pakistan's former ambassador to Afghanistan Ali Sherzai"], ["AFG", "PAK"],
   ["they both", "they both"])

# --- blind18-06: Serbs Demonstrate Against Kosovo Independence (2008-02-18) ---
D = "blind18-06"
ev(D, "there have been Serbian demonstrations", "demonstrations", "PROTEST", "demo",
   ["territory"], ["SRB"], ["Serbian"])
ev(D, "thousands of minority Serbs protested", "protested", "PROTEST", "demo",
   ["territory", "religion_ethnicity"], ["KOS"], ["thousands of minority Serbs"], ["KOS"],
   ["Kosovo's"])
ev(D, "The demonstrations followed overnight riots", "riots", "PROTEST", "riot",
   ["territory", "diplomatic"], ["SRB"], ["protesters"], ["USA", "SVN"],
   ["the United States", "Slovenian embassies"])
ev(D, "Hundreds of protesters rallied", "rallied", "PROTEST", "demo", ["territory"],
   ["SRB"], ["Hundreds of protesters"], ["USA"], ["the US Embassy"])
ev(D, "Others broke windows", "broke windows", "PROTEST", "riot", ["territory"],
   ["SRB"], ["Others"], ["MNC", "SVN"], ["McDonald's restaurants", "the embassy of Slovenia"])
ev(D, "Protesters also threw rocks", "threw rocks and fireworks", "PROTEST", "riot",
   ["territory"], ["SRB"], ["Protesters"], ["SRB"], ["the police"])
ev(D, "Kostunica strongly condemned", "strongly condemned", "ACCUSE", "disapprove",
   ["territory", "diplomatic"], ["SRB"], ["Serbian Prime Minister Vojislav Kostunica"],
   ["USA", "EUR"], ["the United States", "other European Union countries"])
ev(D, "It is the European Union who should be ashamed", "should be ashamed", "ACCUSE",
   "disapprove", ["territory"], [], [], ["EUR"], ["the European Union"])
ev(D, "Serbia will keep its head high", "will not give in", "REJECT", "yield",
   ["territory"], ["SRB"], ["Serbia"])
ev(D, "will be Serbia's enemies", "who is responsible for this", "ACCUSE", "allege",
   ["territory"], ["SRB"], ["he"], ["USA"], ["The president of the United States"])
ev(D, "will be Serbia's enemies", "recognizing", "SUPPORT", "", ["territory", "diplomatic"],
   ["USA"], ["him"], ["KOS"], ["Kosovo's"])
ev(D, "will be Serbia's enemies", "will be Serbia's enemies", "THREATEN", "relations",
   ["territory", "diplomatic"], ["SRB"], ["he"], ["USA"],
   ["The president of the United States"])
ev(D, "Russia and some other European countries also criticized", "criticized", "ACCUSE",
   "disapprove", ["territory"], ["RUS"], ["Russia"], ["KOS"], ["Kosovo's parliament"])

# --- blind18-07: Venezuela Sends Troops to Colombian Border (2010-07-30) ---
D = "blind18-07"
ev(D, "he has deployed troops to the border", "deployed troops", "MOBILIZE", "troops",
   ["military", "territory"], ["VEN"], ["Venezuela's president"], ["COL"], ["Colombia"])
ev(D, "could be planning to attack Venezuela", "said", "ACCUSE", "allege", ["military"],
   ["VEN"], ["Hugo Chavez"], ["COL"],
   ["the outgoing government of Colombian President Alvaro Uribe"])
ev(D, "could be planning to attack Venezuela", "attack", "ASSAULT", "", ["military"], ["COL"],
   ["the outgoing government of Colombian President Alvaro Uribe"], ["VEN"], ["Venezuela"],
   future=True, hypothetical=True)
ev(D, "Colombia's accusations last week", "accusations", "ACCUSE", "allege",
   ["military", "terrorism"], ["COL"], ["Colombia's"], ["VEN"], ["Venezuela"])
ev(D, "denying the charge", "denying", "REJECT", "", ["military"], ["VEN"],
   ["Mr. Chavez"])
ev(D, "denying the charge", "had harsh words", "ACCUSE", "disapprove", ["diplomatic"],
   ["VEN"], ["Mr. Chavez"], ["COL"], ["Mr. Uribe"])
ev(D, "should see a psychologist", "should see a psychologist", "ACCUSE", "disapprove",
   ["diplomatic"], ["VEN"], ["Mr. Chavez"], ["COL"], ["the Colombian President"])
ev(D, "Friday proposed talks", "proposed talks", "AGREE", "", ["military", "diplomatic"],
   ["COL"], ["The head of Colombia's largest leftist rebel group"], ["COL"],
   ["the incoming government"])
ev(D, "issued the proposal", "issued the proposal", "AGREE", "", ["military"], ["COL"],
   ["Alfonso Cano"])
ev(D, "brought their grievances", "brought their grievances", "ACCUSE", "disapprove",
   ["diplomatic"], ["COL", "VEN"], ["Colombia", "Venezuela"])
ev(D, "brought their grievances", "meeting", "CONSULT", "multilateral", ["diplomatic"],
   ["COL", "VEN"], ["Colombia", "Venezuela"])
ev(D, "were unable to resolve the crisis", "unable to resolve", "AGREE", "", ["diplomatic"],
   ["IGO"], ["members of the Union of South American Nations"], negated=True)
ev(D, "severed ties with Colombia", "severed ties", "SANCTION", "discontinue",
   ["diplomatic"], ["VEN"], ["The Venezuelan president"], ["COL"], ["Colombia"])
ev(D, "severed ties with Colombia", "present", "ACCUSE", "allege",
   ["terrorism", "military"], ["COL"], ["Colombia"], ["VEN"], ["Venezuela"])
ev(D, "did not provide any solid evidence", "said", "REJECT", "", ["terrorism"], ["VEN"],
   ["Venezuela"])

# --- blind18-08: China to Protest Japanese Arrest of Activists on Disputed Islands (2012-08-15)
D = "blind18-08"
ev(D, "lodging a formal complaint", "lodging a formal complaint", "ACCUSE", "disapprove",
   ["diplomatic", "territory"], ["CHN"], ["China"], ["JPN"], ["Japan"])
ev(D, "lodging a formal complaint", "arrested", "COERCE", "arrest", ["territory"], ["JPN"],
   ["Japanese authorities"], ["CHN"], ["14 pro-China activists"])
ev(D, "lodging a formal complaint", "landed", "PROTEST", "demo", ["territory"], ["CHN"],
   ["14 pro-China activists"])
ev(D, "the activists arrived on the islands", "heightened security presence", "MOBILIZE",
   "police", ["territory"], ["JPN"], ["Japan's"])
ev(D, "fired water cannons", "fired water cannons", "ASSAULT", "", ["territory"], ["JPN"],
   ["Japan's coastguard"], ["CHN"], ["the Chinese fishing vessel"])
ev(D, "Japan accuses the detained", "accuses", "ACCUSE", "allege",
   ["legal", "migration", "territory"], ["JPN"], ["Japan"], ["CHN"], ["the detained"])
ev(D, "a group of South Koreans reached", "reached", "PROTEST", "demo", ["territory"],
   ["KOR"], ["a group of South Koreans"])
ev(D, "provoking ire in Tokyo", "provoking ire", "ACCUSE", "disapprove", ["territory"],
   ["JPN"], ["Tokyo"], ["KOR"], ["South Korean President Lee Myung-bak"])

# --- blind18-09: Iranian Forces Seize 15 British Sailors During Patrol in Persian Gulf ---
D = "blind18-09"
ev(D, "Iranian forces seized 15 British seamen", "seized", "COERCE", "arrest",
   ["military", "territory"], ["IRN"], ["Iranian forces"], ["GBR"], ["15 British seamen"])
ev(D, "has demanded their immediate release, as", "demanded", "REQUEST", "yield",
   ["military"], ["GBR"], ["The British government"])
ev(D, "were then seized", "boarded and searched", "COERCE", "seize", ["crime"], ["GBR"],
   ["they"])
ev(D, "were then seized", "seized", "COERCE", "arrest", ["military"], [], [], ["GBR"],
   ["they"])
ev(D, "promptly arrested by a group of Iranian patrol boats", "arrested", "COERCE", "arrest",
   ["military", "territory"], ["IRN"], ["a group of Iranian patrol boats"], ["GBR"],
   ["the boarding party"])
ev(D, "demanded the immediate release of its naval personnel", "demanded", "REQUEST",
   "yield", ["military"], ["GBR"], ["The British government"])
ev(D, "demanded the immediate release of its naval personnel", "summoned", "ACCUSE",
   "disapprove", ["diplomatic"], ["GBR"], ["the Foreign Office"], ["IRN"],
   ["Iran's ambassador in London"])

# --- blind18-10: Nepal's Maoists Agree to Peace Talks (2006-05-04) ---
D = "blind18-10"
ev(D, "Nepal's Maoist rebels have welcomed", "welcomed", "AGREE", "", ["military"],
   ["NPL"], ["Nepal's Maoist rebels"], ["NPL"], ["the new interim government's"])
ev(D, "Nepal's Maoist rebels have welcomed", "agreed to hold peace talks", "AGREE", "",
   ["military", "diplomatic"], ["NPL"], ["Nepal's Maoist rebels"], ["NPL"],
   ["the new interim government's"], future=True)
ev(D, "The government made the offer", "made the offer", "AGREE", "", ["military"], ["NPL"],
   ["The government"], ["NPL"], ["the insurgents'"])
ev(D, "The government made the offer", "matched", "CONCEDE", "", ["military"], ["NPL"],
   ["the new Cabinet"], ["NPL"], ["the insurgents'"])
ev(D, "The government made the offer", "ceasefire declaration", "CONCEDE", "", ["military"],
   ["NPL"], ["the insurgents'"])
ev(D, "The government made the offer", "would drop terrorism charges", "CONCEDE", "",
   ["legal", "terrorism"], ["NPL"], ["the new Cabinet"], ["NPL"], ["them"], future=True)
ev(D, "since the king took absolute power", "took absolute power", "COERCE", "",
   ["political_institutions", "pro_autocracy"], ["NPL"], ["the king"])
ev(D, "King Gyanendra agreed to restore", "agreed to restore multiparty democracy",
   "CONCEDE", "", ["pro_democracy"], ["NPL"], ["King Gyanendra"], ["NPL"],
   ["thousands of people"])
ev(D, "King Gyanendra agreed to restore", "took to the streets", "PROTEST", "demo",
   ["pro_democracy"], ["NPL"], ["thousands of people"], ["NPL"], ["King Gyanendra"])
ev(D, "King Gyanendra agreed to restore", "shoot-on-sight orders", "THREATEN", "violence",
   ["repression"], ["NPL"], ["the police"], ["NPL"], ["thousands of people"])
ev(D, "were killed by police bullets", "killed", "ASSAULT", "firearms", ["repression"],
   ["NPL"], ["police"], ["NPL"], ["At least 17 protesters"])
ev(D, "announced compensation", "announced compensation", "AGREE", "", ["reparations"],
   ["NPL"], ["The Cabinet"], ["NPL"], ["the families of those killed"])


def main() -> int:
    """Write ``blind18_second.jsonl``, re-check it and print the checker's summary."""
    return 1 if write_checked(build(DOCS, E), OUT, 18, r"blind18-\d\d") else 0


if __name__ == "__main__":
    sys.exit(main())

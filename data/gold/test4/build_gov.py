"""Build ``part-gov.jsonl`` (sev4b's part of sealed test set 4) from ``gov_texts.py`` and the events below.

Standalone: no wirecoder import. Sentence spans come from the shared splitter in
``data/gold/check_documents.py`` (set 4's extra abbreviations when that set is registered,
else test3's ``a.m.``/``p.m.``). Each event names a key string that occurs once in the text (it
locates the sentence) and a trigger found inside that sentence (``nth`` occurrence). Offsets are
computed, the file is written, and every event is checked again.

Usage: ``python data/gold/test4/build_gov.py`` (writes ``data/gold/test4/part-gov.jsonl``);
``--with-reserve`` also writes the three reserve documents (see ``gov_texts.RESERVE_SLUGS``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import check_documents as cd  # noqa: E402
from gov_texts import DOCS, RESERVE_SLUGS  # noqa: E402

EXTRA = cd.SETS[4][1] if 4 in cd.SETS else frozenset({"a.m.", "p.m."})


def E(key, trigger, etype, mode="", ctx=(), a=(), r=(), neg=False, fut=False, hyp=False, nth=1):
    """One event: ``a``/``r`` are lists of (code, text) pairs."""
    return {"key": key, "trigger": trigger, "event_type": etype, "mode": mode, "context": list(ctx),
            "actor": [c for c, _ in a], "actor_text": [t for _, t in a],
            "recipient": [c for c, _ in r], "recipient_text": [t for _, t in r],
            "negated": neg, "future": fut, "hypothetical": hyp, "nth": nth}


TROIKA1 = [("NOR", "Norway"), ("USA", "the United States"), ("GBR", "the United Kingdom")]
TROIKA2 = [("NOR", "Norway"), ("GBR", "United Kingdom"), ("USA", "the United States")]


def we3(text="We"):
    return [("NOR", text), ("USA", text), ("GBR", text)]


EVENTS = {
    "kunar": [
        E("emphatically condemns", "condemns", "ACCUSE", "disapprove", ["terrorism"], a=[("USA", "The U.S. Embassy")]),
        E("emphatically condemns", "terrorist attack", "ASSAULT", "", ["terrorism"],
          r=[("AFG", "innocent civilians")]),
    ],
    "sarepul": [
        E("strongly condemns the reported", "condemns", "ACCUSE", "disapprove", ["terrorism"],
          a=[("USA", "The U.S. Embassy in Kabul")]),
        E("strongly condemns the reported", "killing", "ASSAULT", "", ["terrorism"],
          r=[("AFG", "Afghan Local Police forces")]),
        E("For insurgent fighters", "execute", "ASSAULT", "targeted", ["terrorism"],
          a=[("AFG", "insurgent fighters")], r=[("AFG", "innocent villagers")]),
        E("For insurgent fighters", "a force of evil", "ACCUSE", "disapprove", ["terrorism"],
          r=[("AFG", "these terrorist groups")]),
        E("We stand with the Government", "stand with", "SUPPORT", "", [],
          a=[("USA", "We")], r=[("AFG", "the Government of National Unity")]),
        E("We stand with the Government", "condemning", "ACCUSE", "disapprove", ["terrorism"],
          a=[("USA", "We"), ("AFG", "the Government of National Unity")]),
    ],
    "whd": [
        E("Since the death of 22", "bombing", "ASSAULT", "explosives", ["terrorism"],
          r=[("UNO", "United Nations")]),
        E("USAID disaster teams", "providing", "AID", "", ["human_security"],
          a=[("USA", "USAID disaster teams")]),
        E("We call on other donors", "call on", "REQUEST", "assist", ["human_security"], a=[("USA", "We")]),
    ],
    "mogadishu": [
        E("The United States condemns the July 7", "condemns", "ACCUSE", "disapprove", ["terrorism"],
          a=[("USA", "The United States")]),
        E("The United States condemns the July 7", "terrorist attack", "ASSAULT", "", ["terrorism"],
          r=[("SOM", "the Ministries of Interior and Internal Security")]),
        E("We commend the response", "commend", "SUPPORT", "", ["terrorism"],
          a=[("USA", "We")], r=[("SOM", "the Somali security forces")]),
        E("Al-Shabaab\u2019s attacks", "attacks", "ASSAULT", "", ["terrorism"],
          a=[("IMG", "Al-Shabaab\u2019s")], r=[("SOM", "Somali civilians")]),
        E("Al-Shabaab\u2019s attacks", "immoral and unacceptable", "ACCUSE", "disapprove", ["terrorism"],
          r=[("IMG", "Al-Shabaab\u2019s")]),
    ],
    "venezuela": [
        E("remains steadfast in its support", "support", "SUPPORT", "", ["pro_democracy"],
          a=[("USA", "The United States")], r=[("VEN", "Venezuelan Interim President Juan Guaido")]),
        E("We will continue to use the full weight", "use the full weight", "THREATEN", "", ["economic", "pro_democracy"],
          a=[("USA", "We")]),
        E("Today, the United States took action", "imposing sanctions", "SANCTION", "discontinue", ["economic", "corruption"],
          a=[("USA", "the United States")], r=[("VEN", "officials of the illegitimate Maduro regime")]),
        E("Additionally, the United States is taking action", "taking action against", "SANCTION", "discontinue", ["economic"],
          a=[("USA", "the United States")], r=[("VEN", "the current President of Petroleos de Venezuela")]),
        E("These actions are in addition", "visa restrictions and revocations", "REJECT", "", ["pro_democracy"],
          r=[("VEN", "members of the illegitimate Constituent Assembly")]),
        E("These actions are in addition", "usurped", "COERCE", "", ["political_institutions"],
          a=[("VEN", "the illegitimate Constituent Assembly")], r=[("VEN", "the legitimate National Assembly")]),
        E("These actions are in addition", "visa restrictions and revocations", "REJECT", "", ["pro_democracy"],
          r=[("VEN", "members of the illegitimate Supreme Court")], nth=2),
        E("we reiterate our calls", "calls", "REQUEST", "", ["pro_democracy"], a=[("USA", "we")]),
        E("we reiterate our calls", "call on", "REQUEST", "change", ["pro_democracy"],
          a=[("USA", "we")], r=[("VEN", "all Venezuelan officials")]),
        E("The United States will continue to take appropriate action", "take appropriate action", "THREATEN", "", [],
          a=[("USA", "The United States")]),
    ],
    "ogossagou": [
        E("shocked and outraged", "shocked and outraged", "ACCUSE", "disapprove", [], a=[("USA", "The United States")]),
        E("shocked and outraged", "killed", "ASSAULT", "", [], r=[("MLI", "over 170 Malians")]),
        E("We strongly condemn this heinous act", "condemn", "ACCUSE", "disapprove", [], a=[("USA", "We")]),
        E("We strongly condemn this heinous act", "call for", "REQUEST", "", ["legal"], a=[("USA", "We")]),
        E("On the occasion of Martyrs Day", "killed a week earlier", "ASSAULT", "", ["military"],
          r=[("MLI", "those soldiers")]),
        E("We call on the Government of Mali", "call on", "REQUEST", "", ["legal"],
          a=[("USA", "We")], r=[("MLI", "the Government of Mali")]),
    ],
    "cameroon": [
        E("The U.S. Embassy deplores", "deplores", "ACCUSE", "disapprove", [], a=[("USA", "The U.S. Embassy")]),
        E("The U.S. Embassy deplores", "beheading", "ASSAULT", "targeted", [], r=[("CMR", "a gendarme")]),
        E("We also condemn the reported beheading", "condemn", "ACCUSE", "disapprove", [], a=[("USA", "We")]),
        E("We also condemn the reported beheading", "beheading", "ASSAULT", "targeted", [],
          r=[("CMR", "a Cameroonian soldier")]),
        E("We call on anyone with information", "call on", "REQUEST", "", ["legal"], a=[("USA", "We")]),
        E("We urge restraint", "urge restraint", "REQUEST", "", [],
          a=[("USA", "We")], r=[("CMR", "police and security forces")]),
        E("we call on both sides", "call on", "REQUEST", "meet", [],
          a=[("USA", "we")], r=[("CMR", "both sides")]),
    ],
    "iraq-rockets": [
        E("strongly condemns the latest attack", "condemns", "ACCUSE", "disapprove", [],
          a=[("USA", "The United States")], r=[("IRQ", "Iran-backed militias")]),
        E("strongly condemns the latest attack", "attack", "ASSAULT", "", [],
          a=[("IRQ", "Iran-backed militias")], r=[("IRQ", "Baghdad")], nth=1),
        E("While no Embassy personnel were harmed", "harmed", "ASSAULT", "", [],
          r=[("USA", "Embassy personnel")], neg=True),
        E("are the most serious impediment", "most serious impediment", "ACCUSE", "allege", [],
          r=[("IRQ", "Iran-backed militias")]),
        E("The same militias targeting", "stealing", "COERCE", "seize", ["corruption"],
          a=[("IRQ", "The same militias")], r=[("IRQ", "Iraqi state resources")]),
        E("The same militias targeting", "attacking", "ASSAULT", "", ["repression"],
          a=[("IRQ", "The same militias")], r=[("IRQ", "peaceful protesters and activists")]),
        E("The same militias targeting", "sectarian violence", "ASSAULT", "", ["religion_ethnicity"],
          a=[("IRQ", "The same militias")]),
        E("We call on all Iraqis", "call on", "REQUEST", "", [],
          a=[("USA", "We")], r=[("IRQ", "all Iraqis")]),
    ],
    "palma": [
        E("strongly condemns the terrorist attacks in Palma", "condemns", "ACCUSE", "disapprove", ["terrorism"],
          a=[("USA", "The United States Embassy in Mozambique")]),
        E("strongly condemns the terrorist attacks in Palma", "terrorist attacks", "ASSAULT", "", ["terrorism"],
          r=[("MOZ", "Palma")]),
        E("We express our solidarity", "express our solidarity", "SUPPORT", "", ["terrorism"],
          a=[("USA", "We")], r=[("MOZ", "the Mozambican Armed Forces")]),
        E("The Embassy is deeply concerned", "deeply concerned", "ACCUSE", "disapprove", ["terrorism"],
          a=[("USA", "The Embassy")]),
        E("The Embassy is deeply concerned", "continued assaults", "ASSAULT", "", ["terrorism"],
          r=[("MOZ", "the residents of Cabo Delgado")]),
        E("remains committed to working with", "remains committed", "AGREE", "", ["terrorism"],
          a=[("USA", "The United States Government")], r=[("MOZ", "the Government of Mozambique")]),
    ],
    "houthi": [
        E("The United States condemns the Houthis", "condemns", "ACCUSE", "disapprove", ["human_rights"],
          a=[("USA", "The United States")], r=[("YEM", "the Houthis\u2019")]),
        E("The United States condemns the Houthis", "detention", "COERCE", "arrest", ["human_rights"],
          a=[("YEM", "the Houthis\u2019")], r=[("YEM", "Yemeni citizens")]),
        E("The United States condemns the Houthis", "suspended operations", "SANCTION", "withdraw", ["diplomatic"],
          a=[("USA", "the U.S. Embassy")], r=[("YEM", "Sana\u2019a")]),
        E("unprovoked abuse of these Yemeni citizens", "gross disregard", "ACCUSE", "allege", ["diplomatic"],
          r=[("YEM", "Houthis\u2019")]),
        E("unprovoked abuse of these Yemeni citizens", "breach", "COERCE", "seize", ["diplomatic"],
          a=[("YEM", "Houthis\u2019")], r=[("USA", "the U.S. Embassy")]),
        E("The Houthis must immediately release", "must immediately release", "REQUEST", "yield", ["human_rights"],
          r=[("YEM", "The Houthis")]),
        E("is consulting closely", "consulting", "CONSULT", "", ["diplomatic"], a=[("USA", "The United States")]),
    ],
    "usaid-ukraine": [
        E("Today, Vice President Kamala Harris", "announced", "AID", "", ["human_security"],
          a=[("USA", "Vice President Kamala Harris")], r=[("UKR", "Ukrainians")]),
        E("Today, Vice President Kamala Harris", "invasion", "ASSAULT", "", ["military"],
          a=[("RUS", "Russia\u2019s")], r=[("UKR", "Ukraine")]),
        E("This additional assistance includes support", "support", "AID", "", ["human_security"],
          r=[("UNO", "the UN World Food Programme")]),
        E("The United States stands with the people", "stands with", "SUPPORT", "", [],
          a=[("USA", "The United States")], r=[("UKR", "the people of Ukraine")]),
        E("The United States stands with the people", "will continue to work", "AGREE", "", ["human_security"],
          a=[("USA", "The United States")], r=[("UKR", "the people of Ukraine")]),
        E("is the single largest donor", "has provided", "AID", "", ["human_security"],
          a=[("USA", "The United States")], r=[("UKR", "Ukraine")]),
        E("In the past two weeks", "has provided", "AID", "", ["human_security"],
          a=[("USA", "the United States")], r=[("UKR", "Ukraine")]),
        E("Disaster Assistance Response Team (DART) based", "is leading", "AID", "", ["human_security"],
          a=[("USA", "USAID\u2019s Disaster Assistance Response Team")], r=[("UKR", "Ukraine")]),
        E("development programming has ramped up", "ramped up", "AID", "", [],
          a=[("USA", "USAID's development programming")]),
    ],
    "troika-1": [
        E("will always stand with", "will always stand with", "AGREE", "", [], a=TROIKA1),
        E("we note with grave concern", "grave concern", "ACCUSE", "disapprove", ["military"], a=we3("we")),
        E("have a responsibility to act", "have a responsibility", "REQUEST", "", [],
          r=[("SSD", "South Sudanese transitional leaders")]),
        E("They also bear responsibility", "bear responsibility", "REQUEST", "", ["human_security"],
          r=[("SSD", "They")]),
        E("We also call on South Sudan", "call on", "REQUEST", "", ["legal"],
          a=we3(), r=[("SSD", "South Sudan\u2019s leaders")]),
    ],
    "troika-2": [
        E("express grave concern over the killings", "express grave concern", "ACCUSE", "disapprove", [], a=TROIKA2),
        E("express grave concern over the killings", "killings", "ASSAULT", "", [],
          r=[("SSD", "more than 20 residents")]),
        E("We call on the transitional government", "call on", "REQUEST", "", ["legal"],
          a=we3(), r=[("SSD", "the transitional government")]),
        E("We call on all South Sudanese groups", "call on", "REQUEST", "", [],
          a=we3(), r=[("SSD", "all South Sudanese groups and communities")]),
    ],
    "noble-partner": [
        E("U.S. Army Soldiers with", "Noble Partner", "COOPERATE", "", ["military"],
          a=[("USA", "U.S. Army Soldiers"), ("GEO", "Georgian Defense Forces soldiers")]),
    ],
    "sama-sama": [
        E("steam in formation", "steam in formation", "COOPERATE", "", ["military"],
          a=[("USA", "The USS Dewey"), ("JPN", "Japan Maritime Self-Defense Force destroyer JS Akebono"),
             ("CAN", "Royal Canadian Navy frigate HMCS Vancouver"), ("GBR", "Royal Navy vessel HMS Spey"),
             ("PHL", "Philippine Navy frigate BRP Antonio Luna")]),
    ],
    "moz-accord": [
        E("The signing of the peace and reconciliation accord", "signing", "AGREE", "", ["diplomatic"],
          a=[("MOZ", "the Government of the Republic of Mozambique"), ("MOZ", "Renamo")]),
        E("The signing of the peace and reconciliation accord", "signing", "AGREE", "", ["military"],
          a=[("MOZ", "the Government of the Republic of Mozambique"), ("MOZ", "Renamo")], nth=2),
        E("congratulates the President of the Republic", "congratulates", "SUPPORT", "", [],
          a=[("USA", "The Embassy of the United States of America")],
          r=[("MOZ", "Filipe Jacinto Nyusi"), ("MOZ", "Ossufo Momade")]),
        E("congratulates the President of the Republic", "launched", "CONSULT", "", [],
          a=[("MOZ", "President Nyusi"), ("MOZ", "Afonso Dhlakama")]),
        E("will continue to support the participants", "will continue to support", "AGREE", "", [],
          a=[("USA", "The United States")], r=[("MOZ", "the participants in the peace process")]),
        E("joins Mozambique in celebrating today", "will stand with", "AGREE", "", [],
          a=[("USA", "the United States")], r=[("MOZ", "all Mozambicans")]),
    ],
    "moz-anniversary": [
        E("The United States Embassy in Maputo congratulates", "congratulates", "SUPPORT", "", [],
          a=[("USA", "The United States Embassy in Maputo")],
          r=[("MOZ", "the Government of the Republic of Mozambique"), ("MOZ", "Renamo")]),
        E("The U.S. Embassy commends", "commends", "SUPPORT", "", [],
          a=[("USA", "The U.S. Embassy")], r=[("MOZ", "President Nyusi"), ("MOZ", "Ossufo Momade")]),
        E("The U.S. Embassy welcomes the resumption", "welcomes", "SUPPORT", "", ["military"],
          a=[("USA", "The U.S. Embassy")], r=[("MOZ", "Renamo ex-combatants")]),
        E("The U.S. Embassy welcomes the resumption", "disarmament", "RETREAT", "disarm", ["military"],
          a=[("MOZ", "Renamo ex-combatants")]),
        E("The return to civilian life", "encourage", "REQUEST", "", ["military"],
          a=[("USA", "we")], r=[("MOZ", "both sides")]),
        E("The United States continues to support the peace process", "continues to support", "SUPPORT", "", [],
          a=[("USA", "The United States")]),
    ],
    "peshmerga": [
        E("SOUTHWEST ASIA - Kurdish Security Forces", "enabled", "COOPERATE", "", ["military", "terrorism"],
          a=[("IGO", "Combined Joint Task Force - Operation Inherent Resolve")], r=[("IRQ", "Kurdish Security Forces")]),
        E("SOUTHWEST ASIA - Kurdish Security Forces", "seized", "ASSAULT", "", ["military", "territory"],
          a=[("IRQ", "Kurdish Security Forces")], r=[("IMG", "ISIL")]),
        E("Peshmerga forces quickly overcame", "overcame", "ASSAULT", "", ["military"],
          a=[("IRQ", "Peshmerga forces")], r=[("IMG", "ISIL")]),
        E("During the operation, Kurdish Security Forces cleared", "cleared", "ASSAULT", "", ["military"],
          a=[("IRQ", "Kurdish Security Forces")]),
        E("Coalition forces conducted supporting air strikes", "air strikes", "ASSAULT", "aerial", ["military"],
          a=[("IGO", "Coalition forces")], r=[("IMG", "ISIL")]),
        E("yet another example demonstrating", "demonstrating the commitment and ability", "SUPPORT", "", ["military"],
          a=[("IGO", "Lt. Gen. James L. Terry")]),
        E("Kurdish Security Forces supported by the CJTF-OIR", "supported", "COOPERATE", "", ["military"],
          a=[("IGO", "the CJTF-OIR coalition")], r=[("IRQ", "Kurdish Security Forces")]),
        E("Kurdish Security Forces supported by the CJTF-OIR", "degrade and dismantle", "ASSAULT", "", ["military"],
          a=[("IRQ", "Kurdish Security Forces")], r=[("IMG", "ISIL")]),
    ],
    "iraqis-daesh": [
        E("Iraqi Security Forces and Coalition Special Operations Forces detained", "detained", "COERCE", "arrest",
          ["terrorism"], a=[("IRQ", "Iraqi Security Forces"), ("IGO", "Coalition Special Operations Forces")],
          r=[("IMG", "Daesh affiliates")]),
        E("stay here and support the ISF", "stay here and support", "AGREE", "", ["military"],
          a=[("IGO", "We")], r=[("IRQ", "the ISF")]),
        E("The ISF, supported by the Coalition", "supported", "COOPERATE", "", ["military"],
          a=[("IGO", "the Coalition")], r=[("IRQ", "The ISF")]),
        E("The ISF, supported by the Coalition", "attacking", "ASSAULT", "", ["military", "terrorism"],
          a=[("IRQ", "The ISF")], r=[("IMG", "Daesh networks")]),
    ],
    "anbar": [
        E("Anbar Operations Command conducted", "air assault operations", "ASSAULT", "", ["military", "terrorism"],
          a=[("IRQ", "Anbar Operations Command")], r=[("IMG", "Daesh")]),
        E("On Feb. 26, the Special Tactics Regiment", "air assault operations", "ASSAULT", "", ["military", "terrorism"],
          a=[("IRQ", "the Special Tactics Regiment")], r=[("IMG", "Daesh")]),
        E("On Feb. 26, the Special Tactics Regiment", "detainees", "COERCE", "arrest", ["terrorism"],
          a=[("IRQ", "the Special Tactics Regiment")], r=[("IRQ", "four detainees")]),
        E("On Feb. 26, the Special Tactics Regiment", "accused", "ACCUSE", "allege", ["terrorism", "legal"],
          r=[("IRQ", "four detainees")]),
        E("Iraqi aviation assets are increasingly", "combat operations", "ASSAULT", "aerial", ["military"],
          a=[("IRQ", "Iraqi aviation assets")], r=[("IMG", "Daesh")]),
        E("On March 2, the 7th Iraqi Army", "discovered", "COERCE", "seize", ["military"],
          a=[("IRQ", "the 7th Iraqi Army")]),
        E("Finally, on March 2, Iraqi Army commanders", "met", "CONSULT", "", ["military", "religion_ethnicity"],
          a=[("IRQ", "Iraqi Army commanders"), ("IRQ", "Iraqi government officials"), ("IRQ", "local Yazidi leaders")]),
    ],
}


def locate(doc: dict, spec: dict, spans: list[tuple[int, int]]) -> dict:
    """Compute the offsets of one event spec in ``doc``; raise on any ambiguity."""
    text = doc["text"]
    if text.count(spec["key"]) != 1:
        raise ValueError(f"{doc['id']}: key {spec['key']!r} occurs {text.count(spec['key'])} times")
    pos = text.index(spec["key"])
    s0, s1 = next((a, b) for a, b in spans if a <= pos < b)
    sentence = text[s0:s1]
    start = -1
    for _ in range(spec["nth"]):
        start = sentence.index(spec["trigger"], start + 1)
    event = {k: spec[k] for k in cd.EVENT_FIELDS if k in spec}
    event.update(trigger_start=s0 + start, trigger_end=s0 + start + len(spec["trigger"]),
                 sentence_start=s0, sentence_end=s1)
    return {k: event[k] for k in cd.EVENT_FIELDS}


def build(with_reserve: bool = False) -> list[dict]:
    """Return the documents with their located, sorted events; ids follow the publication date."""
    docs = [d for d in DOCS if with_reserve or d["slug"] not in RESERVE_SLUGS]
    docs.sort(key=lambda d: (d["published"], d["slug"]))
    out = []
    for number, doc in enumerate(docs, 51):
        doc = dict(doc, id=f"sealed4-{number:02d}")
        spans = cd.sentences(doc["text"], EXTRA)
        events = [locate(doc, spec, spans) for spec in EVENTS.get(doc["slug"], [])]
        events.sort(key=lambda ev: (ev["trigger_start"], ev["trigger_end"]))
        record = {"id": doc["id"], "url": doc["url"], "agency": doc["agency"], "source": doc["agency"],
                  "title": doc["title"], "published": doc["published"],
                  "date_approximate": doc["date_approximate"], "date_note": doc["date_note"],
                  "note": doc["note"], "text": doc["text"], "events": events}
        out.append(record)
    return out


def main() -> int:
    """Write part-gov.jsonl and run the shared checker on it."""
    docs = build(with_reserve="--with-reserve" in sys.argv[1:])
    path = HERE / "part-gov.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if 4 not in cd.SETS:
        cd.SETS[4] = (r"sealed4-\d\d", EXTRA)
    return 1 if cd.check(str(path), 4) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Build ``dev4.jsonl``: four whole public-domain documents annotated by hand (evprec, 2026-12-05).

The texts (Voice of America, U.S. Department of State; public domain) and the annotation are
written below as data: for each event a sentence anchor (a substring of exactly one sentence), the
trigger (a substring of that sentence) and the codes. This script finds the offsets with the
sentence rule of ``data/gold/check_documents.py``, checks that every anchor and trigger is found
exactly once, and writes one JSON line per document in the whole-document format that
``wirecoder eval events --split dev4`` reads. Run from the repository root:

    python data/gold/events/build_dev4.py

See ``README-dev4.md``: the annotation was written before wirecoder ran on these texts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from check_documents import check_event, sentences  # noqa: E402

OUT = Path(__file__).with_name("dev4.jsonl")

DOCS = [
    {
        "id": "dev4-01",
        "url": "https://www.voanews.com/a/a-13-a-2003-10-16-86-pakistan-67443167/384851.html",
        "agency": "Voice of America",
        "title": "Pakistan Accuses India of Artillery Shelling of Kashmir",
        "published": "2003-10-16",
        "date_approximate": False,
        "date_note": "the stored copy ends mid-sentence; the complete paragraphs are kept",
        "text": (
            "Pakistan says Indian troops have carried out \"unprovoked\" artillery shelling across "
            "the disputed Kashmir border, killing at least 11 civilians. Senior Pakistani military "
            "officials say the firing has raised tensions in the region.\n"
            "A spokesman for the Pakistani military, Major-General Shaukat Sultan, says that in the "
            "past two days Indian troops have fired mortar shells across the line of control that "
            "divides Kashmir. He says mainly civilian targets have come under attack. General "
            "Sultan says Pakistan also has responded by hitting Indian military positions.\n"
            "\"The Indians, they carried out unprovoked shelling along the 'line of control' "
            "[dividing Kashmir], so the situation along the line of control is certainly tense and "
            "the civilians are under a lot of pressure,\" said General Sultan. \"Under compulsion "
            "even of Pakistan exercises restraint, it has to respond when the civilians are being "
            "targeted.\"\n"
            "Authorities in Indian-ruled areas of Kashmir are reported as saying that firing by "
            "Pakistani troops have injured at least three civilians and damaged more than two "
            "dozen residential houses on their side of Kashmir.\n"
            "No independent confirmation of the clashes is available. But Pakistani and Indian "
            "soldiers frequently exchange fire across the disputed border in Kashmir. The region "
            "has caused two wars and remains a major source of tension between India and "
            "Pakistan.\n"
            "The latest clashes occur during a recent surge in violence in the Indian-controlled "
            "parts of Kashmir, where New Delhi alleges Islamabad is sponsoring an on-going Muslim "
            "separatist insurgency. Pakistan denies the allegation. Pakistani military spokesman "
            "General Sultan.\n"
            "\"It is absolutely baseless,\" he said. \"Pakistan is not involved in any kind of, "
            "let us say, supporting the infiltration or cross border activity. Whatever is going "
            "on inside Kashmir is totally [a] freedom struggle.\""
        ),
    },
    {
        "id": "dev4-02",
        "url": "http://a.voalearningenglish.in/9701-north-korea-continues-to-test-long-range-missiles.html",
        "agency": "Voice of America (Learning English)",
        "title": "North Korea Continues to Test Long-Range Missiles",
        "published": "2016-08-03",
        "date_approximate": True,
        "date_note": "the copy carries no date; the launch into Japan's economic zone after the "
                     "THAAD announcement dates it to early August 2016; the stored copy ends "
                     "mid-sentence, the complete paragraphs are kept",
        "text": (
            "South Korean and U.S. military officials say North Korea carried out a ballistic "
            "missile test early Wednesday.\n"
            "U.S. officials say two missiles were launched. One was successful. The other missile "
            "reportedly exploded immediately after launch.\n"
            "The test is the fourth such missile launch in recent weeks, although North Korea "
            "faces strong international restrictions linked to the activity.\n"
            "The United Nations, South Korea and the U.S. have placed economic and trade sanctions "
            "on North Korea because of its nuclear and missile programs.\n"
            "In addition, the U.S. has placed sanctions on North Korean officials, including "
            "leader Kim Jong-un, for human rights abuses.\n"
            "The launch Wednesday took place from the country's western Hwanghae province. One "
            "missile traveled about 1,000 kilometers to the east before landing close to or in "
            "Japanese waters.\n"
            "Japan's Prime Minister called the launch a \u201cgrave threat\u201d to his country's "
            "security. Japan's defense ministry said the missile fell into the sea inside the "
            "country's exclusive economic zone.\n"
            "The United States condemned the launch as a possible threat to U.S. interests in the "
            "area Wednesday. State Department spokeswoman Anna Richey-Allen said, \u201cWe remain "
            "prepared to work with our allies and partners around the world to respond to further "
            "DPRK (Democratic People's Republic of Korea) provocations, as well as to defend "
            "ourselves and our allies from any attack or provocation.\u201d\n"
            "UN Secretary General Ban Ki Moon said he was \u201cdeeply troubled\u201d by the test. "
            "A UN spokesman urged North Korea \u201cto reverse its course and return to the process "
            "of sincere dialogue.\u201d\n"
            "The launch comes after South Korea and the United States announced the deployment of "
            "a U.S.-made missile defense system known as THAAD.\n"
            "North Korea is said to be seeking to develop a warhead small enough to be placed on a "
            "ballistic missile. South Korean defense officials say North Korea does not have the "
            "technical ability to do this yet."
        ),
    },
    {
        "id": "dev4-03",
        "url": "https://agenparl.eu/escalation-of-violence-along-international-border-between-armenia-and-azerbaijan/",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "Escalation of Violence along International Border between Armenia and Azerbaijan",
        "published": "2021-07-28",
        "date_approximate": False,
        "date_note": "press statement by Ned Price, Department Spokesperson (copy of the "
                     "Department's release)",
        "text": (
            "The United States condemns the recent escalation of violence along the international "
            "border between Armenia and Azerbaijan. We call on Armenia and Azerbaijan to uphold "
            "their ceasefire commitments by taking immediate steps to de-escalate the situation.\n"
            "Continued tensions along the Armenia-Azerbaijan border underscore the fact that only "
            "a comprehensive resolution that addresses all outstanding issues can normalize "
            "relations between the two countries and allow the people of the region to live "
            "together peacefully. The United States urges Armenia and Azerbaijan to return as soon "
            "as possible to substantive discussions under the auspices of the OSCE Minsk Group "
            "Co-Chairs to achieve a long-term political settlement to the conflict."
        ),
    },
    {
        "id": "dev4-04",
        "url": "https://traveltraveltravelt2505.blogspot.com/2014/08/collected-department-releases-united_22.html",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "United States Condemns Attack on Worshippers in Iraq",
        "published": "2014-08-22",
        "date_approximate": False,
        "date_note": "press statement by Marie Harf, Deputy Department Spokesperson (copy of the "
                     "Department's release)",
        "text": (
            "The United States strongly condemns the vicious attack today on innocent men, women, "
            "and children inside a mosque in the village of Imam Wais in Diyala province. The "
            "United States stands with the people of Iraq against this violence, and will continue "
            "to support all Iraqi citizens, from all parts of the country, as they work to root "
            "out violent extremists from any sector of society, and promote a religiously "
            "tolerant, diverse, and unified country, as envisioned in the Iraqi Constitution.\n"
            "This senseless attack underscores the urgent need for Iraqi leaders from across the "
            "political spectrum to take the necessary steps that will help unify the country "
            "against all violent extremist groups. In that light, we note Prime Minister-Designate "
            "Al-Abadi\u2019s condemnation and call for unity in defiance of this attack. We further "
            "call on all Iraqi leaders to complete the process of forming a new government on the "
            "constitutional timeline, and to stand united against violent extremist groups "
            "regardless of their cause or persuasion.\n"
            "We express our deepest sympathies to the families of the victims of today\u2019s "
            "senseless attacks, and call on the Government of Iraq to immediately investigate and "
            "bring to justice anyone shown to be behind these heinous crimes."
        ),
    },
]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, flags (negated / future / hypothetical)
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "dev4-01"
ev(D, "Pakistan says Indian troops", "says", "ACCUSE", "allege", ["military", "territory"],
   ["PAK"], ["Pakistan"], ["IND"], ["Indian troops"])
ev(D, "Pakistan says Indian troops", "carried out \"unprovoked\" artillery shelling", "ASSAULT",
   "", ["military", "territory"], ["IND"], ["Indian troops"])
ev(D, "in the past two days Indian troops", "fired mortar shells", "ASSAULT", "", ["military"],
   ["IND"], ["Indian troops"])
ev(D, "Pakistan also has responded", "hitting", "ASSAULT", "", ["military"], ["PAK"],
   ["Pakistan"], ["IND"], ["Indian military positions"])
ev(D, "The Indians, they carried out", "carried out unprovoked shelling", "ASSAULT", "",
   ["military"], ["IND"], ["The Indians"])
ev(D, "firing by Pakistani troops", "firing", "ASSAULT", "", ["military"], ["PAK"],
   ["Pakistani troops"], ["IND"], ["Indian-ruled areas of Kashmir"])
ev(D, "New Delhi alleges", "alleges", "ACCUSE", "allege", ["military", "terrorism"], ["IND"],
   ["New Delhi"], ["PAK"], ["Islamabad"])
ev(D, "Pakistan denies the allegation", "denies", "REJECT", "", ["military"], ["PAK"],
   ["Pakistan"])
ev(D, "It is absolutely baseless", "absolutely baseless", "REJECT", "", ["military"], ["PAK"],
   ["he"])

D = "dev4-02"
ev(D, "say North Korea carried out a ballistic", "carried out a ballistic missile test",
   "MOBILIZE", "weapons", ["military", "cbrn"], ["PRK"], ["North Korea"])
ev(D, "have placed economic and trade sanctions", "placed economic and trade sanctions",
   "SANCTION", "discontinue", ["economic", "cbrn"], ["UNO", "KOR", "USA"],
   ["The United Nations", "South Korea", "the U.S."], ["PRK"], ["North Korea"])
ev(D, "the U.S. has placed sanctions on North Korean officials", "placed sanctions",
   "SANCTION", "discontinue", ["human_rights"], ["USA"], ["the U.S."], ["PRK"],
   ["North Korean officials"])
ev(D, "Japan's Prime Minister called the launch", "called the launch a \u201cgrave threat\u201d",
   "ACCUSE", "disapprove", ["military"], ["JPN"], ["Japan's Prime Minister"])
ev(D, "The United States condemned the launch", "condemned", "ACCUSE", "disapprove",
   ["military"], ["USA"], ["The United States"])
ev(D, "Ban Ki Moon said he was", "\u201cdeeply troubled\u201d", "ACCUSE", "disapprove",
   ["military"], ["UNO"], ["UN Secretary General Ban Ki Moon"])
ev(D, "A UN spokesman urged North Korea", "urged", "REQUEST", "change", ["military"], ["UNO"],
   ["A UN spokesman"], ["PRK"], ["North Korea"])
ev(D, "announced the deployment of", "announced the deployment", "MOBILIZE", "weapons",
   ["military"], ["KOR", "USA"], ["South Korea", "the United States"], future=True)

D = "dev4-03"
ev(D, "The United States condemns the recent escalation", "condemns", "ACCUSE", "disapprove",
   ["military", "territory"], ["USA"], ["The United States"], ["ARM", "AZE"],
   ["Armenia", "Azerbaijan"])
ev(D, "We call on Armenia and Azerbaijan", "call on", "REQUEST", "change", ["military"],
   ["USA"], ["We"], ["ARM", "AZE"], ["Armenia", "Azerbaijan"])
ev(D, "The United States urges Armenia", "urges", "REQUEST", "meet",
   ["diplomatic", "territory"], ["USA"], ["The United States"], ["ARM", "AZE"],
   ["Armenia", "Azerbaijan"])

D = "dev4-04"
ev(D, "The United States strongly condemns", "strongly condemns", "ACCUSE", "disapprove",
   ["terrorism", "religion_ethnicity"], ["USA"], ["The United States"])
ev(D, "The United States strongly condemns", "vicious attack", "ASSAULT", "",
   ["terrorism", "religion_ethnicity"], [], [], ["IRQ"], ["innocent men, women, and children"])
ev(D, "stands with the people of Iraq", "stands with", "SUPPORT", "", ["terrorism"], ["USA"],
   ["The United States"], ["IRQ"], ["the people of Iraq"])
ev(D, "stands with the people of Iraq", "continue to support", "SUPPORT", "", ["terrorism"],
   ["USA"], ["The United States"], ["IRQ"], ["all Iraqi citizens"])
ev(D, "we note Prime Minister-Designate", "condemnation", "ACCUSE", "disapprove",
   ["terrorism"], ["IRQ"], ["Prime Minister-Designate Al-Abadi\u2019s"])
ev(D, "we note Prime Minister-Designate", "call for unity", "REQUEST", "change",
   ["political_institutions"], ["IRQ"], ["Prime Minister-Designate Al-Abadi\u2019s"])
ev(D, "We further call on all Iraqi leaders", "call on", "REQUEST", "change",
   ["political_institutions"], ["USA"], ["We"], ["IRQ"], ["all Iraqi leaders"])
ev(D, "We express our deepest sympathies", "express our deepest sympathies", "SUPPORT", "",
   ["terrorism"], ["USA"], ["We"])
ev(D, "We express our deepest sympathies", "call on", "REQUEST", "change", ["crime", "legal"],
   ["USA"], ["We"], ["IRQ"], ["the Government of Iraq"])


def build(docs: list[dict] | None = None, annotated: list[tuple] | None = None) -> list[dict]:
    """Return the documents with their events, offsets found and checked.

    ``docs`` and ``annotated`` default to this file's :data:`DOCS` and :data:`E`; other
    sets (``build_dev5.py``) pass their own.
    """
    docs = DOCS if docs is None else docs
    annotated = E if annotated is None else annotated
    out = []
    errors: list[str] = []
    for doc in docs:
        text = doc["text"]
        spans = sentences(text)
        events = []
        for (d, anchor, trigger, etype, mode, context, actor, actor_text, recipient,
             recipient_text, negated, future, hypothetical) in annotated:
            if d != doc["id"]:
                continue
            hits = [(s0, s1) for s0, s1 in spans if anchor in text[s0:s1]]
            if len(hits) != 1:
                raise SystemExit(f"{d}: anchor {anchor!r} in {len(hits)} sentences")
            s0, s1 = hits[0]
            at = text[s0:s1].find(trigger)
            if at < 0 or text[s0:s1].count(trigger) != 1:
                raise SystemExit(f"{d}: trigger {trigger!r} not found once in {anchor!r}")
            event = {"event_type": etype, "mode": mode, "context": context, "actor": actor,
                     "actor_text": actor_text, "recipient": recipient,
                     "recipient_text": recipient_text, "trigger": trigger,
                     "trigger_start": s0 + at, "trigger_end": s0 + at + len(trigger),
                     "sentence_start": s0, "sentence_end": s1, "negated": negated,
                     "future": future, "hypothetical": hypothetical}
            check_event({"id": d, "text": text}, event, set(spans), errors)
            events.append(event)
        events.sort(key=lambda e: (e["sentence_start"], e["trigger_start"]))
        out.append({**doc, "source": doc["agency"], "events": events})
    if errors:
        raise SystemExit("\n".join(errors))
    return out


def main() -> None:
    """Write ``dev4.jsonl`` and print counts."""
    docs = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

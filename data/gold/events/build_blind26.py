"""Build ``blind26.jsonl``: Voice of America stories annotated blind by evgold14 (2026-12-06).

The texts (Voice of America news stories, public domain) and the annotation are written below
as data: for each event a sentence anchor (a substring of exactly one sentence), the trigger
(a substring of that sentence) and the codes. The builder of ``build_dev4.py`` finds every
offset with the sentence rule of ``data/gold/check_documents.py`` and checks that every anchor
and trigger is found exactly once and that every actor/recipient text lies in its sentence.
This script then re-reads the written file, checks every offset again and runs the standalone
checker of ``check_documents.py`` over it (id pattern ``blind26-\\d\\d``, registered at run time
only). It imports nothing from wirecoder. Run from the repository root:

    python data/gold/events/build_blind26.py

See ``README-blind26.md``: the annotation was written before any system ran on these texts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import check_documents  # noqa: E402
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = HERE / "blind26.jsonl"
VOA = "Voice of America"

DOCS: list[dict] = [
    {
        "id": "blind26-01",
        "url": "http://www.voanews.com/content/two-peacekeepers-killed-in-sudans-darfur-region/1819768.html",
        "agency": VOA,
        "title": "Two Peacekeepers Killed in Sudan's Darfur Region",
        "published": "2013-12-30",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the VOA article id (1819768) lies just after "
                     "that of a story of 2013-12-14 (1810276), so late December 2013 is assumed",
        "truncated": False,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title), the text-size widget 'XS SM MD LG'; whole story",
        "text": (
            "The United Nations says two peacekeepers have been killed while on patrol in Sudan's "
            "conflict-stricken Darfur region.\n"
            "A Jordanian officer and a peacekeeper from Senegal were killed when their convoy was "
            "attacked by unidentified gunmen Sunday.\n"
            "At least a dozen international soldiers from the joint African-U.N. peacekeeping "
            "mission have been killed in Darfur over the past five months.\n"
            "The western Sudanese region has been gripped by bloodshed since 2003 when rebels took "
            "up arms against the government in Khartoum, accusing it of discrimination and "
            "neglect. The United Nations says 300,000 people have died in the conflict and 2.7 "
            "million have fled their homes."
        ),
    },
    {
        "id": "blind26-02",
        "url": "http://www.voanews.com/a/pakistani-militants-kill-border-guards-iran-media-report/3827080.html",
        "agency": VOA,
        "title": "Pakistani Militants Kill 10 Border Guards, Iran State Media Say",
        "published": "2017-04-26",
        "date_approximate": False,
        "date_note": "date given by the stored copy (2017-04-26); the attack was on Wednesday",
        "truncated": False,
        "note": "removed furniture: 'Accessibility links', 'Languages', 'Middle East', the headline "
                "(kept in title), the byline box 'VOA News', the FILE photo caption, 'Your "
                "opinion', 'Show comments', 'Related', 'Back to top', the text-size widget 'XS SM "
                "MD LG'; whole story; the last sentence has no final period in the source and is "
                "kept so",
        "text": (
            "Ten Iranian border guards were killed and three others were wounded Wednesday in a "
            "\"terrorist attack\" launched from inside Pakistan, Iranian state media said.\n"
            "The border guards were patrolling in Mirjaveh in Sistan-Baluchestan province, "
            "southeastern Iran.\n"
            "The militant group called Jaish-ul-Adl, or the Army of Justice, claimed "
            "responsibility for the attack, the state media said.\n"
            "Sistan-Baluchestan province has long been plagued by unrest from both drug-smuggling "
            "gangs and separatist militants. The population of the province is predominantly "
            "Sunni Muslim; the majority of Iranians are Shi'ite.\n"
            "Eight Iranian border guards were killed in clashes with Sunni rebels in 2015. Two "
            "years earlier, Jaish-ul-Adl killed 14 border guards in an attack"
        ),
    },
    {
        "id": "blind26-03",
        "url": "https://www.voanews.com/a/three-killed-in-rocket-attack-on-un-base-in-northern-mali/3078508.html",
        "agency": VOA,
        "title": "UN Security Council Condemns Attack in Mali",
        "published": "2015-11-29",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the attack was on Saturday, a week after the "
                     "Radisson Blu attack of 2015-11-20, i.e. 2015-11-28; the statement is dated "
                     "the day after",
        "truncated": True,
        "note": "removed furniture: 'Accessibility links', 'Breaking News', the headline (kept in "
                "title); the stored copy shows no closing widget, so it is treated as a lead cut "
                "at its last complete paragraph",
        "text": (
            "The United Nations condemned in the strongest terms a rocket attack Saturday on a "
            "U.N. base in Kidal, northern Mali, which killed two U.N. peacekeepers and a civilian "
            "contractor and injured at least 20 other people.\n"
            "The U.N. Security Council called on Mali's government to quickly investigate the "
            "attack and bring the perpetrators to justice.\n"
            "A senior member of the al-Qaida-linked Islamist group Ansar Dine (Defenders of the "
            "Faith) claimed responsibility for the violence, according to the French news agency "
            "AFP, saying the attack was \"in response to the violation of our lands by the "
            "enemies of Islam.\" The claim could not be independently verified.\n"
            "Member counties underlined that attacks targeting peacekeepers might constitute war "
            "crimes under international law, the U.N. said in a statement.\n"
            "Any acts of terrorism are criminal and unjustifiable, regardless of their "
            "motivation, wherever, whenever and by whomever they are committed, the statement "
            "said.\n"
            "Saturday\u2019s attack followed a militant assault last week on a luxury hotel in "
            "Mali's capital, Bamako, that left at least 20 people dead.\n"
            "Two West African militant groups \u2014 al-Qaida in the Islamic Maghreb and its "
            "affiliate al-Mourabitoun \u2014 claimed joint responsibility for the November 20 "
            "attack on the Radisson Blu Hotel.\n"
            "On Friday, Malian forces arrested two men in connection with the hotel attack.\n"
            "The violence underscores the threat posed by militants who remain active in "
            "northern and central Mali despite the presence of U.N. peacekeepers.\n"
            "Islamist groups took over the north after a military coup in Bamako in 2012, but a "
            "French-led military force ousted them from power in northern Mali in 2013. Yet "
            "violence has continued and spread into formerly safe areas in the south."
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


D = "blind26-01"
ev(D, "two peacekeepers have been killed", "have been killed", "ASSAULT", "",
   ["peacekeeping", "military"], [], [], ["UNO"], ["two peacekeepers"])
ev(D, "A Jordanian officer and a peacekeeper", "attacked", "ASSAULT", "",
   ["peacekeeping", "military"], ["SDN"], ["unidentified gunmen"], ["JOR", "SEN"],
   ["A Jordanian officer", "a peacekeeper from Senegal"])
ev(D, "rebels took up arms", "took up arms", "ASSAULT", "", ["military"], ["SDN"], ["rebels"],
   ["SDN"], ["the government in Khartoum"])
ev(D, "rebels took up arms", "accusing", "ACCUSE", "allege", ["inequality", "human_rights"],
   ["SDN"], ["rebels"], ["SDN"], ["it"])

D = "blind26-02"
ev(D, "Ten Iranian border guards were killed", "\"terrorist attack\"", "ASSAULT", "",
   ["terrorism", "military"], [], [], ["IRN"], ["Ten Iranian border guards"])
ev(D, "Jaish-ul-Adl, or the Army of Justice", "claimed responsibility for the attack", "ASSAULT",
   "", ["terrorism"], ["IRN"], ["The militant group called Jaish-ul-Adl"])
ev(D, "Eight Iranian border guards", "clashes", "ASSAULT", "", ["military"], ["IRN", "IRN"],
   ["Eight Iranian border guards", "Sunni rebels"])
ev(D, "Jaish-ul-Adl killed 14", "killed", "ASSAULT", "", ["terrorism", "military"], ["IRN"],
   ["Jaish-ul-Adl"], ["IRN"], ["14 border guards"])

D = "blind26-03"
ev(D, "The United Nations condemned", "condemned", "ACCUSE", "disapprove",
   ["peacekeeping", "terrorism"], ["UNO"], ["The United Nations"])
ev(D, "The United Nations condemned", "rocket attack", "ASSAULT", "",
   ["peacekeeping", "terrorism"], [], [], ["UNO"], ["a U.N. base in Kidal"])
ev(D, "The U.N. Security Council called on", "called on", "REQUEST", "change",
   ["legal", "crime", "peacekeeping"], ["UNO"], ["The U.N. Security Council"], ["MLI"],
   ["Mali's government"])
ev(D, "Ansar Dine (Defenders", "claimed responsibility for the violence", "ASSAULT", "",
   ["terrorism", "peacekeeping"], ["MLI"],
   ["A senior member of the al-Qaida-linked Islamist group Ansar Dine"])
ev(D, "Ansar Dine (Defenders", "saying", "ACCUSE", "allege",
   ["religion_ethnicity", "territory"], ["MLI"],
   ["A senior member of the al-Qaida-linked Islamist group Ansar Dine"])
ev(D, "Member counties underlined", "underlined", "ACCUSE", "disapprove",
   ["peacekeeping", "legal"], ["UNO"], ["Member counties"])
ev(D, "a militant assault last week", "militant assault", "ASSAULT", "", ["terrorism"], [], [],
   ["MLI"], ["a luxury hotel in Mali's capital, Bamako"])
ev(D, "claimed joint responsibility", "claimed joint responsibility", "ASSAULT", "",
   ["terrorism"], ["IMG", "IMG"], ["al-Qaida in the Islamic Maghreb", "al-Mourabitoun"],
   ["MLI"], ["the Radisson Blu Hotel"])
ev(D, "Malian forces arrested", "arrested", "COERCE", "arrest", ["terrorism", "crime"], ["MLI"],
   ["Malian forces"], ["MLI"], ["two men"])
ev(D, "Islamist groups took over the north", "took over", "COERCE", "seize",
   ["territory", "military"], ["MLI"], ["Islamist groups"])
ev(D, "Islamist groups took over the north", "ousted them from power", "COERCE", "",
   ["military", "territory"], ["FRA"], ["a French-led military force"], ["MLI"], ["them"])


def recheck(path: Path) -> None:
    """Re-read ``path`` and check every offset and text field once more."""
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        spans = set(sentences(text))
        for event in doc["events"]:
            t0, t1 = event["trigger_start"], event["trigger_end"]
            s0, s1 = event["sentence_start"], event["sentence_end"]
            assert text[t0:t1] == event["trigger"], (doc["id"], event["trigger"])
            assert (s0, s1) in spans and s0 <= t0 < t1 <= s1, (doc["id"], event["trigger"])
            for side in ("actor_text", "recipient_text"):
                for phrase in event[side]:
                    assert phrase in text[s0:s1], (doc["id"], phrase)


def main() -> int:
    """Write ``blind26.jsonl``, re-check it and run the standalone checker."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    recheck(OUT)
    check_documents.SETS[26] = (r"blind26-\d\d", frozenset())
    return 1 if check_documents.check(str(OUT), 26) else 0


if __name__ == "__main__":
    sys.exit(main())

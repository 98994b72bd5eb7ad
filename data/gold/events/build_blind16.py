"""Build ``blind16.jsonl``: whole Voice of America stories annotated blind (evgold4, 2026-12-06).

The texts (Voice of America, public domain) and the annotation are written below as data: for
each event a sentence anchor (a substring of exactly one sentence), the trigger (a substring of
that sentence) and the codes. The builder of ``build_dev4.py`` finds the offsets with the
sentence rule of ``data/gold/check_documents.py``, checks that every anchor and trigger is found
exactly once and that every actor/recipient text lies in its sentence, and this script then
re-checks every offset of the written file. Run from the repository root:

    python data/gold/events/build_blind16.py

See ``README-blind16.md``: annotated before any system ran on these texts; sealed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from build_dev4 import build  # noqa: E402
from check_documents import check_event, sentences  # noqa: E402

OUT = HERE / "blind16.jsonl"

DOCS = [
    {
        "id": "blind16-01",
        "url": "https://blogs.voanews.com/breaking-news/?p=79049",
        "agency": "Voice of America",
        "title": "World Leaders Condemn N. Korea Launch",
        "published": "2012-04-13",
        "date_approximate": True,
        "truncated": True,
        "date_note": "VOA Breaking News blog; the copy carries no date, the failed Unha-3 launch "
                     "dates it to 13 April 2012; title not in the stored copy, written by the "
                     "annotator; the stored copy ends mid-sentence and is kept up to the last "
                     "complete sentence (the cut sentence on the Japanese defense minister dropped)",
        "text": (
            "U.N. Secretary-General Ban Ki-moon and many other international leaders have "
            "condemned North Korea's launch of a long-range missile, even though the test was a "
            "failure. The rocket fell into the sea about one minute after liftoff.\n"
            "North Korea's official news agency acknowledged the missile broke apart, preventing "
            "its cargo \u2013 described as a weather satellite \u2013 from reaching Earth orbit.\n"
            "Pyongyang defied international protests by going ahead with the launch despite the "
            "widespread belief that the operation actually was a test of a long-range ballistic "
            "missile that could carry warheads just as easily as satellites. The three-stage "
            "rocket malfunctioned after the first stage exhausted its fuel and fell away, and the "
            "assembly plunged into the Yellow Sea without hitting land or striking any of the many "
            "vessels observing the test from international waters.\n"
            "VOA's reporter in Pyongyang said despite being given tours of the satellite control "
            "center and launch pad earlier in the week, foreign reporters were not notified about "
            "the launch, even after it took place. And North Korean officials failed to meet with "
            "reporters afterward despite an expected news conference.\n"
            "Mr. Ban said North Korea's actions were \u201cdeplorable,\u201d going against the "
            "\u201cfirm and unanimous stance of the international community.\u201d He also said "
            "such a test of a missile with possible military applications was a violation of U.N. "
            "resolutions.\n"
            "In Washington, White House press secretary Jay Carney said North Korea's action was a "
            "threat to regional security, and a sign that Pyongyang prefers \u201cwasting its money "
            "on weapons and propaganda displays while the North Korean people go hungry.\u201d\n"
            "The U.S. has canceled plans to send additional food aid to North Korea, and considers "
            "that sanctions could be tightened even more if Pyongyang conducts \u201cfurther "
            "provocative actions.\u201d"
        ),
    },
    {
        "id": "blind16-02",
        "url": "https://www.voanews.com/a/a-13-2008-08-04-voa39/330524.html",
        "agency": "Voice of America",
        "title": "Russia, Georgia Trade Accusations Over Breakaway Georgian Territories",
        "published": "2008-08-04",
        "date_approximate": False,
        "truncated": False,
        "date_note": "date from the URL; whole story; removed: 'Accessibility links', 'Breaking "
                     "News', 'News', the headline, the credit line 'Some information for this "
                     "report was provided by AFP and Reuters.' and the 'XS SM MD LG' widget",
        "text": (
            "Russia is accusing Georgian troops of using disproportionate force in the breakaway "
            "Georgian region of South Ossetia, and is warning its neighbor not to further "
            "aggravate tensions.\n"
            "Georgian authorities Monday countered the Russian accusation with charges that "
            "Russian-backed separatists are creating an \"illusion of war\" in South Ossetia and a "
            "second breakaway region, Abkhazia. Georgia also accuses the Russians of attempting "
            "to annex the areas.\n"
            "The latest charges and counter-charges follow a weekend of deadly fighting between "
            "separatists and Georgian government forces in South Ossetia. At least six people "
            "were killed and 15 wounded.\n"
            "Hundreds of women and children were reported fleeing South Ossetia to the safety of "
            "Russian territory.\n"
            "Russia's Deputy Foreign Minister Grigory Karasin and U.S. Assistant Secretary of "
            "State Daniel Fried discussed the situation by telephone Sunday. The Foreign Ministry "
            "described South Ossetia Sunday as close to war.\n"
            "A Russian Ministry statement accused Georgia of fanning tensions with military "
            "maneuvers in the area.\n"
            "The statement called on both separatists and the government to show \"maximum "
            "restraint.\"\n"
            "Abkhazia and South Ossetia declared independence from Georgia in the early 1990s, "
            "sparking fighting and the dispatch of Russian peacekeepers to the regions.\n"
            "Georgia accuses the peacekeepers of backing the separatists and has vowed to bring "
            "the territories back under central government control."
        ),
    },
    {
        "id": "blind16-03",
        "url": "https://www.voanews.com/a/tensions-boiling-along-sudan-south-sudan-border-"
               "150174305/370049.html",
        "agency": "Voice of America",
        "title": "Tensions Boiling Along Sudan-South Sudan Border",
        "published": "2012-05-04",
        "date_approximate": True,
        "truncated": True,
        "date_note": "dated by the photo caption (2 May 2012) and the Security Council deadline "
                     "'by Friday' reported as that day; removed: 'Accessibility links', 'Breaking "
                     "News', the headline, the photo caption; the stored copy ends mid-sentence "
                     "and is kept up to the last complete sentence",
        "text": (
            "Renewed accusations and continued distrust are threatening to sabotage a promised "
            "cease-fire involving the world's newest country.\n"
            "South Sudan, which gained independence last July, and Sudan traded allegations "
            "Friday of continued violations and attacks along their volatile border.\n"
            "Southern army spokesman Philip Aguer repeated allegations made Thursday that Sudan "
            "resumed its aerial bombardments, attacking the village of Lalop, where southern "
            "forces are stationed. At the same time, Sudanese spokesman Sawarmi Khaled Saad told "
            "the French news agency, \"the other side still has a presence inside our land.\"\n"
            "Hopes that a full-out war between the two countries could be avoided rose earlier "
            "this week after the African Union said Sudan had joined South Sudan, by accepting "
            "\"in principle\" an AU roadmap to resolve hostilities. Still, simmering tensions led "
            "the United Nations Security Council to deliver an ultimatum, stop the fighting by "
            "Friday or face sanctions.\n"
            "International powers have also been trying to pressure both sides to end "
            "hostilities. During her visit to China Friday, U.S. Secretary of State Hillary "
            "Clinton praised Beijing for its efforts.\n"
            "Clinton said, \"together we need to keep sending a strong message to the government "
            "of Sudan that it must immediately and unconditionally halt all cross-border attacks, "
            "particularly its provocative aerial bombardments.''\n"
            "The U.N. High Commissioner for Human Rights announced Friday she will travel to South "
            "Sudan later this month (May 8 - May 12) and will meet with President Salva Kiir.\n"
            "The African Union roadmap gives the two countries 90 days to settle their issues or "
            "face binding international arbitration."
        ),
    },
    {
        "id": "blind16-04",
        "url": "http://www.voanews.com/content/south_sudan_accuses_sudan_of_more_airstriked/"
               "416862.html",
        "agency": "Voice of America",
        "title": "South Sudan Accuses Sudan of More Airstrikes",
        "published": "2012-05-09",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the copy carries no date; the photo caption (2 May 2012), the Security "
                     "Council resolution 'last week' and 'on Wednesday' date it to about 9 May "
                     "2012; removed: 'Accessibility links', 'Breaking News', the headline, the "
                     "photo caption; the stored copy ends mid-sentence and is kept up to the last "
                     "complete sentence",
        "text": (
            "South Sudan says Sudan has carried out cross-border airstrikes in violation of a "
            "United Nations-backed cease-fire.\n"
            "Military spokesman Kella Dual Kueth on Wednesday accused Sudan of bombing and "
            "shelling sites in four northern states - Unity, Upper Nile, Western Bahr el Ghazal "
            "and Northern Bahr el Ghazal.\n"
            "A commissioner of Raja County, in Western Bahr e-Ghazal, Riziq Dominic, told VOA the "
            "air strikes began Monday and continued Tuesday and Wednesday.\n"
            "\"When the other plane finish dropping their load, the other one come and drop. I "
            "think there are around three planes. Even today I am talking to you they are still "
            "dropping,\" he said.\n"
            "Last week, the U.N. Security Council passed a resolution that called on the two "
            "Sudans to cease hostilities by Saturday or face possible sanctions.\n"
            "The neighboring countries have accepted \"in principle\" an African Union roadmap "
            "for an end to the fighting. The deal calls for the Sudans to settle their disputes in "
            "90 days or face binding international arbitration.\n"
            "Rising tensions have pushed the countries to the brink of war, just 10 months after "
            "South Sudan formally split from the north.\n"
            "The countries have yet to resolve critical issues from their split, including "
            "citizenship questions and disputes over oil revenue and borders.\n"
            "The fighting has displaced tens of thousands of people along the two countries' "
            "border area, creating a humanitarian crisis that aid agencies say is rapidly growing "
            "worse.\n"
            "\"They have actually started bombing my areas in the last two days, since Monday "
            "evening,\" said Riziq Dominic."
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


D = "blind16-01"
ev(D, "have condemned North Korea's launch", "have condemned", "ACCUSE", "disapprove",
   ["military", "cbrn"], ["UNO"], ["U.N. Secretary-General Ban Ki-moon"], ["PRK"],
   ["North Korea's"])
ev(D, "have condemned North Korea's launch", "launch", "MOBILIZE", "weapons",
   ["military", "cbrn"], ["PRK"], ["North Korea's"])
ev(D, "Pyongyang defied international protests", "defied", "REJECT", "",
   ["military", "cbrn"], ["PRK"], ["Pyongyang"])
ev(D, "Mr. Ban said North Korea's actions", "\u201cdeplorable,\u201d", "ACCUSE", "disapprove",
   ["military"], ["UNO"], ["Mr. Ban"], ["PRK"], ["North Korea's"])
ev(D, "was a violation of U.N.", "was a violation", "ACCUSE", "allege", ["military", "legal"],
   ["UNO"], ["He"])
ev(D, "White House press secretary Jay Carney", "was a threat to regional security", "ACCUSE",
   "disapprove", ["military"], ["USA"], ["White House press secretary Jay Carney"], ["PRK"],
   ["North Korea's"])
ev(D, "has canceled plans to send additional food aid", "has canceled plans", "SANCTION",
   "discontinue", ["human_security"], ["USA"], ["The U.S."], ["PRK"], ["North Korea"])
ev(D, "has canceled plans to send additional food aid", "sanctions could be tightened",
   "THREATEN", "restrict", ["economic", "military"], ["USA"], ["The U.S."], ["PRK"],
   ["Pyongyang"])

D = "blind16-02"
ev(D, "Russia is accusing Georgian troops", "is accusing", "ACCUSE", "allege",
   ["military", "territory"], ["RUS"], ["Russia"], ["GEO"], ["Georgian troops"])
ev(D, "Russia is accusing Georgian troops", "is warning", "THREATEN", "", ["military"],
   ["RUS"], ["Russia"], ["GEO"], ["its neighbor"])
ev(D, "countered the Russian accusation", "countered", "REJECT", "", ["military"],
   ["GEO"], ["Georgian authorities"], ["RUS"], ["Russian"])
ev(D, "countered the Russian accusation", "charges", "ACCUSE", "allege",
   ["military", "territory"], ["GEO"], ["Georgian authorities"], ["GEO"],
   ["Russian-backed separatists"])
ev(D, "Georgia also accuses the Russians", "accuses", "ACCUSE", "allege", ["territory"],
   ["GEO"], ["Georgia"], ["RUS"], ["the Russians"])
ev(D, "deadly fighting between separatists", "deadly fighting", "ASSAULT", "", ["military"],
   ["GEO", "GEO"], ["separatists", "Georgian government forces"])
ev(D, "discussed the situation by telephone", "discussed the situation by telephone",
   "CONSULT", "phone", ["diplomatic"], ["RUS", "USA"],
   ["Russia's Deputy Foreign Minister Grigory Karasin",
    "U.S. Assistant Secretary of State Daniel Fried"])
ev(D, "A Russian Ministry statement accused", "accused", "ACCUSE", "allege", ["military"],
   ["RUS"], ["A Russian Ministry statement"], ["GEO"], ["Georgia"])
ev(D, "The statement called on both separatists", "called on", "REQUEST", "change",
   ["military"], ["RUS"], ["The statement"], ["GEO", "GEO"], ["separatists", "the government"])
ev(D, "the dispatch of Russian peacekeepers", "dispatch", "AID", "", ["peacekeeping"],
   ["RUS"], ["Russian peacekeepers"], ["GEO"], ["the regions"])
ev(D, "Georgia accuses the peacekeepers", "accuses", "ACCUSE", "allege",
   ["peacekeeping", "military"], ["GEO"], ["Georgia"], ["RUS"], ["the peacekeepers"])
ev(D, "Georgia accuses the peacekeepers", "has vowed", "THREATEN", "territory",
   ["territory"], ["GEO"], ["Georgia"], ["GEO"], ["the territories"])

D = "blind16-03"
ev(D, "traded allegations Friday", "traded allegations", "ACCUSE", "allege",
   ["military", "territory"], ["SSD", "SDN"], ["South Sudan", "Sudan"])
ev(D, "Philip Aguer repeated allegations", "repeated allegations", "ACCUSE", "allege",
   ["military"], ["SSD"], ["Southern army spokesman Philip Aguer"], ["SDN"], ["Sudan"])
ev(D, "Philip Aguer repeated allegations", "resumed its aerial bombardments", "ASSAULT",
   "aerial", ["military"], ["SDN"], ["Sudan"], ["SSD"], ["the village of Lalop"])
ev(D, "Sawarmi Khaled Saad told", "told", "ACCUSE", "allege", ["military", "territory"],
   ["SDN"], ["Sudanese spokesman Sawarmi Khaled Saad"], ["SSD"], ["the other side"])
ev(D, "by accepting \"in principle\"", "accepting", "AGREE", "", ["military", "diplomatic"],
   ["SDN"], ["Sudan"], ["IGO"], ["AU"])
ev(D, "deliver an ultimatum", "deliver an ultimatum", "THREATEN", "restrict", ["military"],
   ["UNO"], ["the United Nations Security Council"])
ev(D, "During her visit to China", "visit", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["U.S. Secretary of State Hillary Clinton"], ["CHN"], ["China"])
ev(D, "During her visit to China", "praised", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["U.S. Secretary of State Hillary Clinton"], ["CHN"], ["Beijing"])
ev(D, "keep sending a strong message", "must immediately and unconditionally halt", "REQUEST",
   "change", ["military"], ["USA"], ["Clinton"], ["SDN"], ["the government of Sudan"])
ev(D, "will meet with President Salva Kiir", "will meet", "AGREE", "", ["human_rights"],
   ["UNO"], ["The U.N. High Commissioner for Human Rights"], ["SSD"],
   ["President Salva Kiir"], future=True)
ev(D, "gives the two countries 90 days", "gives the two countries 90 days", "THREATEN", "",
   ["territory", "legal"], ["IGO"], ["The African Union roadmap"], ["SDN", "SSD"],
   ["the two countries", "the two countries"])

D = "blind16-04"
ev(D, "South Sudan says Sudan has carried out", "says", "ACCUSE", "allege", ["military"],
   ["SSD"], ["South Sudan"], ["SDN"], ["Sudan"])
ev(D, "South Sudan says Sudan has carried out", "has carried out cross-border airstrikes",
   "ASSAULT", "aerial", ["military"], ["SDN"], ["Sudan"], ["SSD"], ["South Sudan"])
ev(D, "Kella Dual Kueth on Wednesday accused", "accused", "ACCUSE", "allege", ["military"],
   ["SSD"], ["Military spokesman Kella Dual Kueth"], ["SDN"], ["Sudan"])
ev(D, "Kella Dual Kueth on Wednesday accused", "bombing and shelling", "ASSAULT", "aerial",
   ["military"], ["SDN"], ["Sudan"], ["SSD"], ["sites in four northern states"])
ev(D, "passed a resolution that called on", "called on", "REQUEST", "yield", ["military"],
   ["UNO"], ["the U.N. Security Council"], ["SDN", "SSD"], ["the two Sudans", "the two Sudans"])
ev(D, "passed a resolution that called on", "face possible sanctions", "THREATEN", "restrict",
   ["military"], ["UNO"], ["the U.N. Security Council"], ["SDN", "SSD"],
   ["the two Sudans", "the two Sudans"])
ev(D, "The neighboring countries have accepted", "have accepted", "AGREE", "",
   ["military", "diplomatic"], ["SDN", "SSD"],
   ["The neighboring countries", "The neighboring countries"], ["IGO"], ["African Union"])
ev(D, "The deal calls for the Sudans", "face binding international arbitration", "THREATEN",
   "", ["territory", "legal"], [], [], ["SDN", "SSD"], ["the Sudans", "the Sudans"])
ev(D, "They have actually started bombing", "started bombing", "ASSAULT", "aerial",
   ["military"], ["SDN"], ["They"], ["SSD"], ["my areas"])


def recheck(path: Path) -> int:
    """Re-read the written file and check every offset and text field; return the error count."""
    errors: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        spans = set(sentences(text))
        for event in doc["events"]:
            check_event(doc, event, spans, errors)
            s0, s1 = event["sentence_start"], event["sentence_end"]
            if text[event["trigger_start"]:event["trigger_end"]] != event["trigger"]:
                errors.append(f"{doc['id']}: trigger {event['trigger']!r} off its offsets")
            for side in ("actor_text", "recipient_text"):
                for phrase in event[side]:
                    if phrase not in text[s0:s1]:
                        errors.append(f"{doc['id']}: {side} {phrase!r} not in its sentence")
        if "\n\n" in text or text != text.strip():
            errors.append(f"{doc['id']}: stray blank line or edge space")
    for err in errors:
        print("ERROR", err)
    return len(errors)


def main() -> None:
    """Write ``blind16.jsonl``, re-check it and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if recheck(OUT):
        raise SystemExit(1)
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

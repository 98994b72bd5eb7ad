"""Build ``dev6.jsonl``: three whole VOA stories annotated by hand (evprec, 2026-12-05).

Annotated after the precision round of branch ``evprec`` was written and before wirecoder ran
on these texts: a check of that round on text it was not developed on (see
``README-dev4.md``, section dev6). Same format and checks as ``build_dev4.py``. Run from the
repository root:

    python data/gold/events/build_dev6.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("dev6.jsonl")

DOCS = [
    {
        "id": "dev6-01",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/chinese-maritime-aggression-seen-as-test-of-us-philippine-alliance/7676233.html",
        "agency": "Voice of America",
        "title": "Chinese maritime aggression seen as test of US-Philippine alliance",
        "published": "2024-06-25",
        "date_approximate": True,
        "date_note": "the copy carries no date; 'last week' footage of the June 17 clash dates it "
                     "to late June 2024; the text up to the first subheading is kept (the "
                     "stored copy ends mid-sentence after it)",
        "text": (
            "Analysts see China\u2019s increasingly aggressive attacks on Philippine vessels in the "
            "South China Sea as a test of the U.S.-Philippines alliance. What happens next, they "
            "say, will depend largely on how Manila and Washington respond.\n"
            "Dramatic footage released last week by the Philippine military showed Chinese "
            "coast guard personnel wielding knives, an ax and other weapons as they intercepted "
            "Philippine soldiers who were in rubber boats delivering supplies to a garrison at "
            "Second Thomas Shoal.\n"
            "The June 17 clash was the worst so far in the escalating tension in the disputed "
            "waters, with several Philippine soldiers injured, including one who lost a thumb, "
            "according to Manila.\n"
            "But while the Philippines tried to de-escalate the tension with diplomacy, analysts "
            "say future such incidents are likely.\n"
            "\u201cChina will seek to push the Philippines further,\u201d said Don McLain Gill, an "
            "international studies lecturer at De La Salle University in Manila.\n"
            "\u201cThe main challenge here is to apply considerable cost on China in order for it "
            "not to illustrate this sort of behavior and turn it into something regular, like "
            "the same way it had regularized water canonning and ramming [of Philippine "
            "vessels],\u201d he told VOA.\n"
            "There have been several incidents in the past months in which Chinese coast guard "
            "ships blasted Philippine patrol boats with water cannons and performed dangerous "
            "maneuvers in attempts to stop resupply missions to Philippine troops stationed at "
            "the shoal.\n"
            "The flash point of the conflict is the BRP Sierra Madre, a dilapidated warship that "
            "Manila deliberately ran aground in 1999 to stake its claim to Second Thomas Shoal, "
            "a maritime feature in the Spratly Islands that is within the Philippines\u2019 "
            "exclusive economic zone.\n"
            "China claims almost the entirety of the South China Sea, including the Spratly "
            "chain, based on historical maps that an international tribunal has ruled have no "
            "legal basis."
        ),
    },
    {
        "id": "dev6-02",
        "url": "https://standardmedia.co.ke/amp/asia/article/2001479613/analysts-china-philippine-territorial-dispute-may-foster-insecurity-in-south-china-sea",
        "agency": "Voice of America",
        "title": "Analysts: China-Philippine territorial dispute may foster insecurity in South "
                 "China Sea",
        "published": "2023-08-15",
        "date_approximate": True,
        "date_note": "a copy of the VOA story on another site, without date; the water-cannon "
                     "incident at Second Thomas Shoal (5 August 2023) dates it to August 2023; "
                     "the stored copy ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "Tensions are rising between China and the Philippines in connection with a "
            "territorial dispute in the South China Sea. The dispute may create a sense of "
            "anxiety in Southeast Asia while pushing the Philippines to increase security "
            "cooperation with the United States, analysts say.\n"
            "\"What China did was place the Philippines in a position from which it cannot "
            "de-escalate without risking international humiliation, so the Philippines is "
            "acting right now in ways that are designed to project strength,\" Justin Baquisal, "
            "a Manila-based geopolitical analyst, told VOA in a phone interview.\n"
            "The latest dispute happened after the Philippine military accused Chinese coast "
            "guard ships of interfering with its supply vessels and spraying Philippine ships "
            "with water cannon.\n"
            "Manila characterized the moves as \"excessive and offensive\" while Beijing "
            "insisted that it had exercised \"rational restraint.\"\n"
            "At the center of the dispute is a World War II-era warship, the Sierra Madre, that "
            "the Philippines intentionally grounded at the Second Thomas Shoal as a military "
            "outpost to safeguard its territorial claim. The disputed reef is located within the "
            "Philippines' exclusive economic zone, and Manila regularly rotates troops through "
            "the post.\n"
            "While Beijing has repeatedly urged Manila to withdraw the ship, the Philippines has "
            "vowed to resist if China tries to remove the Sierra Madre forcefully.\n"
            "Experts say China has adopted a strategy of blockade to control the materials that "
            "reach the Second Thomas Shoal, which increases the likelihood that China can simply "
            "outlast the Philippines in the contest for control over the disputed reef.\n"
            "\"The Second Thomas Shoal is sparsely manned, and the platform that the [makeshift "
            "military outpost] is built upon is falling apart,\" Ray Powell, Project Myoushu "
            "(South China Sea) lead at Stanford University, told VOA."
        ),
    },
    {
        "id": "dev6-03",
        "url": "https://thenewsandtimes.com/7652455-html/",
        "agency": "Voice of America",
        "title": "Analysts see rising war threat in China\u2019s new South China Sea policies",
        "published": "2024-06-12",
        "date_approximate": True,
        "date_note": "a copy of the VOA story (id 7652455) on another site, without date; a "
                     "June 10 report and a policy taking effect on June 15 date it to mid-June "
                     "2024; the stored copy ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "washington \u2014 Military experts are warning of an increased risk of war with "
            "China following recent announcements by Beijing providing for more aggressive "
            "enforcement of its claims to disputed regions of the South China Sea.\n"
            "Late last month, China announced its coast guard will be empowered to investigate "
            "and detain for up to 60 days \u201cforeigners who endanger China\u2019s national "
            "security and interests\u201d in the disputed waters. The policy will take effect on "
            "June 15.\n"
            "And on June 8, it announced it would permit the Philippines to deliver supplies and "
            "evacuate personnel from an outpost on the disputed Second Thomas Shoal, which has "
            "been determined by an international tribunal to lie within Philippine waters, only "
            "if it first notifies Beijing.\n"
            "The Philippine National Security Council replied that the country will continue to "
            "maintain and supply its outposts in the South China Sea without seeking permission "
            "from any other country.\n"
            "In a formal statement under the council\u2019s letterhead, national security "
            "adviser Eduardo Ano dismissed the suggestion as\u201dabsurd, ridiculous and "
            "unacceptable.\u201d\n"
            "According to a June 10 report in the South China Morning Post, a survey released by "
            "independent polling agency OCTA Research showed that 73% of Filipinos support "
            "further military action to safeguard the Philippines\u2019 territorial rights, "
            "including expanded naval patrols and the dispatch of additional troops.\n"
            "Philippine media believe the new procedures will empower the Chinese coast guard to "
            "\u201carbitrarily\u201d arrest Filipinos in their own waters. China\u2019s claims to "
            "almost the entire sea reach into the internationally recognized economic zones of "
            "several Southeast Asian countries."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "dev6-01"
ev(D, "Analysts see China", "attacks", "ASSAULT", "", ["military", "territory"], ["CHN"],
   ["China\u2019s"], ["PHL"], ["Philippine vessels"])
ev(D, "Dramatic footage released", "intercepted", "COERCE", "seize", ["military", "territory"],
   ["CHN"], ["Chinese coast guard personnel"], ["PHL"], ["Philippine soldiers"])
ev(D, "The June 17 clash", "injured", "ASSAULT", "", ["military", "territory"], [], [],
   ["PHL"], ["several Philippine soldiers"])
ev(D, "There have been several incidents", "blasted", "ASSAULT", "", ["military", "territory"],
   ["CHN"], ["Chinese coast guard ships"], ["PHL"], ["Philippine patrol boats"])

D = "dev6-02"
ev(D, "the Philippine military accused", "accused", "ACCUSE", "allege", ["military", "territory"],
   ["PHL"], ["the Philippine military"], ["CHN"], ["Chinese coast guard ships"])
ev(D, "Manila characterized the moves", "characterized the moves as", "ACCUSE", "disapprove",
   ["military", "territory"], ["PHL"], ["Manila"])
ev(D, "Manila characterized the moves", "insisted", "REJECT", "", ["military", "territory"],
   ["CHN"], ["Beijing"])
ev(D, "Beijing has repeatedly urged Manila", "urged", "REQUEST", "yield", ["military", "territory"],
   ["CHN"], ["Beijing"], ["PHL"], ["Manila"])
ev(D, "Beijing has repeatedly urged Manila", "vowed to resist", "THREATEN", "violence",
   ["military", "territory"], ["PHL"], ["the Philippines"], ["CHN"], ["China"])

D = "dev6-03"
ev(D, "Late last month, China announced", "detain", "THREATEN", "arrest", ["territory"],
   ["CHN"], ["China"])
ev(D, "And on June 8, it announced", "permit", "COERCE", "restrict", ["territory"], ["CHN"],
   ["it"], ["PHL"], ["the Philippines"])
ev(D, "The Philippine National Security Council replied", "without seeking permission",
   "REJECT", "", ["territory"], ["PHL"], ["The Philippine National Security Council"])
ev(D, "national security adviser Eduardo Ano dismissed", "dismissed", "REJECT", "",
   ["territory"], ["PHL"], ["national security adviser Eduardo Ano"])


def main() -> None:
    """Write ``dev6.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

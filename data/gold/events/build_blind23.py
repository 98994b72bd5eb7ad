r"""Build ``blind23.jsonl``: whole U.S. government texts annotated blind (evgold11, 2026-12-06).

The texts (U.S. embassies, U.S. Central Command, DVIDS, U.S. Forces Korea, VOA editorials;
public domain) and the annotation are kept below as data. The builder of ``build_dev4.py``
finds every offset from a sentence anchor and checks each trigger and ``*_text`` against its
sentence; this script then re-reads the written file and runs the standalone checker of
``data/gold/check_documents.py`` over it (id pattern ``blind23-\d\d``, registered at run time
only). No wirecoder import. Run from the repository root:

    python data/gold/events/build_blind23.py

See ``README-blind23.md``: the annotation was written before any system ran on these texts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import check_documents  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind23.jsonl"

DOCS = [
    {
        "id": "blind23-01",
        "url": "https://www.dvidshub.net/news/printable/113606",
        "agency": "DVIDS (NATO Special Operations Component Command-Afghanistan)",
        "title": "Afghan Local Police repel insurgents in Sayadabad",
        "published": "2013-09-13",
        "date_approximate": False,
        "date_note": "DVIDS story by Staff Sgt. Opal Vaughn, dated 09.13.2013; removed: headline, "
                     "unit line, byline, Date/Posted/News ID block",
        "text": (
            "WARDAK PROVINCE, Afghanistan- Afghan National Security Forces and Afghan Local "
            "Police guardians repelled an insurgent attack on a checkpoint Sept. 13 in Wardak "
            "province\u2019s Sayadabad district.\n"
            "At least 10 armed militants opened fire the joint Afghan force as they patrolled "
            "Malikel village. Insurgents used shoulder-fired grenades and machine guns. ANSF and "
            "ALP immediately returned fire and quickly forced the enemy fighters to retreat.\n"
            "\u201cAfghan Local Police are the main pillar that supports our security, safety and "
            "happiness without discrimination,\u201d said ALP Interior Minister Director Brig. Gen. "
            "Ali Shah Ahmadzai. \u201cALP protects checkpoints to support the well-being and "
            "security of the people and our government.\u201d\n"
            "With the Government of the Islamic Republic of Afghanistan\u2019s recent announcement "
            "of Tranche 5/ Milestone 2013, Afghan National Security Forces are irreversibly "
            "taking the lead for Afghanistan\u2019s security.\n"
            "There were no reports of Afghan military, civilian or insurgent casualties from the "
            "operation."
        ),
    },
    {
        "id": "blind23-02",
        "url": "https://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/884505/"
               "afghan-local-police-repel-attack-at-checkpoint/",
        "agency": "U.S. Central Command (CJSOTF-Afghanistan Media Operations Center)",
        "title": "Afghan Local Police repel attack at checkpoint",
        "published": "2012-03-01",
        "date_approximate": False,
        "date_note": "centcom.mil news, March 1, 2012, by Staff Sgt. Cody Sedlacek; removed: "
                     ".mil banner ('An official website ...'), 'News | March 1, 2012', headline, "
                     "byline",
        "text": (
            "FARYAB PROVINCE, Afghanistan (February 29, 2012) \u2014 Afghan Local Police defended "
            "a checkpoint from an insurgent attack in Qeysar district, Feb. 26.\n"
            "ALP manning the checkpoint were attacked by an unknown number of insurgents with "
            "sporadic small arms fire.\n"
            "The ALP immediately returned fire, and called for additional support. The ALP "
            "commander organized a quick reaction force of additional ALP to assist. In "
            "addition, a nearby coalition Special Operations Forces team also assisted the ALP "
            "with supporting fire.\n"
            "The insurgents were successfully driven off, and the ALP sustained no casualties or "
            "injuries during the firefight.\n"
            "\u201cThe ALP that came under attack reacted just the way they were trained,\u201d "
            "said a coalition SOF adviser. \u201cThey returned fire, and calmly reported the "
            "situation. This type of discipline makes them an effective fighting force.\u201d\n"
            "The ALP is a defensive-based, security initiative that brings stability, government "
            "presence, and the opportunity for economic development to the rural communities and "
            "areas of Afghanistan.\n"
            "No civilian casualties and no property damage was reported."
        ),
    },
    {
        "id": "blind23-03",
        "url": "https://www.usfk.mil/Media/Press-Releases/Article/1140854/"
               "us-pacific-command-detects-tracks-north-korean-missile-launch/",
        "agency": "U.S. Pacific Command (press release posted by U.S. Forces Korea, usfk.mil)",
        "title": "U.S. Pacific Command detects, tracks North Korean missile launch",
        "published": "2017-04-04",
        "date_approximate": False,
        "date_note": "release 17-010, April 4, 2017 (Hawaii date; the launch was April 5 Korea "
                     "time); removed: 'Home : Media : Press Releases', headline, release number "
                     "and date, dateline 'CAMP H.M. SMITH, Hawaii \u2014'",
        "text": (
            "U.S. Pacific Command detected and tracked what we assess was a North Korean missile "
            "launch at 6:42 a.m. (Korea Standard Time) time April 5.\n"
            "The launch of a single ballistic missile occurred at a land-based facility near "
            "Sinpo. The missile was tracked until it landed in waters East of the Korean "
            "Peninsula at 6:51 a.m. (Korea Standard Time).\n"
            "Initial assessments indicate the type of missile was a KN-15 medium range ballistic "
            "missile.\n"
            "U.S. Pacific Command is fully committed to working closely with our Republic of "
            "Korea and Japanese allies to maintain security.\n"
            "The North American Aerospace Defense Command (NORAD) determined the missile launch "
            "from North Korea did not pose a threat to North America."
        ),
    },
    {
        "id": "blind23-04",
        "url": "https://hn.usembassy.gov/statement-from-us-embassy-honduras/",
        "agency": "U.S. Embassy in Honduras",
        "title": "Statement from the U.S. Embassy in Honduras",
        "published": "2019-06-21",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; protest-related deaths and calls on "
                     "protesters and security forces fit the protests of June 2019 (could also "
                     "be the post-election protests of December 2017); placeholder date; "
                     "removed: headline",
        "text": (
            "The United States affirms its commitment to human rights, including the right to "
            "freedom of expression through peaceful protest. Incidents of violence during "
            "protests, as well as violence as a form of protest, harm legitimate calls for "
            "reform and progress, which should be addressed via engagement and dialogue.\n"
            "The United States calls for all Hondurans, both protesters and security forces, to "
            "refrain from violence, to exercise restraint, and to demonstrate respect for the "
            "fundamental human rights of their fellow citizens. We also urge transparent and "
            "expeditious investigations into protest-related deaths and injuries, as well as "
            "allegations of other serious human rights violations. Accountability is an "
            "important element of democracy that helps ensure citizen confidence."
        ),
    },
    {
        "id": "blind23-05",
        "url": "https://editorials.voa.gov/a/gates-in-china-113422344/1482264.html",
        "agency": "Voice of America editorial (editorials.voa.gov)",
        "title": "Gates In China",
        "published": "2011-01-14",
        "date_approximate": True,
        "truncated": True,
        "date_note": "no date in the stored copy; Gates met Liang Guanglie in Beijing on "
                     "January 10, 2011 and the arms sale to Taiwan was 'last year' (2010), so "
                     "mid-January 2011; removed: 'Accessibility links', 'Breaking News', "
                     "headline, photo caption (twice), the standfirst summary; the store cuts the "
                     "page inside the fifth paragraph, which is dropped (kept to the last "
                     "complete paragraph)",
        "text": (
            "\"China and the United States are two of the world's great powers,\" Defense "
            "Secretary Robert Gates said after meeting recently in Beijing with China's "
            "Minister of National Defense General Liang Guanglie to re-establish "
            "military-to-military relations. \"[W]e both recognize the responsibilities and "
            "opportunities that status entails -- including showing the rest of the world the "
            "benefits that arise when great nations cooperate on matters of shared interests.\"\n"
            "China cut off military-to-military ties with the U.S. after the U.S. government "
            "sold defensive weapons to Taiwan last year. Building a sustained and reliable "
            "relationship between the two militaries is an indispensable part of strengthening "
            "the broader relationship between China and the United States, Secretary Gates "
            "said. \"In order to reduce the chances of miscommunication, misunderstanding, or "
            "miscalculation, it is important that our military-to-military ties are solid, "
            "consistent, and not subject to shifting political winds.\"\n"
            "Secretary Gates said that he and General Liang have agreed to establish a working "
            "group that will develop a new framework for improving ties between the U.S. and "
            "Chinese military establishments. This group will present the framework during the "
            "2011 Defense Consultative Talks. They have also agreed to hold working group "
            "meetings under the Military Maritime Consultative Agreement to discuss future "
            "maritime operational safety."
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


D = "blind23-01"
ev(D, "guardians repelled an insurgent attack", "repelled", "ASSAULT", "", ["military"],
   ["AFG"], ["Afghan National Security Forces"], ["AFG"], ["insurgent"])
ev(D, "guardians repelled an insurgent attack", "attack", "ASSAULT", "", ["military"],
   ["AFG"], ["insurgent"], ["AFG"], ["Afghan Local Police guardians"])
ev(D, "armed militants opened fire", "opened fire", "ASSAULT", "firearms", ["military"],
   ["AFG"], ["armed militants"], ["AFG"], ["the joint Afghan force"])
ev(D, "ANSF and ALP immediately returned fire", "returned fire", "ASSAULT", "firearms",
   ["military"], ["AFG"], ["ANSF"], ["AFG"], ["the enemy fighters"])
ev(D, "ANSF and ALP immediately returned fire", "retreat", "RETREAT", "withdraw",
   ["military"], ["AFG"], ["the enemy fighters"])

D = "blind23-02"
ev(D, "Afghan Local Police defended a checkpoint", "defended", "ASSAULT", "", ["military"],
   ["AFG"], ["Afghan Local Police"], ["AFG"], ["insurgent"])
ev(D, "Afghan Local Police defended a checkpoint", "attack", "ASSAULT", "", ["military"],
   ["AFG"], ["insurgent"], ["AFG"], ["Afghan Local Police"])
ev(D, "ALP manning the checkpoint were attacked", "were attacked", "ASSAULT", "firearms",
   ["military"], ["AFG"], ["insurgents"], ["AFG"], ["ALP"])
ev(D, "The ALP immediately returned fire", "returned fire", "ASSAULT", "firearms",
   ["military"], ["AFG"], ["The ALP"])
ev(D, "The ALP immediately returned fire", "called for additional support", "REQUEST",
   "assist", ["military"], ["AFG"], ["The ALP"])
ev(D, "The ALP commander organized", "organized a quick reaction force", "MOBILIZE", "police",
   ["military"], ["AFG"], ["The ALP commander"])
ev(D, "coalition Special Operations Forces team also assisted", "assisted", "AID", "",
   ["military"], ["IGO"], ["a nearby coalition Special Operations Forces team"], ["AFG"],
   ["the ALP"])
ev(D, "The insurgents were successfully driven off", "driven off", "RETREAT", "withdraw",
   ["military"], ["AFG"], ["The insurgents"])

D = "blind23-03"
ev(D, "U.S. Pacific Command detected and tracked", "missile launch", "MOBILIZE", "weapons",
   ["military", "cbrn"], ["PRK"], ["North Korean"])
ev(D, "is fully committed to working closely", "is fully committed", "AGREE", "",
   ["military"], ["USA"], ["U.S. Pacific Command"], ["KOR", "JPN"],
   ["Republic of Korea", "Japanese"])

D = "blind23-04"
ev(D, "The United States calls for all Hondurans", "calls for", "REQUEST", "change",
   ["repression", "rights_freedoms"], ["USA"], ["The United States"], ["HND"],
   ["all Hondurans"])
ev(D, "We also urge transparent", "urge", "REQUEST", "change", ["human_rights", "legal"],
   ["USA"], ["We"])

D = "blind23-05"
ev(D, "Defense Secretary Robert Gates said after meeting", "meeting", "CONSULT", "visit",
   ["military", "diplomatic"], ["USA"], ["Defense Secretary Robert Gates"], ["CHN"],
   ["China's Minister of National Defense General Liang Guanglie"])
ev(D, "China cut off military-to-military ties", "cut off military-to-military ties",
   "SANCTION", "discontinue", ["military", "diplomatic"], ["CHN"], ["China"], ["USA"],
   ["the U.S."])
ev(D, "China cut off military-to-military ties", "sold defensive weapons", "AID", "",
   ["military"], ["USA"], ["the U.S. government"], ["TWN"], ["Taiwan"])
ev(D, "he and General Liang have agreed", "have agreed to establish", "AGREE", "",
   ["military"], ["USA", "CHN"], ["he", "General Liang"])
ev(D, "They have also agreed to hold", "have also agreed to hold", "AGREE", "",
   ["military"], ["USA", "CHN"], ["They", "They"], future=True)


def main() -> int:
    """Write ``blind23.jsonl``, re-check it with ``check_documents``; return the exit code."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    check_documents.SETS[23] = (r"blind23-\d\d", frozenset())
    return 1 if check_documents.check(str(OUT), 23) else 0


if __name__ == "__main__":
    sys.exit(main())

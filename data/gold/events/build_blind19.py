"""Build ``blind19.jsonl``: whole U.S. government texts annotated by hand (evgold7, 2026-12-06).

The texts (White House, U.S. Department of State and U.S. embassies; works of the U.S.
government, public domain) and the annotation are written below as data. The builder of
``build_dev4.py`` finds every offset with the sentence rule of ``data/gold/check_documents.py``,
checks that every anchor and trigger is found exactly once in one sentence and that every
actor/recipient text lies in that sentence, and this script then re-checks the written file.
No wirecoder import. Run from the repository root:

    python data/gold/events/build_blind19.py

See ``README-blind19.md``: annotated before any system ran on these texts; sealed for round 8.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import check_event, sentences  # noqa: E402

OUT = Path(__file__).with_name("blind19.jsonl")

DOCS = [
    {
        "id": "blind19-01",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2007/05/print/text/20070529-2.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Fact Sheet: Fighting Genocide in Darfur",
        "published": "2007-05-29",
        "date_approximate": False,
        "date_note": "removed: print-page banner, 'For Immediate Release', office and date lines, "
                     "the headline and sub-headline, the link line 'President Bush Discusses "
                     "Genocide in Darfur, Implements Sanctions', '# # #' and the print footer; "
                     "the fact sheet's bold section headings are kept as their own paragraphs; "
                     "double spaces between sentences made single",
        "text": (
            "Today, President Bush Announced The Expansion And Tightening Of Economic Sanctions "
            "Against The Government Of Sudan. The United States is now taking the steps the "
            "President outlined last month because the government of Sudan continues to violate "
            "its numerous commitments to stop the violence and suffering in Darfur.\n"
            "President Bashir Has Not Fulfilled His Obligations To Stop The Violence in Darfur\n"
            "President Bashir Has Not Met His Obligations, And The Dire Security Situation On The "
            "Ground In Darfur Has Not Changed. President Bashir\u2019s actions over the past few "
            "weeks follow a long pattern of promising cooperation while finding new methods of "
            "obstruction.\n"
            "Today, The U.S. Is Taking The Steps President Bush Announced In April\n"
            "The Department Of Treasury Is Tightening U.S. Economic Sanctions On Sudan.\n"
            "The U.S. Is Targeting Sanctions Against Individuals Responsible For Violence.\n"
            "The President Is Directing The Secretary Of State To Consult With The United Kingdom "
            "And Other Allies On A New United Nations Security Council Resolution.\n"
            "Today\u2019s Action Builds On Previous U.S. Efforts To Achieve Peace In Darfur\n"
            "America\u2019s Commitment Is Clear, And We Are Working For The Day When The Families "
            "Of This Troubled Region Are Able To Return Safely To Their Homes And Rebuild Their "
            "Lives In Peace.\n"
            "The U.S. Will Continue To Push For UN Support For African Union Peacekeepers And "
            "Quick Transition To A UN-African Union Force.\n"
            "The United States Will Not Avert Our Eyes From A Crisis That Challenges The "
            "Conscience Of The World"
        ),
    },
    {
        "id": "blind19-02",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2008/01/print/text/20080123-12.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the Press Secretary (peace agreement for eastern Congo)",
        "published": "2008-01-23",
        "date_approximate": False,
        "date_note": "removed: print-page banner, 'For Immediate Release', office and date lines, "
                     "the heading 'Statement by the Press Secretary', '# # #' and the print footer",
        "text": (
            "The United States welcomes the signing of a peace agreement with the goal of helping "
            "bring lasting stability to eastern Congo and addressing the underlying causes of the "
            "conflict. The agreement calls for an immediate cease-fire, demobilization or "
            "reintegration of all armed groups, and the return of all Congolese refugees and "
            "internally displaced persons. President Bush recently met with President Kabila to "
            "discuss the importance of bringing peace to eastern Congo and commends Kabila's "
            "leadership in securing this important agreement. We call on all parties to ensure "
            "urgent implementation of the agreement. The United States, working with the "
            "international community, will continue to actively support the Congolese "
            "Government's commitment to achieve peace and prosperity in eastern Congo."
        ),
    },
    {
        "id": "blind19-03",
        "url": "https://mn.usembassy.gov/secretary-state-john-north-koreas-reported-missile-launch/",
        "agency": "U.S. Embassy in Mongolia (statement of the Secretary of State)",
        "title": "Secretary of State John on North Korea\u2019s Reported Missile Launch",
        "published": "2016-01-01",
        "date_approximate": True,
        "date_note": "the copy carries no date; the title names Secretary of State John (Kerry), "
                     "so 2013-2017; the year 2016, when several launches fell into the Sea of "
                     "Japan, is a guess; removed: the headline",
        "text": (
            "We have seen reports that North Korea launched a ballistic missile into the Sea of "
            "Japan.\n"
            "We are closely monitoring the situation on the Korean Peninsula.\n"
            "We call again on North Korea to refrain from actions that further raise tensions in "
            "the region and focus instead on taking concrete steps toward fulfilling its "
            "international commitments and obligations.\n"
            "The United States remains steadfast in its commitments to the defense of its allies, "
            "including the Republic of Korea and Japan. We will continue to coordinate closely "
            "with our allies and partners in the region."
        ),
    },
    {
        "id": "blind19-04",
        "url": "https://ua.usembassy.gov/statement-ukraine-marie-harf-state-department-senior-advisor-strategic-communications/",
        "agency": "U.S. Embassy in Ukraine (U.S. Department of State statement)",
        "title": "Statement on Ukraine by Marie Harf, State Department Senior Advisor for "
                 "Strategic Communications",
        "published": "2015-06-03",
        "date_approximate": True,
        "date_note": "the copy carries no date; the overnight attacks on Marinka date it to "
                     "3 June 2015; removed: the headline; double spaces between sentences made "
                     "single",
        "text": (
            "And lastly on Ukraine, we are disturbed by reports, including those from the OSCE "
            "that combined Russian-separatist forces launched coordinated attacks overnight "
            "against Ukrainian positions near Donetsk \u2013 near Donetsk city in Pisky, Luhanske, "
            "and Marinka. We are now seeing unconfirmed reports that the town of Marinka may have "
            "fallen. These attacks by combined Russian-separatist forces are on the Ukrainian side "
            "of the ceasefire line. They have reportedly utilized Grad rockets and other heavy "
            "weapons that should have been withdrawn under the February Minsk plan, and they\u2019ve "
            "reportedly killed at least one and injured 20 Ukrainians. Any new attack or "
            "aggressive action by combined Russian-separatist forces is unacceptable and "
            "contravenes the Minsk agreements. Russia bears direct responsibility for preventing "
            "these attacks and implementing a ceasefire. Any attempts to seize additional "
            "Ukrainian territory will be met with increased costs."
        ),
    },
    {
        "id": "blind19-05",
        "url": "https://ua.usembassy.gov/statement-state-department-deputy-spokesperson-marie-harf-ukraine/",
        "agency": "U.S. Embassy in Ukraine (U.S. Department of State statement)",
        "title": "Statement by State Department Deputy Spokesperson Marie Harf on Ukraine",
        "published": "2015-03-01",
        "date_approximate": True,
        "date_note": "the copy carries no date; it follows the February 2015 Minsk package and "
                     "Harf is still Deputy Spokesperson, so March 2015 (a guess); removed: the "
                     "headline; double spaces between sentences made single",
        "text": (
            "On Ukraine, we continue to see an increasing disparity between what Russia and the "
            "separatists say and what they do. This disparity threatens the Minsk agreements and "
            "stability in the region. Russia and the separatists claim to be honoring the "
            "ceasefire, but in reality they are violating it on a regular basis and are "
            "encroaching further beyond the ceasefire line, including recent attacks on an "
            "important bridgehead in northern Luhansk. Yesterday Russia-backed separatists also "
            "launched an attack on the village of Pisky, where OSCE monitors were inspecting a "
            "checkpoint. We condemn this attack, which ended up \u2013 injured up to seven "
            "Ukrainian troops and placed the OSCE monitors in danger. We commend the OSCE for "
            "continued monitoring, even at the risk of personal harm, and we reiterate our call "
            "for unfettered access for OSCE monitors. Russia and the separatists it backs will "
            "face increasing costs if they do not implement their Minsk commitments."
        ),
    },
    {
        "id": "blind19-06",
        "url": "https://cl.usembassy.gov/holding-accountable-nicaraguan-agents-of-repression/",
        "agency": "U.S. Embassy in Chile (U.S. Department of State press statement)",
        "title": "Holding Accountable Nicaraguan Agents of Repression",
        "published": "2022-01-10",
        "date_approximate": False,
        "date_note": "the copy carries no date; 'President Ortega will inaugurate himself for a "
                     "new presidential term today' dates it to 10 January 2022; removed: the "
                     "headline; double and triple spaces between sentences made single",
        "text": (
            "In concert with democracies in the international community, the United States will "
            "continue to call out the Ortega-Murillo regime\u2019s ongoing abuses and will deploy "
            "diplomatic and economic tools to support the restoration of democracy and respect "
            "for human rights in Nicaragua. To that end, the Department of State is taking steps "
            "to impose visa restrictions on 116 individuals complicit in undermining democracy in "
            "Nicaragua, including mayors, prosecutors, university administrators, as well as "
            "police, prison, and military officials.\n"
            "Additionally, the U.S. Department of the Treasury\u2019s Office of Foreign Assets "
            "Control (OFAC) today sanctioned six members of the Ortega-Murillo regime for "
            "currently serving as officials of the Government of Nicaragua or for having served "
            "at any time on or after January 10, 2007. We are undertaking these economic "
            "sanctions and visa restrictions to promote accountability for the Ortega-Murillo "
            "regime\u2019s escalating authoritarianism and abuses.\n"
            "The regime continues to hold 170 political prisoners, with many of those detained "
            "suffering from a lack of adequate food and proper medical care. Others remain in "
            "solitary confinement. Ortega\u2019s corrupt security and judicial system arrested "
            "these individuals for practicing independent journalism, working for civil society "
            "organizations, seeking to compete in elections, and publicly expressing an opinion "
            "contrary to government orthodoxy, among other activities considered normal in a "
            "free society.\n"
            "We join the European Union in taking a strong stand against the human rights abuses "
            "and disrespect for the Nicaraguan people, demonstrated by the Ortega-Murillo regime. "
            "President Ortega will inaugurate himself for a new presidential term today, but the "
            "pre-determined election he staged on November 7 does not provide him with a new "
            "democratic mandate; only free and fair elections can do that. The Nicaraguan people "
            "deserve nothing less."
        ),
    },
    {
        "id": "blind19-07",
        "url": "https://ml.usembassy.gov/joint-statement-un-report-on-the-killings-in-moura/",
        "agency": "U.S. Embassy in Mali (joint statement with the embassies of the United "
                  "Kingdom and Canada)",
        "title": "Joint Statement: UN Report on the Killings in Moura",
        "published": "2023-05-12",
        "date_approximate": False,
        "date_note": "removed: the headline, the sub-headline 'Joint Statement from the Embassies "
                     "of the United States, United Kingdom, and Canada in Mali on the UN Report on "
                     "the Killings in Moura' and the dateline 'Bamako \u2013 May 12, 2023'; hard "
                     "line wraps inside paragraphs joined with a space",
        "text": (
            "The embassies of the United States, the United Kingdom, and Canada in Mali "
            "acknowledge the findings of the recent UN report documenting the tragic events that "
            "unfolded in the village of Moura in central Mali last year. We extend our deepest "
            "condolences to the families and loved ones of the approximately five hundred people "
            "killed during this horrific act.\n"
            "We express grave concern over the report\u2019s conclusions implicating elements of "
            "the Malian Armed Forces and Russian-backed Wagner Group (\u201cforeign military "
            "personnel\u201d) in documented crimes including sexual violence, torture, and "
            "extrajudicial killings. We recognize the Malian transition government\u2019s fight "
            "against terrorism and commitment to protecting the interests of its people, "
            "including the people of Moura, in its decisions and actions in accordance with its "
            "three principles. We encourage the transition government to fully consider the "
            "recommendations outlined in the UN report, including pursuing an independent, "
            "impartial, efficient, exhaustive, and transparent investigation as it seeks to "
            "safeguard the life and liberty of its people. We urge the Malian transition "
            "government to promptly release these findings and hold accountable those "
            "responsible for these appalling acts of violence.\n"
            "We remain ready to assist the Malian people towards a path of healing, "
            "reconciliation, and rebuilding for the affected communities."
        ),
    },
    {
        "id": "blind19-08",
        "url": "https://www.state.gov/attacks-on-civilians-in-syria-2/",
        "agency": "U.S. Department of State, press statement",
        "title": "Attacks on Civilians in Syria",
        "published": "2021-03-22",
        "date_approximate": True,
        "date_note": "the copy carries no date; the shelling of the Al-Atareb Surgical Hospital "
                     "'yesterday' dates it to 22 March 2021; removed: the state.gov footer 'U.S. "
                     "Department of State' and the site banner 'The Lessons of 1989: Freedom and "
                     "Our Future'; double spaces between sentences made single",
        "text": (
            "The United States strongly condemns reported Assad regime artillery attacks and "
            "Russian airstrikes that killed civilians in western Aleppo and Idlib, yesterday. "
            "Reported artillery shelling on the Al-Atareb Surgical Hospital in western Aleppo "
            "killed several patients, including a child, and injured more than a dozen medical "
            "staff. This hospital\u2019s coordinates had been shared with the UN-led "
            "deconfliction mechanism.\n"
            "Additionally, Russian airstrikes struck Idlib near the Bab al-Hawa border crossing "
            "with Turkey, reportedly killing one civilian and putting access to much needed "
            "assistance at risk. Bab al-Hawa remains the only UN-authorized humanitarian border "
            "crossing in Syria and remains the most efficient and effective way to provide "
            "life-saving humanitarian assistance to approximately 2.4 million Syrians every "
            "month.\n"
            "Civilians, including civilian medical personnel and facilities, must never be the "
            "target of military action. This violence must stop \u2013 we reiterate our call for "
            "a nationwide ceasefire."
        ),
    },
    {
        "id": "blind19-09",
        "url": "https://trumpwhitehouse.archives.gov/briefings-statements/statement-press-secretary-79/",
        "agency": "The White House, statement from the Press Secretary",
        "title": "Statement from the Press Secretary (Taliban attacks in Parwan and Kabul)",
        "published": "2019-09-17",
        "date_approximate": True,
        "date_note": "the copy carries no date; the bombing of the election rally in Parwan and "
                     "the suicide attack in Kabul on the same day date it to 17 September 2019; "
                     "removed: the link line 'Statements & Releases'",
        "text": (
            "The United States strongly condemns the Taliban\u2019s cowardly attacks against "
            "the Afghan people. Today\u2019s bombing of the election rally in Parwan province "
            "killed nearly 30 Afghan civilians, including women and children, while the suicide "
            "attack in Kabul near the Afghan Ministry of Defense and U.S. Embassy compound "
            "killed more than 20 Afghans. The President has made clear that he will not "
            "negotiate a peace agreement while the Taliban continues such attacks."
        ),
    },
    {
        "id": "blind19-10",
        "url": "https://af.usembassy.gov/u-s-embassy-statement-todays-attack-kabul-april-19-2016/",
        "agency": "U.S. Embassy in Afghanistan",
        "title": "U.S. Embassy Statement on Today\u2019s Attack in Kabul (April 19, 2016)",
        "published": "2016-04-19",
        "date_approximate": False,
        "date_note": "removed: the headline and the date line 'April 19, 2016'; double and "
                     "triple spaces between sentences made single",
        "text": (
            "Today Kabul suffered a deadly attack for which the Taliban claimed credit, "
            "underscoring the harm that the Taliban continues to inflict on the Afghan people. "
            "The U.S. Embassy condemns this senseless act of violence. Afghanistan deserves "
            "peace and security, not attacks that victimize parents taking their children to "
            "school, workers on their morning commute, and people who have stepped forward to "
            "help defend their fellow citizens. Our thoughts and prayers are with the victims "
            "and families and friends of those affected. We stand with the people of "
            "Afghanistan and we will continue to advocate for the Afghan government\u2019s "
            "peace process that will bring an end once and for all to callous attacks against "
            "its people."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event (same tuple layout as ``build_dev4.py``)."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


from annotation_blind19 import annotate  # noqa: E402

annotate(ev)


def main() -> None:
    """Write ``blind19.jsonl``, re-check it from disk and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    errors: list[str] = []
    by_type: Counter[str] = Counter()
    flags: Counter[str] = Counter()
    n_sent = 0
    for line in OUT.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        spans = sentences(doc["text"])
        n_sent += len(spans)
        for event in doc["events"]:
            check_event(doc, event, set(spans), errors)
            text = doc["text"]
            s0, s1 = event["sentence_start"], event["sentence_end"]
            for side in ("actor_text", "recipient_text"):
                for phrase in event[side]:
                    if phrase not in text[s0:s1]:
                        errors.append(f"{doc['id']}: {phrase!r} not in sentence")
            by_type[event["event_type"]] += 1
            for flag in ("negated", "future", "hypothetical"):
                flags[flag] += event[flag]
    if errors:
        raise SystemExit("\n".join(errors))
    total = sum(by_type.values())
    print(f"{len(docs)} documents, {n_sent} sentences, {total} events -> {OUT}")
    print(", ".join(f"{k} {v}" for k, v in by_type.most_common()))
    print(", ".join(f"{k} {v}" for k, v in flags.items()))


if __name__ == "__main__":
    main()

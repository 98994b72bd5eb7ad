"""Build ``dev8.jsonl``: five whole US government releases annotated by hand (ev2gov, 2026-12-05).

Annotated from the annotator's own reading before wirecoder ran on these texts (see
``README-dev8.md``). Same format and checks as ``build_dev4.py``. Run from the repository root:

    python data/gold/events/build_dev8.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("dev8.jsonl")

DOCS = [
    {
        "id": "dev8-01",
        "url": "https://obamawhitehouse.archives.gov/realitycheck/the-press-office/2014/07/31/"
               "statement-press-secretary-humanitarian-ceasefire-announcement-gaza",
        "agency": "The White House",
        "title": "Statement by the Press Secretary on the Humanitarian Ceasefire Announcement in "
                 "Gaza",
        "published": "2014-07-31",
        "date_approximate": False,
        "date_note": "the date is in the archive address",
        "text": (
            "The United States strongly supports the humanitarian ceasefire announced in Gaza "
            "this evening. We urge all parties to act with restraint until this humanitarian "
            "ceasefire begins at 8:00 a.m. local time on Friday, August 1, 2014, and to fully "
            "abide by their commitments.\n"
            "We believe the only sustainable way to address Israel's security concerns and "
            "enable Palestinians in Gaza to lead normal lives is through a permanent cease-fire "
            "agreement. We urge the Israeli and Palestinian delegations to begin negotiations "
            "immediately in Cairo, at the invitation of Egypt, aimed at achieving a durable "
            "ceasefire. The United States stands ready to support the successful conclusion of "
            "these negotiations, working with Israel, the Palestinian Authority, Egypt, the "
            "United Nations, and other partners in the region."
        ),
    },
    {
        "id": "dev8-02",
        "url": "https://newyorkorganizer.com/politics/sanctioning-russian-federation-and-iranian-"
               "state-actors-responsible-for-the-wrongful-detention-of-u-s-nationals/",
        "agency": "U.S. Department of State",
        "title": "Sanctioning Russian Federation and Iranian State Actors Responsible for the "
                 "Wrongful Detention of U.S. Nationals",
        "published": "2024-05-19",
        "date_approximate": True,
        "date_note": "a State Department press statement as reposted by newyorkorganizer.com (only "
                     "the government text is kept); the repost page carries 19 May 2024, the "
                     "statement itself may be a little older; the stored copy ends mid-sentence, "
                     "the complete paragraphs are kept",
        "text": (
            "The United States has no higher commitment than bringing home wrongfully detained "
            "Americans. Today, we are promoting accountability for those responsible for "
            "wrongfully detaining U.S. nationals abroad. Our actions are a clear and direct "
            "warning to those around the world who wrongfully detain U.S. nationals of the "
            "potential consequences of their actions.\n"
            "The Department of State is designating Russia\u2019s Federal Security Service (FSB) "
            "for its involvement in the wrongful detention of at least one U.S. national abroad. "
            "The FSB has repeatedly been involved in the arrest, investigation, and detention of "
            "U.S. nationals wrongfully detained in Russia.\n"
            "The Department is also designating Iran\u2019s Islamic Revolutionary Guard Corps "
            "Intelligence Organization (IRGC-IO) for its involvement in the wrongful detention "
            "of at least one U.S. national abroad. Concurrently, the Department of the Treasury "
            "is designating four senior officials in the IRGC-IO.\n"
            "Russia\u2019s and Iran\u2019s continued pattern of wrongfully detaining U.S. "
            "nationals is unacceptable. The United States will never stop working to secure the "
            "release of U.S. nationals who are wrongfully detained or held hostage and reunite "
            "them with their loved ones. Today\u2019s actions are one tool furthering that "
            "cause, and we will continue to use all authorities at our disposal to bring our "
            "people home.\n"
            "In July 2022, the President signed E.O. 14078 to provide the U.S. government with "
            "expanded tools to deter and disrupt hostage-taking and wrongful detentions of U.S. "
            "nationals, including imposing financial sanctions and visa restrictions."
        ),
    },
    {
        "id": "dev8-03",
        "url": "https://cl.usembassy.gov/usaid-deploys-disaster-assistance-response-team-in-"
               "response-to-central-america-hurricanes/",
        "agency": "USAID (U.S. Embassy in Chile)",
        "title": "USAID Deploys Disaster-Assistance Response Team in Response to Central America "
                 "Hurricanes",
        "published": "2020-11-18",
        "date_approximate": False,
        "date_note": "the USAID press release of 18 November 2020 (Hurricane Iota landed on 17 "
                     "November), as reposted by the embassy",
        "text": (
            "The U.S. Agency for International Development (USAID) is deploying a "
            "Disaster-Assistance Response Team (DART) to respond to back-to-back hurricanes in "
            "Central America, where Hurricane Iota made landfall yesterday as a powerful "
            "Category 4 storm just two weeks after Hurricane Eta hit the same region.\n"
            "USAID\u2019s DART is leading the U.S. Government\u2019s response to these storms. "
            "The team comprises disaster experts from USAID\u2019s Bureau for Humanitarian "
            "Assistance who are assessing damage, identifying needs, and bringing urgently "
            "needed assistance to communities affected by these storms. The DART is performing "
            "its work in coordination with local authorities; national and global humanitarian "
            "organizations; the U.S. Department of Defense; and the U.S. Embassies in the "
            "Republics of Guatemala, Honduras, and Nicaragua.\n"
            "The United States, through USAID, was already providing assistance after Hurricane "
            "Eta made landfall, and is now allocating an additional $17 million in life-saving "
            "aid to help people affected by both hurricanes in Guatemala, Honduras, and "
            "Nicaragua. This new funding includes up to $8.5 million in Honduras, $7 million in "
            "Guatemala, and $1.5 million in Nicaragua to provide emergency shelter, food, "
            "hygiene supplies, critical relief items, and protection for the most vulnerable "
            "people, many of whom are from indigenous and Afro-descendant communities.\n"
            "As the world\u2019s humanitarian leader, the United States remains committed to "
            "providing life-saving assistance to people affected by the hurricanes. It is a core "
            "American value to help those in need, and we will continue to help the populations "
            "devastated by the storms."
        ),
    },
    {
        "id": "dev8-04",
        "url": "https://www.einpresswire.com/article/633600583/welcoming-ceasefire-agreement-in-"
               "israel-and-gaza",
        "agency": "U.S. Department of State",
        "title": "Welcoming Ceasefire Agreement in Israel and Gaza",
        "published": "2023-05-13",
        "date_approximate": False,
        "date_note": "press statement of Matthew Miller, Department Spokesperson, 13 May 2023, as "
                     "reposted by einpresswire.com (only the government text is kept)",
        "text": (
            "The United States welcomes the agreement today for a ceasefire to bring an end to "
            "the hostilities in Israel and Gaza. We express our condolences to the families of "
            "civilians who were killed and those who were injured in the violence.\n"
            "The United States commends Egypt\u2019s crucial role in mediating the ceasefire "
            "agreement, which will prevent the further loss of civilian lives. We also recognize "
            "Qatar\u2019s robust efforts to de-escalate the situation and end the hostilities, "
            "as well as the international community\u2019s support for the ceasefire. Our team "
            "worked tirelessly in cooperation with our partners to support these efforts.\n"
            "The United States reaffirms our ironclad commitment to Israel\u2019s security, as "
            "reflected in our ongoing support for Iron Dome and other Israeli missile defense "
            "systems. We will remain engaged with our partners to promote calm in the weeks and "
            "months ahead. We also will continue our efforts to improve quality of life for "
            "Palestinians and we urge the swift delivery of fuel and other critical supplies "
            "into Gaza. The United States believes that Israelis and Palestinians both deserve "
            "to live safely and securely and to enjoy equal measures of freedom, prosperity, and "
            "democracy."
        ),
    },
    {
        "id": "dev8-05",
        "url": "https://brandtsrandomgovernmentpressreleases.blogspot.com/2013/02/us-state-"
               "department-condemns-saturdays.html",
        "agency": "U.S. Department of State",
        "title": "Terrorist Attack on Camp Hurriya in Iraq",
        "published": "2013-02-09",
        "date_approximate": False,
        "date_note": "press statement of Victoria Nuland, Department Spokesperson, 9 February "
                     "2013, as reposted on a blog of government releases (only the government "
                     "text is kept)",
        "text": (
            "The United States condemns in the strongest terms the vicious and senseless "
            "terrorist attack that took place this morning at Camp Hurriya killing 6 people and "
            "injuring dozens more. We offer our condolences to the families of the victims and "
            "hope for the swift recovery of those who were injured.\n"
            "We understand the Government of Iraq has undertaken to promptly investigate the "
            "attack. We call on it to earnestly and fully carry out that investigation and to "
            "take all appropriate measures to enhance the security of the camp consistent with "
            "its commitment and obligation to the safety and security of the camp's residents. "
            "The terrorists responsible for this attack must be brought to justice.\n"
            "We are consulting with the Government of Iraq and the United Nations Assistance "
            "Mission for Iraq (UNAMI) on the circumstances surrounding this tragedy, and we "
            "remain committed to assisting the Government of Iraq and UNAMI in their efforts to "
            "implement the December 25, 2011 agreement."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "dev8-01"
ev(D, "strongly supports", "strongly supports", "SUPPORT", "", ["peacekeeping"], ["USA"],
   ["The United States"])
ev(D, "act with restraint", "urge", "REQUEST", "yield", ["peacekeeping"], ["USA"], ["We"])
ev(D, "Israeli and Palestinian delegations", "urge", "REQUEST", "meet", ["diplomatic"],
   ["USA"], ["We"], ["ISR", "PSE"],
   ["the Israeli and Palestinian delegations", "the Israeli and Palestinian delegations"])
ev(D, "stands ready", "stands ready to support", "AGREE", "", ["diplomatic"], ["USA"],
   ["The United States"])

D = "dev8-02"
ev(D, "clear and direct", "warning", "THREATEN", "", ["legal"], ["USA"], ["Our"])
ev(D, "designating Russia", "designating", "SANCTION", "discontinue", ["legal"], ["USA"],
   ["The Department of State"], ["RUS"], ["Russia\u2019s Federal Security Service (FSB)"])
ev(D, "designating Russia", "wrongful detention", "COERCE", "arrest", ["legal"], ["RUS"],
   ["its"], ["USA"], ["at least one U.S. national"])
ev(D, "The FSB has repeatedly", "arrest", "COERCE", "arrest", ["legal"], ["RUS"], ["The FSB"],
   ["USA"], ["U.S. nationals"])
ev(D, "designating Iran", "designating", "SANCTION", "discontinue", ["legal"], ["USA"],
   ["The Department"], ["IRN"],
   ["Iran\u2019s Islamic Revolutionary Guard Corps Intelligence Organization (IRGC-IO)"])
ev(D, "designating Iran", "wrongful detention", "COERCE", "arrest", ["legal"], ["IRN"], ["its"],
   ["USA"], ["at least one U.S. national"])
ev(D, "four senior officials", "designating", "SANCTION", "discontinue", ["legal"], ["USA"],
   ["the Department of the Treasury"], ["IRN"], ["four senior officials in the IRGC-IO"])
ev(D, "continued pattern", "wrongfully detaining", "COERCE", "arrest", ["legal"],
   ["RUS", "IRN"], ["Russia\u2019s", "Iran\u2019s"], ["USA"], ["U.S. nationals"])
ev(D, "continued pattern", "unacceptable", "ACCUSE", "disapprove", ["legal"], [], [],
   ["RUS", "IRN"], ["Russia\u2019s", "Iran\u2019s"])

D = "dev8-03"
ev(D, "is deploying", "deploying", "AID", "", ["disasters"], ["USA"],
   ["The U.S. Agency for International Development (USAID)"])
ev(D, "The team comprises", "bringing urgently needed assistance", "AID", "", ["disasters"],
   ["USA"], ["The team"])
ev(D, "already providing", "providing assistance", "AID", "", ["disasters"], ["USA"],
   ["The United States"])
ev(D, "already providing", "allocating", "AID", "", ["disasters"], ["USA"],
   ["The United States"], ["GTM", "HND", "NIC"], ["Guatemala", "Honduras", "Nicaragua"])
ev(D, "remains committed", "remains committed to providing", "AGREE", "", ["disasters"],
   ["USA"], ["the United States"])
ev(D, "core American value", "will continue to help", "AGREE", "", ["disasters"], ["USA"],
   ["we"])

D = "dev8-04"
ev(D, "welcomes the agreement", "welcomes", "SUPPORT", "", ["peacekeeping"], ["USA"],
   ["The United States"])
ev(D, "commends Egypt", "commends", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["The United States"], ["EGY"], ["Egypt\u2019s"])
ev(D, "commends Egypt", "mediating", "CONSULT", "third-party", ["diplomatic"], ["EGY"],
   ["Egypt\u2019s"])
ev(D, "recognize Qatar", "recognize", "SUPPORT", "", ["diplomatic"], ["USA"], ["We"], ["QAT"],
   ["Qatar\u2019s"])
ev(D, "Our team worked", "in cooperation with", "COOPERATE", "", ["diplomatic"], ["USA"],
   ["Our team"])
ev(D, "ironclad commitment", "reaffirms our ironclad commitment", "SUPPORT", "", ["military"],
   ["USA"], ["The United States"], ["ISR"], ["Israel\u2019s"])
ev(D, "ironclad commitment", "support", "AID", "", ["military"], ["USA"], ["our"], ["ISR"],
   ["Israeli"])
ev(D, "quality of life", "will continue our efforts", "AGREE", "", ["human_security"], ["USA"],
   ["We"], ["PSE"], ["Palestinians"])
ev(D, "quality of life", "urge", "REQUEST", "assist", ["human_security"], ["USA"], ["we"])

D = "dev8-05"
ev(D, "condemns in the strongest", "condemns", "ACCUSE", "disapprove", ["terrorism"], ["USA"],
   ["The United States"])
ev(D, "has undertaken", "investigate", "ACCUSE", "investigate", ["terrorism", "legal"], ["IRQ"],
   ["the Government of Iraq"], future=True)
ev(D, "We call on it", "call on", "REQUEST", "", ["terrorism"], ["USA"], ["We"], ["IRQ"],
   ["it"])
ev(D, "We are consulting", "consulting", "CONSULT", "", ["diplomatic"], ["USA", "IRQ", "UNO"],
   ["We", "the Government of Iraq", "the United Nations Assistance Mission for Iraq (UNAMI)"])
ev(D, "We are consulting", "remain committed to assisting", "AGREE", "", ["diplomatic"],
   ["USA"], ["we"], ["IRQ", "UNO"], ["the Government of Iraq", "UNAMI"])


def main() -> None:
    """Write ``dev8.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

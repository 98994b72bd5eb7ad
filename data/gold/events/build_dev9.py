"""Build ``dev9.jsonl``: four whole Voice of America news stories annotated by hand (ev2news, 2026-12-05).

Annotated before wirecoder ran on these texts (see ``README-dev9.md``); a development set from
the moment its errors were read. Kinds of story the older dev sets hold few of: a disputed
election with foreign observers, peace talks and detainees, the conviction of an opposition
leader with foreign reactions, suicide bombings with competing casualty claims. Same format and
checks as ``build_dev4.py``. Run from the repository root:

    python data/gold/events/build_dev9.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("dev9.jsonl")

DOCS = [
    {
        "id": "dev9-01",
        "url": "http://www.voanews.com/content/african-union-says-zimbabwe-vote-was-free-and-credible/1722150.html",
        "agency": "Voice of America",
        "title": "AU: Zimbabwe Vote 'Free and Credible'",
        "published": "2013-08-02",
        "date_approximate": False,
        "date_note": "photo captions removed; the stored copy ends mid-sentence, the complete "
                     "paragraphs are kept",
        "text": (
            "The African Union has declared Zimbabwe's presidential election as \"free and "
            "credible,\" but wants more information about reported irregularities.\n"
            "Olusegun Obasanjo, who led the AU's election observer mission, said Friday there were "
            "\"incidences that could have been avoided and even tended to have breached the "
            "law.\"\n"
            "Obasanjo said his team observed large numbers of voters who were turned away from "
            "polling stations. But he said he does not believe this was widespread enough to "
            "affect overall outcome of the vote.\n"
            "The party of longtime President Robert Mugabe has claimed victory in the Wednesday "
            "election, although final election results have not been released.\n"
            "His opponent, Prime Minister Morgan Tsvangirai, on Thursday called the vote a \"sham "
            "election that does not reflect the will of the people.\"\n"
            "\"It is our view that this election is null and void, does not meet AU, SADC, "
            "international standards for credible, legitimate, free and fair elections,\" "
            "Tsvangirai told reporters. \"For those MDC-T MPs [members of parliament] who are "
            "said to have won, this is not the moment to celebrate. This is the moment to be "
            "sad.\"\n"
            "In Washington, the U.S. State Department said early reports showed a peaceful "
            "election environment. But spokeswoman Marie Harf said Thursday it was too early to "
            "say if the polls had been fair."
        ),
    },
    {
        "id": "dev9-02",
        "url": "http://www.voanews.com/content/south-sudan-parties-meet-with-focus-on-ceasefire/1824770.html",
        "agency": "Voice of America",
        "title": "South Sudan, Rebels Consider Cease-fire",
        "published": "2014-01-08",
        "date_approximate": False,
        "date_note": "map captions removed; the stored copy ends mid-sentence, the complete "
                     "paragraphs are kept",
        "text": (
            "Delegates for South Sudan's government and the rebels trying to overthrow it are "
            "considering a cease-fire proposal.\n"
            "Regional mediators from the Intergovernmental Authority on Development (IGAD), which "
            "has been negotiating a peace framework in Addis Ababa after talks had been delayed "
            "for days, later flew to South Sudan's capital, Juba, to meet with government "
            "officials there.\n"
            "IGAD, an East African bloc, says the talks are focused on achieving a cease-fire and "
            "determining the status of pro-rebel officials detained by the government last "
            "month.\n"
            "The rebels are insisting the detainees be released. The government says it can "
            "release them only after \"legal procedures\" are carried out.\n"
            "The violence in South Sudan has killed more than 1,000 people and forced about "
            "200,000 from their homes.\n"
            "In a Tuesday briefing, U.N. deputy spokesman Farhan Haq said there are reports of "
            "continued fighting near the rebel-held town of Bor, capital of Jonglei state.\n"
            "Haq said U.N. peacekeepers reported seeing villages burned and looted in Unity "
            "state, and local officials report severe food and water shortages.\n"
            "Sudan's President Omar al-Bashir on Monday visited South Sudan, where he thanked "
            "South Sudanese President Salva Kiir for a \"warm welcome\" and pledged his "
            "government will not support rebels in South Sudan or in any neighboring country."
        ),
    },
    {
        "id": "dev9-03",
        "url": "https://www.voanews.com/a/outrage-follows-venezuelan-opposition-leader-sentence/2961405.html",
        "agency": "Voice of America",
        "title": "Outrage Follows Venezuelan Opposition Leader's Sentence",
        "published": "2015-09-11",
        "date_approximate": True,
        "date_note": "the copy carries no date; the sentence was handed down on Thursday "
                     "2015-09-10 and the photo is dated Sept. 11, 2015; caption removed; the "
                     "stored copy ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "The United States is expressing outrage at the jailing of Venezuelan opposition "
            "leader Leopoldo Lopez.\n"
            "Lopez was sentenced to nearly 14 years in prison in connection with opposition-led "
            "protests last year that turned deadly when state forces clashed with "
            "demonstrators.\n"
            "Samantha Power, the United States' U.N. ambassador, told VOA's Margaret Besheer that "
            "Lopez's trial was unfair and \"it goes without saying that these charges on the "
            "basis of what Lopez did are absurd.\"\n"
            "Power said Lopez's conviction was not going \"to advance peace and prosperity and "
            "stability in Venezuela\" at a time when the country is going through an economic "
            "crisis.\n"
            "The U.S.-trained economist was convicted of inciting violence against the government "
            "in an attempt to force President Nicolas Maduro from office. Lopez, 44, is the "
            "founder of opposition party Popular Will.\n"
            "Earlier, the White House said Maduro's government was using the justice system to "
            "attempt to silence critics.\n"
            "\"The decision to prosecute and sentence Lopez, and the conduct of his trial, have "
            "highlighted significant failures in the rule of law and judicial system in "
            "Venezuela,'' National Security Council spokesman Ned Price said.\n"
            "Amnesty International said in a statement that Lopez's sentence showed \"an utter "
            "lack of judicial independence and impartiality\" in Venezuela.\n"
            "\"His only 'crime' was being leader of an opposition party in Venezuela,\" said "
            "Erika Guevara-Rosas, the Americas Director of Amnesty International. \"With this "
            "decision, Venezuela is choosing to ignore basic human rights principles and giving "
            "the green light to more abuses.\""
        ),
    },
    {
        "id": "dev9-04",
        "url": "https://www.voanews.com/a/afghan-blast/3210640.html",
        "agency": "Voice of America",
        "title": "At Least 25 Dead After Suicide Attacks in Afghanistan",
        "published": "2016-02-27",
        "date_approximate": False,
        "date_note": "photo captions and a subheading removed; the stored copy ends "
                     "mid-sentence, the complete paragraphs are kept",
        "text": (
            "A suicide bomber attacked Afghan security forces near the Defense Ministry building "
            "in Kabul Saturday, killing at least 12 people and wounding 13 others, said police "
            "officials.\n"
            "That followed an earlier bombing in Kunar province that killed at least 13 and "
            "wounded more than 40 others.\n"
            "Witnesses in Kabul saw rescue workers transporting dead and wounded to hospitals in "
            "the capital city immediately after the bombing.\n"
            "Taliban spokesman Zabihullah Mujahid told VOA the insurgent group carried out the "
            "Kabul bombing, and claimed it killed 23 army officers and wounded many others. The "
            "Taliban often gives inflated tolls in such attacks.\n"
            "The Afghan Defense Ministry said two soldiers were among the dead in the Kabul "
            "blast.\n"
            "Afghanistan's Chief Executive Abdullah Abdullah issued a statement condemning the "
            "violence, saying \"peace talks and violence against Afghans cannot go along.\"\n"
            "He was referring to direct negations the government is expected to hold with "
            "Taliban and other insurgent groups in neighboring Pakistan next week.\n"
            "\"Insurgents must choose peace over violence and be part of the future,\" he added.\n"
            "In Kunar province, witnesses said a bomber riding a motorbike blew himself up near "
            "the entrance to the governor's office in Asadabad, the provincial capital.\n"
            "An anti-Taliban local militia commander, identified as Malik Khan Jan, is among "
            "those killed in that explosion."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "dev9-01"
ev(D, "The African Union has declared", "declared", "SUPPORT", "", ["election"], ["IGO"],
   ["The African Union"], ["ZWE"], ["Zimbabwe's"])
ev(D, "The African Union has declared", "wants more information", "REQUEST", "", ["election"],
   ["IGO"], ["The African Union"])
ev(D, "called the vote a \"sham", "called the vote a \"sham election", "ACCUSE", "allege",
   ["election"], ["ZWE"], ["Prime Minister Morgan Tsvangirai"])
ev(D, "this election is null and void", "null and void", "REJECT", "", ["election"], ["ZWE"],
   ["Tsvangirai"])

D = "dev9-02"
ev(D, "which has been negotiating a peace framework", "negotiating", "CONSULT", "third-party",
   ["diplomatic"], ["IGO"], ["Intergovernmental Authority on Development"])
ev(D, "which has been negotiating a peace framework", "flew", "CONSULT", "visit",
   ["diplomatic"], ["IGO"], ["Regional mediators"], ["SSD"], ["government officials"])
ev(D, "pro-rebel officials detained", "detained", "COERCE", "arrest", ["repression"],
   ["SSD"], ["the government"], ["SSD"], ["pro-rebel officials"])
ev(D, "The rebels are insisting", "insisting", "REQUEST", "yield", ["repression"], ["SSD"],
   ["The rebels"])
ev(D, "on Monday visited South Sudan", "visited", "CONSULT", "visit", ["diplomatic"], ["SDN"],
   ["Sudan's President Omar al-Bashir"], ["SSD"], ["South Sudan"])
ev(D, "on Monday visited South Sudan", "pledged", "AGREE", "", ["military"], ["SDN"],
   ["he"])

D = "dev9-03"
ev(D, "The United States is expressing outrage", "expressing outrage", "ACCUSE", "disapprove",
   ["repression", "human_rights"], ["USA"], ["The United States"], ["VEN"],
   ["Venezuelan opposition leader Leopoldo Lopez"])
ev(D, "The United States is expressing outrage", "jailing", "COERCE", "arrest",
   ["legal"], [], [], ["VEN"], ["Venezuelan opposition leader Leopoldo Lopez"])
ev(D, "Lopez was sentenced to nearly 14 years", "sentenced", "SANCTION", "convict",
   ["legal"], [], [], ["VEN"], ["Lopez"])
ev(D, "Lopez was sentenced to nearly 14 years", "sentenced", "COERCE", "arrest",
   ["legal"], [], [], ["VEN"], ["Lopez"])
ev(D, "Lopez was sentenced to nearly 14 years", "protests", "PROTEST", "", ["pro_democracy"],
   ["VEN"], ["opposition-led"])
ev(D, "Lopez was sentenced to nearly 14 years", "clashed", "ASSAULT", "", ["repression"],
   ["VEN"], ["state forces"], ["VEN"], ["demonstrators"])
ev(D, "Lopez's trial was unfair", "was unfair", "ACCUSE", "disapprove", ["legal"], ["USA"],
   ["Samantha Power"])
ev(D, "Power said Lopez's conviction", "was not going", "ACCUSE", "disapprove", ["legal"],
   ["USA"], ["Power"])
ev(D, "The U.S.-trained economist was convicted", "convicted", "SANCTION", "convict",
   ["legal"], [], [], ["VEN"], ["The U.S.-trained economist"])
ev(D, "the White House said Maduro's government", "was using the justice system", "ACCUSE",
   "allege", ["legal"], ["USA"], ["the White House"], ["VEN"], ["Maduro's government"])
ev(D, "The decision to prosecute and sentence Lopez", "highlighted significant failures",
   "ACCUSE", "disapprove", ["legal"], ["USA"],
   ["National Security Council spokesman Ned Price"],
   ["VEN"], ["Venezuela"])
ev(D, "Amnesty International said in a statement", "an utter lack of judicial independence",
   "ACCUSE", "disapprove", ["human_rights"], ["NGO"], ["Amnesty International"], ["VEN"],
   ["Venezuela"])

D = "dev9-04"
ev(D, "A suicide bomber attacked Afghan security forces", "attacked", "ASSAULT",
   "explosives", ["terrorism"], ["AFG"], ["A suicide bomber"], ["AFG"],
   ["Afghan security forces"])
ev(D, "the insurgent group carried out the Kabul bombing", "carried out the Kabul bombing",
   "ASSAULT", "explosives", ["terrorism"], ["AFG"], ["the insurgent group"], ["AFG"],
   ["23 army officers"])
ev(D, "issued a statement condemning the violence", "condemning", "ACCUSE", "disapprove",
   ["terrorism"], ["AFG"], ["Afghanistan's Chief Executive Abdullah Abdullah"])
ev(D, "the government is expected to hold", "expected to hold", "AGREE", "", ["diplomatic"],
   ["AFG"], ["the government"], ["AFG"], ["Taliban"], future=True)
ev(D, "Insurgents must choose peace", "must choose peace", "REQUEST", "", ["diplomatic"], ["AFG"],
   ["he"], ["AFG"], ["Insurgents"])
ev(D, "a bomber riding a motorbike", "blew himself up", "ASSAULT", "explosives",
   ["terrorism"], ["AFG"], ["a bomber"])


def main() -> None:
    """Write ``dev9.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

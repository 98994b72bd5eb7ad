"""Build ``dev7.jsonl``: four whole VOA stories annotated by hand (ev2args, 2026-12-05).

Annotated from my own reading before wirecoder ran on these texts, as a fresh check of the
argument round (actor and recipient slots, plural and first-person coreference) of branch
``ev2args``; see ``README-dev7.md``. Same format and checks as ``build_dev4.py``. Where the
stored copy ends mid-sentence only the complete paragraphs are kept; photo captions are left
out. Run from the repository root:

    python data/gold/events/build_dev7.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = Path(__file__).with_name("dev7.jsonl")

DOCS = [
    {
        "id": "dev7-01",
        "url": "https://voanews.com/amp/a-13-2007-12-27-voa44-66701912/559234.html",
        "agency": "Voice of America",
        "title": "Eritrea Accuses Ethiopia of Border Attacks",
        "published": "2007-12-27",
        "date_approximate": False,
        "date_note": "date from the story's address",
        "text": (
            "Eritrea has accused Ethiopia of attacking its security forces along the two "
            "countries' disputed border.\n"
            "In a statement posted on its Web site late Wednesday, the Asmara government said "
            "Ethiopian troops made a failed, small-scale attack late Tuesday on Eritrean forces "
            "in the South Tsorona area.\n"
            "The Ethiopian Foreign Ministry issued its own statement Thursday saying Ethiopian "
            "forces did not carry out an attack. The ministry confirmed a border incident but "
            "says the fighting may have stemmed from an accidental encounter between two "
            "reconnaissance missions.\n"
            "The United Nations mission that monitors the border said its soldiers heard "
            "shooting sounds in the Tsorona area but could not go to the site because of access "
            "restrictions. In a statement, the mission urged both sides to exercise restraint.\n"
            "Ethiopia and Eritrea fought a two-year border war starting in 1998 that claimed "
            "70,000 lives. The dispute over the 1,000-kilometer border remains unresolved "
            "despite a peace accord reached in 2000.\n"
            "U.N. officials have warned the border zone remains tense. Eritrea described "
            "Wednesday's incident as a continuation of Ethiopian aggression in the Gash-Barka "
            "and Southern regions. It accused Ethiopia of planting mines, abducting local "
            "residents and burning their crops.\n"
            "An international commission created to finalize the border drew up a boundary in "
            "2002, but Ethiopia refused to allow the commission's ruling to be implemented. The "
            "commission recently dissolved itself, leaving the two states to work out the "
            "dispute by themselves."
        ),
    },
    {
        "id": "dev7-02",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/us-russian-diplomats-meet-to-discuss-embassy-operations/7989917.html",
        "agency": "Voice of America",
        "title": "US, Russian diplomats meet to discuss embassy operations",
        "published": "2025-02-27",
        "date_approximate": False,
        "date_note": "the photo caption dates the meeting to Feb. 27, 2025; captions left out; "
                     "the stored copy ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "U.S. and Russian diplomats met Thursday in Istanbul, looking for ways to smooth "
            "their embassy relationships in Moscow and Washington after frequent expulsion of "
            "each other's diplomats and three years of American opposition to Moscow's war on "
            "Ukraine.\n"
            "The meeting was the latest in a series of engagements between the countries, "
            "including a phone call earlier this month between U.S. President Donald Trump and "
            "Russian President Vladimir Putin.\n"
            "Working to restore U.S.-Russia relations was on the agenda last week at talks in "
            "Saudi Arabia between U.S. Secretary of State Marco Rubio and Russian Foreign "
            "Minister Sergey Lavrov, although the chief aim was to initiate talks to end the "
            "war.\n"
            "Putin hailed Trump's overtures toward Russia during a speech at Thursday's meeting "
            "of the Federal Security Service, applauding the \"pragmatism and realistic view\" "
            "compared with what he described as the \"stereotypes and messianic ideological "
            "cliches\" of his U.S. presidential predecessors.\n"
            "\"The first contacts with the new U.S. administration encourage certain hopes,\" "
            "Putin said. \"There is a mutual readiness to work to restore relations and "
            "gradually solve a colossal amount of systemic strategic problems in the global "
            "architecture.\""
        ),
    },
    {
        "id": "dev7-03",
        "url": "http://www.voanews.com/content/bashir-says-no-support-for-rebels-in-south-sudan/1824325.html",
        "agency": "Voice of America",
        "title": "Bashir Says No Support for Rebels in South Sudan",
        "published": "2014-01-06",
        "date_approximate": True,
        "date_note": "the copy carries no date; Bashir's one-day visit to Juba on a Monday "
                     "three weeks into the South Sudan fighting dates it to 6 January 2014; "
                     "the stored copy ends mid-sentence, the complete paragraphs are kept",
        "text": (
            "Sudan's President Omar al-Bashir is pledging his government will not support rebels "
            "in neighboring South Sudan.\n"
            "The Sudanese leader spoke Monday during a brief visit to the southern capital, "
            "Juba, where he met with South Sudan President Salva Kiir.\n"
            "Mr. Bashir thanked Mr. Kiir for a \"warm welcome\" and went on to say Sudan will "
            "never support rebels against any neighboring government. He said that \"would only "
            "cause instability, exhaustion of resources and destruction of ties between "
            "countries.\"\n"
            "In the past, the two Sudans have accused each other of supporting rebels on the "
            "other's territory.\n"
            "Meanwhile, substantive peace talks between delegates for Mr. Kiir and rebel leader "
            "Riek Machar appear finally set to begin in Ethiopia.\n"
            "The sides negotiated for several days over the format and agenda of the talks. The "
            "chairman of the mediation team, Seyoum Mesfin, told reporters Monday the parties "
            "have agreed to discuss a proposed cease-fire, and the fate of pro-rebel officials "
            "detained by the government.\n"
            "China is calling for an immediate end to hostilities in South Sudan, where three "
            "weeks of political and ethnic violence has killed more than 1,000 people and "
            "displaced about 200,000 from their homes.\n"
            "Chinese companies have major investments in South Sudan's oil industry.\n"
            "On Sunday, South Sudan Information Minister Michael Makuei told VOA the government "
            "will not let the detainees go as part of the talks.\n"
            "\"We are not ready to negotiate on preconditions. This is why we are here. The "
            "question of the releases should not be annexed to the successful peace talks. We "
            "came here to talk peace without conditions and to come and tell us that 'release "
            "these people so that they talk' is a condition and we are not ready to accept any "
            "precondition.\""
        ),
    },
    {
        "id": "dev7-04",
        "url": "http://www.voanews.com/content/sudan-threatens-to-close-borders-with-south-sudan-again/3241864.html",
        "agency": "Voice of America",
        "title": "Sudan Threatens to Close Border with South Sudan",
        "published": "2016-03-10",
        "date_approximate": True,
        "date_note": "the copy carries no date; the border reopening 'earlier this year' and the "
                     "story number date it to March 2016; the stored copy ends mid-sentence, "
                     "the complete paragraphs are kept",
        "text": (
            "Sudan is threatening to close its border with South Sudan and deport more than "
            "300,000 South Sudanese students on grounds that the South is supporting rebels "
            "fighting the government of President Omar al-Bashir.\n"
            "Ibrahim Mohamud Hamid, a senior assistant to Bashir, aired the accusation and "
            "warnings on Thursday.\n"
            "South Sudan's Foreign Minister Barnaba Marial Benjamin denied his government is "
            "supporting rebels of the Sudan People's Liberation Army, or SPLA North, who are "
            "fighting the Sudanese government in Southern Kordofan and Blue Nile states.\n"
            "Marial, speaking to VOA's South Sudan in Focus program, said his country is working "
            "to bring peace to Southern Kordofan and Blue Nile.\n"
            "\"President Salva (Kiir) and the government are fully committed to see that there "
            "is peace in Sudan and peace in South Sudan,\" he said. \"And the president is very "
            "clear that we will not support any armed insurgency against the Republic of "
            "Sudan.\"\n"
            "Sudan and South Sudan signed a cooperation agreement four years ago to stop "
            "supporting rebels in each other's territory, to promote trade and to create two "
            "viable states.\n"
            "But the border was closed until earlier this year, when Sudanese President Bashir "
            "ordered it open to help the South cope with its ongoing economic crisis, caused by "
            "the country's civil war.\n"
            "Rabi Adelati, a senior member of Sudan's ruling National Congress Party, backed "
            "Hamid's accusation and said Juba's support to Sudanese rebels is creating tension "
            "between the two countries.\n"
            "\"This will really affect security, affect peace and affect the [South Sudan] "
            "government,\" Adelati said. \"As you know the situation in South Sudan is "
            "vulnerable.... And I think that if the stance of (South Sudan's) government [is] to "
            "cooperate with SPLM-North, this will definitely result in negative impact on the two "
            "countries,\" he said."
        ),
    },
]

for _doc in DOCS:
    _doc["source"] = "voa:" + _doc["url"].rstrip("/").rsplit("/", 1)[-1].split(".")[0]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


D = "dev7-01"
ev(D, "Eritrea has accused Ethiopia", "accused", "ACCUSE", "allege", ["military", "territory"],
   ["ERI"], ["Eritrea"], ["ETH"], ["Ethiopia"])
ev(D, "the Asmara government said", "said", "ACCUSE", "allege", ["military"], ["ERI"],
   ["the Asmara government"], ["ETH"], ["Ethiopian troops"])
ev(D, "the Asmara government said", "attack", "ASSAULT", "", ["military"], ["ETH"],
   ["Ethiopian troops"], ["ERI"], ["Eritrean forces"])
ev(D, "forces did not carry out an attack", "did not carry out an attack", "REJECT", "",
   ["military"], ["ETH"], ["The Ethiopian Foreign Ministry"])
ev(D, "the mission urged both sides", "urged", "REQUEST", "change", ["military", "territory"],
   ["UNO"], ["the mission"], ["ETH", "ERI"], ["both sides", "both sides"])
ev(D, "Ethiopia and Eritrea fought", "fought", "ASSAULT", "", ["military", "territory"],
   ["ETH", "ERI"], ["Ethiopia", "Eritrea"])
ev(D, "Eritrea described Wednesday", "described", "ACCUSE", "allege", ["military"], ["ERI"],
   ["Eritrea"], ["ETH"], ["Ethiopian aggression"])
ev(D, "It accused Ethiopia of planting", "accused", "ACCUSE", "allege", ["military"], ["ERI"],
   ["It"], ["ETH"], ["Ethiopia"])
ev(D, "Ethiopia refused to allow", "refused", "REJECT", "", ["territory"], ["ETH"],
   ["Ethiopia"])

D = "dev7-02"
ev(D, "U.S. and Russian diplomats met", "met", "CONSULT", "", ["diplomatic"], ["USA", "RUS"],
   ["U.S. and Russian diplomats", "U.S. and Russian diplomats"])
ev(D, "U.S. and Russian diplomats met", "expulsion", "SANCTION", "expel", ["diplomatic"],
   ["USA", "RUS"], ["each other's", "each other's"])
ev(D, "U.S. and Russian diplomats met", "opposition", "ACCUSE", "disapprove", ["military"],
   ["USA"], ["American"], ["RUS"], ["Moscow"])
ev(D, "U.S. and Russian diplomats met", "war", "ASSAULT", "", ["military"], ["RUS"],
   ["Moscow"], ["UKR"], ["Ukraine"])
ev(D, "including a phone call", "phone call", "CONSULT", "", ["diplomatic"], ["USA", "RUS"],
   ["U.S. President Donald Trump", "Russian President Vladimir Putin"])
ev(D, "Working to restore", "talks in Saudi Arabia", "CONSULT", "third-party", ["diplomatic"],
   ["USA", "RUS"], ["U.S. Secretary of State Marco Rubio", "Russian Foreign Minister Sergey Lavrov"])
ev(D, "Putin hailed", "hailed", "SUPPORT", "", ["diplomatic"], ["RUS"], ["Putin"], ["USA"],
   ["Trump"])
ev(D, "Putin hailed", "described", "ACCUSE", "disapprove", ["diplomatic"], ["RUS"], ["he"],
   ["USA"], ["his U.S. presidential predecessors"])

D = "dev7-03"
ev(D, "is pledging his government", "pledging", "AGREE", "", ["military"], ["SDN"],
   ["Sudan's President Omar al-Bashir"], ["SSD"], ["neighboring South Sudan"])
ev(D, "during a brief visit", "visit", "CONSULT", "", ["diplomatic"], ["SDN"],
   ["The Sudanese leader"], ["SSD"], ["Juba"])
ev(D, "during a brief visit", "met", "CONSULT", "", ["diplomatic"], ["SDN", "SSD"],
   ["he", "South Sudan President Salva Kiir"])
ev(D, "Mr. Bashir thanked", "will never support", "AGREE", "", ["military"], ["SDN"],
   ["Sudan"])
ev(D, "the two Sudans have accused", "accused", "ACCUSE", "allege", ["military"],
   ["SDN", "SSD"], ["the two Sudans", "the two Sudans"])
ev(D, "substantive peace talks", "peace talks", "AGREE", "", ["peacekeeping"], ["SSD"],
   ["delegates for Mr. Kiir"], future=True)
ev(D, "The sides negotiated", "negotiated", "CONSULT", "", ["peacekeeping"], ["SSD"],
   ["The sides"])
ev(D, "the parties have agreed", "agreed", "AGREE", "", ["peacekeeping"], ["SSD"],
   ["the parties"])
ev(D, "the parties have agreed", "detained", "COERCE", "arrest", ["repression"], ["SSD"],
   ["the government"], ["SSD"], ["pro-rebel officials"])
ev(D, "China is calling", "calling for", "REQUEST", "change", ["military"], ["CHN"], ["China"],
   ["SSD"], ["South Sudan"])
ev(D, "Makuei told VOA", "will not let the detainees go", "REJECT", "", ["peacekeeping"], ["SSD"],
   ["the government"])
ev(D, "We are not ready to negotiate", "not ready to negotiate", "REJECT", "", ["peacekeeping"],
   ["SSD"], ["We"])
ev(D, "We came here", "not ready to accept", "REJECT", "", ["peacekeeping"], ["SSD"], ["we"])

D = "dev7-04"
ev(D, "Sudan is threatening", "threatening", "THREATEN", "", ["territory"], ["SDN"], ["Sudan"],
   ["SSD"], ["South Sudan"])
ev(D, "Sudan is threatening", "on grounds that", "ACCUSE", "allege", ["military"], ["SDN"],
   ["Sudan"], ["SSD"], ["the South"])
ev(D, "Barnaba Marial Benjamin denied", "denied", "REJECT", "", ["military"], ["SSD"],
   ["South Sudan's Foreign Minister Barnaba Marial Benjamin"])
ev(D, "Barnaba Marial Benjamin denied", "fighting", "ASSAULT", "", ["military"], ["SDN"],
   ["rebels of the Sudan People's Liberation Army"], ["SDN"], ["the Sudanese government"])
ev(D, "we will not support any armed insurgency", "will not support", "AGREE", "",
   ["military"], ["SSD"], ["we"], ["SDN"], ["the Republic of Sudan"])
ev(D, "Sudan and South Sudan signed", "signed", "AGREE", "", ["military", "economic"],
   ["SDN", "SSD"], ["Sudan", "South Sudan"])
ev(D, "ordered it open", "ordered it open", "CONCEDE", "", ["economic"], ["SDN"],
   ["Sudanese President Bashir"], ["SSD"], ["the South"])
ev(D, "backed Hamid's accusation", "said", "ACCUSE", "allege", ["military"], ["SDN"],
   ["Rabi Adelati"], ["SSD"], ["Juba"])


def main() -> None:
    """Write ``dev7.jsonl`` and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()

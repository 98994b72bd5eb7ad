"""Build ``blind17.jsonl``: nine whole U.S. government texts annotated blind (evgold5, 2026-12-06).

The texts (U.S. embassies, Department of State, the White House National Security Council and
Voice of America editorials that state the views of the U.S. Government; all public domain) and
the annotation are written below as data: for each event a sentence anchor (a substring of
exactly one sentence), the trigger (a substring of that sentence) and the codes. The builder of
``build_dev4.py`` finds the offsets with the sentence rule of ``data/gold/check_documents.py``,
checks that every anchor and trigger is found exactly once and that every actor/recipient text
lies in its sentence; this script then re-reads the written file and runs the standalone checker
of ``check_documents.py`` over it (no wirecoder import). Run from the repository root:

    python data/gold/events/build_blind17.py

See ``README-blind17.md``: the annotation was written before any system ran on these texts.
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

OUT = HERE / "blind17.jsonl"

DOCS = [
    {
        "id": "blind17-01",
        "url": "https://al.usembassy.gov/u-s-embassy-statement-33/",
        "agency": "U.S. Embassy in Albania",
        "title": "U.S. Embassy Statement",
        "published": "2019-05-11",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the page carries no date; the statement on opposition demonstrations with "
                     "Molotov cocktails thrown at police dates it to the spring 2019 protests in "
                     "Tirana (approximate). Removed: the headline 'U.S. Embassy Statement'.",
        "text": (
            "The United States respects citizens\u2019 democratic right to peacefully demonstrate. "
            "We call on all participants in today\u2019s demonstrations \u2013 both citizens and "
            "law "
            "enforcement officials \u2013 to refrain from violence. Provoking physical "
            "altercations "
            "or using projectiles such as explosive devices, Molotov cocktails, and rocks, is "
            "undemocratic and unlawful. Those who engage in these violent activities are "
            "committing "
            "a crime and should be held accountable. The United States urges all sides to practice "
            "restraint, disavow violence, and engage in constructive dialogue."
        ),
    },
    {
        "id": "blind17-02",
        "url": "http://kabul.usembassy.gov/st-091311.html",
        "agency": "U.S. Embassy in Kabul",
        "title": "Statement from Ambassador Crocker on Attacks of September 13, 2011",
        "published": "2011-09-14",
        "date_approximate": False,
        "truncated": False,
        "date_note": "statement of Ambassador Ryan Crocker on the attacks of September 13, 2011 "
                     "('Yesterday'). Removed: 'Skip Global Navigation to Main Content', 'Skip "
                     "Breadcrumb Navigation', 'Statements 2011' and the headline; double spaces "
                     "between sentences made single.",
        "text": (
            "Yesterday was a long and difficult day for the U.S. Embassy, for ISAF and for the "
            "residents of Kabul. We witnessed both cowardly attacks by an increasingly desperate "
            "insurgency, as well as instances of enormous courage and dedication on the part of "
            "ISAF "
            "troops and especially the Afghan National Security Forces. It was Afghan police and "
            "soldiers who bravely ended the attack on the embassy and stopped further strikes on "
            "Kabul Airport, two police stations, and a local high school. We mourn the Afghan "
            "civilians and the brave troops and security forces killed in these actions, and wish "
            "a "
            "full recovery to the wounded, which include Afghan civilians and American and "
            "partner-nation troops. We offer condolences to the families of these innocent "
            "victims.\n"
            "The attacks serve to highlight the weakness at the core of the insurgency. Unable to "
            "confront ISAF and newly-trained Afghan troops on the conventional battlefield, they "
            "have turned to launching attacks on high-profile facilities like the U.S. Embassy in "
            "an "
            "attempt to garner headlines. Yet their actions backfired. Afghan security forces "
            "showed "
            "they were up to the task of thwarting such operations and are willing to sacrifice "
            "their lives to reclaim their communities and country. Unlike the insurgents, the ANSF "
            "took great care to avoid civilian casualties. The transition to Afghan-led security "
            "is "
            "on track, as we turn our focus to long-term efforts for supporting a more secure, "
            "stable and prosperous Afghanistan.\n"
            "As Secretary of State Clinton said yesterday, \"We will be vigilant, but we will be "
            "continuing with even greater commitment to doing all we can to give the Afghan "
            "people, "
            "who have suffered so much, a chance at a better future for themselves and their "
            "children.\""
        ),
    },
    {
        "id": "blind17-03",
        "url": "https://ss.usembassy.gov/statement-cessation-hostilities-violations/",
        "agency": "U.S. Embassy in South Sudan",
        "title": "Statement on Cessation of Hostilities violations",
        "published": "2018-01-02",
        "date_approximate": True,
        "truncated": False,
        "date_note": "joint statement of the Troika Heads of Mission (United Kingdom, United "
                     "States, Norway) posted by the U.S. Embassy in Juba; the page carries no "
                     "date, "
                     "the violations of the December 21, 2017 agreement date it to early January "
                     "2018 (approximate). Removed: the headline.",
        "text": (
            "The Troika Heads of Mission of the United Kingdom, United States, and Norway share "
            "the "
            "deep concern recently expressed by IGAD Council of Ministers Chairman Dr. Workneh "
            "Gebeyehu about violations of the December 21 Cessation of Hostilities (CoH) "
            "agreement. "
            "The Troika strongly condemns these violations. We call on all CoH signatories, and "
            "the "
            "field commanders who answer to them, to immediately end all military operations, "
            "abide by their CoH commitments, and put the South Sudanese people\u2019s well-being "
            "ahead of their own narrow political interests.\n"
            "We also call on all CoH parties, and every level of government, to abide by the "
            "November 9 Presidential Order for unfettered humanitarian access. We further call for "
            "full cooperation with CTSAMM in meeting its CoH responsibilities, and with UNMISS in "
            "carrying out its UN Security Council mandate \u2013 as both are working for the South "
            "Sudanese people\u2019s greater good.\n"
            "The Troika resolutely reasserts that field commanders, and their political superiors, "
            "will be held accountable for violating the CoH, impeding humanitarian aid, and "
            "hindering CTSAMM and UNMISS operations.\n"
            "Lastly, we commend IGAD for its leadership of the High-Level Revitalization Forum. We "
            "insist all participants engage in the Forum with seriousness of purpose and genuine "
            "commitment to bringing lasting peace to the South Sudanese people."
        ),
    },
    {
        "id": "blind17-04",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2014/09/231247.htm",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "Statement on Algeria",
        "published": "2014-09-03",
        "date_approximate": False,
        "truncated": False,
        "date_note": "press statement by Jen Psaki, Department Spokesperson, September 3, 2014. "
                     "Removed: the headline, 'Press Statement', the name, title, 'Washington, DC' "
                     "and date lines.",
        "text": (
            "The United States welcomes the release of two Algerian diplomats, Mourad Ghessas and "
            "Kaddour Miloudi, who were kidnapped in April 2012 in Gao, Mali, by the Movement for "
            "Unity and Jihad in West Africa (MUJAO). As we join the Algerian Government and people "
            "in celebrating the safe return of their countrymen, we also express our sincere "
            "condolences for the loss of two other Algerian diplomats, Tahar Touati, who was "
            "killed "
            "by his captors, and Boualem Saies, who died while in the captivity of this terrorist "
            "group.\n"
            "The United States strongly condemns MUJAO\u2019s kidnapping for ransom and calls for "
            "the immediate and unconditional release of all those whom it holds hostage. We "
            "reaffirm our steadfast partnership with Algeria and remain committed to continuing "
            "our "
            "strong counterterrorism cooperation and shared unequivocal opposition to paying "
            "ransom "
            "to terrorists."
        ),
    },
    {
        "id": "blind17-05",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2009/05/122564.htm",
        "agency": "U.S. Department of State, Office of the Spokesman",
        "title": "Soldiers Killed in Taliban Attack",
        "published": "2009-05-01",
        "date_approximate": False,
        "truncated": False,
        "date_note": "press statement by Robert Wood, Acting Department Spokesman, May 1, 2009. "
                     "Removed: the headline, 'Press Statement', the name, title, 'Washington, DC' "
                     "and date lines, and the PRN number.",
        "text": (
            "We are deeply saddened by the deaths of two Latvian and three Afghan Army soldiers in "
            "an attack today on an outpost in Kunar province, Afghanistan, in which three U.S. "
            "soldiers also lost their lives. The United States extends its deepest condolences to "
            "the families of all the soldiers killed and wounded in action.\n"
            "The United States, Latvia and Afghanistan are working together to bring stability to "
            "Afghanistan. Today\u2019s tragic loss of life demonstrates the challenges of our "
            "common "
            "mission and highlights the sacrifice of the brave individuals carrying it out. It "
            "also "
            "reaffirms our commitment to the Afghan people and the importance of working together "
            "to achieve peace and stability in the region."
        ),
    },
    {
        "id": "blind17-06",
        "url": "https://geneva.usmission.gov/2015/09/14/statement-by-national-security-council-"
               "spokesperson-ned-price-on-the-conviction-of-opposition-leader-leopoldo-lopez/",
        "agency": "The White House, National Security Council",
        "title": "NSC Statement on the Conviction of Opposition Leader Leopoldo L\u00f3pez",
        "published": "2015-09-11",
        "date_approximate": False,
        "truncated": False,
        "date_note": "statement of the Office of the Press Secretary, September 11, 2015, as "
                     "posted by the U.S. Mission in Geneva (a U.S. government host). Removed: the "
                     "headline, 'Office of the Press Secretary' and the date line; double spaces "
                     "between sentences made single.",
        "text": (
            "The United States is deeply disappointed that Leopoldo L\u00f3pez has been convicted "
            "and sentenced to 13 years and 9 months imprisonment on a range of "
            "politically-motivated "
            "charges. Respect for the rights of citizens to engage in political discourse and "
            "express political views without risk of detention or harassment are essential to a "
            "functioning democracy, and the Venezuelan government has a responsibility to protect "
            "these fundamental freedoms. The decision to prosecute and sentence L\u00f3pez, and "
            "the "
            "conduct of his trial, have highlighted significant failures in the rule of law and "
            "judicial system in Venezuela. We call on the Government of Venezuela to release "
            "L\u00f3pez, as well as all other political prisoners who remain unjustly detained."
        ),
    },
    {
        "id": "blind17-07",
        "url": "https://editorials.voa.gov/a/russia-must-de-escalate-tensions-with-ukraine/"
               "5877846.html",
        "agency": "Voice of America, editorial reflecting the views of the U.S. Government",
        "title": "Russia Must De-escalate Tensions With Ukraine",
        "published": "2021-05-03",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the stored copy carries no date; Shoigu's April 22 announcement 'as of this "
                     "reporting' dates it to late April or early May 2021 (approximate). The "
                     "stored "
                     "copy ends mid-sentence: the text is kept up to the last complete sentence "
                     "(the cut paragraph beginning 'President Biden went on to reaffirm' is "
                     "dropped). "
                     "Removed: nothing else.",
        "text": (
            "Tensions were rising along Ukraine\u2019s eastern frontier as Russia moved thousands "
            "of combat troops to the border it shares with Ukraine in recent weeks. It was the "
            "largest massing of Russian troops since Russia\u2019s occupation of Crimea in 2014. "
            "According to Ukraine\u2019s government, as many as 14,000 people have been killed in "
            "the seven-year conflict.\n"
            "On April 22, Russian Defense Minister Sergei Shoigu announced the troops would be "
            "recalled in May, but as of this reporting the largest buildup of troops since 2014 "
            "remained in the area.\n"
            "Secretary of State Antony Blinken in a recent meeting with Ukrainian Foreign Minister "
            "Dmytro Kuleba reiterated that the United States \u201cstands firmly behind the "
            "sovereignty and the territorial integrity of Ukraine.\u201d\n"
            "This is \u201cparticularly important at a time when we\u2019re seeing unfortunately "
            "Russia take very provocative action when it comes to Ukraine,\u201d said Secretary "
            "Blinken.\n"
            "NATO Secretary General Jens Stoltenberg called on Russia to \u201cend this military "
            "buildup in and around Ukraine, stop its provocations and de-escalate "
            "immediately.\u201d\n"
            "Secretary Blinken noted NATO is discussing Ukraine\u2019s bid to eventually join the "
            "defensive alliance. He confirmed Ukraine had undertaken \u201cvery important\u201d "
            "steps to \u201cstrengthen its democratic institutions, to advance the rule of law, to "
            "make key economic reforms, all of which are critical to NATO\u2019s \u2013 to the "
            "Ukraine\u2019s future, and to its integration into Euro-Atlantic institutions.\u201d\n"
            "In a recent phone call with Russian President Vladimir Putin, President Joe Biden "
            "confirmed his \u201cunwavering commitment to Ukraine\u2019s sovereignty and "
            "territorial integrity.\u201d The President also \u201cvoiced concerns over the sudden "
            "Russian military build-up in occupied Crimea and on Ukraine\u2019s borders, and "
            "called "
            "on Russia to de-escalate tensions,\u201d said a White House statement."
        ),
    },
    {
        "id": "blind17-08",
        "url": "https://editorials.voa.gov/amp/us-condemns-violence-against-venezuelan-opposition/"
               "3375760.html",
        "agency": "Voice of America, editorial reflecting the views of the U.S. Government",
        "title": "U.S. Condemns Violence Against Venezuelan Opposition",
        "published": "2016-06-14",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the stored copy carries no date; the attack on Julio Borges and other "
                     "deputies at the National Electoral Council (early June 2016) dates it to "
                     "June "
                     "2016 (approximate). Removed: the video notice 'Your browser doesn\u2019t "
                     "support HTML5'. The stored copy reaches the store's length limit and may be "
                     "cut after its last sentence, which is complete; marked truncated to be safe.",
        "text": (
            "Venezuelan opposition lawmakers were recently attacked by pro-government groups as "
            "they tried to enter the electoral board headquarters to demand that procedures be "
            "completed without delays to allow a recall referendum against President Nicolas "
            "Maduro.\n"
            "\u201cThe United States,\u201d said State Department Spokesperson John Kirby, \"is "
            "deeply disturbed by reports that National Assembly Majority Leader Julio Borges and "
            "other opposition deputies were turned away from the National Electoral Council by "
            "police, and then subsequently attacked by a group of armed supporters of the Partido "
            "Socialista Unido de Venezuela party while returning to their offices.\"\n"
            "Mr. Borges told journalists that these militant pro-government groups \"acted with "
            "total impunity, they had pipes, motorbike helmets, rocks, explosive artifacts, and "
            "they used them against us.\"\n"
            "The United States condemns acts of violence designed to intimidate citizens "
            "exercising "
            "their democratic rights and calls on Venezuelan government security forces to "
            "maintain order in a manner consistent with international law and international "
            "commitments regarding human and civil rights.\n"
            "The clash between opposition members and militant pro-government groups came amid "
            "rising tensions in Venezuela, where falling oil prices have thrust Venezuela into a "
            "severe economic crisis and chronic food and medicine shortages fueling protests and "
            "demands for President Maduro\u2019s departure.\n"
            "The United States remains concerned about the violence and the worsening economic "
            "conditions in Venezuela and joins the international community in calling upon the "
            "Venezuelan government to free all political prisoners, to respect the will of the "
            "people, human rights, the separation of powers within the Venezuelan government, and "
            "the democratic process. It is incumbent on Venezuelans from across the political "
            "spectrum to find peaceful solutions to the real economic, political, and social "
            "challenges facing Venezuela."
        ),
    },
    {
        "id": "blind17-09",
        "url": "https://editorials.voa.gov/amp/us-engagement-with-burma-122678219/1482522.html",
        "agency": "Voice of America, editorial reflecting the views of the U.S. Government",
        "title": "U.S. Engagement With Burma",
        "published": "2011-05-25",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the stored copy carries no date; Deputy Assistant Secretary Joseph Yun's "
                     "visit to the new government, the one-year clemency and the yearly renewal "
                     "of the sanctions date it to May 2011 (approximate). Removed: the lead "
                     "sentence repeated after the text as a page summary. The source's "
                     "misspelling 'Aung San Suu Syi' is kept.",
        "text": (
            "A top U.S. diplomat traveled to Burma recently to meet senior officials in the new "
            "government and consult with civil society on the political and human rights situation "
            "there. Deputy Assistant Secretary of State Joseph Yun met Burma's foreign affairs "
            "minister and the deputy speaker of the People's parliament, as well as business "
            "leaders and representatives of nongovernmental organizations, ethnic minorities and "
            "political parties, including pro-democracy leader Aung San Suu Syi. His visit "
            "reflects "
            "our nation's continued willingness to engage with the government of Burma, while "
            "still "
            "pressing its leaders for needed change.\n"
            "Relations between the U.S. and Burma face serious challenges, but rather than isolate "
            "the regime, we aim to air our differences and seek possible common ground. "
            "Unfortunately, Burma has still shown little progress in improving human rights "
            "overall. We have long called for the release of all political prisoners there, "
            "estimated to number more than 2,000. The clemency program recently announced was "
            "disappointing, in that it reduced prison sentences by just one year and included only "
            "a few political prisoners.\n"
            "To maintain pressure for reform, the United States has renewed for another year its "
            "targeted economic sanctions against Burma. These restrictions are aimed at senior "
            "officials of the regime and their key supporters who are responsible for preventing "
            "Burma\u2019s transition to genuine democracy. We will continue to sustain pressure on "
            "the Burmese regime, while at the same time pursuing engagement, as we strive to "
            "promote positive change for the citizens of Burma."
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


TROIKA = ["GBR", "USA", "NOR"]

D = "blind17-01"
ev(D, "We call on all participants", "demonstrations", "PROTEST", "demo",
   ["rights_freedoms"], ["ALB"], ["citizens"])
ev(D, "We call on all participants", "call on", "REQUEST", "change", ["rights_freedoms"],
   ["USA"], ["We"], ["ALB"], ["all participants in today\u2019s demonstrations"])
ev(D, "The United States urges all sides", "urges", "REQUEST", "change",
   ["rights_freedoms"], ["USA"], ["The United States"], ["ALB"], ["all sides"])

D = "blind17-02"
ev(D, "We witnessed both cowardly attacks", "cowardly attacks", "ASSAULT", "",
   ["terrorism", "military"], ["AFG"], ["an increasingly desperate insurgency"])
ev(D, "It was Afghan police and soldiers", "bravely ended", "ASSAULT", "",
   ["terrorism", "military"], ["AFG"], ["Afghan police and soldiers"])
ev(D, "It was Afghan police and soldiers", "attack on the embassy", "ASSAULT", "",
   ["terrorism"], [], [], ["USA"], ["the embassy"])
ev(D, "We mourn the Afghan civilians", "We mourn", "SUPPORT", "", ["terrorism"],
   ["USA"], ["We"], ["AFG"], ["the Afghan civilians"])
ev(D, "We mourn the Afghan civilians", "killed", "ASSAULT", "", ["terrorism"],
   [], [], ["AFG"], ["the Afghan civilians"])
ev(D, "We offer condolences", "offer condolences", "SUPPORT", "", ["terrorism"],
   ["USA"], ["We"])
ev(D, "they have turned to launching attacks", "launching attacks", "ASSAULT", "",
   ["terrorism"], ["AFG"], ["they"], ["USA"], ["the U.S. Embassy"])
ev(D, "The transition to Afghan-led security", "supporting", "SUPPORT", "",
   ["military", "political_institutions"], ["USA"], ["we"], ["AFG"], ["Afghanistan"])
ev(D, "As Secretary of State Clinton said", "greater commitment", "AGREE", "",
   ["human_security"], ["USA"], ["Secretary of State Clinton"], ["AFG"], ["the Afghan people"])

D = "blind17-03"
ev(D, "The Troika Heads of Mission", "share the deep concern", "ACCUSE", "disapprove",
   ["military", "peacekeeping"], TROIKA, ["United Kingdom", "United States", "Norway"])
ev(D, "The Troika Heads of Mission", "recently expressed", "ACCUSE", "disapprove",
   ["military", "peacekeeping"], ["IGO"],
   ["IGAD Council of Ministers Chairman Dr. Workneh Gebeyehu"])
ev(D, "The Troika strongly condemns", "strongly condemns", "ACCUSE", "disapprove",
   ["military"], TROIKA, ["The Troika"] * 3)
ev(D, "We call on all CoH signatories", "call on", "REQUEST", "change", ["military"],
   TROIKA, ["We"] * 3, ["SSD"], ["all CoH signatories"])
ev(D, "We also call on all CoH parties", "call on", "REQUEST", "change",
   ["human_security"], TROIKA, ["We"] * 3, ["SSD"], ["all CoH parties"])
ev(D, "We further call for full cooperation", "call for", "REQUEST", "change",
   ["peacekeeping"], TROIKA, ["We"] * 3)
ev(D, "The Troika resolutely reasserts", "will be held accountable", "THREATEN", "",
   ["military", "human_security"], TROIKA, ["The Troika"] * 3, ["SSD"], ["field commanders"])
ev(D, "we commend IGAD", "commend", "SUPPORT", "", ["diplomatic"], TROIKA, ["we"] * 3,
   ["IGO"], ["IGAD"])
ev(D, "we commend IGAD", "leadership of the High-Level Revitalization Forum", "CONSULT",
   "third-party", ["diplomatic"], ["IGO"], ["IGAD"])
ev(D, "We insist all participants", "insist", "REQUEST", "meet", ["diplomatic"], TROIKA,
   ["We"] * 3, ["SSD"], ["all participants"])

D = "blind17-04"
MUJAO = "the Movement for Unity and Jihad in West Africa (MUJAO)"
ev(D, "The United States welcomes the release", "welcomes", "SUPPORT", "", ["terrorism"],
   ["USA"], ["The United States"])
ev(D, "The United States welcomes the release", "release", "RETREAT", "release",
   ["terrorism"], ["IMG"], [MUJAO], ["DZA"], ["two Algerian diplomats"])
ev(D, "The United States welcomes the release", "kidnapped", "ASSAULT", "abduct",
   ["terrorism", "diplomatic"], ["IMG"], [MUJAO], ["DZA"], ["two Algerian diplomats"])
ev(D, "As we join the Algerian Government", "celebrating", "SUPPORT", "", ["terrorism"],
   ["USA"], ["we"], ["DZA"], ["the Algerian Government"])
ev(D, "As we join the Algerian Government", "express our sincere condolences", "SUPPORT",
   "", ["terrorism"], ["USA"], ["we"])
ev(D, "As we join the Algerian Government", "killed", "ASSAULT", "targeted",
   ["terrorism"], ["IMG"], ["his captors"], ["DZA"], ["Tahar Touati"])
ev(D, "As we join the Algerian Government", "captivity", "ASSAULT", "abduct",
   ["terrorism"], ["IMG"], ["this terrorist group"], ["DZA"], ["Boualem Saies"])
ev(D, "The United States strongly condemns", "strongly condemns", "ACCUSE", "disapprove",
   ["terrorism", "crime"], ["USA"], ["The United States"], ["IMG"], ["MUJAO\u2019s"])
ev(D, "The United States strongly condemns", "calls for", "REQUEST", "yield",
   ["terrorism"], ["USA"], ["The United States"], ["IMG"], ["MUJAO\u2019s"])
ev(D, "The United States strongly condemns", "holds hostage", "ASSAULT", "abduct",
   ["terrorism"], ["IMG"], ["MUJAO\u2019s"])
ev(D, "We reaffirm our steadfast partnership", "reaffirm our steadfast partnership",
   "SUPPORT", "", ["diplomatic"], ["USA"], ["We"], ["DZA"], ["Algeria"])
ev(D, "We reaffirm our steadfast partnership", "remain committed", "AGREE", "",
   ["terrorism"], ["USA"], ["We"], ["DZA"], ["Algeria"])

D = "blind17-05"
ev(D, "We are deeply saddened", "deeply saddened", "SUPPORT", "", ["military"],
   ["USA"], ["We"])
ev(D, "We are deeply saddened", "an attack", "ASSAULT", "", ["military", "terrorism"],
   [], [], ["LVA", "AFG", "USA"],
   ["two Latvian", "three Afghan Army soldiers", "three U.S. soldiers"])
ev(D, "extends its deepest condolences", "extends its deepest condolences", "SUPPORT", "",
   ["military"], ["USA"], ["The United States"])
ev(D, "Latvia and Afghanistan are working together", "working together", "COOPERATE", "",
   ["military"], ["USA", "LVA", "AFG"], ["The United States", "Latvia", "Afghanistan"])
ev(D, "It also reaffirms our commitment", "reaffirms our commitment", "SUPPORT", "",
   ["military"], ["USA"], ["our"], ["AFG"], ["the Afghan people"])

D = "blind17-06"
ev(D, "The United States is deeply disappointed", "deeply disappointed", "ACCUSE",
   "disapprove", ["legal", "repression"], ["USA"], ["The United States"])
ev(D, "The United States is deeply disappointed", "convicted", "SANCTION", "convict",
   ["legal", "repression"], [], [], ["VEN"], ["Leopoldo L\u00f3pez"])
ev(D, "The United States is deeply disappointed", "sentenced", "COERCE", "arrest",
   ["legal", "repression"], [], [], ["VEN"], ["Leopoldo L\u00f3pez"])
ev(D, "have highlighted significant failures", "have highlighted significant failures",
   "ACCUSE", "disapprove", ["legal"], [], [], ["VEN"], ["Venezuela"])
ev(D, "We call on the Government of Venezuela", "call on", "REQUEST", "yield",
   ["legal", "repression"], ["USA"], ["We"], ["VEN"], ["the Government of Venezuela"])
ev(D, "We call on the Government of Venezuela", "unjustly detained", "COERCE", "arrest",
   ["repression"], ["VEN"], ["the Government of Venezuela"], ["VEN"],
   ["all other political prisoners"])

D = "blind17-07"
ev(D, "Russia moved thousands of combat troops", "moved thousands of combat troops",
   "MOBILIZE", "troops", ["military", "territory"], ["RUS"], ["Russia"], ["UKR"], ["Ukraine"])
ev(D, "It was the largest massing", "occupation", "COERCE", "seize",
   ["military", "territory"], ["RUS"], ["Russia\u2019s"], ["UKR"], ["Crimea"])
ev(D, "Sergei Shoigu announced", "announced the troops would be recalled", "CONCEDE", "",
   ["military"], ["RUS"], ["Russian Defense Minister Sergei Shoigu"])
ev(D, "in a recent meeting with Ukrainian Foreign Minister", "meeting", "CONSULT", "",
   ["diplomatic"], ["USA", "UKR"],
   ["Secretary of State Antony Blinken", "Ukrainian Foreign Minister Dmytro Kuleba"])
ev(D, "in a recent meeting with Ukrainian Foreign Minister", "stands firmly behind", "SUPPORT",
   "", ["territory"], ["USA"], ["the United States"], ["UKR"], ["Ukraine"])
ev(D, "Russia take very provocative action", "very provocative action", "ACCUSE",
   "disapprove", ["military"], ["USA"], ["Secretary Blinken"], ["RUS"], ["Russia"])
ev(D, "NATO Secretary General Jens Stoltenberg called on", "called on", "REQUEST", "change",
   ["military"], ["IGO"], ["NATO Secretary General Jens Stoltenberg"], ["RUS"], ["Russia"])
ev(D, "NATO is discussing Ukraine", "bid to eventually join", "REQUEST", "",
   ["military", "diplomatic"], ["UKR"], ["Ukraine\u2019s"], ["IGO"], ["the defensive alliance"])
ev(D, "He confirmed Ukraine had undertaken", "confirmed", "SUPPORT", "",
   ["political_institutions"], ["USA"], ["He"], ["UKR"], ["Ukraine"])
ev(D, "In a recent phone call with Russian President", "phone call", "CONSULT", "phone",
   ["diplomatic"], ["RUS", "USA"], ["Russian President Vladimir Putin", "President Joe Biden"])
ev(D, "In a recent phone call with Russian President", "unwavering commitment", "SUPPORT",
   "", ["territory"], ["USA"], ["President Joe Biden"], ["UKR"], ["Ukraine\u2019s"])
ev(D, "The President also", "voiced concerns", "ACCUSE", "disapprove",
   ["military", "territory"], ["USA"], ["The President"], ["RUS"], ["Russian"])
ev(D, "The President also", "called on", "REQUEST", "change", ["military"],
   ["USA"], ["The President"], ["RUS"], ["Russia"])

D = "blind17-08"
ev(D, "Venezuelan opposition lawmakers were recently attacked", "attacked", "ASSAULT", "",
   ["pro_democracy", "repression"], ["VEN"], ["pro-government groups"], ["VEN"],
   ["Venezuelan opposition lawmakers"])
ev(D, "said State Department Spokesperson John Kirby", "deeply disturbed", "ACCUSE",
   "disapprove", ["repression"], ["USA"], ["The United States"])
ev(D, "said State Department Spokesperson John Kirby", "turned away", "COERCE", "restrict",
   ["repression", "election"], ["VEN"], ["police"], ["VEN"],
   ["National Assembly Majority Leader Julio Borges"])
ev(D, "said State Department Spokesperson John Kirby", "attacked", "ASSAULT", "",
   ["repression"], ["VEN"],
   ["a group of armed supporters of the Partido Socialista Unido de Venezuela party"],
   ["VEN"], ["National Assembly Majority Leader Julio Borges"])
ev(D, "Mr. Borges told journalists", "acted with total impunity", "ACCUSE", "allege",
   ["repression"], ["VEN"], ["Mr. Borges"], ["VEN"], ["these militant pro-government groups"])
ev(D, "The United States condemns acts of violence", "condemns", "ACCUSE", "disapprove",
   ["repression", "rights_freedoms"], ["USA"], ["The United States"])
ev(D, "The United States condemns acts of violence", "calls on", "REQUEST", "change",
   ["repression", "human_rights"], ["USA"], ["The United States"], ["VEN"],
   ["Venezuelan government security forces"])
ev(D, "The United States remains concerned", "remains concerned", "ACCUSE", "disapprove",
   ["economic", "repression"], ["USA"], ["The United States"])
ev(D, "The United States remains concerned", "calling upon", "REQUEST", "yield",
   ["repression", "pro_democracy"], ["USA"], ["The United States"], ["VEN"],
   ["the Venezuelan government"])

D = "blind17-09"
ev(D, "A top U.S. diplomat traveled to Burma", "traveled to Burma", "CONSULT", "visit",
   ["diplomatic", "human_rights"], ["USA"], ["A top U.S. diplomat"], ["MMR"], ["Burma"])
ev(D, "Joseph Yun met Burma's foreign affairs minister", "met", "CONSULT", "",
   ["diplomatic"], ["USA", "MMR"],
   ["Deputy Assistant Secretary of State Joseph Yun", "Burma's foreign affairs minister"])
ev(D, "His visit reflects", "continued willingness to engage", "AGREE", "", ["diplomatic"],
   ["USA"], ["our nation's"], ["MMR"], ["the government of Burma"])
ev(D, "His visit reflects", "pressing", "REQUEST", "change", ["pro_democracy"],
   ["USA"], ["our nation's"], ["MMR"], ["its leaders"])
ev(D, "Burma has still shown little progress", "shown little progress", "ACCUSE",
   "disapprove", ["human_rights"], [], [], ["MMR"], ["Burma"])
ev(D, "We have long called for the release", "called for", "REQUEST", "yield",
   ["human_rights", "repression"], ["USA"], ["We"])
ev(D, "the United States has renewed for another year", "renewed", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], ["USA"], ["the United States"], ["MMR"], ["Burma"])
ev(D, "These restrictions are aimed at", "aimed at", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], [], [], ["MMR"], ["senior officials of the regime"])
ev(D, "We will continue to sustain pressure", "pursuing engagement", "AGREE", "",
   ["diplomatic"], ["USA"], ["We"], ["MMR"], ["the Burmese regime"])


def verify(path: Path) -> int:
    """Run the standalone checker of ``check_documents.py`` on ``path``; return its error count."""
    check_documents.SETS.setdefault(17, (r"blind17-\d\d", frozenset()))
    return check_documents.check(str(path), 17)


def main() -> None:
    """Write ``blind17.jsonl``, re-check every offset from the written file and print counts."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    n_sent = sum(len(sentences(d["text"])) for d in docs)
    print(f"{len(docs)} documents, {n_sent} sentences, "
          f"{sum(len(d['events']) for d in docs)} events -> {OUT}")
    if verify(OUT):
        raise SystemExit("blind17.jsonl failed the offset check")


if __name__ == "__main__":
    main()

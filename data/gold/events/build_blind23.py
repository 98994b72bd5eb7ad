r"""Build ``blind23.jsonl``: whole U.S. government texts annotated blind (evgold11, 2026-12-06).

The texts (DVIDS, U.S. Central Command, U.S. Pacific Command, U.S. Africa Command, the U.S.
Embassy in Honduras, USAID, VOA editorials; public domain) and the annotation are kept below
as data. The builder of ``build_dev4.py`` finds every offset from a sentence anchor and
checks each trigger and ``*_text`` against its sentence; this script then re-reads the
written file and runs the standalone checker of ``data/gold/check_documents.py`` over it
(id pattern ``blind23-\d\d``, registered at run time only). No wirecoder import. Run
from the repository root:

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
            "happiness without discrimination,\u201d said ALP Interior Minister Director Brig. "
            "Gen. Ali Shah Ahmadzai. \u201cALP protects checkpoints to support the well-being and "
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

DOCS += [
    {
        "id": "blind23-05",
        "url": "https://editorials.voa.gov/a/a-41-2008-09-18-voa1-84652277/1480836.html",
        "agency": "Voice of America editorial (editorials.voa.gov)",
        "title": "Acting Out In South America",
        "published": "2008-09-18",
        "date_approximate": False,
        "date_note": "date from the page address (2008-09-18); removed: 'Accessibility links', "
                     "'Breaking News', headline; the stored copy ends on a concluding "
                     "sentence well below the store's cut length, so it is taken as whole",
        "text": (
            "The leaders of Bolivia and Venezuela fancy themselves strong-minded and forceful "
            "men, and are bold to speak their minds even when they don't have their facts "
            "straight. Such was the case recently when they expelled the U.S. ambassadors to "
            "their countries on false charges that they meddled in internal politics.\n"
            "Venezuelan President Hugo Chavez on September 11th gave Ambassador Patrick Duddy "
            "72 hours to leave Caracas, claiming the U.S. was supporting a plot to overthrow him. "
            "He provided no evidence to support this spurious charge. His action followed a "
            "decision by Bolivian President Evo Morales to expel Ambassador Philip Goldberg for "
            "allegedly helping instigate antigovernment protests. Like his friend Mr. Chavez, "
            "the Bolivian president offered no evidence to support the charge.\n"
            "The reason neither leader provided evidence to justify their actions was that there "
            "is none. The charges against the U.S. envoys have no basis in fact and the "
            "Venezuelan and Bolivian leaders know it. Both Mr. Morales and Mr. Chavez made "
            "serious errors in their actions, ones that will cause additional problems in the "
            "region. These leaders face growing political opposition at home, which is likely "
            "the reason they chose to act now.\n"
            "While Mr. Morales and Mr. Chavez accuse the United States of conspiracy, the only "
            "meaningful conspiracy in the region is the common commitment of democratic "
            "countries to enhance opportunities for their citizens. The only overthrow they seek "
            "is that of poverty.\n"
            "U.S. relations with Bolivia and Venezuela have deep and historical roots, and "
            "through strong trade and cultural ties they benefit our respective peoples. No "
            "country has ever improved the well being of its citizens by antagonizing neighbors "
            "and refraining from dealings with the world's democracies."
        ),
    },
    {
        "id": "blind23-06",
        "url": "https://editorials.voa.gov/a/a-41-2006-07-28-voa3-83107592/1479875.html",
        "agency": "Voice of America editorial (editorials.voa.gov)",
        "title": "(Belarus: opposition leader Lebedko arrested; headline not in the stored copy)",
        "published": "2006-07-28",
        "date_approximate": False,
        "truncated": True,
        "date_note": "date from the page address (2006-07-28); the stored copy starts with the "
                     "first paragraph (no headline) and is cut inside its sixth paragraph "
                     "('President George W. Bush h...'), which is dropped; kept to the last "
                     "complete paragraph",
        "text": (
            "Belarusian police have arrested opposition leader Anatoly Lebedko for so-called "
            "hooliganism and for organizing a peaceful demonstration. On July 16th, Mr. Lebedko "
            "staged a protest outside the Russian embassy in Minsk, the capital, against "
            "Russia's support for Belarusian President Aleksander Lukashenko. Thirty of Mr. "
            "Lebedko's fellow demonstrators were also arrested.\n"
            "U.S. Ambassador to the Organization for Security and Cooperation in Europe Julie "
            "Finley called the detention \"a travesty of justice.\" The government of President "
            "Alexander Lukashenko has \"demonstrated flagrant and total disregard for the "
            "democratic process and O-S-C-E values,\" said Ambassador Finley.\n"
            "Other government opponents remain in jail in Belarus. Opposition leader Aleksander "
            "Kozulin was sentenced to five-and-one-half years in prison for leading an "
            "unauthorized rally. In a statement, U.S. State Department spokesman Sean McCormack "
            "said \"The entire trial was a politically motivated process designed to punish "
            "Kozulin for expressing his political views.\"\n"
            "Back in February, the Belarusian K-G-B arrested four Belarusian civic activists "
            "associated with the non-partisan monitoring group Partnership, which seeks to train "
            "Belarusians on election observation and educate them on their rights as voters. "
            "The K-G-B also raided their homes and offices and seized documents and equipment. "
            "The four activists remain in detention, accused of \u201cslandering the president "
            "and illegally running an unregistered organization,\" and could spend up to two "
            "years in jail.\n"
            "President Lukashenko has maintained his grip on power by suppressing dissent and "
            "holding fraudulent elections. \"It was these sorts of actions,\" said Ambassador "
            "Finley, \"that led the United States and the European Union to impose targeted "
            "travel restrictions and financial sanctions against those individuals responsible "
            "for this recent electoral fraud.\" Ms. Finley was referring to the rigged "
            "presidential election held in Belarus in March."
        ),
    },
    {
        "id": "blind23-07",
        "url": "https://www.africom.mil/pressrelease/28385/us-self-defense-strikes-in-somalia",
        "agency": "U.S. Africa Command (africom.mil press release)",
        "title": "U.S. Self-Defense Strikes in Somalia",
        "published": "2016-09-07",
        "date_approximate": False,
        "date_note": "release dated Sep 07, 2016 (strikes of Sept. 5); removed: headline, the "
                     "summary line that repeats the lead, 'United States Africa Command "
                     "Stuttgart, Germany Sep 07, 2016', 'View Gallery', 'fallback', 'Gallery "
                     "contains 1 image', the trailing 'More in Operations' links; double spaces "
                     "between sentences made single",
        "text": (
            "On Sept. 5, 2016, in coordination with the Federal Government of Somalia, U.S. "
            "forces conducted two (2) self-defense strikes against al-Shabaab, an "
            "al-Qaeda-associated terrorist group, near Tortoroow, Somalia.\n"
            "During a Somali-led counterterrorism operation, a large group of armed al-Shabaab "
            "fighters attacked the force, threatening the safety and security of the forces in "
            "the area. In response, the U.S. conducted two (2) self-defense strikes to "
            "neutralize the threat, killing four (4) al-Shabaab militants.\n"
            "The U.S. remains committed to our partners in eliminating terrorism and advancing "
            "security in the region. Violent extremists endanger the safety and stability of "
            "the Somali people; countering these threats remains in our common interests."
        ),
    },
    {
        "id": "blind23-08",
        "url": "https://ye.usembassy.gov/usaid-announces-165-million-in-additional-humanitarian-"
               "assistance-for-yemen/",
        "agency": "U.S. Agency for International Development (press release posted by the U.S. "
                  "Embassy in Yemen, ye.usembassy.gov)",
        "title": "USAID Announces $165 Million in Additional Humanitarian Assistance for Yemen",
        "published": "2021-06-15",
        "date_approximate": True,
        "truncated": True,
        "date_note": "no date in the stored copy; 'almost seven years of war', 'the crisis began "
                     "six years ago' and the Marib escalation place it in 2021 (placeholder "
                     "mid-year date); removed: 'Office of Press Relations'; the store cuts the "
                     "page inside its closing boilerplate line ('For the latest updates on "
                     "USAID's humanitarian assistance in Y...'), which is dropped; every "
                     "substantive paragraph is complete",
        "text": (
            "Today, the U.S. Agency for International Development (USAID) announced nearly $165 "
            "million in additional humanitarian assistance for people affected by the "
            "humanitarian crisis in Yemen. This funding will provide lifesaving aid for Yemenis "
            "continuing to face humanitarian crisis after almost seven years of war that has "
            "left 20 million people struggling to survive without basic necessities, including "
            "more than two million young children facing deadly malnutrition.\n"
            "This assistance will allow the UN World Food Program to continue providing "
            "emergency food assistance, reaching more than 11 million people every month with "
            "food provided by the American people, including in communities affected by the "
            "COVID-19 pandemic.\n"
            "Aid alone, however, cannot meet the vast and growing humanitarian needs in Yemen. "
            "While aid from the international community has so far prevented people from "
            "slipping into famine, the recent escalation of violence in Marib is only "
            "increasing humanitarian needs as it threatens to displace hundreds of thousands of "
            "people, placing further strain on an already stretched humanitarian response.\n"
            "The United States calls on all parties to the conflict to end the fighting and "
            "ensure needs do not continue to worsen. The United States urges Saudi Arabia, the "
            "Yemeni Government, and the Houthis to do their part to ensure that fuel is flowing "
            "into and throughout Yemen at prices Yemenis can afford, so they can access basic "
            "services and aid.\n"
            "The United States remains the largest single donor of humanitarian assistance in "
            "Yemen, providing more than $3.6 billion to alleviate suffering of the Yemeni people "
            "since the crisis began six years ago. While only a political agreement between "
            "Yemenis can address the root causes of this crisis, USAID calls on other donors to "
            "step up their contributions to help deliver critical assistance to the people of "
            "Yemen, who have already endured so much."
        ),
    },
    {
        "id": "blind23-09",
        "url": "https://editorials.voa.gov/a/a-41-2006-08-29-voa2-83108247/1479990.html",
        "agency": "Voice of America editorial (editorials.voa.gov)",
        "title": "Stop Arming Hezbollah",
        "published": "2006-08-29",
        "date_approximate": False,
        "truncated": True,
        "date_note": "date from the page address (2006-08-29); removed: 'Accessibility links', "
                     "'Breaking News', headline; the store cuts the page inside its sixth "
                     "paragraph ('Says Mr. Bolton, the support of Syria and Iran ...'), which is "
                     "dropped; kept to the last complete paragraph",
        "text": (
            "The U.S. is calling on Syria and Iran to stop supplying Hezbollah with weapons. "
            "John Bolton, the U.S. ambassador to the United Nations, says the international "
            "community must work to stop unauthorized weapon shipments into Lebanon, as called "
            "for in U-N Security Council Resolution one-seven-zero-one, or there will be a risk "
            "of renewed fighting in the region.\n"
            "Fighting began in July when Hezbollah terrorists operating out of southern Lebanon "
            "entered Israel, killed eight Israeli soldiers and kidnapped two others. Israel "
            "responded by attacking Hezbollah sites in Lebanon. The violence claimed the lives "
            "of nearly one-hundred-sixty Israelis and one-thousand-two-hundred Lebanese.\n"
            "United Nations Security Council Resolution one-seven-zero-one calls for a cessation "
            "of hostilities. It authorizes an expanded U-N Interim Force in Lebanon, or UNIFIL, "
            "to help the Lebanese army take control of southern Lebanon as Israel withdraws. "
            "And, it imposes an embargo on all weapons going into Lebanon except for those to "
            "be used by the Lebanese government and UNIFIL.\n"
            "\"All states,\" says Mr. Bolton, \"must comply with their obligation to observe "
            "this embargo, which, if not strictly observed, will significantly enhance the risk "
            "of further hostilities.\" He says, \"this burden of abiding by the arms embargo, "
            "and the world's attention, falls especially on Syria and Lebanon.\" Mr. Bolton "
            "says, \"if the international community applies only a temporary band-aid "
            "[solution] to the problem and allows Hezbollah to regroup and rearm, then the "
            "suffering of the people of Lebanon and Israel may very well intensify in the near "
            "future\":\n"
            "\"We should keep our eye focused on the objective, which is that the combined "
            "efforts of the government of Lebanon and UNIFIL in southern Lebanon should result "
            "in the government of Israel being able to withdraw.\""
        ),
    },
]

D = "blind23-05"
ev(D, "Such was the case recently", "expelled", "SANCTION", "expel", ["diplomatic"],
   ["BOL", "VEN"], ["they", "they"], ["USA"], ["the U.S. ambassadors"])
ev(D, "Such was the case recently", "false charges", "ACCUSE", "allege", ["diplomatic"],
   ["BOL", "VEN"], ["they", "they"], ["USA"], ["the U.S. ambassadors"])
ev(D, "gave Ambassador Patrick Duddy", "72 hours to leave Caracas", "SANCTION", "expel",
   ["diplomatic"], ["VEN"], ["Venezuelan President Hugo Chavez"], ["USA"],
   ["Ambassador Patrick Duddy"])
ev(D, "gave Ambassador Patrick Duddy", "claiming", "ACCUSE", "allege",
   ["diplomatic", "political_institutions"], ["VEN"], ["Venezuelan President Hugo Chavez"],
   ["USA"], ["the U.S."])
ev(D, "a decision by Bolivian President Evo Morales", "expel", "SANCTION", "expel",
   ["diplomatic"], ["BOL"], ["Bolivian President Evo Morales"], ["USA"],
   ["Ambassador Philip Goldberg"])
ev(D, "a decision by Bolivian President Evo Morales", "allegedly", "ACCUSE", "allege",
   ["diplomatic"], ["BOL"], ["Bolivian President Evo Morales"], ["USA"],
   ["Ambassador Philip Goldberg"])
ev(D, "made serious errors", "made serious errors", "ACCUSE", "disapprove", ["diplomatic"],
   [], [], ["BOL", "VEN"], ["Mr. Morales", "Mr. Chavez"])
ev(D, "accuse the United States of conspiracy", "accuse", "ACCUSE", "allege",
   ["diplomatic"], ["BOL", "VEN"], ["Mr. Morales", "Mr. Chavez"], ["USA"],
   ["the United States"])

D = "blind23-06"
ev(D, "Belarusian police have arrested", "arrested", "COERCE", "arrest",
   ["repression", "pro_democracy"], ["BLR"], ["Belarusian police"], ["BLR"],
   ["opposition leader Anatoly Lebedko"])
ev(D, "staged a protest outside the Russian embassy", "staged a protest", "PROTEST", "demo",
   ["pro_democracy"], ["BLR"], ["Mr. Lebedko"], ["RUS"], ["the Russian embassy"])
ev(D, "fellow demonstrators were also arrested", "arrested", "COERCE", "arrest",
   ["repression"], [], [], ["BLR"], ["Thirty of Mr. Lebedko's fellow demonstrators"])
ev(D, "Finley called the detention", "called the detention \"a travesty of justice.\"",
   "ACCUSE", "disapprove", ["repression", "human_rights"], ["USA"],
   ["U.S. Ambassador to the Organization for Security and Cooperation in Europe Julie "
    "Finley"])
ev(D, "demonstrated flagrant and total disregard", "demonstrated flagrant and total disregard",
   "ACCUSE", "disapprove", ["pro_democracy"], ["USA"], ["Ambassador Finley"], ["BLR"],
   ["The government of President Alexander Lukashenko"])
ev(D, "Kozulin was sentenced", "sentenced", "SANCTION", "convict", ["repression", "legal"],
   [], [], ["BLR"], ["Opposition leader Aleksander Kozulin"])
ev(D, "Kozulin was sentenced", "five-and-one-half years in prison", "COERCE", "arrest",
   ["repression", "legal"], [], [], ["BLR"], ["Opposition leader Aleksander Kozulin"])
ev(D, "The entire trial was a politically motivated", "politically motivated process",
   "ACCUSE", "disapprove", ["repression", "legal"], ["USA"],
   ["U.S. State Department spokesman Sean McCormack"])
ev(D, "the Belarusian K-G-B arrested", "arrested", "COERCE", "arrest",
   ["repression", "election"], ["BLR"], ["the Belarusian K-G-B"], ["BLR"],
   ["four Belarusian civic activists"])
ev(D, "The K-G-B also raided", "raided", "COERCE", "", ["repression"], ["BLR"],
   ["The K-G-B"], ["BLR"], ["their"])
ev(D, "The K-G-B also raided", "seized documents and equipment", "COERCE", "seize",
   ["repression"], ["BLR"], ["The K-G-B"], ["BLR"], ["their"])
ev(D, "The four activists remain in detention", "accused", "ACCUSE", "allege",
   ["legal"], [], [], ["BLR"], ["The four activists"])
ev(D, "The four activists remain in detention", "could spend up to two years in jail",
   "COERCE", "arrest", ["legal", "repression"], [], [], ["BLR"], ["The four activists"],
   hypothetical=True)
ev(D, "has maintained his grip on power", "suppressing dissent", "COERCE", "",
   ["repression"], ["BLR"], ["President Lukashenko"])
ev(D, "led the United States and the European Union", "targeted travel restrictions",
   "REJECT", "", ["election", "pro_democracy"], ["USA", "EUR"],
   ["the United States", "the European Union"], ["BLR"],
   ["those individuals responsible for this recent electoral fraud"])
ev(D, "led the United States and the European Union", "financial sanctions", "SANCTION",
   "discontinue", ["election", "pro_democracy"], ["USA", "EUR"],
   ["the United States", "the European Union"], ["BLR"],
   ["those individuals responsible for this recent electoral fraud"])

D = "blind23-07"
ev(D, "in coordination with the Federal Government of Somalia", "in coordination with",
   "COOPERATE", "", ["military", "terrorism"], ["USA", "SOM"],
   ["U.S. forces", "the Federal Government of Somalia"])
ev(D, "in coordination with the Federal Government of Somalia",
   "conducted two (2) self-defense strikes", "ASSAULT", "aerial", ["military", "terrorism"],
   ["USA"], ["U.S. forces"], ["IMG"], ["al-Shabaab"])
ev(D, "armed al-Shabaab fighters attacked the force", "attacked", "ASSAULT", "",
   ["military", "terrorism"], ["IMG"], ["armed al-Shabaab fighters"], ["SOM"],
   ["the force"])
ev(D, "In response, the U.S. conducted", "conducted two (2) self-defense strikes", "ASSAULT",
   "aerial", ["military", "terrorism"], ["USA"], ["the U.S."], ["IMG"],
   ["al-Shabaab militants"])
ev(D, "The U.S. remains committed to our partners", "remains committed", "AGREE", "",
   ["terrorism"], ["USA"], ["The U.S."])

D = "blind23-08"
ev(D, "announced nearly $165 million", "announced nearly $165 million", "AGREE", "",
   ["human_security"], ["USA"], ["the U.S. Agency for International Development"], ["YEM"],
   ["people affected by the humanitarian crisis in Yemen"])
ev(D, "This assistance will allow the UN World Food Program", "continue providing", "AID",
   "", ["human_security"], ["UNO"], ["the UN World Food Program"])
ev(D, "The United States calls on all parties", "calls on", "REQUEST", "change",
   ["military", "human_security"], ["USA"], ["The United States"])
ev(D, "The United States urges Saudi Arabia", "urges", "REQUEST", "change",
   ["human_security", "economic"], ["USA"], ["The United States"], ["SAU", "YEM", "YEM"],
   ["Saudi Arabia", "the Yemeni Government", "the Houthis"])
ev(D, "remains the largest single donor", "providing more than $3.6 billion", "AID", "",
   ["human_security"], ["USA"], ["The United States"], ["YEM"], ["the Yemeni people"])
ev(D, "USAID calls on other donors", "calls on", "REQUEST", "assist", ["human_security"],
   ["USA"], ["USAID"])

D = "blind23-09"
ev(D, "The U.S. is calling on Syria and Iran", "calling on", "REQUEST", "change",
   ["military"], ["USA"], ["The U.S."], ["SYR", "IRN"], ["Syria", "Iran"])
ev(D, "the international community must work to stop", "says", "REQUEST", "change",
   ["military"], ["USA"], ["John Bolton"])
ev(D, "Hezbollah terrorists operating out of southern Lebanon", "killed", "ASSAULT", "",
   ["military", "terrorism"], ["LBN"], ["Hezbollah terrorists"], ["ISR"],
   ["eight Israeli soldiers"])
ev(D, "Hezbollah terrorists operating out of southern Lebanon", "kidnapped", "ASSAULT",
   "abduct", ["military", "terrorism"], ["LBN"], ["Hezbollah terrorists"], ["ISR"],
   ["two others"])
ev(D, "Israel responded by attacking", "attacking", "ASSAULT", "", ["military"], ["ISR"],
   ["Israel"], ["LBN"], ["Hezbollah sites"])
ev(D, "calls for a cessation of hostilities", "calls for", "REQUEST", "change",
   ["military", "peacekeeping"], ["UNO"],
   ["United Nations Security Council Resolution one-seven-zero-one"])
ev(D, "It authorizes an expanded", "to help", "AID", "", ["peacekeeping", "military"],
   ["UNO"], ["U-N Interim Force in Lebanon"], ["LBN"], ["the Lebanese army"])
ev(D, "It authorizes an expanded", "withdraws", "RETREAT", "withdraw",
   ["military", "territory"], ["ISR"], ["Israel"])
ev(D, "it imposes an embargo", "imposes an embargo", "SANCTION", "discontinue",
   ["military"], ["UNO"], ["it"], ["LBN"], ["Lebanon"])
ev(D, "must comply with their obligation", "must comply", "REQUEST", "change",
   ["military"], ["USA"], ["Mr. Bolton"])
ev(D, "allows Hezbollah to regroup and rearm", "rearm", "MOBILIZE", "weapons",
   ["military"], ["LBN"], ["Hezbollah"], hypothetical=True)


DOCS += [
    {
        "id": "blind23-10",
        "url": "https://usun.usmission.gov/press-release-ambassador-nikki-haley-on-the-failure-"
               "of-talks-between-the-venezuelan-opposition-and-maduro-regime/",
        "agency": "U.S. Mission to the United Nations (usun.usmission.gov press release)",
        "title": "Press Release: Ambassador Nikki Haley on the Failure of Talks between the "
                 "Venezuelan Opposition and Maduro Regime",
        "published": "2018-02-08",
        "date_approximate": False,
        "date_note": "press release dated February 8, 2018; removed: headline and date line",
        "text": (
            "Yesterday, the Venezuelan opposition announced that their negotiations with the "
            "government ended without agreement on a way to end the country\u2019s worsening "
            "political crisis. The opposition rejected a draft proposal by the Maduro regime "
            "that did not include even the most basic elements for guaranteeing credible "
            "elections.\n"
            "\u201cThe Venezuelan opposition stood strong for their democracy. The Maduro "
            "regime\u2019s proposed agreement was not serious, and it\u2019s clear the government "
            "never had any intention of negotiating in good faith or allowing the Venezuelan "
            "people the free and fair elections they want and deserve. This sham proposal is "
            "just the latest example of the lengths Maduro will go to destroy Venezuela\u2019s "
            "democracy. We will continue to support the Venezuelan people\u2019s right to shape "
            "the destiny of their country and have their voices heard,\u201d said Ambassador "
            "Haley."
        ),
    },
]

D = "blind23-10"
ev(D, "the Venezuelan opposition announced", "negotiations", "CONSULT", "",
   ["political_institutions", "election"], ["VEN", "VEN"],
   ["the Venezuelan opposition", "the government"])
ev(D, "the Venezuelan opposition announced", "ended without agreement", "AGREE", "",
   ["political_institutions", "election"], ["VEN", "VEN"],
   ["the Venezuelan opposition", "the government"], negated=True)
ev(D, "The opposition rejected a draft proposal", "rejected", "REJECT", "",
   ["political_institutions", "election"], ["VEN"], ["The opposition"], ["VEN"],
   ["the Maduro regime"])
ev(D, "proposed agreement was not serious", "was not serious", "ACCUSE", "disapprove",
   ["political_institutions", "election"], [], [], ["VEN"],
   ["The Maduro regime\u2019s"])
ev(D, "This sham proposal", "latest example", "ACCUSE", "allege", ["pro_democracy"], [],
   [], ["VEN"], ["Maduro"])
ev(D, "We will continue to support", "continue to support", "SUPPORT", "",
   ["pro_democracy", "election"], ["USA"], ["Ambassador Haley"], ["VEN"],
   ["the Venezuelan people\u2019s"])


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

"""Build and check ``part-gov.jsonl`` of the sealed events test set 5 (annotator sev5b).

Standalone (no wirecoder import). The readable source is :data:`DOCS` below: each document's
address, agency, title, date, the removals (``note``), its verbatim text (paragraphs joined by
``\\n``) and its events. Each event names a ``key`` string that occurs once in the text (it
locates the sentence) and a ``trigger`` found inside that sentence. The script computes
``trigger_start/end`` and ``sentence_start/end`` with the shared splitter of
``data/gold/check_documents.py`` (set 5's id pattern and abbreviations; if set 5 is not yet
registered there, it registers ``sealed5-\\d\\d`` with test3/test4's ``a.m.``/``p.m.`` in memory
only), writes ``part-gov.jsonl`` and runs the shared checker on it.

Run: ``python data/gold/test5/build_gov.py`` (exit status 1 on any error).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import check_documents as cd  # noqa: E402

if 5 not in cd.SETS:
    cd.SETS[5] = (r"sealed5-\d\d", frozenset({"a.m.", "p.m."}))
EXTRA = cd.SETS[5][1]


def ev(key, trigger, etype, mode="", context=(), actor=(), recipient=(), negated=False,
       future=False, hypothetical=False):
    """One event: ``actor``/``recipient`` are (code, text) pairs."""
    return {"key": key, "trigger": trigger, "event_type": etype, "mode": mode,
            "context": list(context), "actor": list(actor), "recipient": list(recipient),
            "negated": negated, "future": future, "hypothetical": hypothetical}


DOCS = [
    {
        "id": "sealed5-50",  # renumbered by date in build()
        "url": "https://obamawhitehouse.archives.gov/realitycheck/the-press-office/2011/06/03/"
               "statement-press-secretary-violence-yemen",
        "agency": "The White House (Office of the Press Secretary)",
        "title": "Statement by the Press Secretary on Violence in Yemen",
        "published": "2011-06-03",
        "date_approximate": False,
        "date_note": "Date from the page address (2011/06/03); 'today' is June 3, 2011.",
        "note": "Removed the header 'The White House / Office of the Press Secretary', the title line and "
                "the footer 'White House Shareables'; trailing spaces at the end of the first paragraph "
                "dropped. Body verbatim (both spellings Sana\u2019a / Sana'a and the multiple spaces "
                "kept).",
        "text": (
            "The United States condemns in the strongest terms the senseless acts of violence today in "
            "Yemen, including the attack against the Presidential Palace compound in Sana\u2019a as well "
            "as other attacks in Sana'a and throughout the country. We call on all sides to cease "
            "hostilities immediately and to pursue an orderly and peaceful process of transferring "
            "political power as called for in the GCC-brokered agreement.  Violence cannot resolve the "
            "issues that confront Yemen, and today\u2019s events cannot be a justification for a new round "
            "of fighting.   We urge all sides to heed the wishes of the Yemeni people, whose aspirations "
            "include peace, reform, and prosperity.\n"
            "In meetings held June 1-3 in Saudi Arabia and the United Arab Emirates, Assistant to the "
            "President for Counterterrorism and Homeland Security John Brennan and his Saudi and Emirati "
            "counterparts expressed deep concern at the deteriorating situation throughout Yemen. Mr. "
            "Brennan said that the United States would continue to coordinate closely with both "
            "governments on developments in Yemen in an effort to help bring an end to the violence."
        ),
        "events": [
            ev("The United States condemns", "condemns", "ACCUSE", "disapprove", [],
               [("USA", "The United States")], []),
            ev("the attack against the Presidential", "attack", "ASSAULT", "", ["political_institutions"],
               [], [("YEM", "Presidential Palace compound")]),
            ev("We call on all sides", "call on", "REQUEST", "yield", ["political_institutions"],
               [("USA", "We")], []),
            ev("We urge all sides", "urge", "REQUEST", "", [],
               [("USA", "We")], []),
            ev("In meetings held", "meetings", "CONSULT", "visit", ["terrorism"],
               [("USA", "John Brennan")],
               [("SAU", "Saudi Arabia"), ("ARE", "the United Arab Emirates")]),
            ev("coordinate closely", "coordinate", "COOPERATE", "", ["diplomatic"],
               [("USA", "the United States"), ("SAU", "both governments"),
                ("ARE", "both governments")], []),
        ],
    },
    {
        "id": "sealed5-51",  # renumbered by date in build()
        "url": "https://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/884823/"
               "us-military-conducts-airstrikes-against-isil-near-mosul-dam/",
        "agency": "U.S. Central Command",
        "title": "U.S. Military Conducts Airstrikes Against ISIL near Mosul Dam",
        "published": "2014-08-19",
        "date_approximate": False,
        "date_note": "Date printed on the release (NEWS | Aug. 19, 2014; dateline Aug. 19, 2014).",
        "note": "Removed the page header 'NEWS | Aug. 19, 2014', the title line, the byline "
                "'By U.S. Central Command News Release', the date line 'August 19, 2014' and "
                "'Release #20140823'. Body text verbatim from the dateline on.",
        "text": (
            "TAMPA, Fla., Aug. 19, 2014 - U.S. military forces continued to attack ISIL terrorists "
            "in Iraq in the last 24 hours, with fighter aircraft conducting two airstrikes near the "
            "Mosul Dam.\n"
            "One of the airstrikes successfully destroyed an ISIL checkpoint. The other airstrike "
            "was not successful.\n"
            "All strike aircraft exited the strike areas safely.\n"
            "These airstrikes were conducted under authority to support Iraqi security forces and "
            "Kurdish defense forces as they work together to combat ISIL, as well as to protect "
            "critical infrastructure, U.S. personnel and facilities, and support humanitarian "
            "efforts.\n"
            "The Department of Defense confirmed yesterday that Iraqi forces have cleared the Mosul "
            "Dam, and that Iraqi security forces and Kurdish defense forces are working together to "
            "further expand control of the area."
        ),
        "events": [
            ev("continued to attack ISIL", "attack", "ASSAULT", "aerial", ["military", "terrorism"],
               [("USA", "U.S. military forces")], [("IMG", "ISIL terrorists")]),
            ev("successfully destroyed", "destroyed", "ASSAULT", "aerial", ["military", "terrorism"],
               [], [("IMG", "ISIL")]),
            ev("to support Iraqi security forces", "support", "AID", "", ["military"],
               [], [("IRQ", "Iraqi security forces"), ("IRQ", "Kurdish defense forces")]),
            ev("as they work together", "work together", "COOPERATE", "", ["military"],
               [("IRQ", "Iraqi security forces"), ("IRQ", "Kurdish defense forces")], []),
            ev("to combat ISIL", "combat", "ASSAULT", "", ["military", "terrorism"],
               [("IRQ", "Iraqi security forces"), ("IRQ", "Kurdish defense forces")],
               [("IMG", "ISIL")]),
            ev("have cleared the Mosul", "cleared", "ASSAULT", "", ["military"],
               [("IRQ", "Iraqi forces")], []),
            ev("are working together", "working together", "COOPERATE", "", ["military"],
               [("IRQ", "Iraqi security forces"), ("IRQ", "Kurdish defense forces")], []),
        ],
    },
    {
        "id": "sealed5-52",  # renumbered by date in build()
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2014/12/235522.htm",
        "agency": "U.S. Department of State",
        "title": "U.S. Condemns Terrorist Attack in Iraq",
        "published": "2014-12-24",
        "date_approximate": False,
        "date_note": "Date printed in the statement's header (December 24, 2014).",
        "note": "Removed the title line and the header block 'Press Statement / Jen Psaki / "
                "Department Spokesperson / Washington, DC / December 24, 2014'. Body verbatim.",
        "text": (
            "The United States strongly condemns the suicide attack today in Madaen, Iraq, which "
            "took the lives of a number of anti-ISIL fighters as they gathered to receive government "
            "salaries. We extend our condolences to the families of the victims and hope for a rapid "
            "recovery for those who were injured.\n"
            "As Iraqis unite against ISIL and turn the tide on the battlefield, ISIL will continue to "
            "resort to such vicious and desperate acts as cowardly suicide attacks and other "
            "atrocities to try to maintain its reign of fear.\n"
            "The United States will continue to stand with the Government of Iraq and the Iraqi "
            "people against violent extremists, and to support their continued progress towards "
            "building a unified Iraq."
        ),
        "events": [
            ev("strongly condemns", "condemns", "ACCUSE", "disapprove", ["terrorism"],
               [("USA", "The United States")], []),
            ev("the suicide attack today", "suicide attack", "ASSAULT", "explosives",
               ["terrorism"], [], [("IRQ", "anti-ISIL fighters")]),
            ev("turn the tide", "turn the tide", "ASSAULT", "", ["military", "terrorism"],
               [("IRQ", "Iraqis")], [("IMG", "ISIL")]),
            ev("cowardly suicide attacks", "suicide attacks", "ASSAULT", "explosives",
               ["terrorism"], [("IMG", "ISIL")], [], future=True),
            ev("continue to stand with", "stand with", "SUPPORT", "", ["terrorism"],
               [("USA", "The United States")],
               [("IRQ", "the Government of Iraq"), ("IRQ", "the Iraqi people")]),
            ev("and to support their", "support", "SUPPORT", "", [],
               [("USA", "The United States")], [("IRQ", "their")]),
        ],
    },
    {
        "id": "sealed5-53",  # renumbered by date in build()
        "url": "https://ml.usembassy.gov/the-united-states-embassy-condemns-terrorist-attack-on-red-cross-vehicle/",
        "agency": "U.S. Embassy in Mali (Department of State)",
        "title": "The United States Embassy condemns terrorist attack on Red Cross vehicle",
        "published": "2015-03-31",
        "date_approximate": False,
        "date_note": "Date printed in the release header (Bamako, Mali, March 31, 2015).",
        "note": "Removed the title line and the header 'Embassy of the United States in Mali / Press "
                "Release / Bamako, Mali, March 31, 2015'. Body verbatim (double space after the first "
                "sentence kept).",
        "text": (
            "The United States Embassy strongly condemns the reprehensible terrorist attack on a Red "
            "Cross vehicle that killed one staff member and seriously wounded another.  We offer our "
            "deepest condolences to the victim\u2019s family and our hopes for the speedy recovery of "
            "his colleague. We view this attack as particularly heinous as it was carried out against "
            "a humanitarian organization and its employees engaged in critical life-saving work.\n"
            "This terrorist attack underscores the need for all Malian parties to agree to the peace "
            "accord reached in Algiers on March 1 without further delay. We believe the best way to "
            "counter the terrorists who are operating in Mali is for Malians to build a national "
            "consensus for the future of their country. This Accord is that critical first step for "
            "Mali to be able to move forward on the challenging task to implement a durable peace so "
            "that all the people of Mali can begin rebuilding their lives."
        ),
        "events": [
            ev("Embassy strongly condemns", "condemns", "ACCUSE", "disapprove", ["terrorism"],
               [("USA", "The United States Embassy")], []),
            ev("reprehensible terrorist attack", "terrorist attack", "ASSAULT", "",
               ["terrorism", "human_security"], [], [("NGO", "Red Cross")]),
            ev("Malian parties to agree", "agree", "AGREE", "", ["diplomatic"],
               [("MLI", "all Malian parties")], [], hypothetical=True),
        ],
    },
    {
        "id": "sealed5-54",  # renumbered by date in build()
        "url": "https://mm.usembassy.gov/u-s-embassy-statement-on-article-18-arrests-july-15-2015/",
        "agency": "U.S. Embassy in Burma (Department of State)",
        "title": "U.S. Embassy Statement on Article 18 Arrests",
        "published": "2015-07-15",
        "date_approximate": False,
        "date_note": "Date from the page address (article-18-arrests-july-15-2015); the stored page "
                     "prints no date.",
        "note": "Removed the title line and the trailing link 'Read More'. Body verbatim.",
        "text": (
            "The United States is concerned over continued reports of arrests and excessive prison "
            "terms handed down to peaceful protesters under Article 18 of the Peaceful Assembly and "
            "Processions Act. Upholding an individual\u2019s ability to exercise his or her basic "
            "rights of peaceful expression and assembly is central to any democracy, and fundamental "
            "to the on-going reform process. Free exercise of these rights will be particularly "
            "important during the upcoming election season as a measure of the election\u2019s "
            "transparency, inclusiveness and credibility, and we urge authorities to ensure those "
            "democratic rights are protected in the coming months and beyond."
        ),
        "events": [
            ev("is concerned over", "concerned", "ACCUSE", "disapprove", ["rights_freedoms"],
               [("USA", "The United States")], []),
            ev("reports of arrests", "arrests", "COERCE", "arrest", ["repression"],
               [], [("MMR", "peaceful protesters")]),
            ev("excessive prison", "prison terms", "SANCTION", "convict", ["legal", "repression"],
               [], [("MMR", "peaceful protesters")]),
            ev("excessive prison", "prison terms", "COERCE", "arrest", ["repression"],
               [], [("MMR", "peaceful protesters")]),
            ev("we urge authorities", "urge", "REQUEST", "change", ["rights_freedoms"],
               [("USA", "we")], [("MMR", "authorities")]),
        ],
    },
    {
        "id": "sealed5-55",  # renumbered by date in build()
        "url": "https://af.usembassy.gov/s-embassy-condemns-attacks-kabul-september-6-2016/",
        "agency": "U.S. Embassy in Afghanistan (Department of State)",
        "title": "U.S. Embassy Condemns Attacks in Kabul (September 6, 2016)",
        "published": "2016-09-06",
        "date_approximate": False,
        "date_note": "Date printed on the page (September 6, 2016); 'yesterday' is September 5, 2016.",
        "note": "Removed the title line (stored cut as '.S. Embassy Condemns Attacks in Kabul "
                "(September 6, 2016)') and the date line 'September 6, 2016'. Body verbatim (curly "
                "quotes and double spaces kept).",
        "text": (
            "We strongly condemn yesterday\u2019s deadly attack on security forces near the Ministry "
            "of Defense in Kabul.\n"
            "\u201cWe offer our deepest condolences to those affected by the attacks and their "
            "families.\u201d said U.S. Ambassador P. Michael McKinley. \u201cThese horrendous attacks "
            "reinforce the callous disregard the Taliban have for the innocent men, women, and "
            "children of Afghanistan.  We mourn the loss of all these innocent lives, and those of our "
            "steadfast partners in the Afghan security forces.  These brave men and women work "
            "tirelessly to usher in a new era of peace in Afghanistan.  We will stand strong with them "
            "and all our friends in Afghanistan as they strive to improve citizen safety and security "
            "and secure lasting peace in this nation.\u201d"
        ),
        "events": [
            ev("We strongly condemn", "condemn", "ACCUSE", "disapprove", ["terrorism"],
               [("USA", "We")], []),
            ev("deadly attack on security", "attack", "ASSAULT", "", ["terrorism", "military"],
               [], [("AFG", "security forces")]),
            ev("callous disregard", "callous disregard", "ACCUSE", "allege", ["terrorism"],
               [], [("AFG", "the Taliban")]),
            ev("We will stand strong", "stand strong with", "AGREE", "", [],
               [("USA", "We")], [("AFG", "them"), ("AFG", "all our friends in Afghanistan")]),
        ],
    },
    {
        "id": "sealed5-56",  # renumbered by date in build()
        "url": "https://cd.usembassy.gov/statement-u-s-department-stateviolence-death-burundi-nationals-"
               "democratic-republic-congo/",
        "agency": "U.S. Department of State (posted by the U.S. Embassy in the DRC)",
        "title": "Statement by U.S. Department of State: Violence and Death of Burundi Nationals in the DRC",
        "published": "2017-09-20",
        "date_approximate": False,
        "date_note": "Date printed on the page (September 20, 2017); the events are of September 15, 2017.",
        "note": "Department of State spokesperson statement re-posted on the U.S. Embassy Kinshasa site. "
                "Removed the title line and the header 'Statement by Heather Nauert, Spokesperson / "
                "September 20, 2017'. Body verbatim.",
        "text": (
            "The U.S. government is dismayed by the violence and death of more than 30 Burundian "
            "nationals and a Congolese soldier in Kamanyola, in the Eastern Democratic Republic of the "
            "Congo (DRC) on September 15. We call upon the Government of the DRC to work with the "
            "Office of the UN High Commissioner for Refugees (UNHCR) and UN peacekeepers to ease "
            "tensions between Burundi refugees and their host population.\n"
            "The cause of the violence must be determined and perpetrators must be held accountable. "
            "We urge the Government of the DRC to protect those civilians affected by violence from "
            "further attacks. Moreover, we urge the security forces of the DRC to refrain from using "
            "excessive force."
        ),
        "events": [
            ev("is dismayed by", "dismayed", "ACCUSE", "disapprove", ["human_rights"],
               [("USA", "The U.S. government")], []),
            ev("by the violence and death", "violence", "ASSAULT", "", ["human_rights", "asylum"],
               [], [("BDI", "Burundian nationals"), ("COD", "a Congolese soldier")]),
            ev("We call upon the Government", "call upon", "REQUEST", "", ["asylum"],
               [("USA", "We")], [("COD", "the Government of the DRC")]),
            ev("We urge the Government", "urge", "REQUEST", "", ["human_rights"],
               [("USA", "We")], [("COD", "the Government of the DRC")]),
            ev("we urge the security forces", "urge", "REQUEST", "", ["human_rights"],
               [("USA", "we")], [("COD", "the security forces of the DRC")]),
        ],
    },
    {
        "id": "sealed5-57",  # renumbered by date in build()
        "url": "https://ye.usembassy.gov/statement-the-houthis-must-cease-the-assault-on-marib/",
        "agency": "U.S. Department of State (posted by the U.S. Embassy in Yemen)",
        "title": "STATEMENT: The Houthis Must Cease the Assault on Marib",
        "published": "2021-02-16",
        "date_approximate": False,
        "date_note": "Date printed in the header (For Immediate Release, February 16, 2021).",
        "note": "Department of State (Office of the Spokesperson) statement re-posted on the U.S. Embassy "
                "Yemen site. Removed the title line and the header 'Office of the Spokesperson / For "
                "Immediate Release / February 16, 2021'. Body verbatim (double spaces kept).",
        "text": (
            "The United States urges the Houthis to halt their advance on Marib and cease all military "
            "operations and turn to negotiations.  The Houthis\u2019 assault on Marib is the action of a "
            "group not committed to peace or to ending the war afflicting the people of Yemen.  UNOCHA "
            "estimates about one million Yemenis have sought refuge in Marib since the beginning of the "
            "war to escape Houthi violence.  Marib is controlled by the legitimate government of Yemen.  "
            "This assault will only increase the number of internally displaced persons and exacerbate "
            "the humanitarian crisis in Yemen, already home to the world\u2019s worst humanitarian "
            "catastrophe.\n"
            "If the Houthis are serious about a negotiated political solution, they must cease all "
            "military advances and refrain from other destabilizing and potentially lethal actions, "
            "including cross-border attacks on Saudi Arabia. They must commit to constructively "
            "participate in the UN-led political process and engage seriously in the diplomatic effort "
            "led by U.S. Special Envoy for Yemen Tim Lenderking.  The time to end this conflict is now.  "
            "There is no military solution."
        ),
        "events": [
            ev("The United States urges", "urges", "REQUEST", "yield", ["military"],
               [("USA", "The United States")], [("YEM", "the Houthis")]),
            ev("assault on Marib is", "assault", "ASSAULT", "", ["military"],
               [("YEM", "The Houthis")], []),
            ev("not committed to peace", "not committed to peace", "ACCUSE", "disapprove",
               ["military"], [], [("YEM", "The Houthis")]),
            ev("have sought refuge", "sought refuge", "SANCTION", "expel", ["human_security"],
               [("YEM", "Houthi")], [("YEM", "Yemenis")]),
            ev("they must cease", "must cease", "REQUEST", "yield", ["military"],
               [], [("YEM", "the Houthis")]),
            ev("They must commit", "must commit", "REQUEST", "meet", ["diplomatic"],
               [], [("YEM", "They")]),
        ],
    },
    {
        "id": "sealed5-58",  # renumbered by date in build()
        "url": "https://www.dvidshub.net/image/8667117/uss-howard-conducts-maneuvering-exercise-with-ships-"
               "royal-new-zealand-navy-royal-australian-navy",
        "agency": "U.S. Navy (Defense Visual Information Distribution Service)",
        "title": "USS Howard conducts maneuvering exercise with ships of the Royal New Zealand Navy, "
                 "Royal Australian Navy (title as given by the page address)",
        "published": "2024-09-28",
        "date_approximate": True,
        "date_note": "The caption dates the exercise Sept. 28, 2024; the page's own publication date is "
                     "not printed in the stored text (the store's date field says 2024-09-26).",
        "note": "DVIDS photo-release text. Removed the metadata furniture 'Content Credentials Issued "
                "by: on VIRIN: Date Created: City: State: Country:', the image number "
                "'240928-N-CV021-1074' and the photo credit '(U.S. Navy photo by Mass Communication "
                "Specialist 3rd Class Alexandria Esteban)'. Caption text verbatim.",
        "text": (
            "SOUTH CHINA SEA (Sept. 28, 2024) The Arleigh Burke-class guided-missile destroyer USS Howard "
            "(DDG 83) conducts a maneuvering exercise with ships from the Royal New Zealand Navy, the "
            "Royal Australian Navy, the Armed Forces of the Philippines Navy and the Japan Maritime "
            "Self-Defense Force in the South China Sea, Sept. 28, 2024. Howard is forward-deployed and "
            "assigned to Destroyer Squadron (DESRON) 15, the Navy\u2019s largest DESRON and the U.S. 7th "
            "Fleet\u2019s principal surface force."
        ),
        "events": [
            ev("conducts a maneuvering", "maneuvering exercise", "COOPERATE", "", ["military"],
               [("USA", "USS Howard"), ("NZL", "Royal New Zealand Navy"),
                ("AUS", "Royal Australian Navy"), ("PHL", "Armed Forces of the Philippines Navy"),
                ("JPN", "Japan Maritime Self-Defense Force")], []),
        ],
    },
    {
        "id": "sealed5-59",  # renumbered by date in build()
        "url": "https://www.usaid.gov/news-information/press-releases/"
               "may-26-2021-death-usaid-partner-humanitarian-aid-worker-tigray",
        "agency": "U.S. Agency for International Development",
        "title": "Death of USAID Partner Humanitarian Aid Worker in Tigray (title as given by the page "
                 "address)",
        "published": "2021-05-26",
        "date_approximate": False,
        "date_note": "Date from the page address (may-26-2021); the stored page prints no date.",
        "note": "Statement by the USAID Administrator (the speaker is not named in the text). Removed the "
                "header 'For Immediate Release / Office of Press Relations / Press Release', the link line "
                "'For the latest updates on U.S. humanitarian assistance for the Tigray response, visit: "
                "\u2026' and 'Share This Page'. Body verbatim.",
        "text": (
            "I want to express my heartfelt condolences to the family of an aid worker who was killed, "
            "reportedly by Eritrean and Ethiopian soldiers in Ethiopia\u2019s Tigray region. The deceased "
            "was a partner with USAID in providing desperately needed aid to the people of the region. "
            "Every day humanitarian workers risk their own lives to help those in dire need because of "
            "man-made conflicts and natural disasters. We hope that his courage and sacrifice, and that "
            "of other humanitarian workers intimidated, threatened, harmed, or killed in the Tigray region "
            "will not be in vain, as we work with the people of Ethiopia toward a peaceful resolution and "
            "a brighter future.\n"
            "Since the onset of conflict in Tigray in November 2020, at least seven humanitarian workers "
            "are confirmed to have been killed while delivering assistance to those suffering in the "
            "region. This recent targeting of a humanitarian worker was clearly intentional and is part "
            "of a troubling rise in harassment and violence against aid workers. We strongly condemn this "
            "violence and continue to call on all parties to the conflict in Tigray to allow full and "
            "unhindered humanitarian access, and to ensure the safety of all humanitarian staff, so that "
            "assistance can reach those in need.\n"
            "This aid is absolutely critical, as more than five million people now need assistance. The "
            "risk of famine in Ethiopia looms for the first time in over 30 years. The United States is "
            "committed to helping the people in Tigray. In order for their suffering to end, Eritrean "
            "troops must leave Tigray, the Ethiopian government must grant unimpeded humanitarian access "
            "and punish human rights abusers, and a political solution must be reached."
        ),
        "events": [
            ev("who was killed", "killed", "ASSAULT", "", ["human_security"],
               [("ERI", "Eritrean"), ("ETH", "Ethiopian soldiers")], []),
            ev("as we work with", "work with", "COOPERATE", "", ["human_security"],
               [("USA", "we"), ("ETH", "the people of Ethiopia")], []),
            ev("We strongly condemn this", "condemn", "ACCUSE", "disapprove", ["human_security"],
               [("USA", "We")], []),
            ev("continue to call on all parties", "call on", "REQUEST", "", ["human_security"],
               [("USA", "We")], []),
            ev("is committed to helping", "committed", "AGREE", "", ["human_security"],
               [("USA", "The United States")], [("ETH", "the people in Tigray")]),
            ev("troops must leave", "must leave", "REQUEST", "yield", ["military"],
               [], [("ERI", "Eritrean troops")]),
            ev("must grant unimpeded", "must grant", "REQUEST", "", ["human_security"],
               [], [("ETH", "the Ethiopian government")]),
        ],
    },
    {
        "id": "sealed5-61",  # renumbered by date in build()
        "url": "https://www.whitehouse.gov/the-press-office/2013/09/21/"
               "statement-nsc-spokesperson-caitlin-hayden-attack-nairobi",
        "agency": "The White House (National Security Council)",
        "title": "Statement by NSC Spokesperson Caitlin Hayden on the Attack in Nairobi",
        "published": "2013-09-21",
        "date_approximate": False,
        "date_note": "Date from the page address (2013/09/21); 'today' is September 21, 2013.",
        "note": "Archived (frozen) White House page. Removed the archive banner 'This is historical material "
                "\u201cfrozen in time\u201d. \u2026', 'Search form', the header 'The White House / Office of the "
                "Press Secretary / For Immediate Release' and the title line. Body verbatim.",
        "text": (
            "The United States condemns in the strongest terms the despicable terrorist attack on innocent "
            "civilians today at the Westgate Shopping Mall in Nairobi, Kenya. We extend our deepest "
            "condolences to the families and loved ones of those who have been killed or injured, including "
            "the American citizens who were injured and the staff of our Embassy in Kenya who were "
            "tragically affected by this attack. We also commend the courageous response by Kenyan security "
            "personnel and first responders, including the Kenyan Red Cross, who stepped forward to help "
            "their fellow citizens. The perpetrators of this heinous act must be brought to justice, and we "
            "have offered our full support to the Kenyan Government to do so. We will continue to stand "
            "with the Kenyan people in their efforts to confront terrorism in all its forms, including the "
            "threat posed by al-Shabaab. This cowardly act against innocent civilians will not shake our "
            "resolve."
        ),
        "events": [
            ev("condemns in the strongest", "condemns", "ACCUSE", "disapprove", ["terrorism"],
               [("USA", "The United States")], []),
            ev("despicable terrorist attack", "terrorist attack", "ASSAULT", "", ["terrorism"],
               [], [("KEN", "innocent civilians")]),
            ev("We also commend", "commend", "SUPPORT", "", ["terrorism"],
               [("USA", "We")], [("KEN", "Kenyan security personnel")]),
            ev("have offered our full support", "offered", "AGREE", "", ["terrorism"],
               [("USA", "we")], [("KEN", "the Kenyan Government")]),
            ev("continue to stand with the Kenyan", "stand with", "SUPPORT", "", ["terrorism"],
               [("USA", "We")], [("KEN", "the Kenyan people")]),
        ],
    },
    {
        "id": "sealed5-62",  # renumbered by date in build()
        "url": "https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/904436/"
               "dec-28-iraqi-security-forces-seize-ramadi-government-center/",
        "agency": "U.S. Central Command",
        "title": "Dec. 28: Iraqi Security Forces seize Ramadi Government Center",
        "published": "2015-12-28",
        "date_approximate": False,
        "date_note": "Date printed on the release (Press Release | Dec. 28, 2015; December 28, 2015).",
        "note": "Removed the site banner ('An official website of the United States government \u2026 "
                "secure websites.'), 'Press Release | Dec. 28, 2015', the title line, 'December 28, 2015' "
                "and 'Release # 20151228-04'. Body verbatim from the dateline on.",
        "text": (
            "BAGHDAD, Iraq Iraqi military leaders announced today Iraqi Security Forces seized the "
            "Government Center in Ramadi from Da'esh (the Arabic acronym for the Islamic State).\n"
            "The Coalition congratulates the Iraqi Security Forces for its success in Ramadi. The ISF "
            "operations to reach the center of Ramadi are a significant milestone on the path to clear "
            "Da'esh from the historic city and the overall campaign to defeat the terrorist group across "
            "Iraq.\n"
            "\"The Iraqi Security Forces, including the Counter-Terrorism Service, the Iraqi Army, the Iraqi "
            "Air Force, the federal and local police, and the tribal fighters, have demonstrated their "
            "resolve in the fight for Ramadi,\" said Lt. Gen. Sean MacFarland, commander of the Combined "
            "Joint Task Force supporting Iraqi security operations. \"I also want to commend the thousands "
            "of troops of the Coalition who have made this success possible through relentless strikes "
            "against Da'esh, training and equipping support to the Iraqi Security Forces, and advice and "
            "assistance provided to Iraqi security leaders. This success belongs to them as well, and we "
            "will all work together to defeat our common enemy.\"\n"
            "Coalition support to operations in Ramadi include more than 600 strikes focused against "
            "Da'esh targets in and around Ramadi, training and equipping of multiple elements of the Iraqi "
            "Security Forces, providing specialized engineering equipment to clear improvised explosives "
            "devices, and providing advice and assistance at multiple Iraqi headquarters."
        ),
        "events": [
            ev("Security Forces seized", "seized", "ASSAULT", "", ["military", "terrorism"],
               [("IRQ", "Iraqi Security Forces")], [("IMG", "Da'esh")]),
            ev("The Coalition congratulates", "congratulates", "SUPPORT", "", ["military"],
               [("IGO", "The Coalition")], [("IRQ", "the Iraqi Security Forces")]),
            ev("I also want to commend", "commend", "SUPPORT", "", ["military"],
               [("USA", "I")], [("IGO", "Coalition")]),
            ev("relentless strikes", "strikes", "ASSAULT", "aerial", ["military", "terrorism"],
               [("IGO", "Coalition")], [("IMG", "Da'esh")]),
            ev("training and equipping support", "training and equipping support", "AID", "",
               ["military"], [("IGO", "Coalition")], [("IRQ", "Iraqi Security Forces")]),
            ev("more than 600 strikes", "strikes", "ASSAULT", "aerial", ["military", "terrorism"],
               [("IGO", "Coalition")], [("IMG", "Da'esh")]),
            ev("training and equipping of multiple", "training and equipping", "AID", "", ["military"],
               [("IGO", "Coalition")], [("IRQ", "Iraqi Security Forces")]),
        ],
    },
    {
        "id": "sealed5-63",  # renumbered by date in build()
        "url": "https://2017-2020.usaid.gov/ru/news-information/press-releases/"
               "nov-30-2017-statement-spokesperson-mccleskey-condolences-victims-violence-south-sudan",
        "agency": "U.S. Agency for International Development",
        "title": "Statement by Spokesperson McCleskey: condolences to victims of violence in South Sudan "
                 "(title as given by the page address)",
        "published": "2017-11-30",
        "date_approximate": False,
        "date_note": "Date from the page address (nov-30-2017); the violence is of November 28, 2017.",
        "note": "USAID 2017-2020 archive site. Removed the archive banner ('You are viewing: Information "
                "released online before January, 2021. \u2026 visit www.usaid.gov.') and the footer 'Comment / "
                "Make a general inquiry or suggest an improvement.'. Body verbatim.",
        "text": (
            "The U.S. Agency for International Development condemns the recent intercommunal violence in "
            "South Sudan's Jonglei State on November 28 that resulted in at least 45 civilian deaths, "
            "including six humanitarian aid workers, as well as dozens of injuries. We extend our deepest "
            "condolences to the victims and their families.\n"
            "We commend the courage and bravery of the aid workers, who worked with USAID partners "
            "implementing emergency programs. These heroes lost their lives while helping those in dire "
            "need. Due to the ongoing conflict between the Government and armed opposition as well as "
            "intercommunal clashes such as this, South Sudan is among the deadliest places on earth for "
            "humanitarian workers, who work at great personal risk to save lives. In total, 94 aid workers "
            "have been killed in South Sudan since the start of conflict in December 2013, including 27 "
            "killed so far this year.\n"
            "We encourage all the communities involved to reject violence. More broadly, we call on all the "
            "parties to the conflict in South Sudan to stop obstructing and diverting humanitarian access "
            "and ensure the safety of all humanitarian staff so that assistance can reach those who need it "
            "most."
        ),
        "events": [
            ev("Development condemns", "condemns", "ACCUSE", "disapprove", ["human_security"],
               [("USA", "The U.S. Agency for International Development")], []),
            ev("recent intercommunal violence", "violence", "ASSAULT", "", ["religion_ethnicity"],
               [("SSD", "intercommunal")], []),
            ev("We commend the courage", "commend", "SUPPORT", "", ["human_security"],
               [("USA", "We")], [("NGO", "the aid workers")]),
            ev("ongoing conflict between", "conflict", "ASSAULT", "", ["military"],
               [("SSD", "the Government"), ("SSD", "armed opposition")], []),
            ev("We encourage all the communities", "encourage", "REQUEST", "yield",
               ["religion_ethnicity"], [("USA", "We")], []),
            ev("we call on all the parties", "call on", "REQUEST", "", ["human_security"],
               [("USA", "we")], [("SSD", "all the parties to the conflict in South Sudan")]),
        ],
    },
    {
        "id": "sealed5-64",  # renumbered by date in build()
        "url": "https://2017-2020.usaid.gov/az/news-information/press-releases/"
               "feb-09-2018-statement-spokesperson-clayton-m-mccleskey-operation-mobile-cranes",
        "agency": "U.S. Agency for International Development",
        "title": "Statement by Spokesperson Clayton M. McCleskey on the operation of mobile cranes (title "
                 "as given by the page address)",
        "published": "2018-02-09",
        "date_approximate": False,
        "date_note": "Date from the page address (feb-09-2018); the stored page prints no date.",
        "note": "USAID 2017-2020 archive site. Removed the archive banner ('You are viewing: Information "
                "released online before January, 2021. \u2026 visit www.usaid.gov.') and the footer 'Comment / "
                "Make a general inquiry or suggest an improvement.'. Body verbatim.",
        "text": (
            "The United States welcomes reports that four U.S.-funded World Food Programme mobile cranes "
            "have now begun offloading supplies at Yemen's Hudaydah port. The additional capacity of these "
            "cranes will cut in half the average time it takes to unload ships, allowing food, medicine, "
            "and other necessities to reach people in need more quickly.\n"
            "A protracted civil conflict has left more than 22 million people in Yemen in dire need of "
            "humanitarian assistance. The country is currently facing the world's largest food-security "
            "emergency and worst cholera outbreak.\n"
            "Since October 2016, the United States has provided nearly $768 million in humanitarian "
            "assistance to help the Yemeni people. We welcome the efforts of other donors to address this "
            "humanitarian crisis, including the recent $1.5 billion pledge from the Saudi-led coalition to "
            "the UN and humanitarian organizations working in Yemen.\n"
            "The United States urges all parties to continue to allow all humanitarian and commercial "
            "goods, including fuel, to enter Yemen through Hudaydah and all other points of access, and to "
            "move freely throughout the country to reach people in need. We also urge all parties to "
            "protect civilians and the aid workers, who work at great personal risk to assist people in "
            "need.\n"
            "The United States remains committed to supporting the Yemeni people, but only a political "
            "solution to this conflict will ultimately advance long-term stability in Yemen and end the "
            "suffering of its people."
        ),
        "events": [
            ev("The United States welcomes", "welcomes", "SUPPORT", "", ["human_security"],
               [("USA", "The United States")], [("UNO", "World Food Programme")]),
            ev("begun offloading", "offloading", "AID", "", ["human_security"],
               [("UNO", "World Food Programme")], [("YEM", "Yemen")]),
            ev("has provided nearly", "provided", "AID", "", ["human_security"],
               [("USA", "the United States")], [("YEM", "the Yemeni people")]),
            ev("We welcome the efforts", "welcome", "SUPPORT", "", ["human_security"],
               [("USA", "We")], [("SAU", "Saudi-led coalition")]),
            ev("billion pledge", "pledge", "AGREE", "", ["human_security"],
               [("SAU", "Saudi-led coalition")],
               [("UNO", "the UN"), ("NGO", "humanitarian organizations")]),
            ev("urges all parties to continue", "urges", "REQUEST", "", ["human_security"],
               [("USA", "The United States")], []),
            ev("We also urge all parties", "urge", "REQUEST", "", ["human_security"],
               [("USA", "We")], []),
            ev("remains committed to supporting", "committed", "AGREE", "", ["human_security"],
               [("USA", "The United States")], [("YEM", "the Yemeni people")]),
        ],
    },
]


def locate(text: str, spans: list, event: dict, doc_id: str) -> dict:
    """Resolve one event's key/trigger to offsets; raise on ambiguity."""
    key = event["key"]
    if text.count(key) != 1:
        raise ValueError(f"{doc_id}: key {key!r} occurs {text.count(key)} times")
    at = text.index(key)
    s0, s1 = next((a, b) for a, b in spans if a <= at < b)
    t0 = text.find(event["trigger"], s0, s1)
    if t0 < 0:
        raise ValueError(f"{doc_id}: trigger {event['trigger']!r} not in its sentence")
    return {
        "event_type": event["event_type"], "mode": event["mode"], "context": event["context"],
        "actor": [c for c, _ in event["actor"]], "actor_text": [t for _, t in event["actor"]],
        "recipient": [c for c, _ in event["recipient"]],
        "recipient_text": [t for _, t in event["recipient"]],
        "trigger": event["trigger"], "negated": event["negated"], "future": event["future"],
        "hypothetical": event["hypothetical"], "trigger_start": t0,
        "trigger_end": t0 + len(event["trigger"]), "sentence_start": s0, "sentence_end": s1,
    }


def build() -> list[dict]:
    """Return the records of the part file, events sorted by position."""
    records = []
    for number, doc in enumerate(sorted(DOCS, key=lambda d: d["published"]), 51):
        doc = {**doc, "id": f"sealed5-{number}"}  # ids follow the order of publication
        spans = cd.sentences(doc["text"], EXTRA)
        events = [locate(doc["text"], spans, e, doc["id"]) for e in doc["events"]]
        events.sort(key=lambda e: (e["trigger_start"], e["trigger_end"]))
        records.append({
            "id": doc["id"], "url": doc["url"], "agency": doc["agency"],
            "source": doc["agency"], "title": doc["title"], "published": doc["published"],
            "date_approximate": doc["date_approximate"], "date_note": doc["date_note"],
            "truncated": False, "note": doc["note"], "text": doc["text"], "events": events,
        })
    return records


def main() -> int:
    """Write ``part-gov.jsonl`` next to this script and check it."""
    out = HERE / "part-gov.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        for record in build():
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if cd.check(str(out), 5) else 0


if __name__ == "__main__":
    sys.exit(main())

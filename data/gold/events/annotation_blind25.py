r"""Texts and event annotation of ``blind25.jsonl`` (evgold13, 2026-12-06).

Read by ``build_blind25.py``.

Each document keeps the exact wording of the stored public-domain page, without its furniture
(named in ``date_note``); paragraph breaks are ``\n``. Each event is one ``ev(...)`` call:
document id, a sentence anchor (a substring of exactly one sentence), the trigger (a substring
of that sentence), type, mode, contexts, actor codes and texts, recipient codes and texts, and
the negated / future / hypothetical flags. The annotation follows ``GUIDELINE.md``; choices it
leaves open are listed in ``README-blind25.md``.
"""

from __future__ import annotations

#: Title abbreviations this set adds to the sentence rule of ``check_documents.py``.
EXTRA_ABBREVIATIONS = frozenset({"Cmdr."})

DOCS: list[dict] = [
    {
        "id": "blind25-01",
        "url": "https://www.state.gov/the-malian-transition-governments-withdrawal-of-consent-"
               "for-minusma/",
        "agency": "U.S. Department of State",
        "title": "The Malian Transition Government\u2019s Withdrawal of Consent for MINUSMA",
        "published": "2023-06-17",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; Mali asked MINUSMA to leave on June 16, "
                     "2023 and the statement reacts to it, so a date in the following days is "
                     "assumed; removed: the .gov banner (\"An official website of the United "
                     "States Government ...\"), the closing \"U.S. Department of State\" and "
                     "the trailing link \"The Lessons of 1989: Freedom and Our Future\"; double "
                     "spaces between sentences made single; the title is taken from the URL "
                     "slug",
        "truncated": False,
        "text": (
            "The United States regrets the transition government of Mali\u2019s decision to "
            "revoke its consent for MINUSMA. We are concerned about the effects this decision "
            "will have on the security and humanitarian crises impacting the Malian people. We "
            "will continue to work with our partners in West Africa to help them tackle the "
            "urgent security and governance challenges they face. We welcome further "
            "consultations with regional leaders on additional steps to promote stability and "
            "prevent conflict. The United States extends its full support to MINUSMA and "
            "Special Representative of the Secretary-General El-Ghassim Wane for his "
            "leadership. MINUSMA\u2019s drawdown must be orderly and responsible, prioritizing "
            "the safety and security of peacekeepers and Malians. The transition government "
            "must also continue to adhere to all its commitments, including the transition to "
            "a democratically elected, civilian-led government by March 2024 and "
            "implementation of the Algiers Accord."
        ),
    },
    {
        "id": "blind25-02",
        "url": "https://ci.usembassy.gov/u-s-condemns-detention-of-human-rights-defenders-in-"
               "china/",
        "agency": "U.S. Department of State (press statement posted by the U.S. Embassy in "
                  "Cote d'Ivoire)",
        "title": "U.S. Condemns Detention of Human Rights Defenders in China",
        "published": "2015-07-12",
        "date_approximate": False,
        "date_note": "press statement by John Kirby, Department Spokesperson, Washington, DC, "
                     "July 12, 2015; removed: the .gov banner, the headline and date line, and "
                     "the block \"Press Statement / John Kirby / Department Spokesperson / "
                     "Washington, DC / July 12, 2015\"",
        "truncated": False,
        "text": (
            "Over the last few days we have noted with growing alarm reports that Chinese "
            "public security forces have systematically detained individuals who share the "
            "common attribute of peacefully defending the rights of others, including those "
            "who lawfully challenge official policies. We are deeply concerned that the broad "
            "scope of the new National Security Law is being used as a legal facade to commit "
            "human rights abuses. We strongly urge China to respect the rights of all of its "
            "citizens and to release all those who have recently been detained for seeking to "
            "protect the rights of Chinese citizens."
        ),
    },
    {
        "id": "blind25-03",
        "url": "https://obamawhitehouse.archives.gov/realitycheck/the-press-office/statement-"
               "national-security-council-spokesman-mike-hammer-detention-human-rights-ac",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by National Security Council Spokesman Mike Hammer on the Detention "
                 "of Human Rights Activists in Russia",
        "published": "2010-01-01",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; Lyudmila Alekseyeva was detained at the "
                     "Moscow rally of December 31, 2009, so the statement is dated to the next "
                     "day (approximate); removed: \"The White House\", \"Office of the Press "
                     "Secretary\", the headline (kept in title) and the trailing \"White House "
                     "Shareables\"; double spaces between sentences made single",
        "truncated": False,
        "text": (
            "The United States expresses dismay at reports that authorities in Moscow "
            "prevented Russian citizens from exercising their right to assemble peacefully. "
            "In particular, the United States notes with concern the detention of protestors, "
            "including prominent human rights defender Lyudmila Alekseyeva, and reports of "
            "their mistreatment by authorities while in custody. Freedom of speech and "
            "assembly are universal rights that all governments should recognize and defend. "
            "The United States stands with those dedicated to promoting these human rights."
        ),
    },
    {
        "id": "blind25-04",
        "url": "https://www.southcom.mil/MEDIA/NEWS-ARTICLES/Article/2978505/us-honduran-army-"
               "delegations-speak-during-centam-working-group/",
        "agency": "U.S. Southern Command (U.S. Army South Public Affairs)",
        "title": "U.S., Honduran army delegations speak during CENTAM Working Group",
        "published": "2022-03-25",
        "date_approximate": False,
        "date_note": "news article of March 25, 2022 by Spc. Joshua Taeckens, U.S. Army South "
                     "Public Affairs; removed: \"News | March 25, 2022\", the headline and the "
                     "byline",
        "truncated": False,
        "text": (
            "U.S. and Honduran army delegations spoke during the CENTAM Working Group Meeting "
            "of Principles in Guatemala City, Guatemala, on March 22, 2022.\n"
            "U.S. Army South Commanding General Maj. Gen. William L. Thigpen and Honduran army "
            "Inspector General of the Honduran Armed Forces, Gen. Omar Adalid Videa Espinal, "
            "discussed the current and future relationship between the U.S. and Honduran "
            "Armies and signed a non-binding bilateral agreement outlining the framework for "
            "coordinated activities and partnership opportunities.\n"
            "Delegations from the U.S., Guatemalan, El Salvadoran and Honduran armies were in "
            "attendance for the working group and discussed the upcoming CENTAM Guardian, "
            "which is a regional exercise designed to simulate regional threats and practice a "
            "combined response."
        ),
    },
    {
        "id": "blind25-05",
        "url": "https://editorials.voa.gov/a/abkhazias-presidential-elections-not-legitimate/"
               "2436909.html",
        "agency": "Voice of America (editorial, reflecting the views of the U.S. Government)",
        "title": "Abkhazia's Presidential Elections Not Legitimate",
        "published": "2014-08-29",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; it reports a State Department briefing "
                     "after the Abkhaz vote of August 24, 2014, so late August 2014 is assumed "
                     "(approximate); the title is taken from the URL slug; the stored copy "
                     "holds the editorial text only (about 1,400 characters) and ends on a "
                     "complete paragraph",
        "truncated": False,
        "text": (
            "The United States does not recognize the legitimacy of the so-called "
            "\u201cpresidential\u201d elections conducted in the Abkhazia region of Georgia on "
            "August 24, and will not acknowledge their outcome, said U.S. State Department "
            "Spokesperson Jen Psaki.\n"
            "The United States, along with the vast majority of nations, does not recognize "
            "the break-away Georgian provinces of Abkhazia and South Ossetia as independent "
            "states. Russia, which fought a short war with Georgia in 2008 related to "
            "escalating tensions over the separatist region of South Ossetia, does, and "
            "thousands of Russian troops remain in the territories.\n"
            "At a State Department briefing, Ms. Psaki said the U.S. position on Abkhazia and "
            "South Ossetia remains clear: \u201cThese regions are integral parts of Georgia. "
            "We once again urge Russia to fulfill all of its obligations under the 2008 "
            "ceasefire agreement, including withdrawal of its forces to pre-conflict "
            "positions, reversal of its recognition of the Georgian regions as independent "
            "states, and provision of free access for humanitarian assistance to these "
            "regions.\u201d\n"
            "In addition, State Department Spokesperson Psaki said, \u201cWe renew our full "
            "support for the Geneva international discussions as a means to achieving "
            "concrete progress on security and humanitarian issues that continue to impact "
            "the communities on the ground in Georgia.\u201d"
        ),
    },
    {
        "id": "blind25-06",
        "url": "https://2017-2020.usaid.gov/news-information/press-releases/feb-15-2019-usaid-"
               "administrator-mark-green-travels-colombia",
        "agency": "U.S. Agency for International Development (USAID)",
        "title": "USAID Administrator Mark Green Travels to Colombia",
        "published": "2019-02-15",
        "date_approximate": False,
        "date_note": "media advisory of Friday, February 15, 2019; removed: the headline, "
                     "\"Press Release Shim\", \"Speeches Shim\", \"Media Advisory\", \"For "
                     "Immediate Release\", the date line and the Office of Press Relations "
                     "contact line",
        "truncated": False,
        "text": (
            "U.S. Agency for International Development (USAID) Administrator Mark Green and "
            "other USAID officials will travel to the Republic of Colombia from February 15 to "
            "February 18 to visit the border with Venezuela. He will tour the warehouse where "
            "the United States has been pre-positioning humanitarian commodities to provide "
            "relief to Venezuelans who are coping with severe shortages of food and medicine "
            "caused by the mismanagement and tyranny of Nicol\u00e1s Maduro. While in "
            "Colombia, he will also meet with USAID staff who are working with governments in "
            "the region and humanitarian partners, including non-governmental and faith-based "
            "organizations, to help ensure these emergency supplies reach the most-vulnerable "
            "populations."
        ),
    },
    {
        "id": "blind25-07",
        "url": "https://www.defense.gov/News/Releases/Release/Article/1664799/readout-of-"
               "secretary-of-defense-james-n-mattis-meeting-with-vietnam-minister-of/",
        "agency": "U.S. Department of Defense",
        "title": "Readout of Secretary of Defense James N. Mattis' Meeting With Vietnam Minister "
                 "of National Defense Ngo Xuan Lich",
        "published": "2018-10-17",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; Mattis visited Bien Hoa Air Base and met "
                     "Ngo Xuan Lich in Vietnam on October 17, 2018 (the \"fifth\" meeting and "
                     "the Bien Hoa visit fix the day; approximate); the title is completed from "
                     "the URL slug; nothing removed (the stored copy starts with the "
                     "spokesperson line)",
        "truncated": False,
        "text": (
            "Pentagon Chief Spokesperson Dana W. White provided the following readout:\n"
            "Secretary of Defense James N. Mattis met with Vietnam Minister of National "
            "Defense Ngo Xuan Lich for the fifth time today to reaffirm the long-standing "
            "defense relationship between the United States and Vietnam.\n"
            "The leaders discussed a broad range of defense issues, to include increasing "
            "cooperation in the areas of maritime security, humanitarian assistance and "
            "disaster relief, and peacekeeping.\n"
            "They also confirmed close cooperation on addressing legacy of war issues and "
            "accounting for U.S. personnel missing from the Vietnam War. Secretary Mattis "
            "noted his visit to Bien Hoa Air Base earlier in the day, where he reaffirmed the "
            "United States' commitment to clean up dioxin contamination.\n"
            "The two leaders agreed that a strong and comprehensive partnership promotes "
            "regional and global security, including in the South China Sea. This partnership "
            "is based on mutual respect and common interests and principles, particularly "
            "freedom of navigation, respect for international law, and recognition of "
            "national sovereignty."
        ),
    },
    {
        "id": "blind25-08",
        "url": "https://www.defense.gov/News/Article/Article/1201822/mattis-indonesian-defense-"
               "minister-discuss-cooperation/",
        "agency": "U.S. Department of Defense (DoD News, Defense Media Activity)",
        "title": "Mattis, Indonesian Defense Minister Discuss Cooperation",
        "published": "2017-06-03",
        "date_approximate": False,
        "date_note": "DoD News article dated June 3, 2017; removed: \"DoD News, Defense Media "
                     "Activity\", the dateline \"WASHINGTON, June 3, 2017 \u2014\" and the two "
                     "section headings \"Need for Continued Unity\" and \"Continuing "
                     "Cooperation\"",
        "truncated": False,
        "text": (
            "Defense Secretary Jim Mattis and Indonesian Defense Minister Ryamizard Ryacudu "
            "discussed security challenges and defense cooperation during a bilateral meeting "
            "today on the sidelines of the Shangri-La Dialogue security conference in "
            "Singapore, Navy Cmdr. Gary Ross, a spokesman for Mattis, said in a statement.\n"
            "The two defense leaders exchanged views on the regional security environment and "
            "highlighted the need for continued unity in the Association of Southeast Asian "
            "Nations to address shared challenges facing Southeast Asia, Ross said.\n"
            "Mattis and Ryamizard also discussed cooperation on countering violent extremism "
            "from groups such as the Islamic State of Iraq and Syria, he added, and addressed "
            "the threat posed by returning foreign fighters.\n"
            "\"Secretary Mattis relayed his appreciation for the broad range of U.S.-Indonesian "
            "defense cooperation and encouraged Indonesia's continuing contributions to "
            "regional security,\" Ross said. \"They emphasized continued cooperation in "
            "maritime domain awareness and information sharing to combat transnational "
            "threats.\"\n"
            "The secretary and his counterpart also discussed the importance of supporting "
            "Indonesia's defense modernization efforts through strengthening bilateral "
            "training, interoperability, and defense trade, he said."
        ),
    },
    {
        "id": "blind25-09",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2009/sept/129984.htm",
        "agency": "U.S. Department of State",
        "title": "Situation in Guinea",
        "published": "2009-09-29",
        "date_approximate": False,
        "date_note": "press statement by Ian Kelly, Department Spokesman, Washington, DC, "
                     "September 29, 2009; removed: the headline (kept in title), the block "
                     "\"Press Statement / Ian Kelly / Department Spokesman / Washington, DC / "
                     "September 29, 2009\" and the release number \"PRN: 2009/975\"",
        "truncated": False,
        "text": (
            "The United States condemns the Guinean military\u2019s brazen and inappropriate "
            "use of force against civilians on September 28. According to reports, "
            "Presidential Guard troops opened fire on unarmed and peaceful demonstrators, "
            "killing at least 157 and injuring over 1,200. The military also stands accused of "
            "carrying out brutal rapes and sexual assaults on women demonstrators and "
            "bystanders during its rampage.\n"
            "We demand the immediate release of opposition leaders and a return to civilian "
            "rule as soon as possible, a move that the Guinean people themselves continue to "
            "demand. The United States also insists that the National Council for Democracy "
            "and Development respect the commitments it has made and not field candidates in "
            "Guinea\u2019s upcoming elections.\n"
            "The United States will continue to monitor the extralegal actions of the military "
            "and government as well as work with its international partners -- the "
            "International Contact Group on Guinea -- to support a peaceful transition in "
            "Guinea."
        ),
    },
    {
        "id": "blind25-10",
        "url": "https://gn.usembassy.gov/u-s-ambassador-urges-peace/",
        "agency": "U.S. Embassy in Guinea",
        "title": "U.S. Ambassador Urges Peace",
        "published": "2019-11-06",
        "date_approximate": False,
        "date_note": "press statement, Conakry, November 6, 2019; removed: the .gov banner, "
                     "the headline and date line, \"Press Statement\", \"Conakry, November 06, "
                     "2019\" and \"For Immediate Release\"; double spaces between sentences "
                     "made single",
        "truncated": False,
        "text": (
            "As U.S. Ambassador, I urge all parties to avoid any violent or provocative acts "
            "during Thursday\u2019s march. Security forces should exercise maximum restraint "
            "and marchers should avoid acts of aggression. The deaths of 4 November were "
            "tragic. The government\u2019s promise of a full investigation of the deaths is "
            "welcome; this investigation should be done rapidly and hold accountable all those "
            "responsible. It is important that the deaths of 14 October be completely "
            "investigated as well. Finally, in order to create the conditions necessary for "
            "dialogue, opposition leaders arrested before and during the 14 October protests "
            "should be released."
        ),
    },
    {
        "id": "blind25-11",
        "url": "https://obamawhitehouse.archives.gov/realitycheck/the-press-office/2012/03/25/"
               "statement-press-secretary-john-brennans-call-president-hadi-yemen",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the Press Secretary on John Brennan's Call with President Hadi "
                 "of Yemen",
        "published": "2012-03-25",
        "date_approximate": False,
        "date_note": "date from the archive URL (2012/03/25); a readout of a phone call; "
                     "removed: \"The White House\", \"Office of the Press Secretary\", the "
                     "headline (kept in title) and the trailing \"White House Shareables\"; "
                     "double spaces between sentences made single; the straight and curly "
                     "apostrophes are kept as stored",
        "truncated": False,
        "text": (
            "Assistant to the President for Homeland Security and Counterterrorism John "
            "Brennan called Yemeni President Abdo Rabo Mansour Hadi today to discuss the "
            "ongoing political transition in Yemen. Mr. Brennan commended President "
            "Hadi\u2019s continued leadership and reiterated that the U.S. Government strongly "
            "supports full implementation of the National Dialogue. He noted that it is "
            "essential that all Yemeni political actors, especially those from the previous "
            "government, play a constructive role in the transition process, and he expressed "
            "concern over recent reports that some former government officials are being "
            "disruptive. President Hadi thanked the United States for its strong support and "
            "affirmed his commitment to restore stability to Yemen through a political "
            "transition. Mr. Brennan and President Hadi both emphasized the strong partnership "
            "between the United States and Yemen and pledged that the two countries, together "
            "with Yemen's other international partners, will work closely together to confront "
            "Yemen\u2019s security and economic challenges."
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


# blind25-01: Mali withdraws its consent for the UN mission (State Department)
D = "blind25-01"
ev(D, "The United States regrets", "regrets", "ACCUSE", "disapprove",
   ["peacekeeping", "diplomatic"], ["USA"], ["The United States"], ["MLI"],
   ["the transition government of Mali\u2019s"])
ev(D, "The United States regrets", "revoke its consent", "SANCTION", "expel",
   ["peacekeeping"], ["MLI"], ["the transition government of Mali\u2019s"], ["UNO"],
   ["MINUSMA"])
ev(D, "We are concerned about the effects", "are concerned", "ACCUSE", "disapprove",
   ["peacekeeping", "human_security"], ["USA"], ["We"])
ev(D, "will continue to work with our partners", "will continue to work with", "AGREE", "",
   ["military", "political_institutions"], ["USA"], ["We"])
ev(D, "We welcome further consultations", "welcome further consultations", "AGREE", "",
   ["diplomatic"], ["USA"], ["We"])
ev(D, "extends its full support to MINUSMA", "extends its full support", "SUPPORT", "",
   ["peacekeeping"], ["USA"], ["The United States"], ["UNO"], ["MINUSMA"])
ev(D, "The transition government must also continue", "must also continue to adhere",
   "REQUEST", "change", ["political_institutions", "election"], [], [], ["MLI"],
   ["The transition government"])

# blind25-02: detention of rights defenders in China (State Department, posted by an embassy)
D = "blind25-02"
ev(D, "noted with growing alarm", "noted with growing alarm", "ACCUSE", "disapprove",
   ["human_rights", "repression"], ["USA"], ["we"], ["CHN"],
   ["Chinese public security forces"])
ev(D, "noted with growing alarm", "detained", "COERCE", "arrest",
   ["human_rights", "repression"], ["CHN"], ["Chinese public security forces"], ["CHN"],
   ["individuals"])
ev(D, "We are deeply concerned", "are deeply concerned", "ACCUSE", "disapprove",
   ["human_rights", "legal"], ["USA"], ["We"])
ev(D, "We strongly urge China", "strongly urge", "REQUEST", "change",
   ["human_rights", "repression"], ["USA"], ["We"], ["CHN"], ["China"])

# blind25-03: detention of protesters in Moscow (White House)
D = "blind25-03"
ev(D, "expresses dismay", "expresses dismay", "ACCUSE", "disapprove",
   ["rights_freedoms", "repression"], ["USA"], ["The United States"], ["RUS"],
   ["authorities in Moscow"])
ev(D, "expresses dismay", "prevented", "COERCE", "restrict",
   ["rights_freedoms", "repression"], ["RUS"], ["authorities in Moscow"], ["RUS"],
   ["Russian citizens"])
ev(D, "notes with concern the detention", "notes with concern", "ACCUSE", "disapprove",
   ["human_rights", "repression"], ["USA"], ["the United States"], ["RUS"],
   ["authorities"])
ev(D, "notes with concern the detention", "detention", "COERCE", "arrest",
   ["human_rights", "repression"], [], [], ["RUS", "RUS"],
   ["protestors", "prominent human rights defender Lyudmila Alekseyeva"])
ev(D, "notes with concern the detention", "mistreatment", "ASSAULT", "",
   ["human_rights", "repression"], ["RUS"], ["authorities"], ["RUS"], ["their"])
ev(D, "stands with those dedicated", "stands with", "SUPPORT", "",
   ["human_rights"], ["USA"], ["The United States"], ["RUS"], ["those"])

# blind25-04: U.S. and Honduran army talks in Guatemala (U.S. Southern Command)
D = "blind25-04"
ev(D, "army delegations spoke", "spoke", "CONSULT", "", ["military"], ["USA", "HND"],
   ["U.S. and Honduran army delegations", "U.S. and Honduran army delegations"])
ev(D, "Thigpen and Honduran army", "discussed", "CONSULT", "", ["military"],
   ["USA", "HND"], ["U.S. Army South Commanding General Maj. Gen. William L. Thigpen",
                    "Inspector General of the Honduran Armed Forces"])
ev(D, "Thigpen and Honduran army", "signed a non-binding bilateral agreement", "AGREE", "",
   ["military"], ["USA", "HND"],
   ["U.S. Army South Commanding General Maj. Gen. William L. Thigpen",
    "Inspector General of the Honduran Armed Forces"])
ev(D, "Delegations from the U.S.", "discussed the upcoming CENTAM Guardian", "CONSULT",
   "multilateral", ["military"], ["USA", "GTM", "SLV", "HND"],
   ["the U.S.", "Guatemalan", "El Salvadoran", "Honduran armies"])

# blind25-05: Abkhazia's elections, Russia's recognition (VOA editorial)
D = "blind25-05"
ev(D, "does not recognize the legitimacy", "does not recognize the legitimacy", "REJECT",
   "", ["election", "territory"], ["USA"], ["The United States"], ["GEO"],
   ["the Abkhazia region of Georgia"])
ev(D, "does not recognize the legitimacy", "will not acknowledge", "REJECT", "",
   ["election", "territory"], ["USA"], ["The United States"])
ev(D, "along with the vast majority of nations", "does not recognize", "REJECT", "",
   ["territory", "diplomatic"], ["USA"], ["The United States"], ["GEO"],
   ["the break-away Georgian provinces of Abkhazia and South Ossetia"])
ev(D, "Russia, which fought a short war", "fought a short war", "ASSAULT", "",
   ["military", "territory"], ["RUS", "GEO"], ["Russia", "Georgia"])
ev(D, "Russia, which fought a short war", "does", "SUPPORT", "",
   ["territory", "diplomatic"], ["RUS"], ["Russia"])
ev(D, "We once again urge Russia", "urge", "REQUEST", "yield",
   ["territory", "military", "human_security"], ["USA"], ["We"], ["RUS"], ["Russia"])
ev(D, "We renew our full support", "renew our full support", "SUPPORT", "",
   ["diplomatic", "territory"], ["USA"], ["We"])

# blind25-06: USAID Administrator travels to the Colombian border (USAID)
D = "blind25-06"
ev(D, "will travel to the Republic of Colombia", "will travel", "AGREE", "",
   ["human_security", "migration"], ["USA"],
   ["U.S. Agency for International Development (USAID) Administrator Mark Green"],
   ["COL"], ["the Republic of Colombia"], future=True)
ev(D, "He will tour the warehouse", "pre-positioning humanitarian commodities", "AID", "",
   ["human_security"], ["USA"], ["the United States"], ["VEN"], ["Venezuelans"])
ev(D, "While in Colombia", "working with", "COOPERATE", "", ["human_security"], ["USA"],
   ["USAID staff"], ["NGO"], ["non-governmental and faith-based organizations"])

# blind25-07: Mattis meets Vietnam's defense minister (Department of Defense readout)
D = "blind25-07"
ev(D, "Mattis met with Vietnam Minister", "met", "CONSULT", "", ["military"],
   ["USA", "VNM"], ["Secretary of Defense James N. Mattis",
                    "Vietnam Minister of National Defense Ngo Xuan Lich"])
ev(D, "The leaders discussed a broad range", "discussed", "CONSULT", "",
   ["military", "disasters", "peacekeeping"], ["USA", "VNM"], ["The leaders", "The leaders"])
ev(D, "They also confirmed close cooperation", "confirmed close cooperation", "COOPERATE",
   "", ["military", "reparations"], ["USA", "VNM"], ["They", "They"])
ev(D, "noted his visit to Bien Hoa", "visit", "CONSULT", "visit", ["military"], ["USA"],
   ["Secretary Mattis"], ["VNM"], ["Bien Hoa Air Base"])
ev(D, "noted his visit to Bien Hoa", "reaffirmed the United States' commitment", "AGREE", "",
   ["environment", "reparations"], ["USA"], ["the United States'"])
ev(D, "The two leaders agreed", "agreed", "AGREE", "", ["military", "territory"],
   ["USA", "VNM"], ["The two leaders", "The two leaders"])

# blind25-08: Mattis meets Indonesia's defense minister (DoD News)
D = "blind25-08"
ev(D, "Ryamizard Ryacudu discussed", "discussed", "CONSULT", "", ["military"],
   ["USA", "IDN"], ["Defense Secretary Jim Mattis",
                    "Indonesian Defense Minister Ryamizard Ryacudu"])
ev(D, "The two defense leaders exchanged views", "exchanged views", "CONSULT", "",
   ["military"], ["USA", "IDN"], ["The two defense leaders", "The two defense leaders"])
ev(D, "The two defense leaders exchanged views", "highlighted the need for continued unity",
   "REQUEST", "change", ["diplomatic"], ["USA", "IDN"],
   ["The two defense leaders", "The two defense leaders"], ["IGO"],
   ["the Association of Southeast Asian Nations"])
ev(D, "Mattis and Ryamizard also discussed", "discussed cooperation", "CONSULT", "",
   ["terrorism", "military"], ["USA", "IDN"], ["Mattis", "Ryamizard"])
ev(D, "relayed his appreciation", "relayed his appreciation", "SUPPORT", "", ["military"],
   ["USA"], ["Secretary Mattis"], ["IDN"], ["Indonesia's"])
ev(D, "relayed his appreciation", "encouraged", "SUPPORT", "", ["military"], ["USA"],
   ["Secretary Mattis"], ["IDN"], ["Indonesia's"])
ev(D, "They emphasized continued cooperation", "emphasized continued cooperation",
   "COOPERATE", "", ["military", "intelligence", "crime"], ["USA", "IDN"], ["They", "They"])
ev(D, "The secretary and his counterpart", "discussed", "CONSULT", "", ["military"],
   ["USA", "IDN"], ["The secretary", "his counterpart"])

# blind25-09: the Conakry stadium killings (State Department)
D = "blind25-09"
ev(D, "The United States condemns the Guinean", "condemns", "ACCUSE", "disapprove",
   ["repression", "human_rights"], ["USA"], ["The United States"], ["GIN"],
   ["the Guinean military\u2019s"])
ev(D, "The United States condemns the Guinean", "use of force", "ASSAULT", "",
   ["repression", "human_rights"], ["GIN"], ["the Guinean military\u2019s"], ["GIN"],
   ["civilians"])
ev(D, "Presidential Guard troops opened fire", "opened fire", "ASSAULT", "firearms",
   ["repression", "pro_democracy"], ["GIN"], ["Presidential Guard troops"], ["GIN"],
   ["unarmed and peaceful demonstrators"])
ev(D, "The military also stands accused", "stands accused", "ACCUSE", "allege",
   ["gender", "human_rights"], [], [], ["GIN"], ["The military"])
ev(D, "We demand the immediate release", "demand the immediate release", "REQUEST",
   "change", ["political_institutions", "pro_democracy"], ["USA"], ["We"])
ev(D, "We demand the immediate release", "continue to demand", "REQUEST", "change",
   ["political_institutions", "pro_democracy"], ["GIN"], ["the Guinean people"])
ev(D, "The United States also insists", "insists", "REQUEST", "change",
   ["election", "political_institutions"], ["USA"], ["The United States"], ["GIN"],
   ["the National Council for Democracy and Development"])
ev(D, "will continue to monitor", "work with", "AGREE", "", ["political_institutions"],
   ["USA"], ["The United States"], ["IGO"], ["the International Contact Group on Guinea"])

# blind25-10: a planned opposition march in Conakry (U.S. Embassy in Guinea)
D = "blind25-10"
ev(D, "As U.S. Ambassador, I urge", "urge", "REQUEST", "change", ["repression"], ["USA"],
   ["I"])
ev(D, "Security forces should exercise", "should exercise maximum restraint", "REQUEST",
   "change", ["repression"], [], [], ["GIN"], ["Security forces"])
ev(D, "Security forces should exercise", "should avoid acts of aggression", "REQUEST",
   "change", ["repression"], [], [], ["GIN"], ["marchers"])
ev(D, "promise of a full investigation", "promise", "AGREE", "", ["legal", "repression"],
   ["GIN"], ["The government\u2019s"])
ev(D, "promise of a full investigation", "is welcome", "SUPPORT", "", ["legal"], [], [],
   ["GIN"], ["The government\u2019s"])
ev(D, "opposition leaders arrested", "arrested", "COERCE", "arrest",
   ["repression", "political_institutions"], [], [], ["GIN"], ["opposition leaders"])

# blind25-11: Brennan's call with President Hadi of Yemen (White House readout)
D = "blind25-11"
ev(D, "John Brennan called Yemeni President", "called", "CONSULT", "phone",
   ["political_institutions"], ["USA", "YEM"],
   ["Assistant to the President for Homeland Security and Counterterrorism John Brennan",
    "Yemeni President Abdo Rabo Mansour Hadi"])
ev(D, "Mr. Brennan commended", "commended", "SUPPORT", "", ["political_institutions"],
   ["USA"], ["Mr. Brennan"], ["YEM"], ["President Hadi\u2019s"])
ev(D, "Mr. Brennan commended", "strongly supports", "SUPPORT", "",
   ["political_institutions"], ["USA"], ["the U.S. Government"])
ev(D, "He noted that it is essential", "noted that it is essential", "REQUEST", "change",
   ["political_institutions"], ["USA"], ["He"], ["YEM"], ["all Yemeni political actors"])
ev(D, "He noted that it is essential", "expressed concern", "ACCUSE", "disapprove",
   ["political_institutions"], ["USA"], ["he"], ["YEM"],
   ["some former government officials"])
ev(D, "President Hadi thanked", "thanked", "SUPPORT", "", ["political_institutions"],
   ["YEM"], ["President Hadi"], ["USA"], ["the United States"])
ev(D, "President Hadi thanked", "affirmed his commitment", "AGREE", "",
   ["political_institutions"], ["YEM"], ["President Hadi"])
ev(D, "both emphasized the strong partnership", "pledged", "AGREE", "",
   ["military", "economic"], ["USA", "YEM"], ["Mr. Brennan", "President Hadi"])

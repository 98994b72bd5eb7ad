"""Texts and annotation of the blind events set ``blind41.jsonl`` (evgold29, 2026-12-06).

Fifteen U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House archive statements, Department of Defense readouts and DoD News stories on
defense.gov, centcom.mil, pacom.mil, dsca.mil and safia.hq.af.mil, and three U.S. embassy
pages; all public domain). Page furniture is removed (named in each document's ``note``); the
wording is otherwise as stored. Each event is written as: document id, a sentence anchor (a
substring of exactly one sentence), the trigger (a substring found once in that sentence), type,
mode, contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind41.py`` turns this into ``blind41.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

WH = "The White House, Office of the Press Secretary (georgewbush-whitehouse.archives.gov)"
WH_NOTE = ("removed: print-page lines ('The White House, President George W. Bush', 'Click to "
           "print this document' / 'Print this document'), 'For Immediate Release', 'Office of "
           "the Press Secretary', the date line, the headline (kept in title), '# # #' / '###', "
           "'Return to this article at:' and its path")

DOCS: list[dict] = [
    {
        "id": "blind41-01",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2002/03/print/20020317.html",
        "agency": WH,
        "title": "President Condemns Pakistan Terrorist Attack (Statement by the President)",
        "published": "2002-03-17",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": WH_NOTE,
        "text": (
            "I am outraged by the terrorist attack that took place today in Islamabad, Pakistan "
            "against innocent civilians. I strongly condemn them as acts of murder that cannot be "
            "tolerated by any person of conscience nor justified by any cause. On behalf of the "
            "American people, I extend my deepest sympathy and condolences to the families of the "
            "victims of this terrible tragedy, and I wish a full and fast recovery to those "
            "injured. We will work closely with the government of Pakistan to ensure those "
            "responsible for this terrorist attack face justice."
        ),
    },
    {
        "id": "blind41-02",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2002/11/print/text/20021128.html",
        "agency": WH,
        "title": "President Condemns Attacks",
        "published": "2002-11-28",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": WH_NOTE,
        "text": (
            "I condemn, in the strongest possible terms, the terrorist attacks today at the Likud "
            "Party polling place in northern Israel and the Paradise Hotel in Mombasa Kenya, as "
            "well as the attempted attack on a civilian airliner shortly after it took off from "
            "Mombasa's international airport. I want to extend my condolences to the victims and "
            "their families, and to the governments and peoples of Israel and Kenya. Today's "
            "attacks underscore the continuing willingness of those opposed to peace to commit "
            "horrible crimes. Those who seek peace must do everything in their power to dismantle "
            "the infrastructure of terror that makes such actions possible. The United States "
            "remains firmly committed, with its partners around the world, to the fight against "
            "terror and those who commit these heinous acts."
        ),
    },
    {
        "id": "blind41-03",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2008/08/print/20080807-9.html",
        "agency": WH,
        "title": "Statement by the President (tenth anniversary of the 1998 embassy bombings)",
        "published": "2008-08-07",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": WH_NOTE + "; 'worldwide-carried' kept as stored",
        "text": (
            "Today marks the tenth anniversary of the al Qaida terrorist attacks against U.S. "
            "Embassies in Dar es Salaam, Tanzania, and Nairobi, Kenya. In Dar es Salaam, the "
            "terrorists killed 11 people and wounded more than 85 others; the blast in Nairobi "
            "killed 218 people and injured approximately 5,000. We remember today those who lost "
            "their lives or were injured in the attacks, their families, and their loved ones.\n"
            "The attacks in East Africa are brutal examples of al Qaida's tactics in its war "
            "against innocent people worldwide-carried out in the heart of two African capitals "
            "without regard to the race, creed, or nationality of the victims. This has been al "
            "Qaida's method for more than a decade, indiscriminately attacking civilians throughout "
            "the world. The attacks in Kenya and Tanzania remind us that al Qaida and its "
            "terrorist affiliates continue to want to attack the United States and our allies. "
            "This anniversary reinforces the need to confront the terrorists, to work with our "
            "allies to bring them to justice, and to prevent such attacks from happening again."
        ),
    },
    {
        "id": "blind41-04",
        "url": "https://dsca.mil/news-media/news-archive/hagel-meets-defense-ministers-baltic-nations",
        "agency": "Defense Security Cooperation Agency (dsca.mil), reprinting DoD News",
        "title": "Hagel Meets With Defense Ministers From Baltic Nations",
        "published": "2014-06-03",
        "date_approximate": False,
        "date_note": "date in the story's dateline",
        "truncated": False,
        "note": ("removed: 'Skip to main content', the headline (kept in title), 'Printer "
                 "Friendly Version' (twice), 'A link to the article is available here.'"),
        "text": (
            "WASHINGTON, June 3, 2014 – Defense Secretary Chuck Hagel met today in Brussels with "
            "the defense ministers of Latvia, Lithuania and Estonia.\n"
            "Hagel and his Baltic nation counterparts discussed a number of common security "
            "concerns, Pentagon officials said, including recent actions by Russia in and along "
            "the Ukrainian border and the subsequent reassurance measures taken by the United "
            "States and NATO.\n"
            "The secretary thanked the three nations for their continued participation in these "
            "reassurance measures, officials added.\n"
            "“The Baltic nation representatives thanked Secretary Hagel for the ongoing support "
            "from the United States,” officials said in a statement summarizing the meeting. “The "
            "four leaders also discussed their continued cooperation and the future "
            "implementation of the $1 billion European Reassurance Initiative President Barack "
            "Obama announced earlier today.”"
        ),
    },
    {
        "id": "blind41-05",
        "url": "https://co.usembassy.gov/secretary-hagel-travel-announcement-south-america/",
        "agency": "U.S. Embassy in Colombia (co.usembassy.gov)",
        "title": "Secretary Hagel Travel Announcement (South America)",
        "published": "2014-10-07",
        "date_approximate": True,
        "date_note": ("undated in the stored copy; inferred from the content (Hagel's second "
                      "Latin America trip of 2014, ending at the 11th Conference of Defense "
                      "Ministers of the Americas in Peru in October 2014, departing 'On "
                      "Thursday')"),
        "truncated": True,
        "note": ("the stored copy is cut inside its last paragraph; the incomplete sentence 'He "
                 "will describe DoD’s efforts to' is dropped; the headline is kept in title; "
                 "double spaces after periods kept as stored"),
        "text": (
            "On Thursday, Secretary Hagel will embark on his second trip to Latin America this "
            "year, a six-day, three-country trip that includes visits to Colombia, Chile, and "
            "Peru.\n"
            "Secretary Hagel will begin his trip in Colombia, where he will meet with Colombian "
            "leaders and reinforce our close and wide-ranging defense partnership.  Colombia "
            "continues to expand its role as a security exporter across the region, and Secretary "
            "Hagel will underscore the United States’ continued support for these efforts, as "
            "well as Colombia’s internal counterinsurgency operations as the government pursues a "
            "peace process.  He will also seek new avenues for future security cooperation, and "
            "visit a Colombian military base to observe training for Colombian special forces and "
            "aviators.\n"
            "From Colombia, Secretary Hagel will travel to Chile, another long-standing defense "
            "partner of the United States and a regional leader in humanitarian assistance and "
            "disaster relief, and peacekeeping.  In meetings with Chile’s leadership, the "
            "Secretary will explore ways that the United States can expand our partnership with "
            "Chile in these areas, and seek to identify new areas for cooperation in the broader "
            "Asia-Pacific region.\n"
            "Finally, in Peru, Secretary Hagel will attend the 11th Conference of the Defense "
            "Ministers of the Americas (CDMA), a biennial conference that is the Western "
            "Hemisphere’s premier venue for senior leaders to discuss regional defense issues.\n"
            "At the CDMA, Secretary Hagel will stress the United States’ commitment to "
            "partnerships that strengthen national defense institutions and confront hemispheric "
            "security challenges, including ungoverned spaces, organized crime, and narcotics "
            "trafficking.  Addressing a major theme of this year’s conference – environmental "
            "security – the Secretary will also discuss the Defense Department’s emerging "
            "strategy for adapting to the impacts of climate change."
        ),
    },
    {
        "id": "blind41-06",
        "url": ("https://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/885216/"
                "carter-reaffirms-bilateral-relationship-with-jordanian-leaders-meets-with-top-s"),
        "agency": "U.S. Central Command (centcom.mil), DoD News",
        "title": ("Carter reaffirms bilateral relationship with Jordanian leaders, meets with "
                  "top Saudi leaders"),
        "published": "2015-07-22",
        "date_approximate": False,
        "date_note": "date in the story's dateline",
        "truncated": False,
        "note": ("removed: the closing credit '(DoD News, Defense Media Activity contributed to "
                 "this report)'; the title is reconstructed from the URL slug (the stored copy "
                 "has no headline); straight and curly apostrophes kept as stored"),
        "text": (
            "WASHINGTON, July 22, 2015 – Defense Secretary Ash Carter met in Jordan on Wednesday "
            "with Gen. Mashal al-Zaben, King Abdullah II’s advisor for military affairs and "
            "chairman of the Joint Chiefs of Staff of the Jordanian armed forces, and Lt. Gen. "
            "Prince Faisal bin Hussein, Pentagon Press Secretary Peter Cook said.\n"
            "“Secretary Carter reaffirmed the closeness of the U.S.-Jordan strategic relationship, "
            "and the leaders discussed mutual concerns in the region, including the ongoing crisis "
            "in Syria,” Cook said.\n"
            "Carter also expressed his deep appreciation for the Jordanian armed forces' "
            "leadership in the region and commended them for playing a leading role in the global "
            "coalition effort to deliver a lasting defeat to the Islamic State of Iraq and the "
            "Levant, he added.\n"
            "In addition, Carter met in Jiddah, Saudi Arabia, Wednesday with King Salman, Crown "
            "Prince Mohammed bin Nayef and Deputy Crown Prince and Defense Minister Mohammed bin "
            "Salman, Cook said.\n"
            "In a statement summarizing the meeting, Cook said the leaders affirmed the longtime "
            "security partnership between the United States and Saudi Arabia, discussing a range "
            "of issues pertaining to both nations' mutual security interests, including checking "
            "Iranian destabilizing activities in the region and countering violent extremism from "
            "groups such as the Islamic State of Iraq and the Levant.\n"
            "Building on commitments made at the Gulf Cooperation Council summit hosted by "
            "President Barack Obama at Camp David in May, Carter spoke to a number of areas where "
            "the United States and Saudi Arabia can deepen their security cooperation for the "
            "benefit of both countries, Cook said. These include enhancing training for special "
            "operations and counterterrorism forces, integrating air and missile defense systems, "
            "bolstering cyber defenses and strengthening maritime security, he added."
        ),
    },
    {
        "id": "blind41-07",
        "url": ("https://www.defense.gov/News/News-Releases/News-Release-View/Article/1284874/"
                "readout-of-secretary-mattis-meeting-with-jordanian-chairman-of-the-joint-chiefs/"),
        "agency": "U.S. Department of Defense (defense.gov), Press Operations",
        "title": ("Readout of Secretary Mattis’ Meeting with Jordanian Chairman of the Joint "
                  "Chiefs of Staff Lt. Gen. Mahmoud Freihat"),
        "published": "2017-08-21",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": ("removed: the headline (kept in title), 'Press Operations', 'Release No: "
                 "NR-300-17', the date line with 'PRINT | E-MAIL'; '–Arab Army' kept as stored"),
        "text": (
            "Pentagon Chief Spokesperson Dana W. White provided the following readout:\n"
            "Secretary of Defense Jim Mattis met today with Jordanian Chairman of the Joint Chiefs "
            "of Staff Lt. Gen. Mahmoud Freihat to reaffirm a strong, enduring U.S.-Jordan "
            "partnership.\n"
            "The secretary praised Lt. Gen. Freihat's efforts to reform the Jordan Armed Forces "
            "–Arab Army, and assured him of U.S. support for continued progress.\n"
            "The secretary and chairman also discussed bolstering Jordan's defenses against a "
            "range of security challenges, to include border security and enhancing capabilities "
            "for the defeat-ISIS fight. He affirmed the U.S. commitment to stand shoulder-to-"
            "shoulder with Jordan in facing regional and global challenges."
        ),
    },
    {
        "id": "blind41-08",
        "url": ("https://www.defense.gov/News/Releases/Release/Article/2854469/"
                "deputy-secretary-of-defense-kathleen-h-hicks-addresses-the-bucharest-nine-defen/"),
        "agency": "U.S. Department of Defense (defense.gov)",
        "title": ("Deputy Secretary of Defense Kathleen H. Hicks Addresses the Bucharest Nine "
                  "Defense Ministerial"),
        "published": "2021-11-15",
        "date_approximate": True,
        "date_note": ("the stored copy shows no date; November 2021 inferred from the content "
                      "(Russian activity around Ukraine and the Belarus–EU border migrant crisis, "
                      "the B9 summit 'in May' 2021) and the release number range; the day is a "
                      "placeholder"),
        "truncated": False,
        "note": "no furniture in the stored copy; the title is reconstructed from the URL slug",
        "text": (
            "Department of Defense Spokesman Eric Pahon provided the following readout:\n"
            "Deputy Secretary of Defense Dr. Kathleen Hicks virtually addressed NATO eastern flank "
            "Allies at the Bucharest-Nine (B9) Defense Ministerial in Romania today. Co-hosted by "
            "Romania and Poland, this forum brought together B9 defense ministers from Bulgaria, "
            "the Czech Republic, Estonia, Hungary, Latvia, Lithuania, and Slovakia to discuss "
            "recent events in the region, defense cooperation, NATO strategic priorities, and "
            "EU-NATO cooperation.\n"
            "The Deputy Secretary affirmed the U.S. commitment to NATO’s eastern flank and "
            "commented on recent Russian activity around Ukraine, the migrant crisis on the "
            "Belarusian-EU border, and strategic competition with the Peoples’ Republic of China.\n"
            "Deputy Secretary Hicks recognized progress on Allied responsibility sharing, the "
            "importance of deterrence and defense, and contributions to international operations. "
            "She underscored that EU defense initiatives should remain coherent, mutually "
            "reinforcing, interoperable with, and available to NATO.\n"
            "The Deputy Secretary also reaffirmed President Biden’s statements to the B9 Summit in "
            "May, which included the importance of shared democratic values and resilience in "
            "support of Euro-Atlantic collective security."
        ),
    },
    {
        "id": "blind41-09",
        "url": ("https://br.usembassy.gov/u-s-secretary-of-defense-visit-to-brazil/"),
        "agency": "U.S. Embassy & Consulates in Brazil (br.usembassy.gov)",
        "title": "U.S. Secretary of Defense Visit to Brazil",
        "published": "2022-07-27",
        "date_approximate": False,
        "date_note": "date in the text's dateline",
        "truncated": False,
        "note": ("removed: the headline (kept in title), the closing 'Full speech:' line with "
                 "its link; 'justbound' and 'cooperation ,' kept as stored"),
        "text": (
            "Brasilia, July 27, 2022: Secretary of Defense Lloyd J. Austin III and a delegation "
            "including the Southcom Commander Gen. Laura Richardson traveled to Brazil to "
            "participate in the 15th Conference of Defense Ministers of the Americas (CDMA), as "
            "well as a series of bilateral meetings with counterparts from the hemisphere. The "
            "delegation discussed regional shared challenges and opportunities in an atmosphere "
            "of open dialogue and mutual confidence. Secretary Austin’s participation reflects the "
            "United States’ deep commitment to working alongside regional partners to chart our "
            "shared vision for a democratic, prosperous, and secure Western Hemisphere.\n"
            "In his address to the CDMA, Secretary Austin stated that “our countries aren’t "
            "justbound together by geography. We’re also drawn closer by our common interests and "
            "common values – by our deep respect for human rights and human dignity, our "
            "commitment to the rule of law, and our devotion to democracy.”\n"
            "In parallel to the conference, the Secretary participated in meetings with his "
            "counterparts from Brazil, Chile, and Ecuador. In their bilateral meeting, Secretary "
            "Austin and Brazilian Defense Minister Paulo Sergio Nogueira discussed a wide range of "
            "topics related to military cooperation , including health, training and cooperation, "
            "countering transnational threats, continuous professionalization, and activities "
            "aimed at greater military interoperability."
        ),
    },
    {
        "id": "blind41-10",
        "url": ("https://www.safia.hq.af.mil/IA-News/Article/3237658/"
                "us-colombia-defense-leaders-to-discuss-security-migration-climate-change/"),
        "agency": ("Secretary of the Air Force International Affairs (safia.hq.af.mil), "
                   "reprinting DoD News (David Vergun)"),
        "title": "U.S.-Colombia Defense Leaders to Discuss Security, Migration, Climate Change",
        "published": "2022-12-06",
        "date_approximate": True,
        "date_note": ("the stored copy shows 'Published' without a date; late 2022 inferred from "
                      "the content (Velasquez became defense minister in August 2022; the working "
                      "group 'will be held next year') and the article number; the day is a "
                      "placeholder"),
        "truncated": True,
        "note": ("removed: the headline (kept in title), 'Published', 'By David Vergun', 'DOD "
                 "News', the bullet marks of the list (its items kept, one a line); the stored "
                 "copy is cut inside a quotation: the incomplete last sentence ('It will be "
                 "important to work with the United States on our very firm goal of building "
                 "what we call in our country to') is dropped; trailing spaces removed"),
        "text": (
            "Secretary of Defense Lloyd J. Austin III met Colombian Defense Minister Ivan "
            "Velasquez Gomez at the Pentagon today.\n"
            "Austin said he looks forward to continuing discussions that include:\n"
            "Strengthening the two nation's defense relationship\n"
            "Regional and international security cooperation\n"
            "Counternarcotics\n"
            "Humanitarian impacts related to regional migration\n"
            "Climate change and environmental degradation\n"
            "Austin said discussions also will include how Colombia is improving rural development "
            "insecurity and Colombia's peace implementation efforts.\n"
            "The secretary said he was glad that yesterday Velasquez met with Daniel P. Erikson, "
            "deputy assistant secretary of defense for the Western Hemisphere for an executive "
            "framing meeting for the 18th U.S.-Colombia Defense Bilateral Working Group, which "
            "will be held next year.\n"
            "\"This annual dialogue lays the groundwork for us to discuss how we can work even "
            "more closely together to make our neighborhood safer and more prosperous,\" Austin "
            "said.\n"
            "The secretary also commended Colombia's efforts to address the impact of migration "
            "on regional stability.\n"
            "\"You've seen the suffering of people forced to leave their homes in search of a "
            "better life and I applaud your government's commitment to protecting these "
            "migrants,\" he said.\n"
            "\"We share a steadfast commitment to democracy and the rule of law and human "
            "rights,\" Austin said, calling Colombia a major non-NATO ally of the United States and "
            "a global partner promoting security in the Western Hemisphere and around the world.\n"
            "Velasquez said Colombia is committed to democracy and to its security relationship "
            "with the United States.\n"
            "The minister also said he looks forward to discussions with Austin mentioned."
        ),
    },
    {
        "id": "blind41-11",
        "url": ("https://www.defense.gov/News/Releases/Release/Article/3355951/"
                "readout-of-secretary-of-defense-lloyd-j-austin-iiis-phone-call-with-brazilian-m/"),
        "agency": "U.S. Department of Defense (defense.gov)",
        "title": ("Readout of Secretary of Defense Lloyd J. Austin III's Phone Call With "
                  "Brazilian Minister of Defense José Múcio Monteiro"),
        "published": "2023-03-29",
        "date_approximate": True,
        "date_note": ("the stored copy shows no date ('Wednesday evening'); spring 2023 inferred "
                      "from the content (the February 2023 disasters in Türkiye and Chile called "
                      "'recent') and the article number; the day is a placeholder Wednesday"),
        "truncated": False,
        "note": ("removed: the .gov banner ('An official website of the United States "
                 "Government' … 'safely connected to the .gov website. Share sensitive "
                 "information only on official, secure websites.'), 'Immediate Release', the "
                 "headline (kept in title); 'Jóse' and the double space at the end of the third "
                 "paragraph kept as stored"),
        "text": (
            "Secretary of Defense Lloyd J. Austin III spoke by phone Wednesday evening with "
            "Brazilian Minister of Defense Jóse Múcio Monteiro. The two leaders discussed the "
            "U.S.-Brazil bilateral defense agenda, including positive steps to deepen cooperation "
            "on regional and global issues, building on Brazil’s status as a major Non-NATO "
            "ally.\n"
            "During their conversation, the two leaders reaffirmed their mutual commitment to the "
            "U.S.-Brazil defense relationship. They also emphasized the importance of ensuring "
            "that the armed forces uphold the highest standards with respect to human rights, the "
            "rule of law, and democracy.\n"
            "Secretary Austin noted that he appreciated his visit to Brazil during the successful "
            "Conference of Defense Ministers of the Americas in 2022 and recognized the role of "
            "Brazilian military forces in supporting humanitarian relief efforts in response to "
            "recent disasters in Turkiye and Chile. Minister Múcio also shared the steps that the "
            "Brazilian military is taking to protect the Amazon region.\n"
            "The two leaders agreed to maintain an open dialogue and to work together to advance "
            "the stability, prosperity, and security of the Western Hemisphere."
        ),
    },
    {
        "id": "blind41-12",
        "url": ("https://www.safia.hq.af.mil/IA-News/Article/3544567/"
                "austin-praises-kenyas-commitment-to-regional-peace/"),
        "agency": ("Secretary of the Air Force International Affairs (safia.hq.af.mil), "
                   "reprinting DoD News"),
        "title": "Austin Praises Kenya's Commitment to Regional Peace",
        "published": "2023-09-25",
        "date_approximate": True,
        "date_note": ("the stored copy shows no date; Austin's meeting in Nairobi 'today' and the "
                      "signing of the five-year framework took place on 2023-09-25 (his first "
                      "Africa trip, Djibouti on Sunday 2023-09-24)"),
        "truncated": True,
        "note": ("the title is reconstructed from the URL slug; the stored copy is cut inside "
                 "its last paragraph: the incomplete sentence 'The two leaders discussed U.S. "
                 "and Djiboutian defense ties … to counter violent extremist' is dropped; straight "
                 "quotes kept as stored"),
        "text": (
            "Secretary of Defense Lloyd J. Austin III underscored today the U.S. and Kenya's "
            "shared commitment to regional peace and security during a meeting with Kenyan "
            "Defense Minister Aden Bare Duale in Kenya's capital city, Nairobi.\n"
            "The defense counterparts underscored their countries' ties, signing a five-year "
            "framework for defense cooperation and enhancing interoperability between the two "
            "militaries.\n"
            "\"Signing the framework for defense cooperation between our two countries today "
            "reinforces the importance of our strategic partnership with Kenya, and it will help "
            "guide our bilateral defense relationship for the next five years,\" Austin said "
            "following the meeting.\n"
            "Austin specifically noted Kenya's partnership with the U.S. in countering al-Shabab, "
            "an Islamist militant group based in neighboring Somalia.\n"
            "The militant group is responsible for multiple attacks in Nairobi, including a "
            "multiday attack on the Westgate shopping mall in which al-Shabab militants killed 67 "
            "people in 2013.\n"
            "In 2019, gunmen associated with al-Shabab attacked DusitD2 Hotel complex in Nairobi, "
            "killing at least 21 people. A U.S. citizen was among the dead.\n"
            "Duale welcomed the signing of the framework, which he said emphasizes "
            "interoperability and opens avenues for enhanced cooperation on defense technology and "
            "innovation. The framework, he said, reaffirms \"the strong, enduring partnership "
            "between Kenya and the United States.\"\n"
            "\"In an increasingly complex and interconnected world, our ability to work seamlessly "
            "together is paramount,\" Duale said. \"This cooperation will enable us to respond "
            "effectively to the ever-evolving security challenges in our region.\"\n"
            "Austin's meeting with Duale was part of his first trip across Africa as secretary of "
            "defense.\n"
            "On Sunday, Austin met with the president of Djibouti, Ismail Omar Guelleh."
        ),
    },
    {
        "id": "blind41-13",
        "url": ("https://www.pacom.mil/Media/News/News-Article-View/Article/3544030/"
                "strength-of-the-combined-force-australian-filipino-us-forces-coming-together-to/"),
        "agency": "U.S. Indo-Pacific Command (pacom.mil), Marine Rotational Force – Darwin",
        "title": ("Strength of the Combined Force: Australian, Filipino, U.S. Forces Coming "
                  "Together to Demonstrate Readiness for Crisis and Contingency Response"),
        "published": "2023-09-29",
        "date_approximate": False,
        "date_note": "date printed on the page ('NEWS | Sept. 29, 2023')",
        "truncated": True,
        "note": ("removed: the .mil banner lines, 'Home : Media : News : News Article View', "
                 "'NEWS | Sept. 29, 2023', the headline (kept in title), the byline 'By Maj. "
                 "Matthew Wolf, Marine Rotational Force - Darwin'; the stored copy is cut inside "
                 "a quotation: the last paragraph ('It’s quite significant … CAPT Br') is "
                 "dropped; 'refers amphibious' kept as stored"),
        "text": (
            "Marines and Sailors of Marine Rotational Force – Darwin (MRF-D) joined members of "
            "the Armed Forces of the Philippines (AFP) and Australian Defence Force (ADF) for "
            "Exercise Alon, part of Indo-Pacific Endeavour 2023. Alon, a Filipino word which "
            "translates to waves in English, refers amphibious nature of the exercise which "
            "included ship-to-shore movements conducted by the combined force.\n"
            "“Exercise Alon has been two years in the making – what started off as just a concept "
            "is now coming to fruition,” said the Commander of the Amphibious Task Force, Royal "
            "Australian Navy CAPT Phillipa Hay. “It's a great pleasure to be operating with the "
            "Filipinos and particularly to be able to exercise and bring together an integrated "
            "force in Filipino waters.”\n"
            "The combined force sailed from Darwin, Australia to the Philippines on HMAS Canberra, "
            "while integrating tactics, techniques, and procedures in preparation for a series of "
            "amphibious assaults. MRF-D complemented the capabilities of the ADF and AFP by "
            "embarking four MV-22B Osprey tiltrotor aircraft and a contingent of ground combat "
            "forces on the ship in support of the ship-to-shore movements of personnel and "
            "equipment from the three nations."
        ),
    },
    {
        "id": "blind41-14",
        "url": ("https://www.defense.gov/News/Releases/Release/Article/4068780/"
                "readout-of-secretary-of-defense-pete-hegseths-call-with-qatar-deputy-prime-mini/"),
        "agency": "U.S. Department of Defense (defense.gov)",
        "title": ("Readout of Secretary of Defense Pete Hegseth's Call With Qatar Deputy Prime "
                  "Minister and Minister of State for Defense Affairs"),
        "published": "2025-02-05",
        "date_approximate": True,
        "date_note": ("the stored copy shows no date; early 2025 inferred from the content "
                      "(Hegseth took office on 2025-01-25; an 'introductory call'; Gaza hostages) "
                      "and the article number; the day is a placeholder"),
        "truncated": False,
        "note": "no furniture in the stored copy; the title is reconstructed from the URL slug",
        "text": (
            "Pentagon Press Secretary John Ullyot provided the following readout:\n"
            "Secretary of Defense Pete Hegseth and the Qatari Minister of State for Defense "
            "Affairs Sheikh Saoud bin Abdulrahman bin Hassan bin Ali Al Thani held an "
            "introductory call today to reaffirm the bilateral defense partnership and discuss "
            "opportunities to work together in support of regional security. The Secretary "
            "thanked Qatar for hosting U.S. and coalition forces at Al Udeid Air Base and urged "
            "continued support for Trump Administration efforts to secure the release of the "
            "hostages from Gaza."
        ),
    },
    {
        "id": "blind41-15",
        "url": ("https://hn.usembassy.gov/"
                "statement-regarding-comments-washington-honduran-presidential-reelection/"),
        "agency": "U.S. Embassy in Honduras (hn.usembassy.gov)",
        "title": "Statement Regarding Comments in Washington on Honduran Presidential Reelection",
        "published": "2016-12-15",
        "date_approximate": True,
        "date_note": ("undated in the stored copy; inferred from the content as falling in the "
                      "debate on President Hernandez's re-election before the November 2017 "
                      "election (2016–2017); month and day are placeholders"),
        "truncated": False,
        "note": "removed: the headline (kept in title); no other furniture in the stored copy",
        "text": (
            "It is clear that remarks made by the Spokesman about the electoral process in "
            "Honduras have been misinterpreted. Media and others are interpreting the Spokesman’s "
            "remarks as opposing the candidacy of President Hernandez for re-election in "
            "Honduras.\n"
            "The U.S. Government does not oppose President Hernandez or others from presenting "
            "themselves for re-election according to Honduran democratic processes. It is up to "
            "the Honduran people to determine their political future through their democratic "
            "institutions and processes.\n"
            "Strong democratic institutions produce successful democracy, and presidential term "
            "limits, which we understand President Hernandez has called for, reinforce this "
            "principle."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind41-01: White House, Islamabad attack (2002) ---
D = "blind41-01"
ev(D, "I am outraged", "outraged", "ACCUSE", "disapprove", ["terrorism"], ["USA"], ["I"])
ev(D, "I am outraged", "terrorist attack", "ASSAULT", "", ["terrorism"], [], [], ["PAK"],
   ["innocent civilians"])
ev(D, "I strongly condemn them", "condemn", "ACCUSE", "disapprove", ["terrorism"], ["USA"],
   ["I"])
ev(D, "We will work closely", "work closely", "AGREE", "", ["terrorism", "legal"], ["USA"],
   ["We"], ["PAK"], ["the government of Pakistan"])

# --- blind41-02: White House, attacks in Israel and Kenya (2002) ---
D = "blind41-02"
ev(D, "I condemn, in the strongest", "condemn", "ACCUSE", "disapprove", ["terrorism"],
   ["USA"], ["I"])
ev(D, "I condemn, in the strongest", "terrorist attacks", "ASSAULT", "",
   ["terrorism", "election"], [], [], ["ISR", "KEN"],
   ["the Likud Party polling place in northern Israel", "the Paradise Hotel in Mombasa Kenya"])

# --- blind41-03: White House, anniversary of the 1998 embassy bombings (2008) ---
D = "blind41-03"
ev(D, "Today marks the tenth anniversary", "terrorist attacks", "ASSAULT", "",
   ["terrorism"], ["IMG"], ["al Qaida"], ["USA"], ["U.S. Embassies"])
ev(D, "In Dar es Salaam, the terrorists", "killed 11 people", "ASSAULT", "", ["terrorism"],
   ["IMG"], ["the terrorists"])

# --- blind41-04: DoD, Hagel and the Baltic defense ministers (2014) ---
D = "blind41-04"
ev(D, "Defense Secretary Chuck Hagel met today", "met", "CONSULT", "multilateral",
   ["military", "diplomatic"], ["USA", "LVA", "LTU", "EST"],
   ["Defense Secretary Chuck Hagel", "Latvia", "Lithuania", "Estonia"])
ev(D, "Hagel and his Baltic nation counterparts discussed", "discussed", "CONSULT", "",
   ["military"], ["USA", "LVA", "LTU", "EST"],
   ["Hagel", "his Baltic nation counterparts", "his Baltic nation counterparts",
    "his Baltic nation counterparts"])
ev(D, "The secretary thanked the three nations", "thanked", "SUPPORT", "", ["military"],
   ["USA"], ["The secretary"], ["LVA", "LTU", "EST"],
   ["the three nations", "the three nations", "the three nations"])
ev(D, "The Baltic nation representatives thanked", "thanked", "SUPPORT", "", ["military"],
   ["LVA", "LTU", "EST"],
   ["The Baltic nation representatives", "The Baltic nation representatives",
    "The Baltic nation representatives"], ["USA"], ["Secretary Hagel"])
ev(D, "The four leaders also discussed", "discussed", "CONSULT", "", ["military"],
   ["USA", "LVA", "LTU", "EST"],
   ["The four leaders", "The four leaders", "The four leaders", "The four leaders"])
ev(D, "The four leaders also discussed", "announced", "AGREE", "", ["military"], ["USA"],
   ["President Barack Obama"])

# --- blind41-05: U.S. Embassy Colombia, Hagel travel announcement (2014) ---
D = "blind41-05"
ev(D, "On Thursday, Secretary Hagel will embark", "will embark", "AGREE", "",
   ["military", "diplomatic"], ["USA"], ["Secretary Hagel"],
   ["COL", "CHL", "PER"], ["Colombia", "Chile", "Peru"], future=True)
ev(D, "Secretary Hagel will begin his trip in Colombia", "will meet", "AGREE", "",
   ["military", "diplomatic"], ["USA"], ["he"], ["COL"], ["Colombian leaders"], future=True)
ev(D, "Secretary Hagel will begin his trip in Colombia", "reinforce", "AGREE", "",
   ["military"], ["USA"], ["he"], ["COL"], ["Colombian leaders"])
ev(D, "Colombia continues to expand its role", "will underscore", "AGREE", "",
   ["military"], ["USA"], ["Secretary Hagel"], ["COL"], ["Colombia"])
ev(D, "From Colombia, Secretary Hagel will travel", "will travel", "AGREE", "",
   ["military", "diplomatic"], ["USA"], ["Secretary Hagel"], ["CHL"], ["Chile"],
   future=True)
ev(D, "In meetings with Chile’s leadership", "meetings", "AGREE", "",
   ["military", "diplomatic"], ["USA"], ["the Secretary"], ["CHL"], ["Chile’s leadership"],
   future=True)
ev(D, "Finally, in Peru, Secretary Hagel will attend", "will attend", "AGREE", "",
   ["military", "diplomatic"], ["USA"], ["Secretary Hagel"], future=True)

# --- blind41-06: DoD News, Carter in Jordan and Saudi Arabia (2015) ---
D = "blind41-06"
ev(D, "Defense Secretary Ash Carter met in Jordan", "met", "CONSULT", "visit",
   ["military", "diplomatic"], ["USA"], ["Defense Secretary Ash Carter"], ["JOR", "JOR"],
   ["Gen. Mashal al-Zaben", "Lt. Gen. Prince Faisal bin Hussein"])
ev(D, "Secretary Carter reaffirmed the closeness", "reaffirmed", "SUPPORT", "", ["military"],
   ["USA"], ["Secretary Carter"], ["JOR"], ["Jordan"])
ev(D, "Secretary Carter reaffirmed the closeness", "discussed", "CONSULT", "", ["military"],
   ["USA", "JOR"], ["the leaders", "the leaders"])
ev(D, "Carter also expressed his deep appreciation", "expressed his deep appreciation",
   "SUPPORT", "", ["military"], ["USA"], ["Carter"], ["JOR"],
   ["the Jordanian armed forces'"])
ev(D, "Carter also expressed his deep appreciation", "commended", "SUPPORT", "",
   ["military", "terrorism"], ["USA"], ["Carter"], ["JOR"], ["them"])
ev(D, "In addition, Carter met in Jiddah", "met", "CONSULT", "visit",
   ["military", "diplomatic"], ["USA"], ["Carter"], ["SAU", "SAU", "SAU"],
   ["King Salman", "Crown Prince Mohammed bin Nayef",
    "Deputy Crown Prince and Defense Minister Mohammed bin Salman"])
ev(D, "the leaders affirmed the longtime security partnership", "affirmed", "SUPPORT", "",
   ["military"], ["USA", "SAU"], ["the United States", "Saudi Arabia"])
ev(D, "the leaders affirmed the longtime security partnership", "discussing", "CONSULT", "",
   ["military"], ["USA", "SAU"], ["the leaders", "the leaders"])
ev(D, "Building on commitments made", "summit", "CONSULT", "multilateral",
   ["diplomatic", "military"], ["IGO", "USA"],
   ["Gulf Cooperation Council", "President Barack Obama"])

# --- blind41-07: DoD readout, Mattis and Jordan's chief of staff (2017) ---
D = "blind41-07"
ev(D, "Secretary of Defense Jim Mattis met today", "met", "CONSULT", "", ["military"],
   ["USA", "JOR"],
   ["Secretary of Defense Jim Mattis",
    "Jordanian Chairman of the Joint Chiefs of Staff Lt. Gen. Mahmoud Freihat"])
ev(D, "Secretary of Defense Jim Mattis met today", "reaffirm", "SUPPORT", "", ["military"],
   ["USA"], ["Secretary of Defense Jim Mattis"], ["JOR"], ["Jordan"])
ev(D, "The secretary praised", "praised", "SUPPORT", "", ["military"], ["USA"],
   ["The secretary"], ["JOR"], ["Lt. Gen. Freihat's"])
ev(D, "The secretary praised", "assured him of U.S. support", "SUPPORT", "", ["military"],
   ["USA"], ["The secretary"], ["JOR"], ["him"])
ev(D, "The secretary and chairman also discussed", "discussed", "CONSULT", "",
   ["military", "terrorism"], ["USA", "JOR"], ["The secretary", "chairman"])
ev(D, "He affirmed the U.S. commitment", "affirmed", "SUPPORT", "", ["military"], ["USA"],
   ["He"], ["JOR"], ["Jordan"])

# --- blind41-08: DoD readout, Hicks at the Bucharest Nine ministerial (2021) ---
D = "blind41-08"
ev(D, "Deputy Secretary of Defense Dr. Kathleen Hicks virtually", "virtually addressed",
   "CONSULT", "multilateral", ["military", "diplomatic"], ["USA"],
   ["Deputy Secretary of Defense Dr. Kathleen Hicks"])
ev(D, "Co-hosted by Romania and Poland", "brought together", "CONSULT", "multilateral",
   ["military", "diplomatic"],
   ["ROU", "POL", "BGR", "CZE", "EST", "HUN", "LVA", "LTU", "SVK"],
   ["Romania", "Poland", "Bulgaria", "the Czech Republic", "Estonia", "Hungary", "Latvia",
    "Lithuania", "Slovakia"])
ev(D, "The Deputy Secretary affirmed the U.S. commitment", "affirmed", "SUPPORT", "",
   ["military"], ["USA"], ["The Deputy Secretary"], ["IGO"], ["NATO’s"])
ev(D, "She underscored that EU defense initiatives", "underscored", "REQUEST", "change",
   ["military"], ["USA"], ["She"], ["EUR"], ["EU defense initiatives"])
ev(D, "The Deputy Secretary also reaffirmed President Biden", "statements to the B9 Summit",
   "CONSULT", "multilateral", ["diplomatic"], ["USA"], ["President Biden’s"])

# --- blind41-09: U.S. Embassy Brazil, Austin at the CDMA (2022) ---
D = "blind41-09"
ev(D, "Brasilia, July 27, 2022", "traveled to Brazil", "CONSULT", "visit",
   ["military", "diplomatic"], ["USA"], ["Secretary of Defense Lloyd J. Austin III"],
   ["BRA"], ["Brazil"])
ev(D, "Brasilia, July 27, 2022", "participate", "CONSULT", "multilateral",
   ["military", "diplomatic"], ["USA"], ["Secretary of Defense Lloyd J. Austin III"])
ev(D, "The delegation discussed regional", "discussed", "CONSULT", "", ["military"],
   ["USA"], ["The delegation"])
ev(D, "In parallel to the conference", "participated in meetings", "CONSULT", "",
   ["military", "diplomatic"], ["USA", "BRA", "CHL", "ECU"],
   ["the Secretary", "Brazil", "Chile", "Ecuador"])
ev(D, "In their bilateral meeting", "discussed", "CONSULT", "", ["military"],
   ["USA", "BRA"], ["Secretary Austin", "Brazilian Defense Minister Paulo Sergio Nogueira"])

# --- blind41-10: DoD News, Austin and Colombia's defense minister (2022) ---
D = "blind41-10"
ev(D, "met Colombian Defense Minister Ivan Velasquez Gomez", "met", "CONSULT", "visit",
   ["military", "diplomatic"], ["COL"], ["Colombian Defense Minister Ivan Velasquez Gomez"],
   ["USA"], ["Secretary of Defense Lloyd J. Austin III"])
ev(D, "The secretary said he was glad", "met with", "CONSULT", "", ["military"],
   ["COL", "USA"], ["Velasquez", "Daniel P. Erikson"])
ev(D, "The secretary said he was glad", "will be held", "AGREE", "", ["military"],
   ["USA", "COL"], ["U.S.", "Colombia"], future=True)
ev(D, "The secretary also commended", "commended", "SUPPORT", "", ["migration"], ["USA"],
   ["The secretary"], ["COL"], ["Colombia's"])
ev(D, "You've seen the suffering", "applaud", "SUPPORT", "", ["migration", "human_rights"],
   ["USA"], ["I"], ["COL"], ["your government's"])
ev(D, "We share a steadfast commitment", "calling Colombia a major non-NATO ally", "SUPPORT",
   "", ["military"], ["USA"], ["Austin"], ["COL"], ["Colombia"])
ev(D, "Velasquez said Colombia is committed", "committed", "SUPPORT", "", ["military"],
   ["COL"], ["Velasquez"], ["USA"], ["the United States"])

# --- blind41-11: DoD readout, Austin's call with Brazil's defense minister (2023) ---
D = "blind41-11"
ev(D, "spoke by phone Wednesday evening", "spoke by phone", "CONSULT", "phone",
   ["military"], ["USA", "BRA"],
   ["Secretary of Defense Lloyd J. Austin III",
    "Brazilian Minister of Defense Jóse Múcio Monteiro"])
ev(D, "The two leaders discussed the", "discussed", "CONSULT", "", ["military"],
   ["USA", "BRA"], ["The two leaders", "The two leaders"])
ev(D, "During their conversation, the two leaders reaffirmed", "reaffirmed", "SUPPORT", "",
   ["military"], ["USA", "BRA"], ["the two leaders", "the two leaders"])
ev(D, "Secretary Austin noted that he appreciated", "visit", "CONSULT", "visit",
   ["military", "diplomatic"], ["USA"], ["he"], ["BRA"], ["Brazil"])
ev(D, "Secretary Austin noted that he appreciated", "recognized", "SUPPORT", "",
   ["military", "disasters"], ["USA"], ["Secretary Austin"], ["BRA"],
   ["Brazilian military forces"])
ev(D, "Secretary Austin noted that he appreciated", "supporting humanitarian relief efforts",
   "AID", "", ["disasters", "human_security"], ["BRA"], ["Brazilian military forces"],
   ["TUR", "CHL"], ["Turkiye", "Chile"])
ev(D, "The two leaders agreed to maintain", "agreed", "AGREE", "",
   ["military", "diplomatic"], ["USA", "BRA"], ["The two leaders", "The two leaders"])

# --- blind41-12: DoD News, Austin in Kenya (2023) ---
D = "blind41-12"
ev(D, "underscored today the U.S. and Kenya's", "underscored", "SUPPORT", "", ["military"],
   ["USA"], ["Secretary of Defense Lloyd J. Austin III"], ["KEN"], ["Kenya's"])
ev(D, "underscored today the U.S. and Kenya's", "meeting", "CONSULT", "visit",
   ["military", "diplomatic"], ["USA"], ["Secretary of Defense Lloyd J. Austin III"],
   ["KEN"], ["Kenyan Defense Minister Aden Bare Duale"])
ev(D, "The defense counterparts underscored", "signing", "SUPPORT", "", ["military"],
   ["USA", "KEN"], ["The defense counterparts", "The defense counterparts"])
ev(D, "The militant group is responsible", "multiple attacks", "ASSAULT", "",
   ["terrorism"], ["IMG"], ["The militant group"])
ev(D, "The militant group is responsible", "killed", "ASSAULT", "", ["terrorism"], ["IMG"],
   ["al-Shabab militants"])
ev(D, "In 2019, gunmen associated with al-Shabab", "attacked", "ASSAULT", "firearms",
   ["terrorism"], ["IMG"], ["gunmen associated with al-Shabab"])
ev(D, "On Sunday, Austin met", "met", "CONSULT", "", ["military", "diplomatic"],
   ["USA", "DJI"], ["Austin", "the president of Djibouti, Ismail Omar Guelleh"])

# --- blind41-13: INDOPACOM, Exercise Alon (2023) ---
D = "blind41-13"
ev(D, "Marines and Sailors of Marine Rotational Force", "joined", "COOPERATE", "",
   ["military"], ["USA", "PHL", "AUS"],
   ["Marines and Sailors of Marine Rotational Force – Darwin",
    "the Armed Forces of the Philippines", "Australian Defence Force"])
ev(D, "MRF-D complemented the capabilities", "complemented", "COOPERATE", "", ["military"],
   ["USA"], ["MRF-D"], ["AUS", "PHL"], ["ADF", "AFP"])

# --- blind41-14: DoD readout, Hegseth's call with Qatar (2025) ---
D = "blind41-14"
ev(D, "held an introductory call", "held an introductory call", "CONSULT", "phone",
   ["military"], ["USA", "QAT"],
   ["Secretary of Defense Pete Hegseth",
    "the Qatari Minister of State for Defense Affairs Sheikh Saoud bin Abdulrahman bin Hassan "
    "bin Ali Al Thani"])
ev(D, "held an introductory call", "reaffirm", "SUPPORT", "", ["military"], ["USA", "QAT"],
   ["Secretary of Defense Pete Hegseth",
    "the Qatari Minister of State for Defense Affairs Sheikh Saoud bin Abdulrahman bin Hassan "
    "bin Ali Al Thani"])
ev(D, "The Secretary thanked Qatar", "thanked", "SUPPORT", "", ["military"], ["USA"],
   ["The Secretary"], ["QAT"], ["Qatar"])
ev(D, "The Secretary thanked Qatar", "hosting", "COOPERATE", "", ["military"], ["QAT"],
   ["Qatar"], ["USA"], ["U.S."])
ev(D, "The Secretary thanked Qatar", "urged", "REQUEST", "assist", ["military", "diplomatic"],
   ["USA"], ["The Secretary"], ["QAT"], ["Qatar"])

# --- blind41-15: U.S. Embassy Honduras, statement on re-election remarks (approx. 2016) ---
D = "blind41-15"
ev(D, "The U.S. Government does not oppose", "does not oppose", "ACCUSE", "disapprove",
   ["election"], ["USA"], ["The U.S. Government"], ["HND"], ["President Hernandez"],
   negated=True)
ev(D, "presidential term limits", "has called for", "REQUEST", "change",
   ["political_institutions", "election"], ["HND"], ["President Hernandez"])

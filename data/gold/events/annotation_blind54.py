"""Texts and annotation of the blind events set ``blind54.jsonl`` (evgold42, 2026-12-07).

Six Voice of America news stories (voanews.com and VOA's preview host voa.pangea-cms.com) and
five U.S. government texts (the U.S. Embassy in Belarus, the White House archive of President
G. W. Bush, USAID, the U.S. Embassy in Sudan, the State Department archive 2009-2017), taken
from the search tool's stored pages; all public domain. Page furniture is removed (named in
each document's ``note``); the wording is otherwise exactly as stored (one paragraph per line).
Each event is written as: document id, a sentence anchor (a substring of exactly one sentence),
the trigger (a substring found once in that sentence), type, mode, contexts, actor codes, actor
texts, recipient codes, recipient texts and the flags. ``build_blind54.py`` turns this into
``blind54.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

VOA = [
    {
        "id": "blind54-01",
        "url": "https://www.voanews.com/europe/azerbaijan-reports-shelling-armenia-nagorno-karabakh-denies-it",
        "agency": "Voice of America",
        "title": "Azerbaijan Reports Shelling by Armenia; Nagorno-Karabakh Denies It",
        "published": "2020-10-11",
        "date_approximate": False,
        "date_note": "the page's byline line reads 'By VOA News, October 11, 2020 05:32 AM'; the "
                     "story reports shelling 'on the night of October 11' and a cease-fire that "
                     "took effect 'Saturday' (October 10)",
        "truncated": True,
        "note": (
            "removed: the section label 'Europe', the headline (kept in title), the byline line "
            "'By VOA News / October 11, 2020 05:32 AM', the photo caption (stored twice, the "
            "first copy cut), blank lines; the store cuts the page inside the next paragraph "
            "('The fi'), which is dropped. Source wording kept ('said on Twitter a new', "
            "'between Armenian and Azerbaijani went into effect', the closing straight quote "
            "after 'absolute lie.')"
        ),
        "text": (
            "Azerbaijan said Sunday that Armenian forces had shelled the city of Ganja "
            "overnight.\n"
            "The Azerbaijani Foreign Affairs Ministry said on Twitter a new \u201cOn the night of "
            "October 11, #Ganja, the second largest city in #Azerbaijan and far beyond the "
            "frontline, came under rocket fire by the Armenian armed forces. The attack killed "
            "seven civilians and injured 39 others, including minors.\u201d\n"
            "The defense ministry in Nagorno-Karabakh said that the charge of Armenian forces "
            "\u201cshelling Ganja is an absolute lie.\"\n"
            "The incident has not been independently confirmed.\n"
            "A cease-fire between Armenian and Azerbaijani went into effect Saturday at noon "
            "local time (0800 UTC), at least temporarily halting deadly hostilities over the "
            "breakaway Nagorno-Karabakh region, which each country claims.\n"
            "Armenia and Azerbaijan agreed to the cease-fire in the disputed Nagorno-Karabakh "
            "region after 10 hours of talks in Moscow. The truce is intended to allow both sides "
            "to exchange prisoners and recover the dead.\n"
            "Russian Foreign Minister Sergei Lavrov, who mediated the talks, said the cease-fire "
            "should pave the way for further talks on the settlement of the conflict.\n"
            "The talks between the foreign ministers of Armenia and Azerbaijan were held at the "
            "invitation of Russian President Vladimir Putin after nearly two weeks of fighting.\n"
            "The United Nations human rights office said that it had received unconfirmed "
            "reports that more than 50 civilians, including children, have been killed since "
            "the fighting erupted on Sept. 27."
        ),
    },
    {
        "id": "blind54-02",
        "url": "http://www.voanews.com/content/iran-criticizes-saudi-severing-of-diplomatic-relations/3129996.html",
        "agency": "Voice of America",
        "title": "Saudi Arabia Allies Join Riyadh in Curbing Iran Ties",
        "published": "2016-01-04",
        "date_approximate": True,
        "date_note": "the page shows no dateline; the story reports the allies' moves 'Monday' "
                     "after a Saturday execution, its photo caption is dated Jan. 4, 2016 (a "
                     "Monday) and the embedded video is stamped January 05, 2016 1:54 AM, so it "
                     "is dated Monday 2016-01-04",
        "truncated": True,
        "note": (
            "removed: 'News / Middle East', the headline (kept in title), the photo caption "
            "(stored twice), the byline 'Chris HannasKen Bredemeier' (two VOA staff writers run "
            "together in the store), the four-space indentation of the stored copy, blank "
            "lines, and the embedded video box after the last paragraph ('VIDEO: Analysts "
            "discuss message Saudi Arabia sent to Iran', its title, time stamp and cut caption). "
            "Source wording kept ('stressed the the need')"
        ),
        "text": (
            "Saudi Arabia's allies curbed their diplomatic links with Iran Monday, following "
            "Riyadh's decision to sever its relations with Iran after protesters stormed the "
            "country's embassy in Tehran.\n"
            "Bahrain and Sudan cut their diplomatic ties to Tehran, while the United Arab "
            "Emirates downgraded its relations with Iran, limiting the number of Tehran's "
            "diplomats in the country and reducing the representation to a charge d'affaires "
            "rather than an ambassador. Saudi Arabia also announced that all flights to and from "
            "Iran have been cancelled.\n"
            "At the White House, spokesman Josh Earnest stressed the the need for Iran and Saudi "
            "Arabia to \"deescalate\" the situation and urged all sides to show restraint.\n"
            "The heightened tensions came in the aftermath of Sunni Saudi Arabia's execution "
            "Saturday of a leading Shi'ite cleric, Sheikh Nimr al-Nimr. After Riyadh announced "
            "his execution, along with 46 others, angry Iranian protesters smashed furniture and "
            "set fires at the Saudi embassy in Tehran, with demonstrators also attacking the "
            "country's consulate in Mashhad."
        ),
    },
    {
        "id": "blind54-03",
        "url": "https://www.voanews.com/a/a-13-2008-04-03-voa47-66746847/562410.html",
        "agency": "Voice of America",
        "title": "Chadian Rebels Regroup During Renewed Fighting",
        "published": "2008-04-03",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-04-03), matching 'this week' and a pact "
                     "signed 'last month' (the Dakar accord of March 13, 2008)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "blank lines; the store cuts the page inside the last paragraph ('The spokesman says "
            "the Alliance was formed last month ... under the title, \"T'), which is dropped. The "
            "opening summary with its correspondent line is kept as stored. Source spellings "
            "kept ('N'djamena' beside 'N'Djamena', 'between the Chad and Sudan', 'borne out of')"
        ),
        "text": (
            "Renewed violence in eastern Chad this week has accusations flying between rebel "
            "groups and government officials in both Chad and Sudan. Uma Ramiah reports from "
            "Dakar.\n"
            "An exiled spokesman for the recently formed Chad rebel coalition known as the "
            "National Alliance, Mansour Abbas, tells VOA the group was attacked in eastern Chad "
            "this week, not by government soldiers, but by Sudanese rebels supported by Chadian "
            "President Idriss Deby.\n"
            "He says his group did not initiate the attacks, but was defending itself from the "
            "Sudanese rebels.\n"
            "Chadian government officials have a different explanation. They say it is Sudan "
            "that is again backing a rebel incursion.\n"
            "Rebel groups stormed Chad's capital N'djamena in early February, but were driven "
            "out by Chadian troops with French military support.\n"
            "The Chadian rebel group says the accusations are absolutely false. The spokesman "
            "says the National Alliance acts on behalf of the Chadian people, without any "
            "Sudanese support.\n"
            "But at least one Chadian rebel leader has clear links with Sudan authorities. "
            "Sudanese rebels have their political headquarters in N'Djamena.\n"
            "In the latest of several peace agreements signed between the Chad and Sudan, the "
            "country's presidents signed a pact last month to stop cross-border attacks "
            "originating from their territories.\n"
            "The rebel spokesman says the pact did not concern them as it was simply an "
            "agreement signed between two presidents. Though the National Alliance will continue "
            "its fight against the Chadian president, he says if asked, they are willing to take "
            "part in direct talks with the country's leader.\n"
            "He says the National Alliance is not concerned with Sudan, but was borne out of "
            "insurgent groups trying to form a more cohesive front against the Chadian "
            "government."
        ),
    },
    {
        "id": "blind54-04",
        "url": "http://www.voanews.com/content/india-defines-talks-with-china-141038903/179476.html",
        "agency": "Voice of America",
        "title": "India Defines Talks With China",
        "published": "2012-03-01",
        "date_approximate": True,
        "date_note": "the page shows no dateline; its photo caption shows the two ministers "
                     "meeting in New Delhi on March 1, 2012 and the story says the talks wrapped "
                     "up 'Thursday' (March 1, 2012 was a Thursday)",
        "truncated": True,
        "note": (
            "removed: 'News', the headline (kept in title), the photo caption (stored twice), "
            "the byline 'Kurt Achin', the subheadings 'Strategic partnership' and 'Opposing "
            "views', the four-space indentation of the stored copy, blank lines; the store cuts "
            "the page inside the last paragraph ('The issue has been especi'), whose cut "
            "sentence is dropped. Straight and curly quotes kept as stored. 'S.M. Krishna' is "
            "split after 'S.M.' by the checker's sentence rule (not an abbreviation it knows); "
            "the annotation uses the spans the rule gives"
        ),
        "text": (
            "India says its cooperation with China needs to be \"deepened and broadened.\" With "
            "high-level talks taking place against the backdrop of a restive Tibet and "
            "decades-long disagreements between the emerging superpowers, New Delhi is offering "
            "assurances that its dialogue with Beijing is thorough.\n"
            "Indian External Affairs Minister S.M. Krishna wrapped up talks with his visiting "
            "Chinese counterpart, Yang Jiechi, Thursday with a call to cultivate their "
            "strategic cooperative partnership.\n"
            "\"That strategic partnership needs to be strengthened, further broadened and that "
            "partnership needs to be more meaningful,\" he said.\n"
            "China's envoy refrained from public comments after the talks, as is virtually "
            "always the case. However, Krishna said the discussions were thorough, and that no "
            "subject was spared.\n"
            "\"Every possible issue that is raised whenever China and India dialogue takes place "
            "were raised and we have understood each other's position,\" he added.\n"
            "Krishna said Indian satellite data confirms that China does not appear to be "
            "engaging in any upstream diversion activities along a shared river that would "
            "endanger India's future water supply.\n"
            "Concern about water resources is just one item on a list of new - and old - "
            "irritations between the two neighbors. India has countered China's position at the "
            "United Nations by supporting measures to condemn human rights abuses in Syria. And, "
            "for decades, it has hosted the Tibetan spiritual leader, the Dalai Lama, and an "
            "elected Tibetan administration Beijing describes as \u201cseparatists.\u201d"
        ),
    },
    {
        "id": "blind54-05",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-09-12-voa43/405450.html",
        "agency": "Voice of America",
        "title": "[no headline in the stored copy] US-Venezuela-Bolivia expulsion of ambassadors "
                 "(VOA story 405450)",
        "published": "2008-09-12",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-09-12), a Friday, matching Chavez's order "
                     "'On Thursday' and the US expulsions of the Bolivian and Venezuelan envoys",
        "truncated": True,
        "note": (
            "VOA's preview host voa.pangea-cms.com; the stored copy starts at the first "
            "paragraph (no headline, byline or furniture stored) and ends at 'a terrorist "
            "group.', a complete sentence, so the page may be cut after it (marked truncated). "
            "Blank lines removed; wording kept exactly"
        ),
        "text": (
            "The U.S. State Department announced the expulsion of the Venezuelan ambassador one "
            "day after ordering Bolivia's ambassador to leave the country.\n"
            "The actions came after Bolivian President Evo Morales ordered U.S. ambassador "
            "Philip Goldberg to leave, accusing him of contributing to divisions within the "
            "country.\n"
            "On Thursday Venezuelan President Hugo Chavez ordered the U.S. ambassador in Caracas "
            "to leave, a move he said was designed to show solidarity with Bolivia.\n"
            "State Department spokesman Sean McCormack called the decisions by the two Latin "
            "American governments regrettable. \"This reflects the weakness and desperation of "
            "these leaders as they face internal challenges and an inability to communicate "
            "effectively internationally in order to build international support. The charges "
            "leveled against our fine ambassadors by the leaders of Bolivia and Venezuela are "
            "false and the leaders of those countries know it,\" he said.\n"
            "McCormack says the actions taken by Venezuela and Bolivia are hurting their people "
            "and isolating them from the rest of the world. \"No country has ever improved the "
            "well-being of its citizens by antagonizing neighbors and refraining from fruitful "
            "integration with the world's democracies. Those who shout the loudest are not "
            "making the real news in the Americas,\" he said.\n"
            "The latest diplomatic dispute came on the same day the U.S. accused two senior "
            "Venezuelan government officials and a former official of aiding Colombian rebels.\n"
            "The Treasury Department accused the officials of supplying weapons and protecting "
            "drug shipments for members of the Revolutionary Armed Forces of Colombia, known as "
            "the FARC.\n"
            "The U.S. froze assets of the three and prohibited Americans from conducting "
            "business transactions involving those assets.\n"
            "The United States has designated the FARC as a terrorist group."
        ),
    },
    {
        "id": "blind54-06",
        "url": "https://www.voanews.com/a/a-13-2007-10-26-voa42/331045.html",
        "agency": "Voice of America",
        "title": "UN Move on Eritrea-Ethiopia Border Issue Raises Fears of Stalemate Collapse",
        "published": "2007-10-26",
        "date_approximate": False,
        "date_note": "date in the story's URL (2007-10-26), matching a commission report 'this "
                     "week' and a mandate 'expiring in less than five weeks' (end of November "
                     "2007)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "blank lines; the store cuts the page inside the next paragraph ('With the meeting "
            "going nowhere, ... the 2002 decisi'), which is dropped. The opening summary with "
            "its correspondent line is kept as stored"
        ),
        "text": (
            "In a report to the U.N. secretary-general this week, an international boundary "
            "commission trying to create a permanent border between Ethiopia and Eritrea in the "
            "Horn of Africa said that the body will likely dissolve at the end of next month "
            "without reaching a comprehensive agreement. As VOA correspondent Alisha Ryu reports "
            "from our East Africa bureau in Nairobi, the apparent failure to settle the issue "
            "diplomatically has heightened fears that Ethiopia and Eritrea could now try to end "
            "the stalemate once and for all through war.\n"
            "With its U.N. mandate expiring in less than five weeks, the Eritrea-Ethiopia "
            "Boundary Commission acknowledges that seven years of negotiations to demarcate the "
            "border have largely failed.\n"
            "A former U.S. ambassador to Ethiopia, David Shinn, says while both sides are guilty "
            "of frustrating the process, it could be argued that the border commission may have "
            "been able to achieve more if Ethiopia, from the beginning, had accepted the "
            "commission's 2002 ruling, which awarded the fiercely contested border town of Badme "
            "to Eritrea.\n"
            "\"Strictly from a legal point of view, the Ethiopians are on shakier ground for the "
            "simple reason that it was a binding arbitration to begin with and Ethiopia chose to "
            "conclude that there were problems,\" he said. \"They did not accept the final "
            "agreement. Well, you cannot do that. Binding arbitration is binding arbitration.\"\n"
            "Transcripts of the last boundary commission meeting, held in early September at The "
            "Hague in the Netherlands and made available to VOA, shows Ethiopia refusing to move "
            "forward with talks on the border issue until its bitter rival, Eritrea, met several "
            "conditions, including ending Eritrea's alleged support for anti-Ethiopian rebel "
            "groups in the region."
        ),
    },
]

GOV = [
    {
        "id": "blind54-07",
        "url": "https://by.usembassy.gov/statements-expulsion-u-s-diplomats-russia/",
        "agency": "U.S. Embassy in Belarus (statements of the White House Press Secretary and "
                  "the State Department Spokesperson)",
        "title": "Statements on the Expulsion of U.S. Diplomats from Russia",
        "published": "2018-03-29",
        "date_approximate": False,
        "date_note": "both statements carry the date March 29, 2018",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), the header lines 'Office of the Press "
            "Secretary', 'March 29, 2018' and the first statement's title 'Statement from the "
            "Press Secretary Regarding Russia\u2019s Expulsion of American Diplomats', the "
            "separator '# # #', the header lines 'Office of the Spokesperson', 'March 29, 2018' "
            "and the second statement's title 'Statement from State Department Spokesperson "
            "Heather Nauert on the expulsion of U.S. Diplomats', blank lines; the store cuts "
            "the page inside the next paragraph ('Russia\u2019s reckless attemp'), which is "
            "dropped. Source wording kept ('United States- Russia', 'Jon Huntsman' beside "
            "'John Huntsman', 'Russian federation')"
        ),
        "text": (
            "Russia\u2019s action today to expel American diplomats marks a further "
            "deterioration in the United States- Russia relationship. The expulsion of "
            "undeclared Russian intelligence officers by the United States and more than two "
            "dozen partner nations and NATO allies earlier this week was an appropriate response "
            "to the Russian attack on the soil of the United Kingdom. Russia\u2019s response was "
            "not unanticipated, and the United States will deal with it.\n"
            "I\u2019d like to open with a statement from Ambassador Jon Huntsman, our Ambassador "
            "in Moscow: \u201cThis evening Ambassador John Huntsman was convoked to the Ministry "
            "of Foreign Affairs of the Russian federation. They delivered a very serious message, "
            "the substance of which we factually cannot agree with. The Russian federation dubbed "
            "60 of our staff Persona Non Grata, and they must depart within 7 days. They also "
            "ordered the closure of our consulate in St. Petersburg in 48 hours. It\u2019s clear "
            "from the list provided to us that the Russian Federation is not interested in a "
            "dialogue on issues that matter most to our two countries.\u201d\n"
            "I just spoke with our Ambassador in Moscow and while we\u2019re still working "
            "through the details, I did let him know that the entire State Department and US "
            "Government stands with our people out at our Mission in Russia.\n"
            "As we said Monday, The United States expelled Russian intelligence personnel and "
            "required the closure of the Russian Consulate General in Seattle in response to the "
            "Russian government\u2019s attack on our closest Ally, the United Kingdom, and its "
            "ongoing pattern of destabilizing activities in the United States and elsewhere."
        ),
    },
    {
        "id": "blind54-08",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2007/07/print/20070716-1.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "President Bush Meets with President Kaczynski, of the Republic of Poland",
        "published": "2007-07-16",
        "date_approximate": False,
        "date_note": "the release is dated July 16, 2007 (Oval Office, 11:44 A.M. EDT)",
        "truncated": True,
        "note": (
            "printer-friendly page of the White House archive. Removed: 'The White House, "
            "President George W. Bush Click to print this document', 'For Immediate Release', "
            "'Office of the Press Secretary', the date line, the headline (kept in title), 'Oval "
            "Office', the media links ('Play Video', 'RSS Feed Presidential Remarks', 'Play "
            "Audio Audio', 'photos Photos', 'Fact sheet In Focus: Global Diplomacy'), the time "
            "line '11:44 A.M. EDT', blank lines, and the photo caption that the store prints "
            "inside the second paragraph ('President George W. Bush welcomes Polish President "
            "Lech Kaczynski to the Oval Office Monday, July 16, 2007, where the two leaders met "
            "to discuss economic and mutual security issues. White House photo by Joyce N. "
            "Boghosian'); the store cuts the page inside the last paragraph ('Of course, the "
            "President, in all m'), whose cut sentence is dropped. Remarks at a meeting with a "
            "foreign leader (not a written readout)"
        ),
        "text": (
            "PRESIDENT BUSH: Mr. President, welcome to the United States. Poland and the United "
            "States have a very unique and strong relationship. And the President and I have "
            "just had a very constructive dialogue. And, by the way, Mr. President, a lot of my "
            "fellow citizens who trace their heritage back to Poland who -- are delighted to "
            "welcome you to America.\n"
            "And along those lines, I fully understand a lot of Polish citizens would like to "
            "travel to the United States. And so my friend, the President, has once again "
            "brought up to me the visa waiver issue -- which I fully understand, Mr. President, "
            "and thank you for your candor. And I will continue to work with Congress to change "
            "a law that needs to be changed.\n"
            "Poland is a strong ally. And Poland has taken some very difficult decisions to help "
            "a young democracy survive in the face of extremist threats. And I want to thank "
            "you, Mr. President, and the Polish people for supporting the people of Afghanistan "
            "and Iraq.\n"
            "War is never popular. But having heard from the Iraqi leaders today, and their "
            "expression of gratitude not only to the Polish government, but the Polish people "
            "and the American people for supporting this democratic experiment, Mr. President, "
            "it reminds me of how important what we're doing is.\n"
            "America is, of course, pleased that the Polish economy is strong. We want our "
            "friends to prosper."
        ),
    },
    {
        "id": "blind54-09",
        "url": "https://www.usaid.gov/news-information/press-releases/09-21-2022-administrator-samantha-power-attends-united-nations-general-assembly?field_content_category_target_id_1%5B1157%5D=1157&sort_by=field_display_date_value&sort_order=DESC&block_config_key=BjuypTEoWA61fCAiU75M7wgLyaZiRZZdWbZGAwhCzU0&page=71",
        "agency": "U.S. Agency for International Development, Office of Press Relations",
        "title": "[no headline in the stored copy] USAID readout: Administrator Samantha Power "
                 "attends the United Nations General Assembly (day three)",
        "published": "2022-09-21",
        "date_approximate": False,
        "date_note": "date in the release's URL (09-21-2022), the 'third day' of the UN "
                     "General Assembly high-level week of 2022",
        "truncated": True,
        "note": (
            "stored at the address with listing parameters; the title is written from the URL "
            "slug (the stored copy starts at 'For Immediate Release'). Removed: 'For Immediate "
            "Release', 'Office of Press Relations', 'press@usaid.gov', 'Readout', the "
            "attribution line 'The below is attributable to Spokesperson Jessica Jennings:', "
            "blank lines; the store cuts the page inside the last paragraph ('Administrator "
            "Power discussed how the U.S. government will take a'), whose cut sentence is "
            "dropped"
        ),
        "text": (
            "Today, Administrator Samantha Power attended meetings and events during her third "
            "day at the United Nations General Assembly (UNGA) in New York, New York.\n"
            "At the \u201cResponding to Urgent Humanitarian Needs in the Horn of Africa\u201d "
            "event co-hosted by the Governments of Italy, the United Kingdom, the United States, "
            "and Qatar, in cooperation with the UN Office for the Coordination of Humanitarian "
            "Affairs (UNOCHA) and the Governments of Ethiopia, Kenya, and Somalia, Administrator "
            "Power announced more than $151 million in new U.S. assistance to respond to the food "
            "crisis in Somalia. This assistance will support families facing the most immediate "
            "risk of famine, including individuals who have been forced to flee their homes due "
            "to the unprecedented drought in the Horn of Africa. Administrator Power also met "
            "with UNOCHA Under-Secretary-General for Humanitarian Affairs and Emergency Relief "
            "Coordinator Martin Griffiths to discuss ongoing humanitarian responses around the "
            "world.\n"
            "In a meeting with Armenia\u2019s Foreign Minister Ararat Mirzoyan, Administrator "
            "Power discussed USAID\u2019s intent to work with the Armenian government to find "
            "new ways to help build on the democratic gains achieved to date. Administrator "
            "Power expressed condolences for the lives lost during recent fighting with "
            "Azerbaijan, and underscored U.S. support for diplomacy and direct engagement to "
            "prevent further hostilities. Administrator Power and Foreign Minister Mirzoyan "
            "discussed the importance of enhancing USAID\u2019s partnership with Armenia to "
            "promote democracy, prosperity, and lasting peace for the Armenian people.\n"
            "The Administrator also met with Hakainde Hichilema, President of the Republic of "
            "Zambia. She expressed USAID\u2019s eagerness to work with Zambia as a new Feed the "
            "Future target country."
        ),
    },
    {
        "id": "blind54-10",
        "url": "https://sd.usembassy.gov/statement-u-s-special-envoy-sudan-south-sudan-ambassador-donald-booth-visit-sudan/",
        "agency": "U.S. Embassy in Sudan (statement by the U.S. Special Envoy for Sudan and "
                  "South Sudan)",
        "title": "[no headline in the stored copy] Statement of U.S. Special Envoy for Sudan and "
                 "South Sudan Ambassador Donald Booth on his visit to Sudan",
        "published": "2015-08-29",
        "date_approximate": False,
        "date_note": "the statement is dated August 29, 2015, the day the visit ended",
        "truncated": True,
        "note": (
            "the title is written from the URL slug (the stored copy starts at the date line). "
            "Removed: the date line 'August 29, 2015'; the store cuts the page inside the last "
            "sentence ('I hope to return to Sudan to advance our dialogue on issues of mutual "
            "interest and concern', no final stop), which is dropped. The dateline 'Khartoum, "
            "Sudan \u2013' is kept; the statement is one paragraph in the store"
        ),
        "text": (
            "Khartoum, Sudan \u2013 My delegation and I completed our visit to Sudan on August "
            "29. We engaged the Government of Sudan on the full range of issues that frame our "
            "bilateral relationship. My visit also included constructive discussions with civil "
            "society representatives, business leaders, political parties, humanitarian actors, "
            "and other Sudanese citizens. Discussions addressed the need for an open national "
            "political dialogue to address the root causes of Sudan\u2019s persistent internal "
            "conflicts, and to realize more inclusive governance arrangements. The discussions "
            "also covered economic issues such as Sudan\u2019s outstanding debt, sanctions, and "
            "ways of utilizing the important sanctions exemptions that have been granted for the "
            "benefit of the Sudanese people. We exchanged views on security concerns, protection "
            "of civilians, and improving humanitarian access to conflict-affected populations. "
            "Finally, we also had constructive discussions on important regional issues, "
            "including South Sudan and Libya. We welcomed the Government of Sudan\u2019s stated "
            "intent to implement a two-month cessation of hostilities, while encouraging the "
            "government to extend the timeframe and couple it with a negotiated and mutually "
            "acceptable mechanism for humanitarian access in order to develop confidence in, and "
            "an environment conducive to, an inclusive political dialogue process. We will "
            "likewise engage opposition actors on these critical issues. I was regrettably "
            "unable to make my planned visit to Darfur, but look forward to re-scheduling that "
            "visit soon. Instead we engaged with leaders of the United Nations-African Union "
            "Mission in Darfur (UNAMID), humanitarian actors, and other Darfuri officials on "
            "issues of security, inter-communal conflict, and crime, as well as delivery of "
            "life-saving assistance, and reconciliation efforts."
        ),
    },
    {
        "id": "blind54-11",
        "url": "https://2009-2017.state.gov/secretary/20092013clinton/rm/2011/01/155389.htm",
        "agency": "U.S. Department of State (archive 2009-2017), Office of the Secretary",
        "title": "Remarks With Sudanese Foreign Minister Ahmen Ali Karti Before Their Meeting",
        "published": "2011-01-26",
        "date_approximate": False,
        "date_note": "the remarks are dated January 26, 2011 (Treaty Room, Washington, DC)",
        "truncated": False,
        "note": (
            "removed: the headline (kept in title), the speaker block 'Hillary Rodham Clinton / "
            "Secretary of State / Treaty Room / Washington, DC / January 26, 2011', the release "
            "number 'PRN: 2011/110', blank lines. Whole transcript as stored, both closing "
            "'SECRETARY CLINTON' lines kept. Source wording kept ('Ahmen', 'go on until "
            "concludes that agreement', '(inaudible)'). Remarks before a meeting with a foreign "
            "minister (not a written readout)"
        ),
        "text": (
            "SECRETARY CLINTON: I am pleased to welcome to the State Department today the "
            "foreign minister of Sudan. Minister Karti is here consulting with our government on "
            "a number of the issues that Sudan is dealing with in the very important period of "
            "what is occurring with the South and their vote and the full implementation of the "
            "Comprehensive Peace Agreement.\n"
            "We very much appreciate the Government of Sudan\u2019s cooperation and assistance "
            "in ensuring a peaceful referendum, and we look forward to continuing to work with "
            "the minister and the government as we move forward.\n"
            "FOREIGN MINISTER KARTI: Well, I thank you. I\u2019ve been here for the first visit "
            "\u2013 first official visit to State and I very much commend the way and thank the "
            "way I was received and welcomed. And all doors were open for me to discuss the "
            "issues of bilateral relations and issues both of standing issues, also brand new "
            "issues in Sudan. We have been able to go on with the process with the South and for "
            "sure with the assistance and help of U.S.\n"
            "We came here also to thank U.S. Administration for all they had done for the people "
            "of Sudan and for making it possible for us, two partners, to sit down together, go "
            "on until concludes that agreement and throughout the implementation till it is "
            "peacefully a point, a very important point of time. And we are here also to look "
            "toward the future and are also ready to cooperate and work together with "
            "(inaudible) the Secretary and everybody who is here.\n"
            "SECRETARY CLINTON: Thank you so much, Minister.\n"
            "SECRETARY CLINTON: Thank you all very much."
        ),
    },
]

DOCS: list[dict] = VOA + GOV


# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, flags (negated / future / hypothetical)
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind54-01: Armenia-Azerbaijan, Ganja shelling claim and the Moscow cease-fire (2020) ---
D = "blind54-01"
S = "Azerbaijan said Sunday that Armenian forces"
ev(D, S, "said", "ACCUSE", "allege", ["military"], ["AZE"], ["Azerbaijan"], ["ARM"],
   ["Armenian forces"])
ev(D, S, "had shelled", "ASSAULT", "", ["military"], ["ARM"], ["Armenian forces"], ["AZE"],
   ["the city of Ganja"])
S = "The defense ministry in Nagorno-Karabakh said"
ev(D, S, "an absolute lie", "REJECT", "", ["military"], ["AZE"],
   ["The defense ministry in Nagorno-Karabakh"])
S = "A cease-fire between Armenian and Azerbaijani"
ev(D, S, "went into effect", "RETREAT", "ceasefire", ["military", "territory"], ["ARM", "AZE"],
   ["Armenian", "Azerbaijani"])
S = "Armenia and Azerbaijan agreed to the cease-fire"
ev(D, S, "agreed to the cease-fire", "AGREE", "", ["military", "territory"], ["ARM", "AZE"],
   ["Armenia", "Azerbaijan"])
ev(D, S, "10 hours of talks", "CONSULT", "", ["military", "diplomatic"], ["ARM", "AZE"],
   ["Armenia", "Azerbaijan"])
S = "Russian Foreign Minister Sergei Lavrov, who mediated"
ev(D, S, "mediated the talks", "CONSULT", "third-party", ["diplomatic"], ["RUS"],
   ["Russian Foreign Minister Sergei Lavrov"])
S = "were held at the invitation of Russian President"
ev(D, S, "at the invitation of", "REQUEST", "meet", ["diplomatic"], ["RUS"],
   ["Russian President Vladimir Putin"], ["ARM", "AZE"], ["Armenia", "Azerbaijan"])

# --- blind54-02: Saudi Arabia's allies curb ties with Iran after the embassy attack (2016) ---
D = "blind54-02"
S = "Saudi Arabia's allies curbed their diplomatic links"
ev(D, S, "sever its relations", "SANCTION", "discontinue", ["diplomatic"], ["SAU"], ["Riyadh"],
   ["IRN"], ["Iran"])
ev(D, S, "stormed", "PROTEST", "riot", ["diplomatic", "religion_ethnicity"], ["IRN"],
   ["protesters"], ["SAU"], ["the country's embassy in Tehran"])
S = "Bahrain and Sudan cut their diplomatic ties"
ev(D, S, "cut their diplomatic ties", "SANCTION", "discontinue", ["diplomatic"],
   ["BHR", "SDN"], ["Bahrain", "Sudan"], ["IRN"], ["Tehran"])
ev(D, S, "downgraded its relations", "SANCTION", "discontinue", ["diplomatic"], ["ARE"],
   ["the United Arab Emirates"], ["IRN"], ["Iran"])
S = "Saudi Arabia also announced that all flights"
ev(D, S, "have been cancelled", "SANCTION", "discontinue", ["diplomatic", "economic"], ["SAU"],
   ["Saudi Arabia"], ["IRN"], ["Iran"])
S = "spokesman Josh Earnest stressed"
ev(D, S, "stressed the the need", "REQUEST", "yield", ["diplomatic"], ["USA"],
   ["spokesman Josh Earnest"], ["IRN", "SAU"], ["Iran", "Saudi Arabia"])
ev(D, S, "urged all sides to show restraint", "REQUEST", "yield", ["diplomatic"], ["USA"],
   ["spokesman Josh Earnest"])
S = "Sunni Saudi Arabia's execution Saturday"
ev(D, S, "execution", "ASSAULT", "targeted", ["religion_ethnicity", "legal"], ["SAU"],
   ["Sunni Saudi Arabia"], ["SAU"], ["a leading Shi'ite cleric, Sheikh Nimr al-Nimr"])
S = "angry Iranian protesters smashed furniture"
ev(D, S, "attacking", "PROTEST", "riot", ["diplomatic", "religion_ethnicity"], ["IRN"],
   ["demonstrators"], ["SAU"], ["the country's consulate in Mashhad"])

# --- blind54-03: Chad rebels, the government and Sudan trade accusations (2008) ---
D = "blind54-03"
S = "has accusations flying between rebel"
ev(D, S, "accusations flying", "ACCUSE", "allege", ["military"], ["TCD", "SDN"],
   ["Chad", "Sudan"])
S = "An exiled spokesman for the recently formed Chad rebel coalition"
ev(D, S, "tells VOA", "ACCUSE", "allege", ["military"], ["TCD"],
   ["An exiled spokesman for the recently formed Chad rebel coalition"], ["SDN", "TCD"],
   ["Sudanese rebels", "Chadian President Idriss Deby"])
ev(D, S, "was attacked", "ASSAULT", "", ["military"], ["SDN"], ["Sudanese rebels"], ["TCD"],
   ["the group"])
S = "He says his group did not initiate the attacks"
ev(D, S, "did not initiate the attacks", "REJECT", "", ["military"], ["TCD"], ["He"])
S = "They say it is Sudan that is again backing"
ev(D, S, "say", "ACCUSE", "allege", ["military"], ["TCD"], ["They"], ["SDN"], ["Sudan"])
S = "Rebel groups stormed Chad's capital"
ev(D, S, "stormed", "ASSAULT", "", ["military"], ["TCD"], ["Rebel groups"], ["TCD"],
   ["Chad's capital N'djamena"])
ev(D, S, "were driven out", "ASSAULT", "", ["military"], ["TCD"], ["Chadian troops"], ["TCD"],
   ["Rebel groups"])
ev(D, S, "French military support", "AID", "", ["military"], ["FRA"], ["French"], ["TCD"],
   ["Chadian troops"])
S = "The Chadian rebel group says the accusations"
ev(D, S, "are absolutely false", "REJECT", "", ["military"], ["TCD"],
   ["The Chadian rebel group"])
S = "the country's presidents signed a pact"
ev(D, S, "signed a pact", "SUPPORT", "", ["military", "diplomatic"], ["TCD", "SDN"],
   ["Chad", "Sudan"])
S = "Though the National Alliance will continue its fight"
ev(D, S, "will continue its fight", "ASSAULT", "", ["military"], ["TCD"],
   ["the National Alliance"], ["TCD"], ["the Chadian president"], future=True)
ev(D, S, "willing to take part in direct talks", "AGREE", "", ["military", "diplomatic"],
   ["TCD"], ["they"], ["TCD"], ["the country's leader"])

# --- blind54-04: India-China foreign ministers' talks in New Delhi (2012) ---
D = "blind54-04"
S = "India says its cooperation with China"
ev(D, S, "needs to be", "REQUEST", "", ["diplomatic"], ["IND"], ["India"], ["CHN"], ["China"])
S = "Krishna wrapped up talks with his visiting"
ev(D, S, "wrapped up talks", "CONSULT", "", ["diplomatic"], ["IND", "CHN"],
   ["Krishna", "his visiting Chinese counterpart, Yang Jiechi"])
ev(D, S, "visiting", "CONSULT", "visit", ["diplomatic"], ["CHN"],
   ["his visiting Chinese counterpart, Yang Jiechi"], ["IND"], ["Krishna"])
S = "India has countered China's position"
ev(D, S, "has countered", "REJECT", "", ["diplomatic", "human_rights"], ["IND"], ["India"],
   ["CHN"], ["China's position"])
ev(D, S, "condemn", "ACCUSE", "disapprove", ["human_rights"], ["IND"], ["India"], ["SYR"],
   ["Syria"])
S = "Beijing describes as"
ev(D, S, "describes as", "ACCUSE", "allege", ["religion_ethnicity", "territory"], ["CHN"],
   ["Beijing"], ["CHN"], ["an elected Tibetan administration"])

# --- blind54-05: US, Bolivia and Venezuela expel each other's ambassadors (2008) ---
D = "blind54-05"
S = "The U.S. State Department announced the expulsion"
ev(D, S, "the expulsion of the Venezuelan ambassador", "SANCTION", "expel", ["diplomatic"],
   ["USA"], ["The U.S. State Department"], ["VEN"], ["the Venezuelan ambassador"])
ev(D, S, "ordering Bolivia's ambassador to leave", "SANCTION", "expel", ["diplomatic"],
   ["USA"], ["The U.S. State Department"], ["BOL"], ["Bolivia's ambassador"])
S = "The actions came after Bolivian President Evo Morales"
ev(D, S, "ordered", "SANCTION", "expel", ["diplomatic"], ["BOL"],
   ["Bolivian President Evo Morales"], ["USA"], ["U.S. ambassador Philip Goldberg"])
ev(D, S, "accusing", "ACCUSE", "allege", ["diplomatic"], ["BOL"],
   ["Bolivian President Evo Morales"], ["USA"], ["U.S. ambassador Philip Goldberg"])
S = "On Thursday Venezuelan President Hugo Chavez ordered"
ev(D, S, "ordered", "SANCTION", "expel", ["diplomatic"], ["VEN"],
   ["Venezuelan President Hugo Chavez"], ["USA"], ["the U.S. ambassador in Caracas"])
ev(D, S, "show solidarity", "SUPPORT", "", ["diplomatic"], ["VEN"], ["he"], ["BOL"],
   ["Bolivia"])
S = "State Department spokesman Sean McCormack called"
ev(D, S, "called the decisions", "ACCUSE", "disapprove", ["diplomatic"], ["USA"],
   ["State Department spokesman Sean McCormack"], ["VEN", "BOL"],
   ["the two Latin American governments", "the two Latin American governments"])
S = "The charges leveled against our fine ambassadors"
ev(D, S, "are false", "REJECT", "", ["diplomatic"], ["USA"], ["he"], ["BOL", "VEN"],
   ["Bolivia", "Venezuela"])
ev(D, S, "The charges leveled", "ACCUSE", "allege", ["diplomatic"], ["BOL", "VEN"],
   ["Bolivia", "Venezuela"], ["USA"], ["our fine ambassadors"])
S = "McCormack says the actions taken by Venezuela"
ev(D, S, "says", "ACCUSE", "disapprove", ["diplomatic"], ["USA"], ["McCormack"],
   ["VEN", "BOL"], ["Venezuela", "Bolivia"])
S = "the U.S. accused two senior Venezuelan"
ev(D, S, "accused", "ACCUSE", "allege", ["terrorism", "illegal_drugs"], ["USA"], ["the U.S."],
   ["VEN"], ["two senior Venezuelan government officials"])
S = "The U.S. froze assets of the three"
ev(D, S, "froze assets", "SANCTION", "discontinue", ["economic", "terrorism"], ["USA"],
   ["The U.S."], ["VEN"], ["the three"])

# --- blind54-06: Ethiopia-Eritrea boundary commission ends without agreement (2007) ---
D = "blind54-06"
S = "the apparent failure to settle the issue"
ev(D, S, "through war", "ASSAULT", "", ["military", "territory"], ["ETH", "ERI"],
   ["Ethiopia", "Eritrea"], hypothetical=True)
S = "They did not accept the final agreement."
ev(D, S, "did not accept", "REJECT", "", ["territory", "legal"], ["ETH"], ["They"])
S = "shows Ethiopia refusing to move forward"
ev(D, S, "refusing to move forward with talks", "REJECT", "meet", ["territory", "diplomatic"],
   ["ETH"], ["Ethiopia"], ["ERI"], ["its bitter rival, Eritrea"])
ev(D, S, "met several conditions", "REQUEST", "change", ["territory", "military"], ["ETH"],
   ["Ethiopia"], ["ERI"], ["its bitter rival, Eritrea"])
ev(D, S, "alleged support", "ACCUSE", "allege", ["military"], ["ETH"], ["Ethiopia"], ["ERI"],
   ["Eritrea's"])

# --- blind54-07: Statements on Russia's expulsion of U.S. diplomats (2018) ---
D = "blind54-07"
S = "Russia\u2019s action today to expel American diplomats"
ev(D, S, "to expel American diplomats", "SANCTION", "expel", ["diplomatic"], ["RUS"],
   ["Russia"], ["USA"], ["American diplomats"])
S = "The expulsion of undeclared Russian intelligence officers"
ev(D, S, "The expulsion", "SANCTION", "expel", ["diplomatic", "intelligence"], ["USA"],
   ["the United States"], ["RUS"], ["undeclared Russian intelligence officers"])
ev(D, S, "attack", "ASSAULT", "", ["cbrn", "intelligence"], ["RUS"], ["Russian"], ["GBR"],
   ["the United Kingdom"])
S = "was convoked to the Ministry of Foreign Affairs"
ev(D, S, "was convoked", "ACCUSE", "disapprove", ["diplomatic"], ["RUS"],
   ["the Ministry of Foreign Affairs of the Russian federation"], ["USA"],
   ["Ambassador John Huntsman"])
S = "They delivered a very serious message"
ev(D, S, "cannot agree with", "REJECT", "", ["diplomatic"], ["USA"], ["we"], ["RUS"],
   ["They"])
S = "They also ordered the closure of our consulate"
ev(D, S, "ordered the closure", "SANCTION", "discontinue", ["diplomatic"], ["RUS"], ["They"],
   ["USA"], ["our consulate in St. Petersburg"])
S = "As we said Monday, The United States expelled"
ev(D, S, "required the closure", "SANCTION", "discontinue", ["diplomatic"], ["USA"],
   ["The United States"], ["RUS"], ["the Russian Consulate General in Seattle"])

# --- blind54-08: Bush meets Polish President Kaczynski in the Oval Office (2007) ---
D = "blind54-08"
S = "PRESIDENT BUSH: Mr. President, welcome to the United States."
ev(D, S, "welcome to the United States", "CONSULT", "visit", ["diplomatic"], ["POL"],
   ["Mr. President"], ["USA"], ["the United States"])
S = "And the President and I have just had"
ev(D, S, "have just had a very constructive dialogue", "CONSULT", "", ["diplomatic"],
   ["POL", "USA"], ["the President", "I"])
S = "has once again brought up to me the visa waiver issue"
ev(D, S, "brought up to me the visa waiver issue", "REQUEST", "change",
   ["migration", "diplomatic"], ["POL"], ["my friend, the President"], ["USA"], ["me"])
S = "And I will continue to work with Congress"
ev(D, S, "will continue to work with Congress", "AGREE", "", ["migration", "legislative"],
   ["USA"], ["I"])
S = "And I want to thank you, Mr. President"
ev(D, S, "want to thank you", "SUPPORT", "", ["diplomatic", "military"], ["USA"], ["I"],
   ["POL"], ["Mr. President"])
ev(D, S, "supporting", "SUPPORT", "", ["military"], ["POL"], ["the Polish people"],
   ["AFG", "IRQ"], ["Afghanistan", "Iraq"])
S = "But having heard from the Iraqi leaders today"
ev(D, S, "having heard from", "CONSULT", "", ["diplomatic"], ["USA", "IRQ"],
   ["me", "the Iraqi leaders"])
ev(D, S, "expression of gratitude", "SUPPORT", "", ["diplomatic", "military"], ["IRQ"],
   ["the Iraqi leaders"], ["POL", "USA"], ["the Polish government", "the American people"])

# --- blind54-09: USAID readout, Administrator Power's third day at the UNGA (2022) ---
D = "blind54-09"
S = "Today, Administrator Samantha Power attended meetings"
ev(D, S, "attended meetings and events", "CONSULT", "multilateral", ["diplomatic"], ["USA"],
   ["Administrator Samantha Power"], ["UNO"], ["the United Nations General Assembly (UNGA)"])
S = "event co-hosted by the Governments of Italy"
ev(D, S, "event co-hosted", "CONSULT", "multilateral", ["human_security", "diplomatic"],
   ["ITA", "GBR", "USA", "QAT", "UNO", "ETH", "KEN", "SOM"],
   ["Italy", "the United Kingdom", "the United States", "Qatar",
    "the UN Office for the Coordination of Humanitarian Affairs (UNOCHA)", "Ethiopia", "Kenya",
    "Somalia"])
ev(D, S, "announced", "AGREE", "", ["human_security"], ["USA"], ["Administrator Power"],
   ["SOM"], ["Somalia"])
S = "Administrator Power also met with UNOCHA"
ev(D, S, "also met with", "CONSULT", "", ["human_security"], ["USA", "UNO"],
   ["Administrator Power", "Martin Griffiths"])
S = "In a meeting with Armenia\u2019s Foreign Minister"
ev(D, S, "In a meeting with", "CONSULT", "", ["diplomatic"], ["USA", "ARM"],
   ["Administrator Power", "Armenia\u2019s Foreign Minister Ararat Mirzoyan"])
ev(D, S, "intent to work with", "AGREE", "", ["pro_democracy"], ["USA"], ["USAID"], ["ARM"],
   ["the Armenian government"])
S = "Administrator Power expressed condolences"
ev(D, S, "underscored U.S. support", "SUPPORT", "", ["diplomatic", "military"], ["USA"],
   ["Administrator Power"])
S = "The Administrator also met with Hakainde Hichilema"
ev(D, S, "also met with", "CONSULT", "", ["diplomatic"], ["USA", "ZMB"],
   ["The Administrator", "Hakainde Hichilema, President of the Republic of Zambia"])
S = "She expressed USAID\u2019s eagerness"
ev(D, S, "eagerness to work with", "AGREE", "", ["economic", "human_security"], ["USA"],
   ["She"], ["ZMB"], ["Zambia"])

# --- blind54-10: U.S. Special Envoy Booth's statement on his visit to Sudan (2015) ---
D = "blind54-10"
S = "My delegation and I completed our visit"
ev(D, S, "visit", "CONSULT", "visit", ["diplomatic"], ["USA"], ["My delegation and I"],
   ["SDN"], ["Sudan"])
S = "We engaged the Government of Sudan"
ev(D, S, "engaged", "CONSULT", "", ["diplomatic"], ["USA", "SDN"],
   ["We", "the Government of Sudan"])
S = "My visit also included constructive discussions"
ev(D, S, "constructive discussions", "CONSULT", "", ["diplomatic"], ["USA", "SDN"],
   ["My", "civil society representatives"])
S = "We welcomed the Government of Sudan"
ev(D, S, "welcomed", "SUPPORT", "", ["military", "diplomatic"], ["USA"], ["We"], ["SDN"],
   ["the Government of Sudan"])
ev(D, S, "cessation of hostilities", "CONCEDE", "", ["military"], ["SDN"],
   ["the Government of Sudan"])
ev(D, S, "encouraging", "REQUEST", "yield", ["military", "human_security"], ["USA"], ["We"],
   ["SDN"], ["the government"])
S = "We will likewise engage opposition actors"
ev(D, S, "will likewise engage", "AGREE", "", ["diplomatic"], ["USA"], ["We"], ["SDN"],
   ["opposition actors"], future=True)
S = "I was regrettably unable to make my planned visit"
ev(D, S, "unable to make my planned visit", "CONSULT", "visit", ["diplomatic"], ["USA"], ["I"],
   ["SDN"], ["Darfur"], negated=True)
ev(D, S, "look forward to re-scheduling", "AGREE", "", ["diplomatic"], ["USA"], ["I"],
   ["SDN"], ["Darfur"], future=True)
S = "Instead we engaged with leaders of the United Nations"
ev(D, S, "engaged with", "CONSULT", "", ["peacekeeping", "human_security"],
   ["USA", "UNO", "SDN"],
   ["we", "leaders of the United Nations-African Union Mission in Darfur (UNAMID)",
    "other Darfuri officials"])

# --- blind54-11: Clinton and Sudanese Foreign Minister Karti before their meeting (2011) ---
D = "blind54-11"
S = "I am pleased to welcome to the State Department"
ev(D, S, "welcome", "CONSULT", "visit", ["diplomatic"], ["SDN"],
   ["the foreign minister of Sudan"], ["USA"], ["the State Department"])
S = "Minister Karti is here consulting"
ev(D, S, "consulting with", "CONSULT", "", ["diplomatic"], ["SDN", "USA"],
   ["Minister Karti", "our government"])
S = "We very much appreciate the Government of Sudan"
ev(D, S, "appreciate", "SUPPORT", "", ["diplomatic", "election"], ["USA"], ["We"], ["SDN"],
   ["the Government of Sudan"])
ev(D, S, "look forward to continuing to work with", "AGREE", "", ["diplomatic"], ["USA"],
   ["we"], ["SDN"], ["the minister"])
S = "first official visit to State and I very much commend"
ev(D, S, "commend", "SUPPORT", "", ["diplomatic"], ["SDN"], ["I"], ["USA"], ["State"])
S = "We came here also to thank U.S. Administration"
ev(D, S, "to thank", "SUPPORT", "", ["diplomatic"], ["SDN"], ["We"], ["USA"],
   ["U.S. Administration"])
S = "And we are here also to look toward the future"
ev(D, S, "ready to cooperate", "AGREE", "", ["diplomatic"], ["SDN"], ["we"], ["USA"],
   ["the Secretary"])

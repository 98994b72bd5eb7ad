r"""Texts and event annotation of the sealed blind set ``blind20`` (evgold8, 2026-12-06).

Ten Voice of America news stories (public domain), copied from the stored pages with page
furniture removed (each ``date_note`` names what was removed). Paragraphs are separated by
``\n``. Five stories are whole; five are leads cut by the store, kept up to their last complete
sentence and marked ``"truncated": True``. Read by ``build_blind20.py``; see
``README-blind20.md`` for the choices made.

Each event: doc id, sentence anchor (a substring of exactly one sentence), trigger (a substring
of that sentence), type, mode, contexts, actor codes, actor texts, recipient codes, recipient
texts, and the negated / future / hypothetical flags.
"""

from __future__ import annotations

VOA = "Voice of America"

DOCS = [
    {
        "id": "blind20-01",
        "url": "https://www.voanews.com/a/a-13-2008-07-22-voa14-66756717/563146.html",
        "agency": VOA,
        "title": "EU Diplomats Widen Sanctions Against Zimbabwe",
        "published": "2008-07-22",
        "date_approximate": False,
        "truncated": True,
        "date_note": "date from the URL (2008-07-22, a Tuesday, matching 'Tuesday' in the "
                     "lead). Removed: 'Accessibility links', 'Breaking News', the headline. "
                     "The stored page ends mid-sentence in a quotation of the EU spokesman; the "
                     "cut paragraph is dropped and the text is kept up to the last complete "
                     "sentence.",
        "text": (
            "The European Union Tuesday tightened sanctions against Zimbabwe president, Robert "
            "Mugabe. The EU foreign ministers added 37 more people to the EU list of individuals "
            "under a visa ban and asset freeze that already includes the president and members of "
            "his inner circle. Now, for the first time, companies have also been added to the "
            "list. Tendai Maphosa has more in this report from VOA's London News Center.\n"
            "The additional sanctions come a day after President Robert Mugabe and Morgan "
            "Tsvangirai of the opposition Movement for Democratic Change agreed to open power "
            "sharing talks aimed at solving Zimbabwe's political crisis.\n"
            "EU spokesman John Clancy tells VOA this is a \"very positive step,\" but there is "
            "need to maintain pressure on Mr. Mugabe.\n"
            "\"It's not a simple handshake over a memorandum of understanding despite us "
            "recognizing its importance, that suddenly means the international community must "
            "simply return to business as usual with Zimbabwe. It's simply not the case. It's "
            "very important that the average citizen in Zimbabwe realizes that the international "
            "community is not simply going to forget the last months of violence and "
            "intimidation that they have had to face coming from the government authorities,\" "
            "he said.\n"
            "The EU has refused to recognize the result of the June 27 presidential run-off poll "
            "in which Mr. Mugabe was the sole candidate. Opposition leader Tsvangirai, who won "
            "the first round in March, withdrew from the run-off citing violence against his "
            "party and supporters.\n"
            "Earlier this month, an effort by the British and U.S. governments to impose U.N. "
            "Security Council sanctions on Mr. Mugabe was vetoed by Russia and China.\n"
            "Clancy stressed that the European sanctions target individuals responsible for human "
            "rights abuses and not ordinary Zimbabweans. He says the bloc will maintain "
            "humanitarian support for Zimbabwe's needy."
        ),
    },
    {
        "id": "blind20-02",
        "url": "http://www.voanews.com/content/japan-spots-chinese-ships-near-contested-islands/"
               "1532929.html",
        "agency": VOA,
        "title": "Japan Spots Chinese Ships Near Contested Islands",
        "published": "2012-10-25",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the page carries no date; its article id lies about 11,000 ids after a VOA "
                     "story of 2012-10-06 (Turkey-Syria shelling), and the events are on a "
                     "Thursday, so Thursday 2012-10-25 is assumed (approximate). Removed: 'News "
                     "/ Asia', the headline, the photo caption (printed twice), the 'VOA News' "
                     "byline, the subheading 'Secret talks' and a map widget ('Click to Enlarge', "
                     "four times, and 'x'). The stored page reaches the store's length limit "
                     "right after a complete paragraph, so it is marked truncated.",
        "text": (
            "Japan says four Chinese government ships entered waters near contested "
            "Tokyo-controlled islands in the East China Sea, as a territorial dispute between "
            "the two Asian giants drags on.\n"
            "Japan's Coast Guard said the Chinese surveillance vessels spent several hours within "
            "a 22-kilometer zone surrounding the islands Thursday. It said this is the first time "
            "in three weeks that Chinese ships have entered the zone, which Japan considers its "
            "territory.\n"
            "The move prompted a \"strong protest\" by Japan's foreign ministry. China's foreign "
            "ministry shot back, saying the ships were conducting \"routine patrols\" to "
            "\"safeguard the country's sovereignty.\"\n"
            "Both sides held secret talks last week in Shanghai to resolve the dispute over the "
            "islands, which lie in rich fishing grounds and are surrounded by potential energy "
            "deposits.\n"
            "Japanese media reported Thursday that preparations are being made for another round "
            "of talks next week to resolve the stand-off.\n"
            "Meanwhile, U.S. Assistant Secretary of State Kurt Campbell discussed the feud "
            "Thursday in Tokyo with senior Japanese officials.\n"
            "\"We talked about the importance of ensuring that relations between Japan and China "
            "are restored and improved and that is in the best interest of not just the peoples "
            "of both countries, but of everyone in the Asia Pacific, including the United "
            "States.\""
        ),
    },
    {
        "id": "blind20-03",
        "url": "http://www.voanews.com/content/israel-frees-prisoners-before-peace-talks/"
               "1729249.html",
        "agency": VOA,
        "title": "Israel Frees Prisoners Before Peace Talks",
        "published": "2013-08-13",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the page carries no date; the release of the first 26 of 104 prisoners on "
                     "'Tuesday', the eve of talks in Jerusalem on 'Wednesday' after talks began "
                     "'last month in Washington', dates it to Tuesday 2013-08-13 (approximate). "
                     "Removed: 'World News', the headline, and the 'Feature Story' box after the "
                     "story. Whole story. One sentence ends without a period in the source "
                     "('... undermine the peace talks'); kept as is.",
        "text": (
            "Israel has freed 26 long-held Palestinian prisoners as a gesture, hours before peace "
            "talks resume.\n"
            "The prisoners were loaded onto buses late Tuesday and brought home to the West Bank "
            "and Gaza. Jubilant relatives and Palestinian President Mahmoud Abbas hailed them as "
            "heroes.\n"
            "Palestinian protesters threw rocks at the border prison where the inmates were "
            "held. Israeli police responded with stun grenades and tear gas. There is no word on "
            "injuries.\n"
            "Many of the Palestinians were jailed in the 1980s and 90s for killing Israelis and "
            "suspected Palestinian collaborators.\n"
            "Families of some of the victims failed to convince the Israeli Supreme Court to stop "
            "the release. They say freeing them is a reward for terrorism.\n"
            "Israeli and Palestinian negotiators meet in Jerusalem Wednesday to resume peace "
            "talks that began last month in Washington after a three-year lull.\n"
            "The Israeli government agreed to free a total of 104 Palestinian prisoners in "
            "stages, depending on the progress of the talks.\n"
            "Also Tuesday, Israel announced it is moving forward with plans to build 900 new "
            "apartments in the Gilo neighborhood in East Jerusalem. This comes days after the "
            "government gave final approval for 1,200 new homes in East Jerusalem and the West "
            "Bank.\n"
            "The Palestinians want these areas for a future state. They accuse the Israelis of "
            "trying to undermine the peace talks\n"
            "U.S. Secretary of State John Kerry says the United States regards all Israeli "
            "settlements as illegitimate, but urges the Palestinians \"not to react adversely\" "
            "to the latest announcements.\n"
            "An Israeli government spokesman says the new homes will be in areas that Israel "
            "likely will keep in any peace deal."
        ),
    },
    {
        "id": "blind20-04",
        "url": "http://voanews.com/content/iran-hopeful-nuclear-talks-will-result-in-road-map/"
               "1769003.html",
        "agency": VOA,
        "title": "Iran Nuclear Talks Begin Amid 'Cautious Optimism'",
        "published": "2013-10-15",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the page carries no date; the first Geneva talks after Iran's presidential "
                     "election, held 'Tuesday and Wednesday', with a senators' letter 'released "
                     "Monday', date it to Tuesday 2013-10-15 (approximate). Removed: "
                     "'Accessibility links', 'Breaking News', the headline and a photo caption "
                     "(printed twice; it describes Chicago at night and is unrelated). The stored "
                     "page ends mid-sentence ('However, Iran is not expected to offer to suspend "
                     "enrichment'); that fragment is dropped.",
        "text": (
            "Negotiators from Iran and six world powers are holding fresh talks in the "
            "long-running standoff over the country's nuclear program.\n"
            "The meetings on Tuesday and Wednesday in Geneva come amid what European Union "
            "foreign policy chief Catherine Ashton called \"cautious optimism\". These talks are "
            "the first since Iran elected a new president.\n"
            "The United States, Russia, China, France, Britain and Germany want Iran to allay "
            "concerns that it is developing nuclear weapons while Iran says its program is "
            "peaceful and seeks relief from international sanctions.\n"
            "Iranian President Hassan Rouhani has promised to lead a diplomatic effort to get the "
            "sanctions eased, but officials from the so-called P5+1 nations have expressed the "
            "need for Iran to prove its sincerity through concrete steps before that will "
            "happen.\n"
            "Israeli Prime Minister Benjamin Netanyahu's security cabinet warned the world powers "
            "against making any partial deal with Iran, saying they must reject any agreement "
            "\"that leaves Iran with the capability to develop nuclear weapons.\"\n"
            "In Washington, a bipartisan group of leading U.S. senators said it is open to "
            "suspending the implementation of new sanctions on Iran but only if Tehran takes "
            "significant steps to slow its nuclear program.\n"
            "In a letter sent to President Barack Obama last week and released Monday, the 10 "
            "senators said the U.S. and other countries should consider a "
            "\"suspension-for-suspension\" agreement, in which Iran suspends uranium enrichment "
            "and Washington suspends the implementation of new sanctions."
        ),
    },
    {
        "id": "blind20-05",
        "url": "https://www.voanews.com/a/senegalese-peacekeepers-killed-in-darfur/1769065.html",
        "agency": VOA,
        "title": "Senegalese Peacekeepers Killed in Darfur",
        "published": "2013-10-13",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the page carries no date; its article id is next to that of a story of "
                     "2013-10-15 (blind20-04) and the ambush was on a 'Sunday', so Sunday "
                     "2013-10-13 is assumed (approximate). Removed: 'Accessibility links', "
                     "'Breaking News', the headline and a 'FILE' photo caption. Whole story.",
        "text": (
            "The United Nations said three peacekeepers from Senegal have been killed in Sudan's "
            "West Darfur region.\n"
            "The joint U.N.-African Union Mission in Darfur, UNAMID, said an armed group "
            "ambushed a police unit Sunday as the unit escorted a water convoy to the mission's "
            "regional headquarters.\n"
            "It said one other peacekeeper was injured, and the assailants hijacked a vehicle "
            "that was later recovered.\n"
            "The mission said Sudanese government forces pursued the assailants and engaged them "
            "in a gunbattle that reportedly led to casualties on both sides.\n"
            "Armed men stabbed and killed another peacekeeper from Zambia on Friday in North "
            "Darfur.\n"
            "U.N. Secretary-General Ban Ki-moon has condemned both deaths and demanded the "
            "Sudanese government bring the perpetrators to justice.\n"
            "The U.N. has about 20,000 peacekeepers in Darfur, where various rebel groups have "
            "fought the Sudanese government more than a decade, and more than two million people "
            "remain displaced from their homes.\n"
            "168 UNAMID personnel have been killed since the mission was established in 2007."
        ),
    },
    {
        "id": "blind20-06",
        "url": "http://www.voanews.com/content/north-korea-says-family-reunions-will-proceed-"
               "seoul/1851431.html",
        "agency": VOA,
        "title": "North Korea Says Family Reunions Will Proceed: Seoul",
        "published": "2014-02-14",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the page carries no date; the second round of high-level inter-Korean "
                     "talks on 'Friday', with reunions set for February 20-25 and drills from "
                     "February 24, dates it to Friday 2014-02-14 (approximate). Removed: 'World "
                     "News', the headline and the 'Feature Story' box after the story. Whole "
                     "story.",
        "text": (
            "South Korea says it has agreed with North Korea to proceed with family reunions "
            "between families separated by the Korean War, despite Pyongyang's concerns about "
            "Seoul's upcoming military drills with the United States.\n"
            "Seoul's Unification Ministry said the agreement was reached Friday during the second "
            "round of high-level talks at the Panmunjom border village. The ministry said a third "
            "round will be held as needed, but will not take place regularly.\n"
            "The two Koreas also agreed not to make \"slanderous\" remarks against each other in "
            "order to help improve relations.\n"
            "The negotiations are a continuation of the highest level talks in seven years "
            "between the two foes, which technically remain in a state of war following their "
            "1950s conflict.\n"
            "At the first round of talks Wednesday, North Korea demanded Seoul and Washington "
            "delay joint military drills scheduled to occur around the same time as the family "
            "reunions later this month.\n"
            "The North, which views the drills as preparations to invade, had previously called "
            "for the exercises to be cancelled. The U.S. and South Korea say the drills are not "
            "aggressive in nature and must go on.\n"
            "The war drills, known as Key Resolve and Foal Eagle, are set to begin February 24 "
            "and last for weeks. The family reunions are scheduled to occur between February "
            "20-25.\n"
            "In addition to its concern over the drills, the North also wants to resume "
            "lucrative South Korean tours to its Mount Kumgang resort area.\n"
            "This is the first time senior North and South Korean officials have met since "
            "2007.\n"
            "The meeting was requested by Pyongyang, which has recently signaled it is ready to "
            "improve ties.\n"
            "But the South has insisted it will not do so unless North Korea agrees to take steps "
            "towards dismantling its nuclear weapons program.\n"
            "It is not known whether the nuclear issue was among the topics to be discussed at "
            "this week's talks."
        ),
    },
    {
        "id": "blind20-07",
        "url": "http://www.voanews.com/content/south-sudans-machar-in-ethiopia-for-talks-with-"
               "president-kiir/1910430.html",
        "agency": VOA,
        "title": "South Sudan's Machar in Ethiopia for Talks with President Kiir",
        "published": "2014-05-08",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the page carries no date; Machar's arrival in Ethiopia on 'Thursday' for "
                     "talks with Kiir on 'Friday', after Kerry's visit 'last week' and the first "
                     "U.S. sanctions of the conflict, dates it to Thursday 2014-05-08 "
                     "(approximate). Removed: 'World News', the headline and the 'Feature Story' "
                     "box after the story. Whole story.",
        "text": (
            "South Sudanese rebel leader Riek Machar has arrived in Ethiopia for his first direct "
            "talks with South Sudan President Salva Kiir since fighting and ethnic violence "
            "erupted in December.\n"
            "A reporter for VOA in Addis Ababa reports Machar entered the country on Thursday and "
            "is due to make his way to the capital later in the day.\n"
            "The two men are set to meet Friday for peace talks mediated by the East African bloc "
            "IGAD. Negotiations between the rebel and government delegations have dragged on for "
            "several months with little progress.\n"
            "President Kiir agreed to attend the talks with his former vice president after "
            "meeting with U.S. Secretary of State John Kerry in South Sudan last week.\n"
            "Shortly after the visit, the U.S. announced its first sanctions related to the South "
            "Sudan conflict. The sanctions targeted a government and a rebel leader linked to "
            "violence that has left thousands of people dead since mid-December and displaced "
            "more than a million.\n"
            "The unrest was sparked by a power dispute between President Kiir and Machar.\n"
            "Also Thursday, Amnesty International said a new investigation into South Sudan's "
            "unrest shows both sides have committed \"horrific atrocities\" that constitute war "
            "crimes and crimes against humanity.\n"
            "The rights group says its researchers saw a mass grave in the town of Bor that a "
            "government official said contained 530 bodies.\n"
            "Researchers also say civilians have been \"systematically targeted\" in places of "
            "refuge.\n"
            "Last month, the United Nations mission in South Sudan accused rebel fighters of "
            "massacring hundreds of civilians in the town of Bentiu. The rebels denied the "
            "allegation."
        ),
    },
    {
        "id": "blind20-08",
        "url": "http://www.voanews.com/content/israel-gaza-fighters-exchange-fire-as-ceasefire-"
               "extension-announced/2412915.html",
        "agency": VOA,
        "title": "Extended Israel-Hamas Truce Holding",
        "published": "2014-08-14",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the page carries no date; the five-day extension agreed 'Wednesday' and "
                     "holding 'Thursday' (photo caption of Aug. 14, 2014) dates it to Thursday "
                     "2014-08-14 (approximate). Removed: 'News / Middle East', the headline, the "
                     "photo caption (printed twice), the byline 'Scott Bobb', the subheading "
                     "'Extended cease-fire' and an infographic caption ('Gaza Conflict, death "
                     "tolls, damaged schools, August 13, 2014', four times, and 'x'). The stored "
                     "page ends mid-sentence ('Each side reportedly had agreed on measures ... "
                     "and Israel''); that cut paragraph is dropped.",
        "text": (
            "A new, five-day cease-fire between Israel and Hamas was holding Thursday despite a "
            "brief overnight exchange of rockets and airstrikes.\n"
            "The two sides agreed Wednesday to extend the halt in fighting for five days to give "
            "Egyptian-brokered negotiations a chance to bring about an agreement to end the "
            "conflict that has raged for more than a month.\n"
            "However, Israel said it carried out airstrikes early Thursday on Palestinian "
            "militant targets in the Gaza Strip in response to Palestinian rocket fire. At least "
            "eight rockets were fired into Israel Wednesday night.\n"
            "No casualties have been reported.\n"
            "Israeli military said the rocket attacks began two hours before a three-day "
            "cease-fire expired. An official of Hamas, which controls Gaza, said its forces had "
            "not staged any such attacks and accused Israel of violating the cease-fire.\n"
            "Palestinian negotiator Azzam Ahmed said the extended cease-fire would begin at "
            "midnight Wednesday and continue until Monday."
        ),
    },
    {
        "id": "blind20-09",
        "url": "http://voanews.com/a/donor-pledge-billions-aid-syria-neighboring-countries/"
               "4364382.html",
        "agency": VOA,
        "title": "Donors Pledge $4.4B in Aid for Syria, Neighbors",
        "published": "2018-04-25",
        "date_approximate": True,
        "truncated": True,
        "date_note": "the page carries no date; the Brussels donor conference pledging $4.4 "
                     "billion, Lowcock speaking 'Wednesday', a file photo of Jan. 17, 2018 and "
                     "'the additional money for 2019' date it to Wednesday 2018-04-25 "
                     "(approximate). Removed: 'Accessibility links', 'Breaking News', the "
                     "headline, 'update', a 'FILE' photo caption (printed twice) and an embedded "
                     "video block ('WATCH: Syrian War Produces More Refugees as Aid Funds Fall "
                     "Short', its title, 'please wait', 'No media source currently available', "
                     "'0:00 0:02:13 0:00'). The stored page ends mid-sentence ('The United'); "
                     "that fragment is dropped. Source typos kept ('made an at', \"al-Assad's in "
                     "2011\").",
        "text": (
            "International donors have pledged $4.4 billion in humanitarian aid for Syria and "
            "neighboring countries that have sheltered refugees this year.\n"
            "But the pledge total is significantly less than the more than $7 billion the United "
            "Nations is seeking.\n"
            "Mark Lowcock, head of the U.N. Office for the Coordination of Humanitarian Affairs, "
            "said Wednesday that the pledges made an at international donor conference in "
            "Brussels were a \"good start.\" He said that based on previous years' results, he "
            "expected more money would come in.\n"
            "Lowcock said several major donors, including the United States, had not yet "
            "confirmed their pledges. He said the United States has been providing more than $1 "
            "billion a year to Syria and the region in recent years.\n"
            "Lowcock said the additional money for 2019 was needed for humanitarian purposes in "
            "Syria and to assist refugees in nearby countries.\n"
            "\"The key issue is to make sure ... priority is given to those in most need and "
            "those most vulnerable,\" said Lowcock, noting that Britain and Germany had made the "
            "largest pledges.\n"
            "About 450,000 people have been killed in Syria since President Bashar al-Assad's in "
            "2011 began cracking down on protesters calling for his ouster.\n"
            "The United Nations says more than 13 million Syrians need humanitarian aid and about "
            "one-fourth of them have been displaced in neighboring countries such as Jordan, "
            "Lebanon and Turkey."
        ),
    },
    {
        "id": "blind20-10",
        "url": "https://www.voaafrica.com/a/drc-rwanda-border-clash/6277127.html",
        "agency": "Voice of America (VOA Africa)",
        "title": "DRC Villagers Flee After Troops Clash Along Rwandan Border",
        "published": "2021-06-01",
        "date_approximate": True,
        "truncated": False,
        "date_note": "the page carries no date; its article id (6277127) lies between ids of "
                     "VOA stories of February 2021 and February 2023, so 2021 is assumed; month "
                     "and day are unknown (2021-06-01 is a placeholder). Removed: 'Accessibility "
                     "links', 'Breaking News', the headline (printed twice) and the video player "
                     "('please wait', 'No media source currently available', '0:00 0:03:16 "
                     "0:00', 'Direct link'). Whole page (the summary of a radio report).",
        "text": (
            "Authorities in the Democratic Republic of Congo say Rwandan troops crossed the "
            "eastern border shared by the two countries resulting in a clash. For Africa News "
            "Tonight, VOA's Kate Pound Dawson spoke reporter Djaffar Al Katanty who witnessed "
            "people in the Nyiragongo district flee their homes."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# blind20-01 Zimbabwe: EU sanctions (2008)
D = "blind20-01"
ev(D, "The European Union Tuesday tightened", "tightened sanctions", "SANCTION", "discontinue",
   ["economic", "human_rights"], ["EUR"], ["The European Union"], ["ZWE"],
   ["Zimbabwe president, Robert Mugabe"])
ev(D, "added 37 more people", "added 37 more people", "SANCTION", "discontinue",
   ["economic", "human_rights"], ["EUR"], ["The EU foreign ministers"], ["ZWE"],
   ["37 more people"])
ev(D, "agreed to open power sharing talks", "agreed to open power sharing talks", "AGREE", "",
   ["political_institutions", "election"], ["ZWE", "ZWE"],
   ["President Robert Mugabe",
    "Morgan Tsvangirai of the opposition Movement for Democratic Change"], future=True)
ev(D, "this is a \"very positive step,\"", "\"very positive step,\"", "SUPPORT", "",
   ["political_institutions"], ["EUR"], ["EU spokesman John Clancy"])
ev(D, "the last months of violence and intimidation", "violence and intimidation", "COERCE", "",
   ["repression", "election"], ["ZWE"], ["the government authorities"], ["ZWE"],
   ["the average citizen in Zimbabwe"])
ev(D, "The EU has refused to recognize", "has refused to recognize", "REJECT", "",
   ["election"], ["EUR"], ["The EU"], ["ZWE"], ["Mr. Mugabe"])
ev(D, "withdrew from the run-off", "withdrew from the run-off", "PROTEST", "boycott",
   ["election"], ["ZWE"], ["Opposition leader Tsvangirai"])
ev(D, "withdrew from the run-off", "violence against his party", "ASSAULT", "",
   ["election", "repression"], [], [], ["ZWE"], ["his party and supporters"])
ev(D, "was vetoed by Russia and China", "vetoed", "REJECT", "", ["legal", "human_rights"],
   ["RUS", "CHN"], ["Russia", "China"], ["GBR", "USA"],
   ["the British and U.S. governments", "the British and U.S. governments"])
ev(D, "will maintain humanitarian support", "will maintain humanitarian support", "AGREE", "",
   ["human_security"], ["EUR"], ["the bloc"], ["ZWE"], ["Zimbabwe's needy"])

# blind20-02 Japan-China: Chinese ships near disputed islands (2012)
D = "blind20-02"
ev(D, "four Chinese government ships entered waters", "entered waters", "MOBILIZE", "",
   ["territory", "military"], ["CHN"], ["four Chinese government ships"], ["JPN"],
   ["Tokyo-controlled"])
ev(D, "The move prompted a \"strong protest\"", "\"strong protest\"", "ACCUSE", "disapprove",
   ["territory", "diplomatic"], ["JPN"], ["Japan's foreign ministry"])
ev(D, "China's foreign ministry shot back", "shot back", "REJECT", "", ["territory"],
   ["CHN"], ["China's foreign ministry"])
ev(D, "Both sides held secret talks", "held secret talks", "CONSULT", "",
   ["territory", "diplomatic"], ["JPN", "CHN"], ["Both sides", "Both sides"])
ev(D, "Kurt Campbell discussed the feud", "discussed", "CONSULT", "visit", ["diplomatic"],
   ["USA"], ["U.S. Assistant Secretary of State Kurt Campbell"], ["JPN"],
   ["senior Japanese officials"])

# blind20-03 Israel frees Palestinian prisoners before talks (2013)
D = "blind20-03"
ev(D, "Israel has freed 26", "has freed", "RETREAT", "release", ["diplomatic"], ["ISR"],
   ["Israel"], ["PSE"], ["26 long-held Palestinian prisoners"])
ev(D, "hailed them as heroes", "hailed", "SUPPORT", "", [], ["PSE", "PSE"],
   ["Jubilant relatives", "Palestinian President Mahmoud Abbas"], ["PSE"], ["them"])
ev(D, "Palestinian protesters threw rocks", "threw rocks", "PROTEST", "riot", [],
   ["PSE"], ["Palestinian protesters"])
ev(D, "Israeli police responded", "responded with stun grenades and tear gas", "COERCE", "",
   ["repression"], ["ISR"], ["Israeli police"])
ev(D, "were jailed in the 1980s", "were jailed", "COERCE", "arrest", ["crime", "legal"], [], [],
   ["PSE"], ["the Palestinians"])
ev(D, "were jailed in the 1980s", "killing", "ASSAULT", "", ["terrorism"], ["PSE"],
   ["the Palestinians"], ["ISR", "PSE"],
   ["Israelis", "suspected Palestinian collaborators"])
ev(D, "failed to convince the Israeli Supreme Court", "failed to convince", "REQUEST", "change",
   ["legal"], ["ISR"], ["Families of some of the victims"], ["ISR"],
   ["the Israeli Supreme Court"])
ev(D, "freeing them is a reward for terrorism", "say", "ACCUSE", "disapprove",
   ["terrorism"], ["ISR"], ["They"])
ev(D, "negotiators meet in Jerusalem Wednesday", "meet", "AGREE", "", ["diplomatic"],
   ["ISR", "PSE"],
   ["Israeli and Palestinian negotiators", "Israeli and Palestinian negotiators"],
   future=True)
ev(D, "negotiators meet in Jerusalem Wednesday", "began last month in Washington", "CONSULT",
   "", ["diplomatic"], ["ISR", "PSE"],
   ["Israeli and Palestinian negotiators", "Israeli and Palestinian negotiators"])
ev(D, "agreed to free a total of 104", "agreed to free", "AGREE", "", ["diplomatic"], ["ISR"],
   ["The Israeli government"], ["PSE"], ["104 Palestinian prisoners"])
ev(D, "They accuse the Israelis", "accuse", "ACCUSE", "allege", ["diplomatic", "territory"],
   ["PSE"], ["They"], ["ISR"], ["the Israelis"])
ev(D, "regards all Israeli settlements as illegitimate", "regards all Israeli settlements as "
   "illegitimate", "ACCUSE", "disapprove", ["territory"], ["USA"], ["the United States"],
   ["ISR"], ["Israeli"])
ev(D, "urges the Palestinians", "urges", "REQUEST", "change", ["diplomatic"], ["USA"],
   ["U.S. Secretary of State John Kerry"], ["PSE"], ["the Palestinians"])

# blind20-04 Iran nuclear talks in Geneva (2013)
D = "blind20-04"
ev(D, "Negotiators from Iran and six world powers", "are holding fresh talks", "CONSULT",
   "multilateral", ["cbrn", "diplomatic"], ["IRN"], ["Negotiators from Iran"])
ev(D, "want Iran to allay concerns", "want", "REQUEST", "change", ["cbrn"],
   ["USA", "RUS", "CHN", "FRA", "GBR", "DEU"],
   ["The United States", "Russia", "China", "France", "Britain", "Germany"], ["IRN"], ["Iran"])
ev(D, "want Iran to allay concerns", "its program is peaceful", "REJECT", "", ["cbrn"], ["IRN"],
   ["Iran"])
ev(D, "want Iran to allay concerns", "seeks relief from international sanctions", "REQUEST",
   "change", ["economic", "cbrn"], ["IRN"], ["Iran"])
ev(D, "Rouhani has promised", "has promised", "AGREE", "", ["diplomatic", "cbrn"], ["IRN"],
   ["Iranian President Hassan Rouhani"])
ev(D, "Rouhani has promised", "have expressed the need", "REQUEST", "change", ["cbrn"],
   ["IGO"], ["officials from the so-called P5+1 nations"], ["IRN"], ["Iran"])
ev(D, "security cabinet warned the world powers", "warned", "REQUEST", "change", ["cbrn"],
   ["ISR"], ["Israeli Prime Minister Benjamin Netanyahu's security cabinet"])
ev(D, "it is open to suspending", "is open to suspending", "AGREE", "", ["economic", "cbrn"],
   ["USA"], ["a bipartisan group of leading U.S. senators"], ["IRN"], ["Iran"])
ev(D, "In a letter sent to President Barack Obama", "should consider", "REQUEST", "change",
   ["cbrn", "legislative"], ["USA"], ["the 10 senators"], ["USA"], ["President Barack Obama"])

# blind20-05 Darfur: peacekeepers killed (2013)
D = "blind20-05"
ev(D, "three peacekeepers from Senegal", "have been killed", "ASSAULT", "", ["peacekeeping"],
   [], [], ["SEN"], ["three peacekeepers from Senegal"])
ev(D, "an armed group ambushed a police unit", "ambushed", "ASSAULT", "", ["peacekeeping"],
   ["SDN"], ["an armed group"], ["UNO"], ["a police unit"])
ev(D, "one other peacekeeper was injured", "was injured", "ASSAULT", "", ["peacekeeping"], [],
   [], ["UNO"], ["one other peacekeeper"])
ev(D, "the assailants hijacked a vehicle", "hijacked", "COERCE", "seize", ["peacekeeping"],
   ["SDN"], ["the assailants"])
ev(D, "Sudanese government forces pursued", "engaged them in a gunbattle", "ASSAULT",
   "firearms", ["military"], ["SDN"], ["Sudanese government forces"], ["SDN"],
   ["the assailants"])
ev(D, "Armed men stabbed and killed", "stabbed and killed", "ASSAULT", "primitive",
   ["peacekeeping"], ["SDN"], ["Armed men"], ["ZMB"], ["another peacekeeper from Zambia"])
ev(D, "Ban Ki-moon has condemned", "has condemned", "ACCUSE", "disapprove", ["peacekeeping"],
   ["UNO"], ["U.N. Secretary-General Ban Ki-moon"])
ev(D, "Ban Ki-moon has condemned", "demanded", "REQUEST", "change", ["crime", "legal"],
   ["UNO"], ["U.N. Secretary-General Ban Ki-moon"], ["SDN"], ["the Sudanese government"])
ev(D, "various rebel groups have fought", "have fought", "ASSAULT", "", ["military"], ["SDN"],
   ["various rebel groups"], ["SDN"], ["the Sudanese government"])

# blind20-06 Koreas agree to proceed with family reunions (2014)
D = "blind20-06"
ev(D, "South Korea says it has agreed", "has agreed", "AGREE", "",
   ["human_security", "diplomatic"], ["KOR", "PRK"], ["South Korea", "North Korea"])
ev(D, "South Korea says it has agreed", "concerns", "ACCUSE", "disapprove", ["military"],
   ["PRK"], ["Pyongyang's"], ["KOR"], ["Seoul's"])
ev(D, "South Korea says it has agreed", "upcoming military drills", "AGREE", "", ["military"],
   ["KOR", "USA"], ["Seoul's", "the United States"])
ev(D, "agreed not to make \"slanderous\" remarks", "agreed", "AGREE", "", ["diplomatic"],
   ["PRK", "KOR"], ["The two Koreas", "The two Koreas"])
ev(D, "North Korea demanded Seoul and Washington", "demanded", "REQUEST", "change",
   ["military"], ["PRK"], ["North Korea"], ["KOR", "USA"], ["Seoul", "Washington"])
ev(D, "had previously called for the exercises", "called for", "REQUEST", "change",
   ["military"], ["PRK"], ["The North"])
ev(D, "say the drills are not aggressive", "not aggressive in nature", "REJECT", "",
   ["military"], ["USA", "KOR"], ["The U.S.", "South Korea"])
ev(D, "the North also wants to resume", "wants to resume", "REQUEST", "", ["economic"],
   ["PRK"], ["the North"], ["KOR"], ["South Korean"])
ev(D, "officials have met since 2007", "have met", "CONSULT", "", ["diplomatic"],
   ["PRK", "KOR"],
   ["senior North and South Korean officials", "senior North and South Korean officials"])
ev(D, "The meeting was requested by Pyongyang", "requested", "REQUEST", "meet", ["diplomatic"],
   ["PRK"], ["Pyongyang"])
ev(D, "The meeting was requested by Pyongyang", "signaled", "AGREE", "", ["diplomatic"],
   ["PRK"], ["Pyongyang"])
ev(D, "the South has insisted", "insisted it will not do so", "REJECT", "", ["cbrn"],
   ["KOR"], ["the South"], ["PRK"], ["North Korea"])

# blind20-07 South Sudan: Machar in Ethiopia for talks with Kiir (2014)
D = "blind20-07"
ev(D, "Riek Machar has arrived in Ethiopia", "has arrived", "CONSULT", "visit",
   ["diplomatic"], ["SSD"], ["South Sudanese rebel leader Riek Machar"], ["ETH"], ["Ethiopia"])
ev(D, "The two men are set to meet Friday", "are set to meet", "AGREE", "", ["diplomatic"],
   ["SSD", "SSD", "IGO"], ["The two men", "The two men", "the East African bloc IGAD"],
   future=True)
ev(D, "Negotiations between the rebel and government", "Negotiations", "CONSULT", "",
   ["diplomatic"], ["SSD", "SSD"],
   ["the rebel and government delegations", "the rebel and government delegations"])
ev(D, "President Kiir agreed to attend the talks", "agreed to attend", "AGREE", "",
   ["diplomatic"], ["SSD"], ["President Kiir"], ["SSD"], ["his former vice president"],
   future=True)
ev(D, "President Kiir agreed to attend the talks", "meeting", "CONSULT", "visit",
   ["diplomatic"], ["USA"], ["U.S. Secretary of State John Kerry"], ["SSD"],
   ["President Kiir"])
ev(D, "announced its first sanctions", "announced its first sanctions", "SANCTION",
   "discontinue", ["human_rights"], ["USA"], ["the U.S."])
ev(D, "The sanctions targeted a government", "targeted", "SANCTION", "discontinue",
   ["human_rights"], [], [], ["SSD", "SSD"],
   ["a government and a rebel leader", "a government and a rebel leader"])
ev(D, "Amnesty International said a new investigation", "investigation", "ACCUSE",
   "investigate", ["human_rights"], ["NGO"], ["Amnesty International"], ["SSD"],
   ["South Sudan's"])
ev(D, "Amnesty International said a new investigation", "said", "ACCUSE", "allege",
   ["human_rights"], ["NGO"], ["Amnesty International"], ["SSD"], ["both sides"])
ev(D, "Amnesty International said a new investigation", "have committed", "ASSAULT", "",
   ["human_rights"], ["SSD"], ["both sides"])
ev(D, "civilians have been \"systematically targeted\"", "say", "ACCUSE", "allege",
   ["human_rights"], ["NGO"], ["Researchers"])
ev(D, "civilians have been \"systematically targeted\"", "\"systematically targeted\"",
   "ASSAULT", "", ["human_rights"], [], [], ["SSD"], ["civilians"])
ev(D, "accused rebel fighters of massacring", "accused", "ACCUSE", "allege", ["human_rights"],
   ["UNO"], ["the United Nations mission in South Sudan"], ["SSD"], ["rebel fighters"])
ev(D, "The rebels denied the allegation", "denied", "REJECT", "", ["human_rights"], ["SSD"],
   ["The rebels"])

# blind20-08 Gaza: extended Israel-Hamas truce (2014)
D = "blind20-08"
ev(D, "five-day cease-fire between Israel and Hamas", "was holding", "RETREAT", "ceasefire",
   ["military"], ["ISR", "PSE"], ["Israel", "Hamas"])
ev(D, "five-day cease-fire between Israel and Hamas", "exchange of rockets and airstrikes",
   "ASSAULT", "", ["military"], ["ISR", "PSE"], ["Israel", "Hamas"])
ev(D, "The two sides agreed Wednesday", "agreed", "AGREE", "", ["military"], ["ISR", "PSE"],
   ["The two sides", "The two sides"])
ev(D, "The two sides agreed Wednesday", "negotiations", "CONSULT", "third-party",
   ["diplomatic"], ["EGY"], ["Egyptian-brokered"])
ev(D, "Israel said it carried out airstrikes", "carried out airstrikes", "ASSAULT", "aerial",
   ["military"], ["ISR"], ["Israel"], ["PSE"], ["Palestinian militant targets"])
ev(D, "Israel said it carried out airstrikes", "rocket fire", "ASSAULT", "", ["military"],
   ["PSE"], ["Palestinian"])
ev(D, "At least eight rockets were fired", "were fired", "ASSAULT", "", ["military"], [], [],
   ["ISR"], ["Israel"])
ev(D, "had not staged any such attacks", "had not staged any such attacks", "REJECT", "",
   ["military"], ["PSE"], ["An official of Hamas"])
ev(D, "had not staged any such attacks", "accused", "ACCUSE", "allege", ["military"], ["PSE"],
   ["An official of Hamas"], ["ISR"], ["Israel"])

# blind20-09 Syria: donors pledge $4.4 billion (2018)
D = "blind20-09"
ev(D, "the United Nations is seeking", "is seeking", "REQUEST", "assist", ["human_security"],
   ["UNO"], ["the United Nations"])
ev(D, "were a \"good start.\"", "\"good start.\"", "SUPPORT", "", ["human_security"], ["UNO"],
   ["Mark Lowcock, head of the U.N. Office for the Coordination of Humanitarian Affairs"])
ev(D, "had not yet confirmed their pledges", "confirmed their pledges", "AGREE", "",
   ["human_security"], ["USA"], ["the United States"], negated=True)
ev(D, "has been providing more than $1 billion", "has been providing", "AID", "",
   ["human_security"], ["USA"], ["the United States"], ["SYR"], ["Syria"])
ev(D, "the additional money for 2019 was needed", "was needed", "REQUEST", "assist",
   ["human_security"], ["UNO"], ["Lowcock"], ["SYR"], ["Syria"])
ev(D, "Britain and Germany had made the largest pledges", "had made the largest pledges",
   "AGREE", "", ["human_security"], ["GBR", "DEU"], ["Britain", "Germany"])
ev(D, "began cracking down on protesters", "cracking down", "COERCE", "", ["repression"],
   ["SYR"], ["President Bashar al-Assad's"], ["SYR"], ["protesters"])

# blind20-10 DRC says Rwandan troops crossed the border (2021)
D = "blind20-10"
ev(D, "say Rwandan troops crossed", "say", "ACCUSE", "allege", ["military", "territory"],
   ["COD"], ["Authorities in the Democratic Republic of Congo"], ["RWA"], ["Rwandan troops"])
ev(D, "say Rwandan troops crossed", "crossed the eastern border", "MOBILIZE", "troops",
   ["military", "territory"], ["RWA"], ["Rwandan troops"], ["COD"],
   ["the Democratic Republic of Congo"])
ev(D, "say Rwandan troops crossed", "clash", "ASSAULT", "", ["military"], ["RWA", "COD"],
   ["Rwandan troops", "the Democratic Republic of Congo"])

"""Texts and annotation of the blind events set ``blind57.jsonl`` (evgold45, 2026-12-07).

Six Voice of America news stories (voanews.com, VOA's Tibetan-service site voatibetan.com, which
carries VOA English stories, and VOA's Studio 7 for Zimbabwe site voazimbabwe.com) and five U.S.
government texts (remarks of the Secretary of State on the U.S. Embassy in China site, two White
House readouts reposted verbatim on other hosts, White House remarks of the Vice President, and
a State Department press statement in the UNT End of Term 2008 web archive), taken from the
search tool's stored pages; all public domain (VOA / U.S. government works). Page furniture is
removed (named in each document's ``note``); the wording is otherwise exactly as stored (one
paragraph per line). Each event is written as: document id, a sentence anchor (a substring of
exactly one sentence), the trigger (a substring found once in that sentence), type, mode,
contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind57.py`` turns this into ``blind57.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

VOA = [
    {
        "id": "blind57-01",
        "url": "https://www.voanews.com/a/a-13-2006-05-29-voa15/327415.html",
        "agency": "Voice of America",
        "title": "UN Arranged Truce Holds in South Lebanon",
        "published": "2006-05-29",
        "date_approximate": False,
        "date_note": "the address carries the date 2006-05-29; the story reports the clashes of 'Sunday' (May 28, 2006) and the truce holding the next day",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), blank lines; the store cuts the page inside the next paragraph ('U.N. and U.S. officials have c'), which is dropped. Source wording kept ('A U.N. mediated truce', 'blue line [Israel-Lebanon border]')"
        ),
        "text": (
            "A U.N. mediated truce is holding in southern Lebanon, following clashes Sunday "
            "that left at least two Hezbollah guerrillas dead and two Israeli soldiers "
            "wounded.\n"
            "Calm prevails along the Israel-Lebanon border, after heavy rocket and artillery "
            "exchanges on Sunday. The clashes were the heaviest to occur along the border "
            "since Israeli forces withdrew from Lebanon in 2000.\n"
            "The clashes began after Hezbollah guerrillas reportedly fired Katyusha rockets "
            "from Lebanese positions at an Israeli air force base and border outposts.\n"
            "Israeli forces responded with heavy artillery fire, destroying a number of "
            "Hezbollah military positions in the area. After intensive discussions with U.N. "
            "diplomats, the clashes subsided. U.N. Interim Force in Lebanon senior advisor "
            "Milos Strugar says the area remains tense.\n"
            "\"So, the situation is still fragile and tense, but we are hopeful the cease-fire "
            "is taking firmer ground,\" said Strugar.\n"
            "Tensions in the area rose dramatically last week, after a senior Palestinian "
            "Islamic Jihad militant was killed by a car bomb in the southern Lebanese city of "
            "Sidon. Palestinian militants immediately blamed Israel for the incident, but "
            "Israeli officials say they were not involved.\n"
            "With a large force of U.N. peacekeepers stationed along the Israel-Lebanon "
            "border, southern Lebanon has been relatively trouble-free recently, despite the "
            "presence of large numbers of Hezbollah guerrillas, Palestinian militants and "
            "Israeli troops in the area.\n"
            "Milos Strugar of the U.N. says he believes there is a commitment among most "
            "parties in the area to reduce tensions.\n"
            "\"I think that, in general, there is a political will to keep it quiet. I think, "
            "all the parties have a commitment to maintaining a cease-fire and quiet along "
            "the blue line [Israel-Lebanon border]. I do not see anyone who has an interest "
            "in having a major military escalation at this stage,\" he commented."
        ),
    },
    {
        "id": "blind57-02",
        "url": "https://www.voatibetan.com/a/a-28-2006-05-03-voa6-90286367/1271019.html",
        "agency": "Voice of America (VOA Tibetan service site, English text)",
        "title": "Nepal Government Matches Rebel Cease-Fire",
        "published": "2006-05-03",
        "date_approximate": False,
        "date_note": "the address carries the date 2006-05-03; the government's cease-fire was announced on Wednesday, May 3, 2006",
        "truncated": True,
        "note": (
            "removed: the Tibetan-script date line at the top of the stored page (the site's current date, not the story's), the headline (kept in title), blank lines; the store cuts the page inside the next paragraph ('The deputy prime minister also announced that t'), which is dropped. Source wording kept ('KP Oli', 'Rhoderick Chalmers')"
        ),
        "text": (
            "Nepal's new government has called a cease-fire in its 10-year-old conflict with "
            "Maoist insurgents, and says it will lift the group's designation as terrorists. "
            "The move comes days after the country's parliament met for the first time in "
            "four years.\n"
            "Deputy Prime Minister KP Oli announced the indefinite cease-fire, a move that "
            "reciprocates the unilateral cease-fire called by the rebels last week.\n"
            "The rebels declared a three-month cease-fire last Thursday, to express what they "
            "said is their commitment toward peace. The rebels, who claim to follow the "
            "teachings of the late Chinese communist leader Mao Zedong, have been fighting to "
            "overthrow the monarchy since 1996.\n"
            "Formerly at odds, the Maoists and Nepal's seven mainstream political parties "
            "became loosely united last year by a common foe in King Gyanendra. The king "
            "seized control of the government last February, because he said the political "
            "parties had failed to end the insurgency with the rebels, and Nepal was in "
            "danger of becoming a failed state.\n"
            "The government's decision to call a cease-fire was widely expected in Nepal, "
            "where the long-running conflict has cost more than 11,000 lives. Analysts say "
            "both sides are tired.\n"
            "International Crisis Group analyst Rhoderick Chalmers says the government is "
            "drained by the conflict, which has severely disrupted Nepal's tourism industry, "
            "and the Maoists lack the military capability to capture and hold major cities or "
            "towns.\n"
            "\"There is no other option for the Maoists that is nearly as attractive as "
            "following through, at least for the time being, with the peace plan they have "
            "with the parties,\" he said. \"In their heart of hearts, they would still love to "
            "have the chance to run the country entirely by themselves, but they realize that "
            "is not possible. So for them, this is probably, on the face of things, the best "
            "possible option.\""
        ),
    },
    {
        "id": "blind57-03",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2007-08-10-voa63-68958912/1461868.html",
        "agency": "Voice of America (Studio 7 for Zimbabwe)",
        "title": "S. Africa's Mbeki Opens Zimbabwe Mediation Process To Civic Groups",
        "published": "2007-08-10",
        "date_approximate": False,
        "date_note": "the address carries the date 2007-08-10; the story reports the SADC meeting in Lusaka (August 2007)",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the closing link line 'More reports from VOA's Studio 7 for Zimbabwe...', the text-size buttons 'XS SM MD LG', blank lines. Source wording kept ('within scope of his effort', 'Mr Mbeki' beside 'Mr. Mbeki', the curly apostrophe of 'organization\u2019s' beside straight ones)"
        ),
        "text": (
            "South African President Thabo Mbeki has agreed to meet with Zimbabwean civil "
            "society leaders within scope of his effort to mediate a solution to the crisis.\n"
            "His decision came as Southern African Development Community leaders gathered in "
            "Lusaka, Zambia, for the organization\u2019s ordinary meeting. SADC appointed Mr Mbeki "
            "mediator in the Zimbabwe crisis at an extraordinary summit in late March. He is "
            "to deliver a progress report on the mediation talks to his regional peers next "
            "week.\n"
            "Sources in Pretoria said Mr. Mbeki's decision to meet with civil society "
            "representatives was prompted not only by pressure from civic leaders but also by "
            "frustration with the principals in the talks. Representatives of Zimbabwe's "
            "ruling ZANU-PF party have failed to show up for negotiation sessions, while "
            "tentative moves by the divided opposition towards reunification were recently "
            "dealt a major setback.\n"
            "Last week MDC faction leader Arthur Mutambara announced his formation was "
            "pulling out of the Save Zimbabwe Coalition, in which his faction and the rival "
            "grouping led by Morgan Tsvangirai had been cooperating, and that it would run "
            "its own presidential candidate in March 2008 to challenge incumbent President "
            "Robert Mugabe.\n"
            "Political analyst John Makumbe said Mr. Mbeki agreed to meet civil society "
            "leaders on the margins of the talks, but specified that he would not give them a "
            "third chair.\n"
            "Coordinator Jacob Mafume of the Crisis in Zimbabwe Coalition, one of the groups "
            "brought into the crisis talks framework, told reporter Blessing Zulu of VOA's "
            "Studio 7 for Zimbabwe that the civic groups are pleased to be more closely "
            "involved."
        ),
    },
    {
        "id": "blind57-04",
        "url": "https://www.voanews.com/a/a-13-2007-09-08-voa29/338383.html",
        "agency": "Voice of America",
        "title": "Gadhafi Supports Negotiations to End Darfur War",
        "published": "2007-09-08",
        "date_approximate": False,
        "date_note": "the address carries the date 2007-09-08; the story reports Ban Ki-moon's meeting with Gadhafi in Sirte and talks due on October 27",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), blank lines; the store cuts the page inside a quotation ('\"I told him that this forthcoming political '), which is dropped with the rest of that paragraph. Source wording kept ('African Union/U.N.- mediated', 'four-year old', 'last year\u2026We are now', '25 minute')"
        ),
        "text": (
            "The U.N. Secretary General says Libyan Leader Moammar Gadhafi strongly supports "
            "African Union and U.N. efforts to end the war in Sudan's conflict-ridden "
            "province of Darfur. Lisa Schlein reports for VOA, Ban Ki-moon discussed the "
            "Darfur crisis with Gadhafi at the Libyan leader's residence in Sirte, 450 "
            "kilometers northeast of the capital Tripoli.\n"
            "U.N. Secretary General Ban Ki-moon says Libyan Leader Moammar Gadhafi expressed "
            "full support for African Union/U.N.- mediated negotiations to end the four-year "
            "old conflict in Darfur.\n"
            "The two men spent an hour in talks in the presence of aides, followed by a 25 "
            "minute face-to-face encounter in which they discussed a range of issues related "
            "to moving the peace process along. Libya is due to host the renewed Darfur peace "
            "negotiations on October 27.\n"
            "Mr. Ban says he is sure Libya is serious about playing a constructive role in "
            "the talks. \"I am confident. As you may recall, Libya has been playing a very "
            "important and constructive role since last year in facilitating and playing a "
            "mediating role between Sudan and Chad through a very important Tripoli agreement "
            "in February last year\u2026We are now able to aim for a final settlement of this "
            "issue,\" he says.\n"
            "Mr. Gadhafi hosted the meeting in a tent at his palatial residence in his desert "
            "hometown of Sirte. Mr. Ban told his host the meeting was an unexpected and "
            "exciting experience for him.\n"
            "When the meeting was over, Mr. Ban told journalists that the Libyan leader "
            "promised to do everything possible to bring the leaders of all the different "
            "movements to the negotiating table.\n"
            "Eight key rebel groups have agreed to attend the talks. Only Abdul Wahid, the "
            "popular leader of the Sudan Liberation Army, has said he will not come.\n"
            "Mr. Ban says the Libyan leader has influence with the rebel groups and that Mr. "
            "Gadhafi's support can help make the talks a success."
        ),
    },
    {
        "id": "blind57-06",
        "url": "https://www.voatibetan.com/a/a-28-2006-06-29-voa3-90276257/1269954.html",
        "agency": "Voice of America (VOA Tibetan service site, English text)",
        "title": "Foreign Ministers Hold Last Talks Before G8 Summit",
        "published": "2006-06-29",
        "date_approximate": False,
        "date_note": "the address carries the date 2006-06-29, the day the G8 foreign ministers met in Moscow",
        "truncated": True,
        "note": (
            "removed: the Tibetan-script date line, the headline (kept in title), blank lines. The stored copy ends after four paragraphs without the page's closing furniture, so it is probably cut at a paragraph end. Source wording kept ('(Iraq / Iran / Israel)', 'tells VOA Russian President')"
        ),
        "text": (
            "Foreign Ministers of the Group of Eight industrialized nations have begun talks "
            "in Moscow, aimed at finalizing their positions ahead of next month's G8 Summit "
            "in Saint Petersburg.\n"
            "This is the last time G8 foreign ministers will meet for crucial talks to narrow "
            "any remaining differences on topics ranging from the Middle East (Iraq / Iran / "
            "Israel) to North Korea's nuclear ambitions, before the July summit in Saint "
            "Petersburg.\n"
            "Analyst Yevgeni Volk of the Heritage Foundation tells VOA Russian President "
            "Vladimir Putin's primary goal, as host of the summit, is to avoid any serious "
            "rebuke by the West over what some see as Russia's backtracking on democratic "
            "reform.\n"
            "Leaving Afghanistan for Moscow, earlier, Secretary of State Condoleezza Rice "
            "also noted concerns about democracy in Belarus, under authoritarian leader "
            "Alexander Lukashenko."
        ),
    },
]

GOV = [
    {
        "id": "blind57-07",
        "url": "https://china.usembassy-china.org.cn/excerpts-secretary-pompeo-remarks-to-press-washington-dc-june-13-2019/",
        "agency": "U.S. Embassy and Consulates in China (remarks of Secretary of State Pompeo)",
        "title": "Excerpts: Secretary Pompeo, Remarks to Press, Washington, DC, June 13, 2019",
        "published": "2019-06-13",
        "date_approximate": False,
        "date_note": "the remarks are dated June 13, 2019 in the title; the embassy posted them on June 14, 2019",
        "truncated": True,
        "note": (
            "removed: the header lines 'Flag' and 'An official website of the United States government', the title (kept in title), '3 MINUTE READ', the posting date 'June 14, 2019', the pull-quote caption stored twice above the text ('The international community condemns Iran\u2019s assault ...', which the text repeats), the omission mark line '.\u2026' of the excerpted remarks, blank lines; the store cuts the page inside the next sentence ('And we call upon all nations ... to join us in that en'), which is dropped. Source wording kept (the en dashes around 'threats today apparent for all the world to see')"
        ),
        "text": (
            "It is the assessment of the United States Government that the Islamic Republic "
            "of Iran is responsible for the attacks that occurred in the Gulf of Oman today. "
            "This assessment is based on intelligence, the weapons used, the level of "
            "expertise needed to execute the operation, recent similar Iranian attacks on "
            "shipping, and the fact that no proxy group operating in the area has the "
            "resources and proficiency to act with such a high degree of sophistication.\n"
            "This is only the latest in a series of attacks instigated by the Islamic "
            "Republic of Iran and its surrogates against American and allied interests, and "
            "they should be understood in the context of 40 years of unprovoked aggression "
            "against freedom-loving nations.\n"
            "The international community condemns Iran\u2019s assault on the freedom of navigation "
            "and the targeting of innocent civilians.\n"
            "Today, I have instructed our UN Ambassador Jonathan Cohen to raise Iran\u2019s "
            "attacks in the UN Security Council meeting later this afternoon. Our policy "
            "remains an economic and diplomatic effort to bring Iran back to the negotiating "
            "table at the right time, to encourage a comprehensive deal that addresses the "
            "broad range of threats \u2013 threats today apparent for all the world to see \u2013 to "
            "peace and security.\n"
            "Iran should meet diplomacy with diplomacy, not with terror, bloodshed, and "
            "extortion. The United States will defend its forces, interests, and stand with "
            "our partners and allies to safeguard global commerce and regional stability."
        ),
    },
    {
        "id": "blind57-08",
        "url": "http://whitehousepressbriefings.com/statement-releases/statement-presidents-meeting-president-aquino-philippines",
        "agency": "The White House, Office of the Press Secretary (statement reposted verbatim by whitehousepressbriefings.com)",
        "title": "[Statement on the President's Meeting with President Aquino of the Philippines]",
        "published": "2012-06-08",
        "date_approximate": True,
        "date_note": "the stored copy shows no date; the meeting in the Oval Office took place on June 8, 2012 (Aquino's official visit to Washington), so the statement is dated 2012-06-08 (inferred)",
        "truncated": True,
        "note": (
            "the stored copy has no headline; the title in brackets is the annotator's. Removed: the incomplete last sentence where the store cuts the page ('The leaders acknowledged the importance of a strong economic relationship to both sides, and committed to redouble efforts '). The repost host adds no text of its own to the statement in the stored copy. Source wording kept ('the first ever \u201c2+2\u201d ministerial consultation')"
        ),
        "text": (
            "Today, the President met with Philippine President Benigno S. Aquino III in the "
            "Oval Office. The Philippines is a close friend and a key economic and security "
            "partner for the United States. The two leaders reaffirmed their commitment to "
            "strengthening the bilateral relationship. The U.S.-Philippines partnership is "
            "based on our shared history, democratic values, and mutual interests. It is "
            "rooted in our bilateral alliance, which has contributed to the stability and "
            "prosperity of the Asia-Pacific region for over 60 years. Both leaders reaffirmed "
            "their mutual commitment to the peace and security of the region and to the "
            "U.S.-Philippines Mutual Defense Treaty.\n"
            "The Presidents reviewed recent progress made in enhancing bilateral cooperation "
            "since their previous meeting at the East Asia Summit in November. They welcomed "
            "the outcomes of the Bilateral Strategic Dialogue and the first ever \u201c2+2\u201d "
            "ministerial consultation in April, including the commitments on regional "
            "strategic issues, security and economic cooperation, and supporting the rule of "
            "law.\n"
            "President Obama reaffirmed the U.S. Government\u2019s support for Philippine efforts "
            "to build a minimum credible defense posture, as evidenced by our transfer of a "
            "second U.S. Coast Guard Cutter to the Philippine Navy, support for the "
            "Philippine National Coast Watch System, and the growing number of bilateral "
            "exercises and training programs.\n"
            "The Presidents agreed to build on our successful security cooperation on "
            "counterterrorism by expanding efforts to enhance joint military capabilities and "
            "interoperability in humanitarian assistance, as well as in the areas of disaster "
            "relief, maritime security, and maritime domain awareness. President Obama "
            "recognized President Aquino\u2019s commitment to peace negotiations with the Moro "
            "Islamic Liberation Front and to ensuring a peaceful and prosperous future for "
            "Mindanao."
        ),
    },
    {
        "id": "blind57-09",
        "url": "http://aams.blogspot.com/2010/04/president-obama-and-king-abdullah-of.html",
        "agency": "The White House, Office of the Press Secretary (readout reposted verbatim on a blog)",
        "title": "Readout of the President\u2019s Bilateral Meeting with King Abdullah II of Jordan",
        "published": "2010-04-12",
        "date_approximate": False,
        "date_note": "the release is dated April 12, 2010 (FOR IMMEDIATE RELEASE line)",
        "truncated": False,
        "note": (
            "removed: the blog's date line 'Monday, April 12, 2010' and its own headline 'President Obama and King Abdullah of Jordan meet to discuss regional interests', the release header lines 'THE WHITE HOUSE', 'Office of the Press Secretary', 'FOR IMMEDIATE RELEASE', 'April 12, 2010', the readout title (kept in title), '###'. Source wording kept ('Nuclear Non Proliferation Treaty')"
        ),
        "text": (
            "President Obama and King Abdullah met today for a bilateral meeting to reaffirm "
            "the U.S.-Jordanian partnership and discuss a wide range of issues of mutual "
            "interest. The leaders exchanged ideas on ways to advance comprehensive peace in "
            "the Middle East, between both Israelis and Palestinians and Israelis and the "
            "larger Arab world. During these discussions, both agreed that "
            "Israeli-Palestinian proximity talks should begin as soon as possible, and "
            "transition quickly to direct negotiations. They also agreed that both sides "
            "should refrain from actions that undermine trust during these talks.\n"
            "President Obama and King Abdullah also discussed Iran's nuclear file. President "
            "Obama stressed the importance of international efforts to pressure Iran to "
            "ensure that it upholds its international obligations, including through the "
            "imposition of sanctions. Both leaders agreed on the importance of strengthening "
            "the Nuclear Non Proliferation Treaty and holding all signatories accountable to "
            "fulfill their treaty obligations. Both leaders agreed on the importance of "
            "securing nuclear material to combat terrorism and agreed to continue cooperation "
            "in the area of preventing and detecting illicit trafficking.\n"
            "President Obama and King Abdullah also discussed the latest situation in "
            "Afghanistan and ways that Jordan could continue to contribute to international "
            "efforts to improve conditions on the ground for the Afghan people. The recent "
            "election in Iraq and the current situation in Yemen were also part of their "
            "conversation, as well as the current global economic situation. They also "
            "discussed enhancing cooperation in the fields of education, energy, science and "
            "entrepreneurship."
        ),
    },
    {
        "id": "blind57-10",
        "url": "https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/04/26/remarks-by-vice-president-harris-and-president-giammattei-of-the-republic-of-guatemala-before-virtual-bilateral-meeting/",
        "agency": "The White House (remarks of the Vice President)",
        "title": "Remarks by Vice President Harris and President Giammattei of the Republic of Guatemala Before Virtual Bilateral Meeting",
        "published": "2021-04-26",
        "date_approximate": False,
        "date_note": "the address carries the date 2021-04-26",
        "truncated": True,
        "note": (
            "the stored copy has no headline; the title is the one the address spells out. Removed: the header lines 'Via Teleconference', 'Vice President\u2019s Ceremonial Office', '4:02 P.M. EDT', the five-space indentation of two stored paragraphs, blank lines; the store cuts the page inside the next paragraph ('The United States plans to increase relief to the region; ... in an effective, secure'), which is dropped. Source wording kept (the speaker labels, the double spaces after them and after some sentences, '(Laughs.)', 'behind out work', the em dashes)"
        ),
        "text": (
            "VICE PRESIDENT HARRIS:  But, it is my honor to be with you, Mr. President.\n"
            "PRESIDENT GIAMMATTEI:  It is my honor to meet you by Zoom.  (Laughs.)\n"
            "VICE PRESIDENT HARRIS:  Yes, by Zoom, and soon in person.\n"
            "But I do want you to know that I value the partnership between our countries and "
            "our people, and I look forward to working together to strengthen our ties around "
            "our common interests.\n"
            "When we last spoke by telephone a few weeks ago, we discussed our shared "
            "commitment to expanding opportunities in Guatemala and throughout the region.\n"
            "And as you of course know, the people of Guatemala have been suffering greatly "
            "because of the recent hurricanes, the persistent drought, and, of course, the "
            "damage from COVID-19.\n"
            "And as we have discussed, these are the acute factors that, in many ways, are "
            "causing people to leave their homes despite the fact that they would probably "
            "prefer to stay.\n"
            "There are also longstanding issues that are often called the \u201croot causes\u201d of "
            "immigration.  We are looking at the issue of poverty and the lack, therefore, of "
            "economic opportunities; the issue of extreme weather conditions and the lack of "
            "climate adaptation; as well as corruption and the lack of good governance; and "
            "violence against women, Indigenous people, LGBTQ people, and Afro-descendants.\n"
            "And we want to work with you to address both the acute causes as well as the "
            "root causes in a way that will bring hope to the people of Guatemala that there "
            "will be an opportunity for them if they stay at home.\n"
            "Part of the spirit behind out work is that, of course, the Western Hemisphere is "
            "our collective home, and the people in it and our neighbors \u2014 including the "
            "people of Guatemala \u2014 are nearby and we have a responsibility, therefore, to "
            "engage."
        ),
    },
    {
        "id": "blind57-11",
        "url": "https://webarchive.library.unt.edu/eot2008/20081104221539/http://www.state.gov/r/pa/prs/ps/2007/oct/93257.htm",
        "agency": "U.S. Department of State (press statement of Spokesman Sean McCormack; UNT End of Term 2008 web archive copy of state.gov)",
        "title": "Secretary Rice's Travel to Russia and the Middle East",
        "published": "2007-10-04",
        "date_approximate": False,
        "date_note": "the press statement is dated October 4, 2007",
        "truncated": True,
        "note": (
            "removed: the archived page's navigation lines ('Skip Links', 'U.S. Department of State', the menu and breadcrumb lines), 'Press Statement', 'Sean McCormack, Spokesman', 'Washington, DC', 'October 4, 2007', the statement title (kept in title), blank lines; the store cuts the page inside the last sentence ('We look forward to an international meeting later this fall, ... focused on supporting the effort'), which is dropped"
        ),
        "text": (
            "Secretary of State Condoleezza Rice will travel to Russia, Israel and the "
            "Palestinian territories, Egypt and Jordan October 11-18, 2007.\n"
            "The Secretary will visit Moscow with Secretary of Defense Gates October 12-13 to "
            "engage in strategic security talks with their Russian counterparts, Minister of "
            "Foreign Affairs Sergey Lavrov and Minister of Defense Anatoliy Serdyukov. The "
            "discussions will center on a number of security issues of mutual concern, "
            "including cooperation in the area of Missile Defense.\n"
            "Secretary Rice will visit Tel Aviv, Jerusalem and Ramallah October 14-18 to meet "
            "with leaders from Israel and the Palestinian Authority in support of the ongoing "
            "efforts to lay a foundation for serious negotiations on the establishment of a "
            "Palestinian state as soon as possible. The Secretary supports these efforts and "
            "stands ready to assist the parties as they work through these issues."
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


# --- blind57-01: Israel-Lebanon border clashes and the U.N.-mediated truce (2006) ---
D = "blind57-01"
S = "A U.N. mediated truce is holding"
ev(D, S, "mediated", "CONSULT", "third-party", ["military", "peacekeeping"], ["UNO"], ["U.N."])
ev(D, S, "is holding", "RETREAT", "ceasefire", ["military"], ["LBN", "ISR"],
   ["Hezbollah guerrillas", "Israeli soldiers"])
ev(D, S, "clashes", "ASSAULT", "", ["military"], ["LBN", "ISR"],
   ["Hezbollah guerrillas", "Israeli soldiers"])
S = "since Israeli forces withdrew from Lebanon in 2000"
ev(D, S, "withdrew", "RETREAT", "withdraw", ["military", "territory"], ["ISR"],
   ["Israeli forces"], ["LBN"], ["Lebanon"])
S = "Hezbollah guerrillas reportedly fired Katyusha rockets"
ev(D, S, "fired Katyusha rockets", "ASSAULT", "", ["military"], ["LBN"],
   ["Hezbollah guerrillas"], ["ISR"], ["an Israeli air force base and border outposts"])
S = "Israeli forces responded with heavy artillery fire"
ev(D, S, "responded with heavy artillery fire", "ASSAULT", "", ["military"],
   ["ISR"], ["Israeli forces"], ["LBN"], ["Hezbollah military positions"])
S = "After intensive discussions with U.N. diplomats"
ev(D, S, "intensive discussions", "CONSULT", "", ["military", "peacekeeping"], ["UNO"],
   ["U.N. diplomats"])
S = "a senior Palestinian Islamic Jihad militant was killed by a car bomb"
ev(D, S, "was killed by a car bomb", "ASSAULT", "explosives", ["military", "terrorism"], [],
   [], ["PSE"], ["a senior Palestinian Islamic Jihad militant"])
S = "Palestinian militants immediately blamed Israel"
ev(D, S, "blamed", "ACCUSE", "allege", ["military"], ["PSE"], ["Palestinian militants"],
   ["ISR"], ["Israel"])
ev(D, S, "were not involved", "REJECT", "", ["military"], ["ISR"], ["Israeli officials"])

# --- blind57-02: Nepal's government matches the Maoist rebels' cease-fire (2006) ---
D = "blind57-02"
S = "Nepal's new government has called a cease-fire"
ev(D, S, "has called a cease-fire", "CONCEDE", "", ["military"], ["NPL"],
   ["Nepal's new government"], ["NPL"], ["Maoist insurgents"])
ev(D, S, "will lift the group's designation as terrorists", "CONCEDE", "",
   ["terrorism", "legal"], ["NPL"], ["Nepal's new government"], ["NPL"], ["the group"],
   future=True)
S = "Deputy Prime Minister KP Oli announced the indefinite cease-fire"
ev(D, S, "called by the rebels", "CONCEDE", "", ["military"], ["NPL"], ["the rebels"])
S = "have been fighting to overthrow the monarchy"
ev(D, S, "have been fighting", "ASSAULT", "", ["military", "political_institutions"], ["NPL"],
   ["The rebels"], ["NPL"], ["the monarchy"])
S = "became loosely united last year"
ev(D, S, "became loosely united", "COOPERATE", "", ["political_institutions"], ["NPL", "NPL"],
   ["the Maoists", "Nepal's seven mainstream political parties"])
S = "The king seized control of the government"
ev(D, S, "seized control of the government", "COERCE", "", ["political_institutions"],
   ["NPL"], ["The king"], ["NPL"], ["the government"])
ev(D, S, "said", "ACCUSE", "allege", ["political_institutions"], ["NPL"], ["he"], ["NPL"],
   ["the political parties"])

# --- blind57-03: Mbeki's Zimbabwe mediation opened to civic groups (2007) ---
D = "blind57-03"
S = "South African President Thabo Mbeki has agreed to meet"
ev(D, S, "has agreed to meet", "AGREE", "", ["diplomatic", "pro_democracy"], ["ZAF"],
   ["South African President Thabo Mbeki"], ["ZWE"], ["Zimbabwean civil society leaders"],
   future=True)
ev(D, S, "his effort to mediate", "CONSULT", "third-party", ["diplomatic"], ["ZAF"],
   ["South African President Thabo Mbeki"])
S = "Southern African Development Community leaders gathered in Lusaka"
ev(D, S, "gathered", "CONSULT", "multilateral", ["diplomatic"], ["IGO"],
   ["Southern African Development Community leaders"])
S = "SADC appointed Mr Mbeki mediator"
ev(D, S, "extraordinary summit", "CONSULT", "multilateral", ["diplomatic"], ["IGO"], ["SADC"])
S = "He is to deliver a progress report"
ev(D, S, "is to deliver a progress report", "AGREE", "", ["diplomatic"], ["ZAF"], ["He"],
   ["IGO"], ["his regional peers"], future=True)
S = "decision to meet with civil society representatives was prompted"
ev(D, S, "pressure from civic leaders", "REQUEST", "meet", ["diplomatic", "pro_democracy"],
   ["ZWE"], ["civic leaders"], ["ZAF"], ["Mr. Mbeki"])
S = "have failed to show up for negotiation sessions"
ev(D, S, "failed to show up for negotiation sessions", "CONSULT", "", ["diplomatic"], ["ZWE"],
   ["Representatives of Zimbabwe's ruling ZANU-PF party"], negated=True)
S = "announced his formation was pulling out"
ev(D, S, "pulling out of", "SANCTION", "withdraw", ["political_institutions", "election"],
   ["ZWE"], ["MDC faction leader Arthur Mutambara"], ["ZWE"], ["the Save Zimbabwe Coalition"])
ev(D, S, "had been cooperating", "COOPERATE", "", ["political_institutions"], ["ZWE", "ZWE"],
   ["his faction", "the rival grouping led by Morgan Tsvangirai"])
S = "would not give them a third chair"
ev(D, S, "would not give them a third chair", "REJECT", "meet", ["diplomatic"], ["ZAF"],
   ["he"], ["ZWE"], ["them"])
S = "the civic groups are pleased to be more closely involved"
ev(D, S, "are pleased", "SUPPORT", "", ["diplomatic", "pro_democracy"], ["ZWE"],
   ["Coordinator Jacob Mafume of the Crisis in Zimbabwe Coalition"])

# --- blind57-04: Ban Ki-moon and Gadhafi on the Darfur peace talks (2007) ---
D = "blind57-04"
S = "strongly supports African Union and U.N. efforts"
ev(D, S, "strongly supports", "SUPPORT", "", ["military", "diplomatic"], ["LBY"],
   ["Libyan Leader Moammar Gadhafi"], ["IGO", "UNO"], ["African Union", "U.N."])
S = "Ban Ki-moon discussed the Darfur crisis with Gadhafi"
ev(D, S, "discussed the Darfur crisis with", "CONSULT", "", ["diplomatic"], ["UNO", "LBY"],
   ["Ban Ki-moon", "Gadhafi"])
S = "expressed full support for African Union/U.N.- mediated negotiations"
ev(D, S, "mediated negotiations", "CONSULT", "third-party", ["military", "diplomatic"],
   ["IGO", "UNO"], ["African Union", "U.N."])
S = "Libya is due to host the renewed Darfur peace negotiations"
ev(D, S, "is due to host", "AGREE", "", ["military", "diplomatic"], ["LBY"], ["Libya"],
   future=True)
S = "playing a mediating role between Sudan and Chad"
ev(D, S, "playing a mediating role", "CONSULT", "third-party", ["diplomatic"], ["LBY"],
   ["Libya"], ["SDN", "TCD"], ["Sudan", "Chad"])
ev(D, S, "very important and constructive role", "SUPPORT", "", ["diplomatic"], ["UNO"],
   ["he"], ["LBY"], ["Libya"])
S = "the Libyan leader promised to do everything possible"
ev(D, S, "promised", "AGREE", "", ["diplomatic"], ["LBY"], ["the Libyan leader"])
S = "Eight key rebel groups have agreed to attend the talks."
ev(D, S, "have agreed to attend", "AGREE", "", ["military", "diplomatic"], ["SDN"],
   ["Eight key rebel groups"], future=True)
S = "has said he will not come"
ev(D, S, "will not come", "REJECT", "meet", ["military", "diplomatic"], ["SDN"],
   ["Abdul Wahid, the popular leader of the Sudan Liberation Army"])

# --- blind57-06: G8 foreign ministers meet in Moscow; Rice on Belarus (2006) ---
D = "blind57-06"
S = "Foreign Ministers of the Group of Eight industrialized nations have begun talks"
ev(D, S, "have begun talks", "CONSULT", "multilateral", ["diplomatic"], ["IGO"],
   ["Foreign Ministers of the Group of Eight industrialized nations"])
S = "Leaving Afghanistan for Moscow"
ev(D, S, "Leaving Afghanistan", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["Secretary of State Condoleezza Rice"], ["AFG"], ["Afghanistan"])
ev(D, S, "noted concerns", "ACCUSE", "disapprove", ["pro_democracy"], ["USA"],
   ["Secretary of State Condoleezza Rice"], ["BLR"], ["Belarus"])

# --- blind57-07: Pompeo blames Iran for the Gulf of Oman tanker attacks (2019) ---
D = "blind57-07"
S = "It is the assessment of the United States Government"
ev(D, S, "is responsible for", "ACCUSE", "allege", ["military", "natural_resource"], ["USA"],
   ["the United States Government"], ["IRN"], ["the Islamic Republic of Iran"])
ev(D, S, "attacks", "ASSAULT", "", ["military", "natural_resource"], ["IRN"],
   ["the Islamic Republic of Iran"])
S = "This assessment is based on intelligence"
ev(D, S, "attacks on shipping", "ASSAULT", "", ["military"], ["IRN"], ["Iranian"])
S = "This is only the latest in a series of attacks"
ev(D, S, "series of attacks", "ASSAULT", "", ["military"], ["IRN"],
   ["the Islamic Republic of Iran and its surrogates"], ["USA"], ["American"])
S = "I have instructed our UN Ambassador Jonathan Cohen"
ev(D, S, "to raise", "ACCUSE", "disapprove", ["military", "diplomatic"], ["USA"],
   ["our UN Ambassador Jonathan Cohen"], ["IRN"], ["Iran"], future=True)
S = "Our policy remains an economic and diplomatic effort"
ev(D, S, "effort to bring Iran back to the negotiating table", "REQUEST", "meet",
   ["diplomatic", "cbrn"], ["USA"], ["Our"], ["IRN"], ["Iran"])
S = "Iran should meet diplomacy with diplomacy"
ev(D, S, "should meet diplomacy with diplomacy", "REQUEST", "change",
   ["diplomatic", "terrorism"], [], [], ["IRN"], ["Iran"])
S = "The United States will defend its forces"
ev(D, S, "stand with our partners and allies", "AGREE", "", ["military", "economic"],
   ["USA"], ["The United States"])

# --- blind57-08: Obama meets Philippine President Aquino (2012) ---
D = "blind57-08"
S = "Today, the President met with Philippine President"
ev(D, S, "met with", "CONSULT", "", ["diplomatic"], ["USA", "PHL"],
   ["the President", "Philippine President Benigno S. Aquino III"])
S = "The two leaders reaffirmed their commitment to strengthening"
ev(D, S, "reaffirmed their commitment", "AGREE", "", ["diplomatic"], ["USA", "PHL"],
   ["The two leaders", "The two leaders"])
S = "Both leaders reaffirmed their mutual commitment"
ev(D, S, "reaffirmed their mutual commitment", "AGREE", "", ["military"], ["USA", "PHL"],
   ["Both leaders", "Both leaders"])
S = "The Presidents reviewed recent progress"
ev(D, S, "previous meeting", "CONSULT", "multilateral", ["diplomatic"], ["USA", "PHL"],
   ["The Presidents", "The Presidents"])
S = "They welcomed the outcomes of the Bilateral Strategic Dialogue"
ev(D, S, "welcomed", "SUPPORT", "", ["diplomatic", "military", "economic"], ["USA", "PHL"],
   ["They", "They"])
S = "President Obama reaffirmed the U.S. Government"
ev(D, S, "reaffirmed the U.S. Government\u2019s support", "SUPPORT", "", ["military"], ["USA"],
   ["President Obama"], ["PHL"], ["Philippine"])
ev(D, S, "transfer", "AID", "", ["military"], ["USA"], ["U.S."], ["PHL"],
   ["the Philippine Navy"])
ev(D, S, "support for the Philippine National Coast Watch System", "AID", "", ["military"],
   ["USA"], ["U.S."], ["PHL"], ["the Philippine National Coast Watch System"])
S = "The Presidents agreed to build on our successful security cooperation"
ev(D, S, "agreed", "AGREE", "", ["military", "terrorism", "disasters"], ["USA", "PHL"],
   ["The Presidents", "The Presidents"])
S = "President Obama recognized President Aquino"
ev(D, S, "recognized", "SUPPORT", "", ["diplomatic"], ["USA"], ["President Obama"], ["PHL"],
   ["President Aquino"])
ev(D, S, "peace negotiations", "CONSULT", "", ["military", "religion_ethnicity"],
   ["PHL", "PHL"], ["President Aquino", "the Moro Islamic Liberation Front"])

# --- blind57-09: Obama meets King Abdullah II of Jordan (2010) ---
D = "blind57-09"
S = "President Obama and King Abdullah met today"
ev(D, S, "met", "CONSULT", "", ["diplomatic"], ["USA", "JOR"],
   ["President Obama", "King Abdullah"])
S = "both agreed that Israeli-Palestinian proximity talks"
ev(D, S, "should begin as soon as possible", "REQUEST", "meet", ["diplomatic", "territory"],
   ["USA", "JOR"], ["both", "both"], ["ISR", "PSE"], ["Israeli", "Palestinian"])
S = "They also agreed that both sides should refrain"
ev(D, S, "should refrain from actions", "REQUEST", "", ["diplomatic", "territory"],
   ["USA", "JOR"], ["They", "They"], ["ISR", "PSE"], ["both sides", "both sides"])
S = "President Obama stressed the importance of international efforts"
ev(D, S, "stressed the importance", "REQUEST", "", ["cbrn", "diplomatic"], ["USA"],
   ["President Obama"])
S = "importance of strengthening the Nuclear Non Proliferation Treaty"
ev(D, S, "agreed", "AGREE", "", ["cbrn"], ["USA", "JOR"], ["Both leaders", "Both leaders"])
S = "importance of securing nuclear material"
ev(D, S, "agreed on the importance", "AGREE", "", ["cbrn", "terrorism"], ["USA", "JOR"],
   ["Both leaders", "Both leaders"])
ev(D, S, "agreed to continue cooperation", "AGREE", "", ["cbrn", "trafficking"],
   ["USA", "JOR"], ["Both leaders", "Both leaders"])

# --- blind57-10: Vice President Harris and President Giammattei before their meeting (2021) ---
D = "blind57-10"
S = "It is my honor to meet you by Zoom."
ev(D, S, "to meet you by Zoom", "CONSULT", "phone", ["diplomatic"], ["GTM", "USA"],
   ["PRESIDENT GIAMMATTEI", "you"])
S = "Yes, by Zoom, and soon in person."
ev(D, S, "soon in person", "AGREE", "", ["diplomatic"], ["USA"], ["VICE PRESIDENT HARRIS"],
   future=True)
S = "I value the partnership between our countries"
ev(D, S, "value the partnership", "SUPPORT", "", ["diplomatic"], ["USA"], ["I"], ["GTM"],
   ["you"])
ev(D, S, "look forward to working together", "AGREE", "", ["diplomatic"], ["USA"], ["I"],
   ["GTM"], ["you"])
S = "When we last spoke by telephone"
ev(D, S, "spoke by telephone", "CONSULT", "phone", ["diplomatic"], ["USA", "GTM"],
   ["we", "we"])
S = "And we want to work with you to address"
ev(D, S, "want to work with you", "AGREE", "", ["migration", "economic"], ["USA"], ["we"],
   ["GTM"], ["you"])

# --- blind57-11: Secretary Rice's planned travel to Russia and the Middle East (2007) ---
D = "blind57-11"
S = "Secretary of State Condoleezza Rice will travel to Russia"
ev(D, S, "will travel", "AGREE", "", ["diplomatic"], ["USA"],
   ["Secretary of State Condoleezza Rice"], ["RUS", "ISR", "PSE", "EGY", "JOR"],
   ["Russia", "Israel", "the Palestinian territories", "Egypt", "Jordan"], future=True)
S = "to engage in strategic security talks with their Russian counterparts"
ev(D, S, "to engage in strategic security talks", "AGREE", "", ["military", "diplomatic"],
   ["USA", "USA", "RUS", "RUS"],
   ["The Secretary", "Secretary of Defense Gates",
    "Minister of Foreign Affairs Sergey Lavrov", "Minister of Defense Anatoliy Serdyukov"],
   future=True)
S = "to meet with leaders from Israel and the Palestinian Authority"
ev(D, S, "to meet with", "AGREE", "", ["diplomatic", "territory"], ["USA", "ISR", "PSE"],
   ["Secretary Rice", "Israel", "the Palestinian Authority"], future=True)
S = "The Secretary supports these efforts"
ev(D, S, "supports", "SUPPORT", "", ["diplomatic", "territory"], ["USA"], ["The Secretary"])
ev(D, S, "stands ready to assist", "AGREE", "", ["diplomatic", "territory"], ["USA"],
   ["The Secretary"], ["ISR", "PSE"], ["the parties", "the parties"])

"""Texts and annotation of the blind events set ``blind55.jsonl`` (evgold43, 2026-12-07).

Six Voice of America news stories (voanews.com; VOA's own stories, no wire copy) and five
U.S. government texts (White House -- whitehouse.gov, the George W. Bush White House archive,
the American Presidency Project's verbatim copy of an Obama White House readout --, USAID, and
a State Department press statement in a verbatim copy), all public domain, taken from the
search tool's stored pages. Page furniture (navigation, headlines, photo captions, section
labels, attribution and "###" lines, "XS SM MD LG") is removed and named in each document's
``note``; the wording is otherwise exactly as stored (blank lines between paragraphs become one
line break). A text cut by the store is kept to its last complete sentence (``truncated``).
Each event is written as: document id, a sentence anchor (a substring of exactly one
sentence), the trigger (a substring found once in that sentence), type, mode, contexts, actor
codes, actor texts, recipient codes, recipient texts and the flags. ``build_blind55.py`` turns
this into ``blind55.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the
texts.
"""

from __future__ import annotations

VOA = "Voice of America"

DOCS: list[dict] = [
    {
        "id": "blind55-01",
        "url": "https://www.voanews.com/a/a-13-a-2003-01-01-17-ivory-67441492/384743.html",
        "agency": VOA,
        "title": "Ivory Coast Rebels Claim Control of Village Near Liberian Border - 2003-01-01",
        "published": "2003-01-01",
        "date_approximate": False,
        "date_note": "date in the headline and the archive URL (a-2003-01-01); 'on the New Year day'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the story after the first word of the next paragraph ('In '), which is "
            "dropped"
        ),
        "text": (
            "There have been several new developments in the war in Ivory Coast on the New Year "
            "day. Rebels in the west say they have taken control of a town, several-hundred "
            "kilometers from the site of recent fighting. And French peacekeepers have confirmed "
            "that the government has broken a cease-fire by attacking a rebel-held village to "
            "the north.\n"
            "French military officials say that a government helicopter gunship attacked a "
            "rebel-held fishing village in central Ivory Coast Wednesday.\n"
            "A French army spokesman calls it a very serious incident. He says 11 civilians were "
            "killed in the assault, which took place roughly 60 kilometers west of the rebel "
            "stronghold of Bouake.\n"
            "An Ivorian government spokesman says the attack was aimed at military targets, not "
            "civilian ones, and it came after loyalist troops were attacked by rebels nearby.\n"
            "The village is on the shores of a large lake and at least 40 kilometers behind the "
            "cease-fire line agreed to in October.\n"
            "France has sent roughly 2,500 troops to Ivory Coast to enforce the shaky cease-fire "
            "in the former French colony.\n"
            "Meanwhile, a different rebel faction claims to have taken control of the western "
            "village of Neka, near the Liberian border.\n"
            "Rebel leader Felix Doh says his forces took the town without a fight Wednesday. The "
            "claim has not been independently confirmed, and a government spokesman has denied "
            "that the rebels control the town.\n"
            "Reports from the area say the town has been looted by a group that apparently "
            "crossed over the border from Liberia.\n"
            "The village lies nearly 200 kilometers south of the rebels' known territory. If the "
            "rebels control Neka, it gives them a foothold in the south, much closer to the "
            "strategic port city of San Pedro.\n"
            "There have been recent reports the government fears a rebel attack on San Pedro, "
            "which is Ivory Coast's second-largest port and handles much of the country's cocoa "
            "exports."
        ),
    },
    {
        "id": "blind55-02",
        "url": "https://www.voanews.com/a/a-13-2008-08-19-voa39/350958.html",
        "agency": VOA,
        "title": "Burundi President Meets With Rebel Leader",
        "published": "2008-08-19",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2008-08-19); 'Monday's meeting' (August 18, 2008 was a Monday) fits",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); one "
            "stored line break inside a sentence ('how to integrate' / 'FNL rebels into the "
            "army') is replaced by a space; the store cuts the last paragraph inside its second "
            "sentence ('The conflict has killed an estimated 300,000 people, in a country with "
            "a '), which is dropped"
        ),
        "text": (
            "Burundi's President met for a second day with the leader of the country's last "
            "active rebel group, the National Liberation Forces. As Derek Kilner reports from "
            "VOA's East Africa bureau in Nairobi, Monday's meeting was the first between the two "
            "men in more than a year.\n"
            "Burundian President Pierre Nkurunziza, and Agathon Rwasa, the head of the rebel "
            "National Liberation Forces, known by their French acronym FNL, met in the capital "
            "Bujumbura.\n"
            "Monday, the two men held their first direct meeting since June 2007, along with "
            "South Africa's Minister for Safety and Security Charles Nqakula, who is mediating "
            "peace negotiations between the two sides.\n"
            "FNL spokesman Pasteur Habimana spoke to VOA from Bujumbura.\n"
            "He said President Nkurunziza and Rwasa agreed to hold twice-weekly meetings, on "
            "Tuesdays and Thursdays, and to establish a commission to address disputes that "
            "arise during the negotiations.\n"
            "He said Charles Nqakula, who left for South Africa after Monday's meeting, would "
            "return to Burundi next week to evaluate whether the meetings have been productive.\n"
            "The meetings follow a statement issued last week by the African Union's Peace and "
            "Security Council calling on the two sides to stop engaging in \"procrastination and "
            "delaying tactics\" in implementing a 2006 ceasefire agreement.\n"
            "The FNL is the only remaining rebel group that has failed to reach an agreement "
            "with the government of President Nkurunziza, who was himself the leader of a rebel "
            "faction.\n"
            "Rwasa, the rebel leader, has pledged support for demobilizing his troops and "
            "signing an agreement. But the two sides have failed to agree on a system for "
            "sharing power in government and military institutions, or on how to integrate FNL "
            "rebels into the army.\n"
            "Burundi's civil war, which began in 1993, pitted ethnic Hutu rebel groups against "
            "the country's Tutsi-dominated military."
        ),
    },
    {
        "id": "blind55-03",
        "url": "https://www.voanews.com/a/a-13-2007-01-04-voa18/330855.html",
        "agency": VOA,
        "title": "Pakistan PM in Afghanistan as Tensions Mount Over Border Dispute",
        "published": "2007-01-04",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-01-04); Prime Minister Aziz visited Kabul on January 4, 2007",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the story inside a quotation ('\"It serves Pakistan to see a strong, "
            "stable '), which is dropped"
        ),
        "text": (
            "Afghanistan's President Hamid Karzai says he is not satisfied with Islamabad's "
            "efforts to contain militants along their border. From Islamabad, VOA correspondent "
            "Benjamin Sand reports Pakistani Prime Minister Shaukat Aziz was in Kabul for talks "
            "on border security.\n"
            "The talks occurred as cross-border relations continue to deteriorate.\n"
            "U.S. and Afghan officials claim pro-Taleban insurgents have established several "
            "bases in Pakistan that are used to mount raids in Afghanistan. Pakistan insists it "
            "is doing everything it can to help improve regional security.\n"
            "Afghan President Hamid Karzai spent several hours discussing bilateral ties with "
            "Pakistan Prime Minister Shaukat Aziz.\n"
            "Speaking to reporters in Kabul afterward, President Karzai strongly criticized "
            "Pakistan's plan to fence and mine the border. He says the plan will do little to "
            "contain the insurgency.\n"
            "\"We do not believe laying mines on the border will end terrorism,\" he said. "
            "\"\u2026 We have said let us work against places where training for terrorism is "
            "taking place, where funding is taking place, where supplies are given to them.\"\n"
            "The president also called for greater cooperation on a proposed cross-border "
            "jirga, or tribal council. He says that Afghanistan is \"not satisfied\" with "
            "Islamabad's effort to help arrange the meeting.\n"
            "Prime Minister Aziz struck a more conciliatory tone, but he insisted Pakistan would "
            "continue reviewing its plans to mine portions of the border. He highlighted a "
            "series of diplomatic initiatives meant to improve relations and underscore "
            "Islamabad's commitment to Afghanistan's welfare.\n"
            "He said a new committee will be established to consider the proposed jirga. "
            "Pakistan also will add $50 million to its aid package for Afghanistan.\n"
            "Mr. Aziz said the two countries share a common future and should work together to "
            "resolve their common challenges."
        ),
    },
    {
        "id": "blind55-04",
        "url": "http://www.voanews.com/content/skorea-issues-positive-response-to-norths-offer/1676192.html",
        "agency": VOA,
        "title": "South Korea Accepts North's Surprise Offer of Talks",
        "published": "2013-06-07",
        "date_approximate": True,
        "date_note": (
            "no date on the stored page (the April 26, 2013 date is a file-photo caption); "
            "inferred from the text: North Korea's offer came 'earlier Thursday' (June 6, 2013), "
            "Seoul proposed talks 'on June 12' and 'The minister urged Pyongyang on Friday' "
            "(June 7, 2013)"
        ),
        "truncated": True,
        "note": (
            "removed: 'News / Asia', the headline (kept in title), the photo caption (stored "
            "three times) and the 'x' between its copies, the section label 'North's overture'; "
            "the store cuts the story inside the next sentence ('North Korea's surprise offer of "
            "talks earlier Thursday was issued in t'), which is dropped"
        ),
        "text": (
            "South Korea is proposing a date and venue for talks with North Korea. The proposal "
            "comes just hours after Pyongyang made a surprise offer for talks on a wide range of "
            "issues and said it would leave it up to Seoul to choose the timing and location. "
            "This marks a significant reversal of tensions on the peninsula, which had been at "
            "their highest state in decades.\n"
            "South Korea accepted Pyongyang's proposal for working-level talks. And a few hours "
            "after that statement, Ryoo Kihl-Jae, the cabinet minister in charge of relations "
            "with the North, stepped in front of cameras and reporters in Seoul to suggest a "
            "specific place and time for what would be the first official direct dialogue in "
            "years between the two Koreas.\n"
            "Unification Minister Ryoo said the discussions would cover the abandoned joint "
            "venture projects at the Kaesong industrial zone and the Kumgang mountain resort. He "
            "said Seoul wants the talks to be held in the South Korean capital on June 12.\n"
            "The minister urged Pyongyang on Friday to pick up the inter-Korean hotline at the "
            "truce village of Panmunjom to discuss the details.\n"
            "Earlier this year, North Korea stopped using those communications links amid rising "
            "tension on the peninsula."
        ),
    },
    {
        "id": "blind55-05",
        "url": "https://www.voanews.com/a/a-13-2006-06-14-voa53/329541.html",
        "agency": VOA,
        "title": "Colombia's Uribe, Bush Discuss Trade and Narco-Terrorism",
        "published": "2006-06-14",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2006-06-14); the Bush-Uribe Oval Office meeting was on June 14, 2006",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
            "title), 'XS SM MD LG'; the story is whole"
        ),
        "text": (
            "President Bush and Colombian President Alvaro Uribe say they will continue working "
            "together to defeat the illegal drug trade. The leaders also discussed a pending "
            "free trade agreement.\n"
            "President Bush congratulated the Colombian leader on his May re-election and said "
            "he admires Mr. Uribe for his strong beliefs in democracy and fighting illegal "
            "drugs.\n"
            "\"He's got a tough job in dealing with narco-terrorist groups in his country, but "
            "he's committed to dealing firmly with narco-terrorism,\" said Mr. Bush. \"He's "
            "committed to helping reconcile past differences. He's committed to helping people "
            "get back into society.\"\n"
            "President Uribe says they discussed how to speed up the eradication of drugs. "
            "Profits from harvesting coca leaves have helped fund rebels fighting Colombia's "
            "government.\n"
            "\"One challenge is that Colombia can overcome this long nightmare of terrorism,\" he "
            "said. \"I understand the mandate my fellow country citizens have given me to work "
            "harder, and with better results, for my country to get peace, and the United "
            "States cooperation is necessary.\"\n"
            "During their Oval Office talks, the leaders vowed to work out the remaining details "
            "of a free trade agreement between Colombia and the United States so Mr. Bush can "
            "submit it to Congress.\n"
            "President Uribe briefed Mr. Bush on the recent Andean summit in Ecuador where he "
            "joined the leaders of Ecuador, Bolivia, and Peru in an effort to strengthen their "
            "trade alliance following Venezuela's withdrawal from the group in April.\n"
            "President Bush says he wants to do a better job communicating with the people of "
            "South America and Central America about Washington's desire to promote justice, "
            "education, and health. The United States spends more than $1.5 million in the "
            "region each year, and Mr. Bush wants people there to understand that the money is "
            "meant to help them improve their lives."
        ),
    },
    {
        "id": "blind55-06",
        "url": "https://www.voanews.com/a/a-13-2008-08-18-voa22/405357.html",
        "agency": VOA,
        "title": "Thailand, Cambodia Open Talks on Border Dispute",
        "published": "2008-08-18",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2008-08-18); the Hua Hin talks of the two foreign ministers opened on August 18-19, 2008",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the story inside the next sentence ('Cambodian Foreign Minister Nor '), "
            "which is dropped"
        ),
        "text": (
            "The foreign ministers of Thailand and Cambodia are meeting this week to end a "
            "border dispute over an ancient temple. As Ron Corben reports from Bangkok, the "
            "talks follow an agreement reached last week to pull back troops on both sides of "
            "the border.\n"
            "The talks this week are the next step in reducing cross-border tensions sparked by "
            "a dispute over territory surrounding an 11th century Khmer temple that lies just "
            "inside Cambodia.\n"
            "The meeting between the Thai Foreign Minister, Tej Bunnag and Cambodian counterpart "
            "Hor Namhong, follows last week's agreement by both countries to withdraw more than "
            "one thousand troops from around the border.\n"
            "Nationalist sentiment on both sides of the border rose after Cambodia unilaterally "
            "sought United Nations World Heritage status for the Preah Vihar temple. Thailand "
            "had previously sought a joint application that would also include nearby land "
            "under Thai control.\n"
            "Several months ago, however, the Thai government agreed to allow Cambodia to apply "
            "on its own. The deal set off a political fight in Bangkok that resulted in the "
            "resignation of Foreign Minister Noppadon Pattama. In turn, Cambodians bristled at "
            "what they saw as Thai backsliding on an agreement and claims on their territory.\n"
            "As tensions rose, both countries sent troops to the area, leading to fears of "
            "armed conflict.\n"
            "Carl Thayer, an expert on Southeast Asia politics at the Australian National "
            "University, says the dispute is tied to domestic politics.\n"
            "\"This current situation that arose led to a foreign minister to resign - a "
            "sweeping victory for [Cambodian Prime Minister] Hun Sen and his party in Cambodia - "
            "so it had domestic dimensions where kicking a nationalist ball is part of the "
            "political game,\" said Thayer.\n"
            "In 1962, the International Court of Justice granted sovereignty over the temple to "
            "Cambodia, although a key access point to the area is in Thailand."
        ),
    },
    {
        "id": "blind55-07",
        "url": "https://uatweb.usaid.gov/news-information/press-releases/sep-21-2023-administrator-samantha-powers-third-day-78th-united-nations-general-assembly",
        "agency": "U.S. Agency for International Development, Readout (usaid.gov)",
        "title": "Administrator Samantha Power's Third Day at the 78th United Nations General Assembly",
        "published": "2023-09-21",
        "date_approximate": False,
        "date_note": "date from the release URL (sep-21-2023); the meetings were 'On September 20'",
        "truncated": True,
        "note": (
            "usaid.gov's own staging host (uatweb.usaid.gov) carrying the USAID readout; removed: "
            "the attribution line 'The below is attributable to Spokesperson Jessica Jennings:'; "
            "the title is taken from the URL slug (no headline is stored); the store cuts the "
            "last paragraph inside its second sentence ('Organized in partnership with the Ford "
            "Foundation ... to enhance the provision of ess'), which is dropped"
        ),
        "text": (
            "On September 20, Administrator Samantha Power began the day meeting with the "
            "President of the Republic of Moldova Maia Sandu on the sidelines of the United "
            "Nations General Assembly. Administrator Power and President Sandu discussed "
            "Moldova\u2019s energy security, economic opportunities and outlook, and efforts to "
            "support the export of Ukrainian grain. Administrator Power underscored the strong "
            "U.S. support for Moldova, including President Sandu\u2019s efforts to advance "
            "judicial, economic, and anti-corruption reforms.\n"
            "Administrator Power met with President Luis Abinader of the Dominican Republic. They "
            "discussed progress on key shared development priorities, including increasing "
            "access to capital for women entrepreneurs. Administrator Power and President "
            "Abinader discussed the situation in Haiti and progress on a Multinational Security "
            "Support mission to assist the Haitian National Police in addressing insecurity "
            "caused by gang violence. Administrator Power and President Abinader spoke about the "
            "Dominican Republic\u2019s recent border closure with Haiti and potential steps to "
            "alleviate humanitarian impacts. Administrator Power underscored USAID\u2019s commitment "
            "to helping address relevant concerns of both the Dominican Republic and Haiti, and "
            "urged a prompt resolution to address humanitarian needs and the economic interests "
            "of both countries.\n"
            "At the second annual \u201cDemocracy Delivers\u201d event, Secretary of State Antony "
            "Blinken and Administrator Power convened a meeting between leaders from USAID\u2019s "
            "cohort of Democracy Delivers countries, and more than a dozen philanthropic and "
            "private sector partners, to discuss partnerships that advance democratic reforms "
            "and deliver meaningful gains and improved livelihoods around the world."
        ),
    },
    {
        "id": "blind55-08",
        "url": "https://whitehouse.gov/briefing-room/statements-releases/2023/03/09/readout-of-national-security-advisor-jake-sullivans-meeting-with-president-sauli-niinisto-of-finland",
        "agency": "The White House, Readout",
        "title": "Readout of National Security Advisor Jake Sullivan\u2019s Meeting with President Sauli Niinist\u00f6 of Finland",
        "published": "2023-03-09",
        "date_approximate": False,
        "date_note": "date from the release URL (2023/03/09); 'met today'",
        "truncated": False,
        "note": "removed: the headline (kept in title) and the closing '###'; the readout is whole",
        "text": (
            "National Security Advisor Jake Sullivan met today with President Sauli Niinist\u00f6 of "
            "Finland. Mr. Sullivan reiterated the United States\u2019 strong support for Finland "
            "and Sweden joining NATO as soon as possible, which will further strengthen the "
            "Alliance. Mr. Sullivan and President Niinist\u00f6 discussed the security situation "
            "in Europe, including their commitment to continue supporting Ukraine in the face "
            "of Russia\u2019s ongoing aggression."
        ),
    },
    {
        "id": "blind55-09",
        "url": "https://lapost.us/?p=58205",
        "agency": "U.S. Department of State, Press Statement of the Secretary of State (verbatim copy)",
        "title": "Condemning Violence Against KFOR and Escalatory Actions in Northern Kosovo",
        "published": "2023-05-30",
        "date_approximate": False,
        "date_note": "date and time printed on the copy ('05/30/2023 07:35 PM EDT')",
        "truncated": False,
        "note": (
            "a verbatim copy, on a news-aggregator site, of the State Department press statement "
            "by Secretary of State Antony J. Blinken (state.gov address "
            "https://www.state.gov/condemning-violence-against-kfor-and-escalatory-actions-in-"
            "northern-kosovo/, not in the store; both addresses claimed); removed: the headline "
            "(kept in title), the date line, 'Antony J. Blinken, Secretary of State'; the stored "
            "double spaces between sentences are kept; the statement is whole"
        ),
        "text": (
            "We call on all parties to take immediate actions to de-escalate tensions.  The "
            "United States condemns the unacceptable violence yesterday against NATO-led KFOR "
            "troops, law enforcement, and journalists.\n"
            "The Government of Kosovo\u2019s decision to force access to municipal buildings "
            "sharply and unnecessarily escalated tensions.  Prime Minister Kurti and his "
            "government should ensure that elected mayors carry out their transitional duties "
            "from alternate locations outside municipal buildings, and withdraw police forces "
            "from the vicinity.  President Vucic and the Government of Serbia should lower the "
            "security status of Serbian Armed Forces and urge Kosovo Serbs to halt challenges "
            "to KFOR and refrain from further violence.\n"
            "Both Kosovo and Serbia should immediately recommit to engaging in the "
            "EU-facilitated Dialogue to normalize relations."
        ),
    },
    {
        "id": "blind55-10",
        "url": "https://presidency.ucsb.edu/documents/readout-the-presidents-call-with-kenyan-president-uhuru-kenyatta-0",
        "agency": "The White House, Readout (American Presidency Project copy)",
        "title": "Readout of the President's Call with Kenyan President Uhuru Kenyatta",
        "published": "2015-04-03",
        "date_approximate": False,
        "date_note": "date printed on the page (April 03, 2015)",
        "truncated": False,
        "note": (
            "the American Presidency Project's verbatim archive copy of the Obama White House "
            "readout; removed: 'Barack Obama photo', the headline (kept in title), the date "
            "line, the citation line and the archive's menu lines; the readout is whole"
        ),
        "text": (
            "This afternoon, President Obama spoke by phone with Kenyan President Uhuru Kenyatta "
            "to express his and the First Lady's condolences and those of the American people "
            "for the lives lost during the heinous terrorist attack in Garissa, Kenya. The "
            "President emphasized his support for the government and people of Kenya as they "
            "stand united in the face of these despicable acts. He reiterated that he looks "
            "forward to meeting with President Kenyatta again in Nairobi in July, when the two "
            "leaders will discuss how to strengthen counterterrorism cooperation and continue to "
            "work together to build a safer and more prosperous future for Kenya and the "
            "broader region."
        ),
    },
    {
        "id": "blind55-11",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2007/10/20071003-6.html",
        "agency": "The White House, Office of the First Lady (georgewbush-whitehouse.archives.gov)",
        "title": "Mrs. Bush's Statement to the Senate Committee on Foreign Relations Subcommittee on Near Eastern and South and Central Asian Affairs",
        "published": "2007-10-03",
        "date_approximate": False,
        "date_note": "date printed on the page (October 3, 2007)",
        "truncated": True,
        "note": (
            "removed: the banner and navigation lines, 'For Immediate Release', 'Office of the "
            "First Lady', the date line, the headline (kept in title); the source's 'our charg "
            "reports' (the stored page drops the accent of 'charg\u00e9') is kept as stored; the "
            "store cuts the page inside the last paragraph's fourth sentence ('We urge the "
            "Security Counci'), which is dropped"
        ),
        "text": (
            "Dear Senator Boxer and Senator Murkowski,\n"
            "Thank you for inviting me to submit a statement for today's hearing of the East "
            "Asia Subcommittee. And thank you for the United States Senate's investigation into "
            "the dire situation in Burma.\n"
            "I am deeply concerned about the Burmese people. The military regime's crackdown on "
            "protesting monks and peaceful democracy activists is shameful. Video footage now "
            "coming out of Burma confirms what our charg reports: that the abuse of protesters "
            "is more brutal than initially described, and that there are likely many more "
            "fatalities than the 10 confirmed by the military regime.\n"
            "Last week, President Bush announced tightened economic sanctions directed against "
            "senior members of the regime, as well as an expanded visa ban on individuals "
            "responsible for violations of human rights. The ban applies to those who aid, "
            "abet, and benefit from the regime's efforts to impede Burma's transition to "
            "democracy, along with their family members. Last Thursday, the U.S. Treasury "
            "Department announced that it will freeze the assets of 14 senior members of the "
            "Burmese junta; the same leaders will be subject to travel restrictions imposed by "
            "the U.S. Department of State.\n"
            "The U.N.'s special envoy on Burma, Ibrahim Gambari, met yesterday with General "
            "Than Shwe and other leaders of the military regime. Earlier this week, Mr. Gambari "
            "met twice with Aung San Suu Kyi: the leader of Burma's National League for "
            "Democracy party, which was overwhelmingly elected to govern the nation in 1990. Mr. "
            "Gambari will report to the United Nations Security Council later this week."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind55-01: VOA, Ivory Coast (2003) ---
D = "blind55-01"
ev(D, "Rebels in the west say", "taken control of", "COERCE", "seize", ["territory"],
   ["CIV"], ["Rebels in the west"])
ev(D, "French peacekeepers have confirmed", "attacking", "ASSAULT", "", ["military"],
   ["CIV"], ["the government"], ["CIV"], ["a rebel-held village"])
ev(D, "helicopter gunship attacked", "attacked", "ASSAULT", "aerial", ["military"],
   ["CIV"], ["a government helicopter gunship"], ["CIV"], ["a rebel-held fishing village"])
ev(D, "calls it a very serious incident", "calls it a very serious incident", "ACCUSE",
   "disapprove", ["military"], ["FRA"], ["A French army spokesman"])
ev(D, "11 civilians were killed", "killed", "ASSAULT", "", ["military", "human_security"],
   [], [], ["CIV"], ["11 civilians"])
ev(D, "aimed at military targets", "not civilian ones", "REJECT", "", ["military"],
   ["CIV"], ["An Ivorian government spokesman"])
ev(D, "aimed at military targets", "were attacked", "ASSAULT", "", ["military"],
   ["CIV"], ["rebels"], ["CIV"], ["loyalist troops"])
ev(D, "France has sent roughly", "has sent", "AID", "", ["peacekeeping"],
   ["FRA"], ["France"], ["CIV"], ["Ivory Coast"])
ev(D, "a different rebel faction", "taken control", "COERCE", "seize", ["territory"],
   ["CIV"], ["a different rebel faction"])
ev(D, "his forces took the town", "took the town", "COERCE", "seize", ["territory"],
   ["CIV"], ["his forces"])
ev(D, "has denied that the rebels", "has denied", "REJECT", "", ["territory"],
   ["CIV"], ["a government spokesman"], ["CIV"], ["the rebels"])
ev(D, "has been looted", "looted", "COERCE", "seize", ["crime"],
   ["LBR"], ["a group"], ["CIV"], ["the town"])
ev(D, "fears a rebel attack", "a rebel attack", "ASSAULT", "", ["military"],
   ["CIV"], ["rebel"], ["CIV"], ["San Pedro"], hypothetical=True)

# --- blind55-02: VOA, Burundi government and FNL (2008) ---
D = "blind55-02"
ev(D, "met for a second day", "met", "CONSULT", "", ["political_institutions"],
   ["BDI", "BDI"], ["Burundi's President", "the leader of the country's last active rebel group"])
ev(D, "met in the capital Bujumbura", "met", "CONSULT", "", ["political_institutions"],
   ["BDI", "BDI"], ["Burundian President Pierre Nkurunziza", "Agathon Rwasa"])
ev(D, "held their first direct meeting", "held their first direct meeting", "CONSULT", "",
   ["political_institutions"], ["BDI", "BDI"], ["the two men", "the two men"])
ev(D, "held their first direct meeting", "is mediating", "CONSULT", "third-party",
   ["diplomatic"], ["ZAF"],
   ["South Africa's Minister for Safety and Security Charles Nqakula"],
   ["BDI", "BDI"], ["the two sides", "the two sides"])
ev(D, "agreed to hold twice-weekly meetings", "agreed to hold twice-weekly meetings", "AGREE",
   "", ["political_institutions"], ["BDI", "BDI"], ["President Nkurunziza", "Rwasa"],
   future=True)
ev(D, "agreed to hold twice-weekly meetings", "to establish a commission", "AGREE", "",
   ["political_institutions"], ["BDI", "BDI"], ["President Nkurunziza", "Rwasa"])
ev(D, "would return to Burundi", "would return to Burundi", "AGREE", "", ["diplomatic"],
   ["ZAF"], ["Charles Nqakula"], ["BDI"], ["Burundi"], future=True)
ev(D, "Peace and Security Council calling", "calling on", "REQUEST", "change", ["military"],
   ["IGO"], ["the African Union's Peace and Security Council"],
   ["BDI", "BDI"], ["the two sides", "the two sides"])
ev(D, "failed to reach an agreement", "failed to reach an agreement", "AGREE", "",
   ["political_institutions"], ["BDI", "BDI"],
   ["The FNL", "the government of President Nkurunziza"], negated=True)
ev(D, "has pledged support for demobilizing", "demobilizing his troops", "CONCEDE", "",
   ["military"], ["BDI"], ["Rwasa"])
ev(D, "has pledged support for demobilizing", "signing an agreement", "AGREE", "",
   ["political_institutions"], ["BDI"], ["Rwasa"])
ev(D, "have failed to agree on a system", "failed to agree", "AGREE", "",
   ["political_institutions"], ["BDI", "BDI"], ["the two sides", "the two sides"],
   negated=True)
ev(D, "pitted ethnic Hutu rebel groups", "pitted", "ASSAULT", "", ["military",
   "religion_ethnicity"], ["BDI", "BDI"],
   ["ethnic Hutu rebel groups", "the country's Tutsi-dominated military"])

# --- blind55-03: VOA, Afghanistan-Pakistan (2007) ---
D = "blind55-03"
ev(D, "says he is not satisfied", "is not satisfied", "ACCUSE", "disapprove",
   ["territory", "terrorism"], ["AFG"], ["Afghanistan's President Hamid Karzai"],
   ["PAK"], ["Islamabad's"])
ev(D, "was in Kabul for talks", "was in Kabul for talks", "CONSULT", "visit",
   ["diplomatic"], ["PAK"], ["Pakistani Prime Minister Shaukat Aziz"], ["AFG"], ["Kabul"])
ev(D, "officials claim pro-Taleban", "claim", "ACCUSE", "allege", ["terrorism"],
   ["USA", "AFG"], ["U.S.", "Afghan officials"], ["AFG"], ["pro-Taleban insurgents"])
ev(D, "Pakistan insists it is doing", "insists", "REJECT", "", ["terrorism"],
   ["PAK"], ["Pakistan"])
ev(D, "spent several hours discussing", "discussing bilateral ties", "CONSULT", "",
   ["diplomatic"], ["AFG", "PAK"],
   ["Afghan President Hamid Karzai", "Pakistan Prime Minister Shaukat Aziz"])
ev(D, "strongly criticized", "strongly criticized", "ACCUSE", "disapprove",
   ["territory"], ["AFG"], ["President Karzai"], ["PAK"], ["Pakistan's"])
ev(D, "strongly criticized", "plan to fence and mine the border", "MOBILIZE", "",
   ["military", "territory"], ["PAK"], ["Pakistan's"], future=True)
ev(D, "let us work against places", "let us work against", "REQUEST", "",
   ["terrorism"], ["AFG"], ["We"])
ev(D, "called for greater cooperation", "called for greater cooperation", "REQUEST", "",
   ["diplomatic"], ["AFG"], ["The president"])
ev(D, "effort to help arrange the meeting", "not satisfied", "ACCUSE", "disapprove",
   ["diplomatic"], ["AFG"], ["Afghanistan"], ["PAK"], ["Islamabad's"])
ev(D, "struck a more conciliatory tone", "insisted", "REJECT", "", ["territory"],
   ["PAK"], ["Prime Minister Aziz"])
ev(D, "a new committee will be established", "will be established", "AGREE", "",
   ["diplomatic"], ["PAK"], ["He"])
ev(D, "will add $50 million", "will add $50 million", "AGREE", "", ["economic"],
   ["PAK"], ["Pakistan"], ["AFG"], ["Afghanistan"])

# --- blind55-04: VOA, the two Koreas (2013) ---
D = "blind55-04"
ev(D, "is proposing a date and venue", "is proposing a date and venue for talks", "AGREE", "",
   ["diplomatic"], ["KOR"], ["South Korea"], ["PRK"], ["North Korea"], future=True)
ev(D, "made a surprise offer for talks", "made a surprise offer for talks", "AGREE", "",
   ["diplomatic"], ["PRK"], ["Pyongyang"], ["KOR"], ["Seoul"], future=True)
ev(D, "South Korea accepted Pyongyang's proposal", "accepted", "AGREE", "", ["diplomatic"],
   ["KOR"], ["South Korea"], ["PRK"], ["Pyongyang's"], future=True)
ev(D, "to suggest a specific place and time", "to suggest a specific place and time",
   "AGREE", "", ["diplomatic"], ["KOR"], ["Ryoo Kihl-Jae"], ["PRK"], ["the North"],
   future=True)
ev(D, "The minister urged Pyongyang", "urged", "REQUEST", "meet", ["diplomatic"],
   ["KOR"], ["The minister"], ["PRK"], ["Pyongyang"])
ev(D, "stopped using those communications links", "stopped using those communications links",
   "SANCTION", "discontinue", ["diplomatic"], ["PRK"], ["North Korea"])

# --- blind55-05: VOA, Colombia and the United States (2006) ---
D = "blind55-05"
ev(D, "will continue working together", "will continue working together", "AGREE", "",
   ["illegal_drugs"], ["USA", "COL"], ["President Bush", "Colombian President Alvaro Uribe"])
ev(D, "The leaders also discussed", "discussed", "CONSULT", "", ["economic"],
   ["USA", "COL"], ["The leaders", "The leaders"])
ev(D, "congratulated the Colombian leader", "congratulated", "SUPPORT", "", ["election"],
   ["USA"], ["President Bush"], ["COL"], ["the Colombian leader"])
ev(D, "congratulated the Colombian leader", "admires", "SUPPORT", "", ["pro_democracy"],
   ["USA"], ["President Bush"], ["COL"], ["Mr. Uribe"])
ev(D, "helped fund rebels fighting", "fighting", "ASSAULT", "", ["military",
   "illegal_drugs"], ["COL", "COL"], ["rebels", "Colombia's government"])
ev(D, "the United States cooperation is necessary", "the United States cooperation is necessary",
   "REQUEST", "assist", ["terrorism"], ["COL"], ["I"], ["USA"], ["the United States"])
ev(D, "the leaders vowed to work out", "vowed", "AGREE", "", ["economic"],
   ["USA", "COL"], ["the leaders", "the leaders"])
ev(D, "recent Andean summit in Ecuador", "summit", "CONSULT", "multilateral", ["economic"],
   ["COL", "ECU", "BOL", "PER"], ["President Uribe", "Ecuador", "Bolivia", "Peru"])
ev(D, "recent Andean summit in Ecuador", "withdrawal", "SANCTION", "withdraw", ["economic"],
   ["VEN"], ["Venezuela's"], ["IGO"], ["the group"])
ev(D, "spends more than $1.5 million", "spends more than $1.5 million", "AID", "",
   ["economic"], ["USA"], ["The United States"])

# --- blind55-06: VOA, Thailand-Cambodia (2008) ---
D = "blind55-06"
ev(D, "are meeting this week", "are meeting this week", "CONSULT", "",
   ["diplomatic", "territory"], ["THA", "KHM"], ["Thailand", "Cambodia"])
ev(D, "The meeting between the Thai Foreign Minister", "The meeting between", "CONSULT", "",
   ["diplomatic", "territory"], ["THA", "KHM"],
   ["the Thai Foreign Minister, Tej Bunnag", "Cambodian counterpart Hor Namhong"])
ev(D, "The meeting between the Thai Foreign Minister", "agreement by both countries to withdraw",
   "CONCEDE", "", ["military", "territory"], ["THA", "KHM"], ["both countries", "both countries"])
ev(D, "Cambodia unilaterally sought", "sought United Nations World Heritage status", "REQUEST",
   "", ["territory"], ["KHM"], ["Cambodia"], ["UNO"], ["United Nations"])
ev(D, "Thailand had previously sought", "had previously sought a joint application", "REQUEST",
   "", ["territory"], ["THA"], ["Thailand"])
ev(D, "agreed to allow Cambodia", "agreed to allow Cambodia to apply on its own", "CONCEDE", "",
   ["territory"], ["THA"], ["the Thai government"], ["KHM"], ["Cambodia"])
ev(D, "resulted in the resignation", "resignation", "RETREAT", "resign",
   ["political_institutions"], ["THA"], ["Foreign Minister Noppadon Pattama"])
ev(D, "Cambodians bristled", "bristled", "ACCUSE", "disapprove", ["territory"],
   ["KHM"], ["Cambodians"], ["THA"], ["Thai"])
ev(D, "both countries sent troops", "sent troops", "MOBILIZE", "troops", ["military",
   "territory"], ["THA", "KHM"], ["both countries", "both countries"])
ev(D, "granted sovereignty over the temple", "granted sovereignty", "SANCTION", "convict",
   ["legal", "territory"], ["UNO"], ["the International Court of Justice"])

# --- blind55-07: USAID readout, Administrator Power at UNGA (2023) ---
D = "blind55-07"
ev(D, "began the day meeting with", "meeting with", "CONSULT", "", ["diplomatic"],
   ["USA", "MDA"],
   ["Administrator Samantha Power", "the President of the Republic of Moldova Maia Sandu"])
ev(D, "underscored the strong", "underscored the strong U.S. support", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["Administrator Power"], ["MDA"], ["Moldova"])
ev(D, "met with President Luis Abinader", "met with", "CONSULT", "", ["diplomatic"],
   ["USA", "DOM"], ["Administrator Power", "President Luis Abinader of the Dominican Republic"])
ev(D, "recent border closure with Haiti", "border closure", "COERCE", "restrict",
   ["migration", "territory"], ["DOM"], ["Dominican Republic\u2019s"], ["HTI"], ["Haiti"])
ev(D, "underscored USAID", "underscored USAID\u2019s commitment", "AGREE", "",
   ["human_security"], ["USA"], ["Administrator Power"], ["DOM", "HTI"],
   ["the Dominican Republic", "Haiti"])
ev(D, "underscored USAID", "urged a prompt resolution", "REQUEST", "change",
   ["human_security"], ["USA"], ["Administrator Power"], ["DOM", "HTI"],
   ["the Dominican Republic", "Haiti"])
ev(D, "convened a meeting between", "convened a meeting", "CONSULT", "multilateral",
   ["pro_democracy"], ["USA", "USA"], ["Secretary of State Antony Blinken", "Administrator Power"],
   ["NGO", "MNC"],
   ["more than a dozen philanthropic and private sector partners",
    "more than a dozen philanthropic and private sector partners"])

# --- blind55-08: White House readout, Sullivan-Niinisto (2023) ---
D = "blind55-08"
ev(D, "Jake Sullivan met today", "met", "CONSULT", "", ["diplomatic"], ["USA", "FIN"],
   ["National Security Advisor Jake Sullivan", "President Sauli Niinist\u00f6 of Finland"])
ev(D, "reiterated the United States", "reiterated the United States\u2019 strong support",
   "SUPPORT", "", ["diplomatic", "military"], ["USA"], ["Mr. Sullivan"], ["FIN", "SWE"],
   ["Finland", "Sweden"])
ev(D, "discussed the security situation", "commitment to continue supporting", "AGREE", "",
   ["military"], ["USA", "FIN"], ["Mr. Sullivan", "President Niinist\u00f6"], ["UKR"],
   ["Ukraine"])
ev(D, "discussed the security situation", "aggression", "ASSAULT", "", ["military"],
   ["RUS"], ["Russia\u2019s"], ["UKR"], ["Ukraine"])

# --- blind55-09: State Department statement, northern Kosovo (2023) ---
D = "blind55-09"
ev(D, "We call on all parties", "call on", "REQUEST", "change", ["military"],
   ["USA"], ["We"])
ev(D, "The United States condemns", "condemns", "ACCUSE", "disapprove", ["military"],
   ["USA"], ["The United States"])
ev(D, "The United States condemns", "violence", "ASSAULT", "", ["peacekeeping"],
   [], [], ["IGO", "KOS"], ["NATO-led KFOR troops", "law enforcement"])
ev(D, "decision to force access", "decision to force access", "COERCE", "seize",
   ["political_institutions", "religion_ethnicity"], ["KOS"], ["The Government of Kosovo\u2019s"])
ev(D, "decision to force access", "unnecessarily escalated tensions", "ACCUSE", "disapprove",
   ["political_institutions"], [], [], ["KOS"], ["The Government of Kosovo\u2019s"])
ev(D, "Prime Minister Kurti and his", "should ensure", "REQUEST", "yield",
   ["political_institutions"], [], [], ["KOS"], ["Prime Minister Kurti and his government"])
ev(D, "President Vucic and the Government", "should lower", "REQUEST", "yield", ["military"],
   [], [], ["SRB", "SRB"], ["President Vucic", "the Government of Serbia"])
ev(D, "Both Kosovo and Serbia should", "should immediately recommit", "REQUEST", "meet",
   ["diplomatic"], [], [], ["KOS", "SRB"], ["Kosovo", "Serbia"])

# --- blind55-10: White House readout, Obama-Kenyatta call (2015) ---
D = "blind55-10"
ev(D, "spoke by phone with Kenyan", "spoke by phone", "CONSULT", "phone", ["diplomatic"],
   ["USA", "KEN"], ["President Obama", "Kenyan President Uhuru Kenyatta"])
ev(D, "spoke by phone with Kenyan", "terrorist attack", "ASSAULT", "", ["terrorism"],
   [], [], ["KEN"], ["Kenya"])
ev(D, "emphasized his support", "emphasized his support", "SUPPORT", "", ["terrorism"],
   ["USA"], ["The President"], ["KEN"], ["the government and people of Kenya"])
ev(D, "looks forward to meeting", "looks forward to meeting", "AGREE", "", ["diplomatic"],
   ["USA", "KEN"], ["He", "President Kenyatta"], future=True)

# --- blind55-11: White House (Office of the First Lady), Burma (2007) ---
D = "blind55-11"
ev(D, "thank you for the United States Senate", "investigation", "ACCUSE", "investigate",
   ["legislative", "human_rights"], ["USA"], ["the United States Senate's"], ["MMR"],
   ["Burma"])
ev(D, "crackdown on protesting monks", "crackdown", "COERCE", "", ["repression"],
   ["MMR"], ["The military regime's"], ["MMR"],
   ["protesting monks and peaceful democracy activists"])
ev(D, "crackdown on protesting monks", "is shameful", "ACCUSE", "disapprove", ["repression"],
   [], [], ["MMR"], ["The military regime's"])
ev(D, "the abuse of protesters", "the abuse of protesters", "ASSAULT", "", ["repression"],
   [], [], ["MMR"], ["protesters"])
ev(D, "tightened economic sanctions", "tightened economic sanctions", "SANCTION",
   "discontinue", ["economic", "human_rights"], ["USA"], ["President Bush"], ["MMR"],
   ["senior members of the regime"])
ev(D, "tightened economic sanctions", "expanded visa ban", "REJECT", "", ["human_rights"],
   ["USA"], ["President Bush"], ["MMR"],
   ["individuals responsible for violations of human rights"])
ev(D, "will freeze the assets", "will freeze the assets", "SANCTION", "discontinue",
   ["economic"], ["USA"], ["the U.S. Treasury Department"], ["MMR"],
   ["14 senior members of the Burmese junta"], future=True)
ev(D, "will freeze the assets", "travel restrictions", "REJECT", "", ["human_rights"],
   ["USA"], ["the U.S. Department of State"], ["MMR"], ["the same leaders"], future=True)
ev(D, "met yesterday with General", "met yesterday with", "CONSULT", "", ["diplomatic"],
   ["UNO", "MMR"], ["The U.N.'s special envoy on Burma, Ibrahim Gambari", "General Than Shwe"])
ev(D, "met twice with Aung San Suu Kyi", "met twice with", "CONSULT", "", ["pro_democracy"],
   ["UNO", "MMR"], ["Mr. Gambari", "Aung San Suu Kyi"])
ev(D, "will report to the United Nations", "will report to", "AGREE", "", ["diplomatic"],
   ["UNO"], ["Mr. Gambari"], ["UNO"], ["the United Nations Security Council"], future=True)

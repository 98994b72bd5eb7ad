"""Texts and annotation of the blind events set ``blind48.jsonl`` (evgold36, 2026-12-07).

Ten Voice of America news stories (voanews.com and VOA Khmer's English site voacambodia.com;
public domain), taken from the search tool's stored pages. Page furniture (accessibility
links, "Breaking News", section labels, headline, photo captions, video and fact boxes,
reporter lines, "update", "XS SM MD LG", source lines) is removed and named in each document's
``note``; the wording is otherwise exactly as stored (blank lines between paragraphs become one
line break). A story cut by the store is kept to its last complete sentence (``truncated``).
Each event is written as: document id, a sentence anchor (a substring of exactly one
sentence), the trigger (a substring found once in that sentence), type, mode, contexts, actor
codes, actor texts, recipient codes, recipient texts and the flags. ``build_blind48.py`` turns
this into ``blind48.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the
texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind48-01",
        "url": "https://www.voanews.com/a/a-13-2006-07-14-voa44/400282.html",
        "agency": "Voice of America",
        "title": "Three UN Peacekeepers Injured in Clash in Haiti",
        "published": "2006-07-14",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2006-07-14); 'early Thursday morning' (July 13) fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
            "title), 'update', 'XS SM MD LG'; blank lines between paragraphs kept as one line "
            "break; the story is whole"
        ),
        "text": (
            "The U.N. mission in Haiti says three U.N. peacekeepers have been injured in a clash "
            "with gangs in the capital, Port-au-Prince. The latest violence comes a week after "
            "gang violence claimed the lives of more than 20 people in the city. From our Miami "
            "bureau, VOA's Lisa Ferdinando reports on the latest developments.\n"
            "U.N. troops in Haiti exchanged gunfire with gang members early Thursday morning.\n"
            "A spokesman with the U.N. stabilization mission in Haiti, Major Anibal Molero, says "
            "the clash occurred as peacekeepers went to clear a roadblock.\n"
            "\"The roadblock was made with a school bus, which was tipped over,\" he said. \"As we "
            "approached, we were shot at by unknown individuals. As self-defense, we shot back "
            "with the precise force used against us.\"\n"
            "The United Nations has increased its patrols since gang violence late last week in "
            "Port-au-Prince, in which more than 20 people were killed and a number of others "
            "injured.\n"
            "In an earlier interview with VOA, the communications chief for the U.N. "
            "stabilization mission in Haiti, David Wimhurst, expressed deep concern about last "
            "week's deadly violence, which came months after the election of Rene Preval as "
            "president.\n"
            "\"This is a very disturbing development, because it means the gangs are now back in "
            "the business of violence, which they sort of indicated they were going to stop "
            "doing, once the president was elected,\" he said. \"Also, they are back in the "
            "business of kidnapping.\"\n"
            "But one resident of Port-au-Prince expressed dissatisfaction at the "
            "Brazilian-commanded U.N. force in Haiti, saying that Haiti does not need, in his "
            "words, the Brazilians to continue shooting at them every day."
        ),
    },
    {
        "id": "blind48-02",
        "url": "https://www.voanews.com/a/a-13-2005-03-04-voa28/294432.html",
        "agency": "Voice of America",
        "title": "Syria Expected to Announce Partial Lebanon Pullout",
        "published": "2005-03-04",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2005-03-04); 'Damascus said Friday' (March 4) fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
            "title), 'update', the two source lines ('Some information for this report provided "
            "by AFP, Reuters.' and '... by AFP and AP.'), 'XS SM MD LG'; blank lines between "
            "paragraphs kept as one line break"
        ),
        "text": (
            "Syrian President Bashar al-Assad is expected to announce a partial redeployment of "
            "Syrian troops in Lebanon, in the face of international pressure for a complete "
            "withdrawal.\n"
            "Damascus said Friday Mr. Assad will address parliament Saturday. Officials in Beirut "
            "say he will likely announce a partial withdrawal to Lebanon's eastern Bekaa valley, "
            "which borders Syria. Some officials speculate that Mr. Assad will link a full "
            "pullout to a resumption of peace talks with Israel.\n"
            "President Bush repeated his position Friday, saying full withdrawal means both "
            "Syrian troops and intelligence agents must leave Lebanon.\n"
            "Thursday, Saudi Arabia joined the United States and Europe in pressing Damascus to "
            "withdraw.\n"
            "Syria has come under renewed pressure to pull out since the assassination last "
            "month of former Lebanese premier Rafik Hariri. Many in Lebanon have blamed Syria for "
            "the killing, and mass opposition demonstrations in Beirut toppled the pro-Syrian "
            "government on Monday."
        ),
    },
    {
        "id": "blind48-03",
        "url": "https://www.voanews.com/a/a-13-2007-04-28-voa18/337453.html",
        "agency": "Voice of America",
        "title": "Removal of Soviet-Era Statue Sparks Second Night of Unrest in Estonia",
        "published": "2007-04-28",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-04-28); 'Moscow Saturday demanded' (April 28) fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "source line ('Some information for this report was provided by AFP, AP and "
            "Reuters.'); blank lines between paragraphs kept as one line break"
        ),
        "text": (
            "The Russian government has lashed out at Estonia over the death of a Russian "
            "citizen during mass protests against the removal of a Soviet-era monument in the "
            "Estonian capital, Tallinn.\n"
            "Estonian police arrested about 800 protesters during the two nights of riots at the "
            "monument's site in central Tallinn. Ninety-six people were injured in clashes "
            "between police and mostly ethnic-Russian protesters.\n"
            "Moscow Saturday demanded an investigation into the death of the Russian national. "
            "The Russian Foreign Ministry said Estonia used excessive force against the mostly "
            "ethnic-Russian protesters.\n"
            "Estonian authorities removed the two-meter-tall statue known as the \"Bronze "
            "Soldier\" before dawn Friday, following clashes that began late Thursday.\n"
            "Russia has called the move an insult to those who fought against fascism in World "
            "War II. The parliament's lower house (State Duma) has asked the government to impose "
            "economic sanctions on Estonia.\n"
            "In New York, U.N. Secretary-General Ban Ki-moon called on both sides to resolve the "
            "dispute \"in a spirit of respect and reconciliation.\"\n"
            "The Estonian consulate in Moscow closed temporarily as more than 100 demonstrators "
            "gathered outside the building to protest.\n"
            "Russia and members of Estonia's Russian-speaking minority see the monument as "
            "honoring the Red Army's role in freeing Estonia from Nazi forces. But many Estonians "
            "consider the \"Bronze Soldier\" a symbol of Soviet occupation.\n"
            "The tiny Baltic nation was under Soviet rule for nearly 50 years before regaining "
            "its freedom in 1991. About 300,000 of the country's 1.3 million people are ethnic "
            "Russians."
        ),
    },
    {
        "id": "blind48-04",
        "url": "https://www.voanews.com/a/a-13-2006-08-06-voa9/318213.html",
        "agency": "Voice of America",
        "title": "Sri Lanka Continues Attack Against Tamil Tigers",
        "published": "2006-08-06",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2006-08-06); 'attack Sunday' (August 6) fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "source line ('Some information for this report was provided by AFP and AP.'); "
            "blank lines between paragraphs kept as one line break; the spelling 'Kilinochch' "
            "is kept as stored"
        ),
        "text": (
            "Tamil Tiger rebels say they came under government artillery attack Sunday as they "
            "prepared to open sluice gates at a contested reservoir in eastern Sri Lanka.\n"
            "Earlier today, Tiger political leaders told Norwegian peace broker Jon "
            "Hanssen-Bauer that any government resumption of artillery attacks or air strikes "
            "would shatter a four-year-old ceasefire.\n"
            "Hanssen-Bauer held talks in the rebel stronghold of Kilinochch and came away with a "
            "rebel promise to open sluice gates holding back water to thousands of farmers on "
            "government land. In return, the Tigers wanted the government to provide water to "
            "people in rebel territory.\n"
            "Rebels and government forces have been involved in deadly clashes since rebels cut "
            "off the water flow last month. The fighting threatened to send Sri Lanka back into "
            "civil war.\n"
            "The rebels are fighting for a separate homeland for ethnic-minority Tamils, "
            "accusing the Sinhalese-dominated government of oppression."
        ),
    },
    {
        "id": "blind48-05",
        "url": "https://www.voacambodia.com/a/a-40-2009-04-03-voa1-90177387/1354375.html",
        "agency": "Voice of America",
        "title": "Fighting Erupts on Preah Vihear Border",
        "published": "2009-04-03",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-40-2009-04-03); 'on Friday' (April 3) fits",
        "truncated": True,
        "note": (
            "VOA Khmer's English page (voacambodia.com); removed: 'Accessibility links', "
            "'Breaking News', the headline (kept in title); blank lines between paragraphs kept "
            "as one line break; the stored copy stops inside the next paragraph ('No civi'), the "
            "text stops after the last complete sentence"
        ),
        "text": (
            "Cambodian and Thai troops exchanged gun, rocket and artillery fire in clashes along "
            "the disputed Preah Vihear border on Friday, with both sides blaming the other for "
            "firing first in the most serious fighting to date in a months-long standoff.\n"
            "Two Thai deaths and six injuries were confirmed by the Thai Embassy in Phnom Penh, "
            "but Cambodian military sources said late Friday at least two more Thai soldiers "
            "were killed in afternoon battles. The Thai Embassy was not able to confirm the "
            "other two Thai fatalities.\n"
            "There were conflicting reports of casualties from within the Cambodian government.\n"
            "Ten Thai soldiers were being held as a result of the fighting, said government "
            "spokesman Khieu Kanharith, who told VOA Khmer no Cambodians were injured or killed.\n"
            "However, Royal Cambodian Armed Forces commander Gen. Pol Sareoun said two "
            "Cambodians had been killed, in fighting started by the Thais.\n"
            "Around 7:15 am, five Thai soldiers entered Veal Entry, or Eagle Field, encountering "
            "a forest encampment of Cambodian soldiers, who ordered them to turn back, military "
            "officials in Phnom Penh and on the border said.\n"
            "Cambodian infantryman Chan Chhorn, who was monitoring radio traffic near Eagle Field "
            "Friday morning, told VOA Khmer the Thais had fired first.\n"
            "The Thai Embassy could not confirm who shot first, but a Thai military spokesman "
            "told CNN in Bangkok that the fighting was sparked by an \u201cintrusion\u201d of "
            "Cambodian troops on Thai soil.\n"
            "By 1:30 pm, the fighting had spread to three other sites\u2014Phnom Trap, an area "
            "known as \u201cBeehive,\u201d and Krom market, near Preah Vihear temple\u2014according "
            "to Council of Ministers spokesman Phay Siphan, who provided reporters a map of the "
            "fighting late Friday.\n"
            "A civilian market area burned and portions of Preah Vihear temple were damaged by "
            "rocket and machine gunfire Friday afternoon, Chan Chhorn said.\n"
            "The fighting had stopped by Friday evening, officials said."
        ),
    },
    {
        "id": "blind48-06",
        "url": "http://www.voanews.com/content/west-african-leaders-impose-sanctions-on-mali-145801255/180314.html",
        "agency": "Voice of America",
        "title": "ECOWAS Imposes Sanctions on Mali",
        "published": "2012-04-02",
        "date_approximate": False,
        "date_note": "the photo caption dates the Dakar summit to April 2, 2012; 'summit was held Monday' fits",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), the photo caption (stored twice), the "
            "reporter line 'Anne Look', the factbox 'The Tuareg Uprising' (four bullets and its "
            "'Source:' line) between the third and fourth paragraphs; the double spaces after "
            "full stops are kept as stored; blank lines between paragraphs kept as one line "
            "break; the stored copy stops inside the next paragraph ('He said, however, the "
            "fate of ousted P'), the text stops after the last complete sentence"
        ),
        "text": (
            "The Economic Community of West African States has imposed severe financial and "
            "diplomatic sanctions on Mali as it continues to call for a return to constitutional "
            "order in the country.  Soldiers who seized power in Mali late last month have so far "
            "refused to step aside.  An emergency ECOWAS summit was held Monday in Dakar, "
            "Senegal.\n"
            "Effective immediately, ECOWAS has closed borders between Mali and member states.  "
            "Mali no longer has access to its neighbor's seaports.  The West African monetary "
            "union has cut off currency flow to Mali, which uses the regional CFA franc, and "
            "frozen the nation's assets.  ECOWAS has also imposed travel bans on junta members "
            "and frozen their personal assets.\n"
            "Monday marked the end of the 72-hour grace period ECOWAS had given to the junta to "
            "hand power back to civilians.\n"
            "At the emergency meeting on Mali in Dakar Monday, Ivorian president and current "
            "ECOWAS head Alassane Ouattara said the military junta should step aside and return "
            "power to recognized constitutional authorities."
        ),
    },
    {
        "id": "blind48-07",
        "url": "https://www.voanews.com/a/columbia-eln-rebels-farc-peace-talks/3569079.html",
        "agency": "Voice of America",
        "title": "Colombia Delays Peace Talks With ELN Rebels Until Captive Freed",
        "published": "2016-10-27",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; inferred: the Nobel prize 'earlier this month' "
            "(October 2016), the file photo of Oct. 8, 2016, the talks' opening set for Thursday "
            "October 27 and 'said on Thursday'"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption ('FILE - Demonstrators hold hands ...'), the subhead 'Peace Prize "
            "winner'; blank lines between paragraphs kept as one line break; the stored copy "
            "stops inside the next paragraph ('... bombing oil install'), the text stops after "
            "the last complete sentence"
        ),
        "text": (
            "Colombia delayed peace talks with Marxist ELN rebels until they free a politician "
            "held captive for six months, President Juan Manuel Santos said on Thursday, as he "
            "struggles to refloat another peace deal with FARC guerrillas after it was rejected "
            "in a plebiscite.\n"
            "The National Liberation Army (ELN), the nation's second-biggest insurgent group, "
            "must release Odin Sanchez to the International Committee of the Red Cross before "
            "talks can begin in Ecuador, Santos said, reiterating a condition he set months ago.\n"
            "The opening ceremony had been scheduled to take place in Ecuador's capital, but it "
            "was canceled at the last minute. The government said the talks could still go "
            "forward as early as Friday or Saturday if the rebels free Sanchez, however.\n"
            "The 2,000-strong ELN, considered a terrorist group by the United States and "
            "European Union, has kidnapped hundreds of people during its 52-year insurgency to "
            "raise war funds and use hostages as bargaining chips with the government.\n"
            "Santos won the 2016 Nobel Peace Prize earlier this month for his efforts to end a "
            "conflict with the leftist Revolutionary Armed Forces of Colombia (FARC), a "
            "surprising choice given voters narrowly shunned the deal he signed with them.\n"
            "More than 220,000 people have been killed in Colombia's long-running armed "
            "conflict, which has pitted leftist guerrillas against right-wing paramilitary "
            "groups and the security forces.\n"
            "Founded by radical Catholic priests and inspired by Cuba's 1959 revolution, the ELN "
            "has been in on-and-off closed-door talks with the government since 2014 on how the "
            "two sides would conduct negotiations."
        ),
    },
    {
        "id": "blind48-08",
        "url": "http://www.voanews.com/content/south-sudan-agrees-to-ceasefire-to-end-violence/1818359.html",
        "agency": "Voice of America",
        "title": "South Sudan Agrees to Ceasefire to End Violence",
        "published": "2013-12-27",
        "date_approximate": False,
        "date_note": "the photo caption dates the IGAD meeting to Dec. 27, 2013 (a Friday); 'on Friday' fits",
        "truncated": True,
        "note": (
            "removed: 'News / Africa', the headline (kept in title), the photo caption (stored "
            "twice), the reporter line 'Gabe Joselow', the video box ('Watch Zlatica Hoke "
            "related video report' with its title, date and summary) between the third and "
            "fourth paragraphs; blank lines between paragraphs kept as one line break; the "
            "stored copy stops inside the next paragraph ('... from 8,000 to nea'), the text "
            "stops after the last complete sentence"
        ),
        "text": (
            "South Sudan's government on Friday has agreed to a ceasefire in a bid to end "
            "fighting that swept across Africa's newest nation that has left at least 1,000 "
            "people dead and led more than 60,000 civilians to seek refuge at U.N. bases.\n"
            "A spokesman for South Sudan's foreign ministry, Mawien Makol Arik, said the "
            "government's ceasefire will begin immediately. Arik says Vice President Riek "
            "Machar, the leader of the rebellion, has three days to respond to the ceasefire "
            "call.\n"
            "Machar was not at the summit and had no immediate reaction to the announcement.\n"
            "In another development Friday, the first reinforcements arrived for the U.N. "
            "peacekeeping force in South Sudan. The United Nations says an additional 72 "
            "Bangladeshi police officers came from neighboring Democratic Republic of Congo."
        ),
    },
    {
        "id": "blind48-09",
        "url": "http://www.voanews.com/content/china-sends-fighter-jets-to-identify-us-japanese-aircraft/1800280.html?page=2",
        "agency": "Voice of America",
        "title": "US Airlines to Comply With China Defense Zone",
        "published": "2013-11-29",
        "date_approximate": True,
        "date_note": (
            "no story date in the stored copy; inferred: the embedded video is dated November "
            "27, 2013, a photo caption Nov. 28, 2013, and 'China said Friday' (November 29)"
        ),
        "truncated": True,
        "note": (
            "the store keeps the page under its '?page=2' address; removed: 'News / USA', the "
            "headline (kept in title), the video box ('US Warplanes Defy China Air Defense Zone', "
            "date, summary, 'VIDEO:' line), 'VOA News', the photo caption (stored twice) between "
            "the second and third paragraphs, the four-space indentation of each paragraph; blank "
            "lines between paragraphs kept as one line break; the stored copy stops inside the "
            "next paragraph ('China said Friday it had sent two fighter jets to monitor U.S. and "
            "J'), the text stops after the last complete sentence"
        ),
        "text": (
            "The United States has advised American commercial airlines to notify Beijing of "
            "flight plans over China's newly-declared air defense identification zone, although "
            "U.S. officials say the compliance does not indicate U.S. government acceptance of "
            "China's requirements.\n"
            "The Chinese Defense Ministry declared last week that all aircraft in the zone must "
            "identify themselves and obey Chinese orders.\n"
            "Japan, the United States and South Korea have refused to recognize the "
            "Chinese-declared air zone. All three have challenged the zone by sending in military "
            "aircraft. The United States, which is obligated by treaty to defend Japan and South "
            "Korea, sought to underscore its position by flying two B-52 bombers over the islands "
            "this week."
        ),
    },
    {
        "id": "blind48-10",
        "url": "http://www.voanews.com/content/thai-protesters-defiant-in-face-of-state-of-emergency/1835250.html",
        "agency": "Voice of America",
        "title": "Thai Protesters Defiant in Face of State of Emergency",
        "published": "2014-01-22",
        "date_approximate": False,
        "date_note": "the photo caption dates the rally to Jan. 22, 2014; 'came into effect Wednesday' (January 22) fits",
        "truncated": True,
        "note": (
            "removed: 'News / Asia', the headline (kept in title), the photo caption (stored "
            "twice), the reporter line 'Ron Corben' and the dash ('\u2014 ') that opens the first "
            "paragraph; blank lines between paragraphs kept as one line break; the stored copy "
            "stops inside the next paragraph ('... said the decree has angered p'), the text "
            "stops after the last complete sentence"
        ),
        "text": (
            "Thai anti-government demonstrators in Bangkok remained defiant on the first day of "
            "a state of emergency in the capital. Analysts say fears of further violence and "
            "uncertainty remain in the lead up to elections on February 2.\n"
            "Protest leader Suthep Thangsuban led a convoy of anti-government protesters in "
            "central Bangkok in defiance of the government's declaration of a state of "
            "emergency, which came into effect Wednesday.\n"
            "Suthep, a former opposition lawmaker who has led protests since November, is "
            "calling for the prime minister's resignation. He said the weeks of rallies would "
            "continue despite the decree.\n"
            "The protesters have moved to blockade key roads in Bangkok for more than a week to "
            "pressure the government to postpone general elections and instead set in place "
            "reforms before a fresh vote.\n"
            "The Thai Foreign Ministry permanent secretary, Sihasak Phuoangketkew, told the "
            "media Wednesday fears of violence ahead of the vote was the main reason for the "
            "state of emergency being declared.\n"
            "\"Just ahead and there's concern that perhaps there could be more incidents and so "
            "I think this is maybe more or less a preemptive measure so that the police, the "
            "security personnel can be in a better position to deal with any situation we might "
            "be confronted with in the future, especially with the lead up to the coming "
            "election,\" said Sihasak.\n"
            "The decree, overseen by the police with support from the Thai military, covers "
            "only Bangkok and the surrounding provinces for up to 60 days and grants authorities "
            "wide powers."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind48-01: VOA, UN peacekeepers clash with gangs in Port-au-Prince (2006) ---
D = "blind48-01"
ev(D, "The U.N. mission in Haiti says", "clash", "ASSAULT", "", ["peacekeeping", "crime"],
   ["UNO", "HTI"], ["three U.N. peacekeepers", "gangs"])
ev(D, "The latest violence comes a week", "claimed the lives", "ASSAULT", "", ["crime"],
   ["HTI"], ["gang"], ["HTI"], ["more than 20 people"])
ev(D, "U.N. troops in Haiti exchanged gunfire", "exchanged gunfire", "ASSAULT", "firearms",
   ["peacekeeping", "crime"], ["UNO", "HTI"], ["U.N. troops", "gang members"])
ev(D, "we were shot at by unknown individuals", "shot at", "ASSAULT", "firearms",
   ["peacekeeping", "crime"], ["HTI"], ["unknown individuals"], ["UNO"], ["we"])
ev(D, "we shot back with the precise force", "shot back", "ASSAULT", "firearms",
   ["peacekeeping", "crime"], ["UNO"], ["we"])
ev(D, "The United Nations has increased its patrols", "increased its patrols", "MOBILIZE",
   "troops", ["peacekeeping", "crime"], ["UNO"], ["The United Nations"])
ev(D, "The United Nations has increased its patrols", "were killed", "ASSAULT", "",
   ["crime"], ["HTI"], ["gang"], ["HTI"], ["more than 20 people"])
ev(D, "expressed deep concern", "expressed deep concern", "ACCUSE", "disapprove",
   ["crime", "peacekeeping"], ["UNO"], ["David Wimhurst"])
ev(D, "This is a very disturbing development", "very disturbing development", "ACCUSE",
   "disapprove", ["crime"], ["UNO"], ["he"], ["HTI"], ["the gangs"])
ev(D, "back in the business of kidnapping", "kidnapping", "ASSAULT", "abduct", ["crime"],
   ["HTI"], ["they"])
ev(D, "expressed dissatisfaction", "expressed dissatisfaction", "ACCUSE", "disapprove",
   ["peacekeeping"], ["HTI"], ["one resident of Port-au-Prince"], ["UNO"],
   ["the Brazilian-commanded U.N. force"])

# --- blind48-02: VOA, Syria expected to announce partial pullout from Lebanon (2005) ---
D = "blind48-02"
ev(D, "Syrian President Bashar al-Assad is expected", "partial redeployment", "CONCEDE", "",
   ["military", "territory"], ["SYR"], ["Syrian President Bashar al-Assad"], ["LBN"],
   ["Lebanon"], future=True)
ev(D, "Officials in Beirut say he will likely", "partial withdrawal", "CONCEDE", "",
   ["military", "territory"], ["SYR"], ["he"], ["LBN"], ["Lebanon's"], future=True)
ev(D, "Some officials speculate", "link a full pullout to a resumption of peace talks",
   "REQUEST", "meet", ["diplomatic", "territory"], ["SYR"], ["Mr. Assad"], ["ISR"],
   ["Israel"], hypothetical=True)
ev(D, "President Bush repeated his position", "must leave Lebanon", "REQUEST", "yield",
   ["military", "intelligence", "territory"], ["USA"], ["President Bush"], ["SYR"],
   ["Syrian troops and intelligence agents"])
ev(D, "Saudi Arabia joined the United States", "pressing", "REQUEST", "yield",
   ["diplomatic", "military", "territory"], ["SAU", "USA", "EUR"],
   ["Saudi Arabia", "the United States", "Europe"], ["SYR"], ["Damascus"])
ev(D, "Syria has come under renewed pressure", "renewed pressure to pull out", "REQUEST",
   "yield", ["military", "territory"], [], [], ["SYR"], ["Syria"])
ev(D, "Syria has come under renewed pressure", "assassination", "ASSAULT", "targeted",
   ["political_institutions"], [], [], ["LBN"], ["former Lebanese premier Rafik Hariri"])
ev(D, "Many in Lebanon have blamed Syria", "blamed", "ACCUSE", "allege",
   ["political_institutions"], ["LBN"], ["Many in Lebanon"], ["SYR"], ["Syria"])
ev(D, "Many in Lebanon have blamed Syria", "demonstrations", "PROTEST", "demo",
   ["political_institutions"], ["LBN"], ["mass opposition"], ["LBN"],
   ["the pro-Syrian government"])
ev(D, "Many in Lebanon have blamed Syria", "toppled", "COERCE", "",
   ["political_institutions"], ["LBN"], ["mass opposition demonstrations"], ["LBN"],
   ["the pro-Syrian government"])

# --- blind48-03: VOA, Russia-Estonia row over the Bronze Soldier (2007) ---
D = "blind48-03"
ev(D, "The Russian government has lashed out", "lashed out", "ACCUSE", "disapprove",
   ["diplomatic"], ["RUS"], ["The Russian government"], ["EST"], ["Estonia"])
ev(D, "Estonian police arrested about 800", "arrested", "COERCE", "arrest",
   ["repression", "religion_ethnicity"], ["EST"], ["Estonian police"], ["EST"],
   ["about 800 protesters"])
ev(D, "Estonian police arrested about 800", "riots", "PROTEST", "riot",
   ["religion_ethnicity"], ["EST"], ["about 800 protesters"])
ev(D, "Ninety-six people were injured", "clashes", "ASSAULT", "",
   ["repression", "religion_ethnicity"], ["EST", "EST"],
   ["police", "mostly ethnic-Russian protesters"])
ev(D, "Moscow Saturday demanded", "demanded an investigation", "REQUEST", "change",
   ["diplomatic", "legal"], ["RUS"], ["Moscow"])
ev(D, "The Russian Foreign Ministry said Estonia", "said Estonia used excessive force",
   "ACCUSE", "allege", ["diplomatic", "repression"], ["RUS"],
   ["The Russian Foreign Ministry"], ["EST"], ["Estonia"])
ev(D, "Russia has called the move an insult", "called the move an insult", "ACCUSE",
   "disapprove", ["diplomatic"], ["RUS"], ["Russia"])
ev(D, "has asked the government to impose", "has asked", "REQUEST", "change",
   ["diplomatic", "economic", "legislative"], ["RUS"],
   ["The parliament's lower house (State Duma)"], ["RUS"], ["the government"])
ev(D, "called on both sides to resolve", "called on", "REQUEST", "change", ["diplomatic"],
   ["UNO"], ["U.N. Secretary-General Ban Ki-moon"], ["RUS", "EST"],
   ["both sides", "both sides"])
ev(D, "The Estonian consulate in Moscow closed", "to protest", "PROTEST", "demo",
   ["diplomatic"], ["RUS"], ["more than 100 demonstrators"], ["EST"],
   ["The Estonian consulate"])

# --- blind48-04: VOA, Sri Lanka army and Tamil Tigers fight over a reservoir (2006) ---
D = "blind48-04"
ev(D, "Tamil Tiger rebels say they came under", "artillery attack", "ASSAULT", "",
   ["military", "natural_resource"], ["LKA"], ["government"], ["LKA"],
   ["Tamil Tiger rebels"])
ev(D, "Tamil Tiger rebels say they came under", "prepared to open sluice gates", "CONCEDE",
   "", ["natural_resource"], ["LKA"], ["Tamil Tiger rebels"])
ev(D, "Tiger political leaders told Norwegian", "would shatter a four-year-old ceasefire",
   "THREATEN", "violence", ["military"], ["LKA"], ["Tiger political leaders"], ["LKA"],
   ["government"])
ev(D, "Hanssen-Bauer held talks in the rebel", "held talks", "CONSULT", "visit",
   ["diplomatic", "military"], ["NOR"], ["Hanssen-Bauer"], ["LKA"], ["rebel"])
ev(D, "Hanssen-Bauer held talks in the rebel", "promise", "CONCEDE", "",
   ["natural_resource"], ["LKA"], ["rebel"])
ev(D, "In return, the Tigers wanted", "wanted the government to provide water", "REQUEST",
   "assist", ["natural_resource", "human_security"], ["LKA"], ["the Tigers"], ["LKA"],
   ["the government"])
ev(D, "have been involved in deadly clashes", "deadly clashes", "ASSAULT", "", ["military"],
   ["LKA", "LKA"], ["Rebels", "government forces"])
ev(D, "have been involved in deadly clashes", "cut off the water flow", "COERCE", "withhold",
   ["natural_resource"], ["LKA"], ["rebels"])
ev(D, "The rebels are fighting for a separate", "accusing", "ACCUSE", "allege",
   ["religion_ethnicity", "human_rights"], ["LKA"], ["The rebels"], ["LKA"],
   ["the Sinhalese-dominated government"])

# --- blind48-05: VOA Khmer, Cambodian and Thai troops fight at Preah Vihear (2009) ---
D = "blind48-05"
ev(D, "Cambodian and Thai troops exchanged gun", "exchanged gun, rocket and artillery fire",
   "ASSAULT", "", ["military", "territory"], ["KHM", "THA"],
   ["Cambodian and Thai troops", "Cambodian and Thai troops"])
ev(D, "Cambodian and Thai troops exchanged gun", "blaming", "ACCUSE", "allege",
   ["military", "territory"], ["KHM", "THA"], ["both sides", "both sides"])
ev(D, "at least two more Thai soldiers", "were killed", "ASSAULT", "",
   ["military", "territory"], [], [], ["THA"], ["at least two more Thai soldiers"])
ev(D, "Ten Thai soldiers were being held", "were being held", "ASSAULT", "abduct",
   ["military", "territory"], [], [], ["THA"], ["Ten Thai soldiers"])
ev(D, "Ten Thai soldiers were being held", "injured or killed", "ASSAULT", "",
   ["military", "territory"], [], [], ["KHM"], ["Cambodians"], negated=True)
ev(D, "two Cambodians had been killed", "killed", "ASSAULT", "", ["military", "territory"],
   ["THA"], ["the Thais"], ["KHM"], ["two Cambodians"])
ev(D, "five Thai soldiers entered Veal Entry", "entered Veal Entry", "MOBILIZE", "troops",
   ["military", "territory"], ["THA"], ["five Thai soldiers"])
ev(D, "five Thai soldiers entered Veal Entry", "ordered them to turn back", "REQUEST",
   "yield", ["military", "territory"], ["KHM"], ["Cambodian soldiers"], ["THA"], ["them"])
ev(D, "Cambodian infantryman Chan Chhorn", "had fired first", "ACCUSE", "allege",
   ["military", "territory"], ["KHM"], ["Cambodian infantryman Chan Chhorn"], ["THA"],
   ["the Thais"])
ev(D, "a Thai military spokesman told CNN", "was sparked by", "ACCUSE", "allege",
   ["military", "territory"], ["THA"], ["a Thai military spokesman"], ["KHM"],
   ["Cambodian troops"])
ev(D, "A civilian market area burned", "were damaged", "ASSAULT", "destroy",
   ["military", "territory"], [], [], ["KHM"], ["portions of Preah Vihear temple"])

# --- blind48-06: VOA, ECOWAS imposes sanctions on Mali's junta (2012) ---
D = "blind48-06"
ev(D, "has imposed severe financial", "imposed severe financial and diplomatic sanctions",
   "SANCTION", "discontinue", ["economic", "diplomatic"], ["IGO"],
   ["The Economic Community of West African States"], ["MLI"], ["Mali"])
ev(D, "has imposed severe financial", "call for a return to constitutional order",
   "REQUEST", "change", ["political_institutions", "pro_democracy"], ["IGO"], ["it"],
   ["MLI"], ["the country"])
ev(D, "Soldiers who seized power in Mali", "seized power", "COERCE", "",
   ["political_institutions", "military"], ["MLI"], ["Soldiers"], ["MLI"], ["Mali"])
ev(D, "Soldiers who seized power in Mali", "refused to step aside", "REJECT", "change",
   ["political_institutions"], ["MLI"], ["Soldiers"])
ev(D, "An emergency ECOWAS summit was held", "summit", "CONSULT", "multilateral",
   ["diplomatic", "political_institutions"], ["IGO"], ["ECOWAS"])
ev(D, "ECOWAS has closed borders", "closed borders", "SANCTION", "discontinue",
   ["economic", "territory"], ["IGO"], ["ECOWAS"], ["MLI"], ["Mali"])
ev(D, "The West African monetary union", "cut off currency flow", "SANCTION", "discontinue",
   ["economic"], ["IGO"], ["The West African monetary union"], ["MLI"], ["Mali"])
ev(D, "The West African monetary union", "frozen the nation's assets", "SANCTION",
   "discontinue", ["economic"], ["IGO"], ["The West African monetary union"], ["MLI"],
   ["the nation's"])
ev(D, "ECOWAS has also imposed travel bans", "imposed travel bans", "REJECT", "",
   ["political_institutions"], ["IGO"], ["ECOWAS"], ["MLI"], ["junta members"])
ev(D, "ECOWAS has also imposed travel bans", "frozen their personal assets", "SANCTION",
   "discontinue", ["economic"], ["IGO"], ["ECOWAS"], ["MLI"], ["their"])
ev(D, "72-hour grace period", "72-hour grace period", "THREATEN", "",
   ["political_institutions"], ["IGO"], ["ECOWAS"], ["MLI"], ["the junta"])
ev(D, "At the emergency meeting on Mali", "should step aside", "REQUEST", "change",
   ["political_institutions", "pro_democracy"], ["IGO"],
   ["Ivorian president and current ECOWAS head Alassane Ouattara"], ["MLI"],
   ["the military junta"])

# --- blind48-07: VOA, Colombia delays talks with the ELN until a captive is freed (2016) ---
D = "blind48-07"
ev(D, "Colombia delayed peace talks", "delayed peace talks", "REJECT", "meet",
   ["diplomatic", "military"], ["COL"], ["Colombia"], ["COL"], ["Marxist ELN rebels"])
ev(D, "must release Odin Sanchez", "must release", "REQUEST", "yield",
   ["human_rights", "diplomatic"], ["COL"], ["Santos"], ["COL"],
   ["The National Liberation Army (ELN)"])
ev(D, "The government said the talks could still", "could still go forward", "AGREE", "",
   ["diplomatic"], ["COL", "COL"], ["The government", "the rebels"], future=True)
ev(D, "has kidnapped hundreds of people", "kidnapped", "ASSAULT", "abduct",
   ["terrorism", "crime"], ["COL"], ["The 2,000-strong ELN"], ["COL"],
   ["hundreds of people"])
ev(D, "Santos won the 2016 Nobel Peace Prize", "signed", "SUPPORT", "", ["diplomatic"],
   ["COL"], ["Santos"], ["COL"], ["the leftist Revolutionary Armed Forces of Colombia"])
ev(D, "closed-door talks", "closed-door talks", "CONSULT", "", ["diplomatic"],
   ["COL", "COL"], ["the ELN", "the government"])

# --- blind48-08: VOA, South Sudan agrees to a ceasefire at the IGAD summit (2013) ---
D = "blind48-08"
ev(D, "has agreed to a ceasefire", "agreed to a ceasefire", "AGREE", "", ["military"],
   ["SSD"], ["South Sudan's government"])
ev(D, "has agreed to a ceasefire", "to seek refuge", "SANCTION", "expel",
   ["human_security", "military"], [], [], ["SSD"], ["more than 60,000 civilians"])
ev(D, "ceasefire will begin immediately", "will begin immediately", "CONCEDE", "",
   ["military"], ["SSD"], ["the government's"])
ev(D, "has three days to respond", "has three days to respond", "THREATEN", "",
   ["military", "political_institutions"], ["SSD"], ["Arik"], ["SSD"],
   ["Vice President Riek Machar"])
ev(D, "the first reinforcements arrived", "reinforcements arrived", "AID", "",
   ["peacekeeping"], ["UNO"], ["the U.N. peacekeeping force"], ["SSD"], ["South Sudan"])
ev(D, "72 Bangladeshi police officers", "came from", "AID", "", ["peacekeeping"], ["BGD"],
   ["72 Bangladeshi police officers"])

# --- blind48-09: VOA, US airlines to comply with China's air defense zone (2013) ---
D = "blind48-09"
ev(D, "has advised American commercial airlines", "advised", "REQUEST", "change",
   ["territory", "diplomatic"], ["USA"], ["The United States"], ["USA"],
   ["American commercial airlines"])
ev(D, "has advised American commercial airlines",
   "does not indicate U.S. government acceptance", "REJECT", "", ["territory", "diplomatic"],
   ["USA"], ["U.S. officials"], ["CHN"], ["China's"])
ev(D, "The Chinese Defense Ministry declared", "declared", "COERCE", "restrict",
   ["military", "territory"], ["CHN"], ["The Chinese Defense Ministry"])
ev(D, "have refused to recognize", "refused to recognize", "REJECT", "",
   ["territory", "military"], ["JPN", "USA", "KOR"],
   ["Japan", "the United States", "South Korea"], ["CHN"], ["Chinese-declared"])
ev(D, "All three have challenged the zone", "sending in military aircraft", "MOBILIZE",
   "weapons", ["military", "territory"], ["JPN", "USA", "KOR"],
   ["All three", "All three", "All three"])
ev(D, "flying two B-52 bombers", "flying two B-52 bombers", "MOBILIZE", "weapons",
   ["military", "territory"], ["USA"], ["The United States"])

# --- blind48-10: VOA, Thai protesters defy the Bangkok state of emergency (2014) ---
D = "blind48-10"
ev(D, "Thai anti-government demonstrators in Bangkok", "remained defiant", "PROTEST",
   "demo", ["political_institutions", "election"], ["THA"],
   ["Thai anti-government demonstrators"])
ev(D, "Protest leader Suthep Thangsuban led", "led a convoy", "PROTEST", "demo",
   ["political_institutions"], ["THA"], ["Protest leader Suthep Thangsuban"], ["THA"],
   ["the government's"])
ev(D, "Protest leader Suthep Thangsuban led", "declaration of a state of emergency", "COERCE",
   "restrict", ["repression", "political_institutions"], ["THA"], ["the government's"])
ev(D, "who has led protests since November", "has led protests", "PROTEST", "demo",
   ["political_institutions"], ["THA"], ["a former opposition lawmaker"])
ev(D, "who has led protests since November", "is calling for", "REQUEST", "change",
   ["political_institutions", "executive"], ["THA"], ["Suthep"], ["THA"],
   ["the prime minister's"])
ev(D, "He said the weeks of rallies", "rallies would continue", "PROTEST", "demo",
   ["political_institutions"], ["THA"], ["He"], future=True)
ev(D, "The protesters have moved to blockade", "blockade key roads", "PROTEST", "obstruct",
   ["political_institutions", "election"], ["THA"], ["The protesters"], ["THA"],
   ["the government"])

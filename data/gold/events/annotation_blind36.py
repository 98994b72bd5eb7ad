"""Texts and annotation of the blind events set ``blind36.jsonl`` (evgold24, 2026-12-06).

Ten Voice of America news stories (voanews.com, learningenglish.voanews.com, the English pages
of the VOA Zimbabwe, Tibetan and Khmer service sites, and two copies on VOA's own content system
host voa.pangea-cms.com; all public domain), taken from the search tool's stored pages. Page
furniture is removed (named in each document's ``note``); the wording is otherwise exactly as
stored. Each event is written as: document id, a sentence anchor (a substring of exactly one
sentence), the trigger (a substring found once in that sentence), type, mode, contexts, actor
codes, actor texts, recipient codes, recipient texts and the flags. ``build_blind36.py`` turns
this into ``blind36.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind36-01",
        "url": (
            "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-03-03-voa59-66640207/"
            "557093.html"
        ),
        "agency": "Voice of America",
        "title": "(headline not in the stored copy) Colombia, Venezuela and Ecuador border tensions",
        "published": "2008-03-03",
        "date_approximate": True,
        "date_note": "the stored copy prints no date; the date is the one in the story's URL "
                     "(a-13-2008-03-03), which fits the events (Colombia's raid into Ecuador of "
                     "1 March 2008)",
        "truncated": True,
        "note": (
            "copy on VOA's own content-management host (voa.pangea-cms.com preview of "
            "voanews.com story 557093); the stored copy starts with the story text and is cut "
            "inside its seventh paragraph, which is dropped"
        ),
        "text": (
            "The presidents of Venezuela and Ecuador have ordered troops to their countries' "
            "respective borders with Colombia, after Colombian forces bombed a rebel camp in "
            "Ecuador's territory. VOA's Michael Bowman reports from Washington, the surge in "
            "tensions are the latest chapter in a period of frosty relations between Colombia's "
            "U.S.-backed leader and Venezuela socialist-firebrand president.\n"
            "Colombia and Venezuela both trace the origins of their nationhood to the "
            "independence movement led by South American revolutionary hero Simon Bolivar in "
            "the early 1800s. Despite historical ties, relations between the two countries have "
            "often been contentious, marked by border disputes, resentment over migration "
            "between the two countries, and periodic diplomatic squabbles.\n"
            "Those tensions have escalated since 2002, when Colombians elected Alvaro Uribe, a "
            "firm ally of the United States, as president. Ideologically, Mr. Uribe is the "
            "polar opposite of Venezuela's self-proclaimed socialist leader, Hugo Chavez. The "
            "two have traded bitter accusations and pointed insults, often centering around "
            "Colombia's efforts to eradicate leftist guerrillas known as the Revolutionary Armed "
            "Forces of Colombia, or FARC, and Mr. Chavez' efforts to act as an intermediary in "
            "the conflict.\n"
            "Riordan Roett directs Western Hemisphere Studies at Johns Hopkins University's "
            "School of Advanced International Studies.\n"
            "\"There have been constant tensions along the border, accusations that at times the "
            "'Chavistas' [Chavez forces)] support the FARC, accusations by the Venezuelans that "
            "the rightwing paramilitaries operating in Colombia cross over into Venezuela,\" said "
            "Riordan Roett. \"It is a very difficult border to police.\"\n"
            "In November, Mr. Uribe terminated the Venezuelan leader's role as mediator in "
            "efforts to win the release of FARC held hostages, saying Mr. Chavez was not an "
            "impartial broker."
        ),
    },
    {
        "id": "blind36-02",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2008-10-14-voa47-68975757/1458890.html",
        "agency": "Voice of America (Studio 7 for Zimbabwe)",
        "title": "Zimbabwe Power-Sharing Under Intensive Care By S. Africa's Thabo Mbeki",
        "published": "2008-10-14",
        "date_approximate": True,
        "date_note": "the stored copy prints no date; the date is the one in the story's URL "
                     "(2008-10-14, a Tuesday, as the story's 'on Tuesday')",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "closing line 'More reports from VOA's Studio 7 for Zimbabwe...'"
        ),
        "text": (
            "Former South African president and Zimbabwe crisis mediator Thabo Mbeki launched "
            "back into brokering the country's power-sharing process on Tuesday, holding talks "
            "with the principals of the long-ruling ZANU-PF and the former opposition Movement "
            "for Democratic Change.\n"
            "Mr. Mbeki held a brief meeting at the Rainbow Towers hotel in Harare with "
            "negotiators for the three parties before meeting President Robert Mugabe, prime "
            "minister-designate Morgan Tsvangirai and deputy prime minister-designate Arthur "
            "Mutambara.\n"
            "Tsvangirai and Mutambara lead rival MDC formations.\n"
            "Briefing journalists before entering the talks venue, Mutambara expressed "
            "frustration saying the fact the leaders were there to seek mediation was \u201ca "
            "travesty of justice.\u201d\n"
            "He continued saying, \u201cMutambara, Mugabe and Tsvangirai should shape up or ship "
            "out.\"\n"
            "But Mbeki expressed optimism that he can bring the parties to agreement on the "
            "composition of the cabinet for the national unity government envisioned in the "
            "power-sharing agreement signed on Sept. 15.\n"
            "ZANU-PF insiders told VOA that he started the process with one-on-one talks with "
            "each of the principals. They said Mbeki's talks agenda focused how to share cabinet "
            "posts equitably, and would also cover the appointment of governors for Zimbabwe's "
            "10 provinces.\n"
            "The officials said ZANU-PF wants Mbeki to revisit language in the agreement which "
            "suspends parliamentary by-elections for one year to avoid inter-party clashes.\n"
            "Speaking from Cape Town, South Africa, political analyst Glen Mpani told reporter "
            "Blessing Zulu of VOA's Studio 7 for Zimbabwe that Mugabe\u2019s intransigence is "
            "explained by the serious internal divisions he faces within his party over "
            "power-sharing concessions."
        ),
    },
    {
        "id": "blind36-03",
        "url": (
            "https://voa.pangea-cms.com/preview/en-US/a/"
            "obama-says-un-vote-unmistakable-message-to-iran-to-change-course-95985079/"
            "172075.html"
        ),
        "agency": "Voice of America",
        "title": "(headline not in the stored copy) Obama says UN vote unmistakable message to "
                 "Iran to change course",
        "published": "2010-06-09",
        "date_approximate": True,
        "date_note": "the stored copy prints no date; the Security Council vote it reports "
                     "(fourth round of sanctions on Iran, 12 to 2 with one abstention) was held on "
                     "9 June 2010, and the story reports the reactions of the same day",
        "truncated": True,
        "note": (
            "copy on VOA's own content-management host (voa.pangea-cms.com preview of "
            "voanews.com story 172075); the stored copy starts with the story text and is cut "
            "after the first word of its ninth paragraph ('White '), which is dropped"
        ),
        "text": (
            "President Barack Obama says the 12 to 2 vote, with one abstention, by the U.N. "
            "Security Council, imposing a fourth round of sanctions on Iran is an unmistakable "
            "signal to Iran's government that it must change course on its nuclear program.\n"
            "The president said the vote was a response to Iran's failure to live up to its "
            "international obligations and responsibilities under the Nuclear Nonproliferation "
            "Treaty and failure to meet requirements of the International Atomic Energy "
            "Agency.\n"
            "Reviewing a series of Iranian actions, including Iran's decision to enrich uranium "
            "to a level of 20 percent, concealment of a key nuclear site, and construction of "
            "several-thousand centrifuges, Mr. Obama said the vote demonstrates Iran must "
            "change. \"The Iranian government must understand that true security will not come "
            "through the pursuit of nuclear weapons. True security will come through adherence "
            "to international law and the demonstration of its peaceful intent,\" he said.\n"
            "Turkey and Brazil, who negotiated a nuclear-fuel agreement with Tehran, voted "
            "against the resolution, while Lebanon abstained. With concessions made to win the "
            "support of Russia and China, the resolution is not as strong as the United States "
            "had sought.\n"
            "It calls for measures against Iranian banks suspected of involvement in nuclear or "
            "missile programs, and lists more than three-dozen companies, entities and "
            "individuals with links to Iran's Islamic Revolutionary Guards Corps. It also "
            "expands a U.N. arms embargo and places a travel ban and asset freeze on 40 "
            "individuals.\n"
            "The resolution also calls for vessels or aircraft headed to or from Iran, suspected "
            "of transporting banned cargo, to be inspected. And the resolution prohibits "
            "countries from allowing Iranian investments in nuclear enrichment plants, uranium "
            "mines and other nuclear-related technology.\n"
            "Iran quickly rejected the resolution. President Mahmoud Ahmadinejad said it was of "
            "no value and should, in his words, be thrown in the trash like a used handkerchief."
        ),
    },
    {
        "id": "blind36-04",
        "url": "https://www.voanews.com/a/roadside-blast-kills-12-in-eastern-afghanistan-117487188/136072.html",
        "agency": "Voice of America",
        "title": "Karzai Condemns Civilian Casualties by NATO Troops",
        "published": "2011-03-06",
        "date_approximate": True,
        "date_note": "the stored copy prints no dateline; the photo caption is dated March 6, "
                     "2011, a Sunday, the day of the meeting and protest the story reports",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption ('An Afghan man and his son take part in a protest in Kabul, March 6, "
            "2011'); the closing credit line is kept"
        ),
        "text": (
            "Afghan President Hamid Karzai has told the commander of U.S.-led NATO forces in "
            "Afghanistan, General David Petraeus, that civilian casualties by foreign troops are "
            "\"no longer acceptable.\"\n"
            "Mr. Karzai spoke Sunday in Kabul during a meeting with his security advisers which "
            "the general attended.\n"
            "During the meeting Petraeus again apologized for the deaths of nine Afghan boys in "
            "a NATO airstrike last Tuesday in northeast Kunar Province. But Mr. Karzai said the "
            "apology was \"not enough\" and that the civilian casualties at the hands of "
            "coalition forces are \"the main cause of strained relations between the United "
            "States and Afghanistan.\"\n"
            "The killing of the nine children, who were collecting firewood when they were "
            "attacked, sent hundreds into the streets of the Afghan capital earlier on Sunday "
            "where they shouted \"Death to America.\"\n"
            "Also on Sunday, 12 Afghan civilians were killed when their vehicle was destroyed "
            "by a roadside bomb near Afghanistan's border with Pakistan. Among the dead were "
            "five children.\n"
            "Mr. Karzai immediately condemned the bombing, which took place in Paktika Province. "
            "He said it violates \"all principles of Islam.\" The U.S. embassy in Kabul also "
            "condemned the attack, calling it a \"brutal terrorist act that demonstrates the "
            "insurgents have no respect for human life.\"\n"
            "Some information for this report was provided by AP, AFP and Reuters."
        ),
    },
    {
        "id": "blind36-05",
        "url": (
            "https://www.voatibetan.com/a/india-pakistan-call-for-new-cooperation-126255438/"
            "1266431.html"
        ),
        "agency": "Voice of America (VOA Tibetan service site, English story)",
        "title": "India, Pakistan Call for New Cooperation",
        "published": "2011-07-27",
        "date_approximate": True,
        "date_note": "the stored copy prints no dateline (the page's Tibetan date line is the "
                     "date of capture); the photo caption dates the ministers' talks Wednesday, "
                     "July 27, 2011",
        "truncated": True,
        "note": (
            "removed: the Tibetan page furniture (skip-link line and capture date line), the "
            "headline (kept in title), the photo caption printed twice; the stored copy is cut "
            "inside its ninth paragraph ('Khar, at 34 years old, ... She says she'), which is "
            "dropped"
        ),
        "text": (
            "India and Pakistan have promised to initiate new trade and travel contacts across a "
            "disputed border, following rare Foreign Minister-level talks between Indian Foreign "
            "Minister S.M. Krishna and Pakistan Foreign Minister Hina Rabbani Khar.\n"
            "India and Pakistan say they will double the opportunity for traders to cross of the "
            "so-called \u201cLine of Control\u201d in disputed Kashmir, from 2 to 4 days a week. "
            "They also promised to expand travel opportunities for tourism and religious "
            "pilgrimages across the tense border.\n"
            "India and Pakistan have fought two wars for control of the Kashmir Valley, and the "
            "dispute remains the key irritant in diplomacy between the two nuclear-armed "
            "neighbors.\n"
            "Standing alongside Pakistani Foreign Minister Khar, Krishna said the two countries "
            "agree on a key security issue.\n"
            "\u201cWe have agreed that terrorism poses a continuing threat,\" he said. \"We have "
            "also agreed on the need to strengthen cooperation on counter-terrorism, to bring "
            "those responsible for terror crimes to justice.\u201d\n"
            "Khar says she brings wishes from Pakistan for a \u201cnew chapter of amity and "
            "understanding.\u201d\n"
            "\u201cThere has been a mind set change in the people of the two countries that you "
            "must acknowledge,\u201d said Khar."
        ),
    },
    {
        "id": "blind36-06",
        "url": "http://www.voanews.com/content/france-to-send-more-troops-to-mali/1583944.html",
        "agency": "Voice of America",
        "title": "France Continues Mali Air Strikes, Sends Tank Convoy North",
        "published": "2013-01-15",
        "date_approximate": True,
        "date_note": "the stored copy prints no dateline; the photo caption is dated January 15, "
                     "2013, a Tuesday, the day the story reports ('Tuesday')",
        "truncated": True,
        "note": (
            "removed: 'News / Africa', the headline (kept in title), the photo caption printed "
            "twice, the byline 'VOA News', the photo-gallery captions that follow the fourth "
            "paragraph; the story text after the gallery is cut by the store and not kept; "
            "the stored copy's indentation is dropped, paragraph breaks are kept as '\\n'"
        ),
        "text": (
            "A convoy of French tanks rolled out of Mali's capital Tuesday, heading to northern "
            "regions controlled by Islamist militants.\n"
            "VOA correspondent Anne Look, who is on the ground in Bamako, says the tanks appear "
            "to be headed to join French military positions. France is building up its forces "
            "in Mali, sending in tanks and armored vehicles while carrying out new airstrikes "
            "against militants.\n"
            "Look reports that 100 French vehicles arrived from neighboring Ivory Coast Tuesday, "
            "and that more troops are coming from Chad and France.\n"
            "Meanwhile, witnesses say French warplanes attacked the town of Diabaly overnight, "
            "just hours after Islamist fighters took control of the area, 400 kilometers north "
            "of Bamako. Residents said Tuesday that the militants still hold the town."
        ),
    },
    {
        "id": "blind36-07",
        "url": "http://www.voanews.com/content/egypt-violence-kills-one-protests-planned/1691008.html",
        "agency": "Voice of America",
        "title": "Protests Heat Up Across Egypt",
        "published": "2013-06-28",
        "date_approximate": True,
        "date_note": "the stored copy prints no dateline; the photo captions are dated June 28, "
                     "2013, a Friday, the day of the 'Friday prayers' rally the story reports",
        "truncated": True,
        "note": (
            "removed: 'News / Middle East', the headline (kept in title), the two photo "
            "captions (each printed twice), the byline 'Edward Yeranian'; the stored copy is cut "
            "inside its eighth paragraph ('At the same time, anti-Morsi protesters chanted "
            "slogans ca'), which is dropped"
        ),
        "text": (
            "Backers and opponents of Egyptian President Mohamed Morsi have traded gunfire and "
            "thrown firecrackers at each other during brutal street fighting in Alexandria.\n"
            "Riot police moved in with armored vehicles and tear gas, but not before the offices "
            "of Morsi's political party were set on fire.\n"
            "Authorities say two people have been killed, including a U.S. citizen stabbed to "
            "death while taking pictures of the riots. The State Department has issued a travel "
            "warning for Egypt, telling Americas to put off non-essential travel there. Some "
            "embassy workers and their families will be evacuated.\n"
            "Protesters also are gathering in Cairo's Tahrir Square, waving Egyptian flags and "
            "calling for Morsi's departure. They are preparing for a massive anti-government "
            "rally Sunday, the one-year anniversary of Morsi's presidency.\n"
            "The opposition accuses Morsi and his Muslim Brotherhood movement of trying to "
            "undermine secular rights and not living up to the 2011 uprising that forced "
            "ex-president Hosni Mubarak to flee.\n"
            "A few thousand Morsi supporters gathered in front of a mosque in the outlying Cairo "
            "district of Nasr City during Friday prayers. Many carried banners proclaiming "
            "support for the president and the crowd broke into periodic chants of "
            "\u201cIslamic rule, Islamic rule.\u201d"
        ),
    },
    {
        "id": "blind36-08",
        "url": "https://learningenglish.voanews.com/a/myanmar-police-clash-with-students/2674502.html",
        "agency": "Voice of America (Learning English)",
        "title": "Myanmar Police Clash with Students",
        "published": "2015-03-10",
        "date_approximate": False,
        "date_note": "the page's programme label 'In The News 03-10-15' dates it; 10 March 2015 "
                     "was a Tuesday, the day of the Myanmar protest ('on Tuesday')",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "programme label 'In The News 03-10-15' and the audio-player lines ('please wait', "
            "'No media source currently available', '0:00 0:05:19 0:00', 'Direct link'); the "
            "subheading 'Congressional letter raised debate' is kept; the stored copy stops "
            "after a complete paragraph but the news roundup goes on, so it is marked cut"
        ),
        "text": (
            "Police in Myanmar broke up a protest by student activists on Tuesday. The activists "
            "have been demanding education reforms.\n"
            "Riot police used sticks to beat protesters after they attempted to push through a "
            "police barrier. Many of the protesters were kicked or beaten as they were arrested. "
            "Video appeared to show police using sticks and throwing objects in an attempt to "
            "break a window on a vehicle used by demonstrators.\n"
            "Hundreds of student activists set off last month from Mandalay. They were hoping to "
            "reach Yangon, Myanmar\u2019s main city. They planned to press the government to "
            "cancel a new education reform law. The students say the law will centralize "
            "control of universities in Myanmar. They also want more government spending on "
            "education and the right to organize teachers and other students.\n"
            "Congressional letter raised debate\n"
            "Iran\u2019s foreign minister says a letter from a group of American lawmakers "
            "suggests that the United States is not trustworthy. Mohammad Javad Zarif told "
            "Iran\u2019s top religious group that the letter is, in his words, \u201cunprecedented "
            "and undiplomatic.\u201d In truth, he said, it told us that we cannot trust the "
            "United States.\u201d\n"
            "The letter came from 47 Republican senators. The letter warned that any nuclear "
            "agreement President Barack Obama negotiates with Iran could last only until he "
            "leaves office in 2017. Last week, Israeli Prime Minister Benjamin Netanyahu said "
            "the nuclear talk with Iran was a \u201cbad deal\u201d in his speech to the U.S. "
            "Congress. The leader of the Republican-controlled House, Mr. John Boehner, invited "
            "the Israeli leader without informing the White House.\n"
            "President Obama has criticized Republican lawmakers for their direct intervention "
            "with Iran.\n"
            "U.S. foreign relations with other governments are usually the responsibility of the "
            "presidents and diplomats."
        ),
    },
    {
        "id": "blind36-09",
        "url": "https://www.voanews.com/a/ethiopia-abiy-sudan-talks/4949545.html",
        "agency": "Voice of America",
        "title": "Ethiopia\u2019s Abiy in Sudan to Broker Talks",
        "published": "2019-06-07",
        "date_approximate": True,
        "date_note": "the stored copy prints no dateline; the photo caption dates Abiy's arrival "
                     "at Khartoum airport June 7, 2019, a Friday, as the story's 'Friday'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "'update', the photo caption printed twice; the stored copy is cut only inside the "
            "closing VOA byline box ('16x9 Image', 'VOA News', 'The Voice of America provides "
            "news ...'), which is dropped; all story paragraphs are complete"
        ),
        "text": (
            "Ethiopian Prime Minister Abiy Ahmed arrived in the Sudanese capital Friday to "
            "mediate talks between the ruling military council and leaders of the "
            "pro-democracy protest movement after a military crackdown this week that left more "
            "than 100 people dead.\n"
            "Ahmed met with generals in Khartoum and is expected to meet separately with "
            "leaders of the Forces for the Declaration of Freedom and Change, a coalition of "
            "political groups that represent protesters who drove longtime autocrat Omar "
            "al-Bashir from power in April.\n"
            "Meanwhile, the African Union says it has suspended Sudan from all activities until "
            "a civilian-led government is formed.\n"
            "The AU Peace and Security Council announced the suspension Thursday as protest "
            "leaders in Sudan rejected an offer from the ruling military council to negotiate "
            "the country's political future.\n"
            "Both sides had been in talks over a civilian-led transition to democracy, but their "
            "negotiations collapsed when security forces stormed a sit-in protest camp on "
            "Monday.\n"
            "Sudanese doctors allied with the opposition say 113 people were killed, and more "
            "than 500 others wounded in clashes.\n"
            "The Sudanese Health Ministry issued a statement saying the number is \"no more than "
            "46.\""
        ),
    },
    {
        "id": "blind36-10",
        "url": (
            "https://www.voacambodia.com/a/"
            "hong-kong-police-use-tear-gas-rubber-bullets-to-break-up-massive-protest/"
            "4956197.html"
        ),
        "agency": "Voice of America (VOA Khmer service site, English story)",
        "title": "Hong Kong Police Use Tear Gas, Rubber Bullets to Break Up Massive Protest",
        "published": "2019-06-12",
        "date_approximate": True,
        "date_note": "the stored copy prints no dateline; the photo caption is dated June 12, "
                     "2019, a Wednesday, the day the story reports ('Wednesday')",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption printed twice; the stored copy is cut inside its eleventh paragraph "
            "('As darkness gathered in Hong Kong, ... cleared successive areas aro'), which is "
            "dropped"
        ),
        "text": (
            "A massive demonstration outside the headquarters of Hong Kong's government turned "
            "violent Wednesday as police clashed with protesters who oppose a controversial "
            "extradition bill.\n"
            "Officers wearing helmets and carrying shields lined up on streets, firing tear gas, "
            "rubber bullets and using pepper spray to push back protesters, some of whom "
            "overturned barricades and threw objects at police. Hospital authorities say at "
            "least 72 people were injured.\n"
            "The demonstrations forced the legislature to postpone Wednesday's session where "
            "lawmakers were scheduled to debate the proposed legislation.\n"
            "The prospect of extradition to mainland China in particular, which has a "
            "substantially different legal system, has alarmed a wide cross section of Hong "
            "Kong -- from international business groups to legal societies and pro-democracy "
            "parties.\n"
            "As protesters retreated to a nearby mall and elevated walkways, many said their "
            "resolve had not yet failed.\n"
            "\u201cWe are trying to protect Hong Kong. This is our home,\u201d said Raven Tse, a "
            "protester who had taken leave from work to attend.\n"
            "She said she was \u201cangry, sad, disappointed at the government\u201d for failing "
            "to listen to protesters after hundreds of thousands took to the streets over the "
            "weekend.\n"
            "Tse and her friend Tracey Lee, who both wore surgical masks and goggles, said they "
            "feared what the extradition law would mean for Hong Kong.\n"
            "\u201cWe [won\u2019t] have any more freedom of speech. This is what is special about "
            "Hong Kong. This is why many people want to come to Hong Kong,\u201d Tse said."
        ),
    },
]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, negated, future, hypothetical
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind36-01: Colombia, Venezuela, Ecuador (2008) ---
D = "blind36-01"
ev(D, "The presidents of Venezuela and Ecuador", "ordered troops", "MOBILIZE", "troops",
   ["military", "territory"], ["VEN", "ECU"], ["Venezuela", "Ecuador"], ["COL"], ["Colombia"])
ev(D, "The presidents of Venezuela and Ecuador", "bombed", "ASSAULT", "aerial",
   ["military", "territory"], ["COL"], ["Colombian forces"], ["COL"], ["a rebel camp"])
ev(D, "The two have traded bitter accusations", "traded bitter accusations", "ACCUSE", "allege",
   ["diplomatic"], ["COL", "VEN"], ["The two", "The two"])
ev(D, "constant tensions along the border", "accusations that at times", "ACCUSE", "allege",
   ["territory"], [], [], ["VEN"], ["the 'Chavistas'"])
ev(D, "constant tensions along the border", "accusations by the Venezuelans", "ACCUSE", "allege",
   ["territory"], ["VEN"], ["the Venezuelans"], ["COL"], ["the rightwing paramilitaries"])
ev(D, "terminated the Venezuelan leader's role", "terminated", "SANCTION", "discontinue",
   ["diplomatic"], ["COL"], ["Mr. Uribe"], ["VEN"], ["the Venezuelan leader's"])
ev(D, "terminated the Venezuelan leader's role", "was not an impartial broker", "ACCUSE",
   "allege", ["diplomatic"], ["COL"], ["Mr. Uribe"], ["VEN"], ["Mr. Chavez"])

# --- blind36-02: Zimbabwe power-sharing talks, Mbeki mediation (2008) ---
D = "blind36-02"
ev(D, "launched back into brokering", "holding talks", "CONSULT", "third-party",
   ["political_institutions", "diplomatic"], ["ZAF"], ["Thabo Mbeki"], ["ZWE"],
   ["the long-ruling ZANU-PF"])
ev(D, "held a brief meeting at the Rainbow Towers", "held a brief meeting", "CONSULT",
   "third-party", ["political_institutions", "diplomatic"], ["ZAF"], ["Mr. Mbeki"], ["ZWE"],
   ["negotiators for the three parties"])
ev(D, "held a brief meeting at the Rainbow Towers", "before meeting", "CONSULT", "third-party",
   ["political_institutions", "diplomatic"], ["ZAF"], ["Mr. Mbeki"], ["ZWE"],
   ["President Robert Mugabe"])
ev(D, "Mutambara expressed frustration", "expressed frustration", "ACCUSE", "disapprove",
   ["political_institutions"], ["ZWE"], ["Mutambara"], ["ZWE"], ["the leaders"])
ev(D, "He continued saying", "should shape up or ship out", "REQUEST", "change",
   ["political_institutions"], ["ZWE"], ["He"], ["ZWE"],
   ["Mutambara, Mugabe and Tsvangirai"])
ev(D, "But Mbeki expressed optimism", "signed", "SUPPORT", "",
   ["political_institutions"], ["ZWE"], ["the parties"])
ev(D, "ZANU-PF insiders told VOA", "one-on-one talks", "CONSULT", "third-party",
   ["political_institutions", "diplomatic"], ["ZAF"], ["he"], ["ZWE"],
   ["each of the principals"])
ev(D, "ZANU-PF wants Mbeki to revisit", "wants Mbeki to revisit", "REQUEST", "change",
   ["political_institutions", "election"], ["ZWE"], ["ZANU-PF"], ["ZAF"], ["Mbeki"])

# --- blind36-03: UN Security Council sanctions on Iran (2010) ---
D = "blind36-03"
ev(D, "President Barack Obama says the 12 to 2 vote", "imposing a fourth round of sanctions",
   "SANCTION", "discontinue", ["cbrn"], ["UNO"], ["the U.N. Security Council"], ["IRN"],
   ["Iran"])
ev(D, "President Barack Obama says the 12 to 2 vote", "must change course", "REQUEST", "change",
   ["cbrn"], ["USA"], ["President Barack Obama"], ["IRN"], ["Iran's government"])
ev(D, "The president said the vote was a response", "failure to live up", "ACCUSE", "allege",
   ["cbrn", "legal"], ["USA"], ["The president"], ["IRN"], ["Iran's"])
ev(D, "Reviewing a series of Iranian actions", "must change", "REQUEST", "change", ["cbrn"],
   ["USA"], ["Mr. Obama"], ["IRN"], ["Iran"])
ev(D, "The Iranian government must understand", "must understand", "REQUEST", "change",
   ["cbrn"], [], [], ["IRN"], ["The Iranian government"])
ev(D, "Turkey and Brazil, who negotiated", "negotiated a nuclear-fuel agreement", "AGREE", "",
   ["cbrn", "diplomatic"], ["TUR", "BRA", "IRN"], ["Turkey", "Brazil", "Tehran"])
ev(D, "Turkey and Brazil, who negotiated", "voted against", "REJECT", "", ["cbrn"],
   ["TUR", "BRA"], ["Turkey", "Brazil"])
ev(D, "With concessions made to win the support", "concessions", "CONCEDE", "",
   ["cbrn", "diplomatic"], [], [], ["RUS", "CHN"], ["Russia", "China"])
ev(D, "It calls for measures against Iranian banks", "calls for measures", "SANCTION",
   "discontinue", ["cbrn", "economic"], ["UNO"], ["It"], ["IRN"], ["Iranian banks"])
ev(D, "It calls for measures against Iranian banks", "lists", "SANCTION", "discontinue",
   ["cbrn", "economic"], ["UNO"], ["It"], ["IRN"],
   ["more than three-dozen companies, entities and individuals"])
ev(D, "It also expands a U.N. arms embargo", "expands a U.N. arms embargo", "SANCTION",
   "discontinue", ["cbrn", "military"], ["UNO"], ["It"])
ev(D, "It also expands a U.N. arms embargo", "places a travel ban and asset freeze",
   "SANCTION", "discontinue", ["cbrn", "economic"], ["UNO"], ["It"], ["IRN"],
   ["40 individuals"])
ev(D, "The resolution also calls for vessels", "calls for", "SANCTION", "discontinue",
   ["cbrn", "trafficking"], ["UNO"], ["The resolution"], ["IRN"], ["Iran"])
ev(D, "And the resolution prohibits countries", "prohibits", "SANCTION", "discontinue",
   ["cbrn", "economic"], ["UNO"], ["the resolution"], ["IRN"], ["Iranian investments"])
ev(D, "Iran quickly rejected the resolution", "rejected", "REJECT", "", ["cbrn"], ["IRN"],
   ["Iran"], ["UNO"], ["the resolution"])
ev(D, "President Mahmoud Ahmadinejad said", "of no value", "REJECT", "", ["cbrn"], ["IRN"],
   ["President Mahmoud Ahmadinejad"])

# --- blind36-04: Afghanistan, Karzai and NATO civilian casualties (2011) ---
D = "blind36-04"
ev(D, "Afghan President Hamid Karzai has told", "no longer acceptable", "ACCUSE", "disapprove",
   ["military"], ["AFG"], ["Afghan President Hamid Karzai"], ["IGO"],
   ["the commander of U.S.-led NATO forces"])
ev(D, "Mr. Karzai spoke Sunday in Kabul", "a meeting", "CONSULT", "", ["military"],
   ["AFG", "IGO"], ["Mr. Karzai", "the general"])
ev(D, "Petraeus again apologized", "apologized", "CONCEDE", "", ["military"], ["IGO"],
   ["Petraeus"])
ev(D, "Petraeus again apologized", "airstrike", "ASSAULT", "aerial", ["military"], ["IGO"],
   ["NATO"], ["AFG"], ["nine Afghan boys"])
ev(D, "But Mr. Karzai said the apology", "not enough", "REJECT", "", ["military"], ["AFG"],
   ["Mr. Karzai"])
ev(D, "But Mr. Karzai said the apology", "the main cause of strained relations", "ACCUSE",
   "allege", ["military", "diplomatic"], ["AFG"], ["Mr. Karzai"], ["IGO"],
   ["coalition forces"])
ev(D, "sent hundreds into the streets", "sent hundreds into the streets", "PROTEST", "demo",
   ["military"], ["AFG"], ["hundreds"], ["USA"], ["America"])
ev(D, "12 Afghan civilians were killed", "roadside bomb", "ASSAULT", "explosives",
   ["terrorism"], [], [], ["AFG"], ["12 Afghan civilians"])
ev(D, "Mr. Karzai immediately condemned", "condemned", "ACCUSE", "disapprove", ["terrorism"],
   ["AFG"], ["Mr. Karzai"])
ev(D, "He said it violates", "violates", "ACCUSE", "disapprove",
   ["terrorism", "religion_ethnicity"], ["AFG"], ["He"])
ev(D, "The U.S. embassy in Kabul also condemned", "condemned", "ACCUSE", "disapprove",
   ["terrorism", "diplomatic"], ["USA"], ["The U.S. embassy in Kabul"], ["AFG"],
   ["the insurgents"])

# --- blind36-05: India and Pakistan foreign ministers (2011) ---
D = "blind36-05"
ev(D, "India and Pakistan have promised to initiate", "promised to initiate", "AGREE", "",
   ["economic", "territory"], ["IND", "PAK"], ["India", "Pakistan"])
ev(D, "India and Pakistan have promised to initiate", "talks", "CONSULT", "", ["diplomatic"],
   ["IND", "PAK"], ["Indian Foreign Minister", "Pakistan"])
ev(D, "India and Pakistan say they will double", "will double", "AGREE", "",
   ["economic", "territory"], ["IND", "PAK"], ["India", "Pakistan"])
ev(D, "They also promised to expand travel", "promised to expand", "AGREE", "",
   ["territory", "religion_ethnicity"], ["IND", "PAK"], ["They", "They"])
ev(D, "India and Pakistan have fought two wars", "have fought two wars", "ASSAULT", "",
   ["military", "territory"], ["IND", "PAK"], ["India", "Pakistan"])
ev(D, "We have also agreed on the need", "agreed on the need to strengthen cooperation",
   "AGREE", "", ["terrorism"], ["IND", "PAK"], ["We", "We"])
ev(D, "Khar says she brings wishes", "brings wishes", "SUPPORT", "", ["diplomatic"], ["PAK"],
   ["Khar"])

# --- blind36-06: French intervention in Mali (2013) ---
D = "blind36-06"
ev(D, "A convoy of French tanks rolled out", "rolled out", "MOBILIZE", "weapons",
   ["military", "terrorism"], ["FRA"], ["French"], ["MLI"], ["Islamist militants"])
ev(D, "France is building up its forces", "building up its forces", "MOBILIZE", "troops",
   ["military"], ["FRA"], ["France"])
ev(D, "France is building up its forces", "carrying out new airstrikes", "ASSAULT", "aerial",
   ["military", "terrorism"], ["FRA"], ["France"], ["MLI"], ["militants"])
ev(D, "100 French vehicles arrived", "arrived", "MOBILIZE", "weapons", ["military"], ["FRA"],
   ["100 French vehicles"])
ev(D, "100 French vehicles arrived", "more troops are coming", "MOBILIZE", "troops",
   ["military"], ["TCD", "FRA"], ["Chad", "France"])
ev(D, "French warplanes attacked the town of Diabaly", "attacked", "ASSAULT", "aerial",
   ["military", "terrorism"], ["FRA"], ["French warplanes"])
ev(D, "French warplanes attacked the town of Diabaly", "took control of the area", "COERCE",
   "seize", ["territory", "terrorism"], ["MLI"], ["Islamist fighters"])

# --- blind36-07: Egypt before the 30 June 2013 protests ---
D = "blind36-07"
ev(D, "Backers and opponents of Egyptian President", "traded gunfire", "ASSAULT", "firearms",
   ["political_institutions"], ["EGY"],
   ["Backers and opponents of Egyptian President Mohamed Morsi"])
ev(D, "Riot police moved in", "moved in", "ASSAULT", "", ["repression"], ["EGY"],
   ["Riot police"])
ev(D, "Riot police moved in", "set on fire", "ASSAULT", "primitive",
   ["political_institutions"], [], [], ["EGY"], ["Morsi's political party"])
ev(D, "Authorities say two people have been killed", "stabbed to death", "ASSAULT",
   "primitive", [], [], [], ["USA"], ["a U.S. citizen"])
ev(D, "Protesters also are gathering in Cairo", "gathering", "PROTEST", "demo",
   ["political_institutions"], ["EGY"], ["Protesters"], ["EGY"], ["Morsi's"])
ev(D, "They are preparing for a massive", "rally", "PROTEST", "demo",
   ["political_institutions"], ["EGY"], ["They"], future=True)
ev(D, "The opposition accuses Morsi", "accuses", "ACCUSE", "allege",
   ["rights_freedoms", "religion_ethnicity"], ["EGY"], ["The opposition"], ["EGY"], ["Morsi"])
ev(D, "The opposition accuses Morsi", "forced", "COERCE", "", ["political_institutions"],
   [], [], ["EGY"], ["ex-president Hosni Mubarak"])
ev(D, "A few thousand Morsi supporters gathered", "gathered", "PROTEST", "demo",
   ["political_institutions", "religion_ethnicity"], ["EGY"],
   ["A few thousand Morsi supporters"])
ev(D, "Many carried banners proclaiming support", "proclaiming support", "SUPPORT", "",
   ["political_institutions"], ["EGY"], ["Many"], ["EGY"], ["the president"])

# --- blind36-08: Myanmar student protest; Iran and the senators' letter (2015) ---
D = "blind36-08"
ev(D, "Police in Myanmar broke up a protest", "broke up", "COERCE", "restrict",
   ["repression", "rights_freedoms"], ["MMR"], ["Police in Myanmar"], ["MMR"],
   ["student activists"])
ev(D, "Police in Myanmar broke up a protest", "protest", "PROTEST", "demo",
   ["rights_freedoms"], ["MMR"], ["student activists"])
ev(D, "The activists have been demanding", "demanding", "REQUEST", "change", [], ["MMR"],
   ["The activists"])
ev(D, "Riot police used sticks to beat", "beat", "ASSAULT", "beat", ["repression"], ["MMR"],
   ["Riot police"], ["MMR"], ["protesters"])
ev(D, "Many of the protesters were kicked", "kicked or beaten", "ASSAULT", "beat",
   ["repression"], [], [], ["MMR"], ["protesters"])
ev(D, "Many of the protesters were kicked", "arrested", "COERCE", "arrest", ["repression"],
   [], [], ["MMR"], ["protesters"])
ev(D, "Video appeared to show police", "throwing objects", "ASSAULT", "destroy",
   ["repression"], ["MMR"], ["police"], ["MMR"], ["demonstrators"])
ev(D, "Hundreds of student activists set off", "set off", "PROTEST", "demo",
   ["rights_freedoms"], ["MMR"], ["Hundreds of student activists"])
ev(D, "They planned to press the government", "press the government to cancel", "REQUEST",
   "change", [], ["MMR"], ["They"], ["MMR"], ["the government"])
ev(D, "They also want more government spending", "want", "REQUEST", "change",
   ["rights_freedoms"], ["MMR"], ["They"])
ev(D, "foreign minister says a letter", "is not trustworthy", "ACCUSE", "disapprove",
   ["diplomatic", "cbrn"], ["IRN"], ["Iran\u2019s foreign minister"], ["USA"],
   ["the United States"])
ev(D, "Mohammad Javad Zarif told", "unprecedented and undiplomatic", "ACCUSE", "disapprove",
   ["diplomatic"], ["IRN"], ["Mohammad Javad Zarif"])
ev(D, "In truth, he said", "cannot trust", "ACCUSE", "disapprove", ["diplomatic"], ["IRN"],
   ["he"], ["USA"], ["the United States"])
ev(D, "The letter warned", "warned", "THREATEN", "relations", ["cbrn", "legislative"],
   ["USA"], ["The letter"], ["IRN"], ["Iran"])
ev(D, "Israeli Prime Minister Benjamin Netanyahu said", "\u201cbad deal\u201d", "ACCUSE",
   "disapprove", ["cbrn", "diplomatic"], ["ISR"], ["Israeli Prime Minister Benjamin Netanyahu"])
ev(D, "Israeli Prime Minister Benjamin Netanyahu said", "his speech to the U.S. Congress",
   "CONSULT", "visit", ["diplomatic", "legislative"], ["ISR"], ["his"], ["USA"],
   ["the U.S. Congress"])
ev(D, "Mr. John Boehner, invited", "invited", "AGREE", "", ["diplomatic", "legislative"],
   ["USA"], ["Mr. John Boehner"], ["ISR"], ["the Israeli leader"])
ev(D, "President Obama has criticized", "criticized", "ACCUSE", "disapprove",
   ["legislative", "executive", "diplomatic"], ["USA"], ["President Obama"], ["USA"],
   ["Republican lawmakers"])

# --- blind36-09: Sudan crisis, Ethiopian mediation and AU suspension (2019) ---
D = "blind36-09"
ev(D, "Ethiopian Prime Minister Abiy Ahmed arrived", "arrived", "CONSULT", "visit",
   ["diplomatic", "pro_democracy"], ["ETH"], ["Ethiopian Prime Minister Abiy Ahmed"], ["SDN"],
   ["the Sudanese capital"])
ev(D, "Ethiopian Prime Minister Abiy Ahmed arrived", "crackdown", "ASSAULT", "",
   ["repression", "pro_democracy"], ["SDN"], ["military"])
ev(D, "Ahmed met with generals in Khartoum", "met with", "CONSULT", "visit",
   ["diplomatic"], ["ETH"], ["Ahmed"], ["SDN"], ["generals"])
ev(D, "Ahmed met with generals in Khartoum", "is expected to meet", "AGREE", "",
   ["diplomatic", "pro_democracy"], ["ETH"], ["Ahmed"], ["SDN"],
   ["leaders of the Forces for the Declaration of Freedom and Change"], future=True)
ev(D, "Ahmed met with generals in Khartoum", "drove", "COERCE", "",
   ["political_institutions", "pro_democracy"], ["SDN"], ["protesters"], ["SDN"],
   ["longtime autocrat Omar al-Bashir"])
ev(D, "the African Union says it has suspended", "suspended", "SANCTION", "expel",
   ["political_institutions", "pro_democracy"], ["IGO"], ["the African Union"], ["SDN"],
   ["Sudan"])
ev(D, "The AU Peace and Security Council announced", "rejected", "REJECT", "meet",
   ["political_institutions", "pro_democracy"], ["SDN"], ["protest leaders in Sudan"], ["SDN"],
   ["the ruling military council"])
ev(D, "The AU Peace and Security Council announced", "an offer", "AGREE", "",
   ["political_institutions", "pro_democracy"], ["SDN"], ["the ruling military council"],
   ["SDN"], ["protest leaders in Sudan"])
ev(D, "Both sides had been in talks", "had been in talks", "CONSULT", "",
   ["political_institutions", "pro_democracy"], ["SDN"], ["Both sides"])
ev(D, "Both sides had been in talks", "stormed", "ASSAULT", "", ["repression"], ["SDN"],
   ["security forces"], ["SDN"], ["a sit-in protest camp"])
ev(D, "The Sudanese Health Ministry issued", "saying the number is", "REJECT", "",
   ["repression"], ["SDN"], ["The Sudanese Health Ministry"])

# --- blind36-10: Hong Kong extradition-bill protest (2019) ---
D = "blind36-10"
ev(D, "A massive demonstration outside the headquarters", "demonstration", "PROTEST", "riot",
   ["rights_freedoms", "legal"], ["HKG"], ["protesters"], ["HKG"], ["Hong Kong's government"])
ev(D, "A massive demonstration outside the headquarters", "clashed", "ASSAULT", "",
   ["repression"], ["HKG", "HKG"], ["police", "protesters"])
ev(D, "Officers wearing helmets", "firing tear gas", "ASSAULT", "", ["repression"], ["HKG"],
   ["Officers"], ["HKG"], ["protesters"])
ev(D, "Officers wearing helmets", "threw objects", "ASSAULT", "primitive", [], ["HKG"],
   ["protesters"], ["HKG"], ["police"])
ev(D, "The demonstrations forced the legislature", "postpone", "CONCEDE", "",
   ["legislative", "legal"], ["HKG"], ["the legislature"])
ev(D, "She said she was", "angry, sad, disappointed", "ACCUSE", "disapprove",
   ["rights_freedoms"], ["HKG"], ["She"], ["HKG"], ["the government"])
ev(D, "She said she was", "took to the streets", "PROTEST", "demo", ["rights_freedoms"],
   ["HKG"], ["hundreds of thousands"])

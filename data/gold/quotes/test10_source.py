"""Source of the sealed quotes test set ``test10.jsonl`` (VOA news stories, 2007-2024).

Annotated by helper sqq11 on 2026-12-06, before any system ran on these texts. Texts are Voice of
America stories (public domain): eight as the ``search`` tool's ``pages`` corpus stores them (page
furniture removed, named in each ``note``), eighteen runs of whole sentences from stories of the VOA
corpus ``shared/corpora/voa/voa_stories.jsonl`` whose URLs were unclaimed (only sentences found in no
other gold file; see ``README-test10.md``). Build and check with
``python data/gold/check_quotes_test10.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B. ``region`` is
bookkeeping for the README (not written to the JSONL).
"""

DOCS = [
    {
        'id': 't10-iran-rice-reverse-gear-2007',
        'url': 'https://www.voanews.com/a/a-13-2007-02-25-voa13-66765852/564023.html',
        'title': 'Iranian Officials Say No Retreat On Nuclear Program',
        'published': '2007-02-25',
        'truncated': True,
        'region': 'Middle East',
        'note': 'Removed: \'Accessibility links\', \'Breaking News\', title line. The first paragraph is the story\'s lead-in naming the correspondent (kept). Cut by the store inside a quotation of Rice (\'"I have said that I am prep\'); that paragraph was dropped. The page\'s slip \'there Iranians who\' is kept. published: the date in the URL.',
        'text': """
Iranian officials say they will not reverse course and halt their nuclear program. VOA's Paula Wolfson reports U.S. officials say they will keep pressure on Tehran to stop nuclear enrichment.
Iran's president says his country has the technology to produce nuclear fuel and will not turn back.
Iranian news agencies quote Mahmoud Ahmadinejad as comparing the program to a train that has left the station and is moving to its destination with no brake and no reverse gear.
When asked about the comments, U.S. Secretary of State Condoleezza Rice was blunt.
"They do not need a reverse gear," said Condoleezza Rice. "They need to stop."
The secretary of state told the ABC television program This Week that Iran knows what it has to do. She noted that there Iranians who are now questioning their government's defiance of a U.N. demand to halt uranium enrichment. Rice said Iranians are concerned that financial institutions are moving out of the country, and international investment is drying up.
"If you just read the press, you see the criticism of President Ahmadinejad by people inside Iran - knowledgeable and authoritative people in Iran - that the policies are isolating Iran," she said.
The Iranian government says its nuclear program is purely civilian in nature, but the United States and its allies warn the same technology can be used to develop nuclear weapons. A U.N. deadline to cease nuclear enrichment came and went last week with no change in Tehran's position.
Officials from the Security Council plus Germany will meet Monday to discuss the next steps.
On ABC, and during an earlier appearance on the Fox News Sunday program, Rice emphasized her desire for a diplomatic solution. She told Fox News if Iran gives up its nuclear enrichment and reprocessing program, direct negotiations could result on the myriad of issues that divide Tehran and Washington.
""",
        'quotes': [
            ('indirect', 'they will not reverse course and halt their nuclear program', 'say', 'Iranian officials', 'Iranian officials', 'IRN', 'nominal'),
            ('indirect', 'they will keep pressure on Tehran to stop nuclear enrichment', 'say', 'U.S. officials', 'U.S. officials', 'USA', 'nominal'),
            ('indirect', 'his country has the technology to produce nuclear fuel and will not turn back', 'says', "Iran's president", 'Mahmoud Ahmadinejad', 'IRN', 'nominal'),
            ('direct', 'They do not need a reverse gear', 'said', 'Condoleezza Rice', 'Condoleezza Rice', 'USA', 'name'),
            ('direct', 'They need to stop.', 'said', 'Condoleezza Rice', 'Condoleezza Rice', 'USA', 'name'),
            ('indirect', 'Iran knows what it has to do', 'told', 'The secretary of state', 'Condoleezza Rice', 'USA', 'nominal'),
            ('indirect', "there Iranians who are now questioning their government's defiance of a U.N. demand to halt uranium enrichment", 'noted', 'She', 'Condoleezza Rice', 'USA', 'pronoun'),
            ('indirect', 'Iranians are concerned that financial institutions are moving out of the country, and international investment is drying up', 'said', 'Rice', 'Condoleezza Rice', 'USA', 'name'),
            ('direct', 'If you just read the press<<>>the policies are isolating Iran', 'said', 'she', 'Condoleezza Rice', 'USA', 'pronoun'),
            ('indirect', 'its nuclear program is purely civilian in nature', 'says', 'The Iranian government', 'Iranian government', 'IRN', 'organisation'),
            ('indirect', 'the same technology can be used to develop nuclear weapons', 'warn', 'the United States and its allies', 'United States and its allies', 'USA', 'organisation'),
            ('indirect', 'if Iran gives up its nuclear enrichment and reprocessing program, direct negotiations could result on the myriad of issues that divide Tehran and Washington', 'told', 'She', 'Condoleezza Rice', 'USA', 'pronoun'),
        ],
    },
    {
        'id': 't10-iran-ahmadinejad-nuclear-2007',
        'url': 'https://www.voanews.com/a/a-13-2007-08-28-voa55/352433.html',
        'title': 'Ahmadinejad: Iranian Nuclear Program Not Slowed',
        'published': '2007-08-28',
        'truncated': True,
        'region': 'Middle East',
        'note': "Removed: 'Accessibility links', 'Breaking News', title line. The first paragraph is the story's lead-in naming the correspondent (kept). Cut by the store inside the next sentence ('... fears that Tehran will be all'); that sentence was dropped. published: the date in the URL.",
        'text': """
Iranian President Mahmoud Ahmadinejad says that, contrary to recent news reports, Tehran has not slowed its nuclear activity. In a lengthy news conference in the Iranian capital, the president also warned Iran would respond if the United States goes ahead with plans to label the Revolutionary Guards a terrorist organization. VOA's Sonja Pace has more on the story from our Middle East bureau in Cairo.
Speaking to reporters in Tehran, President Ahmadinejad said the case is closed.
He said Iran has the right to develop nuclear energy and will continue to do so, despite the efforts of some western countries to prevent it.
President Ahmadinejad said that Iran is a nuclear country, and that means it possesses the whole nuclear-fuel cycle.
He also described as false, reports in the news that Iran has slowed its uranium-enrichment activities.
The Iranian leader repeated his government's insistence that it is pursuing nuclear technology for peaceful purposes only, not for nuclear weapons as the United States and many other nations contend.
President Ahmadinejad also had another word of caution for the United States.
He said it would be illogical for the United States to go ahead with plans to label the Iranian Revolutionary Guards a terrorist organization. He said the United States knows that Iran would respond, but he did not provide details on what that response might be.
Washington has long accused the Revolutionary Guards of supporting terrorism and training terrorists, including in Iraq and Lebanon.
On the issue of Iraq, President Ahmadinejad said Iran supports the Iraqi government. He said the situation there, however, is becoming increasingly precarious. He warned of a growing and imminent power vacuum in Iraq, which he said Iran was ready to help fill.
""",
        'quotes': [
            ('indirect', 'contrary to recent news reports, Tehran has not slowed its nuclear activity', 'says', 'Iranian President Mahmoud Ahmadinejad', 'Mahmoud Ahmadinejad', 'IRN', 'name'),
            ('indirect', 'Iran would respond if the United States goes ahead with plans to label the Revolutionary Guards a terrorist organization', 'warned', 'the president', 'Mahmoud Ahmadinejad', 'IRN', 'nominal'),
            ('indirect', 'the case is closed', 'said', 'President Ahmadinejad', 'Mahmoud Ahmadinejad', 'IRN', 'name'),
            ('indirect', 'Iran has the right to develop nuclear energy and will continue to do so, despite the efforts of some western countries to prevent it', 'said', 'He', 'Mahmoud Ahmadinejad', 'IRN', 'pronoun'),
            ('indirect', 'Iran is a nuclear country, and that means it possesses the whole nuclear-fuel cycle', 'said', 'President Ahmadinejad', 'Mahmoud Ahmadinejad', 'IRN', 'name'),
            ('indirect', 'it would be illogical for the United States to go ahead with plans to label the Iranian Revolutionary Guards a terrorist organization', 'said', 'He', 'Mahmoud Ahmadinejad', 'IRN', 'pronoun'),
            ('indirect', 'the United States knows that Iran would respond', 'said', 'He', 'Mahmoud Ahmadinejad', 'IRN', 'pronoun'),
            ('indirect', 'Iran supports the Iraqi government', 'said', 'President Ahmadinejad', 'Mahmoud Ahmadinejad', 'IRN', 'name'),
            ('indirect', 'the situation there, however, is becoming increasingly precarious', 'said', 'He', 'Mahmoud Ahmadinejad', 'IRN', 'pronoun'),
            ('indirect', 'Iran was ready to help fill', 'said', 'he', 'Mahmoud Ahmadinejad', 'IRN', 'pronoun'),
        ],
    },
    {
        'id': 't10-colombia-bush-uribe-2008',
        'url': 'http://www.voanews.com/content/a-13-2008-03-04-voa47/404979.html',
        'title': 'Bush Backs Colombia in Dispute With Venezuela',
        'published': '2008-03-04',
        'truncated': True,
        'region': 'Latin America',
        'note': "Removed: title line. The first paragraph is the story's standing lead-in naming the correspondent (kept). Cut by the store inside the next sentence ('... one of the most important ways the Uni'); that sentence was dropped. published: the date in the URL.",
        'text': """
President Bush is backing Colombian President Alvaro Uribe in his stand-off with Venezuela and Ecuador. VOA White House Correspondent Scott Stearns reports, Venezuela and Ecuador cut diplomatic ties with Colombia after its forces attacked Colombian rebels inside Ecuador on Saturday.
President Bush says he telephoned President Uribe and told him that America will continue to stand with Colombia as it confronts violence, terror, and drug traffickers.
"He updated me on the situation in his country, including the continuing assault by narco-terrorists as well as the provocative maneuvers by the regime in Venezuela," said Mr. Bush. "I told the president that America fully supports Colombia's democracy and that we firmly oppose any acts of aggression that could destabilize the region."
Venezuela and Ecuador have ordered troops to their borders with Colombia and cut diplomatic ties after Colombian forces attacked rebels just inside Ecuador on Saturday. Bogota has apologized for the cross border raid, but said it was a necessary part of its struggle against the FARC rebels.
Colombian officials say documents found during Saturday's raid show that Venezuelan President Hugo Chavez paid $300 million to support those rebels. Venezuelan officials reject that claim.
U.S. State Department spokesman Tom Casey told reporters the Bush Administration wants the dispute resolved through the Organization of American States. Casey would not comment directly on Colombian charges of Venezuelan support for the rebels.
"It certainly would be very unfortunate if any other countries were actively aiding or supporting a group that is responsible for kidnapping, killings, participation in drug trafficking and all the other kinds of things the FARC's engaged in," said Casey.
""",
        'quotes': [
            ('indirect', 'Venezuela and Ecuador cut diplomatic ties with Colombia after its forces attacked Colombian rebels inside Ecuador on Saturday', 'reports', 'VOA White House Correspondent Scott Stearns', 'Scott Stearns', 'USA', 'name'),
            ('indirect', 'he telephoned President Uribe and told him that America will continue to stand with Colombia as it confronts violence, terror, and drug traffickers', 'says', 'President Bush', 'Bush', 'USA', 'name'),
            ('direct', 'He updated me on the situation<<>>by the regime in Venezuela', 'said', 'Mr. Bush', 'Bush', 'USA', 'name'),
            ('direct', 'I told the president that America<<>>destabilize the region.', 'said', 'Mr. Bush', 'Bush', 'USA', 'name'),
            ('indirect', 'it was a necessary part of its struggle against the FARC rebels', 'said', 'Bogota', 'Colombia', 'COL', 'organisation'),
            ('indirect', "documents found during Saturday's raid show that Venezuelan President Hugo Chavez paid $300 million to support those rebels", 'say', 'Colombian officials', 'Colombian officials', 'COL', 'nominal'),
            ('indirect', 'the Bush Administration wants the dispute resolved through the Organization of American States', 'told', 'U.S. State Department spokesman Tom Casey', 'Tom Casey', 'USA', 'name'),
            ('direct', "It certainly would be very unfortunate<<>>the FARC's engaged in", 'said', 'Casey', 'Tom Casey', 'USA', 'name'),
        ],
    },
    {
        'id': 't10-syria-sharaa-daraya-2012',
        'url': 'http://www.voanews.com/content/chief_of_un_observers_leaves_syria/1495496.html',
        'title': 'Syria VP Dispels Defection Rumors',
        'published': None,
        'truncated': True,
        'region': 'Middle East',
        'note': "Removed: 'News / Middle East', title line, photo caption (stored twice; dated 'August', cut), byline 'VOA News', leading indentation. Cut by the store inside the next sentence ('... destroyed seven vehicles equipped wi'); that sentence was dropped. A double space after a full stop was reduced to one. published: null (the story's 'Sunday' meeting and the caption place it in late August 2012; the page's own date is not stored).",
        'text': """
Syrian Vice President Farouk al-Sharaa has appeared in public for the first time in weeks, ending speculation that he had defected from President Bashar al-Assad's embattled government.
The 73-year-old Sunni Muslim met Sunday with a visiting senior Iranian official in Damascus. Sharaa was last seen in public at a state funeral for security officials who died in a July 18 bomb blast.
The Assad government has seen a number of high-level defections in recent months, and up until Sunday, there had been rumors that Sharaa had defected to Jordan, despite the government's denials.
Meanwhile, a Syrian watchdog group says hundreds of people were killed across the country Saturday.
The British-based Syrian Observatory for Human Rights says the final death toll for the day was 370, with nearly 200 bodies found in Daraya, near the capital.
The number of corpses in Daraya and when they died could not be independently confirmed. However, video footage reported to be from Daraya showed a large group of victims. Syrian forces had focused a five-day onslaught on rebel fighters in the town to regain control of the outskirts of Damascus.
Activists say Syrian forces with tanks and combat helicopters also launched new raids in other cities.
""",
        'quotes': [
            ('indirect', 'hundreds of people were killed across the country Saturday', 'says', 'a Syrian watchdog group', 'Syrian Observatory for Human Rights', 'NGO', 'organisation'),
            ('indirect', 'the final death toll for the day was 370, with nearly 200 bodies found in Daraya, near the capital', 'says', 'The British-based Syrian Observatory for Human Rights', 'Syrian Observatory for Human Rights', 'NGO', 'organisation'),
            ('indirect', 'Syrian forces with tanks and combat helicopters also launched new raids in other cities', 'say', 'Activists', 'activists', None, 'nominal'),
        ],
    },
    {
        'id': 't10-japan-senkaku-officials-2013',
        'url': 'http://www.voanews.com/content/japan-considers-stationing-officials-on-disputed-islands/1746575.html',
        'title': 'Japan Considers Stationing Officials on Disputed Islands',
        'published': '2013-09-10',
        'truncated': True,
        'region': 'East Asia',
        'note': "Removed: 'News / Asia', title line, photo caption (stored four times, once run together), byline 'VOA News'. Cut by the store inside the next sentence ('The Japanese coast'); kept to the last complete sentence. published: the caption's date (Sept. 10, 2013), which is the story's 'Tuesday', a day before the anniversary of Japan's purchase of the islands.",
        'text': """
A Japanese government spokesman says Tokyo has not ruled out stationing officials on an island chain that is also claimed by China, prompting an angry response by Beijing.
Chief Cabinet Secretary Yoshihide Suga said Tuesday in response to a reporter's question that placing government workers on the disputed islands was "one option." He did not elaborate.
Chinese foreign ministry spokesman Hong Lei quickly responded, warning that Japan will have to "accept the consequences" if it "recklessly makes provocative moves."
The comments come a day before the one-year anniversary of Japan's purchase of some of the islands from their private Japanese landowner - a move that sparked days of angry anti-Japan protests in China.
Since then, China has sent increased regular air and sea patrols near the disputed East China Sea territory, in what some see as an effort to challenge Japan's control of the islands.
On Tuesday, Japan formally complained to Beijing over the presence of eight Chinese government ships in the area.
""",
        'quotes': [
            ('indirect', 'Tokyo has not ruled out stationing officials on an island chain that is also claimed by China', 'says', 'A Japanese government spokesman', 'Yoshihide Suga', 'JPN', 'nominal'),
            ('indirect', 'placing government workers on the disputed islands was "one option."', 'said', 'Chief Cabinet Secretary Yoshihide Suga', 'Yoshihide Suga', 'JPN', 'name'),
            ('partial', 'one option', 'said', 'Chief Cabinet Secretary Yoshihide Suga', 'Yoshihide Suga', 'JPN', 'name'),
            ('indirect', 'Japan will have to "accept the consequences" if it "recklessly makes provocative moves."', 'warning', 'Chinese foreign ministry spokesman Hong Lei', 'Hong Lei', 'CHN', 'name'),
            ('partial', 'accept the consequences', 'warning', 'Chinese foreign ministry spokesman Hong Lei', 'Hong Lei', 'CHN', 'name'),
            ('partial', 'recklessly makes provocative moves', 'warning', 'Chinese foreign ministry spokesman Hong Lei', 'Hong Lei', 'CHN', 'name'),
        ],
    },
    {
        'id': 't10-thailand-suthep-yingluck-2013',
        'url': 'http://www.voanews.com/content/thai-protests-intensify-in-bangkok/1801123.html',
        'title': 'Police Battle Bangkok Protesters as Crisis Deepens',
        'published': None,
        'truncated': True,
        'region': 'Southeast Asia',
        'note': "Removed: 'News / Asia', title line, the photo gallery's eleven captions (bullet list; the first dated Dec. 1, 2013), the dash after the gallery. Cut by the store inside the third paragraph ('largest and most viol'); kept to the last complete sentence. published: null (the story's 'late Sunday' is Dec. 1, 2013, the caption's date; the page's own date is not stored).",
        'text': """
The leader of Thailand's anti-government protests says he has met with Prime Minister Yingluck Shinawatra and refused to back down from his movement's demand that her administration step down in favor of an appointed council.
Suthep Thaugsuban told supporters late Sunday at one of the protest encampments in the capital, Bangkok, that the meeting was held under the auspices of the military, which says it is neutral in the conflict.
""",
        'quotes': [
            ('indirect', "he has met with Prime Minister Yingluck Shinawatra and refused to back down from his movement's demand that her administration step down in favor of an appointed council", 'says', "The leader of Thailand's anti-government protests", 'Suthep Thaugsuban', 'THA', 'nominal'),
            ('indirect', 'the meeting was held under the auspices of the military', 'told', 'Suthep Thaugsuban', 'Suthep Thaugsuban', 'THA', 'name'),
            ('indirect', 'it is neutral in the conflict', 'says', 'the military', 'military', 'THA', 'organisation'),
        ],
    },
    {
        'id': 't10-pakistan-khyber-airstrikes-2015',
        'url': 'http://www.voanews.com/a/pakistan-launches-airstrikes-on-militants-near-afghan-border/2840475.html',
        'title': 'Pakistan Launches Airstrikes on Militants Near Afghan Border',
        'published': None,
        'truncated': False,
        'region': 'South Asia',
        'note': "Removed: 'Accessibility links', 'Breaking News', title line, photo caption 'Pakistan and Afghanistan' (stored twice), the closing 'VOA News' author box (where the store cut; the story itself is whole). The page's run-on sentence 'The remote area is off-limits to journalists the army's claims ...' is kept. published: null (the offensive 'began ... in October 2014' and 'a year ago', so 2015; the page's own date is not stored).",
        'text': """
Pakistan's Military says air strikes have killed 23 militants in the country's northwestern tribal regions near the Afghan border.
A military statement Sunday said Pakistan's air force struck a huge ammunition dump in the strikes in Khyber and North Waziristan districts. It also said some foreigners were killed, but did not give their identity or disclose who they fought for.
Khyber has long been known as a stronghold for militants belonging to the Pakistani Taliban and its Lashkar-e-Islam faction.
The military began an offensive in Khyber in October 2014 carrying out air strikes and using artillery, mortars and ground troops.
The remote area is off-limits to journalists the army's claims have not been independently verified.
Pakistan's government has vowed to intensify operations to take back territory in the border regions from insurgents and the Taliban.
The military says it has killed more than 2,700 militants since the launch of the offensive a year ago. At least "218 hardcore terrorists" were also killed and 347 officers and soldiers lost their lives in the ongoing operation, according to the military.
The Pakistani Taliban used to control all of North Waziristan, a mountainous forested region that includes the Shawal Valley and key smuggling routes between Pakistan and Afghanistan. But Pakistan's military has recaptured most of it.
NATO forces had long urged Pakistan to take control of the northwest and border regions, saying Taliban safe havens in Pakistan were being used to attack NATO and Afghan forces in Afghanistan.
Afghan officials have said the Pakistani army offensive has driven large numbers of fighters over the border, complicating the war in Afghanistan's east and north.
""",
        'quotes': [
            ('indirect', "air strikes have killed 23 militants in the country's northwestern tribal regions near the Afghan border", 'says', "Pakistan's Military", 'Pakistani military', 'PAK', 'organisation'),
            ('indirect', "Pakistan's air force struck a huge ammunition dump in the strikes in Khyber and North Waziristan districts", 'said', 'A military statement', 'Pakistani military', 'PAK', 'organisation'),
            ('indirect', 'some foreigners were killed', 'said', 'It', 'Pakistani military', 'PAK', 'pronoun'),
            ('indirect', 'it has killed more than 2,700 militants since the launch of the offensive a year ago', 'says', 'The military', 'Pakistani military', 'PAK', 'organisation'),
            ('indirect', 'At least "218 hardcore terrorists" were also killed and 347 officers and soldiers lost their lives in the ongoing operation', 'according to', 'the military', 'Pakistani military', 'PAK', 'organisation'),
            ('partial', '218 hardcore terrorists', 'according to', 'the military', 'Pakistani military', 'PAK', 'organisation'),
            ('indirect', 'Taliban safe havens in Pakistan were being used to attack NATO and Afghan forces in Afghanistan', 'saying', 'NATO forces', 'NATO forces', 'IGO', 'organisation'),
            ('indirect', "the Pakistani army offensive has driven large numbers of fighters over the border, complicating the war in Afghanistan's east and north", 'said', 'Afghan officials', 'Afghan officials', 'AFG', 'nominal'),
        ],
    },
    {
        'id': 't10-afghanistan-yamgan-drone-2015',
        'url': 'https://voanews.com/amp/taliban-seize-afghanistans-yamgan-district/2810160.html',
        'title': 'Deadly Drone Strikes, Fighting in Pakistan, Afghanistan',
        'published': None,
        'truncated': True,
        'region': 'South Asia',
        'note': "VOA's own AMP page on voanews.com. Removed: title line, crossheads 'Counter-militancy operation' and 'Taliban claim responsibility'. Cut by the store inside the next sentence ('Taliban spokesman Zabiullah Mujahid in a stat'); that sentence was dropped. published: null (the operation began 'in June 2014'; the fall of Yamgan places the story in 2015; the page's own date is not stored).",
        'text': """
A suspected U.S. drone strike Saturday in Pakistan’s once militant-dominated North Waziristan border region killed at least nine suspected militants.
Local media quoted security officials as saying that an unmanned aircraft fired two missiles on a compound in the remote Shawal Valley and those killed were linked to Afghanistan's neighboring Taliban insurgency.
However, a Pakistani security official says the strike occurred on the Afghan side of the border. It is difficult to confirm reports from the remote region.
Pakistan’s military launched a major counter-militancy operation in North Waziristan in June 2014 to secure the border region.
Officials claim to have cleared most of the territory but insist mountainous Shawal is one of the few remaining hideouts where security forces mostly rely on airstrikes to eliminate militants.
The Waziristan region is one of Pakistan’s seven semi-autonomous districts that line the border with Afghanistan and were, until few years back, practically under the control of local and foreign militants linked to terrorist networks, including al-Qaida.
Elsewhere in Pakistan Saturday, gunmen killed four police officers in an ambush in Quetta, the capital of Baluchistan province. Prime Minister Nawaz Sharif has condemned the attack.
In Afghanistan Saturday, hundreds of Taliban insurgents attacked a remote northeastern district at dawn and seized control.
Local officials said that national security forces engaged the insurgents for several hours before staging what they called a “tactical retreat” from the Yamgan district, to prevent civilian casualties.
Afghan Interior Minister Sediq Sediqqi said in a Twitter post that Afghan forces were able to repel the insurgents after reinforcements arrived.
Yamgan is in Badakhshan province, which borders Pakistan and China.
""",
        'quotes': [
            ('indirect', "an unmanned aircraft fired two missiles on a compound in the remote Shawal Valley and those killed were linked to Afghanistan's neighboring Taliban insurgency", 'saying', 'security officials', 'security officials', 'PAK', 'nominal'),
            ('indirect', 'the strike occurred on the Afghan side of the border', 'says', 'a Pakistani security official', 'Pakistani security official', 'PAK', 'nominal'),
            ('indirect', 'mountainous Shawal is one of the few remaining hideouts where security forces mostly rely on airstrikes to eliminate militants', 'insist', 'Officials', 'officials', 'PAK', 'nominal'),
            ('indirect', 'national security forces engaged the insurgents for several hours before staging what they called a “tactical retreat” from the Yamgan district, to prevent civilian casualties', 'said', 'Local officials', 'local officials', 'AFG', 'nominal'),
            ('partial', 'tactical retreat', 'called', 'they', 'local officials', 'AFG', 'pronoun'),
            ('indirect', 'Afghan forces were able to repel the insurgents after reinforcements arrived', 'said', 'Afghan Interior Minister Sediq Sediqqi', 'Sediq Sediqqi', 'AFG', 'name'),
        ],
    },
    {
        'id': 't10-sudan-bashir-party-law-2019',
        'url': 'https://www.voanews.com/a/africa_new-law-sudan-dismantles-foundations-bashirs-government/6180206.html',
        'title': "New Law in Sudan Dismantles Foundations of Bashir's Government",
        'published': '2019-11-29',
        'truncated': True,
        'region': 'East Africa / Sudan',
        'note': "Text: VOA corpus story 6180206 (`shared/corpora/voa/voa_stories.jsonl`, section 'Africa', byline 'Naba Mohiedeen'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 489-1168 of 2878, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2019-11-29 18:11:52Z).",
        'text': """
Minister of Justice Naser Eldin Abdel Bari, who proposed the law to the ministers' council, said the law was passed under the constitutional draft signed between the military and protest leaders. Abdel Bari says this law is directed at the National Congress Party, and allows the government to seize the NCP's assets and hand them to the ministry of finance and strategic planning. Demonstrators celebrated what they called a new victory for Sudan. Omar Bob was among those on the streets. Bob says as Sudanese, this is the happiest day, the people finally get rid of the repressive 30-year-old Bashir organization. He adds this is another achievement of the December revolution.
""",
        'quotes': [
            ('indirect', 'the law was passed under the constitutional draft signed between the military and protest leaders', 'said', 'Minister of Justice Naser Eldin Abdel Bari', 'Naser Eldin Abdel Bari', 'SDN', 'name'),
            ('indirect', 'this law is directed at the National Congress Party<<>>ministry of finance and strategic planning', 'says', 'Abdel Bari', 'Naser Eldin Abdel Bari', 'SDN', 'name'),
            ('indirect', 'as Sudanese, this is the happiest day<<>>30-year-old Bashir organization', 'says', 'Bob', 'Omar Bob', 'SDN', 'name'),
            ('indirect', 'this is another achievement of the December revolution', 'adds', 'He', 'Omar Bob', 'SDN', 'pronoun'),
        ],
    },
    {
        'id': 't10-eu-renewables-targets-2019',
        'url': 'https://www.voanews.com/a/europe_more-wind-power-renewables-needed-fight-climate-change-experts-warn/6180790.html',
        'title': 'More Wind Power, Renewables Needed to Fight Climate Change, Experts Warn',
        'published': '2019-12-09',
        'truncated': True,
        'region': 'Europe / EU',
        'note': "Text: VOA corpus story 6180790 (`shared/corpora/voa/voa_stories.jsonl`, section 'Europe', byline 'Lisa Bryant'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 4486-5526 of 5617, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2019-12-09 17:16:06Z).",
        'text': """
Yet renewable energy “remains well below what is needed to meet global sustainable energy targets,” the agency said in a November report, calling for more ambitious growth targets and support. That warning also resonates across the European Union, the world’s second biggest wind energy producer after China. The EU’s new Commission President Ursula Von der Leyen has vowed to make the region “climate neutral” by 2050. But Poland and Germany count among the world’s biggest coal consumers, although Berlin announced a growing phaseout over the next two decades. And the EU recently acknowledged it will likely miss its 2030 emissions- cutting targets. A recent WindEurope report also finds a relatively underwhelming growth in wind energy in the coming years, if current national climate and energy plans are followed. “Wind energy should be growing rapidly when you consider all the interest in climate change plus the fact the wind is the cheapest from of new power energy production,” WindEurope’s CEO Giles Dickson said in a statement.
""",
        'quotes': [
            ('indirect', 'renewable energy “remains well below<<>>sustainable energy targets,”', 'said', 'the agency', 'agency', 'IGO', 'organisation'),
            ('partial', 'remains well below what is needed to meet global sustainable energy targets', 'said', 'the agency', 'agency', 'IGO', 'organisation'),
            ('partial', 'climate neutral', 'vowed', 'The EU’s new Commission President Ursula Von der Leyen', 'Ursula Von der Leyen', 'EUR', 'name'),
            ('indirect', 'it will likely miss its 2030 emissions- cutting targets', 'acknowledged', 'the EU', 'European Union', 'EUR', 'organisation'),
            ('direct', 'Wind energy should be growing rapidly<<>>new power energy production', 'said', 'WindEurope’s CEO Giles Dickson', 'Giles Dickson', None, 'name'),
        ],
    },
    {
        'id': 't10-indonesia-education-oecd-2019',
        'url': 'https://www.voanews.com/a/east-asia-pacific_indonesia-education-lags-behind-region/6181132.html',
        'title': 'Indonesia Education Lags Behind Region',
        'published': '2019-12-16',
        'truncated': True,
        'region': 'Southeast Asia / Indonesia',
        'note': "Text: VOA corpus story 6181132 (`shared/corpora/voa/voa_stories.jsonl`, section 'East Asia', byline 'Krithika Varagur'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 2217-3118 of 5250, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken; crosshead 'Some recent advances' removed. published: the corpus date (2019-12-16 13:11:40Z).",
        'text': """
“We also have challenges when it comes to geographic inequities, as we have a lot of remote areas in the country,” said Jakarta-based social worker and activist Ryan Febrianto. “It's a big country that has a lot of administrative areas, languages, and cultures, so what's important is to develop policies that can accommodate that.” The OECD report itself notes that last year’s country results “must be seen in the context of the vast strides that Indonesia has made in increasing enrolment.” From 2001 to 2018, the PISA sample coverage leaped from 46 percent to 85 percent of 15-year-old students. According to the report’s authors, when accounting for the weakness of new entrants into a school system, the fact that Indonesia’s results have been relatively stable over this period actually indicates that “Indonesia has been able to raise the quality of its education system.”
""",
        'quotes': [
            ('direct', 'We also have challenges<<>>remote areas in the country', 'said', 'Ryan Febrianto', 'Ryan Febrianto', 'IDN', 'name'),
            ('direct', "It's a big country<<>>accommodate that.", 'said', 'Ryan Febrianto', 'Ryan Febrianto', 'IDN', 'name'),
            ('indirect', 'last year’s country results “must be seen<<>>increasing enrolment.”', 'notes', 'The OECD report', 'Organization for Economic Cooperation and Development', 'IGO', 'organisation'),
            ('partial', 'must be seen in the context<<>>increasing enrolment', 'notes', 'The OECD report', 'Organization for Economic Cooperation and Development', 'IGO', 'organisation'),
            ('indirect', 'when accounting for the weakness of new entrants<<>>its education system.”', 'According to', 'the report’s authors', 'report’s authors', 'IGO', 'nominal'),
            ('partial', 'Indonesia has been able to raise the quality of its education system', 'According to', 'the report’s authors', 'report’s authors', 'IGO', 'nominal'),
        ],
    },
    {
        'id': 't10-vietnam-medical-tourism-risks-2019',
        'url': 'https://www.voanews.com/a/east-asia-pacific_vietnam-turning-medical-tourism-destination-dental-cosmetic-care/6181245.html',
        'title': 'Vietnam Turning into Medical Tourism Destination for Dental, Cosmetic Care',
        'published': '2019-12-18',
        'truncated': True,
        'region': 'Southeast Asia / Vietnam',
        'note': "Text: VOA corpus story 6181245 (`shared/corpora/voa/voa_stories.jsonl`, section 'East Asia', byline 'Ralph Jennings'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 2848-4475 of 4863, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken; crosshead 'Risks and opportunities' removed. published: the corpus date (2019-12-18 10:17:19Z).",
        'text': """
China and South Korea are the top two sources of tourism. In coastal vacation spots frequented by these tourists – the likes of Phu Quoc and Da Nang -- resorts have “tried to integrate facilities to make them more suitable for medical tourism”, Dezan Shira says. Dentistry is attracting Australians in “droves” as cosmetic surgery draws South Koreans, said Ralf Matthaes, founder of the Infocus Mekong Research consultancy in Ho Chi Minh City. Some of the dentists studied overseas and returned to Vietnam for work, he said. Resident Koreans are among the cosmetic surgeons. Dental work costs one-tenth of the prices asked in North America and the quality of doctors is slowly picking up, Lynch said. Regional medical service firms will eventually set up offices in Vietnam if not there already, he forecast. Singapore, Taiwan and Thailand still have a better reputation for general healthcare. In Thailand, for example, foreigners visit hospitals for full-blown checkups that test for tumors, blood sugar and any cardiovascular problems. Matthaes, a Vietnam dweller of 25 years, warned against hospital care in Vietnam. He said doctors put in the “wrong hardware” after he broke a leg and that successful medical malpractice lawsuits are rare. “I would say it’s spotty at best, but if it comes to dental, and if it comes to plastic surgery, yes,” he said. Paying extra can reduce risk and add comfort, yet a bill often still comes in below what patients would pay in a more developed country. American energy consultant John Rockhold, 67, said his wife stayed in a hospital for four days to give birth.
""",
        'quotes': [
            ('indirect', 'In coastal vacation spots<<>>more suitable for medical tourism”', 'says', 'Dezan Shira', 'Dezan Shira', None, 'organisation'),
            ('partial', 'tried to integrate facilities to make them more suitable for medical tourism', 'says', 'Dezan Shira', 'Dezan Shira', None, 'organisation'),
            ('indirect', 'Dentistry is attracting Australians in “droves” as cosmetic surgery draws South Koreans', 'said', 'Ralf Matthaes', 'Ralf Matthaes', None, 'name'),
            ('partial', 'droves', 'said', 'Ralf Matthaes', 'Ralf Matthaes', None, 'name'),
            ('indirect', 'Some of the dentists studied overseas and returned to Vietnam for work', 'said', 'he', 'Ralf Matthaes', None, 'pronoun'),
            ('indirect', 'Dental work costs one-tenth<<>>slowly picking up', 'said', 'Lynch', 'Lynch', None, 'name'),
            ('indirect', 'Regional medical service firms will eventually set up offices in Vietnam if not there already', 'forecast', 'he', 'Lynch', None, 'pronoun'),
            ('indirect', 'doctors put in the “wrong hardware” after he broke a leg and that successful medical malpractice lawsuits are rare', 'said', 'He', 'Ralf Matthaes', None, 'pronoun'),
            ('partial', 'wrong hardware', 'said', 'He', 'Ralf Matthaes', None, 'pronoun'),
            ('direct', 'I would say it’s spotty at best<<>>plastic surgery, yes', 'said', 'he', 'Ralf Matthaes', None, 'pronoun'),
            ('indirect', 'his wife stayed in a hospital for four days to give birth', 'said', 'American energy consultant John Rockhold', 'John Rockhold', 'USA', 'name'),
        ],
    },
    {
        'id': 't10-indonesia-solo-dog-meat-2019',
        'url': 'https://www.voanews.com/a/east-asia-pacific_indonesian-city-faces-ban-dog-meat/6181316.html',
        'title': 'Indonesian City Faces Ban on Dog Meat',
        'published': '2019-12-19',
        'truncated': True,
        'region': 'Southeast Asia / Indonesia',
        'note': "Text: VOA corpus story 6181316 (`shared/corpora/voa/voa_stories.jsonl`, section 'East Asia', byline 'Yudha Satriawan'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 2511-3677 of 4250, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2019-12-19 07:45:11Z).",
        'text': """
Most of the dogs are transported from West Java, which has yet to be declared as a rabies-free region, according to the organization. The group also said Central Java Province, where Solo is located, has been rabies-free since 1995 but is threatened by the high consumption of dog meat. Pranowo urged owners of food stalls and restaurants that serve dog meat dishes to substitute other meats for dog if they want to remain in the food business. Solo Mayor Hadi Rudyatmo said the plentiful supply of dog meat contributed to proliferation of dog meat dining options in Solo. The growing popularity of dog meat in Indonesia stands in opposition to other nations in the region where people eat dogs. The meat is falling out of favor with South Korean and Chinese diners as growing prosperity makes other meats more affordable and owning dogs as pets fashionable. But in Indonesia, many people too poor to purchase beef can afford dog, a less expensive meat in part because dogs do not require pastures or grain for feeding. “By prohibiting the sales of dog meat, will it end? No,” said the mayor. “Even before I was born, the dog meat sellers have been in the business.”
""",
        'quotes': [
            ('indirect', 'Most of the dogs are transported from West Java, which has yet to be declared as a rabies-free region', 'according to', 'the organization', 'organization', None, 'organisation'),
            ('indirect', 'Central Java Province, where Solo is located<<>>high consumption of dog meat', 'said', 'The group', 'group', None, 'organisation'),
            ('indirect', 'the plentiful supply of dog meat contributed to proliferation of dog meat dining options in Solo', 'said', 'Solo Mayor Hadi Rudyatmo', 'Hadi Rudyatmo', 'IDN', 'name'),
            ('direct', 'By prohibiting the sales of dog meat, will it end? No', 'said', 'the mayor', 'Hadi Rudyatmo', 'IDN', 'nominal'),
            ('direct', 'Even before I was born, the dog meat sellers have been in the business.', 'said', 'the mayor', 'Hadi Rudyatmo', 'IDN', 'nominal'),
        ],
    },
    {
        'id': 't10-africa-opposition-wine-maimane-2019',
        'url': 'https://www.voanews.com/a/africa_can-africas-opposition-parties-be-liberated/6181522.html',
        'title': "Can Africa's Opposition Parties Be Liberated?",
        'published': '2019-12-23',
        'truncated': True,
        'region': 'Africa (Uganda, South Africa)',
        'note': 'Text: VOA corpus story 6181522 (`shared/corpora/voa/voa_stories.jsonl`, section \'Africa\', byline \'Anita Powell\'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 1328-2073 of 3142, a run of whole sentences; the story\'s other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken; crosshead "The \'liberation\' advantage" removed. published: the corpus date (2019-12-23 14:55:10Z).',
        'text': """
Wine says he has trouble even talking to voters in his quest to win the 2021 election. "I cannot be allowed to engage to interact freely with the public," he said during a visit to South Africa to meet with other African opposition leaders. "I'm a member of parliament who cannot be allowed to address his constituents." Maimane says it is a difficult process for the continent to split from the powerful ruling parties that often carried their nations through the hard process of independence from former colonial masters. "First, you must be liberated — and then soon after that you must liberate yourself from the liberators," he said. And Wine says he's hopeful — but also cynical — about how that will go for him.
""",
        'quotes': [
            ('indirect', 'he has trouble even talking to voters in his quest to win the 2021 election', 'says', 'Wine', 'Wine', 'UGA', 'name'),
            ('direct', 'I cannot be allowed to engage to interact freely with the public', 'said', 'he', 'Wine', 'UGA', 'pronoun'),
            ('direct', "I'm a member of parliament who cannot be allowed to address his constituents.", 'said', 'he', 'Wine', 'UGA', 'pronoun'),
            ('indirect', 'it is a difficult process for the continent<<>>former colonial masters', 'says', 'Maimane', 'Maimane', 'ZAF', 'name'),
            ('direct', 'First, you must be liberated<<>>from the liberators', 'said', 'he', 'Maimane', 'ZAF', 'pronoun'),
            ('indirect', "he's hopeful — but also cynical — about how that will go for him", 'says', 'Wine', 'Wine', 'UGA', 'name'),
        ],
    },
    {
        'id': 't10-malawi-rastafarian-parents-2020',
        'url': 'https://www.voanews.com/a/africa_malawi-high-court-orders-schools-allow-dreadlocks/6183074.html',
        'title': 'Malawi High Court Orders Schools to Allow Dreadlocks',
        'published': '2020-01-23',
        'truncated': True,
        'region': 'Southern Africa / Malawi',
        'note': "Text: VOA corpus story 6183074 (`shared/corpora/voa/voa_stories.jsonl`, section 'Africa', byline 'Lameck Masina'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 1162-1814 of 1922, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2020-01-23 23:26:49Z).",
        'text': """
Malawi's Rastafarians have long been sidelined by education policy requiring students to cut their hair to promote uniformity in school. Some Rastafarian parents chose private schools, while others gave in and cut their children's dreadlocks. "When I took my children to a public school, they refused to enroll them until they cut their dreadlocks," said mother Debora Habakuku. "I tried to find an alternative, but I failed. So instead, I trimmed their hair so that they should get an education." The High Court ruling means Rastafarian parents will no longer have to choose between their religious practice or sending their children to public school.
""",
        'quotes': [
            ('direct', 'When I took my children to a public school<<>>until they cut their dreadlocks', 'said', 'mother Debora Habakuku', 'Debora Habakuku', 'MWI', 'name'),
            ('direct', 'I tried to find an alternative<<>>get an education.', 'said', 'mother Debora Habakuku', 'Debora Habakuku', 'MWI', 'name'),
        ],
    },
    {
        'id': 't10-nigeria-counterterrorism-laws-access-2020',
        'url': 'https://www.voanews.com/a/africa_charity-12-million-nigerians-beyond-humanitarian-access/6183254.html',
        'title': 'Charity: 1.2 Million Nigerians Beyond Humanitarian Access',
        'published': '2020-01-27',
        'truncated': True,
        'region': 'West Africa / Nigeria',
        'note': "Text: VOA corpus story 6183254 (`shared/corpora/voa/voa_stories.jsonl`, section 'Africa', byline 'Lisa Schlein'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 1723-2050 of 2293, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2020-01-27 19:56:32Z).",
        'text': """
"These counterterrorism laws prevent humanitarian actors to negotiate with all actors, parties in conflict because they are considered terrorists. So, to collaborate with a terrorist is making you a terrorist," he said. Equiluz notes these laws are preventing access because negotiating with armed groups is considered a crime.
""",
        'quotes': [
            ('direct', 'These counterterrorism laws prevent<<>>making you a terrorist', 'said', 'he', 'Equiluz', None, 'pronoun'),
            ('indirect', 'these laws are preventing access because negotiating with armed groups is considered a crime', 'notes', 'Equiluz', 'Equiluz', None, 'name'),
        ],
    },
    {
        'id': 't10-north-korea-summit-prospects-2020',
        'url': 'https://www.voanews.com/a/east-asia-pacific_experts-us-shifts-focus-away-north-korea/6184244.html',
        'title': 'Experts: U.S. Shifts Focus Away From North Korea',
        'published': '2020-02-14',
        'truncated': True,
        'region': 'East Asia / USA',
        'note': "Text: VOA corpus story 6184244 (`shared/corpora/voa/voa_stories.jsonl`, section 'East Asia', byline 'Christy Lee'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 3719-4598 of 6274, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2020-02-14 05:03:51Z).",
        'text': """
“If there is an opportunity to move the ball forward for the American people, he’s always willing to do that,” O’Brien said. “We will have to see as to whether another summit between the leaders is appropriate.” Douglas Paal, vice president at the Carnegie Endowment for International Peace, said that attempting a summit with Kim could be risky for Trump, who is running for re-election. But O’Brien’s remarks suggest that the Trump administration is leaving a door open for diplomacy. “Doing deals with dictators in election years tends to benefit the opposition,” Paal said. “Trump sees no need for a summit now, but his national security adviser is covering for the possible downside.” Scott Snyder, director of the U.S.-Korea policy program at the Council on Foreign Relations, said neither Trump nor Kim has much to gain if there is no progress made through another summit.
""",
        'quotes': [
            ('direct', 'If there is an opportunity to move the ball forward<<>>he’s always willing to do that', 'said', 'O’Brien', 'O’Brien', 'USA', 'name'),
            ('direct', 'We will have to see as to whether another summit between the leaders is appropriate.', 'said', 'O’Brien', 'O’Brien', 'USA', 'name'),
            ('indirect', 'attempting a summit with Kim could be risky for Trump, who is running for re-election', 'said', 'Douglas Paal', 'Douglas Paal', 'USA', 'name'),
            ('direct', 'Doing deals with dictators in election years tends to benefit the opposition', 'said', 'Paal', 'Douglas Paal', 'USA', 'name'),
            ('direct', 'Trump sees no need for a summit now<<>>the possible downside.', 'said', 'Paal', 'Douglas Paal', 'USA', 'name'),
            ('indirect', 'neither Trump nor Kim has much to gain<<>>through another summit', 'said', 'Scott Snyder', 'Scott Snyder', 'USA', 'name'),
        ],
    },
    {
        'id': 't10-turkey-muslim-brotherhood-policy-2021',
        'url': 'https://www.voanews.com/a/middle-east_face-isolation-erdogan-reaches-out-egypt/6203091.html',
        'title': 'In the Face of Isolation, Erdogan Reaches Out to Egypt',
        'published': '2021-03-09',
        'truncated': True,
        'region': 'Middle East / Turkey',
        'note': "Text: VOA corpus story 6203091 (`shared/corpora/voa/voa_stories.jsonl`, section 'Middle East', byline 'Dorian Jones'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 705-1535 of 5122, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken; crosshead 'Pragmatism vs. ideology' removed. published: the corpus date (2021-03-09 20:47:18Z).",
        'text': """
Morsi was a close ally of Turkish President Recep Tayyip Erdogan, who publicly wept over the crackdown against the ousted Egyptian leader's Muslim Brotherhood supporters. Ankara's backing of the Muslim Brotherhood during the Arab Spring was central to a largely ideologically-driven goal of projecting its influence by promoting Muslim solidarity across the Middle East. Analysts suggest Erdogan is looking for a way to turn that policy back. "It was a mistake to support Muslim Brothers. But the (Turkish) government now realize Muslim Brothers do not have the slightest chance of coming to power again, so we can't keep on with this policy," said Huseyin Bagci of the Foreign Policy Institute, a think tank in Ankara. "But how to get out of this wrong policy in public is Erdogan's problem," added Bagci.
""",
        'quotes': [
            ('indirect', 'Erdogan is looking for a way to turn that policy back', 'suggest', 'Analysts', 'analysts', None, 'nominal'),
            ('direct', 'It was a mistake to support Muslim Brothers.<<>>keep on with this policy', 'said', 'Huseyin Bagci', 'Huseyin Bagci', 'TUR', 'name'),
            ('direct', "But how to get out of this wrong policy in public is Erdogan's problem", 'added', 'Bagci', 'Huseyin Bagci', 'TUR', 'name'),
        ],
    },
    {
        'id': 't10-ivory-coast-bouake-trial-2021',
        'url': 'https://www.voanews.com/a/africa_trial-opens-2004-bombing-french-base-ivory-coast/6203896.html',
        'title': 'Trial Opens in 2004 Bombing of French Base in Ivory Coast',
        'published': '2021-03-29',
        'truncated': True,
        'region': 'Europe (Paris trial) / West Africa',
        'note': "Text: VOA corpus story 6203896 (`shared/corpora/voa/voa_stories.jsonl`, section 'Africa', byline 'Lisa Bryant'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 1010-2119 of 2905, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2021-03-29 17:27:37Z).",
        'text': """
Some believe the attack was a blunder by Ivorian authorities. Former French ambassador to Ivory Coast, Jean-Marc Simon, told Radio France International he believed even former President Gbagbo had not been informed of it in advance - but suggested high-level members of Gbagbo's government must have given the orders. Lawyer Lionel Bethune de Moro, representing some of the civil parties in the case, told Agence France-Presse news service he believes the attack was deliberate by Ivorian authorities — as a way to get France to leave Ivory Coast. Still, others suggest the bombing was a plot by France to trigger Gbagbo’s departure. It’s a hypothesis raised by another lawyer of the victims, but dismissed by ambassador Simon as a conspiracy theory. There are also questions about why the three defendants were never caught, and international arrest warrants against them not carried out. France’s former ministers of defense, interior and foreign affairs have been called as witnesses in this trial. Bernadette Delon, sister of one of the victims, told AFP she doesn’t expect this trial to resolve anything.
""",
        'quotes': [
            ('indirect', 'he believed even former President Gbagbo had not been informed of it in advance', 'told', 'Jean-Marc Simon', 'Jean-Marc Simon', 'FRA', 'name'),
            ('indirect', "high-level members of Gbagbo's government must have given the orders", 'suggested', 'Jean-Marc Simon', 'Jean-Marc Simon', 'FRA', 'name'),
            ('indirect', 'he believes the attack was deliberate<<>>to leave Ivory Coast', 'told', 'Lawyer Lionel Bethune de Moro', 'Lionel Bethune de Moro', 'FRA', 'name'),
            ('indirect', 'the bombing was a plot by France to trigger Gbagbo’s departure', 'suggest', 'others', 'others', None, 'nominal'),
            ('indirect', 'she doesn’t expect this trial to resolve anything', 'told', 'Bernadette Delon', 'Bernadette Delon', 'FRA', 'name'),
        ],
    },
    {
        'id': 't10-kenya-dadaab-returnee-2021',
        'url': 'https://www.voanews.com/a/africa_kenyas-plan-close-two-camps-worries-refugees/6204080.html',
        'title': "Kenya's Plan to Close Two Camps Worries Refugees",
        'published': '2021-04-02',
        'truncated': True,
        'region': 'East Africa / Kenya, Somalia',
        'note': "Text: VOA corpus story 6204080 (`shared/corpora/voa/voa_stories.jsonl`, section 'Africa', byline 'Harun Maruf, Khadar Hared'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 5515-6051 of 6307, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2021-04-02 16:51:06Z).",
        'text': """
While Kenya wants to close the camps, residents of Dadaab and Kakuma say they have no safe alternatives. Shamsa Mohamed Aden was among the refugees who voluntarily returned in 2017 to Kismayo, her southeastern Somali hometown. But she and her household, including four children, "couldn't get the essentials of life, such as education and clean water." They recently returned to Hagadera, a camp in the Dadaab refugee complex, and Aden is reluctant to go back. She said of herself, "All Shamsa can do is to wait for UNHCR's help again."
""",
        'quotes': [
            ('indirect', 'they have no safe alternatives', 'say', 'residents of Dadaab and Kakuma', 'residents of Dadaab and Kakuma', None, 'nominal'),
            ('partial', "couldn't get the essentials of life, such as education and clean water", None, 'she', 'Shamsa Mohamed Aden', 'SOM', 'pronoun'),
            ('direct', "All Shamsa can do is to wait for UNHCR's help again.", 'said', 'She', 'Shamsa Mohamed Aden', 'SOM', 'pronoun'),
        ],
    },
    {
        'id': 't10-covid-travel-notebook-2021',
        'url': 'https://www.voanews.com/a/europe_reporters-notebook-ups-mostly-downs-traveling-west-virginia-rome-during-covid/6205362.html',
        'title': 'Reporter’s Notebook: The Ups, But Mostly Downs of Traveling From West Virginia to Rome During COVID',
        'published': '2021-05-03',
        'truncated': True,
        'region': 'Europe / USA (travel)',
        'note': "Text: VOA corpus story 6205362 (`shared/corpora/voa/voa_stories.jsonl`, section 'Europe', byline 'Jamie Dettmer'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 210-1688 of 7102, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2021-05-03 16:40:40Z).",
        'text': """
Yeats came to mind during my two-day journey this month back to my European home from the United States. I am not sure I want to repeat the experience. The halcyon pre-COVID days of international travel are over — at least for the time being, and maybe for longer than we are willing to accept. “I call it COVID-crazy,” a JetBlue pilot lamented the night before I flew out from New York’s JFK airport. He agreed with President Joe Biden’s recent remark that the U.S. is on the move again — but he had a different perspective on it. “There are a lot of people traveling who don’t normally travel and don’t know how to behave. There were fisticuffs at my gate today,” he added. Apparently passengers were over-keen to board first so they could grab seats near the front, presumably so they could be among the first to disembark at the destination. Airport hotels have seen a surge in bookings the past month. The Hilton hotel at JFK is running at around 50 percent occupancy during the week and is fully booked at weekends. “People just want to travel,” a receptionist told me. But while domestic U.S. travel may be picking up now that isn’t the case yet with international travel. The EU still has a ban in place for leisure travel form the U.S., although several south European countries are planning re-opening for vaccinated American tourists. The upside to my journey from the wilds of West Virginia to Rome was in fact the scarcity of other passengers. The Airbus was empty.
""",
        'quotes': [
            ('direct', 'I call it COVID-crazy', 'lamented', 'a JetBlue pilot', 'JetBlue pilot', 'USA', 'nominal'),
            ('direct', 'There are a lot of people traveling<<>>at my gate today', 'added', 'he', 'JetBlue pilot', 'USA', 'pronoun'),
            ('direct', 'People just want to travel', 'told', 'a receptionist', 'receptionist', 'USA', 'nominal'),
        ],
    },
    {
        'id': 't10-france-barnier-schengen-2021',
        'url': 'https://www.voanews.com/a/europe_former-top-eu-official-calls-immigration-halt/6205696.html',
        'title': 'Former Top EU Official Calls for Immigration Halt',
        'published': '2021-05-11',
        'truncated': True,
        'region': 'Europe / France',
        'note': "Text: VOA corpus story 6205696 (`shared/corpora/voa/voa_stories.jsonl`, section 'Europe', byline 'Jamie Dettmer'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 809-1725 of 5373, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2021-05-11 16:09:06Z).",
        'text': """
The former French foreign minister told France Television, “I try to look at the problems as they are, in the way the French people live them every day and to find solutions and I think that effectively we need to take some time over three to five years and suspend immigration.” He added: “I’m not talking about students, I’m not talking about refugees who must be treated with humanity and strength, but we need to rebuild the whole process. We need to talk to our neighbors, about the Schengen Agreement, we possibly need to put in stricter border controls.” He said that it might be necessary to renegotiate Schengen rules and reintroduce cross-border controls for EU citizens. Central European populist leaders, such as Hungarian Prime Minister Viktor Orban, have long railed against Schengen, arguing that the absence of strict enforcement of the EU’s external borders has been facilitating a migration crisis.
""",
        'quotes': [
            ('direct', 'I try to look at the problems as they are<<>>suspend immigration.', 'told', 'The former French foreign minister', 'former French foreign minister', 'FRA', 'nominal'),
            ('direct', 'I’m not talking about students<<>>stricter border controls.', 'added', 'He', 'former French foreign minister', 'FRA', 'pronoun'),
            ('indirect', 'it might be necessary to renegotiate Schengen rules and reintroduce cross-border controls for EU citizens', 'said', 'He', 'former French foreign minister', 'FRA', 'pronoun'),
            ('indirect', 'the absence of strict enforcement of the EU’s external borders has been facilitating a migration crisis', 'arguing', 'Central European populist leaders', 'Central European populist leaders', None, 'nominal'),
        ],
    },
    {
        'id': 't10-denmark-rasmussen-economic-coercion-2021',
        'url': 'https://www.voanews.com/a/europe_former-nato-chief-calls-common-front-counter-trade-aggression/6205843.html',
        'title': 'Former NATO Chief Calls for Common Front to Counter Trade Aggression',
        'published': '2021-05-15',
        'truncated': True,
        'region': 'Europe / Denmark',
        'note': "Text: VOA corpus story 6205843 (`shared/corpora/voa/voa_stories.jsonl`, section 'Europe', byline 'Natalie Liu'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 481-1303 of 2862, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2021-05-15 07:42:51Z).",
        'text': """
Global security continues to require hard power capabilities, “but security is now also a question of soft power capabilities, cyber, energy security, supply chain security, resilience to disinformation campaigns and much more,” Rasmussen told VOA in a written interview from Copenhagen. “In my view, we are seeing an increasing trend of our own freedoms weaponized.” While noting “social media platforms that have facilitated democratic discourse have been turned into tools to spread disinformation by Russian bots,” Rasmussen expressed concern that “our open economies have made us susceptible to massive Chinese strategic investment that has then been leveraged to serve China’s campaign of economic coercion.” “If economic coercion is being weaponized, then the free world must find ways to counter it,” he continued.
""",
        'quotes': [
            ('indirect', 'Global security continues to require hard power capabilities, “but security<<>>and much more,”', 'told', 'Rasmussen', 'Rasmussen', 'DNK', 'name'),
            ('partial', 'but security is now also a question<<>>and much more', 'told', 'Rasmussen', 'Rasmussen', 'DNK', 'name'),
            ('direct', 'In my view, we are seeing an increasing trend of our own freedoms weaponized.', 'told', 'Rasmussen', 'Rasmussen', 'DNK', 'name'),
            ('partial', 'social media platforms that have facilitated<<>>by Russian bots', 'noting', 'Rasmussen', 'Rasmussen', 'DNK', 'name'),
            ('partial', 'our open economies have made us susceptible<<>>campaign of economic coercion', 'expressed concern', 'Rasmussen', 'Rasmussen', 'DNK', 'name'),
            ('direct', 'If economic coercion is being weaponized, then the free world must find ways to counter it', 'continued', 'he', 'Rasmussen', 'DNK', 'pronoun'),
        ],
    },
    {
        'id': 't10-japan-chinese-residents-integration-2024',
        'url': 'https://www.voanews.com/a/growing-number-of-chinese-now-call-japan-home/7742331.html',
        'title': 'Growing number of Chinese now call Japan home',
        'published': '2024-08-14',
        'truncated': True,
        'region': 'East Asia / Japan',
        'note': "Text: VOA corpus story 7742331 (`shared/corpora/voa/voa_stories.jsonl`, section 'East Asia', byline 'Ryan Shih'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 2910-5529 of 5584, a run of whole sentences; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken; crossheads 'Integration into Japan', 'A slower, happier life' removed. published: the corpus date (2024-08-14 14:21:00Z).",
        'text': """
Water Lee, a consultant with InterDots, a company that provides immigration services to people from Hong Kong, told VOA that Hong Kongers are also among those relocating to Japan — given the changes in the political environment in the port city in recent years. Despite the impact of the surge of new foreign residents, the rising cost of housing in Japan's capital, and the geopolitical rivalry between Tokyo and Beijing, Chinese migrants say public sentiment in Japan toward immigrants is positive. Chin JouSen recently founded his real estate business in Japan. He said that integrating into Japanese society is the most important thing an immigrant can do. And based on his experience, the Japanese are friendly and accepting, Chin said. However, while most Japanese people are friendly to foreigners, Tokyo-based aromatherapy business owner Michelle Takahashi, who is originally from Taiwan, told VOA that immigrants can sometimes feel subtle differences in how they are treated. "Japanese thinking on service work can sometimes make foreigners feel like they are being treated specially or differently. This can be a challenge for foreigners who don't speak Japanese," she said. The Japanese government provides new immigrants with specialists to help them adapt to the new language and culture. Kazuhiko Isozaki founded Beru Corporation in 2017. The company invests in unused, vacant houses, renovates them and rents them out to disadvantaged groups at low prices. He fully welcomed the influx of foreign capital, especially Chinese capital, into Japan. "The rise in land and housing prices has a positive impact on the economy, and foreign capital helps to drive up land prices," he said. "As Japan's population continues to decline and incomes within the country fall, it makes sense from an economic perspective to more effectively assist overseas capital and people in entering Japan." He said he hopes to engage in business helping foreigners buy real estate in Japan in the future, mainly through education and support services, to reduce the barriers for foreigners to buy houses in Japan. As for Sun and his family, they have settled in Okinawa, Japan's sparsely populated island south of the main island. Sun says he enjoys the climate, slower pace of life and the internationalism he has found there. For a while, Sun operated a coin laundry before transitioning to property management. His two daughters are learning Japanese in school. "After immigrating to Japan, my quality of life and overall happiness of my family increased significantly," Sun said.
""",
        'quotes': [
            ('indirect', 'Hong Kongers are also among those relocating to Japan<<>>in recent years', 'told', 'Water Lee', 'Water Lee', None, 'name'),
            ('indirect', 'public sentiment in Japan toward immigrants is positive', 'say', 'Chinese migrants', 'Chinese migrants', 'CHN', 'nominal'),
            ('indirect', 'integrating into Japanese society is the most important thing an immigrant can do', 'said', 'He', 'Chin JouSen', 'CHN', 'pronoun'),
            ('indirect', 'based on his experience, the Japanese are friendly and accepting', 'said', 'Chin', 'Chin JouSen', 'CHN', 'name'),
            ('indirect', 'immigrants can sometimes feel subtle differences in how they are treated', 'told', 'Michelle Takahashi', 'Michelle Takahashi', 'TWN', 'name'),
            ('direct', "Japanese thinking on service work<<>>who don't speak Japanese", 'said', 'she', 'Michelle Takahashi', 'TWN', 'pronoun'),
            ('direct', 'The rise in land and housing prices<<>>drive up land prices', 'said', 'he', 'Kazuhiko Isozaki', 'JPN', 'pronoun'),
            ('direct', "As Japan's population continues to decline<<>>entering Japan.", 'said', 'he', 'Kazuhiko Isozaki', 'JPN', 'pronoun'),
            ('indirect', 'he hopes to engage in business helping foreigners<<>>to buy houses in Japan', 'said', 'He', 'Kazuhiko Isozaki', 'JPN', 'pronoun'),
            ('indirect', 'he enjoys the climate, slower pace of life and the internationalism he has found there', 'says', 'Sun', 'Sun', 'CHN', 'name'),
            ('direct', 'After immigrating to Japan<<>>increased significantly', 'said', 'Sun', 'Sun', 'CHN', 'name'),
        ],
    },
    {
        'id': 't10-nigeria-mpox-vaccines-2024',
        'url': 'https://www.voanews.com/a/nigeria-records-mpox-cases-amid-global-health-emergency/7746511.html',
        'title': 'Nigeria records mpox cases amid global health emergency',
        'published': '2024-08-17',
        'truncated': True,
        'region': 'West Africa / Nigeria',
        'note': "Text: VOA corpus story 7746511 (`shared/corpora/voa/voa_stories.jsonl`, section 'Africa', byline 'Gibson Emeka'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 951-2489 of 2489, a run of whole sentences to the end of the story; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2024-08-17 14:49:17Z).",
        'text': """
Symptoms include fever, body aches, weakness, headaches and rashes. With a more lethal strain emerging, Idris said that vaccination plans are being considered for high-risk populations. "The Nigerian government is making effort to make vaccines available to the public, especially for the hotspot areas,” he said. “These vaccines have been shown to have a favorable safety profile. They are not yet in the country, but they are on their way." Olayinka Badmus, deputy project director for Global Health Security, Breakthrough Action Nigeria, said the new strain poses a higher risk. "This particular strain is new, and anything new requires new learning. The things that we have seen related to this particular strain is the fact that it is spreading quite fast, the presenting symptoms — especially the rash — are widespread,” she said, meaning that the rash is all over the body. “We are also seeing more children affected with mpox compared to the other strains,” Badmus said. Another cause for concern, she said, is that this strain has "a higher human-to-human transmission at an accelerated rate." Badmus stressed the need for public awareness in containing the spread and urged people to seek medical attention if they experience symptoms. “We encourage everybody feeling feverish, muscle pain, sore throat to please visit the nearest health care facility," he said. Public health experts are also urging people to adhere to preventive measures such as avoiding contact with potentially infected animals and practicing good hygiene.
""",
        'quotes': [
            ('indirect', 'vaccination plans are being considered for high-risk populations', 'said', 'Idris', 'Idris', 'NGA', 'name'),
            ('direct', 'The Nigerian government is making effort<<>>especially for the hotspot areas', 'said', 'he', 'Idris', 'NGA', 'pronoun'),
            ('direct', 'These vaccines have been shown<<>>they are on their way.', 'said', 'he', 'Idris', 'NGA', 'pronoun'),
            ('indirect', 'the new strain poses a higher risk', 'said', 'Olayinka Badmus', 'Olayinka Badmus', 'NGA', 'name'),
            ('direct', 'This particular strain is new<<>>are widespread', 'said', 'she', 'Olayinka Badmus', 'NGA', 'pronoun'),
            ('direct', 'We are also seeing more children affected with mpox compared to the other strains', 'said', 'Badmus', 'Olayinka Badmus', 'NGA', 'name'),
            ('indirect', 'is that this strain has "a higher human-to-human transmission at an accelerated rate."', 'said', 'she', 'Olayinka Badmus', 'NGA', 'pronoun'),
            ('partial', 'a higher human-to-human transmission at an accelerated rate', 'said', 'she', 'Olayinka Badmus', 'NGA', 'pronoun'),
            ('direct', 'We encourage everybody feeling feverish<<>>nearest health care facility', 'said', 'he', 'Idris', 'NGA', 'pronoun'),
        ],
    },
    {
        'id': 't10-kenya-gachagua-public-opinion-2024',
        'url': 'https://www.voanews.com/a/kenyan-court-lifts-orders-blocking-swearing-in-of-deputy-president-nominee/7846440.html',
        'title': 'Kenyan court lifts orders blocking swearing-in of deputy president nominee',
        'published': '2024-10-31',
        'truncated': True,
        'region': 'East Africa / Kenya',
        'note': "Text: VOA corpus story 7846440 (`shared/corpora/voa/voa_stories.jsonl`, section 'Africa', byline 'Mariama Diallo'), whose body the corpus stores as one paragraph without paragraph breaks, links or captions (spaces left before some commas and full stops by removed links are kept). Excerpt: characters 1883-2804 of 2804, a run of whole sentences to the end of the story; the story's other sentences occur in older open gold sets built from this corpus, so only a run of sentences found in no other gold file was taken. published: the corpus date (2024-10-31 16:37:24Z).",
        'text': """
"It wasn't good, especially when you are impeaching someone who's in the hospital. It was so untimely,” Edwin Mugalo said. Gachagua was Ruto's running mate in the 2022 election but had recently complained of about being left out, highlighting the friction and tension between him and his former boss. Kenneth Ombongi said he was surprised the Ruto-Gachagua partnership lasted as long as it did. Ombongi is the former chair of the department of history and archeology and is now associate dean of postgraduate studies at the University of Nairobi. “If I look at historical patterns, what’s happening is not new and was expected. The office of the vice president or the deputy president has always been as delicate as it is now,” Ombongi said. “The two are of the same characteristics … I know our president ... He's strong, determined, opinionated, same thing with Gachagua. We say two bulls cannot share the same corral."
""",
        'quotes': [
            ('direct', "It wasn't good, especially<<>>It was so untimely", 'said', 'Edwin Mugalo', 'Edwin Mugalo', 'KEN', 'name'),
            ('indirect', 'he was surprised the Ruto-Gachagua partnership lasted as long as it did', 'said', 'Kenneth Ombongi', 'Kenneth Ombongi', 'KEN', 'name'),
            ('direct', 'If I look at historical patterns<<>>as delicate as it is now', 'said', 'Ombongi', 'Kenneth Ombongi', 'KEN', 'name'),
            ('direct', 'The two are of the same characteristics<<>>share the same corral.', 'said', 'Ombongi', 'Kenneth Ombongi', 'KEN', 'name'),
        ],
    },
]

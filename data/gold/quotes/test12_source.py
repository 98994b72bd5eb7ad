"""Source of the sealed quotes test set ``test12.jsonl`` (VOA news stories, 2006-2023).

Annotated by helper sqq13 on 2026-12-06, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test12.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t12-kenya-obama-visit-2006",
        "url": "https://www.voanews.com/a/a-13-2006-08-25-voa35/327982.html",
        "title": "US Senator Obama Meets With Kenyan President",
        "published": "2006-08-25",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next sentence ('... how they were abl'); kept to the last complete sentence. "
                "published: the date in the URL (2006-08-25, a Friday, the story's 'Friday'). The "
                "newspaper headline \"Obama Arrives.\" is a title, not a quote.",
        "text": """
U.S. Senator Barack Obama, on a visit to Kenya, told journalists in Nairobi Friday that Kenya had made great strides toward multiparty democracy but must also face up to the issue of corruption. The senator, whose father was born in Kenya, received a warm welcome.
Senator Obama says he has been awed by the welcome he has received at the start of his four-day visit to Kenya. His father was born in a village in the western part of the country and the Kenyan people have embraced the senator as one of their own. The country's two leading newspapers had the same banner headline: "Obama Arrives."
In his remarks to reporters, Obama said he had seen extraordinarily positive signs for the future of the country. He said Kenya had suffered very little ethnic conflict and was successfully moving toward a multiparty democratic system. He also praised Kenya's civil society, saying its freedom of press, protest and worship rivaled any country in the world.
But he also drew attention to the problem of corruption in Kenya. His news conference came after a meeting with Kenyan President Mwai Kibaki, and the senator said he raised the issue of corruption with him, telling the president that it is one of the major impediments for foreign investors interested in Kenya. Addressing this problem, he said, is crucial to Kenya's future.
"Kenya does not yet have the kind of transparent accountable government that encourages development," said Senator Obama. "The fact is that on every level the people of Kenya still suffer through corruption."
Senator Obama also said the United States must not let the situation in Iraq blind it to problems elsewhere in the world. As an example, he cited U.S. foreign policy toward Somalia, where Islamists have gained control of most the country and raised concerns about possible links they may have to al-Qaida.
""",
        "quotes": [
            ("indirect", "Kenya had made great strides toward multiparty democracy but must also face up to the issue of corruption",
             "told", "U.S. Senator Barack Obama", "Barack Obama", "USA", "name"),
            ("indirect", "he has been awed by the welcome he has received at the start of his four-day visit to Kenya",
             "says", "Senator Obama", "Barack Obama", "USA", "name"),
            ("indirect", "he had seen extraordinarily positive signs for the future of the country",
             "said", "Obama", "Barack Obama", "USA", "name"),
            ("indirect", "Kenya had suffered very little ethnic conflict and was successfully moving toward a multiparty democratic system",
             "said", "He", "Barack Obama", "USA", "pronoun"),
            ("indirect", "its freedom of press, protest and worship rivaled any country in the world",
             "saying", "He", "Barack Obama", "USA", "pronoun"),
            ("indirect", "he raised the issue of corruption with him",
             "said", "the senator", "Barack Obama", "USA", "nominal"),
            ("indirect", "it is one of the major impediments for foreign investors interested in Kenya",
             "telling", "the senator", "Barack Obama", "USA", "nominal"),
            ("indirect", "is crucial to Kenya's future", "said", "he", "Barack Obama", "USA", "pronoun"),
            ("direct", "Kenya does not yet have the kind of transparent accountable government that encourages development",
             "said", "Senator Obama", "Barack Obama", "USA", "name"),
            ("direct", "The fact is that on every level the people of Kenya still suffer through corruption.",
             "said", "Senator Obama", "Barack Obama", "USA", "name"),
            ("indirect", "the United States must not let the situation in Iraq blind it to problems elsewhere in the world",
             "said", "Senator Obama", "Barack Obama", "USA", "name"),
        ],
    },
    {
        "id": "t12-kenya-reactions-obama-2006",
        "url": "https://www.voanews.com/a/a-13-2006-08-28-voa31/325654.html",
        "title": "Kenyans React to Senator Obama's Visit",
        "published": "2006-08-28",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "a sentence after Kibaki's second quotation ('Members of the Kenyan parliament and "
                "leaders o'), before the quotation closes; kept to the end of the sentence before "
                "the cut, so the last quotation is never closed. published: the date in the URL. "
                "The page's slip 'They are also admired him' is kept.",
        "text": """
Senator Barack Obama continues his visit to Kenya, the country where his father was born. Obama, the only black member of the US Senate, is on a five-nation Africa trip. Yesterday he toured Kibera, one of the biggest slums in Africa. He promised to work with the Kenyan government to bring opportunities to the people of the area. Senator Obama, who has met with Kenyan president Mwai Kibaki, reportedly told the president that corruption is one of the major impediments to foreign investment. So how are Kenyans reacting to Senator Obama’s visit to their country? Alex Kibaki (not related to President Kibaki) is head of the secretariat of the ruling National Rainbow Coalition. He tells English to Africa reporter James Butty the people of Kenya have welcomed Senator Obama with open hands.
“The people of Kenya in general have received him with a lot of enthusiasm. They are also admired him because he’s a young man, a young person, and the leadership of a young person who has become a senator in the most powerful nation in the world, the United States, is no small achievement. So Obama is here giving encouragement to young leaders who are coming up. One hopes that this is a beginning of dialogue with many other leaders in the United States, particularly those with African heritage. They’re coming back home in Kenya and other parts of the continent to encourage particularly young leaders and to show that truly you can take up leadership anywhere in the world and also in your own country.”
Kibaki said it is remarkable that Senator Obama and his wife were tested for HIV before a large crowd in Kenya.
“There are many leaders who shy away from being known what status they are, and he is showing by example that this is not something that you need to be afraid of. This is something that you lead by example. To that extent, he’s a great leader.
""",
        "quotes": [
            ("indirect", "corruption is one of the major impediments to foreign investment",
             "told", "Senator Obama", "Barack Obama", "USA", "name"),
            ("indirect", "the people of Kenya have welcomed Senator Obama with open hands",
             "tells", "He", "Alex Kibaki", "KEN", "pronoun"),
            ("direct", "The people of Kenya in general<<>>in your own country.",
             "tells", "He", "Alex Kibaki", "KEN", "pronoun"),
            ("indirect", "it is remarkable that Senator Obama and his wife were tested for HIV before a large crowd in Kenya",
             "said", "Kibaki", "Alex Kibaki", "KEN", "name"),
            ("direct", "There are many leaders who shy away<<>>he’s a great leader.",
             "said", "Kibaki", "Alex Kibaki", "KEN", "name"),
        ],
    },
    {
        "id": "t12-zimbabwe-tsvangirai-war-2008",
        "url": "https://voazimbabwe.com/amp/a-13-56-74-2008-06-19-voa60-68994372/1471248.html",
        "title": "Zimbabwe's Tsvangirai Says Mugabe Has 'Declared War On The People'",
        "published": "2008-06-19",
        "truncated": False,
        "note": "VOA Studio 7 for Zimbabwe (English). Removed: title line, the closing 'More reports' "
                "link. Whole as stored (the story ends with the correspondent line). published: the "
                "date in the URL (a Thursday, the story's 'Thursday'). Layered attribution (as test8): "
                "'quoting the envoy as saying that he had told Mr. Mugabe that X' -> the envoy's "
                "clause X; 'Tsvangirai told ... that Mr. Mbeki told him that X' -> Mbeki's clause X. "
                "The page's missing full stop after 'impartiality' is kept.",
        "text": """
Zimbabwean opposition leader and presidential candidate Morgan Tsvangirai said Thursday in an exclusive interview with the Voice of America that President Robert Mugabe "has declared war on the people" and it is incumbent on Mr. Mugabe to halt escalating political violence.
"The violence is state-sponsored, so it is the state that should actually remove the causes of the violence," Tsvangirai said. "It is the one that has got (liberation) war veterans...it is the one that has got military operating throughout the country, with guns, against unarmed civilians. It is an environment in which the government has declared war on the people, so it is the government that should...withdraw those conditions."
Tsvangirai dismissed reports saying South African President Thabo Mbeki had urged him to forego the June 27 run-off and form a national unity government with Mr. Mugabe.
Tsvangirai confirmed meeting Wednesday with Mr. Mbeki, but said he did not consider him to be acting as a mediator. His Movement for Democratic Change has asked the Southern African Development Community to replace Mr. Mbeki as its mediator in Zimbabwe, questioning Mr. Mbeki's impartiality
Tsvangirai said he met United Nations envoy Haile Menkerios Tuesday, quoting the envoy as saying that he had told Mr. Mugabe that if torture and political murders persist the U.N. will have no choice but to file charges with the International Criminal Court at the Hague.
Tsvangirai told reporter Blessing Zulu of VOA's Studio 7 for Zimbabwe that Mr. Mbeki told him that he has no plan to end the deepening crisis in Zimbabwe.
Meanwhile, MDC Secretary General Tendai Biti was in court again Thursday where his lawyers argued for his release pending disposition of treason charges, detailing alleged mistreatment of Biti by police since his arrest last week at the Harare airport.
Studio 7 correspondent Thomas Chiripasi reported from Harare.
""",
        "quotes": [
            ("indirect", "President Robert Mugabe \"has declared war on the people\" and it is incumbent on Mr. Mugabe to halt escalating political violence",
             "said", "Zimbabwean opposition leader and presidential candidate Morgan Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("partial", "has declared war on the people", "said",
             "Zimbabwean opposition leader and presidential candidate Morgan Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("direct", "The violence is state-sponsored, so it is the state that should actually remove the causes of the violence",
             "said", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("direct", "It is the one that has got (liberation)<<>>withdraw those conditions.",
             "said", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "South African President Thabo Mbeki had urged him to forego the June 27 run-off and form a national unity government with Mr. Mugabe",
             "saying", "reports", "reports", None, "nominal"),
            ("indirect", "he did not consider him to be acting as a mediator",
             "said", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "he met United Nations envoy Haile Menkerios Tuesday",
             "said", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "if torture and political murders persist the U.N. will have no choice but to file charges with the International Criminal Court at the Hague",
             "told", "he", "Haile Menkerios", "UNO", "pronoun"),
            ("indirect", "he has no plan to end the deepening crisis in Zimbabwe",
             "told", "Mr. Mbeki", "Thabo Mbeki", "ZAF", "name"),
        ],
    },
    {
        "id": "t12-somalia-mogadishu-shootings-2016",
        "url": "https://www.voanews.com/a/us-drone-attack-kills-top-al-shaba-assassin-somalia/3265379.html",
        "title": "Shootings in Somalia's Capital Leave 7 Dead",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (a FILE "
                "photo of Feb. 17, 2011), crosshead ''Significant' strike'. Cut by the store inside "
                "the next sentence ('Al-Shabab mil'); kept to the last complete sentence. "
                "published: no date on the stored page (the story is of 2016 by the events it "
                "reports). \"most wanted\" (a list's name) and \"Qorilow\" (a nickname) are not quotes; "
                "'was reported to have killed' names no source.",
        "text": """
Seven people, including three intelligence security officers, died Saturday in three shootings in Mogadishu, according to witnesses in Somalia's capital.
The violence came a day after confirmation from a U.S. official that an airstrike had killed a senior member of the al-Shabab militant group.
Two of the shootings in Mogadishu involved masked or unidentified gunmen, with one attack killing two officers with Somalia's National Intelligence Agency. The third incident occurred when government security forces carrying out an operation opened fire on a crowd protesting their actions, killing three and wounding one.
The death of Al-Shabab assassin Hassan Ali Dhore occurred in an airstrike Thursday. The Somali government last year put him on a "most wanted" list of 12 people involved in terror attacks in Mogadishu.
Another suspected U.S. airstrike Friday was reported to have killed a commander known as "Qorilow," the head of al-Shabab forces in Jannaale town, and three other militants. A separate strike Saturday killed six militants in the Lower Juba region, according to local officials and residents.
U.S. Defense Department spokesman Peter Cook said the airstrike that killed Dhore was carried out in cooperation with Somali forces. He said Dhore had planned and led previous attacks that killed at least three U.S. citizens, and he was suspected of plotting further attacks against Americans in the East African country.
"While we are still assessing the results of this operation," Cook said, "removing Dhore from the battlefield would be a significant blow to al-Shabab's operational planning and [its] ability to conduct attacks against ... Somalia, its citizens, U.S. partners in the region and against Americans abroad."
""",
        "quotes": [
            ("indirect", "Seven people, including three intelligence security officers, died Saturday in three shootings in Mogadishu",
             "according to", "witnesses in Somalia's capital", "witnesses in Somalia's capital", None, "nominal"),
            ("indirect", "A separate strike Saturday killed six militants in the Lower Juba region",
             "according to", "local officials and residents", "local officials and residents", None, "nominal"),
            ("indirect", "the airstrike that killed Dhore was carried out in cooperation with Somali forces",
             "said", "U.S. Defense Department spokesman Peter Cook", "Peter Cook", "USA", "name"),
            ("indirect", "Dhore had planned and led previous attacks that killed at least three U.S. citizens, and he was suspected of plotting further attacks against Americans in the East African country",
             "said", "He", "Peter Cook", "USA", "pronoun"),
            ("direct", "While we are still assessing the results of this operation",
             "said", "Cook", "Peter Cook", "USA", "name"),
            ("direct", "removing Dhore from the battlefield<<>>against Americans abroad.",
             "said", "Cook", "Peter Cook", "USA", "name"),
        ],
    },
    {
        "id": "t12-russia-moscow-march-2012",
        "url": "http://www.voanews.com/content/ousted-russian-lawmaker-appears-at-anti-putin-rally/1508726.html",
        "title": "Russian Opposition Returns to Streets in Protest",
        "published": "2012-09-15",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, photo caption (stored four times), the video "
                "line 'Watch footage of the protest in Moscow Saturday'. Cut by the store inside "
                "Artem's quotation ('\"I don't agree with'); kept to the sentence before it. "
                "published: the caption's date (September 15, 2012, the story's 'Saturday'). Double "
                "spaces reduced to one. Chanted and screamed slogans are direct quotes of the crowd.",
        "text": """
Thousands of people streamed into central Moscow Saturday to protest against Russian President Vladimir Putin and his unprecedented third term as president.
Chanting, "Freedom for everyone," the demonstrators, many wearing white to show their solidarity, streamed into the center of Moscow to protest against Putin. They say Putin runs the country through a tightly controlled political system and corruption, charges the Kremlin denies.
Various people attended the rally including infants, the elderly, nationalists and liberals. They screamed, "Russia without Putin!" Many say they are upset because they believe that the Kremlin is cracking down on dissent since Putin returned to the Kremlin in May.
Nadezhda, who didn't want to use her last name, is one of the critics. She says she attended the rally because she does not like the current environment in Russia. "I want to live in a free country, where my thoughts are my own," Nadezhda said. "I don't want to live in a political state. I do not want one person who decides what everyone else will do."
Artem, who also didn't want to give his last name, says he too is unhappy with the Putin administration.
""",
        "quotes": [
            ("direct", "Freedom for everyone", "Chanting", "the demonstrators", "demonstrators", "RUS", "nominal"),
            ("indirect", "Putin runs the country through a tightly controlled political system and corruption",
             "say", "They", "demonstrators", "RUS", "pronoun"),
            ("direct", "Russia without Putin!", "screamed", "They", "various people", "RUS", "pronoun"),
            ("indirect", "they are upset because they believe that the Kremlin is cracking down on dissent since Putin returned to the Kremlin in May",
             "say", "Many", "many", "RUS", "nominal"),
            ("indirect", "she attended the rally because she does not like the current environment in Russia",
             "says", "She", "Nadezhda", "RUS", "pronoun"),
            ("direct", "I want to live in a free country, where my thoughts are my own",
             "said", "Nadezhda", "Nadezhda", "RUS", "name"),
            ("direct", "I don't want to live in a political state. I do not want one person who decides what everyone else will do.",
             "said", "Nadezhda", "Nadezhda", "RUS", "name"),
            ("indirect", "he too is unhappy with the Putin administration",
             "says", "Artem", "Artem", "RUS", "name"),
        ],
    },
    {
        "id": "t12-russia-sobchak-rally-2012",
        "url": "http://www.voanews.com/content/thousands-of-anti-putin-demonstrators-rally-in-moscow-142179533/180830.html",
        "title": "Russians Rally Against Putin, But in Smaller Numbers",
        "published": "2012-03-10",
        "truncated": True,
        "note": "Removed: 'News', title line, photo caption (stored twice), byline 'James Brooke'. "
                "Cut by the store inside the next sentence ('... Russia’s path to democrac'); kept "
                "to the last complete sentence. published: the caption's date (Saturday, March 10, "
                "2012, the story's 'Saturday'). Double spaces reduced to one. The slogan “Russia "
                "Without Putin.” is named by Sobchak, not quoted from her (no partial); the indirect "
                "span runs through its closing mark. The posters' texts after 'read:' are direct "
                "quotes with the posters as speaker. 'Voter watchdog groups give him around 54 "
                "percent' is an estimate, not a report of words.",
        "text": """
Thousands of Russian demonstrators converged on central Moscow Saturday, protesting President-elect Vladimir Putin's third term in office amid allegations of election fraud.
Russia’s opposition had everything: brilliant sunshine, a permit for a public protest rally, and a central location in the heart of Moscow’s entertainment district.
What they lacked were protesters. About 20,000 came to protest on Saturday - only one-fifth as many demonstrators as there were at the last democracy rally before last Sunday's election. At least 100,000 people turned out for that protest, in 20 degrees below zero (celsius) weather.
White ribbons and balloons fluttered in the wind, but the spirit of Moscow’s fifth big democracy demonstration seemed deflated by Vladimir Putin’s victory at the polls.
Officially, Putin won 64 percent of the vote. Voter watchdog groups give him around 54 percent, but even that was enough to avoid a run-off second-round election. So in May, the two-term former president and current prime minister begins a new six-year term as Russia's head of state.
As a police helicopter hovered overhead, Ksenia Sobchak, a television personality turned dissident, told the democratic faithful that they have to move beyond the slogan “Russia Without Putin.”
She said democracy advocates have to show what they are for: an independent judiciary, a free press, and elections for mayors and governors.
The stage and sound system were decorated with posters that read: "These are not elections" and "This is not a president."
""",
        "quotes": [
            ("indirect", "they have to move beyond the slogan “Russia Without Putin.”",
             "told", "Ksenia Sobchak", "Ksenia Sobchak", "RUS", "name"),
            ("indirect", "democracy advocates have to show what they are for: an independent judiciary, a free press, and elections for mayors and governors",
             "said", "She", "Ksenia Sobchak", "RUS", "pronoun"),
            ("direct", "These are not elections", "read", "posters", "posters", None, "nominal"),
            ("direct", "This is not a president.", "read", "posters", "posters", None, "nominal"),
        ],
    },
    {
        "id": "t12-egypt-tahrir-reforms-2011",
        "url": "http://www.voanews.com/content/egyptians-rally-against-slow-government-reforms-125203879/141957.html",
        "title": "Tens of Thousands Jam Cairo's Main Square Demanding Reforms",
        "published": "2011-07-08",
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (stored twice), byline 'Al "
                "Pessin', the video lines 'Related video - Quicktake: Cairo Protests' and 'VOA's "
                "Susan Yackee speaks with Richard Haass ...'. Cut by the store inside the next "
                "paragraph ('Dr. Nagham Omar says people like herself who wa'); that paragraph was "
                "dropped. published: the caption's date (July 8, 2011, the story's 'Friday'). "
                "Double spaces reduced to one. Ali's second quotation stands alone after 'says he "
                "has been ...' (cue of that sentence).",
        "text": """
Tens of thousands of Egyptians gathered Friday in Cairo’s Tahrir Square and several other towns to call for faster reforms and to protest this week's jail release of police officers and former government ministers. These were among the largest demonstrations since the 18-day revolution in January and February.
One group of protesters chanted for retaliation against former regime members and police officers who attacked protesters in January and February. But mostly it was a festive crowd, complete with a football-field-length Egyptian flag, tee shirt and hat salesmen and children with Egyptian flags painted on their faces.
“We are here today to continue our revolution,” said Ahmed Ali. Ali is a young worker who restores ancient monuments and says he has been at many of the Tahrir Square protests. "The killers are free now, out of jail. They killed our children. They killed our brothers. They killed our fathers. Show us justice!"
Ali and others on the square say they came out to protest the acquittal and release of ministers from the former government who had been accused of corruption, and the decision to grant bail to police officers accused of killing protesters in the town of Suez in January.
""",
        "quotes": [
            ("direct", "We are here today to continue our revolution", "said", "Ahmed Ali", "Ahmed Ali", "EGY", "name"),
            ("indirect", "he has been at many of the Tahrir Square protests", "says", "Ali", "Ahmed Ali", "EGY", "name"),
            ("direct", "The killers are free now<<>>Show us justice!", "says", "Ali", "Ahmed Ali", "EGY", "name"),
            ("indirect", "they came out to protest the acquittal<<>>in the town of Suez in January",
             "say", "Ali and others on the square", "Ali and others on the square", "EGY", "nominal"),
        ],
    },
    {
        "id": "t12-egypt-mubarak-anniversary-2013",
        "url": "https://www.voanews.com/a/egyptian-protesters-police-clash-on-mubarak-ouster-anniversary/1601701.html",
        "title": "Egyptian Protesters, Police Clash on Mubarak Ouster Anniversary",
        "published": "2013-02-11",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice, itself cut by the page), the closing author box ('16x9 Image', 'VOA News', "
                "'The Voice of America provides news ...'). Whole as stored. published: the "
                "caption's date (February 11, 2013, the story's 'Monday'). 'calling for a "
                "revolution', 'chanted for the end of' and 'calling for a new unity government' "
                "have no clause (not quotes).",
        "text": """
Egyptian protesters frustrated with President Mohamed Morsi's government clashed with police in Cairo Monday, during rallies marking the second anniversary of former leader Hosni Mubarak's resignation.
Police used water cannon and volleys of tear gas to disperse stone-throwing demonstrators outside the presidential palace, where several hundred protesters had gathered.
Several carried banners calling for a revolution, while others chanted for the end of the Muslim Brotherhood.
The main rally took place in Cairo's Tahrir Square. But overall the demonstrations drew smaller crowds than recent anti-Morsi protests.
Tahrir Square was the epicenter of the 18-day uprising that forced Mubarak to step down and end his nearly 30-year rule.
The revolution brought a new government, but protesters have rallied against Mr. Morsi's policies, saying he and his Muslim Brotherhood supporters are betraying the spirit of the 2011 uprising.
Protesters are calling for a new unity government, with the country's largely secularist opposition seeking seats in the Cabinet.
The president's allies have resisted that demand, saying the opposition is trying to gain power that it could not win through elections.
""",
        "quotes": [
            ("indirect", "he and his Muslim Brotherhood supporters are betraying the spirit of the 2011 uprising",
             "saying", "protesters", "protesters", "EGY", "nominal"),
            ("indirect", "the opposition is trying to gain power that it could not win through elections",
             "saying", "The president's allies", "president's allies", "EGY", "nominal"),
        ],
    },
    {
        "id": "t12-ivory-coast-gbagbo-supporters-2010",
        "url": "http://www.voanews.com/content/ivorians-supporters-say-they-will-fight-to-death-for-gbagbo-112192529/132528.html",
        "title": "Ivorian Supporters say They Will 'Fight to Death' for Gbagbo",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, two photo captions (each stored twice; dated "
                "20 and 14 Dec 2010, of earlier events, so not used as the date). Cut by the store "
                "inside Pham's quotation ('... an armed internatio'); that paragraph was dropped. "
                "Double spaces reduced to one. 'have vowed to fight' (infinitive), 'accuse "
                "foreigners of' and 'is reporting a wave of killings' (noun objects) are not quotes. "
                "The story is of December 2010 (a month after the November 28 run-off).",
        "text": """
Supporters of incumbent Ivorian president, Laurent Gbagbo, say they are ready to fight to the death to keep him in power, while the United Nations points to growing evidence of "massive violations of human rights" since last month's disputed presidential election.
In Ivory Coast, incumbent President Laurent Gbagbo refuses to cede power to Alassane Ouattara, who was recognized by the United Nations and much of the international community as the winner of the November 28 presidential run-off.
The United Nations is reporting a wave of killings and abductions since the poll. U.N. High Commissioner for Human Rights Navi Pillay issued a statement Sunday saying more than 50 people have been killed and more than 200 injured in violence since Thursday.
The announcement came a day after the United Nations said it would not abide by Mr. Gbagbo's demand that U.N. peacekeepers withdraw from the country.
Gbagbo's supporters, led by militant youth leader Charles Ble Goude, accuse foreigners of threatening Ivory Coast's sovereignty and have vowed to fight to the death to keep Mr. Gbagbo in power.
Africa security analyst J. Peter Pham of the New York-based National Committee on American Foreign Policy says the situation is entering a critical phase.
""",
        "quotes": [
            ("indirect", "they are ready to fight to the death to keep him in power", "say",
             "Supporters", "supporters of Laurent Gbagbo", "CIV", "nominal"),
            ("partial", "massive violations of human rights", "points to", "the United Nations",
             "United Nations", "UNO", "organisation"),
            ("indirect", "more than 50 people have been killed and more than 200 injured in violence since Thursday",
             "saying", "U.N. High Commissioner for Human Rights Navi Pillay", "Navi Pillay", "UNO", "name"),
            ("indirect", "it would not abide by Mr. Gbagbo's demand that U.N. peacekeepers withdraw from the country",
             "said", "the United Nations", "United Nations", "UNO", "organisation"),
            ("indirect", "the situation is entering a critical phase", "says",
             "Africa security analyst J. Peter Pham", "J. Peter Pham", "USA", "name"),
        ],
    },
    {
        "id": "t12-afghanistan-women-taliban-2021",
        "url": "https://www.voanews.com/south-central-asia/afghan-women-report-some-harassment-taliban-promise-security",
        "title": "Afghan Women Report Some Harassment as Taliban Promise Security",
        "published": "2021-08-24",
        "truncated": True,
        "note": "Removed: the store's ' date 2021-08-24' line, 'South & Central Asia', title line, "
                "byline and time 'By Ayesha Tanzeem August 24, 2021 03:38 PM', two photo captions "
                "(one stored twice, once cut by the page). Cut by the store inside the next sentence "
                "('She said Taliban have alread'); kept to the last complete sentence. published: "
                "the byline date. Double spaces reduced to one. \"mahram\" is a term, not a quote; "
                "the sentence 'In addition, they want women ...' carries no attribution.",
        "text": """
ISLAMABAD - Female schoolteachers and other employed women in two provinces of Afghanistan are reporting harassment by Taliban fighters even as a Taliban spokesman Tuesday promised that the group is forming a policy to keep women secure.
Women in Takhar province, in the country's northeast, and Kabul province tell VOA that there are new restrictions concerning how they dress and work.
"Taliban are very aggressive with women here. They want women to wear chadari," a female teacher in Takhar told VOA. A chadari is a full body covering that has small holes to see through.
The teacher explained that the Taliban in the province were so strict that they did not even allow women to wear a black burqa, a long black gown with a scarf that covers the head and face. In addition, they want women to go out of the house with a "mahram," a man from whom a woman does not need to hide her face. In conservative Islamic thought, mahram can include a limited number of close male relatives such as fathers, husbands or brothers.
"Women have a lot of problems here. Everyone needs to go outside for something, and you cannot have a mahram (close male relative) with you at all times," she said.
""",
        "quotes": [
            ("indirect", "the group is forming a policy to keep women secure", "promised",
             "a Taliban spokesman", "Taliban spokesman", "AFG", "nominal"),
            ("indirect", "there are new restrictions concerning how they dress and work", "tell",
             "Women in Takhar province", "women in Takhar province and Kabul province", "AFG", "nominal"),
            ("direct", "Taliban are very aggressive with women here. They want women to wear chadari",
             "told", "a female teacher in Takhar", "female teacher in Takhar", "AFG", "nominal"),
            ("indirect", "the Taliban in the province were so strict that they did not even allow women to wear a black burqa, a long black gown with a scarf that covers the head and face",
             "explained", "The teacher", "female teacher in Takhar", "AFG", "nominal"),
            ("direct", "Women have a lot of problems here.<<>>with you at all times",
             "said", "she", "female teacher in Takhar", "AFG", "pronoun"),
        ],
    },
    {
        "id": "t12-south-sudan-refugees-uganda-2014",
        "url": "http://www.voanews.com/content/south-sudan-uganda-refugee-unhcr-dream-of-home-peace/1829226.html",
        "title": "In Uganda Camp, South Sudan Refugees Dream of Peace",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, three gallery captions (dated Jan. 6-7, "
                "2014/2013), the video title 'South Sudan Refugees Pour into Uganda', byline 'Philip "
                "Aleu' and the dateline dash. Cut by the store inside the next sentence ('... "
                "continue to cross into the cou'); kept to the last complete sentence. The story is "
                "of mid-January 2014 (four weeks after the clashes of December 2013). 'Diing Kon has "
                "a wish: ...' is no report of words.",
        "text": """
Diing Kon has a wish: to be able to fall asleep at night without feeling the fear that grips her gut when she hears gunfire nearby.
The mother of eight has spent her entire life in Bor, the only town in South Sudan still under rebel control after government forces recaptured Bentiu, the capital of oil-producing Unity state, last week, after a bloody battle.
The next target of South Sudanese troops would be Bor, a spokesman for the army said, presaging heavy fighting in the capital of Jonglei state.
But Kon left her hometown weeks ago, when rebels overran Bor. She and her children came under fire as they crossed the Nile River by boat, leaving behind everything but each other.
They eventually ended up at the Dzaipi transit camp in northern Uganda, with "no luggage, no shoes for the children, no utensils," Kon told VOA.
The camp is around an hour's drive from the South Sudanese border town of Nimule, and around 390 kilometers from Bor.
"We are looking for a place to stay because I have never been in exile before. I don’t know where my husband is... He ran away," Kon said.
At least 32,000 South Sudanese have fled to neighboring countries to escape deadly clashes that erupted in the world's newest nation four weeks ago, the United Nations' refugee agency (UNHCR) has said.
""",
        "quotes": [
            ("indirect", "The next target of South Sudanese troops would be Bor", "said",
             "a spokesman for the army", "army spokesman", "SSD", "nominal"),
            ("indirect", "They eventually ended up at the Dzaipi transit camp in northern Uganda, with \"no luggage, no shoes for the children, no utensils,\"",
             "told", "Kon", "Diing Kon", "SSD", "name"),
            ("partial", "no luggage, no shoes for the children, no utensils", "told", "Kon", "Diing Kon", "SSD", "name"),
            ("direct", "We are looking for a place to stay<<>>He ran away", "said", "Kon", "Diing Kon", "SSD", "name"),
            ("indirect", "At least 32,000 South Sudanese have fled to neighboring countries to escape deadly clashes that erupted in the world's newest nation four weeks ago",
             "said", "the United Nations' refugee agency", "UNHCR", "UNO", "organisation"),
        ],
    },
    {
        "id": "t12-lebanon-qusair-refugees-2013",
        "url": "http://www.voanews.com/content/qusair_fighting_drives_more_syrians_into_lebanon/1666065.html",
        "title": "Qusair Fighting Drives More Syrians Into Lebanon",
        "published": "2013-05-22",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, the embedded video block (its title, date "
                "'May 22, 2013 2:13 PM' and summary), byline 'Scott Bobb'. Cut by the store inside "
                "the mayor's quotation ('... Nothing, not even on'); that paragraph was dropped. "
                "published: the video block's date. 'They need blankets, food and more housing.' "
                "carries no attribution.",
        "text": """
The battle between Syrian government forces, supported by Lebanese Hezbollah fighters, and Syrian rebels in Qusair north of Damascus is sending waves of traumatized refugees into neighboring Lebanon.
At a refugee camp in Aarsal, a small Lebanese town lying just across the mountains from Syria, most of the people who have arrived in recent days came from Qusair.
They were driven from their homes by heavy fighting between Syrian rebels and government troops reinforced by Lebanese Hezbollah fighters. Qusair lies on a strategic highway linking Damascus to the Mediterranean Sea.
Mohamed Ali Diab said he left after his son was wounded by a stray bullet.
"Why did we leave? For two years we've been resisting this corrupt regime that destroys our houses, the trees, even the children. In the end it joined with Hezbollah to drive us out," said Ali Diab.
Sixty-six year old Hassan al-Hassan said many people left quickly and with few possessions. They need blankets, food and more housing.
"There are two or three families in one tent, one on top of the other. There are no bathrooms, no running water. Soon there will be an outbreak of disease," said al-Hassan.
Aarsal's mayor, Ali Mohamed al-Hujairy, said 24,000 refugees have come to his town of 40,000 inhabitants. The town gets humanitarian aid only occasionally from foreign or private Lebanese donors.
""",
        "quotes": [
            ("indirect", "he left after his son was wounded by a stray bullet", "said",
             "Mohamed Ali Diab", "Mohamed Ali Diab", "SYR", "name"),
            ("direct", "Why did we leave?<<>>to drive us out", "said", "Ali Diab", "Mohamed Ali Diab", "SYR", "name"),
            ("indirect", "many people left quickly and with few possessions", "said",
             "Hassan al-Hassan", "Hassan al-Hassan", "SYR", "name"),
            ("direct", "There are two or three families<<>>an outbreak of disease", "said",
             "al-Hassan", "Hassan al-Hassan", "SYR", "name"),
            ("indirect", "24,000 refugees have come to his town of 40,000 inhabitants", "said",
             "Ali Mohamed al-Hujairy", "Ali Mohamed al-Hujairy", "LBN", "name"),
        ],
    },
    {
        "id": "t12-lebanon-syrian-family-return-2013",
        "url": "http://www.voanews.com/content/for-syrian-refugee-family-a-return-to-war/1741076.html",
        "title": "For Syrian Refugee Family, a Return to War",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored four times; dated "
                "July 22, 2013, of another scene), byline 'Heather Murdock', the page's lone-space "
                "lines between paragraphs. Cut by the store inside the next sentence ('Poverty, he "
                "says, is one of ... despite the dang'); kept to the last complete sentence. The "
                "story is of late August or early September 2013 (after the August 21 attack, before "
                "any U.S. strike). Colon attribution without marks ('describes his life ...: A bomb "
                "went off ...') is an indirect quote; 'she says' interrupting a clause follows "
                "test8 (span after the parenthetical).",
        "text": """
In a sparse apartment with a distant view of the Mediterranean, seven-year-old Mohammad describes his life in Syria of just a few months ago: A bomb went off near his father’s store; snipers shot people on the roads; his uncle was killed on his way to buy a sandwich.
"Lebanon is not as scary as Syria, but it’s not as good as home," he says, explaining that he doesn’t go to school here, and he doesn’t go out to play.
"Playing was before the war, when everyone was happy," he says.
Syrian families have been fleeing civil war for more than two years, and it’s never been more dangerous than now. But despite his family's fear of returning, Mohammad's parents are preparing to drive back across the border within hours.
For them, both the financial and emotional costs of living as refugees in Beirut has too much to bear, and they are packing their bags despite imminent threats of U.S. military strikes against the Syrian regime for an August 21 poison-gas attack near Damascus that killed nearly 1,500 people, including more than 400 children.
“The life here in Lebanon, it’s very expensive, and my husband is so tired in his job," says Mohammad's mother, Lina. With their rent paid only through the end of August, she says, they simply cannot afford another month, which means they simply have no choice.
Down the road in the garden of a posh café, Lina’s husband, Chadi, serves nargila, a sweet tobacco pipe known as shisha in Egypt and hookah in other parts of the world.
""",
        "quotes": [
            ("indirect", "A bomb went off near his father’s store; snipers shot people on the roads; his uncle was killed on his way to buy a sandwich",
             "describes", "seven-year-old Mohammad", "Mohammad", "SYR", "name"),
            ("direct", "Lebanon is not as scary as Syria, but it’s not as good as home", "says", "he", "Mohammad", "SYR", "pronoun"),
            ("indirect", "he doesn’t go to school here, and he doesn’t go out to play", "explaining", "he", "Mohammad", "SYR", "pronoun"),
            ("direct", "Playing was before the war, when everyone was happy", "says", "he", "Mohammad", "SYR", "pronoun"),
            ("direct", "The life here in Lebanon, it’s very expensive, and my husband is so tired in his job",
             "says", "Lina", "Lina", "SYR", "name"),
            ("indirect", "they simply cannot afford another month, which means they simply have no choice",
             "says", "she", "Lina", "SYR", "pronoun"),
        ],
    },
    {
        "id": "t12-kenya-women-entrepreneurs-2023",
        "url": "https://voanews.com/amp/african-businesswomen-meet-in-nairobi-to-share-knowledge-experience/7100978.html",
        "title": "African Businesswomen Meet in Nairobi to Share Knowledge, Experience",
        "published": None,
        "truncated": True,
        "note": "Removed: title line, two photo captions (with their '(Mariama Diallo/VOA)' "
                "credits). Cut by the store inside Njoroge's quotation ('... in business because "
                "we'); that paragraph was dropped. The story is of April 2023 (the meeting of April "
                "12-14; no year or day on the stored page).",
        "text": """
After three years of meeting virtually, the African Women Entrepreneurship Cooperative (AWEC) convened in Nairobi April 12-14 at its first in-person meeting since the start of the COVID-19 pandemic.
The gathering gave female entrepreneurs from Africa and the diaspora a chance to hear from experts and each other about how to improve and grow their businesses.
AWEC is a yearlong program created through the Center for Global Enterprise, a nonprofit research institute in New York. The program has been in place for five years, CGE Director Christopher Caine told VOA.
“It was designed to help women business owners in Africa build resilient businesses," Caine said. "We do that by focusing in on their management skills capacity as well as all things a business leader needs to accomplish.”
Dawn Leaness, the managing director of AWEC, told VOA about 200 women are selected each year from approximately 3,000 applicants. She said they focus on experiential learning.
“Every single woman here is an entrepreneur," she said. "They are running their own business, and during their program, they use their business as a case study. So, they learn about a topic - say, digital marketing - and they go and rewrite their digital marketing strategy for their business the next day. We’ll go over financial management, and they’ll go and bring you their balance sheet.”
Elizabeth Njoroge of the Liz Njoroge Collection said she’s been in business for 20 years but was hardly making any money.
""",
        "quotes": [
            ("indirect", "The program has been in place for five years", "told",
             "CGE Director Christopher Caine", "Christopher Caine", "USA", "name"),
            ("direct", "It was designed to help women business owners in Africa build resilient businesses",
             "said", "Caine", "Christopher Caine", "USA", "name"),
            ("direct", "We do that by focusing<<>>needs to accomplish.", "said", "Caine", "Christopher Caine", "USA", "name"),
            ("indirect", "about 200 women are selected each year from approximately 3,000 applicants", "told",
             "Dawn Leaness", "Dawn Leaness", "USA", "name"),
            ("indirect", "they focus on experiential learning", "said", "She", "Dawn Leaness", "USA", "pronoun"),
            ("direct", "Every single woman here is an entrepreneur", "said", "she", "Dawn Leaness", "USA", "pronoun"),
            ("direct", "They are running their own business<<>>their balance sheet.", "said", "she", "Dawn Leaness", "USA", "pronoun"),
            ("indirect", "she’s been in business for 20 years but was hardly making any money", "said",
             "Elizabeth Njoroge", "Elizabeth Njoroge", "KEN", "name"),
        ],
    },
    {
        "id": "t12-east-africa-fao-harvests-2009",
        "url": "https://www.voanews.com/a/a-13-2009-09-21-voa34-68757452/410462.html",
        "title": "UN Predicts Food Shortages for East Africa",
        "published": "2009-09-21",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. The stored text ends "
                "with a complete sentence and no page furniture, near the store's length limit, so "
                "it may have been cut (marked truncated). published: the date in the URL. The "
                "page's 'crisis.So' (no space) is kept. 'The FAO blamed the poor harvests on ...' "
                "is no report of words; the quotation after 'explained the problem is two-fold,' "
                "belongs to that cue.",
        "text": """
The United Nations says a series of poor harvests is aggravating an already serious food situation across much of East Africa.
The U.N. Food and Agriculture Organization, or FAO, says recent crops in Uganda, Kenya and Ethiopia were all well below average and that prospects for Eritrean crops also are poor.
The agency says 20 million people in the region already receive food aid and that the number may rise in coming months, although it did not give a final estimate.
The FAO blamed the poor harvests on the persistent regional drought that has also reduced livestock herds and forced people to migrate in search of water supplies.
Somalia appears to be facing an especially dire situation. The FAO says 3.6 million Somalis -- about half the population -- are in need of emergency assistance.
Daniel Gustafson is Director of the Washington office of the FAO. He talked to VOA about the dire situation in eastern Africa and explained the problem is two-fold, “One is a long period of successive bad rains for the last couple of years. The impact is really coming from drought, but the worry is that it will be followed as often does, when we have an El Nino year, followed by really heavy rains in a short period of time towards the end of the year and early into the next ones."
"That exacerbates," he says, "all of the problems with flooding, mudslides and difficulty in distributing food, and destruction of infrastructure, on top of the fact that we are still recovering from the high price crisis of a couple of years ago. So prices for food staples have not come down to levels before that crisis.So it really is a very severe situation.”
Gustafson said some of the main regions affected will be the northern pastoral regions of Somalia, Uganda, Kenya, Ethiopia and Sudan.
""",
        "quotes": [
            ("indirect", "a series of poor harvests is aggravating an already serious food situation across much of East Africa",
             "says", "The United Nations", "United Nations", "UNO", "organisation"),
            ("indirect", "recent crops in Uganda, Kenya and Ethiopia were all well below average and that prospects for Eritrean crops also are poor",
             "says", "The U.N. Food and Agriculture Organization", "Food and Agriculture Organization", "UNO", "organisation"),
            ("indirect", "20 million people in the region already receive food aid and that the number may rise in coming months",
             "says", "The agency", "Food and Agriculture Organization", "UNO", "organisation"),
            ("indirect", "3.6 million Somalis -- about half the population -- are in need of emergency assistance",
             "says", "The FAO", "Food and Agriculture Organization", "UNO", "organisation"),
            ("indirect", "the problem is two-fold", "explained", "He", "Daniel Gustafson", "UNO", "pronoun"),
            ("direct", "One is a long period<<>>into the next ones.", "explained", "He", "Daniel Gustafson", "UNO", "pronoun"),
            ("direct", "That exacerbates", "says", "he", "Daniel Gustafson", "UNO", "pronoun"),
            ("direct", "all of the problems with flooding<<>>a very severe situation.", "says", "he", "Daniel Gustafson", "UNO", "pronoun"),
            ("indirect", "some of the main regions affected will be the northern pastoral regions of Somalia, Uganda, Kenya, Ethiopia and Sudan",
             "said", "Gustafson", "Daniel Gustafson", "UNO", "name"),
        ],
    },
    {
        "id": "t12-japan-tsunami-shelter-2011",
        "url": "http://www.voanews.com/content/daily-struggle-for-survivors-of-japan-tsunami-118171409/136679.html",
        "title": "Japanese Tsunami Survivors Face Daily Struggle",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice), the 'Multimedia / "
                "Audio' box ('Interview with Sayaka Matsumoto of the Japanese Red Cross'), byline "
                "'Henry Ridgwell'. Cut by the store inside the next sentence ('Local med'); kept to "
                "the last complete sentence. Double spaces reduced to one. The story is of mid-March "
                "2011 (days after the tsunami of Friday, March 11). The page's slip 'went up the to "
                "the primary school' is kept; 'are estimated to be living' names no source.",
        "text": """
Amid the desperate attempts by rescue teams to find anyone alive in the wreckage left by the Japan tsunami, survivors of the disaster are struggling to get by. Close to half a million people are estimated to be living in shelters, most sleeping on the cold floors of school gymnasiums. The very old and the very young are the most at risk.
Two-month-old Hina Tanaka is cradled in the arms of her aunt. She is the youngest homeless resident of the Rikuzentakata Gymnasium shelter. Her great grandmother Michiko Tanaka sits beside them - her home also destroyed by the tsunami.
When asked about the baby’s mother, she leaves the question unanswered.
Michiko says, "We came here last Friday, after the tsunami. We have been here since then."
The family are being given milk and diapers, but with no running water they are unable to bathe Hina.
Next to Hina and her family sits 11-year-old Mugen Takahashi, with his sister and mother. Despite being in a wheelchair, Mugen managed to escape the tsunami.
Mugen says his sister was at school when the tsunami struck and her teacher told the students to leave immediately. He says they went up the to the primary school, which is on higher ground, and the students managed to escape the tsunami.
Mugen’s grandparents did not manage to escape. They are among the hundreds killed when the tsunami roared through the town, consuming all in its path.
Outside, a group of men gather beside a fire to smoke and talk about the disaster that has befallen their town. Thick snow is falling and it is getting cold in the shelters.
""",
        "quotes": [
            ("direct", "We came here last Friday, after the tsunami. We have been here since then.",
             "says", "Michiko", "Michiko Tanaka", "JPN", "name"),
            ("indirect", "his sister was at school when the tsunami struck and her teacher told the students to leave immediately",
             "says", "Mugen", "Mugen Takahashi", "JPN", "name"),
            ("indirect", "they went up the to the primary school, which is on higher ground, and the students managed to escape the tsunami",
             "says", "He", "Mugen Takahashi", "JPN", "pronoun"),
        ],
    },
    {
        "id": "t12-ethiopia-obama-african-union-2015",
        "url": "http://www.voazimbabwe.com/content/barack-obama-attacks-leaders-clinging-to-power/2882232.html",
        "title": "Obama Attacks Power Hungry Leaders",
        "published": "2015-07-28",
        "truncated": True,
        "note": "VOA Studio 7 for Zimbabwe (English). Removed: 'Accessibility links', 'Breaking "
                "News', title line, photo caption (stored twice; dated July 28, 2015, the story's "
                "'Tuesday', used as the date). Cut by the store inside the next sentence ('Mr. "
                "Obama warn'); kept to the last complete sentence. The page's wording ('He added "
                "that, however, ...', 'that he said, although ...') is kept. 'corruption that he "
                "said, although ...' is relative reported speech (span after the cue, as test8); "
                "'hailed the continent's gains', 'noting the U.S. role' (noun objects) are not quotes.",
        "text": """
United States President Barack Obama wrapped up his trip to Africa on Tuesday after making the first visit by an American president to the African Union's headquarters in Ethiopia with a wide-ranging speech hailing the continent's progress, but warning such progress can be sustained only through continued development and democracy for all.
Conspicuous by his absence from the gathering was AU chairman, President Robert Mugabe.
Mr. Obama hailed the continent's gains, from a plummeting HIV/AIDS infection rate to millions of Africans being lifted out of poverty, while noting the U.S. role in such gains. President Obama highlighted his renewal of the African Growth and Opportunity Act aimed at boosting trade and United States initiatives focused on food security, increasing access to electricity and supporting African entrepreneurs.
While not naming China, the president emphasized what sets the United States apart in its investment in Africa.
He added that, however, there is some doubt on Africa’s progress.
Mr. Obama also noted Africa’s inherent problem of corruption that he said, although it was not only unique in Africa it was devastating to the growth of the continent.
In what Zimbabweans could easily identify as something that is pertinent to their country Mr. Obama touched the issue of leaders who cling onto power saying it was abhorrent to have leaders that want to rule for life.
""",
        "quotes": [
            ("indirect", "such progress can be sustained only through continued development and democracy for all",
             "warning", "United States President Barack Obama", "Barack Obama", "USA", "name"),
            ("indirect", "what sets the United States apart in its investment in Africa", "emphasized",
             "the president", "Barack Obama", "USA", "nominal"),
            ("indirect", "however, there is some doubt on Africa’s progress", "added", "He", "Barack Obama", "USA", "pronoun"),
            ("indirect", "although it was not only unique in Africa it was devastating to the growth of the continent",
             "said", "he", "Barack Obama", "USA", "pronoun"),
            ("indirect", "it was abhorrent to have leaders that want to rule for life", "saying",
             "Mr. Obama", "Barack Obama", "USA", "name"),
        ],
    },
    {
        "id": "t12-philippines-haiyan-relief-2013",
        "url": "http://www.voanews.com/content/relief-workers-in-philippines-struggle-to-reach-typhoon-victims/1787653.html",
        "title": "Relief Workers in Philippines Struggle to Reach Typhoon Victims",
        "published": "2013-11-11",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice; dated Nov. 11, "
                "2013, the story's 'Monday', used as the date), byline 'Daniel Schearf', the "
                "gallery caption after the last paragraph (where the store cut). Double spaces "
                "reduced to one. 'estimated that X, but the extent of damage is still unknown ...': "
                "only the clause after 'that' is annotated (the 'but' clause reads as the "
                "reporter's).",
        "text": """
As international aid rushes to the typhoon-ravaged Philippines, groups say rescue and relief efforts are being slowed by roadblocks caused by massive amounts of debris. Three days after Typhoon Haiyan came ashore, authorities are still struggling to even gauge the extent of the devastation. Meanwhile U.S. military transport planes and a contingent of Marines have arrived to help.
Supplies of emergency food, water, and sanitation are being flown in by helicopter to the storm-damaged central Philippines, three days after a record super typhoon.
Typhoon Haiyan, known locally as Yolanda, slammed into eastern Leyte and Samar islands on Friday, obliterating everything in its path and cutting off supplies of power and water, as well as crucial road links.
U.S. military C-130 planes, filled with relief supplies and Marines, began arriving in Tacloban, the devastated capital of Leyte, on Monday.
Orla Fagan, spokeswoman for the United Nations Office for the Coordination of Humanitarian Affairs (UNOCHA) in Manila, estimated that nine million people have been affected by the storm, but the extent of damage is still unknown because the rescue effort remains handicapped by debris, downed trees and power lines.
"Certainly Tacloban has been hardest hit. But, in the areas where we haven't been able to access, we actually don't know what the damage is. So, we do expect that there will be increased numbers of dead, deaths reported. And we are doing our very best to access the people who are desperately in need at this stage," said Fagan.
""",
        "quotes": [
            ("indirect", "rescue and relief efforts are being slowed by roadblocks caused by massive amounts of debris",
             "say", "groups", "groups", None, "nominal"),
            ("indirect", "nine million people have been affected by the storm", "estimated",
             "Orla Fagan", "Orla Fagan", "UNO", "name"),
            ("direct", "Certainly Tacloban has been hardest hit.<<>>in need at this stage",
             "said", "Fagan", "Orla Fagan", "UNO", "name"),
        ],
    },
    {
        "id": "t12-pakistan-us-taliban-talks-2019",
        "url": "https://www.voanews.com/a/south-central-asia_pakistan-says-visiting-us-taliban-negotiators-hold-direct-talks/6176957.html",
        "title": "Pakistan Says Visiting US, Taliban Negotiators to Hold Direct Talks",
        "published": "2019-10-03",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (dated "
                "Oct. 3, 2019, the story's 'Thursday', used as the date; its slip 'who a leading' "
                "is the page's), and the second caption where the store cut ('Mullah Abdul Ghani "
                "Baradar (3rd-L), who is leading a T'). The page's slip 'aimed at ending to' is "
                "kept. 'VOA’s question about whether he will revive talks' is a noun complement; "
                "'Trump was referring to' and 'expressed optimism' are not quotes.",
        "text": """
Pakistan says that visiting U.S. and Taliban delegates will hold a direct bilateral meeting to discuss resumption of peace talks aimed at ending to the nearly two decades of conflict in neighboring Afghanistan.
Foreign Minister Shah Mehmood Qureshi, while making the announcement told reporters Islamabad is optimistic the stalled U.S.-Taliban dialogue will resume soon.
But U.S. President Donald Trump appeared non-committal.
“We have a real problem,” Trump said Thursday morning responding to VOA’s question about whether he will revive talks with the Taliban. “We've been hitting the Taliban very, very hard. And as far as I'm concerned, they still haven't recovered from killing 12 people, one of them happens to be a great American soldier from Puerto Rico. They still have not recovered, and they probably never will,” he added.
Trump was referring to Sgt. First Class Elis A. Barreto Ortiz, whose death by a suicide car bomber in Kabul, Afghanistan, claimed by the Taliban upended the peace talks in September.
Qureshi expressed optimism after holding official talks in Islamabad with a high-level delegation of the Taliban insurgency, which arrived in the Pakistani capital the previous day.
Qureshi noted that the U.S.-Taliban dialogue had almost finalized a peace deal in nine long rounds of meetings before the process broke down nearly a month ago.
“Pakistan is trying to help restart the dialogue process to bring it to its logical conclusion,” the foreign minister said. “I am happy to share with you that I have returned satisfied from my meeting with them (Taliban),” Qureshi asserted.
""",
        "quotes": [
            ("indirect", "visiting U.S. and Taliban delegates will hold a direct bilateral meeting<<>>conflict in neighboring Afghanistan",
             "says", "Pakistan", "Pakistan", "PAK", "organisation"),
            ("indirect", "Islamabad is optimistic the stalled U.S.-Taliban dialogue will resume soon", "told",
             "Foreign Minister Shah Mehmood Qureshi", "Shah Mehmood Qureshi", "PAK", "name"),
            ("direct", "We have a real problem", "said", "Trump", "Donald Trump", "USA", "name"),
            ("direct", "We've been hitting the Taliban<<>>they probably never will", "added", "he", "Donald Trump", "USA", "pronoun"),
            ("indirect", "the U.S.-Taliban dialogue had almost finalized a peace deal in nine long rounds of meetings before the process broke down nearly a month ago",
             "noted", "Qureshi", "Shah Mehmood Qureshi", "PAK", "name"),
            ("direct", "Pakistan is trying to help restart the dialogue process to bring it to its logical conclusion",
             "said", "the foreign minister", "Shah Mehmood Qureshi", "PAK", "nominal"),
            ("direct", "I am happy to share with you<<>>my meeting with them (Taliban)", "asserted",
             "Qureshi", "Shah Mehmood Qureshi", "PAK", "name"),
        ],
    },
    {
        "id": "t12-pakistan-taliban-talks-off-2014",
        "url": "http://www.voanews.com/content/pakistani-govt-talks-with-taliban-called-off/1843904.html",
        "title": "Pakistani Govt Talks with Taliban Called Off",
        "published": None,
        "truncated": False,
        "note": "Removed: 'World News', title line, the closing 'Featured Story' box (a video blurb "
                "on the Islamic State with its links). Whole as stored (the story ends before that "
                "box). The page's 'and and' is kept. The story is of early February 2014 (talks "
                "planned for 'Tuesday'; Afghan elections 'in April'). 'It was described as ...' "
                "names no source; 'insist on', 'stressed the need' and 'accused ... of' take noun "
                "objects (not quotes).",
        "text": """
Preliminary peace talks between the Pakistani government and and the Pakistani Taliban have been called off.
Negotiators had been scheduled to meet Tuesday in Islamabad to chart a plan for the talks. It was described as an introductory meeting aimed at resolving conflicts over tribal areas that are currently under Taliban control. The Taliban insurgency has taken thousands of lives over a decade of existence.
The Taliban continues to insist on hardline sharia law while the government has stressed the need to provide democratic freedoms. Critics have accused Prime Minister Nawaz Sharif's government of taking a weak stand against the Taliban in the past.
Meanwhile, the New York Times says the president of neighboring Afghanistan, Hamid Karzai, has been engaged since November in secret talks with the Afghan Taliban.
Mr. Karzai announced around that time that he would avoid signing a security deal with the United States until after presidential elections in April.
White House officials, frustrated by Mr. Karzai's recent stance, are meeting with top U.S. military officials on Tuesday to discuss the future of the U.S. mission in Afghanistan.
""",
        "quotes": [
            ("indirect", "the president of neighboring Afghanistan, Hamid Karzai, has been engaged since November in secret talks with the Afghan Taliban",
             "says", "the New York Times", "New York Times", "USA", "organisation"),
            ("indirect", "he would avoid signing a security deal with the United States until after presidential elections in April",
             "announced", "Mr. Karzai", "Hamid Karzai", "AFG", "name"),
        ],
    },
    {
        "id": "t12-colombia-farc-deal-2016",
        "url": "https://www.voanews.com/a/colombia-peace-accord-farc/3608080.html",
        "title": "Colombia, FARC Set to Sign Renegotiated Peace Deal",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (dated "
                "Nov. 15, 2016, of an earlier march), crosshead 'Earlier deal rejected by voters'. "
                "Cut by the store inside the next sentence ('... would be confined in rural'); kept "
                "to the last complete sentence. The story is of November 23 or 24, 2016 (signing set "
                "for 'Thursday', Nov. 24 per the caption). 'Hakim said, like ..., there are ...' has "
                "no complementizer; the span starts after the comma. 'which was seen as too soft' "
                "names no source.",
        "text": """
Colombia's government and the country's largest rebel group, known as the FARC, are set to sign a renegotiated peace deal Thursday.
The revised document will be signed in Bogota between FARC leader Rodrigo Londono and Colombian President Juan Manuel Santos, who won the Nobel Peace Prize last month for his efforts to end the decades-long conflict with the insurgent group.
Peter Hakim, president emeritus and senior fellow at the Washington-based Inter-American Dialogue, told VOA that although the accord lacks universal support, it should be approved by Congress.
Hakim said, like other agreements of this kind, there are compromises and, when taken out of the judicial realm and placed into the political realm, inevitably those accused of rights abuses and crimes will escape justice.
The government and representatives of FARC, the Revolutionary Armed Forces of Colombia, have been negotiating in Cuba for more than four years to bring an end to the conflict that has killed more than 220,000 people and displaced millions in the Andean country.
Last month, voters taking part in a referendum surprisingly rejected the first accord, which was seen as too soft on the rebels. After the revised deal is signed, it will be submitted to Colombia's Congress for approval, rather than put to another referendum.
Ever since the original deal's defeat at the polls, the FARC and government negotiators have worked around the clock, introducing some 50-plus changes to make it more acceptable to conservative Colombians who overwhelmingly despise the FARC.
""",
        "quotes": [
            ("indirect", "although the accord lacks universal support, it should be approved by Congress", "told",
             "Peter Hakim", "Peter Hakim", "USA", "name"),
            ("indirect", "like other agreements of this kind<<>>will escape justice", "said",
             "Hakim", "Peter Hakim", "USA", "name"),
        ],
    },
    {
        "id": "t12-turkey-gezi-final-warning-2013",
        "url": "http://www.voanews.com/content/turkish-pm-warns-protesters-to-leave-park/1680839.html",
        "title": "Turkish PM Issues Final Warning to Protesters",
        "published": "2013-06-13",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, photo caption (stored twice; dated June 13, "
                "2013, the story's 'Thursday', used as the date), byline 'Dorian Jones'. Cut by the "
                "store inside the next sentence ('He vowed that they are all staying, and'); kept to "
                "the last complete sentence. Double spaces reduced to one. The typewriter closing "
                "mark ('') after Erdogan's appeal is the page's. 'what he said were illegal and "
                "terror groups' is relative reported speech; 'called ... for protesters to leave' "
                "(directive), 'accuses him of', 'denied such accusations' and 'has promised a local "
                "vote' (noun objects) are not quotes.",
        "text": """
Turkish Prime Minister Recep Tayyip Erdogan has issued a "final warning" to protesters to leave Gezi Park in central Istanbul. Activists have said they will not leave the park until the government abandons plans to redevelop it. Erdogan has promised a local vote on its future.
In an address to party members Thursday, Erdogan said his patience is at an end with demonstrators occupying Gezi Park.
He said the Turkish government cannot wait any more because Gezi Park does not belong to occupying forces, but to the people. He added an appeal to mothers and fathers to "please take your children in hand and bring them out.''
Government plans to tear up Gezi Park and build a shopping center set off the protests. They quickly built up into marches against the government and Erdogan. The opposition accuses him of being authoritarian and imposing his conservative Islamic views on secular Turks.
Riot police have used tear gas, water cannons, and stun grenades to drive off the demonstrators in Istanbul and Ankara. Four people have died, about 5,000 people were hurt and thousands of others arrested.
Turkey's interior minister called Thursday for protesters to leave the park so that security forces could deal with what he said were illegal and terror groups.
The government claims the initial environmental protest has been hijacked by anti-democratic forces.
Ibrahim Keskin denied such accusations. He is from "Taksim Solidarity," one of the groups organizing the ongoing protests to protect the park. Keskin said the protesters will not leave.
He said protesters come from every walk of life in Turkey. Keskin said the people threatened with expulsion from the park are the real people of the country.
""",
        "quotes": [
            ("partial", "final warning", "issued", "Turkish Prime Minister Recep Tayyip Erdogan",
             "Recep Tayyip Erdogan", "TUR", "name"),
            ("indirect", "they will not leave the park until the government abandons plans to redevelop it",
             "said", "Activists", "activists", "TUR", "nominal"),
            ("indirect", "his patience is at an end with demonstrators occupying Gezi Park", "said",
             "Erdogan", "Recep Tayyip Erdogan", "TUR", "name"),
            ("indirect", "the Turkish government cannot wait any more because Gezi Park does not belong to occupying forces, but to the people",
             "said", "He", "Recep Tayyip Erdogan", "TUR", "pronoun"),
            ("partial", "please take your children in hand and bring them out", "added", "He",
             "Recep Tayyip Erdogan", "TUR", "pronoun"),
            ("indirect", "were illegal and terror groups", "said", "he", "Turkey's interior minister", "TUR", "pronoun"),
            ("indirect", "the initial environmental protest has been hijacked by anti-democratic forces", "claims",
             "The government", "Turkish government", "TUR", "organisation"),
            ("indirect", "the protesters will not leave", "said", "Keskin", "Ibrahim Keskin", "TUR", "name"),
            ("indirect", "protesters come from every walk of life in Turkey", "said", "He", "Ibrahim Keskin", "TUR", "pronoun"),
            ("indirect", "the people threatened with expulsion from the park are the real people of the country",
             "said", "Keskin", "Ibrahim Keskin", "TUR", "name"),
        ],
    },
    {
        "id": "t12-turkey-erdogan-duty-2013",
        "url": "http://www.voanews.com/content/protesters-gather-at-istanbul-bridge-as-erdogan-supporters-plan-for-rally/1682704.html",
        "title": "Erdogan Says It Was His 'Duty' to Evict Protesters",
        "published": "2013-06-16",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, photo caption (stored twice; dated Jun. 16, "
                "2013, the story's 'Sunday', used as the date), byline 'VOA News', the gallery "
                "captions after the last paragraph (where the store cut). 'dismissed opposition "
                "allegations that ...' is a noun complement and 'accuse him of' takes a gerund "
                "(not quotes).",
        "text": """
Turkish Prime Minister Recep Tayyip Erdogan told hundreds of thousands of supporters it was his "duty" to evict activists from an Istanbul park.
Speaking at a massive rally Sunday, Erdogan said two weeks of street protests were manipulated by "terrorists." He dismissed opposition allegations that he was behaving like a dictator and he criticized foreign media coverage of the protests.
As he spoke, riot police in central Istanbul fired tear gas to stop protesters from regrouping in the main Taksim Square, after police forcibly drove them out of a nearby park that has been the center of protests against Erdogan's government.
The prime minister said his patience with the demonstrators had ended. Security forces used tear gas and water cannons to clear the park on Saturday evening.
Protests against government plans to tear down the park for new construction started two weeks ago but quickly built into nationwide protests against Erdogan. The protesters accuse him of imposing his conservative Islamic views on the country.
The prime minister told protesters last week that he would put redevelopment plans for the park on hold until a court rules on them. He also said he would hold a referendum on the issue if the court rules in the government's favor.
""",
        "quotes": [
            ("indirect", "it was his \"duty\" to evict activists from an Istanbul park", "told",
             "Turkish Prime Minister Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "TUR", "name"),
            ("partial", "duty", "told", "Turkish Prime Minister Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "TUR", "name"),
            ("indirect", "two weeks of street protests were manipulated by \"terrorists.\"", "said",
             "Erdogan", "Recep Tayyip Erdogan", "TUR", "name"),
            ("partial", "terrorists", "said", "Erdogan", "Recep Tayyip Erdogan", "TUR", "name"),
            ("indirect", "his patience with the demonstrators had ended", "said", "The prime minister",
             "Recep Tayyip Erdogan", "TUR", "nominal"),
            ("indirect", "he would put redevelopment plans for the park on hold until a court rules on them",
             "told", "The prime minister", "Recep Tayyip Erdogan", "TUR", "nominal"),
            ("indirect", "he would hold a referendum on the issue if the court rules in the government's favor",
             "said", "He", "Recep Tayyip Erdogan", "TUR", "pronoun"),
        ],
    },
    {
        "id": "t12-jordan-kerry-zaatari-2013",
        "url": "http://www.voanews.com/content/kerry-hears-frustrations-of-syrian-refugees-in-jordan/1704244.html",
        "title": "Kerry: Syrian Refugee Crisis Challenges International Community",
        "published": "2013-07-18",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, the embedded video block ('Kerry Visits "
                "Syrian Refugee Camp in Jordan', 'July 18, 2013 4:19 PM' and its summary), photo "
                "caption (stored four times). Cut by the store inside the next sentence ('But for "
                "all the effort to bu'); kept to the last complete sentence. published: the video "
                "block's date, the story's 'Thursday'. Double spaces reduced to one.",
        "text": """
U.S. Secretary of State John Kerry says the international community must push to end Syria's civil war to stop the violence and allow for the return of nearly two-million refugees. Kerry visited a refugee camp in Jordan near the Syrian border Thursday.
Secretary Kerry and Jordanian Foreign Minister Nasser Judeh came to the Zaatari camp, where nearly 120,000 people are living in what has become a small city scraped out of a dry plain 12 kilometers from the Syrian border.
Refugees and aid workers say the mindset here has changed with recent military gains by forces loyal to Syrian President Bashar al-Assad as people realize that more than two years into this war, being a refugee is not a temporary status.
Families are beginning to cement their compounds around ornamental fountains. More than a dozen babies are born each day at a Moroccan hospital in the camp. Taxis ply a main paved road known as the Champs Elysees, past some of the more than 3,000 shops and more than 500 food stalls in the camp.
""",
        "quotes": [
            ("indirect", "the international community must push to end Syria's civil war to stop the violence and allow for the return of nearly two-million refugees",
             "says", "U.S. Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("indirect", "the mindset here has changed with recent military gains<<>>not a temporary status",
             "say", "Refugees and aid workers", "refugees and aid workers", None, "nominal"),
        ],
    },
    {
        "id": "t12-russia-moscow-rally-june-2012",
        "url": "http://www.voanews.com/content/russian-opposition-hold-moscow-rally/1206251.html",
        "title": "Opposition Rally Draws Tens of Thousands in Moscow",
        "published": "2012-06-12",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, byline 'James Brooke', the gallery captions "
                "after the last paragraph (where the store cut). published: the gallery's date "
                "(Tuesday, June 12, 2012, the story's 'Tuesday'). Double spaces reduced to one. The "
                "sign's words after 'carried a sign reading,' are a direct quote of its carrier "
                "(cue 'reading', as GUIDELINE.md lists); the quotation has no closing full stop on "
                "the page.",
        "text": """
MOSCOW - Braving thunderstorms over Moscow and police raids on opposition offices, tens of thousands of people turned out Tuesday, filling the capital's leafy boulevard ring road with a long river of protesters.
Earlier, President Putin tried to cut the turnout by dramatically raising penalties for unauthorized protests and by ordering police raids on top opposition leaders. On protest day, many top leaders missed the rally because they were undergoing police interrogations.
But the crackdown may have backfired, as the protesters appeared to have a new energy.
Elizabeth, a 15-year-old student, walked with her mother and carried a sign reading, "Back to Future 2012 = 1937"
The year 1937 was the year when Stalinist repression sharpened. Elizabeth complained that she was among the more than 400 protesters detained at the protest on the day before Mr. Putin's May 7 inauguration.
""",
        "quotes": [
            ("direct", "Back to Future 2012 = 1937", "reading", "Elizabeth", "Elizabeth", "RUS", "name"),
            ("indirect", "she was among the more than 400 protesters detained at the protest on the day before Mr. Putin's May 7 inauguration",
             "complained", "Elizabeth", "Elizabeth", "RUS", "name"),
        ],
    },
    {
        "id": "t12-venezuela-diplomatic-offices-2019",
        "url": "https://www.voanews.com/a/4846015.html",
        "title": "Venezuela Opposition Takeover in US Further Isolates Maduro",
        "published": None,
        "truncated": False,
        "note": "A video story page: its text is one summary paragraph. Removed: 'Accessibility "
                "links', 'Breaking News', title line, the embedded player (its title, 'please wait', "
                "'No media source currently available', '0:00 0:02:36 0:00'). Whole as stored. The "
                "story is of March 2019 (after Guaido's self-declaration in January 2019; no date on "
                "the stored page). Layered attribution: the VOA reporter is the speaker of the "
                "clause he reports. 'has denounced as illegal the takeover' and 'declared himself "
                "interim leader' take noun objects (not quotes).",
        "text": """
The Venezuelan government in Caracas under the control of President Nicolas Maduro has denounced as illegal the takeover this week of some of its diplomatic offices in the United States by representatives of opposition leader Juan Guaido, who declared himself interim leader of the oil rich but economically impoverished nation. But as VOA’s Brian Padden reports, the move by the U.S. to legitimize Guaido and further isolate the embattled Maduro government has recent legal precedent.
""",
        "quotes": [
            ("indirect", "the move by the U.S. to legitimize Guaido and further isolate the embattled Maduro government has recent legal precedent",
             "reports", "VOA’s Brian Padden", "Brian Padden", "USA", "name"),
        ],
    },
]

"""Source of the sealed quotes test set ``test6.jsonl`` (VOA stories; see ``README-test6.md``).

Build/check: ``python data/gold/check_quotes_test6.py build|check``. Each quote is a tuple
``(kind, span, cue, speaker_text, speaker, speaker_country, speaker_class[, after])``; a span is
searched from the start of the previous quote (or after the first occurrence of ``after``),
``"A<<>>B"`` spans from A to the next B (B included).
"""

DOCS = [
    {
        "id": "t6-zimbabwe-mugabe-reelected",
        "url": "http://voanews.com/content/zimbabwe-disputed-vote-mugabe-victory-zanu-pf/1722931.html",
        "title": "Mugabe Re-Elected; Opposition Vows Challenge",
        "published": "2013-08-03",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', the title line, the photo caption (stored twice). "
                "Cut by the store; kept up to the last complete sentence. published: the date in the photo caption.",
        "text": """
Zimbabwe's president, Robert Mugabe, has extended his 33-year rule, being declared the winner of Wednesday's presidential election, despite opposition claims of fraud and concerns raised by other countries.
Zimbabwe's election commission announced Mugabe's victory on Saturday. The commission said Mugabe won a new five-year term with 61 percent of the vote, compared to 34 percent for his longtime rival, Prime Minister Morgan Tsvangirai.
President Mugabe's ZANU-PF party also won more than a two-thirds majority in parliament, which will allow it to make changes to the constitution. Tsvangirai's Movement for Democratic Change party, meanwhile, won a much smaller fraction of the 210 parliament seats.
Tsvangirai has denounced the presidential and parliamentary vote as a "huge farce," vowing to challenge the results in court and calling for new elections.
"The MDC totally rejects the 31 July elections on the basis of, A, the process and, B, the absence of reforms."
Tsvangirai told a news conference his party will not participate in the new government.
The MDC's rejection of the election results has raised fears of a repeat of bloody violence that followed a disputed vote in 2008.
The international community, meanwhile, has also expressed concerns about the poll.
U.S. Secretary of State John Kerry said the United States does not believe the announced results represent a "credible expression of the will of the Zimbabwean people." In a written statement issued Saturday, Kerry said the balance of evidence indicates the announcement was "the culmination of a deeply flawed process."
""",
        "quotes": [
            ("indirect", "Mugabe won a new five-year term<<>>Prime Minister Morgan Tsvangirai", "said",
             "The commission", "Zimbabwe's election commission", "ZWE", "organisation"),
            ("partial", "huge farce", "denounced", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("direct", "The MDC totally rejects<<>>absence of reforms.", None, "Tsvangirai",
             "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "his party will not participate in the new government", "told", "Tsvangirai",
             "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", 'the United States does not believe<<>>Zimbabwean people."', "said",
             "U.S. Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("partial", "credible expression of the will of the Zimbabwean people", "said",
             "U.S. Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("indirect", 'the balance of evidence indicates<<>>flawed process."', "said", "Kerry",
             "John Kerry", "USA", "name"),
            ("partial", "the culmination of a deeply flawed process", "said", "Kerry", "John Kerry",
             "USA", "name"),
        ],
    },
    {
        "id": "t6-vietnam-philippines-leaders",
        "url": "http://www.voanews.com/content/vietnam-china-oil-rig-seriously-threatens-peace/1919097.html",
        "title": "Philippines, Vietnam Leaders Meet, Take a Swipe at China",
        "published": "2014-05-21",
        "truncated": True,
        "note": "Removed: 'News / Asia', the title line, the photo caption (stored twice), the byline 'Simone Orendain'; "
                "indentation and double spaces after full stops reduced to one space. Cut by the store; kept up to "
                "the last complete sentence. published: the date in the photo caption.",
        "text": """
Vietnam’s prime minister held talks with the Philippines president on Wednesday in Manila. They discussed strengthening defense ties and maritime cooperation. But the prime minister drew attention over his tough words for China, saying both Manila and Hanoi are determined to oppose what he says are Beijing’s territorial violations in the South China Sea.
Prime Minister Nguyen Tan Dung arrived in Manila following high tension with Beijing over a Chinese oil rig that Vietnam says is in its territorial waters.
The Philippines has also complained of run-ins with China’s government surveillance vessels at various disputed outcroppings. Last month the Philippines protested what it says is a Chinese reclamation project at a reef it claims in the Spratly Islands.
Speaking through an interpreter at the Philippines’ presidential palace, Dung said Manila and Hanoi share the same view of the situation.
“The two sides are determined to oppose China’s violations and called on countries and the international community to continue strongly condemning China and demanding China to immediately end its above said violations and fully, strictly, observe international law,” he said.
During meetings Wednesday the leaders said they are interested in advancing cooperation in defense matters and plan to consult each other more actively when it comes to regional security.
""",
        "quotes": [
            ("indirect", "both Manila and Hanoi are determined<<>>in the South China Sea", "saying",
             "the prime minister", "Nguyen Tan Dung", "VNM", "nominal"),
            ("indirect", "is in its territorial waters", "says", "Vietnam", "Vietnam", "VNM", "organisation"),
            ("indirect", "is a Chinese reclamation project at a reef it claims in the Spratly Islands", "says",
             "it", "Philippines", "PHL", "pronoun"),
            ("indirect", "Manila and Hanoi share the same view of the situation", "said", "Dung",
             "Nguyen Tan Dung", "VNM", "name"),
            ("direct", "The two sides are determined<<>>observe international law", "said", "he",
             "Nguyen Tan Dung", "VNM", "pronoun"),
            ("indirect", "they are interested in advancing<<>>regional security", "said", "the leaders",
             "leaders", None, "nominal"),
        ],
    },
    {
        "id": "t6-philippines-sansha-aquino",
        "url": "http://www.voanews.com/content/philippines-slams-chinese-establishment-of-city-in-south-china-sea/1443944.html?page=2",
        "title": "Philippines Slams China's Establishment of Sansha City in South China Sea",
        "published": "2012-07-23",
        "truncated": True,
        "note": "Removed: 'News / Asia', the title line, the photo caption (stored three times), the byline 'VOA News', "
                "a second photo caption (Hanoi protest) after which the store cut the page. published: the date in the "
                "first photo caption (Monday, July 23, 2012).",
        "text": """
Philippine President Benigno Aquino says his country will not back down in a territorial dispute with China.
Aquino made the statement Monday in his annual state of the union address, reacting to China's establishment on Sunday of Sansha city across several disputed islands of the South China Sea. China refers to the islands as Xisha, Zhongsha and Nansha.
Beijing’s planned deployment of a military garrison to Sansha brought a swift response from President Aquino. He said, “If someone entered your yard and told you he owned it, would you agree? Would it be right to give away that which is rightfully ours?"
""",
        "quotes": [
            ("indirect", "his country will not back down in a territorial dispute with China", "says",
             "Philippine President Benigno Aquino", "Benigno Aquino", "PHL", "name"),
            ("direct", "If someone entered your yard<<>>rightfully ours?", "said", "He", "Benigno Aquino", "PHL",
             "pronoun"),
        ],
    },
    {
        "id": "t6-syria-opposition-disarray",
        "url": "http://www.voanews.com/content/syrian-national-council-calls-for-eu-to-quickly-arm-rebels/1670408.html",
        "title": "Syrian Opposition Groups in Disarray",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', the title line, two photo captions (each stored two to four times, "
                "with an 'x'), the bylines 'Edward Yeranian' and 'Lisa Schlein'; paragraphs separated by a line "
                "holding a single space. Cut by the store; kept up to the last complete sentence. published null "
                "(the photo captions date the pictures May 20 and May 27, 2013, not the story).",
        "text": """
A group of Syria-based opposition factions has accused the main opposition coalition-in-exile of failing to represent the Syrian people, in a sign of further disarray among opponents of President Bashar al-Assad.
The four opposition factions issued a statement Wednesday threatening to withdraw recognition from the Turkey-based Syrian National Coalition unless it expands its membership to include "revolutionary forces" inside Syria.
The Syria-based groups said the sharply-divided SNC has failed to represent the two-year old anti-Assad rebellion at the "organizational, political and humanitarian levels."
The statement came as SNC members struggled to reach any agreements on future strategy despite holding more than a week of meetings in Istanbul.
""",
        "quotes": [
            ("partial", "revolutionary forces", "threatening", "The four opposition factions",
             "four opposition factions", "SYR", "nominal"),
            ("indirect", 'the sharply-divided SNC has failed<<>>humanitarian levels."', "said",
             "The Syria-based groups", "Syria-based groups", "SYR", "nominal"),
            ("partial", "organizational, political and humanitarian levels", "said", "The Syria-based groups",
             "Syria-based groups", "SYR", "nominal"),
        ],
    },
    {
        "id": "t6-ukraine-kyiv-crackdown",
        "url": "http://www.voanews.com/content/us-eu-condemn-crackdown-on-ukraine-protesters/1808326.html",
        "title": "US, EU Condemn Crackdown on Ukraine Protesters",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Europe', the title line, the photo caption (stored twice), the byline 'James Brooke', "
                "indentation, double spaces after full stops; the photo-gallery captions that follow the third "
                "paragraph (the store cut the page inside them). published null (the caption dates the photo "
                "Dec 11, 2013).",
        "text": """
“Go to Russia, Go to Russia,” chanted protesters as three buses loaded with Ukrainian riot police slowly retreated from their unsuccessful attack on pro-European protesters occupying Kyiv’s City Hall.
Riot police and protesters played push and pull Wednesday over the heart of Ukraine’s capital. Under the cover of darkness and helped by Arctic temperatures, riot police broke down barricades and reclaimed about 20 percent of the Maidan, the protesters’ camp.
Protester Oleg recounts how the police failed to take the opposition’s command center and shut down the sound stage: “They tried to break into the building, but they failed because actually the people stay there, and they stop.”
""",
        "quotes": [
            ("direct", "Go to Russia, Go to Russia", "chanted", "protesters", "protesters", "UKR", "nominal"),
            ("indirect", "how the police failed to take<<>>the sound stage", "recounts", "Protester Oleg", "Oleg",
             "UKR", "name"),
            ("direct", "They tried to break into the building<<>>and they stop.", None, "Protester Oleg", "Oleg",
             "UKR", "name"),
        ],
    },
    {
        "id": "t6-ukraine-three-dead-clashes",
        "url": "http://www.voanews.com/content/ukraine-pm-warns-of-use-of-force-against-protesters/1834483.html",
        "title": "Three Reported Dead in Ukraine Clashes",
        "published": "2014-01-22",
        "truncated": True,
        "note": "Removed: 'News / Europe', the title line, the photo caption (stored twice), the byline 'VOA News', "
                "lines holding a single space, a second photo caption (with an 'x') inside which the store cut the "
                "page. published: the date of the first photo caption (Wednesday, Jan. 22, 2014).",
        "text": """
Officials in Ukraine have confirmed three anti-government protesters have died in the capital, Kyiv, in new clashes with police.
Two protesters were reported to have gunshot wounds. A medical official said another activist fell to his death at the site of the clashes.
Reports indicate the police were trying to dismantle a protest camp in Kyiv Wednesday and fired tear gas at demonstrators, who responded by hurling stones and homemade explosives at police.
The U.S. embassy in Kyiv said in a statement Wednesday that it has revoked the visas of several Ukrainian nationals linked to the violence. The names of those Ukrainians were not released.
Also on Wednesday the European Union's foreign policy chief, Catherine Ashton, urged "an immediate end" to the escalating violence. After the reports of deaths, she "strongly" condemned the violence.
On Tuesday, Ukrainian prime minister Mykola Azarov had warned the protesters that authorities might use force. Azarov told Russia's Vesti 24 television that if those he called "provocateurs" did not stop inciting clashes, officials would have no other choice.
He said he hopes common sense will prevail and that many issues can be resolved at the negotiating table.
Anti-government protesters marched through Kyiv for a third straight day Tuesday. Fighting between police and demonstrators has injured hundreds.
""",
        "quotes": [
            ("indirect", "three anti-government protesters have died<<>>in new clashes with police", "confirmed",
             "Officials", "Officials in Ukraine", "UKR", "nominal"),
            ("indirect", "another activist fell to his death at the site of the clashes", "said",
             "A medical official", "medical official", "UKR", "nominal"),
            ("indirect", "the police were trying to dismantle<<>>explosives at police", "indicate", "Reports",
             "Reports", None, "nominal"),
            ("indirect", "it has revoked the visas of several Ukrainian nationals linked to the violence", "said",
             "The U.S. embassy", "U.S. embassy in Kyiv", "USA", "organisation"),
            ("partial", "an immediate end", "urged", "Catherine Ashton", "Catherine Ashton", "EUR", "name"),
            ("partial", "strongly", "condemned", "she", "Catherine Ashton", "EUR", "pronoun"),
            ("indirect", "authorities might use force", "warned", "Ukrainian prime minister Mykola Azarov",
             "Mykola Azarov", "UKR", "name"),
            ("indirect", 'if those he called "provocateurs"<<>>no other choice', "told", "Azarov", "Mykola Azarov",
             "UKR", "name"),
            ("partial", "provocateurs", "called", "he", "Mykola Azarov", "UKR", "pronoun"),
            ("indirect", "he hopes common sense will prevail<<>>at the negotiating table", "said", "He",
             "Mykola Azarov", "UKR", "pronoun"),
        ],
    },
    {
        "id": "t6-mali-islamists-seize-diabaly",
        "url": "http://www.voanews.com/content/un-security-council-to-meet-on-mali/1583197.html",
        "title": "Islamists Seize New Mali Town",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the photo caption (stored twice; dates the photo Jan. 14, "
                "2013), the byline 'VOA News', the crosshead 'Well-armed militants', four 'Click to Enlarge' lines. "
                "Cut by the store; kept up to the last complete sentence. The page's typos are kept ('east of "
                "Mail', 'compely'). published null.",
        "text": """
Islamist militants who control northern Mali are advancing southward, seizing a town closer to the capital, despite continuing French airstrikes.
France's Defense Minister Jean-Yves Le Drian said the rebels took the town of Diabaly, about 400 kilometers north of Bamako, after fierce fighting with the Malian army.
But he said the French military operation in Mali is working as President Francois Hollande had planned.
"The situation is working out in the way that he [Hollande] anticipated and it is evolving favorably. To the east of Mail, the initiative of the terrorist groups has been blocked. The city of Konna has been abandoned and the terrorist groups have pulled back to Douentza," he said.
VOA correspondent Anne Look, who is in Bamako, reports the Malian army is sending troops in an effort to beat back the militants, who are described as very well-armed.
"The Malian military source in Koulikoro camp, which is about 60 kilometers outside of Bamako, has told me they’re sending reinforcements," she said. "Keep in mind it might take a little while for them to get there. So as of right now, we’re hearing that fighting in Diabaly has stopped, and that the Islamists control the town, but it doesn’t appear that the battle is compely over."
Diabaly is west of areas where French warplanes bombed Islamist training camps, bases and weapon depots on Sunday. Le Drian characterized those attacks as successful.
""",
        "quotes": [
            ("indirect", "the rebels took the town of Diabaly<<>>with the Malian army", "said",
             "France's Defense Minister Jean-Yves Le Drian", "Jean-Yves Le Drian", "FRA", "name"),
            ("indirect", "the French military operation in Mali is working as President Francois Hollande had planned",
             "said", "he", "Jean-Yves Le Drian", "FRA", "pronoun"),
            ("direct", "The situation is working out<<>>pulled back to Douentza", "said", "he", "Jean-Yves Le Drian",
             "FRA", "pronoun"),
            ("indirect", "the Malian army is sending troops<<>>very well-armed", "reports",
             "VOA correspondent Anne Look", "Anne Look", "USA", "name"),
            ("direct", "The Malian military source in Koulikoro camp<<>>sending reinforcements", "said", "she",
             "Anne Look", "USA", "pronoun"),
            ("direct", "Keep in mind<<>>compely over.", "said", "she", "Anne Look", "USA", "pronoun"),
        ],
    },
    {
        "id": "t6-mali-hollande-visit",
        "url": "http://www.voanews.com/content/french-president-hollande-visits-mali/1595798.html",
        "title": "Hollande: France to Remain at Mali’s Side as Fight Continues",
        "published": "2013-02-02",
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the photo caption (stored twice), the byline 'Anne Look'; "
                "double spaces after full stops reduced to one. Cut by the store; kept up to the last complete "
                "sentence. published: the date in the photo caption (Saturday, February 2, 2013).",
        "text": """
French President Francois Hollande received an exuberant welcome in Mali Saturday, three weeks after the start of a French military intervention that helped stop an Islamist militants' advance into Mali's south and won back the al-Qaida linked rebels' three northern strongholds after 10 months of occupation.
Residents of Timbuktu danced, drummed and cheered in the streets Saturday as they welcomed French President Francois Hollande. These expressions of joy were forbidden by the al-Qaida-linked militants in control of the town just one week ago.
President Hollande said later in his speech in Bamako that the 4,600 French troops involved in Operation Serval, most of them on the ground in Mali, were fighting "as brothers" alongside the Malians.
Hollande says "town after town, village after village, the French and Malian armies supported by regional troops have finally returned to Mali its unity, territorial integrity and strength. The terrorist," he says, "has been pushed back. He has been chased out, but he has not yet been beaten."
The French military intervention began, at the request of the Malian government, on Jan. 11, less than two days after the rebels, in control of the north since April, launched a surprise offensive south.
Mali's army, already weakened by military defeat in the north and a coup in the south last year, could not have held them off on their own. French aircraft have carried out daily bombing campaigns against militant targets throughout the north and French ground troops have deployed as far north as Kidal.
""",
        "quotes": [
            ("indirect", 'the 4,600 French troops<<>>alongside the Malians', "said", "President Hollande",
             "Francois Hollande", "FRA", "name"),
            ("partial", "as brothers", "said", "President Hollande", "Francois Hollande", "FRA", "name"),
            ("direct", "town after town<<>>The terrorist", "says", "Hollande", "Francois Hollande", "FRA", "name"),
            ("direct", "has been pushed back<<>>not yet been beaten.", "says", "he", "Francois Hollande", "FRA",
             "pronoun"),
        ],
    },
    {
        "id": "t6-mali-african-force-double",
        "url": "http://www.voanews.com/content/african-force-for-mali-could-double-in-size/1589179.html",
        "title": "African Force for Mali Could Double in Size",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, two photo captions (one stored four times, with an 'x'), "
                "the byline 'VOA News', the fact box 'Foreign Troop Commitments to Mali' (a bulleted list). Cut by "
                "the store inside the last sentence ('But he adds it is clear ...'), which is dropped. published "
                "null (the captions date photos of Jul 26, 2012 and January 21, 2013).",
        "text": """
U.N. officials say an African intervention force now deploying in Mali could double from its envisioned 3,300 troops, as more soldiers are needed to help regain control from Islamist militants holding the country's north.
Ivory Coast U.N. Ambassador Youssoufou Bamba, who represents the Economic Community of West African States at the United Nations, says nearly 1,000 troops already are in Mali. He urged the Security Council Tuesday to provide emergency financial and logistical support for the operation.
French and Malian forces have stopped a southward push by the militants, who seized the vast area of northern Mali following a March coup.
A VOA reporter in Gao says most Islamist militants have fled the city since last week, when French warplanes bombed their positions.
The reporter says that some militants have been spotted in the area - driving in trucks or riding motorbikes or hiding out in trees.
""",
        "quotes": [
            ("indirect", "an African intervention force<<>>holding the country's north", "say", "U.N. officials",
             "U.N. officials", "UNO", "nominal"),
            ("indirect", "nearly 1,000 troops already are in Mali", "says",
             "Ivory Coast U.N. Ambassador Youssoufou Bamba", "Youssoufou Bamba", "CIV", "name"),
            ("indirect", "most Islamist militants have fled the city<<>>bombed their positions", "says",
             "A VOA reporter", "VOA reporter in Gao", "USA", "nominal"),
            ("indirect", "some militants have been spotted<<>>hiding out in trees", "says", "The reporter",
             "VOA reporter in Gao", "USA", "nominal"),
        ],
    },
    {
        "id": "t6-north-korea-state-of-war",
        "url": "http://www.voanews.com/content/north-koreans-rally-to-support-threat-of-military-strike/1630983.html?page=1",
        "title": "N. Korea Enters 'State of War' Against South",
        "published": "2013-03-30",
        "truncated": True,
        "note": "Removed: 'News / Asia', the title line, the photo caption (stored twice; dates the photo March 29, "
                "2013, a Friday), the byline 'VOA News'; double spaces reduced. Cut by the store inside the last "
                "sentence ('U.S. Defense Secretary Chuck Hagel linked ...'), which is dropped. published: the "
                "Saturday after the photo date (the statement was carried 'on Saturday').",
        "text": """
North Korea says it has entered what it calls a "state of war" against its southern neighbor.
In a statement carried by the North's official Korean Central News Agency [KCNA] on Saturday, Pyongyang said "all issues raised between the North and the South will be handled accordingly."
North Korea has been threatening to attack the South and U.S. military bases almost on a daily basis since the beginning of March.
On Friday, tens of thousands of North Koreans held a huge rally in support their leader's threat of a possible military strike against the United States.
Soldiers, workers and students marched through Kim Il Sung square in Pyongyang. The North's leader, Kim Jong Un, was not present.
The rally came after Kim Jong Un ordered preparations for rocket strikes on the U.S. mainland and American military bases in South Korea, Guam and Hawaii.
The KCNA said the leader put his rocket units on standby Friday, after a emergency meeting with top army commanders. He said the "time has come to settle accounts" with the United States.
A South Korean military source later told VOA an increased movement of soldiers and vehicles had been detected at North Korean rocket sites.
Kim Jong Un's announcement Friday came after nuclear-capable U.S. B-2 stealth bombers flew over an island Thursday off the coast of the Korean peninsula. The maneuver was part of ongoing military drills with South Korea.
""",
        "quotes": [
            ("indirect", "it has entered what it calls<<>>against its southern neighbor", "says", "North Korea",
             "North Korea", "PRK", "organisation"),
            ("partial", "state of war", "calls", "it", "North Korea", "PRK", "pronoun"),
            ("partial", "all issues raised between the North and the South will be handled accordingly", "said",
             "Pyongyang", "North Korea", "PRK", "organisation"),
            ("indirect", "the leader put his rocket units on standby Friday<<>>top army commanders", "said",
             "The KCNA", "Korean Central News Agency", "PRK", "organisation"),
            ("indirect", 'the "time has come to settle accounts" with the United States', "said", "He",
             "Kim Jong Un", "PRK", "pronoun"),
            ("partial", "time has come to settle accounts", "said", "He", "Kim Jong Un", "PRK", "pronoun"),
            ("indirect", "an increased movement of soldiers<<>>North Korean rocket sites", "told",
             "A South Korean military source", "South Korean military source", "KOR", "nominal"),
        ],
    },
    {
        "id": "t6-iraq-kurdish-peshmerga-jalawla",
        "url": "https://www.voanews.com/a/kurdish-fighters-vow-to-rid-region-of-islamic-state-militants/2423814.html",
        "title": "Kurdish Fighters Vow to Rid Region of Islamic State Militants",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', the title line, the photo caption (dates the photo "
                "August 18, 2014). Cut by the store inside the last paragraph ('Also entering the struggle ...'), "
                "which is dropped. published null.",
        "text": """
Kurdish Peshmerga fighters, a deeply nationalistic but not always unified force, are vowing to rid their northern Iraqi region of Islamic State militants.
The United States and European Union are relying heavily on the Peshmerga and Iraqi forces to push back the Sunni extremists and retake Iraqi territory that the Islamic State has declared a Muslim "caliphate."
In an exclusive interview with VOA, Mahmoud Sangawi, commander of Peshmerga forces stationed near the Iranian border, describes what the fight is like near the captured town of Jalawla.
"We are positioned around Jalawla and the terrorists from time to time attack us," he said. "They have planted mines and explosive devices in the roads, inside the town, shops, and gas stations."
Once known for their fighting prowess, the Peshmerga were routed by the highly organized and well-armed extremist group when it pushed through northwestern Iraq earlier this year, seizing large swaths of land.
Sangawi acknowledged the Peshmerga will have to adjust their strategy and tactics to oust the Islamic State militants.
"We have suffered heavy casualties from their snipers, and our fighters are not familiar with street fighting, so we had to pull out," he said. "Now we are looking at a different strategy to liberate Jalawla."
The commander also called on the United States to increase and expand its aerial bombardment of the militants.
The United States has conducted more than 80 airstrikes against the Islamic State fighters since August 8 to protect religious and ethnic minorities fleeing the militants as well as American personnel based both in the Kurdish city of Irbil and the Iraqi capital of Baghdad.
""",
        "quotes": [
            ("partial", "caliphate", "declared", "the Islamic State", "Islamic State", None, "organisation"),
            ("indirect", "what the fight is like near the captured town of Jalawla", "describes", "Mahmoud Sangawi",
             "Mahmoud Sangawi", "IRQ", "name"),
            ("direct", "We are positioned around Jalawla<<>>from time to time attack us", "said", "he",
             "Mahmoud Sangawi", "IRQ", "pronoun"),
            ("direct", "They have planted mines<<>>and gas stations.", "said", "he", "Mahmoud Sangawi", "IRQ",
             "pronoun"),
            ("indirect", "the Peshmerga will have to adjust<<>>the Islamic State militants", "acknowledged",
             "Sangawi", "Mahmoud Sangawi", "IRQ", "name"),
            ("direct", "We have suffered heavy casualties<<>>so we had to pull out", "said", "he",
             "Mahmoud Sangawi", "IRQ", "pronoun"),
            ("direct", "Now we are looking at a different strategy to liberate Jalawla.", "said", "he",
             "Mahmoud Sangawi", "IRQ", "pronoun"),
        ],
    },
    {
        "id": "t6-immigration-recap-2019-03",
        "url": "https://voanews.com/a/im-migration-news-recap-mar-24-30-/4854256.html",
        "title": "(Im)migration News Recap, Mar. 24-30",
        "published": "2019-03-30",
        "truncated": True,
        "note": "A weekly news digest (news-log genre). Removed: 'Accessibility links', 'Breaking News', the title "
                "line, two photo captions (each stored twice), the standing 'Editor's note' box, the crossheads "
                "'Border crisis' and 'Shut the border down?'. The tweets announced after the colon of the third "
                "paragraph are not in the stored page. Cut by the store inside the last sentence ('The Department "
                "of Homeland Security has been finalizing ...'), which is dropped. published: the end of the week "
                "in the title (2019 from the photo captions).",
        "text": """
Migrants are swamping the U.S.-Mexico border. U.S. Customs and Border Protection predicted that the total number of migrants detained after crossing the border in March would be about 100,000. The head of CBP, Commissioner Kevin McAleenan, said Wednesday in El Paso that the "surge numbers are just overwhelming the [U.S.] system."
San Diego County, Calif., is suing the federal government because migrant families are released there with no direction or guidance. The result is chaos.
President Donald Trump said he would close the border or parts of it next week if Mexico didn't immediately stop all illegal immigration into the U.S. His latest remarks came via tweets on Friday:
It was the second day in a row that Trump had threatened to close the border, something he had not done since last November.
""",
        "quotes": [
            ("indirect", "the total number of migrants detained<<>>would be about 100,000", "predicted",
             "U.S. Customs and Border Protection", "U.S. Customs and Border Protection", "USA", "organisation"),
            ("indirect", 'the "surge numbers<<>>system."', "said", "Commissioner Kevin McAleenan",
             "Kevin McAleenan", "USA", "name"),
            ("partial", "surge numbers are just overwhelming the [U.S.] system", "said",
             "Commissioner Kevin McAleenan", "Kevin McAleenan", "USA", "name"),
            ("indirect", "he would close the border<<>>illegal immigration into the U.S.", "said",
             "President Donald Trump", "Donald Trump", "USA", "name"),
        ],
    },
    {
        "id": "t6-immigration-recap-2018-11",
        "url": "https://www.voanews.com/a/im)migration-news-recap-nov-11-17-/4662155.html",
        "title": "(Im)migration News Recap, Nov. 11-17",
        "published": None,
        "truncated": True,
        "note": "A weekly news digest (news-log genre). Removed: 'Accessibility links', 'Breaking News', the title "
                "line, the embedded video block ('The Long Wait to Enter US at Southern Border', 'please wait', "
                "'No media source currently available', the time line, the video title again), the standing "
                "'Editor's note' box, the crossheads 'Bridge to nowhere?', 'Rohingyas say no to repatriation', "
                "'International students ditching US as option'; the store cut the page in the paragraph after "
                "the crosshead 'Taliban vs. Militias vs. Winter', both dropped. published null (November 2018 "
                "from the story id range is not stated on the page).",
        "text": """
Migrants are camping out on a bridge between Mexico and Texas, where — if you have papers to cross into the US — it costs just 25 cents to go through. Workers and school children do it every day, in both directions. But for asylum-seekers like Vilma Mendez Morales of Guatemala and Eddy Gonzalez of Cuba, that pocket change isn't enough, as the Trump administration tightens border controls and dispatches military to the frontier with Mexico.
Bangladesh wants to send Rohingya Muslim refugees back to Myanmar. But when the time came to carry out that plan, the Rohingya refused to go back. International law bans countries from sending people back to a place where they will be endangered. The U.N. says the repatriation has to be voluntary. But when a refugee official said "We have arranged everything for you," the community said "We won't go!" During a meeting with Myanmar leader Aung San Suu Kyi this week, U.S. Vice President Mike Pence questioned where her government was in the process of prosecuting military forces accused of persecuting the Rohingya.
Sure, the United States is still a top spot for foreign college kids who can afford it. But with out-of-control tuition rates and an increasingly tense political atmosphere, there just aren't as many interested in applying.
""",
        "quotes": [
            ("indirect", "the repatriation has to be voluntary", "says", "The U.N.", "United Nations", "UNO",
             "organisation"),
            ("direct", "We have arranged everything for you", "said", "a refugee official", "refugee official",
             None, "nominal"),
            ("direct", "We won't go!", "said", "the community", "Rohingya community", None, "nominal"),
            ("indirect", "where her government was in the process<<>>persecuting the Rohingya", "questioned",
             "U.S. Vice President Mike Pence", "Mike Pence", "USA", "name"),
        ],
    },
    {
        "id": "t6-afghanistan-karzai-reform-ties",
        "url": "http://www.voanews.com/a/afghan-president-karzai-says-he-wants-to-reform-ties-with-the-us/1621712.html",
        "title": "Karzai Says He Wants to Reform Ties with US",
        "published": None,
        "truncated": False,
        "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', the title line, the photo caption "
                "(stored twice; 'Afghan President Hamid Karzai, March 6, 2013.'), the VOA News author box ('16x9 "
                "Image', 'VOA News', the boilerplate about VOA), 'XS SM MD LG'. published null.",
        "text": """
Afghan President Hamid Karzai says his recent comments that were seen as critical of the United States were meant to help reform, and not damage, relations between the two countries.
A statement from the Afghan president's office quotes Karzai saying his country wants a good relationship with the U.S., but one that is a friendship between two independent nations.
The statement, released Thursday, came after the top U.S. commander in Afghanistan, General Joseph Dunford, warned his top commanders that troops faced an increased threat of attack due to rising tensions with the president.
A copy of the emailed advisory, sent Wednesday, was obtained by the New York Times newspaper and other U.S. media.
Karzai on Sunday accused the Taliban of being "at the service of America" by using violence to frighten Afghans into wanting foreign forces to remain in Afghanistan beyond the 2014 deadline.
Both Dunford and U.S. Defense Secretary Chuck Hagel have rejected the allegations.
Last month, Hagel's predecessor, Leon Panetta, said that NATO allies were considering leaving between 8,000 and 12,000 international troops in Afghanistan after 2014. Currently, there are about 100,000 NATO troops in Afghanistan.
""",
        "quotes": [
            ("indirect", "his recent comments that were seen as critical<<>>between the two countries", "says",
             "Afghan President Hamid Karzai", "Hamid Karzai", "AFG", "name"),
            ("indirect", "his country wants a good relationship<<>>two independent nations", "saying", "Karzai",
             "Hamid Karzai", "AFG", "name"),
            ("indirect", "troops faced an increased threat of attack due to rising tensions with the president",
             "warned", "General Joseph Dunford", "Joseph Dunford", "USA", "name"),
            ("partial", "at the service of America", "accused", "Karzai", "Hamid Karzai", "AFG", "name"),
            ("indirect", "NATO allies were considering leaving<<>>in Afghanistan after 2014", "said", "Leon Panetta",
             "Leon Panetta", "USA", "name"),
        ],
    },
    {
        "id": "t6-syria-assad-denies-chemical-attack",
        "url": "http://www.voanews.com/content/assad-denies-link-to-chemical-attack-vows-to-give-up-arsenal/1752742.html",
        "title": "Assad Denies Link to Chemical Attack",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', the title line, the byline 'VOA News', the crosshead 'New war', "
                "indentation, double spaces after full stops. Cut by the store inside the last sentence "
                "('Although the report did not assign blame, ...'), which is dropped. published null (September "
                "2013 from the story, not stated as a date).",
        "text": """
Syrian President Bashar al-Assad says he is fully committed to disposing his chemical arsenal, but denies his forces launched a poison gas attack last month that killed hundreds near Damascus.
In an interview with the U.S. network Fox News broadcast Thursday, Assad promised to abide by a U.S.-Russia deal aimed at destroying the chemical stockpiles. But he described the situation as "complicated," saying destruction of the weapons would cost about $1 billion and would take a year or "maybe a little more."
Russian Defense Minister Sergei Shoigu said his country currently has no plans to destroy Syria's chemical weapons on its own territory, although he acknowledged it has the facilities to do so.
Russia and the United States are the only countries with industrial scale capacity to handle mustard, VX, sarin or cyanide-armed munitions, but the import of chemical weapons is banned under U.S. law.
The disarmament plan, which is still being debated by U.N. Security Council envoys, requires Syria's government to turn over details of its chemical weapons by Saturday. Assad said he is willing to do this "tomorrow" and can provide experts access to the sites where the weapons are stored.
Assad also insisted his government is waging a "new kind of war" against an infiltration of Islamist fighters from more than 80 countries. While he acknowledged the two-year uprising against him initially included non-extremists, he said that by the end of 2012 they had become the majority. He said "80 to 90 percent now consist of al-Qaida and their offshoots."
The Syrian leader slammed a U.N. report issued this week that confirms sarin nerve gas was used in an attack against civilians in the rebel-held suburb of Ghouta on August 21.
""",
        "quotes": [
            ("indirect", "he is fully committed to disposing his chemical arsenal", "says",
             "Syrian President Bashar al-Assad", "Bashar al-Assad", "SYR", "name"),
            ("indirect", "his forces launched a poison gas attack last month that killed hundreds near Damascus",
             "denies", "Syrian President Bashar al-Assad", "Bashar al-Assad", "SYR", "name"),
            ("partial", "complicated", "described", "he", "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", 'destruction of the weapons would cost<<>>"maybe a little more."', "saying", "he",
             "Bashar al-Assad", "SYR", "pronoun"),
            ("partial", "maybe a little more", "saying", "he", "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", "his country currently has no plans<<>>on its own territory", "said",
             "Russian Defense Minister Sergei Shoigu", "Sergei Shoigu", "RUS", "name"),
            ("indirect", "it has the facilities to do so", "acknowledged", "he", "Sergei Shoigu", "RUS", "pronoun"),
            ("indirect", 'he is willing to do this "tomorrow"<<>>where the weapons are stored', "said", "Assad",
             "Bashar al-Assad", "SYR", "name"),
            ("partial", "tomorrow", "said", "Assad", "Bashar al-Assad", "SYR", "name"),
            ("indirect", 'his government is waging a "new kind of war"<<>>more than 80 countries', "insisted",
             "Assad", "Bashar al-Assad", "SYR", "name"),
            ("partial", "new kind of war", "insisted", "Assad", "Bashar al-Assad", "SYR", "name"),
            ("indirect", "the two-year uprising against him initially included non-extremists", "acknowledged",
             "he", "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", "by the end of 2012 they had become the majority", "said", "he", "Bashar al-Assad", "SYR",
             "pronoun"),
            ("partial", "80 to 90 percent now consist of al-Qaida and their offshoots", "said", "He",
             "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", "sarin nerve gas was used<<>>on August 21", "confirms", "a U.N. report", "U.N. report",
             "UNO", "organisation"),
        ],
    },
    {
        "id": "t6-south-sudan-machar-backs-agreement",
        "url": "http://www.voanews.com/content/south-sudan-ex-vp-backs-agreement-to-end-violence/1823826.html",
        "title": "South Sudan Ex-VP Backs Agreement to End Violence",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the photo caption (stored twice), the byline 'Peter "
                "Clottey', indentation, double spaces after full stops, trailing spaces; the photo-gallery captions "
                "after the sixth paragraph, inside which the store cut the page. The page's misspelling 'Macher' is "
                "kept. published null (the gallery dates photos Jan. 1, 2014).",
        "text": """
Former South Sudan vice president Riek Machar says groups demanding the immediate cessation of hostilities are “jumping the gun,” insisting representatives of the two warring factions holding peace talks in Ethiopia need to agree on the mechanisms to end the conflict.
United Nations Secretary General Ban Ki-Moon has called for the prosecution of perpetrators of human rights violations in South Sudan, and some observers are calling for the International Criminal Court (ICC) to investigate and prosecute the perpetrators.
Machar also says he backs the prosecution of those who commit gross human rights abuses and crimes against humanity in South Sudan’s ongoing conflict. He blames President Salva Kiir for the ongoing conflict.
“Salva Kiir should go to the ICC,” said Machar. “He has targeted one ethnic group. He has embarked on ethnic cleansing resulting in the Juba massacre.”
The violence in South Sudan erupted after President Salva Kiir, a Dinka, accused former vice president Riek Machar, a Nuer, of attempting a coup. Macher, who is in hiding, denied the accusation.
“There was no coup d’état,” said Machar. “I am committed to a democratic process. It is Salva Kiir who did not want the democratic process in the party, nor does he want to go for the elections in 2015... There was no plan at all for a coup.”
""",
        "quotes": [
            ("indirect", "groups demanding the immediate cessation of hostilities are “jumping the gun,”", "says",
             "Former South Sudan vice president Riek Machar", "Riek Machar", "SSD", "name"),
            ("partial", "jumping the gun", "says", "Former South Sudan vice president Riek Machar", "Riek Machar",
             "SSD", "name"),
            ("indirect", "representatives of the two warring factions<<>>to end the conflict", "insisting",
             "Former South Sudan vice president Riek Machar", "Riek Machar", "SSD", "name"),
            ("indirect", "he backs the prosecution of those<<>>South Sudan’s ongoing conflict", "says", "Machar",
             "Riek Machar", "SSD", "name"),
            ("direct", "Salva Kiir should go to the ICC", "said", "Machar", "Riek Machar", "SSD", "name"),
            ("direct", "He has targeted one ethnic group.<<>>the Juba massacre.", "said", "Machar", "Riek Machar",
             "SSD", "name"),
            ("direct", "There was no coup d’état", "said", "Machar", "Riek Machar", "SSD", "name"),
            ("direct", "I am committed to a democratic process.<<>>no plan at all for a coup.", "said", "Machar",
             "Riek Machar", "SSD", "name"),
        ],
    },
    {
        "id": "t6-south-sudan-machar-interview",
        "url": "http://www.voanews.com/content/south-sudan-machar-interview/1845824.html",
        "title": "Machar Says He Wants to Bring Democracy, Equality to South Sudan",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the photo caption (stored twice; dates the photo Feb. 1, "
                "2014), the byline 'John Tanza', indentation. Cut by the store inside the last paragraph ('In his "
                "interview with VOA, Machar said creating a multi-party system would be a key ...'), which is "
                "dropped. The page's typo 'natIon' is kept. published null.",
        "text": """
Former South Sudan Vice President Riek Machar says his newly created SPLM/SPLA resistance movement will work to move the young country to democracy and equality.
The movement would "dedicate our time to the liberation of South Sudan so that we have a democratic, peaceful, prosperous natIon where elections would not be rigged, where people would not be intimidated, where there would be no one group trying to control others," he told VOA in a telephone interview from an undisclosed location.
"South Sudan needs to be liberated from the current dictatorship being established by Salva Kiir," Machar said, reiterating an accusation he made last year when he was removed from office in a cabinet reshuffle.
Machar accused Kiir of having "dictatorial tendencies" after the vice president and the rest of the presidential cabinet were fired in July.
Barnaba Marial Benjamin, who was then South Sudan’s Minister of Information and government spokesman, said at the time of the reshuffle that Kiir acted within the constitution.
Marial, who was re-appointed to the government, where he currently serves as foreign affairs minister, also said it was likely the restructuring of the government would generate heated debate within the ruling Sudan People’s Liberation Movement (SPLM).
Even after his firing, Machar remained a high-ranking member of the SPLM, which is currently the only viable party in South Sudan. While many other parties exist, most have tiny membership numbers.
""",
        "quotes": [
            ("indirect", "his newly created SPLM/SPLA resistance movement<<>>democracy and equality", "says",
             "Former South Sudan Vice President Riek Machar", "Riek Machar", "SSD", "name"),
            ("indirect", 'The movement would "dedicate our time<<>>control others,"', "told", "he", "Riek Machar",
             "SSD", "pronoun"),
            ("partial", "dedicate our time<<>>trying to control others", "told", "he", "Riek Machar", "SSD",
             "pronoun"),
            ("direct", "South Sudan needs to be liberated<<>>established by Salva Kiir", "said", "Machar",
             "Riek Machar", "SSD", "name"),
            ("partial", "dictatorial tendencies", "accused", "Machar", "Riek Machar", "SSD", "name"),
            ("indirect", "Kiir acted within the constitution", "said", "Barnaba Marial Benjamin",
             "Barnaba Marial Benjamin", "SSD", "name"),
            ("indirect", "it was likely the restructuring<<>>Movement (SPLM)", "said", "Marial",
             "Barnaba Marial Benjamin", "SSD", "name"),
        ],
    },
    {
        "id": "t6-south-sudan-machar-rejects-offer",
        "url": "http://www.voanews.com/content/south-sudan-ex-vp-rejects-president-kiir-offer-to-end-conflict/2416258.html",
        "title": "South Sudan Ex-VP Rejects President Kiir’s Offer to End Conflict",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the photo caption (stored twice; dates the photo May 12, "
                "2014), the byline 'Peter Clottey'; double spaces after full stops. Cut by the store inside the last "
                "paragraph ('Machar says as a demonstration of his commitment to t'), which is dropped. The stray "
                "opening quotation mark after 'said Machar.' in the fourth paragraph is the page's. published null.",
        "text": """
South Sudan former vice president Riek Machar has rejected President Salva Kiir’s proposal to name him as second vice president in a transitional unity government before next year’s vote as part of a negotiating deal to end the country’s eight-month conflict.
In an interview with VOA, Machar who heads the rebellion against the government in Juba says his representatives at the talks want direct face-to-face peace talks with officials of the government at the negotiations in neighboring Ethiopia to resolve the conflict.
He says the involvement of other parties in the negotiations has often hampered efforts to reach an agreement to end the conflict.
“I believe that direct talks between us and the government will yield quicker results and will ensure the peace agreement arrives faster than having others on the roundtable,” said Machar. “
He blames mediators from the Intergovernmental Authority on Development (IGAD) after the talks failed to meet the August 10 deadline. IGAD extended peace negotiations to August 28, after the two parties failed to meet the deadline to conclude a peace agreement.
Machar said IGAD is to blame for failure to meet the deadline.
“Personally, I blame the mediators because at times they would suspend the peace talks without a good reason, particularly, when the chief mediator went to New York, we could have continued the peace talks,” said Machar. “We were saying, we want to have direct talks, but now the mediators are insisting that there would be round table talks with five others; the civil society organizations ... and former detainees with the two parties.”
""",
        "quotes": [
            ("indirect", "his representatives at the talks want<<>>to resolve the conflict", "says", "Machar",
             "Riek Machar", "SSD", "name"),
            ("indirect", "the involvement of other parties<<>>to end the conflict", "says", "He", "Riek Machar",
             "SSD", "pronoun"),
            ("direct", "I believe that direct talks<<>>others on the roundtable", "said", "Machar", "Riek Machar",
             "SSD", "name"),
            ("indirect", "IGAD is to blame for failure to meet the deadline", "said", "Machar", "Riek Machar",
             "SSD", "name"),
            ("direct", "Personally, I blame the mediators<<>>continued the peace talks", "said", "Machar",
             "Riek Machar", "SSD", "name"),
            ("direct", "We were saying<<>>with the two parties.", "said", "Machar", "Riek Machar", "SSD", "name"),
        ],
    },
    {
        "id": "t6-libya-benghazi-clashes",
        "url": "http://www.voanews.com/content/libyan-forces-islamist-militants-clash-in-benghazi/1915891.html",
        "title": "Libyan Forces, Islamist Militants Clash in Benghazi",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', the title line, the byline 'Edward Yeranian', the crosshead 'Islamist "
                "militants'; double spaces and trailing spaces. Cut by the store inside the last sentence ('He called "
                "on militia leaders to follow orders ... trying to enter'), which is dropped. published null (May "
                "2014 from the story, not stated as a date).",
        "text": """
Libyan military forces loyal to a retired general attacked militants in Benghazi on Friday.
Hospital officials say at least 13 people were killed and 100 wounded in fierce fighting in eastern Libya.
Libyan military forces loyal to retired General Halifa Hafter fought battles against the Islamist group Ansar al Shariah and other Islamist militias in the city of Benghazi.
Libyan state television showed black smoke rising over Benghazi after government warplanes attacked Islamist militia bases. The report said the targets were bases belonging to Ansar al Shariah and two other Islamist militant groups.
Al Arabiya TV reported that several thousand members of Libya's army, navy and air force joined General Hafter, a former army chief of staff, in Friday's military operation.
Benghazi is a stronghold of militias with roots in the rebel brigades that toppled long-time Libyan dictator Moammar Gadhafi in 2011.
The U.S. ambassador and three other Americans were killed in Benghazi in September 2012 during an assault by militants on the U.S. consulate.
The report said the targets were bases belonging to Ansar al Shariah and two other Islamist militant groups - the February 17th Brigade and the Rafalah Sahaty Brigade.
Libya's interim prime minister, Abdallah Thani, resigned last month, but is still leading the government in a caretaker capacity.
Speaking to reporters after the airstrike, he said all sides - Islamist militias and government military units - must refrain from violence and obey orders from Libya's official military command structure.
Thani said that incidents such as the clashes in Benghazi are preventing the government from restoring order and putting a stop to crime and terrorism there.
""",
        "quotes": [
            ("indirect", "at least 13 people were killed and 100 wounded in fierce fighting in eastern Libya", "say",
             "Hospital officials", "Hospital officials", "LBY", "nominal"),
            ("indirect", "the targets were bases belonging to Ansar al Shariah and two other Islamist militant groups",
             "said", "The report", "Libyan state television", "LBY", "organisation"),
            ("indirect", "several thousand members of Libya's army<<>>Friday's military operation", "reported",
             "Al Arabiya TV", "Al Arabiya TV", None, "organisation"),
            ("indirect", "the targets were bases belonging to<<>>Rafalah Sahaty Brigade", "said", "The report",
             "Libyan state television", "LBY", "organisation", "Benghazi is a stronghold"),
            ("indirect", "all sides - Islamist militias<<>>military command structure", "said", "he", "Abdallah Thani",
             "LBY", "pronoun"),
            ("indirect", "incidents such as the clashes in Benghazi<<>>crime and terrorism there", "said", "Thani",
             "Abdallah Thani", "LBY", "name"),
        ],
    },
    {
        "id": "t6-car-violence-toll-kpetene",
        "url": "http://www.voanews.com/content/violence-takes-toll-on-cars-people/1832392.html",
        "title": "Violence Takes Toll on CAR's People",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the photo caption (stored twice; dates the photo Jan. 17, "
                "2014), the byline 'Nick Long'; double spaces and trailing spaces. Cut by the store inside the last "
                "paragraph ('Another teacher now living in Kpetene, Vianney Kpokpo, told VOA ...'), which is "
                "dropped. published null.",
        "text": """
Life was never easy for most people in the Central African Republic, one of the continent's poorest countries, plagued by banditry and bad governance for many years. But the violence that has engulfed the CAR for the past year has taken the situation, for many, to a new low.
Kpetene is a neighbourhood in the south of Bangui where according to locals there haven’t been any clashes between the rival militias - the largely Muslim Seleka and the largely Christian or animist anti-Balaka - that have killed hundreds if not thousands elsewhere in the country in the past year.
But talk to anyone in Kpetene and they seem to have lost friends and relatives in the violence.
Abel Nguerefara is a teacher who travelled to the southwestern town of Banguassou last March just after the Seleka had taken control of Bangui.
He said on the way there, he was shocked to find all the administrative buildings had been looted, with documents burned or littering the streets, while Catholic missions had seen their vehicles stolen.
He said on arrival at Banguassou, he learned a Seleka combatant had been killed there and in reprisal the Seleka had taken the local chief, who had stayed with the combatant’s body, and cut his throat. They then killed everyone they could see, he says, and he adds that his younger brother was there and they cut his throat too.
""",
        "quotes": [
            ("indirect", "there haven’t been any clashes between the rival militias<<>>in the past year", "according to",
             "locals", "locals", "CAF", "nominal"),
            ("indirect", "on the way there, he was shocked<<>>their vehicles stolen", "said", "He", "Abel Nguerefara",
             "CAF", "pronoun"),
            ("indirect", "on arrival at Banguassou, he learned<<>>and cut his throat", "said", "He", "Abel Nguerefara",
             "CAF", "pronoun"),
            ("indirect", "They then killed everyone they could see", "says", "he", "Abel Nguerefara", "CAF", "pronoun"),
            ("indirect", "his younger brother was there and they cut his throat too", "adds", "he", "Abel Nguerefara",
             "CAF", "pronoun"),
        ],
    },
    {
        "id": "t6-car-kaga-bandoro-tensions",
        "url": "http://www.voanews.com/content/tensions-high-in-car-town-of-kaga-bandoro/1852717.html",
        "title": "Tensions High in CAR Town of Kaga Bandoro",
        "published": "2014-02-17",
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the photo caption (stored twice), the byline 'Anne Look', "
                "the embedded video block (its title with a stray 'i', the date line 'February 17, 2014 3:10 PM', its "
                "summary); double spaces; the photo-gallery captions after the last paragraph, inside which the store "
                "cut the page. published: the date of the video block.",
        "text": """
The Central African Republic remains gripped in tit-for-tat inter-communal violence that has forced hundreds of thousands of people to flee their homes since December. In the northern town of Kaga Bandoro, tensions have been growing.
Overnight on February 13, a Christian named Medard was gunned down near his home.
He was laid out with a sheet covering him up to his closed eyes. His female relatives crouched at his side keening as his pregnant wife sat beside his head, her face tear-streaked, her expression shell-shocked.
Outside the town of Kaga Bandoro, the anger was palpable as neighborhood young people dug his grave.
Some waved machetes, the only weapon they say they have. They said local Muslims killed him.
"We do not need Muslims here. We want the international community to help us find a solution right now. If the Muslims come out here, if the Seleka come out here, we will kill them," said Moussa Varakene, a local resident.
""",
        "quotes": [
            ("indirect", "they have", "say", "they", "neighborhood young people", "CAF", "pronoun", "the only weapon they say"),
            ("indirect", "local Muslims killed him", "said", "They", "neighborhood young people", "CAF", "pronoun"),
            ("direct", "We do not need Muslims here.<<>>we will kill them", "said", "Moussa Varakene", "Moussa Varakene",
             "CAF", "name"),
        ],
    },
    {
        "id": "t6-car-regional-troops-batangafo",
        "url": "http://www.voanews.com/content/more-regional-troops-going-to-central-african-republic/1664553.html",
        "title": "More Regional Troops Going to Central African Republic",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the photo caption (stored twice; dates the photo April 3, "
                "2013), the byline 'Anne Look', a second photo caption (stored four times, with an 'x'); double "
                "spaces. Cut by the store inside the last sentence ('Residents of the capital Bangui say that armed "
                "men ... are holding up taxi drivers'), which is dropped. published null (May 2013 from the story).",
        "text": """
It has been almost two months since the Seleka rebel coalition seized power in the Central African Republic, but rebel leaders say they are struggling to get criminality under control. The Economic Community of Central African States says it will begin sending an additional 1,200 regional troops to CAR this week to help stabilize the country.
This man in the town of Batangafo, in the northern Central African Republic, says armed men attacked his neighborhood on May 17, killing six people and setting fire to several houses. He asked that VOA not use his name out of fear for his safety.
He says they came in four cars. They did not speak the local Sango language, and they went door-to-door stealing and hitting people. He says they killed his cousin.
It has become a familiar story as frustration mounts in the Central African Republic over generalized insecurity since the Seleka rebel takeover on March 24.
""",
        "quotes": [
            ("indirect", "they are struggling to get criminality under control", "say", "rebel leaders", "rebel leaders",
             "CAF", "nominal"),
            ("indirect", "it will begin sending<<>>to help stabilize the country", "says",
             "The Economic Community of Central African States", "Economic Community of Central African States", "IGO",
             "organisation"),
            ("indirect", "armed men attacked his neighborhood<<>>setting fire to several houses", "says", "This man",
             "man in the town of Batangafo", "CAF", "nominal"),
            ("indirect", "VOA not use his name out of fear for his safety", "asked", "He",
             "man in the town of Batangafo", "CAF", "pronoun"),
            ("indirect", "they came in four cars", "says", "He", "man in the town of Batangafo", "CAF", "pronoun"),
            ("indirect", "they killed his cousin", "says", "He", "man in the town of Batangafo", "CAF", "pronoun"),
        ],
    },
    {
        "id": "t6-pakistan-malala-arrests",
        "url": "http://www.voanews.com/content/pakistan-police-announce-arrests-in-shooting-of-teen-malala-yousafzai/1525454.html?page=1",
        "title": "Pakistan Police: Arrests Made in Child Activist Shooting",
        "published": "2012-10-12",
        "truncated": True,
        "note": "Removed: 'News / Asia', the title line, the photo caption (stored twice; Oct. 11, 2012, a Thursday), "
                "the byline 'VOA News', indentation, double spaces; the photo-gallery captions after the fourth "
                "paragraph, inside which the store cut the page. published: the Friday after the caption date (the "
                "story says 'Earlier Friday').",
        "text": """
Pakistani police have arrested several suspects in the shooting of a 14-year-old girl internationally recognized for documenting atrocities committed by the Taliban.
Officials say the arrests took place in the northwestern Swat Valley, where Malala Yousafzai was shot in the head and neck Tuesday by Taliban gunmen as she left school.
Few other details were released on the arrests.
Earlier Friday, a Pakistani military spokesman said Yousafzai is in "satisfactory" condition. Major General Asim Saleem Bajwa said the next few days will be critical in the recovery of Yousafzai, who remains unconscious and on a ventilator.
""",
        "quotes": [
            ("indirect", "the arrests took place in the northwestern Swat Valley<<>>as she left school", "say",
             "Officials", "officials", "PAK", "nominal"),
            ("indirect", 'Yousafzai is in "satisfactory" condition', "said", "a Pakistani military spokesman",
             "Asim Saleem Bajwa", "PAK", "nominal"),
            ("partial", "satisfactory", "said", "a Pakistani military spokesman", "Asim Saleem Bajwa", "PAK", "nominal"),
            ("indirect", "the next few days will be critical<<>>on a ventilator", "said",
             "Major General Asim Saleem Bajwa", "Asim Saleem Bajwa", "PAK", "name"),
        ],
    },
    {
        "id": "t6-myanmar-thein-sein-interview",
        "url": "http://www.voanews.com/content/voa-exclusive-interview-myanmar-president-thein-sein/2527766.html",
        "title": "VOA Exclusive: Interview With Myanmar President Thein Sein",
        "published": "2014-11-20",
        "truncated": True,
        "note": "Removed: 'News / Asia', the title line, the photo caption (stored twice), the byline 'VOA News', the "
                "crosshead 'Rohingya tightly controlled', indentation. Cut by the store inside the last sentence "
                "('On a recent visit to Myanmar, ... U.S. President Barack O'), which is dropped. published: the "
                "interview date in the photo caption (the story says 'Thursday').",
        "text": """
In an exclusive interview with VOA’s Burmese Service, Myanmar President Thein Sein called allegations that minority Muslim Rohingya are fleeing alleged torture in Rakhine state "a media fabrication."
"International concern on this issue" is overblown, Thein Sein told VOA Burmese Service Chief Than Lwin Htun Thursday at the presidential residence in the capital, Naypyitaw.
"It is just a media story that boat people are fleeing torture," he said.
"Actually, there are more people willing to live here because it is spacious, [with] many places to live in and work. Some people are writing negative things with malice. International organizations are also helping them [as] well."
The comments are striking, given that most of Myanmar's 1.1 million Rohingya are stateless and live in apartheid-like conditions in Rakhine, on the western coast of the predominantly Buddhist country.
Almost 140,000 Rohingya remain displaced in internment camps after deadly clashes with local Buddhists in 2012. More than 100,000 have fled Myanmar by boat for Malaysia and Thailand. Thousands more have fled overland.
Lacking food and adequate and health care, members of the minority group are heavily restricted in almost every facet of daily life, including education and marriage.
In September, Myanmar confirmed to the United Nations it is finalizing a plan that will offer minority Rohingya Muslims citizenship if they change their ethnicity to suggest Bangladeshi origin, a term most reject because it implies they are illegal immigrants from Bangladesh despite having lived in the area for generations.
""",
        "quotes": [
            ("partial", "a media fabrication", "called", "Myanmar President Thein Sein", "Thein Sein", "MMR", "name"),
            ("indirect", '"International concern on this issue" is overblown', "told", "Thein Sein", "Thein Sein", "MMR",
             "name"),
            ("partial", "International concern on this issue", "told", "Thein Sein", "Thein Sein", "MMR", "name"),
            ("direct", "It is just a media story that boat people are fleeing torture", "said", "he", "Thein Sein",
             "MMR", "pronoun"),
            ("direct", "Actually, there are more people<<>>helping them [as] well.", None, "he", "Thein Sein", "MMR",
             "pronoun"),
            ("indirect", "it is finalizing a plan<<>>to suggest Bangladeshi origin", "confirmed", "Myanmar", "Myanmar",
             "MMR", "organisation"),
        ],
    },
    {
        "id": "t6-burma-thein-sein-praises-suu-kyi",
        "url": "http://www.voanews.com/content/burma-president-praises-aung-san-suu-kyi/1516496.html",
        "title": "Burmese President Praises Aung San Suu Kyi",
        "published": "2012-09-27",
        "truncated": True,
        "note": "Removed: 'News / Asia', the title line, two photo captions (each stored four times, with an 'x'), the "
                "byline 'VOA News'. Cut by the store inside the last sentence ('It was the first time that Aung San "
                "Suu Kyi has been praised by the reformist president'), which is dropped. published: the date in the "
                "photo captions (both speeches that day).",
        "text": """
Burmese President Thein Sein has offered rare praise for the country's opposition leader Aung San Suu Kyi, marking an apparent step forward in her complicated relationship with the former military general.
Speaking at the Asia Society in New York, Thein Sein acknowledged that the democracy leader, who spent years detained under Burma's former military rulers, had played a crucial role in the country's reform process.
"She has been working with us in undertaking several reforms. She has been a good colleague. And I am sure she will try to do what she can in order to make the reform process complete. And I believe she will continue to work with us to accomplish all the things that we need to achieve in the country," said Thein Sein.
Speaking earlier at the United Nations General Assembly, the president congratulated the 1991 Nobel laureate on the honors she has received "in recognition for her efforts for democracy."
""",
        "quotes": [
            ("indirect", "the democracy leader, who spent years<<>>the country's reform process", "acknowledged",
             "Thein Sein", "Thein Sein", "MMR", "name"),
            ("direct", "She has been working with us<<>>need to achieve in the country", "said", "Thein Sein",
             "Thein Sein", "MMR", "name"),
            ("partial", "in recognition for her efforts for democracy", "congratulated", "the president", "Thein Sein",
             "MMR", "nominal"),
        ],
    },
]

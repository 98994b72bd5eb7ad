"""Source of the sealed quotes test set ``test21.jsonl`` (VOA pages, 2003-2018).

Annotated by helper sqq22 on 2026-12-07 (round 21, for round 22), before any system ran on these
texts. Texts are Voice of America pages (public domain: voanews.com, insidevoa.com,
editorials.voa.gov, learningenglish.voanews.com, voa.pangea-cms.com, voaswahili.com,
voacambodia.com) as the ``search`` tool's ``pages`` corpus stores them; page furniture removed
(named in each ``note``). Build and check with ``python data/gold/check_quotes_test21.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t21-nigeria-corruption-nweke-2006",
        "url": "https://www.voanews.com/a/a-13-2006-11-21-voa7/328744.html",
        "title": "Nigerian Minister Defends Government's Corruption Policy",
        "published": "2006-11-21",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside the "
                "next quotation ('... development an'); kept to the last complete paragraph. "
                "published: the date in the URL.",
        "text": """
Nigeria’s information minister Frank Nweke says corruption is a worldwide thing that is not limited to Nigeria or Africa. He says President Olusegun Obasanjo has been fighting corruption in an unprecedented way. Nweke rejects any suggestion that corruption is rampant in Nigeria.
“The issue you raised about Nigeria is merely based on perception. We are willing to deal with our own issues. There are countries in the world today who all through their histories have been known as havens of corruption and havens of keeping stolen money. Have you ever heard any of those countries mentioned? I want to take this opportunity to dare every country in the world, the Western nations included, we dare them to have the courage to talk about what is happening in their governments,” Nweke said.
Nweke said corruption is not an African problem, especially with the United Nations planning to hold a convention on corruption. He said President Obasanjo has demonstrated courage in dealing with corruption.
“Let me say very clearly that the Obasanjo administration has confronted corruption in Nigeria in an unprecedented manner and this has seen the prosecution of several public officials as never before. And the situation with the vice president, Atiku Abubakar, was a test case about the political will of the president and his administration to deal with the issue of corruption,” Nweke said.
He said the Nigerian government does not have a problem with militants in the country’s oil-rich Niger Delta region.
""",
        "quotes": [
            ("indirect", "corruption is a worldwide thing that is not limited to Nigeria or Africa",
             "says", "Nigeria’s information minister Frank Nweke", "Frank Nweke", "NGA", "name"),
            ("indirect", "President Olusegun Obasanjo has been fighting corruption in an unprecedented way",
             "says", "He", "Frank Nweke", "NGA", "pronoun"),
            ("direct", "The issue you raised about Nigeria<<>>what is happening in their governments",
             "said", "Nweke", "Frank Nweke", "NGA", "name"),
            ("indirect", "corruption is not an African problem, especially with the United Nations planning to hold a convention on corruption",
             "said", "Nweke", "Frank Nweke", "NGA", "name"),
            ("indirect", "President Obasanjo has demonstrated courage in dealing with corruption",
             "said", "He", "Frank Nweke", "NGA", "pronoun"),
            ("direct", "Let me say very clearly<<>>to deal with the issue of corruption",
             "said", "Nweke", "Frank Nweke", "NGA", "name"),
            ("indirect", "the Nigerian government does not have a problem with militants in the country’s oil-rich Niger Delta region",
             "said", "He", "Frank Nweke", "NGA", "pronoun"),
        ],
    },
    {
        "id": "t21-ethiopia-meles-death-bereket-2012",
        "url": "http://www.voanews.com/a/spokesman_ethiopia_pm_death_no_cause_for_worry/1492207.html",
        "title": "Spokesman: Ethiopia PM's Death No Cause for Worry",
        "published": "2012-08-21",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed twice, "
                "dated August 21, 2012). Cut by the store inside the last paragraph ('... security in Af'); "
                "kept to its last complete sentence. published: the caption's date (the announcement the "
                "story reports). The blogs.voanews.com copy of the same story was claimed too, not used.",
        "text": """
Ethiopia's communications minister says there is "no worry" about the country's future after the death of Prime Minister Meles Zenawi, who ruled Ethiopia for more than 20 years.
Minister Bereket Simon told VOA the leadership is united and the government is "strong as ever." He rejected concerns about a power vacuum.
"The policies, the strategies, that have enabled us to register massive growth are in place," he said. "The party is strong as ever, government is as strong as ever, the leadership is as united as ever. So there is no worry. There is no worry at all."
The spokesman says acting Prime Minister Hailemariam Desalegn will be sworn in and serve the remaining three years of Mr. Meles' five-year term.
Mr. Meles died late Monday from an infection while being treated abroad, according to the spokesman.
In a statement Tuesday, a rebel group in Ethiopia's Ogaden region suggested the leader's death may lead to greater stability and peace.
The Ogaden National Liberation Front (ONLF) described the late prime minister as a "dictator" who had caused "unimaginable suffering" to the Ogaden people.
The ONLF has been fighting for self-determination in Ogaden, also known as the Somali region, since 1984. The rebels and the government frequently accuse each other of wrongdoing and atrocities.
Leaders around the world reacted to news of the prime minister's death.
U.S. President Barack Obama said Mr. Meles deserved recognition for fighting poverty and developing the country.
""",
        "quotes": [
            ("indirect", 'there is "no worry" about the country\'s future after the death of Prime Minister Meles Zenawi, who ruled Ethiopia for more than 20 years',
             "says", "Ethiopia's communications minister", "Bereket Simon", "ETH", "nominal"),
            ("partial", "no worry",
             "says", "Ethiopia's communications minister", "Bereket Simon", "ETH", "nominal"),
            ("indirect", 'the leadership is united and the government is "strong as ever."',
             "told", "Minister Bereket Simon", "Bereket Simon", "ETH", "name"),
            ("partial", "strong as ever",
             "told", "Minister Bereket Simon", "Bereket Simon", "ETH", "name"),
            ("direct", "The policies, the strategies, that have enabled us to register massive growth are in place",
             "said", "he", "Bereket Simon", "ETH", "pronoun"),
            ("direct", "The party is strong as ever<<>>There is no worry at all.",
             "said", "he", "Bereket Simon", "ETH", "pronoun"),
            ("indirect", "acting Prime Minister Hailemariam Desalegn will be sworn in and serve the remaining three years of Mr. Meles' five-year term",
             "says", "The spokesman", "Bereket Simon", "ETH", "nominal"),
            ("indirect", "Mr. Meles died late Monday from an infection while being treated abroad",
             "according to", "the spokesman", "Bereket Simon", "ETH", "nominal"),
            ("indirect", "the leader's death may lead to greater stability and peace",
             "suggested", "a rebel group in Ethiopia's Ogaden region", "Ogaden National Liberation Front", "ETH", "nominal"),
            ("partial", "dictator",
             "described", "The Ogaden National Liberation Front", "Ogaden National Liberation Front", "ETH", "organisation"),
            ("partial", "unimaginable suffering",
             "described", "The Ogaden National Liberation Front", "Ogaden National Liberation Front", "ETH", "organisation"),
            ("indirect", "Mr. Meles deserved recognition for fighting poverty and developing the country",
             "said", "U.S. President Barack Obama", "Barack Obama", "USA", "name"),
        ],
    },
    {
        "id": "t21-somalia-garowe-unicef-attack-2015",
        "url": "https://www.voaswahili.com/a/somalia-condemns-al-shabab-attacks-threaten-countrys-future/2728693.html",
        "title": "Somali President: Al-Shabab Threatens Country's Future",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Upatikanaji viungo' (the Swahili site's accessibility line), 'Breaking News', date/time "
                "line of the crawl, title line, photo caption (dated April 20, 2015), the summary line under the "
                "caption (repeated in the body). Subheading 'Suicide bomber' kept as its own paragraph. Cut by "
                "the store inside the last paragraph ('... personnel in t'); dropped. published: null; the "
                "caption and 'Monday' date the attack April 20, 2015, the story a day or two later.",
        "text": """
Somali President Hassan Sheikh Mohamud said a deadly al-Shabab attack on a minibus carrying staffers of the U.N. children's agency is an attack not just on the U.N., but also on Somalia and its future.
In a statement, Mohamud said the attack confirms his view that al-Shabab is not interested in the future of Somalia, but only in promoting what he called "its own extremist agenda."
He said that as the Somali National Army and Somalia's international partners help bring Somalia under control, al-Shabab is "lashing out, thrashing in its death throes."
On Monday al-Shabab claimed responsibility for the apparent suicide attack that killed at least seven people in northern Somalia.
Suicide bomber
The attacker Monday targeted a minibus carrying staffers of the U.N. Children's Fund in the town of Garowe, as they traveled from their guest houses to their office. A source close to the U.N. in Garowe told VOA that a man raced on to the bus and detonated explosives strapped to his waist.
Local police said the dead included four foreigners, two Somalis and the bomber.
A reporter for VOA in Garowe said the foreigners included two Kenyans, a Ugandan and one Afghan, all of whom worked for UNICEF.
He said the U.N. airlifted the bodies and eight people wounded in the blast to Nairobi.
U.N. representative to Somalia Nicholas Kay called the attack a "blatant act of terrorism and a desperate attempt to derail Somalia's path toward peace and stability."
""",
        "quotes": [
            ("indirect", "a deadly al-Shabab attack on a minibus carrying staffers of the U.N. children's agency is an attack not just on the U.N., but also on Somalia and its future",
             "said", "Somali President Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", "SOM", "name"),
            ("indirect", 'the attack confirms his view that al-Shabab is not interested in the future of Somalia, but only in promoting what he called "its own extremist agenda."',
             "said", "Mohamud", "Hassan Sheikh Mohamud", "SOM", "name"),
            ("partial", "its own extremist agenda",
             "called", "he", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("indirect", 'as the Somali National Army and Somalia\'s international partners help bring Somalia under control, al-Shabab is "lashing out, thrashing in its death throes."',
             "said", "He", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("partial", "lashing out, thrashing in its death throes",
             "said", "He", "Hassan Sheikh Mohamud", "SOM", "pronoun"),
            ("indirect", "a man raced on to the bus and detonated explosives strapped to his waist",
             "told", "A source close to the U.N. in Garowe", "source close to the U.N. in Garowe", None, "nominal"),
            ("indirect", "the dead included four foreigners, two Somalis and the bomber",
             "said", "Local police", "local police", "SOM", "organisation"),
            ("indirect", "the foreigners included two Kenyans, a Ugandan and one Afghan, all of whom worked for UNICEF",
             "said", "A reporter for VOA in Garowe", "reporter for VOA in Garowe", "USA", "nominal"),
            ("indirect", "the U.N. airlifted the bodies and eight people wounded in the blast to Nairobi",
             "said", "He", "reporter for VOA in Garowe", "USA", "pronoun"),
            ("partial", "blatant act of terrorism and a desperate attempt to derail Somalia's path toward peace and stability",
             "called", "U.N. representative to Somalia Nicholas Kay", "Nicholas Kay", "UNO", "name"),
        ],
    },
    {
        "id": "t21-somalia-palace-mortars-2012",
        "url": "http://www.voanews.com/content/al-shabab-attacks-somalias-presidential-palace-143483526/179336.html",
        "title": "Al-Shabab Launches New Attacks on Somalia's Presidential Palace",
        "published": None,
        "truncated": True,
        "note": "Removed: title line, photo caption (printed twice, dated March 19, 2012). Subheadings 'Attempt "
                "to spread fear' and 'Arrests made, security increased' kept as their own paragraphs. Double "
                "spaces after full stops reduced to one. The page's mixed quotation marks (“...\" and \"...”) "
                "kept. Cut by the store inside the last quotation ('... an opportunity to'); dropped. "
                "published: null; the caption dates the story about March 20, 2012.",
        "text": """
For two nights in a row, al-Shabab militants have attacked Somalia's presidential palace with mortars, killing five people and injuring many more. A senior al-Shabab commander says the group is trying to switch tactics.
Attempt to spread fear
The Somali government described the latest incidents as a desperate attempt by al-Shabab to spread fear.
Somali government spokesman Abdirahman Omar Osman told VOA these are the first mortar attacks he's seen in Mogadishu since the African Union force, or AMISOM, drove the militants out of the capital last year.
“[In the last] couple of nights, we have witnessed mortar attacks coming and targeting civilians. As a result of that have caused injuries and deaths to civilians," Osman stated. "This is something that is new to Mogadishu since we have liberated the city from al-Shabab. Now this seems to be new tactics al-Shabab are trying to deploy, which they are always good at continuing harming civilians.”
Witnesses say the first mortars, early Monday morning, landed on a displaced persons camp next to the presidential compound and killed five people.
Arrests made, security increased
Osman says security officials have made some arrests and have also doubled security in the city.
Somali government and AMISOM forces have pushed al-Shabab out of its former Mogadishu strongholds, but the group has continued to carry out sporadic rocket, bomb, and suicide attacks in the capital.
""",
        "quotes": [
            ("indirect", "the group is trying to switch tactics",
             "says", "A senior al-Shabab commander", "senior al-Shabab commander", "SOM", "nominal"),
            ("indirect", "these are the first mortar attacks he's seen in Mogadishu since the African Union force, or AMISOM, drove the militants out of the capital last year",
             "told", "Somali government spokesman Abdirahman Omar Osman", "Abdirahman Omar Osman", "SOM", "name"),
            ("direct", "[In the last] couple of nights<<>>injuries and deaths to civilians",
             "stated", "Osman", "Abdirahman Omar Osman", "SOM", "name"),
            ("direct", "This is something that is new to Mogadishu<<>>continuing harming civilians.",
             "stated", "Osman", "Abdirahman Omar Osman", "SOM", "name"),
            ("indirect", "the first mortars, early Monday morning, landed on a displaced persons camp next to the presidential compound and killed five people",
             "say", "Witnesses", "witnesses", None, "nominal"),
            ("indirect", "security officials have made some arrests and have also doubled security in the city",
             "says", "Osman", "Abdirahman Omar Osman", "SOM", "name"),
        ],
    },
    {
        "id": "t21-libya-gadhafi-audio-message-2011",
        "url": "https://www.voanews.com/a/icc-prosecutor-seeks-libya-arrest-warrants---121776229/139387.html",
        "title": "Gadhafi Says NATO Cannot Reach Him",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed twice, "
                "dated May 11, 2011). Cut by the store inside the last paragraph ('... the International "
                "Criminal'); dropped. published: null; the caption and 'late Friday' date the story May 13, "
                "2011 (the URL slug names another story of the same page).",
        "text": """
Libyan state television has broadcast an audio message from Moammar Gadhafi in which the Libyan leader assures his people that he is alive and in a place where NATO bombs could not reach him.
Mr. Gadhafi's message was broadcast late Friday after Italian Foreign Minister Franco Frattini said there were unconfirmed reports that the Libyan leader is "probably" wounded after weeks of NATO air strikes in the country.
Frattini told reporters that he received word from the Catholic bishop in Tripoli, Giovanni Martinelli, that Mr. Gadhafi was likely wounded and has fled the city.
A Libyan government spokesman called that report "nonsense."
NATO air strikes have hit a number of Libyan military and command control positions in Tripoli, including Mr. Gadhafi's compound. The Libyan leader reportedly escaped one recent attack that Libyan authorities say targeted him. NATO has denied targeting the Libyan leader.
In Washington Friday, U.S. President Barack Obama met with visiting NATO Secretary-General Anders Fogh Rasmussen to discuss the coalition's operations in Libya.
Separately, a delegation from Libya's opposition Transitional National Council met with U.S. Deputy Secretary of State James Steinberg. The TNC's Minister of Finance and Oil Ali Tarhouni said after the meeting that the opposition leadership appreciates the U.S. assistance, but wants political recognition and access to frozen assets of the Gadhafi government.
Mr. Obama's national security adviser Tom Donilon is scheduled to meet with the visiting delegation later Friday.
The Libyan opposition is seeking more sophisticated weaponry and basic supplies, such as food, medicine and fuel.
""",
        "quotes": [
            ("indirect", "he is alive and in a place where NATO bombs could not reach him",
             "assures", "the Libyan leader", "Moammar Gadhafi", "LBY", "nominal"),
            ("indirect", 'there were unconfirmed reports that the Libyan leader is "probably" wounded after weeks of NATO air strikes in the country',
             "said", "Italian Foreign Minister Franco Frattini", "Franco Frattini", "ITA", "name"),
            ("partial", "probably",
             "said", "Italian Foreign Minister Franco Frattini", "Franco Frattini", "ITA", "name"),
            ("indirect", "he received word from the Catholic bishop in Tripoli, Giovanni Martinelli, that Mr. Gadhafi was likely wounded and has fled the city",
             "told", "Frattini", "Franco Frattini", "ITA", "name"),
            ("partial", "nonsense",
             "called", "A Libyan government spokesman", "Libyan government spokesman", "LBY", "nominal"),
            ("indirect", "targeted him",
             "say", "Libyan authorities", "Libyan authorities", "LBY", "nominal"),
            ("indirect", "the opposition leadership appreciates the U.S. assistance, but wants political recognition and access to frozen assets of the Gadhafi government",
             "said", "The TNC's Minister of Finance and Oil Ali Tarhouni", "Ali Tarhouni", "LBY", "name"),
        ],
    },
    {
        "id": "t21-srilanka-rajapaksa-defeat-ltte-2009",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2009-05-16-voa15-68734572/357880.html",
        "title": "Sri Lankan President Declares Military Defeat of Rebels",
        "published": "2009-05-16",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line. The page's 'Jordan,Saturday' "
                "(no space) kept. Cut by the store inside the last paragraph ('... expressed grave c'); "
                "dropped. published: the date in the URL (VOA preview host).",
        "text": """
Although sporadic fighting was reported to be continuing (early Sunday) on the very last patch of land held by the Tamil Tiger rebels, Sri Lanka's President has already proclaimed the group's military defeat. The fate of the leadership of the rebels, who have waged a quarter century civil war for an independent ethnic homeland, remains unknown.
Sri Lanka President Mahinda Rajapaksa, speaking to a developing nations summit in Jordan,Saturday, said he would be returning home to a country freed from the barbaric acts of the Liberation Tigers of Tamil Eelam. "My government, with the total commitment of our armed forces, has, in an unprecedented humanitarian operation, finally defeated the LTTE militarily," he said.
He is expected to make a formal declaration of victory after arriving back on his home soil.
Brigadier Udaya Nanayakkara tells VOA News two Army divisions moving from opposite directions merged (Saturday), trapping the Tamil Tigers on a narrow and short patch of coastline. "With the troops moving and linking up we have completely confined the LTTE Sea Tigers onto ground. So that's a significant victory. With that we have confined LTTE to less than a two-square-kilometer area and surrounded them on ground from all directions," he said.
Defense officials say two of the top LTTE commanders died in the end-stage confrontations with troops but there has been no word on the fate of the group's founder and leader, Velupillai Prabhakaran.
The official Sri Lankan Broadcasting Corporation reports an explosion of a bunker in which top rebels had taken refuge. But there is no confirmation on whether the LTTE leader was inside or the cause of the blast.
The military says 25,000 Tamils have fled the latest fighting and are now in government care.
As fighting escalated in recent days, Red Cross access to the combat zone was cut off.
""",
        "quotes": [
            ("indirect", "he would be returning home to a country freed from the barbaric acts of the Liberation Tigers of Tamil Eelam",
             "said", "Sri Lanka President Mahinda Rajapaksa", "Mahinda Rajapaksa", "LKA", "name"),
            ("direct", "My government, with the total commitment<<>>finally defeated the LTTE militarily",
             "said", "he", "Mahinda Rajapaksa", "LKA", "pronoun"),
            ("indirect", "two Army divisions moving from opposite directions merged (Saturday), trapping the Tamil Tigers on a narrow and short patch of coastline",
             "tells", "Brigadier Udaya Nanayakkara", "Udaya Nanayakkara", "LKA", "name"),
            ("direct", "With the troops moving and linking up<<>>on ground from all directions",
             "said", "he", "Udaya Nanayakkara", "LKA", "pronoun"),
            ("indirect", "two of the top LTTE commanders died in the end-stage confrontations with troops but there has been no word on the fate of the group's founder and leader, Velupillai Prabhakaran",
             "say", "Defense officials", "Sri Lankan defense officials", "LKA", "nominal"),
            ("indirect", "25,000 Tamils have fled the latest fighting and are now in government care",
             "says", "The military", "Sri Lankan military", "LKA", "organisation"),
        ],
    },
    {
        "id": "t21-armenia-sarksyan-karabakh-2004",
        "url": "https://www.voanews.com/a/a-13-2004-11-16-voa51/291461.html",
        "title": "Armenian Minister Not Optimistic About Nagorno-Karabakh Dispute",
        "published": "2004-11-16",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. VOA's credit line kept. "
                "published: the date in the URL.",
        "text": """
Armenia's defense minister says neighboring Azerbaijan is not serious about negotiating a settlement of the dispute over the Nagorno-Karabakh territory.
In an interview with Reuters news agency published Tuesday, minister Serzh Sarksyan said he is not very optimistic about the Nagorno-Karabakh issue. He accused Azeri President Ilham Aliyev of trying to put pressure on Armenia through the United Nations.
Mr. Sarksyan said the issue can only be solved through compromise. He said he sees no signs that point to a resumption of armed conflict between the two countries.
Russia, the United States and France, among others, are trying to mediate an agreement between Azerbaijan and Armenia over Nagorno-Karabakh. Ethnic Armenians from the mountainous enclave control 20 percent of Azerbaijan's territory seized during a war that ended with a cease-fire agreement a decade ago.
Some information for this story provided by Reuters.
""",
        "quotes": [
            ("indirect", "neighboring Azerbaijan is not serious about negotiating a settlement of the dispute over the Nagorno-Karabakh territory",
             "says", "Armenia's defense minister", "Serzh Sarksyan", "ARM", "nominal"),
            ("indirect", "he is not very optimistic about the Nagorno-Karabakh issue",
             "said", "minister Serzh Sarksyan", "Serzh Sarksyan", "ARM", "name"),
            ("indirect", "the issue can only be solved through compromise",
             "said", "Mr. Sarksyan", "Serzh Sarksyan", "ARM", "name"),
            ("indirect", "he sees no signs that point to a resumption of armed conflict between the two countries",
             "said", "He", "Serzh Sarksyan", "ARM", "pronoun"),
        ],
    },
    {
        "id": "t21-kyrgyzstan-bakiyev-uprising-2010",
        "url": "https://www.voanews.com/a/kyrgyz-president-refuses-to-resign-90229762/115510.html",
        "title": "Kyrgyz President Refuses to Resign",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside the last "
                "paragraph ('... policies of Presi'); dropped. published: null; the content (uprising of "
                "Wednesday April 7, 2010; Bakiyev 'speaking ... Thursday') dates the story April 8, 2010. The "
                "identical voa.pangea-cms.com preview copy was claimed too, not used.",
        "text": """
Kyrgyz President Kurmanbek Bakiyev says he will not resign, despite a deadly uprising in his country and the formation of an interim government by the opposition.
Speaking on a Russian radio station Thursday, Mr. Bakiyev acknowledged he now has little influence over the government in Kyrgyzstan. He said he fled the capital, Bishkek, and is now in the southern part of the country trying to rally his supporters.
The political opposition in Kyrgyzstan has proclaimed a new government that it says will rule the country until elections are held in six months.
Opposition leader Rosa Otunbayeva, the former foreign minister, has demanded that President Bakiyev step down. She said the parliament has been dissolved and that she will head the new interim government. Otunbayeva also said the new government is in control of four of Kyrgyzstan's seven provinces, as well as the armed forces.
She said if President Bakiyev tries to take on the interim government, it will react.
The collapse of Mr. Bakiyev's government follows days of clashes between rioters and police in several cities. The demonstrators say they are upset over rampant corruption, nepotism and rising prices.
Thousands of protesters clashed with security forces in Bishkek Wednesday. The country's health ministry says at least 75 people were killed and more than 1,000 were wounded. Several buildings were set on fire, and witnesses say security forces shot at demonstrators.
Otunbayeva also said a U.S. air base in Kyrgyzstan that supports military operations in Afghanistan will remain open. In Washington, a Pentagon spokesman, Bryan Whitman, said there are limited operations at the Manas airfield. Whitman said U.S. support to Afghanistan has not been seriously affected by the events in Kyrgyzstan.
""",
        "quotes": [
            ("indirect", "he will not resign, despite a deadly uprising in his country and the formation of an interim government by the opposition",
             "says", "Kyrgyz President Kurmanbek Bakiyev", "Kurmanbek Bakiyev", "KGZ", "name"),
            ("indirect", "he now has little influence over the government in Kyrgyzstan",
             "acknowledged", "Mr. Bakiyev", "Kurmanbek Bakiyev", "KGZ", "name"),
            ("indirect", "he fled the capital, Bishkek, and is now in the southern part of the country trying to rally his supporters",
             "said", "He", "Kurmanbek Bakiyev", "KGZ", "pronoun"),
            ("indirect", "will rule the country until elections are held in six months",
             "says", "it", "political opposition in Kyrgyzstan", "KGZ", "pronoun"),
            ("indirect", "President Bakiyev step down",
             "demanded", "Opposition leader Rosa Otunbayeva", "Rosa Otunbayeva", "KGZ", "name"),
            ("indirect", "the parliament has been dissolved and that she will head the new interim government",
             "said", "She", "Rosa Otunbayeva", "KGZ", "pronoun"),
            ("indirect", "the new government is in control of four of Kyrgyzstan's seven provinces, as well as the armed forces",
             "said", "Otunbayeva", "Rosa Otunbayeva", "KGZ", "name"),
            ("indirect", "if President Bakiyev tries to take on the interim government, it will react",
             "said", "She", "Rosa Otunbayeva", "KGZ", "pronoun"),
            ("indirect", "they are upset over rampant corruption, nepotism and rising prices",
             "say", "The demonstrators", "demonstrators", "KGZ", "nominal"),
            ("indirect", "at least 75 people were killed and more than 1,000 were wounded",
             "says", "The country's health ministry", "Kyrgyz health ministry", "KGZ", "organisation"),
            ("indirect", "security forces shot at demonstrators",
             "say", "witnesses", "witnesses", None, "nominal"),
            ("indirect", "a U.S. air base in Kyrgyzstan that supports military operations in Afghanistan will remain open",
             "said", "Otunbayeva", "Rosa Otunbayeva", "KGZ", "name"),
            ("indirect", "there are limited operations at the Manas airfield",
             "said", "Bryan Whitman", "Bryan Whitman", "USA", "name"),
            ("indirect", "U.S. support to Afghanistan has not been seriously affected by the events in Kyrgyzstan",
             "said", "Whitman", "Bryan Whitman", "USA", "name"),
        ],
    },
    {
        "id": "t21-ivorycoast-gbagbo-review-offer-2010",
        "url": "https://www.voanews.com/a/ivory-coast-election-winner-rejects-incumbents-call-for-international-review/157088.html",
        "title": "Ivory Coast Election Winner Rejects Incumbents' Call for International Review",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed twice, "
                "dated 21 Dec 2010). Cut by the store at the start of the next paragraph ('The el'); dropped. "
                "published: null; the caption dates Gbagbo's speech (Tuesday) December 21, 2010, the story "
                "December 21-22, 2010.",
        "text": """
Ivory Coast's U.N.-endorsed presidential-election winner Alassane Ouattara has rejected calls by incumbent President Laurent Gbagbo for an international review of the country's political crisis, following last month's disputed election.
In what was his first televised speech since last month's disputed election, Ivory Coast President Laurent Gbagbo said Tuesday he is open to dialogue, though analysts say any kind of power-sharing agreement is not a viable option for Ivory Coast.
Mr. Gbagbo says he does not want to see the blood of even one Ivorian spilled. He says he does not want a war in Ivory Coast that could impact neighboring countries. He says he is ready to welcome an international committee to evaluate the post-electoral crisis and re-examine election results.
He adds this committee will be led by a representative from the African Union and include members of ECOWAS, the West African Central Bank, the Arab League, the United Nations, the United States, the European Union, Russia and China.
But a spokesman for Alassane Ouattara dismissed the offer as a delay tactic, and it is unlikely that many foreign powers named will go along with the proposal, as most of them have already called for Mr. Gbagbo to stand down.
Speaking on state television, Mr. Gbagbo says the international community has based its support of Mr. Ouattara on what the incumbent says were worthless electoral commission results.
He says the international community has declared war on Ivory Coast. He says that is not acceptable, and will not be allowed.
""",
        "quotes": [
            ("indirect", "he is open to dialogue",
             "said", "Ivory Coast President Laurent Gbagbo", "Laurent Gbagbo", "CIV", "name"),
            ("indirect", "any kind of power-sharing agreement is not a viable option for Ivory Coast",
             "say", "analysts", "analysts", None, "nominal"),
            ("indirect", "he does not want to see the blood of even one Ivorian spilled",
             "says", "Mr. Gbagbo", "Laurent Gbagbo", "CIV", "name"),
            ("indirect", "he does not want a war in Ivory Coast that could impact neighboring countries",
             "says", "He", "Laurent Gbagbo", "CIV", "pronoun"),
            ("indirect", "he is ready to welcome an international committee to evaluate the post-electoral crisis and re-examine election results",
             "says", "He", "Laurent Gbagbo", "CIV", "pronoun"),
            ("indirect", "this committee will be led by a representative<<>>Russia and China",
             "adds", "He", "Laurent Gbagbo", "CIV", "pronoun"),
            ("indirect", "the international community has based its support of Mr. Ouattara on what the incumbent says were worthless electoral commission results",
             "says", "Mr. Gbagbo", "Laurent Gbagbo", "CIV", "name"),
            ("indirect", "the international community has declared war on Ivory Coast",
             "says", "He", "Laurent Gbagbo", "CIV", "pronoun"),
            ("indirect", "that is not acceptable, and will not be allowed",
             "says", "He", "Laurent Gbagbo", "CIV", "pronoun"),
        ],
    },
    {
        "id": "t21-ivorycoast-gnamien-interference-2010",
        "url": "https://www.voanews.com/a/ivorian-diplomat-urges-world-to-listen-to-presidents-concerns--111763029/157034.html",
        "title": "Ivorian Diplomat Urges World to “Listen” to President’s Concerns",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (dated Dec 7, 2010). "
                "Cut by the store inside the next paragraph ('... by outsiders in Ivory Coa'); dropped. "
                "published: null; the content ('told a state newspaper Friday', 'said Saturday') dates the "
                "story about December 12-13, 2010.",
        "text": """
A special advisor to embattled Ivorian President Laurent Gbagbo told VOA there have been several indications the international community is interfering in Ivory Coast’s internal affairs, following the disputed 28th November presidential run-off vote.
Ambassador Yao Gnamien accused the international community, including the Economic Community of West African States (ECOWAS), of failing to “carefully listen” to Mr. Gbagbo’s concerns following the results of last month’s election.
Mr. Gbagbo told a state newspaper Friday that he wants to “sit down and talk” with his political rival about the situation. But, former Prime Minister Alassane Ouattara said Saturday that Mr. Gbagbo must first accept that he lost the election.
Supporters of Mr. Ouattara demanded Mr. Gbagbo resign before any negotiations to resolve the ongoing political impasse. But, this was rejected by Gbagbo aides.
“If we want to have good negotiations, nobody can say that President Gbagbo must resign because President Gbagbo has been declared president of Cote d’Ivoire by our Constitutional Court, which is really the same case in most of the African countries, (and) even in most developed countries. So, the main thing we have to follow is the rule of law,” said Ambassador Gnamien.
Earlier, an aide to Mr. Gbagbo said western envoys are trying to sway the army to support Mr. Ouattara. Interior minister Emile Guirieoulou said western envoys in Abidjan have approached senior Ivorian army officers with the goal of finding soldiers and police to back Mr. Ouattara.
""",
        "quotes": [
            ("indirect", "there have been several indications the international community is interfering in Ivory Coast’s internal affairs, following the disputed 28th November presidential run-off vote",
             "told", "A special advisor to embattled Ivorian President Laurent Gbagbo", "Yao Gnamien", "CIV", "nominal"),
            ("partial", "carefully listen",
             "accused", "Ambassador Yao Gnamien", "Yao Gnamien", "CIV", "name"),
            ("indirect", "he wants to “sit down and talk” with his political rival about the situation",
             "told", "Mr. Gbagbo", "Laurent Gbagbo", "CIV", "name"),
            ("partial", "sit down and talk",
             "told", "Mr. Gbagbo", "Laurent Gbagbo", "CIV", "name"),
            ("indirect", "Mr. Gbagbo must first accept that he lost the election",
             "said", "former Prime Minister Alassane Ouattara", "Alassane Ouattara", "CIV", "name"),
            ("indirect", "Mr. Gbagbo resign before any negotiations to resolve the ongoing political impasse",
             "demanded", "Supporters of Mr. Ouattara", "supporters of Mr. Ouattara", "CIV", "nominal"),
            ("direct", "If we want to have good negotiations<<>>is the rule of law",
             "said", "Ambassador Gnamien", "Yao Gnamien", "CIV", "name"),
            ("indirect", "western envoys are trying to sway the army to support Mr. Ouattara",
             "said", "an aide to Mr. Gbagbo", "aide to Mr. Gbagbo", "CIV", "nominal"),
            ("indirect", "western envoys in Abidjan have approached senior Ivorian army officers with the goal of finding soldiers and police to back Mr. Ouattara",
             "said", "Interior minister Emile Guirieoulou", "Emile Guirieoulou", "CIV", "name"),
        ],
    },
    {
        "id": "t21-iraq-kirkuk-governor-voa-2006",
        "url": "https://www.voacambodia.com/a/a-40-testa-90142762/1359539.html",
        "title": "Governor of Kirkuk Calls for Stability Among Ethnic and Religious Groups",
        "published": None,
        "truncated": True,
        "note": "A VOA press release about a VOA Kurdish call-in show, stored on the voacambodia.com host. "
                "Removed: 'Accessibility links', 'Breaking News', title line, the service description "
                "paragraph (ends in a removed link) and the VOA boilerplate after it. published: null; no "
                "date on the page; the boilerplate ('44 languages', Broadcasting Board of Governors) and "
                "Mustafa's term as governor place it about 2006 (the year in the id is this estimate).",
        "text": """
Abdul-Rahman Mustafa, governor of Iraq's northern city of Kirkuk, today denied allegations from Turkey and some Turkomen representatives that any attempts have been made to change the demographic character of Kirkuk or to "re-Kurdify" the city after the Arabization program under the former Saddam Hussein regime.
Mustafa's comments came during the weekly one-hour VOA Kurdish call-in show Hello Washington. Mustafa held to his position that the entire population of Kirkuk should collectively and jointly decide the future of the city -- Kurds, Arabs, Turkomens and Assyrians -- without any outside interference. Mustafa said, "We shall do our best to improve conditions in Kirkuk. If we have not succeeded so far, it is because of lack of sufficient funds and resources. Our aim is to turn Kirkuk into a city of 'brotherhood' among all ethnic and religious groups in the region."
Joining Mustafa in the discussion were Kadir Hama Jan Aziz, president of the city council of Sulaimania and Falakaddin Kakeyi, advisor to Kurdistan Democratic Party leader Masoud Barzani. All three participants expressed optimism for the future of Kirkuk and expressed optimism in being able to solve most issues peacefully and through legal and political processes.
""",
        "quotes": [
            ("direct", "We shall do our best to improve conditions in Kirkuk.<<>>ethnic and religious groups in the region.",
             "said", "Mustafa", "Abdul-Rahman Mustafa", "IRQ", "name"),
        ],
    },
    {
        "id": "t21-cuba-powell-oas-editorial-2003",
        "url": "https://editorials.voa.gov/a/a-41-a-2003-06-13-1-1-83094447/1477853.html",
        "title": "6/12/03 - POWELL ON CUBA - 2003-06-13",
        "published": "2003-06-13",
        "truncated": True,
        "note": "A VOA editorial (reflecting the views of the US government, broadcast by VOA). Removed: "
                "'Accessibility links', 'Breaking News', title line. Cut by the store inside a quotation in "
                "the last paragraph ('... dictatorships cannot withst'); kept to that paragraph's first "
                "sentence. published: the date in the URL and title.",
        "text": """
Cuba's brutal Communist dictator Fidel Castro maintains an oppressive system that deprives the Cuban people of their livelihood and freedom. The Castro regime persecutes dissidents and human rights activists. Hundreds of political prisoners languish in Cuban jails. Independent journalists are harassed and intimidated.
In recent months, Castro has stepped up his repression. In the most notorious act of political repression in Latin America in a decade, at least seventy-five Cubans were convicted in kangaroo courts for demanding respect for fundamental rights. Those imprisoned include journalists, economists, and political activists.
The world is growing increasingly appalled by Castro's tactics. The fifteen-nation European Union recently imposed a series of new diplomatic measures against Cuba. The E-U announced it was taking the steps after the "deplorable actions of the Cuban authorities aiming not only at violating fundamental freedoms in Cuba, but also at depriving civilians of the ultimate human right, that of life."
The United States is seeking a united front in the Western hemisphere to push for peaceful change in Cuba. In an address to the Organization of American States, U.S. Secretary of State Colin Powell asked for Latin American support for imprisoned Cuban dissidents:
"The Inter-American democratic charter declares that the peoples of the Americans have a right to democracy. It does not say that the peoples of the Americas except Cubans have a right to democracy. My government looks forward to working with our partners in the O-A-S to find ways to hasten the inevitable democratic transition in Cuba."
The U.S. will continue to bring pressure on Castro's Communist regime for fundamental change.
""",
        "quotes": [
            ("indirect", 'it was taking the steps after the "deplorable actions<<>>that of life."',
             "announced", "The E-U", "European Union", "EUR", "organisation"),
            ("partial", "deplorable actions of the Cuban authorities<<>>the ultimate human right, that of life",
             "announced", "The E-U", "European Union", "EUR", "organisation"),
            ("direct", "The Inter-American democratic charter<<>>democratic transition in Cuba.",
             "asked", "U.S. Secretary of State Colin Powell", "Colin Powell", "USA", "name"),
        ],
    },
    {
        "id": "t21-congo-southafrica-newscast-2015",
        "url": "https://learningenglish.voanews.com/a/3015834.html",
        "title": "VOA English Newscast: 1600 UTC October 20, 2015",
        "published": "2015-10-20",
        "truncated": True,
        "note": "A VOA Learning English newscast transcript. Removed: 'Accessibility links', 'Breaking News', "
                "title line, photo caption (printed twice; it spells the spokesperson 'Anneliese Burgess'), "
                "audio-player lines ('please wait', 'No media source currently available', timer, 'Direct "
                "link'). Cut by the store inside the spokesperson's sound bite ('... and community corre'); "
                "kept to its last complete sentence, so the quotation is not closed. published: the title's "
                "date.",
        "text": """
From Washington, this is VOA News.
I’m Frances Alonzo reporting.
Police in the Republic of Congo fired tear gas Tuesday to break up protests against a constitutional referendum aimed at keeping President Denis Sassou N'guesso in power.
The protesters burned tires and put up barricades on streets of the capital, Brazzaville, while phone and internet services were reported to be out in much of the city.
Congo votes Sunday on proposed reforms that would abolish the constitution's two-term limit for presidents and the age limit of 70 for presidential candidates.
South Africa’s superstar athlete Oscar Pistorius got an early release from prison Monday night, bringing his time behind bars to just over a year.
His family made clear that Pistorius is simply going from one prison to another.
This is the Pistorius family spokesperson, Annaliese Burgeff:
"It is very important for the family to emphasize that Oscar's sentence hasn't been shortened or reduced. He is simply entering the next phase of his sentence now. He will serve this under the strict conditions that govern correctional supervision.
""",
        "quotes": [
            ("indirect", "Pistorius is simply going from one prison to another",
             "made clear", "His family", "Pistorius family", "ZAF", "nominal"),
            ("direct", "It is very important for the family<<>>govern correctional supervision.",
             None, "Annaliese Burgeff", "Anneliese Burgess", "ZAF", "name"),
        ],
    },
    {
        "id": "t21-germany-merkel-refugee-policy-2016",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/merkel-to-stay-course-on-migrant-issue-in-germany/3235095.html",
        "title": "Germany's Merkel to Stay Course on Migrant Issue",
        "published": "2016-03-14",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (printed twice, "
                "dated March 14, 2016). A line break inside the last quotation ('fewer people / are coming') "
                "joined with a space. The store ends after that paragraph; counted as cut. published: the "
                "caption's date (the news conference 'Monday').",
        "text": """
German Chancellor Angela Merkel says she is not planning on changing her refugee policy, despite heavy losses in recent state elections that showed conflicting opinions about her liberal approach to immigration.
On Sunday, the nationalist Alternative for Deutschland party won representation in three state polls in what many saw as a protest vote against Merkel's open-door policy on refugees.
Merkel described the loss as a "difficult day" for her conservative Christian Democrats.
Merkel has been under growing pressure to close Germany to migrants, many of them Syrians, and others fleeing war, but she has refused to impose a cap on the number of arrivals.
She is pushing, through the EU, a European-wide action that calls for distributing refugees among the EU's 28-member bloc on a proportional basis.
"Without a doubt, we have come a long way towards solving the refugee issue, but we still do not have a sustainable solution," she said. "I am fully convinced that we need a European solution and that this solution needs time."
Merkel added Germany has benefited from the closure of the Balkan migrant route north into Europe.
"Regarding the Balkan route, yes, there is no doubt that Germany, at the moment, benefits from the fact that fewer people are coming and that also is connected to the closure of the Greek-Macedonian border," Merkel said during a news conference Monday.
""",
        "quotes": [
            ("indirect", "she is not planning on changing her refugee policy, despite heavy losses in recent state elections that showed conflicting opinions about her liberal approach to immigration",
             "says", "German Chancellor Angela Merkel", "Angela Merkel", "DEU", "name"),
            ("partial", "difficult day",
             "described", "Merkel", "Angela Merkel", "DEU", "name"),
            ("direct", "Without a doubt, we have come a long way<<>>a sustainable solution",
             "said", "she", "Angela Merkel", "DEU", "pronoun"),
            ("direct", "I am fully convinced<<>>this solution needs time.",
             "said", "she", "Angela Merkel", "DEU", "pronoun"),
            ("indirect", "Germany has benefited from the closure of the Balkan migrant route north into Europe",
             "added", "Merkel", "Angela Merkel", "DEU", "name"),
            ("direct", "Regarding the Balkan route<<>>the Greek-Macedonian border",
             "said", "Merkel", "Angela Merkel", "DEU", "name"),
        ],
    },
    {
        "id": "t21-burma-rice-busan-editorial-2005",
        "url": "https://editorials.voa.gov/a/a-41-2005-11-21-voa2-83103467/1479204.html",
        "title": "Burma (VOA editorial; title not stored)",
        "published": "2005-11-21",
        "truncated": True,
        "note": "A VOA editorial. The stored copy has no title line (title written from the topic). Cut by the "
                "store inside the closing credit line ('The preceding was an editorial reflecting'); "
                "dropped. published: the date in the URL.",
        "text": """
On her visit to Busan, South Korea, to attend the Asia-Pacific Economic Cooperation summit, U.S. Secretary of State Condoleezza Rice brought up the issue of human rights abuses in Burma. Calling the Burmese military junta "one of the worst regimes in the world," she said that when "tyrannical" governments like Burma abuse their citizens, it is the responsibility of free countries to speak out:
"I don't think we get the kind of international condemnation of what's going on in Burma that we really need. And, I understand that a lot of countries that are neighbors of Burma feel the need to engage them. But, I would hope that engagement also takes the form of being serious about the really quite appalling human rights situation in Burma."
According to the U.S. State Department's latest human rights report, Burmese citizens "do not have the right to change their government. Security forces continue to commit extrajudicial killings, rape, and forcible relocation of persons, use forced labor, and conscript child soldiers."
The military junta is hostile to all forms of political opposition and dissent. This month, Hkun Htun Oo, chairman of the Shan Nationalities League for Democracy, was sentenced to life in prison. Seven other Burmese pro-democracy activists also received long sentences. They join some one-thousand-one-hundred Burmese who remain detained for the peaceful expression of their political views.
This year, Burmese National League for Democracy General Secretary and 1991 Nobel peace prize winner Aung San Suu Kyi spent her sixtieth birthday under house arrest. She was detained in May 2003 after thugs affiliated with the junta attacked her convoy. Aung San Suu Kyi has spent much of the past sixteen years in detention.
"The people of Burma live in the darkness of tyranny," says President George W. Bush. "But the light of freedom shines in their hearts," he says. "They want their liberty – and one day, they will have it."
""",
        "quotes": [
            ("partial", "one of the worst regimes in the world",
             "Calling", "she", "Condoleezza Rice", "USA", "pronoun"),
            ("indirect", 'when "tyrannical" governments like Burma abuse their citizens, it is the responsibility of free countries to speak out',
             "said", "she", "Condoleezza Rice", "USA", "pronoun"),
            ("partial", "tyrannical",
             "said", "she", "Condoleezza Rice", "USA", "pronoun"),
            ("direct", "I don't think we get the kind<<>>human rights situation in Burma.",
             "said", "she", "Condoleezza Rice", "USA", "pronoun"),
            ("indirect", 'Burmese citizens "do not have the right<<>>conscript child soldiers."',
             "According to", "the U.S. State Department's latest human rights report", "United States Department of State", "USA", "organisation"),
            ("partial", "do not have the right to change their government.<<>>conscript child soldiers",
             "According to", "the U.S. State Department's latest human rights report", "United States Department of State", "USA", "organisation"),
            ("direct", "The people of Burma live in the darkness of tyranny",
             "says", "President George W. Bush", "George W. Bush", "USA", "name"),
            ("direct", "But the light of freedom shines in their hearts",
             "says", "he", "George W. Bush", "USA", "pronoun"),
            ("direct", "They want their liberty – and one day, they will have it.",
             "says", "he", "George W. Bush", "USA", "pronoun"),
        ],
    },
    {
        "id": "t21-burma-dobriansky-rights-report-editorial-2005",
        "url": "https://editorials.voa.gov/a/a-41-2005-03-10-voa2-83104677/1479413.html",
        "title": "Burma human rights report (VOA editorial; title not stored)",
        "published": "2005-03-10",
        "truncated": True,
        "note": "A VOA editorial. The stored copy has no title line (title written from the topic). Cut by the "
                "store inside the last sentence ('... calls Burma one of the'); dropped. published: the date "
                "in the URL.",
        "text": """
The U.S. State Department's latest human rights report singles out the Burmese military junta for its widespread abuses.
The human rights situation in Burma has deteriorated over the last year. There have been numerous arrests of democracy supporters, including Shan Nationalities League for Democracy Chairman Hkun Htun Oo. Many are detained in secret locations without notification to their families or adequate legal counsel.
Burmese security forces continue to carry out extrajudicial killings and to rape, torture, and otherwise abuse prisoners and detainees. Since May 2003, the Burmese military junta has detained National League for Democracy General Secretary and Nobel peace prize winner Aung San Suu Kyi. In December 2004, Burmese authorities placed additional restrictions on her by removing her security detail, ordering her personal staff to leave her compound, and limiting visits by her personal physician.
Since 1962, Burma has been ruled by a succession of military regimes. In 1990, the opposition National League for Democracy won more than eighty percent of the seats in parliamentary elections. But the junta refused to honor the results.
On February 17th of this year, the Burmese junta reconvened its national convention, aimed at nullifying the results of the 1990 elections. The National League for Democracy and other pro-democracy ethnic parties have been denied a voice in this process. Without their participation, the convention lacks the legitimacy to draft a constitution that represents the will of the Burmese people.
Under Secretary of State Paula Dobriansky says the U.S. stands with Aung San Suu Kyi and others in Burma who are denied basic rights:
"We will continue to help the people of Burma in their struggle. We need to press the world to stand firm against the junta, and remind people everywhere precisely what is going on in Rangoon."
""",
        "quotes": [
            ("indirect", "the U.S. stands with Aung San Suu Kyi and others in Burma who are denied basic rights",
             "says", "Under Secretary of State Paula Dobriansky", "Paula Dobriansky", "USA", "name"),
            ("direct", "We will continue to help the people of Burma<<>>what is going on in Rangoon.",
             "says", "Under Secretary of State Paula Dobriansky", "Paula Dobriansky", "USA", "name"),
        ],
    },
    {
        "id": "t21-africa-carson-democracy-voa-2009",
        "url": "https://www.insidevoa.com/a/a-13-34-2009-12-03-carson-111608254/178127.html",
        "title": "Top U.S. Envoy Says Africa Making Progress Overall in Promoting Democracy",
        "published": "2009-12-03",
        "truncated": True,
        "note": "A VOA press release. Removed: 'Accessibility links', 'Breaking News', title line, summary line "
                "('Hopes the next generation will value democracy'), VOA boilerplate paragraph (cut by the "
                "store). published: the dateline.",
        "text": """
Washington, D.C., December 3, 2009 – Many African countries are making good progress in promoting democracy and good governance, despite some glaring examples of bad behavior, the U.S. Assistant Secretary of State for African Affairs told the Voice of America (VOA).
Johnnie Carson, in an interview with VOA's Shaka Ssali on Straight Talk Africa, said Ghana and South Africa are places where democracy is taking hold. Tanzania, Mali, Senegal, Malawi and Namibia also are countries where open elections have been held.
"We can only hope the next generation will value it [democracy]," Carson said.
On the other hand, Carson said countries like Zimbabwe – run for decades by the despotic regime of President Robert Mugabe – are detriments to the entire African continent.
He also criticized the actions of Mamadou Tandja, president of Niger, who earlier rewrote his country's constitution to give himself more power and extend his term in office without an election that had been due this month.
Carson said the United States is fostering development on the continent by targeting countries, not individual leaders, and by remaining neutral during the election process. For democracy to take hold, people must "feel an allegiance to the state and not to the individual."
Transparent media is a key to supporting Africa's struggling democracies, Carson said.
""",
        "quotes": [
            ("indirect", "Many African countries are making good progress in promoting democracy and good governance, despite some glaring examples of bad behavior",
             "told", "the U.S. Assistant Secretary of State for African Affairs", "Johnnie Carson", "USA", "nominal"),
            ("indirect", "Ghana and South Africa are places where democracy is taking hold",
             "said", "Johnnie Carson", "Johnnie Carson", "USA", "name"),
            ("direct", "We can only hope the next generation will value it [democracy]",
             "said", "Carson", "Johnnie Carson", "USA", "name"),
            ("indirect", "countries like Zimbabwe – run for decades by the despotic regime of President Robert Mugabe – are detriments to the entire African continent",
             "said", "Carson", "Johnnie Carson", "USA", "name"),
            ("indirect", "the United States is fostering development on the continent by targeting countries, not individual leaders, and by remaining neutral during the election process",
             "said", "Carson", "Johnnie Carson", "USA", "name"),
            ("partial", "feel an allegiance to the state and not to the individual",
             None, "Carson", "Johnnie Carson", "USA", "name"),
            ("indirect", "Transparent media is a key to supporting Africa's struggling democracies",
             "said", "Carson", "Johnnie Carson", "USA", "name"),
        ],
    },
    {
        "id": "t21-cuba-shannon-transition-editorial-2006",
        "url": "https://editorials.voa.gov/a/a-41-2006-08-18-voa1-83108167/1479975.html",
        "title": "Cuba's Future",
        "published": "2006-08-18",
        "truncated": True,
        "note": "A VOA editorial. Removed: 'Accessibility links', 'Breaking News', title line. The page's "
                "ellipses ('. . . .') kept. Cut by the store inside the last paragraph ('... limit its abi'); "
                "kept to its first sentence. published: the date in the URL.",
        "text": """
Cuban newspapers have published photos of Fidel Castro. They reportedly are the first pictures taken of the Cuban dictator since he underwent intestinal surgery and temporarily turned power over to his brother, Defense Minister Raul Castro. Fidel Castro's health remains a matter of speculation.
Thomas Shannon is U.S. Assistant Secretary of State for Western Hemisphere Affairs. He says Cuba is on the verge of political change: "I think it’s important to underscore that where we are in our policy, at this point, is really consistent with what we’ve been doing all along, which is pushing for a transition to democracy and trying to create a political space within Cuba where Cubans can actually begin to have a dialogue among themselves about their future. And in that regard, while we might be at a moment of great change, we might also be at a moment of, actually, the regime hardening as it attempts to assert its control. Therefore. . . .policy consistency in this environment is very important."
Mr. Shannon says the U.S. does not know how serious Fidel Castro's condition is and, "we don't know what the level of recovery is, and. . . .we're really not in a position to predict what will happen in the subsequent days in Cuba":
"There is not an over-arching figure, such as a Lech Walesa in Cuba, at this point but there are a series of very courageous, very articulate individuals, who have worked hard to build democratic civil society and dissident movements. And what we believe the international community should be working towards is creating an environment that allows these groups to begin to communicate with each other and then communicate more broadly with the Cuban people."
The U.S. supports Cubans who want peaceful democratic change by providing uncensored information through radio, television, and the Internet.
""",
        "quotes": [
            ("indirect", "Cuba is on the verge of political change",
             "says", "He", "Thomas Shannon", "USA", "pronoun"),
            ("direct", "I think it’s important to underscore<<>>in this environment is very important.",
             "says", "He", "Thomas Shannon", "USA", "pronoun"),
            ("indirect", 'the U.S. does not know how serious Fidel Castro\'s condition is and, "we don\'t know<<>>the subsequent days in Cuba"',
             "says", "Mr. Shannon", "Thomas Shannon", "USA", "name"),
            ("partial", "we don't know what the level of recovery is<<>>the subsequent days in Cuba",
             "says", "Mr. Shannon", "Thomas Shannon", "USA", "name"),
            ("direct", "There is not an over-arching figure<<>>more broadly with the Cuban people.",
             "says", "Mr. Shannon", "Thomas Shannon", "USA", "name"),
        ],
    },
    {
        "id": "t21-iran-mccormack-rhetoric-editorial-2006",
        "url": "https://editorials.voa.gov/a/a-41-2006-04-20-voa1-83106857/1479734.html",
        "title": "Iranian Rhetoric",
        "published": "2006-04-20",
        "truncated": True,
        "note": "A VOA editorial. Removed: 'Accessibility links', 'Breaking News', title line. The page's "
                "ellipses kept. Cut by the store inside the last paragraph's second quotation ('... and "
                "trans'); kept to the paragraph's first sentence. published: the date in the URL.",
        "text": """
During Iran's Army Day celebration, Iranian president Mahmoud Ahmadinejad said the regime will use the latest technology against the country's perceived enemies and "cut off the hand of any aggressor." Mr. Ahmadinejad's words follow his statement denying the Holocaust, in which six million Jews perished in World War Two. He also questioned the right of the state of Israel to exist.
U.S. State Department spokesman Sean McCormack says Mr. Ahmadinejad's remarks are "reprehensible":
"This is the kind of rhetoric, I think, that has only added to the fears and concerns of the international community as it relates to Iran's pursuit of nuclear weapons. . . .And I think that the other thing that this rhetoric does is it is an attempt to divert the attention of the Iranian people from the terrible record of this regime in human rights, the terrible record of this regime in terms of the backsliding of democracy in Iran. It's an attempt to divert attention from a stagnating economy."
Mr. McCormack says the Iranian regime "is confronted with choices":
"It is confronted with a basic crossroad's decision. Do they continue the path of confrontation which they are currently on, or do they choose the pathway of diplomacy? Do they choose the pathway of resolving through diplomatic means this issue, the issue of their pursuit of nuclear weapons? We in the international community have sought to build a consensus that sends a strong message to the Iranian government that they will either be further isolated from international community or we can work on a solution."
President George W. Bush says, "Iran is a nation held hostage by a small clerical elite that is isolating and repressing its people, and denying them basic liberties and human rights."
""",
        "quotes": [
            ("indirect", 'the regime will use the latest technology against the country\'s perceived enemies and "cut off the hand of any aggressor."',
             "said", "Iranian president Mahmoud Ahmadinejad", "Mahmoud Ahmadinejad", "IRN", "name"),
            ("partial", "cut off the hand of any aggressor",
             "said", "Iranian president Mahmoud Ahmadinejad", "Mahmoud Ahmadinejad", "IRN", "name"),
            ("indirect", 'Mr. Ahmadinejad\'s remarks are "reprehensible"',
             "says", "U.S. State Department spokesman Sean McCormack", "Sean McCormack", "USA", "name"),
            ("partial", "reprehensible",
             "says", "U.S. State Department spokesman Sean McCormack", "Sean McCormack", "USA", "name"),
            ("direct", "This is the kind of rhetoric<<>>from a stagnating economy.",
             "says", "U.S. State Department spokesman Sean McCormack", "Sean McCormack", "USA", "name"),
            ("indirect", 'the Iranian regime "is confronted with choices"',
             "says", "Mr. McCormack", "Sean McCormack", "USA", "name"),
            ("partial", "is confronted with choices",
             "says", "Mr. McCormack", "Sean McCormack", "USA", "name"),
            ("direct", "It is confronted with a basic crossroad's decision.<<>>we can work on a solution.",
             "says", "Mr. McCormack", "Sean McCormack", "USA", "name"),
            ("direct", "Iran is a nation held hostage<<>>basic liberties and human rights.",
             "says", "President George W. Bush", "George W. Bush", "USA", "name"),
        ],
    },
    {
        "id": "t21-iran-desutter-un-voa-2005",
        "url": "http://www.insidevoa.com/a/a-13-34-2005-10-03-voa54-111615309/178457.html",
        "title": "Assistant Secretary DeSutter: Iran 'Missed Opportunity to be Constructive' at UN",
        "published": "2005-10-03",
        "truncated": True,
        "note": "A VOA press release. Removed: 'Accessibility links', 'Breaking News', title line, summary line "
                "under the title. Cut by the store at the start of the next paragraph ('VOA's television'); "
                "dropped. published: the dateline.",
        "text": """
Washington, D.C., October 3, 2005 - Paula A. DeSutter, the U.S. Assistant Secretary of State for Verification and Compliance, told the Voice of America (VOA) today that Iran "missed a good opportunity to be constructive" last month when Iranian President Mahmoud Ahmadinejad addressed the United Nations on Iran's nuclear program.
DeSutter, appearing live on VOA's monthly Persian language TV program Negahi Faratar (Looking Ahead), said the Iranian statements at the UN "revealed again that Iran's intentions are to pursue this program at almost whatever the cost." Asked about the implications of referring Iran's case to the UN Security Council for further action, she said, "The entire idea of verification for deterrence falls apart if the (international) community can't stand up to a committed violator."
U.S. State Department spokesperson Adam Ereli, who appeared on the same program via phone, stressed that Iran's nuclear program was not about the United States versus Iran or about Iranian domestic politics. He said that "politics is not the issue here for us, the issue is international peace and security," adding it's "not strengthening the conservatives or not strengthening the conservatives" inside Iran.
Negahi Faratar is a monthly 90-minute television program that focuses on human rights and the democratic movement in Iran. The show is broadcast via satellite. VOA also broadcasts several other Persian language TV programs to Iran: Khabarha va Nazarha (News and Views), a daily one-hour television news show; Mizegerdi ba Shoma (Roundtable With You), a weekly 90-minute discussion show; and Fasle Digar (Next Chapter), a weekly 30-minute youth newsmagazine show.
""",
        "quotes": [
            ("indirect", 'Iran "missed a good opportunity to be constructive" last month when Iranian President Mahmoud Ahmadinejad addressed the United Nations on Iran\'s nuclear program',
             "told", "Paula A. DeSutter", "Paula A. DeSutter", "USA", "name"),
            ("partial", "missed a good opportunity to be constructive",
             "told", "Paula A. DeSutter", "Paula A. DeSutter", "USA", "name"),
            ("indirect", 'the Iranian statements at the UN "revealed again that Iran\'s intentions are to pursue this program at almost whatever the cost."',
             "said", "DeSutter", "Paula A. DeSutter", "USA", "name"),
            ("partial", "revealed again that Iran's intentions are to pursue this program at almost whatever the cost",
             "said", "DeSutter", "Paula A. DeSutter", "USA", "name"),
            ("direct", "The entire idea of verification<<>>a committed violator.",
             "said", "she", "Paula A. DeSutter", "USA", "pronoun"),
            ("indirect", "Iran's nuclear program was not about the United States versus Iran or about Iranian domestic politics",
             "stressed", "U.S. State Department spokesperson Adam Ereli", "Adam Ereli", "USA", "name"),
            ("partial", "politics is not the issue here for us, the issue is international peace and security",
             "said", "He", "Adam Ereli", "USA", "pronoun"),
            ("indirect", 'it\'s "not strengthening the conservatives or not strengthening the conservatives" inside Iran',
             "adding", "He", "Adam Ereli", "USA", "pronoun"),
            ("partial", "not strengthening the conservatives or not strengthening the conservatives",
             "adding", "He", "Adam Ereli", "USA", "pronoun"),
        ],
    },
    {
        "id": "t21-serbia-vucic-us-visit-voa-2015",
        "url": "https://www.insidevoa.com/a/serbian-leader-tells-voa-his-us-visit-increases-mutual-understanding/2809221.html",
        "title": "Serbian Leader Tells VOA His U.S. Visit Increases ‘Mutual Understanding’",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption. The store ends "
                "after the resolution paragraph; counted as cut. published: null; the page gives no date; "
                "Vucic's first official US visit as prime minister was in June 2015.",
        "text": """
Serbian Prime Minister Aleksandar Vucic concluded his first official visit to the United States as Serbia’s leader with an interview at VOA headquarters in Washington.
Appearing Thursday on VOA Serbian’s Open Studio TV program, Prime Minister Vucic said the United States supports Belgrade’s efforts to join the European Union: “U.S. officials I met want to encourage the European Union to open association talks with Serbia. Our better mutual understanding with the U.S., you’ll see, will help us to get into the EU faster. Washington is a destination of extraordinary importance for us.”
In what appears to be a major policy shift toward the West, the prime minister also said that his country was ready to accept U.S. calls to reduce dependency on Russian gas by adding alternative energy sources and pipelines that would bring gas to Serbia through Hungary and Croatia.
He also emphasized to VOA his government’s eagerness to find those responsible for murdering three American-Albanian brothers who fought alongside the Kosovo Liberation Army during the late 1990s war against Slobodan Milosevic’s troops. After acknowledging that the issue had come up in his talks with U.S. officials, he said: “It is in our best interest to resolve this case – not just because of politics and American demands, but because that is in the best interest of law and justice.”
A resolution was recently introduced in the U.S. House of Representatives calling for those responsible for the “execution-style murders” of the three Americans to be brought to justice and for the murders to “remain a significant factor” in Washington’s relations with Belgrade.
""",
        "quotes": [
            ("indirect", "the United States supports Belgrade’s efforts to join the European Union",
             "said", "Prime Minister Vucic", "Aleksandar Vucic", "SRB", "name"),
            ("direct", "U.S. officials I met want to encourage<<>>extraordinary importance for us.",
             "said", "Prime Minister Vucic", "Aleksandar Vucic", "SRB", "name"),
            ("indirect", "his country was ready to accept U.S. calls to reduce dependency on Russian gas by adding alternative energy sources and pipelines that would bring gas to Serbia through Hungary and Croatia",
             "said", "the prime minister", "Aleksandar Vucic", "SRB", "nominal"),
            ("indirect", "the issue had come up in his talks with U.S. officials",
             "acknowledging", "he", "Aleksandar Vucic", "SRB", "pronoun"),
            ("direct", "It is in our best interest to resolve this case<<>>the best interest of law and justice.",
             "said", "he", "Aleksandar Vucic", "SRB", "pronoun"),
            ("partial", "execution-style murders",
             "calling for", "A resolution", "United States House of Representatives", "USA", "organisation"),
            ("partial", "remain a significant factor",
             "calling for", "A resolution", "United States House of Representatives", "USA", "organisation"),
        ],
    },
    {
        "id": "t21-china-dalai-lama-tibetan-tv-2014",
        "url": "https://www.insidevoa.com/a/voa-tibetan-television-special-interview-with-the-dalai-lama/2554033.html",
        "title": "VOA Tibetan Television Special: Interview with the Dalai Lama",
        "published": "2014-12-10",
        "truncated": False,
        "note": "A VOA press release. Removed: 'Accessibility links', 'Breaking News', title line. The "
                "dateline's missing space ('D.C. —Voice') kept. published: the broadcast day the text names "
                "(December 10, 'today'), 2014 by the 80th birthday 'On July 6, 2015'.",
        "text": """
WASHINGTON, D.C. —Voice of America’s Tibetan Service today broadcast an exclusive 80-minute interview with the Dalai Lama, the spiritual and historical leader of Tibet.
In the interview, the Dalai Lama focused on the historical and cultural heritage of Tibet and the Tibetan people. “It is up to Tibetans to protect our culture,” he said, “not for our sake only, but because Tibetan culture has the potential to contribute enormously to the future well-being of all people on earth.”
In the course of the interview, the Dalai Lama also spoke of China, which has controlled Tibet since 1951, and appeared to be offering advice to Chinese leaders: “To experience prolonged stability, for the people to feel contentment, and for the nation to enjoy wide influence in this world, compassion, tolerance, and a wider perspective are essential.”
The interview was broadcast ahead of a very important year for Tibetans inside Tibet and around the world. On July 6, 2015 the Dalai Lama turns 80, an age that is particularly auspicious in Tibetan culture.
VOA’s Tibetan Service presented this television special to Tibet and to exile Tibetans around the world via satellite and Internet.
The service chose to broadcast the interview on December 10 because it was on this date, 25 years ago, that the Dalai Lama was awarded the Nobel Peace Prize.
""",
        "quotes": [
            ("direct", "It is up to Tibetans to protect our culture",
             "said", "he", "Dalai Lama", "CHN", "pronoun"),
            ("direct", "not for our sake only<<>>all people on earth.",
             "said", "he", "Dalai Lama", "CHN", "pronoun"),
            ("direct", "To experience prolonged stability<<>>a wider perspective are essential.",
             None, "the Dalai Lama", "Dalai Lama", "CHN", "name"),
        ],
    },
    {
        "id": "t21-haiti-martelly-creole-voa-2013",
        "url": "https://insidevoa.com/amp/haitian-president-appears-on-voa-creole-programs/1945839.html",
        "title": "Haitian President Appears on VOA Creole Programs",
        "published": None,
        "truncated": True,
        "note": "A VOA press release (AMP copy). Removed: title line, photo caption ('Haitian President Michel "
                "Martelly'). Cut by the store inside the last paragraph's quotation ('... for many people in "
                "Haiti'); kept to the paragraph's first sentence. published: null; 'The June 25 visit' and the "
                "Creole Service's February interview date the story late June 2013.",
        "text": """
In his second interview with Voice of America in four months, Haitian President Michel Martelly told VOA Creole on Wednesday that he supports the gradual departure of the UN Stabilization Mission in his country, which has been stationed in Haiti since 2004.
President Martelly also said that he is moving quickly to put a defense force in place in Haiti. The country has not had an army since 1995, when then-President Jean-Bertrand Aristide disbanded the armed forces.
The Haitian leader was in Washington to attend the graduation ceremony of the Inter-American Defense College, where four Haitians were receiving diplomas. He also had other reasons to visit the college.
In his interview with VOA’s Creole Service, Mr. Martelly said he has been seeking the assistance of the college in creating the defense force in Haiti. Asked how those talks were going, he said, “We are making progress.”
President Martelly also expressed his determination to organize legislative and local elections this October, already three years overdue.
Segments of VOA Creole’s interview with the president aired on several radio affiliates in Haiti. The interview was also carried on Haitian television affiliate stations the following day, including the state broadcaster Télé Nationale, and Canal 11 and Radio-Télé Ginen in Port-au-Prince.
The June 25 visit marks the second time President Martelly has appeared on Creole Service’s programming in recent months. He gave an on-camera interview to the service in February, after meeting with President Obama at the White House.
VOA Director David Ensor welcomed the Haitian leader on his arrival at VOA and said his visit for the second time this year shows his awareness of the major impact VOA Creole has in Haiti.
""",
        "quotes": [
            ("indirect", "he supports the gradual departure of the UN Stabilization Mission in his country, which has been stationed in Haiti since 2004",
             "told", "Haitian President Michel Martelly", "Michel Martelly", "HTI", "name"),
            ("indirect", "he is moving quickly to put a defense force in place in Haiti",
             "said", "President Martelly", "Michel Martelly", "HTI", "name"),
            ("indirect", "he has been seeking the assistance of the college in creating the defense force in Haiti",
             "said", "Mr. Martelly", "Michel Martelly", "HTI", "name"),
            ("indirect", "how those talks were going",
             "Asked", "VOA’s Creole Service", "VOA Creole Service", "USA", "organisation"),
            ("direct", "We are making progress.",
             "said", "he", "Michel Martelly", "HTI", "pronoun"),
            ("indirect", "his visit for the second time this year shows his awareness of the major impact VOA Creole has in Haiti",
             "said", "VOA Director David Ensor", "David Ensor", "USA", "name"),
        ],
    },
    {
        "id": "t21-haiti-lamothe-reconstruction-voa-2012",
        "url": "https://insidevoa.com/amp/voa-interviews-haitis-pm-on-elections-reconstruction/1446534.html",
        "title": "VOA Interviews Haiti's PM on Elections, Reconstruction",
        "published": None,
        "truncated": True,
        "note": "A VOA press release (AMP copy). Removed: title line, photo caption ('Haiti Prime Minister "
                "Laurent Lamothe'). Cut by the store inside the last paragraph ('... congratulated VOA on i'); "
                "dropped. published: null; the meeting with the 'new President of the World Bank, Jim Yong "
                "Kim' and Secretary Clinton dates the story to mid-2012.",
        "text": """
Haiti’s Prime Minister Laurent Lamothe rounded out a trip to Washington this week with an interview with Voice of America’s Creole Service, talking about elections and rebuilding the country after the 2010 earthquake.
Prime Minister Lamothe said progress is being made on reconstruction in Haiti. Besides an industrial park that is being backed by the United States and the Inter-American Development Bank, the Haitian government wants to develop another industrial park in the country. “We are building an industrial park, three thousand houses, several kilometers of road, school, and we are building offices for the Ministries of the Interior, Foreign Affairs, and the Ministry of commerce,” Lamothe said.
The interview, conducted Tuesday by Creole Service Chief Ronald Cesar, aired on the Service’s evening news radio broadcast and is available on its YouTube channel and website.
On electoral matters Lamothe said, “I am working closely with Parliament to create the council that would organize the elections to fill the remaining one-third vacant seats in the Senate.”
He said he had a productive meeting with the new President of the World Bank, Jim Yong Kim. “We will work with the World Bank on two projects that would shore up an existing program called Education for All, which would help more children go to school. The second project would help more people in Haiti have access to electricity,” said Prime Minister Lamothe.
He called on his fellow countrymen to be united in an effort to move the country forward. “Haiti has a historic opportunity, because for the first time, the whole world wants to help us and wishes us success. We cannot miss this opportunity,” said Mr. Lamothe.
Lamothe had a full itinerary Tuesday, including talks with Secretary of State Hillary Clinton and USAID Administrator Dr. Rajiv Shah.
""",
        "quotes": [
            ("indirect", "progress is being made on reconstruction in Haiti",
             "said", "Prime Minister Lamothe", "Laurent Lamothe", "HTI", "name"),
            ("direct", "We are building an industrial park<<>>and the Ministry of commerce",
             "said", "Lamothe", "Laurent Lamothe", "HTI", "name"),
            ("direct", "I am working closely with Parliament<<>>vacant seats in the Senate.",
             "said", "Lamothe", "Laurent Lamothe", "HTI", "name"),
            ("indirect", "he had a productive meeting with the new President of the World Bank, Jim Yong Kim",
             "said", "He", "Laurent Lamothe", "HTI", "pronoun"),
            ("direct", "We will work with the World Bank<<>>have access to electricity",
             "said", "Prime Minister Lamothe", "Laurent Lamothe", "HTI", "name"),
            ("direct", "Haiti has a historic opportunity<<>>We cannot miss this opportunity",
             "said", "Mr. Lamothe", "Laurent Lamothe", "HTI", "name"),
        ],
    },
    {
        "id": "t21-cuba-rice-transition-message-editorial-2006",
        "url": "https://editorials.voa.gov/a/a-41-2006-08-10-voa1-83106602/1479688.html",
        "title": "Cuba (VOA editorial; title not stored)",
        "published": "2006-08-10",
        "truncated": False,
        "note": "A VOA editorial. The stored copy has no title line (title written from the topic). A line "
                "break inside one sentence ('In a message to Cubans, / Secretary of State ...') joined with a "
                "space. The closing credit line kept. published: the date in the URL.",
        "text": """
The U.S. is reaffirming its commitment to the Cuban people. In a written statement, State Department spokesman Sean McCormack says the goal of the U.S. "is to see a free and democratic Cuba reintegrated into the Inter-American system, a Cuba that reflects the objectives set forth in the Inter-American Democratic Charter."
Mr. McCormack says, the assumption of power by Raul Castro, Cuban dictator Fidel Castro's brother, "denies the Cuban people their right to freely elect their government." Raul Castro has temporarily taken over while Fidel reportedly recovers from intestinal surgery. In a message to Cubans, Secretary of State Condoleezza Rice says the U.S. is "closely watching the events in Cuba":
"Much is changing there, yet one thing remains constant: America's commitment to supporting a future of freedom for Cuba, a future that will be defined by you – the Cuban people."
The U.S., says Ms. Rice, will stand with Cubans to secure their rights to speak and think as they choose, and to participate in democratic elections:
"All Cubans who desire peaceful democratic change can count on the support of the United States. We encourage the Cuban people to work at home for positive change, and we stand ready to provide you with humanitarian assistance, as you begin to chart a new course for your country. The United States is also encouraging all democratic nations to join together and call for the release of political prisoners, for the restoration of your fundamental freedoms, and for a transition that quickly leads to multiparty elections in Cuba."
"It has long been the hope of the United States that a free, independent, and democratic Cuba would be more than just a close neighbor – it would be a close friend," says Secretary of State Rice. "This is our goal, now more than ever," she says.
The preceding was an editorial reflecting the views of the United States Government.
""",
        "quotes": [
            ("indirect", 'the goal of the U.S. "is to see a free<<>>Inter-American Democratic Charter."',
             "says", "State Department spokesman Sean McCormack", "Sean McCormack", "USA", "name"),
            ("partial", "is to see a free and democratic Cuba<<>>the Inter-American Democratic Charter",
             "says", "State Department spokesman Sean McCormack", "Sean McCormack", "USA", "name"),
            ("indirect", 'the assumption of power by Raul Castro, Cuban dictator Fidel Castro\'s brother, "denies the Cuban people their right to freely elect their government."',
             "says", "Mr. McCormack", "Sean McCormack", "USA", "name"),
            ("partial", "denies the Cuban people their right to freely elect their government",
             "says", "Mr. McCormack", "Sean McCormack", "USA", "name"),
            ("indirect", 'the U.S. is "closely watching the events in Cuba"',
             "says", "Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("partial", "closely watching the events in Cuba",
             "says", "Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "Much is changing there<<>>you – the Cuban people.",
             "says", "Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "will stand with Cubans to secure their rights to speak and think as they choose, and to participate in democratic elections",
             "says", "Ms. Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "All Cubans who desire peaceful democratic change<<>>multiparty elections in Cuba.",
             "says", "Ms. Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "It has long been the hope of the United States<<>>it would be a close friend",
             "says", "Secretary of State Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "This is our goal, now more than ever",
             "says", "she", "Condoleezza Rice", "USA", "pronoun"),
        ],
    },
    {
        "id": "t21-burma-boucher-arrests-editorial-2005",
        "url": "https://editorials.voa.gov/a/a-41-a-2005-02-18-3-1-83105042/1479474.html",
        "title": "Burma arrests (VOA editorial; title not stored)",
        "published": "2005-02-18",
        "truncated": True,
        "note": "A VOA editorial. The stored copy has no title line (title written from the topic); its "
                "opening line ('The following is an editorial ...') kept. The single-quoted 'fear society' "
                "and 'town square test:' are names inside the quotations. Cut by the store inside the last "
                "paragraph ('It is time for the'); kept to its first sentence. published: the date in the URL.",
        "text": """
The following is an editorial reflecting the views of the United States government:
The Burmese military junta has arrested several pro-democracy leaders, including Khun Htun Oo, the chairman of the Shan Nationalities League for Democracy. Authorities also prohibited the United Nationalities Alliance, Burma's leading coalition of pro-democracy ethnic political parties, from commemorating Union Day on February 12th. U.S. State Department spokesman Richard Boucher says, "These actions further demonstrate the junta's rejection of genuine national reconciliation as well as its disregard for the well-being of the Burmese people and the views of the international community."
Earlier this month, Burmese leaders extended for one year the house arrest of National League of Democracy Vice Chairman U Tin Oo. This comes on the heels of the junta's November 2004 extension of the detention of Aung San Suu Kyi for another year.
Burma's military junta is also preparing to restart a convention to draft a constitution. But the U.S. and most Western governments have dismissed this process as a sham by the Burmese military rulers who refused to accept the 1990 election victory of Aung San Suu Kyi's National League for Democracy.
The U.S. has continued to call on Burma's military junta to respect the fundamental rights of the Burmese people and permit a democratic process to go forward. The U.S. "cannot rest until every person living in a 'fear society' has finally won their freedom," says Secretary of State Condoleezza Rice:
"America stands with oppressed people on every continent -- in Cuba, and Burma, and North Korea, and Iran, and Belarus, and Zimbabwe. The world should apply what Natan Sharansky calls the 'town square test:' if a person cannot walk into the middle of the town square and express his or her views without fear of arrest, imprisonment, or physical harm, then that person is living in a fear society."
The Burmese people deserve to be free from tyranny.
""",
        "quotes": [
            ("direct", "These actions further demonstrate<<>>the views of the international community.",
             "says", "U.S. State Department spokesman Richard Boucher", "Richard Boucher", "USA", "name"),
            ("indirect", 'The U.S. "cannot rest until<<>>has finally won their freedom,"',
             "says", "Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name", "to go forward."),
            ("partial", "cannot rest until every person<<>>has finally won their freedom",
             "says", "Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "America stands with oppressed people<<>>is living in a fear society.",
             "says", "Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
        ],
    },
    {
        "id": "t21-israel-settlements-peace-now-2010",
        "url": "http://www.voanews.com/content/breaking-the-impasse-105450603/172398.html",
        "title": "Breaking the Mideast Peace Impasse - Possible?",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (printed twice, dated 15 Oct 2010), "
                "'Multimedia', 'Audio', 'TEXT SIZE - +', byline (Cecily Hilleary). A triple space after a full "
                "stop reduced to one. Cut by the store after the heading of the first interview ('... speaks "
                "with VOA on 14 Oct 2010:'); that heading and the caption after it dropped. published: null; "
                "the caption and the interview date place the story about October 15, 2010.",
        "text": """
A Mideast peace advocacy group says Jewish settlers have begun building at least 600 homes in the West Bank since an Israeli construction moratorium expired last month.
Peace Now said Thursday the rate of construction is four times faster than before the 10-month settlement freeze was enacted in November 2009. The group, which says it advocates for a two-state solution in the Israel-Palestinian peace process, has promised to release a full report soon.
Direct peace talks between Palestinian and Israeli officials are on hold because of disputes over settlement construction in territory Palestinians want for a future state, including land in the West Bank and East Jerusalem.
The Israeli ambassador to the U.S., Michael Oren, and the PLO representative to the U.S., Maen Rashid Areikat, recently spoke to VOA about a number of issues, including security, loyalty oaths, right of return of refugees, borders, international involvement in the peace process, and West Bank settlements.
Here is a sampling of those interviews, on the topic of Israeli construction of communities on land that the Palestinians consider to be theirs. For the complete interviews, please listen to the audio files.
""",
        "quotes": [
            ("indirect", "Jewish settlers have begun building at least 600 homes in the West Bank since an Israeli construction moratorium expired last month",
             "says", "A Mideast peace advocacy group", "Peace Now", "NGO", "nominal"),
            ("indirect", "the rate of construction is four times faster than before the 10-month settlement freeze was enacted in November 2009",
             "said", "Peace Now", "Peace Now", "NGO", "organisation"),
            ("indirect", "it advocates for a two-state solution in the Israel-Palestinian peace process",
             "says", "The group", "Peace Now", "NGO", "nominal"),
        ],
    },
    {
        "id": "t21-usa-pompeo-voa-interview-2018",
        "url": "https://www.voanews.com/a/voa-s-interview-with-mike-pompeo/4490630.html",
        "title": "VOA's Interview With Mike Pompeo",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, video-player lines ('Pompeo Talks "
                "With VOA' twice, 'please wait', 'No media source currently available', timer). The "
                "transcript turns ('Question:', 'Secretary Pompeo:', 'Q:', 'Pompeo:') have no quotation marks "
                "and are not annotated (see README). Cut by the store inside the next question ('... arms "
                "emba'); dropped. published: null; the Helsinki summit (July 16, 2018) and 'on Thursday' date "
                "the interview July 19, 2018.",
        "text": """
U.S. Secretary of State Mike Pompeo says the United States will not send any Americans to Russia for questioning on allegations of money laundering. Russian President Vladimir Putin offered to let U.S. investigators question officials in Moscow about Russia's interference in the 2016 U.S. elections if Russian investigators in turn were allowed to question American officials, including former U.S. Ambassador to Russia Michael McFaul. U.S. President Donald Trump called Putin's proposal, made during the U.S.-Russia summit in Helsinki, an "incredible offer." But in an interview with VOA on Thursday, Pompeo rejected the idea of the United States allowing Russia to interrogate American citizens.
Question: Secretary Pompeo, thank you very much for talking to Voice of America.
Secretary Pompeo: It’s great to be with you on Voice of America. Thank you. Thank you for having me on today.
Q: On the ethnic cleansing against the Rohingya Muslims, with the Buddhists being the majority in Myanmar, the purge against Rohingya is sometimes characterized by some as religious cleansing. At the same time, killing is the worst crime for Buddhism and for many religions. Would you go further to identify the Rohingya crisis as the religious cleansing?
Pompeo: Well, the State Department made a decision at the end of last year to make the important statement about ethnic cleansing, and we know that there is a religious connection there. It’s incredibly important that we’re careful in the language that we use, and so we’ll continue to review it. But as you well know, the State Department considers religious freedom at the center of its activity. We make that a priority in all of the work that we do, and in places in Asia, that is absolutely no exception.
""",
        "quotes": [
            ("indirect", "the United States will not send any Americans to Russia for questioning on allegations of money laundering",
             "says", "U.S. Secretary of State Mike Pompeo", "Mike Pompeo", "USA", "name"),
            ("partial", "incredible offer",
             "called", "U.S. President Donald Trump", "Donald Trump", "USA", "name"),
        ],
    },
    {
        "id": "t21-ethiopia-frazer-straight-talk-voa-2006",
        "url": "https://www.insidevoa.com/a/a-13-34-2006-02-01-sta-jendayi-frazer-111610024/178220.html",
        "title": "Assistant U.S. Secretary of State for African Affairs Says Democracy Must Come From Within Africa",
        "published": "2006-02-01",
        "truncated": True,
        "note": "A VOA press release. Removed: 'Accessibility links', 'Breaking News', title line, summary line "
                "under the title. The page's '... itself, \"' (space before the closing mark) and its "
                "ellipses kept. The program-description paragraph after the news part dropped (the store "
                "cuts the page there). published: the dateline.",
        "text": """
Washington, D.C., February 1, 2006 -- Assistant U.S. Secretary of State for African Affairs Jendayi Frazer told the Voice of America today the United States will support democratic movements in Africa but "the responsibility is ultimately with the governments and the citizens of Africa itself, " adding that the U.S. "cannot impose democracy in any country." Frazer made her comments during VOA's live weekly radio and television simulcast call-in program, Straight Talk Africa. Today's program examined the topic of U.S. policy on democracy and human rights in Africa.
Asked about the situation in Ethiopia, where opposition leaders were imprisoned after the last election, Frazer said, "We think it is important that for Prime Minister Meles to release many of the people who are in jail...certainly to bring their trials to a very speedy conclusion...to give them due process of law." In answer to questions about a possible cut-off of U.S. aid to put pressure on the Ethiopian government to release detainees, Frazer said, "The United States does not finance the government of Prime Minister Meles." She clarified that "...the United States assistance to Ethiopia goes through NGOs (Non-Governmental Organizations) to the people." With a drought in Ethiopia, Frazer said, a cut off of humanitarian assistance would result in starvation and "I don't think anybody wants that."
""",
        "quotes": [
            ("indirect", 'the United States will support democratic movements in Africa but "the responsibility is ultimately with the governments and the citizens of Africa itself, "',
             "told", "Assistant U.S. Secretary of State for African Affairs Jendayi Frazer", "Jendayi Frazer", "USA", "name"),
            ("partial", "the responsibility is ultimately with the governments and the citizens of Africa itself",
             "told", "Assistant U.S. Secretary of State for African Affairs Jendayi Frazer", "Jendayi Frazer", "USA", "name"),
            ("indirect", 'the U.S. "cannot impose democracy in any country."',
             "adding", "Assistant U.S. Secretary of State for African Affairs Jendayi Frazer", "Jendayi Frazer", "USA", "name"),
            ("partial", "cannot impose democracy in any country",
             "adding", "Assistant U.S. Secretary of State for African Affairs Jendayi Frazer", "Jendayi Frazer", "USA", "name"),
            ("direct", "We think it is important<<>>to give them due process of law.",
             "said", "Frazer", "Jendayi Frazer", "USA", "name"),
            ("direct", "The United States does not finance the government of Prime Minister Meles.",
             "said", "Frazer", "Jendayi Frazer", "USA", "name"),
            ("partial", "...the United States assistance to Ethiopia goes through NGOs (Non-Governmental Organizations) to the people",
             "clarified", "She", "Jendayi Frazer", "USA", "pronoun"),
            ("indirect", 'a cut off of humanitarian assistance would result in starvation and "I don\'t think anybody wants that."',
             "said", "Frazer", "Jendayi Frazer", "USA", "name"),
            ("partial", "I don't think anybody wants that",
             "said", "Frazer", "Jendayi Frazer", "USA", "name"),
        ],
    },
    {
        "id": "t21-burma-karen-attacks-hrw-editorial-2006",
        "url": "https://editorials.voa.gov/a/a-41-2006-05-05-voa4-83107982/1479938.html",
        "title": "Burma attacks on Karen civilians (VOA editorial; title not stored)",
        "published": "2006-05-05",
        "truncated": True,
        "note": "A VOA editorial. The stored copy has no title line (title written from the topic). Cut by the "
                "store inside the closing credit line ('... reflecting the views o'); dropped. published: the "
                "date in the URL.",
        "text": """
The United States condemns in the strongest possible terms the latest wave of attacks carried out by Burma’s repressive military regime against civilians and ethnic minorities. The attacks are resulting in ever increasing numbers of displaced Burmese, both within Burma and across the border, highlighting again the threat that the regime’s actions pose to the region.
According to the latest U.S. State Department Country Reports on Human Rights, conditions in Burma have deteriorated. Along with a crackdown on ethnic minorities, human rights abuses committed by the junta include politically motivated arrests and detentions, torture, rape, forced labor, extrajudicial killings, and the suppression of freedom of speech and assembly.
U.S. Secretary of State Condoleezza Rice has said that democracies "cannot turn a blind eye to those who still live under oppression":
"A country that was once the jewel of Southeast Asia is now out of step with the entire modern experience of its region. A once thriving economy has collapsed. Universities that once attracted the best Asian minds are locked shut."
Human Rights Watch, an independent monitoring group, is asking the United Nations to respond to the Burmese attacks on ethnic Karen civilians. In a written statement, Human Rights Watch says, "In some cases, villagers have reportedly been ordered by battalion commanders to leave their homes or face summary execution. Fleeing villagers have reported witnessing soldiers commit extrajudicial killings and torture."
According to Human Rights Watch, some ten-thousand villagers living in eastern Burma have been driven from their homes since November 2005. Those seeking sanctuary in neighboring Thailand must cross through minefields planted by the Burmese army. "The Burmese regime," says Secretary Rice, "is now literally retreating into the depths of the country, closing its people off from the world and robbing them of their future."
""",
        "quotes": [
            ("indirect", "conditions in Burma have deteriorated",
             "According to", "the latest U.S. State Department Country Reports on Human Rights", "United States Department of State", "USA", "organisation"),
            ("indirect", 'democracies "cannot turn a blind eye to those who still live under oppression"',
             "said", "U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("partial", "cannot turn a blind eye to those who still live under oppression",
             "said", "U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "A country that was once the jewel<<>>are locked shut.",
             "said", "U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "In some cases, villagers have reportedly been ordered<<>>extrajudicial killings and torture.",
             "says", "Human Rights Watch", "Human Rights Watch", "NGO", "organisation"),
            ("indirect", "some ten-thousand villagers living in eastern Burma have been driven from their homes since November 2005",
             "According to", "Human Rights Watch", "Human Rights Watch", "NGO", "organisation"),
            ("direct", "The Burmese regime",
             "says", "Secretary Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "is now literally retreating<<>>robbing them of their future.",
             "says", "Secretary Rice", "Condoleezza Rice", "USA", "name"),
        ],
    },
    {
        "id": "t21-burma-rice-oppression-editorial-2006",
        "url": "https://editorials.voa.gov/a/a-41-2006-03-23-voa2-83105347/1479517.html",
        "title": "Rice On Burma",
        "published": "2006-03-23",
        "truncated": True,
        "note": "A VOA editorial. Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('... transferred to house arrest. In'); kept to its last complete "
                "sentence. published: the date in the URL. Shares its Rice quotation with the editorial of "
                "2006-05-05 (t21-burma-karen-attacks-hrw-editorial-2006), which repeats part of it.",
        "text": """
U.S. Secretary of State Condoleezza Rice says democracies "cannot turn a blind eye to those who still live under oppression," including in Burma:
"A country that was once the jewel of Southeast Asia is now out of step with the entire modern experience of its region. A once thriving economy has collapsed. Universities that once attracted the best Asian minds are locked shut. The Burmese regime is now literally retreating into the depths of the country, closing its people off from the world and robbing them of their future."
Burma's ruling military junta seized power in 1988. Two years later, the junta ignored the results of democratic parliamentary elections and continued to rule by decree. This year the junta, led by General Than Shwe, is moving the capital from the port city of Rangoon to Pyinmana, a small town in a mountainous region some three-hundred-ninety kilometers to the north.
According to the latest U.S. State Department Country Reports on Human Rights, conditions in Burma deteriorated over the past year. Human rights abuses committed by the junta include politically motivated arrests and detentions, torture, rape, forced labor, and the suppression of freedom of speech and assembly. Burma continues to hold approximately one-thousand-one-hundred political prisoners. It also restricts domestic human rights organizations and fails to cooperate with international human rights organizations. This past year, the junta has increased restrictions on United Nations and international nongovernmental organizations operating inside the country, making it difficult for these groups to access project sites and implement critical humanitarian programs.
Aung San Suu Kyi, the pro-democracy leader and Nobel peace prize winner, has been detained since May 2003 without charge, when thugs affiliated with the Burmese government brutally attacked her convoy. She was imprisoned and subsequently transferred to house arrest.
""",
        "quotes": [
            ("indirect", 'democracies "cannot turn a blind eye to those who still live under oppression," including in Burma',
             "says", "U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("partial", "cannot turn a blind eye to those who still live under oppression",
             "says", "U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("direct", "A country that was once the jewel<<>>robbing them of their future.",
             "says", "U.S. Secretary of State Condoleezza Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "conditions in Burma deteriorated over the past year",
             "According to", "the latest U.S. State Department Country Reports on Human Rights", "United States Department of State", "USA", "organisation"),
        ],
    },
]

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
]

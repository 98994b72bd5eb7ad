"""Source of the sealed quotes test set ``test24.jsonl`` (VOA news stories, 2001-2014).

Annotated by helper sqq25 on 2026-12-07, before any system ran on these texts, for development
round 25. Texts are Voice of America pages (public domain, US government broadcaster) as the
``search`` tool's ``pages`` corpus stores them (voanews.com news stories and archive pages, the
English pages of VOA's Khmer and Tibetan services, VOA Learning English, the VOA breaking-news
blog and VOA press pages on insidevoa.com); page furniture removed (named in each ``note``).
Build and check with ``python data/gold/check_quotes_test24.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t24-kenya-election-turnout-2013",
        "url": "https://www.voanews.com/a/kenya-election-commission-reports-high-turnout/1615146.html",
        "title": "Kenya Election Commission Reports High Turnout",
        "published": "2013-03-04",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "('People reported standing in line ... (J. Craigs/VOA)'). Mixed curly and straight "
                "marks as on the page. 'Officials are blaming two separate attacks ... on ...' "
                "(blame X on Y) and 'observers ... reported some faulty ... equipment' (noun object) "
                "are no quotes.",
        "text": """
Ahmed Issack Hassan, chairman of the Independent Electoral and Boundaries Commission (IEBC), announced late Monday that voter turnout in Kenya’s general election was high and that preliminary results will be digitally relayed in real time.
Polls in Kenya's election officially closed at 5 p.m., but long lines compelled the IEBC to extend voting at certain stations.
“The voter turnout has been overwhelming," said Hassan. "By 5pm this evening our indications are that over 70 percent have turned out.”
The vote was not without sporadic incidents.
At least thirteen people, including five police, were killed in election-related violence along Kenya’s coast. Officials are blaming two separate attacks in Mombasa and Kilifi on the secessionist Mombasa Republican Council.
“Despite what happened last night, no further incidents of security have happened. We want to commend Kenyans for keeping the peace," said Hassan.
Election observers around the country also reported some faulty voter identification equipment. Some polling stations were short of biometric registration kits, while others lacked the power supply to sufficiently charge them.
The IEBC says it will continue to broadcast provisional results as ballots are collected and tallied around the country.
""",
        "quotes": [
            ("indirect", "voter turnout in Kenya’s general election was high and that preliminary results will be digitally relayed in real time",
             "announced", "Ahmed Issack Hassan", "Ahmed Issack Hassan", "KEN", "name"),
            ("direct", "The voter turnout has been overwhelming",
             "said", "Hassan", "Ahmed Issack Hassan", "KEN", "name"),
            ("direct", "By 5pm this evening our indications are that over 70 percent have turned out.",
             None, "Hassan", "Ahmed Issack Hassan", "KEN", "name"),
            ("direct", "Despite what happened last night, no further incidents of security have happened. We want to commend Kenyans for keeping the peace",
             "said", "Hassan", "Ahmed Issack Hassan", "KEN", "name"),
            ("indirect", "it will continue to broadcast provisional results as ballots are collected and tallied around the country",
             "says", "The IEBC", "Independent Electoral and Boundaries Commission", "KEN", "organisation"),
        ],
    },
    {
        "id": "t24-ghana-opposition-ndp-2012",
        "url": "http://www.voanews.com/content/ghana-opposition-not-mortal-enemy-of-ruling-party-says-leader/1527150.html",
        "title": "Ghana Opposition Not ‘Mortal Enemy’ of Ruling Party, Says Leader",
        "published": "2012",
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, four photo caption lines, byline 'Peter "
                "Clottey'. Cut by the store inside the last paragraph ('Analysts say it appears the "
                "NDP leadership, ..., could help the bi'); that incomplete sentence dropped. 'has "
                "denied reports that ...' is a noun complement, no quote.",
        "text": """
The chairman of Ghana’s opposition National Democratic Party (NDP) has denied reports that the party was formed solely to bring about the defeat of the ruling National Democratic Congress (NDC) in the December 7 election.
Josiah Nii Armah Ayeh said the NDP does not pose an existential threat to the ruling party.
“The ruling National Democratic Congress has taken the view that the NDP is their mortal enemy. They behave as though we are an existential threat to them. We are not,” said Ayeh. “We have nothing untoward [and], we have nothing against them,” he added. “We simply want to have competitive politics.”
The NDP has chosen former first lady Nana Konadu Agyeman-Rawlings as its presidential candidate for the December presidential vote.
Agyeman-Rawlings is wife of former president Jerry Rawlings, who is the founding father of the NDC. She resigned as vice chairperson of the ruling party to challenge the late president John Evans Atta-Mills in the NDC’s primary election in September of last year. She has now resigned from the NDC, opening the way for her to become the opposition’s presidential candidate.
""",
        "quotes": [
            ("indirect", "the NDP does not pose an existential threat to the ruling party",
             "said", "Josiah Nii Armah Ayeh", "Josiah Nii Armah Ayeh", "GHA", "name"),
            ("direct", "The ruling National Democratic Congress has taken the view that the NDP is their mortal enemy. They behave as though we are an existential threat to them. We are not",
             "said", "Ayeh", "Josiah Nii Armah Ayeh", "GHA", "name"),
            ("direct", "We have nothing untoward [and], we have nothing against them",
             "added", "he", "Josiah Nii Armah Ayeh", "GHA", "pronoun"),
            ("direct", "We simply want to have competitive politics.",
             None, "he", "Josiah Nii Armah Ayeh", "GHA", "pronoun"),
        ],
    },
    {
        "id": "t24-zambia-election-rigging-2001",
        "url": "https://www.voanews.com/a/a-13-a-2001-12-31-24-zambia-66443227/551000.html",
        "title": "Zambia election (VOA story of 2001-12-31)",
        "published": "2001-12-31",
        "truncated": True,
        "note": "The stored page starts with the story text (no title line stored). Cut by the "
                "store inside the last paragraph ('United Party for National Development officials "
                "indicated he would ask the other opposition parties to drop their objections to "
                "the'); that incomplete sentence dropped. Not quotes: 'are predicting trouble', "
                "'are claiming massive vote-rigging' and 'have vehemently denied vote-rigging' (noun "
                "objects), 'fear' (feeling), 'are asking the chief justice to delay' (directive), "
                "'what they call widespread irregularities' (naming without quotation marks). "
                "'admit their division has hurt them': span stops before the reporter's ', splitting "
                "the anti-government vote'.",
        "text": """
Zambians are still waiting to find out who their next president will be. With most of the results in, the ruling party candidate appears to be leading by a narrow margin. The opposition parties are uniting in protest, claiming the vote has been rigged, and hoping to stop the inauguration of the next Zambian leader.
The two leading contenders for the presidency are Levy Mwanawasa of the ruling Movement for Multi-Party Democracy (MMD) and Anderson Mazoka of the opposition United Party for National Development.
The lead has swung back and forth between the two men during the past few days, but it remains unclear who will win. Analysts predict the final results will be in by early Tuesday.
Opposition supporters are predicting trouble if Mr. Mwanawasa is declared the new president. Even if he wins the most votes, most Zambians cast their ballots against the ruling party. Some analysts fear angry voters could take to the streets if the ruling party retains the presidency.
Before the poll, the opposition had been severely divided, and Mr. Mwanawasa faced 10 challengers on the ballot.
Opposition leaders are claiming massive vote-rigging and electoral fraud. They say it is the only way Mr. Mwanawasa could have won.
The ruling party and the Electoral Commission of Zambia have vehemently denied vote-rigging. Some opposition supporters admit their division has hurt them, splitting the anti-government vote.
But they appear to be united at last, now that it appears the MMD candidate could walk away with a victory. They are asking the chief justice to delay swearing in the new president until the Electoral Commission addresses their concerns about what they call widespread irregularities in the vote-counting process.
Behind the scenes, the opposition was again beginning to fragment Sunday when it appeared Mr. Mazoka might actually win the presidency.
""",
        "quotes": [
            ("indirect", "the vote has been rigged",
             "claiming", "The opposition parties", "Zambian opposition parties", "ZMB", "organisation"),
            ("indirect", "the final results will be in by early Tuesday",
             "predict", "Analysts", "analysts", None, "nominal"),
            ("indirect", "it is the only way Mr. Mwanawasa could have won",
             "say", "They", "opposition leaders", "ZMB", "pronoun"),
            ("indirect", "their division has hurt them",
             "admit", "Some opposition supporters", "opposition supporters", "ZMB", "nominal"),
        ],
    },
    {
        "id": "t24-uganda-crisis-group-report-2004",
        "url": "https://www.voanews.com/archive/ugandan-government-disputes-report-failure-end-civil-war-2004-04-22",
        "title": "Ugandan Government Disputes Report on Failure to End Civil War (2004-04-22)",
        "published": "2004-04-22",
        "truncated": True,
        "note": "voanews.com archive page; the stored text starts with the story (no title line). "
                "Cut by the store inside the last paragraph ('\"Despite the LRA terrorism, nort'); that "
                "paragraph dropped. Relative reported speech annotated from the reported predicate "
                "('what the report claimed was ...' -> 'was the government's failure ...'; 'a "
                "blemish the group said stains ...' -> 'stains ...'). Not quotes: 'has been accused "
                "of', 'was blamed for' (agentless passives), 'accused President Museveni of using' "
                "(accuse X of -ing), 'denied the reports' claims' (noun object), 'what he calls a "
                "defense review exercise' (naming without quotation marks, inside the indirect "
                "clause). Kony's clause stops before the reporter's ', but his motives ...'.",
        "text": """
The Ugandan government has denounced a recent report criticizing President Yoweri Museveni and his government for what the report claimed was the government's failure to end the long-running civil war in the north.
A presidential press assistant, Francis Onapito Ekomoloit, said that contrary to the claims of the research organization International Crisis Group, the Ugandan government has been successful in protecting northerners from attacks by the rebel group Lord's Resistance Army (LRA).
"During the first quarter of this year, there has been a lot of army success," he said. "There are isolated attacks here and there, but much of the LRA remnants are now in southern Sudan."
The LRA has been accused of indiscriminately attacking people in northern Uganda for the past 18 years. Its leader, Joseph Kony, once said that he and his group wanted to rule Uganda according to the Biblical Ten Commandments, but his motives for fighting remain unclear.
Several months ago, the Lord's Resistance Army was blamed for killing more than 200 residents of a northern displaced person's camp. According to the International Crisis Group, this massacre showed the government is unable to defend northerners and end the war, a blemish the group said stains the reputation of President Museveni and his National Resistance Movement party.
The report also accused President Museveni of using the so-called war against terrorism in the north as an excuse to avoid reforming the army, take away the power base of the northern opposition and curtail freedom of expression and association.
Mr. Ekomoloit denied the reports' claims. Regarding army reform, he said the government, with the backing of the United States and Britain, has been undergoing what he calls a defense review exercise for more than two years to make the army more professional.
Mr. Ekomoloit also denied that the government had used the conflict to stifle the opposition's power base or free speech.
""",
        "quotes": [
            ("indirect", "was the government's failure to end the long-running civil war in the north",
             "claimed", "the report", "International Crisis Group", "NGO", "organisation"),
            ("indirect", "contrary to the claims of the research organization International Crisis Group, the Ugandan government has been successful in protecting northerners from attacks by the rebel group Lord's Resistance Army (LRA)",
             "said", "Francis Onapito Ekomoloit", "Francis Onapito Ekomoloit", "UGA", "name"),
            ("direct", "During the first quarter of this year, there has been a lot of army success",
             "said", "he", "Francis Onapito Ekomoloit", "UGA", "pronoun"),
            ("direct", "There are isolated attacks here and there, but much of the LRA remnants are now in southern Sudan.",
             None, "he", "Francis Onapito Ekomoloit", "UGA", "pronoun"),
            ("indirect", "he and his group wanted to rule Uganda according to the Biblical Ten Commandments",
             "said", "Joseph Kony", "Joseph Kony", "UGA", "name"),
            ("indirect", "this massacre showed the government is unable to defend northerners and end the war",
             "According to", "the International Crisis Group", "International Crisis Group", "NGO", "organisation"),
            ("indirect", "stains the reputation of President Museveni and his National Resistance Movement party",
             "said", "the group", "International Crisis Group", "NGO", "organisation"),
            ("indirect", "the government, with the backing of the United States and Britain, has been undergoing what he calls a defense review exercise for more than two years to make the army more professional",
             "said", "he", "Francis Onapito Ekomoloit", "UGA", "pronoun"),
            ("indirect", "the government had used the conflict to stifle the opposition's power base or free speech",
             "denied", "Mr. Ekomoloit", "Francis Onapito Ekomoloit", "UGA", "name"),
        ],
    },
    {
        "id": "t24-somalia-jowhar-minister-2009",
        "url": "https://www.voanews.com/a/a-13-2009-05-18-voa1-68816242/413187.html",
        "title": "New Somali Government Says Unfazed by Insurgent Attacks",
        "published": "2009-05-18",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('Meanwhile, Somali Security Minister Omar Hashi Aden said "
                "the militant'); that incomplete sentence dropped. 'Described by Washington as a "
                "terrorist organization' (naming) and 'He expressed confidence the government would "
                "win ...' (expressed + noun, as test22's 'expressed concern that') are no quotes.",
        "text": """
President Sheikh Sharif Sheik Ahmed's new Somali government says it will soon take back a town taken Sunday by hard line Islamic insurgents after two weeks of violent clashes with government forces. Described by Washington as a terrorist organization with strong links to Al Qaeda, al-Shabaab has refused to recognize the new Somali administration. Al-Shabaab fighters took control of Jowhar, a strategic town in the north of the capital, Mogadishu. Some political analysts say the takeover is a demonstration of the weakness of President Sheikh Ahmed's new government.
Abdirashid Irro Mohammed is a Somali cabinet minister. From the capital, Mogadishu he told VOA that the government is determined to succeed despite insurgent attacks.
"Really, al-Shabaab they are going to disturb the whole situation in Somalia and also in the region. And they are also trying to stop the development that the government was working on," Irro Mohammed said.
He said although the insurgents have taken over Jowhar, the government would soon take it back from them.
"So they (insurgents) took over this morning the town of Jowhar, but their mission is to hit and run. I do believe that they would seen go away very soon otherwise our government troops would be back and crush them," he said.
Irro Mohammed said the new government has set in motion plans to bolster its security forces to restore peace in the country.
"We are starting from scratch and we are preparing our security forces. So, while we are in the process, al-Shabaab is trying to disturb and to take over," Irro Mohammed said.
He expressed confidence the government would win the fight against the hard line Islamic insurgents.
"I do believe that we have confidence in our troops that we will slowly come and to control most of the strategic towns where they are now," he said.
""",
        "quotes": [
            ("indirect", "it will soon take back a town taken Sunday by hard line Islamic insurgents after two weeks of violent clashes with government forces",
             "says", "President Sheikh Sharif Sheik Ahmed's new Somali government", "Somali government", "SOM", "organisation"),
            ("indirect", "the takeover is a demonstration of the weakness of President Sheikh Ahmed's new government",
             "say", "Some political analysts", "political analysts", None, "nominal"),
            ("indirect", "the government is determined to succeed despite insurgent attacks",
             "told", "he", "Abdirashid Irro Mohammed", "SOM", "pronoun"),
            ("direct", "Really, al-Shabaab they are going to disturb the whole situation in Somalia and also in the region. And they are also trying to stop the development that the government was working on",
             "said", "Irro Mohammed", "Abdirashid Irro Mohammed", "SOM", "name"),
            ("indirect", "although the insurgents have taken over Jowhar, the government would soon take it back from them",
             "said", "He", "Abdirashid Irro Mohammed", "SOM", "pronoun"),
            ("direct", "So they (insurgents) took over this morning the town of Jowhar, but their mission is to hit and run. I do believe that they would seen go away very soon otherwise our government troops would be back and crush them",
             "said", "he", "Abdirashid Irro Mohammed", "SOM", "pronoun"),
            ("indirect", "the new government has set in motion plans to bolster its security forces to restore peace in the country",
             "said", "Irro Mohammed", "Abdirashid Irro Mohammed", "SOM", "name"),
            ("direct", "We are starting from scratch and we are preparing our security forces. So, while we are in the process, al-Shabaab is trying to disturb and to take over",
             "said", "Irro Mohammed", "Abdirashid Irro Mohammed", "SOM", "name"),
            ("direct", "I do believe that we have confidence in our troops that we will slowly come and to control most of the strategic towns where they are now",
             "said", "he", "Abdirashid Irro Mohammed", "SOM", "pronoun"),
        ],
    },
    {
        "id": "t24-somalia-mahaday-information-minister-2009",
        "url": "https://www.voanews.com/a/a-13-2009-05-19-voa1-68643342/407917.html",
        "title": "Somali Government Determined to Defeat Insurgents, Says Minister",
        "published": "2009-05-19",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store at "
                "the start of the last paragraph ('Ali Moha'); dropped. 'Described by Washington as "
                "a terrorist organization' is naming, no quote. The ellipsis character inside the "
                "last quotation is kept.",
        "text": """
Somalia's new administration says it would maintain its objective of reconciling the nation and restoring security despite stiff challenges from hard line Islamic insurgents. This comes after hard line Islamic insurgents belonging to al-Shabaab Monday captured the town of Mahaday, the birth place of President Sheikh Sharif Sheikh Ahmed. Political observers say the insurgent takeover of Mahaday, another strategic town north of the Capital, Mogadishu is an attempt to embarrass the president. Described by Washington as a terrorist organization with strong ties to Al Qaeda, al-Shabaab has refused to recognize the new administration.
Farhan Ali Mohamud is Somalia's information minister. He told VOA that the new government will in due course defeat the insurgents.
"As you know, this government's objective is to reconcile and create peace and opportunities where it is possible," Ali Mohamud said.
He said the hard liners are bent on ensuring that the new Somali government fails by seizing towns that the insurgents know would produce little or no resistance from government security forces.
"What happened yesterday and the day before yesterday was that the insurgents have captured the town of Jowhar which is 90 kilometers from here. A very decent farming community with actually no expectation of the on-coming of enemy forces," he said.
Ali Mohamud said the government is determined to repel the attacks of the insurgents.
"Our government is from today on trying to organize a counter-attack in any way we can," Ali Mohamud said.
He said Mogadishu has set in motion plans to hold negotiations with those who would help in its efforts to retake the towns captured by the insurgents.
"First, we will consult with the locals; we will consult with pro-government Islamists militias who were there… we would act on that. So, that is our aims to today on Tuesday," he said.
""",
        "quotes": [
            ("indirect", "it would maintain its objective of reconciling the nation and restoring security despite stiff challenges from hard line Islamic insurgents",
             "says", "Somalia's new administration", "Somali government", "SOM", "organisation"),
            ("indirect", "the insurgent takeover of Mahaday, another strategic town north of the Capital, Mogadishu is an attempt to embarrass the president",
             "say", "Political observers", "political observers", None, "nominal"),
            ("indirect", "the new government will in due course defeat the insurgents",
             "told", "He", "Farhan Ali Mohamud", "SOM", "pronoun"),
            ("direct", "As you know, this government's objective is to reconcile and create peace and opportunities where it is possible",
             "said", "Ali Mohamud", "Farhan Ali Mohamud", "SOM", "name"),
            ("indirect", "the hard liners are bent on ensuring that the new Somali government fails by seizing towns that the insurgents know would produce little or no resistance from government security forces",
             "said", "He", "Farhan Ali Mohamud", "SOM", "pronoun"),
            ("direct", "What happened yesterday and the day before yesterday was that the insurgents have captured the town of Jowhar which is 90 kilometers from here. A very decent farming community with actually no expectation of the on-coming of enemy forces",
             "said", "he", "Farhan Ali Mohamud", "SOM", "pronoun"),
            ("indirect", "the government is determined to repel the attacks of the insurgents",
             "said", "Ali Mohamud", "Farhan Ali Mohamud", "SOM", "name"),
            ("direct", "Our government is from today on trying to organize a counter-attack in any way we can",
             "said", "Ali Mohamud", "Farhan Ali Mohamud", "SOM", "name"),
            ("indirect", "Mogadishu has set in motion plans to hold negotiations with those who would help in its efforts to retake the towns captured by the insurgents",
             "said", "He", "Farhan Ali Mohamud", "SOM", "pronoun"),
            ("direct", "First, we will consult with the locals; we will consult with pro-government Islamists militias who were there… we would act on that. So, that is our aims to today on Tuesday",
             "said", "he", "Farhan Ali Mohamud", "SOM", "pronoun"),
        ],
    },
    {
        "id": "t24-somalia-gedi-victory-claim-2007",
        "url": "https://www.voanews.com/a/a-13-2007-04-26-voa36-66549027/554546.html",
        "title": "Somali prime minister claims victory over insurgents (VOA story of 2007-04-26)",
        "published": "2007-04-26",
        "truncated": False,
        "note": "The stored page starts with the story text (no title line stored); whole as "
                "stored. Not quotes: 'is claiming victory' (noun object), 'Cathy Majtenyi reports for "
                "VOA from Nairobi' (no content), 'are believed to be' (agentless passive). 'a former "
                "member of parliament denies that ...': description, resolved to Omar Hashi named in "
                "the next sentences.",
        "text": """
The prime minister of Somalia's transitional government is claiming victory over insurgents in Mogadishu. But a former member of parliament denies that the transitional government is in control of the volatile capital. Cathy Majtenyi reports for VOA from Nairobi.
Prime Minister Ali Mohamed Gedi told reporters in Mogadishu his government, backed by Ethiopian troops, has taken control of insurgent strongholds. Mr. Gedi said most of the fighting in Mogadishu is now over.
While the prime minister was claiming victory over the insurgents, Omar Hashi, a former member of parliament now in exile in Eritrea and allied with some Islamists fighting the transitional government, denies that the government is in control.
"There is no Somali government," he said. "There is the Ethiopian military fighting the Somali people. So Somali people are fighting until the last person dies. There is no [Prime Minister] Gedi, there is no [President] Abdullahi Yusf, there is no government, there is [Ethiopian Prime Minister] Meles Zenawi in Mogadishu."
The capital has been rocked by heavy fighting this week that has killed more than 300 people and has caused tens of thousands more to flee the violence. Ethiopia intervened in Somalia in late December to help the government defeat the Islamic Courts Union.
Remnants of the courts as well as disgruntled clan militias and radical Islamists have continued to battle with Ethiopian and government forces in Mogadishu.
Sources in Mogadishu tell VOA that many Islamist fighters are now in hiding and are believed to be regrouping elsewhere for future battles with the government.
Insurgents are still believed to be in control of a key area of Mogadishu, called Bakara Market.
The fighting has sparked a major humanitarian crisis.
""",
        "quotes": [
            ("indirect", "the transitional government is in control of the volatile capital",
             "denies", "a former member of parliament", "Omar Hashi", "SOM", "nominal"),
            ("indirect", "his government, backed by Ethiopian troops, has taken control of insurgent strongholds",
             "told", "Prime Minister Ali Mohamed Gedi", "Ali Mohamed Gedi", "SOM", "name"),
            ("indirect", "most of the fighting in Mogadishu is now over",
             "said", "Mr. Gedi", "Ali Mohamed Gedi", "SOM", "name"),
            ("indirect", "the government is in control",
             "denies", "Omar Hashi", "Omar Hashi", "SOM", "name", "allied with some Islamists"),
            ("direct", "There is no Somali government",
             "said", "he", "Omar Hashi", "SOM", "pronoun"),
            ("direct", "There is the Ethiopian military fighting the Somali people. So Somali people are fighting until the last person dies. There is no [Prime Minister] Gedi, there is no [President] Abdullahi Yusf, there is no government, there is [Ethiopian Prime Minister] Meles Zenawi in Mogadishu.",
             None, "he", "Omar Hashi", "SOM", "pronoun"),
            ("indirect", "many Islamist fighters are now in hiding and are believed to be regrouping elsewhere for future battles with the government",
             "tell", "Sources in Mogadishu", "sources in Mogadishu", None, "nominal"),
        ],
    },
    {
        "id": "t24-cambodia-us-spying-defense-minister-2013",
        "url": "https://www.voanews.com/a/cambodias-reaction-to-news-of-us-spying-is-muted/1781664.html",
        "title": "Cambodia's Has Muted Reaction to News of US Spying",
        "published": "2013-11",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption ('FILE - "
                "General Tea Banh, ...'). Whole as stored. '\"cover\"' (word of the reports, scare "
                "quotes inside a noun complement 'reports that ...') and 'have called for "
                "explanations' are no quotes. Split quotation '“...,\" the minister said, \"and "
                "...”': two direct quotes; mixed curly and straight marks as on the page.",
        "text": """
Cambodian authorities say they are not prepared to offer a strong reaction to allegations that U.S. spy agencies eavesdropped on regional leaders.
Asian nations, including Indonesia and China, have called for explanations of reports that U.S. intelligence agents used diplomatic missions in the region as "cover" to conceal their electronic spying.
In Phnom Penh, however, Defense Minister Tea Banh told VOA's Khmer service there is not adequate justification for formal complaint to Washington.
“If they do it for surveillance or spying, it is surely hard to confirm," the minister said, "and there might be no evidence to make any allegation. This is almost impossible.”
Interior Minister Sar Kheng said he found the U.S. actions confounding. “I’m saying this on my own behalf, not for my government,” he said. “The U.S. is normally a promoter of democracy, freedom and human rights, but why would they do this? I don’t know what they want.”
Allegations about U.S. spying in Southeast Asia are the latest in a series of disclosures about the widespread range of U.S. surveillance programs.
This report was produced in collaboration with the VOA Khmer service.
""",
        "quotes": [
            ("indirect", "they are not prepared to offer a strong reaction to allegations that U.S. spy agencies eavesdropped on regional leaders",
             "say", "Cambodian authorities", "Cambodian authorities", "KHM", "nominal"),
            ("indirect", "there is not adequate justification for formal complaint to Washington",
             "told", "Defense Minister Tea Banh", "Tea Banh", "KHM", "name"),
            ("direct", "If they do it for surveillance or spying, it is surely hard to confirm",
             "said", "the minister", "Tea Banh", "KHM", "nominal"),
            ("direct", "and there might be no evidence to make any allegation. This is almost impossible.",
             None, "the minister", "Tea Banh", "KHM", "nominal"),
            ("indirect", "he found the U.S. actions confounding",
             "said", "Interior Minister Sar Kheng", "Sar Kheng", "KHM", "name"),
            ("direct", "I’m saying this on my own behalf, not for my government",
             "said", "he", "Sar Kheng", "KHM", "pronoun"),
            ("direct", "The U.S. is normally a promoter of democracy, freedom and human rights, but why would they do this? I don’t know what they want.",
             None, "he", "Sar Kheng", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t24-cambodia-us-spying-khmer-2013",
        "url": "https://www.voacambodia.com/a/cambodian-reaction-muted-on-allegations-of-us-spying/1781556.html",
        "title": "Cambodian Reaction Muted on Allegations of US Spying",
        "published": "2013-11",
        "truncated": True,
        "note": "English page of VOA Khmer. Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption (twice). Cut by the store at the start of the last paragraph "
                "('“That will be comple'); dropped. Not quotes: 'has reported on US spying' (no "
                "clause), 'have called for an explanation', 'which reportedly including ...'. Tea "
                "Banh's clause stops before the reporter's ', making any kind of official response "
                "unlikely'. A different text from the voanews.com story on the same reactions "
                "(t24-cambodia-us-spying-defense-minister-2013).",
        "text": """
WASHINGTON DC - Cambodian authorities say they have not prepared a strong reaction to allegations that US spy agencies eavesdropped on regional leaders.
Defense Minister Tea Banh told VOA Khmer that any evidence regarding US spying would be hard to come by, making any kind of official response unlikely. “This is almost impossible,” he said.
Germany’s Der Spiegel magazine has reported on US spying throughout Asia, involving the interception of radio, telecommunications and Internet traffic, via diplomatic missions of the US, Australia, Canada, New Zealand and the UK. The Sydney Morning Herald reported that Australian embassies throughout Southeast Asia were used for eavesdropping.
Those reports and others have sparked an outcry from China, Malaysia and Indonesian, who have called for an explanation. In Cambodia, however, the reaction was muted.
Interior Minister Sar Kheng said he did not have any “concrete information” the West had spied on Cambodia, but he said he would demand an explanation from US officials if such information becomes available.
Government spokesman Phay Siphan said Cambodia has “no intention of being hostile to US interests.”
“What we’ve learned and experienced is nothing strange to Cambodia, because we’ve learned it from Wikileak documents, and we understand that US has to protect its interest,” he said.
The spying allegations in Southeast Asia are one of a string of reports on US surveillance efforts abroad, which reportedly including major heads of state, creating a diplomatic crisis for the United States.
US officials say a review of its intelligence-gathering methods is under way.
""",
        "quotes": [
            ("indirect", "they have not prepared a strong reaction to allegations that US spy agencies eavesdropped on regional leaders",
             "say", "Cambodian authorities", "Cambodian authorities", "KHM", "nominal"),
            ("indirect", "any evidence regarding US spying would be hard to come by",
             "told", "Defense Minister Tea Banh", "Tea Banh", "KHM", "name"),
            ("direct", "This is almost impossible",
             "said", "he", "Tea Banh", "KHM", "pronoun"),
            ("indirect", "Australian embassies throughout Southeast Asia were used for eavesdropping",
             "reported", "The Sydney Morning Herald", "The Sydney Morning Herald", "AUS", "organisation"),
            ("indirect", "he did not have any “concrete information” the West had spied on Cambodia",
             "said", "Interior Minister Sar Kheng", "Sar Kheng", "KHM", "name"),
            ("partial", "concrete information",
             "said", "Interior Minister Sar Kheng", "Sar Kheng", "KHM", "name"),
            ("indirect", "he would demand an explanation from US officials if such information becomes available",
             "said", "he", "Sar Kheng", "KHM", "pronoun"),
            ("indirect", "Cambodia has “no intention of being hostile to US interests.”",
             "said", "Government spokesman Phay Siphan", "Phay Siphan", "KHM", "name"),
            ("partial", "no intention of being hostile to US interests",
             "said", "Government spokesman Phay Siphan", "Phay Siphan", "KHM", "name"),
            ("direct", "What we’ve learned and experienced is nothing strange to Cambodia, because we’ve learned it from Wikileak documents, and we understand that US has to protect its interest",
             "said", "he", "Phay Siphan", "KHM", "pronoun"),
            ("indirect", "a review of its intelligence-gathering methods is under way",
             "say", "US officials", "US officials", "USA", "nominal"),
        ],
    },
    {
        "id": "t24-cambodia-opposition-election-results-2013",
        "url": "https://www.voacambodia.com/a/opposition-says-it-will-not-accept-election-results/1712280.html",
        "title": "Opposition Says It Will Not Accept Election Results",
        "published": "2013-07-29",
        "truncated": True,
        "note": "English page of VOA Khmer. Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption ('Sam Rainsy, center, ...'). Cut by the store inside the last "
                "paragraph ('Early results were announced late Sunday by officials from the ruling'); "
                "that incomplete sentence dropped. 'Early figures show' (evidence) and 'He called on "
                "the National Election Committee ... to stage re-elections' (directive) are no "
                "quotes. 'Cambodia’s opposition party leader says ...' is resolved to Sam Rainsy; "
                "span stops before the reporter's ', in which the ruling party appears ...'. 'In "
                "addition to these, he said, ballots were counted ...': attribution after a stub, "
                "the clause after it annotated.",
        "text": """
PHNOM PENH - Cambodia’s opposition party leader says they will not accept the results of Sunday’s election, in which the ruling party appears to have lost ground but maintained enough seats in parliament to maintain a hold on power.
Early figures show the ruling Cambodian People’s Party won nationwide elections with an estimated 68 National Assembly seats, down from 90, followed by the opposition Cambodia National Rescue Party with 55, up from 29.
But opposition leader Sam Rainsy said Monday the elections were marred by too many irregularities to consider them legitimate.
Sam Rainsy, the president of the Rescue Party, told reporters Monday his party would not accept the results of the election.
“What we are interested in is to render justice to the Cambodian people,” he said. “To ensure that the will of the Cambodian people will not be distorted or reversed as before.”
Sam Rainsy said the names of 1.2 million voters were excluded from voter lists, that as many as 200,000 names were duplicated on those lists, and that the ink used to ensure people only vote once was easily washed off, allowing for multiple votes.
In addition to these, he said, ballots were counted behind closed doors, making the count suspect.
He called on the National Election Committee, widely criticized for a bias toward the ruling party, to stage re-elections nationwide, to fix the irregularities.
Government spokesman Phay Siphan said the announcement by the opposition was typical in the country’s elections.
“The opposition party uses this game after every election,” he said.
NEC officials have not given the final tally of votes.
""",
        "quotes": [
            ("indirect", "they will not accept the results of Sunday’s election",
             "says", "Cambodia’s opposition party leader", "Sam Rainsy", "KHM", "nominal"),
            ("indirect", "the elections were marred by too many irregularities to consider them legitimate",
             "said", "opposition leader Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "his party would not accept the results of the election",
             "told", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("direct", "What we are interested in is to render justice to the Cambodian people",
             "said", "he", "Sam Rainsy", "KHM", "pronoun"),
            ("direct", "To ensure that the will of the Cambodian people will not be distorted or reversed as before.",
             None, "he", "Sam Rainsy", "KHM", "pronoun"),
            ("indirect", "the names of 1.2 million voters were excluded from voter lists, that as many as 200,000 names were duplicated on those lists, and that the ink used to ensure people only vote once was easily washed off, allowing for multiple votes",
             "said", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "ballots were counted behind closed doors, making the count suspect",
             "said", "he", "Sam Rainsy", "KHM", "pronoun"),
            ("indirect", "the announcement by the opposition was typical in the country’s elections",
             "said", "Government spokesman Phay Siphan", "Phay Siphan", "KHM", "name"),
            ("direct", "The opposition party uses this game after every election",
             "said", "he", "Phay Siphan", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t24-cambodia-kem-sokha-war-threat-2013",
        "url": "https://voacambodia.com/a/threat-of-post-election-war-a-threat-to-cambodians-oppostion-say/1670885.html",
        "title": "Threat of post-election war a threat to Cambodians, opposition say (title from the address)",
        "published": "2013-05",
        "truncated": True,
        "note": "English page of VOA Khmer; the stored text starts with the dateline (no title "
                "stored). The store repeats the story from 'Kem Sokha, vice president ...' on and "
                "cuts the repetition ('Tit Sothea, a spokesman for the'); the repetition is dropped "
                "and the first copy kept whole. 'a claim the opposition dismisses' (noun object) is "
                "no quote; Hun Sen's clause stops before it. 'Such threats are meant to “confuse the "
                "public,” he added': indirect clause before the cue (runs through the closing mark) "
                "plus the partial.",
        "text": """
PHNOM PENH —
A top opposition official says the ruling party has threatened the opposition by stoking fears of war in the event of a win in July’s polls.
Kem Sokha, vice president of the Cambodia National Rescue Party, told VOA Khmer it is an old method often used, but it is also a way to “threaten citizens” ahead of July’s parliamentary polls.
Kem Sokha was speaking in the midst of an ongoing public exchange of words between Prime Minister Hun Sen and the opposition. Hun Sen said in a recent speech Cambodia could devolve into war or a Khmer Rouge-like environment if the ruling party loses the election, a claim the opposition dismisses.
Kem Sokha said Wednesday this is a common tactic ahead of elections, in a media environment dominated by the ruling Cambodian People’s Party.
“This is a means, or strategy, to threaten the competition, the CNRP, and to threaten citizens,” he said. Such threats are meant to “confuse the public,” he added.
Tit Sothea, a spokesman for the Council of Ministers, said government officials had made no threats, but were instead making claims based on audio recordings taken from the opposition.
""",
        "quotes": [
            ("indirect", "the ruling party has threatened the opposition by stoking fears of war in the event of a win in July’s polls",
             "says", "A top opposition official", "Kem Sokha", "KHM", "nominal"),
            ("indirect", "it is an old method often used, but it is also a way to “threaten citizens” ahead of July’s parliamentary polls",
             "told", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("partial", "threaten citizens",
             "told", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("indirect", "Cambodia could devolve into war or a Khmer Rouge-like environment if the ruling party loses the election",
             "said", "Hun Sen", "Hun Sen", "KHM", "name"),
            ("indirect", "this is a common tactic ahead of elections, in a media environment dominated by the ruling Cambodian People’s Party",
             "said", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("direct", "This is a means, or strategy, to threaten the competition, the CNRP, and to threaten citizens",
             "said", "he", "Kem Sokha", "KHM", "pronoun"),
            ("indirect", "Such threats are meant to “confuse the public,”",
             "added", "he", "Kem Sokha", "KHM", "pronoun"),
            ("partial", "confuse the public",
             "added", "he", "Kem Sokha", "KHM", "pronoun"),
            ("indirect", "government officials had made no threats, but were instead making claims based on audio recordings taken from the opposition",
             "said", "Tit Sothea", "Tit Sothea", "KHM", "name"),
        ],
    },
    {
        "id": "t24-burma-voa-service-chief-testimony-2007",
        "url": "https://www.insidevoa.com/a/a-13-34-2007-10-03-burmese-statement-111611924/178359.html",
        "title": "Testimony by VOA Burmese Service Chief Before Congressional Human Rights Caucus",
        "published": "2007-10-03",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', "
                "title line, deck ('Than Lwin Htun says situation in Burma \"anything but normal\"'), "
                "'<!-- IMAGE -->'. The full statement announced at the end is cut by the store after "
                "its header lines ('[Begin Statement]', 'Statement of Than Lwin Htun', ...); those "
                "header lines dropped. Split quotation '\"Just this morning,\" he continued, "
                "\"residents ...\"': two direct quotes; the reported speech of residents and an "
                "editor inside it is not annotated separately.",
        "text": """
Washington, D.C., October 3, 2007 - In an appearance this afternoon before a special session on Burma of the Congressional Human Rights Caucus, Voice of America (VOA) Burmese service chief Than Lwin Htun said that the situation in Burma is "anything but normal."
"Just this morning," he continued, "residents in Mandalay, the second largest city in Burma, told us many monks who participated in streets protests were picked up at night from their monasteries. A Burmese news journal editor told us that many journalists were stopped on the streets and their cells phones and digital cameras were searched."
Than Lwin Htun went on to say, "(The Voice of America) tell(s) the world what is happening inside Burma. And we do our best to let all Burmese citizens know that they are not alone. We are proud to be able to empower the people of Burma with accurate news about how the world is responding to events inside Burma. We feel our reporting sustains the hope that they need to keep alive so that when their day finally arrives, they will prevail."
Full text of Than Lwin Htun's statement follows.
The Voice of America has increased Burmese language broadcasts from one and a half hours to three hours a day in response to the Burmese government’s crackdown. The Voice of America, which first went on the air in 1942, is a multimedia international broadcasting service funded by the U.S. government through the Broadcasting Board of Governors. VOA broadcasts more than 1,000 hours of news, information, educational, and cultural programming every week to an estimated worldwide audience of more than 115 million people. Programs are produced in 45 languages.
""",
        "quotes": [
            ("indirect", "the situation in Burma is \"anything but normal.\"",
             "said", "Than Lwin Htun", "Than Lwin Htun", "USA", "name"),
            ("partial", "anything but normal",
             "said", "Than Lwin Htun", "Than Lwin Htun", "USA", "name"),
            ("direct", "Just this morning",
             "continued", "he", "Than Lwin Htun", "USA", "pronoun"),
            ("direct", "residents in Mandalay, the second largest city in Burma, told us<<>>digital cameras were searched.",
             None, "he", "Than Lwin Htun", "USA", "pronoun"),
            ("direct", "(The Voice of America) tell(s) the world<<>>they will prevail.",
             "went on to say", "Than Lwin Htun", "Than Lwin Htun", "USA", "name"),
        ],
    },
    {
        "id": "t24-iran-voa-video-police-official-2009",
        "url": "https://www.insidevoa.com/a/a-13-34-2009-12-29-voa2-111615289/178456.html",
        "title": "Video Obtained by VOA Contradicts Iranian Police Official",
        "published": "2009-12-29",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', "
                "title line, deck ('Wednesday’s program will air video ...'). Cut by the store "
                "after 'One email said,'; that sentence dropped. The page's '( and' (an address lost "
                "from the page) is kept. 'statements about clashes ... made by' and 'a statement by "
                "Radan that ...' are noun complements, no quotes. 'is asking the question, “Where is "
                "Iran heading?”': a direct quote of PNN (organisation).",
        "text": """
Washington, D.C., December 29, 2009 – VOA’s Persian News Network (PNN) will air video during its Morning Edition program that contradicts statements about clashes with demonstrators made by Iran’s Deputy Police Chief Ahmad-Reza Radan. Wednesday’s program will air video clearly showing a well-marked police vehicle running into demonstrators, killing two people. This contradicts a statement by Radan that two people died in an accident involving an unidentified vehicle. PNN’s Morning Edition airs at 0600 Tehran time/0230 UTC with replays at 0700, 0800 and 1000 Tehran/0330, 0430 and 0630 UTC.
"VOA Persian News Network is delivering accurate and objective news and information to an audience in Iran that needs to know what’s going on with the violent and deadly clashes between demonstrators and police," said VOA Executive Editor Steve Redisch. "Our Persian-language programs are following the backlash of government security forces and the crackdown on opposition figures very closely."
Earlier in the week, PNN received a phone call from relatives of Ali Mousavi Habibi Khameneh, nephew of opposition leader and former Iranian presidential candidate Mir Hossein Mousavi, confirming that he had been killed in an apparent political assassination. They contacted PNN a second time to report that Ali Mousavi’s body was missing when they went to retrieve it for burial.
PNN television, radio, and Internet programming continues to focus almost exclusively on the demonstrations that continue throughout Iran since they began on the holy day of Ashura. PNN has posted a special comments page on its Internet site ( and is asking the question, “Where is Iran heading?” VOA has received scores of emails that are being read on air.
""",
        "quotes": [
            ("direct", "VOA Persian News Network is delivering<<>>between demonstrators and police",
             "said", "VOA Executive Editor Steve Redisch", "Steve Redisch", "USA", "name"),
            ("direct", "Our Persian-language programs are following the backlash of government security forces and the crackdown on opposition figures very closely.",
             None, "VOA Executive Editor Steve Redisch", "Steve Redisch", "USA", "name"),
            ("indirect", "he had been killed in an apparent political assassination",
             "confirming", "relatives of Ali Mousavi Habibi Khameneh", "relatives of Ali Mousavi Habibi Khameneh", "IRN", "nominal"),
            ("indirect", "Ali Mousavi’s body was missing when they went to retrieve it for burial",
             "report", "They", "relatives of Ali Mousavi Habibi Khameneh", "IRN", "pronoun"),
            ("direct", "Where is Iran heading?",
             "asking", "PNN", "VOA Persian News Network", "USA", "organisation"),
        ],
    },
    {
        "id": "t24-thailand-red-shirts-abhisit-2010",
        "url": "https://www.voanews.com/a/thai-pm-rejects-protesters-calls-to-dissolve-government-87639632/114096.html",
        "title": "Thai PM Rejects Protesters Calls to Dissolve Government",
        "published": "2010-03-15",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, 'Video clip: "
                "Anti-government demonstration in Bangkok Monday'. Cut by the store inside the last "
                "paragraph ('Many of the red shirts, ..., are supporters of deposed former Prime "
                "Minister Thaksin Shina'); that paragraph dropped. The protester's quotation "
                "continues in a new paragraph after the attribution (stand-alone quote, same "
                "speaker, cue null). Not quotes: 'rejected demands', 'vowed to keep up the pressure', "
                "'to demand the government resign and call new elections' (demand of the "
                "demonstrators, a directive), 'vowed to press on', 'have threatened to step up', "
                "'tells the protesters to wait' (directive), 'spoke to the crowd' (no content). "
                "'clappd' as on the page.",
        "text": """
Anti-government protests continue in Thailand's capital, Bangkok, after Prime Minister Abhisit Vejjajiva rejected demands to hold new elections. Tens of thousands of red dressed demonstrators surrounded a military compound where the prime minister has been based and vowed to keep up the pressure.
The massive crowd of protesters waved banners and clappd plastic noise makers as a convoy of trucks carrying protest organizers arrives at a military base in Bangkok.
An estimated 100,000 demonstrators have gathered in the Thai capital, many of them from the rural north, to demand the government resign and call new elections.
Thousands were at the base where the government of Prime Minister Abhisit Vejjajiva has been operating during the protests. He pre-empted a noon deadline protesters had set and refused their demands on national television, saying the timing was not right for elections.
"We are coming here today to ask the prime minister to resign," said Pranot Munnyrak, who was protesting outside the military base.
"That's the main point. But we have heard that the prime minister already has announced that he is not going to resign."
Despite the government's rejection, protesters vowed to press on and have threatened to step up their demonstrations if the government is not dissolved.
Nattawut Saikua, one of the protest leaders, rode on top of a truck that slowly drove past the gates of the military base. He spoke to the crowd through loudspeakers. He says if there is no dissolution of the parliament today then there must be no later than tomorrow evening. He tells the protesters to wait for their next move.
Convoys of protesters, some more than a mile long, could be seen Monday headed towards protest areas.
""",
        "quotes": [
            ("indirect", "the timing was not right for elections",
             "saying", "He", "Abhisit Vejjajiva", "THA", "pronoun"),
            ("direct", "We are coming here today to ask the prime minister to resign",
             "said", "Pranot Munnyrak", "Pranot Munnyrak", "THA", "name"),
            ("direct", "That's the main point. But we have heard that the prime minister already has announced that he is not going to resign.",
             None, "Pranot Munnyrak", "Pranot Munnyrak", "THA", "name"),
            ("indirect", "if there is no dissolution of the parliament today then there must be no later than tomorrow evening",
             "says", "He", "Nattawut Saikua", "THA", "pronoun"),
        ],
    },
    {
        "id": "t24-lebanon-nasrallah-siniora-2006",
        "url": "https://www.voanews.com/a/a-13-2006-11-14-voa30/324007.html",
        "title": "Hezbollah Leader Repeats Call for End of Siniora Government in Lebanon",
        "published": "2006-11-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored; a "
                "VOA News story ending 'Some information for this report was provided by AFP, AP and "
                "Reuters.' (kept as on the page, as test22 did; no wire text is quoted as such). Not "
                "quotes: 'has again called for the end of the government' (noun object), 'has "
                "implicated Syrian officials' (no report of words). Siniora's words to Reuters are "
                "annotated as Siniora's (layered attribution: the inner speaker).",
        "text": """
The leader of the Shi'ite militant group Hezbollah has again called for the end of the government of Lebanese Prime Minister Fuad Siniora.
In comments published Tuesday, in the As-Safir newspaper, Hassan Nasrallah said the Siniora government, has "zero" credibility, and a new government will soon replace it.
Monday, the Lebanese government approved a United Nations plan for an international court to try suspects in the assassination of former Prime Minister Rafik Hariri.
The approval of the U.N. plan came despite the resignation of six pro-Syrian ministers.
An ongoing U.N. inquiry has implicated Syrian officials in last year's truck bombing in Beirut that killed Hariri.
Prime Minister Siniora told the Reuters news agency that he would pursue political dialogue, but that demands by Hezbollah for more than a third of the cabinet seats are unacceptable.
Mr. Siniora said giving Hezbollah more than a third of the seats would allow the group to paralyze cabinet meetings and give the group the ability to topple the government.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "the Siniora government, has \"zero\" credibility, and a new government will soon replace it",
             "said", "Hassan Nasrallah", "Hassan Nasrallah", "LBN", "name"),
            ("partial", "zero",
             "said", "Hassan Nasrallah", "Hassan Nasrallah", "LBN", "name"),
            ("indirect", "he would pursue political dialogue, but that demands by Hezbollah for more than a third of the cabinet seats are unacceptable",
             "told", "Prime Minister Siniora", "Fuad Siniora", "LBN", "name"),
            ("indirect", "giving Hezbollah more than a third of the seats would allow the group to paralyze cabinet meetings and give the group the ability to topple the government",
             "said", "Mr. Siniora", "Fuad Siniora", "LBN", "name"),
        ],
    },
    {
        "id": "t24-iraq-maliki-kurdistan-assembly-2006",
        "url": "https://www.voanews.com/a/a-13-2006-07-10-voa28/400280.html",
        "title": "Al-Maliki Urges Iraqis to Turn New Page",
        "published": "2006-07-10",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'update', "
                "'XS SM MD LG'. Whole as stored. The page opens a quotation mark before 'adding' "
                "that is never closed ('he said, \"adding they have no choice, ...'): read as a "
                "slip; the clause after 'adding' is annotated as indirect speech, not as a direct "
                "quote. Not quotes: 'called for all Iraqis to unite', 'appealed to all Iraqis to turn "
                "the page' (appeals), 'did not refer to' (negated), 'made the appeal'.",
        "text": """
As ethnic and sectarian violence continues to shake Iraq's capital, Prime Minister Nouri al-Maliki called for all Iraqis to unite. The Prime minister made the appeal during a visit to the Kurdistan National Assembly in northern Iraq.
Nouri al-Maliki paid his first visit as Iraq's prime minister to Kurdistan's National Assembly.
In his remarks to legislators, he did not refer to specific attacks against civilians that have rocked Baghdad during the past weeks. Instead, he appealed to all Iraqis to turn the page to a brighter future.
"It is the destiny of Iraqis to work together to stop the terrorists," he said, "adding they have no choice, but to fight those who try to bring darkness back to Iraq.
Mr. Maliki said Iraq must move quickly to rebuild its security, so that control of all the country's towns and cities can be transferred from coalition troops to Iraqi forces.
Speaking about the recently formed national unity government, Mr. Maliki said it must not differentiate among any part of Iraq, be it the Kurdish region, central Iraq or the south. He said the government must work equally for all Iraqis to live in peace.
But despite his calls for peace and unity, there was no let-up in sectarian attacks in Baghdad and elsewhere. In the mainly Shi'ite Sadr City section of the capital, two explosions killed at least 10 people. In the ethnically divided northern city of Kirkuk, police say a vehicle packed with explosives struck a Kurdish political office, killing at least three people.
In other developments, Saddam Hussein's defense lawyers began closing arguments Monday. Saddam and seven co-defendants are on trial for the 1982 murders of 148 Shi'ite men from the town of Dujail, following a failed assassination attempt against the former dictator.
""",
        "quotes": [
            ("direct", "It is the destiny of Iraqis to work together to stop the terrorists",
             "said", "he", "Nouri al-Maliki", "IRQ", "pronoun"),
            ("indirect", "they have no choice, but to fight those who try to bring darkness back to Iraq",
             "adding", "he", "Nouri al-Maliki", "IRQ", "pronoun"),
            ("indirect", "Iraq must move quickly to rebuild its security, so that control of all the country's towns and cities can be transferred from coalition troops to Iraqi forces",
             "said", "Mr. Maliki", "Nouri al-Maliki", "IRQ", "name"),
            ("indirect", "it must not differentiate among any part of Iraq, be it the Kurdish region, central Iraq or the south",
             "said", "Mr. Maliki", "Nouri al-Maliki", "IRQ", "name"),
            ("indirect", "the government must work equally for all Iraqis to live in peace",
             "said", "He", "Nouri al-Maliki", "IRQ", "pronoun"),
            ("indirect", "a vehicle packed with explosives struck a Kurdish political office, killing at least three people",
             "say", "police", "Kirkuk police", "IRQ", "organisation"),
        ],
    },
    {
        "id": "t24-turkey-pkk-attacks-2007",
        "url": "https://www.voanews.com/a/a-13-2007-05-24-voa48/348044.html",
        "title": "Turkish Soldiers Die in Kurdish Attacks",
        "published": "2007-05-24",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('Scenes of the carnage ... drew sharp condemnations from "
                "Washington'); that incomplete sentence dropped. Relative reported speech 'a suicide "
                "bomb attack that Turkish authorities say may have been carried out ...' annotated "
                "from the reported predicate, stopping before the reporter's ', the capital'. The "
                "officials' clause stops before ', which is also know as the PKK'. Not quotes: 'has "
                "details', 'has been lobbying ... to take', 'have been urging Turkey to give' "
                "(directives), 'has denied involvement' (noun object). 'know' as on the page.",
        "text": """
At least seven Turkish soldiers were killed in separate attacks by rebels of the outlawed Kurdistan Workers Party. The deaths follow a suicide bomb attack that Turkish authorities say may have been carried out by the same group Tuesday in Ankara, the capital. From Istanbul, Amberin Zaman has details on the mounting violence in Turkey.
Six Turkish soldiers died when a bomb detonated along the road on which their convoy was traveling in the largely Kurdish southeastern province of Sirnak.
Another Turkish soldier died after stepping on a landmine in the province of Van close to the Iranian border.
Analysts say the casualties are adding pressure on Turkey's prime minister, Recep Tayyip Erdogan, to order a cross-border attack against the estimated 3,000 Kurdistan Workers Party rebels based in northern Iraq. Turkey has been lobbying the United States and the Iraqi government to take military action against the rebels in the Kurdish-controlled enclave.
But Iraqi and U.S. officials argue that military tactics alone will not solve Turkey's long-festering dispute with the Kurdistan Workers Party, which is also know as the PKK. They have been urging Turkey to give amnesty to the PKK fighters in Iraq.
But the Ankara government says it will keep up its battle against the rebels until they have been defeated.
Mr. Erdogan told the ATV news channel Wednesday that his government would back the Turkish army if it seeks authorization to strike the rebels inside Iraq. Turkey's top military commander General Yasar Buyukanit said last month that a cross-border offensive against the PKK was "necessary" and would prove "useful."
Meanwhile the PKK has denied involvement in a suicide attack in Ankara that killed six people and dozens of others Tuesday in the capital's busy Ulus commercial district.
""",
        "quotes": [
            ("indirect", "may have been carried out by the same group Tuesday in Ankara",
             "say", "Turkish authorities", "Turkish authorities", "TUR", "nominal"),
            ("indirect", "the casualties are adding pressure on Turkey's prime minister, Recep Tayyip Erdogan, to order a cross-border attack against the estimated 3,000 Kurdistan Workers Party rebels based in northern Iraq",
             "say", "Analysts", "analysts", None, "nominal"),
            ("indirect", "military tactics alone will not solve Turkey's long-festering dispute with the Kurdistan Workers Party",
             "argue", "Iraqi and U.S. officials", "Iraqi and U.S. officials", None, "nominal"),
            ("indirect", "it will keep up its battle against the rebels until they have been defeated",
             "says", "the Ankara government", "Turkish government", "TUR", "organisation"),
            ("indirect", "his government would back the Turkish army if it seeks authorization to strike the rebels inside Iraq",
             "told", "Mr. Erdogan", "Recep Tayyip Erdogan", "TUR", "name"),
            ("indirect", "a cross-border offensive against the PKK was \"necessary\" and would prove \"useful.\"",
             "said", "General Yasar Buyukanit", "Yasar Buyukanit", "TUR", "name"),
            ("partial", "necessary",
             "said", "General Yasar Buyukanit", "Yasar Buyukanit", "TUR", "name"),
            ("partial", "useful",
             "said", "General Yasar Buyukanit", "Yasar Buyukanit", "TUR", "name"),
        ],
    },
    {
        "id": "t24-ukraine-opposition-talks-yanukovych-2014",
        "url": "http://www.voanews.com/content/ukraine-opposition-no-progress-in-crisis-talks-with-president/1835691.html",
        "title": "Ukraine Opposition: No Progress in Crisis Talks with President",
        "published": "2014-01-22",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('They are protesting ... in favor of closer ties wit'); "
                "that incomplete sentence dropped. 'told a crowd of supporters \"we have 24 hours "
                "left to walk this path.\"': a whole statement in marks after the cue, direct. 'He "
                "went on to warn that \"tomorrow ...\" if ...': indirect clause (starting at the "
                "mark) plus partial. 'vowed to \"do whatever it takes\" to end ...': partial inside a "
                "commitment (round-6 rule for directives). The spokeswoman is resolved to Marie Harf "
                "named in the next paragraph. Not quotes: 'warned of an opposition offensive' (noun "
                "object), 'condemned the latest violence', 'blamed the violence on'.",
        "text": """
Ukraine opposition leaders say President Viktor Yanukovych failed Wednesday to respond positively to their demands, and they warned of an opposition offensive if he does not respond to a second round of talks on Thursday.
In Kyiv, opposition leader Arseniy Yatseniuk told a crowd of supporters "we have 24 hours left to walk this path." He went on to warn that "tomorrow we will march forward together" if the president does not end the government crackdown that left three protesters dead Wednesday in Independence Square.
Boxer-turned-opposition politician Vitaly Klitschko, speaking alongside Yatseniuk, vowed to "do whatever it takes" to end the violence and resolve the two-month political crisis gripping the capital.
Earlier Wednesday, authorities said three anti-government protesters were killed in clashes with police -- two of them from gunshot wounds and a third from a fall.
In Washington, a U.S. State Department spokeswoman condemned the latest violence, and said the Obama administration is considering sanctions against the government, if President Yanukovych "fails to protect the democratic rights of all Ukrainians, including the rights of peaceful protest."
Marie Harf blamed the violence on both the government and far-right extremists. She said the rightists are, in her words, "inflaming conditions on the streets and undermining the efforts of peaceful protestors."
European Commission President José Manuel Barroso said Wednesday he was "shocked" by the deaths of protesters. He said Ukrainian authorities have "the fundamental responsibility" to de-escalate the crisis.
The number of injured protesters reached the hundreds by Tuesday, when anti-government protesters marched through Kyiv for a third straight day.
""",
        "quotes": [
            ("indirect", "President Viktor Yanukovych failed Wednesday to respond positively to their demands",
             "say", "Ukraine opposition leaders", "Ukrainian opposition leaders", "UKR", "nominal"),
            ("direct", "we have 24 hours left to walk this path.",
             "told", "opposition leader Arseniy Yatseniuk", "Arseniy Yatseniuk", "UKR", "name"),
            ("indirect", "\"tomorrow we will march forward together\" if the president does not end the government crackdown that left three protesters dead Wednesday in Independence Square",
             "warn", "He", "Arseniy Yatseniuk", "UKR", "pronoun"),
            ("partial", "tomorrow we will march forward together",
             "warn", "He", "Arseniy Yatseniuk", "UKR", "pronoun"),
            ("partial", "do whatever it takes",
             "vowed", "Boxer-turned-opposition politician Vitaly Klitschko", "Vitaly Klitschko", "UKR", "name"),
            ("indirect", "three anti-government protesters were killed in clashes with police -- two of them from gunshot wounds and a third from a fall",
             "said", "authorities", "Ukrainian authorities", "UKR", "nominal"),
            ("indirect", "the Obama administration is considering sanctions against the government, if President Yanukovych \"fails<<>>peaceful protest.\"",
             "said", "a U.S. State Department spokeswoman", "Marie Harf", "USA", "nominal"),
            ("partial", "fails to protect the democratic rights of all Ukrainians, including the rights of peaceful protest",
             "said", "a U.S. State Department spokeswoman", "Marie Harf", "USA", "nominal"),
            ("indirect", "the rightists are, in her words, \"inflaming<<>>peaceful protestors.\"",
             "said", "She", "Marie Harf", "USA", "pronoun"),
            ("partial", "inflaming conditions on the streets and undermining the efforts of peaceful protestors",
             "said", "She", "Marie Harf", "USA", "pronoun"),
            ("indirect", "he was \"shocked\" by the deaths of protesters",
             "said", "European Commission President José Manuel Barroso", "José Manuel Barroso", "EUR", "name"),
            ("partial", "shocked",
             "said", "European Commission President José Manuel Barroso", "José Manuel Barroso", "EUR", "name"),
            ("indirect", "Ukrainian authorities have \"the fundamental responsibility\" to de-escalate the crisis",
             "said", "He", "José Manuel Barroso", "EUR", "pronoun"),
            ("partial", "the fundamental responsibility",
             "said", "He", "José Manuel Barroso", "EUR", "pronoun"),
        ],
    },
    {
        "id": "t24-ukraine-yushchenko-protests-2004",
        "url": "https://www.voanews.com/a/a-13-2004-11-28-voa24-67484432/386467.html",
        "title": "Ukraine Opposition Urged to Stay in Streets",
        "published": "2004-11-28",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('Mr. Yushchenko says Ukraine's Constitution clearly states "
                "..., as they seek to destroy Ukrai'); that paragraph dropped. 'urged his supporters "
                "to maintain their vigil ... until, he said, \"absolute victory is secured.\"': "
                "directive, only the quoted words annotated (partial). Not quotes: 'is appealing to "
                "his supporters to continue' (appeal), 'was declared the winner' (passive), 'a "
                "resolution declaring the result ... invalid' (naming), 'have called for autonomy', "
                "'denounced such talk as a threat' (naming). 'centra' as on the page.",
        "text": """
Ukraine's pro-Western opposition leader, Viktor Yushchenko, is appealing to his supporters to continue their week-old street protests over disputed presidential elections. Meanwhile, the Russian backed candidate, who was declared the winner of last Sunday's election, is meeting with leaders of eastern and southern regions who are warning they may pursue autonomy.
Flanked by his wife and three daughters, Mr. Yushchenko came to Kiev's centra Independence Square to thank the tens-of-thousands of his supporters for their sacrifice in the streets.
He reminded the demonstrators that democracy sometimes takes time, noting that massive street protests that toppled the government in the former Soviet Republic of Georgia last year lasted at least three weeks.
Mr. Yushchenko's supporters received a boost on Saturday, when Ukraine's parliament adopted a non-binding resolution declaring the result of last week's run-off presidential election invalid. The legislators also passed a vote of no-confidence in the Central Election Commission, which declared Russian-backed Prime Minister Viktor Yanukovych the winner.
Mr. Yushchenko urged his supporters to maintain their vigil in the streets of the capital and other cities, until, he said, "absolute victory is secured." The crowd responded with a cheer.
Mr. Yushchenko told the protesters that they have demonstrated great power by their sheer numbers. But he says the opposition's greatest strength is in maintaining its peaceful stance.
Mr. Yanukovych, meanwhile, was meeting with supporters in eastern Ukraine, who have called for autonomy for the eastern region, if Mr. Yushchenko gains the presidency.
Mr. Yushchenko, speaking to his supporters in Kiev, denounced such talk as a threat to Ukraine.
""",
        "quotes": [
            ("indirect", "they may pursue autonomy",
             "warning", "leaders of eastern and southern regions", "leaders of eastern and southern regions", "UKR", "nominal"),
            ("indirect", "democracy sometimes takes time",
             "reminded", "He", "Viktor Yushchenko", "UKR", "pronoun"),
            ("indirect", "massive street protests that toppled the government in the former Soviet Republic of Georgia last year lasted at least three weeks",
             "noting", "He", "Viktor Yushchenko", "UKR", "pronoun"),
            ("partial", "absolute victory is secured",
             "said", "he", "Viktor Yushchenko", "UKR", "pronoun"),
            ("indirect", "they have demonstrated great power by their sheer numbers",
             "told", "Mr. Yushchenko", "Viktor Yushchenko", "UKR", "name"),
            ("indirect", "the opposition's greatest strength is in maintaining its peaceful stance",
             "says", "he", "Viktor Yushchenko", "UKR", "pronoun"),
        ],
    },
    {
        "id": "t24-afghanistan-voa-candidate-interviews-2014",
        "url": "https://www.insidevoa.com/a/voa-interviews-afghan-presidential-candidates/1850163.html",
        "title": "VOA Interviews Afghan Presidential Candidates",
        "published": "2014-03",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', "
                "title line. Cut by the store inside the last paragraph ('Since its debut, guests have "
                "included Azizullah Ludin, the former'); that incomplete sentence dropped. The page "
                "closes the second quotation with an opening curly mark before 'Farivar said' "
                "(', “Farivar said') — kept; the quotation ends there. Appositive after the cue "
                "('said Masood Farivar, VOA Afghan Service Chief').",
        "text": """
As the Afghan Presidential election draws closer, Voice of America’s Afghan Service is airing a series of exclusive interviews with the candidates, who discuss major issues facing the country and take questions from viewers.
“This is an opportunity for our audience to learn about the candidates’ views on issues that are critical to the country’s future,” said Masood Farivar, VOA Afghan Service Chief.
“Dozens of questions for each contender have already poured in on social media, “Farivar said. “This has never been done. No one else has engaged candidates in such serious conversations or allowed members of the Afghan audience to ask questions.”
The interviews, in both Dari and Pashto, can be seen on VOA’s popular Ashna TV, which airs Saturday through Thursday at 6:00 pm Kabul time.
In all, VOA will air interviews with eleven candidates running in the April 5th presidential election. Full versions of the interviews can be found on VOA’s Dari and Pashto webpages, and YouTube channel.
So far, VOA’s Afghan Service has aired interviews with Qutbuddin Hilal, Abdul Qayum Karzai, the older brother of current President Hamid Karzai, Gen. Abdul Rahim Wardak, and Hedayat Amin-Arsala. Interviews with seven other candidates, including former finance minister Ashraf Ghani and opposition leader Dr. Abdullah Abdullah, are scheduled for broadcast over the next week.
VOA’s Ashna Radio is also airing interviews with the presidential candidates at 8:00 pm local time.
In addition to these interviews, VOA’s Ashna Radio has been providing news updates and interviews about the presidential election campaign on a weekly program called Talk and Listen, (Goft-o-Shanod Khabry Atary).
Hosted by Dari- and Pashto-speaking journalists in Kabul and Washington, the program airs live on Tuesday evenings in Afghanistan.
""",
        "quotes": [
            ("direct", "This is an opportunity for our audience to learn about the candidates’ views on issues that are critical to the country’s future",
             "said", "Masood Farivar", "Masood Farivar", "USA", "name"),
            ("direct", "Dozens of questions for each contender have already poured in on social media",
             "said", "Farivar", "Masood Farivar", "USA", "name"),
            ("direct", "This has never been done. No one else has engaged candidates in such serious conversations or allowed members of the Afghan audience to ask questions.",
             None, "Farivar", "Masood Farivar", "USA", "name"),
        ],
    },
    {
        "id": "t24-pakistan-gilani-defining-phase-2011",
        "url": "https://www.voanews.com/a/gilani-pakistan-in-defining-phase-of-terror-fight-122648309/139912.html",
        "title": "Gilani: Pakistan in 'Defining Phase' of Terror Fight",
        "published": "2011-05-25",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "('Pakistani Prime Minister Yousuf Raza Gilani'). Whole as stored (the sentence on "
                "the Taliban claim ends without a period on the page). 'claimed responsibility' "
                "(noun object) is no quote; its participle 'saying it was ...' is the Taliban's "
                "indirect quote. 'In a statement after the meeting, Gilani said ...': the person "
                "named as speaker.",
        "text": """
Pakistani Prime Minister Yousuf Raza Gilani says his country is entering a "defining phase" in the fight against terrorism.
Gilani met Wednesday with military and intelligence leaders to discuss security measures after a string of Taliban attacks against Pakistani security forces.
In a statement after the meeting, Gilani said security, defense and law-enforcement agencies will be authorized to use "all means necessary" to eliminate terrorists. He also said the government will ensure terrorist hideouts will be destroyed.
The meeting Wednesday followed a suicide bombing at a police building in the northwestern city of Peshawar that killed at least eight people. The Pakistani Taliban claimed responsibility, saying it was the latest attack in retaliation for the U.S. killing of al-Qaida leader Osama bin Laden in Pakistan
Taliban militants also laid siege to a naval base in the southern port city of Karachi on Monday, killing 10 security personnel and destroying two U.S.-supplied surveillance aircraft.
Earlier this month, Taliban militants killed two policeman in an attack on a security checkpoint near Peshawar, and claimed responsibility for a pair of suicide bombings that killed at least 80 people in Khyber-Pakhtunkwha province.
The Pakistani military has launched offensives in several areas of the country's northwest in an effort to dismantle and disrupt militant groups. The military efforts have mainly targeted domestic Taliban elements, which have killed thousands of Pakistanis in terror attacks across the country.
The United States has said that Islamabad needs to expand its fight to defeating Afghan Taliban and al-Qaida-linked militants in the area.
""",
        "quotes": [
            ("indirect", "his country is entering a \"defining phase\" in the fight against terrorism",
             "says", "Pakistani Prime Minister Yousuf Raza Gilani", "Yousuf Raza Gilani", "PAK", "name"),
            ("partial", "defining phase",
             "says", "Pakistani Prime Minister Yousuf Raza Gilani", "Yousuf Raza Gilani", "PAK", "name"),
            ("indirect", "security, defense and law-enforcement agencies will be authorized to use \"all means necessary\" to eliminate terrorists",
             "said", "Gilani", "Yousuf Raza Gilani", "PAK", "name"),
            ("partial", "all means necessary",
             "said", "Gilani", "Yousuf Raza Gilani", "PAK", "name"),
            ("indirect", "the government will ensure terrorist hideouts will be destroyed",
             "said", "He", "Yousuf Raza Gilani", "PAK", "pronoun"),
            ("indirect", "it was the latest attack in retaliation for the U.S. killing of al-Qaida leader Osama bin Laden in Pakistan",
             "saying", "The Pakistani Taliban", "Pakistani Taliban", "PAK", "organisation"),
            ("indirect", "Islamabad needs to expand its fight to defeating Afghan Taliban and al-Qaida-linked militants in the area",
             "said", "The United States", "United States", "USA", "organisation"),
        ],
    },
    {
        "id": "t24-china-dalai-lama-gold-medal-2007",
        "url": "https://www.insidevoa.com/a/a-13-34-2007-10-17-voa65-111611509/178310.html",
        "title": "The Dalai Lama's Award Ceremony Broadcast Live to Tibet",
        "published": "2007-10-17",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', "
                "title line, deck ('The same broadcast included videotaped testimonials ...'). Cut "
                "by the store inside the last paragraph ('VOA broadcasts to China in Tibet'); that "
                "incomplete sentence dropped. The page's 'available for viewing at' (address lost) "
                "is kept. 'urged Buddhist members ... to remember the Buddhist teachings of "
                "\"compassion\" and \"love\"': directive, the quoted words are his partials. 'expressed "
                "support for' (noun object) and 'issued a regulation that requires' (noun "
                "complement) are no quotes. 'the Dalai Lama' counted as a name (a title that names "
                "one person); country CHN (Tibet).",
        "text": """
Washington, D.C., October 17, 2007 - As Tibetan spiritual leader the Dalai Lama received the Congressional Gold Medal today, Voice of America (VOA) broadcast the award ceremony and the Dalai Lama's acceptance speech live to Tibet via radio, television, and the Internet. The same broadcast included videotaped testimonials of the heads of all six sects of Tibetan Buddhism.
The Congressional Medal ceremony will be rebroadcast in several formats to Tibet and elsewhere in China and will be available for viewing at
In an interview with VOA yesterday, the Dalai Lama expressed support for the Burmese democracy movement, saying that he admired the recent efforts of Buddhist monks and adding that their cause was just. He urged Buddhist members of Burma's military government to remember the Buddhist teachings of "compassion" and "love" as they confront these situations.
Speaking about the ongoing talks with the Chinese government about the status of Tibet, the Dalai Lama told VOA that progress made during earlier rounds of discussion had eroded. "It is difficult to judge things at the moment," he said. "During the last round, the sixth session, they seemed to have hardened their position and attitude." He reiterated that he is seeking autonomy for Tibet, not independence, a position unpopular with many in the Tibetan community.
The Dalai Lama also revealed that his successor might be chosen by a group of senior monks or appointed by himself personally, rather than through the traditional method of reincarnation. In July 2007, Chinese authorities issued a regulation that requires all reincarnations - including the Dalai Lama - to be approved by the government.
The interview with the Dalai Lama was broadcast yesterday on VOA in Tibetan and Mandarin.
""",
        "quotes": [
            ("indirect", "he admired the recent efforts of Buddhist monks",
             "saying", "the Dalai Lama", "Dalai Lama", "CHN", "name", "In an interview with VOA yesterday"),
            ("indirect", "their cause was just",
             "adding", "the Dalai Lama", "Dalai Lama", "CHN", "name"),
            ("partial", "compassion",
             "urged", "He", "Dalai Lama", "CHN", "pronoun"),
            ("partial", "love",
             "urged", "He", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "progress made during earlier rounds of discussion had eroded",
             "told", "the Dalai Lama", "Dalai Lama", "CHN", "name"),
            ("direct", "It is difficult to judge things at the moment",
             "said", "he", "Dalai Lama", "CHN", "pronoun"),
            ("direct", "During the last round, the sixth session, they seemed to have hardened their position and attitude.",
             None, "he", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "he is seeking autonomy for Tibet, not independence",
             "reiterated", "He", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "his successor might be chosen by a group of senior monks or appointed by himself personally, rather than through the traditional method of reincarnation",
             "revealed", "The Dalai Lama", "Dalai Lama", "CHN", "name"),
        ],
    },
    {
        "id": "t24-china-dalai-lama-freer-2011",
        "url": "https://blogs.voanews.com/breaking-news/2011/07/12/dalai-lama-feels-freer-since-giving-up-political-role",
        "title": "Dalai Lama feels freer since giving up political role (title from the address)",
        "published": "2011-07-12",
        "truncated": False,
        "note": "VOA breaking-news blog page; the stored text is the story only (no title line). "
                "Whole as stored. 'Now, he says, he can ...': attribution after a stub, the clause "
                "after it annotated. Not quotes: 'spoke to VOA' and 'reflected on his ... experience' "
                "(no content), 'there has not been any public announcement ... that' (negated, noun "
                "complement). 'Washingon', 'Buddist' as on the page.",
        "text": """
The Dalai Lama says he feels “freer” since he relinquished his role as the political leader of the exiled Tibetan government. Now, he says, he can devote his energy to helping others live happier lives and to promoting religious harmony.
The Tibetan spiritual leader spoke to VOA Tuesday in Washingon, where he has been guiding his followers in a multi-day prayer and meditation ritual.
He said it is up to the newly elected leadership of the exiled Tibetan government to pursue negotiations with China. But he said he is willing to help if asked.
The Dalai Lama's trip to Washington is his first since he stepped down from his political role in March. Last year, a meeting between the Dalai Lama and President Barack Obama at the White House angered China, even though the administration went to great lengths to keep the meeting low-key.
With only four days left in the Dalai Lama's visit, there has not been any public announcement from the White House that the president plans to meet with him.
The Dalai Lama told VOA that if he has an opportunity, he is very happy to meet with President Obama. But he said his main reason for being in the United States is for Buddist teaching.
The Tibetan spiritual leader also reflected on his more than half-century of experience in dealing with officials in Beijing. He said that while he still supports Marxist ideas, he believes democracy is the only answer for the world.
He said Tibetans desire what he considers basic rights, such as freedom of speech and the press. He also said China needs reform and that he believes there is a growing voice for it there.
""",
        "quotes": [
            ("indirect", "he feels “freer” since he relinquished his role as the political leader of the exiled Tibetan government",
             "says", "The Dalai Lama", "Dalai Lama", "CHN", "name"),
            ("partial", "freer",
             "says", "The Dalai Lama", "Dalai Lama", "CHN", "name"),
            ("indirect", "he can devote his energy to helping others live happier lives and to promoting religious harmony",
             "says", "he", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "it is up to the newly elected leadership of the exiled Tibetan government to pursue negotiations with China",
             "said", "He", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "he is willing to help if asked",
             "said", "he", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "if he has an opportunity, he is very happy to meet with President Obama",
             "told", "The Dalai Lama", "Dalai Lama", "CHN", "name"),
            ("indirect", "his main reason for being in the United States is for Buddist teaching",
             "said", "he", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "while he still supports Marxist ideas, he believes democracy is the only answer for the world",
             "said", "He", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "Tibetans desire what he considers basic rights, such as freedom of speech and the press",
             "said", "He", "Dalai Lama", "CHN", "pronoun"),
            ("indirect", "China needs reform and that he believes there is a growing voice for it there",
             "said", "He", "Dalai Lama", "CHN", "pronoun"),
        ],
    },
    {
        "id": "t24-korea-inter-korean-talks-2005",
        "url": "https://www.voatibetanenglish.com/a/a-28-2005-05-16-voa1-90268467/1269134.html",
        "title": "North, South Korea Meet for First Time in Nearly a Year",
        "published": "2005-05-16",
        "truncated": True,
        "note": "VOA news story carried on the English page of VOA's Tibetan service. Removed: "
                "'Accessibility links', 'Breaking News', title line. Cut by the store inside the last "
                "paragraph ('These six-party talks have been stalled since las'); that incomplete "
                "sentence dropped. Pyongyang's claim stops before the reporter's insertion ' - a "
                "process that could allow ... -'. Not quotes: 'used the meeting to urge Pyongyang to "
                "return' (appeal), 'warned Pyongyang against that' (no clause), 'has not ruled out "
                "bringing' (negated), 'met ... to continue pushing'.",
        "text": """
North and South Korea have resumed high-level talks Monday for the first time in 10 months. Seoul used the meeting to urge Pyongyang to return to negotiations over its nuclear program. The talks come as tensions are rising over a possible nuclear test by North Korea.
South Korea says it is ready to make an "important" offer to the North if it returns to negotiations aimed at ending its nuclear weapons programs. After Monday's session, South Korean officials say their Northern counterparts listened to Seoul's position but did not make any comments on the nuclear issue.
South Korean Unification Minister Chung Dong-young said he hopes the two-day meeting would help settle the problem peacefully.
The meeting comes at a time when tensions are high regarding North Korea's nuclear weapons programs. Last week, Pyongyang claimed it had completed removing spent fuel rods from a reactor at its main nuclear complex - a process that could allow it to harvest more weapons-grade plutonium - and said it would strengthen its nuclear arsenal.
U.S. officials said last week there are indications Pyongyang may be preparing for a nuclear test. On Sunday, U.S. National Security Adviser Stephen Hadley warned Pyongyang against that, and said Washington would take unspecified action should a test occur. Washington has not ruled out bringing the issue to the United Nations Security Council for possible sanctions.
On Monday, Washington's top envoy to North Korea nuclear talks, Assistant Secretary of State Christopher Hill, met with South Korean Foreign Minister Ban Ki-moon to continue pushing for a resumption.
"We do not have an option of not succeeding," said Mr. Hill. "We must succeed."
Diplomatic initiatives by the United States, China, South Korea, Japan and Russia to disarm North Korea have resulted in little progress after nearly two years.
""",
        "quotes": [
            ("indirect", "it is ready to make an \"important\" offer to the North if it returns to negotiations aimed at ending its nuclear weapons programs",
             "says", "South Korea", "South Korea", "KOR", "organisation"),
            ("partial", "important",
             "says", "South Korea", "South Korea", "KOR", "organisation"),
            ("indirect", "their Northern counterparts listened to Seoul's position but did not make any comments on the nuclear issue",
             "say", "South Korean officials", "South Korean officials", "KOR", "nominal"),
            ("indirect", "he hopes the two-day meeting would help settle the problem peacefully",
             "said", "South Korean Unification Minister Chung Dong-young", "Chung Dong-young", "KOR", "name"),
            ("indirect", "it had completed removing spent fuel rods from a reactor at its main nuclear complex",
             "claimed", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("indirect", "it would strengthen its nuclear arsenal",
             "said", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("indirect", "there are indications Pyongyang may be preparing for a nuclear test",
             "said", "U.S. officials", "U.S. officials", "USA", "nominal"),
            ("indirect", "Washington would take unspecified action should a test occur",
             "said", "U.S. National Security Adviser Stephen Hadley", "Stephen Hadley", "USA", "name"),
            ("direct", "We do not have an option of not succeeding",
             "said", "Mr. Hill", "Christopher Hill", "USA", "name"),
            ("direct", "We must succeed.",
             None, "Mr. Hill", "Christopher Hill", "USA", "name"),
        ],
    },
    {
        "id": "t24-usa-kerry-first-speech-2013",
        "url": "http://learningenglish.voanews.com/content/americas-new-secretary-of-state-talks-about-foreign-policy/1611298.html",
        "title": "America’s New Secretary of State Talks Foreign Policy",
        "published": "2013-02",
        "truncated": True,
        "note": "VOA Learning English ('IN THE NEWS in Special English', staff-written; no wire "
                "credit on the stored part). The store holds the page twice (two crawl dates); the "
                "first copy used. Removed: crawl date line, 'In the News', title line, deck ('John "
                "Kerry makes his first official speech ...'), 'US Kerry' (twice). Cut by the store "
                "inside the last paragraph ('He noted that it is less costly to deploy diplomats "
                "today than tr'); that incomplete sentence dropped. Double spaces inside the "
                "quotation kept as on the page. The stand-alone quotation paragraph is Kerry's "
                "(speaker of the preceding sentence, cue null). 'made it clear ... that' and "
                "'explained why ...' (wh-clause, round-8 note) are indirect; 'praised' is no quote.",
        "text": """
From VOA Learning English, this is IN THE NEWS in Special English.
Secretary of State John Kerry made it clear this week that American foreign policy decisions affect the lives of Americans. Mr. Kerry spoke during a visit to the University of Virginia. The school was established by the country’s first Secretary of State, Thomas Jefferson.
The visit came at a time when Congress and President Obama are debating federal spending. Secretary Kerry used his speech to call attention to the importance of diplomacy. And he explained why the international affairs budget should not be cut.
Mr. Kerry said foreign policy matters do not just include threats to the United States. He said they include “the products Americans buy, the goods they sell, the jobs they create, and the opportunity we provide for economic growth and vitality.”
“I'm here because our lives as Americans are more intertwined than ever before with the lives of people in parts of the world we've never visited.  In the global challenges of diplomacy, development, economic security, and environmental security, you will feel our success or failure just as strongly as those people in those other countries that you'll never meet.”
Secretary Kerry said one study found that most Americans thought the international affairs budget was 25 percent of the national budget. Many of those questioned wanted to reduce foreign affairs spending to 10 percent. He noted that such spending represents, in fact, just over 1 percent of the national budget.
Mr. Kerry praised the State Department and USAID, the United States Agency for International Development. He said their good work is measured not only in the value of the dollar, but in American values.
""",
        "quotes": [
            ("indirect", "American foreign policy decisions affect the lives of Americans",
             "made it clear", "Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("indirect", "why the international affairs budget should not be cut",
             "explained", "he", "John Kerry", "USA", "pronoun"),
            ("indirect", "foreign policy matters do not just include threats to the United States",
             "said", "Mr. Kerry", "John Kerry", "USA", "name"),
            ("indirect", "they include “the products<<>>economic growth and vitality.”",
             "said", "He", "John Kerry", "USA", "pronoun"),
            ("partial", "the products Americans buy, the goods they sell, the jobs they create, and the opportunity we provide for economic growth and vitality",
             "said", "He", "John Kerry", "USA", "pronoun"),
            ("direct", "I'm here because our lives<<>>that you'll never meet.",
             None, "He", "John Kerry", "USA", "pronoun"),
            ("indirect", "one study found that most Americans thought the international affairs budget was 25 percent of the national budget",
             "said", "Secretary Kerry", "John Kerry", "USA", "name"),
            ("indirect", "such spending represents, in fact, just over 1 percent of the national budget",
             "noted", "He", "John Kerry", "USA", "pronoun"),
            ("indirect", "their good work is measured not only in the value of the dollar, but in American values",
             "said", "He", "John Kerry", "USA", "pronoun"),
        ],
    },
    {
        "id": "t24-pakistan-deewa-visitors-2009",
        "url": "https://www.insidevoa.com/a/a-13-34-2009-10-07-deewa-visitors-111610499/178267.html",
        "title": "Pakistani leaders visit VOA Deewa Radio (VOA press release of 2009-10-07)",
        "published": "2009-10-07",
        "truncated": True,
        "note": "VOA press page (insidevoa.com); the stored text starts with the dateline (no title "
                "stored). Cut by the store inside the last paragraph ('Deewa Radio is distributed on "
                "s'); dropped. '\"Experience America,\"' is a programme name, no quote. Not quotes: "
                "'requested a visit' (noun object), 'spoke about ...' (no clause). Appositive between "
                "speaker and cue ('Shuakt Saleem, a lawyer from Swat, told ...'); appositives after the "
                "cue and name ('said Muhammad Sher, head of ...').",
        "text": """
Washington, D.C., October 7, 2009 - Visiting leaders from Pakistan toured the Washington facilities of Deewa Radio (Radio Light), with several participating in a call-in show produced by the Voice of America's (VOA) popular Pashto radio service for the war-torn Pakistan-Afghanistan border region.
"I pay tribute to Deewa for its role, and it is very effective," said parliamentarian Jafar Shah from the North West Frontier Province in the Swat area.
The group of 25 parliamentarians, government officials, and civil society leaders represented Internally Displaced People (IDPs) from Pakistan's troubled North West Frontier Province and tribal areas. The group was sponsored by the Center for Enterprise and Capacity Development at the Academy for Educational Development (AED). As part of their U.S. visit, the group requested a visit to VOA Deewa Radio.
"I can tell you everybody listens to radio in that part of the world," said Muhammad Sher, head of the USAID-funded project of AED and "Experience America," a student exchange program for tribal youth. "Deewa is on top in the list."
Along with news, Deewa provides information about health, shelter, food, social issues, education, science and culture. The program reaches people in the Internally Displaced Persons (IDP) camps and elsewhere.
Three of the visitors participated in the live call-in show Sahar Pa Khair (Good Morning) and took questions from callers.
Yousaf Rahim, a high-ranking official of the Bajaur Agency, spoke about the government's donor-assisted infrastructure development efforts, particularly for water, schools, and roads. Muhammad Sher spoke about international aid to tribal areas and student exchange programs. Jafar Shah said the provincial government has begun rebuilding broken institutions in the Swat area, and all arrested Taliban leaders will be brought to trial.
Shuakt Saleem, a lawyer from Swat, told the Deewa staff, "You are doing a great job, you must be proud of it."
""",
        "quotes": [
            ("direct", "I pay tribute to Deewa for its role, and it is very effective",
             "said", "parliamentarian Jafar Shah", "Jafar Shah", "PAK", "name"),
            ("direct", "I can tell you everybody listens to radio in that part of the world",
             "said", "Muhammad Sher", "Muhammad Sher", "PAK", "name"),
            ("direct", "Deewa is on top in the list.",
             None, "Muhammad Sher", "Muhammad Sher", "PAK", "name"),
            ("indirect", "the provincial government has begun rebuilding broken institutions in the Swat area, and all arrested Taliban leaders will be brought to trial",
             "said", "Jafar Shah", "Jafar Shah", "PAK", "name"),
            ("direct", "You are doing a great job, you must be proud of it.",
             "told", "Shuakt Saleem", "Shuakt Saleem", "PAK", "name"),
        ],
    },
    {
        "id": "t24-pakistan-khan-interview-tibet-uprising-2023",
        "url": "https://www.insidevoa.com/a/7008279.html",
        "title": "VOA Weekly Programming Highlights: March 15, 2023",
        "published": "2023-03-15",
        "truncated": True,
        "note": "VOA press page (insidevoa.com), two items (Pakistan, Tibetans in Washington); the "
                "section heads are kept as paragraphs. Removed: 'Accessibility links', 'Breaking "
                "News', title line. Cut by the store inside the last paragraph ('This report is part "
                "of VOA Tibetan program broadcasts to affiliates and di'); that incomplete sentence "
                "dropped. '“Special Correspondent.”' is a byline, no quote; 'backed away from claims "
                "that ...' is a noun complement. 'welcomed the Congressman's participation: \"So "
                "thankful ...\"': a quotation introduced by a colon (cue null), speakers the audience "
                "members. 'described Tibetans as victims of a “cultural genocide\"': naming in "
                "quotation marks, partial.",
        "text": """
Islamabad Bureau Chief Interviewed Former Pakistan Prime Minister Amid Protest
Islamabad bureau chief Sarah Zaman had an on-camera interview on March 14 with former Pakistan Prime Minister Imran Khan while protesters were clashing outside his door with police who had come to arrest him. The video ran up more than 500k views in its first day on YouTube. It also was used prominently in VOA South and Central Asia shows and was embedded in an AFP article about the incident as carried by the Bangkok Post. Text coverage of the incident by Islamabad-based Ayaz Gul was republished by the New Delhi Times under the byline “Special Correspondent.” This is VOA’s second high-profile interview with Khan in recent weeks. A February interview in which Khan backed away from claims that the U.S. was behind his ouster was featured on the front page of six of Pakistan’s largest newspapers and featured in most major prime time TV shows.
Tibetans Encouraged by China Select Committee Chair's Participation in Tibetan Uprising Day
Congressman Mike Gallagher (R-WI) joined the Tibetan community on March 10 in front of the Chinese Embassy in Washington, D.C., in support of the freedom and rights of the Tibetan people, commemorating the 64th anniversary of the Tibetan national uprising against Chinese rule. Gallagher said he wanted to recognize their courage and described Tibetans as victims of a “cultural genocide" by the Chinese Communist Party. VOA Tibetan audience members jumped on social media to express support for the event and welcomed the Congressman's participation: "So thankful for participating this most important events. We [are] encouraged by your heart touching speeches." Gallagher’s participation marked the first public engagement related to the Tibetan cause by a sitting U.S. Member of Congress in years.
""",
        "quotes": [
            ("indirect", "he wanted to recognize their courage",
             "said", "Gallagher", "Mike Gallagher", "USA", "name"),
            ("partial", "cultural genocide",
             "described", "Gallagher", "Mike Gallagher", "USA", "name"),
            ("direct", "So thankful for participating this most important events. We [are] encouraged by your heart touching speeches.",
             None, "VOA Tibetan audience members", "VOA Tibetan audience members", None, "nominal"),
        ],
    },
    {
        "id": "t24-korea-yoon-uzbek-planes-2022",
        "url": "https://www.insidevoa.com/a/6615405.html",
        "title": "VOA Weekly Programming Highlights: May 11, 2022",
        "published": "2022-05-11",
        "truncated": True,
        "note": "VOA press page (insidevoa.com); section heads kept as paragraphs. Removed: "
                "'Accessibility links', 'Breaking News', title line. Cut by the store inside the last "
                "paragraph ('... U.S. First Lady Jill Biden'); that incomplete sentence dropped. Not "
                "quotes: 'did not rule out a summit' (negated), 'stressed the need for' (noun object), "
                "'was quoted or republished', 'was also discussed'. 'The new president said ...' is "
                "resolved to Yoon Suk-yeol.",
        "text": """
VOA Korean Lands First TV Interview with South Korean Leader after His Election
Korean’s exclusive interview with Yoon Suk-yeol was picked up widely by South Korean media, including major outlets Yonhap, Chosun and KBS. A conservative former prosecutor who ran a pro-U.S. campaign, Yoon told VOA Seoul must pursue a “comprehensive alliance” with Washington. The new president said South Korea should not merely stand with the U.S., but actually work together on global issues and, when necessary, take a leading role. Yoon did not rule out a summit with North Korea, but stressed the need for substantive outcomes on denuclearization.
Story on Planes Flown to Uzbekistan from Afghanistan Widely Viewed, Quoted and Republished
A senior Uzbek official told Uzbek Service reporter Navbahor Imamova that almost 50 planes flown to his country as the Afghan government collapsed last August would not be turned over to the Taliban. National security correspondent Jeff Seldin added background and Pentagon reaction. The story, the third most viewed of the month, was quoted or republished in English by The Diplomat (U.S.), Eurasianet (U.S.), Ariana News (Afghanistan) and (Uzbekistan). It was picked up by seven Uzbek or Russian-language outlets and eight in Dari and Pashto. The statement was also discussed on Afghan social media and in TV talk shows.
VOA’s Value-Added Coverage of Ukraine War Engages Audience
VOA’s wide-scale coverage of the U.S. response to Russia’s brutal war in Ukraine and actions by high-level officials continues to drive audiences to its platforms, registering millions of views and tens of thousands of interactions.
""",
        "quotes": [
            ("indirect", "Seoul must pursue a “comprehensive alliance” with Washington",
             "told", "Yoon", "Yoon Suk-yeol", "KOR", "name"),
            ("partial", "comprehensive alliance",
             "told", "Yoon", "Yoon Suk-yeol", "KOR", "name"),
            ("indirect", "South Korea should not merely stand with the U.S., but actually work together on global issues and, when necessary, take a leading role",
             "said", "The new president", "Yoon Suk-yeol", "KOR", "nominal"),
            ("indirect", "almost 50 planes flown to his country as the Afghan government collapsed last August would not be turned over to the Taliban",
             "told", "A senior Uzbek official", "senior Uzbek official", "UZB", "nominal"),
        ],
    },
    {
        "id": "t24-rwanda-sisters-reunited-2022",
        "url": "https://www.insidevoa.com/a/6749454.html",
        "title": "VOA Weekly Programming Highlights: September 14, 2022",
        "published": "2022-09-14",
        "truncated": True,
        "note": "VOA press page (insidevoa.com); section heads kept as paragraphs. Removed: "
                "'Accessibility links', 'Breaking News', title line. Cut by the store inside the last "
                "paragraph ('Among numerous guests who spoke to VOA on the 21st an'); that incomplete "
                "sentence dropped. '\"Agasaro Kaburaga.\"' is a show title, no quote. 'spoke about', "
                "'commented on the progress' (no clause) are no quotes. 'streamrf' as on the page.",
        "text": """
VOA Program Helps Rwandan-Belgian Woman Reunite with Sister
After 52 years of searching, a woman was reunited with her sister in Tanzania through VOA’s Kinyarwanda show, "Agasaro Kaburaga." At the end of the Belgian colonial period (before independence), children born from Belgian fathers and Rwandan mothers were immediately separated from their mothers and placed in orphanages. Helene Schmidt, now 72, was one of them. At 10, she was sent to Belgium. “I have shed all the tears, now I am happy,” Schmidt told VOA. “I have spent 50 years looking for my family, no one was able to help me, but you did.”
Value-Added Coverage of Human Rights Violations in Ukraine War Engages Audience
VOA Ukrainian’s coverage of human rights violations in Ukraine, featuring exclusive interviews with State Department principal deputy spokesperson Vedant Patel, team lead for investigations of atrocities stemming from Russia’s invasion Eli Rosenbaum, and top DOJ prosecutor in the special investigation Christian Levesque, generated wide interest garnering more than 290,000 views and thousands of interactions on social media, as well as at least seven reprints in Ukrainian media. Patel spoke about the forced relocation of Ukrainians, and Rosenbaum and Levesque commented on the progress in investigating Russia’s crimes, as well as U.S., EU and Ukrainian authorities' coordination in identifying such crimes and holding perpetrators accountable. Coverage also included VOA Russian’s live simultaneous translation of UNGA discussions on Russia’s forced displacement of civilians in Ukraine.
VOA Deewa Coverage of 9/11 Anniversary Engages the Audience
VOA Deewa produced a special live one-hour TV program with live hits from Pentagon, New York Ground Zero and the VOA headquarters, and streamrf live on FB, YouTube and the service's website.
""",
        "quotes": [
            ("direct", "I have shed all the tears, now I am happy",
             "told", "Schmidt", "Helene Schmidt", "RWA", "name"),
            ("direct", "I have spent 50 years looking for my family, no one was able to help me, but you did.",
             None, "Schmidt", "Helene Schmidt", "RWA", "name"),
        ],
    },
    {
        "id": "t24-afghanistan-earthquake-survivor-2022",
        "url": "https://www.insidevoa.com/a/6647989.html",
        "title": "VOA Weekly Programming Highlights: June 30, 2022",
        "published": "2022-06-30",
        "truncated": True,
        "note": "VOA press page (insidevoa.com); section heads kept as paragraphs. Removed: "
                "'Accessibility links', 'Breaking News', title line. Cut by the store inside a "
                "quotation of the Somali prime minister ('“I will form a government ..., including "
                "security, drought response, reconc'); that incomplete sentence dropped, so the "
                "prime minister's item has no quote. Appositive between speaker and cue without a "
                "closing comma on the page ('Muhammad Rafi Fida, a resident of Paktika province "
                "told VOA Deewa'). 'spoke to VOA by phone ... on various issues' (no clause) and "
                "'shared the link' are no quotes.",
        "text": """
VOA’s High-Profile Interviews Engage Eurasian Audiences
VOA Ukrainian's and VOA Russian's exclusive interviews with the National Security Council's Coordinator for Strategic Communications John Kirby and U.S. Ambassador to Russia John Sullivan on Russia’s aggression in Ukraine and the impact of U.S. military assistance and future support for Ukraine had significant impact in the target area and were widely used by VOA’s other language services, including Russian, Albanian, Armenian, Bosnian, Georgian, Macedonian, Serbian, Persian and Spanish, as well as the English-language website. The interviews garnered tens of thousands of views across digital platforms, and the Kirby interview had more than 70 quotes/reprints in Ukrainian media. The U.S. Embassy in Russia shared the link to Ambassador Sullivan’s interview in its Twitter and Telegram accounts.
VOA Deewa's Coverage of Afghanistan Earthquake Engages Audiences, Highlights Survivors’ Stories
VOA Deewa provided robust coverage of the June 22 earthquake in Afghanistan drawing substantial audience on social media platforms. The extended coverage highlighted widespread damages, the death toll, and survivor stories. “I lost 33 members of my extended family in the earthquake, and others are still in hospitals, we are lying under the open sky, and have no roof left to live under,” Muhammad Rafi Fida, a resident of Paktika province told VOA Deewa. The earthquake coverage drove Deewa's FB engagement, as weekly video views reached more than 12 million.
Newly Elected Somali Prime Minister Talks to VOA Following Vote
Shortly after being confirmed by the Somali Parliament, new Prime Minister Hamza Abdi Barre spoke to VOA by phone from Mogadishu on various issues, including his cabinet selection.
""",
        "quotes": [
            ("direct", "I lost 33 members of my extended family in the earthquake, and others are still in hospitals, we are lying under the open sky, and have no roof left to live under",
             "told", "Muhammad Rafi Fida", "Muhammad Rafi Fida", "AFG", "name"),
        ],
    },
    {
        "id": "t24-usa-lawmakers-ukraine-aid-2022",
        "url": "https://www.insidevoa.com/a/voa-weekly-highlights-may-19-2022/6615390.html",
        "title": "VOA Weekly Programming Highlights: May 19, 2022",
        "published": "2022-05-19",
        "truncated": True,
        "note": "VOA press page (insidevoa.com); section heads kept as paragraphs. Removed: "
                "'Accessibility links', 'Breaking News', title line. Cut by the store inside the last "
                "paragraph ('VOA Khmer’s weekly viewership on YouTube topped 3 million - a liv'); "
                "that incomplete sentence dropped. 'spoke about their support for ...' (no clause) "
                "and 'scored an interview' are no quotes.",
        "text": """
U.S. Lawmakers Voice Support for Ukraine, in Exclusive Interviews with VOA
VOA’s Ukrainian and Russian services delivered the U.S. perspective on the latest developments regarding the war in Ukraine, landing exclusive interviews with five U.S. lawmakers during the Senate Foreign Relations Committee’s hearings on $40-billion in additional aid for Ukraine. Senators Ben Cardin (D-MD), Ron Johnson (R-WI), Chris Murphy (D-CT) and Chris Coons (D-DE) and Representative Joe Wilson (R-SC) spoke about their support for the aid package, as well as the potential designation of Russia as a state-sponsor of terrorism, the Lend-Lease Act for Ukraine and the impact of Russia’s war on world hunger. Congressman Wilson said once the U.S. designates Russia as a state sponsor of terrorism, additional sanctions will be imposed. The interviews were seen on Ukrainian national television.
VOA the Go-to Site for Coverage of U.S.-ASEAN Summit
President Biden and Southeast Asian leaders met in Washington last week for a summit that addressed Indo-Pacific security, Russia’s invasion of Ukraine, trade relations, human rights and efforts to end violence in Myanmar. The News Center coordinated White House access for more than a dozen language service reporters and produced several reports previewing and wrapping up the summit. VOA’s State Department Bureau Chief Nike Ching scored an interview with Deputy Assistant Secretary of State Jung Pak, which garnered more than 130,000 views and interactions in Burmese and Mandarin social media pages. In addition, audiences flocked to EAP’s comprehensive reporting on the much-anticipated meeting in Washington, significantly increasing social media traffic. A VOA Burmese exclusive interview with the foreign minister of Myanmar’s government-in-exile garnered nearly a million views on Facebook.
""",
        "quotes": [
            ("indirect", "once the U.S. designates Russia as a state sponsor of terrorism, additional sanctions will be imposed",
             "said", "Congressman Wilson", "Joe Wilson", "USA", "name"),
        ],
    },
]

"""Source of the sealed quotes test set ``test26.jsonl`` (VOA news stories, 2004-2019).

Annotated by helper sqq27 on 2026-12-08, before any system ran on these texts, for development
round 27. Texts are Voice of America pages (public domain, US government broadcaster) as the
``search`` tool's ``pages`` corpus stores them (voanews.com news stories and archive pages, the
English pages of VOA's Burmese, Khmer and Tibetan services, the VOA breaking-news blog, VOA's
Middle East Voices site, VOA press pages on insidevoa.com), plus one page of the US Agency for
Global Media (usagm.gov, US government work); page furniture removed (named in each ``note``).
Build and check with ``python data/gold/check_quotes_test26.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t26-zimbabwe-election-rigging-2018",
        "url": "https://www.voanews.com/a/zimbabwe-opposition-says-presidential-poll-was-rigged/4512486.html",
        "title": "Zimbabwe Opposition Says Presidential Poll Was Rigged",
        "published": "2018-08-03",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (twice: 'Opposition "
                "Movement for Democratic Change (MDC) leader Nelson Chamisa addresses ...'). Cut by the store "
                "inside Bosha's second quotation ('\"They said ZANU-PF is going to rig, ... to stop the ri'); that "
                "incomplete quotation dropped. 'has rejected official results', 'accused ... of rigging' and "
                "'dismissed claims by Chamisa that ...' (noun complement) are no quotes.",
        "text": """
Zimbabwean opposition leader Nelson Chamisa has rejected official results showing he lost Monday's presidential election to incumbent Emmerson Mnangagwa. Chamisa said Friday he would pursue all available routes, including protests, to reclaim what he called the "stolen vote."
Chamisa told reporters results from the Zimbabwe Electoral Commission giving President Emmerson Mnangagwa 50.8 percent of the vote were "fiction." He said he won 56 percent of the vote in Monday's poll.
"We want proper result to be announced," he added. "We will pursue all means necessary — legal and constitutional — to make sure that we protect the people's vote. The people have voted, they have cheated. We will not allow it. Mr. Mnangagwa sir, respect the people. Do not usurp power."
Chamisa, who heads the MDC Alliance party, accused the electoral commission of rigging the vote for the ZANU-PF party. He said the final vote tallies given to Mnangagwa in some areas were higher than the commission announced after polls closed Monday.
In a telephone interview with VOA, Electoral Commission spokesman Qhubani Moyo said the election is now a "closed chapter" for the ZEC. He said "we are not going to comment on what they are saying unless we are in court."
Tonderai Bosha, a ZANU-PF youth spokesman, dismissed claims by Chamisa that the election had been stolen.
"That has been the narrative during the campaigns, before the elections," he said.
""",
        "quotes": [
            ("indirect", 'he would pursue all available routes, including protests, to reclaim what he called the "stolen vote."',
             "said", "Chamisa", "Nelson Chamisa", "ZWE", "name"),
            ("partial", "stolen vote", "called", "he", "Nelson Chamisa", "ZWE", "pronoun"),
            ("indirect", 'results from the Zimbabwe Electoral Commission giving President Emmerson Mnangagwa 50.8 percent of the vote were "fiction."',
             "told", "Chamisa", "Nelson Chamisa", "ZWE", "name"),
            ("partial", "fiction", "told", "Chamisa", "Nelson Chamisa", "ZWE", "name"),
            ("indirect", "he won 56 percent of the vote in Monday's poll",
             "said", "He", "Nelson Chamisa", "ZWE", "pronoun"),
            ("direct", "We want proper result to be announced",
             "added", "he", "Nelson Chamisa", "ZWE", "pronoun"),
            ("direct", "We will pursue all means necessary<<>>Do not usurp power.",
             None, "he", "Nelson Chamisa", "ZWE", "pronoun"),
            ("indirect", "the final vote tallies given to Mnangagwa in some areas were higher than the commission announced after polls closed Monday",
             "said", "He", "Nelson Chamisa", "ZWE", "pronoun"),
            ("indirect", 'the election is now a "closed chapter" for the ZEC',
             "said", "Electoral Commission spokesman Qhubani Moyo", "Qhubani Moyo", "ZWE", "name"),
            ("partial", "closed chapter", "said", "Electoral Commission spokesman Qhubani Moyo", "Qhubani Moyo", "ZWE", "name"),
            ("direct", "we are not going to comment on what they are saying unless we are in court.",
             "said", "He", "Qhubani Moyo", "ZWE", "pronoun"),
            ("direct", "That has been the narrative during the campaigns, before the elections",
             "said", "he", "Tonderai Bosha", "ZWE", "pronoun"),
        ],
    },
    {
        "id": "t26-myanmar-nld-candidates-2015",
        "url": "http://www.voanews.com/a/myanmar-burma-opposition-recruiting-allies-ahead-of-polls/2870828.html",
        "title": "Myanmar Opposition Recruiting Allies Ahead of Poll",
        "published": "2015-07",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, two photo captions (each twice). "
                "Cut by the store inside Thein Lwin's quotation ('“The NLD asked me to apply ... in the B'); that "
                "incomplete paragraph dropped. Published: month from the captions (June 2015) and story; given as "
                "2015-07 from the story id range (approximate).",
        "text": """
The main opposition National League for Democracy in Myanmar, also known as Burma, is reaching out to other activists to bolster its position ahead of elections later this year.
The party, led by Nobel laureate Aung San Suu Kyi, has invited former student leaders and veteran politicians to join the NLD as candidates in November.
A leading member of 1988 student protests, Ko Ko Gyi, told VOA Burmese he has decided to join the NLD, and fellow activists also are considering a similar move.
“I’ve already stated my intention to enter parliamentary politics," he said. "Now that leaders of [the] 88 Generation group begin to migrate to parliamentary politics, we’re discussing [with the NLD] details of the election and candidates. But we don’t have any differences on basic principles.”
Veteran politician Thein Lwin, who was suspended from the NLD central committee earlier this year, also has announced he will contest the election. An education expert, he is a founding member of the National Network for Education Reform, a network formed in 2012 by education advocacy groups and some political parties, including the NLD.
""",
        "quotes": [
            ("indirect", "he has decided to join the NLD, and fellow activists also are considering a similar move",
             "told", "Ko Ko Gyi", "Ko Ko Gyi", "MMR", "name"),
            ("direct", "I’ve already stated my intention to enter parliamentary politics",
             "said", "he", "Ko Ko Gyi", "MMR", "pronoun"),
            ("direct", "Now that leaders of [the] 88 Generation group<<>>differences on basic principles.",
             None, "he", "Ko Ko Gyi", "MMR", "pronoun"),
            ("indirect", "he will contest the election",
             "announced", "Veteran politician Thein Lwin", "Thein Lwin", "MMR", "name"),
        ],
    },
    {
        "id": "t26-haiti-conille-reconstruction-2012",
        "url": "https://blogs.voanews.com/breaking-news/2012/02/09/haiti-pm-says-reconstruction-too-slow/",
        "title": "Haiti PM Says Reconstruction Too Slow (title from the address)",
        "published": "2012-02-09",
        "truncated": False,
        "note": "VOA breaking-news blog. No furniture in the stored text. Slips kept ('the Mr. Conille', 'said "
                "said'). The relative clause after 'cholera epidemic' (casualty figures) is read as the "
                "reporter's addition and left out of the indirect span.",
        "text": """
Haiti's prime minister says the Caribbean nation's post-earthquake reconstruction needs to move “faster” and “be more effective.”
Prime Minister Garry Conille told VOA his trip to Washington was aimed at improving things, to coordinate with donors and partners to “see how we can make a difference much more quickly for the millions of Haitians that are waiting for this support.”
He said those partners will contribute nearly $2 billion to the rebuilding effort.
In the interview, the Mr. Conille also said he was “optimistic” Haiti would make “clear progress” against the cholera epidemic that has infected nearly a half million people and killed nearly 7,000. The prime minister said said some 10,000 community health workers would soon begin a door-to-door campaign to fight the disease and the government was improving water and sanitation infrastructure to stop it from spreading further.
Mr. Conille spoke with VOA, a day after he met with U.S. Secretary of State Hillary Clinton.
The Haitian leader also met this week with officials from USAID, the Organization of American States, as well as the World Bank, Inter-American Development Bank and International Monetary Fund.
Haiti is the Western Hemisphere's poorest country.
The massive 7.0-magnitude earthquake in January 2010 killed at least 200,000 people in Haiti. Parts of the capital, Port-au-Prince, remain in ruins. Haitian officials say an estimated 550,000 people are still without homes, down from 1.5 million after the quake struck.
""",
        "quotes": [
            ("indirect", "the Caribbean nation's post-earthquake reconstruction needs to move “faster” and “be more effective.”",
             "says", "Haiti's prime minister", "Garry Conille", "HTI", "nominal"),
            ("partial", "faster", "says", "Haiti's prime minister", "Garry Conille", "HTI", "nominal"),
            ("partial", "be more effective", "says", "Haiti's prime minister", "Garry Conille", "HTI", "nominal"),
            ("indirect", "his trip to Washington was aimed at improving things<<>>waiting for this support.”",
             "told", "Prime Minister Garry Conille", "Garry Conille", "HTI", "name"),
            ("partial", "see how we can make a difference much more quickly for the millions of Haitians that are waiting for this support",
             "told", "Prime Minister Garry Conille", "Garry Conille", "HTI", "name"),
            ("indirect", "those partners will contribute nearly $2 billion to the rebuilding effort",
             "said", "He", "Garry Conille", "HTI", "pronoun"),
            ("indirect", "he was “optimistic” Haiti would make “clear progress” against the cholera epidemic",
             "said", "Mr. Conille", "Garry Conille", "HTI", "name"),
            ("partial", "optimistic", "said", "Mr. Conille", "Garry Conille", "HTI", "name"),
            ("partial", "clear progress", "said", "Mr. Conille", "Garry Conille", "HTI", "name"),
            ("indirect", "some 10,000 community health workers would soon begin<<>>from spreading further",
             "said", "The prime minister", "Garry Conille", "HTI", "nominal"),
            ("indirect", "an estimated 550,000 people are still without homes, down from 1.5 million after the quake struck",
             "say", "Haitian officials", "Haitian officials", "HTI", "nominal"),
        ],
    },
    {
        "id": "t26-haiti-moise-prime-minister-2019",
        "url": "https://www.voanews.com/a/americas_haitis-president-defends-choice-prime-minister/6172538.html",
        "title": "Haiti's President Defends Choice for Prime Minister",
        "published": "2019-07",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, two FILE photo captions (each twice), "
                "the credit line 'Renan Toussaint contributed to this report from in Port-au-Prince, Haiti.'. Cut by "
                "the store inside the last sentence ('Deputy Abel Descolines told VOA Creole that ... political p'); "
                "that incomplete sentence dropped. 'following complaints that ...' is a noun complement, no quote. "
                "Published: July 2019 (Lapin resigned on a Monday in late July 2019; month from the story).",
        "text": """
WASHINGTON/PORT-AU-PRINCE — Haitian President Jovenel Moise defended his choice for prime minister Wednesday, following complaints that Fritz-William Michel is a virtual unknown who should not have been named.
Opposition lawmakers say Michel has close ties to Deputy Gary Bodeau, president of the Chamber of Deputies, and that he was not chosen by consensus.
"Mr. Michel is a distinguished civil servant who has devoted his entire career to serving the people of Haiti," Moise said, in his first public statement on the matter since announcing his choice. "This is a consensus choice — made with the presidents of both assemblies to end the political paralysis that is harming the citizens of this country."
Haiti has been without a prime minister since Jean Henry Ceant was ousted by a no-confidence vote in March. Moise's first choice to fill the position, Jean Michel Lapin, was never approved by the parliament and resigned Monday. Several attempts to consider Lapin's nomination were blocked by opposition lawmakers who used tactics such as moving furniture out of the chamber, fighting on the parliament floor and not showing up for work.
""",
        "quotes": [
            ("indirect", "Michel has close ties to Deputy Gary Bodeau, president of the Chamber of Deputies, and that he was not chosen by consensus",
             "say", "Opposition lawmakers", "Opposition lawmakers", "HTI", "nominal"),
            ("direct", "Mr. Michel is a distinguished civil servant who has devoted his entire career to serving the people of Haiti",
             "said", "Moise", "Jovenel Moise", "HTI", "name"),
            ("direct", "This is a consensus choice<<>>the citizens of this country.",
             None, "Moise", "Jovenel Moise", "HTI", "name"),
        ],
    },
    {
        "id": "t26-burma-nld-annan-2004",
        "url": "https://burmese.voanews.com/amp/a-27-a-2004-05-26-2-1-93480244/1227753.html",
        "title": "National League for Democracy Finds UN and BBC Irksome - 2004-05-26",
        "published": "2004-05-26",
        "truncated": False,
        "note": "English page of VOA's Burmese service. Removed: title line. 'exhorted ... to be more united' "
                "(directive) and 'expressed reservations about' (noun object) are no quotes.",
        "text": """
The National League for Democracy says the United Nations Secretary General Kofi Annan should pursue a more active role in improving the political situation in Burma.
In an interview with VOA Burmese Service, NLD secretary and spokesperson U Lwin said as a non-political appointee and a seasoned career U.N. diplomat Mr. Annan surely knows what he could do to help break the political impasse in Burma within the U.N. framework instead of leaving the issue, as he is doing now, to the regional grouping -- ASEAN -- for a possible solution.
The NLD official hinted the Secretary General could take up the Burma issue with the United Nations Security Council.
With regard to sanctions against Rangoon, U Lwin said he feels the Voice of America broadcasts on this matter are more in sync with the U.S. policy in general whereas the British Broadcasting Corporation seems to have a different perspective. He expressed reservations about the position taken by the British broadcaster.
U Lwin also exhorted Burmese pro-democracy groups all over the world to be more united and more action-driven with workable realistic objectives.
""",
        "quotes": [
            ("indirect", "the United Nations Secretary General Kofi Annan should pursue a more active role in improving the political situation in Burma",
             "says", "The National League for Democracy", "National League for Democracy", "MMR", "organisation"),
            ("indirect", "as a non-political appointee and a seasoned career U.N. diplomat<<>>for a possible solution",
             "said", "NLD secretary and spokesperson U Lwin", "U Lwin", "MMR", "name"),
            ("indirect", "the Secretary General could take up the Burma issue with the United Nations Security Council",
             "hinted", "The NLD official", "U Lwin", "MMR", "nominal"),
            ("indirect", "he feels the Voice of America broadcasts<<>>have a different perspective",
             "said", "U Lwin", "U Lwin", "MMR", "name"),
        ],
    },
    {
        "id": "t26-ethiopia-opposition-media-2005",
        "url": "https://www.voanews.com/a/a-13-2005-06-19-voa22-66925547/377281.html",
        "title": "Ethiopian Opposition Links Protests to Government Media Monopoly",
        "published": "2005-06-19",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. The span of the opposition's "
                "claim stops before the reporter's apposition '– which is controlled by the government'.",
        "text": """
Ethiopia's opposition says it’s fighting to gain access to the national media – which is controlled by the government. The deputy chairman of the Coalition for Unity and Democracy – Admasu Gebeyehu– says since last month’s elections, the government has reasserted its monopoly over news and information.
He told English to Africa reporter William Eagle that the exclusion of opposition voices from the airwaves has made it difficult to control public protests. He says the CUD is working with the European Union to negotiate opposition access to government broadcasters. He says lately, the opposition has had to rely on international broadcasters, such as the VOA and Deutsche Welle, to reach the public.
""",
        "quotes": [
            ("indirect", "it’s fighting to gain access to the national media",
             "says", "Ethiopia's opposition", "Ethiopia's opposition", "ETH", "organisation"),
            ("indirect", "since last month’s elections, the government has reasserted its monopoly over news and information",
             "says", "Admasu Gebeyehu", "Admasu Gebeyehu", "ETH", "name"),
            ("indirect", "the exclusion of opposition voices from the airwaves has made it difficult to control public protests",
             "told", "He", "Admasu Gebeyehu", "ETH", "pronoun"),
            ("indirect", "the CUD is working with the European Union to negotiate opposition access to government broadcasters",
             "says", "He", "Admasu Gebeyehu", "ETH", "pronoun"),
            ("indirect", "lately, the opposition has had to rely on international broadcasters, such as the VOA and Deutsche Welle, to reach the public",
             "says", "He", "Admasu Gebeyehu", "ETH", "pronoun"),
        ],
    },
    {
        "id": "t26-ethiopia-bereket-protests-2005",
        "url": "https://www.voanews.com/a/a-13-2005-06-10-voa43/397300.html",
        "title": "Ethiopian Government Blames Opposition for Violence",
        "published": "2005-06-10",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. 'accused ... of distributing "
                "leaflets' and 'The opposition denies the charge' (noun object) are no quotes; 'has asked the "
                "opposition to refrain' is a directive inside the spokesman's finite clause (the clause is "
                "annotated as his indirect quote). 'those who say things are getting out of control': an "
                "unnamed group, speaker 'those', country null.",
        "text": """
Ethiopia’s minister of information, Bereket Simon, denies riot police shot innocent people this past week, and disagrees with those who say things are getting out of control. In a recent interview with English to Africa reporter James Butty, Mr. Bereket accused the opposition Coalition for Unity and Democracy of distributing leaflets calling on students and taxi drivers to protest. The opposition denies the charge.
The Ethiopian government spokesman says the administration of President Meles Zenawi has asked the opposition to refrain from inciting their supporters to riot. He says everyone must follow the legally established procedures for protesting the vote count or any other problems.
He says no government would ever relinquish power to opponents in an illegal and unconstitutional manner. Similarly, he says the administration will not accept the forceful takeover of power.
Mr. Bereket says the government has evidence of opposition participation in last week’s protests and that it will present that evidence in due course. In the meantime, the numbers of opposition leaders and supporters being detained seems to be growing.
He also denies that his government has itself issued any leaflets calling on its own supporters to attack the opposition.
""",
        "quotes": [
            ("indirect", "riot police shot innocent people this past week",
             "denies", "Bereket Simon", "Bereket Simon", "ETH", "name"),
            ("indirect", "things are getting out of control",
             "say", "those", "those", None, "nominal"),
            ("indirect", "the administration of President Meles Zenawi has asked the opposition to refrain from inciting their supporters to riot",
             "says", "The Ethiopian government spokesman", "Bereket Simon", "ETH", "nominal"),
            ("indirect", "everyone must follow the legally established procedures for protesting the vote count or any other problems",
             "says", "He", "Bereket Simon", "ETH", "pronoun"),
            ("indirect", "no government would ever relinquish power to opponents in an illegal and unconstitutional manner",
             "says", "He", "Bereket Simon", "ETH", "pronoun"),
            ("indirect", "the administration will not accept the forceful takeover of power",
             "says", "he", "Bereket Simon", "ETH", "pronoun"),
            ("indirect", "the government has evidence of opposition participation in last week’s protests and that it will present that evidence in due course",
             "says", "Mr. Bereket", "Bereket Simon", "ETH", "name"),
            ("indirect", "his government has itself issued any leaflets calling on its own supporters to attack the opposition",
             "denies", "He", "Bereket Simon", "ETH", "pronoun"),
        ],
    },
    {
        "id": "t26-cambodia-cnrp-evidence-2013",
        "url": "http://www.voanews.com/content/cambodia-opposition-gathering-evidence-to-contest-election-results/1713163.html?page=2",
        "title": "Cambodia Opposition Claims Win in Sunday Election",
        "published": "2013-07-31",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (twice), byline 'VOA News'. Cut by the store "
                "inside the last sentence ('Rainsy told VOA Khmer as many as 1.2 million voter names had been "
                "removed from t'); that incomplete sentence dropped. 'is claiming victory' (noun object), 'figures "
                "... showed' (evidence) are no quotes. The relative 'what he said was widespread electoral fraud' "
                "inside Rainsy's indirect clause is not annotated separately (only a partial quote may sit inside "
                "an indirect one).",
        "text": """
Cambodian Prime Minister Hun Sen has set a conciliatory tone in his first public remarks since Sunday's disputed parliamentary elections.
The long-time leader told a crowd in Phnom Penh that he is open to discussions with the opposition and would support an investigation of alleged election irregularities if the National Election Commission thinks such a move is necessary.
Meanwhile, the opposition Cambodia National Rescue Party (CNRP) is claiming victory in Sunday's parliamentary election, stepping up its rejection of the government's initial results.
The party said Wednesday its own polling data showed it won at least 63 parliamentary seats, compared to just 60 seats for the ruling Cambodian People's Party (CPP).
The government's preliminary figures released Sunday showed the CCP winning 68 seats - a significantly reduced majority from the last election - but enough to return longtime Hun Sen to power.
The CNRP, led by opposition leader Sam Rainsy, gathered Wednesday to collect evidence of alleged irregularities, as accusations of fraud continue to come in from international observers.
Rainsy said he hoped the evidence could bolster the party's call for a United Nations-backed investigation into what he said was widespread electoral fraud.
"Every polling station caused problems. In some, the election officials said there was no indelible ink or no papers, and that caused trouble. There could be a million problems like this. So the Cambodia National Rescue Party has to solve these problems," he said.
""",
        "quotes": [
            ("indirect", "he is open to discussions with the opposition and would support<<>>such a move is necessary",
             "told", "The long-time leader", "Hun Sen", "KHM", "nominal"),
            ("indirect", "its own polling data showed it won at least 63 parliamentary seats, compared to just 60 seats for the ruling Cambodian People's Party (CPP)",
             "said", "The party", "Cambodia National Rescue Party", "KHM", "organisation"),
            ("indirect", "he hoped the evidence could bolster the party's call for a United Nations-backed investigation into what he said was widespread electoral fraud",
             "said", "Rainsy", "Sam Rainsy", "KHM", "name"),
            ("direct", "Every polling station caused problems.<<>>has to solve these problems",
             "said", "he", "Sam Rainsy", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t26-cambodia-nec-opposition-2013",
        "url": "https://khmer.voanews.com/a/biased-policies-jeopardizing-july-election-opposition-says/1590999.html",
        "title": "Biased Policies Jeopardizing July Election, Opposition Says (title from the address)",
        "published": "2013",
        "truncated": True,
        "note": "English page of VOA Khmer. No furniture in the stored text. Cut by the store inside the last "
                "sentence ('The Rescue Party will train monitors ... during the p'); that incomplete sentence "
                "dropped. 'are calling on the National Election Committee ... to make changes' (directive) is no "
                "quote; 'And the NEC does not have equal representation ...' (no verb of saying) is not "
                "annotated. Yim Sovann's indirect clause interrupted by 'he said' is annotated as two indirect "
                "quotes, the second with cue null (as a split direct quotation).",
        "text": """
WASHINGTON DC - Opposition leaders say Cambodia faces critical problems in its election procedures that must be addressed ahead of July polls.
Yim Sovann, a lawmaker for the Sam Rainsy Party, told “Hello VOA” Thursday that the ruling Cambodian People’s Party is making decisions on its own, leading toward an election that will not be free and fair.
“Only in Cambodia does the ruling party make its own decisions and compete in its own boxing match,” he said.
Opposition leaders are calling on the National Election Committee, which they see as biased toward the ruling party, to make changes in its policies before the vote is held.
This year’s parliamentary election, which is slated for July 28, may not be recognized by the international community, Yim Sovann said. The electoral system is plagued with “fraud” and “cheating,” he said, and the election will not be seen as “free and fair and credible.”
The Sam Rainsy Party has counted some 700,000 suspicious names, he said. And the NEC does not have equal representation of parties at the local levels.
Yem Ponhearith, a lawmaker for the opposition Human Rights Party, said after an election that is not credible, “voters really cannot quietly stand to watch the country dying.”
“Leaders, as well as the NEC, have an obligation to organize a free and fair election if we do not want a problem occurring after the election,” he said.
The opposition parties will merge as the Cambodia National Rescue Party for the election, hoping to improve their number of seats in the National Assembly or defeat the ruling Cambodian Peoples Party.
“The parties are not merging together for power, not merging to share power,” he said. “The sun rises: get up and rescue our country. We should not be allowed to be numbed, to be confused, through sarongs, seasoning, money, or empty positions, by people who betray their conscience.”
""",
        "quotes": [
            ("indirect", "Cambodia faces critical problems in its election procedures that must be addressed ahead of July polls",
             "say", "Opposition leaders", "Opposition leaders", "KHM", "nominal"),
            ("indirect", "the ruling Cambodian People’s Party is making decisions on its own, leading toward an election that will not be free and fair",
             "told", "Yim Sovann", "Yim Sovann", "KHM", "name"),
            ("direct", "Only in Cambodia does the ruling party make its own decisions and compete in its own boxing match",
             "said", "he", "Yim Sovann", "KHM", "pronoun"),
            ("indirect", "This year’s parliamentary election, which is slated for July 28, may not be recognized by the international community",
             "said", "Yim Sovann", "Yim Sovann", "KHM", "name"),
            ("indirect", "The electoral system is plagued with “fraud” and “cheating,”",
             "said", "he", "Yim Sovann", "KHM", "pronoun"),
            ("partial", "fraud", "said", "he", "Yim Sovann", "KHM", "pronoun"),
            ("partial", "cheating", "said", "he", "Yim Sovann", "KHM", "pronoun"),
            ("indirect", "the election will not be seen as “free and fair and credible.”",
             None, "he", "Yim Sovann", "KHM", "pronoun"),
            ("partial", "free and fair and credible", None, "he", "Yim Sovann", "KHM", "pronoun"),
            ("indirect", "The Sam Rainsy Party has counted some 700,000 suspicious names",
             "said", "he", "Yim Sovann", "KHM", "pronoun"),
            ("indirect", "after an election that is not credible, “voters really cannot quietly stand to watch the country dying.”",
             "said", "Yem Ponhearith", "Yem Ponhearith", "KHM", "name"),
            ("partial", "voters really cannot quietly stand to watch the country dying",
             "said", "Yem Ponhearith", "Yem Ponhearith", "KHM", "name"),
            ("direct", "Leaders, as well as the NEC, have an obligation<<>>occurring after the election",
             "said", "he", "Yem Ponhearith", "KHM", "pronoun"),
            ("direct", "The parties are not merging together for power, not merging to share power",
             "said", "he", "Yem Ponhearith", "KHM", "pronoun"),
            ("direct", "The sun rises: get up and rescue our country.<<>>betray their conscience.",
             None, "he", "Yem Ponhearith", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t26-cambodia-salvation-party-washington-2012",
        "url": "https://www.voacambodia.com/a/in-us-opposition-leaders-say-they-are-confident-of-election-victory/1483475.html",
        "title": "In US, Opposition Leaders Say They Are Confident of Election Victory",
        "published": "2012-08",
        "truncated": True,
        "note": "English page of VOA Khmer. Removed: 'Accessibility links', 'Breaking News', title line, photo "
                "caption (twice), the deck 'The two men are in Washington ...' (repeated in the body, kept "
                "there). Cut by the store inside the last sentence ('He said the new party has spurred ... "
                "Canada, wh'); that incomplete sentence dropped. The relative 'which they say is biased toward "
                "the CPP' inside the leaders' indirect clause is not annotated separately; '“ghost” voters' is "
                "read as a term in scare quotes, not a partial quote. Published: August 2012 (the leaders' "
                "Washington visit; month from the story).",
        "text": """
WASHINGTON - Opposition leaders Sam Rainsy and Kem Sokha say they are confident their new opposition coalition has a chance of winning national elections next year and that they are finally prepared to register the new party under the government later this month.
The National Salvation Party will join together officials from the Sam Rainsy and Human Rights parties, with Sam Rainsy named president. The original parties will not disband, however, allowing those supporters with legislative or local leadership roles to stay where they are.
The two men are in Washington meeting US officials to lobby for support and explain the strategy of the new party. Both appeared for studio interviews with VOA Khmer on Wednesday.
“When democratic forces unify as one to confront a ruling party and a dictatorship government, the democratic forces will definitely have victory,” Sam Rainsy said.
Kem Sokha, who will be the party’s vice president, said the new party represented “hope for a democratic process in Cambodia.”
Both leaders say they want to see reforms in the National Election Committee, which they say is biased toward the CPP. The NEC must address voter and registration irregularities, especially “ghost” voters, they said.
The new party, with a structure and leadership, will help give people confidence, Kem Sokha said. “Experience clearly shows that we are all victims of dictators, so if we split apart, the ruling party leaders will increasingly persecute us.”
""",
        "quotes": [
            ("indirect", "they are confident their new opposition coalition has a chance<<>>later this month",
             "say", "Opposition leaders Sam Rainsy and Kem Sokha", "Sam Rainsy and Kem Sokha", "KHM", "name"),
            ("direct", "When democratic forces unify as one<<>>will definitely have victory",
             "said", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "the new party represented “hope for a democratic process in Cambodia.”",
             "said", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("partial", "hope for a democratic process in Cambodia",
             "said", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("indirect", "they want to see reforms in the National Election Committee, which they say is biased toward the CPP",
             "say", "Both leaders", "Sam Rainsy and Kem Sokha", "KHM", "nominal"),
            ("indirect", "The NEC must address voter and registration irregularities, especially “ghost” voters",
             "said", "they", "Sam Rainsy and Kem Sokha", "KHM", "pronoun"),
            ("indirect", "The new party, with a structure and leadership, will help give people confidence",
             "said", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("direct", "Experience clearly shows that we are all victims of dictators, so if we split apart, the ruling party leaders will increasingly persecute us.",
             None, "Kem Sokha", "Kem Sokha", "KHM", "name"),
        ],
    },
    {
        "id": "t26-usa-cheney-iran-nuclear-2006",
        "url": "https://www.insidevoa.com/a/a-13-34-2006-03-09-cheney-looking-ahead-111608284/178128.html",
        "title": "U.S. Official: International Opposition is to Iranian Nuclear Weapons Development, Not Peaceful Nuclear Energy",
        "published": "2006-03-09",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title line, the deck "
                "''No one is trying to deny people nuclear energy'' (repeated in the body). Cut by the store inside "
                "the last paragraph ('Negahi Faratar is a monthly ... democratic movemen'); that incomplete sentence "
                "dropped. 'she stressed that “...”' (whole that-clause in marks) is annotated once, as partial; "
                "'went on to say that Iranian officials have “...”' as indirect plus partial.",
        "text": """
Washington, D.C., March 9, 2006 – Elizabeth Cheney, Principal Deputy Assistant U.S. Secretary of State for Near Eastern Affairs, told the Voice of America Wednesday that the international community is opposed to Iranian attempts to obtain nuclear weapons, but she stressed that “no one is trying to deny people nuclear energy.”
During an exclusive appearance on the VOA Persian TV program Negahi Faratar (Looking Ahead), Cheney said, “I think the international community is absolutely unified and united on the issue of insuring that the current regime in Iran does not obtain nuclear weapons,” but went on to say that Iranian officials have “very clearly tried to encourage the Iranian population to somehow think that the international community is against the people of Iran or against their rights to obtain nuclear energy, and it’s simply not true.”
Asked about the newly proposed U.S. State Department office focused on Iran, Cheney noted that the U.S. has not had diplomatic relations with Iran since the U.S. embassy was taken over in 1979 by the regime of the late Ayatollah Ruhollah Khomeini. She said the main purpose of the proposed office would be “to build a cadre of new experts who are studying the language, studying the history, and following events inside of Iran.” She added: “I think that we share a tremendous affection for the Iranian people and I think that it is very important that our two cultures and civilizations learn more about each other. So I hope that, both through the money that we have asked Congress for as well as our new offices and resources at the State Department, that we will be able to build up these relations again.”
""",
        "quotes": [
            ("indirect", "the international community is opposed to Iranian attempts to obtain nuclear weapons",
             "told", "Elizabeth Cheney", "Elizabeth Cheney", "USA", "name"),
            ("partial", "no one is trying to deny people nuclear energy",
             "stressed", "she", "Elizabeth Cheney", "USA", "pronoun"),
            ("direct", "I think the international community is absolutely unified<<>>does not obtain nuclear weapons",
             "said", "Cheney", "Elizabeth Cheney", "USA", "name"),
            ("indirect", "Iranian officials have “very clearly tried<<>>it’s simply not true.”",
             "went on to say", "Cheney", "Elizabeth Cheney", "USA", "name"),
            ("partial", "very clearly tried to encourage the Iranian population<<>>it’s simply not true",
             "went on to say", "Cheney", "Elizabeth Cheney", "USA", "name"),
            ("indirect", "the U.S. has not had diplomatic relations with Iran since the U.S. embassy was taken over in 1979 by the regime of the late Ayatollah Ruhollah Khomeini",
             "noted", "Cheney", "Elizabeth Cheney", "USA", "name"),
            ("indirect", "the main purpose of the proposed office would be “to build a cadre<<>>inside of Iran.”",
             "said", "She", "Elizabeth Cheney", "USA", "pronoun"),
            ("partial", "to build a cadre of new experts who are studying the language, studying the history, and following events inside of Iran",
             "said", "She", "Elizabeth Cheney", "USA", "pronoun"),
            ("direct", "I think that we share a tremendous affection<<>>build up these relations again.",
             "added", "She", "Elizabeth Cheney", "USA", "pronoun"),
        ],
    },
    {
        "id": "t26-iran-nuclear-trust-2013",
        "url": "https://middleeastvoices.voanews.com/2013/10/quicktake-distrust-iran-but-verify-its-intent-52470/",
        "title": "QuickTake: Distrust Iran, But Verify Its Intent (title from the address)",
        "published": "2013-10",
        "truncated": True,
        "note": "VOA's Middle East Voices site. Removed: 'This site is no longer active. Please click here for "
                "details.', photo caption ('Iran's President Rouhani waits ...'), name caption 'Alireza Nader' "
                "(twice). Cut by the store inside the last paragraph ('What is important is testing Iran’s "
                "intentions, “coming to an agreement ... implemente'); that incomplete paragraph dropped. 'has "
                "expressed cautious hope' (noun object), 'urged the international community not to let up' "
                "(directive) and 'accused ... of masterminding' are no quotes. The stand-alone quotation paragraph "
                "belongs to Alireza Nader (cue null).",
        "text": """
U.S. Secretary of State John Kerry has expressed cautious hope about engaging with Iran over its nuclear program, but says the country must take concrete steps to prove its sincerity.
Israeli Prime Minister Benjamin Netanyahu says Iran is continuing a “vast and feverish” effort to acquire nuclear arms and that his country is ready to stand alone in defending itself against Tehran’s nuclear ambitions. The Israeli leader urged the international community not to let up the pressure on Iran and accused President Hassan Rouhani of masterminding a strategy to advance Tehran’s nuclear weapons program, calling him “a wolf in sheep’s clothing.”
Iran’s U.N. envoy, in a rebuttal, called Netanyahu’s speech “inflammatory.”
To what extent can Iran be trusted? We posed the question to Alireza Nader, a senior international policy analyst with the RAND Corporation and author of the publication Coping with a Nuclearizing Iran. He spoke to VOA’s Susan Yackee.
Below please find select highlights of his remarks. For the full interview, click on the audio player on the bottom of this post.
“I don’t think it’s a matter of trust.  My advice would be to distrust Islamic Republic, but to verify their intent.  With President Rouhani’s election in June we are seeing a change in Iran’s approach to the nuclear issue… very different than the policies pursued by the former president.”
""",
        "quotes": [
            ("indirect", "the country must take concrete steps to prove its sincerity",
             "says", "U.S. Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("indirect", "Iran is continuing a “vast and feverish” effort<<>>Tehran’s nuclear ambitions",
             "says", "Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "ISR", "name"),
            ("partial", "vast and feverish", "says", "Israeli Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "ISR", "name"),
            ("partial", "a wolf in sheep’s clothing", "calling", "The Israeli leader", "Benjamin Netanyahu", "ISR", "nominal"),
            ("partial", "inflammatory", "called", "Iran’s U.N. envoy", "Iran’s U.N. envoy", "IRN", "nominal"),
            ("direct", "I don’t think it’s a matter of trust.<<>>pursued by the former president.",
             None, "Alireza Nader", "Alireza Nader", "USA", "name"),
        ],
    },
    {
        "id": "t26-afghanistan-karzai-casualties-2007",
        "url": "https://www.insidevoa.com/a/a-13-34-2007-05-18-karzai-casualties-111611324/178293.html",
        "title": "Afghanistan Working to End Civilian Casualties, Karzai Says",
        "published": "2007-05-18",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', title line, deck "
                "'Presidential profile airs Saturday, 19 May', '<!-- IMAGE -->'. Cut by the store inside the last "
                "sentence ('TV Ashna is heard from ... by satellite on Asiasat Chan'); that incomplete sentence "
                "dropped. 'Women are an important and growing presence in Afghan society.' (no verb of saying) is "
                "not annotated. The quotation after 'he had harsh words for ...' belongs to Karzai, cue null.",
        "text": """
Washington, D.C., May 18, 2007 – Continuing civilian casualties in the Afghanistan conflict threaten to set the country back and must be prevented, Afghanistan’s President Hamid Karzai said in an exclusive television interview with the Voice of America (VOA).
"This is a very serious question. It's something that hurts us a lot," Mr. Karzai said, explaining that Afghanistan's government is working with NATO and coalition forces to end civilian casualities. "We have to find a way."
Airing Saturday, May 19, the profile that emerges from VOA's wide-ranging interview gives a look at Karzai the man as well as Karzai the president. He has a vision for his country, and plans for how to achieve that vision.
"I want to have a country with roads, with health services, with education, like any other country," he told VOA. Women are an important and growing presence in Afghan society. "They are present in parliament, they are present in schools and universities," Mr. Karzai said, adding that, out of the 57,000 students taking the university entrance exam, the top scorer was a young woman from Herat.
Mr. Karzai acknowledged that there is still a lot of work to be done in achieving his vision for Afghanistan, particularly in fighting the drug trade. "We need to take more initiatives and many more steps in this direction in order for us to have something to show to the world as our success."
A Muslim himself, he had harsh words for those who use religion to justify violence. "Those who kill in the name of Islam, those who hurt in the name of Islam, are the enemy of Islam. No doubts about that."
The in-depth profile of President Karzai will air May 19 on TV Ashna, VOA's broadcast to Afghanistan in Dari and Pashto.
""",
        "quotes": [
            ("indirect", "Continuing civilian casualties in the Afghanistan conflict threaten to set the country back and must be prevented",
             "said", "Afghanistan’s President Hamid Karzai", "Hamid Karzai", "AFG", "name"),
            ("direct", "This is a very serious question. It's something that hurts us a lot",
             "said", "Mr. Karzai", "Hamid Karzai", "AFG", "name"),
            ("indirect", "Afghanistan's government is working with NATO and coalition forces to end civilian casualities",
             "explaining", "Mr. Karzai", "Hamid Karzai", "AFG", "name"),
            ("direct", "We have to find a way.", None, "Mr. Karzai", "Hamid Karzai", "AFG", "name"),
            ("direct", "I want to have a country with roads, with health services, with education, like any other country",
             "told", "he", "Hamid Karzai", "AFG", "pronoun"),
            ("direct", "They are present in parliament, they are present in schools and universities",
             "said", "Mr. Karzai", "Hamid Karzai", "AFG", "name"),
            ("indirect", "out of the 57,000 students taking the university entrance exam, the top scorer was a young woman from Herat",
             "adding", "Mr. Karzai", "Hamid Karzai", "AFG", "name"),
            ("indirect", "there is still a lot of work to be done in achieving his vision for Afghanistan, particularly in fighting the drug trade",
             "acknowledged", "Mr. Karzai", "Hamid Karzai", "AFG", "name"),
            ("direct", "We need to take more initiatives<<>>to the world as our success.",
             None, "Mr. Karzai", "Hamid Karzai", "AFG", "name"),
            ("direct", "Those who kill in the name of Islam<<>>No doubts about that.",
             None, "he", "Hamid Karzai", "AFG", "pronoun"),
        ],
    },
    {
        "id": "t26-syria-egypt-ambassador-2012",
        "url": "http://middleeastvoices.voanews.com/2012/02/egypt-recalls-its-ambassador-to-syria-60184/",
        "title": "Egypt Recalls Its Ambassador to Syria (title from the address)",
        "published": "2012-02",
        "truncated": False,
        "note": "VOA's Middle East Voices site. Removed: 'This site is no longer active. Please click here for "
                "details.', photo caption ('The Syrian flag is seen ...'), the closing line 'Watch video of the "
                "protest by Rebecca Collard below and get the full story at', the site blurb ('Middle East Voices "
                "is a unique social journalism project ...'), 'Add comment'. 'calling on the ambassador to leave' "
                "(directive) is no quote.",
        "text": """
Egypt has recalled its ambassador to Syria. The move is the latest in a series of Arab diplomatic measures aimed at applying pressure on Syrian President Bashar al-Assad to end his crackdown on dissent that has left thousands of people dead.
Syrian activists say security forces on Saturday opened fire on protesters in the capital, Damascus, taking part in a funeral procession for people killed during a protest a day earlier.
Thousands of people participated in the procession, and witnesses said one mourner was killed in the shooting.
Meanwhile, anti-government protesters stepped up their protests against the government, with large crowds turning out in Damascus and the city of Aleppo.
In Cairo, hundreds of Egyptians and Syrians protested in front of the Syrian Embassy in Cairo calling on the ambassador to leave and criticizing the international community and Syria’s regional allies for not exerting enough pressure on Assad to stop the crackdown on dissent in his country.
""",
        "quotes": [
            ("indirect", "security forces on Saturday opened fire on protesters<<>>during a protest a day earlier",
             "say", "Syrian activists", "Syrian activists", "SYR", "nominal"),
            ("indirect", "one mourner was killed in the shooting",
             "said", "witnesses", "witnesses", "SYR", "nominal"),
        ],
    },
    {
        "id": "t26-china-tibet-exile-protests-2012",
        "url": "https://www.voatibetanenglish.com/a/tibetan-exile-officials-warn-chinese-violence-against-protesters-unsustainable-138318749/1267126.html",
        "title": "Tibetan Exile Officials Warn Chinese Violence Against Protesters “Unsustainable”",
        "published": "2012-01",
        "truncated": True,
        "note": "English page of VOA's Tibetan service. Removed: 'Accessibility links', 'Breaking News', title line. "
                "Cut by the store inside the last sentence ('Cabinet Minister Chhoyang says there is a definite risk "
                "of escalation, if the Chines'); that incomplete sentence dropped. Slip kept ('a repeat of widespread "
                "that riots broke out'). No quotes: 'are accusing ... of distorting', 'claims to speak for all "
                "Tibetans' (infinitive), 'blames ... for pursuing' (the quoted words inside it are a partial quote), "
                "'admits to killing', 'describes as a rioter' (no marks), 'dismisses suggestions ... that' (noun "
                "complement). The stand-alone quotation paragraph belongs to Dekyi Chhoyang (cue null). The exile "
                "administration is coded CHN, as test24 coded the Dalai Lama. Published: January 2012 (month from "
                "the story: 16 self-immolations).",
        "text": """
Chinese official media are accusing elected Tibetan-exile and Western officials of distorting recent violent episodes in Tibetan areas under Beijing's control. But the India-hosted administration that claims to speak for all Tibetans says the protests may increase if Beijing favors using bullets rather than dialogue for its regional security.
The official newspaper China Daily blames Tibetan exiles and unnamed Western governments for pursuing an “agenda against China” in their descriptions of recent unrest in Tibetan areas under Chinese control.
Tibetan exile officials, hosted in the northern Indian city, Dharamsala, say China shot to death at least six peaceful protesters last week in areas it controls. China admits to killing one protester, whom Beijing describes as a rioter. Officials describe the recent protests as “mobs” who have used violence against Chinese police.
Spokeswoman and Cabinet minister for the Tibetan administration in exile Dekyi Chhoyang dismisses suggestions in Chinese media that Tibetan exile officials are colluding with Western governments and media to distort events.
“Absolutely not, absolutely not. The unrest that we are seeing now in the Tibetan region, it is really a reaction by the Tibetan people to the repressive policies of the Chinese government. And, what we are saying to them [China] is listen to the people.”
At least 16 Tibetans, mainly Buddhist monks and nuns, have set themselves on fire to protest what they view as repressive policies in the region.
The Tibetan-exile administration says it has never encouraged its fellow Tibetans under Chinese control to protest, but is sensitive to their concerns. Many are concerned of a repeat of widespread that riots broke out in China's Tibetan autonomous region in 2008.
""",
        "quotes": [
            ("indirect", "the protests may increase if Beijing favors using bullets rather than dialogue for its regional security",
             "says", "the India-hosted administration", "Tibetan administration in exile", "CHN", "organisation"),
            ("partial", "agenda against China", "blames", "The official newspaper China Daily", "China Daily", "CHN", "organisation"),
            ("indirect", "China shot to death at least six peaceful protesters last week in areas it controls",
             "say", "Tibetan exile officials", "Tibetan exile officials", "CHN", "nominal"),
            ("partial", "mobs", "describe", "Officials", "Chinese officials", "CHN", "nominal"),
            ("direct", "Absolutely not, absolutely not.<<>>listen to the people.",
             None, "Dekyi Chhoyang", "Dekyi Chhoyang", "CHN", "name"),
            ("indirect", "it has never encouraged its fellow Tibetans under Chinese control to protest, but is sensitive to their concerns",
             "says", "The Tibetan-exile administration", "Tibetan administration in exile", "CHN", "organisation"),
        ],
    },
    {
        "id": "t26-korea-thae-defector-media-2017",
        "url": "https://www.usagm.gov/2017/03/17/highest-ranking-north-korean-defector-says-usim-plays-important-role/",
        "title": "Highest ranking North Korean defector says USIM plays important role",
        "published": "2017-03-17",
        "truncated": False,
        "note": "US Agency for Global Media page (US government work). Removed: site name 'United States Agency for "
                "Global Media', title line, closing dateline 'Seoul, South Korea'. 'has repeatedly commented on the "
                "importance of ...' (noun object) is no quote; 'he told VOA’s Seoul Correspondent that “…”' (whole "
                "that-clause in marks) is annotated once, as partial. Thae Young-ho, a North Korean diplomat who "
                "defected to and lives in South Korea, is coded KOR.",
        "text": """
Thae Young-ho, former Deputy Ambassador to the North Korean embassy in the UK and the highest ranking diplomat to defect from the DPRK, has repeatedly commented on the importance of U.S. international media’s Korean programming.
At his first press conference after defecting on December 27, 2016, he said, “When I was immersed in the regime of North Korea, I was encouraged by Radio Free Asia’s articles written by a defector and read every single one….These, I can say confidently, inspired me in making the decision to come to South Korea with my family.”
A few months later, he told VOA’s Seoul Correspondent that “…Voice of America has been playing very important role to bring back the human rights to every citizen of the world, and so far, VOA played a very important role to push the world to better world…The North Korean regime also pays great attention on the contents of VOA, so I think it is very important that VOA should further strengthen its activity, and also its contents so that, one day, I hope VOA is remembered by North Korean people as … the main player who contributed a lot for the reunification of the Korean peninsula.”
""",
        "quotes": [
            ("direct", "When I was immersed in the regime of North Korea<<>>to South Korea with my family.",
             "said", "he", "Thae Young-ho", "KOR", "pronoun"),
            ("partial", "…Voice of America has been playing<<>>reunification of the Korean peninsula",
             "told", "he", "Thae Young-ho", "KOR", "pronoun"),
        ],
    },
    {
        "id": "t26-bosnia-terzic-washington-2005",
        "url": "https://insidevoa.com/amp/a-13-34-2005-05-20-voa65/177893.html",
        "title": "Bosnian Prime Minister: 'Future of Balkans Largely Depends on U.S.'",
        "published": "2005-05-20",
        "truncated": True,
        "note": "VOA press page (insidevoa.com). Removed: title line, the deck 'The Prime Minister of Bosnia and "
                "Herzegovina, Adnan Terzic, told the VOA that ...' (repeated in the body). Cut by the store inside the "
                "closing boilerplate ('The Voice of America, which first went on the air in 1942, ... informa'); that "
                "incomplete paragraph dropped.",
        "text": """
Washington, D.C., May 20, 2005 - The Prime Minister of Bosnia and Herzegovina, Adnan Terzic, today told the Voice of America (VOA) that his nation needs the stronger political presence of the U.S. in his country.
Describing his meeting earlier in the day with Assistant Secretary of State Nicholas Burns, Terzic told VOA that his country is "hoping he (Burns) will help bring our region into the U.S. foreign policy focus, because the future of the Balkans largely depends on the U.S. involvement and devotion to it." Terzic made his comments during an exclusive TV interview at the VOA headquarters in Washington.
During the interview, Terzic told VOA his trip to Washington had expanded from the original mission of meeting with financial leaders, including incoming World Bank Director Paul Wolfowitz, to include meetings with U.S. policymakers. In addition to Burns and Wolfowitz, Prime Minister met with U.S. Rep. Chris Smith (R-NJ). The Prime Minister added that the positive comments he received from U.S. officials about Bosnia's role as a partner in the global fight against terror and human trafficking will encourage the Bosnian nation to undertake better efforts in restoring the country and democracy.
VOA's Bosnian Service broadcasts Studio Washington, a 30-minute TV news program that is also simulcast on radio each weekday. In addition, the Bosnian Service broadcasts a weekday TV headline news feed and a 15-minute radio program to the region. Programs are also available on the Internet at www.VOANews.com/Bosnian.
""",
        "quotes": [
            ("indirect", "his nation needs the stronger political presence of the U.S. in his country",
             "told", "Adnan Terzic", "Adnan Terzic", "BIH", "name"),
            ("indirect", 'his country is "hoping he (Burns)<<>>devotion to it."',
             "told", "Terzic", "Adnan Terzic", "BIH", "name"),
            ("partial", "hoping he (Burns) will help bring our region<<>>involvement and devotion to it",
             "told", "Terzic", "Adnan Terzic", "BIH", "name"),
            ("indirect", "his trip to Washington had expanded from the original mission<<>>to include meetings with U.S. policymakers",
             "told", "Terzic", "Adnan Terzic", "BIH", "name"),
            ("indirect", "the positive comments he received from U.S. officials<<>>restoring the country and democracy",
             "added", "The Prime Minister", "Adnan Terzic", "BIH", "nominal"),
        ],
    },
    {
        "id": "t26-kosovo-sejdiu-thaci-2008",
        "url": "https://www.insidevoa.com/a/a-13-34-2008-07-21-kosovo-president-111612004/178360.html",
        "title": "Kosovo President Praises U.S. Support (title described; not stored with the page)",
        "published": "2008-07-21",
        "truncated": False,
        "note": "VOA press page (insidevoa.com). No furniture in the stored text except the closing sentence 'For more "
                "information on this broadcast and VOA Albanian programing, visit our web site at' (its link lost), "
                "dropped. 'praised the United States for supporting' and 'promised continued support' are no quotes. "
                "Thaçi's quoted words after 'planned to tell Bush today,' are a partial quote inside his indirect "
                "clause. Kosovo has no ISO code; its speakers are coded XKX.",
        "text": """
Washington, D.C., July 21, 2008 – Kosovo President Fatmir Sejdiu, in advance of a meeting with President Bush today, praised the United States for supporting his country and said he expects the new nation will soon gain membership in international financial institutions.
Sejdiu, in a live interview with the VOA Albanian Service on Saturday, also said Kosovo will "be very responsible for every penny in the budget" given to the country at a donors' conference earlier this month. Referring to the World Bank and the International Monetary Fund, he said, "We expect to get membership in the international financial institutions."
The United States, which has given Kosovo more than $1 billion in bilateral aid since 1998, pledged more than $400 million dollars in new aid over the next three years at the donors' conference.
On Friday Sejdiu and Prime Minister Hashim Thaçi met with Secretary of State Condoleezza Rice, who promised continued support for Kosovo.
Thaçi, in a separate interview with VOA on Sunday, said the Kosovo officials planned to tell Bush today, "Kosovo will remain dedicated in the war against global terrorism, against fundamentalism, against organized crime and corruption." He said Kosovo maintains a "clear pro-western vision, as well as excellent relations with the United States."
Kosovo, a U.N.-administered territory since 1999, declared independence in February 2008. It has been recognized by 43 countries, including the United States, France and the United Kingdom. Russia, China, India and Serbia are among the countries that have not recognized Kosovo.
VOA Albanian Service broadcasts to the Balkans, including Kosovo, via television, radio and Internet. More than 90 percent of the people of Kosovo are ethnic Albanians. VOA Albanian's popular TV news program Ditari is broadcast 30 minutes each day. VOA also transmits 10.5 hours a week of news in Albanian via radio.
""",
        "quotes": [
            ("indirect", "he expects the new nation will soon gain membership in international financial institutions",
             "said", "Kosovo President Fatmir Sejdiu", "Fatmir Sejdiu", "XKX", "name"),
            ("indirect", 'Kosovo will "be very responsible for every penny in the budget" given to the country at a donors\' conference earlier this month',
             "said", "Sejdiu", "Fatmir Sejdiu", "XKX", "name"),
            ("partial", "be very responsible for every penny in the budget",
             "said", "Sejdiu", "Fatmir Sejdiu", "XKX", "name"),
            ("direct", "We expect to get membership in the international financial institutions.",
             "said", "he", "Fatmir Sejdiu", "XKX", "pronoun"),
            ("indirect", 'the Kosovo officials planned to tell Bush today, "Kosovo will remain dedicated<<>>organized crime and corruption."',
             "said", "Thaçi", "Hashim Thaçi", "XKX", "name"),
            ("partial", "Kosovo will remain dedicated in the war against global terrorism, against fundamentalism, against organized crime and corruption",
             "said", "Thaçi", "Hashim Thaçi", "XKX", "name"),
            ("indirect", 'Kosovo maintains a "clear pro-western vision, as well as excellent relations with the United States."',
             "said", "He", "Hashim Thaçi", "XKX", "pronoun"),
            ("partial", "clear pro-western vision, as well as excellent relations with the United States",
             "said", "He", "Hashim Thaçi", "XKX", "pronoun"),
        ],
    },
    {
        "id": "t26-ethiopia-amhara-arrests-2005",
        "url": "https://www.voanews.com/a/a-13-2005-09-26-voa38-66396582/548841.html",
        "title": "Ethiopian Authorities Arrest Opposition Members",
        "published": "2005-09-26",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. VOA News story that relays one quotation "
                "from a Reuters report ('The news agency Reuters quoted an opposition official as saying ...'; a "
                "mention, kept as on the page, as test24 kept such mentions). No quotes: 'accusing them of planning', "
                "'warns the opposition not to do anything illegal' (directive), 'accuses the opposition of seeking', "
                "'results had indicated' (evidence), 'accused the coalition of', 'condemning what it called the "
                "unnecessary use of excessive force' (naming without quotation marks).",
        "text": """
Ethiopian authorities have arrested 43 opposition members, accusing them of planning to overthrow the government.
Minister of Information Bereket Simon tells VOA, the opposition members arrested in the Amhara region Sunday were gearing up for an attack against his government.
"They have been acquiring weapons," said Mr. Simon. "They have been smuggling lethal instruments. So, after carefully surveying all these things, the Amhara police has apprehended 43 [members]. They were planning to attack different government administrative posts and to disrupt social and economic movements."
Mr. Bereket says the accused are being investigated, and will be summoned to appear before court.
He also warns the opposition not to do anything illegal during a planned demonstration this Sunday. He accuses the opposition of seeking to incite violence.
VOA was unable to reach the opposition Coalition for Unity and Democracy for comment.
The news agency Reuters quoted an opposition official as saying the Coalition for Unity and Democracy is against armed struggle, and the intention of the arrests was, in his words, "a ploy to erase our members and weaken our peaceful struggle."
Tensions between the government and opposition have been spiraling ever since the country's May 15 elections.
Early results had indicated a victory for the ruling Ethiopian People's Revolutionary Democratic Front, which sparked violent demonstrations and mass arrests of protesters, who accused the coalition of massive vote-rigging and other fraud.
In mid-June, the United States issued a statement condemning what it called the unnecessary use of excessive force by Ethiopian security forces.
""",
        "quotes": [
            ("indirect", "the opposition members arrested in the Amhara region Sunday were gearing up for an attack against his government",
             "tells", "Minister of Information Bereket Simon", "Bereket Simon", "ETH", "name"),
            ("direct", "They have been acquiring weapons", "said", "Mr. Simon", "Bereket Simon", "ETH", "name"),
            ("direct", "They have been smuggling lethal instruments.<<>>social and economic movements.",
             None, "Mr. Simon", "Bereket Simon", "ETH", "name"),
            ("indirect", "the accused are being investigated, and will be summoned to appear before court",
             "says", "Mr. Bereket", "Bereket Simon", "ETH", "name"),
            ("indirect", 'the Coalition for Unity and Democracy is against armed struggle<<>>weaken our peaceful struggle."',
             "saying", "an opposition official", "opposition official", "ETH", "nominal"),
            ("partial", "a ploy to erase our members and weaken our peaceful struggle",
             "saying", "an opposition official", "opposition official", "ETH", "nominal"),
        ],
    },
    {
        "id": "t26-zambia-upnd-violence-2016",
        "url": "http://www.voanews.com/content/zambia-opposition-leader-urges-supporters-avoid-violence/3221306.html",
        "title": "Zambia Opposition Leader Urges Supporters to Avoid Violence",
        "published": "2016-07",
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (twice), byline 'Peter Clottey'. Cut by the store "
                "inside Hichilema's second quotation ('\"That’s why I called [on] them ... to instigate viole'); that "
                "incomplete quotation dropped. Relative reported speech 'what the party said was extreme provocation "
                "by the ruling Patriotic Front' is annotated as the party's indirect quote (span from 'was', ending "
                "before 'ahead of the August 11 general election', read as the reporter's time frame); the relative "
                "'which he said could escalate' inside Hichilema's indirect clause is not annotated separately. No "
                "quotes: 'called on supporters ... to avoid' and 'urged the international community to monitor' "
                "(directives), 'what he called human rights abuses' (no marks), 'had been accused of training'. "
                "Published: July 2016 (the week before the story; month from the page id and the August 11 vote).",
        "text": """
The leader of Zambia’s main opposition party called on supporters this week to avoid political violence despite what the party said was extreme provocation by the ruling Patriotic Front ahead of the August 11 general election.
Hakainde Hichilema, leader of the United Party for National Development, also urged the international community to monitor what he called human rights abuses by Zambian state institutions, like the police.
His remarks came after Geoffrey Mwamba, a leading member of the UPND, was arrested and charged Wednesday with unlawful milita training. Police spokesperson Charity Chanda said officers recovered weapons, including machetes, a spear, eight rounds of ammunition and a gun, at Mwamba’s premises in the capital, Lusaka.
The UPND had been accused of training militias ahead of the polls. President Edgar Lungu was recently quoted by local media as saying he had intelligence reports that the UPND was training about 250 youths to engage in violence during the elections.
But Hichilema said that by arresting Mwamba and 21 other opposition party supporters, the PF was using state institutions to harass and intimidate UPND followers. He said Lungu appeared to have been unable to stop the violence, which he said could escalate if not readily addressed.
“We have done this against the brutal and suppressive behavior of the ruling party, the PF, and the president, who has taken a decision to suppress citizens and unleash the police force on harmless and armless citizens,” Hichilema said.
“I’m aware that our citizens are in a position ... to retaliate," he said.
""",
        "quotes": [
            ("indirect", "was extreme provocation by the ruling Patriotic Front",
             "said", "the party", "United Party for National Development", "ZMB", "organisation"),
            ("indirect", "officers recovered weapons, including machetes, a spear, eight rounds of ammunition and a gun, at Mwamba’s premises in the capital, Lusaka",
             "said", "Police spokesperson Charity Chanda", "Charity Chanda", "ZMB", "name"),
            ("indirect", "he had intelligence reports that the UPND was training about 250 youths to engage in violence during the elections",
             "saying", "President Edgar Lungu", "Edgar Lungu", "ZMB", "name"),
            ("indirect", "by arresting Mwamba and 21 other opposition party supporters, the PF was using state institutions to harass and intimidate UPND followers",
             "said", "Hichilema", "Hakainde Hichilema", "ZMB", "name"),
            ("indirect", "Lungu appeared to have been unable to stop the violence, which he said could escalate if not readily addressed",
             "said", "He", "Hakainde Hichilema", "ZMB", "pronoun"),
            ("direct", "We have done this against the brutal and suppressive behavior<<>>harmless and armless citizens",
             "said", "Hichilema", "Hakainde Hichilema", "ZMB", "name"),
            ("direct", "I’m aware that our citizens are in a position ... to retaliate",
             "said", "he", "Hakainde Hichilema", "ZMB", "pronoun"),
        ],
    },
    {
        "id": "t26-korea-state-of-war-threats-2013",
        "url": "http://www.voanews.com/a/south-korea-warns-the-north-to-stop-making-threats/1631591.html",
        "title": "South Korea Warns the North to Stop Making Threats",
        "published": "2013-03-30",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside the last "
                "paragraph ('The mission, following those by B-52 bombers earlier in the month,'); that incomplete "
                "sentence dropped. Slip kept ('continues to continues to'). No quotes: 'issued a statement calling on "
                "Pyongyang to stop making what it calls unacceptable threats' (appeal; naming without marks), "
                "'threatened to shut down' (infinitive), 'no group has claimed responsibility'.",
        "text": """
South Korea's Ministry of National Defense has issued a statement calling on Pyongyang to stop making what it calls unacceptable threats.
The ministry also warned Saturday that the South's forces are in full readiness posture and will completely punish the North if there is any provocation.
In a statement carried by the North's official KCNA news agency Saturday, Pyongyang said it has entered a "state of war" against its southern neighbor and "all issues raised between the North and the South will be handled accordingly."
A number of North Korean web sites were apparently targeted by hackers after that announcement, and have been intermittently unavailable Saturday. While no group has claimed responsibility for the distributed denial of service attacks, several individual hackers have told VOA they are responsible for the outages.
Later on Saturday, Pyongyang threatened to shut down a joint industrial complex with South Korea.
A spokesman for the North's office controlling the Kaesong industrial complex said it would close the facility just north of the Demilitarized Zone separating the two countries if Seoul continues to continues to undermine the North's dignity.
Seoul's Unification Ministry in charge of North-South relations in lieu of diplomatic ties says the war decree is not new, but a continuation of provocative threats.
However, a spokeswoman for the National Security Council in Washington says U.S. officials are taking Pyongyang's announcement seriously.
The North's young leader, Kim Jong Un, who succeeded his father, Kim Jong Il after his death in December 2011, declared on Friday that his forces are ready "to settle accounts" with the United States.
That remark came after a pair of stealth B-2 bombers were dispatched from the United States to drop dummy bombs on a South Korean island range.
""",
        "quotes": [
            ("indirect", "the South's forces are in full readiness posture and will completely punish the North if there is any provocation",
             "warned", "The ministry", "South Korea's Ministry of National Defense", "KOR", "organisation"),
            ("indirect", 'it has entered a "state of war" against its southern neighbor and "all issues raised<<>>handled accordingly."',
             "said", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("partial", "state of war", "said", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("partial", "all issues raised between the North and the South will be handled accordingly",
             "said", "Pyongyang", "North Korea", "PRK", "organisation"),
            ("indirect", "they are responsible for the outages",
             "told", "several individual hackers", "individual hackers", None, "nominal"),
            ("indirect", "it would close the facility just north of the Demilitarized Zone<<>>undermine the North's dignity",
             "said", "A spokesman for the North's office controlling the Kaesong industrial complex",
             "spokesman for the North's office controlling the Kaesong industrial complex", "PRK", "nominal"),
            ("indirect", "the war decree is not new, but a continuation of provocative threats",
             "says", "Seoul's Unification Ministry", "South Korean Unification Ministry", "KOR", "organisation"),
            ("indirect", "U.S. officials are taking Pyongyang's announcement seriously",
             "says", "a spokeswoman for the National Security Council in Washington",
             "spokeswoman for the National Security Council", "USA", "nominal"),
            ("indirect", 'his forces are ready "to settle accounts" with the United States',
             "declared", "Kim Jong Un", "Kim Jong Un", "PRK", "name"),
            ("partial", "to settle accounts", "declared", "Kim Jong Un", "Kim Jong Un", "PRK", "name"),
        ],
    },
    {
        "id": "t26-korea-ndc-insult-park-2013",
        "url": "https://www.voanews.com/a/south-korea-condemns-norths-insult-of-president-park/1762925.html",
        "title": "South Korea Condemns North's 'Insult' of President Park",
        "published": "2013-10-04",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption ('North Korean defectors "
                "carry plastic bags ...'). Cut by the store inside the last sentence ('Park said that, through South "
                "Korea's defense alliance ... realize its nuclear p'); that incomplete sentence dropped. The words "
                "read out by the Korean Central Television news reader are attributed to the statement's issuer, the "
                "National Defense Commission (speaker_text as written: the statement, the news reader, 'She'). No "
                "quotes: 'railed against the Park government's suggestion that' (noun complement), 'called the "
                "remarks very regrettable' (no marks), 'singled out comments'. Published: early October 2013 (the "
                "caption's rally date; day approximate).",
        "text": """
South Korea is lashing back at North Korea for comments made about South Korean President Park Geun-hye.
The statement issued by the North's National Defense Commission (NDC) contained a rare attack on South Korea's president by name.
The NDC railed against the Park government's suggestion that Pyongyang was pressured into making recent improvements in inter-Korean relations out of economic and political need.
A news reader on Korean Central Television read the NDC statement, calling the government “ignorant hooligans hell-bent on hurting the dignity” of North Korea's leaders.
The news reader went on to say the army and people of North Korea already warned the puppet south Korean authorities several times that they should stop anachronistic remarks against fellow countrymen. She added they should work for peace and reunification of the country if they do not want to see the north-south ties deteriorating as during the past five years.
In an unscheduled briefing late Friday, South Korea's Ministry of Unification called the remarks very regrettable. Ministry spokesman Kim Eui-do said the verbal attack harmed efforts to build trust between the two Koreas.
Kim also said North Korea must understand that its ignorance of [South Korea] and the international community’s appropriate request, and continuation of menacing speech and action, will intensify its isolation.
The North's military body also singled out comments Park made Tuesday at a massive military parade.
""",
        "quotes": [
            ("partial", "ignorant hooligans hell-bent on hurting the dignity",
             "calling", "the NDC statement", "National Defense Commission", "PRK", "organisation"),
            ("indirect", "the army and people of North Korea already warned<<>>against fellow countrymen",
             "went on to say", "The news reader", "National Defense Commission", "PRK", "nominal"),
            ("indirect", "they should work for peace and reunification of the country<<>>during the past five years",
             "added", "She", "National Defense Commission", "PRK", "pronoun"),
            ("indirect", "the verbal attack harmed efforts to build trust between the two Koreas",
             "said", "Ministry spokesman Kim Eui-do", "Kim Eui-do", "KOR", "name"),
            ("indirect", "North Korea must understand that its ignorance of [South Korea]<<>>will intensify its isolation",
             "said", "Kim", "Kim Eui-do", "KOR", "name"),
        ],
    },
    {
        "id": "t26-sudan-darfur-camp-attack-2005",
        "url": "https://www.voanews.com/a/a-13-2005-09-29-voa36/303111.html",
        "title": "UNHCR Says Camp for Displaced People Attacked in Darfur",
        "published": "2005-09-29",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside Helene Caux's "
                "last quotation ('\"If people in camps do not even feel safe in a camp, ... a pr'); that incomplete "
                "paragraph dropped. Slip kept ('The U.N, refugee agency'). UNHCR and its spokeswoman are coded UNO. "
                "'what it calls an unprecedented attack' (no marks) is part of the agency's indirect clause, not a "
                "separate quote; 'the UNHCR also is afraid' (feeling) inside Caux's clause is not annotated.",
        "text": """
The U.N, refugee agency says 29 people reportedly were killed and another 10 seriously wounded in what it calls an unprecedented attack on a camp for thousands of internally displaced persons in Sudan's West Darfur region.
A UNHCR spokeswoman, Helene Caux, tells VOA this is the first time since war erupted in Darfur two years ago that a camp for internally displaced people has been directly attacked.
She says a group of 250 to 300 armed Arab men on horses and camels attacked Aro Sharow camp, in northern West Darfur on Wednesday. Ms. Caux says the attackers destroyed part of the camp, burning about 80 makeshift shelters.
"As far as we know, most of the IDP's [internally displaced persons] from the camp have fled the camp to the nearby mountains of the Jebel Moon," she said. "This area is mainly held by the rebel movements who emerged in 2003 and who have been basically fomenting different attacks in the area."
The Jebel Moon area around Aro Sharow has been a no-go zone for the United Nations for several months because of continuing insecurity. Many residents from the region had earlier fled to the Chad border in 2003-2004, then returned to Jebel Moon in May 2004 following a government-announced peace agreement.
Aid workers familiar with the region say the residents, for safety reasons, used to stay at night in the camp that was attacked, but would return to their nearby villages during the day to cultivate their fields.
Ms. Caux says security in Darfur is deteriorating. She says the international community will not be able to continue to provide assistance to the millions of people in need if aid workers do not feel safe.
She says the UNHCR also is afraid people will flee the country if attacks persist and humanitarian assistance is cut off.
""",
        "quotes": [
            ("indirect", "29 people reportedly were killed and another 10 seriously wounded<<>>in Sudan's West Darfur region",
             "says", "The U.N, refugee agency", "UNHCR", "UNO", "organisation"),
            ("indirect", "this is the first time since war erupted in Darfur two years ago that a camp for internally displaced people has been directly attacked",
             "tells", "Helene Caux", "Helene Caux", "UNO", "name"),
            ("indirect", "a group of 250 to 300 armed Arab men on horses and camels attacked Aro Sharow camp, in northern West Darfur on Wednesday",
             "says", "She", "Helene Caux", "UNO", "pronoun"),
            ("indirect", "the attackers destroyed part of the camp, burning about 80 makeshift shelters",
             "says", "Ms. Caux", "Helene Caux", "UNO", "name"),
            ("direct", "As far as we know, most of the IDP's<<>>to the nearby mountains of the Jebel Moon",
             "said", "she", "Helene Caux", "UNO", "pronoun"),
            ("direct", "This area is mainly held by the rebel movements<<>>different attacks in the area.",
             None, "she", "Helene Caux", "UNO", "pronoun"),
            ("indirect", "the residents, for safety reasons, used to stay at night in the camp that was attacked, but would return to their nearby villages during the day to cultivate their fields",
             "say", "Aid workers familiar with the region", "aid workers familiar with the region", None, "nominal"),
            ("indirect", "security in Darfur is deteriorating", "says", "Ms. Caux", "Helene Caux", "UNO", "name"),
            ("indirect", "the international community will not be able to continue to provide assistance<<>>if aid workers do not feel safe",
             "says", "She", "Helene Caux", "UNO", "pronoun"),
            ("indirect", "the UNHCR also is afraid people will flee the country if attacks persist and humanitarian assistance is cut off",
             "says", "She", "Helene Caux", "UNO", "pronoun"),
        ],
    },
    {
        "id": "t26-congo-fayulu-court-challenge-2019",
        "url": "https://www.voanews.com/a/congo-s-fayulu-to-challenge-election-results-in-high-court-/4738755.html",
        "title": "Congo's Fayulu to Challenge Election Results in High Court (title from the address)",
        "published": "2019-01-11",
        "truncated": False,
        "note": "Removed: the store's date line ('date 2019-01-11'). No quotes: 'have also questioned the outcome' "
                "(noun object), 'have accused Kabila of making a deal'. The Catholic Church (its Congolese observers) "
                "is coded COD.",
        "text": """
Congo opposition candidate Martin Fayulu says he will file a legal challenge to the official results of the country's presidential election.
Speaking in Kinshasa Friday, Fayulu said he will do so at the Constitutional Court on Saturday morning.
Congo's electoral commission declared that another opposition candidate, Felix Tshisekedi, won the December 30 election.
Fayulu's campaign says it has tallies showing he finished on top with 61 percent of the vote.
The Catholic Church and foreign diplomats have also questioned the outcome of the poll. The Church said Thursday that the official figures do not correspond to vote tallies collected by its 40,000 election observers around the country.
Fayulu and Tshisekedi were competing to replace outgoing President Joseph Kabila, who is set to step down after 18 years in power, two years after his last term expired.
In the election, Kabila backed his former interior minister, Emmanuel Shadary, who finished a distant third. Fayulu supporters have accused Kabila of making a deal with the electoral commission to deny Fayulu the presidency.
The Democratic Republic of Congo has never experienced a peaceful transfer of power since winning independence from Belgium in 1960.
""",
        "quotes": [
            ("indirect", "he will file a legal challenge to the official results of the country's presidential election",
             "says", "Congo opposition candidate Martin Fayulu", "Martin Fayulu", "COD", "name"),
            ("indirect", "he will do so at the Constitutional Court on Saturday morning",
             "said", "Fayulu", "Martin Fayulu", "COD", "name"),
            ("indirect", "another opposition candidate, Felix Tshisekedi, won the December 30 election",
             "declared", "Congo's electoral commission", "Congolese electoral commission", "COD", "organisation"),
            ("indirect", "it has tallies showing he finished on top with 61 percent of the vote",
             "says", "Fayulu's campaign", "Fayulu campaign", "COD", "organisation"),
            ("indirect", "the official figures do not correspond to vote tallies collected by its 40,000 election observers around the country",
             "said", "The Church", "Catholic Church", "COD", "organisation"),
        ],
    },
    {
        "id": "t26-cambodia-nec-no-revote-2008",
        "url": "https://www.voacambodia.com/a/a-40-2008-07-29-voa4-90167052/1356813.html",
        "title": "No Re-Vote Likely: Election Official",
        "published": "2008-07-29",
        "truncated": False,
        "note": "English page of VOA Khmer. Removed: 'Accessibility links', 'Breaking News', title line. The program "
                "title \"Hello VOA\" is a name in marks, not a quote; 'have alleged irregularities' (noun object) is no "
                "quote. The Committee for Free and Fair Elections (a Cambodian monitoring group) is coded NGO.",
        "text": """
The Cambodian People's Party apparent election sweep will not likely be contested by a second round of voting, despite calls from the opposition party and others that the election was tainted, an election official said Monday.
"There is not a possibility of having a re-vote unless you have particular evidence to prove irregularities," Heu Rong, head of the National Election Committee's operations department, said, as a guest on "Hello VOA."
Four main parties have alleged irregularities in nearly every province, including the omission of thousands of voter names from registries, intimidation and vote-rigging.
"Voters' names were deleted, and names were missing from the list," said Mar Sophal, monitoring chief for the Committee for Free and Fair Elections. "Right now we can't evaluate the election process. We'll wait and see if the NEC tackles the issues, such as complaints from parties, first."
Heu Rong said the NEC was investigating the allegations, but they had not received official complaints yet at the national level. Some complaints may still be held at the commune or provincial levels, he added.
""",
        "quotes": [
            ("indirect", "The Cambodian People's Party apparent election sweep will not likely be contested<<>>that the election was tainted",
             "said", "an election official", "Heu Rong", "KHM", "nominal"),
            ("direct", "There is not a possibility of having a re-vote unless you have particular evidence to prove irregularities",
             "said", "Heu Rong", "Heu Rong", "KHM", "name"),
            ("direct", "Voters' names were deleted, and names were missing from the list",
             "said", "Mar Sophal", "Mar Sophal", "NGO", "name"),
            ("direct", "Right now we can't evaluate the election process.<<>>complaints from parties, first.",
             None, "Mar Sophal", "Mar Sophal", "NGO", "name"),
            ("indirect", "the NEC was investigating the allegations, but they had not received official complaints yet at the national level",
             "said", "Heu Rong", "Heu Rong", "KHM", "name"),
            ("indirect", "Some complaints may still be held at the commune or provincial levels",
             "added", "he", "Heu Rong", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t26-liberia-cdc-police-clashes-2011",
        "url": "http://www.voanews.com/english/news/africa/Butty-Liberia-Police-Accused-of-Murder-Solo-08November11-133419003.html",
        "title": "Liberian Opposition Blames Police for Deadly Clashes, Vows to Boycott Election",
        "published": "2011-11-08",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (twice), the deck "
                "'Congress for Democratic Change spokesman George Solo says police used live ammunition against "
                "unarmed CDC supporters'. Cut by the store at the start of the next quotation ('“Th'); dropped. No "
                "quotes: 'has accused members of the Liberian National Police of killing', 'also confirmed two "
                "fatalities' (noun object), 'what the party called a vigil' (no marks, inside Solo's clause). The U.N. "
                "mission spokesperson is coded UNO.",
        "text": """
An official of the opposition Congress for Democratic Change (CDC) has accused members of the Liberian National Police of killing and wounding CDC supporters.
George Solo, CDC spokesman and deputy campaign manager, said there were at least two confirmed fatalities Monday.
All attempts to reach Liberian police for their comment failed.
Solo said the police ARU unit used live ammunition against CDC supporters who had gathered in front of their party’s headquarters to attend what the party called a vigil for the preservation of democracy in Liberia.
“As we turned the car around, moving into the party headquarters, the ARU guys were behind us firing, and I’m talking about live rounds, and they followed us into the party headquarters and continued to shoot at the crowd with live ammunition,” he said.
Solo said there were at least two confirmed fatalities.
“We have two bodies, but we also have four, five, six claims of death. We’ve got stories of people being shot on the beach and bodies taken and transported to who knows where,” Solo said.
The spokesperson for the U.N. mission, Yasmina Bouziane, also confirmed two fatalities from Monday’s confrontation.
“Most unfortunately, there are reports from people on the ground, and now confirmation of two casualties, with a few injured, including some U.N. personnel who were on the ground, slightly injured,” she said.
Bouziane said UNMIL was investigating Monday’s deadly clashes.
""",
        "quotes": [
            ("indirect", "there were at least two confirmed fatalities Monday",
             "said", "George Solo", "George Solo", "LBR", "name"),
            ("indirect", "the police ARU unit used live ammunition against CDC supporters<<>>preservation of democracy in Liberia",
             "said", "Solo", "George Solo", "LBR", "name"),
            ("direct", "As we turned the car around<<>>shoot at the crowd with live ammunition",
             "said", "he", "George Solo", "LBR", "pronoun"),
            ("indirect", "there were at least two confirmed fatalities",
             "said", "Solo", "George Solo", "LBR", "name"),
            ("direct", "We have two bodies, but we also have four, five, six claims of death.<<>>transported to who knows where",
             "said", "Solo", "George Solo", "LBR", "name"),
            ("direct", "Most unfortunately, there are reports from people on the ground<<>>on the ground, slightly injured",
             "said", "she", "Yasmina Bouziane", "UNO", "pronoun"),
            ("indirect", "UNMIL was investigating Monday’s deadly clashes",
             "said", "Bouziane", "Yasmina Bouziane", "UNO", "name"),
        ],
    },
]

"""Source of the sealed quotes test set ``test11.jsonl`` (VOA news stories, 2005-2020).

Annotated by helper sqq12 on 2026-12-06, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test11.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t11-thailand-pitak-siam-rally-2012",
        "url": "http://www.voanews.com/content/thailand-protests-corruption/1552234.html",
        "title": "Thousands Rally Against Thai Government",
        "published": "2012-11-24",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice; dated Saturday, "
                "Nov. 24, 2012, the story's 'Saturday', used as the date), byline 'Ron Corben'. "
                "Cut by the store inside a second quotation of Pian Pinphut ('\"To threat'); the "
                "fragment was dropped, the paragraph kept to the end of the sentence before it. "
                "Kept: the page's 'seveal', 'Pinphut ,' and the mixed curly/straight marks.",
        "text": """
Opponents of Thailand's government held a one day rally Saturday, accusing the government of corruption and mal-administration. The government fears the protests are a prelude for violence. Minor clashes occurred when police used tear gas before making arrests with seveal police officers and protestors were reported injured.
Thousands of demonstrators faced tight security Saturday as they took to the streets in protest of the government of Thai Prime Minister Yingluck Shinawatra. Hundreds of police and provincial security authorities cordoned off streets near the protest. Authorities said more than 100 people were arrested.
The anti-government Pitak Siam or "Protect Thailand" group, led by a retired army general, had hoped to muster up to 100,000 people at the rally in central Bangkok. But police said fewer than 30,000 showed up.
The government activated its emergency powers through the Internal Security Act (ISA) and the increased police presence appeared to have lowered turnout, with police road-blocks outside the city slowing arrivals to the protest site.
Late in the day protest leader General Boonlert Kaewprasit called off the rally saying police had sought to lure the protests into violence. The rally was also dampened by a late heavy downpour of rain.
Earlier, police had fired tear gas against demonstrators who attempted to break through police lines.
Pian Pinphut , a rally coordinator, said several people needed treatment at nearby hospitals for tear gas inhalation.
“Now the police with all weapons are preventing people from entering or continuing on the street. This morning police used tear gas against the people," said Pinphut.
""",
        "quotes": [
            ("indirect", "more than 100 people were arrested", "said", "Authorities",
             "authorities", "THA", "nominal"),
            ("indirect", "fewer than 30,000 showed up", "said", "police", "police", "THA",
             "organisation"),
            ("indirect", "police had sought to lure the protests into violence", "saying",
             "General Boonlert Kaewprasit", "Boonlert Kaewprasit", "THA", "name"),
            ("indirect", "several people needed treatment at nearby hospitals for tear gas inhalation",
             "said", "Pian Pinphut", "Pian Pinphut", "THA", "name"),
            ("direct", "Now the police with all weapons<<>>tear gas against the people", "said",
             "Pinphut", "Pian Pinphut", "THA", "name"),
        ],
    },
    {
        "id": "t11-bangkok-protesters-reform-2013",
        "url": "http://www.voanews.com/content/bangkok-protesters-demand-reform/1806377.html",
        "title": "Bangkok Protesters Demand Reform",
        "published": "2013-12-09",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice; dated Dec. 9, "
                "2013, the story's 'Monday', used as the date), byline 'Ron Corben', a map "
                "caption stored four times ('Bangkok Police Station, map of ministries and police "
                "station'), the related-video box ('Related video clip: Thailand Protest ... "
                "Thailand's government'), inside which the store cut the page.",
        "text": """
Anti-government protesters in Bangkok have succeeded in cutting short the ruling party's tenure, but many say new elections are not enough.
Protesters Monday marched through downtown Bangkok's Sukhumvit thoroughfare, a key artery of the city lined with expensive high-rise apartments, shopping malls and office towers.
As news came that Prime Minister Yingluck Shinawatra was dissolving parliament and announcing new elections, Apirak Kosayodin, a Democrat Party member, said the dissolution is merely the beginning of broader reforms.
"At least at the first step she would recognize the voice from the Thai people but they still have a further process that she needs to work, or the Thai people need to work together for the next reform," said Democrat Party member Apirak Kosayodin.
Protest leaders have proposed an unelected council to replace Thailand's democratically elected government until elections are held. The prime minister has rejected the demand as unconstitutional and many observers have said it would be a step backward for one of Southeast Asia's most prosperous and politically open countries.
""",
        "quotes": [
            ("indirect", "new elections are not enough", "say", "many",
             "anti-government protesters", "THA", "nominal"),
            ("indirect", "the dissolution is merely the beginning of broader reforms", "said",
             "Apirak Kosayodin", "Apirak Kosayodin", "THA", "name"),
            ("direct", "At least at the first step<<>>work together for the next reform", "said",
             "Apirak Kosayodin", "Apirak Kosayodin", "THA", "name"),
            ("indirect", "it would be a step backward<<>>politically open countries", "said",
             "many observers", "observers", None, "nominal"),
        ],
    },
    {
        "id": "t11-thailand-student-rally-2020",
        "url": "https://www.voanews.com/east-asia-pacific/thousands-call-radical-changes-thailand-government",
        "title": "Thousands Call for Radical Changes to Thailand Government",
        "published": "2020-08-16",
        "truncated": True,
        "note": "Removed: the store's ' date 2020-08-16' prefix, section 'East Asia Pacific', "
                "title line, byline and time stamp ('By VOA News', 'Updated August 16, 2020 "
                "12:10 PM'), photo caption (stored twice, once shortened). Cut by the store "
                "inside the next sentence ('Protests were then halted ... despite a ban on "
                "large'); kept to the last complete sentence. Kept: the page's 'lead by' and the "
                "double space in 'monarchy  a' (a dash lost on the page).",
        "text": """
Thousands of protesters called for radical changes to the Thai government Sunday — the latest in near daily protests lead by students against the government.
Bangkok police estimated 10,000 attendees, which would make the demonstration the largest Thailand has seen since the 2014 coup.
Student leaders are demanding new elections to form a new parliament, including the dismissal of Prime Minister Prayuth Chan-ocha, a former general who took power in the 2014 coup and won disputed elections last year.
But Sunday’s protests also called for changes to the monarchy  a sensitive subject in Thailand, where anyone criticizing the Royal Family may face long prison sentences.
"We want a new election and a new parliament from the people," student activist Patsalawalee Tanakitwiboonpon, 24, told the crowd. “Lastly, our dream is to have a monarchy which is truly under the constitution.”
Demonstrators also waved banners and chanted “Down with dictatorship, long live democracy.”
Bangkok police said they had deployed 600 officers to observe the demonstration. A counter-rally defending the monarchy drew dozens of attendees.
The latest wave of protests began in February when the Future Forward Party (FFP), a progressive party largely supported by young Thais, was dissolved by court order.
""",
        "quotes": [
            ("direct", "We want a new election and a new parliament from the people", "told",
             "Patsalawalee Tanakitwiboonpon", "Patsalawalee Tanakitwiboonpon", "THA", "name"),
            ("direct", "Lastly, our dream is to have a monarchy which is truly under the constitution.",
             "told", "Patsalawalee Tanakitwiboonpon", "Patsalawalee Tanakitwiboonpon", "THA",
             "name"),
            ("direct", "Down with dictatorship, long live democracy.", "chanted", "Demonstrators",
             "demonstrators", "THA", "nominal"),
            ("indirect", "they had deployed 600 officers to observe the demonstration", "said",
             "Bangkok police", "Bangkok police", "THA", "organisation"),
        ],
    },
    {
        "id": "t11-baghdad-bombings-2014",
        "url": "http://www.voanews.com/content/series-of-blasts-rock-baghdad-killing-nearly-two-dozen/1961021.html",
        "title": "Bombings Kill Over Two Dozen in Baghdad",
        "published": "2014-07-19",
        "truncated": False,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice; dated "
                "July 19, 2014, the story's 'Saturday', used as the date), byline 'VOA News', "
                "and after the story the 'You May Like' box and reader comments.",
        "text": """
A series of bombings have rocked Baghdad, killing at least 26 people in one of the worst spates of violence in the capital since Islamist insurgents captured the city of Mosul, last month.
The single deadliest incident on Saturday took place near a police checkpoint in the mainly Shi'ite Muslim Abu Dsheer district in southern Baghdad.
Investigators say a suicide car bombing at the checkpoint killed at least seven people.
Later, at least three bombings occurred within an hour across the city, killing at least 15 people. A fourth bombing took place later in the day.
There were no immediate claims of responsibility.
The Iraqi government had stepped up its efforts to protect Baghdad after the Islamic State of Iraq and the Levant (ISIL) militant group captured Mosul, as part of its efforts try to push across the country.
Insurgents linked to the ISIL have taken over much of northern and western Iraq. Analysts have said Baghdad, which is in central Iraq, is in no immediate danger of falling to the rebels.
""",
        "quotes": [
            ("indirect", "a suicide car bombing at the checkpoint killed at least seven people",
             "say", "Investigators", "investigators", "IRQ", "nominal"),
            ("indirect", "Baghdad, which is in central Iraq, is in no immediate danger of falling to the rebels",
             "said", "Analysts", "analysts", None, "nominal"),
        ],
    },
    {
        "id": "t11-zimbabwe-tsvangirai-senate-2005",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2005-10-28-voa70-68954967/1457143.html",
        "title": "Tsvangirai: Unseating Mugabe Still Priority",
        "published": "2005-10-28",
        "truncated": False,
        "note": "VOA's Studio 7 for Zimbabwe (English). Removed: 'Accessibility links', 'Breaking "
                "News', title line, the standing line 'More reports from VOA's Studio 7 for "
                "Zimbabwe...'. published: the date in the URL.",
        "text": """
After opening reconciliation talks with fellow opposition officials who disagree with him on whether Zimbabwe’s opposition Movement for Democratic Change should contest November senate elections, party president Morgan Tsvangirai relaunched a series of rallies intended to persuade party members to follow his election boycott call.
On Friday afternoon Mr. Tsvangirai was speaking to MDC supporters in Silobela, a town in Midlands North province where three politicians defied him by registering to contest the Nov. 26 elections in which 50 of 66 upper house seats will be filled.
Mr. Tsvangirai told a cheering crowd that the MDC will not abandon its commitment to improving life for the mass of Zimbabweans, especially the poor.
He said the debate on the senate was not the real issue in the intra-party dispute, because a truly united party would never have come to the brink of a schism over the question of whether to participate in the elections or boycott them.
Reporter Carole Gombakomba of VOA’s Studio 7 for Zimbabwe heard Mr. Tsvangirai’s speech in Shona over a cell phone from Washington, and filed a report.
""",
        "quotes": [
            ("indirect", "the MDC will not abandon<<>>especially the poor", "told", "Mr. Tsvangirai",
             "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "the debate on the senate<<>>or boycott them", "said", "He",
             "Morgan Tsvangirai", "ZWE", "pronoun"),
        ],
    },
    {
        "id": "t11-zimbabwe-tsvangirai-us-tour-2007",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2007-10-09-voa55-68997537/1471737.html",
        "title": "Zimbabwe Opposition Leader Tsvangirai Urges International Action",
        "published": "2007-10-09",
        "truncated": True,
        "note": "VOA's Studio 7 for Zimbabwe (English). Removed: 'Accessibility links', 'Breaking "
                "News', title line. Cut by the store inside the next sentence ('MDC National "
                "Chairman Lovemore Moyo denied ... the Women’s Ass'); kept to the last complete "
                "sentence. published: the date in the URL. Kept: mixed curly/straight marks "
                "around 'latest wave of division'.",
        "text": """
Zimbabwean opposition leader Morgan Tsvangirai, on a U.S. university speaking tour, called on the international community to take action to prevent a humanitarian disaster in Zimbabwe where an increasing number of people need food assistance.
Tsvangirai, founding president of the opposition Movement for Democratic Change, issued the appeal in an interview Monday with the Houston Chronicle newspaper. He was set to address a forum at the University of St Thomas in Houston on Tuesday evening before traveling on to New York, Philadelphia and Canada.
Traveling with Tsvangirai is former parliamentarian Roy Bennett, South African-based treasurer for the Tsvangirai faction of the MDC. Bennett spent eight months in prison in 2005-06 serving a sentence imposed on him by the ruling party-controlled house for scuffling on the floor of parliament with Justice Minister Patrick Chinamasa.
The two men met Sunday in Dallas with the local branch of their opposition party.
Deputy Chief U.S. Representative Ralph Black of Tsvangirai's faction told reporter Patience Rusere of VOA's Studio 7 for Zimbabwe that Tsvangirai is not meeting with U.S. officials on this trip – only with members of the party and the diaspora.
At home, meanwhile, Tsvangirai’s opposition faction denied reports that the leader of the formation's women's assembly, Lucia Matibenga, was sacked. The government-run Herald newspaper reported Tuesday that Matibenga had a falling out with the party leadership, upon which party chiefs dissolved the women’s grouping.
The Herald said the alleged firing was the “latest wave of division" in the opposition. The MDC split in late 2005 over whether to contest elections for a new senate.
""",
        "quotes": [
            ("indirect", "Tsvangirai is not meeting with U.S. officials<<>>the party and the diaspora",
             "told", "Ralph Black", "Ralph Black", "ZWE", "name"),
            ("indirect", "Matibenga had a falling out<<>>dissolved the women’s grouping", "reported",
             "The government-run Herald newspaper", "The Herald", "ZWE", "organisation"),
            ("indirect", "the alleged firing was the “latest wave of division\" in the opposition",
             "said", "The Herald", "The Herald", "ZWE", "organisation"),
            ("partial", "latest wave of division", "said", "The Herald", "The Herald", "ZWE",
             "organisation"),
        ],
    },
    {
        "id": "t11-zimbabwe-mdc-reunification-2008",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2008-01-01-voa41-68976772/1469335.html",
        "title": "Zimbabwe's Tsvangirai Urges Full Reunification Of Fractured Opposition",
        "published": "2008-01-01",
        "truncated": False,
        "note": "VOA's Studio 7 for Zimbabwe (English). Removed: 'Accessibility links', 'Breaking "
                "News', title line, the standing line 'More reports from VOA's Studio 7 for "
                "Zimbabwe...', 'XS SM MD LG'. published: the date in the URL. Kept: the page's "
                "'expressed hope he reunite'.",
        "text": """
Founding President Morgan Tsvangirai of Zimbabwe's divided opposition Movement for Democratic Change said Tuesday that he would rather see the MDC fully reunited than merely patched into a coalition for national elections due in a few months.
Both MDC factions have expressed willingness to work together in a coalition under which they would avoid going head-to-head in the country's 210 constituencies, and would back a single presidential candidate - most likely Tsvangirai himself.
But Tsvangirai told reporter Blessing Zulu of VOA’s Studio 7 for Zimbabwe he'd prefer to see the MDC united, and his National Council has endorsed such a move.
The MDC split in late 2005 over the question of whether or not to contest elections for a reinstituted senate, and though the opposition has developed a common position in South African crisis-resolution talks with the ruling party, it remains divided.
Though Tsvangirai expressed hope he reunite the country's main opposition party, the state-controlled Herald newspaper poured cold water on the prospects for unity.
It reported that despite a "recent flurry of reports predicting an imminent re-unification of the fractured opposition MDC, officials from both factions have said no headway has yet been made in healing the October 2005 rupture just three months ahead of the scheduled landmark harmonized elections," an article in the paper said.
""",
        "quotes": [
            ("indirect", "he would rather see the MDC fully reunited<<>>due in a few months", "said",
             "Morgan Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "he'd prefer to see the MDC united", "told", "Tsvangirai",
             "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", 'despite a "recent flurry<<>>harmonized elections,"', "reported", "It",
             "The Herald", "ZWE", "pronoun"),
            ("partial", "recent flurry of reports<<>>landmark harmonized elections", "said",
             "an article in the paper", "The Herald", "ZWE", "organisation"),
        ],
    },
    {
        "id": "t11-suu-kyi-us-tour-2012",
        "url": "http://www.voanews.com/content/suu-kyi-burma-must-develop-its-own-democracy/1519319.html",
        "title": "Suu Kyi: Burma Must Develop Its Own Democracy",
        "published": "2012-10-02",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice; dated October 2, "
                "2012, the Los Angeles stop the story reports, used as the date), byline 'Mike "
                "O'Sullivan', the empty dateline dash '— ' before the first sentence, and a photo "
                "gallery (captions of Sept. 28 - Oct. 2, 2012) inside which the store cut the "
                "page. Kept: the double space in 'Medal,  awarded'.",
        "text": """
On the final leg of a whirlwind U.S. tour, Aung San Suu Kyi says democracy is an evolutionary process. The Nobel Peace Prize winner spent 15 years under house arrest before her release in 2010. She has since won a seat in her country's parliament. A pro-democracy icon, she now holds the key to opening her country to the outside world, together with Burmese President Thein Sein. The two had overlapping visits to the United States.
Aung San Suu Kyi spoke mostly in Burmese and immigrant Kyaw Dhu Ya came to hear her talk to several thousand people. He says Aung San Suu Kyi is the Burmese community's leader. He came to support her because she fought for democracy.
Her tour took the Burmese parliamentarian to Capitol Hill, where she was given the Congressional Gold Medal,  awarded in 2008. It was one of many honors she received after her release from many years of house arrest. She met with President Barack Obama and Secretary of State Hillary Clinton and paid visits to Burmese communities in Kentucky and Indiana, among other stops.
""",
        "quotes": [
            ("indirect", "democracy is an evolutionary process", "says", "Aung San Suu Kyi",
             "Aung San Suu Kyi", "MMR", "name"),
            ("indirect", "Aung San Suu Kyi is the Burmese community's leader", "says", "He",
             "Kyaw Dhu Ya", "MMR", "pronoun"),
        ],
    },
    {
        "id": "t11-mexico-drug-violence-2009",
        "url": "https://learningenglish.voanews.com/a/a-23-2009-03-13-voa1-83143577/130387.html",
        "title": "Growing Drug Violence Shakes Mexico, Threatens to Spill Into US",
        "published": "2009-03-13",
        "truncated": True,
        "note": "VOA Special English (learningenglish.voanews.com), a radio script. Removed: "
                "'Accessibility links', 'Breaking News', title line, the standing lines "
                "'Transcript of radio broadcast:' and 'This is IN THE NEWS in VOA Special "
                "English.'. Kept: the summary sentence under the title. Cut by the store inside "
                "the next sentence ('Lawmakers urged the Obama administration to increase "
                "efforts'); kept to the last complete sentence. published: the date in the URL.",
        "text": """
The Obama administration has to decide how to fight the flow of drugs north into the United States, and the flow of guns south into Mexico.
More than six thousand people died last year in Mexico's drug wars. So far this year the violence has only gotten worse. More than one thousand people have already been killed.
Police have become common targets, especially in border cities in northern Mexico.
Criminal organizations are competing for control of drug trafficking into the United States. The American State Department has warned travelers about border areas. But there is some evidence that the violence is spreading to other parts of Mexico.
Last month, gunmen kidnapped a retired army general in Cancun, a beach city popular with American college students on spring break. Mauro Tello Quinones was tortured and killed just days after he arrived in the city to fight corruption in the local police.
Mexican organized crime groups not only sell in the United States. Those cartels also use some of the money to buy high-powered weapons in the United States and bring them back into Mexico.
Mexico is receiving money for training, equipment and other anti-drug activities under an agreement signed last year with the United States. President Felipe Calderon has deployed thousands of troops for anti-drug efforts since he took office in two thousand six.
United States officials say the growing violence shows progress by the Mexican government in fighting the drug trade. Its efforts, they say, have led cartels to battle each other for decreasing profits.
Concern is growing that the violence will spread into the United States. The situation along the southern border is being called a national security threat.
Congress held hearings this week.
""",
        "quotes": [
            ("indirect", "the growing violence shows progress<<>>fighting the drug trade", "say",
             "United States officials", "United States officials", "USA", "nominal"),
            ("indirect", "have led cartels to battle each other for decreasing profits", "say",
             "they", "United States officials", "USA", "pronoun"),
        ],
    },
    {
        "id": "t11-ivory-coast-achi-abobo-2011",
        "url": "http://www.voanews.com/content/ouattara-concerned-over-political-violence-in-abidjan--116781963/157516.html",
        "title": "Ouattara Concerned over Political Violence in Abidjan",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (stored twice, cut by the "
                "page at 'on Februa'), the audio label 'Patrich Achi, Minister of "
                "Infrastructure and Ouattara, spoke with Clottey', byline 'Peter Clottey'. Cut "
                "by the store inside the next quotation ('“We think that the people in the "
                "stronghold of Abobo ... they are organizi'); that paragraph was dropped whole. "
                "published: null (the URL has no date; the caption's February date is cut; the "
                "story is of early 2011, after the 28 November 2010 run-off). Kept: the "
                "quotation closed as '.” said Achi.' without a comma.",
        "text": """
An official of Ivorian President-elect Alassane Ouattara’s government said the leader is expressing deep concern about the ongoing violence following clashes between pro-Ouattara supporters and partisans of embattled President Laurent Gbagbo in the commercial capital, Abidjan.
Patrich Achi, Minister of Infrastructure and Ouattara spokesman, told VOA the violence could force Gbagbo to step down and cede power since, in his words, previous efforts by the international community, including African leaders, to resolve the political stalemate have failed.
“President Ouattara has always been concerned about violence in general and violence in Abidjan in particular. Since the 28th of November (2010), when he won the election, followers of Gbagbo put forward violence hoping that it will finally bring him to accept that former President Gbagbo stays and he doesn’t leave the power. But, this is not possible and it will never happen, ever.” said Achi.
Wednesday, witnesses reported rounds of gunfire and heavy weapons explosions in the volatile Abidjan neighborhood of Abobo. Tuesday, unidentified gunmen killed 10 troops loyal to Gbagbo, where most residents back Ouattara.
""",
        "quotes": [
            ("indirect", "the leader is expressing deep concern<<>>the commercial capital, Abidjan",
             "said", "An official", "Patrich Achi", "CIV", "nominal"),
            ("indirect", "the violence could force Gbagbo<<>>have failed", "told", "Patrich Achi",
             "Patrich Achi", "CIV", "name"),
            ("direct", "President Ouattara has always been concerned<<>>it will never happen, ever.",
             "said", "Achi", "Patrich Achi", "CIV", "name"),
        ],
    },
    {
        "id": "t11-ivory-coast-gbagbo-runoff-2010",
        "url": "http://www.voanews.com/content/ivory-coast-president-confident-ahead-of-runoff-vote--106773198/161630.html",
        "title": "Ivory Coast President Confident Ahead of Runoff Vote",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, two photo captions (each stored twice; the "
                "second dated 04 Nov 2010, of a Bedie rally, not the story's date). Cut by the "
                "store inside the next sentence ('The campaign for both remaining candidates "
                "n'); kept to the last complete sentence. published: null (the URL has no date; "
                "the story is of the Friday after the 31 October 2010 first round). Kept: the "
                "page's misspelling 'Mr. Gbabgo'.",
        "text": """
In Ivory Coast, a spokesman says President Laurent Gbagbo is confident of victory as he prepares for a runoff election later this month against former Prime Minister Alassane Ouattara. The election is the first presidential ballot in the West African nation in 10 years, when Mr. Gbagbo became head of state.
Neither President Gbagbo nor former prime minister Ouattara won a majority in Sunday's much-awaited presidential vote, so they will face each other in a second round run-off ballot at the end of this month.
Both campaigns are taking a break until Ivory Coast's constitutional court validates provisional results that show Mr. Gbagbo leading with about 38 percent of the vote, to just over 32 percent for Mr. Ouattara. Former president Henri Konan Bedie finished third with 25 percent of the votes, and his party is calling for a recount.
In Abidjan Friday, Mr. Gbagbo's campaign spokesman, Affi N'Guessan, congratulated Ivorians on a peaceful, democratic poll and predicted Mr. Gbagbo would win the runoff, currently scheduled for November 28.
He says, in the first round Mr. Gbabgo dominated the southern part of the country, regardless of ethnicity. According to the spokesman, Mr. Gbagbo won more than 45 percent of the votes in Abidjan, the West African nation's commercial capital, and also finished first in the western part of the country. In the east, N'Guessan says, the president won more ballots than Bedie.
""",
        "quotes": [
            ("indirect", "President Laurent Gbagbo is confident of victory<<>>Alassane Ouattara",
             "says", "a spokesman", "Affi N'Guessan", "CIV", "nominal"),
            ("indirect", "Mr. Gbagbo would win the runoff, currently scheduled for November 28",
             "predicted", "Affi N'Guessan", "Affi N'Guessan", "CIV", "name"),
            ("indirect", "in the first round Mr. Gbabgo dominated<<>>regardless of ethnicity", "says",
             "He", "Affi N'Guessan", "CIV", "pronoun"),
            ("indirect", "Mr. Gbagbo won more than 45 percent<<>>the western part of the country",
             "According to", "the spokesman", "Affi N'Guessan", "CIV", "nominal"),
            ("indirect", "the president won more ballots than Bedie", "says", "N'Guessan",
             "Affi N'Guessan", "CIV", "name"),
        ],
    },
    {
        "id": "t11-lebanon-hezbollah-drones-2019",
        "url": "https://www.voanews.com/middle-east/hezbollah-israeli-drone-crashes-hezbollah-media-center",
        "title": "Hezbollah: Israeli Drone Crashes Into Hezbollah Media Center",
        "published": "2019-08-25",
        "truncated": False,
        "note": "Removed: the store's ' date 2019-08-25' prefix, section 'Middle East', title "
                "line, byline and time stamp ('By VOA News', 'August 25, 2019 07:42 AM'), photo "
                "caption (stored twice), and after the story the 'Related Stories' box and "
                "author box. Kept: the typewriter '' closing \"aggression''.",
        "text": """
Hezbollah says two Israeli drones have crashed in Lebanon overnight.
The second drone fell on a building that houses Hezbollah's media center in the Dahyeh suburbs of Lebanon's capital, Beirut.
"We did not shoot down or explode any of the drones," Hezbollah spokesman Mohammed Afif told the Associated Press.
Israel has not commented on the drone strike.
Lebanese Prime Minister Saad Hariri described the crash of the two drones as a violation and "aggression'' against Lebanese sovereignty as well as a "threat to regional stability."
Israel said late Saturday, however, that it conducted an airstrike near the Syrian capital of Damascus on an arm of Iran's Revolutionary Guards, in an effort to thwart an imminent Iranian drone strike on Israel.
Israeli Prime Minister Benjamin Netanyahu said on Twitter: "Our forces operate in every sector against the Iranian aggression."
Syria's army said in a statement that "the majority of the Israeli missiles were destroyed before reaching their targets."
It is not immediately clear if the incidents in Beirut and Syria are related.
""",
        "quotes": [
            ("indirect", "two Israeli drones have crashed in Lebanon overnight", "says", "Hezbollah",
             "Hezbollah", "LBN", "organisation"),
            ("direct", "We did not shoot down or explode any of the drones", "told",
             "Mohammed Afif", "Mohammed Afif", "LBN", "name"),
            ("partial", "aggression", "described", "Saad Hariri", "Saad Hariri", "LBN", "name"),
            ("partial", "threat to regional stability", "described", "Saad Hariri", "Saad Hariri",
             "LBN", "name"),
            ("indirect", "it conducted an airstrike<<>>drone strike on Israel", "said", "Israel",
             "Israel", "ISR", "organisation"),
            ("direct", "Our forces operate in every sector against the Iranian aggression.", "said",
             "Benjamin Netanyahu", "Benjamin Netanyahu", "ISR", "name"),
            ("partial", "the majority of the Israeli missiles were destroyed before reaching their targets",
             "said", "Syria's army", "Syrian army", "SYR", "organisation"),
        ],
    },
    {
        "id": "t11-pakistan-floods-leaders-2010",
        "url": "http://www.voanews.com/content/pakistani-prime-minister-pledges-aid-after-touring-flood-ravaged-region-100518699/123658.html",
        "title": "Pakistani Leaders Tour Flood-Ravaged Areas",
        "published": None,
        "truncated": False,
        "note": "Removed: 'News / Asia', title line, the map label 'Flood-Affected Areas', and "
                "after the story the 'You May Like' box. Kept: VOA's closing credit line 'Some "
                "information for this report was provided by AP, AFP and Reuters.'. published: "
                "null (the URL has no date; the story is of a Thursday in mid-August 2010).",
        "text": """
Pakistani President Asif Ali Zardari has made his first visit to flood-hit areas of the country, following widespread criticism of his decision to travel abroad during the disaster.
The floods, triggered by monsoon rains, have killed at least 1,600 people and affected close to 14 million in the Khyber-Pakhtunkhwa, Punjab and Sindh provinces over the last two weeks. The U.N. has appealed for $460 million to provide immediate help, including food, shelter and clean water.
Mr. Zardari flew to the southern city of Sukkur in Sindh on Thursday and assured flood victims the government was working hard to provide relief.
The visit comes three days after he returned from a controversial trip to Europe.
Prime Minister Yousuf Raza Gilani traveled to flood-hit areas in the southwestern Baluchistan region Thursday and appealed for more international help.
Two U.S. military helicopters were the first of 19 to arrive in Pakistan on Thursday from the U.S. amphibious assault ship USS Peleliu in the Arabian Sea. The aircraft will help with relief efforts and replace six combat helicopters from the U.S. war effort in neighboring Afghanistan.
U.S. Defense Secretary Robert Gates ordered the 19 helicopters to Pakistan on Wednesday. The U.S. embassy in Islamabad says the U.S. military has helped rescue more than 3,000 people and transported 146,000 kilograms of emergency supplies since August 5.
Pakistani Ambassador to the United Nations Abdullah Hussain Haroon on Wednesday called the floods a "horrendous disaster," saying they have affected 150,000 square kilometers of land and wiped out 4,700 villages.
Hundreds of homes, bridges and roads have been washed away, with at least two million left homeless.
U.N. officials say high levels of gastroenteritis and diarrhea have already been found among flood victims.
Some information for this report was provided by AP, AFP and Reuters.
""",
        "quotes": [
            ("indirect", "the government was working hard to provide relief", "assured",
             "Mr. Zardari", "Asif Ali Zardari", "PAK", "name"),
            ("indirect", "the U.S. military has helped rescue<<>>since August 5", "says",
             "The U.S. embassy in Islamabad", "U.S. embassy in Islamabad", "USA", "organisation"),
            ("partial", "horrendous disaster", "called", "Abdullah Hussain Haroon",
             "Abdullah Hussain Haroon", "PAK", "name"),
            ("indirect", "they have affected 150,000 square kilometers<<>>4,700 villages", "saying",
             "Abdullah Hussain Haroon", "Abdullah Hussain Haroon", "PAK", "name"),
            ("indirect", "high levels of gastroenteritis<<>>among flood victims", "say",
             "U.N. officials", "UN officials", "UNO", "nominal"),
        ],
    },
]

DOCS += [
    {
        "id": "t11-liberia-sirleaf-us-aid-2007",
        "url": "https://www.voanews.com/a/a-13-2007-02-16-voa26/331813.html",
        "title": "Liberian President Promises Results From US Aid",
        "published": "2007-02-16",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. published: the date "
                "in the URL (the news conference of 'Friday').",
        "text": """
Liberian President Ellen Johnson Sirleaf says Liberians will soon see more tangible results of international efforts to help the country recover from its long civil war.
In a news conference at VOA headquarters in Washington Friday, Mrs. Johnson Sirleaf said U.S. aid has already helped to re-establish schools and return farmers to work.
But she said her administration wants to speed up the implementation of various rebuilding projects.
She noted that her administration has been in office only one year. The president said, in the second year, Liberians will see much more.
Mrs. Johnson Sirleaf also expressed concern about unrest in Guinea, saying if the situation there escalates into conflict, refugees could start flowing into Liberia.
The Liberian president held meetings with U.S. officials including President Bush this week. She thanked the U.S. for canceling $391 million in Liberian debt, saying it had prompted other countries such as Germany to do the same.
""",
        "quotes": [
            ("indirect", "Liberians will soon see more tangible results<<>>its long civil war", "says",
             "Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "U.S. aid has already helped to re-establish schools and return farmers to work",
             "said", "Mrs. Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "her administration wants to speed up the implementation of various rebuilding projects",
             "said", "she", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "her administration has been in office only one year", "noted", "She",
             "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "in the second year, Liberians will see much more", "said", "The president",
             "Ellen Johnson Sirleaf", "LBR", "nominal"),
            ("indirect", "if the situation there escalates<<>>flowing into Liberia", "saying",
             "Mrs. Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "it had prompted other countries such as Germany to do the same", "saying",
             "She", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
        ],
    },
    {
        "id": "t11-liberia-sirleaf-white-house-2006",
        "url": "https://www.voanews.com/a/a-13-2006-03-22-voa12/327060.html",
        "title": "Sirleaf Wins Bush Pledge to Aid Liberia's Reconstruction",
        "published": "2006-03-22",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, the label "
                "'update', 'XS SM MD LG'. published: the date in the URL.",
        "text": """
Liberia's President Ellen Johnson Sirleaf says the Bush administration has promised to support her country's emergency infrastructure needs.
In a VOA interview, Mrs. Sirleaf says her meeting at the White House with President Bush on Tuesday went "exceptionally well." The two leaders discussed ways the United States can help Liberia's transition to democracy after 14 years of civil war.
Mrs. Sirleaf says U.S. assistance will help Liberia restructure its security forces and develop programs to help thousands of youths affected by war. She adds that her country is counting on the presence of U.N. peacekeeping forces for three to four more years.
The Liberian president says she hopes the United Nations will remove economic sanctions on Liberia's forestry sector in June. Authorities in Monrovia are still working, she says, to meet conditions for lifting U.N. sanctions on the diamond industry.
Mrs. Sirleaf says she is hopeful that Nigeria will heed a request to extradite former Liberian President Charles Taylor, who is wanted on U.N. war-crimes charges. Taylor currently lives in exile in Nigeria, but Mrs. Sirleaf says Nigerian President Olusegun Obasanjo has been discussing the case with other African leaders who helped negotiate Taylor's departure from Liberia in 2003.
President Sirleaf is near the end of a weeklong U.S. visit in which she made warmly received speeches to Congress and the U.N. Security Council. She also received a $25-million pledge from the World Bank for Liberia's reconstruction.
""",
        "quotes": [
            ("indirect", "the Bush administration has promised<<>>emergency infrastructure needs", "says",
             "Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", 'her meeting at the White House<<>>"exceptionally well."', "says",
             "Mrs. Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("partial", "exceptionally well", "says", "Mrs. Sirleaf", "Ellen Johnson Sirleaf", "LBR",
             "name"),
            ("indirect", "U.S. assistance will help Liberia<<>>affected by war", "says", "Mrs. Sirleaf",
             "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "her country is counting on<<>>three to four more years", "adds", "She",
             "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "she hopes the United Nations<<>>forestry sector in June", "says",
             "The Liberian president", "Ellen Johnson Sirleaf", "LBR", "nominal"),
            ("indirect", "to meet conditions for lifting U.N. sanctions on the diamond industry", "says",
             "she", "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "she is hopeful that Nigeria<<>>U.N. war-crimes charges", "says",
             "Mrs. Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "Nigerian President Olusegun Obasanjo has been discussing<<>>Liberia in 2003",
             "says", "Mrs. Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
        ],
    },
    {
        "id": "t11-ukraine-tymoshenko-washington-2007",
        "url": "https://www.voanews.com/a/a-13-2007-03-02-voa19/342346.html",
        "title": "Ukraine Opposition Leader Meets Cheney in Washington",
        "published": "2007-03-02",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. published: the date "
                "in the URL.",
        "text": """
Ukrainian opposition leader Yulia Tymoshenko says the United States understands the problems Ukraine faces in its democratic development, and its need for energy security.
Tymoshenko met in Washington Thursday with Vice President Dick Cheney and National Security Advisor Stephen Hadley. The former Ukrainian prime minister is scheduled to meet with Secretary of State Condoleezza Rice Friday.
After her meetings Thursday, Tymoshenko said Ukraine faces a real threat of losing its political sovereignty, independence and integration with the European community for the first time in 15 years.
Ukraine is struggling with a political stalemate between supporters of West-leaning reformer President Viktor Yushchenko, and those of Prime Minister Viktor Yanukovych, who wants stronger ties with Russia.
President Yushchenko and Tymoshenko were once allies, but their relationship deteriorated because of bitter political infighting a year after the 2004 Orange Revolution that swept Mr. Yushchenko to power.
""",
        "quotes": [
            ("indirect", "the United States understands the problems<<>>its need for energy security",
             "says", "Yulia Tymoshenko", "Yulia Tymoshenko", "UKR", "name"),
            ("indirect", "Ukraine faces a real threat<<>>for the first time in 15 years", "said",
             "Tymoshenko", "Yulia Tymoshenko", "UKR", "name"),
        ],
    },
    {
        "id": "t11-korea-north-warns-lee-2008",
        "url": "https://www.voanews.com/a/a-13-2008-04-01-voa23-66643922/557183.html",
        "title": "North Korea Warns South Korean President of 'Catastrophic Consequences'",
        "published": "2008-04-01",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside a quotation of Christopher Hill ('\"I hope we can figure out ... we are "
                "kind of running out of'); that paragraph was dropped whole. published: the date "
                "in the URL. Kept: the page's 'talks aimed ending' and the announcer as 'he' and "
                "'She'.",
        "text": """
North Korea has singled out South Korea's president for harsh criticism, for the first time since he took office. Meanwhile, the chief American envoy to talks aimed ending North Korea's nuclear weapons is in Seoul, warning time is "running out" for the North to fulfill its diplomatic promises. VOA Seoul correspondent Kurt Achin reports.
North Korean media has lashed out against South Korean conservatives on a number of previous occasions - but Tuesday's commentary is the first time Pyongyang has singled out President Lee Myung-bak, by name, referring to him as "a traitor."
A North Korean announcer says what he calls Lee Myung-bak's sycophantic approach to the United States and confrontational approach to North Korea are entirely to blame for the current stall in North-South relations. She says the Lee Myung-bak administration must accept full responsibility for the situation.
President Lee was inaugurated in February. He has introduced a much firmer policy line towards North Korea than his two predecessors. He says North-South relations - including economic cooperation and transfers of humanitarian aid - will be preconditioned on North Korea's cooperation in ending its nuclear weapons programs. A Tuesday editorial in North Korea's Rodong Shinmun warns of what it calls "irrevocable catastrophic consequences" for Mr. Lee's policies.
Pyongyang is now four months late in producing a declaration of its nuclear stockpiles and activities which it promised by the end of 2007. The delay has created a serious roadblock for negotiations between the North and China, Russia, Japan, the United States and South Korea.
The chief American delegate to those talks, Assistant Secretary of State Christopher Hill, arrived in Seoul. He warns the delay cannot go on indefinitely.
""",
        "quotes": [
            ("indirect", 'time is "running out" for the North to fulfill its diplomatic promises',
             "warning", "the chief American envoy", "Christopher Hill", "USA", "nominal"),
            ("partial", "running out", "warning", "the chief American envoy", "Christopher Hill",
             "USA", "nominal"),
            ("partial", "a traitor", "referring to", "Pyongyang", "North Korea", "PRK",
             "organisation"),
            ("indirect", "what he calls Lee Myung-bak's<<>>North-South relations", "says",
             "A North Korean announcer", "North Korean announcer", "PRK", "nominal"),
            ("indirect", "the Lee Myung-bak administration must accept full responsibility for the situation",
             "says", "She", "North Korean announcer", "PRK", "pronoun"),
            ("indirect", "North-South relations - including<<>>its nuclear weapons programs", "says",
             "He", "Lee Myung-bak", "KOR", "pronoun"),
            ("partial", "irrevocable catastrophic consequences", "calls", "it", "Rodong Shinmun",
             "PRK", "pronoun"),
            ("indirect", "the delay cannot go on indefinitely", "warns", "He", "Christopher Hill",
             "USA", "pronoun"),
        ],
    },
    {
        "id": "t11-korea-vershbow-nuclear-test-2006",
        "url": "http://www.voanews.com/content/a-13-2006-10-10-voa5/326156.html",
        "title": "Senior South Korean Official Apologizes for North's Nuclear Test",
        "published": "2006-10-10",
        "truncated": True,
        "note": "The page holds the summary of one story and the text of a related one. Removed: "
                "'News', title line, the second story's headline 'South Korean Leaders Take Heat "
                "For North's Nuclear Test' (kept as a paragraph break). Cut by the store inside "
                "a quotation ('... before there was - in his words - \"an unhappy inc'); that "
                "sentence was dropped, the paragraph kept to the sentence before it. published: "
                "the date in the URL.",
        "text": """
South Korea's government will be changing its policy of engaging North Korea in the wake of Pyongyang's apparent nuclear test. The official responsible for implementing that policy has apologized in parliament.
Under President Roh Moo-hyun, South Korea has spent billions of dollars in aid and investment in the North, hoping to ensure the communist state remains peaceful and free of nuclear weapons.
As the world responds to North Korea's announcement of a nuclear test, Washington's envoy to Seoul is hinting at an even chillier relationship with Pyongyang. At the same time, South Korean lawmakers are turning up the heat on President Roh Moo-hyun's administration.
The U.S. ambassador to South Korea, Alexander Vershbow, implied that North Korea's apparent test of a nuclear weapon has made a direct dialogue with Washington less likely.
"We have been sending very clear signals for many, many months that we are ready to have bilateral talks with the North Koreans in the context of the six-party talks," he said. "Where we go from here, after yesterday's events though, is a different question."
Washington has worked with five nations - South Korea, Japan, Russia, and China - to convince North Korea to fulfill its promises to be free of nuclear weapons. A few weeks ago, Washington offered a one-on-one meeting if Pyongyang simply agreed to return to six-nation disarmament talks.
The United States has condemned the North's test claims. Vershbow accused Pyongyang of "squandering" the chance of a better future by trading its arms for economic and diplomatic benefits.
The North Koreans appeared to be turning up the rhetoric in the face of international condemnation.
""",
        "quotes": [
            ("indirect", "North Korea's apparent test<<>>with Washington less likely", "implied",
             "Alexander Vershbow", "Alexander Vershbow", "USA", "name"),
            ("direct", "We have been sending very clear signals<<>>the six-party talks", "said", "he",
             "Alexander Vershbow", "USA", "pronoun"),
            ("direct", "Where we go from here, after yesterday's events though, is a different question.",
             "said", "he", "Alexander Vershbow", "USA", "pronoun"),
            ("partial", "squandering", "accused", "Vershbow", "Alexander Vershbow", "USA", "name"),
        ],
    },
    {
        "id": "t11-colombia-hostage-release-delayed-2007",
        "url": "https://www.voanews.com/a/a-13-2007-12-31-voa48-66701847/559218.html",
        "title": "Colombian Hostage Release Delayed Indefinitely",
        "published": "2007-12-31",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Kept: the lead's "
                "sentence 'VOA's Brian Wagner reports from Miami.'. Cut by the store inside the "
                "next sentence ('The three hostages are ... an aide to former presidential ca'); "
                "kept to the last complete sentence. published: the date in the URL.",
        "text": """
Colombia's President Alvaro Uribe Monday criticized leftist rebels for delaying the planned handover of three hostages held for more than five years. International observers, who were in Colombia to oversee the release, left late in the day, as rebel leaders said they could not complete the handover for now. VOA's Brian Wagner reports from Miami.
President Uribe traveled to the central city of Villavicencio to meet with international delegates awaiting instructions from rebel leaders about the planned handover. Venezuelan officials in charge of the operation say they have yet to receive word from the Revolutionary Armed Forces of Colombia, known as FARC, about a location to find the three hostages.
Mr. Uribe said the leftist rebels have a history of breaking promises they have made during the decades-long conflict in Colombia.
Mr. Uribe said Colombia's government has many reasons to distrust the FARC, and he wanted to express those concerns to international observers of the release. He also said he assured the recovery team that Colombia's government has fulfilled all the necessary guarantees to ensure the mission's success.
He said Venezuelan officials received a message from FARC leaders, claiming that bad weather and Colombian military teams in the area were interfering with plans for the hostage handover.
Mr. Uribe said FARC leaders are lying, because he says weather has been very clear in rebel-held areas, and there have been no military operations over the past two weeks.
Earlier, Venezuela's Foreign Minister Nicolas Maduro traveled to Colombia, where he asked observers from eight countries to have patience with the operation. He said it could be a few more days before rebels can relay the coordinates for Venezuelan helicopters to pick up the hostages.
""",
        "quotes": [
            ("indirect", "they could not complete the handover for now", "said", "rebel leaders",
             "FARC rebel leaders", "COL", "nominal"),
            ("indirect", "they have yet to receive word<<>>to find the three hostages", "say",
             "Venezuelan officials", "Venezuelan officials", "VEN", "nominal"),
            ("indirect", "the leftist rebels have a history<<>>conflict in Colombia", "said",
             "Mr. Uribe", "Alvaro Uribe", "COL", "name"),
            ("indirect", "Colombia's government has many reasons<<>>international observers of the release",
             "said", "Mr. Uribe", "Alvaro Uribe", "COL", "name"),
            ("indirect", "Colombia's government has fulfilled<<>>the mission's success", "assured",
             "he", "Alvaro Uribe", "COL", "pronoun"),
            ("indirect", "Venezuelan officials received a message from FARC leaders", "said",
             "He", "Alvaro Uribe", "COL", "pronoun"),
            ("indirect", "bad weather and Colombian military teams<<>>the hostage handover", "claiming",
             "FARC leaders", "FARC leaders", "COL", "nominal"),
            ("indirect", "FARC leaders are lying", "said", "Mr. Uribe", "Alvaro Uribe", "COL", "name"),
            ("indirect", "weather has been very clear<<>>over the past two weeks", "says", "he",
             "Alvaro Uribe", "COL", "pronoun"),
            ("indirect", "it could be a few more days<<>>to pick up the hostages", "said", "He",
             "Nicolas Maduro", "VEN", "pronoun"),
        ],
    },
    {
        "id": "t11-colombia-gonzalez-returns-2008",
        "url": "https://www.voanews.com/a/a-13-2008-01-14-voa68/343888.html",
        "title": "Freed Colombian Hostage Gonzalez Back in Bogota",
        "published": "2008-01-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. published: the date "
                "in the URL.",
        "text": """
Former Colombian politician and hostage Consuelo Gonzalez has returned to Bogota with what she calls evidence that eight of her former fellow captives are still alive. It is not clear which hostages are involved.
A grateful Gonzalez said Monday she is intensely happy to be home after being held for nearly six years by the rebel Revolutionary Armed Forces of Colombia, or FARC.
Gonzalez and another Colombian politician, Clara Rojas, were freed last week following mediation by Venezuelan President Hugo Chavez.
Meanwhile, the United States has rejected Mr. Chavez's call to stop labeling the rebels as terrorists.
State Department spokesman, Sean McCormack said Monday that the FARC has earned its way onto the list of terrorist groups.
The spokesman said he is unaware of any substantial changes in the FARC's behavior that would merit it being dropped from the list.
Mr. Chavez last week described the FARC and a smaller Colombian rebel group known as the ELN as insurgent armies with political goals he said should be respected.
Colombian President Alvaro Uribe rejected the suggestion, saying in a statement that the FARC and ELN are terrorist groups because they use force against a democracy and finance drug trafficking.
Meanwhile, Colombian authorities say FARC guerrillas have kidnapped six tourists from a Pacific island, adding to the more than 700 hostages they hold for ransom or political leverage.
Separately, U.S. Representative James McGovern, who is in Colombia, has told the Associated Press he would travel wherever necessary to meet with the FARC if he thought it would help in getting more hostages released.
The FARC has been fighting the Colombian government for decades. At least 40 high-profile hostages are in FARC custody, including three American defense contractors and former presidential candidate Ingrid Betancourt. Rojas was kidnapped with Betancourt in February 2002.
""",
        "quotes": [
            ("indirect", "she is intensely happy to be home<<>>Colombia, or FARC", "said", "Gonzalez",
             "Consuelo Gonzalez", "COL", "name"),
            ("indirect", "the FARC has earned its way onto the list of terrorist groups", "said",
             "Sean McCormack", "Sean McCormack", "USA", "name"),
            ("indirect", "he is unaware of any substantial changes<<>>dropped from the list", "said",
             "The spokesman", "Sean McCormack", "USA", "nominal"),
            ("indirect", "should be respected", "said", "he", "Hugo Chavez", "VEN", "pronoun"),
            ("indirect", "the FARC and ELN are terrorist groups<<>>finance drug trafficking", "saying",
             "Alvaro Uribe", "Alvaro Uribe", "COL", "name"),
            ("indirect", "FARC guerrillas have kidnapped six tourists<<>>political leverage", "say",
             "Colombian authorities", "Colombian authorities", "COL", "nominal"),
            ("indirect", "he would travel wherever necessary<<>>more hostages released", "told",
             "James McGovern", "James McGovern", "USA", "name"),
        ],
    },
    {
        "id": "t11-bangladesh-hasina-landslide-2008",
        "url": "https://www.voabangla.com/a/a-16-2008-12-31-voa1-94435069/1396610.html",
        "title": "Hasina Wins Landslide in Bangladesh, Zia Rejects Results",
        "published": "2008-12-31",
        "truncated": False,
        "note": "An English story on VOA's Bangla service site. Removed: the Bengali furniture "
                "('অ্যাকসেসিবিলিটি লিংক', 'সংশ্লিষ্ট'), title line, 'XS SM MD LG'. Kept: the page's "
                "repeated sentence on the voter turnout (with '81 million' and '81-million'), "
                "and 'between political activist'. published: "
                "the date in the URL.",
        "text": """
Bangladesh's former Prime Minister Sheikh Hasina and her allies won an overwhelming parliamentary majority in the country's first elections in seven years, but her long-time rival rejected the outcome of Monday's polls.
Khaleda Zia, another former prime minister who allied with several other parties including an Islamic fundamentalist group, called the poll "stage-managed."
She said the results are "not acceptable" to either her Bangladesh Nationalist Party or the people, and that she will turn over evidence to support her allegations of vote-rigging in the coming days.
However, election commission officials said Ms. Hasina's Awami League and its allies won about two-thirds of the seats, and international monitors deemed the election "credible." Observers also welcomed the high voter turnout, with about 85 percent of the 81 million eligible voters casting ballots.
Meanwhile, local news media reported post-election violence between political activist, raising fears of a return to the political unrest that led to the cancelation of the country's last planned election.
Observers also welcomed the high voter turnout, with about 85 percent of the 81-million eligible voters casting ballots.
About 200-thousand local and international observers monitored Monday's polls, which the European Union team deemed "credible."
Observers from the International Republican Institute also praised the election as a major step forward in demonstrating the country's commitment to democracy.
In Washington, the U.S. State Department congratulated the Bangladesh Election Commission and government officials Monday on the successful election.
Monday's vote was aimed at restoring democracy in Bangladesh following nearly two years of military-backed emergency rule.
""",
        "quotes": [
            ("partial", "stage-managed", "called", "Khaleda Zia", "Khaleda Zia", "BGD", "name"),
            ("indirect", 'the results are "not acceptable"<<>>in the coming days', "said", "She",
             "Khaleda Zia", "BGD", "pronoun"),
            ("partial", "not acceptable", "said", "She", "Khaleda Zia", "BGD", "pronoun"),
            ("indirect", "Ms. Hasina's Awami League and its allies won about two-thirds of the seats",
             "said", "election commission officials", "election commission officials", "BGD",
             "nominal"),
            ("partial", "credible", "deemed", "international monitors", "international monitors",
             None, "nominal"),
            ("partial", "credible", "deemed", "the European Union team", "European Union team",
             "EUR", "organisation", "which the European Union team deemed"),
        ],
    },
    {
        "id": "t11-bangladesh-election-date-protests-2013",
        "url": "https://www.voanews.com/a/bangladesh-protests-turn-violent-after-election-date-announced/1797755.html",
        "title": "Bangladesh Protests Turn Violent Over Election Date",
        "published": "2013-11-26",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(stored twice; dated Nov. 26, 2013, the story's 'Tuesday', used as the date), "
                "and after the story the 'VOA News' author box. Kept: VOA's closing credit line "
                "'Some information in this report was provided by Reuters.'.",
        "text": """
Political protests in Bangladesh turned violent on Tuesday after the nation's Election Commission announced elections for a new government will be held January 5.
One man died and dozens of others were wounded in rallies across the country. Opposition supporters detonated scores of homemade bombs and removed railway tracks to disrupt train services on Tuesday, witnesses and police said.
The Election Commission announced the date for the new elections on Monday. The BNP had wanted to postpone the announcement until after an agreement had been reached on the formation of a caretaker cabinet to oversee the election.
The BNP has rejected any attempt to hold an election until it is satisfied a neutral interim administration is in place without Prime Minister Sheikh Hasina.
Both heirs to political dynasties, Hasina and BNP leader Begum Khaleda Zia have rotated as prime minister for most of the last 22 years amid unending enmity, set against an all-too-familiar background of violent protest in one of the world's poorest countries.
In recent weeks at least 30 people have died and hundreds have been injured in the protests.
Some information in this report was provided by Reuters.
""",
        "quotes": [
            ("indirect", "elections for a new government will be held January 5", "announced",
             "the nation's Election Commission", "Bangladesh Election Commission", "BGD",
             "organisation"),
            ("indirect", "Opposition supporters detonated scores<<>>train services on Tuesday", "said",
             "witnesses and police", "witnesses and police", "BGD", "nominal"),
        ],
    },
    {
        "id": "t11-serbia-tadic-kosovo-2006",
        "url": "http://www.voanews.com/a/a-13-cn-tadic-05sept06/318428.html",
        "title": "Tadic to Explain Serbia's Position on Kosovo During US Visit",
        "published": "2006-09-05",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'XS SM MD "
                "LG'. published: the date in the URL ('05sept06'), the story's 'Tuesday'.",
        "text": """
Serbian President Boris Tadic meets Wednesday with U.S. National Security Advisor Stephen Hadley to explain to the Bush administration why Serbia opposes independence for Kosovo.
Before leaving for Washington Tuesday, Mr. Tadic told reporters in Belgrade that he will tell U.S. officials that granting the Serbian province independence would threaten the security and stability of the entire Balkans.
He called the current Kosovo situation the result of the Serbian government's disastrous policies in the 1990s.
Mr. Tadic is scheduled to meet with Vice President Dick Cheney, Secretary of State Condoleezza Rice, and Defense Secretary Donald Rumsfeld later in the week.
United Nations-mediated talks between Serbian and Kosovo Albanian representatives on the future of the province have achieved no major progress.
Kosovo's majority ethnic Albanians seek independence. Serbia insists on maintaining control over the province.
Kosovo has been under U.N. administration since 1999, when NATO airstrikes drove Serbian and Yugoslav security forces from the province.
""",
        "quotes": [
            ("indirect", "why Serbia opposes independence for Kosovo", "explain", "Boris Tadic",
             "Boris Tadic", "SRB", "name"),
            ("indirect", "granting the Serbian province independence<<>>the entire Balkans", "tell",
             "he", "Boris Tadic", "SRB", "pronoun"),
        ],
    },
    {
        "id": "t11-syria-assad-houla-speech-2012",
        "url": "http://www.voanews.com/content/syria_assad_denies_responsibility_houla_massacre/1146445.html",
        "title": "Syria's Assad Denies Responsibility for Houla Massacre",
        "published": "2012-06-03",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice; dated "
                "June 3, 2012, the story's 'Sunday', used as the date), byline 'Edward Yeranian', "
                "the page's indentation. Kept: the dateline 'CAIRO, Egypt - '. Cut by the store "
                "inside the next sentence ('He says his government has tried ... economic and "
                "politi'); kept to the last complete sentence.",
        "text": """
CAIRO, Egypt - Syria's president has dismissed accusations his government was responsible for the recent massacre of 108 civilians in the town of Houla. He also charges that forces outside Syria are plotting to destroy the country.
Syrian government tanks shelled the beleaguered town of Houla on Sunday, while in Damascus, President Bashar al-Assad denied government responsibility for a massacre there two weeks ago.
In a speech to the newly-elected Syrian parliament, Assad appeared to defy mounting international criticism of his brutal response to the revolt against his rule.
He said the recent election was a response to legitimate popular demands, as well as a means to block foreign plots against his country.
He says that with recent reforms, the government is succeeding in combating outside designs on the country and at the same time answering a major part of the people's demands.
The Syrian president drew very little applause during his hour at the podium, unlike many previous addresses to parliament. Arab observers also pointed to the absence of Assad's Sunni vice president, Farouk al-Shara.
A November Arab League peace plan had designated Shara to conduct a dialogue with the opposition and to play a major role in a political transition.
President Assad insisted during his address that the 15-month conflict in Syria was not a “political” problem, but was instead the result of “terrorism.”
""",
        "quotes": [
            ("indirect", "forces outside Syria are plotting to destroy the country", "charges", "He",
             "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", "the recent election was a response<<>>foreign plots against his country",
             "said", "He", "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", "with recent reforms, the government is succeeding<<>>the people's demands",
             "says", "He", "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", "the 15-month conflict in Syria<<>>“terrorism.”", "insisted",
             "President Assad", "Bashar al-Assad", "SYR", "name"),
            ("partial", "political", "insisted", "President Assad", "Bashar al-Assad", "SYR", "name"),
            ("partial", "terrorism", "insisted", "President Assad", "Bashar al-Assad", "SYR", "name"),
        ],
    },
    {
        "id": "t11-syria-assad-stays-2012",
        "url": "http://www.voanews.com/content/syrian-opposition-considers-unity-plan/1541738.html",
        "title": "Assad Vows to Remain in Syria",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice; an "
                "August 29, 2012 file photo, not the story's date), byline 'Edward Yeranian'. "
                "Cut by the store inside the next sentence ('Rebels from the southern city of "
                "Daraa ... at the presidential p'); kept to the last complete sentence. "
                "published: null (the URL has no date; the Russia Today interview and Cameron's "
                "exile remark place the story in November 2012). The URL slug names another "
                "story; the stored page is this one.",
        "text": """
Syrian President Bashar al-Assad said he will not leave his country and warned against foreign military intervention in Syria. Meanwhile, Syrian rebel fighters are reportedly intensifying attacks, claiming to have captured another border post with Turkey in the Kurdish northeast of the country.
President Assad told Russia Today TV that he has no intention of leaving Syria, despite recent comments by British Prime Minister David Cameron that a deal could be arranged for him to go into exile.
"I'm not a puppet, I was not made by the West to go to the West or any other country. I'm Syrian, I'm made in Syria and I have to live in Syria and die in Syria," he said.
Assad also said that his country is the "last stronghold of secularism and stability in the region," and that he did not expect any Western intervention in his country, because it would have a "domino effect" across the world.
Inside Syria, bombing missions have reportedly intensified. Amateur video showed Syrian government warplanes flying over parts of the capital, Damascus Thursday. Witnesses said schools were closed for the second straight day as the situation remains tense.
Hilal Khashan, who teaches political science at the American University of Beirut, said the rebels are reported to have made major gains on the ground in and around the capital.
"There are indicators that the Syrian army is not doing much fighting," said Khashan. "The front in Damascus has been reactivated and the Free Syrian Army is making gains around Damascus."
""",
        "quotes": [
            ("indirect", "he will not leave his country", "said", "Bashar al-Assad",
             "Bashar al-Assad", "SYR", "name"),
            ("indirect", "he has no intention of leaving Syria", "told", "President Assad",
             "Bashar al-Assad", "SYR", "name"),
            ("direct", "I'm not a puppet<<>>die in Syria", "said", "he", "Bashar al-Assad", "SYR",
             "pronoun"),
            ("indirect", 'his country is the "last stronghold<<>>across the world', "said", "Assad",
             "Bashar al-Assad", "SYR", "name"),
            ("partial", "last stronghold of secularism and stability in the region", "said", "Assad",
             "Bashar al-Assad", "SYR", "name"),
            ("partial", "domino effect", "said", "Assad", "Bashar al-Assad", "SYR", "name"),
            ("indirect", "schools were closed for the second straight day as the situation remains tense",
             "said", "Witnesses", "witnesses", "SYR", "nominal"),
            ("indirect", "the rebels are reported to have made major gains<<>>around the capital",
             "said", "Hilal Khashan", "Hilal Khashan", None, "name"),
            ("direct", "There are indicators that the Syrian army is not doing much fighting", "said",
             "Khashan", "Hilal Khashan", None, "name"),
            ("direct", "The front in Damascus has been reactivated<<>>gains around Damascus.", "said",
             "Khashan", "Hilal Khashan", None, "name"),
        ],
    },
    {
        "id": "t11-chile-rice-bachelet-2006",
        "url": "https://www.voanews.com/a/a-13-2006-03-11-voa6/399577.html",
        "title": "Rice Travels to Santiago for Bachelet Inauguration",
        "published": "2006-03-11",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside a second quotation of Rice ('\"I think that is an important message "
                "that the United States understands'); the fragment was dropped, the paragraph "
                "kept to the end of the sentence before it. published: the date in the URL. "
                "Kept: the page's 'president-elected' and 'a reporters' question'.",
        "text": """
Secretary of State Condoleezza Rice is in Chile for the inauguration of the South American country's president-elect Michelle Bachelet. On the sidelines of the inaugural events, Rice will meet other regional leaders including Bolivia's new leftist President Evo Morales.
The Rice visit is aimed at underscoring the Bush administration's stated commitment to good relations with the growing number of left-of-center governments in Latin America, including that of Ms. Bachelet, who will become Chile's first woman president.
Despite its decades-old feud with Cuban President Fidel Castro and recent sharp exchanges with Venezuelan President Hugo Chavez, Secretary Rice says the United States has no problem with leftist governments, provided they govern democratically.
She will underline that intention with bilateral meetings in Chile with Ms. Bachelet, Uruguayan President Tabare Vazquez, and with Bolivian President Morales, a former coca growers association chief who, when he took office in January, said he would be a nightmare for U.S. policy makers.
Ms. Bachelet's father, a Chilean general, was jailed for opposing the 1973 military coup by Augusto Pinochet, and the president-elected was jailed and tortured during the 17-year dictatorship.
In an in-flight talk with reporters en route to Chile, Secretary Rice called the election of Ms. Bachelet a story of tragedy and then triumph, and a symbol of what the Chilean people have gone through to get democracy.
She side-stepped a reporters' question about whether the United States regretted its relations with the Pinochet regime, but said the United States helped Chileans restore civilian rule and that both countries have put the past behind them.
"There have been people who have had to struggle and who have suffered tragedy in order to make that possible," she said.
""",
        "quotes": [
            ("indirect", "the United States has no problem with leftist governments, provided they govern democratically",
             "says", "Secretary Rice", "Condoleezza Rice", "USA", "name"),
            ("indirect", "he would be a nightmare for U.S. policy makers", "said",
             "a former coca growers association chief", "Evo Morales", "BOL", "nominal"),
            ("indirect", "the United States helped Chileans<<>>put the past behind them", "said", "She",
             "Condoleezza Rice", "USA", "pronoun"),
            ("direct", "There have been people<<>>to make that possible", "said", "she",
             "Condoleezza Rice", "USA", "pronoun"),
        ],
    },
    {
        "id": "t11-syria-assad-terrorists-jalili-2012",
        "url": "http://www.voanews.com/content/syria-tops-talks-for-iranian-officials-in-damascus-ankara/1474852.html?page=2",
        "title": "Assad Vows to Rid Syria of 'Terrorists;' Violence Mounts",
        "published": "2012-08-07",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice; dated "
                "August 7, 2012, the story's 'Tuesday', used as the date), byline 'VOA News', "
                "the page's indentation. The store's text ends with a gallery caption cut "
                "mid-line ('Riyad Hijab is sworn in as new'), dropped. The URL (page 2 of an "
                "older slug) is kept as stored.",
        "text": """
Syrian President Bashar al-Assad has vowed to purge his country of what he called "terrorists," as security forces continue to fight rebels who have tried to seize control of parts of Aleppo and Damascus.
Syrian state-run media quoted Mr. Assad Tuesday as saying he would show no leniency towards "terrorists." He met with Iran's visiting national security council secretary, Saeed Jalili.
Syrian state television showed the meeting, the first time Mr. Assad has appeared on television in two weeks.
Jalili pledged continued Iranian support to Syria, which he said was part of an "axis of resistance" against foreign opponents.
Earlier Tuesday, Iran said it was holding the United States responsible for the lives of 48 Iranians who were kidnapped by Syrian rebels in Damascus on Saturday.
State-run media say the Foreign Ministry told the Swiss envoy in Tehran that it expects the U.S. to use its influence to secure the Iranians' release without any preconditions.
Switzerland represents U.S. interests in Iran because Washington and Tehran do not have diplomatic relations. The U.S. has said in the past it is only providing non-lethal assistance to Syrian rebels.
Iran says the 48 abducted were religious pilgrims, but the rebel Free Syrian Army described them as Iranian Revolutionary Guards on a "reconnaissance mission."
Activists say dozens of people were killed in anti-government-related unrest across Syria on Tuesday.
""",
        "quotes": [
            ("partial", "terrorists", "called", "he", "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", 'he would show no leniency towards "terrorists."', "saying", "Mr. Assad",
             "Bashar al-Assad", "SYR", "name"),
            ("partial", "terrorists", "saying", "Mr. Assad", "Bashar al-Assad", "SYR", "name"),
            ("indirect", 'was part of an "axis of resistance" against foreign opponents', "said", "he",
             "Saeed Jalili", "IRN", "pronoun"),
            ("partial", "axis of resistance", "said", "he", "Saeed Jalili", "IRN", "pronoun"),
            ("indirect", "it was holding the United States responsible<<>>in Damascus on Saturday",
             "said", "Iran", "Iran", "IRN", "organisation"),
            ("indirect", "it expects the U.S. to use its influence<<>>without any preconditions", "told",
             "the Foreign Ministry", "Iranian Foreign Ministry", "IRN", "organisation"),
            ("indirect", "it is only providing non-lethal assistance to Syrian rebels", "said",
             "The U.S.", "United States", "USA", "organisation"),
            ("indirect", "the 48 abducted were religious pilgrims", "says", "Iran", "Iran", "IRN",
             "organisation"),
            ("partial", "reconnaissance mission", "described", "the rebel Free Syrian Army",
             "Free Syrian Army", "SYR", "organisation"),
            ("indirect", "dozens of people were killed<<>>across Syria on Tuesday", "say", "Activists",
             "activists", None, "nominal"),
        ],
    },
    {
        "id": "t11-syria-annan-assad-honest-effort-2012",
        "url": "http://www.voanews.com/content/annan-meets-with-assad-in-syria-142179223/179431.html",
        "title": "Fresh Fighting in Syria, Assad Backs 'Honest' Peace",
        "published": "2012-03-10",
        "truncated": True,
        "note": "Removed: 'News', title line, two photo captions (each stored twice; the first "
                "dated March 10, 2012, the story's 'Saturday', used as the date), the page's "
                "indentation. Cut by the store inside the next sentence ('Mr. Assad is quoted "
                "as saying no political talks could take pl'); kept to the last complete "
                "sentence.",
        "text": """
Former U.N. Secretary-General Kofi Annan, now in Syria as an envoy for the Arab League and the United Nations, met with Syrian President Bashar al-Assad Saturday in Damascus, as Arab foreign ministers gathered in Cairo to discuss the Syrian crisis. Mr. Assad is reported to have pledged an “honest effort” to achieve peace in his country, but said he would not consent to any talks with his political opponents, whom he describes as “armed terrorist groups, spreading chaos and violence.”
At the Arab League, Qatar and Saudi Arabia are demanding concrete action to curtail the bloodshed in Syria. The league's secretary-general, Nabil al Arabi, and Russian Foreign Minister Sergei Lavrov jointly called for dialogue between the opposing sides in Syria.
Forces loyal to the Syrian government shelled the northern town of Idlib Saturday at the same time that President Assad was meeting in Damascus with Kofi Annan, the peace envoy from the Arab League and United Nations.
Witnesses in Idlib said they came under attack for hours, and that some of the shellfire was heavy. Government tanks also entered the city.
President Assad is said to have promised Mr. Annan that he would support any “honest effort” to work for peace. However, he also said he would reject any contact with opposition groups.
""",
        "quotes": [
            ("partial", "honest effort", "pledged", "Mr. Assad", "Bashar al-Assad", "SYR", "name"),
            ("indirect", "he would not consent to any talks<<>>spreading chaos and violence.”", "said",
             "Mr. Assad", "Bashar al-Assad", "SYR", "name"),
            ("partial", "armed terrorist groups, spreading chaos and violence", "describes", "he",
             "Bashar al-Assad", "SYR", "pronoun"),
            ("indirect", "they came under attack for hours, and that some of the shellfire was heavy",
             "said", "Witnesses in Idlib", "witnesses in Idlib", "SYR", "nominal"),
            ("indirect", "he would support any “honest effort” to work for peace", "promised",
             "President Assad", "Bashar al-Assad", "SYR", "name"),
            ("partial", "honest effort", "promised", "President Assad", "Bashar al-Assad", "SYR",
             "name"),
            ("indirect", "he would reject any contact with opposition groups", "said", "he",
             "Bashar al-Assad", "SYR", "pronoun"),
        ],
    },
]

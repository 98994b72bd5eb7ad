"""Texts and gold quotes of the sealed quotes test set ``test9.jsonl`` (issue 10).

Voice of America news stories (public domain, 17 U.S.C. § 105), copied by hand from the pages
as the ``search`` tool's ``pages`` corpus stores them, page furniture removed (named in each
``note``). Annotated by helper sqq10 on 2026-12-06 before any system ran on these texts.
Built and checked by ``data/gold/check_quotes_test9.py``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "test9-01-kyrgyz-bakiyev-refuses",
        "url": "http://www.voanews.com/content/kyrgyzstan-mourns-uprising-victims-struggles-with-unrest-90340214/115548.html",
        "title": "Kyrgyzstan's President Refuses to Step Down",
        "published": None,
        "truncated": False,
        "note": "Whole as stored (the story ends before the 'You May Like' box). Removed: 'News / Asia', "
                "title line, the 'You May Like' box. Double spaces reduced to one. The page's 'Kyrgz' "
                "and 'lead by' kept. No date on the page (April 2010 by the content).",
        "text": """
Kyrgyzstan President Kurmanbek Bakiyev has refused to step down even though the self-proclaimed new government says it will hold elections in six months.
Witnesses say the streets of Bishkek were calm early Friday morning even though sporadic gunfire was heard overnight. Vigilante groups organized by the country's self-proclaimed new government said they fought looters in the capital.
The new Kyrgz leadership, lead by former foreign minister Rosa Otunbayeva, says that parliament was dissolved on Thursday. A day earlier, demonstrators stormed government buildings, forcing President Kurmanbek Bakiyev to flee to the southern part of the country.
Otunbayeva has called for Mr. Bakiyev to step down. He has refused, despite her pleas.
Sagaibek Bergygulov is a Bishkek resident. He thinks it is time for the embattled leader to step aside.
He says we do not need Bakiyev. He is feeding only his family. He gave jobs to his relatives and his close ones. And people here are suffering. No jobs, corruption everywhere. They are stealing from the state.
Bishkek resident Kabulbek Khurmanov also says that Mr. Bakiyev needs to resign, otherwise there will be bloody consequences.
He says if he does not want more bloodshed and civil war, he should voluntarily hand over his presidential power to the people. If he persists, there will be more blood.
Meanwhile, the interim leader, Otunbaeva said that Russia had helped oust Mr. Bakiyev.
Russian Prime Minister Vladimir Putin was one of the first world leaders to call Otunbayeva, on Thursday, which was widely seen as support for the new government. Mr. Putin also promised to provide humanitarian aid to Kyrgyzstan.
""",
        "quotes": [
            ("indirect", "it will hold elections in six months", "says",
             "the self-proclaimed new government", "self-proclaimed new government", "KGZ",
             "organisation"),
            ("indirect", "the streets of Bishkek<<>>heard overnight", "say", "Witnesses",
             "witnesses", None, "nominal"),
            ("indirect", "they fought looters in the capital", "said",
             "Vigilante groups organized by the country's self-proclaimed new government",
             "vigilante groups organized by the country's self-proclaimed new government", "KGZ",
             "nominal"),
            ("indirect", "parliament was dissolved on Thursday", "says", "The new Kyrgz leadership",
             "new Kyrgyz leadership", "KGZ", "organisation"),
            ("indirect", "we do not need Bakiyev", "says", "He", "Sagaibek Bergygulov", "KGZ",
             "pronoun"),
            ("indirect", "Mr. Bakiyev needs to resign, otherwise there will be bloody consequences",
             "says", "Bishkek resident Kabulbek Khurmanov", "Kabulbek Khurmanov", "KGZ", "name"),
            ("indirect", "if he does not want more bloodshed<<>>to the people", "says", "He",
             "Kabulbek Khurmanov", "KGZ", "pronoun"),
            ("indirect", "Russia had helped oust Mr. Bakiyev", "said", "Otunbaeva", "Rosa Otunbayeva",
             "KGZ", "name"),
        ],
    },
    {
        "id": "test9-02-kyrgyz-us-envoy",
        "url": "http://www.voanews.com/a/us-envoy-in-kyrgyzstan-for-talks-with-interim-government-90818699/115823.html",
        "title": "US, Kyrgyzstan Holding Talks Amid Political Crisis",
        "published": None,
        "truncated": True,
        "note": "Cut by the store inside the sentence 'She made her remarks ...'; kept to the last "
                "complete sentence. Removed: 'Accessibility links', 'Breaking News', title line, "
                "the photo caption (stored twice). The page's 'under, certain conditions' kept. "
                "No date on the page (the caption's photo is of 14 Apr 2010).",
        "text": """
An American envoy is holding talks in Bishkek with the leadership that replaced Kyrgyzstan's president last week and has now stripped him of his immunity. Forces loyal to President Kurmanbek Bakiev fired on anti-government demonstrators last Wednesday. Authorities say 84 deaths have been confirmed and hundreds more who were wounded are still hospitalized. That has emotions remaining high in one of the poorest countries of the former Soviet Union.
On the grounds of the Defense Ministry, where Kyrgyzstan's interim leader has set up her temporary office, a small-but-angry crowd has gathered demanding the deposed president be brought to the capital to face justice.
Some here are evidently growing impatient with the lingering standoff between the provisional government and Mr. Bakiev, who is in the southern part of the Central Asian country, and are upset about a possible deal that would allow him to depart the country.
The deposed president is hinting he might formally resign under, certain conditions, while ridiculing the leadership which took control after he fled the capital.
Russian President Dmitri Medvedev, speaking in Washington, said the chances are "very high" for civil war in Kyrgyzstan.
VOA News asked interim leader Rosa Otunbaeva about that. She responded by noting that the defiant president has vowed to unleash further bloodshed, should the forces now loyal to the provisional leadership move against him.
"He's in the corner. He would probably try to do that sort of stuff. But we have also plans and we are acting," she said.
Ms. Otunbaeva reiterated that the president should resign and "safely leave the country."
""",
        "quotes": [
            ("indirect", "84 deaths have been confirmed<<>>still hospitalized", "say", "Authorities",
             "authorities", "KGZ", "nominal"),
            ("indirect", "the deposed president be brought to the capital to face justice",
             "demanding", "a small-but-angry crowd", "small-but-angry crowd", "KGZ", "nominal"),
            ("indirect", "he might formally resign under, certain conditions", "hinting",
             "The deposed president", "Kurmanbek Bakiev", "KGZ", "nominal"),
            ("indirect", "the chances are \"very high\" for civil war in Kyrgyzstan", "said",
             "Russian President Dmitri Medvedev", "Dmitri Medvedev", "RUS", "name"),
            ("partial", "very high", "said", "Russian President Dmitri Medvedev", "Dmitri Medvedev",
             "RUS", "name"),
            ("indirect", "the defiant president has vowed<<>>move against him", "noting", "She",
             "Rosa Otunbaeva", "KGZ", "pronoun"),
            ("direct", "He's in the corner.<<>>we are acting", "said", "she", "Rosa Otunbaeva",
             "KGZ", "pronoun"),
            ("indirect", "the president should resign and \"safely leave the country.\"", "reiterated",
             "Ms. Otunbaeva", "Rosa Otunbaeva", "KGZ", "name"),
            ("partial", "safely leave the country", "reiterated", "Ms. Otunbaeva", "Rosa Otunbaeva",
             "KGZ", "name"),
        ],
    },
    {
        "id": "test9-03-kenya-odinga-challenge",
        "url": "https://www.voanews.com/a/kenyans-await-word-on-election-challenge-from-odinga/3986626.html",
        "title": "Kenyans Await Word on Election Challenge From Odinga",
        "published": None,
        "truncated": True,
        "note": "Cut by the store inside the sentence 'Police dispute that figure, ...'; kept to the "
                "last complete sentence. Removed: 'Accessibility links', 'Breaking News', title line, "
                "two photo captions (the second stored twice). No date on the page (August 2017 by "
                "the captions and content).",
        "text": """
Kenyans continue to wait in suspense for a statement by opposition leader Raila Odinga, who has rejected the results of the presidential contest, announced Friday. He claims the election was rigged.
Odinga and his NASA coalition were scheduled to announce their next move Tuesday. But they instead released a statement postponing his remarks to Wednesday, given what they called the “urgency, complexity and delicate nature” of the issues being considered.
The electoral commission announced on August 11 that incumbent President Uhuru Kenyatta had won the election with 54.3 percent of the vote, beating Odinga’s 44.8 percent.
Odinga has rejected the results, asserting that the voting system was hacked. The opposition has rejected calls to challenge the poll results in court.
The White House released a statement Tuesday congratulating Kenyatta on his re-election, and said it welcomed the “statements by international and domestic observer missions affirming the credibility of the election.” It also called on Kenyans to “reject violence and resolve disputes in accordance with the Kenyan constitution and the rule of law.”
The Kenya National Commission on Human Rights said Saturday that 24 people had lost their lives since the day following the election as a result of police using live bullets.
""",
        "quotes": [
            ("indirect", "the election was rigged", "claims", "He", "Raila Odinga", "KEN", "pronoun"),
            ("partial", "urgency, complexity and delicate nature", "called", "they", "NASA coalition",
             "KEN", "pronoun"),
            ("indirect", "incumbent President Uhuru Kenyatta<<>>44.8 percent", "announced",
             "The electoral commission", "electoral commission", "KEN", "organisation"),
            ("indirect", "the voting system was hacked", "asserting", "Odinga", "Raila Odinga", "KEN",
             "name"),
            ("indirect", "it welcomed the “statements<<>>of the election.”", "said", "The White House",
             "White House", "USA", "organisation"),
            ("partial", "statements by international<<>>credibility of the election", "said",
             "The White House", "White House", "USA", "organisation"),
            ("partial", "reject violence<<>>the rule of law", "called on", "It", "White House", "USA",
             "pronoun"),
            ("indirect", "24 people had lost their lives<<>>live bullets", "said",
             "The Kenya National Commission on Human Rights",
             "Kenya National Commission on Human Rights", "KEN", "organisation"),
        ],
    },
    {
        "id": "test9-04-liberia-ebola-goal",
        "url": "http://www.voanews.com/content/liberia-sets-december-25-goal-no-new-ebola-cases/2522437.html",
        "title": "Liberia Sets December 25 Goal: No New Ebola Cases",
        "published": None,
        "truncated": False,
        "note": "Whole as stored (the story ends before the closing 'VOA News' author box). Removed: "
                "'Accessibility links', 'Breaking News', title line, the photo caption (stored twice), "
                "the 'VOA News' author box. No date on the page (November 2014 by the content).",
        "text": """
The hardest hit of the West African nations facing the deadly Ebola outbreak, Liberia, has set a national goal of recording no new cases by Christmas, December 25.
President Ellen Johnson Sirleaf said in a nationwide radio address Sunday that her country's path to recovery will be difficult. She said Liberia's health care system must be better prepared for any future disease epidemic, with sharp improvements also needed in the country's economy and governance.
She shifted several cabinet officials, saying it was necessary to appoint a team of officials "that is understanding of the prevailing challenges."
More than 2,800 of West Africa's 5,165 Ebola deaths have been recorded in Liberia.
Also Sunday, U.S. health officials said travelers from Mali will be subject to the same screening and monitoring as people arriving from Liberia, Sierra Leone and Guinea. That includes taking arriving travelers' temperatures and questioning them about their health and possible exposure to the Ebola virus.
Although Mali is not suffering from a widespread Ebola outbreak, there have been a number of confirmed cases there in recent days.
Meanwhile, in the U.S., authorities reported that a surgeon, Doctor Martin Salia, who contracted Ebola while working in Sierra Leone, is "extremely ill."
Salia, a Sierra Leone national who lives in the United States, is being treated at a hospital in the central U.S. state of Nebraska.
""",
        "quotes": [
            ("indirect", "her country's path to recovery will be difficult", "said",
             "President Ellen Johnson Sirleaf", "Ellen Johnson Sirleaf", "LBR", "name"),
            ("indirect", "Liberia's health care system<<>>economy and governance", "said", "She",
             "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "it was necessary<<>>prevailing challenges.\"", "saying", "She",
             "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("partial", "that is understanding of the prevailing challenges", "saying", "She",
             "Ellen Johnson Sirleaf", "LBR", "pronoun"),
            ("indirect", "travelers from Mali<<>>Sierra Leone and Guinea", "said",
             "U.S. health officials", "U.S. health officials", "USA", "nominal"),
            ("indirect", "a surgeon, Doctor Martin Salia,<<>>\"extremely ill.\"", "reported",
             "authorities", "authorities", "USA", "nominal"),
            ("partial", "extremely ill", "reported", "authorities", "authorities", "USA", "nominal"),
        ],
    },
    {
        "id": "test9-05-somalia-mayor-spokesman",
        "url": "https://www.voanews.com/a/a-13-2007-12-29-voa19-66813232/256057.html",
        "title": "Somali Islamist Group Claims Responsibility for Death of Mogadishu Mayor's Spokesman",
        "published": "2007-12-29",
        "truncated": False,
        "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', title line. Date "
                "from the URL.",
        "text": """
A Somali Islamist group has claimed responsibility for the death of the spokesman for Mogadishu's mayor.
The Mujahideen Youth Movement published a statement on its Web site Saturday claiming to have detonated the roadside bomb that killed Mohamed Muhuyidin Ali.
Officials said earlier that Ali was fatally wounded from the blast and later died in a local hospital.
Fighting between Islamist-led insurgents and Ethiopian-backed government troops over the past year has killed an estimated 6,000 people.
The United Nations estimates around 600,000 people have fled fighting in the capital this year.
The east African country has not had a stable central government since 1991.
""",
        "quotes": [
            ("indirect", "Ali was fatally wounded<<>>a local hospital", "said", "Officials",
             "officials", "SOM", "nominal"),
            ("indirect", "around 600,000 people have fled fighting in the capital this year",
             "estimates", "The United Nations", "United Nations", "UNO", "organisation"),
        ],
    },
    {
        "id": "test9-06-safrica-zuma-appeal-2008",
        "url": "https://www.voanews.com/a/a-13-2008-07-31-voa23-66672882/557971.html",
        "title": "South Africa's Highest Court Rejects Jacob Zuma Appeal",
        "published": "2008-07-31",
        "truncated": True,
        "note": "Cut by the store inside the sentence 'Campaigning for next April's presidential "
                "election ...'; kept to the last complete sentence. Removed: 'Accessibility links', "
                "'Breaking News', title line. Date from the URL. The page's 'spoke to English to "
                "Africa Service reporter', 'Africa's…arms deal', 'Pietermartizburg' kept.",
        "text": """
In South Africa, ruling ANC Party President Jacob Zuma received a set-back Thursday in his bid to fight fraud and corruption charges against him. The Constitutional Court, the nation's highest, has ruled against Zuma regarding potential evidence in his upcoming trial. Barring a conviction, he's expected to seek his party's nomination to run for national president to replace Thabo Mbeki.
VOA reporter Delia Robertson, who's following the story from Johannesburg, spoke to English to Africa Service reporter Joe De Capua about what the court ruling means for Zuma.
"It means that some 98,000 pages of evidence, which the state confiscated in raids on Mr. Zuma's homes and also those of his legal adviser at the time, two of his legal advisers, can be used as evidence against him in the corruption trial, which is scheduled to get underway next week," she says.
Robertson summarizes the case against Zuma. "It flows out of the conviction in 2005 of his former financial adviser Schabir Sheik. And it revolves around money that was said to have been solicited by Zuma in order that he would intervene on behalf of a company bidding for parts of South Africa's…arms deal," she says.
Asked whether the court's decision ends Zuma's appeals, Robertson says, "On these particular matters, yes. But he will next week seek to have the entire case thrown out of court when his trial is due to begin in KwaZulu-Natal (Province in) Pietermartizburg… There are also other applications pending. One in Mauritius, another in the United Kingdom, where he is seeking to have the release of documents to the National Prosecuting Authority blocked."
Zuma says his constitutional rights have been violated and describes his prosecution as a political ploy to thwart his efforts to become South African president.
The trial is expected to take months.
""",
        "quotes": [
            ("direct", "It means that some 98,000 pages<<>>get underway next week", "says", "she",
             "Delia Robertson", "USA", "pronoun"),
            ("direct", "It flows out of the conviction<<>>arms deal", "says", "she",
             "Delia Robertson", "USA", "pronoun"),
            ("indirect", "whether the court's decision ends Zuma's appeals", "Asked",
             "English to Africa Service reporter Joe De Capua", "Joe De Capua", "USA", "name"),
            ("direct", "On these particular matters, yes.<<>>Authority blocked.", "says", "Robertson",
             "Delia Robertson", "USA", "name"),
            ("indirect", "his constitutional rights have been violated", "says", "Zuma", "Jacob Zuma",
             "ZAF", "name"),
        ],
    },
    {
        "id": "test9-07-safrica-zuma-evidence-2007",
        "url": "https://www.voanews.com/a/a-13-2007-11-08-voa43/331337.html",
        "title": "South African Court Gives Green Light for Zuma Case",
        "published": "2007-11-08",
        "truncated": True,
        "note": "Cut by the store inside the sentence 'Consequently there has been widespread "
                "reaction, ...'; kept to the last complete sentence. Removed: 'Accessibility links', "
                "'Breaking News', title line. Date from the URL.",
        "text": """
South Africa's Supreme Court of Appeal has ruled in favor of the prosecution in four applications that will give the state access to important evidence in its corruption case against Jacob Zuma, the country's former deputy president. VOA's Delia Robertson reports from our bureau in Johannesburg.
The court's decision will allow the state access to documents seized in 2005 at the homes and offices of Jacob Zuma and two of his lawyers. The original court order, authorizing seizure of the documents, had been overturned by a lower court in Durban.
It also granted the prosecution access to original documents in Mauritius. These include the 2000 diary of Alain Thetard, then chief executive of the South African branch of the French arms manufacturer, now called Thint. The diary is thought to include details of a meeting between Thetard, Zuma and Shabir Shaik, Zuma's former financial advisor previously convicted on fraud and corruption charges, which the court at the time linked to Zuma.
The prosecution charges that at the meeting in 2000, the three discussed an annual payment of 77-thousand dollars from Thint to Zuma, which the state alleges was a bribe linked to South Africa's 7-billion dollar arms refurbishment program.
Zuma's lawyer Mike Hulley said in a statement, the court's majority decisions have strong constitutional law imperatives which impact fundamentally on Mr. Zuma's rights. He said an appeal will be filed with the Constitutional Court.
The court's decision comes just a month ahead of the national conference of the ruling African National Congress which will choose the party's leadership for the ensuing five years and at which Zuma is seeking to become president of the organization.
""",
        "quotes": [
            ("indirect", "at the meeting in 2000<<>>from Thint to Zuma", "charges", "The prosecution",
             "prosecution", "ZAF", "organisation"),
            ("indirect", "was a bribe<<>>arms refurbishment program", "alleges", "the state", "state",
             "ZAF", "organisation"),
            ("indirect", "the court's majority decisions<<>>Mr. Zuma's rights", "said",
             "Zuma's lawyer Mike Hulley", "Mike Hulley", "ZAF", "name"),
            ("indirect", "an appeal will be filed with the Constitutional Court", "said", "He",
             "Mike Hulley", "ZAF", "pronoun"),
        ],
    },
    {
        "id": "test9-08-ethiopia-denies-violence",
        "url": "https://www.voanews.com/a/a-13-2005-11-03-voa24-67516072/386921.html",
        "title": "Ethiopian Government Denies Responsibility for Violence",
        "published": "2005-11-03",
        "truncated": False,
        "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', title line. Date "
                "from the URL. The page's bracketed insertion and 'political motivated' kept.",
        "text": """
Ethiopia’s minister of information, Berhan Hailu, denies responsibility for two days of violent protests in which security forces have killed at least 31 people and wounded 150. Mr. Berhan told VOA reporter James Butty that the violence was caused by politically motivated demonstrators who attacked police and public transportation and set fire to homes. He says the protests were illegal [since in Ethiopia, the government must approve demonstrations]. Mr. Berhan says today has been peaceful, with Muslims celebrating the end of Ramadan.
Ethiopia’s minister of information also disagreed with allegations by the Committee to Protect Journalists that the government is threatening the independent media, including international broadcasters. He says reports have shown these media to be, in his words, unethical because he says they are working with “unlawful” and “political motivated” people interested in destabilizing the government. Mr. Berhan did not cite any source to substantiate his complaint about the behavior of the independent media.
The Ethiopian official discounted concerns that the protests may be harming investment. In response to travel advisories issued by some Western countries regarding Ethiopia, Mr. Berhan said the government is in firm control of the situation.
""",
        "quotes": [
            ("indirect", "the violence was caused by<<>>set fire to homes", "told", "Mr. Berhan",
             "Berhan Hailu", "ETH", "name"),
            ("indirect", "the protests were illegal [since<<>>approve demonstrations]", "says", "He",
             "Berhan Hailu", "ETH", "pronoun"),
            ("indirect", "today has been peaceful, with Muslims celebrating the end of Ramadan", "says",
             "Mr. Berhan", "Berhan Hailu", "ETH", "name"),
            ("indirect", "reports have shown these media to be, in his words, unethical", "says", "He",
             "Berhan Hailu", "ETH", "pronoun"),
            ("indirect", "they are working with “unlawful”<<>>destabilizing the government", "says",
             "he", "Berhan Hailu", "ETH", "pronoun"),
            ("partial", "unlawful", "says", "he", "Berhan Hailu", "ETH", "pronoun"),
            ("partial", "political motivated", "says", "he", "Berhan Hailu", "ETH", "pronoun"),
            ("indirect", "the government is in firm control of the situation", "said", "Mr. Berhan",
             "Berhan Hailu", "ETH", "name"),
        ],
    },
    {
        "id": "test9-09-kenya-somali-refugees-sept",
        "url": "https://www.voanews.com/a/a-13-2006-09-15-voa51/330048.html",
        "title": "Hundreds of Somali Refugees Cross Daily into Kenya",
        "published": "2006-09-15",
        "truncated": False,
        "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', title line. Date "
                "from the URL. The page's 'in the Kenya' and 'agency (UNHCR), says' kept.",
        "text": """
Hundreds of Somali refugees are crossing the border in the Kenya each day. The UN refugee agency (UNHCR), says the numbers have increased following reports of a planned advance on Kismayo by forces of the Islamic Courts Union.
Millicent Mutuli is a spokesperson for the UNHCR. From Nairobi, she spoke to VOA English to Africa Service reporter Joe De Capua about the Somali refugees.
“We have in the last three days registered a significant increase in the number of Somali refugees coming in. This number is now at 300 to 350 a day. This is up from 100 people a day just one month ago,” she says.
The refugees are coming from several cities in Somalia. Mutuli says, “The majority are coming from Mogadishu, Kismayo, but we’re also beginning to see people from Baidoa. What is interesting is that those coming from Kismayo say that they have decided to leave because of rising tensions in the southern port city. They fear that there could be skirmishes between Islamic Courts Union and warlords that have been controlling Kismayo.”
Mutuli says the trek into Kenya is taking a toll on the refugees. “There are sick people amongst those who are coming in, but the majority of people are really very tired. We’re seeing women and children looking very emaciated. And this is because people have traveled long distance. They walk. They get rides on trucks when they can. I mean on the whole people are dehydrated, they’re tired.”
The refugees are being taken to a complex of UNHCR camps in Dadaab, nearly 100 kilometers from the border. The camps house 134,000 refugees, most of them Somalis.
""",
        "quotes": [
            ("indirect", "the numbers have increased<<>>the Islamic Courts Union", "says",
             "The UN refugee agency", "UN refugee agency", "UNO", "organisation"),
            ("direct", "We have in the last three days<<>>just one month ago", "says", "she",
             "Millicent Mutuli", "UNO", "pronoun"),
            ("direct", "The majority are coming<<>>controlling Kismayo.", "says", "Mutuli",
             "Millicent Mutuli", "UNO", "name"),
            ("indirect", "the trek into Kenya is taking a toll on the refugees", "says", "Mutuli",
             "Millicent Mutuli", "UNO", "name"),
            ("direct", "There are sick people<<>>they’re tired.", "says", "Mutuli",
             "Millicent Mutuli", "UNO", "name"),
        ],
    },
    {
        "id": "test9-10-kenya-somali-refugees-aug",
        "url": "https://www.voanews.com/a/a-13-2006-08-11-voa20/330000.html",
        "title": "100 Somali Refugees Cross into Kenya Each Day",
        "published": "2006-08-11",
        "truncated": False,
        "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', title line. Date "
                "from the URL.",
        "text": """
The UN refugee agency says fear of further fighting in Mogadishu is behind the influx of more Somali refugees entering northeast Kenya.
Emmanuel Nyabera is a spokesperson for the UNHCR. From Nairobi, he spoke to VOA English to Africa Service reporter Joe De Capua about the refugee movements.
“The situation is that since the beginning of this year, we have received around 18,000 new Somali refugees coming into Kenya to the Dadaab refugee camp. Initially, some of them were saying they are coming in because of drought that affected that part of the country. But of late, we’ve been receiving almost a hundred every day. A majority of them are coming from Mogadishu through Kismayo into Dadaab, claiming that they are running away because of the conflict in Mogadishu.”
The Union of Islamic Courts militias seized control of Mogadishu in June but continue to fight with what’s described as a “loose” alliance of warlords that had been in control of the city for many years.
There are three refugee camps in Dadaab. Nyabera says, “We know very well as it is now we can accommodate around 30,000 more. That is the number we are expecting to come this year, unless the war escalates.” If the war does escalate, the number of Somali refugees could be as many as 50,000. At that point, the UNHCR says it may request permission from Kenya to open a fourth camp in Dadaab.
""",
        "quotes": [
            ("indirect", "fear of further fighting<<>>entering northeast Kenya", "says",
             "The UN refugee agency", "UN refugee agency", "UNO", "organisation"),
            ("direct", "The situation is that<<>>the conflict in Mogadishu.", "spoke", "he",
             "Emmanuel Nyabera", "UNO", "pronoun"),
            ("direct", "We know very well<<>>unless the war escalates.", "says", "Nyabera",
             "Emmanuel Nyabera", "UNO", "name"),
            ("indirect", "it may request permission from Kenya to open a fourth camp in Dadaab",
             "says", "the UNHCR", "UNHCR", "UNO", "organisation"),
        ],
    },
    {
        "id": "test9-11-china-taiwan-interference",
        "url": "https://learningenglish.voanews.com/amp/china-to-us-no-foreign-interference-in-taiwan/6281816.html",
        "title": "China to US: ‘No Foreign Interference’ in Taiwan",
        "published": None,
        "truncated": True,
        "note": "Cut by the store after 'U.S. ' at the start of a paragraph; kept to the last complete "
                "sentence. Removed: title line (stored twice), two photo captions, 'Your browser "
                "doesn’t support HTML5' (audio player). The page's 'make China understands' and "
                "mixed straight/curly marks kept. No date on the page (October 2021 by the content).",
        "text": """
China says it will permit “no foreign interference” in Taiwan.
Foreign Ministry spokesperson Wang Wenbin made the comment Friday in answer to a reporter’s question during the ministry’s usual press briefing in Beijing.
China considers Taiwan a Chinese province.
A day earlier, U.S. President Joe Biden said the United States would defend Taiwan if it were attacked.
Wang said there should be no expectation for China to compromise on issues related to its “sovereignty,” territory and other interests.
China’s government has been increasing its military activities around the island, which it considers a rebel territory. China has said it plans to one day reclaim the territory and would use force if necessary.
On Thursday, Biden said the U.S. did not want a new Cold War. But he expressed concern that China might take part “in activities that will put them in a position where they may make a serious mistake."
“I just want to make China understands that we are not going to step back, we are not going to change any of our views,” Biden said. When asked whether the U.S. would come to Taiwan's defense if it were attacked, he answered: “Yes, we have a commitment to do that.”
In his comments Friday, Wang said the U.S. should “be cautious with its words and actions on the Taiwan issue.” He added that “any wrong signals” sent to supporters of Taiwan independence could “seriously damage China-U.S. relations and peace and stability in the Taiwan Strait.”
""",
        "quotes": [
            ("indirect", "it will permit “no foreign interference” in Taiwan", "says", "China", "China",
             "CHN", "organisation"),
            ("partial", "no foreign interference", "says", "China", "China", "CHN", "organisation"),
            ("indirect", "the United States would defend Taiwan if it were attacked", "said",
             "U.S. President Joe Biden", "Joe Biden", "USA", "name"),
            ("indirect", "there should be no expectation<<>>other interests", "said", "Wang",
             "Wang Wenbin", "CHN", "name"),
            ("partial", "sovereignty", "said", "Wang", "Wang Wenbin", "CHN", "name"),
            ("indirect", "it plans to one day reclaim the territory and would use force if necessary",
             "said", "China", "China", "CHN", "organisation"),
            ("indirect", "the U.S. did not want a new Cold War", "said", "Biden", "Joe Biden", "USA",
             "name"),
            ("partial", "in activities that will put them<<>>make a serious mistake",
             "expressed concern", "he", "Joe Biden", "USA", "pronoun"),
            ("direct", "I just want to make China understands<<>>any of our views", "said", "Biden",
             "Joe Biden", "USA", "name"),
            ("direct", "Yes, we have a commitment to do that.", "answered", "he", "Joe Biden", "USA",
             "pronoun"),
            ("indirect", "the U.S. should “be cautious<<>>the Taiwan issue.”", "said", "Wang",
             "Wang Wenbin", "CHN", "name"),
            ("partial", "be cautious with its words and actions on the Taiwan issue", "said", "Wang",
             "Wang Wenbin", "CHN", "name"),
            ("indirect", "“any wrong signals”<<>>in the Taiwan Strait.”", "added", "He",
             "Wang Wenbin", "CHN", "pronoun"),
            ("partial", "any wrong signals", "added", "He", "Wang Wenbin", "CHN", "pronoun"),
            ("partial", "seriously damage China-U.S.<<>>in the Taiwan Strait", "added", "He",
             "Wang Wenbin", "CHN", "pronoun"),
        ],
    },
    {
        "id": "test9-12-nigeria-lagos-governor-race",
        "url": "https://www.voanews.com/a/a-13-2007-04-13-voa37/332284.html",
        "title": "State Governor Candidates Try to Woo Voters in Lagos, Nigeria",
        "published": "2007-04-13",
        "truncated": True,
        "note": "Cut by the store inside the sentence 'During the rare hours when there is power, "
                "...'; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking "
                "News', title line. Date from the URL. The page's missing full stop after 'work and "
                "prosperity' kept.",
        "text": """
Nigeria, Africa's most populous nation, is preparing to go to the polls for the first in a series of crucial elections. First up are elections on Saturday for state governors. In the commercial capital of Lagos candidates are wooing voters with catchy tunes and grandiose promises in a city where most people live in slums. Sarah Simpson reports for VOA from Lagos.
Jimi Agbaje of the Democratic People's Alliance is just one of 22 candidates running for governor of Lagos State. He says he is the man who can provide the state's nine million residents with good roads, electricity and security; food, water and shelter.
Lagos State is home to Lagos city, Nigeria's sprawling commercial capital. The city is so large that it extends beyond the state limits and has an estimated population of 15 million.
Two out of three residents in this mega-city, known for high crime and choking traffic jams, live in slums, according to local government authorities.
Not surprisingly, every party is promising to provide basic needs.
Lagos is the sixth largest city in the world, and government officials acknowledge it lacks the infrastructure to support this massive population. Electricity is at best sporadic. Fewer than one percent of residents have a flushing toilet. Human and industrial waste chokes the lagoons on which the city sits.
Lagos used to be Nigeria's capital and remains the country's commerce and business hub. Despite the problems, thousands of Nigerians flock to the city every year in search of work and prosperity
With a population growth rate of around six percent a year, Lagos will be the third largest city in the world by 2015, according to government officials.
Whoever wins Saturday's poll faces a formidable task, but many residents doubt whether any of them will be able to live up to their promises.
""",
        "quotes": [
            ("indirect", "he is the man who can provide<<>>food, water and shelter", "says", "He",
             "Jimi Agbaje", "NGA", "pronoun"),
            ("indirect", "Two out of three residents<<>>live in slums", "according to",
             "local government authorities", "local government authorities", "NGA", "nominal"),
            ("indirect", "it lacks the infrastructure to support this massive population",
             "acknowledge", "government officials", "government officials", "NGA", "nominal"),
            ("indirect", "With a population growth rate<<>>by 2015", "according to",
             "government officials", "government officials", "NGA", "nominal"),
        ],
    },
    {
        "id": "test9-13-venezuelans-fleeing-again",
        "url": "https://learningenglish.voanews.com/a/venezuelans-once-again-fleeing-as-troubles-increase/5615603.html",
        "title": "Venezuelans Once Again Fleeing as Troubles Increase",
        "published": None,
        "truncated": True,
        "note": "Cut by the store inside a quotation ('“We hard'); kept to the last complete sentence "
                "before it. Removed: 'Accessibility links', 'Breaking News', title line (stored "
                "twice), the photo caption (stored twice), the audio player ('please wait', 'No media "
                "source currently available', times). The page's 'migrationmovements' kept. No date "
                "on the page (October 2020 by the caption).",
        "text": """
Eleazar Hernández slept on the side of a road in the light rain as the weather turned cold.
The 23-year-old Venezuelan was trying to get to the Colombian city of Medellin with his wife. She is seven months pregnant.
They had no money for transportation by the time they reached the small town of Pamplona, about 480 kilometers away from Medellin. Hernández hoped to get a ride on the back of a truck to cross the Paramo de Berlin, an area high in the mountains.
“My wife can barely walk,” said Hernández. “We need transport to get us out of here,” he added. The Associated Press (AP) reports the two spent four days sleeping on Pamplona’s sidewalks.
Venezuelans are again fleeing their nation’s economic and humanitarian disaster.
The disease COVID-19 and measures to slow its spread halted one of the world’s biggest migrationmovements. Venezuelans are going to Colombia to escape an economy where many people earn less than two dollars a month.
The number of people leaving is smaller than before. But Colombian immigration officials expect 200,000 Venezuelans to enter the country in the next few months. In Colombia, there is the chance for them to find work, which will allow them to send money back to feed their families.
The new migrants are finding conditions worse than those who fled Venezuela before COVID-19. Many shelters remain closed. Colombians fearing infection are less likely to help with food donations. And drivers are less likely to pick up hitchhikers.
""",
        "quotes": [
            ("direct", "My wife can barely walk", "said", "Hernández", "Eleazar Hernández", "VEN",
             "name"),
            ("direct", "We need transport to get us out of here", "added", "he", "Eleazar Hernández",
             "VEN", "pronoun"),
            ("indirect", "the two spent four days sleeping on Pamplona’s sidewalks", "reports",
             "The Associated Press (AP)", "Associated Press", "USA", "organisation"),
        ],
    },
    {
        "id": "test9-14-skorea-halts-aid",
        "url": "http://www.voanews.com/content/south-korea-halts-aid-inter-korean-exchanges-over-missile-test/3135782.html",
        "title": "South Korea Halts Aid, Inter-Korean Exchanges Over Nuclear Test",
        "published": None,
        "truncated": True,
        "note": "Cut by the store inside a quotation of Cho Tae-yong; the paragraph holding it was "
                "dropped. Removed: 'News / Asia', title line, the photo caption (stored twice), the "
                "byline 'Kim Hwan Yong', the crosshead 'Seoul turns to propaganda broadcasts', "
                "indentation. No date on the page (January 2016 by the content).",
        "text": """
South Korea said Thursday that it would temporarily suspend aid to North Korea and limit inter-Korean exchanges in response to Pyongyang’s nuclear test this week.
A South Korean Unification Ministry official who asked to remain anonymous told reporters that the latest nuclear test was a “grave measure” that had harmed peace on the Korean Peninsula and stability in the region.
The official also said that to ensure the safety of its citizens, the government would limit South Koreans’ entry to the Kaesong Industrial Complex, where about 50,000 North Koreans are working at about 120 factories run by South Korean companies. The government will allow only South Korean businessmen and workers directly involved in the operation of the factories to cross the Korean border, according to the official.
This was the second time that South Korea imposed partial restrictions on its citizens’ entry to the complex. In 2013, Seoul took a similar measure after Pyongyang conducted its third nuclear test.
In a related move, South Korea resumed loudspeaker propaganda broadcasts across the demilitarized zone (DMZ) at noon Friday.
Cho Tae-yong, a senior presidential national security official, told reporters that Pyongyang’s nuclear test was a violation of the August 25 agreement, a reference to an inter-Korean deal that calls for easing tensions on the Korean Peninsula and promoting dialogue and exchanges between the Koreas.
""",
        "quotes": [
            ("indirect", "it would temporarily suspend<<>>nuclear test this week", "said",
             "South Korea", "South Korea", "KOR", "organisation"),
            ("indirect", "the latest nuclear test was<<>>stability in the region", "told",
             "A South Korean Unification Ministry official",
             "South Korean Unification Ministry official", "KOR", "nominal"),
            ("partial", "grave measure", "told", "A South Korean Unification Ministry official",
             "South Korean Unification Ministry official", "KOR", "nominal"),
            ("indirect", "to ensure the safety<<>>run by South Korean companies", "said",
             "The official", "South Korean Unification Ministry official", "KOR", "nominal"),
            ("indirect", "The government will allow<<>>cross the Korean border", "according to",
             "the official", "South Korean Unification Ministry official", "KOR", "nominal"),
            ("indirect", "Pyongyang’s nuclear test was a violation of the August 25 agreement",
             "told", "Cho Tae-yong", "Cho Tae-yong", "KOR", "name"),
        ],
    },
    {
        "id": "test9-15-zimbabwe-zlhr-arrests",
        "url": "https://www.voazimbabwe.com/a/lawyers-group-worried-over-arrest-of-scores-of-anti-government-protesters/5528587.html",
        "title": "Arrest of Civic Society Leaders Worrying Zimbabwe Lawyers Group",
        "published": None,
        "truncated": True,
        "note": "VOA Zimbabwe (Studio 7) English site. Cut by the store inside the sentence "
                "'Kurauone spent the weekend ...'; kept to the last complete sentence. Removed: "
                "'Accessibility links', 'Breaking News', title line, the photo caption 'Zimbabwe "
                "activists in court'. The page's mixed hyphen/en dash around the lists kept. No date "
                "on the page (early August 2020 by the content).",
        "text": """
The Zimbabwe Lawyers for Human Rights (ZLHR) says state security forces continue arresting local people and charging them for allegedly participating in organizing anti-government protests last Friday.
In a statement, the ZLHR said scores of people have already been arrested and some are in hiding in different parts of the country.
The ZLHR said in Bulawayo, police on Sunday arrested and detained four residents - Nyasha William Gwazemba, Nigel Ndlovu, Lydia Muzaba and Methembe Msipha – and charged them with participating in a public gathering with intention to cause public violence as defined in section 37 of the Criminal Law (Codification and Reform) Act.
Gwazemba, Ndlovu, Muzaba and Msipha, who are represented by Bruce Masamvu and Kholwani Ngwenya of the ZLHR, are expected to appear in court soon.
In Chiredzi, four residents - Machirairwa Mugidho, Ropafadzo Makunike, Mellania Makara and Victor Bhogo - were detained in remand prison after they were arrested Friday and charged with contravening section 37(1)(a) of the Criminal Law (Codification and Reform) Act for allegedly participating in a protest in which they reportedly carried some placards with messages denouncing President Emmerson Mnangagwa such as “ZANU PF Must Go” and “Shutdown Inflation Not Innocent Citizens”.
Prosecutors said a picture showing Mugidho, Makunike, Makara and Bhogo demonstrating together with eight other unidentified people, who are yet to be arrested went viral on social media.
On Monday, ZLHR said, a magistrate at Chiredzi Magistrates Court is set to hand down a ruling on their bail application filed by the Chiredzi residents’ lawyer Martin Mureri.
In Masvingo, Ward Four Councillor Godfrey Kurauone, represented by Mureri of ZLHR, was expected to have his bail application heard before magistrate Patience Madondo.
""",
        "quotes": [
            ("indirect", "state security forces continue<<>>protests last Friday", "says",
             "The Zimbabwe Lawyers for Human Rights", "Zimbabwe Lawyers for Human Rights", "NGO",
             "organisation"),
            ("indirect", "scores of people have already been arrested<<>>parts of the country", "said",
             "the ZLHR", "Zimbabwe Lawyers for Human Rights", "NGO", "organisation"),
            ("indirect", "in Bulawayo, police on Sunday<<>>(Codification and Reform) Act", "said",
             "The ZLHR", "Zimbabwe Lawyers for Human Rights", "NGO", "organisation"),
            ("partial", "ZANU PF Must Go", "carried", "they", "four residents", "ZWE", "pronoun"),
            ("partial", "Shutdown Inflation Not Innocent Citizens", "carried", "they",
             "four residents", "ZWE", "pronoun"),
            ("indirect", "a picture showing Mugidho<<>>went viral on social media", "said",
             "Prosecutors", "prosecutors", "ZWE", "nominal"),
            ("indirect", "a magistrate at Chiredzi Magistrates Court<<>>lawyer Martin Mureri", "said",
             "ZLHR", "Zimbabwe Lawyers for Human Rights", "NGO", "organisation"),
        ],
    },
    {
        "id": "test9-16-zimbabwe-studio7-headlines-mar14",
        "url": "https://www.voazimbabwe.com/a/zimbabwe-news-headlines/3234873.html",
        "title": "Studio 7 Headlines, Monday, March 14, 2016",
        "published": "2016-03-14",
        "truncated": False,
        "note": "Newscast headline page of VOA Zimbabwe (Studio 7). Whole as stored. Removed: "
                "'Accessibility links', 'Breaking News', title line, the caption 'Voice of America "
                "Studio 7', the standing lines ('Stay tuned for these stories ...', 'Send us your "
                "numbers ...'), the audio player (title repeated, 'please wait', 'No media source "
                "currently available', times, 'Direct link'). Date from the title.",
        "text": """
Zimbabwe People First led by Joice Mujuru reacts to weekend violence following clashes with suspected ruling party members in Harare as Transform Zimbabwe party claims that six of its youth activists were temporarily abducted by suspected Zanu PF followers yesterday.
Some churches in Zimbabwe craft a document specifying democratic principles needed in the country.
Women’s Affairs Minister Nyasha Chikwinya says Zimbabwe is setting up a bank for the empowerment of women.
A Zimbabwean with a kidney ailment says he is struggling to access medication due to the current harsh economic environment in the country.
We will give you an update on the match fixing scandal that has gripped Zimbabwe and South Africa.
Today on LiveTalk our hosts Blessing Zulu and Gibbs Dube will be talking with listeners and experts about a resurgence of violent activities in Zimbabwe.
""",
        "quotes": [
            ("indirect", "six of its youth activists<<>>followers yesterday", "claims",
             "Transform Zimbabwe party", "Transform Zimbabwe party", "ZWE", "organisation"),
            ("indirect", "Zimbabwe is setting up a bank for the empowerment of women", "says",
             "Women’s Affairs Minister Nyasha Chikwinya", "Nyasha Chikwinya", "ZWE", "name"),
            ("indirect", "he is struggling to access medication<<>>in the country", "says",
             "A Zimbabwean with a kidney ailment", "Zimbabwean with a kidney ailment", "ZWE",
             "nominal"),
        ],
    },
    {
        "id": "test9-17-zimbabwe-studio7-headlines-apr19",
        "url": "https://www.voazimbabwe.com/a/zimbabwe-news-headlines/3292030.html",
        "title": "Studio 7 Headlines, Tuesday, April 19, 2016",
        "published": "2016-04-19",
        "truncated": False,
        "note": "Newscast headline page of VOA Zimbabwe (Studio 7). Whole as stored. Removed: "
                "'Accessibility links', 'Breaking News', title line, the caption 'Voice of America "
                "Studio 7' (stored twice), the standing lines ('Stay tuned for these stories ...', "
                "'Participate by sending your messages ...', 'Stay tuned!!!!!!'), the audio player. "
                "The page's 'a year.', 'take closer look' and 'out hosts' kept. Date from the title.",
        "text": """
Some Zimbabweans are planning to stage protests over the beating up of Patson Dzamara, the brother of political activist Itai Dzamara who was abducted by unknown assailants a year. Patson Dzamara, who staged a one-man protest yesterday at the National Sports Stadium where President Robert Mugabe was addressing thousands of people to mark the country’s 36th independence anniversary, was beaten up by suspected state security agents.
Staff director for the United States House Subcommittee on Africa, Global Health and Human Rights, Gregory B. Simpkins, says targeted sanctions imposed by the West are not to blame for Zimbabwe’s economic disaster.
Some Zimbabweans say they have not yet enjoyed the fruits of independence following black majority rule in 1980.
We will take closer look at President Mugabe’s remarks that some companies are performing well in Zimbabwe’s devastated economy.
This evening on Livetalk on The Connection out hosts will be talking with listeners and experts about Zimbabwean youth and black majority rule.
""",
        "quotes": [
            ("indirect", "targeted sanctions imposed by the West<<>>economic disaster", "says",
             "Gregory B. Simpkins", "Gregory B. Simpkins", "USA", "name"),
            ("indirect", "they have not yet enjoyed<<>>black majority rule in 1980", "say",
             "Some Zimbabweans", "Zimbabweans", "ZWE", "nominal"),
        ],
    },
    {
        "id": "test9-18-zimbabwe-chamisa-court",
        "url": "https://www.voazimbabwe.com/a/zimbabwe-election-nelson-chamisa-emmerson-mnangagwa/4538989.html",
        "title": "Historic Presidential Election Court Challenge Grips Zimbabwe",
        "published": None,
        "truncated": True,
        "note": "VOA Zimbabwe (Studio 7) English site. Cut by the store inside a quotation of "
                "Lovemore Madhuku; the paragraph holding it was dropped. Removed: 'Accessibility "
                "links', 'Breaking News', title line, the photo caption (stored twice). The page's "
                "'40-year-lawyer' and '50.6percent' kept. No date on the page (August 2018 by the "
                "caption and content).",
        "text": """
Zimbabwe’s opposition MDC Alliance leader Nelson Chamisa finally gets his day in court, Wednesday, when the full Constitutional Court sits to decide on whether or not the July 30th election was rigged in favor of incumbent President Emmerson Mnangagwa.
Chamisa, a 40-year-lawyer and ordained minister who took over from the late MDC-T leader Morgan Tsvangirai, is challenging the results of the Zimbabwe Electoral Commission (ZEC), which initially gave Mnangagwa a 50.8 percent margin before revising the margin downwards to 50.67, and again to 50.6percent.
The Commission’s chairperson Priscilla Chigumba is blaming data capturing errors for the initial poll results.
Legal experts are warning that the odds are stacked against Chamisa, seeking to become only the second African presidential aspirant to have courts annul election results. In 2017, Kenya became the first African nation and only third in the world after Ukraine, Maldives and Austria to have courts annul an election result.
But constitutional law expert and former presidential candidate Lovemore Madhuku of the National Constitutional Assembly, says Chamisa’s case may be dead on arrival.
""",
        "quotes": [
            ("indirect", "the odds are stacked against Chamisa", "warning", "Legal experts",
             "legal experts", "ZWE", "nominal"),
            ("indirect", "Chamisa’s case may be dead on arrival", "says", "Lovemore Madhuku",
             "Lovemore Madhuku", "ZWE", "name"),
        ],
    },
    {
        "id": "test9-19-zimbabwe-xenophobia-shelters",
        "url": "https://www.voazimbabwe.com/a/zimbabwe-south-africa/2731856.html",
        "title": "Some Xenophobia Victims in South Africa Abandon Local Shelters",
        "published": None,
        "truncated": True,
        "note": "VOA Zimbabwe (Studio 7) English site. Cut by the store inside the sentence 'At the "
                "same time, some rights activists ...'; kept to the last complete sentence. Removed: "
                "'Accessibility links', 'Breaking News', title line, the photo caption, two embedded "
                "audio players ('please wait', 'No media source currently available', times, 'Direct "
                "link'). The page's 'targetting', 'zimabweans', 'xenophic' and 'Nkosazana Zuma "
                "Dlamini' kept. No date on the page (April 2015 by the caption).",
        "text": """
Zimbabweans and other foreigners in South Africa, who sought refuge in shelters from xenophobic attacks, have started going back to their homes.
This follows a lull in the wave of attacks targetting foreigners that officials say left seven people dead. Unofficial sources say the figure could be much higher.
Zimbabwe’s Ambassador to South Africa, Isaac Moyo, told Studio 7 he witnessed two camps in one of the hardest hit suburbs of Alexandra near Johannesburg being dismantled.
However, some of those returning to their homes said there is still tension despite an assuring presence of police and the army patrolling the streets.
More than 800 Zimbabweans have left South Africa in buses that were provided by the government and well-wishers. On arriving at the border, the returnees are counselled before being taken to their destinations.
Dozens more zimabweans are reported to have fled without any state assistance.
Studio 7 spoke to ambassador Moyo on the xenophic attacks.
Meanwhile, Studio 7 reached independent political commentator, Walter Mbongolwane, who says as long as the fundamental causes of the xenophobia are not addressed the violence may erupt again any time.
African Union Commission chair, Nkosazana Zuma Dlamini, said Thursday she is gravely concerned about the tragedy unfolding in South Africa, which has over the years been developed by local people and foreigners.
""",
        "quotes": [
            ("indirect", "left seven people dead", "say", "officials", "officials", None, "nominal"),
            ("indirect", "the figure could be much higher", "say", "Unofficial sources",
             "unofficial sources", None, "nominal"),
            ("indirect", "he witnessed two camps<<>>being dismantled", "told", "Isaac Moyo",
             "Isaac Moyo", "ZWE", "name"),
            ("indirect", "there is still tension<<>>patrolling the streets", "said",
             "some of those returning to their homes", "those returning to their homes", None,
             "nominal"),
            ("indirect", "as long as the fundamental causes<<>>again any time", "says",
             "Walter Mbongolwane", "Walter Mbongolwane", "ZWE", "name"),
            ("indirect", "she is gravely concerned<<>>local people and foreigners", "said",
             "Nkosazana Zuma Dlamini", "Nkosazana Dlamini-Zuma", "IGO", "name"),
        ],
    },
    {
        "id": "test9-20-zimbabwe-xenophobia-returnees",
        "url": "https://www.voazimbabwe.com/a/zimbabwe-south-africa-xenophobia-zwelithini/2728998.html",
        "title": "Xenophobic Attacks Continue as Fleeing Zimbabweans Arrive Home",
        "published": None,
        "truncated": True,
        "note": "VOA Zimbabwe (Studio 7) English site. Cut by the store inside the sentence "
                "'Opposition movement for democratic change leader ...'; kept to the last complete "
                "sentence. Removed: 'Accessibility links', 'Breaking News', title line, the photo "
                "caption. The page's 'Alexandria', 'VOA Studio seven' and missing comma after 'South "
                "Africa' kept. No date on the page (April 2015 by the caption).",
        "text": """
As xenophobic attacks against foreigners continue in South Africa Defence Minister, Nosiviwe Mapisa-Nqakula, has deployed the army in the Johannesburg township of Alexandria to try and quell the disturbances that have claimed the lives of about six people.
According to press reports, Nqakula said a Zimbabwean couple was shot last night in Alexandria. Earlier reports indicated that the two were dead but the minister said they were recovering in hospital.
This comes at a time when the first batch of Zimbabweans ferried by the government from the troubled country arrived by bus on Monday.
Minister of State for Matabeleland South, Abednico Ncube, who welcomed the arriving Zimbabweans fleeing South Africa at the Beitbridge border post, told the Herald newspaper that government provided three buses while unnamed sources had offered a similar number.
The violence flared up again Tuesday in the port city of Durban despite an impassioned plea by Zulu king, Goodwill Zwelithini, to stop the attacks. The king was accused of fanning the violence but he strongly denies that he urged South Africans to drive foreigners out of the country.
Independent commentator, Dinizulu Macaphulana, told VOA Studio seven that there appears to be a hidden hand behind the xenophobic attacks.
Meanwhile, foreigners in South Africa have come up with a coalition that is designed to articulate their problems. The coalition is expected to be launched tomorrow in Johannesburg.
Studio 7 also spoke to one of the initiators, Salman Khan, a Pakistani national, who says the grouping will work as a union that will accommodate people from all countries.
""",
        "quotes": [
            ("indirect", "a Zimbabwean couple was shot last night in Alexandria", "said", "Nqakula",
             "Nosiviwe Mapisa-Nqakula", "ZAF", "name"),
            ("indirect", "the two were dead", "indicated", "Earlier reports", "reports", None,
             "nominal"),
            ("indirect", "they were recovering in hospital", "said", "the minister",
             "Nosiviwe Mapisa-Nqakula", "ZAF", "nominal"),
            ("indirect", "government provided three buses<<>>a similar number", "told",
             "Abednico Ncube", "Abednico Ncube", "ZWE", "name"),
            ("indirect", "he urged South Africans to drive foreigners out of the country", "denies",
             "he", "Goodwill Zwelithini", "ZAF", "pronoun"),
            ("indirect", "there appears to be a hidden hand behind the xenophobic attacks", "told",
             "Dinizulu Macaphulana", "Dinizulu Macaphulana", None, "name"),
            ("indirect", "the grouping will work as a union<<>>from all countries", "says",
             "Salman Khan", "Salman Khan", "PAK", "name"),
        ],
    },
    {
        "id": "test9-21-kenya-wfp-drought-appeal",
        "url": "https://www.voanews.com/a/a-13-2006-07-28-voa45/327772.html",
        "title": "UN World Food Program Appeals for Help in Kenya",
        "published": "2006-07-28",
        "truncated": False,
        "note": "Whole as stored: the store cut inside the closing standing line ('Let us know what you "
                "think of this report ...'), after the story's last paragraph; that line was removed. "
                "Removed also: 'Accessibility links', 'Breaking News', title line. Date from the URL. "
                "The page's 'The WFP' after a comma and 'feeds million children' kept.",
        "text": """
The UN World Food Program (WFP) says it’s quickly running out of emergency food aid for millions of people in Kenya affected by drought. As the dry season continues, the WFP is appealing to donors for new contributions to prevent malnutrition from increasing.
Penny Ferguson is the spokesperson for the WFP in Nairobi. She told VOA English to Africa reporter Cole Mallard that people in Kenya are still recovering from the long drought.
Although long rains have come, which has helped some, it’s the beginning of the dry season. She says the WFP has only enough food assistance to feed people through September. She says the WFP appealed for $225 million in February to feed people through the rest of 2006, and still needs $90 million, despite generous contributions from the United States, the United Kingdom, and the government of Kenya itself.
Ferguson says in March and April, The WFP had to cut vegetable oil from the rations of 3 million people, illustrating that one item, routine in nature, can cause severe hardship. She says it’s hard to predict what may come as a result of the appeal, but she hopes that keeping the public informed will help, “given the time it can take to buy commodities in bulk and get them transported up into some of these very remote areas in Kenya, short notice can just be too late.”
She says if the money doesn’t come, the WFP will continue to do the best it can in this emergency operation to feed 3.6 million people, covering 25 of Kenya’s 70 districts. She says, “3.1 million people receive monthly rations and more than half a million school children are given school meals through this same emergency operation, in addition to the regular school meals program that feeds million children in Kenya, so it’s a very big operation.”
""",
        "quotes": [
            ("indirect", "it’s quickly running out<<>>affected by drought", "says",
             "The UN World Food Program", "UN World Food Program", "UNO", "organisation"),
            ("indirect", "people in Kenya are still recovering from the long drought", "told", "She",
             "Penny Ferguson", "UNO", "pronoun"),
            ("indirect", "the WFP has only enough food assistance to feed people through September",
             "says", "She", "Penny Ferguson", "UNO", "pronoun"),
            ("indirect", "the WFP appealed for $225 million<<>>the government of Kenya itself", "says",
             "She", "Penny Ferguson", "UNO", "pronoun"),
            ("indirect", "in March and April, The WFP had to cut<<>>can cause severe hardship", "says",
             "Ferguson", "Penny Ferguson", "UNO", "name"),
            ("indirect", "it’s hard to predict what may come as a result of the appeal", "says", "She",
             "Penny Ferguson", "UNO", "pronoun"),
            ("partial", "given the time it can take<<>>can just be too late", "says", "she",
             "Penny Ferguson", "UNO", "pronoun"),
            ("indirect", "if the money doesn’t come<<>>25 of Kenya’s 70 districts", "says", "She",
             "Penny Ferguson", "UNO", "pronoun"),
            ("direct", "3.1 million people receive<<>>it’s a very big operation.", "says", "She",
             "Penny Ferguson", "UNO", "pronoun"),
        ],
    },
    {
        "id": "test9-22-africa-floods-wfp",
        "url": "https://www.voanews.com/a/a-13-2007-09-23-voa27-66787542/565571.html",
        "title": None,
        "published": "2007-09-23",
        "truncated": False,
        "note": "Whole as stored (about 1,000 characters; the store kept no title line and no page "
                "furniture, so `title` is null). Date from the URL. The page's lower-case 'world food "
                "program', a quotation closed without a full stop and 'food supply..but' kept.",
        "text": """
Floods across sub-Saharan Africa have affected about 1.5 million people. In many cases the rains came totally unexpectedly. Ironically, in countries like Ghana, due to months of droughts, farmers were not able to produce enough crops this year. Now the harvest in the affected areas has been destroyed. Government officials and aid workers are warning of serious food shortages.
The situation in other countries could be similar. Marcus Prior is the spokesman for the world food program (WFP) in Eastern and Central Africa. From his base in Kenya’s capital Nairobi, he told VOA reporter Akwei Thompson how the WFP is handling this enormous food situation in Africa.
“Well, the World Food Program is mounting an enormous program in response to the flooding across Africa” Fortunately, he added, “much of the flooding is taking place in countries where the WFP already has offices and food supply..but we simply do not have all the food we need given the enormity of the needs at the moment.”
""",
        "quotes": [
            ("indirect", "how the WFP is handling this enormous food situation in Africa", "told", "he",
             "Marcus Prior", "UNO", "pronoun"),
            ("direct", "Well, the World Food Program<<>>the flooding across Africa", "told", "he",
             "Marcus Prior", "UNO", "pronoun"),
            ("partial", "much of the flooding<<>>the needs at the moment", "added", "he",
             "Marcus Prior", "UNO", "pronoun"),
        ],
    },
    {
        "id": "test9-23-zimbabwe-us-food-aid-2005",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2005-09-20-voa81-68955907/1456711.html",
        "title": "Large-Scale Food Aid Due in Southern Africa Within Weeks",
        "published": "2005-09-20",
        "truncated": False,
        "note": "VOA Zimbabwe (Studio 7) English site. Whole as stored. Removed: 'Accessibility "
                "links', 'Breaking News', title line, 'More reports from VOA's Studio 7 for "
                "Zimbabwe...', 'XS SM MD LG'. Date from the URL. The page's 'Ms. Bernini' (for "
                "Benini) kept.",
        "text": """
U.S. government plans to ship 73,500 metric tons of food to Zimbabwe and other Southern African countries are well advanced and distribution in the region is likely to begin next month, an American spokesperson told the Voice of America.
Spokeswoman Carla Benini of the U.S. mission to the United Nations food agencies in Rome – the World Food Program and the Food and Agriculture Organization – said no date has been set to launch distribution to begin, but it could begin in October.
The World Food Program says 10 million people in the region need food aid – 4 million in Zimbabwe, 4 million in Malawi, 1 million in Zambia, 500,000 in Lesotho, 400,000 in Mozambique, and 200,000 in Swaziland. Zimbabwe has been a focus for attention, in part because the Harare government is at odds with United Nations humanitarian aid officials over whether or not current food shortages mean widespread hunger.
The United States has been the main contributor to food relief efforts for the region. It contributed $51.8 million to direct 73,500 tonnes of food into the region.
WFP spokesman Mike Huggins in Johannesburg said he was not informed of the U.S. schedule, and was waiting for supplies to arrive before initiating distribution logistics.
The Zimbabwean government has said it wants to distribute food through its official channels, but Mr. Huggins said the WFP and its local partners will handle this.
Reporter Patience Rusere for VOA’s Studio 7 for Zimbabwe spoke with Ms. Bernini.
""",
        "quotes": [
            ("indirect", "U.S. government plans to ship<<>>likely to begin next month", "told",
             "an American spokesperson", "Carla Benini", "USA", "nominal"),
            ("indirect", "no date has been set<<>>it could begin in October", "said",
             "Spokeswoman Carla Benini", "Carla Benini", "USA", "name"),
            ("indirect", "10 million people in the region need food aid<<>>200,000 in Swaziland", "says",
             "The World Food Program", "World Food Program", "UNO", "organisation"),
            ("indirect", "he was not informed<<>>initiating distribution logistics", "said",
             "WFP spokesman Mike Huggins", "Mike Huggins", "UNO", "name"),
            ("indirect", "it wants to distribute food through its official channels", "said",
             "The Zimbabwean government", "Zimbabwean government", "ZWE", "organisation"),
            ("indirect", "the WFP and its local partners will handle this", "said", "Mr. Huggins",
             "Mike Huggins", "UNO", "name"),
        ],
    },
    {
        "id": "test9-24-zimbabwe-studio7-headlines-feb15",
        "url": "https://www.voazimbabwe.com/a/headlines-zimbabwe-news/3191455.html",
        "title": "Studio 7 Headlines, Monday, February 15, 2016",
        "published": "2016-02-15",
        "truncated": False,
        "note": "Newscast headline page of VOA Zimbabwe (Studio 7). Whole as stored. Removed: "
                "'Accessibility links', 'Breaking News', title line, the caption 'Voice of America "
                "Studio 7', the standing lines ('Stay tuned for these stories ...', 'Send us your "
                "numbers ...'), the audio player. Date from the title.",
        "text": """
Zimbabweans speak out on First Lady Grace Mugabe’s attacks on a Zanu PF rival group allegedly led by Vice President Emmerson Mnangagwa. We will take a closer look on Mrs. Mugabe’s intentions.
The Zimbabwe Institute for Democracy says political patronage in the ruling Zanu PF party is paralyzing the country.
People First, which is set to be led by former Vice President Joice Mujuru, has been officially registered as a political party in Zimbabwe.
Zambia allegedly stops maize exports to Zimbabwe amid hunger gripping its southern African neighbor due to a crippling drought.
Zimbabwe impounds a US-registered cargo plane with a dead body and millions of rands.
Food insecurity threatens people living with HIV/AIDS in Manicaland province.
And Zimbabwean soccer teams beat rivals in the Africa safari ahead of crucial return matches.
Today on LiveTalk our hosts Gibbs Dube and Blessing Zulu will be talking with listeners and experts about police brutality as peaceful Valentine’s Day protestors are violently stopped by the Zimbabwe Republic Police.
""",
        "quotes": [
            ("indirect", "political patronage in the ruling Zanu PF party is paralyzing the country",
             "says", "The Zimbabwe Institute for Democracy", "Zimbabwe Institute for Democracy",
             "NGO", "organisation"),
        ],
    },
    {
        "id": "test9-25-zimbabwe-studio7-headlines-nov20",
        "url": "https://www.voazimbabwe.com/a/headlines-zimbabwe-news/3066568.html",
        "title": "Studio 7 Headlines, Friday, November 20, 2015",
        "published": "2015-11-20",
        "truncated": False,
        "note": "Newscast headline page of VOA Zimbabwe (Studio 7). Whole as stored. Removed: "
                "'Accessibility links', 'Breaking News', title line, the caption 'Voice of America "
                "Studio 7', the standing lines ('Stay tuned for these stories ...', the closing "
                "'Stay tuned!!!!!!'), the audio player. Date from the title.",
        "text": """
First Lady Grace Mugabe continues to rally the people of Zimbabwe to support her aging husband’s ruling party saying she is not interested in the presidential post, which has been held by President Robert Mugabe for more than 35 years.
Zimbabwe is monitoring the situation in Mali to establish if any of its citizens are among 134 hostages being held by suspected Islamic militants at a luxury hotel in the capital, Bamako. So far, three people have been killed by the unidentified assailants at the hotel surrounded by troops drawn from the United Nations, France and Mali.
Zimbabwe is preparing to host the 18th International Conference on AIDS and STIs in Africa next week. ICASA is a premier gathering for those working in the field of HIV, political and civic society leaders, people living with HIV and others committed to ending the pandemic. About 7,000 delegates from nearly 150 countries are expected to attend the event.
Today on Livetalk our hosts will lead discussions on First Lady Grace Mugabe’s current countrywide rallies where she is distributing food and agricultural implements sourced by the government from Brazil.
""",
        "quotes": [
            ("indirect", "she is not interested in the presidential post", "saying",
             "First Lady Grace Mugabe", "Grace Mugabe", "ZWE", "name"),
        ],
    },
    {
        "id": "test9-26-solomon-islands-riots",
        "url": "https://www.voanews.com/a/a-13-2006-04-19-voa2/398241.html",
        "title": "Australia Sends More Troops to Troubled South Pacific Neighbor",
        "published": "2006-04-19",
        "truncated": True,
        "note": "Cut by the store inside the sentence 'Its in...'; kept to the last complete sentence. "
                "Removed: 'Accessibility links', 'Breaking News', title line. Date from the URL.",
        "text": """
Australia is sending reinforcements to the troubled Solomon Islands as violent disturbances continue following the appointment of a new prime minister. Seventeen Australian peacekeepers were injured in the lawlessness and looting that has left parts of the capital Honiara in ruins. Canberra organized a multi-national force that went into the Solomon Islands in July 2003 after years of ethnic fighting.
More than 170 Australian soldiers and police officers are being sent to quell the disturbances in Honiara. This rapid reaction force is expected to touch down in the capital of the Solomon Islands late Wednesday.
They will find a city scarred by mob violence. As many as one thousand people rampaged through the streets, targeting shops in the Chinatown district.
Police were pelted with stones and several peacekeepers from Australia and New Zealand were injured in the riots. Many of their vehicles were also torched.
Australian Prime Minister John Howard believes the spark for the unrest was the appointment of Snyder Rini as the Solomon Islands' prime minister.
"The situation is still quite unsettled," he said. "It does appear to be a reaction to the election outcome. Australia has made a very strong, long-term commitment to the future of the Solomon Islands."
On Tuesday, Mr. Rini was chosen to head a new government after national elections earlier this month. His opponents have accused him of corruption and of being under the control of ethnic Chinese businessmen who hold much of the wealth in the Solomon Islands.
Mr. Rini denies the allegations. He was trapped inside the parliament building for most of Tuesday as the violence continued outside.
The lawlessness in Honiara has taken the authorities by surprise. The security situation across the archipelago had improved since Australia led an international rescue mission to the country almost three years ago.
""",
        "quotes": [
            ("direct", "The situation is still quite unsettled", "said", "he", "John Howard", "AUS",
             "pronoun"),
            ("direct", "It does appear to be a reaction<<>>the future of the Solomon Islands.", "said",
             "he", "John Howard", "AUS", "pronoun"),
        ],
    },
    {
        "id": "test9-27-mexico-recount-prepares",
        "url": "https://www.voanews.com/a/a-13-2006-07-04-voa67/327824.html",
        "title": "Mexico Prepares for Recount in Disputed Presidential Election",
        "published": "2006-07-04",
        "truncated": True,
        "note": "Cut by the store inside the sentence 'But the PRD's Lopez Obrado...'; kept to the "
                "last complete sentence. Removed: 'Accessibility links', 'Breaking News', title line. "
                "Date from the URL. The page's 'Andres Manual' (once) kept.",
        "text": """
Mexico's Federal Electoral Institute, known as the IFE, is ready to begin a detailed verification of its preliminary vote count from Sunday's presidential election. Leftist candidate Andres Manual Lopez Obrador claims there was vote manipulation and has promised to fight "vote for vote" to prove that he won. But, conservative candidate Felipe Calderon is gaining momentum in his effort to present himself as the winner.
On Tuesday, newspaper headlines across Mexico reported the final preliminary vote count from Sunday's election that put Felipe Calderon of the ruling National Action Party more than one percent ahead of Andres Manuel Lopez Obrador of the Party of the Democratic Revolution.
Calderon appeared relaxed and confident as he spoke to reporters in televised interviews and discussed his plans to reach out to other parties to build a government of unity.
Boosting his position further, two of the four other candidates who ran for president conceded defeat. Most important was the concession of Roberto Madrazo, candidate of the Institutional Revolutionary Party, or PRI, the party that had dominated Mexico for 71 years until the election of Vicente Fox in 2000.
He said he accepted the results from what he called a fair and transparent electoral process and stressed that his party would not haggle over the votes, but would accept the will of the Mexican people.
Madrazo finished in a distant third place according to the preliminary vote count and failed to win in any area of the country. Political analysts say this could be a fatal blow to the once almighty PRI, although the party has done well in some local elections, capturing governor's seat in a few recent state contests.
Also conceding defeat was the candidate of the New Alliance Party, Roberto Campa, who said the vote count clearly showed that Felipe Calderon had won the election.
""",
        "quotes": [
            ("indirect", "there was vote manipulation", "claims", "Andres Manual Lopez Obrador",
             "Andres Manuel Lopez Obrador", "MEX", "name"),
            ("partial", "vote for vote", "promised", "Andres Manual Lopez Obrador",
             "Andres Manuel Lopez Obrador", "MEX", "name"),
            ("indirect", "he accepted the results<<>>fair and transparent electoral process", "said",
             "He", "Roberto Madrazo", "MEX", "pronoun"),
            ("indirect", "his party would not haggle<<>>the will of the Mexican people", "stressed",
             "He", "Roberto Madrazo", "MEX", "pronoun"),
            ("indirect", "this could be a fatal blow to the once almighty PRI", "say",
             "Political analysts", "political analysts", None, "nominal"),
            ("indirect", "the vote count clearly showed<<>>had won the election", "said",
             "Roberto Campa", "Roberto Campa", "MEX", "name"),
        ],
    },
    {
        "id": "test9-28-mexico-lopez-obrador-recount",
        "url": "https://www.voanews.com/a/a-13-2006-08-08-voa10/328068.html",
        "title": "Lopez Obrador Demands Total Recount of Mexican Presidential Vote",
        "published": "2006-08-08",
        "truncated": False,
        "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', title line. Kept "
                "VOA's standing credit line 'Some information for this report was provided by AFP, "
                "AP and Reuters.' (the story is VOA-written). Date from the URL.",
        "text": """
Leftist Mexican presidential candidate Andres Manuel Lopez Obrador has launched a sixth week of protests, demanding a full vote recount from the July 2 election.
On Monday, Lopez Obrador told several thousand supporters gathered outside the electoral court in Mexico City that he would not give up on his demand for a recount of all 41 million ballots cast.
The demonstration came two days after Mexico's Federal Electoral Tribunal ordered a recount at only about nine percent of the nation's 130,000 voting stations.
That move was applauded by supporters of conservative ruling party candidate Felipe Calderon. Calderon won the election by a little more than half a percent of the votes cast.
Lopez Obrador has pledged to keep up the street protests until he gets a total recount.
The nation's top electoral court has until September 6 to rule on any challenges and officially announce the winner of the election.
Some information for this report was provided by AFP, AP and Reuters.
""",
        "quotes": [
            ("indirect", "he would not give up<<>>41 million ballots cast", "told", "Lopez Obrador",
             "Andres Manuel Lopez Obrador", "MEX", "name"),
        ],
    },
]

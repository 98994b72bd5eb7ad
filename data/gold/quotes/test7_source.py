"""Readable source of the sealed quotes test set ``test7.jsonl`` (issue 10; helper sqq8, 2026-12-06).

Texts: Voice of America pages (voanews.com, voacambodia.com / khmer.voanews.com, voazimbabwe.com,
voaswahili.com English page) as the ``search`` tool's ``pages`` corpus stores them, copied by hand,
page furniture removed (named in each ``note``), one paragraph per line. Annotated before any system
ran on them. Build and check with ``python data/gold/check_quotes_test7.py build|check``.

Each quote: ``(kind, span, cue, speaker_text, speaker, speaker_country, speaker_class[, after])``.
A span is searched from the start of the previous quote (or after the first occurrence of
``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "test7-01-hun-sen-border",
        "url": "http://www.voacambodia.com/content/in-phnom-penh-hun-sens-border-remarks-find-support/1484214.html",
        "title": "In Phnom Penh, Hun Sen’s Border Remarks Find Support",
        "published": None,
        "truncated": True,
        "note": "Removed: date line 'Tuesday, 02 September 2014' (page date, not the story's), section "
                "'Cambodia', title line, the summary deck (a copy of the third paragraph's first "
                "sentence), a photo caption stored four times with an 'x', the byline 'Heng Reaksmey"
                "VOA Khmer'. Cut by the store inside the fifth paragraph ('Civil servants told local "
                "media the'); kept to the last complete sentence. The page's 'say believe' is kept.",
        "text": """
PHNOM PENH - After Prime Minister Hun Sen’s appearance Thursday before the National Assembly to explain his border policy, many Cambodians in Phnom Penh say believe no land has been lost to Vietnam.
Hun Sen had encouraged people to watch his remarks, which lasted for five hours and were broadcast live on state TV, as he addressed concerns that border agreements had ceded land to Cambodia’s neighbor to the east.
He explained that in some respective areas in Cambodia and Vietnam, villages had been swapped and land had been exchanged, but that on the whole, no land had been lost. Hun Sen also said that Cambodians are occupying more than 2,100 hectares of land that rightfully belongs to Vietnam, while Vietnamese are living on nearly 1,000 hectares of land that rightfully belongs to Cambodia, the Phnom Penh Post reported.
In the streets of Phnom Penh, where many had stopped to listen to at least part of the speech, Hun Sen’s words found a lot of support.
""",
        "quotes": [
            ("indirect", "no land has been lost to Vietnam", "say", "many Cambodians in Phnom Penh",
             "Cambodians in Phnom Penh", "KHM", "nominal"),
            ("indirect", "in some respective areas<<>>no land had been lost", "explained", "He",
             "Hun Sen", "KHM", "pronoun"),
            ("indirect", "Cambodians are occupying<<>>rightfully belongs to Cambodia", "said",
             "Hun Sen", "Hun Sen", "KHM", "name"),
        ],
    },
    {
        "id": "test7-02-mu-sochua-hello-voa",
        "url": "https://khmer.voanews.com/a/a-40-2009-09-16-voa5-90176697/1353199.html",
        "title": "Mu Sochua on her testimony before the US Congress (VOA Khmer)",
        "published": None,
        "truncated": False,
        "note": "The stored page has no title line, furniture or byline; the title field is a "
                "description written by the annotator. The stored text (about 1,500 characters) "
                "ends at a natural end, taken as whole. 2009 story (VOA Khmer English page).",
        "text": """
Mu Sochua, an opposition lawmaker who testified before US Congress Thursday, said her trip to the US had meant more attention to Cambodia’s rights issues and more monitoring of the situation by the US.
The US will work to end injustice in the court and other crackdowns, she said, as a guest on “Hello VOA” Monday, following talks with senior US officials.
“First, they will send a team of high-level delegates to clearly assess the situation in Cambodia,” said Mu Sochua, who represents the Sam Rainsy Party for Kampot province. “And second, they said aid must be attached to the respect of human rights. Third, they will pay close attention and they will monitor and take action to end the use of injustice in the courts to crack down on opposition members of parliament.”
Mu Sochua was referring to herself and SRP lawmaker Ho Vann, both of whom had their immunity stripped earlier this year and faced lawsuits from high-level officials.
She testified Thursday before the Tom Lantos Human Rights Commission of the US House of Representatives, along with Kek Galabru, founder of the rights group Lichado, and Moeun Tola, of the Community Legal Education Center.
Cambodian officials dismissed the hearing as biased and denied many of the accusations of its participants as exaggerations.
“What I came to testify here for was not my personal interest,” Mu Sochua said Monday, “but the people’s interest.”
""",
        "quotes": [
            ("indirect", "her trip to the US<<>>monitoring of the situation by the US", "said",
             "Mu Sochua", "Mu Sochua", "KHM", "name"),
            ("indirect", "The US will work to end injustice in the court and other crackdowns", "said",
             "she", "Mu Sochua", "KHM", "pronoun"),
            ("direct", "First, they will send a team of high-level delegates to clearly assess the "
             "situation in Cambodia", "said", "Mu Sochua", "Mu Sochua", "KHM", "name"),
            ("direct", "And second, they said aid<<>>opposition members of parliament.", "said",
             "Mu Sochua", "Mu Sochua", "KHM", "name"),
            ("direct", "What I came to testify here for was not my personal interest", "said",
             "Mu Sochua", "Mu Sochua", "KHM", "name"),
            ("direct", "but the people’s interest.", "said", "Mu Sochua", "Mu Sochua", "KHM", "name"),
        ],
    },
    {
        "id": "test7-03-kem-sokha-trial",
        "url": "https://khmer.voanews.com/amp/kem-sokha-says-court-unable-to-understand-his-political-strategy-/5247764.html",
        "title": "Kem Sokha Says Court Unable To Understand His Political Strategy",
        "published": None,
        "truncated": False,
        "note": "The stored AMP page has no title line, furniture or byline; the title is the one in "
                "the URL slug, as the same story's other copies give it. The stored text ends at a "
                "natural end, taken as whole. The page's 'Kem Sokha work' is kept.",
        "text": """
Opposition leader Kem Sokha told VOA Khmer he would spend more time to explain to the court and prosecution his work as a human rights activist and politician, which he said they were characterizing as an attempt to start a revolution.
Kem Sokha spoke to VOA Khmer Thursday morning as he departed for the second day of his treason trial, which began on Wednesday. The opposition leader said he had only worked in his political and human rights careers to empower those who were “fearful, uninformed, and hungry.”
“What I am doing is for democracy and human rights,” he said outside his home in Tuol Kork. “I am not sure if they understand it or not.”
He said any activities he conducted in the political sphere were only linked to winning elections and were in no way a “color revolution.” The government has characterized Kem Sokha’s work, going as far back as 1993, as a so-called color revolution to bring down the Hun Sen government.
“I believe that if we do not do anything wrong then there will always be primarily justice in our hearts,” he said, before getting into his car. “That would be considered a success.”
Kem Sokha also recounted that he questioned the court on his treason charge saying that the Criminal Code was enforced in 2010, but that his alleged crimes were, according to the court, dating back to 1993.
The court has resumed the trial hearing Thursday morning, where the judges will delve into Kem Sokha work from 2008 till he was arrested in 2017.
""",
        "quotes": [
            ("indirect", "he would spend more time<<>>human rights activist and politician", "told",
             "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("indirect", "they were characterizing as an attempt to start a revolution", "said", "he",
             "Kem Sokha", "KHM", "pronoun"),
            ("indirect", "he had only worked<<>>hungry.”", "said", "The opposition leader", "Kem Sokha",
             "KHM", "nominal"),
            ("partial", "fearful, uninformed, and hungry", "said", "The opposition leader", "Kem Sokha",
             "KHM", "nominal"),
            ("direct", "What I am doing is for democracy and human rights", "said", "he", "Kem Sokha",
             "KHM", "pronoun"),
            ("direct", "I am not sure if they understand it or not.", "said", "he", "Kem Sokha", "KHM",
             "pronoun"),
            ("indirect", "any activities he conducted<<>>color revolution.”", "said", "He", "Kem Sokha",
             "KHM", "pronoun"),
            ("partial", "color revolution", "said", "He", "Kem Sokha", "KHM", "pronoun"),
            ("direct", "I believe that if we do not do anything wrong then there will always be "
             "primarily justice in our hearts", "said", "he", "Kem Sokha", "KHM", "pronoun"),
            ("direct", "That would be considered a success.", "said", "he", "Kem Sokha", "KHM",
             "pronoun"),
            ("indirect", "he questioned the court on his treason charge", "recounted", "Kem Sokha",
             "Kem Sokha", "KHM", "name"),
            ("indirect", "the Criminal Code was enforced in 2010<<>>dating back to 1993", "saying", "he",
             "Kem Sokha", "KHM", "pronoun"),
        ],
    },
    {
        "id": "test7-04-zimbabwe-police-mdc",
        "url": "https://voazimbabwe.com/a/zimbabwe-police-accuse-mdc-t-of-causing-violence-in-the-country-115657709/1471518.html",
        "title": "Zimbabwe Police Accuse MDC-T of Causing Violence in the Country",
        "published": None,
        "truncated": True,
        "note": "The stored page has no title line or furniture; the title is the URL slug in words. Cut "
                "by the store inside the last paragraph ('Chimhavi told reporter Sithandekile Mhlanga "
                "that hi'); kept to the last complete sentence.",
        "text": """
A spokesman for the Zimbabwe Republic Police has issued a statement blaming the Movement for Democratic Change formation of Prime Minister Morgan Tsvangirai for the violence that has rocked Harare in recent weeks. MDC officials rejected the charge.
ZRP Senior Assistant Commissioner Wayne Bvudzijena said police investigations linked the chaos to the MDC, saying authorities would deal with unruly elements and with all political violence in the country impartially.
The Tsvangirai MDC formation responded that the police have been working hand in hand with President Robert Mugabe’s ZANU-PF, posing a new threat to democracy.
Tsvangirai MDC spokesman Nelson Chamisa told reporter Jonga Kandemiiri that his party wrote to the police through the Home Affairs Ministry objecting to the report.
Bvudzijena could not be reached for further comment on his statement.
ZANU-PF spokesman Rugare Gumbo said his party backs the police statement.
The British Embassy in Harare meanwhile put out its own statement blaming ZANU-PF for the violence and related looting in the capital in recent days.
Ambassador Mark Canning said such incidents would make it hard for Britain and other friends of Zimbabwe to help attract the investment the country badly needs.
Political analyst Mqondobanzi Magonya told Brenda Moyo that the violence shows the international community Zimbabwe is not yet ready for foreign investment.
In another incident of alleged state-sanctioned violence, suspected security agents ransacked the Harare offices of the Youth Forum, which has been encouraging young people to register to vote, confiscating printed materials from the group.
Youth Forum Senior Program Manager Terrence Chimhavi said the officials harassed members of his organization, asking why they were urging the youths to register when the date for elections has not yet been set. President Robert Mugabe has said that elections should be held by the middle of this year.
""",
        "quotes": [
            ("indirect", "police investigations linked the chaos to the MDC", "said", "Wayne Bvudzijena",
             "Wayne Bvudzijena", "ZWE", "name"),
            ("indirect", "authorities would deal with unruly elements<<>>impartially", "saying",
             "Wayne Bvudzijena", "Wayne Bvudzijena", "ZWE", "name"),
            ("indirect", "the police have been working hand in hand<<>>a new threat to democracy",
             "responded", "The Tsvangirai MDC formation", "Movement for Democratic Change", "ZWE",
             "organisation"),
            ("indirect", "his party wrote to the police<<>>objecting to the report", "told",
             "Nelson Chamisa", "Nelson Chamisa", "ZWE", "name"),
            ("indirect", "his party backs the police statement", "said", "Rugare Gumbo", "Rugare Gumbo",
             "ZWE", "name"),
            ("indirect", "such incidents would make it hard<<>>the country badly needs", "said",
             "Mark Canning", "Mark Canning", "GBR", "name"),
            ("indirect", "the violence shows the international community<<>>foreign investment", "told",
             "Mqondobanzi Magonya", "Mqondobanzi Magonya", "ZWE", "name"),
            ("indirect", "the officials harassed members of his organization", "said",
             "Terrence Chimhavi", "Terrence Chimhavi", "ZWE", "name"),
            ("indirect", "why they were urging the youths<<>>has not yet been set", "asking",
             "the officials", "officials", "ZWE", "nominal"),
            ("indirect", "elections should be held by the middle of this year", "said",
             "President Robert Mugabe", "Robert Mugabe", "ZWE", "name"),
        ],
    },
    {
        "id": "test7-05-kem-sokha-hello-voa-2006",
        "url": "https://khmer.voanews.com/amp/a-40-2006-04-03-voa1-90152332/1355192.html",
        "title": "Hello VOA Call-in-Show With Mr. Kem Sokha and Mr. Pa Nguon Teang",
        "published": "2006-04-03",
        "truncated": True,
        "note": "Removed: the title line. Cut by the store inside the last paragraph ('He would like for "
                "the U.S. to focus on ... the justice system in'); kept to the last complete sentence. "
                "published = the date in the URL (the programme's date). The page's slips "
                "('week-visit', 'donororganizations', 'in the adverse of') are kept.",
        "text": """
Mr. Kem Sokha, director of the Cambodia Center of Human Rights (CCHR) was recently released from Prey Sar prison after being accused of being involved with a banner criticizing the government on International Human Rights Day.
He came for a more than two week-visit to the U.S. with his colleague Mr. Pa Nguon Teang, director of the CCHR's Voice of Democracy radio station.
The International Republican Institute (IRI) hosts this visit from 03-30 to 04-17. He and Mr. Pa met with the U.S. politicians, and Cambodian communities in Seattle, Washington, Minnesota, Washington, D.C., and will continue his visit to Lowell, Massachusetts, Pennsylvania, San Jose, Long Beach, California.
One important thing resulted from his visit to Minnesota was the Minnesota assembly's resolution recognizing his work in the adverse of a number of totalitarian actions. In Washington, D.C., Tuesday, and for one week here, they will go meet senator John McCain, Mr. Mark Kennedy, both Republicans and Democrats, some American NGOs officials, the donororganizations such as the USAID, the NED, the State Department, Assistant Secretary Christopher Hill, Bureau of Asian and Pacific Affairs.
Mr. Kem Sokha says that after his release, his mind is clearer, and he is determined to find freedom for the Khmer people, and he will give his life for freedom for the people. About the rumor about him forming a political party, he says that he has not thought about that yet, for he still wants the people to have freedom and to have a better life. Now he can see that the people support him.
He says that the CCHR commissions look for strategies strengthening power in the grassroot levels for the people.
He is happy that the people join his forums. He expresses thanks for the U.S.' help in securing his freedom. He says not to believe the new Khmer policy.
""",
        "quotes": [
            ("indirect", "after his release, his mind is clearer<<>>freedom for the people", "says",
             "Mr. Kem Sokha", "Kem Sokha", "KHM", "name", "Mr. Kem Sokha says that "),
            ("indirect", "he has not thought about that yet<<>>to have a better life", "says", "he",
             "Kem Sokha", "KHM", "pronoun"),
            ("indirect", "the CCHR commissions look for strategies<<>>for the people", "says", "He",
             "Kem Sokha", "KHM", "pronoun"),
        ],
    },
    {
        "id": "test7-06-north-korea-experts",
        "url": "http://www.voanews.com/content/experts-warn-of-further-provocations-by-north-korea/3153934.html",
        "title": "Experts Warn of Further Provocations by North Korea",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', the title line, a FILE photo caption stored twice, the crosshead "
                "'Nuclear-armed state'. Cut by the store inside the last paragraph ('Some warned "
                "Pyongyang could conduct a long-range rocket l'); kept to the last complete sentence. "
                "Indentation removed.",
        "text": """
North Korea could take further provocative actions after the latest nuclear test that drew strong protests from the international community, experts in Seoul warned.
With its fourth nuclear test, the communist country is likely to accelerate its effort to seek the status of a nuclear-armed state, experts said. Washington reaffirmed its position that it would not give Pyongyang such a recognition.
“We do not and will not accept North Korea as a nuclear-armed state, and actions such as this latest test only strengthen our resolve,” said U.S. Secretary of State John Kerry in a statement after the test.
Kim Tae-woo, a nuclear expert who specializes in the North Korean nuclear issue, said Pyongyang will pursue its longstanding demand for a peace treaty with Washington while keeping nuclear weapons.
“North Korea wants the nuclear recognition without joining the NPT,” said Kim in reference to an international treaty aimed at preventing the spread of nuclear weapons and related technology.
“The peace treaty that they are seeking is an attempt to withdraw U.S. forces from South Korea,” Kim added.
Last week, Pyongyang offered to halt nuclear tests in return for an end to joint military exercises between Washington and Seoul and a peace treaty with Washington.
""",
        "quotes": [
            ("indirect", "North Korea could take further provocative actions<<>>the international community",
             "warned", "experts in Seoul", "experts in Seoul", "KOR", "nominal"),
            ("indirect", "With its fourth nuclear test<<>>the status of a nuclear-armed state", "said",
             "experts", "experts", "KOR", "nominal"),
            ("direct", "We do not and will not accept North Korea<<>>only strengthen our resolve", "said",
             "Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("indirect", "Pyongyang will pursue its longstanding demand<<>>while keeping nuclear weapons",
             "said", "Kim Tae-woo", "Kim Tae-woo", "KOR", "name"),
            ("direct", "North Korea wants the nuclear recognition without joining the NPT", "said", "Kim",
             "Kim Tae-woo", "KOR", "name"),
            ("direct", "The peace treaty that they are seeking is an attempt to withdraw U.S. forces from "
             "South Korea", "added", "Kim", "Kim Tae-woo", "KOR", "name"),
        ],
    },
    {
        "id": "test7-07-ukraine-april-25",
        "url": "https://voanews.com/a/6543597.html",
        "title": "Latest Developments in Ukraine: April 25",
        "published": "2022-04-25",
        "truncated": True,
        "note": "News log. Removed: 'Accessibility links', 'Breaking News', the title line, a photo "
                "caption stored twice, the standing line 'For full coverage of the crisis in Ukraine, "
                "visit Flashpoint Ukraine.', the headings 'Recap of April 25', 'FIGHTING', "
                "'HUMANITARIAN' and the bullet marks '* '. Cut by the store inside the next item ('The "
                "International Criminal C'); kept to the last complete item. published = the title's "
                "date (the caption confirms the year).",
        "text": """
Russia unleashed a string of attacks against Ukrainian rail and fuel facilities, striking crucial infrastructure far from the front line of its eastern offensive.
Ukraine's defense ministry said Russia was continuing to attack in eastern Ukraine but was being pushed back.
Britain’s defense ministry said Russia has “yet to achieve a significant breakthrough” in the eastern Donbas region.
Russian President Vladimir Putin’s administration has recommended placing people inside ministries, government agencies, and state-owned companies to spread the Kremlin's political agenda among employees -- a move that harks back to Soviet times -- amid concern over fraying support.
Three NATO warships arrived in the southwestern Finnish port of Turku to train with Finland's navy, as Helsinki considers the possibility of joining the U.S.-led alliance amid increased tensions with Russia over Ukraine.
Since Russia’s invasion of Ukraine on February 24, the number of refugees fleeing violence has reached nearly 5.2 million.
Ukraine has denied that an agreement was reached with Russia to form a humanitarian corridor to allow civilians to escape a steel plant in the besieged port city of Mariupol, and said Russia continued to attack the plant.
Ukraine has said the United Nations should step in to oversee an evacuation route for civilians from the besieged steel mill in Mariupol.
""",
        "quotes": [
            ("indirect", "Russia was continuing to attack in eastern Ukraine but was being pushed back",
             "said", "Ukraine's defense ministry", "Ukraine's defense ministry", "UKR", "organisation"),
            ("indirect", "Russia has “yet to achieve<<>>in the eastern Donbas region", "said",
             "Britain’s defense ministry", "Britain’s defense ministry", "GBR", "organisation"),
            ("partial", "yet to achieve a significant breakthrough", "said", "Britain’s defense ministry",
             "Britain’s defense ministry", "GBR", "organisation"),
            ("indirect", "an agreement was reached with Russia<<>>the besieged port city of Mariupol",
             "denied", "Ukraine", "Ukraine", "UKR", "organisation"),
            ("indirect", "Russia continued to attack the plant", "said", "Ukraine", "Ukraine", "UKR",
             "organisation"),
            ("indirect", "the United Nations should step in<<>>the besieged steel mill in Mariupol", "said",
             "Ukraine", "Ukraine", "UKR", "organisation"),
        ],
    },
    {
        "id": "test7-08-sam-rainsy-2005",
        "url": "https://www.voacambodia.com/a/a-40-a-2005-02-08-4-1-90140697/1353492.html",
        "title": "Interview with Sam Rainsy Feb. 8 - 2005-02-08",
        "published": "2005-02-08",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', the title line, 'XS SM MD LG' (the "
                "page's end). Whole as stored. The page's 'politicial' and 'prince Ranariddh' are kept.",
        "text": """
In an interview Tuesday, Feb 8, at the Washington DC offices of VOA with the Khmer Service's Reasey Poch, the leader of Cambodia's opposition party, Sam Rainsy, says he is in the United States to seek support for his party and the country's democratic movement.
Sam Rainsy and two of his top party members were stripped of their parliamentary immunity on Feb. 3 by the Cambodian National Assembly - a move which allows the Cambodian courts to proceed with charges against the three for alleged illegalities.
Sam Rainsy says he plans to meet with the US Senators and representatives of other institutions, such as the World Bank, to thank them for their support and to explain the deteriorating politicial situation in Cambodia.
In response to National Assembly President Norodom Ranariddh who said the U.S. should not interfere with the internal politics of Cambodia, Mr. Rainsy said Prince Ranariddh should not forget that without the U.S. and the international community, prince Ranariddh might have ended up in jail for a long time in 1997 when the Cambodian court found him guilty of staging a coup.
""",
        "quotes": [
            ("indirect", "he is in the United States<<>>the country's democratic movement", "says",
             "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "he plans to meet with the US Senators<<>>situation in Cambodia", "says",
             "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "the U.S. should not interfere with the internal politics of Cambodia", "said",
             "Norodom Ranariddh", "Norodom Ranariddh", "KHM", "name"),
            ("indirect", "Prince Ranariddh should not forget<<>>guilty of staging a coup", "said",
             "Mr. Rainsy", "Sam Rainsy", "KHM", "name"),
        ],
    },
    {
        "id": "test7-09-jordan-syrian-refugees",
        "url": "http://www.voanews.com/content/in-jordan-syrian-refugees-await-assads-fall/1557662.html",
        "title": "In Jordan, Syrian Refugees Await Assad's Fall",
        "published": "2012-12-03",
        "truncated": True,
        "note": "The store holds several copies of this page; the first is used. Removed: 'News / Middle "
                "East', the title line, the byline 'Elizabeth Arrott and Japhet Weeks', the crosshead "
                "'Preparing for winter'; the text ends before the photo gallery (captions with "
                "bullets) inside which the store cut. published = the date of the video block in "
                "another stored copy of the same page. Mixed straight and curly quotation marks kept.",
        "text": """
In a makeshift kitchen between refugee tents in Jordan, members of an extended family try to recreate some semblance of the life they left in Syria, before war tore apart their homeland. They are among more than 200,000 Syrians in Jordan waiting for the conflict to end.
Several women pat out dough for bread and cook it over an open fire. Om Ahmed, who cares for several children in the group, recalls their last days at home in el Sawra, in southern Syria.
“It was very bad," she says. "They were hitting us with rockets and tanks and mortar shells.”
They tried to find a haven in towns nearby, but were forced to cross the border, settling at the Zaatari refugee camp in Jordan. At the camp's playground, children have a place to run in safety, away from the bombing and firefights which have claimed an estimated 40,000 lives since early last year.
As winter approaches, the needs of Om Ahmed and her family grow.
“Life is difficult, and each day we are asking for more things,” she says. “We want different tents. With these tents, if it rains, the water comes in on us.”
Others try to reinforce their tents with foam sheets, a half-measure as tens of thousands settle in for the winter. And more keep coming.
""",
        "quotes": [
            ("direct", "It was very bad", "says", "she", "Om Ahmed", "SYR", "pronoun"),
            ("direct", "They were hitting us with rockets and tanks and mortar shells.", "says", "she",
             "Om Ahmed", "SYR", "pronoun"),
            ("direct", "Life is difficult, and each day we are asking for more things", "says", "she",
             "Om Ahmed", "SYR", "pronoun"),
            ("direct", "We want different tents. With these tents, if it rains, the water comes in on us.",
             "says", "she", "Om Ahmed", "SYR", "pronoun"),
        ],
    },
    {
        "id": "test7-10-immigration-activists",
        "url": "http://www.voanews.com/content/immigration-activists-press-us-lawmakers-on-citizenship-for-the-undocumented/1739157.html",
        "title": "Immigration Activists Press US Lawmakers on Citizenship for the Undocumented",
        "published": "2013-08-28",
        "truncated": True,
        "note": "Removed: 'News / USA', the title line, the embedded video block (title, date 'August "
                "28, 2013 10:07 PM', a summary naming VOA's Michael Bowman), the byline 'Michael "
                "Bowman'. Cut by the store inside the next paragraph ('... in congressional dis'); kept "
                "to the last complete sentence. Double spaces reduced. The page's 'believes is should "
                "be' is kept.",
        "text": """
The fate of U.S. immigration reform could be decided in the Republican-controlled House of Representatives after Congress returns next month from a five-week recess. In the first of a two-part report, we examine efforts to pressure lawmakers in favor of a path to citizenship for the undocumented -- the most-contentious element of immigration reform.
While Congress was in summer recess, hundreds of activists converged on the California district of Republican Congressman Kevin McCarthy, hoping to change his position on immigration reform.
Their demand: a House vote on a comprehensive immigration reform package that would allow 11 million undocumented immigrants to eventually become U.S. citizens. Organizer Dolores Huerta believes is should be everyone’s right.
“Every immigrant group that has come to the United States has been able to get citizenship, from the Founding Fathers, who were the first immigrants who came here, to the most recent ones who are here now,” said Huerta.
McCarthy was not present when demonstrators entered his district office. But a statement on the congressman’s website rules out a path to citizenship: “We should not provide any amnesty that would benefit those who defy our laws and enter the United States illegally.”
""",
        "quotes": [
            ("direct", "Every immigrant group that has come<<>>the most recent ones who are here now", "said",
             "Huerta", "Dolores Huerta", "USA", "name"),
            ("direct", "We should not provide any amnesty<<>>enter the United States illegally.", None,
             "a statement", "Kevin McCarthy", "USA", "organisation"),
        ],
    },
    {
        "id": "test7-11-senate-immigration-hearing",
        "url": "https://www.voanews.com/a/senate-focuses-on-immigration-reform/1602926.html",
        "title": "US Senate Focuses on Immigration Reform",
        "published": "2013-02-13",
        "truncated": False,
        "note": "Removed: 'Accessibility links', the title line, the byline 'VOA News', a photo caption "
                "(its date, February 13, 2013, is the hearing's and the story's). Whole as stored. The "
                "page's missing space in 'senatorsmany' is kept (the indirect span starts at the next "
                "whole word).",
        "text": """
The Senate Judiciary Committee is hearing testimony about immigration reform, hours after President Barack Obama called for immigration reform in his State of the Union address to Congress.
Homeland Security Secretary Janet Napolitano told senatorsmany changes need to be made and sustained for comprehensive reform. She said our immigration system is "broken" and "hurting our country."
"Our immigration system is not working," she said. "Our communities, workers and employers are all frustrated by a system that treats a drug smuggler the same as a high-achieving student."
Napolitano's testimony was interrupted by screaming protesters who entered the chamber with signs that said "No more deportation." Police quickly restored order in the room.
Others testifying include Jose Antonio Vargas, the founder of Define American, and Chris Crane, the president of the National Immigration and Customs Enforcement Council.
Latino activists have criticized Obama for failing to make immigration reform a priority of his first term.
Last month, a bipartisan group of senators introduced a plan under which illegal immigrants would register with the government, pass a background check, pay fines and back taxes, and complete other steps to earn a probationary status to legally live and work in the United States. They would then be placed at the back of the line for those seeking a so-called green card as a permanent legal resident.
The plan includes exceptions for those who entered the country as children, as well as for agricultural workers who play a role in maintaining the nation's food supply.
""",
        "quotes": [
            ("indirect", "changes need to be made and sustained for comprehensive reform", "told",
             "Janet Napolitano", "Janet Napolitano", "USA", "name"),
            ("indirect", 'our immigration system is "broken"<<>>our country."', "said", "She",
             "Janet Napolitano", "USA", "pronoun"),
            ("partial", "broken", "said", "She", "Janet Napolitano", "USA", "pronoun"),
            ("partial", "hurting our country", "said", "She", "Janet Napolitano", "USA", "pronoun"),
            ("direct", "Our immigration system is not working", "said", "she", "Janet Napolitano", "USA",
             "pronoun"),
            ("direct", "Our communities, workers and employers<<>>a high-achieving student.", "said",
             "she", "Janet Napolitano", "USA", "pronoun"),
            ("direct", "No more deportation.", "said", "screaming protesters", "protesters", None,
             "nominal"),
        ],
    },
    {
        "id": "test7-13-afghan-election-kerry",
        "url": "http://www.voanews.com/content/kerry-warns-against-power-grab-afghanistan/1952853.html",
        "title": "Abdullah Declares Himself Winner in Afghan Election",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', the title line, two photo captions (one stored twice, one four "
                "times with an 'x'), the byline 'VOA NewsAyaz Gul'. Cut by the store inside the next "
                "paragraph ('... approximately 44 per'); kept to the last complete sentence. Double "
                "space reduced.",
        "text": """
A day after election authorities in Afghanistan declared that former finance minister Ashraf Ghani was far ahead in the preliminary results for the presidential runoff, his rival candidate Abdullah Abdullah rejected the outcome and declared himself the “rightful” winner.
Ahead of Abdullah’s rejection, U.S. Secretary of State John Kerry issued a statement warning that any attempt to seize power would result in an immediate cutoff of U.S. economic and security assistance.
President Barack Obama has called the two candidates in Afghanistan's disputed presidential runoff election, to ask them to let the process for investigating fraud claims go forward.
In those phone calls, Obama warned Abdullah Abdullah and Ashraf Ghani that violence or taking "extra-constitutional measures" would result in the end of U.S. assistance to the war-torn country.
In an effort to resolve allegations of fraud in the election Abdullah claims to have won, John Kerry is to visit Kabul on Friday.
""",
        "quotes": [
            ("indirect", "former finance minister Ashraf Ghani was far ahead<<>>the presidential runoff",
             "declared", "election authorities in Afghanistan", "election authorities in Afghanistan",
             "AFG", "organisation"),
            ("partial", "rightful", "declared", "Abdullah Abdullah", "Abdullah Abdullah", "AFG", "name"),
            ("indirect", "any attempt to seize power<<>>economic and security assistance", "warning",
             "a statement", "John Kerry", "USA", "organisation"),
            ("indirect", 'violence or taking "extra-constitutional measures"<<>>the war-torn country',
             "warned", "Obama", "Barack Obama", "USA", "name"),
            ("partial", "extra-constitutional measures", "warned", "Obama", "Barack Obama", "USA", "name"),
        ],
    },
    {
        "id": "test7-14-egypt-protest-camps",
        "url": "http://www.voanews.com/content/egypt-urged-not-to-forcibly-disperse-brotherhood-protests/1720351.html",
        "title": "Egypt Protests Continue Despite Deadline to Disperse",
        "published": "2013-08-02",
        "truncated": True,
        "note": "Removed: 'News / Middle East', the title line, a photo caption stored twice (its date, "
                "August 2, 2013, a Friday, is the story's), the byline 'Heather Murdock'. Cut by the "
                "store inside the last paragraph ('But Abeer said children are protected by the dozens "
                "of guards checking bag'); kept to the last complete sentence. Indentation and double "
                "spaces removed; the page's missing space in 'says,“Down' is kept.",
        "text": """
Despite reports of fresh violence in Egypt's capital and military orders to disband, supporters of ousted president Mohamed Morsi again came out en masse Friday night, saying the order to leave the protest camps has only made them more determined to stay put.
This protest coordinated by the Muslim Brotherhood is relatively quiet before demonstrators break their daily Ramadan fast, but the crowds are thick, with more people coming in from every direction.
Speeches blare on loudspeakers and crowds gather around a stage decorated with flags and posters of Morsi.
Seham Hussein said she and her family come to the camp almost every day to support Morsi, who remains detained after being thrown out of office July 3.
She said the order to leave the camp, and even the promise of safe passage out, has not deterred her family, or anyone else. Her 16-year-old daughter, Abeer, wears a pin that says,“Down with military rule” in Arabic.
There are fears of violence if police go ahead with plans to dismantle the tent camps. Earlier in the day, there were reports of clashes between Muslim Brotherhood supporters of Morsi and the police.
Police on Friday ordered a blockade around protest camps and gave anti-military protesters 48 hours to leave peacefully.
""",
        "quotes": [
            ("indirect", "the order to leave the protest camps has only made them more determined to stay put",
             "saying", "supporters of ousted president Mohamed Morsi",
             "supporters of ousted president Mohamed Morsi", "EGY", "nominal"),
            ("indirect", "she and her family come to the camp<<>>thrown out of office July 3", "said",
             "Seham Hussein", "Seham Hussein", "EGY", "name"),
            ("indirect", "the order to leave the camp, and even<<>>or anyone else", "said", "She",
             "Seham Hussein", "EGY", "pronoun"),
            ("direct", "Down with military rule", "says", "Abeer", "Abeer", "EGY", "name"),
        ],
    },
    {
        "id": "test7-15-egypt-protesters-defiant",
        "url": "http://www.voanews.com/content/egypt-protesters-defiant-polce-warn-arrests/1723395.html",
        "title": "Egypt Protesters Defiant as Police Warn of Arrests",
        "published": "2013-08-04",
        "truncated": True,
        "note": "Removed: 'News / Middle East', the title line, a photo caption stored twice (its date, "
                "Aug. 4, 2013, a Sunday, is the story's), the byline 'Heather Murdock'. Cut by the store "
                "inside the last paragraph ('Some protesters, however, say Morsi’s removal has galv'); "
                "kept to the last complete sentence. Double spaces reduced; the page's 'Twenty-four-year "
                "old' is kept.",
        "text": """
Egyptian demonstrators demanding the reinstatement of ousted President Mohamed Morsi expressed defiance Sunday, as the Ministry of Interior said it was trying to protect them from the protest organizers.
Police helicopters dropped flyers on Cairo's largest demonstration in Rabaa, saying the protesters have been “mentally kidnapped” by the Muslim Brotherhood and asking them to return home.
It is sometimes hard to hear the police helicopter flying overhead as the crowd shouts opposition to the military and police. Some men hold shoes in the air toward the helicopter, a symbol of disrespect in Egypt.
The helicopter swoops back and forth, dropping flyers on the protesters: a message from the Ministry of Interior. The flyers say police will not harm anyone who chooses to leave now and the security forces will protect them from the protest organizers.
But people who have been staying in this camp for over a month in protest of the ouster of President Mohamed Morsi say they don’t care about the flyers, they will stay put until their demands are met.
Twenty-four-year old university student Ahmed Abdullah says he won’t leave the camp until Morsi, currently detained by the military, is returned to office and the constitution is restored.
Morsi was forced from office by the military on July 3 after Egyptians across the country took to the streets to demand his removal. Critics say after Morsi was elected last year, he used his authority to dismantle emerging democratic institutions and he alienated the courts, the military and the people.
""",
        "quotes": [
            ("indirect", "it was trying to protect them from the protest organizers", "said",
             "the Ministry of Interior", "Ministry of Interior", "EGY", "organisation"),
            ("indirect", "the protesters have been “mentally kidnapped” by the Muslim Brotherhood", "saying",
             "Police helicopters", "Ministry of Interior", "EGY", "organisation"),
            ("partial", "mentally kidnapped", "saying", "Police helicopters", "Ministry of Interior", "EGY",
             "organisation"),
            ("indirect", "police will not harm anyone<<>>from the protest organizers", "say", "The flyers",
             "Ministry of Interior", "EGY", "organisation"),
            ("indirect", "they don’t care about the flyers, they will stay put until their demands are met",
             "say", "people who have been staying in this camp",
             "people who have been staying in this camp", "EGY", "nominal"),
            ("indirect", "he won’t leave the camp<<>>the constitution is restored", "says",
             "Ahmed Abdullah", "Ahmed Abdullah", "EGY", "name"),
            ("indirect", "after Morsi was elected last year<<>>the military and the people", "say",
             "Critics", "critics", None, "nominal"),
        ],
    },
    {
        "id": "test7-16-pro-morsi-marches",
        "url": "http://www.voanews.com/content/egyptian-security-forces-on-standby-as-protests-heat-up/1705168.html",
        "title": "Pro-Morsi Protesters Pack the Streets of Cairo",
        "published": "2013-07-19",
        "truncated": True,
        "note": "The store holds several copies of this page (differing only in blank lines); the first is "
                "used. Removed: 'News / Middle East', the title line, a photo caption stored twice (its "
                "date, July 19, 2013, a Friday, is the story's), the byline 'Sharon Behn', 'Story "
                "continues beneath photo gallery', a gallery caption stored twice, the crosshead "
                "'Dueling demonstrations'. Cut by the store inside the next paragraph ('... where "
                "hundreds o'); kept to the last complete sentence.",
        "text": """
Tens of thousands of supporters of ousted president Mohamed Morsi filled the streets of Cairo Friday, demanding the Islamist leader be returned to power. Waving the Egyptian flag and holding up posters, they marched through the summer heat shouting "Morsi is our President!" and "Egypt is Islamic," vowing to die for their cause.
Organized by the Muslim Brotherhood — a group that was banned until the 2011 revolution that toppled former president Hosni Mubarak — the protestors are furious at what they call a military power grab at the expense of democracy.
Their demonstrations are getting bigger, and their slogans more adamant.
One young student marching in downtown Cairo, Mahmoud Tahir, grabbed a bullhorn to lead shouts against Army chief Abdel Fattah el-Sissi, whom the Brotherhood calls a traitor.
Saying that it only responded to the will of the people, Egypt's military ousted Morsi on July 3. Since then, the former leader has been held at an undisclosed location despite calls for his release by the United States and the European Union.
But the Muslim Brotherhood is rejecting calls by Egypt's interim president Adly Mansour to negotiate an end to the protests and join the new interim government.
""",
        "quotes": [
            ("indirect", "the Islamist leader be returned to power", "demanding",
             "supporters of ousted president Mohamed Morsi", "supporters of ousted president Mohamed Morsi",
             "EGY", "nominal"),
            ("direct", "Morsi is our President!", "shouting", "they",
             "supporters of ousted president Mohamed Morsi", "EGY", "pronoun"),
            ("direct", "Egypt is Islamic", "shouting", "they", "supporters of ousted president Mohamed Morsi",
             "EGY", "pronoun"),
            ("indirect", "it only responded to the will of the people", "Saying", "Egypt's military",
             "Egypt's military", "EGY", "organisation"),
        ],
    },
    {
        "id": "test7-17-timbuktu-kidal",
        "url": "http://www.voanews.com/content/french-forces-seize-control-outside-timbuktu/1592063.html",
        "title": "French, Malian Troops Retake Timbuktu",
        "published": "2013-01-28",
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, a photo caption stored twice (dated Jan. 28, "
                "2013, the Monday the story reports), 'TEXT SIZE - +', the byline 'VOA News', a stray "
                "'x'. Cut by the store inside a quotation ('“What’s interesting ... taking back Gao "
                "ov'); kept to the last complete sentence before it. Double spaces reduced.",
        "text": """
Islamist militants have lost more ground in northern Mali, with French and Malian troops taking the city of Timbuktu and secular Tuareg rebels announcing they have seized the city of Kidal.
A spokesman for Tuareg rebel group MNLA told VOA on Monday that the group's fighters now control Kidal and the nearby town of Tessalit. There has been no independent confirmation of the claim.
Meanwhile, French media reports say French and Malian troops entered central Timbuktu Monday, a day after they seized the local airport and the key roads that lead to the historic city.
The U.N. cultural agency UNESCO lists Timbuktu as a World Heritage site for its ancient mosques and shrines, some of which date back to the 15th century. But Islamist group Ansar Dine considers the sites sacrilegious, and the militants destroyed some mausoleums while they controlled the city.
Timbuktu's mayor said Monday that Islamists fleeing the town set fire to a library housing thousands of historic manuscripts. Officials say they do not yet know the extent of the damage.
Earlier, VOA correspondent Anne Look, who is in Malian town of Sevare, reported most Malians are cheered by the Islamists' retreat.
""",
        "quotes": [
            ("indirect", "they have seized the city of Kidal", "announcing", "secular Tuareg rebels",
             "secular Tuareg rebels", "MLI", "nominal"),
            ("indirect", "the group's fighters now control Kidal and the nearby town of Tessalit", "told",
             "A spokesman for Tuareg rebel group MNLA", "spokesman for Tuareg rebel group MNLA", "MLI",
             "nominal"),
            ("indirect", "French and Malian troops entered central Timbuktu Monday<<>>the historic city",
             "say", "French media reports", "French media reports", "FRA", "nominal"),
            ("indirect", "Islamists fleeing the town set fire to a library housing thousands of historic "
             "manuscripts", "said", "Timbuktu's mayor", "Timbuktu's mayor", "MLI", "nominal"),
            ("indirect", "they do not yet know the extent of the damage", "say", "Officials", "officials",
             None, "nominal"),
            ("indirect", "most Malians are cheered by the Islamists' retreat", "reported", "Anne Look",
             "Anne Look", "USA", "name"),
        ],
    },
    {
        "id": "test7-18-malakal-camp-conditions",
        "url": "http://www.voanews.com/content/displaced-south-sudanese-face-worsening-conditions-in-camps/1953822.html",
        "title": "Displaced S. Sudanese Face Worsening Conditions in Camps",
        "published": "2014-07-09",
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, the embedded video block (title, 'Emilie Iob', "
                "'July 09, 2014 12:50 PM', a summary repeating the lead), the crosshead 'Flooded "
                "tents'. Cut by the store inside a quotation ('\"And some soldiers kill civ'); kept to "
                "the last complete sentence before it. published = the video block's date. Double "
                "spaces reduced.",
        "text": """
Floods, malaria and malnutrition are making life worse for internally displaced people staying at camps in South Sudan. In Malakal, the country's second largest city, most people prefer to face difficulties at the U.N. camp rather than return home, where the security situation remains fragile.
At a U.N. camp outside Malakal about 20,000 people are crammed in makeshift shelters. They fled the city, a few kilometers away, after fighting broke out in December between army and anti-government forces.
The health conditions are poor for many here, and they are likely to get worse as the rainy season starts, says physician Belem Caminoa, with the aid group Doctors Without Borders.
"They get flu, common colds, and then if they are malnourished, it's easy to get a severe infection, low respiratory and lung infection, and they become very, very weak. And then diarrhea for sure, because when it's raining, the water stays for days so half of them have diarrhea," explains Dr. Caminoa.
At this time of year in Malakal, people suffer from scorching heat one day and flash floods the next. So living in tents become unbearable.
Tibisa Deng and her children have been at the camp since January. She says despite the camp's poor conditions, she is unwilling to move back to Malakal even though it's been under government control since April.
"I'm scared to go back because all the soldiers stay there. And they are waiting for war," she said.
""",
        "quotes": [
            ("indirect", "The health conditions are poor for many here<<>>as the rainy season starts", "says",
             "physician Belem Caminoa", "Belem Caminoa", "NGO", "name"),
            ("direct", "They get flu, common colds<<>>half of them have diarrhea", "explains", "Dr. Caminoa",
             "Belem Caminoa", "NGO", "name"),
            ("indirect", "despite the camp's poor conditions<<>>under government control since April", "says",
             "She", "Tibisa Deng", "SSD", "pronoun"),
            ("direct", "I'm scared to go back because all the soldiers stay there. And they are waiting for war",
             "said", "she", "Tibisa Deng", "SSD", "pronoun"),
        ],
    },
    {
        "id": "test7-19-malakal-hospital-displaced",
        "url": "http://www.voanews.com/content/people-scared-to-retun-home-in-south-sudan/1840329.html",
        "title": "People Frightened to Return to Homes in South Sudan",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, a photo caption stored four times (dated Jan. "
                "21, 2014, the photo's date), the byline 'Andrew Green'. Cut by the store inside the "
                "last paragraph ('Government forces regained control of the town'); kept to the last "
                "complete sentence. Double spaces and trailing spaces removed.",
        "text": """
A top U.N. official has warned the humanitarian situation in South Sudan may continue to deteriorate, as people are too frightened to move back to their homes. Aid workers there say they expect the number of people displaced by the South Sudan conflict to keep rising, increasing the risk of disease.
Yusuf Anur sleeps in the open at the Malakal Teaching Hospital for more than two weeks. He says he is lucky to get one meal a day.
“Right now, we are living here. We are suffering inside Malakal Teaching Hospital,” he said.
And though Anur says he is suffering because of the shortages of food and clean water, he has no plans to leave the hospital. He says he does not believe the fighting has really ended.
The U.N. reports more than 64,000 people in Malakal County were displaced in two waves of fighting in the area.
The local U.N. base is hosting more than 26,000 people. Churches and mosques have also been converted into temporary shelters.
""",
        "quotes": [
            ("indirect", "the humanitarian situation in South Sudan may continue to deteriorate<<>>back to "
             "their homes", "warned", "A top U.N. official", "top U.N. official", "UNO", "nominal"),
            ("indirect", "they expect the number of people displaced<<>>increasing the risk of disease", "say",
             "Aid workers", "aid workers", None, "nominal"),
            ("indirect", "he is lucky to get one meal a day", "says", "He", "Yusuf Anur", "SSD", "pronoun"),
            ("direct", "Right now, we are living here. We are suffering inside Malakal Teaching Hospital",
             "said", "he", "Yusuf Anur", "SSD", "pronoun"),
            ("indirect", "he is suffering because of the shortages of food and clean water", "says", "Anur",
             "Yusuf Anur", "SSD", "name"),
            ("indirect", "he does not believe the fighting has really ended", "says", "He", "Yusuf Anur",
             "SSD", "pronoun"),
            ("indirect", "more than 64,000 people in Malakal County<<>>fighting in the area", "reports",
             "The U.N.", "United Nations", "UNO", "organisation"),
        ],
    },
    {
        "id": "test7-20-amos-south-sudan-displaced",
        "url": "http://www.voanews.com/content/south-sudan-idp-refugee-displaced-unrest-ocha-united-nations/1840139.html",
        "title": "More Than 825,000 Displaced by South Sudan Crisis, UN Official Says",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, a photo gallery (seven captions with bullets), "
                "the video title 'UN Humanitarian Chief Visits South Sudan', the byline 'Andrew Green'; "
                "the text ends before a photo caption stored twice, inside which the store cut. The "
                "page's 'the young country s likely' is kept.",
        "text": """
More than 825,000 people have been displaced by violence in South Sudan, U.N. humanitarian chief Valerie Amos said Thursday, warning that an already dire humanitarian situation in the young country s likely to get worse until people are convinced it is safe to go back to the homes they fled during nearly six weeks of unrest.
"More than 702,000 people have been displaced by the conflict across the country, and another 123,000 have fled into neighboring countries," Amos told reporters Wednesday as she wrapped up a three-day visit to South Sudan that has taken her to hot-spots in the fighting, including the oil town of Malakal and the capital, Juba, where the conflict erupted on Dec. 15.
In Malakal, Amos said she "saw people in dire circumstances: short of food, living in conditions with poor sanitation and very little water."
""",
        "quotes": [
            ("indirect", "More than 825,000 people have been displaced by violence in South Sudan", "said",
             "Valerie Amos", "Valerie Amos", "UNO", "name"),
            ("indirect", "an already dire humanitarian situation<<>>nearly six weeks of unrest", "warning",
             "Valerie Amos", "Valerie Amos", "UNO", "name"),
            ("direct", "More than 702,000 people<<>>fled into neighboring countries", "told", "Amos",
             "Valerie Amos", "UNO", "name"),
            ("indirect", 'she "saw people<<>>very little water."', "said", "Amos", "Valerie Amos", "UNO",
             "name"),
            ("partial", "saw people in dire circumstances: short of food, living in conditions with poor "
             "sanitation and very little water", "said", "Amos", "Valerie Amos", "UNO", "name"),
        ],
    },
    {
        "id": "test7-21-car-refugees-cameroon",
        "url": "http://www.voanews.com/content/many-car-refugees-arrive-in-cameroon-close-to-death/1921197.html",
        "title": "Report: CAR Refugees Arrive in Cameroon Near Death",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', the title line, a FILE photo caption stored twice, the byline "
                "'Lisa Schlein'. The store cut after the last paragraph kept. Indentation and double "
                "spaces removed; the page's mixed closing mark ('diseases,\" Byrs said') is kept.",
        "text": """
United Nations aid agencies are expressing alarm at the health condition of thousands of refugees arriving in Cameroon from the Central African Republic, describing some as close to death.
U.N. aid agencies say growing numbers of refugees are arriving acutely malnourished and ill, often in a desperate state of health after covertly traversing the bush for weeks before reaching the border.
The agencies report the death rate among the refugee children has been very high, with dehydration, hypothermia and severe anemia listed as the primary causes of death.
World Food Program spokeswoman Elizabeth Byrs says about 80 percent of women and children are in need of therapeutic feeding to survive.
“We are concerned because it is also the start of the rainy season and we anticipate a deterioration of the living condition in the camps, with the risk of diseases," Byrs said.
Byrs says WFP already has distributed food to over 42,000 refugees in camps and border areas, adding that the growing refugee population is scattered in many locations, putting a big strain on the agency’s resources.
The mainly Muslim C.A.R. refugees have been fleeing violence and revenge attacks by the largely Christian anti-Balaka militants since mid-December.
UNHCR spokesman Adrian Edwards tells VOA he does not know whether the refugees are being actively pursued by the anti-Balaka, but that the refugees are clearly fleeing in panic.
""",
        "quotes": [
            ("indirect", "growing numbers of refugees are arriving<<>>before reaching the border", "say",
             "U.N. aid agencies", "United Nations aid agencies", "UNO", "organisation"),
            ("indirect", "the death rate among the refugee children<<>>the primary causes of death", "report",
             "The agencies", "United Nations aid agencies", "UNO", "organisation"),
            ("indirect", "about 80 percent of women and children are in need of therapeutic feeding to survive",
             "says", "Elizabeth Byrs", "Elizabeth Byrs", "UNO", "name"),
            ("direct", "We are concerned because<<>>with the risk of diseases", "said", "Byrs",
             "Elizabeth Byrs", "UNO", "name"),
            ("indirect", "WFP already has distributed food to over 42,000 refugees in camps and border areas",
             "says", "Byrs", "Elizabeth Byrs", "UNO", "name"),
            ("indirect", "the growing refugee population is scattered<<>>the agency’s resources", "adding",
             "Byrs", "Elizabeth Byrs", "UNO", "name"),
            ("indirect", "he does not know whether the refugees<<>>clearly fleeing in panic", "tells",
             "Adrian Edwards", "Adrian Edwards", "UNO", "name"),
        ],
    },
    {
        "id": "test7-22-baghdad-car-bombs",
        "url": "http://www.voanews.com/content/deadly-baghdad-violence-continues/1843060.html",
        "title": "More Car Bombings Hit Baghdad",
        "published": "2014-02-03",
        "truncated": True,
        "note": "Removed: 'News / Middle East', the title line, a photo caption stored twice (its date, "
                "Feb. 3, 2014, a Monday, is the story's), the byline 'Edward Yeranian'; the text ends "
                "before the photo gallery inside which the store cut. Double spaces reduced; the page's "
                "'also also' is kept.",
        "text": """
A series of car bombs Monday struck parts of the Iraqi capital, Baghdad. Growing violence in Iraq killed 1,000 people and wounded 1,500 last month.
Ambulances take casualties to hospitals, after a car bomb exploded in the Horriya district, north of Baghdad. Other bombings were reported in the district of Baladiyat and the suburb of Mahmoudiya. Iraqi satellite channels say more than a dozen people were killed in the blasts.
The bombings coincided with military operations by the Iraqi Army in the restive, mostly Sunni Anbar province. Heavy fighting has been raging between the army and Islamic militants in and around the towns of Fallujah and Ramadi for more than a month.
Witnesses say communications and electricity have been cut to Fallujah, most of which is now controlled by militants from the al Qaida-linked Islamic State of Iraq and the Levant group. An army statement said 57 militants were killed Sunday and Monday in Ramadi.
Prime Minister Nouri al Maliki has threatened to attack Fallujah, and many residents have fled. Those remaining report shortages of food and medicine.
Sunni religious leaders in nearby Kirkuk are urging the Iraqi government not to attack Fallujah and allow local militiamen and police to reassert control.
They are calling for the government to immediately stop shelling residential and civilian areas and to withdraw the Iraqi Army from Anbar Province. They are also also urging Iraqi groups in other parts of the country to bring pressure on the government to solve the conflict peacefully.
""",
        "quotes": [
            ("indirect", "more than a dozen people were killed in the blasts", "say",
             "Iraqi satellite channels", "Iraqi satellite channels", "IRQ", "organisation"),
            ("indirect", "communications and electricity have been cut to Fallujah<<>>the Levant group", "say",
             "Witnesses", "witnesses", None, "nominal"),
            ("indirect", "57 militants were killed Sunday and Monday in Ramadi", "said", "An army statement",
             "Iraqi Army", "IRQ", "organisation"),
        ],
    },
    {
        "id": "test7-23-iraq-qaida-claims-attacks",
        "url": "http://www.voanews.com/a/al-qaida-in-iraq-claims-deadly-bombing-wave/1624961.html",
        "title": "Al-Qaida in Iraq Claims Deadly Bombing Wave",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', the title line, a photo caption stored "
                "twice, the closing author box ('16x9 Image', 'VOA News', the standing description of "
                "VOA). Whole as stored (the author box ends the page). published null: the caption's "
                "March 19, 2013 is the attacks' day, the story is of the next day.",
        "text": """
Al-Qaida's Iraqi affiliate says it carried out the wave of attacks Tuesday that killed around 60 people, mainly in Shi'ite areas in and around the capital, Baghdad.
The Islamic State of Iraq posted a statement on jihadist forums Wednesday claiming responsibility, saying the attacks were a "first stage" that will be followed by "revenge."
The more than a dozen bombs that exploded across Baghdad during the Tuesday morning rush hour also wounded more than 160 people. Several bombings also were reported in towns north and south of the city.
It was one of Iraq's deadliest days in months, and came on the eve of the 10th anniversary of the U.S.-led invasion of Iraq.
U.S. President Barack Obama issued a statement Tuesday for the anniversary, paying tribute to the 1.5 million Americans who served "in one of our nation's longest wars," which ended with a U.S. withdrawal in December 2011.
Obama said the 4,475 U.S. military personnel who died "made the ultimate sacrifice to give the Iraqi people an opportunity to forge their own future after many years of hardship."
The Iraqi government said Tuesday it is postponing local elections scheduled for next month in the provinces of Anbar and Ninevah by up to six months, because of security threats to electoral workers and candidates.
Voting in Iraq's other provinces is due to go ahead as planned on April 20.
""",
        "quotes": [
            ("indirect", "it carried out the wave of attacks Tuesday<<>>the capital, Baghdad", "says",
             "Al-Qaida's Iraqi affiliate", "Islamic State of Iraq", None, "organisation"),
            ("indirect", 'the attacks were a "first stage"<<>>"revenge."', "saying", "The Islamic State of Iraq",
             "Islamic State of Iraq", None, "organisation"),
            ("partial", "first stage", "saying", "The Islamic State of Iraq", "Islamic State of Iraq", None,
             "organisation"),
            ("partial", "revenge", "saying", "The Islamic State of Iraq", "Islamic State of Iraq", None,
             "organisation"),
            ("partial", "in one of our nation's longest wars", "paying tribute", "Barack Obama",
             "Barack Obama", "USA", "name"),
            ("indirect", 'the 4,475 U.S. military personnel who died "made<<>>many years of hardship."', "said",
             "Obama", "Barack Obama", "USA", "name"),
            ("partial", "made the ultimate sacrifice to give the Iraqi people an opportunity to forge their "
             "own future after many years of hardship", "said", "Obama", "Barack Obama", "USA", "name"),
            ("indirect", "it is postponing local elections<<>>electoral workers and candidates", "said",
             "The Iraqi government", "Iraqi government", "IRQ", "organisation"),
        ],
    },
    {
        "id": "test7-24-westgate-survivors",
        "url": "https://www.voaswahili.com/a/kenya-westgate-survivors-trying-to-move-on/2972748.html",
        "title": "Kenya's Westgate Survivors Trying to Move On",
        "published": None,
        "truncated": True,
        "note": "An English VOA story on the VOA Swahili site. Removed: 'Upatikanaji viungo' (the "
                "accessibility links), 'Breaking News', the site's date/time line (the day the page was "
                "stored, 2023, not the story's), the title line, a photo caption (dated July 18, 2015). "
                "Cut by the store inside the last paragraph ('Westgate security guard Charles Nyangira "
                "says since the mall'); kept to the last complete sentence. published null (the story "
                "is of 2015, two years after the September 2013 attack).",
        "text": """
Two years ago, terrorists attacked the Westgate Mall in Nairobi, leaving at least 67 people dead. Many survivors of the attack are still fighting hard to move on.
Al-Shabab gunmen stormed Nairobi's Westgate Mall on September 21, 2013.
Kenyan troops were locked in a firefight with gunmen in a siege that lasted three days, while survivors hid in various parts of the building.
Teresia Syombua was in the mall that day and reopened her shop there one year ago. She vividly remembers the attack.
"There is a shop where some girls made a mistake of standing and looking at one of the terrorists. I saw one of them get shot in front of my eyes, they were finishing everyone, they did not want to know who you were, whether you are white or Indian. They just shot," said Syombua.
Kanini says getting over the attack has been hard. Like many Kenyans she is trying to come to grips with what happened.
"I am often scared by sounds that sound like firearms, which always takes me back to Westgate. The sounds made by motorbikes sometimes scare me, but God protects us and there is no place where there is no death," said Kanini.
A parliamentary inquiry following the attack revealed the government had been warned the mall was a target a year before it was hit. The inquiry also faulted a poorly coordinated response from Kenyan security forces.
Since the Westgate siege, al-Shabab has claimed a string of attacks in Kenya, with the deadliest this past April at the Garissa University where 148 people were killed.
The reopening of the mall last year came just a week before U.S. President Barack Obama visited Nairobi.
""",
        "quotes": [
            ("direct", "There is a shop where some girls<<>>They just shot", "said", "Syombua",
             "Teresia Syombua", "KEN", "name"),
            ("indirect", "getting over the attack has been hard", "says", "Kanini", "Kanini", "KEN", "name"),
            ("direct", "I am often scared by sounds<<>>there is no place where there is no death", "said",
             "Kanini", "Kanini", "KEN", "name"),
            ("indirect", "the government had been warned the mall was a target a year before it was hit",
             "revealed", "A parliamentary inquiry", "parliamentary inquiry", "KEN", "organisation"),
        ],
    },
    {
        "id": "test7-25-bangkok-shutdown-rally",
        "url": "https://www.voanews.com/a/thai-opposition-protesters-rally-support-for-bangkok-shutdown/1824776.html",
        "title": "Thai Protesters Rally Support for Shutdown",
        "published": "2014-01-07",
        "truncated": False,
        "note": "Removed: 'Accessibility links', the title line, the byline 'VOA News', a photo caption "
                "(its date, Tuesday, Jan. 7, 2014, is the story's). Whole as stored.",
        "text": """
Anti-government protesters marched through Bangkok Tuesday, rallying support for a larger demonstration next week they hope will shut down the capital and force the prime minister to resign.
One of the protesters, 27-year-old Naprapat Phrompipatpakdee, said she supports the opposition's call for Prime Minister Yingluck Shinawatra to hand over power to an unelected people's council.
"Everything that this government has said or done is all wrong and they are pretending that it is right. I disagree with this," she said. "That's why I have to come to join Suthep."
The protesters, led by ex-Deputy Prime Minister Suthep Thaugsuban, aim to paralyze the capital next Monday with mass demonstrations that will block main highways and prevent government offices from functioning.
Prime Minister Yingluck has dissolved parliament, called for early elections, and proposed the formation of a national reform council as a way to resolve the months-long political crisis.
But the opposition has said this is not enough, saying reforms must take place before elections, which analysts say the prime minister's ruling party is likely to win.
Demonstrators view Yingluck as a puppet of her brother, former Prime Minister Thaksin Shinawatra.
Former prime minister Thaksin, a billionaire businessman, was ousted in a 2006 military coup. He was convicted of corruption and lives in self-imposed exile.
""",
        "quotes": [
            ("indirect", "she supports the opposition's call<<>>an unelected people's council", "said",
             "Naprapat Phrompipatpakdee", "Naprapat Phrompipatpakdee", "THA", "name"),
            ("direct", "Everything that this government has said or done<<>>I disagree with this", "said",
             "she", "Naprapat Phrompipatpakdee", "THA", "pronoun"),
            ("direct", "That's why I have to come to join Suthep.", "said", "she",
             "Naprapat Phrompipatpakdee", "THA", "pronoun"),
            ("indirect", "this is not enough", "said", "the opposition", "opposition", "THA", "organisation"),
            ("indirect", "reforms must take place before elections", "saying", "the opposition", "opposition",
             "THA", "organisation"),
            ("indirect", "the prime minister's ruling party is likely to win", "say", "analysts", "analysts",
             None, "nominal"),
        ],
    },
]

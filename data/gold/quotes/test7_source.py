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
]

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
]

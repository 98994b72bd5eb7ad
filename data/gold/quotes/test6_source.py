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
]

"""Source of the sealed quotes test set ``test19.jsonl`` (VOA news pages, 2006-2018).

Annotated by helper sqq20 on 2026-12-07 (round 19, for round 20), before any system ran on these
texts. Texts are Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus
stores them, plus one page of VOA's parent agency (usagm.gov); page furniture removed (named in
each ``note``). Build and check with ``python data/gold/check_quotes_test19.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t19-ukraine-yatseniuk-voa-2007",
        "url": "https://www.insidevoa.com/a/a-13-34-2007-05-01-voa61-111608034/178100.html",
        "title": "Ukrainian Foreign Minister Interviewed Live on VOA Ukrainian TV",
        "published": "2007-05-01",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, summary line under the title. "
                "Kept to the end of the news part: dropped the service description paragraph (its second "
                "sentence ends in a removed link) and the boilerplate paragraph cut by the store. "
                "published: the dateline and the date in the URL.",
        "text": """
Washington, D.C., May 1, 2007 - Ukrainian Foreign Minister Arseniy Yatseniuk told VOA during a live television interview that discussions during his trip to Washington are focusing on expanding U.S.-Ukrainian cooperation, including in the energy sector.
"The United States provided exceptional support of Ukraine's aspirations for integrating into the [global] economic community," said Foreign Minister Yatseniuk during the live interview on VOA's daily Ukrainian-language program Chas-Time.
When asked about the current "political crisis" in Ukraine, in which the President has disbanded Parliament and called for new parliamentary elections, Yatseniuk told VOA's Ukrainian audience that it was not a crisis but rather a "process of political transformation of Ukrainian society." He said, "It's what is known as democracy."
"Chas-Time is very popular in Ukraine," said VOA Director Dan Austin. "We are glad that we were able to offer Foreign Minister Yatseniuk an opportunity to talk directly to our audience in Ukraine."
The Ukrainian Foreign Minister also expressed gratitude for U.S. support for the development of democracy in Ukraine and for some $3 billion in assistance since Ukrainians declared independence in 1991. He added that he anticipates continued U.S. assistance in several areas, including fighting corruption and stemming the spread of HIV-AIDS.
While in Washington, Foreign Minister Yatseniuk will meet with U.S. government and Congressional officials.
""",
        "quotes": [
            ("indirect", "discussions during his trip to Washington are focusing on expanding U.S.-Ukrainian cooperation, including in the energy sector",
             "told", "Ukrainian Foreign Minister Arseniy Yatseniuk", "Arseniy Yatseniuk", "UKR", "name"),
            ("direct", "The United States provided exceptional support of Ukraine's aspirations for integrating into the [global] economic community",
             "said", "Foreign Minister Yatseniuk", "Arseniy Yatseniuk", "UKR", "name"),
            ("indirect", 'it was not a crisis but rather a "process of political transformation of Ukrainian society."',
             "told", "Yatseniuk", "Arseniy Yatseniuk", "UKR", "name"),
            ("partial", "process of political transformation of Ukrainian society",
             "told", "Yatseniuk", "Arseniy Yatseniuk", "UKR", "name"),
            ("direct", "It's what is known as democracy.",
             "said", "He", "Arseniy Yatseniuk", "UKR", "pronoun"),
            ("direct", "Chas-Time is very popular in Ukraine",
             "said", "VOA Director Dan Austin", "Dan Austin", "USA", "name"),
            ("direct", "We are glad that we were able to offer Foreign Minister Yatseniuk an opportunity to talk directly to our audience in Ukraine.",
             "said", "VOA Director Dan Austin", "Dan Austin", "USA", "name"),
            ("indirect", "he anticipates continued U.S. assistance in several areas, including fighting corruption and stemming the spread of HIV-AIDS",
             "added", "He", "Arseniy Yatseniuk", "UKR", "pronoun"),
        ],
    },
    {
        "id": "t19-iraq-maliki-third-term-2014",
        "url": "http://www.voanews.com/a/iraq-prime-minister-vows-to-fight-for-third-term/1951316.html",
        "title": "Iraq Prime Minister Vows to Fight for Third Term",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, two photo captions (each printed "
                "twice). Subheading 'Recapturing Awja' kept as its own paragraph. Cut by the store inside the "
                "next paragraph ('On Thursday,'); kept to the last complete sentence. The page's slip 'The are "
                "expected' is kept. published: null; the caption dates the first parliament session July 1, "
                "2014 and the text says 'earlier this week', so the story is of early July 2014.",
        "text": """
Iraqi Prime Minister Nouri al-Maliki is vowing to fight for a third term in office despite growing pressure for him to step down.
In a statement read Friday on state television by an announcer, Maliki said "I will never give up my candidacy for the post of prime minister." He vowed to remain in office until the Islamic militants who have overrun large areas of the country are defeated.
Maliki's alliance of Shi'ite parties won parliamentary elections in April. At that time he was favored to win a third term in power, but since then Sunni Islamist militants have captured large areas of northern and western Iraq and thrown the country into crisis.
Iraq's parliament met earlier this week, but failed to agree on a prime minister to unite the ethnically and religiously divided country.
The country's leading Shi'ite cleric, Ayatollah Ali al-Sistani, said Friday that parliament's inability to quickly form a new government was a "regrettable failure."
Recapturing Awja
In another development Friday, Iraqi government troops recaptured the village of Awja, the birthplace of former leader Saddam Hussein. The military action is part of an ongoing offensive that aims to retake Tikrit.
Also Friday, a group of more than 40 Indian nurses who were trapped in a northern Iraq city by anti-government fighters were released in the autonomous northern Kurdish region. The are expected to soon fly home.
""",
        "quotes": [
            ("direct", "I will never give up my candidacy for the post of prime minister.",
             "said", "Maliki", "Nouri al-Maliki", "IRQ", "name"),
            ("indirect", 'parliament\'s inability to quickly form a new government was a "regrettable failure."',
             "said", "Ayatollah Ali al-Sistani", "Ali al-Sistani", "IRQ", "name"),
            ("partial", "regrettable failure",
             "said", "Ayatollah Ali al-Sistani", "Ali al-Sistani", "IRQ", "name"),
        ],
    },
    {
        "id": "t19-iraq-maliki-iran-visit-2006",
        "url": "https://www.voanews.com/a/a-13-2006-09-14-voa1/323375.html",
        "title": "Report: Iraqi PM Calls on Iran to Stop Interfering in Iraq's Affairs",
        "published": "2006-09-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'update', 'XS SM MD LG'. "
                "VOA's credit line kept. published: the date in the URL.",
        "text": """
Iraqi Prime Minister Nouri al-Maliki has reportedly called on Iran to stop interfering in Iraq's affairs, saying it is having a "negative" impact on his country.
A spokesman for Mr. Maliki told the Associated Press that Iraq wants to bar financing of certain groups. The spokesman said Iran has shown it will help, and Iraqi officials want to see implementation of that.
His comments came as Mr. Maliki wrapped up a two-day visit to Iran Wednesday.
Iran and Iraq have tried to build closer ties in recent years after fighting a bloody war in the 1980s.
In violence Wednesday, two car bombs in Baghdad killed at least 22 Iraqis. Also, Iraqi officials said the bodies of 60 men who were tortured and shot to death were found overnight in the capital, apparent victims of sectarian death squads.
In other news, the U.S. military said two American soldiers were killed in combat.
And the lead prosecutor in the trial of former Iraqi leader Saddam Hussein asked the chief judge to step down. The judge dismissed the request. Saddam and six co-defendants are accused of ordering the killing of tens of thousands of Iraqi Kurds in the 1980s.
Meanwhile, the U.N. secretary-general said most Middle Eastern leaders he met on a recent tour told him the U.S. invasion of Iraq and its aftermath have been a disaster for them. Kofi Annan said some leaders think U.S. forces should stay in Iraq until the situation improves. He said others, like Iran, believe the U.S. is the problem and should leave.
Some information for this report provided by AP, AFP and Reuters.
""",
        "quotes": [
            ("indirect", 'it is having a "negative" impact on his country',
             "saying", "Iraqi Prime Minister Nouri al-Maliki", "Nouri al-Maliki", "IRQ", "name"),
            ("partial", "negative",
             "saying", "Iraqi Prime Minister Nouri al-Maliki", "Nouri al-Maliki", "IRQ", "name"),
            ("indirect", "Iraq wants to bar financing of certain groups",
             "told", "A spokesman for Mr. Maliki", "spokesman for Mr. Maliki", "IRQ", "nominal"),
            ("indirect", "Iran has shown it will help, and Iraqi officials want to see implementation of that",
             "said", "The spokesman", "spokesman for Mr. Maliki", "IRQ", "nominal"),
            ("indirect", "the bodies of 60 men who were tortured and shot to death were found overnight in the capital, apparent victims of sectarian death squads",
             "said", "Iraqi officials", "Iraqi officials", "IRQ", "nominal"),
            ("indirect", "two American soldiers were killed in combat",
             "said", "the U.S. military", "United States military", "USA", "organisation"),
            ("indirect", "most Middle Eastern leaders he met on a recent tour told him the U.S. invasion of Iraq and its aftermath have been a disaster for them",
             "said", "the U.N. secretary-general", "Kofi Annan", "UNO", "nominal"),
            ("indirect", "some leaders think U.S. forces should stay in Iraq until the situation improves",
             "said", "Kofi Annan", "Kofi Annan", "UNO", "name"),
            ("indirect", "others, like Iran, believe the U.S. is the problem and should leave",
             "said", "He", "Kofi Annan", "UNO", "pronoun"),
        ],
    },
    {
        "id": "t19-gaza-ceasefire-2018",
        "url": "https://www.voanews.com/a/gaza-militants-accept-cease-fire-no-word-from-israel/4656598.html",
        "title": "Palestinian Groups in Gaza Accept Cease-Fire; No Word From Israel",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (dated Nov. 13, "
                "2018). The page's second quotation of the statement is never closed; kept as printed. "
                "published: null; the caption and content date the story Nov. 13, 2018. The stored copy ends "
                "with the analysts' sentence; no cut visible.",
        "text": """
Palestinian groups in Gaza say they have accepted a cease-fire after Hamas fired hundreds of rockets at southern Israel, killing a Palestinian man, and Israel launched dozens of airstrikes on Gaza. Palestinians say at least seven people were killed.
Egyptian mediators are due in the region Wednesday after the worst cross-border violence in years.
In a statement, all of the organizations in Gaza said they had accepted a cease-fire mediated by Egypt. “Egypt’s efforts have been able to achieve a cease-fire between the resistance and the Zionist enemy,” the statement reads. “The resistance will respect this declaration as long as the Zionist enemy respects it.
Israeli officials did not comment, but Prime Minister Benjamin Netanyahu had repeatedly said that Israel does not want a war in Gaza.
The reports of a cease-fire came after Hamas launched a near-constant barrage of rockets at southern Israel, sending hundreds of thousands of people to bomb shelters. Israel said Hamas fired more than 400 rockets at southern Israel. Israel responded with more than 100 airstrikes on Gaza, including one that leveled the studios of the Hamas-affiliated al-Aqsa TV.
The latest fighting began after an Israeli operation led to a firefight between Israeli undercover troops inside the Gaza Strip and Hamas fighters. The clash left one senior Israeli officer dead, as well as seven Hamas fighters.
Analysts say that neither side wants war, but previous cease-fires have been derailed by events on the ground.
""",
        "quotes": [
            ("indirect", "they have accepted a cease-fire after Hamas fired hundreds of rockets at southern Israel, killing a Palestinian man, and Israel launched dozens of airstrikes on Gaza",
             "say", "Palestinian groups in Gaza", "Palestinian groups in Gaza", "PSE", "nominal"),
            ("indirect", "at least seven people were killed",
             "say", "Palestinians", "Palestinians", "PSE", "nominal"),
            ("indirect", "they had accepted a cease-fire mediated by Egypt",
             "said", "all of the organizations in Gaza", "organizations in Gaza", "PSE", "nominal"),
            ("direct", "Egypt’s efforts have been able to achieve a cease-fire between the resistance and the Zionist enemy",
             "reads", "the statement", "organizations in Gaza", "PSE", "organisation"),
            ("direct", "The resistance will respect this declaration as long as the Zionist enemy respects it.",
             "reads", "the statement", "organizations in Gaza", "PSE", "organisation"),
            ("indirect", "Israel does not want a war in Gaza",
             "said", "Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "ISR", "name"),
            ("indirect", "Hamas fired more than 400 rockets at southern Israel",
             "said", "Israel", "Israel", "ISR", "organisation"),
            ("indirect", "neither side wants war, but previous cease-fires have been derailed by events on the ground",
             "say", "Analysts", "analysts", None, "nominal"),
        ],
    },
    {
        "id": "t19-iran-iaea-report-2009",
        "url": "http://www.voanews.com/a/a-13-2009-08-26-voa32-68821222/364616.html",
        "title": "UN Nuclear Agency Prepares to Release Iran Report",
        "published": "2009-08-26",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line. Cut by the store inside "
                "VOA's credit line ('Some information for this report was pro'); that line dropped. "
                "published: the date in the URL.",
        "text": """
United Nations nuclear inspectors are expected to release the latest report on Iran's nuclear program this week.
Diplomatic sources in Vienna say the International Atomic Energy Agency is under pressure from Western nations to declassify even more intelligence reports on Iran's nuclear activities.
They say the countries are trying to build a stronger case for new sanctions against Tehran.
Western nations accuse Iran of trying to build a nuclear bomb, but Tehran says it is pursuing nuclear energy.
Meanwhile, Iranian officials concerned about possible air strikes against their nuclear facilities are pushing for a U.N. ban on such attacks.
The proposal reportedly has the support of the 118-nation nonaligned movement. It is expected to be submitted when IAEA nations meet next month.
The IAEA passed a resolution in 1990 that banned military strikes on peaceful nuclear facilities.
Israeli warplanes destroyed Iraq's only nuclear reactor in 1981 and two years ago bombed a suspected nuclear reactor site in Syria. Analysts say Iran wants to reduce the chances of a similar attack by trying to win passage of another U.N. ban.
While Iran denies it has a nuclear weapons program, it has ignored U.N. resolutions to stop enriching uranium, a key component of nuclear bombs.
An IAEA report in June said Tehran is using 5,000 centrifuges to enrich uranium. Diplomats this week said Iran has installed an additional 2,000 centrifuges, although it has not increased the number involved in enrichment.
Washington has given Iran until the opening of the U.N. General Assembly meeting in September to accept an offer to discuss incentives with six Western nations, in exchange for stopping its uranium enrichment.
French President Nicolas Sarkozy said Wednesday he would support stronger sanctions against Iran if Tehran does not halt its nuclear activities.
""",
        "quotes": [
            ("indirect", "the International Atomic Energy Agency is under pressure from Western nations to declassify even more intelligence reports on Iran's nuclear activities",
             "say", "Diplomatic sources in Vienna", "diplomatic sources in Vienna", None, "nominal"),
            ("indirect", "the countries are trying to build a stronger case for new sanctions against Tehran",
             "say", "They", "diplomatic sources in Vienna", None, "pronoun"),
            ("indirect", "it is pursuing nuclear energy",
             "says", "Tehran", "Iran", "IRN", "organisation"),
            ("indirect", "Iran wants to reduce the chances of a similar attack by trying to win passage of another U.N. ban",
             "say", "Analysts", "analysts", None, "nominal"),
            ("indirect", "it has a nuclear weapons program",
             "denies", "Iran", "Iran", "IRN", "organisation"),
            ("indirect", "Tehran is using 5,000 centrifuges to enrich uranium",
             "said", "An IAEA report", "International Atomic Energy Agency", "UNO", "organisation"),
            ("indirect", "Iran has installed an additional 2,000 centrifuges, although it has not increased the number involved in enrichment",
             "said", "Diplomats", "diplomats", None, "nominal"),
            ("indirect", "he would support stronger sanctions against Iran if Tehran does not halt its nuclear activities",
             "said", "French President Nicolas Sarkozy", "Nicolas Sarkozy", "FRA", "name"),
        ],
    },
    {
        "id": "t19-russia-putin-allegations-2016",
        "url": "http://www.voanews.com/content/russia-shrugs-off-allegations-against-putin/3171442.html",
        "title": "Russia Shrugs Off Allegations Against Putin",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, photo caption (printed twice, dated Jan. 26, 2016), "
                "byline 'Daniel Schearf'; leading indentation of the stored lines. Subheading 'Russia shrugs "
                "off accusations' kept. Cut by the store inside the next sentence ('The Kremlin swiftly denied "
                "and condemned the allegations, calling the murder accusation “absurd theater,” and said they "
                "were politically'); that sentence dropped. published: null; the text ('Last month, a British "
                "public inquiry', the January 2016 Litvinenko report) dates it February 2016.",
        "text": """
The story of Russian President Vladimir Putin over the last few years has been one of his steady descent from a leader welcomed and even feted around the world to one who has had allegations of murder and corruption levied at him.
Last month, a British public inquiry concluded Putin probably signed off on the 2006 murder of a former Russian spy in London by Federal Security Service (FSB) agents. And, a U.S. Treasury official told the BBC, Putin was corrupt in enriching his friends and amassing hidden wealth.
The highest offices on both sides of the Atlantic are vocally backing up the allegations.
British Prime Minister David Cameron said the inquiry into the radioactive poisoning of Alexander Litvinenko "confirms what we always believed."
In Washington, the Treasury official in charge of U.S. sanctions, Adam Szubin, last week called Putin corrupt – an assessment that “best reflects the administration’s view,” White House spokesman Josh Earnest told reporters.
David Satter, author of a book to be published in May titled "The Less You Know, the Better You Sleep: Russia's Road to Terror and Dictatorship Under Yeltsin and Putin," says he has no doubt the allegations against the Russian president are true.
"Putin became president because it was necessary to protect Yeltsin and the Yeltsin family from criminal prosecution," he argues. "And who better to do that than someone who was a criminal himself and connected to the FSB?"
Russia shrugs off accusations
""",
        "quotes": [
            ("indirect", "Putin probably signed off on the 2006 murder of a former Russian spy in London by Federal Security Service (FSB) agents",
             "concluded", "a British public inquiry", "British public inquiry", "GBR", "nominal"),
            ("indirect", "Putin was corrupt in enriching his friends and amassing hidden wealth",
             "told", "a U.S. Treasury official", "Adam Szubin", "USA", "nominal"),
            ("indirect", 'the inquiry into the radioactive poisoning of Alexander Litvinenko "confirms what we always believed."',
             "said", "British Prime Minister David Cameron", "David Cameron", "GBR", "name"),
            ("partial", "confirms what we always believed",
             "said", "British Prime Minister David Cameron", "David Cameron", "GBR", "name"),
            ("indirect", "the Treasury official in charge of U.S. sanctions, Adam Szubin, last week called Putin corrupt – an assessment that “best reflects the administration’s view,”",
             "told", "White House spokesman Josh Earnest", "Josh Earnest", "USA", "name"),
            ("partial", "best reflects the administration’s view",
             "told", "White House spokesman Josh Earnest", "Josh Earnest", "USA", "name"),
            ("indirect", "he has no doubt the allegations against the Russian president are true",
             "says", "David Satter", "David Satter", "USA", "name"),
            ("direct", "Putin became president because it was necessary to protect Yeltsin and the Yeltsin family from criminal prosecution",
             "argues", "he", "David Satter", "USA", "pronoun"),
            ("direct", "And who better to do that than someone who was a criminal himself and connected to the FSB?",
             "argues", "he", "David Satter", "USA", "pronoun"),
        ],
    },
    {
        "id": "t19-pakistan-bajwa-waziristan-2014",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/pakistan-military-pledges-to-eliminate-terrorists/2521320.html",
        "title": "Pakistan Military Pledges to Eliminate Terrorists",
        "published": None,
        "truncated": False,
        "note": "VOA preview host (voa.pangea-cms.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption (printed twice), the closing author box ('16x9 Image', 'VOA News', the "
                "standard VOA description). published: null; content ('Dawn reported November 8', operation "
                "begun in June) places it in mid-November 2014.",
        "text": """
Pakistan's military says its anti-terrorism operation in the northwestern tribal districts of North Waziristan is yielding positive results.
Pakistan military spokesman Major General Asim Saleem Bajwa told VOA Deewa (Pashto Broadcast) in Washington on Friday that more than 1,200 militants in North Waziristan and Khyber have been killed since operation 'Zarb-e-Azb' began in June. Some 200 Pakistani soldiers have been killed during the anti-terrorism drive, which Bajwa said would continue until the militants are eliminated.
Bajwa said Pakistan is as concerned as other nations by the rise of the Islamic State group in the Middle East, but did not agree with reports suggesting the presence of IS supporters in Pakistan.
A week ago, a leading Pakistani newspaper reported the Islamic State is increasing its presence in Pakistan and that its local recruits are planning major attacks on key installations.
Dawn reported November 8 that officials in Baluchistan province in southwestern Pakistan revealed the development in a confidential report sent to Pakistani authorities.
The newspaper quoted the report as saying Islamic State is encouraging elements of two Sunni extremist groups -- Lashkar-e-Jhangvi and Ahl-e-Sunnat Wai Jamat -- to join forces and carry out attacks.
The confidential report says IS is planning attacks on Pakistani troops conducting operations near the Afghan border, and on government installations and Shi'ites. It says the government in Baluchistan is calling for heightened security measures particularly in the province of Khyber Pakhtunkhwa.
""",
        "quotes": [
            ("indirect", "its anti-terrorism operation in the northwestern tribal districts of North Waziristan is yielding positive results",
             "says", "Pakistan's military", "Pakistan's military", "PAK", "organisation"),
            ("indirect", "more than 1,200 militants in North Waziristan and Khyber have been killed since operation 'Zarb-e-Azb' began in June",
             "told", "Major General Asim Saleem Bajwa", "Asim Saleem Bajwa", "PAK", "name"),
            ("indirect", "would continue until the militants are eliminated",
             "said", "Bajwa", "Asim Saleem Bajwa", "PAK", "name"),
            ("indirect", "Pakistan is as concerned as other nations by the rise of the Islamic State group in the Middle East",
             "said", "Bajwa", "Asim Saleem Bajwa", "PAK", "name"),
            ("indirect", "the Islamic State is increasing its presence in Pakistan and that its local recruits are planning major attacks on key installations",
             "reported", "a leading Pakistani newspaper", "Dawn", "PAK", "nominal"),
            ("indirect", "officials in Baluchistan province in southwestern Pakistan revealed the development in a confidential report sent to Pakistani authorities",
             "reported", "Dawn", "Dawn", "PAK", "organisation"),
            ("indirect", "Islamic State is encouraging elements of two Sunni extremist groups -- Lashkar-e-Jhangvi and Ahl-e-Sunnat Wai Jamat -- to join forces and carry out attacks",
             "saying", "the report", "officials in Baluchistan province", "PAK", "organisation"),
            ("indirect", "IS is planning attacks on Pakistani troops conducting operations near the Afghan border, and on government installations and Shi'ites",
             "says", "The confidential report", "officials in Baluchistan province", "PAK", "organisation"),
            ("indirect", "the government in Baluchistan is calling for heightened security measures particularly in the province of Khyber Pakhtunkhwa",
             "says", "It", "officials in Baluchistan province", "PAK", "pronoun"),
        ],
    },
    {
        "id": "t19-cambodia-opposition-visit-voa-2012",
        "url": "https://usagm.gov/2012/08/10/cambodian-opposition-leaders-visit-voa",
        "title": "Cambodian opposition leaders visit VOA",
        "published": "2012-08-10",
        "truncated": False,
        "note": "US Agency for Global Media (VOA's parent agency) page about a VOA Khmer interview; US "
                "government work. Removed: title line. The page's spelling 'Rainsey' kept (speaker corrected "
                "to Sam Rainsy). published: the date in the URL.",
        "text": """
Cambodian opposition leaders Sam Rainsy and Kem Sokha discussed the merger of their two parties during an interview Wednesday at Voice of America headquarters in Washington.
Rainsey told VOA Khmer Service reporter Pov Sok, “We will present a political platform that will take the best portions from the Sam Rainsy Party [and] the Human Rights Party’s platform, so as to make a platform that will give hope to the Cambodian people.”
The newly formed Cambodian National Salvation Party is hoping to defeat Hun Sen’s ruling Cambodian People’s Party in elections scheduled for July of next year.
Human Rights Party leader Kem Sokha said the new opposition structure will help give people confidence. “Experience clearly shows that we are all victims of dictators, so if we split apart, the ruling party leaders will increasingly persecute us,” he said.
In a separate interview on Thursday, Rainsy emphasized the party’s desire to find solutions to unemployment, inflation, poor health, and other problems plaguing Cambodia.
Voice of America’s Khmer Service provides nationwide coverage of the political situation in Cambodia, and will closely follow the election campaign.
“The Cambodian domestic media doesn’t provide much coverage of the actions of the opposition parties,” says Khmer Service Chief Chris Decherd.
Rainsy said the opposition leaders came to Voice of America because they believe it’s an institution where “we (Cambodians) receive information that we know is reliable and objective.” He added, “VOA provides us with oxygen for the spirit.”
""",
        "quotes": [
            ("direct", "We will present a political platform that will take the best portions from the Sam Rainsy Party [and] the Human Rights Party’s platform, so as to make a platform that will give hope to the Cambodian people.",
             "told", "Rainsey", "Sam Rainsy", "KHM", "name"),
            ("indirect", "the new opposition structure will help give people confidence",
             "said", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("direct", "Experience clearly shows that we are all victims of dictators, so if we split apart, the ruling party leaders will increasingly persecute us",
             "said", "he", "Kem Sokha", "KHM", "pronoun"),
            ("direct", "The Cambodian domestic media doesn’t provide much coverage of the actions of the opposition parties",
             "says", "Khmer Service Chief Chris Decherd", "Chris Decherd", "USA", "name"),
            ("indirect", "the opposition leaders came to Voice of America because they believe it’s an institution where “we (Cambodians) receive information that we know is reliable and objective.”",
             "said", "Rainsy", "Sam Rainsy", "KHM", "name"),
            ("partial", "we (Cambodians) receive information that we know is reliable and objective",
             "said", "Rainsy", "Sam Rainsy", "KHM", "name"),
            ("direct", "VOA provides us with oxygen for the spirit.",
             "added", "He", "Sam Rainsy", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t19-syria-marea-protests-2012",
        "url": "http://blogs.voanews.com/breaking-news/2012/08/17/syrians-hold-anti-government-protests-after-shelling-clashes",
        "title": "Syrians Hold Anti-Government Protests After Shelling, Clashes",
        "published": "2012-08-17",
        "truncated": True,
        "note": "VOA 'Breaking News' blog page. The stored copy has no title line; the title is written from "
                "the URL's slug. Cut by the store inside the next paragraph ('The council's current "
                "president, French Ambass'); kept to the last complete sentence. Two direct quotations of "
                "Scott Bobb stand alone in their own paragraphs after the sentence naming him. published: "
                "the date in the URL.",
        "text": """
Thousands of Syrians took to the streets Friday in anti-government demonstrations, as Syrian aerial forces targeted opposition hubs in the northern city of Aleppo and fought rebels in neighborhoods around Damascus.
VOA's Scott Bobb said he witnessed a demonstration in the northern town of Marea that was held in sympathy for the dozens of people killed or wounded this week when a Syrian jet bombed nearby Azaz.
“This one was particularly emotional because of the attack by airplanes on Wednesday against Azaz, which is 20 kilometers away, in which mostly women and children were killed.”
Bobb said residents are tense throughout northern Syria as they prepare for a three-day feast marking the end of Ramadan.
“They hear the jet planes coming overhead, you can't always see them and people get very scared, go outside, gather their children, look for safety. What a lot of people are doing in these towns is, at night they go out into the countryside and sleep outdoors away from the city, because that's where the Syrian government warplanes are bombing and where the helicopter gunships are attacking and where the artillery shells are being aimed.”
Syrian opposition activists said President Bashar al-Assad's forces shelled parts of Damascus and Aleppo Friday.
The Britain-based Syrian Observatory for Human Rights also reported clashes between government forces and rebels near the main military airport in Damascus.
Rami Abd al-Rahman, director of the Britain-based Observatory, told VOA the latest violence came after at least 180 people were killed across the country on Thursday. He said the bodies of an additional 65 unidentified people were found in the town of Qatana, southwest of Damascus.
On Thursday, the U.N. Security Council said it is allowing the mandate for the U.N. observer mission in Syria to expire. The mandate ends Sunday, but the Council said it hopes to establish a political office in the battle-ravaged country.
""",
        "quotes": [
            ("indirect", "he witnessed a demonstration in the northern town of Marea that was held in sympathy for the dozens of people killed or wounded this week when a Syrian jet bombed nearby Azaz",
             "said", "VOA's Scott Bobb", "Scott Bobb", "USA", "name"),
            ("direct", "This one was particularly emotional because of the attack by airplanes on Wednesday against Azaz, which is 20 kilometers away, in which mostly women and children were killed.",
             None, "VOA's Scott Bobb", "Scott Bobb", "USA", "name"),
            ("indirect", "residents are tense throughout northern Syria as they prepare for a three-day feast marking the end of Ramadan",
             "said", "Bobb", "Scott Bobb", "USA", "name"),
            ("direct", "They hear the jet planes coming overhead<<>>where the artillery shells are being aimed.",
             None, "Bobb", "Scott Bobb", "USA", "name"),
            ("indirect", "President Bashar al-Assad's forces shelled parts of Damascus and Aleppo Friday",
             "said", "Syrian opposition activists", "Syrian opposition activists", "SYR", "nominal"),
            ("indirect", "the latest violence came after at least 180 people were killed across the country on Thursday",
             "told", "Rami Abd al-Rahman", "Rami Abd al-Rahman", "NGO", "name"),
            ("indirect", "the bodies of an additional 65 unidentified people were found in the town of Qatana, southwest of Damascus",
             "said", "He", "Rami Abd al-Rahman", "NGO", "pronoun"),
            ("indirect", "it is allowing the mandate for the U.N. observer mission in Syria to expire",
             "said", "the U.N. Security Council", "United Nations Security Council", "UNO", "organisation"),
            ("indirect", "it hopes to establish a political office in the battle-ravaged country",
             "said", "the Council", "United Nations Security Council", "UNO", "organisation"),
        ],
    },
    {
        "id": "t19-cambodia-kampong-thom-drought-2007",
        "url": "https://www.voacambodia.com/a/a-40-2007-06-20-voa3-90147522/1357752.html",
        "title": "Provincial Drought Worries Farmers",
        "published": "2007-06-20",
        "truncated": False,
        "note": "English story on VOA Khmer's site. Removed: 'Accessibility links', 'Breaking News', title "
                "line. published: the date in the URL.",
        "text": """
Drought in Kampong Thom province has farmers in the area worried over impending hardship.
Rainfall has been short, and farmers who rely on Cambodia's monsoon season fret they won't produce enough food for their families and income. "Right now I am worried," said Stoung town farmer Buth Chorn, who has six children. "This year I am a victim to this extended drought…. Next year, I will definitely be needy again, meaning I will starve."
Preah Damrey Commune Chief Mith Salang, from the opposition Sam Rainsy Party, told VOA Khmer farmers from more than 1,200 families in his commune could only plant one season of rice due to lack of water.
In normal years, farmers can plant two seasons of the staple.
"The town has no capacity" to help drought-stricken farmers, Ang Ky, chief of Stoung town, said.
Local representatives were being sent to assess villagers' needs, he said.
"Whatever the villagers lost because of the drought, like seeds, then the town will help intervene and contact the provincial agricultural authorities and other institutions," he said.
""",
        "quotes": [
            ("direct", "Right now I am worried",
             "said", "Stoung town farmer Buth Chorn", "Buth Chorn", "KHM", "name"),
            ("direct", "This year I am a victim to this extended drought…. Next year, I will definitely be needy again, meaning I will starve.",
             "said", "Stoung town farmer Buth Chorn", "Buth Chorn", "KHM", "name"),
            ("indirect", "farmers from more than 1,200 families in his commune could only plant one season of rice due to lack of water",
             "told", "Preah Damrey Commune Chief Mith Salang", "Mith Salang", "KHM", "name"),
            ("indirect", '"The town has no capacity" to help drought-stricken farmers',
             "said", "Ang Ky", "Ang Ky", "KHM", "name"),
            ("partial", "The town has no capacity",
             "said", "Ang Ky", "Ang Ky", "KHM", "name"),
            ("indirect", "Local representatives were being sent to assess villagers' needs",
             "said", "he", "Ang Ky", "KHM", "pronoun"),
            ("direct", "Whatever the villagers lost because of the drought, like seeds, then the town will help intervene and contact the provincial agricultural authorities and other institutions",
             "said", "he", "Ang Ky", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t19-ukraine-tarasyuk-voa-2006",
        "url": "https://www.insidevoa.com/a/a-13-34-2006-03-10-ukraine-111611229/178281.html",
        "title": "Foreign Minister Says Ukraine Benefits from U.S., Europe Ties",
        "published": "2006-03-09",
        "truncated": True,
        "note": "VOA press page. Removed: 'Accessibility links', 'Breaking News', title line, summary line "
                "under the title. Kept to the end of the news part: dropped the sentence pointing to a "
                "removed link ('Additional information and programming can be found at:') and the VOA "
                "boilerplate and contact paragraphs (the last cut by the store). published: the dateline "
                "(the URL has 2006-03-10).",
        "text": """
Washington, D.C., March 9, 2006 - In an exclusive interview today at the Voice of America (VOA) that was carried live by Ukraine's Channel 5 television network, Ukraine's Minister of Foreign Affairs Borys Tarasyuk said that the United States has provided "political support for democratic transformations and reforms in our country."
"The dynamics of the development of our relations recently have been extraordinarily positive," he said during the broadcast. "During the dispute over natural gas prices with the Russian Federation, the United States supported Ukraine."
Tarasyuk said that Ukraine's ties with Europe are similarly encouraging. "We can say without reservation that in the past year alone, more was done to advance relations with the European Union than in all the previous years."
Asked about Ukraine's aspirations for membership in NATO, Tarasyuk told VOA that the Ukrainian government should first conduct a campaign to educate the people about the alliance before holding a national referendum on the issue.
In addition to weekly television exchanges, VOA's Ukrainian language service also airs Chas-Time, a daily TV show that features news briefs on the top stories of the day.
""",
        "quotes": [
            ("indirect", 'the United States has provided "political support for democratic transformations and reforms in our country."',
             "said", "Minister of Foreign Affairs Borys Tarasyuk", "Borys Tarasyuk", "UKR", "name"),
            ("partial", "political support for democratic transformations and reforms in our country",
             "said", "Minister of Foreign Affairs Borys Tarasyuk", "Borys Tarasyuk", "UKR", "name"),
            ("direct", "The dynamics of the development of our relations recently have been extraordinarily positive",
             "said", "he", "Borys Tarasyuk", "UKR", "pronoun"),
            ("direct", "During the dispute over natural gas prices with the Russian Federation, the United States supported Ukraine.",
             "said", "he", "Borys Tarasyuk", "UKR", "pronoun"),
            ("indirect", "Ukraine's ties with Europe are similarly encouraging",
             "said", "Tarasyuk", "Borys Tarasyuk", "UKR", "name"),
            ("direct", "We can say without reservation that in the past year alone, more was done to advance relations with the European Union than in all the previous years.",
             None, "Tarasyuk", "Borys Tarasyuk", "UKR", "name"),
            ("indirect", "the Ukrainian government should first conduct a campaign to educate the people about the alliance before holding a national referendum on the issue",
             "told", "Tarasyuk", "Borys Tarasyuk", "UKR", "name"),
        ],
    },
    {
        "id": "t19-argentina-pompeo-g20-interview-2018",
        "url": "https://www.voanews.com/a/voa-interviews-us-secretary-of-state-mike-pompeo-at-g-20/4682601.html",
        "title": "VOA Interviews US Secretary of State Mike Pompeo at G-20",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, video-player lines (title "
                "repeated twice, 'please wait', 'No media source currently available', '0:00 0:04:58 "
                "0:00'). Interview transcript: each turn is a colon attribution followed by a quotation. "
                "Cut by the store inside Pompeo's last answer ('that the G-20 gathers around each'); kept "
                "to the last complete sentence, so that quotation is not closed. published: null; the G-20 "
                "summit in Buenos Aires and the death of former President George H.W. Bush date the "
                "interview to Nov. 30 - Dec. 1, 2018.",
        "text": """
U.S. Secretary of State Mike Pompeo spoke to VOA's Spanish Service in Buenos Aires, Argentina, where he is taking part in the G-20 summit. Below is a transcript of the interview.
Question: "Secretary Pompeo, thank you very much for this opportunity with the Spanish division of Voice of America."
Secretary of State Mike Pompeo: "It's great to be with you, thank you for the opportunity."
Question: "I just want to begin asking you some thoughts about former President (George H.W.) Bush."
Pompeo: "So I had a chance to get to know him just a little bit while I served in Congress, and then I held a job that he held as the director of the Central Intelligence Agency. He was a great mentor, he was an incredibly kind man. He was a patriot of the highest order. Susan (Pompeo) and I's sympathy go out to the entire Bush family. America will miss this amazing warrior, this amazing leader, this amazing American patriot."
Question: "Thank you. Now about the G-20. What is the U.S. doing to find common ground with so many leaders with so many different agendas here at the G-20?"
Pompeo: "So it's the case, 20 countries plus multilateral organization, lots of different views. But commonly we all share the intense desire to grow economies all around the world, to create prosperity for every citizen of the world. To develop rules that permit that to happen. These are common themes, we'll sometimes argue about how best to achieve them, but everyone's headed toward the same set of objectives.
""",
        "quotes": [
            ("direct", "Secretary Pompeo, thank you very much for this opportunity with the Spanish division of Voice of America.",
             None, "Question", "VOA Spanish Service interviewer", "USA", "nominal"),
            ("direct", "It's great to be with you, thank you for the opportunity.",
             None, "Secretary of State Mike Pompeo", "Mike Pompeo", "USA", "name"),
            ("direct", "I just want to begin asking you some thoughts about former President (George H.W.) Bush.",
             None, "Question", "VOA Spanish Service interviewer", "USA", "nominal"),
            ("direct", "So I had a chance to get to know him<<>>this amazing American patriot.",
             None, "Pompeo", "Mike Pompeo", "USA", "name"),
            ("direct", "Thank you. Now about the G-20.<<>>here at the G-20?",
             None, "Question", "VOA Spanish Service interviewer", "USA", "nominal"),
            ("direct", "So it's the case, 20 countries<<>>toward the same set of objectives.",
             None, "Pompeo", "Mike Pompeo", "USA", "name"),
        ],
    },
    {
        "id": "t19-cambodia-tribunal-witness-2012",
        "url": "http://www.voacambodia.com/content/tribunal-witness-describes-chain-of-accusations-leading-to-khmer-rouge-deaths/1456425.html",
        "title": "Tribunal Witness Describes ‘Chain of Accusations’ Leading to Khmer Rouge Deaths",
        "published": None,
        "truncated": True,
        "note": "English story on VOA Khmer's site. Removed: section label 'Khmer Rouge', title line, summary "
                "line, photo caption (printed three times, with 'x'), 'TEXT SIZE - +', byline 'Kong "
                "Sothanarith VOA Khmer'. The stored copy continues with page furniture (a Flash-player "
                "notice and an unrelated teaser dated 24 April 2014); cut there. published: null; the "
                "trial of Nuon Chea, Khieu Samphan and Ieng Sary (Ieng Sary died in March 2013) places the "
                "testimony in 2012 or early 2013.",
        "text": """
PHNOM PENH - Much of the death and human destruction that took place under the Khmer Rouge was the result of a “chain of accusations,” a witness told the UN-backed tribunal Monday.
Suong Sikheoun, 75, a former deputy of protocol at the foreign ministry said a series of arrests came from one person accusing another, and another, and so on.
“That’s why there was destruction,” he said, testifying in the case against former regime leaders Nuon Chea, Khieu Samphan and Ieng Sary.
Close friends wound up in the notorious torture center of Tuol Sleng, he said.
At one point during his testimony, Suong Sikheoun turned to the three men on trial and apologized.
“It was not socialism, was neither communism nor a revolution to serve the citizens or nation,” he said of the failed regime. “I suffered very much.”
""",
        "quotes": [
            ("indirect", "Much of the death<<>>“chain of accusations,”",
             "told", "a witness", "Suong Sikheoun", "KHM", "nominal"),
            ("partial", "chain of accusations",
             "told", "a witness", "Suong Sikheoun", "KHM", "nominal"),
            ("indirect", "a series of arrests came from one person accusing another, and another, and so on",
             "said", "Suong Sikheoun", "Suong Sikheoun", "KHM", "name"),
            ("direct", "That’s why there was destruction",
             "said", "he", "Suong Sikheoun", "KHM", "pronoun"),
            ("indirect", "Close friends wound up in the notorious torture center of Tuol Sleng",
             "said", "he", "Suong Sikheoun", "KHM", "pronoun"),
            ("direct", "It was not socialism, was neither communism nor a revolution to serve the citizens or nation",
             "said", "he", "Suong Sikheoun", "KHM", "pronoun"),
            ("direct", "I suffered very much.",
             "said", "he", "Suong Sikheoun", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t19-lebanon-hochstein-beirut-2024",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/us-envoy-in-beirut-for-talks-with-lebanese-officials-/7829956.html",
        "title": "US envoy in Beirut for talks with Lebanese officials",
        "published": "2024-10-21",
        "truncated": True,
        "note": "VOA preview host (voa.pangea-cms.com). Removed: 'Accessibility links', 'Breaking News', title "
                "line, 'update', photo caption (printed twice). Cut by the store inside the next photo "
                "caption; kept to the last complete paragraph. published: the caption dates the meeting Oct. "
                "21, 2024, and the text says 'Monday' (Oct. 21, 2024 was a Monday).",
        "text": """
U.S. envoy Amos Hochstein was in Beirut Monday for talks aimed at trying to bring a resolution to the conflict along the Israel-Lebanon border, part of a diplomatic push that is also bringing Secretary of State Antony Blinken to the region in search of a cease-fire in the Gaza Strip.
Hochstein told reporters he had a “constructive” meeting with Nabih Berri, the speaker of Lebanon’s parliament, and that while in Lebanon he would speak with members of the government, the military and anyone else who is willing to work on putting the country “on a new course of strength, security, stability, and ultimately, economic prosperity.”
He highlighted U.N. Security Council resolution 1701, which was adopted at the end of the last war between Israel and Hezbollah in 2006 and includes a call for Hezbollah to withdraw its fighters to the north of Lebanon's Litani River and for Israel to withdraw its forces from Lebanon.
Hochstein said nobody made any efforts to implement the resolution, adding that both sides simply committing to implementation is not enough. He repeated that the goal is to build confidence on both sides that the resolution will be carried out, and to make sure the halting of the conflict is done is a way that ensures it will not repeat in a month or a year.
“The people of Lebanon, like everyone in the region, just want to go home, build a peaceful, secure and safe prosperous future for themselves and their families,” Hochstein said.
""",
        "quotes": [
            ("indirect", "he had a “constructive” meeting<<>>economic prosperity.”",
             "told", "Hochstein", "Amos Hochstein", "USA", "name"),
            ("partial", "constructive",
             "told", "Hochstein", "Amos Hochstein", "USA", "name"),
            ("partial", "on a new course of strength, security, stability, and ultimately, economic prosperity",
             "told", "Hochstein", "Amos Hochstein", "USA", "name"),
            ("indirect", "nobody made any efforts to implement the resolution",
             "said", "Hochstein", "Amos Hochstein", "USA", "name"),
            ("indirect", "both sides simply committing to implementation is not enough",
             "adding", "Hochstein", "Amos Hochstein", "USA", "name"),
            ("indirect", "the goal is to build confidence on both sides<<>>in a month or a year",
             "repeated", "He", "Amos Hochstein", "USA", "pronoun"),
            ("direct", "The people of Lebanon, like everyone in the region, just want to go home, build a peaceful, secure and safe prosperous future for themselves and their families",
             "said", "Hochstein", "Amos Hochstein", "USA", "name"),
        ],
    },
    {
        "id": "t19-zimbabwe-studio7-headlines-2016",
        "url": "https://www.voazimbabwe.com/a/headlines-zimbabwe-news/3262728.html",
        "title": "Studio 7 Headlines, Thursday, March 31, 2016",
        "published": "2016-03-31",
        "truncated": False,
        "note": "VOA Zimbabwe (Studio 7) headline page. Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption 'Voice of America Studio 7'. The page's gap 'We also broadcast on "
                "Please check us out' (a removed link) is kept as stored. published: the date in the title.",
        "text": """
Harare Hospital has announced that it is shutting down its Outpatient Department due to lack of doctors.
Some Zimbabweans say the National Peace and Reconciliation Commission appears to be toothless as local people are not yet ready for healing. They say the poorly-funded commission looks ineffective in promoting healing, peace and reconciliation in the nation.
The High Court has dismissed former MDC-T senator Matson Hlalo’s urgent application to bar the party from recalling him from senate. The court dismissed Hlalo’s application and said he would bear the costs of the litigation.
Harare threatens to disconnect water supplies for residents failing to pay bills.
Music guru Thomas Mapfumo says time has come now for Zimbabwean youth to lead the country. He says the present government has ruined the nation. But a Zanu PF activist says Mapfumo is day dreaming.
We will give you a closer look at President Mugabe’s remarks that Zimbabweans will be unhappy if he leaves office.
Stay tuned for these stories and more coming up on Studio 7 at 7:30 pm on 9-0-9 Medium Wave and on the 4-9-3-0, 5-9-4-0 and 1-5-4-6-0 shortwave frequencies. We also broadcast on Please check us out on Facebook, WhatsApp and Twitter.
Tonight on Livetalk on the Women’s Round Table our hosts Marvellous Mhlanga Nyahuye and Praxedes Jeremiah will be talking with listeners and experts about President Robert Mugabe’s remarks that he is not to blame for ruling for almost 36 years. He says Zimbabweans won’t be happy if he decides to leave office.
Participate by sending your messages on our WhatsApp number 001 202 465 0318. The number again 001 202 465 0318. Stay tuned!!!!!!
""",
        "quotes": [
            ("indirect", "it is shutting down its Outpatient Department due to lack of doctors",
             "announced", "Harare Hospital", "Harare Hospital", "ZWE", "organisation"),
            ("indirect", "the National Peace and Reconciliation Commission appears to be toothless as local people are not yet ready for healing",
             "say", "Some Zimbabweans", "Zimbabweans", "ZWE", "nominal"),
            ("indirect", "the poorly-funded commission looks ineffective in promoting healing, peace and reconciliation in the nation",
             "say", "They", "Zimbabweans", "ZWE", "pronoun"),
            ("indirect", "he would bear the costs of the litigation",
             "said", "The court", "High Court", "ZWE", "organisation"),
            ("indirect", "time has come now for Zimbabwean youth to lead the country",
             "says", "Music guru Thomas Mapfumo", "Thomas Mapfumo", "ZWE", "name"),
            ("indirect", "the present government has ruined the nation",
             "says", "He", "Thomas Mapfumo", "ZWE", "pronoun"),
            ("indirect", "Mapfumo is day dreaming",
             "says", "a Zanu PF activist", "Zanu PF activist", "ZWE", "nominal"),
            ("indirect", "Zimbabweans won’t be happy if he decides to leave office",
             "says", "He", "Robert Mugabe", "ZWE", "pronoun"),
        ],
    },
    {
        "id": "t19-kenya-nakuru-election-2013",
        "url": "http://www.voanews.com/content/survivors_of_kenyas_past_election_violence_are_hopeful_now/1612516.html",
        "title": "Survivors of Kenya's Past Election Violence Are Hopeful Now",
        "published": "2013-02-28",
        "truncated": True,
        "note": "Removed: 'News / Africa', title line (printed twice, once with a video marker 'i'), time "
                "stamp 'February 28, 2013 3:01 PM', the video summary paragraph that the body repeats, "
                "byline 'Gabe Joselow'. Cut by the store inside the next paragraph ('Gladys Mwangi is "
                "worried, th'); kept to the last complete paragraph. The page's slip 'a particularly hard "
                "hit area section' is kept. published: the time stamp.",
        "text": """
The town of Nakuru in Kenya’s Rift Valley Region was the center of much of the violence that followed the last presidential election in 2007. As Kenya prepares to vote again next week, the residents of Nakuru remain positive, despite signs of trouble on the horizon.
There’s plenty of work to be done at this metal workshop in Nakuru. Workers here are fashioning security doors for local businesses and homes. But it is not as busy as it was five years ago, before the last presidential election.
Metal worker Bernard Wanzala said that actually is a good thing. “In 2007, people here made a lot of weapons. They sharpened a lot of machetes here saying they were going to use them for defense. But this year, I’ve not sharpened even one.”
Nakuru was at the center of much of the violence between ethnic Kalenjin and Kikuyu mobs following the last election. Parts of the city still have not fully recovered.
One area was a particularly hard hit area section of Nakuru during the post election violence that followed the last vote in 2007. Many of the people have come back here to rebuild their homes. And while they say they are hopeful for peace, there are still some concerns that violence could break out.
Samuel Kamau was burned out of his home five years ago. He said as a landowner, he has no interest in a repeat of violence. “We don’t want hatred, because we know we are the ones who will lose the most.”
""",
        "quotes": [
            ("indirect", "that actually is a good thing",
             "said", "Metal worker Bernard Wanzala", "Bernard Wanzala", "KEN", "name"),
            ("direct", "In 2007, people here made a lot of weapons.<<>>I’ve not sharpened even one.",
             None, "Metal worker Bernard Wanzala", "Bernard Wanzala", "KEN", "name"),
            ("indirect", "they are hopeful for peace",
             "say", "they", "people who have come back to rebuild their homes", "KEN", "pronoun"),
            ("indirect", "as a landowner, he has no interest in a repeat of violence",
             "said", "He", "Samuel Kamau", "KEN", "pronoun"),
            ("direct", "We don’t want hatred, because we know we are the ones who will lose the most.",
             None, "He", "Samuel Kamau", "KEN", "pronoun"),
        ],
    },
    {
        "id": "t19-china-chen-guangcheng-voa-2013",
        "url": "https://www.insidevoa.com/a/chinese-dissident-chen-guangcheng-appears-on-voa/1594871.html",
        "title": "Chinese Dissident Chen Guangcheng Appears on VOA",
        "published": None,
        "truncated": False,
        "note": "VOA press page. The stored copy has no title line (title written from the URL's slug) and "
                "prints the body twice; the first copy is kept. '(link)' kept as printed. published: null; "
                "content (escape from house arrest 'last year', i.e. 2012) dates it 2013.",
        "text": """
WASHINGTON, D.C. —
Chinese dissident Chen Guangcheng told VOA Thursday that the Chinese government had lost its legitimacy and failed to honor commitments he says it made to not punish family members accused of helping him to escape house arrest last year.
The blind, self-taught lawyer and activist has been studying law in the United States since he left China after a tense diplomatic standoff at the U.S. embassy. He spoke on VOA’s Chinese language TV program Wei Shi.
VOA China Branch Chief Sasha Gong says it was a real honor to have Chen back on the program. “I admire him so much for the efforts he has made to promote democracy in China,” Gong says.
The interview was well timed. Chen was awarded the Tom Lantos Human Rights Prize by the Lantos Foundation for Human Rights and Justice on Capitol Hill Tuesday. He said he did not believe the Chinese people can tolerate one-party rule any longer and that “fundamental change is inevitable.”
Chen also said he was a regular VOA listener when he was in China. Read more on his interview here (link).
""",
        "quotes": [
            ("indirect", "the Chinese government had lost its legitimacy and failed to honor commitments he says it made to not punish family members accused of helping him to escape house arrest last year",
             "told", "Chinese dissident Chen Guangcheng", "Chen Guangcheng", "CHN", "name"),
            ("indirect", "it was a real honor to have Chen back on the program",
             "says", "VOA China Branch Chief Sasha Gong", "Sasha Gong", "USA", "name"),
            ("direct", "I admire him so much for the efforts he has made to promote democracy in China",
             "says", "Gong", "Sasha Gong", "USA", "name"),
            ("indirect", "he did not believe the Chinese people can tolerate one-party rule any longer and that “fundamental change is inevitable.”",
             "said", "He", "Chen Guangcheng", "CHN", "pronoun"),
            ("partial", "fundamental change is inevitable",
             "said", "He", "Chen Guangcheng", "CHN", "pronoun"),
            ("indirect", "he was a regular VOA listener when he was in China",
             "said", "Chen", "Chen Guangcheng", "CHN", "name"),
        ],
    },
    {
        "id": "t19-iraq-saddam-tape-authentic-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-03-21-62-us/303678.html",
        "title": "US Confirms Authenticity of Saddam TV Appearance - 2003-03-21",
        "published": "2003-03-21",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside the last "
                "paragraph ('Mr. Bush will spend the weekend at the'); that sentence dropped. The page's "
                "slips 'Mr. Fleichser' and the space after an opening quotation mark are kept. published: "
                "the date in the URL and title.",
        "text": """
The White House says U.S. intelligence officials have confirmed the authenticity of a television appearance by Iraqi leader Saddam Hussein broadcast after the start of the fighting.
White House spokesman Ari Fleischer said the Central Intelligence Agency has concluded that it was Saddam Hussein who appeared on Iraqi television shortly after the start of bombing in Baghdad early Thursday.
The Iraqi leader has reportedly used body doubles in the past, giving rise to speculation that he might have been injured in that attack and the man on television might have been a Saddam impersonator.
While Mr. Fleichser said intelligence analysts have confirmed the authenticity of the tape, he said they have reached no conclusion on whether it was recorded before or after the fighting began.
President Bush met Friday with congressional leaders to brief them on the war and thank them for a resolution supporting U.S. troops.
"We are making progress," the president said. " We will stay on task until we have achieved our objective which is to rid Iraq of weapons of mass destruction and free the Iraqi people so they can live in a society that is hopeful and democratic and at peace in its neighborhood."
Mr. Fleischer said the president Friday sent his condolences and sympathies to all the families of coalition soldiers who have been killed in the operation. A U.S. Marine killed in southern Iraq Friday was the first combat death. A U.S. Marine helicopter crashed in northern Kuwait killing eight British and four American soldiers.
"All of us involved here in Washington are extremely proud of the skill and bravery of our young Americans who are willing to sacrifice for something greater than themselves," Mr. Bush said.
Mr. Fleischer said the deaths are a reminder that this could be a long, lengthy, and dangerous engagement for coalition troops.
""",
        "quotes": [
            ("indirect", "U.S. intelligence officials have confirmed the authenticity of a television appearance by Iraqi leader Saddam Hussein broadcast after the start of the fighting",
             "says", "The White House", "White House", "USA", "organisation"),
            ("indirect", "the Central Intelligence Agency has concluded that it was Saddam Hussein who appeared on Iraqi television shortly after the start of bombing in Baghdad early Thursday",
             "said", "White House spokesman Ari Fleischer", "Ari Fleischer", "USA", "name"),
            ("indirect", "intelligence analysts have confirmed the authenticity of the tape",
             "said", "Mr. Fleichser", "Ari Fleischer", "USA", "name"),
            ("indirect", "they have reached no conclusion on whether it was recorded before or after the fighting began",
             "said", "he", "Ari Fleischer", "USA", "pronoun"),
            ("direct", "We are making progress",
             "said", "the president", "Bush", "USA", "nominal"),
            ("direct", "We will stay on task until<<>>at peace in its neighborhood.",
             "said", "the president", "Bush", "USA", "nominal"),
            ("indirect", "the president Friday sent his condolences and sympathies to all the families of coalition soldiers who have been killed in the operation",
             "said", "Mr. Fleischer", "Ari Fleischer", "USA", "name"),
            ("direct", "All of us involved here in Washington are extremely proud of the skill and bravery of our young Americans who are willing to sacrifice for something greater than themselves",
             "said", "Mr. Bush", "Bush", "USA", "name"),
            ("indirect", "the deaths are a reminder that this could be a long, lengthy, and dangerous engagement for coalition troops",
             "said", "Mr. Fleischer", "Ari Fleischer", "USA", "name"),
        ],
    },
    {
        "id": "t19-iraq-saddam-tv-speech-2003",
        "url": "https://www.voanews.com/a/a-13-a-2003-03-20-33-saddam-67457997/385475.html",
        "title": "Saddam: Iraqis Have Duty to Defend Country - 2003-03-20",
        "published": "2003-03-20",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. published: the date in the URL "
                "and title.",
        "text": """
Iraqi President Saddam Hussein went on national television Thursday morning following the beginning of military action to rid Iraq of weapons of mass destruction.
About three hours after U.S. tomahawk missiles and bombers struck targets in and near Baghdad, the Iraqi President appeared on television, promising Iraq would be victorious.
The Iraqi leader said U.S. and British forces would be badly defeated. In the name of his leadership he promised Iraqi troops would resist and that the United States would not achieve its goals. Saddam Hussein said it is the duty of all Iraqis to defend their country.
It was not possible to determine whether the broadcast was live.
Moments after his speech, Iraqi Information Minister Mohammed Said Kazin al-Sahhaf held a news conference in downtown Baghdad. He lashed out at U.S. officials, based on reports that Thursday's strikes targeted a convoy identified by intelligence reports.
"I am sure they are stupid and will never succeed," he said. "But at the same time this is a good testimony, this is a good proof that they are criminals and they are killers and they are believing in assassinations. So, I think they should be condemned."
Mr. al-Sahhaf said all of Iraq is now one front against what he called "those aggressors."
Air raid sirens wailed throughout Baghdad around 5:30 a.m. local time followed by the deafening sound of anti-aircraft fire.
Shortly after the attack American forces took over the frequency of Iraqi radio and broadcast a statement in Arabic announcing the war had begun.
""",
        "quotes": [
            ("indirect", "Iraq would be victorious",
             "promising", "the Iraqi President", "Saddam Hussein", "IRQ", "nominal"),
            ("indirect", "U.S. and British forces would be badly defeated",
             "said", "The Iraqi leader", "Saddam Hussein", "IRQ", "nominal"),
            ("indirect", "Iraqi troops would resist and that the United States would not achieve its goals",
             "promised", "he", "Saddam Hussein", "IRQ", "pronoun"),
            ("indirect", "it is the duty of all Iraqis to defend their country",
             "said", "Saddam Hussein", "Saddam Hussein", "IRQ", "name"),
            ("direct", "I am sure they are stupid and will never succeed",
             "said", "he", "Mohammed Said Kazin al-Sahhaf", "IRQ", "pronoun"),
            ("direct", "But at the same time this is a good testimony<<>>they should be condemned.",
             "said", "he", "Mohammed Said Kazin al-Sahhaf", "IRQ", "pronoun"),
            ("indirect", 'all of Iraq is now one front against what he called "those aggressors."',
             "said", "Mr. al-Sahhaf", "Mohammed Said Kazin al-Sahhaf", "IRQ", "name"),
            ("partial", "those aggressors",
             "called", "he", "Mohammed Said Kazin al-Sahhaf", "IRQ", "pronoun"),
            ("indirect", "the war had begun",
             "announcing", "a statement", "American forces", "USA", "organisation"),
        ],
    },
    {
        "id": "t19-mexico-obrador-cartels-2019",
        "url": "https://www.voanews.com/episode/mexico-president-rejects-call-wage-war-cartels-4083191",
        "title": "Mexico President Rejects Call to Wage War On Cartels",
        "published": "2019-11-06",
        "truncated": False,
        "note": "VOA video page (episode); the text is the video's summary. Removed: section label 'The "
                "Americas', title line, date line 'November 6, 2019', closing byline 'Zlatica Hoke'. The "
                "page's 'Andres Obrador' is kept as printed. published: the date line.",
        "text": """
Mexican President Andres Obrador has rejected U.S. President Donald Trump's call to wage war on organized crime in his country. Trump offered U.S. help in an effort to wipe out drug cartels in Mexico in response to a massacre of nine U.S. family members on a road in northern Mexico. The Mexican president said Mexico would act with "independence and sovereignty" in pursuing the criminals behind the attack, but rejected the idea of going after them with arms. VOA's Zlatica Hoke reports the increasingly aggressive behavior of Mexican drug lords raises questions about who controls the country.
""",
        "quotes": [
            ("indirect", 'Mexico would act with "independence and sovereignty" in pursuing the criminals behind the attack',
             "said", "The Mexican president", "Andres Obrador", "MEX", "nominal"),
            ("partial", "independence and sovereignty",
             "said", "The Mexican president", "Andres Obrador", "MEX", "nominal"),
            ("indirect", "the increasingly aggressive behavior of Mexican drug lords raises questions about who controls the country",
             "reports", "VOA's Zlatica Hoke", "Zlatica Hoke", "USA", "name"),
        ],
    },
    {
        "id": "t19-russia-khodorkovsky-voa-2014",
        "url": "https://www.insidevoa.com/a/putin-foe-speaks-to-voa/2471919.html",
        "title": "Putin Foe Speaks to VOA",
        "published": None,
        "truncated": True,
        "note": "VOA press page. Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(printed twice). Cut by the store inside the next paragraph ('When asked by VOA about his "
                "assessment of the state of the'); that sentence dropped. The page's 'or seek political "
                "office' is kept. published: null; content (ten years mostly in prison, released in "
                "December 2013; Open Russia relaunched) places it in 2014.",
        "text": """
WASHINGTON, D.C.—After being silent about it for more than ten years, Mikhail Khodorkovsky, the most well-known political opponent of Russian President Vladimir Putin, is once again talking Russian politics.
He ended his silence this week in Washington, where he was the keynote speaker at a Freedom House annual awards dinner and where he also gave an extensive television interview to VOA’s Russian Service.
The long-time foe of President Putin, who spent much of the last ten years in a Russian prison after being convicted of fraud, made it clear in the interview that he is willing to confront Mr. Putin again. He said his goal, through his Open Russia project, is to use online technologies as well as traditional means “to enable the European-oriented part of the Russian society to communicate with each other, to find each other and work together in their common interest.”
The Open Russia project is an updated version of Khodorkovsky’s Open Russia Foundation, which he established in 2001 to push for human rights and political freedoms in Russia.
Though he wants the Open Russia project “to become an influential political force in Russia,” he made it clear that he is “not interested in acquiring control of the bureaucracy” or seek political office. He said his goal is to use “political methods to push for change” in Russia.
On the subject of Ukraine, he was equally forthright, saying Putin made “a big political mistake.” There is a choice, Khodorkovsky said, between acquiring territory and preserving a relationship with a brotherly people: “I would have made a choice in favor of friendship with a neighbor, because Russia does not have that many allies.”
""",
        "quotes": [
            ("indirect", "he is willing to confront Mr. Putin again",
             "made it clear", "The long-time foe of President Putin", "Mikhail Khodorkovsky", "RUS", "nominal"),
            ("indirect", "his goal, through his Open Russia project, is to use<<>>in their common interest.”",
             "said", "He", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("partial", "to enable the European-oriented part of the Russian society to communicate with each other, to find each other and work together in their common interest",
             "said", "He", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("partial", "to become an influential political force in Russia",
             None, "he", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("indirect", "he is “not interested in acquiring control of the bureaucracy” or seek political office",
             "made it clear", "he", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("partial", "not interested in acquiring control of the bureaucracy",
             "made it clear", "he", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("indirect", "his goal is to use “political methods to push for change” in Russia",
             "said", "He", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("partial", "political methods to push for change",
             "said", "He", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("indirect", "Putin made “a big political mistake.”",
             "saying", "he", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("partial", "a big political mistake",
             "saying", "he", "Mikhail Khodorkovsky", "RUS", "pronoun"),
            ("indirect", "between acquiring territory and preserving a relationship with a brotherly people",
             "said", "Khodorkovsky", "Mikhail Khodorkovsky", "RUS", "name"),
            ("direct", "I would have made a choice in favor of friendship with a neighbor, because Russia does not have that many allies.",
             None, "Khodorkovsky", "Mikhail Khodorkovsky", "RUS", "name"),
        ],
    },
    {
        "id": "t19-japan-abe-slbm-launch-2016",
        "url": "https://jmh.usembassy.gov/201608244774/",
        "title": "PM Abe calls North Korea’s missile launch “unacceptable, reckless act”",
        "published": "2016-08-24",
        "truncated": False,
        "note": "US Embassy Tokyo (US government work) daily summary of Japanese media, not a VOA page. "
                "Removed: 'print PRINT', section label 'INTERNATIONAL > East Asia & Pacific', title line, "
                "closing menu ('Ambassador', 'Ukraine', 'COVID-19', 'Trending Japan'). Layered attribution "
                "(NTV reported that Abe told ...; the network quoted Wang as telling ...) is annotated for "
                "the inner speaker only. published: the date in the URL.",
        "text": """
NTV reported that PM Abe told reporters this morning that North Korea’s launch of a ballistic missile from a submarine is “a grave threat against Japan’s security” and “an unacceptable, reckless act that undermines regional peace and stability.” The premier also reportedly told reporters that the missile launch is a clear violation of UNSC resolutions and that Japan lodged a strong protest with North Korea. PM Abe also stressed that the GOJ will work closely with the international community and respond firmly.
The network also quoted visiting Chinese Foreign Minister Wang as telling reporters after his meeting with LDP Secretary General Nikai this morning: “We do not want the situation to become complicated or tense. China’s position remains unchanged. We are opposed to North Korea’s nuclear and missile development process.” According to the network, Wang pointed out during his meeting with Nikai that the joint military exercise between the U.S. and South Korea provoked North Korea.
""",
        "quotes": [
            ("indirect", "North Korea’s launch of a ballistic missile from a submarine is<<>>regional peace and stability.”",
             "told", "PM Abe", "Abe", "JPN", "name"),
            ("partial", "a grave threat against Japan’s security",
             "told", "PM Abe", "Abe", "JPN", "name"),
            ("partial", "an unacceptable, reckless act that undermines regional peace and stability",
             "told", "PM Abe", "Abe", "JPN", "name"),
            ("indirect", "the missile launch is a clear violation of UNSC resolutions and that Japan lodged a strong protest with North Korea",
             "told", "The premier", "Abe", "JPN", "nominal"),
            ("indirect", "the GOJ will work closely with the international community and respond firmly",
             "stressed", "PM Abe", "Abe", "JPN", "name"),
            ("direct", "We do not want the situation to become complicated or tense.<<>>missile development process.",
             "telling", "Chinese Foreign Minister Wang", "Wang", "CHN", "name"),
            ("indirect", "the joint military exercise between the U.S. and South Korea provoked North Korea",
             "pointed out", "Wang", "Wang", "CHN", "name"),
        ],
    },
    {
        "id": "t19-iraq-fallujah-strikes-2004",
        "url": "https://www.voanews.com/a/a-13-a-2004-10-03-10-us/308006.html",
        "title": "US Warplanes Attack Militants in Fallujah - 2004-10-03",
        "published": "2004-10-03",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. published: the date in the URL "
                "and title.",
        "text": """
U.S. warplanes in Iraq have struck targets in the rebel-held city of Fallujah for a third time in two days, in an ongoing push to crush fighters loyal to insurgent leader Musab al-Zarqawi.
U.S. officials say the latest strike early Sunday killed two people and wounded 10 near a building where 10 to 15 insurgents were moving weapons.
The strike came as U.S. and Iraqi forces to the north declared victory in the battle for the city of Samarra.
About 3,000 U.S. troops and 2,000 allied Iraqis swept into the city of 200,000 residents on Friday, in one of the largest coalition military operations in more than a year.
U.S. officials say 125 insurgents were killed and 88 captured in the military operation.
""",
        "quotes": [
            ("indirect", "the latest strike early Sunday killed two people and wounded 10 near a building where 10 to 15 insurgents were moving weapons",
             "say", "U.S. officials", "United States officials", "USA", "nominal"),
            ("indirect", "125 insurgents were killed and 88 captured in the military operation",
             "say", "U.S. officials", "United States officials", "USA", "nominal"),
        ],
    },
    {
        "id": "t19-vietnam-journalism-day-bloggers-2013",
        "url": "http://www.voanews.com/content/vietnam-journalism-day-bloggers/1686454.html",
        "title": "Vietnam Urged to Release Bloggers on Journalism Day",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (printed three times, with 'x'), byline "
                "'Marianne Brown'; a double space after a full stop reduced to one. Cut by the store inside "
                "the next paragraph ('Shortly before his'); kept to the last complete paragraph. The quoted "
                "name of the charge (“abusing democratic freedoms,”) is not annotated (name of a legal "
                "charge, like a title). published: null; Vietnam's Revolutionary Journalism Day (June 21) "
                "and the arrests described date it June 2013.",
        "text": """
While journalists working for Vietnam's state-run media are receiving gifts for Revolutionary Journalism Day, bloggers and Internet activists are not so lucky. The Vietnamese government seems eager to celebrate the role of the media in the country's wars against France and the U.S., but it is not so tolerant of independent voices and has arrested several in a recent crackdown.
In a recent speech to the National Assembly, Minister of Information and Communication Nguyen Bao Son said the Internet had helped Vietnam’s development, but stressed that there was also a negative side.
He said opportunist elements had abused the Internet to spread false information that distorted state policies.
Over the last month, two bloggers and an Internet activist have been accused of doing just that. They were arrested for “abusing democratic freedoms,” a charge that can result in a three-year jail term.
Some point to internal rivalry as motivation for the crackdown.
Jonathan London, from the City University in Hong Kong, said the arrests were aimed at scaring people.
"My own sense is that after observing that there have been important, significant changes in Vietnamese political culture that a wave of oppression of uncertain duration has begun in earnest and the arrests of bloggers, in particular bloggers who may be more moderate in their criticisms of the current state of affairs is alarming."
""",
        "quotes": [
            ("indirect", "the Internet had helped Vietnam’s development",
             "said", "Minister of Information and Communication Nguyen Bao Son", "Nguyen Bao Son", "VNM", "name"),
            ("indirect", "there was also a negative side",
             "stressed", "Minister of Information and Communication Nguyen Bao Son", "Nguyen Bao Son", "VNM", "name"),
            ("indirect", "opportunist elements had abused the Internet to spread false information that distorted state policies",
             "said", "He", "Nguyen Bao Son", "VNM", "pronoun"),
            ("indirect", "the arrests were aimed at scaring people",
             "said", "Jonathan London", "Jonathan London", None, "name"),
            ("direct", "My own sense is that after observing<<>>the current state of affairs is alarming.",
             None, "Jonathan London", "Jonathan London", None, "name"),
        ],
    },
    {
        "id": "t19-vietnam-blogger-detained-2014",
        "url": "https://learningenglish.voanews.com/a/vietnam-detains-second-blogger-in-two-weeks/2553453.html",
        "title": "Vietnam Detains Second Blogger in Two Weeks",
        "published": None,
        "truncated": True,
        "note": "VOA Learning English. Removed: 'Accessibility links', 'Breaking News', title line, photo "
                "caption (printed twice), audio-player lines (title, 'please wait', 'No media source "
                "currently available', '0:00 0:03:37 0:00', 'Direct link'). Cut by the store after 'He "
                "said'; that fragment dropped. The page's spelling 'Ngyuen Ngoc Nhu Quynh' is kept "
                "(speaker corrected to Nguyen Ngoc Nhu Quynh). Not annotated: 'what critics see as' (not a "
                "speech verb), the quoted charge and the pen name '\"Brick Layer.\"'. published: null; the "
                "arrest of Nguyen Quang Lap and Human Rights Day (December 10) date it December 2014.",
        "text": """
Vietnam has arrested another well-known blogger as part of what critics see as a continued campaign against government opponents.
Nguyen Quang Lap was detained on Monday. Vietnamese officials accused him of violating a controversial rule that makes “abusing democratic freedoms” illegal.
Nguyen Quang Lap is a journalist and writer. He is the second blogger to be arrested in two weeks.
The other blogger, Hong Le Tho, is known by his pen name Nguoi Lot Gach, or "Brick Layer." He was detained last month on similar anti-state charges.
Ngyuen Ngoc Nhu Quynh is a founder of Vietnam’s Human Rights Bloggers Network. She told VOA the recent arrests only increased the desire of the free bloggers and journalists to express their opinions.
“In this situation,” she said, “we at the Vietnamese Bloggers Network think that we must act with more determination. We plan to publicize our campaign so others can participate in protesting article 258 of the Penal Code because it violates our rights to freedom of speech.”
Nguyen Ngoc Nhu Quynh is also known by her blogging name, Mother Mushroom. She was briefly detained last Sunday for taking a photograph with a message in support of human rights. She was taking part in an activity with the German Embassy to mark International Human Rights Day, which falls on December 10.
Benjamin Ismail is head of the Asia Pacific office of Reporters without Borders. He told VOA that Vietnam’s government should obey the international agreements it signed.
""",
        "quotes": [
            ("indirect", "the recent arrests only increased the desire of the free bloggers and journalists to express their opinions",
             "told", "She", "Nguyen Ngoc Nhu Quynh", "VNM", "pronoun"),
            ("direct", "In this situation",
             "said", "she", "Nguyen Ngoc Nhu Quynh", "VNM", "pronoun"),
            ("direct", "we at the Vietnamese Bloggers Network<<>>our rights to freedom of speech.",
             "said", "she", "Nguyen Ngoc Nhu Quynh", "VNM", "pronoun"),
            ("indirect", "Vietnam’s government should obey the international agreements it signed",
             "told", "He", "Benjamin Ismail", "NGO", "pronoun"),
        ],
    },
    {
        "id": "t19-myanmar-coup-protests-2021",
        "url": "https://www.voanews.com/a/east-asia-pacific_tens-thousands-myanmar-protest-military-coup/6201738.html",
        "title": "Tens of Thousands in Myanmar Protest Military Coup",
        "published": "2021-02-07",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption, video-player "
                "lines ('Protest against the military coup in Naypyidaw, Myanmar, Feb. 7, 2021', 'please "
                "wait', 'No media source currently available', '0:00 0:01:21 0:00'). Cut by the store inside "
                "the next paragraph ('Suu Kyi faces charges ... in the capi'); kept to the last complete "
                "paragraph. The page repeats 'Large crowds were reported in other cities as well on "
                "Sunday'; kept. Chanted slogans are annotated as partial quotes of the protesters; the film "
                "title “Hunger Games” is not a quote. published: the caption and 'Sunday' (Feb. 7, 2021).",
        "text": """
Tens of thousands of people took to the streets across Myanmar for a second day Sunday to protest last week’s military coup and call for the release of elected leader Aung San Suu Kyi.
Demonstrations that began in different parts of Yangon converged on Sule Pagoda, the center of city. Large crowds were reported in other cities as well on Sunday, including Mandalay.
“The military coup is a violation of our democracy and human rights. It also insults the will of the people. That’s why we are against the military coup,” one of the protest leaders, Aung San Hmaine, told VOA’s Burmese service. “It’s important to honor the election result. That’s why we have come here, staging protests.”
Large crowds were reported in other cities as well on Sunday.
As protests grew a day earlier on Saturday, Myanmar authorities had cut internet service but the service appeared to have been restored by Sunday.
Many of the protesters chanted “Long live Mother Suu,” a reference to deposed Suu Kyi, and, “We don’t want military dictatorship.” Other protesters raised a three-finger salute, a sign of resistance against tyranny in the “Hunger Games” movies.
The military takeover in Myanmar began last Monday with the detention of Suu Kyi, who was the country's de facto leader, and other senior government officials. Suu Kyi remains under house arrest at her official residence in Naypyitaw, according to party spokesman Kyi Toe.
""",
        "quotes": [
            ("direct", "The military coup is a violation of our democracy and human rights.<<>>we are against the military coup",
             "told", "Aung San Hmaine", "Aung San Hmaine", "MMR", "name"),
            ("direct", "It’s important to honor the election result. That’s why we have come here, staging protests.",
             "told", "Aung San Hmaine", "Aung San Hmaine", "MMR", "name"),
            ("partial", "Long live Mother Suu",
             "chanted", "Many of the protesters", "protesters", "MMR", "nominal"),
            ("partial", "We don’t want military dictatorship",
             "chanted", "Many of the protesters", "protesters", "MMR", "nominal"),
            ("indirect", "Suu Kyi remains under house arrest at her official residence in Naypyitaw",
             "according to", "party spokesman Kyi Toe", "Kyi Toe", "MMR", "name"),
        ],
    },
    {
        "id": "t19-turkey-quake-rescues-2023",
        "url": "https://www.voanews.com/a/rescue-crews-in-turkey-find-survivors-on-8th-day-after-earthquake/6962062.html",
        "title": "Rescue Crews in Turkey Find Survivors on 8th Day After Earthquake",
        "published": "2023-02-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (dated Feb. 14, "
                "2023). VOA's credit line kept. The quotation inside the second survivor's words (‘There was "
                "nothing here,’) is covered by that direct quote and not annotated separately. published: "
                "the caption and 'Tuesday' (Feb. 14, 2023).",
        "text": """
Rescuers in Turkey pulled several more people alive from the rubble Tuesday, nearly 200 hours after a series of powerful earthquakes struck the region.
The latest rescues included one from a crumbled building in Adiyaman province and two others from a destroyed building in central Kahramanmaras, near the epicenter.
Turkish television broadcast scenes of the rescues, but experts warned the window is closing for finding more people alive in what remains of collapsed buildings after so much time.
Turkish residents in Samandag in Hatay province, complained the government has not done enough in the search for survivors.
One earthquake survivor told VOA’s Turkish service that everything is being done through volunteers and community efforts, not by the government.
“We rescued a lady and her baby from under the rubble. Alive. With our own efforts. With our own sledgehammers, with our hammers. I had many friends with me. This is not acceptable,” the survivor said.
Another said, “Volunteers are working here, day and night, nonstop. They don’t even eat. They don’t even come down to drink water. AFAD (Turkey’s Disaster Management Authority) came to save us supposedly. The team came here to work on detecting. They just came and left. They said, ‘There was nothing here,’ and turned back and left.”
Turkish authorities have reported at least 31,643 deaths from the massive earthquake centered in the Gaziantep region.
Across the border in northern Syria, the United Nations humanitarian office said Monday the death toll there had topped 4,300, with another 7,600 injured.
The VOA Turkish Service contributed to this report, which includes some information from The Associated Press and Reuters.
""",
        "quotes": [
            ("indirect", "the window is closing for finding more people alive in what remains of collapsed buildings after so much time",
             "warned", "experts", "experts", None, "nominal"),
            ("indirect", "the government has not done enough in the search for survivors",
             "complained", "Turkish residents in Samandag in Hatay province", "Turkish residents in Samandag", "TUR", "nominal"),
            ("indirect", "everything is being done through volunteers and community efforts, not by the government",
             "told", "One earthquake survivor", "earthquake survivor", "TUR", "nominal"),
            ("direct", "We rescued a lady and her baby<<>>This is not acceptable",
             "said", "the survivor", "earthquake survivor", "TUR", "nominal"),
            ("direct", "Volunteers are working here<<>>turned back and left.",
             "said", "Another", "another earthquake survivor", "TUR", "nominal"),
            ("indirect", "the death toll there had topped 4,300, with another 7,600 injured",
             "said", "the United Nations humanitarian office", "United Nations humanitarian office", "UNO", "organisation"),
        ],
    },
    {
        "id": "t19-afghanistan-karzai-voa-2015",
        "url": "https://www.insidevoa.com/a/pakistan-has-created-enough-mischief/2809120.html",
        "title": "“Pakistan has created enough mischief” – Former Afghan President tells VOA",
        "published": None,
        "truncated": False,
        "note": "VOA press page. Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "'Former Afghan President, Hamid Karzai'. The closing sentence pointing to a link is kept as "
                "printed. The colon-introduced quotation after 'suggested it is not a serious threat:' has "
                "cue null. published: null; Karzai out of office (since September 2014) and the URL number "
                "place it in mid-2015.",
        "text": """
Hamid Karzai, the former president of Afghanistan, had a reputation for speaking bluntly during the years he was in power. Now that he is out of office he is even more blunt, as he showed in an interview in Kabul this week with VOA Afghan Service reporter Rahim Gul Sarwan. Asked about the presence of Islamic State elements in Afghanistan, the former president suggested it is not a serious threat: “Daesh [Islamic State] is not an Afghan-born body ... it is not indigenous to Afghanistan.” Regarding threats against Afghanistan, Karzai focused exclusively on Pakistan. He blamed Pakistan’s military and intelligence agencies for “creating radicalism, promoting radicalism, using radicalism as a tool of terrorism.” When it comes to the US he asked Washington to focus “more on the Afghan people and the development of Afghanistan.”
The full interview can be found here.
""",
        "quotes": [
            ("indirect", "it is not a serious threat",
             "suggested", "the former president", "Hamid Karzai", "AFG", "nominal"),
            ("direct", "Daesh [Islamic State] is not an Afghan-born body ... it is not indigenous to Afghanistan.",
             None, "the former president", "Hamid Karzai", "AFG", "nominal"),
            ("partial", "creating radicalism, promoting radicalism, using radicalism as a tool of terrorism",
             "blamed", "He", "Hamid Karzai", "AFG", "pronoun"),
            ("partial", "more on the Afghan people and the development of Afghanistan",
             "asked", "he", "Hamid Karzai", "AFG", "pronoun"),
        ],
    },
    {
        "id": "t19-northkorea-defectors-voa-2009",
        "url": "https://www.insidevoa.com/a/a-13-34-2009-05-01-nokor-defectors-visit-111611999/178358.html",
        "title": "North Korean Defectors Visit VOA",
        "published": "2009-05-01",
        "truncated": True,
        "note": "VOA press page. The stored copy has no title line; the title is written from the URL's slug. "
                "Kept to the end of the news part: the VOA boilerplate and contact paragraphs were dropped. "
                "A reported question inside the direct quote ('talked about how important it is ...') is "
                "covered by that quote. published: the dateline and the date in the URL.",
        "text": """
Washington, D.C., May 1, 2009 - Thirty North Korean defectors, participating in a radio roundtable discussion at the Voice of America (VOA), highlighted the need for outside broadcasting to their country where there is no freedom of press.
"They talked about how important it is for people inside North Korea to get information about what's happening inside and outside the country," said Dong Hyuk Lee, chief of VOA's Korean Service, about the Thursday visit. VOA broadcasts 35 hours a week in Korean, reaching listeners on shortwave and medium-wave frequencies. It is also available on Internet (www.VOANews.com/Korean/).
Chul-ho Kang, founder of the Saetu Church in South Korea, said later that he listened to VOA in China after fleeing North Korea. "One VOA broadcast that I remember the most was a report about the lifestyle of the elite in North Korea, and how different it is from the daily struggles of the average North Korean," he said.
Kang said that he established his church to provide worship and programs for the thousands of defectors who have fled to South Korea.
Kim Young Soon, a former dancer in North Korea, recounted how she fled the country in 2001. She traveled to China, Cambodia and Thailand before reaching South Korea two years later. Kim is an adviser at the Democracy Network against North Korean Gulag.
The group is visiting the United States during North Korean Freedom Week. Their trip was sponsored by the Defense Forum Foundation, a non-profit.
""",
        "quotes": [
            ("direct", "They talked about how important it is for people inside North Korea to get information about what's happening inside and outside the country",
             "said", "Dong Hyuk Lee", "Dong Hyuk Lee", "USA", "name"),
            ("indirect", "he listened to VOA in China after fleeing North Korea",
             "said", "Chul-ho Kang", "Chul-ho Kang", "KOR", "name"),
            ("direct", "One VOA broadcast that I remember the most<<>>the average North Korean",
             "said", "he", "Chul-ho Kang", "KOR", "pronoun"),
            ("indirect", "he established his church to provide worship and programs for the thousands of defectors who have fled to South Korea",
             "said", "Kang", "Chul-ho Kang", "KOR", "name"),
            ("indirect", "how she fled the country in 2001",
             "recounted", "Kim Young Soon", "Kim Young Soon", "KOR", "name"),
        ],
    },
]

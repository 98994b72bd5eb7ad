# ruff: noqa: E501
"""Source of the sealed quotes test set ``test4.jsonl``: 25 Voice of America news texts.

Annotated by hand on 2026-12-05 by helper sqq5 before any system ran on these texts (see
``README-test4.md``). Each text is copied verbatim from the page named in ``url`` as the ``search``
tool's ``pages`` corpus stores it, one paragraph per line; page furniture is removed and named in
``note``. Each quote is ``(kind, span, cue, speaker_text, speaker, speaker_country, speaker_class)``,
optionally followed by an ``after`` anchor; ``"A<<>>B"`` spans from A to the next B. Build with
``python data/gold/check_quotes_test4.py build``.
"""

LE = "https://learningenglish.voanews.com/a/"
UA = "https://www.voanews.com/a/latest-developments-in-ukraine-"
NEWSCAST_NOTE = ("Removed: 'Accessibility links', 'Breaking News', the title line, photo captions, "
                 "audio-player lines ('please wait', 'No media source currently available', timer, "
                 "'Direct link')")
UA_NOTE = ("Removed: 'Accessibility links', 'Breaking News', the title line, the photo caption "
           "(printed twice), 'For full coverage of the crisis in Ukraine, visit Flashpoint Ukraine.'")

DOCS = [
    {
        "id": "q4-01",
        "url": LE + "voa-english-newscast-february-12/3188309.html",
        "title": "VOA English Newscast: 1300 UTC February 12, 2016",
        "published": "2016-02-12",
        "truncated": True,
        "note": NEWSCAST_NOTE + ". Cut by the store inside the South Sudan item; kept up to the "
                "last complete sentence. The Kerry sound bite stands alone after the sentence "
                "naming him (cue null).",
        "text": """
From Washington, this is VOA News.
I’m Steve Karesh reporting.
U.S. Secretary of State John Kerry said Friday in Munich major powers have agreed to seek a cessation of hostilities in Syria.
“We have agreed to implement a nationwide cessation of hostilities to begin in a target of one’s week time. That is ambitious, but everybody is determined to move as rapidly as possible to try to achieve this. This will apply to any and all parties in Syria with the exception of the terrorist organizations, Daesh and al-Nusra, and any other terrorist organization designated by the (United Nations) Security Council.”
Kerry added that the 17-nation International Syria Support Group has agreed that a task force, co-chaired by the U.S. and Russia, will work towards a long-term reduction in violence.
Russian Prime Minister Dmitry Medvedev, however, has cautioned the world powers about committing their troops. He said "a ground operation draws everyone taking part in it into a war."
The support group also agreed to "accelerate and expand" delivery of humanitarian assistance.
Also in Munich, Russian Foreign Minister Sergei Lavrov is to meet with the head of NATO.
This after the Western military alliance and the U.S. announced plans for the biggest military build-up in Europe since the Cold War.
Russia has called NATO's moves a threat to stability.
NATO says the plans are aimed at reassuring eastern European allies concerned about Russian aggression.
""",
        "quotes": [
            ("indirect", "major powers have agreed to seek a cessation of hostilities in Syria", "said",
             "U.S. Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("direct", "We have agreed to implement<<>>Security Council.", None,
             "U.S. Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("indirect", "the 17-nation International Syria Support Group has agreed<<>>reduction in violence",
             "added", "Kerry", "John Kerry", "USA", "name"),
            ("partial", "a ground operation draws everyone taking part in it into a war", "said",
             "He", "Dmitry Medvedev", "RUS", "pronoun"),
            ("partial", "accelerate and expand", "agreed", "The support group",
             "International Syria Support Group", "IGO", "organisation"),
            ("indirect", "the plans are aimed at reassuring eastern European allies concerned about Russian aggression",
             "says", "NATO", "NATO", "IGO", "organisation"),
        ],
    },
    {
        "id": "q4-02",
        "url": "http://learningenglish.voanews.com/a/3209677.html",
        "title": "VOA English Newscast: 1500 UTC February 26, 2016",
        "published": "2016-02-26",
        "truncated": True,
        "note": NEWSCAST_NOTE + ". Cut by the store inside a Ban Ki-moon quotation; kept up to the "
                "last complete sentence before it. The correspondent's report is printed between "
                "quotation marks (script convention); that wrapper is not a quote, the quotation "
                "inside it is.",
        "text": """
From Washington, this is VOA News.
I’m Steve Karesh reporting.
U.S. President Barack Obama says if the conflicting parties in Syria halt all violence as agreed, it could be a first step toward ending the chaos.
VOA's Zlatica Hoke has more.
“President Obama said a cessation of hostilities in Syria is scheduled to start Friday at midnight, but acknowledged that even under the best of circumstances, all violence is not expected to end immediately.
‘Everybody knows what needs to happen, and that is all parties that are part of this cessation of activities need to end attacks, including aerial bombardment. Humanitarian aid must be allowed to reach areas under siege. And a lot of that is going to depend on whether the Syrian regime, Russia and their allies live up to their commitments.’
Obama said the fight to destroy Islamic State will take time, but he said concerted coalition efforts have weakened the group substantially in the past year.
Zlatica Hoke, VOA News, Washington.”
U.N. Secretary-General Ban Ki-moon is calling for an end to the violence in South Sudan, telling the country's president the government must step in and protect the people.
""",
        "quotes": [
            ("indirect", "if the conflicting parties in Syria halt all violence as agreed, it could be a first step toward ending the chaos",
             "says", "U.S. President Barack Obama", "Barack Obama", "USA", "name"),
            ("indirect", "a cessation of hostilities in Syria is scheduled to start Friday at midnight", "said",
             "President Obama", "Barack Obama", "USA", "name"),
            ("indirect", "even under the best of circumstances, all violence is not expected to end immediately",
             "acknowledged", "President Obama", "Barack Obama", "USA", "name"),
            ("direct", "Everybody knows what needs to happen<<>>live up to their commitments.", None,
             "President Obama", "Barack Obama", "USA", "name"),
            ("indirect", "the fight to destroy Islamic State will take time", "said", "Obama",
             "Barack Obama", "USA", "name"),
            ("indirect", "concerted coalition efforts have weakened the group substantially in the past year",
             "said", "he", "Barack Obama", "USA", "pronoun"),
            ("indirect", "the government must step in and protect the people", "telling",
             "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", "name"),
        ],
    },
    {
        "id": "q4-03",
        "url": LE + "english-newscast-for-april-20/3294158.html",
        "title": "1600 UTC Hourly Newscast for April 20, 2016",
        "published": "2016-04-20",
        "truncated": False,
        "note": NEWSCAST_NOTE + ", the link pointer 'You can read more details on the president’s "
                "visit at' (its link text is missing on the page) and the glossary 'Words in This "
                "Newscast' (cut by the store). The newscast itself is whole. The two sound bites "
                "stand alone after the sentence naming their speaker.",
        "text": """
From Washington, this is VOA News.
I’m Frances Alonzo reporting.
U.S. President Barack Obama is in Saudi Arabia's capital, Riyadh, Wednesday. He is there for a summit meeting with King Salman and his fellow Gulf Arab leaders.
During his two-day visit at the gulf summit Thursday will include leaders from Kuwait, Qatar, Bahrain, the United Arab Emirates and Oman.
During a photo op earlier today, President Obama personally thanked the Saudi King for hosting the summit...
“The American people send their greetings, and we’re very grateful for your hospitality, and not just for this meeting, but also for hosting the GCC-U.S. summit…”
The President hopes to focus discussions on the fight against jihadist groups and efforts to end wars in Syria and Yemen.
Meanwhile, U.S. Defense Secretary Ash Carter and his Gulf Arab counterparts did meet in Riyadh Wednesday to discuss ways to counter Iranian influence and fight the Islamic State group.
Secretary Carter spoke at a news conference afterwards.
“We have made important strides in providing the GCC nations with critical defense equipment -- over $33-billion worth since last May, including over 66,000 precision-guided munitions to support urgent GCC operational requirements, such as the counter ISIL campaign.”
The UN refugee agency said Wednesday that it feared around 500 migrants from Africa had drowned in the Mediterranean after witnesses said their overcrowded boat sank.
The UNHCR spokeswoman said in a statement that survivors from Somalia, Sudan, Ethiopia and Egypt were rescued from a small boat.
This is VOA News.
""",
        "quotes": [
            ("direct", "The American people send their greetings<<>>GCC-U.S. summit…", None,
             "President Obama", "Barack Obama", "USA", "name"),
            ("direct", "We have made important strides<<>>counter ISIL campaign.", "spoke at a news conference",
             "Secretary Carter", "Ash Carter", "USA", "name"),
            ("indirect", "it feared around 500 migrants<<>>their overcrowded boat sank", "said",
             "The UN refugee agency", "United Nations refugee agency", "UNO", "organisation"),
            ("indirect", "survivors from Somalia, Sudan, Ethiopia and Egypt were rescued from a small boat",
             "said", "The UNHCR spokeswoman", "UNHCR spokeswoman", "UNO", "nominal"),
        ],
    },
    {
        "id": "q4-04",
        "url": LE + "3004636.html",
        "title": "VOA English Newscast 2000 UTC",
        "published": "2015-10-13",
        "truncated": True,
        "note": NEWSCAST_NOTE + ". Cut by the store at the start of the next item; kept up to the "
                "last complete sentence. published: the day of the press conference in the photo "
                "caption (the newscast says 'Tuesday').",
        "text": """
From Washington, this is VOA News.
I'm Dave DeForest reporting a Dutch-led panel releases its findings:
The investigation into the crash of Malaysia Airlines flight MH17 over eastern Ukraine finds the plane was shot down by surface to air missile fired from a Russian-made missile launcher.
Dutch officials announced their findings Tuesday with a partially reconstructed portion of the plane looming in the background. The chairman of the Dutch Safety Board said the plane was hit on the left side by shrapnel from the detonation of a missile fired from the ground. He said the plane broke up immediately, while still in the air.
Militants fired rockets at Russia's embassy in Damascus on Tuesday. Russian Foreign Minister Sergei Lavrov called the attack an "act or terror" meant to intimidate those who support the fight against the Islamic State group.
Iran's parliament passed a bill Tuesday approving the country's nuclear agreement with a group of other nations. The state-run IRNA news agency said lawmakers voted 161 to 59 against the bill with 13 abstentions.
Iran and the group that includes the United States, Britain, China, France, Russia and Germany reached the agreement in July after long-running negotiations.
European Union observers say that despite logistical problems, Guinea's presidential election on Sunday appeared to be free and fair. The comments Tuesday from the E-U observer team and its chief, Frank Engel, are at odds with opposition candidates who say the election was rigged in favor of President Alpha Conde and should be annulled.
""",
        "quotes": [
            ("indirect", "the plane was shot down by surface to air missile fired from a Russian-made missile launcher",
             "finds", "The investigation", "Dutch Safety Board", "NLD", "organisation"),
            ("indirect", "the plane was hit on the left side<<>>fired from the ground", "said",
             "The chairman of the Dutch Safety Board", "chairman of the Dutch Safety Board", "NLD", "nominal"),
            ("indirect", "the plane broke up immediately, while still in the air", "said", "He",
             "chairman of the Dutch Safety Board", "NLD", "pronoun"),
            ("partial", "act or terror", "called", "Russian Foreign Minister Sergei Lavrov",
             "Sergei Lavrov", "RUS", "name"),
            ("indirect", "lawmakers voted 161 to 59 against the bill with 13 abstentions", "said",
             "The state-run IRNA news agency", "IRNA news agency", "IRN", "organisation"),
            ("indirect", "despite logistical problems, Guinea's presidential election on Sunday appeared to be free and fair",
             "say", "European Union observers", "European Union observers", "EUR", "nominal"),
            ("indirect", "the election was rigged in favor of President Alpha Conde and should be annulled",
             "say", "opposition candidates", "opposition candidates", "GIN", "nominal"),
        ],
    },
    {
        "id": "q4-05",
        "url": LE + "hourly-newscast-english-may-2-2016/3312332.html",
        "title": "2100 UTC Hourly Newscast for May 2, 2016",
        "published": "2016-05-02",
        "truncated": True,
        "note": NEWSCAST_NOTE + ". Cut by the store inside the next item; kept up to the last "
                "complete sentence. The Kerry sound bite stands alone (cue null); the Greenpeace "
                "bite follows a name/title line ending in a colon (cue null).",
        "text": """
From Washington, this is VOA news…
I'm Dave DeForest reporting
U.S. Secretary of State John Kerry wraps up a visit to Geneva.
Kerry said the United States and its partners are discussing "several proposals" to stop the violence in Syria. He did not say what the proposals are.
“And now we are very much working and focused on the question of restoring the cessation of hostilities to the remaining periods where it’s been disturbed but particularly to Aleppo.”
News agencies quoted U.S. officials who requested anonymity as saying the United States is considering mapping out "safe zones" that would provide refuge for civilians and members of the moderate opposition.
There was a tense calm Monday in Baghdad. Protesters who stormed into the International Zone on Saturday largely toned down their demonstration and drifted out to celebrate a Shi'ite religious festival.
Protest leader Muqtada al-Sadr vowed he would return Friday to call for either a change in the government or new elections.
The activist group Greenpeace has leaked classified documents about the trade agreement being negotiated between the United States and the European Union. Greenpeace says the documents show corporate interests are being given preference over environmental and consumer safety concerns.
Jorgo Riss is the Greenpeace European Unit Director:
“Our initial assessment from these chapters is that the EU in relation to environmental protection, public health, product standards, that are relevant for consumers, has a fairly bad position and the United States is much worse.”
The activist group released the documents in Berlin.
""",
        "quotes": [
            ("indirect", 'the United States and its partners are discussing "several proposals" to stop the violence in Syria',
             "said", "Kerry", "John Kerry", "USA", "name"),
            ("partial", "several proposals", "said", "Kerry", "John Kerry", "USA", "name"),
            ("direct", "And now we are very much working<<>>particularly to Aleppo.", None, "He",
             "John Kerry", "USA", "pronoun"),
            ("indirect", 'the United States is considering mapping out "safe zones"<<>>the moderate opposition',
             "saying", "U.S. officials", "U.S. officials", "USA", "nominal"),
            ("partial", "safe zones", "saying", "U.S. officials", "U.S. officials", "USA", "nominal"),
            ("indirect", "he would return Friday to call for either a change in the government or new elections",
             "vowed", "Protest leader Muqtada al-Sadr", "Muqtada al-Sadr", "IRQ", "name"),
            ("indirect", "the documents show corporate interests are being given preference over environmental and consumer safety concerns",
             "says", "Greenpeace", "Greenpeace", "NGO", "organisation"),
            ("direct", "Our initial assessment from these chapters<<>>the United States is much worse.", None,
             "Jorgo Riss", "Jorgo Riss", "NGO", "name"),
        ],
    },
    {
        "id": "q4-06",
        "url": LE + "english-newscast-for-october-4/3536162.html",
        "title": "1300 UTC Newscast for October 4, 2016",
        "published": "2016-10-04",
        "truncated": True,
        "note": NEWSCAST_NOTE + ". Cut by the store inside the hurricane item; kept up to the last "
                "complete paragraph. The correspondent's report between quotation marks is not a "
                "quote; the single-quoted bite inside it is. The page's mixed quotation marks are kept.",
        "text": """
From Washington, this is VOA News.
I’m Frances Alonzo reporting.
U.S. Secretary of State John Kerry criticized Russia Tuesday for its "irresponsible and profoundly ill-advised decision" to back Syrian President Bashar al-Assad. He said efforts to end the war in Syria must continue in spite of the U.S. decision to break off talks with Moscow.
Kerry said "I want to be clear that we are not giving up on the Syrian people and we are not abandoning the pursuit of peace.” He made the comments in a speech in Brussels.
“We will continue to pursue meaningful, sustainable, enforceable cessation of hostilities throughout the country,” and that includes the grounding of Syrian and Russian combat aircraft.
The Nobel Prize in Physics has been awarded Tuesday to three United States university professors for their work on exotic states of matter.
VOA's Jeff Custer reports.
"Research conducted by the three British-born scientists, David J. Thouless, F. Duncan Haldane, and J. Michael Kosterlitz, brought forth a new and totally unexpected understanding of the way solid materials behave.
Acting chairman of the Nobel Committee for the prize in physics, Nils Martenson, explained the importance of the work the three scientists have done:
‘This year's Nobel Laureate have in their theoretical work discovered a set of totally unexpected regularities in the behavior of matter.’
Thouless is an emeritus professor at the University of Washington, Haldane is a professor of physics at Princeton University and Kosterlitz is a professor of physics at Brown University.
Jeff Custer, VOA News, Washington”
""",
        "quotes": [
            ("partial", "irresponsible and profoundly ill-advised decision", "criticized",
             "U.S. Secretary of State John Kerry", "John Kerry", "USA", "name"),
            ("indirect", "efforts to end the war in Syria must continue<<>>break off talks with Moscow",
             "said", "He", "John Kerry", "USA", "pronoun"),
            ("direct", "I want to be clear<<>>the pursuit of peace.", "said", "Kerry", "John Kerry",
             "USA", "name"),
            ("direct", "We will continue to pursue meaningful, sustainable, enforceable cessation of hostilities throughout the country",
             None, "He", "John Kerry", "USA", "pronoun"),
            ("direct", "This year's Nobel Laureate<<>>in the behavior of matter.", "explained",
             "Nils Martenson", "Nils Martenson", "SWE", "name"),
        ],
    },
    {
        "id": "q4-07",
        "url": LE + "english-newscast-for-october-12/3547233.html",
        "title": "1200 UTC Newscast for October 12, 2016",
        "published": "2016-10-12",
        "truncated": True,
        "note": NEWSCAST_NOTE + ". Cut by the store inside the Samsung item; kept up to the last "
                "complete sentence. The correspondent's report between quotation marks is not a quote.",
        "text": """
From Washington, this is VOA News.
I’m Frances Alonzo reporting.
Pope Francis has called for an immediate ceasefire in war-torn Syria.
And as VOA's Jeff Custer reports, previous international efforts to establish a ceasefire have quickly eroded throughout the country's conflict that has stretched on for more than five years.
“The Pope addressed the ongoing conflict during his weekly general audience at the Vatican Wednesday. He said a halt in fighting should be put in place long enough for civilians, particularly children, to escape areas subject to bombings. The most recent attempt at a ceasefire was a short-lived, U.S.-Russian-brokered deal focusing on the battered, northern city of Aleppo.
Monitors said Tuesday Russian jets resumed heavy bombing in rebel-held, eastern districts of Aleppo, killing more than 20 people.
Jeff Custer, VOA News, Washington.”
Twelve people have died in Myanmar's Rakhine state in recent clashes between armed troops and men, according to state media Wednesday. It’s a growing challenge for the country's new democratically elected government.
Four soldiers and one attacker were killed on Tuesday when hundreds of men, wielding pistols and swords, attacked troops.
Hong Kong rebel lawmakers swore, shouted, banged drums and rallied against "tyranny" Wednesday. It happened when they took their oaths of office in the city's parliament, as they call for a split from Beijing.
Samsung Electronics Wednesday slashed its latest quarterly profit estimate by one-third.
""",
        "quotes": [
            ("indirect", "previous international efforts to establish a ceasefire<<>>for more than five years",
             "reports", "VOA's Jeff Custer", "Jeff Custer", "USA", "name"),
            ("indirect", "a halt in fighting should be put in place<<>>areas subject to bombings", "said",
             "He", "Pope Francis", "VAT", "pronoun"),
            ("indirect", "Russian jets resumed heavy bombing in rebel-held, eastern districts of Aleppo, killing more than 20 people",
             "said", "Monitors", "Monitors", None, "nominal"),
            ("indirect", "Twelve people have died in Myanmar's Rakhine state in recent clashes between armed troops and men",
             "according to", "state media", "state media", "MMR", "organisation"),
            ("partial", "tyranny", "rallied against", "Hong Kong rebel lawmakers",
             "Hong Kong rebel lawmakers", "HKG", "nominal"),
        ],
    },
    {
        "id": "q4-08",
        "url": LE + "hourly-english-newscast/3322141.html",
        "title": "1900 UTC Hourly Newscast in English",
        "published": None,
        "truncated": False,
        "note": NEWSCAST_NOTE + " and the closing appeal 'We want to hear from you. Write to us in "
                "the Comments Section.' Whole. \"El Chapo\" is a nickname, not a quote.",
        "text": """
From Washington, this is VOA News.
I’m Dave DeForest reporting.
Brazil's political crisis deepens: The speaker of the lower house of Congress invalidated a vote last month that would launch an impeachment of President Dilma Rousseff.
Interim Speaker Waldir Maranhao said the new vote would be taken on whether to impeach the 68-year-old leader. It is not clear why he annulled the earlier vote.
A Mexican judge has ruled that drug kingpin Joaquin "El Chapo" Guzman can be extradited to face charges in the United States.
Mexico's federal court authority announced the approval of the extradition request Monday, but the final decision lies with the foreign ministry.
Guzman's lawyers can appeal the decision.
A British reporter was ordered by state authorities to leave North Korea. Rupert Wingfield-Hayes, along with his producer and cameraman, were detained Friday at the Pyongyang airport as they tried to leave the country.
The BBC says Wingfield-Hayes had recently been detained for allegedly "insulting the dignity" of the country in the run-up to the recent party congress.
An alliance backing mainstream candidates is claiming victory in Lebanon's first round of local elections. Members of the Beirut list, an alliance backed by former prime minister Saad Hariri and other senior politicians, announced they had won all 24 seats in the Beirut municipality.
Municipal elections were held in Beirut and the eastern Bekaa Valley.
Sunday's elections were the first in Lebanon since 2010. The government has postponed parliamentary elections, citing security concerns linked to the conflict in neighboring Syria. Three other rounds of voting will take place in other parts of the country in the coming weeks.
This is VOA News.
""",
        "quotes": [
            ("indirect", "the new vote would be taken on whether to impeach the 68-year-old leader", "said",
             "Interim Speaker Waldir Maranhao", "Waldir Maranhao", "BRA", "name"),
            ("indirect", 'drug kingpin Joaquin "El Chapo" Guzman can be extradited to face charges in the United States',
             "ruled", "A Mexican judge", "Mexican judge", "MEX", "nominal"),
            ("indirect", 'Wingfield-Hayes had recently been detained for allegedly "insulting the dignity"<<>>the recent party congress',
             "says", "The BBC", "BBC", "GBR", "organisation"),
            ("partial", "insulting the dignity", "says", "The BBC", "BBC", "GBR", "organisation"),
            ("indirect", "they had won all 24 seats in the Beirut municipality", "announced",
             "Members of the Beirut list", "Members of the Beirut list", "LBN", "nominal"),
        ],
    },
    {
        "id": "q4-09",
        "url": LE + "voa-newscast-april-18/3290573.html",
        "title": "1400 UTC Hourly Newscast for Monday, April 18",
        "published": "2016-04-18",
        "truncated": True,
        "note": NEWSCAST_NOTE + " (caption and its label '1400 UTC Hourly Newscast'). Cut by the "
                "store inside the Xie Xiaoyan quotation, which is left out; kept up to the last "
                "complete sentence. The Babb sound bite follows a sentence ending in a colon (cue "
                "null); the Carter remark reported inside it ('as Secretary Carter has put it') is "
                "part of Babb's quotation and not annotated separately. published: the photo caption.",
        "text": """
From Washington, this is VOA News.
I’m Joe Palka reporting.
Defense Secretary lands in Iraq…
U.S. defense chief Ash Carter has arrived in Iraq for talks with his commanders and Iraqi leaders about ways the U.S. can ramp-up the fight against Islamic State militants in Iraq and Syria.
The visit comes as Washington considers an increase in the number of American troops in Iraq. VOA spoke with correspondent Carla Babb, who is with the Secretary, with regard to his options in helping local troops:
“Because more U.S. troops on the ground is going to be a very sensitive thing for the Iraqis. The Iraqis take pride in doing this fight themselves. They do not want to have a lot of Americans on the ground. President (Barack) Obama does not want to have a lot of Americans on the ground either because, as Secretary Carter has put it, this is not about U.S. troops substituting for local forces. Everything that is being done here by the United States is to enable those local forces to push the Islamic State out."
A collection of Syrian rebel groups said today (Monday) they were launching a "battle" in response to pro-government violations of a cessation of hostilities agreement that has been in place since late February.
But both sides have accused the other of repeated violations during the past two months.
In the meantime, in Switzerland, United Nations Special Envoy for Syria Staffan de Mistura greeting China's Special Envoy, Xie Xiaoyan, for another day of talks.
This is Xie Xiaoyan.
""",
        "quotes": [
            ("direct", "Because more U.S. troops on the ground<<>>push the Islamic State out.", None,
             "correspondent Carla Babb", "Carla Babb", "USA", "name"),
            ("indirect", 'they were launching a "battle"<<>>in place since late February', "said",
             "A collection of Syrian rebel groups", "collection of Syrian rebel groups", "SYR", "nominal"),
            ("partial", "battle", "said", "A collection of Syrian rebel groups",
             "collection of Syrian rebel groups", "SYR", "nominal"),
        ],
    },
    {
        "id": "q4-10",
        "url": LE + "voa-newscast-1400-march-17-2016/3242086.html",
        "title": "VOA English Newscast: 1400 UTC March 17, 2016",
        "published": "2016-03-17",
        "truncated": False,
        "note": NEWSCAST_NOTE + " and the glossary 'Words in This Newscast' (cut by the store). "
                "The newscast itself is whole.",
        "text": """
From Washington, this is VOA News.
I’m Frances Alonzo reporting.
The number of people killed in airstrikes by a Saudi-led coalition on a market in northern Yemen’s Hajja province Tuesday has risen to 119, according to a U.N. agency.
The strikes saw 119 killed, including up to 22 children, and 47 injured, according to the UNICEF children agency in a statement. Meanwhile, local health officials had previously reported 41 people killed.
EU leaders are expected to seal a final deal with Turkey on migrants at a two-day summit in Brussels Thursday and Friday.
On the agenda is a controversial plan to send tens of thousands of migrants back to Turkey to relieve the strain on resources of countries on the eastern edge of the European Union.
For every undocumented migrant that Turkey accepts, the EU says it will accept one Syrian refugee from Turkey. The EU says it will take up to a total of about 70,000 refugees, who will be resettled in Europe in a process overseen by the United Nations refugee agency.
Two Palestinians stabbed an Israeli soldier near a group of Jewish settlements in the occupied West Bank Thursday before being shot dead. That is according to the army.
The incident occurred at the Ariel junction in the West Bank. The female soldier was being taken to hospital, while the two assailants were shot by forces at the scene.
South Africa's sports minister has denied Thursday that bribes were paid to win the right to host the 2010 World Cup. It comes as FIFA seeks to claw back money from officials facing graft charges in the United States.
Football's world governing body this week issued a wide-ranging acknowledgement of what it called "brazen corruption."
VOA News.
""",
        "quotes": [
            ("indirect", "The number of people killed in airstrikes<<>>has risen to 119", "according to",
             "a U.N. agency", "UNICEF", "UNO", "organisation"),
            ("indirect", "The strikes saw 119 killed, including up to 22 children, and 47 injured",
             "according to", "the UNICEF children agency", "UNICEF", "UNO", "organisation"),
            ("indirect", "it will accept one Syrian refugee from Turkey", "says", "the EU",
             "European Union", "EUR", "organisation"),
            ("indirect", "it will take up to a total of about 70,000 refugees<<>>the United Nations refugee agency",
             "says", "The EU", "European Union", "EUR", "organisation"),
            ("indirect", "Two Palestinians stabbed an Israeli soldier<<>>before being shot dead",
             "according to", "the army", "army", "ISR", "organisation"),
            ("indirect", "bribes were paid to win the right to host the 2010 World Cup", "denied",
             "South Africa's sports minister", "South Africa's sports minister", "ZAF", "nominal"),
            ("partial", "brazen corruption", "called", "it", "FIFA", "NGO", "pronoun"),
        ],
    },
    {
        "id": "q4-11",
        "url": LE + "voa-english-newscast-1400-utc-march-18-2016/3244713.html",
        "title": "VOA English Newscast: 1400 UTC March 18, 2016",
        "published": "2016-03-18",
        "truncated": False,
        "note": NEWSCAST_NOTE + " and the glossary 'Words in This Newscast' (cut by the store). "
                "The newscast itself is whole. The first sentence is attributed by the next one "
                "('made the statement'); the Davutoglu bite stands alone after 'He made the comments'.",
        "text": """
From Washington, this is VOA News.
I’m Steve Karesh reporting.
Three policemen have been killed in an attack on security forces in Niger, near the border with Nigeria, Burkina Faso and Mali.
Niger's Ministry of Defense made the statement on public TV on Thursday.
In an earlier attack, three members of Niger's defense forces were wounded and five suicide bombers were killed on Wednesday in an ambush in the Diffa region that authorities have blamed on Boko Haram.
The attacks come just before Niger voters go to the polls on Sunday for a presidential runoff.
Turkish Prime Minister Ahmet Davutoglu says the "tide of migrants" seeking refuge in Turkey and the European Union is not an issue for bargaining, but an issue of humanitarian values.
He made the comments Friday before sitting down with European Union leaders to work out a deal for transferring tens of thousands of migrants from the EU to Turkey.
"For us, for Turkey the refugee issue is not an issue of bargaining, but an issue of value -- humanitarian values as well as European values. Turkey has received 2.7 million refugees without any significant assistance from anybody."
In a deal met with criticism by human rights advocates, the EU is expected to promise Turkey limited visa-free travel and an accelerated path to EU membership.
A U.S. military spokesman is dismissing Taliban claims that they shot down a NATO aircraft. The spokesman said that a helicopter made a 'hard landing' in southern Afghanistan on Friday. All personnel on board were recovered with no casualties. He later added that the incident is under investigation.
It happened in the restive Helmand province, where hundreds of U.S. troops have recently arrived.
This is VOA.
""",
        "quotes": [
            ("indirect", "Three policemen have been killed in an attack on security forces in Niger, near the border with Nigeria, Burkina Faso and Mali",
             "made the statement", "Niger's Ministry of Defense", "Niger's Ministry of Defense", "NER",
             "organisation"),
            ("indirect", 'the "tide of migrants" seeking refuge<<>>an issue of humanitarian values', "says",
             "Turkish Prime Minister Ahmet Davutoglu", "Ahmet Davutoglu", "TUR", "name"),
            ("partial", "tide of migrants", "says", "Turkish Prime Minister Ahmet Davutoglu",
             "Ahmet Davutoglu", "TUR", "name"),
            ("direct", "For us, for Turkey the refugee issue<<>>without any significant assistance from anybody.",
             None, "He", "Ahmet Davutoglu", "TUR", "pronoun"),
            ("indirect", "a helicopter made a 'hard landing' in southern Afghanistan on Friday", "said",
             "The spokesman", "U.S. military spokesman", "USA", "nominal"),
            ("partial", "hard landing", "said", "The spokesman", "U.S. military spokesman", "USA", "nominal"),
            ("indirect", "the incident is under investigation", "added", "He", "U.S. military spokesman",
             "USA", "pronoun"),
        ],
    },
    {
        "id": "q4-12",
        "url": LE + "3232389.html",
        "title": "VOA English Newscast 1500 UTC March 11, 2016",
        "published": "2016-03-11",
        "truncated": False,
        "note": NEWSCAST_NOTE + " and the glossary 'Words in This Newscast' (cut by the store). "
                "The newscast itself is whole. The page lacks the opening quotation mark before "
                "'decisive and bold action\"'; only the indirect clause is annotated there.",
        "text": """
From Washington, this is VOA News.
I’m Steve Karesh reporting.
Angolan President Jose Eduardo dos Santos, one of Africa's longest-ruling leaders, said Friday he will quit politics in 2018 following the end of his current term.
However, his term ends in September 2017. He did not explain why he would leave the year after, nor his reason for retiring.
The 73-year-old Dos Santos has led Angola since 1979. He is Africa's second longest ruling leader.
Critics accuse dos Santos of using the country's oil wealth to amass huge fortunes for himself, his allies and his family.
United Nations Secretary General Ban Ki-moon says decisive and bold action" is necessary to end sexual abuse and exploitation by U.N. peacekeepers.
Speaking to the Security Council Thursday, Mr. Ban said that the allegations this past year erode(s) trust in the UN.
"It undermines the trust between the United Nations and its beneficiaries, betrays the values and principles that the UN purports to advance, and tarnishes the credibility of United Nations peacekeeping operations and the United Nations as a whole."
The Secretary-General has proposed new initiatives to strengthen the U.N.'s response, including assisting victims and improving accountability for perpetrators.
In Myanmar, retired bureaucrat Htin Kyaw is predicted to win parliamentary election to become President.
He was confirmed Friday as the nominee of Myanmar's National League for Democracy (the NLD), and is a close aide to party leader Aung San Suu Kyi and is expected to govern on her behalf.
A relative unknown outside of politics, Aung San Suu Kyi's proxy for the presidency, is well known in the NLD inner circle.
This is VOA News.
""",
        "quotes": [
            ("indirect", "he will quit politics in 2018 following the end of his current term", "said",
             "Angolan President Jose Eduardo dos Santos", "Jose Eduardo dos Santos", "AGO", "name"),
            ("indirect", 'decisive and bold action" is necessary to end sexual abuse and exploitation by U.N. peacekeepers',
             "says", "United Nations Secretary General Ban Ki-moon", "Ban Ki-moon", "UNO", "name"),
            ("indirect", "the allegations this past year erode(s) trust in the UN", "said", "Mr. Ban",
             "Ban Ki-moon", "UNO", "name"),
            ("direct", "It undermines the trust<<>>the United Nations as a whole.", None, "Mr. Ban",
             "Ban Ki-moon", "UNO", "name"),
        ],
    },
    {
        "id": "q4-13",
        "url": "https://www.voanews.com/a/latest-developments-in-ukraine-dec-26/6891528.html",
        "title": "Latest Developments in Ukraine: Dec. 26",
        "published": "2022-12-26",
        "truncated": True,
        "note": UA_NOTE + ". Cut by the store inside the 9:32 p.m. item; kept up to the last complete "
                "sentence. 'Zelenskiy' (page spelling) is Volodymyr Zelenskyy. An agency credit "
                "after a clause that already has its own speaker ('X said Y, Reuters reported') is "
                "not annotated separately.",
        "text": """
The latest developments in Russia’s war on Ukraine. All times EST.
11:10 p.m.: Ukrainian President Volodymyr Zelenskyy said on Monday that the situation at the front in the Donbas region was "difficult and painful" and required all of the country's "strength and concentration," Reuters reported.
"First of all, matters at the front. Bakhmut, Kreminna and other areas in Donbas, which require a maximum of strength and concentration." Zelenskiy said in his nightly video address.
"The situation there is difficult and painful. The occupiers are deploying all resources available to them — and these are considerable resources — to make some sort of advance."
10:10 p.m.: As Christmas Day approached, the team of one popular restaurant in the heart of Kyiv was running against the clock to bake a large batch of Christmas cakes. The cakes weren’t for sale, though, The Kyiv Independent reports:
9:32 p.m.: Just weeks after Russian President Vladimir Putin launched his country's unprovoked full invasion of Ukraine on February 24, Ukrainian President Volodymyr Zelenskyy, who has proven a master of messaging, bluntly told the Kremlin it would have to "learn the words 'reparations' and 'contributions,'" Radio Free Europe/Radio Liberty reported.
""",
        "quotes": [
            ("indirect", 'the situation at the front in the Donbas region was "difficult and painful"<<>>concentration,"',
             "said", "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("partial", "difficult and painful", "said", "Ukrainian President Volodymyr Zelenskyy",
             "Volodymyr Zelenskyy", "UKR", "name"),
            ("partial", "strength and concentration", "said", "Ukrainian President Volodymyr Zelenskyy",
             "Volodymyr Zelenskyy", "UKR", "name"),
            ("direct", "First of all, matters at the front.<<>>a maximum of strength and concentration.", "said",
             "Zelenskiy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("direct", "The situation there is difficult and painful.<<>>to make some sort of advance.", None,
             "Zelenskiy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("indirect", "The cakes weren’t for sale, though", "reports", "The Kyiv Independent",
             "The Kyiv Independent", "UKR", "organisation"),
            ("indirect", "it would have to \"learn the words 'reparations' and 'contributions,'\"", "told",
             "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("partial", "learn the words 'reparations' and 'contributions", "told",
             "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
        ],
    },
    {
        "id": "q4-14",
        "url": UA + "june-21/6626072.html",
        "title": "Latest Developments in Ukraine: June 21",
        "published": "2022-06-21",
        "truncated": True,
        "note": UA_NOTE + ". Cut by the store inside the 10:45 p.m. item; kept up to the last "
                "complete sentence. The page's missing full stop after 'arms deliveries' is kept.",
        "text": """
The latest developments in the conflict between Russia and Ukraine. All times EDT:
11:30 p.m.: Recent fighting has favored Russia because of its huge edge in artillery firepower, a fact Ukrainian President Volodymyr Zelenskyy acknowledged in a late Tuesday night address, Reuters said.
"Thanks to tactical maneuvers, the Ukrainian army is strengthening its defenses in the Luhansk region," he said. "That is really the toughest spot. The occupiers are also pressing strongly in the direction of Donetsk."
Luhansk and Donetsk provinces combined are known as the Donbas, where Russian-backed separatists have been fighting Ukrainian forces since 2014 following Russia's annexation of Crimea from Ukraine.
"And just as actively as we are fighting for a positive decision by the European Union on Ukraine's candidate status, we are also fighting every day for modern weaponry for our country. We don't let up for a single day," Zelenskyy said, urging those nations supporting his country to speed up arms deliveries
10:45 p.m.: A court in Moscow on Tuesday extended the arrest of a municipal legislator charged with discrediting the country's military after his criticism of Russia's military action in Ukraine, The Associated Press reported.
Alexei Gorinov, a member of the municipal council of Moscow's Krasnoselsky District, has remained in jail since his arrest in April. He was accused of discrediting the country's military after speaking out against Russia's military action in Ukraine during the council's session in March.
""",
        "quotes": [
            ("indirect", "Recent fighting has favored Russia<<>>in a late Tuesday night address", "said",
             "Reuters", "Reuters", "GBR", "organisation"),
            ("direct", "Thanks to tactical maneuvers, the Ukrainian army is strengthening its defenses in the Luhansk region",
             "said", "he", "Volodymyr Zelenskyy", "UKR", "pronoun"),
            ("direct", "That is really the toughest spot. The occupiers are also pressing strongly in the direction of Donetsk.",
             "said", "he", "Volodymyr Zelenskyy", "UKR", "pronoun"),
            ("direct", "And just as actively as we are fighting<<>>We don't let up for a single day", "said",
             "Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("indirect", "A court in Moscow on Tuesday extended the arrest<<>>military action in Ukraine",
             "reported", "The Associated Press", "Associated Press", "USA", "organisation"),
        ],
    },
    {
        "id": "q4-15",
        "url": UA + "oct-23/6801577.html",
        "title": "Latest Developments in Ukraine: Oct. 23",
        "published": "2022-10-23",
        "truncated": True,
        "note": UA_NOTE + ", the empty time stamp '8:46 p.m.:' (an embedded post the store does "
                "not hold). Cut by the store inside the 8:08 p.m. item (a quotation whose speaker "
                "line is cut); kept up to the last complete sentence before it.",
        "text": """
The latest developments in Russia’s war on Ukraine. All times EDT.
10:30 p.m.: Olha Shevchenko was seven months pregnant when Russia launched its full-scale invasion of Ukraine on February 24. After her home in the village of Prudyanka was shelled that same morning, she fled to nearby Kharkiv and took refuge in a shelter beneath the factory where her husband works. Two months later, her baby boy, Zhenya, was born and he's been in the shelter his whole life. Radio Free Europe/Radio Liberty has this report.
10 p.m.: A lawmaker from Vladivostok who fled Russia after it invaded Ukraine has received asylum in the United States, Radio Free Europe/Radio Liberty reported.
Viktor Kamenshchikov, who represented the Communist Party in the city’s legislature, said in a social media post on October 22 that his request for political asylum has been approved and he has been released from detention.
“I am free, I have received asylum, and now I can be a full member of American society. Was it a long process? Yes, but I don't regret it at all,” he said in a Telegram post.
Kamenshchikov was detained by U.S. border officials in May as he tried to cross into the country from Mexico. Thousands of Russians have made the same trek since Russia launched a full-scale invasion of Ukraine on February 24.
8:08 p.m.: In Northern Ukraine, Chernihiv braces for a winter amid attacks on the energy grid by Russia, according to Radio Free Europe/Radio Liberty.
""",
        "quotes": [
            ("indirect", "A lawmaker from Vladivostok who fled Russia after it invaded Ukraine has received asylum in the United States",
             "reported", "Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty", "USA",
             "organisation"),
            ("indirect", "his request for political asylum has been approved and he has been released from detention",
             "said", "Viktor Kamenshchikov", "Viktor Kamenshchikov", "RUS", "name"),
            ("direct", "I am free, I have received asylum<<>>I don't regret it at all", "said", "he",
             "Viktor Kamenshchikov", "RUS", "pronoun"),
            ("indirect", "In Northern Ukraine, Chernihiv braces for a winter amid attacks on the energy grid by Russia",
             "according to", "Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty", "USA",
             "organisation"),
        ],
    },
    {
        "id": "q4-16",
        "url": UA + "oct-22/6800756.html",
        "title": "Latest Developments in Ukraine: Oct. 22",
        "published": "2022-10-22",
        "truncated": True,
        "note": UA_NOTE + ", the empty time stamp '10:28 p.m.:' (an embedded post the store does "
                "not hold). Cut by the store inside a name; kept up to the last complete sentence. "
                "'Ukraine's top diplomat' is Dmytro Kuleba, named in the next sentence.",
        "text": """
The latest developments in Russia’s war on Ukraine. All times EDT.
9:22 p.m.: Ukraine's state energy company responded to Saturday’s missile strikes by Russia on key energy infrastructure sites by announcing that rolling blackouts would be imposed in Kyiv and 10 Ukrainian regions in order to stabilize the situation, The Associated Press reported.
In a Facebook post Saturday, Ukrenergo accused Russia of attacking “energy facilities within the principal networks of the western regions of Ukraine." It claimed that the scale of destruction has been comparable to the fallout from Moscow's first coordinated attack on the Ukrainian energy grid, Oct. 10-12.
Both Ukrenergo and officials in Kyiv have been urging Ukrainians to conserve energy.
Earlier this week, President Volodymyr Zelenskyy called on consumers to curb their power use between 7 a.m. and 11 a.m. daily and avoid using energy-guzzling appliances such as electric heaters.
Over the past two weeks, Moscow has increased its attacks on key civilian infrastructure across Ukraine. Officials said about 40% of the country's electric power system has been severely damaged.
8:10 p.m.: The Ukrainian presidential office said in its Saturday statement that five explosive-laden drones were downed in the central Cherkasy region southeast of Kyiv, according to The Associated Press.
Ukraine's top diplomat said Saturday's attacks were proof that Ukraine needed new Western-reinforced air defense systems “without a minute of delay.”
“Air defense saves lives,” Dmytro Kuleba wrote on Twitter.
""",
        "quotes": [
            ("indirect", "rolling blackouts would be imposed in Kyiv and 10 Ukrainian regions in order to stabilize the situation",
             "announcing", "Ukraine's state energy company", "Ukrenergo", "UKR", "organisation"),
            ("partial", "energy facilities within the principal networks of the western regions of Ukraine",
             "accused", "Ukrenergo", "Ukrenergo", "UKR", "organisation"),
            ("indirect", "the scale of destruction has been comparable<<>>Oct. 10-12", "claimed", "It",
             "Ukrenergo", "UKR", "pronoun"),
            ("indirect", "about 40% of the country's electric power system has been severely damaged", "said",
             "Officials", "Officials", "UKR", "nominal"),
            ("indirect", "five explosive-laden drones were downed in the central Cherkasy region southeast of Kyiv",
             "said", "The Ukrainian presidential office", "Ukrainian presidential office", "UKR",
             "organisation"),
            ("indirect", "Saturday's attacks were proof<<>>without a minute of delay.”", "said",
             "Ukraine's top diplomat", "Dmytro Kuleba", "UKR", "nominal"),
            ("partial", "without a minute of delay", "said", "Ukraine's top diplomat", "Dmytro Kuleba",
             "UKR", "nominal"),
            ("direct", "Air defense saves lives", "wrote", "Dmytro Kuleba", "Dmytro Kuleba", "UKR", "name"),
        ],
    },
    {
        "id": "q4-17",
        "url": UA + "oct-14/6789491.html",
        "title": "Latest Developments in Ukraine: Oct. 14",
        "published": "2022-10-14",
        "truncated": True,
        "note": UA_NOTE + ". Cut by the store inside the last paragraph of the 10:01 p.m. item; kept "
                "up to the last complete sentence. 'Hodge' (page spelling) is Ben Hodges.",
        "text": """
The latest developments in Russia’s war on Ukraine. All times EDT.
3:15 p.m.: Ben Hodges, the former commanding general of the U.S. Army Europe, told the German newspaper Frankfurter Allgemeine he believes the Russian-occupied Crimean Peninsula could be liberated by summer, Al Jazeera reported.
“When I look at the situation, I see that the situation of the Russians is getting worse with every week,” Hodges said. “They say war is a test of will and logistics – and on both counts Ukraine is far superior.”
“The Russians have to lose [the war]; otherwise, they’ll try again in two or three years,” he added.
Hodge said he believes Moscow’s “one hope” is that the West will waver in its support for Ukraine.
10:01 p.m.: Some of oilfield service firm Schlumberger's more than 9,000 Russian employees have begun receiving military draft notices through work, Reuters reported, and the company is not authorizing remote employment to escape mobilization, according to people familiar with the matter and internal documents.
Schlumberger's cooperation with authorities by delivering the military call-ups and its refusal to allow Russian staff to work outside the country has caused a backlash, according to the sources. They view the actions as tacit support for the war in Ukraine by Schlumberger.
""",
        "quotes": [
            ("indirect", "he believes the Russian-occupied Crimean Peninsula could be liberated by summer", "told",
             "Ben Hodges", "Ben Hodges", "USA", "name"),
            ("direct", "When I look at the situation<<>>getting worse with every week", "said", "Hodges",
             "Ben Hodges", "USA", "name"),
            ("direct", "They say war is a test of will and logistics<<>>Ukraine is far superior.", "said",
             "Hodges", "Ben Hodges", "USA", "name"),
            ("direct", "The Russians have to lose [the war]; otherwise, they’ll try again in two or three years",
             "added", "he", "Ben Hodges", "USA", "pronoun"),
            ("indirect", "he believes Moscow’s “one hope” is that the West will waver in its support for Ukraine",
             "said", "Hodge", "Ben Hodges", "USA", "name"),
            ("partial", "one hope", "said", "Hodge", "Ben Hodges", "USA", "name"),
            ("indirect", "Some of oilfield service firm Schlumberger's<<>>through work", "reported",
             "Reuters", "Reuters", "GBR", "organisation"),
            ("indirect", "the company is not authorizing remote employment to escape mobilization",
             "according to", "people familiar with the matter and internal documents",
             "people familiar with the matter and internal documents", None, "nominal"),
            ("indirect", "Schlumberger's cooperation with authorities<<>>has caused a backlash",
             "according to", "the sources", "sources", None, "nominal"),
        ],
    },
    {
        "id": "q4-18",
        "url": UA + "oct-4/6774818.html",
        "title": "Latest Developments in Ukraine: Oct. 4",
        "published": "2022-10-04",
        "truncated": True,
        "note": UA_NOTE.replace(" (printed twice)", "") + ". Cut by the store inside the 11 p.m. "
                "item; kept up to the last complete paragraph. 'Ukraine's central bank chief' is "
                "Kyrylo Shevchenko, named in the next sentence.",
        "text": """
The latest developments in Russia’s war on Ukraine. All times EDT.
11:30 p.m.: Ukraine's central bank chief announced Tuesday he was stepping down for health reasons, more than seven months after the Russian invasion of the country, Agence France-Presse reported.
"I have submitted my resignation letter and asked the President of Ukraine to accept it," Ukraine National Bank governor Kyrylo Shevchenko said in a statement on his Facebook page.
Shevchenko, 49, said the difficult decision to step down was due to health-related issues that could no longer be ignored.
Any changes at the head of the central bank are closely followed by Ukraine's western allies, whose financial support has been key to propping up the country's economy even before the war.
Appointed in 2020 after his predecessor resigned citing political pressure, Shevchenko and the central bank have been key players in efforts to ensure the country's financial and economic stability after the Russian invasion in February.
"The war was yet another difficult test for our team and for me personally," Shevchenko said.
11 p.m.: The ruble weakened past 59 against the U.S. dollar on Tuesday and slumped against the euro, giving up most of the previous session's gains, as concerns over possible new sanctions against Moscow continued to buffet the Russian currency.
The ruble has experienced significant swings in recent sessions, hampered by limited liquidity and investors' concerns that any new sanctions over Russia's actions in Ukraine could restrict access to foreign currency in Moscow.
""",
        "quotes": [
            ("indirect", "he was stepping down for health reasons", "announced",
             "Ukraine's central bank chief", "Kyrylo Shevchenko", "UKR", "nominal"),
            ("direct", "I have submitted my resignation letter and asked the President of Ukraine to accept it",
             "said", "Ukraine National Bank governor Kyrylo Shevchenko", "Kyrylo Shevchenko", "UKR", "name"),
            ("indirect", "the difficult decision to step down was due to health-related issues that could no longer be ignored",
             "said", "Shevchenko", "Kyrylo Shevchenko", "UKR", "name"),
            ("direct", "The war was yet another difficult test for our team and for me personally", "said",
             "Shevchenko", "Kyrylo Shevchenko", "UKR", "name"),
        ],
    },
    {
        "id": "q4-19",
        "url": UA + "oct-10/6783022.html",
        "title": "Latest Developments in Ukraine: Oct. 10",
        "published": "2022-10-10",
        "truncated": True,
        "note": UA_NOTE + ". Cut by the store inside a Jaishankar quotation; its first complete "
                "sentence is kept and the quotation, never closed in the stored text, runs to the "
                "end of the text. It stands after the sentence naming Jaishankar (cue null).",
        "text": """
The latest developments in Russia’s war on Ukraine. All times EDT.
11 p.m.: The German government on Monday failed to approve a draft law to put on reserve two of the country's last nuclear power plants beyond their planned phase-out due to political disagreements, the Economy Ministry said, complicating Berlin's energy plans for the winter.
Germany had planned to complete a phase-out of nuclear power by the end of this year, but a collapse in energy supplies from Russia because of the war in Ukraine has prompted the government to keep two plants on standby until April.
But disagreements within the German cabinet could jeopardize the possible lifespan extension for the Isar II power plant, a spokesperson for the Economy Ministry told Reuters.
"This means that the tight schedule for the procedure cannot be kept," the spokesperson said, adding that the power plant operators were informed of the delay on Monday.
9:22 p.m.: India’s External Affairs Minister Subrahmanyam Jaishankar said Russia’s war on Ukraine “does not serve the interests of anybody,” but declined to say whether his government would support a United Nations General Assembly motion condemning Moscow’s annexation of Ukrainian territories, The Associated Press reported.
Jaishankar was speaking at a joint news conference Monday with Australian Foreign Minister Penny Wong after a bilateral meeting at Parliament House where the Ukraine war was discussed.
“We have been very clearly against the conflict in Ukraine.
""",
        "quotes": [
            ("indirect", "The German government on Monday failed to approve a draft law<<>>due to political disagreements",
             "said", "the Economy Ministry", "Economy Ministry", "DEU", "organisation"),
            ("indirect", "disagreements within the German cabinet could jeopardize the possible lifespan extension for the Isar II power plant",
             "told", "a spokesperson", "spokesperson for the Economy Ministry", "DEU", "nominal"),
            ("direct", "This means that the tight schedule for the procedure cannot be kept", "said",
             "the spokesperson", "spokesperson for the Economy Ministry", "DEU", "nominal"),
            ("indirect", "the power plant operators were informed of the delay on Monday", "adding",
             "the spokesperson", "spokesperson for the Economy Ministry", "DEU", "nominal"),
            ("indirect", "Russia’s war on Ukraine “does not serve the interests of anybody,”", "said",
             "India’s External Affairs Minister Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar",
             "IND", "name"),
            ("partial", "does not serve the interests of anybody", "said",
             "India’s External Affairs Minister Subrahmanyam Jaishankar", "Subrahmanyam Jaishankar",
             "IND", "name"),
            ("direct", "We have been very clearly against the conflict in Ukraine.", None, "Jaishankar",
             "Subrahmanyam Jaishankar", "IND", "name"),
        ],
    },
    {
        "id": "q4-20",
        "url": UA + "oct-2/6772232.html",
        "title": "Latest Developments in Ukraine: Oct. 2",
        "published": "2022-10-02",
        "truncated": True,
        "note": UA_NOTE.replace(" (printed twice)", "") + ", the empty time stamps '9:51 p.m.:' and "
                "'8:02 p.m.:' (embedded posts the store does not hold). Cut by the store inside the "
                "title of a linked story; kept up to the last complete sentence before it.",
        "text": """
The latest developments in Russia’s war on Ukraine. All times EDT.
11 p.m.: Russian state TV aired on Sunday footage of Russian troops and Ukrainian separatist forces preparing to hold the defensive line in the area of Lyman as the Ukrainian counter-offensive continues, The Associated Press reported.
"Right now, the personnel is digging in, equipping the firing positions, mining the area — routine work," said one anonymous commanding officer to RU-RTR.
Russia's military didn't comment on Sunday about Lyman after announcing on Saturday that it was withdrawing its forces from there to more favorable positions.
9:05 p.m.: Dozens of protesters marched on October 1 in the Serbian capital, Belgrade, in support of Ukraine after Russian President Vladimir Putin signed agreements to formally seize four Ukrainian territories partially occupied by Moscow, Radio Free Europe/Radio Liberty reported. The protest was organized by a Belgrade-based group called Russians, Ukrainians, Belarusians, and Serbs Together Against War.
7:35 p.m.: After Russian President Vladimir Putin announced a military mobilization on September 21 to bolster flagging Russian forces invading neighboring Ukraine, protests erupted in towns and cities around the country.
However, the North Caucasus region of Daghestan grabbed the spotlight with some of the fastest, largest, and most insistent protests.
"We will fight until the last breath," said one female protester in the settlement of Babayurt who asked that her name be withheld out of fear for her safety.
""",
        "quotes": [
            ("indirect", "Russian state TV aired on Sunday footage<<>>as the Ukrainian counter-offensive continues",
             "reported", "The Associated Press", "Associated Press", "USA", "organisation"),
            ("direct", "Right now, the personnel is digging in<<>>routine work", "said",
             "one anonymous commanding officer", "anonymous commanding officer", "RUS", "nominal"),
            ("indirect", "it was withdrawing its forces from there to more favorable positions", "announcing",
             "Russia's military", "Russia's military", "RUS", "organisation"),
            ("indirect", "Dozens of protesters marched on October 1<<>>partially occupied by Moscow", "reported",
             "Radio Free Europe/Radio Liberty", "Radio Free Europe/Radio Liberty", "USA", "organisation"),
            ("direct", "We will fight until the last breath", "said", "one female protester",
             "female protester in the settlement of Babayurt", "RUS", "nominal"),
        ],
    },
    {
        "id": "q4-21",
        "url": UA + "oct-24/6802535.html",
        "title": "Latest Developments in Ukraine: Oct. 24",
        "published": "2022-10-24",
        "truncated": True,
        "note": UA_NOTE + ", the empty time stamps '10 p.m.:', '9:42 p.m.:' and '8:03 p.m.:' "
                "(embedded posts the store does not hold). Cut by the store inside the 7:09 p.m. "
                "item; kept up to the last complete sentence. The page's missing full stop after "
                "'the Ukrainian foreign ministry said' is kept.",
        "text": """
The latest developments in Russia’s war on Ukraine. All times EDT.
11 p.m.: U.S. basketball star Brittney Griner "does not expect miracles" at her appeal hearing on Tuesday against a nine-year Russian jail term for having cannabis oil in her luggage, her lawyers said in a statement, according to Reuters.
The twice Olympic gold medalist was arrested on February 17 at a Moscow airport with vape cartridges containing cannabis oil, which is banned in Russia. She was sentenced on August 4 to nine years in a penal colony on charges of possessing and smuggling drugs.
Griner's lawyers, Maria Blagovolina and Alexander Boykov, said she would take part in Tuesday's hearing by video link from the detention center where she has been held, and that they expected a verdict the same day.
8:54 p.m.: Kyiv on Monday accused Russia of purposefully delaying the arrival from Turkey of more than 165 cargo ships heading to Ukrainian ports to be loaded with grain, Agence France-Presse reported.
Russia's inspectors "have been significantly prolonging the inspection of vessels... As a result, more than 165 vessels have been stuck in a queue near the Bosphorus Strait and this number continues to grow daily", the Ukrainian foreign ministry said
"We have reason to believe that the delays in Russia's inspections of the Grain Initiative's vessels are politically motivated," it added.
7:09 p.m.: A Ukrainian mortar team takes pride in accurate strikes, even at a distance and at night, aided by drones that provide the exact location of Russian troops and military equipment.
""",
        "quotes": [
            ("indirect", 'U.S. basketball star Brittney Griner "does not expect miracles"<<>>cannabis oil in her luggage',
             "said", "her lawyers", "Griner's lawyers", "RUS", "nominal"),
            ("partial", "does not expect miracles", "said", "her lawyers", "Griner's lawyers", "RUS", "nominal"),
            ("indirect", "she would take part in Tuesday's hearing<<>>a verdict the same day", "said",
             "Griner's lawyers", "Griner's lawyers", "RUS", "nominal"),
            ("indirect", "Kyiv on Monday accused Russia<<>>to be loaded with grain", "reported",
             "Agence France-Presse", "Agence France-Presse", "FRA", "organisation"),
            ("indirect", 'Russia\'s inspectors "have been significantly<<>>continues to grow daily"', "said",
             "the Ukrainian foreign ministry", "Ukrainian foreign ministry", "UKR", "organisation"),
            ("partial", "have been significantly prolonging<<>>continues to grow daily", "said",
             "the Ukrainian foreign ministry", "Ukrainian foreign ministry", "UKR", "organisation"),
            ("direct", "We have reason to believe<<>>are politically motivated", "added", "it",
             "Ukrainian foreign ministry", "UKR", "pronoun"),
        ],
    },
    {
        "id": "q4-22",
        "url": "https://voaafrica.com/a/7216635.html",
        "title": "WHO: Cholera Outbreaks on the Rise",
        "published": None,
        "truncated": False,
        "note": "Video page with a text summary. Removed: 'Accessibility links', 'Breaking News', the "
                "title line (printed twice), audio-player lines ('please wait', 'No media source "
                "currently available', timer, 'Direct link') and 'XS SM MD LG'. Whole.",
        "text": """
The World Health Organization says cholera outbreaks are on the rise globally this year, with the most affected region being Africa. WHO incident manager for Africa, Patrick Otim, told VOA's Carol Van Dam though the simultaneous outbreaks, which the health agency calls "very high" risk, there is some good news for some African countries in its latest report.
""",
        "quotes": [
            ("indirect", "cholera outbreaks are on the rise globally this year, with the most affected region being Africa",
             "says", "The World Health Organization", "World Health Organization", "UNO", "organisation"),
            ("indirect", 'though the simultaneous outbreaks<<>>in its latest report', "told", "Patrick Otim",
             "Patrick Otim", "UNO", "name"),
            ("partial", "very high", "calls", "the health agency", "World Health Organization", "UNO",
             "organisation"),
        ],
    },
    {
        "id": "q4-23",
        "url": "https://insidevoa.com/a/a-13-34-2010-05-03-ethiopia-statement-release-111612254/178382.html",
        "title": "VOA Addresses Ethiopia on World Press Freedom Day",
        "published": "2010-05-03",
        "truncated": False,
        "note": "VOA press page (insidevoa.com). Removed: 'Accessibility links', 'Breaking News', the "
                "title line, the closing boilerplate paragraphs ('The Voice of America, which first "
                "went on the air in 1942, ...' and 'For more information, call VOA Public "
                "Relations ...') and 'XS SM MD LG'. The deck line is kept. Whole.",
        "text": """
Open letter from VOA Director expresses opposition to all interference with 'free flow of news & information'
Washington, D.C., May 3, 2010 - The Voice of America (VOA) is expressing deep concern about the jamming of VOA broadcasts into Ethiopia and the blocking of VOA websites.
In an open letter to Ethiopian listeners issued on World Press Freedom Day, VOA Director Danforth Austin said, "we are opposed to all efforts to interfere with the free flow of news and information."
In addition to the jamming of shortwave broadcasts into Ethiopia, in recent weeks VOA websites have also been blocked.
Today's statement says VOA hopes to work with the Ethiopian Government to resolve the issues behind the jamming.
At the same time Austin says, "VOA has taken new steps to ensure the delivery of balanced and timely news reports to Ethiopia," including an electronic newsletter and "new and very clear" satellite audio transmissions at VOA 24 on Arabsat, and new shortwave frequencies.
"We are addressing our audience in new ways that did not exist when we began our shortwave radio broadcasts to Ethiopia 29 years ago," Austin said.
The full statement from the VOA Director is available on our website, www.VOANews.com, at http://bit.ly/VOAEthiopiaStatement.
""",
        "quotes": [
            ("partial", "free flow of news & information", "expresses", "VOA Director", "Danforth Austin",
             "USA", "nominal"),
            ("direct", "we are opposed to all efforts to interfere with the free flow of news and information.",
             "said", "VOA Director Danforth Austin", "Danforth Austin", "USA", "name"),
            ("indirect", "VOA hopes to work with the Ethiopian Government to resolve the issues behind the jamming",
             "says", "Today's statement", "Danforth Austin", "USA", "organisation"),
            ("direct", "VOA has taken new steps to ensure the delivery of balanced and timely news reports to Ethiopia",
             "says", "Austin", "Danforth Austin", "USA", "name"),
            ("partial", "new and very clear", "says", "Austin", "Danforth Austin", "USA", "name"),
            ("direct", "We are addressing our audience<<>>to Ethiopia 29 years ago", "said", "Austin",
             "Danforth Austin", "USA", "name"),
        ],
    },
    {
        "id": "q4-24",
        "url": "https://www.voanews.com/a/boko-haram-attacks-gombe-nigeria/2644033.html",
        "title": "Boko Haram Attacks Gombe, Nigeria",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', the title line and the photo "
                "caption at the cut. The subhead 'Chad attack' is kept. Cut by the store inside "
                "the caption; the story is kept up to the last complete sentence.",
        "text": """
The governor of Nigeria's Gombe state imposed a 24-hour curfew in response to a Boko Haram attack that sparked raging gunfire Saturday.
The governor's spokesman said that although the fighting was taking place in Gombe city, the curfew applied across the entire state, which shares the same name. He said residents were to remain indoors until further notice, as security forces tried to track down the gunmen and restore order.
There was no word on casualties.
Some reports said the siege was over, and that the gunmen had fled with the bodies of their dead and wounded.
Reports from the area said the militants circulated a letter warning residents not to come out for the upcoming general elections, which had been scheduled for Saturday but have been postponed six weeks because of security concerns.
In Saturday's letter, the militants promised to attack all polling centers during the elections. It called on Muslim residents to stay home for their own safety.
On Friday, Nigerian President Goodluck Jonathan told The Wall Street Journal that he had been asking the United States for more help to fight Boko Haram.
Jonathan told the newspaper that the militants were receiving training and funds from Islamic State, the jihadist group operating in Iraq and Syria. According to the article, he said the United States was a friend who is fighting the same Islamist forces and should aid Nigeria with combat troops.
Pentagon spokesman Rear Admiral John Kirby said there were no plans to unilaterally send U.S. troops to Nigeria. However, he said, discussion is beginning on formation of a multinational task force that the international community is working with certain African nations to establish.
Chad attack
On Friday, Boko Haram, for the first time carried out an attack in Chad, part of a widening insurgency that has now drawn in four countries.
""",
        "quotes": [
            ("indirect", "although the fighting was taking place in Gombe city<<>>shares the same name", "said",
             "The governor's spokesman", "governor's spokesman", "NGA", "nominal"),
            ("indirect", "residents were to remain indoors<<>>restore order", "said", "He",
             "governor's spokesman", "NGA", "pronoun"),
            ("indirect", "the siege was over, and that the gunmen had fled with the bodies of their dead and wounded",
             "said", "Some reports", "reports", None, "nominal"),
            ("indirect", "the militants circulated a letter<<>>because of security concerns", "said",
             "Reports", "Reports from the area", None, "nominal"),
            ("indirect", "he had been asking the United States for more help to fight Boko Haram", "told",
             "Nigerian President Goodluck Jonathan", "Goodluck Jonathan", "NGA", "name"),
            ("indirect", "the militants were receiving training and funds from Islamic State<<>>in Iraq and Syria",
             "told", "Jonathan", "Goodluck Jonathan", "NGA", "name"),
            ("indirect", "the United States was a friend<<>>aid Nigeria with combat troops", "said", "he",
             "Goodluck Jonathan", "NGA", "pronoun"),
            ("indirect", "there were no plans to unilaterally send U.S. troops to Nigeria", "said",
             "Pentagon spokesman Rear Admiral John Kirby", "John Kirby", "USA", "name"),
            ("indirect", "discussion is beginning on formation of a multinational task force<<>>to establish",
             "said", "he", "John Kirby", "USA", "pronoun"),
        ],
    },
    {
        "id": "q4-25",
        "url": "https://www.voanews.com/a/twin-car-bombs-kill-118-in-nigeria/1919051.html",
        "title": "New Attacks Reported in Nigeria",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', the title line, two photo captions "
                "(one printed twice) and the fact box 'Boko Haram' (a bulleted list). Cut by the "
                "store inside the last paragraph; kept up to the last complete sentence. 'an "
                "adviser to Nigerian President Goodluck Jonathan' is Reubin Abati, named in the "
                "cut sentence that follows.",
        "text": """
Suspected Islamist militants have killed nearly 30 people in two villages near Chibok, the northern Nigerian town where hundreds of school girls were kidnapped last month.
Witnesses in Alagarno says gunmen stormed their village overnight Tuesday and killed at least 17 people. They say the attackers also stole food and set homes on fire.
Residents in nearby Shawa say gunmen killed at least 10 people during an attack on Monday.
Meanwhile, survivors of Tuesday's twin bombings in the city of Jos are telling their stories. The blasts in a busy market area killed at least 118 people.
One hospitalized female victim told VOA that she woke up after the blasts surrounded by dead bodies. A male victim said he was on his way to meet his grandmother and the next thing he remembered was being in the hospital.
No one has claimed responsibility. But suspicion immediately fell on Boko Haram -- the Islamist extremist group blamed for thousands of deaths over the past five years.
The group has said it wants to establish a strict Islamic state in the country's north, but an adviser to Nigerian President Goodluck Jonathan says the militants have a broader motive.
""",
        "quotes": [
            ("indirect", "gunmen stormed their village overnight Tuesday and killed at least 17 people", "says",
             "Witnesses", "Witnesses in Alagarno", "NGA", "nominal"),
            ("indirect", "the attackers also stole food and set homes on fire", "say", "They",
             "Witnesses in Alagarno", "NGA", "pronoun"),
            ("indirect", "gunmen killed at least 10 people during an attack on Monday", "say", "Residents",
             "Residents in nearby Shawa", "NGA", "nominal"),
            ("indirect", "she woke up after the blasts surrounded by dead bodies", "told",
             "One hospitalized female victim", "hospitalized female victim", "NGA", "nominal"),
            ("indirect", "he was on his way to meet his grandmother<<>>being in the hospital", "said",
             "A male victim", "male victim", "NGA", "nominal"),
            ("indirect", "it wants to establish a strict Islamic state in the country's north", "said",
             "The group", "Boko Haram", "NGA", "organisation"),
            ("indirect", "the militants have a broader motive", "says", "an adviser", "Reubin Abati", "NGA",
             "nominal"),
        ],
    },
]

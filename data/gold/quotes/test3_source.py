"""Source of the sealed quotes test set ``test3.jsonl`` (issue 10, round 2): VOA news stories.

Built by ``data/gold/check_quotes_test3.py``. Each document gives its verbatim text as one
paragraph per line of ``text`` (blank lines are ignored; paragraphs are joined with ``\\n``) and
its quotes in text order as tuples::

    (kind, span, cue, speaker_text, speaker, speaker_country, speaker_class[, after])

``span`` is searched from the start of the previous quote (so a partial quote inside an indirect
one is found), or after the first occurrence of ``after``; ``"A<<>>B"`` means from the first A to
the next B. Offsets are computed by the builder, never typed by hand.
The texts are also the first 26 documents of ``../quantities/test4.jsonl``.
"""

DOCS = [
    {
        "id": "voa-3302855",
        "url": "https://www.voanews.com/a/al-shabab-kills-five-at-somali-military-base/3302855.html",
        "title": "Al-Shabab Militants Kill 8 Somali Gov't Soldiers",
        "published": None,
        "truncated": False,
        "note": "Whole page. Removed: 'Accessibility links', 'Breaking News' banner lines.",
        "text": """
Al-Shabab militants in Somalia killed at least eight government soldiers in an ambush near the town of Baidoa, officials said.
A Somali military commander told VOA Somali that Shabab fighters, using rocket propelled grenades and machine guns, ambushed a military convoy sent to reinforce government forces at a base being attacked early Tuesday by the militants.
Thirteen government soldiers were wounded.
Officials said the militants attacked Daynunay military base, 18 kilometers east of Baidoa. Witnesses and government officials said Somali soldiers in the base repulsed the militants after heavy gunfire.
Regional Minister Hassan Abdi Mohamed, who visited Daynunay base on Tuesday, told VOA that the soldiers had received a tip-off about the attack.
Al-Shabab said its fighters overran the base, killing number of soldiers, destroying a military vehicle and seizing another. Government officials denied they lost control of the base.
Mohamed said the attack might have been in retaliation for a raid by government forces on Sunday, in which four militants blew themselves up after government troops surrounded their hideout outside Baidoa.
Meanwhile, Islamic State militants have claimed responsibility for attack against African Union troops in Somalia that took place Monday outside Mogadishu.
IS media said the group planted an explosive device that destroyed an AMISOM military vehicle in the village of Tredici.
AMISOM military spokesman Joseph Kibet told VOA that a bomb exploded just after an AU convoy passed a junction, but cast doubt on the IS claim of responsibility.
“For us, we don’t believe its ISIS. It could be one of those local Al-Shabab cells,” Kibet said.
""",
        "quotes": [
            ("indirect", "Al-Shabab militants in Somalia killed<<>>the town of Baidoa", "said", "officials", "officials", "SOM", "nominal"),
            ("indirect", "Shabab fighters, using rocket<<>>by the militants", "told", "A Somali military commander", "Somali military commander", "SOM", "nominal"),
            ("indirect", "the militants attacked Daynunay military base, 18 kilometers east of Baidoa", "said", "Officials", "officials", "SOM", "nominal"),
            ("indirect", "Somali soldiers in the base repulsed the militants after heavy gunfire", "said", "Witnesses and government officials", "witnesses and government officials", "SOM", "nominal"),
            ("indirect", "the soldiers had received a tip-off about the attack", "told", "Regional Minister Hassan Abdi Mohamed", "Hassan Abdi Mohamed", "SOM", "name"),
            ("indirect", "its fighters overran the base<<>>seizing another", "said", "Al-Shabab", "al-Shabab", "SOM", "organisation"),
            ("indirect", "they lost control of the base", "denied", "Government officials", "government officials", "SOM", "nominal"),
            ("indirect", "the attack might have been<<>>outside Baidoa", "said", "Mohamed", "Hassan Abdi Mohamed", "SOM", "name"),
            ("indirect", "the group planted an explosive device<<>>village of Tredici", "said", "IS media", "IS media", None, "organisation"),
            ("indirect", "a bomb exploded just after an AU convoy passed a junction", "told", "AMISOM military spokesman Joseph Kibet", "Joseph Kibet", "IGO", "name"),
            ("direct", "For us, we don’t believe its ISIS. It could be one of those local Al-Shabab cells", "said", "Kibet", "Joseph Kibet", "IGO", "name"),
        ],
    },
    {
        "id": "voa-412499",
        "url": "https://www.voanews.com/a/a-13-2009-08-17-voa29-68806522/412499.html",
        "title": "WFP Compound in Somalia Attacked by 'Rogue al-Shabab'",
        "published": "2009-08-17",
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News'. published from the URL.",
        "text": """
The United Nation's World Food Program says rogue members of Somalia's extremist al-Shabab group attempted to raid its compound late Sunday in the Somali town of Wajid, about 300 kilometers northwest of Mogadishu.
World Food Program spokesman, Peter Smerdon, tells VOA that as many as 10 heavily-armed gunmen approached the WFP compound in Wajid shortly before midnight Sunday.
Smerdon says they ordered the security guards to open the gate. When the guards refused, the gunmen opened fire.
"In the ensuing gun battle, which lasted about 15 minutes, three of the gunmen were killed and one was seriously wounded. One guard was slightly wounded. The attackers were rogue elements of al-Shabab from outside Wajid and they subsequently left Wajid after the assault on the compound," he said.
Smerdon says it is likely the gunmen had intended to kidnap foreign aid workers staying at the compound. Wajid, in Somalia's northwestern Bakool region, is in an area controlled by al-Shabab, but Smerdon says there is no evidence to suggest that al-Shabab authorities had ordered the attack.
Nine international U.N. staff, seven from WFP and two from other U.N. agencies, have been temporarily evacuated to Nairobi. WFP says it will continue its supplementary feeding programs in the region through local non-governmental organization partners.
Aid workers have been frequent targets of kidnappings and assassinations during a two-year, al-Shabab-led insurgency against the country's U.N.-backed transitional government in Mogadishu. Eight aid workers have been killed in Somalia this year and 13 remain in captivity.
Meanwhile, south of Wajid in the Gedo region, forces loyal to the armed Sufi Muslim group, Ahlu-Sunna Wal-Jama'a say they captured the town of Bulo Hawa from al-Shabab militants early Monday.
""",
        "quotes": [
            ("indirect", "rogue members of Somalia's extremist<<>>northwest of Mogadishu", "says", "The United Nation's World Food Program", "World Food Program", "UNO", "organisation"),
            ("indirect", "as many as 10 heavily-armed gunmen<<>>midnight Sunday", "tells", "Peter Smerdon", "Peter Smerdon", "UNO", "name"),
            ("indirect", "they ordered the security guards to open the gate", "says", "Smerdon", "Peter Smerdon", "UNO", "name"),
            ("direct", "In the ensuing gun battle<<>>after the assault on the compound", "said", "he", "Peter Smerdon", "UNO", "pronoun"),
            ("indirect", "it is likely the gunmen<<>>staying at the compound", "says", "Smerdon", "Peter Smerdon", "UNO", "name"),
            ("indirect", "there is no evidence to suggest that al-Shabab authorities had ordered the attack", "says", "Smerdon", "Peter Smerdon", "UNO", "name"),
            ("indirect", "it will continue its supplementary<<>>organization partners", "says", "WFP", "World Food Program", "UNO", "organisation"),
            ("indirect", "they captured the town of Bulo Hawa from al-Shabab militants early Monday", "say", "forces loyal to the armed Sufi Muslim group, Ahlu-Sunna Wal-Jama'a", "forces loyal to Ahlu-Sunna Wal-Jama'a", "SOM", "nominal"),
        ],
    },
    {
        "id": "voa-3003569",
        "url": "https://www.voanews.com/a/guinea-opposition-calls-for-fresh-elections/3003569.html",
        "title": "Guinea’s Opposition Calls for Fresh Elections",
        "published": None,
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News', photo caption (given twice).",
        "text": """
The leader of Guinea’s main opposition Union of Democratic Forces party is calling for fresh elections, saying Sunday’s presidential balloting was fraudulent.
Cellou Dalein Diallo said the opposition will not accept the results, which are expected to be announced either Tuesday or Wednesday, because the voting was characterized by massive rigging in favor of incumbent leader Alpha Conde.
Another opposition leader, Sydia Toure of the Union of Republican Forces, told VOA Sunday that more than 20 percent of ballot papers and 30 percent of envelopes were not available at polling stations and the military came out in large numbers to vote for President Conde.
Diallo said there should be a new election for the peace and stability of Guinea.
“The organization of election was not good; we had many problems – material problems; we had organizational problems; we had security problems. In my local of Gaoual, we had more material problems. We need new election. I don’t know when we can have it, but for our peace, for the security of Guinea we need to have new election,” he said.
Asked where the money would come from to hold fresh elections, Diallo said the problem with holding credible elections in Guinea is not about money but rather the lack of good organization.
“I don’t know if this is just the problem of money. It’s the problem of volunteering; it’s the problem of organization. We need about $10 or $20 million dollars. It’s not more for our peace, for our security, for good governance, and for our democracy. That’s not much money,” Diallo said.
""",
        "quotes": [
            ("indirect", "Sunday’s presidential balloting was fraudulent", "saying", "The leader of Guinea’s main opposition Union of Democratic Forces party", "Cellou Dalein Diallo", "GIN", "nominal"),
            ("indirect", "the opposition will not accept the results<<>>incumbent leader Alpha Conde", "said", "Cellou Dalein Diallo", "Cellou Dalein Diallo", "GIN", "name"),
            ("indirect", "more than 20 percent of ballot papers<<>>vote for President Conde", "told", "Sydia Toure", "Sydia Toure", "GIN", "name"),
            ("indirect", "there should be a new election for the peace and stability of Guinea", "said", "Diallo", "Cellou Dalein Diallo", "GIN", "name"),
            ("direct", "The organization of election was not good<<>>we need to have new election", "said", "he", "Cellou Dalein Diallo", "GIN", "pronoun"),
            ("indirect", "the problem with holding credible elections<<>>lack of good organization", "said", "Diallo", "Cellou Dalein Diallo", "GIN", "name"),
            ("direct", "I don’t know if this is just the problem of money<<>>That’s not much money", "said", "Diallo", "Cellou Dalein Diallo", "GIN", "name"),
        ],
    },
    {
        "id": "voa-1555008",
        "url": "http://www.voanews.com/content/sierra-leone-slpp-parliamentary-boycott/1555008.html",
        "title": "Sierra Leone Opposition Threatens Post-Election Boycott",
        "published": None,
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'News / Africa', photo caption (given twice), byline 'James Butty'. Double spaces after some full stops are the page's.",
        "text": """
The chairman of Sierra Leone’s main opposition, the Sierra Leone People's Party (SLPP), said it is urging its representatives in parliament and local government to boycott all proceedings until “further notice” in the wake of the November 17 election.
European monitors praised the election as largely peaceful and well-organized.  But, they criticized President Koroma's campaign for dominating pre-election media coverage and for using state resources for campaign activities.
SLPP chairman John Benjamin said his party wants an independent, international assessment of the election because he believes the voting was rigged.
“We are really challenging the conduct of the election because we have brought to the attention the fact that several malpractices have happened. We had preprinted ballot papers that were used; we had areas that voted without even a final voter register, without proper documentation,” he said.
Benjamin also cited an instance where one of the presidential candidates voted in a locality but, when the results were announced, the candidate had zero votes in that locality.
He also said security molested and arrested SLPP polling agents in some areas because they carried a valid SLPP voter register, which the party was authorized to provide to its officials.  Benjamin said this affected SLPP representation in those areas.
""",
        "quotes": [
            ("indirect", "it is urging its representatives<<>>the November 17 election", "said", "The chairman of Sierra Leone’s main opposition", "John Benjamin", "SLE", "nominal"),
            ("partial", "further notice", "said", "The chairman of Sierra Leone’s main opposition", "John Benjamin", "SLE", "nominal"),
            ("indirect", "his party wants an independent, international assessment of the election because he believes the voting was rigged", "said", "SLPP chairman John Benjamin", "John Benjamin", "SLE", "name"),
            ("direct", "We are really challenging the conduct<<>>without proper documentation", "said", "he", "John Benjamin", "SLE", "pronoun"),
            ("indirect", "security molested and arrested SLPP polling agents<<>>provide to its officials", "said", "He", "John Benjamin", "SLE", "pronoun"),
            ("indirect", "this affected SLPP representation in those areas", "said", "Benjamin", "John Benjamin", "SLE", "name"),
        ],
    },
    {
        "id": "voa-561388",
        "url": "https://www.voanews.com/a/a-13-2008-10-09-voa60-66732247/561388.html",
        "title": "UNHCR: Thousands of Refugees in Camps, Urban Areas Left Without Basic Aid",
        "published": "2008-10-09",
        "truncated": True,
        "note": "Cut by the store inside a quotation; kept to the end of the last complete paragraph before it. Removed: 'Accessibility links', 'Breaking News'. published from the URL.",
        "text": """
A new report finds nearly a third of refugees and other people cared for by the U.N. refugee agency are not getting their basic needs met. Lisa Schlein reports for VOA from UNHCR headquarters in Geneva.
The U.N. refugee agency conducted assessments in eight pilot countries, including Cameroon, Ecuador, Georgia, Rwanda, Thailand, Tanzania, Yemen and Zambia early this year.
Refugees living in camps, as well as those living in urban areas were surveyed. So were internally displaced and stateless people.
U.N. refugee spokeswoman, Jennifer Pagonis tells VOA aid workers were unprepared for what they found.
"And, the startling finding, I think, was really that 30 percent of the basic needs of refugees are not being met. And, that is for education, health, sanitation," said Pagonis. "Very simple things like this that can have such a profound effect on the lives of refugees."
Pagonis says refugees living in camps tend to get assistance, such as food, from humanitarian agencies. She says they also live in a slightly more protected environment than do urban refugees.
She says the concerns of refugees living in cities are different. She says they may be living in apartments, may lack documents and may face eviction or deportation. She says urban refugees tend to need more legal protection from the UNHCR.
She says the report was done in Georgia before the latest conflict in August. She says aid workers looked at the plight of some 100,000 refugees and displaced people who fled from the breakaway regions of South Ossetia and Abkhazia in the 1990's.
She says they are still living in collective centers.
""",
        "quotes": [
            ("indirect", "nearly a third of refugees<<>>basic needs met", "finds", "A new report", "UNHCR", "UNO", "organisation"),
            ("indirect", "aid workers were unprepared for what they found", "tells", "Jennifer Pagonis", "Jennifer Pagonis", "UNO", "name"),
            ("direct", "And, the startling finding<<>>health, sanitation", "said", "Pagonis", "Jennifer Pagonis", "UNO", "name"),
            ("direct", "Very simple things like this<<>>the lives of refugees.", "said", "Pagonis", "Jennifer Pagonis", "UNO", "name"),
            ("indirect", "refugees living in camps tend to get assistance, such as food, from humanitarian agencies", "says", "Pagonis", "Jennifer Pagonis", "UNO", "name"),
            ("indirect", "they also live in a slightly more protected environment than do urban refugees", "says", "She", "Jennifer Pagonis", "UNO", "pronoun"),
            ("indirect", "the concerns of refugees living in cities are different", "says", "She", "Jennifer Pagonis", "UNO", "pronoun"),
            ("indirect", "they may be living in apartments<<>>eviction or deportation", "says", "She", "Jennifer Pagonis", "UNO", "pronoun"),
            ("indirect", "urban refugees tend to need more legal protection from the UNHCR", "says", "She", "Jennifer Pagonis", "UNO", "pronoun"),
            ("indirect", "the report was done in Georgia before the latest conflict in August", "says", "She", "Jennifer Pagonis", "UNO", "pronoun"),
            ("indirect", "aid workers looked at the plight<<>>in the 1990's", "says", "She", "Jennifer Pagonis", "UNO", "pronoun"),
            ("indirect", "they are still living in collective centers", "says", "She", "Jennifer Pagonis", "UNO", "pronoun"),
        ],
    },
    {
        "id": "voa-272596",
        "url": "https://www.voanews.com/a/a-13-a-2004-04-26-2-sudanese-67345192/272596.html",
        "title": "Sudanese Foreign Minister Talks To VOA About Darfur - 2004-04-26",
        "published": "2004-04-26",
        "truncated": False,
        "note": "Whole page. Removed: 'Accessibility links', 'Breaking News', the audio line 'Click above links to download or listen to interview.'. The indirect question (asked him why ...) is annotated as reported speech of the reporter.",
        "text": """
Sudanese Minister for Foreign Affairs - Dr. Mustafa Osman Ismail - says his government has not denied humanitarian organizations access to the Darfur region. He also denies that genocide has occurred in darfur. VOA reporter Josiah Obat contracted Dr. Ismail by telephone in Bahrain where he was on official duty. He asked him why some perceive the Sudanese government as denying humanitarian organizations access to western Sudan.
""",
        "quotes": [
            ("indirect", "his government has not denied humanitarian organizations access to the Darfur region", "says", "Dr. Mustafa Osman Ismail", "Mustafa Osman Ismail", "SDN", "name"),
            ("indirect", "genocide has occurred in darfur", "denies", "He", "Mustafa Osman Ismail", "SDN", "pronoun"),
            ("indirect", "why some perceive the Sudanese government as denying humanitarian organizations access to western Sudan", "asked", "He", "Josiah Obat", "USA", "pronoun"),
        ],
    },
    {
        "id": "voa-1769996",
        "url": "http://www.voanews.com/a/Article93-killed-in-philippines-earthquake/1769996.html",
        "title": "93 Killed in Philippines Earthquake",
        "published": None,
        "truncated": False,
        "note": "Whole page. Removed: 'Accessibility links', 'Breaking News', text-size buttons 'XS SM MD LG'. The space in 'Sian Maynard ,' and the ``Rim of Fire'' marks are the page's. Names in quotation marks (\"Chocolate Hills.\", ``Rim of Fire'') are not quotes.",
        "text": """
A powerful earthquake struck the central Philippines early Tuesday, killing at least 93 people and wounding hundreds more in a popular tourist region.
The 7.2-magnitude quake was centered near Bohol Island, where authorities say the majority of the casualties occurred.
The quake, and several powerful aftershocks, collapsed buildings, buckled roads, and sent frightened residents rushing out of their homes and businesses.
A freelance coordinator in nearby Cebu City, Sian Maynard , tells VOA she was awoken by the temblor, which was the strongest she has experienced.
"I was sleeping in, and I felt my room shake and I saw that the books on my bookshelf were falling off. Then I heard my mom screaming for me to get out of the house."
The death toll is expected to climb as the rescue operation continues on Tuesday.
Pictures on social media showed extensive damage to shops and roads torn apart by the quake. Maynard says several of the area's historic buildings suffered major damage.
"A bell tower in one of our oldest churches has collapsed and (there is) lots of other structural damage around the city, as well. In Bohol, which was supposedly the quake's epicenter, a 400 year-old church collapsed, also."
The quake was centered 56 kilometers above Bohol Island, which is popular with tourists for its so-called "Chocolate Hills."
No tsunami warning was issued. But several powerful aftershocks were reported in the hours after the initial quake, prompting many residents to stay outside.
Tuesday is a national holiday, the Muslim festival of Eid al-Adha, which may have led to a reduction in casualties, as many schools and offices were closed.
Earthquakes are common in the Philippines, which lies along the Pacific ``Rim of Fire.''
""",
        "quotes": [
            ("indirect", "the majority of the casualties occurred", "say", "authorities", "authorities", "PHL", "nominal"),
            ("indirect", "she was awoken by the temblor, which was the strongest she has experienced", "tells", "Sian Maynard", "Sian Maynard", "PHL", "name"),
            ("direct", "I was sleeping in<<>>get out of the house.", "tells", "Sian Maynard", "Sian Maynard", "PHL", "name"),
            ("indirect", "several of the area's historic buildings suffered major damage", "says", "Maynard", "Sian Maynard", "PHL", "name"),
            ("direct", "A bell tower in one of our oldest churches<<>>church collapsed, also.", "says", "Maynard", "Sian Maynard", "PHL", "name"),
        ],
    },
    {
        "id": "voa-123503",
        "url": "https://www.voanews.com/a/pakistan-floods-may-rival-3-recent-disasters-100254644/123503.html",
        "title": "Pakistan Floods May Rival Three Recent Disasters",
        "published": None,
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News', the section headings 'New downpours', 'Relief efforts', 'Prime minister's visit'. 'Guiliano' is the page's misspelling of Giuliano (speaker corrected).",
        "text": """
A United Nations official says the number of people affected by Pakistan's massive floods could exceed the combined total of three recent major natural disasters.
Maurizio Giuliano, a spokesman for the U.N. Office for the Coordination of Humanitarian Affairs, said Monday if the Pakistan government's calculations are correct, the scale of the disaster could be worse than Haiti's January earthquake, the 2004 tsunami, and the 2005 Pakistan earthquake combined.
Relief workers in Pakistan say continued heavy rains have worsened the situation in the country where raging floodwaters have killed more than 1,600 people and affected 15 million.
The floods have destroyed hundreds of thousands of homes and washed away roads, bridges, crops and livestock.
New downpours have hampered relief efforts in the northwestern province of Khyber Pakhtunkhwa and spread the floods to the agriculture heartland of Punjab and further south along the Indus River into Sindh province.
In the northern area of Gilgit-Baltistan Sunday, at least 28 people were killed in landslides, but officials said up to 40 people were feared dead.
Pakistan's army is leading the relief efforts, but bad weather is hampering helicopter flights carrying emergency aid to victims still trapped in remote areas.
The United Nations says Pakistan will need billions of dollars to recover from its worst floods in history.
U.N. official Guiliano told VOA that shelter for the millions of victims is the biggest and most urgent concern.
Pakistani Prime Minister Yusuf Raza Gilani visited the flood-hit areas of Sindh province Sunday and appealed for more international aid.
He said the crisis has spiraled beyond the government's capacity, adding the country has been set back many years because of the devastation.
""",
        "quotes": [
            ("indirect", "the number of people affected<<>>major natural disasters", "says", "A United Nations official", "Maurizio Giuliano", "UNO", "nominal"),
            ("indirect", "if the Pakistan government's calculations<<>>Pakistan earthquake combined", "said", "Maurizio Giuliano", "Maurizio Giuliano", "UNO", "name"),
            ("indirect", "continued heavy rains have worsened<<>>affected 15 million", "say", "Relief workers in Pakistan", "relief workers in Pakistan", None, "nominal"),
            ("indirect", "up to 40 people were feared dead", "said", "officials", "officials", "PAK", "nominal"),
            ("indirect", "Pakistan will need billions of dollars to recover from its worst floods in history", "says", "The United Nations", "United Nations", "UNO", "organisation"),
            ("indirect", "shelter for the millions of victims is the biggest and most urgent concern", "told", "U.N. official Guiliano", "Maurizio Giuliano", "UNO", "name"),
            ("indirect", "the crisis has spiraled beyond the government's capacity", "said", "He", "Yusuf Raza Gilani", "PAK", "pronoun"),
            ("indirect", "the country has been set back many years because of the devastation", "adding", "He", "Yusuf Raza Gilani", "PAK", "pronoun"),
        ],
    },
    {
        "id": "voa-166150",
        "url": "https://www.voanews.com/a/un-estimates-more-than-4-million-people-affected-by-pakistan-floods-100032214/166150.html",
        "title": "UN Estimates More Than 4 Million People Affected By Pakistan Floods",
        "published": None,
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News'. 'and more than have been killed' (number missing) and 'At the same,' are the page's. The space before the closing mark in 'taken care of, \"' is the page's.",
        "text": """
The United Nations Office for the Coordination of Humanitarian Affairs in Pakistan estimates more than four million people in the country are affected by devastating floods and more than have been killed.
Speaking from Islamabad, U.N. officials say aid agencies are facing a disaster of major proportions. Many areas remain inaccessible a week after monsoon rains caused the Indus River to swell, flooding several heavily populated provinces in northwest Pakistan.
Chief of the U.N. Office for the Coordination of Humanitarian Assistance in Pakistan, Manuel Bessler, said the floods have washed roads away and destroyed bridges, leaving many areas accessible only by helicopter.
"This, of course, slows down the whole operation. It makes it complicated and lengthy. And, that is the main explanation also why we see the frustration and anger, which is absolutely understandable by the fact that a population who feel abandoned and is not taken care of, " Bessler said.
The United Nations reports about 1.5 million people in the Khyber-Pakhtunkwa Province have been affected by varying degrees by the flooding. Many people have lost everything: their homes, livestock and crops. At the same, the U.N. says a huge body of water has been moving south, affecting millions more in Punjab and Sind Provinces.
Bessler said emergency search and rescue missions and relief operations are ongoing. The main needs are food, safe drinking water, shelter and medicine.
"We have a lot of polluted water, we have heat, we have civilians exposed to these elements, which is the ideal environment for the spread of waterborne diseases," Bessler said. "That is why we have to be fast. We have to reach out to all areas, to all isolated pockets of people, which, obviously, is the main challenge."
The World Health Organization said it is sending medical relief supplies to flood victims.
""",
        "quotes": [
            ("indirect", "more than four million people<<>>have been killed", "estimates", "The United Nations Office for the Coordination of Humanitarian Affairs in Pakistan", "United Nations Office for the Coordination of Humanitarian Affairs", "UNO", "organisation"),
            ("indirect", "aid agencies are facing a disaster of major proportions", "say", "U.N. officials", "United Nations officials", "UNO", "nominal"),
            ("indirect", "the floods have washed roads away<<>>only by helicopter", "said", "Manuel Bessler", "Manuel Bessler", "UNO", "name"),
            ("direct", "This, of course, slows down<<>>is not taken care of", "said", "Bessler", "Manuel Bessler", "UNO", "name"),
            ("indirect", "about 1.5 million people<<>>by the flooding", "reports", "The United Nations", "United Nations", "UNO", "organisation"),
            ("indirect", "a huge body of water has been moving south<<>>Sind Provinces", "says", "the U.N.", "United Nations", "UNO", "organisation"),
            ("indirect", "emergency search and rescue missions and relief operations are ongoing", "said", "Bessler", "Manuel Bessler", "UNO", "name"),
            ("direct", "We have a lot of polluted water<<>>waterborne diseases", "said", "Bessler", "Manuel Bessler", "UNO", "name"),
            ("direct", "That is why we have to be fast<<>>the main challenge.", "said", "Bessler", "Manuel Bessler", "UNO", "name"),
            ("indirect", "it is sending medical relief supplies to flood victims", "said", "The World Health Organization", "World Health Organization", "UNO", "organisation"),
        ],
    },
    {
        "id": "voa-1864708",
        "url": "http://www.voanews.com/content/south-sudan-fighting-at-army-base-in-capital-contained/1864708.html",
        "title": "South Sudan: Fighting at Army Base in Capital 'Contained'",
        "published": None,
        "truncated": False,
        "note": "Whole story. Removed: section label 'World News', the promotional block after the story ('VOA Special Report', photo caption, 'Multimedia Atonement on the Tigris', 'Video Armenia and Politics').",
        "text": """
South Sudan's government says fighting at an army base in the capital has been "contained" but only after five soldiers were killed and scores of others injured.
A government spokesman, Michael Makwei Lueth, says Wednesday's clashes at the Giada army barracks on the outskirts of Juba were unrelated to the ongoing conflict between the government and rebel forces.
The army's information and public relations director, Malak Ayuen Ajok, said the fighting stemmed from questions over unpaid salaries and what he called a misunderstanding between the soldiers themselves.
He says other soldiers from outside the barracks intervened and put an end to the fighting.
The Giada barracks are where the country's current conflict began December 15 with a clash between members of the presidential guard. The fighting set off weeks of political and ethnic violence across South Sudan that left thousands dead and forced hundreds of thousands from their homes.
The government and rebel forces signed a cease-fire in Ethiopia in January but clashes have continued.
The unrest has led to a cut in South Sudan's oil production, which could be affecting the government's ability to pay soldiers.
Fears of renewed violence in the capital Wednesday prompted many shops to close early. Soldiers have been deployed along the city's main roads.
Government officials acknowledged the fighting caused many residents of Juba to panic, and is urging people to go about their normal activities.
""",
        "quotes": [
            ("indirect", "fighting at an army base in the capital<<>>scores of others injured", "says", "South Sudan's government", "South Sudan's government", "SSD", "organisation"),
            ("partial", "contained", "says", "South Sudan's government", "South Sudan's government", "SSD", "organisation"),
            ("indirect", "Wednesday's clashes at the Giada army barracks<<>>rebel forces", "says", "Michael Makwei Lueth", "Michael Makwei Lueth", "SSD", "name"),
            ("indirect", "the fighting stemmed from questions<<>>the soldiers themselves", "said", "Malak Ayuen Ajok", "Malak Ayuen Ajok", "SSD", "name"),
            ("indirect", "other soldiers from outside the barracks intervened and put an end to the fighting", "says", "He", "Malak Ayuen Ajok", "SSD", "pronoun"),
            ("indirect", "the fighting caused many residents of Juba to panic", "acknowledged", "Government officials", "government officials", "SSD", "nominal"),
        ],
    },
    {
        "id": "voakhmer-1355000",
        "url": "https://khmer.voanews.com/amp/a-40-2005-09-20-voa4-90140022/1355000.html",
        "title": "Reactions to PM Hun Sen's Speech at the UN",
        "published": "2005-09-20",
        "truncated": False,
        "note": "Whole page (VOA Khmer, English text). published from the URL. 'prime minster' is the page's spelling.",
        "text": """
In his speech to the 60th UN General Assembly on September 15, Cambodian Prime Minister Hun Sen said democracy has taken strong hold in Cambodia and that Cambodians' human rights are fully protected. However the opposition party and human rights groups in Cambodia disagree.
Speaking with VOA by phone from Paris, France, the opposition party president Sam Rainsy said no one would believe Hun Sen's words. Sam Rainsy said the world knows that there is a dictatorship in Cambodia, there's extra-judicial killings in Cambodia, and there's human rights violations in Cambodia.
President of the Cambodian Center for Human Rights (CCHR) Kem Sokha admitted democracy has started in Cambodia but has not taken such strong hold as the prime minister has claimed. In regards to the respect for human rights the CCHR president disagreed with the prime minster that Cambodians' human rights are fully respected or protected.
ADHOC President Thun Saray admitted there's democracy in Cambodia but said it's declining in recent years. He said he has noticed the ruling parties are exerting pressures on the opposition party.
The ADHOC president said ideally in order to have a strong democracy there must be an opposition party that can operate freely. Thun Saray said the human rights situation is improving gradually because he said more and more Cambodians start to understand their rights. However, he said the rights to peaceful protest and the rights to have a piece of land to live on are getting worse as the authorities use force to crack down on protesters and to grab lands.
""",
        "quotes": [
            ("indirect", "democracy has taken strong hold in Cambodia and that Cambodians' human rights are fully protected", "said", "Cambodian Prime Minister Hun Sen", "Hun Sen", "KHM", "name"),
            ("indirect", "no one would believe Hun Sen's words", "said", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "the world knows that there is a dictatorship<<>>human rights violations in Cambodia", "said", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "democracy has started in Cambodia but has not taken such strong hold as the prime minister has claimed", "admitted", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("indirect", "Cambodians' human rights are fully respected or protected", "disagreed", "the CCHR president", "Kem Sokha", "KHM", "nominal"),
            ("indirect", "there's democracy in Cambodia", "admitted", "Thun Saray", "Thun Saray", "KHM", "name"),
            ("indirect", "it's declining in recent years", "said", "Thun Saray", "Thun Saray", "KHM", "name"),
            ("indirect", "he has noticed the ruling parties are exerting pressures on the opposition party", "said", "He", "Thun Saray", "KHM", "pronoun"),
            ("indirect", "ideally in order to have a strong democracy<<>>can operate freely", "said", "The ADHOC president", "Thun Saray", "KHM", "nominal"),
            ("indirect", "the human rights situation is improving gradually", "said", "Thun Saray", "Thun Saray", "KHM", "name"),
            ("indirect", "more and more Cambodians start to understand their rights", "said", "he", "Thun Saray", "KHM", "pronoun"),
            ("indirect", "the rights to peaceful protest<<>>to grab lands", "said", "he", "Thun Saray", "KHM", "pronoun"),
        ],
    },
    {
        "id": "voacambodia-1678877",
        "url": "http://www.voacambodia.com/content/opposition-seeks-to-weather-attacks-over-alleged-khmer-rouge-remarks/1678877.html",
        "title": "Opposition Seeks To Weather Attacks Over Alleged Khmer Rouge Remarks",
        "published": "2013-06-10",
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: the related-video teaser ('Government Supporters Rally As Election Tension Rises', its date line and caption) and the byline 'Heng Reaksmey, Khoun Theara VOA Khmer'. published from the page. The dateline 'PHNOM PENH - ' is kept. 'has repeatedly denying' is the page's. Reported speech inside a quotation ('never said that ...') is not annotated.",
        "text": """
PHNOM PENH - A senior opposition party official says he will not apologize for remarks on the Khmer Rouge that he maintains were manipulated by the ruling party.
Kem Sokha, vice president of the Cambodia National Rescue Party, said in a statement Monday he hoped to “reduce people’s temper” over remarks he says have been manufactured by the Cambodian People’s Party ahead of July’s national elections. But he also said he would not apologize for something he didn’t do.
Kem Sokha is the ranking member of the opposition in Cambodia. Party president Sam Rainsy remains in exile, facing imprisonment for charges he says are politically motivated if he returns to Cambodia.
Supporters say he is under attack from the ruling party—through the media, demonstrations and even the National Assembly—and is being falsely accused of claiming that atrocities committed by the Khmer Rouge at the Tuol Sleng prison in Phnom Penh were staged by Vietnamese forces who expelled the regime.
Kem Sokha has repeatedly denying making such statements.
“Kem Sokha never said that there was no killing and torture in Toul Sleng prison, and he never had contempt for the souls of the dead people in that prison,” the Rescue Party said in a statement. Kem Sokha and the Rescue Party are seeking “real justice” for victims of the regime, the statement said.
Khmer Rouge victims and supporters of the ruling Cambodian People’s Party held a demonstration in Phnom Penh on Sunday to demand an apology for the alleged remarks.
""",
        "quotes": [
            ("indirect", "he will not apologize for remarks<<>>by the ruling party", "says", "A senior opposition party official", "Kem Sokha", "KHM", "nominal"),
            ("indirect", "he hoped to “reduce people’s temper”<<>>national elections", "said", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("partial", "reduce people’s temper", "said", "Kem Sokha", "Kem Sokha", "KHM", "name"),
            ("indirect", "he would not apologize for something he didn’t do", "said", "he", "Kem Sokha", "KHM", "pronoun"),
            ("indirect", "he is under attack from the ruling party<<>>expelled the regime", "say", "Supporters", "supporters of Kem Sokha", "KHM", "nominal"),
            ("direct", "Kem Sokha never said that there was no killing<<>>in that prison", "said", "the Rescue Party", "Cambodia National Rescue Party", "KHM", "organisation"),
            ("indirect", "Kem Sokha and the Rescue Party are seeking “real justice” for victims of the regime", "said", "the statement", "Cambodia National Rescue Party", "KHM", "organisation"),
            ("partial", "real justice", "said", "the statement", "Cambodia National Rescue Party", "KHM", "organisation"),
        ],
    },
    {
        "id": "insidevoa-178307",
        "url": "https://www.insidevoa.com/a/a-13-34-2008-06-25-voa75-111611494/178307.html",
        "title": "Zimbabwe Opposition Leader and Government Minister in Exclusive VOA Interview",
        "published": "2008-06-25",
        "truncated": True,
        "note": "VOA press release on insidevoa.com (VOA's own site). Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News', the deck under the headline (repeats the first paragraph). 'Africahost' is the page's. The indirect question of the host (asked ... if he had a message) is annotated; 'yo-yo' in single marks is a scare quote, not a quote.",
        "text": """
Washington, D.C., June 25, 2008 - In an exclusive interview on the Voice of America (VOA), Zimbabwe opposition leader Morgan Tsvangirai and Zimbabwean Deputy Information Minister Bright Matonga took different positions on whether runoff elections should be held.
During the interview on VOA's Straight Talk Africa, Tsvangirai applauded calls by the Southern African Development Community to delay runoff elections. Matonga countered by repeating President Robert Mugabe's insistence that the country's runoff go ahead as planned.
When asked where he was during the VOA interview, Tsvangirai said that he had returned to the Dutch Embassy in Harare because his safety could not be guaranteed.
Matonga disputed Tsvangirai's claim saying, "I feel very sad when I see him (Tsvangirai) being moved from one place to the other and he's being treated like a 'yo-yo.' He is very secure in Zimbabwe. There is no way his life can be in danger because he is a presidential candidate."
When asked by Straight Talk Africahost Shaka Ssali if he had a message for President Robert Mugabe, Tsvangirai replied, "President Mugabe, you are the founding father of Zimbabwe. You should step up, not step down. Step up to be a statesman. Step up to be the real legacy of the founding father."
Straight Talk Africa, a weekly, one-hour call-in program, is broadcast live on radio, television, and the Internet. Host Shaka Ssali discusses current political issues with guest experts. Full video of the interview is available online at http://www.voanews.com/wm/voa/africa/engl/engl1830v.asx.
""",
        "quotes": [
            ("indirect", "he had returned to the Dutch Embassy in Harare because his safety could not be guaranteed", "said", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("direct", "I feel very sad when I see him<<>>he is a presidential candidate.", "saying", "Matonga", "Bright Matonga", "ZWE", "name"),
            ("indirect", "if he had a message for President Robert Mugabe", "asked", "Straight Talk Africahost Shaka Ssali", "Shaka Ssali", "USA", "name"),
            ("direct", "President Mugabe, you are the founding father<<>>legacy of the founding father.", "replied", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
        ],
    },
    {
        "id": "insidevoa-178180",
        "url": "https://www.insidevoa.com/a/a-13-34-2007-10-07-johndroe-111609604/178180.html",
        "title": "NSC’s Johndroe: Government of Burma Does Not Want the World to Know What's Going on There",
        "published": "2007-10-07",
        "truncated": True,
        "note": "VOA press release on insidevoa.com (VOA's own site). Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News', the deck 'Spokesman also said \"All Americans want to see freedom in Burma\"'. A that-clause wholly in quotation marks is one partial quote; a clause ending in a partial quote is indirect (through the closing mark) plus partial.",
        "text": """
Washington, D.C., Oct. 7, 2007 - National Security Council spokesman Gordon Johndroe has told the Voice of America that the "United States wants a peaceful transition to democracy in Burma."
Moreover, added Johndroe during an exclusive interview at the White House, the U.S. "wants the [Burmese] junta to come together with the dissidents and the opposition and to move towards a time where Burma is free, not only when their Internet is restored but when their people can march in the streets and say what they want and not be detained or taken from their homes overnight."
Johndroe told Setareh Derakhshesh of VOA's Persian News Network that "the government of Burma does not want the world to know what's going on there," but that "President Bush and Mrs. Bush and the rest of world stand with the people of Burma and that all Americans want to see freedom in Burma."
Turning to the five Iranians being held in Iraq, Johndroe said, "The United States has evidence that these people were engaged in activities that were not constructive, nor positive for the people of Iraq –- not only engaged in activities that were dangerous for American soldiers, the bringing in of explosive devices, the training of militias, that sort of thing…, but innocent Iraqis have been dying at the hands of Iranian intelligence operatives that have come into Iraq."
Concerning Iran's nuclear ambitions, Johndroe said that President Bush is committed to diplomacy as the best way to solve the impasse over Iran's position.
Broadcasting 7.5 hours of Persian-language television programming (along with 5 hours of radio and another 8 hours via Radio Farda) to Iran every day, VOA has the largest combined radio and television audience of all international broadcasters in Iran.
""",
        "quotes": [
            ("partial", "United States wants a peaceful transition to democracy in Burma", "told", "National Security Council spokesman Gordon Johndroe", "Gordon Johndroe", "USA", "name"),
            ("indirect", 'the U.S. "wants the [Burmese] junta<<>>from their homes overnight."', "added", "Johndroe", "Gordon Johndroe", "USA", "name"),
            ("partial", "wants the [Burmese] junta<<>>from their homes overnight", "added", "Johndroe", "Gordon Johndroe", "USA", "name"),
            ("partial", "the government of Burma does not want the world to know what's going on there", "told", "Johndroe", "Gordon Johndroe", "USA", "name"),
            ("partial", "President Bush and Mrs. Bush and the rest of world<<>>see freedom in Burma", "told", "Johndroe", "Gordon Johndroe", "USA", "name"),
            ("direct", "The United States has evidence<<>>have come into Iraq.", "said", "Johndroe", "Gordon Johndroe", "USA", "name"),
            ("indirect", "President Bush is committed to diplomacy<<>>over Iran's position", "said", "Johndroe", "Gordon Johndroe", "USA", "name"),
        ],
    },
    {
        "id": "voa-6201487",
        "url": "https://www.voanews.com/a/east-asia-pacific_myanmar-public-figures-speak-voa-after-military-takes-control/6201487.html",
        "title": "Myanmar Public Figures Speak with VOA After Military Takes Control",
        "published": "2021-02-01",
        "truncated": True,
        "note": "Cut by the store inside the first interview quotation; kept to its last complete sentence (the quotation is never closed, so it runs to the end of the text). Removed: 'Accessibility links', 'Breaking News', photo caption (given twice). The name and title lines before the quotation are the page's colon-less attribution (cue null). published: the day of the coup the story reports ('Monday', caption dated Feb. 1, 2021).",
        "text": """
Hours after Myanmar's army declared a state of emergency Monday, there are still few details about what is going on and why.
Widespread communication shutdowns, a curfew and the existing restrictions designed to curtail the spread of COVID-19 have restricted access to ordinary Burmese citizens.
Early Monday, an address carried on military-owned television said there was "terrible fraud in the voter list during the democratic general election which runs contrary to ensuring a stable democracy." The statement said the alleged fraud in the November vote led to protests and other actions damaging to national security, and so officials are declaring a nationwide, year-long state of emergency, "In order to perform scrutiny of the voter lists and to take action."
VOA Burmese spoke with some lawmakers and other citizens despite the challenges. The new military government was asked for comments in addition to its official statements. It has not responded, in part because of the communication shutdown.
Zin Mar Aung
NLD lawmaker, women's rights civil society and political activist
"This is not a good sign for democracy. We want to move forward, and this is not good for national reconciliation and strengthening democracy. It's very frustrating. This is not a good sign for our country and democratic community around the world as our country is actively trying to engage with the world and rebuild the nation. So the situation requires close attention.
""",
        "quotes": [
            ("indirect", 'there was "terrible fraud<<>>a stable democracy."', "said", "an address carried on military-owned television", "Myanmar's army", "MMR", "organisation"),
            ("partial", "terrible fraud<<>>ensuring a stable democracy", "said", "an address carried on military-owned television", "Myanmar's army", "MMR", "organisation"),
            ("indirect", 'the alleged fraud in the November vote<<>>and to take action."', "said", "The statement", "Myanmar's army", "MMR", "organisation"),
            ("partial", "In order to perform scrutiny of the voter lists and to take action", "said", "The statement", "Myanmar's army", "MMR", "organisation"),
            ("direct", "This is not a good sign for democracy<<>>requires close attention.", None, "Zin Mar Aung", "Zin Mar Aung", "MMR", "name"),
        ],
    },
    {
        "id": "voale-1449416",
        "url": "https://learningenglish.voanews.com/a/farmers-drought-united-states-soybean-corn/1449416.html",
        "title": "US Farmers Struggle With Drought",
        "published": None,
        "truncated": True,
        "note": "VOA Learning English. Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News', photo caption (given twice), the reading-help line 'Read, listen and learn English with this story. Double-click on any word ...'. Sound bites are introduced by the speaker's name in capitals and a colon (cue null).",
        "text": """
This is the VOA Special English Agriculture Report.
A drought across much of the United States is forcing farmers to make difficult decisions. Damage to corn and soybeans is already severe in the hardest-hit areas.
Alan Bowers Junior is a farmer in the state of Illinois in the Midwest.
ALAN BOWERS JR.: "You get up in the morning, and you think it might be another thirteen months before we get a paycheck. The corn and soybean crop is our paycheck."
The corn on his farm is so dry, the stalks break apart just by touching them. The maize is unusable. So in the middle of July, Alan Bowers decided to cut down his crop to avoid a total loss.
ALAN BOWERS JR.: "We are making what they call corn silage out of this for the animals, for the cows. And if you wait till it's completely dried up, it won't even make suitable feed for the animals."
Alan Bowers and his wife, Lori, are hoping for a small insurance settlement to help them pay their bills until next year.
LORI BOWERS: "People don't realize we have no boss and we have nobody to help us. And it's tough. You have to work together. You have to work with a husband and a wife and family, and together try to work through it."
The Bowers could also lose their soybeans to the record high temperatures and lack of rain in the worst drought in more than half a century.
And Alan Bowers says if next year is anything like this, the farm itself may not survive. The farm has been in his family for four generations.
The drought is reducing the depth of the Mississippi River, the nation's longest and most economically important waterway. Last year, heavy rains flooded the banks along parts of the Mississippi.
""",
        "quotes": [
            ("direct", "You get up in the morning<<>>crop is our paycheck.", None, "ALAN BOWERS JR.", "Alan Bowers Junior", "USA", "name"),
            ("direct", "We are making what they call corn silage<<>>feed for the animals.", None, "ALAN BOWERS JR.", "Alan Bowers Junior", "USA", "name"),
            ("direct", "People don't realize we have no boss<<>>work through it.", None, "LORI BOWERS", "Lori Bowers", "USA", "name"),
            ("indirect", "if next year is anything like this, the farm itself may not survive", "says", "Alan Bowers", "Alan Bowers Junior", "USA", "name"),
        ],
    },
    {
        "id": "voa-1364874",
        "url": "http://www.voanews.com/a/extreme-heat-continues-in-us/1364874.html",
        "title": "Extreme Heat Continues in US",
        "published": "2012-07-07",
        "truncated": False,
        "note": "Whole page. Removed: 'Accessibility links', 'Breaking News', section label 'USA', photo caption (given twice), the closing credit line 'Some information for this report was provided by AP.', the 'VOA News' byline box, 'XS SM MD LG'. published: the Saturday of the caption (July 7, 2012).",
        "text": """
A record-breaking U.S. heat wave is expected to peak Saturday with temperatures topping 38 degrees Celsius in many parts of the Midwest and East.
Excessive heat warnings were in effect in more than 10 states from Kansas to New Jersey.
The unforgiving temperatures have persisted for more than a week and been blamed for more than 20 deaths.
The National Weather Service calls heat the nation's "number one weather-related killer," causing more deaths each year than floods, lightning, tornadoes and hurricanes combined.
On Friday, the nation's capital reached a record ninth straight day at 35-plus degrees. But forecasters say Saturday could be the hottest day yet.
The continued heat comes as hundreds of thousands of people remain without power and without air conditioning after violent storms battered the eastern U.S. a week ago.
But relief is on the way. Cooling is expected to begin this weekend but forecasters warn it could be accompanied by more severe storms.
The days of sweltering weather have broken nearly 5,000 daily heat records and more than 260 all-time heat records nationwide in the past 30 days, according to the National Climatic Data Center.
The heat wave has been the result of a high-pressure system hovering for days over the eastern half of the country.
""",
        "quotes": [
            ("partial", "number one weather-related killer", "calls", "The National Weather Service", "National Weather Service", "USA", "organisation"),
            ("indirect", "Saturday could be the hottest day yet", "say", "forecasters", "forecasters", "USA", "nominal"),
            ("indirect", "it could be accompanied by more severe storms", "warn", "forecasters", "forecasters", "USA", "nominal"),
            ("indirect", "The days of sweltering weather<<>>in the past 30 days", "according to", "the National Climatic Data Center", "National Climatic Data Center", "USA", "organisation"),
        ],
    },
    {
        "id": "voashona-7158775",
        "url": "https://voashona.com/a/7158775.html",
        "title": "VOA60 America - Millions of Americans in southern US affected by dangerous heath wave",
        "published": None,
        "truncated": False,
        "note": "Whole page (VOA Zimbabwe/Shona site, English VOA60 item). Removed: 'Accessibility links', 'Breaking News', the repeated headline, video-player lines ('please wait', 'No media source currently available', '0:00 0:01:00 0:00'), 'XS SM MD LG'.",
        "text": """
A prolonged heat wave has lingered for the last few weeks in the southern United States with temperatures rising well above 38 degrees Celsius. Some 62 million Americans were under excessive heat watches, warnings and advisories on Tuesday, the National Weather Service said.
""",
        "quotes": [
            ("indirect", "Some 62 million Americans were under<<>>on Tuesday", "said", "the National Weather Service", "National Weather Service", "USA", "organisation"),
        ],
    },
    {
        "id": "voa-175443",
        "url": "http://www.voanews.com/content/analysts-differ-on-outlook-for-iran-nuclear-talks-114300204/175443.html",
        "title": "Analysts Differ on Outlook for Iran Nuclear Talks",
        "published": None,
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'News / Middle East', photo caption (given twice). \"P5+1\" in quotation marks is a name, not a quote.",
        "text": """
Iran will meet with representatives of the so-called "P5+1" nations Friday and Saturday in Istanbul. This round of talks about Iran's nuclear program is a follow-up to discussions held last month in Geneva.
When officials from the P5+1 nations - the United States, Britain, France, Russia, China, plus Germany - sit down with Iran's representatives, their expectations will be the same as before. They want Tehran to be fully open about its nuclear program - including uranium enrichment and possible weapons development. The latter, if true, would violate the Non-Proliferation Treaty that Iran signed in 1972.
From Iran's side, the message going into the Istanbul talks is clear. Iran's President, Mahmoud Ahmadinejad, in a speech on January 19 said, "In the view of the Iranian nation, Iran's nuclear issue is finished ... sit down and cooperate with nuclear Iran."
The wide gap between the two sides is dampening optimism that the Istanbul talks will make substantial progress in resolving Iran's nuclear stance. One analyst with that view is Ploughshares Fund President Joseph Cirincione.
"I think the outlook for the talks is still pessimistic," said Cirincione. "There really is no sign that Iran trusts the P5+1 [nations], or is willing to make the kind of concessions that would make a compromise possible."
""",
        "quotes": [
            ("direct", "In the view of the Iranian nation<<>>cooperate with nuclear Iran.", "said", "Mahmoud Ahmadinejad", "Mahmoud Ahmadinejad", "IRN", "name"),
            ("direct", "I think the outlook for the talks is still pessimistic", "said", "Cirincione", "Joseph Cirincione", "USA", "name"),
            ("direct", "There really is no sign that Iran trusts<<>>a compromise possible.", "said", "Cirincione", "Joseph Cirincione", "USA", "name"),
        ],
    },
    {
        "id": "voa-1494890",
        "url": "http://www.voanews.com/content/iaea-iran-discuss-access-to-nuclear-sites/1494890.html",
        "title": "No Progress in Iran Nuclear Talks",
        "published": None,
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'News / Middle East', photo caption (given twice), byline 'VOA News'. Double spaces after some full stops are the page's. 'suspects', 'express fears that' are not speech cues (not annotated).",
        "text": """
Representatives from Iran and the U.N.'s nuclear watchdog have wrapped up another round of talks, with no agreement over access to a disputed nuclear site.
The two sides met Friday in Vienna to discuss access to Iran's Parchin facility, a military installation southeast of Tehran.  The West suspects the site is related to possible nuclear weapons development.
After the talks, International Atomic Energy Agency, IAEA, chief inspector Herman Nackaerts told journalists the agency had hoped to resolve remaining differences.
"Discussions today were intensive but important differences remained between Iran and the Agency that prevented an agreement," he said.
Nackaerts said there were no immediate plans for another meeting.
Meanwhile, Iranian envoy Ali Asghar Soltanieh said the two sides made headway.
"We have to say that undoubtedly some progress in removing some ambiguities and differences has been made but still, as it was said, there are some differences because it is a very complex issue, and issues related to national security of a member state are something very delicate, but I have to say we are moving forward," Soltanieh said.
The two sides have been in periodic negotiations for months over access to the Parchin site.
The International Atomic Energy Agency says Parchin may have been a testing ground for the making of a nuclear warhead.
News reports quoting comments from the IAEA in recent days express fears that Iran is ramping up its work on developing nuclear arms by installing new uranium enrichment centrifuges at another site, the Fordow underground facility.
Iran says its nuclear ambitions are peaceful.
""",
        "quotes": [
            ("indirect", "the agency had hoped to resolve remaining differences", "told", "chief inspector Herman Nackaerts", "Herman Nackaerts", "UNO", "name"),
            ("direct", "Discussions today were intensive<<>>prevented an agreement", "said", "he", "Herman Nackaerts", "UNO", "pronoun"),
            ("indirect", "there were no immediate plans for another meeting", "said", "Nackaerts", "Herman Nackaerts", "UNO", "name"),
            ("indirect", "the two sides made headway", "said", "Iranian envoy Ali Asghar Soltanieh", "Ali Asghar Soltanieh", "IRN", "name"),
            ("direct", "We have to say that undoubtedly<<>>we are moving forward", "said", "Soltanieh", "Ali Asghar Soltanieh", "IRN", "name"),
            ("indirect", "Parchin may have been a testing ground for the making of a nuclear warhead", "says", "The International Atomic Energy Agency", "International Atomic Energy Agency", "UNO", "organisation"),
            ("indirect", "its nuclear ambitions are peaceful", "says", "Iran", "Iran", "IRN", "organisation"),
        ],
    },
    {
        "id": "voa-1784893",
        "url": "http://www.voanews.com/content/negotiators-pressed-for-time-ahead-of-iran-nuclear-talks/1784893.html",
        "title": "Iran Nuclear Talks Under a Time Pressure",
        "published": None,
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'News / Middle East', photo caption (given twice), 'TEXT SIZE - +', byline 'Al Pessin' and the dash of the empty dateline before the first sentence. 'believe' is not a speech cue; the relative clause 'which negotiators said was ...' has no content clause and is not annotated.",
        "text": """
A senior U.S. official in Geneva has expressed optimism about the talks on Iran's nuclear program that resume there on Thursday. The official, who spoke on condition of anonymity, told reporters there have been "very detailed discussions" and the two sides are heading towards a first stage agreement. The United Nations contact group and Iran are working on mutual first steps toward stopping aspects of Iran's nuclear program and easing international sanctions.
The first round of talks, just three weeks ago, was praised by both sides for having a new atmosphere and for a potentially useful new Iranian proposal. With a total of seven nations and the European Union sending delegations to the talks, no one provided details on the proposal, which negotiators said was a sign of the seriousness of the discussions.
From what little is known, Iran wants to agree on the ultimate target of the talks and also on a series of intermediate steps designed to build mutual trust and ease economic sanctions that have crippled Iran's economy.
The United Nations delegation - made up of the five permanent Security Council members and Germany, and led by the EU - wants guarantees that Iran's nuclear program will not lead to the production of a nuclear bomb.
Analysts believe Iran is already dangerously close to doing that, and the United States and Israel have threatened military action to stop the potential final stages of development.
""",
        "quotes": [
            ("indirect", 'there have been "very detailed discussions" and the two sides are heading towards a first stage agreement', "told", "The official", "senior U.S. official", "USA", "nominal"),
            ("partial", "very detailed discussions", "told", "The official", "senior U.S. official", "USA", "nominal"),
        ],
    },
    {
        "id": "voa-1550141",
        "url": "http://www.voanews.com/content/drc-rwandan-presidents-hold-talks/1550141.html",
        "title": "DRC Rebels Vow to Overthrow Government",
        "published": "2012-11-21",
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'News / Africa', photo caption (given twice), byline 'VOA News', the fact box 'Who Are the M23 Rebels?' with its five bullet points. published: the Wednesday of the rally (caption dated November 21, 2012). 'Vianney'/'Vianny': the page spells the name 'Vianny' in the text.",
        "text": """
Rebels in the Democratic Republic of Congo have vowed to seize more territory and topple President Joseph Kabila.
The M23 rebels held a rally Wednesday at a stadium in the eastern city of Goma, which they captured a day earlier. Rebel spokesman Vianny Kazarama said the rebels plan to keep on moving.
"President Kabila brought war planes and big guns, but he was unable to defeat us," he said. "That is a clear sign that we are part of God's plan; we were sent by God and this will not end here," said Kazarama.
Hundreds of Congolese police and troops surrendered their weapons at the rally.
Kazarama said the rebels' next goal is Bukavu, 100 kilometers to the south. He said the group already controls the town of Sake, also south of Goma, and plans to eventually reach Kinshasa, the capital, more than 1,500 kilometers to the west.
The U.N. Security Council voted unanimously Tuesday to impose sanctions against M23 leaders. The French-sponsored resolution demands that the rebels immediately pull out of Goma, located on the Rwandan border, and condemns all foreign support for the group.
The DRC and U.N. experts accuse Rwanda of supporting M23 - a charge Rwanda denies.
""",
        "quotes": [
            ("indirect", "the rebels plan to keep on moving", "said", "Rebel spokesman Vianny Kazarama", "Vianny Kazarama", "COD", "name"),
            ("direct", "President Kabila brought war planes and big guns, but he was unable to defeat us", "said", "he", "Vianny Kazarama", "COD", "pronoun"),
            ("direct", "That is a clear sign<<>>this will not end here", "said", "Kazarama", "Vianny Kazarama", "COD", "name"),
            ("indirect", "the rebels' next goal is Bukavu, 100 kilometers to the south", "said", "Kazarama", "Vianny Kazarama", "COD", "name"),
            ("indirect", "the group already controls the town of Sake<<>>to the west", "said", "He", "Vianny Kazarama", "COD", "pronoun"),
            ("indirect", "the rebels immediately pull out of Goma, located on the Rwandan border", "demands", "The French-sponsored resolution", "United Nations Security Council", "UNO", "organisation"),
        ],
    },
    {
        "id": "voa-384437",
        "url": "https://www.voanews.com/a/a-13-a-2002-08-16-17-conflicting-67436232/384437.html",
        "title": "Conflicting Reports Emerge from Liberia about Fighting at Rebel Stronghold - 2002-08-16",
        "published": "2002-08-16",
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News', section label 'News'. The relative clause 'what they say was a fierce gun battle' is not annotated.",
        "text": """
In Liberia, there are conflicting reports about who is in control of the northern rebel base town of Voinjama. Liberian defense officials say government troops captured the town, following what they say was a fierce gun battle this week. Rebels deny the claim, and witnesses in Voinjama on Friday said the insurgents retained control of the town.
Rebels with the group, Liberians United for Reconciliation and Democracy, LURD, speaking from their positions in neighboring Guinea, said Friday they remain in control of Voinjama.
The town, in northern Liberia near the Guinean border, is the rebels' political headquarters, from where they have directed much of their two-year-old campaign to topple President Charles Taylor. Employing mainly hit-and-run tactics, the insurgents stepped up their assaults earlier this year, and gained control over large portions of territory in the north and east of the country. Attacks in May came within 25 kilometers of the capital, Monrovia.
Press reports on Thursday quoted Liberian Defense Minister Daniel Chea as saying his forces were in control of Voinjama. But on Friday, Mr. Chea told VOA that government troops are still battling with rebels over the town.
"Our forces are inside Voinjama," said Mr. Chea. "We are in the city center. We have pushed them to the outskirts, and as I speak to you, our forces are in the middle of Voinjama. The only reason why we have not announced the actual taking of Voinjama is because, from a military standpoint, even though we are inside the city of Voinjama, we are still fighting them on the outskirts. We are inside, but militarily, before you can talk about control, you have to have consolidation of forces in there. They were in the town, [and] we pushed them out. They are still on the outskirts, battling government forces."
""",
        "quotes": [
            ("indirect", "government troops captured the town, following what they say was a fierce gun battle this week", "say", "Liberian defense officials", "Liberian defense officials", "LBR", "nominal"),
            ("indirect", "the insurgents retained control of the town", "said", "witnesses in Voinjama", "witnesses in Voinjama", "LBR", "nominal"),
            ("indirect", "they remain in control of Voinjama", "said", "Rebels with the group, Liberians United for Reconciliation and Democracy, LURD", "LURD rebels", "LBR", "nominal"),
            ("indirect", "his forces were in control of Voinjama", "saying", "Liberian Defense Minister Daniel Chea", "Daniel Chea", "LBR", "name"),
            ("indirect", "government troops are still battling with rebels over the town", "told", "Mr. Chea", "Daniel Chea", "LBR", "name"),
            ("direct", "Our forces are inside Voinjama", "said", "Mr. Chea", "Daniel Chea", "LBR", "name"),
            ("direct", "We are in the city center<<>>battling government forces.", "said", "Mr. Chea", "Daniel Chea", "LBR", "name"),
        ],
    },
    {
        "id": "voaafrica-6650369",
        "url": "https://www.voaafrica.com/a/drc-clinic-attack-kills-13/6650369.html",
        "title": "DRC Clinic Attack Kills 13",
        "published": None,
        "truncated": False,
        "note": "Whole page (voaafrica.com). Removed: 'Accessibility links', 'Breaking News', photo caption ('FILE - The wall of a house ...'), the closing credit line 'This report was produced with information sourced from Agnece France-Presse'. The space in 'the attack , said' and the spellings 'neighbouring', '40kms' are the page's.",
        "text": """
Allied Democratic Forces (ADF) rebels have killed 13 people and torched a clinic in the east of the Democratic Republic of Congo, local officials said Friday.
Kasereka Ise Mighambo, the mayor of Lume in North Kivu province, said ADF fighters entered the town Thursday night and burned down a health clinic, killing four patients inside.
He added that the militants killed nine more civilians before retreating into Virunga National Park, a world-renowned wildlife haven in Congo's conflict-torn east.
Local nurse Kule Bwengue also said health authorities had registered 13 deaths in the attack.
The army killed three fighters and captured one when it responded to the attack , said army spokesman Anthony Mualushay.
"In the hospital ward there were four patients who all burned to death, in the pediatric unit all the mattresses are burned and in the side wards we just collected nine bodies," said Kule Mwenge Salomon, a nurse at Lume health center.
Kakule Vikere Lem was feeding his father at the clinic when he saw a column of people with torches approaching the town, around 40kms (25 miles) south-east of the city of Beni.
"I fled, thinking that they would spare the hospital, but unfortunately they burned my father in the hospital," Vikere said.
Claimed by the Islamic State group as its Central African offshoot, the ADF has been accused of massacring Congolese civilians and carrying out terrorist attacks in neighbouring Uganda.
The DRC and Uganda launched a joint offensive against the ADF in November 2021 to crush the rebels, but violence against civilians continues.
More than 120 armed groups roam eastern DRC.
""",
        "quotes": [
            ("indirect", "Allied Democratic Forces (ADF) rebels have killed 13 people<<>>Democratic Republic of Congo", "said", "local officials", "local officials", "COD", "nominal"),
            ("indirect", "ADF fighters entered the town Thursday night<<>>four patients inside", "said", "Kasereka Ise Mighambo", "Kasereka Ise Mighambo", "COD", "name"),
            ("indirect", "the militants killed nine more civilians<<>>conflict-torn east", "added", "He", "Kasereka Ise Mighambo", "COD", "pronoun"),
            ("indirect", "health authorities had registered 13 deaths in the attack", "said", "Local nurse Kule Bwengue", "Kule Bwengue", "COD", "name"),
            ("indirect", "The army killed three fighters and captured one when it responded to the attack", "said", "army spokesman Anthony Mualushay", "Anthony Mualushay", "COD", "name"),
            ("direct", "In the hospital ward there were four patients<<>>collected nine bodies", "said", "Kule Mwenge Salomon", "Kule Mwenge Salomon", "COD", "name"),
            ("direct", "I fled, thinking that they would spare the hospital<<>>my father in the hospital", "said", "Vikere", "Kakule Vikere Lem", "COD", "name"),
        ],
    },
    {
        "id": "voa-1839384",
        "url": "http://www.voanews.com/content/former-central-african-republican-rebels-go-missing/1839384.html",
        "title": "Former Rebel Fighters Go Missing in CAR",
        "published": None,
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'News / Africa', photo caption (given twice), byline 'Nick Long'. The space in 'of the country .' and double spaces are the page's. An attribution interrupting the clause ('But most probably remain in Bangui, he said.') gives the clause without the conjunction.",
        "text": """
A large group of ex-rebel fighters appears to have gone missing in the Central African Republic, according to the African Union military mission in the country.
A spokesman for the African Union mission says a number of combatants from Seleka, the largely Muslim ex-rebel movement, left the C.A.R. capital over the last two days with a convoy of AU Chadian troops, heading towards the north of the country .
But spokesman Eloi Yao said when the Chadians arrived at Bossangoa, 350 kilometers north of Bangui, the Seleka fighters were no longer with them.
Numerous reports have suggested many of the Seleka are in fact Chadian or Sudanese mercenaries, so they may have felt the departure of AU troops was a signal for them to leave too.
AU Chadian troops have in the past two months been accused of taking sides with the Seleka in their fight against largely Christian militias known as anti-Balaka.
Yao said there are estimates of hundreds of Seleka leaving Bangui with the Chadians this week.  But most probably remain in Bangui, he said.  Their number was put at 6,000.
A military spokesman for the Seleka in Bangui, Mahamat Doungba, said in an interview with VOA that the soldiers want to join the C.A.R. army.
He says all their fighters are ready to join a national army.
""",
        "quotes": [
            ("indirect", "A large group of ex-rebel fighters<<>>Central African Republic", "according to", "the African Union military mission", "African Union military mission", "IGO", "organisation"),
            ("indirect", "a number of combatants from Seleka<<>>north of the country", "says", "A spokesman for the African Union mission", "Eloi Yao", "IGO", "nominal"),
            ("indirect", "when the Chadians arrived at Bossangoa<<>>no longer with them", "said", "spokesman Eloi Yao", "Eloi Yao", "IGO", "name"),
            ("indirect", "many of the Seleka are in fact Chadian or Sudanese mercenaries", "suggested", "Numerous reports", "numerous reports", None, "nominal"),
            ("indirect", "there are estimates of hundreds of Seleka leaving Bangui with the Chadians this week", "said", "Yao", "Eloi Yao", "IGO", "name"),
            ("indirect", "most probably remain in Bangui", "said", "he", "Eloi Yao", "IGO", "pronoun"),
            ("indirect", "the soldiers want to join the C.A.R. army", "said", "Mahamat Doungba", "Mahamat Doungba", "CAF", "name"),
            ("indirect", "all their fighters are ready to join a national army", "says", "He", "Mahamat Doungba", "CAF", "pronoun"),
        ],
    },
]

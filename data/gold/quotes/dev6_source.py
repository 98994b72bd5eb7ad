"""Source of the quotes dev set ``dev6.jsonl`` (Voice of America news; built by ``dev4_build.py dev6``).

Seven VOA news stories (public domain) as stored by the ``search`` tool's ``pages`` corpus, some on
feed aggregators that republish VOA's feed verbatim (the page URL is the aggregator's). Each text
is the start of one story, cut at the last complete sentence the store returned; paragraph breaks
(rendered by the store as runs of spaces) are ``\\n``; headlines are left out.
Quotes: tuples ``(span, kind, cue, speaker_text, speaker, speaker_class, speaker_country)`` in text
order, following ``GUIDELINE.md``. Annotated by hand by helper qqfix on 2026-12-05 **before the
system ran on these texts**.
"""

VOA = "Voice of America (via aggregator)"

DOCS = [
    {
        "id": "voa-un-lebanon-devices", "source": VOA, "published": "2024-09-20",
        "url": "https://immigrationresearch.org/aggregator/sources/13?page=277",
        "note": "first story on the page; headline left out",
        "paragraphs": [
            "United Nations — The United Nations said Friday that the detonation of handheld communication devices in Lebanon could constitute a war crime as Beirut's top diplomat accused Israel of orchestrating what he called a terror attack.",
            "The blasts that killed at least 37 people and wounded nearly 3,000 on Tuesday and Wednesday targeted communication devices used by the Iran-backed Hezbollah group.",
            "Pagers and walkie-talkies exploded as their users were shopping in supermarkets, walking on streets and attending funerals, plunging the country into panic.",
            "\"International humanitarian law prohibits the use of booby-trap devices in the form of apparently harmless portable objects,\" the U.N.'s high commissioner for human rights, Volker Turk, told the Security Council during an emergency session on Lebanon requested by Algeria.",
            "\"It is a war crime to commit violence intended to spread terror among civilians,\" he added, repeating his call for an \"independent, rigorous and transparent\" investigation.",
            "\"I am appalled by the breadth and impact of the attacks,\" said Turk.",
            "\"These attacks represent a new development in warfare, where communication tools become weapons,\" he added. \"This cannot be the new normal.\"",
            "Speaking at the Security Council, Lebanon's top diplomat, Abdallah Bouhabib, called the attack \"an unprecedented method of warfare in its brutality and terror.\"",
            "\"Israel, through this terrorist aggression, has violated the basic principles of international humanitarian law,\" he said, calling Israel a \"rogue state.\"",
        ],
        "quotes": [
            ("the detonation of handheld communication devices in Lebanon could constitute a war crime", "indirect", "said", "The United Nations", "United Nations", "organisation", "UNO"),
            ("International humanitarian law prohibits the use of booby-trap devices in the form of apparently harmless portable objects", "direct", "told", "Volker Turk", "Volker Turk", "name", "UNO"),
            ("It is a war crime to commit violence intended to spread terror among civilians", "direct", "added", "he", "Volker Turk", "pronoun", "UNO"),
            ("independent, rigorous and transparent", "partial", "repeating", "he", "Volker Turk", "pronoun", "UNO"),
            ("I am appalled by the breadth and impact of the attacks", "direct", "said", "Turk", "Volker Turk", "name", "UNO"),
            ("These attacks represent a new development in warfare, where communication tools become weapons", "direct", "added", "he", "Volker Turk", "pronoun", "UNO"),
            ("This cannot be the new normal.", "direct", "added", "he", "Volker Turk", "pronoun", "UNO"),
            ("an unprecedented method of warfare in its brutality and terror", "partial", "called", "Abdallah Bouhabib", "Abdallah Bouhabib", "name", "LBN"),
            ("Israel, through this terrorist aggression, has violated the basic principles of international humanitarian law", "direct", "said", "he", "Abdallah Bouhabib", "pronoun", "LBN"),
            ("rogue state", "partial", "calling", "he", "Abdallah Bouhabib", "pronoun", "LBN"),
        ],
    },
    {
        "id": "voa-orsk-dam-burst", "source": VOA, "published": "2024-04-06",
        "url": "https://immigrationresearch.org/aggregator/sources/13?page=375",
        "note": "first story on the page; headline left out; cut before the last, unfinished quotation",
        "paragraphs": [
            "Moscow, Russia — Russia said Saturday it had evacuated 4,500 people in the Orenburg region, in the southern Urals near Kazakhstan, because of flooding after a dam burst.",
            "Emergency services had been working through the night after a dam burst in the city of Orsk, near the border with Kazakhstan.",
            "The press service of the Orenburg governor said 4,402 people, including 1,100 children had been evacuated and more than 6,000 homes were affected by the flooding after torrential rain.",
            "President Vladimir Putin ordered Emergency Situations Minister Alexander Kurenkov to the region, a Kremlin spokesman said late Saturday.",
            "Authorities also opened a criminal case for \"negligence and violation of construction safety rules\" over the burst dam, which was built in 2014.",
            "Orenburg regional governor Denis Pasler said specialists assessed that the dam was built \"for a different weight\" and that the level of rainfall was \"exceptional.\" Authorities said the situation was difficult throughout the region, warning of a dangerous water level on the Ural River in the main city of Orenburg. The mayor of the city of half a million people, Sergei Salmin, said authorities would forcibly evacuate people from flooded zones if they refused orders to leave. He said the water level of the Ural River had risen to 855 centimeters (about 28 feet) and \"will rise\" farther. He named several districts of the city and nearby villages likely to be affected. \"The situation leaves you no choice. At night, the river can reach a critical level,\" he said.",
        ],
        "quotes": [
            ("it had evacuated 4,500 people in the Orenburg region, in the southern Urals near Kazakhstan, because of flooding after a dam burst", "indirect", "said", "Russia", "Russia", "organisation", "RUS"),
            ("4,402 people, including 1,100 children had been evacuated and more than 6,000 homes were affected by the flooding after torrential rain", "indirect", "said", "The press service of the Orenburg governor", "press service of the Orenburg governor", "organisation", "RUS"),
            ("President Vladimir Putin ordered Emergency Situations Minister Alexander Kurenkov to the region", "indirect", "said", "a Kremlin spokesman", "Kremlin spokesman", "nominal", "RUS"),
            ("negligence and violation of construction safety rules", "partial", None, "Authorities", "Authorities", "nominal", "RUS"),
            ("specialists assessed that the dam was built \"for a different weight\" and that the level of rainfall was \"exceptional.\"", "indirect", "said", "Orenburg regional governor Denis Pasler", "Denis Pasler", "name", "RUS"),
            ("for a different weight", "partial", "said", "Orenburg regional governor Denis Pasler", "Denis Pasler", "name", "RUS"),
            ("exceptional", "partial", "said", "Orenburg regional governor Denis Pasler", "Denis Pasler", "name", "RUS"),
            ("the situation was difficult throughout the region", "indirect", "said", "Authorities", "Authorities", "nominal", "RUS"),
            ("authorities would forcibly evacuate people from flooded zones if they refused orders to leave", "indirect", "said", "Sergei Salmin", "Sergei Salmin", "name", "RUS"),
            ("the water level of the Ural River had risen to 855 centimeters (about 28 feet) and \"will rise\" farther", "indirect", "said", "He", "Sergei Salmin", "pronoun", "RUS"),
            ("will rise", "partial", "said", "He", "Sergei Salmin", "pronoun", "RUS"),
            ("The situation leaves you no choice. At night, the river can reach a critical level", "direct", "said", "he", "Sergei Salmin", "pronoun", "RUS"),
        ],
    },
    {
        "id": "voa-bolivia-arce-coup", "source": VOA, "published": "2024-06-29",
        "url": "https://immigrationresearch.org/aggregator?page=74",
        "note": "first story on the page; headline left out; cut at the last complete sentence",
        "paragraphs": [
            "LA PAZ, Bolivia — Bolivian President Luis Arce said Friday a former general planned to \"take over\" the government and become president in a failed coup, and he denied that the Andean nation was in an economic crisis. In an interview with The Associated Press, the embattled leader denied once again that Wednesday's attack on the government palace was a \"self-coup\" designed to garner him political points. \"I didn't escape. I stayed to defend democracy,\" Arce said. Arce washed his hands of claims by relatives of the 21 people detained by the government that they were innocent of attempting a coup and had been tricked by ex-Gen. Juan Jose Zúñiga. \"It's a problem of those who were involved, it's not the government's problem,\" Arce told AP. Arce said also his government has been \"politically attacked\" by his one-time ally turned rival, former President Evo Morales, saying the infighting has snarled legislative activities and hamstrung his government confronting economic problems. Despite that, he said, Bolivia's economy is growing and his administration is working to \"diversify\" means of producing, investing in things like lithium and industrializing. Bolivia has the largest reserves of lithium — a metal known as \"white gold\" and considered essential in the green transition — in the world that has gone largely untapped, in part due to government policy. Arce said the government \"has taken action\" to address intermittent gasoline and dollar shortages and other hurdles ailing the South American nation's economy. \"Bolivia has an economy that's growing. An economy in crisis doesn't grow,\" he said.",
        ],
        "quotes": [
            ("a former general planned to \"take over\" the government and become president in a failed coup", "indirect", "said", "Bolivian President Luis Arce", "Luis Arce", "name", "BOL"),
            ("take over", "partial", "said", "Bolivian President Luis Arce", "Luis Arce", "name", "BOL"),
            ("the Andean nation was in an economic crisis", "indirect", "denied", "he", "Luis Arce", "pronoun", "BOL"),
            ("Wednesday's attack on the government palace was a \"self-coup\" designed to garner him political points", "indirect", "denied", "the embattled leader", "Luis Arce", "nominal", "BOL"),
            ("I didn't escape. I stayed to defend democracy", "direct", "said", "Arce", "Luis Arce", "name", "BOL"),
            ("It's a problem of those who were involved, it's not the government's problem", "direct", "told", "Arce", "Luis Arce", "name", "BOL"),
            ("his government has been \"politically attacked\" by his one-time ally turned rival, former President Evo Morales", "indirect", "said", "Arce", "Luis Arce", "name", "BOL"),
            ("politically attacked", "partial", "said", "Arce", "Luis Arce", "name", "BOL"),
            ("the infighting has snarled legislative activities and hamstrung his government confronting economic problems", "indirect", "saying", "Arce", "Luis Arce", "name", "BOL"),
            ("Bolivia's economy is growing and his administration is working to \"diversify\" means of producing, investing in things like lithium and industrializing", "indirect", "said", "he", "Luis Arce", "pronoun", "BOL"),
            ("diversify", "partial", "said", "he", "Luis Arce", "pronoun", "BOL"),
            ("the government \"has taken action\" to address intermittent gasoline and dollar shortages and other hurdles ailing the South American nation's economy", "indirect", "said", "Arce", "Luis Arce", "name", "BOL"),
            ("has taken action", "partial", "said", "Arce", "Luis Arce", "name", "BOL"),
            ("Bolivia has an economy that's growing. An economy in crisis doesn't grow", "direct", "said", "he", "Luis Arce", "pronoun", "BOL"),
        ],
    },
    {
        "id": "voa-khamenei-normalization", "source": VOA, "published": "2024-05",
        "url": "https://immigrationresearch.org/aggregator?page=286",
        "note": "first story on the page; headline left out",
        "paragraphs": [
            "Tehran, Iran — Iran's supreme leader, Ayatollah Ali Khamenei, said that efforts underway to normalize ties between Israel and Arab countries will not resolve the crisis in the Middle East.",
            "\"Some people think that by forcing neighboring countries to normalize their ties [with Israel] the problem will be solved,\" Khamenei said in remarks made Wednesday. \"They are wrong.\"",
            "Khamenei's remarks came after U.S. Secretary of State Antony Blinken on Monday said Washington is nearly ready with a security package to offer Saudi Arabia if it normalizes relations with Israel.",
            "Saudi Arabia had been in talks over a potential normalization with Israel, but they were paused when the Gaza war broke out.",
            "The war erupted after Hamas' October 7 attack on southern Israel, which resulted in the deaths of about 1,200 people, mostly civilians. About 250 people were taken hostage by Hamas, which has been designated a terror group by the U.S., U.K., EU and others.",
            "Israel's retaliatory offensive has killed at least more than 34,500 people in Gaza, mostly women and children, according to the Health Ministry in the Hamas-run territory.",
            "Regional tensions have soared since the start of the Israel-Hamas war, drawing in Iran-backed militant groups in Syria, Lebanon, Iraq and Yemen.",
            "The Islamic republic backs Hamas but has denied any direct involvement in the group's attack on arch-foe Israel.",
            "Iran does not recognize Israel and has made support for the Palestinian cause a centerpiece of its foreign policy since the 1979 Islamic revolution.",
            "\"Palestine should be returned to them [Palestinians],\" Khamenei said.",
            "\"They should form their own regime, their own system. Then that system should decide how to deal with the Zionists,\" he said.",
        ],
        "quotes": [
            ("efforts underway to normalize ties between Israel and Arab countries will not resolve the crisis in the Middle East", "indirect", "said", "Ayatollah Ali Khamenei", "Ali Khamenei", "name", "IRN"),
            ("Some people think that by forcing neighboring countries to normalize their ties [with Israel] the problem will be solved", "direct", "said", "Khamenei", "Ali Khamenei", "name", "IRN"),
            ("They are wrong.", "direct", "said", "Khamenei", "Ali Khamenei", "name", "IRN"),
            ("Washington is nearly ready with a security package to offer Saudi Arabia if it normalizes relations with Israel", "indirect", "said", "U.S. Secretary of State Antony Blinken", "Antony Blinken", "name", "USA"),
            ("Israel's retaliatory offensive has killed at least more than 34,500 people in Gaza, mostly women and children", "indirect", "according to", "the Health Ministry in the Hamas-run territory", "Health Ministry in the Hamas-run territory", "organisation", "PSE"),
            ("Palestine should be returned to them [Palestinians]", "direct", "said", "Khamenei", "Ali Khamenei", "name", "IRN"),
            ("They should form their own regime, their own system. Then that system should decide how to deal with the Zionists", "direct", "said", "he", "Ali Khamenei", "pronoun", "IRN"),
        ],
    },
    {
        "id": "voa-trump-central-america-aid", "source": VOA, "published": "2018-10-22",
        "url": "http://medyajans.com/bilisim-ve-teknoloji-haberleri/40-bilisim-ve-teknoloji-haberleri/958-voabilim.html",
        "note": "first VOA story in the page's feed list; headline left out; cut at the last complete sentence",
        "paragraphs": [
            "President Donald Trump says the United States \"will now begin cutting off or substantially reducing\" the amount of foreign aid given to three Central American countries, saying they were \"not able to do the job\" of stopping migrants from leaving their countries and \"coming illegally\" to the U.S. \"Guatemala, Honduras, El Salvador — they're paid a lot of money,\" Trump told reporters Monday afternoon. \"Every year, we give them foreign aid. And they did nothing for us. Nothing. They did nothing for us. So, we give them tremendous amounts of money. You know what it is, you cover it all the time — hundreds of millions of dollars. They, like a lot of others, do nothing for our country.\" The president's comments came as a group of several thousand migrants, mostly from Honduras, spent Sunday night in the southern Mexican city of Tapachula as they continued their trek toward the United States and away from what they say is unbearable violence and poverty at home. Trump, in a tweet earlier in the day, claimed \"criminals and unknown Middle Easterners are mixed in\" the caravan. Reporters traveling with the caravan say they have spotted no people from the Middle East in the group. Asked by a reporter on the White House south lawn what evidence he had of Middle Easterners in the caravan, Trump replied, \"I had reports, and they have a lot of everybody in the group. It's a horrible thing, and it's a lot bigger than 5,000 people, and we got to stop 'em at the border. And unfortunately, you look at the countries, they have not done their job.\" When pressed further about his assertion, Trump told journalists if they take their cameras into the caravan, \"You're going to find MS-13. You're going to find Middle Eastern. You're going to find everything. And guess what, we're not allowing them in our country. We want safety.\"",
        ],
        "quotes": [
            ("the United States \"will now begin cutting off or substantially reducing\" the amount of foreign aid given to three Central American countries", "indirect", "says", "President Donald Trump", "Donald Trump", "name", "USA"),
            ("will now begin cutting off or substantially reducing", "partial", "says", "President Donald Trump", "Donald Trump", "name", "USA"),
            ("they were \"not able to do the job\" of stopping migrants from leaving their countries and \"coming illegally\" to the U.S.", "indirect", "saying", "President Donald Trump", "Donald Trump", "name", "USA"),
            ("not able to do the job", "partial", "saying", "President Donald Trump", "Donald Trump", "name", "USA"),
            ("coming illegally", "partial", "saying", "President Donald Trump", "Donald Trump", "name", "USA"),
            ("Guatemala, Honduras, El Salvador — they're paid a lot of money", "direct", "told", "Trump", "Donald Trump", "name", "USA"),
            ("Every year, we give them foreign aid. And they did nothing for us. Nothing. They did nothing for us. So, we give them tremendous amounts of money. You know what it is, you cover it all the time — hundreds of millions of dollars. They, like a lot of others, do nothing for our country.", "direct", "told", "Trump", "Donald Trump", "name", "USA"),
            ("criminals and unknown Middle Easterners are mixed in", "partial", "claimed", "Trump", "Donald Trump", "name", "USA"),
            ("they have spotted no people from the Middle East in the group", "indirect", "say", "Reporters traveling with the caravan", "Reporters traveling with the caravan", "nominal", None),
            ("I had reports, and they have a lot of everybody in the group. It's a horrible thing, and it's a lot bigger than 5,000 people, and we got to stop 'em at the border. And unfortunately, you look at the countries, they have not done their job.", "direct", "replied", "Trump", "Donald Trump", "name", "USA"),
            ("You're going to find MS-13. You're going to find Middle Eastern. You're going to find everything. And guess what, we're not allowing them in our country. We want safety.", "direct", "told", "Trump", "Donald Trump", "name", "USA"),
        ],
    },
    {
        "id": "voa-who-sage-boosters", "source": VOA, "published": "2022-08",
        "url": "https://liulo.fm/show/voice-of-america-ch60c70e796732871d7af7038f",
        "note": "first episode text on the page; headline left out; cut at the last complete sentence",
        "paragraphs": [
            "A group of World Health Organization experts is recommending COVID-19 booster shots for people at the highest risk of severe illness and death. The Strategic Advisory Group of Experts on Immunization or SAGE, which met in extraordinary session August 11, issued its updated guidance Thursday. SAGE recommends continued use of the two-dose mRNA COVID-19 vaccines. Since the vaccines’ efficacy wanes after several months, however, the group of experts advises a booster shot for everyone, beginning with those at highest risk. This is the first time SAGE has updated its guidance on the administration of a second booster shot. Its recommendations are based on increasing evidence on the benefits of a second booster dose of COVID-19 vaccines for select groups of people. SAGE chairman Alejandro Cravioto said the group recommends a second booster shot for people older than 55 who are considered at highest risk of developing severe disease and in need of hospitalization. He said SAGE does not advocate a second booster for the general public, for adults who are generally healthy and do not suffer from severe immunodeficiency. \"We also include persons with moderate and severe immuno-compromising conditions from, say, 6 months and above,\" Cravioto said. \"And that includes the children and adults with co-morbidities at higher risk of severe disease. We also include pregnant women and health workers.” SAGE recommends a second booster be given four to six months after the administration of the first. It says healthy children and adolescents remain at low risk of severe disease from COVID-19, so there currently is no recommendation for youth groups to be vaccinated.",
        ],
        "quotes": [
            ("the group recommends a second booster shot for people older than 55 who are considered at highest risk of developing severe disease and in need of hospitalization", "indirect", "said", "SAGE chairman Alejandro Cravioto", "Alejandro Cravioto", "name", "IGO"),
            ("SAGE does not advocate a second booster for the general public, for adults who are generally healthy and do not suffer from severe immunodeficiency", "indirect", "said", "He", "Alejandro Cravioto", "pronoun", "IGO"),
            ("We also include persons with moderate and severe immuno-compromising conditions from, say, 6 months and above", "direct", "said", "Cravioto", "Alejandro Cravioto", "name", "IGO"),
            ("And that includes the children and adults with co-morbidities at higher risk of severe disease. We also include pregnant women and health workers.", "direct", "said", "Cravioto", "Alejandro Cravioto", "name", "IGO"),
            ("healthy children and adolescents remain at low risk of severe disease from COVID-19, so there currently is no recommendation for youth groups to be vaccinated", "indirect", "says", "It", "SAGE", "pronoun", "IGO"),
        ],
    },
    {
        "id": "voa-bloomberg-hopkins-gift", "source": VOA, "published": "2018-11",
        "url": "http://medyajans.com/saglik-haberleri/47-/487-voa",
        "note": "first VOA story in the page's feed list; headline left out; cut at the last complete sentence",
        "paragraphs": [
            "Former New York City mayor Michael Bloomberg announced Sunday he's donating $1.8 billion to his alma mater, Johns Hopkins University, to boost financial aid for low- and middle-income students. The Baltimore university said the contribution - the largest ever to any education institution in the U.S. - will allow Johns Hopkins to eliminate student loans in financial aid packages starting next fall. The university will instead offer scholarships that don't have to be repaid.",
            "University President Ronald Daniels said Bloomberg's contribution will also let the institution permanently commit to “need-blind admissions,” or the principle of admitting the highest-achieving students, regardless of their ability to pay for their education.",
            "“Hopkins has received a gift that is unprecedented and transformative,” he said in a statement, noting the prestigious school was founded in 1876 by a $7 million gift from Baltimore merchant Johns Hopkins that was, similarly, the largest gift of its kind at the time.",
            "By way of comparison, the Bill & Melinda Gates Foundation launched the Gates Millennium Scholars program in 1999 with a $1 billion commitment over 20 years. The Chronicle of Higher Education listed it as the largest private donation to a higher-education institution in the U.S. earlier this month.",
            "Bloomberg said he expects the money will allow Hopkins to offer more generous scholarships and ease the debt burden for graduates.",
            "“America is at its best when we reward people based on the quality of their work, not the size of their pocketbook,” he said in a statement. “Denying students entry to a college based on their ability to pay undermines equal opportunity.”",
            "The 76-year-old founder of the global finances services and media company, Bloomberg L.P., is among the world's richest people.",
        ],
        "quotes": [
            ("he's donating $1.8 billion to his alma mater, Johns Hopkins University, to boost financial aid for low- and middle-income students", "indirect", "announced", "Former New York City mayor Michael Bloomberg", "Michael Bloomberg", "name", "USA"),
            ("the contribution - the largest ever to any education institution in the U.S. - will allow Johns Hopkins to eliminate student loans in financial aid packages starting next fall", "indirect", "said", "The Baltimore university", "Johns Hopkins University", "organisation", "USA"),
            ("Bloomberg's contribution will also let the institution permanently commit to “need-blind admissions,” or the principle of admitting the highest-achieving students, regardless of their ability to pay for their education", "indirect", "said", "University President Ronald Daniels", "Ronald Daniels", "name", "USA"),
            ("need-blind admissions", "partial", "said", "University President Ronald Daniels", "Ronald Daniels", "name", "USA"),
            ("Hopkins has received a gift that is unprecedented and transformative", "direct", "said", "he", "Ronald Daniels", "pronoun", "USA"),
            ("the prestigious school was founded in 1876 by a $7 million gift from Baltimore merchant Johns Hopkins that was, similarly, the largest gift of its kind at the time", "indirect", "noting", "he", "Ronald Daniels", "pronoun", "USA"),
            ("he expects the money will allow Hopkins to offer more generous scholarships and ease the debt burden for graduates", "indirect", "said", "Bloomberg", "Michael Bloomberg", "name", "USA"),
            ("America is at its best when we reward people based on the quality of their work, not the size of their pocketbook", "direct", "said", "he", "Michael Bloomberg", "pronoun", "USA"),
            ("Denying students entry to a college based on their ability to pay undermines equal opportunity.", "direct", "said", "he", "Michael Bloomberg", "pronoun", "USA"),
        ],
    },
]

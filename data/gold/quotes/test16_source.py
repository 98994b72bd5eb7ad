"""Source of the sealed quotes test set ``test16.jsonl`` (VOA news stories, 2005-2023).

Annotated by helper sqq17 on 2026-12-07, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test16.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t16-zimbabwe-tsvangirai-2007",
        "url": "https://www.voanews.com/a/a-13-2007-03-19-voa36/347642.html",
        "title": "Opposition Leader Says Zimbabwe Oppression at New Level",
        "published": "2007-03-19",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('... his colleagu'); kept to the last complete sentence. "
                "published: the date in the URL.",
        "text": """
Morgan Tsvangirai, founding president of Zimbabwe's Movement for Democratic Change, says President Robert Mugabe has launched a new phase in the suppression of opposition voices. Peta Thornycroft spoke with Tsvangirai at his home, where he is recuperating from injuries sustained while in police custody a week ago.
MDC leader Tsvangirai told VOA that with the weekend assault with an iron bar on an opposition leader Nelson Chimasa at the airport, in full view of the public, President Robert Mugabe has taken the oppression of his people to a new level.
"I suspect any dictatorship raises the threshold, and I think this is a new phase, where instead of random beatings at police stations," Tsvangirai said, "he is now using hit squads, unidentified men unidentified vehicles, so but we know these are units of state agents, that have been given this assignment."
Chimasa, who was at the airport to fly with ruling Zanu-PF colleagues to a multi-party forum at the European Union, heard Monday that he would not lose an eye as a consequence of the assault.
Eight days following his beating at the Machipisa Police Station, Tsvangirai's face is still swollen, and he is still stiff and sore, but he seemed relaxed and comfortable sitting beneath a shady tree in back garden of his Harare home.
Tsvangirai says that Security Minister Didymus Mutasa must take responsibility for the execution of the assaults. But, he said, it is done at the instigation of President Mugabe.
"I can assess who is in charge of this, it is coming directly coming from Mugabe, Mugabe is a violent man and he does not hide it, especially where his power is threatened," he said. "No excuses, no regrets, the defiance epitomizes his attitude."
""",
        "quotes": [
            ("indirect", "President Robert Mugabe has launched a new phase in the suppression of opposition voices",
             "says", "Morgan Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "with the weekend assault with an iron bar<<>>to a new level",
             "told", "MDC leader Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("direct", "I suspect any dictatorship raises the threshold, and I think this is a new phase, where instead of random beatings at police stations",
             "said", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("direct", "he is now using hit squads<<>>given this assignment.",
             "said", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "Security Minister Didymus Mutasa must take responsibility for the execution of the assaults",
             "says", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "it is done at the instigation of President Mugabe",
             "said", "he", "Morgan Tsvangirai", "ZWE", "pronoun"),
            ("direct", "I can assess who is in charge of this<<>>where his power is threatened",
             "said", "he", "Morgan Tsvangirai", "ZWE", "pronoun"),
            ("direct", "No excuses, no regrets, the defiance epitomizes his attitude.",
             "said", "he", "Morgan Tsvangirai", "ZWE", "pronoun"),
        ],
    },
    {
        "id": "t16-zimbabwe-mdc-mutasa-2006",
        "url": "https://www.voanews.com/a/a-13-2006-03-14-voa37/319716.html",
        "title": "Zimbabwe's Main Opposition Group Accuses Government Of Threatening Its Leader",
        "published": "2006-03-14",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. The stored page ends "
                "after the last sentence kept (no furniture after it, so the store may have cut "
                "later paragraphs). published: the date in the URL. The page's '[barren]' is kept.",
        "text": """
Zimbabwe’s main opposition group, the Movement for Democratic Change, says President Robert Mugabe’s ZANU-PF government is panicking. This follows a late night address on state television by Didymus Mutasa, minister of state security, who threatened physical harm to MDC leader Morgan Tsvangirai. In a press statement, the MDC said for a minister to appear on national television and issue a chilling statement serves to confirm how the regime is panicking. The statement added that the dictatorship is suffering from a guilty conscience over its authorship of the Zimbabwean crises and is now engaged in shameful acts of shadow boxing and shadow chasing.
Nelson Chamisa is a spokesman for the opposition MDC. Speaking with English to Africa reporter Peter Clottey, he said, “What we have to realize is that this government seem to be [barren] of ideas and it has manifested in extraordinary levels of desperation and they have no solution for the political and economic crises that we are facing for the social decay we have witnessed in the country.”
Reacting to the recently found arms cache linked to the MDC, Chamisa said, “If you look at what they are now doing, they deliberately planted some arms. And what they forget is that in the MDC, we are not a rebel movement; we are a legitimate opposition political party.” He added that there is glaring evidence that suggests the government wants to eliminate MDC leader Morgan Tsvangirai.
""",
        "quotes": [
            ("indirect", "President Robert Mugabe’s ZANU-PF government is panicking",
             "says", "the Movement for Democratic Change", "Movement for Democratic Change", "ZWE", "organisation"),
            ("indirect", "for a minister to appear on national television and issue a chilling statement serves to confirm how the regime is panicking",
             "said", "the MDC", "Movement for Democratic Change", "ZWE", "organisation"),
            ("indirect", "the dictatorship is suffering from a guilty conscience<<>>shadow boxing and shadow chasing",
             "added", "The statement", "Movement for Democratic Change", "ZWE", "organisation"),
            ("direct", "What we have to realize is that this government<<>>witnessed in the country.",
             "said", "he", "Nelson Chamisa", "ZWE", "pronoun"),
            ("direct", "If you look at what they are now doing<<>>a legitimate opposition political party.",
             "said", "Chamisa", "Nelson Chamisa", "ZWE", "name"),
            ("indirect", "there is glaring evidence that suggests the government wants to eliminate MDC leader Morgan Tsvangirai",
             "added", "He", "Nelson Chamisa", "ZWE", "pronoun"),
        ],
    },
    {
        "id": "t16-zimbabwe-opposition-unite-2007",
        "url": "https://www.voanews.com/a/a-13-2007-03-16-voa43-66707317/559695.html",
        "title": "United Opposition Parties Vow to Fight Mugabe",
        "published": "2007-03-16",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('... dramatically weake'); that paragraph was dropped whole. "
                "published: the date in the URL.",
        "text": """
In Zimbabwe, all opposition groups have vowed to continue confronting the government until President Robert Mugabe leaves office and democratic elections are held. For VOA, Peta Thornycroft has more.
Civil rights activist Lovemore Madhuku, head of the National Constitutional Assembly, says Zimbabwe needs a new constitution that protects and promotes free and fair elections, before Zimbabweans participate in another election.
Madhuku was speaking at a news conference Friday that was organized by the Save Zimbabwe Campaign, which last Sunday organized the prayer rally, where top opposition leaders were arrested and beaten by police.
Madhuku, who was among those beaten, said he was taken aside by assistant commissioner Musarashuna Magunda, from the law and order section of Harare police station, who accused him of being a ringleader in the growing opposition to Mr. Mugabe's 27-year rule. He said the assistant commissioner warned him that he would suffer the consequences of his political activities.
Minutes later, Madhuku said, the beatings started. Bruises are still visible on his head and his arm, which was broken and remains in a cast.
The president of one faction of the opposition Movement for Democratic Change, Arthur Mutambara, said all opposition groups need to unite to end what he called "the ZANU-PF tyranny," referring to the ruling party.
Mutambara urged opposition leaders to suspend personal and political agendas in favor of a national agenda, which, he said, is to bring democracy to Zimbabwe. He said he and Morgan Tsvangirai, the founding president of the Movement for Democratic Change and leader of the other faction, are in agreement on opposing the ruling ZANU-PF party. Mutambara also agreed there should be no further participation in elections until there is a new constitution.
""",
        "quotes": [
            ("indirect", "Zimbabwe needs a new constitution that protects and promotes free and fair elections, before Zimbabweans participate in another election",
             "says", "Civil rights activist Lovemore Madhuku", "Lovemore Madhuku", "ZWE", "name"),
            ("indirect", "he was taken aside by assistant commissioner Musarashuna Magunda<<>>Mr. Mugabe's 27-year rule",
             "said", "Madhuku", "Lovemore Madhuku", "ZWE", "name"),
            ("indirect", "he would suffer the consequences of his political activities",
             "warned", "the assistant commissioner", "Musarashuna Magunda", "ZWE", "nominal"),
            ("indirect", "the beatings started",
             "said", "Madhuku", "Lovemore Madhuku", "ZWE", "name"),
            ("indirect", "all opposition groups need to unite to end what he called \"the ZANU-PF tyranny,\"",
             "said", "Arthur Mutambara", "Arthur Mutambara", "ZWE", "name"),
            ("partial", "the ZANU-PF tyranny",
             "called", "he", "Arthur Mutambara", "ZWE", "pronoun"),
            ("indirect", "is to bring democracy to Zimbabwe",
             "said", "he", "Arthur Mutambara", "ZWE", "pronoun"),
            ("indirect", "he and Morgan Tsvangirai, the founding president<<>>opposing the ruling ZANU-PF party",
             "said", "He", "Arthur Mutambara", "ZWE", "pronoun"),
            ("indirect", "there should be no further participation in elections until there is a new constitution",
             "agreed", "Mutambara", "Arthur Mutambara", "ZWE", "name"),
        ],
    },
    {
        "id": "t16-somalia-garaad-shabab-2016",
        "url": "https://www.voanews.com/a/suspected-al-shabab-militants-move-into-somalia-coastal-village/3236230.html",
        "title": "Suspected Al-Shabab Militants Move Into Somalia Coastal Village",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, dateline line 'Garowe, "
                "Somalia'. The stored page ends after the last quotation (story whole as stored). "
                "published: null (no date on the stored page; the story id places it in early 2016).",
        "text": """
Residents in central Somalia say heavily armed suspected al-Shabab militants have arrived at their coastal village and exchanged gunfire with local militias. The reports came before the telecommunications of the town were completely cut off Monday afternoon.
Residents who asked not to be named for fear of reprisals told VOA that the militants were travelling on three boats that entered Gara’ad village, 280 kilometers North East of Galkayo, the provincial capital of Mudug region of Central Somalia.
“Travelling with three boats, they entered the village from the sea. They exchanged fire with local militias, and we do not know their aim,” said one resident.
As soon the news broke out, the village’s communication with the outside world was cut off, making details unavailable.
Authorities in the Puntland region of Somalia which controls Gara’ad village could not be reached for comment.
The move comes two days after al-Shabab fighters in central Somalia shut down telecommunications between the towns of Harardhere and Hobyo.
Resident Abdi Ali told VOA Somali the militants were making military movements around Harardhere town.
“They kidnapped several boats from the local fishermen and loaded them with fighters,” Ali said. “We do not know where those fighters were sent to.”
""",
        "quotes": [
            ("indirect", "heavily armed suspected al-Shabab militants have arrived at their coastal village and exchanged gunfire with local militias",
             "say", "Residents in central Somalia", "residents in central Somalia", "SOM", "nominal"),
            ("indirect", "the militants were travelling on three boats<<>>Mudug region of Central Somalia",
             "told", "Residents who asked not to be named for fear of reprisals", "residents", "SOM", "nominal"),
            ("direct", "Travelling with three boats<<>>we do not know their aim",
             "said", "one resident", "resident", "SOM", "nominal"),
            ("indirect", "the militants were making military movements around Harardhere town",
             "told", "Resident Abdi Ali", "Abdi Ali", "SOM", "name"),
            ("direct", "They kidnapped several boats from the local fishermen and loaded them with fighters",
             "said", "Ali", "Abdi Ali", "SOM", "name"),
            ("direct", "We do not know where those fighters were sent to.",
             "said", "Ali", "Abdi Ali", "SOM", "name"),
        ],
    },
    {
        "id": "t16-afghanistan-mansour-message-2015",
        "url": "https://www.voanews.com/a/audio-message-confirms-afghan-taliban-chief-is-alive/3090352.html",
        "title": "Taliban Chief Refutes Own Death in Voice Message",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption, crosshead "
                "''Completely unfounded''. Cut by the store inside the next paragraph ('... in c'); "
                "kept to the last complete sentence. published: null (the stored page gives only "
                "weekdays; the content is December 2015).",
        "text": """
Afghanistan’s Taliban released a voice message late Saturday purportedly from its supreme leader, Mullah Akhtar Mansour, in which he refuted claims he had been killed in a gunbattle earlier this week.
“Brothers, there is no truth in this news and it is absolutely baseless. It is part of the enemy propaganda war to create an impression that there are differences in the Taliban leadership and they have turned into a deadly infighting,” Mansour said in a 14-minute recorded message that Taliban spokesman Zabihullah Mujahid shared with VOA.
The Taliban chief said he was “safe and healthy” and repeatedly dismissed rumors about his death and rifts in the Taliban leadership. He said the Kabul government and its intelligence agency had unleashed the propaganda campaign to malign and divide the Taliban.
Mansour urged his followers not worry about his well-being and to ignore what he said was propaganda. He vowed the Taliban would continue its fight until an “Islamic system” was established in Afghanistan.
The Afghan government said Wednesday that Mansour had been seriously wounded when gunfire broke out during a meeting of Taliban commanders in neighboring Pakistan.
Some officials in Kabul claimed later that the Afghan Taliban chief had been mortally wounded during the incident Tuesday and later died of the injuries he suffered in Kuchlak, a small town near Quetta, capital of Pakistan’s southwestern Baluchistan province.
“This is completely unfounded and let me tell you, and believe me, that I have not visited the Kuchlak area of Quetta for years,” Mansour said in the voice message.
""",
        "quotes": [
            ("direct", "Brothers, there is no truth<<>>turned into a deadly infighting",
             "said", "Mansour", "Mullah Akhtar Mansour", "AFG", "name"),
            ("indirect", "he was “safe and healthy”",
             "said", "The Taliban chief", "Mullah Akhtar Mansour", "AFG", "nominal"),
            ("partial", "safe and healthy",
             "said", "The Taliban chief", "Mullah Akhtar Mansour", "AFG", "nominal"),
            ("indirect", "the Kabul government and its intelligence agency had unleashed the propaganda campaign to malign and divide the Taliban",
             "said", "He", "Mullah Akhtar Mansour", "AFG", "pronoun"),
            ("indirect", "was propaganda",
             "said", "he", "Mullah Akhtar Mansour", "AFG", "pronoun"),
            ("indirect", "the Taliban would continue its fight until an “Islamic system” was established in Afghanistan",
             "vowed", "He", "Mullah Akhtar Mansour", "AFG", "pronoun"),
            ("partial", "Islamic system",
             "vowed", "He", "Mullah Akhtar Mansour", "AFG", "pronoun"),
            ("indirect", "Mansour had been seriously wounded when gunfire broke out during a meeting of Taliban commanders in neighboring Pakistan",
             "said", "The Afghan government", "Afghan government", "AFG", "organisation"),
            ("indirect", "the Afghan Taliban chief had been mortally wounded<<>>southwestern Baluchistan province",
             "claimed", "Some officials in Kabul", "officials in Kabul", "AFG", "nominal"),
            ("direct", "This is completely unfounded<<>>Kuchlak area of Quetta for years",
             "said", "Mansour", "Mullah Akhtar Mansour", "AFG", "name"),
        ],
    },
    {
        "id": "t16-lebanon-beirut-sitin-2006",
        "url": "https://www.voanews.com/a/a-13-2006-12-02-voa22/321657.html",
        "title": "Protests Against Lebanese Government Continue",
        "published": "2006-12-02",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the sentence after the last one kept ('... everywhere - althoug'); kept to the "
                "last complete sentence. published: the date in the URL. The badges 'that say "
                "\"discipline.\"' carry a printed word, not speech (not annotated).",
        "text": """
Thousands of opposition protesters remain camped outside the Lebanese prime minister's office, demanding the resignation of his U.S.-backed government. Leaders of Hezbollah say the demonstration will not end until he goes. As VOA's Challiss McDonough reports from Beirut, many of the protesters say they are ready for the long haul.
At times, it seemed more like a street festival than a protest. Although only a few thousand camped out overnight in tents erected near the government building, the crowd grew much larger during the day. Music blared from countless loudspeakers, and the protesters never seemed to tire of dancing and waving the Lebanese flag. Families strolled through the demonstration together, eating ice cream and snacks.
Bands of young men with drums and horns marched, chanting, from one tent camp to another, sometimes at breakneck speed. But there are scores of Hezbollah "discipline" men deployed throughout the crowd to keep order.
When one rowdy group headed full-speed for the heavily guarded razor-wire barricade around the prime minister's office, they were quickly intercepted by burly men wearing white baseball caps and ID badges that say "discipline."
The protesters are demanding the resignation of Prime Minister Fuad Siniora, or a national unity government, in which the opposition, including Hezbollah, would have one-third of the Cabinet posts and, therefore, a veto over government decisions.
But the prime minister is flatly refusing to step down, and has accused the protesters of trying to topple Lebanon's legitimate, constitutional government. His position has broad support in the international community.
The protesters carried banners of Hezbollah, and the other major Shi'ite party, Amal, as well as the popular Christian party, known as the Free Patriotic Movement, led by General Michel Aoun.
""",
        "quotes": [
            ("indirect", "the demonstration will not end until he goes",
             "say", "Leaders of Hezbollah", "leaders of Hezbollah", "LBN", "nominal"),
            ("indirect", "they are ready for the long haul",
             "say", "many of the protesters", "protesters", "LBN", "nominal"),
        ],
    },
    {
        "id": "t16-colombia-farc-ceasefire-2012",
        "url": "https://www.voanews.com/a/colombian-rebels-to-press-for-cease-fire-with-government/1503327.html",
        "title": "Colombian Rebels to Press for Cease-Fire with Government",
        "published": "2012-09-06",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice). Cut by the store inside the next paragraph ('... drug shipments t'); that "
                "paragraph was dropped whole. published: the caption's date (Sept. 6, 2012, a "
                "Thursday), the 'Thursday' of the announcement.",
        "text": """
Colombia's main leftist rebel group - battered by a decade-long government military offensive - says it will seek a cease-fire next month at the start of preliminary talks with the Bogota government.
Thursday's cease-fire announcement by the Revolutionary Armed Forces of Colombia - better known as FARC - comes just days after President Juan Manuel Santos announced a deal with rebels to open talks next month aimed at ending nearly five decades of warfare. However, the president said there would be no military let-up as the talks open in the Norwegian capital.
The FARC cease-fire overture also follows a government announcement Wednesday that another top rebel leader was killed in a government bombing raid this week near the border with Venezuela.
Defense Minister Juan Carlos Pinzon told reporters the rebel was a close ally of FARC leader Timoleon Jimenez, better known as Timochenko.
"Three guerrillas were killed whose bodies were found," said Pinzon. "There were 15 weapons seized, [including] explosives, grenades, communications systems. We estimate that at least 15 terrorists may have died. Alias Danilo Garcia, the terrorist right-hand of Timochenko was killed in the Catatumbo region," he said.
Last November, Timochenko rose to the rebel group's top post when an earlier leader was killed in a battle with government troops.
""",
        "quotes": [
            ("indirect", "it will seek a cease-fire next month at the start of preliminary talks with the Bogota government",
             "says", "Colombia's main leftist rebel group", "Revolutionary Armed Forces of Colombia", "COL", "organisation"),
            ("indirect", "there would be no military let-up as the talks open in the Norwegian capital",
             "said", "the president", "Juan Manuel Santos", "COL", "nominal"),
            ("indirect", "the rebel was a close ally of FARC leader Timoleon Jimenez, better known as Timochenko",
             "told", "Defense Minister Juan Carlos Pinzon", "Juan Carlos Pinzon", "COL", "name"),
            ("direct", "Three guerrillas were killed whose bodies were found",
             "said", "Pinzon", "Juan Carlos Pinzon", "COL", "name"),
            ("direct", "There were 15 weapons seized<<>>killed in the Catatumbo region",
             "said", "he", "Juan Carlos Pinzon", "COL", "pronoun"),
        ],
    },
    {
        "id": "t16-pakistan-rejects-us-strikes-2008",
        "url": "https://www.voanews.com/a/a-13-2008-01-06-voa10/404507.html",
        "title": "Pakistan Rejects US Plans to Strike Terrorists on its Soil",
        "published": "2008-01-06",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('... including the postpon'); that paragraph was dropped "
                "whole. published: the date in the URL.",
        "text": """
Pakistan says it will not permit the United States to unilaterally hunt terrorists on its soil, despite a common desire to defeat radical Islamist militants. VOA's Michael Bowman reports, the statements from Pakistani officials follow a U.S. media report that the Bush administration has considered expanding U.S. military and intelligence operations in Pakistan's tribal regions, thought to be a possible hiding place for Osama bin Laden.
Pakistan's foreign ministry is downplaying the New York Times story as speculative, but military officials in Islamabad are far more blunt in rejecting possible U.S. activities within their country's borders.
A Pakistani army spokesman, Major General Waheed Arshad, says Pakistan has been clear on the issue, and no foreign forces will be allowed to operate inside Pakistan.
The New York Times is reporting that President Bush's top advisors have debated stepping up covert operations in Pakistan's northern tribal regions, where the country's central government exercises little control. The Times says the move was considered amid concerns that terrorist forces are intensifying efforts to destabilize Pakistan, a critical U.S. ally in the war on terror with a nuclear arsenal.
Speaking on CNN's Late Edition program, Pakistan's ambassador to the United States, Mahmud Ali Durrani, said his government takes the terrorist threat seriously and is actively combating it on its own.
"We are totally focused on destroying al-Qaida and the Taleban network, and not just one person," said Mahmud Ali Durrani. "We are looking at the broader issue."
The ambassador added that neither Pakistan nor the United States knows precisely where terrorist mastermind Osama bin Laden may be hiding, but if his whereabouts were known inside Pakistan, then Pakistani forces would have, in his words, "taken him out."
""",
        "quotes": [
            ("indirect", "it will not permit the United States to unilaterally hunt terrorists on its soil",
             "says", "Pakistan", "Pakistan", "PAK", "organisation"),
            ("indirect", "the statements from Pakistani officials follow a U.S. media report<<>>hiding place for Osama bin Laden",
             "reports", "VOA's Michael Bowman", "Michael Bowman", "USA", "name"),
            ("indirect", "Pakistan has been clear on the issue, and no foreign forces will be allowed to operate inside Pakistan",
             "says", "Major General Waheed Arshad", "Waheed Arshad", "PAK", "name"),
            ("indirect", "President Bush's top advisors have debated stepping up covert operations<<>>exercises little control",
             "reporting", "The New York Times", "New York Times", "USA", "organisation"),
            ("indirect", "the move was considered amid concerns<<>>with a nuclear arsenal",
             "says", "The Times", "New York Times", "USA", "organisation"),
            ("indirect", "his government takes the terrorist threat seriously and is actively combating it on its own",
             "said", "Mahmud Ali Durrani", "Mahmud Ali Durrani", "PAK", "name"),
            ("direct", "We are totally focused on destroying al-Qaida and the Taleban network, and not just one person",
             "said", "Mahmud Ali Durrani", "Mahmud Ali Durrani", "PAK", "name"),
            ("direct", "We are looking at the broader issue.",
             "said", "Mahmud Ali Durrani", "Mahmud Ali Durrani", "PAK", "name"),
            ("indirect", "neither Pakistan nor the United States knows<<>>\"taken him out.\"",
             "added", "The ambassador", "Mahmud Ali Durrani", "PAK", "nominal"),
            ("partial", "taken him out",
             "added", "The ambassador", "Mahmud Ali Durrani", "PAK", "nominal"),
        ],
    },
    {
        "id": "t16-greece-strike-clashes-2012",
        "url": "http://www.voanews.com/content/greek-workers-hold-general-strike/1515084.html",
        "title": "Greek Police Clash With Demonstrators Against Austerity Measures",
        "published": "2012-09-26",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, two embedded video players with their "
                "summaries and dates ('September 26, 2012 10:34 PM', '... 3:26 PM'), byline "
                "'Selah Hennessy', the line 'Watch related video of Greece strike'. Cut by the "
                "store inside the next paragraph ('... disrupted flights arou'); that paragraph "
                "was dropped whole. published: the video's date, the 'Wednesday' of the story.",
        "text": """
Clashes erupted between police and protesters in Greece on Wednesday, as citizens took to the streets to demonstrate against fresh austerity measures. The country also was brought to a virtual halt by a general strike.
It was planned as a peaceful protest, but within hours tension had risen on the streets of Athens. In dramatic scenes near parliament, police fired tear gas at hooded demonstrators, who were throwing stones and petrol bombs.
About 50,000 people took to the streets, banging drums and shouting slogans against austerity measures they say are bringing Greek people to their knees.
It is the first major public demonstration since a new coalition government, led by Prime Minister Antonis Samaras, was elected three months ago on a pro-euro, pro-bailout platform. Demonstrators wanted to show the new government they have had enough of the cuts.
Alexis Tsipras is leader of the opposition Leftist party Syriza. He said that if the coalition government of Samaras cannot protect the rights of Greek society, and accepts and co-signs the "barbaric measures" that are leading to a "Greek holocaust," then it is up to the "voice of the Greek people."
""",
        "quotes": [
            ("indirect", "are bringing Greek people to their knees",
             "say", "they", "protesters", "GRC", "pronoun"),
            ("indirect", "if the coalition government of Samaras<<>>voice of the Greek people.\"",
             "said", "He", "Alexis Tsipras", "GRC", "pronoun"),
            ("partial", "barbaric measures", "said", "He", "Alexis Tsipras", "GRC", "pronoun"),
            ("partial", "Greek holocaust", "said", "He", "Alexis Tsipras", "GRC", "pronoun"),
            ("partial", "voice of the Greek people", "said", "He", "Alexis Tsipras", "GRC", "pronoun"),
        ],
    },
    {
        "id": "t16-cambodia-hello-voa-election-2007",
        "url": "https://www.voacambodia.com/a/a-40-2007-04-23-voa4-90156857/1358778.html",
        "title": "On Eve of Results, Election Monitor Addresses 'Hello VOA'",
        "published": "2007-04-23",
        "truncated": False,
        "note": "VOA Khmer's English page. Removed: 'Accessibility links', 'Breaking News', title "
                "line. Whole as stored. published: the date in the URL. The page's slip 'he and "
                "his wife and been unable' is kept.",
        "text": """
Koul Panha, executive director for the Committee for Free and Fair Elections, told "Hello VOA" listeners Monday that people unhappy with the results from this month's commune election should not be afraid to speak up.
He spoke on the eve of the official results announcement for April 1 commune elections.
Three callers asked about the complexity of voting registration and other irregularities, saying they would like to see things simplified in the future.
One caller suggested vote-counting be done in villages, not far away, for people to have stronger belief in the votes.
Another said he and his wife and been unable to vote because their names were entered wrongly on registration lists. He said he hoped the 2008 elections would make it easier to vote.
Koul Panha told listeners that irregularities and complex procedures had prevented as many as 18 percent of registered voters from casting their ballots.
""",
        "quotes": [
            ("indirect", "people unhappy with the results from this month's commune election should not be afraid to speak up",
             "told", "Koul Panha", "Koul Panha", "KHM", "name"),
            ("indirect", "they would like to see things simplified in the future",
             "saying", "Three callers", "callers", "KHM", "nominal"),
            ("indirect", "vote-counting be done in villages, not far away, for people to have stronger belief in the votes",
             "suggested", "One caller", "caller", "KHM", "nominal"),
            ("indirect", "he and his wife and been unable to vote because their names were entered wrongly on registration lists",
             "said", "Another", "caller", "KHM", "nominal"),
            ("indirect", "he hoped the 2008 elections would make it easier to vote",
             "said", "He", "caller", "KHM", "pronoun"),
            ("indirect", "irregularities and complex procedures had prevented as many as 18 percent of registered voters from casting their ballots",
             "told", "Koul Panha", "Koul Panha", "KHM", "name"),
        ],
    },
    {
        "id": "t16-cambodia-battambang-villagers-2006",
        "url": "https://www.voacambodia.com/a/a-40-2006-08-01-voa5-90153107/1355970.html",
        "title": "Villagers Confront Police In Battambang",
        "published": "2006-08-01",
        "truncated": False,
        "note": "VOA Khmer's English page. Removed: 'Accessibility links', 'Breaking News', title "
                "line. Whole as stored. published: the date in the URL. The page spells the "
                "name 'Chhean Ny' and once 'Chean Ny' (kept).",
        "text": """
About 30-40 villagers in Bovel town, Battambang province, armed with knives and axes, sat around their fellow villager who is suspected of inciting the residents to clear a strip of land, say human rights officials and local authorities.
Former Khmer Rouge soldier Chhean Ny had his house surrounded by armed authorities who say they acted by court order. They say that Chean Ny led 3,000 families to clear the land and illegally build huts.
The local authorities are reported saying that the villagers destroy wild life habitat and grab state's property.
One villager says that he supports Mr. Chhean Ny because he cares about hungry people.
The land in question measures 36,000 hectares. Bovel town mayor Sim Dareth dismisses the villagers' charges saying his authorities do not threaten them, but instead try to have peaceful talks with them.
Cambodia Center for Human Rights In Kun Cheth, in charge of investigation in Battambang province, appeals for the authorities to act according to the law.
Battambang province deputy governor and committee for dispute solution's chief Siem Sim says he will try to convey the message to the villagers of their illegal action and will appeal for their departure.
""",
        "quotes": [
            ("indirect", "About 30-40 villagers in Bovel town<<>>to clear a strip of land",
             "say", "human rights officials and local authorities", "human rights officials and local authorities", "KHM", "nominal"),
            ("indirect", "they acted by court order",
             "say", "armed authorities", "armed authorities", "KHM", "nominal"),
            ("indirect", "Chean Ny led 3,000 families to clear the land and illegally build huts",
             "say", "They", "armed authorities", "KHM", "pronoun"),
            ("indirect", "the villagers destroy wild life habitat and grab state's property",
             "saying", "The local authorities", "local authorities", "KHM", "nominal"),
            ("indirect", "he supports Mr. Chhean Ny because he cares about hungry people",
             "says", "One villager", "villager", "KHM", "nominal"),
            ("indirect", "his authorities do not threaten them, but instead try to have peaceful talks with them",
             "saying", "Bovel town mayor Sim Dareth", "Sim Dareth", "KHM", "name"),
            ("indirect", "he will try to convey the message to the villagers of their illegal action and will appeal for their departure",
             "says", "Siem Sim", "Siem Sim", "KHM", "name"),
        ],
    },
    {
        "id": "t16-cambodia-kampong-chhnang-land-2007",
        "url": "https://www.voacambodia.com/a/a-40-2007-06-25-voa5-90150542/1356418.html",
        "title": "Kampong Chhnang Families Angered at Suspected Land Grab",
        "published": "2007-06-25",
        "truncated": False,
        "note": "VOA Khmer's English page. Removed: 'Accessibility links', 'Breaking News', title "
                "line. Whole as stored. published: the date in the URL.",
        "text": """
Several angry farmers were beaten by police Saturday in the wake of protests for more than 100 families in Kampong Chhnang province who are in a land dispute with three former village chiefs.
Sam Vin, a villager representing 188 families in Kampong Tralach town, told VOA Khmer hundreds of villagers were being duped by local authorities and former village chiefs in a tale that is becoming increasingly common across the country.
The families faced losing nearly 100 hectares of land that has yielded crops since 1979. The land was sold to merchants or factory owners, and the families who once farmed it feel cheated.
Village chiefs have come to survey the land, angering farmers. Those surveys led to suspicions, which led to demonstrations, which led to the five people injured by police, Sam Vin said.
Ad Hoc investigation official Sam Kier said he had requested a speedy solution from national authorities.
""",
        "quotes": [
            ("indirect", "hundreds of villagers were being duped<<>>increasingly common across the country",
             "told", "Sam Vin", "Sam Vin", "KHM", "name"),
            ("indirect", "Those surveys led to suspicions, which led to demonstrations, which led to the five people injured by police",
             "said", "Sam Vin", "Sam Vin", "KHM", "name"),
            ("indirect", "he had requested a speedy solution from national authorities",
             "said", "Ad Hoc investigation official Sam Kier", "Sam Kier", "KHM", "name"),
        ],
    },
    {
        "id": "t16-cambodia-preah-vihear-soldiers-land",
        "url": "http://www.voacambodia.com/content/villagers-say-crops-being-bulldozed-to-make-way-for-soldiers-land/1474347.html",
        "title": "Villagers Say Crops Being Bulldozed to Make Way for Soldiers’ Land",
        "published": None,
        "truncated": False,
        "note": "VOA Khmer's English page. Removed: section label 'Cambodia', title line, the "
                "teaser (a copy of the fifth paragraph), photo caption (stored three times) and "
                "its 'x', byline 'Heng Reaksmey VOA Khmer', the Flash-player notice and an "
                "unrelated video teaser after the story. published: null (no date of the story "
                "on the stored page).",
        "text": """
PHNOM PENH - Representatives from some 370 families arrived at the Phnom Penh administration building of Prime Minister Hun Sen on Monday, calling on him to intervene in a land dispute in their home province of Preah Vihear.
Leaders of the group said they are being ousted from their homes along National Road 64 to make room for government land for retired soldiers.
Chea Yean, 60, from Sroryong village, near the border with Siem Reap province, said authorities had already begun to bulldoze the land, leveling villagers’ crops.
Hun Sen has designated a youth corps to measure land in some disputes, and Chea Yean said he wanted their help in settling the dispute.
Preah Vihear provincial authorities recently announced they needed around 5,500 hectare in “social land concessions” to provide to retired government soldiers.
Sous Yara, an undersecretary of state for the Cabinet Ministry, said officials will go to the area to investigate on Thursday.
""",
        "quotes": [
            ("indirect", "they are being ousted from their homes along National Road 64 to make room for government land for retired soldiers",
             "said", "Leaders of the group", "leaders of the group", "KHM", "nominal"),
            ("indirect", "authorities had already begun to bulldoze the land, leveling villagers’ crops",
             "said", "Chea Yean", "Chea Yean", "KHM", "name"),
            ("indirect", "he wanted their help in settling the dispute",
             "said", "Chea Yean", "Chea Yean", "KHM", "name"),
            ("indirect", "they needed around 5,500 hectare in “social land concessions” to provide to retired government soldiers",
             "announced", "Preah Vihear provincial authorities", "Preah Vihear provincial authorities", "KHM", "nominal"),
            ("partial", "social land concessions",
             "announced", "Preah Vihear provincial authorities", "Preah Vihear provincial authorities", "KHM", "nominal"),
            ("indirect", "officials will go to the area to investigate on Thursday",
             "said", "Sous Yara", "Sous Yara", "KHM", "name"),
        ],
    },
    {
        "id": "t16-uganda-besigye-rumors-2007",
        "url": "https://www.voanews.com/a/a-13-2007-12-25-voa5/331474.html",
        "title": "Uganda Opposition Leader Denies Rumors of His Own Demise",
        "published": "2007-12-25",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "a quotation of the next paragraph ('... So it’s not anything th'); that paragraph "
                "was dropped whole. published: the date in the URL.",
        "text": """
The leader of Uganda’s main opposition party, the Forum for Democratic Change, Kizza Besigye says he is alive and in good health contrary to rumors in Uganda that he is dead. Besigye is currently visiting family members here in the United States. But back in Uganda, rumors of his death have been spreading. From U.S. state of California, Besigye told VOA the rumors are part of Ugandan President Yoweri Museveni’s plan to mislead the public.
“These are rumors which are deliberately put out by the National Resistance Movement (the ruling junta in Uganda), and I think that the intention could be one of two things either to put out what has been the main story in Uganda regarding the serious defeat of the President Museveni-led campaign in one of the constituencies that we won recently in eastern Uganda,” he said.
Besigye said the story of his party’s election victory has been the major news story in Uganda for the past week, and that President Museveni’s government might have planted the rumors of his death as an attempt to change the story of the government’s humiliating election defeat.
Even though he said this was not the first time rumor of his demise had surfaced, Besigye said such rumors might be in line with the Museveni government’s overall plan to get rid of its political opponents.
“Partly it may be in connection with what we have known as a plan by the state to eliminate its opponents. There was information that poison had been imported into the country by the government to kill a number of its opponents, and I have been at the top of that list,” he said.
Besigye said he was certain the Ugandan government wants him dead.
""",
        "quotes": [
            ("indirect", "he is alive and in good health contrary to rumors in Uganda that he is dead",
             "says", "Kizza Besigye", "Kizza Besigye", "UGA", "name"),
            ("indirect", "the rumors are part of Ugandan President Yoweri Museveni’s plan to mislead the public",
             "told", "Besigye", "Kizza Besigye", "UGA", "name"),
            ("direct", "These are rumors which are deliberately put out<<>>we won recently in eastern Uganda",
             "said", "he", "Kizza Besigye", "UGA", "pronoun"),
            ("indirect", "the story of his party’s election victory<<>>humiliating election defeat",
             "said", "Besigye", "Kizza Besigye", "UGA", "name"),
            ("indirect", "this was not the first time rumor of his demise had surfaced",
             "said", "he", "Kizza Besigye", "UGA", "pronoun"),
            ("indirect", "such rumors might be in line with the Museveni government’s overall plan to get rid of its political opponents",
             "said", "Besigye", "Kizza Besigye", "UGA", "name"),
            ("direct", "Partly it may be in connection<<>>at the top of that list",
             "said", "he", "Kizza Besigye", "UGA", "pronoun"),
            ("indirect", "he was certain the Ugandan government wants him dead",
             "said", "Besigye", "Kizza Besigye", "UGA", "name"),
        ],
    },
    {
        "id": "t16-drc-goma-m23-strikes-2013",
        "url": "http://www.voanews.com/content/children-killed-in-congo-helicopter-strike-rebel-say/1709017.html",
        "title": "DRC Troops Target Rebel Site Near Goma",
        "published": "2013-07-24",
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (stored twice), byline 'Gabe "
                "Joselow'. Cut by the store inside the next sentence ('... against Rwanda, "
                "partic'); that paragraph was dropped whole. published: the caption's date (July "
                "24, 2013, a Wednesday), the 'Wednesday' of the strikes.",
        "text": """
The Congolese army says it has attacked an M23 base near Goma, a city that was briefly captured by the rebel group last year.
Army spokesman Colonel Olivier Hamuli says Wednesday's military strikes targeted the rebel group's storage sites for weapons and ammunition.
But the rebel group says military helicopters bombed a nearby neighborhood, striking the village of Kavodo, close to Rumangabo, killing several people.
“They did not attack any military position, they attacked only houses and people who were around Rumangabo,” said M23 leader Bertrand Bisimwa.
An M23 spokesman emailed photos showing destruction and dead bodies the group claims is a result of the attack, and a doctor at a hospital treating victims said three children were killed as well as an adult, and that seven others were wounded.
The army denies civilians were killed.
The French News Agency says M23 rebels also claim more than 400 troops have been killed since the unrest erupted almost two weeks ago.
M23 captured Goma in November before withdrawing under intense international pressure. The group has been demanding the government fully implement a 2009 peace deal that is designed to integrate rebels into the Congolese army.
Meanwhile, the DRC government has welcomed a U.S. call for Rwanda to end its support of M23.
On Tuesday, U.S. State Department urged Rwanda to stop backing the rebel group. Spokeswoman Jen Psaki said M23's renewed fighting "seriously undermines regional and international efforts" to peacefully resolve unrest in the eastern DRC.
""",
        "quotes": [
            ("indirect", "it has attacked an M23 base near Goma, a city that was briefly captured by the rebel group last year",
             "says", "The Congolese army", "Congolese army", "COD", "organisation"),
            ("indirect", "Wednesday's military strikes targeted the rebel group's storage sites for weapons and ammunition",
             "says", "Colonel Olivier Hamuli", "Olivier Hamuli", "COD", "name"),
            ("indirect", "military helicopters bombed a nearby neighborhood, striking the village of Kavodo, close to Rumangabo, killing several people",
             "says", "the rebel group", "M23", "COD", "organisation"),
            ("direct", "They did not attack any military position, they attacked only houses and people who were around Rumangabo",
             "said", "M23 leader Bertrand Bisimwa", "Bertrand Bisimwa", "COD", "name"),
            ("indirect", "is a result of the attack",
             "claims", "the group", "M23", "COD", "organisation"),
            ("indirect", "three children were killed as well as an adult, and that seven others were wounded",
             "said", "a doctor at a hospital treating victims", "doctor at a hospital treating victims", "COD", "nominal"),
            ("indirect", "civilians were killed",
             "denies", "The army", "Congolese army", "COD", "organisation"),
            ("indirect", "more than 400 troops have been killed since the unrest erupted almost two weeks ago",
             "claim", "M23 rebels", "M23", "COD", "organisation"),
            ("indirect", "M23's renewed fighting \"seriously undermines regional and international efforts\" to peacefully resolve unrest in the eastern DRC",
             "said", "Spokeswoman Jen Psaki", "Jen Psaki", "USA", "name"),
            ("partial", "seriously undermines regional and international efforts",
             "said", "Spokeswoman Jen Psaki", "Jen Psaki", "USA", "name"),
        ],
    },
    {
        "id": "t16-israel-sderot-rockets-2009",
        "url": "https://www.voanews.com/a/a-13-2009-01-13-voa26-68666807/408544.html",
        "title": "Israeli Civilians Closest to Gaza Face Rocket Barrage",
        "published": "2009-01-13",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store inside "
                "the next paragraph ('... One struck a hous'); that paragraph was dropped whole. "
                "published: the date in the URL. The page's 'similiar' and 'governments action' "
                "are kept.",
        "text": """
As Israel continues its military operations in Gaza, Hamas is still firing rockets into Israel. Amid the continuing military operations, civilian populations on both sides of the border live in fear.
Medical officials in Gaza say about half of the more than 900 Palestinians who have been killed in the Israeli offensive are civilians. Ten Israeli soldiers have been killed in the fighting, and three Israeli civilians have died in rocket fire.
In Sderot, Israel, though the number of rocket attacks in recent days has dropped, there is still fear. In this VOA exclusive, you will witness the terror of one such attack in the Israeli town closest to the Gaza border.
"This operation is enjoying a very large consensus among the people," said Foreign Ministry spokesman Shlomo Morgan. As we were talking to him about the decline in rocket attacks here in Sderot, an alarm goes off and people start to run.
On average, the citizens of Sderot have about 35 seconds from the sound of the alarm until a rocket's impact. We quickly move into this specially built safe room in the Foreign Ministry Press Center.
"This is how it is now for many many weeks," Morgan said. "But as I told you before, the people this time are determined to support the governments action in order to restore peace and calm in the area."
With smoke on the horizon we quickly jump in our car. Sderot is a town of about 20,000 people in the Western Negev, 1.2 kilometers from the Gaza Strip. Israeli officials say there have been more than 7,000 rocket attacks on the town since 2001.
During those eight years, police here say 24 people have been killed and more than 500 injured.
Nearly everyone here dreads the daily attacks - just as civilians now face similiar fears from military operations across the border in Gaza where the Israeli government has kept out reporters.
""",
        "quotes": [
            ("indirect", "about half of the more than 900 Palestinians who have been killed in the Israeli offensive are civilians",
             "say", "Medical officials in Gaza", "medical officials in Gaza", "PSE", "nominal"),
            ("direct", "This operation is enjoying a very large consensus among the people",
             "said", "Foreign Ministry spokesman Shlomo Morgan", "Shlomo Morgan", "ISR", "name"),
            ("direct", "This is how it is now for many many weeks",
             "said", "Morgan", "Shlomo Morgan", "ISR", "name"),
            ("direct", "But as I told you before<<>>peace and calm in the area.",
             "said", "Morgan", "Shlomo Morgan", "ISR", "name"),
            ("indirect", "there have been more than 7,000 rocket attacks on the town since 2001",
             "say", "Israeli officials", "Israeli officials", "ISR", "nominal"),
            ("indirect", "24 people have been killed and more than 500 injured",
             "say", "police", "police in Sderot", "ISR", "nominal"),
        ],
    },
    {
        "id": "t16-israel-kfar-aza-rockets-2014",
        "url": "http://www.voanews.com/content/israelis-near-gaza-wary-of-rockets-and-future/2411333.html",
        "title": "Israelis Near Gaza Wary of Rockets, Future",
        "published": "2014-08-12",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, the embedded video block (title, byline "
                "'Scott Bobb', date 'August 12, 2014 8:51 PM', its summary, the title again), "
                "byline 'Scott Bobb', map caption 'Gaza Strip' (stored four times), crosshead "
                "'Constant stress'. Cut by the store inside the next paragraph ('... the clean-up, "
                "one'); that paragraph was dropped whole. published: the video's date. Mixed "
                "curly and straight quotation marks are kept.",
        "text": """
Israelis in communities lying close to the boundary with Gaza are trying to recover from the month-long conflict in which more than 3,000 rockets have been fired into Israel. Some have returned home, but they say they live in fear.
Workers at Kfar Aza repair a roof damaged by a rocket from Gaza. No one was hurt. Most families evacuated when the conflict started, leaving only a few to care for the place.
This community of 800 people was hit 15 times during the recent conflict. One man, the head of a local college, was wounded coming home from work. He heard the warning but did not have time to take cover.
Teacher Orit Tsadikevitch said when the siren sounds she has almost no time to get her four children into the safe room.
“In the middle of the night there is an alarm and I have 15 seconds, 15 seconds, to run to a shelter place, to the safety room, which is built out of concrete," said Tsadikevitch. "And I have to choose which children I’m going to take first.”
Nearby Sderot has been hard-hit since Hamas seized power in Gaza -- as can be seen by the rockets on display at the police station. Many residents are angry with the government, according to former mayor Eli Moyale.
“Because somehow people in this place are believing [that] probably the Israeli government cannot provide the security needed here,” said Moyale.
""",
        "quotes": [
            ("indirect", "they live in fear",
             "say", "they", "Israelis in communities close to Gaza", "ISR", "pronoun"),
            ("indirect", "when the siren sounds she has almost no time to get her four children into the safe room",
             "said", "Teacher Orit Tsadikevitch", "Orit Tsadikevitch", "ISR", "name"),
            ("direct", "In the middle of the night there is an alarm<<>>which is built out of concrete",
             "said", "Tsadikevitch", "Orit Tsadikevitch", "ISR", "name"),
            ("direct", "And I have to choose which children I’m going to take first.",
             "said", "Tsadikevitch", "Orit Tsadikevitch", "ISR", "name"),
            ("indirect", "Many residents are angry with the government",
             "according to", "former mayor Eli Moyale", "Eli Moyale", "ISR", "name"),
            ("direct", "Because somehow people in this place are believing [that] probably the Israeli government cannot provide the security needed here",
             "said", "Moyale", "Eli Moyale", "ISR", "name"),
        ],
    },
    {
        "id": "t16-liberia-badio-merger-2010",
        "url": "https://www.voanews.com/a/butty-liberia-president-not-afraid-badio-25october10-105655848/156338.html",
        "title": "Liberia's President Sirleaf not Afraid of Opposition Merger, Says Press Secretary",
        "published": "2010-10-25",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, the deck under the "
                "title ('Press secretary Cyrus Badio says Liberians have a choice ...'), photo "
                "caption (stored twice). Cut by the store inside the next paragraph ('... the rest "
                "of th'); that paragraph was dropped whole. published: the date in the URL "
                "('25october10'). The page's 'Brumskin' (once) is normalised in speaker.",
        "text": """
The press secretary to Liberian President Ellen Johnson Sirleaf said the president is not afraid of the merger of her two leading opponents in the 2005 presidential elections.
This comes as George Weah’s Congress for Democratic Change and Charles Brumskine’s Liberty Party issued a joint communiqué reiterating their commitment to run on the same ticket in the 2011 presidential elections.
They said their merger represents the desire of Liberians for a stronger opposition ticket to defeat the ruling Unity Party.
But presidential press secretary Cyrus Badio said the Liberian people will have to choose between President Sirleaf’s record of peace and stability and the no record of Weah and Brumskine and the rest of the opposition.
“The president has heard what is taking place; she’s welcomed it because it is in the interest of our political process, and more important, it is going to make it less confusing for our people because instead of choosing among 20 or more candidates as it was in 2005, the Liberian people will now have to decide among two or three or four candidates,” he said.
Opposition leader Brumskin told VOA earlier this month that the government of President Sirleaf should be replaced because it failed to reconcile the Liberian people and reform the institutions of government that would sustain democracy.
Brumskine said his Liberty Party’s vision is based on what he called the Four Rs – Reconciliation, Reform, Recovery, and Rebuilding.
""",
        "quotes": [
            ("indirect", "the president is not afraid of the merger of her two leading opponents in the 2005 presidential elections",
             "said", "The press secretary", "Cyrus Badio", "LBR", "nominal"),
            ("indirect", "their merger represents the desire of Liberians for a stronger opposition ticket to defeat the ruling Unity Party",
             "said", "They", "Congress for Democratic Change and Liberty Party", "LBR", "pronoun"),
            ("indirect", "the Liberian people will have to choose between President Sirleaf’s record<<>>the rest of the opposition",
             "said", "presidential press secretary Cyrus Badio", "Cyrus Badio", "LBR", "name"),
            ("direct", "The president has heard what is taking place<<>>two or three or four candidates",
             "said", "he", "Cyrus Badio", "LBR", "pronoun"),
            ("indirect", "the government of President Sirleaf should be replaced<<>>that would sustain democracy",
             "told", "Opposition leader Brumskin", "Charles Brumskine", "LBR", "name"),
            ("indirect", "his Liberty Party’s vision is based on what he called the Four Rs – Reconciliation, Reform, Recovery, and Rebuilding",
             "said", "Brumskine", "Charles Brumskine", "LBR", "name"),
        ],
    },
    {
        "id": "t16-ivory-coast-ouattara-stalling-2011",
        "url": "http://www.voanews.com/a/ivorian-president-ouattara-says-rival-deepens-crisis--113853839/157237.html",
        "title": "Ivorian President Ouattara Says Rival Deepens Crisis",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice). Cut by the store inside a quotation of the next paragraph ('... which he "
                "never'); that paragraph was dropped whole. published: null (no date on the stored "
                "page; the content places it between December 2010 and March 2011). The quoted "
                "words “legitimate force” have no speaker in the document and are not annotated.",
        "text": """
Ivorian President Alassane Ouattara told VOA his embattled rival, President Laurent Gbagbo, seems disinterested in bringing stability to Ivory Coast after accusing Mr. Gbagbo of “stalling” to enable him buy more arms and mercenaries to further worsen the country’s crisis.
Mr. Ouattara, who is widely recognized as the winner of the disputed 28th November presidential run-off vote, said there is no room, in his words, to negotiate away the will of Ivorians with President Gbagbo.
“The current situation is difficult for Ivorians in general because of this situation where Mr. Gbagbo clearly lost the election. I won the election by 54.10 percent and yet, he does not want to leave office, and we are at the Golf hotel where he has organized a blockade,” said Ouattara.
“As of today, more than 300 people have been killed in different districts of Abidjan and across the country, and we have even discovered mass graves in Abidjan. So, it’s a very terrible situation for my country.”
Despite increasing international pressure, including the threat of “legitimate force” to remove him from power, President Gbagbo has refused to cede power to Mr. Ouattara.
Mr. Ouattara said there is a need for more international pressure on Mr. Gbagbo to force him to step down. He said Mr. Gbagbo is biding his time threatening to plunge the country into deeper crisis.
“Stalling allows him to import arms and ammunitions and to recruit mercenaries and militias, so that he can continue to kill the Ivorian people. He thinks this is good for him, but it’s very bad for Cote d’Ivoire and Ivorians,” said Ouattara.
""",
        "quotes": [
            ("indirect", "his embattled rival, President Laurent Gbagbo, seems disinterested in bringing stability to Ivory Coast",
             "told", "Ivorian President Alassane Ouattara", "Alassane Ouattara", "CIV", "name"),
            ("partial", "stalling",
             "accusing", "Ivorian President Alassane Ouattara", "Alassane Ouattara", "CIV", "name"),
            ("indirect", "there is no room, in his words, to negotiate away the will of Ivorians with President Gbagbo",
             "said", "Mr. Ouattara", "Alassane Ouattara", "CIV", "name"),
            ("direct", "The current situation is difficult<<>>where he has organized a blockade",
             "said", "Ouattara", "Alassane Ouattara", "CIV", "name"),
            ("direct", "As of today, more than 300 people<<>>a very terrible situation for my country.",
             None, "Ouattara", "Alassane Ouattara", "CIV", "name"),
            ("indirect", "there is a need for more international pressure on Mr. Gbagbo to force him to step down",
             "said", "Mr. Ouattara", "Alassane Ouattara", "CIV", "name", "Despite increasing"),
            ("indirect", "Mr. Gbagbo is biding his time threatening to plunge the country into deeper crisis",
             "said", "He", "Alassane Ouattara", "CIV", "pronoun"),
            ("direct", "Stalling allows him to import arms<<>>very bad for Cote d’Ivoire and Ivorians",
             "said", "Ouattara", "Alassane Ouattara", "CIV", "name"),
        ],
    },
    {
        "id": "t16-ivory-coast-gbagbo-captured-2011",
        "url": "http://www.voanews.com/content/gbagbo-calls-for-end-to-fighting-following-capture-119637439/137844.html",
        "title": "Detained Gbagbo Calls for End to Ivory Coast Fighting",
        "published": "2011-04-11",
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (stored twice). Cut by the store "
                "after 'Hundreds' in the last paragraph; kept to the last complete sentence. "
                "published: the caption's date (April 11, 2011), the 'Monday' of the capture. "
                "Double spaces after full stops reduced to one; the page's 'Alasssane' is kept.",
        "text": """
Ivory Coast's former president is calling for an end to fighting after he was captured on Monday by forces backing the country's president-elect.
Former president Laurent Gbagbo is calling on his supporters to lay down their weapons so the country's political crisis can come to a swift end and life can return to normal.
Mr. Gbagbo says "the fighting is over," so that is why he asked his chief of staff to "go out with a white handkerchief." Mr. Gbagbo spoke on a television station run by President-elect Alasssane Ouattara, hours after he was arrested by Mr. Ouattara's fighters.
French forces surrounded Mr. Gbagbo's compound, but they say they did not enter the underground bunker where Mr. Ouattara's fighters captured the former president, gave him a bullet-proof jacket and helmet, and then took him, his wife, and his son into custody.
Mr. Gbagbo is being held at Mr. Ouattara's hotel headquarters from where Mr. Ouattara addressed the nation on what he called "a historic day."
Mr. Ouattara said that "a white page opened before the people of Ivory Coast, white like the white in the national flag that symbolizes hope and peace." "Together," he said, "Ivorians can write a story of reconciliation and forgiveness."
Mr. Ouattara guaranteed Mr. Gbagbo's safety and assured the people of Ivory Coast that the former president will stand trial.
Human Rights Watch says Mr. Gbagbo should not be allowed exile in a country that would shield him from prosecution. At the same time, the group says Mr. Ouattara's forces have an obligation to treat him and others in their custody humanely, in accordance with international law.
Mr. Gbagbo's capture ends a four-month political standoff between the presidential rivals as Gbagbo troops slowly deserted their leader.
""",
        "quotes": [
            ("indirect", "\"the fighting is over,\" so that is why<<>>white handkerchief.\"",
             "says", "Mr. Gbagbo", "Laurent Gbagbo", "CIV", "name"),
            ("partial", "the fighting is over",
             "says", "Mr. Gbagbo", "Laurent Gbagbo", "CIV", "name"),
            ("partial", "go out with a white handkerchief",
             "says", "Mr. Gbagbo", "Laurent Gbagbo", "CIV", "name"),
            ("indirect", "they did not enter the underground bunker<<>>his son into custody",
             "say", "they", "French forces", "FRA", "pronoun"),
            ("partial", "a historic day",
             "called", "he", "Alassane Ouattara", "CIV", "pronoun"),
            ("partial", "a white page opened before the people of Ivory Coast, white like the white in the national flag that symbolizes hope and peace",
             "said", "Mr. Ouattara", "Alassane Ouattara", "CIV", "name"),
            ("direct", "Together",
             "said", "he", "Alassane Ouattara", "CIV", "pronoun"),
            ("direct", "Ivorians can write a story of reconciliation and forgiveness.",
             "said", "he", "Alassane Ouattara", "CIV", "pronoun"),
            ("indirect", "the former president will stand trial",
             "assured", "Mr. Ouattara", "Alassane Ouattara", "CIV", "name"),
            ("indirect", "Mr. Gbagbo should not be allowed exile in a country that would shield him from prosecution",
             "says", "Human Rights Watch", "Human Rights Watch", "NGO", "organisation"),
            ("indirect", "Mr. Ouattara's forces have an obligation to treat him and others in their custody humanely, in accordance with international law",
             "says", "the group", "Human Rights Watch", "NGO", "organisation"),
        ],
    },
    {
        "id": "t16-thailand-myanmar-refugees-stranded-2023",
        "url": "https://www.voacambodia.com/a/stranded-myanmar-refugees-seek-answers-in-thailand-/6916126.html",
        "title": "Stranded Myanmar Refugees Seek Answers in Thailand",
        "published": None,
        "truncated": True,
        "note": "VOA story as stored on VOA Khmer's site. Removed: 'Accessibility links', 'Breaking "
                "News', title line, photo caption. Cut by the store inside the second quotation of "
                "the last paragraph ('... have be'); kept to the end of the sentence before it. "
                "published: null (no date on the stored page; the content places it in early "
                "2023).",
        "text": """
Myanmar refugees have been trapped in Thailand for more than a year waiting to be released for travel to third countries. According to NGOs assisting the refugees, there are around 1,100 people who have been approved for resettlement in the United States and other countries but haven’t been allowed to leave Thailand.
These people have received refugee status from the U.N. High Commissioner for Refugees in Thailand. They are receiving assistance from the International Organization for Migration, which has placed the refugees in temporary housing pending their release to leave the country.
However, after more than a year, “it feels like we are in prison,” said Kalayar, a refugee trapped in Thailand. She agreed to be identified by only one name because of her security concerns in Thailand. It has been more than a year since she and her family were put in a hotel, called a safe house, in Mae Sot, a town on the Thai-Myanmar border.
A former political prisoner, Kalayar, 53, was sentenced to seven years in prison in 1995 by a previous military junta for her political activities. After her release, she became a freelance journalist. When the military launched a coup in February 2021 and cracked down on protests and media organizations, she hid inside the country for months before she and her family escaped to Thailand in September 2021.
She told VOA by Zoom that the family has been staying at the safe house since November 1, 2022.
“On March 23, 2022, we received the approval letter from the U.S. government to settle in the United States as refugees,” she said, explaining that her family then completed all required medical examinations and vaccinations by the end of April.
""",
        "quotes": [
            ("indirect", "there are around 1,100 people who have been approved<<>>allowed to leave Thailand",
             "According to", "NGOs assisting the refugees", "NGOs assisting the refugees", "NGO", "nominal"),
            ("partial", "it feels like we are in prison",
             "said", "Kalayar", "Kalayar", "MMR", "name"),
            ("indirect", "the family has been staying at the safe house since November 1, 2022",
             "told", "She", "Kalayar", "MMR", "pronoun"),
            ("direct", "On March 23, 2022, we received the approval letter from the U.S. government to settle in the United States as refugees",
             "said", "she", "Kalayar", "MMR", "pronoun"),
            ("indirect", "her family then completed all required medical examinations and vaccinations by the end of April",
             "explaining", "she", "Kalayar", "MMR", "pronoun"),
        ],
    },
    {
        "id": "t16-iraq-indonesian-journalists-freed-2005",
        "url": "http://www.voanews.com/a/a-13-2005-02-21-voa18/305907.html",
        "title": "Two Indonesian Journalists Freed by Captors in Iraq",
        "published": "2005-02-21",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, the 'update' "
                "label, 'XS SM MD LG'. Whole as stored. published: the date in the URL. The page's "
                "'Yudhoyno' is normalised in speaker; 'at least of third' is kept.",
        "text": """
The Indonesian government says two Indonesian journalists kidnapped nearly a week ago in Iraq have been released.
The two journalists, 26-year-old Meutya Viafa Hafid and 38-year-old Budiyanto, were kidnapped by unidentified gunmen last week while traveling to the Iraqi town of Ramadi.
In a video shown on the Indonesian cable network Metro TV, where the pair work, a group calling itself the Army of Warriors said it was releasing Mr. Budiyanto and Ms. Hafid without conditions.
Indonesia has the world's largest Muslim population, and both journalists are Muslims.
The Indonesian foreign affairs spokesman, Marty Natalegawa, says the government is elated over the pair's release.
"We are delighted, even elated by the news of the release of the two Indonesian hostages," he said. "Not only the family, but practically the entire Indonesian nation have been following this drama with a great deal of concern, worry, and pain, to see our brother and sister being held in such a manner in Iraq."
The kidnappers demanded that the Indonesian government clarify the reason for the pair's presence in Iraq. President Susilo Bambang Yudhoyno said publicly that they were fellow Muslims, working in Iraq in their professional capacity as journalists.
The foreign ministry spokesman said both reporters were now on their way out of Iraq and would soon be in the hands of Indonesian officials.
More than 120 foreigners have been kidnapped in Iraq during the past year, and at least of third of the abductees have been killed by their kidnappers.
""",
        "quotes": [
            ("indirect", "two Indonesian journalists kidnapped nearly a week ago in Iraq have been released",
             "says", "The Indonesian government", "Indonesian government", "IDN", "organisation"),
            ("indirect", "it was releasing Mr. Budiyanto and Ms. Hafid without conditions",
             "said", "a group calling itself the Army of Warriors", "Army of Warriors", "IRQ", "organisation"),
            ("indirect", "the government is elated over the pair's release",
             "says", "Marty Natalegawa", "Marty Natalegawa", "IDN", "name"),
            ("direct", "We are delighted, even elated by the news of the release of the two Indonesian hostages",
             "said", "he", "Marty Natalegawa", "IDN", "pronoun"),
            ("direct", "Not only the family<<>>held in such a manner in Iraq.",
             "said", "he", "Marty Natalegawa", "IDN", "pronoun"),
            ("indirect", "the Indonesian government clarify the reason for the pair's presence in Iraq",
             "demanded", "The kidnappers", "kidnappers", "IRQ", "nominal"),
            ("indirect", "they were fellow Muslims, working in Iraq in their professional capacity as journalists",
             "said", "President Susilo Bambang Yudhoyno", "Susilo Bambang Yudhoyono", "IDN", "name"),
            ("indirect", "both reporters were now on their way out of Iraq and would soon be in the hands of Indonesian officials",
             "said", "The foreign ministry spokesman", "Marty Natalegawa", "IDN", "nominal"),
        ],
    },
    {
        "id": "t16-nigeria-american-hostages-freed-2007",
        "url": "http://www.voanews.com/a/a-13-2007-05-31-voa24/332336.html",
        "title": "American Hostages Released in Nigeria",
        "published": "2007-05-31",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', 'News', title line, 'XS SM MD LG'. "
                "Whole as stored. published: the date in the URL.",
        "text": """
Four American oil workers kidnapped in Nigeria this month have been released. Officials confirmed the release Thursday and said the four men have been handed over to their employers.
Nigerian officials say no ransom was paid for the release of the hostages. The new governor of Delta state, Emmanuel Uduaghan, took personal charge of the negotiations and subsequent release of the men.
Emma Amanzie, the only journalist who met with the Americans while they were in captivity and who covered their release, says they were very relieved.
"They were happy but the signs of the suffering they faced is visible on their faces and their bodies," she said. "For them, they want to rush back as soon as possible, to their families in America. They are so happy that they are out. They passed through a lot of things which they cannot just say now. They are shocked, they are still dazed."
More than 40 unidentified gunmen, armed with assault rifles and rocket-propelled grenades, seized the men from a construction vessel off Nigeria's oil-rich southern coast. Some Nigerian security personnel guarding the facility were hurt in the attack.
Growing violence in the Niger Delta has forced a 25 percent drop in petroleum exports from Nigeria, Africa's largest oil exporter.
Newly installed President Umaru Yar'Adua has appealed for an end to the violence. The new leader has promised to tackle the region's long-standing grievances.
Nearly 200 foreigners, most of them oil workers, have been kidnapped in the region since the beginning of 2006.
""",
        "quotes": [
            ("indirect", "the four men have been handed over to their employers",
             "said", "Officials", "officials", "NGA", "nominal"),
            ("indirect", "no ransom was paid for the release of the hostages",
             "say", "Nigerian officials", "Nigerian officials", "NGA", "nominal"),
            ("indirect", "they were very relieved",
             "says", "Emma Amanzie", "Emma Amanzie", "NGA", "name"),
            ("direct", "They were happy but the signs of the suffering they faced is visible on their faces and their bodies",
             "said", "she", "Emma Amanzie", "NGA", "pronoun"),
            ("direct", "For them, they want to rush back<<>>they are still dazed.",
             "said", "she", "Emma Amanzie", "NGA", "pronoun"),
        ],
    },
    {
        "id": "t16-bolivia-floods-un-aid-2007",
        "url": "https://www.voanews.com/a/a-13-2007-01-23-voa2/330944.html",
        "title": "UN Rushing Help to Flood-Ravaged Bolivia",
        "published": "2007-01-23",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Whole as stored. "
                "published: the date in the URL. 'blame ... on' is not a cue (not annotated).",
        "text": """
The United Nations is rushing food and other aid to 40,000 victims of severe floods and landslides in Bolivia.
U.N. experts say major rivers, including the Rio Grande and the Pilcomayo, have overflowed, creating a disaster in seven Bolivian regions. Officials are evacuating people in the path of danger in two other areas.
The Bolivian government has declared a state of emergency. The floods and landslides have cut off major roads and isolated a number of rural communities.
Bolivia's rainy season lasts from November to March. Forecasters predict that the exceptionally heavy rain will continue through February.
Weather experts blame this year's unusually bad weather on the El Nino phenomenon, which causes rain and floods in some places and drought and warm temperatures elsewhere.
""",
        "quotes": [
            ("indirect", "major rivers, including the Rio Grande and the Pilcomayo, have overflowed, creating a disaster in seven Bolivian regions",
             "say", "U.N. experts", "U.N. experts", "UNO", "nominal"),
            ("indirect", "the exceptionally heavy rain will continue through February",
             "predict", "Forecasters", "forecasters", None, "nominal"),
        ],
    },
    {
        "id": "t16-ukraine-tymoshenko-freed-2014",
        "url": "http://www.voanews.com/content/interfax-ukraines-yanukovych-says-he-will-not-resign/1857091.html",
        "title": "Ukraine's Ex-PM Receives Hero's Welcome",
        "published": "2014-02-22",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, the embedded video block (title 'Amid Upheaval, "
                "'Glory to the Heroes'', date 'February 22, 2014 10:05 PM', summary, 'VIDEO:' "
                "line), byline 'VOA News', photo caption (stored twice) and its 'x'. Cut by the "
                "store after 'Par' in the last paragraph; kept to the last complete sentence. "
                "published: the video's and caption's date, the 'Saturday' of the story.",
        "text": """
Ukrainians gave newly-freed opposition leader and former Prime Minister Yulia Tymoshenko a hero's welcome as she addressed protesters in Kiev Saturday, where she urged them to continue their demonstrations.
As part of a deal to end weeks of violence, Tymoshenko was freed from a prison hospital where she had been serving time for abuse of power — a charge her supporters say was political revenge by President Viktor Yanukovych.
Speaking from a wheelchair due to severe back pain, Tymoshenko called protesters heroes and the best of Ukraine before breaking down in tears. A long-time Yanukovych adversary, Tymoshenko said that a "dictatorship has fallen" as she honored the protesters who lost their lives.
Earlier Saturday, Ukraine's parliament voted to dismiss President Yanukovych and set early elections for May 25.
""",
        "quotes": [
            ("indirect", "was political revenge by President Viktor Yanukovych",
             "say", "her supporters", "supporters of Yulia Tymoshenko", "UKR", "nominal"),
            ("indirect", "a \"dictatorship has fallen\"",
             "said", "Tymoshenko", "Yulia Tymoshenko", "UKR", "name"),
            ("partial", "dictatorship has fallen",
             "said", "Tymoshenko", "Yulia Tymoshenko", "UKR", "name"),
        ],
    },
    {
        "id": "t16-serbia-kosovo-independence-2008",
        "url": "https://learningenglish.voanews.com/a/a-23-2008-02-15-voa2-83136502/128464.html",
        "title": "Kosovo Moves Toward Independence, While a Crisis Shakes Timor",
        "published": "2008-02-15",
        "truncated": True,
        "note": "VOA Special English 'In the News' script. Removed: 'Accessibility links', 'Breaking "
                "News', title line, the deck ('Ethnic Albanians prepare to cut ...'), 'Transcript of "
                "radio broadcast:', the standing line 'This is IN THE NEWS in VOA Special "
                "English.'. Cut by the store inside the next paragraph ('As Kosovo prep'); that "
                "paragraph was dropped whole. published: the date in the URL.",
        "text": """
Kosovo is expected to declare its independence from Serbia in the coming days, possibly on Sunday.
Serbia's newly re-elected President Boris Tadic says he will never give up his fight for Kosovo, but will also fight for Serbia to join the European Union.
He said Friday that Serbia would reduce diplomatic relations, but not cut ties, with countries that recognize an independent Kosovo.
Kosovo's leader, Hashim Thaci, is calling on displaced Serbs living outside Kosovo to return.
Serbia and its chief ally, Russia, say Kosovo's independence will lead to separatist efforts by other dissatisfied territories across the world.
Serbia has offered self-rule for Kosovo, which it considers an important part of its history and territory. Yet Serbia has not controlled the southern province since nineteen ninety-nine. That was when NATO bombed the former Yugoslavia until Yugoslav military leaders agreed to withdraw troops from Kosovo.
About two million people live there. Ninety percent are ethnic Albanian. The area is currently administered by the United Nations and policed by sixteen thousand NATO-led peacekeepers.
The United States and most European countries support independence. Once Kosovo acts, the European Union plans to take over many of the administrative duties now held by the United Nations. Serbia and Russia say that plan is illegal.
In March of two thousand four there was violence mainly against ethnic Serbs in Kosovo. That led, almost two years later, to the opening of international negotiations on Kosovo. Finally, in December, the United Nations Security Council declared itself in hopeless disagreement.
""",
        "quotes": [
            ("indirect", "he will never give up his fight for Kosovo, but will also fight for Serbia to join the European Union",
             "says", "President Boris Tadic", "Boris Tadic", "SRB", "name"),
            ("indirect", "Serbia would reduce diplomatic relations, but not cut ties, with countries that recognize an independent Kosovo",
             "said", "He", "Boris Tadic", "SRB", "pronoun"),
            ("indirect", "Kosovo's independence will lead to separatist efforts by other dissatisfied territories across the world",
             "say", "Serbia and its chief ally, Russia", "Serbia and Russia", None, "organisation"),
            ("indirect", "that plan is illegal",
             "say", "Serbia and Russia", "Serbia and Russia", None, "organisation"),
        ],
    },
    {
        "id": "t16-usa-obama-state-of-union-2010",
        "url": "https://learningenglish.voanews.com/a/a-23-2010-01-29-voa2-84659692/130702.html",
        "title": "Obama Urges His Party Not to 'Run for the Hills'",
        "published": "2010-01-29",
        "truncated": True,
        "note": "VOA Special English 'In the News' script. Removed: 'Accessibility links', 'Breaking "
                "News', title line, the deck ('In his first State of the Union speech ...'), "
                "'Transcript of radio broadcast:', the standing line 'This is IN THE NEWS in VOA "
                "Special English.', two '<!-- IMAGE -->' placeholders. Cut by the store inside the "
                "quotation that follows 'But he added:' ('Do not walk away from ref'); that "
                "quotation and its introducing sentence 'But he added:' were dropped. published: "
                "the date in the URL. Sound bites are introduced by the speaker's name and a colon "
                "(cue null).",
        "text": """
President Obama gave his first State of the Union speech Wednesday night. He talked mostly about the economy, and he repeated some of his message the next day in Florida.
BARACK OBAMA: "The worst of the storm has passed. But I think all of you understand the devastation remains. One in ten Americans still can't find work. That's why creating jobs has to be our number one priority in two thousand and ten."
His speech to both houses of Congress followed a defeat last week for his Democratic Party. The Republicans won a special Senate election in Massachusetts. They now have enough seats to block legislation in the Senate.
Independent voters helped elect President Obama but have since turned away from the Democrats. Congressional elections are this November.
BARACK OBAMA: "I know it's an election year. And after last week, it's clear that campaign fever has come even earlier than usual. But we still need to govern. To Democrats, I would remind you that we still have the largest majority in decades, and the people expect us to solve problems, not run for the hills."
To help create jobs, he urged the Senate to join the House of Representatives in passing a second economic stimulus bill.
BARACK OBAMA: "People are out of work. They are hurting. They need our help and I want a jobs bill on my desk without delay."
He also called for a three-year freeze on some federal spending. And he set a goal to double American exports over the next five years.
In addition, he said he takes his share of the blame for not explaining health care proposals more clearly to the public.
""",
        "quotes": [
            ("direct", "The worst of the storm has passed<<>>priority in two thousand and ten.",
             None, "BARACK OBAMA", "Barack Obama", "USA", "name"),
            ("direct", "I know it's an election year<<>>not run for the hills.",
             None, "BARACK OBAMA", "Barack Obama", "USA", "name"),
            ("direct", "People are out of work<<>>on my desk without delay.",
             None, "BARACK OBAMA", "Barack Obama", "USA", "name"),
            ("indirect", "he takes his share of the blame for not explaining health care proposals more clearly to the public",
             "said", "he", "Barack Obama", "USA", "pronoun"),
        ],
    },
    {
        "id": "t16-usa-bush-state-of-union-2008",
        "url": "https://learningenglish.voanews.com/a/a-23-2008-02-01-voa1-83140257/129367.html",
        "title": "Bush Talks About War, Economy in Final State of the Union Speech",
        "published": "2008-02-01",
        "truncated": True,
        "note": "VOA Special English 'In the News' script. Removed: 'Accessibility links', 'Breaking "
                "News', title line, the deck ('The president, 11 months from leaving office, ...'), "
                "'Transcript of radio broadcast:', the standing line 'This is IN THE NEWS in VOA "
                "Special English.'. Cut by the store inside the next sentence ('He called on the'); "
                "kept to the last complete sentence. published: the date in the URL. Sound bites "
                "are introduced by 'PRESIDENT BUSH:' (cue null).",
        "text": """
This week, George W. Bush gave his seventh and final State of the Union message to Congress and the American people. The president spoke at length about some of the issues that his presidency is likely to be remembered for.
He talked about the war in Iraq, and his decision to send thirty thousand more troops there last year.
PRESIDENT BUSH: "Some may deny the surge is working, but among the terrorists there is no doubt. Al-Qaida is on the run in Iraq, and this enemy will be defeated."
President Bush spent almost half the nearly one-hour speech talking about foreign policy, especially in the Middle East. He talked about his hopes for an Israeli-Palestinian peace agreement. And he directed comments to the leaders of Iran.
PRESIDENT BUSH: "Come clean about your nuclear intentions and past actions, stop your oppression at home, and cease your support for terror abroad. But above all, know this: America will confront those who threaten our troops, we will stand by our allies, and we will defend our vital interests in the Persian Gulf."
The president also talked about the American economy and widespread concern about the nation's economic future.
PRESIDENT BUSH: "In the long run, Americans can be confident about our economic growth. But in the short run, we can all see that growth is slowing."
He noted in his speech on Monday that "America has added jobs for a record fifty-two straight months." But that record has now ended. On Friday the Labor Department reported that the economy lost seventeen thousand jobs in January.
Reacting to the report, Mister Bush said the economy is still basically strong but going through a rough time right now.
""",
        "quotes": [
            ("direct", "Some may deny the surge is working<<>>this enemy will be defeated.",
             None, "PRESIDENT BUSH", "George W. Bush", "USA", "name"),
            ("direct", "Come clean about your nuclear intentions<<>>vital interests in the Persian Gulf.",
             None, "PRESIDENT BUSH", "George W. Bush", "USA", "name"),
            ("direct", "In the long run, Americans can be confident<<>>growth is slowing.",
             None, "PRESIDENT BUSH", "George W. Bush", "USA", "name"),
            ("partial", "America has added jobs for a record fifty-two straight months",
             "noted", "He", "George W. Bush", "USA", "pronoun"),
            ("indirect", "the economy lost seventeen thousand jobs in January",
             "reported", "the Labor Department", "Labor Department", "USA", "organisation"),
            ("indirect", "the economy is still basically strong but going through a rough time right now",
             "said", "Mister Bush", "George W. Bush", "USA", "name"),
        ],
    },
    {
        "id": "t16-cambodia-rainsy-tribunal-summons",
        "url": "http://www.voacambodia.com/content/tribunal-should-summon-top-leaders-sam-rainsy-147783955/1359731.html",
        "title": "Tribunal Should Summon Top Leaders: Sam Rainsy",
        "published": None,
        "truncated": False,
        "note": "VOA Khmer's English page. Removed: section label 'Archive', title line, photo "
                "caption (stored twice), byline 'Heng Reaksmey VOA Khmer', the closed comment "
                "forum and the Flash-player notice after the story. Whole as stored. published: "
                "null (no date on the stored page; Duch's life sentence 'earlier this year' places "
                "it in 2012). The “killing fields” is a name in quotation marks, not a quote.",
        "text": """
More than 500 opposition supporters gathered at the “killing fields” of Choeung Ek outside Phnom Penh on Tuesday, to mark the anniversary of the Khmer Rouge takeover in 1970.
In a speech broadcast from exile, opposition leader Sam Rainsy urged the UN-backed Khmer Rouge tribunal to summon some of the nation’s highest-ranking leaders to testify at the court.
No senior leader of the current government has answered summonses from the court, including Foreign Minister Hor Namhong and Finance Minister Keat Chhon.
Choeung Ek was a mass gravesite where Khmer Rouge victims were executed after they were tortured at the Tuol Sleng prison in Phnom Penh. The leader of the prison, Duch, was sentenced to life in prison by the tribunal earlier this year.
Three more leaders—Nuon Chea, Khieu Samphan and Ieng Sary—are currently on trial at the court. The tribunal is expected to hold hearings on Wednesday concerning the regime’s ministries of foreign affairs and commerce and the Boeung Trabek internment camp in Phnom Penh.
Sam Rainsy said Tuesday that senior leaders within the government must be brought to the court to testify. He did not name the leaders who should be summoned. But he said top leaders today “know well” the details of the Khmer Rouge leadership.
A tribunal spokesman said the list of witnesses who will testify remains confidential and that decisions are made only by the international and local judges of the hybrid court.
""",
        "quotes": [
            ("indirect", "senior leaders within the government must be brought to the court to testify",
             "said", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "top leaders today “know well” the details of the Khmer Rouge leadership",
             "said", "he", "Sam Rainsy", "KHM", "pronoun"),
            ("partial", "know well",
             "said", "he", "Sam Rainsy", "KHM", "pronoun"),
            ("indirect", "the list of witnesses who will testify remains confidential and that decisions are made only by the international and local judges of the hybrid court",
             "said", "A tribunal spokesman", "tribunal spokesman", None, "nominal"),
        ],
    },
]

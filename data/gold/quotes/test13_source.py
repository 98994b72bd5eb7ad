"""Source of the sealed quotes test set ``test13.jsonl`` (VOA news stories, 2006-2023).

Annotated by helper sqq14 on 2026-12-06, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test13.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t13-korea-missile-moved-2013",
        "url": "http://www.voanews.com/content/south-korean-official-confirms-north-moving-missile/1634501.html",
        "title": "S. Korea Confirms Relocation of North Missile",
        "published": "2013-04-04",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored three times) and the "
                "stray 'x' line, crosshead 'Missile range'. Cut by the store inside the next "
                "sentence ('... it could strike South Kore'); kept to the last complete sentence. "
                "published: the caption's date (April 4, 2013), which is the story's 'Thursday'. "
                "The page's mixed straight/curly marks ('\"testing or drills.”') are kept.",
        "text": """
South Korea's defense minister is acknowledging that North Korea has moved a missile, but is downplaying concerns it could be used as part of a threatened attack. Meanwhile, Pyongyang has renewed its warning about the fate of a joint industrial complex with the South, where managers and cargo are being barred for a second day.
South Korea Defense Minister Kim Kwan-jin told lawmakers Thursday North Korea has moved a missile with “considerable range” to the eastern coast of the peninsula. But Kim said it is unlikely it is a new, long-range missile that, if operational, could hit the U.S. mainland.
Kim says the reason for the missile's movement is unknown, but could be for "testing or drills.”
Japan's Asahi newspaper reports a U.S. intelligence satellite spotted what appeared to be a long-range KN-08 missile being transported on a train. South Korea's semi-official news agency quoted government sources in Seoul as saying the missile being moved is a Musudan-type medium range missile.
The Musudan (also known as the BM-25) is a 12 to 19 meters long ground-launched missile that can carry a conventional 1,200 kilogram bomb, or could be fitted with a nuclear warhead - something analysts doubt the North could do.
""",
        "quotes": [
            ("indirect", "North Korea has moved a missile", "acknowledging",
             "South Korea's defense minister", "Kim Kwan-jin", "KOR", "nominal"),
            ("indirect", "North Korea has moved a missile with “considerable range” to the eastern coast of the peninsula",
             "told", "South Korea Defense Minister Kim Kwan-jin", "Kim Kwan-jin", "KOR", "name"),
            ("partial", "considerable range", "told", "South Korea Defense Minister Kim Kwan-jin",
             "Kim Kwan-jin", "KOR", "name"),
            ("indirect", "it is unlikely it is a new, long-range missile that, if operational, could hit the U.S. mainland",
             "said", "Kim", "Kim Kwan-jin", "KOR", "name"),
            ("indirect", "the reason for the missile's movement is unknown, but could be for \"testing or drills.”",
             "says", "Kim", "Kim Kwan-jin", "KOR", "name"),
            ("partial", "testing or drills", "says", "Kim", "Kim Kwan-jin", "KOR", "name"),
            ("indirect", "a U.S. intelligence satellite spotted what appeared to be a long-range KN-08 missile being transported on a train",
             "reports", "Japan's Asahi newspaper", "Asahi newspaper", "JPN", "organisation"),
            ("indirect", "the missile being moved is a Musudan-type medium range missile",
             "saying", "government sources in Seoul", "government sources in Seoul", "KOR", "nominal"),
        ],
    },
    {
        "id": "t13-seoul-rockets-2014",
        "url": "http://www.voanews.com/articleprintview/1872612.html",
        "title": "Seoul Slams 'Provocative' North Korean Missile Tests",
        "published": None,
        "truncated": True,
        "note": "Print view of a voanews.com story. Removed: 'Accessibility links', 'Breaking News', "
                "title line, photo caption (stored twice; a FILE photo, so no date). Cut by the "
                "store after 'There are'; kept to the last complete sentence. published: null "
                "(the story's 'Sunday'/'Monday' during the Foal Eagle drills, March 2014 by its "
                "content, but no date on the stored page).",
        "text": """
South Korea criticized North Korea for what it called "provocative behavior" after Pyongyang fired 25 short-range rockets into the ocean.
Seoul officials said the rockets were fired Sunday from North Korea's eastern coast and landed about 70 kilometers away in the Sea of Japan.
Defense Ministry spokesman Kim Min-seok said Monday the move was likely in response to ongoing U.S.-South Korea military drills.
"North Korea launched 25 rockets over three rounds directed towards the east from its eastern coast. Our South Korean military is considering this to be North Korea's firing demonstration, as an armed protest responding to Korea-US joint military exercises, and is additionally analyzing its specific intention. North Korea must not carry on with its provocative behavior that leads to military tension and regional insecurity. Our army is keeping a close watch on the possibility of additional launches and is now on military readiness posture," said Kim.
U.S. State Department spokeswoman Jen Psaki also urged North Korea to "refrain from provocative actions that aggravate tensions."
The so-called Foal Eagle South Korean-U.S. military exercises started in February and will run until mid-April.
Pyongyang routinely condemns such war games as rehearsals for an invasion, while Seoul and Washington maintain that they are purely defensive.
Since the drills began, North Korea has held several rounds of short-range missile launches.
Unlike its long-range missile tests, North Korea is not banned from testing short-range missiles under U.N. sanctions.
But the tests still keep Seoul authorities on alert, since North Korea has in the past shelled South Korean targets during military drills.
""",
        "quotes": [
            ("partial", "provocative behavior", "called", "it", "South Korea", "KOR", "pronoun"),
            ("indirect", "the rockets were fired Sunday from North Korea's eastern coast and landed about 70 kilometers away in the Sea of Japan",
             "said", "Seoul officials", "Seoul officials", "KOR", "nominal"),
            ("indirect", "the move was likely in response to ongoing U.S.-South Korea military drills",
             "said", "Defense Ministry spokesman Kim Min-seok", "Kim Min-seok", "KOR", "name"),
            ("direct", "North Korea launched 25 rockets<<>>military readiness posture",
             "said", "Kim", "Kim Min-seok", "KOR", "name"),
            ("partial", "refrain from provocative actions that aggravate tensions", "urged",
             "U.S. State Department spokeswoman Jen Psaki", "Jen Psaki", "USA", "name"),
            ("indirect", "they are purely defensive", "maintain", "Seoul and Washington",
             "South Korea and United States", None, "organisation"),
        ],
    },
    {
        "id": "t13-darfur-sla-attacks-2007",
        "url": "https://www.voanews.com/a/a-13-2007-08-30-voa32/333049.html",
        "title": "Rebels Accuse Sudanese Government of New Attacks in Darfur",
        "published": "2007-08-30",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the next sentence ('... African Union and United Nations peac'); kept to "
                "the last complete sentence. published: the date in the URL. The page's slips "
                "are kept ('Bolad says there he has', 'our troops response the attack'); the "
                "indirect span after 'says there' starts at 'he'. 'A rebel group in Darfur' and "
                "'a spokesman for the Sudan Liberation Movement' are resolved to the SLM and to "
                "Yahia Bolad, its spokesman quoted in the next sentence.",
        "text": """
A rebel group in Darfur says Sudanese government forces have launched new attacks in western Darfur despite claims from Khartoum that its troops have stood down in the troubled region for several days. Nick Wadhams has more from Nairobi.
In recent days, the Sudanese government has heatedly denied allegations that its troops are on the attack in Darfur, arguing that such claims have been fabricated by aid agencies with an agenda. It says it is determined to start peace talks with the rebels and bring peace to the region at last.
A recent report from Amnesty International alleged that Khartoum was still shipping military equipment into Darfur in violation of a U.N. arms embargo. And on Thursday, a spokesman for the Sudan Liberation Movement told VOA News that Sudanese troops had launched new attacks on two villages in the Jebel Mara area as recently as Wednesday.
Yahia Bolad, a London-based spokesman for the SLA, says his group wants to adhere to a ceasefire but had no choice but to fight the troops and repulse them.
"They are sending aircraft and also helicopters to western Darfur in order to continue their attack on our people on the ground," Bolad said. "And there is an attack from the government in our areas yesterday. The government troops they attack two villages. And our troops response the attack, the government troops withdraw from the village and turn back."
Bolad says there he has no word on the number of people who were killed or wounded in the latest attacks, but said there were casualties.
Sudanese officials could not be reached for comment about Bolad's claims. But on Tuesday, U.N. Secretary-General Ban Ki-moon said he was concerned about an escalation in violence in Darfur that had killed hundreds of people in the last few weeks.
""",
        "quotes": [
            ("indirect", "Sudanese government forces have launched new attacks in western Darfur despite claims from Khartoum that its troops have stood down in the troubled region for several days",
             "says", "A rebel group in Darfur", "Sudan Liberation Movement", "SDN", "nominal"),
            ("indirect", "such claims have been fabricated by aid agencies with an agenda",
             "arguing", "the Sudanese government", "Sudanese government", "SDN", "organisation"),
            ("indirect", "it is determined to start peace talks with the rebels and bring peace to the region at last",
             "says", "It", "Sudanese government", "SDN", "pronoun"),
            ("indirect", "Khartoum was still shipping military equipment into Darfur in violation of a U.N. arms embargo",
             "alleged", "A recent report from Amnesty International", "Amnesty International", "NGO", "organisation"),
            ("indirect", "Sudanese troops had launched new attacks on two villages in the Jebel Mara area as recently as Wednesday",
             "told", "a spokesman for the Sudan Liberation Movement", "Yahia Bolad", "SDN", "nominal"),
            ("indirect", "his group wants to adhere to a ceasefire but had no choice but to fight the troops and repulse them",
             "says", "Yahia Bolad", "Yahia Bolad", "SDN", "name"),
            ("direct", "They are sending aircraft<<>>our people on the ground",
             "said", "Bolad", "Yahia Bolad", "SDN", "name"),
            ("direct", "And there is an attack<<>>withdraw from the village and turn back.",
             "said", "Bolad", "Yahia Bolad", "SDN", "name"),
            ("indirect", "he has no word on the number of people who were killed or wounded in the latest attacks",
             "says", "Bolad", "Yahia Bolad", "SDN", "name"),
            ("indirect", "there were casualties", "said", "Bolad", "Yahia Bolad", "SDN", "name"),
            ("indirect", "he was concerned about an escalation in violence in Darfur that had killed hundreds of people in the last few weeks",
             "said", "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", "name"),
        ],
    },
    {
        "id": "t13-rangoon-suu-kyi-2010",
        "url": "http://www.voanews.com/content/rangoon-diary--democracy-first-on-suu-kyis-agenda-for-burma-107960694/130534.html",
        "title": "Rangoon Diary: Democracy First on Suu Kyi’s Agenda for Burma",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice; dated 14 "
                "November 2010, the day of the speech, not necessarily of the story), crossheads "
                "'Aung San Suu Kyi Exclusive Interview with VOA Burmese:' and 'Historic "
                "Elections'. Cut by the store after 'Investment'; kept to the last complete "
                "sentence. Double spaces after full stops reduced to one. published: null.",
        "text": """
This is a special report from a journalist inside Rangoon, who has been covering Burma’s political developments for VOA despite the threat of deportation. For safety reasons, the journalist’s identity is being withheld. These are the reporter’s notes from the field.
On her first full day of freedom, Burmese opposition leader Aung San Suu Kyi wasted no time returning to the political platform that kept her confined for 15 of the past 21 years.
“I understand what the people want,” she told thousands of supporters in Rangoon Sunday. The crowd chimed in with her together, “It’s democracy!”
Speaking outside the headquarters of her party, the National League for Democracy, Aung San Suu Kyi condemned last week’s elections, the first in 20 years.
“Elections should be held in the correct way, and unfair elections do not bring about democracy,” she said. “Democracy does not mean that everybody agrees, but it does mean that you tolerate other people’s opinions.”
A pro-government party is claiming to have won 80 percent of the seats in the parliamentary elections, which the military regime says is shifting Burma to civilian rule. The opposition and many voters say the election was rigged.
“The people should make their voices heard, nothing can happen without the people’s participation, and we have to try, not just here, but all over the world,” the democracy icon told the crowd.
In the seven years since Aung San Suu Kyi last walked the streets of Burma, the country has changed.
""",
        "quotes": [
            ("direct", "I understand what the people want", "told", "she", "Aung San Suu Kyi", "MMR", "pronoun"),
            ("direct", "It’s democracy!", "chimed in", "The crowd", "crowd", "MMR", "nominal"),
            ("direct", "Elections should be held in the correct way, and unfair elections do not bring about democracy",
             "said", "she", "Aung San Suu Kyi", "MMR", "pronoun"),
            ("direct", "Democracy does not mean that everybody agrees, but it does mean that you tolerate other people’s opinions.",
             "said", "she", "Aung San Suu Kyi", "MMR", "pronoun"),
            ("indirect", "is shifting Burma to civilian rule", "says", "the military regime",
             "military regime", "MMR", "organisation"),
            ("indirect", "the election was rigged", "say", "The opposition and many voters",
             "opposition and many voters", "MMR", "nominal"),
            ("direct", "The people should make their voices heard<<>>all over the world",
             "told", "the democracy icon", "Aung San Suu Kyi", "MMR", "nominal"),
        ],
    },
    {
        "id": "t13-zelenskyy-west-visit-2023",
        "url": "https://voanews.com/a/deadly-russian-attacks-target-ukraine-s-kherson-region/7281947.html",
        "title": "Zelenskyy Describes Visit to the West as 'Very Productive'",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, the 'update' label, "
                "photo caption (stored twice; dated Sept. 21, 2023, before the story's 'Sunday'), "
                "crosshead 'Airstrikes'. Cut by the store inside the next sentence ('... killed "
                "a 67-year-old m'); kept to the last complete sentence. The page's slip 'his "
                "county' is kept. published: null (a Sunday after Sept. 21, 2023).",
        "text": """
Ukrainian President Volodymyr Zelenskyy described his visit to the U.S. and Canada this week as “very productive.”
In his nightly video address on Sunday, Zelenskyy said Ukraine secured defense aid from Washington and Ottawa respectively.
He said the U.S. committed a defense package to Ukraine, including “artillery, necessary shells, HIMARS munitions, air defense missiles, additional air defense systems, tactical vehicles and more,” while Canada offered long-term defense support “worth half-a-billion U.S. dollars.”
Zelenskyy also called “historic” a decision by the U.S. to “jointly produce weapons and defense systems, in particular, air defense.”
The Ukrainian president said Ukraine’s collaboration with the U.S. will help create a much more powerful defense industry for his county and bolster Ukraine’s economy.
“Protection for our cities. Enterprises, new jobs for both our peoples – for Ukrainians and Americans. We have a clear perspective of a new resilience of Ukraine that will prevent the recurrence of Russian aggression – this is what we have already agreed on,” he said.
Zelenskyy expressed gratitude to both the Biden administration and the American people who value freedom and support Ukraine.
Russian airstrikes killed two people and wounded many others Sunday, in southern Ukraine's Kherson province, the region's Governor Oleksandr Prokudin reported.
Russian forces struck residences in the city of Beryslav, killing a woman and wounding three people, including a police officer, he said.
""",
        "quotes": [
            ("partial", "very productive", "described", "Ukrainian President Volodymyr Zelenskyy",
             "Volodymyr Zelenskyy", "UKR", "name"),
            ("indirect", "Ukraine secured defense aid from Washington and Ottawa respectively",
             "said", "Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("indirect", "the U.S. committed a defense package to Ukraine<<>>half-a-billion U.S. dollars.”",
             "said", "He", "Volodymyr Zelenskyy", "UKR", "pronoun"),
            ("partial", "artillery, necessary shells, HIMARS munitions, air defense missiles, additional air defense systems, tactical vehicles and more",
             "said", "He", "Volodymyr Zelenskyy", "UKR", "pronoun"),
            ("partial", "worth half-a-billion U.S. dollars", "said", "He", "Volodymyr Zelenskyy", "UKR", "pronoun"),
            ("partial", "historic", "called", "Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("partial", "jointly produce weapons and defense systems, in particular, air defense",
             "called", "Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("indirect", "Ukraine’s collaboration with the U.S. will help create a much more powerful defense industry for his county and bolster Ukraine’s economy",
             "said", "The Ukrainian president", "Volodymyr Zelenskyy", "UKR", "nominal"),
            ("direct", "Protection for our cities.<<>>what we have already agreed on",
             "said", "he", "Volodymyr Zelenskyy", "UKR", "pronoun"),
            ("indirect", "Russian airstrikes killed two people and wounded many others Sunday, in southern Ukraine's Kherson province",
             "reported", "Governor Oleksandr Prokudin", "Oleksandr Prokudin", "UKR", "name"),
            ("indirect", "Russian forces struck residences in the city of Beryslav, killing a woman and wounding three people, including a police officer",
             "said", "he", "Oleksandr Prokudin", "UKR", "pronoun"),
        ],
    },
    {
        "id": "t13-zelenskyy-us-trip-2022",
        "url": "https://www.voanews.com/a/zelenskyy-trip-to-us-delivered-good-results-/6888511.html",
        "title": "Zelenskyy: Trip to US Delivered ‘Good Results’",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(stored twice; dated Dec. 22, 2022, a day before the story's 'Friday'). Cut by "
                "the store inside the next sentence (about Biden's aid package, no full stop); "
                "that sentence was dropped. The page's spelling 'Sergei Shigou' is kept in the "
                "text and normalised to Sergei Shoigu in 'speaker'. Mixed straight/curly marks "
                "are the page's. The Defense Ministry's quoted words contain a further report "
                "('Sergei Shigou explained that ...'); only the ministry's clause and its quoted "
                "words are annotated (the checker allows no quote inside a partial one). "
                "published: null (Dec. 23, 2022 by the caption and 'Friday').",
        "text": """
Britain’s Defense Ministry said Friday in its intelligence update on Ukraine that Russian President Vladimir Putin has been “presented with plans to expand the Russian military by around 30% to 1.5 million personnel.”
The ministry said the proposal was made Wednesday and that “Russian Defense Minister Sergei Shigou explained that the expansion would involve at least two brigades in north-western Russia growing to divisional strength.”
The defense minister justified the move by citing “the supposed threat from Finland and Sweden’s accession to NATO.”
“This constitutes one of the first insights into how Russia aspires to adapt its forces to the long-term strategic challenges resulting from its invasion of Ukraine,” the update said. "It remains unclear how Russia will find the recruits to complete such an expansion at a time when its forces are under unprecedented pressure in Ukraine.”
In his nightly video address Thursday Ukrainian President Volodymyr Zelenskyy said his brief wartime trip to the United States delivered “good results.”
"We are returning from Washington with good results, with things that will really help," Zelenskyy said on the video posted to his Telegram account. He also thanked U.S. President Joe Biden and the U.S. Congress for supporting Ukraine's fight against Russia, which invaded the country nearly 10 months ago.
Zelenskyy visited the United States on Wednesday, meeting privately with Biden and later addressing a joint session of Congress.
""",
        "quotes": [
            ("indirect", "Russian President Vladimir Putin has been “presented with plans<<>>1.5 million personnel.”",
             "said", "Britain’s Defense Ministry", "Britain’s Defense Ministry", "GBR", "organisation"),
            ("partial", "presented with plans to expand the Russian military by around 30% to 1.5 million personnel",
             "said", "Britain’s Defense Ministry", "Britain’s Defense Ministry", "GBR", "organisation"),
            ("indirect", "the proposal was made Wednesday and that “Russian Defense Minister<<>>divisional strength.”",
             "said", "The ministry", "Britain’s Defense Ministry", "GBR", "organisation"),
            ("partial", "Russian Defense Minister Sergei Shigou explained that the expansion would involve at least two brigades in north-western Russia growing to divisional strength",
             "said", "The ministry", "Britain’s Defense Ministry", "GBR", "organisation"),
            ("partial", "the supposed threat from Finland and Sweden’s accession to NATO",
             "citing", "The defense minister", "Sergei Shoigu", "RUS", "nominal"),
            ("direct", "This constitutes one of the first insights<<>>its invasion of Ukraine",
             "said", "the update", "Britain’s Defense Ministry", "GBR", "organisation"),
            ("direct", "It remains unclear how Russia<<>>unprecedented pressure in Ukraine.",
             "said", "the update", "Britain’s Defense Ministry", "GBR", "organisation"),
            ("indirect", "his brief wartime trip to the United States delivered “good results.”",
             "said", "Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("partial", "good results", "said", "Ukrainian President Volodymyr Zelenskyy",
             "Volodymyr Zelenskyy", "UKR", "name"),
            ("direct", "We are returning from Washington with good results, with things that will really help",
             "said", "Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
        ],
    },
    {
        "id": "t13-mogadishu-rally-2006",
        "url": "https://www.voanews.com/a/a-13-2006-05-17-voa50/325064.html",
        "title": "Demonstration Against Ongoing Violence In Mogadishu, Somalia",
        "published": "2006-05-17",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the next sentence ('... who had addr'); kept to the last complete "
                "sentence. published: the date in the URL. Quotations standing alone after a "
                "sentence naming the speaker take that sentence's verb as cue ('says', "
                "'denies'; 'denies any connection' itself is no quote).",
        "text": """
Thousands of Somalis rallied today in the country’s main city, Mogadishu, demanding an end to the ongoing violence. The demonstration was held at a football stadium controlled by the Islamic Courts Union – one of two groups involved in the latest fighting. The rally was off limits to members of the rival group, the Alliance for the Restoration of Peace and Counter-Terrorism. The two warring factions continue to observe a tenuous truce requested by elders amid reports of sporadic fighting in northern Mogadishu.
Hussein Gutale is the spokesman for the Counter-Terrorism Alliance. In an interview with English to Africa reporter Ashenafi Abedje, Gutale says the latest fighting is between his group, which wants foreign terrorists out of Somalia, and the Courts Union, which harbors them. He says the terrorists hail from different countries. “Some came from Comoro Islands, some came from Kenya, some came from Tanzania, some came from Pakistan, some came from Afghanistan, and others come from other Arab countries.”
Gutale denies any connection between his group and the United States. “We do not have any financial support, relations with the Americans. But if Americans could support us to get rid of these bad guys, we would have appreciated. Not only Americans, but also all the international community. So far, we are not getting any financial support from anybody.” The spokesman says his group has no political agenda other than ridding his country of foreign terrorists.
Gutale says, “We have been invaded by people from Afghanistan. Some people want our country to establish a Taliban-style government in Mogadishu and Somalia as a whole. If the foreign terrorists leave our country, I am sure the Somalis themselves will sit down and talk and find lasting solution.”
""",
        "quotes": [
            ("indirect", "the latest fighting is between his group, which wants foreign terrorists out of Somalia, and the Courts Union, which harbors them",
             "says", "Gutale", "Hussein Gutale", "SOM", "name"),
            ("indirect", "the terrorists hail from different countries", "says", "He", "Hussein Gutale", "SOM", "pronoun"),
            ("direct", "Some came from Comoro Islands<<>>other Arab countries.",
             "says", "He", "Hussein Gutale", "SOM", "pronoun"),
            ("direct", "We do not have any financial support<<>>any financial support from anybody.",
             "denies", "Gutale", "Hussein Gutale", "SOM", "name"),
            ("indirect", "his group has no political agenda other than ridding his country of foreign terrorists",
             "says", "The spokesman", "Hussein Gutale", "SOM", "nominal"),
            ("direct", "We have been invaded by people from Afghanistan.<<>>find lasting solution.",
             "says", "Gutale", "Hussein Gutale", "SOM", "name"),
        ],
    },
    {
        "id": "t13-aquino-typhoon-2013",
        "url": "http://www.voanews.com/content/aquino-vows-to-stay-in-typhoon-hit-central-philippines/1791958.html",
        "title": "Aquino Vows to Stay in Typhoon-hit Central Philippines",
        "published": "2013-11-18",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, the embedded video block (title, 'X', "
                "'November 18, 2013 10:19 AM', its one-sentence summary), byline 'Simone "
                "Orendain', the photo gallery 'Photos by Steve Herman' inside which the store "
                "cut (the story's text after the gallery is not stored). Double spaces after "
                "full stops reduced to one. published: the video block's date. 'vowed to "
                "\"stay\"' is an infinitival vow: only the quoted words are annotated.",
        "text": """
Philippine President Benigno Aquino has vowed to "stay" in the typhoon-battered center of the country until he is "satisfied" with efforts to help survivors of a devastating November 8 storm.
Aquino made the pledge Sunday as he visited the hard-hit central islands of Samar and Leyte, where thousands of people flocked to ruined churches for weekly prayers. Some gave thanks for surviving Super Typhoon Haiyan, while others prayed for the souls of the thousands of people who were killed.
Sunday services typically are a time of reflection in the Philippines, whose population is 80 percent Roman Catholic. Filipinos have maintained that faith despite repeatedly enduring disasters of biblical proportions.
In its latest casualty report issued Sunday, the Philippine government said the typhoon killed at least 3,974 people and left about 1,200 others missing. Many of them were swept away and drowned in a huge storm surge triggered by one of the strongest cyclones on record.
""",
        "quotes": [
            ("partial", "stay", "vowed", "Philippine President Benigno Aquino", "Benigno Aquino", "PHL", "name"),
            ("partial", "satisfied", "vowed", "he", "Benigno Aquino", "PHL", "pronoun"),
            ("indirect", "the typhoon killed at least 3,974 people and left about 1,200 others missing",
             "said", "the Philippine government", "Philippine government", "PHL", "organisation"),
        ],
    },
    {
        "id": "t13-china-lawyers-2016",
        "url": "http://www.voanews.com/content/china-lawyers-arrests/3143548.html",
        "title": "US Concerned About China Rights After Lawyers' Arrest",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice; a FILE photo "
                "of Dec. 22, 2015), byline 'VOA News', crosshead '15 years to life'. Cut by the "
                "store inside the next sentence ('... and legal assistant'); kept to the last "
                "complete sentence. Double spaces after full stops reduced to one. The page's "
                "slips are kept ('on a charges of', a quotation closed by '“'). ''black jails'' "
                "is a scare quote, not annotated. published: null (a Wednesday in January 2016 "
                "by the content).",
        "text": """
The United States has expressed concerns about an ongoing crackdown against Chinese human rights defenders, following reports Wednesday that several prominent rights lawyers were arrested on charges of state subversion. Some of them were charged after being held for six months.
“The United States urges China to drop these charges and immediately release these lawyers and others like them detained for seeking to protect the rights of Chinese citizens, “ said Deputy Spokesman Mark Toner.
The lawyers were among more than 130 lawyers detained last July after being accused of organizing protests outside courtrooms in an effort to pressure local authorities.
State media has called the attorneys a "criminal gang," that created public disorder.
Li Yuhan, a lawyer for detained attorney Wang Yu, said Wang Yu's mother received a formal arrest notice this week for her on a charges of "inciting subversion of state power", a charge that carries a possible life sentence.
Li says Wang's husband, Bao Longjun, is also accused of the same charge.
Wang Yu is known for defending Uighur scholar Ilham Tohti, as well as alleged victims of sexual harassment, forced evictions and victims of illegal 'black jails.'
Li says she has not been able to meet with Wang since her detention in July. Other defendants have also reportedly been unable to meet with their lawyers.
""",
        "quotes": [
            ("direct", "The United States urges China to drop these charges<<>>the rights of Chinese citizens",
             "said", "Deputy Spokesman Mark Toner", "Mark Toner", "USA", "name"),
            ("partial", "criminal gang", "called", "State media", "state media", "CHN", "organisation"),
            ("indirect", "Wang Yu's mother received a formal arrest notice this week for her on a charges of \"inciting subversion of state power\"",
             "said", "Li Yuhan", "Li Yuhan", "CHN", "name"),
            ("partial", "inciting subversion of state power", "said", "Li Yuhan", "Li Yuhan", "CHN", "name"),
            ("indirect", "Wang's husband, Bao Longjun, is also accused of the same charge",
             "says", "Li", "Li Yuhan", "CHN", "name"),
            ("indirect", "she has not been able to meet with Wang since her detention in July",
             "says", "Li", "Li Yuhan", "CHN", "name"),
        ],
    },
    {
        "id": "t13-liberia-ebola-return-2015",
        "url": "https://www.voanews.com/a/un-official-new-case-of-ebola-found-in-liberia/3066434.html",
        "title": "New Ebola Cases Found in Previously Virus-Free Liberia",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, the 'update' label, "
                "photo caption (stored twice; a FILE photo of Sept. 7, 2014). Cut by the store "
                "inside VOA's credit line ('Some information for this report c'); that line was "
                "dropped. 'declared the country Ebola-free' (no clause, no quotation marks) is "
                "not annotated. published: null (a Friday in November 2015 by the content).",
        "text": """
Three new cases of Ebola have been confirmed in Liberia, a setback for the West African country, which had been declared free of the disease.
The latest cases came to light after a 10-year-old boy fell sick in Paynesville, a suburb of the capital, Monrovia, and was hospitalized in the city. Health officials said Friday that two immediate family members had also tested positive.
The three patients, along with three others who were possibly exposed to the disease, were taken to an Ebola treatment center outside Monrovia.
Liberia was declared Ebola-free on May 9, but new cases emerged in June. The World Health Organization declared the country Ebola-free again on September 3.
The head of the WHO's Ebola response team, Bruce Aylward, said it wasn't clear how the boy contracted Ebola. He said the child and his family had no known history of contact with a survivor or victim of the disease.
Liberia is one of three West African countries hit hard by the Ebola outbreak that began in December 2013, recording more than 10,000 cases and more than 4,800 deaths.
In all, the epidemic has killed about 11,300 people, mainly in Liberia, Guinea and Sierra Leone.
The new Ebola cases in Liberia came less than a week after Guinea said it had no more Ebola patients and began the 42-day countdown — twice the incubation period of the virus — to be declared Ebola-free.
Sierra Leone was declared Ebola-free earlier this month.
Fear of the virus transformed the three countries and hampered efforts in Sierra Leone and Liberia to recover from civil wars.
""",
        "quotes": [
            ("indirect", "two immediate family members had also tested positive",
             "said", "Health officials", "health officials", "LBR", "nominal"),
            ("indirect", "it wasn't clear how the boy contracted Ebola",
             "said", "Bruce Aylward", "Bruce Aylward", "UNO", "name"),
            ("indirect", "the child and his family had no known history of contact with a survivor or victim of the disease",
             "said", "He", "Bruce Aylward", "UNO", "pronoun"),
            ("indirect", "it had no more Ebola patients", "said", "Guinea", "Guinea", "GIN", "organisation"),
        ],
    },
    {
        "id": "t13-syria-oil-minister-defects-2012",
        "url": "http://www.voanews.com/content/purported-syrian-official-resigns-in-protest-141879633/180982.html",
        "title": "Purported Syrian Minister Quits Regime",
        "published": "2012-03-08",
        "truncated": True,
        "note": "Removed: 'News' section label, title line, photo caption (stored twice), "
                "crosshead 'UN official visit'. Cut by the store after 'The visit was the'; kept "
                "to the last complete sentence. Double spaces after full stops reduced to one. "
                "published: the caption's date (Thursday, March 8, 2012), the story's "
                "'Thursday'. 'A man claiming to be ...' is resolved to the name he gave.",
        "text": """
A man claiming to be Syria's deputy oil minister has appeared in a YouTube video saying he resigned his post to join the opposition to President Bashar al-Assad.
He identified himself as Abdo Husameddine, and said that after 33 years of working for the government he does not want to end his career "serving the crimes" of Assad's "regime."
If confirmed, the defection would mark the most senior official to leave the Syrian government since the opposition uprising began in March of last year.
The attorney general of Hama province announced his resignation via video in August. The government dismissed that video, saying he had been kidnapped and forced to make the statement under duress.
Meanwhile, the U.N. humanitarian chief is expected to meet with Syrian officials and humanitarian representatives in Damascus Thursday, a day after touring the former rebel stronghold of Baba Amr.
A spokeswoman for Valerie Amos said Wednesday she found parts of the district "completely devastated," and that few people were around - most having fled to nearby areas where aid workers are distributing food and medical supplies.
Amos and a Syrian Arab Red Crescent team spent 45 minutes in Baba Amr. The spokeswoman said they tried to access opposition-held areas of the town, but could not negotiate access with the opposition.
Amos met earlier Wednesday with Syria's foreign minister, who told her she is free to go anywhere in Syria.
""",
        "quotes": [
            ("indirect", "he resigned his post to join the opposition to President Bashar al-Assad",
             "saying", "A man claiming to be Syria's deputy oil minister", "Abdo Husameddine", "SYR", "nominal"),
            ("indirect", "after 33 years of working for the government he does not want to end his career \"serving the crimes\" of Assad's \"regime.\"",
             "said", "He", "Abdo Husameddine", "SYR", "pronoun"),
            ("partial", "serving the crimes", "said", "He", "Abdo Husameddine", "SYR", "pronoun"),
            ("partial", "regime", "said", "He", "Abdo Husameddine", "SYR", "pronoun"),
            ("indirect", "he had been kidnapped and forced to make the statement under duress",
             "saying", "The government", "Syrian government", "SYR", "organisation"),
            ("indirect", "she found parts of the district \"completely devastated,\" and that few people were around - most having fled to nearby areas where aid workers are distributing food and medical supplies",
             "said", "A spokeswoman for Valerie Amos", "spokeswoman for Valerie Amos", "UNO", "nominal"),
            ("partial", "completely devastated", "said", "A spokeswoman for Valerie Amos",
             "spokeswoman for Valerie Amos", "UNO", "nominal"),
            ("indirect", "they tried to access opposition-held areas of the town, but could not negotiate access with the opposition",
             "said", "The spokeswoman", "spokeswoman for Valerie Amos", "UNO", "nominal"),
            ("indirect", "she is free to go anywhere in Syria", "told", "Syria's foreign minister",
             "Syria's foreign minister", "SYR", "nominal"),
        ],
    },
    {
        "id": "t13-us-aid-syrian-rebels-2012",
        "url": "http://www.voanews.com/content/report_us_aiding_syrian_opposition/1216745.html",
        "title": "Report: US Helping Syrian Rebels Arm, Fight",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice; dated "
                "June 16, 2012, before the story's 'Thursday'), byline 'VOA News'. Cut by the "
                "store inside the next sentence ('... the Washington-based Woo'); kept to the "
                "last complete sentence. 'The report cites American officials ...' is no quote; "
                "their own words follow in the relative clause 'who say ...'. published: null.",
        "text": """
Syrian rebels fighting to overthrow President Bashar al-Assad may be getting some added help from the United States.
The New York Times reports CIA operatives are working along the Turkish-Syrian border, helping to funnel arms -- including automatic rifles, rocket-propelled grenades and anti-tank weapons -- to opposition groups seen as most friendly to the U.S. The report cites American officials and Arab intelligence officers, who say the arms themselves are coming from Turkey, Saudi Arabia and Qatar.
White House spokesman Jay Carney refused to comment directly on the report Thursday but told reporters Washington does not provide "lethal aid" to the Syrian opposition.
"What I can tell you is that we provide humanitarian aid to the Syrian people," he said. "We provide non-lethal assistance to the opposition and we continue to work with the opposition, in concert with our international partners, to help them organize themselves, to help them develop greater capacities all as part of the process of preparing for a political transition that the Syrian people absolutely desire and deserve and that will take place."
Senior U.S. officials have already said operatives have been helping the Syrian rebels with logistics and other planning, and The Wall Street Journal has reported U.S. intelligence officials have been debating whether to give the rebels access to satellite imagery and other information that could help give them a tactical advantage over President Assad's forces.
Experts say whether the allegations are true -- and the reason the story was leaked -- remains unclear.
""",
        "quotes": [
            ("indirect", "CIA operatives are working along the Turkish-Syrian border<<>>seen as most friendly to the U.S.",
             "reports", "The New York Times", "New York Times", "USA", "organisation"),
            ("indirect", "the arms themselves are coming from Turkey, Saudi Arabia and Qatar",
             "say", "American officials and Arab intelligence officers",
             "American officials and Arab intelligence officers", None, "nominal"),
            ("indirect", "Washington does not provide \"lethal aid\" to the Syrian opposition",
             "told", "White House spokesman Jay Carney", "Jay Carney", "USA", "name"),
            ("partial", "lethal aid", "told", "White House spokesman Jay Carney", "Jay Carney", "USA", "name"),
            ("direct", "What I can tell you is that we provide humanitarian aid to the Syrian people",
             "said", "he", "Jay Carney", "USA", "pronoun"),
            ("direct", "We provide non-lethal assistance<<>>that will take place.",
             "said", "he", "Jay Carney", "USA", "pronoun"),
            ("indirect", "operatives have been helping the Syrian rebels with logistics and other planning",
             "said", "Senior U.S. officials", "senior U.S. officials", "USA", "nominal"),
            ("indirect", "U.S. intelligence officials have been debating whether to give the rebels<<>>President Assad's forces",
             "reported", "The Wall Street Journal", "Wall Street Journal", "USA", "organisation"),
            ("indirect", "whether the allegations are true -- and the reason the story was leaked -- remains unclear",
             "say", "Experts", "experts", None, "nominal"),
        ],
    },
    {
        "id": "t13-karachi-violence-2013",
        "url": "http://www.voanews.com/content/violence-overwhelms-pakistans-largest-city/1636804.html",
        "title": "Violence Overwhelms Pakistan's Largest City",
        "published": "2013-04-08",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, the embedded video block (title, 'April 08, "
                "2013 10:54 AM', its summary, name), byline 'Sharon Behn'. Cut by the store "
                "inside Imtiaz Raza's quotation ('My father-in-law and two brother'); the "
                "paragraph is kept to the end of the sentence before the cut, so that quotation "
                "is never closed. Double spaces after full stops reduced to one. The page's "
                "'there is criminal elements' is kept. published: the video block's date.",
        "text": """
Targeted killings, bombs, kidnappings and petty crime have become daily events in Karachi, Pakistan's largest city and its commercial hub. The poor are living in a climate of fear while even security forces are getting gunned down.
Suspected militants threw a grenade at Pakistan's paramilitary Ranger forces in Karachi in early April, killing four. It was just another attack in what has become Pakistan's most violent city.
Roughly 20 million people live here. There are almost daily reports of people killed by hired guns or militants such as the Taliban and Sunni extremists Lashkar-e-Jhangvi.
Imran Shaukat, the Police Senior Superintendent of East Karachi, says it is a complex situation.
"The targeted killing in Karachi is being done by various groups for various reasons," he explained. "There is gang warfare, groups involved in it, there are tentacles of terrorist organizations involved in it, and there is criminal elements involved in it as well."
According to the Human Rights Commission of Pakistan, more than 2,200 people died in ethnic, sectarian, and politically linked violence last year.
In early March, a large bomb blast in a Shi'ite neighborhood killed 45 people. Militant Sunni Muslims, who consider Shi'ites to be heretics, were believed to be behind the attack.
Imtiaz Raza, a Shi'ite who works in a small street stall, says his family lives in fear.
"I am afraid to leave the house. When I leave my area, I am afraid a hit man is following me," he confided. "I'm afraid to go to the market. Something already happened to my family.
""",
        "quotes": [
            ("indirect", "it is a complex situation", "says", "Imran Shaukat", "Imran Shaukat", "PAK", "name"),
            ("direct", "The targeted killing in Karachi is being done by various groups for various reasons",
             "explained", "he", "Imran Shaukat", "PAK", "pronoun"),
            ("direct", "There is gang warfare<<>>involved in it as well.",
             "explained", "he", "Imran Shaukat", "PAK", "pronoun"),
            ("indirect", "more than 2,200 people died in ethnic, sectarian, and politically linked violence last year",
             "According to", "the Human Rights Commission of Pakistan", "Human Rights Commission of Pakistan", "NGO", "organisation"),
            ("indirect", "his family lives in fear", "says", "Imtiaz Raza", "Imtiaz Raza", "PAK", "name"),
            ("direct", "I am afraid to leave the house. When I leave my area, I am afraid a hit man is following me",
             "confided", "he", "Imtiaz Raza", "PAK", "pronoun"),
            ("direct", "I'm afraid to go to the market. Something already happened to my family.",
             "confided", "he", "Imtiaz Raza", "PAK", "pronoun"),
        ],
    },
    {
        "id": "t13-abe-fukushima-2013",
        "url": "http://www.voanews.com/content/japan-to-decommission-final-two-fukushima-reactors/1752772.html",
        "title": "Japan's Prime Minister Inspects Leaks at Fukushima Nuclear Plant",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice, itself cut "
                "off on the page), byline 'Daniel Schearf'. Cut by the store inside the next "
                "sentence ('TEPCO says they are also planning to install'); kept to the last "
                "complete sentence. Double spaces after full stops reduced to one. Layered "
                "attribution ('He said TEPCO officials have assured him ...') is annotated for "
                "the inner speaker only, as in test7/test8. published: null (a Thursday in "
                "September 2013 by the content).",
        "text": """
Japan's Prime Minister Shinzo Abe has inspected the crippled Fukushima Daiichi nuclear power plant to reassure the public over leaks of contaminated water. Critics have lashed out at Abe for saying the situation is under control but the prime minister has stood by his words.
Abe defended his controversial comments about radioactive water leaks while touring Japan's damaged nuclear power plant.
Plant operator Tokyo Electric Power Company (TEPCO) in July, after months of denials, admitted hundreds of tons of contaminated water is leaking into the ocean.
But Prime Minister Abe has said the situation remains “under control,” and leaking tanks of contaminated water, used to cool nuclear rods, posed no threat to public health or the Pacific.
Wearing a protective white suit, face mask, and orange helmet, Mr. Abe backed up his statement Thursday while inspecting efforts to contain the outflow. He said TEPCO officials have assured him the contaminated water is staying within the harbor near the plant.
He says to deal with the disaster and the contaminated water, the government will come to the forefront, and he will firmly deal with the issue as the person in charge.
The prime minister was escorted by TEPCO executives who told him that some 90 workers patrol the plant's 1,000 water holding tanks four times a day.
""",
        "quotes": [
            ("indirect", "the situation is under control", "saying", "Abe", "Shinzo Abe", "JPN", "name"),
            ("indirect", "hundreds of tons of contaminated water is leaking into the ocean",
             "admitted", "Plant operator Tokyo Electric Power Company", "Tokyo Electric Power Company", "JPN", "organisation"),
            ("indirect", "the situation remains “under control,” and leaking tanks<<>>public health or the Pacific",
             "said", "Prime Minister Abe", "Shinzo Abe", "JPN", "name"),
            ("partial", "under control", "said", "Prime Minister Abe", "Shinzo Abe", "JPN", "name"),
            ("indirect", "the contaminated water is staying within the harbor near the plant",
             "assured", "TEPCO officials", "TEPCO officials", "JPN", "nominal"),
            ("indirect", "to deal with the disaster and the contaminated water, the government will come to the forefront, and he will firmly deal with the issue as the person in charge",
             "says", "He", "Shinzo Abe", "JPN", "pronoun"),
            ("indirect", "some 90 workers patrol the plant's 1,000 water holding tanks four times a day",
             "told", "TEPCO executives", "TEPCO executives", "JPN", "nominal"),
        ],
    },
    {
        "id": "t13-obama-cuba-visit-announced-2016",
        "url": "http://www.voanews.com/content/obama-discusses-upcoming-trip-to-cuba/3199504.html",
        "title": "Obama Says Cuba Visit to Begin March 21",
        "published": "2016-02-20",
        "truncated": True,
        "note": "Removed: 'News / USA', title line, photo caption (stored twice), byline 'VOA "
                "News'. Cut by the store inside the next sentence ('... a number of "
                "contentiou'); kept to the last complete sentence. published: the caption's "
                "date (Feb. 20, 2016), the 'Saturday' of the weekly address. 'calling "
                "rapprochement a threat ...' (no quotation marks) is not annotated.",
        "text": """
President Barack Obama is going to Cuba next month, becoming the first sitting American president to visit Havana in nearly 90 years.
The president, in his weekly address Saturday, said he and his wife Michelle would open a two-day visit to the Cuban capital on March 21.
Obama said he would meet with Cuban President Raul Castro "to discuss how we can continue normalizing relations." The president added, "I'll speak candidly about our serious differences with the Cuban government, including on democracy and human rights."
On Thursday, two Republican presidential candidates with strong ties to Cuba criticized the planned Obama visit. Senator Marco Rubio of Florida, whose parents migrated from Cuba in the 1950s, said the thaw in bilateral ties in the past year had not spawned any improvements in Cuba's human rights record.
"The Cuban government remains as oppressive as ever," he said.
Senator Ted Cruz of Texas, whose father fled Cuba in 1957, also said he would not visit the communist state. He called the Obama visit "a real mistake."
For her part, Democratic presidential candidate Hillary Clinton has praised the U.S.-Cuban engagement, calling rapprochement a threat to Castro's rule. Clinton rival Bernie Sanders, a senator from Vermont, called the planned visit "a major step forward."
Obama held historic talks in Panama with the Cuban leader in June 2015 on the sidelines of the Summit of the Americas, saying he wanted to "turn the page" on Cold War divisions to engage with Havana. Weeks earlier, the Obama administration removed Cuba from a list of state sponsors of terrorism.
""",
        "quotes": [
            ("indirect", "he and his wife Michelle would open a two-day visit to the Cuban capital on March 21",
             "said", "The president", "Barack Obama", "USA", "nominal"),
            ("indirect", "he would meet with Cuban President Raul Castro \"to discuss how we can continue normalizing relations.\"",
             "said", "Obama", "Barack Obama", "USA", "name"),
            ("partial", "to discuss how we can continue normalizing relations", "said", "Obama", "Barack Obama", "USA", "name"),
            ("direct", "I'll speak candidly about our serious differences with the Cuban government, including on democracy and human rights.",
             "added", "The president", "Barack Obama", "USA", "nominal"),
            ("indirect", "the thaw in bilateral ties in the past year had not spawned any improvements in Cuba's human rights record",
             "said", "Senator Marco Rubio", "Marco Rubio", "USA", "name"),
            ("direct", "The Cuban government remains as oppressive as ever", "said", "he", "Marco Rubio", "USA", "pronoun"),
            ("indirect", "he would not visit the communist state", "said", "Senator Ted Cruz", "Ted Cruz", "USA", "name"),
            ("partial", "a real mistake", "called", "He", "Ted Cruz", "USA", "pronoun"),
            ("partial", "a major step forward", "called", "Bernie Sanders", "Bernie Sanders", "USA", "name"),
            ("indirect", "he wanted to \"turn the page\" on Cold War divisions to engage with Havana",
             "saying", "Obama", "Barack Obama", "USA", "name"),
            ("partial", "turn the page", "saying", "Obama", "Barack Obama", "USA", "name"),
        ],
    },
    {
        "id": "t13-zimbabwe-partial-results-2013",
        "url": "http://www.voanews.com/content/mugabes-party-has-big-lead-in-azimbabwe-vote-results/1722203.html",
        "title": "Partial Results Give Zimbabwe's Mugabe Decisive Lead",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (stored twice; dated July "
                "30, 2013, before the vote), byline 'Anita Powell'. Cut by the store inside the "
                "next sentence ('... said Friday that the vot'); kept to the last complete "
                "sentence. Double spaces reduced to one. The page's slip 'has until to Monday' "
                "is kept. 'called the election illegitimate' (no marks) and 'accuse ... of "
                "colluding' are not annotated. published: null (Friday, Aug. 2, 2013 by the "
                "content).",
        "text": """
The party of Zimbabwe’s longtime President Robert Mugabe took an early and decisive lead in national elections, according to partial official results.
Zimbabwe's Electoral Commission announced Friday that the ZANU-PF party has won 137 seats, while the MDC party of Prime Minister Morgan Tsvangirai has won 48. One seat was won by an independent.
The figures left Mugabe's party just a few seats short of a two-thirds majority in the 210-seat House of Assembly. Full official results have not yet been released. The commission has until to Monday to complete the vote counting.
But for many, the large margin and numerous reports of irregularities, intimidation and ballot-tampering cast heavy doubt over this vote. Tsvangirai has called the election illegitimate, warning it could plunge the nation into a serious crisis.
Zimbabwe’s opposition has repeatedly asserted that Wednesday’s elections were all but ruined by irregularities that included intimidation of opposition supporters, the busing in of pro-Mugabe voters to opposition districts and government manipulation of the voter roll.
They also accuse the Zimbabwe Electoral Commission (ZEC) of colluding with Mugabe's ZANU-PF party to rig the vote.
On Thursday, Tsvangirai, who is challenging Mugabe for the third time, claimed the poll was “null and void.” A statement from his Movement for Democratic Change party said they will seek an audit.
The opposition’s claims were echoed by the nation’s largest domestic observer mission, the Zimbabwe Election Support Network, which cited a litany of problems seen by its 7,000 observers.
""",
        "quotes": [
            ("indirect", "The party of Zimbabwe’s longtime President Robert Mugabe took an early and decisive lead in national elections",
             "according to", "partial official results", "partial official results", "ZWE", "nominal"),
            ("indirect", "the ZANU-PF party has won 137 seats, while the MDC party of Prime Minister Morgan Tsvangirai has won 48",
             "announced", "Zimbabwe's Electoral Commission", "Zimbabwe Electoral Commission", "ZWE", "organisation"),
            ("indirect", "it could plunge the nation into a serious crisis", "warning", "Tsvangirai",
             "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "Wednesday’s elections were all but ruined by irregularities<<>>manipulation of the voter roll",
             "asserted", "Zimbabwe’s opposition", "Zimbabwe’s opposition", "ZWE", "nominal"),
            ("indirect", "the poll was “null and void.”", "claimed", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("partial", "null and void", "claimed", "Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "they will seek an audit", "said", "A statement from his Movement for Democratic Change party",
             "Movement for Democratic Change", "ZWE", "organisation"),
        ],
    },
    {
        "id": "t13-maidan-odessa-fighters-2014",
        "url": "http://www.voanews.com/content/ukraine-revolutionaries-vow-to-stay-in-kyivs-maidan/1927206.html",
        "title": "Ukraine Revolutionaries Vow to Stay in Kyiv's Maidan",
        "published": "2014-06-01",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, the embedded video block (title, 'X', "
                "name, 'June 01, 2014 9:01 PM', its summary), byline 'Gabe Joselow'. Cut by the "
                "store inside the next sentence ('... heads a civilian gro'); kept to the last "
                "complete sentence. Double spaces reduced to one (also inside Kostya's "
                "quotation). published: the video block's date. 'bands called \"hundreds\"' is "
                "a name, not a quote; 'asked citizens to join' is an appeal, not a quote.",
        "text": """
Ukrainian activists who fought for change in their capital's Independence Square are refusing to leave the public space that became the focal point of anti-government protests which in February toppled a pro-Moscow government and paved the way for a new one to take charge.
For members of a self-defense group from the Ukrainian city of Odessa, the revolution is not over.
Defying orders to tear down one of the many barricades still blocking the roads in downtown Kyiv, they say they will stay until they are sure the political reforms they fought for have taken hold.
One fighter, Kostya, says he gave up everything for the struggle and is not ready to go back.
"I lost my job. I have separated from my family. I left Odessa and I did not leave for nothing. I left to fight for my motherland so that Ukraine will be united," says Kostya.
They came from across Ukraine in bands called "hundreds," setting up tents and barriers in Kyiv's Maidan, or Independence Square, to call for change.
Stacks of bricks and tires remain from the February protests that forced the ousting of Russian-backed leader Viktor Yanukovych.
A new president, Petro Poroshenko, is set to take office this week.
Meantime, the country's attention has turned toward the smoldering battle with pro-Russian separatists in the east and the government has asked citizens to join the fight.
Some activists in Maidan say they supported the cause, but are not going anywhere.
""",
        "quotes": [
            ("indirect", "they will stay until they are sure the political reforms they fought for have taken hold",
             "say", "they", "members of a self-defense group from the Ukrainian city of Odessa", "UKR", "pronoun"),
            ("indirect", "he gave up everything for the struggle and is not ready to go back",
             "says", "Kostya", "Kostya", "UKR", "name"),
            ("direct", "I lost my job.<<>>so that Ukraine will be united", "says", "Kostya", "Kostya", "UKR", "name"),
            ("indirect", "they supported the cause, but are not going anywhere", "say", "Some activists in Maidan",
             "activists in Maidan", "UKR", "nominal"),
        ],
    },
    {
        "id": "t13-maidan-encamped-2014",
        "url": "http://www.voanews.com/content/ukraines-protesters-vow-to-remain-encamped-until-2015/1870073.html",
        "title": "Ukraine's Protesters Vow to Remain Encamped Until 2015",
        "published": "2014-03-12",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, the embedded video block (title, name, "
                "'March 12, 2014 10:11 PM', its summary), the repeated title, byline 'Daniel "
                "Schearf'. Cut by the store inside the next paragraph's quotation ('... all "
                "kinds of people here and all kinds'); that paragraph (one sentence) was "
                "dropped. published: the video block's date. '\"Maidan\"' is a name, not a "
                "quote. Moscow as speaker -> Russia (RUS), organisation.",
        "text": """
Russia's moves to annex Ukraine's Crimea have overshadowed the protesters in Kyiv, who remain camped out demanding political reform. Moscow claims the Ukrainian capital is in chaos, with extremists controlling the government and streets. The city center is peaceful, though, and police say volunteers have helped drop crime to levels not seen since the Soviet era.
As world powers argue over the territorial integrity of Ukraine, Kyiv's Independence Square, known as the "Maidan," remains occupied. Hundreds of protesters, who helped oust President Viktor Yanukovich, say they will not leave until corrupt politics in Ukraine are reformed.
The head of the 14th Maidan Self Defense group, Volodymir Pak, has been here since the protests began in November. "At a minimum, [we will stay] until the end of the presidential election [May 25], as well as parliamentary elections at the end of 2015," he said.
Moscow justifies its moves in Crimea by saying extremists took over Kyiv during clashes with security forces that cost nearly a hundred lives.
But, while there are some marauding and menacing-looking gangs, the protest camp is remarkably peaceful.
Joint patrols of volunteer self-defense groups and police are largely responsible, according to Sergey Kolchanov, who helped organize them.
""",
        "quotes": [
            ("indirect", "the Ukrainian capital is in chaos, with extremists controlling the government and streets",
             "claims", "Moscow", "Russia", "RUS", "organisation"),
            ("indirect", "volunteers have helped drop crime to levels not seen since the Soviet era",
             "say", "police", "police", "UKR", "nominal"),
            ("indirect", "they will not leave until corrupt politics in Ukraine are reformed",
             "say", "Hundreds of protesters", "protesters", "UKR", "nominal"),
            ("direct", "At a minimum, [we will stay]<<>>at the end of 2015", "said", "he", "Volodymir Pak", "UKR", "pronoun"),
            ("indirect", "extremists took over Kyiv during clashes with security forces that cost nearly a hundred lives",
             "saying", "Moscow", "Russia", "RUS", "organisation"),
            ("indirect", "Joint patrols of volunteer self-defense groups and police are largely responsible",
             "according to", "Sergey Kolchanov", "Sergey Kolchanov", "UKR", "name"),
        ],
    },
    {
        "id": "t13-singh-us-visit-2009",
        "url": "http://www.voabangla.com/a/a-16-2009-11-23-voa4-94456009/1399118.html",
        "title": "Indian PM Visits U.S. With List of Concerns",
        "published": "2009-11-23",
        "truncated": True,
        "note": "An English story on VOA's Bangla service site (a VOA language-service site "
                "publishing in English). Removed: the site's accessibility line (in Bangla), "
                "title line. The stored text ends inside the next sentence without a full stop "
                "('November 26 is the anniversary of the attacks'); kept to the last complete "
                "sentence. The page's slip 'New Dehli' is kept. 'concerns voiced in New Dehli "
                "that ...' (noun complement) and 'India agreed to open up' (infinitive) are not "
                "annotated. published: the date in the URL.",
        "text": """
Indian Prime Minister Manmohan Singh is in the United States on a four-day state visit aimed at addressing the war in Afghanistan, extremism in Pakistan and encouraging civilian nuclear cooperation between the U.S. and India.
Mr. Singh spoke to American business leaders Monday at the U.S. Chamber of Commerce. He said India and the United States are finalizing the details that will make their civilian nuclear cooperation agreement "fully operational."
U.S. President Barack Obama will welcome Prime Minister Singh to the White House Tuesday. This is the first state visit of Mr. Obama's presidency.
The two leaders are expected to discuss concerns voiced in New Dehli that the war in Afghanistan could further destabilize India's neighbor, Pakistan.
Mr. Singh says he will call on the Obama administration to pressure Pakistan to do more to control Islamic extremists.
India's prime minister says he also hopes to persuade U.S. leaders to allow the transfer of more non-military nuclear technology, and cooperate more on finding solutions for clean energy.
The U.S.-India civilian nuclear agreement, approved by the U.S. Congress in October 2008 and signed into law by then President George W. Bush, ended a 30-year ban on sales of nuclear fuel and technology to India. In exchange, India agreed to open up its civilian nuclear facilities to international inspection.
Ahead of his arrival in Washington, Mr. Singh told The Washington Post newspaper that he is concerned about the rise of terrorism in Pakistan. He said India has been the victim of Pakistan-aided terrorism for 25 years, and he wants the United States to influence Pakistan from that path.
Indian authorities say the Pakistan-based militant group, Lashkar-e-Taiba, was responsible for last year's attacks in Mumbai, in which 10 men killed 166 people in several locations.
""",
        "quotes": [
            ("indirect", "India and the United States are finalizing the details that will make their civilian nuclear cooperation agreement \"fully operational.\"",
             "said", "He", "Manmohan Singh", "IND", "pronoun"),
            ("partial", "fully operational", "said", "He", "Manmohan Singh", "IND", "pronoun"),
            ("indirect", "he will call on the Obama administration to pressure Pakistan to do more to control Islamic extremists",
             "says", "Mr. Singh", "Manmohan Singh", "IND", "name"),
            ("indirect", "he also hopes to persuade U.S. leaders to allow the transfer of more non-military nuclear technology, and cooperate more on finding solutions for clean energy",
             "says", "India's prime minister", "Manmohan Singh", "IND", "nominal"),
            ("indirect", "he is concerned about the rise of terrorism in Pakistan", "told", "Mr. Singh",
             "Manmohan Singh", "IND", "name"),
            ("indirect", "India has been the victim of Pakistan-aided terrorism for 25 years, and he wants the United States to influence Pakistan from that path",
             "said", "He", "Manmohan Singh", "IND", "pronoun"),
            ("indirect", "the Pakistan-based militant group, Lashkar-e-Taiba, was responsible for last year's attacks in Mumbai, in which 10 men killed 166 people in several locations",
             "say", "Indian authorities", "Indian authorities", "IND", "nominal"),
        ],
    },
    {
        "id": "t13-rowhani-new-era-2013",
        "url": "http://www.voanews.com/content/president-elect-rowhani-promises-new-era-for-iran/1683146.html",
        "title": "Iran's President-Elect Rowhani Promises 'New Era'",
        "published": "2013-06-17",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice), byline "
                "'VOA News', the fact box 'Hassan Rowhani' (six bullet lines). Cut by the store "
                "inside a quotation ('... calling it \"an old'); that paragraph (one sentence) "
                "was dropped. The typewriter closing marks ('') are the page's. The quotation "
                "standing alone after Rowhani's paragraph has no attribution of its own (cue "
                "null; speaker_text the nearest 'He'). published: the caption's date (June 17, "
                "2013), the story's 'Monday'.",
        "text": """
Iran's newly elected president is promising to follow a path of moderation, saying his victory signals a new era for the Iranian people.
Moderate cleric Hassan Rowhani spoke during a televised news conference Monday, his first since his surprise win in Friday's presidential election.
Rowhani said he would "follow the path of moderation and justice, not extremism.'' He also promised to revive what he called constructive interaction with the rest of the world and to help fix Iran's faltering economy.
"There is an opportunity now, thanks to the active participation and support of the [Iranian] people: their participation [in the election] and their votes has created an opportunity. I hope that all countries take advantage of this opportunity, because this opportunity is beneficial from the point of view of mutual national interests. If one looks at the world today, we see tensions and stresses in the economic and political arenas across the world as well as in the [Middle East] region. Therefore relations with the Islamic Republic of Iran and its new government will not only be beneficial for the Iranian nation, but also for the countries in the region and the wider world.''
""",
        "quotes": [
            ("indirect", "his victory signals a new era for the Iranian people", "saying",
             "Iran's newly elected president", "Hassan Rowhani", "IRN", "nominal"),
            ("indirect", "he would \"follow the path of moderation and justice, not extremism.''",
             "said", "Rowhani", "Hassan Rowhani", "IRN", "name"),
            ("partial", "follow the path of moderation and justice, not extremism", "said", "Rowhani",
             "Hassan Rowhani", "IRN", "name"),
            ("direct", "There is an opportunity now,<<>>the countries in the region and the wider world.",
             None, "He", "Hassan Rowhani", "IRN", "pronoun"),
        ],
    },
    {
        "id": "t13-rowhani-victory-2013",
        "url": "http://www.voanews.com/content/iran-president-elect-addresses-nation-after-surprise-victory/1682751.html",
        "title": "Iranian President-Elect Addresses Nation After Surprise Victory",
        "published": "2013-06-16",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice), byline "
                "'VOA News'. Cut by the store inside the next sentence ('... heed its people's "
                "will and ma'); kept to the last complete sentence. Double spaces reduced to "
                "one. 'called his election a victory ...' (no marks), 'has vowed to improve "
                "ties' (infinitive) and 'Many analysts see ...' are not annotated. published: "
                "the caption's date (June 16, 2013), the story's 'Sunday'.",
        "text": """
Iran's President-elect Hassan Rowhani has hailed his win in the country's election as a victory over "extremism," as thousands of his supporters celebrated Sunday in the streets of Tehran.
In his first public statement since Friday's vote, the reformist cleric called his election a victory of moderation and intelligence over extremism.
Many analysts see Rowhani's surprise victory as a popular repudiation of the conservative hardliners in the race.
The president-elect has vowed to improve ties with the international community, although Iran's supreme leader, Ayatollah Ali Khamenei, has the final say in all strategic matters, including nuclear policy.
Rowhani, a former chief nuclear negotiator and the favorite of reformists, earned slightly more than 50 percent of the vote - close to 19 million out of nearly 37 million counted. His closest competitor among five other candidates was Tehran Mayor Mohammad Bagher Qalibaf, who received about 16 percent of the vote. Turnout was more than 70 percent.
U.N. Secretary-General Ban Ki-moon congratulated Rowhani and encouraged Iranian authorities and the president-elect to play a "constructive role" in regional and international affairs.
The Obama administration also congratulated the Iranian people for their participation in the election. But White House Press Secretary Jay Carney said Iran's election took place amid what he called "government obstacles and limitations," including censorship of the media, an intimidating security environment and a lack of transparency.
""",
        "quotes": [
            ("partial", "extremism", "hailed", "President-elect Hassan Rowhani", "Hassan Rowhani", "IRN", "name"),
            ("partial", "constructive role", "encouraged", "U.N. Secretary-General Ban Ki-moon", "Ban Ki-moon", "UNO", "name"),
            ("indirect", "Iran's election took place amid what he called \"government obstacles and limitations,\" including censorship<<>>a lack of transparency",
             "said", "White House Press Secretary Jay Carney", "Jay Carney", "USA", "name"),
            ("partial", "government obstacles and limitations", "called", "he", "Jay Carney", "USA", "pronoun"),
        ],
    },
    {
        "id": "t13-obama-arrives-havana-2016",
        "url": "https://learningenglish.voanews.com/a/president-obama-begins-cuba-trip/3246454.html",
        "title": "Obama Begins Historic Visit to Cuba",
        "published": "2016-03-20",
        "truncated": True,
        "note": "Learning English story. Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo captions (three, one stored twice), the audio player lines (title, "
                "'please wait', 'No media source currently available', '0:00 0:05:52 0:00'), "
                "crosshead 'A new beginning'. Cut by the store inside the next sentence "
                "('Cubans have eagerly awaited the president’s'); kept to the last complete "
                "sentence. '“¿Que bolá?” ... means “How are you?”' mentions words, it quotes "
                "nobody: not annotated. The lower-case that-less quotation after 'he said' is a "
                "partial quote (test8). published: the caption's date (March 20, 2016), the day "
                "of the arrival.",
        "text": """
President Barack Obama has arrived in Cuba, becoming the first American president to visit the island nation in almost 90 years while still in office.
Moments after the president’s plane landed at Jose Marti airport in Havana in the rain, he sent a Tweet that said “¿Que bolá Cuba? Just touched down here, looking forward to meeting and hearing directly from the Cuban people.” “¿Que bolá?” is an informal Cuban expression that means “How are you?”
At the airport, American and Cuban officials met Obama. CNN reported that some of the Cuban officials who greeted Mr. Obama had been forced to leave the United States after being accused of spying for Cuba. Cuban President Raul Castro did not welcome President Obama at the airport.
Michelle Obama and their two daughters joined the president for the three-day-visit.
The president says the trip will be a new beginning in the relationship between the former Cold War enemies. At the State Department last week, he said “diplomacy -- including having the courage to turn a page on the failed policies of the past -- is how we’ve begun a new chapter of engagement with the people of Cuba.”
In Havana, workers put up American and Cuban flags along with a new coat of paint in Old Havana.
""",
        "quotes": [
            ("direct", "¿Que bolá Cuba? Just touched down here, looking forward to meeting and hearing directly from the Cuban people.",
             "said", "he", "Barack Obama", "USA", "pronoun"),
            ("indirect", "some of the Cuban officials who greeted Mr. Obama had been forced to leave the United States after being accused of spying for Cuba",
             "reported", "CNN", "CNN", "USA", "organisation"),
            ("indirect", "the trip will be a new beginning in the relationship between the former Cold War enemies",
             "says", "The president", "Barack Obama", "USA", "nominal"),
            ("partial", "diplomacy -- including having the courage<<>>with the people of Cuba",
             "said", "he", "Barack Obama", "USA", "pronoun"),
        ],
    },
    {
        "id": "t13-meles-sick-leave-2012",
        "url": "http://learningenglish.voanews.com/content/ethiopia-meles-goes-on-sick-leave/1442257.html",
        "title": "Ethiopia's Meles Goes on Sick Leave",
        "published": None,
        "truncated": True,
        "note": "VOA Special English 'In the News' script on the Learning English site. Removed: "
                "the page date line ('October 13, 2015 16:43 UTC', a later page stamp), section "
                "label 'In the News', title line, the standing line 'Read, listen and learn "
                "English with this story. ...', photo caption (stored four times), 'Play or "
                "download an MP3 of this story', the programme's standing opening 'This is IN "
                "THE NEWS in VOA Special English.'. Cut by the store inside David Shinn's "
                "quotation; that paragraph (one sentence) was dropped. Sound bites introduced "
                "by the speaker's name and a colon have cue null. 'denied reports ... that' "
                "and 'media reports that' (noun complements) are not annotated. published: "
                "null (July 2012 by the content).",
        "text": """
This week, Ethiopians were closely following any news about the condition of Prime Minister Meles Zenawi. A spokesman said in Addis Ababa on Thursday that the prime minister was taking sick leave on doctors' orders. Spokesman Bereket Simon said Mr. Meles' health was good, but he needed time to recover from an illness caused in part by an overload of work.
BEREKET SIMON: "Regarding his illness, I think I have told you that he is in good condition. He has got very good treatment for the ailment, and definitely he's in good condition."
Mr. Bereket did not give any details of what the fifty-seven-year-old prime minister was being treated for or where. But he denied reports on Ethiopian dissident websites that Mr. Meles had brain cancer.
The spokesman said the government was operating as normal and that Mr. Meles was still in power.
BEREKET SIMON: "The only thing that I can say is, although he's in charge, he has to take some rest -- a week, ten days, five days, whatever. A leave of absence does not mean there’s nobody in charge."
His comments followed media reports that the Ethiopian leader was in critical condition at a hospital in Belgium.
David Shinn, formerly American ambassador to Ethiopia, told VOA that he had no information about the prime minister’s health. But he said the spokesman's comments suggested a serious health issue.
""",
        "quotes": [
            ("indirect", "the prime minister was taking sick leave on doctors' orders", "said", "A spokesman",
             "Bereket Simon", "ETH", "nominal"),
            ("indirect", "Mr. Meles' health was good, but he needed time to recover from an illness caused in part by an overload of work",
             "said", "Spokesman Bereket Simon", "Bereket Simon", "ETH", "name"),
            ("direct", "Regarding his illness,<<>>definitely he's in good condition.",
             None, "BEREKET SIMON", "Bereket Simon", "ETH", "name"),
            ("indirect", "the government was operating as normal and that Mr. Meles was still in power",
             "said", "The spokesman", "Bereket Simon", "ETH", "nominal"),
            ("direct", "The only thing that I can say is,<<>>there’s nobody in charge.",
             None, "BEREKET SIMON", "Bereket Simon", "ETH", "name"),
            ("indirect", "he had no information about the prime minister’s health", "told", "David Shinn",
             "David Shinn", "USA", "name"),
            ("indirect", "the spokesman's comments suggested a serious health issue", "said", "he",
             "David Shinn", "USA", "pronoun"),
        ],
    },
    {
        "id": "t13-cite-soleil-anarchy-2019",
        "url": "https://learningenglish.voanews.com/a/poor-neighborhoods-in-haiti-descend-into-anarchy/5203403.html",
        "title": "Poor Neighborhoods in Haiti Descend into Anarchy",
        "published": None,
        "truncated": True,
        "note": "Learning English story. Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption (stored twice; dated Dec. 7, 2019), the audio player lines "
                "(title, 'please wait', 'No media source currently available', '0:00 0:07:50 "
                "0:00'). Cut by the store inside the next sentence ('... has led to an'); kept "
                "to the last complete sentence. The last quotation opens with a curly and "
                "closes with a straight mark, as on the page. published: null (December 2019 "
                "by the caption, no story date stored).",
        "text": """
Venite Bernard's feet are bloodied because she did not have time to get her shoes when she fled her home with her youngest children.
Bernard and her family lived in the poorest part of Haiti’s capital, where gunmen have been known to shoot people in their homes. Now they live safely inside the town hall of Cite Soleil in Port-au-Prince.
More than 200 other Haitians also are camped out there. They all fled part of what many civic leaders say is Haiti’s worst lawlessness in more than 10 years.
"Bandits entered the homes of some people and beat them, and they were shooting," Bernard said as she cried. "Everyone was running so I left as quickly as I could with the children."
United Nations peacekeeping troops withdrew from Haiti in 2017 after 15 years. At the time, UN officials said the force had helped to re-establish law and order.
Haiti is the poorest country in the western hemisphere. Nearly 60 percent of the population survives on less than $2.40 a day.
But the withdrawal of the UN peacekeepers meant reduced security. Haitian police forces have been moved out of the area to provide security at protests against President Jovenel Moise.
“They have been unable to contain the activity of gangs as they might have wished," said Serge Therriault, the UN’s police commissioner in Haiti.
""",
        "quotes": [
            ("indirect", "is Haiti’s worst lawlessness in more than 10 years", "say", "many civic leaders",
             "civic leaders", "HTI", "nominal"),
            ("direct", "Bandits entered the homes of some people and beat them, and they were shooting",
             "said", "Bernard", "Venite Bernard", "HTI", "name"),
            ("direct", "Everyone was running so I left as quickly as I could with the children.",
             "said", "Bernard", "Venite Bernard", "HTI", "name"),
            ("indirect", "the force had helped to re-establish law and order", "said", "UN officials",
             "UN officials", "UNO", "nominal"),
            ("direct", "They have been unable to contain the activity of gangs as they might have wished",
             "said", "Serge Therriault", "Serge Therriault", "UNO", "name"),
        ],
    },
    {
        "id": "t13-honduran-caravan-2018",
        "url": "https://learningenglish.voanews.com/a/honduran-migrant-caravan-heading-to-mexico-the-united-states/4614707.html",
        "title": "Honduran Migrant Caravan Heading to Mexico, the United States",
        "published": None,
        "truncated": True,
        "note": "Learning English story. Removed: 'Accessibility links', 'Breaking News', title "
                "line, photo caption (dated April 18, 2018, of an earlier caravan, so not used as "
                "the date), the audio player lines (title, 'please wait', 'No media source "
                "currently available', '0:00 0:04:24 0:00'). Cut by the store inside the next "
                "sentence ('... and who want'); kept to the last complete sentence. 'told the "
                "presidents ... to put an end' (an appeal) and 'has threatened to stop giving "
                "aid' (infinitive) are not annotated; 'thought that' is no speech. The Pence "
                "quotation opens with a straight and closes with a curly mark, as on the page. "
                "published: null (October 2018 by the content).",
        "text": """
The migrant caravan that started in San Pedro Sula in northern Honduras has grown as it crosses the country.
Some people are walking. Some are in vehicles. But they all seem to have a common goal – a better life.
Many of them hope to find that life in the United States.
Bartolo Fuentes is the organizer of the march. He told the Reuters news agency that the migrants are fleeing poverty and violence back home. San Pedro Sula has one of the highest murder rates in the world. Sixty-four percent of families in Honduras live in poverty.
The caravan’s population has grown to an estimated 1,700 people. When the caravan began in San Pedro Sula, there were about 1,000 marchers.
Local media reports and social media have spread word of the large migration. Many people who had been planning to leave Honduras thought that traveling in a large group would help keep them safer. So, they joined the caravan.
The Associated Press reports that some families arrived with babies. Most who joined carried only a small bag.
American Vice President Mike Pence recently told the presidents of Honduras, El Salvador and Guatemala to put an end to the mass migrations. Pence said, "Tell your people: Don't put your families at risk by taking the dangerous journey north to attempt to enter the United States illegally.”
American President Donald Trump has threatened to stop giving aid to countries that permit the passage of such caravans.
""",
        "quotes": [
            ("indirect", "the migrants are fleeing poverty and violence back home", "told", "He",
             "Bartolo Fuentes", "HND", "pronoun"),
            ("indirect", "some families arrived with babies", "reports", "The Associated Press",
             "Associated Press", "USA", "organisation"),
            ("direct", "Tell your people: Don't put your families at risk<<>>enter the United States illegally.",
             "said", "Pence", "Mike Pence", "USA", "name"),
        ],
    },
]

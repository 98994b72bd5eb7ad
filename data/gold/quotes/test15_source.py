"""Source of the sealed quotes test set ``test15.jsonl`` (VOA news stories, 2005-2023).

Annotated by helper sqq16 on 2026-12-06, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test15.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t15-korea-missionary-2014",
        "url": "https://www.voanews.com/a/seoul-urges-pyongyang-to-free-south-korean/2515018.html",
        "title": "Seoul Urges Pyongyang to Free South Korean",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(Kenneth Bae arriving at Joint Base Lewis-McChord, Nov. 8, 2014; an event date, "
                "so not used as the story's date; the story is of November 2014). Cut by the "
                "store inside the next sentence ('Another official said ... response to the "
                "North's'); kept to the last complete sentence.",
        "text": """
Seoul has welcomed North Korea freeing two Americans and is calling for Pyongyang to release a South Korean citizen being detained in the North.
South Korean missionary Kim Jung-wook has been held in the North more than a year and Pyongyang has denied Seoul’s repeated calls for his release.
“We ask [Pyongyang to] promptly release and repatriate Kim and respond proactively to resolving humanitarian issues between the two Koreas, such as the resumption of separated family reunions,” said South Korean Foreign ministry spokesman Noh Kwang-il, who spoke with reporters late Sunday.
Kim was arrested more than a year ago and sentenced to a life sentence of hard labor on charges of attempting to overthrow the North Korean regime and spying for South Korea’s intelligence agency.
At a February news conference in Pyongyang, Kim said he took money from the South Korean intelligence agency and appealed to the North Korean regime for his freedom. It is not known if he was speaking freely, but others who have been held in the North have later said they were told what to say during media appearances.
The South Korean government denied the allegation of the intelligence agency’s involvement.
Before his arrest, Kim reportedly ran shelters for defectors in Dandong, a Chinese city bordering North Korea, and helped the defectors flee to South Korea.
In a surprising move last week, Pyongyang freed Americans Kenneth Bae and Matthew Miller, after a visit by a senior U.S. intelligence official.
A South Korean official, who did not want to be named, told VOA Pyongyang was trying to reach out to Washington for dialogue.
""",
        "quotes": [
            ("direct", "We ask [Pyongyang to] promptly<<>>separated family reunions",
             "said", "South Korean Foreign ministry spokesman Noh Kwang-il", "Noh Kwang-il", "KOR", "name"),
            ("indirect", "he took money from the South Korean intelligence agency and appealed to the North Korean regime for his freedom",
             "said", "Kim", "Kim Jung-wook", "KOR", "name"),
            ("indirect", "they were told what to say during media appearances",
             "said", "others", "others who have been held in the North", None, "nominal"),
            ("indirect", "Pyongyang was trying to reach out to Washington for dialogue",
             "told", "A South Korean official", "South Korean official", "KOR", "nominal"),
        ],
    },
    {
        "id": "t15-korea-apology-2020",
        "url": "https://www.voanews.com/east-asia-pacific/north-korea-apologizes-killing-south-korean-official",
        "title": "North Korea Apologizes for Killing of a South Korean Official",
        "published": "2020-09-25",
        "truncated": False,
        "note": "Removed: the store's date line, section 'East Asia Pacific', title line, byline "
                "'By VOA News' with its time stamp 'September 25, 2020 02:58 AM' (the date "
                "used), photo caption (stored twice) and the 'Related Stories' box with which the "
                "stored text ends; the story itself ends before that box as stored.",
        "text": """
South Korea said on Friday that North Korea's leader has apologized for the killing of a South Korean official.
Yonhap news agency quotes the South’s presidential palace as saying Kim Jong Un called the incident “unexpected” and “unfortunate,” and apologized "for disappointing President Moon and South Koreans."
The North’s approach was extremely unusual. No North Korean leader has apologized to the South on any issue before.
On Thursday, the 47-year-old South Korean fisheries official who had been reported missing on Monday was interrogated in the North’s waters before being shot dead and his body cremated, the South's military said, adding that the reason the man was shot remained unknown.
"Our military strongly condemns such an atrocity, and strongly demands North Korea provide an explanation and punish those who are responsible," General Ahn Young-ho from South Korea's Joint Chiefs of Staff said.
South Korean military said the man had disappeared from a patrol boat and he was likely trying to defect to the North.
""",
        "quotes": [
            ("indirect", "North Korea's leader has apologized for the killing of a South Korean official",
             "said", "South Korea", "South Korea", "KOR", "organisation"),
            ("indirect", "Kim Jong Un called the incident<<>>South Koreans.\"",
             "saying", "the South’s presidential palace", "South Korean presidential palace", "KOR", "organisation"),
            ("partial", "unexpected", "called", "Kim Jong Un", "Kim Jong Un", "PRK", "name"),
            ("partial", "unfortunate", "called", "Kim Jong Un", "Kim Jong Un", "PRK", "name"),
            ("partial", "for disappointing President Moon and South Koreans",
             "apologized", "Kim Jong Un", "Kim Jong Un", "PRK", "name"),
            ("indirect", "On Thursday, the 47-year-old<<>>his body cremated",
             "said", "the South's military", "South Korean military", "KOR", "organisation"),
            ("indirect", "the reason the man was shot remained unknown",
             "adding", "the South's military", "South Korean military", "KOR", "organisation"),
            ("direct", "Our military strongly condemns<<>>those who are responsible",
             "said", "General Ahn Young-ho", "Ahn Young-ho", "KOR", "name"),
            ("indirect", "the man had disappeared from a patrol boat and he was likely trying to defect to the North",
             "said", "South Korean military", "South Korean military", "KOR", "organisation"),
        ],
    },
    {
        "id": "t15-burma-suukyi-2012",
        "url": "http://www.voanews.com/content/aung-san-suu-kyi-begins-us-visit/1510124.html",
        "title": "Aung San Suu Kyi Says Burma Reforms Not Yet Irreversible",
        "published": "2012-09-18",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, the embedded video block ('VOA Interview with "
                "Aung San Suu Kyi i || 0:00:00 X September 18, 2012 9:09 PM ... held at VOA "
                "Headquarters in Washington on Sept. 18, 2012'; its date is the 'Tuesday' of the "
                "story and is used), the dash before the first paragraph. Cut by the store "
                "inside a quotation ('... helped us in our'); that paragraph was dropped whole.",
        "text": """
The pace of political change in Burma over the past two years is startling: from the end of Aung San Suu Kyi's house arrest, to her election to parliament, to the lifting of most sanctions, to this week's release of political prisoners.
But the pro-democracy leader says Burma's transformation is not irreversible until the army commits itself totally to change.
“Under the present constitution, the army can always take over all parts of government if they think this is necessary. So until the army comes out clearly and consistently in support of the democratic process, we cannot say that it's irreversible. But I don't think we need fear a reversal too much either,” she said.
The military ruled Burma for decades, and worked to suppress all opposition. Because of that, the United States and many other countries imposed economic sanctions on the government.
Elections in 2010 brought in new political leaders, who, although they are civilians, have close ties to the army. Still, the new government has gradually made political and economic reforms, prompting Washington to ease the sanctions.
In an interview at VOA's Washington headquarters Tuesday, Aung San Suu Kyi said she supports the lifting of U.S. trade sanctions on Burma because it is time, she said, for the Burmese people to stand on their own.
""",
        "quotes": [
            ("indirect", "Burma's transformation is not irreversible until the army commits itself totally to change",
             "says", "the pro-democracy leader", "Aung San Suu Kyi", "MMR", "nominal"),
            ("direct", "Under the present constitution<<>>a reversal too much either",
             "said", "she", "Aung San Suu Kyi", "MMR", "pronoun"),
            ("indirect", "she supports the lifting of U.S. trade sanctions on Burma because it is time",
             "said", "Aung San Suu Kyi", "Aung San Suu Kyi", "MMR", "name"),
            ("indirect", "for the Burmese people to stand on their own",
             "said", "she", "Aung San Suu Kyi", "MMR", "pronoun"),
        ],
    },
    {
        "id": "t15-egypt-rabaa-2013",
        "url": "http://www.voanews.com/content/egypt-protesters-defy-warning-to-disperse/1727855.html",
        "title": "Egypt Protesters Defy Warning to Disperse",
        "published": "2013-08-12",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, the embedded video block ('Morsi "
                "Supporters Vow No Compromise Ahead of Siegei X August 12, 2013 7:15 PM ...'; its "
                "date is the 'Monday' of the story and is used), byline 'Elizabeth Arrott', "
                "crosshead 'Government warns protesters'. Cut by the store inside the next "
                "paragraph ('... throughout the city'); kept to the last complete sentence. Page "
                "slip kept: 'wiould'.",
        "text": """
Egyptian authorities have warned again that a siege of anti-government encampments is imminent, but tens of thousands of demonstrators camped out in key areas of Cairo remain defiant.
At the main anti-government encampment in Cairo on Monday, it's hard to tell the threat of a crackdown looms.
On the streets outside Rabaa al Adaweya mosque, a group of young men played an informal game of football. Children cheered them on, seeming oblivious to a government warning that actions against the camp will come soon.
But the protesters were ready. They had food, water trucks, generators, even satellite dishes.
It's a city within a city, and despite the threat of a siege, police remain far away and more people keep arriving.
Past the barricades on the outskirt of the camp, Mustafa Mahmud, a retiree with two young children arrived for the day - as he has each day since early July when President Mohamed Morsi was ousted by the military after massive rallies against him.
Mahmud pointed out the places where people died in previous battles with police. He hoped there wiould be no more violence, but said people are accepting of what may come next.
“Aren't we all a martyr's project?” he asked.
""",
        "quotes": [
            ("indirect", "a siege of anti-government encampments is imminent",
             "warned", "Egyptian authorities", "Egyptian authorities", "EGY", "nominal"),
            ("indirect", "people are accepting of what may come next",
             "said", "He", "Mustafa Mahmud", "EGY", "pronoun"),
            ("direct", "Aren't we all a martyr's project?",
             "asked", "he", "Mustafa Mahmud", "EGY", "pronoun"),
        ],
    },
    {
        "id": "t15-haiti-jacmel-2010",
        "url": "https://www.voanews.com/a/outside-port-au-prince-qake-victims-receive-little-help-82652077/111725.html",
        "title": "Outside Port-au-Prince Quake Victims Receive Little Help",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (Jacmel, "
                "25 Jan 2010; the story is of late January 2010, after 'more than a week' of "
                "reporting on the January 12 earthquake). Cut by the store inside a quotation "
                "('\"So far we have gotten no food or water,\" he'); that paragraph was dropped "
                "whole.",
        "text": """
After more than a week of reporting on the earthquake from Port-au-Prince, a team of VOA journalists traveled south of the capital to see how people in other parts of Haiti are surviving. Jeff Swicord reports along the road to Jacmel, a beach town south of Port-au-Prince.
We head south from Port-au-Prince. At about 35 kilometers outside the city the landscape changes from collapsed buildings into banana and sugar cane plantations.
On the horizon, helicopters make their way to a landing zone set up by U.S. Marines. Rural Haiti has received little assistance since the January 12 earthquake.
Here, the Marines were unloading boxes of meals ready-to-eat (MREs) and trucking them to villages that dot the countryside. "We've learned that there are a lot of villages, people have lost everything, just fully destroyed, just camping out some of them under the stars. No one is giving aid to them. So our focus for the next five or six days is going to be working on the outlying areas," said Pat Brady, with the organization Crisis Aid.
The mountains around Port-au-Prince were once covered with thick forests. For years, Haiti has had severe deforestation. Many of the trees have been cut down to make charcoal, the preferred cooking fuel.
The powerful quake created landslides along the hills. With no trees to stop the slide, the road was buried in places. Local residents have been working to clear a path.
In the hills, we stopped in the village of Tombe Gateau. These men were selling lottery tickets. And they set up a roulette wheel to make some money.
This woman had a food stall up and running. But only a few people had enough money to buy. Local resident Pierre Hyppolite confirmed what we heard in the valley below: help has been slow to reach remote areas.
""",
        "quotes": [
            ("direct", "We've learned that there are a lot of villages<<>>working on the outlying areas",
             "said", "Pat Brady", "Pat Brady", "NGO", "name"),
            ("indirect", "help has been slow to reach remote areas",
             "confirmed", "Local resident Pierre Hyppolite", "Pierre Hyppolite", "HTI", "name"),
        ],
    },
    {
        "id": "t15-haiti-carrefour-2010",
        "url": "http://www.voanews.com/content/haitians-near-quake-epicenter-still-tallying-their-losses-82613572/111716.html",
        "title": "Haitians Near Quake Epicenter Still Tallying Their Losses",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Americas', title line, the deck under the title ('Coastal town of "
                "Carrefour, 15 km west of capital, has received little assistance ...'), photo "
                "caption (stored twice; 25 Jan 2010; the story is of late January 2010, 'nearly "
                "two weeks' after the earthquake), byline 'Barry Newhouse'. Cut by the store "
                "inside the next paragraph ('... when he is not digging throu'); kept to the last "
                "complete paragraph. Double spaces after full stops reduced to one. The first "
                "quotation's speaker ('One man helping to dig out corpses ... introduces "
                "himself') is resolved to Ilosielar Josue, whom the next paragraph names.",
        "text": """
The Haitian town of Carrefour sits atop the epicenter of the earthquake that devastated the region nearly two weeks ago. Survivors in one neighborhood have only each other to cope with their losses.
The coastal town of tightly packed neighborhoods is about 15 kilometers west of Port au Prince. Despite its proximity to the capital city and the quake's epicenter, residents have received little assistance from foreign aid groups or the government.
In one neighborhood just off the main thoroughfare, about 5,000 residents have received two large tents. Trucks bringing free water stopped here temporarily a few days ago but have not returned.
One man helping to dig out corpses still buried beneath the rubble introduces himself.
"I am so glad to see you this morning, because I have not seen anybody coming. Some people say why are you breaking into this house? And I say listen, there is a body under the house, I have to take it out. I cannot just leave it like that," he said.
Ilosielar Josue is a Haitian-American living in Florida whose extended family is from this neighborhood. After the quake, he spent several days traveling to check on family and friends. He has been here for a week and offers to give a tour of the devastation.
"You see those houses? Those houses have maybe 30 people in them. Most of them died. This house over there, yeah, most of them died. I have a cousin there with two kids," Josue said.
""",
        "quotes": [
            ("direct", "I am so glad to see you this morning<<>>just leave it like that",
             "said", "he", "Ilosielar Josue", "HTI", "pronoun"),
            ("direct", "You see those houses?<<>>a cousin there with two kids",
             "said", "Josue", "Ilosielar Josue", "HTI", "name"),
        ],
    },
    {
        "id": "t15-liberia-ebola-2014",
        "url": "http://www.voanews.com/content/dangers-are-high-for-health-workers-in-africa-on-front-lines/2406183.html",
        "title": "Dangers High for Health Workers on Ebola Front Lines",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (stored twice; Kailahun, July "
                "18, 2014), byline 'Anne Look', an infographic caption stored four times ('Ebola "
                "virus, rapid rise in spread of the disease, Aug. 7, 2014'; the story is of early "
                "August 2014). Cut by the store inside a quotation ('... I said to myself I wa'); "
                "that paragraph was dropped whole. Double space after a full stop reduced to one. "
                "The fourth paragraph is a quotation with no attribution in its sentence; it is "
                "Korkor's (cue null).",
        "text": """
The Ebola outbreak in West Africa has killed more than 900 people across four countries. That includes dozens of health workers who caught the disease, 32 in Liberia alone. Many of that country’s health clinics and hospitals have shut down as nurses and doctors refuse to risk being exposed.
Dr. Melvin Korkor said he has a pretty good idea how he got Ebola, though it’s impossible to know for sure.
A woman came into his facility, Phebe hospital in Bong County in central Liberia. The patient had no fever, but she was vomiting.
“She said she was from Bangha instead of Lofa, but the next day I was a little bit suspicious. I said 'Well, I hope you are not from Lofa because there is every indication that you are suspect.'”
They later found out the woman lied. She had come from Lofa, an area at the Sierra Leone and Guinea borders that is at the center of this regional Ebola outbreak.
Five nurses from Korkor’s hospital have since died of Ebola. When he tested positive, he was taken to Monrovia and then to Lofa to an isolation ward.
""",
        "quotes": [
            ("indirect", "he has a pretty good idea how he got Ebola, though it’s impossible to know for sure",
             "said", "Dr. Melvin Korkor", "Melvin Korkor", "LBR", "name"),
            ("direct", "She said she was from Bangha<<>>you are suspect.'",
             None, "Dr. Melvin Korkor", "Melvin Korkor", "LBR", "name"),
        ],
    },
    {
        "id": "t15-yemen-sitin-2011",
        "url": "http://www.voanews.com/content/yemen-police-attack-protesters-one-dead---117850329/136368.html",
        "title": "Numerous Casualties After Yemeni Police Storm Anti-Government Sit-In",
        "published": "2011-03-12",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice; dated "
                "March 12, 2011, the 'Saturday' of the story, used as the date). Cut by the store "
                "inside a second quotation ('\"People are very upset by that ... there seems "
                "to'); that quotation was dropped and the paragraph kept to the end of the "
                "sentence before it. Double space after a full stop reduced to one.",
        "text": """
Government security forces stormed a protest camp in the Yemeni capital Sana'a early Saturday. Protesters say at least one person was killed and at least 300 injured. At least two more people were reported killed during protests elsewhere in the capital and across Yemen on Saturday and dozens more were reported injured.
Anti-government protesters shouted, jeered and ran for cover after government security forces attacked their protest camp Saturday close to Sana'a University. The attack, which took place during dawn prayers, caught the mostly young protesters off-guard.
Eyewitnesses said that police used live ammunition to try and disperse the crowd, along with tear-gas and batons. The protesters threw rocks and bottles at police to try and stop their advance.
Arab satellite channels showed dozens of young anti-government protesters being carried away on stretchers, some with blood pouring from their faces. Others appear to have passed out and lay sprawled on the ground. Doctors also reported treating numerous victims of gas-inhalation.
Stephen Steinbeiser of the American Institute for Yemeni Studies in Sana'a says that the attack on the anti-government protesters is causing a backlash among the public and that activity appears to have ground to a halt in many places.
"Protests are growing and people are very angry about the raids on the anti-government protesters," he said.
""",
        "quotes": [
            ("indirect", "at least one person was killed and at least 300 injured",
             "say", "Protesters", "protesters", "YEM", "nominal"),
            ("indirect", "police used live ammunition to try and disperse the crowd, along with tear-gas and batons",
             "said", "Eyewitnesses", "eyewitnesses", None, "nominal"),
            ("indirect", "treating numerous victims of gas-inhalation",
             "reported", "Doctors", "doctors", None, "nominal"),
            ("indirect", "the attack on the anti-government protesters<<>>in many places",
             "says", "Stephen Steinbeiser", "Stephen Steinbeiser", None, "name"),
            ("direct", "Protests are growing<<>>the anti-government protesters",
             "said", "he", "Stephen Steinbeiser", None, "pronoun"),
        ],
    },
    {
        "id": "t15-yemen-clashes-2011",
        "url": "http://www.voanews.com/content/yemenis-stage-4th-day-of-anti-saleh-protests-in-sanaa-116155054/135021.html",
        "title": "Supporters, Opponents of Yemen's President Clash in Capital",
        "published": "2011-02-14",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice; dated "
                "February 14, 2011, the 'Monday' of the story, used as the date). Cut by the store "
                "inside the last paragraph ('Opposition leader Mohammed Sa'); kept to the last "
                "complete sentence. Page slips kept: no space in ',\"he said' and ',\"continued', "
                "and the quotation 'Dozens were injured ... knives and rocks,' is closed on the "
                "page but never opened (its paragraph starts without a mark); it is annotated as "
                "Almasmari's direct quote and listed as an allowed exception in the checker.",
        "text": """
Anti-government protesters marched in Yemen's capital again Monday, calling for the resignation of President Ali Abdallah Saleh. They were attacked by supporters of the president.
Pro-government and anti-government demonstrators clashed in the center of the Yemeni capital, Sanaa, on Monday. Witnesses say a number of protesters were hurt when pro-government forces assaulted an advancing group of protesters, mostly students.
Other anti-government protests were reported in the southern port city of Aden and in Taiz, north of Aden.
The Yemen Post newspaper editor-in-chief Hakim Almasmari says that a small group of government supporters controlling the capital's Liberation Square began attacking the larger group of protesters with stones, sticks, and knives:
"Today there were some crazy protests. It turned violent,"he said. The anti-government protesters were attacked by pro-government protesters, who are believed to be paid by the government to attack the anti-government protesters.
Dozens were injured, some seriously, because these pro-government gangs were beating them with sticks, knives and rocks,"continued Almasmari. "The anti-government [protesters] were almost a thousand [in number], and the pro-government gangs or protesters were less than a hundred. We were hiding in our car, but we had our car hit by a couple of rocks."
It was the fourth straight day of anti-government protests in Yemen's capital. State television reported Sunday that President Ali Abdallah Saleh has postponed an official visit to Washington planned for later this month.
Meanwhile, Yemeni opposition members have responded cautiously to offers by President Saleh to undertake various reforms.
""",
        "quotes": [
            ("indirect", "a number of protesters were hurt when pro-government forces assaulted an advancing group of protesters, mostly students",
             "say", "Witnesses", "witnesses", None, "nominal"),
            ("indirect", "a small group of government supporters<<>>stones, sticks, and knives",
             "says", "The Yemen Post newspaper editor-in-chief Hakim Almasmari", "Hakim Almasmari", "YEM", "name"),
            ("direct", "Today there were some crazy protests. It turned violent",
             "said", "he", "Hakim Almasmari", "YEM", "pronoun"),
            ("direct", "Dozens were injured<<>>sticks, knives and rocks",
             "continued", "Almasmari", "Hakim Almasmari", "YEM", "name"),
            ("direct", "The anti-government [protesters] were almost<<>>a couple of rocks.",
             "continued", "Almasmari", "Hakim Almasmari", "YEM", "name"),
            ("indirect", "President Ali Abdallah Saleh has postponed an official visit to Washington planned for later this month",
             "reported", "State television", "Yemeni state television", "YEM", "organisation"),
        ],
    },
    {
        "id": "t15-gaza-residents-2023",
        "url": "https://voaafrica.com/a/palestinians-in-gaza-have-nowhere-to-go/7306359.html",
        "title": "Gaza Residents Say They Have Nowhere to Go",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice; Gaza City, Oct. 11, 2023; the story is of October 2023), two embedded "
                "video blocks ('Palestinians Scramble for Safety as Israel Pounds Gaza please wait "
                "No media source currently available 0:00 0:03:03 0:00 Direct link' and 'Gaza "
                "Resident Details Devastating Israeli Air Strike ... 0:04:07 ...'). Cut by the "
                "store inside the next sentence ('She told VOA s'); kept to the last complete "
                "sentence. Page slip kept: 'Diab added that ... our side,” she said.' has two "
                "cues; the clause is annotated with 'added'. VOA Africa (voaafrica.com) is a VOA "
                "site publishing in English.",
        "text": """
WASHINGTON — Palestinians in Gaza say they have nowhere to go to escape Israeli airstrikes as border crossings into Israel and Egypt are closed.
Israel stepped up airstrikes on the Gaza Strip this week and sealed it off from food, fuel and water supplies following Saturday’s deadly attack in Israel.
Gaza resident Nowar Diab, a member of the Palestinian advocacy group, We Are Not Numbers, or WANN, told VOA on Monday the bombardments are literally “everywhere,” but people cannot escape because border crossings are closed.
“We don’t have any place to go,” she said. “We don’t have shelters, so you try to go to any relative’s place, or friends.”
Israel launched the airstrikes in retaliation for Hamas’s bloody incursion into Israel near the Gaza border, but Diab took issue with calling the assault an incursion “because this land, the whole land is like, our land.”
Diab said it’s the first time in many years, “that Palestinians have taken a step” and that for the first time “it feels like we’re not the victims.”
Diab added that she doesn’t support “killing the innocent whether from their side or our side,” she said. “It’s completely unfair for innocent people to die but mind you, we have been living in this situation forever.”
Shahd Safi, a freelance journalist based in Gaza said, “there are many people who are being killed; only a few get warnings.”
""",
        "quotes": [
            ("indirect", "they have nowhere to go to escape Israeli airstrikes as border crossings into Israel and Egypt are closed",
             "say", "Palestinians in Gaza", "Palestinians in Gaza", "PSE", "nominal"),
            ("indirect", "the bombardments are literally<<>>border crossings are closed",
             "told", "Gaza resident Nowar Diab", "Nowar Diab", "PSE", "name"),
            ("partial", "everywhere", "told", "Gaza resident Nowar Diab", "Nowar Diab", "PSE", "name"),
            ("direct", "We don’t have any place to go",
             "said", "she", "Nowar Diab", "PSE", "pronoun"),
            ("direct", "We don’t have shelters, so you try to go to any relative’s place, or friends.",
             "said", "she", "Nowar Diab", "PSE", "pronoun"),
            ("partial", "because this land, the whole land is like, our land",
             "took issue", "Diab", "Nowar Diab", "PSE", "name"),
            ("indirect", "it’s the first time in many years<<>>not the victims.”",
             "said", "Diab", "Nowar Diab", "PSE", "name"),
            ("partial", "that Palestinians have taken a step",
             "said", "Diab", "Nowar Diab", "PSE", "name"),
            ("partial", "it feels like we’re not the victims",
             "said", "Diab", "Nowar Diab", "PSE", "name"),
            ("indirect", "she doesn’t support<<>>or our side,”",
             "added", "Diab", "Nowar Diab", "PSE", "name"),
            ("partial", "killing the innocent whether from their side or our side",
             "added", "Diab", "Nowar Diab", "PSE", "name"),
            ("direct", "It’s completely unfair<<>>in this situation forever.",
             "said", "she", "Nowar Diab", "PSE", "pronoun"),
            ("partial", "there are many people who are being killed; only a few get warnings",
             "said", "Shahd Safi", "Shahd Safi", "PSE", "name"),
        ],
    },
    {
        "id": "t15-turkey-taksim-2013",
        "url": "http://www.voanews.com/content/turkish-police-enter-taksim-square/1679261.html",
        "title": "Turkish Riot Police Overrun Taksim Square",
        "published": "2013-06-11",
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, byline 'Dorian Jones', the embedded video "
                "block ('Watch Videoclip: Turkey demonstration Turkey Protesti X June 11, 2013 "
                "11:34 AM Videoclip'; its date is the 'Tuesday' of the story and is used). The "
                "stored text ends with a quotation that is never closed; it runs to the end of "
                "its paragraph. Page slip kept: 'large amounts tear gas'.",
        "text": """
Turkish riot police pushed through barricades at Istanbul's Taksim Square on Tuesday, firing tear gas and water cannon at hundreds of protesters.
Police moved into Taksim, the center of more than 10 days of anti-government protest, after dawn. Some demonstrators threw stones, fireworks and firebombs at police. In Turkey's largest city, police moved against protesters in a square that has been the center of nationwide unrest against the government. The move comes as the prime minister is due to meet with demonstrators Wednesday.
In the heart of Istanbul, city police fought running battles with protesters. The unrest erupted when security forces using large amounts tear gas moved against demonstrators gathered in Taksim Square.
Prime Minister Recep Tayyip Erdogan has previously called the demonstrators "looters," warning them that his patience was limited. But his deputy confirmed that the prime minister had agreed to meet the protesters.
The square along with the adjacent Gezi Park has been the center of 11 days of nationwide unrest against the government. The initial protest was against government plans to redevelop Gezi Park but has increasingly focused on what demonstrators claim is the increasingly authoritarian rule of the prime minister.
The police, while generally refraining from direct confrontation, are resorting mainly to firing tear gas at the crowds - while backed by armored cars using water cannon.
Several demonstrators were injured Tuesday with some being rushed unconscious to a first aid center in Gezi Park. The demonstrators have repeatedly accused the police of firing gas canisters directly into the crowd. Many demonstrators voiced anger over the tactics. One of them said, "I feel I am facing fascism for the first time in my life.
""",
        "quotes": [
            ("partial", "looters", "called", "Prime Minister Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "TUR", "name"),
            ("indirect", "his patience was limited",
             "warning", "Prime Minister Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "TUR", "name"),
            ("indirect", "the prime minister had agreed to meet the protesters",
             "confirmed", "his deputy", "deputy prime minister", "TUR", "nominal"),
            ("indirect", "is the increasingly authoritarian rule of the prime minister",
             "claim", "demonstrators", "demonstrators", "TUR", "nominal"),
            ("direct", "I feel I am facing fascism for the first time in my life.",
             "said", "One of them", "one of the demonstrators", "TUR", "nominal"),
        ],
    },
    {
        "id": "t15-philippines-haiyan-2013",
        "url": "http://www.voanews.com/content/years-strongest-storm-landfall-central-philippines/1786206.html",
        "title": "At Least 1,000 Feared Dead After Super Typhoon Slams Philippines",
        "published": "2013-11-09",
        "truncated": True,
        "note": "Removed: 'News / Asia', title line, photo caption (stored twice; Tacloban, "
                "Saturday, Nov. 9, 2013, the day of the story, used as the date), byline 'Simone "
                "Orendain', a NOAA satellite-image caption (stored four times). Cut by the store "
                "inside the next paragraph ('... Presidential Cabinet Secretar'); kept to the "
                "last complete paragraph. 'is trying to verify reports of' is no quote (no "
                "speaker, noun object).",
        "text": """
The Philippine Red Cross estimates that more than 1,000 people were killed in the coastal city of Tacloban and at least 200 in hard-hit Samar province when the year’s strongest tropical cyclone made landfall Friday morning.
The Philippine government is trying to verify reports of at least 100 dead in a coastal town but gave no details. Government and relief workers are now contending with blocked roads, power outages and spotty communications as they try to reach people in need.
The 315-kilometer-per-hour winds of Super Typhoon Haiyan left a band of destruction across the central part of the country, which is made up of dozens of islands.
From Samar and Leyte provinces on the east to Palawan on the west, relief workers are trying to get through roads blocked by downed trees and power lines, while runways in functioning airports have been cleared for government planes loaded with relief goods and communications equipment.
Officials are focused on Tacloban City on the coast of Leyte, which suffered a storm surge about five meters high that left bodies strewn across the ground.
""",
        "quotes": [
            ("indirect", "more than 1,000 people were killed<<>>made landfall Friday morning",
             "estimates", "The Philippine Red Cross", "Philippine Red Cross", "PHL", "organisation"),
        ],
    },
    {
        "id": "t15-southafrica-marikana-2012",
        "url": "http://www.voanews.com/content/police-kill-thirty-at-south-african-mine/1490008.html",
        "title": "South African President Orders Probe Into Mine Shootings",
        "published": "2012-08-17",
        "truncated": True,
        "note": "Removed: 'News / Africa', title line, photo caption (stored twice; Rustenburg, "
                "August 17, 2012, the 'Friday' of the story, used as the date), byline 'Anita "
                "Powell', the fact box 'South Africa's Mining Industry' (bullet list) with which "
                "the stored text ends. Page slip kept: 'confrontration'. 'stopped short of "
                "saying who was responsible' / 'who is at fault' are no quotes (nothing was "
                "said); 'urged unions to work' is an appeal.",
        "text": """
JOHANNESBURG — South African President Jacob Zuma has ordered an official inquiry into the police killing of 34 striking miners, the deadliest security operation in the country since the end of apartheid.
Zuma said he was "shocked and dismayed" at what he called "senseless violence."
The president cut short a visit Friday to a regional summit in Mozambique and traveled to the mine in Marikana, northwest of Johannesburg. Zuma stopped short of saying who was responsible for the killings and urged unions to work with the government to address the situation.
South African police say 34 people were killed in a shootout between police and angry miners at a troubled platinum mine. But police, unions and the presidency have stopped short of saying who is at fault.
South Africa’s police commissioner on Friday visited the scene of a deadly shootout between police and strikers at the Lonmin platinum mine in the nation’s northwest.
A confrontration Thursday between striking miners and police turned into a gunbattle.
Police spokesman Capt. Dennis Adraio said Friday that in addition to the deaths, 78 people were wounded. Police have arrested 259 people.
""",
        "quotes": [
            ("indirect", "he was \"shocked and dismayed\" at what he called \"senseless violence.\"",
             "said", "Zuma", "Jacob Zuma", "ZAF", "name"),
            ("partial", "shocked and dismayed", "said", "Zuma", "Jacob Zuma", "ZAF", "name"),
            ("partial", "senseless violence", "called", "he", "Jacob Zuma", "ZAF", "pronoun"),
            ("indirect", "34 people were killed in a shootout between police and angry miners at a troubled platinum mine",
             "say", "South African police", "South African police", "ZAF", "organisation"),
            ("indirect", "in addition to the deaths, 78 people were wounded",
             "said", "Police spokesman Capt. Dennis Adraio", "Dennis Adraio", "ZAF", "name"),
        ],
    },
    {
        "id": "t15-israel-ramatshlomo-2012",
        "url": "http://www.voanews.com/content/palestinians_angry_at_israeli_settlement_expansion_move/1567282.html",
        "title": "Palestinians Angry About Israeli Settlement Expansion",
        "published": "2012-12-18",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored four times; "
                "Ramat Shlomo, December 18, 2012, the 'Tuesday' of the story, used as the date), "
                "byline 'Scott Bobb'. Cut by the store inside the next paragraph ('The Israeli "
                "government announced plans earlier thi'); kept to the last complete paragraph. "
                "The sentence after 'He said ...' continues Assaf's reported words without a cue "
                "and is not annotated; 'announcement that it intends ...' is a noun complement.",
        "text": """
Palestinian leaders are reacting with anger to Israel's announcement that it intends to move ahead with the construction of hundreds of homes for Jews on East Jerusalem land that is claimed by the Palestinians.
Palestinian leaders on Tuesday protested the Israel government's final approval of the construction of 1,500 new homes in the Jewish area of Ramat Shlomo in East Jerusalem.
A spokesman for the Fatah movement, Ahmed Assaf, said the move violated international law and amounted to war crimes.
He said nobody in the world recognizes this Israeli decision. It will be opposed by Palestinians and on the political level will push Palestinians to the International Court of Justice.
Israeli construction of new housing in Jerusalem can take years because of the number of hearings and approvals needed before the land can be cleared.
The building plans for Ramat Shlomo were first revealed by Israel two years ago during a visit by U.S. Vice-President Joe Biden. The announcement took the U.S. government aback and caused sharp condemnation from Washington.
""",
        "quotes": [
            ("indirect", "the move violated international law and amounted to war crimes",
             "said", "Ahmed Assaf", "Ahmed Assaf", "PSE", "name"),
            ("indirect", "nobody in the world recognizes this Israeli decision",
             "said", "He", "Ahmed Assaf", "PSE", "pronoun"),
        ],
    },
    {
        "id": "t15-lebanon-newslog-2006",
        "url": "https://lao.voanews.com/a/a-52-2006-08-07-voa2-90679584/1184906.html",
        "title": "8/07/2006 Wolrd News: Lebanon Says Israeli Warplanes Kill 15 Civilians, Hezbollah Rockets Strike Israel",
        "published": "2006-08-07",
        "truncated": True,
        "note": "A VOA world-news log in English on the VOA Lao site. Removed: the Lao "
                "'Accessibility links' line and the store's Lao date line, title line (its slip "
                "'Wolrd' kept in 'title'), the item labels at the start of paragraphs "
                "('Israel – Lebanon:', 'Israel – Lebanon Diplomacy:', 'Iraq:'), 'XS SM MD LG'. "
                "Cut by the store inside the last item ('Police say Iraqi troops returne'); kept "
                "to the last complete sentence.",
        "text": """
Lebanese officials say Israeli warplanes carried out more raids across Lebanon today (Monday), killing at least 15 civilians. Hezbollah militants also fired another barrage of rockets into northern Israel, wounding at least one civilian.
Lebanese police say the civilians were killed when Israeli aircraft struck several villages in southern Lebanon and other locations in the east. In one air strike, local officials say seven people were killed in a house in Ghassaniyeh.
Elsewhere, Israeli fighter jets destroyed a makeshift bridge over the Litani river in Qasimiya, north of the port city of Tyre.
The makeshift crossing had connected Tyre to the city of Sidon farther north. It was erected after Israeli air strikes destroyed the main bridges two weeks ago.
Israeli aircraft also pounded Hezbollah strongholds in southern Beirut and near the town of Baalbek in the Bekaa Valley.
Arab foreign ministers are holding an emergency meeting in Beirut today (Monday) to support Lebanon's proposals for ending the Israel-Hezbollah conflict.
The ministers were expected to discuss proposals to hold a summit of Arab leaders in the coming days, possibly in Islam's holy city of Mecca, in Saudi Arabia.
The Lebanese government is seeking changes to a U.N. draft resolution calling for a ceasefire. Beirut wants the resolution to require Israel to withdraw its forces from Lebanon.
The U.N. Security Council's five permanent members (the United States, Britain, France, Russia and China) are to meet again today in New York to consider Lebanon's demands.
Iraqi police say insurgents have attacked an Iraqi army checkpoint northeast of Baghdad, killing six Iraqi soldiers and wounding 15 others.
""",
        "quotes": [
            ("indirect", "Israeli warplanes carried out more raids across Lebanon today (Monday), killing at least 15 civilians",
             "say", "Lebanese officials", "Lebanese officials", "LBN", "nominal"),
            ("indirect", "the civilians were killed when Israeli aircraft struck several villages in southern Lebanon and other locations in the east",
             "say", "Lebanese police", "Lebanese police", "LBN", "organisation"),
            ("indirect", "seven people were killed in a house in Ghassaniyeh",
             "say", "local officials", "local officials", "LBN", "nominal"),
            ("indirect", "insurgents have attacked an Iraqi army checkpoint northeast of Baghdad, killing six Iraqi soldiers and wounding 15 others",
             "say", "Iraqi police", "Iraqi police", "IRQ", "organisation"),
        ],
    },
    {
        "id": "t15-kashmir-volunteers-2005",
        "url": "https://www.voanews.com/a/a-13-2005-10-18-voa41-67513197/386885.html",
        "title": "Help Continues From Volunteers In Kashmir And Across India to Quake Victims",
        "published": "2005-10-18",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('He not only promised to rebuild the roughly "
                "two-thirds of K'); kept to the last complete sentence. Page slips kept: 'last "
                "weeks earthquake', 'VOAs', 'Husseins home'. The sixth paragraph's quotation "
                "has no speech verb; it is volunteer Zafar Iqbal's (cue null). 'growing anger "
                "that the government could be doing more' is a noun complement.",
        "text": """
As many as 35,000 people have been killed in South Asia as a result of last weeks earthquake, centered around the city of Muzaffarbad in Pakistani-held Kashmir. The tremors were also felt across the de-facto border, in Indian-administered part of the region. VOAs Patricia Nunan was on the Indian side, and brings us a look at relief efforts and the question of whether the earthquake may cause political tremors as well.
It’s a short climb down to the remains of Maksud Husseins home. Out on an errand when the earthquake struck, Hussein raced home and managed to pull three of his children from the wreckage. But he could not save the life of his 18-month-old son.
Hussein's tragedy then quickly multiplied. Of the 24 people killed in the village of Sirai, 19 were members of Hussein's extended family.
Assistance has slowly begun to reach Sirai and other villages in the hills of Indian-held Kashmir. But it’s done little to ease Hussein's grief, or his concerns about the future. Mr. Hussein says, "We've suffered so much it's going to take 50 years to get back what we had. But right away we're going to need shelter."
The tragedy has brought an outpouring of help from volunteers in Kashmir and across India here distributing donated food and clothes. Little is left to waste.
But for many, like volunteer Zafar Iqbal, there is growing anger that the government could be doing more. "We've been told by so many survivors that no government official has contacted them and no one's been given any help."
Concern is highest for those living beyond here past which no aid convoy has been able to reach. There are multiple landslides to be cleared, a task that these workers estimate could still take days.
Three days after the quake, Indian Prime Minister Manmohan Singh toured the devastated areas by helicopter.
""",
        "quotes": [
            ("direct", "We've suffered so much<<>>going to need shelter.",
             "says", "Mr. Hussein", "Maksud Hussein", "IND", "name"),
            ("direct", "We've been told by so many survivors<<>>given any help.",
             None, "volunteer Zafar Iqbal", "Zafar Iqbal", "IND", "name"),
            ("indirect", "could still take days",
             "estimate", "these workers", "workers clearing the landslides", "IND", "nominal"),
        ],
    },
    {
        "id": "t15-kashmir-border-2005",
        "url": "https://www.voanews.com/a/a-13-2005-10-19-voa23/301083.html",
        "title": "Pakistan Offers Access Across Disputed Kashmir Border for Quake Relief",
        "published": "2005-10-19",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('... waiting for aid to reach th'); that paragraph "
                "was dropped. The page's sentence fragment 'As the proposal is raising hopes "
                "...' is kept. 'Both Pakistan and India claim Kashmir' is a territorial claim, "
                "not speech; 'accused Pakistan of sending militants' is no cue.",
        "text": """
Pakistani President Pervez Musharraf has made a surprise offer to allow free relief movement across the de facto border in Kashmir, to allow more aid to the quake-stricken region. As the proposal is raising hopes among local residents desperate for emergency assistance.
Aid workers say there is a long list of challenges facing them as they struggle to reach the areas hardest hit by this month's killer earthquake.
Rugged conditions, poor coordination, freezing temperatures and a lack of basic supplies in the remote areas are all frustrating the exhausted relief teams.
There is also a disputed border between the two portions of Kashmir, where the earthquake was centered. The border runs through much of the stricken region, limiting access and dividing families.
Both Pakistan and India claim Kashmir, and the so-called Line of Control divides the Himalayan territory between the two of them.
After surveying the damage in Pakistan-controlled Kashmir Tuesday, Pakistan President Pervez Musharraf said it was time to open the de facto border.
"We have decided we will allow any amount of people from across the Line of Control to our part of Kashmir to meet their relatives and to assist in the reconstruction effort," said Mr. Musharraf.
The nuclear armed rivals have fought two wars over Kashmir, and before this month's earthquake, their national armies have frequently exchanged fire across the dividing line.
India has also accused Pakistan of sending militants across the Line of Control and of supporting Islamic separatists in India's portion, which has a Muslim majority.
Shortly after the president's speech, India said it agreed in principle, but cautioned that the plan's details and official approval still have to be worked out.
""",
        "quotes": [
            ("indirect", "there is a long list of challenges<<>>this month's killer earthquake",
             "say", "Aid workers", "aid workers", None, "nominal"),
            ("indirect", "it was time to open the de facto border",
             "said", "Pakistan President Pervez Musharraf", "Pervez Musharraf", "PAK", "name"),
            ("direct", "We have decided we will allow<<>>the reconstruction effort",
             "said", "Mr. Musharraf", "Pervez Musharraf", "PAK", "name"),
            ("indirect", "it agreed in principle",
             "said", "India", "India", "IND", "organisation"),
            ("indirect", "the plan's details and official approval still have to be worked out",
             "cautioned", "India", "India", "IND", "organisation"),
        ],
    },
    {
        "id": "t15-honduras-micheletti-2009",
        "url": "https://www.voanews.com/a/a-13-2009-06-30-voa57-68802922/412214.html",
        "title": "Hondurans March in Support of New Government",
        "published": "2009-06-30",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('security forces outside the presidential pala'); "
                "kept to the last complete sentence. Page slip 'Mr. Michelleti' kept and "
                "normalised in 'speaker'. Not annotated: 'have vowed to arrest', 'called on "
                "supporters to cheer', 'pledged to return' (infinitives), 'voiced criticism', "
                "'accused of'. The unnamed attorney general keeps the description as speaker.",
        "text": """
Thousands of Hondurans have marched in support of the new government that replaced ousted leader Manuel Zelaya earlier this week. Officials have vowed to arrest Mr. Zelaya if he returns to the country.
Supporters of the new government rallied in the capital Tuesday to hear a speech from interim President Roberto Micheletti and the head of the nation's armed forces.
Marchers held signs and waved the blue-and-white flag of the Central American nation as they chanted slogans in support of Mr. Micheletti and the army. Some people also voiced criticism of ousted President Manuel Zelaya and his close ties to Venezuelan leader Hugo Chavez.
Mr. Michelleti led a cheer for soldiers, who he said had done nothing more than fulfill their duties under the constitution.
He called on supporters to cheer for the real heroes of the moment, the nation's armed forces.
The former leader of congress said the military was acting on a judicial order to remove Mr. Zelaya, who he accused of a series of offenses as president.
Mr. Micheletti said the events this week should serve as an example that no person who becomes president is above the law.
Earlier, the attorney general under the new government released details about a criminal investigation into the ousted leader, who he said is accused of 18 offenses, including treason and abuse of power. Officials also said Mr. Zelaya was involved in trafficking drugs from South America through the country.
Speaking at the United Nations in New York, Mr. Zelaya pledged to return to Honduras Thursday and reclaim the presidency. The new attorney general said Mr. Zelaya will be arrested if he sets foot in the country, and he said officials were seeking help from Interpol to capture the ousted leader on foreign soil.
Also Tuesday, supporters of the ousted leader held separate marches around the capital.
""",
        "quotes": [
            ("indirect", "had done nothing more than fulfill their duties under the constitution",
             "said", "he", "Roberto Micheletti", "HND", "pronoun"),
            ("indirect", "the military was acting on a judicial order to remove Mr. Zelaya",
             "said", "The former leader of congress", "Roberto Micheletti", "HND", "nominal"),
            ("indirect", "the events this week should serve as an example that no person who becomes president is above the law",
             "said", "Mr. Micheletti", "Roberto Micheletti", "HND", "name"),
            ("indirect", "is accused of 18 offenses, including treason and abuse of power",
             "said", "he", "attorney general under the new government", "HND", "pronoun"),
            ("indirect", "Mr. Zelaya was involved in trafficking drugs from South America through the country",
             "said", "Officials", "Honduran officials", "HND", "nominal"),
            ("indirect", "Mr. Zelaya will be arrested if he sets foot in the country",
             "said", "The new attorney general", "attorney general under the new government", "HND", "nominal"),
            ("indirect", "officials were seeking help from Interpol to capture the ousted leader on foreign soil",
             "said", "he", "attorney general under the new government", "HND", "pronoun"),
        ],
    },
    {
        "id": "t15-cambodia-rainsy-2013",
        "url": "https://www.voacambodia.com/a/despite-prospect-of-arrest-sam-rainsy-prepares-for-return/1698289.html",
        "title": "Despite Prospect of Arrest, Sam Rainsy Prepares for Return",
        "published": None,
        "truncated": True,
        "note": "VOA Khmer (voacambodia.com) story in English. Removed: 'Accessibility links', "
                "'Breaking News', title line, photo caption (stored twice, 'file photo'). The "
                "story is of mid-2013, before the July 2013 election ('the upcoming election'). "
                "Cut by the store inside a second quotation ('... promote national uni'); that "
                "quotation was dropped and the paragraph kept to the end of the sentence before "
                "it.",
        "text": """
WASHINGTON DC - Opposition leader Sam Rainsy says there’s no better chance to change the government than now, which is why he is willing to risk a return to Cambodia.
In an interview with VOA Khmer, Sam Rainsy says he has made a personal decision, based on the increased support he has seen for the opposition in recent months.
“This is an important opportunity to decide the life or death of our country,” he said. “Such a chance comes only once in our lifetime. I don’t want to miss the chance to rescue our nation.”
Sam Rainsy is facing a raft of charges he says are politically motivated and faces more than 10 years in prison if he returns to Cambodia. Many Western observers say his participation in the upcoming election would improve its legitimacy. However, ruling party officials say his case remains a matter for the courts, and Cambodian authorities say he will be arrested if he returns.
“I’m not that important, and my decision to return is based on high national interest, the people’s interest, and the future of our children,” Sam Rainsy said. “Therefore, I dare sacrifice everything. I want nothing for myself, not even my life. I’d rather die to make sure my nation survives eternally.”
Sam Rainsy said he holds out hope that King Norodom Sihamoni will provide him a pardon, but with or without it, he will return ahead of Election Day.
“I believe in my good deeds,” he said.
""",
        "quotes": [
            ("indirect", "there’s no better chance to change the government than now, which is why he is willing to risk a return to Cambodia",
             "says", "Opposition leader Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "he has made a personal decision, based on the increased support he has seen for the opposition in recent months",
             "says", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("direct", "This is an important opportunity to decide the life or death of our country",
             "said", "he", "Sam Rainsy", "KHM", "pronoun"),
            ("direct", "Such a chance comes only once in our lifetime. I don’t want to miss the chance to rescue our nation.",
             "said", "he", "Sam Rainsy", "KHM", "pronoun"),
            ("indirect", "are politically motivated",
             "says", "he", "Sam Rainsy", "KHM", "pronoun"),
            ("indirect", "his participation in the upcoming election would improve its legitimacy",
             "say", "Many Western observers", "Western observers", None, "nominal"),
            ("indirect", "his case remains a matter for the courts",
             "say", "ruling party officials", "ruling party officials", "KHM", "nominal"),
            ("indirect", "he will be arrested if he returns",
             "say", "Cambodian authorities", "Cambodian authorities", "KHM", "nominal"),
            ("direct", "I’m not that important<<>>the future of our children",
             "said", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("direct", "Therefore, I dare sacrifice everything.<<>>my nation survives eternally.",
             "said", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("indirect", "he holds out hope that King Norodom Sihamoni will provide him a pardon, but with or without it, he will return ahead of Election Day",
             "said", "Sam Rainsy", "Sam Rainsy", "KHM", "name"),
            ("direct", "I believe in my good deeds",
             "said", "he", "Sam Rainsy", "KHM", "pronoun"),
        ],
    },
    {
        "id": "t15-zimbabwe-tsvangirai-2007",
        "url": "https://www.voanews.com/a/a-13-2007-03-12-voa2/351710.html",
        "title": "Zimbabwe: MDC Worried About Leader's Physical Condition",
        "published": "2007-03-12",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside the last paragraph ('He said nothing, even an attack by the pol'); that "
                "paragraph was dropped. Page slips kept: 'Mr.Tsvangirai', 'shot and killed one "
                "of the protesters dead'. 'confirmed killing ... and arresting ...' is taken as a "
                "report (gerund clause, like 'reported treating' elsewhere in this set). The "
                "clause after 'denied' ends before the reporter's 'especially since ...'. The "
                "relative 'what he said was a church service' is split from its outer clause (the "
                "test7 convention for a nested speech clause); 'what they called Save Zimbabwe "
                "Campaign' inside a direct quote has no marks and is not annotated.",
        "text": """
Police in Zimbabwe have confirmed killing one man and arresting many top opposition leaders while breaking up a planned anti-government rally in Harare Sunday. Zimbabwe's main opposition group, the Movement for Democratic Change (MDC) says police killed Gift Tandare when they fired on innocent, unarmed people. But a police spokesman says the dead man was a "thug" who led an attack on officers. Meanwhile, the fate of MDC leader Morgan Tsvangirai, who also was arrested Sunday, is unknown.
Eliphas Mukonoweshuro is international affairs secretary for the MDC. He said the MDC is concerned about Mr.Tsvangirai's physical condition.
“Mr. Tsvangirai was severely assaulted by the police, and we don’t know the state of his physical condition at the moment because the police are refusing lawyers to have access to him,” he said.
Mukonoweshuro said the MDC is worried about Mr. Tsvangirai because soon after he was arrested the police shot and killed one of the protesters dead.
He denied the MDC might have provoked the police, especially since the authorities had said they would not permit any demonstration.
“The MDC did not provoke the police at all. This was not an MDC rally. It was a rally that was organized by the Christian Alliance of Zimbabwe under the auspices of what they called Save Zimbabwe Campaign. And under the Public Order and Security Act, religious organizations are exempt from informing the police of their intention to hold any gathering. Mr. Tsvangirai and his colleagues were going there to attend a church service. So it was not a provocation at all, rather it was the police trying to decide who should attend the church service and who should not attend the church service,” he said.
Mukonoweshuro said all political parties, including the ruling ZANU-PF, had been invited to attend what he said was a church service.
""",
        "quotes": [
            ("indirect", "killing one man and arresting many top opposition leaders while breaking up a planned anti-government rally in Harare Sunday",
             "confirmed", "Police in Zimbabwe", "Zimbabwean police", "ZWE", "organisation"),
            ("indirect", "police killed Gift Tandare when they fired on innocent, unarmed people",
             "says", "the Movement for Democratic Change (MDC)", "Movement for Democratic Change", "ZWE", "organisation"),
            ("indirect", "the dead man was a \"thug\" who led an attack on officers",
             "says", "a police spokesman", "police spokesman", "ZWE", "nominal"),
            ("partial", "thug", "says", "a police spokesman", "police spokesman", "ZWE", "nominal"),
            ("indirect", "the MDC is concerned about Mr.Tsvangirai's physical condition",
             "said", "He", "Eliphas Mukonoweshuro", "ZWE", "pronoun"),
            ("direct", "Mr. Tsvangirai was severely assaulted by the police<<>>to have access to him",
             "said", "he", "Eliphas Mukonoweshuro", "ZWE", "pronoun"),
            ("indirect", "the MDC is worried about Mr. Tsvangirai because soon after he was arrested the police shot and killed one of the protesters dead",
             "said", "Mukonoweshuro", "Eliphas Mukonoweshuro", "ZWE", "name"),
            ("indirect", "the MDC might have provoked the police",
             "denied", "He", "Eliphas Mukonoweshuro", "ZWE", "pronoun"),
            ("indirect", "they would not permit any demonstration",
             "said", "the authorities", "Zimbabwean authorities", "ZWE", "nominal"),
            ("direct", "The MDC did not provoke the police at all.<<>>should not attend the church service",
             "said", "he", "Eliphas Mukonoweshuro", "ZWE", "pronoun"),
            ("indirect", "all political parties, including the ruling ZANU-PF, had been invited to attend",
             "said", "Mukonoweshuro", "Eliphas Mukonoweshuro", "ZWE", "name"),
            ("indirect", "was a church service",
             "said", "he", "Eliphas Mukonoweshuro", "ZWE", "pronoun", "attend what he said "),
        ],
    },
    {
        "id": "t15-zimbabwe-election-2008",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2008-03-24-voa43-68976082/1468386.html",
        "title": "Prominent Zimbabwean Defense Official Tells Ruling Party To 'Accept Results'",
        "published": "2008-03-24",
        "truncated": True,
        "note": "VOA Studio 7 for Zimbabwe (voazimbabwe.com) story in English. Removed: "
                "'Accessibility links', 'Breaking News', title line. Cut by the store inside the "
                "last paragraph ('... those who attended the rel'); that paragraph was dropped. "
                "Mixed marks kept (a straight opening and a curly closing mark around 'but stand "
                "and defend your vote.'). 'telling supporters ... not to leave polling stations' "
                "is an appeal; its quoted words stay a partial quote of Tsvangirai (round-6 "
                "rule). 'The opposition' is resolved to the Movement for Democratic Change.",
        "text": """
With Zimbabwe's election day approaching the main presidential candidates continued to hammer out their messages to voters, but increasingly the debate seemed to be focusing in one way or another on whether the elections will be free and fair.
President Robert Mugabe told a rally Sunday in Stanley Square in the Makokoba section of Bulawayo, the country's second-largest city, that votes for the opposition would be wasted because “there is no way we can allow them to rule this country.”
The president appeared to be taking the same line as top security officials who said they would not recognize an opposition or even independent presidential victory.
Even as Mr. Mugabe warned votes for the Movement for Democratic Change would be “wasted,” opposition contender Morgan Tsvangirai was telling supporters at a Harare rally not to leave polling stations "but stand and defend your vote.”
He said elections were stolen in 2000, 2002 and 2005, but this one would not be.
The opposition says the government has printed 3 million more ballots than needed for the country's 5.9 million registered voters, intending to stuff ballot boxes.
But support for the democratic process came from an unexpected direction Sunday as the Standard newspaper carried an interview with Zimbabwe Defense Industries chief Tshinga Dube, a retired colonel seeking a parliamentary seat, saying ZANU-PF “must accept the election results” as a disputed election would not be in its interest.
Reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe reached Dube, who said no one should run for office who is not prepared to accept defeat.
Meanwhile, on Easter Monday, Christians from different denominations held a prayer meeting in Bulawayo to ask for peace ahead of Saturday’s elections.
""",
        "quotes": [
            ("indirect", "votes for the opposition would be wasted because<<>>rule this country.”",
             "told", "President Robert Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("partial", "there is no way we can allow them to rule this country",
             "told", "President Robert Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("indirect", "they would not recognize an opposition or even independent presidential victory",
             "said", "top security officials", "top security officials", "ZWE", "nominal"),
            ("indirect", "votes for the Movement for Democratic Change would be “wasted,”",
             "warned", "Mr. Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("partial", "wasted", "warned", "Mr. Mugabe", "Robert Mugabe", "ZWE", "name"),
            ("partial", "but stand and defend your vote",
             "telling", "opposition contender Morgan Tsvangirai", "Morgan Tsvangirai", "ZWE", "name"),
            ("indirect", "elections were stolen in 2000, 2002 and 2005, but this one would not be",
             "said", "He", "Morgan Tsvangirai", "ZWE", "pronoun"),
            ("indirect", "the government has printed 3 million more ballots<<>>intending to stuff ballot boxes",
             "says", "The opposition", "Movement for Democratic Change", "ZWE", "nominal"),
            ("indirect", "ZANU-PF “must accept the election results” as a disputed election would not be in its interest",
             "saying", "Zimbabwe Defense Industries chief Tshinga Dube", "Tshinga Dube", "ZWE", "name"),
            ("partial", "must accept the election results",
             "saying", "Zimbabwe Defense Industries chief Tshinga Dube", "Tshinga Dube", "ZWE", "name"),
            ("indirect", "no one should run for office who is not prepared to accept defeat",
             "said", "Dube", "Tshinga Dube", "ZWE", "name"),
        ],
    },
    {
        "id": "t15-zimbabwe-mbare-2013",
        "url": "https://www.voazimbabwe.com/a/mdc-evictions-mbare/1723378.html",
        "title": "Zanu-PF Allegedly Evict MDC Supporters in Mbare",
        "published": None,
        "truncated": False,
        "note": "VOA Studio 7 for Zimbabwe (voazimbabwe.com) story in English. Removed: "
                "'Accessibility links', 'Breaking News', title line, photo caption (a Zanu-PF "
                "militia, August 1, 2013). The story is of early August 2013 (after the July 31 "
                "elections); whole as stored. Nested speech clauses are split (test7 "
                "convention): 'by people they say were Zanu PF activists' and 'told people that "
                "they wanted to bury ...'. 'Zanu PF says it won the elections' inside Masuka's "
                "direct quote is not annotated (no overlap with a direct quote).",
        "text": """
Some supporters of Prime Minister Morgan Tsvangirai’s MDC formation on Sunday claimed they had been thrown out of their homes in the Mbare high density suburb by people they say were Zanu PF activists. The incidents followed Wednesday’s disputed elections.
Eleven MDC-T supporters have since sought refuge at the party’s headquarters in Harare, claiming they were targeted by Zanu-PF supporters celebrating their party’s massive win in the July 31st poll.
Stephen Mutsipa is one of those alleging victimization. He was a polling agent for the Tsvangirai MDC in the elections.
Mr. Mutsipa says this is not the first time he has been targeted by suspected Zanu PF activists in the area. He blamed Tendai Savanhu, Zanu-PF's representative to Parliament for the constituency. However, Studio 7 was unable to reach Mr. Savanhu for comment.
Another MDC-T activist, Basil Masuka, says he fears for his life following threats he has been receiving.
“Zanu PF says it won the elections but now what is surprising is that it is targeting opposition supporters. It is very embarrassing really for a party that calls itself a revolutionary party to be doing that to people it perceives as enemies when it claims to have won,” said Masuka.
Several MDC-T members are reported to have fled their homes in Mbare and other areas such as Epworth and Harare South following the elections.
In Mbare the MDC-T activists alleged that Zanu PF members chanted anti-MDC slogans, carried coffins through the streets and told people that they wanted to bury Tsvangirai and his supporters following their party’s win.
""",
        "quotes": [
            ("indirect", "they had been thrown out of their homes in the Mbare high density suburb by people",
             "claimed", "Some supporters of Prime Minister Morgan Tsvangirai’s MDC formation", "MDC supporters in Mbare", "ZWE", "nominal"),
            ("indirect", "were Zanu PF activists",
             "say", "they", "MDC supporters in Mbare", "ZWE", "pronoun"),
            ("indirect", "they were targeted by Zanu-PF supporters celebrating their party’s massive win in the July 31st poll",
             "claiming", "Eleven MDC-T supporters", "MDC-T supporters", "ZWE", "nominal"),
            ("indirect", "this is not the first time he has been targeted by suspected Zanu PF activists in the area",
             "says", "Mr. Mutsipa", "Stephen Mutsipa", "ZWE", "name"),
            ("indirect", "he fears for his life following threats he has been receiving",
             "says", "Basil Masuka", "Basil Masuka", "ZWE", "name"),
            ("direct", "Zanu PF says it won the elections<<>>when it claims to have won",
             "said", "Masuka", "Basil Masuka", "ZWE", "name"),
            ("indirect", "Zanu PF members chanted anti-MDC slogans, carried coffins through the streets",
             "alleged", "the MDC-T activists", "MDC-T activists", "ZWE", "nominal"),
            ("indirect", "they wanted to bury Tsvangirai and his supporters following their party’s win",
             "told", "Zanu PF members", "Zanu-PF members", "ZWE", "nominal"),
        ],
    },
    {
        "id": "t15-belarus-minsk-2020",
        "url": "https://www.voanews.com/europe/biggest-crowd-yet-protests-belarus",
        "title": "Biggest Crowd Yet Protests in Belarus",
        "published": "2020-08-17",
        "truncated": True,
        "note": "Removed: the store's date line, section 'Europe', title line, byline 'By VOA "
                "News' with 'Updated August 17, 2020 02:36 AM' (the date used), photo caption "
                "(stored twice), and the photo caption with which the stored text ends. Page "
                "slip kept: the last quotation has no speech verb ('…,” Lukashenko. “…”'); both of "
                "its parts have cue null. Chanted words and a banner's words are annotated as "
                "direct quotes of the chanters and of the banner; 'demands that Lukashenko \"Go "
                "away.\"' is a noun complement whose quoted words are a partial quote. 'recalled "
                "how ...' is a reported wh-clause (round-8 note); 'remembered the peaceful "
                "overthrow' and 'called on the European Union to help' are no quotes.",
        "text": """
As many as 200,000 protesters marched in the Belarusian capital of Minsk – far outnumbering the crowd of longtime authoritarian leader Alexander Lukashenko supporters who also marched.
Various chants were heard from the anti-government demonstrators, including “Long Live Belarus” and demands that Lukashenko "Go away."
"We aren't in the stone age. Belarus is in the 21st century, and no matter where our ex-leader takes us, we won't use arms against the authorities," Protester, Anton Svobodsky, said.
One banner read “Hague, take him,” a reference to the headquarters of the International Criminal Court.
The march began near Victory Park in central Minsk and was the biggest protest in the history of the former Soviet republic.
The marchers were supported by about 1,000 demonstrators in Prague.
Czech Prime Minister Andrej Babis recalled how Czech protests were crushed by a Moscow-led military invasion in 1968 – the Prague Spring. But he also remembered the peaceful overthrow of communism in 1989 and called on the European Union to help in Belarus.
About 50,000 Lukashenko supporters also gathered in Minsk to hear the president say he will not hold another vote after the election commission declared him the winner last week with 80% of the vote.
“NATO troops are at our gates. Lithuania, Latvia, Poland and our native Ukraine are ordering us to hold new elections,” Lukashenko. “I have never betrayed you and will never do so.”
""",
        "quotes": [
            ("direct", "Long Live Belarus",
             "chants", "the anti-government demonstrators", "anti-government demonstrators", "BLR", "nominal"),
            ("partial", "Go away",
             "demands", "the anti-government demonstrators", "anti-government demonstrators", "BLR", "nominal"),
            ("direct", "We aren't in the stone age.<<>>arms against the authorities",
             "said", "Anton Svobodsky", "Anton Svobodsky", "BLR", "name"),
            ("direct", "Hague, take him",
             "read", "One banner", "banner", "BLR", "nominal"),
            ("indirect", "how Czech protests were crushed by a Moscow-led military invasion in 1968 – the Prague Spring",
             "recalled", "Czech Prime Minister Andrej Babis", "Andrej Babis", "CZE", "name"),
            ("indirect", "he will not hold another vote after the election commission declared him the winner last week with 80% of the vote",
             "say", "the president", "Alexander Lukashenko", "BLR", "nominal"),
            ("direct", "NATO troops are at our gates.<<>>to hold new elections",
             None, "Lukashenko", "Alexander Lukashenko", "BLR", "name"),
            ("direct", "I have never betrayed you and will never do so.",
             None, "Lukashenko", "Alexander Lukashenko", "BLR", "name"),
        ],
    },
    {
        "id": "t15-belarus-fifthweek-2020",
        "url": "https://www.voanews.com/a/europe_large-protests-against-belarus-lukashenko-persist/6195536.html",
        "title": "Large Protests Against Belarus’ Lukashenko Persist",
        "published": "2020-09-06",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (Minsk, "
                "'Sept.r 6, 2020', the 'Sunday' of the story, used as the date). Cut by the "
                "store inside the next paragraph ('Belarus’ main opposition'); that paragraph was "
                "dropped. Shouted words after 'Shouting' are direct quotes of the crowd. Not "
                "annotated: 'calling for ... to resign' (appeal), 'claimed victory' (noun "
                "object), 'has been reported' / 'are reported to' (no speaker).",
        "text": """
Tens of thousands of protesters marched through Minsk on Sunday calling for President Alexander Lukashenko to resign, as protests across Belarus entered their fifth week following disputed elections that left the longtime leader in power.
Shouting “go away” and “you’re a rat,” members of the crowd waved red and white opposition flags.
"I disagree with the declared election results, I support all the protesters, I am for freedom and democracy, I want to live in a happy and free state. And I will keep coming here until we retrieve our rights," one protester said.
Police and army troops cordoned off the center of Minsk, but it did not stop demonstrators from marching to the vicinity of the president’s residence, about three kilometers outside the city center.
"I'm here to express my civic stance against Lukashenko. For the rigged elections, for treating our citizens the way he does," Marina, another protester, said.
Using military vehicles and water cannons, as well as pepper gas, riot police and plain clothes officers wearing masks and wielding truncheons tried to disperse the demonstrators.
More than 200 protesters were detained throughout Belarus Sunday, including more than 100 in the capital, the Minsk-based Viasna Human Rights Center and local media reported.
Lukashenko, in power since 1994, claimed victory in elections August 9. Opposition parties, along with the United States and the European Union, say the poll was heavily rigged.
More than 7,000 protesters have been arrested, and widespread evidence of abuse and torture has been reported in the month of protests. At least four people are reported to have died during the demonstrations.
""",
        "quotes": [
            ("direct", "go away", "Shouting", "members of the crowd", "members of the crowd", "BLR", "nominal"),
            ("direct", "you’re a rat", "Shouting", "members of the crowd", "members of the crowd", "BLR", "nominal"),
            ("direct", "I disagree with the declared election results<<>>until we retrieve our rights",
             "said", "one protester", "protester", "BLR", "nominal"),
            ("direct", "I'm here to express my civic stance against Lukashenko.<<>>the way he does",
             "said", "Marina", "Marina", "BLR", "name"),
            ("indirect", "More than 200 protesters were detained throughout Belarus Sunday, including more than 100 in the capital",
             "reported", "the Minsk-based Viasna Human Rights Center and local media", "Viasna Human Rights Center and local media", "NGO", "organisation"),
            ("indirect", "the poll was heavily rigged",
             "say", "Opposition parties", "Belarusian opposition parties", "BLR", "nominal"),
        ],
    },
    {
        "id": "t15-crimea-referendum-2014",
        "url": "http://www.voanews.com/content/voting-under-way-in-crimea-referendum-to-join-russia/1872380.html",
        "title": "Crimea Applies to Join Russia",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, the embedded video block ('In Controversial "
                "Ballot, Crimeans Vote to Join Russiai || 0:00:00 ... Elizabeth Arrott March 16, "
                "2014 10:09 PM ... Related video by Elizabeth Arrott in Simferopol, Crimea', with "
                "its own summary text), byline 'VOA News'. The story is of Monday, March 17, "
                "2014 (a day after the referendum of March 16). Cut by the store inside the last "
                "paragraph ('... had been advised to'); kept to the last complete sentence. "
                "'called Sunday's referendum illegal' has no quotation marks and is no quote "
                "(test7 convention).",
        "text": """
Crimea's regional assembly has officially applied to become part of Russia, a day after a referendum in southern Ukraine overwhelmingly supported joining the Russian Federation. Crimea's parliament approved the measure Monday.
The United States and its European allies are expected to announce sanctions Monday against Russia.
President Barack Obama told his Russian counterpart Vladimir Putin Sunday that Washington and its "European partners are prepared to impose additional costs" on Moscow for backing the secession referendum in Ukraine's Crimean peninsula.
A White House statement called Sunday's referendum illegal and said it violates Ukraine's constitution. It also said the vote will "never be recognized by the United States and the international community."
Crimea's election chief announced Monday that nearly 97 percent of the voters cast ballots supporting secession and a move to join Russia.
""",
        "quotes": [
            ("indirect", "Washington and its \"European partners<<>>in Ukraine's Crimean peninsula",
             "told", "President Barack Obama", "Barack Obama", "USA", "name"),
            ("partial", "European partners are prepared to impose additional costs",
             "told", "President Barack Obama", "Barack Obama", "USA", "name"),
            ("indirect", "it violates Ukraine's constitution",
             "said", "A White House statement", "White House", "USA", "organisation"),
            ("indirect", "the vote will \"never be recognized<<>>the international community.\"",
             "said", "It", "White House", "USA", "pronoun"),
            ("partial", "never be recognized by the United States and the international community",
             "said", "It", "White House", "USA", "pronoun"),
            ("indirect", "nearly 97 percent of the voters cast ballots supporting secession and a move to join Russia",
             "announced", "Crimea's election chief", "Crimean election chief", "UKR", "nominal"),
        ],
    },
    {
        "id": "t15-cuba-dissidents-2012",
        "url": "http://www.voanews.com/content/silenced-during-papal-visit-cuban-bloggers-and-dissidents-speak-out-146170015/180492.html",
        "title": "Silenced During Papal Visit, Cuban Bloggers, Dissidents Speak Out",
        "published": None,
        "truncated": True,
        "note": "Removed: section line 'News', title line, and the photo gallery ('Photo Gallery "
                "A Cuban Dissident' with its bullet captions) with which the stored text ends; "
                "the stored story text before it ends with a complete sentence, but the story "
                "itself goes on after the gallery. The story is of late March or early April "
                "2012 (after the pope's March 26-28 visit). Double spaces after full stops "
                "reduced to one. Page slips kept: 'waiving his arm', 'they were were taken'. "
                "'They' in the first paragraph is the dissidents.",
        "text": """
Not much was heard from dissidents during Pope Benedict XVI's recent visit to Cuba. They say that is because the government mounted a campaign of arrests and harassment to silence them. After the pope left, I was invited to a meeting that the country's best known Internet blogger, Yoani Sanchez, had with other critics of the government to share their experiences.
"I heard the car start moving with incredible speed," said Danilo Maldonado, waiving his arm tattooed with political drawings. "And when it turned like this, they grabbed me and shoved me inside." Maldonado, a graffiti artist, said he was held with other detainees for three days near Havana's airport.
Meeting in the shaded garden of one of their houses, these dissidents said the roundup coincided with the pope's March 26-28 visit, as he held mass in Havana and Santiago and met with President Raul Castro and his brother Fidel.
Some dissidents said they were were taken into detention, others say they were put under house arrest. Many of them said they were unable to use their cell phones.
"Whoever has details to tell should tell them, because I don't know what happened," Sanchez told the group. Earlier, in an interview, she had told me she could not receive international telephone calls and that most of the Cuban contacts in her phone book were unreachable.
""",
        "quotes": [
            ("indirect", "that is because the government mounted a campaign of arrests and harassment to silence them",
             "say", "They", "Cuban dissidents", "CUB", "pronoun"),
            ("direct", "I heard the car start moving with incredible speed",
             "said", "Danilo Maldonado", "Danilo Maldonado", "CUB", "name"),
            ("direct", "And when it turned like this, they grabbed me and shoved me inside.",
             "said", "Danilo Maldonado", "Danilo Maldonado", "CUB", "name"),
            ("indirect", "he was held with other detainees for three days near Havana's airport",
             "said", "Maldonado", "Danilo Maldonado", "CUB", "name"),
            ("indirect", "the roundup coincided with the pope's March 26-28 visit<<>>his brother Fidel",
             "said", "these dissidents", "Cuban dissidents", "CUB", "nominal"),
            ("indirect", "they were were taken into detention",
             "said", "Some dissidents", "some dissidents", "CUB", "nominal"),
            ("indirect", "they were put under house arrest",
             "say", "others", "other dissidents", "CUB", "nominal"),
            ("indirect", "they were unable to use their cell phones",
             "said", "Many of them", "many of the dissidents", "CUB", "nominal"),
            ("direct", "Whoever has details to tell<<>>I don't know what happened",
             "told", "Sanchez", "Yoani Sanchez", "CUB", "name"),
            ("indirect", "she could not receive international telephone calls<<>>were unreachable",
             "told", "she", "Yoani Sanchez", "CUB", "pronoun"),
        ],
    },
    {
        "id": "t15-science-ourworld-2009",
        "url": "https://www.voanews.com/a/a-13-2009-09-18-voa34-68663752/408389.html",
        "title": "Our World — 19 September 2009",
        "published": "2009-09-19",
        "truncated": True,
        "note": "Script of VOA's science magazine 'Our World' (a broadcast script). Removed: "
                "'Accessibility links', 'Breaking News', title line, the production line "
                "'MUSIC: \"Our World\" theme', the segment heading 'Dinosaur Found in China is "
                "Older, Human-Scale T. Rex Ancestor'. Cut by the store inside a sound bite "
                "('... like the short arms [w'); that paragraph was dropped. Sound bites are "
                "introduced by the speaker's name in capitals and a colon (cue null, "
                "README-test2); BUFFINGTON is never given a first name. 'Art Chimes' ('I'm Art "
                "Chimes') is the host, not a quoted speaker.",
        "text": """
This week on Our World: The newly-discovered dinosaur that's a human-sized ancestor of T. Rex ... probing the link between brain cancer and mobile phones ... and searching for wildlife in America's biggest city.
BUFFINGTON: "What you're listening to, these things, have been out here in the world for millions of years. To me it's almost an honor and a privilege to be able to listen to them sing to me."
Those stories, how fish farming is affecting ocean fish, and more.
I'm Art Chimes. Welcome to VOA's science and technology magazine, "Our World."
An international team of paleontologists has reported the discovery of a new species of dinosaur that looks like a miniature version of the fearsome predator, Tyrannosaurus Rex.
You've probably seen T. Rex in a museum or in the movies — 6 tons or so of killing and eating machine, standing 6 meters tall, and 12 meters long from teeth to tail.
Well, now say hello to T's much smaller ancestor.
SERENO: "I'm describing a new species of tyrannosaur – something that's more primitive than the ones we're most familiar with, like Tyrannosaurus Rex, something that's twice as old, and something that comes from China."
Paul Sereno of the University of Chicago writes about the new dinosaur in SciencExpress, the online counterpart of the journal Science.
The new dinosaur, named Raptorex, lived about 125 million years ago in an area that included what is now northeastern China.
Sereno says Raptorex was a miniature version of T. Rex — roughly human size, about three meters long and about the weight of a person — with many of the features that would define the bigger dinosaur tens of millions of years later.
""",
        "quotes": [
            ("direct", "What you're listening to<<>>listen to them sing to me.",
             None, "BUFFINGTON", "Buffington", "USA", "name"),
            ("direct", "I'm describing a new species of tyrannosaur<<>>something that comes from China.",
             None, "SERENO", "Paul Sereno", "USA", "name"),
            ("indirect", "Raptorex was a miniature version of T. Rex<<>>tens of millions of years later",
             "says", "Sereno", "Paul Sereno", "USA", "name"),
        ],
    },
    {
        "id": "t15-usa-campaign-2012",
        "url": "http://www.voanews.com/content/obama-romney-launch-final-campaign-blitz/1537902.html",
        "title": "Obama, Romney, Launch Final Campaign Blitz",
        "published": None,
        "truncated": False,
        "note": "Removed: section line 'USA Votes 2012', title line, photo caption (stored twice; "
                "Las Vegas, Nov. 1, 2012, the day before the story), byline 'VOA News', and the "
                "readers' comment section ('This forum has been closed. Comment Sorting by: "
                "Anonymous November 02, 2012 ...') with which the stored page ends; the story "
                "(Friday, November 2, 2012, before the November 6 election) is whole before it. "
                "'swing states' and 'battleground' in quotation marks are scare quotes, not "
                "quotes; 'polls show' is no speech.",
        "text": """
U.S. President Barack Obama and his Republican challenger, former Massachusetts governor Mitt Romney, are doing a campaign blitz through so-called "swing states" during the final days before Tuesday's election.
After rallies in Wisconsin, Nevada, Colorado, and Ohio Thursday, Obama plans to spend all day Friday in Ohio -- a crucial state for victory for either candidate. Obama plans to visit Ohio on each of the final four days of the campaign.
Romney on Friday visits both Wisconsin and Ohio. In West Chester, Ohio, he is expected to join forces with running mate Paul Ryan. The Romney campaign says it expects "nearly 100" governors, senators, mayors, and other officials to attend. In his final days of campaigning, Romney plans stops in New Hampshire, Iowa, and Colorado.
The candidates are concentrating on the same set of states because they are the so-called "battleground" states that could turn the election one way or the other.
Though disaster relief efforts have won Obama unusual praise from both Republican New Jersey Governor Chris Christie and independent New York City Mayor Michael Bloomberg, polls show the two candidates are just about tied for popular support.
""",
        "quotes": [
            ("indirect", "it expects \"nearly 100\" governors, senators, mayors, and other officials to attend",
             "says", "The Romney campaign", "Mitt Romney campaign", "USA", "organisation"),
            ("partial", "nearly 100", "says", "The Romney campaign", "Mitt Romney campaign", "USA", "organisation"),
        ],
    },
    {
        "id": "t15-ethiopia-heinlein-2012",
        "url": "http://www.voanews.com/content/voa_reporter_detained_in_ethiopia/1105626.html?page=1",
        "title": "Ethiopia Releases VOA Correspondent, Drops Charges",
        "published": None,
        "truncated": True,
        "note": "Added by sqq16b. Removed: section line 'News / Africa', title line, photo caption "
                "(stored twice; Mogadishu, Aug. 13, 2011, not the story's date), byline 'VOA News'. "
                "The story is of Saturday, May 2012 (no date on the stored page). Cut by the store "
                "inside the next paragraph ('Tom Rhodes ... told VOA Saturday that his organization "
                "is frustra'); that paragraph was dropped. A double space after 'Ethiopia.' inside "
                "the statement was reduced to one; the statement opens with a straight and closes "
                "with a curly mark (kept). 'on a charge of \"illegal reporting.\"' names the charge "
                "and is not annotated as a quote; the clauses reported inside Heinlein's direct "
                "quotation ('told us that ...', 'They say that ...') are part of that quotation.",
        "text": """
A VOA correspondent and his translator are safe at home with their families Saturday after being detained overnight by Ethiopian police on a charge of "illegal reporting."
Veteran correspondent Peter Heinlein and translator Simegineh Yekoye were arrested Friday as they were leaving a mosque on the outskirts of Addis Ababa. Heinlein told VOA editors Saturday he was questioned at length about the purposes of his reporting.
"We were interrogated by a police officer who told us that we had engaged in illegal reporting. They say that this is a problem area that we had gone into, and that reporters had no business going in there," said Heinlein. "We had a lengthy interrogation and gave a long statement in which he grilled us quite extensively about reporting, and about why, how we had gone to this mosque and what our motives were."
Heinlein said he and Simegineh were released and all charges were dropped after an official from the U.S. Embassy's consular section appeared at the prison Saturday morning. He said computer and recording equipment that were confiscated upon his arrest were returned and that he and Simegineh are in good health.
Voice of America issued a statement from its headquarters in Washington saying it is relieved by Heinlein's release.
It said Heinlein is "a professional and highly respected journalist whose only aim is to provide accurate and balanced coverage of events in Ethiopia. We are concerned about a pattern of harassment of journalists like Mr. Heinlein, and urge the government to allow them to perform their duties without fear of interference.”
""",
        "quotes": [
            ("indirect", "he was questioned at length about the purposes of his reporting",
             "told", "Heinlein", "Peter Heinlein", "USA", "name"),
            ("direct", "We were interrogated by a police officer<<>>no business going in there",
             "said", "Heinlein", "Peter Heinlein", "USA", "name"),
            ("direct", "We had a lengthy interrogation<<>>what our motives were.",
             "said", "Heinlein", "Peter Heinlein", "USA", "name"),
            ("indirect", "he and Simegineh were released and all charges were dropped<<>>appeared at the prison Saturday morning",
             "said", "Heinlein", "Peter Heinlein", "USA", "name"),
            ("indirect", "computer and recording equipment<<>>are in good health",
             "said", "He", "Peter Heinlein", "USA", "pronoun"),
            ("indirect", "it is relieved by Heinlein's release",
             "saying", "Voice of America", "Voice of America", "USA", "organisation"),
            ("indirect", "Heinlein is \"a professional<<>>without fear of interference.”",
             "said", "It", "Voice of America", "USA", "pronoun"),
            ("partial", "a professional and highly respected journalist<<>>without fear of interference",
             "said", "It", "Voice of America", "USA", "pronoun"),
        ],
    },
    {
        "id": "t15-egypt-missingboy-2002",
        "url": "http://www.voanews.com/a/a-13-a-2002-04-30-28-missing-67267672/267861.html",
        "title": "Missing Egyptian Boy Wants to Join Palestinians - 2002-04-30",
        "published": "2002-04-30",
        "truncated": True,
        "note": "Added by sqq16b. Removed: 'Accessibility links', 'Breaking News', section line 'News', "
                "title line (its date 2002-04-30 is used). Cut by the store inside the next "
                "sentence ('He says he accepts ... but \"whatever comes t'); kept to the last complete "
                "sentence. Notes are treated as statements of their writers (speaker_text 'a note'/'the "
                "note', class nominal). Nested reports are split: the outer clause ends before the "
                "inner cue ('their son ... left a note' / 'he wanted to go ...'; 'he told her' / 'he "
                "wanted to go and die ...'). 'asked for a photograph' is no quote.",
        "text": """
Egyptian officials say they are searching for a 13-year-old boy who has been missing since Sunday when he left a note saying he wanted to go to Jerusalem to become a martyr for the Palestinian cause. The parents of the boy say they understand his anger but they desperately want him to come home.
Ammar Hassan Mady is not the first Egyptian boy to want to join the Palestinians. Earlier this month, two brothers in Cairo, ages 11 and 12, left their parents a note saying they were going to help the Palestinians fight the Israeli occupation. A few days later the boys were located at Egypt's border with the Palestinian territories and returned home.
The parents of 13-year-old Ammar say their son, like those two other boys, left a note saying he wanted to go to the Palestinian territories.
In an interview with VOA, Ammar's mother, Waafa Ahmed Abdel Maksoud Kassim, said she believes her son was affected by television accounts of the fighting in the occupied territories.
Mrs. Kassim says Ammar got excited and angry watching the television reports and hearing stories about Palestinian women and children being killed and humiliated. She says he told her he wanted to go and die and become a martyr.
Mrs. Kassim says the night before he disappeared Ammar asked for a photograph of his mother and father.
The next day, Sunday, he left for school in the morning; when he didn't return, his parents searched his room and found the note saying that he was leaving.
Ammar's father, Ahmed Hassan Mady, says he understands why his son would want to do such a thing but says such decisions should not be reached without serious consideration.
"Whatever Ammar has done we are not mad or angry at him," said Mr. Mady, "but the [Israeli-Palestinian] situation needs to be brought under control."
""",
        "quotes": [
            ("indirect", "they are searching for a 13-year-old boy<<>>when he left a note",
             "say", "Egyptian officials", "Egyptian officials", "EGY", "nominal"),
            ("indirect", "he wanted to go to Jerusalem to become a martyr for the Palestinian cause",
             "saying", "a note", "Ammar Hassan Mady", "EGY", "nominal"),
            ("indirect", "they understand his anger but they desperately want him to come home",
             "say", "The parents of the boy", "parents of Ammar Hassan Mady", "EGY", "nominal"),
            ("indirect", "they were going to help the Palestinians fight the Israeli occupation",
             "saying", "a note", "two brothers in Cairo", "EGY", "nominal"),
            ("indirect", "their son, like those two other boys, left a note",
             "say", "The parents of 13-year-old Ammar", "parents of Ammar Hassan Mady", "EGY", "nominal"),
            ("indirect", "he wanted to go to the Palestinian territories",
             "saying", "a note", "Ammar Hassan Mady", "EGY", "nominal"),
            ("indirect", "she believes her son was affected by television accounts of the fighting in the occupied territories",
             "said", "Ammar's mother, Waafa Ahmed Abdel Maksoud Kassim", "Waafa Ahmed Abdel Maksoud Kassim", "EGY", "name"),
            ("indirect", "Ammar got excited and angry<<>>being killed and humiliated",
             "says", "Mrs. Kassim", "Waafa Ahmed Abdel Maksoud Kassim", "EGY", "name"),
            ("indirect", "he told her",
             "says", "She", "Waafa Ahmed Abdel Maksoud Kassim", "EGY", "pronoun"),
            ("indirect", "he wanted to go and die and become a martyr",
             "told", "he", "Ammar Hassan Mady", "EGY", "pronoun"),
            ("indirect", "the night before he disappeared Ammar asked for a photograph of his mother and father",
             "says", "Mrs. Kassim", "Waafa Ahmed Abdel Maksoud Kassim", "EGY", "name"),
            ("indirect", "he was leaving",
             "saying", "the note", "Ammar Hassan Mady", "EGY", "nominal"),
            ("indirect", "he understands why his son would want to do such a thing",
             "says", "Ammar's father, Ahmed Hassan Mady", "Ahmed Hassan Mady", "EGY", "name"),
            ("indirect", "such decisions should not be reached without serious consideration",
             "says", "Ammar's father, Ahmed Hassan Mady", "Ahmed Hassan Mady", "EGY", "name"),
            ("direct", "Whatever Ammar has done we are not mad or angry at him",
             "said", "Mr. Mady", "Ahmed Hassan Mady", "EGY", "name"),
            ("direct", "but the [Israeli-Palestinian] situation needs to be brought under control.",
             "said", "Mr. Mady", "Ahmed Hassan Mady", "EGY", "name"),
        ],
    },
    {
        "id": "t15-usa-bolton-2004",
        "url": "https://www.insidevoa.com/a/a-13-34-boltoniraqielections9-30-04/177988.html",
        "title": "U.S. Undersecretary of State Confident of Upcoming Iraqi Elections",
        "published": "2004-09-30",
        "truncated": True,
        "note": "Added by sqq16b. A VOA press release on an interview by VOA's Serbian Service (insidevoa.com). "
                "Removed: 'Accessibility links', 'Breaking News', title line. The dateline 'Washington, D.C., "
                "Sept. 30, 2004 —' is part of the text (its date is used). Cut by the store at the start of the "
                "next paragraph ('The Vo'); that fragment was dropped. Whole clauses in quotation marks after a "
                "cue without 'that' ('said \"there are ...\"', 'added that \"no one ...\"') are partial quotes "
                "(guideline); quoted words in naming constructions ('called ... \"desperate.\"', 'criticized Iran "
                "as \"...\"', 'described the progress so far as \"...\"') are partial quotes; 'called on the "
                "country to bring ... \"up to standard\"' is an appeal with a partial quote. 'Asked how Serbia "
                "and Montenegro could assist ...' is a reported question of the interviewer (round 8), speaker "
                "VOA's Serbian Service; 'Asked about North Korea's nuclear development plans' has no clause.",
        "text": """
Washington, D.C., Sept. 30, 2004 — John R. Bolton, Under Secretary of State for Arms Control and International Security, told the Voice of America today that he is "confident" that there will be free and fair elections in Iraq in January 2005.
In an exclusive interview with VOA's Serbian Service, Bolton said that Iran's meddling in Iraq is "not helpful" to the elections, and he called all terrorist attempts to disrupt the upcoming vote "desperate."
Bolton also criticized Iran as "a supporter of terrorism around the world for decades." He said Iran's development of ballistic missile capabilities and pursuit of nuclear weapons was "particularly dangerous," and reiterated that the U.S. believes "Iran needs to be taken to the U.N. Security Council."
Asked about North Korea's nuclear development plans, Bolton said "there are a range of estimates on how many weapons North Korea already has," but he added that "no one knows for certain." He noted that the U.S. remains in favor of a "peaceful and diplomatic solution" by continuing six-party talks and is "committed to not seeing North Korea with nuclear weapons."
Bolton reaffirmed the importance of eastern and central European cooperation in the war on terror, saying that it remained a "very high priority" for the U.S. He called the region's efforts "especially sensitive to our needs" and "particularly important." He also noted that there is "a lot of cooperation...in Belgrade" and said working side by side against terrorism with Serbia and Montenegro would be a way that "our countries can grow closer together."
Asked how Serbia and Montenegro could assist in the war on terror and improve relations with the U.S., Bolton called on the country to bring its export control laws "up to standard" and to cooperate with international export control regimes, but he described the progress so far as "very gratifying."
""",
        "quotes": [
            ("indirect", "he is \"confident\" that there will be free and fair elections in Iraq in January 2005",
             "told", "John R. Bolton", "John R. Bolton", "USA", "name"),
            ("partial", "confident", "told", "John R. Bolton", "John R. Bolton", "USA", "name"),
            ("indirect", "Iran's meddling in Iraq is \"not helpful\" to the elections",
             "said", "Bolton", "John R. Bolton", "USA", "name"),
            ("partial", "not helpful", "said", "Bolton", "John R. Bolton", "USA", "name"),
            ("partial", "desperate", "called", "he", "John R. Bolton", "USA", "pronoun"),
            ("partial", "a supporter of terrorism around the world for decades",
             "criticized", "Bolton", "John R. Bolton", "USA", "name"),
            ("indirect", "Iran's development of ballistic missile capabilities<<>>\"particularly dangerous,\"",
             "said", "He", "John R. Bolton", "USA", "pronoun"),
            ("partial", "particularly dangerous", "said", "He", "John R. Bolton", "USA", "pronoun"),
            ("indirect", "the U.S. believes \"Iran needs to be taken to the U.N. Security Council.\"",
             "reiterated", "He", "John R. Bolton", "USA", "pronoun"),
            ("partial", "Iran needs to be taken to the U.N. Security Council",
             "reiterated", "He", "John R. Bolton", "USA", "pronoun"),
            ("partial", "there are a range of estimates on how many weapons North Korea already has",
             "said", "Bolton", "John R. Bolton", "USA", "name"),
            ("partial", "no one knows for certain", "added", "he", "John R. Bolton", "USA", "pronoun"),
            ("indirect", "the U.S. remains in favor of a \"peaceful<<>>with nuclear weapons.\"",
             "noted", "He", "John R. Bolton", "USA", "pronoun"),
            ("partial", "peaceful and diplomatic solution", "noted", "He", "John R. Bolton", "USA", "pronoun"),
            ("partial", "committed to not seeing North Korea with nuclear weapons",
             "noted", "He", "John R. Bolton", "USA", "pronoun"),
            ("indirect", "it remained a \"very high priority\" for the U.S.",
             "saying", "Bolton", "John R. Bolton", "USA", "name"),
            ("partial", "very high priority", "saying", "Bolton", "John R. Bolton", "USA", "name"),
            ("partial", "especially sensitive to our needs", "called", "He", "John R. Bolton", "USA", "pronoun"),
            ("partial", "particularly important", "called", "He", "John R. Bolton", "USA", "pronoun"),
            ("indirect", "there is \"a lot of cooperation...in Belgrade\"",
             "noted", "He", "John R. Bolton", "USA", "pronoun"),
            ("partial", "a lot of cooperation...in Belgrade", "noted", "He", "John R. Bolton", "USA", "pronoun"),
            ("indirect", "working side by side against terrorism<<>>grow closer together.\"",
             "said", "He", "John R. Bolton", "USA", "pronoun"),
            ("partial", "our countries can grow closer together", "said", "He", "John R. Bolton", "USA", "pronoun"),
            ("indirect", "how Serbia and Montenegro could assist in the war on terror and improve relations with the U.S.",
             "Asked", "VOA's Serbian Service", "VOA Serbian Service", "USA", "organisation"),
            ("partial", "up to standard", "called on", "Bolton", "John R. Bolton", "USA", "name"),
            ("partial", "very gratifying", "described", "he", "John R. Bolton", "USA", "pronoun"),
        ],
    },
    {
        "id": "t15-usa-trumpinterview-2018",
        "url": "https://www.insidevoa.com/a/4435613.html",
        "title": "President Trump Speaks to North Koreans through Voice of America",
        "published": None,
        "truncated": True,
        "note": "Added by sqq16b. A VOA press release on an interview (insidevoa.com), June 2018 (after the "
                "'historic summit' of Tuesday, June 12, 2018; no date on the stored page). Removed: "
                "'Accessibility links', 'Breaking News', title line, photo caption (stored twice). The stored "
                "text ends at a complete sentence; whether the page continues is unknown, so it is marked "
                "truncated. The quotation after the indirect clause of the second paragraph has no attribution "
                "(belongs to the president, cue null); the lower-case quotation after 'says,' is a partial "
                "quote (README-test15 decision); 'pressed the President on ...' is no quote.",
        "text": """
Washington, D.C. – VOA contributor and host of weekly show Plugged in, Greta Van Susteren, caught up with President Trump after Tuesday’s historic summit with North Korean leader Kim.
In the interview, the U.S. president told Van Susteren he believes other “good things are going to happen for North Korea,” in the days and weeks after the summit, but noted that U.S. sanctions against North Korea will remain in place until the nation proves it is actually dismantling its nuclear program. “…the sanctions are going to remain on until such time as we see, you know, this is going to happen.”
VOA Director Amanda Bennett says, "interviews like this with a U.S. President make a huge difference in the effort to give closed societies like North Korea more of what they need - an accurate picture of the outside world.”
President Trump said that he and Kim liked each other. But he also said that the North Korean leader “knows that we want to do business, we have to do business and we will do business,” and suggested that is a big change from previous administrations.
Van Susteren pressed the President on Kim’s human rights abuses after he said of Kim: “He’s smart, loves his people, he loves his country.” Susteren called out the nation’s human rights record: “But he’s starved them. He’s been brutal to them. He still loves his people?” “Look, he’s doing what he’s seen done…” President Trump responded, while acknowledging that Kim has been a “rough guy” in the past.
""",
        "quotes": [
            ("indirect", "he believes other “good things are going to happen for North Korea,” in the days and weeks after the summit",
             "told", "the U.S. president", "Trump", "USA", "nominal"),
            ("partial", "good things are going to happen for North Korea",
             "told", "the U.S. president", "Trump", "USA", "nominal"),
            ("indirect", "U.S. sanctions against North Korea will remain in place<<>>dismantling its nuclear program",
             "noted", "the U.S. president", "Trump", "USA", "nominal"),
            ("direct", "…the sanctions are going to remain on<<>>this is going to happen.",
             None, "the U.S. president", "Trump", "USA", "nominal"),
            ("partial", "interviews like this with a U.S. President<<>>an accurate picture of the outside world",
             "says", "VOA Director Amanda Bennett", "Amanda Bennett", "USA", "name"),
            ("indirect", "he and Kim liked each other",
             "said", "President Trump", "Trump", "USA", "name"),
            ("indirect", "the North Korean leader “knows that we want to do business<<>>we will do business,”",
             "said", "he", "Trump", "USA", "pronoun"),
            ("partial", "knows that we want to do business, we have to do business and we will do business",
             "said", "he", "Trump", "USA", "pronoun"),
            ("indirect", "that is a big change from previous administrations",
             "suggested", "he", "Trump", "USA", "pronoun"),
            ("direct", "He’s smart, loves his people, he loves his country.",
             "said", "he", "Trump", "USA", "pronoun"),
            ("direct", "But he’s starved them. He’s been brutal to them. He still loves his people?",
             "called out", "Susteren", "Greta Van Susteren", "USA", "name"),
            ("direct", "Look, he’s doing what he’s seen done…",
             "responded", "President Trump", "Trump", "USA", "name"),
            ("indirect", "Kim has been a “rough guy” in the past",
             "acknowledging", "President Trump", "Trump", "USA", "name"),
            ("partial", "rough guy", "acknowledging", "President Trump", "Trump", "USA", "name"),
        ],
    },
    {
        "id": "t15-chad-masra-2021",
        "url": "https://www.voaafrica.com/a/5884745.html",
        "title": "Opposition Leader Vows to Continue Protests in Chad",
        "published": None,
        "truncated": False,
        "note": "Added by sqq16b. The text page of a Nightline Africa audio interview (voaafrica.com), 2021 "
                "(after Chad's Transitional Military Council took power in April 2021; no date on the stored "
                "page). Removed: 'Accessibility links', 'Breaking News', title line and the audio block "
                "(its repeated title, 'please wait', 'No media source currently available', '0:00 0:05:01 "
                "0:00', 'Direct link'). Whole as stored; the page's double full stop at the end is kept. In "
                "'spoke to Masra who said ...' the relative pronoun is resolved to its antecedent "
                "(speaker_text 'Masra', class name).",
        "text": """
Success Masra, the leader of the opposition Transformers Party in Chad, says protests against the Transitional Military Council will continue. For Nightline Africa, VOA's Peter Clottey spoke to Masra who said opposition groups will not hold talks with those responsible for violating the country's constitution by seizing power through force..
""",
        "quotes": [
            ("indirect", "protests against the Transitional Military Council will continue",
             "says", "Success Masra", "Success Masra", "TCD", "name"),
            ("indirect", "opposition groups will not hold talks<<>>seizing power through force",
             "said", "Masra", "Success Masra", "TCD", "name"),
        ],
    },
    {
        "id": "t15-indonesia-aceh-2005",
        "url": "https://www.voanews.com/a/a-13-2005-12-26-voa5-66908997/377079.html",
        "title": "Acehnese Mark Anniversary of Indian Ocean Tsunami",
        "published": "2005-12-26",
        "truncated": True,
        "note": "Added by sqq16b. Removed: 'Accessibility links', 'Breaking News', title line. Date from the "
                "URL. The stored text ends at a complete sentence; whether the page continues is unknown, so "
                "it is marked truncated. One quote: the president's words attributed by 'he said' after the "
                "sentence naming him.",
        "text": """
Survivors of the devastating earthquake and tsunami that swept across Indonesia's northern Aceh province marked the first year anniversary of the disaster - with prayers for the more than 169,000 people who perished in the disaster in Indonesia.
Indonesian President Susilo Bambang Yudhoyono led a group of a thousand tsunami survivors, dignitaries, and aid workers in prayer on the shoreline in Banda Aceh where the tsunami struck.
"We stand here together today in remembrance of that suffering paying respect, once again, to the good men and women and all the children lost to the sea," he said.
All across Aceh province, bells rang and people bowed their heads in prayer. It was the worst hit region of the 12 Indian Ocean nations hit by the tsunami, which killed more than 230,000 people.
""",
        "quotes": [
            ("direct", "We stand here together today<<>>all the children lost to the sea",
             "said", "he", "Susilo Bambang Yudhoyono", "IDN", "pronoun"),
        ],
    },
]

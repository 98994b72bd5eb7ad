"""Texts and annotation of the blind events set ``blind34.jsonl`` (evgold22, 2026-12-06).

Ten Voice of America news stories (public domain), read from the search tool's stored pages
(voanews.com and VOA's own publishing system voa.pangea-cms.com). Page furniture is removed (named
in each document's ``note``); the wording is otherwise exactly as stored. Each event is written
as: document id, a sentence anchor (a substring of exactly one sentence), the trigger (a
substring found once in that sentence), type, mode, contexts, actor codes, actor texts,
recipient codes, recipient texts and the flags. ``build_blind34.py`` turns this into
``blind34.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind34-01",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-05-25-voa23-66555167/554733.html",
        "agency": "Voice of America",
        "title": "Israel air strikes on Gaza and Palestinian rocket fire (VOA report from Jerusalem)",
        "published": "2007-05-25",
        "date_approximate": False,
        "date_note": "date from the VOA archive path (a-13-2007-05-25); the stored copy carries no headline, the title is descriptive",
        "truncated": False,
        "note": "removed: the reporter line 'Robert Berger reports from the VOA bureau in Jerusalem.' (third sentence of the first paragraph); the stored copy has no other furniture and ends on a complete paragraph; host is VOA's own publishing system",
        "text": (
            "Israel has launched another wave of air strikes on the Palestinian-ruled Gaza Strip, wounding at least 10 people. Palestinian militants responded by firing more rockets across the border.\n"
            "Israeli aircraft attacked targets of Hamas and the Islamic Jihad group across Gaza. The military said the targets included command centers, weapons factories and a money changer. One missile landed near the home of Palestinian Prime Minister Ismail Haniyeh, but he was not hurt.\n"
            "The army denied that Mr. Haniyeh was the target, but Israel has threatened to assassinate him and other Hamas political and military leaders in response to a wave of Palestinian rocket attacks.\n"
            "Palestinians have fired more than 160 homemade Qassam rockets at Israel over the past 10 days, and they keep coming despite the air strikes. But Israeli spokesman Mark Regev believes the air campaign is slowly bearing fruit.\n"
            "\"I think the understanding is that by these sort of operations we are limiting and preventing them from launching Qassam rockets against our civilian population,\" he said.\n"
            "Moderate Palestinian President Mahmoud Abbas, who shares power in a coalition government led by Hamas, condemned the rocket attacks.\n"
            "Mr. Abbas described the attacks as \"pointless and needless.\" He said they must be stopped in order reach a ceasefire with Israel.\n"
            "But Hamas rejected the demand, saying rockets will be fired as long as what it described as \"Zionist aggression\" continues.\n"
            "The internal dispute over the rocket attacks underscores the deep differences among Palestinians over how to proceed in the struggle with Israel. The moderates, led by Mr. Abbas, seek a negotiated settlement. But the militants, led by Hamas, believe the only way to achieve a Palestinian state is through jihad, or holy war."
        ),
    },
    {
        "id": "blind34-02",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-09-28-voa13/401143.html",
        "agency": "Voice of America",
        "title": "Burma Military Shoots at Protesters, Cuts Off Internet",
        "published": "2007-09-28",
        "date_approximate": False,
        "date_note": "date from the VOA archive path (a-13-2007-09-28); the story reports Friday's events, which 28 September 2007 was",
        "truncated": False,
        "note": "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in title), the label 'update', the reporter line 'VOA's Luis Ramirez has more from our Southeast Asia bureau in Bangkok.' (end of the first paragraph) and the size switcher 'XS SM MD LG'; host is VOA's own publishing system (preview copy of the voanews.com story)",
        "text": (
            "Security forces in Burma have again used gunfire to disperse demonstrators in the main city, Rangoon, as hundreds, perhaps thousands defy the security forces of the ruling junta. Residents say the government has also cut off Internet access.\n"
            "Television footage showed hundreds, maybe thousands of people getting beaten and tear-gassed by security forces in various parts of Rangoon.\n"
            "This protester told VOA by telephone from Rangoon that one of the rallies happened at the Sule Pagoda Friday, which has been a focal point of the demonstrations. She said police and soldiers used live ammunition and batons against the demonstrators.\n"
            "\"There were a few hundred people singing the national anthem and then the soldiers shoot at them. Then, about 40 were taken away,\" she said.\n"
            "Witnesses said there were fewer Buddhist monks among the protesters than in recent days. Security forces have been raiding monasteries and rounding up hundreds of monks who the government accuses of instigating the protests.\n"
            "With the Burmese military government barring the entry of foreign journalists, much of the news, photos and videos that have come out of Burma since the protests began have been sent through the Internet. In a further attempt to clamp down, residents say authorities cut off Internet access on Friday.\n"
            "The protester who spoke to VOA Friday said lines were cut at midday.\n"
            "\"My internet is down. Even the broadband is down,\" she said. \"I just talked to a person who can use broadband. Most of the Internet is down now in Yangon.\"\n"
            "The U.N. secretary-general's special envoy to Burma, Ibrahim Gambari, was in Singapore Friday. He was to pick up a visa from the Burmese embassy there."
        ),
    },
    {
        "id": "blind34-03",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-06-12-voa17/335293.html",
        "agency": "Voice of America",
        "title": "Bombings Kill 4 People in Baghdad, Including US Soldier",
        "published": "2008-06-12",
        "date_approximate": False,
        "date_note": "date from the VOA archive path (a-13-2008-06-12); the story reports Thursday's bombings, which 12 June 2008 was",
        "truncated": False,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title; trailing spaces dropped) and the closing credit line 'Some information for this report was provided by AFP, AP and Reuters.'; host is VOA's own publishing system",
        "text": (
            "Iraqi officials say insurgents carried out several bombings in Baghdad Thursday, killing four people, including a U.S. soldier.\n"
            "In the deadliest attack, a car bomb struck a patrol of Iraqi police commandos in the Allawi district of central Baghdad, killing one commando and two civilians. Another 15 people were wounded.\n"
            "The U.S. military says a roadside bomb in western Baghdad killed an American soldier.\n"
            "Elsewhere, the U.S. military says coalition forces killed four militants and detained nine others in operations against al-Qaida in central and northern Iraq since Wednesday.\n"
            "The U.S. military also blamed Shi'ite militia fighters for a bombing near a U.S. convoy in northern Baghdad on Wednesday. The attack killed six Iraqi civilians and wounded nine people, including two U.S. soldiers.\n"
            "The military described the bombers as members of \"Special Groups,\" a term it uses for Shi'ite insurgents that it says are backed by Iran."
        ),
    },
    {
        "id": "blind34-04",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2009-05-04-voa38-68787637/360045.html",
        "agency": "Voice of America",
        "title": "Sri Lankan Military Claims Capturing Rebel Position, Killing Senior Rebel",
        "published": "2009-05-04",
        "date_approximate": False,
        "date_note": "date from the VOA archive path (a-13-2009-05-04); the story says 'Monday', which 4 May 2009 was",
        "truncated": False,
        "note": "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in title), the closing credit line 'Some information for this report was provided by AP.' and the size switcher 'XS SM MD LG'; host is VOA's own publishing system (preview copy of the voanews.com story)",
        "text": (
            "Sri Lanka's military says it has captured a Tamil Tiger rebel fortification and killed a senior rebel, as it pushes deeper into a Tamil-controlled enclave in the country's north.\n"
            "The military said Monday it seized the fortified embankment after heavy fighting Sunday. It said the rebels suffered heavy losses, including senior Tiger leader Thamilendi.\n"
            "There was no comment from the rebels.\n"
            "Sri Lanka's government says troops are moving slowly into the rebels' last stronghold, a coastal strip of territory several kilometers long. Tens of thousands of civilians are thought to be trapped there.\n"
            "Also Monday, a delegation of British lawmakers began a visit to Sri Lanka to examine the plight of civilians affected by the conflict. They are expected to tour displacement camps in the north housing tens of thousands of civilians who have fled the fighting.\n"
            "The delegation includes former British Defense Secretary Des Browne, who was appointed as Britain's special envoy for Sri Lanka earlier this year. Sri Lanka's government rejected the appointment as foreign interference.\n"
            "In other news, a group of leading human rights advocates condemned the U.N. Security Council's inaction as tens of thousands of civilians remain trapped in Sri Lanka's war zone. The group said the Security Council no longer can deny the facts on the ground as civilians are held hostage, shelled by government forces and living in abysmal conditions.\n"
            "It said that some Council members continue to block any meaningful action, despite numerous pleas by diplomats and U.N. officials for the U.N. to call upon the Colombo government and the rebels to stop hostilities.\n"
            "Tamil rebels have been fighting for an independent homeland in Sri Lanka since 1983. Tens of thousands of people have died in the civil war."
        ),
    },
    {
        "id": "blind34-05",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/north-south-korea-to-brief-security-council-on-ship-sinking-96305154/119566.html",
        "agency": "Voice of America",
        "title": "North, South Korea to Brief Security Council on Ship Sinking",
        "published": "2010-06-14",
        "date_approximate": True,
        "date_note": "no date in the stored copy; the separate Security Council briefings by the two Koreas on the Cheonan sinking were held on Monday 14 June 2010, the day the story describes as 'Monday'",
        "truncated": False,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the closing credit line 'Some information for this report was provided by AP and Reuters.' and the size switcher 'XS SM MD LG'; host is VOA's own publishing system",
        "text": (
            "North and South Korea are set to separately address the U.N. Security Council Monday to discuss the March sinking of a South Korean warship that killed 46 sailors.\n"
            "South Korea's president has called for a stern response to the deadly sinking of the Cheonan, which an international investigation has blamed on North Korea.\n"
            "In a televised address Monday, President Lee Myung-bak said another attack could happen at any time if South Korea and the international community failed to respond.\n"
            "North Korea has denied any involvement in the incident, and has said any retaliation would lead to war.\n"
            "South Korea will brief Security Council members Monday on its investigation into the sinking. Representatives from North Korea plan to explain their position on the incident afterward.\n"
            "South Korea's president also said Monday that he will hold some of his military officers responsible for the sinking.\n"
            "That announcement comes one day after the chairman of the Joint Chiefs of Staff, Lee Sang-eui, offered his resignation.\n"
            "South Korean investigators last week said Lee Sang-eui and at least 22 other officers should be punished for mishandling the sinking.\n"
            "The two Koreas technically remain at war because a 1953 armistice that ended the three-year Korean War was a truce, not a formal peace treaty."
        ),
    },
    {
        "id": "blind34-06",
        "url": "http://www.voanews.com/content/rockets-fired-into-southern-israel/1546498.html?page=2",
        "agency": "Voice of America",
        "title": "Israel Intensifies Gaza Air Strikes",
        "published": "2012-11-15",
        "date_approximate": False,
        "date_note": "the photo caption is dated Thursday 15 November 2012, the day the story reports",
        "truncated": True,
        "note": "the stored copy ends mid-word ('... including a ch'); that last paragraph is dropped, all kept paragraphs are complete; removed: 'News / Middle East', the headline (kept in title), the photo caption (twice), the byline 'VOA News', the map caption 'Gaza City, Gaza - Click to enlarge' (four times, with 'x'), the line 'Watch related video:'; a double space after 'the sea.' was made single",
        "text": (
            "Israeli war planes slammed dozens of targets Thursday in air raids against militants in the Gaza Strip, a day after an Israeli missile strike on Gaza killed the top military commander of Hamas.\n"
            "Barrages of rockets were fired back at Israel from Gaza with one strike killing at least three Israelis in an apartment complex, bringing the combined death toll on both sides to 15.\n"
            "VOA's Jerusalem correspondent Scott Bobb in southern Israel said three units of the apartment block were destroyed. Residents in the area are staying indoors in anticipation of more attacks, said Bobb.\n"
            "Sirens also went off late Thursday in Tel Aviv sparking a panic and nearly crippling mobile phone service after missiles fired from Gaza approached the city.\n"
            "Israeli officials say the missiles fell into the sea. Palestinian militants issued a statement claiming responsibility, saying they had fired Iranian-made rockets. It is the first time sirens have sounded in Tel Aviv since the Gulf War in 1991.\n"
            "Israeli security officials are warning residents to seek protection in reinforced bomb shelters or in public institutions when they hear sirens.\n"
            "Schools in southern Israel are closed and many businesses within 40 kilometers of the Gaza border are not opening Thursday for fear of shelling by Palestinian militants.\n"
            "Inside the Gaza Strip, Palestinians too were taking cover, going out only to get staples. Israel dropped leaflets warning Gazans to stay away from buildings and locations run by the military wing of Hamas."
        ),
    },
    {
        "id": "blind34-07",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/negotiations_in_central_african_republic_might_not_be_possible/1575880.html",
        "agency": "Voice of America",
        "title": "CAR Negotiations May Not Be Possible",
        "published": "2013-01-01",
        "date_approximate": True,
        "date_note": "no date in the stored copy; the voanews.com copy of the same story carries a photo dated 1 January 2013 and the story reports 'Tuesday' before the 10 January talks, so Tuesday 1 January 2013",
        "truncated": True,
        "note": "the stored copy ends mid-sentence ('A resident named Franck said that if the rebels'); that last paragraph is dropped, all kept paragraphs are complete; removed: the dateline 'BANGUI, CENTRAL AFRICAN REPUBLIC —', the subheading 'Government ready to deal'; the headline is taken from the voanews.com copy of the same story (also stored, also claimed); host is VOA's own publishing system",
        "text": (
            "The Central African Republic capital of Bangui remained tense Tuesday as rebels threatened to take the last major government stronghold, the city of Damara, just 75 kilometers away. President Francois Bozize said he is willing to negotiate a unity government. However, rebels say he must go. It remains to be seen whether or not a negotiated solution is still possible.\n"
            "Regional leaders are trying to organize peace talks in Gabon on January 10 between the government of the Central African Republic and a northern rebel alliance known as Seleka that has seized a third of the country in less than three weeks.\n"
            "The rebels continue to edge toward the capital from their southernmost position, the city of Sibut, which is 186 kilometers away.\n"
            "Their demands have evolved from saying the government must implement peace accords signed between 2007 and 2011 to calling on President Francois Bozize to step down. The rebels say they were supposed to be paid to disarm or integrate into the government military.\n"
            "Bozize said he is ready to negotiate as soon as possible to create a coalition government. He said he will not stand for re-election when his term ends in 2016.\n"
            "Government minister and spokesman for the political coalition behind the president, Cyriaque Gonda, said a lack of funds derailed the disarmament process. He said the government is ready to discuss with rebels how to get it back on track. He added, though, the president resigning is out of the question.\n"
            "Gonda said this will be the rebels' last chance at the negotiating table.\n"
            "\"This is going to be the last time. We want to put away in Central African Republic the words rebellion [and] politico-military. This is a lexicology that we have discovered here. We are going to put it down at any cost. But the bottom line is to try to create cohesion,\" said Gonda.\n"
            "Residents of Bangui say the rebels should come to the table."
        ),
    },
    {
        "id": "blind34-08",
        "url": "https://www.voanews.com/a/central-african-republic-rebels-agree-to-ceasefire/1581975.html",
        "agency": "Voice of America",
        "title": "CAR Rebels Agree to Ceasefire During Peace Talks",
        "published": "2013-01-11",
        "date_approximate": True,
        "date_note": "no date in the stored copy; the photo caption is dated 10 January 2013 and the story reports the last day of the Libreville talks opening 'on Friday', which was 11 January 2013",
        "truncated": True,
        "note": "the stored copy ends mid-sentence ('... Some want dialogue, others don't. She say'); that last paragraph is dropped, all kept paragraphs are complete; removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the photo caption, the subheading 'Yearning for peace'; the same story is also stored under the old voanews.com/content/ address (both claimed)",
        "text": (
            "The rebel coalition that has seized one-third of the Central African Republic (CAR) during its month-long rebellion has agreed to a temporary, one-week ceasefire. The agreement was reached during peace talks with the government that are underway in Gabon. Residents of CAR's capital, Bangui, say they want peace at any cost.\n"
            "President Francois Bozize is offering to form a unity government with the rebel coalition that has come dangerously close to the capital and headed into talks Wednesday calling for his resignation.\n"
            "As the last day of planned talks opened in Libreville, Gabon, on Friday, it was unclear whether rebels would accept Bozize's offer.\n"
            "Residents of Bangui say the government and the rebels must work out their differences.\n"
            "Street vendor Armand Gira says they have dialogue after dialogue, but all they want is peace and development. He says they are against this crisis, emphasizing they are all Central Africans and they can't just kill each other. He adds that Bozize has three years left on his mandate, and asks why not just leave him in place and wait for elections in 2016? He says these negotiations \"have to work,\" just as a father and son should always be able to find a way to get along.\n"
            "Fighters from three main rebel groups calling themselves the Seleka coalition launched the current rebellion on December 10th. They are now within 85 kilometers of the capital, Bangui. Government troops have been outmatched in the fighting. A multi-national African force now stands between the rebels and the capital.\n"
            "Residents say they are living in what midwife Chantale Dango called a \"big question mark.\""
        ),
    },
    {
        "id": "blind34-09",
        "url": "https://www.voanews.com/a/nigerian-president-buhari-to-meet-kerry/2871501.html",
        "agency": "Voice of America",
        "title": "Kerry Meets with Nigerian President",
        "published": "2015-07-21",
        "date_approximate": False,
        "date_note": "the photo caption is dated 21 July 2015, the Tuesday of the meeting the story reports",
        "truncated": False,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the photo caption; the stored copy ends on a complete paragraph (whether the page continued is not known); quotation marks kept as stored, including the mixed curly and straight quotes",
        "text": (
            "U.S. Secretary of State John Kerry hosts Nigerian President Muhammadu Buhari at the State Department Tuesday, as the African leader continues a four day U.S. visit.\n"
            "On Monday, the Nigerian leader met with President Barack Obama at the White House to discuss the threat posed by Boko Haram militants and other issues.\n"
            "Obama praised the recent election in Nigeria marking the first democratic transfer of power since the end of military rule in 1999.\n"
            "“We saw an election in which a peaceful transition to a new government took place,\" Obama said. \"It was an affirmation to Nigeria’s commitment to democracy.”\n"
            "He added he is very concerned by Boko Haram attacks and he believes President Buhari has a clear agenda about defeating the group and rooting out corruption that has held Nigeria's economic prosperity back.\n"
            "Obama said he looks forward to discussing how the United States and Nigeria can cooperate on counterterrorism issues.\n"
            "The four-day trip is Buhari's first to Washington since taking office in May in a rare peaceful transition of power in Nigeria.\n"
            "White House spokesman Josh Earnest on Monday emphasized the U.S. commitment to working with Nigeria to help counter “disruptive terrorist activities.” But Earnest said such cooperation includes the requirement the Nigerian government improve its human rights record.\n"
            "“To make sure that even as they are carrying out counterterrorism raids and other security operations, that they are mindful of the basic human rights of their people,\" Earnest said. \"And that was certainly an important part of the conversation that the president had today.”\n"
            "Buhari came to office promising change, and within days replaced the heads of Nigeria’s army, navy and air force."
        ),
    },
    {
        "id": "blind34-10",
        "url": "https://www.voanews.com/a/violence-erupts-as-thousands-demand-bangladesh-pm-resign-/7331509.html",
        "agency": "Voice of America",
        "title": "Violence erupts as thousands demand Bangladesh PM resign (title from the URL)",
        "published": "2023-10-28",
        "date_approximate": True,
        "date_note": "the store dates the page 2023-10-29; the story reports the Saturday rally, which was 28 October 2023 (the story may have been posted late that day or on the 29th); the stored copy carries no headline, the title is read from the URL",
        "truncated": True,
        "note": "the stored copy ends mid-sentence ('... undermine the'); that last paragraph is dropped, all kept paragraphs are complete; removed: the store's date line, the subheading 'We call for calm'",
        "text": (
            "Police in Bangladesh fired tear gas, sound grenades, and rubber bullets Saturday afternoon to break up a massive gathering of opposition supporters amid a steep escalation of political tensions.\n"
            "The protesters were demanding that Prime Minister Sheikh Hasina step down to allow for a free and fair election under a neutral government. The clashes, which unfolded in central Dhaka, underscore the deep-seated divisions in the country's political landscape.\n"
            "Police estimated more than 125,000 supporters from two prominent opposition parties, including the Bangladesh Nationalist Party, rallied to voice their demands. A VOA reporter near the rally witnessed hundreds of people running for safety as sound grenades detonated, enveloping the streets in plumes of smoke. The violence spread around the protest site, as police fired tear gas and rubber shotgun rounds, while protesters retaliated by throwing stones and bricks.\n"
            "Bangladesh Police spokesperson AKM Kamrul Ahsan told VOA that at least one member from the police force was killed, and dozens of others were injured during the clashes.\n"
            "\"The police member who was hacked in the head died after being taken to the hospital,\" he said.\n"
            "Several individuals injured during the clashes were rushed to Dhaka Medical College Hospital, the country's largest, with wounds from rubber bullets.\n"
            "The United States condemned the political violence that unfolded in Dhaka on Saturday afternoon.\n"
            "\"We call for calm and restraint on all sides and will review all violent incidents for possible visa restrictions,\" said Assistant Secretary of State for South and Central Asian Affairs Donald Lu in a statement posted on X, formerly Twitter."
        ),
    },
]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, flags (negated / future / hypothetical)
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind34-01: Israel air strikes on Gaza and Palestinian rocket fire (VOA report from Jerusalem) ---
ev("blind34-01", "Israel has launched another wave", "launched another wave of air strikes", "ASSAULT", "aerial", ["military"],
   ["ISR"], ["Israel"], ["PSE"], ["the Palestinian-ruled Gaza Strip"])
ev("blind34-01", "Palestinian militants responded", "firing more rockets", "ASSAULT", "", ["military"],
   ["PSE"], ["Palestinian militants"], [], [])
ev("blind34-01", "Israeli aircraft attacked targets", "attacked", "ASSAULT", "aerial", ["military", "terrorism"],
   ["ISR"], ["Israeli aircraft"], ["PSE", "PSE"], ["Hamas", "the Islamic Jihad group"])
ev("blind34-01", "The army denied that Mr. Haniyeh", "denied", "REJECT", "", ["military"],
   ["ISR"], ["The army"], [], [])
ev("blind34-01", "The army denied that Mr. Haniyeh", "threatened to assassinate", "THREATEN", "violence", ["military"],
   ["ISR"], ["Israel"], ["PSE", "PSE"], ["him", "other Hamas political and military leaders"])
ev("blind34-01", "Palestinians have fired more than 160", "have fired", "ASSAULT", "", ["military"],
   ["PSE"], ["Palestinians"], ["ISR"], ["Israel"])
ev("blind34-01", "condemned the rocket attacks", "condemned", "ACCUSE", "disapprove", ["military"],
   ["PSE"], ["Moderate Palestinian President Mahmoud Abbas"], [], [])
ev("blind34-01", "Mr. Abbas described the attacks", "described the attacks as", "ACCUSE", "disapprove", ["military"],
   ["PSE"], ["Mr. Abbas"], [], [])
ev("blind34-01", "He said they must be stopped", "must be stopped", "REQUEST", "change", ["military"],
   ["PSE"], ["He"], [], [])
ev("blind34-01", "But Hamas rejected the demand", "rejected", "REJECT", "change", ["military"],
   ["PSE"], ["Hamas"], [], [])
ev("blind34-01", "But Hamas rejected the demand", "rockets will be fired", "THREATEN", "violence", ["military"],
   ["PSE"], ["Hamas"], ["ISR"], ["Zionist"])
ev("blind34-01", "But Hamas rejected the demand", "described as \"Zionist aggression\"", "ACCUSE", "allege", ["military"],
   ["PSE"], ["Hamas"], ["ISR"], ["Zionist"])

# --- blind34-02: Burma Military Shoots at Protesters, Cuts Off Internet ---
ev("blind34-02", "have again used gunfire to disperse", "used gunfire", "ASSAULT", "firearms", ["repression"],
   ["MMR"], ["Security forces in Burma"], ["MMR"], ["demonstrators"])
ev("blind34-02", "have again used gunfire to disperse", "defy", "PROTEST", "demo", ["repression", "pro_democracy"],
   ["MMR"], ["hundreds, perhaps thousands"], ["MMR"], ["the security forces of the ruling junta"])
ev("blind34-02", "Residents say the government has also cut off", "cut off Internet access", "COERCE", "withhold", ["repression", "rights_freedoms"],
   ["MMR"], ["the government"], [], [])
ev("blind34-02", "getting beaten and tear-gassed", "beaten and tear-gassed", "ASSAULT", "beat", ["repression"],
   ["MMR"], ["security forces"], ["MMR"], ["hundreds, maybe thousands of people"])
ev("blind34-02", "She said police and soldiers used live ammunition", "used live ammunition and batons", "ASSAULT", "firearms", ["repression"],
   ["MMR"], ["police and soldiers"], ["MMR"], ["the demonstrators"])
ev("blind34-02", "the soldiers shoot at them", "shoot at", "ASSAULT", "firearms", ["repression"],
   ["MMR"], ["the soldiers"], ["MMR"], ["a few hundred people singing the national anthem"])
ev("blind34-02", "Security forces have been raiding monasteries", "raiding monasteries", "COERCE", "seize", ["repression", "religion_ethnicity"],
   ["MMR"], ["Security forces"], ["MMR"], ["monasteries"])
ev("blind34-02", "Security forces have been raiding monasteries", "rounding up", "COERCE", "arrest", ["repression", "religion_ethnicity"],
   ["MMR"], ["Security forces"], ["MMR"], ["hundreds of monks"])
ev("blind34-02", "Security forces have been raiding monasteries", "accuses", "ACCUSE", "allege", ["repression"],
   ["MMR"], ["the government"], ["MMR"], ["hundreds of monks"])
ev("blind34-02", "barring the entry of foreign journalists", "barring the entry", "REJECT", "", ["rights_freedoms"],
   ["MMR"], ["the Burmese military government"], [], [])

# --- blind34-03: Bombings Kill 4 People in Baghdad, Including US Soldier ---
ev("blind34-03", "insurgents carried out several bombings", "carried out several bombings", "ASSAULT", "explosives", ["terrorism", "military"],
   ["IRQ"], ["insurgents"], ["USA"], ["a U.S. soldier"])
ev("blind34-03", "a car bomb struck a patrol", "struck", "ASSAULT", "explosives", ["terrorism"],
   [], [], ["IRQ"], ["a patrol of Iraqi police commandos"])
ev("blind34-03", "a roadside bomb in western Baghdad", "killed", "ASSAULT", "explosives", ["military"],
   [], [], ["USA"], ["an American soldier"])
ev("blind34-03", "coalition forces killed four militants", "killed", "ASSAULT", "", ["military", "terrorism"],
   [], [], ["IMG"], ["four militants"])
ev("blind34-03", "coalition forces killed four militants", "detained", "ASSAULT", "abduct", ["military", "terrorism"],
   [], [], ["IMG"], ["nine others"])
ev("blind34-03", "also blamed Shi'ite militia fighters", "blamed", "ACCUSE", "allege", ["military"],
   ["USA"], ["The U.S. military"], ["IRQ"], ["Shi'ite militia fighters"])
ev("blind34-03", "also blamed Shi'ite militia fighters", "a bombing", "ASSAULT", "explosives", ["military"],
   [], [], ["USA"], ["a U.S. convoy"])
ev("blind34-03", "The attack killed six Iraqi civilians", "killed", "ASSAULT", "explosives", ["military"],
   [], [], ["IRQ", "USA"], ["six Iraqi civilians", "two U.S. soldiers"])
ev("blind34-03", "The military described the bombers", "says", "ACCUSE", "allege", ["military"],
   ["USA"], ["The military"], ["IRN"], ["Iran"])

# --- blind34-04: Sri Lankan Military Claims Capturing Rebel Position, Killing Senior Rebel ---
ev("blind34-04", "has captured a Tamil Tiger rebel fortification", "captured", "COERCE", "seize", ["military", "territory"],
   ["LKA"], ["Sri Lanka's military"], ["LKA"], ["a Tamil Tiger rebel fortification"])
ev("blind34-04", "has captured a Tamil Tiger rebel fortification", "killed a senior rebel", "ASSAULT", "", ["military"],
   ["LKA"], ["Sri Lanka's military"], ["LKA"], ["a senior rebel"])
ev("blind34-04", "has captured a Tamil Tiger rebel fortification", "pushes deeper", "ASSAULT", "", ["military", "territory"],
   ["LKA"], ["Sri Lanka's military"], ["LKA"], ["a Tamil-controlled enclave"])
ev("blind34-04", "it seized the fortified embankment", "seized", "COERCE", "seize", ["military"],
   ["LKA"], ["The military"], [], [])
ev("blind34-04", "troops are moving slowly into", "moving slowly into", "ASSAULT", "", ["military", "territory"],
   ["LKA"], ["troops"], ["LKA"], ["the rebels' last stronghold"])
ev("blind34-04", "a delegation of British lawmakers began a visit", "began a visit", "CONSULT", "visit", ["human_security"],
   ["GBR"], ["a delegation of British lawmakers"], ["LKA"], ["Sri Lanka"])
ev("blind34-04", "government rejected the appointment", "rejected", "REJECT", "", ["diplomatic"],
   ["LKA"], ["Sri Lanka's government"], [], [])
ev("blind34-04", "a group of leading human rights advocates condemned", "condemned", "ACCUSE", "disapprove", ["human_rights", "human_security"],
   ["NGO"], ["a group of leading human rights advocates"], ["UNO"], ["the U.N. Security Council's"])
ev("blind34-04", "civilians are held hostage, shelled", "held hostage", "ASSAULT", "abduct", ["human_security"],
   [], [], ["LKA"], ["civilians"])
ev("blind34-04", "civilians are held hostage, shelled", "shelled", "ASSAULT", "", ["military", "human_security"],
   ["LKA"], ["government forces"], ["LKA"], ["civilians"])
ev("blind34-04", "some Council members continue to block", "block", "REJECT", "", ["diplomatic"],
   ["UNO"], ["some Council members"], [], [])
ev("blind34-04", "some Council members continue to block", "pleas", "REQUEST", "change", ["diplomatic", "human_security"],
   ["UNO"], ["U.N. officials"], ["UNO"], ["the U.N."])
ev("blind34-04", "Tamil rebels have been fighting", "have been fighting", "ASSAULT", "", ["military", "territory"],
   ["LKA"], ["Tamil rebels"], [], [])

# --- blind34-05: North, South Korea to Brief Security Council on Ship Sinking ---
ev("blind34-05", "are set to separately address", "are set to separately address", "AGREE", "", ["diplomatic", "military"],
   ["PRK", "KOR"], ["North and South Korea", "North and South Korea"], ["UNO"], ["the U.N. Security Council"], future=True)
ev("blind34-05", "are set to separately address", "sinking", "ASSAULT", "", ["military"],
   [], [], ["KOR"], ["a South Korean warship"])
ev("blind34-05", "has called for a stern response", "called for a stern response", "REQUEST", "", ["military"],
   ["KOR"], ["South Korea's president"], [], [])
ev("blind34-05", "has called for a stern response", "blamed", "ACCUSE", "allege", ["military"],
   [], [], ["PRK"], ["North Korea"])
ev("blind34-05", "North Korea has denied any involvement", "denied", "REJECT", "", ["military"],
   ["PRK"], ["North Korea"], [], [])
ev("blind34-05", "North Korea has denied any involvement", "would lead to war", "THREATEN", "violence", ["military"],
   ["PRK"], ["North Korea"], [], [])
ev("blind34-05", "South Korea will brief Security Council members", "will brief", "AGREE", "", ["diplomatic", "military"],
   ["KOR"], ["South Korea"], ["UNO"], ["Security Council members"], future=True)
ev("blind34-05", "South Korea will brief Security Council members", "its investigation", "ACCUSE", "investigate", ["military"],
   ["KOR"], ["South Korea"], [], [])
ev("blind34-05", "Representatives from North Korea plan", "plan to explain their position", "AGREE", "", ["diplomatic"],
   ["PRK"], ["Representatives from North Korea"], [], [], future=True)
ev("blind34-05", "he will hold some of his military officers responsible", "hold some of his military officers responsible", "ACCUSE", "allege", ["military"],
   ["KOR"], ["South Korea's president"], ["KOR"], ["some of his military officers"], future=True)
ev("blind34-05", "Lee Sang-eui, offered his resignation", "offered his resignation", "RETREAT", "resign", ["military"],
   ["KOR"], ["the chairman of the Joint Chiefs of Staff, Lee Sang-eui"], [], [])
ev("blind34-05", "South Korean investigators last week said", "should be punished", "ACCUSE", "allege", ["military"],
   ["KOR"], ["South Korean investigators"], ["KOR"], ["Lee Sang-eui and at least 22 other officers"])

# --- blind34-06: Israel Intensifies Gaza Air Strikes ---
ev("blind34-06", "Israeli war planes slammed dozens", "slammed", "ASSAULT", "aerial", ["military"],
   ["ISR"], ["Israeli war planes"], ["PSE"], ["militants in the Gaza Strip"])
ev("blind34-06", "Israeli war planes slammed dozens", "missile strike", "ASSAULT", "targeted", ["military"],
   ["ISR"], ["an Israeli missile strike"], ["PSE"], ["the top military commander of Hamas"])
ev("blind34-06", "Barrages of rockets were fired back", "were fired back", "ASSAULT", "", ["military"],
   ["PSE"], ["Gaza"], ["ISR"], ["Israel"])
ev("blind34-06", "Sirens also went off late Thursday", "missiles fired from Gaza", "ASSAULT", "", ["military"],
   ["PSE"], ["Gaza"], ["ISR"], ["Tel Aviv"])
ev("blind34-06", "Palestinian militants issued a statement", "had fired Iranian-made rockets", "ASSAULT", "", ["military"],
   ["PSE"], ["Palestinian militants"], [], [])
ev("blind34-06", "Israel dropped leaflets warning Gazans", "warning", "THREATEN", "violence", ["military"],
   ["ISR"], ["Israel"], ["PSE"], ["Gazans"])

# --- blind34-07: CAR Negotiations May Not Be Possible ---
ev("blind34-07", "as rebels threatened to take", "threatened to take", "THREATEN", "territory", ["military", "territory"],
   ["CAF"], ["rebels"], [], [])
ev("blind34-07", "said he is willing to negotiate a unity government", "willing to negotiate", "AGREE", "", ["political_institutions"],
   ["CAF"], ["President Francois Bozize"], [], [])
ev("blind34-07", "However, rebels say he must go", "must go", "REQUEST", "change", ["political_institutions"],
   ["CAF"], ["rebels"], ["CAF"], ["he"])
ev("blind34-07", "Regional leaders are trying to organize", "has seized", "COERCE", "seize", ["military", "territory"],
   ["CAF"], ["a northern rebel alliance known as Seleka"], [], [])
ev("blind34-07", "The rebels continue to edge toward the capital", "edge toward the capital", "ASSAULT", "", ["military"],
   ["CAF"], ["The rebels"], [], [])
ev("blind34-07", "Their demands have evolved", "must implement peace accords", "REQUEST", "change", ["political_institutions"],
   ["CAF"], ["Their"], ["CAF"], ["the government"])
ev("blind34-07", "Their demands have evolved", "calling on", "REQUEST", "change", ["political_institutions"],
   ["CAF"], ["Their"], ["CAF"], ["President Francois Bozize"])
ev("blind34-07", "Bozize said he is ready to negotiate", "ready to negotiate", "AGREE", "", ["political_institutions"],
   ["CAF"], ["Bozize"], [], [])
ev("blind34-07", "He said he will not stand for re-election", "will not stand for re-election", "CONCEDE", "", ["election"],
   ["CAF"], ["He"], [], [])
ev("blind34-07", "He said the government is ready to discuss", "ready to discuss", "AGREE", "", ["political_institutions"],
   ["CAF"], ["the government"], ["CAF"], ["rebels"])
ev("blind34-07", "the president resigning is out of the question", "out of the question", "REJECT", "change", ["political_institutions"],
   ["CAF"], ["He"], [], [])
ev("blind34-07", "Gonda said this will be the rebels' last chance", "last chance", "THREATEN", "", ["political_institutions"],
   ["CAF"], ["Gonda"], ["CAF"], ["the rebels'"])
ev("blind34-07", "We are going to put it down at any cost", "put it down at any cost", "THREATEN", "violence", ["military"],
   ["CAF"], ["We"], [], [])
ev("blind34-07", "Residents of Bangui say the rebels should come", "should come to the table", "REQUEST", "meet", ["political_institutions"],
   ["CAF"], ["Residents of Bangui"], ["CAF"], ["the rebels"])

# --- blind34-08: CAR Rebels Agree to Ceasefire During Peace Talks ---
ev("blind34-08", "The rebel coalition that has seized", "seized", "COERCE", "seize", ["military", "territory"],
   ["CAF"], ["The rebel coalition"], [], [])
ev("blind34-08", "The rebel coalition that has seized", "agreed to a temporary, one-week ceasefire", "AGREE", "", ["military"],
   ["CAF"], ["The rebel coalition"], [], [])
ev("blind34-08", "The agreement was reached during peace talks", "peace talks", "CONSULT", "third-party", ["military", "diplomatic"],
   ["CAF"], ["the government"], [], [])
ev("blind34-08", "is offering to form a unity government", "is offering", "AGREE", "", ["political_institutions"],
   ["CAF"], ["President Francois Bozize"], ["CAF"], ["the rebel coalition"])
ev("blind34-08", "is offering to form a unity government", "headed into talks", "CONSULT", "", ["political_institutions"],
   ["CAF"], ["the rebel coalition"], [], [])
ev("blind34-08", "is offering to form a unity government", "calling for his resignation", "REQUEST", "change", ["political_institutions"],
   ["CAF"], ["the rebel coalition"], ["CAF"], ["his"])
ev("blind34-08", "it was unclear whether rebels would accept", "accept", "AGREE", "", ["political_institutions"],
   ["CAF"], ["rebels"], ["CAF"], ["Bozize's"], hypothetical=True)
ev("blind34-08", "must work out their differences", "must work out their differences", "REQUEST", "meet", ["political_institutions"],
   ["CAF"], ["Residents of Bangui"], ["CAF", "CAF"], ["the government", "the rebels"])
ev("blind34-08", "launched the current rebellion", "launched the current rebellion", "ASSAULT", "", ["military"],
   ["CAF"], ["Fighters from three main rebel groups calling themselves the Seleka coalition"], [], [])
ev("blind34-08", "Government troops have been outmatched", "the fighting", "ASSAULT", "", ["military"],
   ["CAF"], ["Government troops"], [], [])

# --- blind34-09: Kerry Meets with Nigerian President ---
ev("blind34-09", "John Kerry hosts Nigerian President", "hosts", "CONSULT", "visit", ["diplomatic"],
   ["NGA"], ["Nigerian President Muhammadu Buhari"], ["USA"], ["U.S. Secretary of State John Kerry"])
ev("blind34-09", "the Nigerian leader met with President Barack Obama", "met with", "CONSULT", "visit", ["diplomatic", "terrorism"],
   ["NGA"], ["the Nigerian leader"], ["USA"], ["President Barack Obama"])
ev("blind34-09", "Obama praised the recent election", "praised", "SUPPORT", "", ["election", "pro_democracy"],
   ["USA"], ["Obama"], ["NGA"], ["Nigeria"])
ev("blind34-09", "He added he is very concerned by Boko Haram", "very concerned", "ACCUSE", "disapprove", ["terrorism"],
   ["USA"], ["He"], ["NGA"], ["Boko Haram"])
ev("blind34-09", "He added he is very concerned by Boko Haram", "attacks", "ASSAULT", "", ["terrorism"],
   ["NGA"], ["Boko Haram"], [], [])
ev("blind34-09", "Obama said he looks forward to discussing", "looks forward to discussing", "AGREE", "", ["terrorism"],
   ["USA"], ["Obama"], ["NGA"], ["Nigeria"], future=True)
ev("blind34-09", "emphasized the U.S. commitment to working with Nigeria", "commitment to working with", "AGREE", "", ["terrorism"],
   ["USA"], ["White House spokesman Josh Earnest"], ["NGA"], ["Nigeria"])
ev("blind34-09", "But Earnest said such cooperation includes", "requirement", "REQUEST", "change", ["human_rights"],
   ["USA"], ["Earnest"], ["NGA"], ["the Nigerian government"])

# --- blind34-10: Violence erupts as thousands demand Bangladesh PM resign (title from the URL) ---
ev("blind34-10", "Police in Bangladesh fired tear gas", "fired tear gas, sound grenades, and rubber bullets", "ASSAULT", "", ["repression", "election"],
   ["BGD"], ["Police in Bangladesh"], ["BGD"], ["a massive gathering of opposition supporters"])
ev("blind34-10", "The protesters were demanding", "were demanding", "REQUEST", "change", ["election", "political_institutions"],
   ["BGD"], ["The protesters"], ["BGD"], ["Prime Minister Sheikh Hasina"])
ev("blind34-10", "rallied to voice their demands", "rallied", "PROTEST", "demo", ["election"],
   ["BGD"], ["more than 125,000 supporters from two prominent opposition parties"], [], [])
ev("blind34-10", "The violence spread around the protest site", "police fired tear gas", "ASSAULT", "", ["repression"],
   ["BGD"], ["police"], ["BGD"], ["protesters"])
ev("blind34-10", "The violence spread around the protest site", "throwing stones and bricks", "ASSAULT", "primitive", ["repression"],
   ["BGD"], ["protesters"], ["BGD"], ["police"])
ev("blind34-10", "at least one member from the police force was killed", "was killed", "ASSAULT", "", ["repression"],
   [], [], ["BGD"], ["one member from the police force"])
ev("blind34-10", "The United States condemned the political violence", "condemned", "ACCUSE", "disapprove", ["election"],
   ["USA"], ["The United States"], [], [])
ev("blind34-10", "We call for calm and restraint", "call for calm and restraint", "REQUEST", "change", ["election"],
   ["USA"], ["Assistant Secretary of State for South and Central Asian Affairs Donald Lu"], [], [])
ev("blind34-10", "We call for calm and restraint", "possible visa restrictions", "THREATEN", "restrict", ["election", "migration"],
   ["USA"], ["Assistant Secretary of State for South and Central Asian Affairs Donald Lu"], [], [])

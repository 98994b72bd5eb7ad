# ruff: noqa: E501  (data file: long text literals)
"""Texts and hand annotation of ``blind28.jsonl`` (evgold16, 2026-12-06).

Ten Voice of America news stories (public domain), taken from the search tool's ``pages`` store and
annotated blind, before any system ran on them. For each event: the document id, a sentence anchor
(a substring of exactly one sentence), the trigger (a substring of that sentence), the PLOVER
type, mode, contexts, actor / recipient codes with the words that name them, and the flags.
``build_blind28.py`` turns this into the JSONL and checks every offset.
"""

from __future__ import annotations

VOA = "Voice of America"

DOCS: list[dict] = [
    {
        "id": "blind28-01",
        "url": "https://www.voanews.com/a/a-13-2006-12-27-voa10/324158.html",
        "agency": VOA,
        "title": "Ethiopian, Somali Government Forces Continue Advances Against Islamist Troops",
        "published": "2006-12-27",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL",
        "truncated": True,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
                "stored copy ends mid-word in the eighth paragraph, which is kept up to its last "
                "complete sentence",
        "text": (
            "After a week of intense fighting to recapture territory from Islamists in Somalia, "
            "Ethiopian troops and forces loyal to the Somali interim government have regained the "
            "key town of Jowhar and have moved within 30 kilometers of the Islamist-held capital of "
            "Mogadishu. VOA Correspondent Alisha Ryu in our East Africa Bureau in Nairobi has "
            "details.\n"
            "Early Wednesday, residents in Jowhar say they saw Somali factional leader Mohamed "
            "Dheere lead government soldiers, backed by Ethiopian troops, into the town, located 90 "
            "kilometers north of the Islamist-held capital of Mogadishu.\n"
            "In a telephone interview with VOA, Dheere said the battle for Jowhar was intense, but "
            "casualties were light on both sides.\n"
            "He says the battle began shortly before noon on Tuesday and ended at dawn, when his "
            "troops successfully drove out about 1,000 Islamist fighters from Jowhar.\n"
            "The factional leader ruled Jowhar before the town fell to Islamist forces nearly seven "
            "months ago. Dheere says his forces are now ready to move toward Mogadishu and are "
            "preparing for a possible Islamist counter-attack in the town of Balad, just 30 "
            "kilometers north of the capital.\n"
            "He says Islamist fighters who fled Jowhar are regrouping outside of Balad. He says his "
            "forces are expecting the Islamists to carry out hit-and-run attacks against them "
            "because the Islamists have little chance of gaining ground against the government's "
            "superior firepower.\n"
            "That firepower, including air strikes, is being provided by neighboring Ethiopia, "
            "which is believed to have sent thousands of troops to Somalia to support and protect "
            "the country's U.N.-recognized-but-virtually powerless government headquartered in the "
            "town of Baidoa.\n"
            "The Islamists, who seized Mogadishu in June and controlled large parts of southern "
            "Somalia until a week ago, have declared a holy war on Ethiopian troops."
        ),
    },
    {
        "id": "blind28-02",
        "url": "https://www.voanews.com/a/a-13-2007-05-03-voa17/351960.html",
        "agency": VOA,
        "title": "NATO Urges Russia to Stop Threats Against Estonia",
        "published": "2007-05-03",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL",
        "truncated": False,
        "note": "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
                "title), the text-size widget 'XS SM MD LG'; whole story",
        "text": (
            "NATO is calling on Russia to stop threats against the Estonian embassy in Moscow and to "
            "resolve a dispute over the relocation of a Soviet war memorial in Estonia's capital.\n"
            "A NATO statement Thursday says Russia must immediately stop what it calls "
            "\"unacceptable actions\" against the Estonian ambassador and her diplomatic staff.\n"
            "On Wednesday, protesters in Moscow broke into a news conference by the ambassador, and "
            "her bodyguards used pepper spray to keep the intruders from storming the stage.\n"
            "Russia has also cut oil supplies to Estonia, saying the Russian state-run railway needs "
            "to repair tracks used to transport the oil.\n"
            "Estonia also charges that computer hackers working from inside the Kremlin forced the "
            "Estonian government's web sites to shut down. Russian authorities have not responded "
            "to the charge, but accuse Estonian police of torturing Russian-speaking detainees from "
            "protests in Tallinn last week.\n"
            "In Moscow Thursday, Russian Foreign Minister Sergei Lavrov demanded immediate access to "
            "the jailed ethnic Russians. A ministry statement says Lavrov conveyed his demand to his "
            "Estonian counterpart by telephone. The ministry also says Lavrov sought to reassure "
            "Estonia that Moscow police are taking \"all possible measures\" to ensure that "
            "demonstrators outside the Estonian embassy stay within the law.\n"
            "Ethnic Russians in Estonia and the Kremlin say relocation of the war memorial in "
            "Tallinn is an insult to Soviet troops who liberated Estonia from the Nazis in World War "
            "II. Many Estonians say the memorial was a reminder of the Soviet Union's 50-year "
            "occupation of their country."
        ),
    },
    {
        "id": "blind28-03",
        "url": "http://burmese.voanews.com/a/a-27-2007-09-26-voa4-93522229/1234136.html",
        "agency": VOA,
        "title": "Burmese Troops Open Fire on Pro-Democracy Protesters",
        "published": "2007-09-26",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL (an English story on the VOA Burmese site)",
        "truncated": True,
        "note": "removed: the Burmese-language 'Accessibility links' and 'Breaking News' labels, "
                "the headline (kept in title); the stored copy ends mid-sentence, the cut last "
                "sentence is dropped; source typo 'opened fired' kept",
        "text": (
            "Burmese soldiers have opened fired on pro-democracy protesters in Rangoon, as the "
            "military junta tries to suppress the biggest challenge to its rule in nearly 20 years.\n"
            "Witnesses report at least three people have been killed. Monks, who have been at the "
            "forefront of the demonstrations, are said to be among the victims.\n"
            "Witnesses say tens of thousands of people marched through Rangoon Wednesday, defying a "
            "ban on demonstrations. Residents of Burma's main city say they heard gunfire and tear "
            "gas canisters exploding throughout the day. Witnesses say more than 100 people have "
            "been arrested and hundreds injured.\n"
            "The Reuters news agency reports that as the dusk-to-dawn curfew imposed Tuesday took "
            "effect, the streets were nearly deserted.\n"
            "Small protests began last month over an increase in fuel prices, but in the past week, "
            "tens of thousands of people have taken to the streets of Rangoon and Mandalay to "
            "protest 45 years of military rule.\n"
            "Earlier Wednesday, witnesses say security forces used tear gas and batons to break up "
            "a gathering of Buddhist monks and activists at the revered Shwedagon and Sule pagodas.\n"
            "There are reports of increased security around the home of opposition leader Aung San "
            "Suu Kyi, who continues to be under house arrest.\n"
            "Overnight Tuesday, security forces arrested pro-democracy politician Win Naing and the "
            "popular comedian Zaganar. Both have been outspoken supporters of the monks' call for "
            "freedom and democracy.\n"
            "Buddhist monks are greatly respected in Burma and belong to the only organization in "
            "the country comparable to the government in influence.\n"
            "The military junta has overseen the economic decline of the resource-rich nation in "
            "the past decades, but has brutally suppressed any opposition to its rule."
        ),
    },
    {
        "id": "blind28-04",
        "url": "https://www.voanews.com/a/a-13-2007-09-28-voa4/348858.html",
        "agency": VOA,
        "title": "Burmese Security Forces Disperse Protesters",
        "published": "2007-09-28",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL",
        "truncated": True,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy ends mid-word, the cut last paragraph is dropped; source wording "
                "'played cat and mouse repeatedly confronted' kept",
        "text": (
            "Burmese security forces have again used gunfire to disperse thousands of "
            "anti-government protesters in Rangoon, in the third day of government crackdown that "
            "has killed at least 10 people.\n"
            "Witnesses say thousands of pro-democracy demonstrators gathered Friday near the Sule "
            "Pagoda, which has been a focal point of the protests. One protester told VOA by "
            "telephone that police and soldiers used live ammunition and batons against the crowd. "
            "There were no immediate reports of injuries.\n"
            "Elsewhere in Rangoon, protesters played cat and mouse repeatedly confronted, withdrew "
            "and then regrouped to engage again with security forces for hours before nightfall.\n"
            "Singapore's foreign ministry says a Singapore national was injured by a rubber bullet "
            "during Friday's demonstrations in Burma. Further details about the man were not "
            "immediately available.\n"
            "Burma's military government said its security forces killed nine people and wounded "
            "11 others Thursday as authorities tried to disperse tens of thousands of pro-democracy "
            "protesters. The government said one person was killed on Wednesday. Australian "
            "Ambassador Bob Davis says the death toll is likely several times higher.\n"
            "A Japanese journalist was among the dead, and there are unconfirmed reports that "
            "another Buddhist monk was killed.\n"
            "In a further attempt to clamp down, residents say Burmese authorities have cut off "
            "Internet access. Media rights groups, Reporters Without Borders and Burma Media "
            "Association, say soldiers on Thursday raided hotels of foreign journalists and shut "
            "down newspapers that refused to print government propaganda.\n"
            "In recent days, security forces in Rangoon and Mandalay have been raiding Buddhist "
            "monasteries and detaining monks accused of instigating the recent demonstrations."
        ),
    },
    {
        "id": "blind28-05",
        "url": "https://www.voanews.com/a/a-13-2007-11-02-voa31-66525237/553609.html",
        "agency": VOA,
        "title": "LRA to Meet With Uganda's President",
        "published": "2007-11-02",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL",
        "truncated": True,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy ends mid-sentence, the cut last paragraph is dropped; source "
                "typos 'Kamapala.The' and 'Lords Resistance' kept",
        "text": (
            "Representatives of the Lord's Resistance Army rebel movement are on a historic visit "
            "to the Ugandan capital, Kampala. As Derek Kilner reports from VOA's East Africa bureau "
            "in Nairobi, the delegation plans to meet with President Yoweri Museveni and consult "
            "with Ugandans in other parts of the country about ongoing peace negotiations.\n"
            "The visit by the rebels, who arrived in Kampala on Thursday is the first by the Lord's "
            "Resistance Army (LRA), since peace talks began in southern Sudan in July 2006. The "
            "talks adjourned in June to allow the two sides to engage in consultations with people "
            "in Uganda.\n"
            "Notably lacking from LRA's delegation are the top military commanders. Leader Joseph "
            "Kony and three of his deputies are wanted by the International Criminal Court for "
            "crimes committed during the conflict, including amputations and the forced "
            "recruitment of child soldiers. They may fear being arrested if they were to show up "
            "in Kamapala.The delegation is headed by Martin Ojul.\n"
            "LRA spokesman Godfrey Ayoo says the rebels plan to meet with President Museveni in "
            "coming days. He says the delegation has been warmly received in Kampala.\n"
            "\"The reception that the Lords Resistance Movement/Army's peace delegation has "
            "received in Uganda has been wonderful. There's a lot of excitement, a lot of "
            "expectation,\" he said.\n"
            "Ayoo says the purpose of the delegation is to demonstrate that his group wants peace "
            "and to involve the Ugandan people in the peace process.\n"
            "\"The common people must be involved in a solution to the conflict so that the "
            "implementation of this agreement that we have entered into should be supported by the "
            "people of Uganda, so that whatever agreement we sign with the government should not "
            "be strange to the people of Uganda,\" he added."
        ),
    },
    {
        "id": "blind28-06",
        "url": "https://www.voanews.com/a/a-13-2007-11-15-voa11/331453.html",
        "agency": VOA,
        "title": "Pakistani Army Claims Success in Battles Against Swat Valley Militants",
        "published": "2007-11-15",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL",
        "truncated": False,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "whole story, wire-credit line kept; source spelling 'Fazlulla' kept",
        "text": (
            "Pakistan's army says troops killed 20 militants Thursday, in the northwestern Swat "
            "Valley as security forces stepped up a campaign to drive Islamic rebels out of the "
            "scenic ski resort area.\n"
            "The battles came a day after the army said that 33 fighters were killed after "
            "helicopter gunships pounded insurgent hideouts.\n"
            "Local media reports said at least 60 people, including several civilians, were killed "
            "during the military operations. But an army spokesman said he had no information about "
            "civilian deaths.\n"
            "Unrest erupted in the Swat Valley last month when pro-Taliban cleric, Maulana "
            "Fazlulla, declared a holy war against the government, spreading his message through a "
            "pirate FM radio station.\n"
            "Over the past two weeks, militant fighters seized control of several towns and police "
            "stations without much resistance from the army.\n"
            "Nearly 250 people have been killed during the unrest.\n"
            "President Pervez Musharraf justified imposing emergency rule - in part - to crack down "
            "on rising militant attacks.\n"
            "Some information for this report was provided by AFP, AP and Reuters."
        ),
    },
    {
        "id": "blind28-07",
        "url": "https://www.voanews.com/a/a-13-2009-09-22-voa20-68665232/408436.html",
        "agency": VOA,
        "title": "Honduran Security Breaks Up Pro-Zelaya Protests",
        "published": "2009-09-22",
        "date_approximate": False,
        "date_note": "date from the VOA archive URL",
        "truncated": True,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "the stored copy ends mid-word in the last paragraph, which is kept up to its "
                "last complete sentence",
        "text": (
            "Riot police in Honduras on Tuesday broke up marches by supporters of ousted President "
            "Manuel Zelaya, who has sought refuge in the Brazilian embassy in Tegucigalpa.\n"
            "Mr. Zelaya announced his return to Tegucigalpa on Monday, three months after he was "
            "seized by security forces and taken out of the country by airplane. Speaking from "
            "inside the Brazilian embassy, Mr. Zelaya said he remains the elected president of the "
            "country and called on his followers to show their support.\n"
            "Thousands of people gathered outside the embassy early Tuesday, even after the interim "
            "government imposed a ban on public gatherings and a curfew.\n"
            "Security forces fired tear gas to break up the pro-Zelaya marchers, who are also "
            "accused of vandalizing buildings in the country's capital overnight.\n"
            "Mr. Zelaya told reporters he feared the interim government would provoke violence and "
            "might even invade the Brazilian embassy compound to seize him.\n"
            "In Brazil, President Luiz Inacio Lula da Silva said he spoke by telephone with the "
            "ousted leader, who, he said, urged his supporters pursue peaceful demonstrations.\n"
            "The Brazilian leader said he told Mr. Zelaya not to give the interim government a "
            "pretext to resort to violence in the standoff.\n"
            "Mr. da Silva said he hoped that Honduran security forces would not enter the Brazilian "
            "embassy, and asked the nation's interim government to negotiate a resolution to the "
            "crisis.\n"
            "Interim President Roberto Micheletti called on Brazil to hand over Mr. Zelaya to face "
            "trial on 18 charges, including treason. He also questioned why Mr. Zelaya chose to "
            "return now - two months ahead of new presidential elections.\n"
            "Mr. Micheletti said the ousted leader and his supporters have been trying to block the "
            "November elections for several weeks.\n"
            "U.S. State Department Spokesman, Ian Kelly called for dialogue between the ousted "
            "president and the interim government."
        ),
    },
    {
        "id": "blind28-08",
        "url": "http://www.voanews.com/content/us-officials-visit-somali-refugees-press-for-famine-"
               "assistance-127330003/158629.html",
        "agency": VOA,
        "title": "US Officials Visit Somali Refugees, Press for Famine Assistance",
        "published": "2011-08-09",
        "date_approximate": True,
        "date_note": "the URL carries no date; the photo caption dates the camp visit to Monday "
                     "Aug. 8, 2011 and Frist is back in Washington 'Tuesday'",
        "truncated": True,
        "note": "removed: 'News / Africa', the headline (kept in title), the photo caption "
                "(printed twice); the stored copy ends inside a quotation, whose paragraph is "
                "dropped",
        "text": (
            "U.S. officials and politicians say the need for famine aid in Somalia is growing "
            "faster than food shipments can arrive. Jill Biden, the wife of U.S. Vice President Joe "
            "Biden, led a group of officials to a refugee camp in Kenya where more than 400,000 "
            "Somali refugees have fled the drought and famine in their homeland.\n"
            "A day after visiting the Dadaab refugee camp in Kenya, former U.S. Senator Bill Frist "
            "was back in Washington Tuesday, saying more must be done to help famine victims. \"A "
            "lot of people don't realize, especially in this environment of what's happening in "
            "terms of the economy here and at home, that this is the most acute food security "
            "emergency anywhere in the world now and in recent years,\" he said.\n"
            "Aid groups say more than 12 million people across the Horn of Africa are in need of "
            "care as a result of the region's worst drought in 60 years.\n"
            "To call attention to the famine, Frist joined Jill Biden, the wife of Vice President "
            "Joe Biden, and several other officials in visiting the camp on Monday, the same day "
            "the White House announced an additional $105 million in drought assistance for "
            "Somalia, Kenya and Ethiopia."
        ),
    },
    {
        "id": "blind28-09",
        "url": "https://www.voanews.com/a/drone-strike-kills-3-in-yemen/1678317.html",
        "agency": VOA,
        "title": "Drone Strike Kills 3 in Yemen",
        "published": "2013-06-09",
        "date_approximate": True,
        "date_note": "the URL carries no date; Obama's counter-terrorism speech (May 23, 2013) "
                     "was 'last month' and the strike was on a Sunday, so a Sunday in June 2013",
        "truncated": False,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
                "whole story",
        "text": (
            "Yemeni security and tribal sources say an apparent U.S. drone strike has killed at "
            "least three suspected al-Qaida militants in the north of the country.\n"
            "The sources said several drone-fired missiles struck at least one vehicle carrying the "
            "militants in the northern province of al-Jawf on Sunday.\n"
            "U.S. drones have repeatedly targeted al-Qaida's Yemen-based affiliate in recent years. "
            "Washington considers al-Qaida in the Arabian Peninsula to be one of the world's most "
            "dangerous terrorist groups.\n"
            "U.S. President Barack Obama acknowledged the use of drones in a policy speech on "
            "counter-terrorism last month, saying the secretive military tactic \"narrowly\" "
            "targets al-Qaida and its affiliates. But, Obama also said drones are used only in "
            "\"heavily constrained\" circumstances because such U.S. action in foreign lands "
            "impacts public opinion overseas and risk creating more enemies of the United States."
        ),
    },
    {
        "id": "blind28-10",
        "url": "https://voanews.com/a/vietnam-exchanges-water-cannon-spray-with-china-near-"
               "disputed-oil-rig-/1912798.html",
        "agency": VOA,
        "title": "Vietnam, China Exchange Water Cannon Spray Near Disputed Oil Rig",
        "published": "2014-05-12",
        "date_approximate": True,
        "date_note": "the URL carries no date; the story follows the ASEAN summit in Burma that "
                     "ended on Sunday May 11, 2014 and reports Monday's events",
        "truncated": True,
        "note": "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
                "the map caption (printed twice), the photo caption 'FILE - In this photo "
                "released by Vietnam Coast Guard ...' (printed twice); the stored copy ends "
                "inside a quotation, the last paragraph is kept up to its last complete sentence",
        "text": (
            "Vietnam's state-run media says one of the country's patrol ships has exchanged water "
            "cannon fire with Chinese vessels in an escalating dispute over Beijing's placement of "
            "an oil rig in disputed waters of the South China Sea.\n"
            "The reports say the two sides shot high pressured water at each other Monday near the "
            "site of the oil rig, there were no reports of casualties.\n"
            "At the just-concluded ASEAN summit in Burma, also known as Myanmar, Vietnamese Prime "
            "Minister Nguyen Tan Dung accused Beijing of \"extremely dangerous action\" and called "
            "for the bloc to take a united stand on the issue.\n"
            "ASEAN expressed \"serious concern\" over the situation and called for a peaceful "
            "resolution, but it did not mention China by name.\n"
            "Monday, Chinese Foreign Ministry spokeswoman Hua Chunying said Hanoi's efforts to "
            "rally ASEAN against Beijing are bound to fail.\n"
            "\"The facts prove that Vietnam's attempt to rope in other parties and put pressure on "
            "China will not succeed,\" she said. \"We hope that Vietnam can see the situation "
            "clearly, calmly face up to reality, and stop harassing Chinese operations.\"\n"
            "Su Hao, director of the Center for Strategic and Conflict Management at China Foreign "
            "Affairs University, said Hanoi is the one trying to change the status quo, not "
            "Beijing."
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


M, T = "military", "territory"

D = "blind28-01"
ev(D, "After a week of intense fighting", "intense fighting", "ASSAULT", "", [M],
   ["ETH", "SOM", "SOM"], ["Ethiopian troops", "forces loyal to the Somali interim government",
                           "Islamists"])
ev(D, "After a week of intense fighting", "have regained", "COERCE", "seize", [M, T],
   ["ETH", "SOM"], ["Ethiopian troops", "forces loyal to the Somali interim government"])
ev(D, "After a week of intense fighting", "have moved within 30 kilometers", "MOBILIZE", "troops",
   [M], ["ETH", "SOM"], ["Ethiopian troops", "forces loyal to the Somali interim government"])
ev(D, "Early Wednesday, residents in Jowhar", "lead government soldiers", "COERCE", "seize",
   [M, T], ["SOM"], ["Somali factional leader Mohamed Dheere"])
ev(D, "Early Wednesday, residents in Jowhar", "backed by", "AID", "", [M], ["ETH"],
   ["Ethiopian troops"], ["SOM"], ["government soldiers"])
ev(D, "He says the battle began", "drove out", "ASSAULT", "", [M], ["SOM"], ["his troops"],
   ["SOM"], ["about 1,000 Islamist fighters"])
ev(D, "The factional leader ruled Jowhar", "fell to", "COERCE", "seize", [M, T], ["SOM"],
   ["Islamist forces"])
ev(D, "Dheere says his forces are now ready", "are now ready to move", "MOBILIZE", "troops", [M],
   ["SOM"], ["his forces"])
ev(D, "Dheere says his forces are now ready", "counter-attack", "ASSAULT", "", [M], ["SOM"],
   ["Islamist"], hypothetical=True)
ev(D, "He says Islamist fighters who fled", "fled", "RETREAT", "withdraw", [M], ["SOM"],
   ["Islamist fighters"])
ev(D, "He says Islamist fighters who fled", "are regrouping", "MOBILIZE", "militia", [M], ["SOM"],
   ["Islamist fighters"])
ev(D, "expecting the Islamists to carry out", "to carry out hit-and-run attacks", "ASSAULT", "",
   [M], ["SOM"], ["the Islamists"], ["SOM"], ["his forces"], hypothetical=True)
ev(D, "That firepower, including air strikes", "is being provided", "AID", "", [M], ["ETH"],
   ["neighboring Ethiopia"], ["SOM"], ["the country's U.N.-recognized-but-virtually powerless "
                                       "government"])
ev(D, "That firepower, including air strikes", "to have sent thousands of troops", "AID", "", [M],
   ["ETH"], ["neighboring Ethiopia"], ["SOM"], ["the country's U.N.-recognized-but-virtually "
                                                "powerless government"])
ev(D, "The Islamists, who seized Mogadishu", "seized Mogadishu", "COERCE", "seize", [M, T],
   ["SOM"], ["The Islamists"])
ev(D, "The Islamists, who seized Mogadishu", "have declared a holy war", "THREATEN", "violence",
   [M, "religion_ethnicity"], ["SOM"], ["The Islamists"], ["ETH"], ["Ethiopian troops"])

D = "blind28-02"
ev(D, "NATO is calling on Russia", "is calling on", "REQUEST", "change", ["diplomatic"], ["IGO"],
   ["NATO"], ["RUS"], ["Russia"])
ev(D, "A NATO statement Thursday", "must immediately stop", "REQUEST", "change", ["diplomatic"],
   ["IGO"], ["NATO"], ["RUS"], ["Russia"])
ev(D, "A NATO statement Thursday", "what it calls \"unacceptable actions\"", "ACCUSE",
   "disapprove", ["diplomatic"], ["IGO"], ["NATO"], ["RUS"], ["Russia"])
ev(D, "protesters in Moscow broke into", "broke into", "PROTEST", "obstruct", ["diplomatic"],
   ["RUS"], ["protesters in Moscow"], ["EST"], ["the ambassador"])
ev(D, "protesters in Moscow broke into", "used pepper spray", "ASSAULT", "", [],
   ["EST"], ["her bodyguards"], ["RUS"], ["the intruders"])
ev(D, "Russia has also cut oil supplies", "has also cut oil supplies", "SANCTION", "discontinue",
   ["economic", "natural_resource"], ["RUS"], ["Russia"], ["EST"], ["Estonia"])
ev(D, "Estonia also charges that", "charges", "ACCUSE", "allege", ["cyber"], ["EST"], ["Estonia"],
   ["RUS"], ["the Kremlin"])
ev(D, "Russian authorities have not responded", "accuse", "ACCUSE", "allege", ["human_rights"],
   ["RUS"], ["Russian authorities"], ["EST"], ["Estonian police"])
ev(D, "Lavrov demanded immediate access", "demanded", "REQUEST", "", ["diplomatic"], ["RUS"],
   ["Russian Foreign Minister Sergei Lavrov"])
ev(D, "Lavrov conveyed his demand", "by telephone", "CONSULT", "phone", ["diplomatic"],
   ["RUS", "EST"], ["Lavrov", "his Estonian counterpart"])
ev(D, "Lavrov sought to reassure", "sought to reassure", "AGREE", "", ["diplomatic"], ["RUS"],
   ["Lavrov"], ["EST"], ["Estonia"])
ev(D, "Ethnic Russians in Estonia and the Kremlin", "is an insult", "ACCUSE", "disapprove",
   ["religion_ethnicity"], ["EST", "RUS"], ["Ethnic Russians in Estonia", "the Kremlin"])

D = "blind28-03"
ev(D, "Burmese soldiers have opened fired", "have opened fired on", "ASSAULT", "firearms",
   ["repression", "pro_democracy"], ["MMR"], ["Burmese soldiers"], ["MMR"],
   ["pro-democracy protesters"])
ev(D, "Burmese soldiers have opened fired", "tries to suppress", "COERCE", "", ["repression"],
   ["MMR"], ["the military junta"])
ev(D, "tens of thousands of people marched through Rangoon", "marched", "PROTEST", "demo",
   ["pro_democracy"], ["MMR"], ["tens of thousands of people"])
ev(D, "more than 100 people have been arrested", "have been arrested", "COERCE", "arrest",
   ["repression"], [], [], ["MMR"], ["more than 100 people"])
ev(D, "have taken to the streets of Rangoon and Mandalay", "have taken to the streets", "PROTEST",
   "demo", ["pro_democracy"], ["MMR"], ["tens of thousands of people"])
ev(D, "security forces used tear gas and batons", "used tear gas and batons", "ASSAULT",
   "", ["repression", "religion_ethnicity"], ["MMR"], ["security forces"], ["MMR"],
   ["Buddhist monks and activists"])
ev(D, "There are reports of increased security", "increased security", "MOBILIZE", "police",
   ["repression"], [], [], ["MMR"], ["opposition leader Aung San Suu Kyi"])
ev(D, "security forces arrested pro-democracy politician", "arrested", "COERCE", "arrest",
   ["repression", "pro_democracy"], ["MMR"], ["security forces"], ["MMR", "MMR"],
   ["pro-democracy politician Win Naing", "the popular comedian Zaganar"])
ev(D, "Both have been outspoken supporters", "call for freedom and democracy", "REQUEST", "change",
   ["pro_democracy"], ["MMR"], ["the monks'"])
ev(D, "has brutally suppressed any opposition", "has brutally suppressed", "COERCE", "",
   ["repression"], ["MMR"], ["The military junta"])

D = "blind28-04"
ev(D, "Burmese security forces have again used gunfire", "used gunfire", "ASSAULT", "firearms",
   ["repression"], ["MMR"], ["Burmese security forces"], ["MMR"],
   ["thousands of anti-government protesters"])
ev(D, "thousands of pro-democracy demonstrators gathered", "gathered", "PROTEST", "demo",
   ["pro_democracy"], ["MMR"], ["thousands of pro-democracy demonstrators"])
ev(D, "police and soldiers used live ammunition", "used live ammunition and batons", "ASSAULT",
   "firearms", ["repression"], ["MMR"], ["police and soldiers"], ["MMR"], ["the crowd"])
ev(D, "protesters played cat and mouse", "confronted", "PROTEST", "demo", ["pro_democracy"],
   ["MMR"], ["protesters"], ["MMR"], ["security forces"])
ev(D, "a Singapore national was injured", "was injured by a rubber bullet", "ASSAULT",
   "", ["repression"], [], [], ["SGP"], ["a Singapore national"])
ev(D, "its security forces killed nine people", "killed", "ASSAULT", "", ["repression"], ["MMR"],
   ["its security forces"], ["MMR"], ["nine people"])
ev(D, "Burmese authorities have cut off", "have cut off Internet access", "COERCE", "censor",
   ["repression"], ["MMR"], ["Burmese authorities"])
ev(D, "Media rights groups, Reporters Without Borders", "say", "ACCUSE", "allege",
   ["rights_freedoms"], ["NGO", "NGO"], ["Reporters Without Borders", "Burma Media Association"],
   ["MMR"], ["soldiers"])
ev(D, "Media rights groups, Reporters Without Borders", "raided", "COERCE", "seize",
   ["rights_freedoms"], ["MMR"], ["soldiers"])
ev(D, "Media rights groups, Reporters Without Borders", "shut down newspapers", "COERCE", "censor",
   ["rights_freedoms"], ["MMR"], ["soldiers"], ["MMR"], ["newspapers"])
ev(D, "Media rights groups, Reporters Without Borders", "refused", "REJECT", "",
   ["rights_freedoms"], ["MMR"], ["newspapers"], ["MMR"], ["government"])
ev(D, "have been raiding Buddhist monasteries", "raiding", "COERCE", "seize",
   ["repression", "religion_ethnicity"], ["MMR"], ["security forces in Rangoon and Mandalay"],
   ["MMR"], ["Buddhist monasteries"])
ev(D, "have been raiding Buddhist monasteries", "detaining", "COERCE", "arrest", ["repression"],
   ["MMR"], ["security forces in Rangoon and Mandalay"], ["MMR"], ["monks"])
ev(D, "have been raiding Buddhist monasteries", "accused", "ACCUSE", "allege", ["repression"],
   [], [], ["MMR"], ["monks"])

D = "blind28-05"
ev(D, "are on a historic visit", "historic visit", "CONSULT", "visit", [M], ["UGA"],
   ["Representatives of the Lord's Resistance Army rebel movement"], ["UGA"],
   ["the Ugandan capital, Kampala"])
ev(D, "the delegation plans to meet", "plans to meet", "AGREE", "", [M], ["UGA"],
   ["the delegation"], ["UGA"], ["President Yoweri Museveni"], future=True)
ev(D, "the delegation plans to meet", "consult", "AGREE", "", [M], ["UGA"], ["the delegation"],
   ["UGA"], ["Ugandans"], future=True)
ev(D, "are wanted by the International Criminal Court", "are wanted", "THREATEN", "arrest",
   ["legal", "human_rights"], ["IGO"], ["the International Criminal Court"], ["UGA"],
   ["Leader Joseph Kony and three of his deputies"])
ev(D, "They may fear being arrested", "being arrested", "COERCE", "arrest", ["legal"], [], [],
   ["UGA"], ["They"], hypothetical=True)
ev(D, "Ayoo says the rebels plan to meet", "plan to meet", "AGREE", "", [M], ["UGA"],
   ["the rebels"], ["UGA"], ["President Museveni"], future=True)
ev(D, "warmly received in Kampala", "warmly received", "SUPPORT", "", [M], [], [], ["UGA"],
   ["the delegation"])
ev(D, "The common people must be involved", "must be involved", "REQUEST", "change", [M],
   ["UGA"], ["he"])
ev(D, "The common people must be involved", "we have entered into", "AGREE", "", [M], ["UGA"],
   ["we"])

D = "blind28-06"
ev(D, "Pakistan's army says troops killed", "killed", "ASSAULT", "", [M, "terrorism"], ["PAK"],
   ["troops"], ["PAK"], ["20 militants"])
ev(D, "Pakistan's army says troops killed", "stepped up a campaign", "ASSAULT", "", [M],
   ["PAK"], ["security forces"], ["PAK"], ["Islamic rebels"])
ev(D, "helicopter gunships pounded", "pounded", "ASSAULT", "aerial", [M], ["PAK"],
   ["helicopter gunships"], ["PAK"], ["insurgent hideouts"])
ev(D, "declared a holy war against the government", "declared a holy war", "THREATEN",
   "violence", ["religion_ethnicity"], ["PAK"], ["pro-Taliban cleric, Maulana Fazlulla"], ["PAK"],
   ["the government"])
ev(D, "militant fighters seized control", "seized control", "COERCE", "seize", [M, T], ["PAK"],
   ["militant fighters"])
ev(D, "President Pervez Musharraf justified", "imposing emergency rule", "COERCE", "",
   ["political_institutions"], ["PAK"], ["President Pervez Musharraf"])

D = "blind28-07"
ev(D, "Riot police in Honduras on Tuesday", "broke up", "COERCE", "restrict", ["repression"],
   ["HND"], ["Riot police in Honduras"], ["HND"], ["supporters of ousted President Manuel Zelaya"])
ev(D, "Riot police in Honduras on Tuesday", "has sought refuge", "AID", "", ["asylum"], ["BRA"],
   ["the Brazilian embassy"], ["HND"], ["ousted President Manuel Zelaya"])
ev(D, "Mr. Zelaya announced his return", "was seized", "COERCE", "", ["political_institutions"],
   ["HND"], ["security forces"], ["HND"], ["he"])
ev(D, "Mr. Zelaya announced his return", "taken out of the country", "COERCE", "deport",
   ["political_institutions"], ["HND"], ["security forces"], ["HND"], ["he"])
ev(D, "called on his followers", "called on", "REQUEST", "", ["political_institutions"], ["HND"],
   ["Mr. Zelaya"], ["HND"], ["his followers"])
ev(D, "Thousands of people gathered outside the embassy", "gathered", "PROTEST", "demo",
   ["political_institutions"], ["HND"], ["Thousands of people"])
ev(D, "Thousands of people gathered outside the embassy", "a ban on public gatherings", "COERCE",
   "restrict", ["repression"], ["HND"], ["the interim government"])
ev(D, "Thousands of people gathered outside the embassy", "a curfew", "COERCE", "curfew",
   ["repression"], ["HND"], ["the interim government"])
ev(D, "Security forces fired tear gas", "fired tear gas", "ASSAULT", "",
   ["repression"], ["HND"], ["Security forces"], ["HND"], ["the pro-Zelaya marchers"])
ev(D, "Security forces fired tear gas", "accused", "ACCUSE", "allege", ["crime"], [], [], ["HND"],
   ["the pro-Zelaya marchers"])
ev(D, "he feared the interim government", "invade the Brazilian embassy compound", "COERCE",
   "seize", ["diplomatic"], ["HND"], ["the interim government"], ["BRA"],
   ["the Brazilian embassy compound"], hypothetical=True)
ev(D, "he spoke by telephone", "spoke by telephone", "CONSULT", "phone", ["diplomatic"],
   ["BRA", "HND"], ["President Luiz Inacio Lula da Silva", "the ousted leader"])
ev(D, "he spoke by telephone", "urged", "REQUEST", "", ["political_institutions"], ["HND"],
   ["the ousted leader"], ["HND"], ["his supporters"])
ev(D, "he told Mr. Zelaya not to give", "told Mr. Zelaya not to give", "REQUEST", "change",
   ["diplomatic"], ["BRA"], ["The Brazilian leader"], ["HND"], ["Mr. Zelaya"])
ev(D, "Mr. da Silva said he hoped", "hoped", "REQUEST", "", ["diplomatic"], ["BRA"],
   ["Mr. da Silva"], ["HND"], ["Honduran security forces"])
ev(D, "Mr. da Silva said he hoped", "asked", "REQUEST", "meet", ["diplomatic"], ["BRA"],
   ["Mr. da Silva"], ["HND"], ["the nation's interim government"])
ev(D, "Interim President Roberto Micheletti called on Brazil", "called on", "REQUEST", "",
   ["diplomatic", "legal"], ["HND"], ["Interim President Roberto Micheletti"], ["BRA"], ["Brazil"])
ev(D, "Interim President Roberto Micheletti called on Brazil", "18 charges", "ACCUSE", "allege",
   ["legal"], [], [], ["HND"], ["Mr. Zelaya"])
ev(D, "He also questioned why", "questioned", "ACCUSE", "disapprove", ["political_institutions"],
   ["HND"], ["He"], ["HND"], ["Mr. Zelaya"])
ev(D, "Mr. Micheletti said the ousted leader", "said", "ACCUSE", "allege", ["election"], ["HND"],
   ["Mr. Micheletti"], ["HND", "HND"], ["the ousted leader", "his supporters"])
ev(D, "Ian Kelly called for dialogue", "called for dialogue", "REQUEST", "meet",
   ["political_institutions"], ["USA"], ["U.S. State Department Spokesman, Ian Kelly"],
   ["HND", "HND"], ["the ousted president", "the interim government"])

D = "blind28-08"
ev(D, "led a group of officials to a refugee camp", "led a group of officials", "CONSULT",
   "visit", ["human_security"], ["USA"], ["Jill Biden, the wife of U.S. Vice President Joe Biden"],
   ["KEN"], ["Kenya"])
ev(D, "A day after visiting the Dadaab refugee camp", "visiting", "CONSULT", "visit",
   ["human_security"], ["USA"], ["former U.S. Senator Bill Frist"], ["KEN"], ["Kenya"])
ev(D, "A day after visiting the Dadaab refugee camp", "more must be done", "REQUEST", "assist",
   ["human_security", "disasters"], ["USA"], ["former U.S. Senator Bill Frist"])
ev(D, "Frist joined Jill Biden", "in visiting the camp", "CONSULT", "visit", ["human_security"],
   ["USA", "USA"], ["Frist", "Jill Biden, the wife of Vice President Joe Biden"])
ev(D, "Frist joined Jill Biden", "announced an additional $105 million", "AID", "",
   ["human_security", "disasters"], ["USA"], ["the White House"], ["SOM", "KEN", "ETH"],
   ["Somalia", "Kenya", "Ethiopia"])

D = "blind28-09"
ev(D, "an apparent U.S. drone strike has killed", "drone strike has killed", "ASSAULT", "drone",
   ["terrorism"], ["USA"], ["U.S."], ["IMG"], ["suspected al-Qaida militants"])
ev(D, "several drone-fired missiles struck", "struck", "ASSAULT", "drone", ["terrorism"], [], [],
   ["IMG"], ["the militants"])
ev(D, "U.S. drones have repeatedly targeted", "have repeatedly targeted", "ASSAULT", "drone",
   ["terrorism"], ["USA"], ["U.S. drones"], ["IMG"], ["al-Qaida's Yemen-based affiliate"])

D = "blind28-10"
ev(D, "has exchanged water cannon fire", "has exchanged water cannon fire", "ASSAULT",
   "", [T, "natural_resource"], ["VNM", "CHN"],
   ["one of the country's patrol ships", "Chinese vessels"])
ev(D, "has exchanged water cannon fire", "placement of an oil rig", "MOBILIZE", "",
   [T, "natural_resource"], ["CHN"], ["Beijing's"])
ev(D, "the two sides shot high pressured water", "shot high pressured water", "ASSAULT",
   "", [T], ["VNM", "CHN"], ["the two sides", "the two sides"])
ev(D, "Nguyen Tan Dung accused Beijing", "accused", "ACCUSE", "allege", [T], ["VNM"],
   ["Vietnamese Prime Minister Nguyen Tan Dung"], ["CHN"], ["Beijing"])
ev(D, "Nguyen Tan Dung accused Beijing", "called for the bloc", "REQUEST", "change", [T],
   ["VNM"], ["Vietnamese Prime Minister Nguyen Tan Dung"], ["IGO"], ["the bloc"])
ev(D, "ASEAN expressed", "expressed \"serious concern\"", "ACCUSE", "disapprove", [T], ["IGO"],
   ["ASEAN"])
ev(D, "ASEAN expressed", "called for a peaceful resolution", "REQUEST", "change", [T], ["IGO"],
   ["ASEAN"])
ev(D, "Hua Chunying said", "are bound to fail", "ACCUSE", "disapprove", [T, "diplomatic"],
   ["CHN"], ["Chinese Foreign Ministry spokeswoman Hua Chunying"], ["VNM"], ["Hanoi's"])
ev(D, "The facts prove that", "will not succeed", "ACCUSE", "disapprove", [T, "diplomatic"],
   ["CHN"], ["she"], ["VNM"], ["Vietnam's"])
ev(D, "We hope that Vietnam", "We hope", "REQUEST", "change", [T], ["CHN"], ["We"], ["VNM"],
   ["Vietnam"])
ev(D, "Su Hao, director", "said", "ACCUSE", "allege", [T], ["CHN"], ["Su Hao"], ["VNM"],
   ["Hanoi"])

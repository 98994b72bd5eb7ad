"""Texts and annotation of the blind events set ``blind34.jsonl`` (evgold22, 2026-12-06).

Ten Voice of America news stories (public domain): seven read from the search tool's stored
pages (voanews.com, VOA's own publishing system voa.pangea-cms.com, and the VOA Bangla site,
which carries VOA's English newswire story), three from the VOA corpus
``shared/corpora/voa/voa_stories.jsonl`` whose URLs were unclaimed. Page furniture is removed
(named in each document's ``note``); the wording is otherwise exactly as stored. Each event is
written as: document id, a sentence anchor (a substring of exactly one sentence), the trigger (a
substring found once in that sentence), type, mode, contexts, actor codes, actor texts,
recipient codes, recipient texts and the flags. ``build_blind34.py`` turns this into
``blind34.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind34-01",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2009-05-04-voa38-68787637/360045.html",
        "agency": "Voice of America",
        "title": "Sri Lankan Military Claims Capturing Rebel Position, Killing Senior Rebel",
        "published": "2009-05-04",
        "date_approximate": False,
        "date_note": "date from the VOA archive path (a-13-2009-05-04); the story says 'Monday', "
                     "which 4 May 2009 was",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
            "title), the closing credit line 'Some information for this report was provided "
            "by AP.' and the size switcher 'XS SM MD LG'; host is VOA's own publishing system "
            "(preview copy of the voanews.com story)"
        ),
        "text": (
            "Sri Lanka's military says it has captured a Tamil Tiger rebel fortification and "
            "killed a senior rebel, as it pushes deeper into a Tamil-controlled enclave in the "
            "country's north.\n"
            "The military said Monday it seized the fortified embankment after heavy fighting "
            "Sunday. It said the rebels suffered heavy losses, including senior Tiger leader "
            "Thamilendi.\n"
            "There was no comment from the rebels.\n"
            "Sri Lanka's government says troops are moving slowly into the rebels' last "
            "stronghold, a coastal strip of territory several kilometers long. Tens of thousands "
            "of civilians are thought to be trapped there.\n"
            "Also Monday, a delegation of British lawmakers began a visit to Sri Lanka to examine "
            "the plight of civilians affected by the conflict. They are expected to tour "
            "displacement camps in the north housing tens of thousands of civilians who have "
            "fled the fighting.\n"
            "The delegation includes former British Defense Secretary Des Browne, who was "
            "appointed as Britain's special envoy for Sri Lanka earlier this year. Sri Lanka's "
            "government rejected the appointment as foreign interference.\n"
            "In other news, a group of leading human rights advocates condemned the U.N. "
            "Security Council's inaction as tens of thousands of civilians remain trapped in Sri "
            "Lanka's war zone. The group said the Security Council no longer can deny the facts "
            "on the ground as civilians are held hostage, shelled by government forces and "
            "living in abysmal conditions.\n"
            "It said that some Council members continue to block any meaningful action, despite "
            "numerous pleas by diplomats and U.N. officials for the U.N. to call upon the Colombo "
            "government and the rebels to stop hostilities.\n"
            "Tamil rebels have been fighting for an independent homeland in Sri Lanka since 1983. "
            "Tens of thousands of people have died in the civil war."
        ),
    },
    {
        "id": "blind34-02",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-05-25-voa23-66555167/554733.html",
        "agency": "Voice of America",
        "title": "Israel air strikes on Gaza and Palestinian rocket fire (VOA report from Jerusalem)",
        "published": "2007-05-25",
        "date_approximate": False,
        "date_note": "date from the VOA archive path (a-13-2007-05-25); the stored copy carries "
                     "no headline, the title is descriptive",
        "truncated": False,
        "note": (
            "removed: the reporter line 'Robert Berger reports from the VOA bureau in "
            "Jerusalem.' (third sentence of the first paragraph); the stored copy has no other "
            "furniture and ends on a complete paragraph; host is VOA's own publishing system"
        ),
        "text": (
            "Israel has launched another wave of air strikes on the Palestinian-ruled Gaza Strip, "
            "wounding at least 10 people. Palestinian militants responded by firing more rockets "
            "across the border.\n"
            "Israeli aircraft attacked targets of Hamas and the Islamic Jihad group across Gaza. "
            "The military said the targets included command centers, weapons factories and a "
            "money changer. One missile landed near the home of Palestinian Prime Minister Ismail "
            "Haniyeh, but he was not hurt.\n"
            "The army denied that Mr. Haniyeh was the target, but Israel has threatened to "
            "assassinate him and other Hamas political and military leaders in response to a "
            "wave of Palestinian rocket attacks.\n"
            "Palestinians have fired more than 160 homemade Qassam rockets at Israel over the "
            "past 10 days, and they keep coming despite the air strikes. But Israeli spokesman "
            "Mark Regev believes the air campaign is slowly bearing fruit.\n"
            "\"I think the understanding is that by these sort of operations we are limiting and "
            "preventing them from launching Qassam rockets against our civilian population,\" he "
            "said.\n"
            "Moderate Palestinian President Mahmoud Abbas, who shares power in a coalition "
            "government led by Hamas, condemned the rocket attacks.\n"
            "Mr. Abbas described the attacks as \"pointless and needless.\" He said they must be "
            "stopped in order reach a ceasefire with Israel.\n"
            "But Hamas rejected the demand, saying rockets will be fired as long as what it "
            "described as \"Zionist aggression\" continues.\n"
            "The internal dispute over the rocket attacks underscores the deep differences among "
            "Palestinians over how to proceed in the struggle with Israel. The moderates, led by "
            "Mr. Abbas, seek a negotiated settlement. But the militants, led by Hamas, believe "
            "the only way to achieve a Palestinian state is through jihad, or holy war."
        ),
    },
    {
        "id": "blind34-03",
        "url": "http://www.voabangla.com/a/a-16-2010-04-07-voa5-94464894/1399977.html",
        "agency": "Voice of America (VOA Bangla site, English newswire story)",
        "title": "At Least 12 Dead in Kyrgyz Opposition Protests",
        "published": "2010-04-07",
        "date_approximate": False,
        "date_note": "date from the VOA archive path (a-16-2010-04-07); the story reports "
                     "Wednesday's events, which 7 April 2010 was",
        "truncated": False,
        "note": (
            "removed: the Bangla accessibility-links line, the headline (kept in title) and "
            "the size switcher 'XS SM'"
        ),
        "text": (
            "Kyrgyzstan's government has declared a state of emergency after clashes between "
            "riot police and anti-government protesters killed several people in the capital.\n"
            "Witnesses and police reports from Bishkek say that as many as 12 people may have "
            "been killed Tuesday, although the figure could not be confirmed.\n"
            "Witnesses say police first used tear gas and stun grenades Wednesday before opening "
            "fire to disperse thousands of demonstrators in Bishkek. Protesters demanding the "
            "resignation of President Kurmanbek Bakiyev tried to ram the gates of government "
            "headquarters with an armored vehicle.\n"
            "The unrest spread to the town of Naryn, where at least 1,000 protesters took over "
            "the local government building.\n"
            "Tensions have been growing in the Central Asian country over what activists say are "
            "repressive policies of President Bakiyev.\n"
            "In Talas, witnesses say demonstrators tried to storm the local police headquarters "
            "Wednesday, a day after hundreds of protesters clashed with police. Protesters "
            "briefly held the regional governor hostage.\n"
            "Kyrgyz officials say at least 85 police officers were injured in Tuesday's clashes "
            "in Talas. Prime Minister Daniyar Usenov called the opposition \"bandits\" "
            "Wednesday.\n"
            "Authorities responded by detaining several opposition leaders.\n"
            "Those detained include Almazbek Atambayev and former parliamentary speaker Omurbek "
            "Tekebayev. Another opposition leader, Temir Sariyev, was arrested early Wednesday "
            "as he arrived on a flight from Moscow.\n"
            "Internet access was also reportedly blocked in many areas.\n"
            "The U.S. embassy in Kyrgyzstan said it was deeply concerned by the unrest and urged "
            "all parties to engage in talks to resolve the dispute peacefully.\n"
            "Anti-government discontent has been rising in Kyrgyzstan, a mountainous "
            "impoverished country of 5 million people. The nation hosts a U.S. air base that "
            "supports military operations in Afghanistan."
        ),
    },
    {
        "id": "blind34-04",
        "url": "http://www.voanews.com/content/-/137503.html",
        "agency": "Voice of America",
        "title": "Fighting Continues in Abidjan After UN, French Attacks",
        "published": "2011-04-05",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; the photo caption is dated 4 April 2011 and the story "
            "reports a sixth day of fighting after overnight U.N. and French strikes (4-5 April "
            "2011), so 5 April 2011"
        ),
        "truncated": True,
        "note": (
            "the stored copy ends mid-sentence ('... Ouattara's claim to the presidency is "
            "based on'); that last paragraph is dropped, all kept paragraphs are complete; "
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "the photo caption (twice)"
        ),
        "text": (
            "Fighters backing Ivory Coast's internationally-recognized leader are making what "
            "they say is a final push on the commercial capital after U.N. and French forces "
            "attacked troops still loyal to the incumbent president.\n"
            "Fighters backing internationally-recognized president Alassane Ouattara fought "
            "supporters of incumbent president Laurent Gbagbo for a sixth day in Abidjan "
            "following overnight attacks by U.N. and French troops against Gbagbo heavy "
            "artillery.\n"
            "U.N. and French helicopters fired on Gbagbo's main military barracks and his "
            "residence after Secretary-General Ban Ki-moon asked President Nicolas Sarkozy for "
            "help in silencing mortars and rocket launchers that have been used against "
            "civilians and U.N. headquarters in Abidjan.\n"
            "Gbagbo supporters say the U.N. and French intervention amounts to an assassination "
            "attempt against Gbagbo. Ban says the operation is line with the mission's mandate "
            "to defend itself and protect civilians and does not mean U.N. troops are taking up "
            "arms against Gbagbo.\n"
            "Pro-Ouattara forces took control of most of the country last week, but have been "
            "unable to capture Gbagbo's residence or the presidential palace downtown. Those two "
            "sites are now surrounded as Ouattara commanders say they are waiting for Gbagbo to "
            "give up.\n"
            "Ouattara's ambassador in Paris told French radio that he believes Gbagbo is now "
            "negotiating the terms of his surrender.\n"
            "The fighting follows four months of failed negotiations to resolve Ivory Coast's "
            "political crisis."
        ),
    },
    {
        "id": "blind34-05",
        "url": "https://www.voanews.com/a/central-african-republic-rebels-agree-to-ceasefire/1581975.html",
        "agency": "Voice of America",
        "title": "CAR Rebels Agree to Ceasefire During Peace Talks",
        "published": "2013-01-11",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; the photo caption is dated 10 January 2013 and the "
            "story reports the last day of the Libreville talks opening 'on Friday', which was "
            "11 January 2013"
        ),
        "truncated": True,
        "note": (
            "the stored copy ends mid-sentence ('... Some want dialogue, others don't. She "
            "say'); that last paragraph is dropped, all kept paragraphs are complete; removed: "
            "'Accessibility links', 'Breaking News', the headline (kept in title), the photo "
            "caption, the subheading 'Yearning for peace'; the same story is also stored under "
            "the old voanews.com/content/ address (both claimed)"
        ),
        "text": (
            "The rebel coalition that has seized one-third of the Central African Republic (CAR) "
            "during its month-long rebellion has agreed to a temporary, one-week ceasefire. The "
            "agreement was reached during peace talks with the government that are underway in "
            "Gabon. Residents of CAR's capital, Bangui, say they want peace at any cost.\n"
            "President Francois Bozize is offering to form a unity government with the rebel "
            "coalition that has come dangerously close to the capital and headed into talks "
            "Wednesday calling for his resignation.\n"
            "As the last day of planned talks opened in Libreville, Gabon, on Friday, it was "
            "unclear whether rebels would accept Bozize's offer.\n"
            "Residents of Bangui say the government and the rebels must work out their "
            "differences.\n"
            "Street vendor Armand Gira says they have dialogue after dialogue, but all they want "
            "is peace and development. He says they are against this crisis, emphasizing they "
            "are all Central Africans and they can't just kill each other. He adds that Bozize "
            "has three years left on his mandate, and asks why not just leave him in place and "
            "wait for elections in 2016? He says these negotiations \"have to work,\" just as a "
            "father and son should always be able to find a way to get along.\n"
            "Fighters from three main rebel groups calling themselves the Seleka coalition "
            "launched the current rebellion on December 10th. They are now within 85 kilometers "
            "of the capital, Bangui. Government troops have been outmatched in the fighting. A "
            "multi-national African force now stands between the rebels and the capital.\n"
            "Residents say they are living in what midwife Chantale Dango called a \"big "
            "question mark.\""
        ),
    },
    {
        "id": "blind34-06",
        "url": "https://www.voanews.com/a/japan-summons-china-envoy-over-island-dispute/1725715.html",
        "agency": "Voice of America",
        "title": "Japan Summons China Envoy Over Island Dispute",
        "published": "2013-08-08",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; the photo caption is dated 8 August 2013 and the ships "
            "entered on Wednesday (7 August 2013) and had not left 24 hours later"
        ),
        "truncated": True,
        "note": (
            "the stored copy ends mid-word ('Overal'); that last paragraph is dropped, all kept "
            "paragraphs are complete; removed: 'Accessibility links', 'Breaking News', the "
            "headline (kept in title), the photo caption (twice)"
        ),
        "text": (
            "Japan has summoned a China envoy to protest an unusually long visit by Chinese "
            "government ships near disputed waters in the East China Sea.\n"
            "Tokyo's foreign ministry says the four ships entered the Japan-controlled territory "
            "on Wednesday. It says they had still not left 24 hours later.\n"
            "Japanese Chief Cabinet Secretary Yoshihide Suga says acting ambassador Han Zhiqiang "
            "has been summoned to \"sharply protest\" the move.\n"
            "\"This intrusion into Japanese territorial waters is the longest since the Japanese "
            "government nationalized the Senkaku islands last September and is completely "
            "unacceptable,\" he said.\n"
            "The decades-old dispute flared up late last year, after Tokyo purchased some of the "
            "contested islands from their private Japanese landowner.\n"
            "Since then, Beijing has sent regular air and sea patrols near the islands, in what "
            "some say is an attempt to challenge Japan's control of the energy-rich, strategic "
            "area.\n"
            "This has led to fears of an unintended military clash and has raised tensions "
            "considerably between the populations of the two countries.\n"
            "There is new evidence that deteriorating relations could further impact the "
            "significant trade between the world's second and third largest economies.\n"
            "A study conducted by the official China Daily newspaper found a growing number of "
            "people in both countries are pessimistic about economic relations.\n"
            "The study found over 40 percent of Japanese believe bilateral ties will experience "
            "a downturn both politically and economically. It said the poll in China revealed "
            "similar figures."
        ),
    },
    {
        "id": "blind34-07",
        "url": "https://www.voanews.com/a/violence-erupts-as-thousands-demand-bangladesh-pm-resign-/7331509.html",
        "agency": "Voice of America",
        "title": "Violence erupts as thousands demand Bangladesh PM resign (title from the URL)",
        "published": "2023-10-28",
        "date_approximate": True,
        "date_note": (
            "the store dates the page 2023-10-29; the story reports the Saturday rally, which "
            "was 28 October 2023 (the story may have been posted late that day or on the 29th); "
            "the stored copy carries no headline, the title is read from the URL"
        ),
        "truncated": True,
        "note": (
            "the stored copy ends mid-sentence ('... undermine the'); that last paragraph is "
            "dropped, all kept paragraphs are complete; removed: the store's date line, the "
            "subheading 'We call for calm'"
        ),
        "text": (
            "Police in Bangladesh fired tear gas, sound grenades, and rubber bullets Saturday "
            "afternoon to break up a massive gathering of opposition supporters amid a steep "
            "escalation of political tensions.\n"
            "The protesters were demanding that Prime Minister Sheikh Hasina step down to allow "
            "for a free and fair election under a neutral government. The clashes, which "
            "unfolded in central Dhaka, underscore the deep-seated divisions in the country's "
            "political landscape.\n"
            "Police estimated more than 125,000 supporters from two prominent opposition "
            "parties, including the Bangladesh Nationalist Party, rallied to voice their "
            "demands. A VOA reporter near the rally witnessed hundreds of people running for "
            "safety as sound grenades detonated, enveloping the streets in plumes of smoke. The "
            "violence spread around the protest site, as police fired tear gas and rubber "
            "shotgun rounds, while protesters retaliated by throwing stones and bricks.\n"
            "Bangladesh Police spokesperson AKM Kamrul Ahsan told VOA that at least one member "
            "from the police force was killed, and dozens of others were injured during the "
            "clashes.\n"
            "\"The police member who was hacked in the head died after being taken to the "
            "hospital,\" he said.\n"
            "Several individuals injured during the clashes were rushed to Dhaka Medical "
            "College Hospital, the country's largest, with wounds from rubber bullets.\n"
            "The United States condemned the political violence that unfolded in Dhaka on "
            "Saturday afternoon.\n"
            "\"We call for calm and restraint on all sides and will review all violent incidents "
            "for possible visa restrictions,\" said Assistant Secretary of State for South and "
            "Central Asian Affairs Donald Lu in a statement posted on X, formerly Twitter."
        ),
    },
    {
        "id": "blind34-08",
        "url": "https://www.voanews.com/a/gunmen-storm-hotel-in-central-somalia-siege-ongoing-/8006503.html",
        "agency": "Voice of America",
        "title": "Gunmen attack hotel in Somalia, killing at least 5",
        "published": "2025-03-11",
        "date_approximate": False,
        "date_note": "publication time 2025-03-11 12:36:09Z from the VOA corpus record (shared/corpora/voa, id 8006503); byline Mohamed Olad Hassan",
        "truncated": False,
        "note": "taken whole from the VOA corpus record (its text field, one paragraph as stored); no furniture removed",
        "text": "Gunmen stormed a hotel in the Somali city of Beledweyne on Tuesday, leaving at least five people dead and triggering an ongoing siege, according to witnesses and a Somali lawmaker. In an interview with VOA Somali, federal lawmaker Dahir Amin Jesow said local elders and government officials were meeting at the Qahira Hotel in central Somalia. “They attacked the hotel at dawn this morning, with an explosion and then gunmen stormed it. At least five people including two well-respected elders were killed, and five others were injured,” Jesow said. A VOA reporter in the town said at least six people have been confirmed dead, while the siege continues. The reporter said Somali security forces backed by Djiboutian soldiers, who are part of the African Union Support and Stabilization Mission in Somaila, AUSSOM, and units of Ethiopian soldiers could be seen surrounding the hotel. Local media reports say the death toll may be higher — up to 10 fatalities, including five al-Shabab militants, who were involved in the assault, and government soldiers. Plumes of smoke from the explosions could be seen throughout the town, and an eyewitness said there has been ongoing gunfire. “We can still hear sporadic gunfire from the hotel as some militants are still resisting and fighting with the security forces,” said Mohamed Qoone, a resident who witnessed the attack. Video circulating on social media shows parts of the Qahira Hotel reduced to rubble. The Islamist militant group al-Shabab immediately claimed responsibility for the attack. In a statement, the group said it had killed more than 10 people. The group frequently conducts bombings and gun assaults in Somalia, aiming to topple the government and impose its strict interpretation of Islamic Sharia law. This attack follows an operation conducted by Somalia’s National Intelligence and Security Agency (NISA) just hours earlier, which resulted in the deaths of 16 al-Shabab militants, including key leaders and fighters. According to NISA, “The operation dealt a significant blow to al-Shabab, eliminating key members of the group. In addition to the fatalities, the operation also led to the destruction of combat vehicles used by the militants.” Somali government soldiers, supported by local clan militias and the U.S. military, are conducting operations against al-Shabab in central Somalia, focusing on the Middle Shabelle and Hiran regions. VOA’s Sahra Abdi Ahmed contributed to this report.",
    },
    {
        "id": "blind34-09",
        "url": "https://www.voanews.com/a/us-lawmakers-welcome-ukraine-s-agreement-to-30-day-ceasefire/8008456.html",
        "agency": "Voice of America",
        "title": "US lawmakers welcome Ukraine's agreement to 30-day ceasefire",
        "published": "2025-03-12",
        "date_approximate": False,
        "date_note": "publication time 2025-03-12 18:49:57Z from the VOA corpus record (shared/corpora/voa, id 8008456); byline Katherine Gypson",
        "truncated": False,
        "note": "taken whole from the VOA corpus record (its text field, one paragraph as stored); no furniture removed",
        "text": "U.S. lawmakers welcomed Tuesday’s announcement that Ukraine had agreed to a 30-day ceasefire as a step toward peace in Europe. “I'm very encouraged the parties have reached an agreement. I think the president now has decided to lift the freeze on intelligence and weapons — very significant,” Republican Representative Michael McCaul, former chairman of the House Foreign Affairs Committee, told VOA. The United States announced last week that it would cease military aid and intelligence sharing with Ukraine, following the Oval Office clash between U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskyy on Feb. 28. Following the announcement of the ceasefire agreement, the United States said Tuesday that it would resume cooperation with Ukraine. “That actually should never have happened in the first place. That never should have been a pause that has real life consequences for Ukrainians who are fighting for their freedom and for democracy and for national security. So it's positive that that was lifted by the administration,” Democratic Representative Jason Crow told VOA. The United States and Ukraine were supposed to sign a minerals deal, although that was called off after the two leaders publicly disagreed over U.S. aid to Ukraine. “The next step will be for President Zelenskyy to come hopefully back to the Oval Office to sign the economic cooperation agreement. Then everything is going to turn to Mr. Putin,” McCaul said, referring to Russian President Vladimir Putin. Russia has not agreed to the ceasefire, but Trump said Tuesday that he had representatives on their way to Moscow for discussions. “I'm hoping the Trump administration will start reaching out to Putin and Russia, bring them to the table and make sure they make some concessions that are reasonable and beneficial to the Ukrainian people,” Democratic Representative Glenn Ivey told VOA. But Steven Pifer, a Brookings Institution senior fellow and former diplomat, told VOA there was still a great deal of uncertainty. “Russia, unfortunately, does not have a good record of living up to ceasefires,” Pifer said. “We saw what happened between 2014 and 2021 in Donbas, but this is going to be the challenge now, and if the Russians cannot abide by the ceasefire, I think that will be a signal to Washington that the Russians are not serious about finding a solution to this war.” Trump and Zelenskyy also publicly disagreed about who was responsible for starting the three-year conflict between Russia and Ukraine. \"We have to understand that Vladimir Putin is the aggressor. He's the one who started this war. He's the one who can end it by withdrawing his troops. So we're going to see whether this administration can force him to the table on terms that are favorable to the United States and Ukraine,” Crow told VOA. Secretary of State Marco Rubio led more than eight hours of peace talks with Ukrainian officials in Jeddah, Saudi Arabia, to reach the agreement. Republican lawmakers praised Trump and his Cabinet for their strong negotiating stance. “For three years now, there’s been too much killing and too much destruction in Ukraine and in Russia. So this is a very, very positive thing, and I'm very proud of Secretary Rubio, also Mike Waltz, national security adviser,” Republican Representative Derrick Van Orden, told VOA. Lawmakers also expressed hope that economic cooperation between the United States and Ukraine could resume. “President Trump is right, and President Trump's proposal to enhance and deepen U.S. investment in Ukraine and critical minerals, oil, natural gas will strengthen deterrence against Russian aggression,” Republican Representative Andy Barr told VOA. Pifer noted the ceasefire deal “also has language where it talks about continuing to work between Washington and Kyiv on Ukraine's long-term security. I think that's important, because I think one of the key demands, as I understand from Ukraine, is that there has to be some guarantee for Ukraine security so this war does not resume at some point in the future.” Kateryna Lisunova and Iryna Shynkarenko contributed to this report.",
    },
    {
        "id": "blind34-10",
        "url": "https://www.voanews.com/a/publisher-zamora-reimprisoned-in-guatemala-in-move-his-lawyers-call-inhumane-/8010046.html",
        "agency": "Voice of America",
        "title": "Publisher Zamora reimprisoned in Guatemala in move lawyer calls ‘inhumane’",
        "published": "2025-03-13",
        "date_approximate": False,
        "date_note": "publication time 2025-03-13 23:03:04Z from the VOA corpus record (shared/corpora/voa, id 8010046); byline Liam Scott",
        "truncated": False,
        "note": "taken whole from the VOA corpus record (its text field, one paragraph as stored); no furniture removed",
        "text": "A Guatemalan judge ordered prominent journalist Jose Ruben Zamora back to prison this week in a move that the leader of his legal team called “inhumane.” Zamora on Monday returned to Mariscal Zavala prison in Guatemala City on the orders of Judge Erick Garcia, whose decision came after another court revoked house arrest from the elPeriodico founder. The publisher is awaiting another trial in a money-laundering case that press freedom groups say is politically motivated. “We’re very troubled by what’s happening in Jose Ruben Zamora’s case, because what we’re seeing here is a total breakdown of rule of law in Guatemala,” Caoilfhionn Gallagher, who is leading Zamora’s international legal team, told VOA. “He obviously shouldn’t have spent a single day in prison. This latest revocation of his house arrest terms is legally problematic, grossly unfair and inhumane,” Gallagher added. Zamora, 67, attended the hearing on Monday. Near the end of his appearance, he called the ruling “arbitrary.” During the hearing, the judge said he and his staff had been threatened by unnamed individuals, but he did not elaborate. “They left him cornered with no way out,” Zamora said in court. Zamora founded elPeriodico in 1996. The newspaper was known for its investigations into corruption across multiple governments in Guatemala. But in 2022, authorities arrested Zamora and later froze the newspaper’s assets. The publication was forced to shutter in 2023. A court later sentenced Zamora to six years in prison on money-laundering charges. An appeals court overturned the conviction and ordered a new trial for 2025. Zamora’s legal team has rejected all the accusations. The United Nations Working Group on Arbitrary Detention has also determined that Zamora’s detention is arbitrary and called for his release. The publisher spent more than 800 days in prison before a court in October granted him house arrest while he awaited his new trial. Another court in November revoked Zamora’s house arrest, but his lawyers were able to postpone the order for a few months. Artur Romeu, director of the Latin America bureau of Reporters Without Borders, called the decision to reimprison Zamora a “blatant case of judicial weaponization.” In response to a request for comment, Guatemala’s Washington embassy directed VOA to comments made earlier this week by Guatemalan President Bernardo Arevalo about Zamora. “This is an absolutely baseless case that exposes the worst of the crisis in our judicial system and highlights the criminalization strategies being implemented by the Public Ministry,” Arevalo said Monday. The Public Ministry is Guatemala’s Justice Ministry. It is led by Attorney General Maria Consuelo Porras, who was sanctioned by the European Union in 2024 for “undermining democracy,” including by targeting journalists and trying to prevent Arevalo from assuming office. During Zamora’s previous time in prison, the publisher was subjected to conditions that Gallagher characterized as “inhumane and degrading” and “a violation of international standards.” Zamora’s health was better while under house arrest, Gallagher said, but now his legal team is concerned about the environment he returned to. “Being returned to those conditions is horrifying and unacceptable,” Gallagher said. Nine press freedom and rights groups this week called for Zamora’s immediate release. “We urge Guatemalan authorities to guarantee his right to a fair and impartial trial, free from undue interference and pressure,” they said in a joint statement. Zamora’s case underscores a global trend in which politically motivated legal proceedings and trials against journalists are drawn out over a long time, according to Gallagher. Gallagher’s other clients include jailed pro-democracy publisher Jimmy Lai in Hong Kong; Nobel laureate Maria Ressa from the Philippines; and the family of journalist Daphne Caruana Galizia, who was killed in Malta in 2017. “What we’re seeing in Jose Ruben Zamora’s case in Guatemala, or Jimmy Lai’s case in Hong Kong, are these very prolonged proceedings which actually keep the person in prison and try to hold the international response at bay for as long as possible,” Gallagher said. “That’s a real problem.”",
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


# --- blind34-01: Sri Lanka, army offensive against the Tamil Tigers (2009) ---
D = "blind34-01"
ev(D, "has captured a Tamil Tiger rebel fortification", "captured", "COERCE", "seize",
   ["military", "territory"], ["LKA"], ["Sri Lanka's military"], ["LKA"],
   ["a Tamil Tiger rebel fortification"])
ev(D, "has captured a Tamil Tiger rebel fortification", "killed a senior rebel", "ASSAULT", "",
   ["military"], ["LKA"], ["Sri Lanka's military"], ["LKA"], ["a senior rebel"])
ev(D, "has captured a Tamil Tiger rebel fortification", "pushes deeper", "ASSAULT", "",
   ["military", "territory"], ["LKA"], ["Sri Lanka's military"], ["LKA"],
   ["a Tamil-controlled enclave"])
ev(D, "it seized the fortified embankment", "seized", "COERCE", "seize", ["military"],
   ["LKA"], ["The military"])
ev(D, "troops are moving slowly into", "moving slowly into", "ASSAULT", "",
   ["military", "territory"], ["LKA"], ["troops"], ["LKA"], ["the rebels' last stronghold"])
ev(D, "a delegation of British lawmakers began a visit", "began a visit", "CONSULT", "visit",
   ["human_security"], ["GBR"], ["a delegation of British lawmakers"], ["LKA"], ["Sri Lanka"])
ev(D, "government rejected the appointment", "rejected", "REJECT", "", ["diplomatic"],
   ["LKA"], ["Sri Lanka's government"])
ev(D, "a group of leading human rights advocates condemned", "condemned", "ACCUSE",
   "disapprove", ["human_rights", "human_security"], ["NGO"],
   ["a group of leading human rights advocates"], ["UNO"], ["the U.N. Security Council's"])
ev(D, "civilians are held hostage, shelled", "held hostage", "ASSAULT", "abduct",
   ["human_security"], [], [], ["LKA"], ["civilians"])
ev(D, "civilians are held hostage, shelled", "shelled", "ASSAULT", "",
   ["military", "human_security"], ["LKA"], ["government forces"], ["LKA"], ["civilians"])
ev(D, "some Council members continue to block", "block", "REJECT", "", ["diplomatic"],
   ["UNO"], ["some Council members"])
ev(D, "some Council members continue to block", "pleas", "REQUEST", "change",
   ["diplomatic", "human_security"], ["UNO"], ["U.N. officials"], ["UNO"], ["the U.N."])
ev(D, "Tamil rebels have been fighting", "have been fighting", "ASSAULT", "",
   ["military", "territory"], ["LKA"], ["Tamil rebels"])

# --- blind34-02: Israel and Gaza, air strikes and rocket fire (2007) ---
D = "blind34-02"
ev(D, "Israel has launched another wave", "launched another wave of air strikes", "ASSAULT",
   "aerial", ["military"], ["ISR"], ["Israel"], ["PSE"], ["the Palestinian-ruled Gaza Strip"])
ev(D, "Palestinian militants responded", "firing more rockets", "ASSAULT", "", ["military"],
   ["PSE"], ["Palestinian militants"])
ev(D, "Israeli aircraft attacked targets", "attacked", "ASSAULT", "aerial",
   ["military", "terrorism"], ["ISR"], ["Israeli aircraft"], ["PSE", "PSE"],
   ["Hamas", "the Islamic Jihad group"])
ev(D, "The army denied that Mr. Haniyeh", "denied", "REJECT", "", ["military"], ["ISR"],
   ["The army"])
ev(D, "The army denied that Mr. Haniyeh", "threatened to assassinate", "THREATEN", "violence",
   ["military"], ["ISR"], ["Israel"], ["PSE", "PSE"],
   ["him", "other Hamas political and military leaders"])
ev(D, "Palestinians have fired more than 160", "have fired", "ASSAULT", "", ["military"],
   ["PSE"], ["Palestinians"], ["ISR"], ["Israel"])
ev(D, "condemned the rocket attacks", "condemned", "ACCUSE", "disapprove", ["military"],
   ["PSE"], ["Moderate Palestinian President Mahmoud Abbas"])
ev(D, "Mr. Abbas described the attacks", "described the attacks as", "ACCUSE", "disapprove",
   ["military"], ["PSE"], ["Mr. Abbas"])
ev(D, "He said they must be stopped", "must be stopped", "REQUEST", "change", ["military"],
   ["PSE"], ["He"])
ev(D, "But Hamas rejected the demand", "rejected", "REJECT", "change", ["military"], ["PSE"],
   ["Hamas"])
ev(D, "But Hamas rejected the demand", "rockets will be fired", "THREATEN", "violence",
   ["military"], ["PSE"], ["Hamas"], ["ISR"], ["Zionist"])
ev(D, "But Hamas rejected the demand", "described as \"Zionist aggression\"", "ACCUSE",
   "allege", ["military"], ["PSE"], ["Hamas"], ["ISR"], ["Zionist"])

# --- blind34-03: Kyrgyzstan, opposition protests and crackdown (2010) ---
D = "blind34-03"
ev(D, "has declared a state of emergency", "declared a state of emergency", "COERCE",
   "restrict", ["repression"], ["KGZ"], ["Kyrgyzstan's government"])
ev(D, "has declared a state of emergency", "clashes", "ASSAULT", "", ["repression"],
   ["KGZ", "KGZ"], ["riot police", "anti-government protesters"])
ev(D, "police first used tear gas", "used tear gas and stun grenades", "ASSAULT", "",
   ["repression"], ["KGZ"], ["police"], ["KGZ"], ["thousands of demonstrators"])
ev(D, "police first used tear gas", "opening fire", "ASSAULT", "firearms", ["repression"],
   ["KGZ"], ["police"], ["KGZ"], ["thousands of demonstrators"])
ev(D, "tried to ram the gates", "tried to ram the gates", "PROTEST", "riot",
   ["political_institutions"], ["KGZ"], ["Protesters"], ["KGZ"],
   ["President Kurmanbek Bakiyev"])
ev(D, "took over the local government building", "took over", "PROTEST", "riot",
   ["political_institutions"], ["KGZ"], ["at least 1,000 protesters"])
ev(D, "what activists say are repressive", "say", "ACCUSE", "allege", ["repression"], ["KGZ"],
   ["activists"], ["KGZ"], ["President Bakiyev"])
ev(D, "demonstrators tried to storm", "tried to storm", "PROTEST", "riot", ["repression"],
   ["KGZ"], ["demonstrators"], ["KGZ"], ["the local police headquarters"])
ev(D, "demonstrators tried to storm", "clashed", "ASSAULT", "", ["repression"],
   ["KGZ", "KGZ"], ["hundreds of protesters", "police"])
ev(D, "Protesters briefly held the regional governor", "held the regional governor hostage",
   "ASSAULT", "abduct", ["political_institutions"], ["KGZ"], ["Protesters"], ["KGZ"],
   ["the regional governor"])
ev(D, "called the opposition \"bandits\"", "called the opposition \"bandits\"", "ACCUSE",
   "disapprove", ["political_institutions"], ["KGZ"], ["Prime Minister Daniyar Usenov"],
   ["KGZ"], ["the opposition"])
ev(D, "Authorities responded by detaining", "detaining", "COERCE", "arrest", ["repression"],
   ["KGZ"], ["Authorities"], ["KGZ"], ["several opposition leaders"])
ev(D, "Temir Sariyev, was arrested", "was arrested", "COERCE", "arrest", ["repression"], [],
   [], ["KGZ"], ["Another opposition leader, Temir Sariyev"])
ev(D, "The U.S. embassy in Kyrgyzstan said", "deeply concerned", "ACCUSE", "disapprove",
   ["political_institutions"], ["USA"], ["The U.S. embassy in Kyrgyzstan"])
ev(D, "The U.S. embassy in Kyrgyzstan said", "urged", "REQUEST", "meet",
   ["political_institutions"], ["USA"], ["The U.S. embassy in Kyrgyzstan"])

# --- blind34-04: Ivory Coast, battle for Abidjan (2011) ---
D = "blind34-04"
ev(D, "are making what they say is a final push", "final push", "ASSAULT", "", ["military"],
   ["CIV"], ["Fighters backing Ivory Coast's internationally-recognized leader"])
ev(D, "are making what they say is a final push", "attacked", "ASSAULT", "",
   ["military", "peacekeeping"], ["UNO", "FRA"],
   ["U.N. and French forces", "U.N. and French forces"], ["CIV"],
   ["troops still loyal to the incumbent president"])
ev(D, "fought supporters of incumbent president", "fought", "ASSAULT", "", ["military"],
   ["CIV", "CIV"],
   ["Fighters backing internationally-recognized president Alassane Ouattara",
    "supporters of incumbent president Laurent Gbagbo"])
ev(D, "U.N. and French helicopters fired on", "fired on", "ASSAULT", "aerial",
   ["military", "peacekeeping"], ["UNO", "FRA"],
   ["U.N. and French helicopters", "U.N. and French helicopters"], ["CIV"],
   ["Gbagbo's main military barracks"])
ev(D, "U.N. and French helicopters fired on", "asked", "REQUEST", "assist",
   ["military", "peacekeeping"], ["UNO"], ["Secretary-General Ban Ki-moon"], ["FRA"],
   ["President Nicolas Sarkozy"])
ev(D, "U.N. and French helicopters fired on", "have been used against", "ASSAULT", "",
   ["military", "human_security"], [], [], ["CIV", "UNO"],
   ["civilians", "U.N. headquarters"])
ev(D, "Gbagbo supporters say the U.N. and French", "say", "ACCUSE", "allege",
   ["military", "peacekeeping"], ["CIV"], ["Gbagbo supporters"], ["UNO", "FRA"],
   ["the U.N. and French intervention", "the U.N. and French intervention"])
ev(D, "Ban says the operation is line", "says", "REJECT", "", ["peacekeeping"], ["UNO"],
   ["Ban"])
ev(D, "Pro-Ouattara forces took control", "took control", "COERCE", "seize",
   ["military", "territory"], ["CIV"], ["Pro-Ouattara forces"])
ev(D, "he believes Gbagbo is now negotiating", "negotiating the terms of his surrender",
   "CONSULT", "", ["military"], ["CIV"], ["Gbagbo"])

# --- blind34-05: Central African Republic, Seleka ceasefire at the Libreville talks (2013) ---
D = "blind34-05"
ev(D, "The rebel coalition that has seized", "seized", "COERCE", "seize",
   ["military", "territory"], ["CAF"], ["The rebel coalition"])
ev(D, "The rebel coalition that has seized", "agreed to a temporary, one-week ceasefire",
   "AGREE", "", ["military"], ["CAF"], ["The rebel coalition"])
ev(D, "The agreement was reached during peace talks", "peace talks", "CONSULT",
   "third-party", ["military", "diplomatic"], ["CAF"], ["the government"])
ev(D, "is offering to form a unity government", "is offering", "AGREE", "",
   ["political_institutions"], ["CAF"], ["President Francois Bozize"], ["CAF"],
   ["the rebel coalition"])
ev(D, "is offering to form a unity government", "headed into talks", "CONSULT", "",
   ["political_institutions"], ["CAF"], ["the rebel coalition"])
ev(D, "is offering to form a unity government", "calling for his resignation", "REQUEST",
   "change", ["political_institutions"], ["CAF"], ["the rebel coalition"], ["CAF"], ["his"])
ev(D, "it was unclear whether rebels would accept", "accept", "AGREE", "",
   ["political_institutions"], ["CAF"], ["rebels"], ["CAF"], ["Bozize's"],
   hypothetical=True)
ev(D, "must work out their differences", "must work out their differences", "REQUEST",
   "meet", ["political_institutions"], ["CAF"], ["Residents of Bangui"], ["CAF", "CAF"],
   ["the government", "the rebels"])
ev(D, "launched the current rebellion", "launched the current rebellion", "ASSAULT", "",
   ["military"], ["CAF"],
   ["Fighters from three main rebel groups calling themselves the Seleka coalition"])
ev(D, "Government troops have been outmatched", "the fighting", "ASSAULT", "", ["military"],
   ["CAF"], ["Government troops"])

# --- blind34-06: Japan and China, ships near the Senkaku islands (2013) ---
D = "blind34-06"
ev(D, "Japan has summoned a China envoy", "summoned", "ACCUSE", "disapprove",
   ["diplomatic", "territory"], ["JPN"], ["Japan"], ["CHN"], ["a China envoy"])
ev(D, "Japan has summoned a China envoy", "visit", "MOBILIZE", "weapons", ["territory"],
   ["CHN"], ["Chinese government ships"])
ev(D, "the four ships entered", "entered", "MOBILIZE", "weapons", ["territory"], ["CHN"],
   ["the four ships"], ["JPN"], ["the Japan-controlled territory"])
ev(D, "acting ambassador Han Zhiqiang has been summoned", "has been summoned", "ACCUSE",
   "disapprove", ["diplomatic", "territory"], ["JPN"],
   ["Japanese Chief Cabinet Secretary Yoshihide Suga"], ["CHN"],
   ["acting ambassador Han Zhiqiang"])
ev(D, "This intrusion into Japanese territorial waters", "completely unacceptable", "ACCUSE",
   "disapprove", ["territory"], ["JPN"], ["he"])
ev(D, "Beijing has sent regular air and sea patrols", "has sent regular air and sea patrols",
   "MOBILIZE", "weapons", ["territory"], ["CHN"], ["Beijing"])

# --- blind34-07: Bangladesh, opposition rally in Dhaka (2023) ---
D = "blind34-07"
ev(D, "Police in Bangladesh fired tear gas", "fired tear gas, sound grenades, and rubber bullets",
   "ASSAULT", "", ["repression", "election"], ["BGD"], ["Police in Bangladesh"], ["BGD"],
   ["a massive gathering of opposition supporters"])
ev(D, "The protesters were demanding", "were demanding", "REQUEST", "change",
   ["election", "political_institutions"], ["BGD"], ["The protesters"], ["BGD"],
   ["Prime Minister Sheikh Hasina"])
ev(D, "rallied to voice their demands", "rallied", "PROTEST", "demo", ["election"], ["BGD"],
   ["more than 125,000 supporters from two prominent opposition parties"])
ev(D, "The violence spread around the protest site", "police fired tear gas", "ASSAULT", "",
   ["repression"], ["BGD"], ["police"], ["BGD"], ["protesters"])
ev(D, "The violence spread around the protest site", "throwing stones and bricks", "ASSAULT",
   "primitive", ["repression"], ["BGD"], ["protesters"], ["BGD"], ["police"])
ev(D, "at least one member from the police force was killed", "was killed", "ASSAULT", "",
   ["repression"], [], [], ["BGD"], ["one member from the police force"])
ev(D, "The United States condemned the political violence", "condemned", "ACCUSE",
   "disapprove", ["election"], ["USA"], ["The United States"])
ev(D, "We call for calm and restraint", "call for calm and restraint", "REQUEST", "change",
   ["election"], ["USA"],
   ["Assistant Secretary of State for South and Central Asian Affairs Donald Lu"])
ev(D, "We call for calm and restraint", "possible visa restrictions", "THREATEN", "restrict",
   ["election", "migration"], ["USA"],
   ["Assistant Secretary of State for South and Central Asian Affairs Donald Lu"])

# --- blind34-08: Somalia, al-Shabab attack on a hotel in Beledweyne (2025) ---
D = "blind34-08"
ev(D, "Gunmen stormed a hotel", "stormed", "ASSAULT", "firearms", ["terrorism"], ["SOM"],
   ["Gunmen"], ["SOM"], ["a hotel in the Somali city of Beledweyne"])
ev(D, "local elders and government officials were meeting", "were meeting", "CONSULT", "",
   ["political_institutions"], ["SOM", "SOM"], ["local elders", "government officials"])
ev(D, "They attacked the hotel at dawn", "attacked", "ASSAULT", "explosives", ["terrorism"],
   ["SOM"], ["They"])
ev(D, "could be seen surrounding the hotel", "surrounding the hotel", "MOBILIZE", "troops",
   ["terrorism", "peacekeeping"], ["SOM", "DJI", "ETH"],
   ["Somali security forces", "Djiboutian soldiers", "Ethiopian soldiers"])
ev(D, "some militants are still resisting", "fighting", "ASSAULT", "firearms", ["terrorism"],
   ["IMG", "SOM"], ["some militants", "the security forces"])
ev(D, "immediately claimed responsibility", "the attack", "ASSAULT", "", ["terrorism"],
   ["IMG"], ["The Islamist militant group al-Shabab"])
ev(D, "The group frequently conducts bombings", "conducts bombings and gun assaults", "ASSAULT",
   "", ["terrorism"], ["IMG"], ["The group"], ["SOM"], ["Somalia"])
ev(D, "This attack follows an operation", "an operation", "ASSAULT", "",
   ["terrorism", "intelligence"], ["SOM"],
   ["Somalia’s National Intelligence and Security Agency"], ["IMG"],
   ["16 al-Shabab militants"])
ev(D, "Somali government soldiers, supported by", "conducting operations", "ASSAULT", "",
   ["terrorism", "military"], ["SOM"], ["Somali government soldiers"], ["IMG"],
   ["al-Shabab"])
ev(D, "Somali government soldiers, supported by", "supported by", "AID", "",
   ["terrorism", "military"], ["USA"], ["the U.S. military"], ["SOM"],
   ["Somali government soldiers"])

# --- blind34-09: U.S. lawmakers on the U.S.-Ukraine ceasefire proposal (2025) ---
D = "blind34-09"
ev(D, "U.S. lawmakers welcomed", "welcomed", "SUPPORT", "", ["military", "diplomatic"],
   ["USA"], ["U.S. lawmakers"], ["UKR"], ["Ukraine"])
ev(D, "U.S. lawmakers welcomed", "had agreed to a 30-day ceasefire", "AGREE", "",
   ["military"], ["UKR"], ["Ukraine"])
ev(D, "I'm very encouraged the parties", "very encouraged", "SUPPORT", "", ["military"],
   ["USA"], ["I"])
ev(D, "has decided to lift the freeze", "lift the freeze", "CONCEDE", "",
   ["military", "intelligence"], ["USA"], ["the president"])
ev(D, "would cease military aid and intelligence sharing", "cease military aid", "SANCTION",
   "discontinue", ["military", "intelligence"], ["USA"], ["The United States"], ["UKR"],
   ["Ukraine"], future=True)
ev(D, "would cease military aid and intelligence sharing", "clash", "ACCUSE", "disapprove",
   ["diplomatic"], ["USA", "UKR"],
   ["U.S. President Donald Trump", "Ukrainian President Volodymyr Zelenskyy"])
ev(D, "would resume cooperation with Ukraine", "would resume cooperation", "AGREE", "",
   ["military", "intelligence"], ["USA"], ["the United States"], ["UKR"], ["Ukraine"])
ev(D, "So it's positive that that was lifted", "it's positive", "SUPPORT", "",
   ["military"], ["USA"], ["Democratic Representative Jason Crow"], ["USA"],
   ["the administration"])
ev(D, "were supposed to sign a minerals deal", "publicly disagreed", "ACCUSE", "disapprove",
   ["diplomatic", "economic"], ["USA", "UKR"], ["the two leaders", "the two leaders"])
ev(D, "The next step will be for President Zelenskyy", "sign the economic cooperation agreement",
   "AGREE", "", ["economic", "natural_resource"], ["UKR"], ["President Zelenskyy"],
   hypothetical=True)
ev(D, "Russia has not agreed to the ceasefire", "agreed", "AGREE", "", ["military"], ["RUS"],
   ["Russia"], negated=True)
ev(D, "Russia has not agreed to the ceasefire", "on their way to Moscow for discussions",
   "AGREE", "", ["diplomatic", "military"], ["USA"], ["Trump"], ["RUS"], ["Moscow"],
   future=True)
ev(D, "does not have a good record of living up", "does not have a good record", "ACCUSE",
   "disapprove", ["military"], ["NGO"], ["Pifer"], ["RUS"], ["Russia"])
ev(D, "Trump and Zelenskyy also publicly disagreed", "publicly disagreed", "ACCUSE",
   "disapprove", ["diplomatic", "military"], ["USA", "UKR"], ["Trump", "Zelenskyy"])
ev(D, "Vladimir Putin is the aggressor", "is the aggressor", "ACCUSE", "allege", ["military"],
   ["USA"], ["We"], ["RUS"], ["Vladimir Putin"])
ev(D, "Marco Rubio led more than eight hours of peace talks", "peace talks", "CONSULT",
   "third-party", ["diplomatic", "military"], ["USA", "UKR"],
   ["Secretary of State Marco Rubio", "Ukrainian officials"])
ev(D, "Republican lawmakers praised Trump", "praised", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["Republican lawmakers"], ["USA"], ["Trump"])
ev(D, "I'm very proud of Secretary Rubio", "very proud of", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["Republican Representative Derrick Van Orden"], ["USA"], ["Secretary Rubio"])
ev(D, "President Trump is right", "is right", "SUPPORT", "", ["economic"], ["USA"],
   ["Republican Representative Andy Barr"], ["USA"], ["President Trump"])
ev(D, "President Trump is right", "proposal", "AGREE", "", ["economic", "natural_resource"],
   ["USA"], ["President Trump's"], ["UKR"], ["Ukraine"])
ev(D, "continuing to work between Washington and Kyiv", "continuing to work", "AGREE", "",
   ["military"], ["USA", "UKR"], ["Washington", "Kyiv"])
ev(D, "one of the key demands", "key demands", "REQUEST", "assist", ["military"], ["UKR"],
   ["Ukraine"])

# --- blind34-10: Guatemala, publisher Zamora sent back to prison (2025) ---
D = "blind34-10"
ev(D, "A Guatemalan judge ordered prominent journalist", "ordered", "COERCE", "arrest",
   ["legal", "rights_freedoms"], ["GTM"], ["A Guatemalan judge"], ["GTM"],
   ["prominent journalist Jose Ruben Zamora"])
ev(D, "A Guatemalan judge ordered prominent journalist", "called “inhumane.”", "ACCUSE",
   "disapprove", ["legal"], ["GTM"], ["the leader of his legal team"], ["GTM"],
   ["A Guatemalan judge"])
ev(D, "another court revoked house arrest", "revoked house arrest", "COERCE", "arrest",
   ["legal"], ["GTM"], ["another court"], ["GTM"], ["the elPeriodico founder"])
ev(D, "press freedom groups say is politically motivated", "say", "ACCUSE", "allege",
   ["legal", "rights_freedoms"], ["NGO"], ["press freedom groups"])
ev(D, "We’re very troubled by what’s happening", "very troubled", "ACCUSE", "disapprove",
   ["legal"], ["GTM"], ["Caoilfhionn Gallagher"], ["GTM"], ["Guatemala"])
ev(D, "This latest revocation of his house arrest", "grossly unfair", "ACCUSE", "disapprove",
   ["legal"], ["GTM"], ["Gallagher"])
ev(D, "he called the ruling “arbitrary.”", "called the ruling “arbitrary.”", "ACCUSE",
   "disapprove", ["legal"], ["GTM"], ["he"])
ev(D, "had been threatened by unnamed individuals", "threatened", "THREATEN", "",
   ["legal"], ["GTM"], ["unnamed individuals"], ["GTM"], ["he and his staff"])
ev(D, "authorities arrested Zamora", "arrested", "COERCE", "arrest",
   ["legal", "rights_freedoms"], ["GTM"], ["authorities"], ["GTM"], ["Zamora"])
ev(D, "authorities arrested Zamora", "froze the newspaper’s assets", "COERCE", "seize",
   ["legal", "rights_freedoms"], ["GTM"], ["authorities"], ["GTM"], ["the newspaper’s"])
ev(D, "The publication was forced to shutter", "was forced to shutter", "COERCE", "censor",
   ["rights_freedoms"], [], [], ["GTM"], ["The publication"])
ev(D, "A court later sentenced Zamora", "sentenced", "SANCTION", "convict", ["legal"],
   ["GTM"], ["A court"], ["GTM"], ["Zamora"])
ev(D, "A court later sentenced Zamora", "six years in prison", "COERCE", "arrest", ["legal"],
   ["GTM"], ["A court"], ["GTM"], ["Zamora"])
ev(D, "An appeals court overturned the conviction", "overturned the conviction", "CONCEDE", "",
   ["legal"], ["GTM"], ["An appeals court"])
ev(D, "An appeals court overturned the conviction", "ordered a new trial", "ACCUSE", "allege",
   ["legal"], ["GTM"], ["An appeals court"], future=True)
ev(D, "legal team has rejected all the accusations", "rejected", "REJECT", "", ["legal"],
   ["GTM"], ["Zamora’s legal team"])
ev(D, "Working Group on Arbitrary Detention has also determined", "determined", "ACCUSE",
   "disapprove", ["legal", "human_rights"], ["UNO"],
   ["The United Nations Working Group on Arbitrary Detention"])
ev(D, "Working Group on Arbitrary Detention has also determined", "called for his release",
   "REQUEST", "yield", ["legal", "human_rights"], ["UNO"],
   ["The United Nations Working Group on Arbitrary Detention"])
ev(D, "granted him house arrest", "granted him house arrest", "RETREAT", "release", ["legal"],
   ["GTM"], ["a court"], ["GTM"], ["him"])
ev(D, "Another court in November revoked", "revoked", "COERCE", "arrest", ["legal"], ["GTM"],
   ["Another court"], ["GTM"], ["Zamora’s"])
ev(D, "called the decision to reimprison Zamora", "called the decision", "ACCUSE", "disapprove",
   ["legal", "rights_freedoms"], ["NGO"], ["Reporters Without Borders"])
ev(D, "This is an absolutely baseless case", "absolutely baseless case", "ACCUSE", "disapprove",
   ["legal", "corruption"], ["GTM"], ["Arevalo"], ["GTM"], ["the Public Ministry"])
ev(D, "who was sanctioned by the European Union", "sanctioned", "SANCTION", "discontinue",
   ["legal", "pro_democracy"], ["EUR"], ["the European Union"], ["GTM"],
   ["Attorney General Maria Consuelo Porras"])
ev(D, "conditions that Gallagher characterized", "characterized", "ACCUSE", "disapprove",
   ["human_rights"], ["GTM"], ["Gallagher"])
ev(D, "Being returned to those conditions", "horrifying and unacceptable", "ACCUSE",
   "disapprove", ["human_rights"], ["GTM"], ["Gallagher"])
ev(D, "Nine press freedom and rights groups", "called for", "REQUEST", "yield",
   ["rights_freedoms"], ["NGO"], ["Nine press freedom and rights groups"])
ev(D, "We urge Guatemalan authorities", "urge", "REQUEST", "change",
   ["legal", "rights_freedoms"], ["NGO"], ["they"], ["GTM"], ["Guatemalan authorities"])
ev(D, "Gallagher’s other clients include", "was killed", "ASSAULT", "", ["rights_freedoms"],
   [], [], ["MLT"], ["journalist Daphne Caruana Galizia"])
ev(D, "very prolonged proceedings", "very prolonged proceedings", "ACCUSE", "disapprove",
   ["legal"], ["GTM"], ["Gallagher"], ["GTM", "HKG"], ["Guatemala", "Hong Kong"])

"""Source of the sealed quotes test set ``test8.jsonl`` (VOA news stories, 2007-2019).

Annotated by helper sqq9 on 2026-12-06, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test8.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t8-venezuela-guaido-2019",
        "url": "https://www.voanews.com/a/crises-mount-in-venezuela/4770476.html",
        "title": "Crisis Mounts in Venezuela",
        "published": "2019-02-02",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(stored twice), the embedded video block 'WATCH: VOA Interviews Juan "
                "Guaidó ... 0:00 0:01:58 0:00', crosshead 'More defections'. Cut by the store "
                "inside the next paragraph ('Jonathan Velasc'); kept to the last complete "
                "sentence. published: the caption's date (Saturday, Feb. 2, 2019), which is "
                "the 'Saturday' of the story. The last quotation is never closed on the page.",
        "text": """
Venezuelan opposition leader Juan Guaido is expected to announce Sunday when humanitarian aid will be delivered to the crisis-ridden country.
Guaido told supporters Saturday the opposition would start collecting humanitarian aid in Brazil, Colombia and an unnamed Caribbean island and called on the military to allow the aid into the country.
The United States has said it would transport aid to Venezuela at Guaido's request. President Nicolas Maduro has refused to accept aid because he believes it opens the way for a U.S.-led military intervention.
Two military leaders and an ambassador defected Saturday from the government of President Nicolas Maduro and instead recognized Guaido as the acting president.
Early Saturday, General Francisco Yanez called on other members of the military to defect as he announced his own defection in a social media video. He rejected Maduro's "dictatorial" authority and recognized Guaido as the acting president.
Major General Jorge Oropeza, former air force general commander, said later Saturday that he also recognized Guaido as acting president.
Top military leaders have helped Maduro survive mass demonstrations in recent years by jailing activists and repressing opposition protestors.
Guaido said in an interview with VOA Noticias he has offered "amnesty and guarantees" to high ranking military officials as part of a broader effort to get "this usurpation to end.
It remains unclear how much military support there is for Guaido.
""",
        "quotes": [
            ("indirect", "the opposition would start collecting humanitarian aid in Brazil, Colombia and an unnamed Caribbean island",
             "told", "Guaido", "Juan Guaido", "VEN", "name"),
            ("indirect", "it would transport aid to Venezuela at Guaido's request",
             "said", "The United States", "United States", "USA", "organisation"),
            ("partial", "dictatorial", "rejected", "He", "Francisco Yanez", "VEN", "pronoun"),
            ("indirect", "he also recognized Guaido as acting president",
             "said", "Major General Jorge Oropeza", "Jorge Oropeza", "VEN", "name"),
            ("indirect", "he has offered<<>>usurpation to end.",
             "said", "Guaido", "Juan Guaido", "VEN", "name"),
            ("partial", "amnesty and guarantees", "said", "Guaido", "Juan Guaido", "VEN", "name"),
            ("partial", "this usurpation to end", "said", "Guaido", "Juan Guaido", "VEN", "name"),
        ],
    },
    {
        "id": "t8-eu-summit-eurobonds-2012",
        "url": "http://www.voanews.com/content/eu_economy_meeting/938361.html",
        "title": "EU Leaders Meet Amid More Grim Economic News",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, photo caption (stored twice; dated May 23, "
                "2012, a day before the story's 'Wednesday', so not used as the date), byline "
                "'Lisa Bryant'. Cut by the store inside a quotation of the OECD's chief "
                "economist ('Things have begun to deteriorate ... repercussions w'); that "
                "paragraph was dropped whole.",
        "text": """
PARIS - European leaders gather for an informal dinner summit in Brussels Wednesday, dominated by increasing calls for growth measures and gloomy news about the state of the eurozone economy. France's new president Francois Hollande is expected to champion a particularly controversial measure - eurobonds.
This latest meeting of European Union leaders takes place amid a changed political and economic landscape. To be sure, the main problem facing the 27 European leaders remains the same; creating jobs and growing the troubled eurozone economy. Pressure for strong and speedy action is mounting amid fears that the eurozone's weakest member - Greece - may soon exit the 17-nation currency union, a move that may spark a larger crisis.
"I don't think the eurozone has turned the corner," said Thomas Klau, who heads the Paris office of the European Council on Foreign Relations. "It's turned the corner in terms of the political will. I think the mainstream parties across the eurozone are very strongly committed to keeping the eurozone intact and see it through this crisis. But I don't think they've done enough to make that commitment work in practice."
European leaders received more grim economic news this week. A report by the Paris-based Organization for Economic Cooperation and Development warned the eurozone risked severe recession. The OECD's chief economist Pier Carlo Padoan called for swift action.
""",
        "quotes": [
            ("direct", "I don't think the eurozone has turned the corner",
             "said", "Thomas Klau", "Thomas Klau", None, "name"),
            ("direct", "It's turned the corner in terms<<>>work in practice.",
             "said", "Thomas Klau", "Thomas Klau", None, "name"),
            ("indirect", "the eurozone risked severe recession", "warned", "A report",
             "Organization for Economic Cooperation and Development", "IGO", "organisation"),
        ],
    },
    {
        "id": "t8-nasa-extraterrestrial-life-2015",
        "url": "http://www.voanews.com/content/discovery-of-extraterrestrial-life-within-reach-nasa/1958312.html",
        "title": "Discovery of Extraterrestrial Life 'Within Reach' Says NASA",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Science & Technology', title line, photo caption (stored twice), "
                "the 'Related Articles' box (three linked titles with their blurbs), byline "
                "'VOA News'. Cut by the store inside the next sentence ('... potentially "
                "billions of'); kept to the last complete sentence. Mixed curly/straight marks "
                "around Bolden's words are the page's.",
        "text": """
NASA scientists say they’re closer than ever to finding life beyond Earth.
At a July 14 panel discussion, several leading NASA scientists outlined the agency’s roadmap to find life and looked back on the discoveries that paved the way.
While NASA continues to look for life in the solar system, namely on Mars and the icy moons of Jupiter and Saturn, the panel was focused on the search for life outside the solar system.
NASA Administrator Charles Bolden, a former astronaut, opened the discussion saying “it is improbable that in the limitless vastness of the universe we humans stand alone."
One major advancement in the discovery of worlds outside the solar system has been the Kepler Space Telescope, launched in 2009. It has been critical in expanding the knowledge of exoplanets, discovering most of the 5,000 potential exoplanets, 1,700 of which have been confirmed.
One of those planets is an Earth-size planet orbiting the habitable zone of a star. The habitable zone is the distance from a star where liquid water can exist. Liquid water is considered to be a key ingredient for life as we know it.
""",
        "quotes": [
            ("indirect", "they’re closer than ever to finding life beyond Earth",
             "say", "NASA scientists", "NASA scientists", "USA", "nominal"),
            ("partial", "it is improbable that in the limitless vastness of the universe we humans stand alone",
             "saying", "NASA Administrator Charles Bolden", "Charles Bolden", "USA", "name"),
        ],
    },
    {
        "id": "t8-kashmir-shelling-2018",
        "url": "https://www.voanews.com/a/pakistan-india-military-clashes-kill-11-in-kashmir/4399639.html",
        "title": "Pakistan, India Military Clashes Kill 11 in Kashmir",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(stored twice; dated May 18, 2018, of a different protest, so not used as the "
                "date). Cut by the store inside the next sentence ('... more than 1,00'); kept "
                "to the last complete sentence. The page's mixed marks ('“...\"', '‘...”') are "
                "kept.",
        "text": """
Pakistan and India accused each other’s militaries on Friday of launching unprovoked shelling across their disputed Kashmir frontier — skirmishes that officials said caused mostly civilian casualties on both sides.
The Pakistani foreign ministry summoned India’s top diplomat in Islamabad to protest what it condemned as “unprovoked cease-fire violations” by Indian forces that resulted in the deaths of four civilians and injuries to 10 others.
Indian military officials accused Pakistan of firing first and confirmed the killings of six civilians and a soldier in what they said was “unprovoked and indiscriminate" shelling by Pakistani forces.
In recent years, almost weekly military skirmishes along the so-called Line of Control (LoC) in the Himalayan region have nearly torn down a 2003 mutual cease-fire truce between the two nuclear-armed neighbors, raising fears of a wider conflict.
Both India and Pakistan blame each other for starting the deadly clashes.
The Pakistani military said Indian forces early Friday began violating the cease-fire and targeted the civilian population in the Sialkot sector.
Pakistani troops, it said, retaliated and targeted ‘those Indian posts that initiated the fire.”
Officials on both sides reported that intermittent skirmishes were ongoing in the area and several other sectors on LoC.
""",
        "quotes": [
            ("indirect", "caused mostly civilian casualties on both sides",
             "said", "officials", "officials", None, "nominal"),
            ("partial", "unprovoked cease-fire violations", "condemned", "it",
             "Pakistani foreign ministry", "PAK", "pronoun"),
            ("indirect", "was “unprovoked and indiscriminate\" shelling by Pakistani forces",
             "said", "they", "Indian military officials", "IND", "pronoun"),
            ("partial", "unprovoked and indiscriminate", "said", "they",
             "Indian military officials", "IND", "pronoun"),
            ("indirect", "Indian forces early Friday began violating the cease-fire and targeted the civilian population in the Sialkot sector",
             "said", "The Pakistani military", "Pakistani military", "PAK", "organisation"),
            ("indirect", "retaliated and targeted ‘those Indian posts that initiated the fire.”",
             "said", "it", "Pakistani military", "PAK", "pronoun"),
            ("partial", "those Indian posts that initiated the fire", "said", "it",
             "Pakistani military", "PAK", "pronoun"),
            ("indirect", "intermittent skirmishes were ongoing in the area and several other sectors on LoC",
             "reported", "Officials on both sides", "officials on both sides", None, "nominal"),
        ],
    },
    {
        "id": "t8-syria-damascus-aleppo-2012",
        "url": "http://www.voanews.com/content/fourty_eight_iranians_kidnapped_in_syrian_capital/1455267.html",
        "title": "Syrian Forces Push for Control of Damascus, Aleppo",
        "published": "2012-08-04",
        "truncated": False,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice), byline "
                "'VOA News', the closing 'You May Like' box (where the store cut). Double "
                "spaces after full stops reduced to one. published: the caption's date "
                "(Saturday, August 4, 2012), the 'Saturday' of the story. The closing credit "
                "line of the page is kept.",
        "text": """
Explosions have rocked the Syrian capital, Damascus, on Saturday, and the northern city of Aleppo as security forces try to push rebels from their remaining strongholds.
The government says it has regained control of all of the capital. The French news agency reports a brigadier general told journalists that rebels had resorted to hit-and-run tactics against security forces.
Activists say an entire district became a battleground in Aleppo on Saturday. An army helicopter fired machine gun rounds and ground troops shelled targets in an attempt to oust rebels from their positions.
The opposition Syrian Observatory for Human Rights says more than two dozen people were killed in anti-government-related violence across Syria on Saturday.
In another development, Iranian state media reports say 48 Iranian nationals who were aboard a bus in Damascus have been kidnapped. Iran says efforts are under way to free the nationals, described as religious pilgrims.
In recent years, hundreds of thousands of Iranians have traveled to Syria to visit the Sayeda Zeinab mosque, a holy Shi'ite shrine in Damascus. Iranians have been targets for kidnap gangs several times since Syrian rebel groups began their mass uprising against President Bashar al-Assad more than 17 months ago.
Syrian rebels come mainly from the country's Sunni Muslim majority, while most Iranians practice Shi'ite Islam.
Some information for this report was provided by AFP and Reuters.
""",
        "quotes": [
            ("indirect", "it has regained control of all of the capital",
             "says", "The government", "Syrian government", "SYR", "organisation"),
            ("indirect", "rebels had resorted to hit-and-run tactics against security forces",
             "told", "a brigadier general", "brigadier general", "SYR", "nominal"),
            ("indirect", "an entire district became a battleground in Aleppo on Saturday",
             "say", "Activists", "activists", None, "nominal"),
            ("indirect", "more than two dozen people were killed in anti-government-related violence across Syria on Saturday",
             "says", "The opposition Syrian Observatory for Human Rights",
             "Syrian Observatory for Human Rights", "NGO", "organisation"),
            ("indirect", "48 Iranian nationals who were aboard a bus in Damascus have been kidnapped",
             "say", "Iranian state media reports", "Iranian state media", "IRN", "organisation"),
            ("indirect", "efforts are under way to free the nationals, described as religious pilgrims",
             "says", "Iran", "Iran", "IRN", "organisation"),
        ],
    },
    {
        "id": "t8-syria-damascus-suburbs-2012",
        "url": "http://www.voanews.com/content/diplomatic-efforts-continue-as-syrian-crackdown-intensifies-138340189/151340.html",
        "title": "Diplomatic Efforts Continue as Syrian Crackdown Intensifies",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice). Cut by the "
                "store inside the next sentence ('Opposition sources say more than several dozen "
                "civilians were killed in the government offensive,'); kept to the last complete "
                "sentence. A double space ('also  were') reduced to one.",
        "text": """
Syrian government forces intensified their military crackdown against opposition forces near the capital, Damascus, retaking a number of key towns that had fallen to rebel soldiers in recent days. The fighting is occurring amid a frenzy of diplomatic activity to try to resolve the more than 10-month-old conflict.
Heavily armed Syrian government forces pounded a string of Damascus suburbs for a second day, reportedly retaking the towns of Saqba, Kafr Batna and Hammouriya from rebel soldiers. The shelling was so heavy in places that black smoke was visible on the horizon in Damascus.
An opposition supporter named Abou Ayman al Dimashqi told al-Hurra TV that government tanks and field artillery caused widespread destruction in several suburbs, and troops went house-to-house to arrest scores of people.
He said the suburb of East Ghouta was devastated by the shelling of buildings and civilian targets by government artillery, tanks, rockets, helicopters and planes in the face of lightly armed rebel soldiers. Al Dimashqi added that plumes of smoke poured into the sky over the town of Arbein, while government snipers deployed in Hammouriya, and troops made arrests.
Witnesses say hundreds of civilians fled the outlying suburbs for interior districts of Damascus. Government tanks and military hardware also were deployed in central squares of the capital to allay fears that rebel soldiers might breach the capital's defenses.
""",
        "quotes": [
            ("indirect", "government tanks and field artillery caused widespread destruction in several suburbs, and troops went house-to-house to arrest scores of people",
             "told", "Abou Ayman al Dimashqi", "Abou Ayman al Dimashqi", "SYR", "name"),
            ("indirect", "the suburb of East Ghouta was devastated<<>>lightly armed rebel soldiers",
             "said", "He", "Abou Ayman al Dimashqi", "SYR", "pronoun"),
            ("indirect", "plumes of smoke poured into the sky over the town of Arbein, while government snipers deployed in Hammouriya, and troops made arrests",
             "added", "Al Dimashqi", "Abou Ayman al Dimashqi", "SYR", "name"),
            ("indirect", "hundreds of civilians fled the outlying suburbs for interior districts of Damascus",
             "say", "Witnesses", "witnesses", None, "nominal"),
        ],
    },
    {
        "id": "t8-cuba-dissidents-le-2015",
        "url": "https://learningenglish.voanews.com/a/us-defends-cuba-policy-after-dissidents-arrests/2591000.html",
        "title": "US Defends Cuba Policy After Dissident Arrests",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, two audio players "
                "(each with the title repeated, 'please wait', 'No media source currently "
                "available', '0:00 0:02:37 0:00' / '0:00 0:05:12 0:00', 'Direct link'). Cut by "
                "the store inside a quotation of Jen Psaki ('... human rights condit'); that "
                "paragraph was dropped whole. The page's slips ('Berta Solar', 'Cuban officials "
                "arrest her') are kept.",
        "text": """
Dissidents in Cuba are criticizing Cuban officials for detaining several activists last week. The dissidents say the detention shows what they call the “fallacy” – mistaken belief – of U.S. President Barack Obama’s decision to re-establish diplomatic relations with Cuba. They also say his decision to ease some restrictions between the countries is a mistake.
The Cuban activist group “Ladies in White” is demanding the release of political prisoners and improved human rights. Berta Solar is head of the group. She says she and others do not believe President Obama’s decision will bring freedom.
She says Mr. Obama “thought this would favor the Cuban people, but that is not the case.” In her words, “everything that comes out of this renewal of ties will benefit the Cuban government and not the Cuban people.”
Dissidents say the arrest of Cuban performance artist Tania Bruguera is an example of the continuing repression. Cuban officials arrest her and about 50 others last week for planning an event in Havana’s Revolution Square. They wanted to use the event to push for freedom of expression. Officials later released her and some of the other activists.
The United States condemned the detentions. But State Department official Jen Psaki was asked this week to defend the new U.S. policy.
""",
        "quotes": [
            ("indirect", "the detention shows what they call<<>>diplomatic relations with Cuba",
             "say", "The dissidents", "dissidents in Cuba", "CUB", "nominal"),
            ("partial", "fallacy", "call", "they", "dissidents in Cuba", "CUB", "pronoun"),
            ("indirect", "his decision to ease some restrictions between the countries is a mistake",
             "say", "They", "dissidents in Cuba", "CUB", "pronoun"),
            ("indirect", "she and others do not believe President Obama’s decision will bring freedom",
             "says", "She", "Berta Solar", "CUB", "pronoun"),
            ("indirect", "Mr. Obama “thought this would favor the Cuban people, but that is not the case.”",
             "says", "She", "Berta Solar", "CUB", "pronoun"),
            ("partial", "thought this would favor the Cuban people, but that is not the case",
             "says", "She", "Berta Solar", "CUB", "pronoun"),
            ("direct", "everything that comes out of this renewal of ties will benefit the Cuban government and not the Cuban people.",
             "In her words", "She", "Berta Solar", "CUB", "pronoun"),
            ("indirect", "the arrest of Cuban performance artist Tania Bruguera is an example of the continuing repression",
             "say", "Dissidents", "dissidents", "CUB", "nominal"),
        ],
    },
    {
        "id": "t8-cuba-ladies-in-white-2013",
        "url": "https://www.voanews.com/a/cuban-authorities-squelch-human-rights-march/1807828.html",
        "title": "Cuban Authorities Squelch Human Rights March",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, a photo caption "
                "stored twice that belongs to another story (an Azerbaijani-language caption "
                "with HTML line breaks). Cut by the store inside the next sentence ('Cuban "
                "authorities consider the island's small co'); kept to the last complete "
                "sentence.",
        "text": """
Cuban security forces have detained about 20 dissidents at the start of an International Human Rights Day march, halting the demonstration before it started.
The opponents were seen being taken away Tuesday after their planned protest along a central street in Havana was interrupted. The would-be protesters resisted, but no injuries were reported. It was not known where they were taken.
The dissident group, called the Ladies in White, were pounced upon and quickly shoved into waiting vehicles by security personnel and government supporters when they arrived at a busy intersection in the capital.
The women, in groups of two or three, came in taxis over a 20 minute period in an apparent attempt to avoid police, but to no avail.
The incident was similar to many others in the past and invariably the women are driven home or detained for just a few hours.
The organization charged that many other members were stopped by state security agents from attending what was billed as a rally and march for human rights.
Under former president Fidel Castro, dissidents often faced long prison terms for their activities, while under his brother, who took over in 2008, the government has changed tactics, temporarily detaining opponents for a few hours, days or weeks and then releasing them, only to repeat the process if they protest again.
International rights groups say Cuban laws virtually prevent all forms of protest and dissent while the government says it upholds human rights by providing free education and health services.
Pro-government demonstrators gathered in the street to shout slogans for the Cuban revolution.
""",
        "quotes": [
            ("indirect", "many other members were stopped by state security agents from attending what was billed as a rally and march for human rights",
             "charged", "The organization", "Ladies in White", "CUB", "organisation"),
            ("indirect", "Cuban laws virtually prevent all forms of protest and dissent",
             "say", "International rights groups", "international rights groups", "NGO", "nominal"),
            ("indirect", "it upholds human rights by providing free education and health services",
             "says", "the government", "Cuban government", "CUB", "organisation"),
        ],
    },
    {
        "id": "t8-colombia-farc-visits-2016",
        "url": "https://www.voanews.com/a/colombia-stops-farc-leaders-visits/3197855.html",
        "title": "Colombia Stops FARC Leaders' Visits",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, two photo captions "
                "(each stored twice, both marked FILE), crosshead ''No politics with arms''. Cut "
                "by the store inside the next sentence ('... has been weakened i'); kept to the "
                "last complete sentence.",
        "text": """
Colombian President Juan Manuel Santos has suspended visits to Colombia by the negotiators of the Marxist rebel group FARC.
Colombian leaders and the rebel negotiators have been working on a peace deal in talks in Cuba.
Santos initiated the suspension after the negotiators — Ivan Marquez, Jesus Santrich and Joaquin Gomez — participated in a public event in Colombia with armed guerrillas standing close by, despite restrictions on such activities.
Humberto de la Calle, chief government negotiator, said in a statement "For the government, a fundamental rule of this agreement is that there will be no politics with arms... This is an unacceptable violation."
De la Calle said the government has asked the International Red Cross to facilitate the return of the rebel leaders to Cuba "as soon as possible."
Colombia and FARC have announced their intention to file a peace agreement by March 23.
The leftist FARC rebels have been fighting a guerrilla war to topple Colombian governments since 1964, killing more than 220,000. They have used drug trafficking and kidnappings for ransom to fund their war.
""",
        "quotes": [
            ("direct", "For the government, a fundamental rule<<>>unacceptable violation.",
             "said", "Humberto de la Calle", "Humberto de la Calle", "COL", "name"),
            ("indirect", "the government has asked the International Red Cross<<>>as soon as possible.\"",
             "said", "De la Calle", "Humberto de la Calle", "COL", "name"),
            ("partial", "as soon as possible", "said", "De la Calle", "Humberto de la Calle", "COL", "name"),
        ],
    },
    {
        "id": "t8-afghanistan-helmand-assault-2016",
        "url": "https://www.voanews.com/a/afghan-taliban-makes-assault-in-helmand/3227001.html",
        "title": "Afghan Taliban Stages Assault in Helmand",
        "published": "2016-03-09",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption, "
                "crossheads 'Casualties on both sides' and 'Protecting narcotics, crime', a second "
                "photo caption (stored twice) inside which the store cut; kept to the end of the "
                "paragraph before it. published: the first caption's date (March 9, 2016), the "
                "'Wednesday' of the story. The page's slips ('went to on to assert', "
                "'provincesis') are kept.",
        "text": """
Authorities in Afghanistan's restive southern province of Helmand say a group of at least 10 heavily-armed Taliban fighters have staged a coordinated assault, triggering a gun battle with security forces.
The attack early Wednesday in the Gereshk district targeted the police headquarters and offices of the Afghan spy agency.
A senior provincial security official, Abdul Jabbar Qahraman, told VOA that security forces have killed nine assailants during a gunfight to eliminate the remaining militants. He went to on to assert that all the assailants were foreign nationals and there were suicide bombers among them.
The militant siege has left at least three security personnel dead while several others wounded, said Qahraman.
A Taliban spokesman, Qari Yosaf Ahmadi, claimed responsibility for the assault, saying it has inflicted heavy casualties on Afghan security personnel.
The fighting prompted provincial authorities to close the main Kandahar-Herat highway, which links the southern region to western Afghanistan. Reports say thousands of passengers have been stranded because of the road closure.
Helmand, which borders Pakistan, is Afghanistan's largest province and a major poppy growing area and is a Taliban heartland. The insurgency has overrun many of the 14 districts of the province after months of fighting.
Narcotics produced in Helmand and surrounding southern provincesis a main source of income for the insurgency, according to the United Nations.
""",
        "quotes": [
            ("indirect", "a group of at least 10 heavily-armed Taliban fighters have staged a coordinated assault, triggering a gun battle with security forces",
             "say", "Authorities in Afghanistan's restive southern province of Helmand",
             "Helmand provincial authorities", "AFG", "organisation"),
            ("indirect", "security forces have killed nine assailants during a gunfight to eliminate the remaining militants",
             "told", "Abdul Jabbar Qahraman", "Abdul Jabbar Qahraman", "AFG", "name"),
            ("indirect", "all the assailants were foreign nationals and there were suicide bombers among them",
             "assert", "He", "Abdul Jabbar Qahraman", "AFG", "pronoun"),
            ("indirect", "The militant siege has left at least three security personnel dead while several others wounded",
             "said", "Qahraman", "Abdul Jabbar Qahraman", "AFG", "name"),
            ("indirect", "it has inflicted heavy casualties on Afghan security personnel",
             "saying", "Qari Yosaf Ahmadi", "Qari Yosaf Ahmadi", "AFG", "name"),
            ("indirect", "thousands of passengers have been stranded because of the road closure",
             "say", "Reports", "reports", None, "nominal"),
            ("indirect", "Narcotics produced in Helmand and surrounding southern provincesis a main source of income for the insurgency",
             "according to", "the United Nations", "United Nations", "UNO", "organisation"),
        ],
    },
    {
        "id": "t8-ukraine-energy-support-2022",
        "url": "https://www.voanews.com/a/ukraine-calls-for-maximum-support-to-avoid-effects-of-russian-energy-cuts-/6731329.html",
        "title": "Ukraine Calls for ‘Maximum Support’ to Avoid Effects of Russian Energy Cuts",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(stored twice, itself cut). Cut by the store inside the next sentence ('Russia, "
                "in turn, said it would not sell oil to any countr'); kept to the last complete "
                "sentence. Mixed curly/straight marks are the page's.",
        "text": """
Ukraine advocated Monday for “maximum support” for its efforts to defeat Russia in order to blunt economic effects on European allies, while Russia reiterated its blame on Western sanctions for disruptions of gas shipments to Germany.
Ukrainian Foreign Minister Dmytro Kuleba said Russia’s “military aggression against Ukrainians, energy blackmail against EU citizens” were to blame for “rising prices and utility bills in EU countries.”
“Solution: maximum support to Ukraine so that we defeat Putin sooner and he does not harm Europe anymore,” Kuleba tweeted.
Kremlin spokesman Dmitry Peskov told reporters that Western sanctions were “causing chaos” for maintenance of the Nord Stream 1 pipeline, which Russian energy giant Gazprom shut down last week after saying it detected an oil leak.
European countries that have sent munitions to the Kyiv government and helped train its fighters have accused Russia of weaponizing energy supplies they have purchased from Moscow.
"Problems with gas supply arose because of the sanctions imposed on our country by Western states, including Germany and Britain," Peskov said.
The Group of Seven (G-7) nations have proposed capping the price on Russian oil exports to limit Russian profits that help fund Russia’s war efforts in Ukraine.
""",
        "quotes": [
            ("partial", "maximum support", "advocated", "Ukraine", "Ukraine", "UKR", "organisation"),
            ("indirect", "Russia’s “military aggression<<>>in EU countries.”",
             "said", "Ukrainian Foreign Minister Dmytro Kuleba", "Dmytro Kuleba", "UKR", "name"),
            ("partial", "military aggression against Ukrainians, energy blackmail against EU citizens",
             "said", "Ukrainian Foreign Minister Dmytro Kuleba", "Dmytro Kuleba", "UKR", "name"),
            ("partial", "rising prices and utility bills in EU countries",
             "said", "Ukrainian Foreign Minister Dmytro Kuleba", "Dmytro Kuleba", "UKR", "name"),
            ("direct", "Solution: maximum support to Ukraine so that we defeat Putin sooner and he does not harm Europe anymore",
             "tweeted", "Kuleba", "Dmytro Kuleba", "UKR", "name"),
            ("indirect", "Western sanctions were “causing chaos” for maintenance of the Nord Stream 1 pipeline, which Russian energy giant Gazprom shut down last week",
             "told", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RUS", "name"),
            ("partial", "causing chaos", "told", "Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RUS", "name"),
            ("indirect", "it detected an oil leak", "saying", "Russian energy giant Gazprom",
             "Gazprom", "RUS", "organisation"),
            ("direct", "Problems with gas supply arose because of the sanctions imposed on our country by Western states, including Germany and Britain",
             "said", "Peskov", "Dmitry Peskov", "RUS", "name"),
        ],
    },
    {
        "id": "t8-nepal-quake-rescued-2015",
        "url": "https://www.voanews.com/a/nepal-quake-toll-rises-as-aid-operations-continue/2742683.html",
        "title": "Two Rescued in Nepal Quake Debris as Death Toll Rises",
        "published": "2015-04-30",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice). Cut by the store inside the next sentence ('VOA correspondent Steve "
                "Herman visited ... along wit'); kept to the last complete sentence. published: "
                "the caption's date (April 30, 2015), the 'Thursday' of the story.",
        "text": """
Rescue workers in Nepal pulled two survivors Thursday from the rubble of last weekend's devastating earthquake, rare moments of joy as the death toll climbed to nearly 6,000.
Cheers rang out in Nepal's capital of Kathmandu as rescuers pulled a 15-year-old boy, Pemba Tamang, from a demolished guest house. Hours later, a hotel kitchen worker, a woman in her 30s, Krishna Devi Khadka, was also pulled to safety.
The youth, caked in dust, was fitted with a neck brace before he was carried away on a stretcher and raced to a field hospital. But health care workers said he had suffered only minor cuts and bruises. The boy said he stayed alive by eating a jar of ghee, clarified butter, that he found in the darkness of the debris he was trapped in.
Tamang described his horror as the earthquake occurred last Saturday.
"I tried to run but ... something fell on my head and I lost consciousness — I've no idea for how long," he said. "When I came round, I was trapped under the debris and there was total darkness. I heard other people's voices screaming out for help around me ... but I felt helpless."
Rescue workers said the woman they found was conscious and talking, with one saying, "It is as though she had been born again."
Teams of rescue workers from across the world continued digging through rubble and aid groups worked to get much needed supplies to survivors.
""",
        "quotes": [
            ("indirect", "he had suffered only minor cuts and bruises",
             "said", "health care workers", "health care workers", "NPL", "nominal"),
            ("indirect", "he stayed alive by eating a jar of ghee, clarified butter, that he found in the darkness of the debris he was trapped in",
             "said", "The boy", "Pemba Tamang", "NPL", "nominal"),
            ("direct", "I tried to run but ... something fell on my head and I lost consciousness — I've no idea for how long",
             "said", "he", "Pemba Tamang", "NPL", "pronoun"),
            ("direct", "When I came round<<>>but I felt helpless.",
             "said", "he", "Pemba Tamang", "NPL", "pronoun"),
            ("indirect", "the woman they found was conscious and talking",
             "said", "Rescue workers", "rescue workers", None, "nominal"),
            ("direct", "It is as though she had been born again.",
             "saying", "one", "one of the rescue workers", None, "nominal"),
        ],
    },
    {
        "id": "t8-nepal-quake-dead-2015",
        "url": "http://www.voanews.com/content/nepal-earthquake/2734091.html",
        "title": "More Than 3,200 Dead in Nepal Quake",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, the label 'update', "
                "an embed notice 'We are sorry, but this feature is currently not available', a "
                "photo caption 'Avalanche in Nepal, on Mt. Everest' (stored twice). Cut by the "
                "store inside the next sentence ('By early Sunday, sources reported to VOA "
                "deaths and extensiv'); kept to the last complete sentence. The page's slip "
                "'overnight night' is kept.",
        "text": """
Residents of Nepal's capital sought refuge outside overnight night, fearful of further aftershocks after a massive earthquake rocked much of the country Saturday, killing more than 3,200 people and injuring several thousand others.
Communications systems from rural areas have been knocked out by the earthquake. The death and injury tolls are expected to rise when word comes in from those areas.
Saturday's 7.8 magnitude quake struck 80 kilometers northwest of Kathmandu, destroying large parts of the capital's historic center. Sunday's 6.7 aftershock was among at least 18 smaller quakes that shook the Kathmandu area since.
Citing Nepali government sources, the United Nations said 35 of the country's 75 districts are affected. Some 30 million people live in Nepal.
VOA correspondent Steve Herman reports that emergency officials in Kathmandu say they are "overwhelmed" with rescue and assistance requests from across the country.
Disaster response teams from the United States and other nations are deploying to help search, rescue and recovery efforts.
On a website established by the International Committee of the Red Cross, hundreds of Nepalis and foreigners are reported missing by their loved ones. Far fewer have checked in on the site to report they are alive.
The earthquake rocked the mountainous region minutes before noon local time on Saturday, flattening historic structures of wood and brick in the ancient capital city. At least 180 people were reported dead when the city's iconic Dharahara Tower - a UNESCO world heritage site - collapsed.
To the east, avalanches shook Mt. Everest - the highest point on earth - killing at least 18 climbers, injuring many others and burying entire base camps.
""",
        "quotes": [
            ("indirect", "35 of the country's 75 districts are affected",
             "said", "the United Nations", "United Nations", "UNO", "organisation"),
            ("indirect", "they are \"overwhelmed\" with rescue and assistance requests from across the country",
             "say", "emergency officials in Kathmandu", "emergency officials in Kathmandu", "NPL", "nominal"),
            ("partial", "overwhelmed", "say", "emergency officials in Kathmandu",
             "emergency officials in Kathmandu", "NPL", "nominal"),
            ("indirect", "they are alive", "report", "Far fewer",
             "missing Nepalis and foreigners", None, "nominal"),
        ],
    },
    {
        "id": "t8-sri-lanka-tigers-cornered-2009",
        "url": "https://www.voanews.com/a/a-13-2009-01-26-voa13-68822282/413598.html",
        "title": "Sri Lanka Claims Rebels Now Cornered in Swath of Jungle",
        "published": "2009-01-26",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line. Cut by the store "
                "inside a quotation of Brigadier Nanayakkara ('\"Definitely they will resort'); "
                "that paragraph was dropped whole. published: the date in the URL. The page "
                "spells the brigadier both 'Nanyakkara' and 'Nanayakkara' (kept in the text; "
                "speaker normalised to Nanayakkara).",
        "text": """
Sri Lanka's army says the rebel Tamil Tigers are completely cornered and one of Asia's longest-running civil wars will soon be over.
The Sri Lankan military contends it is clearing the last several villages containing Tamil Tigers and has pushed the rest of the rebel force into the jungle.
Army media director Brigadier Udaya Nanyakkara tells VOA News the rebels have been squeezed into a small patch of land, effectively crushing the separatists who once ran a virtual Tamil mini-state in the north.
"Presently we have confined them to 300 square kilometers. They are firing their mortars, they are firing small arms, especially operating in small pockets in forward areas," he said. "We are successfully confronting them and gaining control of the area step by step."
It is not possible to verify the account as independent journalists are not allowed in the area. There have been no statements recently from the rebels, officially known as the Liberation Tigers of Tamil Eelam.
United Nations officials in Sri Lanka are expressing concern about the thousands of trapped civilians and dwindling food supplies in the war zone, calling it a crisis. U.N. spokesman Gordon Weiss tells VOA "dozens" of civilians were killed and injured in the cross-fire during the past few days.
Military spokesman Nanayakkara says a 35-square-kilometer safe zone has been established for the refugees.
"People have been informed by air-dropping leaflets to them so that the people will be able to move into this safe zone," added Nanyakkara. "We are concerned about the civilians and we are not targeting any locations where civilians are stationed."
Analysts say the remnants of the rebel force, believed led by Velupillai Prabhakaran, can be expected to engage in guerrilla tactics and urban terrorist attacks. That is an assessment Army Brigadier Nanayakkara does not disagree with.
""",
        "quotes": [
            ("indirect", "the rebel Tamil Tigers are completely cornered and one of Asia's longest-running civil wars will soon be over",
             "says", "Sri Lanka's army", "Sri Lankan army", "LKA", "organisation"),
            ("indirect", "it is clearing the last several villages containing Tamil Tigers and has pushed the rest of the rebel force into the jungle",
             "contends", "The Sri Lankan military", "Sri Lankan military", "LKA", "organisation"),
            ("indirect", "the rebels have been squeezed into a small patch of land, effectively crushing the separatists who once ran a virtual Tamil mini-state in the north",
             "tells", "Army media director Brigadier Udaya Nanyakkara", "Udaya Nanayakkara", "LKA", "name"),
            ("direct", "Presently we have confined them<<>>in forward areas",
             "said", "he", "Udaya Nanayakkara", "LKA", "pronoun"),
            ("direct", "We are successfully confronting them and gaining control of the area step by step.",
             "said", "he", "Udaya Nanayakkara", "LKA", "pronoun"),
            ("indirect", "\"dozens\" of civilians were killed and injured in the cross-fire during the past few days",
             "tells", "U.N. spokesman Gordon Weiss", "Gordon Weiss", "UNO", "name"),
            ("partial", "dozens", "tells", "U.N. spokesman Gordon Weiss", "Gordon Weiss", "UNO", "name"),
            ("indirect", "a 35-square-kilometer safe zone has been established for the refugees",
             "says", "Military spokesman Nanayakkara", "Udaya Nanayakkara", "LKA", "name"),
            ("direct", "People have been informed by air-dropping leaflets<<>>into this safe zone",
             "added", "Nanyakkara", "Udaya Nanayakkara", "LKA", "name"),
            ("direct", "We are concerned about the civilians and we are not targeting any locations where civilians are stationed.",
             "added", "Nanyakkara", "Udaya Nanayakkara", "LKA", "name"),
            ("indirect", "the remnants of the rebel force, believed led by Velupillai Prabhakaran, can be expected to engage in guerrilla tactics and urban terrorist attacks",
             "say", "Analysts", "analysts", None, "nominal"),
        ],
    },
    {
        "id": "t8-fed-yellen-first-speech-2014",
        "url": "http://www.voanews.com/content/federal-reserve-chair-stresses-inflation-employment-in-first-policy-speech/1894839.html",
        "title": "Federal Reserve Chair Stresses Inflation, Employment in First Policy Speech",
        "published": "2014-04-16",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', section label 'USA', title line, "
                "photo caption (stored twice), the closing author box ('16x9 Image', 'VOA News', "
                "'The Voice of America provides news ...'), 'XS SM MD LG'. Whole as stored. "
                "published: the caption's date (Wednesday, April 16, 2014), the 'Wednesday' of "
                "the story.",
        "text": """
Federal Reserve Chair Janet Yellen says inflation is expected to rise slowly from current levels to the U.S. central bank's two percent target rate.
In her first major policy speech, Yellen told the Economic Club of New York the low rate of inflation appears due to "temporary" influences, such as the deceleration in consumer energy prices. She said longer-run inflation expectations, though, have remained steady.
She said the Fed is not likely to raise interest rates until its inflation and unemployment goals are reached.
Yellen also cautioned Wednesday that officials still predict only a gradual return to full employment during the next two to three years, even as she praised the country's recovery thus far.
"Nearly five years into the expansion that began after the financial crisis and the Great Recession, the recovery has come a long way," she said. "More than 8 million jobs have been added to non-farm payrolls since 2009, almost the same number lost as a result of the recession."
Yellen said an effective federal policy must respond to the "unexpected twists and turns" of an uncertain economy as the Fed judges when to finally tighten monetary policy after years of unprecedented stimulus.
""",
        "quotes": [
            ("indirect", "inflation is expected to rise slowly from current levels to the U.S. central bank's two percent target rate",
             "says", "Federal Reserve Chair Janet Yellen", "Janet Yellen", "USA", "name"),
            ("indirect", "the low rate of inflation appears due to \"temporary\" influences, such as the deceleration in consumer energy prices",
             "told", "Yellen", "Janet Yellen", "USA", "name"),
            ("partial", "temporary", "told", "Yellen", "Janet Yellen", "USA", "name"),
            ("indirect", "longer-run inflation expectations, though, have remained steady",
             "said", "She", "Janet Yellen", "USA", "pronoun"),
            ("indirect", "the Fed is not likely to raise interest rates until its inflation and unemployment goals are reached",
             "said", "She", "Janet Yellen", "USA", "pronoun"),
            ("indirect", "officials still predict only a gradual return to full employment during the next two to three years",
             "cautioned", "Yellen", "Janet Yellen", "USA", "name"),
            ("direct", "Nearly five years into the expansion<<>>has come a long way",
             "said", "she", "Janet Yellen", "USA", "pronoun"),
            ("direct", "More than 8 million jobs<<>>as a result of the recession.",
             "said", "she", "Janet Yellen", "USA", "pronoun"),
            ("indirect", "an effective federal policy must respond to<<>>years of unprecedented stimulus",
             "said", "Yellen", "Janet Yellen", "USA", "name"),
            ("partial", "unexpected twists and turns", "said", "Yellen", "Janet Yellen", "USA", "name"),
        ],
    },
    {
        "id": "t8-ukraine-latest-april-15-2022",
        "url": "https://www.voanews.com/a/latest-developments-in-ukraine-april-15/6530614.html",
        "title": "Latest Developments in Ukraine: April 15",
        "published": "2022-04-15",
        "truncated": True,
        "note": "News log (recap). Removed: 'Accessibility links', 'Breaking News', title line, photo "
                "caption (stored twice), the standing lines 'For full coverage of the crisis in "
                "Ukraine, visit Flashpoint Ukraine.', the heading 'Recap of April 15', the bullet "
                "marks ('* ') and the line 'The latest developments of the conflict between Russia "
                "and Ukraine. All times EDT:'. Cut by the store inside the first timed item "
                "('9:41 p.m.: ... with Russia and'), which was dropped whole. published: the date "
                "in the title (2022 from the caption).",
        "text": """
Kharkiv regional Governor Oleh Sinehubov said seven people, including a 7-month-old child, were killed in shelling of a residential neighborhood in the city.
The Mariupol city council said on Telegram local residents report Russian troops are digging up bodies previously buried in residential courtyards and not allowing any new burials “of people killed by them.”
Ukraine Minister of Foreign Affairs Dmytro Kuleba sent a message on Twitter wishing Jewish communities in Ukraine and around the world a Happy Passover.
Italy’s ambassador has arrived back in Ukraine’s capital, Kyiv, and has reopened the Italian embassy, which will become fully operational on Monday.
Moscow said 18 members of the European Union mission in Russia must leave the country.
Ukraine President Volodymyr Zelenskyy, in his nightly video address, said, "The next package of sanctions against Russia must include an abandonment of Russian oil."
The International Monetary Fund is "preparing for the massive reconstruction effort that will be required," IMF managing director Kristalina Georgieva said.
About 1.25 million tonnes of grains and oilseeds are still on commercial vessels blocked in Ukrainian seaports due to Russia’s invasion.
""",
        "quotes": [
            ("indirect", "seven people, including a 7-month-old child, were killed in shelling of a residential neighborhood in the city",
             "said", "Kharkiv regional Governor Oleh Sinehubov", "Oleh Sinehubov", "UKR", "name"),
            ("indirect", "Russian troops are digging up bodies<<>>killed by them.”",
             "report", "local residents", "local residents of Mariupol", "UKR", "nominal"),
            ("partial", "of people killed by them", "said", "The Mariupol city council",
             "Mariupol city council", "UKR", "organisation"),
            ("indirect", "18 members of the European Union mission in Russia must leave the country",
             "said", "Moscow", "Russia", "RUS", "organisation"),
            ("direct", "The next package of sanctions against Russia must include an abandonment of Russian oil.",
             "said", "Ukraine President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "UKR", "name"),
            ("indirect", "The International Monetary Fund is \"preparing<<>>will be required,\"",
             "said", "IMF managing director Kristalina Georgieva", "Kristalina Georgieva", "IGO", "name"),
            ("partial", "preparing for the massive reconstruction effort that will be required",
             "said", "IMF managing director Kristalina Georgieva", "Kristalina Georgieva", "IGO", "name"),
        ],
    },
    {
        "id": "t8-ukraine-latest-april-27-2022",
        "url": "https://www.voanews.com/a/latest-developments-in-ukraine-april-27/6546832.html",
        "title": "Latest Developments in Ukraine: April 27",
        "published": "2022-04-27",
        "truncated": True,
        "note": "News log (recap). Removed: 'Accessibility links', 'Breaking News', title line, photo "
                "caption (stored twice), the standing line 'For full coverage of the crisis in "
                "Ukraine, visit Flashpoint Ukraine.', the headings 'Recap of April 27', "
                "'FIGHTING', 'HUMANITARIAN' and the bullet marks ('* '). Cut by the store at the "
                "start of the next bullet ('M'). published: the date in the title and caption.",
        "text": """
Russian President Vladimir Putin vowed to Russia’s parliament that the goals of the country’s military operation in Ukraine will be achieved.
Ukraine’s General Staff said Wednesday that Russia’s military has captured several settlements in the eastern Donbas region.
Russian forces were on Wednesday pounding a huge steel works in Mariupol where the southern Ukrainian city’s last defenders and some civilians are holed up.
The U.K. military intelligence said Wednesday that Russia has limited air access to the north and west of Ukraine, limiting offensive actions to deep strikes with stand-off weapons.
Pro-Ukrainian protesters in the Russian-occupied southern city of Kherson were violently dispersed Wednesday, and four people were injured.
The World Health Organization says the war in Ukraine has interrupted lifesaving immunizations in Ukraine, setting back years of progress in countering vaccine preventable diseases.
The United Nations said Wednesday that it has teams in Moscow and Kyiv that are following up on the agreement “in principle” that Secretary-General Antonio Guterres got from Vladimir Putin during their meeting Tuesday to allow the U.N. and the ICRC to evacuate civilians trapped in the Azavstol steel plant in Mariupol.
""",
        "quotes": [
            ("indirect", "the goals of the country’s military operation in Ukraine will be achieved",
             "vowed", "Russian President Vladimir Putin", "Vladimir Putin", "RUS", "name"),
            ("indirect", "Russia’s military has captured several settlements in the eastern Donbas region",
             "said", "Ukraine’s General Staff", "Ukrainian General Staff", "UKR", "organisation"),
            ("indirect", "Russia has limited air access to the north and west of Ukraine, limiting offensive actions to deep strikes with stand-off weapons",
             "said", "The U.K. military intelligence", "U.K. military intelligence", "GBR", "organisation"),
            ("indirect", "the war in Ukraine has interrupted lifesaving immunizations in Ukraine, setting back years of progress in countering vaccine preventable diseases",
             "says", "The World Health Organization", "World Health Organization", "UNO", "organisation"),
            ("indirect", "it has teams in Moscow and Kyiv<<>>steel plant in Mariupol",
             "said", "The United Nations", "United Nations", "UNO", "organisation"),
            ("partial", "in principle", "said", "The United Nations", "United Nations", "UNO", "organisation"),
        ],
    },
    {
        "id": "t8-bangladesh-rohingya-le-2017",
        "url": "https://learningenglish.voanews.com/a/bangladesh-struggles-with-growing-number-of-rohingya-refugees/4018063.html",
        "title": "Bangladesh Struggles with Growing Numbers of Rohingya Refugees",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption, the audio "
                "player (title repeated, 'please wait', 'No media source currently available', "
                "'0:00 0:05:36 0:00'), a second photo caption (stored twice). Cut by the store "
                "inside the next sentence ('Before the latest fighting, at leas'); kept to the last "
                "complete sentence. The page's slip 'with it calls' is kept.",
        "text": """
Bangladesh says it is struggling to build camps for the huge number of Rohingya fleeing violence in Myanmar.
United Nations officials estimate that more than 120,000 people have arrived in southeastern Bangladesh over the past two weeks. Refugees started flooding across the border after violence started in Myanmar’s Rakhine state on August 25.
The fighting began after a group called Arakan Rohingya Salvation Army launched attacks on police positions in Rakhine. Myanmar’s military answered the attacks with it calls “clearance operations.”
Officials reported last week that at least 400 people have been killed.
Myanmar security forces and militias linked to them have been accused of targeting Rohingya civilians in mass killings.
Rakhine state is home to most of the Rohingya, many of whom are Muslim. Myanmar’s government considers them illegal immigrants. The Rohingya, however, say they are a minority group and have roots in the country, also called Burma, going back hundreds of years.
“They have been coming and coming,” Lt. Col. Ariful Islam, a Bangladeshi border commander, told the BenarNews website. He added, “We are trying to convince them to stay at their homeland, Rakhine, but it is not always working.”
""",
        "quotes": [
            ("indirect", "it is struggling to build camps for the huge number of Rohingya fleeing violence in Myanmar",
             "says", "Bangladesh", "Bangladesh", "BGD", "organisation"),
            ("indirect", "more than 120,000 people have arrived in southeastern Bangladesh over the past two weeks",
             "estimate", "United Nations officials", "United Nations officials", "UNO", "nominal"),
            ("partial", "clearance operations", "calls", "it", "Myanmar’s military", "MMR", "pronoun"),
            ("indirect", "at least 400 people have been killed",
             "reported", "Officials", "officials", None, "nominal"),
            ("indirect", "they are a minority group and have roots in the country, also called Burma, going back hundreds of years",
             "say", "The Rohingya", "Rohingya", "MMR", "nominal"),
            ("direct", "They have been coming and coming",
             "told", "Lt. Col. Ariful Islam", "Ariful Islam", "BGD", "name"),
            ("direct", "We are trying to convince them to stay at their homeland, Rakhine, but it is not always working.",
             "added", "He", "Ariful Islam", "BGD", "pronoun"),
        ],
    },
    {
        "id": "t8-venezuela-chavez-delicate-2013",
        "url": "http://www.voanews.com/content/vp-venezuelas-chavez-in-delicate-condition/1576447.html",
        "title": "VP: Venezuela's Chavez in 'Delicate' Condition",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice; dated Jan. 1, 2013, a day before the story), the closing author box "
                "('16x9 Image', 'VOA News', 'The Voice of America provides news ...', where the "
                "store cut). The story is whole. The page's slip 'Madura' is kept.",
        "text": """
The vice president of Venezuela says President Hugo Chavez is in a "delicate" condition after cancer surgery last month in Cuba.
Vice President Nicolas Maduro said he visited Chavez twice in Cuba. In comments broadcast Tuesday on the Telesur network, Maduro said Chavez faces a complex and delicate situation following the December 11 operation.
Madura was returning to Venezuela Wednesday after visiting Cuba.
President Chavez was first diagnosed with cancer in mid-2011 and underwent surgeries, chemotherapy and radiation. He has never disclosed the type or severity of the cancer.
Before traveling to Havana, he named Maduro to be his successor if he is not able to resume his duties.
Chavez soundly defeated opposition leader Henrique Capriles in October's presidential election. He is scheduled to be sworn in for a new six-year term on January 10. Venezuela's constitution stipulates if the president dies or is declared incapacitated, a new presidential election must be held within 30 days. But the National Assembly leader says he will not call for a new election if Chavez is not able to be sworn in.
Opposition leaders believe they would have a better chance against Maduro in a new election than the charismatic Chavez, who has been in office since 1999. Some Chavez critics believe the Supreme Court, which is run by allies of the president, will allow him to extend his current term without being sworn-in.
Some information for this report was provided by AP.
""",
        "quotes": [
            ("indirect", "President Hugo Chavez is in a \"delicate\" condition after cancer surgery last month in Cuba",
             "says", "The vice president of Venezuela", "Nicolas Maduro", "VEN", "nominal"),
            ("partial", "delicate", "says", "The vice president of Venezuela", "Nicolas Maduro", "VEN", "nominal"),
            ("indirect", "he visited Chavez twice in Cuba",
             "said", "Vice President Nicolas Maduro", "Nicolas Maduro", "VEN", "name"),
            ("indirect", "Chavez faces a complex and delicate situation following the December 11 operation",
             "said", "Maduro", "Nicolas Maduro", "VEN", "name"),
            ("indirect", "if the president dies or is declared incapacitated, a new presidential election must be held within 30 days",
             "stipulates", "Venezuela's constitution", "Venezuelan constitution", "VEN", "organisation"),
            ("indirect", "he will not call for a new election if Chavez is not able to be sworn in",
             "says", "the National Assembly leader", "National Assembly leader", "VEN", "nominal"),
        ],
    },
    {
        "id": "t8-venezuela-chavez-improving-2012",
        "url": "https://www.voanews.com/a/venezuelan-vice-president-says-chavez-health-is-improving/1571055.html",
        "title": "Venezuelan VP Says Chavez's Health Improving",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice; dated December 9, 2012, before the story). Cut by the store inside the "
                "next sentence ('Opposition leaders believe ... Vice President Mad'); kept to the "
                "last complete sentence. The second quotation closes with two apostrophes ('') "
                "on the page; kept.",
        "text": """
Venezuelan Vice President Nicolas Maduro has reassured the nation that ailing President Hugo Chavez continues to recover from cancer surgery.
While touring a pediatric hospital in the capital, Caracas, Sunday Maduro told reporters that Chavez's health is improving with each day.
"Our commander Hugo Chavez is receiving our prayers and those prayers are helping the work being done by the medical group [working with Chavez in Cuba] - which we can say is the best in the world from the scientific, academic and clinical practice point of view," Maduro said. "That is where the convergence that has precisely allowed for those difficult and complex moments to pass and to be improving towards a process of recuperation that fills us with joy.''
Chavez underwent a six-hour surgical procedure nearly two weeks ago in Havana, Cuba, his fourth since he was diagnosed with cancer in mid-2011. He has never disclosed the type or severity of the cancer.
This latest re-occurrence was discovered following the 58-year-old socialist leader's overwhelming re-election back in October. Chavez named Maduro as his successor if he is unable to resume his duties. The president is scheduled to be sworn in to a new six-year term in office on January 10.
Under the country's constitution, if the president dies or is declared incapacitated, a new presidential election must be held within 30 days. But Diosdado Cabello, the head of Venezuela's National Assembly, said Saturday he will not call for a new election if Chavez is unable to be sworn in.
""",
        "quotes": [
            ("indirect", "ailing President Hugo Chavez continues to recover from cancer surgery",
             "reassured", "Venezuelan Vice President Nicolas Maduro", "Nicolas Maduro", "VEN", "name"),
            ("indirect", "Chavez's health is improving with each day",
             "told", "Maduro", "Nicolas Maduro", "VEN", "name"),
            ("direct", "Our commander Hugo Chavez is receiving our prayers<<>>clinical practice point of view",
             "said", "Maduro", "Nicolas Maduro", "VEN", "name"),
            ("direct", "That is where the convergence<<>>fills us with joy.",
             "said", "Maduro", "Nicolas Maduro", "VEN", "name"),
            ("indirect", "he will not call for a new election if Chavez is unable to be sworn in",
             "said", "Diosdado Cabello", "Diosdado Cabello", "VEN", "name"),
        ],
    },
    {
        "id": "t8-gaza-militants-killed-2014",
        "url": "http://www.voanews.com/content/palestinian-militants-killed-as-israel-stirkes-gaza/1952277.html",
        "title": "Palestinian Militants Killed as Israel Strikes Gaza",
        "published": "2014-07-07",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice), byline "
                "'Robert Berger'. Double spaces after full stops reduced to one. Cut by the store "
                "inside the next sentence ('Police say three of the Israeli suspects ... at a "
                "Jerusalem'); kept to the last complete sentence. published: the caption's date "
                "(July 7, 2014).",
        "text": """
Nine Palestinian militants have been killed in Israeli air strikes in the Gaza Strip, and there has been a break in the case of the murder of a Palestinian teenager.
Israeli warplanes struck 14 targets in Gaza, including one that hit a tunnel causing high casualties among fighters from the ruling Palestinian militant group Hamas.
Israeli government spokesman Mark Regev said it was retaliation for dozens of Palestinian rocket attacks. “We are acting to protect our people. We are targeting the terrorists in Gaza, those firing the rockets. And Hamas has to understand, this must stop,” he said.
Hamas vowed that Israel “will pay a tremendous price.”
Hamas spokesman Mushir al-Masri said Israel started this escalation of violence and it was up to Israel to end it. Until then, he said, Hamas would defend the Palestinian people.
Israel stepped up air strikes on Hamas 10 days ago, after blaming the group for the kidnap and murder of three Israeli teenagers. Hamas responded with rocket and mortar attacks.
Tension has also been running high in Jerusalem, after a revenge killing for the murder of the three seminary students. Israeli police have arrested six Jewish suspects in connection with the kidnap and murder of a 16-year-old Palestinian that set off riots in Jerusalem.
Israeli President Shimon Peres said, “We shall not cover [up] anything. We shall discover all the people that act criminally, killed, kidnapped, tortured and on that we shall not make any compromise. We are seriously and realistically trying to remain a democratic and human country.”
""",
        "quotes": [
            ("indirect", "it was retaliation for dozens of Palestinian rocket attacks",
             "said", "Israeli government spokesman Mark Regev", "Mark Regev", "ISR", "name"),
            ("direct", "We are acting to protect our people.<<>>this must stop",
             "said", "he", "Mark Regev", "ISR", "pronoun"),
            ("indirect", "Israel “will pay a tremendous price.”",
             "vowed", "Hamas", "Hamas", "PSE", "organisation"),
            ("partial", "will pay a tremendous price", "vowed", "Hamas", "Hamas", "PSE", "organisation"),
            ("indirect", "Israel started this escalation of violence and it was up to Israel to end it",
             "said", "Hamas spokesman Mushir al-Masri", "Mushir al-Masri", "PSE", "name"),
            ("indirect", "Hamas would defend the Palestinian people",
             "said", "he", "Mushir al-Masri", "PSE", "pronoun"),
            ("direct", "We shall not cover [up] anything.<<>>a democratic and human country.",
             "said", "Israeli President Shimon Peres", "Shimon Peres", "ISR", "name"),
        ],
    },
    {
        "id": "t8-gaza-truce-expires-2014",
        "url": "http://www.voanews.com/content/hamas-says-no-deal-with-israel-on-extending-truce/2406827.html?page=2",
        "title": "Fighting Resumes as Gaza Truce Expires",
        "published": "2014-08-08",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored twice), byline 'VOA "
                "News', an inline photo caption (stored three times, with an 'x'). Double spaces "
                "reduced to one. Cut by the store inside Regev's second quotation ('... purely "
                "defensive pos'); kept to the end of the sentence before it. published: the "
                "caption's date (Friday, Aug. 8, 2014), the 'Friday' of the story. Mixed "
                "straight/curly marks are the page's.",
        "text": """
Israel pounded Gaza with a series of airstrikes Friday after Hamas resumed rocket attacks against Israel when talks broke down on extending a three-day truce.
Smoke rose above Gaza as Israeli warplanes retaliated against dozens of rockets fired by Hamas into Israel, restarting a month-long conflict that has already left almost 2,000 people dead. The latest fighting killed at least five Palestinians and injured two Israelis.
Israel held its fire for about three hours, but military spokesman Peter Lerner later confirmed airstrikes were being carried out "against terrorist infrastructure" in Gaza. Israeli Prime Minister Benjamin Netanyahu vowed a "forceful" retaliation in response to the projectile launches.
A 10-year-old Palestinian boy was killed and five others critically wounded in the shelling.
Israeli police said two people were injured by attacks from Gaza, Reuters reported.
Government spokesman Mark Regev accused the Hamas-led fighters of indiscriminately targeting civilians.
"Israel wanted to see this cease-fire succeed,” Regev said.
""",
        "quotes": [
            ("indirect", "airstrikes were being carried out \"against terrorist infrastructure\" in Gaza",
             "confirmed", "military spokesman Peter Lerner", "Peter Lerner", "ISR", "name"),
            ("partial", "against terrorist infrastructure", "confirmed", "military spokesman Peter Lerner",
             "Peter Lerner", "ISR", "name"),
            ("partial", "forceful", "vowed", "Israeli Prime Minister Benjamin Netanyahu",
             "Benjamin Netanyahu", "ISR", "name"),
            ("indirect", "two people were injured by attacks from Gaza",
             "said", "Israeli police", "Israeli police", "ISR", "organisation"),
            ("direct", "Israel wanted to see this cease-fire succeed",
             "said", "Regev", "Mark Regev", "ISR", "name"),
        ],
    },
    {
        "id": "t8-turkey-coup-crackdown-2016",
        "url": "https://www.voanews.com/a/turkey-intensifies-coup-crackdown/3442927.html",
        "title": "Turkey Intensifies Failed Coup Crackdown",
        "published": "2016-08-01",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption (stored "
                "twice). Cut by the store inside the next sentence ('The U.S.-led coalition "
                "conducting airstrikes against the militan'); kept to the last complete sentence. "
                "published: the 'Monday' after the caption's 'Sunday, July 31, 2016'.",
        "text": """
Turkish forces detained nine soldiers early Monday who are suspected of attacking a hotel where President Recep Tayyip Erdogan was staying during an attempted coup in mid-July.
The captures were made near the resort town of Marmaris, and followed the detention last week of several other soldiers accused of targeting Erdogan. The president had been vacationing in Marmaris on July 15 when the attempt to overthrow his government began and has said he left his hotel shortly before a group of soldiers attacked.
Monday's captures are the latest in a crackdown against those who allegedly played a role in the attempted coup.
Sunday, the government dismissed nearly 1,400 military personnel, including Erdogan's top military adviser, as the president also brought the country's armed forces under civilian rule.
More than 50,000 people have now lost their jobs across the country and more than 18,000 have been detained in connection with the coup attempt, which the government has blamed on Muslim cleric Fethullah Gulen.
Gulen is an Erdogan opponent who has lived in the United States for nearly two decades and has denied any connection in the uprising. Turkey has demanded the U.S. extradite the 75-year-old Gulen and sent documents on his alleged involvement in the failed coup to U.S. officials.
""",
        "quotes": [
            ("indirect", "he left his hotel shortly before a group of soldiers attacked",
             "said", "The president", "Recep Tayyip Erdogan", "TUR", "nominal"),
            ("indirect", "the U.S. extradite the 75-year-old Gulen",
             "demanded", "Turkey", "Turkey", "TUR", "organisation"),
        ],
    },
    {
        "id": "t8-mexico-quake-search-2017",
        "url": "https://www.voanews.com/a/rescuers-work-to-find-mexico-earthquake-survivors/4038114.html",
        "title": "Mexico: Search for Quake Survivors Continues",
        "published": "2017-09-21",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, the label 'update', "
                "two photo captions (each stored twice), crosshead 'Dozens die at school', a third "
                "photo caption inside which the store cut. published: the 'Thursday' after the "
                "quake of Tuesday, Sept. 19, 2017 (captions). Ruvalcava's second quotation ends "
                "without a full stop on the page.",
        "text": """
Rescue teams in Mexico worked Thursday to reach those still trapped among the dozens of buildings that fell during a massive earthquake that has killed more than 230 people.
One search in Mexico City took place at a school where on Wednesday workers spotted a girl buried in the debris and were able to confirm she was still alive by asking her to move her hand.
That search went through the overnight hours into Thursday, with precautions being taken to avoid shifting the unstable pile of rubble as they tried to reach her.
“The girl told us her name, Frida,” rescue worker Rodolfo Ruvalcava told FORO TV. “Apart from just her name, she told us there were two other kids, and that there were other bodies. We don’t know if the others are alive”
Since the magnitude 7.1 earthquake hit Tuesday, workers at the school have found 25 people dead there, including 21 children. The school is one of what Mexico’s education secretary said was more than 5,000 schools damaged by the earthquake.
Another search in the capital city took place in Colonia Roma, one of the areas hardest hit by the earthquake. At an office building that collapsed, a VOA reporter saw three people rescued from the rubble Wednesday.
""",
        "quotes": [
            ("direct", "The girl told us her name, Frida",
             "told", "rescue worker Rodolfo Ruvalcava", "Rodolfo Ruvalcava", "MEX", "name"),
            ("direct", "Apart from just her name<<>>if the others are alive",
             "told", "rescue worker Rodolfo Ruvalcava", "Rodolfo Ruvalcava", "MEX", "name"),
            ("indirect", "was more than 5,000 schools damaged by the earthquake",
             "said", "Mexico’s education secretary", "Mexico’s education secretary", "MEX", "nominal"),
        ],
    },
    {
        "id": "t8-syria-aleppo-protests-2012",
        "url": "http://www.voanews.com/content/syria-fighting/727261.html",
        "title": "Syrian Attacks Continue as Mass Protests Spread",
        "published": "2012-05-18",
        "truncated": True,
        "note": "Removed: 'News / Middle East', title line, photo caption (stored four times, two "
                "run together), byline 'Edward Yeranian'. Cut by the store inside the next "
                "sentence ('Signs held up by the protesters called for “sol'); kept to the last "
                "complete sentence. published: the caption's date (Friday, May 18, 2012), the "
                "'Friday' of the story.",
        "text": """
Syrian government troops pounded the rebel stronghold, Rastan, and parts of the flashpoint city, Homs, Friday, amid widespread anti-government protests across the country. Meanwhile, the head of the United Nations observer forces urged both the government and the opposition to engage in dialogue to end the violence.
Witnesses say Syrian security forces fired tear-gas and live rounds to break up a student protest in Aleppo Friday. The demonstration was billed as the largest of its kind in Syria's northern commercial hub since the uprising against President Bashar al-Assad began in March 2011.
The protests come after Syrian security forces disrupted a student demonstration in Aleppo on Thursday. Video taken from a U.N. vehicle in Aleppo Thursday showed security forces beating student protesters.
On Friday, Syrian state television showed an empty boulevard in front of Aleppo University's medical college, saying there were “no significant demonstrations.” But video posted by opposition groups on the Internet showed large crowds gathering in the streets.
Arab satellite channels also broadcast large protests in parts of Idlib province, Homs, Daraa and the capital, Damascus.
""",
        "quotes": [
            ("indirect", "Syrian security forces fired tear-gas and live rounds to break up a student protest in Aleppo Friday",
             "say", "Witnesses", "witnesses", None, "nominal"),
            ("indirect", "there were “no significant demonstrations.”",
             "saying", "Syrian state television", "Syrian state television", "SYR", "organisation"),
            ("partial", "no significant demonstrations", "saying", "Syrian state television",
             "Syrian state television", "SYR", "organisation"),
        ],
    },
]

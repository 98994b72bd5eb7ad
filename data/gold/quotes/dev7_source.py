"""Source of the quotes dev set ``dev7.jsonl`` (Voice of America; built by ``dev4_build.py dev7``).

Ten VOA texts (public domain) as stored by the ``search`` tool's ``pages`` corpus: six "Latest
Developments in Ukraine" news-log pages (voanews.com; the first entries of each page) and four VOA
Special English newscasts (republished verbatim on lingq.com course pages; the URL is that page).
Each text is the start of the page, cut at the last complete sentence the store returned; page
furniture (accessibility links, headline, photo captions, the "For full coverage" line, the
"All times EST" line, empty time stamps, the newscast's time-of-day opening line) is left out;
paragraph breaks are ``\\n``.
Quotes: tuples ``(span, kind, cue, speaker_text, speaker, speaker_class, speaker_country)`` in text
order, following ``GUIDELINE.md`` and the agency-credit decision in ``README-dev7.md``. Annotated by
hand by helper qqfix2 on 2026-12-05 **before the system ran on these texts**.
"""

LD = "Voice of America (voanews.com news log)"
SE = "Voice of America Special English (via lingq.com)"

DOCS = [
    {
        "id": "voa-ld-ukraine-2023-01-31", "source": LD, "published": "2023-01-31",
        "url": "https://www.voanews.com/a/latest-developments-in-ukraine-jan-31/6941047.html",
        "note": "first entries of the news log; furniture left out; cut before an unfinished sentence",
        "paragraphs": [
            "11 p.m.: The U.S. Treasury Department on Tuesday said it had no indication that U.S. funds had been misused in Ukraine and said it would continue to work closely with Ukrainian authorities to ensure appropriate safeguards were in place to avert corruption, Reuters reported.",
            "It was the Treasury's first comment on the issue after Ukraine's government last week dismissed a slew of senior officials in the country's biggest political shake-up of the war following corruption allegations.",
            "The World Bank has disbursed more than $13 billion to Ukraine through its Public Expenditures for Administrative Capacity Endurance (PEACE) in Ukraine, as of December, much of it coming from the United States.",
            "PEACE funds are disbursed to Ukrainian authorities a month after bank officials have verified that they have paid salaries to teachers and civil servants and pension payments, which helps safeguard against problems.",
            "The bank last month told Reuters it is working with Ukraine to improve its already well-regarded E-Government Procurement System called ProZorro, adding that digital system would help ensure transparency, integrity and ease of access.",
            "9:25 p.m.: Olympic gold medalist Wladimir Klitschko has joined Ukraine's fight against IOC plans to let some Russians compete at the 2024 Paris Summer Games, The Associated Press reported.",
        ],
        "quotes": [
            ("it had no indication that U.S. funds had been misused in Ukraine", "indirect", "said", "The U.S. Treasury Department", "U.S. Treasury Department", "organisation", "USA"),
            ("it would continue to work closely with Ukrainian authorities to ensure appropriate safeguards were in place to avert corruption", "indirect", "said", "The U.S. Treasury Department", "U.S. Treasury Department", "organisation", "USA"),
            ("it is working with Ukraine to improve its already well-regarded E-Government Procurement System called ProZorro", "indirect", "told", "The bank", "World Bank", "organisation", "IGO"),
            ("that digital system would help ensure transparency, integrity and ease of access", "indirect", "adding", "The bank", "World Bank", "organisation", "IGO"),
            ("Olympic gold medalist Wladimir Klitschko has joined Ukraine's fight against IOC plans to let some Russians compete at the 2024 Paris Summer Games", "indirect", "reported", "The Associated Press", "Associated Press", "organisation", "USA"),
        ],
    },
    {
        "id": "voa-ld-ukraine-2022-10-05", "source": LD, "published": "2022-10-05",
        "url": "https://www.voanews.com/a/latest-developments-in-ukraine-oct-5/6776447.html",
        "note": "first entries of the news log; furniture left out; cut before an unfinished sentence",
        "paragraphs": [
            "10:01 p.m.: Ukrainian staff running the Russian-occupied Zaporizhzhia nuclear power plant (ZNPP) are preparing to restart one of the plant's six reactors, all of which are shut down, the U.N. nuclear watchdog said on Wednesday, according to Reuters.",
            "\"Senior Ukrainian operating staff informed IAEA experts present at the ZNPP that preparations are under way to start unit 5 at reduced power to produce steam and heat for the needs of the plant,\" the International Atomic Energy Agency said in a statement, adding that preparations would take \"some time.\"",
            "9:30 p.m.: Lloyd's of London is investigating a possible cyberattack, the commercial insurance market said on Wednesday, with companies on high alert for intrusions as a result of the conflict between Russia and Ukraine.",
            "\"Lloyd’s has detected unusual activity on its network and we are investigating the issue,\" a Lloyd's spokesperson said by email, Reuters reported, adding that the market was resetting the network.",
            "Lloyd's, which has been vocal in its support for sanctions against Russia, declined to comment on the possible source of the attack.",
            "8:50 p.m.: European Commission President Ursula von der Leyen will suggest to EU leaders meeting this week how the EU could cap gas prices in a bid to contain soaring energy costs, Reuters reported.",
            "EU governments have debated a gas price cap for weeks, without reaching agreement. While a majority of EU members support some form of cap to tackle soaring inflation, Germany, Denmark and the Netherlands are opposed, citing concerns over security of supply.",
        ],
        "quotes": [
            ("Ukrainian staff running the Russian-occupied Zaporizhzhia nuclear power plant (ZNPP) are preparing to restart one of the plant's six reactors, all of which are shut down", "indirect", "said", "the U.N. nuclear watchdog", "International Atomic Energy Agency", "organisation", "UNO"),
            ("Senior Ukrainian operating staff informed IAEA experts present at the ZNPP that preparations are under way to start unit 5 at reduced power to produce steam and heat for the needs of the plant", "direct", "said", "the International Atomic Energy Agency", "International Atomic Energy Agency", "organisation", "UNO"),
            ("preparations would take \"some time.\"", "indirect", "adding", "the International Atomic Energy Agency", "International Atomic Energy Agency", "organisation", "UNO"),
            ("some time", "partial", "adding", "the International Atomic Energy Agency", "International Atomic Energy Agency", "organisation", "UNO"),
            ("Lloyd's of London is investigating a possible cyberattack", "indirect", "said", "the commercial insurance market", "Lloyd's of London", "organisation", "GBR"),
            ("Lloyd’s has detected unusual activity on its network and we are investigating the issue", "direct", "said", "a Lloyd's spokesperson", "Lloyd's spokesperson", "nominal", "GBR"),
            ("the market was resetting the network", "indirect", "adding", "Reuters", "Reuters", "organisation", "GBR"),
            ("European Commission President Ursula von der Leyen will suggest to EU leaders meeting this week how the EU could cap gas prices in a bid to contain soaring energy costs", "indirect", "reported", "Reuters", "Reuters", "organisation", "GBR"),
        ],
    },
    {
        "id": "voa-ld-ukraine-2022-12-12", "source": LD, "published": "2022-12-12",
        "url": "https://www.voanews.com/a/latest-developments-in-ukraine-dec-12/6872223.html",
        "note": "first entries of the news log; furniture left out; cut before an unfinished sentence",
        "paragraphs": [
            "11 p.m.: Ukraine has liberated around 54% of the maximum amount of territory Russia seized since February 24, 2022, says the U.K. Ministry of Defense. Russia now controls around 18% of internationally recognized areas of Ukraine, including the Donbas and Crimea regions under Russian control since 2014.",
            "9:41 p.m.: Russia is turning to decades-old ammunition with high failure rates as it burns through its stockpiles to carry out its nearly 10-month-old invasion of Ukraine, a senior U.S. military official said on Monday, Reuters reported.",
            "\"They have drawn from (Russia's) aging ammunition stockpile, which does indicate that they are willing to use that older ammunition, some of which was originally produced more than 40 years ago,\" the official said, speaking on condition of anonymity.",
            "The United States accuses Russia of turning to Iran and North Korea for more firepower as it exhausts its regular supplies of ammunition.",
            "The senior U.S. military official assessed that Russia would burn through its fully-serviceable stocks of ammunition by early 2023 if it did not resort to foreign suppliers and older stocks.",
            "8:06 p.m.: U.S. talk show host David Letterman has done many interviews in his life - but never one quite like this, Reuters reported.",
        ],
        "quotes": [
            ("Ukraine has liberated around 54% of the maximum amount of territory Russia seized since February 24, 2022", "indirect", "says", "the U.K. Ministry of Defense", "U.K. Ministry of Defense", "organisation", "GBR"),
            ("Russia is turning to decades-old ammunition with high failure rates as it burns through its stockpiles to carry out its nearly 10-month-old invasion of Ukraine", "indirect", "said", "a senior U.S. military official", "senior U.S. military official", "nominal", "USA"),
            ("They have drawn from (Russia's) aging ammunition stockpile, which does indicate that they are willing to use that older ammunition, some of which was originally produced more than 40 years ago", "direct", "said", "the official", "senior U.S. military official", "nominal", "USA"),
            ("Russia would burn through its fully-serviceable stocks of ammunition by early 2023 if it did not resort to foreign suppliers and older stocks", "indirect", "assessed", "The senior U.S. military official", "senior U.S. military official", "nominal", "USA"),
            ("U.S. talk show host David Letterman has done many interviews in his life - but never one quite like this", "indirect", "reported", "Reuters", "Reuters", "organisation", "GBR"),
        ],
    },
    {
        "id": "voa-ld-ukraine-2022-06-29", "source": LD, "published": "2022-06-29",
        "url": "https://www.voanews.com/a/latest-developments-in-ukraine-june-29/6637601.html",
        "note": "first entries of the news log; furniture left out; cut before an unfinished sentence",
        "paragraphs": [
            "9:20 p.m.: President Vladimir Putin said on Wednesday that Russia would respond in kind if NATO deployed troops and infrastructure in Finland and Sweden after they join the U.S.-led military alliance, Reuters reported.",
            "\"With Sweden and Finland, we don't have the problems that we have with Ukraine. They want to join NATO, go ahead,\" Putin told Russian state television.",
            "\"But they must understand there was no threat before, while now, if military contingents and infrastructure are deployed there, we will have to respond in kind and create the same threats for the territories from which threats towards us are created.\"",
            "He said it was inevitable that Moscow's relations with Helsinki and Stockholm would sour over their NATO membership.",
            "8:25 p.m.: Russia said it's ready to work with the United Nations to combat the risks of a global food crisis and was willing to meet its obligations to export food and fertilizers, Reuters reported.",
            "The commitments were made Wednesday in a conversation between Russian Foreign Minister Sergei Lavrov and U.N. Secretary-General Antonio Guterres, Lavrov's ministry said in a statement.",
            "However, the statement stopped short of announcing any new concrete steps, and repeated earlier Russian charges that Ukrainian actions and Western sanctions were to blame for the crisis.",
        ],
        "quotes": [
            ("Russia would respond in kind if NATO deployed troops and infrastructure in Finland and Sweden after they join the U.S.-led military alliance", "indirect", "said", "President Vladimir Putin", "Vladimir Putin", "name", "RUS"),
            ("With Sweden and Finland, we don't have the problems that we have with Ukraine. They want to join NATO, go ahead", "direct", "told", "Putin", "Vladimir Putin", "name", "RUS"),
            ("But they must understand there was no threat before, while now, if military contingents and infrastructure are deployed there, we will have to respond in kind and create the same threats for the territories from which threats towards us are created.", "direct", "told", "Putin", "Vladimir Putin", "name", "RUS"),
            ("it was inevitable that Moscow's relations with Helsinki and Stockholm would sour over their NATO membership", "indirect", "said", "He", "Vladimir Putin", "pronoun", "RUS"),
            ("it's ready to work with the United Nations to combat the risks of a global food crisis and was willing to meet its obligations to export food and fertilizers", "indirect", "said", "Russia", "Russia", "organisation", "RUS"),
            ("The commitments were made Wednesday in a conversation between Russian Foreign Minister Sergei Lavrov and U.N. Secretary-General Antonio Guterres", "indirect", "said", "Lavrov's ministry", "Lavrov's ministry", "organisation", "RUS"),
        ],
    },
    {
        "id": "voa-ld-ukraine-2022-04-26", "source": LD, "published": "2022-04-26",
        "url": "https://www.voanews.com/a/latest-developments-in-ukraine-april-26/6545266.html",
        "note": "first entries of the news log; furniture left out; cut before an unfinished quotation",
        "paragraphs": [
            "9:15 p.m.: Drone giant DJI Technology said it will temporarily suspend business in Russia and Ukraine, making it the first major Chinese company to halt sales to Russia since the country invaded neighboring Ukraine in February.",
            "\"DJI is internally reassessing compliance requirements in various jurisdictions,\" the privately held company said in a statement late Tuesday, Reuters reports. \"Pending the current review, DJI will temporarily suspend all business activities in Russia and Ukraine.\"",
            "Although Western firms have pulled out of Russia in protest, many Chinese companies have stayed there, taking a cue from Beijing's stance of refraining from criticism of Moscow over the invasion.",
            "DJI is the world's largest maker of consumer and industrial drones.",
            "8:30 p.m.: Germany’s vice chancellor says his country has come “very, very close” to independence from Russian oil and an embargo on deliveries would now be manageable, The Associated Press reports.",
            "Germany, which has Europe’s biggest economy, has said so far that it aims to end Russian oil imports by the end of this year.",
            "Russian gas imports, however, are a bigger issue for Germany. Berlin has said that it will need longer to do without gas supplies from Russia.",
            "7:59 p.m.: Lithuania's President Gitanas Nauseda urged German Chancellor Olaf Scholz to supply Ukraine with Leopard battle tanks, adding that Germany should speed up the delivery of weapons to Kyiv.",
        ],
        "quotes": [
            ("it will temporarily suspend business in Russia and Ukraine", "indirect", "said", "Drone giant DJI Technology", "DJI Technology", "organisation", "CHN"),
            ("DJI is internally reassessing compliance requirements in various jurisdictions", "direct", "said", "the privately held company", "DJI Technology", "organisation", "CHN"),
            ("Pending the current review, DJI will temporarily suspend all business activities in Russia and Ukraine.", "direct", "said", "the privately held company", "DJI Technology", "organisation", "CHN"),
            ("his country has come “very, very close” to independence from Russian oil and an embargo on deliveries would now be manageable", "indirect", "says", "Germany’s vice chancellor", "Germany’s vice chancellor", "nominal", "DEU"),
            ("very, very close", "partial", "says", "Germany’s vice chancellor", "Germany’s vice chancellor", "nominal", "DEU"),
            ("it aims to end Russian oil imports by the end of this year", "indirect", "said", "Germany", "Germany", "organisation", "DEU"),
            ("it will need longer to do without gas supplies from Russia", "indirect", "said", "Berlin", "Berlin", "organisation", "DEU"),
            ("Germany should speed up the delivery of weapons to Kyiv", "indirect", "adding", "Lithuania's President Gitanas Nauseda", "Gitanas Nauseda", "name", "LTU"),
        ],
    },
    {
        "id": "voa-ld-ukraine-2022-09-15", "source": LD, "published": "2022-09-15",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/latest-developments-in-ukraine-sept-15/6748346.html",
        "note": "first entries of the news log (VOA's CMS preview host); furniture left out; cut before an unfinished sentence",
        "paragraphs": [
            "10:10 p.m.: The Conflict Observatory, which is supported by the U.S. Department of State, on Thursday released an independent, detailed assessment of the impact of Russia’s war on food storage sites in Ukraine, the department said in a statement.",
            "An estimated 15.7% of Ukraine’s crop storage facilities have been affected by Russia's invasion of Ukraine and the resulting conflict, either through seizure by Russia’s and Russia-aligned forces, or because facilities have been destroyed, damaged, or degraded to the point of compromising the crops contained inside.",
            "The report notes that intentional destruction of such facilities may constitute a war crime and a violation of the 1977 Additional Protocol I to the Geneva Conventions of 1949.",
            "This report and other analyses are available online at the Conflict Observatory website.",
            "9:15 p.m.: Finland’s president said Thursday that he wants to make it harder for Russians to use real estate owned in the Nordic nation, usually apartments or summer cottages, as justification for obtaining travel visas, The Associated Press reported.",
            "“Getting a visa to a country is not a subjective right for anyone, but the visa issuer always has discretion,” President Sauli Niinisto told journalists in Helsinki. “Until now, owning a property or an apartment in Finland has been perceived as a factor supporting a visa application. I don’t think it’s necessary.”",
        ],
        "quotes": [
            ("The Conflict Observatory, which is supported by the U.S. Department of State, on Thursday released an independent, detailed assessment of the impact of Russia’s war on food storage sites in Ukraine", "indirect", "said", "the department", "U.S. Department of State", "organisation", "USA"),
            ("intentional destruction of such facilities may constitute a war crime and a violation of the 1977 Additional Protocol I to the Geneva Conventions of 1949", "indirect", "notes", "The report", "Conflict Observatory", "organisation", "USA"),
            ("he wants to make it harder for Russians to use real estate owned in the Nordic nation, usually apartments or summer cottages, as justification for obtaining travel visas", "indirect", "said", "Finland’s president", "Sauli Niinisto", "nominal", "FIN"),
            ("Getting a visa to a country is not a subjective right for anyone, but the visa issuer always has discretion", "direct", "told", "President Sauli Niinisto", "Sauli Niinisto", "name", "FIN"),
            ("Until now, owning a property or an apartment in Finland has been perceived as a factor supporting a visa application. I don’t think it’s necessary.", "direct", "told", "President Sauli Niinisto", "Sauli Niinisto", "name", "FIN"),
        ],
    },
    {
        "id": "voa-se-news-2010-09-07", "source": SE, "published": "2010-09-07",
        "url": "https://qa3.lingq.com/sv/l%C3%A4r-dig-engelska-online/courses/38821/sep-7-87136",
        "note": "VOA Special English News of Sept. 7 (lesson page); opening line left out; cut before an unfinished sentence",
        "paragraphs": [
            "Pakistani officials say a car bombing at a police headquarters in northwest Pakistan has killed at least twenty people. More than fifty others were wounded. The explosion took place in the town of Kohat in Kyber-Paktunkhwa province. No one has claimed responsibility for the attack. But a Pakistani Taliban spokesman said Tuesday that the militant group will attack security forces. Officials say the attack took place as families were eating a meal as part of the Muslim holy month of Ramadan. A local police chief said the powerful explosion destroyed homes in the area and many women and children were among the victims.",
            "American actress Angelina Jolie visited Pakistan Tuesday and asked for more international help for the people of that country. Ms Jolie is a goodwill ambassador for the United Nations Refugee Agency. She met with Afghan refugees, Pakistani flood victims and aid workers in the northwestern province of Kyber-Paktunkhwa. The actress said the flooding is something that the world cannot ignore.",
            "Pakistan has released one hundred forty-one Indian fishermen who had been charged with illegally crossing into its territorial waters. The men were the last of four hundred fishermen to be released to India. A three-member delegation from Pakistan is in India seeking the release of over one hundred Pakistani fishermen.",
            "The head of American and NATO forces in Afghanistan has criticized a plan by an American religious group to burn the Muslim holy book on September eleventh. General David Petraeus said the plan to burn copies of the Quran on the ninth anniversary of the terrorist attacks on the United States could help the propaganda aims of the Taliban.",
        ],
        "quotes": [
            ("a car bombing at a police headquarters in northwest Pakistan has killed at least twenty people", "indirect", "say", "Pakistani officials", "Pakistani officials", "nominal", "PAK"),
            ("the militant group will attack security forces", "indirect", "said", "a Pakistani Taliban spokesman", "Pakistani Taliban spokesman", "nominal", "PAK"),
            ("the attack took place as families were eating a meal as part of the Muslim holy month of Ramadan", "indirect", "say", "Officials", "Officials", "nominal", "PAK"),
            ("the powerful explosion destroyed homes in the area and many women and children were among the victims", "indirect", "said", "A local police chief", "local police chief", "nominal", "PAK"),
            ("the flooding is something that the world cannot ignore", "indirect", "said", "The actress", "Angelina Jolie", "nominal", "USA"),
            ("the plan to burn copies of the Quran on the ninth anniversary of the terrorist attacks on the United States could help the propaganda aims of the Taliban", "indirect", "said", "General David Petraeus", "David Petraeus", "name", "USA"),
        ],
    },
    {
        "id": "voa-se-news-2010-01-12", "source": SE, "published": "2010-01-12",
        "url": "https://qa3.lingq.com/it/imparare-inglese/courses/38821/jani-12-68289",
        "note": "VOA Special English News of Jan. 12 (lesson page); opening line left out; cut before an unfinished sentence",
        "paragraphs": [
            "A major earthquake has hit Haiti. Scientists say the seven point zero strength earthquake hit Tuesday afternoon. The earthquake was followed by two smaller quakes. There are unconfirmed reports that a hospital has collapsed. A tsunami warning has been released for the Dominican Republic, Cuba and the Bahamas. The quake struck at a depth of ten kilometers and was centered about sixteen kilometers from Haiti's capital, Port-au-Prince. Haiti's ambassador to the United States has called the quake a major disaster. Raymond Joseph called on friends of Haiti to come to the country's aid. Iran is blaming the United States and Israel for the murder of an Iranian nuclear physics professor. State media say Massoud Ali Mohammidi was killed Tuesday when a bomb attached to his motorbike exploded near his home in Tehran. An Iranian Foreign Ministry spokesman said an early investigation showed that Israel, the United States and America their [America's] paid agents in Iran were responsible for the attack. In Washington, a State Department spokesman denounced the accusation. Mr. Mohammidi was a nuclear scientist and professor at Tehran University. He supported an opposition candidate in the presidential election last year.",
            "The American Defense Department has ordered more than three thousand additional troops to Afghanistan. A Defense Department official said two thousand six hundred soldiers will travel to Afghanistan along with about five hundred support troops. The move is part of the troop increase approved by President Obama. In separate news, NATO officials say two airstrikes in southern Afghanistan have killed sixteen suspected militants. They said both airstrikes were carried out Monday in Helmand province.",
        ],
        "quotes": [
            ("the seven point zero strength earthquake hit Tuesday afternoon", "indirect", "say", "Scientists", "Scientists", "nominal", None),
            ("Massoud Ali Mohammidi was killed Tuesday when a bomb attached to his motorbike exploded near his home in Tehran", "indirect", "say", "State media", "State media", "organisation", "IRN"),
            ("an early investigation showed that Israel, the United States and America their [America's] paid agents in Iran were responsible for the attack", "indirect", "said", "An Iranian Foreign Ministry spokesman", "Iranian Foreign Ministry spokesman", "nominal", "IRN"),
            ("two thousand six hundred soldiers will travel to Afghanistan along with about five hundred support troops", "indirect", "said", "A Defense Department official", "Defense Department official", "nominal", "USA"),
            ("two airstrikes in southern Afghanistan have killed sixteen suspected militants", "indirect", "say", "NATO officials", "NATO officials", "nominal", "IGO"),
            ("both airstrikes were carried out Monday in Helmand province", "indirect", "said", "They", "NATO officials", "pronoun", "IGO"),
        ],
    },
    {
        "id": "voa-se-news-2010-01-26", "source": SE, "published": "2010-01-26",
        "url": "https://qa4.lingq.com/en/learn-english-online/courses/38821/jani-26-69516",
        "note": "VOA Special English News of Jan. 26 (lesson page); opening line left out; cut before an unfinished sentence",
        "paragraphs": [
            "Iraqi officials say a suicide attacker driving a car killed at least twenty-two people in central Baghdad Tuesday. Eighty others were wounded. Police said the attacker bombed a police crime laboratory in Baghdad's Karradah neighborhood. Officials said many of those killed or wounded were police officers. On Monday, suicide bombers attacked three Baghdad hotels, killing at least thirty-six people. The American ambassador to Iraq, Christopher Hill, condemned the latest attacks. Mr. Hill urged the Iraqi people to unite in fighting all forms of violence and terror.",
            "The United States military says it has joined with the Iraqi army and Iraqi Kurdish troops to guard disputed areas of northern Iraq. The military said the goal of the effort is to ease tensions between Sunni Arabs and Kurds. The top American officer in Iraq said American, Iraqi and Iraqi Kurdish forces have trained and established seventy percent of their planned positions. General Ray Odierono also said that the rest of the force will be deployed by the end of this month. He said the goal of the deployments is to protect Iraqis who live in disputed areas from al-Qaeda and other militant groups.",
            "An election dispute became public in Sri Lanka within five hours after voting ended in the country's presidential election. The Sri Lankan government announced plans to take legal action to cancel the candidacy of former military chief Sarath Fonseka. He and President Mahinda Rajapaksa are the two major candidates in the election. Both men have been praised as war heroes for the victory last year over the Tamil Tiger rebels. Sri Lanka's foreign minister said the former military chief could not be elected because he did not register to vote in the election.",
        ],
        "quotes": [
            ("a suicide attacker driving a car killed at least twenty-two people in central Baghdad Tuesday", "indirect", "say", "Iraqi officials", "Iraqi officials", "nominal", "IRQ"),
            ("the attacker bombed a police crime laboratory in Baghdad's Karradah neighborhood", "indirect", "said", "Police", "Police", "nominal", "IRQ"),
            ("many of those killed or wounded were police officers", "indirect", "said", "Officials", "Officials", "nominal", "IRQ"),
            ("it has joined with the Iraqi army and Iraqi Kurdish troops to guard disputed areas of northern Iraq", "indirect", "says", "The United States military", "United States military", "organisation", "USA"),
            ("the goal of the effort is to ease tensions between Sunni Arabs and Kurds", "indirect", "said", "The military", "United States military", "organisation", "USA"),
            ("American, Iraqi and Iraqi Kurdish forces have trained and established seventy percent of their planned positions", "indirect", "said", "The top American officer in Iraq", "Ray Odierono", "nominal", "USA"),
            ("the rest of the force will be deployed by the end of this month", "indirect", "said", "General Ray Odierono", "Ray Odierono", "name", "USA"),
            ("the goal of the deployments is to protect Iraqis who live in disputed areas from al-Qaeda and other militant groups", "indirect", "said", "He", "Ray Odierono", "pronoun", "USA"),
            ("the former military chief could not be elected because he did not register to vote in the election", "indirect", "said", "Sri Lanka's foreign minister", "Sri Lanka's foreign minister", "nominal", "LKA"),
        ],
    },
    {
        "id": "voa-se-news-2010-05-25", "source": SE, "published": "2010-05-25",
        "url": "https://qa4.lingq.com/sv/l%C3%A4r-dig-engelska-online/courses/38821/may-25-78751",
        "note": "VOA Special English News of May 25 (lesson page); opening line left out; cut before an unfinished sentence",
        "paragraphs": [
            "North Korea says it is ending all relations and communication with South Korea. The cancellation of relations was contained in a statement from North Korea's national reunification committee. The North's state-operated news agency published the announcement. North Korea says it will not talk with South Korean officials while South Korean President Lee Myung-bak is in office. The North also announced plans to expel all South Korean officials working at an industrial center in the border town of Kaesong.",
            "The United States and China have ended two days of meetings in Beijing. American Treasury Secretary Timothy Geithner says both sides made progress in settling some of their economic disagreements. Secretary Geithner said the Chinese government has taken steps to change a policy designed to help companies that develop technology within China. The United States says the policy hurts American companies. Mr. Geithner said the meetings did not completely settle American concerns about Chinese economic policies. But, he said both sides will hold more talks on this and other issues in the coming weeks and months.",
            "A top American official says President Obama will deploy up to one thousand two hundred National Guard troops to the border between the United States and Mexico. He is also to ask for an additional five hundred million dollars to fight the illegal drug trade. The administration official said the move is part of President Obama's plan to secure the southwest border. The official says the extra troops would give immediate support to drug enforcement officials and help with intelligence.",
            "Officials in Jamaica say fighting in the capital, Kingston, has killed at least thirty people.",
        ],
        "quotes": [
            ("it is ending all relations and communication with South Korea", "indirect", "says", "North Korea", "North Korea", "organisation", "PRK"),
            ("it will not talk with South Korean officials while South Korean President Lee Myung-bak is in office", "indirect", "says", "North Korea", "North Korea", "organisation", "PRK"),
            ("both sides made progress in settling some of their economic disagreements", "indirect", "says", "American Treasury Secretary Timothy Geithner", "Timothy Geithner", "name", "USA"),
            ("the Chinese government has taken steps to change a policy designed to help companies that develop technology within China", "indirect", "said", "Secretary Geithner", "Timothy Geithner", "name", "USA"),
            ("the policy hurts American companies", "indirect", "says", "The United States", "United States", "organisation", "USA"),
            ("the meetings did not completely settle American concerns about Chinese economic policies", "indirect", "said", "Mr. Geithner", "Timothy Geithner", "name", "USA"),
            ("both sides will hold more talks on this and other issues in the coming weeks and months", "indirect", "said", "he", "Timothy Geithner", "pronoun", "USA"),
            ("President Obama will deploy up to one thousand two hundred National Guard troops to the border between the United States and Mexico", "indirect", "says", "A top American official", "top American official", "nominal", "USA"),
            ("the move is part of President Obama's plan to secure the southwest border", "indirect", "said", "The administration official", "top American official", "nominal", "USA"),
            ("the extra troops would give immediate support to drug enforcement officials and help with intelligence", "indirect", "says", "The official", "top American official", "nominal", "USA"),
            ("fighting in the capital, Kingston, has killed at least thirty people", "indirect", "say", "Officials in Jamaica", "Officials in Jamaica", "nominal", "JAM"),
        ],
    },
]

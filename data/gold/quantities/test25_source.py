"""Readable source of the sealed quantities test set ``test25.jsonl`` (annotated blind by sqy25).

Each document gives its text as verbatim paragraphs of the page as the ``search`` tool's
``pages`` corpus stores it (page furniture removed, named in ``note``) and its quantities in text
order. A record names its span text; the builder (``../check_quantities_test25.py``, through
``check_quantities_test17.build`` and ``checklib.build_paragraph_docs``) finds it from the end of
the previous record (or after an ``after`` anchor) and fills the offsets and the normalized
fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``, ``about``,
``approx``, ``counted`` (for ``unit: "count"``). Format and helpers follow ``test23_source.py``.
"""

from checklib import quantity_record as q  # one definition for every quantities source


def person(text, value, about, approx=False, high=None, after=None):
    """Return a count-of-people record."""
    return q(text, value, "person", "count", about, approx, high, after=after)


def count(text, value, counted, about, approx=False, high=None, after=None):
    """Return a count-of-things record."""
    return q(text, value, "count", "count", about, approx, high, counted=counted, after=after)


def pct(text, value, about, approx=False, high=None, after=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high, after=after)


def frac(text, value, about, approx=False, high=None, after=None):
    """Return a fraction record (value as a fraction; normalized to percent by the builder)."""
    return q(text, value, "fraction", "percent", about, approx, high, after=after)


def dur(text, value, unit, about, approx=False, high=None, after=None):
    """Return a duration record."""
    return q(text, value, unit, "duration", about, approx, high, after=after)


def other(text, value, unit, about, approx=False, high=None, after=None):
    """Return a record of kind other (power, energy, temperature, age, multiplier)."""
    return q(text, value, unit, "other", about, approx, high, after=after)


def rate(text, value, unit, about, approx=False, high=None, after=None):
    """Return a rate record (speeds included)."""
    return q(text, value, unit, "rate", about, approx, high, after=after)


def usd(text, value, about, approx=False, high=None, after=None):
    """Return a US-dollar money record."""
    return q(text, value, "USD", "money", about, approx, high, after=after)


def length(text, value, unit, about, approx=False, high=None, after=None):
    """Return a length record."""
    return q(text, value, unit, "length", about, approx, high, after=after)


def area(text, value, unit, about, approx=False, high=None, after=None):
    """Return an area record."""
    return q(text, value, unit, "area", about, approx, high, after=after)


def mass(text, value, unit, about, approx=False, high=None, after=None):
    """Return a mass record."""
    return q(text, value, unit, "mass", about, approx, high, after=after)


def volume(text, value, unit, about, approx=False, high=None, after=None):
    """Return a volume record."""
    return q(text, value, unit, "volume", about, approx, high, after=after)


MIRROR = ("The page is a copy of a Voice of America story on a language-learning mirror host; the "
          "English text is VOA's (public domain). ")
FOOTNOTES = ("The mirror glues vocabulary-note numbers to some words (e.g. 'sporadic1', "
             "'mules 5'); these inserted digits are not in VOA's text and were removed. ")
CHINESE = "The mirror's Chinese header, translations and word notes were removed. "

DOCS = [
    # ------------------------------------------------------------------ VOA texts
    {
        "id": "qt25-01",
        "source": "voa:tingroom.com",
        "url": "http://tingroom.com/voastandard/2014/6/262849.html",
        "title": "Libya's Oil Output Drops Further (VOA, standard English 2014)",
        "published": None,
        "truncated": True,
        "note": MIRROR + CHINESE + FOOTNOTES
                + "The mirror dates its copy 2014-06-12 (not VOA's date, so published is null). "
                  "Cut by the store inside the last paragraph ('averaged just 167,000 b'); kept to "
                  "the last complete sentence. The sentence 'Libya produced about 1.6-million "
                  "barrels a day' has no final period in the store (kept). Decisions: the "
                  "hypothetical 'lose a barrel' / 'more than a barrel of heavier crude' in the "
                  "quotation are generic units, not measured amounts (not annotated); '2011' is a "
                  "year.",
        "paragraphs": [
            "Libya has much of the world’s highest quality crude oil. But since the fall of "
            "long-time leader Moammar Gadhafi in 2011, production has been sporadic and on the "
            "decline.",
            "After assessing Libya’s political instability, violence and armed groups battling "
            "for control, John Kingston summed up prospects for the country’s oil industry this "
            "way:",
            "“There’s essentially no good news there.”",
            "Kingston is director of news for Platts, which provides information on the global "
            "energy, petrochemical, metals and agriculture industries. He said during Gadhafi’s "
            "rule, Libya produced about 1.6-million barrels a day",
            "“Their quality of crude is extremely high. So, for production of transportation  "
            "fuels, like gasoline and diesel, if you lose a barrel out of Libya, you have to "
            "produce more than a barrel of heavier crude somewhere else to make up for it. Not "
            "all barrels are alike. And a Libyan barrel is more equal than others,” he said.",
            "But not much is getting to market these days.",
            "“Less and less,” he said, “That’s the problem. In fact it seems that exports out of "
            "a port called Marsa El Hariga, which was a very important port, appear to have "
            "stopped. And as a result of that the Libyans are returning to crudes that they were "
            "exporting to serve their own needs. So that’s lesser exports there.”",
            "The port closed after just reopening last month.",
        ],
        "quantities": [
            rate("about 1.6-million barrels a day", 1600000, "barrel/day",
                 "Libya's oil production under Gadhafi", approx=True),
        ],
    },
    {
        "id": "qt25-02",
        "source": "voa:tingroom.com",
        "url": "http://tingroom.com/print_266080.html",
        "title": "Solar Power Makes Gains in US (VOA, 2014)",
        "published": None,
        "truncated": True,
        "note": MIRROR + CHINESE
                + "The print page interleaves a Chinese translation after each English segment; "
                  "the English segments are kept one per line. 'Solar power farms' before 'AU, "
                  "George Washington University' is a subheading glued to the sentence (verbatim). "
                  "Cut by the store inside a quotation ('Over the next 20 years, we are confident "
                  "that [the price of]'); kept to the last complete sentence. Decisions: 'half of "
                  "their electricity' is a fraction; 'the next couple of decades' is an "
                  "approximate duration of 20 years; 'three new solar power farms' spans the "
                  "number only; 'a fraction of the power' is vague (not annotated).",
        "paragraphs": [
            "WASHINGTON — Two universities in Washington, D.C., soon plan to start buying half of "
            "their electricity from solar-power farms 400 kilometers away.",
            "The schools expect the project will save millions of dollars during the next couple "
            "of decades and make the universities more attractive to environmentally-conscious "
            "students.",
            "Experts say the project shows how this once-exotic power source is becoming a "
            "routine part of business.",
            "Solar panels cover the roof of this and other buildings at American University, "
            "creating electricity that is a fraction of the power needed by the campus.",
            "Solar power farms AU, George Washington University, and George Washington University "
            "Hospital are going a big step further in a deal with Duke Energy Renewables, a "
            "division of a large power company.",
            "Duke will build three new solar power farms, similar to these facilities, in distant "
            "North Carolina and put the power into the electric grid.",
            "The schools in Washington will draw electricity from the grid and pay Duke for the "
            "power at a fixed rate for the next 20 years.",
            "Chief Financial Officer of American University Doug Kudravetz said the green solar "
            "power deal will look better and better over time.",
        ],
        "quantities": [
            count("Two", 2, "universities", "universities buying solar power"),
            frac("half", 0.5, "share of the universities' electricity bought from solar farms"),
            length("400 kilometers", 400, "kilometer", "distance to the solar-power farms"),
            usd("millions of dollars", 2000000, "savings expected from the project", approx=True),
            dur("couple of decades", 20, "year", "period of the expected savings", approx=True),
            count("three", 3, "solar power farms", "new solar power farms Duke will build"),
            dur("20 years", 20, "year", "fixed-rate power purchase period"),
        ],
    },
    {
        "id": "qt25-03",
        "source": "voa:www.xty-ic.com",
        "url": "http://www.xty-ic.com/tingli/news/voa-standard/327155.html",
        "title": "Solar Power Plant Improves Lives for Syrian Refugees in Jordan Camp (VOA)",
        "published": None,
        "truncated": True,
        "note": MIRROR + CHINESE
                + "The mirror (dated 2019-09-05) replaced every period of VOA's text with the "
                  "Chinese full stop '。', also inside the number '7。4 million-dollar' (kept "
                  "verbatim; annotated as 7.4 million USD). Cut by the store before the Chinese "
                  "translation; the English paragraph is complete to 'maintenance'. Decisions: '16 "
                  "hours of electricity every day' is one rate (hour/day; the per-unit follows the "
                  "'of X' noun directly); 'more than 1 million dollars a year' is a USD/year rate; "
                  "'2014', 'mid 2017', 'September 2018' are dates; 'the third phase' is an "
                  "ordinal.",
        "paragraphs": [
            "When Azraq was opened in 2014, it had no electricity。 Now it has more than half of "
            "its needs met through clean renewable solar power that provides residents with 16 "
            "hours of electricity every day。The introduction of solar plant or solar energy in "
            "Azraq has been a much relief for the refugees, because they can move out at night。"
            "Students can study at night。They can buy fan to cool when it’s hot。 Their fridges to "
            "cool water。 The 7。4 million-dollar project has come online in phases。 The first part "
            "of the plant opened in mid 2017 and then an extension in September 2018。 Soon the "
            "third phase will go online, boosting the ability of the camp to provide 70 percent "
            "of its power needs while saving more than 1 million dollars a year in energy costs。"
            "The plant has also been a source of training and employment for some camp "
            "residents。 Abdallah al-Hewas is in charge of the plant’s maintenance。",
        ],
        "quantities": [
            frac("more than half", 0.5, "share of Azraq camp's power needs met by solar",
                 approx=True),
            rate("16 hours of electricity every day", 16, "hour/day",
                 "electricity supply to camp residents"),
            usd("7。4 million-dollar", 7400000, "cost of the solar project"),
            pct("70 percent", 70, "share of camp power needs after the third phase"),
            rate("more than 1 million dollars a year", 1000000, "USD/year",
                 "energy cost savings", approx=True),
        ],
    },
    {
        "id": "qt25-04",
        "source": "voa:www.tingroom.com",
        "url": "http://www.tingroom.com/voastandard/2010/8/110549.html",
        "title": "Extreme Weather Experienced Worldwide (VOA, standard English 2010)",
        "published": None,
        "truncated": True,
        "note": MIRROR + CHINESE + FOOTNOTES
                + "Removed: the photo caption ('Pakistani villagers flee a flood-hit area of Kot "
                  "Addu, Pakistan, 4 Aug 2010'). Verbatim errors kept ('solder', 'stiffling', "
                  "double spaces). Cut by the store at 'Grai'; kept to the last complete "
                  "sentence. Decisions: 'the worst floods in a decade' measures a period (a "
                  "decade = 10 years); 'weeks of record-breaking heat' has no scale word (not "
                  "annotated); 'a half' of grain exports is a fraction; 'third largest' is a "
                  "rank.",
        "paragraphs": [
            "These past few months have been filled with extreme weather in many parts of the "
            "world, and climatologists are trying to figure out what to make of it.",
            "From flooding in China to wildfires in Russia, strong winds in Australia to "
            "stiffling heat in the United States, with waterspouts over Miami Beach, Florida.  "
            "It's the season of unusual weather.",
            "In Pakistan, floodwaters have swallowed whole villages and killed 1,500 people. \"It "
            "rained the whole day and night. We did not sleep,\" said Mohammad Yaseen, a retired "
            "solder.",
            "In China, torrential rains brought on the worst floods in a decade. Roads under two "
            "meters of water. Landslides surprising drivers. \"I saw a rock falling down and then "
            "suddenly I heard a terrible noise, and another boulder hit my car and I was "
            "stunned,\" said Jiang Qidi, a driver.",
            "In Russia, weeks of record-breaking heat and little rain are hampering efforts to "
            "extinguish wildfires.  Flames surrounded and nearly trapped this group of "
            "volunteers.",
            "Analysts say the world should be aware of the consequences. \"We pray to God day and "
            "night for rain to fall, to change this weather.  It is the only thing which can "
            "help us,\" said Igor Vlaznev, a Russian firefighter.",
            "Russia is the world's third largest wheat exporter and officials there say the "
            "drought will cut the grain harvest by 25 percent. Grain exports could drop by a "
            "half this year.  World wheat prices are already up nearly 50 percent since early "
            "June.",
        ],
        "quantities": [
            person("1,500 people", 1500, "people killed by floods in Pakistan"),
            dur("a decade", 10, "year", "period of China's worst floods"),
            length("two meters", 2, "meter", "depth of water over roads in China"),
            pct("25 percent", 25, "cut in Russia's grain harvest"),
            frac("a half", 0.5, "possible drop in Russian grain exports"),
            pct("nearly 50 percent", 50, "rise in world wheat prices since early June",
                approx=True),
        ],
    },
    {
        "id": "qt25-05",
        "source": "voa:www.tingroom.com",
        "url": "http://www.tingroom.com/voa/2020/9/511553.html",
        "title": "Humanitarian Aid Work Hurt by Coronavirus (VOA Learning English, 2020)",
        "published": None,
        "truncated": True,
        "note": MIRROR + CHINESE + FOOTNOTES
                + "The story quotes an expert who 'told VOA' (VOA's own reporting; no wire "
                  "credit). Removed: the title line (moved to title) and the subheading "
                  "'Fighting locusts in Somalia'. Cut by the store at 'drop insec'; kept to the "
                  "last complete sentence. Decisions: 'Each square kilometer' is the base of the "
                  "density, so only '40 to 80 million locusts' is annotated (a count range); 'in "
                  "one day' measures the eating period (1 day); 'its worst invasion ... in 25 "
                  "years' measures a period.",
        "paragraphs": [
            "Humanitarian aid work is difficult. Workers helping people without food, water, "
            "shelter, or healthcare must often face natural disasters, slow governments, and even "
            "war.",
            "Now they have another enemy to consider -- COVID-19, the disease caused by the "
            "coronavirus. Here we will talk about three stories of humanitarian workers in "
            "hotspot areas.",
            "Earlier this year, Somalia faced its worst invasion of desert locusts in 25 years. In "
            "February, the country declared a state of emergency over swarms of the "
            "crop-destroying insects.",
            "The swarms can grow to several hundred square kilometers. Each square kilometer can "
            "contain 40 to 80 million locusts. The United Nations Food and Agriculture "
            "Organization says the huge swarms can eat the same amount of food in one day as "
            "about 35,000 people.",
            "As a child in Somalia, Mohamed Mohamud remembers the locusts. The swarms darkened "
            "the skies. The insects ate his small tomato plants – the ones he carefully grew for "
            "his family.",
            "Today, Mohamud is an insect expert with the International Center of Insect "
            "Physiology and Ecology in Nairobi.",
            "The center fights poverty and food insecurity by developing ways to control "
            "crop-destroying insects. To do that, it depends on equipment and people from other "
            "countries. However, now borders are closed to slow the spread of the coronavirus. "
            "So, the center can do little to help.",
        ],
        "quantities": [
            count("three", 3, "stories", "stories of humanitarian workers"),
            dur("25 years", 25, "year", "period of Somalia's worst locust invasion"),
            area("several hundred square kilometers", 300, "square_kilometer",
                 "size of locust swarms", approx=True),
            count("40 to 80 million locusts", 40000000, "locusts",
                  "locusts in one square kilometer of swarm", high=80000000),
            dur("one day", 1, "day", "period of the swarms' food consumption"),
            person("about 35,000 people", 35000, "people eating as much as the swarms",
                   approx=True),
        ],
    },
    {
        "id": "qt25-06",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/214001.html",
        "title": "Agriculture Report - From Horses to Tractors, Changes in U.S. Agriculture "
                 "(VOA Special English)",
        "published": "2005-06-21",
        "truncated": True,
        "note": MIRROR + FOOTNOTES
                + "Removed: the mirror's header, the title line (with a glued note digit, "
                  "'Tractors 2,') and the byline and broadcast date ('By Mario Ritter', "
                  "'Broadcast: Tuesday, June 21, 2005'; the date is used for published). The "
                  "stored copy stops after the soybean paragraph (truncated). Decisions: years "
                  "written out ('nineteen twenty', 'two thousand', 'the nineteen sixties') are "
                  "dates; 'about one-tenth the levels' is an approximate fraction; horses and "
                  "mules are counted as things ('horses').",
        "paragraphs": [
            "I'm Gwen Outen with the VOA Special English Agriculture Report.",
            "Over the years, new technologies have changed farming. Change in a general "
            "direction is a trend. Yet people often recognize trends only when they consider the "
            "past.",
            "Today, we look back at some trends in American agriculture. We begin with the "
            "change from animal power to mechanical power. Our information comes from the "
            "National Agricultural Statistics Service, part of the Agriculture Department.",
            "In nineteen twenty, America had more than twenty-five million horses and mules. "
            "Most were used for farm work. Around the same time, a competitor began to appear in "
            "large numbers. Tractors could turn soil, pull loads and speed harvests -- and they "
            "could do it better.",
            "More tractors meant fewer horses and mules. By the nineteen sixties, the numbers of "
            "these work animals settled to where they remain today. That is about one-tenth the "
            "levels in nineteen twenty.",
            "Yet even the demand for tractors had its limits. Tractors reached their highest "
            "numbers around nineteen eighty-two. Their numbers have been slowly decreasing. "
            "Experts say farmers can do more with less now because of new technologies.",
            "So, tractors replaced horses and mules. As a result, farmers no longer needed to "
            "raise crops to feed work animals.",
            "Oats have long been food for horses and mules. In nineteen fifty-four, American "
            "farmers planted over sixteen million hectares of oats. By two thousand, that was "
            "down to less than one million hectares.",
            "So what did the farmers do with the extra land?",
            "More and more farmers began to plant a new crop around the same time that the "
            "tractor became popular. It was the soybean. The soybean is one of the oldest plants "
            "harvested. Yet it was not planted widely in the United States until the nineteen "
            "twenties.",
        ],
        "quantities": [
            count("more than twenty-five million horses", 25000000, "horses",
                  "horses and mules in America in 1920", approx=True),
            frac("about one-tenth", 0.1, "work animals today relative to 1920", approx=True),
            area("over sixteen million hectares", 16000000, "hectare",
                 "oats planted in 1954", approx=True),
            area("less than one million hectares", 1000000, "hectare", "oats planted by 2000",
                 approx=True),
        ],
    },
    {
        "id": "qt25-07",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/174988.html",
        "title": "Agriculture Report - American Agriculture: Shrinking but More Productive "
                 "(VOA Special English)",
        "published": "2006-01-10",
        "truncated": True,
        "note": MIRROR + FOOTNOTES
                + "Removed: the mirror's header and the title/byline/broadcast lines ('By Mario "
                  "Ritter', 'Broadcast: Tuesday, January 10, 2006'; used for published). Cut by "
                  "the store inside the last paragraph ('Canada replaced Japan for the fi'); that "
                  "paragraph was dropped. Decisions: 'close to twelve million million dollars' is "
                  "1.2e13 USD; 'nine-tenths of one percent' = 0.9 percent; 'in a year' (the "
                  "period a G.D.P. measures) is a 1-year duration; 'About half of those farms' is "
                  "a fraction; written-out years ('two thousand four') are dates.",
        "paragraphs": [
            "I'm Faith Lapidus with the VOA Special English Agriculture Report.",
            "A listener in Burkina Faso named Irisso wants to know the place that agriculture "
            "occupies in the United States economy. The answer might be surprising.",
            "The United States has the largest economy in the world. The size of an economy is "
            "usually described in terms of the Gross Domestic Product. The Gross Domestic "
            "Product, or G.D.P., is the value of all goods and services produced in a country in "
            "a year.",
            "In two thousand four, the United States had a G.D.P. estimated at close to twelve "
            "million million dollars. What percentage of that was agriculture? The government "
            "says just nine-tenths of one percent.",
            "Farm workers make up an even smaller percentage of American labor: seven-tenths of "
            "one percent.",
            "So what is the Gross Domestic Product mainly a product of these days? In two "
            "thousand four, almost twenty percent came from industry -- and almost eighty "
            "percent came from services.",
            "The number of farms continues to decrease in America. The Census Bureau counted a "
            "little more than two million farms in two thousand four. About half of those farms "
            "had less than forty hectares.",
            "Still, farm earnings have risen to record levels in recent years. Agricultural "
            "productivity continues to increase because of new technology and methods. But the "
            "Agriculture Department estimates that nine percent of farm income last year came "
            "from government payments. That number is expected to decrease in the future.",
            "Exports have provided American farmers with an average of about twenty-five percent "
            "of their money for the last fifteen years. What is the top export by value? "
            "Soybeans.",
        ],
        "quantities": [
            dur("a year", 1, "year", "period over which G.D.P. is measured"),
            usd("close to twelve million million dollars", 12000000000000,
                "U.S. G.D.P. in 2004", approx=True),
            pct("nine-tenths of one percent", 0.9, "agriculture's share of G.D.P."),
            pct("seven-tenths of one percent", 0.7, "farm workers' share of American labor"),
            pct("almost twenty percent", 20, "industry's share of G.D.P.", approx=True),
            pct("almost eighty percent", 80, "services' share of G.D.P.", approx=True),
            count("a little more than two million farms", 2000000, "farms",
                  "farms counted in 2004", approx=True),
            frac("About half", 0.5, "share of farms smaller than forty hectares", approx=True),
            area("less than forty hectares", 40, "hectare", "size of about half the farms",
                 approx=True),
            pct("nine percent", 9, "share of farm income from government payments"),
            pct("about twenty-five percent", 25, "share of farm money from exports",
                approx=True),
            dur("fifteen years", 15, "year", "period of the export average"),
        ],
    },
    {
        "id": "qt25-08",
        "source": "voa:tingroom.com",
        "url": "https://tingroom.com/mobile/index.php?aid=76254&mid=3",
        "title": "China, Australia to Build Final Leg of Asian Rail (VOA, standard English 2009)",
        "published": None,
        "truncated": True,
        "note": MIRROR + CHINESE + FOOTNOTES
                + "Removed: the mirror header (dated 2009-06-06) and the photo caption ('Man "
                  "drives homemade wooden cart on railroad in Kampong Chhnang province some 50 "
                  "kilometers north of Phnom Penh (2008 file photo)'), a caption like the other "
                  "removed captions. Cut by the store at 'often are pu'; kept to the last "
                  "complete sentence. Decisions: 'divided ... in two' is an idiom for two parts "
                  "(not annotated); '255-kilometer' is a compound adjective (length); 'one of the "
                  "largest ports' is a pronoun use of 'one'.",
        "paragraphs": [
            "Chinese and Australian engineers are gearing up to build the final stretch of track "
            "in the Trans-Asian Railway, which will link Singapore, Malaysia and Thailand with "
            "Vietnam and China through Cambodia. The Cambodian government has divided the "
            "country's railway system in two. Australia's Toll Holdings takes control of old "
            "French-built lines in the east, which run from the capital to the Thai border and "
            "south to Sihanoukville, home to one of the largest ports in the Gulf of Siam.",
            "The China Railway Group has the contract to carry out a feasibility study that will "
            "link Phnom Penh with Snoul near this country's western border with Vietnam.",
            "This 255-kilometer stretch will complete the Singapore-to-Kunming line, a railway "
            "connecting southeast Asia to the heart of China.",
            "Paul Power is an advisor to the Cambodian government and team leader for the Asian "
            "Development Bank's involvement in the reconstruction of Cambodia's railways. He says "
            "the railway's economic benefit for the region and Cambodia will be enormous.",
            "\"It makes Cambodia the hub of transportation between China and Singapore and you "
            "would have a port link, you would have a link to Thailand, you'll have a link "
            "through to Vietnam,\" Power said, \"and the implications for that, for Cambodia in "
            "the region, are that Cambodia becomes the hub.\"",
            "He says freight will provide the greatest economic benefits, particularly for "
            "shipping bulk goods like rice. The railway will be a cheaper alternative to ships "
            "and trucks.",
            "However, the contractors first must deal with the thorny issue of resettling people "
            "living along the route.",
        ],
        "quantities": [
            length("255-kilometer", 255, "kilometer", "Phnom Penh-Snoul rail stretch"),
        ],
    },
    {
        "id": "qt25-09",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/214309.html",
        "title": "Explorations - Seven Man-Made Wonders in America (VOA Special English, 2010)",
        "published": None,
        "truncated": True,
        "note": MIRROR + FOOTNOTES
                + "Removed: the mirror header (category '2010 March'), the speaker labels "
                  "('VOICE ONE:', 'VOICE TWO:'), '(MUSIC)' and the photo caption 'Brooklyn "
                  "Bridge'. The poem's lines are kept one per line. Cut by the store at 'The "
                  "bridge h'; kept to the last complete sentence. Decisions: written-out years "
                  "and dates ('eighteen sixty-seven', 'May twenty-fourth, eighteen eighty-three') "
                  "are dates; 'seven man-made wonders' spans the number only; 'between twenty and "
                  "thirty men' is a range of persons.",
        "paragraphs": [
            "I'm Faith Lapidus.",
            "And I'm Steve Ember with EXPLORATIONS in VOA Special English. There are many natural "
            "wonders in the United States. Today, we take you to seven man-made wonders in "
            "America.",
            "Against the city's gleaming spires,",
            "Above the ships that ply the stream,",
            "A bridge of haunting beauty stands –",
            "Fulfillment of an artist's dream.",
            "That poem is about our first man-made wonder -- the Brooklyn Bridge in New York "
            "City. It extends more than four hundred eighty meters over the East River to "
            "connect the areas of Brooklyn and Manhattan. A famous bridge builder David B. "
            "Steinman wrote the poem. But he did not build the Brooklyn Bridge.",
            "It was the dream of another man, John A. Roebling. He was a member of the design "
            "team and became chief engineer of the building project in eighteen sixty-seven. "
            "Sadly, he became sick and died before work even started. He had an accident when "
            "visiting the area where the bridge was to be built.",
            "Building began in eighteen seventy. It was very dangerous. Few records were kept on "
            "such events. But, historians say between twenty and thirty men died as a result of "
            "the building project. Some died from falling off the bridge or from being struck by "
            "equipment.",
            "Others died or were injured from working in the structures called caissons. These "
            "lay deep below the surface of the Earth. The workers would get a pressure sickness "
            "called the bends.",
            "John Roebling's son, Washington, was severely disabled by the bends. He had been "
            "named chief engineer of the Brooklyn Bridge project soon after his father died. "
            "Washington Roebling continued the work from his home after he was disabled.",
            "The Brooklyn Bridge opened on May twenty-fourth, eighteen eighty-three. At the time, "
            "it was the longest suspension bridge in the world. It is still a beautiful "
            "structure.",
        ],
        "quantities": [
            count("seven", 7, "man-made wonders", "man-made wonders in America"),
            length("more than four hundred eighty meters", 480, "meter",
                   "length of the Brooklyn Bridge over the East River", approx=True),
            person("between twenty and thirty men", 20, "men who died building the bridge",
                   high=30),
        ],
    },
    {
        "id": "qt25-10",
        "source": "voa:tingroom.com",
        "url": "http://tingroom.com/voa/2012/6/179104.html",
        "title": "Technology Report - Golden Gate Bridge Still Shining Strong After 75 Years "
                 "(VOA Special English, 2012)",
        "published": None,
        "truncated": True,
        "note": MIRROR + CHINESE + FOOTNOTES
                + "Removed: the mirror header (dated 2012-06-04) and the repeated title line. Cut "
                  "by the store at 'Work began in nineteen'; kept to the last complete sentence. "
                  "Decisions: 'seventy-fifth anniversary' is an ordinal; 'each day' after the car "
                  "count is a separate frequency (only the count is annotated); 'two tall "
                  "towers' spans the number; 'the top ten longest' is a rank.",
        "paragraphs": [
            "This is the VOA Special English Technology Report.",
            "The Golden Gate Bridge is celebrating its seventy-fifth anniversary. The bridge "
            "opened to vehicle traffic on May twenty-eighth, nineteen thirty-seven. Since then, "
            "more than two billion vehicles have crossed the world famous structure between San "
            "Francisco and Marin County, California. As many as one hundred twelve thousand cars "
            "make the trip each day.",
            "The Golden Gate Bridge had the longest suspension span in the world, at the time it "
            "was built. The suspended roadway stretches one thousand two hundred eighty meters "
            "between the bridge’s two tall towers. Today it still rates among the top ten longest "
            "bridge spans in existence.",
            "Mary Currie works for the Golden Gate Bridge, Highway and Transportation District. "
            "She says the bridge is one of the most extraordinary engineering projects of all "
            "time.",
            "MARY CURRIE: “The Golden Gate Bridge is an engineering marvel certainly, and it gets "
            "award after award after award for what it means in civil engineering and structural "
            "engineering. It’s also a place where things happen first. For example, we were the "
            "first suspension bridge to have to change the roadway deck.”",
            "The Golden Gate Bridge is named after the Golden Gate Strait. That narrow passage of "
            "water connects the San Francisco Bay to the Pacific Ocean. Joseph Strauss was the "
            "chief engineer of the Golden Gate Bridge project.",
        ],
        "quantities": [
            count("more than two billion vehicles", 2000000000, "vehicles",
                  "vehicles that have crossed the bridge since 1937", approx=True),
            count("As many as one hundred twelve thousand cars", 112000, "cars",
                  "cars crossing the bridge each day", approx=True),
            length("one thousand two hundred eighty meters", 1280, "meter",
                   "suspended roadway between the towers"),
            count("two", 2, "towers", "towers of the Golden Gate Bridge"),
        ],
    },
]

NWS_JOIN = ("The product's fixed-width line breaks inside sentences were joined into single spaces "
            "(one paragraph per product line or item). ")

DOCS += [
    # ------------------------------------------------------------------ US government texts
    {
        "id": "qt25-11",
        "source": "usgov:www.oreanda.ru",
        "url": "https://www.oreanda.ru/en/v_mire/Meals_and_Water_Top_List_of_Unified/article1201874/",
        "title": "Meals and Water Top List of Unified Federal Response (FEMA, Hurricanes Irma and "
                 "Maria)",
        "published": None,
        "truncated": False,
        "note": "A FEMA news release on Puerto Rico (October 2017) re-posted verbatim by a news "
                "agency's site; the text is FEMA's (US government work). Removed: the re-poster's "
                "'OREANDA-NEWS' prefix. Decisions: 'During the next week' anchors a time (not "
                "annotated); '18 million shelf-stable meals' spans the number only; '50-megawatt' "
                "is a compound adjective (power); 'It will take months' has no number (not "
                "annotated); 'more than 250' counts installed Blue Roofs.",
        "paragraphs": [
            "In the wake of Hurricanes Irma and Maria, supplying meals and water to severely "
            "impacted survivors remains a priority of local and federal government and "
            "nongovernment agencies. This is the largest sustained funding operation in the "
            "history of the Federal Emergency Management Agency (FEMA).",
            "During the next week, it is expected that 10 million liters of bottled water and 18 "
            "million shelf-stable meals will arrive in Puerto Rico. This is in addition to the "
            "ongoing wide range of meals already being provided to survivors by the government "
            "of Puerto Rico, FEMA and the numerous volunteer agencies feeding Puerto Ricans "
            "across the island.",
            "Power restoration continues as a 50-megawatt generator is currently being installed "
            "at the Palo Seco Power Plant in San Juan. This is the first step in efforts toward "
            "emergency power restoration of what was already a fragile system.",
            "It will take months to complete the emergency work to sustain power until the "
            "government of Puerto Rico can permanently restore the island’s power grid. But power "
            "restoration is well underway.",
            "More than 140,000 homes in Puerto Rico are in need of some sort of repair as a result "
            "of the hurricane.",
            "FEMA and the U.S. Army Corps of Engineers (USACE) are providing short-term options for "
            "homeowners to protect their damaged homes from wind and rain.",
            "One option, Operation Blue Roof, provides a temporary covering of reinforced blue "
            "plastic sheeting to help reduce further damage to property until permanent repairs "
            "can be made. Blue Roofs are designed to last about 30 days. To date, the USACE has "
            "received more than 2,800 requests for Blue Roof repairs and has installed more than "
            "250.",
            "In addition, FEMA has blue tarps, often referred to as self-help tarps, available at "
            "no cost throughout local municipalities. These large, loose-fitting sheets of "
            "waterproof material are installed by the homeowner and are meant to be temporary "
            "protection.",
        ],
        "quantities": [
            volume("10 million liters", 10000000, "liter", "bottled water arriving in Puerto Rico"),
            count("18 million", 18000000, "meals", "shelf-stable meals arriving in Puerto Rico"),
            other("50-megawatt", 50, "megawatt", "generator at the Palo Seco Power Plant"),
            count("More than 140,000 homes", 140000, "homes", "homes in Puerto Rico needing repair",
                  approx=True),
            dur("about 30 days", 30, "day", "design life of Blue Roofs", approx=True),
            count("more than 2,800 requests", 2800, "requests", "requests for Blue Roof repairs",
                  approx=True),
            count("more than 250", 250, "Blue Roofs", "Blue Roofs installed by USACE",
                  approx=True),
        ],
    },
    {
        "id": "qt25-12",
        "source": "usgov:vdocuments.mx",
        "url": "https://vdocuments.mx/august-24-month-study-date-august-15-2019-meeting-will-be-held-at-the-water-treatment.html",
        "title": "August 24-Month Study (Bureau of Reclamation, Colorado River, August 2019)",
        "published": "2019-08-15",
        "truncated": True,
        "note": "A Bureau of Reclamation (Interior) operations report transcribed on a document "
                "host; the text is Reclamation's (US government work). Removed: the memo header "
                "(Date/From/To lines) and the 'Current Reservoir Status' table (numbers without "
                "units in the text). Kept: the 'Expected Operations' paragraph, cut by the store "
                "inside its last sentence and kept to the last complete sentence. Decisions: "
                "'24-Month Study' is a product name (not annotated); 'acre- feet' (verbatim, with "
                "a space) is acre_foot; elevations 'above 3,575 feet' / 'below 1,075 feet' are "
                "approximate lengths; 'Section 6.B.4' is a section number.",
        "paragraphs": [
            "The operation of Lake Powell and Lake Mead in this August 2019 24-Month Study is "
            "pursuant to the December 2007 Record of Decision on Colorado River Interim "
            "Guidelines for Lower Basin Shortages and the Coordinated Operations of Lake Powell "
            "and Lake Mead (Interim Guidelines), and reflects the 2019 Annual Operating Plan "
            "(AOP). Pursuant to the Interim Guidelines, the August 2018 24-Month Study "
            "projections of the January 1, 2019, system storage and reservoir water surface "
            "elevations set the operational tier for the coordinated operation of Lake Powell "
            "and Lake Mead during 2019. Consistent with Section 6.B of the Interim Guidelines, "
            "the Lake Powell operational tier for water year 2019 is the Upper Elevation "
            "Balancing Tier. With an 8.23 million acre- feet (maf) release from Lake Powell in "
            "water year 2019, the April 2019 24-Month Study projected the end of water year "
            "elevation at Lake Powell to be above 3,575 feet and the end of water year elevation "
            "at Lake Mead to be below 1,075 feet. Therefore, in accordance with Section 6.B.4 of "
            "the Interim Guidelines, Lake Powell operations shifted to balancing releases for the "
            "remainder of water year 2019.",
        ],
        "quantities": [
            volume("8.23 million acre- feet", 8230000, "acre_foot",
                   "release from Lake Powell in water year 2019"),
            length("above 3,575 feet", 3575, "foot", "projected Lake Powell elevation",
                   approx=True),
            length("below 1,075 feet", 1075, "foot", "projected Lake Mead elevation",
                   approx=True),
        ],
    },
    {
        "id": "qt25-13",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/todayinenergy/detail.php?id=18251",
        "title": "U.S. coal exports fall on lower European demand, increased global supply",
        "published": "2014-10-03",
        "truncated": True,
        "note": "EIA (DOE) Today in Energy. Removed: the logo line, the graph alt text and source "
                "line, and the republication note. Cut by the store inside the steam-coal "
                "paragraph ('In recent years,'); kept to the last complete sentence. Decisions: "
                "'MMst' = million short tons; 'During the first half of 2014' anchors a time "
                "(not annotated); 'two categories' is a count; 'these two regions' refers back "
                "(not annotated); '1949' is a year.",
        "paragraphs": [
            "U.S. coal exports have continued to decline from their record volumes in 2012. "
            "During the first half of 2014, coal exports totaled 52.3 million short tons (MMst), "
            "16% below the same period in 2013. Most of these exports go to countries in Europe "
            "and Asia. Export declines reflect both lower European demand for steam coal and "
            "increased steam coal supply from Australia and Indonesia. Metallurgical coal supply "
            "from Australia, Canada, and Russia has also increased. These factors have led to a "
            "cumulative decline of 9.0 MMst in coal exports to Europe and Asia during the first "
            "half of 2014.",
            "Coal exports fall into two categories: metallurgical coal, which is used in the "
            "production of steel, and steam coal, which is commonly used to fuel boilers that "
            "generate steam used to produce electricity. With relatively minor coal imports, the "
            "United States has been a net exporter of coal since 1949, the earliest year of data "
            "collection.",
            "Metallurgical coal production, primarily from the Illinois and Appalachian coal "
            "basins, represented less than 8% of production but 56% of total U.S. coal exports in "
            "2013. Europe is the leading destination for metallurgical coal exports, followed by "
            "Asia. Together, these two regions accounted for nearly 80% of U.S. metallurgical "
            "coal exports in the first half of 2014.",
            "Steam coal is mainly used to generate electricity, but also has applications at "
            "combined heat and power plants to produce steam used in industrial processes. Steam "
            "coal generally has lower heat content than metallurgical coal and can be found at "
            "most coal-producing basins in the United States.",
        ],
        "quantities": [
            mass("52.3 million short tons", 52300000, "short_ton",
                 "U.S. coal exports in the first half of 2014"),
            pct("16%", 16, "drop in coal exports from the same period in 2013"),
            mass("9.0 MMst", 9000000, "short_ton", "decline in coal exports to Europe and Asia"),
            count("two categories", 2, "categories", "categories of coal exports"),
            pct("less than 8%", 8, "metallurgical coal share of production", approx=True),
            pct("56%", 56, "metallurgical coal share of coal exports in 2013"),
            pct("nearly 80%", 80, "Europe and Asia share of metallurgical coal exports",
                approx=True),
        ],
    },
    {
        "id": "qt25-14",
        "source": "usgov:marcoantoniomorillo.blogspot.com",
        "url": "http://marcoantoniomorillo.blogspot.com/2014/04/8420-astronave-orion.html",
        "title": "Orion (NASA image caption, Mission Control, April 2014)",
        "published": "2014-04-11",
        "truncated": False,
        "note": "A NASA image caption ('Image Credit: NASA') re-posted on a personal blog; the "
                "caption is NASA's (US government work). Removed: the blog's title ('8420.- "
                "Astronave Orion.-'), the caption's date line (used for published) and the "
                "Spanish comment furniture. The blog wraps the caption at fixed width: the line "
                "breaks were joined into single spaces; the double spaces inside lines are kept "
                "verbatim. Decisions: 'Exploration Flight Test-1 (EFT-1)' is a name; 'two-orbit' "
                "is a compound adjective (count of orbits); '15 times farther' is a multiplier; "
                "'speeds near 20,000 mph' and 'up to 4,000 degrees Fahrenheit' are approximate.",
        "paragraphs": [
            "Mission Operations Director Paul Hill talks to the media as NASA Administrator "
            "Charles Bolden and Johnson Space  Center Director Ellen Ochoa visit Mission Control "
            "in the newly renovated and historic White Flight Control Room, which  will be used "
            "to support NASA’s Orion spacecraft. The mission patches that adorn the walls reflect "
            "the control room's previous use in the Space Shuttle Program. Orion is the "
            "exploration spacecraft designed to carry astronauts to destinations in deep space, "
            "including an asteroid and Mars. It will have emergency abort capability, sustain the "
            "crew during space travel and provide safe re-entry from deep space return "
            "velocities. Exploration Flight Test-1 (EFT-1), planned for December 2014, will be "
            "Orion's first mission. EFT-1 will send an uncrewed spacecraft 3,600 miles above  the "
            "Earth for a two-orbit flight that will give engineers the chance to verify its "
            "design and test some of the systems most critical for the safety of the astronauts "
            "who will fly on it in the future. After traveling 15 times farther into space  than "
            "the International Space Station, Orion will return to Earth at speeds near 20,000 "
            "mph, generating temperatures  of up to 4,000 degrees Fahrenheit, before splashing "
            "down in the Pacific Ocean. Image Credit: NASA",
        ],
        "quantities": [
            length("3,600 miles", 3600, "mile", "altitude of the EFT-1 flight above Earth"),
            count("two-orbit", 2, "orbits", "orbits of the EFT-1 flight"),
            other("15 times", 15, "multiplier", "distance beyond the International Space Station"),
            rate("near 20,000 mph", 20000, "mile/hour", "Orion's return speed", approx=True),
            other("up to 4,000 degrees Fahrenheit", 4000, "fahrenheit",
                  "temperatures during re-entry", approx=True),
        ],
    },
    {
        "id": "qt25-15",
        "source": "usgov:www.kwwl.com",
        "url": "http://www.kwwl.com/story/35408835/ef-0-tornado-wednesday-in-salem",
        "title": "NWS Damage Survey for 05/10/17 Tornado Event (NWS Quad Cities/Davenport)",
        "published": "2017-05-11",
        "truncated": False,
        "note": "A National Weather Service (NOAA) damage survey product re-posted verbatim by a "
                "TV station; the product is NOAA's (US government work). Removed: the station's "
                "lead-in ('From the National Weather Service in Davenport:'). " + NWS_JOIN
                + "Decisions: 'ESTIMATED PEAK WIND: 60 MPH' is annotated as stated (the label "
                  "word is outside the span, not approximate); 'FATALITIES: 0' and 'INJURIES: 0' "
                  "are person counts of zero; start/end locations ('2.3 W Salem') give no unit in "
                  "the text and latitudes/longitudes, dates and clock times are not quantities; "
                  "the EF scale lines are speed ranges ('>200 MPH' an approximate lower bound); "
                  "'EF-0', 'EF0' ... are category names.",
        "paragraphs": [
            "NWS Damage Survey for 05/10/17 Tornado Event",
            "Salem Iowa Tornado",
            "RATING: EF-0",
            "ESTIMATED PEAK WIND: 60 MPH",
            "PATH LENGTH /STATUTE/: 0.91 miles",
            "PATH WIDTH /MAXIMUM/: 20 yards",
            "FATALITIES: 0",
            "INJURIES: 0",
            "START DATE: 05/10/2017",
            "START TIME: 256 PM CDT",
            "START LOCATION: 2.3 W Salem / Henry / Iowa",
            "START LAT/LON: 40.8519 / -91.6631",
            "END DATE: 05/10/2017",
            "END TIME: 259 PM CDT",
            "END LOCATION: 1.4 W Salem / Henry / Iowa",
            "END LAT/LON: 40.8528 / -91.6458",
            "Tornado touched down in a field and was on the ground for 2-3 minutes. Flying dirt "
            "was observed but no damage was reported.",
            "EF SCALE: THE ENHANCED FUJITA SCALE CLASSIFIES TORNADOES INTO THE FOLLOWING "
            "CATEGORIES BASED ON THE DAMAGE THEY CAUSE.",
            "EF0...WEAK......65 TO 85 MPH",
            "EF1...WEAK......86 TO 110 MPH",
            "EF2...STRONG....111 TO 135 MPH",
            "EF3...STRONG....136 TO 165 MPH",
            "EF4...VIOLENT...166 TO 200 MPH",
            "EF5...VIOLENT...>200 MPH",
        ],
        "quantities": [
            rate("60 MPH", 60, "mile/hour", "estimated peak wind of the Salem tornado"),
            length("0.91 miles", 0.91, "mile", "tornado path length"),
            length("20 yards", 20, "yard", "maximum tornado path width"),
            person("0", 0, "fatalities", after="FATALITIES: "),
            person("0", 0, "injuries", after="INJURIES: "),
            dur("2-3 minutes", 2, "minute", "time the tornado was on the ground", high=3),
            rate("65 TO 85 MPH", 65, "mile/hour", "EF0 wind range", high=85),
            rate("86 TO 110 MPH", 86, "mile/hour", "EF1 wind range", high=110),
            rate("111 TO 135 MPH", 111, "mile/hour", "EF2 wind range", high=135),
            rate("136 TO 165 MPH", 136, "mile/hour", "EF3 wind range", high=165),
            rate("166 TO 200 MPH", 166, "mile/hour", "EF4 wind range", high=200),
            rate(">200 MPH", 200, "mile/hour", "EF5 wind range", approx=True),
        ],
    },
    {
        "id": "qt25-16",
        "source": "usgov:enn.com",
        "url": "https://enn.com/articles/50270-2016-was-2nd-warmest-year-on-record-for-u.s.",
        "title": "2016 was 2nd warmest year on record for U.S. (NOAA)",
        "published": "2017-01-09",
        "truncated": False,
        "note": "NOAA's 'climate by the numbers' news text re-posted by an environmental news site "
                "('Continue reading at NOAA'); the text is NOAA's (US government work). Removed: "
                "the duplicated lede with the date (used for published), the heading 'Full "
                "year, January through December', and the re-poster's 'Continue reading at "
                "NOAA.' / 'Photo via NOAA.'. Decisions: '2.9 degrees F above average' is a "
                "temperature difference (fahrenheit); '122 years of record-keeping' is a "
                "duration; 'second warmest', '20th consecutive', '24th wettest' are ranks; "
                "'2010' is a year.",
        "paragraphs": [
            "Last year will be remembered as warmer than average for much of the nation, and "
            "depending on where you live, 2016 was either parched, soggy — or both.",
            "To understand how, here’s our U.S. “climate by the numbers” summary for 2016:",
            "The average U.S. temperature in 2016 was 54.9 degrees F (2.9 degrees F above "
            "average), which ranked as the second warmest year in 122 years of record-keeping. "
            "This is the 20th consecutive year the annual average temperature exceeded the "
            "average. Every state in the contiguous U.S. and Alaska experienced above-average "
            "annual temperatures, according to scientists from NOAA’s National Centers for "
            "Environmental Information.",
            "Precipitation for the year totaled 31.70 inches, ranking as the 24th wettest year. "
            "The national drought footprint expanded from about 18 percent in January to about "
            "23 percent by the end of December. At just under 19 percent, the average area of "
            "drought in the U.S. for 2016 was the smallest since 2010.",
        ],
        "quantities": [
            other("54.9 degrees F", 54.9, "fahrenheit", "average U.S. temperature in 2016"),
            other("2.9 degrees F", 2.9, "fahrenheit", "2016 temperature above average"),
            dur("122 years", 122, "year", "period of U.S. temperature record-keeping"),
            length("31.70 inches", 31.7, "inch", "U.S. precipitation in 2016"),
            pct("about 18 percent", 18, "drought footprint in January", approx=True),
            pct("about 23 percent", 23, "drought footprint at end of December", approx=True),
            pct("just under 19 percent", 19, "average area of drought in 2016", approx=True),
        ],
    },
    {
        "id": "qt25-18",
        "source": "usgov:ltlife.lt",
        "url": "https://ltlife.lt/lt-life-english/u-s-embassy-delivers-aid-to-help-lithuanian-authorities-fight-covid-19-pandemic/",
        "title": "U.S. Embassy delivers aid to help Lithuanian authorities fight COVID-19 pandemic",
        "published": None,
        "truncated": False,
        "note": "A U.S. Embassy Vilnius (State Department) press release re-posted verbatim by a "
                "Lithuanian news portal (spring 2020; the stored page shows no date); the text is "
                "the Embassy's (US government work). Removed: the portal's header ('Naujienų "
                "portalas'), the repeated title and the footer ('Jums gali patikti'). The "
                "portal's Lithuanian quotation marks („ “) are kept verbatim. Decisions: "
                "'approximately 3,800 surgical and respirator masks' and '200 disinfectant spray "
                "containers' span the number only; '3D printer' is a name; 'on Tuesday' is a "
                "date.",
        "paragraphs": [
            "The U.S. Embassy in Lithuania is pleased to announce that the Embassy’s Office of "
            "Defense Cooperation on Tuesday delivered medical supplies to Lithuanian authorities "
            "that will be used to assist efforts to fight the COVID-19 pandemic.",
            "The equipment includes approximately 3,800 surgical and respirator masks; 15,700 "
            "gloves; 150 packages of disinfecting wipes; 400 liters of hand and surface "
            "disinfectant; and 200 disinfectant spray containers.  The $15,000 donation was "
            "procured through U.S. European Command’s Humanitarian Assistance Program, which "
            "makes available non-lethal excess property, including medical equipment and "
            "supplies, for donation to foreign allies and partners in times of crisis.",
            "„Strong partnerships are vital during these turbulent events,“ said U.S. Ambassador "
            "to Lithuania Robert S. Gilchrist. „I want to thank my U.S. military colleagues for "
            "making this donation possible. Our relationship with our Lithuanian Allies is "
            "especially important as we face this extraordinary threat to our shared security "
            "and wellbeing.  Against all adversaries, we are stronger together.”",
            "The Embassy also donated the 3D printer and filament from its American Center to "
            "assist in the Robotikos Mokykla project to print protective masks for medical "
            "workers.",
            "„We are grateful for the efforts of the Lithuanian government and everyone working "
            "on the front lines of this crisis,“ added the ambassador. „Meanwhile, we must not "
            "forget that the success of this fight depends on every citizen, so it is vital that "
            "we all stay home, unless absolutely necessary.”",
        ],
        "quantities": [
            count("approximately 3,800", 3800, "masks", "surgical and respirator masks donated",
                  approx=True),
            count("15,700 gloves", 15700, "gloves", "gloves donated"),
            count("150 packages", 150, "packages", "packages of disinfecting wipes donated"),
            volume("400 liters", 400, "liter", "hand and surface disinfectant donated"),
            count("200", 200, "spray containers", "disinfectant spray containers donated",
                  after="disinfectant; and "),
            usd("$15,000", 15000, "value of the donation"),
        ],
    },
    {
        "id": "qt25-19",
        "source": "usgov:cl.usembassy.gov",
        "url": "https://cl.usembassy.gov/gobierno-de-ee-uu-dona-mil-equipos-de-proteccion-conaf-y-bomberos/",
        "title": "U.S. Government donates one thousand personal protective equipment kits",
        "published": None,
        "truncated": False,
        "note": "U.S. Embassy Santiago (State Department) release (February 2017 wildfires; the "
                "stored page shows no year). Removed: the headline (title). Decisions: 'one "
                "thousand personal protective equipment kits' spans the number; '$840,000 U.S. "
                "dollars' is money; 'February 15' is a date; 'a helmet, protective goggles, a "
                "shirt and pants' enumerates kit items (not annotated).",
        "paragraphs": [
            "U.S. Ambassador Carol Perez delivered a donation of one thousand personal protective "
            "equipment kits to the National Forestry Corporation (CONAF) and Bomberos de Chile "
            "firefighters. The donation is part of the assistance the United States government "
            "has provided to help combat the wildfires, which totals $840,000 U.S. dollars.",
            "Ambassador Perez presented the kits February 15 at CONAF headquarters in Santiago, "
            "during a ceremony in which CONAF Executive Director Aaron Cavieres, General Director "
            "for Consular and Immigration Affairs at the Chilean Foreign Ministry, Ambassador "
            "Carlos Appelgren, and Bomberos de Chile National Secretary Raul Bustos participated.",
            "Ambassador Perez expressed the desire of the United States government to continue "
            "working with Chile on natural disaster preparedness through the USAID’s Office of "
            "Foreign Disaster Assistance (USAID/OFDA).",
            "The protective kits include a helmet, protective goggles, a shirt and pants which "
            "are fire resistant. LAN airline transported the donation from the United States to "
            "Chile at no cost to the U.S. government.",
        ],
        "quantities": [
            count("one thousand", 1000, "personal protective equipment kits",
                  "kits donated to CONAF and firefighters"),
            usd("$840,000 U.S. dollars", 840000, "U.S. assistance to combat the wildfires"),
        ],
    },
    {
        "id": "qt25-20",
        "source": "usgov:navyadvancement.tpub.com",
        "url": "https://navyadvancement.tpub.com/12018/css/Ships-Categories-260.htm",
        "title": "Ship size, armament, armor, speed (U.S. Navy training manual, NAVEDTRA 12018)",
        "published": None,
        "truncated": True,
        "note": "A page of a U.S. Navy training manual (Department of Defense work) transcribed on "
                "a training-manual host. The host's text drops many spaces ('terms ofits', "
                "'1/8statute', 'nauticalmiles', 'is5,280', 'orroughly'); kept verbatim. Cut by "
                "the annotator after the knot paragraph (the 'Ship class' and 'Ship categories' "
                "paragraphs and the review questions were dropped). Decisions: 'A knotis 1 "
                "nautical mile per hour (mph)' is a speed of 1 knot; '1 1/8statute miles per "
                "hour' = 1.125 mile/hour, approximate; '20 nauticalmiles an hour' is 20 knots; "
                "'never 20 knots per hour' names a wrong usage, not a measurement (not "
                "annotated); the qualifier of 'orroughly 2,000 yards' is glued to 'or', so the "
                "span starts at the number and the record is approximate; 'in long tons' has no "
                "number.",
        "paragraphs": [
            "Ship size. The size of a ship usually is given in terms ofits displacement in long "
            "tons. Displacement meansthe weight of the volume of water that the shipdisplaces "
            "when afloat; in other words, the weight ofa ship by itself. The Navy uses "
            "standarddisplacement, which is the weight of a ship whenready for sea. All weights "
            "given in this chapter arestandard displacements, except where otherwisenoted. Cargo "
            "ships usually are measured in lightdisplacement (no cargo aboard) because of the "
            "widedifference in the weights of cargo carried.Ship armament. Armament describes the "
            "offensiveweapons a ship carries—guns, rockets, guidedmissiles, and planes.Ship "
            "armor. Armor means protective armor—specialsteel installed along the sides of the "
            "ship, on a deck,and on some gun mounts and turrets.Ship speed. The speed of a ship "
            "is stated in knots. A knotis 1 nautical mile per hour (mph) or about 1 1/8statute "
            "miles per hour. When a ship goes 20 nauticalmiles an hour, its speed is said to be "
            "20 knots (butnever 20 knots per hour). A land (or statute) mile is5,280 feet. A "
            "nautical mile is about 6,080 feet, orroughly 2,000 yards. A ship traveling at 20 "
            "knots is,therefore, traveling at the rate of about 23 mph.",
        ],
        "quantities": [
            rate("1 nautical mile per hour", 1, "knot", "definition of a knot"),
            rate("about 1 1/8statute miles per hour", 1.125, "mile/hour",
                 "a knot in statute miles per hour", approx=True),
            rate("20 nauticalmiles an hour", 20, "knot", "example ship speed"),
            rate("20 knots", 20, "knot", "example ship speed in knots"),
            length("5,280 feet", 5280, "foot", "length of a statute mile"),
            length("about 6,080 feet", 6080, "foot", "length of a nautical mile", approx=True),
            length("2,000 yards", 2000, "yard", "length of a nautical mile in yards",
                   approx=True),
            rate("20 knots", 20, "knot", "ship speed converted to mph",
                 after="A ship traveling at "),
            rate("about 23 mph", 23, "mile/hour", "20 knots in statute miles per hour",
                 approx=True),
        ],
    },
]

DOCS += [
    {
        "id": "qt25-21",
        "source": "usgov:docslib.org",
        "url": "https://docslib.org/doc/6010621/incident-management-situation-report-thursday-july-31-2003-0530-mdt-national-preparedness-level-5",
        "title": "Incident Management Situation Report, Thursday July 31, 2003 (NIFC)",
        "published": "2003-07-31",
        "truncated": True,
        "note": "National Interagency Fire Center situation report (Forest Service / Interior), "
                "transcribed on a document host; US government work. Removed: the report heading "
                "(title) and the section headings ('CURRENT SITUATION:', 'NORTHERN ROCKIES AREA "
                "LARGE FIRES:'). The transcription drops some words ('the Areas', verbatim). Cut "
                "by the store inside the Wedge Canyon paragraph; kept to the last complete "
                "sentence. Decisions: '240 new fires' and the two 'Nine' spans count fires (the "
                "numbers only, modifiers between); the distributions 'two each in ...', 'three in "
                "...', 'one in ...' are enumerating determiners (not annotated, as in test23); "
                "'Type 1' is a category; '1500 hours' is a clock time; '24 commercial "
                "properties' spans the number.",
        "paragraphs": [
            "Initial attack activity was moderate in the Eastern Great Basin, Rocky Mountain and "
            "Southern Areas and light elsewhere. Nationally, 240 new fires were reported. Nine "
            "new large fires were reported, two each in the Northern Rockies, the Northwest and "
            "the Areas, three in the Northern California Area and one in the Eastern Great Basin. "
            "Nine large fires were contained, one each in the Northern Rockies, Northern "
            "California, Rocky Mountain, and Northwest Areas, two in the Eastern Great Basin, and "
            "three in the Southern Area. Very high to extreme fire indices were reported in "
            "Alaska, Arizona, California, Colorado, Hawaii, Idaho, Montana, Nevada, New Mexico, "
            "Oklahoma, Oregon, Texas, Utah, Washington and Wyoming.",
            "An Area Command Team (Mann) is assigned to manage the Wedge Canyon, Robert, Trapper "
            "Creek Complex, Ross Creek and the Little Salmon Creek Complex on the Flathead "
            "National Forest and Glacier National Park.",
            "ROBERT, Flathead National Forest. A unified command between a Type 1 Incident "
            "Management Team (Stam) and Flathead County is in place. This fire is in timber, 8 "
            "miles north of Columbia Falls, MT. The fire was under a heavy smoke inversion until "
            "1500 hours today. Crews conducted successful burn out operation on the west side of "
            "the fire and the containment line on the east side was improved. The fire remains a "
            "major threat to communities along the North and Middle Fork drainages of the "
            "Flathead River and the communities within Glacier National Park. Evacuations have "
            "been implemented in West Glacier and Blankenship Road areas. Structure protection is "
            "in place for 200 residences and 24 commercial properties.",
            "WEDGE CANYON, Flathead National Forest. A Type 1 Incident Management Team (Bennett) "
            "is assigned. This fire is in sub-alpine fir with down fuel, 20 miles east of Eureka, "
            "MT.",
        ],
        "quantities": [
            count("240", 240, "fires", "new fires reported nationally"),
            count("Nine", 9, "large fires", "new large fires reported"),
            count("Nine", 9, "large fires", "large fires contained", after="Eastern Great Basin. "),
            length("8 miles", 8, "mile", "distance of the Robert fire from Columbia Falls"),
            count("200 residences", 200, "residences", "residences under structure protection"),
            count("24", 24, "commercial properties",
                  "commercial properties under structure protection"),
            length("20 miles", 20, "mile", "distance of the Wedge Canyon fire from Eureka"),
        ],
    },
    {
        "id": "qt25-22",
        "source": "usgov:www.kimt.com",
        "url": "http://www.kimt.com/content/news/Heat-Advisory-in-effect-this-weekend-485655161.html?ref=161",
        "title": "Heat Advisory (NWS Des Moines, June 2018)",
        "published": "2018-06-15",
        "truncated": True,
        "note": "A National Weather Service (NOAA) Heat Advisory re-posted verbatim by a TV "
                "station; the product is NOAA's (US government work). Removed: the station's "
                "'Heat Advisory' header, the 'Areas Affected:' county list and the office label "
                "'NWS DesMoines (Central Iowa)'. Cut by the store inside the last sentence "
                "('Know the signs and symptoms of heat exhaustion and heat stroke' has no end); "
                "kept to the last complete sentence. Decisions: bare degrees and decades are "
                "Fahrenheit (NWS readings above 60); 'well into the 90s' is an approximate range "
                "90-99; 'in the 70s' 70-79; 'mid to upper 70s' 74-79; 'mid 90s' 94-96; dewpoints "
                "'around 70' are a temperature; '1 PM', '7 PM CDT' are clock times; 'Highway 30' "
                "is a name; 'even for a minute' is a 1-minute duration.",
        "paragraphs": [
            "...Persistent And Oppressive Heat Through This Weekend... .Very hot weather will "
            "begin by this afternoon and persist through Sunday. Daily high temperatures will "
            "range well into the 90s with heat index values in the 100 to 105 degree range each "
            "afternoon. In addition, overnight lows will only be in the 70s, especially south of "
            "Highway 30 where lows in the mid to upper 70s are forecast. This will lead to "
            "hazardous heat conditions through the weekend. ...HEAT ADVISORY REMAINS IN EFFECT "
            "FROM 1 PM THIS AFTERNOON TO 7 PM CDT SUNDAY...",
            "* TEMPERATURE...Highs generally in the mid 90s with dewpoints around 70, leading to "
            "heat index values of 100 to 105 degrees each afternoon.",
            "* IMPACTS...Lack of overnight relief from the heat will lead to additional stress. "
            "Gusty daytime winds will increase the risk of dehydration. The prolonged nature of "
            "this event will compound and amplify heat-related impacts.",
            "A Heat Advisory means that a period of hot temperatures is expected. The combination "
            "of hot temperatures and high humidity will combine to create a situation in which "
            "heat illnesses are possible. Drink plenty of fluids, stay in an air-conditioned "
            "room, stay out of the sun, and check up on relatives and neighbors. Never leave "
            "infants, children or pets in a parked car, even for a minute. Take extra "
            "precautions, if you work or spend time outside. When possible, reschedule strenuous "
            "activities to early morning or evening.",
        ],
        "quantities": [
            other("well into the 90s", 90, "fahrenheit", "daily high temperatures", approx=True,
                  high=99),
            other("100 to 105 degree", 100, "fahrenheit", "afternoon heat index values",
                  high=105),
            other("in the 70s", 70, "fahrenheit", "overnight lows", approx=True, high=79),
            other("mid to upper 70s", 74, "fahrenheit", "lows south of Highway 30", approx=True,
                  high=79),
            other("mid 90s", 94, "fahrenheit", "forecast highs", approx=True, high=96),
            other("around 70", 70, "fahrenheit", "dewpoints", approx=True),
            other("100 to 105 degrees", 100, "fahrenheit", "afternoon heat index values",
                  high=105),
            dur("a minute", 1, "minute", "time not to leave children or pets in a parked car"),
        ],
    },
    {
        "id": "qt25-23",
        "source": "usgov:cms.mec.gob.ar",
        "url": "https://cms.mec.gob.ar/tag/ice?page=5",
        "title": "Earth is losing ice (NASA ICESat-2 text)",
        "published": None,
        "truncated": True,
        "note": "NASA's ICESat-2 ice-loss explainer ('we launched ... ICESat-2'), stored on a "
                "tag page of a foreign host that re-posts NASA texts; the text is NASA's (US "
                "government work). Removed: the host's tagline ('Curate, connect, and "
                "discover'). Cut by the store at 'continue a long'; kept to the last complete "
                "sentence. Decisions: 'millions of measurements' is a vague plural (2 million, "
                "approximate); 'Comparing the two records' refers back (not annotated); "
                "gigatons are 1e9 metric tons, and 'gigatons of ice per year' is a "
                "metric_ton/year rate; the swimming-pool counts span the numbers (modifier "
                "'Olympic' between) and 'every year' after them is a separate frequency; "
                "'10,000 pulses of laser light a second' is a count/second rate; 'a billionth of "
                "a second' is a duration of 1e-9 second; 'Between 2003 and 2019' are years.",
        "paragraphs": [
            "“At a glacial pace” used to mean moving so slowly the movement is almost "
            "imperceptible. Lately though, glaciers are moving faster. Ice on land is melting and "
            "flowing, sending water to the oceans, where it raises sea levels.",
            "In 2018, we launched the Ice, Cloud and Land Elevation Satellite-2 (ICESat-2) to "
            "continue a global record of ice elevation. Now, the results are in. Using millions "
            "of measurements from a laser in space and quite a bit of math, researchers have "
            "confirmed that Earth is rapidly losing ice.",
            "ICESat-2 was a follow-up mission to the original ICESat, which launched in 2003 and "
            "took measurements until 2009. Comparing the two records tells us how much ice sheets "
            "have lost over 16 years.",
            "During those 16 years, melting ice from Antarctica and Greenland was responsible for "
            "just over a half-inch of sea level rise. When ice on land melts, it eventually finds "
            "its way to the ocean. The rapid melt at the poles is no exception.",
            "One gigaton of ice holds enough water to fill 400,000 Olympic swimming pools. It’s "
            "also enough ice to cover Central Park in New York in more than 1,000 feet of ice.",
            "Between 2003 and 2019, Greenland lost 200 gigatons of ice per year. That’s 80 "
            "million Olympic swimming pools reaching the ocean every year, just from Greenland "
            "alone.",
            "During the same time period, Antarctica lost 118 gigatons of ice per year. That’s "
            "another 47 million Olympic swimming pools every year. While there has been some "
            "elevation gain in the continent’s center from increased snowfall, it’s nowhere near "
            "enough to make up for how much ice is lost to the sea from coastal glaciers.",
            "ICESat-2 sends out 10,000 pulses of laser light a second down to Earth’s surface and "
            "times how long it takes them to return to the satellite, down to a billionth of a "
            "second. That’s how we get such precise measurements of height and changing "
            "elevation.",
        ],
        "quantities": [
            count("millions of measurements", 2000000, "measurements",
                  "laser measurements used by researchers", approx=True),
            dur("16 years", 16, "year", "period between the ICESat and ICESat-2 records"),
            dur("16 years", 16, "year", "period of the measured ice loss"),
            length("just over a half-inch", 0.5, "inch",
                   "sea level rise from Antarctic and Greenland melt", approx=True),
            mass("One gigaton", 1000000000, "metric_ton", "ice compared with swimming pools"),
            count("400,000", 400000, "Olympic swimming pools", "pools one gigaton of ice fills"),
            length("more than 1,000 feet", 1000, "foot",
                   "depth of ice one gigaton would put on Central Park", approx=True),
            rate("200 gigatons of ice per year", 200000000000, "metric_ton/year",
                 "Greenland ice loss 2003-2019"),
            count("80 million", 80000000, "Olympic swimming pools",
                  "pools of Greenland melt reaching the ocean each year"),
            rate("118 gigatons of ice per year", 118000000000, "metric_ton/year",
                 "Antarctic ice loss"),
            count("47 million", 47000000, "Olympic swimming pools",
                  "pools of Antarctic melt each year"),
            rate("10,000 pulses of laser light a second", 10000, "count/second",
                 "ICESat-2 laser pulse rate"),
            dur("a billionth of a second", 1e-9, "second", "ICESat-2 timing precision"),
        ],
    },
    {
        "id": "qt25-24",
        "source": "usgov:augustamaineweather.blogspot.com",
        "url": "https://augustamaineweather.blogspot.com/2014/02/winter-storm-statement.html",
        "title": "Winter Storm Warning statement (NWS Gray, Maine, February 5, 2014)",
        "published": "2014-02-05",
        "truncated": False,
        "note": "A National Weather Service (NOAA) winter storm statement re-posted verbatim on a "
                "local weather blog; the product is NOAA's (US government work). Removed: the "
                "blog's headings ('Winter storm statement', 'Winter Storm Warning'), the "
                "'Statement as of 3:17 am EST on February 5, 2014' line (used for published) and "
                "'Comments'. " + NWS_JOIN
                + "Decisions: '1 inch per hour or more' is a speed (inch/hour) with the lower "
                  "bound kept in the span (approximate); 'Temperatures... around 20' is Fahrenheit "
                  "(the NWS scale; a winter reading); 'one quarter mile or less' is an "
                  "approximate length of 0.25 mile; '7 am', '9 PM EST' are clock times.",
        "paragraphs": [
            "Winter Storm Warning remains in effect from 7 am this morning to 9 PM EST this "
            "evening.",
            "* hazard types... heavy snow",
            "* accumulations... snow accumulation of 6 to 10 inches.",
            "* Timing... the heaviest snow will fall during the midday before becoming lighter in "
            "the afternoon and ending this evening.",
            "* Impacts... difficult travel conditions due to snow covered roads and reduced "
            "visibilities. Heavy snowfall rates of 1 inch per hour or more may make it more "
            "difficult for Road crews to keep up with the heavy snow.",
            "* Winds... northeast 10 to 15 mph with gusts up to 20 mph.",
            "* Temperatures... around 20.",
            "* Visibilities... one quarter mile or less at times.",
            "Precautionary/preparedness actions...",
            "Monitor NOAA Weather Radio for the latest information... forecasts... and warnings.",
        ],
        "quantities": [
            length("6 to 10 inches", 6, "inch", "snow accumulation", high=10),
            rate("1 inch per hour or more", 1, "inch/hour", "heavy snowfall rates", approx=True),
            rate("10 to 15 mph", 10, "mile/hour", "northeast winds", high=15),
            rate("up to 20 mph", 20, "mile/hour", "wind gusts", approx=True),
            other("around 20", 20, "fahrenheit", "temperatures", approx=True),
            length("one quarter mile or less", 0.25, "mile", "visibility at times", approx=True),
        ],
    },
    {
        "id": "qt25-25",
        "source": "usgov:lists.nashvilleweather.net",
        "url": "http://lists.nashvilleweather.net/pipermail/tropical/2017-September/054449.html",
        "title": "Hurricane Maria Local Statement Advisory Number 47 (NWS Newport/Morehead City)",
        "published": "2017-09-27",
        "truncated": True,
        "note": "A National Weather Service (NOAA) Hurricane Local Statement relayed verbatim by "
                "an EMWIN mailing-list archive; the product is NOAA's (US government work). "
                "Removed: the list header ('[Tropical] Hurricane Local Statement', 'EMWIN "
                "Server ...'), the WMO/AWIPS header lines and zone codes, the product title and "
                "issuance line (title, published) and the dashed underlines of section "
                "headings. " + NWS_JOIN
                + "Cut by the store inside the first POTENTIAL IMPACTS item; kept to the end of "
                  "the SITUATION OVERVIEW. Decisions: 'Movement North-northeast or 30 degrees' "
                  "is a direction angle (degree, kind other); '36.2N 72.1W' is a position; "
                  "'Storm Intensity 75 mph' is a speed; 'Highway 12' is a name.",
        "paragraphs": [
            "This product covers Eastern North Carolina",
            "**MARIA SLOWLY MOVING AWAY FROM THE COAST OF NORTH CAROLINA**",
            "NEW INFORMATION",
            "* CHANGES TO WATCHES AND WARNINGS:",
            "- The Storm Surge Warning has been cancelled for Outer Banks Dare and Outer Banks "
            "Hyde",
            "- The Tropical Storm Warning has been cancelled for Mainland Dare, Mainland Hyde, "
            "and Tyrrell",
            "* CURRENT WATCHES AND WARNINGS:",
            "- A Tropical Storm Warning is in effect for Outer Banks Dare and Outer Banks Hyde",
            "* STORM INFORMATION:",
            "- About 200 miles east-northeast of Buxton NC or about 280 miles east-northeast of "
            "Morehead City NC",
            "- 36.2N 72.1W",
            "- Storm Intensity 75 mph",
            "- Movement North-northeast or 30 degrees at 7 mph",
            "SITUATION OVERVIEW",
            "Hurricane Maria is located about 200 miles east-northeast of Cape Hatteras and is "
            "moving east-northeast at 7 mph and will continue moving away from the region. "
            "Tropical Storm force winds of 35 to 40 mph with gusts of 45 to 55 mph are expected "
            "to continue along the Outer Banks this evening then gradually diminish tonight.",
            "The prolonged gusty north to northwest winds will lead to storm surge inundation of "
            "1 to 3 feet above ground level on the Outer Banks soundside from Ocracoke to Buxton. "
            "Oceanside, 1 to 3 feet of inundation is expected north of Cape Hatteras north to "
            "Duck. Areas along Highway 12 in the Outer Banks may be inundated at several "
            "locations. The very rough surf will continue the risk of life threatening rip "
            "currents as well as beach erosion along all beaches.",
        ],
        "quantities": [
            length("About 200 miles", 200, "mile", "distance of Maria from Buxton", approx=True),
            length("about 280 miles", 280, "mile", "distance of Maria from Morehead City",
                   approx=True),
            rate("75 mph", 75, "mile/hour", "storm intensity of Maria"),
            other("30 degrees", 30, "degree", "direction of Maria's movement"),
            rate("7 mph", 7, "mile/hour", "forward speed of Maria"),
            length("about 200 miles", 200, "mile", "distance of Maria from Cape Hatteras",
                   approx=True),
            rate("7 mph", 7, "mile/hour", "forward speed of Maria"),
            rate("35 to 40 mph", 35, "mile/hour", "tropical storm force winds", high=40),
            rate("45 to 55 mph", 45, "mile/hour", "wind gusts on the Outer Banks", high=55),
            length("1 to 3 feet", 1, "foot", "soundside storm surge inundation", high=3),
            length("1 to 3 feet", 1, "foot", "oceanside inundation", high=3),
        ],
    },
    {
        "id": "qt25-26",
        "source": "usgov:lists.nashvilleweather.net",
        "url": "http://lists.nashvilleweather.net/pipermail/tropical/2022-September/077133.html",
        "title": "Hurricane Ian Local Statement Intermediate Advisory Number 26A (NWS Miami)",
        "published": "2022-09-29",
        "truncated": True,
        "note": "A National Weather Service (NOAA) Hurricane Local Statement relayed verbatim by "
                "an EMWIN mailing-list archive; US government work. Removed: the list header, the "
                "WMO/AWIPS header lines and zone codes, the product title and issuance line "
                "(title, published) and the dashed underlines. " + NWS_JOIN
                + "The hyphenated line break 'life- threatening' is kept as stored. Cut by the "
                  "store at 'Some residual flooding will be possible'; that item was dropped. "
                  "Decisions as in qt25-25: '45 degrees' is a direction angle; '27.7N 81.1W' a "
                  "position; storm surge values are length ranges in feet.",
        "paragraphs": [
            "This product covers South Florida",
            "***Ian Continues to Weaken***",
            "NEW INFORMATION",
            "* CHANGES TO WATCHES AND WARNINGS:",
            "- The Hurricane Warning has been cancelled for Coastal Collier, Glades, Hendry, and "
            "Inland Collier",
            "- The Tropical Storm Warning has been cancelled for Mainland Monroe",
            "* CURRENT WATCHES AND WARNINGS:",
            "- A Storm Surge Warning is in effect for Coastal Collier and Mainland Monroe",
            "- A Tropical Storm Warning is in effect for Coastal Palm Beach, Inland Palm Beach, "
            "and Metro Palm Beach",
            "* STORM INFORMATION:",
            "- About 90 miles northwest of West Palm Beach FL or about 120 miles "
            "north-northeast of Naples FL",
            "- 27.7N 81.1W",
            "- Storm Intensity 75 mph",
            "- Movement Northeast or 45 degrees at 9 mph",
            "SITUATION OVERVIEW",
            "* Hurricane Ian has made landfall in southwest Florida at Cayo Costa this afternoon "
            "and will continue to move inland across central Florida the remainder of tonight. "
            "Hazardous conditions extend well away from the center of the system. The following "
            "hazardous conditions can be expected for South Florida:",
            "* Peak storm surge values of 4 to 6 feet are expected particularly in surge prone "
            "areas between Bonita Beach to Chokoloskee. Peak storm surge values of 2 to 4 feet "
            "are the main concern from Chokoloskee to East Cape Sable and 1 to 3 feet from East "
            "Cape Sable to Card Sound Road along Florida Bay. The storm surge threat is ongoing, "
            "surge will be slow to subside and may impact the region through late week. This "
            "could lead to significant and life- threatening storm surge flooding particularly "
            "along coastal Collier County.",
        ],
        "quantities": [
            length("About 90 miles", 90, "mile", "distance of Ian from West Palm Beach",
                   approx=True),
            length("about 120 miles", 120, "mile", "distance of Ian from Naples", approx=True),
            rate("75 mph", 75, "mile/hour", "storm intensity of Ian"),
            other("45 degrees", 45, "degree", "direction of Ian's movement"),
            rate("9 mph", 9, "mile/hour", "forward speed of Ian"),
            length("4 to 6 feet", 4, "foot", "peak storm surge Bonita Beach to Chokoloskee",
                   high=6),
            length("2 to 4 feet", 2, "foot", "peak storm surge Chokoloskee to East Cape Sable",
                   high=4),
            length("1 to 3 feet", 1, "foot", "storm surge East Cape Sable to Card Sound Road",
                   high=3),
        ],
    },
    {
        "id": "qt25-27",
        "source": "usgov:aldenenergy.com",
        "url": "https://aldenenergy.com/news/weekly-natural-gas-storage-report-926",
        "title": "Weekly Natural Gas Storage Report 9/26 (EIA summary, September 2013)",
        "published": "2013-09-26",
        "truncated": False,
        "note": "The summary of EIA's (DOE) Weekly Natural Gas Storage Report re-posted verbatim "
                "by an energy broker's news page; the text is EIA's (US government work). "
                "Removed: the heading 'Summary'. Cut by the annotator before the last sentence "
                "('At 3,386 Bcf, total working gas is within the 5-year historical range.') to "
                "keep volume at 12 on this page. Decisions: 'Bcf' = billion cubic feet "
                "(cubic_foot with the scale applied); '5-year average' is a compound adjective "
                "(a 5-year duration); 'Friday, September 20, 2013' is a date; 'the previous "
                "week' and 'last year at this time' anchor times.",
        "paragraphs": [
            "Working gas in storage was 3,386 Bcf as of Friday, September 20, 2013, according to "
            "EIA estimates. This represents a net increase of 87 Bcf from the previous week. "
            "Stocks were 179 Bcf less than last year at this time and 30 Bcf above the 5-year "
            "average of 3,356 Bcf. In the East Region, stocks were 115 Bcf below the 5-year "
            "average following net injections of 54 Bcf. Stocks in the Producing Region were 95 "
            "Bcf above the 5-year average of 1,030 Bcf after a net injection of 25 Bcf. Stocks in "
            "the West Region were 50 Bcf above the 5-year average after a net addition of 8 Bcf.",
        ],
        "quantities": [
            volume("3,386 Bcf", 3386000000000, "cubic_foot", "working gas in storage"),
            volume("87 Bcf", 87000000000, "cubic_foot", "net increase from the previous week"),
            volume("179 Bcf", 179000000000, "cubic_foot", "stocks below last year"),
            volume("30 Bcf", 30000000000, "cubic_foot", "stocks above the 5-year average"),
            dur("5-year", 5, "year", "averaging period of storage stocks"),
            volume("3,356 Bcf", 3356000000000, "cubic_foot", "5-year average storage"),
            volume("115 Bcf", 115000000000, "cubic_foot", "East Region below the 5-year average"),
            dur("5-year", 5, "year", "averaging period, East Region"),
            volume("54 Bcf", 54000000000, "cubic_foot", "East Region net injections"),
            volume("95 Bcf", 95000000000, "cubic_foot",
                   "Producing Region above the 5-year average"),
            dur("5-year", 5, "year", "averaging period, Producing Region"),
            volume("1,030 Bcf", 1030000000000, "cubic_foot",
                   "Producing Region 5-year average"),
            volume("25 Bcf", 25000000000, "cubic_foot", "Producing Region net injection"),
            volume("50 Bcf", 50000000000, "cubic_foot", "West Region above the 5-year average"),
            dur("5-year", 5, "year", "averaging period, West Region"),
            volume("8 Bcf", 8000000000, "cubic_foot", "West Region net addition"),
        ],
    },
    {
        "id": "qt25-28",
        "source": "usgov:mrt.lv.aevise.net",
        "url": "http://mrt.lv.aevise.net/2018/05/09/eia-raises-brent-crude-oil-price-forecast-by-7-per-barrel-in-2018-but-expects-prices-to-gradually-decline-through-2019-592018",
        "title": "EIA raises Brent crude oil price forecast by $7 per barrel in 2018 but expects "
                 "prices to gradually decline through 2019",
        "published": "2018-05-09",
        "truncated": True,
        "note": "EIA (DOE) Today in Energy text (May 2018 STEO) re-posted verbatim by a news "
                "aggregator; the text is EIA's (US government work). The stored copy ends with "
                "the re-poster's ellipsis '…' (dropped; truncated). Decisions: '$71 per barrel "
                "(b)' and each '$N/b' are USD/barrel rates (price changes included); 'more than "
                "$70/b' is approximate; 'Figure 1' is a figure number; years and months are "
                "dates.",
        "paragraphs": [
            "In the May Short-Term Energy Outlook (STEO), the U.S. Energy Information "
            "Administration (EIA) forecasts Brent crude oil prices will average $71 per barrel "
            "(b) in 2018 and $66/b in 2019, $7/b and $3/b higher, respectively, than was "
            "forecast in last month’s STEO. Monthly Brent crude oil spot prices averaged $72/b in "
            "April, an increase of $6/b from March. April was the first month Brent crude oil "
            "prices averaged more than $70/b since November 2014. EIA expects West Texas "
            "Intermediate (WTI) crude oil prices to average $5/b lower than Brent prices in both "
            "2018 and 2019 (Figure 1). The higher price forecasts in 2018 result in increased "
            "forecast U.S. crude oil production growth compared with last month’s forecast, "
            "which contributes to looser global oil balances in 2019.",
        ],
        "quantities": [
            rate("$71 per barrel", 71, "USD/barrel", "forecast Brent price in 2018"),
            rate("$66/b", 66, "USD/barrel", "forecast Brent price in 2019"),
            rate("$7/b", 7, "USD/barrel", "raise of the 2018 Brent forecast"),
            rate("$3/b", 3, "USD/barrel", "raise of the 2019 Brent forecast"),
            rate("$72/b", 72, "USD/barrel", "Brent spot price in April"),
            rate("$6/b", 6, "USD/barrel", "Brent increase from March"),
            rate("more than $70/b", 70, "USD/barrel", "April Brent average", approx=True),
            rate("$5/b", 5, "USD/barrel", "WTI discount to Brent"),
        ],
    },
    {
        "id": "qt25-29",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/outlooks/steo/report/global_oil.php",
        "title": "Short-Term Energy Outlook: Global Liquid Fuels (EIA, February 2018)",
        "published": "2018-02-06",
        "truncated": True,
        "note": "EIA (DOE) Short-Term Energy Outlook page; the stored version is the one with "
                "'Release Date: February 6, 2018'. Removed: the logo, navigation and release "
                "line. Kept by the annotator: the third and fourth bullets only (the price "
                "bullets before them and the data table after them were cut to keep rates at "
                "12 or fewer on this page). Decisions: 'b/d' = barrels per day (barrel/day with "
                "the scale applied); 'about 0.2 million b/d' is approximate; '1970' and months "
                "are dates; 'the highest annual average' is a rank.",
        "paragraphs": [
            "EIA estimates that U.S. crude oil production averaged 10.2 million barrels per day "
            "(b/d) in January, up 100,000 b/d from the December level. EIA estimates that total "
            "U.S. crude oil production averaged 9.3 million b/d in 2017 and will average 10.6 "
            "million b/d in 2018, which would mark the highest annual average U.S. crude oil "
            "production level, surpassing the previous record of 9.6 million b/d set in 1970. EIA "
            "forecasts that 2019 crude oil production will average 11.2 million b/d.",
            "EIA estimates that global petroleum and other liquids inventories declined by 0.5 "
            "million b/d in 2017. In this forecast, global inventories grow by about 0.2 million "
            "b/d in both 2018 and 2019.",
        ],
        "quantities": [
            rate("10.2 million barrels per day", 10200000, "barrel/day",
                 "U.S. crude oil production in January"),
            rate("100,000 b/d", 100000, "barrel/day", "increase from the December level"),
            rate("9.3 million b/d", 9300000, "barrel/day", "U.S. crude production in 2017"),
            rate("10.6 million b/d", 10600000, "barrel/day", "forecast U.S. crude production 2018"),
            rate("9.6 million b/d", 9600000, "barrel/day", "previous record set in 1970"),
            rate("11.2 million b/d", 11200000, "barrel/day", "forecast U.S. crude production 2019"),
            rate("0.5 million b/d", 500000, "barrel/day", "global inventory decline in 2017"),
            rate("about 0.2 million b/d", 200000, "barrel/day",
                 "global inventory growth 2018-2019", approx=True),
        ],
    },
    {
        "id": "qt25-30",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/eere/vehicles/articles/fotw-1304-august-21-2023-2023-non-fossil-fuel-sources-will-account-86-new",
        "title": "FOTW #1304, August 21, 2023: In 2023, Non-Fossil Fuel Sources Will Account for "
                 "86% of New Electricity Generating Capacity",
        "published": "2023-08-21",
        "truncated": False,
        "note": "DOE (EERE Vehicle Technologies Office) Fact of the Week. Kept: the text, the "
                "notes and the source line (verbatim; the notes hold one quantity). Decisions: "
                "'56.1 gigawatts (GW)' and 'N GW' are power (gigawatt); 'at least one megawatt' "
                "is an approximate lower bound; 'Tables 6.5 and 6.6' are table numbers; "
                "'February 2023' is a date.",
        "paragraphs": [
            "Amid the transition to an electrified transportation sector, efforts to decarbonize "
            "the U.S. power grid are evident in the planned additions and retirements of "
            "utility-scale electricity generating capacity. For 2023, added capacity will come "
            "primarily from solar (52%) and wind (13%), while batteries for stored energy will "
            "provide 17% of the new capacity. Natural gas is the only fossil fuel type "
            "contributing to new capacity and will account for 14% of the total. In contrast, "
            "nearly 100% of the capacity being retired is based on fossil fuel, led by coal (62%) "
            "and natural gas (36%). A total of 56.1 gigawatts (GW) of new capacity is being added "
            "and 14.5 GW of current capacity are being retired for a net gain of 41.6 GW in "
            "capacity.",
            "Notes:",
            "- Net summer capacity.",
            "- Utility-scale electricity capacity is measured for electric power plants with at "
            "least one megawatt of total electricity generation capacity.",
            "- “Other” on the ADDITIONS chart includes biomass, petroleum liquids, conventional "
            "hydroelectric, geothermal, and landfill gas.",
            "- “Other” on the RETIREMENTS chart includes landfill gas, conventional "
            "hydroelectric, and wood/wood waste biomass.",
            "Source: U.S. Energy Information Administration, Electric Power Monthly, February "
            "2023, Tables 6.5 and 6.6.",
        ],
        "quantities": [
            pct("52%", 52, "solar share of 2023 capacity additions"),
            pct("13%", 13, "wind share of 2023 capacity additions"),
            pct("17%", 17, "battery share of new capacity"),
            pct("14%", 14, "natural gas share of new capacity"),
            pct("nearly 100%", 100, "fossil share of retired capacity", approx=True),
            pct("62%", 62, "coal share of retirements"),
            pct("36%", 36, "natural gas share of retirements"),
            other("56.1 gigawatts", 56.1, "gigawatt", "new capacity added in 2023"),
            other("14.5 GW", 14.5, "gigawatt", "capacity retired in 2023"),
            other("41.6 GW", 41.6, "gigawatt", "net capacity gain in 2023"),
            other("at least one megawatt", 1, "megawatt",
                  "threshold for utility-scale power plants", approx=True),
        ],
    },
]

DOCS += [
    {
        "id": "qt25-31",
        "source": "usgov:uatweb.usaid.gov",
        "url": "https://uatweb.usaid.gov/powerafrica/document/power-africa-annual-report-july-2015",
        "title": "Power Africa Annual Report, July 2015 (USAID)",
        "published": "2015-07-01",
        "truncated": True,
        "note": "USAID Power Africa document page (annual report summary). published is the "
                "first day of the report's month. Cut by the store inside the last paragraph "
                "('reached fin'); kept to the last complete sentence. Decisions: 'to double "
                "access' and 'a tripling of Power Africa's goals' are verbs/nouns of change, not "
                "multipliers of a stated amount (not annotated, as test23's 'doubling'); 'In its "
                "first year' is an ordinal; connection counts span the numbers ('20 million new "
                "connections'); '$300 million in assistance per year' is a USD/year rate.",
        "paragraphs": [
            "In June 2013, President Barack Obama launched Power Africa — a partnership among the "
            "U.S. Government, African governments, the private sector, international "
            "organizations, NGOs, and bilateral and multilateral partners to double access to "
            "electricity in sub-Saharan Africa. In its first year, Power Africa made progress "
            "toward achieving its initial goal of adding 10,000 megawatts (MW) of power "
            "generation capacity and 20 million new connections in six countries in sub-Saharan "
            "Africa. To expand the reach of Power Africa, in August 2014, during the first ever "
            "U.S.-Africa Leaders Summit (ALS), President Obama announced a tripling of Power "
            "Africa’s goals — adding 30,000 MW and 60 million connections across sub-Saharan "
            "Africa. Alongside this announcement, the President pledged to support Power Africa "
            "at a new level of $300 million in assistance per year.",
            "These new goals are ambitious but achievable. To accomplish them, Power Africa is "
            "expanding the markets it works in and the tools it offers. To date, Power Africa has "
            "assisted with the financial closure of transactions expected to install over 4,100 "
            "MW of new, cleaner power generation capacity when fully online. Power Africa has "
            "also made progress toward its connection goals. The additional 4,100 MW of power has "
            "the potential to enable approximately 4 million new connections through increased "
            "availability of power. Under Beyond the Grid, a Power Africa sub-initiative that "
            "drives private investment in off-grid and small-scale energy solutions, U.S.-Africa "
            "Clean Energy Financing facility (ACEF) and the U.S. African Development Foundation "
            "(USADF) have funded companies and projects expected to reach 1 million new "
            "connections.",
            "Much of Power Africa’s initial achievements were due to its support of projects that "
            "were in development before our launch. Moving forward, we are focused on generating "
            "new deals to support, while continuing to ensure existing projects stay on track.",
        ],
        "quantities": [
            other("10,000 megawatts", 10000, "megawatt", "Power Africa's initial capacity goal"),
            count("20 million", 20000000, "connections", "initial connection goal"),
            count("six countries", 6, "countries", "countries of the initial goal"),
            other("30,000 MW", 30000, "megawatt", "tripled capacity goal"),
            count("60 million connections", 60000000, "connections", "tripled connection goal"),
            rate("$300 million in assistance per year", 300000000, "USD/year",
                 "U.S. pledge to Power Africa"),
            other("over 4,100 MW", 4100, "megawatt", "capacity of financially closed transactions",
                  approx=True),
            other("4,100 MW", 4100, "megawatt", "additional power capacity"),
            count("approximately 4 million", 4000000, "connections",
                  "connections enabled by the additional power", approx=True),
            count("1 million", 1000000, "connections", "connections from Beyond the Grid"),
        ],
    },
    {
        "id": "qt25-32",
        "source": "usgov:doi.gov",
        "url": "http://doi.gov/news/pressreleases/Interior-Report-Reveals-Potential-to-Generate-Significant-Clean-Electricity-and-Create-Jobs-at-Existing-Dam-Facilities.cfm",
        "title": "Interior Report Reveals Potential to Generate Significant Clean Electricity and "
                 "Create Jobs at Existing Dam Facilities",
        "published": "2011-03-31",
        "truncated": True,
        "note": "Department of the Interior press release. Removed: the headline (title), the "
                "date and 'Last edited' lines (published). The first quotation opens with a "
                "straight and closes with a curly mark (verbatim). Cut by the store inside the "
                "last paragraph ('made a prel'); kept to the last complete sentence. Decisions: "
                "'up to one million megawatt hours of electricity annually' - the frequency "
                "'annually' is separate from the amount, so only the energy is annotated; "
                "'to annually power more than 85,000 households' counts households; '2035' is a "
                "year.",
        "paragraphs": [
            "WASHINGTON, DC – The Department of the Interior today released the results of an "
            "internal study that shows the department could generate up to one million megawatt "
            "hours of electricity annually and create jobs by adding hydropower capacity at 70 of "
            "its existing facilities.",
            "The report, Hydropower Resource Assessment at Existing Reclamation Facilities, "
            "estimates that the additional hydropower capabilities could create enough clean, "
            "renewable energy to annually power more than 85,000 households. Based on industry "
            "estimates for job potential associated with the kind of hydropower additions "
            "identified in this report, approximately 1,200 jobs could be created, including "
            "jobs in administration, manufacturing, construction, engineering, operations and "
            "maintenance.",
            "\"Adding hydropower capability at existing Reclamation facilities is a "
            "cost-effective and environmentally sustainable way to build our clean energy "
            "economy,” said Assistant Secretary for Water and Science Anne Castle. “We can "
            "increase our renewable hydropower output without building new dams. This report "
            "highlights the exciting potential for substantial hydropower development and "
            "related jobs at existing facilities throughout the western United States.”",
            "The Bureau of Reclamation developed the report as part of President Obama's "
            "initiative to develop a comprehensive renewable energy portfolio and to meet 80 "
            "percent of our energy needs with clean sources by 2035.",
            "“Our report reflects Reclamation's commitment to advancing renewable energy in a "
            "manner that promotes efficiency and sustainability through the use of existing "
            "resources,” said Reclamation Commissioner Mike Connor.",
            "The report studied 530 sites throughout Reclamation's jurisdiction--including dams, "
            "diversion structures, and some canals and tunnels.",
        ],
        "quantities": [
            other("up to one million megawatt hours", 1000000, "megawatt_hour",
                  "annual hydropower potential at existing facilities", approx=True),
            count("70", 70, "facilities", "existing facilities for added hydropower"),
            count("more than 85,000 households", 85000, "households",
                  "households the added energy could power", approx=True),
            count("approximately 1,200 jobs", 1200, "jobs", "jobs that could be created",
                  approx=True),
            pct("80 percent", 80, "energy needs to be met with clean sources by 2035"),
            count("530 sites", 530, "sites", "sites studied by the report"),
        ],
    },
    {
        "id": "qt25-33",
        "source": "usgov:blog.epa.gov",
        "url": "https://blog.epa.gov/2017/01/11/50000-kilowatt-hours-of-solar-power/",
        "title": "50,000 Kilowatt Hours of Solar Power (EPA blog)",
        "published": "2017-01-11",
        "truncated": True,
        "note": "EPA blog post by an EPA employee (US government work). Removed: the headline "
                "(title) and byline ('By Steve Donohue'); the inline link is kept verbatim. Cut "
                "by the store at 'is a micro'; that paragraph was dropped. Decisions: 'for the "
                "last five' gives no unit in the text (not annotated); 'zero maintenance or "
                "operating expenses' is not a measured amount (not annotated); 'about another 3 "
                "years or so' is one approximate duration; 'In the last year' anchors a time; "
                "'One family' is an enumerating determiner; '2010', '2012', '2015' are years.",
        "paragraphs": [
            "On a recent sunny Sunday (appropriately enough) the meter for the solar "
            "photovoltaic (PV) system on our home showed we had produced 50,000 kWh of clean "
            "renewable electricity!",
            "This is a major milestone to me but what does it really mean? The EPA Greenhouse Gas "
            "Equivalencies Calculator helps translate abstract measurements like these into "
            "concrete terms. In our case the carbon dioxide emissions we avoided with our solar "
            "panels were equal to the amount captured and stored, or sequestered, by over 33 "
            "acres of forest in a year.",
            "That’s a big benefit for the planet and, closer to home, enough “juice” to supply "
            "over 85% of our annual electricity needs. We installed the PV system back in July "
            "2010 and I originally wrote about it in 2012 "
            "https://blog.epa.gov/2012/07/energy-independence-day/. The table below shows the "
            "results of our conservation and efficiency improvements and solar production since "
            "we first moved into our house.",
            "Our average annual electricity bill for the last five is about $250 and in 2015 we "
            "got it down to $182. Since installation we have also had zero maintenance or "
            "operating expenses and with no moving parts I expect our system to last a long "
            "time.",
            "That’s good since we still have about another 3 years or so until we re-coup the "
            "cost of our initial investment and the system is paid off by our savings.",
            "Sustainability often means taking the long view and in our case it was like paying "
            "10 years of electricity bills upfront so we could get our power from the sun and "
            "essentially never pay another bill.",
            "Even more good news is that our system today would be about half of what we paid. "
            "This is the penalty we paid for being “early adopters” but I am happy to see my "
            "neighbors have started to join the bandwagon. In the last year I am seeing panels "
            "sprouting on roof tops all over my neighborhood. One family uses their panels to "
            "charge their electric car!",
        ],
        "quantities": [
            other("50,000 kWh", 50000, "kilowatt_hour", "electricity produced by the home PV "
                  "system"),
            area("over 33 acres", 33, "acre", "forest sequestering the avoided emissions",
                 approx=True),
            dur("a year", 1, "year", "period of forest sequestration"),
            pct("over 85%", 85, "share of annual electricity needs supplied", approx=True),
            usd("about $250", 250, "average annual electricity bill", approx=True),
            usd("$182", 182, "electricity bill in 2015"),
            dur("about another 3 years or so", 3, "year", "time left to recoup the investment",
                approx=True),
            dur("10 years", 10, "year", "electricity bills paid upfront"),
            frac("about half", 0.5, "cost of the system today relative to what was paid",
                 approx=True),
        ],
    },
    {
        "id": "qt25-34",
        "source": "usgov:aroundworld24.com",
        "url": "http://aroundworld24.com/2020/08/12/more-power-generation-came-from-natural-gas-in-first-half-of-2020-than-first-half-of-2019/",
        "title": "More power generation came from natural gas in first half of 2020 than first "
                 "half of 2019 (EIA)",
        "published": "2020-08-12",
        "truncated": False,
        "note": "EIA (DOE) Today in Energy text re-posted verbatim by a news aggregator; the text "
                "is EIA's (US government work). Removed: the headline (title). Decisions: 'the "
                "Lower 48 states' is a name; 'in the first half of 2020' anchors a time; 'July "
                "28' is a date.",
        "paragraphs": [
            "Natural gas-fired generation in the Lower 48 states increased nearly 55,000 "
            "gigawatthours (GWh), or 9%, in the first half of 2020 compared with the first half "
            "of 2019. Natural gas was the fastest-growing source of electric power generation, "
            "according to data from the U.S. Energy Information Administration’s (EIA) Hourly "
            "Electric Grid Monitor. The increase in natural gas-fired generation was the result "
            "of recent low prices and natural gas-fired power capacity additions, despite a 5% "
            "decline in total electricity generation. The decrease in electricity consumption "
            "resulted from reduced business activity as a result of COVID-19 mitigation efforts. "
            "Natural gas-fired generation from electric power plants reached record-high levels "
            "on July 28 as summertime heat began reaching its seasonal peak.",
        ],
        "quantities": [
            other("nearly 55,000 gigawatthours", 55000, "gigawatt_hour",
                  "increase in natural gas-fired generation", approx=True),
            pct("9%", 9, "increase in natural gas-fired generation"),
            pct("5%", 5, "decline in total electricity generation"),
        ],
    },
    {
        "id": "qt25-35",
        "source": "usgov:downloads.usda.library.cornell.edu",
        "url": "https://downloads.usda.library.cornell.edu/usda-esmis/files/x633f100h/rv044597v/pg15ct41j/pspl0323.txt",
        "title": "Prospective Plantings (USDA NASS, March 31, 2023)",
        "published": "2023-03-31",
        "truncated": True,
        "note": "USDA National Agricultural Statistics Service report (text file on the USDA "
                "ESMIS archive hosted by Cornell); US government work. The store keeps the "
                "report's opening as one line (kept as one paragraph, verbatim, with the run-in "
                "headlines). Cut by the annotator after the durum sentence, to keep area at 12 "
                "or fewer on this page (the cotton sentences and the approval line were "
                "dropped). Decisions: 'ISSN: 1949-159X' is an identifier; the run-in headlines "
                "('Up 4 Percent', 'Up 9 Percent', 'Down 18 Percent') are annotated like the "
                "sentences; '40 of the 48 estimating States' gives two counts (the second spans "
                "the number only), likewise '15 of the 29'; 'up slightly' has no number; "
                "'about 26.0 million acres' and 'about 9.95 million acres' are approximate.",
        "paragraphs": [
            "Prospective Plantings ISSN: 1949-159X Released March 31, 2023, by the National "
            "Agricultural Statistics Service (NASS), Agricultural Statistics Board, United States "
            "Department of Agriculture (USDA). Corn Planted Acreage Up 4 Percent from 2022 "
            "Soybean Acreage Up Slightly All Wheat Acreage Up 9 Percent All Cotton Acreage Down "
            "18 Percent Corn planted area for all purposes in 2023 is estimated at 92.0 million "
            "acres, up 4 percent or 3.42 million acres from last year. Compared with last year, "
            "planted acreage is expected to be up or unchanged in 40 of the 48 estimating "
            "States. Soybean planted area for 2023 is estimated at 87.5 million acres, up "
            "slightly from last year. Compared with last year, planted acreage is up or unchanged "
            "in 15 of the 29 estimating States. All wheat planted area for 2023 is estimated at "
            "49.9 million acres, up 9 percent from 2022. The 2023 winter wheat planted area, at "
            "37.5 million acres, is up 13 percent from last year and up 2 percent from the "
            "previous estimate. Of this total, about 26.0 million acres are Hard Red Winter, 7.80 "
            "million acres are Soft Red Winter, and 3.71 million acres are White Winter. Area "
            "expected to be planted to other spring wheat for 2023 is estimated at 10.6 million "
            "acres, down 2 percent from 2022. Of this total, about 9.95 million acres are Hard "
            "Red Spring wheat. Durum planted area for 2023 is expected to total 1.78 million "
            "acres, up 9 percent from the previous year.",
        ],
        "quantities": [
            pct("4 Percent", 4, "rise in corn planted acreage (headline)"),
            pct("9 Percent", 9, "rise in all wheat acreage (headline)"),
            pct("18 Percent", 18, "drop in all cotton acreage (headline)"),
            area("92.0 million acres", 92000000, "acre", "corn planted area 2023"),
            pct("4 percent", 4, "rise in corn planted area"),
            area("3.42 million acres", 3420000, "acre", "rise in corn planted area"),
            count("40", 40, "States", "States with corn acreage up or unchanged"),
            count("48", 48, "estimating States", "corn estimating States"),
            area("87.5 million acres", 87500000, "acre", "soybean planted area 2023"),
            count("15", 15, "States", "States with soybean acreage up or unchanged"),
            count("29", 29, "estimating States", "soybean estimating States"),
            area("49.9 million acres", 49900000, "acre", "all wheat planted area 2023"),
            pct("9 percent", 9, "rise in all wheat planted area"),
            area("37.5 million acres", 37500000, "acre", "winter wheat planted area 2023"),
            pct("13 percent", 13, "rise in winter wheat area from last year"),
            pct("2 percent", 2, "rise in winter wheat area from the previous estimate"),
            area("about 26.0 million acres", 26000000, "acre", "Hard Red Winter wheat area",
                 approx=True),
            area("7.80 million acres", 7800000, "acre", "Soft Red Winter wheat area"),
            area("3.71 million acres", 3710000, "acre", "White Winter wheat area"),
            area("10.6 million acres", 10600000, "acre", "other spring wheat area 2023"),
            pct("2 percent", 2, "drop in other spring wheat area"),
            area("about 9.95 million acres", 9950000, "acre", "Hard Red Spring wheat area",
                 approx=True),
            area("1.78 million acres", 1780000, "acre", "durum planted area 2023"),
            pct("9 percent", 9, "rise in durum area"),
        ],
    },
    {
        "id": "qt25-36",
        "source": "usgov:www.usda.gov",
        "url": "http://www.usda.gov//wps/portal/usda/usdahome?contentid=2008/12/0305.xml&navid=NEWS_RELEASE&navtype=RT&parentnav=LATEST_RELEASES&edeployment_action=retrievecontent",
        "title": "USDA Announces $212 Million in International Assistance Under the Food for "
                 "Progress Program",
        "published": "2008-12-17",
        "truncated": True,
        "note": "USDA news release (archive page). Removed: the page furniture (social links, "
                "'Stay Connected', archive notice, release number, contact and phone, printable "
                "and e-mail links). Cut by the store inside the last paragraph; kept to the last "
                "complete sentence. Decisions: 'fiscal year of 2009' is a date; 'hundreds of "
                "school teachers' is a vague plural (200, approximate); 'more than 280,000 "
                "metric tons' is a mass.",
        "paragraphs": [
            "WASHINGTON, Dec. 17, 2008-Agriculture Secretary Ed Schafer today announced plans for "
            "$212 million in international assistance under Food for Progress in the current "
            "fiscal year of 2009. The commodity donations will benefit more than 7.5 million "
            "people in 13 countries in Africa, Asia, Latin America and the Middle East.",
            "\"Food for Progress has consistently helped developing countries advance economic "
            "reform and expand private enterprise,\" said Schafer. \"We have done a world of "
            "good, providing electric power for rural families in the Philippines and training "
            "hundreds of school teachers in Mozambique, and with today's announcement, we will "
            "continue to do much more.\"",
            "Allocations announced today include more than 280,000 metric tons of U.S. wheat and "
            "wheat flour, soybean and vegetable oil, soybean meal and yellow corn that will be "
            "purchased on the U.S. market and donated by USDA. The commodities will go to private "
            "voluntary organizations and foreign governments that will implement agricultural "
            "and rural development projects, while helping to address food shortages. The "
            "development projects are funded by sales of the donated U.S. commodities within the "
            "recipient countries. Approved projects will support agricultural and rural "
            "development, while helping to address food shortages.",
            "Food for Progress provides U.S. agricultural commodities to developing countries and "
            "emerging democracies committed to introducing and expanding free enterprise in the "
            "agricultural sector.",
        ],
        "quantities": [
            usd("$212 million", 212000000, "Food for Progress assistance in fiscal 2009"),
            person("more than 7.5 million people", 7500000, "people benefiting from donations",
                   approx=True),
            count("13 countries", 13, "countries", "countries receiving donations"),
            person("hundreds of school teachers", 200, "teachers trained in Mozambique",
                   approx=True),
            mass("more than 280,000 metric tons", 280000, "metric_ton",
                 "commodities allocated under Food for Progress", approx=True),
        ],
    },
    {
        "id": "qt25-37",
        "source": "usgov:fas.usda.gov",
        "url": "https://fas.usda.gov./newsroom/export-sales-japan-and-mexico",
        "title": "Export Sales to Japan and Mexico (USDA FAS, FAS-ESR-014-23)",
        "published": None,
        "truncated": True,
        "note": "USDA Foreign Agricultural Service export sales announcement (the stored page "
                "shows no date; the 2022/2023 marketing year dates it to 2023). Removed: the "
                "headline (title), the announcement label and number, the bullet marks and "
                "'###'. The closing boilerplate paragraph on the Export Sales Reporting Program "
                "(already in test23's FAS document) was cut by the annotator. Decisions: '2022/2023 marketing year' names a period (not annotated).",
        "paragraphs": [
            "Private exporters reported the following sales activity:",
            "111,800 metric tons of corn for delivery to Japan during the 2022/2023 marketing "
            "year",
            "200,000 metric tons of corn for delivery to Mexico. Of the total, 100,000 metric "
            "tons is for delivery during the 2022/2023 marketing year and 100,000 metric tons is "
            "for delivery during the 2023/2024 marketing year",
        ],
        "quantities": [
            mass("111,800 metric tons", 111800, "metric_ton", "corn sold for delivery to Japan"),
            mass("200,000 metric tons", 200000, "metric_ton", "corn sold for delivery to Mexico"),
            mass("100,000 metric tons", 100000, "metric_ton",
                 "corn for Mexico in the 2022/2023 marketing year"),
            mass("100,000 metric tons", 100000, "metric_ton",
                 "corn for Mexico in the 2023/2024 marketing year"),
        ],
    },
    {
        "id": "qt25-38",
        "source": "usgov:coastguardnews.com",
        "url": "https://coastguardnews.com/cutter-steadfast-offloads-more-than-67-million-of-cocaine-in-san-diego/2020/10/01/",
        "title": "Cutter Steadfast offloads more than $67 million of cocaine in San Diego",
        "published": "2020-10-01",
        "truncated": False,
        "note": "A U.S. Coast Guard (DHS) news release re-posted verbatim by a Coast Guard news "
                "site; the text is the Coast Guard's (US government work). Decisions: "
                "'(WMEC-623)' is a hull number; 'two suspected drug smuggling vessel "
                "interdictions' spans the number; '210-foot' is a compound adjective (length); "
                "'April 1', 'early September', '1968' are dates.",
        "paragraphs": [
            "SAN DIEGO — The crew of the Coast Guard Cutter Steadfast (WMEC-623) offloaded "
            "approximately 3,905 pounds of suspected cocaine in San Diego, Thursday.",
            "The drugs, worth an estimated $67 million, were seized in international waters of "
            "the Eastern Pacific Ocean and represent two suspected drug smuggling vessel "
            "interdictions off the coasts of Mexico, Central and South America in early September "
            "by the Steadfast crew.",
            "On April 1, U.S. Southern Command began enhanced counter-narcotics operations in the "
            "Western Hemisphere to disrupt the flow of drugs in support of Presidential National "
            "Security Objectives. Numerous U.S. agencies from the Departments of Defense, Justice "
            "and Homeland Security cooperate in the effort to combat transnational organized "
            "crime. The Coast Guard, Navy, Customs and Border Protection, FBI, Drug Enforcement "
            "Administration and Immigration and Customs Enforcement, along with allied and "
            "international partner agencies, play a role in counter-drug operations.",
            "The fight against drug cartels in the Eastern Pacific Ocean requires unity of effort "
            "in all phases from detection, monitoring and interdictions, to criminal prosecutions "
            "by international partners and U.S. Attorneys’ Offices in districts across the "
            "nation. The law enforcement phase of counter-smuggling operations in the Eastern "
            "Pacific Ocean is conducted under the authority of the 11th Coast Guard District, "
            "headquartered in Alameda. The interdictions, including the actual boardings, are "
            "led and conducted by members of the U.S. Coast Guard.",
            "The Steadfast is a 210-foot medium-endurance cutter that was commissioned in 1968 "
            "and is homeported in Astoria, Oregon.",
        ],
        "quantities": [
            mass("approximately 3,905 pounds", 3905, "pound", "suspected cocaine offloaded",
                 approx=True),
            usd("an estimated $67 million", 67000000, "value of the drugs", approx=True),
            count("two", 2, "interdictions", "drug smuggling vessel interdictions"),
            length("210-foot", 210, "foot", "length of the cutter Steadfast"),
        ],
    },
    {
        "id": "qt25-39",
        "source": "usgov:rd.usda.gov",
        "url": "https://rd.usda.gov/newsroom/news-release/usda-invests-464-million-renewable-energy-infrastructure-help-rural-communities-businesses-and-ag-0",
        "title": "USDA Invests $464 Million in Renewable Energy Infrastructure to Help Rural "
                 "Communities, Businesses and Ag Producers Build Back Better (Tennessee)",
        "published": "2021-09-09",
        "truncated": True,
        "note": "USDA Rural Development news release (Tennessee version). Removed: the .gov "
                "banner, the headline (title) and the contact/city/release-date lines. The "
                "second paragraph opens with a straight and closes with a curly quotation mark "
                "(verbatim). Cut by the store inside the last paragraph ('smart grid "
                "technolog'); kept to the last complete sentence. Decisions: 'enough electricity "
                "to power 35,677 homes per year' - the homes are counted and 'per year' is the "
                "period of the comparison, not a rate of homes (only '35,677 homes' is "
                "annotated); '48 states' is a count; '1,432 miles of line' is a length.",
        "paragraphs": [
            "NASHVILLE, Tenn., Sept. 9, 2021 - U.S. Department of Agriculture Secretary Tom "
            "Vilsack today announced that the Department is investing $464 million to build or "
            "improve renewable energy infrastructure and to help rural communities, agricultural "
            "producers and businesses lower energy costs in 48 states and Puerto Rico. Tennessee "
            "Rural Development Acting State Director Dan Beasley is pleased to announce more than "
            "$63,900 in grant investments is being made to rural Tennessee businesses and ag "
            "producers.",
            "\"Lowering energy costs is significant in improving and creating jobs for rural "
            "businesses,” Beasley said. “We are committed to increasing economic development in "
            "Tennessee's rural communities through strong partnerships.”",
            "USDA is financing $129 million of these investments through the Rural Energy for "
            "America Program. This program provides funding to help agricultural producers and "
            "rural small businesses purchase and install renewable energy systems and make "
            "energy efficiency improvements. These climate-smart investments will conserve and "
            "generate more than 379 million kilowatt-hours (kWh) in rural America, which equates "
            "to enough electricity to power 35,677 homes per year.",
            "USDA is financing $335 million of these investments through the Electric Loan "
            "Program. The loans will help build or improve 1,432 miles of line to strengthen "
            "reliability in rural areas.",
        ],
        "quantities": [
            usd("$464 million", 464000000, "USDA renewable energy investment"),
            count("48 states", 48, "states", "states where the investments lower energy costs"),
            usd("more than $63,900", 63900, "grant investments in rural Tennessee", approx=True),
            usd("$129 million", 129000000, "financing through the Rural Energy for America "
                "Program"),
            other("more than 379 million kilowatt-hours", 379000000, "kilowatt_hour",
                  "energy the investments will conserve and generate", approx=True),
            count("35,677 homes", 35677, "homes", "homes the electricity could power"),
            usd("$335 million", 335000000, "financing through the Electric Loan Program"),
            length("1,432 miles", 1432, "mile", "miles of line built or improved"),
        ],
    },
]

DOCS += [
    {
        "id": "qt25-40",
        "source": "usgov:wteinternational.com",
        "url": "https://wteinternational.com/u-s-wind-generation-sets-new-daily-and-hourly-records-at-end-of-2020/",
        "title": "U.S. wind generation sets new daily and hourly records at end of 2020 (EIA)",
        "published": None,
        "truncated": True,
        "note": "EIA (DOE) Today in Energy text (January 2021) re-posted verbatim by an industry "
                "site; the text is EIA's (US government work). Removed: the headline (title). Cut "
                "by the store inside the last paragraph ('add another 12.2 GW of'); that "
                "paragraph was dropped. Decisions: 'a year and a half' is a duration of 1.5 "
                "years; 'the hour ending 10:00 p.m.' is a clock time; '744 hours' measures "
                "December 2020; days and months are dates; 'the high of 82.0 GW' repeats the "
                "record as a bound of the range (annotated as stated).",
        "paragraphs": [
            "In the final months of 2020, electricity generation from wind turbines in the United "
            "States set daily and hourly records. Hourly data collected in the U.S. Energy "
            "Information Administration’s (EIA) Hourly Electric Grid Monitor show an hourly "
            "record set late in the day on December 22 and a daily record set on the following "
            "day.",
            "On April 10, 2019, daily electricity generation from wind turbines in the United "
            "States (excluding Alaska and Hawaii) reached a high of 1.42 million megawatthours "
            "(MWh). That record stood for a year and a half before it was surpassed on several "
            "days in November and December 2020. Wind electricity generation reached 1.76 "
            "million MWh on December 23, or about 17% of total electricity generation on that "
            "day. On average, EIA estimates that wind accounted for 9% of U.S. electricity "
            "generation in 2020.",
            "Wind-powered electricity has increased in the United States as more wind turbines "
            "have been installed in recent years. Strong wind conditions in November and "
            "December, especially in the central United States, led to more output from wind "
            "turbines. Wind power surpassed hydropower as the predominant renewable electricity "
            "generation source in the United States on an annual basis in 2019. In its latest "
            "Short-Term Energy Outlook, EIA expects wind to exceed hydroelectricity in every "
            "month of 2021 and 2022.",
            "Hourly dispatch of wind resources also established new U.S. records in late 2020. On "
            "December 22, in the hour ending 10:00 p.m. Eastern Time (ET), 82.0 gigawatts (GW) of "
            "electricity sourced from wind was dispatched across the United States, much more "
            "than the previous hourly dispatch record of 73.4 GW set on the evening of November "
            "18, 2020. Hourly U.S. wind output remains considerably variable, ranging from the "
            "high of 82.0 GW to a low of 14.6 GW during the 744 hours in December 2020. Wind "
            "output in the United States tends to be highest overnight and lowest during midday.",
        ],
        "quantities": [
            other("1.42 million megawatthours", 1420000, "megawatt_hour",
                  "daily wind generation record of April 10, 2019"),
            dur("a year and a half", 1.5, "year", "time the 2019 record stood"),
            other("1.76 million MWh", 1760000, "megawatt_hour",
                  "wind generation on December 23, 2020"),
            pct("about 17%", 17, "wind share of generation on December 23", approx=True),
            pct("9%", 9, "wind share of U.S. generation in 2020"),
            other("82.0 gigawatts", 82.0, "gigawatt", "hourly wind dispatch record"),
            other("73.4 GW", 73.4, "gigawatt", "previous hourly dispatch record"),
            other("82.0 GW", 82.0, "gigawatt", "high of hourly wind output in December 2020"),
            other("14.6 GW", 14.6, "gigawatt", "low of hourly wind output in December 2020"),
            dur("744 hours", 744, "hour", "hours in December 2020"),
        ],
    },
    {
        "id": "qt25-41",
        "source": "usgov:www.cleanenergyexcellence.org",
        "url": "https://www.cleanenergyexcellence.org/march-winds-make-wind-power-the-second-largest-source-of-electricity-generation-in-one-day/",
        "title": "March winds make wind power the second-largest source of electricity generation "
                 "in one day (EIA)",
        "published": None,
        "truncated": False,
        "note": "EIA (DOE) Today in Energy text (April 2022) re-posted by an advocacy site with a "
                "'Read more: www.eia.gov/todayinenergy/' pointer (removed); the paragraphs are "
                "EIA's wording (US government work). Decisions: 'for an hour' measures a period "
                "(1 hour); 'second-largest' is a rank; 'the Lower 48 states' is a name; dates "
                "are not quantities.",
        "paragraphs": [
            "Wind first ranked as the second-largest source of U.S. electricity generation for an "
            "hour in late March 2021.",
            "On March 29, 2022, wind turbines in the Lower 48 states produced 2,017 gigawatthours "
            "(GWh) of electricity, making wind the second-largest source of electric generation "
            "for that day.",
            "The natural variation of wind speeds contributes to very different amounts of wind "
            "generation, depending on the time of day or season.",
            "The growth of wind turbine capacity in the U.S. has led to more wind-powered "
            "electricity generation. Wind speeds and the corresponding wind-powered electricity "
            "generation often peak during spring. On March 29, the Southwest Power Pool (SPP), "
            "which covers parts of Oklahoma, Kansas, Nebraska, North Dakota, South Dakota, and "
            "neighboring states, and the Electric Reliability Council of Texas (ERCOT) both "
            "reported new wind penetration records.",
        ],
        "quantities": [
            dur("an hour", 1, "hour", "period wind ranked second-largest in March 2021"),
            other("2,017 gigawatthours", 2017, "gigawatt_hour",
                  "wind generation on March 29, 2022"),
        ],
    },
]

DOCS += [
    {
        "id": "qt25-42",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/web/20121006183257/http://www.eia.gov/consumption/reports.cfm?t=86",
        "title": "Consumption & Efficiency: Residential Buildings reports (EIA, archived 2012)",
        "published": "2012-07-11",
        "truncated": True,
        "note": "An EIA (DOE) report list page (eia.gov) in the UNT End-of-Term web archive; US "
                "government work. Removed: the section headings ('Consumption & Efficiency', "
                "'Residential Buildings'). Kept: each item's title and 'Released:' line "
                "(verbatim; published is the newest item's date). Cut by the store inside the "
                "third item ('correlated with the size of'); that item was dropped. Decisions: "
                "'90 million British thermal units (Btu)' is energy (british_thermal_unit); 'the "
                "last 30 years' is a duration; 'double-pane windows' names a window type (not "
                "annotated); release dates are dates.",
        "paragraphs": [
            "Where does RECS square footage data come from?",
            "Released: July 11, 2012",
            "The size of a home is a fixed characteristic strongly associated with the amount of "
            "energy consumed within it, particularly for space heating, air conditioning, "
            "lighting, and other appliances. As a part of the Residential Energy Consumption "
            "Survey (RECS), trained interviewers measure the square footage of each housing unit. "
            "RECS square footage data allow comparison of homes with varying characteristics. "
            "In-person measurements are vital because many alternate data sources, including "
            "property tax records, real estate listings, and, respondent estimates use varying "
            "definitions and under-estimate square footage as defined for the purposes of "
            "evaluating residential energy consumption.",
            "RECS data show decreased energy consumption per household",
            "Released: June 6, 2012",
            "Total United States energy consumption in homes has remained relatively stable for "
            "many years as increased energy efficiency has offset the increase in the number and "
            "average size of housing units, according to the newly released data from the "
            "Residential Energy Consumption Survey (RECS). The average household consumed 90 "
            "million British thermal units (Btu) in 2009 based on RECS. This continues the "
            "downward trend in average residential energy consumption of the last 30 years. "
            "Despite increases in the number and the average size of homes plus increased use of "
            "electronics, improvements in efficiency for space heating, air conditioning, and "
            "major appliances have all led to decreased consumption per household. Newer homes "
            "also tend to feature better insulation and other characteristics, such as "
            "double-pane windows, that improve the building envelope.",
        ],
        "quantities": [
            other("90 million British thermal units", 90000000, "british_thermal_unit",
                  "average household energy consumption in 2009"),
            dur("30 years", 30, "year", "period of the downward consumption trend"),
        ],
    },
]

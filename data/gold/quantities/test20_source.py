"""Readable source of the sealed quantities test set ``test20.jsonl`` (annotated blind by sqy20).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test20.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

from checklib import quantity_record as q  # one definition for every quantities source


def c(text, value, counted, about, approx=False, high=None, after=None):
    """Return a count record (unit count, kind count)."""
    return q(text, value, "count", "count", about, approx, high, counted=counted, after=after)


def p(text, value, about, approx=False, high=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high)


def person(text, value, about, approx=False, high=None):
    """Return a person count record."""
    return q(text, value, "person", "count", about, approx, high)


def ln(text, value, unit, about, approx=False, high=None):
    """Return a length record."""
    return q(text, value, unit, "length", about, approx, high)


def vol(text, value, unit, about, approx=False, high=None):
    """Return a volume record."""
    return q(text, value, unit, "volume", about, approx, high)


def mass(text, value, unit, about, approx=False, high=None):
    """Return a mass record."""
    return q(text, value, unit, "mass", about, approx, high)


def dur(text, value, unit, about, approx=False, high=None):
    """Return a duration record."""
    return q(text, value, unit, "duration", about, approx, high)


def oth(text, value, unit, about, approx=False, high=None):
    """Return a record of kind other (energy, power, temperature, magnitude, multiplier, age)."""
    return q(text, value, unit, "other", about, approx, high)


def rate(text, value, unit, about, approx=False, high=None):
    """Return a rate record (speeds included)."""
    return q(text, value, unit, "rate", about, approx, high)


def usd(text, value, about, approx=False, high=None):
    """Return a money record in USD."""
    return q(text, value, "USD", "money", about, approx, high)


VOA_FURNITURE = ("Removed: 'Accessibility links', 'Breaking News', the headline (moved to title), "
                 "photo captions, the 'VOA News' byline box and the size switcher (XS SM MD LG).")

DOCS = [
    {
        "id": "qt20-01",
        "source": "voa:voa.pangea-cms.com",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/oil-stays-strong-after-opec-deal-to-cut-production/3618687.html",
        "title": "Oil Stays Strong After OPEC Deal to Cut Production",
        "published": None,
        "truncated": False,
        "note": (VOA_FURNITURE + " The page shows no story date (photo caption of the OPEC "
                 "meeting: Nov. 30, 2016). '1.2 million barrels' and '32.5 million' (barrels "
                 "understood) are volumes as written, without the per-day the context implies."),
        "paragraphs": [
            "Oil prices rose again Thursday, building on momentum from an agreement by OPEC to "
            "cut production for the first time since 2008.",
            "The decision sent oil prices up by about 10 percent on Wednesday and gave an overall "
            "boost in energy stocks. Thursday's gains were more modest with prices rising to "
            "about $50 per barrel.",
            "Iran's oil minister said OPEC will cut production by 1.2 million barrels, or about 1 "
            "percent of the world's global output, down to 32.5 million.",
            "Before Wednesday's meeting in Vienna, Saudi Arabia’s energy minister said OPEC would "
            "ask non-members to also cut production.",
            "Russia, a non-OPEC member, agreed to cut its oil output by 300,000 barrels a day.",
            "OPEC says it would like to see global oil prices between $55 and $60 a barrel — a "
            "level it says will help revive oil dependent economies that have suffered from two "
            "years of prices that frequently fell to less than $50 a barrel.",
        ],
        "quantities": [
            p("about 10 percent", 10, "rise in oil prices on Wednesday", approx=True),
            rate("about $50 per barrel", 50, "USD/barrel", "oil price on Thursday", approx=True),
            vol("1.2 million barrels", 1.2e6, "barrel", "OPEC production cut"),
            p("about 1 percent", 1, "share of global oil output cut", approx=True),
            vol("32.5 million", 3.25e7, "barrel", "OPEC output after the cut"),
            rate("300,000 barrels a day", 300000, "barrel/day", "Russian oil output cut"),
            rate("between $55 and $60 a barrel", 55, "USD/barrel", "oil price OPEC would like",
                 high=60),
            dur("two years", 2, "year", "period of low oil prices"),
            rate("less than $50 a barrel", 50, "USD/barrel", "low oil prices of the past two years",
                 approx=True),
        ],
    },
    {
        "id": "qt20-02",
        "source": "voa:voa.pangea-cms.com",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-09-11-voa58/338426.html",
        "title": "OPEC to Raise Crude Oil Output",
        "published": "2007-09-11",
        "truncated": False,
        "note": (VOA_FURNITURE + " Removed the 'News' section label. Date from the URL. "
                 "'27 point two million barrels a day' is 27.2 million (spoken-style decimal). "
                 "'a few cents' is read as 3 cents (approximate). 'November first' and 'August "
                 "of 2006' are dates, not annotated."),
        "paragraphs": [
            "The global oil cartel, OPEC, Tuesday agreed in Vienna to boost production by 500,000 "
            "barrels per day. VOA's Barry Wood has more.",
            "The 12 OPEC nations say the production increase goes into effect November first. The "
            "new production target will be 27 point two million barrels a day. The move to boost "
            "production was led by Saudi Arabia, the biggest OPEC producer. Forty two percent of "
            "the world's oil is produced by OPEC nations. Mohammed Abdullah al-Aleem, Kuwait's "
            "acting oil minister, tells Bloomberg News the reasons for the production boost. "
            "\"OPEC's concern is that we thought the market was a little bit tight-it's not too "
            "tight really-but it is the responsibility of OPEC to look after the concern of "
            "consumers,\" he said.",
            "Oil prices initially fell slightly on the news but then recovered to close up nearly "
            "75 cents per barrel in New York. Oil is trading at over $78 a barrel, only a few "
            "cents below its all time high touched in August of 2006.",
            "Oil producers have been concerned that high gasoline prices could drive the global "
            "economy into recession. But those fears have been ameliorated over the past year as "
            "high prices seemed to have little impact on a still robustly expanding world economy.",
        ],
        "quantities": [
            rate("500,000 barrels per day", 500000, "barrel/day", "OPEC production increase"),
            c("12", 12, "nations", "OPEC nations"),
            rate("27 point two million barrels a day", 2.72e7, "barrel/day",
                 "new OPEC production target"),
            p("Forty two percent", 42, "share of the world's oil produced by OPEC"),
            rate("nearly 75 cents per barrel", 0.75, "USD/barrel", "rise of the oil price at close",
                 approx=True),
            rate("over $78 a barrel", 78, "USD/barrel", "oil trading price", approx=True),
            usd("a few cents", 0.03, "gap below the all time high oil price", approx=True),
        ],
    },
    {
        "id": "qt20-03",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2007-09-15-voa21/338476.html",
        "title": "West, Central Africa Brace for More Floods",
        "published": "2007-09-15",
        "truncated": True,
        "note": (VOA_FURNITURE + " Date from the URL. Cut by the store inside a quotation; kept "
                 "to the last complete paragraph. Vague plurals: 'hundreds of thousands' = "
                 "200,000, 'scores' = 40, 'thousands' = 2,000, 'decades' = 20 years (all "
                 "approximate); 'thousands' of homes: span 'thousands' as in test18. 'the coming "
                 "days' has no number and is not annotated."),
        "paragraphs": [
            "In West and Central Africa, where heavy flooding has left hundreds of thousands of "
            "people homeless and scores dead, meteorologists are forecasting more rain in the "
            "coming days. Humanitarian organizations say the rains are making life difficult in "
            "countries where infrastructure is already fragile and there are few safety nets in "
            "place to protect the poor. Kari Barber has more from VOA's West and Central Africa "
            "bureau in Dakar.",
            "Flooding across West and Central Africa has left hundreds of thousands without homes "
            "and wiped out food crops and livestock.",
            "The government of Ghana has declared parts of the country a disaster zone, and "
            "authorities there announced on Friday that the death toll from flooding in the north "
            "is continuing to rise.",
            "In Togo, rains washed away thousands of homes, as well as bridges and schools, "
            "prompting the government to delay the start of the school year.",
            "The head of the International Federation of the Red Cross for West and Central "
            "Africa, Alasan Senghore, says the situation is devastating. \"Houses are completely "
            "destroyed. In most of these villages houses are built of mud. Of course they just "
            "disappear, no housing, nothing. And the water takes all of their belongings in the "
            "process, so they have to start over from scratch,\" he said.",
            "Senghore says disasters, like floods, hit hardest in poor regions like West and "
            "Central Africa where people have nothing to fall back on if they lose their houses "
            "or become sick. \"If you compare it to the U.K. or the United States where the "
            "governments have the capacity to support the people in such situations, it is not "
            "the same in Africa. Let us face the realities. Our governments try, we are here to "
            "support them, but the resources are just not there,\" he said.",
            "Senghore has been doing humanitarian work for decades. He says the floods seem to be "
            "getting worse every year and the climate more unpredictable.",
        ],
        "quantities": [
            person("hundreds of thousands of people", 200000, "people left homeless by flooding",
                   approx=True),
            person("scores", 40, "people dead in the floods", approx=True),
            person("hundreds of thousands", 200000, "people left without homes", approx=True),
            c("thousands", 2000, "homes", "homes washed away in Togo", approx=True),
            dur("decades", 20, "year", "Senghore's humanitarian work", approx=True),
        ],
    },
    {
        "id": "qt20-04",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/indonesian-volcano-causes-chaos-3-deaths/1851426.html",
        "title": "Indonesian Volcano Causes Chaos, 3 Deaths",
        "published": None,
        "truncated": False,
        "note": ("Removed: the 'World News' label, the headline (moved to title) and everything "
                 "from 'Feature Story' on (other stories). The page shows no date (Mount Kelud "
                 "erupted in February 2014). 'at least 100,000 others': span 'at least 100,000' "
                 "(person). 'several smaller tremors': span 'several' = 3 (approximate), 'around "
                 "130 active volcanoes': span 'around 130'. Verbatim oddity kept: 'forced thousand "
                 "to flee' (read as the vague plural 'thousands' = 2,000, approximate). 'as far "
                 "as' is a qualifier (approximate)."),
        "paragraphs": [
            "A major volcanic eruption on the main Indonesian island of Java has killed at least "
            "three people and forced the evacuation of at least 100,000 others.",
            "Mount Kelud erupted late Thursday, sending a cloud of ash 30 kilometers into the "
            "atmosphere.",
            "Following a cabinet meeting Friday, Indonesian President Susilo Bambang Yudhoyono "
            "declared a state of emergency in areas adjacent to Mount Kelud.",
            "\"I have spoken with the Governor Sukarwo of East Java, who is currently at the "
            "disaster zone. I have also given instructions to the Commander-in-Chief of the Armed "
            "Forces and the Chief of the National Police - whose members have been deployed to "
            "help the refugees - to intensify assistance in the affected zones.\"",
            "The eruption has dumped a heavy coating of ash and rocks on towns and cities as far "
            "as 500 kilometers away, closing schools and businesses, as well as seven airports.",
            "Hadi Rudyatmo, mayor of Surakarta in Central Java, tells VOA that everything is shut "
            "down in his city.",
            "\"It's all paralyzed. All economic activities, shopping centers, trade centers in "
            "Surakarta are closed. Traditional markets are open but not a single individual has "
            "come. No transactions have taken place. All activities related to teaching and "
            "learning in all schools throughout the area have been suspended through Saturday as "
            "well.\"",
            "Scientists think the worst of the eruptions are over, but several smaller tremors "
            "were felt Friday.",
            "Indonesia has around 130 active volcanoes.",
            "Last month, the eruption of Mount Sinabung on Sumatra island killed 16 people, forced "
            "thousand to flee and damaged crops.",
            "(Nurhadi Sucahyo contributed to this report from Yogyakarta.)",
            "(This report was produced in collaboration with the VOA Indonesian service.)",
        ],
        "quantities": [
            person("at least three people", 3, "people killed by the eruption", approx=True),
            person("at least 100,000", 100000, "people evacuated", approx=True),
            ln("30 kilometers", 30, "kilometer", "height of the ash cloud"),
            ln("as far as 500 kilometers", 500, "kilometer", "distance ash and rocks fell",
               approx=True),
            c("seven airports", 7, "airports", "airports closed"),
            c("several", 3, "tremors", "smaller tremors felt Friday", approx=True),
            c("around 130", 130, "volcanoes", "active volcanoes in Indonesia", approx=True),
            person("16 people", 16, "people killed by Mount Sinabung"),
            person("thousand", 2000, "people forced to flee Mount Sinabung", approx=True),
        ],
    },
    {
        "id": "qt20-05",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/bali-volcano-airline-flights/4137053.html",
        "title": "Indonesia's Bali Raises Volcano Alert to Highest Level",
        "published": None,
        "truncated": False,
        "note": (VOA_FURNITURE + " Removed the 'update' label. The page shows no story date "
                 "(photo captions of Nov. 26, 2017). 'within 10 kilometers' is approximate (an "
                 "upper bound). 'about 5 million visitors a year' is a rate (person/year). '(one "
                 "name)' is not a quantity."),
        "paragraphs": [
            "Authorities on the Indonesian tourist island of Bali have raised the volcano alert to "
            "the highest level as Mount Agung continues to churn and belch menacing-looking ash "
            "and smoke.",
            "Officials have ordered all people within 10 kilometers of the mountain to evacuate.",
            "But while the activity on Mount Agung looks frightening, the head of Indonesia's "
            "geological agency, Kasbani (one name) says he does not expect a major eruption.",
            "He says the alert was raised because the volcano began pouring out magma instead of "
            "steam and that officials must be \"alert and anticipate.\"",
            "Flights have been diverted away from the Bali airport and the airport on the "
            "neighboring Lombok island was closed. People looking to leave Bali were stranded "
            "because of flight cancellations.",
            "Bali is Indonesia's top tourist destination, with its Hindu culture, surf beaches and "
            "lush green interior attracting about 5 million visitors a year.",
            "Mount Agung began rumbling and sending ash clouds into the sky on Tuesday.",
            "Indonesia lies on the Pacific \"Ring of Fire,\" where tectonic plates crash, which "
            "causes frequent volcanic and seismic activity.",
            "Mount Agung last erupted in 1963, killing more than 1,000 people.",
            "Mount Sinabung on Sumatra island, active since 2013, is also at its highest alert "
            "level.",
        ],
        "quantities": [
            ln("within 10 kilometers", 10, "kilometer", "evacuation radius around Mount Agung",
               approx=True),
            rate("about 5 million visitors a year", 5e6, "person/year", "visitors to Bali",
                 approx=True),
            person("more than 1,000 people", 1000, "people killed in the 1963 eruption",
                   approx=True),
        ],
    },
    {
        "id": "qt20-06",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2009-03-21-voa20-68677802/408701.html",
        "title": "Astronauts Complete their Second Space Walk",
        "published": "2009-03-21",
        "truncated": False,
        "note": (VOA_FURNITURE + " Date from the URL. 'one of three': only 'three' (count). "
                 "'from three to six astronauts' is a change, two quantities. 'the next few "
                 "months' = 3 months (approximate). 'STS-119' is a name; 'next week' is a point in "
                 "time."),
        "paragraphs": [
            "The space walk is one of three that astronauts from the space shuttle Discovery are "
            "conducting during their 13-day mission to the station. The job requires astronauts "
            "Steven Swanson and Joseph Acaba to float outside the station for nearly seven hours.",
            "Meantime, astronauts inside the station are working to replace a system designed to "
            "recycle urine into water for use aboard the station. All the improvements will "
            "prepare for the transition from three to six astronauts living on the station later "
            "this year.",
            "Japanese Koichi Wakata arrived at the station aboard Discovery, as part of the "
            "mission known as STS-119, and will spend the next few months in orbit. In an "
            "interview with VOA, Wakata said there is a lot of information to absorb after "
            "arriving at the station.",
            "\"We have been very busy in the assembly task of the STS-119. It is like drinking "
            "water from a fire hose. I am still learning a lot but I am enjoying every moment,\" "
            "Wakata said.",
            "Wakata replaces Sandy Magnus who has spent the past four months in space. Magnus told "
            "VOA that living in orbit has given her newfound appreciation for the Earth.",
            "\"It looks very fragile from here and it is very easy to take it for granted when we "
            "live on it, because it seems so big and massive,\" Magnus said. \"But it is not, it "
            "is very small and very fragile. That is something that really hits home when you see "
            "it out the window from up here.\"",
            "Magnus and the crew of Discovery will return to Earth next week after wrapping up "
            "their work on the space station.",
        ],
        "quantities": [
            c("three", 3, "space walks", "space walks of the Discovery crew"),
            dur("13-day", 13, "day", "Discovery mission to the station"),
            dur("nearly seven hours", 7, "hour", "time outside the station", approx=True),
            person("three", 3, "astronauts living on the station before the transition"),
            person("six astronauts", 6, "astronauts living on the station after the transition"),
            dur("the next few months", 3, "month", "Wakata's time in orbit", approx=True),
            dur("the past four months", 4, "month", "Magnus's time in space"),
        ],
    },
    {
        "id": "qt20-07",
        "source": "voa:voa.pangea-cms.com",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/earthquake-strikes-off-japan-coast/3606043.html",
        "title": "Massive Earthquake Strikes Off Japan's East Coast",
        "published": None,
        "truncated": False,
        "note": (VOA_FURNITURE + " Removed the 'update' label and the map caption. The page "
                 "shows no story date (photo caption of Nov. 22, 2016). Magnitudes are unit "
                 "'magnitude'; 'magnitude 6 or greater' is a threshold, span 'magnitude 6'. 'a "
                 "quarter of a century earlier' anchors a point in time (not annotated)."),
        "paragraphs": [
            "An earthquake with a magnitude 7.3 struck off the coast of Fukushima prefecture in "
            "northeast Japan early Tuesday.",
            "The U.S. Geological Survey says the quake struck 10 kilometers underground, about 250 "
            "kilometers northeast of the Japanese capital, Tokyo.",
            "There were no immediate reports of fatalities, however some injuries and minor damage "
            "occurred.",
            "A tsunami warning was lifted about four hours after the quake. Tsunamis of about 1 to "
            "1.4 meters were measured along the coast.",
            "The area is home to Tepco's Daiichi nuclear plant, which was devastated in a March "
            "2011 quake and tsunami. That quake was magnitude 9, the strongest in Japan on record.",
            "The massive tsunami it triggered caused the world's worst nuclear crisis since "
            "Chernobyl a quarter of a century earlier.",
            "Earthquakes are common in Japan, in one of the world's most seismically active "
            "regions. It accounts for about 20 percent of the world's earthquakes of magnitude 6 "
            "or greater.",
            "The U.S. Geological Survey measured the magnitude at 6.9.",
        ],
        "quantities": [
            oth("magnitude 7.3", 7.3, "magnitude", "earthquake off Fukushima"),
            ln("10 kilometers", 10, "kilometer", "depth of the quake"),
            ln("about 250 kilometers", 250, "kilometer", "distance of the quake from Tokyo",
               approx=True),
            dur("about four hours", 4, "hour", "time until the tsunami warning was lifted",
                approx=True),
            ln("about 1 to 1.4 meters", 1, "meter", "height of the tsunamis", approx=True,
               high=1.4),
            oth("magnitude 9", 9, "magnitude", "March 2011 quake"),
            p("about 20 percent", 20, "Japan's share of the world's strong earthquakes",
              approx=True),
            oth("magnitude 6", 6, "magnitude", "threshold of strong earthquakes"),
            oth("6.9", 6.9, "magnitude", "USGS magnitude of the quake"),
        ],
    },
    {
        "id": "qt20-08",
        "source": "voa:www.voanews.com",
        "url": "https://webarchive.library.unt.edu/web/20130215130659/http://www.voanews.com/media/video/1600289.html",
        "title": "NASA: Asteroid to Pass Very Near Earth",
        "published": "2013-02-08",
        "truncated": False,
        "note": ("A voanews.com video page as archived by the UNT web archive (the only stored "
                 "copy); the URL is the archive's. Removed: the 'Science & Technology' label, the "
                 "player time, the headline (moved to title), the 'Published' line (moved to "
                 "published) and the 'You May Like' teasers. 'February 15' is a date."),
        "paragraphs": [
            "Astronomers around the world are preparing for a record-breaking asteroid flyby "
            "February 15. Measuring 45 meters in diameter and weighing an estimated 130,000 "
            "metric tons, Asteroid 2012 DA14 is considered small by scientists who track the solar "
            "system's rocky debris. VOA's Suzanne Presto reports that it will zip past our planet "
            "so closely that it will be even nearer to us than our orbiting weather and "
            "communications satellites.",
        ],
        "quantities": [
            ln("45 meters", 45, "meter", "diameter of Asteroid 2012 DA14"),
            mass("an estimated 130,000 metric tons", 130000, "metric_ton",
                 "weight of Asteroid 2012 DA14", approx=True),
        ],
    },
    {
        "id": "qt20-09",
        "source": "usgov:sealevel.nasa.gov",
        "url": "https://sealevel.nasa.gov/faq/11/how-much-rise-should-we-expect-from-greenland-and-antarctica/",
        "title": "How much rise should we expect from Greenland and Antarctica?",
        "published": None,
        "truncated": False,
        "note": ("NASA Sea Level Change FAQ answer; title from the URL, no date on the page. "
                 "'millimeters per year' and 'inch per year' are speeds (kind rate). 'about "
                 "one-third ... one-third ... one-third': three fractions, the qualifier only on "
                 "the first."),
        "paragraphs": [
            "Currently the total sea level rise is about 3 millimeters per year (about 1/8 of an "
            "inch per year). Of that amount, about one-third comes from Greenland and Antarctica, "
            "one-third from glaciers like those in Alaska or the Himalayas, and one-third from the "
            "expansion of seawater as it warms. In the future, we expect Greenland and Antarctica "
            "will contribute larger amounts.",
        ],
        "quantities": [
            rate("about 3 millimeters per year", 3, "millimeter/year", "total sea level rise",
                 approx=True),
            rate("about 1/8 of an inch per year", 0.125, "inch/year", "total sea level rise",
                 approx=True),
            q("about one-third", 1 / 3, "fraction", "percent",
              "share of sea level rise from Greenland and Antarctica", True),
            q("one-third", 1 / 3, "fraction", "percent", "share of sea level rise from glaciers"),
            q("one-third", 1 / 3, "fraction", "percent",
              "share of sea level rise from seawater expansion"),
        ],
    },
    {
        "id": "qt20-10",
        "source": "usgov:sealevel.nasa.gov",
        "url": "https://sealevel.nasa.gov/news/23/warming-seas-and-melting-ice-sheets/",
        "title": "Warming Seas and Melting Ice Sheets",
        "published": None,
        "truncated": True,
        "note": ("Title from the URL; no date on the stored page. The photo caption appears twice "
                 "on the page; kept once (it carries a quantity). Cut by the store inside a "
                 "sentence; kept to the last complete paragraph. 'about 300 gigatons of ice a "
                 "year' is a rate (3e11 metric_ton/year; gigaton = 1e9 metric tons). '100 years or "
                 "200 years' are two alternatives. 'thousands of years' = 2,000 years "
                 "(approximate). '20th century' is an ordinal, 'July 24, 2015' a date."),
        "paragraphs": [
            "An iceberg floats in Disko Bay, near Ilulissat, Greenland, on July 24, 2015. The "
            "massive Greenland ice sheet is shedding about 300 gigatons of ice a year into the "
            "ocean, making it the single largest source of sea level rise from melting ice. "
            "Credit: NASA/Saskia Madlener",
            "Sea level rise is a natural consequence of the warming of our planet.",
            "We know this from basic physics. When water heats up, it expands. So when the ocean "
            "warms, sea level rises. When ice is exposed to heat, it melts. And when ice on land "
            "melts and water runs into the ocean, sea level rises.",
            "For thousands of years, sea level has remained relatively stable and human "
            "communities have settled along the planet's coastlines. But now Earth's seas are "
            "rising. Globally, sea level has risen about eight inches (20 centimeters) since the "
            "beginning of the 20th century and more than two inches (5 centimeters) in the last "
            "20 years alone.",
            "All signs suggest that this rise is accelerating.",
            "While NASA and other agencies continue to monitor the warming of the ocean and "
            "changes to the planet's land masses, the biggest concern is what will happen to the "
            "ancient ice sheets covering Greenland and Antarctica, which continue to send out "
            "alerts that a warming planet is affecting their stability.",
            "\"Given what we know now about how the ocean expands as it warms and how ice sheets "
            "and glaciers are adding water to the seas, it's pretty certain we are locked into at "
            "least 3 feet [0.9 meter] of sea level rise,\" said Steve Nerem of the University of "
            "Colorado, Boulder, and lead of the Sea Level Change Team. \"But we don't know whether "
            "it will happen in 100 years or 200 years.\"",
        ],
        "quantities": [
            rate("about 300 gigatons of ice a year", 3e11, "metric_ton/year",
                 "ice shed by the Greenland ice sheet", approx=True),
            dur("thousands of years", 2000, "year", "period of stable sea level", approx=True),
            ln("about eight inches", 8, "inch", "global sea level rise since 1900", approx=True),
            ln("20 centimeters", 20, "centimeter", "global sea level rise since 1900"),
            ln("more than two inches", 2, "inch", "sea level rise in the last 20 years",
               approx=True),
            ln("5 centimeters", 5, "centimeter", "sea level rise in the last 20 years"),
            dur("the last 20 years", 20, "year", "recent period of sea level rise"),
            ln("at least 3 feet", 3, "foot", "sea level rise we are locked into", approx=True),
            ln("0.9 meter", 0.9, "meter", "sea level rise we are locked into"),
            dur("100 years", 100, "year", "possible time for 3 feet of sea level rise"),
            dur("200 years", 200, "year", "possible time for 3 feet of sea level rise"),
        ],
    },
    {
        "id": "qt20-11",
        "source": "usgov:www.climate.gov",
        "url": "https://www.climate.gov/maps-data/data-snapshots/data-source-30-yr-averages-month-precip",
        "title": "30-yr averages by month: Precip",
        "published": None,
        "truncated": True,
        "note": ("NOAA Climate.gov data-source page; no date. Cut by the store inside the last "
                 "answer; kept to the last complete paragraph. Question headings kept as "
                 "paragraphs. 'an average of zero measurable precipitation' has no unit and is "
                 "not annotated; '1981-2010' are years. '8 or more inches': the qualifier sits "
                 "inside the span (approximate)."),
        "paragraphs": [
            "How much rain and snow usually fall this month?",
            "Based on daily observations from 1981-2010, colors on the map show long-term average "
            "precipitation totals in each climate division for the month displayed. The darker "
            "the color, the higher the total precipitation.",
            "Where do these measurements come from?",
            "Daily totals of rain and snow come from weather stations in the Global Historical "
            "Climatology Network. Volunteer observers or automated instruments gathered the data "
            "from 1981 to 2010 and submitted it to the National Center for Environmental "
            "Information (NCEI). After scientists checked the quality of the data to omit any "
            "systematic errors, they calculated each station’s monthly total and plotted it on a "
            "gridded map. To fill the grid, a computer program applied a mathematical filter that "
            "accounts for the distribution of stations and the terrain. The total precipitation "
            "for each climate division is the average of all grid point values within its "
            "boundaries.",
            "What do the colors mean?",
            "White areas on the map received an average of zero measurable precipitation during "
            "the month from 1981-2010. Areas shown in the lightest green received a monthly "
            "average of less than one inch of water from rain or snow over the 30 years. The "
            "darker the color on the map, the higher the average precipitation total for the "
            "month. Areas shown in dark blue received an average of 8 or more inches of water "
            "that fell as either rain or snow.",
            "Why do these data matter?",
            "Understanding these values provides insight into the “normal” conditions for a "
            "month. This type of information is widely used across an array of planning "
            "activities, from designing energy distribution networks, to the timing of crop and "
            "plant emergence, to choosing the right place and time for recreational activities.",
        ],
        "quantities": [
            ln("less than one inch", 1, "inch", "monthly average precipitation, lightest green",
               approx=True),
            dur("30 years", 30, "year", "averaging period"),
            ln("8 or more inches", 8, "inch", "monthly average precipitation, dark blue",
               approx=True),
        ],
    },
    {
        "id": "qt20-12",
        "source": "usgov:www.usgs.gov",
        "url": "http://www.usgs.gov/newsroom/article_pf.asp?ID=2916",
        "title": "River Levels Set Records in 10 States",
        "published": "2011-08-31",
        "truncated": True,
        "note": ("USGS news release (print view). Removed: the newsroom header lines, the contact "
                 "names and telephone numbers, the subtitle, 'Bookmark and Share' and trailing "
                 "spaces. Cut by the store inside the last sentence; kept to the last complete "
                 "sentence. 'more than 80 U.S. Geological Survey streamgages': span 'more than "
                 "80'. 'the past few weeks' = 3 weeks (approximate)."),
        "paragraphs": [
            "Editors note: this news release will be updated online with more information on the "
            "streamgage records being set by state as it becomes available.",
            "Updated September 1: includes more information on streamgage records set in each "
            "state. Also includes information on records set in Puerto Rico.",
            "Rivers and streams are reaching record levels as a result of Hurricane Irene’s "
            "rainfall, with more than 80 U.S. Geological Survey streamgages measuring record "
            "peaks.",
            "The northeast is seeing the bulk of the records, as higher than average precipitation "
            "the past few weeks had saturated the ground in many locations prior to Irene’s "
            "arrival.",
            "While some rivers have already crested, or reached their highest levels, other rivers "
            "are still expected to rise.",
            "Immediately after the worst of the storm had passed, USGS hydrologists from North "
            "Carolina to Maine deployed to measure high-water marks at rivers and streams and to "
            "verify high river flows and peak stages. The crews also calibrated and repaired "
            "streamgages damaged by the storm to ensure they continued to transmit information in "
            "real time to users working to protect lives and property.",
            "To date, records have been set on rivers and streams in Connecticut, Delaware, Maine, "
            "Maryland, Massachusetts, New Hampshire, New Jersey, New York, Pennsylvania, Vermont "
            "and Puerto Rico.",
            "The USGS, in cooperation with state and federal agencies, operates a nationwide "
            "network of more than 7,000 streamgages on inland rivers and streams.",
        ],
        "quantities": [
            c("more than 80", 80, "streamgages", "streamgages measuring record peaks",
              approx=True),
            dur("the past few weeks", 3, "week", "period of above-average precipitation",
                approx=True),
            c("more than 7,000 streamgages", 7000, "streamgages", "USGS streamgage network",
              approx=True),
        ],
    },
    {
        "id": "qt20-13",
        "source": "usgov:www.usgs.gov",
        "url": "https://webarchive.library.unt.edu/eot2008/20090115175024/http://www.usgs.gov/newsroom/article.asp?ID=1957",
        "title": "UPDATE: USGS Crews Measure Severe Flooding in the Midwest",
        "published": "2008-06-10",
        "truncated": True,
        "note": ("USGS newsroom release as archived by the UNT web archive (End of Term 2008); the "
                 "URL is the archive's. Removed: site navigation, the 'Released' and contact "
                 "lines, the link line, two map captions ('USGS streamflow gages with water levelv "
                 "above flood stage', 'Black triangles ...') and the cut last line. Double space "
                 "after 'June 8.' kept. '500-year' (flood) is a compound adjective (duration, the "
                 "recurrence interval). 'Several USGS streamgages': span 'Several' = 3 "
                 "(approximate). '1913' and 'June 8' are dates."),
        "paragraphs": [
            "Reporters: Want to accompany a U.S. Geological Survey (USGS) field crew as they "
            "measure flooding?  Please refer to state contacts listed on each press release below "
            "found at the link below.",
            "Heavy rainfall across the Midwest has caused major flooding.",
            "USGS field crews will be out in the field collecting critical streamflow data that "
            "are vital for protection of life, property and the environment.",
            "Rainfall of up to 10 inches resulted in record flooding in parts of Indiana. Several "
            "USGS streamgages recorded levels above those of the great flood of 1913. In Iowa the "
            "Winnebago River was 10 feet above flood stage on June 8.  Many rivers in northeast "
            "Iowa exceeded the estimated 500-year flood. Flooding in southern Wisconsin is also "
            "severe; water levels exceeded historic peaks on many rivers and streams following "
            "12-14 inches of rain in some locations. Flooding has also occurred in parts of "
            "Missouri, Illinois, Nebraska, and South Dakota.",
            "USGS streamgages data are used by the National Weather Service (NWS) to develop flood "
            "forecasts, the U.S. Army Corps of Engineers to manage flood control, and the various "
            "state and local agencies in their flood response activities.",
        ],
        "quantities": [
            ln("up to 10 inches", 10, "inch", "rainfall in Indiana", approx=True),
            c("Several", 3, "streamgages", "streamgages above the 1913 flood", approx=True),
            ln("10 feet", 10, "foot", "Winnebago River above flood stage"),
            dur("500-year", 500, "year", "flood exceeded by rivers in northeast Iowa"),
            ln("12-14 inches", 12, "inch", "rain in southern Wisconsin", high=14),
        ],
    },
    {
        "id": "qt20-14",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/todayinenergy/index.php?tg=%20generation",
        "title": "Today in Energy: articles tagged generation",
        "published": None,
        "truncated": True,
        "note": ("A listing page of EIA Today in Energy headlines (December 2023 to April 2024); "
                 "the date lines, the logo and navigation were removed; each headline is a "
                 "paragraph. Title written from the tag. Cut by the store inside the last "
                 "headline; kept to the last complete one. 'nearly double' is a multiplier 2 "
                 "(approximate); '22-year' a compound adjective (duration); years and 'April 8' "
                 "are dates; 'AEO2023' is a name."),
        "paragraphs": [
            "U.S. hydropower generation expected to increase by 6% in 2024 following last year’s "
            "lows",
            "Natural gas filled in most of the drop in solar generation in Texas during April 8 "
            "eclipse",
            "Solar capacity additions are changing the shape of daily electricity supply in Texas",
            "April 8 solar eclipse will briefly limit solar electricity generation across the "
            "country",
            "Western U.S. hydropower generation fell to a 22-year low last year",
            "Wholesale U.S. electricity prices were relatively low in 2023",
            "Use of natural gas-fired generation differs in the United States by technology and "
            "region",
            "Retirements of U.S. electric generating capacity to slow in 2024",
            "Solar and battery storage to make up 81% of new U.S. electric-generating capacity in "
            "2024",
            "Nuclear reactor restarts in Japan have reduced LNG imports for electricity generation",
            "Projected zero-carbon electricity growth highly dependent on cost in parts of Asia",
            "Solar and wind to lead growth of U.S. power generation for the next two years",
            "We expect solar will supply almost all growth in U.S. electricity generation through "
            "2025",
            "U.S. battery storage capacity expected to nearly double in 2024",
            "U.S. electric capacity mix shifts from fossil fuels to renewables in AEO2023",
            "Renewable generation surpassed coal and nuclear in the U.S. electric power sector in "
            "2022",
            "First new U.S. nuclear reactor since 2016 is now in operation",
            "As solar capacity grows, duck curves are getting deeper in California",
            "Coal generation decreased in 2022, but overall U.S. emissions increased",
        ],
        "quantities": [
            p("6%", 6, "expected increase in U.S. hydropower generation in 2024"),
            dur("22-year", 22, "year", "low of western U.S. hydropower generation"),
            p("81%", 81, "share of solar and battery storage in new capacity in 2024"),
            dur("the next two years", 2, "year", "period of solar and wind growth"),
            oth("nearly double", 2, "multiplier", "growth of U.S. battery storage capacity in 2024",
                approx=True),
        ],
    },
    {
        "id": "qt20-15",
        "source": "usgov:oceanexplorer.noaa.gov",
        "url": "https://oceanexplorer.noaa.gov/ocean-facts/?pg=6",
        "title": "Ocean Exploration Facts (page 6)",
        "published": None,
        "truncated": True,
        "note": ("NOAA Ocean Exploration facts listing; each fact teaser is a paragraph; no "
                 "date. Cut by the store inside the last teaser; kept to the last complete one. "
                 "Conversions in parentheses are separate quantities without the qualifier. "
                 "'1862' and '1975' are years."),
        "paragraphs": [
            "Ocean Exploration Facts",
            "The ocean exploration facts in this section provide short answers to common or "
            "intriguing ocean questions. The questions are organized in a series of categories; "
            "click on a category to learn more about these topics.",
            "For many ocean exploration facts, content has been repurposed from essays posted "
            "elsewhere on the website; to access the original content, click on links available "
            "on individual ocean fact pages.",
            "The Pacific Ocean is the largest and deepest ocean basin on Earth, covering more than "
            "60 million square miles (155 million square kilometers) and averaging a depth of "
            "13,000 feet (4,000 meters).",
            "The temperature of ocean water varies by latitude and by depth.",
            "Bioluminescence is light produced by an organism using a chemical reaction.",
            "Ocean currents can be caused by wind, density differences in water masses caused by "
            "temperature and salinity variations, gravity, and events such as earthquakes or "
            "storms.",
            "Gas hydrates are ice-like substances that form in deep-sea sediments.",
            "Disturbances such as waves caused by strong hurricane winds do not reach the deep "
            "ocean; however, churning of surface waters can result in more food falling to the "
            "seafloor",
            "The tools used to locate underwater archaeological sites are essentially the same "
            "tools used to explore the seafloor.",
            "NOAA uses “telepresence” technology to deliver data and video in real time from ships "
            "such as NOAA Ship Okeanos Explorer to scientists, teachers, students, and members of "
            "the general public on shore.",
            "The USS Monitor was the Union Navy's first ironclad warship during the American Civil "
            "War; it sunk in 1862 off the coast of North Carolina and became the site of our "
            "nation's first national marine sanctuary in 1975.",
            "Photosynthesis and chemosynthesis are both processes by which organisms produce food; "
            "photosynthesis is powered by sunlight while chemosynthesis runs on chemical energy.",
            "Waves are caused by energy passing through the water, causing the water to move in a "
            "circular motion.",
        ],
        "quantities": [
            q("more than 60 million square miles", 6e7, "square_mile", "area",
              "area of the Pacific Ocean", True),
            q("155 million square kilometers", 1.55e8, "square_kilometer", "area",
              "area of the Pacific Ocean"),
            ln("13,000 feet", 13000, "foot", "average depth of the Pacific Ocean"),
            ln("4,000 meters", 4000, "meter", "average depth of the Pacific Ocean"),
        ],
    },
    {
        "id": "qt20-16",
        "source": "usgov:www.weather.gov",
        "url": "https://www.weather.gov/safety/heat-during",
        "title": "Heat Safety: During a heat wave",
        "published": None,
        "truncated": True,
        "note": ("NWS heat safety page; title written from the URL; no date. Removed: the NWS "
                 "banner and the collapsed section headings ('+ How to Respond to Excessive Heat "
                 "Events', '+ Safety Tips for Parents', '+ Community Interventions'). Cut by the "
                 "store inside a sentence; kept to the last complete sentence. 'the 70s' is a "
                 "temperature range 70-79 degrees Fahrenheit (approximate); '180°F to over 200°F' "
                 "one range; 'just a minute' = 1 minute (span 'a minute'). '2006' is a year."),
        "paragraphs": [
            "Stay Informed: Monitor local radio and television (including NOAA Weather Radio), "
            "internet and social media for information and updates.",
            "Even on mild days in the 70s, studies have shown that the temperature inside a "
            "parked vehicle can rapidly rise to a dangerous level for children, pets and even "
            "adults. Leaving the windows slightly open does not significantly decrease the heating "
            "rate. The effects are more severe on children because their bodies warm at a faster "
            "rate than adults. A dark dashboard or carseat can quickly reach temperatures in the "
            "range of 180°F to over 200°F. These objects heat the adjacent air by conduction and "
            "convection and also give off long wave radiation, which then heats the air trapped "
            "inside a vehicle. Follow these tips to ensure your child's safety.",
            "Touch a child's safety seat and safety belt before using it to ensure it's not too "
            "hot before securing a child",
            "Never leave a child unattended in a vehicle, even with the windows down, even for "
            "just a minute",
            "Teach children not to play in, on, or around cars. They could accidentally trap "
            "themselves in a hot vehicle.",
            "Always lock car doors and trunks--even at home--and keep keys out of children's "
            "reach.",
            "Always make sure children have left the car when you reach your destination. Don't "
            "leave sleeping infants in the car ever.",
            "If you are a public official, please download the Excessive Heat Event Guidebook for "
            "best practices during heat waves and for options that communities can use to develop "
            "their own mitigation plans. The Guidebook was developed by the Environmental "
            "Protection Agency in 2006, in collaboration with the National Oceanic and "
            "Atmospheric Administration, the Centers for Disease Control and Prevention, and the "
            "Department of Homeland Security.",
        ],
        "quantities": [
            oth("70s", 70, "fahrenheit", "air temperature on mild days", approx=True, high=79),
            oth("180°F to over 200°F", 180, "fahrenheit",
                "temperature of a dark dashboard or carseat", approx=True, high=200),
            dur("a minute", 1, "minute", "shortest time a child may not be left alone"),
        ],
    },
    {
        "id": "qt20-17",
        "source": "usgov:www.papahanaumokuakea.gov",
        "url": "https://www.papahanaumokuakea.gov/monsternet.html",
        "title": "A Real Monster: Marine Debris",
        "published": None,
        "truncated": True,
        "note": ("Papahānaumokuākea Marine National Monument (NOAA / Fish and Wildlife Service) "
                 "page; no date. Removed the image captions and credits between and after the "
                 "paragraphs; the stored text continues with captions only. 'more than 50 tons' "
                 "is a mass (the frequency 'Each year' is separate); plain 'tons' are metric "
                 "tons. 'acres of coral reef' has no number and is not annotated."),
        "paragraphs": [
            "Each year, more than 50 tons (about the weight of a dozen elephants) of marine "
            "debris washes up on the shores within Papahānaumokuākea Marine National Monument. "
            "Since this protected area is very remote (more than a thousand miles from any major "
            "city) and mostly uninhabited by humans, all of this garbage is coming from somewhere "
            "else!",
            "Each year, numerous animals get entangled in discarded fishing nets, lines and other "
            "trash, which can prevent them from foraging and surfacing to breathe, and can lead "
            "to death. Discarded nets drifting through the currents also destroy acres of coral "
            "reef, prime habitat for countless creatures. Once they have settled, they can "
            "smother the corals and prevent growth.",
        ],
        "quantities": [
            mass("more than 50 tons", 50, "metric_ton", "marine debris washing up each year",
                 approx=True),
            c("a dozen elephants", 12, "elephants", "weight comparison for the yearly debris"),
            ln("more than a thousand miles", 1000, "mile",
               "distance of the monument from any major city", approx=True),
        ],
    },
    {
        "id": "qt20-18",
        "source": "usgov:www.usace.army.mil",
        "url": "http://www.usace.army.mil/Media/NewsArchive/StoryArticleView/tabid/232/Article/478109/usace-to-place-more-than-26-million-cubic-yards-of-sand-to-restore-sandy-damage.aspx",
        "title": "USACE to place more than 26 million cubic yards of sand to restore Sandy-damaged "
                 "projects",
        "published": "2013-06-26",
        "truncated": True,
        "note": ("Army Corps of Engineers news story. The stored text holds the 'USACE' and "
                 "'Published' lines, two photo captions (each twice) and the first sentence of "
                 "the story, cut by the store. Kept: the two captions once each (the cut story "
                 "sentence is dropped). '2800 and 2900 block' are street addresses, not "
                 "quantities; 'February of 2013' is a date."),
        "paragraphs": [
            "During Construction - The U.S. Army Corps of Engineers Philadelphia District pumped "
            "667,000 cubic yards of sand onto the beach at Brigantine, NJ. Work was completed in "
            "February of 2013.",
            "SANDBRIDGE, Va. -- The hopper dredge BE Lindholm is anchored off the coast while "
            "dozers move sand that was dredged from the ocean's floor. The sand is transferred "
            "through a piping system into a strainer before it is placed on the beach. Dozers "
            "then move the sand to expand and build up the beach front. Today the crew was "
            "working between the 2800 and 2900 block of Sandpiper Rd. The $13.35 million "
            "non-federal project included the dredging and placement of approximately 2 million "
            "cubic yards of sand along public beachfront from Back Bay National Wildlife Refuge "
            "to the Dam Neck Naval facility.",
        ],
        "quantities": [
            vol("667,000 cubic yards", 667000, "cubic_yard", "sand pumped onto the beach at "
                "Brigantine"),
            usd("$13.35 million", 13.35e6, "cost of the Sandbridge project"),
            vol("approximately 2 million cubic yards", 2e6, "cubic_yard",
                "sand placed at Sandbridge", approx=True),
        ],
    },
    {
        "id": "qt20-19",
        "source": "usgov:www.nad.usace.army.mil",
        "url": "https://www.nad.usace.army.mil/Media/News-Releases/Article/558644/army-corps-completes-final-post-sandy-emergency-beach-repair-project/",
        "title": "Army Corps completes final post-Sandy emergency beach repair project",
        "published": "2014-12-22",
        "truncated": True,
        "note": ("Army Corps North Atlantic Division news release. Removed: the 'Published' line "
                 "(moved to published) and the second photo caption (the same caption with "
                 "'750,000 cubic yards'); the first caption is kept. Trailing spaces of two list "
                 "lines removed. Cut by the store inside the last paragraph; kept to the last "
                 "complete paragraph. 'last of 25 ... projects': span '25' (count). 'enough to "
                 "fill MetLife Stadium 13 times': multiplier 13. Dates are not annotated."),
        "paragraphs": [
            "With the completion Dec. 21 of the Westhampton Dunes coastal storm risk management "
            "project, the U.S. Army Corps of Engineers has completed the last of 25 post-Sandy "
            "federal beach repair projects. This project involved the placement of 1 million "
            "cubic yards of sand. (Photo by: James D'Amborsio, public affairs, New York District)",
            "* Data totals updated as of Dec. 24, 2014",
            "Sand Placement Totals:",
            "Rhode Island: 94,500 cubic yards",
            "Connecticut: 99,000 cubic yards",
            "New York: 7.03 million cubic yards",
            "New Jersey: 15.96 million cubic yards",
            "Delaware: 1.88 million cubic yards",
            "Maryland: 884,000 cubic yards",
            "Virginia: 325,000 cubic yards",
            "NEW YORK – On Dec. 21, with the completion of a project in Westhampton, NY, the U.S. "
            "Army Corps of Engineers North Atlantic Division finished its last of 25 emergency "
            "beach repair projects authorized after Hurricane Sandy. This effort, funded under the "
            "Corps' Flood Control and Coastal Emergency (FC&CE) program, served to repair and "
            "restore coastal storm risk management projects previously built by the Corps that "
            "were severely impacted by the storm.",
            "Comprising the largest emergency repair and restoration effort in USACE history, the "
            "25 FC&CE-funded projects received 26 million cubic yards of sand – enough to fill "
            "MetLife Stadium 13 times. Starting in February of 2013, sand was trucked in or "
            "pumped onto beaches from offshore to build elevated berms, repair, restore and "
            "fortify shorelines, and to help mitigate erosion. By April of 2014, 75 percent of "
            "the projects were already complete.",
        ],
        "quantities": [
            c("25", 25, "projects", "post-Sandy federal beach repair projects"),
            vol("1 million cubic yards", 1e6, "cubic_yard", "sand placed at Westhampton Dunes"),
            vol("94,500 cubic yards", 94500, "cubic_yard", "sand placed in Rhode Island"),
            vol("99,000 cubic yards", 99000, "cubic_yard", "sand placed in Connecticut"),
            vol("7.03 million cubic yards", 7.03e6, "cubic_yard", "sand placed in New York"),
            vol("15.96 million cubic yards", 15.96e6, "cubic_yard", "sand placed in New Jersey"),
            vol("1.88 million cubic yards", 1.88e6, "cubic_yard", "sand placed in Delaware"),
            vol("884,000 cubic yards", 884000, "cubic_yard", "sand placed in Maryland"),
            vol("325,000 cubic yards", 325000, "cubic_yard", "sand placed in Virginia"),
            c("25", 25, "projects", "emergency beach repair projects after Sandy"),
            c("25", 25, "projects", "FC&CE-funded projects"),
            vol("26 million cubic yards", 26e6, "cubic_yard", "sand received by the 25 projects"),
            oth("13 times", 13, "multiplier", "MetLife Stadium fills of sand"),
            p("75 percent", 75, "share of projects complete by April 2014"),
        ],
    },
    {
        "id": "qt20-20",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/articles/5-million-boost-midsize-wind-turbines-and-grid-connectivity",
        "title": "$5 Million to Boost Midsize Wind Turbines and Grid Connectivity",
        "published": None,
        "truncated": False,
        "note": ("DOE blog article; title written from the URL; no date on the stored page "
                 "(Secretary Steven Chu, 2009-2013). Removed 'You are here' and a trailing space. "
                 "'Three additional projects': span 'Three'. Kilowatt ratings of turbine designs "
                 "are compound adjectives (power)."),
        "paragraphs": [
            "Last week’s Geek-Up talked about the Energy Department's Wind for Schools program and "
            "how it is helping schools use wind turbines to power their classrooms. Yesterday, "
            "U.S. Energy Secretary Steven Chu announced more than $5 million in funding to help "
            "bring wind-generated power to not only more schools, but also farms, factories and "
            "community and tribal wind energy plants across the United States.",
            "New York-based AWS Truepower, LLC and Minnesota-based WindLogics, Inc. are receiving "
            "a total of $3.4 million over two years to improve short-term wind forecasting. With "
            "better forecasting, utilities can more reliably connect variable power sources such "
            "as wind energy with electricity grids, and can decrease their need for back-up "
            "energy sources such as natural gas and hydropower.",
            "Three additional projects are receiving a total of more than $1.8 million to boost "
            "the speed and scale of midsize wind turbine technology development and deployment.",
            "Clean Green Energy, LLC, based in Brighton, Michigan, is working to bring a "
            "200-kilowatt vertical axis wind turbine design into cost effective mass production.",
            "Northern Power Systems, based in Barre, Vermont, is developing a 450-kilowatt turbine "
            "that is expected to reduce the cost of energy from midsize turbines.",
            "Texas Tech University, based in Lubbock, Texas, is designing a 500-kilowatt turbine "
            "that plans to compete on cost with fossil fuel power generation.",
            "Learn more about how DOE works to accelerate the development and deployment of clean "
            "wind energy technologies here:",
            "Niketa Kumar is a Public Affairs Specialist with the Office of Public Affairs at the "
            "Department of Energy.",
        ],
        "quantities": [
            usd("more than $5 million", 5e6, "wind power funding announced by Chu", approx=True),
            usd("$3.4 million", 3.4e6, "funding for wind forecasting"),
            dur("two years", 2, "year", "period of the forecasting funding"),
            c("Three", 3, "projects", "additional midsize wind turbine projects"),
            usd("more than $1.8 million", 1.8e6, "funding for midsize turbine projects",
                approx=True),
            oth("200-kilowatt", 200, "kilowatt", "vertical axis wind turbine design"),
            oth("450-kilowatt", 450, "kilowatt", "Northern Power Systems turbine"),
            oth("500-kilowatt", 500, "kilowatt", "Texas Tech turbine"),
        ],
    },
    {
        "id": "qt20-21",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/energyexplained/units-and-calculators/energy-conversion-calculators.php",
        "title": "Units and calculators explained: Energy conversion calculators",
        "published": None,
        "truncated": True,
        "note": ("EIA Energy Explained page; no date (factors for 2021). Calculator headings "
                 "kept as paragraphs. Kept to the diesel line (the page goes on with food "
                 "energy and scientific notation) so that the page stays under 16 quantities; "
                 "marked truncated. In each conversion line both sides are quantities: '1 short "
                 "ton' (mass), '1 kilowatthour' and the Btu values (energy, unit "
                 "british_thermal_unit), '1 cubic foot', '1 barrel', '42 U.S. gallons', '1 "
                 "gallon' (volumes); 'million Btu per barrel' is a rate. Years are dates."),
        "paragraphs": [
            "Calculators for energy used in the United States",
            "Note: Btu is British thermal units.",
            "Coal conversion calculator",
            "1 short ton = 18,934,000 Btu (based on U.S. electric power sector consumption in "
            "2021; preliminary)",
            "Electricity conversion calculator",
            "1 kilowatthour = 3,412 Btu (standard conversion factor)",
            "Natural gas conversion calculator",
            "1 cubic foot = 1,039 Btu (based on U.S. average for natural gas delivered to "
            "consumers in 2021, preliminary)",
            "Crude oil conversion calculator",
            "1 barrel = 42 U.S. gallons = 5,691,000 Btu (based on U.S. production in 2021, "
            "preliminary)",
            "Gasoline conversion calculator",
            "1 gallon = 120,238 Btu (based on U.S. finished motor gasoline [includes fuel ethanol "
            "content] consumption at 5.05 million Btu per barrel in 2021; preliminary)",
            "Diesel fuel and heating oil conversion calculator",
            "1 gallon = 137,381 Btu (for distillate fuel with 15 ppm or less sulfur content at "
            "5.77 million Btu per barrel in 2021; preliminary)",
        ],
        "quantities": [
            mass("1 short ton", 1, "short_ton", "unit amount of coal"),
            oth("18,934,000 Btu", 18934000, "british_thermal_unit", "heat content of a short ton "
                "of coal"),
            oth("1 kilowatthour", 1, "kilowatt_hour", "unit amount of electricity"),
            oth("3,412 Btu", 3412, "british_thermal_unit", "heat content of a kilowatthour"),
            vol("1 cubic foot", 1, "cubic_foot", "unit amount of natural gas"),
            oth("1,039 Btu", 1039, "british_thermal_unit",
                "heat content of a cubic foot of natural gas"),
            vol("1 barrel", 1, "barrel", "unit amount of crude oil"),
            vol("42 U.S. gallons", 42, "gallon", "volume of a barrel"),
            oth("5,691,000 Btu", 5691000, "british_thermal_unit",
                "heat content of a barrel of crude oil"),
            vol("1 gallon", 1, "gallon", "unit amount of gasoline"),
            oth("120,238 Btu", 120238, "british_thermal_unit", "heat content of a gallon of "
                "gasoline"),
            rate("5.05 million Btu per barrel", 5.05e6, "british_thermal_unit/barrel",
                 "heat content of finished motor gasoline"),
            vol("1 gallon", 1, "gallon", "unit amount of diesel fuel and heating oil"),
            oth("137,381 Btu", 137381, "british_thermal_unit",
                "heat content of a gallon of distillate fuel"),
            rate("5.77 million Btu per barrel", 5.77e6, "british_thermal_unit/barrel",
                 "heat content of distillate fuel"),
        ],
    },
    {
        "id": "qt20-22",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/Energyexplained/units-and-calculators/",
        "title": "Units and calculators explained",
        "published": None,
        "truncated": True,
        "note": ("EIA Energy Explained page; list items are paragraphs; no date. Kept to the "
                 "end of the barrel examples (the page goes on with Btu content), marked "
                 "truncated. 'a short ton', 'a metric ton' and '1 barrel' of crude oil or of dry "
                 "measure are annotated (1 unit); the barrels of cement, flour and pork or fish "
                 "are units of weight and only their pounds are annotated. 'a person', 'a drum' "
                 "are not quantities."),
        "paragraphs": [
            "Physical units are measures of distances, areas, volumes, heights, weights, mass, "
            "force, and energy. We use different physical units to measure different types of "
            "energy or fuels:",
            "Barrels or gallons for liquid petroleum fuels (such as gasoline, diesel fuel, and jet "
            "fuel) and biofuels (ethanol and biodiesel)",
            "Cubic feet for natural gas",
            "Tons for coal (a short ton equals 2,000 pounds; a metric ton equals about 2,205 "
            "pounds)",
            "Kilowatthours for electricity",
            "To compare fuels with each other, we need to convert their measurements to the same "
            "units.",
            "A barrel is a unit of volume or weight that is different depending on who uses the "
            "term and what it contains.",
            "For example",
            "1 barrel (b) of crude oil or petroleum products = 42 U.S. gallons",
            "1 barrel of Portland cement = 376 pounds",
            "1 barrel of flour = 196 pounds",
            "1 barrel of pork or fish = 200 pounds",
            "1 barrel of (U.S.) dry measure = 3.29122 bushels or 4.2104 cubic feet",
            "A barrel may be called a drum, but a drum usually holds 55 gallons.",
            "A barrel is big enough to carry a person over Niagara Falls.",
        ],
        "quantities": [
            mass("a short ton", 1, "short_ton", "unit amount of coal"),
            mass("2,000 pounds", 2000, "pound", "weight of a short ton"),
            mass("a metric ton", 1, "metric_ton", "unit amount of coal"),
            mass("about 2,205 pounds", 2205, "pound", "weight of a metric ton", approx=True),
            vol("1 barrel", 1, "barrel", "unit amount of crude oil or petroleum products"),
            vol("42 U.S. gallons", 42, "gallon", "volume of a barrel of crude oil"),
            mass("376 pounds", 376, "pound", "weight of a barrel of Portland cement"),
            mass("196 pounds", 196, "pound", "weight of a barrel of flour"),
            mass("200 pounds", 200, "pound", "weight of a barrel of pork or fish"),
            vol("1 barrel", 1, "barrel", "unit amount of U.S. dry measure"),
            vol("3.29122 bushels", 3.29122, "bushel", "volume of a dry barrel"),
            vol("4.2104 cubic feet", 4.2104, "cubic_foot", "volume of a dry barrel"),
            vol("55 gallons", 55, "gallon", "volume a drum usually holds"),
        ],
    },
    {
        "id": "qt20-23",
        "source": "usgov:www.eia.doe.gov",
        "url": "https://webarchive.library.unt.edu/eot2008/20090102202818/http://www.eia.doe.gov/basics/conversion_basics.html",
        "title": "Energy Conversion Basics",
        "published": None,
        "truncated": False,
        "note": ("EIA page as archived by the UNT web archive (End of Term 2008); the URL is the "
                 "archive's; title written from the URL. Kept: the introduction and the 'BTU "
                 "Content of Common Energy Units' list. Removed: the joule conversion table (its "
                 "cells are split over lines), the list of links ('Not Just for Kids', "
                 "'Factors for Converting Energy Units', ...). The list heading and the barrel "
                 "entry, wrapped over two lines in the store, are joined with a space. Verbatim "
                 "oddity kept: 'cubic feethow' (a lost dash). Both sides of each line are "
                 "quantities (see qt20-21)."),
        "paragraphs": [
            "Tons, barrels, cubic feethow do you compare apples and oranges? To make meaningful "
            "comparisons of energy commodities, you must convert physical units of measure (such "
            "as weight or volume) and the energy content of each fuel to comparable units. One "
            "practical way to compare different fuels is to convert them into units of heat "
            "content, such as British thermal units (Btu), joules, or calories. The Btu is the "
            "measure of thermal energy used most frequently in the United States. The following "
            "factors may be used to convert U.S. thermal energy units to metric energy units "
            "(joules):",
            "BTU Content of Common Energy Units",
            "1 barrel (42 gallons) of crude oil = 5,800,000 Btu",
            "1 gallon of gasoline = 124,000 Btu",
            "1 gallon of heating oil or diesel fuel = 139,000 Btu",
            "1 cubic foot of natural gas = 1,028 Btu",
            "1 gallon of propane = 91,000 Btu",
            "1 short ton of coal = 21,169,000 Btu",
            "1 kilowatthour of electricity = 3,412 Btu",
        ],
        "quantities": [
            vol("1 barrel", 1, "barrel", "unit amount of crude oil"),
            vol("42 gallons", 42, "gallon", "volume of a barrel"),
            oth("5,800,000 Btu", 5800000, "british_thermal_unit",
                "heat content of a barrel of crude oil"),
            vol("1 gallon", 1, "gallon", "unit amount of gasoline"),
            oth("124,000 Btu", 124000, "british_thermal_unit", "heat content of a gallon of "
                "gasoline"),
            vol("1 gallon", 1, "gallon", "unit amount of heating oil or diesel fuel"),
            oth("139,000 Btu", 139000, "british_thermal_unit",
                "heat content of a gallon of heating oil or diesel"),
            vol("1 cubic foot", 1, "cubic_foot", "unit amount of natural gas"),
            oth("1,028 Btu", 1028, "british_thermal_unit",
                "heat content of a cubic foot of natural gas"),
            vol("1 gallon", 1, "gallon", "unit amount of propane"),
            oth("91,000 Btu", 91000, "british_thermal_unit", "heat content of a gallon of "
                "propane"),
            mass("1 short ton", 1, "short_ton", "unit amount of coal"),
            oth("21,169,000 Btu", 21169000, "british_thermal_unit",
                "heat content of a short ton of coal"),
            oth("1 kilowatthour", 1, "kilowatt_hour", "unit amount of electricity"),
            oth("3,412 Btu", 3412, "british_thermal_unit", "heat content of a kilowatthour"),
        ],
    },
    {
        "id": "qt20-24",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/femp/mojave-national-preserve",
        "title": "Mojave National Preserve",
        "published": None,
        "truncated": False,
        "note": ("DOE Federal Energy Management Program project page; no date (project completed "
                 "1998). Removed: two image alt texts and the project fact table (its labels and "
                 "values are run together in the store, e.g. 'System Size42 kW'), and the 'More "
                 "National Park Service Projects' link. '42-kW' is power, '11-kWh' energy."),
        "paragraphs": [
            "The 42-kW PV system (with 11-kWh batteries) provides 100% of the power to the visitor "
            "center.",
            "Mojave National Preserve is an early pioneer of the NPS Go Green campaign. Beyond the "
            "Hole-in-the-Wall Visitor Center area, a large bank of solar panels is tucked behind "
            "rocks, preserving visual quality. The PV panels provide power to the visitor center "
            "and have mostly eliminated the need for a noisy diesel generator.",
        ],
        "quantities": [
            oth("42-kW", 42, "kilowatt", "PV system at the Mojave National Preserve"),
            oth("11-kWh", 11, "kilowatt_hour", "batteries of the PV system"),
            p("100%", 100, "share of the visitor center's power from the PV system"),
        ],
    },
    {
        "id": "qt20-25",
        "source": "usgov:asacw.hqda.pentagon.mil",
        "url": "http://asacw.hqda.pentagon.mil/hydropower.aspx",
        "title": "Hydropower (Assistant Secretary of the Army for Civil Works)",
        "published": None,
        "truncated": True,
        "note": ("Office of the Assistant Secretary of the Army (Civil Works) page; title "
                 "written from the URL; no date. Cut by the store; kept to the last complete "
                 "paragraph. 'about 10,000 kilowatt-hours of electric energy every year': energy "
                 "(the frequency is separate); 'nearly 100 billion kilowatt-hours a year': rate. "
                 "'The 75 Corps plants': span '75'."),
        "paragraphs": [
            "The average American home uses about 10,000 kilowatt-hours of electric energy every "
            "year. Hydropower is an important source of that energy. It provides electricity to "
            "light our homes and to run our appliances, televisions, computers, and many "
            "labor-saving devices. Just as important is the electricity provided to our schools, "
            "hospitals, stores, offices, farms, and factories. Hydropower is renewable, efficient, "
            "clean, reliable and flexible.",
            "The U.S. Army Corps of Engineers is the largest operator of hydroelectric power "
            "plants in the United States and one of the largest in the world. The 75 Corps plants "
            "have a total installed capacity of 20,474 megawatts and produce nearly 100 billion "
            "kilowatt-hours a year. This is nearly a third of the nation’s total hydropower "
            "output: enough energy to serve about ten million households, or roughly ten cities "
            "the size of Seattle, WA.",
            "The earliest hydropower plants at Corps’ projects were constructed at navigation "
            "dams, as joint efforts with electric utility companies. Later Congress authorized the "
            "Corps to construct its own power plants at dams being built for flood control, "
            "navigation and other purposes. The Corps is working hard to keep its power plants "
            "operating at peak efficiency and uses state of the art equipment to replace "
            "turbines, generators and control systems.",
            "The greatest benefit from the Corps’ hydropower program is the abundant low-cost "
            "energy the projects contribute to electric power grids. Because, hydroelectric power "
            "plants burn no fuel, operating costs are low and are immune to rising fossil fuel "
            "prices.",
            "The Corps recognizes the need to balance between improving our immediate daily "
            "environment and in preserving the natural environment around us. The impacts of dams "
            "and reservoirs are mitigated to make the operation of these projects more compatible "
            "with the environment.",
        ],
        "quantities": [
            oth("about 10,000 kilowatt-hours", 10000, "kilowatt_hour",
                "yearly electricity use of the average American home", approx=True),
            c("75", 75, "plants", "Corps hydropower plants"),
            oth("20,474 megawatts", 20474, "megawatt", "installed capacity of Corps plants"),
            rate("nearly 100 billion kilowatt-hours a year", 1e11, "kilowatt_hour/year",
                 "output of Corps plants", approx=True),
            q("nearly a third", 1 / 3, "fraction", "percent", "Corps share of U.S. hydropower",
              True),
            c("about ten million households", 1e7, "households", "households served",
              approx=True),
            c("roughly ten cities", 10, "cities", "Seattle-sized cities served", approx=True),
        ],
    },
    {
        "id": "qt20-26",
        "source": "usgov:www.iwr.usace.army.mil",
        "url": "https://www.iwr.usace.army.mil/Missions/Value-to-the-Nation/Fast-Facts/Hydropower-Fast-Facts/",
        "title": "Value to the Nation: Hydropower Fast Facts",
        "published": None,
        "truncated": False,
        "note": ("Army Corps Institute for Water Resources page; no date (data for 2019). "
                 "Removed: the site header lines, the logo alt text, and the image alt text 'VTN "
                 "Fast Facts map' run into the first sentence. '2019' is a year."),
        "paragraphs": [
            "USACE is the largest owner and operator of hydroelectric power plants in the U.S. and "
            "one of the largest in the world. The 75 USACE plants have a total installed capacity "
            "of approximately 23,900 megawatts (MW), with approximately 60 percent located in the "
            "Pacific Northwest. This capability generates about 25 percent of the nation's "
            "hydroelectric power and represents approximately 3 percent of the nation's total "
            "electric-generating capacity.",
            "The latest Hydropower Fast Facts data available is for 2019. Reports can be selected "
            "by national, project, state, USACE Division, or USACE District level.",
        ],
        "quantities": [
            c("75", 75, "plants", "USACE hydropower plants"),
            oth("approximately 23,900 megawatts", 23900, "megawatt",
                "installed capacity of USACE plants", approx=True),
            p("approximately 60 percent", 60, "share of capacity in the Pacific Northwest",
              approx=True),
            p("about 25 percent", 25, "USACE share of U.S. hydroelectric power", approx=True),
            p("approximately 3 percent", 3, "USACE share of U.S. generating capacity",
              approx=True),
        ],
    },
    {
        "id": "qt20-27",
        "source": "usgov:usda.gov",
        "url": "https://usda.gov/node/12028",
        "title": "USDA Invests $1.7 Billion to Protect Sensitive Agricultural Lands through "
                 "Conservation Reserve Program",
        "published": "2016-10-28",
        "truncated": True,
        "note": ("USDA press release. Removed: skip links, the 'Press Release' label and the "
                 "headline (moved to title); the subheading is kept. Cut by the store inside a "
                 "sentence; kept to the last complete sentence. 'double the pace' is a "
                 "multiplier 2. Fiscal years are dates."),
        "paragraphs": [
            "More than Half a Million Americans Involved with Protecting 24 Million Acres",
            "WASHINGTON, Oct. 28, 2016 - The U.S. Department of Agriculture (USDA) will issue "
            "nearly $1.7 billion in payments to more than half of a million Americans who have "
            "contracts with the government to protect sensitive agricultural lands. The "
            "investment, part of the voluntary USDA Conservation Reserve Program (CRP), will allow "
            "producers to protect almost 24 million acres of wetlands, grasslands and wildlife "
            "habitat in 2016.",
            "CRP provides financial assistance to farmers and ranchers who remove environmentally "
            "sensitive land from production to be planted with certain grasses, shrubs and trees "
            "that improve water quality, prevent soil erosion, and increase wildlife habitat. In "
            "return for enrolling in CRP, USDA, through the Farm Service Agency (FSA), provides "
            "participants with rental payments and cost-share assistance. Landowners enter into "
            "contracts that last between 10 and 15 years.",
            "\"We have seen record demand to participate in this important program,\" said "
            "Vilsack. \"Despite the current enrollment limit of 24 million acres, USDA is "
            "committed to continuing our important partnerships with farmers, ranchers, state and "
            "local governments and sportsmen to maintain the environmental benefits provided by "
            "the Conservation Reserve Program.\"",
            "More than 1.3 million acres were newly enrolled in CRP in fiscal year 2016 using the "
            "continuous enrollment authority, double the pace of the previous year. In fiscal "
            "year 2016, FSA also accepted 411,000 acres through its general enrollment authority, "
            "plus 101,000 acres in the new CRP-Grasslands program, which balances conservation "
            "with working lands.",
        ],
        "quantities": [
            person("More than Half a Million Americans", 500000, "Americans in CRP contracts",
                   approx=True),
            q("24 Million Acres", 24e6, "acre", "area", "land protected under CRP"),
            usd("nearly $1.7 billion", 1.7e9, "CRP payments", approx=True),
            person("more than half of a million Americans", 500000,
                   "Americans with CRP contracts", approx=True),
            q("almost 24 million acres", 24e6, "acre", "area", "land protected in 2016", True),
            dur("between 10 and 15 years", 10, "year", "length of CRP contracts", high=15),
            q("24 million acres", 24e6, "acre", "area", "CRP enrollment limit"),
            q("More than 1.3 million acres", 1.3e6, "acre", "area",
              "acres newly enrolled by continuous enrollment", True),
            oth("double", 2, "multiplier", "pace of continuous enrollment versus the year before"),
            q("411,000 acres", 411000, "acre", "area", "acres accepted by general enrollment"),
            q("101,000 acres", 101000, "acre", "area", "acres in CRP-Grasslands"),
        ],
    },
    {
        "id": "qt20-28",
        "source": "usgov:www.weather.gov",
        "url": "https://www.weather.gov/jetstream/tsu_prop",
        "title": "Tsunami Propagation",
        "published": None,
        "truncated": False,
        "note": ("NWS JetStream page; no date. Removed: the NWS banner, the headline (moved to "
                 "title), the 'Take it to the MAX!' link, an image caption and the 'Fast Facts' "
                 "heading. Speeds (mph, km/h) are kind rate. '32.2 feet (9.8 meters) per second "
                 "squared' is one quantity (an acceleration, unit foot/second**2, kind other) "
                 "whose span includes the inserted conversion. 'hundreds of miles' = 200 miles "
                 "(approximate); 'rarely more than three feet': span 'more than three feet'."),
        "paragraphs": [
            "Once generated, tsunamis radiate outward in all directions from their source. Unlike "
            "wind waves that affect just the surface of the ocean, tsunamis propagate (move) "
            "through the entire depth of the ocean, from the surface to the floor. They move at "
            "great speeds and have tremendous energy. Large tsunamis can move across entire "
            "oceans.",
            "The speed of a tsunami depends on the depth of the water it is traveling through. The "
            "deeper the water, the faster the tsunami.",
            "In the deep ocean, tsunamis can move as fast as a jet plane, over 500 mph (800 km/h), "
            "and can cross entire oceans in less than a day.",
            "The distance between waves is the wavelength. Because of a tsunami's long "
            "wavelengths, which can be hundreds of miles, a tsunami is barely noticeable in the "
            "deep ocean and rarely more than three feet (one meter) high.",
            "Mariners at sea will not normally notice a tsunami as it passes beneath their hulls.",
            "As a tsunami enters shallow water near land, it slows down, wavelengths decrease, "
            "waves grow in height, and currents intensify. At the shore, most tsunamis slow to the "
            "speed of a car, approximately 20 to 30 mph (30 to 50 km/h).",
            "Tsunami speed can be computed by taking the square root of the product of the "
            "acceleration of gravity, which is 32.2 feet (9.8 meters) per second squared, and "
            "water depth. In 15,000 feet (4,600 meters) of water, this works out to almost 475 mph "
            "(765 km/h).",
            "At rates like this, a tsunami will travel from Alaska's Aleutian Islands to Hawaii in "
            "about five hours; or from the Portugal coast to North Carolina in eight and a half "
            "hours.",
        ],
        "quantities": [
            rate("over 500 mph", 500, "mile/hour", "tsunami speed in the deep ocean", approx=True),
            rate("800 km/h", 800, "kilometer/hour", "tsunami speed in the deep ocean"),
            dur("less than a day", 1, "day", "time for a tsunami to cross an ocean", approx=True),
            ln("hundreds of miles", 200, "mile", "tsunami wavelength", approx=True),
            ln("more than three feet", 3, "foot", "tsunami height in the deep ocean",
               approx=True),
            ln("one meter", 1, "meter", "tsunami height in the deep ocean"),
            rate("approximately 20 to 30 mph", 20, "mile/hour", "tsunami speed at the shore",
                 approx=True, high=30),
            rate("30 to 50 km/h", 30, "kilometer/hour", "tsunami speed at the shore", high=50),
            oth("32.2 feet (9.8 meters) per second squared", 32.2, "foot/second**2",
                "acceleration of gravity"),
            ln("15,000 feet", 15000, "foot", "water depth of the example"),
            ln("4,600 meters", 4600, "meter", "water depth of the example"),
            rate("almost 475 mph", 475, "mile/hour", "tsunami speed in 15,000 feet of water",
                 approx=True),
            rate("765 km/h", 765, "kilometer/hour", "tsunami speed in 15,000 feet of water"),
            dur("about five hours", 5, "hour", "tsunami travel time from the Aleutians to Hawaii",
                approx=True),
            dur("eight and a half hours", 8.5, "hour",
                "tsunami travel time from Portugal to North Carolina"),
        ],
    },
    {
        "id": "qt20-29",
        "source": "usgov:drupal-www.climate.woc.noaa.gov",
        "url": "https://drupal-www.climate.woc.noaa.gov/maps-data/data-snapshots/averagetemp-monthly-cmb-2021-08-00",
        "title": "Data Snapshots: Average Monthly Temperature (August 2021)",
        "published": None,
        "truncated": True,
        "note": ("NOAA Climate.gov data snapshot (staging host); title written from the page and "
                 "the URL. Removed: the site notice about broken snapshots and the 'read more' "
                 "links. Cut by the store ('the sta...'); kept to the last complete sentence. "
                 "'cooler than 50°F' and 'warmer than 50°F': span '50°F' (the threshold), "
                 "'near 50°F' approximate."),
        "paragraphs": [
            "Average Monthly Temperature",
            "What was the average temperature?",
            "Colors show the average monthly temperature across each of the 344 climate divisions "
            "of the contiguous United States. Climate divisions shown in white or very light "
            "colors had average temperatures near 50°F. Blue areas on the map were cooler than "
            "50°F; the darker the blue, the cooler the average temperature. Orange to red areas "
            "were warmer than 50°F; the darker the shade, the warmer the monthly average "
            "temperature.",
            "Where do these measurements come from?",
            "Temperature readings come from weather stations in the Global Historical Climatology "
            "Network. Scientists collect the highest and lowest temperature of the day at each "
            "station for the entire month.",
        ],
        "quantities": [
            c("344 climate divisions", 344, "climate divisions",
              "climate divisions of the contiguous United States"),
            oth("near 50°F", 50, "fahrenheit", "average temperature of white areas", approx=True),
            oth("50°F", 50, "fahrenheit", "threshold of blue areas"),
            oth("50°F", 50, "fahrenheit", "threshold of orange to red areas"),
        ],
    },
    {
        "id": "qt20-30",
        "source": "usgov:www.weather.gov",
        "url": "https://www.weather.gov/safety/cold-outreach",
        "title": "Cold Outreach FAQ",
        "published": None,
        "truncated": False,
        "note": ("NWS cold safety page; no date. Removed: the NWS banner and the collapsed "
                 "section headings ('+What is Frostbite?', '+What is Hypothermia?', '+Dress for "
                 "safety'); bullet items are paragraphs. Ages are thresholds ('under the age of "
                 "two', 'over the age of 65': spans 'two' and '65', unit year, kind other). 'below "
                 "95°F' and 'above 69°F' are approximate (bounds)."),
        "paragraphs": [
            "Hypothermia occurs when your body temperature falls below 95°F. Determine your "
            "temperature with a thermometer.",
            "Warning signs include uncontrollable shivering, memory loss, disorientation, "
            "incoherence, slurred speech, drowsiness and exhaustion.",
            "Get medical attention immediately. If you can't get help quickly, begin warming the "
            "body SLOWLY. Warm the body core first, NOT the extremities. Warming extremities first "
            "drives the cold blood to the heart and can cause the body temperature to drop "
            "further--which may lead to heart failure.",
            "If you are helping someone with hypothermia, get the person into dry clothing and "
            "wrap them in a warm blanket. Be sure to cover their head and neck.",
            "Do not give the person alcohol, drugs, coffee, or any HOT beverage or food. WARM "
            "broth and food is better.",
            "About 20% of cold related deaths occur in the home. Young children under the age of "
            "two and the elderly (those over the age of 65) are most susceptible to hypothermia.",
            "Hypothermia can set in over a period of time. Keep the thermostat above 69°F, wear "
            "warm clothing, eat food for warmth, and drink plenty of water or fluids other than "
            "alcohol and caffeine to stay hydrated.",
            "Avoid alcohol because it will LOWER your body temperature.",
            "The best way to avoid hypothermia and frostbite is to stay warm and dry indoors and "
            "outdoors. If you must go outside, wear several layers of loose-fitting, lightweight, "
            "warm clothing. Trapped air between the layers will insulate you. Remove layers to "
            "avoid sweating and chill. Outer garments should be tightly woven, water repellent and "
            "hooded. Wear a hat because much of your body heat can be lost from your head. Cover "
            "your mouth to protect your lungs from extreme cold. Mittens, snug at the wrist, are "
            "better than gloves. Try to stay out of the wind.",
        ],
        "quantities": [
            oth("below 95°F", 95, "fahrenheit", "body temperature of hypothermia", approx=True),
            p("About 20%", 20, "share of cold related deaths in the home", approx=True),
            oth("two", 2, "year", "age below which children are most susceptible"),
            oth("65", 65, "year", "age above which the elderly are most susceptible"),
            oth("above 69°F", 69, "fahrenheit", "thermostat setting", approx=True),
            c("several layers", 3, "layers", "layers of clothing to wear", approx=True),
        ],
    },
    {
        "id": "qt20-31",
        "source": "usgov:www.acf.hhs.gov",
        "url": "http://www.acf.hhs.gov/programs/ohsepr/news/know-the-dangers-of-cold-weather",
        "title": "Know the Dangers of Cold Weather",
        "published": None,
        "truncated": False,
        "note": ("HHS Administration for Children and Families (emergency preparedness office) "
                 "news item; no date. 'as low as -20°F to -50°F' is one range written high to low "
                 "(value -50, value_high -20, approximate). 'several locations' = 3 "
                 "(approximate), 'the past several days' = 3 days (approximate)."),
        "paragraphs": [
            "A bitterly cold, arctic air mass brought dangerously-low temperatures and wind chill "
            "values across the central and eastern U.S., with several locations approaching or "
            "exceeding record lows. Afternoon highs across the Midwest and Ohio Valley were below "
            "0°F with wind chill values from the Northern Plains to the Central Appalachians were "
            "reported as low as -20°F to -50°F.",
            "In the past several days, media have been talking about the dangers associated with "
            "the cold weather. Exposure to low wind chill values could lead to frostbite and "
            "hypothermia. Wind chill temperature is how cold people and animals feel when "
            "outside. Wind chill is based on the rate of heat loss from exposed skin caused by "
            "wind and cold. The wind makes it feel much colder.",
        ],
        "quantities": [
            c("several locations", 3, "locations", "locations near record lows", approx=True),
            oth("below 0°F", 0, "fahrenheit", "afternoon highs in the Midwest", approx=True),
            oth("as low as -20°F to -50°F", -50, "fahrenheit", "wind chill values", approx=True,
                high=-20),
            dur("the past several days", 3, "day", "period of media attention", approx=True),
        ],
    },
    {
        "id": "qt20-32",
        "source": "usgov:performance.gov",
        "url": "https://federalist-5232e959-9997-4f27-a482-3c19a3c9590f.sites.pages.cloud.gov/preview/gsa/interimperformance-dot-gov-2018/hr-dashboard-test/agencies/DOC/apg/goal-2",
        "title": "Increase conservation of America’s coastal land and waters",
        "published": None,
        "truncated": False,
        "note": ("A Department of Commerce (NOAA) agency priority goal as shown on a GSA preview "
                 "build of performance.gov (cloud.gov host). Removed: the goal title (moved to "
                 "title) and the block naming the goal leaders. 'September 30, 2023' is a date."),
        "paragraphs": [
            "By September 30, 2023, in support of the America the Beautiful initiative, NOAA will "
            "advance formal designation or expansion processes to conserve at least 590,000 "
            "square miles of additional coastal and marine habitats as National Marine "
            "Sanctuaries or National Estuarine Research Reserves (NERRs) to help ensure that "
            "nationally significant resources continue to provide economic, social, and "
            "environmental benefits for future generations.",
        ],
        "quantities": [
            q("at least 590,000 square miles", 590000, "square_mile", "area",
              "coastal and marine habitats to conserve", True),
        ],
    },
    {
        "id": "qt20-33",
        "source": "usgov:www.wapa.gov",
        "url": "https://www.wapa.gov/about-wapa/power-projects/",
        "title": "Power projects (Western Area Power Administration)",
        "published": None,
        "truncated": True,
        "note": ("WAPA page; title written from the URL; no date. The store holds two versions "
                 "of this address; this is the first (project summaries with capacities). Kept "
                 "to the end of the Central Valley paragraph (the page goes on with "
                 "Falcon-Amistad and others), marked truncated. 'circuit-miles' are miles "
                 "(length); 'acre-feet' is the unit acre_foot (volume). Verbatim: 'Western Area "
                 "Power Administrations’'."),
        "paragraphs": [
            "Western Area Power Administrations’ hydropower resources are produced at Federal dams "
            "in 11 states.",
            "Boulder Canyon: Straddling the Colorado River near the Arizona-Nevada border, Hoover "
            "Dam in Boulder Canyon creates Lake Mead. River waters turning turbines at Hoover "
            "Powerplant produce about 2,074 MW–enough electricity for nearly 8 million people. "
            "WAPA markets this power to public utilities in Arizona, California and Nevada over "
            "53.30 circuit-miles of transmission line.",
            "Central Valley: In California’s Central Valley, 18 dams create reservoirs that can "
            "store 13 million acre-feet of water. The project’s 615 miles of canals irrigate an "
            "area 400 miles long and 45 miles wide–almost one-third of California. Powerplants at "
            "the dams have an installed capacity of 2,112 megawatts and provide enough energy for "
            "650,000 people. Transmission lines total about 956 circuit-miles.",
        ],
        "quantities": [
            c("11 states", 11, "states", "states with WAPA federal dams"),
            oth("about 2,074 MW", 2074, "megawatt", "output of Hoover Powerplant", approx=True),
            person("nearly 8 million people", 8e6, "people served by Hoover power", approx=True),
            ln("53.30 circuit-miles", 53.3, "mile", "Boulder Canyon transmission line"),
            c("18 dams", 18, "dams", "dams of the Central Valley project"),
            vol("13 million acre-feet", 1.3e7, "acre_foot", "storage of Central Valley reservoirs"),
            ln("615 miles", 615, "mile", "canals of the Central Valley project"),
            ln("400 miles", 400, "mile", "length of the irrigated area"),
            ln("45 miles", 45, "mile", "width of the irrigated area"),
            q("almost one-third", 1 / 3, "fraction", "percent",
              "share of California irrigated by the project", True),
            oth("2,112 megawatts", 2112, "megawatt", "installed capacity of Central Valley "
                "powerplants"),
            person("650,000 people", 650000, "people supplied by Central Valley power"),
            ln("about 956 circuit-miles", 956, "mile", "Central Valley transmission lines",
               approx=True),
        ],
    },
]

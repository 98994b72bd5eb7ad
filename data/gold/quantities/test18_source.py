"""Readable source of the sealed quantities test set ``test18.jsonl`` (annotated blind by sqy18).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test18.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

from checklib import quantity_record as q  # one definition for every quantities source


def mw(text, value, about, approx=False, high=None):
    """Return a megawatt (power) record: kind other, not normalized."""
    return q(text, value, "megawatt", "other", about, approx, high)


def c(text, value, counted, about, approx=False, high=None, after=None):
    """Return a count record (unit count, kind count)."""
    return q(text, value, "count", "count", about, approx, high, counted=counted, after=after)


def p(text, value, about, approx=False, high=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high)


def person(text, value, about, approx=False, high=None):
    """Return a person count record."""
    return q(text, value, "person", "count", about, approx, high)


LISTING = ("A listing page of news teasers: each item's headline and teaser are kept as "
           "paragraphs; the 'Date published' lines, tag labels and navigation were removed.")

DOCS = [
    {
        "id": "qt18-01",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/east-asia-pacific/least-12-people-dead-after-heavy-rains-floods-southern-china",
        "title": "At Least 12 People Dead After Heavy Rains, Floods in Southern China",
        "published": None,
        "truncated": False,
        "note": ("Removed: 'Accessibility links', 'Breaking News', the headline (moved to title), "
                 "the photo and its caption (dated June 28, 2020; the page shows no story date), "
                 "the VOA News byline box, 'More Asia News', 'The Day in Photos' and the size "
                 "switcher. Verbatim oddity kept: 'more $3.6 billion' (no 'than'); the qualifier "
                 "is kept in the span and read as 'more than'. '10 others' missing: span '10' "
                 "(person)."),
        "paragraphs": [
            "At least 12 people are dead and 10 others missing after two days of heavy rains in "
            "southwestern China.",
            "More than 7,000 people in Mianning county in Sichuan province have been evacuated "
            "from their homes, which were inundated by flash floods.",
            "The flooding triggered by the heavy rains damaged a highway and sent several cars "
            "into a river.",
            "The emergency management ministry says 78 people have died and more $3.6 billion in "
            "direct economic damages have been caused since the rains and floods began in early "
            "June.",
        ],
        "quantities": [
            person("At least 12 people", 12, "people dead after heavy rains", approx=True),
            person("10", 10, "people missing after heavy rains"),
            q("two days", 2, "day", "duration", "heavy rains in southwestern China"),
            person("More than 7,000 people", 7000, "people evacuated in Mianning county",
                   approx=True),
            person("78 people", 78, "people who died since the rains began"),
            q("more $3.6 billion", 3.6e9, "USD", "money", "direct economic damages",
              approx=True),
        ],
    },
    {
        "id": "qt18-02",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2007-09-04-voa21/404415.html",
        "title": "Hurricanes Henriette, Felix Slam Ashore in Latin America",
        "published": "2007-09-04",
        "truncated": True,
        "note": ("Removed: 'Accessibility links', 'Breaking News', the headline (moved to title). "
                 "Date from the URL. Cut by the store; kept to the last complete sentence. "
                 "'a few hours' read as 3 hours (approximate); 'the next day or two' is a range "
                 "'day or two' (1-2 days). 'two feet [60 centimeters of rain]': two lengths. "
                 "'19 American citizens': span '19' (modifier between). 'category five' and "
                 "'two weeks ago' (a point in time) are not annotated."),
        "paragraphs": [
            "Two hurricanes have hit Latin America within the span of a few hours, with Henriette "
            "charging ashore on Mexico's Baja California peninsula and Felix slamming into Central "
            "America. In Miami, VOA's Brian Wagner reports.",
            "Hurricane Felix made landfall as a category five storm, with heavy rainfall and "
            "maximum sustained winds of 260 kilometers per hour. Weather forecasters said the "
            "storm had weakened after the eye came ashore, and said it would continue to lose "
            "strength during the next day or two.",
            "Meteorologist Dennis Feltgen of the National Hurricane Center in Miami said the "
            "storm will cause heavy rains and possible flooding as it moves over mountainous "
            "areas.",
            "\"You have all this moisture all this tropical energy which is being released as the "
            "hurricane breaks up over the land area,\" said Feltgen. \"So it creates this heavy "
            "rain event, where we expect up to two feet [60 centimeters of rain] or even slightly "
            "greater amounts in some of the higher terrain of the mountains.\"",
            "The hurricane first hit land in remote, swampy areas of the Miskito Coast, and moved "
            "through villages further inland. Officials in Honduras and Nicaragua moved thousands "
            "of residents and tourists into shelters, and evacuated others from flood-prone areas "
            "ahead of the storm.",
            "U.S. military officials said a Chinook helicopter was flown in to evacuate 19 "
            "American citizens from the Honduran island of Roatan on Monday. Military officials "
            "say a team has been in Belize since Hurricane Dean hit the area two weeks ago. It is "
            "assessing damage from the storm and helping organize rebuilding efforts.",
            "Hurricane Dean also was rated a category five storm when it came ashore along the "
            "border of Mexico and Belize on the Yucatan peninsula. Meteorologist Feltgen said it "
            "is the first time two hurricanes of that strength have made landfall in the same "
            "season.",
        ],
        "quantities": [
            c("Two hurricanes", 2, "hurricanes", "hurricanes that hit Latin America"),
            q("a few hours", 3, "hour", "duration", "span in which the hurricanes hit",
              approx=True),
            q("260 kilometers per hour", 260, "kilometer/hour", "rate",
              "maximum sustained winds of Hurricane Felix"),
            q("day or two", 1, "day", "duration", "time Felix would keep losing strength",
              high=2),
            q("up to two feet", 2, "foot", "length", "expected rain in the mountains",
              approx=True),
            q("60 centimeters", 60, "centimeter", "length", "expected rain in the mountains"),
            person("thousands", 2000, "residents and tourists moved into shelters",
                   approx=True),
            person("19", 19, "American citizens evacuated from Roatan"),
            c("two hurricanes", 2, "hurricanes", "category five hurricanes making landfall in "
              "one season"),
        ],
    },
    {
        "id": "qt18-03",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/3840/?Page=5",
        "title": "Tag: hydropower (U.S. Army Corps of Engineers news, page 5)",
        "published": None,
        "truncated": True,
        "note": (LISTING + " Title written from the tag and page number. Items of July-August "
                 "2023. Cut by the store inside the last teaser; kept to its last complete "
                 "sentence. 'acre-feet' is the unit acre_foot (volume, normalized to liters); "
                 "'28.5 MAF' is 28.5 million acre-feet. 'Section 212' and 'Unit 1' are names."),
        "paragraphs": [
            "Truman and Stockton Dams produce hydropower for region: Celebrate National "
            "Hydropower Day",
            "With the National Hydropower Association declaring August 24, 2023, as National "
            "Hydropower Day, the Kansas City District wants to celebrate our hydropower plants at "
            "Harry S. Truman Lake and Stockton Lake in central Missouri. The NHA theme for this "
            "year: hydropower is the key. What does that mean? Well, hydropower is key to cleaner "
            "communities. Hydropower production does not add to greenhouse gasses that contribute "
            "to higher temperatures on earth. Water runs through turbines in the dam and produces "
            "energy by turning the turbines with assistance from gravity.",
            "Missouri River Basin drought conditions persist",
            "July runoff in the Missouri River basin above Sioux City, Iowa was 3.3 million "
            "acre-feet (MAF), 99% of average. Runoff was near or above average in all reaches "
            "except the Fort Peck reach, which was 68% of average. The annual runoff forecast "
            "above Sioux City, IA is 28.5 MAF, 111% of average.",
            "Nashville District continues hydropower modernization repairs",
            "NASHVILLE, Tenn. (July 28, 2023) —The Nashville District continues use of funds "
            "granted under the Section 212 Water Resources Development Act of 2000 for hydropower "
            "plant rehabilitation to bring generators up to date through the Hydropower "
            "Modernization Program.",
            "USACE Plans Fish Survival Testing this Fall on the Second Improved Fish Passage "
            "Turbine",
            "The U.S. Army Corps of Engineers Walla Walla District has started the installation "
            "process in Unit 1 for another adjustable blade turbine designed for improved fish "
            "passage. The Corps has been working diligently to decrease fish injury and improve "
            "survival rates through turbines designed for improved fish passage at Ice Harbor "
            "Lock and Dam.",
            "Gavins Point releases increased after System storage check",
            "Above average rainfall and fast-melting snow led to above average runoff in the "
            "upper Missouri River Basin in June.",
        ],
        "quantities": [
            q("3.3 million acre-feet", 3.3e6, "acre_foot", "volume",
              "July runoff above Sioux City"),
            p("99%", 99, "July runoff relative to average"),
            p("68%", 68, "Fort Peck reach runoff relative to average"),
            q("28.5 MAF", 2.85e7, "acre_foot", "volume", "annual runoff forecast above Sioux City"),
            p("111%", 111, "annual runoff forecast relative to average"),
        ],
    },
    {
        "id": "qt18-04",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/3394/water-management/",
        "title": "Tag: water management (U.S. Army Corps of Engineers news)",
        "published": None,
        "truncated": True,
        "note": (LISTING + " Title written from the tag. Items of July-September 2024. Cut by "
                 "the store inside the last teaser; kept to its last complete sentence. Verbatim "
                 "oddity: the Tennessee teaser ends without a period. 'cubic feet per second "
                 "(cfs)' and 'cfs' are the rate cubic_foot/second. 'Section 1135' is a name."),
        "paragraphs": [
            "Army Corps announces faster Lake Washington lake level drawdown",
            "Army Corps announces Lake Washington elevation reductions, in preparation for the "
            "Suquamish Tribal fishing season, will begin Sept. 15. Drawdown has begun, and "
            "projected lake level should reach 20.22 feet by Sept. 15.",
            "U.S. Army Corps of Engineers and State of Tennessee hold partnering meeting",
            "The U.S. Army Corps of Engineers Nashville and Memphis Districts, in collaboration "
            "with the State of Tennessee, convened a successful biennial partnering meeting on "
            "July 24, 2024. Hosted by the Tennessee Department of Environment and Conservation "
            "Commissioner David Salyers, USACE Memphis District Commander Col. Brian Sawser, and "
            "USACE Nashville District Commander Lt. Col. Robert Green, the meeting at Ellington "
            "Agricultural Center aimed to enhance the cooperation and communication between USACE "
            "and other key agencies throughout the state",
            "Jamestown and Pipestem dams increasing releases following a wet pattern",
            "The U.S. Army Corps of Engineers, Omaha District will increase releases from "
            "Jamestown Dam and Pipestem Dam beginning July 25 in response to an active rainfall "
            "pattern over recent months.",
            "Dworshak Dam to increase releases beginning July 1st.",
            "AHSAHKA, Idaho – Dworshak Dam releases will increase from 3,600 cubic feet per second "
            "(cfs) on Monday July 1 to the maximum powerhouse capacity of 9,500 cfs by the evening "
            "of Wednesday July 3 for the start of flow augmentation.",
            "USACE Jacksonville District issues NEPA Scoping Letter for North Fork St. Lucie River",
            "JACKSONVILLE, Florida (July 1, 2024) – The Jacksonville District, U.S. Army Corps of "
            "Engineers (Corps) is beginning a feasibility study and preparation of a National "
            "Environmental Policy Act (NEPA) assessment for the North Fork St. Lucie River "
            "Continuing Authorities Program (CAP) Section 1135 project.",
        ],
        "quantities": [
            q("20.22 feet", 20.22, "foot", "length", "projected Lake Washington level"),
            q("3,600 cubic feet per second", 3600, "cubic_foot/second", "rate",
              "Dworshak Dam releases before the increase"),
            q("9,500 cfs", 9500, "cubic_foot/second", "rate",
              "maximum powerhouse capacity of Dworshak Dam"),
        ],
    },
    {
        "id": "qt18-05",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/2409/?Page=9",
        "title": "Tag: dams (U.S. Army Corps of Engineers news, page 9)",
        "published": None,
        "truncated": True,
        "note": (LISTING + " Title written from the tag and page number. Items of 2020. Cut "
                 "by the store inside the next teaser; kept to the last complete one. "
                 "'less than half' is a fraction; 'the first four months' a duration. Years and "
                 "dates ('1996', 'April 24 to 30', 'May 8') are not annotated."),
        "paragraphs": [
            "Fate and flows: Oregon native keeps water moving through state",
            "PORTLAND, Ore. -- Salina Hart dreams about water. It makes sense: she grew up on the "
            "water, and often went tubing down the local Clackamas River, the North Santiam and "
            "the Long Tom. Even after the massive local floods of 1996 swelled the river, "
            "inundated her home and took out most of her neighborhood, she still loved water.",
            "Ice Jams Trigger Operation of the Moose Creek Dam on Chena River",
            "For the first time since operation of the Moose Creek Dam began in 1981, ice jams in "
            "the Chena River were the reason that the U.S. Army Corps of Engineers – Alaska "
            "District regulated stream flow to successfully prevent flooding of communities in "
            "the Fairbanks North Star Borough from April 24 to 30.",
            "Missouri River basin’s below-normal precipitation leads to lower runoff forecast; "
            "reduced Gavins Point releases",
            "Gavins Point releases will be reduced to 33,000 cubic feet per second (cfs) on "
            "Friday, May 8 following a reduction in forecast 2020 upper basin runoff. Since "
            "January, precipitation in the upper basin has been well below normal, which has led "
            "to a reduction in the runoff forecast. Some areas of the Dakotas received less than "
            "half of their normal precipitation during the first four months of 2020.",
            "Army Corps to close recreation sites across Pennsylvania, southern New York, "
            "Maryland, West Virginia in response to COVID-19",
            "The U.S. Army Corps of Engineers, Baltimore District, has closed or delayed the "
            "opening of Corps-owned and managed recreation sites effective immediately and "
            "lasting indefinitely due to the concern for public health and safety of its "
            "employees and the visiting public during the COVID-19 pandemic. The closures pertain "
            "to visitor centers, beaches, special events, volunteer activities, public meetings, "
            "interpretive programs and other public gatherings.",
        ],
        "quantities": [
            q("33,000 cubic feet per second", 33000, "cubic_foot/second", "rate",
              "reduced Gavins Point releases"),
            q("less than half", 0.5, "fraction", "percent",
              "share of normal precipitation in parts of the Dakotas", approx=True),
            q("four months", 4, "month", "duration", "period of below-normal precipitation"),
        ],
    },
    {
        "id": "qt18-06",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/3840/?Page=3",
        "title": "Tag: hydropower (U.S. Army Corps of Engineers news, page 3)",
        "published": None,
        "truncated": True,
        "note": (LISTING + " Title written from the tag and page number. Items of 2023. Cut by "
                 "the store inside the last teaser; kept to its last complete sentence. 'some "
                 "100’' uses the foot mark (foot, approximate). 'three listening sessions – one "
                 "in-person and two virtual': three counts. '50th Anniversary' is an ordinal."),
        "paragraphs": [
            "Corps seeks public input for Willamette Valley hydropower report to Congress",
            "The Portland District, U.S. Army Corps of Engineers will gather the public’s "
            "perspective and opinions on the future of hydropower across the Corps’ Willamette "
            "Valley system of dams during three listening sessions – one in-person and two "
            "virtual.",
            "Hydropower: Harnessing the Power of Water for a Sustainable Future",
            "As the gates leading from Sam Rayburn Lake open, the water rushes towards the Kaplan "
            "turbines some 100’ below. The river begins to rise and swell below the dam as the "
            "ground below your feet vibrates with the power of the water’s flow. Fifty megawatts "
            "of electricity enter the grid to power homes near and far.",
            "Nashville District showcases projects to Army’s assistant secretary for Civil Works",
            "NASHVILLE, Tenn. (Oct. 16, 2023) – The U.S. Army Corps of Engineers Nashville "
            "District showcased two of its mega construction projects on the Tennessee River and "
            "its hydropower rehabilitation efforts at Barkley Dam on the Cumberland River last "
            "week to the assistant secretary of the Army for Civil Works.",
            "Communities celebrate Cordell Hull Dam’s 50th Anniversary",
            "ELMWOOD, Tenn. (Oct. 10, 2023) – Local communities, residents and officials "
            "celebrated the 50th Anniversary of Cordell Hull Dam Oct. 7 by paying tribute to "
            "residents that were displaced, featuring historical aspects of the dam’s "
            "construction, and noting the benefits that were realized for future generations when "
            "the U.S. Army Corps of Engineers impounded the lake.",
            "September runoff near average; Drought conditions continue in Missouri River Basin",
            "The month of September brought mixed results for precipitation across the Missouri "
            "River Basin. Portions of Montana, North and South Dakota, and Nebraska received "
            "above average rainfall, while the remainder of the upper basin and lower basin were "
            "below average.",
        ],
        "quantities": [
            c("three listening sessions", 3, "listening sessions",
              "sessions on Willamette Valley hydropower"),
            c("one", 1, "listening sessions", "in-person listening session"),
            c("two", 2, "listening sessions", "virtual listening sessions"),
            q("some 100’", 100, "foot", "length", "depth of the Kaplan turbines below the gates",
              approx=True),
            mw("Fifty megawatts", 50, "electricity from Sam Rayburn Dam entering the grid"),
            c("two", 2, "construction projects", "mega construction projects on the Tennessee "
              "River"),
        ],
    },
    {
        "id": "qt18-07",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/news/streamgages-measure-drought-earthquake-impacts-water",
        "title": "Streamgages Measure Drought, Earthquake Impacts on Water",
        "published": "2014-09-16",
        "truncated": True,
        "note": ("Removed: 'Skip to main content', the government banner, the headline (moved to "
                 "title), the date line (moved to published), the summary (it repeats the first "
                 "sentence), the image title, photo captions and credit lines. Cut by the store; "
                 "kept to the last complete sentence. Verbatim oddity: 'flows less 25 percent of "
                 "normal' (no 'than'); the span keeps 'less' (approximate). '182 U.S. Geological "
                 "Survey streamgages': span '182' (modifier between). 'for decades' is a vague "
                 "plural duration (20 years, approximate)."),
        "paragraphs": [
            "SACRAMENTO, Calif. — While the national streamflow database is documenting evidence "
            "of California’s historic drought, the database is also confirming another recently "
            "seen hydrologic phenomenon: earthquake-induced increases in streamflow.",
            "Rivers and streams across California are flowing at record lows. Streamflow data "
            "from 182 U.S. Geological Survey streamgages in California with at least 30 years of "
            "record, currently show that 62 percent of streamgages are recording flows less 25 "
            "percent of normal, and 44 percent are recording flows less than 10 percent of "
            "normal. At several streamgage sites, scientists have had to extend measurement "
            "scales and rating formulas that help calculate accurate streamflow, because of "
            "record low water flows.",
            "Meanwhile, in the aftermath of the August 24 magnitude 6.0 South Napa Earthquake in "
            "California, water has begun to flow again in some previously-dry surrounding creeks, "
            "rivers and streams prompting many nearby residents to scratch their heads.",
            "Hydrogeologic responses to earthquakes have been known by scientists for decades. In "
            "the case of the South Napa Earthquake, the discharge of springs and groundwater to "
            "some streams has increased.",
        ],
        "quantities": [
            c("182", 182, "streamgages", "USGS streamgages in California"),
            q("at least 30 years", 30, "year", "duration", "record length of the streamgages",
              approx=True),
            p("62 percent", 62, "streamgages recording very low flows"),
            p("less 25 percent", 25, "flows relative to normal", approx=True),
            p("44 percent", 44, "streamgages recording flows below 10 percent of normal"),
            p("less than 10 percent", 10, "flows relative to normal", approx=True),
            q("magnitude 6.0", 6.0, "magnitude", "other", "South Napa Earthquake"),
            q("decades", 20, "year", "duration", "time scientists have known hydrogeologic "
              "responses", approx=True),
        ],
    },
    {
        "id": "qt18-08",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/news/news-releases?e=mlclark%40usgs.gov&n=Melanie%20%2BClark&page=378",
        "title": "News Releases (U.S. Geological Survey, page 378)",
        "published": None,
        "truncated": True,
        "note": (LISTING + " Also removed: 'Browse through a comprehensive list...' and 'Filter "
                 "Total Items'. Items of February-March 1996. Cut by the store inside the next "
                 "teaser; kept to the last complete one. Verbatim oddities kept: 'occcurred', "
                 "'nearly five times times', '7 bgd,in response', a teaser without final text "
                 "('a state-by-state series of digital topographic'), trailing spaces dropped. "
                 "'billion gallons per day (bgd)' and 'bgd' are the rate gallon/day. 'Ninth "
                 "Annual' is an ordinal."),
        "paragraphs": [
            "Citizen Achievement Award Goes to William R. Walker, Virginia Water Expert",
            "William R. Walker, of Blacksburg, Va., internationally recognized water-resources "
            "engineer and educator, will be presented the U.S. Geological Survey’s John Wesley "
            "Powell Award for Citizen Achievement at the Ninth Annual Virginia Water Conference, "
            "at the Ingleside Resort, in Staunton, Va., Tues., Mar. 12, 1996.",
            "Potomac River Flow Above Normal In February",
            "Flow of the Potomac River near Washington, D.C., was above normal in February, "
            "continuing the trend of above normal flow that began in January in response to snow "
            "and rain, according to hydrologists at the U.S. Geological Survey.",
            "First Report Card On Mineral Industry, 1995",
            "U.S. output of processed mineral-based materials contributed nearly $400 billion to "
            "the Nation’s economy in 1995, according to a new report from the U.S. Geological "
            "Survey.",
            "Nicaragua Earthquake",
            "A preliminary magnitude 6.6 earthquake occcurred off the coast of Nicaragua, Sun., "
            "Mar. 3, 1996, at 11:37 a.m. EST (10:37 a.m. local time in Nicaragua), according to "
            "the U.S. Geological Survey.",
            "USGS Maps Now Available On CD-ROM",
            "Pennsylvania is the first in a state-by-state series of digital topographic",
            "Potomac Flow Sets New January Record, Flow Below Normal In 1995",
            "Flow of the Potomac River set a new all-time high January record of 34.5 billion "
            "gallons per day (bgd), nearly five times times the long-term January average of 7 "
            "bgd,in response to the heavy snows and rains that fell month-long, according to "
            "hydrologists at the U.S. Geological Survey.",
        ],
        "quantities": [
            q("nearly $400 billion", 4e11, "USD", "money",
              "contribution of processed mineral-based materials to the economy", approx=True),
            q("magnitude 6.6", 6.6, "magnitude", "other", "Nicaragua earthquake"),
            q("34.5 billion gallons per day", 3.45e10, "gallon/day", "rate",
              "January record flow of the Potomac River"),
            q("nearly five times", 5, "multiplier", "other",
              "record flow relative to the January average", approx=True),
            q("7 bgd", 7e9, "gallon/day", "rate", "long-term January average Potomac flow"),
        ],
    },
    {
        "id": "qt18-09",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/news/news-releases/national?page=235",
        "title": "National News Releases (U.S. Geological Survey, page 235)",
        "published": None,
        "truncated": True,
        "note": (LISTING + " Also removed: 'News', 'Browse through a comprehensive list...'. "
                 "Items of September-October 1996. Cut by the store inside the next headline; "
                 "kept to the last complete teaser. 'far more than twice' is a multiplier "
                 "(approximate); '45 years of record' a duration; 'second highest', 'first chief "
                 "biologist' and '1996 Pecora Award' are not quantities. Verbatim: '9:10 a.m "
                 "EST', 'January to September 1996, was'."),
        "paragraphs": [
            "Cyprus Earthquake",
            "An earthquake with a preliminary magnitude of 6.4 occurred off the coast of Cyprus "
            "in the Mediterranean Sea, Wed., Oct. 9, 1996, at 9:10 a.m EST, according to the U.S. "
            "Geological Survey.",
            "Potomac Flow Sets New Record For Water Year and September",
            "Potomac River flow, near Washington, D.C., set a new record-high of 15.8 billion "
            "gallons per day (bgd) in the just-ended 1996 water year, far more than twice the "
            "long-term annual average flow of 7.2 bgd. The new record breaks the previous record "
            "of 12.3 bgd set in 1972, by 28 percent.",
            "Rivers Carry Near-Record Flow, Pollutants Into Chesapeake Bay",
            "Total freshwater inflow to Chesapeake Bay during the period January to September "
            "1996, was the second highest in 45 years of record, according to the U.S. Geological "
            "Survey.",
            "New U.S. Geological Survey Names First Chief Biologist",
            "Dr. Dennis B. Fenn was today appointed the first chief biologist for the U.S. "
            "Geological Survey.",
            "California and Virginia Scientists Receive Major Remote Sensing Award",
            "Dr. Crofton B. Farmer of Pasadena, California, and Dr. M. Patrick McCormick of "
            "Hampton, Virginia, have received the 1996 Pecora Award, one of the top federal "
            "awards for contributions in remote sensing.",
            "Riding Through Clouds to Reach a Young Student",
            "How can teachers and parents evoke curiosity and instill a sense of wonder about the "
            "Earth?",
            "Teaching Earth Science Through Computer Technology",
            "Partnership projects such as this CRADA allow the federal government and a "
            "non-federal partner to combine resources and provide cost-effective products and "
            "perform research by sharing the costs of projects.",
            "Looking For Clues In Chesapeake Bay Sediments",
            "Scientists will begin collecting sediment cores from the floor of Chesapeake Bay "
            "this week in the search for clues that will help explain what factors -- natural "
            "and manmade -- trigger changes in the living resources and environment of the Bay.",
        ],
        "quantities": [
            q("magnitude of 6.4", 6.4, "magnitude", "other", "Cyprus earthquake"),
            q("15.8 billion gallons per day", 1.58e10, "gallon/day", "rate",
              "record Potomac River flow in the 1996 water year"),
            q("far more than twice", 2, "multiplier", "other",
              "record flow relative to the annual average", approx=True),
            q("7.2 bgd", 7.2e9, "gallon/day", "rate", "long-term annual average Potomac flow"),
            q("12.3 bgd", 1.23e10, "gallon/day", "rate", "previous Potomac flow record"),
            p("28 percent", 28, "margin of the new Potomac flow record"),
            q("45 years", 45, "year", "duration", "record of Chesapeake Bay inflow"),
        ],
    },
    {
        "id": "qt18-10",
        "source": "usgov:www.fema.gov",
        "url": "https://www.fema.gov/news-release/20200220/removing-obstacles-road-recovery",
        "title": "Removing Obstacles on the Road to Recovery",
        "published": None,
        "truncated": False,
        "note": ("Removed: the headline (moved to title), the empty 'Release Date Release "
                 "Number' labels, 'DR-4339-PR NR 014', the list bullets, '###' and FEMA's "
                 "mission boilerplate (where the store cut the page). The page shows no date "
                 "(the URL carries 20200220, a publication-system date; the release is about "
                 "Hurricane Maria, 2017). Trailing double spaces of two paragraphs dropped. "
                 "'6.2 million cubic yards debris' (no 'of', verbatim): span '6.2 million cubic "
                 "yards' with its qualifier; 'about seven times' is a multiplier."),
        "paragraphs": [
            "SAN JUAN, Puerto Rico – In a joint effort between the Government of Puerto Rico, "
            "FEMA, and the U.S. Army Corps of Engineers (USACE), teams are working to remove "
            "debris from public and private property. Hurricane Maria’s strong winds and heavy "
            "rain brought down trees and power lines, damaged houses, schools and businesses and "
            "left approximately 6.2 million cubic yards debris, which could fill Yankee Stadium "
            "about seven times.",
            "The Government of Puerto Rico and USACE are working together to collect and dispose "
            "of debris to clear the path for people to get back into their neighborhoods, for "
            "businesses to be able to reopen, and for communities to become accessible.",
            "After collection, debris is trucked to temporary staging areas where it is "
            "inspected and separated into categories. Items that can be recycled are prepared for "
            "reuse. Where practical, vegetative debris is ground and chipped. The remaining "
            "debris is disposed of in the safest, most cost effective manner possible.",
            "FEMA is reimbursing state and local governments at 100 percent of the eligible "
            "debris removal costs for up to 6 months from the declaration date.",
            "To date, the Public Assistance program has awarded more than $10 million to local "
            "municipalities to assist with the cost of debris removal.",
            "For debris removal to be eligible, the damage must be a direct result of hurricanes "
            "Irma and Maria, and the work must be necessary to:",
            "Eliminate an immediate threat to lives, public health and safety;",
            "Eliminate immediate threats of significant damage to improved public and private "
            "property when the measures are cost effective; and",
            "Ensure the economic recovery of the affected community to the benefit of the "
            "community-at-large.",
        ],
        "quantities": [
            q("approximately 6.2 million cubic yards", 6.2e6, "cubic_yard", "volume",
              "debris left by Hurricane Maria", approx=True),
            q("about seven times", 7, "multiplier", "other",
              "debris relative to Yankee Stadium's volume", approx=True),
            p("100 percent", 100, "share of eligible debris removal costs reimbursed"),
            q("up to 6 months", 6, "month", "duration", "period of full reimbursement",
              approx=True),
            q("more than $10 million", 1e7, "USD", "money",
              "Public Assistance awards for debris removal", approx=True),
        ],
    },
    {
        "id": "qt18-11",
        "source": "usgov:www.doi.gov",
        "url": "https://www.doi.gov/blog/powering-renewable-energy-public-lands",
        "title": "Powering Up Renewable Energy on Public Lands",
        "published": None,
        "truncated": True,
        "note": ("Removed: the headline (moved to title), subheadings ('A bright future for solar "
                 "energy', 'Geothermal energy is on solid ground'), photo descriptions and "
                 "captions. The page shows no date (the text speaks of 2016). Cut by the store; "
                 "kept to the last complete sentence. Trailing spaces dropped. 'eight short "
                 "years' is a duration (span with the adjective). '34 utility-scale solar "
                 "energy projects', '19 preferred energy development areas': spans '34', '19'."),
        "paragraphs": [
            "In just eight short years, renewable energy on America’s public lands has gone from "
            "zero to hero -- generating domestic clean energy, cutting carbon pollution and "
            "creating good-paying jobs here at home.",
            "When President Obama took office in 2009, there were few renewable energy projects "
            "on public lands. Fast forward to 2016, and the Interior Department’s renewable "
            "initiatives are unlocking the energy potential of public lands and waters in "
            "unprecedented ways. And they’re all done using leasing strategies that make sure "
            "renewable energy projects are built the right way with community and stakeholder "
            "input, in the right places.",
            "Check out some of the ways Interior is blowing past renewable energy milestones:",
            "The American Southwest has some of the best locations in the world for solar "
            "energy. Since 2010, the Bureau of Land Management has approved 34 utility-scale "
            "solar energy projects with a total approved capacity of 9,763 megawatts of clean, "
            "renewable energy -- enough energy to power nearly 2.8 million homes.",
            "It’s also focusing on 19 preferred energy development areas that provide access to "
            "existing or planned transmission lines and incentives for development within those "
            "zones. If fully built out, these preferred energy development areas could produce as "
            "much as 27,000 megawatts of solar energy, enough to power about 8 million homes -- "
            "and to satisfy Western energy needs for years to come.",
        ],
        "quantities": [
            q("eight short years", 8, "year", "duration",
              "growth of renewable energy on public lands"),
            c("34", 34, "solar energy projects", "utility-scale solar projects approved by BLM"),
            mw("9,763 megawatts", 9763, "approved capacity of BLM solar projects"),
            c("nearly 2.8 million homes", 2.8e6, "homes", "homes the approved solar capacity "
              "could power", approx=True),
            c("19", 19, "development areas", "preferred energy development areas"),
            mw("as much as 27,000 megawatts", 27000, "solar potential of the preferred areas",
               approx=True),
            c("about 8 million homes", 8e6, "homes", "homes the preferred areas could power",
              approx=True),
        ],
    },
    {
        "id": "qt18-12",
        "source": "usgov:obamawhitehouse.archives.gov",
        "url": "https://obamawhitehouse.archives.gov/blog/2011/01/18/standing-renewable-energy-america-s-lands-and-oceans",
        "title": "Standing Up Renewable Energy on America’s Lands and Oceans",
        "published": "2011-01-18",
        "truncated": True,
        "note": ("White House blog post on the Department of the Interior (archived by the "
                 "National Archives). Removed: the archive banner ('This is historical material "
                 "...'), 'Search form', the headline (moved to title), the 'Summary:' block (it "
                 "repeats the first paragraph), the subheading 'SOLAR' and list bullets. Date "
                 "from the URL. Cut by the store at the next subheading; kept to the last "
                 "complete sentence. The double space after 'completed.' is verbatim; trailing "
                 "spaces dropped. 'nine large-scale solar energy projects', '7,000 new jobs', "
                 "'six western states': spans stop at the number (modifiers between)."),
        "paragraphs": [
            "By helping stand up responsible large-scale renewable energy projects on America’s "
            "public lands and oceans, the Department of the Interior is playing a leading role in "
            "fulfilling President Obama’s vision for a new energy future.",
            "As America’s principal public lands management agency with stewardship "
            "responsibility over 20 percent of the nation’s land mass and 1.75 billion acres of "
            "the Outer Continental Shelf, Interior manages areas with extensive renewable energy "
            "potential.",
            "In 2010, we began to unleash the potential of these resources in unprecedented ways, "
            "approving historic renewable energy projects, as well as developing strategic plans "
            "for a strong future.",
            "Some milestones:",
            "We approved nine large-scale solar energy projects in the sunny deserts of "
            "California and Nevada, including the first solar project ever permitted on public "
            "lands, and what will be the largest solar project in the world when completed.  "
            "Together, the projects will provide nearly 3,700 megawatts - enough to power more "
            "than one million homes - and create over 7,000 new jobs.",
            "We teamed up with the Department of Energy to develop long-term, landscape level "
            "planning for solar energy that will lead to a more efficient and effective process "
            "for project permitting and siting. This initiative includes a comprehensive "
            "environmental analysis that identifies proposed ‘solar energy zones’ on public lands "
            "in six western states most suitable for environmentally sound, utility-scale solar "
            "energy production.",
        ],
        "quantities": [
            p("20 percent", 20, "share of the nation's land mass Interior manages"),
            q("1.75 billion acres", 1.75e9, "acre", "area",
              "Outer Continental Shelf under Interior's stewardship"),
            c("nine", 9, "solar energy projects", "large-scale solar projects approved in 2010"),
            mw("nearly 3,700 megawatts", 3700, "capacity of the approved solar projects",
               approx=True),
            c("more than one million homes", 1e6, "homes", "homes the solar projects could "
              "power", approx=True),
            c("over 7,000", 7000, "jobs", "new jobs from the solar projects", approx=True),
            c("six", 6, "states", "western states with proposed solar energy zones"),
        ],
    },
    {
        "id": "qt18-13",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/index.php?tg=financial%20markets",
        "title": "Most of the planned coal capacity retirements are in the Midwest or Mid-Atlantic "
                 "regions",
        "published": "2025-07-14",
        "truncated": False,
        "note": ("EIA home page as stored (Today in Energy lead of July 14, 2025). Kept: the lead "
                 "paragraph only. Removed: logo, skip links, 'Today in Energy More Today in "
                 "Energy', the date line (moved to published), the headline (moved to title), "
                 "the chart title, data source and note, 'More ›', 'Previously in Today in "
                 "Energy', the 'Data Highlights' panel (a list of figures, not prose) and "
                 "'Energy Education'."),
        "paragraphs": [
            "Based on what power plant owners and operators have reported to EIA, the total "
            "operating capacity of U.S. coal-fired power plants is scheduled to fall from 172 "
            "gigawatts (GW) in May 2025 to 145 GW by the end of 2028, according to our "
            "Preliminary Monthly Electric Generator Inventory. On a regional basis, 58% of the "
            "planned coal capacity retirements are in the Midwest and Mid-Atlantic regions.",
        ],
        "quantities": [
            q("172 gigawatts", 172, "gigawatt", "other",
              "operating U.S. coal-fired capacity in May 2025"),
            q("145 GW", 145, "gigawatt", "other",
              "operating U.S. coal-fired capacity by the end of 2028"),
            p("58%", 58, "share of planned coal retirements in the Midwest and Mid-Atlantic"),
        ],
    },
    {
        "id": "qt18-14",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/?&projectid=4dbeb025-a2ad-46bb-a937-a668f129d20c",
        "title": "Coal and natural gas plants will account for 98% of U.S. capacity retirements "
                 "in 2023",
        "published": "2023-02-07",
        "truncated": False,
        "note": ("EIA home page as stored (Today in Energy lead of February 7, 2023). Kept: the "
                 "lead paragraph only. Removed: logo, skip links, the date line (moved to "
                 "published), the headline (moved to title; its '98%' is therefore not in the "
                 "text), 'More', the chart title and data source, and the 'Data Highlights' "
                 "panel (a list of prices, not prose)."),
        "paragraphs": [
            "In 2023, operators plan to retire 15.6 gigawatts (GW) of electric-generating "
            "capacity in the United States, mostly natural gas-fired (6.2 GW) and coal-fired (8.9 "
            "GW) power plants, according to our Preliminary Monthly Electric Generator Inventory.",
        ],
        "quantities": [
            q("15.6 gigawatts", 15.6, "gigawatt", "other",
              "U.S. generating capacity to retire in 2023"),
            q("6.2 GW", 6.2, "gigawatt", "other", "natural gas-fired capacity to retire in 2023"),
            q("8.9 GW", 8.9, "gigawatt", "other", "coal-fired capacity to retire in 2023"),
        ],
    },
    {
        "id": "qt18-15",
        "source": "usgov:earthobservatory.nasa.gov",
        "url": "https://earthobservatory.nasa.gov/images/related/1020/identifying-burn-scars-in-arid-urban-regions",
        "title": "Identifying Burn Scars in Arid Urban Regions (NASA Earth Observatory, related "
                 "images)",
        "published": None,
        "truncated": False,
        "note": ("NASA Earth Observatory 'related images' page: the lead image description and "
                 "the teasers of related images, each kept as a paragraph. Title written from "
                 "the URL slug. Removed: the 'Published <date>' labels glued to the teasers "
                 "(items of 2005-2020) and the topic labels ('Image of the Day Heat Land Fires "
                 "Human Presence Remote Sensing'). 'about 90 degrees' is an angle (degree, "
                 "kind other)."),
        "paragraphs": [
            "Bright orange fire scars show up the underlying dune sand in the Simpson Desert, "
            "300 kilometers east of Alice Springs, in this astronaut photograph taken from the "
            "International Space Station in November, 2003. The fire scars were produced in a "
            "recent fire, probably during the same year. The image suggests a time sequence of "
            "events. Fires first advanced into the view from the lower left—parallel with the "
            "major dune trend and dominant wind direction. Then the wind shifted direction by "
            "about 90 degrees so that fires advanced across the dunes in a series of frond-like "
            "tendrils.",
            "This false-color image illustrates the extent of the Station Fire in southern "
            "California.",
            "The blaze is the largest in Arizona this year and the largest in the United States "
            "right now.",
            "As the destructive California fire nears full containment, it has left behind an "
            "expanse of charred land.",
            "A wildfire in Fresno County, California has burned more than 28,000 acres.",
            "Land recently burned in Southern California’s Bull Fire is charcoal black in this "
            "false color image taken on August 1, 2010, when the fire was nearly contained.",
            "The wildfire has burned more than 50,000 acres, making it the state’s largest blaze "
            "in 2019.",
            "As of October 1, the Twitchell Canyon Fire continued to burn and had consumed "
            "44,446 acres in the Fishlake National Forest.",
        ],
        "quantities": [
            q("300 kilometers", 300, "kilometer", "length",
              "distance of the fire scars from Alice Springs"),
            q("about 90 degrees", 90, "degree", "other", "shift of the wind direction",
              approx=True),
            q("more than 28,000 acres", 28000, "acre", "area", "area burned in Fresno County",
              approx=True),
            q("more than 50,000 acres", 50000, "acre", "area",
              "area burned by the state's largest 2019 blaze", approx=True),
            q("44,446 acres", 44446, "acre", "area", "area consumed by the Twitchell Canyon Fire"),
        ],
    },
    {
        "id": "qt18-16",
        "source": "usgov:www.nass.usda.gov",
        "url": "https://www.nass.usda.gov/Newsroom/2025/08-12-2025.php",
        "title": "Crop Production report, August 12, 2025 (NASS news release)",
        "published": "2025-08-12",
        "truncated": True,
        "note": ("USDA National Agricultural Statistics Service news release. Title written "
                 "from the page (the stored page shows no headline). Removed: 'Contact: "
                 "nass-media@usda.gov'. Cut by the store; kept to the last complete sentence. "
                 "Verbatim oddity kept: '4.29 billion bushels..'. Decisions: yield changes "
                 "('up 9.5 bushels from last year') take the per-acre of the yield they change "
                 "(bushel/acre); '13.2 million 480-pound bales' is a count of bales ('13.2 "
                 "million') and a compound adjective '480-pound' (mass); percentage changes are "
                 "percents, '6 percentage points' a percentage_point."),
        "paragraphs": [
            "WASHINGTON, Aug. 12, 2025 – The Crop Production report issued today by USDA’s "
            "National Agricultural Statistics Service (NASS) forecasted corn production up from "
            "2024 and soybean production down from last year. Corn production is up 13% from last "
            "year, forecast at 16.7 billion bushels; soybean growers are expected to decrease "
            "their production 2% from 2024, forecast at 4.29 billion bushels..",
            "Average corn yield is forecast at a record high 188.8 bushels per acre, up 9.5 "
            "bushels from last year. NASS also forecasts record high yields in Idaho, Illinois, "
            "Indiana, Iowa, Minnesota, Missouri, South Carolina, South Dakota, Tennessee, "
            "Virginia, and Wisconsin. As of Aug. 3, 73% of this year’s corn crop was reported in "
            "good or excellent condition, 6 percentage points above the same time last year.",
            "Soybean yields are expected to average a record high 53.6 bushels per acre, up 2.9 "
            "bushels from 2024. If realized, the forecasted yields in Arkansas, Delaware, "
            "Georgia, Illinois, Indiana, Iowa, Michigan, Minnesota, Mississippi, Missouri, North "
            "Carolina, and Virginia will be record highs.",
            "All wheat production is forecast at 1.93 billion bushels, down 2% from 2024. Growers "
            "are expected to produce 1.36 billion bushels of winter wheat this year, up 1% from "
            "the previous forecast and up less than 1% from last year. Durum wheat production is "
            "forecast at 87.4 million bushels, up 9% from 2024. All other spring wheat "
            "production is forecast at 484 million bushels, down 11% from last year. Based on "
            "Aug. 1 conditions, the U.S. all wheat yield is forecast at 52.7 bushels per acre, up "
            "1.5 bushels from 2024.",
            "Today’s report also included the first NASS production forecast of the season for "
            "U.S. cotton. NASS forecasts all cotton production at 13.2 million 480-pound bales, "
            "down 8% from last year.",
        ],
        "quantities": [
            p("13%", 13, "increase in corn production from last year"),
            q("16.7 billion bushels", 1.67e10, "bushel", "volume", "forecast corn production"),
            p("2%", 2, "decrease in soybean production from 2024"),
            q("4.29 billion bushels", 4.29e9, "bushel", "volume", "forecast soybean production"),
            q("188.8 bushels per acre", 188.8, "bushel/acre", "rate", "average corn yield"),
            q("9.5 bushels", 9.5, "bushel/acre", "rate", "increase in corn yield"),
            p("73%", 73, "corn crop in good or excellent condition"),
            q("6 percentage points", 6, "percentage_point", "percent",
              "corn condition compared with last year"),
            q("53.6 bushels per acre", 53.6, "bushel/acre", "rate", "average soybean yield"),
            q("2.9 bushels", 2.9, "bushel/acre", "rate", "increase in soybean yield"),
            q("1.93 billion bushels", 1.93e9, "bushel", "volume", "forecast all wheat production"),
            p("2%", 2, "decrease in wheat production from 2024"),
            q("1.36 billion bushels", 1.36e9, "bushel", "volume", "expected winter wheat "
              "production"),
            p("1%", 1, "winter wheat change from the previous forecast"),
            p("less than 1%", 1, "winter wheat change from last year", approx=True),
            q("87.4 million bushels", 8.74e7, "bushel", "volume", "forecast durum wheat "
              "production"),
            p("9%", 9, "increase in durum wheat production"),
            q("484 million bushels", 4.84e8, "bushel", "volume",
              "forecast other spring wheat production"),
            p("11%", 11, "decrease in other spring wheat production"),
            q("52.7 bushels per acre", 52.7, "bushel/acre", "rate", "U.S. all wheat yield"),
            q("1.5 bushels", 1.5, "bushel/acre", "rate", "increase in wheat yield"),
            c("13.2 million", 1.32e7, "bales", "forecast cotton production"),
            q("480-pound", 480, "pound", "mass", "weight of a cotton bale"),
            p("8%", 8, "decrease in cotton production"),
        ],
    },
    {
        "id": "qt18-17",
        "source": "usgov:ers.usda.gov",
        "url": "http://ers.usda.gov/data-products/charts-of-note.aspx?mode=detail&id=200",
        "title": "ERS Charts of Note (USDA Economic Research Service), July 2016",
        "published": "2016-07-29",
        "truncated": True,
        "note": ("USDA Economic Research Service 'Charts of Note' page: each chart's headline "
                 "and text kept as paragraphs. Title written from the page. Removed: 'Stay "
                 "Connected' links, the subscription and gallery lines, the pager, the date lines "
                 "(the first moved to published) and 'Embed this chart'. Cut by the store; kept "
                 "to the last complete sentence. '86.6 million' and '5.9 million' take acres from "
                 "'94.1 million acres'. 'the next decade' is a duration; 'second most prominent' "
                 "an ordinal."),
        "paragraphs": [
            "Farm sector real estate debt trends vary by lender",
            "Since the late 1970s, the Farm Credit System (FCS) has been the largest U.S. lender "
            "to the farm sector for loans secured by real estate. The trend in outstanding real "
            "estate debt held by FCS closely tracks the overall sector real estate debt trend. "
            "Debt held by FCS peaked in the early 1980s and then declined for the next decade "
            "before increasing to an inflation-adjusted high of $81.7 billion in 2014. Prior to "
            "the 1990s, commercial banks held substantially less debt than the FCS. However, farm "
            "sector real estate debt held by commercial banks has increased sharply since the "
            "1990s, leading commercial banks to become the second most prominent farm real "
            "estate lender. Farmer Mac, though small relative to FCS and commercial banks, has "
            "also shown growth in real estate debt outstanding during the period. While the real "
            "estate debt outstanding at FCS, commercial banks, and Farmer Mac has grown sharply "
            "since the 1990s, the trend has held relatively flat or declined modestly for the "
            "other lenders in that period. This chart is found in the July 2016 Amber Waves "
            "article, “Trends in Farm Sector Debt Vary by Type of Debt and Lender.”",
            "U.S. corn production and use expected to reach a new record in 2016",
            "U.S. corn area in 2016/17 is estimated at 94.1 million acres, of which 86.6 million "
            "is expected to be harvested for grain, up 5.9 million from last year.",
        ],
        "quantities": [
            q("decade", 10, "year", "duration", "decline of debt held by FCS"),
            q("$81.7 billion", 8.17e10, "USD", "money", "inflation-adjusted high of FCS debt"),
            q("94.1 million acres", 9.41e7, "acre", "area", "U.S. corn area in 2016/17"),
            q("86.6 million", 8.66e7, "acre", "area", "corn area to be harvested for grain"),
            q("5.9 million", 5.9e6, "acre", "area", "increase in corn area harvested for grain"),
        ],
    },
    {
        "id": "qt18-18",
        "source": "usgov:ers.usda.gov",
        "url": "http://ers.usda.gov/data-products/charts-of-note.aspx?mode=detail&id=142",
        "title": "ERS Charts of Note (USDA Economic Research Service), October 2016",
        "published": "2016-10-28",
        "truncated": True,
        "note": ("USDA Economic Research Service 'Charts of Note' page: each chart's headline "
                 "and text kept as paragraphs. Title written from the page. Removed: the page "
                 "heading 'ERS Charts of Note' and the date lines (the first moved to "
                 "published). Cut by the store; kept to the last complete sentence. 'more than "
                 "doubled' is a multiplier; 'about two in five' a fraction; 'pounds per person' "
                 "the rate pound/person; 'the next two and a half decades' a duration (25 "
                 "years)."),
        "paragraphs": [
            "On-farm renewable energy production varies regionally",
            "Since the early 2000s, farms have increased renewable energy production with "
            "technologies like solar panels, wind turbines, and methane digesters. From 2007 to "
            "2012, the number of farms generating on-farm renewable energy more than doubled to "
            "nearly 58,000—or 2.7 percent of U.S. farms. This does not include the roughly "
            "16,600 farms that leased wind rights to others or that produced ethanol and "
            "biodiesel on the farm. Adoption of on-farm renewable energy systems varies across "
            "the country but it is concentrated in the Western United States, Illinois, and New "
            "England. In these regions, about two in five farm businesses produce renewable "
            "energy in some counties. The Southeastern States, which have fewer subsidies and "
            "programs supporting renewable power, had low adoption rates. This chart appears in "
            "the August 2016 ERS report Trends in U.S. Agriculture’s Consumption and Production "
            "of Energy: Renewable Power, Shale Energy, and Cellulosic Biomass.",
            "Availability of refined sugars has been higher than corn sweeteners since 2011",
            "In 2014, 131.0 pounds per person of caloric sweeteners were available for "
            "consumption by U.S. consumers, down from a high of 153.1 pounds per person in 1999. "
            "Availability of total corn sweeteners (high-fructose corn syrup (HFCS), glucose "
            "syrup, and dextrose) contributed to the drop, falling from its peak of 85.2 pounds "
            "per person in 1999 to 60.7 pounds per person in 2014. High corn prices, price "
            "competition with refined cane and beet sugars and other caloric sweeteners, as well "
            "as shifting preferences among consumers and food manufacturers have contributed to "
            "this decline. Availability of refined cane and beet sugars fell from 101.8 pounds "
            "per person in 1970 to 62.7 pounds per person in 1985, then remained relatively flat "
            "for the next two and a half decades.",
        ],
        "quantities": [
            q("more than doubled", 2, "multiplier", "other",
              "growth of farms generating renewable energy", approx=True),
            c("nearly 58,000", 58000, "farms", "farms generating on-farm renewable energy",
              approx=True),
            p("2.7 percent", 2.7, "share of U.S. farms generating renewable energy"),
            c("roughly 16,600 farms", 16600, "farms", "farms leasing wind rights or producing "
              "biofuels", approx=True),
            q("about two in five", 0.4, "fraction", "percent",
              "farm businesses producing renewable energy in some counties", approx=True),
            q("131.0 pounds per person", 131.0, "pound/person", "rate",
              "caloric sweeteners available in 2014"),
            q("153.1 pounds per person", 153.1, "pound/person", "rate",
              "caloric sweeteners available in 1999"),
            q("85.2 pounds per person", 85.2, "pound/person", "rate",
              "corn sweeteners available in 1999"),
            q("60.7 pounds per person", 60.7, "pound/person", "rate",
              "corn sweeteners available in 2014"),
            q("101.8 pounds per person", 101.8, "pound/person", "rate",
              "refined cane and beet sugars available in 1970"),
            q("62.7 pounds per person", 62.7, "pound/person", "rate",
              "refined cane and beet sugars available in 1985"),
            q("two and a half decades", 25, "year", "duration",
              "period refined sugar availability stayed flat"),
        ],
    },
    {
        "id": "qt18-19",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/japan-battens-down-as-typhoon-neoguri-nears/1952795.html",
        "title": "Typhoon Neoguri Lashes Japan's Okinawa Islands, Killing 1",
        "published": "2014-07-08",
        "truncated": True,
        "note": ("Removed: 'News / Asia', the headline (moved to title), the photo gallery "
                 "captions, the byline 'VOA News' and the map widget ('Typhoon in Japan' "
                 "repeated, 'x'). The page shows no date; July 8, 2014 (a Tuesday) is the date "
                 "of the captions and of 'on Tuesday'. Cut by the store; kept to the last "
                 "complete sentence. '14 meters (45 feet)': two lengths; '62-year-old' is an "
                 "age; 'hundreds of flights' a vague plural (200, approximate)."),
        "paragraphs": [
            "A weakened Typhoon Neoguri has killed at least one person as it continues to batter "
            "Japan's southern islands of Okinawa, knocking out power and canceling hundreds of "
            "flights.",
            "Although the storm was downgraded from a super typhoon, more than 500,000 residents "
            "of the island chain were encouraged to evacuate as heavy rains and sustained winds "
            "of up to 180 kph forced many into shelters on Tuesday.",
            "Despite warnings from Japan's weather agency that waves could reach as high as 14 "
            "meters (45 feet) a 62-year-old fisherman died after being knocked out of his boat.",
            "Okinawa police said at least four people were injured.",
        ],
        "quantities": [
            person("at least one person", 1, "people killed by Typhoon Neoguri", approx=True),
            c("hundreds of flights", 200, "flights", "flights canceled", approx=True),
            person("more than 500,000 residents", 500000, "residents encouraged to evacuate",
                   approx=True),
            q("up to 180 kph", 180, "kilometer/hour", "rate", "sustained winds of Neoguri",
              approx=True),
            q("as high as 14 meters", 14, "meter", "length", "height of the waves",
              approx=True),
            q("45 feet", 45, "foot", "length", "height of the waves"),
            q("62-year-old", 62, "year", "other", "age of the fisherman who died"),
            person("at least four people", 4, "people injured on Okinawa", approx=True),
        ],
    },
    {
        "id": "qt18-20",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/typhoon-wipha-kills-at-least-7-in-japan/1770536.html",
        "title": "Typhoon Wipha Kills At Least 17 in Japan",
        "published": "2013-10-16",
        "truncated": True,
        "note": ("Removed: 'News / Asia', the headline (moved to title), the embedded video "
                 "block (its own title, 'X', date line and summary), the byline 'VOA News' and "
                 "the photo captions where the store cut the page. Date from the video block. "
                 "Verbatim oddity: 'fell over,'' (two apostrophes). 'once in a decade' "
                 "describes the storm's rarity and is not annotated; 'hundreds of flights' is a "
                 "vague plural; '1.2-mile' a compound adjective (length)."),
        "paragraphs": [
            "A typhoon killed 17 people in Japan on Wednesday, most on the offshore island of "
            "Izu Oshima, but largely spared the capital and caused no new disaster as it brushed "
            "by the damaged Fukushima nuclear power station.",
            "More than 50 people were missing after the once in a decade Typhoon Wipha roared up "
            "Japan's east coast. About 20,000 people were told to leave their homes because of "
            "the danger of flooding and hundreds of flights were cancelled.",
            "Izu Oshima island is located south of Tokyo. Several houses were destroyed or swept "
            "away. The storm caused rivers to burst their banks and set off mudslides along a "
            "1.2-mile stretch of mountains. Television footage showed roads clogged with "
            "wreckage and houses with gaping holes smashed into them.",
            "\"I heard a crackling sound and then the trees on the hillside all fell over,'' an "
            "Izu Oshima resident told NHK television.",
            "The storm also disrupted the morning commute as it brushed past Tokyo, halting "
            "trains, canceling flights, and shutting down schools and offices.",
            "Kyoichi Ito, a commuter stranded by the storm, said the storm was worse than any he "
            "remembered.",
            "\"I haven't seen it this bad. I was in a store and when I came out, I was really "
            "surprised,\" said Ito.",
        ],
        "quantities": [
            person("17 people", 17, "people killed by Typhoon Wipha"),
            person("More than 50 people", 50, "people missing after Typhoon Wipha", approx=True),
            person("About 20,000 people", 20000, "people told to leave their homes",
                   approx=True),
            c("hundreds of flights", 200, "flights", "flights cancelled", approx=True),
            q("1.2-mile", 1.2, "mile", "length", "stretch of mountains with mudslides"),
        ],
    },
    {
        "id": "qt18-21",
        "source": "usgov:energy.gov",
        "url": "http://energy.gov/articles/600-new-lights-bulbs-improve-energy-efficiency-doe",
        "title": "600 New Lights Bulbs to Improve Energy Efficiency at DOE",
        "published": "2010-11-18",
        "truncated": False,
        "note": ("Department of Energy blog article. Removed: the headline (moved to title) and "
                 "the date line '- 10:30am' (moved to published). Verbatim oddities kept: double "
                 "spaces after some periods and in 'course  of', 'kilowatts hours', 'every year. "
                 "and will'. Decisions: 'almost half a million kilowatts hours saved every year' "
                 "is an energy (the frequency is separated by 'saved'); 'about 280,000 kilowatt "
                 "hours each year' is a rate (kilowatt_hour/year, the per-unit follows the "
                 "amount); '23 watts', '205 watts' are powers (watt, kind other); 'another 10%' "
                 "has span '10%'. 'the next year' (over the course of) is not annotated."),
        "paragraphs": [
            "Starting in September, the Department of Energy has been steadily replacing all 600 "
            "light fixtures under our Washington, D.C., Forrestal North Building canopy with "
            "state of the art Light Emitting Diode (LED) fixtures.  Every new bulb now uses just "
            "23 watts instead of 205 watts. That translates into almost half a million kilowatts "
            "hours saved every year. and will cut annual energy consumption at the Department of "
            "Energy Headquarters by about 1%.",
            "The final new LED fixture under the canopy was installed on October 28, but these "
            "lights are just part of a full program to reduce energy consumption by the DOE.  We "
            "have also recently reconfigured our DC Forrestal building corridor lights to reduce "
            "them by two-thirds on nights and weekends, decreasing our annual energy consumption "
            "by about 280,000 kilowatt hours each year.  In addition, over the course  of the "
            "next year we'll also repair old steam traps, which will reduce energy consumption by "
            "about 1%; update the air handling system that regulates temperature control for the "
            "Forrestal facility, reducing consumption by 9%; install an energy efficient central "
            "chiller plant to replace many of the small chillers we currently use, reducing "
            "consumption another 10%; and we'll install low-flow toilet fixtures in all the "
            "restrooms in our Germantown, Maryland, main building, which will reduce our total "
            "Department of Energy Headquarters water consumption (which includes both our DC and "
            "Germantown offices combined) by 11%.",
            "The federal government is the nation's largest energy user and it's important for "
            "the Department to do our part to cut energy use. These upgrades are a giant step "
            "towards that goal.",
            "Ingrid Kolb is the Director of the Office of Management.",
        ],
        "quantities": [
            c("600 light fixtures", 600, "light fixtures", "fixtures under the Forrestal North "
              "Building canopy"),
            q("23 watts", 23, "watt", "other", "power used by each new LED bulb"),
            q("205 watts", 205, "watt", "other", "power used by each old bulb"),
            q("almost half a million kilowatts hours", 500000, "kilowatt_hour", "other",
              "electricity saved every year by the LED fixtures", approx=True),
            p("about 1%", 1, "cut in annual energy use at DOE Headquarters", approx=True),
            q("two-thirds", 2 / 3, "fraction", "percent", "reduction of corridor lights at "
              "night"),
            q("about 280,000 kilowatt hours each year", 280000, "kilowatt_hour/year", "rate",
              "energy saved by reconfigured corridor lights", approx=True),
            p("about 1%", 1, "energy saved by repairing steam traps", approx=True),
            p("9%", 9, "energy saved by the air handling update"),
            p("10%", 10, "energy saved by the central chiller plant"),
            p("11%", 11, "cut in headquarters water consumption"),
        ],
    },
    {
        "id": "qt18-22",
        "source": "usgov:weather.gov",
        "url": "https://weather.gov/ama/Dec13WinterStorm",
        "title": "December 13 Winter Storm (NWS Amarillo event summary)",
        "published": None,
        "truncated": False,
        "note": ("National Weather Service Amarillo event page. Title written from the URL "
                 "slug. Removed: the NWS header, the site-wide hazard banner ('Rare Southern "
                 "U.S. Winter Storm; ...' with 'Read More >'), the section label 'Overview' and "
                 "the NWS media footer. The page shows no year (Sunday, December 13: 2015 or "
                 "2020). The double space before 'Event snowfall' is verbatim. 'around ½ mile' "
                 "= 0.5 mile; '12”' uses the inch mark; '4 to 8 inches', '1 to 5 inches' and "
                 "'30 to 40 mph' are ranges."),
        "paragraphs": [
            "An upper level trough moved ashore across Washington in the Pacific Northwest on "
            "Friday, December 11th. This system moved rapidly southeast across the Central "
            "Rockies on Saturday before crossing the Panhandles Region on Sunday, December 13th. "
            "Moderate snowfall developed across the northwest Panhandles on Saturday evening and "
            "spread east as the system moved across the area. A majority of the snowfall with the "
            "system occurred between midnight and noon on Sunday. Moderate snow and winds gusting "
            "to 30 to 40 mph created low visibility of around ½ mile at times across the area. "
            "This, together with snow accumulating on roadways, led to poor travel conditions and "
            "several major accidents occurred on I-40 causing the interstate to be shut down in "
            "multiple locations for a period of time.  Event snowfall totals of 4 to 8 inches "
            "occurred with one band across the Oklahoma Panhandle and even higher amounts around "
            "12” were reported just north in southwest Kansas. Otherwise snowfall totals ranged "
            "from around 1 to 5 inches across the area.",
        ],
        "quantities": [
            q("30 to 40 mph", 30, "mile/hour", "rate", "wind gusts during the storm", high=40),
            q("around ½ mile", 0.5, "mile", "length", "visibility in snow and wind",
              approx=True),
            q("4 to 8 inches", 4, "inch", "length", "snowfall across the Oklahoma Panhandle",
              high=8),
            q("around 12”", 12, "inch", "length", "snowfall in southwest Kansas", approx=True),
            q("around 1 to 5 inches", 1, "inch", "length", "snowfall across the area",
              approx=True, high=5),
        ],
    },
    {
        "id": "qt18-23",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/eere/wind/articles/top-10-things-you-didnt-know-about-wind-power",
        "title": "Top 10 Things You Didn't Know About Wind Power",
        "published": None,
        "truncated": True,
        "note": ("Department of Energy (Wind Energy Technologies Office) article. Title "
                 "written from the URL slug. Removed: the photo caption and credit ('Wind "
                 "turbines are soaring ... | NREL'). The page shows no date (it speaks of "
                 "turbines installed in 2021). Cut by the store; kept to the last complete "
                 "sentence. The list numbers ('10.', '9.', ...) are not quantities. Verbatim "
                 "oddities: 'the country. , The U.S. wind industry', a sentence without final "
                 "period ('43,400 in construction'). 'thousands of years' is a vague plural "
                 "(2000 years); '23,600' and '43,400' are counts of people employed."),
        "paragraphs": [
            "Brush up on your knowledge of wind! This article is part of the series highlighting "
            "the \"Top Things You Didn't Know About Energy\" series.",
            "10. Human civilizations have harnessed wind power for thousands of years. Early "
            "forms of windmills used wind to crush grain or pump water. Now, modern wind turbines "
            "use the wind to create electricity. Learn how a wind turbine works.",
            "9. Today’s wind turbines are much more complicated machines than the traditional "
            "prairie windmill. A wind turbine has as many as 8,000 different components.",
            "8. Wind turbines are big. Wind turbine blades average 200 feet long, and turbine "
            "towers average over 300 feet tall—about the height of the Statue of Liberty. The "
            "average nameplate capacity of turbines is also increasing, meaning they have more "
            "powerful generators. The average capacity of utility-scale wind turbines installed "
            "in 2021 was 3 megawatts (MW), up 9% from the previous year.",
            "7. Higher wind speeds mean more electricity, and wind turbines are getting taller to "
            "reach higher heights above ground level where it’s even windier. See the Energy "
            "Department’s wind resource maps to find average wind speeds in your state or "
            "hometown and learn more about opportunities for taller wind turbines in a report "
            "from the Energy Department’s National Renewable Energy Laboratory.",
            "6. Many of the components of wind turbines installed in the United States are "
            "manufactured here, with more than 500 wind-related manufacturing facilities across "
            "the country. , The U.S. wind industry currently employs about 120,000 people, "
            "including 23,600 in manufacturing and 43,400 in construction",
            "5. Offshore wind represents a major opportunity to provide power to highly "
            "populated coastal cities.",
        ],
        "quantities": [
            q("thousands of years", 2000, "year", "duration",
              "time civilizations have harnessed wind power", approx=True),
            c("as many as 8,000", 8000, "components", "components of a wind turbine",
              approx=True),
            q("200 feet", 200, "foot", "length", "average length of wind turbine blades"),
            q("over 300 feet", 300, "foot", "length", "average height of turbine towers",
              approx=True),
            mw("3 megawatts", 3, "average capacity of wind turbines installed in 2021"),
            p("9%", 9, "increase in average turbine capacity"),
            c("more than 500", 500, "manufacturing facilities",
              "wind-related manufacturing facilities", approx=True),
            person("about 120,000 people", 120000, "people employed by the U.S. wind industry",
                   approx=True),
            person("23,600", 23600, "wind industry employees in manufacturing"),
            person("43,400", 43400, "wind industry employees in construction"),
        ],
    },
    {
        "id": "qt18-24",
        "source": "usgov:appel.nasa.gov",
        "url": "https://appel.nasa.gov/author/andrew-chambers/",
        "title": "Andrew Chambers (NASA APPEL Knowledge Services author page)",
        "published": None,
        "truncated": False,
        "note": ("NASA Academy of Program/Project and Engineering Leadership author page: an "
                 "image description and one article teaser. Title written from the page. "
                 "Removed: 'Back to Top' and 'Read More'. The page shows no date. The three "
                 "spaces after the byline are verbatim. 'around 7 kilometers per second (15,660 "
                 "mph)' and 'as high as 2,000°C (3,620°F)': each pair is two quantities (the "
                 "qualifier stays with the first)."),
        "paragraphs": [
            "Protected by a PICA-X heat shield in this artist's rendition, the Dragon spacecraft "
            "reenters the Earth's atmosphere at around 7 kilometers per second (15,660 mph), "
            "heating the exterior of the spacecraft as high as 2,000°C (3,620°F).",
            "NASA + SpaceX Work Together",
            "By Andrew Chambers and Dan Rasky   NASA is committed to working with private "
            "industry to develop the next generation of space-transportation technologies.",
        ],
        "quantities": [
            q("around 7 kilometers per second", 7, "kilometer/second", "rate",
              "reentry speed of the Dragon spacecraft", approx=True),
            q("15,660 mph", 15660, "mile/hour", "rate", "reentry speed of the Dragon spacecraft"),
            q("as high as 2,000°C", 2000, "celsius", "other",
              "heating of the spacecraft exterior", approx=True),
            q("3,620°F", 3620, "fahrenheit", "other", "heating of the spacecraft exterior"),
        ],
    },
    {
        "id": "qt18-25",
        "source": "usgov:www.gsa.gov",
        "url": "http://www.gsa.gov/portal/content/182603",
        "title": "GSA's Green Proving Ground Tests New Lighting Technology to Reduce Energy "
                 "Consumption",
        "published": None,
        "truncated": True,
        "note": ("General Services Administration article. Removed: the headline (moved to "
                 "title). The page shows no date (it cites November 2015). Cut by the store; "
                 "kept to the last complete sentence. Double spaces between sentences are "
                 "verbatim; trailing spaces dropped. 'Executive Order 13693' is a name; years "
                 "and baselines ('2003 baseline levels') are not annotated."),
        "paragraphs": [
            "Energy efficiency has long been a priority within the federal government.  The "
            "Energy Independence and Security Act of 2007 (EISA) was enacted to improve federal "
            "energy performance, including an annual reduction in energy consumption in federal "
            "facilities.  In November 2015, GSA reported a 30% reduction in building energy use "
            "intensity (EUI) over 2003 baseline levels in federally-owned buildings.",
            "But the federal government is not stopping there.  To achieve further success in "
            "reducing energy consumption, President Obama signed Executive Order 13693, Planning "
            "for Federal Sustainability in the Next Decade, calling for an additional 2.5% annual "
            "reduction in EUI through 2025 over 2015 baseline levels.",
            "GSA continues to implement a variety of strategies to improve energy performance.  "
            "This includes evaluating emerging technologies through our Green Proving Ground "
            "(GPG) program.  The GSA GPG program partners with private sector research "
            "laboratories to perform real-world evaluations of potential energy, water, and cost "
            "saving technologies that can be used in our federal buildings, and recommended to "
            "the U.S. commercial building industry at large.",
            "One potential energy saving technology GPG recently assessed is light-emitting "
            "diode (LED) fixtures with integrated controls.  According to the U.S. Environmental "
            "Protection Agency’s (EPA) Energy Star® program, lighting consumes close to 35% of "
            "the electricity used in U.S. commercial buildings.  Upgrading lighting systems with "
            "efficient fixtures and controls can reduce energy use, improve the visual "
            "environment, and even impact the size of heating, ventilating, and air conditioning "
            "(HVAC) systems – LED lighting produces less heat, reducing the building’s cooling "
            "requirements.",
        ],
        "quantities": [
            p("30%", 30, "reduction in building energy use intensity"),
            p("2.5%", 2.5, "additional annual reduction in energy use intensity"),
            p("close to 35%", 35, "share of commercial building electricity used for lighting",
              approx=True),
        ],
    },
    {
        "id": "qt18-26",
        "source": "usgov:ers.usda.gov",
        "url": "http://ers.usda.gov/data-products/charts-of-note.aspx?mode=detail&id=312",
        "title": "ERS Charts of Note (USDA Economic Research Service), May 2016",
        "published": "2016-05-25",
        "truncated": True,
        "note": ("USDA Economic Research Service 'Charts of Note' page. Title written from the "
                 "page. Removed: 'Stay Connected' links, the subscription and gallery lines, "
                 "the pager, the date lines (the first moved to published) and 'Embed this "
                 "chart'. Cut by the store inside the second chart's text; kept to the last "
                 "complete paragraph. '$205.72 per hundredweight/cwt' is a rate (span without "
                 "'/cwt'); the price changes 'nearly $17' and 'almost $51' take the same "
                 "per-unit (USD/hundredweight)."),
        "paragraphs": [
            "Beef prices declining as 2016 grilling season approaches",
            "Memorial Day is the traditional start to the summer grilling season, and beef is one "
            "of the most popular grilling items. Conditions in the livestock markets have changed "
            "considerably over the past year and suggest lower beef prices through the summer "
            "months. Historically heavy slaughter weights coupled with larger-than-anticipated "
            "cattle slaughter volumes in late April and early May have driven beef supplies "
            "higher and pushed wholesale beef prices lower. At the same time, soft demand for "
            "ground beef products and the popular beef “middle meat” grilling items—such as "
            "ribeye and sirloin steaks—ahead of the grilling season has kept prices under "
            "pressure. The Choice cutout value—a common indicator of wholesale prices for beef "
            "graded as Choice—for the week ending May 6 was $205.72 per hundredweight/cwt, down "
            "nearly $17 from the first week of April and almost $51 lower than the same time last "
            "year when supplies were much tighter. These lower wholesale prices should translate "
            "to lower foodstore prices, but the degree to which retailers feature beef in June "
            "and July will depend on demand as well as the market conditions for pork and "
            "chicken. This chart is based on the Livestock, Dairy and Poultry Outlook report, "
            "released May 16, 2016.",
        ],
        "quantities": [
            q("$205.72 per hundredweight", 205.72, "USD/hundredweight", "rate",
              "Choice beef cutout value for the week ending May 6"),
            q("nearly $17", 17, "USD/hundredweight", "rate",
              "drop of the cutout value since early April", approx=True),
            q("almost $51", 51, "USD/hundredweight", "rate",
              "cutout value below the same time last year", approx=True),
        ],
    },
    {
        "id": "qt18-27",
        "source": "usgov:2012-2017.usaid.gov",
        "url": "https://2012-2017.usaid.gov./news-information/press-releases/may-27-2015-usaid-provides-additional-emergency-food-assistance-millions",
        "title": "USAID Provides Additional Emergency Food Assistance to Millions (press release)",
        "published": "2015-05-27",
        "truncated": False,
        "note": ("U.S. Agency for International Development press release (USAID's 2012-2017 "
                 "archive site). Title written from the URL slug; date from the URL. Removed: "
                 "'For Immediate Release', 'Comment' and 'Make a general inquiry or suggest an "
                 "improvement.'. 'millions' (twice) is a vague plural (2 million, approximate); "
                 "'1.8 million displaced persons': span '1.8 million' (modifier between); 'half a "
                 "million children' = 500,000; plain 'metric tons' is metric_ton."),
        "paragraphs": [
            "WASHINGTON, D.C. - In an effort to continue essential support for millions of the "
            "world's most food insecure people, the U.S. Agency for International Development "
            "(USAID) delivered another 47,500 metric tons of sorghum to Sudan. This food, "
            "supplied through USAID's Office of Food for Peace, will support the UN World Food "
            "Program's (WFP) efforts to feed millions of Sudanese children and displaced persons "
            "suffering from hunger and malnutrition.",
            "In Sudan, WFP provides 3.7 million people with emergency food and nutrition "
            "assistance. USAID's sorghum delivery will enable WFP to continue providing critical "
            "assistance to those in need, including 1.8 million displaced persons in Darfur. This "
            "food assistance is especially critical for feeding some of the world's most food "
            "insecure kids, including half a million children in Darfur, and approximately "
            "262,000 children in central and eastern Sudan through WFP's school feeding program. "
            "To help reach people in need during the June-to-October rainy season, a portion of "
            "these commodities will be prepositioned in remote areas of South Kordofan and White "
            "Niles States, where ongoing conflict and recent clashes continue to displace "
            "vulnerable populations.",
            "Since the early 1960s, the United States has partnered with WFP to fight hunger and "
            "malnutrition in Sudan, and remains the largest donor of food assistance to the "
            "Sudanese people. To date in Fiscal Year 2015, the United States has provided more "
            "than $119 million in humanitarian assistance, including roughly $56 million to WFP. "
            "This most recent shipment of sorghum complements a previous USAID contribution of "
            "more than 78,500 metric tons of sorghum, lentils, and vegetable oil that arrived in "
            "late 2014.",
        ],
        "quantities": [
            person("millions", 2e6, "the world's most food insecure people", approx=True),
            q("47,500 metric tons", 47500, "metric_ton", "mass", "sorghum delivered to Sudan"),
            person("millions", 2e6, "Sudanese children and displaced persons WFP feeds",
                   approx=True),
            person("3.7 million people", 3.7e6, "people receiving WFP assistance in Sudan"),
            person("1.8 million", 1.8e6, "displaced persons in Darfur"),
            person("half a million children", 500000, "children in Darfur"),
            person("approximately 262,000 children", 262000,
                   "children in WFP's school feeding program", approx=True),
            q("more than $119 million", 1.19e8, "USD", "money",
              "U.S. humanitarian assistance to Sudan in FY2015", approx=True),
            q("roughly $56 million", 5.6e7, "USD", "money", "U.S. assistance to WFP in Sudan",
              approx=True),
            q("more than 78,500 metric tons", 78500, "metric_ton", "mass",
              "previous USAID contribution of food", approx=True),
        ],
    },
    {
        "id": "qt18-28",
        "source": "usgov:ers.usda.gov",
        "url": "https://ers.usda.gov/data-products/charts-of-note/charts-of-note/?page=2&topicId=4fe002a3-9baf-48e7-9e03-a9ed03d960b6",
        "title": "ERS Charts of Note (USDA Economic Research Service), July 2022",
        "published": "2022-07-13",
        "truncated": True,
        "note": ("USDA Economic Research Service 'Charts of Note' listing page; kept: the first "
                 "chart's text. Title written from the page. Removed: the page heading, the "
                 "subscription lines, an image file name and the date line (moved to "
                 "published). Cut by the store inside the next chart's text; kept to the last "
                 "complete paragraph. '$753 per metric ton' is a rate (USD/metric_ton) and "
                 "'$1,192' takes its per-unit; '20 years ago' anchors a point in time and is not "
                 "annotated; '24 percent (almost $39 billion)' is two quantities."),
        "paragraphs": [
            "In fiscal year (FY) 2021, the value of U.S. fruit and vegetable imports rose to a "
            "record level. That record is projected to rise another 9 percent in FY 2022 "
            "(October–September) to $42.6 billion. Import volumes are also expected to grow 3 "
            "percent in FY 2022 to 29.4 million metric tons. This would further extend the trend "
            "seen from FY 2000 to FY 2021, during which the volume of U.S. fruit and vegetable "
            "imports increased 124 percent while the inflation-adjusted value of those imports "
            "increased 208 percent. This shift indicates that, on a per volume basis, imported "
            "fruits and vegetable products are priced higher than they were 20 years ago as "
            "growth in the value of these imports has exceeded growth in volume. Steadily "
            "increasing unit prices for imported fresh fruits and vegetables, up from $753 per "
            "metric ton in FY 2000 to $1,192 in FY 2021, have contributed significantly to the "
            "observed trend. In contrast, prices for imports of processed fruits and vegetables "
            "have been relatively stable. In FY 2021, fruits and vegetables accounted for 24 "
            "percent (almost $39 billion) of the total value of U.S. agricultural imports. Fresh "
            "fruit imports comprised the largest individual share by value at $15.5 billion, "
            "followed by fresh vegetables at $10.5 billion and processed vegetables and processed "
            "fruits, which were each about $6.5 billion. Some of the main fresh products were "
            "berries, tomatoes, avocados, and bananas, while the chief processed products "
            "included fruit juices and frozen vegetables. This chart was drawn from USDA, "
            "Economic Research Service’s Outlook for U.S. Agricultural Trade, published May 2022.",
        ],
        "quantities": [
            p("9 percent", 9, "projected rise in fruit and vegetable import value"),
            q("$42.6 billion", 4.26e10, "USD", "money",
              "projected value of fruit and vegetable imports in FY 2022"),
            p("3 percent", 3, "expected growth of import volumes"),
            q("29.4 million metric tons", 2.94e7, "metric_ton", "mass",
              "expected fruit and vegetable import volume in FY 2022"),
            p("124 percent", 124, "growth of import volume FY 2000-2021"),
            p("208 percent", 208, "growth of inflation-adjusted import value FY 2000-2021"),
            q("$753 per metric ton", 753, "USD/metric_ton", "rate",
              "unit price of fresh fruit and vegetable imports in FY 2000"),
            q("$1,192", 1192, "USD/metric_ton", "rate",
              "unit price of fresh fruit and vegetable imports in FY 2021"),
            p("24 percent", 24, "share of fruits and vegetables in agricultural import value"),
            q("almost $39 billion", 3.9e10, "USD", "money",
              "value of fruit and vegetable imports in FY 2021", approx=True),
            q("$15.5 billion", 1.55e10, "USD", "money", "fresh fruit imports"),
            q("$10.5 billion", 1.05e10, "USD", "money", "fresh vegetable imports"),
            q("about $6.5 billion", 6.5e9, "USD", "money",
              "processed vegetable imports and processed fruit imports, each", approx=True),
        ],
    },
    {
        "id": "qt18-29",
        "source": "usgov:www.tva.com",
        "url": "http://www.tva.com/river/neighbors/sept07/demand.htm",
        "title": "TVA meets all-time record demand for electricity",
        "published": None,
        "truncated": False,
        "note": ("Tennessee Valley Authority newsletter 'River Neighbors' (September 2007 issue "
                 "by the URL; the page shows no date). Removed: the logo line, 'TVA River "
                 "Neighbors', the headline (moved to title) and empty layout placeholders "
                 "('Content for id ... Goes Here'). Bare 'degrees' are read as Fahrenheit (the "
                 "guideline's rule for weather readings above 60; the page names no scale), "
                 "'within one degree' too. '100 degrees or above' keeps its trailing qualifier "
                 "(approximate). '13 peak power demand records' and the unit counts ('All 59 of "
                 "TVA's fossil units', 'six nuclear units', '90 of 109 hydro units', 'all but one "
                 "of TVA's 83 combustion-turbine units') have spans that stop at the number. "
                 "'more than one every three days' (a frequency) is not annotated."),
        "paragraphs": [
            "Record high temperatures on Aug. 16 pushed consumer demand for electricity to an "
            "all-time high on the TVA system. Peak use reached a record 33,499 megawatts at 6 p.m. "
            "EDT, when temperatures across the 80,000-square-mile service region averaged 102 "
            "degrees.",
            "The previous all-time system peak of 33,332 megawatts was met on Aug. 8, when the "
            "average temperature across the Valley was 98 degrees.",
            "TVA set a total of 13 peak power demand records – more than one every three days – "
            "during the month.",
            "The TVA service territory also recorded the highest average temperature in 55 years "
            "on Aug. 16, when the average Valley temperature reached 103.6 degrees at 4 p.m. EDT.",
            "August was the hottest month ever recorded in Nashville, Knoxville, Chattanooga, "
            "Bristol, Huntsville, and Tupelo. Nashville came within one degree of an all-time "
            "record high on Aug. 16 when the temperature hit 106 degrees, and Chattanooga did the "
            "same on August 23 with a high temperature of 105 degrees. Temperatures in Nashville "
            "were 100 degrees or above on 15 days in August – more than the combined total in the "
            "last 15 years.",
            "“Given the challenges we’ve faced over the past couple of weeks, our power system "
            "has held up amazingly well due to the hard work of our employees,” says TVA "
            "President & Chief Executive Officer Tom Kilgore.",
            "TVA’s entire generating fleet, transmission system, power-purchase arrangements, and "
            "distributors of TVA power made strong contributions in meeting the record demand. "
            "All 59 of TVA’s fossil units, all six nuclear units, all four pumped-storage units, "
            "90 of 109 hydro units, and all but one of TVA’s 83 combustion-turbine units were "
            "available for service during the peaks, as were most of TVA’s renewable energy "
            "units.",
        ],
        "quantities": [
            mw("33,499 megawatts", 33499, "record peak electricity use on the TVA system"),
            q("80,000-square-mile", 80000, "square_mile", "area", "TVA service region"),
            q("102 degrees", 102, "fahrenheit", "other",
              "average temperature across the service region at the peak"),
            mw("33,332 megawatts", 33332, "previous all-time system peak"),
            q("98 degrees", 98, "fahrenheit", "other", "average Valley temperature on Aug. 8"),
            c("13", 13, "records", "peak power demand records set in August"),
            q("55 years", 55, "year", "duration", "period without a higher average temperature"),
            q("103.6 degrees", 103.6, "fahrenheit", "other", "average Valley temperature on "
              "Aug. 16"),
            q("one degree", 1, "fahrenheit", "other", "gap to Nashville's all-time record high"),
            q("106 degrees", 106, "fahrenheit", "other", "Nashville temperature on Aug. 16"),
            q("105 degrees", 105, "fahrenheit", "other", "Chattanooga high temperature"),
            q("100 degrees or above", 100, "fahrenheit", "other",
              "Nashville temperatures on 15 August days", approx=True),
            q("15 days", 15, "day", "duration", "August days at 100 degrees or above in "
              "Nashville"),
            q("15 years", 15, "year", "duration", "period compared with August's hot days"),
            q("couple of weeks", 2, "week", "duration", "period of challenges to the power "
              "system", approx=True),
            c("59", 59, "fossil units", "TVA fossil units available"),
            c("six", 6, "nuclear units", "TVA nuclear units available"),
            c("four", 4, "pumped-storage units", "TVA pumped-storage units available"),
            c("90", 90, "hydro units", "TVA hydro units available"),
            c("109", 109, "hydro units", "TVA hydro units in total"),
            c("one", 1, "combustion-turbine units", "combustion-turbine unit not available"),
            c("83", 83, "combustion-turbine units", "TVA combustion-turbine units in total"),
        ],
    },
    {
        "id": "qt18-30",
        "source": "usgov:www.tva.com",
        "url": "http://www.tva.com/email/eRiver/2010/february.html",
        "title": "TVA reservoir operations update, February 10, 2010",
        "published": "2010-02-10",
        "truncated": True,
        "note": ("Tennessee Valley Authority monthly e-mail newsletter on reservoir operations. "
                 "Title written from the page. Removed: the 'trouble viewing' link line, the "
                 "date line (moved to published), the 'In this issue' list, the feedback and "
                 "opt-out paragraph and the section headings. Cut before the elevation chart "
                 "(the store keeps only its empty labels); kept to the last complete sentence. "
                 "Double spaces after some periods are verbatim. 'the past four months' is a "
                 "duration; 'quarterly' and 'monthly' are not annotated."),
        "paragraphs": [
            "Instead of publishing TVA River Neighbors, a quarterly electronic newsletter, TVA is "
            "now providing monthly updates on the operation of TVA-managed reservoirs by e-mail.",
            "The eastern Tennessee Valley received 4.5 inches of rain in the month of January, "
            "which is about normal.  Runoff was 3.8 inches, which is slightly above normal.",
            "Runoff is important to reservoir elevations because it is a measure of the water "
            "that reaches the river system when it rains instead of being absorbed into the "
            "ground.  Runoff is affected by soil conditions and by the intensity, amount, and "
            "duration of rainfall.",
            "For the past four months, rainfall was 3.6 inches above normal, and runoff was 5.7 "
            "inches above normal.",
            "Most reservoirs in the TVA system are higher than normal for this time of year due "
            "to heavy runoff from rain and snowmelt and TVA efforts to temporarily store the "
            "extra water to reduce downstream flood damage. Main-river reservoirs are near summer "
            "elevations, except for Nickajack and Wilson which are within their seasonal "
            "operating zones.",
            "Tributary reservoirs are almost four feet above their targeted seasonal elevations, "
            "on average, as shown in the chart below.",
        ],
        "quantities": [
            q("4.5 inches", 4.5, "inch", "length", "January rain in the eastern Tennessee Valley"),
            q("3.8 inches", 3.8, "inch", "length", "January runoff"),
            q("four months", 4, "month", "duration", "period of above-normal rain and runoff"),
            q("3.6 inches", 3.6, "inch", "length", "rainfall above normal over four months"),
            q("5.7 inches", 5.7, "inch", "length", "runoff above normal over four months"),
            q("almost four feet", 4, "foot", "length",
              "tributary reservoirs above their seasonal elevations", approx=True),
        ],
    },
    {
        "id": "qt18-31",
        "source": "usgov:www.tva.gov",
        "url": "http://www.tva.gov/email/eRiver/2011/august.html",
        "title": "TVA River Neighbors, August 4, 2011",
        "published": "2011-08-04",
        "truncated": True,
        "note": ("Tennessee Valley Authority monthly e-mail newsletter on reservoir operations. "
                 "Title written from the page. Removed: the 'trouble viewing' link line, 'TVA "
                 "River Neighbors', the date line (moved to published), the 'In this issue' "
                 "list, the feedback paragraph and the section headings. Cut before the "
                 "reservoir-level table (the store keeps only its labels and footnotes); kept to "
                 "the last complete sentence. 'just 75%' has span '75%' ('just' means 'only', "
                 "not an approximation); 'two exceptions' is a count."),
        "paragraphs": [
            "July turned out to be drier than normal (monthly rainfall was just 75% of what it "
            "typically is) for the part of the Valley above Chattanooga. However, for the "
            "calendar year to date, this part of the river basin stands at 95% of normal.",
            "Runoff numbers closely mimicked those of rainfall, with July coming in at 76% of "
            "normal. For the calendar year, runoff totals are, at 99%, about as close to normal "
            "as you can get.",
            "TVA strives to keep reservoir elevations at or just slightly below flood guide "
            "levels. And that’s basically where we are, as of August 1. All the tributary "
            "reservoirs are below flood guide, with two exceptions. Nottely is 2.9 feet above "
            "flood guide, due to a unit forced outage, and Blue Ridge is well below flood guide, "
            "as a result of the dam rehabilitation project.",
            "All the main river reservoirs are within their seasonal operating ranges.",
        ],
        "quantities": [
            p("75%", 75, "July rainfall relative to normal above Chattanooga"),
            p("95%", 95, "rainfall for the year to date relative to normal"),
            p("76%", 76, "July runoff relative to normal"),
            p("99%", 99, "runoff totals for the year relative to normal"),
            c("two exceptions", 2, "exceptions", "tributary reservoirs not below flood guide"),
            q("2.9 feet", 2.9, "foot", "length", "Nottely reservoir above flood guide"),
        ],
    },
    {
        "id": "qt18-32",
        "source": "usgov:www.tva.gov",
        "url": "http://www.tva.gov/news/releases/octdec09/rainfall.htm",
        "title": "Rainfall Results in Increased Hydropower, More Water Moving through TVA "
                 "Reservoirs",
        "published": "2009-11-24",
        "truncated": True,
        "note": ("Tennessee Valley Authority news release. Removed: the logo line, the headline "
                 "(moved to title) and the date line (moved to published). Cut by the store; "
                 "kept to the last complete sentence. 'several days' is read as 3 days "
                 "(approximate); 'about 56 feet in a year' is a length (the frequency is "
                 "separate); '4 to 5 feet' a range. Years ('since 2006') are not annotated."),
        "paragraphs": [
            "Recent rainfall, combined with annual releases to lower reservoirs to winter "
            "levels, means TVA is generating more hydropower and moving more water through the "
            "Tennessee River system than normal.",
            "TVA is generating hydropower at or above normal levels for the first time since "
            "2006, thanks to above-normal rainfall in October.",
            "“Hydroelectric plants at dams on the Tennessee River are generating at maximum "
            "capacity,” said TVA River Scheduling General Manager Chuck Bach. “Even so, we’ve had "
            "to release extra water at several main-river dams to keep tributary levels at normal "
            "stages to help prevent flooding.”",
            "TVA’s objective is to make sure there is enough room in the reservoirs to store "
            "runoff from flood-producing storms that are most likely to occur between December "
            "and mid-April, Bach said.",
            "“We can get heavy rainfall any time of year,” he added. “But winter storms tend to "
            "cover a larger area and can last for several days. Plus, vegetation is dormant, so "
            "we get more runoff.”",
            "TVA begins releasing water from tributary reservoirs at a faster rate after Labor "
            "Day each year to prepare for the flood season. Reservoirs typically reach their "
            "lowest levels by Jan. 1 to allow for more storage space.",
            "“That helps keep the water out of homes and businesses,” Bach said.",
            "The changes in water levels can be dramatic. Fontana Reservoir, for example, "
            "fluctuates about 56 feet in a year to provide seasonal flood storage. By comparison, "
            "levels on main-river reservoirs change only 4 to 5 feet to maintain channel depths "
            "required for commercial navigation.",
            "Bach said some people, especially newcomers to the Tennessee Valley, are surprised "
            "by the change in water levels. “People will buy a house on the water in the summer "
            "and not expect to see their dock on the ground in the winter,” he said.",
        ],
        "quantities": [
            q("several days", 3, "day", "duration", "length of winter storms", approx=True),
            q("about 56 feet", 56, "foot", "length", "yearly fluctuation of Fontana Reservoir",
              approx=True),
            q("4 to 5 feet", 4, "foot", "length", "level changes on main-river reservoirs",
              high=5),
        ],
    },
]

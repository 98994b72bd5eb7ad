"""Readable source of the sealed quantities test set ``test12.jsonl`` (annotated blind by sqy12).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test12.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

EERE = "This is an excerpt from EERE Network News"
EERE_NOTE = ("Removed: the newsletter banner ('" + EERE + ", a weekly electronic "
             "newsletter.'), the date line (moved to published) and the headline (moved to "
             "title).")
VOA_NOTE = ("Removed: 'Accessibility links', 'Breaking News', the section label, the headline "
            "(moved to title), photo captions (each printed twice)")
USAID_NOTE = ("Removed: the headline (moved to title), 'For Immediate Release', the date line "
              "(moved to published) and the press-office contact line")


from checklib import quantity_record as q  # one definition for every quantities source


def n(text, value, counted, about, approx=False, after=None):
    """Return a count record (unit ``count``, kind ``count``)."""
    return q(text, value, "count", "count", about, approx, counted=counted, after=after)


def p(text, value, about, approx=False, after=None):
    """Return a person-count record (unit ``person``, kind ``count``)."""
    return q(text, value, "person", "count", about, approx, after=after)


def pct(text, value, about, approx=False, after=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, after=after)


def usd(text, value, about, approx=False, after=None):
    """Return a US-dollar record."""
    return q(text, value, "USD", "money", about, approx, after=after)


def c(text, value, about, approx=False):
    """Return a Celsius temperature record (kind other, not normalized)."""
    return q(text, value, "celsius", "other", about, approx)


def kwh(text, value, about, approx=False):
    """Return a kilowatt-hour (energy) record: kind other, not normalized."""
    return q(text, value, "kilowatt_hour", "other", about, approx)


def mw(text, value, about, approx=False):
    """Return a megawatt (power) record: kind other, not normalized."""
    return q(text, value, "megawatt", "other", about, approx)


def gal(text, value, about, approx=False):
    """Return a gallon (volume) record."""
    return q(text, value, "gallon", "volume", about, approx)


DOCS = [
    {
        "id": "qt12-01",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/storm-leaves-1-dead-5-missing-in-southern-china/"
               "1730128.html",
        "title": "Typhoon Leaves 1 Dead, 5 Missing in Southern China",
        "published": "2013-08-15",
        "truncated": False,
        "note": VOA_NOTE + " and the VOA News byline box with size switchers. The page prints no "
                "date: published is inferred from the photo caption (August 14, 2013, the eve "
                "of the story's 'Thursday'). 'five others' (missing) is a count of people; "
                "'Tens of thousands' (evacuated) is a vague plural (20000, approximate).",
        "paragraphs": [
            "Chinese officials say Typhoon Utor killed at least one person and left five others "
            "missing in southern Guangdong Province before weakening to a tropical storm on "
            "Thursday.",
            "The storm made landfall Wednesday, bringing winds over 150 kilometers per hour and "
            "heavy rains that state media say caused torrential flooding and mountain torrents.",
            "Tens of thousands were evacuated ahead of the storm, which also forced the closure "
            "of some schools, offices and public transportation. Only minor damage was reported.",
            "Earlier Wednesday, authorities in Hong Kong canceled flights and closed the city's "
            "main stock exchange because of the storm.",
            "The typhoon passed over the Philippines earlier this week, causing landslides and "
            "flooding that killed at least six people and left 30,000 displaced.",
        ],
        "quantities": [
            p("at least one person", 1, "people killed by Typhoon Utor", approx=True),
            p("five others", 5, "people missing in Guangdong"),
            q("over 150 kilometers per hour", 150, "kilometer/hour", "rate",
              "winds of Typhoon Utor at landfall", approx=True),
            p("Tens of thousands", 20000, "people evacuated ahead of the storm", approx=True),
            p("at least six people", 6, "people killed in the Philippines", approx=True),
            p("30,000", 30000, "people displaced in the Philippines"),
        ],
    },
    {
        "id": "qt12-02",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/united-states-declares-flood-emergency-missouri/"
               "3129080.html",
        "title": "US Declares Flood Emergency in Missouri as Rivers Continue to Rise",
        "published": "2016-01-02",
        "truncated": True,
        "note": VOA_NOTE + ". Cut by the store in the paragraph on National Weather Service flood "
                "advisories; kept to the last complete sentence. The page prints no date: "
                "published is inferred from the captions (Dec. 30 and 31, 2015) and the story's "
                "'Saturday'. 'about an hour's drive' is a duration of one hour (span without "
                "''s drive'); 'thousands' (of others) is a vague plural; 'two' main interstate "
                "highways stops at the number (modifier before the noun).",
        "paragraphs": [
            "President Barack Obama declared an emergency Saturday in the flood-ravaged state of "
            "Missouri, a move that allows federal aid to help the state recover from massive "
            "flooding that has killed at least two dozen people, forced thousands of others to "
            "evacuate and submerged huge swaths of farmland.",
            "Saturday's declaration also permits the Federal Emergency Management Agency to "
            "coordinate disaster relief efforts. The help comes as state officials in Missouri "
            "and nearby Illinois toured the hardest-hit areas to survey the wreckage of homes "
            "and entire towns in the American heartland.",
            "\"It's almost as if you're living on some other planet,\" said Missouri Governor "
            "Jay Nixon as he stood on a mound of debris in the devastated town of Eureka, about "
            "an hour's drive west of St. Louis. And this, he said, \"is just a tiny fraction of "
            "the trail of destruction.\"",
            "The flooding was fueled by more than 25 centimeters of rain over three days in the "
            "past week, bursting banks on the Mississippi, Meramec and Missouri rivers.",
            "By Saturday, two main interstate highways reopened south and west of St. Louis, "
            "and some residents were allowed to return to their homes.",
            "But forecasters warned that regions farther south still faced flooding as swollen "
            "rivers continued to rise Saturday.",
        ],
        "quantities": [
            p("at least two dozen people", 24, "people killed by the Missouri flooding",
              approx=True),
            p("thousands", 2000, "people forced to evacuate", approx=True),
            q("about an hour", 1, "hour", "duration", "drive from Eureka to St. Louis",
              approx=True),
            q("more than 25 centimeters", 25, "centimeter", "length", "rain that fueled the "
              "flooding", approx=True),
            q("three days", 3, "day", "duration", "period of the heavy rain"),
            n("two", 2, "main interstate highways", "interstate highways reopened"),
        ],
    },
    {
        "id": "qt12-03",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/europe_heat-wave-sets-new-temperature-records-across-"
               "europe/6172673.html",
        "title": "Heat Wave Sets New Temperature Records Across Europe",
        "published": "2019-07-25",
        "truncated": True,
        "note": VOA_NOTE + ". Cut by the store in the paragraph on Germany, Switzerland and "
                "Austria; kept to the last complete sentence. The page prints no date: published "
                "is the date of the photo captions (July 25, 2019, the story's 'Thursday'). No "
                "byline is visible in the stored text. 'only 5%' keeps 'only' outside the span "
                "(not an approximating qualifier).",
        "paragraphs": [
            "Temperature records are being broken across Europe as a heat wave grips the "
            "continent.",
            "Hot air moving from the Sahara region has caused temperatures to rise.",
            "Paris surpassed its heat record Thursday, with temperatures in the city reaching "
            "42.7 degrees Celsius. Paris\u2019 record had been set in 1947 at 40.4 degrees "
            "Celsius.",
            "In June, France experienced its hottest day on record, with temperatures reaching "
            "47 degrees Celsius, causing the heat alert system to go to its maximum level of red "
            "for the first time.",
            "The Netherlands experienced its hottest day on record Thursday, with temperatures "
            "reaching 41.7 degrees Celsius. The previous record was set Wednesday, with "
            "temperatures reaching over 40 degrees Celsius in the Gilze Rijen municipality near "
            "the Belgian border.",
            "In Germany, heat records are also being broken, with temperatures reaching 42.6 "
            "degrees Celsius. The previous record was set Wednesday, with a high of 40.5 degrees "
            "Celsius in Geilenkirchen also near the Belgian border.",
            "Belgium also experienced its hottest day Thursday, with highs reaching 40.7 degrees "
            "Celsius, also in the western town of Beitem.",
            "Many public buildings in Europe lack air conditioning. Additionally, only 5% of "
            "homes have cooling units, according to reports.",
            "Trains across the continent have stopped, and authorities have advised people to "
            "seek cool environments.",
        ],
        "quantities": [
            c("42.7 degrees Celsius", 42.7, "new Paris heat record"),
            c("40.4 degrees Celsius", 40.4, "previous Paris heat record (1947)"),
            c("47 degrees Celsius", 47, "France's hottest day on record (June)"),
            c("41.7 degrees Celsius", 41.7, "Netherlands' hottest day on record"),
            c("over 40 degrees Celsius", 40, "previous Dutch record in Gilze Rijen",
              approx=True),
            c("42.6 degrees Celsius", 42.6, "new German heat record"),
            c("40.5 degrees Celsius", 40.5, "previous German record in Geilenkirchen"),
            c("40.7 degrees Celsius", 40.7, "Belgium's hottest day in Beitem"),
            pct("5%", 5, "European homes with cooling units"),
        ],
    },
]

DOCS += [
    {
        "id": "qt12-04",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=10140",
        "title": "First Half of 2006 is Warmest on Record for the United States",
        "published": "2006-07-19",
        "truncated": False,
        "note": EERE_NOTE + " Also removed: the closing link sentence 'But don't take our word "
                "for it, see the press releases from the Long Island Power Authority and the "
                "California Independent System Operator (PDF 26 KB). Download Adobe Reader.' "
                "(link line with a file size). '3.4 degrees F above' and '0.9 degrees F above' "
                "are temperature differences, unit fahrenheit; 'an increase of 6 percent' and "
                "'7 percent' are kept as the page writes them (percent, not percentage points).",
        "paragraphs": [
            "At the halfway point, 2006 is shaping up to be the warmest year on record for the "
            "United States, according to the National Oceanic and Atmospheric Administration "
            "(NOAA). Based on preliminary data, the average January to June temperature for the "
            "contiguous United States was 51.8 degrees Fahrenheit, which is 3.4 degrees F above "
            "the average temperature during the 20th century. The heat is taxing electrical "
            "power systems while a continued drought is depleting hydropower resources. In "
            "June, 45 percent of the contiguous U.S. was in moderate to-extreme drought, an "
            "increase of 6 percent from May, while 27 percent was in severe-to-extreme drought, "
            "an increase of 7 percent from May. This year is also shaping up to be the sixth "
            "warmest on record for the globe, with January to June average temperatures at 0.9 "
            "degrees F above the 20th-century mean. See the NOAA press release and the full "
            "analysis from NOAA's National Climatic Data Center.",
            "In case you haven't noticed, July is turning out to be a warm one as well, with a "
            "heat wave setting records across much of the country. So far, U.S. utilities are "
            "meeting the challenge without any major power disruptions, although many are "
            "calling on their customers to conserve energy. Electricity supplies are strained "
            "and new electrical demand records are being set from coast to coast.",
        ],
        "quantities": [
            q("51.8 degrees Fahrenheit", 51.8, "fahrenheit", "other",
              "average January to June temperature of the contiguous U.S."),
            q("3.4 degrees F", 3.4, "fahrenheit", "other",
              "departure above the 20th-century average temperature"),
            pct("45 percent", 45, "contiguous U.S. in moderate-to-extreme drought"),
            pct("6 percent", 6, "increase of drought area from May"),
            pct("27 percent", 27, "contiguous U.S. in severe-to-extreme drought"),
            pct("7 percent", 7, "increase of severe drought area from May"),
            q("0.9 degrees F", 0.9, "fahrenheit", "other",
              "global January to June temperatures above the 20th-century mean"),
        ],
    },
    {
        "id": "qt12-05",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/todayinenergy/detail.php?id=43115",
        "title": "U.S. natural gas production grew again in 2019, increasing by 10%",
        "published": "2020-03-10",
        "truncated": True,
        "note": "Today in Energy article. Removed: the EIA logo and 'Skip to sub-navigation', "
                "'Today in Energy', the date line (moved to published), the headline (moved to "
                "title), two chart titles and their 'Source:' lines. Cut by the store in the "
                "third paragraph (exports); kept to the end of the second paragraph. 'Bcf/d' "
                "spellings keep the base id with the scale applied: 10.5 Bcf/d = 1.05e10 "
                "cubic_foot/day (rate). 'the three measures' is a count.",
        "paragraphs": [
            "U.S. natural gas production grew by 9.8 billion cubic feet per day (Bcf/d) in 2019, "
            "a 10% increase from 2018. The increase was slightly less than the 2018 annual "
            "increase of 10.5 Bcf/d. U.S. natural gas production measured as gross withdrawals "
            "(the most comprehensive measure of natural gas production) averaged 111.5 Bcf/d in "
            "2019, the highest volume on record, according to the U.S. Energy Information "
            "Administration\u2019s (EIA) Monthly Crude Oil and Natural Gas Production Report. "
            "U.S. natural gas production, when measured as marketed natural gas production and "
            "dry natural gas production, also reached new highs at 99.2 Bcf/d and 92.2 Bcf/d, "
            "respectively.",
            "U.S. natural gas gross withdrawals recorded a monthly high of 116.8 Bcf/d in "
            "November 2019. Marketed natural gas production and dry natural gas production also "
            "reached monthly record highs of 103.6 Bcf/d and 96.4 Bcf/d, respectively, in "
            "November 2019. Gross withdrawals are the largest of the three measures because "
            "they include all natural gas plant liquids and nonhydrocarbon gases after oil, "
            "lease condensate, and water have been removed. Marketed natural gas production "
            "reflects gross withdrawals less natural gas used for repressuring wells, quantities "
            "vented or flared, and nonhydrocarbon gases removed in treating or processing "
            "operations. Dry natural gas is consumer-grade natural gas, or marketed production "
            "less natural gas liquids extracted.",
        ],
        "quantities": [
            q("9.8 billion cubic feet per day", 9.8e9, "cubic_foot/day", "rate",
              "growth of U.S. natural gas production in 2019"),
            pct("10%", 10, "increase of natural gas production from 2018"),
            q("10.5 Bcf/d", 1.05e10, "cubic_foot/day", "rate",
              "2018 annual increase of natural gas production"),
            q("111.5 Bcf/d", 1.115e11, "cubic_foot/day", "rate",
              "gross withdrawals of natural gas in 2019"),
            q("99.2 Bcf/d", 9.92e10, "cubic_foot/day", "rate",
              "marketed natural gas production in 2019"),
            q("92.2 Bcf/d", 9.22e10, "cubic_foot/day", "rate",
              "dry natural gas production in 2019"),
            q("116.8 Bcf/d", 1.168e11, "cubic_foot/day", "rate",
              "monthly high of gross withdrawals (November 2019)"),
            q("103.6 Bcf/d", 1.036e11, "cubic_foot/day", "rate",
              "monthly record of marketed production"),
            q("96.4 Bcf/d", 9.64e10, "cubic_foot/day", "rate",
              "monthly record of dry production"),
            n("three measures", 3, "measures", "measures of natural gas production"),
        ],
    },
    {
        "id": "qt12-06",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=5868",
        "title": "Tally of Highly Energy-Efficient U.S. Buildings Reaches 729",
        "published": "2002-03-27",
        "truncated": False,
        "note": EERE_NOTE + " The last paragraph has no final period (verbatim). '122', '204' "
                "and '116' count Energy Star buildings (a participle, not the counted noun, "
                "follows); '287' public schools stops at the number (modifier).",
        "paragraphs": [
            "The U.S. Environmental Protection Agency (EPA) announced last week that 729 "
            "buildings throughout the United States have earned the EPA/DOE Energy Star. These "
            "office and school buildings use about 40 percent less energy than average U.S. "
            "buildings. The EPA estimates that the buildings have saved $134 million in energy "
            "costs since 1999, avoiding the emission of 1.9 billion pounds of carbon dioxide, "
            "the chief greenhouse gas. Among the Energy Star buildings are 122 owned and "
            "occupied by large commercial institutions, 204 owned by commercial real estate "
            "organizations and leased to commercial tenants, 287 public schools and 116 federal "
            "government facilities. See the press release and the full list of buildings at "
            "the Energy Star News Room on the EPA Web site.",
            "Energy-efficient homes earned the limelight on Monday, as 15 homebuilders were "
            "lauded at the National Green Building Conference in Seattle, Washington. The "
            "winners of the \"EnergyValue Housing Awards\" were honored for using such "
            "technologies as high-efficiency windows, insulated basement walls, solar water "
            "heating, and geothermal heat pumps in the homes that they built. The National Green "
            "Building Conference was sponsored in part by DOE and its National Renewable Energy "
            "Laboratory (NREL). See the NREL press release.",
            "Want to learn more about new building technologies? Check out the new Web site for "
            "the Partnership for Advanced Technology in Housing (PATH), a public-private "
            "partnership.",
            "Many of the PATH technologies relate to energy efficiency. A related Web site, "
            "called ToolBase, provides detailed results of PATH field projects and PATH's "
            "\"Technology Inventory.\" See the ToolBase Web site at: Field Results and "
            "Technology Inventory",
        ],
        "quantities": [
            n("729 buildings", 729, "buildings", "buildings that earned the Energy Star"),
            pct("about 40 percent", 40, "energy savings of Energy Star buildings", approx=True),
            usd("$134 million", 134e6, "energy costs saved since 1999"),
            q("1.9 billion pounds", 1.9e9, "pound", "mass", "carbon dioxide emissions avoided"),
            n("122", 122, "Energy Star buildings",
              "buildings owned by large commercial institutions"),
            n("204", 204, "Energy Star buildings",
              "buildings owned by commercial real estate organizations"),
            n("287", 287, "public schools", "Energy Star public schools"),
            n("116", 116, "federal government facilities",
              "Energy Star federal government facilities"),
            n("15 homebuilders", 15, "homebuilders", "homebuilders lauded at the conference"),
        ],
    },
    {
        "id": "qt12-07",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=17206",
        "title": "Energy Star Building Projects Honored",
        "published": "2011-05-18",
        "truncated": False,
        "note": EERE_NOTE + " 'nearly 46,000 metric tons of carbon dioxide annually' is one "
                "rate (metric_ton/year, inserted 'of carbon dioxide'); 'more than 54,000 "
                "vehicles per year' is one rate (count/year) as the per-unit follows directly; "
                "'$7 million in annual energy costs' is money (the adjective 'annual' is not a "
                "per-unit after the amount). 'the past year' and 'the past several years' are "
                "durations (several = 3, approximate). '50% or more' keeps the trailing "
                "qualifier.",
        "paragraphs": [
            "The U.S. Environmental Protection Agency (EPA) announced on May 12 that 79 "
            "commercial building design projects achieved Designed to Earn the Energy Star "
            "certification in the past year. In total, the projects are estimated to save "
            "nearly 46,000 metric tons of carbon dioxide annually and more than $7 million in "
            "annual energy costs across nearly 6.5 million square feet. Twelve of the projects "
            "attained an estimated carbon dioxide emissions reduction of 50% or more, meeting "
            "Energy Star, American Institute of Architects (AIA), and industry goals for a 50% "
            "carbon dioxide reduction in new construction by 2030. Energy Star is a joint "
            "program of DOE and EPA.",
            "EPA estimates that if they are built as designed, the projects will prevent "
            "greenhouse gas emissions equal to the emissions from more than 54,000 vehicles per "
            "year and will save more than $26 million in annual energy costs. For the past "
            "several years, EPA and AIA have worked together to promote the Designed to Earn "
            "the Energy Star certification for new building design projects. An architecture "
            "firm can achieve the certification for its projects by comparing the project's "
            "intended energy performance against the average energy use of comparable operating "
            "buildings using EPA's online tool Target Finder. Once the building is occupied, "
            "owners can track its actual energy performance using Portfolio Manager, EPA's "
            "measurement and tracking tool, and can earn Energy Star certification if the "
            "building performs as planned. See the EPA press release.",
        ],
        "quantities": [
            n("79", 79, "commercial building design projects",
              "projects certified Designed to Earn the Energy Star"),
            q("the past year", 1, "year", "duration", "period of the certifications"),
            q("nearly 46,000 metric tons of carbon dioxide annually", 46000, "metric_ton/year",
              "rate", "carbon dioxide the projects save", approx=True),
            usd("more than $7 million", 7e6, "annual energy costs saved by the projects",
                approx=True),
            q("nearly 6.5 million square feet", 6.5e6, "square_foot", "area",
              "floor space of the projects", approx=True),
            n("Twelve", 12, "projects", "projects with at least 50% emissions reduction"),
            pct("50% or more", 50, "emissions reduction of the twelve projects", approx=True),
            pct("50%", 50, "carbon dioxide reduction goal for new construction"),
            q("more than 54,000 vehicles per year", 54000, "count/year", "rate",
              "vehicle emissions equal to the prevented emissions", approx=True),
            usd("more than $26 million", 26e6, "annual energy costs the projects will save",
                approx=True),
            q("the past several years", 3, "year", "duration",
              "period of EPA and AIA cooperation", approx=True),
        ],
    },
    {
        "id": "qt12-08",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=21441",
        "title": "Better Buildings Challenge Grows by 1 Billion Square Feet",
        "published": "2014-05-14",
        "truncated": False,
        "note": EERE_NOTE + " 'approximately $100 million a year' is one rate (USD/year). "
                "'another 4,500' counts buildings (span without 'another'). 'second year' is an "
                "ordinal.",
        "paragraphs": [
            "The Energy Department announced on May 9 that Better Buildings Challenge partners "
            "are on track to meet their energy performance goals in their second year, saving "
            "approximately $100 million a year. The Department also announced that 26 new "
            "partners and seven financial allies\u2014including Wal-Mart, General Mills, the "
            "City of San Diego, Jonathan Rose Companies, Hannon Armstrong, and Enterprise "
            "Community Partners\u2014have committed to improving energy efficiency across more "
            "than 1 billion square feet of building space.",
            "This year, some partners\u2014including the University of California at Irvine, "
            "Best Buy, Legrand, and Cummins\u2014not only hit their energy saving goals but also "
            "pledged to continue to increase their energy efficiency, and four financial allies "
            "have surpassed their original financing commitment\u2014including AFL-CIO, Citi, "
            "Energi, and Green Campus Partners.",
            "Across the country, Better Buildings Challenge partners are deploying "
            "energy-efficiency projects at more than 9,000 facilities. Of these, more than 2,100 "
            "buildings have improved energy efficiency by at least 20%, while another 4,500 have "
            "improved energy efficiency by at least 10%, compared to their baseline years. "
            "Better Buildings Challenge financial allies have also extended more than $1.7 "
            "billion in private financing for building-efficiency improvements reaching 97% of "
            "their collective goal. See the Energy Department news release and the Better "
            "Buildings Challenge website.",
        ],
        "quantities": [
            q("approximately $100 million a year", 100e6, "USD/year", "rate",
              "savings of Better Buildings Challenge partners", approx=True),
            n("26", 26, "new partners", "new Better Buildings Challenge partners"),
            n("seven", 7, "financial allies", "new financial allies"),
            q("more than 1 billion square feet", 1e9, "square_foot", "area",
              "building space committed by new partners", approx=True),
            n("four", 4, "financial allies", "financial allies beyond their commitment"),
            n("more than 9,000 facilities", 9000, "facilities",
              "facilities with energy-efficiency projects", approx=True),
            n("more than 2,100 buildings", 2100, "buildings",
              "buildings improved by at least 20%", approx=True),
            pct("at least 20%", 20, "energy efficiency improvement", approx=True),
            n("4,500", 4500, "buildings", "buildings improved by at least 10%"),
            pct("at least 10%", 10, "energy efficiency improvement", approx=True),
            usd("more than $1.7 billion", 1.7e9, "private financing extended by financial "
                "allies", approx=True),
            pct("97%", 97, "share of the financial allies' collective goal"),
        ],
    },
    {
        "id": "qt12-09",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=9971",
        "title": "Forecasters Predict an Active and Dangerous Hurricane Season",
        "published": "2006-05-03",
        "truncated": True,
        "note": EERE_NOTE + " Cut by the store in the last sentence of the third paragraph "
                "(platforms); kept to the last complete sentence. 'several tenths of a degree "
                "Celsius' = 0.3 celsius, approximate. 'from 183 to 457' and 'from 64 to 101' "
                "are changes (two quantities each). '17 named storms' and 'only 32' stop at "
                "the number; 'five-day' is a duration.",
        "paragraphs": [
            "The Atlantic hurricane season starts on June 1st, and forecasters are predicting "
            "an active season. Hurricane forecasters at Colorado State University (CSU), "
            "employing a statistical system based on past trends, are predicting a \"very "
            "active\" season with landfall probabilities \"well above their long-period "
            "averages.\" Their updated forecast, released in April, projects 17 named storms, "
            "of which 9 will become hurricanes. Five of those hurricanes are expected to become "
            "intense, and the probability of a major hurricane landfall in the United States is "
            "estimated to be about 55 percent higher than the long-term average. The "
            "forecasters report that the Atlantic Ocean \"remains anomalously warm.\" See the "
            "CSU press release and forecast.",
            "The National Oceanic and Atmospheric Administration (NOAA) confirmed the warming "
            "of the Atlantic Ocean on May 1st, noting that the region where hurricanes "
            "originate has warmed several tenths of a degree Celsius over the 20th century. "
            "According to NOAA, new climate models \"suggest that human activity, such as "
            "increasing greenhouse gas emissions into the atmosphere, may contribute "
            "significantly to this warming.\" With hurricane season approaching soon, NOAA is "
            "on a five-day hurricane preparedness tour along the Gulf Coast and Florida this "
            "week. See the NOAA press releases on the ocean warming and the hurricane "
            "preparedness tour.",
            "Meanwhile, the Minerals Management Service (MMS) has boosted its estimate of the "
            "damage to oil and gas infrastructure from Hurricanes Katrina and Rita. The MMS "
            "raised the number of damaged pipelines from 183 to 457 and raised the number of "
            "large pipelines that were damaged from 64 to 101. Of the large pipelines, only 32 "
            "have returned to service.",
        ],
        "quantities": [
            n("17", 17, "named storms", "named storms forecast by CSU"),
            n("9", 9, "hurricanes", "named storms forecast to become hurricanes"),
            n("Five", 5, "hurricanes", "hurricanes expected to become intense"),
            pct("about 55 percent", 55, "excess probability of a major hurricane landfall",
                approx=True),
            q("several tenths of a degree Celsius", 0.3, "celsius", "other",
              "warming of the Atlantic hurricane region over the 20th century", approx=True),
            q("five-day", 5, "day", "duration", "NOAA hurricane preparedness tour"),
            n("183", 183, "damaged pipelines", "earlier MMS count of damaged pipelines"),
            n("457", 457, "damaged pipelines", "revised MMS count of damaged pipelines"),
            n("64", 64, "large pipelines", "earlier count of damaged large pipelines"),
            n("101", 101, "large pipelines", "revised count of damaged large pipelines"),
            n("32", 32, "large pipelines", "large pipelines returned to service"),
        ],
    },
]

DOCS += [
    {
        "id": "qt12-10",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=9425",
        "title": "Amsterdam's Nuon Solar Team Wins the World Solar Challenge",
        "published": "2005-10-05",
        "truncated": False,
        "note": EERE_NOTE + " '29 hours and 11 minutes' and '33 hours and 18 minutes' are one "
                "duration each (value in hours, 11/60 and 18/60 added); 'more than an hour and a "
                "half' = 1.5 hour, approximate. 'faster than 100 kilometers per hour' keeps the "
                "comparative in the span (approximate, like 'more than'). Ordinals ('third "
                "consecutive win', 'second place', 'sixth place') are not quantities.",
        "paragraphs": [
            "The Nuon Solar Team won the World Solar Challenge on September 28th, smashing its "
            "own record by covering the 1877-mile course in only 29 hours and 11 minutes, "
            "beating its previous time by more than an hour and a half. That works out to an "
            "average speed of 64.3 miles per hour, or 102.75 kilometers per hour, marking the "
            "first time that a solar car has gone faster than 100 kilometers per hour along the "
            "grueling course. The Nuon team earned their third consecutive win, followed in "
            "second place by the Aurora Vehicle Association of Australia. The University of "
            "Michigan took third place with a time of 33 hours and 18 minutes, for an average "
            "speed of about 56 miles per hour. The Massachusetts Institute of Technology earned "
            "sixth place, a respectable finish among the field of 19 cars that completed the "
            "race. See the Media and \"On the Road\" sections of the World Solar Challenge Web "
            "site.",
        ],
        "quantities": [
            q("1877-mile", 1877, "mile", "length", "World Solar Challenge course"),
            q("29 hours and 11 minutes", 29 + 11 / 60, "hour", "duration",
              "Nuon Solar Team's race time"),
            q("more than an hour and a half", 1.5, "hour", "duration",
              "margin over the team's previous time", approx=True),
            q("64.3 miles per hour", 64.3, "mile/hour", "rate", "Nuon team's average speed"),
            q("102.75 kilometers per hour", 102.75, "kilometer/hour", "rate",
              "Nuon team's average speed"),
            q("faster than 100 kilometers per hour", 100, "kilometer/hour", "rate",
              "first solar car speed mark on the course", approx=True),
            q("33 hours and 18 minutes", 33.3, "hour", "duration",
              "University of Michigan's race time"),
            q("about 56 miles per hour", 56, "mile/hour", "rate",
              "University of Michigan's average speed", approx=True),
            n("19 cars", 19, "cars", "cars that completed the race"),
        ],
    },
    {
        "id": "qt12-11",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6528",
        "title": "Fourteen of 22 Cars Complete the World Solar Challenge",
        "published": "2003-10-29",
        "truncated": True,
        "note": EERE_NOTE + " Cut by the store after 'See the ESA'; kept to the last complete "
                "sentence. 'six days earlier' anchors a point in time (not annotated); 'an hour "
                "and forty-three minutes' is one duration (1 + 43/60 hour). 'five kilowatt- "
                "hours' keeps the page's space after the hyphen. 'the team-from Melbourne, "
                "Australia-reached' and 'Challenge-and ... speed-by' keep the page's hyphens for "
                "dashes. Finishers by day ('Three other vehicles', 'three more', 'two more', "
                "'two') are counts of vehicles; 'a final straggler' is not annotated.",
        "paragraphs": [
            "The World Solar Challenge ended on October 28th in Australia, and 14 of the 22 cars "
            "that entered the race reached the finish line near Adelaide under their own power. "
            "For the leaders, the race was over six days earlier: the Nuon Solar Team from the "
            "Netherlands finished the course on the afternoon of October 22nd, winning the race "
            "with an average speed of about 60 miles per hour. The second-place team-from "
            "Melbourne, Australia-reached the finish line an hour and forty-three minutes behind "
            "the Dutch team. A team from the Massachusetts Institute of Technology came in "
            "third, finishing early in the morning on October 23rd. Three other vehicles "
            "finished that day, followed by three more on the 24th, two more on the 25th, two "
            "on the 26th, and a final straggler on October 28th. The final team\u2014the "
            "Heliodet team from Germany\u2014has entered each of the seven World Solar "
            "Challenges, and was successful in crossing the finish line for the first time "
            "this year. The World Solar Challenge is a grueling course, stretching nearly 1,900 "
            "miles down the center of the Australian continent. See the \"Latest Updates\" and "
            "\"Media\" pages on the World Solar Challenge Web site.",
            "The Nuon Solar Team earned its second consecutive win at the World Solar "
            "Challenge-and achieved its second consecutive world-record speed-by relying "
            "heavily on technology developed by the European Space Agency (ESA). The team's "
            "vehicle, the Nuna II, used 3,000 triple-junction gallium-arsenide solar cells, "
            "which convert more than 24.5 percent of the sunlight that hits them into "
            "electricity. The craft also featured 46 lithium-ion batteries (providing five "
            "kilowatt- hours of electrical energy storage), an advanced aerodynamic shape, and "
            "a carbon-fiber body reinforced with a plastic called aramide, which is used in "
            "space suits for protection against micrometeorites.",
        ],
        "quantities": [
            n("14", 14, "cars", "cars that reached the finish line"),
            n("22 cars", 22, "cars", "cars that entered the race"),
            q("about 60 miles per hour", 60, "mile/hour", "rate",
              "Nuon Solar Team's average speed", approx=True),
            q("an hour and forty-three minutes", 1 + 43 / 60, "hour", "duration",
              "gap between the second-place team and the winners"),
            n("Three", 3, "vehicles", "vehicles finishing on October 23rd"),
            n("three", 3, "vehicles", "vehicles finishing on the 24th"),
            n("two", 2, "vehicles", "vehicles finishing on the 25th"),
            n("two", 2, "vehicles", "vehicles finishing on the 26th"),
            n("seven", 7, "World Solar Challenges", "World Solar Challenges entered by Heliodet"),
            q("nearly 1,900 miles", 1900, "mile", "length", "World Solar Challenge course",
              approx=True),
            n("3,000", 3000, "solar cells", "solar cells on the Nuna II"),
            pct("more than 24.5 percent", 24.5, "sunlight converted into electricity",
                approx=True),
            n("46 lithium-ion batteries", 46, "lithium-ion batteries",
              "batteries on the Nuna II"),
            q("five kilowatt- hours", 5, "kilowatt_hour", "other",
              "electrical energy storage of the Nuna II"),
        ],
    },
    {
        "id": "qt12-12",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=11134",
        "title": "Mississippi and New York Teams Win Cross-Country Solar Car Race",
        "published": "2007-08-01",
        "truncated": True,
        "note": EERE_NOTE + " Also removed: the photo description ('Photo of a solar car "
                "traveling on a public street. ...') and the photo caption with its credit. Cut "
                "by the store after 'See the Dell press release and th'; kept to the last "
                "complete sentence. '38.76 and 38.42 miles per hour, respectively' are two "
                "values (the first takes its unit from the second), not a range.",
        "paragraphs": [
            "The teams from Houston, Mississippi; Decatur, Mississippi; and Newburgh, New York, "
            "have claimed the top spots in this year's Dell-Winston School Solar Challenge, "
            "which began in Round Rock, Texas, on July 17th and ended in Newburgh, New York, on "
            "July 24th. Nine teams from California, Florida, Mississippi, Missouri, New York, "
            "and Texas took part in this year's race, which covered 2,020 miles. Five teams "
            "raced in the Classic Division, which requires that participants adhere to specific "
            "types of solar cells, motors, and body designs, while four teams raced in the Open "
            "Division, which allows the use of high-efficiency solar cells in unique body "
            "designs.",
            "Tying for first place in the Open Division, the \"Sundancer\" team from the "
            "Houston Vocational Center and the \"Sol Machine VII\" team from Newburgh Free "
            "Academy reached average speeds of 38.76 and 38.42 miles per hour, respectively, "
            "and traveled about 689 miles. This marks the seventh consecutive win for the "
            "Houston team. Taking first place in the Classic Division, the Newton County Solar "
            "Car Team from Decatur drove at an average speed of 17.05 miles per hour and "
            "traveled 466 miles.",
        ],
        "quantities": [
            n("Nine teams", 9, "teams", "teams in the Dell-Winston race"),
            q("2,020 miles", 2020, "mile", "length", "distance covered by the race"),
            n("Five teams", 5, "teams", "teams in the Classic Division"),
            n("four teams", 4, "teams", "teams in the Open Division"),
            q("38.76", 38.76, "mile/hour", "rate", "average speed of the Sundancer team"),
            q("38.42 miles per hour", 38.42, "mile/hour", "rate",
              "average speed of the Sol Machine VII team"),
            q("about 689 miles", 689, "mile", "length", "distance traveled by the Open Division "
              "winners", approx=True),
            q("17.05 miles per hour", 17.05, "mile/hour", "rate",
              "average speed of the Newton County team"),
            q("466 miles", 466, "mile", "length", "distance traveled by the Newton County team"),
        ],
    },
    {
        "id": "qt12-13",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=11451",
        "title": "U.N. Sees Near-Record Greenhouse Gas Emissions in 2005",
        "published": "2007-11-28",
        "truncated": False,
        "note": EERE_NOTE + " Also removed: the two closing link sentences with file sizes "
                "('See the UNFCCC announcement (PDF 52.9 KB). Download Adobe Reader.' and 'See "
                "the CARMA Web site and the CGD press release (PDF 285 KB).'). '2.7 billion tons "
                "of carbon dioxide per year' is one rate (metric_ton/year); 'the U.S. annual "
                "emissions of 2.8 billion tons' is a mass (the adjective 'annual' precedes). "
                "Plain 'tons' -> metric_ton.",
        "paragraphs": [
            "The total greenhouse gas emissions from 40 industrialized countries rose to a near "
            "all-time high in 2005, according to the United Nations secretariat for climate "
            "change. The increase in emissions was caused by growth in highly industrialized "
            "countries as well as revived economic growth in former East bloc nations, "
            "according to data submitted to the United Nations Framework Convention on Climate "
            "Change (UNFCCC). The U.N. also reports that the Kyoto Protocol has spawned "
            "international greenhouse gas emission trading worth $30 billion in 2006, with the "
            "bulk of the trading occurring within the European Union's emissions trading "
            "scheme. The UNFCCC is currently gearing up for an international climate change "
            "conference that will be held in Bali from December 3rd through the 14th.",
            "Meanwhile, the Center for Global Development (CGD) has launched a Web site called "
            "Carbon Monitoring for Action, or CARMA, which tracks the power plants emitting the "
            "most carbon dioxide throughout the world. The data show that the power sector in "
            "China has nearly caught up with the power sector in the United States, producing "
            "2.7 billion tons of carbon dioxide per year, compared to the U.S. annual emissions "
            "of 2.8 billion tons.",
        ],
        "quantities": [
            n("40", 40, "industrialized countries",
              "countries whose emissions rose to a near all-time high"),
            usd("$30 billion", 30e9, "greenhouse gas emission trading in 2006"),
            q("2.7 billion tons of carbon dioxide per year", 2.7e9, "metric_ton/year", "rate",
              "carbon dioxide from China's power sector"),
            q("2.8 billion tons", 2.8e9, "metric_ton", "mass",
              "annual carbon dioxide emissions of the U.S. power sector"),
        ],
    },
    {
        "id": "qt12-14",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/eere/articles/energy-numbers-fuel-cell-electric-vehicles",
        "title": "Energy By The Numbers: Fuel Cell Electric Vehicles",
        "published": "2017-10-13",
        "truncated": False,
        "note": "EERE article: description of a video with its captions. Removed: the headline "
                "(moved to title), the teaser paragraph above the office line (it repeats the "
                "caption 'FCEVs run on hydrogen ... 5 kilograms of hydrogen.' and adds 'Learn "
                "more about FCEVs.'), 'Office of Energy Efficiency & Renewable Energy', the date "
                "line (moved to published), 'minute read time', 'Video Url', the closing 'Learn "
                "more: energy.gov/fuelcells.' and the tag list. 'a few minutes' = 3 minutes, "
                "approximate; 'just 5 kilograms' keeps 'just' outside the span. 'open 100' "
                "counts hydrogen stations.",
        "paragraphs": [
            "The video opens with a shot of a car driving on a road. Captions explain:",
            "Fuel cell electric vehicles (FCEVs) debuted in the U.S. in 2015. There are 3 "
            "models commercially available in parts of the United States.",
            "The video shows the inside of the vehicle's hood, which has a large battery "
            "reading \"Fuel Cell.\" It's followed by a shot of water draining out of the car.",
            "FCEVs run on hydrogen and emit only H2O. They can travel more than 300 miles on "
            "just 5 kilograms of hydrogen. It takes just a few minutes to fill up a fuel cell "
            "vehicle tank.",
            "The video shows someone fueling the car with a hydrogen pump.",
            "California has more than 30 hydrogen stations. They have plans to open 100. 12 "
            "stations are already planned for the northeast.",
            "Government & industry research reduced the cost of fuel cells for transportation "
            "by 60% since 2006. That\u2019s helped put more than 2,500 fuel cell cars on the "
            "road. But that\u2019s just beginning\u2026.",
            "We could see more than 40,000 FCEVs by 2022.",
            "The car drives off.",
        ],
        "quantities": [
            n("3 models", 3, "models", "fuel cell vehicle models on sale"),
            q("more than 300 miles", 300, "mile", "length", "range of a fuel cell vehicle",
              approx=True),
            q("5 kilograms", 5, "kilogram", "mass", "hydrogen for the range of an FCEV"),
            q("a few minutes", 3, "minute", "duration", "time to fill a fuel cell vehicle tank",
              approx=True),
            n("more than 30", 30, "hydrogen stations", "hydrogen stations in California",
              approx=True),
            n("100", 100, "hydrogen stations", "hydrogen stations California plans to open"),
            n("12 stations", 12, "stations", "hydrogen stations planned for the northeast"),
            pct("60%", 60, "reduction of fuel cell cost since 2006"),
            n("more than 2,500", 2500, "fuel cell cars", "fuel cell cars on the road",
              approx=True),
            n("more than 40,000 FCEVs", 40000, "FCEVs", "fuel cell vehicles expected by 2022",
              approx=True),
        ],
    },
    {
        "id": "qt12-15",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=5960",
        "title": "Fuel-Cell-Powered Car Completes Cross-Country Trip",
        "published": "2002-06-12",
        "truncated": True,
        "note": EERE_NOTE + " Cut by the store after 'See ' in the fourth paragraph; kept to "
                "the last complete sentence. Compound adjectives '300-mile', '3,000-mile' and "
                "'16-day' are quantities; '60,000 road miles' keeps the modifier 'road' inside "
                "the span (between number and unit word). 'at least one place' is a count. "
                "Names (NECAR 5, HydroGen 1) are not quantities.",
        "paragraphs": [
            "DaimlerChrysler recently completed a cross-country drive in its fuel-cell-powered "
            "NECAR 5, achieving a milestone in performance for fuel cell vehicles. The NECAR 5 "
            "left San Francisco on May 20th and arrived in Washington, D.C., on June 4th. "
            "Methanol was delivered at 300-mile intervals along the 3,000-mile route to refuel "
            "the vehicle. Although the 16-day trip was hardly a record breaker for speed, it "
            "does represent a performance achievement for fuel cell vehicles. But with the "
            "accompaniment of two sport utility vehicles and a van, plus the pre-delivery of "
            "the methanol fuel, the trip also demonstrates how far we need to go before fuel "
            "cell vehicles become a practical reality. See the DaimlerChrysler press release.",
            "There's at least one place in the country where methanol fuel is available from a "
            "pump: at the fuel cell vehicle demonstration center in West Sacramento, "
            "California, which is operated by the California Fuel Cell Partnership (CaFCP). The "
            "methanol fueling station, installed in April, features new fueling technology, "
            "including an anti-siphoning device and a locking mechanism between the vehicle and "
            "the fuel nozzle. The CaFCP intends to operate 20 fuel cell vehicles (including the "
            "NECAR 5) in 2002, accumulating 60,000 road miles, and plans to install three "
            "hydrogen fueling stations at locations throughout California. See the April 25th "
            "and May 31st press releases from the CaFCP.",
            "The Ford Motor Company's entry to the CaFCP, the Ford Focus FCV (for \"Fuel Cell "
            "Vehicle\") is being tested both in California and at Ford's Arizona Proving "
            "Grounds this summer. Stuart Energy Systems Corporation is providing its portable "
            "hydrogen fueling equipment for the Arizona tests. See the Stuart Energy press "
            "release.",
            "The entry from the General Motors Corporation (GM), the HydroGen 1 fuel cell "
            "vehicle, was shipped to the CaFCP in April.",
        ],
        "quantities": [
            q("300-mile", 300, "mile", "length", "intervals of methanol delivery"),
            q("3,000-mile", 3000, "mile", "length", "route of the NECAR 5 trip"),
            q("16-day", 16, "day", "duration", "NECAR 5 cross-country trip"),
            n("two", 2, "sport utility vehicles", "vehicles accompanying the NECAR 5"),
            n("at least one place", 1, "place", "places with methanol fuel from a pump",
              approx=True),
            n("20", 20, "fuel cell vehicles", "fuel cell vehicles the CaFCP intends to operate"),
            q("60,000 road miles", 60000, "mile", "length",
              "road miles the CaFCP vehicles will accumulate"),
            n("three", 3, "hydrogen fueling stations", "hydrogen stations the CaFCP plans"),
        ],
    },
    {
        "id": "qt12-16",
        "source": "usgov:www.doi.gov",
        "url": "https://www.doi.gov/pressreleases/doi-treat-more-12m-acres-this-wildfire-season-"
               "resources-mobilized-across-nation",
        "title": "DOI to Treat More Than 1.2M Acres this Wildfire Season, Resources Mobilized "
                 "across the Nation",
        "published": "2019-08-17",
        "truncated": True,
        "note": "Interior press release. Removed: the headline (moved to title), the subheading "
                "('Agency personnel and critical assets are poised to respond to wildfires "
                "across the country'), 'Last edited 02/15/2023' and 'Date: August 17, 2019' "
                "(moved to published). Cut by the store in the paragraph on Executive Order "
                "13855; kept to the end of the previous paragraph. 'one-fifth' is a fraction; "
                "'4,500' firefighting personnel, '500' tribal firefighters and the crew, air "
                "tanker and scooper counts stop at the number (modifier before the noun); "
                "'Type 1, 2 and 3' are names, not quantities. 'the coming months' is not "
                "annotated (no number).",
        "paragraphs": [
            "Washington - With peak wildfire activity predicted in the coming months, the "
            "Department of the Interior (DOI) has been working tirelessly to implement "
            "preventative measures to limit the size and scope of wildfires, treat current "
            "wildfires already underway, and protect wildfire-prone areas to best safeguard "
            "people and their communities.",
            "\u201cAs stewards of one-fifth of the country\u2019s public lands, primarily in "
            "the West, we know that our ability to be prepared for wildfires and reduce their "
            "severity is paramount to protecting communities and saving lives,\u201d said U.S. "
            "Secretary of the Interior David Bernhardt. \u201cIn collaboration with local, "
            "state, and other federal partners, we are using everything in our arsenal to "
            "prepare for wildfires this year, treating more than one million acres.\u201d",
            "As a part of the DOI, the Bureau of Land Management (BLM), the Bureau of Indian "
            "Affairs (BIA), the National Park Service (NPS), and the U.S. Fish and Wildlife "
            "Service (FWS) contribute to a total workforce of 4,500 firefighting personnel, 500 "
            "tribal firefighters, 151 smokejumpers, 18 interagency hotshot crews and 4 Tribal "
            "hotshot crews. These firefighters will have over 600 pieces of specialized "
            "equipment available for use, including engines, water tenders, dozers, and other "
            "equipment. Aviation assets also play a critical role in efforts to manage "
            "wildfires as the DOI will have access to 23 single engine air tankers, 6 water "
            "scoopers, 41 Type 1, 2 and 3 helicopters, and a number of other aviation "
            "resources.",
        ],
        "quantities": [
            q("one-fifth", 0.2, "fraction", "percent", "share of U.S. public lands Interior "
              "stewards"),
            q("more than one million acres", 1e6, "acre", "area",
              "land Interior is treating for wildfire this year", approx=True),
            p("4,500", 4500, "firefighting personnel of the Interior workforce"),
            p("500", 500, "tribal firefighters"),
            p("151 smokejumpers", 151, "smokejumpers"),
            n("18", 18, "interagency hotshot crews", "interagency hotshot crews"),
            n("4", 4, "Tribal hotshot crews", "Tribal hotshot crews"),
            n("over 600 pieces", 600, "pieces of specialized equipment",
              "specialized firefighting equipment", approx=True),
            n("23", 23, "single engine air tankers", "air tankers available to Interior"),
            n("6", 6, "water scoopers", "water scoopers available to Interior"),
            n("41", 41, "helicopters", "helicopters available to Interior"),
        ],
    },
    {
        "id": "qt12-17",
        "source": "usgov:www.blm.gov",
        "url": "https://www.blm.gov/press-release/trump-administration-reduces-wildfire-risk-"
               "record-54-million-acres",
        "title": "Trump Administration reduces wildfire risk by record 5.4 million acres",
        "published": None,
        "truncated": True,
        "note": "Bureau of Land Management press release. Removed: the headline (moved to "
                "title) and the subheading ('Bureau of Land Management exceeds presidential "
                "goal, removes hazardous fuels on more than 782,000 acres in FY 2020'). The "
                "stored page shows no date (the text reports Fiscal Year 2020 results). Cut by "
                "the store in the fourth paragraph; kept to its first complete sentence (its "
                "opening quotation mark stays unclosed). Double spaces after periods are "
                "verbatim. 'a ten-year best' is a compound adjective (duration).",
        "paragraphs": [
            "The Department of the Interior announced today that it has once again made "
            "substantial progress to reduce the risk of wildfire nationwide, treating 5.4 "
            "million acres of land since 2017 and a ten-year best, 1.5 million acres in Fiscal "
            "Year 2020.  Under the leadership of President Trump and Secretary Bernhardt, the "
            "Bureau of Land Management (BLM) significantly reduced hazardous fuel loads in "
            "fire-prone areas by treating more than 782,000 acres using a variety of active "
            "management vegetation treatments including mechanical, biological, and chemical "
            "tools as well as prescribed fire.",
            "\u201cPresident Trump set aggressive targets to more effectively and actively "
            "manage our rangelands and forests to prevent catastrophic wildfires. He took bold "
            "action on this issue, which had been missing in previous administrations,\u201d "
            "said Secretary David L. Bernhardt. \u201cAnswering the call in hitting our "
            "significant milestones were our top-class wildland firefighter crews, who have "
            "been on the front lines working around the clock to conduct these preventative "
            "treatments and extinguish destructive blazes throughout the West this year. They "
            "deserve our unending appreciation.\u201d",
            "\u201cPresident Trump has elevated the importance of fuels treatments to the "
            "national stage in a way no previous President has done before. The Department of "
            "the Interior has in turn taken this direction and led the way in treating its "
            "lands to reduce wildfire risk and protect lives, communities, and natural "
            "resources,\u201d said Casey Hammond, Principal Deputy Assistant Secretary for Land "
            "and Minerals Management.",
            "\u201cCombating wildfire remains a high priority of the Trump Administration, the "
            "Department of the Interior, and the BLM.",
        ],
        "quantities": [
            q("5.4 million acres", 5.4e6, "acre", "area",
              "land treated to reduce wildfire risk since 2017"),
            q("ten-year", 10, "year", "duration", "period of the best treatment record"),
            q("1.5 million acres", 1.5e6, "acre", "area", "land treated in Fiscal Year 2020"),
            q("more than 782,000 acres", 782000, "acre", "area",
              "land treated by the BLM", approx=True),
        ],
    },
]

DOCS += [
    {
        "id": "qt12-18",
        "source": "usgov:2012-2017.usaid.gov",
        "url": "https://2012-2017.usaid.gov/news-information/press-releases/usaid-provides-food-"
               "somalis-hit-drought",
        "title": "USAID Provides Food to Somalis Hit by Drought",
        "published": "2011-07-11",
        "truncated": True,
        "note": USAID_NOTE + " (phone number). Cut by the store in the last paragraph; kept to "
                "the end of the quotation paragraph. 'United Nations World food Program' is "
                "verbatim. '(MT)' after 'metric tons' is an abbreviation, not a second quantity; "
                "'65,000 MT' is metric_ton. 'roughly half' is a fraction; 'approximately 1.2 "
                "million' (people) stops at the number (modifier before the noun); 'millions of "
                "Somalis' is a vague plural (2e6).",
        "paragraphs": [
            "WASHINGTON, D.C. - In response to the unfolding drought in the Horn of Africa, the "
            "United States Government, through the U.S. Agency for International Development "
            "(USAID), will contribute approximately 19,000 metric tons (MT) of food to assist "
            "Somalis in need. This food was already strategically prepositioned in regional "
            "warehouses to ensure rapid delivery and distribution to women and children in "
            "Somalia.",
            "The drought currently plaguing the region is considered to be the worst since the "
            "1960s, devastating crops and livestock. At the same time, prices at local markets "
            "are too high for most to be able to buy what they need to feed their families. "
            "Malnutrition in the region is spiraling upward, especially among women and "
            "children; roughly half of Somali refugees arriving in Kenya and Ethiopia are "
            "acutely malnourished.",
            "U.S. food aid is distributed by the United Nations World food Program (WFP). With "
            "USAID's contribution, WFP is able to target approximately 1.2 million drought- and "
            "conflict-affected people in northern Somalia and accessible areas in central "
            "Somalia and Mogadishu. This new contribution, valued at approximately US$21 "
            "million, complements an earlier 2011 USAID contribution of US$14.5 million to "
            "facilitate the transport of 65,000 MT of food donated by the Government of Brazil. "
            "U.S. Government humanitarian support to Somalia in fiscal year 2011 totals US$43 "
            "million to date.",
            "Larry Meserve, USAID East Africa Regional Mission Director, said, \"This new "
            "contribution will go a long way to help meet the needs of millions of Somalis who "
            "have been hit hard by this natural disaster. It is also a statement from the U.S. "
            "Government to the people of Somalia that we stand by them and will continue to "
            "help mitigate further suffering.\"",
        ],
        "quantities": [
            q("approximately 19,000 metric tons", 19000, "metric_ton", "mass",
              "food USAID will contribute for Somalis", approx=True),
            q("roughly half", 0.5, "fraction", "percent",
              "Somali refugees acutely malnourished", approx=True),
            p("approximately 1.2 million", 1.2e6, "drought- and conflict-affected people WFP "
              "targets", approx=True),
            usd("approximately US$21 million", 21e6, "value of the new USAID contribution",
                approx=True),
            usd("US$14.5 million", 14.5e6, "earlier 2011 USAID contribution for transport"),
            q("65,000 MT", 65000, "metric_ton", "mass", "food donated by Brazil"),
            usd("US$43 million", 43e6, "U.S. humanitarian support to Somalia in fiscal 2011"),
            p("millions of Somalis", 2e6, "Somalis hit by the drought", approx=True),
        ],
    },
    {
        "id": "qt12-19",
        "source": "usgov:2012-2017.usaid.gov",
        "url": "https://2012-2017.usaid.gov/ps/content/usaid-relief-supplies-heading-flood-"
               "victims-el-salvador",
        "title": "USAID Relief Supplies Heading to Flood Victims in El Salvador",
        "published": "2009-11-12",
        "truncated": False,
        "note": USAID_NOTE + " and the closing link line ('For more information ... please "
                "visit: http://www.usaid.gov/...'). Compound adjectives '5,000 gallon' (water "
                "bladders) and 'ten-liter' (containers) are volumes; the counts before them "
                "('two', '5,400') stop at the number. '5,000 families' counts households "
                "(count, not person).",
        "paragraphs": [
            "WASHINGTON, D.C. - The U.S. Agency for International Development (USAID) has "
            "airlifted relief supplies to El Salvador and provided an initial $100,000 for the "
            "local purchase of additional relief items and fuel for the helicopter and "
            "airplanes the government El Salvador is using to transport supplies and fly "
            "assessment missions over the areas affected by Tropical Storm Ida. In total, USAID "
            "has provided approximately $280,000 to assist those affected by Tropical Storm Ida "
            "to date.",
            "The USAID airlift of relief supplies from the Miami warehouse arrived in El "
            "Salvador on November 11. The flight transported 200 rolls of plastic sheeting to "
            "build temporary roofs and shelters, two 5,000 gallon water bladders, 5,400 "
            "ten-liter collapsible water containers, and 5,088 family hygiene kits containing "
            "soap, detergent, and other essential supplies.",
            "\"The USAID relief supplies are already on trucks that are making their way to the "
            "five most affected departments in El Salvador,\" said Carol Chan, Acting Director "
            "of USAID's Office of U.S. Foreign Disaster Assistance. \"Our supplies will be "
            "distributed later today and will assist 5,000 families in need.\"",
            "USAID disaster response experts are in the affected areas helping coordinate the "
            "U.S. response efforts in support of the government of El Salvador in the aftermath "
            "of Tropical Storm Ida. USAID, in conjunction with the U.S. Embassy, is conducting "
            "ongoing assessments and will continue to closely monitor the situation to "
            "determine how to best provide additional assistance should it be necessary.",
        ],
        "quantities": [
            usd("$100,000", 100000, "initial USAID funds for relief items and fuel"),
            usd("approximately $280,000", 280000, "total USAID assistance for Tropical Storm "
                "Ida", approx=True),
            n("200 rolls", 200, "rolls", "rolls of plastic sheeting airlifted"),
            n("two", 2, "water bladders", "water bladders airlifted"),
            gal("5,000 gallon", 5000, "capacity of each water bladder"),
            n("5,400", 5400, "collapsible water containers", "water containers airlifted"),
            q("ten-liter", 10, "liter", "volume", "capacity of each water container"),
            n("5,088", 5088, "family hygiene kits", "hygiene kits airlifted"),
            n("five", 5, "departments", "most affected departments of El Salvador"),
            n("5,000 families", 5000, "families", "families the supplies will assist"),
        ],
    },
    {
        "id": "qt12-20",
        "source": "usgov:www.dla.mil",
        "url": "https://www.dla.mil/About-DLA/News/News-Article-View/Article/637104/dla-"
               "delivers-food-for-historic-uss-george-washington-voyage/",
        "title": "DLA delivers food for historic USS George Washington voyage",
        "published": "2015-12-17",
        "truncated": True,
        "note": "Defense Logistics Agency news article. Removed: the site banner ('An official "
                "website of the United States government ... official, secure websites.'), "
                "'News | Dec. 17, 2015' (moved to published), the headline (moved to title), "
                "the byline and the subheading 'Ordering out'. Cut by the store in a quotation "
                "('...like we know ou'); kept to the last complete sentence. 'longer than 30 "
                "minutes' keeps the comparative in the span (approximate). 'three countries' "
                "is a count.",
        "paragraphs": [
            "The Navy contacted the Defense Logistics Agency to order food delivery like "
            "ordering pepperoni pies from your favorite pizza place.",
            "But it certainly took longer than 30 minutes to deliver more than a million pounds "
            "of food to three countries along the route of the USS George Washington\u2019s "
            "historic voyage from San Diego, down around South America and up to Norfolk, "
            "Virginia.",
            "The nuclear aircraft carrier served seven years as the Navy\u2019s forward deployed "
            "carrier in Yokosuka, Japan. It departed May 18 and has travelled 52,064 miles "
            "before arriving at Naval Station Norfolk Dec. 17, where it will undergo its "
            "refueling complex overhaul, according to the Navy.",
            "The first email with the aircraft carrier\u2019s food requirements for the part of "
            "its voyage around South America arrived in Al Harris\u2019s inbox in Philadelphia "
            "in late March. Harris is a customer operations supervisor with DLA Troop "
            "Support\u2019s Subsistence supply chain.",
            "That email triggered a chain of coordination and support among partners within "
            "DLA, the Navy and commercial vendors and carriers.",
            "The GW needed food prepositioned at resupply points in Panama, Chile and Brazil, "
            "while it sailed around the southern continent. This was the first time Subsistence "
            "arranged for food to be shipped to Chile and Brazil, Harris said.",
            "After Harris knew when, where and what the GW needed to feed its more than 5,000 "
            "sailors, he worked with the Navy to place the orders with food vendors and "
            "contacted DLA Distribution.",
        ],
        "quantities": [
            q("longer than 30 minutes", 30, "minute", "duration",
              "time taken to deliver the food", approx=True),
            q("more than a million pounds", 1e6, "pound", "mass",
              "food delivered for the George Washington's voyage", approx=True),
            n("three countries", 3, "countries", "countries receiving the food"),
            q("seven years", 7, "year", "duration",
              "George Washington's service as forward deployed carrier"),
            q("52,064 miles", 52064, "mile", "length", "distance traveled by the carrier"),
            p("more than 5,000 sailors", 5000, "sailors aboard the George Washington",
              approx=True),
        ],
    },
    {
        "id": "qt12-21",
        "source": "usgov:2012-2017.usaid.gov",
        "url": "https://2012-2017.usaid.gov/tm/news-information/press-releases/apr-26-2016-"
               "usaid-airlifts-relief-supplies-help-survivors-ecuador-earthquake",
        "title": "USAID Airlifts Relief Supplies to Help Survivors of Ecuador Earthquake",
        "published": "2016-04-26",
        "truncated": False,
        "note": USAID_NOTE + " (telephone, email, Twitter), the photo caption (printed twice) "
                "and its credit line. 'magnitude 7.8' is a quantity (unit magnitude, kind "
                "other). Plain 'tons' -> metric_ton. 'commodities-which ... people-are' keeps "
                "the page's hyphens. '11-person' is a compound adjective (person); '14' local "
                "consultants stops at the number.",
        "paragraphs": [
            "WASHINGTON, D.C. - The U.S. Agency for International Development (USAID) airlifted "
            "more than 80 tons of emergency relief items to Quito, Ecuador over the weekend to "
            "help people affected by the magnitude 7.8 earthquake that struck the country on "
            "April 16. The cargo included 20,400 water containers, 3,500 kitchen sets, five "
            "large water storage and distribution units, and 1,000 rolls of heavy duty plastic "
            "to provide emergency shelter needs. USAID is working with the Government of "
            "Ecuador and local non-governmental organizations to ensure that the "
            "commodities-which are expected to benefit up to 50,000 people-are distributed to "
            "the areas of greatest need.",
            "To date, USAID has provided more than $1.3 million in humanitarian assistance to "
            "help the people of Ecuador. This includes expenditures for the recent airlift and "
            "cargo, as well as support for safe drinking water, improved sanitation, hygiene "
            "kits, and other supplies in communities affected by the earthquake. USAID also "
            "contributed to the UN World Food Program's (WFP) emergency operation to provide "
            "locally procured in-kind food assistance to families in hard-hit Pedernales, "
            "Manta, and Esmeraldas.",
            "Shortly after the earthquake hit, USAID deployed an 11-person earthquake response "
            "team and activated 14 local consultants to assess damage and identify priority "
            "humanitarian needs in the worst-affected areas where U.S. assistance would prove "
            "most useful.",
            "Additional U.S. government assistance may be forthcoming based on disaster "
            "assessments.",
        ],
        "quantities": [
            q("more than 80 tons", 80, "metric_ton", "mass", "relief items airlifted to Quito",
              approx=True),
            q("magnitude 7.8", 7.8, "magnitude", "other", "earthquake in Ecuador"),
            n("20,400 water containers", 20400, "water containers", "water containers in the "
              "cargo"),
            n("3,500 kitchen sets", 3500, "kitchen sets", "kitchen sets in the cargo"),
            n("five", 5, "water storage and distribution units",
              "water storage and distribution units in the cargo"),
            n("1,000 rolls", 1000, "rolls", "rolls of heavy duty plastic"),
            p("up to 50,000 people", 50000, "people the commodities are expected to benefit",
              approx=True),
            usd("more than $1.3 million", 1.3e6, "USAID humanitarian assistance to Ecuador",
                approx=True),
            p("11-person", 11, "USAID earthquake response team"),
            p("14", 14, "local consultants activated by USAID"),
        ],
    },
]

DOCS += [
    {
        "id": "qt12-22",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6717",
        "title": "EIA Releases New Statistics on Alternative-Fueled Vehicles",
        "published": "2004-03-03",
        "truncated": True,
        "note": EERE_NOTE + " Cut by the store in the third paragraph; kept to its first "
                "sentence. Gasoline-equivalent volumes keep 'of gasoline' outside the span "
                "(gallon, volume). 'increasing from ... 6.8 million gallons ... to ... nearly 17 "
                "million gallons' is a change (two quantities). 'less than 500,000' and 'more "
                "than 547,000' count vehicles (the second stops at the number before 'U.S. "
                "vehicles'). 'E85' is a name.",
        "paragraphs": [
            "DOE's Energy Information Administration (EIA) issued its newest compilation of "
            "statistics on the use of alternative fuels and alternative-fuel vehicles on "
            "February 26th. According to EIA, the alternative fuels used in 2002 were "
            "equivalent to more than 378 million gallons of gasoline, and the estimated "
            "alternative-fuel use for this year will be equal to more than 447 million gallons "
            "of gasoline. Meanwhile, the use of ethanol as a gasoline additive was equivalent "
            "to 1.4 billion gallons of gasoline in 2002, and is projected to increase to the "
            "equivalent of more than 2 billion gallons of gasoline this year. The EIA figures "
            "show a surge in the use of biodiesel, increasing from the equivalent of 6.8 million "
            "gallons of gasoline in 2000 to the equivalent of nearly 17 million gallons of "
            "gasoline in 2002, and projected to reach the equivalent of about 36.6 million "
            "gallons of gasoline this year. Total fuel consumption of all types was equivalent "
            "to nearly 170 billion gallons of gasoline in 2002, and is projected to increase to "
            "more than 177 billion gallons this year.",
            "The EIA estimates that some 4.5 million vehicles on U.S. roads in 2002 were "
            "capable of being fueled with alternative fuels (mainly E85, an ethanol-rich "
            "mixture of ethanol and gasoline), but unfortunately, less than 500,000 were "
            "actually fueled with something other than gasoline blends or diesel fuel. The EIA "
            "projects that more than 547,000 U.S. vehicles will be fueled with alternative "
            "fuels this year. See the EIA's \"Alternative to Traditional Transportation Fuels "
            "2003 - Estimated Data.\"",
            "EIA's report follows a recent decision by the National Highway Transportation "
            "Safety Administration (NHTSA) to extend fuel-economy credits for the sale of "
            "alternative-fueled vehicles through Model Year 2008.",
        ],
        "quantities": [
            gal("more than 378 million gallons", 378e6,
                "gasoline equivalent of alternative fuels used in 2002", approx=True),
            gal("more than 447 million gallons", 447e6,
                "gasoline equivalent of alternative-fuel use this year", approx=True),
            gal("1.4 billion gallons", 1.4e9, "gasoline equivalent of ethanol additive in 2002"),
            gal("more than 2 billion gallons", 2e9,
                "gasoline equivalent of ethanol additive this year", approx=True),
            gal("6.8 million gallons", 6.8e6, "gasoline equivalent of biodiesel in 2000"),
            gal("nearly 17 million gallons", 17e6, "gasoline equivalent of biodiesel in 2002",
                approx=True),
            gal("about 36.6 million gallons", 36.6e6,
                "gasoline equivalent of biodiesel this year", approx=True),
            gal("nearly 170 billion gallons", 170e9,
                "gasoline equivalent of total fuel consumption in 2002", approx=True),
            gal("more than 177 billion gallons", 177e9, "total fuel consumption this year",
                approx=True),
            n("some 4.5 million vehicles", 4.5e6, "vehicles",
              "vehicles capable of using alternative fuels", approx=True),
            n("less than 500,000", 500000, "vehicles",
              "vehicles actually fueled with alternative fuels", approx=True),
            n("more than 547,000", 547000, "U.S. vehicles",
              "vehicles to be fueled with alternative fuels this year", approx=True),
        ],
    },
    {
        "id": "qt12-23",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6180",
        "title": "Report Shows Large Benefits from Energy Star Program",
        "published": "2002-12-04",
        "truncated": True,
        "note": EERE_NOTE + " Also removed: the link sentence 'See the EPA press release or go "
                "directly to the full report (PDF 4.0 MB). Download Acrobat Reader.' Cut by the "
                "store in the fourth paragraph; kept to the last complete sentence. 'more than "
                "$15 million in energy costs each year': the frequency follows a noun, so only "
                "the amount is annotated. 'the past five years' is a duration.",
        "paragraphs": [
            "A report released in late November by the U.S. Environmental Protection Agency "
            "(EPA) shows that Americans have achieved significant energy and environmental "
            "benefits through the Energy Star program and other voluntary programs. Last year "
            "alone, Americans saved more than 80 billion kilowatt-hours of electricity and "
            "avoided using 10,000 megawatts of peak power, the amount of energy required to "
            "power more than 10 million U.S. homes. Through voluntary efforts, Americans have "
            "reduced greenhouse gas emissions by the equivalent to 38 million metric tons of "
            "carbon, which is the same as taking more than 25 million cars off the nation's "
            "roads.",
            "The Energy Star Program is a joint effort of DOE and EPA. More than 750 million "
            "Energy Star-labeled products have been purchased to date, and more than 1,600 "
            "builder partners have constructed more than 57,000 Energy Star-labeled homes, "
            "saving homeowners more than $15 million in energy costs each year.",
            "According to a recent survey by Platts Research & Consulting, 63 percent of U.S. "
            "residential consumers say they have implemented energy-efficiency measures in "
            "their homes in the past five years. Breaking the consumers into segments, the "
            "survey found that those interested most in saving money and in convenience were "
            "most likely to take action to save energy. See the Platts press release.",
            "But despite such findings, there is still plenty of room for improvement. A recent "
            "study by the Southwest Energy Efficiency Project (SWEEP), for instance, found that "
            "the efficient use of electricity in Arizona, Colorado, Nevada, New Mexico, Utah, "
            "and Wyoming could reduce those states' total use of electricity by 18 percent by "
            "2010, and 33 percent by 2020.",
        ],
        "quantities": [
            kwh("more than 80 billion kilowatt-hours", 80e9,
                "electricity saved through Energy Star last year", approx=True),
            mw("10,000 megawatts", 10000, "peak power avoided last year"),
            n("more than 10 million", 10e6, "U.S. homes", "homes the avoided power could supply",
              approx=True),
            q("38 million metric tons", 38e6, "metric_ton", "mass",
              "greenhouse gas reduction in carbon equivalent"),
            n("more than 25 million cars", 25e6, "cars", "cars taken off the roads "
              "(equivalent)", approx=True),
            n("More than 750 million", 750e6, "Energy Star-labeled products",
              "Energy Star products purchased to date", approx=True),
            n("more than 1,600 builder partners", 1600, "builder partners",
              "Energy Star builder partners", approx=True),
            n("more than 57,000", 57000, "Energy Star-labeled homes",
              "Energy Star homes constructed", approx=True),
            usd("more than $15 million", 15e6, "yearly energy costs saved by homeowners",
                approx=True),
            pct("63 percent", 63, "U.S. residential consumers who took efficiency measures"),
            q("the past five years", 5, "year", "duration", "period of the surveyed measures"),
            pct("18 percent", 18, "possible electricity reduction in six states by 2010"),
            pct("33 percent", 33, "possible electricity reduction in six states by 2020"),
        ],
    },
    {
        "id": "qt12-24",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=5793",
        "title": "New Large U.S. Wind Power Plants Go Online at Year End",
        "published": "2002-01-09",
        "truncated": False,
        "note": EERE_NOTE + " '1.5 cents per kilowatt-hour' is a rate (USD/kilowatt_hour, 0.015 "
                "USD); '1.7 cents per year' is kept as written (USD/year, 0.017). 'their first "
                "ten years of operation' is a duration (span 'ten years'); 'two-year' is a "
                "compound adjective. 'the two largest facilities' is a count.",
        "paragraphs": [
            "A flurry of wind power plants went online in December throughout the United "
            "States, significantly boosting the total U.S. wind power capacity. The new wind "
            "power plants include the 30-megawatt Fenner Windpower Project near Syracuse, New "
            "York; the 80-megawatt Top of Iowa Wind Farm in Worth County, Iowa; the 263-megawatt "
            "Stateline Clean Energy Center near Walla Walla, Washington; and the 278-megawatt "
            "King Mountain Clean Energy Center near Odessa, Texas.",
            "FPL Energy, LLC developed the two largest facilities, in Washington and Texas. See "
            "the company's press release.",
            "For information about the Fenner Windpower Project in New York, see the CHI "
            "Energy, Inc. Web site.",
            "The end-of-the-year rush to bring new wind plants online is far from coincidental: "
            "wind plants that beat the year-end deadline will qualify for a tax credit of 1.5 "
            "cents per kilowatt-hour of electricity produced for their first ten years of "
            "operation. The production tax credit is adjusted for inflation, and now stands at "
            "1.7 cents per year. But the tax credit expired at year end, and a two-year "
            "extension of the credit has thus far failed to make it through Congress. For more "
            "information, see the American Wind Energy Association Web site.",
        ],
        "quantities": [
            mw("30-megawatt", 30, "Fenner Windpower Project"),
            mw("80-megawatt", 80, "Top of Iowa Wind Farm"),
            mw("263-megawatt", 263, "Stateline Clean Energy Center"),
            mw("278-megawatt", 278, "King Mountain Clean Energy Center"),
            n("two", 2, "facilities", "largest facilities developed by FPL Energy"),
            q("1.5 cents per kilowatt-hour", 0.015, "USD/kilowatt_hour", "rate",
              "wind production tax credit"),
            q("ten years", 10, "year", "duration", "period of the tax credit"),
            q("1.7 cents per year", 0.017, "USD/year", "rate",
              "inflation-adjusted production tax credit"),
            q("two-year", 2, "year", "duration", "proposed extension of the tax credit"),
        ],
    },
    {
        "id": "qt12-25",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6207",
        "title": "Fifty-Megawatt Solar Thermal Power Plant Planned for Nevada",
        "published": "2003-01-08",
        "truncated": False,
        "note": EERE_NOTE + " 'two' Nevada-based utility subsidiaries stops at the number "
                "(modifier); 'every third year' is a frequency with an ordinal (not "
                "annotated); 'the late 1980s and early 1990s' are dates.",
        "paragraphs": [
            "Sierra Pacific Resources announced in late December that its two Nevada-based "
            "utility subsidiaries have contracted to buy power from a 50-megawatt solar thermal "
            "power plant. Duke Solar Energy LLC plans to build the facility in Eldorado Valley, "
            "near Boulder City, Nevada. The companies will now make filings with the Public "
            "Utilities Commission of Nevada (PUCN), which will review the contracts and "
            "determine whether they should be approved.",
            "The contracts are part of the two utilities' actions to comply with a state law "
            "that requires them to use renewable energy. The utilities must increase their use "
            "of renewable energy by 2 percent every third year until renewable energy accounts "
            "for 15 percent of their total energy sales. Solar power must provide at least 5 "
            "percent of the renewable energy. See the press release on the Duke Solar Web site.",
            "Currently, the only commercial solar thermal power plants in the United States are "
            "located in the Mojave Desert of California. Nine plants were built there in the "
            "late 1980s and early 1990s, producing a total of 354 megawatts of solar power. See "
            "the Solar Trough Power Plants Web page, provided by DOE's SunLab.",
        ],
        "quantities": [
            n("two", 2, "utility subsidiaries", "Sierra Pacific's Nevada utility subsidiaries"),
            mw("50-megawatt", 50, "planned solar thermal power plant"),
            n("two utilities", 2, "utilities", "utilities complying with the state law"),
            pct("2 percent", 2, "required increase of renewable energy use"),
            pct("15 percent", 15, "renewable share target of total energy sales"),
            pct("at least 5 percent", 5, "solar share of the renewable energy", approx=True),
            n("Nine plants", 9, "plants", "solar thermal plants in the Mojave Desert"),
            mw("354 megawatts", 354, "solar power of the Mojave plants"),
        ],
    },
    {
        "id": "qt12-26",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6813",
        "title": "EPA to Buy Renewable Energy Credits for Multiple Facilities",
        "published": "2004-04-21",
        "truncated": True,
        "note": EERE_NOTE + " Cut by the store in the third paragraph; kept to its first "
                "sentence. Energy amounts are kilowatt_hour (kind other); 'over three years' "
                "after an amount is a separate duration ('three years'), as is 'the next three "
                "years'. 'about 122.5 million kilowatt-hours of green power products for its "
                "facilities each year': the frequency follows other nouns, so only the amount is "
                "annotated. '3 Phases Energy' is a company name.",
        "paragraphs": [
            "The U.S. Environmental Protection Agency (EPA) is seeking to buy renewable energy "
            "credits for a number of its facilities in the District of Columbia, Michigan, "
            "Minnesota, and Nevada. Over the next three years, the EPA plans to buy renewable "
            "energy credits equal to nearly 78 million kilowatt-hours of power generation, "
            "including more than 54 million kilowatt-hours for its Washington, D.C., "
            "facilities; nearly 14 million kilowatt-hours for its Las Vegas, Nevada, "
            "facilities; more than 7 million kilowatt-hours for its facilities in Duluth, "
            "Minnesota; and more than 2 million kilowatt-hours for its facilities in Grosse "
            "Isle, Michigan. The solicitation was announced by the Defense Energy Support Center "
            "on April 8th; proposals are due on May 17th. See the solicitation.",
            "The solicitation follows a similar one issued earlier this year, which requested "
            "12.45 million kilowatt-hours over three years for the EPA's Athens Regional "
            "Laboratory in Athens, Georgia, and another 21 million kilowatt-hours over three "
            "years for the EPA Regional Office in Atlanta, Georgia. According to DOE's Green "
            "Power Network, those contracts were awarded in March to 3 Phases Energy, which is "
            "producing the power from landfill gas projects in Kentucky and North Carolina. As "
            "of that procurement, the EPA was reportedly buying about 122.5 million "
            "kilowatt-hours of green power products for its facilities each year, accounting "
            "for more than 44 percent of EPA's electricity use. If the new procurement goes "
            "through as planned, that percentage will increase to about 53 percent. See the "
            "Georgia solicitation and the Green Power Network news item.",
            "Tradable renewable energy credits\u2014also called \"green tags\"\u2014represent "
            "the environmental attributes of renewable power.",
        ],
        "quantities": [
            q("the next three years", 3, "year", "duration", "period of the EPA purchase"),
            kwh("nearly 78 million kilowatt-hours", 78e6,
                "renewable energy credits the EPA plans to buy", approx=True),
            kwh("more than 54 million kilowatt-hours", 54e6,
                "credits for EPA's Washington, D.C., facilities", approx=True),
            kwh("nearly 14 million kilowatt-hours", 14e6,
                "credits for EPA's Las Vegas facilities", approx=True),
            kwh("more than 7 million kilowatt-hours", 7e6,
                "credits for EPA's Duluth facilities", approx=True),
            kwh("more than 2 million kilowatt-hours", 2e6,
                "credits for EPA's Grosse Isle facilities", approx=True),
            kwh("12.45 million kilowatt-hours", 12.45e6,
                "credits requested for the Athens Regional Laboratory"),
            q("three years", 3, "year", "duration", "period of the Athens purchase"),
            kwh("21 million kilowatt-hours", 21e6,
                "credits requested for the Atlanta Regional Office"),
            q("three years", 3, "year", "duration", "period of the Atlanta purchase"),
            kwh("about 122.5 million kilowatt-hours", 122.5e6,
                "green power the EPA buys each year", approx=True),
            pct("more than 44 percent", 44, "green power share of EPA's electricity use",
                approx=True),
            pct("about 53 percent", 53, "green power share after the new procurement",
                approx=True),
        ],
    },
]

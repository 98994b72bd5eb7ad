"""Readable source of the sealed quantities test set ``test15.jsonl`` (annotated blind by sqy15).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test15.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

CUT = " Cut by the store; kept to the last complete sentence."


from checklib import quantity_record as q  # one definition for every quantities source


def c(text, value, counted, about, approx=False, high=None, after=None):
    """Return a count record (unit count)."""
    return q(text, value, "count", "count", about, approx, high, counted, after)


def p(text, value, about, approx=False, high=None, after=None):
    """Return a person count record."""
    return q(text, value, "person", "count", about, approx, high, None, after)


def pct(text, value, about, approx=False, high=None, after=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high, None, after)


def usd(text, value, about, approx=False, high=None, after=None):
    """Return a USD money record."""
    return q(text, value, "USD", "money", about, approx, high, None, after)


DOCS = [
    {
        "id": "qt15-01",
        "source": "usgov:www.publicaffairs.noaa.gov",
        "url": "http://www.publicaffairs.noaa.gov/releases2005/nov05/noaa05-137.html",
        "title": "NOAA news release NOAA05-137 (October 2005 climate)",
        "published": "2005-11-18",
        "truncated": True,
        "note": "Removed: the release header (number, 'FOR IMMEDIATE RELEASE', contact, date "
                "moved to published), navigation links and the section labels 'U.S. "
                "Temperature' / 'U.S. Precipitation'. Title written as a description." + CUT
                + " Decisions: 'exceeding 100 mph' keeps the qualifier in the span (approximate, "
                "like 'over'); '23 named storms' and 'two tropical storms' stop at the number "
                "(modifier between); dates ('Oct. 7-12') and 'Category 5' are not quantities; "
                "'3-5 inches' is one range.",
        "paragraphs": [
            "From Maine to Delaware, the northeast U.S. experienced its wettest October on "
            "record, thanks to several powerful, rain-producing storms. The global surface "
            "temperature was warmest on record for the month, according to scientists at the "
            "NOAA’s National Climatic Data Center in Asheville, N.C.",
            "Nine states in the Northeast had their wettest October on record. Monthly totals "
            "reached more than 14 inches for several northeastern stations, including Old Town, "
            "Maine (14.30 inches). Some areas, such as Kingston, R.I., Durham, N.H., and "
            "Millbrook, N.Y., received more than 17 inches of rain – more than three times their "
            "monthly averages. Several storms contributed to the extreme monthly totals, "
            "including torrential rains from Oct. 7-12 and Oct. 14 -16. During the last week of "
            "the month, a Nor’easter produced additional precipitation and the first significant "
            "snowfall for much of the region. Mount Washington, N.H., recorded winds exceeding "
            "100 mph with that storm and additional snowfall that brought the monthly total to "
            "78.9 inches, which shattered the old record of 39.8 inches in October 2000. A "
            "record-breaking tropical cyclone season had occurred by early November, with a total "
            "of 23 named storms, 13 of which became hurricanes, seven were classified as major. "
            "For October 2005 four hurricanes and two tropical storms formed, tying a record last "
            "set in 1950 for the greatest number of named storms for October. In addition, "
            "Hurricane Wilma became the third Category 5 hurricane of the season, setting a new "
            "record for the most Category 5 storms in the Atlantic Basin in a single season. "
            "Tropical Storm Tammy made landfall in northeastern Florida on Oct. 5, with maximum "
            "sustained winds of 50 mph and localized rainfall totals of 3-5 inches.",
        ],
        "quantities": [
            c("Nine states", 9, "states", "Northeast states with wettest October on record"),
            q("more than 14 inches", 14, "inch", "length",
              "monthly rainfall totals at northeastern stations", approx=True),
            q("14.30 inches", 14.30, "inch", "length", "monthly rainfall at Old Town, Maine"),
            q("more than 17 inches", 17, "inch", "length",
              "rain at Kingston, Durham and Millbrook", approx=True),
            q("more than three times", 3, "multiplier", "other",
              "rain compared with monthly averages", approx=True),
            q("exceeding 100 mph", 100, "mile/hour", "rate", "winds on Mount Washington",
              approx=True),
            q("78.9 inches", 78.9, "inch", "length", "monthly snowfall total on Mount Washington"),
            q("39.8 inches", 39.8, "inch", "length", "old October snowfall record"),
            c("23", 23, "named storms", "named storms of the tropical cyclone season"),
            c("13", 13, "hurricanes", "named storms that became hurricanes"),
            c("seven", 7, "major hurricanes", "hurricanes classified as major"),
            c("four hurricanes", 4, "hurricanes", "hurricanes formed in October 2005"),
            c("two", 2, "tropical storms", "tropical storms formed in October 2005"),
            q("50 mph", 50, "mile/hour", "rate", "maximum sustained winds of Tropical Storm Tammy"),
            q("3-5 inches", 3, "inch", "length", "localized rainfall totals of Tammy", high=5),
        ],
    },
    {
        "id": "qt15-02",
        "source": "usgov:downloads.usda.library.cornell.edu",
        "url": "https://downloads.usda.library.cornell.edu/usda-esmis/files/tm70mv177/5x21tt616/"
               "n8710447s/crop1019.txt",
        "title": "Crop Production (NASS, October 2019)",
        "published": "2019-10-10",
        "truncated": True,
        "note": "USDA NASS report as stored in the USDA ESMIS repository (hosted by Cornell). "
                "Removed: the masthead ('Crop Production ISSN ... Released October 10, 2019, by "
                "the National Agricultural Statistics Service ...'; date moved to published), "
                "the label 'Special Note' and the run of headlines ('Corn Production Down Less "
                "Than 1 Percent ...'). Title written as a description." + CUT
                + " Decisions: yield changes written without the per-unit ('up 0.2 bushel', "
                "'down 8.0 bushels') are yields, unit bushel/acre (rate), as the sentence's "
                "'bushels per harvested acre' gives; page numbers and dates are not quantities.",
        "paragraphs": [
            "All forecasts in this report are based on conditions as of October 1, 2019 and "
            "assume normal weather for the remainder of the growing season. Data were not "
            "adjusted to account for any potential departures from normal between now and "
            "harvest. As is done every year in October, planted and harvested acreage estimates "
            "were reviewed for corn, sorghum, soybeans, sunflower, canola, sugarbeets, and dry "
            "edible beans and updated as needed based on all available data, including the "
            "latest certified acreage data from the Farm Service Agency (FSA). All States in the "
            "estimating program for these crops were subject to review and updating. Detailed "
            "estimates can be found on pages 6, 9, 11, 14, 17, 22, and 23.",
            "Corn production for grain is forecast at 13.8 billion bushels, down less than 1 "
            "percent from the previous forecast and down 4 percent from last year. Based on "
            "conditions as of October 1, yields are expected to average 168.4 bushels per "
            "harvested acre, up 0.2 bushel from the previous forecast but down 8.0 bushels from "
            "2018. Area harvested for grain is forecast at 81.8 million acres, down less than 1 "
            "percent from the previous forecast but up slightly from 2018. Acreage updates were "
            "made in several States based on a thorough review of all available data. Soybean "
            "production for beans is forecast at 3.55 billion bushels, down 2 percent from the "
            "previous forecast and down 20 percent from last year. Based on conditions as of "
            "October 1, yields are expected to average 46.9 bushels per acre, down 1.0 bushel "
            "from the previous forecast and down 3.7 bushels from 2018.",
        ],
        "quantities": [
            q("13.8 billion bushels", 13.8e9, "bushel", "volume", "corn production for grain"),
            pct("less than 1 percent", 1, "decline of corn production from previous forecast",
                approx=True),
            pct("4 percent", 4, "decline of corn production from last year"),
            q("168.4 bushels per harvested acre", 168.4, "bushel/acre", "rate",
              "expected corn yield"),
            q("0.2 bushel", 0.2, "bushel/acre", "rate", "rise of corn yield from previous forecast"),
            q("8.0 bushels", 8.0, "bushel/acre", "rate", "fall of corn yield from 2018"),
            q("81.8 million acres", 81.8e6, "acre", "area", "corn area harvested for grain"),
            pct("less than 1 percent", 1, "decline of corn area from previous forecast",
                approx=True),
            q("3.55 billion bushels", 3.55e9, "bushel", "volume", "soybean production"),
            pct("2 percent", 2, "decline of soybean production from previous forecast"),
            pct("20 percent", 20, "decline of soybean production from last year"),
            q("46.9 bushels per acre", 46.9, "bushel/acre", "rate", "expected soybean yield"),
            q("1.0 bushel", 1.0, "bushel/acre", "rate",
              "fall of soybean yield from previous forecast"),
            q("3.7 bushels", 3.7, "bushel/acre", "rate", "fall of soybean yield from 2018"),
        ],
    },
    {
        "id": "qt15-03",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/ne/articles/5-fast-facts-about-nuclear-energy",
        "title": "5 Fast Facts About Nuclear Energy",
        "published": "2018-01-16",
        "truncated": True,
        "note": "Office of Nuclear Energy article. Removed: office banner, date line (moved to "
                "published), 'You are here', the video title and its blurb, the infographic "
                "description, 'Click above to view our infographic.' and the credit line. The "
                "numbered fact headings are kept as paragraphs (their list numbers are not "
                "quantities)." + CUT + " Decisions: 'a fifth' is a fraction; 'five fast facts' "
                "stops at the number; 'each year' is a separate frequency (not a rate).",
        "paragraphs": [
            "Nuclear energy has been quietly powering America with clean, carbon-free "
            "electricity for the last 60 years.",
            "It may not be the first thing you think of when you heat or cool your home, but "
            "maybe that’s the point.",
            "It’s been so reliable that we sometimes take it for granted.",
            "Did you know a fifth of the country’s electricity comes from nuclear power each "
            "year?",
            "If not, then it’s about time you get to know nuclear.",
            "Here are five fast facts to get you up to speed:",
            "1. Nuclear Power Plants Produced 805 Billion Kilowatt Hours of Electricity in 2017",
            "The United States is the world’s largest producer of nuclear power. It generated "
            "just under 805 billion kilowatt hours of electricity in 2017—enough to power 73 "
            "million homes. Commercial nuclear power plants have supplied around 20% of the "
            "nation’s electricity each year since 1990.",
            "2. Nuclear Power Provides 56% of America’s Clean Energy",
            "Nuclear energy provided 56% of America’s carbon-free electricity in 2017, making it "
            "by far the largest domestic source of clean energy.",
            "Nuclear power plants do not emit greenhouse gases while generating electricity.",
            "They produce power by boiling water to create steam that spins a turbine. The water "
            "is heated by a process called fission, which makes heat by splitting apart uranium "
            "atoms inside a nuclear reactor core.",
            "3. Nuclear Energy is the Most Reliable Energy Source in America",
            "Nuclear power plants operated at full capacity more than 92% of the time in "
            "2017—making it the most reliable energy source in America.",
        ],
        "quantities": [
            q("the last 60 years", 60, "year", "duration",
              "time nuclear energy has powered America"),
            q("a fifth", 0.2, "fraction", "percent",
              "share of the country's electricity from nuclear power"),
            c("five", 5, "fast facts", "facts about nuclear energy"),
            q("805 Billion Kilowatt Hours", 805e9, "kilowatt_hour", "other",
              "electricity produced by nuclear power plants in 2017"),
            q("just under 805 billion kilowatt hours", 805e9, "kilowatt_hour", "other",
              "electricity generated by U.S. nuclear power in 2017", approx=True),
            c("73 million homes", 73e6, "homes", "homes the 2017 nuclear electricity could power"),
            pct("around 20%", 20, "share of the nation's electricity from nuclear plants",
                approx=True),
            pct("56%", 56, "nuclear share of America's clean energy"),
            pct("56%", 56, "nuclear share of America's carbon-free electricity in 2017"),
            pct("more than 92%", 92, "share of time nuclear plants operated at full capacity",
                approx=True),
        ],
    },
    {
        "id": "qt15-04",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/energyexplained/nuclear/nuclear-power-plants.php",
        "title": "Nuclear explained: Nuclear power plants",
        "published": None,
        "truncated": True,
        "note": "EIA Energy Explained page; no publication date shown (the text cites August 1, "
                "2023). Removed: logo and navigation, the breadcrumb (moved to title), the "
                "subheadings, the 'did you know' label, the photo description, caption and its "
                "source line." + CUT + " Decisions: '150 gallons' (of oil) is the energy "
                "equivalent volume, annotated as a volume, not approximate ('about the same "
                "amount of energy as' is outside the span); '12-foot' is a compound adjective; "
                "counts with modifiers between number and noun stop at the number ('93' nuclear "
                "reactors).",
        "paragraphs": [
            "Nuclear power reactors use heat produced during atomic fission to boil water and "
            "produce pressurized steam. The steam is routed through the reactor steam system to "
            "spin large turbines blades that drive magnetic generators to produce electricity.",
            "Nuclear fission occurs when a neutron slams into a larger atom, forcing it to excite "
            "and split into two smaller atoms—also known as fission products. Additional "
            "neutrons are also released that can initiate a chain reaction. When each atom "
            "splits, a tremendous amount of energy is released.",
            "At the center of a nuclear reactor is the core, which contains fuel fabricated from "
            "uranium ore. Uranium ore is mined and processed to be eventually formed into "
            "ceramic pellets. Each ceramic pellet produces about the same amount of energy as "
            "150 gallons of oil. These energy-rich pellets are stacked end-to-end in 12-foot fuel "
            "rods that are loaded into the reactor fuel assembly for plant operation.",
            "Nuclear reactors in the United States may have large concrete domes covering the "
            "reactors, which are required to contain accidental releases of radiation. Not all "
            "nuclear power plants have cooling towers. Some nuclear power plants use water from "
            "lakes, rivers, or the ocean for cooling.",
            "As of August 1, 2023, 93 nuclear reactors were operating at 54 nuclear power plants "
            "in 28 states. Of the 54 operating nuclear power plants, 19 have one reactor, 31 have "
            "two reactors, and 4 have three reactors. The U.S. nuclear energy industry has "
            "supplied about 20% of total annual U.S. electricity since 1990.",
        ],
        "quantities": [
            c("two", 2, "smaller atoms", "atoms a split atom forms"),
            q("150 gallons", 150, "gallon", "volume",
              "oil with the energy of one ceramic pellet"),
            q("12-foot", 12, "foot", "length", "fuel rods"),
            c("93", 93, "nuclear reactors", "operating U.S. nuclear reactors",
              after="As of August 1, 2023, "),
            c("54", 54, "nuclear power plants", "U.S. nuclear power plants with operating reactors"),
            c("28 states", 28, "states", "states with operating nuclear power plants"),
            c("54", 54, "operating nuclear power plants", "operating nuclear power plants"),
            c("19", 19, "nuclear power plants", "plants with one reactor"),
            c("one reactor", 1, "reactor", "reactors at each of 19 plants"),
            c("31", 31, "nuclear power plants", "plants with two reactors"),
            c("two reactors", 2, "reactors", "reactors at each of 31 plants"),
            c("4", 4, "nuclear power plants", "plants with three reactors"),
            c("three reactors", 3, "reactors", "reactors at each of 4 plants"),
            pct("about 20%", 20, "nuclear share of total annual U.S. electricity", approx=True),
        ],
    },
    {
        "id": "qt15-05",
        "source": "usgov:usbr.gov",
        "url": "https://usbr.gov/power/who/who.Html",
        "title": "Hydropower Program: About Us",
        "published": None,
        "truncated": True,
        "note": "Bureau of Reclamation (Interior) page; no date shown. Removed: the program "
                "banner and the page heading (moved to title)." + CUT + " Decisions: 'the past "
                "century' is a duration of 100 years ('Over' means 'during' here, not a "
                "qualifier); '40 million megawatt-hours (MWh) of electricity each year' is "
                "annotated as an energy '40 million megawatt-hours' (the abbreviation and 'of "
                "electricity' separate the frequency, which stays outside); 'over 3.8 million' "
                "US homes stops before the modifier 'US'; 'second largest' is a rank.",
        "paragraphs": [
            "Over the past century, federal hydropower generated at Reclamation projects has "
            "served project load, enabling Reclamation to convey water across the arid western "
            "United States. In addition, surplus power (Reclamation hydropower generation "
            "surplus to project load requirements) marketed by Department of Energy Power "
            "Marketing Administrations (PMAs) has provided Reclamation a steady source of "
            "revenue for project repayment and investment.",
            "Reclamation is the second largest producer of hydroelectric power in the United "
            "States – owning 77 facilities in total. Of the 77, Reclamation directly operates "
            "and maintains 53, comprising over 14,750 megawatts of capacity. On average, the 53 "
            "\"reserved\" facilities generate 40 million megawatt-hours (MWh) of electricity each "
            "year – the equivalent demand of over 3.8 million US homes. The remaining 24 plants "
            "are operated and maintained by a non-federal entity under the provisions of a "
            "formal transfer contract or agreement. Six of the 25 plants generate \"federal\" "
            "power marketed by Department of Energy Power Marketing Administrations (Deer Creek, "
            "McPhee, Olmsted, O'Neill, San Luis, and Towaoc). In total, 59 Reclamation "
            "hydroelectric powerplants generate federal power, marketed by Power Marketing "
            "Administrations. Reliable, low-cost hydropower generated at Reclamation projects "
            "has provided tremendous value to the nation, spurring the development of the "
            "western United States through the provision of firm electric power to rural "
            "communities as well as ancillary services to support western interconnect grid "
            "reliability.",
            "Reclamation administers a comprehensive power operations and maintenance (PO&M) "
            "program to ensure our power facilities are safe, reliable, and cost effective. "
            "Reclamation also administers an electric reliability compliance (RC) program to "
            "ensure facilities comply with applicable standards to support a reliable bulk "
            "electric system.",
        ],
        "quantities": [
            q("the past century", 100, "year", "duration",
              "time Reclamation hydropower has served project load"),
            c("77 facilities", 77, "facilities", "hydroelectric facilities Reclamation owns"),
            c("77", 77, "facilities", "Reclamation hydroelectric facilities"),
            c("53", 53, "facilities", "facilities Reclamation directly operates and maintains"),
            q("over 14,750 megawatts", 14750, "megawatt", "other",
              "capacity of the 53 reserved facilities", approx=True),
            c("53", 53, "facilities", "reserved facilities"),
            q("40 million megawatt-hours", 40e6, "megawatt_hour", "other",
              "average annual generation of the 53 reserved facilities"),
            c("over 3.8 million", 3.8e6, "homes", "US homes with equivalent demand", approx=True),
            c("24 plants", 24, "plants", "plants operated by non-federal entities"),
            c("Six", 6, "plants", "transferred plants generating federal power"),
            c("25 plants", 25, "plants", "transferred plants"),
            c("59", 59, "hydroelectric powerplants",
              "Reclamation powerplants generating federal power"),
        ],
    },
    {
        "id": "qt15-06",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=1491",
        "title": "U.S. Army Corps of Engineers news listing (page 1491)",
        "published": "2019-03-15",
        "truncated": True,
        "note": "Listing page of news items (headline + summary, kept as paragraphs). "
                "Published is approximate: the items date from mid-March 2019 (the page shows no "
                "date). Title written as a description." + CUT + " The Baltimore summary ends "
                "without a period (verbatim); the third item (Kansas City District), cut by the "
                "store mid-sentence, is left out. Decisions: '7-day' is a duration (compound "
                "adjective); cubic feet per second are rates (cubic_foot/second); 'one or both "
                "targets' is not annotated; 'fiscal 2020' is a year.",
        "paragraphs": [
            "Corps to continue Lake O release plan with minor adjustments",
            "The U.S. Army Corps of Engineers Jacksonville District will continue its efforts to "
            "reduce water levels in Lake Okeechobee this dry season. The Corps plans to continue "
            "a push to send water south from the lake and maintain the current release rate to "
            "the Caloosahatchee River while making a slight adjustment in flows to the St. Lucie "
            "Canal to accommodate oyster spawning. Starting Saturday, March 16, the Corps will "
            "maintain the current pulse release to the Caloosahatchee estuary at a 7-day average "
            "rate of 1,800 cubic feet per second from the W.P. Franklin Lock and Dam (S-79). The "
            "Corps will reduce the flows to the St. Lucie estuary down to an average 7-day pulse "
            "release of 250 cubic feet per second as measured at the St. Lucie Lock and Dam "
            "(S-80). This decision will be reviewed again next week. Additional runoff from rain "
            "in the Caloosahatchee and St. Lucie basins could occasionally result in flows that "
            "exceed one or both targets.",
            "Army Corps, Baltimore District to receive more than $68 million in President’s "
            "proposed fiscal 2020 budget",
            "The President’s proposed fiscal 2020 Civil Works Budget released March 12 includes "
            "$4.827 billion in gross discretionary funding for the U.S. Army Corps of Engineers "
            "Civil Works program, including funding for the following Baltimore District "
            "projects: $17.3 million in Poplar Island expansion construction; $4 million for "
            "dredging of the Wicomico River; $20.4 million for dredging of Maryland and Virginia "
            "harbors and channels; and more than $28 million for operation and maintenance of "
            "flood risk management projects across Maryland, New York, Pennsylvania and West "
            "Virginia",
        ],
        "quantities": [
            q("7-day", 7, "day", "duration", "averaging period of the Caloosahatchee release"),
            q("1,800 cubic feet per second", 1800, "cubic_foot/second", "rate",
              "pulse release to the Caloosahatchee estuary"),
            q("7-day", 7, "day", "duration", "averaging period of the St. Lucie release"),
            q("250 cubic feet per second", 250, "cubic_foot/second", "rate",
              "pulse release to the St. Lucie estuary"),
            usd("more than $68 million", 68e6, "Baltimore District funding in proposed budget",
                approx=True),
            usd("$4.827 billion", 4.827e9, "gross discretionary funding for Civil Works"),
            usd("$17.3 million", 17.3e6, "Poplar Island expansion construction"),
            usd("$4 million", 4e6, "dredging of the Wicomico River"),
            usd("$20.4 million", 20.4e6, "dredging of Maryland and Virginia harbors and channels"),
            usd("more than $28 million", 28e6,
                "operation and maintenance of flood risk management projects", approx=True),
        ],
    },
    {
        "id": "qt15-07",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/web/20201218035853/https://www.eia.gov/"
               "todayinenergy",
        "title": "EIA Today in Energy (front page, December 2020)",
        "published": "2020-12-17",
        "truncated": True,
        "note": "EIA (DOE) Today in Energy front page as archived by the UNT web archive (a copy "
                "of the eia.gov page). Item headlines and summaries kept as paragraphs. Removed: "
                "logo, navigation, 'Today in Energy', item dates (latest moved to published), "
                "chart titles, chart source lines and 'Read More ›' links." + CUT + " The third "
                "item (electricity bills), cut mid-sentence, is left out. Decisions: 'about "
                "half' (headline) and 'About half as much' are fractions; 'the lowest in 26 "
                "months' is a duration; Thanksgiving 2019/2020 are dates.",
        "paragraphs": [
            "U.S. jet fuel consumption during the week of Thanksgiving was about half of last "
            "year’s",
            "For the week of Thanksgiving 2020, estimated consumption of major transportation "
            "fuels (motor gasoline, distillate, and jet fuel) was 11% lower than during "
            "Thanksgiving week 2019. About half as much jet fuel was consumed during the week of "
            "Thanksgiving as last year, measured using product supplied as a proxy for "
            "consumption: 1.1 million barrels per day (b/d) in 2020 compared with 2.0 million "
            "b/d in 2019, according to estimates in the U.S. Energy Information "
            "Administration’s (EIA) Weekly Petroleum Status Report.",
            "U.S. liquefied natural gas exports set a record in November",
            "During the summer of 2020, monthly exports of liquefied natural gas (LNG) from the "
            "United States were the lowest in 26 months but have since increased, and in "
            "November, estimated LNG exports surpassed the previous record set in January 2020. "
            "In the December 2020 Short-Term Energy Outlook, the U.S. Energy Information "
            "Administration (EIA) estimated that November U.S. LNG exports reached 9.4 billion "
            "cubic feet per day (Bcf/d), which was 93% of peak LNG export capacity utilization.",
        ],
        "quantities": [
            q("about half", 0.5, "fraction", "percent",
              "Thanksgiving-week jet fuel consumption compared with last year", approx=True),
            pct("11%", 11, "drop of Thanksgiving-week transportation fuel consumption"),
            q("About half", 0.5, "fraction", "percent",
              "jet fuel consumed in Thanksgiving week compared with last year", approx=True),
            q("1.1 million barrels per day", 1.1e6, "barrel/day", "rate",
              "jet fuel product supplied in Thanksgiving week 2020"),
            q("2.0 million b/d", 2.0e6, "barrel/day", "rate",
              "jet fuel product supplied in Thanksgiving week 2019"),
            q("26 months", 26, "month", "duration", "period of lowest LNG exports"),
            q("9.4 billion cubic feet per day", 9.4e9, "cubic_foot/day", "rate",
              "U.S. LNG exports in November 2020"),
            pct("93%", 93, "LNG export capacity utilization"),
        ],
    },
    {
        "id": "qt15-08",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/eot2008/20090505234236/http:/"
               "www.publicaffairs.noaa.gov/releases2000/nov00/noaa00075.html",
        "title": "October Temperatures Above Normal in Much of U.S., NOAA Reports; January "
                 "Through October Warmest on Record",
        "published": "2000-11-13",
        "truncated": True,
        "note": "NOAA news release 2000-075 as archived by the UNT End of Term 2008 web archive. "
                "Removed: the release header (number, 'FOR IMMEDIATE RELEASE', contact, date "
                "moved to published) and the upper-case headline (moved to title, case "
                "changed)." + CUT + " Decisions: '55.8 F', '1.0 F' (a difference) and '58.1 F' "
                "are Fahrenheit temperatures; '1.0F/century' is a rate (fahrenheit/century); "
                "'106-year' and 'ten-month' are durations; '25th' is a rank; 'Thirteen of the "
                "past 15 January-October periods' gives two counts.",
        "paragraphs": [
            "The average October 2000 surface temperature in the United States was above normal "
            "but far from a record, according to statistics calculated by NOAA scientists "
            "working from the world's largest statistical weather database at NOAA's National "
            "Climatic Data Center in Asheville, N.C.",
            "The average October temperature based on preliminary reports was 55.8 F, which is "
            "1.0 F warmer than the 106-year average, making it the 25th warmest October since "
            "records began in 1895. Temperatures were near normal for the Northeast, Southeast, "
            "Southwest, Northwest, and West while the rest of the country experienced above "
            "normal temperatures. Heavy precipitation brought relief to the drought-stricken "
            "Southern Plains and Southwest, while many cities throughout the Southeast received "
            "no rainfall in October. The Southeast region experienced it's second driest October "
            "on record, and this lack of rainfall in an already dry region, led to numerous "
            "wildfires throughout North Carolina, Tennessee, Kentucky and Virginia.",
            "Although the average October temperature was far from record-breaking in the U.S., "
            "the abnormally warm conditions observed earlier this year made the January-October "
            "2000 average temperature (58.1 F) the warmest such ten-month period on record. "
            "Thirteen of the past 15 January-October periods have been above average and have "
            "contributed to a temperature rise of 1.0F/century since records began in 1895. "
            "Every state in the contiguous U.S., except Maine, Vermont, Massachusetts, North "
            "Carolina, South Carolina, and Georgia was warmer than normal, with most of the "
            "country west of the Mississippi River much above normal. This was the warmest "
            "January-October on record for New Mexico, Texas and Utah. It was the second warmest "
            "for Arizona, Colorado, Nevada, and Wyoming.",
        ],
        "quantities": [
            q("55.8 F", 55.8, "fahrenheit", "other", "average U.S. October 2000 temperature"),
            q("1.0 F", 1.0, "fahrenheit", "other",
              "October 2000 temperature above the 106-year average"),
            q("106-year", 106, "year", "duration", "period of the long-term average"),
            q("58.1 F", 58.1, "fahrenheit", "other",
              "January-October 2000 average temperature"),
            q("ten-month", 10, "month", "duration", "January-October period"),
            c("Thirteen", 13, "January-October periods", "periods above average"),
            c("15", 15, "January-October periods", "past January-October periods"),
            q("1.0F/century", 1.0, "fahrenheit/century", "rate",
              "temperature rise since records began"),
        ],
    },
    {
        "id": "qt15-09",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/web/20121010004558/http://www.commerce.gov/"
               "blog/category/868",
        "title": "Department of Commerce blog: National Climatic Data Center (2012)",
        "published": None,
        "truncated": True,
        "note": "Department of Commerce blog category page (NOAA climate reports, June and July "
                "2012) as archived by the UNT web archive; no single date. Post titles and "
                "summaries kept as paragraphs. Removed: 'Syndicate content', the category "
                "heading (title written as a description), the graphic and infographic "
                "descriptions and the link text 'Full NOAA release'." + CUT + " Decisions: "
                "'71.2°F' and '2.0°F' are Fahrenheit temperatures; '12-month' and '12-year' are "
                "durations; 'tenth-driest' is a rank; 'at least 170' stops before the modifiers "
                "'all-time high temperature'.",
        "paragraphs": [
            "NOAA's State of the Climate Report for June 2012",
            "Nation experiences warmest first half of year; wildfires claim 1.3 million acres "
            "across nation",
            "Commerce's National Oceanic and Atmospheric Administration (NOAA) issues its monthly "
            "state of the climate report for June, 2012. The average temperature for the "
            "contiguous U.S. during June was 71.2°F, which is 2.0°F above the 20th century "
            "average. Scorching temperatures during the second half of the month led to at "
            "least 170 all-time high temperature records broken or tied. The June temperatures "
            "contributed to a record-warm first half of the year and the warmest 12-month period "
            "the nation has experienced since recordkeeping began in 1895.",
            "Precipitation totals across the country were mixed during June. The Lower 48, as a "
            "whole, experienced its tenth-driest June on record, with a nationally-averaged "
            "precipitation total of 2.27 inches, 0.62 inch below average. Record- and "
            "near-record dry conditions were present across the Intermountain West, while "
            "Tropical Storm Debby dropped record precipitation across Florida.",
            "NOAA: Heat Wave Leads to Fourth-Warmest July on Record for the U.S.",
            "Persistent, scorching heat in the central and eastern regions of the United States "
            "shattered long-standing daily and monthly temperature records last month, making "
            "it the fourth warmest July on record nationally, according to scientists at NOAA’s "
            "National Climatic Data Center. The heat exacerbated drought conditions, resulting "
            "in the largest “exceptional” drought footprint in the 12-year history of the U.S. "
            "Drought Monitor. “Exceptional” is the most severe category of drought on the "
            "drought monitor scale.",
        ],
        "quantities": [
            q("1.3 million acres", 1.3e6, "acre", "area", "area claimed by wildfires"),
            q("71.2°F", 71.2, "fahrenheit", "other", "average contiguous U.S. June temperature"),
            q("2.0°F", 2.0, "fahrenheit", "other", "June temperature above 20th century average"),
            c("at least 170", 170, "temperature records",
              "all-time high temperature records broken or tied", approx=True),
            q("12-month", 12, "month", "duration", "warmest period on record"),
            q("2.27 inches", 2.27, "inch", "length", "nationally-averaged June precipitation"),
            q("0.62 inch", 0.62, "inch", "length", "June precipitation below average"),
            q("12-year", 12, "year", "duration", "history of the U.S. Drought Monitor"),
        ],
    },
    {
        "id": "qt15-10",
        "source": "usgov:www.eia.gov",
        "url": "http://www.eia.gov/electricity/",
        "title": "Electricity - U.S. Energy Information Administration",
        "published": None,
        "truncated": True,
        "note": "EIA electricity hub page; no single date (the product list shows releases of "
                "2014). Removed: the section labels 'Energy in Brief articles' and 'Electricity "
                "Explained', the 'See all ... ›' / 'See more ... ›' links. Article titles and "
                "blurbs kept as paragraphs; the page is kept up to the end of the 'Use of "
                "electricity' blurb (the following product list with release dates is left "
                "out; the store cut it mid-sentence). Decisions: 'three' large interconnected "
                "systems stops at the number; 'more than 13 times' is a multiplier.",
        "paragraphs": [
            "New Addition: Use EIA's new interactive Electricity Data Browser to find "
            "generation, fuel consumption, sales, revenue and average price time series, and "
            "even drill down to plant-level data.",
            "What is the electric power grid?",
            "The grid of electric power lines has evolved into three large interconnected "
            "systems that move electricity around the country. Standards have been developed by "
            "the electric power industry to ensure coordination for the linked operations.",
            "How much of our electricity is generated from renewable sources?",
            "U.S. power plants used renewable energy sources — water (hydroelectric), wood, "
            "wind, organic waste, geothermal, and sun — to generate about 13% of our electricity "
            "in 2011.",
            "Electricity in the United States",
            "Most of the electricity in the United States is produced using steam turbines. Coal "
            "is the most common fuel for generating electricity in the United States. In 2011, "
            "about 42% of the country's electricity was produced from coal.",
            "Use of electricity",
            "Electricity consumption totaled nearly 3,883 billion kilowatthours (kWh) in 2011. "
            "U.S. electricity use in 2011 was more than 13 times greater than electricity use "
            "in 1950.",
        ],
        "quantities": [
            c("three", 3, "large interconnected systems", "systems of the electric power grid"),
            pct("about 13%", 13, "U.S. electricity from renewable sources in 2011", approx=True),
            pct("about 42%", 42, "U.S. electricity produced from coal in 2011", approx=True),
            q("nearly 3,883 billion kilowatthours", 3883e9, "kilowatt_hour", "other",
              "U.S. electricity consumption in 2011", approx=True),
            q("more than 13 times", 13, "multiplier", "other",
              "electricity use in 2011 compared with 1950", approx=True),
        ],
    },
    {
        "id": "qt15-11",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/voa-english-newscast-october-26/3023776.html",
        "title": "VOA English Newscast: 2000 UTC October 26, 2015",
        "published": "2015-10-26",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', the headline (moved to title), "
                "the photo caption (twice), the audio player lines ('please wait', 'No media "
                "source currently available', '0:00 0:02:00 0:00', 'Direct link')." + CUT
                + " Decisions: 'a magnitude of 7.5' → span '7.5' (magnitude, kind other); 'for "
                "hours' (no number) is not annotated; 'in a decade' is a duration; 'first "
                "Indonesian leader' is an ordinal.",
        "paragraphs": [
            "From Washington, this is VOA News.",
            "I’m Dave DeForest reporting.",
            "An earthquake strikes Afghanistan and Pakistan.",
            "More than 200 people have been killed; more than 1,400 injured.",
            "The U.S. Geological Survey says the quake was centered in northern Afghanistan and "
            "registered a magnitude of 7.5.",
            "Turkish officials say nine people have been killed, including two police officers, "
            "in a raid on a suspected Islamic State cell in southeast Turkey.",
            "Dorian Jones reports.",
            "“The dawn raid Monday by security forces on a suspected Islamic State safe house "
            "resulted in a gun battle raging for hours in the Diyarbakir province of southeast "
            "Turkey. The predominantly Kurdish region is close to the Syrian border, and is "
            "widely believed to be a recruitment center for jihadists fighting in Iraq and "
            "Syria. Dorian Jones, Istanbul.”",
            "Climate change, trade and maritime cooperation in the South China Sea top the agenda "
            "when Indonesian President Joko Widodo meets with U.S. President Barack Obama at the "
            "White House.",
            "Widodo is the first Indonesian leader to visit the United States in a decade. He is "
            "looking to attract more American investment in his country.",
            "Tanzanian election officials say they plan to announce preliminary results Monday "
            "from Sunday's election. Ahead of the vote for a new president and parliament, "
            "analysts predicted a tight race, but suggested the ruling CCM party would win.",
            "Voting in Dar es Salaam Sunday was peaceful and appeared to run smoothly, with no "
            "incidents of violence or unrest.",
        ],
        "quantities": [
            p("More than 200 people", 200, "people killed in the Afghanistan-Pakistan earthquake",
              approx=True),
            p("more than 1,400", 1400, "people injured in the earthquake", approx=True),
            q("7.5", 7.5, "magnitude", "other", "magnitude of the Afghanistan earthquake"),
            p("nine people", 9, "people killed in the raid in southeast Turkey"),
            p("two police officers", 2, "police officers killed in the raid"),
            q("a decade", 10, "year", "duration",
              "time since an Indonesian leader visited the United States"),
        ],
    },
    {
        "id": "qt15-12",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/east-asia-pacific_deadly-earthquake-strikes-southwest-"
               "china/6189519.html",
        "title": "Deadly Earthquake Strikes Southwest China",
        "published": None,
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', the headline (moved to title), "
                "the file photo caption (twice; it is dated August 2014 and belongs to an older "
                "quake), the VOA News byline box and the size switcher. The page shows no date. "
                "Decisions: '5.0-magnitude' is a magnitude (compound adjective); '23' (others "
                "injured) and 'nearly 90,000' (killed) are persons.",
        "paragraphs": [
            "At least four people are dead and 23 others injured after a strong earthquake "
            "struck southwest China late Monday.",
            "Geologists at the China Earthquake Networks Center said a 5.0-magnitude earthquake "
            "struck in Qiaojia county in Yunnan province.",
            "China is prone to earthquakes, especially in its mountainous western and "
            "southwestern regions. One of the worst disasters of its kind occurred in 2008, when "
            "nearly 90,000 were killed when a strong earthquake struck Sichuan province.",
        ],
        "quantities": [
            p("At least four people", 4, "people dead in the Yunnan earthquake", approx=True),
            p("23", 23, "people injured in the Yunnan earthquake"),
            q("5.0-magnitude", 5.0, "magnitude", "other", "Qiaojia county earthquake"),
            p("nearly 90,000", 90000, "people killed in the 2008 Sichuan earthquake",
              approx=True),
        ],
    },
    {
        "id": "qt15-13",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/media/video/1684377.html",
        "title": "US Agriculture Industry Opposes Changes to Food Aid Program",
        "published": "2013-06-18",
        "truncated": False,
        "note": "Video page. The summary appears twice on the page (player teaser and body); "
                "it is kept once. Removed: section label 'USA', the player lines, headline "
                "(moved to title), the 'Published June 18, 2013' line (moved to published) and "
                "the 'You May Like' teasers. Decisions: 'about $1.5 billion annually' → money "
                "'about $1.5 billion' (frequency separate); '59-year-old' (the program's age) "
                "is an age (year, kind other).",
        "paragraphs": [
            "The Food for Peace program costs about $1.5 billion annually and provides "
            "U.S.-grown food to countries in need. But President Barack Obama’s proposed 2014 "
            "budget includes changes to the 59-year-old program -- replacing some commodity "
            "shipments with direct cash purchases in foreign countries. As VOA’s Kane Farabaugh "
            "reports -- while some aid agencies welcome the proposed changes, farmers and "
            "millers in the midwestern United States say the changes will hurt their business "
            "and cost U.S. jobs.",
        ],
        "quantities": [
            usd("about $1.5 billion", 1.5e9, "annual cost of the Food for Peace program",
                approx=True),
            q("59-year-old", 59, "year", "other", "age of the Food for Peace program"),
        ],
    },
    {
        "id": "qt15-14",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/a/a-13-2009-03-25-voa65-68812397/363401.html",
        "title": "US Midwest Braces for More Floods",
        "published": "2009-03-25",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', section label 'News', headline "
                "(moved to title), the size switcher. Published from the date in the URL. "
                "Decisions: 'weeks' (no number) is not annotated; 1997 is a year.",
        "paragraphs": [
            "Hundreds of volunteers turned out in the U.S. state of North Dakota Wednesday to "
            "help national guard troops build sandbag barriers against the rising waters of the "
            "Red River, which continues to flood parts of the north-central U.S.",
            "President Barack Obama declared North Dakota a federal disaster area Tuesday, which "
            "means the federal government will pay 75 percent of the cost of flood-relief "
            "efforts by state and local governments.",
            "Floodwaters already have forced closure of many roads and bridges, and the water is "
            "expected to rise farther.",
            "The flat terrain of the Red River Valley means floodwaters cover a wide area. "
            "Weather experts say the slow-moving water will take weeks to recede, because the "
            "soil is increasingly saturated.",
            "Floods also are a problem in the neighboring state of Minnesota which, like North "
            "Dakota, borders the Red River on its route to Canada.",
            "The region last suffered a devastating flood in 1997.",
            "The Federal Emergency Management Agency, which is overseen by the U.S. Department "
            "of Homeland Security, says floods are one of the most common hazards in the United "
            "States.",
            "Some information for this report was provided by AP and Reuters.",
        ],
        "quantities": [
            c("Hundreds of volunteers", 200, "volunteers", "volunteers in North Dakota", approx=True),
            pct("75 percent", 75, "federal share of flood-relief costs"),
        ],
    },
    {
        "id": "qt15-16",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/outlooks/steo/report/coal.php",
        "title": "Short-Term Energy Outlook: Coal",
        "published": "2019-01-15",
        "truncated": False,
        "note": "EIA (DOE) Short-Term Energy Outlook coal section. The store holds more than one "
                "version of this URL; this is the version whose text begins 'EIA estimates that "
                "U.S. coal production decreased by 19 million short tons' (the January 2019 "
                "outlook; published is approximate, from the years the text estimates and "
                "forecasts). Only the prose bullet is kept. Removed: the bullet mark, the three "
                "chart titles and the 'U.S. Coal Summary' table. Decisions: 'MMst' (million short "
                "tons) keeps the base id short_ton with the scale applied to the value; "
                "'five-year' (high) is a duration; 'more than 7 gigawatts' is a power.",
        "paragraphs": [
            "EIA estimates that U.S. coal production decreased by 19 million short tons (MMst) "
            "(2%) in 2018, totaling 756 MMst. EIA expects that coal production will continue to "
            "fall in the forecast as both domestic consumption and exports, which reached a "
            "five-year high in 2018, are forecast to decline. In the electric power sector, "
            "which accounts for more than 90% of U.S. coal consumption, more than 7 gigawatts of "
            "coal-fired generation is scheduled to retire by the end of 2020. EIA forecasts that "
            "coal production will total 684 MMst in 2019 (down by 9% from 2018) and 640 MMst in "
            "2020 (down by 6% from 2019).",
        ],
        "quantities": [
            q("19 million short tons", 19e6, "short_ton", "mass",
              "decrease of U.S. coal production in 2018"),
            pct("2%", 2, "decrease of U.S. coal production in 2018"),
            q("756 MMst", 756e6, "short_ton", "mass", "U.S. coal production in 2018"),
            q("five-year", 5, "year", "duration", "period of the high in coal exports"),
            pct("more than 90%", 90, "electric power sector share of U.S. coal consumption",
                approx=True),
            q("more than 7 gigawatts", 7, "gigawatt", "other",
              "coal-fired generation scheduled to retire by 2020", approx=True),
            q("684 MMst", 684e6, "short_ton", "mass", "forecast coal production in 2019"),
            pct("9%", 9, "forecast decline of coal production from 2018"),
            q("640 MMst", 640e6, "short_ton", "mass", "forecast coal production in 2020"),
            pct("6%", 6, "forecast decline of coal production from 2019"),
        ],
    },
    {
        "id": "qt15-17",
        "source": "voa:voanews.com",
        "url": "https://voanews.com/a/boom-in-african-ivory-leads-to-global-security-threat/"
               "1927897.html",
        "title": "Boom in African Ivory Looms as Global Security Threat",
        "published": "2014-06-02",
        "truncated": True,
        "note": "VOA photo gallery (the same gallery is stored from VOA's preview host, "
                "voa.pangea-cms.com, also claimed). Kept: the summary line (no final period, "
                "verbatim) and the four slide captions shown. Removed: 'Accessibility links', "
                "skip links, the site menu, 'Breaking News', 'USA', the headline (moved to "
                "title, and repeated at the end), the date line (moved to published), the "
                "byline, the slide numbers 1-4, 'Load more' (further slides not stored: "
                "truncated) and the size switcher. Decisions: plain 'tons' → metric_ton "
                "(guideline); dates are not quantities.",
        "paragraphs": [
            "Western governments step up enforcement against Africa's poachers as organized "
            "crime syndicates realize bigger profits from slaughter of elephants, rhinos and "
            "hippos",
            "KENYA: The government's wildlife service frequently burns confiscated elephant "
            "tusks in public demonstrations. Tsavo West National Park torched five tons of ivory "
            "(above) harvested from elephants killed in Malawi and Zambia and confiscated in "
            "Singapore.",
            "GUANGDONG, CHINA: In ivory's biggest markets around the globe, Chinese customs "
            "officers destroyed six tons of confiscated tusks on January 6, 2014.",
            "UNITED STATES: At the request of then-Secretary of State Hillary Clinton, the U.S. "
            "Director of National Intelligence confirmed strong links between African terrorism "
            "and wildlife poaching. Clinton frequently made the case for new anti-poaching "
            "strategies, as she did to Albania's parliament in 2012 (above).",
            "HONG KONG: Authorities in Hong Kong revealed crates of illegal elephant tusks, rhino "
            "horns and leopard skins on August 7, 2013.",
        ],
        "quantities": [
            q("five tons", 5, "metric_ton", "mass", "ivory torched at Tsavo West National Park"),
            q("six tons", 6, "metric_ton", "mass", "confiscated tusks destroyed in Guangdong"),
        ],
    },
    {
        "id": "qt15-18",
        "source": "voa:voa.pangea-cms.com",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/science-health_spacex-falcon-9-"
               "rocket-blasts-cape-canaveral/6194063.html",
        "title": "SpaceX Falcon 9 Rocket Blasts Off From Cape Canaveral",
        "published": "2020-08-07",
        "truncated": True,
        "note": "VOA story as stored from VOA's own publishing system (preview host of "
                "voanews.com story 6194063). Removed: 'Accessibility links', 'Breaking News', "
                "the headline (moved to title), the file photo caption (twice). The store cuts "
                "the page in the VOA News byline box (left out; the story text is whole). The "
                "page shows no date: published is inferred from the text (the Friday after the "
                "Crew Dragon splashdown of Sunday, August 2, 2020). Decisions: '57' Starlink "
                "satellites stops before the name; 'two' NASA astronauts (person) likewise; "
                "'about an hour-and-a-half' is a duration; 'Two days later' anchors a point in "
                "time and is not annotated; 'tenth batch' and 'first' are ordinals.",
        "paragraphs": [
            "A SpaceX Falcon 9 rocket launched from Cape Canaveral in Florida early Friday, "
            "carrying 57 Starlink satellites for the company's internet satellite constellation "
            "system.",
            "The rocket also carried two spacecraft for Spaceflight customer BlackSky. Shortly "
            "after releasing those satellites, and about an hour-and-a-half after launch, the "
            "spacecraft released the bundle of Starlink Satellites. It was the tenth batch of "
            "such satellites launched by the company.",
            "With Friday's launch, SpaceX has deployed nearly 600 Starlink satellites in a "
            "rapidly expanding fleet of spacecraft designed to provide high-speed internet "
            "transmission to users anywhere in the world. Service in the northern United States "
            "and Canada is expected to start later this year.",
            "The first stage of the rocket returned to earth as planned after launch, with a "
            "clean landing on a drone ship.",
            "Friday’s launch marked a busy week for the commercial space company. On Sunday the "
            "Crew Dragon capsule splashed down in the Gulf of Mexico, bringing two NASA "
            "astronauts back to Earth from the International Space Station. The flight was the "
            "first to orbit NASA astronauts from U.S. soil since the space shuttle was retired "
            "in 2011.",
            "Two days later, SpaceX engineers in Boca Chica, Texas, carried out the first "
            "up-and-down test flight of a prototype upper stage for the company's planned "
            "heavy-lift Starship rocket system.",
        ],
        "quantities": [
            c("57", 57, "Starlink satellites", "satellites carried by the Falcon 9"),
            c("two spacecraft", 2, "spacecraft", "spacecraft carried for BlackSky"),
            q("about an hour-and-a-half", 1.5, "hour", "duration",
              "time from launch to release of the Starlink satellites", approx=True),
            c("nearly 600", 600, "Starlink satellites", "Starlink satellites deployed by SpaceX",
              approx=True),
            p("two", 2, "NASA astronauts brought back by Crew Dragon", after="bringing "),
        ],
    },
    # ---- Added by sqy15b (extension before any use, 2026-12-06): qt15-19 ... qt15-31 ----
    {
        "id": "qt15-19",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/usa/dangerous-hurricane-dorian-pounds-bahamas-us-east-coast-"
               "its-sights",
        "title": "Dangerous Hurricane Dorian Pounds Bahamas, US East Coast in its Sights",
        "published": "2019-09-01",
        "truncated": False,
        "note": "VOA story (added by sqy15b). Removed: the store's date line, the section label "
                "'USA', the headline (moved to title), the byline and date line 'By VOANews "
                "September 1, 2019 02:43 PM' (date moved to published), the photo caption, the "
                "'Last updated' line and the closing 'VOANews' signature. Kept oddity: 'per "
                "hour.The' (no space). Decisions: 'Category 5' and 'since 1935' are not "
                "quantities; 'second-highest' is a rank; 'just 7 kilometers per hour' → span "
                "'7 kilometers per hour' ('just' is not an approximation); 'as much as 76 "
                "centimeters' keeps the qualifier (approximate).",
        "paragraphs": [
            "Hurricane Dorian has made history as it creeps across the Bahamas on a likely path "
            "to the U.S. East Coast.",
            "Dorian is a fierce and extremely dangerous Category 5 storm with top sustained "
            "winds of 295 kilometers per hour.The National Hurricane Center in Miami says Dorian "
            "is the strongest Atlantic storm to strike land since 1935. It has also tied the "
            "record for the second-highest highest wind speed ever recorded in the Atlantic.",
            "What makes Dorian especially dangerous as it pounds Great Abaco Island in the "
            "Bahamas and Grand Bahama Island is its speed. As of late Sunday, Dorian was "
            "crawling at just 7 kilometers per hour – giving its powerful winds and massive "
            "amount of rain – as much as 76 centimeters – plenty of time to cause heavy damage.",
            "Forecasters say Dorian will move dangerously close to the east coast of Florida "
            "late Monday into Tuesday.",
            "Hurricane warnings and watches have already been posted for parts of the state.",
            "U.S. President Donald Trump canceled a trip to Poland to stay home to monitor the "
            "storm. He visited Federal Emergency Management Agency headquarters Sunday, urging "
            "everyone in \"Hurricane Dorian's path to heed all warnings and evacuation orders "
            "from local authorities.\"",
            "Forecasters predict Dorian will affect much of the Atlantic Coast throughout the "
            "week, from Georgia, the Carolinas, and Virginia. Areas as far north as the tip of "
            "New Jersey could experience heavy rain and tropical force winds by Friday.",
        ],
        "quantities": [
            q("295 kilometers per hour", 295, "kilometer/hour", "rate",
              "top sustained winds of Hurricane Dorian"),
            q("7 kilometers per hour", 7, "kilometer/hour", "rate",
              "forward speed of Dorian late Sunday"),
            q("as much as 76 centimeters", 76, "centimeter", "length",
              "rain Dorian could bring", approx=True),
        ],
    },
    {
        "id": "qt15-20",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/usa_hurricane-dorian-lashes-northern-bahamas/6174929.html",
        "title": "Hurricane Dorian Lashes Northern Bahamas",
        "published": "2019-09-01",
        "truncated": True,
        "note": "VOA story (added by sqy15b). Removed: 'Accessibility links', 'Breaking News', the "
                "headline (moved to title) and two photo captions (the second one cut by the "
                "store)." + CUT + " The page shows no date: published is inferred from the "
                "text (landfall in the Bahamas on Sunday; captions dated Aug. 31, 2019, a "
                "Saturday). Decisions: '285 kilometer an hour' (before 'winds') is a speed; "
                "'the next day or two' → span 'day or two', a range of 1 to 2 days; 'on an "
                "hourly basis' has no number; 'four to six meters' is one range; '73,000 "
                "people' is a person count, '21,000 homes' a count.",
        "paragraphs": [
            "Hurricane Dorian, a dangerous Category 5 storm, made landfall in the northwestern "
            "Bahamas Sunday, slamming the island with 285 kilometer an hour winds.",
            "The U.S. National Hurricane Center said Dorian is the strongest hurricane in modern "
            "history to hit the area and warned \"catastrophic conditions\" are occurring in the "
            "Abaco Islands.",
            "The hurricane agency had said the storm's advance is expected to slow over the next "
            "day or two, followed by a gradual turn to the northwest as it edges closer to "
            "southeastern U.S. state of Florida.",
            "\"It's going to stall out... and it hasn't even touched Florida or the southeast "
            "[U.S.] coast,\" Peter Gaynor, acting chief of the Federal Emergency Management "
            "Agency, told Fox News Sunday. \"You've got to take this storm seriously.\"",
            "He said emergency officials have been briefing President Donald Trump or his aides "
            "on an hourly basis on the storm's advance. \"He has his finger on the pulse,\" "
            "Gaynor said.",
            "Trump visited FEMA headquarters Sunday, where he urged everyone in \"Hurricane "
            "Dorian's path to heed all warnings and evacuation orders from local authorities.\"",
            "Dorian is expected to move near or over Grand Bahama Island on Sunday night and "
            "into Monday and \"should move closer to the Florida east coast late Monday through "
            "Tuesday night.\" The hurricane agency said the storm could dump as much as 76 "
            "centimeters of rain on the northwestern Bahamas, with life-threatening storm surges "
            "pushing tides four to six meters above normal.",
            "The storm's path toward the northwestern islands of Grand Bahama and Abaco puts "
            "73,000 people and 21,000 homes at risk.",
        ],
        "quantities": [
            q("285 kilometer an hour", 285, "kilometer/hour", "rate",
              "winds of Dorian at landfall in the Bahamas"),
            q("day or two", 1, "day", "duration", "time over which Dorian's advance slows",
              high=2),
            q("as much as 76 centimeters", 76, "centimeter", "length",
              "rain Dorian could dump on the northwestern Bahamas", approx=True),
            q("four to six meters", 4, "meter", "length", "storm surge above normal tides",
              high=6),
            p("73,000 people", 73000, "people at risk on Grand Bahama and Abaco"),
            c("21,000 homes", 21000, "homes", "homes at risk on Grand Bahama and Abaco"),
        ],
    },
    {
        "id": "qt15-21",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/east-asia-pacific/wildfires-scorch-australia",
        "title": "Wildfires Scorch Australia",
        "published": "2020-01-05",
        "truncated": False,
        "note": "VOA story (added by sqy15b). Removed: the store's date line, the section label "
                "'East Asia Pacific', the headline (moved to title), the byline and date line "
                "'By VOA News January 05, 2020' (date moved to published) and the photo "
                "caption. Kept oddities: double spaces after 'said.', 'before.' and 'he said'. "
                "Decisions: 'millions of hectares' and 'Thousands of people' are vague plurals "
                "(2e6 hectares, 2000 persons; approximate); 'for weeks' has no number; '3,000' "
                "stops before 'Australian Defense Force reservists' (modifiers between); "
                "'$500,000' is what each of the two stars pledged.",
        "paragraphs": [
            "Australia continues to battle wildfires that have scorched millions of hectares "
            "across three states.",
            "Cooler temperatures and lighter winds Sunday brought little relief from the fires "
            "that firefighters have battled for weeks, but New South Wales Rural Fire Service "
            "commissioner Shane Fizsimmons warned residents against complacency as nearly 150 "
            "fires continue to burn across the state.",
            "\"We're in uncharted territory,\" New South Wales Premier Gladys Berejiklian said.  "
            "\"We can't pretend that this is something that we have experienced before.  It's "
            "not.\"",
            "Thousands of people are living in campsites and an estimated two thousand homes "
            "have been destroyed. Twenty-four people have died since the blazes began.",
            "Prime Minister Scott Morrison has been criticized for his handling of the "
            "emergency, especially after traveling to Hawaii for a family vacation during the "
            "emergency. On Sunday, he said  the blame game is unproductive and \"now is the time "
            "to focus on the response that is being made.\"",
            "Morrison has also been criticized for not adequately consulting local authorities "
            "before deploying 3,000 Australian Defense Force reservists to New South Wales in an "
            "effort to help combat the devastating fires. Morrison also committed $14 million to "
            "lease fire-fighting aircraft from other countries.",
            "A Bushfire Recovery Agency has been established to help Australians recover from "
            "the disaster.",
            "Pop star Pink and Australian actress Nicole Kidman have both pledged to donate "
            "$500,000 to support the fire-affected communities.",
        ],
        "quantities": [
            q("millions of hectares", 2000000, "hectare", "area",
              "land scorched by Australia's wildfires", approx=True),
            c("three states", 3, "states", "Australian states with wildfires"),
            c("nearly 150 fires", 150, "fires", "fires burning across New South Wales",
              approx=True),
            p("Thousands of people", 2000, "people living in campsites", approx=True),
            c("an estimated two thousand homes", 2000, "homes", "homes destroyed by the fires",
              approx=True),
            p("Twenty-four people", 24, "people who died since the blazes began"),
            p("3,000", 3000, "Australian Defense Force reservists deployed to New South Wales"),
            usd("$14 million", 14000000, "money to lease fire-fighting aircraft"),
            usd("$500,000", 500000, "donation pledged by each of Pink and Nicole Kidman"),
        ],
    },
    {
        "id": "qt15-22",
        "source": "voa:voa.pangea-cms.com",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/typhoon-rammasun-kills-several-in-"
               "philippines/1958452.html",
        "title": "Typhoon Rammasun Kills 10 in Philippines",
        "published": "2014-07-16",
        "truncated": True,
        "note": "VOA story as stored from VOA's own publishing system (preview host of voanews.com "
                "story 1958452; added by sqy15b). Removed: 'Accessibility links', 'Breaking "
                "News', the headline (moved to title) and the photo caption (twice). The store "
                "cuts the page in the VOA News byline box (left out; the story text is whole). "
                "The page shows no date: published is inferred from the text and caption "
                "(landfall Wednesday, caption dated July 16, 2014, a Wednesday). Decisions: "
                "'first typhoon' is an ordinal; 'dozens' (of domestic flights) and 'hundreds' "
                "(of ferry passengers) are vague plurals (24 and 200, approximate) whose span "
                "stops before the modifier; 'About 20' (major storms) stops before 'major' and "
                "'every year' is a separate frequency.",
        "paragraphs": [
            "Typhoon Rammasun has left the Philippines and is heading for northern Vietnam or "
            "China's Hainan Island, with a possibility it could pick up speed as it crosses the "
            "South China Sea.",
            "Rammasun, the first typhoon of the season, made landfall in the Philippines "
            "Wednesday with wind gusts up to 250 kilometers per hour, killing at least 10 people "
            "and knocking out power to a number of areas.",
            "The storm damaged roofs, brought down trees, and drenched residential areas of the "
            "capital, Manila.",
            "Several people died when hit by falling trees or power poles, and at least three "
            "people died in Lucena city when a wall collapsed on them. Power is out in a number "
            "of areas.",
            "Some people are missing, raising the likelihood that the death toll could rise. More "
            "than 370,000 people in six provinces moved into emergency shelters to ride out the "
            "storm.",
            "Ahead of the storm, dozens of domestic flights were canceled and schools closed. "
            "Shipping lanes were also shut down, stranding hundreds of ferry passengers in ports.",
            "Rammasun, which means \"God of Thunder\" in Thai, strengthened overnight Monday from "
            "a tropical storm to a typhoon.",
            "About 20 major storms hit the Philippines every year. Parts of the country are still "
            "recovering from last year's Typhoon Haiyan, which killed over 6,300 people with its "
            "tsunami-like sea surges.",
            "Some information for this report was provided by AP and Reuters.",
        ],
        "quantities": [
            q("up to 250 kilometers per hour", 250, "kilometer/hour", "rate",
              "wind gusts of Typhoon Rammasun at landfall", approx=True),
            p("at least 10 people", 10, "people killed by Rammasun", approx=True),
            p("at least three people", 3, "people killed by a wall collapse in Lucena city",
              approx=True),
            p("More than 370,000 people", 370000, "people who moved into emergency shelters",
              approx=True),
            c("six provinces", 6, "provinces", "provinces where people moved into shelters"),
            c("dozens", 24, "domestic flights", "domestic flights canceled", approx=True),
            p("hundreds", 200, "ferry passengers stranded in ports", approx=True),
            c("About 20", 20, "major storms", "major storms hitting the Philippines each year",
              approx=True),
            p("over 6,300 people", 6300, "people killed by Typhoon Haiyan", approx=True),
        ],
    },
    {
        "id": "qt15-23",
        "source": "usgov:inciweb.wildfire.gov",
        "url": "https://inciweb.wildfire.gov/node?page=622",
        "title": "Lookout, Bedrock, Petes Lake, Horse Creek and Pothole Fires: Morning Update "
                 "(InciWeb, Oregon)",
        "published": "2023-10-10",
        "truncated": True,
        "note": "InciWeb (National Wildfire Coordinating Group incident information system) "
                "listing page; added by sqy15b. Kept: the one post with quantities (Lookout "
                "Fire morning update). Removed: the preceding post 'Oct 10 Update Sagehen Hills "
                "Underburn' (no quantities), the post heading 'Morning Update Tuesday October 10 "
                "2023', the 'Related Incident' and 'Publication Type' lines, the fire-group "
                "heading (moved to title) and the dateline 'Tuesday, October 10, 2023 – Morning "
                "Update – 9:00 a.m.' (date moved to published). Kept oddity: the lower-case "
                "'l' used as a separator in the Bedrock line." + CUT + " Decisions: start "
                "dates are not quantities; the status lines are annotated as they stand (size "
                "in acres, containment or completion percent); 'Total Assigned Personnel: 175' "
                "→ '175' (person); '2 engines', '1 crew', '2 water tenders' are counts.",
        "paragraphs": [
            "Lookout Fire - Size: 25,754 acres | Start Date: August 5 | Cause: Lightning | "
            "Containment: 60%",
            "Bedrock Fire - Size: 31,590 acres | Start Date: July 22 l Cause: Under "
            "Investigation l Containment: 100%",
            "Petes Lake Fire - Size: 3,254 acres | Start Date: August 25 | Cause: Lightning | "
            "Completion: 80%",
            "Horse Creek Fire - Size: 763 acres | Start Date: August 24 | Cause: Lightning | "
            "Containment: 100%",
            "Pothole Fire - Size: 109 acres | Start Date: August 25 | Cause: Lightning | "
            "Containment: 100%",
            "Total Assigned Personnel: 175 | 2 engines | 1 crew | 2 water tenders",
            "(Springfield, Ore.) – Yesterday, crews completed chipping operations on the east "
            "side of the Lookout Fire. Resource advisors and crews are finalizing work on the "
            "remaining suppression repair projects. Backhaul operations and woody debris removal "
            "continue. While crews continue to work on the Lookout Fire, it has minimal fire "
            "behavior that is expected to further decrease with forecasted precipitation. The "
            "Bedrock Fire is in patrol status and the Petes Lake, Horse Creek and Pothole Fires "
            "are all in monitor status. Local units will continue these efforts.",
        ],
        "quantities": [
            q("25,754 acres", 25754, "acre", "area", "size of the Lookout Fire"),
            pct("60%", 60, "containment of the Lookout Fire"),
            q("31,590 acres", 31590, "acre", "area", "size of the Bedrock Fire"),
            pct("100%", 100, "containment of the Bedrock Fire"),
            q("3,254 acres", 3254, "acre", "area", "size of the Petes Lake Fire"),
            pct("80%", 80, "completion of the Petes Lake Fire"),
            q("763 acres", 763, "acre", "area", "size of the Horse Creek Fire"),
            pct("100%", 100, "containment of the Horse Creek Fire"),
            q("109 acres", 109, "acre", "area", "size of the Pothole Fire"),
            pct("100%", 100, "containment of the Pothole Fire"),
            p("175", 175, "total personnel assigned to the fires"),
            c("2 engines", 2, "engines", "engines assigned to the fires"),
            c("1 crew", 1, "crews", "crews assigned to the fires"),
            c("2 water tenders", 2, "water tenders", "water tenders assigned to the fires"),
        ],
    },
    {
        "id": "qt15-24",
        "source": "usgov:inciweb.wildfire.gov",
        "url": "https://inciweb.wildfire.gov/node?page=1165",
        "title": "Windigo-Potter-Big Swamp - Fire Update (InciWeb, Oregon)",
        "published": "2022-08-23",
        "truncated": True,
        "note": "InciWeb listing page showing one post; added by sqy15b. Removed: 'Skip to main "
                "content', the U.S. government banner lines, the post heading 'Potter Windigo "
                "Big Swamp Daily Fire Update 823', the 'Related Incident' and 'Publication Type' "
                "lines, the update title (moved to title), the date line (moved to published) "
                "and the contact block (phone, e-mail, InciWeb and Facebook links); trailing "
                "spaces at paragraph ends removed. Kept oddity: the double space after 'Big "
                "Swamp Fire:'." + CUT + " Decisions: 'a few degrees' has no number; 'low to mid "
                "80s' is a temperature range in Fahrenheit (80 to 86, approximate, like 'in his "
                "40s'); '28-33%' and '5-10 mph' are ranges; road numbers ('2153 Road', '2167 "
                "Road', '269 road') are names.",
        "paragraphs": [
            "Weather: Temperatures will be a few degrees higher with lower humidity than "
            "yesterday as we continue the forecasted warming and drying trend this week. "
            "Temperatures will be in the low to mid 80s across both fires, with humidities from "
            "28-33%. Light winds are expected early, increasing to west-northwest winds 5-10 mph "
            "in the afternoon.",
            "Big Swamp Fire:  The sprinkler system continues to aid firefighters in checking any "
            "forward advance of the fire along the 2153 Road. Firefighters are looking for and "
            "extinguishing any remaining pockets of heat near the fireline, and repairs are "
            "ongoing to roads and control lines.",
            "Potter Fire: Fire crews mopped up along the 2167 Road and continued to patrol around "
            "the fire perimeter, looking for any remaining hot spots near control lines. "
            "Firefighters were monitoring for spot fires as the fire moved downhill towards "
            "control lines on the 269 road.",
            "Camel Hump Fire: Firefighters observed creeping and smoldering fire behavior "
            "yesterday, with some heavy fuels still burning on the interior of the fire. "
            "Firefighters are wary of a snag patch and are working to mitigate hazard trees. "
            "Fire crews worked to secure the edge of the fire and are scouting for "
            "opportunities to run a hose lay around the fire to deliver water to the fireline.",
        ],
        "quantities": [
            q("low to mid 80s", 80, "fahrenheit", "other",
              "forecast temperatures across the Windigo and Potter fires", approx=True, high=86),
            pct("28-33%", 28, "forecast humidities", high=33),
            q("5-10 mph", 5, "mile/hour", "rate", "afternoon west-northwest winds", high=10),
        ],
    },
    {
        "id": "qt15-25",
        "source": "usgov:www.sam.usace.army.mil",
        "url": "https://www.sam.usace.army.mil/Media/News-Stories/Article/1415867/usace-emergency-"
               "response-missions-include-debris-removal-and-temporary-power-ge/",
        "title": "USACE emergency response missions include debris removal and temporary power "
                 "generation in Puerto Rico",
        "published": "2018-01-16",
        "truncated": True,
        "note": "U.S. Army Corps of Engineers, Mobile District news story; added by sqy15b. The "
                "store holds two versions of this URL; the kept one begins 'Home > Media > News "
                "Stories'. Removed: the breadcrumb, 'News Stories', the 'Posted 1/16/2018' line "
                "(moved to published), the share line and the byline 'By Patrick Loch U.S. Army "
                "Corps of Engineers'. Title taken from the other stored version." + CUT
                + " Decisions: 'Emergency Support Function #3' is a name; 'four months after the "
                "hurricanes' anchors a point in time and is not annotated; 'nearly 40,000 cubic "
                "yards daily' → volume 'nearly 40,000 cubic yards' (frequency separate); 'the 52 "
                "of 78 municipalities' gives two counts; 'more than 70' stops before "
                "'collection sites'.",
        "paragraphs": [
            "SAN JUAN, Puerto Rico – In the wake of Hurricanes Irma and Maria, the U.S. Army "
            "Corps of Engineers – under the direction of the Federal Emergency Management "
            "Agency – began undertaking several large-scale missions to help residents in "
            "Puerto Rico recover from the devastating storms.",
            "Two of the missions assigned to the USACE Recovery Field Office, Puerto Rico, "
            "include debris removal and emergency temporary power. The need for both of these "
            "efforts as part of FEMA’s Emergency Support Function #3, Public Works and "
            "Engineering, is highlighted by the fact that four months after the hurricanes both "
            "missions are still being undertaken at full capacity.",
            "Estimates put the total amount of debris to be collected on the island in the "
            "aftermath of the storms at 6.2 million cubic yards. Of this total, USACE was tasked "
            "to collect 3.9 million cubic yards. With more than 1,300 trucks certified to haul "
            "vegetative, construction and demolition debris, contracted employees collect nearly "
            "40,000 cubic yards daily from the 52 of 78 municipalities.",
            "“The debris removal mission is a lot more complex than just removing garbage, and "
            "there are plenty of difficulties working on the island,” said Kayla Stull, debris "
            "mission manager. “We’re very limited space wise and geographically, and we have to "
            "go through extensive environmental processes to get the lease sites we have – and "
            "even when we get those sites, it’s tight and access is limited.",
            "“It makes the mission worthwhile to know your team is working around the clock and "
            "producing good work to help the people of Puerto Rico.”",
            "The debris is hauled to more than 70 collection sites on the island, where it is "
            "separated and mulched, with some of the mulched vegetative debris making its way "
            "to beneficial use sites – an effort that reduces the amount of material headed to "
            "landfills.",
        ],
        "quantities": [
            c("Two", 2, "missions", "missions assigned to the USACE Recovery Field Office"),
            q("6.2 million cubic yards", 6200000, "cubic_yard", "volume",
              "total debris to be collected in Puerto Rico"),
            q("3.9 million cubic yards", 3900000, "cubic_yard", "volume",
              "debris USACE was tasked to collect"),
            c("more than 1,300 trucks", 1300, "trucks", "trucks certified to haul debris",
              approx=True),
            q("nearly 40,000 cubic yards", 40000, "cubic_yard", "volume",
              "debris collected each day", approx=True),
            c("52", 52, "municipalities", "municipalities where debris is collected"),
            c("78 municipalities", 78, "municipalities", "municipalities of Puerto Rico"),
            c("more than 70", 70, "collection sites", "debris collection sites on the island",
              approx=True),
        ],
    },
    {
        "id": "qt15-26",
        "source": "usgov:www.army.mil",
        "url": "https://www.army.mil/article/203177/corps_installs_2000th_power_generator_in_"
               "puerto_rico",
        "title": "Corps installs 2000th power generator in Puerto Rico",
        "published": "2018-04-02",
        "truncated": False,
        "note": "Army.mil news article (USACE Recovery Field Office); added by sqy15b. The store "
                "holds two versions of this URL; the kept one begins with the headline. Removed: "
                "the headline (moved to title), the byline and date line 'By Jacqueline "
                "TateApril 2, 2018' (date moved to published), the photo caption lines and the "
                "media contact line (e-mail and phone number). Decisions: '2000th' is an "
                "ordinal; '890' (generators operating) is a count; '280.5 megawatts daily' → "
                "power '280.5 megawatts' (kind other; 'daily' stays outside); '2,103 of the "
                "2,162 tasks' gives two counts.",
        "paragraphs": [
            "The U.S. Army Corps of Engineers (USACE) Temporary Emergency Power mission in "
            "Puerto Rico installed the 2000th power generator on Mar. 31, 2018.",
            "The generator, installed at an elementary school in Patillas, is one of 890 "
            "actively operating on Puerto Rico and augmenting grid power, producing 280.5 "
            "megawatts daily.",
            "\"We are working hard to ensure the lives of the people of Puerto Rico go back to "
            "normal and essential services are restored as they recover from the devastation of "
            "the hurricanes,\" Recovery Field Office Commander Maj. Manuel Orozco said.",
            "The Federal Emergency Management Agency (FEMA) tasked USACE with the Temporary "
            "Emergency Power mission on Puerto Rico in the wake of hurricanes Irma and Maria.",
            "The USACE Temporary Emergency Power Planning and Response Teams are assisting with "
            "assessments and generator installations at critical facilities such as hospitals, "
            "water & wastewater treatment facilities in Puerto Rico.",
            "In Puerto Rico, the team has executed 2,103 of the 2,162 tasks received.",
        ],
        "quantities": [
            c("890", 890, "generators", "temporary generators actively operating in Puerto Rico"),
            q("280.5 megawatts", 280.5, "megawatt", "other",
              "power produced by the temporary generators"),
            c("2,103", 2103, "tasks", "tasks executed by the power team"),
            c("2,162 tasks", 2162, "tasks", "tasks received by the power team"),
        ],
    },
    {
        "id": "qt15-27",
        "source": "usgov:www.saj.usace.army.mil",
        "url": "https://www.saj.usace.army.mil/Media/News-Stories/Article/3166709/usace-delivers-"
               "generators-in-support-of-hurricane-fiona-response-in-puerto-rico/",
        "title": "USACE delivers generators in support of Hurricane Fiona response in Puerto Rico",
        "published": "2022-09-22",
        "truncated": False,
        "note": "U.S. Army Corps of Engineers, Jacksonville District news story; added by "
                "sqy15b. Title from the URL slug. Removed: the closing paragraph on where the "
                "public can obtain news (website, Facebook and Twitter addresses). Kept "
                "oddities: the unclosed parenthesis of the dateline '(SAN JUAN, Puerto Rico "
                "Sept. 22, 2022 --' and 'until is no longer needed'. Decisions: '240 Kva' (a "
                "generator's rating, compound adjective) is a power, unit kilovolt_ampere (kind "
                "other, not normalized); '249th' is an ordinal; 'one of five generators' → "
                "count 'five generators'.",
        "paragraphs": [
            "(SAN JUAN, Puerto Rico Sept. 22, 2022 -- The U.S. Army Corps of Engineers (USACE) "
            "successfully installed a 240 Kva generator provided by the Federal Emergency "
            "Management Agency (FEMA) at the Diagnostic Treatment Center of Guanica, Puerto Rico "
            "Sept. 21, providing sufficient temporary power to the facility until commercial "
            "power is restored.",
            "The install is one of five generators currently planned to be installed as part of "
            "the overall federal response after the landfall of Hurricane Fiona on Sept. 18.",
            "Mayor Guanica Honorable Ismael Rodriguez Ramos and Guanica Health Center "
            "Coordinator Jackeline Garcia said they were thankful of the rapid response of FEMA "
            "and USACE as the generator was being installed.",
            "U.S. Army Maj. Wallace Bandeff, Power Mission Commander, with the U.S. Army Corps "
            "of Engineers, Walla Walla District managed delivery and install of the generator, "
            "which will be inspected, maintained, and fueled by FEMA contractors until is no "
            "longer needed.",
            "USACE has received FEMA Mission Assignments (MAs) for Regional Activation and "
            "Temporary Emergency Power in response to Hurricane Fiona. Under these MAs we have "
            "deployed a Temporary Emergency Power Planning and Response Team, Soldiers from the "
            "249th Engineer Battalion, team leaders and assistant team leaders, as well as "
            "subject matter experts in logistics, temporary power, infrastructure assessment and "
            "debris removal.",
        ],
        "quantities": [
            q("240 Kva", 240, "kilovolt_ampere", "other",
              "rating of the generator installed at the Guanica health center"),
            c("five generators", 5, "generators",
              "generators planned for the Hurricane Fiona response"),
        ],
    },
    {
        "id": "qt15-28",
        "source": "usgov:www.army.mil",
        "url": "https://www.army.mil/article/239090/usace_provides_temporary_emergency_power_to_"
               "hard_hit_louisiana",
        "title": "USACE provides temporary emergency power to hard-hit Louisiana",
        "published": None,
        "truncated": True,
        "note": "Army.mil news article; added by sqy15b. The store holds the body only (no "
                "headline, byline or date); title from the URL slug. The page shows no date: "
                "the text places it some weeks after Hurricane Laura's landfall of Aug. 27, "
                "2020 (about September 2020). Kept oddities: the store glues paragraphs "
                "together without a space after the period ('on.But', 'gone.Entergy', "
                "'few.The', 'landfall.\"We've', 'install.\"Chalmers', 'does.\"I', "
                "'generators.\"Crow'); the text is one paragraph." + CUT + " Decisions: '21st "
                "century' is an ordinal; 'longer than a day' keeps its qualifier (duration, "
                "approximate); '23-person' (team) is a compound adjective (person count); 'one' "
                "electrical journeyman stops before the modifier; 'one of the ...' used as a "
                "pronoun is not annotated; 'weeks after' and 'day-to-day' have no number.",
        "paragraphs": [
            "Living in the 21st century, most Americans have electricity on demand. When it "
            "isn’t working, it usually doesn’t take longer than a day to get it turned back "
            "on.But what happens when a storm like Hurricane Laura hits? Close to 200,000 "
            "residents living in southwestern Louisiana lost power on Aug. 27. Many of them are "
            "still without it, weeks after the storm has come and gone.Entergy, one of the "
            "state's primary power companies, reported that they would need to rebuild the "
            "transmission lines running into Lake Charles.Delivering power to southwest "
            "Louisiana is one of the U.S. Army Corps of Engineers' top priorities. USACE is "
            "installing generators in several critical facilities like water pump stations, "
            "sewage lift stations, hospitals, radio towers, and corrections facilities, to name "
            "a few.The 23-person team responsible for installing these generators ensured they "
            "were in Louisiana before Hurricane Laura even made landfall.\"We've been here since "
            "Aug. 26,\" Memphis District Mission Manager Ricco Chalmers said. \"A typical install "
            "team is made up of four people; one electrical journeyman and one apprentice with a "
            "fuel team of two people. But our larger generators can require up to three teams "
            "to install.\"Chalmers volunteered to be one of the team leaders in charge of those "
            "responsible for installing generators. Justin Crow, from the Tulsa District, also "
            "volunteered to help with recovery efforts, but he serves in a different capacity "
            "than Chalmers does.\"I was brought in from the Tulsa Temporary Power Planning and "
            "Response Team to augment the Memphis Temporary Power PRT personnel,\" Crow "
            "explained. \"As a Logistics Specialist, I'm responsible for keeping track of all of "
            "the power mission equipment associated with a particular event, such as contractor "
            "equipment needed for the mission, as well as FEMA-provided generators.\"",
        ],
        "quantities": [
            q("longer than a day", 1, "day", "duration",
              "usual time to restore a power outage", approx=True),
            p("Close to 200,000 residents", 200000,
              "residents of southwestern Louisiana who lost power", approx=True),
            p("23-person", 23, "team installing generators in Louisiana"),
            p("four people", 4, "members of a typical generator install team"),
            p("one", 1, "electrical journeyman in an install team", after="; "),
            p("one apprentice", 1, "apprentice in an install team"),
            p("two people", 2, "members of an install team's fuel team"),
            c("up to three teams", 3, "teams", "teams needed to install larger generators",
              approx=True),
        ],
    },
    {
        "id": "qt15-29",
        "source": "usgov:pdfslide.us",
        "url": "https://pdfslide.us/documents/united-states-world-agricultural-service-production-"
               "kazakhstan-wheat-production.html",
        "title": "Russia Wheat: Harvest Reports Indicate Another Bumper Crop (USDA FAS World "
                 "Agricultural Production, August 2017)",
        "published": None,
        "truncated": False,
        "note": "USDA Foreign Agricultural Service circular WAP 08-17 (August 2017), a US "
                "government work, as stored from a document-sharing copy of the PDF; added by "
                "sqy15b. Kept: the first article (Russia wheat). Removed: the page count '31', "
                "'Approved by the World Agricultural Outlook Board', the circular header "
                "(agency, series, 'WAP 08-17 August 2017'; the circular is dated by month "
                "only, so published is null), the headline (moved to title), the contact "
                "e-mail placeholder "
                "'(For more information, please contact [email protected].)' and the "
                "document-sharing page text after it (the Kazakhstan teaser, upload and view "
                "counts). Decisions: '2017/18' is a marketing year, not a quantity; 'mmt' is "
                "million metric tons (5.5 mmt → 5.5e6 metric_ton); 'from 27.3 to 26.8 million "
                "hectares' is a change, two quantities, the first written without scale and unit "
                "(span '27.3', value 2.73e7 hectare); '5-year' (average) is a duration "
                "(compound adjective); 'two factors' is a count.",
        "paragraphs": [
            "Russia wheat production for 2017/18 is forecast at 77.5 million metric tons (mmt), "
            "up 5.5 mmt from last month and surpassing last year’s record output by 5.0 mmt. The "
            "month-to-month increase is based on two factors. With the harvest of winter wheat "
            "approximately 60 percent complete, reports from the Ministry of Agriculture cite "
            "high winter wheat yields in the Southern, North Caucasus, and Central Districts of "
            "Russia. In addition, satellite imagery indicates outstanding conditions and high "
            "potential yields in the country’s spring wheat zone, including the Siberian, Ural, "
            "and Volga Districts. The estimated total-wheat yield of 2.89 tons per hectare is up "
            "10 percent from last month, up 8 percent from last year’s record, and 25 percent "
            "above the 5-year average. The estimated harvested area is decreased from 27.3 to "
            "26.8 million hectares based on final sown area data from Rosstat, the State "
            "Statistical Service of Russia. Winter wheat accounts for about 50 percent of "
            "Russia’s total wheat area and about 70 percent of the production. Spring wheat "
            "harvest will begin in September. All USDA crop production estimates for Russia "
            "exclude estimated output from Crimea.",
        ],
        "quantities": [
            q("77.5 million metric tons", 77500000, "metric_ton", "mass",
              "Russia wheat production forecast for 2017/18"),
            q("5.5 mmt", 5500000, "metric_ton", "mass",
              "increase of the Russia wheat forecast from last month"),
            q("5.0 mmt", 5000000, "metric_ton", "mass",
              "margin over last year's record Russian wheat output"),
            c("two factors", 2, "factors", "factors behind the month-to-month increase"),
            pct("approximately 60 percent", 60, "winter wheat harvest completed", approx=True),
            q("2.89 tons per hectare", 2.89, "metric_ton/hectare", "rate",
              "estimated total-wheat yield in Russia"),
            pct("10 percent", 10, "yield increase from last month"),
            pct("8 percent", 8, "yield increase from last year's record"),
            pct("25 percent", 25, "yield above the 5-year average"),
            q("5-year", 5, "year", "duration", "period of the average yield"),
            q("27.3", 27300000, "hectare", "area", "earlier estimate of Russia's harvested area"),
            q("26.8 million hectares", 26800000, "hectare", "area",
              "estimated harvested wheat area in Russia"),
            pct("about 50 percent", 50, "winter wheat share of Russia's total wheat area",
                approx=True),
            pct("about 70 percent", 70, "winter wheat share of Russia's wheat production",
                approx=True),
        ],
    },
    {
        "id": "qt15-30",
        "source": "usgov:fdocuments.in",
        "url": "https://fdocuments.in/document/world-agricultural-production-report.html",
        "title": "Brazil Soybeans: Another Bumper Crop in the Making (USDA FAS World Agricultural "
                 "Production, February 2018)",
        "published": None,
        "truncated": False,
        "note": "USDA Foreign Agricultural Service circular WAP 2-18 (February 2018), a US "
                "government work, as stored from a document-sharing copy of the PDF; added by "
                "sqy15b. The page repeats the article (citation preview and transcript); it is "
                "kept once, from its first occurrence. Removed: the page count, the approval "
                "line, the circular header (the circular is dated by month only, so "
                "published is null), the "
                "headline (moved to title) and the document-sharing page text. Decisions: "
                "'2017/18' is a marketing year; 'up 2 mmt or 2 percent' gives two quantities "
                "(2 mmt = 2e6 metric_ton; percent).",
        "paragraphs": [
            "Brazil soybean production for 2017/18 is estimated at 112 million metric tons "
            "(mmt), up 2 mmt or 2 percent from last month but still down 2 percent from last "
            "year’s record. Harvested area is estimated at a record 35 million hectares, "
            "unchanged from last month but up 3 percent from last year. Yield is estimated at "
            "3.20 metric tons per hectare, up 2 percent from last month, but down 5 percent from "
            "last year’s record. Planting was delayed in many areas due to sub-optimal moisture "
            "conditions early in the season. Once moisture conditions improved planting "
            "progressed at a rapid pace and the crop has developed well. In most major crop "
            "areas, the Normalized Difference Vegetation Index (NDVI) indicates vegetation "
            "health is near-to-above last year which produced above-average to record yields.",
        ],
        "quantities": [
            q("112 million metric tons", 112000000, "metric_ton", "mass",
              "Brazil soybean production estimate for 2017/18"),
            q("2 mmt", 2000000, "metric_ton", "mass", "increase of the estimate from last month"),
            pct("2 percent", 2, "increase of the estimate from last month"),
            pct("2 percent", 2, "production below last year's record"),
            q("35 million hectares", 35000000, "hectare", "area",
              "harvested soybean area in Brazil"),
            pct("3 percent", 3, "harvested area increase from last year"),
            q("3.20 metric tons per hectare", 3.20, "metric_ton/hectare", "rate",
              "estimated soybean yield in Brazil"),
            pct("2 percent", 2, "yield increase from last month"),
            pct("5 percent", 5, "yield below last year's record"),
        ],
    },
    {
        "id": "qt15-31",
        "source": "usgov:vdocument.in",
        "url": "https://vdocument.in/united-states-world-agricultural-service-production-20181207-"
               "ukraine-wheat.html",
        "title": "European Union Wheat: Dryness in Northern Countries Cuts Estimated Production "
                 "by 4.4 Million Tons (USDA FAS World Agricultural Production, July 2018)",
        "published": None,
        "truncated": False,
        "note": "USDA Foreign Agricultural Service circular WAP 7-18 (July 2018), a US government "
                "work, as stored from a document-sharing copy of the PDF (the page title names a "
                "later circular; the stored text is the July 2018 one); added by sqy15b. The "
                "page repeats the article; it is kept once. Removed: the page count, the "
                "approval line, the circular header (the circular is dated by month only, so "
                "published is null), "
                "the headline (moved to title) and the document-sharing page text. Kept oddity: "
                "'million metric hectares'. Decisions: 'mmt' = million metric tons, 'mha' = "
                "million hectares ('0.2 million metric hectares' → 2e5 hectare); '5-year' "
                "(average) is a duration, twice.",
        "paragraphs": [
            "European Union wheat production for 2018/19 is estimated at 145.0 million metric "
            "tons (mmt), down 4.4 mmt or 3 percent from last month, down 6.6 mmt from last year "
            "and down 4 percent from the 5-year average. Area is estimated down 0.2 million "
            "metric hectares (mha) from last month and 0.6 mha from last year. Yield is "
            "estimated at 5.65 tons per hectare, down 2 percent from last month, down 2 percent "
            "from last year and down 1 percent from the 5-year average.",
        ],
        "quantities": [
            q("145.0 million metric tons", 145000000, "metric_ton", "mass",
              "EU wheat production estimate for 2018/19"),
            q("4.4 mmt", 4400000, "metric_ton", "mass", "cut of the EU estimate from last month"),
            pct("3 percent", 3, "cut of the EU estimate from last month"),
            q("6.6 mmt", 6600000, "metric_ton", "mass", "EU production below last year"),
            pct("4 percent", 4, "EU production below the 5-year average"),
            q("5-year", 5, "year", "duration", "period of the average production"),
            q("0.2 million metric hectares", 200000, "hectare", "area",
              "cut of the EU wheat area estimate from last month"),
            q("0.6 mha", 600000, "hectare", "area", "EU wheat area below last year"),
            q("5.65 tons per hectare", 5.65, "metric_ton/hectare", "rate",
              "estimated EU wheat yield"),
            pct("2 percent", 2, "yield below last month's estimate"),
            pct("2 percent", 2, "yield below last year"),
            pct("1 percent", 1, "yield below the 5-year average"),
            q("5-year", 5, "year", "duration", "period of the average yield"),
        ],
    },
]

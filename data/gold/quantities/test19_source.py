"""Readable source of the sealed quantities test set ``test19.jsonl`` (annotated blind by sqy19).

Each document gives its text as verbatim paragraphs of the page as the ``search`` tool's
``pages`` corpus stores it (page furniture removed, named in ``note``) and its quantities in text
order. A record names its span text; the builder (``../check_quantities_test19.py``, through
``checklib.build_paragraph_docs``) finds it from the end of the previous record (or after an
``after`` anchor) and fills the offsets and the normalized fields. Keys: ``text``, ``value``,
``high`` (range upper bound), ``unit``, ``kind``, ``about``, ``approx``, ``counted`` (for
``unit: "count"``).
"""

from checklib import quantity_record as q  # one definition for every quantities source

VOA_FURNITURE = "Removed: 'Accessibility links', 'Breaking News', the headline (moved to title)"
VOA_BOX = ("the 'VOA News' byline box ('16x9 Image VOA News The Voice of America provides news "
           "and information in more than 40 languages ...') and the size switcher 'XS SM MD LG'")


def mw(text, value, about, approx=False, high=None):
    """Return a megawatt (power) record: kind other, not normalized."""
    return q(text, value, "megawatt", "other", about, approx, high)


def person(text, value, about, approx=False, high=None):
    """Return a count-of-people record."""
    return q(text, value, "person", "count", about, approx, high)


def count(text, value, counted, about, approx=False, high=None):
    """Return a count-of-things record."""
    return q(text, value, "count", "count", about, approx, high, counted=counted)


DOCS = [
    {
        "id": "qt19-01",
        "source": "voa:voa.pangea-cms.com",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/typhoon-hits-southeastern-china-disrupting-flights-shipping/1754725.html",
        "title": "Typhoon Hits Southeastern China, Disrupting Flights, Shipping",
        "published": "2013-09-22",
        "truncated": False,
        "note": VOA_FURNITURE + ", the photo caption (twice) and " + VOA_BOX + ". The page "
                "shows no date: published is the date of the photo caption (September 22, 2013, "
                "a Sunday, the day of landfall). Decisions: 'the third highest warning signal' "
                "is a rank, not a quantity; 'two main airlines' spans 'two' (a modifier stands "
                "between number and noun); 'the two regions' is a count; 'one of the world's "
                "busiest airports' is not annotated. Verbatim oddity kept: 'was a classified as'.",
        "paragraphs": [
            "A powerful typhoon has made landfall in southeastern China, causing major "
            "disruptions to air travel and shipping operations.",
            "Authorities in Hong Kong issued the third highest warning signal for Severe Typhoon "
            "Usagi on Sunday, shortly before it hit the port of Shanwei, about 140 kilometers to "
            "the east-north-east.",
            "Forecasters said the storm was moving west with sustained winds of 165 kilometers an "
            "hour and would pass about 100 kilometers north of Hong Kong late Sunday and early "
            "Monday.",
            "Hong Kong's two main airlines, Cathay Pacific and Dragonair, canceled flights in and "
            "out of the city, leaving passengers stranded at one of the world's busiest airports. "
            "Flights at other Chinese airports in the region also were canceled.",
            "Port operators also suspended operations in Hong Kong and neighboring provinces.",
            "Before weakening slightly on Saturday, Usagi was a classified as a super typhoon, "
            "making it one of the year's most powerful cyclones. The storm killed two people in "
            "the northern Philippines and injured nine in Taiwan as it moved through the Luzon "
            "Strait separating the two regions.",
        ],
        "quantities": [
            q("about 140 kilometers", 140, "kilometer", "length",
              "distance of Shanwei from Hong Kong", approx=True),
            q("165 kilometers an hour", 165, "kilometer/hour", "rate",
              "Typhoon Usagi sustained winds"),
            q("about 100 kilometers", 100, "kilometer", "length",
              "distance of the storm's path north of Hong Kong", approx=True),
            count("two", 2, "airlines", "Hong Kong's main airlines"),
            person("two people", 2, "people killed by the storm in the northern Philippines"),
            person("nine", 9, "people injured by the storm in Taiwan"),
            count("two regions", 2, "regions", "regions separated by the Luzon Strait"),
        ],
    },
    {
        "id": "qt19-02",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/typhoon-vongfong-downgraded-to-tropical-storm-after-hitting-okinawa/2481284.html",
        "title": "Typhoon Vongfong Weakens After Hitting Japan",
        "published": "2014-10-12",
        "truncated": True,
        "note": VOA_FURNITURE + ", the photo caption and the subheading 'Airlines, trains "
                "affected'. The page shows no date: published is the date of the photo caption "
                "(Oct. 12, 2014, the Sunday of the story). Cut by the store after 'some train "
                "services would be shut down starting Monday aftern'; kept to the last complete "
                "sentence. Decisions: 'within an hour' is an approximate duration (as 'within a "
                "week' in test17), separate from the rain amount; 'four main islands' spans "
                "'four'; 'tens of thousands' is a vague plural (20000, approximate) of people "
                "without power; '(110 miles)' converts the wind speed '180 kilometers per hour', "
                "so it is annotated as a speed (mile/hour) although the text omits 'per hour'; "
                "'Japan's strongest storm this year' is a rank.",
        "paragraphs": [
            "Typhoon Vongfong battered the southern Japanese island of Okinawa on Sunday, "
            "injuring more than 30 people and knocking out power before losing intensity and "
            "getting downgraded to a tropical storm.",
            "Early Sunday, parts of Okinawa received more than six centimeters of rain within an "
            "hour while some parts of western areas of Japan's four main islands were forecast to "
            "receive total rainfall of over 50 centimeters.",
            "The rains were forecast to intensify as the storm makes landfall on Monday in Kyushu "
            "and Honshu. Kyushu authorities told 150,000 people to evacuate as winds toppled "
            "trees and cut power to tens of thousands.",
            "Japan's Meteorological Agency said Typhoon Vongfong could reach the Tokyo area by "
            "Tuesday.",
            "About 210,000 people from 90,000 homes were ordered to evacuate in Okinawa, 1,600 "
            "kilometers (1,000 miles) south of Tokyo, before it was hit by what was Japan's "
            "strongest storm this year.",
            "Wind speeds weakened significantly on Sunday, after peaking on Saturday at 234 "
            "kilometers an hour (146 mph), which had made Vongfong into a “super typhoon.” The "
            "storm has winds of 180 kilometers per hour (110 miles) on Sunday.",
            "Airlines JAL and ANA canceled more than 400 flights due to strong winds, while the "
            "bullet train was halted in Kyushu after the wind blew a plastic sheet onto the "
            "aerial wires of the line.",
            "The storm is then expected to cut across the biggest of Japan's islands, Honshu, "
            "causing heavy rain in Tokyo, before exiting from the north coast, the weather agency "
            "said. Authorities issued landslide warnings.",
        ],
        "quantities": [
            person("more than 30 people", 30, "people injured on Okinawa", approx=True),
            q("more than six centimeters", 6, "centimeter", "length",
              "rain received in parts of Okinawa", approx=True),
            q("within an hour", 1, "hour", "duration", "period of the Okinawa rainfall",
              approx=True),
            count("four", 4, "islands", "Japan's main islands"),
            q("over 50 centimeters", 50, "centimeter", "length",
              "total rainfall forecast for western Japan", approx=True),
            person("150,000 people", 150000, "people told to evacuate in Kyushu"),
            person("tens of thousands", 20000, "people whose power was cut in Kyushu",
                   approx=True),
            person("About 210,000 people", 210000, "people ordered to evacuate in Okinawa",
                   approx=True),
            count("90,000 homes", 90000, "homes", "homes of the Okinawa evacuees"),
            q("1,600 kilometers", 1600, "kilometer", "length",
              "distance of Okinawa south of Tokyo"),
            q("1,000 miles", 1000, "mile", "length", "distance of Okinawa south of Tokyo"),
            q("234 kilometers an hour", 234, "kilometer/hour", "rate",
              "peak wind speed of Vongfong"),
            q("146 mph", 146, "mile/hour", "rate", "peak wind speed of Vongfong"),
            q("180 kilometers per hour", 180, "kilometer/hour", "rate",
              "Vongfong winds on Sunday"),
            q("110 miles", 110, "mile/hour", "rate", "Vongfong winds on Sunday"),
            count("more than 400 flights", 400, "flights", "flights canceled by JAL and ANA",
                  approx=True),
        ],
    },
    {
        "id": "qt19-03",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-a-2001-10-26-4-1-83032952/119064.html",
        "title": "IN THE NEWS - October 27, 2001: Food Drops in Afghanistan - 2001-10-26",
        "published": "2001-10-26",
        "truncated": True,
        "note": VOA_FURNITURE + ". published from the date in the title and URL slug. Cut by "
                "the store after 'Yet reporters have talked to refugees who have collected food "
                "containers dropped by American airplanes'; kept to the last complete sentence. "
                "Special English spells numbers out: 'about nine-hundred-thousand meals' = "
                "900000; 'three-hundred-twenty-million dollar' (compound adjective) = 320000000 "
                "USD. Decisions: 'three huge American Air Force transport planes' spans "
                "'three'; 'one person for one day' gives a person count and a duration; "
                "'Thousands of Afghans' is a vague plural (2000, approximate); 'Several hours "
                "later', 'three weeks ago' and 'since Nineteen-Ninety-Three' anchor points in "
                "time and are not annotated. Verbatim oddity kept: 'President’s Bush’s'.",
        "paragraphs": [
            "This is Steve Ember with the VOA Special English program, IN THE NEWS.",
            "On Thursday, three huge American Air Force transport planes took off from Ramstein "
            "Air Base in Germany. Each plane carried large paper boxes packed with small yellow "
            "containers of food. Several hours later, the planes dropped the food to hungry "
            "refugees in northern Afghanistan.",
            "These almost daily drops of food began October Seventh. Since then about "
            "nine-hundred-thousand meals have been dropped in Afghanistan from the American "
            "airplanes. Each of the yellow containers is called a Humanitarian Daily Ration. "
            "Each includes enough food to feed one person for one day.",
            "The United States has dropped more than eight million containers of food since "
            "Nineteen-Ninety-Three to help feed refugees in Iraq, Bosnia, Rwanda and Haiti.",
            "The dropping of food by airplanes is part of President’s Bush’s "
            "three-hundred-twenty-million dollar aid program for the people of Afghanistan. The "
            "president has ordered the Defense Department to provide food to areas of "
            "Afghanistan where people lack food.",
            "Many Afghans were already in danger of starving this winter because of three years "
            "of lack of rain and continued civil war. Thousands of Afghans have fled from cities "
            "to the northern mountain areas since the American attacks against the Taleban began "
            "three weeks ago.",
            "President Bush has explained repeatedly that military action in Afghanistan is a "
            "war against terrorists and the Taleban government that protects them. He says the "
            "military action is not aimed at the people of Afghanistan.",
            "Several aid organizations have criticized the American plan to drop food from "
            "airplanes. Aid workers say the food does not reach the people who need it most. "
            "They say most of the food is being sold by strong healthy men who seize it.",
        ],
        "quantities": [
            count("three", 3, "planes", "Air Force transport planes that took off from Ramstein"),
            count("about nine-hundred-thousand meals", 900000, "meals",
                  "meals dropped in Afghanistan", approx=True),
            person("one person", 1, "people fed by one Humanitarian Daily Ration"),
            q("one day", 1, "day", "duration", "period one ration feeds a person"),
            count("more than eight million containers", 8000000, "containers",
                  "food containers dropped by the United States since 1993", approx=True),
            q("three-hundred-twenty-million dollar", 320000000, "USD", "money",
              "President Bush's aid program for Afghanistan"),
            q("three years", 3, "year", "duration", "lack of rain in Afghanistan"),
            person("Thousands", 2000, "Afghans who fled to the northern mountains",
                   approx=True),
        ],
    },
    {
        "id": "qt19-04",
        "source": "voa:www.voatibetan.com",
        "url": "https://www.voatibetan.com/a/a-28-2006-12-16-voa2-90281952/1270583.html",
        "title": "Washington, Beijing Sign Deal For Nuclear Plants in China",
        "published": "2006-12-16",
        "truncated": False,
        "note": "English story on the VOA Tibetan service site. Removed: the Tibetan-script "
                "site header and its date line (the page's access date), the size switcher "
                "'XS SM MD LG'; the headline moved to title. published from the date in the URL "
                "slug. Decisions: 'four civilian nuclear power plants' and 'four nuclear "
                "reactors' span 'four' (modifiers between); 'scores of new nuclear power "
                "plants' is a vague plural (2 x 20 = 40, approximate; as 'dozens' = 24); "
                "'multibillion dollar' (deal) names no scale the guideline defines and is not "
                "annotated; 'by 2013' is a date.",
        "paragraphs": [
            "Beijing and Washington have reached an agreement for U.S.-based energy company "
            "Westinghouse to build four civilian nuclear power plants in China.",
            "The multibillion dollar deal was signed Saturday in Beijing by U.S. Energy Secretary "
            "Samuel Bodman and senior Chinese planning official Ma Kai.",
            "Bodman says the project will create about 5,500 jobs in the United States and will "
            "help narrow the huge U.S. trade deficit with China.",
            "Under the agreement, Westinghouse will build four nuclear reactors at two sites in "
            "China: the eastern city of Sanmen in Zhejiang province, and the southern city of "
            "Yangjiang, in Guangdong province.",
            "Westinghouse president and chief executive Stephen Tritch says the company hopes to "
            "have the plants operational by 2013.",
            "China is building scores of new nuclear power plants, with the help of technology "
            "from overseas companies, in a bid to sustain its energy-hungry economy.",
            "Westinghouse was acquired earlier this year by Japan's Toshiba Corporation. The "
            "Pittsburgh-based company was competing for the lucrative Chinese contract with "
            "French nuclear group AREVA and Russia's AtomStroyExport.",
        ],
        "quantities": [
            count("four", 4, "plants", "nuclear power plants Westinghouse will build in China"),
            count("about 5,500 jobs", 5500, "jobs", "U.S. jobs created by the project",
                  approx=True),
            count("four", 4, "reactors", "nuclear reactors under the agreement"),
            count("two sites", 2, "sites", "sites of the reactors in China"),
            count("scores", 40, "plants", "new nuclear power plants China is building",
                  approx=True),
        ],
    },
    {
        "id": "qt19-05",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/us-announces-630-million-in-humanitarian-aid/3934459.html",
        "title": "US Announces $630 Million in Humanitarian Aid",
        "published": "2017-07-08",
        "truncated": True,
        "note": VOA_FURNITURE + ", the photo caption (twice, a file photo of April 13, 2017) "
                "and the subheading 'Millions of people at risk'. The page shows no date: "
                "published is inferred from the story (the Saturday of the Group of 20 summit in "
                "Germany, July 8, 2017). Cut by the store after 'food aid could be cut for more "
                "than a million hung'; kept to the last complete sentence. Decisions: 'Group of "
                "20' is a name; 'months ago' anchors a point in time; 'Tens of millions of "
                "people' is a vague plural (20000000, approximate); 'half' is a fraction of "
                "Somalia's people; 'the world’s largest humanitarian crisis' is a rank.",
        "paragraphs": [
            "The United States on Saturday announced more than $630 million in aid for Yemen, "
            "Somalia, South Sudan and Nigeria, where conflict has helped to cause what the United "
            "Nations calls the world’s largest humanitarian crisis in more than 70 years.",
            "“This is truly a life-saving gift,” said David Beasley, the new American director of "
            "the U.N.’s World Food Program.",
            "While the United States is the world’s largest humanitarian donor, U.S. President "
            "Donald Trump’s proposed deep cuts to foreign aid — more than 30 percent — have "
            "caused widespread concern. The announcement came as he attended the Group of 20 "
            "summit in Germany.",
            "“We welcome President Trump’s attention to the global humanitarian crisis, but he "
            "was announcing aid that Congress approved months ago and that his administration "
            "has delayed,” Rev. David Beckmann, president of the Washington-based Christian "
            "organization Bread for the World, said in a statement.",
            "The total U.S. humanitarian assistance to the four countries is now more than $1.8 "
            "billion this fiscal year, the U.S. Agency for International Development said.",
            "Tens of millions of people in Yemen, Somalia, South Sudan and Nigeria face hunger "
            "amid conflict. Yemen has the world’s largest cholera outbreak, while half of "
            "drought-hit Somalia’s 12 million people need aid. South Sudan’s civil war and "
            "Nigeria’s Boko Haram insurgency have contributed to severe hunger.",
            "The WFP said via Twitter that the new U.S. donation “comes just as families face "
            "the time of year when food stocks run out.”",
        ],
        "quantities": [
            q("more than $630 million", 630000000, "USD", "money",
              "U.S. aid for Yemen, Somalia, South Sudan and Nigeria", approx=True),
            q("more than 70 years", 70, "year", "duration",
              "period in which the crisis is the largest", approx=True),
            q("more than 30 percent", 30, "percent", "percent",
              "Trump's proposed cuts to foreign aid", approx=True),
            count("four countries", 4, "countries", "countries receiving the aid"),
            q("more than $1.8 billion", 1800000000, "USD", "money",
              "total U.S. humanitarian assistance to the four countries this fiscal year",
              approx=True),
            person("Tens of millions", 20000000,
                   "people facing hunger in the four countries", approx=True),
            q("half", 0.5, "fraction", "percent", "share of Somalia's people needing aid"),
            person("12 million people", 12000000, "population of Somalia"),
        ],
    },
    {
        "id": "qt19-06",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/ceser/articles/secretary-granholm-announces-strategic-petroleum-reserve-emergency-exchange-due-0",
        "title": "Secretary Granholm Announces Strategic Petroleum Reserve Emergency Exchange",
        "published": None,
        "truncated": False,
        "note": "Department of Energy, Office of Cybersecurity, Energy Security, and Emergency "
                "Response. The stored page has no headline or date: title paraphrased from the "
                "URL slug and the text; published null (the Keystone pipeline leak and shutdown "
                "it responds to were in December 2022). Decisions: 'Phillips 66' is a company "
                "name; barrels stay barrel (not normalized).",
        "paragraphs": [
            "WASHINGTON, D.C. — Today, U.S. Secretary of Energy Jennifer M. Granholm authorized "
            "the Strategic Petroleum Reserve (SPR) to conduct an exchange of 1,800,000 barrels of "
            "crude oil from the SPR. This exchange is being made to address potential supply "
            "disruptions to areas affected by the temporary shutdown of the Keystone pipeline, "
            "which was caused by a leak in the pipeline, and mitigate refinery run cuts.",
            "The SPR entered into exchange agreements with ExxonMobil for 1,200,000 barrels and "
            "Phillips 66 for 600,000 barrels.",
            "The U.S. Department of Energy (DOE) encourages refiners to prioritize refined "
            "products, including heating oil for the Northeast region of the United States, and "
            "remains committed to supporting those efforts.",
            "The SPR’s ability to conduct exchanges is a critical tool available to refiners "
            "during emergencies like pipeline shutdowns and other disruptions such as "
            "hurricanes. For more information on SPR exchanges, please click here.",
        ],
        "quantities": [
            q("1,800,000 barrels", 1800000, "barrel", "volume",
              "SPR crude oil exchange authorized"),
            q("1,200,000 barrels", 1200000, "barrel", "volume", "exchange with ExxonMobil"),
            q("600,000 barrels", 600000, "barrel", "volume", "exchange with Phillips 66"),
        ],
    },
    {
        "id": "qt19-07",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/fecm/articles/doe-awards-fifth-strategic-petroleum-reserve-exchange-bolster-fuel-supply-chain",
        "title": "DOE Awards Fifth Strategic Petroleum Reserve Exchange to Bolster Fuel Supply Chain",
        "published": None,
        "truncated": False,
        "note": "Department of Energy, Office of Fossil Energy and Carbon Management. The stored "
                "page has no headline or date: title from the URL slug; published null (after "
                "the November 23, 2021 authorization it cites). Decisions: 'fifth exchange' is "
                "an ordinal; 'four previous exchanges' spans 'four'; 'over eight million "
                "barrels' is approximate.",
        "paragraphs": [
            "WASHINGTON, D.C. — Today, the U.S. Department of Energy (DOE) approved a fifth "
            "exchange of 400,000 barrels of crude oil for release to Atlantic Trading and "
            "Marketing, Inc. from the Strategic Petroleum Reserve (SPR). This release falls "
            "under the authorization published in the DOE announcement on November 23, 2021.",
            "Combined, DOE has provided over eight million barrels of SPR crude oil to boost the "
            "nation’s fuel supply, including four previous exchanges. As with all exchanges, "
            "companies that receive SPR crude oil through the exchange agree to return the "
            "amount of crude oil received, as well as an additional amount, dependent upon the "
            "length of time in which they hold the oil.",
            "Additional information about SPR exchanges can be found in SPR Sales and Exchanges "
            "page. Those interested in receiving future announcements from DOE’s Office of "
            "Fossil Energy and Carbon Management can sign up.",
        ],
        "quantities": [
            q("400,000 barrels", 400000, "barrel", "volume",
              "fifth SPR exchange to Atlantic Trading and Marketing"),
            q("over eight million barrels", 8000000, "barrel", "volume",
              "SPR crude oil provided in all exchanges", approx=True),
            count("four", 4, "exchanges", "previous SPR exchanges"),
        ],
    },
    {
        "id": "qt19-08",
        "source": "usgov:www.aoml.noaa.gov",
        "url": "http://www.aoml.noaa.gov/hrd/tcfaq/TCFAQ_E.txt",
        "title": "E1) Which is the most intense tropical cyclone on record?",
        "published": "2010-04-21",
        "truncated": True,
        "note": "NOAA Atlantic Oceanographic and Meteorological Laboratory, Hurricane Research "
                "Division, tropical cyclone FAQ (plain-text file, one paragraph as stored). "
                "Removed: the leading 'iSubject: E1) Which is the most intense tropical cyclone "
                "on record? Contributed by Chris Landsea' (question moved to title), the "
                "trailing 'Last Updated April 21, 2010' (moved to published) and the start of "
                "the next entry ('Subject: E2) ... H', cut by the store). Decisions: wind speeds "
                "in m/s are 'meter/second', kt is 'knot', mph 'mile/hour' (kind rate, speeds); "
                "central pressures in mb are 'millibar' (kind other, not normalized); '83 to 93 "
                "m/s' is one range; 'almost 12 mb' (a pressure difference) is approximate; "
                "'numerous' is not a number; years, decades ('the 1940s to 1960s') and citation "
                "years are not quantities. Verbatim oddity kept: 'This exceed'.",
        "paragraphs": [
            "There are several ways of measuring a tropical cyclone's intensity, either central "
            "pressure or its highest measured wind speed. Typhoon Tip in the Northwest Pacific "
            "Ocean on 12 October 1979 was measured to have a central pressure of 870 mb and "
            "estimated surface sustained winds of 85 m/s (165 kt, 190 mph) (Dunnavan and Diercks "
            "1980). Typhoon Nancy on 12 September, 1961 is listed in the best track data for the "
            "Northwest Pacific region as having an estimated maximum sustained winds of 95 m/s "
            "(185 kt, 213 mph) with a central pressure of 888 mb. However, it is now recognized "
            "(Black 1992) that the maximum sustained winds estimated for typhoons during the "
            "1940s to 1960s were too strong and that the 95 m/s (and numerous 83 to 93 m/s "
            "reports) is somewhat too high. In 2010, the WMO announced a new winner with Tropical "
            "Cyclone Olivia which struck Australia in 1996. The winds were measured at 113 m/s "
            "(220 kt, 253 mph)! This exceed the previous record holder for surface wind speeds "
            "held by the Mt. Washington Observatory since 1934. Note that Hurricane Wilma's 882 "
            "mb lowest pressure (estimated from a dropsonde) in 2005 is the most intense [as "
            "measured by lowest sea level pressure] for the Atlantic basin, it is almost 12 mb "
            "weaker (higher) than the above Typhoon Tip of the Northwest Pacific Ocean. While the "
            "central pressures for the Northwest Pacific typhoons are the lowest globally, the "
            "North Atlantic hurricanes have provided sustained wind speeds possibly comparable "
            "to the Northwest Pacific. From the best track database, Hurricane Camille (1969) and "
            "Hurricane Allen (1980) have winds that are estimated to be 85 m/s (165 kt, 190 mph). "
            "Measurements of such winds are inherently going to be suspect as instruments often "
            "are completely destroyed or damaged at these speeds.",
        ],
        "quantities": [
            q("870 mb", 870, "millibar", "other", "central pressure of Typhoon Tip"),
            q("85 m/s", 85, "meter/second", "rate", "Typhoon Tip surface sustained winds"),
            q("165 kt", 165, "knot", "rate", "Typhoon Tip surface sustained winds"),
            q("190 mph", 190, "mile/hour", "rate", "Typhoon Tip surface sustained winds"),
            q("95 m/s", 95, "meter/second", "rate", "Typhoon Nancy maximum sustained winds"),
            q("185 kt", 185, "knot", "rate", "Typhoon Nancy maximum sustained winds"),
            q("213 mph", 213, "mile/hour", "rate", "Typhoon Nancy maximum sustained winds"),
            q("888 mb", 888, "millibar", "other", "central pressure of Typhoon Nancy"),
            q("95 m/s", 95, "meter/second", "rate", "Typhoon Nancy estimated winds"),
            q("83 to 93 m/s", 83, "meter/second", "rate",
              "other typhoon wind reports of the 1940s to 1960s", high=93),
            q("113 m/s", 113, "meter/second", "rate", "Tropical Cyclone Olivia winds"),
            q("220 kt", 220, "knot", "rate", "Tropical Cyclone Olivia winds"),
            q("253 mph", 253, "mile/hour", "rate", "Tropical Cyclone Olivia winds"),
            q("882 mb", 882, "millibar", "other", "Hurricane Wilma lowest pressure"),
            q("almost 12 mb", 12, "millibar", "other",
              "difference between Wilma's and Tip's pressures", approx=True),
            q("85 m/s", 85, "meter/second", "rate", "estimated winds of Camille and Allen"),
            q("165 kt", 165, "knot", "rate", "estimated winds of Camille and Allen"),
            q("190 mph", 190, "mile/hour", "rate", "estimated winds of Camille and Allen"),
        ],
    },
    {
        "id": "qt19-09",
        "source": "usgov:www.webharvest.gov",
        "url": "https://www.webharvest.gov/peth04/20041025114321/http://www.usaid.gov/press/releases/2002/pr020926.html",
        "title": "USAID Announces 100,000 Metric Tons of Food for Ethiopia as Drought Worsens",
        "published": "2002-09-26",
        "truncated": True,
        "note": "USAID press release 2002-111 in the National Archives' web harvest. Removed: the "
                "USAID navigation line, the release header block (agency name, 'PRESS RELEASE', "
                "address, press office, phone, release number, 'FOR IMMEDIATE RELEASE', date, "
                "contact). Cut by the store after 'USAID has contributed more than $1.0 million "
                "to UNICEF for essential'; kept to the last complete sentence. Decisions: "
                "'millions of drought-affected people' is a vague plural (2000000, approximate); "
                "'one season' and 'a matter of weeks' are not annotated (no defined unit, vague); "
                "'a second option' is an ordinal.",
        "paragraphs": [
            "Washington, DC -- The U.S. Agency for International Development has pledged an "
            "additional 100,000 metric tons of wheat to help meet the needs of millions of "
            "drought-affected people in Ethiopia. Including today's contribution, the U.S. "
            "government has provided 294,000 metric tons of food assistance, valued at $155 "
            "million, to Ethiopia in 2002. This will feed approximately 6.7 million people for "
            "one month.",
            "The U.S. government pledge was presented by the Administrator of USAID Andrew "
            "Natsios to Ethiopian Minister of Foreign Affairs, Seyoum Mesfin. Administrator "
            "Natsios said, \"For many people in Ethiopia, the absence of rains for one season "
            "can tip the balance from getting by to going hungry in a matter of weeks. A quick, "
            "coordinated response by government and the international community is essential "
            "to saving lives.\"",
            "There is a severe shortfall of food in Ethiopia. The cause of the crisis is the "
            "sparseness of the spring rains and the delay in the summer rains, which have been "
            "erratic and below average in most areas. Almost 7 million people in Ethiopia are "
            "threatened by food shortages today.",
            "Since August 2002, the U.S. government also has contributed drought assistance of "
            "$1.3 million for nutritional feeding programs in Afar and $400,000 for seed "
            "distribution--to provide farmers with a second option for replanting short-cycle "
            "crops as long as the rains continue--in the Tigray, Amhara, Oromiya and the "
            "Southern Nations, Nationalities and Peoples regions.",
        ],
        "quantities": [
            q("100,000 metric tons", 100000, "metric_ton", "mass",
              "additional U.S. wheat pledged to Ethiopia"),
            person("millions", 2000000, "drought-affected people in Ethiopia", approx=True),
            q("294,000 metric tons", 294000, "metric_ton", "mass",
              "U.S. food assistance to Ethiopia in 2002"),
            q("$155 million", 155000000, "USD", "money", "value of the 2002 food assistance"),
            person("approximately 6.7 million people", 6700000,
                   "people the food assistance will feed", approx=True),
            q("one month", 1, "month", "duration", "period the food assistance will feed them"),
            person("Almost 7 million people", 7000000,
                   "Ethiopians threatened by food shortages", approx=True),
            q("$1.3 million", 1300000, "USD", "money",
              "drought assistance for nutritional feeding in Afar"),
            q("$400,000", 400000, "USD", "money", "drought assistance for seed distribution"),
        ],
    },
    {
        "id": "qt19-10",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/eot2008/20090508230756/http://www.usaid.gov/press/releases/2003/pr030702.html",
        "title": "American Food Aid Pledges Top One Million Tons for the Ethiopian Humanitarian Crisis",
        "published": "2003-07-02",
        "truncated": False,
        "note": "USAID press release in the End of Term 2008 web archive. Removed: the section "
                "line 'Africa Humanitarian Crisis', the date line (moved to published) and "
                "'Contact: USAID Press Office'. Decisions: 'has surpassed one million metric "
                "tons' keeps the verb outside the span and is approximate (a lower bound, as "
                "'not likely to exceed' in test17); '12.6 million drought-affected Ethiopians' "
                "spans '12.6 million' (modifier between); 'an additional 3.1 million' spans '3.1 "
                "million'; plain 'tons' -> metric_ton; 'pounds' -> pound.",
        "paragraphs": [
            "WASHINGTON, DC - The U.S. Government's contribution of food assistance to the "
            "Ethiopian humanitarian crisis has surpassed one million metric tons (approximately "
            "2.2 billion pounds) with today's announced contribution of approximately 250,000 "
            "metric tons, valued at $99.4 million, in food assistance to Ethiopia. The new "
            "contribution, which was announced by Andrew S. Natsios, Administrator of the U.S. "
            "Agency International Development (USAID), will be distributed through the World "
            "Food Program (WFP) and a consortium of non-governmental organizations.",
            "In 2003, the USAID has pledged approximately 878,790 metric tons, or 57% of the "
            "emergency food aid requirements for 2003 for Ethiopia.",
            "\"The American people are committed to meeting the enormous humanitarian needs in "
            "the Horn of Africa,\" Natsios said. \"Our response to this crisis, along with that "
            "of other donors, is helping to avert famine. Nevertheless, pockets of extreme food "
            "insecurity remain, and should the rains fail again, we may face the worst case "
            "scenario.\" Natsios also welcomed the opportunity to work with the Ethiopian "
            "Government other donors to develop a comprehensive plan to prevent future food "
            "crisis.",
            "12.6 million drought-affected Ethiopians are in need of food aid and an additional "
            "3.1 million require close monitoring. The Government of Ethiopia and the WFP "
            "estimate that Ethiopia will require over 1.54 million metric tons of food aid in "
            "2003. Since the onset of the emergency in 2002, the U.S. Government has pledged "
            "over 1,000,000 tons of food aid to Ethiopia valued at approximately $475 million, "
            "and delivered 626,029 tons.",
            "The U.S. Agency for International Development has provided economic and "
            "humanitarian assistance worldwide for more than 40 years.",
        ],
        "quantities": [
            q("one million metric tons", 1000000, "metric_ton", "mass",
              "U.S. food assistance to the Ethiopian crisis", approx=True),
            q("approximately 2.2 billion pounds", 2200000000, "pound", "mass",
              "U.S. food assistance to the Ethiopian crisis", approx=True),
            q("approximately 250,000 metric tons", 250000, "metric_ton", "mass",
              "food assistance contribution announced today", approx=True),
            q("$99.4 million", 99400000, "USD", "money", "value of today's contribution"),
            q("approximately 878,790 metric tons", 878790, "metric_ton", "mass",
              "USAID food pledged to Ethiopia in 2003", approx=True),
            q("57%", 57, "percent", "percent",
              "share of Ethiopia's 2003 emergency food aid requirements"),
            person("12.6 million", 12600000, "drought-affected Ethiopians in need of food aid"),
            person("3.1 million", 3100000, "Ethiopians requiring close monitoring"),
            q("over 1.54 million metric tons", 1540000, "metric_ton", "mass",
              "food aid Ethiopia will require in 2003", approx=True),
            q("over 1,000,000 tons", 1000000, "metric_ton", "mass",
              "U.S. food aid pledged to Ethiopia since 2002", approx=True),
            q("approximately $475 million", 475000000, "USD", "money",
              "value of the U.S. food aid pledged since 2002", approx=True),
            q("626,029 tons", 626029, "metric_ton", "mass", "U.S. food aid delivered to Ethiopia"),
            q("more than 40 years", 40, "year", "duration",
              "period of USAID assistance worldwide", approx=True),
        ],
    },
    {
        "id": "qt19-11",
        "source": "usgov:preview.weather.gov",
        "url": "https://preview.weather.gov/fsd/20230119-HeavySnow-I90-south",
        "title": "Heavy Snow I-90 South (title from the URL slug 20230119-HeavySnow-I90-south)",
        "published": "2023-01-19",
        "truncated": False,
        "note": "National Weather Service, Sioux Falls office, event summary. Removed: the NWS "
                "banner line, the national hazard headline and its text ('Storm Impacting the "
                "Northwest U.S.; ...', a site-wide banner of another day), the heading "
                "'Overview', the image caption 'Storm Total Snowfall' and the media-use footer; "
                "trailing spaces at paragraph ends stripped; title from the URL slug; published "
                "from the event date. Decisions: '1-2 inches per hour' is one rate range "
                "(inch/hour, a speed for the scorer); 'up to 30 mph' is an approximate speed; "
                "'8 to 12 inches' is a range; 'Tri-State' is a name.",
        "paragraphs": [
            "A fast moving storm system began moving through the region during the afternoon of "
            "Wednesday, January 18th. Snowfall intensified during the evening and overnight "
            "hours, and ended during the morning of Thursday, January 19th.",
            "As heavy snow developed Wednesday evening, snowfall rates of 1-2 inches per hour "
            "were recorded.  Northeast winds gusting up to 30 mph resulted in areas of blowing "
            "and drifting snow, leading to poor travel conditions across the Tri-State region.",
            "In the wake of the storm system, a band of snow ranging from 8 to 12 inches was "
            "observed across portions of northern Nebraska, southeast South Dakota, and "
            "northwest Iowa. New daily records were set for both precipitation and snowfall in "
            "Sioux City. A sharp snowfall gradient was reported farther north.",
        ],
        "quantities": [
            q("1-2 inches per hour", 1, "inch/hour", "rate", "snowfall rates Wednesday evening",
              high=2),
            q("up to 30 mph", 30, "mile/hour", "rate", "northeast wind gusts", approx=True),
            q("8 to 12 inches", 8, "inch", "length", "band of snow observed", high=12),
        ],
    },
    {
        "id": "qt19-12",
        "source": "usgov:www.usaid.gov",
        "url": "https://www.usaid.gov/documents/1860/power-africa-financially-closed-transactions",
        "title": "Power Africa Financially Closed Transactions",
        "published": "2020-09-23",
        "truncated": False,
        "note": "USAID document page (Power Africa). Removed: the headline (moved to title), the "
                "line 'AS OF March 31, 2020' and 'Last updated: September 23, 2020' (moved to "
                "published). Decisions: 'over 170 public and private sector partners' spans "
                "'over 170'; 'to double access' is a multiplier; 'more $22 billion' (verbatim, "
                "'than' missing) is approximate; 'Of these deals, 46' is a count; 'nearly 17 "
                "million homes and businesses' spans 'nearly 17 million homes'; 'MW' -> "
                "megawatt (kind other). Verbatim oddities kept: 'fnancial', 'frst-time'.",
        "paragraphs": [
            "Power Africa is a U.S. Government-led partnership that brings together the "
            "collective resources of over 170 public and private sector partners to double "
            "access to electricity in sub-Saharan Africa. Power Africa’s goal is to add more than "
            "30,000 megawatts (MW) of new electricity generation capacity and connect 60 million "
            "new homes and businesses to power by 2030. Since its launch in 2013, Power Africa "
            "has helped bring 124 power generation deals to fnancial close with a generation "
            "capacity of over 11,052 MW and an estimated value of more $22 billion. Of these "
            "deals, 46 are operational and generating nearly 4,000 MW of new and more reliable "
            "electricity. Power Africa has connected nearly 17 million homes and businesses to "
            "on- and off-grid solutions, bringing frst-time electricity to 77 million people.",
        ],
        "quantities": [
            count("over 170", 170, "partners", "Power Africa public and private sector partners",
                  approx=True),
            q("double", 2, "multiplier", "other", "Power Africa goal for access to electricity"),
            mw("more than 30,000 megawatts", 30000,
               "new generation capacity Power Africa aims to add", approx=True),
            count("60 million", 60000000, "homes and businesses",
                  "new homes and businesses Power Africa aims to connect"),
            count("124", 124, "deals", "power generation deals brought to financial close"),
            mw("over 11,052 MW", 11052, "generation capacity of the closed deals", approx=True),
            q("more $22 billion", 22000000000, "USD", "money",
              "estimated value of the closed deals", approx=True),
            count("46", 46, "deals", "closed deals now operational"),
            mw("nearly 4,000 MW", 4000, "electricity generated by the operational deals",
               approx=True),
            count("nearly 17 million homes", 17000000, "homes and businesses",
                  "homes and businesses connected by Power Africa", approx=True),
            person("77 million people", 77000000,
                   "people given first-time electricity by Power Africa"),
        ],
    },
    {
        "id": "qt19-13",
        "source": "usgov:www.fws.gov",
        "url": "https://www.fws.gov/Refuges/realty/archives/archive-mbcc03212002.html",
        "title": "Migratory Bird Conservation Commission approves refuge land acquisitions (March 2002)",
        "published": "2002-03-21",
        "truncated": True,
        "note": "U.S. Fish and Wildlife Service news release archive. The stored page has no "
                "headline: title written from the text; published from the date in the URL "
                "(03212002). Removed: the header 'National Wildlife Refuge System' and the "
                "contact line 'Elizabeth Slown, 505-248-6909' (a phone number, not a quantity). "
                "Cut by the store inside the California item ('Colusa Cou'); kept to the last "
                "complete item (Tennessee). Decisions: 'more than 1,735 acres' is approximate; "
                "'95 million-acre' (compound adjective) is an area; 'nine states' is a count.",
        "paragraphs": [
            "The Migratory Bird Conservation Commission approved the acquisition of more than "
            "1,735 acres of important migratory bird habitat on units of the National Wildlife "
            "Refuge System in nine states – including 50 acres of wetland habitat within the "
            "established boundaries of Trinity River NWR in Liberty County, Texas.",
            "The Cabinet-level commission, chaired by Assistant Secretary for Fish and Wildlife "
            "and Parks Craig Manson, approved funds of $3 million to acquire the land. All "
            "acquisitions had been previously approved by the affected states.",
            "\"The land acquisitions approved by the Migratory Bird Conservation Commission will "
            "protect important habitat, ensuring that the National Wildlife Refuge System "
            "continues to provide vital nesting, breeding, feeding and resting places for "
            "migratory bird populations,\" said Steven Williams, Director of the U.S. Fish and "
            "Wildlife Service, which manages the refuge system. \"By working with state, public "
            "and private partners, the Commission continues to make sure that the 95 "
            "million-acre National Wildlife Refuge System remains the world's premier network of "
            "public lands dedicated to wildlife conservation.\"",
            "Other National Wildlife Refuge System acquisitions approved by the Conservation "
            "Commission are:",
            "Maryland: Acquisition of 500 acres of marsh and other wetland habitat to protect "
            "wintering areas for migratory waterfowl within the boundaries of Blackwater NWR in "
            "Dorchester County.",
            "Arkansas: Acquisition of 50 acres of wetlands to protect waterfowl habitat in Bald "
            "Knob NWR in the White County.",
            "Washington: Purchase of 331 acres of waterfowl habitat in Klickitat County within "
            "the approved boundaries of Conboy Lake NWR.",
            "Tennessee: Purchase of 161 acres of waterfowl habitat in Lower Hatchie NWR, "
            "Lauderdale and Tipton Counties.",
        ],
        "quantities": [
            q("more than 1,735 acres", 1735, "acre", "area",
              "migratory bird habitat approved for acquisition", approx=True),
            count("nine states", 9, "states", "states with approved acquisitions"),
            q("50 acres", 50, "acre", "area", "wetland habitat at Trinity River NWR"),
            q("$3 million", 3000000, "USD", "money", "funds approved to acquire the land"),
            q("95 million-acre", 95000000, "acre", "area", "National Wildlife Refuge System"),
            q("500 acres", 500, "acre", "area", "marsh and wetland habitat at Blackwater NWR"),
            q("50 acres", 50, "acre", "area", "wetlands at Bald Knob NWR"),
            q("331 acres", 331, "acre", "area", "waterfowl habitat at Conboy Lake NWR"),
            q("161 acres", 161, "acre", "area", "waterfowl habitat in Lower Hatchie NWR"),
        ],
    },
    {
        "id": "qt19-14",
        "source": "usgov:www.fws.gov",
        "url": "https://www.fws.gov/Refuges/RefugeUpdate/SepOct_2013/community_support.html",
        "title": "Refuge Update, September/October 2013: new refuges and community support",
        "published": "2013-09-01",
        "truncated": True,
        "note": "U.S. Fish and Wildlife Service, Refuge Update newsletter (Sept./Oct. 2013 issue). "
                "The stored page has no headline or date: title written from the text; published "
                "is the first day of the issue's period (approximate). Cut by the store after "
                "'from Congress. W'; kept to the last complete sentence (the quotation stays "
                "open). Decisions: 'Roughly 54.1 million of those acres' spans 'Roughly 54.1 "
                "million' with unit acre (the acres are named after 'of those'); 'Six of the "
                "eight' gives two counts; 'The last 40 years' and 'The next 40 years' are "
                "durations; 'a handful' and 'zero money' are not annotated; 'since 2000', "
                "'since 2002', 'in 2015' are dates.",
        "paragraphs": [
            "Since 2000, the U.S. Fish and Wildlife Service has acquired approximately 56.5 "
            "million acres of land and water. Roughly 54.1 million of those acres are within "
            "marine national monuments in the Pacific Ocean. During that time, 38 refuges, "
            "conservation areas or wildlife management areas have been added to the National "
            "Wildlife Refuge System.",
            "This Refuge Update Focus section looks at how a handful of them are progressing.",
            "In recent years, the approach to new–refuge land acquisition has changed. The "
            "Service has tried to give new refuges an initial boost through higher "
            "appropriations requests, says Eric Alvarez, Refuge System Headquarters realty chief "
            "since 2002.",
            "“I’m happy with the direction we’ve been going in the last few years, focusing "
            "additional resources on new refuges versus just putting them into the mix, as "
            "previously had been done,” Alvarez says. “It’s important not only to establish "
            "yourself in the community by having a refuge but also by being out there buying "
            "land from landowners, because neighbors talk to neighbors.”",
            "Alvarez notes that, when it comes to establishing refuges, conservation areas are "
            "“growing in acceptance.” They are essentially easement–only refuges based on "
            "partnerships with private landowners and non–governmental organizations. They "
            "cannot be as intensely managed as fee–title land the Service owns can be, Alvarez "
            "says, but “the habitat is still protected from development and destruction.”",
            "Six of the eight most recently established refuges include a conservation–area "
            "component.",
            "As Alvarez looks to the future of land acquisition and refuge establishment, he sees "
            "uncertainty on one hand and guidance from Conserving the Future on the other.",
            "“The last 40 years, we were pretty sure. The next 40 years, we are not as sure,” he "
            "says. “The Land and Water Conservation Fund is up for reauthorization in 2015. "
            "Without that reauthorization, there’s zero money appropriated for land acquisition "
            "from Congress.",
        ],
        "quantities": [
            q("approximately 56.5 million acres", 56500000, "acre", "area",
              "land and water acquired by the Service since 2000", approx=True),
            q("Roughly 54.1 million", 54100000, "acre", "area",
              "acquired acres within Pacific marine national monuments", approx=True),
            count("38 refuges", 38, "refuges",
                  "refuges, conservation areas or wildlife management areas added since 2000"),
            count("Six", 6, "refuges",
                  "recently established refuges with a conservation-area component"),
            count("eight", 8, "refuges", "most recently established refuges"),
            q("40 years", 40, "year", "duration", "past period of land acquisition certainty"),
            q("40 years", 40, "year", "duration", "coming period of land acquisition"),
        ],
    },
    {
        "id": "qt19-15",
        "source": "voa:bbs.cortex-media.info",
        "url": "http://bbs.cortex-media.info/gopher.floodgap.com/0/feeds/voaheadlines/2019/Jun/28/a5bc895c-b905-45b5-97ac-d69f434b07e6",
        "title": "Record-Setting Heat Waves Sweep Europe",
        "published": "2019-06-28",
        "truncated": False,
        "note": "Voice of America story by Lisa Schlein (Geneva) as kept by a gopher mirror of "
                "the VOA headlines feed (one paragraph as stored). Removed: the feed notice "
                "'Originally posted by the Voice of America. Voice of America content is "
                "produced by the Voice of America, a United States federal government-sponsored "
                "entity, and is in the public domain.', the headline (moved to title), the "
                "byline 'Lisa Schlein' and a trailing ' .'. published from the feed path "
                "(2019/Jun/28). Decisions: 'a month earlier than usual' spans 'a month' (a "
                "duration measuring the shift); 'Celsius'/'degrees C' -> celsius, 'Fahrenheit' "
                "-> fahrenheit; 'thousands of people every year' spans 'thousands' (vague "
                "plural, 2000, approximate; the frequency stays outside); 'four areas' is a "
                "count.",
        "paragraphs": [
            "GENEVA - Much of Europe is getting hit with a record-setting heat wave. The World "
            "Meteorological Organization is concerned not just because of the temperatures, but "
            "because the summer heat is a month earlier than usual and more intense. It is "
            "likely another sign of climate change. Europe is wilting from the warm air masses "
            "coming from Africa, bringing with them Saharan heat and, in some cases, Saharan "
            "dust. The World Meteorological Organization said temperature records have been "
            "broken this week in France, Spain, Germany, Austria and Switzerland. On Friday, "
            "France issued red alerts for four areas in the south as temperatures reached an all "
            "time high of 45.1 Celsius (113 Fahrenheit). While this spate of new maximum daytime "
            "records is of concern, WMO spokeswoman Claire Nullis said the increasing number of "
            "minimum overnight temperature records is particularly worrisome. \"I stress the "
            "overnight records are important because night time is when our bodies recover,\" "
            "Nullis said. \"It is when plants and animals recover. So, if we are seeing minimum "
            "overnight temperatures of 25 degrees C (77 Fahrenheit) as we have done in some "
            "places, it is not good news.\" Heat events kill thousands of people every year. "
            "They often trigger secondary events such as wildfires and electrical grid "
            "failures.",
        ],
        "quantities": [
            q("a month", 1, "month", "duration", "how much earlier than usual the summer heat came"),
            count("four areas", 4, "areas", "areas of southern France under red alert"),
            q("45.1 Celsius", 45.1, "celsius", "other", "all-time high temperature in France"),
            q("113 Fahrenheit", 113, "fahrenheit", "other", "all-time high temperature in France"),
            q("25 degrees C", 25, "celsius", "other", "minimum overnight temperatures"),
            q("77 Fahrenheit", 77, "fahrenheit", "other", "minimum overnight temperatures"),
            person("thousands", 2000, "people killed by heat events every year", approx=True),
        ],
    },
    {
        "id": "qt19-16",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=16399",
        "title": "DOE Names Winners of 2010 Federal Energy and Water Management Awards",
        "published": "2010-10-13",
        "truncated": True,
        "note": "Department of Energy, EERE Network News item. Removed: 'This is an excerpt from "
                "EERE Network News, a weekly electronic newsletter.', the date line (moved to "
                "published) and the headline (moved to title). Cut by the store inside the "
                "third paragraph ('... and methane gas generate'); kept to the last complete "
                "sentence. Decisions: '31 individuals, teams, and organizations' spans '31'; "
                "'17 federal agencies' spans '17'; 'its first large-scale wind turbine' is an "
                "ordinal; '1.5-megawatt' (compound adjective) is power; 'megawatt-hours' -> "
                "megawatt_hour and 'Btu' -> british_thermal_unit (energy, kind other, not "
                "normalized); 'FY 2009' is a date.",
        "paragraphs": [
            "DOE announced on October 7 that 31 individuals, teams, and organizations across the "
            "federal government received Federal Energy and Water Management Awards for their "
            "sustainable strategies to improve energy, water, and vehicle fleet efficiency. The "
            "awardees saved taxpayers almost $42 million in energy and water costs in Fiscal "
            "Year 2009 and kept the equivalent of about 190,000 metric tons of carbon dioxide "
            "from being released into the atmosphere. These efforts are also helping to move "
            "cutting-edge clean energy technologies into the marketplace, create new U.S. jobs, "
            "and strengthen national security.",
            "The 2010 Federal Energy and Water Management Awards winners were selected from "
            "nominations submitted by 17 federal agencies. Included among the award winners are "
            "employees from the U.S. Air Force, Army, Marine Corps, and Navy; DOE and the "
            "Departments of Defense, Homeland Security, Interior, Transportation, and Veterans "
            "Affairs; the Environmental Protection Agency; the General Services Administration; "
            "and the National Aeronautics and Space Administration. For example, the U.S. Marine "
            "Corps Logistics Base Barstow in Barstow, California, was lauded for installing its "
            "first large-scale wind turbine, a 1.5-megawatt device that generated 3,600 "
            "megawatt-hours of electrical energy in FY 2009. The turbine provides about 11.6% of "
            "the base's electricity needs. And the Navy Region Southwest earned an award for "
            "being at the forefront of the Navy's energy program. It replaced 21 billion Btu of "
            "fossil fuel consumption with a combination of solar, wind, and geothermal energy, "
            "generating 4,300 megawatt-hours of renewable energy.",
        ],
        "quantities": [
            count("31", 31, "winners", "individuals, teams, and organizations given awards"),
            q("almost $42 million", 42000000, "USD", "money",
              "energy and water costs saved by the awardees", approx=True),
            q("about 190,000 metric tons", 190000, "metric_ton", "mass",
              "carbon dioxide emissions avoided by the awardees", approx=True),
            count("17", 17, "agencies", "federal agencies that submitted nominations"),
            mw("1.5-megawatt", 1.5, "Barstow wind turbine"),
            q("3,600 megawatt-hours", 3600, "megawatt_hour", "other",
              "electricity generated by the Barstow turbine in FY 2009"),
            q("about 11.6%", 11.6, "percent", "percent",
              "share of Barstow base electricity needs met by the turbine", approx=True),
            q("21 billion Btu", 21000000000, "british_thermal_unit", "other",
              "fossil fuel consumption replaced by Navy Region Southwest"),
            q("4,300 megawatt-hours", 4300, "megawatt_hour", "other",
              "renewable energy generated by Navy Region Southwest"),
        ],
    },
    {
        "id": "qt19-17",
        "source": "usgov:www2.eere.energy.gov",
        "url": "http://www2.eere.energy.gov/femp/news/news_detail.html?news_id=15990",
        "title": "DOE Announces Award of Four New Projects for Energy Efficiency, Renewable Energy, and Water Conservation Upgrades at Federal Facilities",
        "published": "2010-05-04",
        "truncated": True,
        "note": "Department of Energy, Federal Energy Management Program news item. Removed: the "
                "headline (moved to title) and the date line (moved to published). Cut by the "
                "store after 'The 2010 contracts will result in cumulative'; kept to the last "
                "complete sentence. Decisions: 'four new agreements' and 'two General Services "
                "Administration (GSA) facilities' span the number only; 'at least 86,000 million "
                "BTU' = 8.6e10 british_thermal_unit (energy, kind other), approximate; 'about "
                "14,500 barrels' stays barrel; '36 ESPC projects' spans '36'; 'in fiscal year "
                "2010' is a date. Verbatim oddity kept: '(ESCO))designs'.",
        "paragraphs": [
            "The U.S. Department of Energy (DOE) announced today four new agreements valued at a "
            "total of $52.5 million under its Energy Savings Performance Contracts (ESPC), which "
            "are designed to help the Federal Government save energy and water. The new \"task "
            "orders\" will result in energy-saving upgrades at the Bureau of Land Management, "
            "National Wildlife Center, and two General Services Administration (GSA) facilities. "
            "Under an ESPC, the contractor (an Energy Service Company (ESCO))designs, constructs, "
            "and obtains the necessary financing for energy-savings projects, and the agency "
            "makes payments over time to the contractor from the money it saves on its utility "
            "bills. The contractor guarantees the energy improvements will generate savings that "
            "will cover all payments to the contractor. Once the improvements are paid for, the "
            "Federal agency receives all of the long-term cost savings.",
            "The ESPC contracts are administered by DOE and open to all Federal agencies. DOE "
            "provides the financing and technical project expertise throughout the development "
            "of each project. The Federal Government is the largest single user of energy in "
            "the United States, and ESPCs provide Federal agencies with access to alternative "
            "financing at a scale that is needed to meet the challenge of boosting the use of "
            "renewable energy and reducing energy and water consumption.",
            "The annual energy savings of the four projects under the new contracts will be at "
            "least 86,000 million BTU—the equivalent of about 14,500 barrels of oil.",
            "Including these ESPC awards, the Federal Government has launched 36 ESPC projects, "
            "under the DOE Indefinite Delivery Indefinite Quantity contracts, in fiscal year "
            "2010, leveraging total private-sector investments of more than $550 million. This "
            "exceeds the previous high of $440 million in 2009.",
        ],
        "quantities": [
            count("four", 4, "agreements", "new ESPC agreements announced"),
            q("$52.5 million", 52500000, "USD", "money", "total value of the four agreements"),
            count("two", 2, "facilities", "GSA facilities receiving upgrades"),
            count("four projects", 4, "projects", "projects under the new contracts"),
            q("at least 86,000 million BTU", 86000000000, "british_thermal_unit", "other",
              "annual energy savings of the four projects", approx=True),
            q("about 14,500 barrels", 14500, "barrel", "volume",
              "oil equivalent of the annual energy savings", approx=True),
            count("36", 36, "projects", "ESPC projects launched in fiscal year 2010"),
            q("more than $550 million", 550000000, "USD", "money",
              "private-sector investment leveraged in fiscal year 2010", approx=True),
            q("$440 million", 440000000, "USD", "money", "previous high of investment, in 2009"),
        ],
    },
    {
        "id": "qt19-18",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6530",
        "title": "Big Wind Energy Projects Hit the Great Plains",
        "published": "2003-10-29",
        "truncated": True,
        "note": "Department of Energy, EERE Network News item. Removed: 'This is an excerpt from "
                "EERE Network News, a weekly electronic newsletter.', the date line (moved to "
                "published) and the headline (moved to title). Cut by the store after 'The "
                "$80-million deal is subject to regulatory approval and acc'; kept to the last "
                "complete sentence (the $80-million sentence is dropped). Decisions: '27 "
                "1.5-megawatt wind turbines', '14 of the 1.5-megawatt GE Wind Energy turbines' "
                "and '108 1.5-megawatt wind turbines' give a count spanning the number only and "
                "a separate power compound adjective; 'its second wind project' and 'the "
                "October 6th and October 14th press releases' are an ordinal and dates; "
                "'Mountain View III', 'North Dakota I/II' are names. Verbatim oddities kept: "
                "'Dakota-the first', 'using-you guessed it-108'.",
        "paragraphs": [
            "New wind power plants went online in October in the Great Plains states of North "
            "and South Dakota-the first large wind facilities in those states-while construction "
            "began on a new large wind plant on the plains of eastern Colorado.",
            "Both North and South Dakota gained 40 megawatts of wind power as FPL Energy "
            "completed the North Dakota I Wind Energy Center and the South Dakota Wind Energy "
            "Center in the first half of October. Basin Electric Power Cooperative is buying all "
            "the power from the two sites, each of which draws on 27 1.5-megawatt wind turbines "
            "manufactured by GE Wind Energy. In late October, FPL Energy completed its second "
            "wind project in North Dakota, the North Dakota II Wind Energy Center, a 21-megawatt "
            "project that will provide power to the Otter Tail Power Company. The facility "
            "consists of 14 of the 1.5-megawatt GE Wind Energy turbines. See the October 6th and "
            "October 14th press releases from Basin Electric, as well as the Otter Tail Power "
            "Company press release.",
            "The Colorado plains will soon host the state's largest wind power plant, a "
            "162-megawatt facility near Lamar, about 100 miles east of Pueblo. PPM Energy, Inc. "
            "and Shell WindEnergy, Inc. are building the Colorado Green Wind Project using-you "
            "guessed it-108 1.5-megawatt wind turbines from GE Wind Energy. Xcel Energy is buying "
            "all the power produced by the new facility, which should be complete by year-end. "
            "See the PPM Energy press release.",
            "PPM Energy is active in California, as well: the company is building the "
            "22-megawatt Mountain View III wind facility in Riverside County, near the Arizona "
            "border. FPL Energy is also gaining more wind energy assets in California, but is "
            "buying rather than building them: the company is acquiring 130 megawatts of wind "
            "power capacity that is currently owned by Enron.",
        ],
        "quantities": [
            mw("40 megawatts", 40, "wind power gained by North and South Dakota"),
            count("two sites", 2, "sites", "FPL Energy wind sites in the Dakotas"),
            count("27", 27, "turbines", "wind turbines at each Dakota site"),
            mw("1.5-megawatt", 1.5, "capacity of each GE wind turbine at the Dakota sites"),
            mw("21-megawatt", 21, "North Dakota II Wind Energy Center"),
            count("14", 14, "turbines", "turbines of the North Dakota II Wind Energy Center"),
            mw("1.5-megawatt", 1.5, "capacity of each North Dakota II turbine"),
            mw("162-megawatt", 162, "Colorado Green wind facility near Lamar"),
            q("about 100 miles", 100, "mile", "length", "distance of Lamar east of Pueblo",
              approx=True),
            count("108", 108, "turbines", "turbines of the Colorado Green Wind Project"),
            mw("1.5-megawatt", 1.5, "capacity of each Colorado Green turbine"),
            mw("22-megawatt", 22, "Mountain View III wind facility"),
            mw("130 megawatts", 130, "wind power capacity FPL Energy is acquiring from Enron"),
        ],
    },
    {
        "id": "qt19-19",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm?news_id=7403",
        "title": "Large Wind Power Plants Proposed for Wisconsin and Nevada",
        "published": "2004-07-21",
        "truncated": True,
        "note": "Department of Energy, EERE Network News item. Removed: 'This is an excerpt from "
                "EERE Network News, a weekly electronic newsletter.', the date line (moved to "
                "published) and the headline (moved to title). Cut by the store after 'The "
                "proposals aim to alleviate investors' concerns about the financial status'; "
                "kept to the last complete sentence. Decisions: 'the first 20 years of "
                "operation' spans '20 years' (duration; 'first' is not a quantity here); 'each "
                "two megawatts in capacity' is power; 'six to nine months later' anchors a point "
                "in time (like 'ago') and is not annotated; 'August 2005', 'late spring of 2005' "
                "are dates.",
        "paragraphs": [
            "Wind energy companies are continuing to plan for the future, as large wind power "
            "plants are under development in Wisconsin and Nevada.",
            "In Wisconsin, Invenergy Wind LLC is planning to build a 60-megawatt wind power plant "
            "near Brownsville, about 60 miles northwest of Milwaukee. Wisconsin Public Power Inc. "
            "(WPPI) and Madison Gas and Electric (MGE) have teamed up to buy all the power from "
            "the new facility for the first 20 years of operation. Called the Forward Energy "
            "Center, the new wind plant is expected to begin operating in August 2005. See the "
            "press releases from WPPI and MGE.",
            "In Nevada, Navitas Energy has submitted a proposal to the Bureau of Land Management "
            "(BLM) Winnemucca Field Office to build an 80-megawatt wind power plant in the Dry "
            "Hills, about 22 miles northeast of Winnemucca in the north-central part of the "
            "state. Called the Getchell Wind Farm, the facility will consist of 40 wind turbines, "
            "each two megawatts in capacity. Although the BLM is just starting the environmental "
            "review process for the proposed wind plant, Navitas intends to begin construction "
            "in late spring of 2005, with commercial operation starting six to nine months "
            "later. See the press release from the BLM Winnemucca Field Office.",
            "Nevada aims to boost renewable energy development in the state by providing "
            "investors with \"additional reasonable guarantees that they will receive a fair "
            "return on their investments,\" according to Governor Kenny Guinn. New regulatory "
            "and legislative proposals would give the Nevada Public Utilities Commission (PUC) "
            "the authority to create a \"Temporary Renewable Energy Development\" trust to "
            "receive renewable energy payments from the utilities' customers and make scheduled "
            "payments to renewable developers for energy delivered to utilities.",
        ],
        "quantities": [
            mw("60-megawatt", 60, "Forward Energy Center wind plant near Brownsville"),
            q("about 60 miles", 60, "mile", "length",
              "distance of Brownsville northwest of Milwaukee", approx=True),
            q("20 years", 20, "year", "duration",
              "period WPPI and MGE buy the plant's power"),
            mw("80-megawatt", 80, "Getchell Wind Farm in the Dry Hills"),
            q("about 22 miles", 22, "mile", "length",
              "distance of the Dry Hills northeast of Winnemucca", approx=True),
            count("40 wind turbines", 40, "turbines", "turbines of the Getchell Wind Farm"),
            mw("two megawatts", 2, "capacity of each Getchell turbine"),
        ],
    },
    {
        "id": "qt19-20",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=9223",
        "title": "At Mid-Year, 2005 is Third-Warmest Year on Record",
        "published": "2005-07-27",
        "truncated": False,
        "note": "Department of Energy, EERE Network News item (reporting NOAA's National Climatic "
                "Data Center). Removed: 'This is an excerpt from EERE Network News, a weekly "
                "electronic newsletter.', the date line (moved to published) and the headline "
                "(moved to title). Decisions: 'the first six months of the year' spans 'six "
                "months' (duration); '1.04 degrees Fahrenheit' and '0.2 degrees' (the scale "
                "given by the sentence) are fahrenheit anomalies; 'third-warmest', 'second "
                "warmest' are ranks; 'Stage Two' is an emergency level, not a quantity; 'below "
                "five percent' is approximate; 'July 21st', 'July 22nd' are dates.",
        "paragraphs": [
            "As of the end of June, 2005 is shaping up to be the third-warmest year on record in "
            "terms of average global temperatures. On July 14th, the National Climatic Data "
            "Center (NCDC) released its mid-year summary of U.S. and global average "
            "temperatures, which found that the average global temperature for the first six "
            "months of the year was 1.04 degrees Fahrenheit above the long-term average; 1998, "
            "the warmest year on record, was 0.2 degrees higher. Last month was also the second "
            "warmest June on record and was the warmest June on record in terms of the "
            "temperatures over land. See the NCDC's \"Climate of 2005.\"",
            "July is not yet over, but it is shaping up to be a warm one in much of the United "
            "States. Utilities across the country have been hitting new record power demands in "
            "the heat; in California, the power grid operator declared a Stage Two electrical "
            "emergency for southern California on July 21st and again on July 22nd. A Stage Two "
            "is declared when operating reserves drop below five percent, leading the grid "
            "operator to request voluntary load reductions and the cycling of residential air "
            "conditioning systems. See the press releases from the California Independent "
            "System Operator.",
        ],
        "quantities": [
            q("six months", 6, "month", "duration", "period of the 2005 mid-year summary"),
            q("1.04 degrees Fahrenheit", 1.04, "fahrenheit", "other",
              "global temperature above the long-term average, first half of 2005"),
            q("0.2 degrees", 0.2, "fahrenheit", "other",
              "how much warmer 1998 was than the first half of 2005"),
            q("below five percent", 5, "percent", "percent",
              "operating reserves that trigger a Stage Two emergency", approx=True),
        ],
    },
    {
        "id": "qt19-21",
        "source": "usgov:www.state.gov",
        "url": "https://www.state.gov/to-walk-the-earth-in-safety-22nd-edition-u-s-global-leadership-in-landmine-clearance-and-conventional-weapons-destruction/",
        "title": "To Walk the Earth in Safety, 22nd Edition: U.S. Global Leadership in Landmine Clearance and Conventional Weapons Destruction",
        "published": None,
        "truncated": True,
        "note": "Department of State, Bureau of Political-Military Affairs. Removed: the .gov "
                "banner ('An official website of the United States Government Here's how you "
                "know ... official, secure websites.') and the bullet sign before the last "
                "paragraph; title from the URL slug. The stored page shows no date: published "
                "null (the report covers fiscal year 2022). Cut by the store inside the next "
                "bullet ('... diversion to criminals and'); kept to the last complete item. "
                "Decisions: '22nd edition' is an ordinal; 'since 1993' and 'In fiscal year "
                "2022' are dates; 'more than 120 countries and areas' spans 'more than 120 "
                "countries'. Double spaces after periods kept as stored.",
        "paragraphs": [
            "The United States remains the world’s single largest financial supporter of global "
            "conventional weapons destruction efforts, which promote international peace and "
            "security by reducing humanitarian hazards from landmines and explosive remnants of "
            "war in post-conflict communities.  The United States also partners with nations "
            "worldwide to increase accountability and combat illicit diversion of "
            "poorly-secured or otherwise at-risk small arms and light weapons, including "
            "man-portable air-defense systems (MANPADS), and ammunition.",
            "Today’s release of the 22nd edition of To Walk the Earth in Safety, the Department "
            "of State’s annual report summarizing the accomplishments of the U.S. Conventional "
            "Weapons Destruction Program, highlights the United States’ enduring commitment to "
            "making post-conflict communities safer.  This sets the stage for their recovery and "
            "development and improves international security by making it harder for "
            "terrorists, drug traffickers, and others to obtain the weapons and ammunition that "
            "fuel instability and undermine the rule of law.",
            "The United States is the world’s leading financial supporter of conventional "
            "weapons destruction, providing more than $4.6 billion in assistance to more than "
            "120 countries and areas since 1993.  In fiscal year 2022, the United States funded "
            "conventional weapons destruction efforts in more than 65 countries and areas with "
            "more than $376 million.",
        ],
        "quantities": [
            q("more than $4.6 billion", 4600000000, "USD", "money",
              "U.S. conventional weapons destruction assistance since 1993", approx=True),
            count("more than 120 countries", 120, "countries and areas",
                  "countries and areas assisted since 1993", approx=True),
            count("more than 65 countries", 65, "countries and areas",
                  "countries and areas funded in fiscal year 2022", approx=True),
            q("more than $376 million", 376000000, "USD", "money",
              "conventional weapons destruction funding in fiscal year 2022", approx=True),
        ],
    },
]

"""Readable source of the sealed quantities test set ``test21.jsonl`` (annotated blind by sqy21).

Each document gives its text as verbatim paragraphs of the page as the ``search`` tool's
``pages`` corpus stores it (page furniture removed, named in ``note``) and its quantities in text
order. A record names its span text; the builder (``../check_quantities_test21.py``, through
``check_quantities_test17.build`` and ``checklib.build_paragraph_docs``) finds it from the end of
the previous record (or after an ``after`` anchor) and fills the offsets and the normalized
fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``, ``about``,
``approx``, ``counted`` (for ``unit: "count"``).
"""

from checklib import quantity_record as q  # one definition for every quantities source


def person(text, value, about, approx=False, high=None, after=None):
    """Return a count-of-people record."""
    return q(text, value, "person", "count", about, approx, high, after=after)


def count(text, value, counted, about, approx=False, high=None, after=None):
    """Return a count-of-things record."""
    return q(text, value, "count", "count", about, approx, high, counted=counted, after=after)


def pct(text, value, about, approx=False, after=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, after=after)


def dur(text, value, unit, about, approx=False, high=None, after=None):
    """Return a duration record."""
    return q(text, value, unit, "duration", about, approx, high, after=after)


def other(text, value, unit, about, approx=False, high=None, after=None):
    """Return a record of kind other (power, energy, temperature, pressure, magnitude, age)."""
    return q(text, value, unit, "other", about, approx, high, after=after)


def rate(text, value, unit, about, approx=False, high=None, after=None):
    """Return a rate record (speeds included)."""
    return q(text, value, unit, "rate", about, approx, high, after=after)


MIRROR = ("The page is a copy of a Voice of America (Learning English or news) story on a "
          "language-learning mirror host; the text is VOA's (public domain). ")
FOOTNOTES = ("The mirror glues vocabulary-note numbers to some words (e.g. 'collapse1'); these "
             "inserted digits are not in VOA's text and were removed. ")

DOCS = [
    {
        "id": "qt21-01",
        "source": "usgov:www.usbr.gov",
        "url": "http://www.usbr.gov/youth/learn/water-management.cfm",
        "title": "Water Management (Bureau of Reclamation, Learn)",
        "published": "2012-06-25",
        "truncated": False,
        "note": "Department of the Interior, Bureau of Reclamation. Removed: the five slideshow "
                "captions at the top ('A stator in the third powerhouse at Grand Coulee.' ...) "
                "and the closing line 'Updated: June 25, 2012' (moved to published). Title "
                "written from the URL. Decisions: 'an acre-foot' in the parenthesis is a "
                "quantity (1 acre-foot, the amount that supplies a family); 'a family of four' "
                "spans 'four' (person); 'one out of five (or 140,000)' gives a fraction and a "
                "person count ('western' stands between number and noun); '10 million farmland "
                "acres' is one area span; 'each year' after '31 million people' is a separate "
                "frequency (count only); 'for the last 10 years' spans '10 years'.",
        "paragraphs": [
            "Reclamation's mission is to manage, develop and protect water and related resources "
            "in an environmentally and economically sound manner in the interest of the American "
            "public.",
            "Today, Reclamation is the nation's largest wholesale water supplier, operating 348 "
            "reservoirs with a total storage capacity of 245 million acre-feet (an acre-foot, "
            "325,851 gallons of water, supplies enough water for a family of four for one year). "
            "This water provides one out of five (or 140,000) western farmers with irrigation "
            "water for 10 million farmland acres that produce 60 percent of the nation's "
            "vegetables and one-quarter of its fresh fruit and nut crops.",
            "This water is delivered to more than 31 million people each year and generates more "
            "than 40 billion kilowatt-hours for the last 10 years making Reclamation the second "
            "largest producer of hydropower in the United States.",
            "Please visit our current water operations site to learn more about water operations "
            "at the Bureau of Reclamation.",
        ],
        "quantities": [
            count("348 reservoirs", 348, "reservoirs", "reservoirs operated by Reclamation"),
            q("245 million acre-feet", 245000000, "acre_foot", "volume",
              "total storage capacity of Reclamation reservoirs"),
            q("an acre-foot", 1, "acre_foot", "volume", "amount of water defined in the parenthesis"),
            q("325,851 gallons", 325851, "gallon", "volume", "water in one acre-foot"),
            person("four", 4, "size of the family an acre-foot supplies"),
            dur("one year", 1, "year", "period an acre-foot supplies a family"),
            q("one out of five", 0.2, "fraction", "percent", "share of western farmers supplied"),
            person("140,000", 140000, "western farmers supplied with irrigation water"),
            q("10 million farmland acres", 10000000, "acre", "area", "farmland irrigated"),
            pct("60 percent", 60, "share of the nation's vegetables produced"),
            q("one-quarter", 0.25, "fraction", "percent",
              "share of fresh fruit and nut crops produced"),
            person("more than 31 million people", 31000000, "people supplied each year",
                   approx=True),
            other("more than 40 billion kilowatt-hours", 40000000000, "kilowatt_hour",
                  "hydropower generated by Reclamation", approx=True),
            dur("10 years", 10, "year", "period of the generation figure"),
        ],
    },
    {
        "id": "qt21-02",
        "source": "usgov:www.nad.usace.army.mil",
        "url": "https://www.nad.usace.army.mil/Media/Images/igphoto/2000757139/",
        "title": "Long Beach Island coastal restoration (photo caption)",
        "published": None,
        "truncated": False,
        "note": "U.S. Army Corps of Engineers, North Atlantic Division: the stored page is one "
                "photo caption. Title written for the set. The page shows no year: the caption "
                "says 'July 2' (2013, the post-Sandy restoration), so published is null. "
                "Decisions: 'July 2' is a date; 'more than' and 'roughly' make both volumes "
                "approximate.",
        "paragraphs": [
            "A contractor prepares a project site July 2 for the pumping of replacement sand "
            "from an off-shore borrow area as part of a U.S. Army Corps of Engineers coastal "
            "restoration project on Long Beach Island, NJ. The Corps' Philadelphia District is "
            "managing the project. In total, more than 26 million cubic yards of sand will be "
            "placed along the coastline throughout the northeastern United States to restore "
            "coastal storm risk reduction projects previously built by the Corps that were "
            "severely impacted by Hurricane Sandy. The bulk of the sand, roughly 23 million cubic "
            "yards, will be placed in New York and New Jersey.",
        ],
        "quantities": [
            q("more than 26 million cubic yards", 26000000, "cubic_yard", "volume",
              "sand to be placed along the northeastern coastline", approx=True),
            q("roughly 23 million cubic yards", 23000000, "cubic_yard", "volume",
              "sand to be placed in New York and New Jersey", approx=True),
        ],
    },
    {
        "id": "qt21-03",
        "source": "usgov:businessdocbox.com",
        "url": "http://businessdocbox.com/Agriculture/107807284-World-agricultural-production.html",
        "title": "World Agricultural Production, December 2018 (USDA FAS Circular Series WAP)",
        "published": "2018-12-01",
        "truncated": True,
        "note": "USDA Foreign Agricultural Service circular, stored as a text transcription of the "
                "PDF on a document-sharing host (the text is USDA's, public domain). Removed: "
                "the host's header ('World Agricultural Production Size: px Start display at "
                "page: Download ... Transcription') and the PDF page numbers '1' and '2' at the "
                "start of the two paragraphs. Published is the first day of the issue month. "
                "Verbatim gap kept: '... which was harvested in Yield is estimated' (the PDF "
                "transcription drops words). Cut by the store inside 'this year rainfall was "
                "ple'; kept to the last complete sentence. Decisions: 'mmt' is million metric "
                "tons; '2018/19' is a marketing year (not a quantity); '5-year' average is a "
                "duration; 'December 4, 2018' is a date; '(7 percent)' after a tonnage is a "
                "separate percent.",
        "paragraphs": [
            "United States Department of Agriculture Foreign Agricultural Service Circular "
            "Series WAP December 2018 World Agricultural Ukraine Corn: Harvest Reports Cite "
            "Record USDA estimates Ukraine corn production for 2018/19 at a record 35.0 million "
            "metric tons (mmt), up 1.5 mmt from last month, up 10.9 mmt from last year and 4.1 "
            "mmt above the previous record crop which was harvested in Yield is estimated at "
            "7.78 metric tons per hectare, 4 percent above last month and 43 percent above last "
            "year. The high yield is attributed to favorable growing conditions throughout the "
            "season. The estimated harvested area is unchanged at 4.5 million hectares. The "
            "yield reported by the Ministry of Agrarian Policy and Food as of December 4, 2018 "
            "was 21 percent above the previous high for that date. Harvest is 97 percent "
            "complete and will continue until mid-december. (For more information, please "
            "contact Mark.Lindeman@fas.usda.gov.) Approved by the World Agricultural Outlook "
            "Board",
            "Romania Corn: Estimated Breaks 1984 Record Romania corn production for 2018/19 is "
            "estimated at a record 13.5 million metric tons (mmt), up 0.9 mmt (7 percent) from "
            "last month, up 1.6 mmt (13 percent) from last year, and 26 percent above the 5-year "
            "average. Area is estimated at 2.4 million hectares (mha), unchanged from last "
            "month, down 0.1 mha (4 percent) from last year, and down 6 percent from the 5-year "
            "average. Yield is estimated at a record 5.63 tons per hectare, up 7 percent from "
            "last month, up 18 percent from last year and up 34 percent from the 5-year average. "
            "While Romania is rich in arable land, it lacks substantial irrigation. Summer is "
            "often hot and dry which results in large variations in annual production. Harvest "
            "reports depict a very large 2018 crop due to plentiful summer rainfall.",
        ],
        "quantities": [
            q("35.0 million metric tons", 35000000, "metric_ton", "mass",
              "Ukraine corn production 2018/19"),
            q("1.5 mmt", 1500000, "metric_ton", "mass", "increase of Ukraine corn from last month"),
            q("10.9 mmt", 10900000, "metric_ton", "mass", "increase of Ukraine corn from last year"),
            q("4.1 mmt", 4100000, "metric_ton", "mass",
              "Ukraine corn above the previous record crop"),
            rate("7.78 metric tons per hectare", 7.78, "metric_ton/hectare",
                 "Ukraine corn yield"),
            pct("4 percent", 4, "Ukraine corn yield above last month"),
            pct("43 percent", 43, "Ukraine corn yield above last year"),
            q("4.5 million hectares", 4500000, "hectare", "area", "Ukraine corn harvested area"),
            pct("21 percent", 21, "reported yield above the previous high for that date"),
            pct("97 percent", 97, "share of the Ukraine corn harvest complete"),
            q("13.5 million metric tons", 13500000, "metric_ton", "mass",
              "Romania corn production 2018/19"),
            q("0.9 mmt", 900000, "metric_ton", "mass", "increase of Romania corn from last month"),
            pct("7 percent", 7, "increase of Romania corn from last month"),
            q("1.6 mmt", 1600000, "metric_ton", "mass", "increase of Romania corn from last year"),
            pct("13 percent", 13, "increase of Romania corn from last year"),
            pct("26 percent", 26, "Romania corn above the 5-year average"),
            dur("5-year", 5, "year", "period of the Romania production average"),
            q("2.4 million hectares", 2400000, "hectare", "area", "Romania corn area"),
            q("0.1 mha", 100000, "hectare", "area", "decrease of Romania corn area from last year"),
            pct("4 percent", 4, "decrease of Romania corn area from last year"),
            pct("6 percent", 6, "Romania corn area below the 5-year average"),
            dur("5-year", 5, "year", "period of the Romania area average"),
            rate("5.63 tons per hectare", 5.63, "metric_ton/hectare", "Romania corn yield"),
            pct("7 percent", 7, "Romania corn yield up from last month"),
            pct("18 percent", 18, "Romania corn yield up from last year"),
            pct("34 percent", 34, "Romania corn yield above the 5-year average"),
            dur("5-year", 5, "year", "period of the Romania yield average"),
        ],
    },
    {
        "id": "qt21-04",
        "source": "usgov:businessdocbox.com",
        "url": "http://businessdocbox.com/Agriculture/97533930-World-agricultural-production.html",
        "title": "World Agricultural Production, October 2018 (USDA FAS Circular Series WAP)",
        "published": "2018-10-01",
        "truncated": True,
        "note": "USDA Foreign Agricultural Service circular, stored as a text transcription of the "
                "PDF on a document-sharing host (USDA text, public domain). Removed: the host's "
                "header and the PDF page numbers '1' and '2'. Published is the first day of the "
                "issue month. Verbatim transcription gap kept ('down 1 percent from Area is "
                "estimated'). Cut by the store inside 'down slightly from l'; kept to the last "
                "complete sentence. Decisions: '28.7 million 480-pound bales' is a count of "
                "bales spanning '28.7 million' (a modifier stands between) plus the compound "
                "adjective '480-pound' (mass); 'over 1 million tons' and 'Over half' are "
                "approximate; 'two peanut growing seasons' spans 'two'; '3-percent' is a percent.",
        "paragraphs": [
            "United States Department of Agriculture Foreign Agricultural Service Circular "
            "Series WAP October 2018 World Agricultural India Peanuts: Below-Average Monsoon "
            "Impacts Peanut USDA estimates 2018/19 India peanut production at 4.7 million metric "
            "tons, down 18 percent from last month and down 29 percent from last year. The "
            "month-to-month decrease of over 1 million tons is due to reduced area and lower "
            "yields stemming from drought conditions in the main peanut producing area of Kutch "
            "in northwestern Gujarat. Area harvested is estimated at 4.7 million hectares, down "
            "6 percent from last month. Yield is estimated to reach 1.0 metric ton per hectare, "
            "down 23 percent from last year. There are two peanut growing seasons in India: "
            "kharif and rabi. The kharif crop accounts for 85 percent of the total output and is "
            "typically planted in late June and harvested in October. The rabi crop is planted "
            "from late October through January and is harvested in April. Approved by the World "
            "Agricultural Outlook Board",
            "Gujarat accounts for 40 percent of India s total peanut production during the "
            "kharif season. Over half of Gujarat s production is concentrated in the Kutch "
            "district. Cumulative rainfall was down 33 percent from the long-term average in the "
            "Saurashtra and Kutch districts. MODIS Normalized Difference Vegetation Index (NDVI) "
            "is showing weak crop vigor. (For more information, please contact "
            "Arnella.Trent@fas.usda.gov.) India Cotton: Weak 2018 Southwest Monsoon Impacts USDA "
            "estimates 2018/19 India cotton production at 28.7 million 480-pound bales, down 1 "
            "percent from Area is estimated at 12.3 million hectares, up 3 percent from last "
            "month and down slightly from last year. The 3-percent increase in area is due "
            "mainly to favorable prices during planting.",
        ],
        "quantities": [
            q("4.7 million metric tons", 4700000, "metric_ton", "mass",
              "India peanut production 2018/19"),
            pct("18 percent", 18, "decrease of India peanut production from last month"),
            pct("29 percent", 29, "decrease of India peanut production from last year"),
            q("over 1 million tons", 1000000, "metric_ton", "mass",
              "month-to-month decrease of India peanut production", approx=True),
            q("4.7 million hectares", 4700000, "hectare", "area", "India peanut area harvested"),
            pct("6 percent", 6, "decrease of India peanut area from last month"),
            rate("1.0 metric ton per hectare", 1.0, "metric_ton/hectare", "India peanut yield"),
            pct("23 percent", 23, "decrease of India peanut yield from last year"),
            count("two", 2, "growing seasons", "peanut growing seasons in India"),
            pct("85 percent", 85, "kharif share of peanut output"),
            pct("40 percent", 40, "Gujarat share of India kharif peanut production"),
            q("Over half", 0.5, "fraction", "percent",
              "share of Gujarat production in Kutch", approx=True),
            pct("33 percent", 33, "rainfall below the long-term average"),
            count("28.7 million", 28700000, "bales", "India cotton production 2018/19"),
            q("480-pound", 480, "pound", "mass", "weight of one cotton bale"),
            pct("1 percent", 1, "decrease of India cotton production"),
            q("12.3 million hectares", 12300000, "hectare", "area", "India cotton area"),
            pct("3 percent", 3, "increase of India cotton area from last month"),
            pct("3-percent", 3, "increase of India cotton area"),
        ],
    },
    {
        "id": "qt21-05",
        "source": "usgov:je.st",
        "url": "http://je.st/news/Hurricane-Maria-Public-Advisory-Number-35A,2394703.html",
        "title": "Hurricane Maria Public Advisory Number 35A",
        "published": "2017-09-25",
        "truncated": True,
        "note": "NOAA/NWS National Hurricane Center advisory (public domain) as reposted by a news "
                "aggregator. Removed: the aggregator's lines 'je.st', 'news', the headline "
                "(moved to title) and '2017-09-25 01:49:29| National Hurricane Center "
                "(Atlantic)' (published, UTC). The bulletin is stored as one run-on paragraph and "
                "kept so. Cut by the store inside 'with some decre'; kept to the last complete "
                "sentence. Decisions: product codes (WTNT35, KNHC 242349, TCPAT5, AL152017), "
                "clock times, latitude/longitude positions (29.7N 72.9W, 29.7 North, 72.9 West) "
                "are not quantities; 'ABOUT' makes both the miles and the kilometers "
                "approximate; '360 DEGREES' is a heading (degree, other); '947 MB' is millibar; "
                "'27.96 INCHES' is the same pressure in inches of mercury (inch_of_mercury, "
                "other); 'within 48 hours' is an approximate duration; '48-HOUR' is a compound "
                "adjective (duration); 'near 9 mph' is approximate.",
        "paragraphs": [
            "Issued at 800 PM EDT Sun Sep 24 2017 000 WTNT35 KNHC 242349 TCPAT5 BULLETIN Hurricane "
            "Maria Intermediate Advisory Number 35A NWS National Hurricane Center Miami FL "
            "AL152017 800 PM EDT Sun Sep 24 2017 ...MARIA CONTINUES MOVING NORTHWARD... SUMMARY OF "
            "800 PM EDT...0000 UTC...INFORMATION ---------------------------------------------- "
            "LOCATION...29.7N 72.9W ABOUT 410 MI...660 KM SSE OF CAPE HATTERAS NORTH CAROLINA "
            "MAXIMUM SUSTAINED WINDS...105 MPH...165 KM/H PRESENT MOVEMENT...N OR 360 DEGREES AT 9 "
            "MPH...15 KM/H MINIMUM CENTRAL PRESSURE...947 MB...27.96 INCHES WATCHES AND WARNINGS "
            "-------------------- CHANGES WITH THIS ADVISORY: None. SUMMARY OF WATCHES AND "
            "WARNINGS IN EFFECT: A Tropical Storm Watch is in effect for... * North of Surf City "
            "northward to the North Carolina/Virginia border * Albemarle and Pamlico Sounds A "
            "Storm Surge Watch is in effect for... * Cape Lookout to Duck Interests elsewhere "
            "along the Carolina and Mid-Atlantic coasts should monitor the progress of Maria. A "
            "Tropical Storm Watch means that tropical storm conditions are possible within the "
            "watch area, generally within 48 hours. A Storm Surge Watch means there is a "
            "possibility of life- threatening inundation, from rising water moving inland from "
            "the coastline, in the indicated locations during the next 48 hours. For a depiction "
            "of areas at risk, please see the National Weather Service Storm Surge Watch/Warning "
            "Graphic, available at hurricanes.gov. For storm information specific to your area, "
            "including possible inland watches and warnings, please monitor products issued by "
            "your local National Weather Service forecast office. DISCUSSION AND 48-HOUR OUTLOOK "
            "------------------------------ At 800 PM EDT (0000 UTC), the center of Hurricane "
            "Maria was located near latitude 29.7 North, longitude 72.9 West.",
        ],
        "quantities": [
            q("ABOUT 410 MI", 410, "mile", "length", "distance of Maria from Cape Hatteras",
              approx=True),
            q("660 KM", 660, "kilometer", "length", "distance of Maria from Cape Hatteras",
              approx=True),
            rate("105 MPH", 105, "mile/hour", "Maria maximum sustained winds"),
            rate("165 KM/H", 165, "kilometer/hour", "Maria maximum sustained winds"),
            other("360 DEGREES", 360, "degree", "heading of Maria's movement"),
            rate("9 MPH", 9, "mile/hour", "forward speed of Maria"),
            rate("15 KM/H", 15, "kilometer/hour", "forward speed of Maria"),
            other("947 MB", 947, "millibar", "Maria minimum central pressure"),
            other("27.96 INCHES", 27.96, "inch_of_mercury", "Maria minimum central pressure"),
            dur("within 48 hours", 48, "hour", "period in which watch conditions are possible",
                approx=True),
            dur("48 hours", 48, "hour", "period of the storm surge watch"),
            dur("48-HOUR", 48, "hour", "period of the outlook"),
        ],
    },
    {
        "id": "qt21-06",
        "source": "usgov:flhurricane.com",
        "url": "https://flhurricane.com/cyclone/wxstatement.php?id=904276",
        "title": "Hurricane Maria Advisory Number 30",
        "published": "2017-09-23",
        "truncated": True,
        "note": "NOAA/NWS National Hurricane Center advisory (public domain) as archived by a "
                "storm-tracking site. Removed: the site's lines ('Current Radar or Satellite "
                "Image', 'Flhurricane.com - Central Florida Hurricane Center ...', 'The Atlantic "
                "is quiet', 'Days since last H. Landfall ...', 'Show Selection:', 'Show plain - "
                "Location:', '#904276 (Received by flhurricane at: 10:55 AM 23.Sep.2017)'). The "
                "bulletin's own fixed-width lines are kept one per line. Cut by the store inside "
                "'maximum sustained winds have de'; kept to the last complete sentence. "
                "Decisions as in qt21-06: codes, clock times and positions are not quantities; "
                "'ABOUT' covers miles and kilometers; '340 DEGREES' is a heading; 'FOR THE NEXT "
                "SEVERAL DAYS' is vague and not annotated; 'near 8 mph' is approximate.",
        "paragraphs": [
            "TCPAT5",
            "BULLETIN",
            "Hurricane Maria Advisory Number 30",
            "NWS National Hurricane Center Miami FL AL152017",
            "1100 AM EDT Sat Sep 23 2017",
            "...DANGEROUS SURF AND RIP CURRENTS EXPECTED AT SOUTHEASTERN UNITED",
            "STATES BEACHES FOR THE NEXT SEVERAL DAYS...",
            "SUMMARY OF 1100 AM EDT...1500 UTC...INFORMATION",
            "-----------------------------------------------",
            "LOCATION...25.4N 72.3W",
            "ABOUT 245 MI...395 KM E OF ELEUTHERA ISLAND",
            "ABOUT 320 MI...515 KM E OF NASSAU",
            "MAXIMUM SUSTAINED WINDS...115 MPH...185 KM/H",
            "PRESENT MOVEMENT...NNW OR 340 DEGREES AT 8 MPH...13 KM/H",
            "MINIMUM CENTRAL PRESSURE...952 MB...28.12 INCHES",
            "WATCHES AND WARNINGS",
            "--------------------",
            "CHANGES WITH THIS ADVISORY:",
            "None.",
            "SUMMARY OF WATCHES AND WARNINGS IN EFFECT:",
            "There are no coastal watches or warnings in effect.",
            "Interests in the Bahamas and along the Carolina and Mid-Atlantic",
            "coasts should monitor the progress of Maria.",
            "For storm information specific to your area, please monitor products",
            "issued by your national meteorological service.",
            "DISCUSSION AND 48-HOUR OUTLOOK",
            "------------------------------",
            "At 1100 AM EDT (1500 UTC), the eye of Hurricane Maria was located",
            "near latitude 25.4 North, longitude 72.3 West. Maria is moving",
            "toward the north-northwest near 8 mph (13 km/h), but a turn toward",
            "the north is expected by this evening. A northward motion with a",
            "decrease in forward speed is forecast to then continue through",
            "Monday. On the forecast track, Maria will move away from the",
            "Bahamas into the open waters of the western Atlantic today.",
        ],
        "quantities": [
            q("ABOUT 245 MI", 245, "mile", "length", "distance of Maria from Eleuthera Island",
              approx=True),
            q("395 KM", 395, "kilometer", "length", "distance of Maria from Eleuthera Island",
              approx=True),
            q("ABOUT 320 MI", 320, "mile", "length", "distance of Maria from Nassau", approx=True),
            q("515 KM", 515, "kilometer", "length", "distance of Maria from Nassau", approx=True),
            rate("115 MPH", 115, "mile/hour", "Maria maximum sustained winds"),
            rate("185 KM/H", 185, "kilometer/hour", "Maria maximum sustained winds"),
            other("340 DEGREES", 340, "degree", "heading of Maria's movement"),
            rate("8 MPH", 8, "mile/hour", "forward speed of Maria"),
            rate("13 KM/H", 13, "kilometer/hour", "forward speed of Maria"),
            other("952 MB", 952, "millibar", "Maria minimum central pressure"),
            other("28.12 INCHES", 28.12, "inch_of_mercury", "Maria minimum central pressure"),
            dur("48-HOUR", 48, "hour", "period of the outlook"),
            rate("near 8 mph", 8, "mile/hour", "forward speed of Maria", approx=True),
            rate("13 km/h", 13, "kilometer/hour", "forward speed of Maria", approx=True),
        ],
    },
    {
        "id": "qt21-07",
        "source": "usgov:earthobservatory.nasa.gov",
        "url": "https://earthobservatory.nasa.gov/images/related/37992/amount-of-old-ice-in-arctic-hits-record-low-in-february-2009",
        "title": "Amount of Old Ice in Arctic Hits Record Low in February 2009 (related images)",
        "published": None,
        "truncated": False,
        "note": "NASA Earth Observatory 'related images' page: four short teasers of separate "
                "items, kept one per line. Title from the URL slug. The page shows no date. "
                "Decisions: 'about 30 years ago' anchors a point in time and is not a quantity; "
                "'In 1984', 'September 2016' are dates; 'only 110,000 square kilometers' spans "
                "'110,000 square kilometers' ('only' is not an approximation).",
        "paragraphs": [
            "In 1984, there were 1.86 million square kilometers of old ice spread across the "
            "Arctic at its yearly minimum extent. In September 2016, there were only 110,000 "
            "square kilometers of old ice left.",
            "In the Arctic, sea ice extent fluctuates with the seasons. It reaches its peak "
            "extent in March, near the end of Northern Hemisphere winter, and its minimum extent "
            "in September, at the end of the summer thaw. In September 2007, Arctic sea ice "
            "extent was the smallest area on record since satellites began collecting "
            "measurements about 30 years ago.",
            "A new NASA analysis has quantified for the first time the amount of “multi-year” "
            "ice that is being lost from the Arctic Ocean due to melting as opposed to export.",
            "Ice cover in the Sea of Okhotsk and Barents Sea are below normal, while other areas "
            "are closer to the average. But the overall trend of shrinking sea ice continues.",
        ],
        "quantities": [
            q("1.86 million square kilometers", 1860000, "square_kilometer", "area",
              "old Arctic ice at the 1984 minimum"),
            q("110,000 square kilometers", 110000, "square_kilometer", "area",
              "old Arctic ice left in September 2016"),
        ],
    },
    {
        "id": "qt21-08",
        "source": "usgov:gpm.nasa.gov",
        "url": "https://gpm.nasa.gov/mission-updates/trmm-news/widespread-rainfall-super-typhoon-vongfong",
        "title": "Widespread Rainfall With Super Typhoon Vongfong",
        "published": None,
        "truncated": False,
        "note": "NASA Global Precipitation Measurement mission update. Removed: the headline, "
                "printed twice (moved to title). The page shows no publication date (the "
                "overpass was October 8, 2014). Decisions: '2328 UTC' is a clock time; 'over "
                "6,000 people' is approximate; 'the next few days' is vague and not annotated.",
        "paragraphs": [
            "Vongfong was a super typhoon with wind maximum sustained winds of 145 kts (167 mph) "
            "when the TRMM satellite flew over on October 8, 2014 at 2328 UTC. Vongfong was the "
            "most powerful typhoon since super typhoon Haiyan that killed over 6,000 people after "
            "hitting the Philippines in November 2013. In the first image TRMM's Microwave Imager "
            "(TMI) shows that Vongfong was producing rainfall over a large area with heavy "
            "rainfall revealed in the eye wall and in multiple feeder bands. The small animation "
            "shows typhoon Vongfong's rainfall being overlaid on a MTSAT Visible/Infrared image.",
            "The Joint Typhoon Warning Center (JTWC) predicts that typhoon Vongfong will "
            "gradually weaken over the next few days while heading northward toward the main "
            "islands of Japan.",
        ],
        "quantities": [
            rate("145 kts", 145, "knot", "Vongfong maximum sustained winds"),
            rate("167 mph", 167, "mile/hour", "Vongfong maximum sustained winds"),
            person("over 6,000 people", 6000, "people killed by Typhoon Haiyan", approx=True),
        ],
    },
    {
        "id": "qt21-09",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/web/20161224190651/http://www.eia.gov/electricity/monthly/update/archive/june2016",
        "title": "Electricity Monthly Update (with data for April 2016)",
        "published": "2016-06-24",
        "truncated": True,
        "note": "U.S. Energy Information Administration page in the End of Term web archive. "
                "Removed: the navigation lines 'Electricity', '‹ See all Electricity Reports', "
                "the title (moved to title), the release-date line (published: 'Release Date: "
                "June 24, 2016') and 'Previous Issues', 'Highlights: April 2016'. The key "
                "indicator table is kept one cell group per line; leading spaces stripped. Cut "
                "by the store inside 'the terms of fu'; kept to the last complete sentence. "
                "Decisions: each table value takes its unit from the header line above it: "
                "'(Thousand MWh)' values are megawatt-hours ×1000 (e.g. 293,317 → 293,317,000 "
                "MWh, energy); '(cents/kWh)' 12.43 → 0.1243 USD/kilowatt_hour; '($/MMBtu)' 1.96 "
                "USD/MMBtu; '(Mcf)' 757,330 → 757,330,000 cubic feet; '(Thousand Tons)' values "
                "are plain tons ×1000, metric_ton by the guideline's rule for plain 'tons' "
                "(EIA's coal tons are short tons); 'Heating Degree-Days 317' is unit "
                "degree_day (other). Signed changes ('-0.3%') are negative percents. '12-month', "
                "'one-month' are compound adjectives (durations); 'the next two months' spans "
                "'two months'. 'Form EIA-923' is a name.",
        "paragraphs": [
            "Key Indicators",
            "April 2016 % Change from April 2015",
            "Total Net Generation",
            "(Thousand MWh)",
            "293,317 -0.3%",
            "Residential Retail Price",
            "(cents/kWh)",
            "12.43 -1.7%",
            "Retail Sales",
            "(Thousand MWh)",
            "266,376 -2.3%",
            "Heating Degree-Days 317 5.3%",
            "Natural Gas Price, Henry Hub",
            "($/MMBtu)",
            "1.96 -26.6%",
            "Natural Gas Consumption",
            "(Mcf)",
            "757,330 9.1%",
            "Coal Consumption",
            "(Thousand Tons)",
            "39,064 -19.5%",
            "Coal Stocks",
            "(Thousand Tons)",
            "196,163 17.0%",
            "Nuclear Generation",
            "(Thousand MWh)",
            "62,365 4.4%",
            "The total output over a 12-month period of U.S. electric generators fueled by "
            "natural gas surpassed those fueled by coal for first time in January 2016",
            "The rolling 12-month total of natural gas-fired generation in the United States "
            "ending in January 2016 was higher than the rolling total for coal-fired generation "
            "for the first time. Demonstrating that this was not a one-month anomaly, the "
            "running 12-month totals for natural gas continued to be higher in February, March, "
            "and April 2016.",
            "April 2015 was the first month that electricity generated from natural gas-fired "
            "sources was greater than generation from coal-fired sources. Coal-fired generation "
            "was greater the next two months, but every month through April 2016 thereafter - "
            "with the exception of January 2016 - natural gas-fired generation was greater. A "
            "recent EIA Short-Term Energy Outlook forecasts that 2016 will be the first calendar "
            "year when natural gas-fired generation will surpass coal-fired generation in the "
            "United States.",
            "Source: U.S. Energy Information Administration, Form EIA-923 Power Plant Operations "
            "Report",
        ],
        "quantities": [
            other("293,317", 293317000, "megawatt_hour", "U.S. total net generation, April 2016"),
            pct("-0.3%", -0.3, "change of net generation from April 2015"),
            rate("12.43", 0.1243, "USD/kilowatt_hour", "residential retail electricity price"),
            pct("-1.7%", -1.7, "change of residential retail price from April 2015"),
            other("266,376", 266376000, "megawatt_hour", "U.S. retail electricity sales, April 2016"),
            pct("-2.3%", -2.3, "change of retail sales from April 2015"),
            other("317", 317, "degree_day", "heating degree-days, April 2016"),
            pct("5.3%", 5.3, "change of heating degree-days from April 2015"),
            rate("1.96", 1.96, "USD/MMBtu", "Henry Hub natural gas price"),
            pct("-26.6%", -26.6, "change of Henry Hub price from April 2015"),
            q("757,330", 757330000, "cubic_foot", "volume", "natural gas consumption, April 2016"),
            pct("9.1%", 9.1, "change of natural gas consumption from April 2015"),
            q("39,064", 39064000, "metric_ton", "mass", "coal consumption, April 2016"),
            pct("-19.5%", -19.5, "change of coal consumption from April 2015"),
            q("196,163", 196163000, "metric_ton", "mass", "coal stocks, April 2016"),
            pct("17.0%", 17.0, "change of coal stocks from April 2015"),
            other("62,365", 62365000, "megawatt_hour", "U.S. nuclear generation, April 2016"),
            pct("4.4%", 4.4, "change of nuclear generation from April 2015"),
            dur("12-month", 12, "month", "period of the output comparison"),
            dur("12-month", 12, "month", "period of the rolling generation total"),
            dur("one-month", 1, "month", "length of a possible anomaly"),
            dur("12-month", 12, "month", "period of the running generation totals"),
            dur("two months", 2, "month", "period in which coal generation was greater"),
        ],
    },
    {
        "id": "qt21-10",
        "source": "usgov:pubs.usgs.gov",
        "url": "https://pubs.usgs.gov/publication/sir20195103?mimetype=dublincore",
        "title": "Withdrawal and consumption of water by thermoelectric power plants in the United States, 2015",
        "published": None,
        "truncated": False,
        "note": "U.S. Geological Survey publication record (Dublin Core XML). Kept: the text of "
                "the dc:description element only; the XML tags and the other elements "
                "(contributors, format, identifier 10.3133/sir20195103, language, publisher) "
                "removed; title from dc:title. dc:date gives only the year 2019, so published is "
                "null. Decisions: 'Bgal/d' is billion gallons per day (gallon/day rate); "
                "'about' and 'approximately' make the rates approximate; '1,122' spans the "
                "number only (modifiers stand between number and 'plants'); '7-percent' is a "
                "percent; 'for 2015', 'since 2010' are dates.",
        "paragraphs": [
            "The U.S. Geological Survey has developed models to estimate thermoelectric water use "
            "based on linked heat and water budgets. The models produced plant-level withdrawal "
            "and consumption estimates using consistent methods for 1,122 water-using, "
            "utility-scale thermoelectric power plants in the United States for 2015. Total "
            "estimated withdrawal for 2015 was about 103 billion gallons per day (Bgal/d), and "
            "total estimated consumption was about 2.7 Bgal/d. Model-estimated withdrawals "
            "decreased approximately 26 Bgal/d, or 20 percent, since 2010, and consumption "
            "decreased approximately 734 million gallons per day, or 21 percent. The decrease in "
            "thermoelectric water use between 2010 and 2015 can be attributed in part to a "
            "7-percent decrease in total thermoelectric utility-scale electricity production, a "
            "combination of decreased electricity production and closure of coal-fired plants "
            "with once-through cooling systems, and the increase of electricity production at "
            "natural gas combined-cycle plants, which are more energy- and water-efficient than "
            "conventional thermoelectric plants.",
        ],
        "quantities": [
            count("1,122", 1122, "thermoelectric power plants", "plants covered by the models"),
            rate("about 103 billion gallons per day", 103000000000, "gallon/day",
                 "thermoelectric water withdrawal in 2015", approx=True),
            rate("about 2.7 Bgal/d", 2700000000, "gallon/day",
                 "thermoelectric water consumption in 2015", approx=True),
            rate("approximately 26 Bgal/d", 26000000000, "gallon/day",
                 "decrease of withdrawals since 2010", approx=True),
            pct("20 percent", 20, "decrease of withdrawals since 2010"),
            rate("approximately 734 million gallons per day", 734000000, "gallon/day",
                 "decrease of consumption since 2010", approx=True),
            pct("21 percent", 21, "decrease of consumption since 2010"),
            pct("7-percent", 7, "decrease of thermoelectric electricity production"),
        ],
    },
    {
        "id": "qt21-11",
        "source": "usgov:webharvest.gov",
        "url": "https://webharvest.gov/peth04/20041015042434/http://www.tva.gov/power/powerfacts.htm",
        "title": "TVA Power Facts",
        "published": None,
        "truncated": True,
        "note": "Tennessee Valley Authority (a federal corporation) page in the 2004 federal web "
                "harvest. Removed: the navigation line ('Fossil-Fuel Generation Hydroelectric "
                "Power Nuclear Energy Transmission Our Customers Return to Power Main'), the "
                "headline (moved to title), the bullet signs, 'top of page' and the subheading "
                "'Fossil Power Highlights'. The page shows no date (it reports fiscal year "
                "2003; harvested 2004-10-15). Cut by the store inside 'Four of the pla'; kept to "
                "the last complete paragraph. Decisions: 'all but two of TVA's 59 coal-fired "
                "units' gives counts 'two' and '59'; 'in excess of 28,000 MW' is approximate; "
                "'five straight days' and 'two consecutive days' are durations spanning the "
                "modifier; '24-hour', '50-year' are compound adjectives; 'MW-hours' is "
                "megawatt-hours; 'Eight units–three at Colbert, two ..., two ... and one ...' "
                "are five counts; 'fiscal year 2003', 'Jan. 24, 2003' are dates.",
        "paragraphs": [
            "TVA produced more than 150 billion kilowatt-hours (kWh) of electricity and earned "
            "revenues of about $7 billion in fiscal year 2003, making it the largest public power "
            "provider in the nation.",
            "TVA met a record demand for power of 29,866 megawatts (MW) and set an all-time "
            "24-hour generation record of 584,278 MW-hours (MWh) on Jan. 24, 2003.",
            "TVA accomplished this using its unique and flexible mix of fossil, hydro and nuclear "
            "power generation, as well as renewable energy sources and a strong, reliable "
            "transmission system.",
            "During the peak, all but two of TVA's 59 coal-fired units and all but three of its "
            "72 combustion turbine peaking units were generating power for the system.",
            "The power system set a record when it met power demands in excess of 28,000 MW for "
            "five straight days in August 2003. Until then, there had been only four occasions "
            "in company history that the system load exceeded 28,000 MW for two consecutive "
            "days.",
            "Fossil fuel plants produced about 60 percent of TVA's total generation in fiscal "
            "year 2003, including almost 1 percent from combustion turbines.",
            "Nuclear power produced about 29 percent of TVA's generation, and hydro power "
            "produced 11 percent.",
            "TVA's renewable energy program, Green Power Switch®, generated the remainder of the "
            "fiscal year 2003 power.",
            "Fossil generating units continued to set production records.",
            "Eight units–three at Colbert, two at Widows Creek, two at Johnsonville and one at "
            "Gallatin–set all-time continuous run records.",
            "John Sevier Fossil Plant set an operation record in April 2003 when the plant's four "
            "units operated continuously for 121 days.",
            "TVA's Widows Creek Fossil Plant had exemplary performance, generating more than 10.2 "
            "million MWh of electricity–the most during a fiscal year in the plant's 50-year "
            "history.",
        ],
        "quantities": [
            other("more than 150 billion kilowatt-hours", 150000000000, "kilowatt_hour",
                  "electricity produced by TVA in fiscal year 2003", approx=True),
            q("about $7 billion", 7000000000, "USD", "money", "TVA revenues in fiscal year 2003",
              approx=True),
            other("29,866 megawatts", 29866, "megawatt", "TVA record power demand"),
            dur("24-hour", 24, "hour", "period of the generation record"),
            other("584,278 MW-hours", 584278, "megawatt_hour", "TVA all-time 24-hour generation"),
            count("two", 2, "coal-fired units", "coal-fired units not generating at the peak"),
            count("59", 59, "coal-fired units", "TVA coal-fired units"),
            count("three", 3, "peaking units", "combustion turbine units not generating at the peak"),
            count("72", 72, "peaking units", "TVA combustion turbine peaking units"),
            other("in excess of 28,000 MW", 28000, "megawatt", "power demand met in August 2003",
                  approx=True),
            dur("five straight days", 5, "day", "length of the August 2003 demand record"),
            count("four occasions", 4, "occasions", "earlier occasions of load above 28,000 MW"),
            other("28,000 MW", 28000, "megawatt", "system load threshold"),
            dur("two consecutive days", 2, "day", "length of the earlier high-load periods"),
            pct("about 60 percent", 60, "fossil share of TVA generation", approx=True),
            pct("almost 1 percent", 1, "combustion turbine share of TVA generation", approx=True),
            pct("about 29 percent", 29, "nuclear share of TVA generation", approx=True),
            pct("11 percent", 11, "hydro share of TVA generation"),
            count("Eight units", 8, "units", "units that set continuous run records"),
            count("three", 3, "units", "record units at Colbert"),
            count("two", 2, "units", "record units at Widows Creek"),
            count("two", 2, "units", "record units at Johnsonville"),
            count("one", 1, "units", "record units at Gallatin"),
            count("four units", 4, "units", "John Sevier plant units"),
            dur("121 days", 121, "day", "continuous operation of John Sevier's units"),
            other("more than 10.2 million MWh", 10200000, "megawatt_hour",
                  "Widows Creek generation in fiscal year 2003", approx=True),
            dur("50-year", 50, "year", "history of Widows Creek Fossil Plant"),
        ],
    },
    {
        "id": "qt21-12",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/states/state_news_detail.cfm/news_id=19534/state=TX",
        "title": "Largest Federally-Owned Wind Farm Breaks Ground",
        "published": "2013-08-21",
        "truncated": False,
        "note": "Department of Energy, EERE state news item. Removed: the headline (moved to "
                "title) and the date line (published). Decisions: 'five-turbine' is a count "
                "(compound adjective); '11.5 megawatt' is power; '35,000 metric tons per year' "
                "is one rate span; '47 million kilowatt-hours of electricity annually' spans the "
                "amount only ('annually' is a separate frequency); 'nearly 3,500 homes' is an "
                "approximate count; 'August 13', 'summer 2014' are dates.",
        "paragraphs": [
            "The Energy Department on August 13 broke ground on the nation’s largest "
            "federally-owned wind project at the Pantex Plant in Amarillo, Texas. Once completed, "
            "this five-turbine 11.5 megawatt project will power more than 60% of the plant and "
            "reduce carbon emissions by more than 35,000 metric tons per year. The Pantex Plant "
            "is the primary site for the assembly, disassembly, and maintenance of the United "
            "States’ nuclear weapons stockpile.",
            "Located on 1,500 acres east of the Pantex Plant, the wind farm will generate "
            "approximately 47 million kilowatt-hours of electricity annually—enough to power "
            "nearly 3,500 homes. The project is expected to complete construction and start "
            "generating electricity in summer 2014. See the Energy Department press release.",
        ],
        "quantities": [
            count("five-turbine", 5, "turbines", "turbines of the Pantex wind project"),
            other("11.5 megawatt", 11.5, "megawatt", "capacity of the Pantex wind project"),
            pct("more than 60%", 60, "share of the plant powered by the wind project", approx=True),
            rate("more than 35,000 metric tons per year", 35000, "metric_ton/year",
                 "carbon emission reduction", approx=True),
            q("1,500 acres", 1500, "acre", "area", "site of the wind farm"),
            other("approximately 47 million kilowatt-hours", 47000000, "kilowatt_hour",
                  "annual generation of the wind farm", approx=True),
            count("nearly 3,500 homes", 3500, "homes", "homes the wind farm could power",
                  approx=True),
        ],
    },
    {
        "id": "qt21-13",
        "source": "usgov:www1.eere.energy.gov",
        "url": "http://www1.eere.energy.gov/femp/news/news_detail.html?news_id=7169",
        "title": "Wind Powering America/FEMP Partnership Update",
        "published": "2002-02-01",
        "truncated": True,
        "note": "Department of Energy, Federal Energy Management Program news item. Removed: the "
                "headline (moved to title) and the date line (published). One character was "
                "changed: the store has U+FFFD (a mis-decoded non-breaking space) between "
                "'4,300' and 'megawatts'; it is written as a plain space. Verbatim error kept: "
                "'enough to met'. Cut by the store inside 'multiple procurements f'; kept to the "
                "last complete sentence. Decisions: '975,000 households annually' spans the "
                "count only; 'at least 5 percent' is approximate; 'At the end of 2001', 'In "
                "1999', 'by 2010' are dates.",
        "paragraphs": [
            "Wind power is the fastest growing energy technology in the world today. In the "
            "United States, wind power plant installations are expanding rapidly in many parts "
            "of the country. At the end of 2001, the installed U.S. wind capacity totaled 4,300 "
            "megawatts, enough to met the electricity needs of 975,000 households annually.",
            "The Federal Government supports the growth of wind energy with a variety of "
            "incentives, production tax credits, and renewable energy purchase requirements. In "
            "1999, the Wind Powering America (WPA) Initiative, challenged the Federal Government "
            "to obtain at least 5 percent of its electricity from wind by 2010 either through "
            "the direct use of wind power or through renewable power purchases.",
            "WPA is partnering with FEMP to assist Federal agencies with renewable power "
            "purchases and on-site wind installation. WPA can provide assistance with evaluating "
            "possible wind energy projects on Federal lands. In addition, WPA has anemometers "
            "available for loan to Federal agencies interested in finding out whether their site "
            "would be suitable for on-site wind turbines. See html for information on WPA "
            "activities in your region.",
            "Federal facilities located in states where traditional renewable power products are "
            "not available may be able to purchase renewable energy credits (REC), also known as "
            "\"green tags.\" In an REC transaction, the customer continues to purchase energy "
            "from its existing utility or power marketer and purchases the RECs from a different "
            "supplier. The two key benefits of RECs to Federal agencies are availability and "
            "lower cost. RECs are available anywhere in the United States, providing Federal "
            "agencies in any location the opportunity to purchase renewable power. The purchase "
            "of RECs versus receipt of actual power eliminates the need for, and thus the "
            "associated cost of, transmission and distribution.",
        ],
        "quantities": [
            other("4,300 megawatts", 4300, "megawatt", "installed U.S. wind capacity at the end of 2001"),
            count("975,000 households", 975000, "households",
                  "households whose electricity needs the capacity meets"),
            pct("at least 5 percent", 5, "federal electricity share from wind sought by 2010",
                approx=True),
            count("two", 2, "benefits", "key benefits of RECs to Federal agencies"),
        ],
    },
    {
        "id": "qt21-14",
        "source": "usgov:naturalresourcestoday.blogspot.com",
        "url": "https://naturalresourcestoday.blogspot.com/2012/12/noaa-2012-is-hottest-year-in-american.html",
        "title": "State of the Climate, November 2012 (NOAA NCDC, as quoted)",
        "published": None,
        "truncated": False,
        "note": "NOAA National Climatic Data Center text (State of the Climate national overview, "
                "November 2012; a US government work) quoted on a blog. Kept: only the quoted "
                "NCDC paragraph; removed: the blog's own sentences before and after it ('In its "
                "most recent State of the Climate report, released today, ...', 'The report "
                "indicates that ...'). The blog glues the next sentence to the quote without a "
                "space ('top ten warm.The report'); the kept text ends at 'top ten warm.'. Title "
                "written for the set; published null (the blog post is from December 2012). "
                "Decisions: 'first 11 months' spans '11 months'; '11-month' is a compound "
                "adjective; '3.3°F' and '1.0°F' are temperature differences (fahrenheit, as in "
                "earlier sets); '1934' is a date; 'top ten warm' is a rank.",
        "paragraphs": [
            "The January-November period was the warmest first 11 months of any year on record "
            "for the contiguous United States. The national temperature of 57.1°F was 3.3°F "
            "above the 20th century average, and 1.0°F above the previous record warm "
            "January-November of 1934. During the 11-month period, 18 states were record warm "
            "and an additional 24 states were top ten warm.",
        ],
        "quantities": [
            dur("11 months", 11, "month", "January-November period"),
            other("57.1°F", 57.1, "fahrenheit", "national temperature, January-November 2012"),
            other("3.3°F", 3.3, "fahrenheit", "2012 temperature above the 20th century average"),
            other("1.0°F", 1.0, "fahrenheit", "2012 temperature above the 1934 record"),
            dur("11-month", 11, "month", "January-November period"),
            count("18 states", 18, "states", "states record warm in January-November 2012"),
            count("24 states", 24, "states", "additional states top ten warm"),
        ],
    },
    {
        "id": "qt21-15",
        "source": "usgov:cybercemetery.unt.edu",
        "url": "https://cybercemetery.unt.edu/archive/oilspill/20130221214611/http://www.fossil.energy.gov/programs/reserves/spr/spr-facts.html",
        "title": "Strategic Petroleum Reserve - Quick Facts and Frequently Asked Questions",
        "published": None,
        "truncated": True,
        "note": "Department of Energy, Office of Fossil Energy page in the CyberCemetery federal "
                "web archive (captured 2013-02-21; the page shows no date, published null). "
                "Removed: the navigation lines ('About DOE Button Organization Button ...', "
                "'Search', 'US Department of Energy Seal and Header Photo', 'Science and "
                "Technology Button ...', '_DOE Office of Fossil Energy Web Site', 'You are here: "
                "...'), the two title lines (title) and the bullet signs. Kept up to the 'Big "
                "Hill' line: the stored page goes on with a 'West Hackberry' line that is itself "
                "cut ('... and 108 MMB'), and keeping it would put more than 12 volumes on one "
                "page (brief's limit), so the text ends at the Big Hill line (truncated: true). "
                "Decisions: 'MMB' is million barrels; '727 million barrel capacity' spans '727 "
                "million barrel'; list markers '1.', '2.' and the years '2008.', '2005.' "
                "heading the items are not quantities; 'just days before' is vague.",
        "paragraphs": [
            "The Strategic Petroleum Reserve is a U.S. Government complex of four sites with deep "
            "underground storage caverns created in salt domes along the Texas and Louisiana Gulf "
            "Coasts.  The caverns have a capacity of 727 million barrels and store emergency "
            "supplies of crude oil owned by the U.S. Government.",
            "Inventory",
            "Current inventory -  Click to open inventory update window",
            "Highest inventory -  The SPR was filled to its 727 million barrel capacity on "
            "December 27, 2009; the inventory of 726.6 million barrels was the highest ever held "
            "in the SPR.",
            "Previous inventory milestones -",
            "1. 2008.  Prior to Hurricane Gustav coming ashore on September 1, 2008, the SPR had "
            "reached 707.21 million barrels, the highest level ever held up until that date.  A "
            "series of emergency exchanges conducted after Hurricane Gustav, followed shortly "
            "thereafter by Hurricane Ike, reduced the level by 5.4 million barrels.",
            "2. 2005.  Prior to the 2008 hurricane releases, the former record had been reached "
            "in late August 2005, just days before Hurricane Katrina hit the Gulf Coast.  "
            "Hurricane Katrina emergency releases of both crude oil sales and exchanges (loans)  "
            "totaled 20.8 million barrels.",
            "Crude oil inventory distribution -",
            "1. Bryan Mound - holds 254 MMB in 20 caverns - 78 MMB sweet and 176 MMB sour.",
            "2. Big Hill - holds 170.1 MMB in 14 caverns - 73 MMB sweet and 98 MMB sour.",
        ],
        "quantities": [
            count("four sites", 4, "sites", "sites of the Strategic Petroleum Reserve"),
            q("727 million barrels", 727000000, "barrel", "volume", "capacity of the SPR caverns"),
            q("727 million barrel", 727000000, "barrel", "volume", "SPR capacity filled in 2009"),
            q("726.6 million barrels", 726600000, "barrel", "volume", "highest SPR inventory ever held"),
            q("707.21 million barrels", 707210000, "barrel", "volume",
              "SPR inventory before Hurricane Gustav"),
            q("5.4 million barrels", 5400000, "barrel", "volume",
              "reduction by emergency exchanges after Gustav and Ike"),
            q("20.8 million barrels", 20800000, "barrel", "volume",
              "Hurricane Katrina emergency releases"),
            q("254 MMB", 254000000, "barrel", "volume", "crude oil held at Bryan Mound"),
            count("20 caverns", 20, "caverns", "caverns at Bryan Mound"),
            q("78 MMB", 78000000, "barrel", "volume", "sweet crude at Bryan Mound"),
            q("176 MMB", 176000000, "barrel", "volume", "sour crude at Bryan Mound"),
            q("170.1 MMB", 170100000, "barrel", "volume", "crude oil held at Big Hill"),
            count("14 caverns", 14, "caverns", "caverns at Big Hill"),
            q("73 MMB", 73000000, "barrel", "volume", "sweet crude at Big Hill"),
            q("98 MMB", 98000000, "barrel", "volume", "sour crude at Big Hill"),
        ],
    },
    {
        "id": "qt21-16",
        "source": "voa:www.21voa.com",
        "url": "https://www.21voa.com/Special_English/us-western-fires-71255.html",
        "title": "Dozens of Wildfires Burn US West",
        "published": "2016-08-26",
        "truncated": False,
        "note": MIRROR + "VOA Learning English ('The staff at VOA News wrote this story. Jim "
                "Dresbach adapted it for Learning English.'). Removed: the headline (title), the "
                "date line (published), the photo caption 'Yellowstone Wildfires' (printed "
                "twice) and the closing 'We want to hear from you.'. Decisions: 'thousands of "
                "hectares' is a vague plural (2000 hectares, approximate) spanning the unit; "
                "'Seven new fires' spans 'Seven'; '15,000-hectare' and '20-kilometer' are "
                "compound adjectives; 'about one week' is an approximate duration; 'more than' "
                "is taken to qualify '100 homes' only; 'One fire ... Another fire' are "
                "enumerating determiners, not counts; 'the first half of the Twentieth Century' "
                "is a period reference and not annotated.",
        "paragraphs": [
            "Fires in the western United States have burned thousands of hectares of land. The "
            "fires have forced people to leave their homes in California and in the state of "
            "Washington.",
            "The National Interagency Fire Center reported 32 fires in the western states. Seven "
            "new fires were reported by the middle of the week. Hot, dry winds this week have "
            "helped spread the fires.",
            "The area around the city of Spokane, Washington is the center of firefighting "
            "efforts. Firefighter reinforcements have arrived in the area. Governor Jay Inslee "
            "declared a state of emergency in 20 counties in Washington.",
            "The governor linked the latest fires to climate change and dead trees in the area's "
            "forests.",
            "Firefighters in California's San Luis Obispo County have controlled a part of the "
            "15,000-hectare fire. That fire is burning in Central California. It was threatening "
            "the historic Hearst Castle. The castle was home to William Randolph Hearst, a famous "
            "American newspaper publisher in the first half of the Twentieth Century.",
            "By Tuesday, officials said the castle was no longer in danger from the fire. A shift "
            "in the wind pushed the blaze away from the castle.",
            "Investigators in Southern California searched for the cause of a huge fire in San "
            "Bernardino County. That fire burned for about one week. The blaze destroyed more "
            "than 100 homes and 200 buildings.",
            "Officials said the so-called Blue Cut fire was under control Tuesday.",
            "Small fires burned in two popular national parks in Wyoming. One fire closed a main "
            "road at the west entrance to Yellowstone National Park. Another fire stopped "
            "traffic on a 20-kilometer area of a road in Grand Teton National Park. At Grand "
            "Teton, people were asked to leave at least one campground because of the threat of "
            "fire.",
            "I'm Dan Friedell.",
            "The staff at VOA News wrote this story. Jim Dresbach adapted it for Learning "
            "English. Mario Ritter was the editor.",
        ],
        "quantities": [
            q("thousands of hectares", 2000, "hectare", "area",
              "land burned by fires in the western United States", approx=True),
            count("32 fires", 32, "fires", "fires reported in the western states"),
            count("Seven", 7, "fires", "new fires reported by midweek"),
            count("20 counties", 20, "counties", "Washington counties under a state of emergency"),
            q("15,000-hectare", 15000, "hectare", "area", "size of the San Luis Obispo County fire"),
            dur("about one week", 1, "week", "duration of the San Bernardino County fire",
                approx=True),
            count("more than 100 homes", 100, "homes", "homes destroyed by the Blue Cut fire",
                  approx=True),
            count("200 buildings", 200, "buildings", "buildings destroyed by the Blue Cut fire"),
            count("two", 2, "national parks", "Wyoming national parks with small fires"),
            q("20-kilometer", 20, "kilometer", "length",
              "stretch of road closed in Grand Teton National Park"),
            count("at least one campground", 1, "campgrounds", "campgrounds evacuated at Grand Teton",
                  approx=True),
        ],
    },
    {
        "id": "qt21-17",
        "source": "voa:m.moreplr.com",
        "url": "https://m.moreplr.com/broadcast/202008/616325.shtml",
        "title": "Death Valley Reaches Highest Temperature in 100 Years",
        "published": "2020-08-17",
        "truncated": True,
        "note": MIRROR + "VOA Learning English (by Jonathan Evans, 17 August 2020: date from another "
                "mirror of the same story). Removed: the mirror's Chinese navigation and header "
                "lines, two lines of scrambled characters inserted by the mirror, and the "
                "headline (title). Cut by the store inside 'other signs of heat i'; kept to the "
                "last complete sentence. Decisions: '54.4 Celsius', '56.7 Celsius', '55.0°C' are "
                "celsius; '85.9 meters below sea level' spans '85.9 meters'; 'at least 4 liters "
                "of water each day' spans the approximate amount only ('each day' is a separate "
                "frequency, like 'annually' in the guideline); '3:41 p.m.', 'July 10, 1913' are "
                "a clock time and a date.",
        "paragraphs": [
            "The National Weather Service's (NWS) measuring system recorded a temperature of 54.4 "
            "Celsius at Death Valley in eastern California on Sunday.",
            "The temperature was recorded at 3:41 p.m. local time at Furnace Creek in Death "
            "Valley. In a statement, the NWS said, \"If verified, this will be the hottest "
            "temperature officially verified since July of 1913, also at Death Valley. As this is "
            "an extreme temperature event, the recorded temperature will need to undergo a formal "
            "review.\"",
            "The World Meteorological Organization (WMO) says the record for the highest "
            "temperature was 56.7 Celsius set on July 10, 1913 in Death Valley. And the highest "
            "temperature for the Eastern hemisphere was set in July 1931 in Kebili, Tunisia, at "
            "55.0°C. However, the WMO notes that weather historians have questioned the accuracy "
            "of these old temperature records.",
            "The organization said Monday on the social media service Twitter that it also will "
            "work to verify Sunday's measurement.",
            "The U.S. National Park Service says Death Valley is \"famous as the hottest place on "
            "earth and driest place in North America.\" The desert area also includes Badwater "
            "Basin, the lowest point in North America at 85.9 meters below sea level. During the "
            "summer, the heat is trapped by the high valley walls and heated even more by the air "
            "pressure at its low point.",
            "Visitors are warned to drink at least 4 liters of water each day and to carry "
            "additional water in their cars.",
        ],
        "quantities": [
            other("54.4 Celsius", 54.4, "celsius", "temperature recorded at Death Valley"),
            other("56.7 Celsius", 56.7, "celsius", "record highest temperature, 1913"),
            other("55.0°C", 55.0, "celsius", "highest temperature of the Eastern hemisphere"),
            q("85.9 meters", 85.9, "meter", "length", "depth of Badwater Basin below sea level"),
            q("at least 4 liters", 4, "liter", "volume", "water visitors should drink each day",
              approx=True),
        ],
    },
    {
        "id": "qt21-18",
        "source": "voa:m.tingclass.net",
        "url": "https://m.tingclass.net/show-9286-307855-1.html",
        "title": "Bringing Electricity to Africa's Underserved",
        "published": None,
        "truncated": True,
        "note": MIRROR + "Removed: the mirror's Chinese header lines ('VOA常速英语:...', '教程:2014年"
                "12月VOA常速英语 浏览:1369', player controls) and the headline (title). The story "
                "is from December 2014 (the mirror's category); no day is given, so published "
                "is null. Cut by the store inside '55.5 perce'; kept to the last complete "
                "sentence. Verbatim misspelling kept: 'Megawats' (annotated as megawatt). "
                "Decisions: 'more than 5 million African homes' spans 'more than 5 million' (a "
                "modifier stands between); 'last year' is a date reference; 'one part of the "
                "equation' is an idiom.",
        "paragraphs": [
            "Lack of inexpensive, reliable energy delivery is one of the chief obstacles to "
            "growth and development in much of Asia and sub-Saharan Africa. Yet today, nearly "
            "seventy percent of sub-Saharan Africans lack access to electricity. This, despite "
            "the fact that the region has tremendous energy resources, ranging from geothermal, "
            "solar, wind and hydro power to significant reserves of natural gas.",
            "That is why last year, President Barack Obama announced Power Africa – a "
            "public-private initiative, led by the U.S. Agency for International Development, or "
            "USAID, that will significantly increase generation and distribution of power in "
            "Sub-Saharan Africa.",
            "“In the 16 months since its launch, Power Africa’s partnerships with African "
            "governments, private investors, other donors, and developers have already begun to "
            "bring benefits to the people of Africa,” said USAID’s Eric Postel, Assistant to the "
            "Administrator for Africa.",
            "The Power Africa initiative helps governments identify the reasons why projects to "
            "improve electricity generation and distribution are lagging, and works with them to "
            "remove the obstacles as they are identified. Power Africa also works with the "
            "private sector to help companies invest in power generation and distribution.",
            "“Power Africa has already helped to financially close deals that will generate more "
            "than 3,000 Megawats, which has the potential to provide power for more than 5 "
            "million African homes, service providers, and businesses,” said Mr. Postel.",
            "Generating sufficient power is one part of the equation. Delivering it to those who "
            "need it is another.",
        ],
        "quantities": [
            pct("nearly seventy percent", 70, "sub-Saharan Africans without electricity",
                approx=True),
            dur("16 months", 16, "month", "time since the launch of Power Africa"),
            other("more than 3,000 Megawats", 3000, "megawatt",
                  "generation from deals closed by Power Africa", approx=True),
            count("more than 5 million", 5000000, "homes, service providers, and businesses",
                  "African homes and businesses that could get power", approx=True),
        ],
    },
    {
        "id": "qt21-19",
        "source": "voa:tingroom.com",
        "url": "http://tingroom.com/voa/2015/2/299064.html",
        "title": "Power Outages Renew Interest in Renewable Energy",
        "published": None,
        "truncated": True,
        "note": MIRROR + FOOTNOTES + "Removed: the mirror's language menu, header line "
                "('VOA慢速英语2015 电力短缺倒逼对再生能源的兴趣', time and source line) and the "
                "bilingual headline (title). The mirror dates it 2015-02-22 (VOA's own date is "
                "not shown), so published is null. Cut by the store inside 'about 30,000 meg'; "
                "kept to the last complete sentence. Decisions: 'the next few months' is vague; "
                "'since 1994' is a date; '27 old power plants' spans '27'.",
        "paragraphs": [
            "South Africa’s state power company, Eskom, is struggling to meet demand for "
            "electricity in the country. The company has put in place an aggressive plan for "
            "limiting the amount of electricity it supplies to prevent a collapse of the "
            "electrical system.",
            "However, the unpredictability of the system is causing some South Africans to "
            "become self-sufficient. These people have begun producing energy in their own "
            "homes. Many are choosing renewable forms of energy.",
            "The South African state power company Eskom has a big problem. The company provides "
            "about 95% of South Africa’s electricity. But Eskom officials have said there is a "
            "strong probability of controlled power cuts almost every day for the next few "
            "months. They say the company may have to do this to avoid a total collapse of the "
            "system, known as an electrical grid.",
            "Observers say a number of problems are partly to blame. They include a failure to "
            "make much-needed repairs, a lack of investment and non-cost reflective tariffs, or "
            "taxes. The company has added seven million people to the electrical grid since "
            "1994. Delays in building new power centers have meant that Eskom has overextended "
            "the operation of 27 old power plants.",
            "Some South Africans are considering other power sources to reduce their dependence "
            "on the electrical grid. Currently, renewable energy provides only about two percent "
            "of the country’s power requirements.",
        ],
        "quantities": [
            pct("about 95%", 95, "Eskom's share of South Africa's electricity", approx=True),
            person("seven million people", 7000000, "people added to the electrical grid since 1994"),
            count("27", 27, "power plants", "old power plants whose operation was overextended"),
            pct("about two percent", 2, "renewable share of South Africa's power requirements",
                approx=True),
        ],
    },
    {
        "id": "qt21-20",
        "source": "voa:www.kekenet.com",
        "url": "http://www.kekenet.com/broadcast/202105/634017.shtml",
        "title": "World’s Glaciers Melting Faster than Ever",
        "published": None,
        "truncated": True,
        "note": MIRROR + "Removed: the mirror's Chinese navigation and header lines, the lines of "
                "scrambled characters the mirror inserts between paragraphs, the image file "
                "name line, and the headline (title). May 2021 per the mirror's URL; published "
                "null. Cut by the store inside 'and is from the burning '; kept to the last "
                "complete sentence. Decisions: '298 billion metric tons of ice and snow per "
                "year' is one rate (an inserted 'of X' noun); '15 years ago', '20 years ago' "
                "anchor points in time (not quantities); '7.2 meters of water each year' spans "
                "the length only ('each year' is a separate frequency); 'about 35 meters a year' "
                "is one approximate rate (meter/year); 'twice' is a multiplier; 'Half' a "
                "fraction; 'Almost all' is not a quantity.",
        "paragraphs": [
            "The world's glaciers are melting quickly.",
            "Scientists from the magazine Nature looked at 20 years of satellite data of the "
            "world's 220,000 mountain glaciers. They found that since 2015, glaciers have lost "
            "298 billion metric tons of ice and snow per year. That is 31 percent more than 15 "
            "years ago, and enough ice melt to put Switzerland under 7.2 meters of water each "
            "year.",
            "Scientists say the melting is caused by climate change. They have long warned that "
            "warming temperatures are shrinking glaciers around the world.",
            "Romain Hugonnet studies glaciers at ETH Zurich and the University of Toulouse in "
            "France. He led the report. The thinning rate of glaciers is twice as high as it was "
            "20 years ago, and \"that's enormous,\" he said.",
            "Half of the world's glacier melt is in the United States and Canada.",
            "Alaska's melt rates are \"among the highest on the planet,\" Hugonnet said. Alaska's "
            "Columbia Glacier is losing about 35 meters a year, he added.",
            "Almost all of the world's glaciers are melting. Even glaciers that used to be solid "
            "are now melting, such as ones in Tibet.",
        ],
        "quantities": [
            dur("20 years", 20, "year", "period of satellite data studied"),
            count("220,000", 220000, "mountain glaciers", "mountain glaciers in the world"),
            rate("298 billion metric tons of ice and snow per year", 298000000000,
                 "metric_ton/year", "glacier mass lost since 2015"),
            pct("31 percent", 31, "increase of glacier loss over 15 years ago"),
            q("7.2 meters", 7.2, "meter", "length", "depth of water the yearly melt would cover Switzerland with"),
            q("twice", 2, "multiplier", "other", "glacier thinning rate compared with 20 years ago"),
            q("Half", 0.5, "fraction", "percent", "share of glacier melt in the United States and Canada"),
            rate("about 35 meters a year", 35, "meter/year", "loss of Columbia Glacier",
                 approx=True),
        ],
    },
    {
        "id": "qt21-21",
        "source": "voa:vshangxuetang.com",
        "url": "http://vshangxuetang.com/language_tips/auvideo/2010-04/07/content_9695812.htm",
        "title": "Deforestation Decreased Over the Past 10 Years",
        "published": None,
        "truncated": True,
        "note": MIRROR + "VOA Special English Agriculture Report (April 2010; the mirror's URL "
                "date is 2010-04-07; published null). The stored page has no headline; the "
                "title is the story's headline as other mirrors give it. Cut by the store inside "
                "'the rate'; kept to the last complete sentence. Decisions: 'the past ten "
                "years', 'the last ten years' span 'ten years'; 'just over four billion "
                "hectares' is approximate; 'About 13 million hectares of forest were cut down "
                "... each year' spans the amount only (separate frequency), while 'about 16 "
                "million hectares per year' and 'more than two million hectares a year' are "
                "rates (hectare/year); 'almost three and a half million hectares' = 3.5 million; "
                "'the last decade' spans 'decade' (10 years); 'the 1990s' and 'in 2010' are "
                "dates; 'The two countries' is a count.",
        "paragraphs": [
            "This is the VOA Special English Agriculture Report.",
            "The United Nations Food and Agriculture Organization says deforestation has "
            "decreased over the past ten years. But it still continues at a high rate in many "
            "countries. Deforestation is mainly caused by the cutting down of tropical forests to "
            "provide land for agriculture. The world's total forest area is just over four "
            "billion hectares. About 13 million hectares of forest were cut down or lost through "
            "natural causes each year in the last ten years. This compares with about 16 million "
            "hectares per year during the 1990s.",
            "The FAO study covers 233 countries and areas. The study found that Brazil and "
            "Indonesia have reduced their deforestation rates. The two countries had the highest "
            "loss of forests in the 1990s. In addition, the study noted tree-planting programs "
            "in countries such as China, India, Vietnam and the United States. These programs, "
            "along with natural expansion of forests in some areas, have added more than seven "
            "million hectares of new forests each year.",
            "South America and Africa had the highest yearly loss of forests during the last ten "
            "years. South America lost four million hectares. Africa lost almost three and a "
            "half million hectares. However, Asia gained more than two million hectares a year "
            "in the last decade. In North America and Central America, the forest area remained "
            "about the same. In Europe, it continued to expand, but at a slower rate than "
            "earlier.",
            "Eduardo Rojas is assistant director-general of F.A.O.'s Forestry Department. He "
            "said for the first time, the rate of deforestation has decreased around the world. "
            "This is the result of efforts taken at local and international levels. Mr. Rojas "
            "said countries have improved their forest policies and legislation. They have also "
            "provided forests for use by local communities and native peoples and for the "
            "protection of biological diversity. He said this is a welcome message in 2010 – the "
            "International Year of Biodiversity.",
        ],
        "quantities": [
            dur("ten years", 10, "year", "period over which deforestation decreased"),
            q("just over four billion hectares", 4000000000, "hectare", "area",
              "world's total forest area", approx=True),
            q("About 13 million hectares", 13000000, "hectare", "area",
              "forest lost each year in the last ten years", approx=True),
            dur("ten years", 10, "year", "period of the yearly forest loss figure"),
            rate("about 16 million hectares per year", 16000000, "hectare/year",
                 "forest loss during the 1990s", approx=True),
            count("233 countries", 233, "countries and areas", "countries and areas in the FAO study"),
            count("two countries", 2, "countries", "Brazil and Indonesia"),
            q("more than seven million hectares", 7000000, "hectare", "area",
              "new forest added each year", approx=True),
            dur("ten years", 10, "year", "period of the regional forest losses"),
            q("four million hectares", 4000000, "hectare", "area", "forest lost by South America"),
            q("almost three and a half million hectares", 3500000, "hectare", "area",
              "forest lost by Africa", approx=True),
            rate("more than two million hectares a year", 2000000, "hectare/year",
                 "forest gained by Asia", approx=True),
            dur("decade", 10, "year", "period of Asia's forest gain"),
        ],
    },
    {
        "id": "qt21-22",
        "source": "voa:tingroom.com",
        "url": "https://tingroom.com/mobile/?aid=524055&mid=3",
        "title": "Forest Losses Increased Again in 2020",
        "published": None,
        "truncated": True,
        "note": MIRROR + FOOTNOTES + "Removed: the mirror's header lines ('搜索关注在线英语听力室"
                "公众号...', '(单词翻译)'), the headline (title) and the subheadings 'How "
                "deforestation affects climate' and 'Gains in Indonesia'. The stored copy shows "
                "no date (the story is from 2021); published null. Cut by the store inside "
                "'There was some good news. Indo'; kept to the last complete paragraph. "
                "Decisions: 'in 2020', 'over 2019' are dates; 'COVID-19' is a name; '570 million "
                "cars' is a count; 'more than two times' and 'more than three times' are "
                "approximate multipliers; 'about the size of The Netherlands' is a comparison, "
                "not a quantity.",
        "paragraphs": [
            "The World Resources Institute (WRI) says the world lost 4.2 million hectares of "
            "forest land in 2020.",
            "The total area affected would be about the size of The Netherlands.",
            "The loss of forest in 2020 was a 12 percent increase over 2019.",
            "Climate change both causes forest loss, or deforestation, and is caused by "
            "deforestation. Scientists warn that climate change creates hotter and drier "
            "climates. As a result, forests are more vulnerable to fire and damaging insects. "
            "Plants are also important because they absorb carbon emissions that are blamed for "
            "causing climate change.",
            "Rod Taylor is head of WRI's forest program. He said forests hold large amounts of "
            "carbon. Taylor said losing them has \"irreversible\" effects on biodiversity and the "
            "climate.",
            "The International Monetary Fund estimates that the world economy shrank by 3.5 "
            "percent in 2020 because of the COVID-19 pandemic. But, deforestation continued to "
            "increase. The WRI says this was likely because lockdowns limited governments' "
            "ability to enforce laws against forest loss. People may have also moved out of "
            "cities into rural areas.",
            "However, the strongest effects of COVID-19 on forest loss are probably still to "
            "come. WRI researcher Frances Seymour said: \"It's likely that governments will try "
            "to restart their economies on the backs of forests.\"",
            "Areas near the Earth's equator lost a total of 12.2 million hectares of forest in "
            "2020. The loss released emissions equal to 570 million cars. That is more than two "
            "times the number of cars on the road in the United States.",
            "Brazil saw the largest decrease in forests. The 1.7 million hectares lost was a 25 "
            "percent increase from the previous year. The decline was more than three times "
            "higher than the next-highest country, the Democratic Republic of the Congo (DRC).",
        ],
        "quantities": [
            q("4.2 million hectares", 4200000, "hectare", "area", "forest land lost worldwide in 2020"),
            pct("12 percent", 12, "increase of forest loss over 2019"),
            pct("3.5 percent", 3.5, "shrinking of the world economy in 2020"),
            q("12.2 million hectares", 12200000, "hectare", "area",
              "forest lost near the equator in 2020"),
            count("570 million cars", 570000000, "cars", "cars equal to the emissions released"),
            q("more than two times", 2, "multiplier", "other",
              "570 million cars compared with cars on U.S. roads", approx=True),
            q("1.7 million hectares", 1700000, "hectare", "area", "forest lost by Brazil"),
            pct("25 percent", 25, "increase of Brazil's forest loss"),
            q("more than three times", 3, "multiplier", "other",
              "Brazil's decline compared with the DRC's", approx=True),
        ],
    },
    {
        "id": "qt21-23",
        "source": "voa:tingroom.com",
        "url": "https://tingroom.com/mobile/?aid=267791&mid=3",
        "title": "Deadly Typhoon Hits Philippines, Heads Toward China",
        "published": "2014-07-18",
        "truncated": True,
        "note": MIRROR + FOOTNOTES + "VOA Learning English 'As It Is', 2014-07-18 (date in the "
                "mirror's heading line). Removed: the mirror's header lines, the bilingual "
                "headline (title) and two photo captions (each printed twice). Cut by the store "
                "inside 'reach Hainan Island o'; kept to the last complete sentence. Decisions: "
                "'Hundreds of thousands' is a vague plural (200000, approximate); '130 "
                "kilometers per hour or more' keeps the trailing qualifier in the span "
                "(approximate); 'category one/three/four' are levels, not quantities.",
        "paragraphs": [
            "The powerful ocean storm Typhoon Rammasun is heading toward China after killing 38 "
            "people in the northern Philippines.",
            "Philippine officials say eight people are also missing after the storm moved across "
            "the main island of Luzon on Wednesday.",
            "Hundreds of thousands are still without electricity in the capital city, Manila, and "
            "surrounding areas.",
            "Philippine officials moved more than 400,000 people for safety reasons before the "
            "storm struck.",
            "They hoped to avoid what happened last November when Typhoon Haiyan killed 6,300 "
            "people.",
            "Falling trees were responsible for most of the deaths in the Philippines. In the "
            "city of Lucena, at least three people died when a wall collapsed on them.",
            "Rammasun means \"God of Thunder\" in the Thai language.",
            "On Thursday, it was considered a category one storm, a measure of storm strength "
            "based on wind speed.  At the time of this report, Typhoon Rammasun had winds "
            "measured at 130 kilometers per hour or more.",
            "Weather experts believe Typhoon Rammasun could gain speed as it moves over the warm "
            "water of the South China Sea.  The typhoon could then become a category three or "
            "even a category four storm.",
        ],
        "quantities": [
            person("38 people", 38, "people killed by Rammasun in the northern Philippines"),
            person("eight people", 8, "people missing after Rammasun"),
            person("Hundreds of thousands", 200000, "people without electricity in and around Manila",
                   approx=True),
            person("more than 400,000 people", 400000, "people moved before the storm", approx=True),
            person("6,300 people", 6300, "people killed by Typhoon Haiyan"),
            person("at least three people", 3, "people killed by a wall collapse in Lucena",
                   approx=True),
            rate("130 kilometers per hour or more", 130, "kilometer/hour", "Rammasun's winds",
                 approx=True),
        ],
    },
    {
        "id": "qt21-24",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/55116.html",
        "title": "Science in the News: Hurricane Katrina, five years later",
        "published": None,
        "truncated": True,
        "note": MIRROR + "VOA Special English 'Science in the News' (August 2010; no day shown, "
                "published null). The mirror inserts vocabulary-note numbers as separate "
                "tokens ('BOB DOUGHTY 1:', 'costliest 2 hurricane', 'Gulf 3 Coast'); they are "
                "not in VOA's text and were removed. Removed also: the mirror's header line "
                "('时间:2018-12-15 作者:英语课 分类:2010年VOA慢速英语(八)月 英语课') and a photo "
                "caption ('An image provided by National Oceanic and Atmospheric Administration "
                "taken July 22 ...'). Title written for the set. Cut by the store inside 'two "
                "hundred sixty-eight kilomete'; kept to the last complete sentence. Decisions: "
                "spelled-out dates ('August twenty-ninth, two thousand five') and 'the fifth "
                "anniversary' are not quantities; 'More than one thousand eight hundred people' "
                "= 1800 (approximate); 'more than one hundred thirty kilometers per hour' = 130.",
        "paragraphs": [
            "BARBARA KLEIN: This is SCIENCE IN THE NEWS, in VOA Special English. I’m Barbara "
            "Klein.",
            "BOB DOUGHTY: And I’m Bob Doughty. Today we remember Hurricane Katrina and tell about "
            "the science of severe ocean storms.",
            "(MUSIC)",
            "BARBARA KLEIN: Many Americans are observing the fifth anniversary of one of the "
            "nation’s worst natural disasters. Hurricane Katrina reached the state of Louisiana "
            "on the morning of August twenty-ninth, two thousand five. It was the costliest "
            "hurricane in American history, and one of the deadliest.",
            "Radio and television programs, concerts and films are recalling the storm and its "
            "effects on the nation. Literary readings and religious observances also are marking "
            "the event.",
            "Hurricane Katrina struck hardest in Louisiana, Mississippi and Alabama. Death and "
            "destruction from the hurricane and its effects extended along the Gulf Coast. More "
            "than one thousand eight hundred people were killed.",
            "BOB DOUGHTY: The storm formed over the Bahamas on August twenty-third, two thousand "
            "five. The next day, it grew strong enough for scientists to call it a tropical "
            "storm. Then it moved toward the United States. It first reached land in south "
            "Florida on August twenty-fifth.",
            "At that time, the National Hurricane Center said the winds were at a top continuing "
            "speed of more than one hundred thirty kilometers per hour. Experts identified the "
            "storm as a hurricane. They named it Katrina, and rated it as the least severe type "
            "of hurricane. Still, it caused flooding and killed people in Florida.",
            "BARBARA KLEIN: Hurricane Katrina weakened again after striking Florida. Later it "
            "moved to the Gulf of Mexico. The Gulf’s warm waters helped it gain strength.",
        ],
        "quantities": [
            person("More than one thousand eight hundred people", 1800, "people killed by Katrina",
                   approx=True),
            rate("more than one hundred thirty kilometers per hour", 130, "kilometer/hour",
                 "Katrina's winds at its Florida landfall", approx=True),
        ],
    },
    {
        "id": "qt21-25",
        "source": "voa:tingroom.com",
        "url": "http://tingroom.com/voa/2024/xwzz/566548.html",
        "title": "Limited Water Affects People around the World",
        "published": None,
        "truncated": True,
        "note": MIRROR + FOOTNOTES + "Removed: the mirror's header '(单词翻译:双击或拖选)', the "
                "headline (title) and the place subheadings 'Lima, Peru' and 'Jakarta, "
                "Indonesia'. April 2024 per the mirror; published null. Cut by the store inside "
                "'Seven of 10 househol'; kept to the last complete paragraph. Decisions: "
                "'50-year-old' and 'is 37' are ages (year, other); '1.5 million of the "
                "country's poorest people' spans '1.5 million'; '3,000 liters per week' and "
                "'almost 12,000 liters per week' are rates (liter/week); 'two times per week' is "
                "a rate (count/week); 'about 45 liters' is a volume; 'every day' is not a "
                "quantity.",
        "paragraphs": [
            "People around the world are worried that water for drinking, cooking and cleaning "
            "is getting harder to find. Many believe changes in their climate are affecting their "
            "ability to get water.",
            "The problem exists in places such as Corning, California; Lima, Peru; Jakarta, "
            "Indonesia; Ras El Ma, Morocco; Makueni County, Kenya, and Bawal, India.",
            "The United Nations says 2.2 billion people worldwide do not have safely managed "
            "drinking water.",
            "In Lima, Justina Flores lives with no running water. She is a 50-year-old "
            "grandmother who gets water from the government. With the supply, she washes her "
            "family's clothing by hand and then uses what is left to bathe her dog.",
            "The government gives water to 1.5 million of the country's poorest people. Big "
            "water trucks make their way up hills to get to places where people need it. Flores "
            "tries to limit her water use. She owns a washing machine, but it uses too much "
            "water. By washing clothes by hand, she saves about 45 liters. The family gets 3,000 "
            "liters per week. Official information says, in wealthier areas with running water, "
            "families use an average of almost 12,000 liters per week.",
            "Flores has worked in some of those homes. She said, there, people can take a bath "
            "every day. She said in her area of Lima, people can only wash themselves two times "
            "per week.",
            "In Indonesia's capital, Jakarta, people say it is difficult to get clean water.",
            "Devi Putri Eka Sari is 37. She has three children. Since she was a girl, she has had "
            "to purchase water from sellers who work in her low-income neighborhood. While the "
            "government installed water pipes and pumps, the water does not always come.",
            "Sari said, if the water did flow, she is not sure she would drink it. \"It's not "
            "healthy,\" she said. \"It's filled with bacteria that will make you sick.\" She said "
            "it also smells like chemicals.",
        ],
        "quantities": [
            person("2.2 billion people", 2200000000, "people without safely managed drinking water"),
            other("50-year-old", 50, "year", "age of Justina Flores"),
            person("1.5 million", 1500000, "poorest Peruvians given water by the government"),
            q("about 45 liters", 45, "liter", "volume", "water Flores saves by washing by hand",
              approx=True),
            rate("3,000 liters per week", 3000, "liter/week", "water the Flores family gets"),
            rate("almost 12,000 liters per week", 12000, "liter/week",
                 "average water use of families in wealthier areas", approx=True),
            rate("two times per week", 2, "count/week", "times people in her area can wash"),
            other("37", 37, "year", "age of Devi Putri Eka Sari"),
            person("three children", 3, "children of Devi Putri Eka Sari"),
        ],
    },
    {
        "id": "qt21-26",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/156481.html",
        "title": "Urban Water Supplies Strained in Dallas",
        "published": "2006-09-27",
        "truncated": True,
        "note": MIRROR + "VOA News (standard English) by Greg Flakus, Dallas, 27 September 2006 "
                "(byline and dateline moved to published). The mirror inserts vocabulary-note "
                "numbers as separate tokens ('arid 1 areas', 'Corps 5 of Engineers'); they are "
                "not VOA's and were removed. Removed also: the mirror's header line, 'watch "
                "Urban Water report' and two photo captions. Title written for the set (the "
                "stored copy has no headline). Cut by the store inside a quotation ('this part "
                "of Texas is more'); kept to the last complete sentence. Decisions: 'more than "
                "12 percent' and 'around five meters' are approximate; 'the past two years' "
                "spans 'two years'; 'one-and-a-half million people' = 1.5 million; 'the past "
                "couple of years' is vague and not annotated.",
        "paragraphs": [
            "As the populations of urban areas around the world continue to grow, the demand for "
            "water has also grown. In the arid areas of the western United States, growth in "
            "some metropolitan areas threatens to outstrip the supply of water.  VOA's Greg "
            "Flakus reports from Dallas, Texas, where water supplies are being strained.",
            "The population of Dallas and its suburbs has grown by more than 12 percent in recent "
            "years.",
            "The urban area relies for the most part on nearby reservoirs, artificial lakes, for "
            "its water.  But drought has reduced the volume of one of the principal lakes, Lake "
            "Lavon, which has dropped around five meters in the past two years.",
            "The lake is managed by the US Army Corps of Engineers.  The chief manager for Lake "
            "Lavon is Ken Robinson. \"What has happened is that the water gradually goes down "
            "and, as it does, the silt in the bottom of the lake holds the moisture,\" he "
            "explains, \"and so you get this green growth coming up on what is essentially, "
            "normally under water.\"",
            "The drop in water level has reduced the lake's recreational and aesthetic appeal.",
            "\"People like to build houses where they have a view of the lake, but they also like "
            "to have a lake that has water in it,\" says Robinson.",
            "The drop in Lake Lavon's water level has put some strain on the North Texas "
            "Municipal Water District, which uses water from the lake to supply "
            "one-and-a-half million people in the Dallas area.",
            "Executive Director Jim Parks says lower rainfall over the past couple of years is a "
            "reminder that water should not be taken for granted.",
        ],
        "quantities": [
            pct("more than 12 percent", 12, "growth of the population of Dallas and its suburbs",
                approx=True),
            q("around five meters", 5, "meter", "length", "drop of Lake Lavon's water level",
              approx=True),
            dur("two years", 2, "year", "period of Lake Lavon's drop"),
            person("one-and-a-half million people", 1500000,
                   "people supplied with water from Lake Lavon"),
        ],
    },
    {
        "id": "qt21-27",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/114733.html",
        "title": "Mexico earthquake rescue efforts",
        "published": None,
        "truncated": True,
        "note": MIRROR + "VOA Learning English, September 2017 (the mirror's category; published "
                "null). Removed: the mirror's header line ('时间:2019-01-03 作者:英语课 分类:"
                "2017年VOA慢速英语(九)月 英语课'). Title written for the set (the stored copy has "
                "no headline). Cut by the store inside 'The U.S. Geological '; kept to the last "
                "complete sentence. Decisions: 'exactly 32 years after' is a duration between "
                "two events (not an 'ago' anchor; 'exactly' is not approximate); '8.0 magnitude' "
                "and 'a magnitude of 7.1' (span '7.1') are magnitudes (other); 'less than two "
                "weeks' is an approximate duration; 'The 1985 earthquake' is a date.",
        "paragraphs": [
            "The earthquake that struck near Mexico City Tuesday came exactly 32 years after an "
            "8.0 magnitude quake hit the area.",
            "The 1985 earthquake killed nearly 10,000 people.",
            "Mexican officials say more than 200 people are confirmed dead following Tuesday’s "
            "quake. Many buildings were damaged, while others were destroyed.",
            "Rescue workers searched the capital and other areas on Wednesday in hopes of finding "
            "survivors.",
            "Mexican Interior Minister Miguel Osorio Chong says his country’s armed forces and "
            "police will continue working until they explore all possibilities of finding more "
            "people alive.",
            "Civilians joined the search and rescue teams shortly after the quake. They used "
            "heavy machinery and, in some cases their hands, to clear away wreckage from homes, "
            "schools and other buildings.",
            "Scientists say the earthquake had a magnitude of 7.1. The United States Geological "
            "Survey defines magnitude as a number that represents the relative size of a quake.",
            "The quake’s epicenter was near the city of Puebla, 120 kilometers southeast of "
            "Mexico City.",
            "Ken Hudnut is a science adviser with the U.S. Geological Survey in Pasadena, "
            "California. He told VOA that the land on which the buildings were set up could be a "
            "reason for the collapses.",
            "\"Some of the buildings are on old lake beds, and that can amplify the shaking and "
            "cause the shaking to last longer, and that can make for more damage.”",
            "On Tuesday, U.S. President Donald Trump sent a message of support on Twitter. He "
            "wrote, “God bless the people of Mexico City. We are with you and will be there for "
            "you.”",
            "On Wednesday, Israel announced plans to send 70 people to Mexico to help with rescue "
            "efforts. A military spokesman said the team will help examine buildings to identify "
            "their damage and safety levels.",
            "The earthquake hit less than two weeks after another quake killed more than 90 "
            "people in southern Mexico.",
        ],
        "quantities": [
            dur("exactly 32 years", 32, "year", "time between the 1985 and 2017 Mexico quakes"),
            other("8.0 magnitude", 8.0, "magnitude", "magnitude of the 1985 quake"),
            person("nearly 10,000 people", 10000, "people killed by the 1985 earthquake",
                   approx=True),
            person("more than 200 people", 200, "people confirmed dead after Tuesday's quake",
                   approx=True),
            other("7.1", 7.1, "magnitude", "magnitude of Tuesday's earthquake"),
            q("120 kilometers", 120, "kilometer", "length",
              "distance of the epicenter from Mexico City"),
            person("70 people", 70, "Israeli rescue team sent to Mexico"),
            dur("less than two weeks", 2, "week", "time since the earlier southern Mexico quake",
                approx=True),
            person("more than 90 people", 90, "people killed by the earlier quake in southern Mexico",
                   approx=True),
        ],
    },
    {
        "id": "qt21-28",
        "source": "voa:m.tingroom.com",
        "url": "https://m.tingroom.com/index.php?aid=219052&mid=3",
        "title": "Ethiopia Continues Dam Construction",
        "published": None,
        "truncated": False,
        "note": MIRROR + FOOTNOTES + "VOA News (standard English), July 2013 (the mirror dates it "
                "2013-07-16; published null). Removed: the mirror's header lines, the headline "
                "(title), the share line '分享到:' and the vocabulary list after the story. "
                "Decisions: '74 billion cubic meters of Nile waters' spans the volume; 'the next "
                "four years' spans 'four years'; '6000 megawatts' is power; '1708 meters long' "
                "and '145 meters high' are lengths; 'close to $5 billion' is approximate; 'since "
                "May', 'in 2017' are dates. Verbatim error kept: 'will be competed'.",
        "paragraphs": [
            "The massive construction of the Great Ethiopian Renaissance Dam continues despite "
            "sometimes angry protests from Egypt.",
            "At issue is - diverting part of the Blue Nile since May.",
            "The recently ousted Egyptian government feared the diversion would impact the Nile "
            "River flow - on which it is heavily dependent.",
            "All of this will be a reservoir with 74 billion cubic meters of Nile waters.  "
            "Ethiopia said it will gradually fill the reservoir in the coming years, leaving "
            "Egypt questioning how the reservoir can be filled without affecting the water flow, "
            "especially during periods of drought.",
            "Simegnew Bekele, one of the dam’s project managers, said better water management by "
            "both Egypt and Ethiopia will be the key. “The water will flow through these culverts "
            "permanently. That culverts will be part of the dam, which will be embedded, which "
            "will have gates and during any low flow the water will pass through the culverts "
            "because it will be installed at the normal riverbed level. We cannot change the "
            "normal riverbed level,” he explained.",
            "Ethiopia is proceeding with construction even as environmental experts and "
            "diplomats continue to work out Nile River resource management among affected "
            "countries.",
            "The Great Ethiopian Renaissance Dam will make Ethiopia Africa’s biggest power "
            "exporter in the next four years - producing 6000 megawatts of hydroelectric power. "
            "The dam will be 1708 meters long, 145 meters high and will be equipped with two "
            "powerhouses.  Potential buyers of the electricity include Somalia, Uganda and even "
            "possibly Egypt.",
            "The dam will be competed in 2017 at a cost of close to $5 billion.",
        ],
        "quantities": [
            q("74 billion cubic meters", 74000000000, "cubic_meter", "volume",
              "capacity of the dam's reservoir"),
            dur("four years", 4, "year", "time until Ethiopia becomes Africa's biggest power exporter"),
            other("6000 megawatts", 6000, "megawatt", "hydroelectric power of the dam"),
            q("1708 meters", 1708, "meter", "length", "length of the dam"),
            q("145 meters", 145, "meter", "length", "height of the dam"),
            count("two powerhouses", 2, "powerhouses", "powerhouses of the dam"),
            q("close to $5 billion", 5000000000, "USD", "money", "cost of the dam", approx=True),
        ],
    },
    {
        "id": "qt21-29",
        "source": "voa:m.kekenet.com",
        "url": "http://m.kekenet.com/broadcast/201509/397419.shtml",
        "title": "Providing Electricity to Poor Communities in Kenya",
        "published": None,
        "truncated": True,
        "note": MIRROR + "VOA Learning English (the mirror dates it 2015-09-07; published null). "
                "Removed: the mirror's Chinese header lines, the lines of scrambled characters "
                "and '听力文本', and the headline (title). Cut by the store inside 'Doreen "
                "Kemunto is a st'; kept to the last complete sentence. Decisions: 'Millions of "
                "people' is a vague plural (2 million, approximate, span without the 'of' "
                "noun); 'about 100,000 people' is approximate; 'Two years ago' anchors a point "
                "in time; '15 kilowatts' is power; 'In 2013' is a date.",
        "paragraphs": [
            "In 2013, President Barack Obama launched a campaign called the Power Africa "
            "Initiative. Its goal is to increase the availability of electric power in African "
            "countries south of the Sahara Desert. Millions of people there are unable to depend "
            "on reliable power supplies.",
            "The American-supported program is providing money for a number of projects, "
            "including one that creates electricity from human waste.",
            "\"Mukuru Kwa Njenga\" is the name of a community close to Nairobi where about 100,000 "
            "people live. Many of them are poor. Until recently, most did not have electricity. "
            "Those who did had illegal connections to power lines.",
            "Amos Nguru had the idea for Afrisol Energy, a project that produces electricity from "
            "human waste. Two years ago, Mr. Nguru received an offer of financial support from "
            "the Power Africa initiative. The money came from General Electric and the United "
            "States African Development Foundation.",
            "The project now produces 15 kilowatts of electricity. That is enough to power a "
            "nearby school and serve the local neighborhood. Mr. Nguru says his project meets "
            "the needs of the community.",
            "Deborah Mwandagina is deputy head teacher of the local primary school. She says in "
            "the past, there were too many illegal connections to her school's power supply. She "
            "says this resulted in higher costs for the school, so it decided to stop using "
            "electricity.",
            "She says, \"We have been having challenges from the slums and time and again they "
            "hack our power systems and they connect illegally to their homes. We have been "
            "having such kind of challenges so we just decided we cannot live with electricity. "
            "It can't do us any good, so we decided to disconnect.\"",
            "But now the school is once again using electricity from Afrisol Energy.",
        ],
        "quantities": [
            person("Millions", 2000000, "people south of the Sahara without reliable power",
                   approx=True),
            person("about 100,000 people", 100000, "residents of Mukuru Kwa Njenga", approx=True),
            other("15 kilowatts", 15, "kilowatt", "electricity produced by Afrisol Energy"),
        ],
    },
    {
        "id": "qt21-30",
        "source": "voa:hxen.net",
        "url": "http://hxen.net/interpretation/bilingualnews/20140108/293838.html",
        "title": "Record cold freezes large parts of the United States",
        "published": "2014-01-08",
        "truncated": False,
        "note": MIRROR + "VOA News, 2014-01-08 (the mirror's '2014-01-08来源:VOA' line). Removed: "
                "the mirror's header lines and the Chinese headline; title translated for the "
                "set. The stored copy holds these four paragraphs only. Decisions: 'Thousands "
                "of schools' is a vague plural (count 2000, approximate, span without the 'of' "
                "noun); 'well below minus 10 degrees Celsius' is a negative, approximate "
                "temperature (qualifier in the span); 'within minutes' is vague and not "
                "annotated.",
        "paragraphs": [
            "Thousands of schools across the eastern and southern United States were closed "
            "Tuesday as a bitter cold front moved into the area after freezing the midwestern "
            "section of the country.",
            "Forecasters say temperatures will plunge well below minus 10 degrees Celsius in "
            "Washington, D.C., New York, Philadelphia and Boston, while the wind chill, which is "
            "the temperature feels like during a strong wind, will be far lower.",
            "The frigid weather is also reaching into the so-called Deep South, including Florida "
            "and southern Texas, which usually enjoy moderate temperatures during the cold "
            "weather season.",
            "Authorities have decided to close schools to keep children safe from exposure to the "
            "extreme cold, which could lead to frostbite within minutes if skin is left exposed.",
        ],
        "quantities": [
            count("Thousands", 2000, "schools", "schools closed in the eastern and southern U.S.",
                  approx=True),
            other("well below minus 10 degrees Celsius", -10, "celsius",
                  "forecast temperatures in Washington, New York, Philadelphia and Boston",
                  approx=True),
        ],
    },
    {
        "id": "qt21-31",
        "source": "voa:ukrainiansofbuffalo.com",
        "url": "http://ukrainiansofbuffalo.com/usa/5-uncategorised.html",
        "title": "Voice of America headlines (feed on a community site)",
        "published": None,
        "truncated": True,
        "note": "A community website's embedded Voice of America news feed: three VOA story "
                "summaries (August 2017), text VOA's (public domain). Removed: the site's own "
                "description line ('Voice of America is an international news and broadcast "
                "organization serving Central and Eastern Europe ...') and the bullet signs; the "
                "feed's story headlines are kept as lines. Cut by the store inside 'winds of up "
                "to 160 kilometers'; kept to the last complete sentence. Decisions: '2,700 "
                "kilometers (1,700 miles)' are two lengths; 'at Least 12' in the headline and "
                "'risen to 12' are two person counts; 'more than half a century' is an "
                "approximate duration (50 years); 'two men' is a person count; 'Another 153' "
                "spans '153'.",
        "paragraphs": [
            "Texas Terrain Complicates Trump Border Wall Debate",
            "President Donald Trump's promised U.S.-Mexico border wall will likely trigger a "
            "budget showdown when Congress returns in September, as Democrats and some "
            "Republicans debate whether it's worth $1.6 billion. The wall is 2,700 kilometers "
            "(1,700 miles) from Capitol Hill in the varied terrain of Del Rio, Texas, yet law "
            "enforcement and residents alike say the issue is more complicated than Washington "
            "knows. VOA's Congressional reporter Katherine Gypson followed the U.S. Border Patrol "
            "to learn more.",
            "In Germany, Graffiti Activists Turn Nazi Symbols Into Humorous Art",
            "The Nazi symbol known as the swastika was on display in Charlottesville, Virgina, "
            "during a white supremacist rally earlier this month that led to violence and "
            "division in the U.S. It sparked a national debate about how to respond. In Germany, "
            "where the swastika is banned, a group of graffiti activists have taken it upon "
            "themselves to transform that symbol of hate into something beautiful and positive. "
            "Faiza Elmasry tells us how. Faith Lapidus narrates.",
            "Typhoon Hato Claims at Least 12 Near Hong Kong",
            "The death toll from Typhoon Hato has risen to 12 as the most powerful storm to hit "
            "the southern Chinese region around Hong Kong in more than half a century barreled "
            "west.    Macau says eight people were killed in the gambling enclave, including two "
            "men found overnight in a parking garage. Another 153 were listed as injured amid "
            "extensive flooding, power outages, and the smashing of doors and windows by the high "
            "winds and driving rain.    China's official Xinhua News Agency says four people were "
            "killed in the neighboring province of Guangdong and one person remains missing.",
        ],
        "quantities": [
            q("$1.6 billion", 1600000000, "USD", "money", "cost of the border wall under debate"),
            q("2,700 kilometers", 2700, "kilometer", "length", "distance of Del Rio from Capitol Hill"),
            q("1,700 miles", 1700, "mile", "length", "distance of Del Rio from Capitol Hill"),
            person("at Least 12", 12, "deaths from Typhoon Hato (headline)", approx=True),
            person("12", 12, "death toll from Typhoon Hato"),
            dur("more than half a century", 50, "year",
                "period since a storm this powerful hit the region", approx=True),
            person("eight people", 8, "people killed in Macau"),
            person("two men", 2, "men found in a Macau parking garage"),
            person("153", 153, "people injured in Macau"),
            person("four people", 4, "people killed in Guangdong"),
            person("one person", 1, "person missing in Guangdong"),
        ],
    },
    {
        "id": "qt21-32",
        "source": "voa:bikenglish.blogspot.com",
        "url": "http://bikenglish.blogspot.com/2011/07/voa-special-english-news-27.html",
        "title": "VOA Special English News 27",
        "published": None,
        "truncated": False,
        "note": "A learner's blog posting the text of a VOA Special English newscast item (July "
                "2011; the post is dated Jul 24, 2011; the newscast date is not given, so "
                "published is null). Caveat: the text is the blogger's transcript of the "
                "broadcast (a commenter's typo correction was applied by the blogger); it is "
                "VOA's wording as transcribed. Removed: the post date line, the headline "
                "(title) and the two comments below the post. Decisions: 'as high as 39 degrees "
                "Celsius' is approximate; 'may feel like 46 degrees Celsius' spans '46 degrees "
                "Celsius' (a felt temperature, not approximate); '6 people' is a person count.",
        "paragraphs": [
            "Americans are experiencing extremely hot weather. The National Weather Service "
            "released heat warnings for parts of the eastern and central United States Friday. "
            "The warnings say the temperature could reach as high as 39 degrees Celsius and may "
            "feel like 46 degrees Celsius. Health officials say 6 people have already died as a "
            "result of severe heat. They warned Americans to avoid working outside during the "
            "middle of the day and check on the neighbors and family members. In Washington, a "
            "Code Red was issued to warn people of bad air quality because of the heat. In New "
            "York, the main power company predicted it might break its historical record for "
            "electricity use as people used devices to cool down.",
        ],
        "quantities": [
            other("as high as 39 degrees Celsius", 39, "celsius",
                  "temperature forecast in the heat warnings", approx=True),
            other("46 degrees Celsius", 46, "celsius", "felt temperature in the heat warnings"),
            person("6 people", 6, "people dead from the heat"),
        ],
    },
]

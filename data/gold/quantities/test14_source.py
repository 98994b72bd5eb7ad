"""Readable source of the sealed quantities test set ``test14.jsonl`` (annotated blind by sqy14).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test14.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

VOA_NOTE = ("Removed: 'Accessibility links', 'Breaking News', section labels, the headline "
            "(moved to title), bylines, photo captions, media-player lines, the VOA News byline "
            "box and the size switcher (XS SM MD LG).")
EERE = "This is an excerpt from EERE Network News"
EERE_NOTE = ("Removed: the newsletter banner ('" + EERE + ", a weekly electronic "
             "newsletter.'), the date line (moved to published) and the headline (moved to "
             "title).")
USACE_NOTE = ("The URL is a page of the USACE news-search listing; the document is the teaser "
              "text of one release on that page (its headline moved to title); the other "
              "teasers, bullets and page furniture were removed.")
FEMA_NOTE = ("FEMA news release as kept by the End of Term web archive "
             "(webarchive.library.unt.edu, a copy of the fema.gov page): removed the release "
             "date and number lines (date moved to published), the headline (moved to title), "
             "'More Information on ...' and 'En Espanol' links.")


from checklib import quantity_record as q  # one definition for every quantities source


def pct(text, value, about, approx=False):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx)


def per(text, value, about, approx=False, high=None):
    """Return a person-count record."""
    return q(text, value, "person", "count", about, approx, high)


def cnt(text, value, counted, about, approx=False, high=None):
    """Return a count record."""
    return q(text, value, "count", "count", about, approx, high, counted)


DOCS = [
    # ------------------------------------------------------------------ VOA
    {
        "id": "qt14-01",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/more-than-200-people-dead-across-south-asia-in-monsoon-flooding/3986162.html",
        "title": "More Than 200 People Dead Across South Asia in Monsoon Flooding",
        "published": "2017-08-15",
        "truncated": False,
        "note": VOA_NOTE + " 'millions of others' is a vague plural (2e6, approximate); "
                "'from June to September' names months, not a quantity.",
        "paragraphs": [
            "More than 200 people are dead after several days of flash flooding and mudslides "
            "across India, Nepal and Bangladesh, while millions of others have been displaced.",
            "The majority of the deaths have been reported in southern lowlands of Nepal, where "
            "officials say more than 100 people were killed by flooding that left several "
            "villages underwater.",
            "At least 70 people are also dead across three states in northeastern India, while "
            "at least 25 deaths have been reported in neighboring Bangladesh.",
            "Security forces across the region have been deployed to rescue residents marooned "
            "on the rooftops of their flooded homes, deliver emergency supplies and establish "
            "emergency shelters.",
            "Heavy rains accompanied by deadly flooding and landslides are common across South "
            "Asia during the monsoon season, which stretches from June to September.",
        ],
        "quantities": [
            per("More than 200 people", 200, "people dead in South Asia monsoon flooding", True),
            per("millions", 2e6, "people displaced by the flooding", True),
            per("more than 100 people", 100, "people killed by flooding in Nepal", True),
            per("At least 70 people", 70, "people dead in northeastern India", True),
            cnt("three states", 3, "states", "northeastern Indian states with deaths"),
            per("at least 25 deaths", 25, "deaths reported in Bangladesh", True),
        ],
    },
    {
        "id": "qt14-02",
        "source": "voa:voa.pangea-cms.com",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/vietnam-china-brace-for-typhoon-haiyan/1787444.html",
        "title": "Vietnam, China Brace for Typhoon Haiyan",
        "published": "2013-11-10",
        "truncated": False,
        "note": VOA_NOTE + " The page is VOA's own publishing system (Pangea CMS preview of "
                "voanews.com story 1787444). Also removed: 'Courtesy Taiwan Central Weather "
                "Bureau' (map credit). published is the date in the photo caption (Nov. 10, "
                "2013), approximate. 'four-color' is a compound adjective (count of colors); "
                "'thousands of passengers' is a vague plural (2000).",
        "paragraphs": [
            "Vietnam and China have rushed to prepare coastal communities for the arrival of a "
            "typhoon that devastated parts of the central Philippines.",
            "Weather agencies predicted Typhoon Haiyan would make landfall near northern "
            "Vietnam's border with China early Monday, local time.",
            "The U.S. Navy's Joint Typhoon Warning Center said the storm had maximum sustained "
            "winds of 139 kilometers an hour near its center late Sunday.",
            "It was expected to weaken as it moved northwest over the Gulf of Tonkin, possibly "
            "losing its typhoon status and being downgraded to a tropical storm by the time it "
            "reaches land.",
            "Vietnamese authorities evacuated more than 600,000 people from coastal areas to "
            "shelters and urged the public to prepare enough food and supplies to last for "
            "three days. They also ordered vessels to return to port.",
            "Vietnamese media said the typhoon already had killed at least six people as it "
            "brushed past the country's central provinces.",
            "The storm was expected to bring heavy rain to the capital, Hanoi, located in the "
            "country's north. All schools in the region were instructed to remain closed on "
            "Monday.",
            "Chinese state news agency Xinhua said the government issued a red warning for "
            "Haiyan - the highest on its four-color warning system. The typhoon brought "
            "torrential rain to the southern Chinese island of Hainan on Sunday and was "
            "expected to do the same as it entered Guangdong province on Monday.",
            "Xinhua said authorities had relocated 133,000 residents to shelters on Hainan, "
            "where the storm triggered power outages and forced flight cancellations affecting "
            "thousands of passengers.",
            "The state news agency said six crew members were missing after their cargo vessel "
            "got lost in the South China Sea.",
        ],
        "quantities": [
            q("139 kilometers an hour", 139, "kilometer/hour", "rate",
              "maximum sustained winds of Typhoon Haiyan"),
            per("more than 600,000 people", 600000, "people evacuated in Vietnam", True),
            q("three days", 3, "day", "duration", "food and supplies the public should prepare"),
            per("at least six people", 6, "people killed by the typhoon in Vietnam", True),
            cnt("four-color", 4, "colors", "China's typhoon warning system"),
            per("133,000 residents", 133000, "residents relocated to shelters on Hainan"),
            per("thousands", 2000, "passengers affected by flight cancellations", True),
            per("six crew members", 6, "crew members missing from a cargo vessel"),
        ],
    },
    {
        "id": "qt14-03",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/voa-english-newscast-october8/2997535.html",
        "title": "VOA English Newscast: 2000 UTC October 8, 2015",
        "published": "2015-10-08",
        "truncated": True,
        "note": VOA_NOTE + " Cut by the store in the middle of a sentence; kept to the last "
                "complete sentence. Verbatim: 'U-S officials', '(is) dead', dashes written "
                "'--'. Decisions: 'four Russian cruise missiles', 'two other Congressmen': "
                "modifiers between number and noun stop the span; 'double the size' is a "
                "multiplier; 'for the first time' is an ordinal.",
        "paragraphs": [
            "From Washington, this is VOA News…",
            "I'm Dave DeForest reporting.",
            "There are reports that Russian missiles have hit Iran.",
            "A U.S. official tells VOA that four Russian cruise missiles crashed in Iran, "
            "falling short of their targets in Syria. The official said there has been no "
            "information on damage.",
            "Russia on Wednesday ramped up its air campaign in Syria with heavy aerial "
            "bombardments and, for the first time, cruise missile strikes launched from the "
            "Caspian Sea.",
            "After noting what he called the \"troubling escalation\" of Russia's military "
            "activities in Syria, NATO Secretary General Jens Stoltenberg said the alliance "
            "will double the size of its rapid response force, to 40,000 troops.",
            "The leading contender to become speaker of the Republican-led U.S. House of "
            "Representatives unexpectedly dropped out of the race Thursday. California "
            "congressman Kevin McCarthy had been seeking to replace House Speaker John Boehner "
            "ahead of Boehner's retirement at the end of October.",
            "McCarthy's path to the speaker\u2019s office was made more difficult when two other "
            "Congressmen--Jason Chaffetz of Utah and Daniel Webster of Florida--announced their "
            "candidacies.",
            "The medical aid group Doctors Without Borders says 33 people are still missing "
            "following the U.S. airstrike on a hospital in Kunduz, Afghanistan. Twenty-two "
            "people were killed in the strike, which U-S officials say was a mistake.",
            "The group said nine of the unaccounted-for are patients and 24 are staff members.",
            "The United Nations is reporting one peacekeeper in the Central African Republic "
            "(is) dead and another wounded in an attack north of the capital, Bangui.",
        ],
        "quantities": [
            cnt("four", 4, "cruise missiles", "Russian cruise missiles that crashed in Iran"),
            q("double", 2, "multiplier", "other", "size of NATO's rapid response force"),
            per("40,000 troops", 40000, "NATO rapid response force"),
            per("two", 2, "other Congressmen running for speaker"),
            per("33 people", 33, "people missing after the Kunduz hospital airstrike"),
            per("Twenty-two people", 22, "people killed in the Kunduz strike"),
            per("nine", 9, "unaccounted-for who are patients"),
            per("24", 24, "unaccounted-for who are staff members"),
            per("one peacekeeper", 1, "U.N. peacekeeper dead in Central African Republic"),
        ],
    },
    {
        "id": "qt14-04",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/oil-spill-in-us-puts-attention-on-pipelines-waterways-125181124/112259.html",
        "title": "Oil Spill in US Puts Attention on Pipelines, Waterways",
        "published": None,
        "truncated": True,
        "note": "VOA Special English Economics Report. The page shows no date (the Yellowstone "
                "River spill it reports happened on July 1, 2011). Cut by the store in the "
                "middle of a sentence; kept to the last complete sentence. Verbatim: mixed "
                "straight and curly quotes as stored. 'zero accidents' is a count (0); 'the two "
                "are related' is a pronoun use, not annotated.",
        "paragraphs": [
            "This is the VOA Special English Economics Report.",
            "Last Friday night, an oil pipeline broke under the Yellowstone River in the "
            "western state of Montana. The Yellowstone is America\u2019s longest undammed river. "
            "The spill happened downstream from Yellowstone National Park.",
            "The burst pipe spilled as much as one thousand barrels of crude oil -- more than "
            "one hundred sixty thousand liters -- into the river.",
            "Workers shut off the Exxon Mobil pipeline, and the company continues to clean up "
            "the spill. But spokeswoman Claire Hassett said examining the damage has been "
            "difficult.",
            "CLAIRE HASSETT: \u201cWhat we have learned so far has been hindered by the rapid flow "
            "of the river right now. It\u2019s at historic water levels. It\u2019s very turbulent.\u201d",
            "The river is at flood levels, overflowing riverbanks and carrying oil downstream "
            "into wetlands, fields and yards.",
            "In May, Ms. Hassett says, local officials ordered a temporary shutdown to check on "
            "the pipeline. They were concerned with heavy rains and rising waters.",
            "CLAIRE HASSETT: \"And we determined that it was safe to operate and again we "
            "don\u2019t know what has caused this leak so it would be premature to say the two are "
            "related.\"",
            "Susan Casey-Lefkowitz from the Natural Resources Defense Council, an environmental "
            "group, says the spill shows the dangers of mixing pipelines and waterways.",
            "SUSAN CASEY-LEFKOWITZ: \"Especially when they are running under some of our most "
            "precious river systems that are important not just for wildlife, but also for our "
            "communities. The Yellowstone River is critical for irrigation for example. And so "
            "it serves the needs of a lot of farmers and communities along its path.\u201d",
            "Andy Black heads the Association of Oil Pipe Lines, an industry group whose "
            "members include pipeline owners and operators.",
            "ANDY BLACK: \u201cWe have processes both within companies and at the associations to "
            "share learning and best practices and pursue the goal which is zero accidents.\"",
        ],
        "quantities": [
            q("as much as one thousand barrels", 1000, "barrel", "volume",
              "crude oil spilled into the Yellowstone River", True),
            q("more than one hundred sixty thousand liters", 160000, "liter", "volume",
              "crude oil spilled into the Yellowstone River", True),
            cnt("zero accidents", 0, "accidents", "pipeline industry goal"),
        ],
    },
    {
        "id": "qt14-05",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/a/winter-snow-leaves-much-of-the-un-shivering/2647585.html",
        "title": "Winter Storm Leaves Much of US Shivering",
        "published": "2015-02-17",
        "truncated": False,
        "note": VOA_NOTE + " Also removed: 'update', 'Watch video report from VOA's Zlatica "
                "Hoke:' and the video title. published from the photo caption (Feb. 17, 2015). "
                "Decisions: 'Hundreds of thousands' (of people) is a vague plural, 200000 "
                "approximate; '8 feet, 4 inches' is one quantity (100 inches); 'near freezing' "
                "has no number; 'for 20 years' measures a length of time.",
        "paragraphs": [
            "Hundreds of thousands of people in the United States woke up without power "
            "Tuesday and federal government offices in Washington were closed after a band of "
            "snow and ice sliced across the South.",
            "The storm left up to 15 centimeters (almost 6 inches) of snow in Washington, the "
            "first significant snowfall of the season for the nation's capital.",
            "At least eight weather-related highway deaths were reported in Tennessee, "
            "Virginia, Maryland and North Carolina. Police worked through the night and into "
            "Tuesday morning to clear a backup of vehicles stretching 19 kilometers (almost 12 "
            "miles) on icy Interstate Highway 40 near Nashville.",
            "The northern edge of the storm brought even more snow to the Northeast. The "
            "National Weather Service said the eastern state of Massachusetts has now received "
            "more than 2.54 meters (8 feet, 4 inches) of snow this season.",
            "While most people shivered, some found ways to enjoy themselves. In New Orleans, "
            "where the annual Mardi Gras celebration is underway, revelers were forced to "
            "bundle up as temperatures hovered near freezing.",
            "In Washington, about 150 people gathered for a snowball fight in a city park.",
            "The National Weather Service says unusually cold weather is expected to continue "
            "through much of the coming week for the eastern U.S.",
            "Another arctic front will arrive on the East Coast by Wednesday night, bringing "
            "with it some of the coldest temperatures seen in the region for 20 years.",
        ],
        "quantities": [
            per("Hundreds of thousands", 200000, "people without power", True),
            q("up to 15 centimeters", 15, "centimeter", "length", "snow left in Washington",
              True),
            q("almost 6 inches", 6, "inch", "length", "snow left in Washington", True),
            per("At least eight", 8, "weather-related highway deaths", True),
            q("19 kilometers", 19, "kilometer", "length",
              "backup of vehicles on Interstate Highway 40"),
            q("almost 12 miles", 12, "mile", "length",
              "backup of vehicles on Interstate Highway 40", True),
            q("more than 2.54 meters", 2.54, "meter", "length",
              "snow received in Massachusetts this season", True),
            q("8 feet, 4 inches", 100, "inch", "length",
              "snow received in Massachusetts this season"),
            per("about 150 people", 150, "people at a snowball fight in Washington", True),
            q("20 years", 20, "year", "duration",
              "period without such cold temperatures in the region"),
        ],
    },
    {
        "id": "qt14-06",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/blizzard-hits-east-coast/3159575.html",
        "title": "Major Snowstorm Pounds US East Coast",
        "published": "2016-01-23",
        "truncated": True,
        "note": VOA_NOTE + " Also removed: the subheading 'Emergency status'. The stored page "
                "continues with a video teaser ('WATCH: ...') after the last paragraph kept; "
                "treated as cut. published from the photo caption (Jan. 23, 2016). 'doubling' "
                "(snowfall totals) is a multiplier.",
        "paragraphs": [
            "A monster winter storm has blanketed much of the U.S. east coast with a heavy layer "
            "of snow, shuttering residents in their homes, stranding motorists, and creating "
            "what forecasters say could be \u201clife-threatening blizzard conditions.\u201d",
            "More than 30 centimeters of snow have already fallen on many parts of the region, "
            "including Washington DC. Forecasters say it will get much worse, with snowfall "
            "totals possibly doubling and combining with heavy winds that will create near "
            "whiteout conditions.",
            "\u201cThe combination of heavy snow, strong winds, and potential life threatening "
            "conditions are expected through Saturday night,\u201d said the National Weather "
            "Service in a blizzard warning.",
            "At least nine people have already died nationwide as a result of the slow-moving "
            "storm, which has brought snowy and often treacherous conditions all the way from "
            "Georgia to New England.",
            "States of emergency have been declared in at least 10 states.",
            "In Kentucky, authorities have opened emergency shelters along a major interstate "
            "highway, where motorists have been stranded for at least 10 hours.",
            "Washington DC, which was in the bullseye of the storm, had already received around "
            "25 centimeters of snow, with accumulation expected to continue into Sunday.",
        ],
        "quantities": [
            q("More than 30 centimeters", 30, "centimeter", "length",
              "snow fallen on parts of the region", True),
            q("doubling", 2, "multiplier", "other", "possible growth of snowfall totals"),
            per("At least nine people", 9, "people dead from the storm", True),
            cnt("at least 10 states", 10, "states", "states with states of emergency", True),
            q("at least 10 hours", 10, "hour", "duration",
              "motorists stranded in Kentucky", True),
            q("around 25 centimeters", 25, "centimeter", "length",
              "snow received in Washington DC", True),
        ],
    },
    {
        "id": "qt14-07",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/hundreds-feared-dead-in-afghan-landslides/1906412.html",
        "title": "Hundreds Feared Dead in Afghan Landslides",
        "published": "2014-05-02",
        "truncated": False,
        "note": VOA_NOTE + " published from the photo caption (May 2, 2014). Verbatim: 'at "
                "least least 350 people' (the doubled word is inside the span). '2,000-plus "
                "people': the trailing 'plus' is inside the span (approximate); 'hundreds of "
                "people' is a vague plural (200); 'Several hundred' is 300.",
        "paragraphs": [
            "Landslides triggered by heavy rain have buried homes in northeastern Afghanistan, "
            "with hundreds of people missing and feared dead.",
            "National Disaster Management Authority chief Daim Kakar told VOA's Afghanistan "
            "service on Friday that work is underway to rescue people in the Argo district of "
            "remote Badakhshan province. Nearly 300 homes have been buried in mud.",
            "As many as 700 of the 2,000-plus people living in the village of Ab-i-Barik are "
            "missing and feared dead, provincial officials told VOA. Helicopters and relief "
            "teams have been dispatched to help in the rescue.",
            "United Nations officials said at least least 350 people have been killed, "
            "according to Western news agencies. The U.N. says it was working with Afghan "
            "authorities to find those trapped.",
            "Several hundred people have been evacuated from the area for fear of additional "
            "landslides.",
            "During a press conference in Washington, U.S. President Barack Obama expressed his "
            "condolences over the disaster. \"Our thoughts are with the people of Afghanistan, "
            "who have experienced an awful tragedy,\" he said.",
            "Heavy rain has taken its toll on Afghanistan. Last week, floods killed at least 95 "
            "people in Jawzjan, Faryab, Sar-i-pul and Badghis provinces.",
            "Badakhshan is one of the country's most remote provinces, bordering China, "
            "Tajikistan and Pakistan.",
        ],
        "quantities": [
            per("hundreds", 200, "people missing and feared dead", True),
            cnt("Nearly 300 homes", 300, "homes", "homes buried in mud", True),
            per("As many as 700", 700, "villagers missing and feared dead", True),
            per("2,000-plus people", 2000, "people living in Ab-i-Barik", True),
            per("at least least 350 people", 350, "people killed in the landslides", True),
            per("Several hundred people", 300, "people evacuated from the area", True),
            per("at least 95 people", 95, "people killed by floods last week", True),
        ],
    },
    {
        "id": "qt14-08",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/science-health/spacex-falcon-9-rocket-blasts-cape-canaveral",
        "title": "SpaceX Falcon 9 Rocket Blasts Off From Cape Canaveral",
        "published": "2020-08-07",
        "truncated": True,
        "note": "Removed: section label 'Science & Health', headline (moved to title), byline "
                "and date line (moved to published), photo caption and its FILE copy. Cut by "
                "the store in the middle of a sentence; kept to the last complete sentence. "
                "'about an hour-and-a-half after launch' anchors a point in time (not "
                "annotated); 'Falcon 9', 'tenth', 'first' are a name and ordinals.",
        "paragraphs": [
            "A SpaceX Falcon 9 rocket launched from Cape Canaveral in Florida early Friday, "
            "carrying 57 Starlink satellites for the company's internet satellite "
            "constellation system.",
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
            "Friday\u2019s launch marked a busy week for the commercial space company. On Sunday "
            "the Crew Dragon capsule splashed down in the Gulf of Mexico, bringing two NASA "
            "astronauts back to Earth from the International Space Station. The flight was the "
            "first to orbit NASA astronauts from U.S. soil since the space shuttle was retired "
            "in 2011.",
        ],
        "quantities": [
            cnt("57 Starlink satellites", 57, "Starlink satellites",
                "satellites carried on the Falcon 9 launch"),
            cnt("two spacecraft", 2, "spacecraft", "spacecraft carried for BlackSky"),
            cnt("nearly 600 Starlink satellites", 600, "Starlink satellites",
                "Starlink satellites deployed by SpaceX", True),
            per("two", 2, "NASA astronauts brought back to Earth"),
        ],
    },
    {
        "id": "qt14-09",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/east-asia-pacific_cooler-temperatures-help-bring-some-australian-wildfires-under-control/6182484.html",
        "title": "Cooler Temperatures Help Bring Some Australian Wildfires under Control",
        "published": "2020-01-12",
        "truncated": False,
        "note": VOA_NOTE + " published from the photo caption (Jan. 12, 2020), approximate "
                "(the story reports Sunday events). Verbatim: 'has reportedly drew'. '40 of them' "
                "counts fires; 'thousands of protesters' is a vague plural (2000).",
        "paragraphs": [
            "Fires in Australia are increasingly under control as cooler temperatures and light "
            "winds stay consistent, according to fire fighting officials.",
            "Teams near the town of Bodalla in New South Wales, the state most affected by "
            "weeks of bushfires, said Sunday that they were able to move from defense to "
            "offense, working to ensure a fire would not reach a major highway, the Associated "
            "Press reported.",
            "The Gospers Mountain fire northwest of Sydney, which has been burning since "
            "October, is under control as of Sunday thanks to light rain, the Sydney Morning "
            "Herald reported Sunday.",
            "As of Sunday evening, 111 fires were still burning across the state of New South "
            "Wales - 40 of them still uncontrolled, according to the NSW Rural Fire Service.",
            "Since September, at least 27 people have died in Australia\u2019s bushfires. More than "
            "10 million hectares (24 million acres) of land \u2014 an area bigger than Portugal \u2014 "
            "have been scorched.",
            "Climate change rallies have been held in Australia by thousands of protesters "
            "critical of the government\u2019s handling of the bushfire crisis. A demonstration in "
            "Sydney Saturday has reportedly drew 30,000 people.",
            "Australia's Prime Minister Scott Morrison has come under scrutiny for his response "
            "to the wildfires \u2014 most recently for underplaying the role of climate change in "
            "the devastating wildfires.",
            "The prime minister has previously defended his energy and climate policies as "
            "adequate and responsible, but on Sunday said his government was working to create "
            "a long-term program designed to reduce the risk of natural disasters \"in response "
            "to the climate changing,\" the Associated Press reported.",
        ],
        "quantities": [
            cnt("111 fires", 111, "fires", "fires still burning in New South Wales"),
            cnt("40", 40, "fires", "fires still uncontrolled"),
            per("at least 27 people", 27, "people dead in Australia's bushfires", True),
            q("More than 10 million hectares", 1e7, "hectare", "area",
              "land scorched by the bushfires", True),
            q("24 million acres", 2.4e7, "acre", "area", "land scorched by the bushfires"),
            per("thousands", 2000, "protesters at climate change rallies", True),
            per("30,000 people", 30000, "people at a demonstration in Sydney"),
        ],
    },
    {
        "id": "qt14-10",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/record-cold-freezing-much-of-us/1824018.html",
        "title": "Record Cold Sweeps US",
        "published": "2014-01-06",
        "truncated": True,
        "note": "Removed: 'News / USA', headline (moved to title), photo caption, byline. The "
                "fact box 'The World's Coldest Temperatures' and its source line are page "
                "content and kept (a list of seven temperatures: every temperature of this set "
                "comes from this list). Verbatim: 'North America: -3\u00b0C Snag' (as printed), "
                "double spaces in the last quotation, whose closing quotation mark is lost "
                "where the store cut the page. Years in the list are dates, not quantities. "
                "'in decades' is a vague plural (20 years, approximate); 'maybe 10-percent' is "
                "approximate; 'once every three years' is a frequency and not annotated.",
        "paragraphs": [
            "People in much of the United States are dealing with cold weather not seen in 20 "
            "years.",
            "The National Weather Service is calling the polar air mass sweeping across the "
            "country \"dangerously cold,\" and has posted wind chill warnings for Monday that "
            "stretch from North Dakota to New York in the north and as far as Alabama in the "
            "deep south.",
            "The World's Coldest Temperatures",
            "Antarctica: -89.2\u00b0C Vostok, Antarctica in 1983",
            "Asia: -67.8\u00b0C Verkhoyansk, Russia in 1892 and Oimekon, Russia in 1933",
            "North America: -3\u00b0C Snag, Yukon Territory, Canada in 1947",
            "Europe: -58.1\u00b0C Ust'Schugor, Russia in 1978",
            "South America: -32.8\u00b0C Sarmiento, Argentina in 1907",
            "Africa: -23.9\u00b0C Ifrane, Morocco in 1935",
            "Australia: -23\u00b0C Charlotte Pass, New South Wales, Australia in 1994",
            "Source: World Meteorological Organization",
            "The mayor of Indianapolis in the central part of the country, Greg Ballard, said "
            "the extreme temperatures are life-threatening.",
            "\"This weather combination that we are seeing right now with all of the snow and "
            "the cold is unlike anything that we've seen in decades in this area and I can't "
            "emphasize that enough. The cold really scares me and as such that we will have "
            "temperatures that are potentially deadly or certainly look like life-altering "
            "temperatures,\" Ballard said.",
            "Veronica LaPage of Chicago told VOA's Kane Farabaugh she saw few commuters heading "
            "to work Monday morning in Chicago.",
            "\"I made sure to wear at least four layers and wear a coat I only wear once every "
            "three years today. Chicago transit had lots of delays, but I was lucky to hop a "
            "train as soon as I was on the platform.  But there were maybe 10-percent of the "
            "usual morning commuters on board my trip.",
        ],
        "quantities": [
            q("20 years", 20, "year", "duration", "period without such cold weather"),
            q("-89.2\u00b0C", -89.2, "celsius", "other", "coldest temperature in Antarctica"),
            q("-67.8\u00b0C", -67.8, "celsius", "other", "coldest temperature in Asia"),
            q("-3\u00b0C", -3, "celsius", "other", "coldest temperature in North America"),
            q("-58.1\u00b0C", -58.1, "celsius", "other", "coldest temperature in Europe"),
            q("-32.8\u00b0C", -32.8, "celsius", "other", "coldest temperature in South America"),
            q("-23.9\u00b0C", -23.9, "celsius", "other", "coldest temperature in Africa"),
            q("-23\u00b0C", -23, "celsius", "other", "coldest temperature in Australia"),
            q("decades", 20, "year", "duration", "period without such weather in Indianapolis",
              True),
            cnt("at least four layers", 4, "layers", "layers of clothing worn", True),
            pct("maybe 10-percent", 10, "share of usual morning commuters on the train", True),
        ],
    },
    {
        "id": "qt14-11",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/pakistanis-critical-of-governments-response-to-floods-99713894/123041.html",
        "title": "Rescue Workers Stuggle to Reach Thousands Stranded by Pakistan Floods",
        "published": None,
        "truncated": False,
        "note": VOA_NOTE + " The page shows no date (Pakistan floods of summer 2010). Title "
                "verbatim ('Stuggle'). Decisions: 'A week of heavy rain' is a duration; "
                "'Thousands of homes' is a vague plural (2000); 'one million people' counts "
                "people affected.",
        "paragraphs": [
            "Rescue workers in northwest Pakistan are struggling to reach thousands of "
            "villagers who are stranded by flooding that has killed more than 1,000 people.",
            "A week of heavy rain caused what officials say is the worst flooding on record in "
            "Pakistan, with the province of Khyber Pakhtunkhwa being the hardest hit.",
            "Pakistani officials say the death toll rose to 1,100 Sunday, but they say the "
            "number could continue to increase because of the widespread devastation.",
            "Thousands of homes and vast swaths of farmland have been destroyed in the region. "
            "The United Nations estimates that one million people across Pakistan have been "
            "affected by the disaster.",
            "Officials also say they fear an outbreak of waterborne diseases like diarrhea and "
            "cholera among survivors.",
            "The U.S. embassy in Islamabad announced Sunday that the United States will provide "
            "$10 million in humanitarian assistance. The embassy says it already has provided "
            "50,000 meals for people in the affected areas, as well as helicopters to help with "
            "the rescue effort.",
            "Officials say Pakistani troops have rescued about 19,000 people, many of them "
            "trapped on rooftops.",
            "Meanwhile, in neighboring Afghanistan, flood waters have killed more than 60 "
            "people.",
            "Afghan and NATO forces said they were using helicopters to conduct rescues and "
            "distribute aid to the worst-affected regions of Afghanistan, including Kunar and "
            "Nangarhar provinces.",
        ],
        "quantities": [
            per("thousands", 2000, "villagers stranded by flooding", True),
            per("more than 1,000 people", 1000, "people killed by flooding in Pakistan", True),
            q("A week", 7, "day", "duration", "heavy rain in Pakistan"),
            per("1,100", 1100, "flood death toll in Pakistan"),
            cnt("Thousands of homes", 2000, "homes", "homes destroyed in the region", True),
            per("one million people", 1e6, "people affected across Pakistan"),
            q("$10 million", 1e7, "USD", "money", "U.S. humanitarian assistance"),
            cnt("50,000 meals", 50000, "meals", "meals provided by the U.S. embassy"),
            per("about 19,000 people", 19000, "people rescued by Pakistani troops", True),
            per("more than 60 people", 60, "people killed by floods in Afghanistan", True),
        ],
    },
    # ------------------------------------------------------------------ USDA
    {
        "id": "qt14-12",
        "source": "usgov:downloads.usda.library.cornell.edu",
        "url": "https://downloads.usda.library.cornell.edu/usda-esmis/files/tm70mv177/ms35t936k/cv43nx518/CropProd-12-12-2017.txt",
        "title": "Crop Production: Cotton Production Up Less Than 1 Percent from November "
                 "Forecast, Orange Production Down 4 Percent",
        "published": "2017-12-12",
        "truncated": False,
        "note": "USDA National Agricultural Statistics Service report (text file in USDA's "
                "ESMIS repository hosted by Cornell). Kept: the prose summary, one paragraph as "
                "stored. Removed: the masthead ('Crop Production ISSN: 1936-3737 Released "
                "December 12, 2017, by the National Agricultural Statistics Service ...'), the "
                "run-in headlines (moved to title), the signature block and the table of "
                "contents. Decisions: '21.4 million 480-pound bales' gives two quantities, the "
                "count '21.4 million' (bales) and the compound adjective '480-pound' (mass per "
                "bale); yield changes 'up 2 pounds' etc. take the per-acre unit of the yield "
                "(pound/acre, rate); plain 'tons' -> metric_ton (guideline), although USDA means "
                "short tons; 'boxes' are counted; '2016-2017', '2017-2018' are seasons.",
        "paragraphs": [
            "All cotton production is forecast at 21.4 million 480-pound bales, up less than 1 "
            "percent from November and up 25 percent from last year. Yield is expected to "
            "average 902 pounds per harvested acre, up 2 pounds from last month and up 35 "
            "pounds from last year. If realized, the cotton yield forecast for the Nation will "
            "be the highest yield on record. Upland cotton production is forecast at 20.7 "
            "million 480-pound bales, up 25 percent from 2016. Pima cotton production, "
            "forecast at 727,000 bales, was carried forward from an earlier forecast. The "
            "United States all orange forecast for the 2017-2018 season is 3.98 million tons, "
            "down 4 percent from last month and down 23 percent from the 2016-2017 final "
            "utilization. The Florida all orange forecast, at 46.0 million boxes (2.07 million "
            "tons), is down 8 percent from last month and down 33 percent from last season's "
            "final utilization. Early, midseason, and Navel varieties in Florida are forecast "
            "at 19.0 million boxes (855,000 tons), down 10 percent from last month and down 42 "
            "percent from last season's final utilization. The Florida Valencia orange "
            "forecast, at 27.0 million boxes (1.22 million tons), is down 7 percent from last "
            "month and down 24 percent from last season's final utilization. California and "
            "Texas orange production forecasts were carried forward from the previous month. "
            "This report was approved on December 12, 2017.",
        ],
        "quantities": [
            cnt("21.4 million", 2.14e7, "bales", "all cotton production forecast"),
            q("480-pound", 480, "pound", "mass", "weight of a cotton bale"),
            pct("less than 1 percent", 1, "cotton production change from November", True),
            pct("25 percent", 25, "cotton production change from last year"),
            q("902 pounds per harvested acre", 902, "pound/acre", "rate",
              "expected cotton yield"),
            q("2 pounds", 2, "pound/acre", "rate", "cotton yield change from last month"),
            q("35 pounds", 35, "pound/acre", "rate", "cotton yield change from last year"),
            cnt("20.7 million", 2.07e7, "bales", "Upland cotton production forecast"),
            q("480-pound", 480, "pound", "mass", "weight of a cotton bale"),
            pct("25 percent", 25, "Upland cotton production change from 2016"),
            cnt("727,000 bales", 727000, "bales", "Pima cotton production forecast"),
            q("3.98 million tons", 3.98e6, "metric_ton", "mass",
              "United States all orange forecast"),
            pct("4 percent", 4, "all orange forecast change from last month"),
            pct("23 percent", 23, "all orange forecast change from 2016-2017"),
            cnt("46.0 million boxes", 4.6e7, "boxes", "Florida all orange forecast"),
            q("2.07 million tons", 2.07e6, "metric_ton", "mass", "Florida all orange forecast"),
            pct("8 percent", 8, "Florida all orange forecast change from last month"),
            pct("33 percent", 33, "Florida all orange forecast change from last season"),
            cnt("19.0 million boxes", 1.9e7, "boxes",
                "Florida early, midseason and Navel orange forecast"),
            q("855,000 tons", 855000, "metric_ton", "mass",
              "Florida early, midseason and Navel orange forecast"),
            pct("10 percent", 10, "early, midseason and Navel change from last month"),
            pct("42 percent", 42, "early, midseason and Navel change from last season"),
            cnt("27.0 million boxes", 2.7e7, "boxes", "Florida Valencia orange forecast"),
            q("1.22 million tons", 1.22e6, "metric_ton", "mass",
              "Florida Valencia orange forecast"),
            pct("7 percent", 7, "Valencia forecast change from last month"),
            pct("24 percent", 24, "Valencia forecast change from last season"),
        ],
    },
    {
        "id": "qt14-13",
        "source": "usgov:downloads.usda.library.cornell.edu",
        "url": "https://downloads.usda.library.cornell.edu/usda-esmis/files/tm70mv177/vt150k209/9k41zf308/CropProd-09-12-2016.txt",
        "title": "Crop Production: Corn Production Down Less Than 1 Percent from August "
                 "Forecast, Soybean Production Up 3 Percent, Cotton Production Up 2 Percent",
        "published": "2016-09-12",
        "truncated": True,
        "note": "USDA National Agricultural Statistics Service report (text file in USDA's "
                "ESMIS repository hosted by Cornell). Removed: the masthead ('Crop Production "
                "ISSN: 1936-3737 Released September 12, 2016, by ...') and the run-in headlines "
                "(moved to title). Cut by the store in the middle of a sentence; kept to the "
                "last complete sentence. Decisions as in qt14-12: yield changes ('down 0.7 "
                "bushel', 'up 36 pounds') take the per-acre unit of the yield (rate); "
                "'480-pound' is a compound adjective (mass); bales and boxes are counted; "
                "plain 'tons' -> metric_ton; 'from July 9 to September 1' are dates.",
        "paragraphs": [
            "Corn production is forecast at 15.1 billion bushels, up 11 percent from last year "
            "but down less than one percent from the August forecast. Based on conditions as of "
            "September 1, yields are expected to average 174.4 bushels per acre, down 0.7 "
            "bushel from the August forecast but up 6 bushels from 2015. If realized, this will "
            "be the highest yield and production on record for the United States. Area "
            "harvested for grain is forecast at 86.6 million acres, unchanged from the August "
            "forecast, but up 7 percent from 2015. Soybean production is forecast at a record "
            "4.20 billion bushels, up 3 percent from August and up 7 percent from last year. "
            "Based on September 1 conditions, yields are expected to average a record 50.6 "
            "bushels per acre, up 1.7 bushels from last month and up 2.6 bushels from last "
            "year. Area for harvest in the United States is forecast at a record 83.0 million "
            "acres, unchanged from August but up 1 percent from 2015. All cotton production is "
            "forecast at 16.1 million 480-pound bales, up 2 percent from August and up 25 "
            "percent from last year. Yield is expected to average 802 pounds per harvested "
            "acre, up 36 pounds from last year. Upland cotton production is forecast at 15.6 "
            "million 480-pound bales, up 25 percent from 2015. Pima cotton production is "
            "forecast at 562,000 bales, up 30 percent from last year. California Navel orange "
            "production for the 2016-2017 season is forecast at 1.68 million tons (42.0 "
            "million boxes), down 8 percent from last season. This initial forecast is based on "
            "an objective measurement survey conducted in California's Central Valley from "
            "July 9 to September 1.",
        ],
        "quantities": [
            q("15.1 billion bushels", 1.51e10, "bushel", "volume", "corn production forecast"),
            pct("11 percent", 11, "corn production change from last year"),
            pct("less than one percent", 1, "corn production change from August forecast",
                True),
            q("174.4 bushels per acre", 174.4, "bushel/acre", "rate", "expected corn yield"),
            q("0.7 bushel", 0.7, "bushel/acre", "rate", "corn yield change from August"),
            q("6 bushels", 6, "bushel/acre", "rate", "corn yield change from 2015"),
            q("86.6 million acres", 8.66e7, "acre", "area", "corn area harvested for grain"),
            pct("7 percent", 7, "corn area change from 2015"),
            q("4.20 billion bushels", 4.2e9, "bushel", "volume",
              "soybean production forecast"),
            pct("3 percent", 3, "soybean production change from August"),
            pct("7 percent", 7, "soybean production change from last year"),
            q("50.6 bushels per acre", 50.6, "bushel/acre", "rate", "expected soybean yield"),
            q("1.7 bushels", 1.7, "bushel/acre", "rate", "soybean yield change from last month"),
            q("2.6 bushels", 2.6, "bushel/acre", "rate", "soybean yield change from last year"),
            q("83.0 million acres", 8.3e7, "acre", "area", "soybean area for harvest"),
            pct("1 percent", 1, "soybean area change from 2015"),
            cnt("16.1 million", 1.61e7, "bales", "all cotton production forecast"),
            q("480-pound", 480, "pound", "mass", "weight of a cotton bale"),
            pct("2 percent", 2, "cotton production change from August"),
            pct("25 percent", 25, "cotton production change from last year"),
            q("802 pounds per harvested acre", 802, "pound/acre", "rate",
              "expected cotton yield"),
            q("36 pounds", 36, "pound/acre", "rate", "cotton yield change from last year"),
            cnt("15.6 million", 1.56e7, "bales", "Upland cotton production forecast"),
            q("480-pound", 480, "pound", "mass", "weight of a cotton bale"),
            pct("25 percent", 25, "Upland cotton production change from 2015"),
            cnt("562,000 bales", 562000, "bales", "Pima cotton production forecast"),
            pct("30 percent", 30, "Pima cotton production change from last year"),
            q("1.68 million tons", 1.68e6, "metric_ton", "mass",
              "California Navel orange production forecast"),
            cnt("42.0 million boxes", 4.2e7, "boxes",
                "California Navel orange production forecast"),
            pct("8 percent", 8, "Navel orange production change from last season"),
        ],
    },
    # ------------------------------------------------------------------ DOE (EERE, energy.gov)
    {
        "id": "qt14-14",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=8808",
        "title": "U.S. Companies Turn Landfill Gas, Plants, and Manure into Power",
        "published": "2005-02-02",
        "truncated": True,
        "note": EERE_NOTE + " Cut by the store in the middle of a sentence ('See the press "
                "releases from OEM...'); kept to the last complete sentence. Verbatim: "
                "'pursing'. '2004 \"Industry Partner of the Year\"' is a year; 'five new "
                "landfill gas projects' is a count (modifiers stop the span).",
        "paragraphs": [
            "Companies throughout the United States are pursing new projects to convert "
            "landfill gases, plants, and animal wastes into power.",
            "Methane-rich landfill gas is a growing source of power, as landfills seek to "
            "reduce both their greenhouse gas emissions and the odors associated with the "
            "emissions. Ameresco, Inc. announced in late December that it is working with "
            "Santa Cruz County in California to generate 3.2 megawatts of power from the "
            "county's landfill in Watsonville. In late January, the U.S. Environmental "
            "Protection Agency (EPA) honored Ameresco as its 2004 \"Industry Partner of the "
            "Year\" for its work to complete five new landfill gas projects totaling 81 "
            "megawatts in capacity. The EPA also named Dairyland Power Cooperative its \"Energy "
            "Partner of the Year\" for participating in a 3-megawatt landfill gas project in Eau "
            "Claire, Wisconsin. Ameresco also participated in that project. See the Ameresco "
            "press releases from December 28th and January 19th.",
            "Companies are also working to convert forest thinnings and biomass-derived sugars "
            "into power. In Colorado, the Governor's Office of Energy Management and "
            "Conservation (OEMC) and DOE announced on January 24th that the coal-fired W.N. "
            "Clark Generating Station\u2014owned by Aquila, Inc. and located in Canon City\u2014is "
            "replacing part of its coal supply with biomass from local forest thinning "
            "operations. The plant plans to sell the environmental benefits achieved by this "
            "project by issuing Renewable Energy Certificates (RECs), marking the first time "
            "that forest-derived biomass is used to create RECs. In Wisconsin, Virent Energy "
            "Systems is developing a demonstration project to convert sugars directly into "
            "hydrogen, which will help fuel a 5-kilowatt generator. The project will be the "
            "first to use Virent's patented Aqueous-Phase Reforming process.",
        ],
        "quantities": [
            q("3.2 megawatts", 3.2, "megawatt", "other",
              "power from the Santa Cruz County landfill"),
            cnt("five", 5, "landfill gas projects", "Ameresco landfill gas projects"),
            q("81 megawatts", 81, "megawatt", "other",
              "capacity of five landfill gas projects"),
            q("3-megawatt", 3, "megawatt", "other", "Eau Claire landfill gas project"),
            q("5-kilowatt", 5, "kilowatt", "other", "Virent hydrogen-fueled generator"),
        ],
    },
    {
        "id": "qt14-15",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6814",
        "title": "New 3-Megawatt Landfill Gas Project Online in Wisconsin",
        "published": "2004-04-21",
        "truncated": False,
        "note": EERE_NOTE + " Also removed the link note '(PDF 137 KB)' after 'New Mexico "
                "ECMD'. 'convert 5,000 tons of cow manure each year into more than a "
                "half-million kilowatt-hours': two quantities, the mass '5,000 tons' and the "
                "energy 'more than a half-million kilowatt-hours' (500000, kind other); the "
                "frequency 'each year' stands apart from both and is in neither span.",
        "paragraphs": [
            "Dairyland Power Cooperative and Eau Claire Energy Cooperative announced on April "
            "12th that a new 3-megawatt landfill-gas-to-energy project is now online in Eau "
            "Claire, Wisconsin. Dairyland is buying the waste gas from the Seven Mile Creek "
            "Landfill and converting it into electricity in a facility designed and built by "
            "Ameresco. Dairyland is also working to install anaerobic digesters at several "
            "dairy farms in its service territory. The digesters convert manure into a biogas "
            "that is used to produce electricity, and are expected to begin producing power "
            "later this year. See the Dairyland press release.",
            "Anaerobic digestion has been gaining momentum in the Midwest, and new projects are "
            "starting up in other states outside the region. In Idaho, for instance, Intrepid "
            "Technology and Resources, Inc. is planning to build an anaerobic digestion complex "
            "north of Rupert that will convert the manure from 4,000 dairy cows into a biogas. "
            "The company plans to sell the biogas as a heating fuel and is establishing a test "
            "center to develop and commercialize new commercial uses of the biogas, which is "
            "primarily methane. And thanks to a grant from the DOE-funded State Technologies "
            "Advancement Collaborative, southern New Mexico will soon get its first anaerobic "
            "digester. The New Mexico Energy Conservation Management Division (ECMD) is leading "
            "a partnership to build a digester that will use low amounts of water to convert "
            "5,000 tons of cow manure each year into more than a half-million kilowatt-hours of "
            "electricity. See the press releases from Intrepid and the New Mexico ECMD.",
        ],
        "quantities": [
            q("3-megawatt", 3, "megawatt", "other", "Eau Claire landfill-gas-to-energy project"),
            cnt("4,000 dairy cows", 4000, "dairy cows", "cows whose manure feeds the Idaho "
                "digestion complex"),
            q("5,000 tons", 5000, "metric_ton", "mass",
              "cow manure converted by the New Mexico digester"),
            q("more than a half-million kilowatt-hours", 500000, "kilowatt_hour", "other",
              "electricity from the New Mexico digester", True),
        ],
    },
    {
        "id": "qt14-16",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=11441",
        "title": "Company Feeds Natural Gas Pipeline with Biogas from Manure",
        "published": "2007-11-21",
        "truncated": True,
        "note": EERE_NOTE + " Cut by the store in the middle of a word; kept to the last "
                "complete sentence. Decisions: '635 billion Btu of natural gas per year' is one "
                "rate (per-unit after an inserted 'of natural gas'); 'a million homes per year' "
                "likewise a rate (count/year); '10-year' is a compound adjective; 'doubling' is "
                "a multiplier.",
        "paragraphs": [
            "Environmental Power Corporation announced early in November that it has completed "
            "a facility to convert manure and other agricultural waste into a methane-rich "
            "biogas that will be sold as natural gas. The Huckabay Ridge facility in "
            "Stephenville, Texas, will employ anaerobic digesters to convert manure into "
            "biogas. Bacteria in the oxygen-free digester vessels feed on the wastes, "
            "producing a gas consisting mostly of methane and carbon dioxide. Environmental "
            "Power then conditions the biogas to natural gas standards and distributes it via "
            "a commercial natural gas pipeline. The company is currently selling the natural "
            "gas to the Lower Colorado River Authority, and in October 2008, it will begin "
            "selling natural gas to Pacific Gas and Electric Company under a new 10-year "
            "contract. The Huckabay Ridge facility has the capacity to produce 635 billion Btu "
            "of natural gas per year, enough to provide all the energy needs for more than "
            "6,000 average U.S. homes. See the Environmental Power press release.",
            "Landfills are another major source of methane, and as North America's leading "
            "provider of waste services, Waste Management has a corner on the landfill gas "
            "market. The company currently captures and produces energy from enough landfill "
            "gas to meet the energy needs of a million homes per year, and in an environmental "
            "initiative announced in October, the company committed to doubling its energy "
            "production by 2020. But for the sheer elegance of its approach, it's hard to beat "
            "the Prometheus Energy Company, which creates liquefied natural gas (LNG) from "
            "landfill gas and delivers it to vehicle fleets in Southern California. The "
            "elegance comes in with the company's purchase of an LNG-fueled Kenworth tractor, "
            "which is now being used to deliver the LNG.",
        ],
        "quantities": [
            q("10-year", 10, "year", "duration", "natural gas contract with Pacific Gas and "
              "Electric"),
            q("635 billion Btu of natural gas per year", 6.35e11, "British_thermal_unit/year",
              "rate", "capacity of the Huckabay Ridge facility"),
            cnt("more than 6,000", 6000, "homes", "average U.S. homes whose energy needs are "
                "met", True),
            q("a million homes per year", 1e6, "count/year", "rate",
              "homes whose energy needs Waste Management meets"),
            q("doubling", 2, "multiplier", "other", "Waste Management energy production"),
        ],
    },
    {
        "id": "qt14-17",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/articles/energy-department-releases-new-energy-101-video-ocean-power",
        "title": "Energy Department Releases New Energy 101 Video on Ocean Power",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Video Url', the video description and 'Video courtesy of the "
                "Department of Energy'. Title from the URL slug. The page shows no date. Cut by "
                "the store in the middle of a sentence; kept to the last complete sentence. "
                "Verbatim: double space after 'usage.'. 'approximately 1,420 terawatt hours "
                "(TWh) per year' is one rate (the abbreviation stands inside the span).",
        "paragraphs": [
            "You\u2019ve probably seen water at work generating electricity at dams and other "
            "hydropower facilities in your region. But an emerging clean energy technology "
            "called marine and hydrokinetic (MHK) energy -- or ocean power -- uses water to "
            "generate electricity in a different way, and has yet to get on many people\u2019s "
            "radar. The Energy Department\u2019s new Energy 101 video illustrates the basics of how "
            "MHK devices capture energy from the motion of waves, tides and even river "
            "currents.",
            "Covering about three quarters of earth, our oceans are one of the biggest "
            "potential renewable energy sources on the planet. The Energy Department estimates "
            "that the maximum theoretical electric generation that could be produced from U.S. "
            "wave and tidal resources is approximately 1,420 terawatt hours (TWh) per year. "
            "That\u2019s about one-third of the nation's total annual electricity usage.  Of "
            "course, not all of this theoretical potential will be developed, but this vast "
            "resource clearly holds promise as one of the clean energy sources of the future.",
            "In fact, the town of Eastport, Maine, is already benefitting from a "
            "grid-connected MHK system that harnesses energy from water moving in and out of "
            "Cobscook Bay from tidal currents. Announced last summer, this Energy "
            "Department-funded pilot was developed by Ocean Renewable Power Company, which "
            "plans to expand its MHK project and install additional tidal current energy "
            "devices to generate more energy off the coast of Maine, as well as in Alaska\u2019s "
            "tidal or river currents.",
            "Developing our nation\u2019s promising and diverse renewable energy resources is an "
            "important part of President Obama\u2019s all-of-the-above energy strategy, which will "
            "create jobs and strengthen U.S. global competitiveness.",
        ],
        "quantities": [
            q("about three quarters", 0.75, "fraction", "percent",
              "share of earth covered by oceans", True),
            q("approximately 1,420 terawatt hours (TWh) per year", 1420, "terawatt_hour/year",
              "rate", "maximum theoretical generation from U.S. wave and tidal resources", True),
            q("about one-third", 1 / 3, "fraction", "percent",
              "share of U.S. annual electricity usage", True),
        ],
    },
    # ------------------------------------------------------------------ EIA
    {
        "id": "qt14-18",
        "source": "usgov:tonto.eia.doe.gov",
        "url": "https://webarchive.library.unt.edu/eot2008/20090313034213/http:/tonto.eia.doe.gov/oog/info/twip/twiparch/050928/twipprint.html",
        "title": "This Week In Petroleum: A Significant Blow, But Not a Knockout",
        "published": "2005-09-28",
        "truncated": True,
        "note": "EIA This Week In Petroleum (printable view) as kept by the End of Term web "
                "archive (webarchive.library.unt.edu). Removed: the EIA logo line and help "
                "line, breadcrumb, release and next-release date lines (date moved to "
                "published), the headline (moved to title) and a chart title. Cut by the store "
                "in the middle of a word; kept to the last complete sentence. 'at least another "
                "couple of weeks' is a duration of 2 weeks (approximate).",
        "paragraphs": [
            "With Hurricane Rita making landfall near the Beaumont/Port Arthur, TX and Lake "
            "Charles, LA refining centers, 7 refineries, amounting to 1.7 million barrels per "
            "day of refinery capacity (10 percent of U.S. refinery capacity), were directly in "
            "the path or very near the path of the hurricane. Damage to some of these "
            "refineries, and the lack of electrical power supply to others, is preventing their "
            "immediate return to service. Combined with the 5 percent of refinery capacity near "
            "the New Orleans area that was still out following Hurricane Katrina, as much as 15 "
            "percent of U.S. refinery capacity could be out for at least another couple of "
            "weeks.",
            "As the chart above indicates, while refinery shutdowns are much less than they "
            "were just prior to Hurricane Rita\u2019s landfall, when all Gulf Coast refineries from "
            "Sweeney, TX to Lake Charles, LA were shut down for precautionary reasons and to "
            "allow employees to evacuate, they still are significantly greater than at the "
            "peak following Hurricane Katrina. As a result, EIA estimates that these refinery "
            "outages amount to about 1.3 million barrels per day of lost gasoline production, "
            "over 700,000 barrels per day of lost distillate fuel production, and nearly "
            "400,000 barrels per day of lost jet fuel production. While some of the lost "
            "production from inoperable refineries can be made up from increased production "
            "from unaffected refineries and increased product imports, the rest of it will "
            "likely be made up from additional draws from inventories and lower demand due to "
            "higher prices.",
        ],
        "quantities": [
            cnt("7 refineries", 7, "refineries", "refineries in the path of Hurricane Rita"),
            q("1.7 million barrels per day", 1.7e6, "barrel/day", "rate",
              "refinery capacity in the path of Hurricane Rita"),
            pct("10 percent", 10, "share of U.S. refinery capacity in Rita's path"),
            pct("5 percent", 5, "refinery capacity still out after Katrina"),
            pct("as much as 15 percent", 15, "U.S. refinery capacity that could be out", True),
            q("at least another couple of weeks", 2, "week", "duration",
              "time refinery capacity could be out", True),
            q("about 1.3 million barrels per day", 1.3e6, "barrel/day", "rate",
              "lost gasoline production", True),
            q("over 700,000 barrels per day", 700000, "barrel/day", "rate",
              "lost distillate fuel production", True),
            q("nearly 400,000 barrels per day", 400000, "barrel/day", "rate",
              "lost jet fuel production", True),
        ],
    },
    {
        "id": "qt14-19",
        "source": "usgov:eia.gov",
        "url": "https://eia.gov/todayinenergy/detail.php?id=61002%3Futm_source%3Damp",
        "title": "Today in Energy (article leads of October 7-8, 2024)",
        "published": "2024-10-08",
        "truncated": True,
        "note": "EIA Today in Energy page as stored: a listing of article leads. Kept: the lead "
                "paragraphs of the first three articles; removed: logo, navigation, filter, "
                "article-type labels, dates (the newest moved to published), headlines, chart "
                "titles, data-source lines, 'Read More' links and the cut fourth lead. Title "
                "written as a description. 'almost half' is a fraction (approximate).",
        "paragraphs": [
            "As we explain in our October 2024 Winter Fuels Outlook, we expect that most U.S. "
            "households are likely to spend about the same or less on energy than they did "
            "last winter, depending on a household\u2019s main space heating fuel and the region "
            "where they live. We expect that lower prices this winter will be offset by colder "
            "temperatures, resulting in relatively little change in expenditures.",
            "U.S. natural gas-fired power plants generated more than 7 million megawatthours "
            "(MWh) of electricity on August 2, 2024, according to our Hourly Electric Grid "
            "Monitor, making up almost half of all electricity generated in the contiguous "
            "United States that day.",
            "Biofuels are making up an increasing share of total distillate fuel oil consumed "
            "in the United States. Beginning in the September 2024 Short-Term Energy Outlook "
            "(STEO), we began publishing forecasts for several new series that help to better "
            "capture how biofuels are being consumed and overall demand for distillate fuel "
            "oil, a classification of petroleum products that includes diesel, fuel oil, and "
            "heating oil.",
        ],
        "quantities": [
            q("more than 7 million megawatthours", 7e6, "megawatt_hour", "other",
              "electricity from natural gas-fired plants on August 2, 2024", True),
            q("almost half", 0.5, "fraction", "percent",
              "share of electricity generated in the contiguous United States", True),
        ],
    },
    # ------------------------------------------------------------------ FEMA
    {
        "id": "qt14-20",
        "source": "usgov:www.fema.gov",
        "url": "https://webarchive.library.unt.edu/eot2008/20090505220151/http://www.fema.gov/news/newsrelease.fema?id=21799",
        "title": "25 Million Cubic Yards Of Debris Cleared In Mississippi",
        "published": "2005-12-22",
        "truncated": True,
        "note": FEMA_NOTE + " Cut by the store in the middle of a sentence; kept to the last "
                "complete sentence. '100 feet by 100 feet' gives two lengths; 'the halfway "
                "point' is not annotated; 'Aug. 29, 2005' is a date.",
        "paragraphs": [
            "JACKSON, Miss. -- Since Hurricane Katrina made landfall Aug. 29, 2005, tremendous "
            "progress has been made in the clearing of debris from public and private property "
            "in the state of Mississippi. Katrina left more than 40 million cubic yards of "
            "debris in its wake and the U.S. Army Corps of Engineers, local governments and "
            "their contractors have worked with the Department of Homeland Security\u2019s Federal "
            "Emergency Management Agency (FEMA) to clear more than 25 million cubic yards of "
            "debris.",
            "To give one an idea of how much debris has been cleared, it would take someone in "
            "a standard pick up truck more than 8 million trips to a waste facility to move 25 "
            "million cubic yards of debris. If the number of pick up trucks to haul 25 million "
            "cubic yards of debris lined up, they would stretch around the world. Twenty-five "
            "million cubic yards of debris placed in a building 100 feet by 100 feet, would "
            "reach 13 miles into the sky.",
            "\u201cFederal, state and local officials are working together to clean up affected "
            "areas so communities can recover,\u201d said Nick Russo, the federal coordinating "
            "officer for FEMA\u2019s Mississippi recovery efforts. \u201cThe removal of debris following "
            "Hurricane Katrina is a massive task that we are getting closer to completion "
            "everyday.\u201d",
            "Debris removal operations throughout the state are approximately 60 percent "
            "complete. As the Corps nears the end of its mission of clearing debris on rights "
            "of way, more crews are being allocated to remove debris on private property. The "
            "Corps has already surpassed the halfway point for its FEMA-assigned mission to "
            "remove debris in several counties and cities receiving direct federal assistance.",
            "Debris removal on private property is well underway in several areas.",
        ],
        "quantities": [
            q("more than 40 million cubic yards", 4e7, "cubic_yard", "volume",
              "debris left by Katrina in Mississippi", True),
            q("more than 25 million cubic yards", 2.5e7, "cubic_yard", "volume",
              "debris cleared in Mississippi", True),
            cnt("more than 8 million trips", 8e6, "trips", "pick up truck trips to move the "
                "debris", True),
            q("25 million cubic yards", 2.5e7, "cubic_yard", "volume", "debris cleared"),
            q("25 million cubic yards", 2.5e7, "cubic_yard", "volume", "debris cleared"),
            q("Twenty-five million cubic yards", 2.5e7, "cubic_yard", "volume",
              "debris cleared"),
            q("100 feet", 100, "foot", "length", "side of an imagined building"),
            q("100 feet", 100, "foot", "length", "side of an imagined building"),
            q("13 miles", 13, "mile", "length", "height of the debris in the imagined "
              "building"),
            pct("approximately 60 percent", 60, "debris removal operations complete", True),
        ],
    },
    {
        "id": "qt14-21",
        "source": "usgov:www.fema.gov",
        "url": "https://webarchive.library.unt.edu/eot2008/20090505220003/http://www.fema.gov/news/newsrelease.fema?id=31649",
        "title": "Federal/State Disaster Assistance Update",
        "published": "2006-11-21",
        "truncated": True,
        "note": FEMA_NOTE + " Also removed the subheading 'Other disaster news:'. Cut by the "
                "store in the middle of a sentence; kept to the last complete sentence. "
                "Verbatim: 'Eight-five (85) percent' (value 85), 'in the wake October's', "
                "'Erie , Genesee', 'Buffalo District ,U.S. Army'. Phone numbers are not "
                "quantities; 'the estimated 4.0 million' is approximate.",
        "paragraphs": [
            "BUFFALO, N.Y. -- Eight-five (85) percent of the estimated 4.0 million cubic yards "
            "of debris left in the wake October's surprise storm has been removed, according to "
            "officials from the New York State Emergency Management Office (SEMO) and the "
            "Federal Emergency Management Agency (FEMA). State and local officials reported 3.4 "
            "million cubic yards of debris have been removed from Erie , Genesee, Niagara and "
            "Orleans counties to date.",
            "\"The 3.4 million cubic yards of debris reflects, among other things, the removal "
            "of hazardous hangers from more than 156,000 trees,\" said Gary Shoffstall, Chief "
            "of the Emergency Management Branch for the Buffalo District ,U.S. Army Corps of "
            "Engineers (USACE), and team leader for the emergency power and debris missions "
            "assigned by FEMA. \"Hazardous hangers are limbs two inches in diameter or greater "
            "still hanging from trees, posing a danger to pedestrians and vehicles below.\"",
            "State and local governments in Erie , Genesee, Niagara and Orleans counties "
            "continue their clean-up efforts, which include the removal of hazardous trees, and "
            "the removal of debris from the streams. \"Debris that remains in streams when they "
            "freeze will increase the potential for flooding when they thaw,\" said Shoffstall.",
            "Disaster victims are urged to register for assistance by calling 1-800-621-FEMA "
            "(3362) or TTY 1-800-462-7585 for the hearing or speech impaired. Victims can also "
            "register online at www.fema.gov.",
        ],
        "quantities": [
            pct("Eight-five (85) percent", 85, "share of storm debris removed"),
            q("estimated 4.0 million cubic yards", 4e6, "cubic_yard", "volume",
              "debris left by October's storm", True),
            q("3.4 million cubic yards", 3.4e6, "cubic_yard", "volume",
              "debris removed from four counties"),
            q("3.4 million cubic yards", 3.4e6, "cubic_yard", "volume", "debris removed"),
            cnt("more than 156,000 trees", 156000, "trees", "trees cleared of hazardous "
                "hangers", True),
            q("two inches", 2, "inch", "length", "diameter of hazardous hanging limbs"),
        ],
    },
    # ------------------------------------------------------------------ NASA
    {
        "id": "qt14-22",
        "source": "usgov:earthobservatory.nasa.gov",
        "url": "https://earthobservatory.nasa.gov/blogs/earthmatters/?src=features-recent",
        "title": "Earth Matters (NASA Earth Observatory blog): air pollution from the Camp Fire",
        "published": None,
        "truncated": True,
        "note": "NASA Earth Observatory blog page as stored (its newest post). Removed: browser "
                "notice, blog name, image credit lines. Title written as a description; the "
                "page shows no post date (events of November 2018). Cut by the store in the "
                "middle of a word; kept to the last complete sentence. 'PM2.5' is a name. "
                "'higher than 500 micrograms per cubic meter' is a concentration (rate "
                "microgram/cubic_meter, approximate); 'about 40 times' is a multiplier.",
        "paragraphs": [
            "As powerful downslope winds sent the deadly Camp Fire raging through bone-dry "
            "vegetation in northern California on November 8, 2018, sensors on the ground and "
            "in space began to detect sharp increases in air pollution downwind of the inferno.",
            "From space, the Moderate Resolution Imaging Spectroradiometer (MODIS) and Visible "
            "Infrared Imaging Radiometer Suite (VIIRS) sensor observed expansive smoke and "
            "aerosol plumes over California\u2019s Central Valley and coast soon after the fire "
            "began. Likewise, the Ozone Mapping Profiler Suite (OMPS) on Suomi NPP observed "
            "unusually high aerosol levels, and the Measurement of Pollution in the "
            "Troposphere (MOPITT) on Terra picked up strong carbon monoxide signals from the "
            "fire.",
            "Meanwhile on the ground, atmospheric scientists Pawan Gupta, Robert Levy, Prakash "
            "Doraiswamy, and Olga Pikelnaya have been keeping a close eye on air quality data "
            "from a network of low-cost sensors distributed throughout the region. These "
            "sensors measure the mass concentration of fine particulate matter (PM2.5). Some "
            "stations measured PM2.5 values higher than 500 micrograms per cubic meter, which "
            "is about 40 times higher than the level considered safe to breathe.",
            "\u201cOn November 9th, due to favorable wind direction, most of the smoke was "
            "confined to a smaller region north of San Francisco, but the wind direction changed "
            "on the 10th, and smoke spread over a much larger region,\u201d noted Gupta, who is "
            "based at NASA\u2019s Marshall Space Flight Center and works with NASA\u2019s SERVIR and "
            "ARSET programs. \u201cOn the 11th and 12th, the wind direction again changed, and most "
            "of the smoke blew over the ocean.\u201d",
        ],
        "quantities": [
            q("higher than 500 micrograms per cubic meter", 500, "microgram/cubic_meter",
              "rate", "PM2.5 values measured near the Camp Fire", True),
            q("about 40 times", 40, "multiplier", "other",
              "PM2.5 values compared with the safe level", True),
        ],
    },
    # ------------------------------------------------------------------ Army / Corps
    {
        "id": "qt14-23",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=1863",
        "title": "Gavins Point winter releases determined; Corps to hold public meetings in "
                 "mid-October",
        "published": None,
        "truncated": False,
        "note": USACE_NOTE + " The teaser shows no date (September 2017, after the September 1 "
                "storage check). 'MAF' = million acre-feet (acre_foot, value x 1e6); 'cfs' = "
                "cubic feet per second (rate). 'September 1', 'July 9', 'September 10' are "
                "dates.",
        "paragraphs": [
            "Based on the September 1 System storage check, the U.S. Army Corps of Engineers "
            "(Corps) announced that the Gavins Point winter release rate will be at least "
            "17,000 cfs. The total volume of water stored in the Mainstem Reservoir System is "
            "currently 60.2 MAF, occupying 4.1 MAF of the 16.3 MAF combined flood control "
            "storage zones. \u201cSystem storage peaked on July 9 at 61.8 MAF and is gradually "
            "declining. The water currently stored in the annual flood control zone will be "
            "released during the remainder of the year to serve navigation, water supply and "
            "other downstream purposes and will be completely evacuated prior to the start of "
            "next year\u2019s runoff season,\u201d said John Remus, chief of the Corps\u2019 Missouri River "
            "Basin Water Management Division. Garrison releases will be reduced from the "
            "current release rate of 30,000 cubic feet per second (cfs) to the fall rate of "
            "20,000 cfs beginning September 10. Missouri River stages in the Bismarck area will "
            "decline about 3.0 feet due to the release reduction from Garrison.",
        ],
        "quantities": [
            q("at least 17,000 cfs", 17000, "cubic_foot/second", "rate",
              "Gavins Point winter release rate", True),
            q("60.2 MAF", 6.02e7, "acre_foot", "volume",
              "water stored in the Mainstem Reservoir System"),
            q("4.1 MAF", 4.1e6, "acre_foot", "volume", "water occupying flood control zones"),
            q("16.3 MAF", 1.63e7, "acre_foot", "volume",
              "combined flood control storage zones"),
            q("61.8 MAF", 6.18e7, "acre_foot", "volume", "peak system storage on July 9"),
            q("30,000 cubic feet per second", 30000, "cubic_foot/second", "rate",
              "current Garrison release rate"),
            q("20,000 cfs", 20000, "cubic_foot/second", "rate", "Garrison fall release rate"),
            q("about 3.0 feet", 3.0, "foot", "length",
              "decline of Missouri River stages at Bismarck", True),
        ],
    },
    {
        "id": "qt14-24",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=1932",
        "title": "Gavins Point releases increased as downstream flows recede",
        "published": None,
        "truncated": False,
        "note": USACE_NOTE + " The teaser shows no date (June 2017). 'MAF' = million "
                "acre-feet; '2017 runoff season' is a year.",
        "paragraphs": [
            "The U.S. Army Corps of Engineers (Corps) Missouri River Basin Water Management "
            "Division increased releases from Gavins Point in late-May as tributaries "
            "downstream of Gavins Point receded. Releases from Gavins Point had been reduced to "
            "20,000 cubic feet per second (cfs) in mid-May to lessen flooding along the lower "
            "Missouri River due to widespread, heavy rainfall in parts of Nebraska, Kansas, and "
            "Missouri. Releases are expected to remain at the current rate of 33,000 cfs "
            "through June. The mainstem reservoir system began the 2017 runoff season with the "
            "full 16.3 million acre-feet (MAF) of flood control storage available. The total "
            "volume of water stored in the reservoir system is currently 60.5 MAF.",
        ],
        "quantities": [
            q("20,000 cubic feet per second", 20000, "cubic_foot/second", "rate",
              "reduced Gavins Point releases in mid-May"),
            q("33,000 cfs", 33000, "cubic_foot/second", "rate",
              "current Gavins Point release rate"),
            q("16.3 million acre-feet", 1.63e7, "acre_foot", "volume",
              "flood control storage available"),
            q("60.5 MAF", 6.05e7, "acre_foot", "volume",
              "water stored in the reservoir system"),
        ],
    },
    {
        "id": "qt14-25",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=2277",
        "title": "U.S. Army Corps of Engineers to begin $25.6 million Baltimore Harbor "
                 "maintenance dredging contract; Unstable Ice on Coralville Reservoir",
        "published": None,
        "truncated": False,
        "note": USACE_NOTE + " Here the teasers of two releases are kept (two paragraphs; "
                "headlines joined in the title). The teasers show no date (winter 2015-16). "
                "'roughly 2.6 million cubic yards' is approximate.",
        "paragraphs": [
            "Starting this month, crews under contract of the U.S. Army Corps of Engineers, "
            "Baltimore District, will begin dredging roughly 2.6 million cubic yards of "
            "material from the Baltimore Harbor and Channels navigation project via a $25.6 "
            "million contract awarded this past fall.",
            "Iowa City, IA - The U.S. Army Corps of Engineers is warning individuals to be "
            "careful on frozen lakes. Due to heavy precipitation during the month of December, "
            "the Coralville Lake level is currently more than 10 feet above the normal "
            "elevation for this time of year. This high water level during the winter is "
            "extremely unusual and brings with it some very real hidden dangers.",
        ],
        "quantities": [
            q("roughly 2.6 million cubic yards", 2.6e6, "cubic_yard", "volume",
              "material to be dredged from Baltimore Harbor", True),
            q("$25.6 million", 2.56e7, "USD", "money", "Baltimore Harbor dredging contract"),
            q("more than 10 feet", 10, "foot", "length",
              "Coralville Lake level above normal elevation", True),
        ],
    },
    {
        "id": "qt14-26",
        "source": "usgov:www.usar.army.mil",
        "url": "https://www.usar.army.mil/News/Images/igphoto/2002525759/",
        "title": "Army Reserve highlights \u201cEnergy Action Month\u201d with energy independence",
        "published": None,
        "truncated": False,
        "note": "U.S. Army Reserve image page; the document is the photo description (prose). "
                "The page shows no publication date (photo of March 12, 2013). Verbatim: the "
                "last sentence has no final period. Decisions: 'enough energy to power 250 to "
                "300 homes' is a range; 'the second of four' gives the count 'four' (phases), "
                "'second' is an ordinal; 'one of six pilot installations': 'one of' is a "
                "pronoun use, 'six pilot installations' is a count.",
        "paragraphs": [
            "Solar panel arrays form a canopy at a construction site in Fort Hunter Liggett, "
            "Calif., March 12, 2013. The construction site is for phase one and two of a solar "
            "microgrid project at the installation, managed by the U.S. Army Corps of "
            "Engineers Sacramento District. Phase one was completed in April 2012 and generates "
            "one megawatt of power, enough energy to power 250 to 300 homes. Phase two, "
            "scheduled for completion in May 2013, will generate an additional one megawatt of "
            "power and is expected to be the second of four at the post. The Sacramento "
            "District awarded contracts of $8.4 million for phase one and $9.7 million for "
            "phase two. Along with the energy production, the cover provided by the panel "
            "arrays will shade the majority of the post\u2019s vehicles. Fort Hunter Liggett is one "
            "of six pilot installations selected by the U.S. Army to be net zero energy, "
            "meaning the installation will create as much energy as it uses",
        ],
        "quantities": [
            q("one megawatt", 1, "megawatt", "other", "power generated by phase one"),
            cnt("250 to 300 homes", 250, "homes", "homes phase one can power", high=300),
            q("one megawatt", 1, "megawatt", "other", "additional power from phase two"),
            cnt("four", 4, "phases", "planned solar microgrid phases at the post"),
            q("$8.4 million", 8.4e6, "USD", "money", "contract for phase one"),
            q("$9.7 million", 9.7e6, "USD", "money", "contract for phase two"),
            cnt("six pilot installations", 6, "pilot installations",
                "Army net zero energy pilot installations"),
        ],
    },
    # ------------------------------------------------------------------ DisasterAssistance.gov
    {
        "id": "qt14-27",
        "source": "usgov:www.disasterassistance.gov",
        "url": "https://www.disasterassistance.gov/aggregator/sources/17?page=40",
        "title": "DisasterAssistance.gov feed aggregator: wildfire updates (spring 2021)",
        "published": "2021-06-09",
        "truncated": True,
        "note": "Feed-aggregator page of the federal DisasterAssistance.gov portal (run by FEMA); "
                "the items are wildfire updates of the Forest Service and BLM. Removed: the "
                "'4 years 1 month ago' timestamps before each item. Each item is a teaser cut "
                "by the aggregator itself (its own mid-sentence ends, e.g. 'contained at 1,400 "
                "acres on June 7 at', and 'Firefighters are also...') and is kept verbatim; the "
                "store cut the page inside the last item, kept to its last complete sentence. "
                "Title written as a description; published is the date of the first update "
                "(approximate for the page). Form-like fields ('Size: 712 acres Percent "
                "Contained: 85%.') are run into the prose as stored. 'Stage 1', 'Type 3' are "
                "names; '1,608-acre' is a compound adjective; 'within a week' is approximate; "
                "'the next few days' is not annotated.",
        "paragraphs": [
            "Wolf Draw Fire Update \u2013 June 9, 2021 This will be the last update on the Wolf "
            "Draw Fire unless conditions change significantly. Start date: May 29, 2021 "
            "Location: Approximately 30 miles north of Cuba and 11 miles northwest of Regina on "
            "the Cuba Ranger District of the Santa Fe National Forest (SFNF), Rio Arriba County "
            "Cause: Human. The Wolf Draw Fire was caused by an illegal abandoned campfire that "
            "escaped the fire ring over the Memorial Day weekend. The west side of the SFNF is "
            "currently under Stage 1 fire restrictions, which prohibit dispersed campfires. "
            "Size: 712 acres Percent Contained: 85%. Fire managers expect to reach 100% "
            "containment within a week. Resources: 2 hand crews and 1 Type 3 helicopter Fuels: "
            "Ponderosa pine and mixed conifer Operations: Operations today are following a "
            "familiar pattern as crews continue with mop-up and suppression repair. Firefighters "
            "are also...",
            "The 1,608-acre Wilson Creek Fire on Mt. Wilson, about 15 miles northeast of Pioche, "
            "is 100-percent contained. BLM firefighters will patrol the burn area for the next "
            "few days. The lightning-ignited fire was first reported Thursday morning, May",
            "The Warren Fire was contained at 1,400 acres on June 7 at",
            "The Harshaw Fire was contained at 149 acres on June 3 at",
            "Late in the day on May 17th, a wildfire was detected northwest of Bezhik Lake in "
            "the Boundary Waters Canoe Area Wilderness (BWCAW) on the LaCroix Ranger District of "
            "the Superior National Forest. Bezhik Lake is located west of Big Moose Lake, north "
            "of Cummings Lake, and approximately 16 miles north of Tower, MN. The fire is "
            "believed to be started by a lightning",
            "The Flag Fire was reported on Sunday, April 25, 2021 around 2pm. The fire "
            "originated between the Flag Mine and Wild Cow Campground in the Hualapai Mountains, "
            "approximately 11 miles south/southeast of Kingman, Arizona.",
        ],
        "quantities": [
            q("Approximately 30 miles", 30, "mile", "length",
              "distance of the Wolf Draw Fire north of Cuba", True),
            q("11 miles", 11, "mile", "length",
              "distance of the Wolf Draw Fire northwest of Regina"),
            q("712 acres", 712, "acre", "area", "size of the Wolf Draw Fire"),
            pct("85%", 85, "containment of the Wolf Draw Fire"),
            pct("100%", 100, "expected containment of the Wolf Draw Fire"),
            q("a week", 7, "day", "duration", "time to full containment", True),
            cnt("2 hand crews", 2, "hand crews", "resources on the Wolf Draw Fire"),
            cnt("1", 1, "helicopter", "Type 3 helicopter on the Wolf Draw Fire"),
            q("1,608-acre", 1608, "acre", "area", "size of the Wilson Creek Fire"),
            q("about 15 miles", 15, "mile", "length",
              "distance of the Wilson Creek Fire from Pioche", True),
            pct("100-percent", 100, "containment of the Wilson Creek Fire"),
            q("1,400 acres", 1400, "acre", "area", "size of the Warren Fire when contained"),
            q("149 acres", 149, "acre", "area", "size of the Harshaw Fire when contained"),
            q("approximately 16 miles", 16, "mile", "length",
              "distance of Bezhik Lake north of Tower", True),
            q("approximately 11 miles", 11, "mile", "length",
              "distance of the Flag Fire origin from Kingman", True),
        ],
    },
]

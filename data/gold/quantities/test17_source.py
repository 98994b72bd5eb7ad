"""Readable source of the sealed quantities test set ``test17.jsonl`` (annotated blind by sqy17).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test17.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

from checklib import quantity_record as q  # one definition for every quantities source

VOA_FURNITURE = ("Removed: 'Accessibility links', 'Breaking News', the headline (moved to title)")
VOA_BOX = ("the 'VOA News' byline box ('The Voice of America provides news and information in "
           "more than 40 languages ...') and the size switcher 'XS SM MD LG'")


def mw(text, value, about, approx=False, high=None):
    """Return a megawatt (power) record: kind other, not normalized."""
    return q(text, value, "megawatt", "other", about, approx, high)


DOCS = [
    {
        "id": "qt17-01",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/mass-evacuations-ordered-as-hurricane-ian-approaches-florida/6766601.html",
        "title": "Mass Evacuations Ordered as Hurricane Ian Approaches Florida",
        "published": "2022-09-27",
        "truncated": True,
        "note": VOA_FURNITURE + ", the photo caption (twice) and the subheading 'Storm surges, "
                "winds, floods expected'. The page shows no date: published is the date of the "
                "photo caption (Sept. 27, 2022), approximate. Cut by the store after 'Thousands "
                "of flights have been canceled after several major airp'; kept to the last "
                "complete sentence. Decisions: 'Category 3'/'Category 4' are ratings, not "
                "quantities; 'five-level' (scale) is a compound-adjective count; 'as much as 30 "
                "to 60 centimeters' is one approximate range.",
        "paragraphs": [
            "More than 2 million residents in the southeastern U.S. state of Florida have been "
            "ordered to evacuate their homes as Hurricane Ian makes its slow but steady approach "
            "towards the state’s western Gulf Coast region.",
            "Forecasters at the Miami-based National Hurricane Center say Ian is moving across "
            "the Gulf of Mexico carrying maximum sustained winds of 195 kilometers an hour, "
            "making it a Category 3 storm on the center’s five-level scale that measures a "
            "storm’s maximum sustained wind speed and destructive potential.",
            "At last report, the storm was located about 175 kilometers southwest of Naples, "
            "Florida. The NHC says Ian will pass just west of the Florida Keys, an archipelago "
            "located at the tip of the Florida Peninsula, early Wednesday morning. Ian is "
            "expected to grow stronger and evolve into an extremely dangerous Category 4 "
            "hurricane before it makes landfall sometime Wednesday afternoon or night between "
            "the cities of Fort Myers and Sarasota.",
            "Forecasters say Hurricane Ian is expected to cause life-threatening storm surges, "
            "catastrophic winds and flooding in the Florida Peninsula, as well as considerable "
            "flash, city and river flooding as it crosses over central Florida between Wednesday "
            "night and Thursday before reemerging over the western Atlantic Ocean. Ian is also "
            "expected to produce as much as 30 to 60 centimeters of rain stretching from the "
            "Florida Keys and South Florida into the neighboring states of Georgia and South "
            "Carolina.",
        ],
        "quantities": [
            q("More than 2 million residents", 2000000, "person", "count",
              "Florida residents ordered to evacuate", approx=True),
            q("195 kilometers an hour", 195, "kilometer/hour", "rate",
              "Hurricane Ian maximum sustained winds"),
            q("five-level", 5, "count", "count", "levels of the hurricane scale",
              counted="levels"),
            q("about 175 kilometers", 175, "kilometer", "length",
              "distance of the storm southwest of Naples", approx=True),
            q("as much as 30 to 60 centimeters", 30, "centimeter", "length",
              "rain expected from Hurricane Ian", approx=True, high=60),
        ],
    },
    {
        "id": "qt17-02",
        "source": "voa:www.voazimbabwe.com",
        "url": "https://www.voazimbabwe.com/a/a-13-56-74-2006-09-06-voa52-68969402/1470398.html",
        "title": "Experts Downgrade Maize Harvest Estimates As Grain Sits Uncollected",
        "published": "2006-09-06",
        "truncated": False,
        "note": VOA_FURNITURE + " and the closing link line 'More reports from VOA's Studio 7 "
                "for Zimbabwe...'. published from the date in the URL slug. Decisions: "
                "'thousands of tonnes' is a vague plural (2000 metric_ton, approximate); 'not "
                "likely to exceed 700,000 tonnes' keeps the verb phrase outside the span and is "
                "approximate; plain 'tonnes' -> metric_ton.",
        "paragraphs": [
            "Though the maize harvest season is well past and planting season is coming up fast, "
            "Zimbabwe's Grain Marketing Board state monopoly has still not collected thousands of "
            "tonnes of maize sitting in piles by the country's rural roadsides for lack of trucks "
            "and fuel. This and other factors are leading experts to revise down harvest "
            "estimates.",
            "Agriculture Secretary Simon Pazvakavambwa told the parliamentary committee on "
            "agriculture this week that there remains much maize to be collected. He also told "
            "the committee that staff members of the GMB intelligence section had been "
            "dispatched in advance around the country to determine the actual collection "
            "situation.",
            "The government has estimated the maize harvest at 1.35 million metric tonnes, but "
            "some experts say that it is not likely to exceed 700,000 tonnes.",
            "Asked for figures on how much maize it has collected and how much is estimated to "
            "remain in the hands of producers, the Grain Marketing Board referred the request to "
            "the Agriculture Ministry, which did not respond to a faxed questionnaire. The GMB "
            "said recently that it has already collected 230,000 tonnes of maize.",
            "Opposition agriculture spokesman Renson Gasela, a member of the Movement for "
            "Democratic Change faction led by Arthur Mutambara, told reporter Jonga Kandemiiri of "
            "VOA's Studio 7 for Zimbabwe that official delays in collecting maize and paying "
            "farmers could lead farmers to reduce acreage planted in maize next season.",
        ],
        "quantities": [
            q("thousands of tonnes", 2000, "metric_ton", "mass",
              "uncollected maize by rural roadsides", approx=True),
            q("1.35 million metric tonnes", 1350000, "metric_ton", "mass",
              "government estimate of the maize harvest"),
            q("700,000 tonnes", 700000, "metric_ton", "mass",
              "experts' ceiling for the maize harvest", approx=True),
            q("230,000 tonnes", 230000, "metric_ton", "mass", "maize collected by the GMB"),
        ],
    },
    {
        "id": "qt17-03",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/us-initiative-aims-to-create-20-million-power-connections-in-africa/1929341.html",
        "title": "US Initiative Aims to Create 20 Million Power Connections in Africa",
        "published": None,
        "truncated": True,
        "note": "Removed: the section label 'News / Economy', the headline (moved to title), the "
                "photo caption (twice) and the byline 'Anita Powell'. The page shows no date "
                "(published null; the story is from 2014). Double spaces after periods and the "
                "'...   ' inside the quotation are verbatim. Cut by the store after 'U.S. "
                "Export-Import Bank chairman Fred Hochberg said six co'; kept to the last "
                "complete sentence. Decisions: modifiers stop the span ('about 20 million' new "
                "electricity connections); 'more than two dozen' = 24, approximate; "
                "'second-largest' is a rank.",
        "paragraphs": [
            "The U.S. government is investing more than $1 billion to create about 20 million "
            "new electricity connections in sub-Saharan Africa as part of its “Beyond the Grid” "
            "Initiative.",
            "The African continent has the world’s lowest rates of electrification, a fact that "
            "caught the attention of U.S. President Barack Obama when he visited the continent "
            "last year.  So he announced an ambitious plan to electrify 20 million households in "
            "six countries: Ethiopia, Ghana, Kenya, Liberia, Nigeria and Tanzania.",
            "U.S. Secretary of Energy Ernest Moniz visited the Ethiopian capital this week to "
            "formally launch the program.  From there, he spoke to VOA, and said even basic "
            "electricity can light up many lives.",
            "“In villages, or rural families who have no electricity, a remarkably small amount "
            "is a life-changer.  It changes the quality of life very, very dramatically,\" he "
            "said. \"If you just think about what young people can do in terms of reading at "
            "night, etcetera in a safe and clean and safe environment ...   So it is really "
            "across the board, and clean energy opportunities in Africa are really immense.”",
            "The “Beyond the Grid” Program has pulled in more than two dozen international "
            "investors and will cost more than $1 billion.  Much of its work will go towards "
            "serving people who live off the traditional electric grid, and to investigate clean "
            "energy options like solar and geothermal power.",
            "Officials also say the project is looking to unlock the energy potential of rising "
            "African nations like Angola, which is the continent’s second-largest oil producer, "
            "and Mozambique, which is in the midst of a natural gas boom.",
        ],
        "quantities": [
            q("more than $1 billion", 1000000000, "USD", "money",
              "US investment in Beyond the Grid", approx=True),
            q("about 20 million", 20000000, "count", "count",
              "new electricity connections in sub-Saharan Africa", approx=True,
              counted="electricity connections"),
            q("20 million households", 20000000, "count", "count",
              "households Obama plans to electrify", counted="households"),
            q("six countries", 6, "count", "count", "countries of the plan",
              counted="countries"),
            q("more than two dozen", 24, "count", "count",
              "international investors in the program", approx=True, counted="investors"),
            q("more than $1 billion", 1000000000, "USD", "money",
              "cost of the Beyond the Grid program", approx=True),
        ],
    },
    {
        "id": "qt17-04",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-a-2002-11-29-4-1-83111652/120196.html",
        "title": "ENVIRONMENT REPORT - November 29, 2002: Effects of Oil Spill Near Spain - 2002-11-29",
        "published": "2002-11-29",
        "truncated": True,
        "note": VOA_FURNITURE + ". Cut by the store after 'Government officials promised "
                "financ'; kept to the last complete sentence. Decisions: spelled-out hyphenated "
                "numbers are quantities ('more than seventy-five-million liters' = 7.5e7 liter); "
                "dates ('November nineteenth') are not; 'Within a week' is an approximate "
                "duration; 'split in two' (idiom) is not annotated; 'hundreds' (of oil-covered "
                "birds) is a vague plural, 200, with the modifier outside the span; plain "
                "'tons' -> metric_ton.",
        "paragraphs": [
            "This is the VOA Special English ENVIRONMENT REPORT.",
            "A ship carrying more than seventy-five-million liters of oil sank November "
            "nineteenth in waters near the coast of northwestern Spain. Spanish officials say the "
            "ship spilled more than ten-million liters of fuel and oil. Environmental experts say "
            "the oil threatens fish and many different kinds of sea life near the coasts of "
            "Spain, Portugal and France.",
            "The ship, called the Prestige, was damaged during a severe storm. The ship began "
            "leaking oil November thirteenth after strong waves caused the ship’s hull to break "
            "open. Within a week, the ship split in two and sank. The ship went down near the "
            "coast of Spain’s Galicia area.",
            "Environmental experts believe the cold temperatures at the bottom of the Atlantic "
            "Ocean will cause the remaining oil to harden and prevent it from spreading. Experts "
            "say the depth of the sea makes it almost impossible to pump the remaining oil from "
            "the tanks. Spain’s government says it plans to send a small submarine to examine the "
            "sunken ship for leaks.",
            "Devices on several anti-pollution ships were able to remove more than "
            "three-hundred-thousand liters of oil from the sea. However, oil from the Prestige has "
            "spread over more than three-hundred kilometers of coastline in the northwest Galicia "
            "area. Crews set up floating barriers to contain the oil. More than nine-hundred "
            "workers have used buckets and shovels to remove more than "
            "one-thousand-five-hundred tons of oil waste from one-hundred-forty beaches.",
            "Workers have collected hundreds of oil-covered birds and sent them to a cleaning "
            "center in the city of La Coruna. Most of the birds were dying.",
            "Fishing and seafood harvesting has been banned along the coast of Galicia, forcing "
            "many fishermen out of work.",
        ],
        "quantities": [
            q("more than seventy-five-million liters", 75000000, "liter", "volume",
              "oil carried by the Prestige", approx=True),
            q("more than ten-million liters", 10000000, "liter", "volume",
              "fuel and oil spilled by the ship", approx=True),
            q("Within a week", 1, "week", "duration", "time until the ship split and sank",
              approx=True),
            q("more than three-hundred-thousand liters", 300000, "liter", "volume",
              "oil removed from the sea by anti-pollution ships", approx=True),
            q("more than three-hundred kilometers", 300, "kilometer", "length",
              "coastline reached by the oil", approx=True),
            q("More than nine-hundred workers", 900, "person", "count",
              "workers cleaning beaches", approx=True),
            q("more than one-thousand-five-hundred tons", 1500, "metric_ton", "mass",
              "oil waste removed from beaches", approx=True),
            q("one-hundred-forty beaches", 140, "count", "count", "beaches cleaned",
              counted="beaches"),
            q("hundreds", 200, "count", "count", "oil-covered birds collected", approx=True,
              counted="birds"),
        ],
    },
    {
        "id": "qt17-05",
        "source": "voa:www1.voanews.com",
        "url": "http://www1.voanews.com/english/news/usa/Coast-Guard-Says-More-Oil-Being-Contained-from-Leaking-Well-95687324.html",
        "title": "Oil Spill Spreading; Cap Slowing Gusher",
        "published": "2010-06-05",
        "truncated": True,
        "note": VOA_FURNITURE + ", the section label 'USA' and the photo caption (twice). The "
                "page shows no date: published is the Saturday after the 'late Friday' weekly "
                "address of June 4, 2010 (approximate). Cut by the store inside a quotation after "
                "'has likel'; kept to the last complete sentence (the quotation stays open, "
                "verbatim). Decisions: 'almost one million (954,000) liters' gives two volume "
                "quantities, 'almost one million' (unit from the following 'liters') and "
                "'954,000'; 'between one-quarter and one-half' is a fraction range; 'about a "
                "half-percent to one percent' is one approximate range; 'April 20' is a date; "
                "'fourth-generation' is an ordinal; 'hundreds of kilometers' is a vague plural "
                "(200 kilometer).",
        "paragraphs": [
            "A cap placed over a leaking oil well is believed to be slowing the flow of oil into "
            "the Gulf of Mexico, even as the enormous spill continues to spread. President Barack "
            "Obama says he will fight alongside Gulf communities until the crisis is over.",
            "U.S. Coast Guard officials say the cap may be collecting between one-quarter and "
            "one-half of the leaking oil.",
            "Retired Coast Guard Admiral Thad Allen, who is leading the government's response, "
            "said Saturday the cap collected almost one million (954,000) liters of oil on "
            "Friday, its first full day of use. The government estimates that that is about a "
            "half-percent to one percent of the total oil that has leaked in the six weeks since "
            "an oil rig exploded on April 20, killing eleven workers.",
            "The spill, which resulted from the blast off the coast of the state of Louisiana, "
            "has extended hundreds of kilometers to the east, reaching the state of Florida.",
            "Meanwhile, President Barack Obama says he will do what he can to help people recover "
            "after losing their livelihoods in the disaster. \"It is brutally unfair. It is "
            "wrong. And what I told these men and women, and what I have said since the beginning "
            "of this disaster, is that I am going to stand with the people of the Gulf Coast "
            "until they are made whole,\" he said.",
            "The president recorded his weekly address late Friday from a fishing bait shop in "
            "the coastal town of Grand Isle, Louisiana. He met there with federal, state and "
            "local officials, and with people who are suffering because of the disaster. "
            "\"Folks like Floyd Lasseigne, a fourth-generation oyster fisherman. This is the time "
            "of year when he ordinarily earns a lot of his income.",
        ],
        "quantities": [
            q("between one-quarter and one-half", 0.25, "fraction", "percent",
              "share of the leaking oil the cap may collect", high=0.5),
            q("almost one million", 1000000, "liter", "volume",
              "oil collected by the cap on Friday", approx=True),
            q("954,000", 954000, "liter", "volume", "oil collected by the cap on Friday"),
            q("about a half-percent to one percent", 0.5, "percent", "percent",
              "share of the total leaked oil collected", approx=True, high=1),
            q("six weeks", 6, "week", "duration", "time since the oil rig exploded"),
            q("eleven workers", 11, "person", "count", "workers killed in the rig explosion"),
            q("hundreds of kilometers", 200, "kilometer", "length",
              "extent of the spill to the east", approx=True),
        ],
    },
    {
        "id": "qt17-06",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/space-plane-lands-/3846641.html",
        "title": "Secret Space Plane Lands After Two Years in Orbit",
        "published": "2017-05-08",
        "truncated": True,
        "note": VOA_FURNITURE + ", the photo caption (twice, itself cut), the repeated headline "
                "and the audio player lines ('please wait', 'No media source currently "
                "available', '0:00 0:03:07 0:00'). The page shows no date: published is the day "
                "after the Sunday landing of May 7, 2017 (approximate). Cut by the store after "
                "'That means only certain military members are permitted to know'; kept to the "
                "last complete sentence. Decisions: 'X-37B' is a name; 'close to a year' and "
                "'close to two years' are approximate durations; 'about two weeks short of two "
                "years' gives two durations ('about two weeks', 'two years').",
        "paragraphs": [
            "This is What’s Trending Today....",
            "[listen to sound of plane landing]",
            "That is the sound of the United States Air Force’s unmanned spacecraft landing at "
            "the Kennedy Space Center in Florida over the weekend.",
            "The United States Department of Defense posted a video of the landing on YouTube.",
            "The Air Force’s X-37B spacecraft passed over the state of Florida early in the "
            "morning Sunday.",
            "It made a different sound then. It created a “sonic boom.” That is the noise caused "
            "by something traveling faster than the speed of sound – or 1,225 kilometers per "
            "hour.",
            "The sonic boom served as a surprising alarm clock for some Floridians. They took to "
            "Twitter to express their shock and describe the loud noise.",
            "One person said she thought someone had crashed into her garage.",
            "The X-37B was first used in 2010. Each time it goes on a mission, it stays in space "
            "and orbits the Earth many times. In its first mission, it stayed in space for about "
            "six months. Its second mission was close to a year, and its third mission was close "
            "to two years.",
            "On Sunday, the plane ended its fourth mission about two weeks short of two years.",
            "So, what does the plane do when it is in space?",
            "No one really knows. It is classified.",
        ],
        "quantities": [
            q("1,225 kilometers per hour", 1225, "kilometer/hour", "rate", "speed of sound"),
            q("about six months", 6, "month", "duration", "X-37B first mission in space",
              approx=True),
            q("close to a year", 1, "year", "duration", "X-37B second mission", approx=True),
            q("close to two years", 2, "year", "duration", "X-37B third mission", approx=True),
            q("about two weeks", 2, "week", "duration",
              "time the fourth mission fell short of two years", approx=True),
            q("two years", 2, "year", "duration", "reference length of the fourth mission"),
        ],
    },
    {
        "id": "qt17-07",
        "source": "usgov:www.swl.usace.army.mil",
        "url": "https://www.swl.usace.army.mil/Media/News-Stories/Article/2322581/national-hydropower-day/",
        "title": "National Hydropower Day",
        "published": "2020-08-24",
        "truncated": False,
        "note": "Removed: the headline (moved to title), the line 'Little Rock District', the date "
                "line (moved to published) and the photo caption. Decisions: modifiers stop the "
                "span ('75' active hydro power plants, 'seven' hydropower generating projects); "
                "'for decades' is a vague plural duration (20 years, approximate); 'hundreds of "
                "millions of dollars' is a vague plural (2e8 USD, approximate).",
        "paragraphs": [
            "Hydropower generation is an understated thing. Mostly seen as a rush of water from "
            "the turbines inside the powerhouse, there is none of the dramatic effect during a "
            "hydropower release like there is when a dam is releasing water from the spillway.",
            "The U.S. Army Corps of Engineers is the largest owner-operator of hydroelectric "
            "power plants in the United States. With 75 active hydro power plants and more than "
            "300 power units in operation, USACE generates 25 percent of the nation's "
            "hydroelectric power, and represents nearly 3 percent of the nation's overall "
            "electric-generating capacity.",
            "For more than 136 years, hydropower has provided the United States with clean, "
            "reliable energy. In a time when so many are advocating for renewable resources, it's "
            "easy to forget that hydropower has been one of the most stable, and resilient "
            "sources of renewable power for decades.",
            "Here in the Little Rock District, we have seven hydropower generating projects "
            "capable of producing 1,250 megawatts of power. Our dams and power plant operations "
            "provide hundreds of millions of dollars in value to the nation and help provide "
            "low-cost, renewable energy to consumers all over the United States.",
        ],
        "quantities": [
            q("75", 75, "count", "count", "active USACE hydro power plants",
              counted="hydro power plants"),
            q("more than 300 power units", 300, "count", "count",
              "USACE power units in operation", approx=True, counted="power units"),
            q("25 percent", 25, "percent", "percent",
              "USACE share of the nation's hydroelectric power"),
            q("nearly 3 percent", 3, "percent", "percent",
              "USACE share of national electric-generating capacity", approx=True),
            q("more than 136 years", 136, "year", "duration",
              "time hydropower has served the United States", approx=True),
            q("decades", 20, "year", "duration", "time hydropower has been a stable source",
              approx=True),
            q("seven", 7, "count", "count", "Little Rock District hydropower projects",
              counted="hydropower generating projects"),
            mw("1,250 megawatts", 1250, "capacity of the Little Rock District projects"),
            q("hundreds of millions of dollars", 200000000, "USD", "money",
              "value of the district's dams and power plants", approx=True),
        ],
    },
    {
        "id": "qt17-08",
        "source": "usgov:www.sas.usace.army.mil",
        "url": "https://www.sas.usace.army.mil/About/Divisions-and-Offices/Operations-Division/J-Strom-Thurmond-Dam-and-Lake/Hydropower/Value-to-Individuals-and-the-Community/",
        "title": "Value to Individuals and the Community",
        "published": None,
        "truncated": True,
        "note": "Title written from the URL slug (the stored page has no headline). The page shows "
                "no date (published null). Removed: two photo captions (Wolf Creek Dam; the "
                "Keokuk plant caption with its '125 megawatts'). The page ends in a glossary "
                "whose stored copy starts mid-entry and is cut ('... is used  for'); the glossary "
                "was left out and the document ends with the last prose paragraph. Verbatim "
                "oddities kept: 'flood  control' (double space), 'it's own', 'More that 40'. "
                "Decisions: 'nearly 100 billion kilowatt-hours a year' is one rate "
                "(kilowatt_hour/year); 'nearly a quarter' is a fraction; 'the decades following "
                "World War II' anchors a time and is not annotated; 'More that 40' of these "
                "retrofits keeps the noun outside the span.",
        "paragraphs": [
            "The U.S. Army Corps of Engineers is the largest owner/operator of hydroelectric "
            "powerplants in the United States and one of the largest in the world. The Corps' 75 "
            "plants have a total installed capacity of 20,720 megawatts and produce nearly 100 "
            "billion kilowatt-hours a year. This is nearly a quarter of the nation's total "
            "hydropower output: enough energy to serve about ten million households, or roughly "
            "ten cities the size of Seattle, WA.",
            "Hydropower is one of the products of developing rivers for multiple purposes. Over "
            "the years, Congress has directed the Corps to build water resource projects to serve "
            "public needs such as flood  control, water supply, and navigation. Where feasible, "
            "hydropower has also been included.",
            "The earliest hydropower plants at Corps projects were constructed at navigation "
            "dams, as joint efforts with electric utility companies. The utilities built the "
            "powerplants, and the Corps usually built the navigation locks. Later, Congress "
            "authorized the Corps to construct it's own powerplants at dams being built for flood "
            "control, navigation, and other purposes. Most of these projects were placed in "
            "service during the decades following World War II. In the late 1970s, emphasis "
            "shifted back to allowing nonfederal hydropower development at Corps projects. More "
            "that 40 of these retrofits have now been completed, by municipalities, electric "
            "utilities, and independent power producers.",
            "The Corps is working hard to keep its powerplants operating at peak efficiency and "
            "reliability. State-of-the-art equipment is used whenever possible to replace aging "
            "turbines, generators, and control systems.",
        ],
        "quantities": [
            q("75 plants", 75, "count", "count", "Corps hydropower plants", counted="plants"),
            mw("20,720 megawatts", 20720, "installed capacity of the Corps plants"),
            q("nearly 100 billion kilowatt-hours a year", 100000000000, "kilowatt_hour/year",
              "rate", "annual output of the Corps plants", approx=True),
            q("nearly a quarter", 0.25, "fraction", "percent",
              "Corps share of national hydropower output", approx=True),
            q("about ten million households", 10000000, "count", "count",
              "households the Corps hydropower could serve", approx=True,
              counted="households"),
            q("roughly ten cities", 10, "count", "count", "Seattle-sized cities served",
              approx=True, counted="cities"),
            q("More that 40", 40, "count", "count", "nonfederal retrofits completed",
              approx=True, counted="retrofits"),
        ],
    },
    {
        "id": "qt17-09",
        "source": "usgov:www.mvp.usace.army.mil",
        "url": "https://www.mvp.usace.army.mil/Media/News-Releases/Article/4271126/army-corps-of-engineers-recognizes-national-hydropower-day",
        "title": "Army Corps of Engineers recognizes National Hydropower Day",
        "published": "2025-08-11",
        "truncated": True,
        "note": "Removed: the 'Contact Public Affairs' block (office address, phone, fax, e-mail), "
                "the headline (moved to title), the line 'HQ USACE Public Affairs Office', the "
                "date line (moved to published) and the photo caption, which repeats the first "
                "two paragraphs word for word (kept once). Cut by the store after 'USACE is "
                "among the nation’s top 10 power producer'; kept to the last complete sentence. "
                "Decisions: '3,200-feet-long' is a compound-adjective length; 'Aug. 24' is a "
                "date.",
        "paragraphs": [
            "On July 10, 2025, the U.S. Army Corps of Engineers, Walla Walla District, celebrated "
            "the 3,200-feet-long Lower Granite Lock and Dam’s 50 years of service to the Pacific "
            "Northwest along with the generations of people who made it possible.",
            "Lower Granite Lock and Dam, located on the Snake River in southeastern Washington, "
            "includes a dam, navigation lock, powerhouse, fish ladder, and associated facilities. "
            "The project provides hydropower, navigation, flood risk management, fish and "
            "wildlife habitat, recreation, and incidental irrigation. The dam spans approximately "
            "3,200 feet and has an effective height of 100 feet. It is a concrete gravity "
            "structure with an earthfill right abutment embankment.",
            "The U.S. Army Corps of Engineers will recognize National Hydropower Day Aug. 24. For "
            "more than 140 years, the USACE Hydropower Program has been providing the nation "
            "with resilient and reliable clean energy.",
        ],
        "quantities": [
            q("3,200-feet-long", 3200, "foot", "length", "length of Lower Granite Lock and Dam"),
            q("50 years", 50, "year", "duration", "service of Lower Granite Lock and Dam"),
            q("approximately 3,200 feet", 3200, "foot", "length", "span of the dam",
              approx=True),
            q("100 feet", 100, "foot", "length", "effective height of the dam"),
            q("more than 140 years", 140, "year", "duration",
              "life of the USACE Hydropower Program", approx=True),
        ],
    },
    {
        "id": "qt17-10",
        "source": "usgov:svs.gsfc.nasa.gov",
        "url": "https://svs.gsfc.nasa.gov/cgi-bin/details.cgi?aid=12330&button=recent",
        "title": "NASA Sees Intense Fires Around The World",
        "published": None,
        "truncated": False,
        "note": "NASA Goddard Scientific Visualization Studio page. Removed: the line 'Earth  ID: "
                "12330', the headline (moved to title), and everything after the prose: 'Used "
                "Elsewhere In', 'For More Information', the credits list, the credit line, the "
                "short-URL line and the series and keyword tags. The page shows no date "
                "(published null; the text is from summer 2016). Decisions: 'the first half of "
                "2016' anchors a time and is not annotated; 'on average 78 days longer' is a "
                "duration (not approximate).",
        "paragraphs": [
            "This year’s wildfire season is off to a blazing start. The United States had an "
            "early start to the season, with more than 29,000 wildfires burning more than 2.6 "
            "million acres of land. The driest season in 14 years has left the southern Amazon "
            "primed for heavy wildfire activity as well.",
            "The expected wildfire surge in the Amazon this summer is the result of El Niño, a "
            "warming of waters in the Pacific Ocean that had major impacts on weather across the "
            "United States the first half of 2016. While El Niño has officially ended, we’re "
            "still feeling effects through increased wildfire activity.",
            "In some parts of the U.S., the fire season is now on average 78 days longer than it "
            "was in 1970, according to the U.S. Department of Agriculture. NASA scientists are "
            "able to monitor these wildfires better than ever before, providing valuable "
            "information that fire managers can use to prepare the public. Using data collected "
            "by satellites, planes and on the ground, NASA is tracking wildfires around the world "
            "and keeping an eye on the hot, dry conditions that contribute to larger fires.",
        ],
        "quantities": [
            q("more than 29,000 wildfires", 29000, "count", "count",
              "US wildfires early in the 2016 season", approx=True, counted="wildfires"),
            q("more than 2.6 million acres", 2600000, "acre", "area",
              "land burned by US wildfires", approx=True),
            q("14 years", 14, "year", "duration", "period since a season as dry"),
            q("78 days", 78, "day", "duration", "lengthening of the fire season since 1970"),
        ],
    },
    {
        "id": "qt17-11",
        "source": "usgov:energy.gov",
        "url": "http://energy.gov/ne/downloads/july-2010-status-and-outlook-nuclear-energy-united-states",
        "title": "July 2010, Status and Outlook for Nuclear Energy In the United States",
        "published": None,
        "truncated": False,
        "note": "DOE Office of Nuclear Energy download page: the stored text is the headline (moved "
                "to title) and two paragraphs. published null (the title names the month, July 2010; no day "
                "given). Verbatim oddities kept: 'pro- gress' and 'De- partment' (hyphenation "
                "spaces from the PDF), 'license applica- tions'. Decisions: 'up to 22' (new "
                "reactors) keeps the modifier outside the span; '798.7 billion kilowatt-hours' is "
                "an energy (the year is a separate phrase); 'in 2009' is a year.",
        "paragraphs": [
            "The U.S. nuclear power industry continues to make pro- gress toward the construction "
            "of new nuclear power plants in the United States. Currently, 13 license applica- "
            "tions are under active review by the Nuclear Regulatory Commission (NRC) for up to "
            "22 new reactors. The De- partment of Energy has awarded conditional commit- ments "
            "for loan guarantees to the partners in the Vogtle project and is negotiating terms "
            "for loan guarantees with several new nuclear projects.",
            "The 104 operating plants continue to perform well, turn- ing in sustained "
            "performance for output and capacity factor — an estimated 798.7 billion "
            "kilowatt-hours and 90.5 percent respectively in 2009.",
        ],
        "quantities": [
            q("13", 13, "count", "count", "license applications under NRC review",
              counted="license applications"),
            q("up to 22", 22, "count", "count", "new reactors in the applications",
              approx=True, counted="reactors"),
            q("104", 104, "count", "count", "operating nuclear plants",
              counted="operating plants"),
            q("an estimated 798.7 billion kilowatt-hours", 798700000000, "kilowatt_hour",
              "other", "output of US nuclear plants in 2009", approx=True),
            q("90.5 percent", 90.5, "percent", "percent",
              "capacity factor of US nuclear plants in 2009"),
        ],
    },
    {
        "id": "qt17-12",
        "source": "usgov:weather.gov",
        "url": "https://weather.gov/iln/20120629",
        "title": "June 29, 2012 Derecho",
        "published": None,
        "truncated": True,
        "note": "NWS Wilmington OH event page. Removed: the NWS header, the site-wide hazard banner "
                "('Dangerous Cold Weather for Most of the Country ...'), the date-and-name heading "
                "(moved to title), the link line 'Commemorative Local Derecho StoryMap' and the "
                "subheading 'What is a Derecho?'. The page shows no publication date (published "
                "null; the event is of June 29, 2012). Cut by the store after 'as many "
                "atmospheric conditions hav'; kept to the last complete sentence. Decisions: "
                "clock times ('3:15 PM', '7:00 PM') and dates are not quantities; 'Over the next "
                "few hours' is not annotated ('few' has no value in the guideline); 'hundreds of "
                "miles' is a vague plural (200 mile); '50 knots or 58 MPH' gives two speeds; "
                "'(even 100 MPH in rare cases)' is a speed.",
        "paragraphs": [
            "During the early afternoon hours of Friday, June 29th, thunderstorms developed near "
            "Chicago and quickly intensified as they moved into northern Indiana. Producing a "
            "wind gust to 91 MPH in Fort Wayne, Indiana, the storms matured into a derecho as "
            "they entered the NWS Wilmington OH forecast area. Over the next few hours, the "
            "derecho produced widespread significant wind damage across the majority of NWS "
            "Wilmington's forecast area, with measured wind gusts over 80 MPH in a few "
            "locations. The derecho moved quickly across the area (which is typical and helps to "
            "push the high winds out ahead of the system), entering the northwest corner of the "
            "area around 3:15 PM and exiting the southeast by 7:00 PM, with an average forward "
            "speed in excess of 60 MPH. During the event, NWS Wilmington OH issued 19 Severe "
            "Thunderstorm Warnings.",
            "Derecho (pronounced \"deh-REY-cho\") is a Spanish word that means \"straight.\" In "
            "meteorology, the term is used to describe a long-lived, violent straight-line "
            "convective wind storm. A derecho usually takes the form of a squall line or large "
            "bow echo, travelling hundreds of miles. Derechos produce widespread wind gusts to "
            "severe criteria (50 knots or 58 MPH), and wind gusts to 80 MPH (even 100 MPH in "
            "rare cases) are possible.",
        ],
        "quantities": [
            q("91 MPH", 91, "mile/hour", "rate", "wind gust in Fort Wayne"),
            q("over 80 MPH", 80, "mile/hour", "rate",
              "measured derecho wind gusts in a few locations", approx=True),
            q("in excess of 60 MPH", 60, "mile/hour", "rate",
              "average forward speed of the derecho", approx=True),
            q("19 Severe Thunderstorm Warnings", 19, "count", "count",
              "warnings issued by NWS Wilmington OH",
              counted="Severe Thunderstorm Warnings"),
            q("hundreds of miles", 200, "mile", "length", "distance a derecho travels",
              approx=True),
            q("50 knots", 50, "knot", "rate", "severe criteria wind gust"),
            q("58 MPH", 58, "mile/hour", "rate", "severe criteria wind gust"),
            q("80 MPH", 80, "mile/hour", "rate", "possible derecho wind gusts"),
            q("100 MPH", 100, "mile/hour", "rate", "derecho wind gusts in rare cases"),
        ],
    },
    {
        "id": "qt17-13",
        "source": "usgov:www.cnrfc.noaa.gov",
        "url": "http://www.cnrfc.noaa.gov/flash_flooding.php",
        "title": "Flash Flooding and Rapid Hydrologic Response",
        "published": None,
        "truncated": True,
        "note": "NWS California Nevada River Forecast Center page. Removed: the agency header line "
                "and the headline (moved to title). The page shows no date (published null). The "
                "stored text reaches the store's length limit and ends at a sentence, so the page "
                "may continue (marked truncated). Decisions: 'within 6 hours' is an approximate "
                "duration; 'e.g. 0.04 inches of rain or 0.1 foot change' gives two lengths; "
                "'in excess of 700 precipitation and 275 river level gages' gives two counts of "
                "gages.",
        "paragraphs": [
            "Much of the CNRFC area is susceptible to flash floods. In addition, many of these "
            "flash flood-prone areas are among the most heavily populated in the country. The "
            "NWS defines a flash flood as a flood event which occurs within 6 hours of the "
            "causative event. The rapid and often localized development of these events "
            "requires real-time assessment and immediate public warning. As such, the "
            "responsibility for public flash flood watches and warnings rests with the "
            "continuously-staffed WFOs. In support of their efforts, the CNRFC provides flash "
            "flood guidance based on current watershed conditions.",
            "The CNRFC contributions to the flash flood threat don’t end there. With the "
            "assistance of the CNRFC, numerous cities and counties have installed and actively "
            "maintain an automated local flood warning system. The CNRFC pioneered the concept, "
            "design, development, and application of ALERT (Automated Local Evaluation in Real "
            "Time). The systems consist of automated event-reporting rain and river gages and a "
            "computer system that analyzes current and developing hydrologic conditions. Data "
            "from the river and rain gages are generated in response to changing conditions "
            "(e.g. 0.04 inches of rain or 0.1 foot change in river level) and transmitted to the "
            "computer base station using line-of-sight radio operated on the Hydrologic Warning "
            "Frequency. Approximately 30 such systems currently exist within the CNRFC area. "
            "Between them, they monitor in excess of 700 precipitation and 275 river level "
            "gages. All data are automatically passed to the nearest WFO as well as the CNRFC. "
            "Collaboration among the operators of these systems is facilitated by the ALERT "
            "Users Group.",
        ],
        "quantities": [
            q("within 6 hours", 6, "hour", "duration",
              "time from the causative event that defines a flash flood", approx=True),
            q("0.04 inches", 0.04, "inch", "length", "rain that triggers a gage report"),
            q("0.1 foot", 0.1, "foot", "length", "river level change that triggers a report"),
            q("Approximately 30", 30, "count", "count", "ALERT systems in the CNRFC area",
              approx=True, counted="systems"),
            q("in excess of 700", 700, "count", "count", "precipitation gages monitored",
              approx=True, counted="precipitation gages"),
            q("275", 275, "count", "count", "river level gages monitored",
              counted="river level gages"),
        ],
    },
    {
        "id": "qt17-14",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-2009-12-11-voa1-83142582/130136.html",
        "title": "Aiming for a Deal on Climate Change",
        "published": "2009-12-11",
        "truncated": True,
        "note": VOA_FURNITURE + " and the label 'Transcript of radio broadcast:' after the "
                "standfirst (the standfirst itself is kept as the first paragraph). published "
                "from the date in the URL slug. Cut by the store after 'And they, in turn, want "
                "help.' mid-story; kept to the last complete sentence. Decisions: 'Thousands' "
                "(of delegates) is a vague plural (2000, approximate); 'through December 18' and "
                "'two thousand twelve' are dates or years; 'twelve-day' is a compound-adjective "
                "duration; 'for years' is not annotated.",
        "paragraphs": [
            "Thousands of delegates meet through December 18 in Copenhagen, Denmark. The goal is "
            "an agreement to cut greenhouse gases and help developing countries.",
            "This is IN THE NEWS in VOA Special English.",
            "In Copenhagen, Denmark, the United Nations Climate Change Conference opened this "
            "week. Around fifteen thousand delegates and observers from nearly two hundred "
            "countries are there. Some call it \"the last best chance\" for an agreement to "
            "fight climate change.",
            "Yvo de Boer is the top climate official at the United Nations.",
            "YVO DE BOER: \"The time for formal statements is over. The time for restating well "
            "known positions is past. The time has come to reach out to each other. I urge you "
            "to build on your achievements, take up the work that has already been done and turn "
            "it into real action.\"",
            "But there are questions about how much can be done, and how an agreement would be "
            "put into action.",
            "The twelve-day conference ends next Friday. Late next week, leaders from more than "
            "one hundred countries are expected at the talks, including President Obama.",
            "Delegates hope to set new targets to reduce greenhouse gases -- the pollution "
            "blamed for trapping extra heat in the atmosphere. An existing agreement, the Kyoto "
            "Protocol, ends in two thousand twelve. Many countries have offered new proposals "
            "for cuts, including the United States and China.",
            "China is now the leading producer of greenhouse gases. But the United States and "
            "other industrialized nations were the top polluters for years. So they are under "
            "extra pressure to reduce emissions from cars, factories and other sources.",
            "In Washington, the Environmental Protection Agency on Monday declared carbon dioxide "
            "and other greenhouse gases a threat to public health. That clears the way for the "
            "administration to set limits, unless Congress acts first.",
            "But developing countries are also being urged to do more. And they, in turn, want "
            "help.",
        ],
        "quantities": [
            q("Thousands", 2000, "person", "count", "delegates meeting in Copenhagen",
              approx=True),
            q("Around fifteen thousand delegates", 15000, "person", "count",
              "delegates and observers at the conference", approx=True),
            q("nearly two hundred countries", 200, "count", "count",
              "countries represented in Copenhagen", approx=True, counted="countries"),
            q("twelve-day", 12, "day", "duration", "length of the Copenhagen conference"),
            q("more than one hundred countries", 100, "count", "count",
              "countries whose leaders are expected", approx=True, counted="countries"),
        ],
    },
    {
        "id": "qt17-15",
        "source": "voa:learningenglish.voanews.com",
        "url": "http://learningenglish.voanews.com/content/quake-tsunami-add-to-economic-worries-for-japan---117830848/116813.html",
        "title": "Quake, Tsunami May Only Add to Economic Struggles for Japan",
        "published": None,
        "truncated": True,
        "note": "Removed: the page time stamp line ('May 26, 2015 04:15 UTC', the time the page "
                "was served, not the story date), the section label 'In the News', the headline "
                "(moved to title), the photo captions (each twice), the repeated headline, "
                "'Multimedia' and 'Play or download an MP3 of this story'. The story date is not "
                "shown (published null; the story reports the earthquake of Friday, March 11, "
                "2011). Cut by the store inside the Obama quotation after 'We curre'; kept to "
                "the last complete sentence (the quotation stays open, verbatim). Decisions: "
                "magnitudes are quantities with unit 'magnitude' (kind other): '8.9' and '9.5 "
                "magnitude'; 'nineteen hundred' and 'nineteen sixty' are years; 'fifth largest' "
                "is a rank.",
        "paragraphs": [
            "This is IN THE NEWS in VOA Special English.",
            "The earthquake that shook Japan with historic strength on Friday created a tsunami "
            "wave ten meters high. The water washed away boats, cars and houses in coastal areas "
            "north of Tokyo. It also led to tsunami warnings across the Pacific.",
            "Scientists recorded the magnitude of the earthquake at 8.9. The United States "
            "Geological Survey says it was the fifth largest earthquake since nineteen hundred. "
            "The largest, with a 9.5 magnitude, shook Chile in nineteen sixty.",
            "The quake struck near the east coast of Honshu, Japan's main island. It was "
            "centered under the sea about one hundred thirty kilometers east of Sendai. The "
            "tsunami washed away whole neighborhoods in Sendai.",
            "President Obama offered whatever assistance Japan needs. He had already planned to "
            "meet with reporters Friday, and began by talking about the disaster.",
            "BARACK OBAMA: \"First and foremost, our thoughts and our prayers are with the people "
            "of Japan. This is a potentially catastrophic disaster and the images of destruction "
            "and flooding coming out of Japan are simply heartbreaking.",
            "\"Japan is, of course, one of our strongest and closest allies and this morning I "
            "spoke with Prime Minister [Naoto] Kan. On behalf of the American people, I conveyed "
            "our deepest condolences, especially to the victims and their families. And I "
            "offered our Japanese friends whatever assistance is needed.",
        ],
        "quantities": [
            q("ten meters", 10, "meter", "length", "height of the tsunami wave"),
            q("8.9", 8.9, "magnitude", "other", "magnitude of the Japan earthquake"),
            q("9.5 magnitude", 9.5, "magnitude", "other", "magnitude of the 1960 Chile quake"),
            q("about one hundred thirty kilometers", 130, "kilometer", "length",
              "distance of the epicenter east of Sendai", approx=True),
        ],
    },
    {
        "id": "qt17-16",
        "source": "usgov:www.ncdc.noaa.gov",
        "url": "https://www.ncdc.noaa.gov/sotc/national/201313",
        "title": "National Climate Report - Annual 2013",
        "published": "2013-01-08",
        "truncated": True,
        "note": "NOAA National Climatic Data Center report (title verbatim; the report covers the "
                "year 2012). Removed: the headline (moved to title) and the subheadings "
                "'National Temperature and Precipitation Analysis' and 'Supplemental 2012 "
                "Temperature and Precipitation Information'. published from the 'Issued' line, "
                "which is kept as text. Cut by the store after 'One notable warmest year record "
                "occurred in Central Park, in New York City,'; kept to the last complete "
                "sentence. Decisions: temperature anomalies are temperatures in 'fahrenheit' "
                "('3.2°F above', '1.0°F warmer'); 'about 0.13°F per decade' is a rate "
                "(fahrenheit/decade) and 'about 0.16 inch per decade' an inch/decade rate (a "
                "speed for the scorer); '118-year' is a compound-adjective duration; ranks "
                "('15th driest', '11th warmest', 'one of their 10 warmest', 'ten warmest') and "
                "year spans ('1895-2012') are not quantities; 'lower-48' names a region.",
        "paragraphs": [
            "Issued January 8, 2013: The data presented in this report are final through July "
            "and preliminary from August-December. Ranks, anomalies, and percent areas may "
            "change as more complete data are received and processed.",
            "In 2012, the contiguous United States (CONUS) average annual temperature of 55.3°F "
            "was 3.2°F above the 20th century average, and was the warmest year in the 1895-2012 "
            "period of record for the nation. The 2012 annual temperature was 1.0°F warmer than "
            "the previous record warm year of 1998. Since 1895, the CONUS has observed a "
            "long-term temperature increase of about 0.13°F per decade. Precipitation averaged "
            "across the CONUS in 2012 was 26.57 inches, which is 2.57 inches below the 20th "
            "century average. Precipitation totals in 2012 ranked as the 15th driest year on "
            "record. Over the 118-year period of record, precipitation across the CONUS has "
            "increased at a rate of about 0.16 inch per decade.",
            "On a statewide and seasonal level, 2012 was a year of both temperature and "
            "precipitation extremes for the United States. Each state in the CONUS had annual "
            "temperatures which were above average. Nineteen states, stretching from Utah to "
            "Massachusetts, had annual temperatures which were record warm. An additional 26 "
            "states had one of their 10 warmest years. Only Georgia (11th warmest year), Oregon "
            "(12th warmest), and Washington (30th warmest) had annual temperatures that were not "
            "among the ten warmest in their respective period of records. A list of the annual "
            "temperatures for each of the lower-48 states is available here. Numerous cities "
            "and towns were also record warm during 2012 and a select list of those locations is "
            "available here. Each state in the CONUS, except Washington, had at least one "
            "location experience its warmest year on record.",
        ],
        "quantities": [
            q("55.3°F", 55.3, "fahrenheit", "other", "CONUS average annual temperature 2012"),
            q("3.2°F", 3.2, "fahrenheit", "other",
              "2012 temperature above the 20th century average"),
            q("1.0°F", 1.0, "fahrenheit", "other", "2012 temperature above the 1998 record"),
            q("about 0.13°F per decade", 0.13, "fahrenheit/decade", "rate",
              "long-term CONUS temperature increase", approx=True),
            q("26.57 inches", 26.57, "inch", "length", "CONUS precipitation in 2012"),
            q("2.57 inches", 2.57, "inch", "length",
              "2012 precipitation below the 20th century average"),
            q("118-year", 118, "year", "duration", "period of record"),
            q("about 0.16 inch per decade", 0.16, "inch/decade", "rate",
              "long-term increase of CONUS precipitation", approx=True),
            q("Nineteen states", 19, "count", "count", "states with record warm 2012",
              counted="states"),
            q("26 states", 26, "count", "count", "states with a top ten warm 2012",
              counted="states"),
        ],
    },
    {
        "id": "qt17-17",
        "source": "usgov:www.nps.gov",
        "url": "http://www.nps.gov/niob/planyourvisit/weather.htm",
        "title": "Weather",
        "published": None,
        "truncated": False,
        "note": "National Park Service page of the Niobrara National Scenic River (Interior). The "
                "stored text starts with the summer paragraph; title written as the page name. "
                "Removed: the photo title 'Summer Clouds', its caption and the credit 'NPS "
                "Photo'. No date (published null). Decisions: decade ranges of temperatures are "
                "approximate Fahrenheit ranges (a Celsius reading is impossible for a Nebraska "
                "summer): 'low 80s to low 100s' = 80-103, '50s to 60s' = 50-69, '60-70s' = 60-79, "
                "'30-40s' = 30-49; the inch mark is a unit ('8.3\"' = 8.3 inch).",
        "paragraphs": [
            "Summer (June-August): highs - low 80s to low 100s; lows - 50s to 60s, with "
            "occasional thunderstorms and associated strong winds. Moderate dry winds are common "
            "in the summer. 8.3\" is average summer rainfall.",
            "Spring (April/May) and Fall (September/October) have cooler temperatures: average "
            "highs 60-70s, average lows 30-40s with 7.3\" average rain/snowfall.",
        ],
        "quantities": [
            q("low 80s to low 100s", 80, "fahrenheit", "other", "summer high temperatures",
              approx=True, high=103),
            q("50s to 60s", 50, "fahrenheit", "other", "summer low temperatures", approx=True,
              high=69),
            q("8.3\"", 8.3, "inch", "length", "average summer rainfall"),
            q("60-70s", 60, "fahrenheit", "other", "spring and fall average highs",
              approx=True, high=79),
            q("30-40s", 30, "fahrenheit", "other", "spring and fall average lows", approx=True,
              high=49),
            q("7.3\"", 7.3, "inch", "length", "spring and fall average rain and snowfall"),
        ],
    },
    {
        "id": "qt17-18",
        "source": "usgov:www1.eere.energy.gov",
        "url": "http://www1.eere.energy.gov/solar/sunshot/news_detail.html?news_id=17782",
        "title": "DOE Finalizes Seven Loan Guarantees Covering Solar, Bioenergy Projects",
        "published": "2011-10-05",
        "truncated": True,
        "note": "DOE SunShot news item (EERE). Removed: the headline (moved to title), the date "
                "line (moved to published), the photo description and the photo caption. Cut by "
                "the store after 'A diffe'; kept to the last complete sentence. Verbatim oddity "
                "kept: 'bionenergy'. Decisions: compound adjectives are power quantities "
                "('250-megawatt (MW)' spans '250-megawatt'; '230-MW', '550-MW', '150-MW'); "
                "modifiers stop the span ('about 750' existing rooftops, 'approximately 8.8 "
                "million' cadmium telluride thin-film solar PV modules, 'five' PV projects); "
                "'Solar Ranch 1' and 'Mesquite Solar 1' are names.",
        "paragraphs": [
            "DOE announced between September 28 and September 30 that it finalized seven loan "
            "guarantees totaling more than $5.9 billion for solar energy projects in California "
            "and Nevada, as well as a bionenergy project in Kansas.",
            "DOE announced five loan guarantees for photovoltaic (PV) projects. It finalized a "
            "$1.237 billion guarantee to support the 250-megawatt (MW) PV California Valley "
            "Solar Ranch Project, sponsored by SunPower Corporation, in San Luis Obispo County, "
            "California. The department also finalized a partial guarantee for a $1.4 billion "
            "loan to support Project Amp, a solar generation project that includes the "
            "installation of approximately 752 MW of PV solar panels on about 750 existing "
            "rooftops owned and managed by Prologis in 28 states and the District of Columbia. "
            "Another loan guarantee, for $646 million, will support the Antelope Valley Solar "
            "Ranch 1 Project, a 230-MW cadmium telluride thin-film PV solar generation facility "
            "in North Los Angeles County, California. DOE reported that it finalized partial "
            "loan guarantees of $1.46 billion to support the Desert Sunlight Project. The 550-MW "
            "project in Riverside County, California, is expected to be one of the world's "
            "largest solar PV plants, using approximately 8.8 million cadmium telluride "
            "thin-film solar PV modules. And the agency announced a $337 million loan guarantee "
            "to Mesquite Solar 1, LLC to support the development of an innovative 150-MW PV "
            "project in Maricopa County, Arizona.",
            "Overall, the five PV projects are expected to power a total of 347,000 homes and "
            "fund more than 2,570 jobs. See the DOE press releases about the Solar Ranch, "
            "Project Amp, Antelope Valley, Desert Sunlight, and the Mesquite Solar projects.",
        ],
        "quantities": [
            q("seven loan guarantees", 7, "count", "count", "loan guarantees DOE finalized",
              counted="loan guarantees"),
            q("more than $5.9 billion", 5900000000, "USD", "money",
              "total of the seven loan guarantees", approx=True),
            q("five loan guarantees", 5, "count", "count", "loan guarantees for PV projects",
              counted="loan guarantees"),
            q("$1.237 billion", 1237000000, "USD", "money",
              "guarantee for California Valley Solar Ranch"),
            mw("250-megawatt", 250, "California Valley Solar Ranch Project"),
            q("$1.4 billion", 1400000000, "USD", "money", "loan for Project Amp"),
            mw("approximately 752 MW", 752, "PV solar panels of Project Amp", approx=True),
            q("about 750", 750, "count", "count", "existing rooftops of Project Amp",
              approx=True, counted="rooftops"),
            q("28 states", 28, "count", "count", "states with Project Amp rooftops",
              counted="states"),
            q("$646 million", 646000000, "USD", "money",
              "guarantee for Antelope Valley Solar Ranch 1"),
            mw("230-MW", 230, "Antelope Valley Solar Ranch 1 facility"),
            q("$1.46 billion", 1460000000, "USD", "money",
              "partial guarantees for Desert Sunlight"),
            mw("550-MW", 550, "Desert Sunlight Project"),
            q("approximately 8.8 million", 8800000, "count", "count",
              "thin-film PV modules of Desert Sunlight", approx=True, counted="PV modules"),
            q("$337 million", 337000000, "USD", "money", "guarantee to Mesquite Solar 1"),
            mw("150-MW", 150, "Mesquite Solar 1 PV project"),
            q("five", 5, "count", "count", "PV projects with guarantees", counted="PV projects"),
            q("347,000 homes", 347000, "count", "count", "homes the five PV projects will power",
              counted="homes"),
            q("more than 2,570 jobs", 2570, "count", "count", "jobs the PV projects will fund",
              approx=True, counted="jobs"),
        ],
    },
    {
        "id": "qt17-19",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=16680",
        "title": "World's Largest Solar PV Project Receives DOE Loan Guarantee",
        "published": "2011-01-26",
        "truncated": False,
        "note": "EERE Network News item. Removed: the date line (moved to published) and the "
                "headline (moved to title). Verbatim oddity kept: 'releasePDF'. Decisions: "
                "'approximately 237,000 metric tons of greenhouse gas emissions per year' is one "
                "rate (metric_ton/year, inserted 'of X'); 'over 40,000 cars off the road "
                "annually' has a separate frequency, so only the count is annotated; modifiers "
                "stop the span ('400' construction jobs, '17' clean energy projects).",
        "paragraphs": [
            "A 290-megawatt thin-film solar project expected to be the world's largest "
            "photovoltaic project (PV) has received a $967 million DOE loan guarantee, the "
            "agency announced on January 20. DOE's backing will support construction of NRG "
            "Solar's Caliente Solar generating facility in Yuma County, Arizona. The project, "
            "which will use First Solar Inc. thin-film solar panels, is scheduled to be "
            "completed in 2014. It will power about 100,000 homes and create 400 construction "
            "jobs. The company anticipates the project will avoid approximately 237,000 metric "
            "tons of greenhouse gas emissions per year, an amount equivalent to taking over "
            "40,000 cars off the road annually.",
            "The Agua Caliente Solar project will deploy fault ride-through and dynamic voltage "
            "regulation, technologies that are new to solar power plants in the United States. "
            "These technologies are designed to improve the reliability and predictability of "
            "the electricity generated by solar power plants and supplied to the electricity "
            "grid. Pacific Gas and Electric Company will purchase power generated from the "
            "project for California consumers. DOE, through the Loan Programs Office, has issued "
            "loan guarantees or offered conditional commitments for loan guarantees totaling "
            "more than $17 billion to support 17 clean energy projects. See the DOE press "
            "release, the NRG press releasePDF, and the Loan Programs Office Web site.",
        ],
        "quantities": [
            mw("290-megawatt", 290, "Agua Caliente thin-film solar project"),
            q("$967 million", 967000000, "USD", "money", "DOE loan guarantee for the project"),
            q("about 100,000 homes", 100000, "count", "count", "homes the project will power",
              approx=True, counted="homes"),
            q("400", 400, "count", "count", "construction jobs created",
              counted="construction jobs"),
            q("approximately 237,000 metric tons of greenhouse gas emissions per year", 237000,
              "metric_ton/year", "rate", "greenhouse gas emissions avoided", approx=True),
            q("over 40,000 cars", 40000, "count", "count", "cars equivalent taken off the road",
              approx=True, counted="cars"),
            q("more than $17 billion", 17000000000, "USD", "money",
              "total loan guarantees and commitments", approx=True),
            q("17", 17, "count", "count", "clean energy projects supported",
              counted="clean energy projects"),
        ],
    },
    {
        "id": "qt17-20",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/progress_alerts.cfm/news_id=20202",
        "title": "Department of Energy Commits Support for Landmark Rooftop Solar Project",
        "published": "2011-06-22",
        "truncated": True,
        "note": "EERE progress alert (DOE press release). Removed: the headline (moved to title) "
                "and the date line (moved to published). Cut by the store after 'avoid "
                "approximately 580,000 tons of carbon pollution annuall'; kept to the last "
                "complete sentence. Decisions: 'a four year period' is a duration (no hyphen, "
                "span 'four year'); 'at least a thousand jobs' = 1000; 'the end of the decade' "
                "anchors a time; 'Phase 1' is a name; 'up to one million megawatt hours "
                "annually' has a separate frequency word, so the span is the energy 'up to one "
                "million megawatt hours' (megawatt_hour), as the guideline treats '400 licenses "
                "annually'.",
        "paragraphs": [
            "U.S. Energy Secretary Steven Chu today announced the offer of a conditional "
            "commitment to provide a partial guarantee for a $1.4 billion loan to support "
            "Project Amp. This project will support the installation of solar panels on "
            "industrial buildings across the country, with the electricity generated from those "
            "panels contributing directly to the electrical grid, as opposed to powering the "
            "buildings where they are installed. Supported by funding from the Recovery Act, the "
            "solar generation project includes the installation of approximately 733 megawatts "
            "(MW) of photovoltaic (PV) solar panels, which is nearly equal to the total amount of "
            "PV installed in the U.S. in 2010. The project sponsor estimates Project Amp will "
            "create at least one thousand jobs over a four year period.",
            "\"This unprecedented solar project will not only produce clean, renewable energy to "
            "power the grid in states across the country, but it will help us meet the SunShot "
            "goal of achieving cost competitive solar power with other forms of energy by the "
            "end of the decade,\" said Secretary Chu. \"In addition, Project Amp will create at "
            "least a thousand jobs across the U.S. and increase our global competitiveness in "
            "the clean energy race.\"",
            "Project Amp will enable a wide distribution of solar power over approximately 750 "
            "existing rooftops owned and managed by Prologis. NRG Energy is the lead investor "
            "for the first phase of the project, which includes a 15.4 MW installation in "
            "southern California. Phase 1 will utilize at least 90% U.S. sourced components. The "
            "power from Phase 1 will be sold to Southern California Edison. Additional "
            "installations will be built in up to 28 states and the District of Columbia.",
            "Project Amp is expected to produce up to one million megawatt hours annually, "
            "enough to power over 88,000 homes.",
        ],
        "quantities": [
            q("$1.4 billion", 1400000000, "USD", "money", "loan supporting Project Amp"),
            mw("approximately 733 megawatts", 733, "PV solar panels of Project Amp",
               approx=True),
            q("at least one thousand jobs", 1000, "count", "count", "jobs Project Amp will create",
              approx=True, counted="jobs"),
            q("four year", 4, "year", "duration", "period of job creation"),
            q("at least a thousand jobs", 1000, "count", "count",
              "jobs Project Amp will create (Chu)", approx=True, counted="jobs"),
            q("approximately 750", 750, "count", "count", "existing rooftops owned by Prologis",
              approx=True, counted="rooftops"),
            mw("15.4 MW", 15.4, "first-phase installation in southern California"),
            q("at least 90%", 90, "percent", "percent", "US sourced components of Phase 1",
              approx=True),
            q("up to 28 states", 28, "count", "count", "states with additional installations",
              approx=True, counted="states"),
            q("up to one million megawatt hours", 1000000, "megawatt_hour", "other",
              "annual output of Project Amp", approx=True),
            q("over 88,000 homes", 88000, "count", "count", "homes Project Amp could power",
              approx=True, counted="homes"),
        ],
    },
    {
        "id": "qt17-21",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=17425",
        "title": "DOE Offers Conditional Loan Guarantee to Solar Project in Nevada",
        "published": "2011-06-08",
        "truncated": False,
        "note": "Removed: the newsletter banner ('This is an excerpt from EERE Network News, a "
                "weekly electronic newsletter.'), the date line (moved to published) and the "
                "headline (moved to title). Decisions: '20-megawatt AC' is a power; '2009 "
                "American Recovery and Reinvestment Act' is a name; 'over 31,000 tons of carbon "
                "pollution annually' and 'approximately 55,000 megawatt hours annually' have a "
                "separate frequency word, so the spans are the mass and the energy; plain "
                "'tons' -> metric_ton; 'more than 90,000' polycrystalline silicon modules keeps "
                "the modifiers outside the span; 'second-largest' is a rank.",
        "paragraphs": [
            "DOE announced its offer on June 2 of a conditional commitment for a $45.6 million "
            "loan guarantee to support a 20-megawatt AC photovoltaic (PV) solar generating "
            "facility. The project, sponsored by Fotowatio Renewable Ventures, Inc., is being "
            "supported by DOE with funding from the 2009 American Recovery and Reinvestment Act. "
            "It will be developed approximately 25 miles northeast of Las Vegas, and the "
            "project's sponsor estimates it will create 250 jobs at peak construction.",
            "The Fotowatio PV solar generating facility will include more than 90,000 "
            "polycrystalline silicon modules attached to single-axis horizontal tracker "
            "technology that will capture more energy than fixed-tilt PV systems. The project, "
            "which will be the second-largest photovoltaic generation facility in Nevada, is "
            "expected to avoid over 31,000 tons of carbon pollution annually. The facility is "
            "also expected to produce approximately 55,000 megawatt hours annually, enough to "
            "power over 4,700 homes. Power from the project will be sold to Nevada Power "
            "Company. See the DOE press release and DOE's Loan Programs Office website.",
        ],
        "quantities": [
            q("$45.6 million", 45600000, "USD", "money", "conditional loan guarantee"),
            mw("20-megawatt", 20, "Fotowatio PV solar generating facility"),
            q("approximately 25 miles", 25, "mile", "length",
              "distance of the facility northeast of Las Vegas", approx=True),
            q("250 jobs", 250, "count", "count", "jobs at peak construction", counted="jobs"),
            q("more than 90,000", 90000, "count", "count", "polycrystalline silicon modules",
              approx=True, counted="modules"),
            q("over 31,000 tons", 31000, "metric_ton", "mass",
              "carbon pollution avoided each year", approx=True),
            q("approximately 55,000 megawatt hours", 55000, "megawatt_hour", "other",
              "annual output of the facility", approx=True),
            q("over 4,700 homes", 4700, "count", "count", "homes the facility could power",
              approx=True, counted="homes"),
        ],
    },
    {
        "id": "qt17-22",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/excessive-heat-warning-issued-phoenix-area/3382498.html",
        "title": "Excessive Heat Warning Issued for Phoenix Area",
        "published": "2016-06-18",
        "truncated": False,
        "note": VOA_FURNITURE + ", the section label 'USA', the photo caption (twice; it names "
                "'20,000 bottles of water', not kept) and " + VOA_BOX + ". The page shows no "
                "date: published is the Saturday before Father's Day 2016 named in the story "
                "(approximate). Verbatim oddity kept: 'Metrologists'. Decisions: each of '120 "
                "degrees F (49 degrees C)' and '170 degrees F (76 degrees C)' gives two "
                "temperatures.",
        "paragraphs": [
            "The heat is on for Father's Day in the southwestern U.S., and it is just plain "
            "dangerous.",
            "The National Weather Service on Saturday issued an excessive heat warning for all "
            "of next week for much of the state of Arizona.",
            "The high temperature for the city of Phoenix was predicted to hit 120 degrees F (49 "
            "degrees C) Sunday, and it will not get much cooler for the rest of the week.",
            "Experts warned that the very young and elderly should stay indoors and that anyone "
            "who does go outside should be aware of the signs of heat-related sickness: thirst, "
            "red skin, cramps and a general feeling of exhaustion.",
            "The city of Phoenix and churches set up shelters for the homeless. Power companies "
            "put extra workers on duty to make sure there will be plenty of air conditioning. "
            "People were advised not to walk their dogs during the daytime, saying the "
            "temperatures of streets and sidewalks could hit a scorching 170 degrees F (76 "
            "degrees C).",
            "Metrologists blamed the extreme heat on a strong high-pressure system sitting over "
            "parts of the Southwest.",
        ],
        "quantities": [
            q("120 degrees F", 120, "fahrenheit", "other", "predicted high temperature in Phoenix"),
            q("49 degrees C", 49, "celsius", "other", "predicted high temperature in Phoenix"),
            q("170 degrees F", 170, "fahrenheit", "other",
              "possible temperature of streets and sidewalks"),
            q("76 degrees C", 76, "celsius", "other",
              "possible temperature of streets and sidewalks"),
        ],
    },
    {
        "id": "qt17-23",
        "source": "usgov:www.fws.gov",
        "url": "https://www.fws.gov/refuges/realty/archives/archive-mbcc06251996.html",
        "title": "National Wildlife Refuge System grows by 10,502 acres",
        "published": "1996-07-08",
        "truncated": True,
        "note": "US Fish and Wildlife Service news release (Interior). Title written as a "
                "description (the stored page has no headline). Removed: the header lines "
                "'National Wildlife Refuge System', 'News Release', 'U.S. Fish and Wildlife "
                "Service' and the release/contact line (date moved to published). Cut by the "
                "store after 'the new Federal Duck Stamp exhibit, Artist'; kept to the last "
                "complete sentence. Verbatim oddities kept: 'New Jersey-- Cape May', "
                "'Hillside NWR, (36 acres)', 'Wildife'. Decisions: 'five' and 'two' (wetlands "
                "conservation projects) are counts with the noun outside or elided; the "
                "acquisition list is prose in one sentence, each acreage a quantity; 'June 25, "
                "1996' and 'since 1934' are dates.",
        "paragraphs": [
            "The National Wildlife Refuge System grew by 10,502 acres this month as the "
            "Migratory Bird Conservation Commission approved acquisitions of migratory bird "
            "habitat at 10 refuges in 6 states at its June 25, 1996, meeting at the Department "
            "of the Interior. It also approved $1.8 million in grants for five wetlands "
            "conservation projects in Mexico and two in the United States, which were matched "
            "by $4.5 million from other agency and individual partners.",
            "The Cabinet-Congressional level commission, chaired by Interior Secretary Bruce "
            "Babbitt, must approve all new refuge lands acquired with monies from the Migratory "
            "Bird Conservation Fund. It also gives final approval to grants from the North "
            "American Wetlands Conservation Fund.",
            "The following acquisitions were approved for the National Wildlife Refuge System: "
            "Arkansas--Cache River (2,417 acres) and White River National Wildlife Refuges (478 "
            "acres); Louisiana--Catahoula NWR (772 acres); Maryland--Blackwater NWR (1,188 "
            "acres); Mississippi--Hillside NWR, (36 acres) and Morgan Brake NWR (74 acres); New "
            "Jersey-- Cape May NWR (89 acres), Edwin B. Forsythe NWR (133 acres), and Wallkill "
            "NWR (406 acres); and North Carolina--Roanoke River NWR (4,881 acres). The "
            "Commission also approved a land exchange at the Arapaho NWR in Colorado with the "
            "Bureau of Land Management to complete the final stages of a partnership project "
            "between the U.S. Fish and Wildife Service, the Colorado Division of Wildlife, Ducks "
            "Unlimited, and BLM.",
            "Monies from the Migratory Bird Conservation Fund come from the sale of Duck Stamps "
            "and other related funding sources, which collectively have been used to acquire 4.4 "
            "million acres for the National Wildlife Refuge System since 1934.",
        ],
        "quantities": [
            q("10,502 acres", 10502, "acre", "area", "growth of the refuge system"),
            q("10 refuges", 10, "count", "count", "refuges with approved acquisitions",
              counted="refuges"),
            q("6 states", 6, "count", "count", "states with approved acquisitions",
              counted="states"),
            q("$1.8 million", 1800000, "USD", "money", "grants for wetlands projects"),
            q("five", 5, "count", "count", "wetlands conservation projects in Mexico",
              counted="wetlands conservation projects"),
            q("two", 2, "count", "count", "wetlands conservation projects in the United States",
              counted="wetlands conservation projects"),
            q("$4.5 million", 4500000, "USD", "money", "partner matching funds"),
            q("2,417 acres", 2417, "acre", "area", "Cache River acquisition"),
            q("478 acres", 478, "acre", "area", "White River NWR acquisition"),
            q("772 acres", 772, "acre", "area", "Catahoula NWR acquisition"),
            q("1,188 acres", 1188, "acre", "area", "Blackwater NWR acquisition"),
            q("36 acres", 36, "acre", "area", "Hillside NWR acquisition"),
            q("74 acres", 74, "acre", "area", "Morgan Brake NWR acquisition"),
            q("89 acres", 89, "acre", "area", "Cape May NWR acquisition"),
            q("133 acres", 133, "acre", "area", "Edwin B. Forsythe NWR acquisition"),
            q("406 acres", 406, "acre", "area", "Wallkill NWR acquisition"),
            q("4,881 acres", 4881, "acre", "area", "Roanoke River NWR acquisition"),
            q("4.4 million acres", 4400000, "acre", "area",
              "land acquired with the Migratory Bird Conservation Fund since 1934"),
        ],
    },
    {
        "id": "qt17-24",
        "source": "usgov:www.fws.gov",
        "url": "https://www.fws.gov/refuges/realty/archives/archive-mbcc03041998.html",
        "title": "Migratory Bird Conservation Commission approves more than $13 million",
        "published": "1998-04-29",
        "truncated": True,
        "note": "US Fish and Wildlife Service news release (Interior). Title written as a "
                "description (the stored page has no headline). Removed: the header lines and "
                "the release/contact line (date moved to published). Cut by the store inside a "
                "quotation after 'such as conservation groups,'; that last paragraph is left "
                "out. Double spaces after periods are verbatim. Decisions: '19' and 'Fifteen' "
                "keep the modifiers outside the span; 'millions' (of birds) is a vague plural "
                "(2e6, approximate); '92 million-acre' is a compound-adjective area; 'September "
                "1997' is a date.",
        "paragraphs": [
            "The Migratory Bird Conservation Commission, a cabinet-level congressional "
            "commission chaired by Interior Secretary Bruce Babbitt, approved more than $13 "
            "million to be used for expanding the National Wildlife Refuge System, and for 19 "
            "wetlands acquisition, restoration and enhancement projects in 15 states.",
            "The refuge system, the world's most unique system of lands devoted to wildlife, "
            "will gain more than 6,300 acres to benefit a variety of fish, wildlife and plants, "
            "as well as provide recreational and educational opportunities for people, thanks "
            "to the $3.4 million approved by the commission at its September 1997 meeting.",
            "The wetlands acquisition, restoration and enhancement projects approved by the "
            "commission will be funded through the North American Wetlands Conservation Act, "
            "which provides matching grants to private and public organizations and to "
            "individuals to carry out wetland conservation projects.",
            "The commission approved more than $10 million in funding under the North American "
            "Wetlands Conservation Act matched by nearly $24 million from partners.  Fifteen "
            "wetlands-related projects in Mexico will also be funded with $1.3 million, matched "
            "by a total of $1.6 million from partners.",
            "\"Now that it is spring our thoughts naturally turn to the millions of birds "
            "migrating from their wintering grounds in South America,\" said Jamie Rappaport "
            "Clark, director of the Interior Department's U.S. Fish and Wildlife Service, which "
            "administers the 92 million-acre refuge system.  \"The wetlands acquisitions will "
            "provide more habitat for migratory birds and other wildlife to thrive, as well as "
            "improving the vitality and health of our National Wildlife Refuge System.",
        ],
        "quantities": [
            q("more than $13 million", 13000000, "USD", "money",
              "funds approved by the commission", approx=True),
            q("19", 19, "count", "count", "wetlands projects funded",
              counted="wetlands acquisition, restoration and enhancement projects"),
            q("15 states", 15, "count", "count", "states with funded projects",
              counted="states"),
            q("more than 6,300 acres", 6300, "acre", "area", "land added to the refuge system",
              approx=True),
            q("$3.4 million", 3400000, "USD", "money", "funds for refuge acquisitions"),
            q("more than $10 million", 10000000, "USD", "money",
              "funding under the Wetlands Conservation Act", approx=True),
            q("nearly $24 million", 24000000, "USD", "money", "partner matching funds",
              approx=True),
            q("Fifteen", 15, "count", "count", "wetlands-related projects in Mexico",
              counted="wetlands-related projects"),
            q("$1.3 million", 1300000, "USD", "money", "funding for projects in Mexico"),
            q("$1.6 million", 1600000, "USD", "money", "partner funds for projects in Mexico"),
            q("millions", 2000000, "count", "count", "migrating birds", approx=True,
              counted="birds"),
            q("92 million-acre", 92000000, "acre", "area", "size of the refuge system"),
        ],
    },
    {
        "id": "qt17-25",
        "source": "usgov:www.nwd.usace.army.mil",
        "url": "https://www.nwd.usace.army.mil/Media/News-Releases/Article/901330/missouri-basin-runoff-below-average-in-july/",
        "title": "Missouri Basin Runoff Below Average in July",
        "published": "2016-08-03",
        "truncated": True,
        "note": "US Army Corps of Engineers, Northwestern Division news release. Removed: the label "
                "'News Releases', the headline (moved to title), the date line (moved to "
                "published) and the image description ('The Missouri River Water Management "
                "office releases a report ...'), which the stored page shows twice. Cut by the "
                "store after 'a navigation channel that is 9 feet deep and'; kept to the last "
                "complete sentence. Decisions: 'MAF' is million acre-feet, so '22.7 MAF' = "
                "2.27e7 acre_foot (scale applied to the value, as the guideline does for 'bcm'); "
                "'million acre feet (MAF)' is one span without the parenthesis; 'June 22' and "
                "'September 1' are dates; 'eight-month' is a compound-adjective duration.",
        "paragraphs": [
            "OMAHA, Neb. – July runoff in the Missouri River Basin above Sioux City, Iowa, was "
            "2.3 million acre feet (MAF), 69 percent of average, according to the U.S. Army "
            "Corps of Engineers (Corps). This follows a June runoff that was 74 percent of "
            "average. The 2016 calendar year runoff forecast is 22.7 MAF, which is 89 percent of "
            "the historic average.",
            "The total volume of water stored in the Mainstem Reservoir System is currently 59.4 "
            "MAF, occupying 3.3 MAF of the 16.3 MAF combined flood control storage zones. "
            "“System storage peaked on June 22 at 60.1 MAF and is gradually declining. The water "
            "currently stored in the annual flood control zone will be released during the "
            "remainder of the year to serve navigation, water supply and other downstream "
            "purposes and will be completely evacuated prior to the start of next year’s runoff "
            "season,” said Jody Farhat, chief of the Corps’ Missouri River Basin Water "
            "Management Division.",
            "The September 1 system storage check will determine the winter releases from "
            "Gavins Point. As previously announced, the Corps will be providing flows to support "
            "full-service navigation as well as a full, eight-month navigation season.",
        ],
        "quantities": [
            q("2.3 million acre feet", 2300000, "acre_foot", "volume",
              "July runoff above Sioux City"),
            q("69 percent", 69, "percent", "percent", "July runoff share of average"),
            q("74 percent", 74, "percent", "percent", "June runoff share of average"),
            q("22.7 MAF", 22700000, "acre_foot", "volume", "2016 runoff forecast"),
            q("89 percent", 89, "percent", "percent", "forecast share of historic average"),
            q("59.4 MAF", 59400000, "acre_foot", "volume",
              "water stored in the Mainstem Reservoir System"),
            q("3.3 MAF", 3300000, "acre_foot", "volume", "storage in flood control zones"),
            q("16.3 MAF", 16300000, "acre_foot", "volume",
              "combined flood control storage zones"),
            q("60.1 MAF", 60100000, "acre_foot", "volume", "peak system storage on June 22"),
            q("eight-month", 8, "month", "duration", "navigation season"),
        ],
    },
    {
        "id": "qt17-26",
        "source": "usgov:www.army.mil",
        "url": "https://www.army.mil/article/197026/water_energy_conservation_efforts_improving_readiness_earning_awards",
        "title": "Water, energy conservation efforts improving readiness, earning awards",
        "published": None,
        "truncated": True,
        "note": "US Army news article (Defense). Title written from the URL slug. The stored page "
                "shows no date (published null; it reports the awards ceremony of Nov. 2, 2017). Cut by the store after 'a water-r'; kept to the last complete "
                "sentence. Decisions: 'eight of 27 awards' gives two counts; '4.2 inches of "
                "rainfall per year' is one inch/year quantity with inserted 'of X' ('just' is "
                "not a qualifier of approximation); 'Over the last few years' is not annotated; "
                "'2017' (awards) is a year.",
        "paragraphs": [
            "WASHINGTON -- Installations across the Army are taking steps to conserve energy and "
            "water and increase resiliency, thereby contributing to Army readiness, said Jordan "
            "Gillis, acting assistant secretary of the Army for Installations, Energy and "
            "Environment.",
            "On Nov. 2, eight Army installations were recognized by the Department of Energy for "
            "their innovative work in energy resilience at the 2017 Federal Energy and Water "
            "Management Awards ceremony.",
            "\"The Army is honored to have received eight of 27 awards across the federal "
            "government this year,\" said Gillis, acting assistant secretary of the Army for "
            "Installations, Energy and Environment. \"We are more than proud of our winners as "
            "well as of our other installations that competed.\"",
            "The garrison teams who made these projects a success \"have not only delivered real "
            "cost savings to the installations, the Army, and the nation but many also exemplify "
            "our energy resilience strategy in action and are significant contributions to Army "
            "readiness by providing assurance that quality power and water are available to "
            "sustain critical missions,\" he said.",
            "The National Training Center at Fort Irwin, California, is located in the high "
            "desert. It is among the driest installations in the Army, averaging just 4.2 inches "
            "of rainfall per year, according to the National Weather Service.",
            "Over the last few years, California, particularly the southern portion of the state "
            "where Fort Irwin is located, has experienced severe drought.",
            "As such, Fort Irwin has been working especially hard to conserve water, which is "
            "its most precious resource, said Muhammad Bari, director of Public Works for the "
            "installation.",
            "Efforts included identifying high-end users and leaks through water meter "
            "monitoring, he said.",
            "The high-end users, it turned out, were the vehicle wash racks at the motor pools "
            "and the most leakages came from some defective supply pipes as well as toilets at "
            "family housing units, he said.",
        ],
        "quantities": [
            q("eight", 8, "count", "count", "Army installations recognized",
              counted="Army installations"),
            q("eight", 8, "count", "count", "federal energy awards received by the Army",
              counted="awards"),
            q("27 awards", 27, "count", "count", "federal energy awards in all",
              counted="awards"),
            q("4.2 inches of rainfall per year", 4.2, "inch/year", "rate",
              "average rainfall at Fort Irwin"),
        ],
    },
    {
        "id": "qt17-27",
        "source": "usgov:ers.usda.gov",
        "url": "http://ers.usda.gov/data-products/charts-of-note.aspx?mode=detail&id=156",
        "title": "Nearly all U.S. ethanol is produced and sold in domestic markets",
        "published": "2016-05-05",
        "truncated": True,
        "note": "USDA Economic Research Service 'Charts of Note' page (page 1 of 13 of a listing). "
                "Only the first chart note is kept (its headline moved to title, its date line "
                "to published); removed: the 'Stay Connected' links, the listing heading, the "
                "subscription and 'See also' lines, the page counter and 'Embed this chart'. The "
                "second note (avocado imports) is left out; it is cut by the store. Decisions: "
                "'the past five years' and 'the past four years' are durations (spans 'five "
                "years', 'four years'); '10 percent maximum ethanol blend' is a percent; '2006', "
                "'2010', '2011', '2015' are years.",
        "paragraphs": [
            "U.S. production of ethanol hit a record 14.8 billion gallons in 2015, and when "
            "combined with the carry-over stocks from the previous year and 2015 imports, the "
            "total ethanol supply reached an all-time high of 15.7 billion gallons. Nearly all "
            "ethanol blended into the U.S. gasoline supply is produced domestically, and, over "
            "the past five years, about 94 percent of domestic production was used in the United "
            "States. Ethanol imports peaked in 2006 at 731 million gallons (equal to 12 percent "
            "of the U.S. supply), but each year since 2010 exports have exceeded imports, making "
            "the United States a net exporter of ethanol. The domestic market for ethanol is at "
            "full capacity due to the technical and regulatory constraints that limit most of "
            "the U.S. gasoline supply to a 10 percent maximum ethanol blend, so the export "
            "market is now the primary opportunity for growth. Ethanol exports peaked in 2011 at "
            "nearly 1.2 billion gallons, but have remained below 850 million gallons for the "
            "past four years. This chart is based on the ERS U.S. Bioenergy Statistics data "
            "product.",
        ],
        "quantities": [
            q("14.8 billion gallons", 14800000000, "gallon", "volume",
              "US ethanol production in 2015"),
            q("15.7 billion gallons", 15700000000, "gallon", "volume",
              "total US ethanol supply"),
            q("five years", 5, "year", "duration", "period of domestic use share"),
            q("about 94 percent", 94, "percent", "percent",
              "share of domestic ethanol production used in the US", approx=True),
            q("731 million gallons", 731000000, "gallon", "volume", "peak ethanol imports 2006"),
            q("12 percent", 12, "percent", "percent", "imports share of US supply in 2006"),
            q("10 percent", 10, "percent", "percent", "maximum ethanol blend"),
            q("nearly 1.2 billion gallons", 1200000000, "gallon", "volume",
              "peak ethanol exports 2011", approx=True),
            q("below 850 million gallons", 850000000, "gallon", "volume",
              "ethanol exports in recent years", approx=True),
            q("four years", 4, "year", "duration", "period exports stayed below the level"),
        ],
    },
    {
        "id": "qt17-28",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/tools/faqs/faq.php?id=74&t=11&ref=wonderingchimp.com",
        "title": "How much carbon dioxide is produced per kilowatthour of U.S. electricity generation?",
        "published": None,
        "truncated": True,
        "note": "EIA frequently asked question. Removed: the EIA logo line, 'Skip to "
                "sub-navigation', 'Frequently Asked Questions (FAQs)', 'This page has no "
                "sub-navigation. Skip to page content.' and the question (moved to title). The "
                "stored page shows no 'last updated' line (published null; the answer gives 2022 "
                "data). Cut by the store after 'Actual CO2 emissions per kWh'; kept to the last "
                "complete sentence (which announces a table that is not stored). Decisions: "
                "'about 1.65 billion metric tons—1.82 billion short tons—' gives two masses (the "
                "second has no qualifier in its span and is not marked approximate); 'about 0.86 "
                "pounds of CO2 emissions per kWh' is one rate (pound/kilowatt_hour, inserted 'of "
                "X'); 'at least one megawatt' is a power; 'The other 1%' spans '1%'.",
        "paragraphs": [
            "In 2022, total annual U.S. electricity net generation by utility-scale electric "
            "power plants (plants with at least one megawatt of electric generation capacity) of "
            "about 4.23 trillion kilowatthours (kWh) from all energy sources resulted in the "
            "emission of about 1.65 billion metric tons—1.82 billion short tons—of carbon "
            "dioxide (CO2). This equaled about 0.86 pounds of CO2 emissions per kWh.",
            "Emissions from electricity generation vary by type of energy source and by type and "
            "efficiency of electric power plants. The amount of CO2 produced per kWh during any "
            "period of time will vary according to the sources of electricity supplied to the "
            "electric power grid during that time. Therefore, electricity-related CO2 emissions "
            "and CO2 emission factors will vary hourly, daily, monthly, and annually. The U.S. "
            "Energy Information Administration (EIA) publishes CO2 emissions estimates related "
            "to electricity generation on a monthly and annual basis.",
            "In 2022, utility-scale electric power plants that burned coal, natural gas, and "
            "petroleum fuels were the source of about 60% of total annual U.S. utility-scale "
            "electricity net generation, but they accounted for 99% of U.S. CO2 emissions "
            "associated with utility-scale electric power generation. The other 1% of CO2 "
            "emissions were from other fuels and gases derived from fossil fuels and some types "
            "of geothermal power plants. EIA considers electricity generation from biomass, "
            "hydro, solar, and wind to be carbon neutral.",
            "The table below presents data on total annual electricity net generation and CO2 "
            "emissions at utility-scale electric power plants and a CO2 emission factor (pounds "
            "of CO2/kWh) for coal, natural gas, and petroleum, and the average of all energy "
            "sources.",
        ],
        "quantities": [
            mw("at least one megawatt", 1, "capacity threshold of utility-scale plants",
               approx=True),
            q("about 4.23 trillion kilowatthours", 4230000000000, "kilowatt_hour", "other",
              "US utility-scale electricity net generation 2022", approx=True),
            q("about 1.65 billion metric tons", 1650000000, "metric_ton", "mass",
              "CO2 emitted by US electricity generation 2022", approx=True),
            q("1.82 billion short tons", 1820000000, "short_ton", "mass",
              "CO2 emitted by US electricity generation 2022"),
            q("about 0.86 pounds of CO2 emissions per kWh", 0.86, "pound/kilowatt_hour", "rate",
              "average CO2 emission factor", approx=True),
            q("about 60%", 60, "percent", "percent",
              "fossil fuel share of utility-scale generation", approx=True),
            q("99%", 99, "percent", "percent", "fossil fuel share of power-sector CO2"),
            q("1%", 1, "percent", "percent", "CO2 share from other fuels and gases"),
        ],
    },
    {
        "id": "qt17-29",
        "source": "usgov:www.eia.gov",
        "url": "http://www.eia.gov/tools/faqs/faq.cfm?id=667&t=2",
        "title": "How much coal, natural gas, or petroleum is used to generate a kilowatthour of electricity?",
        "published": "2014-01-15",
        "truncated": False,
        "note": "EIA frequently asked question (2014 version). Removed: 'Frequently Asked "
                "Questions', the question (moved to title), the 'Last updated' line (moved to "
                "published) and 'Other FAQs about Coal'. The answer is set as short lines "
                "(formulas, worked examples, assumptions); each line is kept as a paragraph, "
                "verbatim (double spaces in '(kwh)  of' and 'Natural gas  =' kept). Decisions: "
                "'one kilowatthour' is an energy; 'Mcf' is 1,000 cubic feet, so '0.00796 Mcf' = "
                "7.96 cubic_foot and '127 kwh per Mcf' = 0.127 kilowatt_hour/cubic_foot (scale "
                "applied to the value); '1,023,000 Btu per 1,000 Cubic Feet' = 1023 "
                "british_thermal_unit/cubic_foot; Btu is pint's british_thermal_unit; plain "
                "'ton' -> metric_ton (guideline), although the page means short tons; when 'of "
                "Coal', 'of Petroleum', 'of Natural gas' follow the per-unit they stay outside "
                "the span; '(1,000 cubic feet)', '(2,000 lbs)' and '(42 gallons)' are "
                "quantities.",
        "paragraphs": [
            "The amount of fuel used to generate electricity depends on the efficiency or heat "
            "rate of the generator (or power plant) and the heat content of the fuel. Power "
            "plant efficiencies (heat rates) vary by types of generators, power plant emission "
            "controls, and other factors. Fuel heat contents also vary.",
            "Two formulas for calculating the amount of fuel used to generate a kilowatthour "
            "(kwh)  of electricity:",
            "Amount of fuel used per kwh = Heat rate (in Btu per kwh) / Fuel heat content (in "
            "Btu per physical unit)",
            "Kwh generated per unit of fuel used = Fuel heat content (in Btu per physical unit) "
            "/ Heat rate (in Btu per kwh)",
            "Calculation examples using these two formulas and the assumptions below:",
            "Amount of fuel used to generate one kilowatthour (kwh):",
            "Coal = 0.00054 short tons or 1.09 pounds",
            "Natural gas = 0.00796 Mcf (1,000 cubic feet)",
            "Petroleum = 0.00188 barrels (or 0.08 gallons)",
            "Kwh generated per unit of fuel used:",
            "1,842 kwh per ton of Coal or 0.9 kwh per pound of Coal",
            "127 kwh per Mcf (1,000 cubic feet) of Natural gas",
            "533 kwh per barrel of Petroleum, or 12.7 kwh per gallon",
            "Assumptions:",
            "Power plant heat rate",
            "Coal = 10,498 Btu/kwh",
            "Natural gas = 8,039 Btu/kwh",
            "Petroleum = 10,991 Btu/kwh",
            "Fuel heat contents",
            "Coal = 19,336,000 Btu per short ton (2,000 lbs) Note: heat contents of coal vary "
            "widely by types of coal.",
            "Natural gas  = 1,023,000 Btu per 1,000 Cubic Feet (Mcf)",
            "Petroleum = 5,861,814 Btu per Barrel (42 gallons) Note: Heat contents vary by type "
            "of petroleum product.",
        ],
        "quantities": [
            q("Two formulas", 2, "count", "count", "formulas for fuel use per kWh",
              counted="formulas"),
            q("two formulas", 2, "count", "count", "formulas used in the examples",
              counted="formulas"),
            q("one kilowatthour", 1, "kilowatt_hour", "other", "electricity in the examples"),
            q("0.00054 short tons", 0.00054, "short_ton", "mass", "coal used per kWh"),
            q("1.09 pounds", 1.09, "pound", "mass", "coal used per kWh"),
            q("0.00796 Mcf", 7.96, "cubic_foot", "volume", "natural gas used per kWh"),
            q("1,000 cubic feet", 1000, "cubic_foot", "volume", "one Mcf"),
            q("0.00188 barrels", 0.00188, "barrel", "volume", "petroleum used per kWh"),
            q("0.08 gallons", 0.08, "gallon", "volume", "petroleum used per kWh"),
            q("1,842 kwh per ton", 1842, "kilowatt_hour/metric_ton", "rate",
              "electricity per ton of coal"),
            q("0.9 kwh per pound", 0.9, "kilowatt_hour/pound", "rate",
              "electricity per pound of coal"),
            q("127 kwh per Mcf", 0.127, "kilowatt_hour/cubic_foot", "rate",
              "electricity per Mcf of natural gas"),
            q("1,000 cubic feet", 1000, "cubic_foot", "volume", "one Mcf"),
            q("533 kwh per barrel", 533, "kilowatt_hour/barrel", "rate",
              "electricity per barrel of petroleum"),
            q("12.7 kwh per gallon", 12.7, "kilowatt_hour/gallon", "rate",
              "electricity per gallon of petroleum"),
            q("10,498 Btu/kwh", 10498, "british_thermal_unit/kilowatt_hour", "rate",
              "heat rate of coal plants"),
            q("8,039 Btu/kwh", 8039, "british_thermal_unit/kilowatt_hour", "rate",
              "heat rate of natural gas plants"),
            q("10,991 Btu/kwh", 10991, "british_thermal_unit/kilowatt_hour", "rate",
              "heat rate of petroleum plants"),
            q("19,336,000 Btu per short ton", 19336000, "british_thermal_unit/short_ton",
              "rate", "heat content of coal"),
            q("2,000 lbs", 2000, "pound", "mass", "one short ton"),
            q("1,023,000 Btu per 1,000 Cubic Feet", 1023, "british_thermal_unit/cubic_foot",
              "rate", "heat content of natural gas"),
            q("5,861,814 Btu per Barrel", 5861814, "british_thermal_unit/barrel", "rate",
              "heat content of petroleum"),
            q("42 gallons", 42, "gallon", "volume", "one barrel"),
        ],
    },
    {
        "id": "qt17-30",
        "source": "usgov:www.nps.gov",
        "url": "https://www.nps.gov/yose/learn/news/arrasolar.htm",
        "title": "Yosemite Will Install Solar Panels for Largest Grid-Connected Photovoltaic System in the National Park System",
        "published": "2010-05-17",
        "truncated": True,
        "note": "National Park Service news release (Interior). Removed: the headline (moved to "
                "title), 'Subscribe RSS Icon | What is RSS' and the date line (moved to "
                "published). Cut by the store after 'The solar panels will be instal'; kept to "
                "the last complete sentence. Double spaces after periods are verbatim. "
                "Decisions: '539-kilowatt' is a compound-adjective power; 'will double the "
                "electricity' is a multiplier ('double' = 2); 'approximately 800,000 kilowatt "
                "hours of electricity annually' has a separate frequency word, so the span is "
                "the energy 'approximately 800,000 kilowatt hours'; 'almost a 12 percent' is an "
                "approximate percent.",
        "paragraphs": [
            "Beginning in June Yosemite National Park will install a large-scale solar panel "
            "project at El Portal that will accommodate a 539-kilowatt photovoltaic generation "
            "system with $4.4 million received under the American Recovery and Reinvestment "
            "Act.",
            "Once built, this will be the largest grid-connected photovoltaic system in the "
            "National Park System.  Upon completion of the project, the park will double the "
            "electricity produced through renewable energy for the Pacific West Region of the "
            "National Park Service, which consists of 58 sites.",
            "“This project exemplifies how Yosemite, the Pacific West region, the National Park "
            "Service, the Department of the Interior and the President are trying to lead the "
            "way in making our facilities climate-friendly,” said Secretary of the Interior Ken "
            "Salazar.",
            "“We are very excited about this project and grateful that the Recovery Act funding "
            "became available for us to begin the installation this summer,” said Yosemite "
            "National Park Superintendent Don Neubacher.  “This energy-saving photovoltaic "
            "project reflects Yosemite National Park’s commitment to sustainable and renewable "
            "energy sources.”",
            "The rooftop and shade structure mounted solar panels, to be installed beginning "
            "this summer at the El Portal Maintenance Complex, are expected to generate "
            "approximately 800,000 kilowatt hours of electricity annually.  This will result in "
            "almost a 12 percent savings on electricity purchased off the grid.",
            "El Portal, the park’s administrative center, was chosen as the location for the "
            "solar panels based on the high amount of direct sunlight the site receives. This "
            "$4.4 million project, funded by the American Recovery and Reinvestment Act, is a "
            "design-build contract and was awarded to Paragon Industrial Applications of "
            "Atascadero, California.",
        ],
        "quantities": [
            q("539-kilowatt", 539, "kilowatt", "other", "El Portal photovoltaic system"),
            q("$4.4 million", 4400000, "USD", "money", "Recovery Act funds for the project"),
            q("double", 2, "multiplier", "other",
              "growth of renewable electricity in the Pacific West Region"),
            q("58 sites", 58, "count", "count", "sites of the Pacific West Region",
              counted="sites"),
            q("approximately 800,000 kilowatt hours", 800000, "kilowatt_hour", "other",
              "annual output of the solar panels", approx=True),
            q("almost a 12 percent", 12, "percent", "percent",
              "savings on electricity purchased off the grid", approx=True),
            q("$4.4 million", 4400000, "USD", "money", "cost of the El Portal project"),
        ],
    },
]

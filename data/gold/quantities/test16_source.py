"""Readable source of the sealed quantities test set ``test16.jsonl`` (annotated blind by sqy16).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test16.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

from checklib import quantity_record as q  # one definition for every quantities source

DOCS = [
    {
        "id": "qt16-01",
        "source": "usgov:windexchange.energy.gov",
        "url": "https://windexchange.energy.gov/markets/utility-scale",
        "title": "Utility-Scale Wind Energy",
        "published": None,
        "truncated": True,
        "note": "DOE WINDExchange page; no date shown (content describes 2016). Removed: the section "
                "headings ('Land-Based Wind', 'Offshore Wind', 'Wind Vision', 'Enabling Wind Power "
                "Nationwide', 'Annual Wind Technologies Market Report'); the stored page is cut in the "
                "last section, kept up to the last complete sentence. 'exceed 100 kilowatts' keeps "
                "the verb as qualifier (approximate), as test9 did with 'exceeding 2 megawatts'.",
        "paragraphs": [
            "Wind is an important source of affordable, renewable energy, supplying 8% of electric "
            "generation capacity for the United States in 2016, more than any other renewable "
            "technology (including hydroelectricity).",
            "Utility-scale turbines are usually defined as turbines that exceed 100 kilowatts in "
            "size. Utility-scale wind turbines are typically installed in large, multi-turbine wind "
            "farms connected to the nation's transmission system. More information is available on "
            "the Energy Department's wind energy research portfolio.",
            "There are more than 52,000 land-based wind turbines operating across 41 states, Guam, "
            "and Puerto Rico. These turbines represent nearly 84 gigawatts of energy capacity. "
            "Turbines installed today typically average almost 2 MW in size and are predicted to "
            "scale up in the coming years.",
            "Global offshore wind capacity reached 14.4 gigawatts by the end of 2016; the United "
            "States added to the offshore wind capacity in November 2016, when developers finished "
            "construction on the 30-MW Block Island Wind Farm off the coast of Rhode Island. "
            "Several other offshore projects in the United States are advancing through the "
            "development process.",
            "This report describes the potential development of wind energy through 2050 and "
            "provides an overview of the current wind market, expected impacts if 35% of the "
            "nation's electric generation comes from wind power, and a proposed outline of "
            "activities that will be required to make the vision a reality.",
            "This report describes the impact of the changes in wind turbine technology, mostly "
            "through the use of taller towers and larger wind turbine blades. Technological "
            "advancements have expanded areas in which wind can be economically developed and "
            "enabled every state in the nation to have utility-scale wind potential.",
        ],
        "quantities": [
            q("8%", 8, "percent", "percent", "share of US electric generation capacity from wind"),
            q("exceed 100 kilowatts", 100, "kilowatt", "other", "size of utility-scale turbines",
              approx=True),
            q("more than 52,000", 52000, "count", "count", "land-based wind turbines operating",
              approx=True, counted="land-based wind turbines"),
            q("41 states", 41, "count", "count", "states with land-based wind turbines",
              counted="states"),
            q("nearly 84 gigawatts", 84, "gigawatt", "other", "capacity of land-based wind turbines",
              approx=True),
            q("almost 2 MW", 2, "megawatt", "other", "average size of turbines installed today",
              approx=True),
            q("14.4 gigawatts", 14.4, "gigawatt", "other", "global offshore wind capacity"),
            q("30-MW", 30, "megawatt", "other", "Block Island Wind Farm"),
            q("35%", 35, "percent", "percent", "share of electric generation from wind power"),
        ],
    },
    {
        "id": "qt16-02",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/observatories/hvo/news/"
               "volcano-watch-hvo-and-hawaii-county-civil-defense-jointly-track-june-27th",
        "title": "Volcano Watch — HVO and Hawai‘i County Civil Defense jointly track the June 27th "
                 "lava flow",
        "published": "2014-09-18",
        "truncated": True,
        "note": "USGS Hawaiian Volcano Observatory column. Removed: the headline and date line (moved "
                "to title and published). The stored page is cut in the paragraph on steepest-descent "
                "paths; kept up to the last complete sentence. The sentence 'These observations are "
                "compiled in a report available to the public later the same morning at' ends without "
                "its link in the store; kept verbatim. '3–4 times per week' is one rate "
                "(count/week, the per-unit follows directly); 'between about 300,000 and 500,000 "
                "cubic meters' is a range (the erupted-each-day frequency stands apart, so not a rate); "
                "'55,000–92,000 gallons per minute' is a range rate.",
        "paragraphs": [
            "The USGS Hawaiian Volcano Observatory (HVO) and Hawai‘i County Civil Defense (HCCD) are "
            "working closely together to gather and share information about the June 27th lava "
            "flow through daily helicopter overflights.",
            "Currently, Darryl Oliveira (HCCD Administrator) flies early each morning to measure the "
            "flow's advancement and direction and to assess fire and smoke conditions. These "
            "observations are compiled in a report available to the public later the same morning "
            "at",
            "HVO overflights are scheduled 3–4 times per week to complement the County flights, with "
            "additional flights as necessary. During the HVO flights, geologists map the perimeter "
            "of the flow from the air, take photos, video, and infrared imagery, and assess eruptive "
            "conditions along the flow and at Pu‘u ‘Ō‘ō. On at least one of these flights each week, "
            "we sample the lava to determine whether the chemistry of the lava is changing (it's "
            "not).",
            "We also try to measure the volume of lava being erupted by estimating the amount of lava "
            "flowing through the June 27th lava tube. This low-precision method suggests that "
            "between about 300,000 and 500,000 cubic meters (55,000–92,000 gallons per minute) of "
            "lava are being erupted each day, which spans the long-term average for the eruption as "
            "a whole (since 1983).",
            "Based on feedback from the public, it's clear that our maps are an important means of "
            "communicating information about the lava flow. Therefore, we'd like to offer some "
            "clarification of the information included in the maps. Each HVO map shows the current "
            "position of the June 27th lava flow relative to nearby structures. By comparing the "
            "current position with past flow positions, we estimate the flow's current advance "
            "rate, which has varied over the past week.",
            "An important feature now included on HVO's maps is the calculated paths of steepest "
            "descent, shown as blue lines.",
        ],
        "quantities": [
            q("3–4 times per week", 3, "count/week", "rate", "HVO overflights of the lava flow",
              high=4),
            q("between about 300,000 and 500,000 cubic meters", 300000, "cubic_meter", "volume",
              "lava erupted each day", approx=True, high=500000),
            q("55,000–92,000 gallons per minute", 55000, "gallon/minute", "rate",
              "lava erupted through the June 27th lava tube", high=92000),
            q("the past week", 1, "week", "duration", "period over which the advance rate varied"),
        ],
    },
    {
        "id": "qt16-03",
        "source": "usgov:gpm.nasa.gov",
        "url": "https://gpm.nasa.gov/taxonomy/term/1095?page=20",
        "title": "Typhoon Haima Hits China After Devastating The Northern Philippines; GPM Measures "
                 "Extreme Rainfall With Typhoons Sarika and Haima; Hurricane Nicole Moving Over Cold "
                 "North Atlantic",
        "published": None,
        "truncated": True,
        "note": "NASA GPM mission news listing (three item teasers, prose); the page shows no date, the "
                "items concern October 2016. Removed: the credit line 'Images and caption by Hal "
                "Pierce (SSAI/NASA GSFC)', the three item headings (joined into the title) and the "
                "unfinished last sentence of each teaser as the listing cuts it ('Haima's winds were "
                "decreasing and the typhoon was the equivalent of a category one hurricane', 'After "
                "hitting the Philippines', 'GPM's radar (D'). Category numbers and clock times are "
                "not quantities. A parenthetical conversion is its own quantity and keeps the "
                "qualifier of the value it converts ('about 70 kts (81 mph)': both approximate). "
                "'over 113 mm (4.4 inches) per hour' is one rate whose per-unit follows the "
                "conversion: one span, value in millimeter/hour.",
        "paragraphs": [
            "After Haima's caused extensive destruction and at least 13 deaths in the northern "
            "Philippines the typhoon traveled across the South China Sea to batter Hong Kong and "
            "mainland China. Heavy rain and gusty winds accompanied Haima as the typhoon passed to "
            "the east of Hong Kong. Operations at Hong Kong's international airport were nearly "
            "stopped by the typhoon. At least one person was reported killed in Hong Kong. Haima "
            "made landfall in China 110 km (68 miles) east of Hong Kong at about 0400 UTC (noon "
            "CST).",
            "Two powerful typhoons have hit the Philippines in less than a week. The first was "
            "Typhoon Sarika (known as Karen in the Philippines) that formed east of the Philippines "
            "on October 12, 2016. Sarika intensified and had peak sustained winds of 115 kts (132 "
            "mph). This wind speed made it the equivalent of a category four on the Saffir-Simpson "
            "hurricane wind scale. Sarika made landfall in the Philippines on Sunday in the northern "
            "province of Aurora on the island of Luzon. Three people were killed as Sarika pounded "
            "the Philippines with heavy winds and flooding rainfall.",
            "Hurricane Nicole has now been active for almost two weeks. Nicole was still a hurricane "
            "with winds of about 70 kts (81 mph) when the GPM core observatory satellite flew over "
            "on October 17, 2016 at 0436 UTC (2:36 am EDT). The GPM satellite had a good look at the "
            "rainfall in Nicole's large ragged eye. GPM's Dual-Frequency Precipitation Radar (DPR) "
            "swath sliced through the center of Nicole's eye and found some very heavy rainfall. A "
            "few strong storms in the southern side of the eye were dropping rain at a rate of over "
            "113 mm (4.4 inches) per hour.",
        ],
        "quantities": [
            q("at least 13 deaths", 13, "person", "count", "deaths from Haima in the Philippines",
              approx=True),
            q("At least one person", 1, "person", "count", "people killed in Hong Kong",
              approx=True),
            q("110 km", 110, "kilometer", "length", "distance of Haima's landfall east of Hong Kong"),
            q("68 miles", 68, "mile", "length", "distance of Haima's landfall east of Hong Kong"),
            q("less than a week", 1, "week", "duration",
              "period in which two typhoons hit the Philippines", approx=True),
            q("115 kts", 115, "knot", "rate", "peak sustained winds of Sarika"),
            q("132 mph", 132, "mile/hour", "rate", "peak sustained winds of Sarika"),
            q("Three people", 3, "person", "count", "people killed by Sarika"),
            q("almost two weeks", 2, "week", "duration", "time Hurricane Nicole has been active",
              approx=True),
            q("about 70 kts", 70, "knot", "rate", "winds of Hurricane Nicole", approx=True),
            q("81 mph", 81, "mile/hour", "rate", "winds of Hurricane Nicole", approx=True),
            q("over 113 mm (4.4 inches) per hour", 113, "millimeter/hour", "rate",
              "rain rate of storms in Nicole's eye", approx=True),
        ],
    },
    {
        "id": "qt16-04",
        "source": "usgov:americannewsservice.org",
        "url": "http://americannewsservice.org/2014/09/nasa-sees-typhoon-kalmaegi-as-whirlpool.html?m=1",
        "title": "NASA Sees Typhoon Kalmaegi as a Whirlpool of Clouds in the South China Sea",
        "published": "2014-09-15",
        "truncated": True,
        "note": "NASA Goddard Space Flight Center hurricane update (byline Rob Gutro, NASA's Goddard "
                "Space Flight Center), a US government work, as reposted on a news-aggregator blog; "
                "read there. Removed: the blog date line and headline (moved to published and "
                "title), the byline, the image caption and credit, and the start of the earlier "
                "'Sept. 12, 2014' update where the stored page is cut. The text has two slips kept "
                "verbatim and annotated as written: '18.9 kph' (for 75 knots) and '22 feet (6.7 "
                "km)'. Latitude/longitude positions, clock times, the hurricane category and the "
                "'Strong Wind signal #3' warning level are not quantities. Conversions in "
                "parentheses are separate quantities and keep the qualifier of the value they "
                "convert.",
        "paragraphs": [
            "NASA's Aqua satellite observed Typhoon Kalmaegi crossing the South China Sea and a "
            "satellite image from the MODIS instrument aboard made it look like a whirlpool of "
            "clouds.",
            "On Sunday, September 14, Kalmaegi passed over northern Luzon, Philippines and emerged "
            "into the South China Sea. Typhoon Kalmaegi's maximum sustained winds were near 65 "
            "knots (75 mph) making it a category one hurricane on the Saffir-Simpson scale as it "
            "moved over the Philippines.",
            "On September 15 at 05:15 UTC (1:15 a.m. EDT) the Moderate Resolution Imaging "
            "Spectroradiometer aboard NASA's Aqua satellite captured an image of Typhoon Kalmaegi "
            "now fully in the South China Sea. The MODIS image showed tight bands of thunderstorms "
            "spiraling into the center from the southern quadrant to the northern quadrant, like a "
            "giant whirlpool of clouds. The Joint Typhoon Warning Center noted that a large band of "
            "thunderstorms were also building around the western edge of the typhoon.",
            "Maximum sustained winds had increased to 75 knots (86.3 mph/18.9 kph) by 1200 UTC (8 "
            "a.m. EDT) on September 15. The center was located near 19.1 east latitude and 113.6 "
            "east longitude, about 204 nautical miles south of Hong Kong, and was moving "
            "west-northwestward at 17 knots (19.5 mph/31.4 kph). Kalmaegi is generating waves up to "
            "22 feet (6.7 km) in the South China Sea.",
            "The Joint Typhoon Warning Center forecast calls for Kalmaegi to graze northern Hainan "
            "Island, move through the Gulf of Tonkin and make landfall just north Hanoi late on "
            "September 16. Strong Wind signal #3 is currently in effect in Hong Kong.",
        ],
        "quantities": [
            q("near 65 knots", 65, "knot", "rate", "maximum sustained winds over the Philippines",
              approx=True),
            q("75 mph", 75, "mile/hour", "rate", "maximum sustained winds over the Philippines",
              approx=True),
            q("75 knots", 75, "knot", "rate", "maximum sustained winds on September 15"),
            q("86.3 mph", 86.3, "mile/hour", "rate", "maximum sustained winds on September 15"),
            q("18.9 kph", 18.9, "kilometer/hour", "rate", "maximum sustained winds on September 15"),
            q("about 204 nautical miles", 204, "nautical_mile", "length",
              "distance of the center south of Hong Kong", approx=True),
            q("17 knots", 17, "knot", "rate", "forward speed of Kalmaegi"),
            q("19.5 mph", 19.5, "mile/hour", "rate", "forward speed of Kalmaegi"),
            q("31.4 kph", 31.4, "kilometer/hour", "rate", "forward speed of Kalmaegi"),
            q("up to 22 feet", 22, "foot", "length", "waves generated in the South China Sea",
              approx=True),
            q("6.7 km", 6.7, "kilometer", "length", "waves generated in the South China Sea",
              approx=True),
        ],
    },
    {
        "id": "qt16-05",
        "source": "usgov:phys.org",
        "url": "https://phys.org/news/2017-09-nasa-noaa-suomi-npp-satellite-hurricane.html",
        "title": "NASA-NOAA's Suomi NPP Satellite gets two looks at Hurricane Maria",
        "published": "2017-09-25",
        "truncated": True,
        "note": "NASA Goddard hurricane update (a US government work) as republished on phys.org; read "
                "there. Removed: the date line, the image caption and its credit line. The stored page "
                "is cut in the sentence 'NASA research has shown that storms with cloud top tempera'; "
                "kept up to the last complete sentence. Verbatim slips kept ('estimated of hourly "
                "rainfall', 'provided tan infrared image', 'located within the .'). 'over two days' "
                "is a span of time, not 'more than': span 'two days', exact. 'over 6.57 inches (137 "
                "mm) per hour' is one rate span (per-unit after the conversion), inch/hour. The "
                "temperature qualifier 'as cold as or colder than' is inside the span; the Celsius "
                "conversion keeps it (approximate).",
        "paragraphs": [
            "Hurricane Maria was analyzed in visible and infrared light as NASA-NOAA's Suomi NPP "
            "passed overhead over two days. NASA's GPM satellite also provided a look at Maria's "
            "rainfall rates.",
            "On Sept. 23 at 8:12 a.m. EDT (1212 UTC) the Global Precipitation Measurement mission or "
            "GPM core observatory estimated of hourly rainfall in multiple intense rainfall bands of "
            "thunderstorms around Maria's western side. Rain was found falling at a rate of over "
            "6.57 inches (137 mm) per hour and some thunderstorm tops in these rain bands were found "
            "to reach heights above 9.7 miles (15.7 km). GPM is managed by NASA and the Japan "
            "Aerospace Exploration Agency.",
            "On Sept. 24 at 1:54 p.m. EDT (1754 UTC) the Visible Infrared Imaging Radiometer Suite "
            "(VIIRS) instrument aboard NASA-NOAA's Suomi NPP satellite captured a visible light "
            "image of Hurricane Maria that showed the eye had become cloud filled. Maria was "
            "located northeast of Bahamas and far off the Florida east coast.",
            "On Sept. 25 at 2:12 a.m. EDT (0612 UTC) the VIIRS instrument aboard NASA-NOAA's Suomi "
            "NPP satellite provided tan infrared image of Hurricane Maria. The Infrared image "
            "provided forecasters with temperature data that showed where the strongest storms were "
            "located within the . Coldest clouds tops and strongest storms were in the southeastern "
            "quadrant where temperatures were as cold as or colder than minus 80 degrees Fahrenheit "
            "(minus 62.2 Celsius).",
        ],
        "quantities": [
            q("two days", 2, "day", "duration", "period of the Suomi NPP overpasses"),
            q("over 6.57 inches (137 mm) per hour", 6.57, "inch/hour", "rate",
              "rain rate in Maria's western rain bands", approx=True),
            q("above 9.7 miles", 9.7, "mile", "length", "height of thunderstorm tops in rain bands",
              approx=True),
            q("15.7 km", 15.7, "kilometer", "length", "height of thunderstorm tops in rain bands",
              approx=True),
            q("as cold as or colder than minus 80 degrees Fahrenheit", -80, "fahrenheit", "other",
              "cloud top temperatures in the southeastern quadrant", approx=True),
            q("minus 62.2 Celsius", -62.2, "celsius", "other",
              "cloud top temperatures in the southeastern quadrant", approx=True),
        ],
    },
    {
        "id": "qt16-06",
        "source": "usgov:randomgovernmentpressreleases.blogspot.com",
        "url": "http://randomgovernmentpressreleases.blogspot.com/2011/08/tropical-depression-with-some-heavy.html",
        "title": "Tropical Depression with some heavy rain",
        "published": "2011-08-19",
        "truncated": False,
        "note": "Excerpt of a NASA hurricane update (a US government work) reposted on a blog of US "
                "government press releases; read there. Title from the URL slug (the store shows "
                "none); published from the text ('today, August 19', post of August 2011). Removed: "
                "the blog lead-in 'The following excerpt is from the NASA website:' and the blog "
                "sidebar. 'eighth' (ordinal) and 'System 93L' (a name) are not quantities. '3 to 5 "
                "inches' is a range.",
        "paragraphs": [
            "The eighth tropical depression of the Atlantic Ocean hurricane season formed from the "
            "low pressure System 93L on August 19 at 8 a.m. EDT and satellite data from NASA shows "
            "strong rainmaking potential as the depression moves out of the Caribbean and inland "
            "this weekend.",
            "Infrared satellite data gives forecasters a good idea at the strength and height of "
            "thunderstorms, and the rainfall potential that they carry with them. When NASA's Aqua "
            "satellite passed over Tropical Depression 8 (TD8) today, August 19 at 6:59 UTC (2:59 "
            "a.m. EDT) the Atmospheric Infrared Sounder (AIRS) took the temperature of the cloud "
            "tops using infrared technology. AIRS data revealed a large area of powerful, high "
            "thunderstorms with cold cloud tops surrounding the center where cloud temperatures "
            "were colder than -63 Fahrenheit (-52 Celsius). The higher the thunderstorm cloud-top, "
            "the colder it is, and the more powerful they are, and typically, the heavier the "
            "rainfall.",
            "The National Hurricane Center (NHC) today noted that TD8 is expected to produce total "
            "rainfall accumulations of 3 to 5 inches across Honduras, Guatemala, and Belize. "
            "Isolated amounts as high as 8 inches are possible in local areas, and these heavy "
            "rains could produce flash flooding and mudslides, especially over higher terrain.",
        ],
        "quantities": [
            q("colder than -63 Fahrenheit", -63, "fahrenheit", "other",
              "cloud top temperatures around the center of TD8", approx=True),
            q("-52 Celsius", -52, "celsius", "other",
              "cloud top temperatures around the center of TD8", approx=True),
            q("3 to 5 inches", 3, "inch", "length", "total rainfall accumulations expected",
              high=5),
            q("as high as 8 inches", 8, "inch", "length", "isolated rainfall amounts",
              approx=True),
        ],
    },
    {
        "id": "qt16-07",
        "source": "usgov:bioengineer.org",
        "url": "https://bioengineer.org/nasa-analyzes-rainfall-rates-in-new-tropical-storm-tapah",
        "title": "NASA analyzes rainfall rates in new Tropical Storm Tapah",
        "published": None,
        "truncated": True,
        "note": "NASA Goddard hurricane update (byline Rob Gutro, NASA's Goddard Space Flight Center; "
                "a US government work) as republished on a science-news site; read there. Title "
                "from the URL slug; the page shows no date (Tapah formed in September 2019). "
                "Removed: the image credit, the cut link line 'For updated forecasts, visit: "
                "http://www.', the byline and media-contact block. Latitude/longitude positions and "
                "clock times are not quantities; 'the next several days' is left out (no number). "
                "'as much as 1.6 inches (40 mm) per hour' is one rate span (inch/hour).",
        "paragraphs": [
            "Tropical Storm Tapah formed quickly in the northwestern Pacific Ocean and as it was "
            "strengthening from a depression to a tropical storm, the Global Precipitation "
            "Measurement mission or GPM core satellite passed overhead from its orbit in space and "
            "measured rainfall rates throughout the storm.",
            "NASA has the unique capability of peering under the clouds in storms and measuring the "
            "rate in which rain is falling. The GPM’s core satellite passed over Tropical Storm "
            "Tapah in the northwestern Pacific Ocean on Sept. 16 at 12:11 p.m. EDT (1611 UTC).",
            "GPM found the heaviest rainfall around the storm’s center, where it was falling at a "
            "rate of as much as 1.6 inches (40 mm) per hour. Forecasters at the Joint Typhoon "
            "Warning Center incorporate the rainfall data into their forecasts.",
            "Both the Japan Aerospace Exploration Agency (JAXA) and NASA manage GPM.",
            "At 11 a.m. EDT (1500 UTC), the center of Tropical Storm Tapah was located near latitude "
            "23.1 degrees north and longitude 127.9 degrees east. That puts Tapah’s center about "
            "211 nautical miles south of Kadena Air Base, Okinawa, Japan. Maximum sustained winds "
            "remain near 40 mph (46 kph) with higher gusts. Tapah is forecast to strengthen but "
            "remain a tropical storm over the next several days.",
            "Hurricanes are the most powerful weather event on Earth. NASA’s expertise in space and "
            "scientific exploration contributes to essential services provided to the American "
            "people by other federal agencies, such as hurricane weather forecasting.",
        ],
        "quantities": [
            q("as much as 1.6 inches (40 mm) per hour", 1.6, "inch/hour", "rate",
              "rain rate around Tapah's center", approx=True),
            q("about 211 nautical miles", 211, "nautical_mile", "length",
              "distance of Tapah's center south of Kadena Air Base", approx=True),
            q("near 40 mph", 40, "mile/hour", "rate", "maximum sustained winds of Tapah",
              approx=True),
            q("46 kph", 46, "kilometer/hour", "rate", "maximum sustained winds of Tapah",
              approx=True),
        ],
    },
    {
        "id": "qt16-08",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/pakistan-floods-kill-hundreds-affect-millions/1528303.html",
        "title": "Pakistan Floods Kill Hundreds, Affect Millions",
        "published": "2012-10-17",
        "truncated": False,
        "note": "VOA News story, read in the search store as the floodgap gopher mirror of VOA's "
                "headline feed (https://kroovy.de/gopherproxy/?q=gopher.floodgap.com%2F0%2Ffeeds"
                "%2Fvoaheadlines%2F2012%2FOct%2F17%2Fvoanews.com-content-pakistan-floods-kill-"
                "hundreds-affect-millions-1528303.html, also claimed), which names this voanews.com "
                "address. Published is approximate: the date of the feed folder (2012/Oct/17). "
                "Removed: the mirror's public-domain notice, the byline 'by VOA News' and the "
                "reference list. The mirror runs the story as one paragraph; the paragraph breaks "
                "here are the annotator's, the words are verbatim. 'weeks of monsoon flooding' "
                "(no number) and 'nearly all' are not quantities; 'more than half' is a fraction; "
                "'the worst in nearly a century' is a span of time (duration).",
        "paragraphs": [
            "Pakistan's disaster relief agency estimates that weeks of monsoon flooding have killed "
            "455 people and affected more than five million others.",
            "Officials said every section of the country has been affected over the past five "
            "weeks.",
            "The worst hit area has been the lowlands of Sindh province, which lies along the "
            "coast. The province accounts for more than half of the flood-related deaths and nearly "
            "all of the more than a quarter of a million people in relief camps.",
            "In terms of agriculture, Punjab province has suffered the most damage with almost a "
            "half million acres of crops affected. The southwestern province of Baluchistan "
            "suffered the most loss to livestock, with nearly 7,000 cattle killed.",
            "Pakistan is no stranger to seasonal flooding. The country has suffered devastating "
            "floods in the past two years, including the worst in nearly a century, which happened "
            "in 2010. That disaster submerged an area the size of England, killed almost 1,800 "
            "people and affected some 21 million others.",
            "Some information for this report was provided by AFP.",
        ],
        "quantities": [
            q("455 people", 455, "person", "count", "people killed by monsoon flooding"),
            q("more than five million others", 5e6, "person", "count",
              "people affected by the flooding", approx=True),
            q("the past five weeks", 5, "week", "duration", "period of flooding across the country"),
            q("more than half", 0.5, "fraction", "percent",
              "Sindh's share of flood-related deaths", approx=True),
            q("more than a quarter of a million people", 250000, "person", "count",
              "people in relief camps", approx=True),
            q("almost a half million acres", 500000, "acre", "area",
              "crops affected in Punjab province", approx=True),
            q("nearly 7,000 cattle", 7000, "count", "count", "cattle killed in Baluchistan",
              approx=True, counted="cattle"),
            q("the past two years", 2, "year", "duration", "period of devastating floods"),
            q("nearly a century", 100, "year", "duration",
              "period of which the 2010 floods were the worst", approx=True),
            q("almost 1,800 people", 1800, "person", "count", "people killed by the 2010 floods",
              approx=True),
            q("some 21 million others", 2.1e7, "person", "count",
              "people affected by the 2010 floods", approx=True),
        ],
    },
    {
        "id": "qt16-09",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=93",
        "title": "U.S. Army Corps of Engineers news search, page 93",
        "published": None,
        "truncated": True,
        "note": "Army Corps news listing: item headlines with their lead paragraphs (prose), late 2024; "
                "the page shows no date of its own. Headlines are kept as their own lines (page "
                "text). The stored page is cut at the next headline ('Mobile District'), dropped. "
                "Runs of spaces between sentences of the first lead are collapsed. 'from 12 feet "
                "to 24 feet' is a change, two quantities. 'the two of us' is a pronoun use, not a "
                "count. Dates are not quantities.",
        "paragraphs": [
            "Corps of Engineers, Navy collaborate in experimental dredging for U.P. harbor",
            "The U.S. Army Corps of Engineers, Detroit District and Engineer Research and "
            "Development Center in partnership with the U.S. Navy removed over 25,000 cubic yards "
            "of material from Little Lake Harbor in the Upper Peninsula of Michigan this fall. "
            "Little Lake Harbor, designated as a harbor of refuge, requires annual maintenance "
            "dredging. The harbor had severe shoaling and emergency dredging was completed in 2023. "
            "This year, a unique opportunity with the Corps of Engineers Engineer Research and "
            "Development Center (ERDC) and the U.S. Navy arose. “We were working with ERDC on "
            "redesigning the federal structures at Little Lake Harbor and ERDC was working with the "
            "Navy on experimental training,” said Soo Project Office, St. Marys River Section Chief "
            "Justin Proulx. “ERDC brought the two of us together to train the Navy on opening "
            "harbors and dredging the Detroit District’s shoaled in Little Lake Harbor.”",
            "Corps of Engineers to remove Helene debris in 10 Georgia counties",
            "In September 2024, Hurricane Helene unexpectedly wreaked havoc on parts of The U.S. "
            "Army Corps of Engineers, Savannah District’s area of responsibility, leaving behind a "
            "magnitude of debris, resulting in the Federal Emergency Management Agency tasking the "
            "District with a debris removal mission for 10 Georgia counties.",
            "Seasonal regulating stage change on the White River begins December 1, 2024",
            "The U.S. Army Corps of Engineers wants to remind the public that the seasonal "
            "regulating stage for the White River at Newport and Georgetown, Ark. will increase "
            "from 12 feet to 24 feet effective Dec. 1, 2024.",
            "USACE performing habitat improvement at the Yakima Delta Habitat Management Unit",
            "RICHLAND, Wash. – The U.S. Army Corps of Engineers, Walla Walla District is overseeing "
            "habitat improvements at the Yakima Delta Habitat Management Unit (HMU) in Richland.",
        ],
        "quantities": [
            q("over 25,000 cubic yards", 25000, "cubic_yard", "volume",
              "material dredged from Little Lake Harbor", approx=True),
            q("10", 10, "count", "count", "Georgia counties in the Helene debris mission",
              counted="Georgia counties"),
            q("10", 10, "count", "count", "Georgia counties in the Helene debris mission",
              counted="Georgia counties"),
            q("12 feet", 12, "foot", "length", "seasonal regulating stage of the White River before"),
            q("24 feet", 24, "foot", "length", "seasonal regulating stage of the White River after"),
        ],
    },
    {
        "id": "qt16-10",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/petroleum/weekly/archive/2007/070516/twipprint.html",
        "title": "Gasoline FAQs (This Week In Petroleum)",
        "published": "2007-05-16",
        "truncated": True,
        "note": "EIA This Week In Petroleum, printable version. Removed: the breadcrumb, the release "
                "lines ('Released on May 16, 2007', next release) and the headline (moved to title "
                "and published). The question lines are kept as their own lines. The sentence ending "
                "'greater than year-ago levels' has no full stop in the store; kept verbatim. The "
                "stored page is cut in 'Domestic gasoline production has increased by more than "
                "500,000 barrels per day' (sentence end not visible), dropped. 'Over 12 consecutive "
                "weeks' means 'during', not 'more than': span '12 consecutive weeks', exact. 'around "
                "$3 per gallon' is a price rate (USD/gallon).",
        "paragraphs": [
            "Regular readers of This Week In Petroleum are used to seeing non-oil-related comments "
            "tied to oil markets at the beginning of each issue. However, with the U.S. average "
            "retail price for regular gasoline reaching a new record (unadjusted for inflation), it "
            "is best to get straight to the facts, as EIA sees them. Judging from the way our phones "
            "have been ringing off the hook, there is a high level of interest in gasoline prices. "
            "Below are some of the frequently asked questions (FAQs) about gasoline markets "
            "addressed to EIA in recent days.",
            "Why are gasoline prices so high?",
            "Gasoline inventories have recently been drawn down at a dramatic rate to bridge the gap "
            "between supply and demand (see Figure 4, in the Weekly Petroleum Status Report "
            "(WPSR)). Over 12 consecutive weeks during February, March, and April, total gasoline "
            "inventories declined by a cumulative total of more than 34 million barrels (15 "
            "percent). This is the sharpest decline in gasoline inventories over a consecutive "
            "12-week period in EIA’s recorded historical data. Lower import levels than last year "
            "and numerous refinery outages, due to both maintenance and unexpected incidents, have "
            "slowed supply growth, while at the same time, demand continues to grow, even with "
            "prices around $3 per gallon. While demand growth has slowed somewhat in recent weeks, "
            "over the four-week period ending May 11, preliminary data suggests that gasoline "
            "demand is still 1.0 percent (or nearly 100,000 barrels per day) greater than year-ago "
            "levels",
            "Is there an end in sight or will gasoline prices continue to rise all summer?",
            "Although gasoline inventories are expected to remain lower than normal throughout the "
            "summer, high prices have encouraged more supply and inventories have increased "
            "slightly the last two weeks.",
        ],
        "quantities": [
            q("12 consecutive weeks", 12, "week", "duration",
              "period of the gasoline inventory decline"),
            q("more than 34 million barrels", 3.4e7, "barrel", "volume",
              "cumulative decline of total gasoline inventories", approx=True),
            q("15 percent", 15, "percent", "percent", "decline of total gasoline inventories"),
            q("12-week", 12, "week", "duration", "period of the sharpest inventory decline"),
            q("around $3 per gallon", 3, "USD/gallon", "rate", "gasoline prices", approx=True),
            q("four-week", 4, "week", "duration", "period of the demand comparison"),
            q("1.0 percent", 1.0, "percent", "percent",
              "gasoline demand above year-ago levels"),
            q("nearly 100,000 barrels per day", 100000, "barrel/day", "rate",
              "gasoline demand above year-ago levels", approx=True),
            q("the last two weeks", 2, "week", "duration", "period of slight inventory increases"),
        ],
    },
    {
        "id": "qt16-11",
        "source": "usgov:www.blm.gov",
        "url": "https://www.blm.gov/press-release/blm-pauses-drill-seeding-fire-damaged-public-lands-eastern-nevada",
        "title": "BLM pauses drill seeding of fire-damaged public lands in eastern Nevada",
        "published": None,
        "truncated": True,
        "note": "Bureau of Land Management (Interior) press release; the page shows no date (winter "
                "after the summer 2020 Twin and Brown fires). Removed: the headline (moved to title) "
                "and the empty 'Organization / BLM Office / Media Contact' block. The closing mission "
                "statement is cut by the store after its second sentence; kept up to there. '1,000 "
                "of the acres' and '500 of the 3,000 acres': the number's unit is given by 'of the "
                "acres', the span is the number. '12 western states' and 'two eastern Nevada "
                "wildfires': modifiers between number and noun, span is the number.",
        "paragraphs": [
            "ELY, Nev. – The Bureau of Land Management has paused until autumn drill seeding on "
            "public lands burned in two eastern Nevada wildfires.",
            "“We’re likely to be more successful if we seed in the fall. The desired plants naturally "
            "set seed in the fall, lay dormant through winter, and are ready to germinate in spring "
            "when moisture and temperatures rise,” said Chris McVicars, BLM Ely District emergency "
            "stabilization and rehabilitation program manager.",
            "McVicars’ program this winter drill seeded 1,000 of the acres burned in last summer’s "
            "25,110-acre Twin Fire in Lincoln County. Another 1,500 acres remain to be seeded. Also "
            "completed, 500 of the 3,000 acres to be drill-seeded as a result of the 8,268-acre "
            "Brown Fire in White Pine County. Aerially seeded were 22,000 acres of the Twin Fire and "
            "8,000 acres of the Brown Fire.",
            "The seedings are components of emergency stabilization and rehabilitation projects "
            "designed specifically for each fire. Other treatment elements common to the projects "
            "include fence repair and/or temporary fence construction, temporary grazing closures, "
            "and noxious and invasive weed treatments, followed by monitoring.",
            "The BLM manages more than 245 million acres of public land located primarily in 12 "
            "western states, including Alaska, on behalf of the American people. The BLM also "
            "administers 700 million acres of sub-surface mineral estate throughout the nation.",
        ],
        "quantities": [
            q("two", 2, "count", "count", "eastern Nevada wildfires with burned public lands",
              counted="eastern Nevada wildfires"),
            q("1,000", 1000, "acre", "area", "burned acres drill seeded this winter"),
            q("25,110-acre", 25110, "acre", "area", "Twin Fire in Lincoln County"),
            q("1,500 acres", 1500, "acre", "area", "Twin Fire acres remaining to be seeded"),
            q("500", 500, "acre", "area", "Brown Fire acres drill seeded"),
            q("3,000 acres", 3000, "acre", "area", "Brown Fire acres to be drill-seeded"),
            q("8,268-acre", 8268, "acre", "area", "Brown Fire in White Pine County"),
            q("22,000 acres", 22000, "acre", "area", "Twin Fire acres aerially seeded"),
            q("8,000 acres", 8000, "acre", "area", "Brown Fire acres aerially seeded"),
            q("more than 245 million acres", 2.45e8, "acre", "area",
              "public land managed by the BLM", approx=True),
            q("12", 12, "count", "count", "western states with BLM public land",
              counted="western states"),
            q("700 million acres", 7e8, "acre", "area",
              "sub-surface mineral estate administered by the BLM"),
        ],
    },
    {
        "id": "qt16-12",
        "source": "usgov:www.dvidshub.net",
        "url": "https://www.dvidshub.net/news/39693/samoa-relief-winds-down-efforts-continue-elsewhere",
        "title": "Samoa Relief Winds Down; Efforts Continue Elsewhere",
        "published": None,
        "truncated": True,
        "note": "DVIDS courtesy story from the Office of the Secretary of Defense Public Affairs; the "
                "stored page shows no date (October 2009: Samoa tsunami of Sept. 29, Typhoon Parma of "
                "Oct. 3). Removed: the site's login furniture, the headline and the credit lines. The "
                "stored page is cut in the last paragraph ('In Indonesia, ... is on station t'), "
                "dropped. Spans stop at the number when words stand between it and the counted noun "
                "('Eleven' C-17 cargo-plane missions, 'nearly 450' U.S. Marines, 'more than 1,400' "
                "Philippine residents); '14-member' is a compound adjective (team size, person). "
                "'C-17' is a name.",
        "paragraphs": [
            "WASHINGTON - As the U.S. military continues to provide assistance to victims of storms "
            "and earthquakes in the Philippines and Indonesia, tsunami relief operations in American "
            "Samoa are tapering off, a Defense Department spokesman said here today.",
            "The humanitarian-relief operation in American Samoa \"is essentially winding down,\" "
            "Bryan Whitman told reporters. The U.S. territory in the Pacific Ocean was hit by an "
            "earthquake-caused tsunami Sept. 29.",
            "Eleven C-17 cargo-plane missions provided nearly 700,000 pounds of supplies, blankets, "
            "electricity generators, vehicles and other help to American Samoans, Whitman said. A "
            "14-member civil-support team from the Hawaii National Guard remains in American Samoa "
            "to assist authorities with hazardous material removal and damage assessments, he "
            "added.",
            "Meanwhile, the U.S. military continues to provide help to people in the Philippines "
            "and Indonesia, Whitman said.",
            "Typhoon Parma hit Luzon Island in the Philippines on Oct. 3, nearly a week after "
            "Typhoon Ketsana struck the Philippine capital of Manila. Indonesians are reeling from "
            "the impact of an earthquake that hit Sumatra late last month.",
            "This weekend in the Philippines, Whitman said, nearly 450 U.S. Marines and Sailors "
            "posted in the Manila area delivered relief supplies, cleared roads, and provided basic "
            "medical care to residents. More than 8,000 food packages have been delivered, and more "
            "than 1,400 Philippine residents have received medical care.",
            "The U.S. Navy ships USS Harpers Ferry and USS Tortuga also are in the Philippines to "
            "provide assistance, Whitman said.",
        ],
        "quantities": [
            q("Eleven", 11, "count", "count", "C-17 cargo-plane missions to American Samoa",
              counted="C-17 cargo-plane missions"),
            q("nearly 700,000 pounds", 700000, "pound", "mass",
              "supplies and other help flown to American Samoa", approx=True),
            q("14-member", 14, "person", "count", "Hawaii National Guard civil-support team"),
            q("nearly a week", 1, "week", "duration", "time between Typhoons Ketsana and Parma",
              approx=True),
            q("nearly 450", 450, "person", "count",
              "U.S. Marines and Sailors in the Manila area", approx=True),
            q("More than 8,000 food packages", 8000, "count", "count",
              "food packages delivered in the Philippines", approx=True, counted="food packages"),
            q("more than 1,400", 1400, "person", "count",
              "Philippine residents given medical care", approx=True),
        ],
    },
    {
        "id": "qt16-13",
        "source": "usgov:ctstatepolitics.blogspot.com",
        "url": "http://ctstatepolitics.blogspot.com/2013/11",
        "title": "FACT SHEET: U.S. Response to Typhoon Haiyan",
        "published": None,
        "truncated": True,
        "note": "White House fact sheet (a US government work) reposted unedited on a blog's November "
                "2013 archive page; read there. published is the archive month only (the fact sheet "
                "follows Haiyan's Nov. 8 landfall). Removed: the blog lead-in ('The following is "
                "arelease from the White House, (unedited here):'), the headline (moved to title), "
                "the bullet marks, and the unfinished last paragraph under 'A Coordinated Response' "
                "(cut by the store). The blog's hard line wraps are joined; section headings kept as "
                "their own lines. Mostly a list: each bullet is a line. Families are counted things "
                "(count, 'families'); the people in parentheses are person counts. 'some 945 flight "
                "hours' is a duration (approximate).",
        "paragraphs": [
            "Since Typhoon Haiyan struck the Philippines on November 8, U.S. disaster relief experts "
            "and military personnel have worked around the clock to deliver food, water, medicine, "
            "and shelter to help those hit hardest by the storm. In support of the Philippines’ "
            "relief effort, the United States is providing more than $37 million in humanitarian aid "
            "to those in need.",
            "U.S. Assistance at a Glance",
            "U.S. humanitarian assistance in the aftermath of Typhoon Haiyan includes:",
            "USAID / Office of U.S. Foreign Disaster Assistance (USAID/OFDA) $20,000,000",
            "USAID / Office of Food for Peace (USAID/FFP) $10,000,000",
            "Department of Defense $7,230,302",
            "In the days following the storm, U.S. assistance has included:",
            "Emergency shelter materials for 20,000 families (100,000 people)",
            "Hygiene kits for 20,000 families (100,000 people)",
            "55 metric tons of food assistance benefitting 19,800 families (99,000 people)",
            "Water containers for 14,400 families (72,000 people)",
            "Restored functionality of the Tacloban municipal water system, benefiting 200,000 "
            "people.",
            "There are currently 15 USAID disaster response specialists and approximately 9,500 U.S. "
            "military personnel responding to the crisis.",
            "U.S. military aircraft have logged some 945 flight hours, delivered more than 750,000 "
            "pounds of relief supplies and equipment, moved more than 1,200 relief workers into "
            "Tacloban, and airlifted nearly 5,640 survivors from storm affected areas.",
            "A significant amount of U.S. assistance has also supported logistical operations, "
            "including helping get airports up and running, providing communications support, "
            "expanding transportation capacity, and establishing aid distribution centers.",
            "A Coordinated Response",
        ],
        "quantities": [
            q("more than $37 million", 3.7e7, "USD", "money",
              "U.S. humanitarian aid for the Philippines", approx=True),
            q("$20,000,000", 2e7, "USD", "money", "USAID/OFDA assistance"),
            q("$10,000,000", 1e7, "USD", "money", "USAID/FFP assistance"),
            q("$7,230,302", 7230302, "USD", "money", "Department of Defense assistance"),
            q("20,000 families", 20000, "count", "count",
              "families given emergency shelter materials", counted="families"),
            q("100,000 people", 100000, "person", "count",
              "people given emergency shelter materials"),
            q("20,000 families", 20000, "count", "count", "families given hygiene kits",
              counted="families"),
            q("100,000 people", 100000, "person", "count", "people given hygiene kits"),
            q("55 metric tons", 55, "metric_ton", "mass", "food assistance delivered"),
            q("19,800 families", 19800, "count", "count", "families benefitting from food assistance",
              counted="families"),
            q("99,000 people", 99000, "person", "count", "people benefitting from food assistance"),
            q("14,400 families", 14400, "count", "count", "families given water containers",
              counted="families"),
            q("72,000 people", 72000, "person", "count", "people given water containers"),
            q("200,000 people", 200000, "person", "count",
              "people benefiting from the Tacloban water system"),
            q("15", 15, "person", "count", "USAID disaster response specialists"),
            q("approximately 9,500", 9500, "person", "count",
              "U.S. military personnel responding to the crisis", approx=True),
            q("some 945 flight hours", 945, "hour", "duration",
              "flight hours logged by U.S. military aircraft", approx=True),
            q("more than 750,000 pounds", 750000, "pound", "mass",
              "relief supplies and equipment delivered", approx=True),
            q("more than 1,200 relief workers", 1200, "person", "count",
              "relief workers moved into Tacloban", approx=True),
            q("nearly 5,640 survivors", 5640, "person", "count",
              "survivors airlifted from storm affected areas", approx=True),
        ],
    },
    {
        "id": "qt16-14",
        "source": "usgov:www.af.mil",
        "url": "https://www.af.mil/News/Article-Display/Article/110491/academy-solar-panels-save-taxpayers-800k-in-first-year/",
        "title": "Academy solar panels save taxpayers $800K in first year",
        "published": None,
        "truncated": True,
        "note": "U.S. Air Force news story (Academy Spirit staff writer); the stored page shows no date "
                "(a year after the array began operating on July 1, 2011, so mid-2012). Removed: the "
                "official-website banner, the headline (moved to title) and the 'Published / By' "
                "lines. The stored page is cut in the quotation after 'much more of a challenge.'; "
                "kept up to there. 'roughly seven and half percent' = 7.5 (approximate). "
                "'kilowatt hours' written without hyphen: kilowatt_hour.",
        "paragraphs": [
            "After a year of operation, the data is in. The Academy has received roughly seven and "
            "half percent more power than anticipated from the 6-megawatt solar array project that "
            "began production last summer.",
            "A total of 18,888 solar panels were installed along 41 acres on the Academy's "
            "southeast corner and began operation for renewable energy on July 1, 2011. Since then, "
            "the project has provided the Academy 12.5 million kilowatt hours in power when it was "
            "originally estimated to provide only 11.6 million kilowatt hours in power.",
            "\"The project is finished and now we're reaping the benefits from it,\" said Russell "
            "Hume, a mechanical engineer with the Academy's Directorate of Installations. \"We're "
            "making sure it produces within a reasonable measure of what we anticipated and we're "
            "above what we predicted, so that's good news.\"",
            "The $18.3-million project was awarded to Colorado Springs Utilities who subcontracted "
            "to SunPower Corp. in August 2009 through funds from the American Recovery and "
            "Reinvestment Act. Also in 2009, the Academy was chosen as the net zero installation for "
            "the Air Force, and this project is one way the Academy has strived to meet the energy "
            "goals of the Defense Department's Net Zero Energy Installation initiative.",
            "\"The panels have produced 12 percent of the Academy's overall electricity needs,\" "
            "Hume said. \"As we target net zero, electrical energy is relatively easy to produce, "
            "but thermal energy is much more of a challenge.",
        ],
        "quantities": [
            q("a year", 1, "year", "duration", "operation of the Academy solar array"),
            q("roughly seven and half percent", 7.5, "percent", "percent",
              "power received above what was anticipated", approx=True),
            q("6-megawatt", 6, "megawatt", "other", "Academy solar array project"),
            q("18,888 solar panels", 18888, "count", "count", "solar panels installed",
              counted="solar panels"),
            q("41 acres", 41, "acre", "area", "land covered by the solar panels"),
            q("12.5 million kilowatt hours", 1.25e7, "kilowatt_hour", "other",
              "power provided to the Academy by the project"),
            q("11.6 million kilowatt hours", 1.16e7, "kilowatt_hour", "other",
              "power the project was estimated to provide"),
            q("$18.3-million", 1.83e7, "USD", "money", "cost of the solar array project"),
            q("12 percent", 12, "percent", "percent",
              "share of the Academy's electricity needs produced by the panels"),
        ],
    },
    {
        "id": "qt16-15",
        "source": "usgov:theponderingprimate.blogspot.com",
        "url": "http://theponderingprimate.blogspot.com/2008/10/us-department-of-interior-launches.html",
        "title": "U.S. Department Of Interior Launches Geothermal Energy Initiative",
        "published": "2008-10-24",
        "truncated": False,
        "note": "Department of the Interior announcement (a US government work) reposted on a blog; "
                "read there. Removed: the blog date line and headline (moved to published and title) "
                "and the comment counter. 'ten times over' is a multiplier. '12 western states': "
                "modifier between number and noun, span is the number. Homes are counted things.",
        "paragraphs": [
            "Secretary of the Interior Dirk Kempthorne today announced a plan to make more than 190 "
            "million acres of Federal land in 12 western states available for development of "
            "geothermal energy resources, an initiative that could increase electric generation "
            "capacity from geothermal resources ten times over.",
            "Under the development scenario outlined in the plan – known as the Final Geothermal "
            "Programmatic Environmental Impact Statement – the initiative could produce 5,540 "
            "megawatts of new electric generation capacity from geothermal resources by 2015.",
            "That’s enough to meet the power needs of 5.5 million homes. The plan also estimates an "
            "additional 6,600 megawatts by 2025 for a total of 12,100 megawatts – enough to power "
            "more than 12 million homes.",
        ],
        "quantities": [
            q("more than 190 million acres", 1.9e8, "acre", "area",
              "Federal land made available for geothermal development", approx=True),
            q("12", 12, "count", "count", "western states with the Federal land",
              counted="western states"),
            q("ten times over", 10, "multiplier", "other",
              "possible increase of geothermal generation capacity"),
            q("5,540 megawatts", 5540, "megawatt", "other",
              "new geothermal generation capacity by 2015"),
            q("5.5 million homes", 5.5e6, "count", "count", "homes whose power needs it could meet",
              counted="homes"),
            q("6,600 megawatts", 6600, "megawatt", "other",
              "additional geothermal capacity by 2025"),
            q("12,100 megawatts", 12100, "megawatt", "other", "total geothermal capacity by 2025"),
            q("more than 12 million homes", 1.2e7, "count", "count",
              "homes the total capacity could power", approx=True, counted="homes"),
        ],
    },
    {
        "id": "qt16-16",
        "source": "usgov:www.homelandsecuritynewswire.com",
        "url": "https://www.homelandsecuritynewswire.com/dr20241026-accelerating-clean-energy-geothermal-development-on-public-lands",
        "title": "Accelerating Clean Energy Geothermal Development on Public Lands",
        "published": "2024-10-26",
        "truncated": True,
        "note": "Department of the Interior news release (a US government work) as reprinted by a "
                "news digest; read there. Removed: the digest's section label, date line, headline "
                "(moved to title and published) and its own summary deck; the reprint's second "
                "quoted sentence is cut by the store and dropped. 'by 2035' is a date, not a "
                "quantity. Homes are counted things.",
        "paragraphs": [
            "The Department of the Interior today announced significant strides in expanding "
            "geothermal energy on public lands, an abundant clean energy resource with tremendous "
            "potential to help the country meet the Biden-Harris administration’s goal of a carbon "
            "pollution-free power sector by 2035.",
            "The Department announced that the Bureau of Land Management (BLM) has approved the "
            "Fervo Cape Geothermal Power Project in Beaver County, Utah, which will use innovative "
            "technology to generate up to 2 gigawatts (GW) of baseload power that, if fully "
            "developed, is enough to supply over 2 million homes. With this approval, the BLM has "
            "now approved nearly 32 gigawatts of clean energy projects on public lands, including 42 "
            "projects approved under the Biden-Harris administration. The BLM is also proposing a "
            "new categorical exclusion to facilitate geothermal energy resources confirmation on "
            "public lands. These actions come as the BLM hosted the biggest geothermal lease sale in "
            "more than 15 years.",
            "“Geothermal energy is one of our greatest untapped clean energy resources on public "
            "lands,” said Principal Deputy Assistant Secretary for Land and Minerals Management Dr. "
            "Steve Feldgus.",
        ],
        "quantities": [
            q("up to 2 gigawatts", 2, "gigawatt", "other",
              "baseload power of the Fervo Cape Geothermal Power Project", approx=True),
            q("over 2 million homes", 2e6, "count", "count", "homes the project could supply",
              approx=True, counted="homes"),
            q("nearly 32 gigawatts", 32, "gigawatt", "other",
              "clean energy projects approved on public lands", approx=True),
            q("42 projects", 42, "count", "count",
              "projects approved under the Biden-Harris administration", counted="projects"),
            q("more than 15 years", 15, "year", "duration",
              "period since a bigger geothermal lease sale", approx=True),
        ],
    },
    {
        "id": "qt16-17",
        "source": "voa:www.51voa.com",
        "url": "https://www.51voa.com/VOA_Special_English/Agriculture_Report_17313.html",
        "title": "Big Harvests Expected for Major U.S. Crops; May Add to Pressure on Prices",
        "published": "2004-08-31",
        "truncated": True,
        "note": "VOA Special English Agriculture Report (public domain VOA text) read on a VOA "
                "learning-site mirror; the same script is in the store at voa-story.com (dated "
                "2004-08-31, the published date used here; URL also claimed). Not a voanews.com "
                "page. Removed: the headline (moved to title). The stored page is cut in 'The United "
                "States Department of Agriculture says China may', dropped. Numbers are spelled out "
                "as in Special English: 'almost eleven thousand million bushels' = 1.1e10; 'about two "
                "hundred twenty-seven kilograms' = 227. 'second largest' is a rank; 'per hectare' "
                "without a number is not a quantity.",
        "paragraphs": [
            "This is Gwen Outen with the VOA Special English Agriculture Report.",
            "Late summer is when many farmers begin to know what size harvest to expect in the "
            "fall. And it appears that American farmers can expect several major crops to be at or "
            "near record levels this year.",
            "The Agriculture Department says corn production is expected to reach almost eleven "
            "thousand million bushels. Each bushel is a little more than thirty-five liters. The "
            "United States is the largest producer and exporter of maize. A harvest this big would "
            "be eight percent larger than last year's levels, which set a record. It would also "
            "represent greater productivity. Farmers expect a record yield, or the amount produced "
            "per hectare.",
            "The soybean crop this year is expected to be the second largest ever recorded. It is "
            "expected to be nineteen percent larger than last year. The soybean yield is also "
            "expected to increase.",
            "Cotton farmers are also expected to have a good year with an eleven percent increase in "
            "their harvest. They are expected to produce twenty million bales of cotton. One bale "
            "weighs about two hundred twenty-seven kilograms.",
            "Big harvests may seem like good news for farmers. Experts credit good weather "
            "conditions and improved seed for higher farm production and yields. But there are the "
            "laws of supply and demand. If supply increases, unless demand also increases, prices "
            "can drop. And prices have been going down through the summer.",
            "In April, the price of corn futures reached their highest level in years. But since "
            "April, prices of corn futures on the Chicago Board of Trade have fallen by about thirty "
            "percent. Futures are financial tools that generally do not involve the exchange of "
            "real goods, but they can affect prices. Farmers or investors use futures to protect "
            "against changes in the market.",
            "Prices for soybean futures have also dropped from highs in April.",
        ],
        "quantities": [
            q("almost eleven thousand million bushels", 1.1e10, "bushel", "volume",
              "expected US corn production", approx=True),
            q("a little more than thirty-five liters", 35, "liter", "volume", "volume of a bushel",
              approx=True),
            q("eight percent", 8, "percent", "percent", "corn harvest above last year's record"),
            q("nineteen percent", 19, "percent", "percent", "soybean crop above last year"),
            q("eleven percent", 11, "percent", "percent", "increase in the cotton harvest"),
            q("twenty million bales", 2e7, "count", "count", "expected cotton production",
              counted="bales"),
            q("about two hundred twenty-seven kilograms", 227, "kilogram", "mass",
              "weight of one bale of cotton", approx=True),
            q("about thirty percent", 30, "percent", "percent",
              "fall in corn futures prices since April", approx=True),
        ],
    },
    {
        "id": "qt16-18",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-2005-09-26-voa1-83124762/124351.html",
        "title": "Severe Ocean Storms: Behind Nature's Power",
        "published": "2005-09-26",
        "truncated": True,
        "note": "VOA Special English 'Science in the News' script (archive page). Title from the "
                "program's own heading as mirrored elsewhere (the store's page text shows none); "
                "published from the URL date (broadcast Sept. 27, 2005). Removed: '(MUSIC)' cues and "
                "the 'VOICE ONE:' / 'VOICE TWO:' speaker labels. The stored page is cut in 'But "
                "sometimes people cannot or will not flee the path o', dropped. Spelled-out numbers "
                "('two hundred fifty') are values; 'as high as six meters or more' keeps both "
                "qualifiers in the span.",
        "paragraphs": [
            "This is SCIENCE IN THE NEWS, in VOA Special English. I’m Bob Doughty.",
            "And I’m Barbara Klein. Our subject this week is the science of severe ocean storms.",
            "Violent ocean storms in the northern part of the world usually develop in late summer "
            "or autumn near the equator. Scientists call them cyclones when they develop over the "
            "Indian Ocean. When they happen over the northwestern Pacific Ocean, the storms are "
            "called typhoons. And, in the eastern Pacific and the Atlantic Ocean, they are called "
            "hurricanes.",
            "Ocean storms develop when the air temperature in one area is different from the "
            "temperature nearby. Warmer air rises, while cooler air drops. These movements create a "
            "difference in the pressure of the atmosphere.",
            "If the pressure changes over a large area, it can cause winds to blow in a huge circle. "
            "Thick clouds form and heavy rains fall as the storm gains speed and moves over the "
            "ocean waters.",
            "The strongest winds happen in the area known as the eyewall. It surrounds the center, "
            "or eye, of the storm. The eye itself is calm by comparison, with light winds and clear "
            "skies.",
            "Winds in severe ocean storms can reach speeds of more than two hundred fifty kilometers "
            "an hour. Up to fifty centimeters of rain can fall. Some storms have produced more than "
            "one hundred fifty centimeters of rain. These storms also cause high waves and ocean "
            "surges.",
            "A surge is a continuous movement of water that may reach as high as six meters or more. "
            "The water smashes across low coastal areas. Surges are commonly responsible for about "
            "ninety percent of all deaths from ocean storms.",
            "The National Hurricane Center in Miami, Florida, keeps watch on severe storms. It works "
            "closely with public officials and with radio and television stations to keep people "
            "informed. Experts believe this early warning system has helped reduce the number of "
            "deaths from ocean storms in recent years.",
        ],
        "quantities": [
            q("more than two hundred fifty kilometers an hour", 250, "kilometer/hour", "rate",
              "wind speeds in severe ocean storms", approx=True),
            q("Up to fifty centimeters", 50, "centimeter", "length",
              "rain that can fall in a severe ocean storm", approx=True),
            q("more than one hundred fifty centimeters", 150, "centimeter", "length",
              "rain produced by some storms", approx=True),
            q("as high as six meters or more", 6, "meter", "length", "height of an ocean surge",
              approx=True),
            q("about ninety percent", 90, "percent", "percent",
              "share of ocean-storm deaths caused by surges", approx=True),
        ],
    },
    {
        "id": "qt16-19",
        "source": "voa:www.51voa.com",
        "url": "https://www.51voa.com/VOA_Special_English/increase-rice-production-asia-africa_45468.html",
        "title": "Rice Production Grows, but Not Everywhere",
        "published": None,
        "truncated": True,
        "note": "VOA Special English Agriculture Report (public domain VOA text, 2012) read on a VOA "
                "learning-site mirror; not a voanews.com page. The page shows no date (a blog copy "
                "of the Learning English version is dated 2012-06-09). Removed: the headline (moved "
                "to title) and the photo caption repeated inside the text ('Rice Production Grows, "
                "but Not Everywhere / Farmers plant rice in a field in Indonesia.'). The stored page "
                "is cut in 'As a result, the FAO says, exporters like Australia,', dropped. 'twenty "
                "twelve' is a year (date). 'fall nine hundred thousand tons to about thirty-four "
                "million metric tons' is a change: two quantities; plain 'tons' is metric_ton.",
        "paragraphs": [
            "This is the VOA Special English Agriculture Report.",
            "The United Nations is expecting the world to harvest more rice in twenty twelve than "
            "was produced last year. The UN's Food and Agriculture Organization says the world rice "
            "harvest should rise almost two percent, mainly because of increased production in "
            "Asia. Large gains are expected for Bangladesh, Burma, China, India, Pakistan, the "
            "Philippines and Thailand.",
            "The FAO also is predicting a recovery for rice harvests in Africa. It expects increased "
            "production from Mali, Nigeria and Senegal.",
            "But the UN agency says harvests will be lower in the European Union and the United "
            "States. Two reasons for this are unusually dry weather and falling rice prices, which "
            "have led some farmers to plant other crops. Smaller rice harvests also are expected in "
            "Latin America and the Caribbean.",
            "Concepcion Calpe is an economist with the FAO. She says good harvests in Asia will lead "
            "to reduced demand for rice this year. Demand is expected to fall nine hundred thousand "
            "tons to about thirty-four million metric tons.",
            "Ms. Calpe says one reason for the expected drop is better than expected production by "
            "some major importers, like Indonesia and Bangladesh. Other countries have set limits on "
            "how much rice they are willing to import.",
            "The FAO says rice prices have stayed high for many reasons. They include higher costs "
            "for fuel, fertilizer and, in some areas, labor. One country where rice prices remain "
            "high is China. Concepcion Calpe says the high prices appear to be in disagreement with "
            "official Chinese reports of record harvests.",
            "In Thailand, a government price-support program has led rice exports to fall by twenty "
            "percent, to less than eight million tons. The program keeps Thai rice export prices "
            "above market prices.",
        ],
        "quantities": [
            q("almost two percent", 2, "percent", "percent", "expected rise of the world rice harvest",
              approx=True),
            q("Two reasons", 2, "count", "count", "reasons for lower EU and US harvests",
              counted="reasons"),
            q("nine hundred thousand tons", 900000, "metric_ton", "mass",
              "expected fall in global rice trade demand"),
            q("about thirty-four million metric tons", 3.4e7, "metric_ton", "mass",
              "expected global rice trade demand", approx=True),
            q("twenty percent", 20, "percent", "percent", "fall in Thai rice exports"),
            q("less than eight million tons", 8e6, "metric_ton", "mass", "Thai rice exports",
              approx=True),
        ],
    },
    {
        "id": "qt16-20",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-a-2001-11-29-2-1-83033597/119236.html",
        "title": "Solar Energy in San Francisco",
        "published": "2001-11-29",
        "truncated": True,
        "note": "VOA Special English Environment Report (archive page). Removed: 'Accessibility links "
                "/ Breaking News' and the header line 'ENVIRONMENT REPORT - November 30, 2001: Solar "
                "Energy in San Francisco - 2001-11-29' (moved to title and published; the URL date "
                "is used). The stored page is cut in 'The United States buys only about fifteen "
                "percent', dropped. 'One megawatt' in a unit explanation is still a quantity. 'about "
                "eight-hundred American homes': modifier before the noun, span stops at the number. "
                "'less than one-tenth of one percent' = 0.1 percent.",
        "paragraphs": [
            "This is the VOA Special English Environment Report.",
            "Voters in San Francisco, California have approved a plan to increase the use of "
            "renewable energy. The energy proposal won seventy-three percent of a vote held earlier "
            "this month.",
            "The plan calls for San Francisco to spend one-hundred-million dollars to build devices "
            "that gather energy from the sun and wind. Unlike coal and oil, solar and wind energy "
            "are renewable resources that will never disappear. The measure will make San Francisco "
            "the largest producer of solar energy of any city in the United States.",
            "The measure calls for San Francisco to place devices to gather sunlight on the rooftops "
            "of all buildings and schools owned by the city. These solar panels turn sunlight "
            "directly into electricity.",
            "Supporters of the measure expect solar energy to supply between ten and twenty "
            "megawatts of electricity for the area within one year. One megawatt is enough to "
            "provide power for about eight-hundred American homes. The measure will also permit "
            "machines that gather wind energy to be built in the San Francisco Bay area. These wind "
            "turbines would produce about thirty megawatts of power.",
            "The environmental group, Greenpeace, is pleased with the measure. Danny Kennedy, a "
            "Greenpeace official, says the vote is historic. He says the United States will now "
            "become a leader in solar energy. Environmental groups support solar power as a clean "
            "energy resource. Businesses in San Francisco also supported the measure.",
            "Many experts and some lawmakers believe solar and wind energy may help the United "
            "States reduce oil imports. Yet solar and wind energy currently make up less than "
            "one-tenth of one percent of the total energy used in the United States.",
            "The United States produces almost half of the world’s solar energy panels. However, "
            "most of these devices are exported.",
        ],
        "quantities": [
            q("seventy-three percent", 73, "percent", "percent", "vote won by the energy proposal"),
            q("one-hundred-million dollars", 1e8, "USD", "money",
              "San Francisco spending on solar and wind devices"),
            q("between ten and twenty megawatts", 10, "megawatt", "other",
              "solar electricity expected within one year", high=20),
            q("one year", 1, "year", "duration", "time for the solar supply to be reached"),
            q("One megawatt", 1, "megawatt", "other", "power for about eight-hundred homes"),
            q("about eight-hundred", 800, "count", "count", "American homes powered by one megawatt",
              approx=True, counted="American homes"),
            q("about thirty megawatts", 30, "megawatt", "other", "power of the wind turbines",
              approx=True),
            q("less than one-tenth of one percent", 0.1, "percent", "percent",
              "share of US energy from solar and wind", approx=True),
            q("almost half", 0.5, "fraction", "percent",
              "US share of the world's solar energy panels", approx=True),
        ],
    },
    {
        "id": "qt16-21",
        "source": "voa:www.51voa.com",
        "url": "https://www.51voa.com/VOA_Special_English/Economics_Report_17054.html",
        "title": "OPEC and Oil Prices",
        "published": None,
        "truncated": True,
        "note": "VOA Special English Economics Report (public domain VOA text) read on a VOA "
                "learning-site mirror; not a voanews.com page. The page shows no date (a copy "
                "elsewhere dates the script 2004-04-08). Removed: the headline (moved to title). The "
                "stored page is cut in 'Oil is sold by the barrel', dropped. 'between twenty-two "
                "and twenty-eight dollars a barrel' is one range rate (USD/barrel); 'two of the top "
                "three exporting nations': 'two' is a count, 'top three' a rank.",
        "paragraphs": [
            "This is Bob Doughty with the VOA Special English Economics Report.",
            "Last week, the Organization of the Petroleum Exporting Countries decided to reduce oil "
            "production by about four percent starting April first. Oil ministers from eleven "
            "member nations met in Vienna, Austria to approve the cut.",
            "OPEC says low oil supplies are not the cause of current high prices. It blames oil "
            "market traders and world conditions. OPEC says oil supplies are increasing and it must "
            "take action. The organization says its goal is to keep prices between twenty-two and "
            "twenty-eight dollars a barrel.",
            "The decision by OPEC comes at a time of record high fuel prices in the United States. "
            "In March, oil reached thirty-eight dollars a barrel. That is the highest price since "
            "the Persian Gulf War in nineteen-ninety-one.",
            "More price increases will especially hurt the United States. This is because oil is "
            "traded only in dollars. Other countries exchange their money to buy oil in dollars. But "
            "recently, the value of the dollar has decreased against the euro and the Japanese yen. "
            "Europe and Japan can buy more dollars with their euros and yen. That means they can buy "
            "more oil too. This difference in the value of the euro, yen and dollar makes oil more "
            "costly for the United States.",
            "Experts say OPEC nations will find it difficult to cut production. They point to the "
            "fact that OPEC countries already produce one-and-one-half million barrels a day more "
            "than the agreed limit. Experts say only Saudi Arabia could greatly cut production. This "
            "reduction would not meet the cuts required by OPEC.",
            "Also, two of the top three exporting nations, Russia and Norway, are not OPEC members. "
            "These and other nations could increase exports to meet world needs. Still, OPEC's "
            "announcement has caused changes in the price of oil in recent days.",
            "Oil, or petroleum, is the most actively traded product in the world. The biggest oil "
            "trading centers are in London, New York and Singapore.",
        ],
        "quantities": [
            q("about four percent", 4, "percent", "percent", "OPEC cut in oil production",
              approx=True),
            q("eleven member nations", 11, "count", "count", "OPEC nations whose ministers met",
              counted="member nations"),
            q("between twenty-two and twenty-eight dollars a barrel", 22, "USD/barrel", "rate",
              "OPEC's target oil price", high=28),
            q("thirty-eight dollars a barrel", 38, "USD/barrel", "rate", "oil price in March"),
            q("one-and-one-half million barrels a day", 1.5e6, "barrel/day", "rate",
              "OPEC production above the agreed limit"),
            q("two", 2, "count", "count", "top exporting nations that are not OPEC members",
              counted="exporting nations"),
        ],
    },
    {
        "id": "qt16-22",
        "source": "voa:www.tingroom.com",
        "url": "http://www.tingroom.com/print_33496.html",
        "title": "Europe Sizzling From Summer Heat Wave",
        "published": "2006-07-19",
        "truncated": True,
        "note": "VOA news report by Lisa Bryant, Paris (public domain VOA text), read on an English-"
                "learning mirror; not a voanews.com page. Removed: the mirror's Chinese header line, "
                "the byline and date line (date moved to published), the separator and the photo "
                "caption; runs of spaces between sentences collapsed. The stored page is cut after "
                "'Things are different this summer.', kept up to there. Bare 'degrees' take the "
                "article's Celsius; '38 in Britain' shares 'near' with '37 degrees' (approximate). "
                "'three years ago' anchors a time (not a quantity). 'the last three decades' = 30 "
                "years (decade as scale word). 'half a dozen' = 6.",
        "paragraphs": [
            "Europe is baking under a heat wave that has sent temperatures soaring past 36 degrees "
            "Celsius in some places. The sizzling weather is blamed for the deaths of at least half "
            "a dozen people. But from a very hot Paris, Lisa Bryant reports European governments "
            "are taking measures to prevent a repeat of a killer heat wave of three years ago.",
            "It's all over the news these days. Apart from the violence in the Middle East, the heat "
            "wave in Europe is dominating the airwaves and newspaper headlines around the region.",
            "Temperatures in parts of France were expected to soar as high as 36 degrees celsius "
            "Wednesday.",
            "Other parts of Europe are expected to be even hotter, hovering near 37 degrees in "
            "Italy, and 38 in Britain, which could be that country's hottest day in 100 years. So "
            "far, the heat wave has killed at least six people around Europe, including three in "
            "France.",
            "Weather forecasters are predicting no relief for Thursday. Thermometers in Germany are "
            "expected to climb to 37 degrees. Meteorologists say July could be Germany's hottest "
            "month in history.",
            "The heat is accompanied by unusually dry weather in many places. The blue skies and "
            "blazing sun may be perfect for beachgoers, but not for farmers. Italy's main farmers "
            "union says the country is suffering one of its worst droughts of the last three "
            "decades.",
            "And in France, the dry weather forced some local authorities to cancel Bastille holiday "
            "fireworks last week, for fear of fires. Europeans are not used to such hot temperatures "
            "and many offices, public transportation systems and homes don't have air conditioning, "
            "or even fans.",
            "The sizzling scenario seems eerily similar to the heat wave of 2003, when heat was "
            "linked to the deaths of roughly 30,000 people around Europe, half of them in France. "
            "Things are different this summer.",
        ],
        "quantities": [
            q("past 36 degrees Celsius", 36, "celsius", "other", "temperatures in parts of Europe",
              approx=True),
            q("at least half a dozen people", 6, "person", "count",
              "deaths blamed on the heat wave", approx=True),
            q("as high as 36 degrees celsius", 36, "celsius", "other",
              "expected temperatures in parts of France", approx=True),
            q("near 37 degrees", 37, "celsius", "other", "expected temperatures in Italy",
              approx=True),
            q("38", 38, "celsius", "other", "expected temperature in Britain", approx=True),
            q("100 years", 100, "year", "duration",
              "period in which Britain's hottest day could fall"),
            q("at least six people", 6, "person", "count", "people killed by the heat wave",
              approx=True),
            q("three", 3, "person", "count", "heat-wave deaths in France"),
            q("37 degrees", 37, "celsius", "other", "expected temperature in Germany"),
            q("the last three decades", 30, "year", "duration",
              "period of Italy's worst droughts"),
            q("roughly 30,000 people", 30000, "person", "count",
              "deaths linked to the 2003 heat wave", approx=True),
            q("half", 0.5, "fraction", "percent", "share of 2003 heat deaths in France"),
        ],
    },
    {
        "id": "qt16-23",
        "source": "voa:voaspecialenglish.blogspot.ca",
        "url": "http://voaspecialenglish.blogspot.ca/2014/04/philippines-prepares-for-first-rice.html",
        "title": "Philippines Prepares for First Rice Harvest",
        "published": None,
        "truncated": False,
        "note": "VOA Learning English Agriculture Report (public domain VOA text) reposted on a "
                "learner blog; not a voanews.com page. Title from the URL slug; the post is of April "
                "2014 (URL path), no day shown. Removed: the blog's comment counter. 'one of 44,000 "
                "families': 'one of' is a pronoun use, '44,000 families' a count. 'one-hectare' is a "
                "compound adjective (area). Plain 'tons' is metric_ton.",
        "paragraphs": [
            "From VOA Learning English, this is the Agriculture Report.",
            "Some farmers in the central Philippines are preparing for their first rice harvest "
            "since a powerful typhoon hit the country. Typhoon Haiyan caused major damage over a "
            "wide area killing more than 6,000 people. Florencio de la Cruz remembers Typhoon "
            "Haiyan. He says he harvested six tons of rice less than two weeks before the storm "
            "hit. Strong winds blew off the top of the storehouse where he kept his rice. Heavy rain "
            "nearly destroyed his harvest. However, the sun helped dry some of the crop and he was "
            "able to recover a little.",
            "Late last year, Florencio de la Cruz received rice seeds from the United Nations' Food "
            "and Agriculture Organization. The FAO helped start the planting season in the central "
            "Philippines. More than two thirds of the local population lives in poverty. Mr. de la "
            "Cruz says nothing would have happened without the seed program. He has been farming "
            "rice on a one-hectare piece of land for more than 50 years. His family is one of "
            "44,000 families that the Food and Agriculture Organization says has been helped by its "
            "seed program. Last year, officials said 63,000 hectares of rice had to be replanted "
            "after Typhoon Haiyan struck.",
            "In 2012, another storm reduced the government's supply of seed. Philippine officials "
            "say the FAO donated 52 percent of the required seeds. The international community "
            "donated another 28 percent. The rest came from the Philippine government. Jose "
            "Graziano da Silva is the director of the FAO. He says the reaction of the international "
            "community and agencies in the Philippines was one of the fastest he has seen.",
        ],
        "quantities": [
            q("more than 6,000 people", 6000, "person", "count", "people killed by Typhoon Haiyan",
              approx=True),
            q("six tons", 6, "metric_ton", "mass", "rice harvested by Florencio de la Cruz"),
            q("less than two weeks", 2, "week", "duration", "time between the harvest and the storm",
              approx=True),
            q("More than two thirds", 0.6667, "fraction", "percent",
              "share of the local population living in poverty", approx=True),
            q("one-hectare", 1, "hectare", "area", "piece of land farmed by de la Cruz"),
            q("more than 50 years", 50, "year", "duration", "time de la Cruz has farmed rice",
              approx=True),
            q("44,000 families", 44000, "count", "count", "families helped by the FAO seed program",
              counted="families"),
            q("63,000 hectares", 63000, "hectare", "area", "rice that had to be replanted"),
            q("52 percent", 52, "percent", "percent", "share of required seeds donated by the FAO"),
            q("28 percent", 28, "percent", "percent",
              "share of required seeds donated by the international community"),
        ],
    },
    {
        "id": "qt16-24",
        "source": "usgov:www.usaid.gov",
        "url": "https://www.usaid.gov/news-information/press-releases/apr-06-2022-united-states-providing-114-million-humanitarian-assistance-respond-drought-horn-africa?fbclid=IwAR1wUmaqzeH8ql6yA_HAmQrOfksv0YxuqUwQsj-HVI2xGgip5ATw4LOknqo",
        "title": "United States Providing $114 Million in Humanitarian Assistance to Respond to Drought in "
                 "the Horn of Africa",
        "published": "2022-04-06",
        "truncated": True,
        "note": "USAID press release. Title from the URL slug (the store's text starts after it); "
                "published from the URL date. Removed: 'For Immediate Release / Office of Press "
                "Relations / Press Release'. The stored page is cut in 'The United States is the "
                "single largest donor of humanitarian', dropped. 'over two million people a month' "
                "is a rate (person/month). 'under six years old' is an age (year, other). "
                "'2016-2017' is a date range, not a quantity.",
        "paragraphs": [
            "In response to the devastating drought in the Horn of Africa, the United States, "
            "through the U.S. Agency for International Development (USAID) is providing nearly $114 "
            "million in additional humanitarian aid to meet the needs of people in Ethiopia, Kenya, "
            "and Somalia, affected by the unprecedented drought. The region has faced two straight "
            "years of inadequate rainfall to support basic water, agriculture and livestock needs, "
            "the impact of which is devastating for a population heavily dependent on crops and "
            "livestock for food and livelihoods. In total, more than 20 million people across the "
            "region are projected to need emergency food assistance this year, a 70 percent "
            "increase from the devastating drought in 2016-2017.",
            "In Ethiopia, this support will provide lifesaving food assistance and improved access "
            "to safe water, as well as medical supplies, support for mobile health units, and "
            "training for community health workers. In Kenya, this additional assistance for "
            "drought-affected people in the north and east will provide families with food and "
            "specialized nutrition assistance for malnourished children and mothers. It will also "
            "provide water, sanitation, and hygiene support, including provision and protection of "
            "safe water sources for people and livestock, as well as livelihood assistance "
            "including support to keep livestock alive and healthy. In Somalia, this support will "
            "provide life-saving emergency food assistance to over two million people a month. It "
            "will also be used to provide preventative and curative nutrition assistance for "
            "children under six years old.",
            "While this historic drought is already leaving people facing severe food insecurity "
            "and destroying livelihoods, Russia’s war on Ukraine only threatens to further compound "
            "the drastic needs, as food prices rise and the region can no longer import critical "
            "wheat from Russia and Ukraine.",
        ],
        "quantities": [
            q("nearly $114 million", 1.14e8, "USD", "money",
              "additional US humanitarian aid for the Horn of Africa", approx=True),
            q("two straight years", 2, "year", "duration", "period of inadequate rainfall"),
            q("more than 20 million people", 2e7, "person", "count",
              "people projected to need emergency food assistance", approx=True),
            q("70 percent", 70, "percent", "percent",
              "increase in need from the 2016-2017 drought"),
            q("over two million people a month", 2e6, "person/month", "rate",
              "people given emergency food assistance in Somalia", approx=True),
            q("under six years old", 6, "year", "other", "age limit of children given nutrition "
              "assistance", approx=True),
        ],
    },
    {
        "id": "qt16-25",
        "source": "voa:www.testbig.com",
        "url": "http://www.testbig.com/voa/oil-prices",
        "title": "Oil Prices",
        "published": "2004-08-19",
        "truncated": True,
        "note": "VOA Special English Economics Report (public domain VOA text) read on an English-"
                "learning mirror that dates it 2004-8-19; not a voanews.com page. Removed: the "
                "headline (moved to title), the 'Reading audio' label and the date line; the "
                "mirror's hard line wraps are joined. The stored page is cut in 'Prices reported', "
                "dropped. 'a barrel of oil ... would have cost eighty dollars': 'a barrel' is a "
                "price base, only the price is annotated; 'A barrel of oil contains one hundred "
                "fifty-nine liters': the liters are the quantity. 'a few dollars less' has no number.",
        "paragraphs": [
            "This is Gwen Outen with the VOA Special English Economics Report.",
            "In terms of dollar value, of all the products in the world, nothing is traded more "
            "than oil. Crude oil traded above forty-seven dollars a barrel for the first time this "
            "week. The price a year ago was around thirty dollars. Crude can be made into gasoline "
            "or other products.",
            "Oil prices are high. But the United States Energy Department notes that they are not "
            "the highest ever if inflation is considered. It says a barrel of oil in March of "
            "nineteen eighty-one would have cost eighty dollars today.",
            "Prices are high in part because of concerns about problems in some oil-producing "
            "areas. Rebels in Iraq have attacked oil fields. In Russia, a huge tax debt threatens "
            "the future of Yukos, the largest Russian oil company. And in Venezuela, opponents tried "
            "but failed this week to oust President Hugo Chavez in a national vote.",
            "But world oil supplies were already limited because of demand. For example, economic "
            "growth has made China into the second largest oil user after the United States.",
            "On August fourth, the Organization of Petroleum Exporting Countries again voted to "
            "increase production. OPEC produces about one-third of the world's oil. Many other "
            "countries are also producing more. But experts say except for Saudi Arabia, world oil "
            "production has little surplus for immediate growth. Saudi Arabia is the largest oil "
            "exporter.",
            "The International Energy Agency says the world oil supply reached eighty-three point "
            "five million barrels per day in July. But the agency expects the growth in demand for "
            "oil to slow next year. The current levels of growth are unusually high.",
            "A barrel of oil contains one hundred fifty-nine liters. Oil is traded only in American "
            "dollars, but there are different kinds of oil. The highest prices are for West Texas "
            "Intermediate. Brent Blend is a mix of European oils; it usually costs a few dollars "
            "less. OPEC oil prices are lower still.",
        ],
        "quantities": [
            q("above forty-seven dollars a barrel", 47, "USD/barrel", "rate",
              "crude oil price this week", approx=True),
            q("around thirty dollars", 30, "USD", "money", "crude oil price a year ago",
              approx=True),
            q("eighty dollars", 80, "USD", "money",
              "cost today of a barrel of oil in March 1981"),
            q("about one-third", 0.3333, "fraction", "percent", "OPEC share of the world's oil",
              approx=True),
            q("eighty-three point five million barrels per day", 8.35e7, "barrel/day", "rate",
              "world oil supply in July"),
            q("one hundred fifty-nine liters", 159, "liter", "volume", "volume of a barrel of oil"),
        ],
    },
    {
        "id": "qt16-26",
        "source": "voa:yy.chazidian.com",
        "url": "https://yy.chazidian.com/show-135692",
        "title": "Strong aftershock hits northern Chile",
        "published": None,
        "truncated": True,
        "note": "VOA Learning English 'In The News' script (public domain VOA text) read on an "
                "English-learning mirror; not a voanews.com page. Title is the annotator's summary "
                "(the store shows none); the events are of early April 2014 (the page shows no date). "
                "The stored page is cut in 'Earthquakes are somewhat common in', dropped. 'a day "
                "after' and 'hours later' anchor times (not quantities). 'thousands of people' is a "
                "vague plural (2000, approximate). Magnitudes are unit 'magnitude', kind other.",
        "paragraphs": [
            "From Learning English, this is In The News. A powerful earthquake struck an area near "
            "the northern coast of Chile on Wednesday. The earthquake came a day after an even "
            "stronger quake hit the area. The earlier quake was blamed for at least six deaths.",
            "The United States Geological Survey says a 7.8 magnitude aftershock hit northern Chile "
            "late Wednesday night, local time. Magnitude is a measurement of the energy released at "
            "the center, or source, of an earthquake. U.S. officials said the aftershock was "
            "centered about 23 kilometers south of the port of Iquique. They said it struck at a "
            "depth of 20 kilometers below sea level.",
            "The aftershock led Chilean officials to order thousands of people away from coastal "
            "areas. It also led to warnings of high tsunami waves in parts of the Pacific Ocean. The "
            "orders and tsunami warnings were later canceled.",
            "The aftershock struck a day after an even more powerful earthquake hit northern Chile. "
            "That quake was centered in an area about 100 kilometers northwest of Iquique. The city "
            "is home to nearly 200,000 people.",
            "The quake was felt in Bolivia and Peru. It also led to tsunami warnings as far as "
            "Japan. The warnings were cancelled hours later.",
            "Chilean police and soldiers guarded coastal communities to prevent attacks on homes and "
            "businesses. Television video showed damaged buildings in Iquique. But officials found "
            "surprisingly light damage from the quake.",
            "President Michelle Bachelet visited the affected area. She spoke to the nation about "
            "the disaster.",
            "She said appropriate measures have been taken to protect lives and property. And she "
            "said the government will continue to work all the time that is necessary to deal with "
            "this emergency and protect our citizens.",
            "Rafael Abreu is a scientist with the U.S. Geological Survey Earthquake Information "
            "Center. He says the earthquake activity began with a magnitude 6.7 quake on March 16. "
            "More than 100,000 people were told to leave low-lying areas, but returned later.",
        ],
        "quantities": [
            q("at least six deaths", 6, "person", "count", "deaths blamed on the earlier quake",
              approx=True),
            q("7.8 magnitude", 7.8, "magnitude", "other", "aftershock in northern Chile"),
            q("about 23 kilometers", 23, "kilometer", "length",
              "distance of the aftershock south of Iquique", approx=True),
            q("20 kilometers", 20, "kilometer", "length", "depth of the aftershock"),
            q("thousands of people", 2000, "person", "count",
              "people ordered away from coastal areas", approx=True),
            q("about 100 kilometers", 100, "kilometer", "length",
              "distance of the earlier quake northwest of Iquique", approx=True),
            q("nearly 200,000 people", 200000, "person", "count", "population of Iquique",
              approx=True),
            q("magnitude 6.7", 6.7, "magnitude", "other", "quake of March 16"),
            q("More than 100,000 people", 100000, "person", "count",
              "people told to leave low-lying areas", approx=True),
        ],
    },
    {
        "id": "qt16-27",
        "source": "voa:www.yingyuke.net",
        "url": "https://www.yingyuke.net/a/114195.html",
        "title": "Deadly earthquake strikes near Osaka, Japan",
        "published": None,
        "truncated": True,
        "note": "VOA Learning English news story of June 2018 (public domain VOA text) read on an "
                "English-learning mirror filed under '2018 VOA slow English (June)'; not a "
                "voanews.com page. Title is the annotator's summary; the mirror's posting date "
                "(2019-01-03) is not the story's, so published is null. Removed: the mirror's "
                "Chinese header lines. The stored page is cut in 'Monday’s quake followed a series "
                "of s', dropped. 'hundreds of casualties' and 'Tens of thousands of people' are vague "
                "plurals (200, 20000; approximate). '9-year-old' is an age.",
        "paragraphs": [
            "A deadly earthquake struck near Osaka, Japan early Monday, causing hundreds of "
            "casualties, damaging buildings and leaving many homes without water or gas.",
            "The epicenter of the 6.1-magnitude earthquake was just north of Osaka at a depth of 13 "
            "kilometers. Japanese officials said at least three people were killed and more than "
            "300 injured.",
            "No tsunami warning was issued. Prime Minister Shinzo Abe said authorities were "
            "investigating the damage and seeking to provide safety to those affected.",
            "Japan’s NHK television showed collapsed walls, broken windows and water leaks "
            "throughout the area. Tens of thousands of people lost power after the quake, but "
            "officials said most areas got electricity back by midday.",
            "Damage to underground gas lines left at least 110,000 homes without service in the "
            "nearby cities of Takatsuki and Ibaraki. Full repair of those gas lines could take up to "
            "two weeks, officials from Osaka Gas Company said.",
            "Underground trains were halted so tracks could be inspected for damage. Service was "
            "restarted later in the afternoon.",
            "Among the dead was a 9-year-old girl killed after being trapped under a collapsed wall "
            "at her school. More than 1,000 schools were closed in Osaka and nearby areas as wall "
            "cracks and other minor damage were found.",
            "Japanese soldiers joined rescue and relief operations in parts of Osaka, bringing "
            "special vehicles to deliver clean drinking water.",
            "Officials warned of strong aftershocks throughout the area and urged people to stay "
            "away from damaged structures.",
            "Earthquakes are common in Japan, which is part of the seismically active “Ring of "
            "Fire.” The area covers the South Pacific through Indonesia and Japan, across to Alaska "
            "and down the west coast of North, Central and South America.",
            "A 7.3 magnitude earthquake struck near the Japanese city of Kobe in 1995, killing more "
            "than 6,000 people.",
        ],
        "quantities": [
            q("hundreds of casualties", 200, "person", "count", "casualties of the Osaka earthquake",
              approx=True),
            q("6.1-magnitude", 6.1, "magnitude", "other", "earthquake near Osaka"),
            q("13 kilometers", 13, "kilometer", "length", "depth of the epicenter"),
            q("at least three people", 3, "person", "count", "people killed", approx=True),
            q("more than 300", 300, "person", "count", "people injured", approx=True),
            q("Tens of thousands of people", 20000, "person", "count",
              "people who lost power after the quake", approx=True),
            q("at least 110,000 homes", 110000, "count", "count", "homes left without gas service",
              approx=True, counted="homes"),
            q("up to two weeks", 2, "week", "duration", "time for full repair of the gas lines",
              approx=True),
            q("9-year-old", 9, "year", "other", "age of a girl killed by a collapsed wall"),
            q("More than 1,000 schools", 1000, "count", "count", "schools closed in Osaka",
              approx=True, counted="schools"),
            q("7.3 magnitude", 7.3, "magnitude", "other", "Kobe earthquake of 1995"),
            q("more than 6,000 people", 6000, "person", "count",
              "people killed by the Kobe earthquake", approx=True),
        ],
    },
    {
        "id": "qt16-28",
        "source": "voa:www.worldoknews.com",
        "url": "https://www.worldoknews.com/2017/12/02/north-korea-fires-another-icbm/",
        "title": "North Korea Fires Another ICBM",
        "published": None,
        "truncated": True,
        "note": "VOA Learning English story (Caty Weaver; public domain VOA text) read on a Korean "
                "English-study site; not a voanews.com page. The launch was on Tuesday, Nov. 28, "
                "2017 (US time); the site's URL date is 2017-12-02, so published is null. Removed: "
                "the site's breadcrumb line. The 'Words in This Story' glossary is kept up to its "
                "first complete entry; the second entry is cut by the store and dropped. 'minutes "
                "later' and 'a week after' anchor times (not quantities). '3,000 to 5,500 "
                "kilometers' is a range.",
        "paragraphs": [
            "North Korea launched a missile Tuesday that went down in the Sea of Japan about 370 "
            "kilometers from the Japanese coast.",
            "American officials say it was an intercontinental ballistic missile, or ICBM. They say "
            "it traveled higher, farther and longer than any earlier North Korean test missile.",
            "President Donald Trump spoke about the launch during a meeting with congressional "
            "leaders at the White House. He said the United States, in his words, “will take care of "
            "it.” He told reporters, “It’s a situation that we will handle.” He did not offer any "
            "details.",
            "U.S. Defense Secretary James Mattis also spoke at the meeting. He said North Korea is "
            "continuing to build missiles that can “threaten everywhere in the world.”",
            "U.S. Defense Department spokesman Rob Manning said the ICBM launched from Sain Ni in "
            "North Korea. It traveled about 1,000 kilometers, he said.",
            "South Korean military officials said the missile reached the height of around 4,500 "
            "kilometers. South Korea’s military answered the launch minutes later with its own "
            "missile test.",
            "Japan’s defense minister estimated that the missile flew for about 50 minutes. The "
            "launch is North Korea’s first since it fired an intermediate range missile over Japan "
            "on September 15.",
            "David Wright is a physicist at the Union for Concerned Scientists. He told the "
            "Associated Press that the missile appeared to be North Korea’s longest-range test yet. "
            "He said the missile could go as far as 13,000 kilometers if it had not flown at a "
            "lofted angle.",
            "The ICBM launch came a week after the United States added North Korea back to the list "
            "of countries supporting terrorism.",
            "North Korea called that move a “serious provocation” that gives good reason for its "
            "development of nuclear weapons.",
            "I’m Caty Weaver.",
            "Words in This Story",
            "intermediate range – n. ballistic missile with a range of 3,000 to 5,500 kilometers",
        ],
        "quantities": [
            q("about 370 kilometers", 370, "kilometer", "length",
              "distance of the splashdown from the Japanese coast", approx=True),
            q("about 1,000 kilometers", 1000, "kilometer", "length", "distance the ICBM traveled",
              approx=True),
            q("around 4,500 kilometers", 4500, "kilometer", "length", "height the missile reached",
              approx=True),
            q("about 50 minutes", 50, "minute", "duration", "flight time of the missile",
              approx=True),
            q("as far as 13,000 kilometers", 13000, "kilometer", "length",
              "possible range on a normal trajectory", approx=True),
            q("3,000 to 5,500 kilometers", 3000, "kilometer", "length",
              "range of an intermediate range missile", high=5500),
        ],
    },
    {
        "id": "qt16-29",
        "source": "usgov:energy.gov",
        "url": "http://energy.gov/ig/downloads/audit-report-oas-l-11-02",
        "title": "Audit Report: OAS-L-11-02 — The Department of Energy's Energy Conservation Efforts",
        "published": "2011-02-09",
        "truncated": False,
        "note": "DOE Office of Inspector General audit summary. Removed: the page heading and date line "
                "(moved to title and published) and the trailing 'Topic: Energy' tag. 'an annual "
                "cost of around $229 million' and 'a savings of nearly $80 million annually': the "
                "frequency stands apart from the amount ('annual ... of', 'annually' after it), so "
                "only the money is annotated (rule 7). 'Fiscal Year (FY) 2015' and 'FY 2003' are "
                "dates. BTU spans are energy (british_thermal_unit, kind other, not normalized).",
        "paragraphs": [
            "The Energy Independence and Security Act of 2007 (EISA) requires Federal agencies to "
            "apply energy efficiency measures to Federal buildings so that by Fiscal Year (FY) 2015, "
            "each agency's energy intensity is reduced by 30 percent from the baseline established "
            "in FY 2003. Energy intensity is calculated as the energy consumption in British Thermal "
            "Units (BTUs) per gross square foot of the Federal buildings. The Department of Energy's "
            "(Department) FY 2003 energy consumption baseline for its sites around the Nation was 23 "
            "trillion BTUs, supplied by energy acquired at an annual cost of around $229 million. If "
            "the Department achieves the 30 percent energy conservation requirement in FY 2015, its "
            "energy consumption would be reduced by nearly 7 trillion BTUs, resulting in a savings "
            "of nearly $80 million annually. This equates to the power necessary to operate nearly "
            "180,000 housing units.",
        ],
        "quantities": [
            q("30 percent", 30, "percent", "percent", "required reduction of agency energy intensity"),
            q("23 trillion BTUs", 2.3e13, "british_thermal_unit", "other",
              "DOE FY 2003 energy consumption baseline"),
            q("around $229 million", 229e6, "USD", "money", "annual cost of the baseline energy",
              approx=True),
            q("30 percent", 30, "percent", "percent", "energy conservation requirement"),
            q("nearly 7 trillion BTUs", 7e12, "british_thermal_unit", "other",
              "reduction of DOE energy consumption", approx=True),
            q("nearly $80 million", 80e6, "USD", "money", "annual savings", approx=True),
            q("nearly 180,000 housing units", 180000, "count", "count",
              "housing units the saved power could operate", approx=True, counted="housing units"),
        ],
    },
    {
        "id": "qt16-30",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=11405",
        "title": "Six Federal Agencies Recognized for $133 Million in Energy Savings",
        "published": "2007-11-02",
        "truncated": True,
        "note": "DOE EERE Network News item. Removed: the date line and headline (moved to published "
                "and title). The stored page is cut in the closing 'See the DOE press release ...' "
                "sentence; kept up to the last complete sentence. '4.6 billion Btu' is annotated as "
                "written (DOE's own release on the same awards says 'almost 4.6 trillion Btus'; a slip "
                "of the source). 'Five federal energy management teams', 'about 50,000 average U.S. "
                "homes', '51 federal employees': modifiers stand between number and noun, so the span "
                "stops at the number (rule 2). 'half of them federal' is a fraction of the 80 "
                "laboratories. 'between 2003 and 2006' are dates. '$350,000 in annual energy costs': "
                "the frequency is an adjective after the amount, only the money is annotated.",
        "paragraphs": [
            "Five federal energy management teams were honored with the Presidential Award for "
            "Leadership in Federal Energy Management on November 2nd for their efforts to save "
            "energy. The five teams are responsible for approximately $133 million and 4.6 billion "
            "Btu in savings, which equals the energy use of about 50,000 average U.S. homes. "
            "Composed of 51 federal employees and contractors, the five teams are from the U.S. "
            "Departments of Defense, Homeland Security, Interior, and Justice, as well as a "
            "partnership involving DOE and the U.S. Environmental Protection Agency (EPA). The "
            "awardees were selected from nominations submitted to DOE's Federal Energy Management "
            "Program, which resides within in the Office of Energy Efficiency and Renewable Energy "
            "(EERE).",
            "The departments' accomplishments encompass a wide range of energy management goals. "
            "Laboratories for the 21st Century, a voluntary partnership co-sponsored by DOE and EPA, "
            "worked with 80 laboratories, half of them federal, to save more than 533 billion Btu. "
            "The U.S. Air Force Energy Management Senior Focus Group at the Department of Defense "
            "saved $100 million and 3.3 trillion Btu through their rigorous energy management "
            "program. The Department of Homeland Security's Energy Management Committee implemented "
            "an energy management plan that resulted in an 18% decrease in energy intensity between "
            "2003 and 2006. The Interior Department's Bureau of Land Management Energy Efficiency "
            "Team created a plan applicable to all agencies with small, remote facilities that "
            "culminated in $400,000 and 20 billion Btu in savings for 105 sites. Finally, the "
            "Justice Department's Federal Bureau of Prisons invested $3.5 million in a wind turbine "
            "and solar electric array at the Federal Correctional Complex in Victorville, "
            "California, thereby saving $350,000 in annual energy costs.",
        ],
        "quantities": [
            q("Five", 5, "count", "count", "federal energy management teams honored",
              counted="federal energy management teams"),
            q("five teams", 5, "count", "count", "award-winning teams", counted="teams"),
            q("approximately $133 million", 133e6, "USD", "money", "savings of the five teams",
              approx=True),
            q("4.6 billion Btu", 4.6e9, "british_thermal_unit", "other",
              "energy savings of the five teams"),
            q("about 50,000", 50000, "count", "count", "average U.S. homes with equal energy use",
              approx=True, counted="average U.S. homes"),
            q("51", 51, "person", "count", "federal employees and contractors in the teams"),
            q("five teams", 5, "count", "count", "award-winning teams", counted="teams"),
            q("80 laboratories", 80, "count", "count", "laboratories in the partnership",
              counted="laboratories"),
            q("half", 0.5, "fraction", "percent", "share of the laboratories that are federal"),
            q("more than 533 billion Btu", 5.33e11, "british_thermal_unit", "other",
              "energy saved by Laboratories for the 21st Century", approx=True),
            q("$100 million", 100e6, "USD", "money", "saved by the Air Force focus group"),
            q("3.3 trillion Btu", 3.3e12, "british_thermal_unit", "other",
              "energy saved by the Air Force focus group"),
            q("18%", 18, "percent", "percent", "decrease in DHS energy intensity"),
            q("$400,000", 400000, "USD", "money", "savings of the BLM team"),
            q("20 billion Btu", 2e10, "british_thermal_unit", "other", "energy saved by the BLM team"),
            q("105 sites", 105, "count", "count", "sites of the BLM savings", counted="sites"),
            q("$3.5 million", 3.5e6, "USD", "money",
              "Bureau of Prisons investment in wind turbine and solar array"),
            q("$350,000", 350000, "USD", "money", "annual energy costs saved at Victorville"),
        ],
    },
    {
        "id": "qt16-31",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/eot2008/20080916031516/http://energy.gov/news/4326.htm",
        "title": "White House Honors Federal Agency Teams For Saving Energy And Reducing Energy Costs",
        "published": "2006-10-06",
        "truncated": True,
        "note": "DOE press release on energy.gov, read in the UNT End-of-Term 2008 web archive (a "
                "capture of the energy.gov page, not a mirror site). Removed: the site navigation, "
                "'Printer-Friendly', the date line, the headline (moved to title) and the sub-headline "
                "'Energy Savings at more than $12 million'. Double spaces between sentences are "
                "written as single spaces. The stored page is cut in the paragraph on the Policy; kept "
                "up to the last complete sentence. 'estimated annual savings of more than $12 million "
                "and 417 billion Btu': 'estimated' qualifies both amounts, so both are approximate. "
                "'five energy management teams' and '49 federal employees': span stops at the number "
                "(rule 2). 'Executive Order 13123' is a name.",
        "paragraphs": [
            "WASHINGTON, DC – The White House today honored five energy management teams from the "
            "Departments of Defense, the Social Security Administration, and the U.S. Postal Service "
            "for their dedication and leadership in the conservation and prudent management of "
            "energy use in their facilities and operations. These teams, including 49 federal "
            "employees and contractors, are responsible for efforts that have resulted in estimated "
            "annual savings of more than $12 million and 417 billion Btu, equivalent to the energy "
            "used in approximately 6,000 typical homes.",
            "“These leaders deserve recognition for their innovative work in energy efficiency and "
            "management across the government,” OMB Deputy Director for Management Clay Johnson "
            "said. “Finding alternative and renewable sources of energy is a priority for this "
            "Administration. These cutting-edge projects have produced results that have saved "
            "taxpayers millions of dollars, and are great examples of what the rest of the Federal "
            "government and the entire country need to do to help increase economic and energy "
            "security.”",
            "The Presidential Awards for Leadership in Federal Energy Management, established by "
            "Executive Order 13123, support President Bush’s National Energy Policy, which calls for "
            "America to modernize conservation efforts, increase energy supplies, accelerate the "
            "protection and improvement of the environment, and increase our nation’s energy "
            "security.",
        ],
        "quantities": [
            q("five", 5, "count", "count", "energy management teams honored",
              counted="energy management teams"),
            q("49", 49, "person", "count", "federal employees and contractors in the teams"),
            q("more than $12 million", 12e6, "USD", "money", "estimated annual savings",
              approx=True),
            q("417 billion Btu", 4.17e11, "british_thermal_unit", "other",
              "estimated annual energy savings", approx=True),
            q("approximately 6,000", 6000, "count", "count", "typical homes with equal energy use",
              approx=True, counted="typical homes"),
            q("millions of dollars", 2e6, "USD", "money", "taxpayer savings of the projects",
              approx=True),
        ],
    },
    {
        "id": "qt16-32",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/low-income-homes-solar-powered/2975584.html",
        "title": "Solar Power Free to Low-Income Homes in DC",
        "published": None,
        "truncated": True,
        "note": "VOA Learning English story read on learningenglish.voanews.com. No date in the stored "
                "text; approximate date September 2015 (the story expects installed panels to 'double "
                "by 2016'; a news site citing this VOA report is dated 2015-09-28). Removed: "
                "'Accessibility links', 'Breaking News', the headline (moved to title) and the audio "
                "player lines. The stored page is cut in Mr. Kiarash's quote; kept up to the last "
                "complete paragraph. '$40 per month' and '$200 a month' are rates (USD/month); 'up to "
                "$60,000 a year' is a rate (USD/year); 'at or below $50,500' is an upper bound "
                "(approximate) with 'yearly' standing apart, so money only. 'a family of three/four': "
                "the number counts persons. 'hundreds more homes' is a vague plural (200). 'more like "
                "250 homes' keeps 'more like' as qualifier (approximate). 'double' is a multiplier. "
                "'this year', 'next year' anchor times.",
        "paragraphs": [
            "Solar panels are an increasingly common sight on the tops of homes in wealthy parts of "
            "Washington, D.C. Now the costly technology is moving into a poorer area of the city. "
            "And, the people who live there are getting the panels for free.",
            "Southeast Washington D.C. is an area known more for low-income housing than new "
            "technology. But several homes in Southeast now are topped with solar panels.",
            "Tila Felder is among those who have received solar panels for her home. She praised the "
            "lower energy costs.",
            "\"I am very excited. My electric bill has really dropped. The last few months it's been "
            "$40 per month [compared to] $200 a month.\"",
            "Local officials make these solar panels available to residents whose yearly earnings "
            "are at or below $50,500 for a family of three. A family of four can make up to $60,000 a "
            "year and qualify for the panels.",
            "Ted Trabue is with the local government program, DC Sustainable Energy Utility. He says "
            "they plan to put solar panels on hundreds more homes.",
            "\"We're doing about 135 this year; next year the goal is 200. We've been able to hit "
            "ours goals every year for the last four years. In the years after that, the funding "
            "looks secure. I see no reason why we shouldn't be able to do more like 250 homes.\"",
            "Atta Kiarash installs solar-equipment. He says he will set up as many as 1,200 solar "
            "panels this year. That is not a high number compared to states like California. But "
            "Mr. Kiarash and other Washington officials believe the number of installed panels could "
            "double by 2016.",
        ],
        "quantities": [
            q("$40 per month", 40, "USD/month", "rate", "electric bill after solar panels"),
            q("$200 a month", 200, "USD/month", "rate", "electric bill before solar panels"),
            q("at or below $50,500", 50500, "USD", "money",
              "yearly earnings limit for a family of three", approx=True),
            q("three", 3, "person", "count", "members of the family"),
            q("four", 4, "person", "count", "members of the family"),
            q("up to $60,000 a year", 60000, "USD/year", "rate",
              "earnings limit for a family of four", approx=True),
            q("hundreds", 200, "count", "count", "more homes to get solar panels", approx=True,
              counted="homes"),
            q("about 135", 135, "count", "count", "homes getting panels this year", approx=True,
              counted="homes"),
            q("200", 200, "count", "count", "goal of homes next year", counted="homes"),
            q("four years", 4, "year", "duration", "period in which goals were hit"),
            q("more like 250 homes", 250, "count", "count", "homes possible in later years",
              approx=True, counted="homes"),
            q("as many as 1,200 solar panels", 1200, "count", "count",
              "solar panels Kiarash will set up this year", approx=True, counted="solar panels"),
            q("double", 2, "multiplier", "other", "expected growth of installed panels by 2016"),
        ],
    },
    {
        "id": "qt16-33",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-a-2002-10-17-2-1-83113877/120786.html",
        "title": "ENVIRONMENT REPORT – October 18, 2002: Solar House Competition",
        "published": "2002-10-17",
        "truncated": True,
        "note": "VOA Special English Environment Report read on learningenglish.voanews.com (archive "
                "page dated 2002-10-17; the report's own title says October 18). Removed: "
                "'Accessibility links', 'Breaking News' and the headline (moved to title). The stored "
                "page is cut after Richard King's introduction; kept up to the last complete sentence. "
                "Spelled-out Special English numbers are values. 'Several hundred' = 300 "
                "(approximate). 'fourteen colleges and universities' keeps the first noun in the span.",
        "paragraphs": [
            "This is the VOA Special English ENVIRONMENT REPORT.",
            "Experts say in the near future, many houses in the United States will be powered by "
            "energy from the sun. Many people in Washington, D-C, recently were able to see what "
            "some of those homes might look like. Several hundred college students from across the "
            "country took part in a competition to see who could build the best solar-powered "
            "house. The United States Department of Energy organized the competition.",
            "Students from fourteen colleges and universities took part in this Solar Decathlon "
            "competition. Student teams competed in a series of ten contests to see who could "
            "design, build and operate the best house powered only by the sun.",
            "The solar homes were built on the National Mall, the grassy open area between the "
            "United States Capitol building and the Washington Monument. The solar houses were set "
            "up in the middle.",
            "Each team included at least twenty students of design, architecture and building "
            "sciences. The students gained the money to buy equipment and materials for their "
            "house. Each house cost as much as two-hundred-fifty-thousand dollars to build.",
            "A solar-powered house has a roof designed to take in the heat of the sun and change it "
            "to energy. That power is then stored in a battery bank which supplies power to the "
            "whole house.",
            "As part of the competition, the teams were expected to spend most of the day in their "
            "homes doing normal activities. The activities used electricity powered by the sun. For "
            "example, the students cooked food, used computers, operated lights and washed clothes "
            "in machines. They even drove around the solar village in electric cars powered by a "
            "solar battery.",
            "Richard King is the director of the United States Department of Energy’s solar energy "
            "programs. He created the idea for the Solar Decathlon. He says the contest is designed "
            "to show Americans that solar energy works.",
        ],
        "quantities": [
            q("Several hundred", 300, "person", "count", "college students in the competition",
              approx=True),
            q("fourteen colleges", 14, "count", "count", "colleges and universities taking part",
              counted="colleges and universities"),
            q("ten contests", 10, "count", "count", "contests of the Solar Decathlon",
              counted="contests"),
            q("at least twenty students", 20, "person", "count", "students in each team",
              approx=True),
            q("as much as two-hundred-fifty-thousand dollars", 250000, "USD", "money",
              "cost of each house", approx=True),
        ],
    },
]

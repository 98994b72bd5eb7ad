"""Source of the sealed quantities test set ``test5.jsonl`` (annotator sqn5, 2026-12-05).

Each document: verbatim paragraphs (joined with ``\\n`` by the builder) and its quantities in text
order. Build and check with ``python data/gold/check_quantities_test5.py build``.
"""

DOCS = [
    {
        "id": "qt5-001",
        "source": "voa:1830939",
        "url": "http://www.voanews.com/content/obama-faces-decision-about-controversial-pipeline/1830939.html",
        "title": "Obama Faces Decision About Controversial Pipeline",
        "published": "2014-01-16",
        "truncated": True,
        "note": "Removed: section label 'News / Science & Technology', headline, video-player "
                "title and 'i X', dateline 'January 16, 2014 1:32 AM', byline line 'Rosanne "
                "Skirble', subheading 'New route', 'Click to enlarge' widget text, photo caption "
                "(Keystone pipeline under construction, courtesy TransCanada). Cut by the store; "
                "kept to the last complete sentence. 'millions' (people at risk) is a vague "
                "plural: 2e6 person.",
        "paragraphs": [
            "While the United States has an extensive network of some 2,000 oil pipe lines, one project is generating considerable debate. That’s the Keystone XL Pipeline, which would carry more than 800,000 barrels of heavy tar sands oil 3,000 kilometers from Canada, through the American Midwest to refineries on the Gulf coast. As VOA’s Rosanne Skirble reports, Keystone advocates say it will bring jobs and energy security, while opponents question the environmental costs.",
            "President Barack Obama must soon decide the fate of a controversial pipeline that has been stalled by environmental concerns.",
            "The TransCanada Keystone XL Pipeline is an extention to a pipeline that would carry over 800,000 barrels per day of heavy tar sands oil 3,000 kilometers from Canada through the American midwest to refineries on the Gulf Coast.",
            "The pipeline is finished except for the leg that crosses the U.S.-Canada border, which requires the president's signature.",
            "The pipeline was originally planned to run across a major aquifer, putting the water supply for millions at risk. Now TransCanada is back with a new route.",
            "“Allowing the Keystone pipeline to be built requires a finding that doing so would be in our nation’s interest,\" Obama said in a speech last June. \"And our national interest will be served only if this project does not significantly exacerbate the problem of carbon pollution.\"",
            "The president made those remarks at the launch of his Climate Action Plan, a move to reduce America's contribution to increased carbon emissions in the atmosphere.",
        ],
        "quantities": [
            {"text": "some 2,000", "value": 2000, "unit": "count", "kind": "count",
             "counted": "oil pipe lines", "about": "oil pipe lines in the United States", "approx": True},
            {"text": "more than 800,000 barrels", "value": 800000, "unit": "barrel", "kind": "volume",
             "about": "heavy tar sands oil carried by Keystone XL", "approx": True},
            {"text": "3,000 kilometers", "value": 3000, "unit": "kilometer", "kind": "length",
             "about": "pipeline route from Canada to the Gulf coast"},
            {"text": "over 800,000 barrels per day", "value": 800000, "unit": "barrel/day", "kind": "rate",
             "about": "heavy tar sands oil carried by the pipeline", "approx": True},
            {"text": "3,000 kilometers", "value": 3000, "unit": "kilometer", "kind": "length",
             "about": "pipeline route from Canada to the Gulf Coast"},
            {"text": "millions", "value": 2000000, "unit": "person", "kind": "count",
             "about": "people whose water supply was at risk", "approx": True},
        ],
    },
    {
        "id": "qt5-002",
        "source": "voa:125410",
        "url": "https://learningenglish.voanews.com/a/a-23-2006-09-05-voa2-83127752/125410.html",
        "title": "Dry Conditions Lead to Government Aid in the West and South",
        "published": "2006-09-05",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', headline. Cut by the store inside "
                "the last paragraph; kept to the last complete sentence. 'several months' is "
                "annotated as 3 months, approximate (several = 3, as 'several hundred' = 300).",
        "paragraphs": [
            "This is the VOA Special English Agriculture Report.",
            "Last week, Agriculture Secretary Mike Johanns announced help for American farmers hurt by lack of rain. Mister Johanns said the total amount of aid is about seven hundred eighty million dollars. The aid will include loans, indirect payments and other assistance for farmers in the central western and southern United States.",
            "Important farming areas have experienced dry weather for several months. The drought has hurt both crop producers and those raising cattle, or ranchers. The weather has harmed some areas, but left others with enough rain for near record crops. The Northeast, for example, had heavy rainfall during the same period.",
            "The U.S. Drought Monitor studies drought conditions across the country. The service operates as part of the National Drought Mitigation Center at the University of Nebraska.",
            "The Monitor recently reported that exceptional drought conditions exist in Oklahoma, South Dakota and Texas. It also said that parts of Alabama, Arizona, Minnesota, Mississippi, Nebraska and Wyoming have an extremely severe drought.",
            "Secretary Johanns spoke with reporters during a visit last Thursday to South Dakota. He said sixty-four percent of beef cows in America are in drought areas. The dry conditions have left little or no grass in many areas where cattle are raised. Ranchers who feed their cattle grass for part of the year have had to buy food or sell some or all of their animals.",
            "The Department of Agriculture will provide fifty million dollars in aid for ranchers. That money will go to affected states in the form of awards, or grants. It will then be given to ranchers. The grants do not have to be repaid.",
            "The drought has also affected cotton, sorghum and peanut growers. Farmers in dry states have been offered payments totaling seven hundred million dollars.",
        ],
        "quantities": [
            {"text": "about seven hundred eighty million dollars", "value": 780000000, "unit": "USD",
             "kind": "money", "about": "total amount of drought aid", "approx": True},
            {"text": "several months", "value": 3, "unit": "month", "kind": "duration",
             "about": "dry weather in important farming areas", "approx": True},
            {"text": "sixty-four percent", "value": 64, "unit": "percent", "kind": "percent",
             "about": "beef cows in America in drought areas"},
            {"text": "fifty million dollars", "value": 50000000, "unit": "USD", "kind": "money",
             "about": "aid for ranchers"},
            {"text": "seven hundred million dollars", "value": 700000000, "unit": "USD", "kind": "money",
             "about": "payments offered to farmers in dry states"},
        ],
    },
    {
        "id": "qt5-003",
        "source": "voa:1443516",
        "url": "https://www.voacambodia.com/a/1443516.html",
        "title": "Midwest Farmers Battling Worst Drought in a Generation",
        "published": None,
        "truncated": False,
        "note": "Video page; the stored page shows no date. Removed: 'Accessibility links', "
                "'Breaking News', headline (twice), player text ('please wait', 'No media source "
                "currently available', '0:00 0:02:51 0:00', 'Direct link'), size buttons "
                "'XS SM MD LG'.",
        "paragraphs": [
            "Record high temperatures and lack of rainfall are creating the worst drought conditions for US farmers in a generation. The US Department of Agriculture has declared more than 1000 counties in 26 states natural disaster areas as crops there deteriorate. VOA's Kane Farabaugh has more from Illinois, one of the hardest-hit states.",
        ],
        "quantities": [
            {"text": "more than 1000 counties", "value": 1000, "unit": "count", "kind": "count",
             "counted": "counties", "about": "counties declared natural disaster areas", "approx": True},
            {"text": "26 states", "value": 26, "unit": "count", "kind": "count", "counted": "states",
             "about": "states with disaster counties"},
        ],
    },
    {
        "id": "qt5-004",
        "source": "navy.mil:nvr-definition-4",
        "url": "https://www.nvr.navy.mil/SHIPDETAILS/DEFINITION_4.HTML",
        "title": "Naval Vessel Register definition: Light Displacement",
        "published": "2013-02-01",
        "truncated": False,
        "note": "Removed: DoD banner ('This information resides on a DoD interest computer...'), "
                "'Privacy and Security Notice', table header 'Definition Term Definition Text "
                "Last Modified Date', last-modified stamp '2/1/2013 2:47:22 PM' (used as "
                "published). The term 'Light Displacement' is kept as its own paragraph. Spans "
                "stop before the abbreviation point of 'lbs.'.",
        "paragraphs": [
            "Light Displacement",
            "The ship is complete and ready for service in every respect, including permanent ballast (solid and liquid), and liquids in machinery at operating levels but is without officers, crew, their effects, ammunition, or any items of consumable or variable load.",
            "Note: Light Displacement is measured in LONG TONS (2240 lbs.) except for the LPD-17 Class, MHC-51 Class, DDX Class and LCS Class which are measured in METRIC TONS (2204.9 lbs.).",
        ],
        "quantities": [
            {"text": "2240 lbs", "value": 2240, "unit": "pound", "kind": "mass",
             "about": "a long ton"},
            {"text": "2204.9 lbs", "value": 2204.9, "unit": "pound", "kind": "mass",
             "about": "a metric ton"},
        ],
    },
    {
        "id": "qt5-005",
        "source": "noaa:nohrsc-nsa-2009-01-08",
        "url": "https://www.nohrsc.noaa.gov/nsa/index.html?year=2009&month=1&day=8&units=e&region=National",
        "title": "National Snow Analyses: Weather Summary, 8 January 2009",
        "published": "2009-01-08",
        "truncated": False,
        "note": "NOAA National Operational Hydrologic Remote Sensing Center. Removed: navigation "
                "('weather.gov | National Weather Service | ... Home | News | Organization'), "
                "page title 'National Snow Analyses', the heading 'Weather Summary' glued to the "
                "first word, and the station-report table that follows ('Snow Reports', 'Note: "
                "these data are unofficial and provisional.', 'Station Snowfall Reports "
                "Interpolated'). The summary paragraph is whole. 'Another foot' is annotated "
                "as 'foot' = 1 foot ('Another' is not a qualifier).",
        "paragraphs": [
            "Another 2 to 5 inches of rainfall (with locally higher amounts) occurred in the Northwest yesterday, accompanied by strong winds and unseasonably-warm temperatures. Farther inland, in the Northern Rockies through western Wyoming, up to a foot of snow fell. Up to 1 foot of snow fell in the Northeast (mainly in the lake-effect areas of western New York) with up to 3/4 inch of freezing rain in New York an Pennsylvania and up to 1 1/2 inches of rainfall along the Northeast coast. The snowpack in the Northwest and much of the West is very warm and is melting rapidly due to rainfall, warm and moist air, and condensation on the snowpack. Warm and moderately-melting conditions also exist in the northern High Plains, the Ohio River basin, and the Middle Atlantic due to rainfall and a surge of warm, moist air into those regions. Another foot of snowfall is expected in the high-elevation northern Rockies today as the system which brought the heavy rainfall to the Northwest coast shifts eastward. Up to 1/2 inch of rainfall is possible at lower elevations there. The warm air advection ahead of the storm will cause up to 1/2 foot of snowfall across the far northern Plains today, the western and southern Great Lakes tomorrow, and the middle Atlantic states on Saturday. South of the heaviest snowband will be a mix of snow, freezing rain, and rain. A push of cold air will pass across the Great Lakes behind this system and cause lake-effect snows this weekend of all the Great Lakes. High pressure will cover the West, but onshore flow on the north side of the high will bring heavy rainfall to mainly southwestern British Columbia on Sunday, but northwestern Washington might experience moderately heavy rainfall on Sunday.",
        ],
        "quantities": [
            {"text": "2 to 5 inches", "value": 2, "high": 5, "unit": "inch", "kind": "length",
             "about": "rainfall in the Northwest"},
            {"text": "up to a foot", "value": 1, "unit": "foot", "kind": "length",
             "about": "snow in the Northern Rockies", "approx": True},
            {"text": "Up to 1 foot", "value": 1, "unit": "foot", "kind": "length",
             "about": "snow in the Northeast", "approx": True},
            {"text": "up to 3/4 inch", "value": 0.75, "unit": "inch", "kind": "length",
             "about": "freezing rain in New York and Pennsylvania", "approx": True},
            {"text": "up to 1 1/2 inches", "value": 1.5, "unit": "inch", "kind": "length",
             "about": "rainfall along the Northeast coast", "approx": True},
            {"text": "foot", "after": "Another ", "value": 1, "unit": "foot", "kind": "length",
             "about": "snowfall expected in the northern Rockies"},
            {"text": "Up to 1/2 inch", "value": 0.5, "unit": "inch", "kind": "length",
             "about": "rainfall at lower elevations", "approx": True},
            {"text": "up to 1/2 foot", "value": 0.5, "unit": "foot", "kind": "length",
             "about": "snowfall across the far northern Plains", "approx": True},
        ],
    },
    {
        "id": "qt5-006",
        "source": "nws:dvn-summary-2019-01-19",
        "url": "https://www.weather.gov/dvn/Summary_01192019",
        "title": "Winter storm summary, 18-19 January 2019 (NWS Quad Cities)",
        "published": "2019-01-19",
        "truncated": False,
        "note": "Removed: 'National Weather Service United States Department of Commerce', the "
                "site-wide hazard banner of the day the page was stored ('Severe Thunderstorms "
                "and Possible Flooding...Read More >'), 'Summaries from other NWS Offices', "
                "'COMING SOON', 'Surface Maps', NWS media-use notice.",
        "paragraphs": [
            "A significant winter storm system brought accumulating snow and hazardous travel conditions to the region Friday afternoon (Jan. 18) through much of the day Saturday (Jan. 19). Total snowfall accumulations of 3 to 6 inches fell across the area, with the higher amounts of 7 to 9 inches in the Freeport, IL and Memphis, MO areas. In addition, strong winds resulted in some blowing and drifting snow and hazardous travel conditions.",
        ],
        "quantities": [
            {"text": "3 to 6 inches", "value": 3, "high": 6, "unit": "inch", "kind": "length",
             "about": "total snowfall accumulations"},
            {"text": "7 to 9 inches", "value": 7, "high": 9, "unit": "inch", "kind": "length",
             "about": "snowfall in the Freeport and Memphis areas"},
        ],
    },
    {
        "id": "qt5-007",
        "source": "nws:fwd-winterdefine",
        "url": "https://preview.weather.gov/fwd/winterdefine",
        "title": "Winter weather definitions (NWS Fort Worth)",
        "published": None,
        "truncated": False,
        "note": "Removed: 'National Weather Service United States Department of Commerce', the "
                "site-wide hazard banner ('Severe Weather and Heavy Rain Along the Central Gulf "
                "Coast...Read More >'). The stored page lacks the terms of the first two "
                "definitions (probably images); the definitions are kept as stored, terms as "
                "their own paragraphs. 'the next day or two' is left out (a vague time window, "
                "not a measured length).",
        "paragraphs": [
            "The National Weather Service uses the following definitions when describing winter weather:",
            "An advance statement that severe winter weather conditions are possible within the next day or two.",
            "An urgent statement that severe winter weather conditions have begun or will begin within about 12 hours.",
            "Advisory",
            "A statement that winter weather conditions are imminent or occurring. These conditions will cause significant inconvenience, and may become hazardous or life-threatening if safety tips are not followed.",
            "Heavy Snow",
            "Snowfall which accumulates to a depth of at least 4 inches in 12 hours or 6 inches in 24 hours.",
            "Sleet",
            "Pellets of ice composed of frozen or mostly frozen raindrops, or snowflakes which have melted and refrozen.",
            "Freezing Rain/Freezing Drizzle",
            "Rain or drizzle which falls as liquid then freezes when it strikes the ground or other surface.",
            "Frost",
            "The formation of thin ice crystals on the ground or other surfaces.",
            "Wind Chill",
            "A cooling effect caused when wind blows across exposed skin.",
        ],
        "quantities": [
            {"text": "about 12 hours", "value": 12, "unit": "hour", "kind": "duration",
             "about": "onset of severe winter weather under a warning", "approx": True},
            {"text": "at least 4 inches", "value": 4, "unit": "inch", "kind": "length",
             "about": "snowfall depth for heavy snow", "approx": True},
            {"text": "12 hours", "value": 12, "unit": "hour", "kind": "duration",
             "about": "accumulation period for heavy snow"},
            {"text": "6 inches", "value": 6, "unit": "inch", "kind": "length",
             "about": "snowfall depth for heavy snow"},
            {"text": "24 hours", "value": 24, "unit": "hour", "kind": "duration",
             "about": "accumulation period for heavy snow"},
        ],
    },
    {
        "id": "qt5-008",
        "source": "nws:gid-news-192",
        "url": "https://weather.gov/gid/news_192",
        "title": "Heavy rainfall and flooding, May 22-24 (NWS Hastings)",
        "published": None,
        "truncated": False,
        "note": "Removed: 'National Weather Service United States Department of Commerce', the "
                "site-wide hazard banner of the day the page was stored ('Widespread Precipitation "
                "and Snow Across the Pacific Northwest...Read More >'), the station table "
                "('Rainfall Totals May 22 - 24 Location Amount' and 51 station/amount rows, whose "
                "unit is only implied), and the photo credit sentences after the last paragraph. "
                "The year is not shown on the stored page. 'from over one inch to over seven "
                "inches' is two quantities, each with its own qualifier.",
        "paragraphs": [
            "Thunderstorms produced heavy rainfall across south central Nebraska and north central Kansas beginning last Wednesday night and continuing through Friday night. Three day rainfall totals ranged from over one inch to over seven inches. The heavy rainfall resulted in widespread lowland flooding and river flooding.",
            "The following rainfall totals are from National Weather Service cooperative observers, automated rain gauges and weather spotters.",
            "The heavy rainfall caused flooding throughout towns, rural areas, and rivers.",
        ],
        "quantities": [
            {"text": "Three day", "value": 3, "unit": "day", "kind": "duration",
             "about": "period of the rainfall totals"},
            {"text": "over one inch", "value": 1, "unit": "inch", "kind": "length",
             "about": "lowest three day rainfall total", "approx": True},
            {"text": "over seven inches", "value": 7, "unit": "inch", "kind": "length",
             "about": "highest three day rainfall total", "approx": True},
        ],
    },
    {
        "id": "qt5-009",
        "source": "nws:ncrfc-hmd-2016-07-25",
        "url": "http://forecast.weather.gov/product.php?site=DMX&product=HMD&issuedby=MSR",
        "title": "Hydrometeorological Forecast Discussion, NWS North Central River Forecast Center",
        "published": "2016-07-25",
        "truncated": True,
        "note": "Removed: product navigation ('Home | Current Version | ... Glossary On', "
                "'Versions: 1 2 3 4 5 6 7'), WMO header lines ('194', 'AGUS73 KMSR 251749', "
                "'HMDMSR'), the title/issuer/time lines ('1248 PM CDT Mon Jul 25 2016', used as "
                "published), section headings '...Precipitation...' and '...Hydrologic "
                "Conditions...'. Hard line wraps joined with a space; the product's double spaces "
                "after periods are kept. The fourth paragraph has no final period in the source. "
                "Cut by the store inside the next paragraph ('The Mississippi River remains...'), "
                "which is dropped.",
        "paragraphs": [
            "Mainly yesterday morning scattered showers and thunderstorms moved from east central Wisconsin across central and southern lower Michigan.  Most rainfall totals were 1.0 to 1.5 inches with a few locally higher amounts around 2 inches along western lower Michigan.",
            "Then late yesterday afternoon through early this morning showers and thunderstorms developed along a cold front across Missouri and Illinois to northern Indiana.  Numerous rainfall reports were in the 1 to 3 inch range with a few reports between 3 and 4 inches, mainly in east central Missouri and central Illinois.",
            "In the forecast... scattered showers continue this morning across southern Missouri to southern Illinois at the front will slowly moved out of our region.  Then scattered showers with possible thunderstorms will develop across the Dakotas to north and central Minnesota.  Rainfall totals in these areas should average around a quarter inch or less with a few locally higher amounts where thunderstorms pop up.",
            "There are currently no forecast points above flood stage in the NCRFC area. The localized flooding and river rises from yesterday`s heavy rains have mostly begun to recede. Portions of the Illinois River basin are seeing localized flooding and additional rises from today`s round of heavy rain, but no river flooding is expected",
            "Multiple rounds of heavy rain in recent weeks have caused elevated flows on many rivers across eastern North Dakota, Minnesota, Wisconsin, Iowa and Illinois.",
        ],
        "quantities": [
            {"text": "1.0 to 1.5 inches", "value": 1.0, "high": 1.5, "unit": "inch", "kind": "length",
             "about": "rainfall totals in Michigan"},
            {"text": "around 2 inches", "value": 2, "unit": "inch", "kind": "length",
             "about": "locally higher rainfall along western lower Michigan", "approx": True},
            {"text": "1 to 3 inch", "value": 1, "high": 3, "unit": "inch", "kind": "length",
             "about": "rainfall reports in Missouri and Illinois"},
            {"text": "between 3 and 4 inches", "value": 3, "high": 4, "unit": "inch", "kind": "length",
             "about": "highest rainfall reports", "approx": False},
            {"text": "around a quarter inch or less", "value": 0.25, "unit": "inch", "kind": "length",
             "about": "forecast rainfall totals in the Dakotas and Minnesota", "approx": True},
        ],
    },
    {
        "id": "qt5-010",
        "source": "nws:rah-heat",
        "url": "http://weather.gov/rah/heat",
        "title": "Extreme Heat Forecasts (NWS Raleigh)",
        "published": None,
        "truncated": False,
        "note": "Removed: 'National Weather Service United States Department of Commerce', "
                "headings 'Extreme Heat Forecasts' and 'Extreme Heat Safety and Preparedness', "
                "image alt texts ('cdc heat', 'heat graphicheat in cars'), the trailing "
                "'Other heat-related links:'. Bare 'degrees' are Fahrenheit (a US weather reading "
                "above 60; guideline round 2). '11 am' and '6 pm' are times of day, not "
                "quantities.",
        "paragraphs": [
            "These forecasts are organized from longer term outlooks, at the top, to near term forecasts at the bottom.",
            "On average, extreme heat has killed more people in the last 10 years than any other weather phenomena. Remember these tips for staying safe in extreme heat:",
            "Hydrate. Whether you feel thirsty or not, drink plenty of water to avoid becoming dehydrated, especially when you're working or exercising outside.",
            "Educate yourself. Keep up with the latest temperature and heat index forecasts and current readings (take actions to stay cool and safe when the temperatures hits 85 degrees or the heat index hits 90 degrees). Know the warning signs of a heat illness, and how you can stay cool.",
            "Act quickly when a heat illness is suspected. Seek medical attention immediately for any of these warning signs: cramping, rapid pulse, heavy sweating, hot red skin, dizziness, confusion, nausea, vomiting.",
            "Take it easy. Anyone working or exercising outdoors should avoid overexertion, especially between the hours of 11 am and 6 pm. Take hourly breaks in the shade or in air conditioning.",
        ],
        "quantities": [
            {"text": "10 years", "value": 10, "unit": "year", "kind": "duration",
             "about": "period of heat deaths compared"},
            {"text": "85 degrees", "value": 85, "unit": "fahrenheit", "kind": "other",
             "about": "temperature at which to take action"},
            {"text": "90 degrees", "value": 90, "unit": "fahrenheit", "kind": "other",
             "about": "heat index at which to take action"},
        ],
    },
    {
        "id": "qt5-011",
        "source": "uscg:mycg-4000302",
        "url": "https://mycg.uscg.mil/News/Article/4000302/enforcing-the-law-at-sea",
        "title": "Enforcing the law at sea. Part I: The First 30 years",
        "published": "2024-12-13",
        "truncated": True,
        "note": "US Coast Guard (a US government work). Removed: .mil website banner (3 lines), "
                "'My Coast Guard', 'Commentary | Dec. 13, 2024' (used as published), headline, "
                "byline 'By Capt. Daniel A. Laliberte, U. S. Coast Guard retired', subtitle 'Part "
                "I: The First 30 years' (kept in title), subheading 'The Beginning: Opium by "
                "Sea'. Cut by the store; kept to the last complete sentence. 'A decade later' "
                "anchors a point in time and is not annotated (as 'years ago').",
        "paragraphs": [
            "With a seizure of opium near the entrance to San Francisco Bay in November 1886, cutters of the Revenue Marine Service began a fight against maritime drug smuggling that continues to this day.",
            "The smuggling of opium into the west coast prompted the entry of the Coast Guard — at earlier times called the Revenue Marine and the Revenue Cutter Service—into maritime drug interdiction. The mission would stretch through WWI, wane during Prohibition, and practically disappear during World War II.  However, a resurgence would begin in the early 1970’s, with the growing popularity of marijuana. A decade later, the Coast Guard’s focus would begin to shift yet again, this time as maritime smugglers began to emphasize moving cocaine over marijuana.",
            "The first at-sea drug seizure was made on November 30, 1886. On the morning of that day, U.S. Revenue Cutter (USRC) Richard Rush, a 175-foot hybrid sail/steamer, had been running a northeast/southwest-oriented barrier patrol off the entrance to the passage through the San Francisco Bar. For two days, the cutter had enjoyed calm seas, clear skies, and balmy temperatures while awaiting the arrival of the SS Rio de Janeiro — which intelligence from the U.S. Consulate in Hong Kong indicated would be attempting to smuggle opium into the U.S.",
            "On November 30, 1886, Revenue Cutter Rush seized 350 pounds of opium aboard Steamship Rio De Janeiro at the entrance to San Francisco Bay. It was the first seizure of opium at sea by the U.S. Revenue Marine.",
        ],
        "quantities": [
            {"text": "175-foot", "value": 175, "unit": "foot", "kind": "length",
             "about": "length of the cutter Richard Rush"},
            {"text": "two days", "value": 2, "unit": "day", "kind": "duration",
             "about": "patrol awaiting the Rio de Janeiro"},
            {"text": "350 pounds", "value": 350, "unit": "pound", "kind": "mass",
             "about": "opium seized aboard the Rio De Janeiro"},
        ],
    },
    {
        "id": "qt5-012",
        "source": "nws:wrn-hurricane-hazards",
        "url": "https://weather.gov/wrn/hurricane-hazards",
        "title": "Hurricane hazards (NWS Weather-Ready Nation)",
        "published": None,
        "truncated": True,
        "note": "Removed: 'National Weather Service United States Department of Commerce', 'top "
                "Back to Hurricane Preparedness', section headings 'Extreme Winds' and 'Storm "
                "Surge'. Cut by the store in the 'Inland Flooding' section, which is dropped. "
                "The list markers '1)', '2)', '3)' are not quantities. A postfix qualifier ('or "
                "greater') is inside the span and makes the quantity approximate. mph is "
                "mile/hour (kind rate).",
        "paragraphs": [
            "While hurricanes pose the greatest threat to life and property, tropical storms and depression also can be devastating. Hazards from tropical cyclones (which include tropical depressions, tropical storms, and hurricanes) include storm surge flooding, inland flooding from heavy rains, destructive winds, tornadoes, and high surf and rip currents.",
            "Winds from a hurricane can destroy buildings and manufactured homes. Signs, roofing material, and other items left outside can become flying missiles during hurricanes.",
            "When the National Weather Service issues an Extreme Wind Warning, it means: 1) Extreme hurricane winds are imminent or happening NOW. 2) Sustained winds of 115 mph or greater are expected. 3) Take immediate shelter in an interior portion of a well-built structure.",
            "Storm surge is the abnormal rise of water generated by a storm's winds. This hazard is historically the leading cause of hurricane related deaths in the United States. Storm surge and large battering waves can result in large loss of life and cause massive destruction along the coast.",
            "Storm Surge Warning: There is a danger of life-threatening inundation from rising water moving inland from the shoreline generally within 36 hours. Promptly follow evacuation and other instructions from local officials. Storm Surge Watch: There is a possibility of life-threatening inundation from rising water moving inland from the shoreline generally within 48 hours. Promptly follow evacuation and other instructions from local officials.",
            "What are the impacts of storm surge? Large areas covered with deep water due to storm surge flooding. Structural damage to buildings, with some washing away. Locations may be uninhabitable for an extended period. Large sections of roads washed out or severely flooded. Major damage to marinas, docks, boardwalks, and piers.",
        ],
        "quantities": [
            {"text": "115 mph or greater", "value": 115, "unit": "mile/hour", "kind": "rate",
             "about": "sustained winds for an Extreme Wind Warning", "approx": True},
            {"text": "36 hours", "value": 36, "unit": "hour", "kind": "duration",
             "about": "lead time of a Storm Surge Warning"},
            {"text": "48 hours", "value": 48, "unit": "hour", "kind": "duration",
             "about": "lead time of a Storm Surge Watch"},
        ],
    },
    {
        "id": "qt5-013",
        "source": "nws:om-hurricane-index",
        "url": "http://www.nws.noaa.gov/om/hurricane/index.shtml",
        "title": "NWS Hurricane Safety",
        "published": None,
        "truncated": True,
        "note": "Removed: 'National Weather Service' (twice, with 'United States Department of "
                "Commerce'), the two navigation bars, the photo caption 'Upper Texas Coast after "
                "Hurricane Ike showing storm surge damage.', 'Weather-Ready nation link'. Cut by "
                "the store inside the sentence 'On average, 11 tropical storms, 6 of which...'; "
                "kept to the last complete sentence before it. 'hundreds of miles' is a vague "
                "plural: 200 miles, approximate.",
        "paragraphs": [
            "History teaches that a lack of hurricane awareness and preparation are common threads among all major hurricane disasters. By knowing your vulnerability and what actions you should take, you can better prepare yourself and your family for a major hurricane or tropical storm.",
            "Hurricane hazards come in many forms, including storm surge when ocean waters flood the shore, heavy rainfall that may cause flooding near and even hundreds of miles from the coast, devastating high winds that blow down trees, roofs and whole buildings, tornadoes that whip away everything in their path, and deadly rip currents that pull swimmers out to sea, even those on beaches hundreds of miles away from a hurricane zone. The National Weather Service is responsible for protecting life and property by issuing timely watches and warnings, but it is essential that you and your family be ready before a storm approaches. Boaters, the fishing industry and other mariners should be aware of special safety precautions when a hurricane is approaching.",
            "Hurricanes are among nature’s most powerful and destructive phenomena.",
        ],
        "quantities": [
            {"text": "hundreds of miles", "value": 200, "unit": "mile", "kind": "length",
             "about": "distance of hurricane flooding from the coast", "approx": True},
            {"text": "hundreds of miles", "value": 200, "unit": "mile", "kind": "length",
             "about": "distance of beaches with rip currents from a hurricane zone", "approx": True},
        ],
    },
    {
        "id": "qt5-014",
        "source": "nws:phi-tornado-definition",
        "url": "https://weather.gov/phi/TornadoDefinition?os=wtmb5utkcxk5refappfrefdapp",
        "title": "Tornado definition and the EF-Scale (NWS Mount Holly)",
        "published": None,
        "truncated": True,
        "note": "Removed: 'National Weather Service United States Department of Commerce', the "
                "site-wide hazard banner ('Heavy Rain and Gusty Winds in the Central Plains...Read "
                "More >'), heading 'The Enhanced Fujita Scale or EF-Scale'. Cut by the store in "
                "the EF-Scale paragraph; kept to the last complete sentence. 'nature\"s' and "
                "'thunderstom' are verbatim. 'in seconds' has no number and is not annotated.",
        "paragraphs": [
            "Tornado - A violently rotating column of air touching the ground, usually attached to the base of a thunderstorm.",
            "Tornadoes are nature\"s most violent storms. Spawned from powerful thunderstorms, tornadoes can cause fatalities and devastate a neighborhood in seconds. Winds of a tornado may reach 300 miles per hour. Damage paths can be in excess of one mile wide and 50 miles long. Strong downburst (straight-line) winds may also occur due to the same thunderstom. Hail is very commonly found very close to the tornadoes, as the strongest thunderstorms that spawn tornadoes are formed under the atmospheric conditions that are also highly likely to make hail. Every state is at some risk from this hazard.",
            "Some tornadoes are clearly visible, while rain or nearby low-hanging clouds obscure others. Tornadoes develop extremely rapidly, and may dissipate just a quickly. Most tornadoes are on the ground for less than 15 minutes.",
            "Before a tornado hits, the wind may die down and the air may become very still. A cloud of debris can mark the location of a tornado even if a funnel is not visible. Tornadoes generally occur near the trailing edge of a thunderstorm. It is not uncommon to see clear, sunlit skies behind a tornado.",
            "The EF-Scale is a rating of how strong a tornado was.",
        ],
        "quantities": [
            {"text": "300 miles per hour", "value": 300, "unit": "mile/hour", "kind": "rate",
             "about": "winds of a tornado"},
            {"text": "in excess of one mile", "value": 1, "unit": "mile", "kind": "length",
             "about": "width of tornado damage paths", "approx": True},
            {"text": "50 miles", "value": 50, "unit": "mile", "kind": "length",
             "about": "length of tornado damage paths"},
            {"text": "less than 15 minutes", "value": 15, "unit": "minute", "kind": "duration",
             "about": "time most tornadoes are on the ground", "approx": True},
        ],
    },
    {
        "id": "qt5-015",
        "source": "fema:usfa-thesaurus-227",
        "url": "https://apps.usfa.fema.gov/thesaurus/main/termDetail?id=227&letter=B",
        "title": "USFA thesaurus: blizzard",
        "published": None,
        "truncated": False,
        "note": "US Fire Administration (FEMA). Whole entry. 'm s-1' is meter/second (kind rate). "
                "The bracketed '[35 mph]' restates the threshold; it carries no qualifier of its "
                "own, so it is not marked approximate. '3 h' is 3 hours.",
        "paragraphs": [
            "A blizzard is defined by the U.S. National Weather Service as winds over 16 m s-1 [35 mph] and falling or blowing snow causing visibility less than 400 m lasting for at least 3 h.",
        ],
        "quantities": [
            {"text": "over 16 m s-1", "value": 16, "unit": "meter/second", "kind": "rate",
             "about": "blizzard wind threshold", "approx": True},
            {"text": "35 mph", "value": 35, "unit": "mile/hour", "kind": "rate",
             "about": "blizzard wind threshold"},
            {"text": "less than 400 m", "value": 400, "unit": "meter", "kind": "length",
             "about": "blizzard visibility", "approx": True},
            {"text": "at least 3 h", "value": 3, "unit": "hour", "kind": "duration",
             "about": "duration of blizzard conditions", "approx": True},
        ],
    },
    {
        "id": "qt5-016",
        "source": "eia:home-2023-04-13",
        "url": "https://www.eia.gov/",
        "title": "EIA home page: Today in Energy and Data Highlights, 13 April 2023",
        "published": "2023-04-13",
        "truncated": False,
        "note": "US Energy Information Administration. Removed: 'U.S. Energy Information "
                "Administration logo', skip-navigation lines, 'Posted April 13, 2023 Today in "
                "Energy' (used as published), the link arrow '›', 'More', chart title 'total "
                "installed power capacity in all sectors', chart source line. The Data Highlights "
                "panel is kept line by line; its up/down arrows were images, so 'up$1.46' and "
                "'down0.663' are glued in the stored text and the spans start at the sign or "
                "digit. Plain 'tons' is metric_ton by the guideline (EIA's coal tons are short "
                "tons; the guideline's rule is applied). 'Bcf' = billion cubic feet: cubic_foot "
                "with the scale applied. '$2.007/MMBtu' keeps the plain id USD/MMBtu. Price "
                "changes are money (USD) as stated. Dates such as '4/13/2023' are not quantities.",
        "paragraphs": [
            "U.S. electric capacity mix shifts from fossil fuels to renewables in AEO2023",
            "The U.S. power grid nearly doubles in capacity from 2022 to 2050 to meet increasing demand for electric power, and most newly built capacity will be from renewable energy technologies, according to most cases in our Annual Energy Outlook 2023 (AEO2023). Declining capital costs for solar panels, wind turbines, and battery storage, as well as government subsidies such as those included in the Inflation Reduction Act (IRA), result in renewables becoming increasingly cost effective compared with the alternatives when building new power capacity. Economic growth, paired with rising electrification in end-use sectors, results in stable growth in U.S. electric power demand through 2050.",
            "Data Highlights",
            "WTI crude oil futures price",
            "4/13/2023: $82.16/barrel",
            "up$1.46 from week earlier",
            "down$22.09 from year earlier",
            "Natural gas futures price",
            "4/13/2023: $2.007/MMBtu",
            "down$0.004 from week earlier",
            "down$4.990 from year earlier",
            "Weekly coal production",
            "4/8/2023: 11.074 million tons",
            "down0.663 million tons from week earlier",
            "down0.207 million tons from year earlier",
            "Natural gas inventories",
            "4/7/2023: 1,855 Bcf",
            "up25 Bcf from week earlier",
            "up460 Bcf from year earlier",
            "Crude oil inventories",
            "4/7/2023: 470.5 million barrels",
            "up0.6 million barrels from week earlier",
            "up48.8 million barrels from year earlier",
        ],
        "quantities": [
            {"text": "nearly doubles", "value": 2, "unit": "multiplier", "kind": "other",
             "about": "U.S. power grid capacity from 2022 to 2050", "approx": True},
            {"text": "$82.16/barrel", "value": 82.16, "unit": "USD/barrel", "kind": "rate",
             "about": "WTI crude oil futures price"},
            {"text": "$1.46", "value": 1.46, "unit": "USD", "kind": "money",
             "about": "WTI futures price change from week earlier"},
            {"text": "$22.09", "value": 22.09, "unit": "USD", "kind": "money",
             "about": "WTI futures price change from year earlier"},
            {"text": "$2.007/MMBtu", "value": 2.007, "unit": "USD/MMBtu", "kind": "rate",
             "about": "natural gas futures price"},
            {"text": "$0.004", "value": 0.004, "unit": "USD", "kind": "money",
             "about": "natural gas futures price change from week earlier"},
            {"text": "$4.990", "value": 4.99, "unit": "USD", "kind": "money",
             "about": "natural gas futures price change from year earlier"},
            {"text": "11.074 million tons", "value": 11074000, "unit": "metric_ton", "kind": "mass",
             "about": "weekly coal production"},
            {"text": "0.663 million tons", "value": 663000, "unit": "metric_ton", "kind": "mass",
             "about": "coal production change from week earlier"},
            {"text": "0.207 million tons", "value": 207000, "unit": "metric_ton", "kind": "mass",
             "about": "coal production change from year earlier"},
            {"text": "1,855 Bcf", "value": 1.855e12, "unit": "cubic_foot", "kind": "volume",
             "about": "natural gas inventories"},
            {"text": "25 Bcf", "value": 2.5e10, "unit": "cubic_foot", "kind": "volume",
             "about": "natural gas inventory change from week earlier"},
            {"text": "460 Bcf", "value": 4.6e11, "unit": "cubic_foot", "kind": "volume",
             "about": "natural gas inventory change from year earlier"},
            {"text": "470.5 million barrels", "value": 470500000, "unit": "barrel", "kind": "volume",
             "about": "crude oil inventories"},
            {"text": "0.6 million barrels", "value": 600000, "unit": "barrel", "kind": "volume",
             "about": "crude oil inventory change from week earlier"},
            {"text": "48.8 million barrels", "value": 48800000, "unit": "barrel", "kind": "volume",
             "about": "crude oil inventory change from year earlier"},
        ],
    },
    {
        "id": "qt5-017",
        "source": "eia:energyexplained-electricity-generation-capacity-sales",
        "url": "https://eia.gov/energyexplained/electricity/electricity-in-the-us-generation-capacity-and-sales.php?msclkid=a6d4d004cfd711ec8cf8365f3ef9412b",
        "title": "Electricity explained: Electricity generation, capacity, and sales in the United States",
        "published": None,
        "truncated": True,
        "note": "Removed: EIA logo line, 'Skip to sub-navigation', headline line; bullet marks. "
                "Cut by the store inside the 'Small scale' bullet, which is dropped (it is one "
                "unfinished sentence). kilowatt and megawatt are kind other (power), not "
                "normalized.",
        "paragraphs": [
            "Terms that are important to understand when learning about electricity production and consumption include:",
            "Generation: a measure of electricity produced over time. Most electric power plants use some of the electricity they produce to operate the power plant. Net generation excludes the electricity used to operate the power plant. Energy storage systems for electricity generation have negative-net generation because they use more energy to charge the storage system than the storage system generates.",
            "Capacity: the maximum amount of electric power (electricity) that a power plant can supply at a specific point in time under specific conditions.",
            "Sales: the amount of electricity sold to consumers accounts for most U.S. electricity consumption.",
            "More electricity is generated than sold because some energy is lost (as heat) in electricity transmission and distribution. In addition, some electricity consumers generate electricity and use most or all of it; the amount they use is called direct use. These consumers include industrial, commercial, and institutional facilities, as well as homeowners who have their own electricity generators. The United States also exports and imports some electricity to and from Canada and Mexico. Total U.S. electricity consumption by end-use consumers is equal to U.S. retail sales of electricity plus direct use of electricity.",
            "The U.S. Energy Information Administration (EIA) publishes data on two general types of electricity generation and electricity generation-capacity:",
            "Utility scale includes electricity generation and capacity of electric power plants with at least 1,000 kilowatts, or 1 megawatt (MW), of electricity-generation capacity.",
        ],
        "quantities": [
            {"text": "two", "value": 2, "unit": "count", "kind": "count", "counted": "types",
             "about": "types of electricity generation data EIA publishes"},
            {"text": "at least 1,000 kilowatts", "value": 1000, "unit": "kilowatt", "kind": "other",
             "about": "capacity of utility-scale power plants", "approx": True},
            {"text": "1 megawatt", "value": 1, "unit": "megawatt", "kind": "other",
             "about": "capacity of utility-scale power plants"},
        ],
    },
    {
        "id": "qt5-018",
        "source": "nifc:fire-information-statistics",
        "url": "https://www.nifc.gov/fire-information/statistics",
        "title": "National Interagency Fire Center: Current National Statistics",
        "published": None,
        "truncated": False,
        "note": "Whole panel as stored; each label is its own line (number first, then label). "
                "Removed: the empty 'Last Updated:' stamp. The store gives no date. The "
                "personnel count '18,256' has its label on the next line; it is a count of "
                "people.",
        "paragraphs": [
            "Current National Statistics",
            "57 Incidents",
            "Total Number of Large Fires Being Suppressed",
            "8 Total",
            "New Large Fires",
            "47,413 Incidents",
            "Year-to-date Wildfires",
            "1,071,615 Acres",
            "Acres Burned on Large Fires",
            "18,256",
            "Personnel Assigned to Wildfires",
            "4,173,193 Acres",
            "Year-to-date Acres Burned",
            "* Source for statistics is the Incident Management Situation Report published by the National Interagency Coordination Center.",
        ],
        "quantities": [
            {"text": "57 Incidents", "value": 57, "unit": "count", "kind": "count", "counted": "incidents",
             "about": "large fires being suppressed"},
            {"text": "8", "value": 8, "unit": "count", "kind": "count", "counted": "new large fires",
             "about": "new large fires"},
            {"text": "47,413 Incidents", "value": 47413, "unit": "count", "kind": "count",
             "counted": "incidents", "about": "year-to-date wildfires"},
            {"text": "1,071,615 Acres", "value": 1071615, "unit": "acre", "kind": "area",
             "about": "acres burned on large fires"},
            {"text": "18,256", "value": 18256, "unit": "person", "kind": "count",
             "about": "personnel assigned to wildfires"},
            {"text": "4,173,193 Acres", "value": 4173193, "unit": "acre", "kind": "area",
             "about": "year-to-date acres burned"},
        ],
    },
    {
        "id": "qt5-019",
        "source": "nifc:fireInfo-statistics-old",
        "url": "https://www.nifc.gov/fireInfo/fireInfo_statistics.html",
        "title": "National Interagency Fire Center: Current National Statistics (older page)",
        "published": None,
        "truncated": False,
        "note": "Older address of the same NIFC panel, stored on another day with other figures. "
                "Same layout and decisions as qt5-018. Removed: the empty 'Last Updated:' stamp.",
        "paragraphs": [
            "Current National Statistics",
            "8 Incidents",
            "Total Number of Large Fires Being Suppressed",
            "2 Total",
            "New Large Fires",
            "26,086 Incidents",
            "Year-to-date Wildfires",
            "71,206 Acres",
            "Acres Burned on Large Fires",
            "1,932",
            "Personnel Assigned to Wildfires",
            "1,107,034 Acres",
            "Year-to-date Acres Burned",
            "* Source for statistics is the Incident Management Situation Report published by the National Interagency Coordination Center.",
        ],
        "quantities": [
            {"text": "8 Incidents", "value": 8, "unit": "count", "kind": "count", "counted": "incidents",
             "about": "large fires being suppressed"},
            {"text": "2", "value": 2, "unit": "count", "kind": "count", "counted": "new large fires",
             "about": "new large fires"},
            {"text": "26,086 Incidents", "value": 26086, "unit": "count", "kind": "count",
             "counted": "incidents", "about": "year-to-date wildfires"},
            {"text": "71,206 Acres", "value": 71206, "unit": "acre", "kind": "area",
             "about": "acres burned on large fires"},
            {"text": "1,932", "value": 1932, "unit": "person", "kind": "count",
             "about": "personnel assigned to wildfires"},
            {"text": "1,107,034 Acres", "value": 1107034, "unit": "acre", "kind": "area",
             "about": "year-to-date acres burned"},
        ],
    },
    {
        "id": "qt5-020",
        "source": "usgs:hvo-notice-9576",
        "url": "http://volcanoes.usgs.gov/activity/archive/current.php?noticeid=9576",
        "title": "USGS Volcano Hazards Program: Kilauea volcano update (notice 9576)",
        "published": None,
        "truncated": True,
        "note": "USGS Hawaiian Volcano Observatory. Removed: 'USGS Volcano Hazards Program Volcano "
                "Update', 'HVO update page and observatory web site'. Cut by the store at the "
                "start of the GPS sentence, which is dropped. The store gives no issue date "
                "(January 2014 from the text). Earthquake counts per area are counts of "
                "earthquakes; '4 deep earthquakes' stops at the number (modifier between). "
                "'Kahauale`a 2' is a name; '01/01-01/07' are dates. Bracketed feet conversions "
                "are not marked approximate. 'tonnes/day' is metric_ton/day.",
        "paragraphs": [
            "Activity Summary: Eruption continued at two locations with little change in the past 24 hours. The summit tiltmeter network recorded continued DI deflationary tilt and the lava-lake level dropped almost 20 m. At the middle east rift zone, the Pu`u `O`o vent continued to feed the Kahauale`a 2 lava flow, although its activity may be waning as a result of the ongoing DI event. Gas emissions remained elevated.",
            "Recent Observations at Kilauea summit: The summit tiltmeters continued recording DI deflationary tilt totaling more than 4 microradians by this morning. The lava-lake level has now dropped almost 20 m since the start of the DI deflation and it stabilized overnight at an estimated 63 m (207 ft) below the floor of Halema`uma`u; this is the deepest the lake surface has been in the vent cavity since early December 2013. Gas emissions continued to be elevated: during the week of 01/01-01/07, the summit SO2 emission rate varied between 3,300 and 5,800 tonnes/day (see caveat below); however, no reliable emission rate measurements were made during the week of 01/08-01/14 due to the absence of moderate trade-winds. Although not measured this morning, a small amount of ash-sized tephra (mostly fresh spatter bits and Pele's hair from the circulating lava lake) was probably carried out of the vent with the gas plume and deposited onto nearby surfaces.",
            "Seismic tremor levels were low and variable with multiple dropouts. An unusually large number of forty-one earthquakes were strong enough to be located beneath Kilauea Volcano in the past 24 hours: 13 on south flank faults, 9 beneath Halema`uma`u Crater (some of these events are probably the seismic expression of lava veneer spalling off the vent cavity walls and falling into the lava lake), 8 beneath the northern portion of the summit caldera, 6 within the upper east rift zone (including 4 deep earthquakes), and 5 south of Halema`uma`u.",
        ],
        "quantities": [
            {"text": "two locations", "value": 2, "unit": "count", "kind": "count", "counted": "locations",
             "about": "eruption locations"},
            {"text": "24 hours", "value": 24, "unit": "hour", "kind": "duration",
             "about": "period with little change"},
            {"text": "almost 20 m", "value": 20, "unit": "meter", "kind": "length",
             "about": "drop of the lava-lake level", "approx": True},
            {"text": "more than 4 microradians", "value": 4, "unit": "microradian", "kind": "other",
             "about": "summit deflationary tilt", "approx": True},
            {"text": "almost 20 m", "value": 20, "unit": "meter", "kind": "length",
             "about": "drop of the lava-lake level since the start of the deflation", "approx": True},
            {"text": "an estimated 63 m", "value": 63, "unit": "meter", "kind": "length",
             "about": "lava-lake level below the floor of Halemaumau", "approx": True},
            {"text": "207 ft", "value": 207, "unit": "foot", "kind": "length",
             "about": "lava-lake level below the floor of Halemaumau"},
            {"text": "between 3,300 and 5,800 tonnes/day", "value": 3300, "high": 5800,
             "unit": "metric_ton/day", "kind": "rate", "about": "summit SO2 emission rate"},
            {"text": "forty-one earthquakes", "value": 41, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes located beneath Kilauea"},
            {"text": "24 hours", "value": 24, "unit": "hour", "kind": "duration",
             "about": "period of the located earthquakes"},
            {"text": "13", "after": ": ", "value": 13, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes on south flank faults"},
            {"text": "9", "after": "faults, ", "value": 9, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes beneath Halemaumau Crater"},
            {"text": "8", "after": "lava lake), ", "value": 8, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes beneath the northern summit caldera"},
            {"text": "6", "after": "caldera, ", "value": 6, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes within the upper east rift zone"},
            {"text": "4", "after": "(including ", "value": 4, "unit": "count", "kind": "count",
             "counted": "deep earthquakes", "about": "deep earthquakes in the upper east rift zone"},
            {"text": "5", "after": "and ", "value": 5, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes south of Halemaumau"},
        ],
    },
    {
        "id": "qt5-021",
        "source": "usgs:hvo-notice-9714",
        "url": "http://volcanoes.usgs.gov/activity/archive/current.php?noticeid=9714",
        "title": "USGS Volcano Hazards Program: Kilauea volcano update (notice 9714)",
        "published": None,
        "truncated": True,
        "note": "Same source and decisions as qt5-020. Cut by the store inside the GPS sentence, "
                "which is dropped. 'a few more meters' is annotated as 3 meters, approximate (a "
                "few = several = 3); 'several weeks' as 3 weeks, approximate. 't/d' is "
                "metric_ton/day. '10 seismic events' stops at the number (modifier between).",
        "paragraphs": [
            "Activity Summary: The eruption continued at two locations. The summit tiltmeter network recorded weak inflationary tilt and the summit lava-lake level rose a few more meters. At the middle east rift zone, the Pu`u `O`o tiltmeter recorded minor fluctuations while the vent continued feeding the Kahauale`a 2 lava flow which remained active and burning forest to the northeast. Gas emissions remained elevated.",
            "Recent Observations at Kilauea summit: The summit tiltmeters recorded weak inflationary tilt and the lava-lake level continued rising to an estimated 35 m (115 ft) below the floor of Halema`uma`u by this morning. Gas emissions continued to be elevated: during the week of 01/01-01/07, the summit SO2 emission rate varied between 3,300 and 5,800 tonnes/day (see caveat below); however, no reliable emission rate measurements could be made over the past several weeks due to the absence of moderate trade-winds except for a few brief periods during which the emission rates were measured at values within the range of 1,000 to 6,000 t/d representing conditions of no spattering to spattering lake conditions. A small amount of ash-sized tephra (mostly fresh spatter bits and Pele's hair from the circulating lava lake) was carried out of the vent within the gas plume and deposited onto nearby surfaces.",
            "Seismic tremor levels were low with two dropouts. Thirty-one earthquakes were strong enough to be located beneath Kilauea Volcano in the past 24 hours: 4 within the Ka`oiki Pali area, 10 seismic events scattered beneath the summit caldera, 1 within the southwest rift zone, 1 well to the northeast of the summit caldera (area of Volcano Village), 6 within the upper east rift zone, 1 within the middle east rift zone (near Pu`u `O`o), and 8 on the south flank faults.",
        ],
        "quantities": [
            {"text": "two locations", "value": 2, "unit": "count", "kind": "count", "counted": "locations",
             "about": "eruption locations"},
            {"text": "a few more meters", "value": 3, "unit": "meter", "kind": "length",
             "about": "rise of the summit lava-lake level", "approx": True},
            {"text": "an estimated 35 m", "value": 35, "unit": "meter", "kind": "length",
             "about": "lava-lake level below the floor of Halemaumau", "approx": True},
            {"text": "115 ft", "value": 115, "unit": "foot", "kind": "length",
             "about": "lava-lake level below the floor of Halemaumau"},
            {"text": "between 3,300 and 5,800 tonnes/day", "value": 3300, "high": 5800,
             "unit": "metric_ton/day", "kind": "rate", "about": "summit SO2 emission rate"},
            {"text": "several weeks", "value": 3, "unit": "week", "kind": "duration",
             "about": "period without reliable emission measurements", "approx": True},
            {"text": "1,000 to 6,000 t/d", "value": 1000, "high": 6000, "unit": "metric_ton/day",
             "kind": "rate", "about": "emission rates measured in brief periods"},
            {"text": "two dropouts", "value": 2, "unit": "count", "kind": "count", "counted": "dropouts",
             "about": "seismic tremor dropouts"},
            {"text": "Thirty-one earthquakes", "value": 31, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes located beneath Kilauea"},
            {"text": "24 hours", "value": 24, "unit": "hour", "kind": "duration",
             "about": "period of the located earthquakes"},
            {"text": "4", "after": ": ", "value": 4, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes in the Kaoiki Pali area"},
            {"text": "10", "after": "area, ", "value": 10, "unit": "count", "kind": "count",
             "counted": "seismic events", "about": "seismic events beneath the summit caldera"},
            {"text": "1", "after": "caldera, ", "value": 1, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes within the southwest rift zone"},
            {"text": "1", "after": "rift zone, ", "value": 1, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes northeast of the summit caldera"},
            {"text": "6", "after": "Village), ", "value": 6, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes within the upper east rift zone"},
            {"text": "1", "after": "upper east rift zone, ", "value": 1, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes within the middle east rift zone"},
            {"text": "8", "after": "and ", "value": 8, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes on the south flank faults"},
        ],
    },
    {
        "id": "qt5-022",
        "source": "usfs:hfi-may-2003-fuels-treatment",
        "url": "https://www.fs.usda.gov/projects-policies/hfi/May-2003/hfi-fuels-treatment-graphs.shtml",
        "title": "Healthy Forests Initiative: Fuels Accomplishments (USDA Forest Service, May 2003)",
        "published": None,
        "truncated": True,
        "note": "USDA Forest Service. Removed: navigation, headers and logo texts, address and "
                "phone number, 'Evaluate Our Service' box, 'FirstGov' line, headings 'Healthy "
                "Forests Initiative' and 'Fuels Accomplishments', and the two chart descriptions "
                "(alt text of the graphs, whose figures are garbled: acres printed with '$'). "
                "Cut by the store inside the sentence 'By the end of FY 2003, even...', which is "
                "dropped. 'FY 2000' is a year.",
        "paragraphs": [
            "The long-term solution to catastrophic wildfires is to address their causes by reducing fuel hazards and returning our forests and rangelands to healthy conditions. Tree thinning and removal of dense underbrush can ensure thriving forests while reducing risks of catastrophic fires and the dangers they pose to firefighters.",
            "The Administration is meeting the challenge. Last year, the Administration set a record in the amount of fuels treatment work done. More than 2.25 million acres were treated. This is a million acres more than were treated in FY 2000.",
        ],
        "quantities": [
            {"text": "More than 2.25 million acres", "value": 2250000, "unit": "acre", "kind": "area",
             "about": "acres treated for fuels last year", "approx": True},
            {"text": "a million acres", "value": 1000000, "unit": "acre", "kind": "area",
             "about": "more acres treated than in FY 2000"},
        ],
    },
    {
        "id": "qt5-023",
        "source": "nasa:science-a-world-of-agreement",
        "url": "https://science.nasa.gov/resource/a-world-of-agreement/",
        "title": "A World of Agreement",
        "published": "2024-03-18",
        "truncated": False,
        "note": "NASA. Removed: headline, 'Credit: NASA', date line 'March 18, 2024' (used as "
                "published), language selector 'english'. A temperature difference keeps its "
                "scale id (fahrenheit, celsius). 'sixth warmest' is an ordinal; '1951-1980' are "
                "years.",
        "paragraphs": [
            "The latest NASA and NOAA temperature analyses show that 2021 temperatures tied with 2018 for the sixth warmest year on record, at 1.5 degrees Fahrenheit (0.85 degrees Celsius) above NASA’s 1951-1980 baseline average. Collectively, the past eight years are the warmest years since modern recordkeeping began in 1880.",
        ],
        "quantities": [
            {"text": "1.5 degrees Fahrenheit", "value": 1.5, "unit": "fahrenheit", "kind": "other",
             "about": "2021 global temperature above the 1951-1980 baseline"},
            {"text": "0.85 degrees Celsius", "value": 0.85, "unit": "celsius", "kind": "other",
             "about": "2021 global temperature above the 1951-1980 baseline"},
            {"text": "eight years", "value": 8, "unit": "year", "kind": "duration",
             "about": "warmest years since 1880"},
        ],
    },
    {
        "id": "qt5-024",
        "source": "nasa:climate-resources-253",
        "url": "https://climate.nasa.gov/climate_resources/253/a-world-of-agreement-temperatures-are-rising/",
        "title": "A World of Agreement: Temperatures are Rising",
        "published": None,
        "truncated": False,
        "note": "NASA. Whole caption text as stored. 'fourth warmest' is an ordinal; '1951 to "
                "1980' are years.",
        "paragraphs": [
            "The latest independent NASA and NOAA annual temperature announcements in February found that Earth's global surface temperatures in 2018 were the fourth warmest since 1880. According to NASA GISS, global temperatures in 2018 were 1.5 degrees Fahrenheit (0.83 degrees Celsius) warmer than the 1951 to 1980 mean. Globally, 2018 was cooler than the previous three years. Collectively, the past five years are the warmest years in the modern record.",
        ],
        "quantities": [
            {"text": "1.5 degrees Fahrenheit", "value": 1.5, "unit": "fahrenheit", "kind": "other",
             "about": "2018 global temperatures above the 1951 to 1980 mean"},
            {"text": "0.83 degrees Celsius", "value": 0.83, "unit": "celsius", "kind": "other",
             "about": "2018 global temperatures above the 1951 to 1980 mean"},
            {"text": "three years", "value": 3, "unit": "year", "kind": "duration",
             "about": "previous years warmer than 2018"},
            {"text": "five years", "value": 5, "unit": "year", "kind": "duration",
             "about": "warmest years in the modern record"},
        ],
    },
    {
        "id": "qt5-025",
        "source": "usgs:hvo-notice-7433",
        "url": "http://volcanoes.usgs.gov/activity/archive/current.php?noticeid=7433",
        "title": "USGS Volcano Hazards Program: Kilauea volcano update (notice 7433)",
        "published": None,
        "truncated": True,
        "note": "USGS Hawaiian Volcano Observatory. Removed: 'USGS Volcano Hazards Program Volcano Update', 'HVO update page and observatory web site'. "
                "Cut by the store inside the Background paragraph ('The vent has "
                "been...'), which is kept to its last complete sentence. June 2012 from the text. "
                "'~' is an approximate qualifier. 'from about 60 m to more than 150 m' is two "
                "quantities (each has its own qualifier). 'the past few months' is 3 months, "
                "approximate. Earthquake counts with a modifier before the noun stop at the "
                "number. 'June 13', 'June 19, 2012' are dates.",
        "paragraphs": [
            "Activity Summary for past 24 hours: Minor back-to-back DI events continued and the summit lava lake level rose a bit yesterday before resuming its longer=term drop. At Pu`u `O`o: the east lava pond, and two glowing spots were visible. To the southeast, lava flows were active at the top of the pali and on the coastal plain without much forward progress; there was no ocean entry. Seismic tremor levels were generally low; gas emissions were elevated.",
            "Past 24 hours at Kilauea summit: The summit tiltmeters recorded continued minor back-to-back DI tilt events (8 since June 13) superimposed on a weak deflationary trend. The lava lake level rose during yesterday's DI inflation, which was the largest since June 13 (1.4 microradians), and fell with deflation yesterday evening. The most recent (preliminary) sulfur dioxide emission rate measurement was 700 tonnes/day on June 19, 2012. In addition to gas, very small amounts of ash-sized tephra and Pele's hair were carried out of the vent in the gas plume and deposited on nearby surfaces.",
            "The GPS network recorded weak long-term extension for the past few months with superimposed contraction and extension fluctuations corresponding to large DI tilt events. Seismic tremor levels were low. Eighteen earthquakes were strong enough to be located beneath Kilauea volcano: 2 deep quakes immediately west and south of the summit caldera, 6 very deep quakes northeast of the summit caldera, 4 within the upper east rift zone (clustered beneath Koko`olau Crater again), 1 within the middle east rift zone (beneath Pu`u `O`o), and 5 on south flank faults.",
            "Background: The summit lava lake is deep within a ~160 m (520 ft) diameter cylindrical vent with nearly vertical sides inset within the east wall and floor of Halema`uma`u Crater. Its level fluctuates from about 60 m to more than 150 m (out of sight) below the floor of Halema`uma`u Crater.",
        ],
        "quantities": [
            {"text": "24 hours", "value": 24, "unit": "hour", "kind": "duration",
             "about": "period of the activity summary"},
            {"text": "two", "after": "pond, and ", "value": 2, "unit": "count", "kind": "count",
             "counted": "glowing spots", "about": "glowing spots at Puu Oo"},
            {"text": "24 hours", "value": 24, "unit": "hour", "kind": "duration",
             "about": "period of the summit observations"},
            {"text": "8", "after": "events (", "value": 8, "unit": "count", "kind": "count",
             "counted": "DI tilt events", "about": "DI tilt events since June 13"},
            {"text": "1.4 microradians", "value": 1.4, "unit": "microradian", "kind": "other",
             "about": "largest DI inflation since June 13"},
            {"text": "700 tonnes/day", "value": 700, "unit": "metric_ton/day", "kind": "rate",
             "about": "sulfur dioxide emission rate"},
            {"text": "few months", "value": 3, "unit": "month", "kind": "duration",
             "about": "period of weak long-term extension", "approx": True},
            {"text": "Eighteen earthquakes", "value": 18, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes located beneath Kilauea"},
            {"text": "2", "after": "volcano: ", "value": 2, "unit": "count", "kind": "count",
             "counted": "deep quakes", "about": "deep quakes west and south of the summit caldera"},
            {"text": "6", "after": "caldera, ", "value": 6, "unit": "count", "kind": "count",
             "counted": "very deep quakes", "about": "very deep quakes northeast of the summit caldera"},
            {"text": "4", "after": "caldera, ", "value": 4, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes within the upper east rift zone"},
            {"text": "1", "after": "again), ", "value": 1, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes within the middle east rift zone"},
            {"text": "5", "after": "and ", "value": 5, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes on south flank faults"},
            {"text": "~160 m", "value": 160, "unit": "meter", "kind": "length",
             "about": "diameter of the summit vent", "approx": True},
            {"text": "520 ft", "value": 520, "unit": "foot", "kind": "length",
             "about": "diameter of the summit vent"},
            {"text": "about 60 m", "value": 60, "unit": "meter", "kind": "length",
             "about": "shallowest lava lake level below the crater floor", "approx": True},
            {"text": "more than 150 m", "value": 150, "unit": "meter", "kind": "length",
             "about": "deepest lava lake level below the crater floor", "approx": True},
        ],
    },
    {
        "id": "qt5-026",
        "source": "usgs:hvo-notice-9497",
        "url": "http://volcanoes.usgs.gov/activity/archive/current.php?noticeid=9497",
        "title": "USGS Volcano Hazards Program: Kilauea volcano update (notice 9497)",
        "published": None,
        "truncated": True,
        "note": "USGS Hawaiian Volcano Observatory. Removed: 'USGS Volcano Hazards Program Volcano Update', 'HVO update page and observatory web site'. "
                "Cut by the store inside the Background paragraph ('The surface "
                "level...'), which is kept to its last complete sentence. 'a meter or two' is a "
                "range 1-2 meters, approximate; 'the past month' is 1 month (span 'month'). "
                "'cm/yr' and 'in/yr' are centimeter/year and inch/year (kind rate). 'March, "
                "2010' and 'March 19, 2008' are dates.",
        "paragraphs": [
            "Activity Summary: Eruption at two locations continued with little change. The summit tiltmeter network recorded fairly stable conditions, and the lava-lake level remained steady. At the middle east rift zone, the Pu`u `O`o vent continued to feed the Kahauale`a 2 lava flow, which was active as small scattered breakouts burning forest to the northeast. Gas emissions remained elevated.",
            "Recent Observations at Kilauea summit: The summit tiltmeters recorded weak inflationary tilt. The lava-lake level fluctuated within a range of a meter or two but stayed at about 48 m (157 ft) below the floor of Halema`uma`u. Gas emissions continued to be elevated. Although not measured this morning, a small amount of ash-sized tephra (mostly fresh spatter bits and Pele's hair from the spattering sinks) was very likely carried out of the vent with the gas and deposited onto nearby surfaces.",
            "Seismic tremor levels were low and variable with a brief dropout yesterday evening. Thirteen earthquakes were strong enough to be located beneath Kilauea Volcano in the past 24 hours: 6 in the summit area and 7 on south flank faults. GPS receivers spanning the summit caldera recorded line length changes that mimicked the short-term trends in tilt (mostly DI tilt events) over the past month; the long-term, cross-caldera measurements indicate continued extension at a rate averaging 10 cm/yr (4 in/yr) since March, 2010.",
            "Background: The summit lava lake is within a nearly-cylindrical vent cavity with a diameter of ~160 m (520 ft) and nearly vertical sides inset within the east wall and floor of Halema`uma`u Crater. Its level has varied from about 25 m to more than 200 m (out of sight) below the floor of Halema`uma`u Crater. The vent has been mostly active since opening with a small explosive event on March 19, 2008.",
        ],
        "quantities": [
            {"text": "two locations", "value": 2, "unit": "count", "kind": "count", "counted": "locations",
             "about": "eruption locations"},
            {"text": "a meter or two", "value": 1, "high": 2, "unit": "meter", "kind": "length",
             "about": "range of lava-lake level fluctuation", "approx": True},
            {"text": "about 48 m", "value": 48, "unit": "meter", "kind": "length",
             "about": "lava-lake level below the floor of Halemaumau", "approx": True},
            {"text": "157 ft", "value": 157, "unit": "foot", "kind": "length",
             "about": "lava-lake level below the floor of Halemaumau"},
            {"text": "Thirteen earthquakes", "value": 13, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes located beneath Kilauea"},
            {"text": "24 hours", "value": 24, "unit": "hour", "kind": "duration",
             "about": "period of the located earthquakes"},
            {"text": "6", "after": ": ", "value": 6, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes in the summit area"},
            {"text": "7", "after": "and ", "value": 7, "unit": "count", "kind": "count",
             "counted": "earthquakes", "about": "earthquakes on south flank faults"},
            {"text": "month", "after": "over the past ", "value": 1, "unit": "month", "kind": "duration",
             "about": "period of short-term tilt trends"},
            {"text": "10 cm/yr", "value": 10, "unit": "centimeter/year", "kind": "rate",
             "about": "cross-caldera extension rate"},
            {"text": "4 in/yr", "value": 4, "unit": "inch/year", "kind": "rate",
             "about": "cross-caldera extension rate"},
            {"text": "~160 m", "value": 160, "unit": "meter", "kind": "length",
             "about": "diameter of the vent cavity", "approx": True},
            {"text": "520 ft", "value": 520, "unit": "foot", "kind": "length",
             "about": "diameter of the vent cavity"},
            {"text": "about 25 m", "value": 25, "unit": "meter", "kind": "length",
             "about": "shallowest lava lake level below the crater floor", "approx": True},
            {"text": "more than 200 m", "value": 200, "unit": "meter", "kind": "length",
             "about": "deepest lava lake level below the crater floor", "approx": True},
        ],
    },
    {
        "id": "qt5-027",
        "source": "usgs:hvo-notice-9014",
        "url": "http://volcanoes.usgs.gov/activity/archive/current.php?noticeid=9014",
        "title": "USGS Volcano Hazards Program: Kilauea volcano update (notice 9014)",
        "published": None,
        "truncated": True,
        "note": "USGS Hawaiian Volcano Observatory. Removed: 'USGS Volcano Hazards Program Volcano Update', 'HVO update page and observatory web site'. "
                "Cut by the store inside the earthquake sentence, which is dropped. "
                "August 2013 from the text. '11:30 am', '11 pm', '4 am' are times of day; "
                "'August 16, 2013' is a date. 't/d' is metric_ton/day.",
        "paragraphs": [
            "Activity Summary: Eruption continues with no significant changes. Summit instruments recorded a minor DI event and the lava lake dropped and rose with it. At the middle east rift zone, the Kahauale`a 2 lava flow displayed multiple vigorous breakouts burning small patches of forest north of Pu`u `O`o. Southeast of Pu`u `O`o, scattered active breakouts were seen on the coastal plain while a small amount of lava continued through the main tube until reaching the ocean and producing a weaker plume on the east side of the Hawai`i Volcanoes National Park boundary. Gas emissions remained elevated.",
            "Recent Observations at Kilauea summit: Summit tiltmeters recorded a small DI event with deflationary tilt starting at 11:30 am and inflationary tilt taking over at 11 pm yesterday; the UWE tiltmeter started recording an instrumental glitches at about 4 am yesterday, along with the minor DI event, that can't be separated and should be disregarded. The circulating lava lake fluctuated and dropped and rose with the minor DI event recorded by the tiltmeter network and was back to about 36 m (118 ft) below the Halema`uma`u Crater floor. The most recent sulfur dioxide emission rate measurement was 450 t/d on August 16, 2013 - a lower value representing a period in which spattering activity and gas release from the lava lake were reduced; however, this value is a minimum because the data were acquired close to the vent where the plume is most dense and challenging to fully characterize. Although not measured this morning, a very small amount of ash-sized tephra (mostly fresh spatter bits and Pele's hair) was probably carried out of the vent by the plume and deposited onto nearby surfaces.",
            "Seismic tremor levels remained slightly elevated since early August.",
        ],
        "quantities": [
            {"text": "about 36 m", "value": 36, "unit": "meter", "kind": "length",
             "about": "lava lake level below the crater floor", "approx": True},
            {"text": "118 ft", "value": 118, "unit": "foot", "kind": "length",
             "about": "lava lake level below the crater floor"},
            {"text": "450 t/d", "value": 450, "unit": "metric_ton/day", "kind": "rate",
             "about": "sulfur dioxide emission rate"},
        ],
    },
    {
        "id": "qt5-028",
        "source": "usgs:volcano-status-2015-02-27",
        "url": "http://volcanoes.usgs.gov/activity/status.php/",
        "title": "USGS current volcano status: Shishaldin (Alaska Volcano Observatory), 27 February 2015",
        "published": "2015-02-27",
        "truncated": True,
        "note": "USGS Volcano Hazards Program (Alaska Volcano Observatory report). Removed: the "
                "'Current Alerts for U.S. Volcanoes' list (12 dated alert lines), the report "
                "time line 'Friday, February 27, 2015 2:03 PM PST (...22:03 UTC)' (used as "
                "published). Cut by the store at the next volcano's coordinate line, which is "
                "dropped. The coordinates on the kept header line are not quantities; the summit "
                "elevation is. '200-m-wide' is a compound adjective (span '200-m'). 'over 24' "
                "stops at the number (modifier 'confirmed' between). 'Feb. 25', '1775', "
                "'April-May 1999' are dates.",
        "paragraphs": [
            "54°45'19\" N 163°58'16\" W, Summit Elevation 9373 ft (2857 m)",
            "Current Volcano Alert Level: WATCH",
            "Current Aviation Color Code: ORANGE",
            "Elevated surface temperatures were detected in satellite data from Shishaldin throughout the week. A low-level plume was was observed from the volcano in web camera images on Feb. 25. Seismicity remains above background levels. On Feb. 26, AVO received an observation from a mariner in the area reporting a low-level plume extending from the volcano summit to the north. In addition, the observer reported seeing an orange glow from the summit. Low-level eruptive activity confined to the summit crater of the volcano likely continues.",
            "Shishaldin volcano, located near the center of Unimak Island in the eastern Aleutian Islands, is a spectacular symmetric cone with a base diameter of approximately 16 km (10 mi). A 200-m-wide (660 ft) funnel-shaped summit crater typically emits a steam plume and occasional small amounts of ash. Shishaldin is one of the most active volcanoes in the Aleutian volcanic arc, with at least 54 episodes of unrest including over 24 confirmed eruptions since 1775. Most eruptions are relatively small, although the April-May 1999 event generated an ash column that reached 45,000 ft above sea level.",
        ],
        "quantities": [
            {"text": "9373 ft", "value": 9373, "unit": "foot", "kind": "length",
             "about": "summit elevation of Shishaldin"},
            {"text": "2857 m", "value": 2857, "unit": "meter", "kind": "length",
             "about": "summit elevation of Shishaldin"},
            {"text": "approximately 16 km", "value": 16, "unit": "kilometer", "kind": "length",
             "about": "base diameter of Shishaldin", "approx": True},
            {"text": "10 mi", "value": 10, "unit": "mile", "kind": "length",
             "about": "base diameter of Shishaldin"},
            {"text": "200-m", "value": 200, "unit": "meter", "kind": "length",
             "about": "width of the summit crater"},
            {"text": "660 ft", "value": 660, "unit": "foot", "kind": "length",
             "about": "width of the summit crater"},
            {"text": "at least 54 episodes", "value": 54, "unit": "count", "kind": "count",
             "counted": "episodes", "about": "episodes of unrest at Shishaldin", "approx": True},
            {"text": "over 24", "value": 24, "unit": "count", "kind": "count",
             "counted": "confirmed eruptions", "about": "confirmed eruptions since 1775", "approx": True},
            {"text": "45,000 ft", "value": 45000, "unit": "foot", "kind": "length",
             "about": "height of the 1999 ash column above sea level"},
        ],
    },
    {
        "id": "qt5-029",
        "source": "nws:safety-winter-snow",
        "url": "https://weather.gov/safety/winter-snow",
        "title": "Winter safety: heavy snow (NWS)",
        "published": None,
        "truncated": False,
        "note": "Removed: 'National Weather Service United States Department of Commerce', bullet "
                "marks, trailing 'Snow Links'. Postfix 'or more' is inside the span and makes the "
                "quantity approximate. 'a million tons' is 1e6 metric_ton (plain tons).",
        "paragraphs": [
            "Heavy snow can immobilize a region and paralyze a city, stranding commuters, closing airports, stopping the flow of supplies, and disrupting emergency and medical services. The weight of snow can cause roofs to collapse and knock down trees and power lines. Homes and farms may be isolated for days and unprotected livestock may be lost. In the mountains, heavy snow can lead to avalanches. The cost of snow removal, repairing damages, and the loss of business can have severe economic impacts on cities and towns. See weather.gov for the latest forecast.",
            "Blizzard: Sustained winds or frequent gusts of 35 mph or more with snow and blowing snow frequently reducing visibility to less than a quarter mile for 3 hours or more.",
            "Blowing Snow: Wind-driven snow that reduces visibility. Blowing snow may be falling snow and/or snow on the ground picked up by the wind.",
            "Snow Squalls: Brief, intense snow showers accompanied by strong, gusty winds. Accumulation may be significant.",
            "Snow Showers: Snow falling at varying intensities for brief periods of time. Some accumulation is possible.",
            "Flurries: Light snow falling for short durations with little or no accumulation.",
            "Avalanche: A mass of tumbling snow. More than 80 percent of midwinter avalanches are triggered by a rapid accumulation of snow and 90 percent of those avalanches occur within 24 hours of snowfall. An avalanche may reach a mass of a million tons and travel at speeds up to 200 mph.",
        ],
        "quantities": [
            {"text": "35 mph or more", "value": 35, "unit": "mile/hour", "kind": "rate",
             "about": "blizzard sustained winds or gusts", "approx": True},
            {"text": "less than a quarter mile", "value": 0.25, "unit": "mile", "kind": "length",
             "about": "blizzard visibility", "approx": True},
            {"text": "3 hours or more", "value": 3, "unit": "hour", "kind": "duration",
             "about": "duration of blizzard conditions", "approx": True},
            {"text": "More than 80 percent", "value": 80, "unit": "percent", "kind": "percent",
             "about": "midwinter avalanches triggered by rapid snow accumulation", "approx": True},
            {"text": "90 percent", "value": 90, "unit": "percent", "kind": "percent",
             "about": "avalanches occurring within 24 hours of snowfall"},
            {"text": "24 hours", "value": 24, "unit": "hour", "kind": "duration",
             "about": "time after snowfall"},
            {"text": "a million tons", "value": 1000000, "unit": "metric_ton", "kind": "mass",
             "about": "mass of an avalanche"},
            {"text": "up to 200 mph", "value": 200, "unit": "mile/hour", "kind": "rate",
             "about": "speed of an avalanche", "approx": True},
        ],
    },
    {
        "id": "qt5-030",
        "source": "eia:steo-2018-06-us-oil",
        "url": "https://www.eia.gov/outlooks/steo/report/us_oil.php",
        "title": "Short-Term Energy Outlook, June 2018: U.S. Liquid Fuels",
        "published": "2018-06-12",
        "truncated": True,
        "note": "US Energy Information Administration. Removed: EIA logo line, '‹ Analysis & "
                "Projections', 'Short-Term Energy Outlook', the release line ('Release Date: June "
                "12, 2018 | Next Release Date: July 10, 2018 | Full Report | Text Only | All "
                "Tables | All Figures'; date used as published), heading 'U.S. Liquid Fuels', "
                "bullet marks. Cut by the store inside the sentence 'Monthly average gasoline "
                "prices are expected to reach a summer peak...', which is dropped. 'b/d' is "
                "barrel/day; '$5/b', '$71/b' are USD/barrel; '$2.87/gallon', '$2.41/gal' are "
                "USD/gallon (all kind rate). '$52/b to $81/b' is a range. 'five-day' is a compound "
                "adjective (5 days). Years, months and 'since 1959' are dates.",
        "paragraphs": [
            "EIA estimates that U.S. crude oil production averaged 10.7 million barrels per day (b/d) in May, up 80,000 b/d from the April level. EIA projects that U.S. crude oil production will average 10.8 million b/d in 2018, up from 9.4 million b/d in 2017, and will average 11.8 million b/d in 2019.",
            "EIA forecasts that total U.S. crude oil and petroleum product net imports will fall from an annual average of 3.7 million b/d in 2017 to an average of 2.5 million b/d in 2018 and to 1.6 million b/d in 2019, which would be the lowest level of net oil imports since 1959.",
            "Brent crude oil spot prices averaged $77 per barrel (b) in May, an increase of $5/b from the April level and the highest monthly average price since November 2014. EIA forecasts Brent spot prices will average $71/b in 2018 and $68/b in 2019. The 2019 forecast price is $2/b higher than in the May STEO. EIA expects West Texas Intermediate (WTI) crude oil prices will average almost $7/b lower than Brent prices in 2018 and $6/b lower than Brent prices in 2019. NYMEX WTI futures and options contract values for September 2018 delivery traded during the five-day period ending June 7, 2018, suggest a range of $52/b to $81/b encompasses the market expectation for September WTI prices at the 95% confidence level.",
            "For the 2018 April–September summer driving season, EIA forecasts U.S. regular gasoline retail prices to average $2.87/gallon (gal), up from an average of $2.41/gal last summer. The higher forecast gasoline prices are primarily the result of higher forecast crude oil prices.",
        ],
        "quantities": [
            {"text": "10.7 million barrels per day", "value": 10700000, "unit": "barrel/day", "kind": "rate",
             "about": "U.S. crude oil production in May"},
            {"text": "80,000 b/d", "value": 80000, "unit": "barrel/day", "kind": "rate",
             "about": "rise in crude oil production from April"},
            {"text": "10.8 million b/d", "value": 10800000, "unit": "barrel/day", "kind": "rate",
             "about": "projected U.S. crude oil production in 2018"},
            {"text": "9.4 million b/d", "value": 9400000, "unit": "barrel/day", "kind": "rate",
             "about": "U.S. crude oil production in 2017"},
            {"text": "11.8 million b/d", "value": 11800000, "unit": "barrel/day", "kind": "rate",
             "about": "projected U.S. crude oil production in 2019"},
            {"text": "3.7 million b/d", "value": 3700000, "unit": "barrel/day", "kind": "rate",
             "about": "net imports of crude oil and petroleum products in 2017"},
            {"text": "2.5 million b/d", "value": 2500000, "unit": "barrel/day", "kind": "rate",
             "about": "forecast net imports in 2018"},
            {"text": "1.6 million b/d", "value": 1600000, "unit": "barrel/day", "kind": "rate",
             "about": "forecast net imports in 2019"},
            {"text": "$77 per barrel", "value": 77, "unit": "USD/barrel", "kind": "rate",
             "about": "Brent crude oil spot price in May"},
            {"text": "$5/b", "value": 5, "unit": "USD/barrel", "kind": "rate",
             "about": "increase of the Brent price from April"},
            {"text": "$71/b", "value": 71, "unit": "USD/barrel", "kind": "rate",
             "about": "forecast Brent spot price in 2018"},
            {"text": "$68/b", "value": 68, "unit": "USD/barrel", "kind": "rate",
             "about": "forecast Brent spot price in 2019"},
            {"text": "$2/b", "value": 2, "unit": "USD/barrel", "kind": "rate",
             "about": "rise of the 2019 forecast price since the May STEO"},
            {"text": "almost $7/b", "value": 7, "unit": "USD/barrel", "kind": "rate",
             "about": "WTI discount to Brent in 2018", "approx": True},
            {"text": "$6/b", "value": 6, "unit": "USD/barrel", "kind": "rate",
             "about": "WTI discount to Brent in 2019"},
            {"text": "five-day", "value": 5, "unit": "day", "kind": "duration",
             "about": "trading period ending June 7, 2018"},
            {"text": "$52/b to $81/b", "value": 52, "high": 81, "unit": "USD/barrel", "kind": "rate",
             "about": "market expectation for September WTI prices"},
            {"text": "95%", "value": 95, "unit": "percent", "kind": "percent",
             "about": "confidence level"},
            {"text": "$2.87/gallon", "value": 2.87, "unit": "USD/gallon", "kind": "rate",
             "about": "forecast summer regular gasoline retail price"},
            {"text": "$2.41/gal", "value": 2.41, "unit": "USD/gallon", "kind": "rate",
             "about": "regular gasoline retail price last summer"},
        ],
    },
]

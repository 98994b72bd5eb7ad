# ruff: noqa: E501  (verbatim paragraphs and one-line records are data)
"""Readable source of the sealed quantities test set ``test8.jsonl`` (annotated by helper sqy8).

Each document: its metadata, its verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. ``Q`` writes one record; ``after`` anchors a span that occurs
earlier in the text too. Build and check: ``python data/gold/check_quantities_test8.py build``.
Sealed: scored only by the lead (see README-test8.md); do not read for development.
"""

from __future__ import annotations

from typing import Any


def Q(text: str, value: float, unit: str, kind: str, about: str, *, approx: bool = False,
      counted: str | None = None, high: float | None = None,
      after: str | None = None) -> dict[str, Any]:
    """Return one annotation record (the builder fills offsets and normalized fields)."""
    rec: dict[str, Any] = {"text": text, "value": value, "unit": unit, "kind": kind,
                           "about": about, "approx": approx}
    if counted:
        rec["counted"] = counted
    if high is not None:
        rec["high"] = high
    if after:
        rec["after"] = after
    return rec


DOCS: list[dict[str, Any]] = []

# --- 1. VOA: Typhoon Vongfong (cut by the store) -------------------------------------------------
DOCS.append({
    "id": "qt8-01", "source": "voa:voanews.com",
    "url": "https://www.voanews.com/east-asia-pacific/typhoon-vongfong-kills-least-one-damages-homes-philippines",
    "title": "Typhoon Vongfong Kills at Least One, Damages Homes in Philippines",
    "published": "2020-05-15", "truncated": True,
    "note": "Removed: date line and section label 'East Asia Pacific', headline (moved to title), "
            "byline 'By VOA News' and time line, two photo captions. Cut by the store inside "
            "the 7th paragraph; kept to the last complete sentence. 'one villager' (a villager) "
            "is read as an indefinite article and not annotated; 'hundreds' of homes = 200, "
            "approximate.",
    "paragraphs": [
        "Officials in the Philippines say strong winds and rain from Typhoon Vongfong killed at least one person and damaged hundreds of homes and coronavirus isolation facilities when the storm made landfall in the southeastern part of the nation.",
        "Gov. Ben Evardone of Eastern Samar province, where the typhoon slammed ashore, told the Associated Press distraught residents wept after their houses were destroyed or blown away in the towns he inspected. The governor said one villager who lost his home slashed his wrist but was treated in time.",
        "Evardone said a man bled to death after he was hit by glass shards in a school building, where he was trying to take shelter.",
        "In the outlying region of Bicol, northwest of Eastern Samar, more than 145,000 people were riding out the weakening typhoon in emergency shelters on Friday after a mass evacuation that was complicated and slowed by the coronavirus.",
        "Forecasters with the Joint Typhoon Warning Center in Hawaii say Vongfong weakened into a severe tropical storm after hitting land and was blowing northwest toward the populous main northern island of Luzon.",
        "Its maximum sustained wind speed dropped to 110 kilometers per hour with gusts of 150 kilometers per hour but it remained dangerous, especially in coastal and low-lying villages, forecasters said. Vongfong was expected to blow out of the country's north on Sunday.",
    ],
    "quantities": [
        Q("at least one person", 1, "person", "count", "people killed by Typhoon Vongfong", approx=True),
        Q("hundreds", 200, "count", "count", "homes damaged", approx=True, counted="homes"),
        Q("more than 145,000 people", 145000, "person", "count", "people riding out the typhoon in emergency shelters", approx=True),
        Q("110 kilometers per hour", 110, "kilometer/hour", "rate", "maximum sustained wind speed"),
        Q("150 kilometers per hour", 150, "kilometer/hour", "rate", "gusts"),
    ],
})

# --- 2. VOA: Typhoon Soulik, print view (cut) -----------------------------------------------------
DOCS.append({
    "id": "qt8-02", "source": "voa:voanews.com",
    "url": "http://www.voanews.com/articleprintview/1700995.html",
    "title": "Typhoon Hits Taiwan, Thousands Evacuate",
    "published": "2013-07-12", "truncated": True,
    "note": "Print view. Removed: 'Print options', date line (moved to published), headline (moved "
            "to title), byline 'by VOA News'. The stored text stops after '200 people dead or "
            "missing' without a final period (cut or unfinished), so that sentence is left out. "
            "Double spaces after periods are verbatim. 'Thousands' (of people) = 2000, approximate.",
    "paragraphs": [
        "Thousands of people were evacuated in Taiwan as a powerful typhoon made landfall on the northern part of the island.",
        "Taiwan's Central Weather Bureau said Typhoon Soulik hit the northeast coast early Saturday morning.",
        "Businesses and schools were closed and residents were advised to stay indoors.  Taiwan's China Airlines and Hong Kong-based Cathay Pacific Airways have warned of significant flight cancellations.",
        "Later Saturday, the typhoon is expected to cross the narrow Taiwan Strait and hit the Chinese provinces of Fujian and Zhejiang.",
    ],
    "quantities": [
        Q("Thousands", 2000, "person", "count", "people evacuated in Taiwan", approx=True),
    ],
})

# --- 3. VOA: Greenland sea level (video page lead, whole) ----------------------------------------
DOCS.append({
    "id": "qt8-03", "source": "voa:voanews.com",
    "url": "https://www.voanews.com/a/contributor-to-greenland-sea-level-rise/2598211.html",
    "title": "Scientists Uncover ‘Contributor’ to Greenland Sea Level Rise",
    "published": None, "truncated": False,
    "note": "Video page; the stored text is the headline (moved to title) and this lead. 'about the "
            "size of Saudi Arabia' is a comparison without a number, not annotated.",
    "paragraphs": [
        "Greenland is a big island -- about the size of Saudi Arabia -- covered by ice and snow. But climate experts agree that frozen ground cover is melting at an accelerating pace, raising the sea level. If it were to melt completely, global sea levels would rise more than seven meters. As VOA’s Rosanne Skirble reports, a new study examines how Greenland's vast network of little-understood rivers and streams is carrying water seaward.",
    ],
    "quantities": [
        Q("more than seven meters", 7, "meter", "length", "global sea level rise if Greenland's ice melted", approx=True),
    ],
})

# --- 4. NWS Twin Cities weather stories (whole) ---------------------------------------------------
DOCS.append({
    "id": "qt8-04", "source": "usgov:weather.gov",
    "url": "https://weather.gov/mpx/weatherstory",
    "title": "NWS Twin Cities/Chanhassen weather stories",
    "published": None, "truncated": False,
    "note": "Removed: agency header 'National Weather Service United States Department of Commerce' "
            "and the site-wide national banner (headline, paragraph, 'Read More >'). Title written "
            "as a description. The page names no temperature scale and the readings are not above "
            "60, so by GUIDELINE.md (round 2) the wind chills get unit 'degree' (kind other), "
            "although a US NWS office reports Fahrenheit; '40 to 50 below zero' is one range -50 "
            "to -40, approximate ('as cold as'). 'the next week' "
            "is a duration (1 week), as test7 annotated 'the past week'; 'next week' (going into "
            "next week) anchors a time and is not annotated.",
    "paragraphs": [
        "The coldest air we have experienced in at least a few years will arrive tonight, with chills as cold as 40 to 50 below zero early Friday morning.",
        "The coldest air of the year arrives tonight and lasts through Saturday, with slow and gradual improvement starting Sunday.",
        "The coldest air and wind chills of the year arrives later today.",
        "We end this week with the coldest air we've seen since 2019. It warms up going into next week, but temperatures will still be well below normal. It will be cold and dry over the next week, with mainly dry weather expected to persist.",
    ],
    "quantities": [
        Q("as cold as 40 to 50 below zero", -50, "degree", "other", "wind chills early Friday morning", approx=True, high=-40),
        Q("the next week", 1, "week", "duration", "cold and dry period"),
    ],
})

# --- 5. NWS Milwaukee/Sullivan weather stories (whole) --------------------------------------------
DOCS.append({
    "id": "qt8-05", "source": "usgov:weather.gov",
    "url": "https://weather.gov/mkx/weatherstory",
    "title": "NWS Milwaukee/Sullivan weather stories",
    "published": None, "truncated": False,
    "note": "Removed: agency header and the site-wide national banner (headline, paragraph, 'Read "
            "More >'). Title written as a description. The page names no temperature scale and "
            "the readings are not above 60, so by GUIDELINE.md the wind chills get unit 'degree' "
            "(kind other); "
            "'-30 to -40' is one range -40 to -30. Clock times are not quantities.",
    "paragraphs": [
        "An Extreme Cold Warning is in effect from 12 am tonight until 1 pm Friday for wind chills of -30 to -40.",
        "An Extreme Cold Watch is in effect from 1 pm Friday until 12 pm Saturday. Wind chills of -20 to -30 are expected during this period.",
    ],
    "quantities": [
        Q("-30 to -40", -40, "degree", "other", "wind chills of the Extreme Cold Warning", high=-30),
        Q("-20 to -30", -30, "degree", "other", "wind chills of the Extreme Cold Watch", high=-20),
    ],
})

# --- 6. NWS Huntsville storm survey page (cut) ----------------------------------------------------
DOCS.append({
    "id": "qt8-06", "source": "usgov:weather.gov",
    "url": "https://www.weather.gov/hun/hunsur_2013-04-19_surveysb",
    "title": "NWS Huntsville: April 18-19, 2013 storm surveys",
    "published": None, "truncated": True,
    "note": "Removed: site-wide banner paragraph with 'Read More >', table-border residue ('|', "
            "'||||', image placeholders), the link line 'Additional Information About Storm Reports "
            "Received Can Be Viewed Here.', the heading 'Tornado Surveys Completed' and the image "
            "caption 'White circle in images above indicates approximate location of the "
            "tornado.'. Title written from the URL. The stored text ends in table residue, so the "
            "page is marked cut. '2 to 4 hour' is a compound-adjective range of hours.",
    "paragraphs": [
        "One to two inches of rainfall also fell as the strong to severe storms rolled from west to east across northern Alabama and Southern Middle Tennessee. Below is an image of rainfall totals from 7 am on Thursday (April 18th) through 7 am Friday (April 19th). Most of the heavier rainfall fell in a short 2 to 4 hour period.",
    ],
    "quantities": [
        Q("One to two inches", 1, "inch", "length", "rainfall across northern Alabama and Southern Middle Tennessee", high=2),
        Q("2 to 4 hour", 2, "hour", "duration", "period of the heavier rainfall", high=4),
    ],
})

# --- 7. Army: Operation Long-haul convoy (cut) -----------------------------------------------------
DOCS.append({
    "id": "qt8-07", "source": "usgov:army.mil",
    "url": "https://www.army.mil/article/126061/long_haul_convoy_saves_dollars_trains_troops",
    "title": "Long-haul convoy saves dollars, trains troops",
    "published": "2014-05-15", "truncated": True,
    "note": "Removed: byline/date box 'By Sgt. Joe Dees, 214th Fires BrigadeMay 15, 2014', three "
            "photo captions with 'Show Caption + Hide Caption', photo credits and 'VIEW ORIGINAL'. "
            "Cut by the store in the 4th paragraph; kept to the last complete sentence. Unit "
            "names and ordinals (214th, 11th, 168th, 4th, 88Ms) and the date range 'May 6-9' are "
            "not quantities.",
    "paragraphs": [
        "FORT SILL, Okla. (May 15, 2014) -- In a time of financial uncertainty for the military the \"Make it Happen\" Battalion, leaders and planners worked to do their part in saving resources and integrating training into operations.",
        "Over the course of four days, May 6-9, 35 Soldiers from 214th Fires Brigade drove a 15-vehicle convoy 1,800 miles round trip from Fort Sill to Fort Carson, Colo., in the 11th installment of the 168th Brigade Support Battalion's \"Operation Long-haul.\" The convoy's mission delivered excess vehicles and equipment to units from across the 4th Infantry Division.",
        "\"To move this amount of equipment this distance, using a convoy is more cost effective than using rail services, not to mention that this is a wonderful training opportunity for our 88Ms (truck drivers), supply personnel, fuelers and recovery personnel,\" explained Capt. Sharia Rodriquez, 168th BSB convoy commander and deputy support operations officer.",
    ],
    "quantities": [
        Q("four days", 4, "day", "duration", "length of the convoy operation"),
        Q("35 Soldiers", 35, "person", "count", "soldiers who drove the convoy"),
        Q("15-vehicle", 15, "count", "count", "vehicles in the convoy", counted="vehicles"),
        Q("1,800 miles", 1800, "mile", "length", "round trip from Fort Sill to Fort Carson"),
    ],
})

# --- 8. Army: 25th Transportation Company returns (cut) -------------------------------------------
DOCS.append({
    "id": "qt8-08", "source": "usgov:army.mil",
    "url": "https://www.army.mil/article-amp/92053/25th_trans_back_after_a_whole_lot_of_haulin_runs",
    "title": "25th Trans back after a whole lot of haulin' runs",
    "published": None, "truncated": True,
    "note": "Removed: four photo captions (each cut with '...'). Title written from the URL slug. "
            "Cut by the store in the 6th paragraph; kept to the last complete sentence. 'yearlong' "
            "has no number and is not annotated; 'a year' (After a year) is a duration of 1 year; "
            "'a half-million miles' = 500,000 miles. '524 Combat Service Support Battalion' and the "
            "ordinals are unit names.",
    "paragraphs": [
        "WHEELER ARMY AIRFIELD, Hawaii -- It was past midnight at Wheeler Gulch as Soldiers from the 25th Transportation Company, 524 Combat Service Support Battalion, 45th Sustainment Brigade, 8th TSC, redeployed from Afghanistan after a yearlong deployment, Oct. 12.",
        "The 170 Soldiers conducted more than 200 convoy missions to more than 20 different forward operating bases in Regional Command-South.",
        "After a year, and a half-million miles of nonstop convoy operations on some of Afghanistan's toughest roads, 1st Lt. Jacob Rebo, executive officer, said a little sleep deprivation on the final convoy home didn't phase him. If anything, he said, there was no other way to come in than in the middle of the night like they had done on countless missions in Afghanistan.",
        "\"Our motto is always forward,\" said Rebo. \"It's what we embodied with our unit; it's what sets us haulers apart.\"",
        "The 25th Trans. faced a constant mission, with ever-present challenges.",
    ],
    "quantities": [
        Q("170 Soldiers", 170, "person", "count", "soldiers of the 25th Transportation Company"),
        Q("more than 200 convoy missions", 200, "count", "count", "convoy missions conducted", approx=True, counted="convoy missions"),
        Q("more than 20", 20, "count", "count", "forward operating bases served", approx=True, counted="forward operating bases"),
        Q("a year", 1, "year", "duration", "deployment in Afghanistan"),
        Q("a half-million miles", 500000, "mile", "length", "nonstop convoy operations"),
    ],
})

# --- 9. USGS HVO Kilauea update (cut) ---------------------------------------------------------------
DOCS.append({
    "id": "qt8-09", "source": "usgov:volcanoes.usgs.gov",
    "url": "http://volcanoes.usgs.gov/activity/archive/current.php?noticeid=9606",
    "title": "USGS Volcano Hazards Program Volcano Update: Kilauea",
    "published": None, "truncated": True,
    "note": "Removed: page header 'USGS Volcano Hazards Program Volcano Update' (kept as title) and "
            "the link line 'HVO update page and observatory web site'. Cut by the store inside "
            "the 'Background:' paragraph, which is left out. Ranges: '55-56 m', '180-184 ft', "
            "'between 3,300 and 5,800 tonnes/day' (metric_ton/day). 'after about recording 1.5 cm' "
            "is verbatim (the 'about' belongs to the figure): span '1.5 cm', approximate. Dates "
            "'01/01-01/07', '01/08-01/21' and names 'Kahauale`a 2' are not quantities. The four "
            "counts after the colon are earthquakes by area.",
    "paragraphs": [
        "Activity Summary: In the past 24 hours, the eruption continued at two locations. The summit tiltmeter network recorded continuing weak DI deflationary tilt and the lava-lake level dropped a few more meters. At the middle east rift zone, the Pu`u `O`o vent continued to feed the Kahauale`a 2 lava flow which was burning forest to the northeast. Gas emissions remained elevated.",
        "Recent Observations at Kilauea summit: The summit tiltmeters continued to record weak DI deflationary tilt (almost 3.5 microradians over the past 3.5 days) and the lava-lake level dropped another few meters to an estimated 55-56 m (180-184 ft) below the floor of Halema`uma`u this morning. Gas emissions continued to be elevated: during the week of 01/01-01/07, the summit SO2 emission rate varied between 3,300 and 5,800 tonnes/day (see caveat below); however, no reliable emission rate measurements could be made during the period of 01/08-01/21 due to the absence of moderate trade-winds. A small amount of ash-sized tephra (mostly fresh spatter bits and Pele's hair from the circulating lava lake) was probably carried out of the vent within the gas plume and deposited onto nearby surfaces.",
        "Seismic tremor levels were low with a few dropouts. Eighteen earthquakes were strong enough to be located beneath Kilauea Volcano in the past 24 hours: 3 within the southwest rift zone, 7 on south flank faults, 6 scattered within the upper east rift zone, and 2 in the Ka`oiki Pali area. GPS receivers spanning the summit caldera recorded changes mimicking the recent tilt changes after about recording 1.5 cm of extension since early December, 2013; the long-term, cross-caldera measurements indicate continued extension at a rate averaging 10 cm/yr (4 in/yr) since March, 2010.",
    ],
    "quantities": [
        Q("the past 24 hours", 24, "hour", "duration", "period of the activity summary"),
        Q("two locations", 2, "count", "count", "locations of the eruption", counted="locations"),
        Q("almost 3.5 microradians", 3.5, "microradian", "other", "deflationary tilt at the summit", approx=True),
        Q("the past 3.5 days", 3.5, "day", "duration", "period of the deflationary tilt"),
        Q("an estimated 55-56 m", 55, "meter", "length", "lava-lake level below the floor of Halema`uma`u", approx=True, high=56),
        Q("180-184 ft", 180, "foot", "length", "lava-lake level below the floor of Halema`uma`u", high=184),
        Q("between 3,300 and 5,800 tonnes/day", 3300, "metric_ton/day", "rate", "summit SO2 emission rate", high=5800),
        Q("Eighteen earthquakes", 18, "count", "count", "earthquakes located beneath Kilauea Volcano", counted="earthquakes"),
        Q("the past 24 hours", 24, "hour", "duration", "period of the located earthquakes", after="beneath Kilauea Volcano in"),
        Q("3", 3, "count", "count", "earthquakes within the southwest rift zone", counted="earthquakes"),
        Q("7", 7, "count", "count", "earthquakes on south flank faults", counted="earthquakes"),
        Q("6", 6, "count", "count", "earthquakes within the upper east rift zone", counted="earthquakes"),
        Q("2", 2, "count", "count", "earthquakes in the Ka`oiki Pali area", counted="earthquakes"),
        Q("1.5 cm", 1.5, "centimeter", "length", "extension across the summit caldera", approx=True),
        Q("10 cm/yr", 10, "centimeter/year", "rate", "long-term extension rate across the caldera"),
        Q("4 in/yr", 4, "inch/year", "rate", "long-term extension rate across the caldera"),
    ],
})

# --- 10. NOAA climate.gov author index (cut) --------------------------------------------------------
DOCS.append({
    "id": "qt8-10", "source": "usgov:climate.gov",
    "url": "https://climate.gov/author/susan-osborne?page=2",
    "title": "NOAA Climate.gov: articles by Susan Osborne (page 2)",
    "published": None, "truncated": True,
    "note": "Index page of article leads, one paragraph each. Title written as a description. Cut "
            "by the store inside the last lead, which is left out; one lead ends without a final "
            "period (verbatim). Temperature differences in degrees Fahrenheit use 'fahrenheit' "
            "(kind other). Ordinals (fifth warmest, sixteenth, 36th, 330th, 328th) and years are "
            "not quantities; '16-month' is a compound-adjective duration.",
    "paragraphs": [
        "The average global temperature for October 2012 was the fifth warmest October since recordkeeping began in 1880.",
        "October 2012 ended the 16-month streak of above-average monthly temperatures for the contiguous United States, with an average temperature of 53.9° Fahrenheit, 0.3° Fahrenheit below the long-term average.",
        "According to the latest statistics from NOAA’s National Climatic Data Center, September 2012 marked the sixteenth consecutive month with above average temperatures for the Lower 48. Meanwhile, warm and dry conditions persisting in the Northwest have led to yet another month with above-average wildfire activity in the region.",
        "The average global temperature for August 2012 was more than 1° Fahrenheit above the 20th-century average, according to the latest monthly analysis from the National Climatic Data Center, making it the fourth-warmest August since record keeping began in 1880. August 2012 also marked the 36th consecutive August and 330th consecutive month with a global temperature above the 20th-century average.",
        "A scorching July contributed to the third hottest summer on record for the contiguous United States. Most of the U.S. was also drier than average. Rains from Isaac did little to relieve drought.",
        "The average global temperature for July 2012 was more than 1° Fahrenheit above the 20th-century average, making it the fourth warmest July since record keeping began in 1880",
        "July 2012 wasn’t just the hottest July on record, it was the hottest month ever recorded for the contiguous United States since records began in 1895.",
        "The average global temperature for June 2012 was the fourth highest for any June since record keeping began in 1880. Land-only surface temperatures were the highest on record for the month. June 2012 also marks the 36th consecutive June and 328th consecutive month with a global temperature above the twentieth-century average. The last June with below-average global temperatures was June 1976.",
    ],
    "quantities": [
        Q("16-month", 16, "month", "duration", "streak of above-average monthly temperatures"),
        Q("53.9° Fahrenheit", 53.9, "fahrenheit", "other", "average temperature of the contiguous United States in October 2012"),
        Q("0.3° Fahrenheit", 0.3, "fahrenheit", "other", "October 2012 temperature below the long-term average"),
        Q("more than 1° Fahrenheit", 1, "fahrenheit", "other", "August 2012 global temperature above the 20th-century average", approx=True),
        Q("more than 1° Fahrenheit", 1, "fahrenheit", "other", "July 2012 global temperature above the 20th-century average", approx=True, after="July 2012 was"),
    ],
})

# --- 11. USACE news listing, tag 'flood', page 8 (cut) ----------------------------------------------
DOCS.append({
    "id": "qt8-11", "source": "usgov:usace.army.mil",
    "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/3397/?Page=8",
    "title": "U.S. Army Corps of Engineers news, tag: flood (page 8)",
    "published": None, "truncated": True,
    "note": "Listing of news items (headline + lead). Removed: 'Results:', 'Tag: flood', 'Clear'. "
            "Title written as a description. The 3rd item's lead is a teaser cut by the site in "
            "mid-sentence and is left out (its headline is kept); the 4th item's lead is cut by "
            "the store and kept to its last complete sentence. Double spaces are verbatim. "
            "'within 3 feet' is approximate (an upper bound), as test7 treated 'Within 48 hours'. "
            "Clock times and dates are not quantities.",
    "paragraphs": [
        "Corps to close Outlet Park at Melvern Lake",
        "Melvern, Kan. —  Melvern Lake elevations have continued to rise this spring due to wet conditions across the Kansas and Missouri River basins.  Currently the Melvern Lake flood pool is 78 percent occupied leaving minimal space to store additional flood waters. Projected rainfall over the next 24 hours could be significant. Due to the lake level being within 3 feet of the uncontrolled spillway, Outlet Park is being closed at 10:00 p.m. CST on Saturday, May 25, 2019 to prevent elevated risk to life and safety. All occupants are asked to exit the area effective 3:00 p.m. Saturday, May 25, 2019.",
        "Corps of Engineers prepares to release water from Perry Lake",
        "PERRY, Kan.—  To ensure dam safety, the Kansas City District, U.S. Army Corps of Engineers may begin flood water release from Perry Lake in Kansas beginning Saturday, May 25, 2019 if forecasted heavy rains this weekend fill the reservoirs remaining storage capacity. If conditions force releases, Perry Lake will slowly begin ramping up water releases through the outlet works. Based on forecasted rains, it is expected releases could be in up to 20,000 cubic feet per second. If additional rain beyond forecast occurs, it could result in water passing through the spillway. The volume of any releases would be dependent on the inflows into the reservoir.",
        "Corps of Engineers recreation at Harry S. Truman Lake impacted by flooding",
        "High water levels expected in Kansas and Missouri throughout the holiday weekend",
        "KANSAS CITY, Mo. — The Kansas City District, U.S. Army Corps of Engineers continues to monitor reservoirs and rivers in Kansas and Missouri. Due to widespread heavy rainfall, water elevations across the Heartland are higher than normal.",
    ],
    "quantities": [
        Q("78 percent", 78, "percent", "percent", "share of the Melvern Lake flood pool occupied"),
        Q("the next 24 hours", 24, "hour", "duration", "period of the projected rainfall"),
        Q("within 3 feet", 3, "foot", "length", "lake level below the uncontrolled spillway", approx=True),
        Q("up to 20,000 cubic feet per second", 20000, "cubic_foot/second", "rate", "expected water releases from Perry Lake", approx=True),
    ],
})

# --- 12. USACE news listing, tag 'flood control', page 14 (cut) -------------------------------------
DOCS.append({
    "id": "qt8-12", "source": "usgov:usace.army.mil",
    "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/3463/?Page=14",
    "title": "U.S. Army Corps of Engineers news, tag: flood control (page 14)",
    "published": None, "truncated": True,
    "note": "Listing of news items (headline + lead). Removed: 'Results:', 'Tag: flood control', "
            "'Clear'. Title written as a description. The last lead is cut by the store and kept "
            "to its last complete sentence. Release numbers ('21-009', '21-008'), dates and clock "
            "times are not quantities; 'over the hour between midnight on Friday and 1 a.m.' "
            "names a time interval, not annotated. Reservoir levels '818.4 feet', '1037.7 feet' "
            "are elevations (foot, length).",
    "paragraphs": [
        "21-009 Mill Creek levees repaired after damage from 2020 Flood",
        "WALLA WALLA, Wash. – The U.S. Army Corps of Engineers’ Walla Walla District completed repairs to sections of the Mill Creek Levee System that were damaged during the February 2020 flooding.",
        "21-008 Dworshak Dam discharges to decrease to 13,800 cfs for second week of March",
        "AHSAHKA, Idaho – In order to meet flood control targets for March and April, Dworshak Dam will be decreasing releases starting Friday night, March 5, at midnight. This decrease will result in the river lowering less than 1 foot over the hour between midnight on Friday and 1 a.m. Saturday morning.",
        "2021 runoff forecast remains below average; Virtual spring public meeting set for April 6",
        "*** Updated to add links to schedule for virtual public meetings *** Reservoir inflows in the Missouri River basin above Sioux City, Iowa (upper Basin) were well-below average in February. The 2021 calendar year runoff forecast for the upper basin remains below average. “Very cold February temperatures in the upper Basin locked up tributaries in ice and reduced inflows to the System reservoirs,” said John Remus, chief of the U.S. Army Corps of Engineers’, Missouri River Basin Water Management Division. “Mountain snowpack continues to accumulate in the Rocky Mountains; however, plains snowpack is well-below seasonal averages and soil moisture continues to be much drier than normal.”",
        "Buckhorn and Carr Creek Dams are operating as designed, providing flood damage reduction",
        "The U.S. Army Corps of Engineers Buckhorn Reservoir, Buckhorn, Kentucky, is currently at 818.4 feet or 56 percent full as of Tuesday, March 2 at 12:00 p.m. While Carr Creek Reservoir, Sassafras, Kentucky, is currently at 1037.7 feet or 47 percent full.",
    ],
    "quantities": [
        Q("13,800 cfs", 13800, "cubic_foot/second", "rate", "Dworshak Dam discharges"),
        Q("less than 1 foot", 1, "foot", "length", "river lowering", approx=True),
        Q("818.4 feet", 818.4, "foot", "length", "Buckhorn Reservoir level"),
        Q("56 percent", 56, "percent", "percent", "Buckhorn Reservoir share full"),
        Q("1037.7 feet", 1037.7, "foot", "length", "Carr Creek Reservoir level"),
        Q("47 percent", 47, "percent", "percent", "Carr Creek Reservoir share full"),
    ],
})

# --- 13. USACE Northwestern Division news releases, page 2 (cut) ------------------------------------
DOCS.append({
    "id": "qt8-13", "source": "usgov:nwd.usace.army.mil",
    "url": "https://www.nwd.usace.army.mil/Media/News-Releases/Tag/3110/?Page=2",
    "title": "U.S. Army Corps of Engineers Northwestern Division news releases (page 2)",
    "published": None, "truncated": True,
    "note": "Listing of news releases (headline + lead). Removed: 'News Releases', 'Results:', 'Tag: "
            "US Army Corps of Engineers', 'Clear', and the first item's lead, which is only a "
            "run-together release header ('Release:ForImmediate Release:April 27, 2016Contact: ... "
            "Corps of'). The last item (headline and a lead cut by the store) is left out. Title "
            "written as a description. 'million acre feet' and 'MAF' are acre_foot (volume, "
            "normalized to liters as in test6). Percentages of average/normal are percent.",
    "paragraphs": [
        "Corps determines Kennewick Man is Native American",
        "MISSOURI BASIN RUNOFF WELL BELOW AVERAGE IN MARCH; SPRING PUBLIC MEETINGS TO BE HELD APRIL 12–14",
        "OMAHA, Neb. – Runoff in the Missouri River Basin above Sioux City, Iowa, was 1.8 million acre feet (MAF) during March, only 60 percent of average, according to the U.S. Army Corps of Engineers (Corps).",
        "Missouri Basin runoff near average; Corps sets fall public meeting dates",
        "The U.S. Army Corps of Engineers Missouri River Basin Water Management Division reports runoff in the Missouri River Basin above Sioux City, Iowa, for August was 1.5 million acre feet (MAF), 108 percent of normal. The 2015 runoff forecast is 25.0 MAF, 99 percent of average. Average annual runoff is 25.2 MAF. System storage peaked in early July at 61.9 MAF, occupying 36 percent of the available flood storage.",
        "Missouri River runoff below normal in July",
        "Runoff in the Missouri River Basin above Sioux City, Iowa, for the month of July was 2.7 million acre feet (MAF), 81 percent of normal. The 2015 runoff forecast is 25.0 MAF, 99 percent of normal. Average annual runoff is 25.2 MAF. The total volume of water stored in the Mainstem Reservoir System is currently 61.3 MAF, occupying 5.2 MAF of the 16.3 MAF combined flood control storage zones. System storage peaked on July 9 at 61.9 MAF and is gradually declining. The water currently stored in the annual flood control zone will be released during the remainder of the year to serve navigation, water supply and other downstream purposes and will be completely evacuated prior to the start of next year’s runoff season.",
    ],
    "quantities": [
        Q("1.8 million acre feet", 1.8e6, "acre_foot", "volume", "March runoff in the Missouri River Basin above Sioux City"),
        Q("60 percent", 60, "percent", "percent", "March runoff share of average"),
        Q("1.5 million acre feet", 1.5e6, "acre_foot", "volume", "August runoff in the Missouri River Basin above Sioux City"),
        Q("108 percent", 108, "percent", "percent", "August runoff share of normal"),
        Q("25.0 MAF", 2.5e7, "acre_foot", "volume", "2015 runoff forecast"),
        Q("99 percent", 99, "percent", "percent", "2015 runoff forecast share of average"),
        Q("25.2 MAF", 2.52e7, "acre_foot", "volume", "average annual runoff"),
        Q("61.9 MAF", 6.19e7, "acre_foot", "volume", "peak system storage in early July"),
        Q("36 percent", 36, "percent", "percent", "share of the available flood storage occupied"),
        Q("2.7 million acre feet", 2.7e6, "acre_foot", "volume", "July runoff in the Missouri River Basin above Sioux City"),
        Q("81 percent", 81, "percent", "percent", "July runoff share of normal"),
        Q("25.0 MAF", 2.5e7, "acre_foot", "volume", "2015 runoff forecast"),
        Q("99 percent", 99, "percent", "percent", "2015 runoff forecast share of normal"),
        Q("25.2 MAF", 2.52e7, "acre_foot", "volume", "average annual runoff"),
        Q("61.3 MAF", 6.13e7, "acre_foot", "volume", "water stored in the Mainstem Reservoir System"),
        Q("5.2 MAF", 5.2e6, "acre_foot", "volume", "flood control storage occupied"),
        Q("16.3 MAF", 1.63e7, "acre_foot", "volume", "combined flood control storage zones"),
        Q("61.9 MAF", 6.19e7, "acre_foot", "volume", "peak system storage on July 9"),
    ],
})

# --- 14. VOA Learning English: newscast of April 15, 2016 (cut) -------------------------------------
DOCS.append({
    "id": "qt8-14", "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/voa-english-newscast-2100-utc-april-15-2016/3287962.html",
    "title": "VOA English Newscast: 2100 UTC, April 15 2016",
    "published": "2016-04-15", "truncated": True,
    "note": "Newscast script. Removed: 'Accessibility links', 'Breaking News', headline (moved to "
            "title), two photo captions (one of them cut, one doubled). Cut by the store in the "
            "last paragraph; kept to the last complete sentence. The speakers' lines "
            "'From Washington, this is VOA News.' and 'I’m David Byrd reporting.' are kept as text. "
            "Magnitudes are 'magnitude' (kind other); 'second day in a row' is an ordinal; the "
            "clock time is not a quantity. Verbatim oddities kept: 'Yuichrio', 'couldn't''.",
    "paragraphs": [
        "From Washington, this is VOA News.",
        "I’m David Byrd reporting.",
        "For the second day in a row a strong earthquake has rattled Japan.",
        "The U.S. Geological Survey says the magnitude 7.0 earthquake occurred near Kumamoto city at 1:25 a.m. local time Saturday.",
        "Yuichrio Yoshikado has family in the town of Mashiki.",
        "\"It's as if all control was lost. I thought I was going to die and I couldn't' bear it any longer, so I grabbed onto the sides of the bathtub, but the water in the tub was about 70 percent filled and was waving…all the water splashed out of the tub.\"",
        "The Japan Meteorological Agency issued a tsunami warning for the western coast of Kyushu after Friday's quake but canceled it a short time later.",
        "On Thursday, a 6.5-magnitude quake struck near the city on the island of Kyushu, about 1,300 kilometers southwest of Tokyo.",
        "U.S. Secretary of Defense Ash Carter visited a U.S. warship sailing in the South China Sea Friday to emphasize the Obama administration’s commitment to security in that area.",
        "Speaking to reporters on board of the USS John C. Stennis aircraft carrier, Carter said that the United States \"intends to continue to play a role in keeping peace and stability in this region.\"",
        "\"What's new is not an American carrier in this region. What's new is the context of tension which exists, which we want to reduce.\"",
    ],
    "quantities": [
        Q("magnitude 7.0", 7.0, "magnitude", "other", "earthquake near Kumamoto city"),
        Q("about 70 percent", 70, "percent", "percent", "share of the bathtub filled with water", approx=True),
        Q("6.5-magnitude", 6.5, "magnitude", "other", "Thursday's quake on Kyushu"),
        Q("about 1,300 kilometers", 1300, "kilometer", "length", "distance of the quake southwest of Tokyo", approx=True),
    ],
})

# --- 15. VOA video episode: military and firefighters (whole) ---------------------------------------
DOCS.append({
    "id": "qt8-15", "source": "voa:voanews.com",
    "url": "https://www.voanews.com/episode/military-firefighters-join-forces-against-common-enemy-4425711",
    "title": "Military, Firefighters Join Forces Against Common Enemy",
    "published": "2020-09-20", "truncated": False,
    "note": "Video episode page. Removed: headline (moved to title), date line (moved to published), "
            "player notices 'This program will begin at' and 'This program has ended and is being "
            "processed for playback.'. 'millions of acres' is a vague plural: 2,000,000 acres, "
            "approximate (as test7 annotated 'billions of dollars').",
    "paragraphs": [
        "Wildfires rage on in the Pacific Northwest of the United States, having so far killed at least 35 people. Scientists call the fires unprecedented in size and scope while officials say it’s all hands on deck to fight the fires, which have burned millions of acres of land. VOA’s Arash Arabasadi reports on how the US military is joining the fight.",
    ],
    "quantities": [
        Q("at least 35 people", 35, "person", "count", "people killed by wildfires in the Pacific Northwest", approx=True),
        Q("millions of acres", 2e6, "acre", "area", "land burned by the fires", approx=True),
    ],
})

# --- 16. VOA Editorials, section 'Environment and Health' (cut) -------------------------------------
DOCS.append({
    "id": "qt8-16", "source": "voa:editorials.voa.gov",
    "url": "http://editorials.voa.gov/section/environment-health/3281.html",
    "title": "VOA Editorials: Environment and Health",
    "published": None, "truncated": True,
    "note": "Section page of VOA editorials (headline + lead each). Removed: banner 'Reflecting the "
            "Views of the U.S. Government as Broadcast on The Voice of America', section label "
            "(moved to title), five photo captions, 'Audio' labels, 'More' links, the link 'More "
            "Environment and Health Editorials' and the cut headline after it. Verbatim oddity "
            "kept: 'The United States’ is donating'. 'Over seven decades' = 70 years (unit year), "
            "approximate ('Over'). 'five', 'two' count the nouns after them; the second 'two' "
            "stops at the number (a name stands between it and 'awards').",
    "paragraphs": [
        "Feeding the Vulnerable in Malawi",
        "The United States’ is donating $15.7 million worth of food commodities to Malawi to assist a portion of the 2.8 million people in need of humanitarian food assistance. U.S. Ambassador to Malawi Virginia Palmer made the announcement in late September.",
        "Disrupting Support for a Drug Cartel",
        "U.S. sanctions five Mexican businesses for support of Cartel de Jalisco Nueva Generacion.",
        "Preserving Nepal's Heritage",
        "The United States will help Nepal restore two historic and cultural treasures. U.S. Ambassador Peter W. Bodde announced, earlier this month, two Ambassador's Fund for Cultural Preservation, or AFCP, awards totaling $320,000.",
        "Working Together, Nations Can Solve Problems",
        "Over seven decades, the United Nations has forged a system of international rules and norms that is better, stronger and more stable than anything that came before it.",
        "President Obama Welcomes Pope Francis",
        "At the White House on September 23, President Barack Obama celebrated the visit to the United States of the first-ever Latin American Pontiff, Argentinian–born Pope Francis.",
    ],
    "quantities": [
        Q("$15.7 million", 15.7e6, "USD", "money", "food commodities donated to Malawi"),
        Q("2.8 million people", 2.8e6, "person", "count", "people in need of humanitarian food assistance in Malawi"),
        Q("five", 5, "count", "count", "Mexican businesses sanctioned", counted="businesses"),
        Q("two", 2, "count", "count", "historic and cultural treasures in Nepal", counted="treasures"),
        Q("two", 2, "count", "count", "Ambassador's Fund for Cultural Preservation awards", counted="awards"),
        Q("$320,000", 320000, "USD", "money", "AFCP awards total"),
        Q("Over seven decades", 70, "year", "duration", "period of the United Nations system", approx=True),
    ],
})

# --- 17. VOA Editorial: The U.S. Feeds Those In Need (cut) ------------------------------------------
DOCS.append({
    "id": "qt8-17", "source": "voa:editorials.voa.gov",
    "url": "https://editorials.voa.gov/a/a-41-2007-09-07-voa2-84647222/1480120.html",
    "title": "The U.S. Feeds Those In Need",
    "published": "2007-09-07", "truncated": True,
    "note": "VOA editorial. Removed: 'Accessibility links', 'Breaking News', headline (moved to "
            "title) and its doubled caption. Published date from the URL. Cut by the store in the "
            "5th paragraph; kept to the last complete sentence. Verbatim oddity kept: a stray "
            "backslash after 'U-S-A-I-D.'. 'half' = fraction 0.5. 'Each week' is a separate "
            "frequency, so only the tonnage is annotated; 'more than one billion dollars a year' is "
            "one rate (USD/year). 'millions' (of others) = 2,000,000 people, approximate; 'some "
            "two-and-a-half million' stops at the number (modifiers before 'Sudanese').",
    "paragraphs": [
        "The United States is the single largest food aid donor in the world, providing half of the world's emergency food assistance. The main vehicle for this aid is the Food for Peace Program of the U.S. Agency for International Development, or U-S-A-I-D. \\",
        "Bill Hammink is the director of the Food for Peace Program. He says that U-S-A-I-D and its international partners are seeing increasing numbers of \"chronically vulnerable communities\" that have been weakened by war, natural disasters, and other causes.",
        "In collaboration with affected governments, U-S-A-I-D answers needs by using such tools as the Famine Early Warning System Network. This is a database used to track climate, economic, and agricultural trends to project potential food shortages. Each week, U-S-A-I-D ships more than three-hundred-fifty-thousand metric tons of food items including peas, beans, lentils, cornmeal, wheat, and vegetable oil to more than thirty-five countries. This food aid is then distributed by the World Food Program and private nongovernmental organizations to people in need.",
        "Sub-Saharan Africa has received more than one billion dollars a year in emergency food assistance from the United States in recent years. Sudan’s Darfur region is a major beneficiary of Food for Peace. In Darfur, over two hundred thousand people have died since 2003 as a result of government-orchestrated attacks, famine and disease, and millions of others have been displaced. Along with the World Food Program and private aid groups, Food for Peace is helping to feed some two-and-a-half million internally displaced Sudanese and more than two-hundred thousand refugees who have fled Darfur into neighboring Chad and the Central African Republic. United Nations Secretary-General Ban Ki-moon has urged Sudanese President Omar al-Bashir to implement an immediate cease-fire in Darfur.",
    ],
    "quantities": [
        Q("half", 0.5, "fraction", "percent", "US share of the world's emergency food assistance"),
        Q("more than three-hundred-fifty-thousand metric tons", 350000, "metric_ton", "mass", "food items shipped by USAID each week", approx=True),
        Q("more than thirty-five countries", 35, "count", "count", "countries receiving US food aid", approx=True, counted="countries"),
        Q("more than one billion dollars a year", 1e9, "USD/year", "rate", "US emergency food assistance to Sub-Saharan Africa", approx=True),
        Q("over two hundred thousand people", 200000, "person", "count", "people who died in Darfur since 2003", approx=True),
        Q("millions", 2e6, "person", "count", "people displaced in Darfur", approx=True),
        Q("some two-and-a-half million", 2.5e6, "person", "count", "internally displaced Sudanese fed by Food for Peace", approx=True),
        Q("more than two-hundred thousand refugees", 200000, "person", "count", "refugees who fled Darfur into Chad and the Central African Republic", approx=True),
    ],
})

# --- 18. BLM press-release listing, page 175: Mescal Fire updates (cut) ------------------------------
DOCS.append({
    "id": "qt8-18", "source": "usgov:blm.gov",
    "url": 'https://www.blm.gov/press-release?page=175&term_node_tid_depth%25252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525255B0%25252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525252525255D=18',
    "title": "Bureau of Land Management press releases (page 175)",
    "published": None, "truncated": True,
    "note": "Listing of press releases (headline + teaser or fire-update fields, one line each). "
            "Removed: 'Press Releases' header; teasers cut by the site in mid-sentence (St. Anthony "
            "Sand Dunes, 'CASPER, Wyo.', Windom event, Trauntvein award, Mendenhall Glacier) and the "
            "final cut headline 'BLM' are left out, their headlines kept. Title written as a "
            "description; the URL is kept exactly as stored. 'Estimate of' / 'Estimate' and "
            "'Approximately' make the figure approximate (like 'an estimated'). 'an additional 15 "
            "days': span '15 days'. Containment percentages are percent (0% included).",
    "paragraphs": [
        "BLM seeks input on proposed St. Anthony Sand Dunes Special Recreation Area Management Plan",
        'Mescal Fire Update, June 9, 2021',
        'Acres: 70,066 acres',
        'Cause: Under Investigation',
        'Containment: 33%',
        'Total personnel: 610',
        'BLM celebrates ribbon cutting ceremony and successful adoption at new wild horse Wheatland Off-Range Corral',
        'Mescal Fire Update, June 8, 2021',
        'Acres: 66,913 acres',
        'Cause: Under Investigation',
        'Containment: 23%',
        'Total personnel: 659',
        'BLM seeks public input to inform the Book Cliffs Travel Management Plan',
        '7/6 Update: BLM Utah has extended the scoping period for an additional 15 days.',
        'BLM to host wild horse and burro event in Windom, Minnesota',
        'BLM’s Derek Trauntvein receives Wyoming Stock Growers award',
        'Notice of Application for Withdrawal at Mendenhall Glacier and Opportunity for Public Meetings',
        'Mescal Fire Update, June 7, 2021',
        'Acres: 52,887 acres',
        'Cause: Under Investigation',
        'Containment: 8%',
        'Total personnel: 672',
        'Mescal Fire Update, June 6, 2021',
        'Acres: Estimate of 25,973 acres',
        'Cause: Under Investigation',
        'Containment: 2%',
        'Total personnel: 524',
        'Mescal Fire Update, June 5, 2021',
        'Acres: Estimate of 7,903 acres',
        'Cause: Under Investigation',
        'Containment: 5%',
        'Total personnel: 402',
        'Mescal Fire Update, June 4, 2021',
        'Acres: Estimate 5,500 acres',
        'Cause: Under Investigation',
        'Containment: 0%',
        'Total personnel: Approximately 200',
    ],
    "quantities": [
        Q('70,066 acres', 70066, 'acre', 'area', 'area burned by the Mescal Fire'),
        Q('33%', 33, 'percent', 'percent', 'containment of the Mescal Fire'),
        Q('610', 610, 'person', 'count', 'total personnel on the Mescal Fire'),
        Q('66,913 acres', 66913, 'acre', 'area', 'area burned by the Mescal Fire'),
        Q('23%', 23, 'percent', 'percent', 'containment of the Mescal Fire'),
        Q('659', 659, 'person', 'count', 'total personnel on the Mescal Fire'),
        Q('15 days', 15, 'day', 'duration', 'extension of the Book Cliffs scoping period'),
        Q('52,887 acres', 52887, 'acre', 'area', 'area burned by the Mescal Fire'),
        Q('8%', 8, 'percent', 'percent', 'containment of the Mescal Fire'),
        Q('672', 672, 'person', 'count', 'total personnel on the Mescal Fire'),
        Q('Estimate of 25,973 acres', 25973, 'acre', 'area', 'area burned by the Mescal Fire', approx=True),
        Q('2%', 2, 'percent', 'percent', 'containment of the Mescal Fire'),
        Q('524', 524, 'person', 'count', 'total personnel on the Mescal Fire'),
        Q('Estimate of 7,903 acres', 7903, 'acre', 'area', 'area burned by the Mescal Fire', approx=True),
        Q('5%', 5, 'percent', 'percent', 'containment of the Mescal Fire'),
        Q('402', 402, 'person', 'count', 'total personnel on the Mescal Fire'),
        Q('Estimate 5,500 acres', 5500, 'acre', 'area', 'area burned by the Mescal Fire', approx=True),
        Q('0%', 0, 'percent', 'percent', 'containment of the Mescal Fire'),
        Q('Approximately 200', 200, 'person', 'count', 'total personnel on the Mescal Fire', approx=True),
    ],
})

# --- 19. NWS Duluth: November 2024 climate summary (whole) ------------------------------------------
DOCS.append({
    "id": "qt8-19", "source": "usgov:weather.gov",
    "url": "http://weather.gov/dlh/November24Climate",
    "title": "NWS Duluth: November 2024 climate summary",
    "published": None, "truncated": False,
    "note": "Removed: agency header, bullet marks, and the footer 'nws logo Media use of NWS Web News "
            "Stories is encouraged! Please acknowledge the NWS as the source of any news information "
            "accessed from this site. nws logo'. Title written as a description. Temperature "
            "departures in bare 'degrees' with no scale word on the page (and not readings above "
            "60) get unit 'degree' (kind other) by GUIDELINE.md. Ranges '3 to 6', '3 to 7', '2 to 4 "
            "inches', and the compound adjective '8-14 day' (days 8 to 14).",
    "paragraphs": [
        "It was a warm November with temperatures averaging about 3 to 6 degrees above average.",
        "Precipitation was above average for most places, though snow was below average due to the warm temperatures.",
        "Fall 2024 was warm and dry on average, with temperatures averaging around 3 to 7 degrees above average and precipitation 2 to 4 inches below average for most places.",
        "The latest 8-14 day climate outlook favors above normal temperatures and near normal precipitation leading up to the holidays.",
        "The December-February outlook is slightly tilted towards below normal temperatures and above normal precipitation.",
    ],
    "quantities": [
        Q("about 3 to 6 degrees", 3, "degree", "other", "November temperatures above average", approx=True, high=6),
        Q("around 3 to 7 degrees", 3, "degree", "other", "fall 2024 temperatures above average", approx=True, high=7),
        Q("2 to 4 inches", 2, "inch", "length", "fall 2024 precipitation below average", high=4),
        Q("8-14 day", 8, "day", "duration", "climate outlook period", high=14),
    ],
})

# --- 20. Department of Commerce blog (archived), NCDC category (cut) ---------------------------------
DOCS.append({
    "id": "qt8-20", "source": "usgov:commerce.gov",
    "url": "http://2010-2014.commerce.gov/blog/category/868.html",
    "title": "Contiguous U.S. Warmer and Drier Than Average for November, Autumn",
    "published": None, "truncated": True,
    "note": "Archived Department of Commerce blog, category 'National Climactic Data Center' (NOAA "
            "NCDC post). Removed: archive banner ('THIS IS AN ARCHIVED SITE ... CURRENT commerce.gov "
            "website.'), category label, map caption, bullet marks. The post headline is also kept "
            "as title. Cut by the store in the last bullet; kept to the last complete sentence. "
            "Ordinals and ranks (20th warmest, 21st, 8th driest, 10th coolest, 'their ten warmest', "
            "'their ten driest') are not quantities; 'the western half of the country' names a "
            "region and is not annotated. Temperature departures in °F are 'fahrenheit'.",
    "paragraphs": [
        "Contiguous U.S. Warmer and Drier Than Average for November, Autumn",
        "Drought persists, causing water resource issues for central U.S.; 2012 virtually certain to become warmest year on record for the nation",
        "The average temperature for the contiguous U.S. during November was 44.1°F, 2.1°F above the 20th century average, tying 2004 as the 20th warmest November on record. The autumn contiguous U.S. temperature of 54.7°F was the 21st warmest autumn, 1.1°F above average.",
        "The November nationally-averaged precipitation total of 1.19 inches was 0.93 inch below the long-term average and the 8th driest November on record. The autumn precipitation total for the contiguous U.S. was 5.71 inches, 1.0 inch below average.",
        "November brought warmer-than-average conditions to the western half of the country. The largest temperature departures from average were centered near the Rockies where Arizona, Colorado, New Mexico, Utah, and Wyoming had November temperatures among their ten warmest.",
        "The Eastern Seaboard, Ohio Valley, and Southeast were cooler than average during November. North Carolina tied its 10th coolest November on record, with a statewide-averaged temperature 3.5°F below average.",
        "A large area of the country experienced below-average precipitation in November. Drier-than-average conditions stretched from the Intermountain West, through the Plains, into the Midwest, and along the entire East Coast. Twenty-two states had monthly precipitation totals ranking among their ten driest.",
        "According to the November 27 U.S. Drought Monitor report, 62.7 percent of the contiguous U.S. was experiencing moderate-to-exceptional drought, larger than the 60.2 percent observed at the end of October.",
    ],
    "quantities": [
        Q("44.1°F", 44.1, "fahrenheit", "other", "average November temperature of the contiguous U.S."),
        Q("2.1°F", 2.1, "fahrenheit", "other", "November temperature above the 20th century average"),
        Q("54.7°F", 54.7, "fahrenheit", "other", "autumn contiguous U.S. temperature"),
        Q("1.1°F", 1.1, "fahrenheit", "other", "autumn temperature above average"),
        Q("1.19 inches", 1.19, "inch", "length", "November nationally-averaged precipitation total"),
        Q("0.93 inch", 0.93, "inch", "length", "November precipitation below the long-term average"),
        Q("5.71 inches", 5.71, "inch", "length", "autumn precipitation total"),
        Q("1.0 inch", 1.0, "inch", "length", "autumn precipitation below average"),
        Q("3.5°F", 3.5, "fahrenheit", "other", "North Carolina statewide-averaged temperature below average"),
        Q("Twenty-two states", 22, "count", "count", "states with precipitation among their ten driest", counted="states"),
        Q("62.7 percent", 62.7, "percent", "percent", "share of the contiguous U.S. in moderate-to-exceptional drought"),
        Q("60.2 percent", 60.2, "percent", "percent", "share in drought at the end of October"),
    ],
})

# --- 21. USACE news listing, tag 'dredging' (cut) --------------------------------------------------
DOCS.append({
    "id": "qt8-21", "source": "usgov:usace.army.mil",
    "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/2373/dredging/",
    "title": "U.S. Army Corps of Engineers news, tag: dredging",
    "published": None, "truncated": True,
    "note": "Listing of items (headline + abstract). Removed: 'Results:', 'Tag: dredging', 'Clear'. "
            "Title written as a description. Cut by the store inside the second abstract; kept to "
            "the last complete sentence. Enumerators '(1)', '(2)', '(3)', the footnote mark '[1]' "
            "and the citations '(USACE-LRD 2021)' are not quantities; 'a third case study' is an "
            "ordinal. 'annual' is a separate frequency, so the dredging amounts are volumes, not "
            "rates. Ranges with an en dash share the scale word: '2–4 million cubic meters'. "
            "cubic_yard is normalized to liters (764.554857984 L).",
    "paragraphs": [
        "Next-Generation Water Quality Monitoring during Dredging Operations: Knowns, Unknowns, and Path Forward",
        "Abstract: Water quality monitoring data are routinely collected during dredging and placement operations to address various state and federal requirements, including water quality standards, with the intention of protecting ecosystem health. However, such efforts may be limited by the lack of a standardized national strategic focus and user-friendly streamlined interfaces to interpret the data. Inconsistencies in how and what data are collected and lack of consensus on scientifically backed biological-effects thresholds make it difficult to quantify potential dredging operations impacts (or lack thereof) both within individual projects over time and across multiple projects of differing characteristics. Summarized herein is an initial effort to define a scientifically backed path forward to improve the value of current and future water quality monitoring and management decisions based on water quality data collected. The provided turbidity data were generally below applicable state thresholds for two case studies but for a third case study did periodically exceed thresholds at depth. This includes providing rationale for strategic focus on the most relevant dredging operations and projects, based on three general site-specific data categorizations: (1) sediment type, (2) dredge type, and (3) ecosystem type.",
        "Application of Existing Tools to Systematically Identify Nearshore Placement Sites for Beneficial Use of Navigation Sediments in Lake Michigan",
        "Purpose: The Great Lakes includes 140 federally maintained harbors with an annual dredging program of 2–4 million cubic meters (3–5 million cubic yards)[1] of sediment. Many small harbors are not dredged regularly, and there is an undredged backlog of over 9 million cubic meters (12 million cubic yards) of sediment (USACE-LRD 2021).",
    ],
    "quantities": [
        Q("two case studies", 2, "count", "count", "case studies with turbidity below state thresholds", counted="case studies"),
        Q("three", 3, "count", "count", "general site-specific data categorizations", counted="data categorizations"),
        Q("140", 140, "count", "count", "federally maintained harbors of the Great Lakes", counted="harbors"),
        Q("2–4 million cubic meters", 2e6, "cubic_meter", "volume", "annual dredging program of sediment", high=4e6),
        Q("3–5 million cubic yards", 3e6, "cubic_yard", "volume", "annual dredging program of sediment", high=5e6),
        Q("over 9 million cubic meters", 9e6, "cubic_meter", "volume", "undredged backlog of sediment", approx=True),
        Q("12 million cubic yards", 12e6, "cubic_yard", "volume", "undredged backlog of sediment"),
    ],
})

# --- 22. USGS Science Feature: When Floods Hit, the USGS is There (cut) ------------------------------
DOCS.append({
    "id": "qt8-22", "source": "usgov:usgs.gov",
    "url": "https://www2.usgs.gov/blogs/features/printemail/?post=176471",
    "title": "When Floods Hit, the USGS is There",
    "published": None, "truncated": True,
    "note": "Print view of a USGS Science Feature. Removed: banner 'USGS - Science for a changing "
            "world', headline (moved to title), 'This Science Feature can be found at:', photo "
            "caption. Cut by the store in the last paragraph, which is left out. 'the next several "
            "days' has no number and is not annotated; 'seven' stops at the number (modifiers "
            "before 'gages').",
    "paragraphs": [
        "As flooding continues in parts of Missouri, Iowa, Illinois, Wisconsin, Michigan, and Indiana due to heavy rainfall over the past seven days, the U.S. Geological Survey is maintaining its response efforts and preparing for continued flooding in the Northern Plains and upper Midwest.",
        "So far this spring, USGS streamgages have measured approximately 17 peaks of record, and numerous flood peaks that have been the largest in more than 50 years. The USGS will be in flood response mode for the next several days as flooding continues down the Wabash and White Rivers in Indiana, the Illinois River in Illinois, and along the middle Mississippi River.",
        "The USGS is also ready to deploy field crews to the Red River of the North Basin in North Dakota and Minnesota as air temperatures rise above freezing and snowmelt begins, and has installed seven rapid deployment gages at locations in the basin where streamflow data is needed but otherwise unavailable. Runoff and subsequent flooding is expected to begin this weekend, especially in Fargo, N.D., and Oslo, Minn.",
        "Preparation Helps Save Lives and Property",
        "As soon as water starts to rise, specially trained USGS scientists and hydrologic technicians measure water levels, streamflows, and high water marks using state-of-the-art instrumentation. All of this information is crucial for National Weather Service (NWS) flood forecasts, for decisions by the U.S. Army Corps of Engineers (USACE) to operate spillways and levees, and for the planning of Federal, state, and local emergency managers, first responders, and many other groups.",
    ],
    "quantities": [
        Q("the past seven days", 7, "day", "duration", "period of heavy rainfall"),
        Q("approximately 17 peaks", 17, "count", "count", "peaks of record measured by USGS streamgages", approx=True, counted="peaks of record"),
        Q("more than 50 years", 50, "year", "duration", "period in which the flood peaks were the largest", approx=True),
        Q("seven", 7, "count", "count", "rapid deployment gages installed", counted="rapid deployment gages"),
    ],
})

# --- 23. USGS HVO Kilauea update, notice 7051 (cut) --------------------------------------------------
DOCS.append({
    "id": "qt8-23", "source": "usgov:volcanoes.usgs.gov",
    "url": "http://volcanoes.usgs.gov/activity/archive/current.php?noticeid=7051",
    "title": "USGS Volcano Hazards Program Volcano Update: Kilauea (notice 7051)",
    "published": None, "truncated": True,
    "note": "Title written as a description (the stored page starts with the activity summary). Cut "
            "by the store in the paragraph 'Past 24 hours at the middle east rift zone vents:', "
            "which is left out. 'one' within the list after 'Six earthquakes' counts earthquakes "
            "(elliptical, like '3', '7' in qt8-09), not a pronoun 'one of'. 'from about 70 m to more "
            "than 150 m' is written as two quantities (GUIDELINE rule 4: 'from X to Y' is not a "
            "range). '~160 m' is approximate. Clock time and dates are not quantities.",
    "paragraphs": [
        "Activity Summary for past 24 hours: DI deflation started late last night and the summit lava lake level dropped afterward. Glow was visible at Pu`u `O`o from spatter cones on the northeast and southeast edges of the floor and from the upper tube system on the east flank; the public Pu`u `O`o webcams were not operational. Active surface flows were visible at the top of the pali southeast of Pu`u `O`o. There were no active flows on the coastal plain or entering the ocean. Seismic tremor levels were low and gas emissions were elevated.",
        "Past 24 hours at Kilauea summit: DI deflation started at 11:15 pm last night and the lava lake started to drop as expected. Since mid-October 2011, the summit GPS network recorded continued weak extension. Seismic tremor levels were low. The most recent (preliminary) sulfur dioxide emission rate measurement was 1,000 tonnes/day on February 28, 2012. Slightly larger amounts of ash-sized tephra were wafted within the gas plume and deposited on nearby, downwind surfaces over the weekend, probably as a result of the frequent high stands and the accompanying spattering afterward.",
        "Six earthquakes were strong enough to be located beneath Kilauea: three beneath the Ka`oiki Pali, one within the southwest rift zone, one within the east rift zone, and one on south flank faults.",
        "Background: The summit lava lake is deep within a ~160 m (520 ft) diameter cylindrical vent with nearly vertical sides inset within the east wall and floor of Halema`uma`u Crater. Its level fluctuates from about 70 m to more than 150 m (out of sight) below the floor of Halema`uma`u Crater. The vent has been mostly active since opening with a small explosive event on March 19, 2008. Most recently, the lava level of the lake has remained below an inner ledge (75 m or 250 ft below the floor of Halema`uma`u Crater) and responded to summit tilt changes with the lake receding during deflation and rising during inflation.",
    ],
    "quantities": [
        Q("past 24 hours", 24, "hour", "duration", "period of the activity summary"),
        Q("Past 24 hours", 24, "hour", "duration", "period of the summit observations"),
        Q("1,000 tonnes/day", 1000, "metric_ton/day", "rate", "sulfur dioxide emission rate"),
        Q("Six earthquakes", 6, "count", "count", "earthquakes located beneath Kilauea", counted="earthquakes"),
        Q("three", 3, "count", "count", "earthquakes beneath the Ka`oiki Pali", counted="earthquakes"),
        Q("one", 1, "count", "count", "earthquakes within the southwest rift zone", counted="earthquakes"),
        Q("one", 1, "count", "count", "earthquakes within the east rift zone", counted="earthquakes", after="southwest rift zone, "),
        Q("one", 1, "count", "count", "earthquakes on south flank faults", counted="earthquakes", after="east rift zone, and "),
        Q("~160 m", 160, "meter", "length", "diameter of the vent", approx=True),
        Q("520 ft", 520, "foot", "length", "diameter of the vent"),
        Q("about 70 m", 70, "meter", "length", "lava lake level below the crater floor (upper)", approx=True),
        Q("more than 150 m", 150, "meter", "length", "lava lake level below the crater floor (lower)", approx=True),
        Q("75 m", 75, "meter", "length", "inner ledge below the floor of Halema`uma`u Crater"),
        Q("250 ft", 250, "foot", "length", "inner ledge below the floor of Halema`uma`u Crater"),
    ],
})

# --- 24. NWS Amarillo: Damage Surveys (cut) ----------------------------------------------------------
DOCS.append({
    "id": "qt8-24", "source": "usgov:weather.gov",
    "url": "https://www.weather.gov/ama/damagesurveys",
    "title": "Damage Surveys",
    "published": None, "truncated": True,
    "note": "NWS Amarillo page. Removed: agency header, headline (moved to title), the table caption "
            "'Table 1.  Enhanced Fujita Sacle for rating tornado magnitude.'. The small table is kept "
            "one row per line. EF numbers (0-5) are ratings, not quantities; the wind-gust ranges "
            "take their unit (mph) from the column header: '65 - 85' etc. are mile/hour (speed); "
            "'Over 200' is approximate. '3-Second' is a compound-adjective duration. 'Table 1', "
            "'Image 1' are names. Cut by the store in the last paragraph; kept to the last "
            "complete sentence. Double spaces after periods are verbatim.",
    "paragraphs": [
        "Highly publicized damaging and historic tornado outbreaks in April and June of this year (2011) have led to a substantial increase in public interest in National Weather Service storm surveys.  When tornadoes occur, National Weather Service meteorologists are assigned the task of completing a thorough damage survey.  A survey team’s mission is to gather data in order to reconstruct a tornado’s life cycle, including where it occurred, when and where it initially touched down and lifted (path length), its width, and its magnitude.  It should also be mentioned that survey teams are occasionally tasked with determining whether damage may have been caused by straight line winds or a tornado and assessing the magnitude of straight line winds.  With respect to tornado damage surveys, one of the most difficult tasks is assigning a rating to a tornado.",
        "Before February 2007, tornado strength was rated based on the Fujita Scale.  However, there were some flaws with the original Fujita Scale.  For instance, it did not account for the quality of building construction.  Beginning in 2001, it was determined that the Fujita Scale needed to be modified, and a committee of meteorologists, engineers, and academia was formed to begin developing a new scale.  In February 2007, the new Enhanced Fujita Scale (Table 1) became operational and is still the scale used to rate the magnitude of tornadoes.",
        "EF Number 3-Second Wind Gust (mph)",
        "0 65 - 85",
        "1 86 - 110",
        "2 111 - 135",
        "3 136 - 165",
        "4 166 - 200",
        "5 Over 200",
        "Before a survey team is deployed, they will be equipped with a variety of technology to complete the survey.  Typically, a damage survey kit will contain a GPS unit, a cell phone, a laptop with damage survey software, a digital camera, an atlas or gazetteer, and a notebook (Image 1).",
    ],
    "quantities": [
        Q("3-Second", 3, "second", "duration", "wind gust averaging period"),
        Q("65 - 85", 65, "mile/hour", "rate", "3-second wind gust of an EF0 tornado", high=85),
        Q("86 - 110", 86, "mile/hour", "rate", "3-second wind gust of an EF1 tornado", high=110),
        Q("111 - 135", 111, "mile/hour", "rate", "3-second wind gust of an EF2 tornado", high=135),
        Q("136 - 165", 136, "mile/hour", "rate", "3-second wind gust of an EF3 tornado", high=165),
        Q("166 - 200", 166, "mile/hour", "rate", "3-second wind gust of an EF4 tornado", high=200),
        Q("Over 200", 200, "mile/hour", "rate", "3-second wind gust of an EF5 tornado", approx=True),
    ],
})

# --- 25. drought.gov (NOAA NIDIS): Temperature & Precipitation (cut) --------------------------------
DOCS.append({
    "id": "qt8-25", "source": "usgov:drought.gov",
    "url": "https://drought.gov/drought/data-maps-tools/temperature-precipitation",
    "title": "Temperature & Precipitation",
    "published": None, "truncated": True,
    "note": "Headline moved to title. The page ends in a map legend (class label, then a sentence "
            "explaining it); it is kept one line per label/sentence. Cut by the store inside the "
            "sentence after '80–90°F', which is left out (the label is kept). Ranges with an en dash "
            "and one unit ('0–10°F') are one range each; '<0°F' and 'below 0°F' are approximate "
            "(an upper bound); '7-day' is a compound-adjective duration each time it occurs. The "
            "legend is statistics-like; it is the only one in the set and is noted here because "
            "it supplies most of the set's explicit-Fahrenheit quantities.",
    "paragraphs": [
        'Air temperature and precipitation can have wide-ranging effects on natural processes, and their datasets are foundational for drought and climate analysis. Changes in temperature and precipitation can substantially disrupt crops and livestock, influence the frequency and intensity of severe weather events, and affect the quality and quantity of water available for municipal and industrial use.',
        'Temperature and Precipitation Measurements',
        'Temperature and precipitation data are collected from weather stations, weather radar, satellites, and computer models.',
        'Warmer air temperatures increase evapotranspiration—which is the combination of evaporation from the soil and bodies of water and transpiration from plants—and lower soil moisture.',
        'Drought is defined as the lack of precipitation over an extended period of time, usually for a season or more, that results in a water shortage.',
        'Data, Maps, and Tools',
        'To make data easier to use, many organizations derive products from raw data. These derived products may start with station data, which estimate (or interpolate) the information between stations using different methodologies. Radar- and satellite-based products may include station data as “ground truth” to remove bias and create more accurate products.',
        'Temperature Conditions',
        'Maximum Temperature (°F)',
        '<0°F',
        'The 7-day average daily maximum temperature is below 0°F.',
        '0–10°F',
        'The 7-day average daily maximum temperature is between 0–10°F.',
        '10–20°F',
        'The 7-day average daily maximum temperature is between 10–20°F.',
        '20–30°F',
        'The 7-day average daily maximum temperature is between 20–30°F.',
        '30–40°F',
        'The 7-day average daily maximum temperature is between 30–40°F.',
        '40–60°F',
        'The 7-day average daily maximum temperature is between 40–60°F.',
        '60–70°F',
        'The 7-day average daily maximum temperature is between 60–70°F.',
        '70–80°F',
        'The 7-day average daily maximum temperature is between 70–80°F.',
        '80–90°F',
    ],
    "quantities": [
        Q('<0°F', 0, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', approx=True),
        Q('7-day', 7, 'day', 'duration', 'averaging period of the daily maximum temperature'),
        Q('below 0°F', 0, 'fahrenheit', 'other', '7-day average daily maximum temperature', approx=True),
        Q('0–10°F', 0, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', high=10),
        Q('7-day', 7, 'day', 'duration', 'averaging period of the daily maximum temperature'),
        Q('between 0–10°F', 0, 'fahrenheit', 'other', '7-day average daily maximum temperature', high=10),
        Q('10–20°F', 10, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', high=20),
        Q('7-day', 7, 'day', 'duration', 'averaging period of the daily maximum temperature'),
        Q('between 10–20°F', 10, 'fahrenheit', 'other', '7-day average daily maximum temperature', high=20),
        Q('20–30°F', 20, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', high=30),
        Q('7-day', 7, 'day', 'duration', 'averaging period of the daily maximum temperature'),
        Q('between 20–30°F', 20, 'fahrenheit', 'other', '7-day average daily maximum temperature', high=30),
        Q('30–40°F', 30, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', high=40),
        Q('7-day', 7, 'day', 'duration', 'averaging period of the daily maximum temperature'),
        Q('between 30–40°F', 30, 'fahrenheit', 'other', '7-day average daily maximum temperature', high=40),
        Q('40–60°F', 40, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', high=60),
        Q('7-day', 7, 'day', 'duration', 'averaging period of the daily maximum temperature'),
        Q('between 40–60°F', 40, 'fahrenheit', 'other', '7-day average daily maximum temperature', high=60),
        Q('60–70°F', 60, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', high=70),
        Q('7-day', 7, 'day', 'duration', 'averaging period of the daily maximum temperature'),
        Q('between 60–70°F', 60, 'fahrenheit', 'other', '7-day average daily maximum temperature', high=70),
        Q('70–80°F', 70, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', high=80),
        Q('7-day', 7, 'day', 'duration', 'averaging period of the daily maximum temperature'),
        Q('between 70–80°F', 70, 'fahrenheit', 'other', '7-day average daily maximum temperature', high=80),
        Q('80–90°F', 80, 'fahrenheit', 'other', 'map class: 7-day average daily maximum temperature', high=90),
    ],
})

# --- 26. Bonneville Power Administration: Hydropower (cut) -------------------------------------------
DOCS.append({
    "id": "qt8-26", "source": "usgov:bpa.gov",
    "url": "https://legacy.bpa.gov/p/Generation/Hydro/Pages/Hydropower.aspx",
    "title": "Hydropower",
    "published": None, "truncated": True,
    "note": "Bonneville Power Administration (DOE) page. Removed: 'Sign In', the map link label "
            "'Federal Power Marketing Administrations Territories and Facilities'. Title written "
            "from the URL. One hard line wrap inside the first paragraph joined with a space. Cut "
            "by the store after 'For more information on this effort, email', which is left out. "
            "'133' stops at the number (modifiers before 'facilities'); 'more than 60 million "
            "homes' counts homes and businesses.",
    "paragraphs": [
        "Hydropower delivers clean power to over 60 percent of the people in the Pacific Northwest. It accounts for 90 percent of renewable energy in the region and helps to reliably integrate new intermittent renewables like solar and wind into the grid.",
        "All about Federal Hydropower",
        "Hydroelectric dams in the Northwest produce more electricity than any other North American river system. The majority of that hydropower is delivered from the Federal Columbia River Power System, a collaborative operation between Bonneville Power Administration and the generating agencies, U.S. Army Corps of Engineers (USACE) and U.S. Bureau of Reclamation (Reclamation). This system delivers at-cost power to public preference customers across the Northwest.",
        "Federal Hydropower Summit",
        "In 2016, the power marketing administrations (BPA, Southeastern Power Administration, Southwestern Power Administration and Western Power Administration), USACE and Reclamation formed the Federal Hydropower Summit – a collaborative effort to explore opportunities to retain and improve the federal hydropower system across the country. Together, these agencies deliver more than 44 percent of the nation’s hydropower via 133 federal hydropower facilities and 34,000 miles of federal high-voltage transmission lines. The energy generated and delivered serves more than 60 million homes and businesses, or approximately 150 million people, in 33 states. This ongoing effort will look for improvements that ensure reliable hydropower continues to be delivered at the best value for the nation.",
    ],
    "quantities": [
        Q("over 60 percent", 60, "percent", "percent", "share of Pacific Northwest people powered by hydropower", approx=True),
        Q("90 percent", 90, "percent", "percent", "hydropower share of renewable energy in the region"),
        Q("more than 44 percent", 44, "percent", "percent", "federal agencies' share of the nation's hydropower", approx=True),
        Q("133", 133, "count", "count", "federal hydropower facilities", counted="hydropower facilities"),
        Q("34,000 miles", 34000, "mile", "length", "federal high-voltage transmission lines"),
        Q("more than 60 million homes", 60e6, "count", "count", "homes and businesses served", approx=True, counted="homes and businesses"),
        Q("approximately 150 million people", 150e6, "person", "count", "people served by federal hydropower", approx=True),
        Q("33 states", 33, "count", "count", "states served by federal hydropower", counted="states"),
    ],
})

"""Readable source of the sealed quantities test set ``test11.jsonl`` (annotated blind by sqy11).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test11.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

EERE = "This is an excerpt from EERE Network News"
EERE_NOTE = ("Removed: the newsletter banner ('" + EERE + ", a weekly electronic "
             "newsletter.'), the date line (moved to published) and the headline (moved to "
             "title).")
MODIS_FACTS = ("Removed: the date-and-title heading line (date moved to published, title to "
               "title), the repeated title and the 'Image Facts' block (satellite, date "
               "acquired, resolutions with file sizes, bands, image credit).")
EO_CREDIT = ("Removed: the headline (moved to title) and the closing image credit line.")


from checklib import quantity_record as q  # one definition for every quantities source


def cnt(text, value, about, counted, approx=False, high=None, after=None):
    """Return a count record (unit ``count``)."""
    return q(text, value, "count", "count", about, approx, high, counted, after)


def per(text, value, about, approx=False, high=None, after=None):
    """Return a person record (unit ``person``, kind count)."""
    return q(text, value, "person", "count", about, approx, high, after=after)


def pct(text, value, about, approx=False, high=None, after=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high, after=after)


def temp(text, value, unit, about, approx=False, after=None):
    """Return a temperature record (``fahrenheit``/``celsius``, kind other, not normalized)."""
    return q(text, value, unit, "other", about, approx, after=after)


def power(text, value, unit, about, approx=False, after=None):
    """Return a power record (``kilowatt``/``megawatt``, kind other, not normalized)."""
    return q(text, value, unit, "other", about, approx, after=after)


def rate(text, value, unit, about, approx=False, high=None, after=None):
    """Return a rate record (unit ``X/Y``, kind rate, not normalized)."""
    return q(text, value, unit, "rate", about, approx, high, after=after)


DOCS = [
    {
        "id": "qt11-01",
        "source": "usgov:modis.gsfc.nasa.gov",
        "url": "https://modis.gsfc.nasa.gov/gallery/individual.php?db_date=2020-03-21",
        "title": "Iceberg D28, Antarctica",
        "published": "2020-03-21",
        "truncated": False,
        "note": MODIS_FACTS + " The parenthetical conversions ('18.6 mi', '37.3 mi', '656 feet') "
                "carry no qualifier of their own and are not marked approximate; 'more than half "
                "a century' is a duration of 50 years (approximate). Plain 'tons' -> metric_ton "
                "(guideline). 'Amery Ice shelf' (lower-case s) is verbatim.",
        "paragraphs": [
            "In late September, 2019, a large iceberg calved from the Amery Ice shelf. The "
            "iceberg, named D28, measured about 30 km (18.6 mi) wide and 60 km (37.3 mi) long, "
            "or roughly the same area spanned by the city of Houston. The thickness was "
            "estimated to be more than 200 m (656 feet) thick, making it likely the iceberg "
            "contains over 330 billion tons of ice. Since calving, the iceberg has slowly "
            "drifted away from the shelf where it was born.",
            "On March 19, 2020, the Moderate Resolution Imaging Spectroradiometer (MODIS) on "
            "board NASA’s Terra satellite acquired a true-color image of Iceberg D28 floating "
            "in the waters off of the Amery Ice Shelf.",
            "For ice shelves and for glaciers that touch the ocean, calving is part of the "
            "natural cycle of advance and retreat. Compared to melting, the fastest way for "
            "glaciers to lose mass to the ocean is through rifting and the subsequent calving "
            "of icebergs. The Amery Ice Shelf, located in East Antarctica, is considered a "
            "fairly stable shelf. This calving was the first major iceberg in more than half a "
            "century.",
        ],
        "quantities": [
            q("about 30 km", 30, "kilometer", "length", "width of iceberg D28", approx=True),
            q("18.6 mi", 18.6, "mile", "length", "width of iceberg D28"),
            q("60 km", 60, "kilometer", "length", "length of iceberg D28"),
            q("37.3 mi", 37.3, "mile", "length", "length of iceberg D28"),
            q("more than 200 m", 200, "meter", "length", "thickness of iceberg D28",
              approx=True),
            q("656 feet", 656, "foot", "length", "thickness of iceberg D28"),
            q("over 330 billion tons", 3.3e11, "metric_ton", "mass", "ice in iceberg D28",
              approx=True),
            q("more than half a century", 50, "year", "duration",
              "time since the previous major Amery iceberg", approx=True),
        ],
    },
    {
        "id": "qt11-02",
        "source": "usgov:modis.gsfc.nasa.gov",
        "url": "https://modis.gsfc.nasa.gov/gallery/individual.php?db_date=2009-08-24",
        "title": "Hurricane Bill",
        "published": "2009-08-24",
        "truncated": False,
        "note": MODIS_FACTS + " Verbatim mis-encodings kept: 'NASAís', 'United Statesís'. "
                "'hundreds of kilometers' is a vague plural (200 kilometer, approximate; span "
                "includes 'of kilometers' as in test9's 'hundreds of miles'). Clock times are "
                "not quantities.",
        "paragraphs": [
            "The MODIS on NASAís Terra satellite captured this photo-like image of Hurricane "
            "Bill northeast of Puerto Rico at 10:55 a.m., local time (14:55 UTC) on August 20, "
            "2009. The storm had sustained winds of 195 kilometers per hour (120 miles per hour "
            "or 105 knots) and was expected to strengthen, said the National Hurricane Center.",
            "The image reveals that Bill was large, sprawling across hundreds of kilometers from "
            "end to end. The storm also has a clear eye. The National Hurricane Center expected "
            "Hurricane Bill to track northwest between the United Statesís East coast and "
            "Bermuda, possibly crossing over Nova Scotia and Newfoundland on August 23.",
        ],
        "quantities": [
            rate("195 kilometers per hour", 195, "kilometer/hour",
                 "sustained winds of Hurricane Bill"),
            rate("120 miles per hour", 120, "mile/hour", "sustained winds of Hurricane Bill"),
            rate("105 knots", 105, "knot", "sustained winds of Hurricane Bill"),
            q("hundreds of kilometers", 200, "kilometer", "length", "extent of Hurricane Bill",
              approx=True),
        ],
    },
    {
        "id": "qt11-03",
        "source": "usgov:earthobservatory.nasa.gov",
        "url": "https://earthobservatory.nasa.gov/images/13634/hurricane-alex",
        "title": "Hurricane Alex",
        "published": None,
        "truncated": False,
        "note": EO_CREDIT + " The page shows no publication date (image acquired 2004-08-04). "
                "'the next 24 hours' is a duration (span with 'the next', as in test9).",
        "paragraphs": [
            "The MODIS instrument onboard NASA's Terra spacecraft captured this true-color image "
            "of Hurricane Alex on August 4, 2004 at 11:00 A.M. EDT. At the time this image was "
            "taken Alex was located approximately 400 miles east-northeast of Cape Hatteras, "
            "North Carolina and had maximum sustained winds of 85 mph. Alex was moving towards "
            "the east-northeast at 20 mph and that motion was expected to continue over the "
            "next 24 hours.",
            "The MODIS Rapid Response System provides this image at additional resolutions and "
            "formats.",
        ],
        "quantities": [
            q("approximately 400 miles", 400, "mile", "length",
              "distance of Hurricane Alex from Cape Hatteras", approx=True),
            rate("85 mph", 85, "mile/hour", "maximum sustained winds of Hurricane Alex"),
            rate("20 mph", 20, "mile/hour", "forward motion of Hurricane Alex"),
            q("the next 24 hours", 24, "hour", "duration", "expected continuation of the motion"),
        ],
    },
    {
        "id": "qt11-04",
        "source": "usgov:earthobservatory.nasa.gov",
        "url": "https://earthobservatory.nasa.gov/NaturalHazards/view.php?id=35337&eocn=image"
               "&eoci=nh_viewall",
        "title": "Hurricane Ike",
        "published": None,
        "truncated": False,
        "note": "Removed: the headline (twice; moved to title) and the closing credit line "
                "('NASA image by ... Caption by ...'). No publication date on the page (image of "
                "2008-09-07). 'near 135 mph' and 'around 125 miles per hour' are approximate. "
                "'250 meters per pixel' (spatial resolution) is one rate quantity, unit "
                "meter/pixel. Hurricane categories are ratings, not quantities.",
        "paragraphs": [
            "Just an hour and a half after this image of Hurricane Ike was captured by the "
            "Moderate Resolution Imaging Spectroradiometer (MODIS) on NASA’s Aqua satellite on "
            "September 7, 2008, the National Hurricane Center released its 2:00 p.m. EDT public "
            "advisory, warning residents of Cuba and other Caribbean islands, as well as the "
            "Florida Keys, that Ike was a dangerous Category 4 hurricane, with winds near 135 "
            "mph (215 kilometers per hour), with higher gusts.",
            "The image shows Ike approaching eastern Cuba, the eye just west of Great Inagua "
            "Island (one of the Turks and Caicos Islands). According to later advisories, Ike "
            "made landfall as a Category 3 storm, with winds around 125 miles per hour. Heavy "
            "rains were predicted to cause deadly floods and mudslides in mountainous parts of "
            "Hispaniola (Haiti and the Dominican Republic) and Cuba.",
            "The high-resolution image provided above is at MODIS’ full spatial resolution "
            "(level of detail) of 250 meters per pixel. The MODIS Rapid Response System "
            "provides this image at additional resolutions.",
        ],
        "quantities": [
            q("an hour and a half", 1.5, "hour", "duration",
              "time between the image and the NHC advisory"),
            rate("near 135 mph", 135, "mile/hour", "winds of Hurricane Ike at the advisory",
                 approx=True),
            rate("215 kilometers per hour", 215, "kilometer/hour",
                 "winds of Hurricane Ike at the advisory"),
            rate("around 125 miles per hour", 125, "mile/hour",
                 "winds of Hurricane Ike at landfall", approx=True),
            rate("250 meters per pixel", 250, "meter/pixel", "MODIS spatial resolution"),
        ],
    },
    {
        "id": "qt11-05",
        "source": "usgov:earthobservatory.nasa.gov",
        "url": "https://earthobservatory.nasa.gov/images/16962/fires-in-california",
        "title": "Fires in California",
        "published": None,
        "truncated": False,
        "note": "Title from the URL slug (the stored text has no headline). Removed the closing "
                "credit line. No publication date on the page (fire of 2006-07-11/12). 'two "
                "fires' is a count; '250 meters per pixel' is a rate (meter/pixel).",
        "paragraphs": [
            "In Southern California’s Mojave Desert, a large wildfire was burning rapidly "
            "through chaparral terrain at the foothills of the San Bernardino Mountains on July "
            "11, 2006. This image of the fire was captured by the Moderate Resolution Imaging "
            "Spectroradiometer (MODIS) on NASA’s Aqua satellite at 2:20 p.m. U.S. Pacific Time "
            "that afternoon. The towering column of gray-brown smoke marches northeast over the "
            "desert. A red perimeter outlines locations where MODIS detected actively burning "
            "fire. According to the National Interagency Fire Center, two fires are burning "
            "close together in this area: the Sawtooth Fire, which was about 6,000 acres and 0 "
            "percent contained as of July 12, and the much smaller Millard Fire, which was "
            "estimated to be about 125 acres and 70 percent contained.",
            "The close-up image is shown at MODIS’ maximum spatial resolution (level of "
            "detail) of 250 meters per pixel. The large image shows a wider area at the same "
            "resolution.",
        ],
        "quantities": [
            cnt("two fires", 2, "fires burning close together in the Mojave Desert", "fires"),
            q("about 6,000 acres", 6000, "acre", "area", "Sawtooth Fire", approx=True),
            pct("0 percent", 0, "containment of the Sawtooth Fire"),
            q("about 125 acres", 125, "acre", "area", "Millard Fire", approx=True),
            pct("70 percent", 70, "containment of the Millard Fire"),
            rate("250 meters per pixel", 250, "meter/pixel", "MODIS spatial resolution"),
        ],
    },
    {
        "id": "qt11-06",
        "source": "usgov:terra.nasa.gov",
        "url": "https://terra.nasa.gov/author/towen1/page/14",
        "title": "Blue Cut Fire seen by MISR (post on a Terra author archive page)",
        "published": None,
        "truncated": True,
        "note": "An author archive page of terra.nasa.gov; only its first post (a MISR image of "
                "the 2016 Blue Cut Fire) is in the stored text. Title written as a description. "
                "Removed: the author label, the image identifier 'PIA20888_fig1' and the image "
                "credit line. Cut by the store; kept to the last complete sentence. 'zero "
                "percent' -> 0 percent; '70-degree' (camera view angle) -> degree, kind other; "
                "'an areas' is verbatim. Modifiers or none: 'about 83,000 people', 'some 1,300 "
                "firefighters' are persons; 'Three plumes' a count.",
        "paragraphs": [
            "On Aug. 16, 2016, at around 10:30 a.m., a brush fire ignited in the Cajon Pass east "
            "of Los Angeles, just to the west of Interstate 15. Within a matter of hours, "
            "extreme temperatures, high winds and low humidity allowed the fire to spread "
            "rapidly, burning through brush left tinder-dry by years of drought. Firefighters "
            "quickly responded, ordering the evacuation of about 83,000 people in and around the "
            "Cajon Pass, Wrightwood, Lytle Creek, Oak Hills and surrounding areas. An as-yet "
            "uncounted number of homes and structures have burned, and Interstate 15 remains "
            "closed to downed power lines and barrier damage. By Aug. 17, the fire had expanded "
            "to more than 30,000 acres and remains zero percent contained as some 1,300 "
            "firefighters continue to battle to save homes and evacuate residents.",
            "The Multi-angle Imaging SpectroRadiometer (MISR) instrument aboard NASA’s Terra "
            "satellite passed over the region on Aug. 17 around 11:50 a.m. PDT and captured "
            "this natural-color image from MISR’s 70-degree forward-viewing camera, which "
            "covers an areas about 257 miles (414 kilometers) wide. The oblique view angle makes "
            "the smoke more apparent than it would be in a more conventional vertical view. The "
            "Los Angeles metropolitan area is the large gray area on the coast in the center of "
            "the image. Three plumes from the Blue Cut Fire are clearly visible in the mountains "
            "to the north. This oblique view also shows an enormous cloud of smoke spreading "
            "northeastward over a significant portion of eastern California and Nevada. This "
            "smoke probably originated from the fire as it consumed almost 20,000 acres on the "
            "evening of the 16th and traveled north overnight.",
            "Also visible from this oblique view is considerable haziness filling California’s "
            "Central Valley, to the northwest of the Blue Cut Fire.",
        ],
        "quantities": [
            per("about 83,000 people", 83000, "people ordered to evacuate", approx=True),
            q("more than 30,000 acres", 30000, "acre", "area", "Blue Cut Fire by Aug. 17",
              approx=True),
            pct("zero percent", 0, "containment of the Blue Cut Fire"),
            per("some 1,300 firefighters", 1300, "firefighters battling the fire", approx=True),
            q("70-degree", 70, "degree", "other", "view angle of MISR forward camera"),
            q("about 257 miles", 257, "mile", "length", "width covered by the MISR camera",
              approx=True),
            q("414 kilometers", 414, "kilometer", "length", "width covered by the MISR camera"),
            cnt("Three plumes", 3, "plumes from the Blue Cut Fire", "plumes"),
            q("almost 20,000 acres", 20000, "acre", "area",
              "area consumed on the evening of the 16th", approx=True),
        ],
    },
    {
        "id": "qt11-07",
        "source": "usgov:www.ncei.noaa.gov",
        "url": "https://www.ncei.noaa.gov/news?search_ncei_news=&page=8",
        "title": "NCEI news listing, page 8 (summer 2020 teasers)",
        "published": None,
        "truncated": False,
        "note": "A listing page of NOAA NCEI news items: ten one-sentence teasers (prose "
                "sentences, one paragraph each), June–July 2020; no page date. Title written as "
                "a description. Temperatures with '°F'/'°C' -> fahrenheit/celsius, kind other "
                "(departures such as '1.8°F above' also carry the scale unit). 'three-month' and "
                "'141-year' are compound-adjective durations. '11 regions' and 'six "
                "microsatellites' are counts. Drought Monitor dates and '20th-century' are not "
                "quantities.",
        "paragraphs": [
            "During June, the average contiguous U.S. temperature was 70.3°F, 1.8°F above the "
            "20th-century average.",
            "According to the July 7 U.S. Drought Monitor, moderate to extreme drought covers "
            "21.6% of the United States including Puerto Rico.",
            "According to the June 30 U.S. Drought Monitor, moderate to exceptional drought "
            "covers 21.4% of the United States including Puerto Rico.",
            "The June 2020 three-month summaries of climate impacts and outlooks are now "
            "available for 11 regions and subregions.",
            "According to the June 23 U.S. Drought Monitor, moderate to extreme drought covers "
            "21.4% of the United States including Puerto Rico.",
            "NCEI is archiving data from COSMIC-2, a constellation of six microsatellites that "
            "launched in June 2019.",
            "According to the June 16 U.S. Drought Monitor, moderate to extreme drought covers "
            "19.6% of the United States including Puerto Rico.",
            "The global land and ocean temperature departure from average for May 2020 was "
            "1.71°F (0.95°C) above average, tying with 2016 as the warmest May in the 141-year "
            "record.",
            "According to the June 9 U.S. Drought Monitor, moderate to extreme drought covers "
            "17.9% of the United States including Puerto Rico.",
            "During May, the average contiguous U.S. temperature was 60.8°F, 0.6°F above the "
            "20th-century average.",
        ],
        "quantities": [
            temp("70.3°F", 70.3, "fahrenheit", "average contiguous U.S. temperature in June"),
            temp("1.8°F", 1.8, "fahrenheit", "June temperature above the 20th-century average"),
            pct("21.6%", 21.6, "U.S. area in moderate to extreme drought (July 7)"),
            pct("21.4%", 21.4, "U.S. area in moderate to exceptional drought (June 30)"),
            q("three-month", 3, "month", "duration", "period of the climate summaries"),
            cnt("11 regions", 11, "regions and subregions with summaries",
                "regions and subregions"),
            pct("21.4%", 21.4, "U.S. area in moderate to extreme drought (June 23)"),
            cnt("six microsatellites", 6, "COSMIC-2 constellation", "microsatellites"),
            pct("19.6%", 19.6, "U.S. area in moderate to extreme drought (June 16)"),
            temp("1.71°F", 1.71, "fahrenheit",
                 "global temperature departure from average for May 2020"),
            temp("0.95°C", 0.95, "celsius",
                 "global temperature departure from average for May 2020"),
            q("141-year", 141, "year", "duration", "global temperature record"),
            pct("17.9%", 17.9, "U.S. area in moderate to extreme drought (June 9)"),
            temp("60.8°F", 60.8, "fahrenheit", "average contiguous U.S. temperature in May"),
            temp("0.6°F", 0.6, "fahrenheit", "May temperature above the 20th-century average"),
        ],
    },
]

EIA_TIE = ("Removed: page furniture (EIA logo line, site notices, 'Today in Energy' label), the "
           "date line (moved to published), the headline (moved to title), chart titles and "
           "their 'Source ...' lines.")

DOCS += [
    {
        "id": "qt11-08",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/energyexplained/index.cfm?page=nuclear_use",
        "title": "What is the status of the U.S. nuclear industry?",
        "published": None,
        "truncated": False,
        "note": "EIA Energy Explained page (nuclear); no page date (figures 'As of May 2017'). The "
                "headline is the question (moved to title); the one-line paragraph 'Annual "
                "nuclear generation ... in recent years.' (probably a chart caption) is kept as "
                "stored. 'about 36 years old' is the age of things: unit year, kind other, span "
                "without 'old'. Modifiers stop the spans '99' (operating commercial nuclear "
                "reactors) and '61' (nuclear power plants). 'first', 'second', 'Unit 1', 'Unit 2' "
                "are not quantities.",
        "paragraphs": [
            "On December 2, 1942, under the bleachers of the football stadium at the University "
            "of Chicago, Dr. Enrico Fermi initiated the first controlled nuclear chain reaction. "
            "The experiment, conducted as part of the wartime atomic bomb program, also led to "
            "peaceful uses of the atom, including construction of the first U.S. nuclear power "
            "plant at Shippingport, Pennsylvania, in 1957.",
            "As of May 2017, there were 99 operating commercial nuclear reactors at 61 nuclear "
            "power plants in the United States. The average age of U.S. nuclear reactors is "
            "about 36 years old. The oldest operating reactors, Nine Mile Point Unit 1 and "
            "Oyster Creek, began commercial operation in December 1969. Four reactors were "
            "permanently shut down in 2013, and one reactor was taken out of service in 2014. "
            "The newest reactor to enter service, Watts Bar Unit 2, came online in 2016.",
            "Since 1990, the share of total annual U.S. electricity generation provided by "
            "nuclear power has averaged about 20%. Nuclear generation has generally increased "
            "through power plant modifications to increase capacity (known as uprates) and by "
            "shortening the length of time reactors are offline for refueling.",
            "Annual nuclear generation in the United States has remained relatively steady in "
            "recent years.",
            "The Grand Coulee Dam in Washington has the most electricity generation capacity of "
            "any electric power plant in the United States, at 7,079 megawatts (MW) net summer "
            "capacity. The Palo Verde nuclear power plant in Arizona ranks second in the nation "
            "with a capacity of 3,937 MW. Nuclear plants use more of their capacity on an "
            "annual basis than hydropower facilities. In 2016, Grand Coulee generated about 19 "
            "million megawatthours of electricity, while Palo Verde generated about 32 million "
            "megawatthours.",
        ],
        "quantities": [
            cnt("99", 99, "operating commercial nuclear reactors in the U.S.", "reactors"),
            cnt("61", 61, "U.S. nuclear power plants", "nuclear power plants"),
            q("about 36 years", 36, "year", "other", "average age of U.S. nuclear reactors",
              approx=True),
            cnt("Four reactors", 4, "reactors permanently shut down in 2013", "reactors"),
            cnt("one reactor", 1, "reactor taken out of service in 2014", "reactors"),
            pct("about 20%", 20, "nuclear share of U.S. electricity generation since 1990",
                approx=True),
            power("7,079 megawatts", 7079, "megawatt", "net summer capacity of Grand Coulee Dam"),
            power("3,937 MW", 3937, "megawatt", "capacity of Palo Verde nuclear plant"),
            q("about 19 million megawatthours", 1.9e7, "megawatt_hour", "other",
              "Grand Coulee generation in 2016", approx=True),
            q("about 32 million megawatthours", 3.2e7, "megawatt_hour", "other",
              "Palo Verde generation in 2016", approx=True),
        ],
    },
    {
        "id": "qt11-09",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/todayinenergy/detail.php?id=51978",
        "title": "U.S. nuclear electricity generation continues to decline as more reactors retire",
        "published": "2022-04-08",
        "truncated": True,
        "note": EIA_TIE + " Cut by the store; kept to the last complete sentence. Spans stop at "
                "the number before modifiers: 'Six' (nuclear generating units), 'Three' (more "
                "reactors); 'one generating unit' and the elliptical 'one' (unit, in 2025) are "
                "counts. 'second consecutive year' and 'the previous decade' are not annotated "
                "(ordinal; no number).",
        "paragraphs": [
            "In 2021, for the second consecutive year, U.S. nuclear electricity generation "
            "declined. Output from U.S. nuclear power plants totaled 778 million megawatthours "
            "in 2021, or 1.5% less than the previous year. Nuclear’s share of U.S. electricity "
            "generation across all sectors in 2021 was similar to its average share in the "
            "previous decade: 19%.",
            "Six nuclear generating units with a total capacity of 4,736 megawatts (MW) have "
            "retired since the end of 2017. Three more reactors with a combined 3,009 MW of "
            "capacity are scheduled to retire in the coming years: Michigan’s Palisades is "
            "scheduled to retire later this year, and California’s Diablo Canyon is slated to "
            "retire one generating unit in 2024 and one in 2025. We compile announced retirement "
            "dates and new plants' intended online dates in our Preliminary Monthly Electric "
            "Generator Inventory.",
            "The loss of electricity generation from the retirement of Indian Point Unit 3 in "
            "2021 was partially offset by an increase in the generation of the remaining nuclear "
            "fleet at a higher capacity factor. Capacity factors measure how much of the time "
            "units operate, and nuclear units tend to be run more of the time than almost all "
            "other electricity-generating technologies. The U.S. nuclear power fleet has "
            "achieved an average annual capacity factor of at least 90% in every year since "
            "2012. The nuclear capacity factor averaged 93% in 2021.",
            "Although output has been rising from renewable energy sources and from turbine "
            "plants using natural gas, the U.S. nuclear fleet continues to operate at high and "
            "consistent utilization rates.",
        ],
        "quantities": [
            q("778 million megawatthours", 7.78e8, "megawatt_hour", "other",
              "U.S. nuclear output in 2021"),
            pct("1.5%", 1.5, "decline of nuclear output from the previous year"),
            pct("19%", 19, "nuclear share of U.S. electricity generation"),
            cnt("Six", 6, "nuclear generating units retired since 2017", "nuclear generating units"),
            power("4,736 megawatts", 4736, "megawatt", "capacity of retired nuclear units"),
            cnt("Three", 3, "reactors scheduled to retire", "reactors"),
            power("3,009 MW", 3009, "megawatt", "capacity of reactors scheduled to retire"),
            cnt("one generating unit", 1, "Diablo Canyon unit retiring in 2024",
                "generating units"),
            cnt("one", 1, "Diablo Canyon unit retiring in 2025", "generating units",
                after="2024 and "),
            pct("at least 90%", 90, "annual capacity factor of the nuclear fleet since 2012",
                approx=True),
            pct("93%", 93, "nuclear capacity factor in 2021"),
        ],
    },
    {
        "id": "qt11-10",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/todayinenergy/detail.php?id=45077",
        "title": "EIA expects U.S. hydroelectric generation to increase in 2020 despite drought "
                 "conditions",
        "published": "2020-09-11",
        "truncated": True,
        "note": EIA_TIE + " Also removed the site-wide notice 'EIA has resumed its regular data "
                "publication schedule ...'. Cut by the store; kept to the last complete sentence. "
                "'between 70% and 130%' is a range; 'the first half of 2020' and 'the eastern "
                "half' are not quantities (a period and a location).",
        "paragraphs": [
            "In its latest Short-Term Energy Outlook (STEO), the U.S. Energy Information "
            "Administration (EIA) forecasts that electricity generation from hydroelectric power "
            "plants in the United States will grow by 4% in 2020 from 2019 levels, to 280 "
            "billion kilowatthours, despite current drought conditions and extensive wildfires "
            "in parts of the country, including in the Pacific Northwest.",
            "States in the Pacific Northwest, home to the Columbia River Basin, are the largest "
            "hydroelectric power producers in the United States. Idaho, Montana, Oregon, and "
            "Washington, the four states that make up the Pacific Northwest, generated 47% of "
            "all U.S. hydroelectric power in the first half of 2020. As such, drought conditions "
            "in these states can have noticeable impacts on overall U.S. hydroelectric "
            "generation, especially if the drought is severe or long lasting.",
            "Many factors affect how much water is available to generate hydroelectric power, "
            "including precipitation levels in current and previous years. Seasonal "
            "precipitation for the 2020 water year (October 2019 to September 2020) has been "
            "mixed in the Columbia River Basin. Most of the stations in the eastern half of the "
            "basin have reported between 70% and 130% of normal precipitation, and some "
            "stations in the western half have reported less than 50% of normal precipitation.",
        ],
        "quantities": [
            pct("4%", 4, "forecast growth of U.S. hydroelectric generation in 2020"),
            q("280 billion kilowatthours", 2.8e11, "kilowatt_hour", "other",
              "forecast U.S. hydroelectric generation in 2020"),
            cnt("four states", 4, "states of the Pacific Northwest", "states"),
            pct("47%", 47, "Pacific Northwest share of U.S. hydroelectric power"),
            pct("between 70% and 130%", 70, "normal precipitation at eastern basin stations",
                high=130),
            pct("less than 50%", 50, "normal precipitation at some western basin stations",
                approx=True),
        ],
    },
    {
        "id": "qt11-11",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/electricity/monthly/update/",
        "title": "Electricity Monthly Update (with data for March 2019)",
        "published": "2019-05-24",
        "truncated": True,
        "note": "Removed: EIA logo line, '‹ See all Electricity Reports', report title, the "
                "release line (date moved to published), 'Previous Issues', the subheading "
                "'Highlights: March 2019', the 'Key indicators' link list and the article "
                "headline 'U.S. utility-scale battery storage power capacity planned to "
                "increase substantially by 2023'. The three highlight bullets are kept as "
                "paragraphs (bullet marks dropped). Cut by the store inside the sentence 'The "
                "two largest operating utility-scale battery storage sites ...'; kept to the "
                "last complete sentence. '$155/MMBtu' is a rate (USD/MMBtu); plain 'tons' of "
                "coal -> metric_ton (guideline); '1 megawatt or greater' keeps the trailing "
                "qualifier in the span (approximate).",
        "paragraphs": [
            "Wholesale natural gas prices reached $155/MMBtu in the Northwest (Sumas), the "
            "highest U.S. price in at least five years, due to cold weather and pipeline supply "
            "constraints.",
            "The peak demand day in Southern Company was 8% higher in March 2019 than in "
            "February 2019, mainly due to extremely warm temperatures in the region during "
            "February, which led to reduced heating demand and thus reduced electricity "
            "generation during February.",
            "Total U.S. coal stockpiles dropped to 97.1 million tons and continue to be at "
            "historically low levels.",
            "As of February 2019, utility-scale battery storage in the United States has "
            "reached 866 megawatts (MW) of installed power capacity, according to EIA’s Form "
            "EIA-860M, Monthly Update to the Annual Electric Generator Report. Although it is a "
            "newer electric power resource, utility-scale battery storage (1 megawatt or greater "
            "power capacity) has been growing in recent years. This growth is a result of states "
            "developing energy storage related policies, as well as FERC Order 841 that directs "
            "Regional Transmission Organizations (RTOs) and Independent System Operators (ISOs) "
            "to allow for battery systems to engage in their wholesale energy, capacity, and "
            "ancillary services markets. In addition, the pairing of battery storage with "
            "intermittent renewable resources, such as wind and solar, has become increasingly "
            "competitive compared with traditional generation options.",
        ],
        "quantities": [
            rate("$155/MMBtu", 155, "USD/MMBtu", "wholesale natural gas price at Sumas"),
            q("at least five years", 5, "year", "duration", "period without a higher U.S. price",
              approx=True),
            pct("8%", 8, "rise of Southern Company peak demand day from February"),
            q("97.1 million tons", 9.71e7, "metric_ton", "mass", "U.S. coal stockpiles"),
            power("866 megawatts", 866, "megawatt", "U.S. utility-scale battery storage capacity"),
            power("1 megawatt or greater", 1, "megawatt",
                  "threshold of utility-scale battery storage", approx=True),
        ],
    },
    {
        "id": "qt11-12",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6298",
        "title": "Solar Power Installations Continue Apace in California",
        "published": "2003-04-02",
        "truncated": False,
        "note": EERE_NOTE + " Compound adjectives '108-kilowatt' etc. are power quantities "
                "(kilowatt, kind other). 'the two companies' -> span 'two companies'; 'two solar "
                "electric systems' -> span 'two' (modifiers between).",
        "paragraphs": [
            "California continues to maintain a rapid pace for solar power installations, "
            "judging by recent announcements from Shell Solar and PowerLight Corporation. In "
            "March, the two companies announced a total of nearly 800 kilowatts of new solar "
            "energy installations.",
            "PowerLight Corporation dedicated two solar electric systems in Vallejo: a "
            "108-kilowatt system on Vallejo City Hall and a 224-kilowatt system on the John F. "
            "Kennedy Public Library. The company also dedicated a 231-kilowatt system in Fresno, "
            "installed on the roof of OK Produce's distribution facility.",
            "The Shell Solar announcements include a 150-kilowatt system at Salina Valley "
            "Memorial Hospital in Monterey County, a 73-kilowatt system in Los Angeles, and a "
            "1.76-kilowatt system that will help monitor the California Condor at the Hopper "
            "Mountain National Wildlife Refuge in Southern California.",
        ],
        "quantities": [
            cnt("two companies", 2, "companies announcing solar installations", "companies"),
            power("nearly 800 kilowatts", 800, "kilowatt", "new solar installations announced in "
                  "March", approx=True),
            cnt("two", 2, "solar electric systems dedicated in Vallejo", "solar electric systems"),
            power("108-kilowatt", 108, "kilowatt", "system on Vallejo City Hall"),
            power("224-kilowatt", 224, "kilowatt", "system on the John F. Kennedy Public Library"),
            power("231-kilowatt", 231, "kilowatt", "system in Fresno"),
            power("150-kilowatt", 150, "kilowatt", "system at Salina Valley Memorial Hospital"),
            power("73-kilowatt", 73, "kilowatt", "system in Los Angeles"),
            power("1.76-kilowatt", 1.76, "kilowatt", "system monitoring the California Condor"),
        ],
    },
    {
        "id": "qt11-13",
        "source": "usgov:response.restoration.noaa.gov",
        "url": "http://response.restoration.noaa.gov/oil-and-chemical-spills/significant-incidents/"
               "recent-spill-incidents.html",
        "title": "Recent Emergency Spill Responses",
        "published": None,
        "truncated": True,
        "note": "NOAA Office of Response and Restoration. The stored http version has no headline; "
                "the title is the one the https copy of the same page shows. No page date. Cut "
                "by the store; kept to the last complete sentence. '150-200 incidents' is a range "
                "(count); '89-day' a duration; '4.8 million gallon' (tank) a compound-adjective "
                "volume; 'more than a thousand gallons' -> 1000 gallon (approximate); '#2 diesel "
                "fuel' is a product name.",
        "paragraphs": [
            "OR&R's Emergency Response Division (ERD) supports emergency response activities for "
            "oil and hazardous chemical spills in coastal waters. Each year, these scientists "
            "and support staff offer their technical expertise in response to 150-200 incidents, "
            "the majority of which are oil spills. Some of these originate from leaking oil "
            "pipelines or vessel collisions, while others can result from hurricanes or drilling "
            "well blowouts, as in the case of the Deepwater Horizon/BP oil spill.",
            "Get a feel for OR&R's work in this sampling of recent spill responses that ERD has "
            "supported:",
            "Deepwater Horizon/BP Oil Spill: On April 20, 2010, the Mobile Offshore Drilling Unit "
            "Deepwater Horizon caught fire and later sank in the Gulf of Mexico, approximately 50 "
            "miles offshore of Louisiana. Spill control systems including the blow-out preventer "
            "failed and resulted in an 89-day release of crude oil, ultimately becoming the "
            "largest spill in U.S. history.",
            "Adak Petroleum Tank Release: On January 11, 2010, up to 142,000 gallons of #2 diesel "
            "fuel was released from a 4.8 million gallon underground tank at the Adak Petroleum "
            "Bulk Fuel facility on Adak Island in the central Aleutian Islands of Alaska. Fuel "
            "was being transferred from a tanker at the adjacent loading dock, when the tank was "
            "overfilled. The containment sump unit was overwhelmed and the fuel entered Helmet "
            "Creek, which flows into the small boat harbor in the Port of Adak. Most of the "
            "diesel was confined to the creek, but more than a thousand gallons may have flowed "
            "out to Sweeper Cove.",
            "Eugene Island Pipeline Spill: On July 26, 2009, oil was observed approximately 33 "
            "miles offshore and 60 miles southwest of Houma, Louisiana. The oil was subsequently "
            "identified as coming from a leak from the Eugene Island Pipeline System. An "
            "estimated 63,000 gallons of oil was released. Pre-approved dispersant was applied "
            "to the heaviest concentrations of the spill and a significant amount of skimming "
            "was done.",
        ],
        "quantities": [
            cnt("150-200 incidents", 150, "spill incidents ERD responds to each year",
                "incidents", high=200),
            q("approximately 50 miles", 50, "mile", "length",
              "distance of Deepwater Horizon offshore of Louisiana", approx=True),
            q("89-day", 89, "day", "duration", "release of crude oil from Deepwater Horizon"),
            q("up to 142,000 gallons", 142000, "gallon", "volume",
              "diesel fuel released at Adak", approx=True),
            q("4.8 million gallon", 4.8e6, "gallon", "volume", "underground tank at Adak"),
            q("more than a thousand gallons", 1000, "gallon", "volume",
              "diesel that may have reached Sweeper Cove", approx=True),
            q("approximately 33 miles", 33, "mile", "length",
              "distance offshore of the Eugene Island oil", approx=True),
            q("60 miles", 60, "mile", "length", "distance southwest of Houma"),
            q("An estimated 63,000 gallons", 63000, "gallon", "volume",
              "oil released from the Eugene Island Pipeline", approx=True),
        ],
    },
    {
        "id": "qt11-14",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/petroleum/weekly/archive/2017/171004/includes/"
               "analysis_print.php",
        "title": "Propane supply for Midwest markets appears normal as heating season begins",
        "published": "2017-10-04",
        "truncated": True,
        "note": "This Week in Petroleum (print view). Removed: EIA logo line, '‹ See the most "
                "recent This Week in Petroleum', the report name, the release-date line (moved to "
                "published) and the headline (moved to title). Cut by the store; kept to the last "
                "complete sentence. 'five-year' (average) is a compound-adjective duration each "
                "time; 'nearly $5 per gallon' and 'less than $1/gal' are rates (USD/gallon); "
                "'between 25 and 28 million barrels' is a range; 'PADD 2', 'Figure 1' and "
                "'the first week' are not quantities.",
        "paragraphs": [
            "The first week of October marks the start of the winter heating season. Propane "
            "inventories in the Midwest, Petroleum Administration for Defense District (PADD) 2, "
            "have increased in the past few weeks to reach levels near the five-year average "
            "(normal). However, the process and timing of inventories reaching their normal "
            "levels this year was unusual, likely because of disruptions on the Gulf Coast "
            "related to Hurricane Harvey.",
            "Midwest propane inventories at the beginning of the heating season are an important "
            "indicator of supply adequacy. Currently the National Oceanic and Atmospheric "
            "Administration (NOAA) forecasts winter weather in the Midwest to be 15% colder than "
            "last year, but in line with the five-year average. In the event of an unexpectedly "
            "colder-than-normal winter, inventories are needed to manage properly rapid changes "
            "in short-term demand, such as those that occurred during the winter of 2013-14.",
            "Heading into the winter of 2013-14, Midwest propane inventories were 2.5 million "
            "barrels lower than was typical for that time of year based on a historical "
            "five-year average. After elevated agricultural demand for corn grain drying was "
            "followed by colder-than-normal weather, Midwest propane wholesale prices were "
            "nearly $5 per gallon (gal), compared with prices of less than $1/gal recently this "
            "year.",
            "Midwest propane inventories are highly seasonal and typically build from April "
            "through September to prepare for higher demand in the winter. Although the pattern "
            "of propane inventory builds varies from season to season, inventories are "
            "typically between 25 and 28 million barrels by the start of October (Figure 1).",
        ],
        "quantities": [
            q("five-year", 5, "year", "duration", "averaging period for Midwest propane "
              "inventories"),
            pct("15%", 15, "forecast winter cold in the Midwest relative to last year"),
            q("five-year", 5, "year", "duration", "averaging period for winter weather"),
            q("2.5 million barrels", 2.5e6, "barrel", "volume",
              "shortfall of Midwest propane inventories in 2013-14"),
            q("five-year", 5, "year", "duration", "historical averaging period"),
            rate("nearly $5 per gallon", 5, "USD/gallon",
                 "Midwest propane wholesale prices in 2013-14", approx=True),
            rate("less than $1/gal", 1, "USD/gallon", "Midwest propane prices this year",
                 approx=True),
            q("between 25 and 28 million barrels", 2.5e7, "barrel", "volume",
              "typical Midwest propane inventories in early October", high=2.8e7),
        ],
    },
]

DOCS += [
    {
        "id": "qt11-15",
        "source": "usgov:fema.gov",
        "url": "https://fema.gov/fr/press-release/20201010/fema-hurricane-delta-response-update",
        "title": "FEMA Hurricane Delta Response Update",
        "published": "2020-10-10",
        "truncated": True,
        "note": "FEMA press release (English text under a '/fr/' path); title from the URL slug, "
                "date from the URL. Removed the subheadings 'Commodities' and 'Personnel "
                "Deployed'. Cut by the store inside a sentence ending with a comma; kept to the "
                "last complete sentence. Spans stop at the number before modifiers: '520' (FEMA "
                "responders, persons), 'Six' (Urban Search and Rescue Teams), 'three' (additional "
                "teams), 'two' (Disaster Medical Assistance Teams). 'more than 7 million liters' "
                "of bottled water is a volume.",
        "paragraphs": [
            "WASHINGTON -- FEMA is leaning forward with our federal, state, local and tribal "
            "partners to mobilize teams and supplies to support a state managed, locally "
            "executed response to impacts from Hurricane Delta. President Trump approved "
            "Emergency Declarations for Louisiana and Mississippi, earlier this week, "
            "authorizing FEMA to provide emergency protective measures, including direct federal "
            "assistance for designated parishes and counties. Alabama’s request for an Emergency "
            "Declaration is under review.",
            "FEMA has a total of 278 generators available for areas in need and has provided 52 "
            "generators to the Army Corps of Engineers for their use and/or distribution. FEMA "
            "has pre-staged over 8 million meals and more than 7 million liters of bottled water "
            "near the expected areas of Hurricane Delta impacts. Additional staged commodities, "
            "including blankets, tarps, blue roof sheeting and cots, are available to each "
            "affected state, based on need and requests to FEMA. Transportation teams are "
            "standing by at staging locations to move commodities to distribution points per "
            "state requests.",
            "As of today, 520 FEMA responders have been deployed in support of Hurricane Delta, "
            "including Incident Management Assistance Teams. Mobile Emergency Operations "
            "Vehicles are standing by to provide emergency communication capabilities for "
            "federal resources, if needed. Six Urban Search and Rescue Teams and an Incident "
            "Support Team have also deployed to the area, with three additional teams on alert. "
            "Louisiana and Mississippi National Guards are activated and standby to assist, if "
            "needed, and two Disaster Medical Assistance Teams are on stand-by in Dallas.",
        ],
        "quantities": [
            cnt("278 generators", 278, "FEMA generators available", "generators"),
            cnt("52 generators", 52, "generators provided to the Army Corps of Engineers",
                "generators"),
            cnt("over 8 million meals", 8e6, "meals pre-staged for Hurricane Delta", "meals",
                approx=True),
            q("more than 7 million liters", 7e6, "liter", "volume",
              "bottled water pre-staged for Hurricane Delta", approx=True),
            per("520", 520, "FEMA responders deployed"),
            cnt("Six", 6, "Urban Search and Rescue Teams deployed", "teams"),
            cnt("three", 3, "additional teams on alert", "teams"),
            cnt("two", 2, "Disaster Medical Assistance Teams on stand-by", "teams",
                after="needed, and "),
        ],
    },
    {
        "id": "qt11-16",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/petroleum/weekly/archive/2005/050914/twipprint.html",
        "title": "What Goes Up Will Come Down",
        "published": "2005-09-14",
        "truncated": True,
        "note": "This Week In Petroleum (print view). The store holds two versions of this URL; "
                "the one used begins with the logo line and keeps the first paragraph. Removed: "
                "'Energy Information Administration Logo. If you need assistance viewing this "
                "page, please call (202) 586-8800 This Week In Petroleum', the breadcrumb, the "
                "release lines (date moved to published) and the headline (moved to title). Cut "
                "by the store; kept to the last complete sentence. '45 cents per gallon' -> 0.45 "
                "USD/gallon (rate); 'more than 11 cents' (price fall) -> 0.11 USD; the barrels "
                "per day figures are barrel/day rates.",
        "paragraphs": [
            "After increasing by 45 cents per gallon between August 29 and September 5 following "
            "the devastation caused by Hurricane Katrina, the average U.S. retail gasoline price "
            "fell by more than 11 cents between September 5 and 12. This reflected the beginning "
            "of the restoration of the gasoline supply chain, as refineries slowly began to "
            "return to operation and key pipelines began to see gasoline flow more freely than "
            "before. However, while the situation may be improving, the supply system is still "
            "a long way from being back to normal.",
            "The data released today for last week clearly shows a gasoline system moving back "
            "toward equilibrium. Even with a slight increase in refinery throughput (many "
            "refineries only began to get restarted late last week), gasoline production "
            "increased dramatically, rising by more than 400,000 barrels per day. This clearly "
            "reflects refiners and blenders attempting to maximize gasoline production, which "
            "makes economic sense, given high wholesale prices. In addition, total gasoline "
            "imports (including blending components), averaged 1.1 million barrels per day, an "
            "increase of 236,000 barrels per day over the previous week, and about 300,000 "
            "barrels per day more than typically seen in early September. With high prices "
            "encouraging incremental supplies to the United States, and pledges of increased "
            "exports to the United States from strategic stockpiles of countries belonging to "
            "the International Energy Agency, gasoline imports should remain elevated over the "
            "next few weeks. Increased supply will put downward pressure on prices. EIA expects "
            "retail prices to continue dropping over the remainder of the month and possibly "
            "longer.",
        ],
        "quantities": [
            rate("45 cents per gallon", 0.45, "USD/gallon",
                 "rise of average U.S. retail gasoline price after Katrina"),
            q("more than 11 cents", 0.11, "USD", "money",
              "fall of average U.S. retail gasoline price", approx=True),
            rate("more than 400,000 barrels per day", 400000, "barrel/day",
                 "increase in gasoline production", approx=True),
            rate("1.1 million barrels per day", 1.1e6, "barrel/day", "total gasoline imports"),
            rate("236,000 barrels per day", 236000, "barrel/day",
                 "increase in gasoline imports over the previous week"),
            rate("about 300,000 barrels per day", 300000, "barrel/day",
                 "gasoline imports above the early-September norm", approx=True),
        ],
    },
    {
        "id": "qt11-17",
        "source": "usgov:volcanoes.usgs.gov",
        "url": "http://volcanoes.usgs.gov/activity/archiveupdate.php?noticeid=5176",
        "title": "Earthquake swarm on the northwest edge of Yellowstone Caldera continues.",
        "published": "2010-01-19",
        "truncated": True,
        "note": "USGS Volcano Hazards Program, 'Volcano Update from Archive'. Removed: the page "
                "label, the date/time lines (date moved to published), the volcano header block "
                "(name, coordinates, summit elevation, alert level, aviation color code), the "
                "headline (moved to title), the 'Released:' line and the closing link lines "
                "(University of Utah and USGS web addresses); the stored text continues past "
                "them. Magnitudes are unit 'magnitude', kind other, with the unit word in the "
                "span ('magnitude 3.7', range 'magnitudes 0.5 to 3.7', thresholds 'magnitude "
                "larger than 3' and 'magnitude less than 2' approximate, range 'magnitude 2 to "
                "3'). '469' stops before 'located earthquakes'. Verbatim oddity kept: 'January "
                "19, 2010. and there have been'. Clock times are not quantities.",
        "paragraphs": [
            "The University of Utah Seismograph Stations reports an update of information on an "
            "ongoing earthquake swarm in Yellowstone National Park that began January 17, 2010 "
            "(1:00 PM MST). The swarm is located about 10 miles northwest of Old Faithful, WY "
            "and 9 miles southeast of West Yellowstone, MT. The largest earthquake in the swarm "
            "as of 3 PM, January 19, 2010, was a magnitude 3.7 event that occurred at 2:31 PM, "
            "MST, January 19, 2010. and there have been 469 located earthquakes in the swarm of "
            "magnitudes 0.5 to 3.7. This includes 5 events of magnitude larger than 3, with 34 "
            "events of magnitude 2 to 3, and 430 events of magnitude less than 2. There have "
            "been multiple personal reports of ground shaking from observations inside "
            "Yellowstone National Park and in neighboring communities in Montana and Idaho for "
            "some of the larger events. Earthquake swarms of this nature are relatively common "
            "in Yellowstone National Park.",
            "At this time the Yellowstone Volcano Observatory does not consider the swarm to be "
            "unusual and the earthquakes are likely related to tectonic fault sources. Also "
            "there is no indication of premonitory volcanic or hydrothermal activity, but "
            "ongoing analyses will evaluate these different sources.",
        ],
        "quantities": [
            q("about 10 miles", 10, "mile", "length", "distance of swarm from Old Faithful",
              approx=True),
            q("9 miles", 9, "mile", "length", "distance of swarm from West Yellowstone"),
            q("magnitude 3.7", 3.7, "magnitude", "other", "largest earthquake in the swarm"),
            cnt("469", 469, "located earthquakes in the swarm", "earthquakes"),
            q("magnitudes 0.5 to 3.7", 0.5, "magnitude", "other",
              "range of magnitudes in the swarm", high=3.7),
            cnt("5 events", 5, "events of magnitude larger than 3", "events"),
            q("magnitude larger than 3", 3, "magnitude", "other",
              "threshold of the largest events", approx=True),
            cnt("34 events", 34, "events of magnitude 2 to 3", "events"),
            q("magnitude 2 to 3", 2, "magnitude", "other", "magnitude class of 34 events",
              high=3),
            cnt("430 events", 430, "events of magnitude less than 2", "events"),
            q("magnitude less than 2", 2, "magnitude", "other", "threshold of the smallest events",
              approx=True),
        ],
    },
    {
        "id": "qt11-18",
        "source": "usgov:visibleearth.nasa.gov",
        "url": "http://visibleearth.nasa.gov/view.php?id=71503",
        "title": "Heat wave across Spain (surface temperature image)",
        "published": "2004-07-09",
        "truncated": False,
        "note": "NASA Visible Earth. Removed: the three image-preview blocks (title, pixel size, "
                "file size), the repeated title, the credit line, 'Published ...' (moved to "
                "published), 'Data acquired', 'Source:', 'Collections:' and 'Visible Earth'. "
                "'roughly the right-most three-quarters' -> span 'three-quarters' (fraction 0.75), "
                "approximate because of 'roughly' before the modifier; 'left-hand quarter' -> "
                "'quarter' (fraction 0.25). 'several people' (no scale word) and 'A few fires' are "
                "not annotated. Clock times are not quantities.",
        "paragraphs": [
            "On July 1, 2004, Spain (roughly the right-most three-quarters of the peninsula) and "
            "Portugal (left-hand quarter) were in the midst of a blistering heat wave that cost "
            "several people their lives. When the Moderate Resolution Imaging Spectroradiometer "
            "(MODIS) on the Aqua satellite captured this image (13:35 UTC, or 2:35 p.m. local "
            "time in Lisbon, Portugal) cool, sheltering clouds hugged only the northern "
            "coastline, while the rest of the country baked in the Sun.",
            "The surface temperature image shows temperature observations collected by MODIS "
            "that scientists have color-coded in shades of pink (coldest temperatures) to "
            "blackish-red (highest temperatures). Deep reds dominate the country, especially "
            "around the central part of the border between the two countries, where land "
            "surface temperatures reach a scorching 59 degrees Celsius (138 degrees "
            "Fahrenheit). According to news reports, air temperatures were above 40 degrees "
            "Celsius (over 100 degrees Fahrenheit), and energy demand for air conditioning and "
            "refrigeration had caused power blackouts in places.",
            "The natural color version of the image shows Spain in light tan, marbled with green "
            "vegetation. A few fires have been marked with red dots.",
        ],
        "quantities": [
            q("three-quarters", 0.75, "fraction", "percent", "share of the peninsula that is "
              "Spain", approx=True),
            q("quarter", 0.25, "fraction", "percent", "share of the peninsula that is Portugal"),
            cnt("two countries", 2, "Spain and Portugal", "countries"),
            temp("59 degrees Celsius", 59, "celsius", "land surface temperature near the border"),
            temp("138 degrees Fahrenheit", 138, "fahrenheit",
                 "land surface temperature near the border"),
            temp("above 40 degrees Celsius", 40, "celsius", "air temperatures", approx=True),
            temp("over 100 degrees Fahrenheit", 100, "fahrenheit", "air temperatures",
                 approx=True),
        ],
    },
    {
        "id": "qt11-19",
        "source": "usgov:marinedebris.noaa.gov",
        "url": "https://marinedebris.noaa.gov/project-highlights/noaa-begins-mission-remove-"
               "marine-debris-northwestern-hawaiian-islands",
        "title": "NOAA Begins Mission to Remove Marine Debris from the Northwestern Hawaiian "
                 "Islands",
        "published": "2014-09-28",
        "truncated": True,
        "note": "NOAA Marine Debris Program. Removed: the headline (moved to title), the photo "
                "caption (twice) and the link line '>> Follow the ship’s position in real time "
                "with NOAA’s Ship Tracker.'; the inline dateline 'SEPTEMBER 28, 2014 - ' is kept "
                "as stored. Cut by the store; kept to the last complete sentence. 'the estimated "
                "52 tons ... every year': frequency separate, so a mass (span 'estimated 52 "
                "tons', approximate). 'more than 7,000' stops before 'marine species'; 'two of "
                "the Marine Debris Program’s own staff' is a person count (span 'two'); 'one of "
                "the largest' is not annotated.",
        "paragraphs": [
            "SEPTEMBER 28, 2014 - Roughly 140 miles north of the main Hawaiian Islands, an "
            "archipelago of remote, tiny islands and atolls rises out of the sea. They stretch "
            "northwest for another 1,500 miles and are part of the Papahānaumokuākea Marine "
            "National Monument, a UNESCO World Heritage site and one of the largest marine "
            "conservation areas in the world.",
            "These Northwestern Hawaiian Islands, in addition to being a sacred cultural site for "
            "Native Hawaiians, give shelter to more than 7,000 marine species, including "
            "endangered Hawaiian monk seals, 14 million seabirds, rare and threatened land "
            "birds, and green sea turtles. They encompass 5,178 square miles of the healthiest "
            "and least disturbed coral reef habitat in U.S. waters.",
            "They are also virtually pristine, save for the estimated 52 tons of derelict "
            "fishing gear that wash up there from sources around the Pacific Ocean, unabated, "
            "every year.",
            "On September 25, a team of 17 scientists and trained divers from NOAA’s Pacific "
            "Islands Fisheries Science Center (PIFSC) and two of the Marine Debris Program’s own "
            "staff embarked on a 33-day mission to remove derelict fishing nets and plastics from "
            "the sensitive reefs, shallow waters, and shorelines of the Monument. The crew is "
            "making its way there aboard the NOAA Ship Oscar Elton Sette and will remove debris "
            "from five areas: Maro Reef, Laysan Island, Lisianski Island, Pearl and Hermes Atoll, "
            "and Midway Atoll.",
            "“Marine debris is an on-going threat to the Monument’s natural resources,” said "
            "Mark Manuel, chief scientist for the mission. “It’s critical that we get up there "
            "and remove this debris so we can mitigate any coral damage and prevent "
            "entanglements.”",
        ],
        "quantities": [
            q("Roughly 140 miles", 140, "mile", "length",
              "distance of the NWHI north of the main Hawaiian Islands", approx=True),
            q("1,500 miles", 1500, "mile", "length", "northwest extent of the NWHI"),
            cnt("more than 7,000", 7000, "marine species sheltered by the NWHI", "marine species",
                approx=True),
            cnt("14 million seabirds", 1.4e7, "seabirds sheltered by the NWHI", "seabirds"),
            q("5,178 square miles", 5178, "square_mile", "area", "coral reef habitat of the NWHI"),
            q("estimated 52 tons", 52, "metric_ton", "mass",
              "derelict fishing gear washing up each year", approx=True),
            per("17 scientists", 17, "scientists and trained divers on the mission"),
            per("two", 2, "Marine Debris Program staff on the mission", after="(PIFSC) and "),
            q("33-day", 33, "day", "duration", "debris removal mission"),
            cnt("five areas", 5, "areas where debris will be removed", "areas"),
        ],
    },
    {
        "id": "qt11-20",
        "source": "usgov:marinedebris.noaa.gov",
        "url": "https://marinedebris.noaa.gov/removal-projects/marine-debris-removal-"
               "northwestern-hawaiian-islands",
        "title": "Marine Debris Removal in the Northwestern Hawaiian Islands",
        "published": None,
        "truncated": False,
        "note": "NOAA Marine Debris Program project page; no page date (2014 mission). Removed: "
                "the headline (moved to title), two photo captions ('Diver retrieving net in "
                "Hawaiian waters' / 'Divers removed an 11.5 ton \"super net\" from the NWHI.' and "
                "'Workers haul in derelict fishing nets'), and everything after the second "
                "paragraph (resource teasers, blog links, photo of the day, video block, 'Stay "
                "Connected'). Spans stop at the number before multi-word nouns ('17' NOAA "
                "divers, '7,436' hard plastic fragments, '3,758' bottle caps, '1,469' plastic "
                "beverage bottles); '477 lighters' includes its noun. '11 1/2 ton' -> 11.5 "
                "metric_ton.",
        "paragraphs": [
            "In 2014, NOAA removed approximately 57 tons of derelict fishing nets and plastic "
            "litter from the Papahānaumokuākea Marine National Monument's tiny islands and "
            "atolls, sensitive coral reefs and shallow waters. A team of 17 NOAA divers helped "
            "remove 7,436 hard plastic fragments, 3,758 bottle caps, 1,469 plastic beverage "
            "bottles and 477 lighters and an 11 1/2 ton \"super net.\"",
            "NOAA has led this mission every year since 1996, removing a total of 904 tons of "
            "marine debris, including 2014's haul. The 33-day mission took place from September "
            "25 – October 27, 2014 with a crew aboard the NOAA Ship Oscar Elton Sette.",
        ],
        "quantities": [
            q("approximately 57 tons", 57, "metric_ton", "mass",
              "derelict nets and plastic removed in 2014", approx=True),
            per("17", 17, "NOAA divers on the team"),
            cnt("7,436", 7436, "hard plastic fragments removed", "hard plastic fragments"),
            cnt("3,758", 3758, "bottle caps removed", "bottle caps"),
            cnt("1,469", 1469, "plastic beverage bottles removed", "plastic beverage bottles"),
            cnt("477 lighters", 477, "lighters removed", "lighters"),
            q("11 1/2 ton", 11.5, "metric_ton", "mass", "\"super net\" removed"),
            q("904 tons", 904, "metric_ton", "mass", "marine debris removed since 1996"),
            q("33-day", 33, "day", "duration", "2014 removal mission"),
        ],
    },
    {
        "id": "qt11-21",
        "source": "usgov:response.restoration.noaa.gov",
        "url": "https://response.restoration.noaa.gov/over-80-tons-marine-debris-removed-"
               "northwestern-hawaiian-islands",
        "title": "Over 80 Tons of Marine Debris Removed from the Northwestern Hawaiian Islands",
        "published": "2018-11-16",
        "truncated": True,
        "note": "NOAA Office of Response and Restoration weekly report item. Removed: 'Back to "
                "top', the headline (moved to title), the photo description and caption, the "
                "contact line with its stripped addresses, 'Return to OR&R Weekly Report.' and a "
                "cut tail; the inline dateline 'NOVEMBER 16, 2018 — ' is kept as stored. 'five' "
                "stops before 'NOAA offices'.",
        "paragraphs": [
            "NOVEMBER 16, 2018 — Between September 18 and October 30, five NOAA offices and "
            "numerous partners collaborated on a marine debris removal mission in the "
            "Northwestern Hawaiian Islands that yielded over 80 tons of marine debris.",
            "These islands are over 1,200 miles from the main Hawaiian Islands and are "
            "uninhabited by humans. However, they are home to important coral reef habitat, "
            "endangered Hawaiian monk seals, green sea turtles, and seabirds. Much of the marine "
            "debris removed included derelict fishing nets and various plastics used in everyday "
            "lives such as beverage bottles and toothbrushes.",
            "On Friday, November 9, the Pacific Islands Fisheries Science Center’s removal team "
            "held an event at the Inouye Regional Center to display the collected marine debris "
            "and share historical data of debris collection throughout the years. Since 1996, "
            "the marine debris project has removed over 1,017 tons of derelict fishing nets and "
            "plastics from the coral reefs and shorelines of the Papahānaumokuākea Marine "
            "National Monument! Students joined the event to help sort marine debris, learn "
            "about the issue, and participate in art projects.",
            "This collaborative effort was made possible by NOAA offices (Pacific Islands "
            "Fisheries Science Center, Pacific Islands Regional Office, Marine Debris Program, "
            "National Marine Sanctuaries, and the Damage Assessment Remediation and Restoration "
            "Program), the University of Hawaii’s Joint Institute for Marine and Atmospheric "
            "Research, National Fish and Wildlife Foundation, U.S. Fish and Wildlife Service, "
            "Midway Atoll National Wildlife Refuge, the State of Hawaii’s Department of Land and "
            "Natural Resources, and the Papahānaumokuākea Marine National Monument.",
        ],
        "quantities": [
            cnt("five", 5, "NOAA offices collaborating on the mission", "NOAA offices"),
            q("over 80 tons", 80, "metric_ton", "mass", "marine debris removed in 2018",
              approx=True),
            q("over 1,200 miles", 1200, "mile", "length",
              "distance of the islands from the main Hawaiian Islands", approx=True),
            q("over 1,017 tons", 1017, "metric_ton", "mass", "debris removed since 1996",
              approx=True),
        ],
    },
]

DOCS += [
    {
        "id": "qt11-22",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/tools/faqs/faq.php?id=97&t=3&fbclid=IwAR0SKlnqLE1r9seKCglahsrL81"
               "IZGfnLlXSdUeBsCSECjGFQCYAk6ek9x00",
        "title": "How much electricity does an American home use?",
        "published": "2021-10-07",
        "truncated": False,
        "note": "EIA FAQ (stored under a URL with a tracking parameter). Removed: EIA logo line, "
                "the site notice 'We continue to restore our systems ...', 'Frequently Asked "
                "Questions (FAQs)', the sub-navigation line, the question (moved to title), the "
                "'Learn more:' link list, 'Last updated: October 7, 2021' (moved to published) "
                "and 'Other FAQs about Electricity'. 'about 893 kWh per month' is a rate "
                "(kilowatt_hour/month); '14,407 kWh per residential customer' and '6,446 kWh per "
                "residential customer' are rates with the per-unit following the amount (unit "
                "kilowatt_hour/customer).",
        "paragraphs": [
            "In 2020, the average annual electricity consumption for a U.S. residential utility "
            "customer was 10,715 kilowatthours (kWh), an average of about 893 kWh per month. "
            "Louisiana had the highest annual electricity consumption at 14,407 kWh per "
            "residential customer, and Hawaii had the lowest at 6,446 kWh per residential "
            "customer.",
        ],
        "quantities": [
            q("10,715 kilowatthours", 10715, "kilowatt_hour", "other",
              "average annual electricity consumption of a U.S. residential customer in 2020"),
            rate("about 893 kWh per month", 893, "kilowatt_hour/month",
                 "average monthly residential electricity consumption", approx=True),
            rate("14,407 kWh per residential customer", 14407, "kilowatt_hour/customer",
                 "annual residential electricity consumption in Louisiana"),
            rate("6,446 kWh per residential customer", 6446, "kilowatt_hour/customer",
                 "annual residential electricity consumption in Hawaii"),
        ],
    },
    {
        "id": "qt11-23",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/eere/vehicles/fact-676-may-23-2011-us-refiners-produce-"
               "about-19-gallons-gasoline-barrel-oil",
        "title": "Fact #676: May 23, 2011 U.S. Refiners Produce about 19 Gallons of Gasoline from a "
                 "Barrel of Oil",
        "published": "2011-05-23",
        "truncated": False,
        "note": "DOE Vehicle Technologies Office, Fact of the Week. The stored text has no "
                "headline; title written from the URL slug. Removed the chart note 'Note: "
                "Product yields are based on 2009 U.S. refining data.' and the 'Supporting "
                "Information' table. 'from a barrel of crude oil' is a yield base (like a price "
                "base) and is not annotated; 'A standard U.S. barrel' is not a quantity. 'one "
                "third' -> fraction.",
        "paragraphs": [
            "A standard U.S. barrel contains 42 gallons of crude oil which yields about 44 "
            "gallons of petroleum products. The additional 2 gallons of petroleum products come "
            "from refiner gains which result in an additional 6% of product. As shown in the "
            "figure below, a little more than 19 gallons of gasoline and 10 gallons of diesel "
            "fuel are produced from a barrel of crude oil by U.S. refiners. Other products such "
            "as jet fuel and heating oil make up the remaining one third.",
        ],
        "quantities": [
            q("42 gallons", 42, "gallon", "volume", "crude oil in a standard U.S. barrel"),
            q("about 44 gallons", 44, "gallon", "volume", "petroleum products from a barrel",
              approx=True),
            q("2 gallons", 2, "gallon", "volume", "additional products from refiner gains"),
            pct("6%", 6, "additional product from refiner gains"),
            q("a little more than 19 gallons", 19, "gallon", "volume",
              "gasoline produced from a barrel", approx=True),
            q("10 gallons", 10, "gallon", "volume", "diesel fuel produced from a barrel"),
            q("one third", 1 / 3, "fraction", "percent",
              "share of other products such as jet fuel and heating oil"),
        ],
    },
    {
        "id": "qt11-24",
        "source": "usgov:nepis.epa.gov",
        "url": "https://nepis.epa.gov/Exe/ZyPURL.cgi?Dockey=P1003UGP.txt",
        "title": "Green Power from Landfill Gas",
        "published": None,
        "truncated": True,
        "note": "EPA fact sheet (December 2008, no day; text file of a PDF in EPA's NEPIS). "
                "Removed: the date line, the title (moved to title) and the subtitle 'Helping "
                "build a sustainable energy future while improving the environment'. The PDF's "
                "hard line wraps were joined with single spaces and its bullet glyphs dropped; "
                "each bullet is a paragraph. Verbatim kept: double spaces ('good fit  for', 'by  "
                "17,500,000'), empty link brackets '[]', 'C02'. Cut by the store; kept to the "
                "last complete bullet. Spans stop before modifiers: 'more than 440' (operational "
                "LFG energy projects), 'More than 50' (green pricing programs), '14,000,000' "
                "(passenger vehicles); '400,000 railcars' ends before the possessive. 'annually "
                "by 17,500,000 acres': frequency separate, so an area. 'the late 1970s' is a "
                "date.",
        "paragraphs": [
            "Landfill gas (LFG) energy projects have been around since the late 1970s, "
            "providing renewable energy in the form of electricity and alternative fuel to "
            "citizens, businesses, and industry. In 2007 alone, more than 440 operational LFG "
            "energy projects in 42 states supplied:",
            "11 billion kilowatt-hours of electricity, and",
            "78 billion cubic feet of LFG to end users.",
            "More than 50 green pricing programs include LFG, and at least 33 states accept LFG "
            "energy in their renewable portfolio standards or goals. LFG is a good fit  for "
            "green power programs:",
            "LFG is a recognized renewable energy resource (e.g., by the Green-e certification "
            "program for green power products []; EPA's Green Power Partnership []).",
            "LFG serves as the \"baseload renewable\" for many green power programs, providing "
            "online availability exceeding 90 percent.",
            "Landfills that can support projects are available in most states.",
            "LFG energy tends to be one of the more cost-competitive forms of renewable energy.",
            "EPA is interested in developing LFG energy for many reasons:",
            "Projects help destroy methane, a potent heat-trapping gas, and offset the use of "
            "non-renewable resources such as coal, natural gas, and oil.",
            "Many cost-effective options exist for reducing methane emissions while generating "
            "energy.",
            "Projects help reduce local air pollution.",
            "Projects create jobs, revenues, and cost savings.",
            "The estimated annual environmental benefits associated with projects operational in "
            "2007 are equivalent to:",
            "Carbon sequestered annually by  17,500,000 acres of pine or fir forests, or",
            "C02 emissions from 179,000,000 barrels of oil consumed, or",
            "Annual greenhouse gas emissions from 14,000,000 passenger vehicles, or",
            "C02 emissions from burning 400,000 railcars' worth of coal.",
        ],
        "quantities": [
            cnt("more than 440", 440, "operational LFG energy projects in 2007",
                "LFG energy projects", approx=True),
            cnt("42 states", 42, "states with operational LFG energy projects", "states"),
            q("11 billion kilowatt-hours", 1.1e10, "kilowatt_hour", "other",
              "electricity supplied by LFG projects in 2007"),
            q("78 billion cubic feet", 7.8e10, "cubic_foot", "volume",
              "LFG supplied to end users in 2007"),
            cnt("More than 50", 50, "green pricing programs including LFG",
                "green pricing programs", approx=True),
            cnt("at least 33 states", 33, "states accepting LFG energy in renewable standards",
                "states", approx=True),
            pct("exceeding 90 percent", 90, "online availability of LFG", approx=True),
            q("17,500,000 acres", 1.75e7, "acre", "area",
              "pine or fir forests with equivalent carbon sequestration"),
            q("179,000,000 barrels", 1.79e8, "barrel", "volume",
              "oil with equivalent CO2 emissions"),
            cnt("14,000,000", 1.4e7, "passenger vehicles with equivalent emissions",
                "passenger vehicles"),
            cnt("400,000 railcars", 400000, "railcars of coal with equivalent CO2 emissions",
                "railcars"),
        ],
    },
    {
        "id": "qt11-25",
        "source": "usgov:www.fema.gov",
        "url": "https://www.fema.gov/news-release/2017/10/05/commodities-flow-disaster-survivors",
        "title": "Commodities Flow to Disaster Survivors",
        "published": "2017-10-05",
        "truncated": True,
        "note": "FEMA news release. Removed: 'Main Content', the headline (moved to title), "
                "'Release date:' with the date (moved to published) and the empty 'Release "
                "Number:'. Trailing spaces after two paragraphs trimmed; double spaces inside "
                "paragraphs kept. Cut by the store; kept to the last complete sentence. '8 "
                "million liters' (of water) is a volume; meals and tarps are counts.",
        "paragraphs": [
            "WASHINGTON – The Federal Emergency Management Agency (FEMA) has been providing "
            "critical life-saving and life-sustaining commodities to Puerto Rico and the U.S. "
            "Virgin Islands, in response to Hurricane Maria, as part of a broad federal response "
            "to assist the islands.",
            "To date, more than 11.5 million meals, 8 million liters of water, and 30,000 tarps "
            "have been transported and delivered to the islands as part of the federal response "
            "to Hurricane Maria.",
            "Through a coordinated and phased delivery process, FEMA is continuing to supply "
            "meals, water and tarps to Puerto Rico for local leadership to disperse to the "
            "survivors. The commodities are transported by the National Guard and FEMA "
            "contractors from the ports and delivered to federal incident support bases (ISB) "
            "and staging areas, located throughout Puerto Rico. From the ISB, commodities are "
            "delivered to regional staging areas serving all 78 municipalities in Puerto Rico, "
            "and using points of distribution in the U.S. Virgin Islands.  The government of "
            "Puerto Rico is working with Mayors to arrange pickup of supplies from the staging "
            "areas whereupon they distribute the commodities to the public.",
            "In addition to these commodities, many voluntary agencies are operating shelters "
            "and providing meals and cleaning supplies to disaster survivors. National Voluntary "
            "Organizations Active in Disaster members including voluntary, non-profit, and "
            "faith-based organizations also are working closely with the affected communities to "
            "assist.  The American Red Cross is working with volunteer organizations and federal "
            "partners to ensure that fixed feeding kitchens are opened in numerous locations "
            "throughout the U.S. Virgin Islands and Puerto Rico.",
        ],
        "quantities": [
            cnt("more than 11.5 million meals", 1.15e7, "meals delivered after Hurricane Maria",
                "meals", approx=True),
            q("8 million liters", 8e6, "liter", "volume", "water delivered after Hurricane Maria"),
            cnt("30,000 tarps", 30000, "tarps delivered after Hurricane Maria", "tarps"),
            cnt("78 municipalities", 78, "municipalities in Puerto Rico served", "municipalities"),
        ],
    },
    {
        "id": "qt11-26",
        "source": "usgov:modis-snow-ice.gsfc.nasa.gov",
        "url": "https://modis-snow-ice.gsfc.nasa.gov/content/032800antarc.html",
        "title": "MODIS bands 1, 4, 3 RGB true color images of Antarctica.",
        "published": None,
        "truncated": False,
        "note": "NASA GSFC MODIS snow and ice page; no page date (images of March 2000). The first "
                "line (image description) is moved to title; the credit line 'Text courtesy of "
                "NASA's MODIS Web Image Gallery.' removed. 'about twice' (the size of Delaware) "
                "is a multiplier (approximate). Panel labels and dates are not quantities.",
        "paragraphs": [
            "A massive iceberg (known as B-15) broke off the Ross Ice Shelf near Roosevelt "
            "Island in Antarctica in mid-March 2000. Top Left image: March 3, before the "
            "calving; Top Right image: March 17, just after the calving; Bottom Left image: "
            "March 20; Bottom Right image: March 28, just after the calving of B-17, a "
            "comparatively small chunk to the left of B-15. Among the largest ever observed, "
            "the B-15 iceberg is approximately 300 km long and 40 km wide — an area about twice "
            "the size of the state of Delaware. The iceberg was formed from glacier ice moving "
            "off the Antarctic continent. The ice calved along pre-existing cracks in the Ross "
            "Ice Shelf.",
        ],
        "quantities": [
            q("approximately 300 km", 300, "kilometer", "length", "length of iceberg B-15",
              approx=True),
            q("40 km", 40, "kilometer", "length", "width of iceberg B-15"),
            q("about twice", 2, "multiplier", "other",
              "area of B-15 relative to the state of Delaware", approx=True),
        ],
    },
    {
        "id": "qt11-27",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/petroleum/weekly/archive/2007/070829/twipprint.html",
        "title": "Good News, Bad News",
        "published": "2007-08-29",
        "truncated": True,
        "note": "This Week In Petroleum (print view). Removed the table-border label '| This Week "
                "In Petroleum |', the release line (date moved to published) and the headline "
                "glued to the text (moved to title); the text starts 'But first, ...' as stored. "
                "Cut by the store; kept to the last complete sentence. '47 cents per gallon' -> "
                "0.47 USD/gallon; 'falling 11 out of the last 14 weeks' -> count 11 (weeks) and "
                "duration 'the last 14 weeks'; 'Figure 4', 'a few times' and 'the next few weeks' "
                "are not annotated.",
        "paragraphs": [
            "But first, here’s the good news for drivers. The average retail gasoline price is "
            "down 47 cents per gallon since its peak the week before Memorial Day. What’s more, "
            "the trend has been fairly consistent, with the average national retail price for "
            "regular gasoline falling 11 out of the last 14 weeks. High prices seen before "
            "Memorial Day spurred increased supply, both by domestic production and increased "
            "imports. However, recently, as gasoline demand reached its seasonal peak, imports "
            "declined and refinery problems dampened domestic refinery production, such that "
            "inventories have been used to meet demand. Over the last four weeks, total gasoline "
            "inventories have dropped by more than 12 million barrels, or somewhat faster than "
            "normally seen at this time of year. This sharp drop in inventories leads us to the "
            "bad news for consumers. As the chart below indicates, not only is the absolute "
            "level of inventories low (see Figure 4 in the Weekly Petroleum Status Report), but "
            "in terms of days of supply, it is the lowest ever recorded (the days of supply data "
            "goes back to March 1991), reaching just 20 days. This is even fewer days than seen "
            "following the hurricanes in 2005. While the absolute level of total gasoline "
            "inventories has been slightly lower a few times in recent years, when the level of "
            "demand is taken into account, it has not been this low before. Of course, with "
            "gasoline demand set to fall significantly after Labor Day, the low level of "
            "inventories is not likely to cause a sharp spike in retail prices, but more likely "
            "will limit the usual seasonal decline seen after Labor Day, with the possibility "
            "remaining of an atypical slight increase over the next few weeks.",
            "What this means is that while retail prices are not expected to jump sharply on a "
            "national average, they are also unlikely to fall dramatically over the next few "
            "weeks.",
        ],
        "quantities": [
            rate("47 cents per gallon", 0.47, "USD/gallon",
                 "fall of the average retail gasoline price since its peak"),
            cnt("11", 11, "weeks in which the retail gasoline price fell", "weeks"),
            q("the last 14 weeks", 14, "week", "duration", "period of falling gasoline prices"),
            q("the last four weeks", 4, "week", "duration", "period of inventory drop"),
            q("more than 12 million barrels", 1.2e7, "barrel", "volume",
              "drop in total gasoline inventories", approx=True),
            q("20 days", 20, "day", "duration", "gasoline inventories in days of supply"),
        ],
    },
    {
        "id": "qt11-28",
        "source": "usgov:earthobservatory.nasa.gov",
        "url": "http://earthobservatory.nasa.gov/NaturalHazards/view.php?id=17092&eocn=image"
               "&eoci=related_image",
        "title": "Heat Wave in Western Europe",
        "published": None,
        "truncated": False,
        "note": "NASA Earth Observatory Natural Hazards page; no publication date (image acquired "
                "2006-07-19). Removed: the headline (moved to title), the 'acquired ... download "
                "large image (3 MB, JPEG, 7200x3600)' line, the credit line, the instrument label "
                "'Terra - MODIS' and the related-images block. 'as much as 10 degrees Celsius' "
                "(warmer than average) -> celsius, approximate; '6-year' (average) is a "
                "duration.",
        "paragraphs": [
            "Blistering temperatures swept across Europe in mid-July 2006. Both Britain and "
            "Germany experienced their hottest July on record, reported the Associated Press. "
            "The heat is reflected in this land surface temperature image, made from data "
            "collected by the Moderate Resolution Imaging Spectroradiometer (MODIS) on NASA’s "
            "Terra satellite between July 12 and July 19, 2006. Regions where land surface "
            "temperatures were warmer than the average temperatures during the same period "
            "between 2000 and 2005 are red, while cooler temperatures are blue. France, Germany, "
            "Belgium, the Netherlands, Britain, and Ireland are all deep red, indicating that "
            "temperatures were as much as 10 degrees Celsius warmer than the recent 6-year "
            "average. But not all Europeans were languishing in heat; both the eastern "
            "Mediterranean and far northern Europe were much cooler than average.",
        ],
        "quantities": [
            temp("as much as 10 degrees Celsius", 10, "celsius",
                 "land surface temperatures above the recent average", approx=True),
            q("6-year", 6, "year", "duration", "averaging period of land surface temperatures"),
        ],
    },
]

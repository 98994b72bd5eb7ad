"""Source of the quantities stress set ``dev11.jsonl`` (built by ``dev11_build.py``).

Every passage was WRITTEN for this set by helper qunits6 on 2026-12-06 (fictional places, people
and firms; no text copied or paraphrased from any gold set, news story or the seed story). The
passages imitate what newspapers and government releases print: the unit spellings of issue 10
(sq mi, km², hectares, acres, tons/day, barrels per day, mb/d, bcm, MWh/GWh/TWh, GW, mph, km/h,
knots, °F/°C/bare degrees, liters/gallons, metric tons, ounces, pounds as mass and as money),
number grammar (ranges, fractions, "a dozen", scale words, accounting negatives) and the
false-positive traps (dates, times, clause and resolution numbers, phone numbers, "one of the",
ordinals, "Group of 20", model names, page numbers, sports scores). Annotated following
``GUIDELINE.md`` before the system ran on these passages.
"""

W = {"source": "written", "url": "", "published": "2026-12-06"}


def doc(ident: str, title: str, paragraphs: list[str], quantities: list[dict], note: str = "") -> dict:
    """Return one written document of the set."""
    return {**W, "id": f"stress-{ident}", "url": f"written:stress-{ident}", "title": title,
            "paragraphs": paragraphs, "quantities": quantities, "note": note}


DOCS = [
    doc("wildfire", "Wildfire in Carvel County", [
        "The Ridgeback fire has burned 48,000 acres, or about 75 square miles, of forest in Carvel County since it started on Aug. 3.",
        "Firefighters said the blaze grew by 6,500 hectares overnight and was 12 percent contained at 7 p.m. Tuesday.",
    ], [
        {"text": "48,000 acres", "value": 48000, "unit": "acre", "kind": "area", "about": "forest burned by the Ridgeback fire"},
        {"text": "about 75 square miles", "value": 75, "unit": "square_mile", "kind": "area", "about": "forest burned", "approx": True},
        {"text": "6,500 hectares", "value": 6500, "unit": "hectare", "kind": "area", "about": "blaze growth overnight"},
        {"text": "12 percent", "value": 12, "unit": "percent", "kind": "percent", "about": "fire contained"},
    ]),
    doc("reserve", "Marine reserve", [
        "The new marine reserve off the Halvard Islands covers 310,000 km² and bans trawling within 12 nautical miles of the coast.",
        "The island group itself has a land area of just 240 sq mi.",
    ], [
        {"text": "310,000 km²", "value": 310000, "unit": "square_kilometer", "kind": "area", "about": "marine reserve"},
        {"text": "12 nautical miles", "value": 12, "unit": "nautical_mile", "kind": "length", "about": "trawling ban from the coast"},
        {"text": "240 sq mi", "value": 240, "unit": "square_mile", "kind": "area", "about": "land area of the island group"},
    ]),
    doc("refinery", "Refinery output", [
        "The Ostrava Bay refinery processes 220,000 barrels per day of crude, and its owner plans to add another 40,000 bpd by 2028.",
        "Output across the region averaged 3.4 mb/d in the third quarter, the agency said.",
    ], [
        {"text": "220,000 barrels per day", "value": 220000, "unit": "barrel/day", "kind": "rate", "about": "crude processed by the refinery"},
        {"text": "another 40,000 bpd", "value": 40000, "unit": "barrel/day", "kind": "rate", "about": "capacity added"},
        {"text": "3.4 mb/d", "value": 3400000, "unit": "barrel/day", "kind": "rate", "about": "output across the region"},
    ]),
    doc("gas", "Gas exports", [
        "Pipeline exports to the south fell to 11.5 bcm last year from 17 bcm in 2024, while liquefied gas shipments rose 8%.",
    ], [
        {"text": "11.5 bcm", "value": 11500000000, "unit": "cubic_meter", "kind": "volume", "about": "pipeline exports to the south"},
        {"text": "17 bcm", "value": 17000000000, "unit": "cubic_meter", "kind": "volume", "about": "pipeline exports"},
        {"text": "8%", "value": 8, "unit": "percent", "kind": "percent", "about": "liquefied gas shipments"},
    ]),
    doc("power", "Power grid", [
        "The country generated 212 TWh of electricity in 2025, of which wind farms supplied 41 TWh.",
        "The Dornbach plant, with a capacity of 1.6 GW, sold 950 GWh to neighbours, and a battery park stores 400 MWh.",
        "A 250-megawatt solar farm is due to open in the spring.",
    ], [
        {"text": "212 TWh", "value": 212, "unit": "terawatt_hour", "kind": "other", "about": "electricity generated"},
        {"text": "41 TWh", "value": 41, "unit": "terawatt_hour", "kind": "other", "about": "electricity supplied by wind farms"},
        {"text": "1.6 GW", "value": 1.6, "unit": "gigawatt", "kind": "other", "about": "capacity of the Dornbach plant"},
        {"text": "950 GWh", "value": 950, "unit": "gigawatt_hour", "kind": "other", "about": "electricity sold to neighbours"},
        {"text": "400 MWh", "value": 400, "unit": "megawatt_hour", "kind": "other", "about": "battery park storage"},
        {"text": "250-megawatt", "value": 250, "unit": "megawatt", "kind": "other", "about": "solar farm"},
    ]),
    doc("storm", "Storm bulletin", [
        "Tropical Storm Perrin had maximum sustained winds of 65 mph (105 km/h) and was moving north at 12 knots early Sunday.",
        "Forecasters expect gusts of up to 90 miles per hour and 4 to 8 inches of rain along the coast.",
    ], [
        {"text": "65 mph", "value": 65, "unit": "mile/hour", "kind": "rate", "about": "maximum sustained winds"},
        {"text": "105 km/h", "value": 105, "unit": "kilometer/hour", "kind": "rate", "about": "maximum sustained winds"},
        {"text": "12 knots", "value": 12, "unit": "knot", "kind": "rate", "about": "storm moving north"},
        {"text": "up to 90 miles per hour", "value": 90, "unit": "mile/hour", "kind": "rate", "about": "gusts", "approx": True},
        {"text": "4 to 8 inches", "value": 4, "high": 8, "unit": "inch", "kind": "length", "about": "rain along the coast"},
    ]),
    doc("heat", "Heat wave", [
        "Temperatures in Marlow reached 104°F on Monday, and the overnight low stayed above 80 degrees.",
        "Across the border in Santa Ilse, thermometers showed 41°C, two degrees short of the record.",
    ], [
        {"text": "104°F", "value": 104, "unit": "fahrenheit", "kind": "other", "about": "temperatures in Marlow"},
        {"text": "above 80 degrees", "value": 80, "unit": "fahrenheit", "kind": "other", "about": "overnight low", "approx": True},
        {"text": "41°C", "value": 41, "unit": "celsius", "kind": "other", "about": "thermometers in Santa Ilse"},
        {"text": "two degrees", "value": 2, "unit": "celsius", "kind": "other", "about": "short of the record"},
    ]),
    doc("cold", "Cold snap", [
        "The mercury dropped to minus 27 degrees Celsius in the northern town of Kesk, and schools stayed closed for three days.",
    ], [
        {"text": "minus 27 degrees Celsius", "value": -27, "unit": "celsius", "kind": "other", "about": "mercury in Kesk"},
        {"text": "three days", "value": 3, "unit": "day", "kind": "duration", "about": "schools closed"},
    ]),
    doc("water", "Water rationing", [
        "Residents of Port Anvers may use no more than 150 liters of water a day, down from 200 liters before the drought.",
        "The city's reservoir, which holds 9 billion gallons when full, is at a third of its capacity.",
    ], [
        {"text": "no more than 150 liters of water a day", "value": 150, "unit": "liter/day", "kind": "rate", "about": "water use per resident", "approx": True},
        {"text": "200 liters", "value": 200, "unit": "liter", "kind": "volume", "about": "water use before the drought"},
        {"text": "9 billion gallons", "value": 9000000000, "unit": "gallon", "kind": "volume", "about": "reservoir capacity"},
        {"text": "a third", "value": 0.333333333, "unit": "fraction", "kind": "percent", "about": "reservoir level of capacity"},
    ]),
    doc("grain", "Grain harvest", [
        "Farmers in the Velka basin harvested 2.4 million metric tons of wheat this season, and yields averaged 3.1 tonnes per hectare.",
        "The mill at Ruzno grinds 800 tons a day, and the port loads about 12,000 tons/day of grain onto ships.",
    ], [
        {"text": "2.4 million metric tons", "value": 2400000, "unit": "metric_ton", "kind": "mass", "about": "wheat harvested"},
        {"text": "3.1 tonnes per hectare", "value": 3.1, "unit": "metric_ton/hectare", "kind": "rate", "about": "yields"},
        {"text": "800 tons a day", "value": 800, "unit": "metric_ton/day", "kind": "rate", "about": "mill grinding"},
        {"text": "about 12,000 tons/day", "value": 12000, "unit": "metric_ton/day", "kind": "rate", "about": "grain loaded onto ships", "approx": True},
    ]),
    doc("gold", "Gold mine", [
        "The Tessaro mine produced 410,000 ounces of gold last year and expects to pour 1.2 million ounces over the next three years.",
        "Gold traded at $2,640 an ounce on Friday.",
    ], [
        {"text": "410,000 ounces", "value": 410000, "unit": "ounce", "kind": "mass", "about": "gold produced by the Tessaro mine"},
        {"text": "1.2 million ounces", "value": 1200000, "unit": "ounce", "kind": "mass", "about": "gold expected"},
        {"text": "three years", "value": 3, "unit": "year", "kind": "duration", "about": "gold pour period"},
        {"text": "$2,640 an ounce", "value": 2640, "unit": "USD/ounce", "kind": "rate", "about": "gold price"},
    ]),
    doc("pounds", "Pounds as mass and as money", [
        "Customs officers at Dunmore seized 350 pounds of cocaine hidden in a shipment of bananas.",
        "The British firm Calder Rail will invest 80 million pounds in new trains, and a further £12.5 million in depots.",
    ], [
        {"text": "350 pounds", "value": 350, "unit": "pound", "kind": "mass", "about": "cocaine seized"},
        {"text": "80 million pounds", "value": 80000000, "unit": "GBP", "kind": "money", "about": "investment in new trains"},
        {"text": "£12.5 million", "value": 12500000, "unit": "GBP", "kind": "money", "about": "investment in depots"},
    ]),
    doc("range", "Shared-unit ranges", [
        "The landslide buried the road for between 30 and 40 kilometers, and crews expect repairs to cost $5-7 million.",
        "Some 150 to 200 people were evacuated from the valley.",
    ], [
        {"text": "between 30 and 40 kilometers", "value": 30, "high": 40, "unit": "kilometer", "kind": "length", "about": "road buried by the landslide"},
        {"text": "$5-7 million", "value": 5000000, "high": 7000000, "unit": "USD", "kind": "money", "about": "repairs"},
        {"text": "Some 150 to 200 people", "value": 150, "high": 200, "unit": "person", "kind": "count", "about": "people evacuated", "approx": True},
    ]),
    doc("fractions", "Fractions and dozens", [
        "The convoy travelled 3 1/2 miles before it was stopped, and a dozen trucks were turned back.",
        "Two and a half years after the flood, three-quarters of the homes have been rebuilt.",
    ], [
        {"text": "3 1/2 miles", "value": 3.5, "unit": "mile", "kind": "length", "about": "convoy travelled"},
        {"text": "a dozen trucks", "value": 12, "unit": "count", "kind": "count", "about": "trucks turned back", "counted": "trucks"},
        {"text": "Two and a half years", "value": 2.5, "unit": "year", "kind": "duration", "about": "time after the flood"},
        {"text": "three-quarters", "value": 0.75, "unit": "fraction", "kind": "percent", "about": "homes rebuilt"},
    ]),
    doc("accounts", "Quarterly results", [
        "Bexley Holdings reported a net loss of $(18.4) million for the quarter, against a profit of $6.2 million a year earlier.",
        "Revenue rose 4.5% to $1.3 billion, and the operating margin narrowed by 1.2 percentage points.",
    ], [
        {"text": "$(18.4) million", "value": -18400000, "unit": "USD", "kind": "money", "about": "net loss for the quarter"},
        {"text": "$6.2 million", "value": 6200000, "unit": "USD", "kind": "money", "about": "profit a year earlier"},
        {"text": "4.5%", "value": 4.5, "unit": "percent", "kind": "percent", "about": "Revenue"},
        {"text": "$1.3 billion", "value": 1300000000, "unit": "USD", "kind": "money", "about": "Revenue"},
        {"text": "1.2 percentage points", "value": 1.2, "unit": "percentage_point", "kind": "percent", "about": "operating margin"},
    ]),
    doc("rates", "Central bank", [
        "The central bank of Orlova raised its key rate by 50 basis points to 7.25%, its third increase this year.",
        "Inflation slowed to 5.8 percent in October, from 6.4 percent in September.",
    ], [
        {"text": "50 basis points", "value": 50, "unit": "basis_point", "kind": "percent", "about": "key rate"},
        {"text": "7.25%", "value": 7.25, "unit": "percent", "kind": "percent", "about": "key rate"},
        {"text": "5.8 percent", "value": 5.8, "unit": "percent", "kind": "percent", "about": "Inflation in October"},
        {"text": "6.4 percent", "value": 6.4, "unit": "percent", "kind": "percent", "about": "Inflation in September"},
    ]),
    doc("summit", "Summit traps", [
        "Leaders of the Group of 20 met in Valmora on March 14, 2026, and agreed on a 12-point plan.",
        "Under Article 5 of the treaty and Resolution 2417, members pledged $40 billion in aid.",
    ], [
        {"text": "12-point", "value": 12, "unit": "count", "kind": "count", "about": "plan", "counted": "points"},
        {"text": "$40 billion", "value": 40000000000, "unit": "USD", "kind": "money", "about": "aid pledged"},
    ], note="Group of 20, the date, Article 5 and Resolution 2417 are not quantities"),
    doc("jets", "Jets and models", [
        "The air force will buy 24 F-16 fighters and two C-130 transport planes, the ministry said at 10:30 a.m.",
        "One of the jets will be based at the Korsa air base.",
    ], [
        {"text": "24", "value": 24, "unit": "count", "kind": "count", "about": "F-16 fighters bought", "counted": "fighters"},
        {"text": "two", "value": 2, "unit": "count", "kind": "count", "about": "C-130 transport planes", "counted": "planes"},
    ], note="F-16, C-130, the time and 'One of the' are not quantities; modifiers come between the number and the noun, so the spans stop at the number"),
    doc("phone", "Hotline", [
        "Families can call the hotline at 1-800-555-0199 or write to P.O. Box 4410, the agency said on page 3 of its notice.",
        "The office in Brantford has handled 1,240 calls since Dec. 1.",
    ], [
        {"text": "1,240 calls", "value": 1240, "unit": "count", "kind": "count", "about": "calls handled", "counted": "calls"},
    ], note="phone number, P.O. box, page number and the date are not quantities"),
    doc("football", "Sports scores", [
        "Redmere beat Alston 3-1 on Saturday in front of 42,000 fans, their fifth straight win.",
    ], [
        {"text": "42,000 fans", "value": 42000, "unit": "person", "kind": "count", "about": "fans"},
    ], note="the score and the ordinal are not quantities"),
    doc("ages", "Ages and people", [
        "A 34-year-old man and his two children, aged 6 and 9, were rescued from the river near Lindau.",
        "The driver, Tomas Greig, 58, was treated for hypothermia.",
    ], [
        {"text": "34-year-old", "value": 34, "unit": "year", "kind": "other", "about": "age of man"},
        {"text": "two", "value": 2, "unit": "person", "kind": "count", "about": "children rescued"},
        {"text": "6", "value": 6, "unit": "year", "kind": "other", "about": "age of children"},
        {"text": "9", "value": 9, "unit": "year", "kind": "other", "about": "age of children"},
        {"text": "58", "value": 58, "unit": "year", "kind": "other", "about": "age of Tomas Greig"},
    ]),
    doc("clause", "Bill clauses", [
        "Section 14 of the bill caps fees at 2 percent, and clause 9 gives regulators 90 days to respond.",
        "The vote in the chamber was 211-198.",
    ], [
        {"text": "2 percent", "value": 2, "unit": "percent", "kind": "percent", "about": "fees cap"},
        {"text": "90 days", "value": 90, "unit": "day", "kind": "duration", "about": "regulators respond"},
        {"text": "211", "value": 211, "unit": "count", "kind": "count", "about": "vote in the chamber", "counted": "votes"},
        {"text": "198", "value": 198, "unit": "count", "kind": "count", "about": "vote in the chamber", "counted": "votes"},
    ]),
    doc("quake", "Earthquake", [
        "A magnitude 6.1 earthquake struck 45 kilometers southwest of Tirel at a depth of 10 km, killing at least 17 people.",
        "Aftershocks continued for hours, and about 2,300 buildings were damaged.",
    ], [
        {"text": "magnitude 6.1", "value": 6.1, "unit": "magnitude", "kind": "other", "about": "earthquake"},
        {"text": "45 kilometers", "value": 45, "unit": "kilometer", "kind": "length", "about": "distance southwest of Tirel"},
        {"text": "10 km", "value": 10, "unit": "kilometer", "kind": "length", "about": "depth"},
        {"text": "at least 17 people", "value": 17, "unit": "person", "kind": "count", "about": "people killed", "approx": True},
        {"text": "about 2,300 buildings", "value": 2300, "unit": "count", "kind": "count", "about": "buildings damaged", "counted": "buildings", "approx": True},
    ]),
    doc("fuel", "Fuel prices", [
        "Diesel now costs 1.84 euros a liter at the pump, and gasoline averaged $3.41 a gallon nationwide.",
        "Brent crude settled at $78.20 per barrel, up 1.1%.",
    ], [
        {"text": "1.84 euros a liter", "value": 1.84, "unit": "EUR/liter", "kind": "rate", "about": "Diesel"},
        {"text": "$3.41 a gallon", "value": 3.41, "unit": "USD/gallon", "kind": "rate", "about": "gasoline"},
        {"text": "$78.20 per barrel", "value": 78.2, "unit": "USD/barrel", "kind": "rate", "about": "Brent crude"},
        {"text": "1.1%", "value": 1.1, "unit": "percent", "kind": "percent", "about": "Brent crude"},
    ]),
    doc("ship", "Ship seizure", [
        "The tanker Maren Star, carrying 730,000 barrels of oil, was seized 40 miles off the coast and escorted to port at 9 knots.",
        "It is 250 meters long and weighs 82,000 deadweight tons.",
    ], [
        {"text": "730,000 barrels", "value": 730000, "unit": "barrel", "kind": "volume", "about": "oil carried by the tanker"},
        {"text": "40 miles", "value": 40, "unit": "mile", "kind": "length", "about": "distance off the coast"},
        {"text": "9 knots", "value": 9, "unit": "knot", "kind": "rate", "about": "escort speed"},
        {"text": "250 meters", "value": 250, "unit": "meter", "kind": "length", "about": "length of the tanker"},
        {"text": "82,000 deadweight tons", "value": 82000, "unit": "metric_ton", "kind": "mass", "about": "tanker weight"},
    ]),
    doc("aid", "Aid shipment", [
        "The convoy delivered 1,200 metric tons of food and 45,000 liters of fuel, enough for two weeks.",
        "A further shipment of 300 tonnes is expected within 10 days.",
    ], [
        {"text": "1,200 metric tons", "value": 1200, "unit": "metric_ton", "kind": "mass", "about": "food delivered"},
        {"text": "45,000 liters", "value": 45000, "unit": "liter", "kind": "volume", "about": "fuel delivered"},
        {"text": "two weeks", "value": 2, "unit": "week", "kind": "duration", "about": "enough food and fuel"},
        {"text": "300 tonnes", "value": 300, "unit": "metric_ton", "kind": "mass", "about": "further shipment"},
        {"text": "within 10 days", "value": 10, "unit": "day", "kind": "duration", "about": "shipment expected", "approx": True},
    ]),
    doc("speed", "Train speed", [
        "The new line lets trains run at 320 km/h, cutting the 540-kilometer trip to under two hours.",
    ], [
        {"text": "320 km/h", "value": 320, "unit": "kilometer/hour", "kind": "rate", "about": "trains"},
        {"text": "540-kilometer", "value": 540, "unit": "kilometer", "kind": "length", "about": "trip"},
        {"text": "under two hours", "value": 2, "unit": "hour", "kind": "duration", "about": "trip", "approx": True},
    ]),
    doc("snow", "Snowfall", [
        "Up to 18 inches of snow fell on the Haldor Pass, and drifts reached 6 feet in places.",
        "Road crews spread 2,400 tons of salt over the weekend.",
    ], [
        {"text": "Up to 18 inches", "value": 18, "unit": "inch", "kind": "length", "about": "snow on the Haldor Pass", "approx": True},
        {"text": "6 feet", "value": 6, "unit": "foot", "kind": "length", "about": "drifts"},
        {"text": "2,400 tons", "value": 2400, "unit": "metric_ton", "kind": "mass", "about": "salt spread"},
    ]),
    doc("census", "Census", [
        "The census counted 4.7 million residents, a rise of 3.2% since 2016, and the capital's population grew to 1.1 million.",
        "Nearly one in four residents is over 65.",
    ], [
        {"text": "4.7 million residents", "value": 4700000, "unit": "person", "kind": "count", "about": "residents counted by the census"},
        {"text": "3.2%", "value": 3.2, "unit": "percent", "kind": "percent", "about": "rise of residents"},
        {"text": "1.1 million", "value": 1100000, "unit": "person", "kind": "count", "about": "capital's population"},
        {"text": "Nearly one in four", "value": 0.25, "unit": "fraction", "kind": "percent", "about": "residents over 65", "approx": True},
        {"text": "over 65", "value": 65, "unit": "year", "kind": "other", "about": "age of residents", "approx": True},
    ]),
    doc("ordinals", "Ordinals and resolutions", [
        "For the second time this year, the Security Council adopted a resolution, numbered 2790, by 13 votes to none, with two abstentions.",
    ], [
        {"text": "13 votes", "value": 13, "unit": "count", "kind": "count", "about": "resolution adopted", "counted": "votes"},
        {"text": "two abstentions", "value": 2, "unit": "count", "kind": "count", "about": "abstentions", "counted": "abstentions"},
    ], note="the ordinal, the resolution number and 'none' are not quantities"),
    doc("troops", "Troops", [
        "About 3,500 troops and a dozen helicopters will be sent to the border region for six months.",
        "Hundreds of volunteers have joined local units.",
    ], [
        {"text": "About 3,500 troops", "value": 3500, "unit": "person", "kind": "count", "about": "troops sent to the border region", "approx": True},
        {"text": "a dozen helicopters", "value": 12, "unit": "count", "kind": "count", "about": "helicopters sent", "counted": "helicopters"},
        {"text": "six months", "value": 6, "unit": "month", "kind": "duration", "about": "deployment"},
        {"text": "Hundreds of volunteers", "value": 200, "unit": "person", "kind": "count", "about": "volunteers joined local units", "approx": True},
    ]),
    doc("scale", "Scale words", [
        "The government approved a 2.5 trillion yen stimulus package and a $3.4bn loan guarantee for exporters.",
        "Tax receipts fell by 900 million rand.",
    ], [
        {"text": "2.5 trillion yen", "value": 2500000000000, "unit": "JPY", "kind": "money", "about": "stimulus package"},
        {"text": "$3.4bn", "value": 3400000000, "unit": "USD", "kind": "money", "about": "loan guarantee for exporters"},
        {"text": "900 million rand", "value": 900000000, "unit": "ZAR", "kind": "money", "about": "Tax receipts"},
    ]),
    doc("dam", "Dam release", [
        "Engineers released 2,800 cubic meters per second from the Kallas dam, and the river rose 1.5 meters in six hours.",
        "The reservoir holds 4.2 cubic kilometers of water.",
    ], [
        {"text": "2,800 cubic meters per second", "value": 2800, "unit": "cubic_meter/second", "kind": "rate", "about": "water released from the Kallas dam"},
        {"text": "1.5 meters", "value": 1.5, "unit": "meter", "kind": "length", "about": "river rose"},
        {"text": "six hours", "value": 6, "unit": "hour", "kind": "duration", "about": "river rise"},
        {"text": "4.2 cubic kilometers", "value": 4.2, "unit": "cubic_kilometer", "kind": "volume", "about": "water in the reservoir"},
    ]),
    doc("mass-small", "Small masses", [
        "Each ration pack weighs 2.5 kg, and the airdrop included 600 kilograms of medicine.",
        "Inspectors found 14 grams of the toxin in the sample.",
    ], [
        {"text": "2.5 kg", "value": 2.5, "unit": "kilogram", "kind": "mass", "about": "ration pack"},
        {"text": "600 kilograms", "value": 600, "unit": "kilogram", "kind": "mass", "about": "medicine in the airdrop"},
        {"text": "14 grams", "value": 14, "unit": "gram", "kind": "mass", "about": "toxin in the sample"},
    ]),
    doc("emissions", "Emissions", [
        "The country emitted 410 million tonnes of CO2 last year and aims to cut emissions 45% by 2035.",
        "Each resident used an average of 6,200 kWh per capita.",
    ], [
        {"text": "410 million tonnes", "value": 410000000, "unit": "metric_ton", "kind": "mass", "about": "CO2 emitted"},
        {"text": "45%", "value": 45, "unit": "percent", "kind": "percent", "about": "emissions cut"},
        {"text": "6,200 kWh per capita", "value": 6200, "unit": "kilowatt_hour/person", "kind": "rate", "about": "average use per resident"},
    ]),
    doc("time-traps", "Time traps", [
        "The ceasefire took effect at 0600 GMT on Nov. 30 and was extended in 2026 for the 1990s-era pipeline talks.",
        "Officials spoke 24/7 with the 9/11 commission's former staff.",
    ], [], note="times, dates, years, decades and slashed names are not quantities"),
    doc("distance", "Distances", [
        "The village lies 12 km from the front line and about 300 yards from the river.",
        "The new bridge spans 1.2 miles and rises 60 ft above the water.",
    ], [
        {"text": "12 km", "value": 12, "unit": "kilometer", "kind": "length", "about": "distance of the village from the front line"},
        {"text": "about 300 yards", "value": 300, "unit": "yard", "kind": "length", "about": "distance from the river", "approx": True},
        {"text": "1.2 miles", "value": 1.2, "unit": "mile", "kind": "length", "about": "new bridge"},
        {"text": "60 ft", "value": 60, "unit": "foot", "kind": "length", "about": "bridge height above the water"},
    ]),
]

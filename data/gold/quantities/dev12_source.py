"""Source of the quantities stress set ``dev12.jsonl`` (built by ``dev12_build.py``).

A second stress set, WRITTEN by helper qunits6 on 2026-12-06 AFTER the round-8 fixes and
annotated before the system ran on it: new sentences (fictional places, people, firms and
figures; nothing copied or paraphrased from a gold set, a news story or the seed story) for the
same classes as ``dev11`` (unit spellings of wire and agency copy, sterling pounds, mixed
temperature scales, number grammar, names and counters that are no quantities), in other
wordings. Its first reading checks whether the round's mechanisms hold on phrasings their author
did not tune on (the author's own phrasings, so a weak check). Follows ``GUIDELINE.md``.
"""

W = {"source": "written", "published": "2026-12-06"}


def doc(ident: str, title: str, paragraphs: list[str], quantities: list[dict],
        note: str = "") -> dict:
    """Return one written document of the set."""
    return {**W, "id": f"stress2-{ident}", "url": f"written:stress2-{ident}", "title": title,
            "paragraphs": paragraphs, "quantities": quantities, "note": note}


DOCS = [
    doc("lng", "LNG terminal", [
        "The Saltmere terminal will ship 6.5 mtpa of liquefied gas once its second train starts, and buyers in Dorsk pay about $11 per MMBtu.",
        "Its storage tanks hold 480,000 cubic meters.",
    ], [
        {"text": "6.5 mtpa", "value": 6500000, "unit": "metric_ton/year", "kind": "rate", "about": "liquefied gas shipped by the Saltmere terminal"},
        {"text": "about $11 per MMBtu", "value": 11, "unit": "USD/MMBtu", "kind": "rate", "about": "gas price paid by buyers in Dorsk", "approx": True},
        {"text": "480,000 cubic meters", "value": 480000, "unit": "cubic_meter", "kind": "volume", "about": "storage tanks"},
    ]),
    doc("oilfield", "Oil field", [
        "The Tarrow field reached 85,000 boe/d in May, and the operator expects 1.1 mmbpd across its fields by 2030.",
    ], [
        {"text": "85,000 boe/d", "value": 85000, "unit": "barrel_of_oil_equivalent/day", "kind": "rate", "about": "Tarrow field output"},
        {"text": "1.1 mmbpd", "value": 1100000, "unit": "barrel/day", "kind": "rate", "about": "operator output across its fields"},
    ]),
    doc("nuclear", "Radiation readings", [
        "Readings near the damaged Kessel reactor reached 3.2 millisieverts per hour, while the town of Arl showed 0.4 microsieverts.",
    ], [
        {"text": "3.2 millisieverts per hour", "value": 3.2, "unit": "millisievert/hour", "kind": "rate", "about": "Readings near the damaged Kessel reactor"},
        {"text": "0.4 microsieverts", "value": 0.4, "unit": "microsievert", "kind": "other", "about": "Readings in the town of Arl"},
    ]),
    doc("sterling", "Stadium deal", [
        "The Scottish club Dunrow Athletic agreed to pay 45 million pounds for a new stadium, with the council adding £3 million.",
    ], [
        {"text": "45 million pounds", "value": 45000000, "unit": "GBP", "kind": "money", "about": "new stadium"},
        {"text": "£3 million", "value": 3000000, "unit": "GBP", "kind": "money", "about": "council contribution"},
    ]),
    doc("haul", "Drug haul", [
        "Coast guards off Florida found 1,800 pounds of marijuana aboard the fishing boat Sea Wren.",
    ], [
        {"text": "1,800 pounds", "value": 1800, "unit": "pound", "kind": "mass", "about": "marijuana found aboard the fishing boat"},
    ]),
    doc("heatmix", "Heat in two scales", [
        "Highs in Carro reached 46 °C (115 °F) on Sunday, five degrees above the June average.",
    ], [
        {"text": "46 °C", "value": 46, "unit": "celsius", "kind": "other", "about": "Highs in Carro"},
        {"text": "115 °F", "value": 115, "unit": "fahrenheit", "kind": "other", "about": "Highs in Carro"},
        {"text": "five degrees", "value": 5, "unit": "fahrenheit", "kind": "other", "about": "above the June average"},
    ], note="the nearest scale written before 'five degrees' is °F"),
    doc("siblings", "Rescued siblings", [
        "Three siblings, aged 5, 8 and 11, were pulled from the rubble in Tessary after 30 hours.",
    ], [
        {"text": "Three siblings", "value": 3, "unit": "person", "kind": "count", "about": "siblings pulled from the rubble"},
        {"text": "5", "value": 5, "unit": "year", "kind": "other", "about": "age of siblings"},
        {"text": "8", "value": 8, "unit": "year", "kind": "other", "about": "age of siblings"},
        {"text": "11", "value": 11, "unit": "year", "kind": "other", "about": "age of siblings"},
        {"text": "30 hours", "value": 30, "unit": "hour", "kind": "duration", "about": "time in the rubble"},
    ]),
    doc("applications", "Visa applications", [
        "Applications for work permits fell by 2,400 to 31,000 in the first quarter, the Orlova labor ministry said.",
    ], [
        {"text": "2,400", "value": 2400, "unit": "count", "kind": "count", "about": "Applications for work permits fell", "counted": "applications"},
        {"text": "31,000", "value": 31000, "unit": "count", "kind": "count", "about": "Applications for work permits", "counted": "applications"},
    ]),
    doc("names", "Names with numbers", [
        "Ministers of the Group of Seven met in Brell as the Leopard 2 deliveries resumed and 4G coverage reached the border villages.",
        "Page 3 of 9",
    ], [], note="Group of Seven, Leopard 2, 4G and the page counter are not quantities"),
    doc("ships", "Tanker fleet", [
        "The Orvik Line bought two tankers of 115,000 dwt each and plans to run them at 13 kts.",
    ], [
        {"text": "two", "value": 2, "unit": "count", "kind": "count", "about": "tankers bought by the Orvik Line", "counted": "tankers"},
        {"text": "115,000 dwt", "value": 115000, "unit": "metric_ton", "kind": "mass", "about": "tankers"},
        {"text": "13 kts", "value": 13, "unit": "knot", "kind": "rate", "about": "tanker speed"},
    ]),
    doc("river", "River flow", [
        "The Sarno barrage released 150,000 cusecs on Tuesday, and the river rose 2.3 metres at Kell.",
    ], [
        {"text": "150,000 cusecs", "value": 150000, "unit": "cubic_foot/second", "kind": "rate", "about": "water released by the Sarno barrage"},
        {"text": "2.3 metres", "value": 2.3, "unit": "meter", "kind": "length", "about": "river rise at Kell"},
    ]),
    doc("farm", "Farm output", [
        "Growers in the Lirra valley harvested 28 quintals per hectare this year, and acreage planted reached 310,000 hectares.",
    ], [
        {"text": "28 quintals per hectare", "value": 2800, "unit": "kilogram/hectare", "kind": "rate", "about": "harvest in the Lirra valley"},
        {"text": "310,000 hectares", "value": 310000, "unit": "hectare", "kind": "area", "about": "acreage planted"},
    ]),
    doc("engines", "Engines and noise", [
        "The new ferry's two engines produce 9,000 horsepower, and noise on deck stays under 70 decibels.",
    ], [
        {"text": "two", "value": 2, "unit": "count", "kind": "count", "about": "engines of the new ferry", "counted": "engines"},
        {"text": "9,000 horsepower", "value": 9000, "unit": "horsepower", "kind": "other", "about": "engines"},
        {"text": "under 70 decibels", "value": 70, "unit": "decibel", "kind": "other", "about": "noise on deck", "approx": True},
    ]),
    doc("football2", "Match report", [
        "Velm City won 4-2 in front of 18,500 spectators, and striker Jon Arra, 24, scored twice.",
    ], [
        {"text": "18,500 spectators", "value": 18500, "unit": "person", "kind": "count", "about": "spectators"},
        {"text": "24", "value": 24, "unit": "year", "kind": "other", "about": "age of Jon Arra"},
    ], note="the score and 'twice' (a frequency, not a multiplier) are not quantities"),
    doc("budget", "Budget", [
        "The Tessary budget projects a deficit of $(2.1) billion and raises health spending by 6.5%, or 0.3 percentage points of output.",
    ], [
        {"text": "$(2.1) billion", "value": -2100000000, "unit": "USD", "kind": "money", "about": "deficit"},
        {"text": "6.5%", "value": 6.5, "unit": "percent", "kind": "percent", "about": "health spending"},
        {"text": "0.3 percentage points", "value": 0.3, "unit": "percentage_point", "kind": "percent", "about": "health spending share of output"},
    ]),
    doc("airlift", "Airlift", [
        "Cargo planes flew 640 metric tons of aid into Arl over 12 days, and 24 C-17 aircraft took part.",
    ], [
        {"text": "640 metric tons", "value": 640, "unit": "metric_ton", "kind": "mass", "about": "aid flown into Arl"},
        {"text": "12 days", "value": 12, "unit": "day", "kind": "duration", "about": "airlift"},
        {"text": "24", "value": 24, "unit": "count", "kind": "count", "about": "C-17 aircraft", "counted": "aircraft"},
    ]),
    doc("plan", "Peace plan", [
        "Envoys of the Kessel government presented a 15-point proposal, and talks resumed at 9 a.m. on Nov. 12.",
    ], [
        {"text": "15-point", "value": 15, "unit": "count", "kind": "count", "about": "proposal", "counted": "points"},
    ]),
    doc("econ", "Fuel economy", [
        "The Arro sedan averages 41 mpg, and its 60-liter tank gives a range of about 900 km.",
    ], [
        {"text": "41 mpg", "value": 41, "unit": "mile/gallon", "kind": "rate", "about": "Arro sedan"},
        {"text": "60-liter", "value": 60, "unit": "liter", "kind": "volume", "about": "tank"},
        {"text": "about 900 km", "value": 900, "unit": "kilometer", "kind": "length", "about": "range", "approx": True},
    ]),
]

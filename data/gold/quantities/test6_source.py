"""Readable source of the sealed quantities test set ``test6.jsonl`` (issue 10, round 6).

Each document gives its verbatim paragraphs (as the ``search`` tool's ``pages`` corpus stores the
page, furniture removed as its ``note`` says) and its quantities in text order. A quantity names
its span text; ``data/gold/check_quantities_test6.py`` finds the offsets, fills the normalized
fields from the guideline's table and checks the set. Annotated by helper sqy6 on 2026-12-05/06
before any system ran on these texts. Sealed: see ``README-test6.md``.
"""

# ruff: noqa: E501  (paragraphs are verbatim page text, one string each)
from __future__ import annotations


def q(text: str, value: float, unit: str, kind: str, about: str, **extra: object) -> dict:
    """Return one quantity record (``approx``, ``high``, ``counted``, ``after`` optional)."""
    rec = {"text": text, "value": value, "unit": unit, "kind": kind, "about": about}
    rec.update(extra)
    return rec


DOCS: list[dict] = []

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voa-3103370",
    "source": "voa:3103370",
    "url": "https://www.voanews.com/a/typhoon-melor-heads-to-sea-after-crossing-central-philippines/3103370.html",
    "title": "Typhoon Melor Heads to Sea After Crossing Central Philippines",
    "published": None,
    "truncated": False,
    "note": "Removed: 'Accessibility links', 'Breaking News', the headline (in title), the photo "
            "caption (printed twice), the VOA News byline box with its 'more than 40 languages' "
            "blurb and the XS/SM/MD/LG size switch. The page shows no publication date (the "
            "caption dates the photo Monday, Dec. 14, 2015). 'thousands without power' is a vague "
            "plural of people (2000, approximate); 'dozens of domestic flights and ferry services' "
            "is a count (24, approximate). 'About 20 typhoons ... each year': the frequency is "
            "separate, so only the count is annotated.",
    "paragraphs": [
        "Typhoon Melor is heading into the South China Sea after roaring across the central Philippines Monday, leaving at least one person dead and thousands without power.",
        "The typhoon made landfall early Monday on Samar island carrying winds of 185 kilometers an hour. Authorities evacuated over 700,000 residents from Melor's path hours ahead of its arrival, and cancelled dozens of domestic flights and ferry services.",
        "Forecasters say Melor, known locally as Nona, is still has wind gusts of 170 kilometers an hour as it heads towards Mindoro island. It is expected to lose more strength when it reaches South China Sea later Tuesday.",
        "About 20 typhoons strike the Philippines each year. Many areas were devastated when Typhoon Haiyan struck the archipelago in November 2013, leaving more than 7,300 dead.",
    ],
    "quantities": [
        q("at least one person", 1, "person", "count", "person dead", approx=True),
        q("thousands", 2000, "person", "count", "people without power", approx=True),
        q("185 kilometers an hour", 185, "kilometer/hour", "rate", "winds of the typhoon at landfall"),
        q("over 700,000 residents", 700000, "person", "count", "residents evacuated from Melor's path", approx=True),
        q("dozens", 24, "count", "count", "domestic flights and ferry services cancelled", approx=True, counted="flights and ferry services"),
        q("170 kilometers an hour", 170, "kilometer/hour", "rate", "wind gusts of Melor"),
        q("About 20 typhoons", 20, "count", "count", "typhoons that strike the Philippines each year", approx=True, counted="typhoons"),
        q("more than 7,300", 7300, "person", "count", "dead in Typhoon Haiyan", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-eia-ng-stats",
    "source": "gov:eia.gov",
    "url": "https://www.eia.gov/energyexplained/natural-gas/data-and-statistics.php",
    "title": "Natural gas explained: Natural gas statistics",
    "published": "2020-10-06",
    "truncated": False,
    "note": "Whole page as stored. Removed: 'U.S. Energy Information Administration logo', 'Skip to "
            "sub-navigation', the section heading 'Natural gas explained' and the page heading "
            "'Natural gas statistics' (in title); each table row is one line. published = the "
            "page's 'Last updated' date. MMcf (million cubic feet) is cubic_foot with the million "
            "applied to the value; prices 'per Mcf' keep the plain id USD/Mcf (as test5 kept "
            "USD/MMBtu). Years in brackets ('(2017)', '(2018)') are dates, not quantities.",
    "paragraphs": [
        "Data for the United States for 2019, except where noted. Physical amounts (volumes) are in million cubic feet (MMcf) and prices are in dollars per thousand cubic feet (Mcf).",
        "U.S. production (dry gas) 33,967,557 MMcf",
        "U.S. consumption 31,099,061 MMcf",
        "U.S. imports 2,741,717 MMcf",
        "U.S. exports 4,656,324 MMcf",
        "Liquefied natural gas (LNG) imports 52,903 MMcf",
        "Average citygate price $3.81 per Mcf",
        "Average price delivered to consumers",
        "Residential $10.51 per Mcf",
        "Commercial $7.61 per Mcf",
        "Industrial $3.90 per Mcf",
        "Electric power $2.99 per Mcf",
        "Ranking of state residential prices",
        "Highest—Hawaii $44.14 per Mcf",
        "Lowest—New Mexico $6.40 per Mcf",
        "Natural gas consumption by end use Amount Share of total",
        "Electric power 11,307,426 MMcf 36%",
        "Industrial 8,421,655 MMcf 27%",
        "Residential 5,015,603 MMcf 16%",
        "Commercial 3,512,607 MMcf 11%",
        "Lease and processing plant fuel 1,846,355 MMcf 6%",
        "Transportation (pipeline and vehicle fuel) 995,415 MMcf 3%",
        "Number of producing natural gas wells 491,205",
        "Natural gas percentage of utility-scale electricity generation 38%",
        "Natural gas percentage of utility-scale electricity generation capacity (2018) 43%",
        "Top dry natural gas-producing state Texas",
        "World dry natural gas",
        "Production (2017) 130,018,000 MMcf",
        "Consumption (2017) 132,110,000 MMcf",
        "Last updated: October 6, 2020",
    ],
    "quantities": [
        q("33,967,557 MMcf", 33967557e6, "cubic_foot", "volume", "U.S. production (dry gas)"),
        q("31,099,061 MMcf", 31099061e6, "cubic_foot", "volume", "U.S. natural gas consumption"),
        q("2,741,717 MMcf", 2741717e6, "cubic_foot", "volume", "U.S. natural gas imports"),
        q("4,656,324 MMcf", 4656324e6, "cubic_foot", "volume", "U.S. natural gas exports"),
        q("52,903 MMcf", 52903e6, "cubic_foot", "volume", "liquefied natural gas (LNG) imports"),
        q("$3.81 per Mcf", 3.81, "USD/Mcf", "rate", "average citygate price of natural gas"),
        q("$10.51 per Mcf", 10.51, "USD/Mcf", "rate", "residential price delivered to consumers"),
        q("$7.61 per Mcf", 7.61, "USD/Mcf", "rate", "commercial price delivered to consumers"),
        q("$3.90 per Mcf", 3.90, "USD/Mcf", "rate", "industrial price delivered to consumers"),
        q("$2.99 per Mcf", 2.99, "USD/Mcf", "rate", "electric power price delivered to consumers"),
        q("$44.14 per Mcf", 44.14, "USD/Mcf", "rate", "highest state residential price (Hawaii)"),
        q("$6.40 per Mcf", 6.40, "USD/Mcf", "rate", "lowest state residential price (New Mexico)"),
        q("11,307,426 MMcf", 11307426e6, "cubic_foot", "volume", "natural gas consumption by electric power"),
        q("36%", 36, "percent", "percent", "electric power share of natural gas consumption"),
        q("8,421,655 MMcf", 8421655e6, "cubic_foot", "volume", "industrial natural gas consumption"),
        q("27%", 27, "percent", "percent", "industrial share of natural gas consumption"),
        q("5,015,603 MMcf", 5015603e6, "cubic_foot", "volume", "residential natural gas consumption"),
        q("16%", 16, "percent", "percent", "residential share of natural gas consumption"),
        q("3,512,607 MMcf", 3512607e6, "cubic_foot", "volume", "commercial natural gas consumption"),
        q("11%", 11, "percent", "percent", "commercial share of natural gas consumption"),
        q("1,846,355 MMcf", 1846355e6, "cubic_foot", "volume", "lease and processing plant fuel"),
        q("6%", 6, "percent", "percent", "lease and processing plant fuel share of consumption"),
        q("995,415 MMcf", 995415e6, "cubic_foot", "volume", "transportation (pipeline and vehicle fuel) consumption"),
        q("3%", 3, "percent", "percent", "transportation share of natural gas consumption"),
        q("491,205", 491205, "count", "count", "producing natural gas wells", counted="producing natural gas wells"),
        q("38%", 38, "percent", "percent", "natural gas percentage of utility-scale electricity generation"),
        q("43%", 43, "percent", "percent", "natural gas percentage of utility-scale generation capacity"),
        q("130,018,000 MMcf", 130018000e6, "cubic_foot", "volume", "world dry natural gas production"),
        q("132,110,000 MMcf", 132110000e6, "cubic_foot", "volume", "world dry natural gas consumption"),
    ],
})

# ---------------------------------------------------------------------------------------------
BD = "barrel/day"
DOCS.append({
    "id": "qt6-eia-oil-stats",
    "source": "gov:eia.gov",
    "url": "https://www.eia.gov/energyexplained/oil-and-petroleum-products/data-and-statistics.php",
    "title": "Oil and petroleum products explained: Crude oil and petroleum statistics",
    "published": None,
    "truncated": True,
    "note": "Cut by the store after 'Top'; kept to the last complete table row ('626,000 b/d', the "
            "value cell of the largest-refinery row, on its own line as stored). Removed: EIA logo, "
            "'Skip to sub-navigation', section heading 'Oil and petroleum products explained', page "
            "heading 'Crude oil and petroleum statistics' (in title). No date on the stored part. "
            "b/d is barrel/day; '370.020 million gallons/day' is gallon/day; cents/gallon is "
            "USD/gallon (18.4 cents = 0.184). '979,000, b/d' keeps the page's stray comma inside "
            "the span. The negative net imports and dependence share keep their minus sign.",
    "paragraphs": [
        "Data for the United States for 2022, unless otherwise indicated. Units are in barrels per day (b/d), except where noted. Prices are nominal prices.",
        "Petroleum production (crude oil, natural gas liquids, renewable fuels, and processing gain) 20,078,900 b/d",
        "Crude oil production 11,910,622 b/d",
        "U.S. crude oil imports 6,281,296 b/d",
        "Petroleum product imports 2,047,526 b/d",
        "Net crude oil and petroleum product imports -1,191,009 b/d",
        "Dependence on net petroleum imports (net imports as share of products supplied) -6.0%",
        "Top crude oil import source Canada—3,798,000 b/d",
        "Top total petroleum import source Canada—4,365,000 b/d",
        "Crude oil imports from OPEC 979,000, b/d",
        "Petroleum product imports from OPEC 275,000 b/d",
        "Top crude oil producing state Texas—5,060,000 b/d",
        "Consumption and disposition",
        "Petroleum consumption (product supplied) 20,010,000 b/d",
        "Motor gasoline consumption 8,810,000 b/d (370.020 million gallons/day)",
        "Transportation sector share of total petroleum consumption 68%",
        "Total petroleum exports 9,520,000 b/d",
        "Prices (nominal)",
        "Domestic crude oil first purchase price (wellhead price) $93.97/barrel",
        "Refiner acquisition cost of crude oil (composite) $95.29/barrel",
        "Motor gasoline retail price (all grades average) $4.059/gallon",
        "Regular grade motor gasoline retail price $3.951/gallon",
        "Premium grade motor gasoline retail price $4.744/gallon",
        "Federal tax on motor gasoline 18.4 cents/gallon",
        "Average state taxes and fees on motor gasoline 32.26 cents/gallon (as of July 1, 2023)",
        "Federal tax for on-highway diesel fuel 24.40 cents/gallon",
        "Average state fuel taxes and fees for on-highway diesel fuel 34.20 cents/gallon (as of July 1, 2023)",
        "Refining and reserves",
        "Number of operable petroleum refineries (as of January 1, 2023) 129",
        "Largest refinery in distillation capacity (as of January 1, 2023) Port Arthur, Texas—Motiva Enterprises LLC",
        "626,000 b/d",
    ],
    "quantities": [
        q("20,078,900 b/d", 20078900, BD, "rate", "U.S. petroleum production"),
        q("11,910,622 b/d", 11910622, BD, "rate", "U.S. crude oil production"),
        q("6,281,296 b/d", 6281296, BD, "rate", "U.S. crude oil imports"),
        q("2,047,526 b/d", 2047526, BD, "rate", "petroleum product imports"),
        q("-1,191,009 b/d", -1191009, BD, "rate", "net crude oil and petroleum product imports"),
        q("-6.0%", -6.0, "percent", "percent", "dependence on net petroleum imports"),
        q("3,798,000 b/d", 3798000, BD, "rate", "crude oil imports from Canada, the top source"),
        q("4,365,000 b/d", 4365000, BD, "rate", "total petroleum imports from Canada, the top source"),
        q("979,000, b/d", 979000, BD, "rate", "crude oil imports from OPEC"),
        q("275,000 b/d", 275000, BD, "rate", "petroleum product imports from OPEC"),
        q("5,060,000 b/d", 5060000, BD, "rate", "crude oil production of Texas, the top producing state"),
        q("20,010,000 b/d", 20010000, BD, "rate", "petroleum consumption (product supplied)"),
        q("8,810,000 b/d", 8810000, BD, "rate", "motor gasoline consumption"),
        q("370.020 million gallons/day", 370020000, "gallon/day", "rate", "motor gasoline consumption"),
        q("68%", 68, "percent", "percent", "transportation sector share of petroleum consumption"),
        q("9,520,000 b/d", 9520000, BD, "rate", "total petroleum exports"),
        q("$93.97/barrel", 93.97, "USD/barrel", "rate", "domestic crude oil first purchase price (wellhead price)"),
        q("$95.29/barrel", 95.29, "USD/barrel", "rate", "refiner acquisition cost of crude oil"),
        q("$4.059/gallon", 4.059, "USD/gallon", "rate", "motor gasoline retail price (all grades average)"),
        q("$3.951/gallon", 3.951, "USD/gallon", "rate", "regular grade motor gasoline retail price"),
        q("$4.744/gallon", 4.744, "USD/gallon", "rate", "premium grade motor gasoline retail price"),
        q("18.4 cents/gallon", 0.184, "USD/gallon", "rate", "federal tax on motor gasoline"),
        q("32.26 cents/gallon", 0.3226, "USD/gallon", "rate", "average state taxes and fees on motor gasoline"),
        q("24.40 cents/gallon", 0.244, "USD/gallon", "rate", "federal tax for on-highway diesel fuel"),
        q("34.20 cents/gallon", 0.342, "USD/gallon", "rate", "average state fuel taxes and fees for on-highway diesel fuel"),
        q("129", 129, "count", "count", "operable petroleum refineries", counted="operable petroleum refineries"),
        q("626,000 b/d", 626000, BD, "rate", "distillation capacity of the largest refinery, Port Arthur"),
    ],
})

# ---------------------------------------------------------------------------------------------
TST = "thousand short tons"


def kst(n: str, about: str) -> dict:
    """Return a quantity '<n> thousand short tons' (short_ton, the thousand applied)."""
    return q(f"{n} {TST}", int(n.replace(",", "")) * 1000, "short_ton", "mass", about)


DOCS.append({
    "id": "qt6-eia-coal-stats",
    "source": "gov:eia.gov",
    "url": "https://www.eia.gov/energyexplained/coal/data-and-statistics.php",
    "title": "Coal explained: Coal statistics",
    "published": None,
    "truncated": True,
    "note": "The plain-text copy of the page as stored (the store also holds a table rendering of "
            "the same URL without the world rows); cut after 'World coal consumption 8,575,128,000 "
            "(8.58 billion) short', kept to the last complete row. Removed: EIA logo, 'Skip to "
            "sub-navigation', section heading 'Coal explained', page heading 'Coal statistics' (in "
            "title), trailing spaces of two subheadings. 'thousand short tons' is short_ton with the "
            "thousand applied. 'tons/miner-hour' (productivity) is plain tons, so metric_ton per "
            "the guideline, over a miner-hour: metric_ton/miner_hour. '8,907,744,000 (8.91 billion) "
            "short tons' is two quantities sharing the unit. 'Top five' is a rank; the years '2021' "
            "and '1978' heading the productivity rows are dates.",
    "paragraphs": [
        "Data for the United States and for 2021, except where noted.",
        "Production 577,431 thousand short tons",
        "Imports 5,388 thousand short tons",
        "Exports 85,115 thousand short tons",
        "Consumption 545,685 thousand short tons",
        "Coal consumption by end-use sector",
        "Electric power sector 501,427 thousand short tons",
        "Industrial (other than coke plants) 25,859 thousand short tons",
        "Coke plants 17,589 thousand short tons",
        "Commercial 811 thousand short tons",
        "Consumption for electricity generation by all sectors 500,592 thousand short tons (92% of total U.S. coal consumption)",
        "Coal share of utility-scale electricity generating capacity 18%",
        "Coal share of utility-scale electricity generation 22%",
        "Top five coal-consuming states by electric power sector",
        "Texas 61,762 thousand short tons",
        "Missouri 33,810 thousand short tons",
        "Indiana 27,728 thousand short tons",
        "Illinois 25,661 thousand short tons",
        "West Virginia 24,250 thousand short tons",
        "Year-end coal stocks (total) 118,126 thousand short tons",
        "Average sales price (nominal) $36.45 per short ton",
        "Average delivered price (nominal)",
        "Electric power $37.32 per short ton",
        "Coke plants $122.37 per short ton",
        "Other industrial plants $57.89 per short ton",
        "Largest producing state Wyoming—238,773 thousand short tons",
        "Share of U.S. total produced in Western region 57%",
        "Share of U.S. total produced from surface mining 62%",
        "Demonstrated reserve base 471 billion short tons (as of January 1, 2022)",
        "Largest producing coal mine North Antelope Rochelle Mine/Peabody Powder River Mining LLC",
        "62,799,005 short tons, 11% of total U.S. production",
        "Top producing company Peabody Energy Corporation",
        "105,383,000 short tons, 18% of total U.S. production",
        "Average number of coal mining industry employees during the year 39,518",
        "2021 6.71 tons/miner-hour",
        "1978 1.77 tons/miner-hour",
        "World coal production 8,907,744,000 (8.91 billion) short tons",
    ],
    "quantities": [
        kst("577,431", "U.S. coal production"),
        kst("5,388", "U.S. coal imports"),
        kst("85,115", "U.S. coal exports"),
        kst("545,685", "U.S. coal consumption"),
        kst("501,427", "coal consumption by the electric power sector"),
        kst("25,859", "industrial coal consumption (other than coke plants)"),
        kst("17,589", "coal consumption by coke plants"),
        kst("811", "commercial coal consumption"),
        kst("500,592", "coal consumption for electricity generation by all sectors"),
        q("92%", 92, "percent", "percent", "share of total U.S. coal consumption used for electricity generation"),
        q("18%", 18, "percent", "percent", "coal share of utility-scale electricity generating capacity"),
        q("22%", 22, "percent", "percent", "coal share of utility-scale electricity generation"),
        kst("61,762", "coal consumed by the electric power sector in Texas"),
        kst("33,810", "coal consumed by the electric power sector in Missouri"),
        kst("27,728", "coal consumed by the electric power sector in Indiana"),
        kst("25,661", "coal consumed by the electric power sector in Illinois"),
        kst("24,250", "coal consumed by the electric power sector in West Virginia"),
        kst("118,126", "year-end coal stocks"),
        q("$36.45 per short ton", 36.45, "USD/short_ton", "rate", "average coal sales price"),
        q("$37.32 per short ton", 37.32, "USD/short_ton", "rate", "average delivered coal price, electric power"),
        q("$122.37 per short ton", 122.37, "USD/short_ton", "rate", "average delivered coal price, coke plants"),
        q("$57.89 per short ton", 57.89, "USD/short_ton", "rate", "average delivered coal price, other industrial plants"),
        kst("238,773", "coal production of Wyoming, the largest producing state"),
        q("57%", 57, "percent", "percent", "share of U.S. coal produced in the Western region"),
        q("62%", 62, "percent", "percent", "share of U.S. coal produced from surface mining"),
        q("471 billion short tons", 471e9, "short_ton", "mass", "demonstrated coal reserve base"),
        q("62,799,005 short tons", 62799005, "short_ton", "mass", "production of the largest coal mine, North Antelope Rochelle"),
        q("11%", 11, "percent", "percent", "largest mine's share of total U.S. production"),
        q("105,383,000 short tons", 105383000, "short_ton", "mass", "coal production of Peabody Energy, the top producing company"),
        q("18%", 18, "percent", "percent", "Peabody Energy's share of total U.S. production"),
        q("39,518", 39518, "person", "count", "coal mining industry employees"),
        q("6.71 tons/miner-hour", 6.71, "metric_ton/miner_hour", "rate", "coal mining productivity in 2021"),
        q("1.77 tons/miner-hour", 1.77, "metric_ton/miner_hour", "rate", "coal mining productivity in 1978"),
        q("8,907,744,000", 8907744000, "short_ton", "mass", "world coal production"),
        q("8.91 billion", 8.91e9, "short_ton", "mass", "world coal production"),
    ],
})

# ---------------------------------------------------------------------------------------------
KWH = "kilowatt_hour"
DOCS.append({
    "id": "qt6-eia-nuclear-stats",
    "source": "gov:eia.gov",
    "url": "https://www.eia.gov/energyexplained/nuclear/data-and-statistics.php?ref=techhistorian.com",
    "title": "Nuclear explained: U.S. nuclear statistics",
    "published": "2022-11-18",
    "truncated": False,
    "note": "Whole page as stored (the URL carries a referrer parameter as stored). Removed: EIA "
            "logo, 'Skip to sub-navigation', section heading 'Nuclear explained', page heading "
            "'U.S. nuclear statistics' (in title), leading spaces of one subheading. published = "
            "the 'Last updated' date. kilowatthours, kWh and BkWh are kilowatt_hour with the "
            "scale applied (778,188 million = 7.78188e11; 789.88 BkWh = 7.8988e11); kilowatts and "
            "megawatts are kind other, not normalized; cents/kilowatthour is USD/kilowatt_hour; "
            "'$33.91 per pound U3O8' is USD/pound. 'three nuclear reactors' is a count. 'Top five' "
            "is a rank; 'U3O8' is a name.",
    "paragraphs": [
        "Data as of the end of 2021, except where noted.",
        "Total operable nuclear reactors 93",
        "Nuclear total annual net electricity generation 778,188 million kilowatthours",
        "Nuclear percentage of total annual electricity generation 18.9%",
        "Nuclear net summer electricity generation capacity 95.55 million kilowatts",
        "Nuclear share of total U.S. utility-scale electricity net summer generation capacity 8.3% (net summer capacity)",
        "Nuclear average annual capacity factor 92.7%",
        "Largest nuclear power plant Palo Verde (has three nuclear reactors) 3,937 megawatts",
        "Number of states with operating commercial nuclear power plants 28",
        "Uranium expenditures $72.5 million",
        "Uranium concentrate (U3O8) production 21,000 pounds",
        "Average price for purchased uranium concentrate U3O8 $33.91 per pound U3O8",
        "Fuel cost: nuclear vs. fossil steam 0.61 cents/kilowatthour vs. 2.46 cents/kilowatthour",
        "World nuclear statistics",
        "Data for 2020.",
        "Total world nuclear electricity generation 2,591 billion kWh",
        "Nuclear percentage share of total world electricty generation 10.1%",
        "Number of countries with nuclear power reactors 33",
        "Top five nuclear electricity generating countries Total annual nuclear electricity generation in billion kilowatthours (BkWh) Nuclear share of total national annual electricity generation",
        "United States 789.88 BkWh 19.5%",
        "France 379.50 BkWh 68.5%",
        "China 366.30 BkWh 4.8%",
        "Russia 215.75 BkWh 21.0%",
        "South Korea 152.33 BkWh 27.7%",
        "Share of total world nuclear electricity generation",
        "United States 29.9%",
        "France 14.4%",
        "China 13.9%",
        "Russia 8.2%",
        "South Korea 5.9%",
        "Last updated: November 18, 2022, with most recent data available at the time of update.",
    ],
    "quantities": [
        q("93", 93, "count", "count", "total operable nuclear reactors", counted="operable nuclear reactors"),
        q("778,188 million kilowatthours", 778188e6, KWH, "other", "nuclear total annual net electricity generation"),
        q("18.9%", 18.9, "percent", "percent", "nuclear percentage of total annual electricity generation"),
        q("95.55 million kilowatts", 95.55e6, "kilowatt", "other", "nuclear net summer electricity generation capacity"),
        q("8.3%", 8.3, "percent", "percent", "nuclear share of U.S. utility-scale net summer generation capacity"),
        q("92.7%", 92.7, "percent", "percent", "nuclear average annual capacity factor"),
        q("three nuclear reactors", 3, "count", "count", "reactors of Palo Verde", counted="nuclear reactors"),
        q("3,937 megawatts", 3937, "megawatt", "other", "capacity of Palo Verde, the largest nuclear power plant"),
        q("28", 28, "count", "count", "states with operating commercial nuclear power plants", counted="states"),
        q("$72.5 million", 72.5e6, "USD", "money", "uranium expenditures"),
        q("21,000 pounds", 21000, "pound", "mass", "uranium concentrate (U3O8) production"),
        q("$33.91 per pound", 33.91, "USD/pound", "rate", "average price for purchased uranium concentrate"),
        q("0.61 cents/kilowatthour", 0.0061, "USD/kilowatt_hour", "rate", "nuclear fuel cost"),
        q("2.46 cents/kilowatthour", 0.0246, "USD/kilowatt_hour", "rate", "fossil steam fuel cost"),
        q("2,591 billion kWh", 2591e9, KWH, "other", "total world nuclear electricity generation"),
        q("10.1%", 10.1, "percent", "percent", "nuclear share of total world electricity generation"),
        q("33", 33, "count", "count", "countries with nuclear power reactors", counted="countries"),
        q("789.88 BkWh", 789.88e9, KWH, "other", "annual nuclear electricity generation of the United States"),
        q("19.5%", 19.5, "percent", "percent", "nuclear share of U.S. electricity generation"),
        q("379.50 BkWh", 379.50e9, KWH, "other", "annual nuclear electricity generation of France"),
        q("68.5%", 68.5, "percent", "percent", "nuclear share of France's electricity generation"),
        q("366.30 BkWh", 366.30e9, KWH, "other", "annual nuclear electricity generation of China"),
        q("4.8%", 4.8, "percent", "percent", "nuclear share of China's electricity generation"),
        q("215.75 BkWh", 215.75e9, KWH, "other", "annual nuclear electricity generation of Russia"),
        q("21.0%", 21.0, "percent", "percent", "nuclear share of Russia's electricity generation"),
        q("152.33 BkWh", 152.33e9, KWH, "other", "annual nuclear electricity generation of South Korea"),
        q("27.7%", 27.7, "percent", "percent", "nuclear share of South Korea's electricity generation"),
        q("29.9%", 29.9, "percent", "percent", "United States share of world nuclear electricity generation"),
        q("14.4%", 14.4, "percent", "percent", "France's share of world nuclear electricity generation"),
        q("13.9%", 13.9, "percent", "percent", "China's share of world nuclear electricity generation"),
        q("8.2%", 8.2, "percent", "percent", "Russia's share of world nuclear electricity generation"),
        q("5.9%", 5.9, "percent", "percent", "South Korea's share of world nuclear electricity generation"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-usda-fas-prodbriefs",
    "source": "gov:pecad.fas.usda.gov",
    "url": "https://pecad.fas.usda.gov/cropexplorer/ce_news.aspx?stype=prodbriefs",
    "title": "USDA FAS Crop Explorer: production briefs",
    "published": "2017-07-12",
    "truncated": True,
    "note": "USDA Foreign Agricultural Service (IPAD) production briefs as stored; cut inside the "
            "third brief ('which produces about 45 percent of Ukr'), kept to the last complete "
            "sentence. The brief headings and their dates '(Jul 12, 2017)' are kept as lines (they "
            "are the briefs' titles). '1.0 million', '2.8 million' and '6.45 million' take the unit "
            "of the figure they are compared with (metric tons, hectares). '5-year average' is a "
            "compound-adjective duration. 'tons per hectare' is plain tons: metric_ton/hectare.",
    "paragraphs": [
        "Turkey Wheat and Barley: Abundant Soil Moisture Supports Late Season Improvement.",
        "(Jul 12, 2017)",
        "Fall dryness over the Anatolian Plateau delayed the winter-grain planting campaign and reduced the time available for crop establishment. Favorable snow cover protected winter crops against frost damage, and above-average spring precipitation replenished soil moisture reserves which benefited the crops as they resumed spring growth. As a result, the winter crops were able to recover from the dry fall.",
        "Australia Winter Crops: Lower Forecast for Wheat and Rapeseed Production.",
        "(Jul 12, 2017)",
        "Persistent dryness and a current subsoil moisture deficit in a major portion of Australia’s winter crop region contributed to a lower area, an estimated 9-percent drop in wheat yield, and an 8- percent drop in rapeseed yield from the 5-year average. Precipitation has been well below average since major sowing operations commenced in May. Winter crops are sown in May and June. Satellite-derived vegetation indices (the normalized difference vegetation index or NDVI) indicated below-average crop health from May through June for all major winter crop producing states.",
        "Ukraine Wheat: Persistent Dryness Depletes Soil Moisture and Reduces Yield Prospects.",
        "(Jul 12, 2017)",
        "Ukraine wheat production for 2017/18 is forecast at 24.0 million metric tons, down 1.0 million from last month and down 2.8 million from last year. Harvested area is estimated at 6.60 million hectares against 6.45 million last year. Yield is estimated at 3.64 tons per hectare, down 4 percent from last month and down 13 percent from last year, but slightly above the 5-year average. The month-to-month decrease in estimated yield is attributed to severe dryness in central and western Ukraine, which hampered winter wheat development and led to a gradual depletion of the abundant early-season soil moisture.",
    ],
    "quantities": [
        q("an estimated 9-percent", 9, "percent", "percent", "drop in Australian wheat yield", approx=True),
        q("8- percent", 8, "percent", "percent", "drop in Australian rapeseed yield"),
        q("5-year", 5, "year", "duration", "average period for Australian yields"),
        q("24.0 million metric tons", 24.0e6, "metric_ton", "mass", "Ukraine wheat production for 2017/18"),
        q("1.0 million", 1.0e6, "metric_ton", "mass", "decrease of Ukraine wheat production from last month"),
        q("2.8 million", 2.8e6, "metric_ton", "mass", "decrease of Ukraine wheat production from last year"),
        q("6.60 million hectares", 6.60e6, "hectare", "area", "Ukraine wheat harvested area"),
        q("6.45 million", 6.45e6, "hectare", "area", "Ukraine wheat harvested area last year"),
        q("3.64 tons per hectare", 3.64, "metric_ton/hectare", "rate", "Ukraine wheat yield"),
        q("4 percent", 4, "percent", "percent", "decrease of Ukraine wheat yield from last month"),
        q("13 percent", 13, "percent", "percent", "decrease of Ukraine wheat yield from last year"),
        q("5-year", 5, "year", "duration", "average period for Ukraine wheat yield"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voablog-china-surplus",
    "source": "voa:blogs.voanews.com",
    "url": "https://blogs.voanews.com/breaking-news/2011/08/10/record-exports-boost-china-to-large-trade-surplus",
    "title": None,
    "published": "2011-08-10",
    "truncated": False,
    "note": "VOA 'Breaking News' blog post, whole as stored (the stored text has no headline or "
            "furniture; published from the URL). 'in two and a half years' measures a length of "
            "time (duration, 2.5 years).",
    "paragraphs": [
        "Rising exports have given China its largest trade surplus in two and a half years in spite of economic problems in much of the world.",
        "The government said Monday it posted a $31.5 billion surplus in July, driven by a record $175 billion in exports. That marked a 20.4 percent increase in exports over the previous July.",
        "Chinese imports were also up strongly at 22.9 percent, boosting hopes that Chinese purchasing can help lift other struggling economies.",
        "China’s huge surpluses have been a source of friction with its major trading partners, who say Beijing artificially depresses the value of its currency to gain an unfair advantage. But analysts expect the nation’s export growth to slow because of weak demand in the United States and Europe.",
    ],
    "quantities": [
        q("two and a half years", 2.5, "year", "duration", "period since China's last larger trade surplus"),
        q("$31.5 billion", 31.5e9, "USD", "money", "China's trade surplus in July"),
        q("$175 billion", 175e9, "USD", "money", "Chinese exports in July"),
        q("20.4 percent", 20.4, "percent", "percent", "increase in Chinese exports over the previous July"),
        q("22.9 percent", 22.9, "percent", "percent", "increase in Chinese imports"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voa-2537029",
    "source": "voa:2537029",
    "url": "http://www.voanews.com/content/opec-maintains-output-prices-drop-to-new-lows/2537029.html",
    "title": "OPEC Maintains Output, Prices Hit 4-year Low",
    "published": None,
    "truncated": False,
    "note": "Removed: 'Accessibility links', 'Breaking News', the headline (in title), the 'update' "
            "label, the photo caption (printed twice), the VOA News byline box (cut by the store "
            "inside its blurb). No date on the stored page. '1 million barrels more in 2015' "
            "continues 'an additional 1 million barrels a day this year', so it is barrel/day. "
            "'a four-year low' is a compound-adjective duration. 'about one-third' is a fraction. "
            "'one of the most crucial' is a pronoun use, not a quantity.",
    "paragraphs": [
        "The Organization of Petroleum Exporting Countries has decided to maintain current levels of production, despite a worldwide oil glut that has driven market prices down more than 30 percent since June.",
        "Meeting Thursday in Vienna, Austria, OPEC oil ministers decided to maintain the present output target of 30 million barrels a day. After the announcement, the price of benchmark Brent crude fell $4, to a four-year low of $73 a barrel.",
        "The OPEC meeting, widely seen as one of the most crucial in years, came as shale oil production continues to surge in the United States. Forecasters say U.S. shale extraction will produce an additional 1 million barrels a day this year and 1 million barrels more in 2015.",
        "With current OPEC production at 30 million barrels per day, analysts say the surge in U.S. production is proving particularly vexing for the cartel, with no OPEC strategies evident for offsetting the glut.",
        "Led by Saudi Arabia and the Gulf states of Qatar, the United Arab Emirates and Kuwait, OPEC pumps about one-third of the world's oil, and has faced recent pressure from its poorer members to cut output.",
        "However, wealthier producers argued that cutting production at this time would result in further loss of market shares in North America, where demand for OPEC oil has been sharply reduced.",
        "Analysts say the OPEC decision is a particular blow to Venezuela's economy, which is teetering on the brink of recession. The Caracas government is not seen as having the reserves necessary to ride out the weak prices, which experts say could last indefinitely.",
    ],
    "quantities": [
        q("more than 30 percent", 30, "percent", "percent", "drop in market oil prices since June", approx=True),
        q("30 million barrels a day", 30e6, BD, "rate", "OPEC output target"),
        q("$4", 4, "USD", "money", "fall in the price of benchmark Brent crude"),
        q("four-year", 4, "year", "duration", "low of the Brent crude price"),
        q("$73 a barrel", 73, "USD/barrel", "rate", "price of benchmark Brent crude"),
        q("1 million barrels a day", 1e6, BD, "rate", "additional U.S. shale oil extraction this year"),
        q("1 million barrels", 1e6, BD, "rate", "additional U.S. shale oil extraction in 2015"),
        q("30 million barrels per day", 30e6, BD, "rate", "current OPEC production"),
        q("about one-third", 1 / 3, "fraction", "percent", "OPEC share of the world's oil", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
MWH = "megawatt_hour"
DOCS.append({
    "id": "qt6-eia-electricity-stats",
    "source": "gov:eia.gov",
    "url": "https://www.eia.gov/energyexplained/electricity/data-and-statistics.php",
    "title": "Electricity explained: Electricity data and statistics",
    "published": None,
    "truncated": True,
    "note": "Cut by the store after the largest-utility row; kept to that last complete row. Removed: "
            "EIA logo, 'Skip to sub-navigation', a site-wide systems-restoration banner of the day "
            "the page was stored, the section heading 'Electricity explained' (in title), "
            "trailing/leading spaces of four lines. The footnote markers '1' after two subheadings "
            "are not quantities. MWh/kWh are megawatt_hour/kilowatt_hour and MW/KW "
            "megawatt/kilowatt (kind other), with 'thousand', 'million', 'billion', 'trillion' "
            "applied to the value; each 'X or about Y' row is two quantities, the 'about' one "
            "approximate. '100%' in the rounding note is annotated (a percentage).",
    "paragraphs": [
        "Data for the United States for 2020 (except where noted).",
        "Note: MW = megawatts, MWh = megawatthours, KW = kilowatts, and kWh = kilowatthours",
        "Electricity generation from utility-scale power plants (net generation) 1",
        "Total net generation 4,007,019 thousand MWh or about 4.01 trillion kWh",
        "Share of total net generation by energy source",
        "Natural gas 40.5%",
        "Coal 19.3%",
        "Nuclear 19.7%",
        "Nonhydroelectric renewables 12.4%",
        "Hydroelectric (conventional) 7.1%",
        "Petroleum and other sources 1.0%",
        "Number of electricity generators 23,417",
        "Largest power plant by net generation Palo Verde (nuclear)—31,552,433 MWh or about 31.6 billion kWh",
        "Electricity generation capacity of utility-scale power plants (net summer capacity) 1",
        "Total net capacity",
        "1,115,681 MW or about 1.1 billion KW",
        "Share of capacity by energy source",
        "Natural gas 43.5%",
        "Coal 19.3%",
        "Nonhydroelectric renewables 16.3%",
        "Hydroelectric (total) 9.2%",
        "Conventional hydro 7.2%",
        "Pumped storage hydro 2.1%",
        "Nuclear 8.6%",
        "Petroleum 2.5%",
        "Other 0.5%",
        "Total may not equal 100% because of independent rounding.",
        "Largest power plant by capacity Grand Coulee Dam (hydroelectric)—7,079 MW",
        "Electricity consumption (end use) and price",
        "Total end use 3,856,364 million kWh or about 3.86 trillion kWh",
        "Share of end use by type",
        "Electricity retail sales (total) 96.4%",
        "Direct use of electricity 3.6%",
        "Electricity retail sales and shares by sector 3,717,674 million kWh or about 3.7 trillion kWh",
        "Residential sector 39.4%",
        "Commercial sector 34.6%",
        "Industrial sector 25.8%",
        "Transportation sector 0.2%",
        "Largest electric utility by retail sales (within state) Florida Power & Light Company—113,663,998 MWh or about 114 billion kWh",
    ],
    "quantities": [
        q("4,007,019 thousand MWh", 4007019e3, MWH, "other", "total net electricity generation"),
        q("about 4.01 trillion kWh", 4.01e12, KWH, "other", "total net electricity generation", approx=True),
        q("40.5%", 40.5, "percent", "percent", "natural gas share of total net generation"),
        q("19.3%", 19.3, "percent", "percent", "coal share of total net generation"),
        q("19.7%", 19.7, "percent", "percent", "nuclear share of total net generation"),
        q("12.4%", 12.4, "percent", "percent", "nonhydroelectric renewables share of total net generation"),
        q("7.1%", 7.1, "percent", "percent", "conventional hydroelectric share of total net generation"),
        q("1.0%", 1.0, "percent", "percent", "petroleum and other sources share of total net generation"),
        q("23,417", 23417, "count", "count", "electricity generators", counted="electricity generators"),
        q("31,552,433 MWh", 31552433, MWH, "other", "net generation of Palo Verde, the largest power plant by generation"),
        q("about 31.6 billion kWh", 31.6e9, KWH, "other", "net generation of Palo Verde", approx=True),
        q("1,115,681 MW", 1115681, "megawatt", "other", "total net summer generation capacity"),
        q("about 1.1 billion KW", 1.1e9, "kilowatt", "other", "total net summer generation capacity", approx=True),
        q("43.5%", 43.5, "percent", "percent", "natural gas share of capacity"),
        q("19.3%", 19.3, "percent", "percent", "coal share of capacity"),
        q("16.3%", 16.3, "percent", "percent", "nonhydroelectric renewables share of capacity"),
        q("9.2%", 9.2, "percent", "percent", "hydroelectric (total) share of capacity"),
        q("7.2%", 7.2, "percent", "percent", "conventional hydro share of capacity"),
        q("2.1%", 2.1, "percent", "percent", "pumped storage hydro share of capacity"),
        q("8.6%", 8.6, "percent", "percent", "nuclear share of capacity"),
        q("2.5%", 2.5, "percent", "percent", "petroleum share of capacity"),
        q("0.5%", 0.5, "percent", "percent", "other sources share of capacity"),
        q("100%", 100, "percent", "percent", "total of the capacity shares"),
        q("7,079 MW", 7079, "megawatt", "other", "capacity of Grand Coulee Dam, the largest power plant by capacity"),
        q("3,856,364 million kWh", 3856364e6, KWH, "other", "total electricity end use"),
        q("about 3.86 trillion kWh", 3.86e12, KWH, "other", "total electricity end use", approx=True),
        q("96.4%", 96.4, "percent", "percent", "retail sales share of end use"),
        q("3.6%", 3.6, "percent", "percent", "direct use share of end use"),
        q("3,717,674 million kWh", 3717674e6, KWH, "other", "electricity retail sales"),
        q("about 3.7 trillion kWh", 3.7e12, KWH, "other", "electricity retail sales", approx=True),
        q("39.4%", 39.4, "percent", "percent", "residential sector share of retail sales"),
        q("34.6%", 34.6, "percent", "percent", "commercial sector share of retail sales"),
        q("25.8%", 25.8, "percent", "percent", "industrial sector share of retail sales"),
        q("0.2%", 0.2, "percent", "percent", "transportation sector share of retail sales"),
        q("113,663,998 MWh", 113663998, MWH, "other", "retail sales of Florida Power & Light Company, the largest utility"),
        q("about 114 billion kWh", 114e9, KWH, "other", "retail sales of Florida Power & Light Company", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
KM3 = "cubic_kilometer"
DOCS.append({
    "id": "qt6-usgs-faq-natural-water",
    "source": "gov:usgs.gov",
    "url": "https://www.usgs.gov/faqs/how-much-natural-water-there",
    "title": "How much natural water is there?",
    "published": None,
    "truncated": True,
    "note": "USGS FAQ page with the teasers of related FAQs as stored; cut inside the last teaser "
            "('a network of about 7,0'), kept to its last complete sentence. The teasers' own '...' "
            "endings are the site's and are kept. Bullets ('  • ') removed from the six breakdown "
            "rows. Cubic kilometers keep the id cubic_kilometer (normalized to liters, 1e12 each). "
            "'Bgal/day' is gallon/day with the billion applied. 'revised every 5 years' is a "
            "duration; 'The three largest water-use categories' is a count.",
    "paragraphs": [
        "How much natural water is there?",
        "Earth is estimated to hold about 1,460,000,000 cubic kilometers of water. The breakdown of where all that water resides is estimated as follows:",
        "Oceans (saline) 1,419,120,000 cubic kilometers",
        "Ice caps and glaciers (fresh) 31,244,000 cubic kilometers",
        "Ground water (fresh and saline) 8,906,000 cubic kilometers",
        "Streams and lakes (fresh) 132,860 cubic kilometers",
        "Lakes (saline) 116,800 cubic kilometers",
        "Other--soil, atmosphere, biosphere (fresh) 480,340 cubic kilometers",
        "How much water is used by people in the United States?",
        "Since 1950, the USGS has collected and analyzed water-use data for the United States and its Territories . That data is revised every 5 years. As of 2015, the United States uses 322 billion gallons of water per day (Bgal/day). The three largest water-use categories were irrigation (118 Bgal/day), thermoelectric power (133 Bgal/day), and public...",
        "What is the Earth's \"water cycle?\"",
        "The water cycle , also known as the hydrologic cycle, describes the continuous movement of water as it makes a circuit from the oceans to the atmosphere to the Earth and on again. Most of Earth's water is in the oceans. The sun, which drives the water cycle, heats water in the oceans. Some of it evaporates as vapor into the air. Rising vapor cools...",
        "Is saline water used for anything?",
        "In the U.S., about 13 percent of all water used is saline water . But saline water can only be used for certain purposes. The main use is for thermoelectric power-plant cooling. About 5 percent of water used for industrial purposes is saline, and about 53 percent of all water used for mining purposes is saline. Saline water can be desalinated for...",
        "How do we benefit from USGS streamgages?",
        "Information on the flow of rivers is a vital national asset that safeguards lives, protects property, and ensures adequate water supplies for the future.",
    ],
    "quantities": [
        q("about 1,460,000,000 cubic kilometers", 1460000000, KM3, "volume", "water held by Earth", approx=True),
        q("1,419,120,000 cubic kilometers", 1419120000, KM3, "volume", "water in the oceans (saline)"),
        q("31,244,000 cubic kilometers", 31244000, KM3, "volume", "water in ice caps and glaciers (fresh)"),
        q("8,906,000 cubic kilometers", 8906000, KM3, "volume", "ground water (fresh and saline)"),
        q("132,860 cubic kilometers", 132860, KM3, "volume", "water in streams and lakes (fresh)"),
        q("116,800 cubic kilometers", 116800, KM3, "volume", "water in saline lakes"),
        q("480,340 cubic kilometers", 480340, KM3, "volume", "water in soil, atmosphere, biosphere (fresh)"),
        q("5 years", 5, "year", "duration", "interval at which water-use data are revised"),
        q("322 billion gallons of water per day", 322e9, "gallon/day", "rate", "water used in the United States"),
        q("three", 3, "count", "count", "largest water-use categories", counted="water-use categories"),
        q("118 Bgal/day", 118e9, "gallon/day", "rate", "water used for irrigation"),
        q("133 Bgal/day", 133e9, "gallon/day", "rate", "water used for thermoelectric power"),
        q("about 13 percent", 13, "percent", "percent", "share of all water used that is saline", approx=True),
        q("About 5 percent", 5, "percent", "percent", "share of industrial water that is saline", approx=True),
        q("about 53 percent", 53, "percent", "percent", "share of mining water that is saline", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
GAL = "gallon"
DOCS.append({
    "id": "qt6-usgs-million-gallons",
    "source": "gov:usgs.gov",
    "url": "https://www.usgs.gov/special-topics/water-science-school/science/a-million-gallons-water-how-much-it",
    "title": "A Million Gallons of Water -- How Much is it?",
    "published": None,
    "truncated": True,
    "note": "USGS Water Science School article. The article is whole; the stored page goes on with "
            "lists of related topics and publications and a repeat of the summary, where the store "
            "cut it: those were dropped. Removed: the navigation line '• Water Science School HOME "
            "• Water Use topics •' and the article heading (in title); the conversion rows keep "
            "their '- ' and '• ' markers as stored. 'million gallons per day' in quotation marks "
            "names a unit and is not annotated; each 'a million gallons' of water talked about is "
            "1e6 gallon ('a millions gallon' [sic] too). Mgal/d is gallon/day with the million "
            "applied; acre-feet keep the id acre_foot (normalized to liters).",
    "paragraphs": [
        "If you look at our U.S. Geological Survey (USGS) water-use data, you see it is presented in \"million gallons per day\" (Mgal/d). We will help you visualize how much a millions gallon is so you can better understand our water-use information.",
        "If you start browsing through USGS water-use information, you'll see water withdrawals and use are most often reported in \"million gallons per day\" (Mgal/d). You'll understand the data better if you can visualize how much a million gallons of water is. A good-sized bath holds 40 gallons, so a million gallons would be 25,000 baths. But, it might be easier to take a look at the pool and cube image.",
        "If you were a swimming-pool builder and a customer asked you to build a pool that would hold a million-gallons, then they had better have a big yard! You would need to build a pool about 267 feet long (almost as long as a football field), 50 feet wide, and 10 feet deep. The cube on the right side shows you that 1 million gallons would form a cube that is 51.1 feet on each side.",
        "Some helpful conversions:",
        "- 1 Mgal/d = 1.547 cubic feet per second",
        "- 1 Mgal/d = 694.4 gallons per minute",
        "- 1 Mgal/d = 1.121 thousand acre-feet per year",
        "- 1 million gallons = 3,785,412 liters",
        "- 1 million gallons = 3.07 acre feet",
        "How much do you think a million gallons (3,785,412 liters) of water weighs?",
        "• At 8.34 pounds per gallon, a million gallons comes in at 8,340,000 pounds.",
        "• At 1 kilogram per liter, 3,785,412 liters comes in at 3,785,412 kilograms.",
    ],
    "quantities": [
        q("a millions gallon", 1e6, GAL, "volume", "water to visualize"),
        q("a million gallons", 1e6, GAL, "volume", "water to visualize", after="visualize how much "),
        q("40 gallons", 40, GAL, "volume", "water a good-sized bath holds"),
        q("a million gallons", 1e6, GAL, "volume", "water in baths"),
        q("25,000 baths", 25000, "count", "count", "baths in a million gallons", counted="baths"),
        q("a million-gallons", 1e6, GAL, "volume", "water a pool would hold"),
        q("about 267 feet", 267, "foot", "length", "length of a million-gallon pool", approx=True),
        q("50 feet", 50, "foot", "length", "width of a million-gallon pool"),
        q("10 feet", 10, "foot", "length", "depth of a million-gallon pool"),
        q("1 million gallons", 1e6, GAL, "volume", "water forming a cube"),
        q("51.1 feet", 51.1, "foot", "length", "side of a million-gallon cube"),
        q("1 Mgal/d", 1e6, "gallon/day", "rate", "water use rate converted"),
        q("1.547 cubic feet per second", 1.547, "cubic_foot/second", "rate", "1 Mgal/d in cubic feet per second"),
        q("1 Mgal/d", 1e6, "gallon/day", "rate", "water use rate converted"),
        q("694.4 gallons per minute", 694.4, "gallon/minute", "rate", "1 Mgal/d in gallons per minute"),
        q("1 Mgal/d", 1e6, "gallon/day", "rate", "water use rate converted"),
        q("1.121 thousand acre-feet per year", 1121, "acre_foot/year", "rate", "1 Mgal/d in acre-feet per year"),
        q("1 million gallons", 1e6, GAL, "volume", "water volume converted to liters"),
        q("3,785,412 liters", 3785412, "liter", "volume", "1 million gallons in liters"),
        q("1 million gallons", 1e6, GAL, "volume", "water volume converted to acre feet"),
        q("3.07 acre feet", 3.07, "acre_foot", "volume", "1 million gallons in acre feet"),
        q("a million gallons", 1e6, GAL, "volume", "water whose weight is asked"),
        q("3,785,412 liters", 3785412, "liter", "volume", "a million gallons of water in liters"),
        q("8.34 pounds per gallon", 8.34, "pound/gallon", "rate", "weight of water per gallon"),
        q("a million gallons", 1e6, GAL, "volume", "water weighed"),
        q("8,340,000 pounds", 8340000, "pound", "mass", "weight of a million gallons of water"),
        q("1 kilogram per liter", 1, "kilogram/liter", "rate", "weight of water per liter"),
        q("3,785,412 liters", 3785412, "liter", "volume", "water weighed"),
        q("3,785,412 kilograms", 3785412, "kilogram", "mass", "weight of 3,785,412 liters of water"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-usgs-brass-water",
    "source": "gov:geology.er.usgs.gov",
    "url": "http://geology.er.usgs.gov/eespteam/brass/water/water.htm",
    "title": "Bedrock Regional Aquifer Systematics Study: Our water supply",
    "published": None,
    "truncated": False,
    "note": "USGS Bedrock Regional Aquifer Systematics Study page. The text is whole; the store cut "
            "the page in its footer (contact line), which is removed with the rest of the "
            "furniture: 'Link to USGS Home Page', the BRASS navigation bar, 'spacer', the image "
            "label 'water budget of the United States', the footer links and the Department of the "
            "Interior / maintainer lines. Bullet items are one line each. 'between 125,000 and "
            "224,000 km' is a range in kilometer as written (the page means a volume). 'thousands "
            "of years' is a vague plural (2000 years, approximate); 'roughly two thirds' and "
            "'Nearly half' are fractions.",
    "paragraphs": [
        "Our water supply",
        "The water supply at any place depends on several factors including",
        "the hydrologic cycle",
        "precipitation",
        "evaporation",
        "stream flow",
        "subsurface flow",
        "The water budget is the sum of the inputs, outputs, and storage of water in a system. The amount of water vapor in the air is equivalent to 40,000 billion gallons of liquid water. Of this about 10% falls as rain. Out of this roughly two thirds evaporates.",
        "The remaining water enters the",
        "surface or ground water storage systems",
        "flows to the oceans or across the nation's boundaries",
        "is used by consumption",
        "evaporates from reservoirs",
        "Our ground water supply",
        "Nearly half the population of the United States uses ground water as the primary source of drinking water. Fortunately, ground water availability is enormous. Within the U.S. the amount of ground water within 0.8km of the land surface is between 125,000 and 224,000 km.",
        "To put into perspective, the lower estimate is about the total discharge of the Mississippi River in the last 200 years! Unfortunately, owing to the cost of pumping and exploration, much less than the total quantity of ground water is available.",
        "Protecting ground water is of crucial importance. It takes thousands of years to replenish aquifers. Once they are damaged by pollutants they are difficult or impossible to reclaim for drinking.",
        "Aquifers are also important because 30% of the stream flow in the U.S. is supplied by ground water that emerges as springs or seepage along stream channels. This is counts for the dry season flow of most perennial streams.",
    ],
    "quantities": [
        q("40,000 billion gallons", 40000e9, GAL, "volume", "liquid water equivalent of the water vapor in the air"),
        q("about 10%", 10, "percent", "percent", "share of the water vapor that falls as rain", approx=True),
        q("roughly two thirds", 2 / 3, "fraction", "percent", "share of the rain that evaporates", approx=True),
        q("Nearly half", 0.5, "fraction", "percent", "share of the U.S. population using ground water for drinking", approx=True),
        q("0.8km", 0.8, "kilometer", "length", "depth below the land surface of the ground water counted"),
        q("between 125,000 and 224,000 km", 125000, "kilometer", "length", "amount of ground water within 0.8 km of the surface", high=224000),
        q("the last 200 years", 200, "year", "duration", "period of Mississippi River discharge compared"),
        q("thousands of years", 2000, "year", "duration", "time to replenish aquifers", approx=True),
        q("30%", 30, "percent", "percent", "share of U.S. stream flow supplied by ground water"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voaburmese-1230702",
    "source": "voa:1230702",
    "url": "http://burmese.voanews.com/a/a-27-2005-04-26-voa1-93500979/1230702.html",
    "title": "Japanese Train Crash Kills At Least 67",
    "published": "2005-04-26",
    "truncated": False,
    "note": "English VOA story on the VOA Burmese site, whole as stored. Removed: the Burmese "
            "'accessibility links' and 'breaking news' labels, the headline (in title), the "
            "XS/SM/MD/LG size switch. published from the URL. 'in 40 years' measures a length "
            "(duration); 'nearly a full day after the train slammed into...' anchors a point in "
            "time and is not annotated; 'A few people' is a vague count (3, approximate); "
            "'23-year-old' is an age.",
    "paragraphs": [
        "The death toll from Japan's worst train accident in 40 years has risen to at least 67, as rescue workers pull bodies from crushed rail cars in the western city of Amagasaki.",
        "A few people are believed to be alive and trapped inside the train, nearly a full day after the train slammed into an apartment building during Monday's morning rush hour.",
        "Investigators say the train's 23-year-old driver may have been hurrying to stay on schedule and failed to negotiate a turn in the tracks.",
        "Officials are also investigating an automatic braking mechanism that may not have functioned correctly. Officials say more than 400 people are injured.",
        "Information for this report is provided by AP, AFP and Reuters.",
    ],
    "quantities": [
        q("40 years", 40, "year", "duration", "period in which this is Japan's worst train accident"),
        q("at least 67", 67, "person", "count", "death toll of the train accident", approx=True),
        q("A few people", 3, "person", "count", "people believed alive and trapped inside the train", approx=True),
        q("23-year-old", 23, "year", "other", "age of the train's driver"),
        q("more than 400 people", 400, "person", "count", "people injured", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voazimbabwe-drought2017",
    "source": "voa:voazimbabwe.com",
    "url": "https://www.voazimbabwe.com/p/6509.html",
    "title": "Drought 2017",
    "published": None,
    "truncated": False,
    "note": "VOA Zimbabwe topic page, whole as stored. Removed: 'Accessibility links', 'Breaking "
            "News', the heading (in title). 'Millions of people' and 'Tens of millions of people' "
            "are vague plurals (2e6 and 2e7, approximate).",
    "paragraphs": [
        "Extreme weather pattern ranging from drought to excessive rains have raised food dependency in Zimbabwe.",
        "Millions of people across Africa lack access to enough food. In response to adverse food shortages, Zimbabwe’s government declared a state of emergency and launched an appeal for food aid. In east Africa, Somalia is on the brink of famine, and a drought in Kenya has prompted a state of emergency. Northeast Nigeria faces malnutrition, and famine has been declared in parts of South Sudan. Tens of millions of people across the continent ― many of whom are children ― lack enough food to eat. VOA Zimbabwe provides ongoing coverage of this critical story here and across Africa in VOA's special report 'Hunger Across Africa.'",
    ],
    "quantities": [
        q("Millions of people", 2e6, "person", "count", "people across Africa lacking access to enough food", approx=True),
        q("Tens of millions of people", 2e7, "person", "count", "people across the continent lacking enough food", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voaprojects-poaching",
    "source": "voa:projects.voanews.com",
    "url": "https://projects.voanews.com/poaching/?utm_medium=referral&utm_campaign=voa-special-projects&utm_source=homepage",
    "title": "At War with Poachers",
    "published": None,
    "truncated": False,
    "note": "VOA special-report landing page, whole as stored (URL with its tracking parameters as "
            "stored). Removed: the kicker 'VOA Special Report' and the headline (in title); the "
            "two story titles are kept as lines. 'over the last decade' and 'for a decade' measure "
            "lengths (10 years); '30-year prison sentence' is a compound-adjective duration.",
    "paragraphs": [
        "African elephants struggle against the onslaught of criminal syndicates after their ivory.",
        "VOA journeys for eight days deep into remote Minkebe National Park, where more than 80 percent of forest elephants have disappeared over the last decade.",
        "Tanzania’s Ivory Queen",
        "Yang Fen Glan allegedly ran an ivory smuggling hub for a decade. Now she faces a 30-year prison sentence in one of Tanzania's biggest poaching busts.",
        "Payoffs and Poverty in Tanzania’s Poaching War",
        "VOA treks through Tanzania’s Selous Game Reserve to show how corruption allows criminal poaching syndicates to thrive, decimating elephant populations in a U.N. World Heritage site.",
    ],
    "quantities": [
        q("eight days", 8, "day", "duration", "VOA journey into Minkebe National Park"),
        q("more than 80 percent", 80, "percent", "percent", "share of forest elephants that disappeared in Minkebe", approx=True),
        q("the last decade", 10, "year", "duration", "period over which the forest elephants disappeared"),
        q("a decade", 10, "year", "duration", "time Yang Fen Glan allegedly ran an ivory smuggling hub"),
        q("30-year", 30, "year", "duration", "prison sentence Yang Fen Glan faces"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voainside-7146920",
    "source": "voa:7146920",
    "url": "http://voainside.us/a/voa-marks-world-refugee-day-with-original-documentaries-interviews-and-infographics/7146920.html",
    "title": "VOA Marks World Refugee Day with Original Documentaries, Interviews and Infographics",
    "published": None,
    "truncated": True,
    "note": "Inside VOA (VOA's own site) release; cut by the store inside the Africa Division "
            "paragraph, kept to its last complete sentence. Removed: 'Accessibility links', "
            "'Breaking News', the headline (in title), the photo caption (printed twice). "
            "'more than 11 million displaced people': a modifier stands between number and noun, "
            "so the span stops at the number. 'for years' has no number and is not annotated.",
    "paragraphs": [
        "With the United Nations counting more than 108 million people forcibly displaced at the end of 2022, Voice of America marked World Refugee Day 2023 on June 20 with the release of numerous original articles, explainers, interviews, radio and television segments and documentaries. VOA reaches and covers marginalized populations around the world, including displaced Ukrainians, Afghans, Venezuelans, Rohingyas, Ethiopians and others. VOA documents their challenges and shares their stories within their communities and with the world at large.",
        "VOA’s News Center featured a number of explainers, infographics, articles and other pieces focused on displacement, including a special documentary, “From Fear to Freedom: A Uyghur’s Journey.” The documentary details the story of Kasim Kashgar, a Uyghur journalist who wrote for VOA for years under a pen name covering the plight of other Uyghurs and ethnic minorities while living in exile.",
        "The Eurasia Division featured special coverage, including a VOA Russian interview with Karolina Billing, a United Nations High Commissioner for Refugees representative in Ukraine. Billing provided the latest statistics on internally displaced persons and refugees from the war in Ukraine, which included more than 11 million displaced people and an additional 18 million people who require humanitarian assistance. Billing went on to explain that the UNHCR budget for the whole of the Ukraine response is capped at $1.1 billion.",
        "The Africa Division highlighted the experiences of refugees with numerous radio and television programs.",
    ],
    "quantities": [
        q("more than 108 million people", 108e6, "person", "count", "people forcibly displaced at the end of 2022", approx=True),
        q("more than 11 million", 11e6, "person", "count", "people displaced by the war in Ukraine", approx=True),
        q("18 million people", 18e6, "person", "count", "people in Ukraine who require humanitarian assistance"),
        q("$1.1 billion", 1.1e9, "USD", "money", "UNHCR budget for the Ukraine response"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voaafrica-7135447",
    "source": "voa:7135447",
    "url": "https://voaafrica.com/a/7135447.html",
    "title": "UN: One Million to Flee Sudan War by October",
    "published": None,
    "truncated": False,
    "note": "VOA Africa video page; the description is whole. Removed: the headline (in title) and "
            "the 'Episodes' list of other programs with its date.",
    "paragraphs": [
        "The United Nations announced that it expects close to a million Sudanese to flee war into neighboring nations such as Central African Republic, Chad, Egypt, Ethiopia, and South Sudan, adding that most of these nations are already hosts to Internally Displaced People (IDP), who face food insecurity and instability. VOA’s Henry Wilkins went to a refugee camp in Borota, Chad where he produced this report documenting some of the challenges faced by Sudanese refugees.",
    ],
    "quantities": [
        q("close to a million Sudanese", 1e6, "person", "count", "Sudanese expected to flee the war into neighboring nations", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-eia-heating-oil-definitions",
    "source": "gov:eia.gov",
    "url": "https://www.eia.gov/dnav/pet/TblDefs/pet_pri_wfr_tbldef2.asp",
    "title": "Definitions, Sources and Explanatory Notes: Weekly Heating Oil & Propane Prices",
    "published": None,
    "truncated": True,
    "note": "EIA definitions page; cut inside the 'Residential Heating Oil Price' definition, kept "
            "to the last complete definition. Removed: the page heading (in title), the "
            "'Category:'/'Topic:' lines and the 'Key Terms Definition' table header; leading "
            "spaces of the PADD sub-lines. 'between 540-640 degrees Fahrenheit' and 'between "
            "1.9-3.4 centistokes' are ranges; centistokes keep the plain id (kind other). Names "
            "with numbers (No. 2, PADD 1A, ASTM D396-92, D1835, HD-05) are not quantities.",
    "paragraphs": [
        "No. 2 Fuel Oil (Heating Oil) A distillate fuel oil for use in atomizing type burners for domestic heating or for use medium capacity commercial-industrial burner units, with distillation temperatures between 540-640 degrees Fahrenheit at the 90-percent recovery point; and the kinematic viscosities between 1.9-3.4 centistokes at 100 degrees Fahrenheit as defined in ASTM Specification D396-92.",
        "Petroleum Administration for Defense District (PADD): PADD 1 (East Coast):",
        "PADD 1A (New England): Connecticut, Maine, Massachusetts, New Hampshire, Rhode Island, Vermont.",
        "PADD 1B (Central Atlantic): Delaware, District of Columbia, Maryland, New Jersey, New York, Pennsylvania.",
        "PADD 1C (Lower Atlantic): Florida, Georgia, North Carolina, South Carolina, Virginia, West Virginia.",
        "PADD 2 (Midwest): Illinois, Indiana, Iowa, Kansas, Kentucky, Michigan, Minnesota, Missouri, Nebraska, North Dakota, Ohio, Oklahoma, South Dakota, Tennessee, Wisconsin.",
        "PADD 3 (Gulf Coast): Alabama, Arkansas, Louisiana, Mississippi, New Mexico, Texas.",
        "PADD 4 (Rocky Mountain): Colorado, Idaho, Montana, Utah, Wyoming.",
        "PADD 5 (West Coast): Alaska (North Slope and Other Mainland), Arizona, California, Hawaii, Nevada, Oregon, Washington.",
        "Propane A normally gaseous straight-chain hydrocarbon. It is a colorless paraffinic gas that boils at a temperature of -43.67 degrees Fahrenheit. It is extracted from natural gas or refinery gas streams. It includes all products designated in ASTM Specification D1835 and Gas Processors Association Specifications for commercial propane and HD-05 propane. For price data, it does not include the propane portion of any natural gas liquids (NGL) mixes; i.e., butane-propane and ethane-propane mix.",
    ],
    "quantities": [
        q("between 540-640 degrees Fahrenheit", 540, "fahrenheit", "other", "distillation temperatures of No. 2 fuel oil", high=640),
        q("90-percent", 90, "percent", "percent", "recovery point of the distillation"),
        q("between 1.9-3.4 centistokes", 1.9, "centistokes", "other", "kinematic viscosities of No. 2 fuel oil", high=3.4),
        q("100 degrees Fahrenheit", 100, "fahrenheit", "other", "temperature at which the viscosity is measured"),
        q("-43.67 degrees Fahrenheit", -43.67, "fahrenheit", "other", "boiling temperature of propane"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voa-6131764",
    "source": "voa:6131764",
    "url": "https://voanews.com/amp/episode_australia-burning-4130236/6131764.html",
    "title": "Australia Burning",
    "published": None,
    "truncated": False,
    "note": "VOA program page (AMP), whole as stored. Removed: the title (in title) and the player "
            "notice 'Your browser doesn’t support HTML5'. Vague plurals: 'millions of hectares' "
            "(2e6 hectares), 'millions of animals' (2e6, a count), 'thousands of homes' (2000, a "
            "count), all approximate.",
    "paragraphs": [
        "Cooler weather and rain brought a bit of relief to horrific and destructive bush fires still raging across Australia. However, forecasters say it won't be enough to stop the out of control disaster which has burned millions of hectares, killed at least 25 people and millions of animals and destroyed thousands of homes.",
    ],
    "quantities": [
        q("millions of hectares", 2e6, "hectare", "area", "land burned by the bush fires", approx=True),
        q("at least 25 people", 25, "person", "count", "people killed by the bush fires", approx=True),
        q("millions of animals", 2e6, "count", "count", "animals killed by the bush fires", approx=True, counted="animals"),
        q("thousands of homes", 2000, "count", "count", "homes destroyed by the bush fires", approx=True, counted="homes"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-noaa-oceandepth",
    "source": "gov:oceanservice.noaa.gov",
    "url": "https://oceanservice.noaa.gov/facts/oceandepth.html",
    "title": None,
    "published": None,
    "truncated": False,
    "note": "NOAA National Ocean Service fact page, whole as stored. Removed: the three-line "
            "'official website of the United States government' banner, the photo caption (its "
            "'about 9 meters tall' is caption text), the related link 'Volumes of the Earth's "
            "Oceans (...)', 'Author: NOAA', 'How to cite this article', 'Contact Us'. Bracketed "
            "conversions are separate quantities, not approximate. 'several hundred kilometers' "
            "is 300 kilometers, approximate.",
    "paragraphs": [
        "The average depth of the ocean is about 3,682 meters (12,080 feet). The deepest part of the ocean is called the Challenger Deep and is located beneath the western Pacific Ocean in the southern end of the Mariana Trench, which runs several hundred kilometers southwest of the U.S. territorial island of Guam. Challenger Deep is approximately 10,935 meters (35,876 feet) deep. It is named after the HMS Challenger, whose crew first sounded the depths of the trench in 1875.",
    ],
    "quantities": [
        q("about 3,682 meters", 3682, "meter", "length", "average depth of the ocean", approx=True),
        q("12,080 feet", 12080, "foot", "length", "average depth of the ocean"),
        q("several hundred kilometers", 300, "kilometer", "length", "distance of the Mariana Trench southwest of Guam", approx=True),
        q("approximately 10,935 meters", 10935, "meter", "length", "depth of the Challenger Deep", approx=True),
        q("35,876 feet", 35876, "foot", "length", "depth of the Challenger Deep"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-noaa-sea-level-explainer",
    "source": "gov:noaa.gov",
    "url": "https://www.noaa.gov/explainers/tracking-sea-level-rise-and-fall",
    "title": "Tracking sea level rise and fall",
    "published": None,
    "truncated": False,
    "note": "NOAA explainer as stored (the stored text ends with a complete sentence; whether the "
            "live page goes on is not known). List items keep their '- ' markers as stored; "
            "'densly' [sic] kept. 'over 19 years' measures a length (duration).",
    "paragraphs": [
        "The surface of our world’s ocean is a mosaic of peaks and valleys, hills and plains, resulting from the force of gravity, the Earth’s rotation and irregular features on the ocean floor. Other forces can raise or lower the water level too, such as temperature, wind, ocean currents, tides and movement of the land itself.",
        "There are several terms used to describe sea level:",
        "- Global sea level is the average height of the ocean around the world.",
        "- Local sea level is the height of the water measured along the coast relative to a specific point on land.",
        "- Mean sea level, also known as a tidal datum, is the average of the hourly water level heights observed at a local tide station over 19 years.",
        "Understanding sea level and its terminology is important. Sea level data and tidal information establish marine boundaries, from private property lines to the borders of our nation’s territorial sea. NOAA uses sea level data to produce nautical charts and promote safe navigation. Sea level information also informs how we develop safe building codes, restore coastal habitats and site infrastructure. Together with storm surge information, it also informs floodplain maps and safe evacuation routes. With 40 percent of Americans living in densly populated coastal areas, having a clear understanding of sea level trends is critical to our societal and economic well being.",
    ],
    "quantities": [
        q("19 years", 19, "year", "duration", "period over which mean sea level is averaged"),
        q("40 percent", 40, "percent", "percent", "share of Americans living in coastal areas"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-noaa-sltrends-faq",
    "source": "gov:tidesandcurrents.noaa.gov",
    "url": "https://tidesandcurrents.noaa.gov/sltrends/faq.shtml",
    "title": "Frequently Asked Questons",
    "published": None,
    "truncated": True,
    "note": "NOAA CO-OPS sea level trends FAQ; cut by the store ('However, the measu'), kept to the "
            "last complete sentence. The page heading 'Frequently Asked Questons' [sic] is in "
            "title. 'approximately 1.7-1.8 millimeters per year' is a range in millimeter/year "
            "(a speed in the scorer's grouping); '(mm/yr)' restates the unit and is not a "
            "quantity. 'the 20th Century' is an ordinal, not annotated; 'the past century' is a "
            "duration (100 years).",
    "paragraphs": [
        "What is Sea Level?",
        "There is an important distinction between the global sea level trend and relative sea level trends (based on local sea level measurements), which must be understood in order to interpret changes to a coastline or particular location, and to properly apply the information.",
        "Just as the surface of the Earth is not flat, the surface of the oceans is also not flat, and this sea surface is not changing at the same rate globally. For instance, it is known that the absolute water level height is higher along the West Coast of the United States than the East Coast. However, publications often refer to Global Sea Level, or the average height of all the Earth's oceans. \"Global Sea Level Rise\" refers to the increase currently observed in the average Global Sea Level Trend, which is primarily attributed to changes in ocean volume due to two factors: ice melt and thermal expansion. Melting of glaciers and continental ice masses, such as the Greenland ice sheet, which are linked to changes in atmospheric temperature, can contribute significant amounts of freshwater input to the Earth's oceans. Additionally, a steady increase in global atmospheric temperature creates an expansion of saline sea water (i.e., salt water) molecules (called thermal expansion), thereby increasing ocean volume. The Intergovernmental Panel on Climate Change (IPCC) Report estimates that the global sea level rise was approximately 1.7-1.8 millimeters per year (mm/yr) over the past century (IPCC, 2007), based on tide station measurements around the world, with projected increased trends in sea level in the 20th Century based on global climate models.",
        "Tide stations measure Local Sea Level, which refers to the height of the water as measured along the coast relative to a specific point on land. Water level measurements at tide stations are referenced to stable vertical points (or bench marks) on the land and a known relationship is established.",
    ],
    "quantities": [
        q("two factors", 2, "count", "count", "factors of ocean volume change", counted="factors"),
        q("approximately 1.7-1.8 millimeters per year", 1.7, "millimeter/year", "rate", "global sea level rise over the past century", approx=True, high=1.8),
        q("the past century", 100, "year", "duration", "period of the estimated sea level rise"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-noaa-coops-stations-layer",
    "source": "gov:idpgis.ncep.noaa.gov",
    "url": "https://idpgis.ncep.noaa.gov/arcgis/rest/services/NOS_Observations/CO_OPS_Stations/MapServer/1",
    "title": "NOS_Observations/CO_OPS_Stations MapServer layer 1",
    "published": None,
    "truncated": False,
    "note": "NOAA map-service layer description, whole as stored. Removed: the trailing link stub "
            "'More information can be found at' (its link is not in the stored text). 'every 6 "
            "minutes' gives the interval length (duration).",
    "paragraphs": [
        "Description: Layer represents any geographic location at which tidal (water level) observations have been collected and verified, including stations presently collecting observations. \"Tide\" is defined as the periodic rise and fall of a body of water resulting from gravitational interactions between Sun, Moon, and Earth. \"Water level\" is defined as the height of the water surface relative to a specific datum (reference elevation). Most stations with water level observations provide readings every 6 minutes. CO-OPS measures water levels at over 200 stations along the coast of the United States and its territories and around the Great Lakes.",
    ],
    "quantities": [
        q("6 minutes", 6, "minute", "duration", "interval between water level readings"),
        q("over 200 stations", 200, "count", "count", "CO-OPS water level stations", approx=True, counted="stations"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voa-561070",
    "source": "voa:561070",
    "url": "https://www.voanews.com/a/a-13-2008-01-11-voa26-66728797/561070.html",
    "title": "Floods Destroy Homes, Livelihoods in Southern Africa",
    "published": "2008-01-11",
    "truncated": True,
    "note": "Cut by the store inside the last paragraph ('shortages of'), kept to the last complete "
            "sentence. Removed: 'Accessibility links', 'Breaking News', the headline (in title). "
            "published from the URL. 'seven years ago' and 'one month before the peak of the "
            "rainy season' anchor points in time and are not annotated; 'the past month' and "
            "'more than 130 years of keeping records' measure lengths. Vague amounts: 'several "
            "dozen' = 36, 'tens of thousands' = 20000, 'several thousand' = 3000, all "
            "approximate. 'another 50,000': 'another' is not a qualifier, the span is the number. "
            "'[are]' is the page's own editorial bracket inside the quotation.",
    "paragraphs": [
        "Floods and heavy rains have destroyed the homes and crops of nearly 100,000 people in several countries in southern Africa. Water levels of major rivers are approaching those that caused disastrous flooding seven years ago, but relief officials say better preparation has reduced casualty rates so far. VOA's Scott Bobb reports from our Southern African Bureau in Johannesburg.",
        "Relief officials in southern Africa say heavy rains for the past month have killed several dozen people and displaced tens of thousands one month before the peak of the rainy season. Tens of thousands more have lost their crops.",
        "An officer with the United Nations Humanitarian Affairs Coordination Office, Odile Bulten, says the water levels of five rivers in the region have triggered the highest alert.",
        "\"As a result of heavy rains in Zambia and Zimbabwe these five rivers are overflowing, their levels is [are] quite high,\" Odile said.",
        "The areas most affected lie in the lowlands of central Mozambique where relief officials say 30,000 people have lost their homes and another 50,000 have lost their crops.",
        "Bulten says emergency response teams are beginning to provide food, sanitation, shelter, health and education facilities for those affected.",
        "In Zimbabwe, soldiers are helping relief officials distribute food and medicine to victims of floods that have affected tens of thousands of people and left several thousand homeless.",
        "A spokesman for the United Nations Children's Fund, James Elder, says the rains ended a two-year drought but are complicating Zimbabwe's existing problems.",
        "\"The rainy season is still very much commencing,\" he said. \"We've had an enormous amount of rain in December, more than 130 years of keeping records. And so what problems it is bringing is also happening at a time when Zimbabweans are facing multiple crises.\"",
    ],
    "quantities": [
        q("nearly 100,000 people", 100000, "person", "count", "people whose homes and crops were destroyed by floods", approx=True),
        q("the past month", 1, "month", "duration", "period of heavy rains"),
        q("several dozen people", 36, "person", "count", "people killed by heavy rains", approx=True),
        q("tens of thousands", 20000, "person", "count", "people displaced by heavy rains", approx=True),
        q("Tens of thousands", 20000, "person", "count", "people who lost their crops", approx=True),
        q("five rivers", 5, "count", "count", "rivers that triggered the highest alert", counted="rivers"),
        q("five rivers", 5, "count", "count", "rivers overflowing", counted="rivers"),
        q("30,000 people", 30000, "person", "count", "people in Mozambique who lost their homes"),
        q("50,000", 50000, "person", "count", "people in Mozambique who lost their crops"),
        q("tens of thousands of people", 20000, "person", "count", "people affected by floods in Zimbabwe", approx=True),
        q("several thousand", 3000, "person", "count", "people left homeless in Zimbabwe", approx=True),
        q("two-year", 2, "year", "duration", "drought ended by the rains"),
        q("more than 130 years", 130, "year", "duration", "period of rainfall record keeping", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voa-2419538",
    "source": "voa:2419538",
    "url": "http://www.voanews.com/content/search-continues-for-trapped-miners-some-rescued/2419538.html",
    "title": "Search Continues for 25 Trapped Miners in Eastern China",
    "published": None,
    "truncated": False,
    "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', the headline (in "
            "title), the photo caption (printed twice; it dates the photo Aug. 19, 2014), the VOA "
            "News byline box and the XS/SM/MD/LG size switch. Bodies of miners are people "
            "('person'). 'hundreds of lives ... every year': a vague plural (200, approximate); "
            "the frequency is separate and not part of the span.",
    "paragraphs": [
        "Rescuers continue searching for 25 workers who became trapped following a gas explosion in a coal mine in eastern China.",
        "Officials quoted by the official Xinhua news agency said two bodies were pulled early Wednesday from deep within the partially collapsed mine.",
        "Authorities still do not know what led to the Tuesday explosion at the Dongfang Coal Mine, which is located in eastern Anhui province.",
        "A local emergency official said the privately owned mine was operating against orders to stop work during the flood season.",
        "\"Local government issued an instruction, urging all the coal mines to suspend production due to the flood season and the order has not been lifted,\" said the official.",
        "Mining accidents in China claim hundreds of lives every year, though safety standards have been gradually improving.",
        "Xinhua reported on Monday that chances of finding 13 workers missing in a flooded mine last week in northeast China were slim. Three bodies have been found.",
    ],
    "quantities": [
        q("25 workers", 25, "person", "count", "workers trapped after the gas explosion"),
        q("two bodies", 2, "person", "count", "bodies pulled from the collapsed mine"),
        q("hundreds of lives", 200, "person", "count", "lives claimed by mining accidents in China every year", approx=True),
        q("13 workers", 13, "person", "count", "workers missing in a flooded mine in northeast China"),
        q("Three bodies", 3, "person", "count", "bodies found in the flooded mine"),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voa-2928322",
    "source": "voa:2928322",
    "url": "https://www.voanews.com/a/seven-killed-in-philippines-typhoon/2928322.html",
    "title": "7 Killed in Philippines Typhoon",
    "published": None,
    "truncated": False,
    "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', the headline (in "
            "title), the photo caption (printed twice; it dates the photo Aug. 22, 2015), the VOA "
            "News byline box and the XS/SM/MD/LG size switch. 'the ninth storm' is an ordinal; "
            "'about 20 storms and typhoons a year': the per-unit follows the count directly, so "
            "it is one rate (count/year); 'one of the strongest' is a pronoun use. 'Thousands' "
            "of people: 2000, approximate.",
    "paragraphs": [
        "The torrential rains of Typhoon Goni are pummeling the northern Philippines.",
        "Seven people have died in the onslaught and two are missing, according to a report by the national disaster council.",
        "Thousands have been evacuated or fled to higher ground.",
        "The strong rains — which have triggered landslides and floods — caused a major river to overflow in Abra province, the area's governor said.",
        "\"The Abra river has turned into an ocean,\" Governor Eustaquio Bersamin told DZMM radio. \"The rains were much stronger than we expected.\"",
        "Goni is the ninth storm to hit the Philippines this year. The country usually sees about 20 storms and typhoons a year. In November 2013 Typhoon Haiyan, one of the strongest storms ever to hit land, swept across the central Philippines, leaving more than 7,300 people dead or missing.",
        "The typhoon, with winds of up to 195 kilometers per hour, is moving slowly in the direction of Taiwan and Okinawa. Taiwan has already evacuated people from outlying islands.",
    ],
    "quantities": [
        q("Seven people", 7, "person", "count", "people who died in Typhoon Goni"),
        q("two", 2, "person", "count", "people missing after Typhoon Goni", after="died in the onslaught and "),
        q("Thousands", 2000, "person", "count", "people evacuated or fled to higher ground", approx=True),
        q("about 20 storms and typhoons a year", 20, "count/year", "rate", "storms and typhoons the Philippines usually sees", approx=True),
        q("more than 7,300 people", 7300, "person", "count", "people dead or missing after Typhoon Haiyan", approx=True),
        q("up to 195 kilometers per hour", 195, "kilometer/hour", "rate", "winds of Typhoon Goni", approx=True),
    ],
})

# ---------------------------------------------------------------------------------------------
DOCS.append({
    "id": "qt6-voa-1785978",
    "source": "voa:1785978",
    "url": "http://www.voanews.com/articleprintview/1785978.html",
    "title": "Typhoon Haiyan Pounds Central Philippines; 3 Dead",
    "published": None,
    "truncated": True,
    "note": "VOA print view; cut by the store inside the last paragraph ('damaged bui'), kept to "
            "the last complete paragraph. Removed: 'Accessibility links', 'Breaking News', the "
            "headline (in title), the image caption 'Typhoon Haiyan, Nov. 7, 2013' (printed "
            "twice). 'One of the strongest typhoons' is a pronoun use; 'seven injured': the span "
            "is the number.",
    "paragraphs": [
        "One of the strongest typhoons ever recorded is pounding the central Philippines, where it has caused landslides, destroyed buildings and killed at least three people.",
        "Many parts of the archipelago nation were cut off from electricity and communications Friday, as Typhoon Haiyan made landfall on the islands of Leyte and Samar.",
        "The storm, known in the Philippines as Yolanda, had wind gusts of over 350 kilometers per hour as it lashed the islands. Some forecasters say this makes it the strongest recorded typhoon ever to make landfall.",
        "Officials confirmed that three people had been killed and seven injured, though the death toll seems certain to rise. Over 700,000 people in 29 provinces have been evacuated.",
        "Sonny Coloma, a presidential spokesman, said the government is working hard to distribute relief goods and prevent mass casualties in the worst-hit areas.",
        "\"The goods were pre-positioned there and have been brought to the areas of great concern. Right now, they're taking care of continuing needs. Let's remember with those past calamities, ones similar to this, what the president wants is a timely supply and enough food,\" said Coloma.",
        "However, many parts of the hardest-hit areas were unreachable on Friday, and the extent of the damage is not yet known.",
        "Aya Omar, a call center supervisor in Manila, told VOA she is \"very worried\" about her family, which lives near a beach on Leyte Island's Tacloban city. Omar said she has not talked to her family since early Friday, when her mother sent frantic text messages about the incoming storm.",
        "\"All communication lines are down and nobody can get out there. Pretty much the whole city, Tacloban city, is off the grid right now, so I don't know what I can do now except pray,\" said Omar.",
    ],
    "quantities": [
        q("at least three people", 3, "person", "count", "people killed by Typhoon Haiyan", approx=True),
        q("over 350 kilometers per hour", 350, "kilometer/hour", "rate", "wind gusts of Typhoon Haiyan", approx=True),
        q("three people", 3, "person", "count", "people confirmed killed"),
        q("seven", 7, "person", "count", "people injured", after="had been killed and "),
        q("Over 700,000 people", 700000, "person", "count", "people evacuated", approx=True),
        q("29 provinces", 29, "count", "count", "provinces where people were evacuated", counted="provinces"),
    ],
})

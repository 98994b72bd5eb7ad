"""News-unit form audit: plain-English and agency-report sentences written here, no gold.

Round 21 (issue 10). Each case is a sentence written for this audit in the style of
plain-English news (VOA Learning English: spelled-out numbers, short words) or of USDA /
EIA / NOAA reports, with the quantity it must yield: its exact span, unit id, value and
upper value. Every news dimension is covered with the forms a writer uses: spelled-out and
mixed numbers ("fifty kilometers", "two and a half million tons", "a few hundred meters"),
singular, plural and British spellings (metres, tonnes, litres), farm and energy units
(bushels, hundredweight, acres, hectares, short tons, cubic feet, barrels, therms, Btu,
kilowatt-hours, gigawatts), per-unit rates ("bushels per acre", "cents a gallon", "tons a
year", "per cent"), temperatures ("degrees Fahrenheit", "minus 10 degrees"), speeds
("kilometers an hour", "knots"), ranges and approximations.

Verdicts: ``ok``; ``missed`` (no quantity over the unit); ``wrong_unit``; ``wrong_value``;
``wrong_span`` (right unit and value, another span).

Usage: ``python scripts/news_form_audit.py [--list]``.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass

import wirecoder

PUB = "2025-06-02"


@dataclass(frozen=True)
class Case:
    """One sentence and the quantity it must yield."""

    dimension: str
    sentence: str
    span: str
    unit: str
    value: float
    high: float | None = None


def _c(dim: str, sentence: str, span: str, unit: str, value: float,
       high: float | None = None) -> Case:
    return Case(dim, sentence, span, unit, value, high)


CASES: tuple[Case, ...] = (
    # distance
    _c("distance", "The storm moved about fifty kilometers inland before it weakened.",
       "about fifty kilometers", "kilometer", 50),
    _c("distance", "The new road will run for two hundred kilometres through the hills.",
       "two hundred kilometres", "kilometer", 200),
    _c("distance", "Villagers walk a few hundred meters to reach clean water.",
       "a few hundred meters", "meter", 300),
    _c("distance", "The wall stands three metres high along the old border.",
       "three metres", "meter", 3),
    _c("distance", "The fire burned within a mile of the town center.",
       "a mile", "mile", 1),
    _c("distance", "Rescuers found the boat some forty miles off the coast.",
       "some forty miles", "mile", 40),
    _c("distance", "The river rose nearly six feet overnight, officials said.",
       "nearly six feet", "foot", 6),
    _c("distance", "Snow totals reached eighteen inches in the northern valleys.",
       "eighteen inches", "inch", 18),
    _c("distance", "The missile can travel one thousand five hundred kilometers.",
       "one thousand five hundred kilometers", "kilometer", 1500),
    _c("distance", "The sea level could rise by half a meter by the end of the century.",
       "half a meter", "meter", 0.5),
    _c("distance", "The pipeline stretches one and a half thousand kilometres.",
       "one and a half thousand kilometres", "kilometer", 1500),
    _c("distance", "The city lies about twenty-five miles south of the capital.",
       "about twenty-five miles", "mile", 25),
    _c("distance", "The tunnel is between two and three kilometers long.",
       "between two and three kilometers", "kilometer", 2, 3),
    _c("distance", "Hundreds of kilometers of roads were washed away.",
       "Hundreds of kilometers", "kilometer", 200),
    _c("distance", "Sea ice shrank by several hundred miles this year.",
       "several hundred miles", "mile", 300),
    _c("distance", "The ship sailed nine nautical miles from the port.",
       "nine nautical miles", "nautical_mile", 9),
    _c("distance", "The rain gauge caught two point five inches of water.",
       "two point five inches", "inch", 2.5),
    _c("distance", "Workers dug a trench ten centimetres deep.",
       "ten centimetres", "centimeter", 10),
    # area
    _c("area", "Farmers planted ninety million acres of corn this spring.",
       "ninety million acres", "acre", 9e7),
    _c("area", "The fire has burned more than ten thousand hectares of forest.",
       "more than ten thousand hectares", "hectare", 1e4),
    _c("area", "The park covers about four hundred square kilometres.",
       "about four hundred square kilometres", "square_kilometer", 400),
    _c("area", "The lake once covered twenty-five thousand square miles.",
       "twenty-five thousand square miles", "square_mile", 25000),
    _c("area", "Each family received one hectare of land to farm.",
       "one hectare", "hectare", 1),
    _c("area", "The flood covered an area of two and a half million acres.",
       "two and a half million acres", "acre", 2.5e6),
    _c("area", "Harvested area is forecast at 86.1 million acres, down 2 percent.",
       "86.1 million acres", "acre", 86.1e6),
    _c("area", "Growers left a few thousand acres unplanted after the rains.",
       "a few thousand acres", "acre", 3000),
    _c("area", "The rebels control half a million hectares of farmland.",
       "half a million hectares", "hectare", 5e5),
    _c("area", "The new reserve is one hundred square kilometers in size.",
       "one hundred square kilometers", "square_kilometer", 100),
    _c("area", "Workers cleared a thousand square metres of rubble.",
       "a thousand square metres", "square_meter", 1000),
    # mass
    _c("mass", "The country exported two and a half million tons of rice last year.",
       "two and a half million tons", "metric_ton", 2.5e6),
    _c("mass", "The ship carried forty thousand tonnes of wheat.",
       "forty thousand tonnes", "metric_ton", 4e4),
    _c("mass", "A bag of flour weighs fifty kilograms.",
       "fifty kilograms", "kilogram", 50),
    _c("mass", "The baby elephant weighed about two hundred pounds at birth.",
       "about two hundred pounds", "pound", 200),
    _c("mass", "Production is forecast at 1.2 million short tons, up 4 percent.",
       "1.2 million short tons", "short_ton", 1.2e6),
    _c("mass", "Exports reached 3.4 million metric tons in March.",
       "3.4 million metric tons", "metric_ton", 3.4e6),
    _c("mass", "Rice production is forecast at 218 million hundredweight.",
       "218 million hundredweight", "hundredweight", 2.18e8),
    _c("mass", "The average yield was 7,650 pounds per acre.",
       "7,650 pounds per acre", "pound/acre", 7650),
    _c("mass", "The meteorite weighed one and a half tonnes.",
       "one and a half tonnes", "metric_ton", 1.5),
    _c("mass", "Each person gets twelve kilograms of grain a month.",
       "twelve kilograms of grain a month", "kilogram/month", 12),
    _c("mass", "Thousands of tons of aid are waiting at the border.",
       "Thousands of tons", "metric_ton", 2000),
    _c("mass", "The plant will make half a million tonnes of steel a year.",
       "half a million tonnes of steel a year", "metric_ton/year", 5e5),
    _c("mass", "Beef output fell to 26.3 billion pounds.",
       "26.3 billion pounds", "pound", 2.63e10),
    _c("mass", "Each miner carried about thirty kilos of rock.",
       "about thirty kilos", "kilogram", 30),
    # volume
    _c("volume", "Each family gets twenty litres of water a day.",
       "twenty litres of water a day", "liter/day", 20),
    _c("volume", "The tanker spilled ten thousand gallons of oil.",
       "ten thousand gallons", "gallon", 1e4),
    _c("volume", "The country pumps about one million barrels of oil a day.",
       "about one million barrels of oil a day", "barrel/day", 1e6),
    _c("volume", "Corn production is forecast at 15.1 billion bushels.",
       "15.1 billion bushels", "bushel", 1.51e10),
    _c("volume", "Storage rose to 3,250 billion cubic feet last week.",
       "3,250 billion cubic feet", "cubic_foot", 3.25e12),
    _c("volume", "The dam holds five million cubic metres of water.",
       "five million cubic metres", "cubic_meter", 5e6),
    _c("volume", "Soybean exports are projected at 1.8 billion bushels.",
       "1.8 billion bushels", "bushel", 1.8e9),
    _c("volume", "The reservoir lost a few million gallons to evaporation.",
       "a few million gallons", "gallon", 3e6),
    _c("volume", "Crude stocks fell by 4.2 million barrels in the week.",
       "4.2 million barrels", "barrel", 4.2e6),
    _c("volume", "Families were given two litres of milk each.",
       "two litres", "liter", 2),
    _c("volume", "The well produces nearly half a million cubic feet of gas a day.",
       "nearly half a million cubic feet of gas a day", "cubic_foot/day", 5e5),
    _c("volume", "The river carried ninety thousand cubic feet per second.",
       "ninety thousand cubic feet per second", "cubic_foot/second", 9e4),
    _c("volume", "Ending stocks are projected at 2.1 billion bushels.",
       "2.1 billion bushels", "bushel", 2.1e9),
    # energy
    _c("energy", "A typical home uses about ten thousand kilowatt-hours a year.",
       "about ten thousand kilowatt-hours a year", "kilowatt_hour/year", 1e4),
    _c("energy", "The plant generated two billion kilowatt hours last year.",
       "two billion kilowatt hours", "kilowatt_hour", 2e9),
    _c("energy", "Natural gas use reached 9.5 trillion Btu in January.",
       "9.5 trillion Btu", "british_thermal_unit", 9.5e12),
    _c("energy", "The average home burned 700 therms of gas last winter.",
       "700 therms", "therm", 700),
    _c("energy", "The batteries store four hundred megawatt-hours of power.",
       "four hundred megawatt-hours", "megawatt_hour", 400),
    _c("energy", "Wind farms produced thirty terawatt hours of electricity.",
       "thirty terawatt hours", "terawatt_hour", 30),
    _c("energy", "Coal provided 1.2 quadrillion Btu of energy in 2024.",
       "1.2 quadrillion Btu", "british_thermal_unit", 1.2e15),
    _c("energy", "A gallon of gasoline holds about 120,000 British thermal units.",
       "about 120,000 British thermal units", "british_thermal_unit", 1.2e5),
    _c("energy", "Households used 12 million megawatt hours in July.",
       "12 million megawatt hours", "megawatt_hour", 1.2e7),
    _c("energy", "The plant makes enough power for homes using one gigawatt-hour a day.",
       "one gigawatt-hour a day", "gigawatt_hour/day", 1),
    # power
    _c("power", "The new dam will produce six gigawatts of electricity.",
       "six gigawatts", "gigawatt", 6),
    _c("power", "The solar farm can produce two hundred megawatts.",
       "two hundred megawatts", "megawatt", 200),
    _c("power", "Utilities added 12.5 gigawatts of solar capacity in 2024.",
       "12.5 gigawatts", "gigawatt", 12.5),
    _c("power", "The reactor has a capacity of one thousand megawatts.",
       "one thousand megawatts", "megawatt", 1000),
    _c("power", "Each turbine produces about three megawatts.",
       "about three megawatts", "megawatt", 3),
    _c("power", "The engine has four hundred horsepower.",
       "four hundred horsepower", "horsepower", 400),
    _c("power", "The heater uses one and a half kilowatts.",
       "one and a half kilowatts", "kilowatt", 1.5),
    _c("power", "The country needs a few thousand megawatts more.",
       "a few thousand megawatts", "megawatt", 3000),
    # speed
    _c("speed", "Winds reached one hundred eighty kilometers an hour.",
       "one hundred eighty kilometers an hour", "kilometer/hour", 180),
    _c("speed", "The storm had winds of ninety miles an hour.",
       "ninety miles an hour", "mile/hour", 90),
    _c("speed", "The hurricane's winds reached 120 knots.",
       "120 knots", "knot", 120),
    _c("speed", "Gusts of up to sixty-five knots were reported.",
       "up to sixty-five knots", "knot", 65),
    _c("speed", "The train travels at three hundred kilometres per hour.",
       "three hundred kilometres per hour", "kilometer/hour", 300),
    _c("speed", "The storm is moving north at about ten miles per hour.",
       "about ten miles per hour", "mile/hour", 10),
    _c("speed", "Winds of forty to fifty miles an hour are expected.",
       "forty to fifty miles an hour", "mile/hour", 40, 50),
    _c("speed", "The car reached two hundred kilometers per hour.",
       "two hundred kilometers per hour", "kilometer/hour", 200),
    _c("speed", "Winds of 25 to 35 mph are likely tonight.",
       "25 to 35 mph", "mile/hour", 25, 35),
    _c("speed", "The ice sheet moves about a meter a day.",
       "about a meter a day", "meter/day", 1),
    # temperature
    _c("temperature", "Temperatures reached forty degrees Celsius in the capital.",
       "forty degrees Celsius", "celsius", 40),
    _c("temperature", "The high was 105 degrees Fahrenheit on Sunday.",
       "105 degrees Fahrenheit", "fahrenheit", 105),
    _c("temperature", "Overnight it fell to minus ten degrees Celsius.",
       "minus ten degrees Celsius", "celsius", -10),
    _c("temperature", "Temperatures dropped to minus 10 degrees Celsius.",
       "minus 10 degrees Celsius", "celsius", -10),
    _c("temperature", "The water was about twenty-five degrees Celsius.",
       "about twenty-five degrees Celsius", "celsius", 25),
    _c("temperature", "Highs will be in the nineties, near ninety-five degrees Fahrenheit.",
       "near ninety-five degrees Fahrenheit", "fahrenheit", 95),
    _c("temperature", "Earth has warmed by about one point one degrees Celsius.",
       "about one point one degrees Celsius", "celsius", 1.1),
    _c("temperature", "Temperatures fell to thirty degrees below zero Celsius.",
       "thirty degrees below zero Celsius", "celsius", -30),
    _c("temperature", "Temperatures will be between five and ten degrees Celsius.",
       "between five and ten degrees Celsius", "celsius", 5, 10),
    _c("temperature", "It was fifty degrees Fahrenheit at dawn.",
       "fifty degrees Fahrenheit", "fahrenheit", 50),
    # rates
    _c("rate", "Corn yield is forecast at 181.0 bushels per acre.",
       "181.0 bushels per acre", "bushel/acre", 181),
    _c("rate", "Farmers harvested fifty bushels an acre this year.",
       "fifty bushels an acre", "bushel/acre", 50),
    _c("rate", "Gas prices rose ten cents a gallon last week.",
       "ten cents a gallon", "USD/gallon", 0.1),
    _c("rate", "Diesel sold for $3.75 a gallon.",
       "$3.75 a gallon", "USD/gallon", 3.75),
    _c("rate", "The mine produces about two million tons a year.",
       "about two million tons a year", "metric_ton/year", 2e6),
    _c("rate", "Inflation rose by two per cent last year.",
       "two per cent", "percent", 2),
    _c("rate", "Rice yield averaged 7,500 pounds per acre.",
       "7,500 pounds per acre", "pound/acre", 7500),
    _c("rate", "Wheat yields were three tonnes per hectare.",
       "three tonnes per hectare", "metric_ton/hectare", 3),
    _c("rate", "The country imports ten thousand tonnes of wheat a month.",
       "ten thousand tonnes of wheat a month", "metric_ton/month", 1e4),
    _c("rate", "Output rose to 13.2 million barrels per day.",
       "13.2 million barrels per day", "barrel/day", 1.32e7),
    _c("rate", "Natural gas sold for $2.90 per million Btu.",
       "$2.90 per million Btu", "USD/MMBtu", 2.9),
    _c("rate", "Electricity cost about sixteen cents per kilowatt-hour.",
       "about sixteen cents per kilowatt-hour", "USD/kilowatt_hour", 0.16),
    _c("rate", "Cattle prices averaged $180 per hundredweight.",
       "$180 per hundredweight", "USD/hundredweight", 180),
    _c("rate", "Corn sold for $4.10 a bushel in May.",
       "$4.10 a bushel", "USD/bushel", 4.1),
    _c("rate", "Wheat is projected at 52.7 bushels per acre.",
       "52.7 bushels per acre", "bushel/acre", 52.7),
    _c("rate", "Wells pumped one hundred billion cubic feet a day.",
       "one hundred billion cubic feet a day", "cubic_foot/day", 1e11),
    _c("rate", "The river is rising two inches an hour.",
       "two inches an hour", "inch/hour", 2),
    _c("rate", "The plant uses fifty thousand litres of water an hour.",
       "fifty thousand litres of water an hour", "liter/hour", 5e4),
    _c("rate", "Unemployment fell to four per cent in May.",
       "four per cent", "percent", 4),
    _c("rate", "Prices rose 3.2 per cent from a year earlier.",
       "3.2 per cent", "percent", 3.2),
    # second batch: agency spellings, worded hundreds, spoken decimals, vague amounts
    _c("energy", "Utilities sold 3.9 trillion kilowatthours of electricity in 2024.",
       "3.9 trillion kilowatthours", "kilowatt_hour", 3.9e12),
    _c("rate", "Residential prices averaged 16.5 cents per kilowatthour.",
       "16.5 cents per kilowatthour", "USD/kilowatt_hour", 0.165),
    _c("energy", "The plant generated 12,000 megawatthours in June.",
       "12,000 megawatthours", "megawatt_hour", 12000),
    _c("energy", "Consumption was 94 quadrillion British thermal units (quads).",
       "94 quadrillion British thermal units", "british_thermal_unit", 9.4e16),
    _c("volume", "Reserves reached 691 trillion cubic feet (Tcf).",
       "691 trillion cubic feet", "cubic_foot", 6.91e14),
    _c("rate", "Prices were 25 cents per pound higher than last year.",
       "25 cents per pound", "USD/pound", 0.25),
    _c("rate", "Milk prices averaged $21.40 per cwt.", "$21.40 per cwt",
       "USD/hundredweight", 21.4),
    _c("distance", "The storm dropped about twenty centimeters of snow.",
       "about twenty centimeters", "centimeter", 20),
    _c("distance", "The fish was a metre and a half long.", "a metre and a half", "meter", 1.5),
    _c("temperature", "Earth could warm by 1.5°C above pre-industrial levels.", "1.5°C",
       "celsius", 1.5),
    _c("temperature", "The ocean warmed 3.6 degrees F over the century.", "3.6 degrees F",
       "fahrenheit", 3.6),
    _c("speed", "The wind reached a hundred and twenty kilometers an hour.",
       "a hundred and twenty kilometers an hour", "kilometer/hour", 120),
    _c("distance", "The trip is a hundred and fifty kilometers.",
       "a hundred and fifty kilometers", "kilometer", 150),
    _c("mass", "About a hundred and fifty thousand tons of grain were lost.",
       "About a hundred and fifty thousand tons", "metric_ton", 1.5e5),
    _c("distance", "The plane flew at thirty-five thousand feet.",
       "thirty-five thousand feet", "foot", 35000),
    _c("rate", "Snow fell at a rate of two to three inches per hour.",
       "two to three inches per hour", "inch/hour", 2, 3),
    _c("distance", "Rains brought between one and two inches of water.",
       "between one and two inches", "inch", 1, 2),
    _c("mass", "It weighs about a ton.", "about a ton", "metric_ton", 1),
    _c("volume", "The tank holds a thousand litres.", "a thousand litres", "liter", 1000),
    _c("distance", "The town got more than a foot of snow.", "more than a foot", "foot", 1),
    _c("mass", "Sugar output rose to eight point two million tonnes.",
       "eight point two million tonnes", "metric_ton", 8.2e6),
    _c("distance", "The well is two-point-five kilometers deep.",
       "two-point-five kilometers", "kilometer", 2.5),
    _c("temperature", "Temperatures fell below minus forty degrees Celsius.",
       "minus forty degrees Celsius", "celsius", -40),
    _c("temperature", "The low was minus five degrees Fahrenheit.",
       "minus five degrees Fahrenheit", "fahrenheit", -5),
    _c("area", "The fire burned several thousand acres.", "several thousand acres", "acre",
       3000),
    _c("volume", "Aid workers brought a few thousand liters of water.",
       "a few thousand liters", "liter", 3000),
    _c("mass", "Officials said several million tonnes of grain are stuck.",
       "several million tonnes", "metric_ton", 3e6),
    _c("distance", "Crews laid forty-five kilometres of pipe.", "forty-five kilometres",
       "kilometer", 45),
    _c("rate", "Oil rose to eighty dollars a barrel.", "eighty dollars a barrel",
       "USD/barrel", 80),
    _c("rate", "Cattle sold for 160 dollars per hundredweight.",
       "160 dollars per hundredweight", "USD/hundredweight", 160),
    _c("volume", "Storage held 2.1 million acre-feet of water.", "2.1 million acre-feet",
       "acre_foot", 2.1e6),
    _c("speed", "The typhoon had winds of more than two hundred kilometers an hour.",
       "more than two hundred kilometers an hour", "kilometer/hour", 200),
    _c("speed", "Winds of ten metres per second blew across the plain.",
       "ten metres per second", "meter/second", 10),
    _c("distance", "The storm could bring one or two inches of rain.",
       "one or two inches", "inch", 1, 2),
    _c("distance", "The water rose two or three meters in an hour.",
       "two or three meters", "meter", 2, 3),
    _c("rate", "Growers lost 2 or 3 tons per hectare to the drought.",
       "2 or 3 tons per hectare", "metric_ton/hectare", 2, 3),
    _c("rate", "Prices of 3 or 4 dollars a gallon are common.",
       "3 or 4 dollars a gallon", "USD/gallon", 3, 4),
    _c("mass", "Delta gins expect to press 3.2 million 480-pound bales this autumn.",
       "480-pound", "pound", 480),
    _c("mass", "The jets dropped two 2,000-pound bombs on the bridge.",
       "2,000-pound", "pound", 2000),
)


def judge(case: Case) -> tuple[str, str]:
    """Return (verdict, what was found) for one case."""
    found = wirecoder.analyze(case.sentence, published=PUB).quantities
    start = case.sentence.index(case.span)
    end = start + len(case.span)
    got = "; ".join(f"{q.text!r}={q.value}-{q.value_high} {q.unit}" for q in found)
    over = [q for q in found if q.start < end and q.end > start]
    if not over:
        return "missed", got
    q = max(over, key=lambda x: min(x.end, end) - max(x.start, start))
    if q.unit != case.unit:
        return "wrong_unit", got
    high_off = case.high is not None and (
        q.value_high is None or abs(q.value_high - case.high) > 1e-6 * abs(case.high))
    if abs((q.value or 0) - case.value) > 1e-6 * max(1.0, abs(case.value)) or high_off:
        return "wrong_value", got
    if (q.start, q.end) != (start, end):
        return "wrong_span", got
    return "ok", got


def main(argv: list[str]) -> int:
    """Run the audit and print the counts (and every failure with ``--list``)."""
    kinds = ("ok", "missed", "wrong_unit", "wrong_value", "wrong_span")
    by_dim: dict[str, Counter[str]] = defaultdict(Counter)
    failures = []
    for case in CASES:
        verdict, got = judge(case)
        by_dim[case.dimension][verdict] += 1
        if verdict != "ok":
            failures.append((case, verdict, got))
    print("| dimension | cases | " + " | ".join(kinds) + " |")
    for dim, c in by_dim.items():
        print(f"| {dim} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in kinds) + " |")
    total: Counter[str] = sum(by_dim.values(), Counter())
    print(f"| all | {sum(total.values())} | " + " | ".join(str(total[k]) for k in kinds) + " |")
    if "--list" in argv:
        for case, verdict, got in failures:
            print(f"{verdict}\t{case.dimension}\t{case.span!r} -> {case.unit} {case.value}"
                  f"\t{got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Unit coverage audit: news unit spellings x number forms, on sentences written here.

No gold text is used. Each row of :data:`SPELLINGS` is a unit as news and government
prose write it (pint's registry names and the news symbols of issue 10), with the unit id
the stage should give. Each is put in every number form that fits it (digits, "1.5
million", "a dozen", ranges "30 to 40" and "30-40", a hyphenated adjective "a 5-mile
stretch", "5-foot-tall", rates "per day" / "a day" / "/day") inside a short sentence
written for its dimension, run through :func:`wirecoder.analyze`, and judged:

* ``ok``: a quantity covers the number and the unit, with the expected unit and value;
* ``wrong_unit`` / ``wrong_value``: it covers them with another unit or value;
* ``missed``: no quantity covers the unit spelling.

Usage: ``python scripts/unit_audit.py [--list]``; prints the counts by dimension and form
and, with ``--list``, every failure with its sentence and the quantities found.
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass

import wirecoder

PUB = "2025-06-02"


@dataclass(frozen=True)
class Spelling:
    """One unit spelling: singular, plural (same for symbols), unit id, dimension."""

    singular: str
    plural: str
    unit: str
    dimension: str
    word: bool = True  # a word (hyphenated adjective forms apply) or a symbol
    factor: float = 1.0  # the value in ``unit`` of one of this spelling


def _w(singular: str, plural: str, unit: str, dim: str, factor: float = 1.0) -> Spelling:
    return Spelling(singular, plural, unit, dim, True, factor)


def _s(symbol: str, unit: str, dim: str, factor: float = 1.0) -> Spelling:
    return Spelling(symbol, symbol, unit, dim, False, factor)


SPELLINGS: tuple[Spelling, ...] = (
    # distance
    _w("mile", "miles", "mile", "distance"),
    _s("mi", "mile", "distance"),
    _s("mi.", "mile", "distance"),
    _w("kilometer", "kilometers", "kilometer", "distance"),
    _w("kilometre", "kilometres", "kilometer", "distance"),
    _s("km", "kilometer", "distance"),
    _w("nautical mile", "nautical miles", "nautical_mile", "distance"),
    _s("nmi", "nautical_mile", "distance"),
    _w("foot", "feet", "foot", "distance"),
    _s("ft", "foot", "distance"),
    _s("ft.", "foot", "distance"),
    _w("yard", "yards", "yard", "distance"),
    _w("meter", "meters", "meter", "distance"),
    _w("metre", "metres", "meter", "distance"),
    _w("inch", "inches", "inch", "distance"),
    _s("cm", "centimeter", "distance"),
    _w("centimeter", "centimeters", "centimeter", "distance"),
    _w("millimeter", "millimeters", "millimeter", "distance"),
    # area
    _w("square mile", "square miles", "square_mile", "area"),
    _s("sq mi", "square_mile", "area"),
    _s("sq. mi.", "square_mile", "area"),
    _s("sq miles", "square_mile", "area"),
    _s("km²", "square_kilometer", "area"),
    _s("km2", "square_kilometer", "area"),
    _s("sq km", "square_kilometer", "area"),
    _w("square kilometer", "square kilometers", "square_kilometer", "area"),
    _w("square kilometre", "square kilometres", "square_kilometer", "area"),
    _w("hectare", "hectares", "hectare", "area"),
    _w("acre", "acres", "acre", "area"),
    _w("square foot", "square feet", "square_foot", "area"),
    _s("sq ft", "square_foot", "area"),
    _s("sq. ft.", "square_foot", "area"),
    _w("square meter", "square meters", "square_meter", "area"),
    _s("m²", "square_meter", "area"),
    # mass
    _w("ton", "tons", "metric_ton", "mass"),
    _w("tonne", "tonnes", "metric_ton", "mass"),
    _w("metric ton", "metric tons", "metric_ton", "mass"),
    _w("short ton", "short tons", "short_ton", "mass"),
    _w("megatonne", "megatonnes", "metric_ton", "mass", 1e6),
    _w("megaton", "megatons", "metric_ton", "mass", 1e6),
    _s("Mt", "metric_ton", "mass", 1e6),
    _w("pound", "pounds", "pound", "mass"),
    _s("lbs", "pound", "mass"),
    _s("lb", "pound", "mass"),
    _s("lbs.", "pound", "mass"),
    _w("kilogram", "kilograms", "kilogram", "mass"),
    _s("kg", "kilogram", "mass"),
    _w("ounce", "ounces", "ounce", "mass"),
    _s("oz", "ounce", "mass"),
    # volume
    _w("barrel", "barrels", "barrel", "volume"),
    _s("bbl", "barrel", "volume"),
    _w("gallon", "gallons", "gallon", "volume"),
    _w("liter", "liters", "liter", "volume"),
    _w("litre", "litres", "liter", "volume"),
    _w("cubic meter", "cubic meters", "cubic_meter", "volume"),
    _w("cubic metre", "cubic metres", "cubic_meter", "volume"),
    _s("m3", "cubic_meter", "volume"),
    _s("m³", "cubic_meter", "volume"),
    _s("bcm", "cubic_meter", "volume", 1e9),
    _w("cubic foot", "cubic feet", "cubic_foot", "volume"),
    _s("cu ft", "cubic_foot", "volume"),
    _w("acre-foot", "acre-feet", "acre_foot", "volume"),
    _w("bushel", "bushels", "bushel", "volume"),
    # energy
    _s("MWh", "megawatt_hour", "energy"),
    _s("GWh", "gigawatt_hour", "energy"),
    _s("TWh", "terawatt_hour", "energy"),
    _s("kWh", "kilowatt_hour", "energy"),
    _w("megawatt-hour", "megawatt-hours", "megawatt_hour", "energy"),
    _w("megawatt hour", "megawatt hours", "megawatt_hour", "energy"),
    _w("gigawatt-hour", "gigawatt-hours", "gigawatt_hour", "energy"),
    _w("terawatt-hour", "terawatt-hours", "terawatt_hour", "energy"),
    _w("kilowatt-hour", "kilowatt-hours", "kilowatt_hour", "energy"),
    # round 19: the plural on the first word ("half a million kilowatts hours")
    _w("kilowatt hour", "kilowatts hours", "kilowatt_hour", "energy"),
    _w("megawatt hour", "megawatts hours", "megawatt_hour", "energy"),
    _s("Btu", "british_thermal_unit", "energy"),
    _s("BTU", "british_thermal_unit", "energy"),
    _w("British thermal unit", "British thermal units", "british_thermal_unit", "energy"),
    _w("quad", "quads", "british_thermal_unit", "energy", 1e15),
    _w("barrel of oil equivalent", "barrels of oil equivalent", "barrel_of_oil_equivalent",
       "energy"),
    _s("boe", "barrel_of_oil_equivalent", "energy"),
    _w("joule", "joules", "joule", "energy"),
    # power
    _s("GW", "gigawatt", "power"),
    _s("MW", "megawatt", "power"),
    _s("kW", "kilowatt", "power"),
    _w("gigawatt", "gigawatts", "gigawatt", "power"),
    _w("megawatt", "megawatts", "megawatt", "power"),
    _w("kilowatt", "kilowatts", "kilowatt", "power"),
    _w("horsepower", "horsepower", "horsepower", "power"),
    # speed
    _s("mph", "mile/hour", "speed"),
    _s("kph", "kilometer/hour", "speed"),
    _s("km/h", "kilometer/hour", "speed"),
    _s("km/hr", "kilometer/hour", "speed"),
    _w("knot", "knots", "knot", "speed"),
    _w("mile per hour", "miles per hour", "mile/hour", "speed"),
    _w("kilometer per hour", "kilometers per hour", "kilometer/hour", "speed"),
    _w("kilometre an hour", "kilometres an hour", "kilometer/hour", "speed"),
    # temperature
    _s("°F", "fahrenheit", "temperature"),
    _s("°C", "celsius", "temperature"),
    _s("degrees Fahrenheit", "fahrenheit", "temperature"),
    _s("degrees Celsius", "celsius", "temperature"),
    _s("F", "fahrenheit", "temperature"),
    # pressure
    _w("millibar", "millibars", "millibar", "pressure"),
    _s("mb", "millibar", "pressure"),
    _s("hPa", "hectopascal", "pressure"),
    _s("inches of mercury", "inch_Hg", "pressure"),
    # rates written as one spelling
    _s("mb/d", "barrel/day", "rate", 1e6),
    _s("bpd", "barrel/day", "rate"),
    _s("b/d", "barrel/day", "rate"),
    _s("barrels per day", "barrel/day", "rate"),
    _s("tons/day", "metric_ton/day", "rate"),
    _s("tons per day", "metric_ton/day", "rate"),
    _s("tonnes a year", "metric_ton/year", "rate"),
    _s("cubic feet per second", "cubic_foot/second", "rate"),
    _s("cfs", "cubic_foot/second", "rate"),
    _s("cubic meters per second", "cubic_meter/second", "rate"),
    _s("m3/s", "cubic_meter/second", "rate"),
    _s("gallons per minute", "gallon/minute", "rate"),
    _s("bcm a year", "cubic_meter/year", "rate", 1e9),
    _s("inches of rain", "inch", "rate"),
    _s("feet above sea level", "foot", "rate"),
    # spellings of international and agency news (round 17 audit, second part)
    _s("kms", "kilometer", "distance"),
    _s("km.", "kilometer", "distance"),
    _w("dunam", "dunams", "dunam", "area"),
    _w("dunum", "dunums", "dunam", "area"),
    _w("donum", "donums", "dunam", "area"),
    _w("feddan", "feddans", "feddan", "area"),
    _s("sq. km", "square_kilometer", "area"),
    _s("sq. kilometers", "square_kilometer", "area"),
    _s("sq kilometres", "square_kilometer", "area"),
    _w("kiloton", "kilotons", "metric_ton", "mass", 1e3),
    _w("kilotonne", "kilotonnes", "metric_ton", "mass", 1e3),
    _w("gigaton", "gigatons", "metric_ton", "mass", 1e9),
    _w("gigatonne", "gigatonnes", "metric_ton", "mass", 1e9),
    _s("Gt", "metric_ton", "mass", 1e9),
    _s("MMT", "metric_ton", "mass", 1e6),
    _s("mmt", "metric_ton", "mass", 1e6),
    _s("TMT", "metric_ton", "mass", 1e3),
    _w("carat", "carats", "carat", "mass"),
    _w("troy ounce", "troy ounces", "troy_ounce", "mass"),
    _w("quintal", "quintals", "kilogram", "mass", 100),
    # round 18: pint's volt-ampere with SI prefixes (generator and transformer ratings), and
    # million hectares of crop-area statistics (FAO, IPCC, USDA)
    _s("kVA", "kilovolt_ampere", "power"),
    _s("KVA", "kilovolt_ampere", "power"),
    _s("kva", "kilovolt_ampere", "power"),
    _s("MVA", "megavolt_ampere", "power"),
    _w("kilovolt-ampere", "kilovolt-amperes", "kilovolt_ampere", "power"),
    _s("Mha", "hectare", "area", 1e6),
    _s("mha", "hectare", "area", 1e6),
    _s("Mcf", "cubic_foot", "volume", 1e3),
    _s("Bcf", "cubic_foot", "volume", 1e9),
    _s("bcf", "cubic_foot", "volume", 1e9),
    _s("Tcf", "cubic_foot", "volume", 1e12),
    _s("tcf", "cubic_foot", "volume", 1e12),
    _s("MMcf", "cubic_foot", "volume", 1e6),
    _s("mcm", "cubic_meter", "volume", 1e6),
    _s("tcm", "cubic_meter", "volume", 1e12),
    _s("bbls", "barrel", "volume"),
    _w("megalitre", "megalitres", "megaliter", "volume"),
    _w("gigalitre", "gigalitres", "gigaliter", "volume"),
    _s("ML", "megaliter", "volume"),
    _s("GL", "gigaliter", "volume"),
    _w("cubic kilometer", "cubic kilometers", "cubic_kilometer", "volume"),
    _s("km3", "cubic_kilometer", "volume"),
    _w("hectolitre", "hectolitres", "hectoliter", "volume"),
    _s("MMBtu", "british_thermal_unit", "energy", 1e6),
    _s("mmBtu", "british_thermal_unit", "energy", 1e6),
    _s("Mtoe", "tonne_of_oil_equivalent", "energy", 1e6),
    _w("tonne of oil equivalent", "tonnes of oil equivalent", "tonne_of_oil_equivalent",
       "energy"),
    _s("PJ", "petajoule", "energy"),
    _w("petajoule", "petajoules", "petajoule", "energy"),
    _s("EJ", "exajoule", "energy"),
    _w("terajoule", "terajoules", "terajoule", "energy"),
    _s("TW", "terawatt", "power"),
    _w("terawatt", "terawatts", "terawatt", "power"),
    _s("MWe", "megawatt", "power"),
    _s("GWe", "gigawatt", "power"),
    _s("kmh", "kilometer/hour", "speed"),
    _s("km per hour", "kilometer/hour", "speed"),
    _s("m/s", "meter/second", "speed"),
    _s("metres per second", "meter/second", "speed"),
    _s("kts", "knot", "speed"),
    _s("degrees F", "fahrenheit", "temperature"),
    _s("degrees C", "celsius", "temperature"),
    _s("℃", "celsius", "temperature"),
    _s("ºC", "celsius", "temperature"),
    _s("° C", "celsius", "temperature"),
    _s("psi", "pound_force_per_square_inch", "pressure"),
    _s("pounds per square inch", "pound/square_inch", "pressure"),
    _s("kPa", "kilopascal", "pressure"),
    _w("hectopascal", "hectopascals", "hectopascal", "pressure"),
    _s("mtpa", "metric_ton/year", "rate", 1e6),
    _s("MTPA", "metric_ton/year", "rate", 1e6),
    _s("bcm/y", "cubic_meter/year", "rate", 1e9),
    _s("bcm per year", "cubic_meter/year", "rate", 1e9),
    _s("kb/d", "barrel/day", "rate", 1e3),
    _s("kbd", "barrel/day", "rate", 1e3),
    _s("mbd", "barrel/day", "rate", 1e6),
    _s("bbl/d", "barrel/day", "rate"),
    _s("bopd", "barrel/day", "rate"),
    _s("boe/d", "barrel_of_oil_equivalent/day", "rate"),
    _s("MMcf/d", "cubic_foot/day", "rate", 1e6),
    _s("Bcf/d", "cubic_foot/day", "rate", 1e9),
    _s("mcm/d", "cubic_meter/day", "rate", 1e6),
    _s("gpm", "gallon/minute", "rate"),
    _s("mgd", "gallon/day", "rate", 1e6),
    _s("MGD", "gallon/day", "rate", 1e6),
    # round 19: billion gallons a day; lower case only ("BGD" is Bangladesh's ISO code)
    _s("bgd", "gallon/day", "rate", 1e9),
    _s("mm of rain", "millimeter", "rate"),
    _s("millimetres of rainfall", "millimeter", "rate"),
    _s("cm of snow", "centimeter", "rate"),
    _s("inches of snow", "inch", "rate"),
    _s("tonnes per hectare", "metric_ton/hectare", "rate"),
    _s("t/ha", "metric_ton/hectare", "rate"),
    _s("bushels per acre", "bushel/acre", "rate"),
    _s("bu/acre", "bushel/acre", "rate"),
    _s("miles per gallon", "mile/gallon", "rate"),
    _s("mpg", "mile/gallon", "rate"),
    _s("metres above sea level", "meter", "rate"),
)

#: A sentence per dimension; ``{q}`` is the quantity.
FRAMES = {
    "distance": "The Ruritanian convoy moved {q} toward the Freedonian border on Tuesday.",
    "area": "Wildfires in northern Veridia have scorched {q} since the start of July.",
    "mass": "Port officials in Freedonia said the ships unloaded {q} of grain last month.",
    "volume": "The Veridian reservoir held {q} of water after the spring thaw.",
    "energy": "Ruritania's grid operator reported {q} of output in the first quarter.",
    "power": "The new plant in Freedonia will have {q} of capacity by 2027.",
    "speed": "Forecasters said winds over the Veridian coast reached {q} overnight.",
    "temperature": "Temperatures in the Freedonian capital climbed to {q} on Sunday.",
    "pressure": "The storm's central pressure fell to {q} as it neared Ruritania.",
    "rate": "The Ruritanian field ministry said the basin delivered {q} during the drought.",
}
#: Hyphenated adjective frames: ``{a}`` is "5-mile", the noun follows.
ADJ_FRAMES = {
    "distance": "Engineers in Veridia repaired a {a} stretch of the coastal road.",
    "area": "Freedonia set aside a {a} reserve for migrating birds.",
    "mass": "Workers lifted a {a} beam onto the Ruritanian bridge.",
    "volume": "Farmers in Veridia filled a {a} tank before the harvest.",
    "energy": "Ruritania signed a {a} supply deal with Freedonia.",
    "power": "Freedonia opened a {a} solar farm near the Veridian border.",
}


@dataclass(frozen=True)
class Case:
    """One audit sentence: the sentence, the quantity text, unit, value(s), form."""

    sentence: str
    quantity: str
    unit: str
    value: float
    value_high: float | None
    form: str
    dimension: str


def _per_day(unit: str) -> str:
    return unit + "/day"


def cases() -> list[Case]:
    """Every spelling in every number form that fits it."""
    out: list[Case] = []
    for sp in SPELLINGS:
        frame = FRAMES[sp.dimension]
        f = sp.factor
        forms: list[tuple[str, str, float, float | None, str]] = [
            ("digits", f"1,250 {sp.plural}", 1250.0 * f, None, sp.unit),
            ("decimal", f"17.5 {sp.plural}", 17.5 * f, None, sp.unit),
            ("scaled", f"1.5 million {sp.plural}", 1.5e6 * f, None, sp.unit),
            ("range_to", f"30 to 40 {sp.plural}", 30.0 * f, 40.0 * f, sp.unit),
            ("range_hyphen", f"30-40 {sp.plural}", 30.0 * f, 40.0 * f, sp.unit),
            ("about", f"about 60 {sp.plural}", 60.0 * f, None, sp.unit),
            ("worded", f"twelve {sp.plural}", 12.0 * f, None, sp.unit),
        ]
        if not sp.word and " " not in sp.singular and sp.singular[0] not in "°º":
            forms.append(("attached", f"250{sp.plural}", 250.0 * f, None, sp.unit))
        if sp.word:
            forms.append(("a_dozen", f"a dozen {sp.plural}", 12.0 * f, None, sp.unit))
            forms.append(("one_singular", f"one {sp.singular}", 1.0 * f, None, sp.unit))
        if sp.dimension in ("mass", "volume", "energy") and "/" not in sp.unit:
            forms.append(("per_day", f"250 {sp.plural} per day", 250.0 * f, None,
                          _per_day(sp.unit)))
            forms.append(("a_day", f"250 {sp.plural} a day", 250.0 * f, None,
                          _per_day(sp.unit)))
            # guideline rule 7 (round 18): a frequency written apart ("annually") is no rate
            forms.append(("annually", f"250 {sp.plural} annually", 250.0 * f, None,
                          sp.unit))
            forms.append(("per_annum", f"250 {sp.plural} per annum", 250.0 * f, None,
                          sp.unit + "/year"))
            forms.append(("scale_letter", f"2.5bn {sp.plural}", 2.5e9 * f, None, sp.unit))
            forms.append(("per_hectare", f"8 {sp.plural} per hectare", 8.0 * f, None,
                          sp.unit + "/hectare"))
            forms.append(("a_hectare", f"8 {sp.plural} a hectare", 8.0 * f, None,
                          sp.unit + "/hectare"))
            if not sp.word:
                forms.append(("slash_day", f"250 {sp.plural}/day", 250.0 * f, None,
                              _per_day(sp.unit)))
                forms.append(("slash_yr", f"250 {sp.plural}/yr", 250.0 * f, None,
                              sp.unit + "/year"))
        for form, q, value, high, unit in forms:
            out.append(Case(frame.format(q=q), q, unit, value, high, form, sp.dimension))
        if sp.word and sp.dimension in ADJ_FRAMES and " " not in sp.singular:
            adj = f"5-{sp.singular}"
            out.append(Case(ADJ_FRAMES[sp.dimension].format(a=adj), adj, sp.unit, 5.0 * f,
                            None, "adjective", sp.dimension))
            adj = f"5- to 10-{sp.singular}"
            out.append(Case(ADJ_FRAMES[sp.dimension].format(a=adj), adj, sp.unit, 5.0 * f,
                            10.0 * f, "adjective_range", sp.dimension))
            adj = f"1.2-million-{sp.singular}"
            out.append(Case(ADJ_FRAMES[sp.dimension].format(a=adj), adj, sp.unit, 1.2e6 * f,
                            None, "adjective_scaled", sp.dimension))
            adj = f"five-{sp.singular}"
            out.append(Case(ADJ_FRAMES[sp.dimension].format(a=adj), adj, sp.unit, 5.0 * f,
                            None, "adjective_worded", sp.dimension))
        if not sp.word and sp.dimension in ADJ_FRAMES and " " not in sp.singular \
                and "/" not in sp.unit:
            for form, adj in (("symbol_adjective", f"50-{sp.singular}"),
                              ("symbol_adjective_attached", f"50{sp.singular}")):
                out.append(Case(ADJ_FRAMES[sp.dimension].format(a=adj), adj, sp.unit,
                                50.0 * f, None, form, sp.dimension))
        if not sp.word and " " not in sp.singular:
            q = f"30{sp.plural}-40{sp.plural}"
            out.append(Case(frame.format(q=q), q, sp.unit, 30.0 * f, 40.0 * f,
                            "range_both_attached", sp.dimension))
        for form, q, value in (("up_to", f"up to 40 {sp.plural}", 40.0),
                               ("more_than", f"more than 40 {sp.plural}", 40.0),
                               ("space_thousands", f"10 000 {sp.plural}", 1e4),
                               ("fraction", f"1½ {sp.plural}", 1.5)):
            out.append(Case(frame.format(q=q), q, sp.unit, value * f, None, form,
                            sp.dimension))
        q = f"30 {sp.plural} to 40 {sp.plural}"
        out.append(Case(frame.format(q=q), q, sp.unit, 30.0 * f, 40.0 * f, "range_unit_twice",
                        sp.dimension))
        if sp.word and " " in sp.singular and sp.dimension in ADJ_FRAMES:
            adj = "400-" + sp.singular.replace(" ", "-")
            out.append(Case(ADJ_FRAMES[sp.dimension].format(a=adj), adj, sp.unit, 400.0 * f,
                            None, "adjective_multiword", sp.dimension))
        if sp.word and sp.dimension == "distance":
            q = f"5-{sp.singular}-tall"
            out.append(Case(f"Crews in Ruritania raised a {q} fence along the Veridian line.",
                            f"5-{sp.singular}", sp.unit, 5.0, None, "adj_tall", sp.dimension))
            q = f"half a {sp.singular}"
            out.append(Case(frame.format(q=q), q, sp.unit, 0.5, None, "half_a", sp.dimension))
    return out


def judge(case: Case) -> tuple[str, str]:
    """Return (verdict, what was found) for one case."""
    found = wirecoder.analyze(case.sentence, published=PUB).quantities
    start = case.sentence.index(case.quantity)
    end = start + len(case.quantity)
    unit_start = end - 1
    over = [q for q in found if q.start <= unit_start and q.end > start]
    got = "; ".join(f"{q.text!r}={q.value}-{q.value_high} {q.unit}" for q in found)
    if not over:
        return "missed", got
    q = over[0]
    if q.unit != case.unit:
        return "wrong_unit", got
    high_off = case.value_high is not None and (
        q.value_high is None or abs(q.value_high - case.value_high) > 1e-6 * case.value_high)
    if abs((q.value or 0) - case.value) > 1e-6 * max(1.0, case.value) or high_off:
        return "wrong_value", got
    return "ok", got


def main(argv: list[str]) -> int:
    """Run the audit and print the counts (and failures with ``--list``)."""
    by_dim: dict[str, Counter[str]] = defaultdict(Counter)
    by_form: dict[str, Counter[str]] = defaultdict(Counter)
    failures = []
    for case in cases():
        verdict, got = judge(case)
        by_dim[case.dimension][verdict] += 1
        by_form[case.form][verdict] += 1
        if verdict != "ok":
            failures.append((case, verdict, got))
    kinds = ("ok", "missed", "wrong_unit", "wrong_value")
    print("| dimension | cases | " + " | ".join(kinds) + " |")
    for dim, c in by_dim.items():
        print(f"| {dim} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in kinds) + " |")
    total: Counter[str] = sum(by_dim.values(), Counter())
    print(f"| all | {sum(total.values())} | " + " | ".join(str(total[k]) for k in kinds) + " |")
    print()
    print("| form | cases | " + " | ".join(kinds) + " |")
    for form, c in by_form.items():
        print(f"| {form} | {sum(c.values())} | " + " | ".join(str(c[k]) for k in kinds) + " |")
    if "--list" in argv:
        for case, verdict, got in failures:
            print(f"{verdict}\t{case.dimension}\t{case.form}\t{case.quantity!r} -> "
                  f"{case.unit}\t{got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

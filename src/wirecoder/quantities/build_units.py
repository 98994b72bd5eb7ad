"""Build the unit table ``data/quantities/units.json`` from pint's registry.

Run ``python -m wirecoder.quantities.build_units`` after a pint upgrade and commit the
result. Building pint's registry takes over a second, so the quantities stage never
does it at run time: it reads this table (spellings -> unit id, kind, scale) and the
normalization factors computed here.

What goes in:

* every pint unit of the dimensions news reports (length, area, volume, mass, energy,
  power, speed, temperature, pressure): its name with spaces for underscores, the
  plural, and pint's aliases, minus unit names that are everyday English words
  ("stone", "bar", "line", ...);
* SI-prefixed names and symbols of the units that take prefixes in news (kilometer,
  megawatt-hour, gigatonne, kPa, TWh, ...);
* the symbols of :data:`SYMBOLS` only: short symbols are ambiguous ("in", "t", "m",
  "L", "gal"), and the quantities stage checks their context before using them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .lexicon import words

__all__ = ["OUTPUT", "build", "main"]

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "quantities" / "units.json"

#: pint dimensionality -> kind of the quantities stage.
DIMENSIONS = {
    "[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume",
    "[mass]": "mass", "[length] / [time]": "rate", "[length] ** 3 / [time]": "rate",
    "[mass] * [length] ** 2 / [time] ** 2": "other",  # energy
    "[mass] * [length] ** 2 / [time] ** 3": "other",  # power
    "[temperature]": "other", "[mass] / [length] / [time] ** 2": "other",  # pressure
    "[mass] / [length] ** 3": "rate",  # concentration: "10 mg/L", "35 µg/m3"
}
#: Normalization target of each physical kind (as in :mod:`.normalize`).
TARGETS = {"length": "kilometer", "area": "kilometer ** 2", "volume": "liter",
           "mass": "metric_ton"}
#: Unit names that are everyday English words or too obscure for news.
STOP_NAMES = words(
    """
    are bar barn bit board cable chain cord cup drop grain hand line link mil pace pica point
    rod span stone tea turn shot slug bag cc hour minute second degree pound ton tons foot
    feet gallon gallons barrel barrels percent knot_international bushel peck gill dram
    scruple minim fluid_dram hogshead firkin puncheon butt tun rack pottle sack strike
    planck_length bohr angstrom fermi x_unit_Cu x_unit_Mo angstrom_star didot cicero
    printers_point printers_pica tex_point tex_pica tex_didot tex_cicero scaled_point
    big_point hartree rydberg electron_volt thermochemical_calorie boiler_horsepower
    refrigeration_ton standard_liter_per_minute toe blob lambda pole quad quarter section
    fifth league perch thou stere slpm statfarad statmho slinch slugette darcy barad barie
    barrie baryd barye dgal fldr floz cmil tbsp therm quart
"""
)
#: First words of pint unit names that never occur in news ("planck mass").
STOP_FIRST = words(
    """
    delta planck proton neutron electron gamma atomic classical thomson hartree bohr css
    sound super superficial survey mil avdp avoirdupois apothecary imperial beer dry
    liquid cables fifteen cooling electrical technical international standard volt
"""
)
#: Base units that take SI prefixes in news, with the prefixes they take.
PREFIXED = {
    "meter": ("kilo", "centi", "milli", "micro", "nano"),
    "gram": ("kilo", "milli", "micro"),
    "metric_ton": ("kilo", "mega", "giga"),
    "liter": ("milli", "centi", "deci", "hecto", "mega", "giga"),  # Australian water: GL
    "watt": ("kilo", "mega", "giga", "tera"),
    "watt_hour": ("kilo", "mega", "giga", "tera"),
    "joule": ("kilo", "mega", "giga", "tera", "peta", "exa", "zetta"),
    "pascal": ("kilo", "hecto", "mega"),
    "bar": ("milli",),
    "therm": ("deka",),  # gas utilities bill in dekatherms
}
#: Symbols accepted (case-sensitive), with the unit each stands for.
SYMBOLS = {
    "km": "kilometer", "cm": "centimeter", "mm": "millimeter", "m": "meter",
    "mi": "mile", "ft": "foot", "in": "inch", "yd": "yard", "nmi": "nautical_mile",
    "kg": "kilogram", "mg": "milligram", "g": "gram", "lb": "pound", "lbs": "pound",
    "oz": "ounce", "t": "metric_ton", "kt": "kilometric_ton", "Mt": "megametric_ton",
    "Gt": "gigametric_ton", "L": "liter", "l": "liter", "ml": "milliliter",
    "mL": "milliliter", "gal": "gallon", "bbl": "barrel", "ha": "hectare",
    # megalitres and gigalitres of Australian water reports (Bureau of Meteorology):
    # ambiguous ("ML", "GL"), read only in a unit context (registry.py)
    "ML": "megaliter", "GL": "gigaliter",
    "km²": "kilometer ** 2", "km2": "kilometer ** 2", "m²": "meter ** 2", "m2": "meter ** 2",
    "m³": "meter ** 3", "m3": "meter ** 3", "sq km": "kilometer ** 2",
    "sq mi": "mile ** 2", "sq. mi.": "mile ** 2", "sq ft": "foot ** 2", "sq m": "meter ** 2",
    "ft3/s": "foot ** 3 / second", "ft³/s": "foot ** 3 / second",
    "m3/s": "meter ** 3 / second", "m³/s": "meter ** 3 / second", "ft3": "foot ** 3",
    "ft³": "foot ** 3",
    # squares and cubes of the other lengths, and agency abbreviations of volumes
    "mi²": "mile ** 2", "mi2": "mile ** 2", "ft²": "foot ** 2", "ft2": "foot ** 2",
    "yd²": "yard ** 2", "cm²": "centimeter ** 2", "cm³": "centimeter ** 3",
    "yd³": "yard ** 3", "yd3": "yard ** 3", "cu yd": "yard ** 3", "cu. yd.": "yard ** 3",
    "cu. yd": "yard ** 3", "acre-ft": "acre_foot", "ac-ft": "acre_foot",
    "square km": "kilometer ** 2", "square mi": "mile ** 2", "square ft": "foot ** 2",
    "mmHg": "millimeter_Hg", "mm Hg": "millimeter_Hg", "Dth": "dekatherm",
    # USDA's metric tons ("15 million MT"): only after a scale word or before "of" (registry.py)
    "MT": "metric_ton",
    "AU": "astronomical_unit",
    # concentrations of water and air quality reports
    "mg/L": "milligram / liter", "mg/l": "milligram / liter", "µg/L": "microgram / liter",
    "μg/L": "microgram / liter", "ug/L": "microgram / liter", "ng/L": "nanogram / liter",
    "mg/m3": "milligram / meter ** 3",
    "sq. km": "kilometer ** 2", "sq. mi": "mile ** 2", "sq. ft": "foot ** 2",
    "mph": "mile / hour", "km/h": "kilometer / hour", "kph": "kilometer / hour",
    "km/hr": "kilometer / hour", "m/s": "meter / second", "kn": "knot",
    "ft/s": "foot / second", "fps": "foot / second", "ft/sec": "foot / second",
    # lower-case "nm": nautical miles of flights and ships, never nanometers (registry.py)
    "nm": "nautical_mile",
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "TW": "terawatt",
    "Wh": "watt_hour", "kWh": "kilowatt_hour", "MWh": "megawatt_hour",
    "GWh": "gigawatt_hour", "TWh": "terawatt_hour", "kwh": "kilowatt_hour",
    "J": "joule", "kJ": "kilojoule", "MJ": "megajoule", "GJ": "gigajoule",
    "PJ": "petajoule", "EJ": "exajoule", "hp": "horsepower",
    "°C": "degree_Celsius", "°F": "degree_Fahrenheit", "ºC": "degree_Celsius",
    "ºF": "degree_Fahrenheit", "kPa": "kilopascal", "hPa": "hectopascal",
    "psi": "psi", "mbar": "millibar", "mb": "millibar", "inHg": "inch_Hg", "kts": "knot",
    # Upper-case forms of weather bulletins and all-capitals scripts ("930 MI", "55 KT",
    # "971 MB"): used only in capitals or in a wind/pressure context (registry.py).
    "MI": "mile", "KM": "kilometer", "FT": "foot", "NM": "nautical_mile", "KT": "knot",
    "KTS": "knot", "MB": "millibar", "MPH": "mile / hour", "KPH": "kilometer / hour",
    "KM/H": "kilometer / hour",
    # Bare scale letters ("35 C in Delhi"): only after a temperature word (registry.py).
    "C": "degree_Celsius", "F": "degree_Fahrenheit",
}
#: Ids the project spells differently from pint (gold-guideline ids).
RENAMES = {"degree_Celsius": "celsius", "degree_Fahrenheit": "fahrenheit",
           "kelvin": "kelvin", "tonne": "metric_ton", "liter": "liter"}


def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


def _unit_id(ureg: Any, expr: str) -> tuple[str, float]:
    """Return (project id, scale) of a pint unit expression.

    Prefixed tonnes keep the id ``metric_ton`` with a scale (gigatonne = 1e9 metric_ton),
    squares and cubes are spelled ``square_X`` and ``cubic_X``.
    """
    units = ureg.parse_units(expr)
    name = str(units).replace(" ", "")
    for prefix, scale in (("kilo", 1e3), ("mega", 1e6), ("giga", 1e9)):
        if name == f"{prefix}metric_ton":
            return "metric_ton", scale
    parts = []
    for part in name.split("/"):  # "foot**3/second" -> "cubic_foot/second"
        if part.endswith("**2"):
            part = "square_" + part[:-3]
        elif part.endswith("**3"):
            part = "cubic_" + part[:-3]
        parts.append(part)
    name = "/".join(parts)
    return RENAMES.get(name, name), 1.0


def _kind(ureg: Any, expr: str) -> str | None:
    return DIMENSIONS.get(str(ureg.parse_units(expr).dimensionality))


def _spellings(name: str, aliases: tuple[str, ...]) -> set[str]:
    """Return the lower-case written forms of a unit: names with spaces, and plurals.

    Symbols hidden among pint's aliases (``in``, ``ha``, ``ft``) and names with
    one-letter words (``a u length``) are left out; symbols come from :data:`SYMBOLS`.
    """
    out: set[str] = set()
    for word in (name, *aliases):
        if not word or not word.replace("_", "").isalpha() or word in STOP_NAMES:
            continue
        if any(c.isupper() for c in word) or word.count("_") > 2 or "_per_" in word:
            continue
        parts = word.split("_")
        if len(word) < 4 or any(len(part) < 3 for part in parts) or parts[0] in STOP_FIRST:
            continue
        spaced = " ".join(parts)
        out.add(spaced)
        out.add(_plural(spaced))
    return out


def _plural(word: str) -> str:
    if word.endswith("feet"):
        return word
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word if word.endswith("s") else word + "es"
    if word.endswith("foot"):
        return word[:-4] + "feet"
    return word + "s"


def build() -> dict[str, Any]:
    """Return the unit table: names (lower-case), symbols (exact) and factors."""
    ureg = _registry()
    names: dict[str, list[Any]] = {}
    for name, definition in sorted(ureg._units.items()):
        if name in STOP_NAMES:
            continue
        try:
            kind = _kind(ureg, name)
        except Exception:  # a definition pint cannot parse alone
            continue
        if kind is None:
            continue
        unit_id, scale = _unit_id(ureg, name)
        for spelling in _spellings(name, tuple(definition.aliases)):
            names.setdefault(spelling, [unit_id, kind, scale])
    for base, prefixes in PREFIXED.items():
        for prefix in prefixes:
            full = f"{prefix}{base}"
            unit_id, scale = _unit_id(ureg, full)
            kind = _kind(ureg, full)
            word = full.replace("metric_ton", "tonne").replace("_", " ")
            for spelling in (word, word + "s", word.replace("meter", "metre"),
                             word.replace("meter", "metre") + "s",
                             word.replace("liter", "litre"), word.replace("liter", "litre") + "s"):
                names.setdefault(spelling, [unit_id, kind, scale])
    symbols: dict[str, list[Any]] = {}
    for symbol, expr in SYMBOLS.items():
        unit_id, scale = _unit_id(ureg, expr)
        symbols[symbol] = [unit_id, _kind(ureg, expr), scale]
    factors: dict[str, list[Any]] = {}
    for table in (names, symbols):
        for unit_id, kind, _scale in table.values():
            if kind in TARGETS and unit_id not in factors:
                expr = unit_id.replace("square_", "").replace("cubic_", "")
                power = 2 if unit_id.startswith("square_") else 3 if unit_id.startswith(
                    "cubic_") else 1
                source = ureg.Quantity(1.0, ureg.parse_units(expr) ** power)
                factors[unit_id] = [float(source.to(TARGETS[kind]).magnitude), kind]
    return {"source": f"pint {_pint_version()} default registry",
            "names": dict(sorted(names.items())), "symbols": symbols,
            "factors": dict(sorted(factors.items()))}


def _pint_version() -> str:
    import pint

    return str(pint.__version__)


def main() -> None:
    """Write the table to :data:`OUTPUT`."""
    table = build()
    OUTPUT.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUTPUT}: {len(table['names'])} names, {len(table['symbols'])} symbols")


if __name__ == "__main__":
    main()

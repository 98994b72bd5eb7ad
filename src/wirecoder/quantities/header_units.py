"""Table columns whose unit is written once, in the header line above the rows.

Statistics pages and fact sheets set a table as lines: a header whose last column names
its unit in parentheses ("Snow depth (cm)", "Top speed (km/h)") and then rows of short
figures with no unit ("Osk 14", "B 20 - 35"). The last figure (or range) of each row
belongs to that column. Only a header ending in a parenthesised unit of the unit table,
followed by at least two short rows ending in a figure, counts; the first line that is not
such a row ends the table. A one-letter or scale-like symbol that is also a scale
abbreviation ("(m)", "(t)", "(k)", "(bn)", "(mn)") counts only when the header words name a
dimension of that unit ("Depth (m)", "Cargo weight (t)"): "Population (m)" is millions.

Key-indicator panels (EIA's monthly updates, fact sheets) set one figure per label: a label
line, a line holding only its unit in parentheses, then the figure, often with its change
("Retail Sales / (Thousand MWh) / 266,376 -2.3%"). :func:`find_unit_lines` reads the figure
with that unit by running the pattern pass on the figure and the unit written together
("266,376 Thousand MWh", "$1.96/MMBtu"), so every unit, scale and rate spelling of the pattern
pass holds there too; a scale-like symbol ("(m)", "(t)") needs a word of its dimension on the
label line, as in a table header.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .detect import Hit, find
from .lexicon import UNITS
from .registry import unit_table

__all__ = ["find_header_units", "find_unit_lines"]

#: A header line ending in its unit: "Wind gust (mph)", "Snowfall (inches)".
_HEADER = re.compile(r"^[^\n]{0,80}?\((?P<unit>[^()\n]{1,16})\)[ \t]*$", re.M)
#: A short row ending in a figure or range: "1 86 - 110", "North ridge 12.5", "5 Over 200".
_ROW_END = re.compile(
    r"(?:(?P<hedge>over|under|above|below|more\s+than|less\s+than|up\s+to)\s+)?"
    r"(?P<low>\d[\d,]*(?:\.\d+)?)(?:\s*[-–]\s*(?P<high>\d[\d,]*(?:\.\d+)?))?\+?[ \t]*$", re.I)
_MAX_ROW_WORDS = 8
_MIN_ROWS = 2
_KINDS = frozenset({"length", "area", "volume", "mass", "rate", "speed", "other"})
_NOT_MEASURES = frozenset({"percent", "percentage_point", "degree"})
#: Header symbols that are also scale abbreviations (millions, thousands, billions).
_SCALE_LIKE = frozenset({"m", "k", "t", "b", "bn", "mn", "M", "K", "B", "T"})
#: Words of a header that name the dimension a scale-like symbol measures, by unit kind.
_DIMENSION_WORDS = {
    "length": re.compile(r"\b(?:length|height|depth|distance|elevation|altitude|width|"
                         r"breadth|span|radius|diameter|thickness|rise|fall|level|tall|"
                         r"deep|wide|long|high)\b", re.I),
    "mass": re.compile(r"\b(?:weight|mass|tonnage|load|payload)\b", re.I),
}


def _unit(label: str, words: str = "") -> tuple[str, str] | None:
    """Return (unit id, kind) of a header's parenthesised unit, or None.

    ``words`` is the header before the parentheses; a scale-like symbol needs a word
    naming its dimension there.
    """
    label = " ".join(label.split())
    found = UNITS.get(label.lower())
    if found is None:
        table = unit_table()
        row = table.symbols.get(label) or table.names.get(label.lower())
        found = (row[0], row[1]) if row is not None else None
    if found is None or found[1] not in _KINDS or found[0] in _NOT_MEASURES:
        return None
    if label in _SCALE_LIKE or label.lower() in _SCALE_LIKE:
        dimension = _DIMENSION_WORDS.get(found[1])
        if dimension is None or not dimension.search(words):
            return None
    return found


def find_header_units(text: str) -> Iterator[Hit]:
    """Yield the figures of table rows under a header that names their unit.

    Args:
        text: The document text.

    Yields:
        One hit per row: its last figure or range, in the header's unit.
    """
    if "(" not in text:
        return
    for header in _HEADER.finditer(text):
        found = _unit(header["unit"], text[header.start():header.start("unit")])
        if found is None:
            continue
        unit, kind = found
        rows: list[Hit] = []
        pos = header.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            m = _ROW_END.search(line)
            if (m is None or not line.strip() or len(line.split()) > _MAX_ROW_WORDS
                    or line.rstrip().endswith((".", ":"))):
                break
            low = float(m["low"].replace(",", ""))
            high = float(m["high"].replace(",", "")) if m["high"] else None
            if high is not None and high <= low:
                break
            start = pos + m.start()
            stop = pos + m.end() - (len(m.group()) - len(m.group().rstrip(" \t")))
            hedge = " ".join(m["hedge"].lower().split()) if m["hedge"] else None
            rows.append(Hit(start, stop, low, high, unit, kind, hedge, start, stop))
            pos = end + 1
        if len(rows) >= _MIN_ROWS:
            yield from rows


#: A line holding only a unit in parentheses, and the figure that starts the next line
#: (followed by the end of the line or a space: "293,317 -0.3%").
_UNIT_LINE = re.compile(r"^[ \t]*\((?P<unit>[^()\n]{1,24})\)[ \t]*\n[ \t]*"
                        r"(?P<fig>\d[\d,]*(?:\.\d+)?)(?=[ \t]|$)", re.M)
#: A currency symbol before a slash: the price of a unit ("$/MMBtu", "€/MWh").
_PRICE_OF = re.compile(r"(?P<sym>[$€£¥])\s*/")
_LINE_KINDS = frozenset({*_KINDS, "money", "energy", "power"})


def find_unit_lines(text: str) -> Iterator[Hit]:
    """Yield the figure under a line holding only its unit ("(Thousand MWh)" / "293,317").

    Args:
        text: The document text.

    Yields:
        One hit per such figure, in the unit (scale included) the pattern pass reads for the
        figure and the unit written together; none when it reads no single quantity there.
    """
    if ")\n" not in text:
        return
    for m in _UNIT_LINE.finditer(text):
        unit = " ".join(m["unit"].split())
        price = _PRICE_OF.match(unit)
        if price:  # "$/MMBtu" and "1.96": "$1.96/MMBtu"
            written = f"{price['sym']}{m['fig']}{unit[price.end('sym'):]}"
        else:
            written = f"{m['fig']} {unit}"
        hits = find(written)
        if len(hits) != 1 or (hits[0].start, hits[0].end) != (0, len(written)):
            continue
        hit = hits[0]
        if hit.kind not in _LINE_KINDS or hit.unit in _NOT_MEASURES:
            continue
        if unit in _SCALE_LIKE or unit.lower() in _SCALE_LIKE:  # "Population / (m)": millions
            label = text[text.rfind("\n", 0, max(m.start() - 1, 0)) + 1:m.start()]
            dimension = _DIMENSION_WORDS.get(hit.kind)
            if dimension is None or not dimension.search(label):
                continue
        yield Hit(m.start("fig"), m.end("fig"), hit.value, None, hit.unit, hit.kind, None,
                  m.start("fig"), m.end("fig"))

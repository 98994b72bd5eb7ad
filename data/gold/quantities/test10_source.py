"""Readable source of the sealed quantities test set ``test10.jsonl`` (issue 10, next round).

Built by ``python data/gold/check_quantities_test10.py build``. Each document holds its text as
verbatim paragraphs (page furniture removed, named in ``note``) and its quantities in text order.
A quantity is ``Q(span, value, unit, kind, about, ...)``; ``high`` is the upper bound of a range,
``approx`` marks qualifiers and vague plurals, ``counted`` names the noun of a ``count``, and
``after`` anchors a span that also occurs earlier in the text. Annotated by helper sqy10 on
2026-12-06 before any system ran on these texts. SEALED: see README-test10.md.
"""

from __future__ import annotations


def Q(text: str, value: float, unit: str, kind: str, about: str, *, high: float | None = None,
      approx: bool = False, counted: str | None = None, after: str | None = None) -> dict:
    """Return one quantity annotation in the form the shared builder reads."""
    rec: dict = {"text": text, "value": value, "unit": unit, "kind": kind, "about": about,
                 "approx": approx}
    if high is not None:
        rec["high"] = high
    if counted:
        rec["counted"] = counted
    if after:
        rec["after"] = after
    return rec


DOCS: list[dict] = []

DOCS.append({
    "id": "q10-01",
    "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/oil-prices-down-but-production-stays-up/3094011.html",
    "title": "Oil Prices Down, But Production Stays Up",
    "published": None,
    "truncated": True,
    "note": ("Removed: 'Accessibility links', 'Breaking News', headline (moved to title, repeated "
             "under the photo), photo caption, audio player lines ('please wait', 'No media source "
             "currently available', '0:00 0:03:44 0:00', 'Direct link'). Page shows no date: "
             "published null. Cut by the store; kept to the last complete sentence. "
             "'13 member countries': span stops at the number (noun modifier 'member' between).'"),
    "paragraphs": [
        "Oil prices have fallen to their lowest levels since 2009.",
        "Brent crude oil, one of several kinds of oil on the world market, dropped below $40 a barrel on Tuesday. However, the main group of oil producing countries has been unable to reduce production to limit supply.",
        "The Organization of Petroleum Exporting Countries (OPEC) met in Vienna last week. OPEC said members should be part of climate change-related talks such as the COP-21 meeting in Paris.",
        "The group also called on members to maintain, in its words, an “energy dialogue” with countries that produce oil but are not OPEC members. About two-thirds of oil production is carried out by non-OPEC countries.",
        "But, the 13 member countries could not agree on any production cuts. OPEC oil production continues at record levels. An OPEC report says the group’s oil production increased to over 31 million barrels of oil per day.",
        "Some experts say OPEC member Saudi Arabia continues its production levels to keep competitors from gaining market share.",
        "Some producers in the United States use techniques like hydraulic fracturing, or fracking, to increase oil output. However, that method costs more than the traditional drilling techniques used in many other countries. These may include the indirect costs of pollution to ground water or very small earthquakes in some places.",
        "OPEC says it continues its high production levels because it believes demand will increase in the coming year.",
        "Experts say worldwide demand for crude, or unprocessed oil, is already about 2 million barrels a day below the current supply.",
    ],
    "quantities": [
        Q("below $40 a barrel", 40, "USD/barrel", "rate", "price of Brent crude oil", approx=True),
        Q("About two-thirds", 2 / 3, "fraction", "percent", "oil production carried out by non-OPEC countries", approx=True),
        Q("13", 13, "count", "count", "OPEC member countries", counted="member countries"),
        Q("over 31 million barrels of oil per day", 31e6, "barrel/day", "rate", "OPEC oil production", approx=True),
        Q("about 2 million barrels a day", 2e6, "barrel/day", "rate", "worldwide crude demand below current supply", approx=True),
    ],
})

DOCS.append({
    "id": "q10-02",
    "source": "voa:www.voanews.com",
    "url": "https://www.voanews.com/a/rivers-continue-to-rise-in-flood-hit-us-midwest/3125701.html",
    "title": "Rivers Continue to Rise in Flood-hit US Midwest",
    "published": "2015-12-30",
    "truncated": True,
    "note": ("Removed: 'Accessibility links', 'Breaking News', section label 'USA', headline (moved "
             "to title), photo caption (printed twice), subheading 'State of emergency'. Date from "
             "the photo caption (Dec 30, 2015, the story's 'Wednesday'). Cut by the store; kept to "
             "the last complete sentence. 'worst flooding in decades': 'decades' read as a vague "
             "plural duration (20 years, approximate). 'one man who was saved' is not annotated "
             "(an indefinite, not a count)."),
    "paragraphs": [
        "Residents in parts of the U.S. Midwest are packing sandbags and shoring up levees in a desperate attempt to save their homes and businesses from the region's worst flooding in decades.",
        "At least 20 people have been killed and hundreds of homes and businesses have been overtaken by water in Missouri and Illinois, after a massive storm system dumped as much as 30 centimeters of rain in some areas.",
        "Authorities said at least nine federal levees already been topped by water, mostly in sparsely populated areas. Up to a dozen more, some in larger cities, could be overtaken by the time floodwaters are expected to peak by Friday.",
        "Dramatic images showed muddy water reaching nearly to the rooftops of many homes and businesses. Dozens of residents have had to be rescued, including one man who was saved along with his dog by firefighters on a boat.",
        "Missouri Governor Jay Nixon has declared a state of emergency and deployed the state's National Guard reserve soldiers to assist with security and evacuations in the worst affected areas.",
        "Nixon spoke Wednesday with President Barack Obama, who promised federal assistance with the rescue and cleanup efforts if needed.",
        "South of St. Louis, crews frantically packed sandbags and pumped out water in an effort to keep Interstate 55, a major thoroughfare, open. Portions of hundreds of other roads have already been closed across the state.",
    ],
    "quantities": [
        Q("decades", 20, "year", "duration", "period without worse flooding in the region", approx=True),
        Q("At least 20 people", 20, "person", "count", "people killed in flooding", approx=True),
        Q("hundreds", 200, "count", "count", "homes and businesses overtaken by water", approx=True, counted="homes and businesses"),
        Q("as much as 30 centimeters", 30, "centimeter", "length", "rain dumped by the storm system", approx=True),
        Q("at least nine", 9, "count", "count", "federal levees topped by water", approx=True, counted="levees"),
        Q("Up to a dozen", 12, "count", "count", "more levees that could be overtaken", approx=True, counted="levees"),
        Q("Dozens", 24, "person", "count", "residents rescued", approx=True),
        Q("hundreds", 200, "count", "count", "other roads closed", approx=True, counted="roads", after="Portions of"),
    ],
})

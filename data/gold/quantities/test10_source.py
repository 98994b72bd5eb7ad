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

DOCS.append({
    "id": "q10-03",
    "source": "voa:www.voatiengviet.com",
    "url": "https://www.voatiengviet.com/a/special-english-agri-521-01-16-12-137429013/916515.html",
    "title": "Anh ngữ đặc biệt: Fertilizer Trees",
    "published": "2012-01-16",
    "truncated": True,
    "note": ("VOA Vietnamese service page carrying a VOA Special English Agriculture Report. "
             "Removed: 'Đường dẫn truy cập' (accessibility links), headline (moved to title), the "
             "Vietnamese programme blurb with its YouTube link. Date from the URL slug (01-16-12). "
             "Cut by the store; kept to the last complete sentence (the cut quotation dropped). "
             "'twenty-fifty', 'nineteen sixty-one', 'two thousand nine' are years, not annotated. "
             "'one billion tons more grain each year': the frequency is separated from the amount "
             "by 'more grain', so the span is the mass only."),
    "paragraphs": [
        "This is the VOA Special English Agriculture Report.",
        "The United Nations estimates that world food production will have to increase by seventy percent by twenty-fifty. A world population growing in number and wealth will require one billion tons more grain each year, and two hundred million tons more meat.",
        "The Food and Agriculture Organization says those gains will have to happen largely on existing land through \"sustainable intensification.\"",
        "Officials say the new report provides the first \"global assessment of the state of the planet's land resources.\" It says large parts of all continents are experiencing damage. One-fourth of all land is described as \"highly degraded.\" The greatest threats are losses of soil quality, biodiversity and water resources.",
        "New agricultural methods and technology increased food production in many countries during the Green Revolution. Cropland increased by twelve percent from nineteen sixty-one to two thousand nine -- yet production grew by one hundred fifty percent.",
        "But the new report warns that production rates have been slowing in many areas. In too many places, it says, practices that have increased production have also harmed the land and water. It calls for greater use of practices that can expand production while limiting damage to ecosystems.",
        "One such practice is the use of \"fertilizer trees.\" These are fast-growing trees and shrubs whose leaves and roots help improve soil. A recent study found that about four hundred thousand farmers in southern Africa are using them.",
    ],
    "quantities": [
        Q("seventy percent", 70, "percent", "percent", "increase of world food production"),
        Q("one billion tons", 1e9, "metric_ton", "mass", "more grain required each year"),
        Q("two hundred million tons", 2e8, "metric_ton", "mass", "more meat required"),
        Q("One-fourth", 0.25, "fraction", "percent", "land described as highly degraded"),
        Q("twelve percent", 12, "percent", "percent", "increase of cropland"),
        Q("one hundred fifty percent", 150, "percent", "percent", "growth of food production"),
        Q("about four hundred thousand farmers", 400000, "person", "count", "farmers in southern Africa using fertilizer trees", approx=True),
    ],
})

DOCS.append({
    "id": "q10-04",
    "source": "usgov:www.usda.gov",
    "url": "https://www.usda.gov/media/press-releases/2024/04/18/usda-usaid-deploy-1-billion-emergency-food-assistance",
    "title": "USDA, USAID Deploy $1 Billion for Emergency Food Assistance",
    "published": "2024-04-18",
    "truncated": True,
    "note": ("Removed: 'Skip to main content', headline (moved to title), subtitle 'Biden-Harris "
             "Administration Announces Both Immediate Aid and Pilot Program for Non-Traditional "
             "Commodities'. Cut by the store in the middle of a sentence; kept to the last complete "
             "sentence (a government page kept like a cut VOA page, as in test5-test9). 'many "
             "millions of people': vague plural, 2 million, approximate."),
    "paragraphs": [
        "WASHINGTON, April 18, 2024 – The U.S. Department of Agriculture and the U.S. Agency for International Development will deploy $1 billion in Commodity Credit Corporation funding to purchase U.S.-grown commodities to provide emergency food assistance to people in need throughout the world, Agriculture Secretary Tom Vilsack and USAID Administrator Samantha Power announced today.",
        "“America’s farmers are the most productive and efficient in the world, and we rely on them to supply safe and nutritious food not only to our nation, but to the global community,” Secretary Vilsack said. “With many millions of people in dire need worldwide, the U.S. agricultural sector is well positioned to provide lifesaving food assistance. The United States produces more commodities than are consumed, and therefore has the opportunity to partner with USAID and extend this food to those in our global community who are struggling.”",
        "“During this time of staggering global hunger, America is extending a hand to hungry communities around the world – and American farmers are crucial to that effort,” said Administrator Power. “USAID is honored to collaborate with USDA to purchase, ship and distribute our surplus food supplies to people in urgent need across the globe.”",
        "In October 2023, USDA stated its intention to bolster efforts to combat global hunger by purchasing U.S.-grown commodities and working with USAID, the lead federal coordinator for disaster assistance, to ensure those commodities reach people in need around the world.",
    ],
    "quantities": [
        Q("$1 billion", 1e9, "USD", "money", "Commodity Credit Corporation funding for emergency food assistance"),
        Q("many millions", 2e6, "person", "count", "people in dire need worldwide", approx=True),
    ],
})

DOCS.append({
    "id": "q10-05",
    "source": "usgov:www.dvidshub.net",
    "url": "https://www.dvidshub.net/news/52852/move-em-out-keeping-lines-open-iraq-afghanistan",
    "title": "Move ‘em out: Keeping the lines open in Iraq, Afghanistan",
    "published": None,
    "truncated": True,
    "note": ("Removed: site maintenance banner, 'Forgot Password?', site logo line, headline "
             "(printed twice; moved to title), photo credit and caption with 'read more read more', "
             "byline 'Story by Sgt. Benjamin Kibbey' and unit line '367th Mobile Public Affairs "
             "Detachment'. No date shown: published null. Cut by the store; kept to the last "
             "complete sentence. '1st' (brigade) and 'World War II' are not quantities."),
    "paragraphs": [
        "CAMP ARIFJAN, Kuwait – As U.S. troops continue to make their way out of Iraq, the equipment that has sustained and protected them for the past seven years is being moved out as well.",
        "The responsibility for this task currently falls to the 1st Sustainment Brigade, based at Fort Riley, Kan., and currently deployed to Camp Arifjan.",
        "Since the early days of Operation Iraqi Freedom, the U.S. military has moved from a system in which each unit brought every piece of equipment they would need with them when they deployed to one in which units fall in on gear already in theater. Because of this change, as units leave theater, they take less with them.",
        "When the new status of forces agreement was signed, it set in motion an ongoing operation — the most significant since World War II — that will account for the movement of some two million pieces of equipment out of Iraq.",
        "The 1st SB has addressed this need with the “Durable Express,” a regular convoy that goes north empty — sometimes as far as Mosul — and returns full.",
        "“The Durable Express was an initiative that we came up with that provides a predictable, tailorable convoy to the various [Retrograde Assistance Team] and [Mobile Retrograde Assistance Team] yards up north, where a majority of this equipment is located,” said Col. Donnie Walker, 1st SB commander from Lineville, Ala.",
    ],
    "quantities": [
        Q("the past seven years", 7, "year", "duration", "time the equipment sustained troops in Iraq"),
        Q("some two million pieces", 2e6, "count", "count", "pieces of equipment moved out of Iraq", approx=True, counted="pieces of equipment"),
    ],
})

DOCS.append({
    "id": "q10-06",
    "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/a-23-a-2002-04-18-1-1-83110172/119880.html",
    "title": "ENVIRONMENT REPORT - April 19, 2002: World’s Forests Endangered - 2002-04-18",
    "published": "2002-04-18",
    "truncated": True,
    "note": ("Removed: 'Accessibility links', 'Breaking News', headline line (moved to title). Cut "
             "by the store; kept to the last complete sentence. 'forests that are thousands of "
             "years old' is an age (unit year, kind other), vague plural 2000, approximate. "
             "'second- oldest' (verbatim space) is a rank, not annotated; 'only' is not a "
             "qualifier of the guideline, so 'twenty-five percent' is exact."),
    "paragraphs": [
        "This is the VOA Special English ENVIRONMENT REPORT.",
        "Many of the world’s forests are quickly disappearing because of increased development. The World Resources Institute, based in Washington, D-C, recently completed a report about the problem. It says forty percent of the world’s undeveloped forest areas could be lost in ten to twenty years.",
        "The report includes the results of a two-year study of almost half the world’s forests. It includes forests in Chile, Venezuela, Indonesia, Russia, Central Africa and North America. The study is based on maps produced by a group linked to the World Resources Institute called Global Forest Watch.",
        "The maps combine satellite technology with information from the ground. The maps show illegal tree cutting, mining and road development in areas once thought to be undamaged forest land. The report says most of the threat is a result of bad economics, poor supervision and dishonesty.",
        "The World Resources Institute says Russia is one example. Russia has the largest forest area in the world. Yet, only twenty-five percent of forests in Russia today remain undamaged. Global Forest Watch says Russia’s forests are disappearing because of tree-cutting, fires set by people and other activities.",
        "In Indonesia, about seventy percent of trees are cut illegally. In Venezuela, tree cutting and mining activities threaten natural forest areas. Central Africa also was named in the report as another example of poor land management.",
        "Global Forest Watch says government policies often support short-term economic gain, instead of long-term efforts to protect forests. In Chile, for example, government policies urge people to plant new trees by clearing native forests that are thousands of years old. As a result, ancient forests and the second- oldest living trees in the world are in danger.",
    ],
    "quantities": [
        Q("forty percent", 40, "percent", "percent", "world's undeveloped forest areas that could be lost"),
        Q("ten to twenty years", 10, "year", "duration", "time in which the forest areas could be lost", high=20),
        Q("two-year", 2, "year", "duration", "study of the world's forests"),
        Q("almost half", 0.5, "fraction", "percent", "share of the world's forests studied", approx=True),
        Q("twenty-five percent", 25, "percent", "percent", "forests in Russia that remain undamaged"),
        Q("about seventy percent", 70, "percent", "percent", "trees cut illegally in Indonesia", approx=True),
        Q("thousands of years", 2000, "year", "other", "age of native forests in Chile", approx=True),
    ],
})

DOCS.append({
    "id": "q10-07",
    "source": "usgov:climate.gov",
    "url": "https://climate.gov/author/jake-crouch",
    "title": "Articles by Jake Crouch (climate.gov author page)",
    "published": None,
    "truncated": True,
    "note": ("NOAA Climate.gov author page: the summaries of eight articles, each a prose "
             "paragraph (no table or legend; no summary carries more than 3 quantities). Title "
             "written as a description. No date: published null. Cut by the store in the middle "
             "of a sentence; kept to the last complete sentence. Temperature differences ('1.6° "
             "Fahrenheit warmer') are temperatures in fahrenheit like the readings. Not "
             "annotated: ranks and ordinals ('eighth driest', 'sixteenth consecutive month', "
             "'fourth-warmest'), 'twentieth-century'/'20th-century', 'Lower 48' (a name), years."),
    "paragraphs": [
        "April showers and cool temperatures brought drought relief to many areas across the United States, but conditions worsened in the Southwest.",
        "Winter storms in February improved drought in the Southeast and Midwest, but well below average precipitation in parts of the West in recent months has worsened drought in other places.",
        "Despite several snowstorms associated with cold-air outbreaks, average January temperatures across the contiguous United States weren’t especially cold according to the latest statistics from NOAA’s National Climatic Data Center. Although the average temperature was spot-on freezing—32.0° Fahrenheit—that was still 1.6° Fahrenheit warmer than the twentieth-century January average.",
        "The average temperature for the contiguous United States for 2012 was 55.3° Fahrenheit, which was 3.2° Fahrenheit above the twentieth-century average and 1.0° Fahrenheit above the previous record from 1998.",
        "The November nationally averaged precipitation total of 1.19 inches was nearly an inch below the long-term average, making this the eighth driest November on record.",
        "October 2012 ended the 16-month streak of above-average monthly temperatures for the contiguous United States, with an average temperature of 53.9° Fahrenheit, 0.3° Fahrenheit below the long-term average.",
        "According to the latest statistics from NOAA’s National Climatic Data Center, September 2012 marked the sixteenth consecutive month with above average temperatures for the Lower 48. Meanwhile, warm and dry conditions persisting in the Northwest have led to yet another month with above-average wildfire activity in the region.",
        "The average global temperature for August 2012 was more than 1° Fahrenheit above the 20th-century average, according to the latest monthly analysis from the National Climatic Data Center, making it the fourth-warmest August since record keeping began in 1880.",
    ],
    "quantities": [
        Q("32.0° Fahrenheit", 32.0, "fahrenheit", "other", "average January temperature in the contiguous United States"),
        Q("1.6° Fahrenheit", 1.6, "fahrenheit", "other", "January temperature above the twentieth-century January average"),
        Q("55.3° Fahrenheit", 55.3, "fahrenheit", "other", "average temperature of the contiguous United States for 2012"),
        Q("3.2° Fahrenheit", 3.2, "fahrenheit", "other", "2012 temperature above the twentieth-century average"),
        Q("1.0° Fahrenheit", 1.0, "fahrenheit", "other", "2012 temperature above the previous record"),
        Q("1.19 inches", 1.19, "inch", "length", "November nationally averaged precipitation total"),
        Q("nearly an inch", 1, "inch", "length", "November precipitation below the long-term average", approx=True),
        Q("16-month", 16, "month", "duration", "streak of above-average monthly temperatures"),
        Q("53.9° Fahrenheit", 53.9, "fahrenheit", "other", "average temperature of October 2012"),
        Q("0.3° Fahrenheit", 0.3, "fahrenheit", "other", "October 2012 temperature below the long-term average"),
        Q("more than 1° Fahrenheit", 1, "fahrenheit", "other", "August 2012 global temperature above the 20th-century average", approx=True),
    ],
})

DOCS.append({
    "id": "q10-08",
    "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/drought-biofuel-corn-maize-soybean-ethanol/1485617.html",
    "title": "VOA Special English Agriculture Report: drought, corn and biofuel",
    "published": None,
    "truncated": True,
    "note": ("Stored without page furniture or headline; title written from the URL slug. No "
             "date shown: published null. Cut by the store; kept to the last complete sentence. "
             "'the lowest in seventeen years' is annotated as a duration (as 'in decades' in "
             "q10-02); 'a month ago' anchors a point in time and is not annotated."),
    "paragraphs": [
        "This is the VOA Special English Agriculture Report.",
        "American officials have sharply reduced their expectations for this year's corn and soybean crops. Farmers in the Midwest are struggling with record heat and the worst drought in many years.",
        "The United States is the world's largest producer of corn and soybeans. Last Friday the Agriculture Department predicted that corn production would total 10.8 billion bushels this year. That was down seventeen percent from a prediction made just a month ago. And it was down thirteen percent from last year's level. The average yield per hectare could be the lowest in seventeen years.",
        "At the same time, the government predicted that soybean production would be twelve percent lower than last year.",
        "The price of maize, which Americans call corn, has hit record levels. Corn is a major part of animal feed, so the price of meat, milk and eggs is also expected to climb.",
        "The United Nations Food and Agriculture Organization says average food prices worldwide rose six percent in July. The American drought was a big reason. Gawain Kripke is a food price expert with the anti-hunger group Oxfam America.",
        "GAWAIN KRIPKE: \"Because the U.S. is such a massive food producer and food exporter, the impacts of a drought in the United States are likely to trickle out all around the world.\"",
        "The situation has renewed the fight between food and fuel. About forty percent of the nation's corn crop goes into making ethanol. The production process leaves some of that in a form that can be fed to animals. Still, at least one-fourth of the American corn crop is now made into fuel.",
        "The United States requires that part of its corn crop be used in the production of biofuels. The use of ethanol has grown as government requirements have increased. But the head of the FAO, writing in the Financial Times, called for \"an immediate, temporary suspension\" of that requirement.",
    ],
    "quantities": [
        Q("10.8 billion bushels", 1.08e10, "bushel", "volume", "predicted US corn production this year"),
        Q("seventeen percent", 17, "percent", "percent", "drop of the corn forecast from a month earlier"),
        Q("thirteen percent", 13, "percent", "percent", "drop of corn production from last year"),
        Q("seventeen years", 17, "year", "duration", "period with no lower average corn yield per hectare"),
        Q("twelve percent", 12, "percent", "percent", "drop of soybean production from last year"),
        Q("six percent", 6, "percent", "percent", "rise of average world food prices in July"),
        Q("About forty percent", 40, "percent", "percent", "share of the US corn crop made into ethanol", approx=True),
        Q("at least one-fourth", 0.25, "fraction", "percent", "share of the American corn crop made into fuel", approx=True),
    ],
})

DOCS.append({
    "id": "q10-09",
    "source": "usgov:www.mvd.usace.army.mil",
    "url": "http://www.mvd.usace.army.mil/Media/News-Releases/Article/473848/dredges-move-mountains-of-sand-keep-navigation-channel-open/",
    "title": "Dredges move mountains of sand, keep navigation channel open",
    "published": "2013-01-18",
    "truncated": False,
    "note": ("Whole as stored. Removed: an analytics script line, site name lines 'US Army Corps of "
             "Engineers' and 'Mississippi Valley Division Website', headline (moved to title), "
             "'Published Jan. 18, 2013' (moved to published), '-end-', contact block (name, phone "
             "number) and 'Release no. 13-003'. 'seven days a week' is a rate (day/week). 'more "
             "than six Louisiana Superdomes' and '92 Empire State Buildings': the span stops at "
             "the number (proper-noun modifier before the counted noun). '2011 flood': a year."),
    "paragraphs": [
        "VICKSBURG, MISS., January 18, 2013 – The U.S. Army Corps of Engineers deployed as many as 25 dredges during the past nine months to maintain the Mississippi River’s navigation channel and re-open sand-choked harbors between St. Louis and the Gulf of Mexico in response to one of our nation’s most severe droughts.",
        "Beginning in May 2012, and continuing today, Corps and private dredges contracted by the Corps, worked around the clock, seven days a week, to remove sediment deposited by the 2011 flood and fight extreme low-water conditions. Since May, the dredges have moved more than 29 million cubic yards of sediment – enough material to fill 1,333,333 dump trucks, or more than six Louisiana Superdomes, with a weight (67 billion pounds) equal to 92 Empire State Buildings.",
    ],
    "quantities": [
        Q("as many as 25 dredges", 25, "count", "count", "dredges deployed on the Mississippi River", approx=True, counted="dredges"),
        Q("the past nine months", 9, "month", "duration", "period of dredging deployment"),
        Q("seven days a week", 7, "day/week", "rate", "days a week the dredges worked"),
        Q("more than 29 million cubic yards", 2.9e7, "cubic_yard", "volume", "sediment moved by the dredges since May", approx=True),
        Q("1,333,333 dump trucks", 1333333, "count", "count", "dump trucks the sediment would fill", counted="dump trucks"),
        Q("more than six", 6, "count", "count", "Louisiana Superdomes the sediment would fill", approx=True, counted="Louisiana Superdomes"),
        Q("67 billion pounds", 6.7e10, "pound", "mass", "weight of the dredged sediment"),
        Q("92", 92, "count", "count", "Empire State Buildings of equal weight", counted="Empire State Buildings"),
    ],
})

DOCS.append({
    "id": "q10-10",
    "source": "usgov:www.usace.army.mil",
    "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/2373/?Page=5",
    "title": "U.S. Army Corps of Engineers news, tag 'dredging', page 5",
    "published": None,
    "truncated": True,
    "note": ("USACE news listing: item headlines and their summary paragraphs (prose), kept as "
             "paragraphs. Title written as a description. Removed: 'Results:', 'Tag: dredging', "
             "'Clear', list bullets. No date: published null. Cut by the store inside the last "
             "item (headline and cut summary 'Ab' dropped). '92-year-old' (the vessel) is an age; "
             "'31 different locations': span stops at the number; 'Pool 8', '(IN-1)' are names."),
    "paragraphs": [
        "St. Louis District, U. S. Army Corps of Engineers, Dredge Potter underway for another dredging season",
        "The Dredge Potter, owned and operated by the U. S. Army Corps of Engineers, St. Louis District, is getting underway today for the 2024 dredging season ensuring safe navigation for commercial vessels on the Illinois and Mississippi Rivers. In 2023, drought conditions required the crew and then 92-year-old vessel to move 6.3 million cubic yards of sand, silt, and clay from the river bottom at 31 different locations.",
        "Corps of Engineers begins dredging operations near Brownsville, Minnesota",
        "The U.S. Army Corps of Engineers, St. Paul District, is conducting dredging operations at their Above Brownsville Placement site, also known as “Crater Island,” within Pool 8, of the Mississippi River, near Brownsville, Minnesota.",
        "USACE marks completion of the Indiana Harbor Confined Disposal Facility Dike Raise Construction Project",
        "Today, the U.S. Army Corps of Engineers (USACE) Chicago District, Rep. Frank J. Mrvan (IN-1), and Fernando Trevino, Executive Director of the East Chicago Waterways Management District, marked the completion of the Dike Raise construction project at the Indiana Harbor Confined Disposal Facility.",
        "Corps of Engineers begins dredging operations in Saugatuck",
        "The U.S. Army Corps of Engineers, Detroit District, will begin dredging 68,000 cubic yards of sediment from Saugatuck Harbor, Michigan, next week to ensure safe navigation between Lake Michigan and the Kalamazoo River. The two-mile federal channel in Saugatuck is a popular recreational destination and harbor of refuge. The King Company, of Holland, is contracted to complete the work for $341,000, after completing dredging in Muskegon under the same awarded contract totaling $1.4 million.",
    ],
    "quantities": [
        Q("92-year-old", 92, "year", "other", "age of the Dredge Potter"),
        Q("6.3 million cubic yards", 6.3e6, "cubic_yard", "volume", "sand, silt and clay moved by the Dredge Potter in 2023"),
        Q("31", 31, "count", "count", "locations dredged in 2023", counted="locations"),
        Q("68,000 cubic yards", 68000, "cubic_yard", "volume", "sediment to be dredged from Saugatuck Harbor"),
        Q("two-mile", 2, "mile", "length", "federal channel in Saugatuck"),
        Q("$341,000", 341000, "USD", "money", "contract for the Saugatuck dredging"),
        Q("$1.4 million", 1.4e6, "USD", "money", "contract total including Muskegon dredging"),
    ],
})

DOCS.append({
    "id": "q10-11",
    "source": "usgov:www.usace.army.mil",
    "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=1550",
    "title": "U.S. Army Corps of Engineers news search, page 1550",
    "published": None,
    "truncated": True,
    "note": ("USACE news listing: item headlines and summary paragraphs kept as paragraphs; two "
             "summaries end unfinished on the page itself ('will complete', 'Nov. 25,'), kept "
             "verbatim. Title written as a description; no date: published null. Removed: list "
             "bullets. Cut by the store inside the last summary; kept to the last complete "
             "sentence. '3,000 cubic feet per second per day' is a rate of change of a flow rate: "
             "unit cubic_foot/second/day. 'cfs' is cubic_foot/second. 'at or near' is a "
             "qualifier (approximate). Not annotated: dates, 'FY 2018', 'Phase 4', ordinals "
             "('first debris pickup', 'second pass')."),
    "paragraphs": [
        "Suffolk, Norfolk District secure safe navigation in unique agreement",
        "The U.S. Army Corps of Engineers Norfolk District began maintenance dredging of the Bennett’s Creek Federal Navigation channel in Suffolk, Va., today",
        "U.S. Army Corps of Engineers (USACE) Receives Unmodified Opinion on Military Construction (MILCON) Funds Fiscal 2018 Financial Statements.",
        "On Dec. 3, 2018, the U.S. Army Corps of Engineers (USACE) was rendered an unmodified opinion on its Military Construction (MILCON) Funds FY 2018 Financial Statements by financial accounting firm KPMG. KPMG’s opinion concluded the Army MILCON Financial Statements are fairly stated in all material respects.",
        "Corps’ to complete Baker and Early Counties' first debris pickup Dec. 12, begin second pass Dec. 20",
        "By Dec. 12, the U.S. Army Corps of Engineers, working with local government officials, will complete",
        "Corps steps down releases from Gavins Point Dam to winter release rate",
        "The U.S. Army Corps of Engineers began reducing Gavins Point releases to the winter release rate on December 2. The releases will be stepped down at a rate of 3,000 cubic feet per second per day until they reach 20,000 cfs on December 11. Releases are expected to remain at or near 20,000 cfs for the remainder of the winter. Gavins Point Dam winter releases normally range between 12,000 and 17,000 cfs.",
        "Corps of Engineers says farewell to another navigation season on Upper Mississippi River",
        "ST. PAUL, Minn. – The last tow of the 2018 navigation season departed St. Paul, Minnesota, Nov. 25,",
        "Bluestone Dam Final Anchor Ribbon Cutting",
        "A ceremony to celebrate the installation of the final anchors in the Bluestone Dam on the New River at Hinton, W.Va., took place Dec. 7, 2018. The U.S. Army Corps of Engineers and its Phase 4 contractor are finalizing the installation of 278 high strength steel strand anchors in the spillway and non-overflow monoliths.",
    ],
    "quantities": [
        Q("3,000 cubic feet per second per day", 3000, "cubic_foot/second/day", "rate", "step-down of Gavins Point releases"),
        Q("20,000 cfs", 20000, "cubic_foot/second", "rate", "Gavins Point winter release rate reached on December 11"),
        Q("at or near 20,000 cfs", 20000, "cubic_foot/second", "rate", "Gavins Point releases for the remainder of the winter", approx=True),
        Q("between 12,000 and 17,000 cfs", 12000, "cubic_foot/second", "rate", "normal Gavins Point Dam winter releases", high=17000),
        Q("278", 278, "count", "count", "steel strand anchors installed in Bluestone Dam", counted="anchors"),
    ],
})

DOCS.append({
    "id": "q10-12",
    "source": "usgov:www.usbr.gov",
    "url": "https://www.usbr.gov/newsroom/rssxml/rssfeed.cfm",
    "title": "Reclamation updates 2019 Central Valley Project South-of-Delta water allocations",
    "published": "2019-05-22",
    "truncated": True,
    "note": ("Bureau of Reclamation news-release feed; only its first release is stored. Removed: "
             "feed channel title, description and URLs, the release URL, its title (moved to "
             "title) and timestamp '2019-05-22 13:15:00.0' (moved to published); the feed's "
             "'<P>' markers are the paragraph breaks. Cut by the store; kept to the last complete "
             "sentence. 'over twice its average' is a multiplier; 'in recent decades' is read as "
             "a vague plural duration (20 years, approximate, as in q10-02); 'Class 1', 'Class 2' "
             "are names."),
    "paragraphs": [
        "SACRAMENTO, Calif. – The Bureau of Reclamation Wednesday issued updated Central Valley Project South-of-Delta allocations for the 2019 contract year. This update reflects ongoing water supply improvements due to the latest series of storms.",
        "With this month’s update, South-of-Delta agricultural water service contractors’ allocations are increased to 70% of their contract total. South-of-Delta allocations for municipal and industrial contractors’ allocations are increased to 95% of their historic use.",
        "“The storms experienced in the Central Valley during the past week are unusual this late in the year, bringing the month’s precipitation to over twice its average,” said Mid-Pacific Regional Director Ernest Conant. “The late storms provided an added boost to the already above average precipitation for 2019. Snowpack throughout the state is still about 150% of average for this time of year.”",
        "The CVP Friant Division’s allocation remains unchanged for Class 1 contractors at 100%. However, the period for uncontrolled season deliveries to Class 2 contractors has been extended to June 14. (The first 800,000 acre-feet of available water supply is considered Class 1; Class 2 is considered the next amount of available water supply up to 1.4 million acre-feet).",
        "All other CVP contractors’ allocations were previously increased to 100% of their contract totals in recent months.",
        "The wet conditions this year have allowed Reclamation to meet full allocations for most CVP water users. However, Reclamation has had ongoing challenges in providing higher allocations for South-of-Delta water service contractors in recent decades in part due to regulatory restrictions.",
    ],
    "quantities": [
        Q("70%", 70, "percent", "percent", "South-of-Delta agricultural contractors' allocation of contract total"),
        Q("95%", 95, "percent", "percent", "South-of-Delta municipal and industrial allocation of historic use"),
        Q("the past week", 1, "week", "duration", "period of the late storms in the Central Valley"),
        Q("over twice", 2, "multiplier", "other", "month's precipitation relative to average", approx=True),
        Q("about 150%", 150, "percent", "percent", "snowpack relative to average for the time of year", approx=True),
        Q("100%", 100, "percent", "percent", "Friant Division Class 1 allocation"),
        Q("800,000 acre-feet", 800000, "acre_foot", "volume", "first available water supply considered Class 1"),
        Q("up to 1.4 million acre-feet", 1.4e6, "acre_foot", "volume", "available water supply for Class 2", approx=True),
        Q("100%", 100, "percent", "percent", "allocations of all other CVP contractors", after="previously increased to"),
        Q("decades", 20, "year", "duration", "period of challenges in South-of-Delta allocations", approx=True),
    ],
})

EERE_NOTE = ("Removed: newsletter banner 'This is an excerpt from EERE Network News, a weekly "
             "electronic newsletter.', date line (moved to published), headline (moved to title). "
             "'See the ... press release.' sentences are page text and kept. ")

DOCS.append({
    "id": "q10-13",
    "source": "usgov:apps1.eere.energy.gov",
    "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6209",
    "title": "Solar Power Installed at the White House and in California",
    "published": "2003-01-15",
    "truncated": True,
    "note": EERE_NOTE + ("Cut by the store; kept to the last complete sentence. '1600 Pennsylvania "
             "Avenue' is an address. 'one for the pool and spa, and one for domestic hot water' "
             "are pronouns, not annotated. 'the next few months': 'few' read as 3, approximate. "
             "'two 18-kilowatt systems' gives two quantities: the count 'two' and the power "
             "'18-kilowatt'. 'a total of 600 kilowatts': 'a total of' is not a qualifier."),
    "paragraphs": [
        "A number of large solar power installations have been installed in recent weeks, including one at a high-profile address: 1600 Pennsylvania Avenue, better known as the White House. Evergreen Solar, Inc. announced on January 8th that it provided a 9-kilowatt grid-connected solar power system for installation on a White House grounds maintenance building. Solar Design Associates oversaw the installation, which also included two solar thermal systems -- one for the pool and spa, and one for domestic hot water. See the Evergreen Solar press release.",
        "Meanwhile, on the other side of the country, California continues its leadership in large solar power systems. In late December, Kyocera Solar, Inc. announced that it will provide 2.4 megawatts of solar modules to the California Fair Industry for installation throughout the state. At about the same time, WorldWater Corporation announced that it sold a total of 600 kilowatts of solar water pumping systems to the Joshua Water Basin District in Joshua Tree. Within the next few months, Loyola Marymount University (LMU), located in Los Angeles, will follow the trend by drawing on 723 kilowatts of solar power provided by the PowerLight Corporation. The $4.3-million installation will cover 81,000 square feet of rooftop on three buildings at LMU's Westchester campus. And on a smaller scale, Prevalent Power recently installed a 37.5-kilowatt solar power system on the roof of a kennel in San Francisco. See the press releases from Kyocera Solar, WorldWater, LMU, and Prevalent Power.",
        "Solar power installations are progressing in other states as well. In Chicago, Spire Solar Chicago installed two 18-kilowatt systems on affordable multifamily housing developments in December.",
    ],
    "quantities": [
        Q("9-kilowatt", 9, "kilowatt", "other", "solar power system for a White House maintenance building"),
        Q("two", 2, "count", "count", "solar thermal systems at the White House", counted="solar thermal systems", after="also included"),
        Q("2.4 megawatts", 2.4, "megawatt", "other", "solar modules Kyocera will provide in California"),
        Q("600 kilowatts", 600, "kilowatt", "other", "solar water pumping systems sold to Joshua Water Basin District"),
        Q("the next few months", 3, "month", "duration", "time before LMU draws on solar power", approx=True),
        Q("723 kilowatts", 723, "kilowatt", "other", "solar power for Loyola Marymount University"),
        Q("$4.3-million", 4.3e6, "USD", "money", "cost of the LMU solar installation"),
        Q("81,000 square feet", 81000, "square_foot", "area", "rooftop covered by the LMU installation"),
        Q("three buildings", 3, "count", "count", "buildings at LMU's Westchester campus", counted="buildings"),
        Q("37.5-kilowatt", 37.5, "kilowatt", "other", "solar power system on a kennel roof in San Francisco"),
        Q("two", 2, "count", "count", "systems installed in Chicago", counted="systems", after="Spire Solar Chicago installed"),
        Q("18-kilowatt", 18, "kilowatt", "other", "each solar system on Chicago housing developments"),
    ],
})

DOCS.append({
    "id": "q10-14",
    "source": "usgov:apps1.eere.energy.gov",
    "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6595",
    "title": "New Solar Power Systems in California and Nevada Break Records",
    "published": "2004-01-14",
    "truncated": True,
    "note": EERE_NOTE + ("Cut by the store ('See the press releases' unfinished); kept to the last "
             "complete sentence. 'Bakerfield' [sic] kept. 'A-300' is a product name."),
    "paragraphs": [
        "December was a month of record-breaking solar power announcements, as a vitamin manufacturer installed the largest photovoltaic system in Nevada and plans proceeded in California for the largest solar power system yet installed at a community college. In Nevada, Las Vegas Solar Electric began construction in December of a 214.5-kilowatt photovoltaic system on the roof of YourVitamins, Inc., a vitamin manufacturing company in Henderson, about 15 miles southeast of Las Vegas. The solar power installation will be the largest in the state when construction is finished in mid-January. In California, construction is underway on a one-megawatt solar power system at Cerro Coso College, a community college in Ridgecrest, about 75 miles east of Bakerfield in the Mojave Desert. WorldWater Corporation is supplying the photovoltaic system, which should be completed in June. See the WorldWater Corporation press release and the announcement from Las Vegas Solar Electric.",
        "A number of other large solar power installations have been built or announced in recent months. Provision Technologies, Inc. is currently planning to install the largest photovoltaic system on the Hawaiian island of Kauai, a 25-kilowatt system. Solera Energy installed an 88-kilowatt solar power system at a public agency in Sewell, New Jersey, in November. The system uses solar modules from Sharp Electronics Corporation. In late September, a 114-kilowatt solar power system was installed at Kettle Foods headquarters in Salem, Oregon. And on Edwards Air Force Base in southern California, SunPower Corporation installed a 5-kilowatt system at the NASA Dryden Flight Research Center. Though small, the system is the first to incorporate SunPower's A-300 solar cells, which are able to convert 20 percent of the sun's radiation into electricity.",
    ],
    "quantities": [
        Q("214.5-kilowatt", 214.5, "kilowatt", "other", "photovoltaic system on the YourVitamins roof"),
        Q("about 15 miles", 15, "mile", "length", "distance of Henderson southeast of Las Vegas", approx=True),
        Q("one-megawatt", 1, "megawatt", "other", "solar power system at Cerro Coso College"),
        Q("about 75 miles", 75, "mile", "length", "distance of Ridgecrest east of Bakersfield", approx=True),
        Q("25-kilowatt", 25, "kilowatt", "other", "photovoltaic system planned on Kauai"),
        Q("88-kilowatt", 88, "kilowatt", "other", "solar power system in Sewell, New Jersey"),
        Q("114-kilowatt", 114, "kilowatt", "other", "solar power system at Kettle Foods headquarters"),
        Q("5-kilowatt", 5, "kilowatt", "other", "system at the NASA Dryden Flight Research Center"),
        Q("20 percent", 20, "percent", "percent", "share of the sun's radiation converted by A-300 cells"),
    ],
})

DOCS.append({
    "id": "q10-15",
    "source": "usgov:apps1.eere.energy.gov",
    "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=8120",
    "title": "California Plans to Install Solar Power on One Million Homes",
    "published": "2004-08-25",
    "truncated": False,
    "note": EERE_NOTE + ("Whole as stored. Customers (people) are persons; 'that number grew to "
             "535' counts customers (person). '25 houses or more' keeps the trailing qualifier "
             "(approximate). 'Million Homes Plan', 'Million Solar Roofs Initiative' are names; "
             "'a million solar homes' and 'one million U.S. roofs' stop at the number (modifier "
             "before the counted noun)."),
    "paragraphs": [
        "California Governor Arnold Schwarzenegger unveiled a plan on August 20th to install solar power systems on one million homes by 2017. The Million Homes Plan initially starts with the state's current incentives for solar power, but beginning in 2008, home builders will offer solar power as an option in any subdivision that has 25 houses or more. Customers who install solar power systems will pay a time-of-use rate, which can result in added savings, and will also be able to sell excess power back to the utility at the retail rate, a process known as net metering. See the governor's press release.",
        "Solar power is already proving popular in San Diego County, where 1,500 customers have connected renewable energy systems to the power grid. According to San Diego Electric and Gas (SDG&E), only 11 customers applied for net-metering connections in 1999, but by 2003, that number grew to 535. More than 450 net metering applications have been filed so far this year. See the SDG&E press release.",
        "If the concept of a million solar homes sounds familiar, you're probably thinking of the DOE-led Million Solar Roofs Initiative. Announced in June 1997, that initiative aims to install either solar power or solar thermal systems on one million U.S. roofs by 2010. As of last year, the initiative had yielded at least 200 megawatts of solar energy installations, including 40 megawatts of solar power, with 822 partners throughout the country helping to advance the initiative's goals. See the Million Solar Roofs Web site.",
    ],
    "quantities": [
        Q("one million homes", 1e6, "count", "count", "homes to get solar power systems in California", counted="homes"),
        Q("25 houses or more", 25, "count", "count", "houses in a subdivision offering solar power", approx=True, counted="houses"),
        Q("1,500 customers", 1500, "person", "count", "San Diego County customers with connected renewable energy systems"),
        Q("11 customers", 11, "person", "count", "customers applying for net-metering connections in 1999"),
        Q("535", 535, "person", "count", "customers applying for net-metering connections by 2003"),
        Q("More than 450", 450, "count", "count", "net metering applications filed this year", approx=True, counted="net metering applications"),
        Q("a million", 1e6, "count", "count", "solar homes", counted="solar homes", after="the concept of"),
        Q("one million", 1e6, "count", "count", "U.S. roofs with solar systems by 2010", counted="roofs", after="thermal systems on"),
        Q("at least 200 megawatts", 200, "megawatt", "other", "solar energy installations under the initiative", approx=True),
        Q("40 megawatts", 40, "megawatt", "other", "solar power installations under the initiative"),
        Q("822 partners", 822, "count", "count", "partners of the Million Solar Roofs Initiative", counted="partners"),
    ],
})

DOCS.append({
    "id": "q10-16",
    "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/a-23-a-2002-04-29-1-1-83109622/119867.html",
    "title": "AGRICULTURE REPORT – April 30, 2002: American Farmers - 2002-04-29",
    "published": "2002-04-29",
    "truncated": True,
    "note": ("Removed: 'Accessibility links', 'Breaking News', headline line (moved to title). Cut "
             "by the store; kept to the last complete sentence. Numbers spelled out in words "
             "(VOA Special English). 'between the ages of eighteen and thirty-five' is an age "
             "range (unit year, kind other), span on the numbers as for 'the age of 18'. "
             "'the fourth time in four years': 'fourth' is an ordinal, 'four years' a duration. "
             "Years ('Two-Thousand', 'Nineteen-Ninety-One'), 'second biggest', 'fifth year' and "
             "'one year earlier' (a time anchor) are not annotated."),
    "paragraphs": [
        "This is the VOA Special English AGRICULTURE REPORT.",
        "Two new reports offer information about American farmers. The first report provides official information on farms and farmland in the United States. The other gives the opinions of young American farmers.",
        "The Department of Agriculture reports that the number of American farms decreased last year. It estimates there were two-million-one-hundred-sixty-thousand farms. That is down seven-tenths of one percent from the number reported in Two-Thousand. It was the second biggest decrease in the number of American farms since Nineteen-Ninety-One.",
        "Nationwide, more than three-hundred-eighty-million hectares of land were used for farming last year. That is down about eight-hundred-thousand hectares from one year earlier.",
        "The other report comes from the American Farm Bureau Federation, the nation’s largest farm group. It questioned about three-hundred farmers between the ages of eighteen and thirty-five from across the country.",
        "This report found that the leading concern of young farmers was earning a profit. It was the fourth time in four years that those questioned said making a profit was their top concern. For the fifth year, the young farmers said international trade was important for making a profit. Many of them said increasing agricultural exports was the most important step the United States government could take to help farmers.",
        "The young farmers were divided on a question that dealt with future earnings from agriculture. A little more than half said their farm earnings should come totally from selling their crops. The others said farmers also need payments from government programs.",
        "Fifty-one percent of those questioned said they started farming as a member of a family business. Twenty-seven percent entered farming on their own. Almost fourteen percent said marriage led them to farming.",
    ],
    "quantities": [
        Q("two-million-one-hundred-sixty-thousand farms", 2160000, "count", "count", "American farms last year", counted="farms"),
        Q("seven-tenths of one percent", 0.7, "percent", "percent", "decrease in the number of American farms"),
        Q("more than three-hundred-eighty-million hectares", 3.8e8, "hectare", "area", "land used for farming last year", approx=True),
        Q("about eight-hundred-thousand hectares", 8e5, "hectare", "area", "decrease of farmland from the year before", approx=True),
        Q("about three-hundred farmers", 300, "person", "count", "young farmers questioned by the Farm Bureau", approx=True),
        Q("eighteen and thirty-five", 18, "year", "other", "ages of the young farmers questioned", high=35),
        Q("four years", 4, "year", "duration", "period in which profit was the top concern"),
        Q("A little more than half", 0.5, "fraction", "percent", "young farmers wanting earnings only from crops", approx=True),
        Q("Fifty-one percent", 51, "percent", "percent", "farmers who started in a family business"),
        Q("Twenty-seven percent", 27, "percent", "percent", "farmers who entered farming on their own"),
        Q("Almost fourteen percent", 14, "percent", "percent", "farmers led to farming by marriage", approx=True),
    ],
})

DOCS.append({
    "id": "q10-17",
    "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/a-23-a-2001-12-27-3-1-83034732/119494.html",
    "title": "ENVIRONMENT REPORT – December 28, 2001: Warm Year - 2001-12-27",
    "published": "2001-12-27",
    "truncated": True,
    "note": ("Removed: 'Accessibility links', 'Breaking News', headline line (moved to title). Cut "
             "by the store; kept to the last complete sentence. 'more than four-tenths of a "
             "degree': bare degree, Celsius from the article's own scale word. 'nine of the ten "
             "warmest years' gives two counts. Years spelled in words, 'second warmest', "
             "'twenty-third year' (ordinal) and 'W-M-O' are not annotated."),
    "paragraphs": [
        "This is the VOA Special English ENVIRONMENT REPORT.",
        "Scientists expect this year to be the second warmest year ever recorded. They say average surface temperatures this year will be warmer than any other year except Nineteen-Ninety-Eight.",
        "The World Meteorological Organization in Geneva, Switzerland noted the findings in its yearly climate report.",
        "The World Meteorological Organization says the higher surface temperatures are part of a continuing move toward warmer weather. W-M-O officials say average temperatures have risen more than six-tenths of one degree Celsius during the past one-hundred years. They also expect temperatures to continue rising.",
        "W-M-O officials say the warming is a result of large amounts of carbon dioxide and other industrial pollutants being released in Earth’s atmosphere. These gases trap heat from the sun. This is commonly called the greenhouse effect.",
        "Ken Davidson is director of the W-M-O World Climate Program. He says the greenhouse effect is responsible for unusual weather around the world in recent years.",
        "For the report, W-M-O officials compared the current conditions with temperature records since Eighteen-Sixty. They found that nine of the ten warmest years ever recorded have been since Nineteen-Ninety.",
        "Average temperatures this year are more than four-tenths of a degree higher than the average temperature from Nineteen-Sixty-One to Nineteen-Ninety. This was the twenty-third year that temperatures were above the average for that period.",
        "The report noted higher than average temperatures in Australia, Japan and North America. It says October was the hottest month in England in more than three-hundred years. Denmark and Germany also set records for the warmest October in more than one-hundred years.",
        "However, some areas reported colder than normal temperatures this year.",
    ],
    "quantities": [
        Q("more than six-tenths of one degree Celsius", 0.6, "celsius", "other", "rise of average temperatures", approx=True),
        Q("the past one-hundred years", 100, "year", "duration", "period of the temperature rise"),
        Q("nine", 9, "count", "count", "warmest years recorded since 1990", counted="years", after="found that"),
        Q("ten", 10, "count", "count", "warmest years ever recorded", counted="years"),
        Q("more than four-tenths of a degree", 0.4, "celsius", "other", "this year's temperatures above the 1961-1990 average", approx=True),
        Q("more than three-hundred years", 300, "year", "duration", "period without a hotter month in England", approx=True),
        Q("more than one-hundred years", 100, "year", "duration", "period without a warmer October in Denmark and Germany", approx=True),
    ],
})

DOCS.append({
    "id": "q10-18",
    "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/a-23-a-2003-01-02-4-1-83118177/122072.html",
    "title": "ENVIRONMENT REPORT – Second Hottest Year - 2003-01-02",
    "published": "2003-01-02",
    "truncated": True,
    "note": ("Removed: 'Accessibility links', 'Breaking News', headline line (moved to title), "
             "'Broadcast: January 3, 2003'. Cut by the store; kept to the last complete sentence. "
             "'hundreds of deaths': vague plural, 200 persons, approximate. Years in words, "
             "'second warmest' are not annotated."),
    "paragraphs": [
        "This is the VOA Special English ENVIRONMENT REPORT.",
        "Temperatures around the world continue to rise. United Nations scientists say they believe two-thousand-two was one of the warmest years ever measured. The scientists also say they expect the coming years will get even hotter.",
        "The U-N’s World Meteorological Organization reports that last year was the second warmest since record keeping began in eighteen-sixty. Nineteen-ninety-eight remains the warmest year ever measured.",
        "Ken Davidson is the director of the World Meteorological Organization’s World Climate Program. He says the ten warmest years all happened after nineteen-eighty-seven. Of those ten, nine happened after nineteen-ninety. He says the rate of temperature increase over the past twenty-five years is greater than that over the past one-thousand years.",
        "Mister Davidson says the organization agrees with scientific findings that global warming is happening as a result of human activities. He says one reason for the higher temperatures is the expansion of cities. Studies show that cities are hotter than other areas. Mister Davidson says another influence is the release of carbon dioxide and other industrial gases. Industrial gases have been shown to increase temperatures in Earth’s atmosphere.",
        "The new report says many areas experienced unusual weather in two-thousand-two. Most of Asia, for example, was warmer than usual. India had unusually high temperatures in April and May. The extremely hot weather caused hundreds of deaths. There also were extremely dry conditions across India. Parts of Africa experienced unusually heavy rains. Yet other areas in Africa had unusually dry weather.",
        "A severe ocean storm hit South Korea in August. It set a new national record for rainfall. In central Europe, more than one-hundred people died in flooding caused by heavy rainfall in September.",
    ],
    "quantities": [
        Q("ten", 10, "count", "count", "warmest years, all after 1987", counted="years", after="He says the"),
        Q("ten", 10, "count", "count", "warmest years", counted="years", after="Of those"),
        Q("nine", 9, "count", "count", "warmest years after 1990", counted="years"),
        Q("the past twenty-five years", 25, "year", "duration", "period of the recent temperature increase"),
        Q("the past one-thousand years", 1000, "year", "duration", "period compared for the rate of temperature increase"),
        Q("hundreds", 200, "person", "count", "deaths caused by hot weather in India", approx=True),
        Q("more than one-hundred people", 100, "person", "count", "people who died in flooding in central Europe", approx=True),
    ],
})

DOCS.append({
    "id": "q10-19",
    "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/large-tsunamis-do-not-happen-often-but-the-threat-is-always-present-123226568/116869.html",
    "title": "Large tsunamis do not happen often, but the threat is always present (SCIENCE IN THE NEWS)",
    "published": None,
    "truncated": True,
    "note": ("Stored without page furniture or headline; title written from the URL slug. Removed: "
             "the '(MUSIC)' broadcast cues (two lines). No date shown: published null. Cut by the "
             "store; kept to the last complete sentence. 'once every ten years' is one rate "
             "(0.1 count/year). 'from five minutes to one hour apart' is one range, in minutes "
             "(5 to 60). Not annotated: ordinals ('first wave', 'third or fourth wave'), 'not "
             "just one wave' (contrast, not a count), 'Tsu', 'nami'."),
    "paragraphs": [
        "BOB DOUGHTY: This is SCIENCE IN THE NEWS in VOA Special English. I’m Bob Doughty.",
        "FAITH LAPIDUS: And I’m Faith Lapidus. This week, we tell about tsunamis -- the deadly sea waves often caused by earthquakes.",
        "BOB DOUGHTY: People in Japan call them “harbor waves.” Tsunami is a two-character Japanese word. Tsu means harbor and nami means wave. Tsunamis happen after an earthquake strikes, either near or under the ocean. The earthquake displaces a large amount of water in the ocean. Waves then rush inland quickly and powerfully, causing death and destruction.",
        "Scientists say that strong earthquakes under the sea are responsible for eighty to ninety percent of all tsunamis. Volcanic explosions can also cause a tsunami. So could a large piece of land sliding into the water or when a rock from space strikes the ocean. There have been three major tsunamis worldwide in the past seven years. Generally, a major tsunami happens only once every ten years.",
        "FAITH LAPIDUS: In the deep ocean, a tsunami wave may rise up only about three hundred millimeters. In fact, people on a boat at sea may not even know that a tsunami wave has just moved past them. Tsunamis are long waves that can travel great distances very quickly - some move at over eight hundred kilometers an hour. They can cross an ocean in less than a day.",
        "Some people may not understand the difference between a tsunami and a tidal wave. Tides are the normal rise and fall of saltwater levels against the coast. Tsunamis are not normal tides - they are extreme events. And a tsunami is not just one wave, but a series of waves. Some of the waves can be huge. Scientists say the first wave is often not the largest. That is usually the third or fourth wave. The waves can be from five minutes to one hour apart.",
        "BOB DOUGHTY: How is a tsunami wave caused? The land underneath the ocean is made up of tectonic plates. These large areas are always moving.",
    ],
    "quantities": [
        Q("two-character", 2, "count", "count", "characters of the Japanese word tsunami", counted="characters"),
        Q("eighty to ninety percent", 80, "percent", "percent", "tsunamis caused by strong undersea earthquakes", high=90),
        Q("three", 3, "count", "count", "major tsunamis worldwide", counted="tsunamis", after="There have been"),
        Q("the past seven years", 7, "year", "duration", "period of three major tsunamis"),
        Q("once every ten years", 0.1, "count/year", "rate", "frequency of a major tsunami"),
        Q("about three hundred millimeters", 300, "millimeter", "length", "rise of a tsunami wave in the deep ocean", approx=True),
        Q("over eight hundred kilometers an hour", 800, "kilometer/hour", "rate", "speed of some tsunamis", approx=True),
        Q("less than a day", 1, "day", "duration", "time for a tsunami to cross an ocean", approx=True),
        Q("five minutes to one hour", 5, "minute", "duration", "time between tsunami waves", high=60),
    ],
})

DOCS.append({
    "id": "q10-20",
    "source": "voa:learningenglish.voanews.com",
    "url": "https://learningenglish.voanews.com/a/a-23-2006-11-12-voa2-83130257/126302.html",
    "title": "Without Water There Is No Life",
    "published": "2006-11-12",
    "truncated": True,
    "note": ("Removed: 'Accessibility links', 'Breaking News', headline (moved to title), summary "
             "line 'A yearly U.N. study on poverty gives reasons for world action on water "
             "issues.' and the label 'Transcript of radio broadcast:'. Date from the URL. Cut by "
             "the store; kept to the last complete sentence. 'each year, more than two million "
             "children die': the frequency is separate, so only the count is annotated. 'twenty "
             "liters of water a day' and 'four thousand million dollars a year' are rates. "
             "'First', 'Second', 'Third', 'November ninth' are not annotated; 'Mister Watkins "
             "say' [sic] kept."),
    "paragraphs": [
        "This is the VOA Special English Development Report.",
        "The United Nations Development Program says the world is facing a water crisis. It says each year, more than two million children die from diseases caused by unclean water. Most of these deaths are from diarrhea and other sicknesses caused by unclean water polluted by human waste.",
        "The warning is in this year's Human Development Report, released by the U.N. agency on November ninth. Kevin Watkins is the lead writer and head of the Human Development Report office. He says these deaths could be prevented with clean water and toilets. The report also finds that almost half the people in developing countries suffer from health problems due to unclean water and lack of waste removal systems.",
        "Mister Watkins says the crisis in health care also reduces economic growth in many developing nations. The report says more than one thousand million people in the world do not have clean water and sanitation.",
        "The Human Development Report proposes a three-part action plan to help solve the crisis. First, Mister Watkins say that governments need to take action to make water a human right. He says national legislation is needed that provides citizens with the right to twenty liters of water a day.",
        "Second, the action plan calls on each nation to spend more on water and sanitation. It proposes that each nation spend at least one percent of the value of all the goods and services the country produces. Third, the plan calls for increased international aid. This would require an additional four thousand million dollars a year, or two times as much international aid, in the next ten years.",
        "Mister Watkins says the world is not running out of water. The crisis is not because of scarcity. He says there is about the same amount of water in the world every year.",
    ],
    "quantities": [
        Q("more than two million children", 2e6, "person", "count", "children dying each year from diseases caused by unclean water", approx=True),
        Q("almost half", 0.5, "fraction", "percent", "people in developing countries with health problems from unclean water", approx=True),
        Q("more than one thousand million people", 1e9, "person", "count", "people without clean water and sanitation", approx=True),
        Q("three-part", 3, "count", "count", "parts of the action plan", counted="parts"),
        Q("twenty liters of water a day", 20, "liter/day", "rate", "water each citizen should have a right to"),
        Q("at least one percent", 1, "percent", "percent", "share of national output to spend on water and sanitation", approx=True),
        Q("four thousand million dollars a year", 4e9, "USD/year", "rate", "additional international aid required"),
        Q("two times", 2, "multiplier", "other", "international aid compared with now"),
        Q("the next ten years", 10, "year", "duration", "period of the increased aid"),
    ],
})

DOCS.append({
    "id": "q10-21",
    "source": "usgov:ncei.noaa.gov",
    "url": "https://ncei.noaa.gov/access/monitoring/monthly-report/summary-info/national/201506",
    "title": "Monthly Report Summary Information: National Summary Information - June 2015",
    "published": None,
    "truncated": True,
    "note": ("NOAA National Centers for Environmental Information. Removed: page heading and "
             "section heading (moved to title), 'See Full Report', map titles and captions "
             "('Significant U.S. Climate Events for June 2015', 'Significant climate events for "
             "June 2015', the two map titles and the two-line map caption), the heading 'June 2015 "
             "was 2nd warmest for the contiguous US', labels 'June' and 'Temperature', list "
             "bullet. No publication date shown: published null. Cut by the store; kept to the "
             "last complete sentence. 'patterns,as' (no space) kept. Temperature differences "
             "('2.9°F above') are fahrenheit. Ordinals ('10th warmest', 'ninth wettest', 'third "
             "consecutive month'), '20th century', 'Lower 48', dates are not annotated."),
    "paragraphs": [
        "The Monthly Report Summary Information is a synopsis of the collection of national and global summaries released each month.",
        "For extended analysis of regional temperature and precipitation patterns,as well as extreme events, please see our full report that will be released on July 13th.",
        "Record warmth engulfed the West; drought worsened in the Northwest; and record precipitation fell in the Ohio Valley.",
        "The June contiguous U.S. average temperature was 71.4°F, 2.9°F above the 20th century average, second only to June 1933 in the 121-year period of record. Record and near-record warmth stretched from the Rockies to West Coast. The average contiguous U.S. temperature for the first half of 2015 was 49.5°F, 1.9°F above the 20th century average, and the 10th warmest January-June on record.",
        "The June precipitation total for the contiguous U.S. was 3.53 inches, 0.60 inch above average. This was the ninth wettest June on record, and marked the third consecutive month of above-average precipitation for the Lower 48. Above-average precipitation was observed in the Southwest, Southern Plains, Ohio Valley, and Northeast; the Northwest was dry.",
        "This analysis of U.S. temperature and precipitation is based on data back to January 1895, resulting in 121 years of data.",
        "Above-average temperatures were widespread in the West and along the Southeast coast, where 16 states were much warmer than average. California, Idaho, Oregon, Utah, and Washington were each record warm for June.",
    ],
    "quantities": [
        Q("71.4°F", 71.4, "fahrenheit", "other", "June 2015 contiguous U.S. average temperature"),
        Q("2.9°F", 2.9, "fahrenheit", "other", "June temperature above the 20th century average"),
        Q("121-year", 121, "year", "duration", "period of record"),
        Q("49.5°F", 49.5, "fahrenheit", "other", "average temperature for the first half of 2015"),
        Q("1.9°F", 1.9, "fahrenheit", "other", "first-half temperature above the 20th century average"),
        Q("3.53 inches", 3.53, "inch", "length", "June precipitation total for the contiguous U.S."),
        Q("0.60 inch", 0.6, "inch", "length", "June precipitation above average"),
        Q("121 years", 121, "year", "duration", "years of data in the analysis"),
        Q("16 states", 16, "count", "count", "states much warmer than average", counted="states"),
    ],
})

DOCS.append({
    "id": "q10-22",
    "source": "usgov:www.doi.gov",
    "url": "https://www.doi.gov/news/pressreleases/2009_06_24_releaseB",
    "title": "Secretary Salazar Announces Upcoming BLM Oil and Gas Lease Sales, Lauds Progress in Balanced Energy Agenda",
    "published": "2009-06-24",
    "truncated": True,
    "note": ("Department of the Interior. Removed: headline (moved to title), 'Last edited "
             "09/29/2021'. Date from the URL. Cut by the store inside a quotation; the cut "
             "paragraph is dropped. '782,280 of those acres': span on the number, unit acre from "
             "'of those acres' (as test9 took mpg from a following unit). 'another 20 sales': "
             "'another' is not a qualifier."),
    "paragraphs": [
        "WASHINGTON, D.C. – Secretary of the Interior Ken Salazar today described the progress the Department of the Interior has made in the last six months to responsibly develop oil and gas resources on public lands as part of President Obama's comprehensive energy strategy for the United States. Since January, the Department of the Interior has offered more than 2.5 million acres of U.S. public lands, primarily in the West, for oil and natural gas development and companies have leased 782,280 of those acres, paying more than $60 million in bonus bids and leasing fees.",
        "“As part of President Obama's comprehensive energy strategy, our Bureau of Land Management has an active and robust program to responsibly develop onshore U.S. lands for traditional energy production,” Secretary of the Interior Ken Salazar said. “We have held 17 oil and gas lease sales since January and plan to hold another 20 sales in the next six months. Our nation needs a balanced approach to meet its energy needs today, continuing to rely on appropriate domestic sources of oil, gas and coal, while we accelerate the development of our vast renewable energy resources.”",
        "So far this year, the Bureau has offered 2,261,854 acres in 1,749 parcels and sold oil and gas development leases on 782,280 of those acres in 866 parcels, collecting $60,108,904 in revenue.",
        "For most federal oil and gas leases, 50 percent of the revenues collected are returned to the states where the oil and gas activity occurs. Of the remaining 50 percent of the revenues, 40 percent goes to a reclamation fund for water projects and 10 percent goes to the U.S. Treasury.",
    ],
    "quantities": [
        Q("the last six months", 6, "month", "duration", "period of progress in oil and gas development"),
        Q("more than 2.5 million acres", 2.5e6, "acre", "area", "public lands offered for oil and gas development since January", approx=True),
        Q("782,280", 782280, "acre", "area", "acres leased by companies"),
        Q("more than $60 million", 6e7, "USD", "money", "bonus bids and leasing fees paid", approx=True),
        Q("17", 17, "count", "count", "oil and gas lease sales held since January", counted="lease sales"),
        Q("20 sales", 20, "count", "count", "lease sales planned in the next six months", counted="sales"),
        Q("the next six months", 6, "month", "duration", "period of the planned lease sales"),
        Q("2,261,854 acres", 2261854, "acre", "area", "acres offered by the Bureau this year"),
        Q("1,749 parcels", 1749, "count", "count", "parcels offered", counted="parcels"),
        Q("782,280", 782280, "acre", "area", "acres sold for oil and gas development leases", after="leases on"),
        Q("866 parcels", 866, "count", "count", "parcels leased", counted="parcels"),
        Q("$60,108,904", 60108904, "USD", "money", "revenue collected from the lease sales"),
        Q("50 percent", 50, "percent", "percent", "lease revenues returned to the states"),
        Q("50 percent", 50, "percent", "percent", "remaining lease revenues", after="remaining"),
        Q("40 percent", 40, "percent", "percent", "revenues going to a reclamation fund"),
        Q("10 percent", 10, "percent", "percent", "revenues going to the U.S. Treasury"),
    ],
})

DOCS.append({
    "id": "q10-23",
    "source": "usgov:doi.gov",
    "url": "https://doi.gov/news/press-releases?page=102",
    "title": "Department of the Interior press releases, page 102",
    "published": None,
    "truncated": True,
    "note": ("Interior press-release listing: item headlines and summary paragraphs kept as "
             "paragraphs. Title written as a description; no date: published null. Removed: "
             "heading 'Press Releases', 'Read More' links, a leading space. Cut by the store "
             "inside the last summary (dropped). 'greater than a 29 percent increase': the "
             "qualifier is in the span (approximate). '$1B' is 1e9 USD. Fiscal years ('FY "
             "2019', 'FY 2021'), 'First', dates are not annotated."),
    "paragraphs": [
        "Oil Production from Department of the Interior Managed Leases Surpasses 1 Billion Barrels for the First Time in History Under the Trump Administration",
        "The Department of the Interior announced today that over one billion barrels of oil were produced in Fiscal Year (FY) 2019 from leases on federal and American Indian-owned lands and offshore areas – a historic milestone. This is greater than a 29 percent increase in production compared to the end of the previous Administration, which totaled 808.7 million barrels in FY 2016, and represents a 122.5-million-barrel increase in production compared to FY 2018.",
        "Interior Announces Region-Wide Oil and Gas Lease Sale for Gulf of Mexico",
        "In support of President Trump’s America-First Offshore Energy Strategy, U.S. Secretary of the Interior David Bernhardt announced today that the Bureau of Ocean Energy Management (BOEM) will offer over 78 million acres for a region-wide lease sale scheduled for March 18, 2020. The sale would include all available unleased areas in federal waters of the Gulf of Mexico.",
        "President Trump’s Budget Proposes $12.8 Billion for Department of the Interior Programs in FY 2021 – Invests $1B for a Stronger Interior Wildland Fire Program",
        "Today, President Donald J. Trump proposed a $12.8 billion Fiscal Year (FY) 2021 budget for the Department of the Interior, including a new, innovative $50 million initiative that would begin to transform and build a more stable and permanent wildland firefighting workforce to better align with the challenges of prolonged periods of wildfire activity and the need to more aggressively implement active vegetation management.",
        "Interior Announces More Than $170 Million in Conservation Funding for States and Tribes to Reclaim and Repurpose Abandoned Coal Mines",
    ],
    "quantities": [
        Q("1 Billion Barrels", 1e9, "barrel", "volume", "oil produced from Interior-managed leases"),
        Q("over one billion barrels", 1e9, "barrel", "volume", "oil produced in FY 2019 from federal and Indian leases", approx=True),
        Q("greater than a 29 percent", 29, "percent", "percent", "increase in production since FY 2016", approx=True),
        Q("808.7 million barrels", 8.087e8, "barrel", "volume", "oil production in FY 2016"),
        Q("122.5-million-barrel", 1.225e8, "barrel", "volume", "increase in production compared to FY 2018"),
        Q("over 78 million acres", 7.8e7, "acre", "area", "Gulf of Mexico areas offered for a lease sale", approx=True),
        Q("$12.8 Billion", 1.28e10, "USD", "money", "proposed budget for Interior programs"),
        Q("$1B", 1e9, "USD", "money", "investment in the Interior wildland fire program"),
        Q("$12.8 billion", 1.28e10, "USD", "money", "proposed FY 2021 Interior budget"),
        Q("$50 million", 5e7, "USD", "money", "wildland firefighting workforce initiative"),
        Q("More Than $170 Million", 1.7e8, "USD", "money", "conservation funding to reclaim abandoned coal mines", approx=True),
    ],
})

DOCS.append({
    "id": "q10-24",
    "source": "usgov:www.dvidshub.net",
    "url": "https://www.dvidshub.net/news/507188/military-airlifts-supplies-displaced-people-philippines",
    "title": "Military Airlifts Supplies, Displaced People in Philippines",
    "published": "2013-11-14",
    "truncated": False,
    "note": ("Whole as stored. Removed: the metadata block at the end ('Story by ...', 'Date "
             "Taken', 'Date Posted', 'Story ID', 'Location', 'Web Views', 'Downloads', the "
             "copyright-restrictions line); date from 'Date Taken'. 'flight hours' are a "
             "duration in hours. Modifiers between number and noun stop the span ('186' aircraft "
             "sorties, 'nearly 1,200' relief workers, 'nearly 2,900' displaced people, 'more "
             "than 600' U.S. military personnel). Plain 'tons' is metric_ton (guideline). "
             "'Haiyan/Yolanda', 'USS George Washington', '31st' are not quantities."),
    "paragraphs": [
        "U.S. military assets have delivered approximately 623,000 pounds of relief supplies provided by the U.S. Agency for International Development since the start of Operation Damayan, the relief effort in support of the government of the Philippines in the wake of Typhoon Haiyan/Yolanda.",
        "In addition to the delivery of relief supplies, U.S. military aircraft have logged nearly 480 flight hours in 186 aircraft sorties, moved nearly 1,200 relief workers into Tacloban and have airlifted nearly 2,900 displaced people from the affected areas to date.",
        "Over the last 24 hours, more than 118 tons of food, water and shelter items have been delivered to Tacloban, Borongan and Guiuan -- some of the hardest-hit regions.",
        "A joint contingent of more than 600 U.S. military personnel is currently ashore in the Philippines; the USS George Washington Strike Group has more than 6,200 sailors supporting air operations. An additional 1,000 Marines and sailors with the 31st Marine Expeditionary Unit are expected to arrive in approximately five days.",
        "At the request of the government of the Philippines, international military forces in the region are also ramping up their support. Australia, India, Japan, Malaysia, Singapore, South Korea and Taiwan are currently providing aircraft and/or medical personnel to assist in the relief operations.",
        "Similar military support from Brunei, Great Britain, New Zealand and Thailand is also expected.",
    ],
    "quantities": [
        Q("approximately 623,000 pounds", 623000, "pound", "mass", "relief supplies delivered by U.S. military assets", approx=True),
        Q("nearly 480 flight hours", 480, "hour", "duration", "flight hours logged by U.S. military aircraft", approx=True),
        Q("186", 186, "count", "count", "aircraft sorties", counted="sorties"),
        Q("nearly 1,200", 1200, "person", "count", "relief workers moved into Tacloban", approx=True),
        Q("nearly 2,900", 2900, "person", "count", "displaced people airlifted", approx=True),
        Q("the last 24 hours", 24, "hour", "duration", "period of the latest deliveries"),
        Q("more than 118 tons", 118, "metric_ton", "mass", "food, water and shelter items delivered", approx=True),
        Q("more than 600", 600, "person", "count", "U.S. military personnel ashore in the Philippines", approx=True),
        Q("more than 6,200 sailors", 6200, "person", "count", "sailors of the USS George Washington Strike Group", approx=True),
        Q("1,000 Marines", 1000, "person", "count", "additional Marines and sailors expected"),
        Q("approximately five days", 5, "day", "duration", "time until the Marines arrive", approx=True),
    ],
})

DOCS.append({
    "id": "q10-25",
    "source": "usgov:www.airforcemedicine.af.mil",
    "url": "https://www.airforcemedicine.af.mil/News/Display/Article/3599979/us-airlifts-critical-humanitarian-supplies-to-egypt-to-support-aid-delivery-in/",
    "title": "U.S. airlifts critical humanitarian supplies to Egypt to support aid delivery in Gaza",
    "published": None,
    "truncated": True,
    "note": ("USAID Office of Press Relations release posted on an Air Force site. Removed: the "
             "four-line '.mil' site banner, headline (moved to title), the 'Published' / 'By "
             "Office of Press Relations' / 'USAID' bullets. No date shown: published null. Cut "
             "by the store; kept to the last complete sentence. '24.5 metric tons, more than "
             "54,000 pounds' are two quantities (the same load in two units). 'thousands of "
             "people': vague plural, 2000, approximate. 'C-17' is a name."),
    "paragraphs": [
        "Today, the U.S. airlifted 24.5 metric tons, more than 54,000 pounds, of UN humanitarian supplies to provide vitally needed medical supplies and food and nutrition assistance to the people of Gaza. A U.S. Air Force C-17 aircraft delivered the items to Egypt, where they will be transported via ground into Gaza and then distributed by UN agencies. The U.S. is planning additional flights in the coming days. This is in addition to the more than 500,000 pounds of food assistance delivered by the U.S. last week alone.",
        "Today’s flight includes medical supplies to support the health system in Gaza and ready-to-use foods for the displaced populations, both adults and children. With 1.7 million people internally displaced and 2.2 million in need of humanitarian assistance, increased humanitarian supplies are essential to saving lives and alleviating suffering for the most vulnerable.",
        "At the request of USAID, the Department of Defense U.S. Central Command, began transporting these life-saving supplies to help thousands of people amid a humanitarian pause in hostilities to further a surge of life-saving assistance to Palestinian civilians. The U.S. will continue to lead the humanitarian response in Gaza to further support those in desperate need.",
        "The U.S. has mobilized $100 million in humanitarian assistance to help civilians affected by the conflict.",
    ],
    "quantities": [
        Q("24.5 metric tons", 24.5, "metric_ton", "mass", "UN humanitarian supplies airlifted for Gaza"),
        Q("more than 54,000 pounds", 54000, "pound", "mass", "UN humanitarian supplies airlifted for Gaza", approx=True),
        Q("more than 500,000 pounds", 500000, "pound", "mass", "food assistance delivered last week", approx=True),
        Q("1.7 million people", 1.7e6, "person", "count", "people internally displaced in Gaza"),
        Q("2.2 million", 2.2e6, "person", "count", "people in need of humanitarian assistance"),
        Q("thousands", 2000, "person", "count", "people helped by the supplies", approx=True),
        Q("$100 million", 1e8, "USD", "money", "humanitarian assistance mobilized by the U.S."),
    ],
})

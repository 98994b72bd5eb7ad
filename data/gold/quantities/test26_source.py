"""Readable source of the sealed quantities test set ``test26.jsonl`` (annotated blind by sqy26).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test26.py``, through test22's and test20's builders and
``checklib.build_paragraph_docs``) finds it from the end of the previous record (or after an
``after`` anchor) and fills the offsets and the normalized fields. Keys: ``text``, ``value``,
``high`` (range upper bound), ``unit``, ``kind``, ``about``, ``approx``, ``counted`` (for
``unit: "count"``). Same helpers and record format as ``test24_source.py``.
"""

from checklib import quantity_record as q  # one definition for every quantities source


def c(text, value, counted, about, approx=False, high=None, after=None):
    """Return a count record (unit count, kind count)."""
    return q(text, value, "count", "count", about, approx, high, counted=counted, after=after)


def person(text, value, about, approx=False, high=None, after=None):
    """Return a person count record."""
    return q(text, value, "person", "count", about, approx, high, after=after)


def p(text, value, about, approx=False, high=None, after=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high, after=after)


def frac(text, value, about, approx=False, high=None, after=None):
    """Return a fraction record (kind percent, normalized to percent)."""
    return q(text, value, "fraction", "percent", about, approx, high, after=after)


def ln(text, value, unit, about, approx=False, high=None, after=None):
    """Return a length record."""
    return q(text, value, unit, "length", about, approx, high, after=after)


def ar(text, value, unit, about, approx=False, high=None, after=None):
    """Return an area record."""
    return q(text, value, unit, "area", about, approx, high, after=after)


def vol(text, value, unit, about, approx=False, high=None, after=None):
    """Return a volume record."""
    return q(text, value, unit, "volume", about, approx, high, after=after)


def mass(text, value, unit, about, approx=False, high=None, after=None):
    """Return a mass record."""
    return q(text, value, unit, "mass", about, approx, high, after=after)


def dur(text, value, unit, about, approx=False, high=None, after=None):
    """Return a duration record."""
    return q(text, value, unit, "duration", about, approx, high, after=after)


def oth(text, value, unit, about, approx=False, high=None, after=None):
    """Return a record of kind other (energy, power, temperature, pressure, angle, age, multiplier)."""
    return q(text, value, unit, "other", about, approx, high, after=after)


def rate(text, value, unit, about, approx=False, high=None, after=None):
    """Return a rate record (speeds included)."""
    return q(text, value, unit, "rate", about, approx, high, after=after)


def usd(text, value, about, approx=False, high=None, after=None):
    """Return a money record in USD."""
    return q(text, value, "USD", "money", about, approx, high, after=after)


MIRROR = ("VOA text as stored on a language-learning mirror site (the story's own words; the "
          "mirror's Chinese header, dates and study notes are removed). Numbers glued to words "
          "('Doughty 1', 'Arctic 2 Ocean') are the mirror's footnote marks, kept verbatim and not "
          "quantities. ")

DOCS = [
    {
        "id": "qt26-01",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/34479.html",
        "title": "SCIENCE IN THE NEWS (VOA Special English, October 2009): Arctic sea ice",
        "published": None,
        "truncated": True,
        "note": (MIRROR + "VOA Special English 'Science in the News' of October 2009 (the mirror "
                 "files it under VOA Special English, October 2009; the page's own date 2018-12-07 "
                 "is the mirror's posting date, so published is left empty). Removed: the "
                 "mirror's header line (date, author, category, site name) and a photo caption "
                 "('Arctic sea ice on the Chukchi Sea'); the stored text has no headline, so the title names the programme and its first topic. Speaker labels and '(MUSIC)' are kept as "
                 "lines. The store cuts the page inside a sentence ('the third lowest since'); "
                 "kept to the last complete sentence. 'two thousand eight' and 'two thousand "
                 "seven' are years."),
        "paragraphs": [
            "VOICE ONE:",
            "This is SCIENCE IN THE NEWS in VOA Special English. I'm Bob Doughty 1.",
            "VOICE TWO:",
            "And I'm Barbara Klein. This week, we will tell the latest about sea ice in the Arctic "
            "2 Ocean. We will also tell about an international competition involving "
            "solar-powered houses. And, we will tell about a new public observatory 3 in "
            "Washington, DC.",
            "(MUSIC)",
            "VOICE ONE:",
            "The warmest season in the Arctic Ocean could never be described as warm. Yet some sea "
            "ice in the Arctic melts each year during summer in the Northern Hemisphere 4. Then it "
            "freezes again in the winter. The total of sea ice is known as the sea ice extent. The "
            "ice is important because it helps keep the Arctic cold and reduces extremes in the "
            "Earth's climate.",
            "Experts say the Arctic sea ice extent is under threat. But there is some good news "
            "about the extent, at least for now. Scientists say a little more ice covered the "
            "Arctic in September than in September of two thousand eight. The scientists work for "
            "the National Snow and Ice Data Center at the University of Colorado in Boulder 5.",
            "September is the month when the sea ice extent is at its lowest. The scientists say "
            "the average Arctic sea ice extent last month was about five million square "
            "kilometers. This was more than one million square kilometers more than the record "
            "low for September. The record low was set in two thousand seven.",
            "VOICE TWO:",
            "Mike Steele is an ocean expert at the University of Washington in Seattle. He says "
            "sea surface temperatures in the Arctic were higher than normal last month. But skies "
            "were cloudy during the summer. That caused lower temperatures, which slowed loss of "
            "ice. Atmospheric 6 conditions in August and September also helped to spread the ice. "
            "They kept the sea ice extent higher.",
        ],
        "quantities": [
            ar("about five million square kilometers", 5000000, "square_kilometer",
               "average Arctic sea ice extent in September", approx=True),
            ar("more than one million square kilometers", 1000000, "square_kilometer",
               "amount by which the extent exceeded the September record low", approx=True),
        ],
    },
    {
        "id": "qt26-02",
        "source": "voa:luyenanhvan.blogspot.com",
        "url": "https://luyenanhvan.blogspot.com/2009/08",
        "title": "U.S. Seeks to Increase Ocean Fish Farming",
        "published": None,
        "truncated": True,
        "note": ("VOA Special English Agriculture Report (June 2005: the bill 'of two thousand "
                 "five' was sent to Congress 'on June seventh') as kept on a language-learning "
                 "blog's August 2009 archive page; the blog's date is not the story's, so "
                 "published is left empty. Removed: the blog post's title line and its repetition "
                 "(moved to title) and the byline 'Written by Mario Ritter'. The store cuts the page "
                 "inside a sentence ('The nation imports about seventy percent of i'); kept to the "
                 "last complete sentence. 'up to three hundred twenty kilometers' keeps its "
                 "qualifier; 'ten-year' permits is a compound-adjective duration; 'two thousand "
                 "five' is a year (part of the act's name)."),
        "paragraphs": [
            "I’m Gwen Outen with the VOA Special English Agriculture Report.",
            "Most fish farming involves freshwater fish. Eighty-five percent of aquaculture in the "
            "United States is done in rivers and lakes. Production at sea mostly involves "
            "shellfish harvested close to shore.",
            "But a proposed American law could greatly increase ocean aquaculture. It would permit "
            "fish farming up to three hundred twenty kilometers from shore. The bill is called the "
            "National Offshore Aquaculture Act of two thousand five. The administration of "
            "President Bush sent the measure to Congress on June seventh.",
            "Fishing laws limit the size and time of year of harvests. The proposed changes would "
            "define aquaculture harvesting as something other than fishing.",
            "The secretary of commerce would gain the power to sell ten-year permits to operate "
            "ocean farms. Production would take place within waters called the Exclusive Economic "
            "Zone. Foreign companies could buy the permits if they have an American business "
            "agent. The secretary could also establish environmental requirements if existing ones "
            "are not enough.",
            "Some experts say more fish farming could help wild populations recover from "
            "over-fishing. But critics say strong rules are needed so fish farms do not threaten "
            "the environment or wild fish populations. Fishermen's groups worry about possible "
            "effects on traditional fisheries.",
            "Pollution is a concern. Also, farmed fish can escape into wild populations. And "
            "farmed fish are fed wild-caught fish.",
            "Conrad Lautenbacher heads the National Oceanic and Atmospheric Administration in the "
            "Commerce Department. He says the goal is to balance the needs of fishermen, coastal "
            "areas, seafood consumers, the environment and the aquaculture industry.",
            "Demand for seafood is increasing. There are strong economic reasons for the United "
            "States to increase its aquaculture operations.",
        ],
        "quantities": [
            p("Eighty-five percent", 85, "aquaculture in the United States done in rivers and lakes"),
            ln("up to three hundred twenty kilometers", 320, "kilometer",
               "distance from shore allowed for fish farming", approx=True),
            dur("ten-year", 10, "year", "permits to operate ocean farms"),
        ],
    },
    {
        "id": "qt26-03",
        "source": "voa:globalsecurity.org",
        "url": "https://www.globalsecurity.org/space/library/news/2009/space-091028-voa01.htm",
        "title": "NASA Finally Launches New Rocket",
        "published": "2009-10-28",
        "truncated": False,
        "note": ("VOA News story ('By VOA News, 28 October 2009') as kept in GlobalSecurity.org's "
                 "news library. Removed: the headline (moved to title), byline and date lines and "
                 "the site's newsletter footer. 'speeds exceeding four times the speed of sound' is "
                 "a multiplier ('exceeding' is a qualifier, so approximate); 'two minute' flight is "
                 "a compound-adjective duration; 'by 2020' and 'next year' are points in time."),
        "paragraphs": [
            "After delays of more than a day, the U.S. space agency NASA has finally launched its "
            "newest rocket, the Ares I-X.",
            "The weather cleared Wednesday at the Kennedy Space Center in Florida to allow the "
            "rocket to be launched. The rocket reached speeds exceeding four times the speed of "
            "sound and an altitude of 40 kilometers during its two minute flight.",
            "Ares left the Earth's atmosphere and sent back video before falling back to Earth. "
            "The rocket parachuted into the Atlantic Ocean, where officials say recovery "
            "operations are under way.",
            "NASA engineers say the flight was a test of new concepts for rocket design. They hope "
            "to learn valuable information about the craft's performance from the 700 sensors it "
            "carries. The next-generation rocket is a modified version of the space shuttle's "
            "solid-fuel booster.",
            "The mission is part of NASA's plan to return astronauts to the moon by 2020, and to "
            "transport crews and supplies to the International Space Station.",
            "The space shuttle fleet is scheduled to be phased out next year.",
        ],
        "quantities": [
            dur("more than a day", 1, "day", "delays before the Ares I-X launch", approx=True),
            oth("exceeding four times", 4, "multiplier", "rocket's speed relative to the speed of sound",
                approx=True),
            ln("40 kilometers", 40, "kilometer", "altitude reached by the Ares I-X"),
            dur("two minute", 2, "minute", "Ares I-X flight"),
            c("700 sensors", 700, "sensors", "sensors carried by the rocket"),
        ],
    },
    {
        "id": "qt26-04",
        "source": "voa:thecherrycreeknews.com",
        "url": "https://thecherrycreeknews.com/bp-says-oil-spill-stop-coming-in-a-few-days",
        "title": "BP says oil spill stop coming in a few days",
        "published": None,
        "truncated": True,
        "note": ("VOA News report of May 2010 on the Deepwater Horizon spill ('Chief Petty Officer "
                 "Brandon Blackwell tells VOA') as re-posted on a local news site; no wire credit "
                 "and VOA's metric style (liters, kilometers, meters). The page has no date "
                 "(published empty) and no headline (the title is taken from the page address). The "
                 "store cuts the page inside a sentence ('BP says it'); kept to the last complete "
                 "sentence. Parenthetical glosses '(the southern U.S. state of)' are verbatim. "
                 "'the next several days' is spanned 'several days' (3, approximate); 'hundreds of "
                 "thousands of liters of oil each day' is one rate (the per-unit follows the "
                 "inserted 'of oil'; vague plural 200,000, approximate); in 'about 795,000 liters "
                 "of oil into the gulf each day' the frequency is separated by 'into the gulf', so "
                 "only the volume is annotated; 'two other leaks' stops at the number."),
        "paragraphs": [
            "The BP oil company says it hopes to stop the principal oil leak at a well in the Gulf "
            "of Mexico in the next several days.",
            "The company said on Wednesday it successfully covered a smaller leak from the damaged "
            "underwater oil well, but that will have no effect on two other leaks. The damaged "
            "well is spewing hundreds of thousands of liters of oil each day.",
            "U.S. Coast Guard Chief Petty Officer Brandon Blackwell tells VOA that the sealed leak "
            "was the farthest from the original oil well.",
            "He says BP is planning Thursday to begin moving a massive containment chamber "
            "designed to stop the largest leak. The company says the 98-ton structure would "
            "collect oil from that leak and send it through a pipe to the surface where it can be "
            "collected on a barge.",
            "The Coast Guard says the exact size of the spill is hard to determine, since the "
            "spill is constantly shifting.",
            "It says the main body of the slick remains eight to 15 kilometers off the coast of "
            "(the southern U.S. state of) Louisiana.",
            "The Coast Guard says there have been reports of oil reaching the Louisiana coast, as "
            "well as that of (the neighboring state of) Mississippi, but that those reports have "
            "not been confirmed.",
            "BP has said it hopes to have the containment structure in place by the end of the "
            "week. Blackwell says the company is moving cautiously and slowly and investigating "
            "the best plan of action as maneuvering the chamber is a delicate process.",
            "The company says it has never attempted such a containment at a depth of more than "
            "1,500 meters, and cannot guarantee that the effort will be successful.",
            "Officials estimate the spill is pouring about 795,000 liters of oil into the gulf "
            "each day.",
            "BP also says efforts to seal the leak include construction of a relief well that "
            "could take about three months to drill.",
            "Chemical dispersants also are being pumped down to the source of the leak in an "
            "effort to keep the oil from flowing to the surface. So far, more than 590,000 liters "
            "of dispersant have been applied to the spill.",
        ],
        "quantities": [
            dur("several days", 3, "day", "time BP hopes to need to stop the principal leak",
                approx=True),
            c("two", 2, "leaks", "other leaks from the damaged well"),
            rate("hundreds of thousands of liters of oil each day", 200000, "liter/day",
                 "oil spewing from the damaged well", approx=True),
            mass("98-ton", 98, "metric_ton", "containment structure"),
            ln("eight to 15 kilometers", 8, "kilometer", "distance of the slick's main body off "
               "Louisiana", high=15),
            ln("more than 1,500 meters", 1500, "meter", "depth of containment BP never attempted",
               approx=True),
            vol("about 795,000 liters", 795000, "liter", "oil pouring into the gulf each day",
                approx=True),
            dur("about three months", 3, "month", "time to drill a relief well", approx=True),
            vol("more than 590,000 liters", 590000, "liter", "dispersant applied to the spill",
                approx=True),
        ],
    },
    {
        "id": "qt26-05",
        "source": "voa:readingworkbook.blogspot.com",
        "url": "http://readingworkbook.blogspot.com/2011/04/",
        "title": "The Missouri River (VOA Special English, EXPLORATIONS)",
        "published": None,
        "truncated": True,
        "note": ("VOA Special English EXPLORATIONS script as kept on a reading-practice blog (post "
                 "of 26 April 2011, '\"The Missouri River\" from VOA'; the broadcast date is not "
                 "given, so published is left empty). Removed: the blog's date line and post "
                 "title (moved to title) and the subheading 'French Fur Trade' at which the store "
                 "cuts the page. Two sentences end without a full stop in the stored text "
                 "('Saint Louis', 'the Mississippi'); kept verbatim. 'three rivers' and 'The three "
                 "rivers' are counts; 'Sixteen-Seventy-Three' is a year."),
        "paragraphs": [
            "This is Shirley Griffith. And this is Steve Ember with the VOA Special English "
            "program, EXPLORATIONS.",
            "Today, we tell about another important American river, the Missouri. It is the "
            "longest river in the United States. The first American Indians to live along the "
            "Missouri River called the river the Mine Sose. It means the muddy river. Even today, "
            "the Missouri is called \"the Big Muddy\" by many people. This is because it carries "
            "huge amounts of dirt from the land through which it flows. The dirt makes the river a "
            "brown color for much of its length.",
            "The Missouri begins in the Rocky Mountains of North America. It is formed by three "
            "rivers that come together in what is the north central state of Montana. The three "
            "rivers are the Jefferson, Madison, and Gallatin Rivers. They become the Missouri "
            "River in the southwestern part of Montana, more than 1,200 meters above sea level. "
            "The river is clear and flows rapidly as it begins its travels east and south. It "
            "moves more slowly as it flows down to the waters of the Mississippi River, about ten "
            "kilometers north of the modern-day city of Saint Louis",
            "The Missouri travels 4,000 kilometers from the high mountains in the north to the low "
            "lands of the south. It flows along the borders of seven states: Montana, North "
            "Dakota, South Dakota, Iowa, Nebraska, Kansas, and finally Missouri.",
            "The first Europeans who reported seeing the river were at the mouth of the Missouri "
            "where it empties into the Mississippi. They were French explorers Jacques Marquette "
            "and Louis Jolliet. In Sixteen-Seventy-Three, they were traveling down the Mississippi "
            "in a small wooden boat when they heard a great noise of water moving at great speed. "
            "Father Marquette wrote that he felt great fear. He saw large trees floating into the "
            "Mississippi River. They were carried in violently moving muddy water. The muddy water "
            "was the Missouri River which emptied into the western side of the Mississippi",
        ],
        "quantities": [
            c("three rivers", 3, "rivers", "rivers that form the Missouri"),
            c("three rivers", 3, "rivers", "the Jefferson, Madison and Gallatin Rivers"),
            ln("more than 1,200 meters", 1200, "meter", "elevation where the Missouri River begins",
               approx=True),
            ln("about ten kilometers", 10, "kilometer",
               "distance of the Missouri's mouth north of Saint Louis", approx=True),
            ln("4,000 kilometers", 4000, "kilometer", "length of the Missouri River"),
            c("seven states", 7, "states", "states along the Missouri's borders"),
        ],
    },
    {
        "id": "qt26-06",
        "source": "voa:voa-story.com",
        "url": "https://voa-story.com/?p=131848",
        "title": "Helios Aircraft",
        "published": None,
        "truncated": True,
        "note": ("VOA Special English science item (the Helios record flight of 13 August 2001; "
                 "no date in the stored text, published empty) as kept by a site of VOA Special "
                 "English scripts. Removed: the item heading (moved to title); cut by the annotator "
                 "at the next item ('Place Names', a listener question). The store's copy has lost "
                 "many spaces at line ends ('doit', 'Anaircraft', 'ofspace', 'hasmore', "
                 "'ProjectHelios', 'oftwenty-...', 'thanseventy-five', 'fourteenpropellers', "
                 "'cellsthat'); kept verbatim. A span may not cut a word, so the glued tokens are "
                 "spanned whole: 'oftwenty-nine-thousand-four-hundred-thirteen meters' (29,413 "
                 "meters) and 'fourteenpropellers' (14); 'a little more thanseventy-five meters' "
                 "keeps its qualifier. 'Fourteen electric motors' and 'sixty-six-thousand solar "
                 "cells' stop at the number (a modifier intervenes). In 'several weeks or months' "
                 "'several' also governs 'months' (3, approximate); 'several days', 'several "
                 "months', 'several purposes' are 3 (approximate)."),
        "paragraphs": [
            "If you wanted to fly to the very edge of space, how would you doit? Once you got "
            "there, how long do you think you could stay? Anaircraft powered by the sun might be "
            "able to stay near the edge ofspace for several days or maybe several months. Shep "
            "O’Neal hasmore.",
            "On August Thirteenth, an unusual looking aircraft of ProjectHelios set a new record "
            "during a test flight above the Americanstate of Hawaii. It flew higher than any other "
            "aircraft in theworld. It reached an altitude "
            "oftwenty-nine-thousand-four-hundred-thirteen meters.",
            "The Helios aircraft is an American space agency support projectbuilt by the "
            "Aerovironment Company of Monrovia, California. It hasno pilot. It is controlled from "
            "the ground by radio. It looks like ahuge wing without a tail. The wing is a little "
            "more thanseventy-five meters long. That is longer than the wings on mostlarge "
            "passenger airplanes. Fourteen electric motors turn fourteenpropellers. The motors are "
            "powered by sixty-six-thousand solar cellsthat make electricity from sunlight.",
            "NASA research scientists say this huge flying wing will have manyuses in the future. "
            "They hope that a future Helios aircraft will beable to fly at extreme altitudes for "
            "several weeks or months.",
            "These aircraft could serve several purposes. These might includenew and advanced "
            "methods of telling what the weather will be. Forexample, Helios could be used to "
            "observe the movement of huge oceanstorms. It could fly high above their fierce winds. "
            "It could also beused as an advanced method of communications. It might also be "
            "usedto observe the environment.",
            "NASA scientists say this kind of aircraft will cost a great dealless than a satellite "
            "placed in space. And it will be able to domuch of the same work. Scientists say this "
            "kind of aircraft mightalso be used to explore the planet Mars. They say it could fly "
            "longdistances through the thin atmosphere and send pictures back toEarth.",
        ],
        "quantities": [
            dur("several days", 3, "day", "time a solar aircraft might stay near the edge of space",
                approx=True),
            dur("several months", 3, "month", "time a solar aircraft might stay near the edge of "
                "space", approx=True),
            ln("oftwenty-nine-thousand-four-hundred-thirteen meters", 29413, "meter",
               "record altitude reached by Helios"),
            ln("a little more thanseventy-five meters", 75, "meter", "length of the Helios wing",
               approx=True),
            c("Fourteen", 14, "motors", "electric motors of Helios"),
            c("fourteenpropellers", 14, "propellers", "propellers turned by the motors"),
            c("sixty-six-thousand", 66000, "solar cells", "solar cells powering the motors"),
            dur("several weeks", 3, "week", "time a future Helios could fly at extreme altitudes",
                approx=True),
            dur("months", 3, "month", "time a future Helios could fly at extreme altitudes",
                approx=True),
            c("several purposes", 3, "purposes", "purposes such aircraft could serve", approx=True),
        ],
    },
    {
        "id": "qt26-07",
        "source": "voa:testbig.com",
        "url": "http://testbig.com/voa/wonders-world-part-2",
        "title": "Wonders of the World, Part 2",
        "published": "2004-08-31",
        "truncated": True,
        "note": ("VOA Special English EXPLORATIONS script (2004-8-31 on the page) as kept on a "
                 "language-learning site. Removed: the title (moved to title), 'Reading audio' and "
                 "the date line. The script's hard line breaks are joined with one space; speaker "
                 "labels and '(MUSIC)' are kept as lines. The store cuts the page inside a "
                 "sentence ('a sleeping volcano about three thousand s'); that sentence is "
                 "dropped. 'the second of three programs' is an ordinal plus a count; 'structures "
                 "built hundreds or thousands of years ago' anchors points in time (not "
                 "annotated); 'a few' and 'several' are 3 (approximate); 'the nineteen-thirties' "
                 "is a decade."),
        "paragraphs": [
            "(MUSIC)",
            "VOICE ONE:",
            "This is Faith Lapidus.",
            "VOICE TWO:",
            "And this is Steve Ember with EXPLORATIONS in VOA Special English. Today we bring you "
            "the second of three programs about beautiful and unusual places in our world. Last "
            "week, we told about structures built hundreds or thousands of years ago. Today we "
            "tell about some of the great natural Wonders of the World. We do not have time to "
            "visit all these places, but here are a few from several different countries.",
            "(MUSIC)",
            "VOICE ONE:",
            "We begin our program today high in the southeastern mountains of Venezuela. Water "
            "falls from a mountain called Auyan-tepui (au-YAN tay-PWEE) or Devil Mountain. The "
            "water falls from a height of nine hundred seventy-nine meters. It ends in an area "
            "called Devil's Canyon. The water begins to fall in a tightly controlled stream. "
            "However it ends in a beautiful white cloud of water spray.",
            "This waterfall is the highest in the world. The local native people called it the "
            "Churun Meru. It is now called Angel Falls. An American pilot named Jimmy Angel saw "
            "the beautiful waterfall for the first time in the nineteen-thirties. He was flying "
            "alone in a small airplane looking for gold when he saw water falling from a great "
            "height. Some time later several friends said the waterfall should be named after "
            "Jimmy Angel.",
            "VOICE TWO:",
            "A small airplane is still the best way to enjoy this beautiful sight. You can also "
            "visit the area under the falls after a three-and-a-half-hour boat ride and a "
            "one-hour walk through the jungle. And you can see Jimmy Angel's little airplane if "
            "you visit Venezuela. It is considered a national treasure.",
            "(MUSIC)",
            "VOICE ONE:",
            "From a waterfall in Venezuela, we travel to another mountain. This one is in Japan. "
            "It is one of the most photographed mountains in the world. It is Mount Fuji on the "
            "island of Honshu. The Japanese call it Fujisan and they say it with love and honor.",
        ],
        "quantities": [
            c("three programs", 3, "programs", "programs about wonders of the world"),
            c("a few", 3, "places", "natural wonders visited in the program", approx=True),
            c("several", 3, "countries", "countries of the wonders visited", approx=True),
            ln("nine hundred seventy-nine meters", 979, "meter", "height of Angel Falls"),
            person("several friends", 3, "friends who proposed naming the falls after Jimmy Angel",
                   approx=True),
            dur("three-and-a-half-hour", 3.5, "hour", "boat ride to the area under Angel Falls"),
            dur("one-hour", 1, "hour", "walk through the jungle to Angel Falls"),
        ],
    },
    {
        "id": "qt26-08",
        "source": "voa:edustation.pl",
        "url": "http://www.w.edustation.pl/nauka/angielski/teksty/srodowisko/severe-weather-how-ocean-storms-work-part-2/",
        "title": "Severe Weather: How Ocean Storms Work, Part 2",
        "published": None,
        "truncated": True,
        "note": ("Second half of the VOA Special English 'Science in the News' programme of August "
                 "2010 (Hurricane Katrina's fifth anniversary) as kept on a Polish language-"
                 "learning site; the first half of that programme is in an opened set, this half "
                 "is not (its sentences were checked). Removed: the site's registration banner, "
                 "level and topic labels and the title (moved to title). The store keeps the text "
                 "as one run with the speaker labels inline ('BOB DOUGHTY:The'); kept as one "
                 "paragraph. Cut by the store inside a sentence ('break win'); kept to the last "
                 "complete sentence. 'category one' and 'category two' are scale names (not "
                 "quantities); 'about one hundred twenty to one hundred fifty kilometers an hour' "
                 "is one range of speed."),
        "paragraphs": [
            "BOB DOUGHTY:The National Hurricane Center in Miami, Florida, keeps watch on severe "
            "storms. It works closely with public officials and with radio and television "
            "stations to keep people informed. Experts believe this early warning system has "
            "helped reduce deaths from ocean storms in recent years. But sometimes people cannot "
            "or will not flee the path of a storm. That is what happened in many places in New "
            "Orleans. BARBARA KLEIN: Weather scientists use computer programs to create models "
            "that show where a storm might go. The programs combine information such as "
            "temperatures, wind speed, atmospheric pressure and the amount of water in the "
            "atmosphere. Scientists collect the information with satellites, weather balloons and "
            "devices floating in the world's oceans. They also collect information from ships and "
            "passenger flights and from government planes. These planes fly into and around "
            "storms. The crews drop instruments attached to parachutes. The instruments report "
            "temperature, pressure, wind speed and other conditions. BOB DOUGHTY:Scientists use "
            "the Saffir-Simpson Hurricane Scale to measure the intensity of storms based on wind "
            "speed. It provides an idea of the amount of coastal flooding and property damage that "
            "might be expected. The scale is divided into five groups or categories. The mildest "
            "hurricane is called category one. It has winds of about one hundred twenty to one "
            "hundred fifty kilometers an hour. This storm can damage trees and lightweight "
            "structures. It can also cause flooding. Wind speeds in a category two hurricane can "
            "reach close to one hundred eighty kilometers an hour.",
        ],
        "quantities": [
            c("five groups", 5, "groups", "groups or categories of the Saffir-Simpson scale"),
            rate("about one hundred twenty to one hundred fifty kilometers an hour", 120,
                 "kilometer/hour", "winds of a category one hurricane", approx=True, high=150),
            rate("close to one hundred eighty kilometers an hour", 180, "kilometer/hour",
                 "wind speeds in a category two hurricane", approx=True),
        ],
    },
    {
        "id": "qt26-09",
        "source": "voa:archive.org.ua",
        "url": "https://archive.org.ua/archive/2016-12-09/learningenglish.voanews.com/api/zqmiqoek-iqi",
        "title": "America's National Parks: Glacier Bay: A Land Reborn",
        "published": None,
        "truncated": True,
        "note": ("VOA Learning English 'America's National Parks' story as it stands in VOA's own "
                 "RSS feed (learningenglish.voanews.com/api/...), archived on 2016-12-09; the story "
                 "date is not in the stored text (published empty). Removed: the feed's channel "
                 "title and description, the preceding feed item (Virgin Islands National Park) "
                 "with its timestamps, the labels 'Level TwoFeatured Stories' and the series and "
                 "story title (moved to title), and the inline subheading 'A land reborn'. The "
                 "store cuts the feed inside a sentence ('The extremely'); kept to the last "
                 "complete sentence. 'about 4,000 years ago' anchors a point in time (not "
                 "annotated); 'the last seven million years' is spanned 'seven million years'; "
                 "'hundreds' (kinds of animals) is a vague plural (200, approximate); 'eight major "
                 "national parks' stops at the number; 'the 1700s' is a period."),
        "paragraphs": [
            "This week in our travels through America’s national parks, we revisit the state of "
            "Alaska. The northernmost state is home to eight major national parks. Today, we visit "
            "one of its most famous parks – Glacier Bay. This huge park in the southeastern part "
            "of the state covers more than 1 million hectares of Alaskan wilderness. It includes "
            "mountains, glaciers, fjords, and even rainforests. Glacier Bay supports hundreds of "
            "kinds of animals, including many species of birds, fish, bears, whales and sea lions. "
            "As its name suggests, much of Glacier Bay National Park is covered by glaciers. A "
            "glacier is a large area of ice that moves slowly down a slope or valley, or over a "
            "wide area of land. Glaciers cover more than 5,000 square kilometers of the park. "
            "Glacial ice has shaped the land over the last seven million years. The glaciers found "
            "in the park today are what remains from an ice advance known as the Little Ice Age. "
            "That period began about 4,000 years ago.",
            "During the Little Ice Age, the cold weather caused the ice to grow and advance. That "
            "growth continued until the 1700s, when the climate began to warm. The hotter "
            "temperatures caused the ice to start melting. That melting led the huge glacier to "
            "separate into more than 1,000 different glaciers.",
        ],
        "quantities": [
            c("eight", 8, "national parks", "major national parks in Alaska"),
            ar("more than 1 million hectares", 1000000, "hectare", "area of Glacier Bay park",
               approx=True),
            c("hundreds", 200, "kinds of animals", "kinds of animals Glacier Bay supports",
              approx=True),
            ar("more than 5,000 square kilometers", 5000, "square_kilometer",
               "area of the park covered by glaciers", approx=True),
            dur("seven million years", 7000000, "year", "time glacial ice has shaped the land"),
            c("more than 1,000", 1000, "glaciers", "glaciers the huge glacier separated into",
              approx=True),
        ],
    },
    {
        "id": "qt26-10",
        "source": "voa:testbig.com",
        "url": "http://www.testbig.com/voa/finding-nature-americas-national-park-system",
        "title": "Finding Nature in America's National Park System",
        "published": "2005-07-31",
        "truncated": True,
        "note": ("VOA Special English 'This Is America' script (2005-7-31 on the page) as kept on a "
                 "language-learning site. Removed: the title (moved to title), 'Reading audio' and "
                 "the date line. Speaker labels and '(MUSIC)' are kept as lines. The store cuts "
                 "the page inside a sentence ('They say s'); kept to the last complete sentence. "
                 "Spelled-out years ('nineteen sixteen', 'two thousand four', 'eighteen "
                 "seventy-two', 'nineteen twenty nine') and decades are not quantities; 'years "
                 "earlier' anchors a point in time; 'about thirty four-million hectares' is "
                 "verbatim (34 million); 'millions of people' is a vague plural (2,000,000, "
                 "approximate); 'about four hundred protected areas' and 'two main jobs' stop at "
                 "the number."),
        "paragraphs": [
            "(MUSIC)",
            "VOICE ONE:",
            "Welcome to THIS IS AMERICA in VOA Special English. I'm Doug Johnson.",
            "VOICE TWO:",
            "And I'm Faith Lapidus. This week on our show, we explore America's national parks.",
            "(MUSIC)",
            "VOICE ONE:",
            "The National Park Service began in nineteen sixteen. That year, three hundred "
            "fifty-eight thousand people went to national parks. In two thousand four, the "
            "National Park System had two hundred seventy-six million visitors.",
            "Visitors have a wide choice of places. The National Park System has about four "
            "hundred protected areas. These include parks, monuments, historic places, rivers, "
            "trails, seashores and lakeshores. They cover about thirty four-million hectares.",
            "VOICE TWO:",
            "Yellowstone was the first national park in the world. Most of it is in the state of "
            "Wyoming, in the West.",
            "Yellowstone was established in eighteen seventy-two. But the idea of protecting areas "
            "from development was proposed years earlier. American painter George Catlin offered "
            "the idea during the eighteen thirties.",
            "Once Yellowstone opened, it became a place where animals and other natural resources "
            "could be protected. Today millions of people visit Yellowstone National Park, most "
            "of them during summer.",
            "VOICE ONE:",
            "A businessman from Chicago, Illinois, became the first director of the National Park "
            "Service in nineteen sixteen. Stephen Mather was very important to the success of the "
            "agency. He retired in nineteen twenty nine. At that time, national parks covered more "
            "than two times as much land as they had when the park service began.",
            "Other major expansions took place in the nineteen thirties and around the middle of "
            "the twentieth century.",
            "(MUSIC)",
            "VOICE TWO:",
            "The National Park Service is part of the United States Department of the Interior. "
            "The park service has two main jobs. One is to protect America's national parks. The "
            "other is to help visitors enjoy them. Some people think these two jobs conflict.",
        ],
        "quantities": [
            person("three hundred fifty-eight thousand people", 358000,
                   "people who went to national parks in 1916"),
            person("two hundred seventy-six million visitors", 276000000,
                   "visitors to the National Park System in 2004"),
            c("about four hundred", 400, "protected areas", "protected areas of the National Park "
              "System", approx=True),
            ar("about thirty four-million hectares", 34000000, "hectare",
               "land covered by the National Park System", approx=True),
            person("millions", 2000000, "people visiting Yellowstone National Park", approx=True),
            oth("more than two times", 2, "multiplier",
                "national park land in 1929 relative to 1916", approx=True),
            c("two", 2, "jobs", "main jobs of the National Park Service"),
            c("two jobs", 2, "jobs", "jobs some people think conflict"),
        ],
    },
    {
        "id": "qt26-11",
        "source": "usgov:www.wpc.ncep.noaa.gov",
        "url": "https://www.wpc.ncep.noaa.gov/winter_storm_summaries/2014/storm15/stormsum_2.html",
        "title": "Storm Summary Number 02 for Northern Plains to Upper Midwest Winter Storm (NWS Weather Prediction Center, March 31, 2014)",
        "published": "2014-03-31",
        "truncated": True,
        "note": ("NOAA National Weather Service, Weather Prediction Center storm summary. The "
                 "bulletin's wrapped lines are joined into paragraphs with one space; header lines "
                 "and list lines keep their own lines; runs of spaces inside the snowfall table "
                 "(column padding) are reduced to one space and trailing spaces dropped. The store "
                 "cuts the page in the table row 'BROADUS 18.8 NNW' before its value; the table is "
                 "kept to the last complete row. Table values are inches (the list heading says "
                 "'SNOWFALL IN INCHES'), so the bare numbers are lengths in inches. Station "
                 "locators such as 'WARREN 6.6 NW', 'PLEVNA 1 SW', 'LAME DEER 3 E' name the "
                 "observation site and are not annotated (as coordinates are not); clock times "
                 "and dates ('300 PM CDT', 'MAR 31') are not quantities. '989 MB... 29.21 INCHES' "
                 "are a pressure in millibars and in inches of mercury."),
        "paragraphs": [
            "THE WEATHER PREDICTION CENTER",
            "COLLEGE PARK, MD",
            "STORM SUMMARY MESSAGE",
            "STORM SUMMARY NUMBER 02 FOR NORTHERN PLAINS TO UPPER MIDWEST WINTER STORM",
            "NWS WEATHER PREDICTION CENTER COLLEGE PARK MD",
            "400 PM CDT MON MAR 31 2014",
            "...LATE SEASON BLIZZARD IS UNDERWAY ACROSS THE NORTHERN PLAINS...",
            "BLIZZARD WARNINGS ARE IN EFFECT FOR MUCH OF THE NORTHERN PLAINS... AS WELL AS "
            "EXTREME WESTERN MINNESOTA.",
            "WINTER STORM WARNINGS AND WINTER WEATHER ADVISORIES ARE IN EFFECT FOR NORTHWESTERN "
            "NEBRASKA...PORTIONS OF SOUTHERN SOUTH DAKOTA...NORTHERN MINNESOTA...AND EXTREME "
            "NORTHWEST WISCONSIN.",
            "A HIGH WIND WARNING IS IN EFFECT FOR PARTS OF THE WESTERN PORTIONS OF THE CENTRAL "
            "PLAINS...WHILE A WIND ADVISORY IS IN EFFECT FOR MUCH OF THE CENTRAL PLAINS AND INTO "
            "THE UPPER MIDWEST.",
            "FOR A DETAILED GRAPHICAL DEPICTION OF THE LATEST WATCHES...WARNINGS AND "
            "ADVISORIES...PLEASE SEE WWW.WEATHER.GOV",
            "AT 300 PM CDT...A SURFACE LOW WITH A CENTRAL PRESSURE OF 989 MB... 29.21 INCHES...WAS "
            "LOCATED IN SOUTHEAST SOUTH DAKOTA AND WAS MOVING EAST NORTHEAST. A STRONG COLD FRONT "
            "IN ASSOCIATION WITH THE SURFACE LOW WAS MOVING THROUGH THE CENTRAL PLAINS AND "
            "EXTENDED BACK TOWARD THE NORTH AND CENTRAL ROCKIES. NATIONAL WEATHER SERVICE RADARS "
            "AND SURFACE OBSERVATIONS INDICATED A BAND OF MODERATE TO HEAVY SNOW FALLING ACROSS "
            "NORTHERN NEBRASKA AND A LARGE PORTION OF THE NORTHERN PLAINS. AROUND THE LOW "
            "PRESSURE CENTER...A STRONG PRESSURE GRADIENT WAS CAUSING GUSTY WINDS...WHICH GAVE "
            "WAY TO BLIZZARD CONDITIONS IN PLACES WHERE SNOW WAS FALLING.",
            "...SELECTED STORM TOTAL SNOWFALL IN INCHES FROM 700 PM CDT SUN MAR 30 THROUGH 300 PM "
            "CDT MON MAR 31...",
            "...MINNESOTA...",
            "HALLOCK 2.5",
            "WARREN 6.6 NW 1.1",
            "ARGYLE 1.0",
            "...MONTANA...",
            "PLEVNA 1 SW 12.0",
            "LAME DEER 3 E 11.0",
        ],
        "quantities": [
            oth("989 MB", 989, "millibar", "central pressure of the surface low"),
            oth("29.21 INCHES", 29.21, "inch_of_mercury", "central pressure of the surface low"),
            ln("2.5", 2.5, "inch", "storm total snowfall at Hallock, Minnesota"),
            ln("1.1", 1.1, "inch", "storm total snowfall at Warren 6.6 NW, Minnesota"),
            ln("1.0", 1.0, "inch", "storm total snowfall at Argyle, Minnesota"),
            ln("12.0", 12.0, "inch", "storm total snowfall at Plevna 1 SW, Montana"),
            ln("11.0", 11.0, "inch", "storm total snowfall at Lame Deer 3 E, Montana"),
        ],
    },
    {
        "id": "qt26-12",
        "source": "usgov:origin.wpc.ncep.noaa.gov",
        "url": "https://origin.wpc.ncep.noaa.gov/storm_summaries/2012/storm12/stormsum_6.html",
        "title": "Storm Summary Number 06 for Central Plains to Northeast U.S. Winter Storm (NWS Hydrometeorological Prediction Center, December 21, 2012)",
        "published": "2012-12-21",
        "truncated": True,
        "note": ("NOAA National Weather Service, Hydrometeorological Prediction Center storm summary "
                 "(on the WPC origin server). Wrapped lines joined with one space; header lines "
                 "keep their own lines. The store cuts the page at the start of the snowfall list "
                 "('...SELE'); kept to the last complete sentence. Verbatim misspellings "
                 "'OCCURING ACCROSS'. 'THE TWO LOWS' is an anaphoric count; 'THE EASTERN THIRD OF "
                 "THE UNITED STATES' is a fraction (one third); '987 MB... 29.14 INCHES' and '983 "
                 "MB... 29.02 INCHES' are pressures; 'ABOUT 90 MILES', 'ABOUT 23 MILES' keep their "
                 "qualifier."),
        "paragraphs": [
            "THE HYDROMETEOROLOGICAL PREDICTION CENTER",
            "COLLEGE PARK, MD",
            "STORM SUMMARY MESSAGE",
            "STORM SUMMARY NUMBER 06 FOR CENTRAL PLAINS TO NORTHEAST U.S. WINTER STORM",
            "NWS HYDROMETEOROLOGICAL PREDICTION CENTER COLLEGE PARK MD",
            "1000 AM EST FRI DEC 21 2012",
            "...WINTER STORM STARTING TO END IN THE MIDWEST AS IT MOVES ACROSS THE GREAT LAKES AND "
            "INTO THE NORTHEAST...",
            "BLIZZARD WARNINGS ARE IN EFFECT FOR A SMALL AREA OF THE APPALACHIANS OF "
            "VIRGINIA...WEST VIRGINIA AND MARYLAND.",
            "WINTER STORM WARNINGS AND WINTER WEATHER ADVISORIES ARE IN EFFECT FOR A LARGE AREA OF "
            "THE MIDWEST...GREAT LAKES AND CENTRAL APPALACHIANS AS WELL AS PORTIONS OF THE "
            "NORTHEAST.",
            "HIGH WIND WATCHES AND WIND ADVISORIES ARE IN EFFECT FOR A LARGE PORTION OF THE OHIO "
            "AND TENNESSEE RIVER VALLEYS... MID-ATLANTIC STATES... GREAT LAKES... AND THE "
            "NORTHEAST.",
            "FOR A DETAILED GRAPHICAL DEPICTION OF THE LATEST WATCHES...WARNINGS AND "
            "ADVISORIES...PLEASE SEE WWW.WEATHER.GOV",
            "AT 900 AM EST...A WEAKENING 987 MB... 29.14 INCHES... SURFACE LOW WAS LOCATED ABOUT "
            "90 MILES EAST NORTHEAST OF DETROIT MICHIGAN. A SECONDARY 983 MB... 29.02 INCHES... "
            "SURFACE LOW WAS LOCATED ABOUT 23 MILES WEST SOUTHWEST OF NEW YORK CITY. A VERY WEAK "
            "OCCLUSION CONNECTED THE TWO LOWS AND A COLD FRONT EXTENDED FROM THE SECONDARY LOW "
            "SOUTHEAST THROUGH NORTHERN NEW JERSEY AND INTO THE WESTERN ATLANTIC. A WARM FRONT "
            "ALSO EXTENDED FROM THIS LOW INTO THE WESTERN ATLANTIC OCEAN OFF THE COAST OF LONG "
            "ISLAND. NATIONAL WEATHER SERVICE RADARS AND SURFACE OBSERVATIONS INDICATED A LARGE "
            "AREA OF MAINLY LIGHT SNOW FROM THE MIDWEST AND GREAT LAKES SOUTHWARD INTO THE OHIO "
            "AND TENNESSEE RIVER VALLEYS. IN NEW ENGLAND... EAST OF THE FRONTAL BOUNDARY... "
            "MODERATE TO HEAVY RAIN WAS FALLING ACROSS MUCH OF THE REGION FROM NEW YORK INTO "
            "SOUTHERN NEW HAMPSHIRE AND VERMONT. FARTHER NORTH IN NORTHERN VERMONT... NEW "
            "HAMPSHIRE... AND MAINE... SOME LIGHT SNOW WAS BEING REPORTED. IN ADDITION... SOME "
            "STRONG AND GUSTY WINDS WERE OCCURING ACCROSS MUCH OF THE EASTERN THIRD OF THE UNITED "
            "STATES.",
        ],
        "quantities": [
            oth("987 MB", 987, "millibar", "pressure of the weakening surface low near Detroit"),
            oth("29.14 INCHES", 29.14, "inch_of_mercury",
                "pressure of the weakening surface low near Detroit"),
            ln("ABOUT 90 MILES", 90, "mile", "distance of the low east-northeast of Detroit",
               approx=True),
            oth("983 MB", 983, "millibar", "pressure of the secondary surface low"),
            oth("29.02 INCHES", 29.02, "inch_of_mercury", "pressure of the secondary surface low"),
            ln("ABOUT 23 MILES", 23, "mile", "distance of the secondary low west-southwest of New "
               "York City", approx=True),
            c("TWO LOWS", 2, "lows", "surface lows connected by the occlusion"),
            frac("THIRD", 1 / 3, "eastern part of the United States with strong gusty winds"),
        ],
    },
    {
        "id": "qt26-13",
        "source": "usgov:www.wpc.ncep.noaa.gov",
        "url": "https://www.wpc.ncep.noaa.gov/storm_summaries/2016/storm25/stormsum_3.html",
        "title": "Storm Summary Number 03 for Western U.S. Winter Storm (NWS Weather Prediction Center, December 24, 2016)",
        "published": "2016-12-24",
        "truncated": True,
        "note": ("NOAA National Weather Service, Weather Prediction Center storm summary. Wrapped "
                 "lines joined with one space; header and list lines keep their own lines; runs of "
                 "spaces in the snowfall table reduced to one space and trailing spaces dropped. "
                 "The store cuts the page in the row 'FLAGSTAFF ARPT' before its value; kept to "
                 "the last complete row. Table values are inches ('SNOWFALL IN INCHES'); the "
                 "station locator 'IRON SPRINGS 3 S' is not annotated; '994 MB...29.35 INCHES' is "
                 "a pressure; 'ABOUT 130 MILES' keeps its qualifier."),
        "paragraphs": [
            "THE WEATHER PREDICTION CENTER",
            "COLLEGE PARK, MD",
            "STORM SUMMARY MESSAGE",
            "STORM SUMMARY NUMBER 03 FOR WESTERN U.S. WINTER STORM",
            "NWS WEATHER PREDICTION CENTER COLLEGE PARK MD",
            "700 PM PST SAT DEC 24 2016",
            "...SNOW FALLING ACROSS MUCH OF THE HIGHER ELEVATIONS IN THE WESTERN U.S. WITH RAIN "
            "INTO THE DESERT SOUTHWEST...",
            "BLIZZARD WARNINGS ARE IN EFFECT ACROSS NORTH DAKOTA...WESTERN SOUTH DAKOTA...AND "
            "NORTHWEST MINNESOTA.",
            "WINTER STORM WATCHES WARNINGS AND WINTER WEATHER ADVISORIES ARE IN EFFECT ACROSS MUCH "
            "OF THE WESTERN U.S. AND NORTHERN PLAINS.",
            "ICE STORM WARNINGS AND FREEZING RAIN ADVISORIES ARE IN EFFECT ACROSS PORTIONS OF "
            "NORTH CENTRAL CALIFORNIA...EASTERN SOUTH DAKOTA...MINNESOTA...NORTHERN IOWA AND "
            "WESTERN WISCONSIN.",
            "WIND ADVISORIES AND HIGH WIND WATCHES ARE IN EFFECT ACROSS PARTS OF SOUTHERN "
            "CALIFORNIA...ARIZONA...NEW MEXICO...COLORADO AND WYOMING.",
            "FOR A DETAILED GRAPHICAL DEPICTION OF THE LATEST WATCHES...WARNINGS AND "
            "ADVISORIES...PLEASE SEE WWW.WEATHER.GOV",
            "AT 600 PM PST...A LOW PRESSURE CENTER WITH A CENTRAL PRESSURE OF 994 MB...29.35 "
            "INCHES...WAS LOCATED ABOUT 130 MILES NORTH OF SALT LAKE CITY...UTAH. A WARM FRONT "
            "EXTENDED OFF THE OCCLUSION FROM THE LOW ACROSS THE SOUTHERN PLAINS. A COLD FRONT "
            "EXTENDED SOUTH ACROSS EASTERN ARIZONA. NATIONAL WEATHER SERVICE RADAR AND SURFACE "
            "OBSERVATION INDICATE LIGHT TO MODERATE SNOW FALLING ACROSS THE HIGHER ELEVATIONS OF "
            "THE GREAT BASIN AND THE CENTRAL ROCKIES. FARTHER SOUTH...LIGHT TO MODERATE RAIN WAS "
            "FALLING ACROSS SOUTHERN CALIFORNIA...SOUTHERN ARIZONA...WESTERN PORTIONS OF NEW "
            "MEXICO AND COLORADO...IN ADDITION TO PORTIONS OF NEVADA AND UTAH.",
            "...SELECTED STORM TOTAL SNOWFALL IN INCHES FROM 700 AM PST FRI DEC 23 THROUGH 600 PM "
            "PST SAT DEC 24...",
            "...ARIZONA...",
            "IRON SPRINGS 3 S 10.0",
            "NWS FLAGSTAFF 9.3",
            "KACHINA VILLAGE 8.5",
            "PARKS 8.5",
        ],
        "quantities": [
            oth("994 MB", 994, "millibar", "central pressure of the low"),
            oth("29.35 INCHES", 29.35, "inch_of_mercury", "central pressure of the low"),
            ln("ABOUT 130 MILES", 130, "mile", "distance of the low north of Salt Lake City",
               approx=True),
            ln("10.0", 10.0, "inch", "storm total snowfall at Iron Springs 3 S, Arizona"),
            ln("9.3", 9.3, "inch", "storm total snowfall at NWS Flagstaff"),
            ln("8.5", 8.5, "inch", "storm total snowfall at Kachina Village"),
            ln("8.5", 8.5, "inch", "storm total snowfall at Parks"),
        ],
    },
    {
        "id": "qt26-14",
        "source": "usgov:www.wpc.ncep.noaa.gov",
        "url": "http://www.wpc.ncep.noaa.gov./storm_summaries/2018/storm36/stormsum_7.html",
        "title": "Storm Summary Number 7 for Central and Eastern U.S. Major Storm (NWS Weather Prediction Center, December 28, 2018)",
        "published": "2018-12-28",
        "truncated": True,
        "note": ("NOAA National Weather Service, Weather Prediction Center storm summary (the "
                 "address has a trailing dot after the host name, as stored). Wrapped lines joined "
                 "with one space; header and list lines keep their own lines. The store cuts the "
                 "page in the second snowfall row ('MCGREGOR 7 N 19.'); kept to the first row. "
                 "'FINLAND 3 E' is a station locator (not annotated); '998 mb, or 29.47 inches' is "
                 "a pressure; 'An cold front' is verbatim."),
        "paragraphs": [
            "The Weather Prediction Center",
            "College Park, MD",
            "Storm Summary Message",
            "Storm Summary Number 7 for Central and Eastern U.S. Major Storm",
            "NWS Weather Prediction Center College Park MD",
            "1100 AM EST Fri Dec 28 2018",
            "...Snow winding down but winds continue over the Northern Plains and Upper Midwest. "
            "Widespread heavy rain continues along the Gulf Coast/Southeast and moves across the "
            "Appalachians and Mid-Atlantic today. Mixed precipitation to changeover to rain in New "
            "England...",
            "Blizzard Warnings are in effect over a small portion of northeast South Dakota.",
            "Winter Storm Warnings are in effect for local areas of eastern South Dakota and "
            "western Minnesota.",
            "Winter Weather Advisories cover parts of Nebraska, much of Iowa and western "
            "Wisconsin, as well as portions of northeast New York and northern new England.",
            "Flash Flood and Flood Watches are in place from the Lower Mississippi Valley "
            "northeastward into the Mid-Atlantic region.",
            "Flash Flood and Flood Warnings as well as Flood Advisories are embedded within the "
            "Watches in the Lower Mississippi Valley and Southeast.",
            "For a detailed graphical depiction of the latest watches, warnings and advisories, "
            "please see www.weather.gov",
            "At 1000 AM EST...A low pressure system with a minimum central pressure of 998 mb, or "
            "29.47 inches, was located over the Great Lakes. An cold front extended south from "
            "this low across the Midwest to the Lower Mississippi Valley. Warm and moist air from "
            "the Gulf of Mexico continues to surge northward ahead of the cold front and was "
            "contributing to a large swath of moderate to heavy rainfall from the Mississippi "
            "Delta and Southeast northeastward along the spine of the Appalachian Mountains. Mixed "
            "precipitation in the form of freezing rain and snow was being observed where the "
            "moisture was overriding colder air locked in place across northern New England.",
            "...Selected preliminary Storm Total Snowfall in inches from 700 AM EST Wed Dec 26 "
            "through 1000 AM EST Fri Dec 28...",
            "...MINNESOTA...",
            "FINLAND 3 E 24.0",
        ],
        "quantities": [
            oth("998 mb", 998, "millibar", "minimum central pressure of the low over the Great Lakes"),
            oth("29.47 inches", 29.47, "inch_of_mercury",
                "minimum central pressure of the low over the Great Lakes"),
            ln("24.0", 24.0, "inch", "storm total snowfall at Finland 3 E, Minnesota"),
        ],
    },
    {
        "id": "qt26-15",
        "source": "usgov:www.nhc.noaa.gov",
        "url": "https://www.nhc.noaa.gov/archive/text/TCPAT2/2017/TCPAT2.201709161441.txt",
        "title": "Hurricane Jose Advisory Number 45 (NWS National Hurricane Center, 1100 AM EDT Sat Sep 16 2017)",
        "published": "2017-09-16",
        "truncated": True,
        "note": ("NOAA National Weather Service, National Hurricane Center public advisory (archive "
                 "text). The store holds the bulletin as one line; kept as one paragraph, verbatim "
                 "with its WMO header and dashed underlines. The store cuts it inside the surf "
                 "sentence ('T'); kept to the last complete sentence. As in test24's NHC advisory: "
                 "'MPH' / 'mph' are mile/hour, 'KM/H' / 'km/h' kilometer/hour; 'ABOUT 480 MI' "
                 "carries its qualifier, the kilometre conversion after it does not; 'near 9 mph', "
                 "'near 80 mph', 'up to 35 miles' keep theirs; '320 DEGREES' is a bearing "
                 "(degree); '982 MB...29.00 INCHES' a pressure; 'the next day or two' is spanned "
                 "'day or two' (a vague range, 1-2 days, approximate); 'the next 48 hours' keeps "
                 "its determiner (as test22/test24); '48-HOUR' OUTLOOK is a compound duration. "
                 "Coordinates, clock times and 'Advisory Number 45' are not quantities."),
        "paragraphs": [
            "000 WTNT32 KNHC 161441 TCPAT2 BULLETIN Hurricane Jose Advisory Number 45 NWS "
            "National Hurricane Center Miami FL AL122017 1100 AM EDT Sat Sep 16 2017 ...JOSE "
            "MOVING NORTHWESTWARD... ...AIR FORCE HURRICANE HUNTER EN ROUTE TO INVESTIGATE... "
            "SUMMARY OF 1100 AM EDT...1500 UTC...INFORMATION "
            "----------------------------------------------- LOCATION...28.8N 72.2W ABOUT 480 "
            "MI...775 KM SSE OF CAPE HATTERAS NORTH CAROLINA ABOUT 500 MI...810 KM WSW OF BERMUDA "
            "MAXIMUM SUSTAINED WINDS...80 MPH...130 KM/H PRESENT MOVEMENT...NW OR 320 DEGREES AT "
            "9 MPH...15 KM/H MINIMUM CENTRAL PRESSURE...982 MB...29.00 INCHES WATCHES AND WARNINGS "
            "-------------------- There are no coastal watches or warnings in effect. Interests "
            "from North Carolina northward to New England on the east coast of the United States "
            "should monitor the progress of this system. Tropical storm watches may be needed for "
            "portions of this area during the next day or two. DISCUSSION AND 48-HOUR OUTLOOK "
            "------------------------------ At 1100 AM EDT (1500 UTC), the center of Hurricane "
            "Jose was located near latitude 28.8 North, longitude 72.2 West. Jose is moving "
            "toward the northwest near 9 mph (15 km/h). A turn toward the north-northwest and then "
            "toward the north is expected by tonight, and a northward motion should continue "
            "through Monday. On the forecast track, the center of Jose will move over the western "
            "Atlantic Ocean between the east coast of the United States and Bermuda through "
            "Monday. Maximum sustained winds are near 80 mph (130 km/h) with higher gusts. Little "
            "change in strength is forecast during the next 48 hours. Hurricane-force winds extend "
            "outward up to 35 miles (55 km) from the center, and tropical-storm-force winds extend "
            "outward up to 150 miles (240 km). The estimated minimum central pressure is 982 mb "
            "(29.00 inches).",
        ],
        "quantities": [
            ln("ABOUT 480 MI", 480, "mile", "distance of Jose SSE of Cape Hatteras", approx=True),
            ln("775 KM", 775, "kilometer", "distance of Jose SSE of Cape Hatteras"),
            ln("ABOUT 500 MI", 500, "mile", "distance of Jose WSW of Bermuda", approx=True),
            ln("810 KM", 810, "kilometer", "distance of Jose WSW of Bermuda"),
            rate("80 MPH", 80, "mile/hour", "maximum sustained winds of Jose"),
            rate("130 KM/H", 130, "kilometer/hour", "maximum sustained winds of Jose"),
            oth("320 DEGREES", 320, "degree", "direction of Jose's present movement"),
            rate("9 MPH", 9, "mile/hour", "present movement of Jose"),
            rate("15 KM/H", 15, "kilometer/hour", "present movement of Jose"),
            oth("982 MB", 982, "millibar", "minimum central pressure of Jose"),
            oth("29.00 INCHES", 29.0, "inch_of_mercury", "minimum central pressure of Jose"),
            dur("day or two", 1, "day", "period in which tropical storm watches may be needed",
                approx=True, high=2),
            dur("48-HOUR", 48, "hour", "outlook"),
            rate("near 9 mph", 9, "mile/hour", "Jose's movement toward the northwest", approx=True),
            rate("15 km/h", 15, "kilometer/hour", "Jose's movement toward the northwest"),
            rate("near 80 mph", 80, "mile/hour", "maximum sustained winds", approx=True),
            rate("130 km/h", 130, "kilometer/hour", "maximum sustained winds"),
            dur("the next 48 hours", 48, "hour", "period of little change in strength"),
            ln("up to 35 miles", 35, "mile", "outward extent of hurricane-force winds", approx=True),
            ln("55 km", 55, "kilometer", "outward extent of hurricane-force winds"),
            ln("up to 150 miles", 150, "mile", "outward extent of tropical-storm-force winds",
               approx=True),
            ln("240 km", 240, "kilometer", "outward extent of tropical-storm-force winds"),
            oth("982 mb", 982, "millibar", "estimated minimum central pressure"),
            oth("29.00 inches", 29.0, "inch_of_mercury", "estimated minimum central pressure"),
        ],
    },
    {
        "id": "qt26-16",
        "source": "usgov:www.nhc.noaa.gov",
        "url": "https://www.nhc.noaa.gov/archive/text/TCUAT5/2017/TCUAT5.201709201352.txt",
        "title": "Hurricane Maria Tropical Cyclone Update (NWS National Hurricane Center, 1000 AM AST Wed Sep 20 2017)",
        "published": "2017-09-20",
        "truncated": False,
        "note": ("NOAA National Weather Service, National Hurricane Center tropical cyclone update "
                 "(archive text), held by the store as one line and kept as one paragraph, "
                 "verbatim with its WMO header, dashed underline and end mark '$$'. Same unit "
                 "conventions as qt26-15: 'ABOUT 20 MI' carries its qualifier, the kilometre "
                 "conversions do not; '305 DEGREES' is a bearing; '928 MB...27.40 INCHES' a "
                 "pressure; the station's 'sustained wind of 78 mph (126 km/h)' and 'wind gust of "
                 "108 mph (174 km/h)' are speeds."),
        "paragraphs": [
            "000 WTNT65 KNHC 201352 TCUAT5 Hurricane Maria Tropical Cyclone Update NWS National "
            "Hurricane Center Miami FL AL152017 1000 AM AST Wed Sep 20 2017 ...1000 AM AST "
            "POSITION UPDATE... ...CENTER OF MARIA OVER NORTHERN PUERTO RICO... A weather station "
            "near Arecibo, Puerto Rico, recently reported a sustained wind of 78 mph (126 km/h) "
            "and a wind gust of 108 mph (174 km/h). SUMMARY OF 1000 AM AST...1400 UTC...INFORMATION "
            "--------------------------------------------------- LOCATION...18.4N 66.4W ABOUT 20 "
            "MI...30 KM W OF SAN JUAN PUERTO RICO ABOUT 20 MI...35 KM ESE OF ARECIBO PUERTO RICO "
            "MAXIMUM SUSTAINED WINDS...145 MPH...230 KM/H PRESENT MOVEMENT...NW OR 305 DEGREES AT "
            "13 MPH...20 KM/H MINIMUM CENTRAL PRESSURE...928 MB...27.40 INCHES $$ Forecaster "
            "Brennan",
        ],
        "quantities": [
            rate("78 mph", 78, "mile/hour", "sustained wind reported near Arecibo"),
            rate("126 km/h", 126, "kilometer/hour", "sustained wind reported near Arecibo"),
            rate("108 mph", 108, "mile/hour", "wind gust reported near Arecibo"),
            rate("174 km/h", 174, "kilometer/hour", "wind gust reported near Arecibo"),
            ln("ABOUT 20 MI", 20, "mile", "distance of Maria W of San Juan", approx=True),
            ln("30 KM", 30, "kilometer", "distance of Maria W of San Juan"),
            ln("ABOUT 20 MI", 20, "mile", "distance of Maria ESE of Arecibo", approx=True),
            ln("35 KM", 35, "kilometer", "distance of Maria ESE of Arecibo"),
            rate("145 MPH", 145, "mile/hour", "maximum sustained winds of Maria"),
            rate("230 KM/H", 230, "kilometer/hour", "maximum sustained winds of Maria"),
            oth("305 DEGREES", 305, "degree", "direction of Maria's present movement"),
            rate("13 MPH", 13, "mile/hour", "present movement of Maria"),
            rate("20 KM/H", 20, "kilometer/hour", "present movement of Maria"),
            oth("928 MB", 928, "millibar", "minimum central pressure of Maria"),
            oth("27.40 INCHES", 27.4, "inch_of_mercury", "minimum central pressure of Maria"),
        ],
    },
    {
        "id": "qt26-17",
        "source": "usgov:www.nhc.noaa.gov",
        "url": "https://www.nhc.noaa.gov/archive/text/TWDEP/2016/TWDEP.201608301603.txt",
        "title": "Tropical Weather Discussion, eastern Pacific (NWS National Hurricane Center, 1605 UTC Tue Aug 30 2016)",
        "published": "2016-08-30",
        "truncated": True,
        "note": ("NOAA National Weather Service, National Hurricane Center tropical weather "
                 "discussion (archive text), held as one line and kept as one paragraph. The store "
                 "cuts it inside a sentence ('Light and variable win'); kept to the last complete "
                 "sentence. 'kt' is knot (a speed), 'NM'/'nm' nautical_mile, 'ft' foot (sea "
                 "heights); 'about 1355 statue miles' is verbatim ('statue' for 'statute'); '270 "
                 "degrees' is a bearing; '961 mb' a pressure; '3 to 5 ft' and '6 to 9 ft' are "
                 "ranges. Coordinates ('32N', '140W', '09N78W'), clock times and product headers "
                 "('MIATCMEP3/WTPZ23', 'FZPN02') are not quantities."),
        "paragraphs": [
            "000 AXPZ20 KNHC 301603 TWDEP Tropical Weather Discussion NWS National Hurricane "
            "Center Miami FL 1605 UTC Tue Aug 30 2016 Tropical weather discussion for the eastern "
            "Pacific Ocean from the Equator to 32N, east of 140W. The following information is "
            "based on satellite imagery, weather observations, radar, and meteorological "
            "analysis. Based on 1200 UTC surface analysis and satellite imagery through 1545 UTC. "
            "...SPECIAL FEATURE... Hurricane is centered at 18.1N 134.4W or about 1355 statue "
            "miles e of Hilo, Hawaii at 1500 UTC Aug 30, moving w or 270 degrees at 12 kt around "
            "the southern periphery of a sub-tropical ridge. Estimated minimum central pressure is "
            "961 mb. Maximum sustained winds are 105 kt with gusts to 130 kt. Associated "
            "convection has been fluctuating. Currently numerous strong convection is observed "
            "within 60 NM e and within 45 nm w of the center, surrounded by scattered moderate "
            "isolated strong elsewhere within 90 NM e and within 120 NM w semicircles of the "
            "center. A general weakening trend is forecast with the center Lester forecast to "
            "cross 140W on Wed. Refer to the latest NHC forecast/advisory under AWIPS/WMO headers "
            "MIATCMEP3/WTPZ23 KNHC, and the latest high seas forecast under WMO header FZPN02 KWBC "
            "for additional details. ...INTERTROPICAL CONVERGENCE ZONE/MONSOON TROUGH... The "
            "monsoon trough axis extends from 09N78W to 09N84W to 13N100W to 09N115W to 14N127W. "
            "Scattered moderate isolated strong convection is observed within 180 NM either side "
            "of a line from 05N77W to 17N107W. Isolated moderate to strong convection is noted "
            "within the area from 07N to 15N BETWEEN 107W and 127W, and within 60 NM either side "
            "of a line from 11N130W to 11N140W. ...DISCUSSION... OFFSHORE WATERS WITHIN 250 NM OF "
            "MEXICO... A sub-tropical ridge is maintaining moderate NW flow with 3 to 5 ft seas "
            "across the Pacific waters along the Baja Peninsula, except moderate to fresh nw "
            "flow, with seas 6 to 9 ft, is forecast across the waters n of 30N through Wed night.",
        ],
        "quantities": [
            ln("about 1355 statue miles", 1355, "mile", "distance of the hurricane east of Hilo",
               approx=True),
            oth("270 degrees", 270, "degree", "direction of the hurricane's movement"),
            rate("12 kt", 12, "knot", "forward speed of the hurricane"),
            oth("961 mb", 961, "millibar", "estimated minimum central pressure"),
            rate("105 kt", 105, "knot", "maximum sustained winds"),
            rate("130 kt", 130, "knot", "gusts"),
            ln("60 NM", 60, "nautical_mile", "extent of strong convection east of the center"),
            ln("45 nm", 45, "nautical_mile", "extent of strong convection west of the center"),
            ln("90 NM", 90, "nautical_mile", "extent of scattered convection east of the center"),
            ln("120 NM", 120, "nautical_mile", "extent of scattered convection west of the center"),
            ln("180 NM", 180, "nautical_mile", "band of convection either side of a line"),
            ln("60 NM", 60, "nautical_mile", "band of convection either side of a line"),
            ln("250 NM", 250, "nautical_mile", "offshore waters of Mexico"),
            ln("3 to 5 ft", 3, "foot", "seas along the Baja Peninsula", high=5),
            ln("6 to 9 ft", 6, "foot", "seas north of 30N", high=9),
        ],
    },
    {
        "id": "qt26-18",
        "source": "usgov:www.nhc.noaa.gov",
        "url": "http://www.nhc.noaa.gov/archive/text/TWDEP/2023/TWDEP.202307150319.txt",
        "title": "Tropical Weather Discussion, eastern Pacific (NWS National Hurricane Center, 0405 UTC Sat Jul 15 2023)",
        "published": "2023-07-15",
        "truncated": True,
        "note": ("NOAA National Weather Service, National Hurricane Center tropical weather "
                 "discussion (archive text), held as one line and kept as one paragraph. The store "
                 "cuts it in a section heading ('...OFFSHORE WATERS WITHIN 250 NM OF MEXIC'); kept "
                 "to the last complete sentence. Units as in qt26-17 ('kt' knot, 'nm' "
                 "nautical_mile, 'ft' foot); 'in excess of 12 ft' keeps its qualifier; '10 to 15 "
                 "kt' is a range; 'the next couple of days' is spanned 'couple of days' (2, "
                 "approximate); 'A few showers' is 3 (approximate); 'category 3' is a scale name; "
                 "'life- threatening' is verbatim. Coordinates, '15/0300 UTC' and addresses are "
                 "not quantities."),
        "paragraphs": [
            "000 AXPZ20 KNHC 150319 TWDEP Tropical Weather Discussion NWS National Hurricane "
            "Center Miami FL 0405 UTC Sat Jul 15 2023 Tropical Weather Discussion for the eastern "
            "Pacific Ocean from 03.4S to 30N, east of 120W including the Gulf of California, and "
            "from the Equator to 30N, between 120W and 140W. The following information is based "
            "on satellite imagery, weather observations, radar, and meteorological analysis. Based "
            "on 0000 UTC surface analysis and satellite imagery through 0230 UTC. ...SPECIAL "
            "FEATURE... Hurricane Calvin is centered near 14.2N 126.0W at 15/0300 UTC moving WNW "
            "at 14 kt. Estimated minimum central pressure is 958 mb. Maximum sustained wind speed "
            "is 105 kt with gusts to 130 kt. Numerous moderate to strong convection is noted from "
            "06N to 18N between 120W and 129W. Seas in excess of 12 ft seas extend within 120 nm "
            "S semicircle and 180 nm NE and 150 nm NW quadrants with maximum seas estimated to "
            "reach 38 ft. Calvin is a category 3 hurricane on the Saffir-Simpson Hurricane Wind "
            "Scale. Weakening is forecast during the next couple of days. Looking ahead, swells "
            "generated by Calvin are expected to reach the Hawaiian Islands early next week. These "
            "swells are likely to cause life- threatening surf and rip current conditions. Please "
            "read the latest HIGH SEAS FORECAST issued by National Hurricane Center at web-site "
            "https://www.nhc.noaa.gov/text/MIAHSFEP2.shtml and the latest Hurricane Calvin "
            "Forecast/Advisory and Public Advisory at www.hurricanes.gov for more details. "
            "...TROPICAL WAVE... A tropical wave extends its axis along 101W and N of 05N to near "
            "Acapulco, Mexico, moving W at 10 to 15 kt. A few showers are noted near the wave "
            "axis. ...INTERTROPICAL CONVERGENCE ZONE/MONSOON TROUGH... The monsoon trough extends "
            "from 10N86W to 07N114W. The ITCZ extends from 07N114W to 11N119W, then resumes at "
            "10N132W to 09N140W. Scattered moderate convection are noted from 08N to 12N between "
            "90W and 120W and from 07N to 10N and W of 131W.",
        ],
        "quantities": [
            rate("14 kt", 14, "knot", "forward speed of Hurricane Calvin"),
            oth("958 mb", 958, "millibar", "estimated minimum central pressure of Calvin"),
            rate("105 kt", 105, "knot", "maximum sustained wind speed of Calvin"),
            rate("130 kt", 130, "knot", "gusts of Calvin"),
            ln("in excess of 12 ft", 12, "foot", "seas around Calvin", approx=True),
            ln("120 nm", 120, "nautical_mile", "extent of 12 ft seas in the S semicircle"),
            ln("180 nm", 180, "nautical_mile", "extent of 12 ft seas in the NE quadrant"),
            ln("150 nm", 150, "nautical_mile", "extent of 12 ft seas in the NW quadrant"),
            ln("38 ft", 38, "foot", "estimated maximum seas"),
            dur("couple of days", 2, "day", "period of forecast weakening", approx=True),
            rate("10 to 15 kt", 10, "knot", "westward movement of the tropical wave", high=15),
            c("A few", 3, "showers", "showers near the tropical wave axis", approx=True),
        ],
    },
    {
        "id": "qt26-19",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=47",
        "title": "U.S. Army Corps of Engineers news search, page 47 (April 2025 items)",
        "published": None,
        "truncated": True,
        "note": ("U.S. Army Corps of Engineers news list page: headlines with their summaries "
                 "(list bullets removed; each headline and each summary is a paragraph). The "
                 "store cuts the page inside the last summary ('for the Chickam'); that summary is "
                 "dropped, its headline kept. Verbatim double space 'channel.  Surveys'. 'A total "
                 "of 460 community volunteers' is spanned '460' (a modifier intervenes); 'roughly "
                 "every three to five years' is a cleaning interval, spanned 'three to five years' "
                 "and approximate ('roughly' is separated by 'every'); 'S-79' is a structure name; "
                 "dates are not quantities."),
        "paragraphs": [
            "U.S. Army Corps of Engineers reduces releases to Caloosahatchee Estuary under "
            "Recovery Operations",
            "U.S. Army Corps of Engineers (USACE) Jacksonville District will further reduce "
            "releases through the S-79 into the Caloosahatchee River Estuary as part of Lake "
            "Okeechobee Recovery Operations on April 19. Current projections show conditions are "
            "favorable for successfully reaching recovery metrics if dry conditions continue.",
            "U.S. Army Corps of Engineers to begin dredging at Holland Harbor",
            "The U.S. Corps of Engineers, Detroit District will start dredging the entrance to "
            "Holland Harbor as early as Thursday, April 24 to remove shoaling across the federal "
            "channel.  Surveys indicate a shoal formed in the winter months across the entrance to "
            "the harbor that could potentially impact commercial dredging if not addressed.",
            "Volunteers offer time, talent to improve Omaha District projects",
            "A total of 460 community volunteers donated 18,708 hours of their time to U.S. Army "
            "Corps of Engineers, Omaha District projects in 2024.",
            "‘Like going to the dentist’: Perry Dam tests innovative preventative maintenance "
            "system to clean relief wells",
            "Preventative maintenance is important for many things—cars, homes and even our "
            "bodies. Keeping things healthy and running smoothly helps prevent major breaks or "
            "failures throughout the course of a life. The same is true for dam and levee relief "
            "wells. Some dams and levees are built with a system of water wells, which are "
            "constructed downstream to relieve excess pressure in the foundation. These relief "
            "wells experience natural build-up and need to be cleaned, roughly every three to "
            "five years, to ensure water can flow freely.",
            "Miter gate installation begins at Chickamauga Lock",
        ],
        "quantities": [
            person("460", 460, "community volunteers at Omaha District projects"),
            dur("18,708 hours", 18708, "hour", "time donated by volunteers in 2024"),
            dur("three to five years", 3, "year", "interval at which relief wells need cleaning",
                approx=True, high=5),
        ],
    },
    {
        "id": "qt26-20",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=3139",
        "title": "U.S. Army Corps of Engineers news search, page 3139 (spring 2013 items)",
        "published": None,
        "truncated": True,
        "note": ("U.S. Army Corps of Engineers news list page (headlines and summaries as "
                 "paragraphs, bullets removed). The store cuts the page inside the last summary "
                 "('One in five Californians lives in'); that summary is dropped, its headline "
                 "kept. 'hundreds of shipwrecks' is a vague plural (200, approximate), 'several "
                 "responsibilities' 3 (approximate); 'One in five' is a fraction; 'movie–style' "
                 "and 'Mighty Mo’' are verbatim; '2013 recreation season' and 'April 3' are "
                 "dates."),
        "paragraphs": [
            "Corps of Engineers reaches drawdown levels at Mississippi River Headwaters reservoirs",
            "ST. PAUL, Minn. – The U.S. Army Corps of Engineers, St. Paul District, completed the "
            "drawdown of the Mississippi River Headwaters reservoirs this week in preparation for "
            "potential flooding due to the spring melt.",
            "Discovering a steamboat relic of Missouri River trade",
            "When you think of shipwrecks, it might be pirates, the ocean, sunken treasure and the "
            "stuff of movie–style wonder. But the Mighty Mo’ tells a tale with hundreds of "
            "shipwrecks of all sizes along its length. For the Corps, there are several "
            "responsibilities: regulatory permitting for construction in areas where a discovery "
            "may occur, the need to mitigate a construction project to address a discovery and "
            "the need to protect and respect the significance of a discovery among others.",
            "Corps releases draft environmental assessment for Lake Ashtabula drawdown increase "
            "near Valley City, N.D.",
            "ST. PAUL, MINN. – The U.S. Army Corps of Engineers, St. Paul District, released a "
            "draft environmental assessment on a proposed change to the Baldhill Dam Water "
            "Control Manual that would allow increased drawdowns at Lake Ashtabula, near Valley "
            "City, N.D., April 3.",
            "Harry S. Truman Lake to adjust park availability and season",
            "WARSAW, Mo.—The Kansas City District U.S. Army Corps of Engineers announced it will "
            "reduce park operations at Harry S. Truman Lake during the 2013 recreation season due "
            "to projected budget reductions and under utilization of some facilities.",
            "Final bucket marks completion of Port of LA channel deepening",
            "Standing on the fantail of the USS Iowa, dignitaries watched as a dredge lifted the "
            "final bucket of material from the water and emptied it into an adjacent barge, "
            "marking the end of a $370 million channel deepening project at the Port of Los "
            "Angeles April 3.",
            "State, Corps study: One in five Californians faces flood threat",
        ],
        "quantities": [
            c("hundreds", 200, "shipwrecks", "shipwrecks along the Missouri River", approx=True),
            c("several responsibilities", 3, "responsibilities",
              "Corps responsibilities for discoveries", approx=True),
            usd("$370 million", 370000000, "Port of Los Angeles channel deepening project"),
            frac("One in five", 0.2, "Californians facing flood threat"),
        ],
    },
    {
        "id": "qt26-21",
        "source": "usgov:www.nad.usace.army.mil",
        "url": "https://www.nad.usace.army.mil/Media/News-Releases/?Page=11",
        "title": "U.S. Army Corps of Engineers North Atlantic Division news releases, page 11 (late 2017 items)",
        "published": None,
        "truncated": True,
        "note": ("U.S. Army Corps of Engineers, North Atlantic Division news release list (headlines "
                 "and summaries as paragraphs, bullets removed). Two summaries are left out: one "
                 "the site itself cuts ('is scheduled to begin the week') and the last, which the "
                 "store cuts ('with a ceremony an'); their headlines are kept. 'two critical "
                 "projects' stops at the number; '75 years' is a duration, '75th anniversary' an "
                 "ordinal; 'Section 1122', 'WRDA of 2016' and dates are not quantities; 'U.S. Army "
                 "Corps of Engineers' Completes' is verbatim."),
        "paragraphs": [
            "U.S. Army Corps of Engineers publishes request for proposals for beneficial use of "
            "dredged materials",
            "The U.S. Army Corps of Engineers today published in the Federal Register its request "
            "for proposals for beneficial use of dredged material pilot projects pursuant to "
            "Section 1122 of the Water Resources Development Act (WRDA) of 2016, Beneficial Use "
            "of Dredged Material.",
            "U.S. Army Corps of Engineers' Completes Chief Report for Mamaroneck & Sheldrake "
            "Rivers Basin Flood Risk Reduction Study",
            "NEW YORK – The U.S. Army Corps of Engineers, New York District, in partnership with "
            "the New York State Department of Environmental Conservation (DEC), is pleased to "
            "announce the completion of the Mamaroneck and Sheldrake River Basin Flood Risk "
            "Management Study. The Chief of Engineer’s Report was endorsed and signed by the Chief "
            "of Engineers at USACE Headquarters on 14 December 2017. Following the study phase, it "
            "now will be submitted to the Assistant Secretary of the Army, Office of Management "
            "and Budget, and Congress for approval and authorization so it can become eligible to "
            "receive federal funding for the pre-engineering and design phase and construction "
            "phase.",
            "Army Corps begins jetty, dredging projects to benefit Smith Island residents",
            "The U.S. Army Corps of Engineers, Baltimore District, is starting work on two "
            "critical projects to benefit Smith Island residents — a navigation improvement "
            "project at Rhodes Point that includes the construction of two jetties, and dredging "
            "the Big Thorofare and Twitch Cove federal channels.",
            "Dredging of Chesapeake City Basin and portion of C&D Canal set to begin last week of "
            "November",
            "U.S. Army Corps of Engineers celebrates 75 years of reducing flood risks at Indian "
            "Rock Dam",
        ],
        "quantities": [
            c("two", 2, "projects", "critical projects to benefit Smith Island residents"),
            c("two jetties", 2, "jetties", "jetties at Rhodes Point"),
            dur("75 years", 75, "year", "flood risk reduction at Indian Rock Dam"),
        ],
    },
    {
        "id": "qt26-22",
        "source": "usgov:documents.pub",
        "url": "https://documents.pub/document/additions-to-capacity-on-the-us-natural-gas-pipeline-gm-gm-offshore-35-cleopatra.html",
        "title": "Additions to Capacity on the U.S. Natural Gas Pipeline Network: 2007 (Energy Information Administration, Office of Oil and Gas, July 2008)",
        "published": "2008-07",
        "truncated": True,
        "note": ("U.S. Energy Information Administration report (Office of Oil and Gas, July 2008) "
                 "as kept on a document-sharing site. Removed: the site's header and upload "
                 "statistics and the report's running header with its page number "
                 "('Energy Information Administration, Office of Oil and Gas, July 2008 1'). The "
                 "store cuts the page inside a sentence ('various marine ter'); kept to the last "
                 "complete sentence. 'nearly 14.9 billion cubic feet (Bcf) of daily "
                 "deliverability' is annotated as the volume it names (the '(Bcf)' gloss stays "
                 "outside the span); '3.9 Bcf per day' and '4.0 Bcf per day' are rates "
                 "(cubic_foot/day, scale applied); '10-year' database is a compound duration; "
                 "'the 50 pipeline projects' stops at the number; years are not quantities. "
                 "published gives the month only."),
        "paragraphs": [
            "U.S. natural gas pipeline construction activity accelerated in 2007 with capacity "
            "additions to the grid totaling nearly 14.9 billion cubic feet (Bcf) of daily "
            "deliverability (Figure 1). These additions were the largest of any year in the "
            "Energy Information Administration’s (EIA) 10-year database of pipeline construction "
            "activity. The increased level of natural gas pipeline construction activity in 2007 "
            "conformed to a growth trend that began slowly in 2005 and intensified in 2006. In "
            "2007, about 1,700 miles of pipeline were installed, which was greater than in any "
            "year since 2003 (Figure 2). The expansion cycle for natural gas pipeline construction "
            "is occurring at the same time as the development of the natural gas resource base in "
            "North and East Texas, particularly the Barnett Shale and Bossier Sands, and increased "
            "drilling in the Rocky Mountains. Forty percent of the 50 pipeline projects completed "
            "in 2007 were associated with new production in Texas and the Rocky Mountain States of "
            "Utah, Colorado and Wyoming (included in the Central Region for this report). Projects "
            "completed in the Rocky Mountain area accounted for 26 percent of all new natural gas "
            "pipeline capacity (3.9 Bcf per day) installed during the year, while those completed "
            "in Texas accounted for another 27 percent (4.0 Bcf per day). Numerous pipeline "
            "expansions also are occurring in response to construction of import terminals for "
            "liquefied natural gas (LNG), which is received for U.S. markets from overseas "
            "suppliers on specially built tankers.",
        ],
        "quantities": [
            vol("nearly 14.9 billion cubic feet", 14900000000, "cubic_foot",
                "pipeline capacity added in 2007 (daily deliverability)", approx=True),
            dur("10-year", 10, "year", "EIA database of pipeline construction activity"),
            ln("about 1,700 miles", 1700, "mile", "pipeline installed in 2007", approx=True),
            p("Forty percent", 40, "pipeline projects associated with new production"),
            c("50", 50, "pipeline projects", "pipeline projects completed in 2007"),
            p("26 percent", 26, "new pipeline capacity completed in the Rocky Mountain area"),
            rate("3.9 Bcf per day", 3900000000, "cubic_foot/day",
                 "new pipeline capacity in the Rocky Mountain area"),
            p("27 percent", 27, "new pipeline capacity completed in Texas"),
            rate("4.0 Bcf per day", 4000000000, "cubic_foot/day", "new pipeline capacity in Texas"),
        ],
    },
    {
        "id": "qt26-23",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/todayinenergy/index.php?tg=%20solar",
        "title": "Today in Energy: articles tagged 'solar' (U.S. Energy Information Administration)",
        "published": None,
        "truncated": True,
        "note": ("U.S. Energy Information Administration 'Today in Energy' list of article titles "
                 "with their dates. Removed: the logo and navigation line. Each date and each "
                 "title is a paragraph. The store cuts the page inside the last title ('duck "
                 "curves are ge'); that title is dropped. Dates and years ('April 8', 'in 2024', "
                 "'AEO2023', 'first-half 2023') are not quantities; 'the next two years' is "
                 "spanned 'two years'; '16.8 GW' is a power."),
        "paragraphs": [
            "May 8, 2024",
            "U.S. electric power sector reported fewer delays for new solar capacity projects in "
            "2023",
            "April 12, 2024",
            "Natural gas filled in most of the drop in solar generation in Texas during April 8 "
            "eclipse",
            "April 9, 2024",
            "Solar capacity additions are changing the shape of daily electricity supply in Texas",
            "April 5, 2024",
            "April 8 solar eclipse will briefly limit solar electricity generation across the "
            "country",
            "February 15, 2024",
            "Solar and battery storage to make up 81% of new U.S. electric-generating capacity in "
            "2024",
            "January 16, 2024",
            "Solar and wind to lead growth of U.S. power generation for the next two years",
            "January 9, 2024",
            "We expect solar will supply almost all growth in U.S. electricity generation through "
            "2025",
            "December 28, 2023",
            "U.S. electric capacity mix shifts from fossil fuels to renewables in AEO2023",
            "December 27, 2023",
            "Renewable generation surpassed coal and nuclear in the U.S. electric power sector in "
            "2022",
            "December 19, 2023",
            "As solar capacity grows, duck curves are getting deeper in California",
            "November 7, 2023",
            "EIA expects U.S. annual solar electricity generation to surpass hydropower in 2024",
            "October 30, 2023",
            "Solar and wind power curtailments are rising in California",
            "October 3, 2023",
            "U.S. construction costs dropped for solar, wind, and natural gas-fired generators in "
            "2021",
            "September 11, 2023",
            "Record U.S. small-scale solar capacity was added in 2022",
            "August 29, 2023",
            "Solar panel shipments set a record high in 2022 as capacity continued to grow",
            "August 24, 2023",
            "Florida’s electricity generation mix is changing",
            "August 9, 2023",
            "New pumped-storage capacity in China is helping to integrate growing wind and solar "
            "power",
            "August 8, 2023",
            "Developers added 16.8 GW of U.S. utility-scale generating capacity in first-half 2023",
            "July 13, 2023",
            "As Texas wind and solar capacity increase, energy curtailments are also likely to "
            "rise",
        ],
        "quantities": [
            p("81%", 81, "solar and battery storage share of new U.S. generating capacity in 2024"),
            dur("two years", 2, "year", "period in which solar and wind lead generation growth"),
            oth("16.8 GW", 16.8, "gigawatt", "utility-scale generating capacity added in first-half "
                "2023"),
        ],
    },
    {
        "id": "qt26-24",
        "source": "usgov:blm.gov",
        "url": "https://blm.gov/press-release/wildfires-largely-contained-southwest-wyoming",
        "title": "Wildfires largely contained in southwest Wyoming",
        "published": None,
        "truncated": False,
        "note": ("Bureau of Land Management (Interior) press release; no date in the stored text. "
                 "Removed: the headline (moved to title) and the empty 'Organization:' and 'Media "
                 "Contact:' labels. 'Type 3' and 'Type 4' are incident classes (not quantities); "
                 "'burning 19 and 305 acres, respectively' gives two areas ('19' takes the unit "
                 "after '305'); 'Four fires', 'Two other fires' and '12 western states' are counts "
                 "('Two' and '12' stop at the number)."),
        "paragraphs": [
            "ROCK SPRINGS, Wyo. – Four fires continue to burn in southwest Wyoming, but are "
            "largely contained.",
            "The Laney Rim fire, east of Rock Springs, Wyoming, today grew to nearly 7,000 acres "
            "and is 5 percent contained. The fire is burning in sage-brush and piñon-juniper near "
            "grazing areas, priority sage-grouse habitat and oil and gas infrastructure. Low wind "
            "and lower temperatures today helped limit the spread of the fire. Low wind and "
            "temperatures are expected to continue tomorrow. A Type 3 incident crew is assuming "
            "responsibility for the fire later this evening.",
            "The Black Butte Fire, northeast of Rock Springs and near Black Butte Mine, is 70 "
            "percent contained and burning about 3,440 acres. There was no fire growth today, and "
            "the fire is expected to be reclassified as a Type 4 fire later this evening.",
            "Two other fires, the Well Fire and Big Ridge fire, are both completely contained and "
            "burning 19 and 305 acres, respectively.",
            "The BLM manages more than 245 million acres of public land located primarily in 12 "
            "western states, including Alaska, on behalf of the American people. The BLM also "
            "administers 700 million acres of sub-surface mineral estate throughout the nation. "
            "Our mission is to sustain the health, diversity, and productivity of America’s "
            "public lands for the use and enjoyment of present and future generations.",
        ],
        "quantities": [
            c("Four fires", 4, "fires", "fires burning in southwest Wyoming"),
            ar("nearly 7,000 acres", 7000, "acre", "size of the Laney Rim fire", approx=True),
            p("5 percent", 5, "containment of the Laney Rim fire"),
            p("70 percent", 70, "containment of the Black Butte Fire"),
            ar("about 3,440 acres", 3440, "acre", "area burning in the Black Butte Fire",
               approx=True),
            c("Two", 2, "fires", "other fires, completely contained"),
            ar("19", 19, "acre", "area of the Well Fire"),
            ar("305 acres", 305, "acre", "area of the Big Ridge fire"),
            ar("more than 245 million acres", 245000000, "acre", "public land managed by the BLM",
               approx=True),
            c("12", 12, "states", "western states where BLM land lies"),
            ar("700 million acres", 700000000, "acre", "sub-surface mineral estate administered by "
               "the BLM"),
        ],
    },
    {
        "id": "qt26-25",
        "source": "usgov:paperzz.com",
        "url": "https://paperzz.com/doc/7430426/the-miller-homestead-fire--located-approximately-12-miles...",
        "title": "Miller Homestead Fire Update: July 10, 7:00 A.M. (BLM Burns District, Release No. OR-BU-12-19)",
        "published": "2012-07-10",
        "truncated": True,
        "note": ("Bureau of Land Management (Interior), Burns District news release of July 10, "
                 "2012, as kept on a document-sharing site; the store holds it as one run of "
                 "text, kept as one paragraph after the heading line. Removed: the contact line "
                 "and release number ('Contact: Tara Martinak (541) 573-4400 Release No. "
                 "OR-BU-12-19 July 10, 2012'). The store cuts the text inside the 'About the BLM' "
                 "paragraph ('BLM-managed la'); kept to the last complete sentence. Phone numbers, "
                 "'level two' (a precaution level), 'Type 3' and clock times are not quantities; "
                 "'over 8,000 additional acres' stops at the number; 'at least two residences' "
                 "and '12 Western states' are counts. The 'About the BLM' sentences recur in "
                 "qt26-24 and qt26-26 (agency boilerplate)."),
        "paragraphs": [
            "MILLER HOMESTEAD FIRE UPDATE: JULY 10, 7:00 A.M.",
            "HINES, Ore. – The Miller Homestead fire, located approximately 12 miles west of "
            "Frenchglen, grew considerably throughout the afternoon Monday. Heavy, sporadic winds "
            "combined with high temperatures and low fuel moisture gave way to over 8,000 "
            "additional acres burned. The increased size and northeast direction of spread brought "
            "at least two residences under remote threat from the wildfire. Firefighters from the "
            "Burns Interagency Fire Zone moved directly to the structures to provide point "
            "protection early Monday evening and a Single Engine Air Tanker from Lakeview "
            "assisted. Burnout operations and direct attack suppression efforts proved successful "
            "in the late evening, bringing the fire to 10% contained at over 11,000 acres. Today "
            "firefighters will continue working to secure containment lines around the fire. A "
            "Type 3 Incident Management Team from Lakeview will be on site later this morning to "
            "assist with operations and logistics for the incident. The Miller Homestead fire "
            "started on Sunday evening after a brief thunderstorm passed through Harney County. "
            "Fire danger remains MODERATE within the Burns Interagency Fire Zone and the "
            "Industrial Fire Precaution Level is a level two. A regulated fire closure is in "
            "effect for the east side of Steens Mountain. Visitors should use caution when "
            "traveling through and recreating in the outdoors this time of year. To report a "
            "wildfire, call 573-1000. For more information on current wildfire activity, call "
            "573-4519. About the BLM: The BLM manages more than 245 million acres of public land – "
            "the most of any Federal agency. This land, known as the National System of Public "
            "Lands, is primarily located in 12 Western states, including Alaska. The BLM also "
            "administers 700 million acres of sub-surface mineral estate throughout the nation.",
        ],
        "quantities": [
            ln("approximately 12 miles", 12, "mile", "distance of the fire west of Frenchglen",
               approx=True),
            ar("over 8,000", 8000, "acre", "additional acres burned Monday afternoon", approx=True),
            c("at least two", 2, "residences", "residences brought under remote threat",
              approx=True),
            p("10%", 10, "containment of the Miller Homestead fire"),
            ar("over 11,000 acres", 11000, "acre", "size of the Miller Homestead fire",
               approx=True),
            ar("more than 245 million acres", 245000000, "acre", "public land managed by the BLM",
               approx=True),
            c("12", 12, "states", "Western states where BLM land is located"),
            ar("700 million acres", 700000000, "acre", "sub-surface mineral estate administered by "
               "the BLM"),
        ],
    },
    {
        "id": "qt26-26",
        "source": "usgov:paperzz.com",
        "url": "https://paperzz.com/doc/7427061/crews-worked-throughout-the-day-yesterday-and-made-signif...",
        "title": "Update on the Sardine Fire (BLM Vale District, OR-030-2012-26, August 21, 2012)",
        "published": "2012-08-21",
        "truncated": True,
        "note": ("Bureau of Land Management (Interior), Vale District news release of August 21, "
                 "2012, as kept on a document-sharing site; one run of text, kept as one "
                 "paragraph. Removed: the release header ('BUREAU OF LAND MANAGEMENT OR-030-2012-26 "
                 "For release: Immediate Release Date: August 21, 2012 Contact: Mark Wilkening "
                 "(541) 473-6218 Time: 0930 am'). The store cuts the text inside the last sentence "
                 "('health and product'); kept to the last complete sentence. 'Ore–Bureau' and "
                 "'Fire-Crews' are verbatim; '6070 acres' has no thousands separator; 'a handful "
                 "of agencies' has no number and is not annotated; 'more than 600,000 American "
                 "jobs' stops at the number; 'In FY 2012' is a year. The 'About the BLM' "
                 "sentences recur in qt26-24 and qt26-25."),
        "paragraphs": [
            "Update on the Sardine Fire Vale, Ore–Bureau of Land Management Vale District Sardine "
            "Fire-Crews worked throughout the day yesterday and made significant progress "
            "establishing control lines. Additional resources arrived in the morning to help with "
            "the suppression effort allowing initial attack resources to return to their bases. "
            "The fire is located 10 miles southeast of the National Historic Oregon Trail "
            "Interpretive Center and 10 miles northwest of Durkee Oregon. Citizens are asked to "
            "avoid the area as fire traffic is heavy with bull dozers and transports, water "
            "tenders and engines traveling on the roads. Through better mapping the acreage was "
            "lowered to 6070 acres burned. If all goes as planned, containment of this fire is "
            "expected late this afternoon. The fire weather watch predicted for the Baker City "
            "area has been lifted though the chance of isolated thunderstorms remains. Initial "
            "attack forces remain on a heightened state of alert. Additional information about "
            "the BLM Vale District can be found by visiting the district website at "
            "www.blm.gov/or/districts/vale. The BLM manages more than 245 million acres of public "
            "land – the most of any Federal agency. This land, known as the National System of "
            "Public Lands, is primarily located in 12 Western states, including Alaska. The BLM "
            "also administers 700 million acres of sub-surface mineral estate throughout the "
            "nation. In Fiscal Year (FY) 2011, recreational and other activities on BLM-managed "
            "land contributed more than $130 billion to the U.S. economy and supported more than "
            "600,000 American jobs. The Bureau is also one of a handful of agencies that collects "
            "more revenue than it spends. In FY 2012, nearly $5.7 billion will be generated on "
            "lands managed by the BLM, which operates on a $1.1 billion budget.",
        ],
        "quantities": [
            ln("10 miles", 10, "mile", "distance of the fire southeast of the Oregon Trail center"),
            ln("10 miles", 10, "mile", "distance of the fire northwest of Durkee"),
            ar("6070 acres", 6070, "acre", "area burned by the Sardine Fire"),
            ar("more than 245 million acres", 245000000, "acre", "public land managed by the BLM",
               approx=True),
            c("12", 12, "states", "Western states where BLM land is located"),
            ar("700 million acres", 700000000, "acre", "sub-surface mineral estate administered by "
               "the BLM"),
            usd("more than $130 billion", 130000000000, "contribution of BLM-land activities to "
                "the economy in FY 2011", approx=True),
            c("more than 600,000", 600000, "jobs", "American jobs supported in FY 2011",
              approx=True),
            usd("nearly $5.7 billion", 5700000000, "revenue generated on BLM lands in FY 2012",
                approx=True),
            usd("$1.1 billion", 1100000000, "BLM budget"),
        ],
    },
    {
        "id": "qt26-27",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/eot2008/20080921080116/http://www.fas.usda.gov/WAP/circular/1997/97-09/sep97wap1.htm",
        "title": "World Agricultural Production, Part One, September 1997 (USDA Foreign Agricultural Service)",
        "published": "1997-09",
        "truncated": True,
        "note": ("USDA Foreign Agricultural Service circular as archived from fas.usda.gov (UNT "
                 "End-of-Term web archive). Removed: the logo and navigation lines ('FAS Online "
                 "logo Return to the FAS Home Page', 'FAS logo II'). Table column padding reduced "
                 "to one space. The store cuts the page in the row 'Total Foreign 527.9'; kept to "
                 "the last complete row and its comment. The table's first columns are million "
                 "metric tons ('MMT', scale applied) and the last two percent; the signs are "
                 "kept ('-0.3' is a decrease of 0.3 MMT, '-0' is printed so, value 0, '+2' is 2). "
                 "Not quantities: 'WASDE-330', 'AGBOX 1045', '14th and Independence Ave.', phone "
                 "and fax numbers, '3:30 pm', marketing years ('1997/98', '1996/97') and 'Part 1'. "
                 "published gives the month only."),
        "paragraphs": [
            "WORLD AGRICULTURAL PRODUCTION PART ONE",
            "September 1997",
            "This report draws on information from USDA's global network of agricultural attaches "
            "and counselors, official statistics of foreign governments, other foreign source "
            "materials, and results of office analysis. Estimates of U.S. acreage, yield and "
            "production are from the USDA Agricultural Statistics Board, except where noted. This "
            "report is based on unrounded data; numbers may not add to totals because of "
            "rounding. The report reflects official USDA estimates released in the World "
            "Agricultural Supply Estimates (WASDE-330) September 12, 1997.",
            "The report was prepared by the Production Estimates and Crop Assessment Division, "
            "FAS, AGBOX 1045, 14th and Independence Ave., Washington, DC 20250-1000. Further "
            "information may be obtained by writing to the division, or by calling (202) "
            "720-0888, 9516, or by FAX (202) 720-8880.",
            "The next issue of World Agricultural Production, Part 1, will be available "
            "electronically after 3:30 pm local time on October 14, 1997.",
            "PRODUCTION HIGHLIGHTS FOR 1997/98",
            "September 1997",
            "--------------1997/98------------- CHANGE",
            "CURRENT MONTHLY MONTHLY FROM",
            "COUNTRY ESTIMATE CHANGE CHANGE 1996/97",
            "MMT MMT (PERCENT) (PERCENT)",
            "WHEAT",
            "World 596.1 -0.3 -0 +2",
            "Production is forecast lower this month due to a reduction in the United States "
            "which more than offset an increase in the total foreign category.",
            "United States 68.2 -0.6 -1 +10",
            "Production is forecast lower due to yield reductions in Minnesota and the Dakotas "
            "which more than offset improved yield prospects in Montana and Washington.",
        ],
        "quantities": [
            mass("596.1", 596100000, "metric_ton", "world wheat production estimate 1997/98"),
            mass("-0.3", -300000, "metric_ton", "monthly change in world wheat production"),
            p("-0", 0, "monthly change in world wheat production (percent)"),
            p("+2", 2, "change in world wheat production from 1996/97"),
            mass("68.2", 68200000, "metric_ton", "U.S. wheat production estimate 1997/98"),
            mass("-0.6", -600000, "metric_ton", "monthly change in U.S. wheat production"),
            p("-1", -1, "monthly change in U.S. wheat production (percent)"),
            p("+10", 10, "change in U.S. wheat production from 1996/97"),
        ],
    },
    {
        "id": "qt26-28",
        "source": "usgov:flashalert.net",
        "url": "https://flashalert.net/id/BonnevillePowerAdministration/120168",
        "title": "BPA cuts costs in proposed rates for 2020 and 2021 (Bonneville Power Administration news release, 12/06/18)",
        "published": "2018-12-06",
        "truncated": True,
        "note": ("Bonneville Power Administration (Department of Energy) news release as posted on "
                 "FlashAlert (a newsroom distribution service that carries agency releases; the "
                 "text is BPA's). Removed: the FlashAlert header, emergency-message and "
                 "subscription lines, and the headline with its date (moved to title). The store "
                 "cuts the text inside a quotation ('By fully absorbing inflation a'); kept to the "
                 "last complete sentence. 'two-year rate period' is a compound duration; '$66 "
                 "million in annual program spending reductions' is annotated as money (the "
                 "'annual' is an adjective of the reductions); fiscal years and dates are not "
                 "quantities; 'multi-year' has no number."),
        "paragraphs": [
            "Portland, Ore. – The Bonneville Power Administration today released its initial "
            "wholesale power and transmission rates proposal for fiscal years 2020 and 2021. The "
            "rates proposal includes significant program cost reductions and supports a "
            "multi-year grid modernization initiative to maximize the capacity of the federal "
            "power and transmission systems and improve grid efficiency.",
            "The proposed average wholesale power rate increase is 2.9 percent for the two-year "
            "rate period and the average transmission rate increase is 3.6 percent. The initial "
            "proposal kicks off the rate-setting process, which will end with final decisions in "
            "July 2019. The new rates will take effect on Oct. 1, 2019.",
            "“This rates proposal demonstrates BPA’s commitment to disciplined cost-management "
            "while investing in the most valuable work, including grid modernization and "
            "strengthening our financial health,” said Administrator Elliot Mainzer. “The "
            "proposal is a result of the focus and determination of the BPA workforce, the hard "
            "work of our federal and nonfederal generation partners, and an effective "
            "collaboration with our customers, states, tribes and other constituents throughout "
            "the region.”",
            "BPA worked diligently to lower program spending through the 2018 Integrated Program "
            "Review, where it found $66 million in annual program spending reductions compared to "
            "the current rate period.",
            "“Our customers have clearly articulated their concerns about our cost structure and "
            "long-term competitiveness,” said Mainzer.",
        ],
        "quantities": [
            p("2.9 percent", 2.9, "proposed average wholesale power rate increase"),
            dur("two-year", 2, "year", "rate period"),
            p("3.6 percent", 3.6, "proposed average transmission rate increase"),
            usd("$66 million", 66000000, "annual program spending reductions"),
        ],
    },
    {
        "id": "qt26-29",
        "source": "usgov:www.usbr.gov",
        "url": "http://www.usbr.gov/newsroom/rssxml/gprssfeed.cfm",
        "title": "Reclamation Announces Decision Regarding OIG investigation and Questioned Costs for Rocky Boy’s North Central Project",
        "published": None,
        "truncated": True,
        "note": ("Bureau of Reclamation (Interior) Great Plains Region news release as the first "
                 "item of its RSS feed. Removed: the feed's channel title, the newsroom addresses "
                 "and the item title (moved to title); the '<P>' tags mark paragraph breaks and "
                 "are removed. No date in the stored text (the release follows a March 2013 "
                 "audit; published empty). The store cuts the text inside a quotation ('full "
                 "support of the Project an'); kept to the last complete sentence. 'between 2006 "
                 "and 2012' and 'March 2013' are dates."),
        "paragraphs": [
            "BILLINGS, Mont. -- Bureau of Reclamation's Great Plains Regional Director, Michael J. "
            "Ryan, announced today Reclamation's decision for Chippewa Cree Tribe to reimburse "
            "$3,085,460 of the more than $12 million identified as questionable costs following "
            "the Office of Inspector General (OIG) investigation involving funds provided to the "
            "Tribe between 2006 and 2012 for the Rocky Boy's North Central Montana Regional Water "
            "System Project.",
            "\"Reclamation reached its decision after careful consideration of the facts in "
            "consultation with the Chippewa Cree Tribe,\" said Ryan.",
            "In March 2013, Reclamation was made aware of allegations and investigations into the "
            "possible misuse of funds by some individuals associated with the Project. Reclamation "
            "and the Tribe met and jointly agreed the most prudent course would be to obtain an "
            "immediate and independent audit of Project costs. The OIG was requested to conduct "
            "the audit.",
            "\"The Tribe and Reclamation worked very hard to cooperatively get to the final number "
            "from the auditors questioned costs of over $12 million,\" said Chippewa Cree "
            "Vice-Chairman Ted Whitford. \"This reflects well on the partnership between the Tribe "
            "and Reclamation in supporting our Project.\"",
            "In addition to the decision requiring the Tribe to repay $3.1 million, Reclamation "
            "and the Tribe have jointly agreed to incorporate new terms and conditions into Annual "
            "Funding Agreements, changed annual funding advances to monthly reimbursements, and "
            "created a separate joint bank account for withdrawing funds approved for "
            "reimbursement.",
            "\"I am well aware of the impact this decision has on the Tribe,\" said Ryan.",
        ],
        "quantities": [
            usd("$3,085,460", 3085460, "amount the Chippewa Cree Tribe must reimburse"),
            usd("more than $12 million", 12000000, "costs identified as questionable",
                approx=True),
            usd("over $12 million", 12000000, "costs questioned by the auditors", approx=True),
            usd("$3.1 million", 3100000, "amount the Tribe must repay"),
        ],
    },
    {
        "id": "qt26-30",
        "source": "usgov:bigislandnow.com",
        "url": "https://bigislandnow.com/2021/01/02/lava-lake-depth-now-exceeds-600-feet/",
        "title": "Lava lake depth now exceeds 600 feet (USGS Hawaiian Volcano Observatory update, Jan. 2, 2021)",
        "published": "2021-01-02",
        "truncated": False,
        "note": ("USGS Hawaiian Volcano Observatory (Interior) Kīlauea update of 8:34 AM HST, "
                 "Saturday, Jan. 2, 2021, as reproduced verbatim on a local news site (the stored "
                 "text is the HVO update only, headed with its time and source; no added "
                 "reporting). Removed: the site's date stamp and the heading line naming the "
                 "update's time and source (kept in title and published); the alert-level and "
                 "color-code lines are kept. 't/d' is tonnes per day (metric_ton/day); "
                 "'3,000-6,500 t/d' is a range; '875 by 580 yards' gives two lengths ('875' takes "
                 "the unit after '580'); 'about 1-2 yards' is an approximate range; 'Over the past "
                 "day' is spanned 'the past day' (as test24's 'the past year'); 'the other 10 or "
                 "so small islands' is approximate and stops at the number; 'pre-2018' and dates "
                 "are not quantities."),
        "paragraphs": [
            "Current Volcano Alert Level: WATCH",
            "Current Aviation Color Code: ORANGE",
            "Activity Summary: Lava activity is confined to Halemaʻumaʻu with lava erupting from "
            "vents on the northwest side of the crater. Early this morning the lava lake was 620 "
            "feet deep with a narrow black ledge around it. The west vents spattered while "
            "erupting lava flowed through crusted-over channels into a lava lake within "
            "Halemaʻumaʻu crater. SO2 emission rates were still elevated.",
            "Sulfur dioxide emission rate measurements made Dec. 31, 2020, were about 6300 t/d and "
            "in the range 3,000-6,500 t/d since Dec. 27, 2020 — the same range of values that was "
            "common for the pre-2018 lava lake.",
            "The most recent thermal map on Dec. 30, 2020, provided the lake dimensions as 875 by "
            "580 yards for a total area of 82 acres. The narrow ledge around the lake was about "
            "1-2 yards above the active lake surface.",
            "Over the past day, the main island of cooler, solidified lava floating in the lava "
            "lake drifted to the west before settling in front of the west lava source filling "
            "the lake around midnight, while the other 10 or so small islands remained relatively "
            "stationary around the east end of the lake. The main island measured about 820 feet "
            "in length, 440 feet in width, and about 7 acres in area based on the Dec. 30, 2020, "
            "thermal map. Measurements Friday afternoon showed that the island surface was about "
            "20 feet above the lake surface.",
        ],
        "quantities": [
            ln("620 feet", 620, "foot", "depth of the Kīlauea lava lake"),
            rate("about 6300 t/d", 6300, "metric_ton/day", "sulfur dioxide emission rate on Dec. 31",
                 approx=True),
            rate("3,000-6,500 t/d", 3000, "metric_ton/day",
                 "range of sulfur dioxide emission rates since Dec. 27", high=6500),
            ln("875", 875, "yard", "length of the lava lake"),
            ln("580 yards", 580, "yard", "width of the lava lake"),
            ar("82 acres", 82, "acre", "total area of the lava lake"),
            ln("about 1-2 yards", 1, "yard", "height of the ledge above the lake surface",
               approx=True, high=2),
            dur("the past day", 1, "day", "period of the main island's drift"),
            c("10 or so", 10, "islands", "other small islands in the lava lake", approx=True),
            ln("about 820 feet", 820, "foot", "length of the main island", approx=True),
            ln("440 feet", 440, "foot", "width of the main island"),
            ar("about 7 acres", 7, "acre", "area of the main island", approx=True),
            ln("about 20 feet", 20, "foot", "height of the island surface above the lake",
               approx=True),
        ],
    },
    {
        "id": "qt26-31",
        "source": "voa:learningenglish.voanews.com",
        "url": "http://learningenglish.voanews.com/a/a-23-2009-08-25-voa1-83140912/129607.html",
        "title": "Death Valley: A Beautiful but Dangerous Place",
        "published": "2009-08-25",
        "truncated": True,
        "note": ("VOA Special English EXPLORATIONS script on VOA Learning English (date from the "
                 "address). Removed: 'Accessibility links', 'Breaking News', the headline (moved "
                 "to title) and the label 'Transcript of radio broadcast:'; the page's summary "
                 "sentence is kept as the first paragraph. Speaker labels and '(MUSIC)' are kept "
                 "as lines. The store cuts the page inside a list of colours ('gray, yellow'); "
                 "kept to the last complete sentence. 'as high as' is a qualifier (approximate); "
                 "'almost a kilometer and a half' is 1.5 km; 'several ancient volcanoes' stops at "
                 "'several' (3, approximate); 'the winter months' has no number."),
        "paragraphs": [
            "In the summer, the sun heats the ground so that the temperature of the rocks and soil "
            "can be as high as 74 degrees Celsius.",
            "VOICE ONE:",
            "This is Phoebe Zimmerman.",
            "VOICE TWO:",
            "And this is Steve Ember with the VOA Special English program EXPLORATIONS. Today we "
            "visit one of America's great national parks. It is a place of strange and silent "
            "beauty. As beautiful as this place is, its name provides evidence of very real "
            "danger. Come with us as we visit Death Valley.",
            "(MUSIC)",
            "VOICE ONE:",
            "Death Valley is a land of beautiful yet dangerous extremes. There are mountains that "
            "reach more than three thousand meters into the sky. There is a place called Badwater "
            "that is the lowest area of land in the Western Hemisphere. If there were water there, "
            "it would be eighty-six meters below the level of the ocean.",
            "Death Valley can be dangerously cold during the winter months. Storms in the "
            "mountains can produce sudden flooding on the floor of the Valley.",
            "The air temperature during the summer has been as high as fifty-seven degrees "
            "Celsius. The sun can heat the ground so that the temperature of the rocks and soil "
            "can be as high as seventy-four degrees Celsius.",
            "The extreme heat of Death Valley has killed people in the past. It will continue to "
            "kill those who do not honor this extreme climate. Death Valley does not forgive those "
            "who are not careful.",
            "VOICE TWO:",
            "Death Valley is a good example of the violence of nature. It contains evidence of "
            "several ancient volcanoes that caused huge explosions.",
            "Evidence of one of these explosions is called Ubehebe Crater. The explosion left a "
            "huge hole in the ground almost a kilometer and a half wide.",
            "In many areas of Death Valley it is easy to see where the ground has been pushed up "
            "violently by movement deep in the Earth. This movement has created unusual and "
            "beautiful rock formations. Some are red.",
        ],
        "quantities": [
            oth("as high as 74 degrees Celsius", 74, "celsius",
                "summer temperature of rocks and soil in Death Valley", approx=True),
            ln("more than three thousand meters", 3000, "meter", "height of Death Valley's mountains",
               approx=True),
            ln("eighty-six meters", 86, "meter", "depth of Badwater below sea level"),
            oth("as high as fifty-seven degrees Celsius", 57, "celsius",
                "summer air temperature in Death Valley", approx=True),
            oth("as high as seventy-four degrees Celsius", 74, "celsius",
                "temperature of rocks and soil heated by the sun", approx=True),
            c("several", 3, "volcanoes", "ancient volcanoes in Death Valley", approx=True),
            ln("almost a kilometer and a half", 1.5, "kilometer", "width of Ubehebe Crater",
               approx=True),
        ],
    },
    {
        "id": "qt26-32",
        "source": "voa:merlinenglish.com",
        "url": "https://merlinenglish.com/?p=3475",
        "title": "Where Is the World’s Largest Solar Power Plant?",
        "published": None,
        "truncated": False,
        "note": ("VOA Learning English Technology Report by VOA correspondent Carolyn Presutti (early "
                 "2014: the plant 'was set to begin producing power ... at the end of 2013'; no "
                 "date in the stored text) as kept on an English-learning site. Removed: the "
                 "headline (moved to title). Verbatim slips kept: 'He says can store', 'The "
                 "includes birds', 'BrightSource Energy has' without comma. 'about 60 kilometers' "
                 "and 'more than 260 degrees Celsius' keep their qualifiers; '170,000 specially "
                 "designed mirrors' and 'three power towers' stop at the number."),
        "paragraphs": [
            "From VOA Learning English, this is the Technology Report.",
            "The world’s largest solar thermal plant was set to begin producing power in the "
            "United States at the end of 2013. Wind and energy from the sun are generally "
            "considered clean, unlike energy from coal-burning power stations. But, "
            "environmentalists now worry that too much solar power development could harm the "
            "local environment.",
            "A California company, BrightSource Energy has been building a huge solar power plant "
            "in the Mojave Desert, about 60 kilometers southwest of Las Vegas, Nevada. The plant "
            "is known as the Ivanpah Solar Electric Generating System.",
            "The company planned to deploy 170,000 specially designed mirrors to direct solar "
            "energy towards boilers on top of three power towers. The steam produced in the "
            "boilers will drive turbines to make electricity.",
            "Joe Desmond works for BrightSource Energy. He says the steam can reach temperatures "
            "of more than 260 degrees Celsius.",
            "He says can store the sun’s thermal energy in the form of molten salt. With stored "
            "energy, he says, the power station can produce electricity even when the sun goes "
            "down.",
            "Environmentalists generally support the idea of solar power. But there are concerns. "
            "Lisa Belenky with a private group called the Center for Biological Diversity. She "
            "says environmentalists are worried about the effect of the Ivanpah Solar Project on "
            "the sensitive plant and animal life in the Mojave desert.",
            "The includes birds striking solar equipment or being burned after flying through the "
            "intense heat. As solar projects increase, developers and environmentalists are "
            "considering what to do to reduce bird death.",
            "For VOA Learning English, I’m Carolyn Presutti.",
        ],
        "quantities": [
            ln("about 60 kilometers", 60, "kilometer", "distance of the Ivanpah plant southwest of "
               "Las Vegas", approx=True),
            c("170,000", 170000, "mirrors", "specially designed mirrors at Ivanpah"),
            c("three", 3, "power towers", "power towers with boilers"),
            oth("more than 260 degrees Celsius", 260, "celsius", "temperature the steam can reach",
                approx=True),
        ],
    },
    {
        "id": "qt26-33",
        "source": "usgov:www.ncdc.noaa.gov",
        "url": "https://www.ncdc.noaa.gov/sotc/national/2012/8/supplemental/page-3",
        "title": "National Climate Report - August 2012: Significant Temperature Records at Stations (NOAA National Climatic Data Center)",
        "published": "2012-09",
        "truncated": True,
        "note": ("NOAA National Climatic Data Center supplemental page of the August 2012 national "
                 "climate report. Removed: the page title, its repetition and the back link "
                 "('« National Climate Report - August 2012'). Table rows are verbatim as stored "
                 "(cells glued: 'Aug 1OKLAHOMA CITY WILL ROGERS AP, OK112°F110°F (Aug 6, 2011)'); "
                 "each row gives the new record and the previous one, and the second table also "
                 "the margin ('+12°F', a temperature difference in °F). Cut by the annotator "
                 "after the first row of the second table to stay within the cap of 12 "
                 "quantities of one dimension (the table continues with 16 more rows). '(1 day "
                 "prior)' anchors the previous record in time (not annotated); dates and years are "
                 "not quantities; 'at least a 60-year period of record' is a duration with its "
                 "qualifier; 'at least 6 °F' is a temperature difference. published gives the "
                 "month of the report's release only (September 2012)."),
        "paragraphs": [
            "The persistent warmth of 2011 and 2012 continued through August. As with previous "
            "months, many records were tied or broken for both maximum temperatures (\"afternoon "
            "highs\") and minimum temperatures (\"overnight lows\"). The following tables present "
            "some of the more extreme record-breaking temperatures for stations with at least a "
            "60-year period of record. Note: These data are preliminary. Many stations still "
            "report via paper and U.S. Mail, and may not be captured in this list. Until data are "
            "final, most counts of records for August 2012 are likely to be underestimates.",
            "August 2012:",
            "The following locations broke all-time temperature records (for any day of the year) "
            "during August.",
            "All-Time High",
            "All-Time High",
            "Aug 1OKLAHOMA CITY WILL ROGERS AP, OK112°F110°F (Aug 6, 2011)",
            "Aug 2WATONGA, OK112°F111°F (Aug 6, 1964)",
            "Aug 3OKLAHOMA CITY WILL ROGERS AP, OK113°F112°F (1 day prior)",
            "Aug 24KANEOHE NAVY AIR STN, HI96°F91°F (Aug 27, 2006)",
            "The following locations broke daily \"warmest high temperature\" by at least 6 °F.",
            "Warmest High",
            "Warmest High",
            "Aug 5TILLAMOOK, OR94°F82°F (1992)+12°F",
        ],
        "quantities": [
            dur("at least a 60-year", 60, "year", "period of record of the stations listed",
                approx=True),
            oth("112°F", 112, "fahrenheit", "new all-time high at Oklahoma City Will Rogers AP, Aug 1"),
            oth("110°F", 110, "fahrenheit", "previous all-time high at Oklahoma City (Aug 6, 2011)"),
            oth("112°F", 112, "fahrenheit", "new all-time high at Watonga, Aug 2"),
            oth("111°F", 111, "fahrenheit", "previous all-time high at Watonga (Aug 6, 1964)"),
            oth("113°F", 113, "fahrenheit", "new all-time high at Oklahoma City, Aug 3"),
            oth("112°F", 112, "fahrenheit", "previous all-time high at Oklahoma City (1 day prior)"),
            oth("96°F", 96, "fahrenheit", "new all-time high at Kaneohe Navy Air Station, Aug 24"),
            oth("91°F", 91, "fahrenheit", "previous all-time high at Kaneohe (Aug 27, 2006)"),
            oth("at least 6 °F", 6, "fahrenheit",
                "margin by which daily warmest high records were broken", approx=True),
            oth("94°F", 94, "fahrenheit", "new daily warmest high at Tillamook, Aug 5"),
            oth("82°F", 82, "fahrenheit", "previous daily warmest high at Tillamook (1992)"),
            oth("+12°F", 12, "fahrenheit", "margin of the Tillamook record"),
        ],
    },
    {
        "id": "qt26-34",
        "source": "usgov:si.frajer.net",
        "url": "https://si.frajer.net/readmsg.aspx?msgid=19741704",
        "title": "Summary of Weekly Petroleum Data for the Week Ending January 23, 2004 (EIA Weekly Petroleum Status Report highlights)",
        "published": "2004-01",
        "truncated": True,
        "note": ("U.S. Energy Information Administration 'Summary of Weekly Petroleum Data' (Weekly "
                 "Petroleum Status Report highlights, week ending January 23, 2004), quoted "
                 "verbatim in a message-board post. Removed: the poster's own two lines above the "
                 "EIA text ('HUGE decrease in energy inventories:' and a list of changes), so only "
                 "the agency's text is kept. The store cuts the post after 'Total'; kept to the "
                 "last complete sentence. 'X barrels per day' are rates (barrel/day, scale "
                 "applied), 'X million barrels' volumes (barrels stay barrel); qualifiers 'just "
                 "over', 'about', 'nearly' are kept; 'the last three weeks', 'the last four weeks' "
                 "are spanned 'three weeks', 'four weeks'; 'the 5-year average' is a compound "
                 "duration; 'Half of the decrease' is a fraction; 'PADD V', 'PADD III' are region "
                 "names and dates are not quantities. published gives the month only."),
        "paragraphs": [
            "Summary of Weekly Petroleum Data for the Week Ending January 23, 2004",
            "U.S. crude oil refinery inputs averaged just over 14.7 million barrels per day during "
            "the week ending January 23, down 163,000 barrels per day from the previous week and "
            "677,000 barrels per day over the last three weeks. The vast majority of the decline "
            "last week was on the West Coast (PADD V), while crude oil inputs on the Gulf Coast "
            "averaged about 7.0 million barrels per day, down 116,000 barrels per day from last "
            "week's level.",
            "U.S. crude oil imports averaged 8.6 million barrels per day last week, down nearly "
            "1.2 million barrels per day from the previous week, and the lowest level since the "
            "week ending March 7, 2003. Half of the decrease was on the Gulf Coast (PADD III), "
            "which dropped to its lowest level in three weeks. Over the last four weeks, crude oil "
            "imports have averaged nearly 9.4 million barrels per day. Distillate fuel imports "
            "averaged 512,000 barrels per day last week, the highest weekly average since the week "
            "ending March 7, 2003. Total motor gasoline imports (including both finished gasoline "
            "and gasoline blending components) fell by nearly 200,000 barrels per day, averaging "
            "490,000 barrels per day last week.",
            "U.S. commercial crude oil inventories (excluding those in the Strategic Petroleum "
            "Reserve) decreased by 1.5 million barrels last week. At 263.7 million barrels, U.S. "
            "crude oil inventories are 35.8 million barrels less than the 5-year average for this "
            "time of year. Distillate fuel inventories fell by 4.5 million barrels, with decreases "
            "seen in both low-sulfur (diesel fuel) distillate fuel and high-sulfur (heating oil) "
            "distillate fuel. At 131.0 million barrels, distillate fuel inventories are 4.1 "
            "million barrels above the 5-year average for this time of year. Motor gasoline "
            "inventories fell by 3.5 million barrels last week, and are about 6.6 million barrels "
            "below the 5-year average.",
        ],
        "quantities": [
            rate("just over 14.7 million barrels per day", 14700000, "barrel/day",
                 "U.S. crude oil refinery inputs", approx=True),
            rate("163,000 barrels per day", 163000, "barrel/day",
                 "weekly drop in refinery inputs"),
            rate("677,000 barrels per day", 677000, "barrel/day",
                 "drop in refinery inputs over three weeks"),
            dur("three weeks", 3, "week", "period of the 677,000 b/d drop"),
            rate("about 7.0 million barrels per day", 7000000, "barrel/day",
                 "crude oil inputs on the Gulf Coast", approx=True),
            rate("116,000 barrels per day", 116000, "barrel/day",
                 "weekly drop in Gulf Coast inputs"),
            rate("8.6 million barrels per day", 8600000, "barrel/day", "U.S. crude oil imports"),
            rate("nearly 1.2 million barrels per day", 1200000, "barrel/day",
                 "weekly drop in crude oil imports", approx=True),
            frac("Half", 0.5, "share of the import decrease on the Gulf Coast"),
            dur("three weeks", 3, "week", "period of the Gulf Coast's lowest import level"),
            dur("four weeks", 4, "week", "averaging period for crude oil imports"),
            rate("nearly 9.4 million barrels per day", 9400000, "barrel/day",
                 "four-week average of crude oil imports", approx=True),
            rate("512,000 barrels per day", 512000, "barrel/day", "distillate fuel imports"),
            rate("nearly 200,000 barrels per day", 200000, "barrel/day",
                 "weekly fall in motor gasoline imports", approx=True),
            rate("490,000 barrels per day", 490000, "barrel/day", "motor gasoline imports"),
            vol("1.5 million barrels", 1500000, "barrel",
                "weekly decrease in commercial crude oil inventories"),
            vol("263.7 million barrels", 263700000, "barrel", "U.S. crude oil inventories"),
            vol("35.8 million barrels", 35800000, "barrel",
                "crude inventories below the 5-year average"),
            dur("5-year", 5, "year", "averaging period for crude oil inventories"),
            vol("4.5 million barrels", 4500000, "barrel", "weekly fall in distillate inventories"),
            vol("131.0 million barrels", 131000000, "barrel", "distillate fuel inventories"),
            vol("4.1 million barrels", 4100000, "barrel",
                "distillate inventories above the 5-year average"),
            dur("5-year", 5, "year", "averaging period for distillate inventories"),
            vol("3.5 million barrels", 3500000, "barrel", "weekly fall in motor gasoline inventories"),
            vol("about 6.6 million barrels", 6600000, "barrel",
                "gasoline inventories below the 5-year average", approx=True),
            dur("5-year", 5, "year", "averaging period for gasoline inventories"),
        ],
    },
    {
        "id": "qt26-35",
        "source": "usgov:si.frajer.net",
        "url": "https://si.frajer.net/readmsg.aspx?msgid=19846454",
        "title": "Summary of Weekly Petroleum Data for the Week Ending February 20, 2004 (EIA Weekly Petroleum Status Report highlights)",
        "published": "2004-02",
        "truncated": True,
        "note": ("U.S. Energy Information Administration 'Summary of Weekly Petroleum Data' (week "
                 "ending February 20, 2004), quoted verbatim in a message-board post. Removed: the "
                 "poster's own line above the EIA text ('Overall petro inventories down another "
                 "2.7 million barrels.'). The store cuts the post after 'Total'; kept to the last "
                 "complete sentence. Same conventions as qt26-34; 'the last several weeks' is "
                 "spanned 'several weeks' (3, approximate), 'the last 6 weeks' '6 weeks', 'the "
                 "previous two weeks' 'two weeks'. published gives the month only."),
        "paragraphs": [
            "Summary of Weekly Petroleum Data for the Week Ending February 20, 2004",
            "U.S. crude oil refinery inputs averaged nearly 14.5 million barrels per day during "
            "the week ending February 20, down 498,000 barrels per day from the previous week's "
            "average, and more than the cumulative increase seen over the previous two weeks. Most "
            "of the decrease last week was in the Gulf Coast (PADD III), where refinery inputs "
            "averaged 6.5 million barrels per day, the lowest weekly average since October 11, "
            "2002.",
            "U.S. crude oil imports averaged 9.0 million barrels per day last week, down nearly "
            "1.2 million barrels per day from the previous week. This continued the up-and-down "
            "pattern seen over the last several weeks. Most of the decrease was on the West Coast "
            "(PADD V) and the East Coast (PADD I). Over the last four weeks, crude oil imports "
            "have averaged over 9.5 million barrels per day. Distillate fuel imports averaged "
            "696,000 barrels per day last week, the most since the week ending February 9, 2001. "
            "Total motor gasoline imports (including both finished gasoline and gasoline blending "
            "components) averaged 854,000 barrels per day last week.",
            "With both crude oil imports and refinery inputs down significantly, U.S. commercial "
            "crude oil inventories (excluding those in the Strategic Petroleum Reserve) were "
            "unchanged last week. At 273.8 million barrels, U.S. crude oil inventories are 26.4 "
            "million barrels less than the 5-year average for this time of year. Distillate fuel "
            "inventories fell by 1.1 million barrels, and have now dropped by 26.9 million barrels "
            "over the last 6 weeks (since January 9). At 111.4 million barrels, distillate fuel "
            "inventories are 8.3 million barrels below the 5-year average for this time of year. "
            "Motor gasoline inventories decreased by 1.6 million barrels last week, and are 9.5 "
            "million barrels below the 5-year average. Total commercial petroleum inventories are "
            "63.4 million barrels less than the 5-year average.",
        ],
        "quantities": [
            rate("nearly 14.5 million barrels per day", 14500000, "barrel/day",
                 "U.S. crude oil refinery inputs", approx=True),
            rate("498,000 barrels per day", 498000, "barrel/day", "weekly drop in refinery inputs"),
            dur("two weeks", 2, "week", "period of the earlier cumulative increase"),
            rate("6.5 million barrels per day", 6500000, "barrel/day",
                 "refinery inputs on the Gulf Coast"),
            rate("9.0 million barrels per day", 9000000, "barrel/day", "U.S. crude oil imports"),
            rate("nearly 1.2 million barrels per day", 1200000, "barrel/day",
                 "weekly drop in crude oil imports", approx=True),
            dur("several weeks", 3, "week", "period of the up-and-down import pattern",
                approx=True),
            dur("four weeks", 4, "week", "averaging period for crude oil imports"),
            rate("over 9.5 million barrels per day", 9500000, "barrel/day",
                 "four-week average of crude oil imports", approx=True),
            rate("696,000 barrels per day", 696000, "barrel/day", "distillate fuel imports"),
            rate("854,000 barrels per day", 854000, "barrel/day", "motor gasoline imports"),
            vol("273.8 million barrels", 273800000, "barrel", "U.S. crude oil inventories"),
            vol("26.4 million barrels", 26400000, "barrel",
                "crude inventories below the 5-year average"),
            dur("5-year", 5, "year", "averaging period for crude oil inventories"),
            vol("1.1 million barrels", 1100000, "barrel", "weekly fall in distillate inventories"),
            vol("26.9 million barrels", 26900000, "barrel",
                "drop in distillate inventories over six weeks"),
            dur("6 weeks", 6, "week", "period of the distillate inventory drop"),
            vol("111.4 million barrels", 111400000, "barrel", "distillate fuel inventories"),
            vol("8.3 million barrels", 8300000, "barrel",
                "distillate inventories below the 5-year average"),
            dur("5-year", 5, "year", "averaging period for distillate inventories"),
            vol("1.6 million barrels", 1600000, "barrel",
                "weekly decrease in motor gasoline inventories"),
            vol("9.5 million barrels", 9500000, "barrel",
                "gasoline inventories below the 5-year average"),
            dur("5-year", 5, "year", "averaging period for gasoline inventories"),
            vol("63.4 million barrels", 63400000, "barrel",
                "total commercial petroleum inventories below the 5-year average"),
            dur("5-year", 5, "year", "averaging period for total commercial inventories"),
        ],
    },
    {
        "id": "qt26-36",
        "source": "usgov:www2.eere.energy.gov",
        "url": "http://www2.eere.energy.gov/femp/news/news_detail.html?news_id=11967",
        "title": "DOE Headquarters Inaugurates a New 205-Kilowatt Solar Power System",
        "published": "2008-09-09",
        "truncated": True,
        "note": ("Department of Energy, Federal Energy Management Program news item. Removed: the "
                 "headline (moved to title; its '205-Kilowatt' is therefore not annotated), the "
                 "photo description, the photo caption and its credit line; the date line is "
                 "kept. The store cuts the text inside a sentence ('and renewable energy '); kept "
                 "to the last complete sentence. 'about 200 megawatt-hours of electricity per "
                 "year' and '186 metric tons per year' are rates (the per-unit follows; 'of "
                 "electricity' is an inserted noun); '40 to 50 times' is a multiplier range; '891 "
                 "solar photovoltaic modules' stops at the number; 'its first year of operation' "
                 "is an ordinal; 'January 2007' a date."),
        "paragraphs": [
            "September 9, 2008",
            "A new 205-kilowatt solar power system was turned on for the first time at DOE's "
            "Forrestal Building on September 9, in an inaugural ceremony led by Secretary of "
            "Energy Samuel Bodman. The new rooftop solar electric system, designed and installed "
            "by SunPower Corporation, consists of 891 solar photovoltaic modules and is 40 to 50 "
            "times larger than a typical residential system. Each module is able to convert 18.5% "
            "of the sunlight hitting it into electricity, which is one of the highest conversion "
            "efficiencies available for purchase today. The system will generate about 200 "
            "megawatt-hours of electricity per year, providing up to 8% of the Forrestal "
            "complex's energy during peak hours and saving as much as $26,000 in utility costs in "
            "its first year of operation. Insulation incorporated into each module will provide "
            "additional energy savings by reducing the building's heating and cooling load, and "
            "the system will ultimately help DOE avoid the emission of 186 metric tons per year of "
            "greenhouse gases. See the DOE and SunPower press releases.",
        ],
        "quantities": [
            oth("205-kilowatt", 205, "kilowatt", "DOE headquarters rooftop solar power system"),
            c("891", 891, "solar photovoltaic modules", "modules of the rooftop system"),
            oth("40 to 50 times", 40, "multiplier", "size of the system relative to a typical "
                "residential system", high=50),
            p("18.5%", 18.5, "sunlight each module converts into electricity"),
            rate("about 200 megawatt-hours of electricity per year", 200, "megawatt_hour/year",
                 "electricity the system will generate", approx=True),
            p("up to 8%", 8, "share of the Forrestal complex's peak-hour energy", approx=True),
            usd("as much as $26,000", 26000, "utility cost savings in the first year",
                approx=True),
            rate("186 metric tons per year", 186, "metric_ton/year",
                 "greenhouse gas emissions avoided"),
        ],
    },
    {
        "id": "qt26-37",
        "source": "usgov:kbkw.com",
        "url": "http://kbkw.com/tag/columbia-river-gorge/",
        "title": "Wind Power Reaches Milestone for Bonneville Power Administration (BPA news release, August 2009)",
        "published": None,
        "truncated": True,
        "note": ("Bonneville Power Administration (Department of Energy) news release of August "
                 "2009, as carried verbatim on a radio station's tag page (the page shows the "
                 "release's headline, its text and 'Continue Reading ...'; no date in the stored "
                 "text, published empty). Removed: the list bullet and 'Continue Reading ...'; the "
                 "headline is moved to title. Double spaces after full stops are verbatim. 'This "
                 "doubles the peak' is a multiplier (2); 'for weeks' is a vague plural (2 weeks, "
                 "approximate); 'a few years' 3 (approximate); 'thousands of new jobs' and "
                 "'millions of dollars' are vague plurals (2,000 and 2,000,000, approximate); "
                 "clock times and dates are not quantities."),
        "paragraphs": [
            "Portland, Ore. – Wind has arrived.  In early August, for the first time, the "
            "Bonneville Power Administration’s transmission grid reached a milestone, carrying "
            "more than 2,000 megawatts of wind power for more than an hour.  On Aug. 6, after "
            "flirting with the 2,000-megawatt threshold for weeks, total wind generation on BPA’s "
            "system blew right past that level at 5:15 p.m., reaching a new all-time peak of 2,089 "
            "megawatts at 6:19 p.m.  This doubles the peak of 1,000 megawatts recorded in January "
            "2008.",
            "To put that in context, wind turbines in eastern Oregon and Washington produced "
            "enough electricity to light all of Seattle and Portland for that hour.",
            "“Wind power is growing rapidly in the Northwest,” said Brian Silverstein, BPA acting "
            "senior vice president for Transmission Services.  “It’s the largest source of new "
            "power in our system.  Within just a few years, we’ve seen more wind projects come on "
            "line, and BPA has been working quickly to connect the new projects into the regional "
            "power grid.”",
            "“It’s great to see wind power mature, along with BPA’s ability to integrate it into "
            "the system,” said Rachel Shimshak, executive director of Renewable Northwest Project.  "
            "“Renewable energy growth has resulted in thousands of new jobs, millions of dollars "
            "of investment in local communities, and provided a boost to creating a clean energy "
            "economy,” she concluded.",
        ],
        "quantities": [
            oth("more than 2,000 megawatts", 2000, "megawatt", "wind power carried by BPA's grid",
                approx=True),
            dur("more than an hour", 1, "hour", "duration of the 2,000 MW wind milestone",
                approx=True),
            oth("2,000-megawatt", 2000, "megawatt", "wind generation threshold"),
            dur("weeks", 2, "week", "time wind generation flirted with the threshold",
                approx=True),
            oth("2,089 megawatts", 2089, "megawatt", "new all-time peak of wind generation"),
            oth("doubles", 2, "multiplier", "new wind peak relative to January 2008"),
            oth("1,000 megawatts", 1000, "megawatt", "wind peak recorded in January 2008"),
            dur("a few years", 3, "year", "period of rapid growth of wind projects", approx=True),
            c("thousands", 2000, "jobs", "new jobs from renewable energy growth", approx=True),
            usd("millions of dollars", 2000000, "investment in local communities", approx=True),
        ],
    },
    {
        "id": "qt26-38",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/eot2008/20090115160611/http:/www.vtn.iwr.usace.army.mil/hydro/hydroactivities.htm",
        "title": "Hydropower: Recent Activities (U.S. Army Corps of Engineers, Value to the Nation)",
        "published": None,
        "truncated": False,
        "note": ("U.S. Army Corps of Engineers 'Value to the Nation' page (Institute for Water "
                 "Resources) as archived in the UNT End-of-Term web archive (page 'reviewed "
                 "10/31/05'). Removed: the review date, the site's footer links and the brochure "
                 "and navigation links. 'nearly 100 billion kilowatt-hours of power per year' is "
                 "one rate (kilowatt_hour/year; 'of power' is an inserted noun); 'Approximately "
                 "two to three facilities per year' is a rate range of counts (count/year); '75 "
                 "hydropower plants' and 'seven new turbines' stop at the number."),
        "paragraphs": [
            "The Corps currently operates 75 hydropower plants nationwide, which generate nearly "
            "100 billion kilowatt-hours of power per year. Corps hydropower plants account for 3 "
            "percent of the nation's total electrical capacity. The Corps largest hydropower "
            "plants are located in the Pacific Northwest, but there also are important projects in "
            "Midwest, South Central and South Atlantic states.",
            "As concerns about the nation's limited energy resources grow, the Corps is working to "
            "increase hydropower output, efficiency, and reliability by upgrading and modernizing "
            "its facilities. Approximately two to three facilities per year are being renovated.",
            "For instance, the Corps is in the process of installing seven new turbines at the J. "
            "Strom Thurmond hydropower plant in South Carolina. The turbines incorporate a new "
            "technology called autoventing, which will improve dissolved oxygen levels in the "
            "water, benefiting fish and other aquatic life on the Savannah River. The $6 million "
            "turbine installation is part of a $70 million rehabilitation of the plant.",
        ],
        "quantities": [
            c("75", 75, "hydropower plants", "Corps hydropower plants nationwide"),
            rate("nearly 100 billion kilowatt-hours of power per year", 100000000000,
                 "kilowatt_hour/year", "generation of Corps hydropower plants", approx=True),
            p("3 percent", 3, "Corps share of the nation's electrical capacity"),
            rate("Approximately two to three facilities per year", 2, "count/year",
                 "Corps hydropower facilities renovated", approx=True, high=3),
            c("seven", 7, "turbines", "new turbines at the J. Strom Thurmond plant"),
            usd("$6 million", 6000000, "turbine installation at J. Strom Thurmond"),
            usd("$70 million", 70000000, "rehabilitation of the J. Strom Thurmond plant"),
        ],
    },
    {
        "id": "qt26-39",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/web/20121017025829/http://www1.eere.energy.gov/femp/news/news_detail.html?news_id=18680",
        "title": "Energy Department Announces Federal Energy Management Award Winners",
        "published": "2012-10-10",
        "truncated": True,
        "note": ("Department of Energy, Federal Energy Management Program news item as archived "
                 "from eere.energy.gov (UNT web archive). Removed: the headline (moved to title); "
                 "the date line is kept. The store cuts the text inside a sentence ('while others "
                 "pursued'); kept to the last complete sentence. 'Btu' is british_thermal_unit "
                 "with the scale applied; 'thirty-first annual' is an ordinal; 'fiscal year 2011' "
                 "a year; '33 individuals, teams, and organizations' is spanned '33' (coordinated "
                 "nouns, as test24's '28 individuals and teams'); 'for one year' is a duration."),
        "paragraphs": [
            "October 10, 2012",
            "The Energy Department on October 4 announced the winners of the thirty-first annual "
            "Federal Energy and Water Management Awards. These awards recognize the commitment "
            "made by federal agencies to invest in efficiency measures that save taxpayer money "
            "and increase U.S. energy security. This year's award winners saved a total of 6 "
            "trillion Btu of energy, nearly 2 billion gallons of water, and almost $165 million "
            "during fiscal year 2011. Their initiatives also helped offset more than 78 billion "
            "Btu of fossil-based energy through a combination of renewable energy generation and "
            "purchases. The energy savings are equivalent to removing more than 100,000 cars from "
            "the road for one year, or eliminating the average annual energy use of more than "
            "55,000 households.",
            "This year, 33 individuals, teams, and organizations from across the federal "
            "government received awards for a variety of outstanding and innovative efforts that "
            "have improved energy, water, and vehicle fleet efficiency. Winners include staff "
            "serving the U.S. Air Force, Army, Marine Corps, and Navy; the Departments of Energy, "
            "Homeland Security, Interior, Transportation, and Veterans Affairs; the General "
            "Services Administration; and the National Aeronautics and Space Administration.",
            "Among other accomplishments, awardees implemented facility-wide changes to operations "
            "and maintenance practices, saving 580 billion Btu by upgrading heating, ventilation, "
            "and air conditioning equipment and by installing high efficiency lighting, building "
            "materials, and energy management control systems. This includes saving 78 billion "
            "Btu through the installation of renewable energy systems such as solar thermal and "
            "photovoltaic systems, cogeneration systems using landfill gas, and geothermal heat "
            "pumps.",
        ],
        "quantities": [
            oth("6 trillion Btu", 6000000000000, "british_thermal_unit",
                "energy saved by the award winners"),
            vol("nearly 2 billion gallons", 2000000000, "gallon", "water saved by the award winners",
                approx=True),
            usd("almost $165 million", 165000000, "money saved by the award winners in FY 2011",
                approx=True),
            oth("more than 78 billion Btu", 78000000000, "british_thermal_unit",
                "fossil-based energy offset", approx=True),
            c("more than 100,000 cars", 100000, "cars", "cars equivalent to the energy savings",
              approx=True),
            dur("one year", 1, "year", "period cars are removed from the road"),
            c("more than 55,000 households", 55000, "households",
              "households whose annual energy use equals the savings", approx=True),
            c("33", 33, "individuals, teams and organizations", "award recipients"),
            oth("580 billion Btu", 580000000000, "british_thermal_unit",
                "energy saved by operations and maintenance changes"),
            oth("78 billion Btu", 78000000000, "british_thermal_unit",
                "energy saved through renewable energy systems"),
        ],
    },
    {
        "id": "qt26-40",
        "source": "usgov:businessdocbox.com",
        "url": "http://businessdocbox.com/Agriculture/123923338-Wheat-outlook-economic-research-service-august-14-approved-by-the-world-agricultural-outlook-board.html",
        "title": "Wheat Outlook, August 14, 2008 (USDA Economic Research Service, WHS-08g)",
        "published": "2008-08-14",
        "truncated": True,
        "note": ("USDA Economic Research Service 'Wheat Outlook' (WHS-08g, August 14, 2008) as "
                 "transcribed by a document-sharing site. Removed: the site's header, size and "
                 "download lines and the repeated title. The transcription has lost many digits "
                 "'2' ('August 14, 008', '008/09', 'at,46 million bushels', 'is forecast to be "
                 "million bushels higher') and glues page numbers to the text ('1 Wheat Outlook', "
                 "'earlier. 1', '2 Domestic'); kept verbatim. Quantities are annotated as printed "
                 "('11 million tons', '10 million tons', '46 million bushels' may be missing "
                 "digits in the original; values follow the stored text); a number lost by the "
                 "transcription ('to be million bushels') leaves no quantity. Page numbers, the "
                 "marketing years and 'WHS-08gt' are not quantities. 'tons' are metric tons; "
                 "bushels are a volume (bushel); '$6.50 to $8.00 per bushel' is a price range "
                 "(USD/bushel); '43.5 bushels per acre' would be a yield but its sentence is cut by "
                 "the store ('unchan'), so that sentence is dropped."),
        "paragraphs": [
            "1 Wheat Outlook Economic Research Service August 14, 008 U.S. Department of "
            "Agriculture WHS-08gt text and tables Approved by the World Agricultural Outlook Board "
            "U.S. Wheat Production Nearly Unchanged From Last Month U.S. 008/09 wheat production is "
            "forecast to be million bushels higher this month. Higher forecasts for hard red "
            "winter wheat and soft red winter wheat crops are nearly offset by reductions in "
            "forecast hard red spring wheat, white wheat, and durum. Feed and residual use is "
            "projected to be 35 million bushels lower as increased supplies of feed grains and "
            "sharply lower projected feed grain prices reduce prospects for domestic allwheat "
            "feeding. The all wheat season-average farm price is projected at $6.50 to $8.00 per "
            "bushel, down 5 cents on each end of the range from last month. World wheat production "
            "prospects for 008/09 increased significantly this month to 671 million tons, "
            "accommodating increased projections for use, trade, and ending stocks. Global trade "
            "is forecast at a record 11 million tons. Supplies of low quality wheat are expected "
            "to be plentiful, boosting world wheat feed use to 10 million tons, the highest in 18 "
            "years. Global ending stocks are expected to rebuild, up 18 percent in 008/09 "
            "compared to a year earlier. 1",
            "2 Domestic Situation and Outlook All Wheat Production Up Slightly From July Forecast "
            "Forecast all wheat production, at,46 million bushels, is up million bushels from the "
            "July forecast and up 396 million bushels from 007. Production for 008, if realized, "
            "would be the highest since Harvested area is forecast at 56.6 million acres, "
            "unchanged from July, but up 5.6 million acres from 007.",
        ],
        "quantities": [
            vol("35 million bushels", 35000000, "bushel", "drop in projected feed and residual use"),
            rate("$6.50 to $8.00 per bushel", 6.5, "USD/bushel",
                 "projected all wheat season-average farm price", high=8.0),
            usd("5 cents", 0.05, "change at each end of the price range"),
            mass("671 million tons", 671000000, "metric_ton", "world wheat production 2008/09"),
            mass("11 million tons", 11000000, "metric_ton", "global wheat trade forecast"),
            mass("10 million tons", 10000000, "metric_ton", "world wheat feed use"),
            dur("18 years", 18, "year", "period since wheat feed use was this high"),
            p("18 percent", 18, "rise in global ending stocks"),
            vol("46 million bushels", 46000000, "bushel",
                "forecast all wheat production (as printed)"),
            vol("396 million bushels", 396000000, "bushel", "increase in production from 2007"),
            ar("56.6 million acres", 56600000, "acre", "forecast harvested wheat area"),
            ar("5.6 million acres", 5600000, "acre", "increase in harvested area from 2007"),
        ],
    },
    {
        "id": "qt26-41",
        "source": "usgov:coop.mnb.uscourts.gov",
        "url": "https://coop.mnb.uscourts.gov/aggregator/sources/14?page=144",
        "title": "FEMA Funding Approved for Dawson Springs (FEMA news release, Wed, 08/16/2023)",
        "published": "2023-08-16",
        "truncated": False,
        "note": ("Federal Emergency Management Agency (Homeland Security) news release as carried "
                 "by the 'DHS News and Updates' feed aggregator on a U.S. Bankruptcy Court (D. "
                 "Minn.) site. Kept: the release only. Removed: the aggregator's page furniture "
                 "('You are here', feed title, subscription and update lines), the headline and "
                 "its time stamp (moved to title), the posting line ('candace.herring Wed, "
                 "08/16/2023 - 21:08', 'Categories: DHS News') and the next feed item. Double "
                 "spaces after full stops are verbatim. 'EF4' is a scale rating; the tornado's "
                 "date is not a quantity; '26 brick buildings' and '50 housing units' stop at the "
                 "number."),
        "paragraphs": [
            "FRANKFORT, Ky. – FEMA has announced it will provide the Commonwealth with a total of "
            "more than $5.8 million to reimburse the Dawson Springs Housing Authority for the "
            "demolition and re-building of an apartment complex destroyed by a tornado December "
            "10, 2021. The 26 buildings in the Clarksdale Court Apartments were leveled by an EF4 "
            "tornado when it tore through Hopkins County.  The tornado flattened 26 brick "
            "buildings in the Clarksdale Court Apartment complex, leaving residents of 50 housing "
            "units homeless.",
            "The brick veneer buildings were all demolished by municipal authorities to protect "
            "the public from imminent danger.",
            "The $5,861,909.79 provided by FEMA for the ongoing rebuilding of the housing project "
            "represents 90 percent of the estimated total cost.  The funds come from FEMA’s Public "
            "Assistance which is a cost-sharing program.  Due to the magnitude of damage caused by "
            "this storm, President Biden authorized a cost share reimbursement of 90 percent "
            "federal funding for this event.",
            "The Commonwealth will provide 4.8 percent of the required applicant cost share, and "
            "the housing authority will only be responsible for the remaining 5.2 percent.",
            "The Dawson Springs Housing Authority is a government agency that operates and manages "
            "public housing in Hopkins County.  The Housing Authority oversees low-income housing, "
            "including the application process, eligibility guidelines, subsidies and related "
            "resources.",
        ],
        "quantities": [
            usd("more than $5.8 million", 5800000, "FEMA reimbursement for Dawson Springs housing",
                approx=True),
            c("26 buildings", 26, "buildings", "buildings of the Clarksdale Court Apartments"),
            c("26", 26, "buildings", "brick buildings flattened by the tornado"),
            c("50", 50, "housing units", "housing units whose residents were left homeless"),
            usd("$5,861,909.79", 5861909.79, "FEMA funding for the rebuilding"),
            p("90 percent", 90, "FEMA share of the estimated total cost"),
            p("90 percent", 90, "federal cost share authorized"),
            p("4.8 percent", 4.8, "Commonwealth share of the applicant cost share"),
            p("5.2 percent", 5.2, "housing authority share of the cost"),
        ],
    },
]

"""Readable source of the sealed quantities test set ``test24.jsonl`` (annotated blind by sqy24).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test24.py``, through test22's and test20's builders and
``checklib.build_paragraph_docs``) finds it from the end of the previous record (or after an
``after`` anchor) and fills the offsets and the normalized fields. Keys: ``text``, ``value``,
``high`` (range upper bound), ``unit``, ``kind``, ``about``, ``approx``, ``counted`` (for
``unit: "count"``).
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


def frac(text, value, about, approx=False, high=None):
    """Return a fraction record (kind percent, normalized to percent)."""
    return q(text, value, "fraction", "percent", about, approx, high)


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
          "('executive 1 director', 'Celsius3') are the mirror's footnote marks, kept verbatim "
          "and not quantities. ")

DOCS = [
    {
        "id": "qt24-01",
        "source": "voa:gopher.mills.io",
        "url": "https://gopher.mills.io/gopher.floodgap.com/0/feeds/voaheadlines/2013/May/31/voanews.com-content-giant-asteroid-cruises-by-earth-1673121.html",
        "title": "Giant Asteroid Cruises by Earth",
        "published": "2013-05-31",
        "truncated": False,
        "note": ("VOA News story (voanews.com/content/giant-asteroid-cruises-by-earth/1673121.html) "
                 "as kept by a gopher mirror of the VOA headline feed, which states that the text "
                 "is VOA's and in the public domain. Removed: the mirror's public-domain banner, the "
                 "headline (moved to title) and the mirror's reference list of URLs. The store "
                 "keeps the story as one run of text, so it is one paragraph. '1998 QE2' is a name; "
                 "'millions' (space rocks) and 'thousands' (windows) are vague plurals (2,000,000 "
                 "and 2,000, approximate); 'about 15 times' is a multiplier."),
        "paragraphs": [
            "A 2.7 kilometer-wide asteroid has sailed past our planet. The 1998 QE2 asteroid "
            "posed no real threat as it passed about 3 million kilometers from Earth -- about 15 "
            "times the distance from Earth to the moon. NASA scientists said the asteroid is not "
            "named for anything on Earth. Asteroid names include the year the space rock was "
            "detected, along with an alphanumeric code indicating which month and when in the "
            "month it was discovered. The flyby helps raise awareness of the millions of space "
            "rocks that are whizzing near our planet. NASA estimates it has catalogued 95 percent "
            "of near-Earth asteroids that are larger than one kilometer. It says it has found "
            "nothing this size that poses a threat to our planet in the foreseeable future. In "
            "February of this year, a small meteor unexpectedly exploded over Chelyabinsk, "
            "Russia, and produced a shockwave that shattered thousands of windows and injured "
            "more than 1,000 people.",
        ],
        "quantities": [
            ln("2.7 kilometer-wide", 2.7, "kilometer", "width of the asteroid 1998 QE2"),
            ln("about 3 million kilometers", 3000000, "kilometer",
               "distance of the asteroid from Earth", approx=True),
            oth("about 15 times", 15, "multiplier",
                "asteroid's distance relative to Earth-moon distance", approx=True),
            c("millions", 2000000, "space rocks", "space rocks whizzing near our planet",
              approx=True),
            p("95 percent", 95, "near-Earth asteroids catalogued by NASA"),
            ln("one kilometer", 1, "kilometer", "size threshold of catalogued asteroids"),
            c("thousands", 2000, "windows", "windows shattered by the Chelyabinsk meteor",
              approx=True),
            person("more than 1,000 people", 1000, "people injured by the Chelyabinsk meteor",
                   approx=True),
        ],
    },
    {
        "id": "qt24-02",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/2547662.html",
        "title": "Science World: Invisible Shield 11,000 km Above Earth's Surface Protects Us from \"Killer Electrons\"",
        "published": None,
        "truncated": False,
        "note": ("VOA 'Science World' programme page (late 2014, from the topics: first Orion test "
                 "launch, West Africa Ebola outbreak; no date in the stored text). Removed: the "
                 "section label 'Science World' and the headline (moved to title; its '11,000 km' "
                 "is therefore not annotated). 'between the ages of nine and 13' is an age range "
                 "(span 'nine and 13'); 'the 1970’s' is a decade, not a quantity."),
        "paragraphs": [
            "Today we talk with Dr. Daniel Baker from the University of Colorado, Boulder who, "
            "with his colleagues, discovered a kind of invisible barrier located about 11,000 "
            "kilometers above the Earth that shields us from something that’s been described as "
            "“Killer Electrons”. And... We'll hear about the first test launch of a NASA space "
            "craft that will someday send astronauts to Mars. Saying that cervical cancer is "
            "preventable, the WHO is urging all girls between the ages of nine and 13 to get "
            "vaccinated against the virus that causes this deadly disease. Rosanne Skirble will "
            "tell us about a new study that shows how tiny ants can help clean up garbage. For "
            "the first time, a ground-based telescope was used to detect and observe an exoplanet "
            "pass in front of a bright Sun-like star outside of our own solar system. One of the "
            "researchers who helped identify the Ebola virus in the 1970’s talks about the "
            "ongoing outbreak in West Africa. We'll have these stories and more on today's "
            "edition of VOA's Science, Health and Technology magazine... Science World.",
        ],
        "quantities": [
            ln("about 11,000 kilometers", 11000, "kilometer",
               "altitude of the invisible barrier above the Earth", approx=True),
            oth("nine and 13", 9, "year", "ages of girls urged to get vaccinated", high=13),
        ],
    },
    {
        "id": "qt24-03",
        "source": "voa:yingyuke.net",
        "url": "http://www.yingyuke.net/a/227099.html",
        "title": "US Wind Energy Industry Grows at Record Levels (VOA, Paul Sisco)",
        "published": "2008-02-21",
        "truncated": True,
        "note": (MIRROR + "VOA News report by Paul Sisco, Washington, 21 February 2008 (byline and "
                 "dateline lines removed). The store cuts the page in the next paragraph; kept to "
                 "the last complete paragraph. 'Several' and 'several' (others) are vague counts "
                 "(3, approximate); 'one-fifth' is a fraction; 'more than twice' is a multiplier; "
                 "'third record year' is an ordinal; '2007', '2010' are years."),
        "paragraphs": [
            "With oil prices on the rise, the U.S. wind energy industry grew at record levels in "
            "2007 and an industry group says it expects similar growth this year. In today's "
            "searching for solutions report, Paul Sisco looks at the increasing use and "
            "development of wind energy in the United States.",
            "In its annual review the non profit environmental group, Worldwatch Institute, "
            "reports that the United States continues to lead the world in new wind power "
            "installations.",
            "Randall Swisher, who is the executive 1 director of the American Wind Energy "
            "Association says, \"2007 was a great year for the renewable energy industries. "
            "Actually it was the third record year in a row for the wind industry; Except 2007 "
            "was a 'blowout' [fantastic] year with 5244 megawatts of new electrical generating 2 "
            "capacity added by the wind industry, which is more than twice as large as the "
            "largest prior record established in 2006.\"",
            "Several new U.S. facilities opened in 2007 and plans for several others were "
            "announced.",
            "Last month, the City of Los Angeles broke ground in California for what will become "
            "the largest city owned wind plant in the United States.",
            "\"It is the start of a new model of clean energy, a model where the city of Los "
            "Angeles is no longer satisfied with just buying clean power but takes the lead "
            "nationally in producing its own,\" said Los Angeles, California mayor, Antonio "
            "Villaraigosa.",
            "The mayor says one-fifth of the city's energy will come from renewable sources by "
            "the year 2010.",
            "The Pine Tree Wind Project is being built on the edge of the Mojave Desert about 160 "
            "kilometers North of Los Angeles. When complete, the city expects 80 wind turbines "
            "will produce enough electricity to power 56,000 homes.",
            "California was the first US state to produce electricity from the wind, and is "
            "second to Texas in total megawatt production.",
        ],
        "quantities": [
            oth("5244 megawatts", 5244, "megawatt",
                "new wind generating capacity added in 2007"),
            oth("more than twice", 2, "multiplier",
                "2007 wind additions relative to the 2006 record", approx=True),
            c("Several", 3, "facilities", "new U.S. wind facilities opened in 2007", approx=True),
            c("several", 3, "facilities", "other wind facilities announced", approx=True),
            frac("one-fifth", 0.2, "share of Los Angeles energy from renewables by 2010"),
            ln("about 160 kilometers", 160, "kilometer",
               "distance of the Pine Tree Wind Project north of Los Angeles", approx=True),
            c("80 wind turbines", 80, "wind turbines", "turbines of the Pine Tree Wind Project"),
            c("56,000 homes", 56000, "homes", "homes the Pine Tree project can power"),
        ],
    },
    {
        "id": "qt24-04",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/34446.html",
        "title": "VOA Special English Agriculture Report: wind power on farms (February 2007)",
        "published": "2007-02-27",
        "truncated": True,
        "note": (MIRROR + "Date from the mirror's category (VOA Special English, February 2007; "
                 "the same script is dated 2007-02-27 on another mirror). Removed: a photo "
                 "caption ('Wind turbines in California'). Kept to the last complete paragraph. "
                 "Years spelled out ('two thousand five') are dates, not quantities. 'almost two "
                 "cents per kilowatt 2 hour' is a rate (USD per kilowatt-hour); the mirror's "
                 "footnote mark '2' sits inside the unit and is kept in the span. 'For centuries' "
                 "is a vague plural duration (2 centuries = 200 years, approximate)."),
        "paragraphs": [
            "This is the VOA Special English Agriculture Report.",
            "For centuries, farmers have used windmills to pump water, crush grain and perform "
            "other tasks. Today, farmers can earn money with high-powered wind turbines that "
            "produce electricity. Wind power has become big business, especially in Europe.",
            "In the United States, less than one percent of electricity is produced from wind "
            "energy. But production increased one hundred sixty percent between two thousand and "
            "two thousand five. So says Keith Collins, the chief economist 1 at the Department of "
            "Agriculture, in a statement he prepared for a Senate committee last month.",
            "An even greater increase is expected between two thousand five and two thousand ten. "
            "Farmers and ranchers are providing land to turbine owners or, in some cases, owning "
            "the equipment themselves.",
            "Mister Collins says one reason for the increase is high prices for natural gas. "
            "Another is a federal tax credit for wind production. The credit is almost two cents "
            "per kilowatt 2 hour for the first ten years of production for a project.",
            "The production tax credit for renewable forms of energy was supposed to end this "
            "December. But Congress has extended it through two thousand eight.",
            "Other reasons for the expansion include improved turbine technology and lower "
            "production costs. They also include policies that make it easier for wind power "
            "producers to sell their electricity. And they include the growth of markets for "
            "green power -- energy that does not create pollution.",
            "California is the leading state for wind power. But Mister Collins says production "
            "is also growing in Minnesota and other Midwestern states, all the way down to Texas. "
            "And he says many states in the West and Midwest have the wind resources to produce "
            "much more wind power.",
        ],
        "quantities": [
            dur("centuries", 200, "year", "time farmers have used windmills", approx=True),
            p("less than one percent", 1, "share of U.S. electricity produced from wind",
              approx=True),
            p("one hundred sixty percent", 160, "increase in U.S. wind production 2000-2005"),
            rate("almost two cents per kilowatt 2 hour", 0.02, "USD/kilowatt_hour",
                 "federal tax credit for wind production", approx=True),
            dur("the first ten years", 10, "year", "period of the wind production tax credit"),
        ],
    },
    {
        "id": "qt24-05",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/125653.html",
        "title": "SCIENCE IN THE NEWS - Learning From a Volcano, 25 Years After Mount St. Helen's Exploded",
        "published": "2005-05-24",
        "truncated": True,
        "note": (MIRROR + "VOA Special English 'Science in the News', broadcast 24 May 2005 "
                 "(from the page). Removed: the two title lines (one with the mirror's footnote "
                 "marks), the byline 'By Paul Thompson and Nancy' and the broadcast date line. "
                 "Speaker labels and '(MUSIC)' are kept as lines. The store cuts the page in a "
                 "later paragraph; kept to the last complete sentence. 'Twenty-five years ago' "
                 "anchors a point in time (not a quantity); the dates are spelled out. Ages: "
                 "'Fifteen-year-old', 'twelve-year-old'."),
        "paragraphs": [
            "(MUSIC)",
            "VOICE ONE:",
            "This is SCIENCE IN THE NEWS, in VOA Special English. I'm Barbara Klein.",
            "VOICE TWO:",
            "And I'm Doug Johnson. Twenty-five years ago this month, a volcano exploded in the "
            "American state of Washington. On our program today, we tell about the explosion 4 at "
            "Mount Saint 5 Helen's and how scientists have improved their knowledge of volcanic 6 "
            "activity.",
            "(MUSIC)",
            "VOICE ONE:",
            "May eighteenth, nineteen eighty, was a beautiful Sunday morning in the small town of "
            "Ellensburg, Washington. Fifteen-year-old Scott Johnson was reading a book near his "
            "home. His twelve-year-old sister Leslie was playing with a basketball.",
            "As Scott read, he looked up to see a huge, black cloud far away to the west. It might "
            "rain, he thought. Soon, he heard what sounded like a big gun. The sound seemed to "
            "grow louder. He looked up again. This time, he saw a huge cloud moving quickly "
            "across the sky.",
            "The two children watched as the sky grew darker. The cloud began to block light from "
            "the sun. Scott again looked at his book. He noticed something unusual on the book. "
            "It looked like very fine dust. How strange, he thought. It is raining dust!",
            "Scott and Leslie ran into the house and told their parents about what they saw. They "
            "turned on the television. They saw the first reports about the explosion of Mount "
            "Saint Helen's. The cloud beginning to cover the sky was ash from the volcano. It had "
            "quickly reached Ellensburg from the volcano more than three hundred kilometers away.",
            "VOICE TWO:",
            "The cloud had now almost covered the sky. Scott watched the last small part of blue "
            "sky slowly disappear. Within moments, it was as black as night. A strong chemical "
            "smell was in the air.",
            "Ash fell very quickly and in huge amounts. Scott, Leslie and their parents continued "
            "to watch television reports.",
        ],
        "quantities": [
            oth("Fifteen-year-old", 15, "year", "age of Scott Johnson"),
            oth("twelve-year-old", 12, "year", "age of Leslie Johnson"),
            person("two children", 2, "children watching the sky darken"),
            ln("more than three hundred kilometers", 300, "kilometer",
               "distance from Mount Saint Helen's to Ellensburg", approx=True),
        ],
    },
    {
        "id": "qt24-06",
        "source": "voa:tingroom.com",
        "url": "https://tingroom.com/mobile/index.php?aid=104355&mid=3",
        "title": "Divers Find Oil Under Surface; BP Continues to Deny Large Underwater Plumes (VOA, 2010)",
        "published": None,
        "truncated": True,
        "note": (MIRROR + "VOA News report of June 2010 (the mirror posted it on 2010-07-05; its "
                 "title line 'VOA标准英语2010年-Divers Find Oil Under Surface; BP Cont' is cut). "
                 "Removed: the mirror's header lines. Double spaces are verbatim. Kept to the last "
                 "complete paragraph before the store's cut. 'five oil spill hearings' stops at "
                 "'five' (a modifier intervenes); 'parts per million' names a unit with no "
                 "number."),
        "paragraphs": [
            "The National Oceanic and Atmospheric1 Administration (NOAA) confirms that some of "
            "the oil escaping from that ruptured2 well in the Gulf3 of Mexico is staying beneath "
            "the surface, raising new environmental concerns about the disaster. BP says there is "
            "no significant oil staying underwater.",
            "Scuba4 divers5 showed U.S. legislators video of the spill which they shot while 20 "
            "meters under the sea and 64 kilometers off the U.S. Gulf coast.  The oil is so thick "
            "below this depth that it blocks out almost all light. \"Something I've never seen in "
            "diving, in my whole life out here,\" said diver Al Walker.",
            "Fellow diver Scott Porter says the substance feels like a mixture of clay and wax.  "
            "He had to scrape it off his hands.  Soap had no effect. \"I don't know of anything "
            "that would be able to live through that,\" Porter said.",
            "Yet on Wednesday, BP continued to deny any large amount of oil under the surface.",
            "\"No one has yet found any concentrations that measured higher than the parts per "
            "million,\" said BP's Doug Suttles.",
            "Meantime, Congress conducted five oil spill hearings on Capitol Hill Wednesday.  "
            "Legislators want to know why risks weren't studied when oil rigs drill 5,000 feet "
            "below the water.",
            "\"I'm just terribly bothered about the lack of foresight6, both by our government and "
            "of BP and, of course, BP will pay a price for that,\" said Congressman7 Vernon "
            "Ehlers. \"Perhaps even a failure of the corporation at the rate it's going.\"",
        ],
        "quantities": [
            ln("20 meters", 20, "meter", "depth at which divers filmed the oil"),
            ln("64 kilometers", 64, "kilometer", "distance of the dive site off the Gulf coast"),
            c("five", 5, "hearings", "oil spill hearings held by Congress"),
            ln("5,000 feet", 5000, "foot", "depth below the water at which oil rigs drill"),
        ],
    },
    {
        "id": "qt24-07",
        "source": "voa:tingroom.com",
        "url": "https://tingroom.com/mobile/?aid=253017&mid=3",
        "title": "AS IT IS 2014-03-28 Exxon Valdez Oil Spill: 25 Years Later",
        "published": "2014-03-28",
        "truncated": True,
        "note": (MIRROR + "VOA Learning English programme 'As It Is', 28 March 2014 (date from "
                 "its title). Removed: the mirror's header lines and the Chinese translation of "
                 "the title. Double spaces and the stray '?' before 'Hundreds' are verbatim. Kept "
                 "to the last complete sentence before the store's cut. 'look back 25 years' "
                 "anchors a point in time (like '25 years ago'), '25th anniversary' is an ordinal: "
                 "neither is annotated. 'For weeks' is a vague plural duration (2 weeks); "
                 "'Hundreds of thousands' = 200,000 (approximate)."),
        "paragraphs": [
            "Hello again!  I’m Jim Tedder1 in Washington with the program that helps you to learn "
            "and improve your American English.  Today we look back 25 years to a disaster that "
            "affected2 the environment and the economy in our northernmost state.",
            "Then …some politics.  Some experts say this election year is looking good for the "
            "Republican party.  We will examine the situation in detail.",
            "It’s nice to have you with us as we learn about our world …As It Is.",
            "This week marks the 25th anniversary of the Exxon Valdez oil spill. The Exxon Valdez "
            "was a huge tanker3, a ship built to carry large amounts of oil.  On March 24, 1989, "
            "the tanker set sail from the port of Valdez in the state of Alaska.  Then the Exxon "
            "Valdez struck rocks in Prince William Sound.  Forty-one-point-five million liters of "
            "oil leaked into the water.",
            "The Exxon Valdez produced the greatest environmental disaster from an oil spill in "
            "US history.  The spill marked a turning point in the prevention and reaction to such "
            "accidents.",
            "For weeks, oil leaking from the Exxon Valdez spread along the coastline of Alaska.  "
            "Debbie Payton works for the National Oceanic and Atmospheric4 Administration.  The "
            "federal agency, known as NOAA, is responsible for taking steps when disasters "
            "strike.  Ms. Payton remembers visiting communities affected by the oil spill.",
            "“There were oiled birds.  There were some marine5 mammals that could be seen "
            "surfacing through the oil.  There was oil on the beaches. ?Hundreds of thousands of "
            "sea animals died.  Debbie Payton and other NOAA workers did what they could to keep "
            "the oil from spreading. They used special equipment to trap and recover the oil in "
            "Prince William Sound.",
        ],
        "quantities": [
            vol("Forty-one-point-five million liters", 41500000, "liter",
                "oil leaked from the Exxon Valdez"),
            dur("weeks", 2, "week", "time the oil spread along the Alaska coastline",
                approx=True),
            c("Hundreds of thousands", 200000, "sea animals", "sea animals killed by the spill",
              approx=True),
        ],
    },
    {
        "id": "qt24-09",
        "source": "voa:fdocuments.us",
        "url": "https://fdocuments.us/document/textdoc-voa.html",
        "title": "VOA Special English Economics Report: National Broadband Plan (document 'TEXT.doc Voa')",
        "published": None,
        "truncated": True,
        "note": ("A VOA Special English Economics Report script (March 2010, on the FCC's National "
                 "Broadband Plan) as stored in an uploaded document ('TEXT.doc Voa', a collection "
                 "of VOA scripts) on a document-sharing site. Removed: the site's header lines, "
                 "the page marker '1/34' and the item number '1.'; the document's hard line breaks "
                 "inside paragraphs are joined with a space. Glued words ('Internetservice', "
                 "'do not.The', 'cablecompanies') are verbatim. Kept to the last complete "
                 "paragraph. 'twenty twenty' is the year 2020; 'sixteenth' is an ordinal; "
                 "'within ten years' is a duration (span 'ten years')."),
        "paragraphs": [
            "This is the VOA Special English Economics Report.",
            "A newly released proposal calls for almost everyone in the United States to have "
            "high-speed Internetservice at home within ten years. On Tuesday the Federal "
            "Communications Commission sent its National Broadband Plan to Congress.",
            "The F.C.C. wants one hundred million homes to have inexpensive Internet service at "
            "ten times current speeds. Another goal for twenty twenty is to have the fastest and "
            "most extensive wireless network of any nation.",
            "The United States invented the Internet. Yet a recent study placed it sixteenth in "
            "broadband access. F.C.C. Chairman Julius Genachowski says the service available is "
            "slow and costly compared with other developed countries.",
            "Currently, about two-thirds of Americans have broadband at home. But almost one "
            "hundred million do not.The government says fourteen million of them cannot get "
            "broadband even if they wanted it.",
            "The United States built a national highway system to expand transportation. Now "
            "President Obama says a similar effort is needed to expand broadband networks.",
            "His administration says expanding access is an economic development issue. Fast "
            "connections, it says, are important to business and job creation, and to other "
            "areas like education and health care. The government proposes to spend up to "
            "sixteen billion dollars on a wireless network for public safety agencies.",
            "Most Americans get broadband service through their cable television provider or "
            "telephone company.",
            "There are rules for companies that supply utilities like electricity and water to "
            "let competitors use their wires or pipes. But some experts point out the lack of "
            "such \"open access\" rules for telephone and cablecompanies. This is unlike some "
            "other countries with better broadband access.",
        ],
        "quantities": [
            dur("ten years", 10, "year", "time frame for high-speed Internet at home"),
            c("one hundred million homes", 100000000, "homes",
              "homes the FCC wants to have inexpensive Internet service"),
            oth("ten times", 10, "multiplier", "target Internet speed relative to current speeds"),
            frac("about two-thirds", 0.6667, "share of Americans with broadband at home",
                 approx=True),
            person("almost one hundred million", 100000000, "Americans without broadband at home",
                   approx=True),
            person("fourteen million", 14000000, "Americans who cannot get broadband"),
            usd("up to sixteen billion dollars", 16000000000,
                "proposed spending on a public safety wireless network", approx=True),
        ],
    },
    {
        "id": "qt24-10",
        "source": "voa:editorials.voa.gov",
        "url": "https://editorials.voa.gov/amp/u-s-committed-to-conventional-weapons-destruction/5370354.html",
        "title": "U.S. Committed to Conventional Weapons Destruction",
        "published": None,
        "truncated": True,
        "note": ("VOA editorial (Editorials on Voice of America, reflecting the views of the U.S. "
                 "government; 2020, from its text about 2019 results). Removed: the headline "
                 "(moved to title), the photo keyword line 'USA CYBER MISSILES' and the teaser "
                 "paragraph, which repeats the first sentence. The store cuts the page in the "
                 "last sentence; that fragment ('...over 106 million square meters to farm') is "
                 "kept because it is all the store has, and the page is marked truncated. 'Since "
                 "1993' and 'last year' are time anchors. Overlaps in content (not wording of the "
                 "whole) with the State Department page qt24-22."),
        "paragraphs": [
            "The United States is the world’s single largest financial supporter of efforts to "
            "address landmines and unexploded ordnance, and to reduce the availability of "
            "loosely-secured, at risk weapons and munitions. Since 1993, the United States has "
            "invested more than $3.7 billion in more than 100 countries to fund conventional "
            "weapons destruction.",
            "The U.S. State Department recently released its annual To Walk the Earth in Safety "
            "report. It highlights U.S. conventional weapons destruction programs and U.S. "
            "efforts to make post-conflict communities safer, setting the stage for their "
            "recovery and development.",
            "The report notes that in Colombia, the United States provided more than $24 million "
            "in 2019 to continue the survey and clearance of explosive remnants of war and "
            "strengthened the capacity of Colombia’s National Mine Action Authority. Elsewhere in "
            "the hemisphere, the United States supported conventional weapons destruction "
            "programs in Central America and Peru.",
            "In Iraq, the United States contributed $37.5 million last year to clearing explosive "
            "hazards, including improvised explosive devices, and promoting continued mine risk "
            "education throughout Iraq. These efforts have helped promote the safe return of "
            "displaced persons, including ethnic and religious minority communities that are "
            "persecuted by ISIS.",
            "Since 1993, the United States has invested more than $148 million for programs in "
            "Vietnam that have cleared mines and provided mine risk education and survivor "
            "assistance. As a result, land is now being returned for civilian use, said U.S. "
            "Assistant Secretary for the Bureau of Political Military Affairs Clarke Cooper. In "
            "2019 Vietnam was able to release over 106 million square meters to farm",
        ],
        "quantities": [
            usd("more than $3.7 billion", 3700000000,
                "U.S. investment in conventional weapons destruction since 1993", approx=True),
            c("more than 100 countries", 100, "countries",
              "countries receiving U.S. weapons destruction funding", approx=True),
            usd("more than $24 million", 24000000, "U.S. funding for clearance in Colombia in 2019",
                approx=True),
            usd("$37.5 million", 37500000, "U.S. contribution to clearing explosive hazards in Iraq"),
            usd("more than $148 million", 148000000, "U.S. investment in Vietnam programs since 1993",
                approx=True),
            ar("over 106 million square meters", 106000000, "square_meter",
               "land released in Vietnam in 2019", approx=True),
        ],
    },
    {
        "id": "qt24-11",
        "source": "usgov:www.usbr.gov",
        "url": "http://www.usbr.gov/newsroom/rssxml/pnrssfeed.cfm",
        "title": "Reclamation Awards 2015 Water Conservation Field Services Program Grants",
        "published": None,
        "truncated": True,
        "note": ("Bureau of Reclamation (Interior), Pacific Northwest Region newsroom RSS feed, "
                 "first item (a 2015 release). Removed: the feed's channel header and the item's "
                 "link and title (moved to title); the feed's HTML tags ('<P>', '<ul>', '<li>') "
                 "are paragraph breaks. The '?' before 'piping' is verbatim (a lost dash). Kept "
                 "to the last complete list item before the store's cut. 'an estimated 1,400 "
                 "acre-feet of water per year' is one rate (the frequency follows the quantity); "
                 "'39 acre-feet of water annually' keeps a volume ('annually' is separate) and is "
                 "approximate ('is estimated to conserve'); '50 percent or better' is a lower "
                 "bound (approximate); '$11,940 to $25,000' is a range; '17 ... grants' stops at "
                 "the number."),
        "paragraphs": [
            "BOISE, Idaho - The Bureau of Reclamation has awarded 17 Water Conservation Field "
            "Services Program grants in the Pacific Northwest Region, ranging from $11,940 to "
            "$25,000. The Program provides technical and financial assistance to encourage water "
            "conservation on Reclamation Projects by assisting irrigation districts to develop "
            "and implement water conservation plans, and to foster improved water management.",
            "The grants require a 50 percent or better cost-share. Eligible activities include "
            "water management planning, such as updating or developing a water conservation plan, "
            "and implementing water conservation projects ? piping and lining canals, installing "
            "water measurement and automating gates.",
            "Riverside Irrigation District in Parma, Idaho, will design, purchase, and install an "
            "automated water control gate and related operation and control equipment at the "
            "Centennial Park site near Caldwell, Idaho. This improvement is on the Boise Project "
            "in Idaho and will save an estimated 1,400 acre-feet of water per year. Reclamation "
            "will provide $25,000 toward a total project cost of $67,869.",
            "Roza Irrigation District in Sunnyside, Washington, will reduce canal seepage by "
            "sealing 900 feet of the Roza Main Canal. Conserved water will remain in the Yakima "
            "River to augment instream flows. This improvement is estimated to conserve 39 "
            "acre-feet of water annually. Reclamation will provide $25,000 toward this $51,589 "
            "project.",
        ],
        "quantities": [
            c("17", 17, "grants", "Water Conservation Field Services Program grants awarded"),
            usd("$11,940 to $25,000", 11940, "range of the grants", high=25000),
            p("50 percent or better", 50, "required cost-share of the grants", approx=True),
            rate("an estimated 1,400 acre-feet of water per year", 1400, "acre_foot/year",
                 "water saved by the Riverside Irrigation District gate", approx=True),
            usd("$25,000", 25000, "Reclamation share of the Riverside project"),
            usd("$67,869", 67869, "total cost of the Riverside project"),
            ln("900 feet", 900, "foot", "length of the Roza Main Canal to be sealed"),
            vol("39 acre-feet", 39, "acre_foot", "water conserved by the Roza canal sealing",
                approx=True),
            usd("$25,000", 25000, "Reclamation share of the Roza project"),
            usd("$51,589", 51589, "cost of the Roza project"),
        ],
    },
    {
        "id": "qt24-13",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/archive.cfm/pubDate=%7Bd%20'2010-06-16'%7D",
        "title": "EERE Network News, June 16, 2010",
        "published": "2010-06-16",
        "truncated": False,
        "note": ("Department of Energy EERE Network News weekly issue (items from DOE, Interior, "
                 "BLM). Removed: the newsletter name and date lines (to title and published) and "
                 "the section labels 'News and Events' and 'Energy Connections'; each item's "
                 "headline and summary are kept as lines. Compound adjectives '49.5-megawatt', "
                 "'22-megawatt' (power) and '500-square-mile' (area) are quantities; 'Two "
                 "geothermal companies' and '10 East Coast states' stop at the number."),
        "paragraphs": [
            "DOE Awards $60 Million in Recovery Act Funds to Local Clean Energy Efforts",
            "DOE has awarded $60 million in Recovery Act funds to 20 communities in 18 states to "
            "boost local energy efficiency and renewable energy programs.",
            "DOE Offers Loan Guarantees to Geothermal Projects in Nevada and Oregon",
            "DOE has recently offered loan guarantees for a 49.5-megawatt geothermal power "
            "project in northwestern Nevada and a 22-megawatt geothermal power project in Oregon, "
            "drawing on Recovery Act funds. The developers for the facilities are Nevada "
            "Geothermal Power Company and U.S. Geothermal, Inc.",
            "DOE-Backed Project Will Demonstrate Innovative Geothermal Technology",
            "Two geothermal companies have announced plans to conduct a demonstration of Enhanced "
            "Geothermal Systems technology in Oregon in a project co-funded by DOE. The companies "
            "will seek to extract energy from the Newberry Volcano, a 500-square-mile dormant "
            "volcano.",
            "DOI and 10 East Coast States Form an Offshore Wind Energy Consortium",
            "The U.S. Department of the Interior (DOI) and 10 East Coast states have established "
            "the Atlantic Offshore Wind Energy Consortium to promote the development of wind "
            "resources on the Outer Continental Shelf.",
            "BLM Announces Solar Energy Rental Rates for Public Lands",
            "The Bureau of Land Management (BLM) released its rental schedule for solar energy "
            "right-of-way authorizations on public lands. The schedule will provide some "
            "additional cost certainty for the solar energy industry.",
            "Study by DOE, NERC Examines High-Impact Risks to the U.S. Power Grid",
            "DOE and the North American Electric Reliability Corporation (NERC) have examined "
            "rare events that could have a high impact on the U.S. power grid, including "
            "attacks, pandemics, and electromagnetic disturbances. The study is meant to help "
            "prepare for these potential risks.",
        ],
        "quantities": [
            usd("$60 Million", 60000000, "DOE Recovery Act awards to local clean energy efforts"),
            usd("$60 million", 60000000, "DOE Recovery Act awards to local clean energy efforts"),
            c("20 communities", 20, "communities", "communities receiving DOE awards"),
            c("18 states", 18, "states", "states of the communities receiving DOE awards"),
            oth("49.5-megawatt", 49.5, "megawatt", "geothermal power project in Nevada"),
            oth("22-megawatt", 22, "megawatt", "geothermal power project in Oregon"),
            c("Two", 2, "companies", "geothermal companies planning the EGS demonstration"),
            ar("500-square-mile", 500, "square_mile", "area of the Newberry Volcano"),
            c("10", 10, "states", "East Coast states forming the wind consortium"),
            c("10", 10, "states", "East Coast states in the Atlantic Offshore Wind Energy Consortium"),
        ],
    },
    {
        "id": "qt24-14",
        "source": "usgov:www.eia.gov",
        "url": "http://www.eia.gov/index.cfm?tg=diesel",
        "title": "U.S. Energy Information Administration home page (Today in Energy, April 28, 2016)",
        "published": "2016-04-28",
        "truncated": True,
        "note": ("EIA home page as stored (posted April 28, 2016). Removed: the 'What's New' and "
                 "'Coming Up' link lists, the 'Posted ... Today in Energy' line, the 'More' link "
                 "after the article summary, the chart source line, the product promotions "
                 "(Electricity Data Browser, Excel Add-in, Energy Mapping System) and the panel "
                 "heading 'Data Highlights'; the data panel lines are kept. The store cuts the "
                 "last panel line ('up2.0 million barrels from week ea'), dropped. Decisions: "
                 "'$45.33/barrels' and '$1.995/MMBtu' are rates; the week and year changes in the "
                 "panel ('up$2.70', 'down$0.074') are money amounts with no per-unit of their "
                 "own, value as printed (the arrow word gives the sign, not the value); coal "
                 "'million tons' are short tons because the page gives coal in 'million short "
                 "tons (MMst)'; 'Bcf' is billion cubic feet (scale applied to cubic_foot); "
                 "'nearly half' is a fraction; dates like '4/27/2016:' are not quantities."),
        "paragraphs": [
            "Power sector coal demand has fallen in nearly every state since 2007 ›",
            "Consumption of steam coal used for electricity generation in the U.S. electric power "
            "sector fell 29% from its peak of 1,045 million short tons (MMst) in 2007 to an "
            "estimated 739 MMst in 2015. Consumption fell in nearly every state, rising only in "
            "Nebraska and Alaska over that period. States with the largest declines were "
            "concentrated in the Midwest and Southeast, with six states in these regions "
            "accounting for nearly half of the national decline. Smaller declines in power sector "
            "coal consumption occurred in Wyoming, North Dakota, and Montana, all in the Rocky "
            "Mountain region.",
            "WTI crude oil futures price",
            "4/27/2016: $45.33/barrels",
            "up$2.70 from week earlier",
            "down$11.73 from year earlier",
            "Natural gas futures price",
            "4/27/2016: $1.995/MMBtu",
            "down$0.074 from week earlier",
            "down$0.522 from year earlier",
            "Weekly coal production",
            "4/23/2016: 10.332 million tons",
            "down0.755 million tons from week earlier",
            "down6.529 million tons from year earlier",
            "Natural gas inventories",
            "4/22/2016: 2,557 Bcf",
            "up73 Bcf from week earlier",
            "up870 Bcf from year earlier",
            "Crude oil inventories",
            "4/22/2016: 540.6 million barrels",
        ],
        "quantities": [
            p("29%", 29, "fall in power sector steam coal consumption 2007-2015"),
            mass("1,045 million short tons", 1045000000, "short_ton",
                 "peak power sector steam coal consumption in 2007"),
            mass("an estimated 739 MMst", 739000000, "short_ton",
                 "power sector steam coal consumption in 2015", approx=True),
            c("six states", 6, "states", "states accounting for nearly half of the decline"),
            frac("nearly half", 0.5, "share of the national decline in six states", approx=True),
            rate("$45.33/barrels", 45.33, "USD/barrel", "WTI crude oil futures price on 4/27/2016"),
            usd("$2.70", 2.70, "WTI futures price change from week earlier"),
            usd("$11.73", 11.73, "WTI futures price change from year earlier"),
            rate("$1.995/MMBtu", 1.995, "USD/MMBtu", "natural gas futures price on 4/27/2016"),
            usd("$0.074", 0.074, "natural gas futures price change from week earlier"),
            usd("$0.522", 0.522, "natural gas futures price change from year earlier"),
            mass("10.332 million tons", 10332000, "short_ton", "weekly coal production"),
            mass("0.755 million tons", 755000, "short_ton",
                 "weekly coal production change from week earlier"),
            mass("6.529 million tons", 6529000, "short_ton",
                 "weekly coal production change from year earlier"),
            vol("2,557 Bcf", 2557000000000, "cubic_foot", "natural gas inventories on 4/22/2016"),
            vol("73 Bcf", 73000000000, "cubic_foot",
                "natural gas inventory change from week earlier"),
            vol("870 Bcf", 870000000000, "cubic_foot",
                "natural gas inventory change from year earlier"),
            vol("540.6 million barrels", 540600000, "barrel", "crude oil inventories on 4/22/2016"),
        ],
    },
    {
        "id": "qt24-15",
        "source": "usgov:www.eia.gov",
        "url": "http://www.eia.gov/index.cfm?tg=pipelines",
        "title": "U.S. Energy Information Administration home page (Today in Energy, August 30, 2016)",
        "published": "2016-08-30",
        "truncated": True,
        "note": ("EIA home page as stored (posted August 30, 2016); same layout and the same "
                 "decisions as qt24-14 (links, promotions, 'More', the source line and the panel "
                 "heading removed; panel changes are money amounts; coal 'million tons' are short "
                 "tons). The store cuts the page after the panel's coal lines. '$2.237/gal' and "
                 "'$2.409/gal' are USD per gallon rates; '20 of these institutions' is an "
                 "anaphoric count."),
        "paragraphs": [
            "Coal consumption by U.S. educational institutions has declined by 64% since 2008 ›",
            "Coal consumption by educational institutions such as colleges and universities in "
            "the United States fell from 2 million short tons in 2008 to 700,000 short tons in "
            "2015. Consumption declined in each of the 57 institutions that used coal in 2008, "
            "with 20 of these institutions no longer using coal at all. Many of these "
            "institutions participate in the American College and University Presidents Climate "
            "Commitment, a program aimed at reducing greenhouse gas emissions. Coal consumption "
            "has decreased as institutions switch from coal to natural gas or other fuels.",
            "WTI crude oil futures price",
            "8/29/2016: $46.98/barrels",
            "down$0.07 from week earlier",
            "up$1.76 from year earlier",
            "Natural gas futures price",
            "8/29/2016: $2.853/MMBtu",
            "up$0.174 from week earlier",
            "up$0.138 from year earlier",
            "Retail gasoline price",
            "8/29/2016: $2.237/gal",
            "up$0.044 from week earlier",
            "down$0.273 from year earlier",
            "Retail diesel price",
            "8/29/2016: $2.409/gal",
            "up$0.039 from week earlier",
            "down$0.105 from year earlier",
            "Weekly coal production",
            "8/20/2016: 15.951 million tons",
            "up0.113 million tons from week earlier",
            "down2.885 million tons from year earlier",
        ],
        "quantities": [
            p("64%", 64, "decline in coal consumption by educational institutions since 2008"),
            mass("2 million short tons", 2000000, "short_ton",
                 "coal consumption by educational institutions in 2008"),
            mass("700,000 short tons", 700000, "short_ton",
                 "coal consumption by educational institutions in 2015"),
            c("57 institutions", 57, "institutions", "educational institutions that used coal in 2008"),
            c("20", 20, "institutions", "institutions no longer using coal", after="with "),
            rate("$46.98/barrels", 46.98, "USD/barrel", "WTI crude oil futures price on 8/29/2016"),
            usd("$0.07", 0.07, "WTI futures price change from week earlier"),
            usd("$1.76", 1.76, "WTI futures price change from year earlier"),
            rate("$2.853/MMBtu", 2.853, "USD/MMBtu", "natural gas futures price on 8/29/2016"),
            usd("$0.174", 0.174, "natural gas futures price change from week earlier"),
            usd("$0.138", 0.138, "natural gas futures price change from year earlier"),
            rate("$2.237/gal", 2.237, "USD/gallon", "retail gasoline price on 8/29/2016"),
            usd("$0.044", 0.044, "retail gasoline price change from week earlier"),
            usd("$0.273", 0.273, "retail gasoline price change from year earlier"),
            rate("$2.409/gal", 2.409, "USD/gallon", "retail diesel price on 8/29/2016"),
            usd("$0.039", 0.039, "retail diesel price change from week earlier"),
            usd("$0.105", 0.105, "retail diesel price change from year earlier"),
            mass("15.951 million tons", 15951000, "short_ton", "weekly coal production"),
            mass("0.113 million tons", 113000, "short_ton",
                 "weekly coal production change from week earlier"),
            mass("2.885 million tons", 2885000, "short_ton",
                 "weekly coal production change from year earlier"),
        ],
    },
    {
        "id": "qt24-16",
        "source": "usgov:www.weather.gov",
        "url": "http://www.weather.gov/lub/events-2011-20110209-pns1",
        "title": "Public Information Statement: Winter Storm Brings Accumulating Snowfall to the Region (NWS Lubbock, February 9, 2011)",
        "published": "2011-02-09",
        "truncated": True,
        "note": ("National Weather Service (NOAA) Lubbock public information statement. Removed: "
                 "the site banner. The bulletin's wrapped lines are joined into paragraphs with a "
                 "space; header lines and list lines are kept as lines. Cut by the annotator after "
                 "the ninth station of the snowfall list (SILVERTON) to stay within the cap of 12 "
                 "quantities of one dimension (the list continues with 2-inch and 1-inch "
                 "stations). 'BETWEEN TWO TO THREE INCHES' and 'FOUR TO FIVE INCHES' are ranges; "
                 "in 'A TRACE TO ONE INCH' only 'ONE INCH' is annotated (a trace has no number); "
                 "'A FEW LOCALIZED AREAS' is a vague count (3); '124 PM' and 'FEBRUARY 8TH-9TH' "
                 "are a time and dates."),
        "paragraphs": [
            "PUBLIC INFORMATION STATEMENT",
            "NATIONAL WEATHER SERVICE LUBBOCK TX",
            "124 PM CST WED FEB 9 2011",
            "...PUBLIC INFORMATION STATEMENT...",
            "...WINTER STORM BRINGS ACCUMULATING SNOWFALL TO THE REGION...",
            "A WINTER STORM TRACKED THROUGH THE REGION TUESDAY NIGHT INTO WEDNESDAY "
            "MORNING...BRINGING BITTERLY COLD TEMPERATURES AND ACCUMULATING SNOWFALL TO THE AREA. "
            "GENERALLY...BETWEEN TWO TO THREE INCHES OF SNOW FELL ACROSS THE EXTREME SOUTHERN "
            "PANHANDLE...WITH LOCALLY HIGHER AMOUNTS OF FOUR TO FIVE INCHES ALONG A NARROW BAND "
            "IN NORTHERN PARMER AND SWISHER COUNTIES. ELSEWHERE ACROSS THE SOUTH PLAINS AND "
            "ROLLING PLAINS...A TRACE TO ONE INCH OF SNOWFALL WAS OBSERVED...WITH PERHAPS A FEW "
            "LOCALIZED AREAS THAT HAD SLIGHTLY HIGHER AMOUNTS.",
            "THE FOLLOWING LIST OF SNOWFALL ACCUMULATIONS REPRESENT SOME OF THE HIGHEST OBSERVED "
            "TOTALS. THE DATA IS PROVIDED FROM NWS COOPERATIVE OBSERVER SITES...NWS STORM "
            "SPOTTERS...AND LOCAL LAW ENFORCEMENT.",
            "...STORM TOTAL SNOWFALL AMOUNTS FOR FEBRUARY 8TH-9TH...",
            "HAPPY.............5 INCHES",
            "DIMMITT...........3 INCHES",
            "FRIONA............3 INCHES",
            "TULIA.............3 INCHES",
            "VIGO PARK.........3 INCHES",
            "CHILDRESS.........2 INCHES",
            "FARWELL...........2 INCHES",
            "PLAINVIEW.........2 INCHES",
            "SILVERTON.........2 INCHES",
        ],
        "quantities": [
            ln("BETWEEN TWO TO THREE INCHES", 2, "inch",
               "snow across the extreme southern Panhandle", high=3),
            ln("FOUR TO FIVE INCHES", 4, "inch",
               "locally higher snow in northern Parmer and Swisher counties", high=5),
            ln("ONE INCH", 1, "inch", "upper end of snowfall across the South and Rolling Plains"),
            c("A FEW", 3, "areas", "localized areas with slightly higher amounts", approx=True),
            ln("5 INCHES", 5, "inch", "storm total snowfall at Happy"),
            ln("3 INCHES", 3, "inch", "storm total snowfall at Dimmitt"),
            ln("3 INCHES", 3, "inch", "storm total snowfall at Friona"),
            ln("3 INCHES", 3, "inch", "storm total snowfall at Tulia"),
            ln("3 INCHES", 3, "inch", "storm total snowfall at Vigo Park"),
            ln("2 INCHES", 2, "inch", "storm total snowfall at Childress"),
            ln("2 INCHES", 2, "inch", "storm total snowfall at Farwell"),
            ln("2 INCHES", 2, "inch", "storm total snowfall at Plainview"),
            ln("2 INCHES", 2, "inch", "storm total snowfall at Silverton"),
        ],
    },
    {
        "id": "qt24-18",
        "source": "usgov:usda.gov (FAS report; copy on vdocuments.mx)",
        "url": "https://vdocuments.mx/production-5696338265850.html",
        "title": "World Agricultural Production, July 2015 (USDA Foreign Agricultural Service, Circular Series WAP 7-15)",
        "published": "2015-07",
        "truncated": True,
        "note": ("USDA Foreign Agricultural Service circular, as transcribed by a document-sharing "
                 "site. Removed: the site's lines above the transcript (title, uploader, post "
                 "date, views, category, download count, 'DESCRIPTION', 'usda', 'TRANSCRIPT'); "
                 "the wrapped first line is joined with a space. Cut by the annotator at the end "
                 "of the first paragraph, where the transcript breaks into a page footer and the "
                 "next page (its country list would put more than 12 masses on the page). 'last "
                 "years' is verbatim. Plain 'tons' are metric tons; '6.93 tons per hectare' is a "
                 "rate; each '5-year' is a compound adjective (duration)."),
        "paragraphs": [
            "United States Department of Agriculture Foreign Agricultural Service Circular Series "
            "WAP 7-15 July 2015",
            "EU Corn: Reduction Due to Severe Heat at Pollination in Spain and France; Dryness in "
            "Central Europe",
            "European Union (EU) 2015/16 corn production is forecast at 65.8 million tons, 2.4 "
            "million tons below last month and 9.3 million tons below last years revised "
            "estimate. The current crop is 1.2 percent above the 5-year average. Area is "
            "estimated at 9.5 million hectares, unchanged from last month and nominally changed "
            "from last year. Area is 2.3 percent above the 5-year average of 9.3 million "
            "hectares. Yield is estimated at 6.93 tons per hectare, 3.5 percent below last month, "
            "12 percent below last year and 1 percent below the 5-year average.",
        ],
        "quantities": [
            mass("65.8 million tons", 65800000, "metric_ton", "EU corn production forecast for 2015/16"),
            mass("2.4 million tons", 2400000, "metric_ton", "EU corn forecast cut from last month"),
            mass("9.3 million tons", 9300000, "metric_ton",
                 "EU corn forecast below last year's revised estimate"),
            p("1.2 percent", 1.2, "EU corn crop above the 5-year average"),
            dur("5-year", 5, "year", "averaging period for EU corn production"),
            ar("9.5 million hectares", 9500000, "hectare", "EU corn area estimate"),
            p("2.3 percent", 2.3, "EU corn area above the 5-year average"),
            dur("5-year", 5, "year", "averaging period for EU corn area"),
            ar("9.3 million hectares", 9300000, "hectare", "5-year average EU corn area"),
            rate("6.93 tons per hectare", 6.93, "metric_ton/hectare", "estimated EU corn yield"),
            p("3.5 percent", 3.5, "EU corn yield below last month"),
            p("12 percent", 12, "EU corn yield below last year"),
            p("1 percent", 1, "EU corn yield below the 5-year average"),
            dur("5-year", 5, "year", "averaging period for EU corn yield"),
        ],
    },
    {
        "id": "qt24-19",
        "source": "usgov:usda.gov (FAS report; copy on dokumen.tips)",
        "url": "https://dokumen.tips/documents/united-states-world-agricultural-service-production-upcoming-weeks-which-would.html",
        "title": "World Agricultural Production, November 2016 (USDA Foreign Agricultural Service, Circular Series WAP 11-16)",
        "published": "2016-11",
        "truncated": True,
        "note": ("USDA Foreign Agricultural Service circular, first page as run together by a "
                 "document-sharing site. Removed: the site's page count ('28') and everything "
                 "after the first block (the site's summary, counters, 'Citation preview' and a "
                 "second, line-broken copy of the same page). The block ends with the title of "
                 "the page's snow-depth map, kept verbatim. 'up 3.9 million' takes metric tons "
                 "from the sentence and 'compared to 9.6 million' takes hectares; '3.40 tons per "
                 "hectare' is a rate; '2016/17' and '2015/2016' are marketing years; 'the upcoming "
                 "weeks' and 'recent days' are not annotated (no number, not a length)."),
        "paragraphs": [
            "Approved by the World Agricultural Outlook Board United States Department of "
            "Agriculture Foreign Agricultural Service Circular Series WAP 11-16 November 2016 "
            "Canada Wheat: Snow Interrupts Harvest Canada wheat production for 2016/17 is "
            "estimated at 31.5 million metric tons, unchanged from last month, and up 3.9 million "
            "from 2015/2016. The estimated yield of 3.40 tons per hectare is unchanged from last "
            "month, and up 18 percent from last year. Harvested area is estimated at 9.3 million "
            "hectares compared to 9.6 million last year. Untimely snowfall in October over the "
            "main wheat-growing regions in the Canadian Prairies delayed harvest and raised "
            "concerns over the quality of the wheat crop. Warmer temperatures in recent days, "
            "however, have melted the snow. Continued favorable weather is forecast in the "
            "upcoming weeks, which would enable harvest to resume. As of October 25, wheat "
            "harvest in the Prairie Provinces was 85 percent complete compared to 98 percent at "
            "this time last year. The World Agricultural Production Prairie Provinces Estimated "
            "Snow Depth as of October 31, 2016",
        ],
        "quantities": [
            mass("31.5 million metric tons", 31500000, "metric_ton",
                 "Canada wheat production estimate for 2016/17"),
            mass("3.9 million", 3900000, "metric_ton", "increase in Canada wheat from 2015/2016"),
            rate("3.40 tons per hectare", 3.40, "metric_ton/hectare", "estimated Canada wheat yield"),
            p("18 percent", 18, "Canada wheat yield increase from last year"),
            ar("9.3 million hectares", 9300000, "hectare", "Canada wheat harvested area estimate"),
            ar("9.6 million", 9600000, "hectare", "Canada wheat harvested area last year"),
            p("85 percent", 85, "Prairie Provinces wheat harvest complete as of October 25"),
            p("98 percent", 98, "Prairie Provinces wheat harvest complete a year earlier"),
        ],
    },
    {
        "id": "qt24-20",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=2417",
        "title": "U.S. Army Corps of Engineers news search, page 2417 (June 2015)",
        "published": None,
        "truncated": True,
        "note": ("U.S. Army Corps of Engineers news search results page (items of June 2015): "
                 "each item's headline and summary are kept as lines; the list bullets are "
                 "removed. The store cuts the last summary; kept to its last complete sentence. "
                 "'less than 619 NGVD' and '606 NGVD' are lake elevations in feet above the "
                 "National Geodetic Vertical Datum (unit foot; '619 NGVD' is approximate, 'less "
                 "than'); 'from 2,500 cubic feet per second to 3,000 cfs' is a change, two rates; "
                 "'approximately 4,800 cubic feet of water per second' is one rate with an "
                 "inserted noun; 'approximately 5,650 day second feet (dsf)' is a daily inflow "
                 "volume, one cubic foot per second for a day each, so 5,650 x 86,400 cubic feet "
                 "(the span stops before '(dsf)'). '15-038', 'NR 15-022' (release numbers), "
                 "'Section 1035' and times of day are not quantities."),
        "paragraphs": [
            "Registration open for assisted deer hunt",
            "MANHATTAN, Kan. — Youth and disabled hunters have until July 30 to apply for a "
            "limited 2015 assisted deer hunt at Tuttle Creek Lake.",
            "High Water at Mark Twain Lake",
            "Mark Twain Lake is experiencing higher than normal water levels due to the recent "
            "rainfall in the watershed. The lake is expected to crest at less than 619 NGVD by "
            "Friday with no additional precipitation. The normal pool elevation is 606 NGVD.",
            "15-038 Borgans Island reopens June 19 for limited recreation",
            "TRI-CITIES, Wash. – The Walla Walla District, U.S. Army Corps of Engineers, will "
            "reopen Borgans Island for limited recreation access on Friday, June 19, natural "
            "resource managers at the district announced, today.",
            "Forecast to return Tri-Lakes Dams to normal pool levels",
            "The release at Chatfield Dam will be increased today from 2,500 cubic feet per "
            "second to 3,000 cfs. Releases remain unchanged at Cherry Creek Dam at 100 cfs and at "
            "Bear Creek Dam at 500 cfs until next week. Following the release change at "
            "Chatfield Dam, the combined releases from the Tri-Lakes Dams will be 3,600 cfs.",
            "NR 15-022: Corps rolls out guidance on floating cabins at lakes in the Cumberland "
            "River Basin",
            "NASHVILLE, Tenn. (June 17, 2015) – The U.S. Army Corps of Engineers has issued new "
            "guidance on floating cabins at its lakes throughout the Cumberland River Basin. The "
            "guidance implements Section 1035 of the Water Resources Reform and Development Act "
            "(WRRDA) of 2014 that allows floating cabins at marinas on Cumberland River Basin "
            "lakes.",
            "Carlyle Lake Update",
            "CARLYLE LAKE - As of 2:00 p.m. on Tuesday June 16, 2015, the pool elevation at "
            "Carlyle Lake was 450.25 feet, referenced to the National Geodetic Vertical Datum "
            "(NGVD), with a release of approximately 4,800 cubic feet of water per second (cfs). "
            "The inflow for Monday June 15, 2015 was approximately 5,650 day second feet (dsf).",
        ],
        "quantities": [
            ln("less than 619 NGVD", 619, "foot", "expected crest of Mark Twain Lake", approx=True),
            ln("606 NGVD", 606, "foot", "normal pool elevation of Mark Twain Lake"),
            rate("2,500 cubic feet per second", 2500, "cubic_foot/second",
                 "release at Chatfield Dam before the increase"),
            rate("3,000 cfs", 3000, "cubic_foot/second", "release at Chatfield Dam after the increase"),
            rate("100 cfs", 100, "cubic_foot/second", "release at Cherry Creek Dam"),
            rate("500 cfs", 500, "cubic_foot/second", "release at Bear Creek Dam"),
            rate("3,600 cfs", 3600, "cubic_foot/second", "combined releases from the Tri-Lakes Dams"),
            ln("450.25 feet", 450.25, "foot", "pool elevation at Carlyle Lake"),
            rate("approximately 4,800 cubic feet of water per second", 4800, "cubic_foot/second",
                 "release from Carlyle Lake", approx=True),
            vol("approximately 5,650 day second feet", 488160000, "cubic_foot",
                "inflow to Carlyle Lake on June 15, 2015", approx=True),
        ],
    },
    {
        "id": "qt24-21",
        "source": "usgov:www.nwd.usace.army.mil",
        "url": "https://www.nwd.usace.army.mil/Media/News-Releases/Year/2018/Month/9/",
        "title": "U.S. Army Corps of Engineers Northwestern Division news releases, September 2018",
        "published": "2018-09",
        "truncated": False,
        "note": ("Army Corps of Engineers Northwestern Division news release archive page: each "
                 "item's headline and summary are kept as lines; the page heading 'News "
                 "Releases', the line 'Archive: September, 2018' and the list bullets are "
                 "removed. 'the next three months' is a duration (span 'three months'); 'near "
                 "58,000 [cubic feet per second]' is one rate (the brackets are the release's); "
                 "'Sept. 15' and '2019' are dates."),
        "paragraphs": [
            "Higher Columbia River water levels possible this fall",
            "River levels between John Day and McNary dams could be higher during the next three "
            "months, the U.S. Army Corps of Engineers announced today. From October through "
            "December, Lake Umatilla, the section of the Columbia River above John Day Dam, will "
            "be operated in a broader and higher range. That means river users could see river "
            "levels 2.5 feet higher than in the spring and summer.",
            "Corps reducing outflows due to recent rains",
            "In response to recent heavy rains and runoff in southeastern South Dakota and "
            "northwestern Iowa, releases from Fort Randall and Gavins Point dams will be reduced, "
            "the U.S. Army Corps of Engineers announced today.",
            "Columbia-Snake winter navigation lock schedule begins Sept. 15",
            "COLUMBIA-SNAKE RIVERS, Ore. & Wash. -- Beginning Saturday, Sept. 15, recreational "
            "boaters can lock past U.S. Army Corps of Engineers dams on the lower Snake and "
            "Columbia rivers almost any time during daylight hours, according to Corps "
            "navigation planners. Commercial vessels will have precedence, and recreational "
            "vessels may be allowed to lock through with commercial craft at the discretion of "
            "the lockmaster.",
            "Higher-than-average releases maintained to prepare for 2019 Missouri River runoff",
            "Higher-than-average releases from all Missouri River Mainstem System dams, including "
            "Gavins Point, will continue through the fall, the U.S. Army Corps of Engineers "
            "announced today. “Due to this year’s high runoff and the water currently being "
            "stored in the reservoirs, Gavins Point releases will remain near 58,000 [cubic feet "
            "per second] for the remainder of the navigation season to ensure evacuation of all "
            "stored flood waters prior to the 2019 runoff season,” said John Remus, chief of the "
            "Missouri River Basin Water Management Division.",
        ],
        "quantities": [
            dur("three months", 3, "month", "period of possibly higher Columbia River levels"),
            ln("2.5 feet", 2.5, "foot", "rise in river levels above spring and summer levels"),
            rate("near 58,000 [cubic feet per second]", 58000, "cubic_foot/second",
                 "Gavins Point releases for the rest of the navigation season", approx=True),
        ],
    },
    {
        "id": "qt24-22",
        "source": "usgov:www.state.gov",
        "url": "https://www.state.gov/to-walk-the-earth-in-safety-19th-edition-u-s-global-leadership-in-landmine-clearance-and-conventional-weapons-destruction/",
        "title": "To Walk the Earth in Safety, 19th Edition: U.S. Global Leadership in Landmine Clearance and Conventional Weapons Destruction",
        "published": None,
        "truncated": True,
        "note": ("State Department fact sheet (Bureau of Political-Military Affairs; 2020, 19th "
                 "edition of the report). Removed: the '.gov' banner lines; the list bullets. "
                 "Kept to the last complete list item before the store's cut. '19th edition' is "
                 "an ordinal; 'Since 1993', 'since 2003' are time anchors; 'more than 41,000 "
                 "excess or poorly-secured man-portable air-defense systems' stops at the "
                 "number. Shares its first figures with the VOA editorial qt24-10."),
        "paragraphs": [
            "The United States is the world’s single largest financial supporter of efforts to "
            "address humanitarian hazards from landmines and unexploded ordnance in post-conflict "
            "countries and to reduce the availability of excess, loosely-secured, or otherwise "
            "at-risk weapons and munitions. Today’s release of the 19th edition of To Walk the "
            "Earth in Safety, the Department of State’s annual report summarizing the "
            "accomplishments of the U.S. Conventional Weapons Destruction Program, highlights the "
            "United States’ enduring commitment to making post-conflict communities safer and "
            "setting the stage for their recovery and development.",
            "Since 1993, the United States invested more than $3.7 billion for the securing and "
            "safe disposal of excess small arms, light weapons, and munitions as well as safe "
            "clearance of landmines and explosive remnants of war in more than 100 countries, "
            "making the United States the world’s single largest financial supporter of "
            "conventional weapons destruction.",
            "The United States has funded programs worldwide aimed at reducing at-risk weapons "
            "and munitions and improving stockpile security in order to prevent diversion of "
            "arms to terrorists and other destabilizing actors.",
            "Through the conventional weapons destruction program, the U.S. government "
            "collaborated with partner nations and international organizations since 2003 to "
            "destroy more than 41,000 excess or poorly-secured man-portable air-defense systems "
            "(MANPADS), shoulder-fired missiles that, if not safeguarded, pose a serious threat "
            "to global aviation.",
        ],
        "quantities": [
            usd("more than $3.7 billion", 3700000000,
                "U.S. investment in conventional weapons destruction since 1993", approx=True),
            c("more than 100 countries", 100, "countries",
              "countries with U.S.-funded weapons destruction and clearance", approx=True),
            c("more than 41,000", 41000, "MANPADS", "man-portable air-defense systems destroyed",
              approx=True),
        ],
    },
    {
        "id": "qt24-23",
        "source": "usgov:archive.usgs.gov",
        "url": "https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=3017.html",
        "title": "Virginia Earthquake Topic of Free USGS Lecture Wednesday",
        "published": "2011-10-31",
        "truncated": True,
        "note": ("U.S. Geological Survey (Interior) news release, archived copy of the USGS "
                 "newsroom. Removed: the archive banner and site navigation, 'USGS Newsroom' "
                 "lines, the headline (to title), the release date line (to published) and the "
                 "contact block; trailing spaces are dropped. Kept to the last complete paragraph "
                 "before the store's cut. 'magnitude 5.8' is a magnitude; 'Up to a third' is a "
                 "fraction (approximate); 'Aug. 23', 'Nov. 2' and '7 p.m.' are dates and a time."),
        "paragraphs": [
            "RESTON, Va. - The magnitude 5.8 earthquake centered in Louisa County, Va., Aug. 23 "
            "-- likely felt by more people than any other quake in U.S. history – is the topic of "
            "a free public lecture Wednesday, Nov. 2, at 7 p.m. at the U.S. Geological Survey "
            "National Center in Reston, Va.",
            "The earthquake caused extensive damage in central Virginia and was among the largest "
            "ever to occur along the eastern seaboard.  USGS Associate Coordinator for Hazards "
            "Mike Blanpied and research geologist Mark Carter will discuss the seismology of the "
            "earthquake, its effects, its context in Virginia’s geology and the likelihood of a "
            "recurrence.",
            "The USGS “Did You Feel It?” website, which tracks locations where people have felt "
            "an earthquake based on their inputs, registered 141,784 people who felt this "
            "earthquake in more than 3,400 zip codes from Georgia to New York.  Up to a third of "
            "the U.S. population might have been able to feel this earthquake had they been "
            "still when it occurred. The reason the earthquake was felt so widely was because it "
            "was shallow, and geologic conditions in the eastern U.S. allow the effects of "
            "earthquakes to spread much more efficiently than in the western U.S.",
            "For more information and directions visit the Public Lecture Series website.",
            "The lecture is in a federal facility and a photo ID is required for entry.",
            "Those unable to attend the lecture in person can follow it live on Twitter @USGSLive",
        ],
        "quantities": [
            oth("magnitude 5.8", 5.8, "magnitude", "Virginia earthquake of Aug. 23, 2011"),
            person("141,784 people", 141784, "people who reported feeling the earthquake"),
            c("more than 3,400 zip codes", 3400, "zip codes",
              "zip codes where the earthquake was felt", approx=True),
            frac("Up to a third", 0.3333, "share of the U.S. population that might have felt the quake"),
        ],
    },
    {
        "id": "qt24-24",
        "source": "usgov:www.usgs.gov",
        "url": "http://www.usgs.gov/newsroom/article_pf.asp?ID=3390",
        "title": "A History of Rubble and Rumblings: Eastern Earthquakes Topic of Free Lecture Wednesday",
        "published": "2012-09-04",
        "truncated": True,
        "note": ("U.S. Geological Survey news release, printer-friendly page. Removed: the "
                 "'This release can be found...' and 'USGS main page', 'News Release' lines, the "
                 "date (to published), the two contact lines with telephone numbers, the title "
                 "and subtitle (to title) and 'Bookmark and Share'; trailing spaces dropped. "
                 "'Va.Earthquakes' is verbatim. Kept to the last complete paragraph before the "
                 "store's cut. 'M5.8', 'M6.0', 'M7.3', 'M 5.8' are magnitudes; '18 years of age "
                 "and older' is an age threshold (span '18 years'); 'at least 15 to 20 minutes' is "
                 "a range; 'the past 400 years' is a duration (span '400 years'); 'Last year's', "
                 "'1755', '1886' are time anchors; podcast titles are names."),
        "paragraphs": [
            "RESTON, Va.Earthquakes in the Eastern United States and the seismic hazard the "
            "region faces is the topic of a free public lecture Wednesday, September 5, at 7 p.m. "
            "at the U.S. Geological Survey National Center in Reston, Va.",
            "Titled, \"A History of Rubble and Rumblings: Earthquakes in the Eastern U.S.,\" the "
            "lecture takes place in a federal facility and a valid photo ID is required for "
            "entry by attendees 18 years of age and older. Attendees should plan to arrive at "
            "least 15 to 20 minutes early to process through security.",
            "Last year's M5.8 Virginia earthquake on August 23 came as a surprise for many in the "
            "area, but in the past 400 years, there have been more than 30 damaging earthquakes "
            "in the eastern U.S., ranging from the M6.0 near Boston in 1755, to M7.3 in "
            "Charleston, S.C. in 1886.",
            "Despite this history of earthquakes, the faults on which these earthquakes are "
            "occurring are poorly known, and scientists do not have a clear understanding of the "
            "causes of earthquakes in the eastern U.S.  Scientists are using seismic data from "
            "the last year’s Virginia earthquake to answer some of these questions and to refine "
            "estimates of the of the region’s seismic hazard.",
            "For more information and directions visit the Public Lecture Series website",
            "For more information about last year's M 5.8 Virginia earthquake, listen to two "
            "podcasts: \"A Year After the Virginia Earthquake: What More do We Know?\" and “A "
            "Year After the Virginia Earthquake: Will the Shaking Continue?\"",
            "Those unable to attend the lecture in person can follow it live on Twitter @USGSLive",
        ],
        "quantities": [
            oth("18 years", 18, "year", "minimum age of attendees required to show photo ID"),
            dur("at least 15 to 20 minutes", 15, "minute", "how early attendees should arrive",
                approx=True, high=20),
            oth("M5.8", 5.8, "magnitude", "2011 Virginia earthquake"),
            dur("400 years", 400, "year", "period of eastern U.S. earthquake history"),
            c("more than 30", 30, "earthquakes", "damaging earthquakes in the eastern U.S.",
              approx=True),
            oth("M6.0", 6.0, "magnitude", "1755 earthquake near Boston"),
            oth("M7.3", 7.3, "magnitude", "1886 earthquake in Charleston"),
            oth("M 5.8", 5.8, "magnitude", "2011 Virginia earthquake"),
            c("two podcasts", 2, "podcasts", "podcasts about the Virginia earthquake"),
        ],
    },
    {
        "id": "qt24-25",
        "source": "usgov:fema.gov (release; copy on oreanda.ru)",
        "url": "https://www.oreanda.ru/en/v_mire/Meals_and_Water_Top_List_of_Unified/article1201874/",
        "title": "Meals and Water Top List of Unified Federal Response (FEMA, Hurricanes Irma and Maria, 2017)",
        "published": None,
        "truncated": False,
        "note": ("FEMA (Homeland Security) release on the Hurricane Maria response in Puerto Rico "
                 "(October 2017), as reposted by a news aggregator. Removed: the aggregator's tag "
                 "'OREANDA-NEWS' before the first sentence. 'It will take months' is a vague "
                 "plural duration (2 months, approximate); 'During the next week' is not "
                 "annotated (it places the deliveries in time); '18 million shelf-stable meals' "
                 "stops at the number; '50-megawatt' is a compound adjective (power); 'more than "
                 "250' (installed) is an anaphoric count."),
        "paragraphs": [
            "In the wake of Hurricanes Irma and Maria, supplying meals and water to severely "
            "impacted survivors remains a priority of local and federal government and "
            "nongovernment agencies. This is the largest sustained funding operation in the "
            "history of the Federal Emergency Management Agency (FEMA).",
            "During the next week, it is expected that 10 million liters of bottled water and 18 "
            "million shelf-stable meals will arrive in Puerto Rico. This is in addition to the "
            "ongoing wide range of meals already being provided to survivors by the government of "
            "Puerto Rico, FEMA and the numerous volunteer agencies feeding Puerto Ricans across "
            "the island.",
            "Power restoration continues as a 50-megawatt generator is currently being installed "
            "at the Palo Seco Power Plant in San Juan. This is the first step in efforts toward "
            "emergency power restoration of what was already a fragile system.",
            "It will take months to complete the emergency work to sustain power until the "
            "government of Puerto Rico can permanently restore the island’s power grid. But power "
            "restoration is well underway.",
            "More than 140,000 homes in Puerto Rico are in need of some sort of repair as a "
            "result of the hurricane.",
            "FEMA and the U.S. Army Corps of Engineers (USACE) are providing short-term options "
            "for homeowners to protect their damaged homes from wind and rain.",
            "One option, Operation Blue Roof, provides a temporary covering of reinforced blue "
            "plastic sheeting to help reduce further damage to property until permanent repairs "
            "can be made. Blue Roofs are designed to last about 30 days. To date, the USACE has "
            "received more than 2,800 requests for Blue Roof repairs and has installed more than "
            "250.",
            "In addition, FEMA has blue tarps, often referred to as self-help tarps, available at "
            "no cost throughout local municipalities. These large, loose-fitting sheets of "
            "waterproof material are installed by the homeowner and are meant to be temporary "
            "protection.",
        ],
        "quantities": [
            vol("10 million liters", 10000000, "liter", "bottled water expected in Puerto Rico"),
            c("18 million", 18000000, "meals", "shelf-stable meals expected in Puerto Rico"),
            oth("50-megawatt", 50, "megawatt", "generator installed at the Palo Seco Power Plant"),
            dur("months", 2, "month", "time to complete emergency power work", approx=True),
            c("More than 140,000 homes", 140000, "homes", "homes in Puerto Rico needing repair",
              approx=True),
            dur("about 30 days", 30, "day", "design life of Blue Roofs", approx=True),
            c("more than 2,800 requests", 2800, "requests", "requests for Blue Roof repairs",
              approx=True),
            c("more than 250", 250, "blue roofs", "Blue Roofs installed by USACE", approx=True),
        ],
    },
    {
        "id": "qt24-26",
        "source": "usgov:fema.gov (briefing; copy on vdocument.in)",
        "url": "https://vdocument.in/current-situation-hurricane-maria-tropical-storm-jose-and-post-tropical.html",
        "title": "FEMA Senior Leadership Briefing and Recovery Snapshots, Thursday, September 21, 2017 (5:00 a.m. EDT)",
        "published": "2017-09-21",
        "truncated": True,
        "note": ("FEMA senior leadership briefing (distributed by FEMA through GovDelivery), as "
                 "stored by a document-sharing site. Removed: the site's title line and page "
                 "count ('15'). The page number '1' that opens the text and 'Updates in Blue' "
                 "are kept verbatim; 'life- threatening' keeps its line-break hyphen. Kept to the "
                 "last complete sentence before the store's cut. Coordinates, clock times and "
                 "'category 3' are not quantities; 'the next several hours' and 'the next couple "
                 "of days' are vague durations (spans 'several hours' = 3, 'couple of days' = 2, "
                 "approximate); 'range from 4 to 8 inches' is a range (span '4 to 8 inches')."),
        "paragraphs": [
            "1 Senior Leadership Briefing and Recovery Snapshots Hurricane Maria, Tropical Storm "
            "Jose, and Post-Tropical Cyclones Irma and Harvey Thursday, September 21, 2017 (5:00 "
            "a.m. EDT) Updates in Blue Current Situation: Hurricane Maria: At 5:00 AM ET, the "
            "large eye of Hurricane Maria was located near latitude 19.6 North, longitude 68.4 "
            "West. Maria is moving toward the northwest near 9 mph, and this general motion with "
            "a decrease in forward speed is expected through tonight. A turn toward the "
            "north-northwest is forecast on Friday. On the forecast track, the core of Hurricane "
            "Maria will continue to move away from Puerto Rico during the next several hours, On "
            "the forecast track, the eye of Hurricane Maria will continue to pass offshore of the "
            "northeastern coast of the Dominican Republic today. Maria should then move near the "
            "Turks and Caicos Islands and the southeastern Bahamas tonight and Friday. Maximum "
            "sustained winds are near 115 mph with higher gusts. Maria is a category 3 hurricane "
            "and some strengthening is possible over the next couple of days. Strong gusty winds "
            "are still occurring over portions of Puerto Rico, but should continue to gradually "
            "subside this morning. Tropical storm or hurricane conditions are continuing across "
            "portions of the warning areas in the Dominican Republic. Hurricane conditions are "
            "expected to begin in portions of the Turks and Caicos Islands and the southeastern "
            "Bahamas tonight, with tropical storm conditions beginning in these areas later "
            "today. Additional rainfall in Puerto Rico is expected to range from 4 to 8 inches "
            "and rainfall is expected to continue to cause life- threatening flash floods and "
            "mudslides. Tropical Storm Jose: At 5:00 AM ET, the center of Tropical Storm Jose was "
            "located near latitude 39.8 North, longitude 67.8 West.",
        ],
        "quantities": [
            rate("near 9 mph", 9, "mile/hour", "forward speed of Hurricane Maria", approx=True),
            dur("several hours", 3, "hour", "time the core of Maria moves away from Puerto Rico",
                approx=True),
            rate("near 115 mph", 115, "mile/hour", "maximum sustained winds of Hurricane Maria",
                 approx=True),
            dur("couple of days", 2, "day", "period of possible strengthening", approx=True),
            ln("4 to 8 inches", 4, "inch", "additional rainfall expected in Puerto Rico", high=8),
        ],
    },
    {
        "id": "qt24-27",
        "source": "usgov:www.usbr.gov",
        "url": "http://www.usbr.gov/power/data/npr/npr_p05.html",
        "title": "Reclamation: Generating Power for 90 Years",
        "published": None,
        "truncated": False,
        "note": ("Bureau of Reclamation (Interior) power program brochure page (early 1990s: "
                 "'Generating Power for 90 Years' since 1902). Removed: the banner and photo "
                 "alternative texts ('Bureau of Reclamation Banner', 'Electrical workers'), the "
                 "page navigation buttons and the closing link text '[Reclamation's Power "
                 "Facilities]'; leading spaces dropped; double spaces kept. The page heading "
                 "'Generating Power for 90 Years' is kept (a duration). 'annually generate over 42 "
                 "billion kilowatt hours' keeps an energy ('annually' comes before, not joined); "
                 "'58 hydroelectric powerplants' stops at the number; '1902', '1909' are years."),
        "paragraphs": [
            "Generating Power for 90 Years",
            "Established in 1902, Reclamation is responsible for developing and conserving the "
            "Nation's water resources in the western United States.",
            "Reclamation's original purpose - \"to provide for the reclamation of arid and "
            "semiarid lands in the West\" - today covers a wide range of interrelated functions.  "
            "These include providing municipal and industrial water supplies, hydroelectric power "
            "generation, irrigation water for agriculture, water quality improvement, flood "
            "control, river navigation, river regulation and control, fish and wildlife "
            "enhancement, outdoor recreation, and water-related research.",
            "One of the many things we can be proud of is the hydroelectric power we provide to "
            "our customers in the western United States.",
            "We know that with this responsibility comes an obligation to administer our power "
            "program in the most efficient and cost-effective way possible.",
            "Reclamation has become the Nation's second largest hydroelectric power producer with "
            "58 hydroelectric powerplants having an installed capacity of over 14 million "
            "kilowatts.  Reclamation's powerplants annually generate over 42 billion kilowatt "
            "hours of hydroelectric energy, enough to meet the annual residential needs 14 "
            "million people.  Annual revenues from the sale of hydropower total nearly $800 "
            "million.  Since 1909, when our first powerplant started operating, power revenues "
            "have repaid more than $10 billion to the U.S. Treasury.",
        ],
        "quantities": [
            dur("90 Years", 90, "year", "time Reclamation has generated power"),
            c("58", 58, "powerplants", "Reclamation hydroelectric powerplants"),
            oth("over 14 million kilowatts", 14000000, "kilowatt",
                "installed capacity of Reclamation powerplants", approx=True),
            oth("over 42 billion kilowatt hours", 42000000000, "kilowatt_hour",
                "annual generation of Reclamation powerplants", approx=True),
            person("14 million people", 14000000, "people whose residential needs the power meets"),
            usd("nearly $800 million", 800000000, "annual hydropower revenues", approx=True),
            usd("more than $10 billion", 10000000000, "power revenues repaid to the Treasury",
                approx=True),
        ],
    },
    {
        "id": "qt24-28",
        "source": "usgov:betterbuildingssolutioncenter.energy.gov",
        "url": "https://betterbuildingssolutioncenter.energy.gov/news/doe-announces-11-billion-energy-savings-better-buildings-partners",
        "title": "DOE Announces $11 Billion in Energy Savings from Better Buildings Partners",
        "published": None,
        "truncated": False,
        "note": ("Department of Energy Better Buildings news item (2020 Progress Report). Removed: "
                 "the headline (to title). 'nearly 1.8 quadrillion British thermal units' is an "
                 "energy (scale applied, 1.8e15 Btu); 'more than 950 public and private sector "
                 "organizations' stops at the number; 'over one year' is a duration; 'the past "
                 "year' is a duration (span 'the past year'); '2020' is a year."),
        "paragraphs": [
            "The U.S. Department of Energy (DOE) has announced nearly $11 billion in energy-cost "
            "savings by more than 950 public and private sector organizations in DOE’s Better "
            "Buildings Initiative. To date, partners have saved nearly 1.8 quadrillion British "
            "thermal units of energy, which is equivalent to the electricity consumption of 27 "
            "million homes in America over one year. The 2020 Better Buildings Progress Report, "
            "released at the Better Buildings, Better Plants Virtual Leadership Symposium, "
            "details partners’ progress in advancing energy productivity and highlights the 20 "
            "organizations that achieved their energy efficiency goals in the past year. DOE also "
            "recognized partners that met previous challenge goals and have set new goals to "
            "achieve even greater energy efficiency.",
            "DOE’s Office of Energy Efficiency and Renewable Energy also announced four new "
            "Better Buildings efforts: the Better Buildings Workforce Accelerator, the Better "
            "Buildings Sustainable Corrections Infrastructure Accelerator, the Integrated "
            "Lighting Campaign, and the Building Envelope Campaign. These efforts are aimed at "
            "increasing American energy productivity; catalyzing investments in renewable energy "
            "and energy storage in public facilities; integrating advanced lighting controls in "
            "buildings; and helping building owners and managers develop more energy-efficient "
            "walls, windows, roofs, and foundations.",
        ],
        "quantities": [
            usd("nearly $11 billion", 11000000000, "energy-cost savings by Better Buildings partners",
                approx=True),
            c("more than 950", 950, "organizations", "organizations in the Better Buildings Initiative",
              approx=True),
            oth("nearly 1.8 quadrillion British thermal units", 1.8e15, "british_thermal_unit",
                "energy saved by Better Buildings partners", approx=True),
            c("27 million homes", 27000000, "homes", "homes whose yearly electricity use equals the savings"),
            dur("one year", 1, "year", "period of the homes' electricity consumption"),
            c("20 organizations", 20, "organizations", "organizations that achieved their goals"),
            dur("the past year", 1, "year", "period in which the 20 organizations met their goals"),
            c("four", 4, "efforts", "new Better Buildings efforts announced"),
        ],
    },
    {
        "id": "qt24-29",
        "source": "usgov:www.ncei.noaa.gov",
        "url": "https://www.ncei.noaa.gov/access/monitoring/climate-at-a-glance/national/rankings/110/tavg/189808",
        "title": "Climate at a Glance, National Rankings, Contiguous U.S.: Average Temperature Rankings, August 1898",
        "published": None,
        "truncated": True,
        "note": ("NOAA National Centers for Environmental Information 'Climate at a Glance' "
                 "ranking table, as the store prints it (table cells joined by ' | ', rows broken "
                 "over lines; kept verbatim). Cut by the annotator after the second period row "
                 "(Jul–Aug, '2-Month') to stay within the cap of 12 temperatures (each row gives "
                 "the value, the 1901-2000 mean and the anomaly, in °F and °C). The anomaly is a "
                 "temperature difference (same units). '1-Month' and '2-Month' are durations; "
                 "ranks ('83rd Coolest') are ordinals; years and '1895-2022' are not quantities."),
        "paragraphs": [
            "National Rankings",
            "Contiguous U.S.",
            "Average Temperature Rankings, August 1898",
            "Period | Value | 1901-2000 Mean |",
            "Anomaly | Rank (1895-2022) |",
            "Warmest/Coolest Since |",
            "Record |",
            "---|---|---|---|---|---|---|",
            "August 1898 1-Month |",
            "72.75°F (22.64°C) | 72.10°F (22.28°C) |",
            "0.65°F (0.36°C) | 83rd Coolest | Coolest since: |",
            "1927 |",
            "46th Warmest | Warmest to Date |",
            "1983 | ||||",
            "Jul– 2-Month |",
            "73.02°F (22.79°C) | 72.86°F (22.70°C) |",
            "0.16°F (0.09°C) | 68th Coolest | Coolest since: |",
            "1992 |",
            "61st Warmest | Warmest to Date |",
            "1936 | ||||",
        ],
        "quantities": [
            dur("1-Month", 1, "month", "ranking period August 1898"),
            oth("72.75°F", 72.75, "fahrenheit", "contiguous U.S. average temperature, August 1898"),
            oth("22.64°C", 22.64, "celsius", "contiguous U.S. average temperature, August 1898"),
            oth("72.10°F", 72.10, "fahrenheit", "1901-2000 mean August temperature"),
            oth("22.28°C", 22.28, "celsius", "1901-2000 mean August temperature"),
            oth("0.65°F", 0.65, "fahrenheit", "August 1898 temperature anomaly"),
            oth("0.36°C", 0.36, "celsius", "August 1898 temperature anomaly"),
            dur("2-Month", 2, "month", "ranking period July-August 1898"),
            oth("73.02°F", 73.02, "fahrenheit", "contiguous U.S. average temperature, Jul-Aug 1898"),
            oth("22.79°C", 22.79, "celsius", "contiguous U.S. average temperature, Jul-Aug 1898"),
            oth("72.86°F", 72.86, "fahrenheit", "1901-2000 mean July-August temperature"),
            oth("22.70°C", 22.70, "celsius", "1901-2000 mean July-August temperature"),
            oth("0.16°F", 0.16, "fahrenheit", "July-August 1898 temperature anomaly"),
            oth("0.09°C", 0.09, "celsius", "July-August 1898 temperature anomaly"),
        ],
    },
    {
        "id": "qt24-31",
        "source": "usgov:betterbuildingssolutioncenter.energy.gov (copy on a mirror host)",
        "url": "http://betterbuildingssolutioncenter-energy-gov-s.njmu.s5.bt8.net/news?page=6",
        "title": "Better Buildings Solution Center: News & Announcements, page 6 (Department of Energy)",
        "published": None,
        "truncated": True,
        "note": ("Department of Energy Better Buildings news list (items of about 2016), as kept "
                 "under a mirror host name of betterbuildingssolutioncenter.energy.gov. Removed: "
                 "the heading 'News & Announcements'; the third item, cut by the store in its "
                 "first sentence, is dropped. '469 kilowatts (kW) annually' is annotated as the "
                 "power it names (span '469 kilowatts'; the page's 'annually' does not make a "
                 "rate of a power); 'about 2.2 quadrillion BTUs' is an energy (2.2e15 Btu); "
                 "'the last five years' (span 'five years') and 'the last year' are durations; "
                 "'21 new industrial partners', '12 water and wastewater treatment agencies' and "
                 "'Close to 160 industrial organizations' stop at the number; '2011' is a year."),
        "paragraphs": [
            "The Energy Department recognized Arizona’s Dysart Unified School District (USD) for "
            "increasing the use of energy efficiency and renewable energy technologies at 25 "
            "schools. Through the Department’s Better Buildings Challenge, Dysart USD has "
            "committed to 20 percent energy savings over 10 years, spanning more than three "
            "million square feet of building space. The district has already achieved 10 percent "
            "energy savings since 2011, and its Better Buildings Challenge showcase project, "
            "Kingswood Elementary School, has achieved 16 percent energy savings. Officials from "
            "the Energy Department and the school district toured the showcase project, now "
            "equipped with rooftop solar panels generating 469 kilowatts (kW) annually, and "
            "advanced chillers to cool the building.",
            "Today, the Energy Department announced that manufacturers in its Better Buildings, "
            "Better Plants Program have racked up an estimated $2.4 billion in cumulative energy "
            "cost savings over the last five years. Over the last year, 21 new industrial "
            "partners joined the Better Plants program, including 12 water and wastewater "
            "treatment agencies — part of a strategic expansion to increase energy efficiency "
            "across the nation’s water infrastructure. Close to 160 industrial organizations "
            "representing more than 2,400 facilities are partnering with the Energy Department "
            "through Better Plants. Together, these partners consume about 2.2 quadrillion BTUs "
            "of energy, which is approximately 11.4 percent of the U.S. manufacturing sector’s "
            "total use, or about the same as the state of Tennessee’s annual energy consumption. "
            "The Department also announced that nine partners have met their energy efficiency "
            "targets this year.",
        ],
        "quantities": [
            c("25 schools", 25, "schools", "Dysart USD schools using efficiency and renewables"),
            p("20 percent", 20, "energy savings committed by Dysart USD"),
            dur("10 years", 10, "year", "period of the Dysart USD savings commitment"),
            ar("more than three million square feet", 3000000, "square_foot",
               "Dysart USD building space", approx=True),
            p("10 percent", 10, "energy savings achieved by Dysart USD since 2011"),
            p("16 percent", 16, "energy savings at Kingswood Elementary School"),
            oth("469 kilowatts", 469, "kilowatt", "rooftop solar panels at Kingswood Elementary"),
            usd("an estimated $2.4 billion", 2400000000,
                "cumulative energy cost savings of Better Plants manufacturers", approx=True),
            dur("five years", 5, "year", "period of the Better Plants savings"),
            dur("the last year", 1, "year", "period in which new partners joined Better Plants"),
            c("21", 21, "partners", "new industrial partners in Better Plants"),
            c("12", 12, "agencies", "water and wastewater treatment agencies joining"),
            c("Close to 160", 160, "organizations", "industrial organizations in Better Plants",
              approx=True),
            c("more than 2,400 facilities", 2400, "facilities",
              "facilities of Better Plants partners", approx=True),
            oth("about 2.2 quadrillion BTUs", 2.2e15, "british_thermal_unit",
                "energy consumed by Better Plants partners", approx=True),
            p("approximately 11.4 percent", 11.4, "partners' share of U.S. manufacturing energy use",
              approx=True),
            c("nine partners", 9, "partners", "partners that met their efficiency targets"),
        ],
    },
    {
        "id": "qt24-32",
        "source": "usgov:usda.gov (FAS report; copy via a proxy of scribd.com)",
        "url": "https://rt.http3.lol/index.php?q=aHR0cHM6Ly93d3cuc2NyaWJkLmNvbS9kb2N1bWVudC84NDc3MDY5OTcvUHJvZHVjdGlvbg",
        "title": "World Agricultural Production, February 2024 (USDA Foreign Agricultural Service, Circular Series WAP 2-24): Sri Lanka Rice",
        "published": "2024-02",
        "truncated": True,
        "note": ("USDA Foreign Agricultural Service circular, text as extracted from an uploaded "
                 "copy (stored under a proxy address). Removed: the scrambled letterhead block "
                 "(agency name, series and date interleaved with the circular's title) and the "
                 "footer 'Approved by the World Agricultural Outlook Board'; the extraction's "
                 "line breaks and indentation inside paragraphs are joined with a space. Kept to "
                 "the last complete sentence before the store's cut. '2023/24', '2022/23' are "
                 "marketing years; 'a few years ago' anchors a time (not annotated); '4.22 metric "
                 "tons per hectare' is a rate."),
        "paragraphs": [
            "Sri Lanka Rice: Production Forecast to Increase",
            "USDA estimates marketing year (MY) 2023/24 Sri Lanka rice production at 3.3 million "
            "metric tons (milled basis), up 9 percent from last month and 17 percent from last "
            "year. The harvested area is estimated at 1.2 million hectares, up slightly from MY "
            "2022/23. Yields are estimated to reach 4.22 metric tons per hectare (rough basis), up "
            "16 percent from a year ago because of ideal weather and improved access to inputs.",
            "Sri Lanka’s economic situation has improved from a few years ago. In May 2021, the "
            "government of Sri Lanka banned imports of chemical fertilizers for environmental "
            "reasons. Consequently, yields declined due to the lack of fertilizers, and "
            "agricultural production plummeted. The government rescinded the ban in November "
            "2021; however, farmers were unable to afford imported fertilizers with a sharp rise "
            "in global fertilizer prices. Currently, the government received international "
            "assistance and can offer farmers government-subsidized inputs. Farmers now have "
            "access to government subsidized fertilizers and seeds. Record rainfall occurred "
            "during the maha season and the satellite-derived MODIS Normalized Difference "
            "Vegetation Index (NDVI) anomaly analysis shows above-average crop vigor in the main "
            "rice production areas for the maha season.",
            "USDA combines the MY 2023/24 yala, which accounts for 40 percent of the total "
            "production, and the MY 2023/24 maha crop for the total estimate.",
        ],
        "quantities": [
            mass("3.3 million metric tons", 3300000, "metric_ton",
                 "Sri Lanka rice production estimate for 2023/24"),
            p("9 percent", 9, "Sri Lanka rice production change from last month"),
            p("17 percent", 17, "Sri Lanka rice production change from last year"),
            ar("1.2 million hectares", 1200000, "hectare", "Sri Lanka rice harvested area"),
            rate("4.22 metric tons per hectare", 4.22, "metric_ton/hectare",
                 "estimated Sri Lanka rice yield"),
            p("16 percent", 16, "Sri Lanka rice yield change from a year ago"),
            p("40 percent", 40, "yala crop share of Sri Lanka rice production"),
        ],
    },
    {
        "id": "qt24-33",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/Tag/3744/?Page=10",
        "title": "U.S. Army Corps of Engineers news search, tag 'civil works', page 10",
        "published": None,
        "truncated": True,
        "note": ("Army Corps of Engineers news search results (tag 'civil works'; items of "
                 "November 2023): each item's headline and summary are kept as lines. Removed: "
                 "'Results:', 'Tag: civil works', 'Clear' and the list bullets. Kept to the last "
                 "complete sentence before the store's cut. 'about halfway' is a fraction "
                 "(approximate); '8-mile-long' is a compound adjective (length); 'mile marker "
                 "142' names a place, the street address and ZIP code are not quantities; "
                 "'doubling its progress' is a verb, not annotated; 'the last few years' is a "
                 "vague duration (3 years, approximate); 'twofold' is a multiplier."),
        "paragraphs": [
            "Yakima River ecosystem restoration project to reconnect floodplain and restore "
            "habitat",
            "With construction set to begin on a multi-year project to restore the Yakima River’s "
            "connection to its historic floodplain and rehabilitate the surrounding ecosystem, "
            "the U.S. Army Corps of Engineers and Yakima County held a groundbreaking ceremony "
            "November 14.",
            "Innovation leads to productive season for safety upgrade at Moose Creek Dam",
            "With the onset of winter, the U.S. Army Corps of Engineers – Alaska District capped "
            "off a successful summer by doubling its progress from last year to build a cement "
            "barrier wall in the center of the dam. The safety improvement project is now about "
            "halfway complete as the team works to reinforce 4.7 miles of the 8-mile-long earthen "
            "structure.",
            "Flood Resiliency Study team to hold public outreach meeting in Jefferson City, "
            "Missouri",
            "Officials are hosting a public outreach meeting in Jefferson City, Missouri, on "
            "Monday, November 13, to discuss the flood resiliency study near Missouri River mile "
            "marker 142. The meeting will be held at Missouri Department of Natural Resources, "
            "1730 E. Elm Street, Jefferson City, Missouri, 65101, and will be hosted by the "
            "Kansas City District, U.S. Army Corps of Engineers and the Missouri Department of "
            "Natural Resources.",
            "Peaks and valleys: Northwestern Division leverages regional project sharing to "
            "complete the mission",
            "Comprised of nearly 37,000 employees, the U.S. Army Corps of Engineers is tasked with "
            "engineering solutions for the nation’s toughest challenges. Across the enterprise, "
            "many divisions and districts have seen a surge in workload over the last few years. "
            "While USACE has seen similar surges in the past, this increase in workload is larger "
            "than many can remember in recent history. The source of the current surge in "
            "workload is twofold.",
        ],
        "quantities": [
            frac("about halfway", 0.5, "completion of the Moose Creek Dam safety project",
                 approx=True),
            ln("4.7 miles", 4.7, "mile", "length of the dam being reinforced"),
            ln("8-mile-long", 8, "mile", "length of the Moose Creek Dam earthen structure"),
            person("nearly 37,000 employees", 37000, "employees of the Army Corps of Engineers",
                   approx=True),
            dur("the last few years", 3, "year", "period of the workload surge", approx=True),
            oth("twofold", 2, "multiplier", "sources of the current workload surge"),
        ],
    },
    {
        "id": "qt24-34",
        "source": "usgov:nifc.gov (report; copy on docslib.org)",
        "url": "https://docslib.org/doc/6010621/incident-management-situation-report-thursday-july-31-2003-0530-mdt-national-preparedness-level-5",
        "title": "Incident Management Situation Report, Thursday July 31, 2003 - 0530 MDT, National Preparedness Level 5",
        "published": "2003-07-31",
        "truncated": True,
        "note": ("National Interagency Fire Center (Forest Service, Interior bureaus) daily "
                 "situation report, as stored by a document-sharing site. Kept to the last "
                 "complete sentence before the store's cut. 'NATIONAL PREPAREDNESS LEVEL 5' and "
                 "'Type 1' are levels and names, '0530 MDT' and 'until 1500 hours today' are "
                 "clock times: none is a quantity. Counts of fires stop at the number when a "
                 "modifier intervenes ('240 new fires', 'Nine new large fires'); the distributive "
                 "'two each', 'three', 'one', 'one each' are counts of fires; '24 commercial "
                 "properties' stops at the number. 'the Areas' (a region name missing) is "
                 "verbatim."),
        "paragraphs": [
            "INCIDENT MANAGEMENT SITUATION REPORT THURSDAY JULY 31, 2003 - 0530 MDT NATIONAL "
            "PREPAREDNESS LEVEL 5",
            "CURRENT SITUATION:",
            "Initial attack activity was moderate in the Eastern Great Basin, Rocky Mountain and "
            "Southern Areas and light elsewhere. Nationally, 240 new fires were reported. Nine new "
            "large fires were reported, two each in the Northern Rockies, the Northwest and the "
            "Areas, three in the Northern California Area and one in the Eastern Great Basin. "
            "Nine large fires were contained, one each in the Northern Rockies, Northern "
            "California, Rocky Mountain, and Northwest Areas, two in the Eastern Great Basin, and "
            "three in the Southern Area. Very high to extreme fire indices were reported in "
            "Alaska, Arizona, California, Colorado, Hawaii, Idaho, Montana, Nevada, New Mexico, "
            "Oklahoma, Oregon, Texas, Utah, Washington and Wyoming.",
            "NORTHERN ROCKIES AREA LARGE FIRES:",
            "An Area Command Team (Mann) is assigned to manage the Wedge Canyon, Robert, Trapper "
            "Creek Complex, Ross Creek and the Little Salmon Creek Complex on the Flathead "
            "National Forest and Glacier National Park.",
            "ROBERT, Flathead National Forest. A unified command between a Type 1 Incident "
            "Management Team (Stam) and Flathead County is in place. This fire is in timber, 8 "
            "miles north of Columbia Falls, MT. The fire was under a heavy smoke inversion until "
            "1500 hours today. Crews conducted successful burn out operation on the west side of "
            "the fire and the containment line on the east side was improved. The fire remains a "
            "major threat to communities along the North and Middle Fork drainages of the "
            "Flathead River and the communities within Glacier National Park. Evacuations have "
            "been implemented in West Glacier and Blankenship Road areas. Structure protection is "
            "in place for 200 residences and 24 commercial properties.",
            "WEDGE CANYON, Flathead National Forest. A Type 1 Incident Management Team (Bennett) "
            "is assigned. This fire is in sub-alpine fir with down fuel, 20 miles east of Eureka, "
            "MT.",
        ],
        "quantities": [
            c("240", 240, "fires", "new fires reported nationally"),
            c("Nine", 9, "fires", "new large fires reported"),
            c("two", 2, "fires", "new large fires in each of three areas"),
            c("three", 3, "fires", "new large fires in the Northern California Area"),
            c("one", 1, "fires", "new large fire in the Eastern Great Basin", after="Area and "),
            c("Nine large fires", 9, "fires", "large fires contained"),
            c("one", 1, "fires", "large fires contained in each of four areas", after="contained, "),
            c("two", 2, "fires", "large fires contained in the Eastern Great Basin"),
            c("three", 3, "fires", "large fires contained in the Southern Area"),
            ln("8 miles", 8, "mile", "distance of the Robert fire north of Columbia Falls"),
            c("200 residences", 200, "residences", "residences under structure protection"),
            c("24", 24, "properties", "commercial properties under structure protection"),
            ln("20 miles", 20, "mile", "distance of the Wedge Canyon fire east of Eureka"),
        ],
    },
    {
        "id": "qt24-35",
        "source": "usgov:www.nhc.noaa.gov",
        "url": "https://flhurricane.com/cyclone/wxstatement.php?id=1153211",
        "title": "Tropical Storm Nigel Advisory Number 8",
        "published": "2023-09-17",
        "truncated": False,
        "note": ("National Hurricane Center (NOAA/NWS) public advisory, as mirrored verbatim by "
                 "flhurricane.com (the text is the NWS bulletin; the host is not a government "
                 "site; as qt22-16/17 of test22). The store holds the bulletin as one line; "
                 "removed the mirror's 'Show Selection: |' and '#1153211 (Received by "
                 "flhurricane at: 4:56 AM 17.Sep.2023)' prefix, the dashed underlines and the "
                 "final table bar. '23.0N 48.6W' and 'latitude 23.0 North, longitude 48.6 West' "
                 "(coordinates), 'AL152023', 'Number 8' and the clock times ('500 AM AST', "
                 "'0900 UTC', '1100 AM AST') are not quantities. '330 DEGREES' is a bearing "
                 "(unit degree, kind other); '1001 MB' is millibar and '29.56 INCHES' inches of "
                 "mercury. 'ABOUT 980 MI' carries its qualifier, the kilometre conversion after "
                 "it does not (as test22); 'near 14 mph', 'near 50 mph', 'up to 140 miles' keep "
                 "their qualifiers. 'the next few days' is a vague duration (3 days, "
                 "approximate); 'the next 48 hours' keeps its determiner (as test22)."),
        "paragraphs": [
            "TCPAT5 BULLETIN Tropical Storm Nigel Advisory Number 8 NWS National Hurricane "
            "Center Miami FL AL152023 500 AM AST Sun Sep 17 2023 ...NIGEL STRENGTHENING... "
            "...FORECAST TO BECOME A HURRICANE ON MONDAY... SUMMARY OF 500 AM AST...0900 "
            "UTC...INFORMATION LOCATION...23.0N 48.6W ABOUT 980 MI...1575 KM NE OF THE LESSER "
            "ANTILLES ABOUT 1180 MI...1895 KM ESE OF BERMUDA MAXIMUM SUSTAINED WINDS...50 "
            "MPH...85 KM/H PRESENT MOVEMENT...NNW OR 330 DEGREES AT 14 MPH...22 KM/H MINIMUM "
            "CENTRAL PRESSURE...1001 MB...29.56 INCHES WATCHES AND WARNINGS There are no "
            "coastal watches or warnings in effect. DISCUSSION AND OUTLOOK At 500 AM AST (0900 "
            "UTC), the center of Tropical Storm Nigel was located near latitude 23.0 North, "
            "longitude 48.6 West. Nigel is moving toward the north-northwest near 14 mph (22 "
            "km/h), and a general northwest to north-northwest motion is expected to continue "
            "for the next few days. Maximum sustained winds have increased to near 50 mph (85 "
            "km/h) with higher gusts. Additional strengthening is forecast during the next 48 "
            "hours, and Nigel is expected to become a hurricane on Monday. Tropical-storm-force "
            "winds extend outward up to 140 miles (220 km) from the center. The estimated "
            "minimum central pressure is 1001 mb (29.56 inches). HAZARDS AFFECTING LAND None "
            "NEXT ADVISORY Next complete advisory at 1100 AM AST. $$ Forecaster Papin",
        ],
        "quantities": [
            ln("ABOUT 980 MI", 980, "mile", "distance of Nigel from the Lesser Antilles",
               approx=True),
            ln("1575 KM", 1575, "kilometer", "distance of Nigel from the Lesser Antilles"),
            ln("ABOUT 1180 MI", 1180, "mile", "distance of Nigel from Bermuda", approx=True),
            ln("1895 KM", 1895, "kilometer", "distance of Nigel from Bermuda"),
            rate("50 MPH", 50, "mile/hour", "maximum sustained winds of Nigel"),
            rate("85 KM/H", 85, "kilometer/hour", "maximum sustained winds of Nigel"),
            oth("330 DEGREES", 330, "degree", "heading of Nigel's movement"),
            rate("14 MPH", 14, "mile/hour", "forward speed of Nigel"),
            rate("22 KM/H", 22, "kilometer/hour", "forward speed of Nigel"),
            oth("1001 MB", 1001, "millibar", "minimum central pressure of Nigel"),
            oth("29.56 INCHES", 29.56, "inch_of_mercury", "minimum central pressure of Nigel"),
            rate("near 14 mph", 14, "mile/hour", "speed of Nigel's north-northwest motion",
                 approx=True),
            rate("22 km/h", 22, "kilometer/hour", "speed of Nigel's north-northwest motion"),
            dur("the next few days", 3, "day", "period of the expected northwest motion",
                approx=True),
            rate("near 50 mph", 50, "mile/hour", "increased maximum sustained winds of Nigel",
                 approx=True),
            rate("85 km/h", 85, "kilometer/hour", "increased maximum sustained winds of Nigel"),
            dur("the next 48 hours", 48, "hour", "period of forecast strengthening"),
            ln("up to 140 miles", 140, "mile", "reach of tropical-storm-force winds",
               approx=True),
            ln("220 km", 220, "kilometer", "reach of tropical-storm-force winds"),
            oth("1001 mb", 1001, "millibar", "estimated minimum central pressure of Nigel"),
            oth("29.56 inches", 29.56, "inch_of_mercury",
                "estimated minimum central pressure of Nigel"),
        ],
    },
    {
        "id": "qt24-36",
        "source": "usgov:bpa.gov (news release; copy on flashalert.net)",
        "url": "http://flashalert.net/id/BonnevillePowerAdministration",
        "title": "Hydropower -- answering the cold weather call - Columbia and Snake River dams crank out the power",
        "published": "2017-01-13",
        "truncated": True,
        "note": ("Bonneville Power Administration (Department of Energy power marketing "
                 "administration) news release of 01/13/17, as posted on BPA's FlashAlert "
                 "newsroom page (flashalert.net, a distribution service; the text is BPA's). "
                 "Removed: the FlashAlert furniture ('Emergency Messages as of ...', subscription "
                 "lines, 'News Release'), the headline (moved to title) and the dateline "
                 "'Portland, Ore. --'. Cut by the annotator after the fourth paragraph, before "
                 "the boilerplate 'About BPA' block (which the store cuts anyway), to keep the "
                 "page under the cap of 12 counts. 'above 10,000 MW' keeps 'above' as a "
                 "qualifier (approximate); in 'demands exceeding 10,000 MW' the verb stays "
                 "outside the span (a threshold, not approximate). 'one MW' is a power of 1 "
                 "megawatt. Counts stop at the number when modifiers intervene ('700 average "
                 "sized homes', '10 federal dams', '31 federal dams', 'one nuclear power "
                 "plant'); 'six' and 'four' are anaphoric counts of dams. 'nearly 10 years' is "
                 "a duration; 'the year 1990', '2009', 'Jan. 6' are dates."),
        "paragraphs": [
            "Prolonged subfreezing temperatures across the Pacific Northwest are driving power "
            "demand to its highest levels in nearly 10 years--topping out on Friday, Jan. 6 at "
            "10,943 megawatts. That's enough electricity to power nearly eight million homes.",
            "In recent days, power demand has moved above 10,000 MW. Although electricity "
            "demands exceeding 10,000 MW are uncommon, Friday's peak is not a record; that "
            "honor goes to the year 1990, when BPA's system reached an all-time-high of 11,970 "
            "MW.",
            "The January 6 peak was the highest BPA has seen since 2009, when winter demand "
            "reached 11,561 MW. For perspective, one MW is enough electricity to power 700 "
            "average sized homes.",
            "The bulk of this BPA supplied electricity comes from 10 federal dams, six on the "
            "Columbia River and four on the Lower Snake. These dams are part of the Federal "
            "Columbia River Power System that encompasses 31 federal dams and one nuclear power "
            "plant, the Columbia Generating Station.",
        ],
        "quantities": [
            dur("nearly 10 years", 10, "year", "period since power demand was this high",
                approx=True),
            oth("10,943 megawatts", 10943, "megawatt", "BPA peak power demand on Jan. 6"),
            c("nearly eight million homes", 8000000, "homes",
              "homes the Jan. 6 peak could power", approx=True),
            oth("above 10,000 MW", 10000, "megawatt", "BPA power demand in recent days",
                approx=True),
            oth("10,000 MW", 10000, "megawatt", "threshold of uncommon electricity demands"),
            oth("11,970 MW", 11970, "megawatt", "BPA all-time-high demand in 1990"),
            oth("11,561 MW", 11561, "megawatt", "BPA winter demand in 2009"),
            oth("one MW", 1, "megawatt", "power that serves 700 homes"),
            c("700", 700, "homes", "average sized homes powered by one megawatt"),
            c("10", 10, "dams", "federal dams supplying most BPA electricity"),
            c("six", 6, "dams", "of the dams on the Columbia River"),
            c("four", 4, "dams", "of the dams on the Lower Snake"),
            c("31", 31, "dams", "federal dams in the Federal Columbia River Power System"),
            c("one", 1, "plants", "nuclear power plant in the Federal Columbia River Power System",
              after="dams and "),
        ],
    },
    {
        "id": "qt24-37",
        "source": "usgov:www2.eere.energy.gov",
        "url": "http://www2.eere.energy.gov/femp/news/news_detail.html?news_id=10611",
        "title": "Federal Agencies Receive Awards for Privately Financed Renewable Energy Projects",
        "published": "2007-03-07",
        "truncated": True,
        "note": ("Department of Energy Federal Energy Management Program (FEMP) news item. "
                 "Removed: the headline (moved to title), the date line and the photo caption "
                 "('Photo of a wind turbine.' / '750 kilowatt wind turbine at FCI Victorville'). "
                 "Kept to the last complete sentence before the store's cut. '750-kilowatt', "
                 "'100-kilowatt' (compound adjectives) and '74.5 kilowatts' are powers; '3.8 "
                 "billion Btu', '9.6 billion Btu' and 'more than 98.5 million Btu' are energies "
                 "(british_thermal_unit, scale applied); '8,000 square foot' is an area "
                 "(compound adjective). 'several' cost-efficient upgrades is a vague count (3, "
                 "approximate); 'Six' (of the 17) is an anaphoric count; '17 winning projects' "
                 "and '528 rooftop solar panels' stop at the number; 'generates enough "
                 "electricity each day to power 100 homes' is a count of homes (the frequency "
                 "is separate). 'FY 2005', 'FY 2006', 'October 2006' are years and dates."),
        "paragraphs": [
            "In October 2006, FEMP presented Federal Energy and Water Management Awards to 11 "
            "agencies for exemplary energy and water-saving projects implemented in FY 2005. Six "
            "of the 17 winning projects highlighted renewable energy and green power purchases, "
            "and all of these projects were funded using either an energy savings performance "
            "contract (ESPC) or a utility energy services contract (UESC).",
            "Using an ESPC with NORESCO LLC, the Federal Bureau of Prisons at Federal "
            "Correctional Institution (FCI) Victorville installed a 750-kilowatt wind turbine, a "
            "photovoltaic (PV) covered parking solar array, and several cost-efficient upgrades "
            "to the heating, ventilation, and air conditioning (HVAC) system. The wind turbine "
            "produces 30 percent of the peak electric demand for FCI Victorville and saves more "
            "than 9 percent of annual electricity consumption. The PV carport array is rated to "
            "produce 74.5 kilowatts at full capacity, and provides shade for vehicles during the "
            "extremely hot summers. The renewable projects, along with integrating HVAC controls "
            "and adding variable frequency drives, saved more than $212,000 and 3.8 billion Btu "
            "in FY 2005 during the final construction phase. At the time the nomination was "
            "submitted, it was estimated that savings of almost $470,000 and 9.6 billion Btu "
            "would be attained in FY 2006.",
            "The Social Security Administration (SSA) used a UESC with Commonwealth Edison to "
            "complete the installation of a 100-kilowatt solar electric system at the Harold "
            "Washington Social Security Center. This 8,000 square foot building-integrated "
            "array is the largest in Chicago. It is made up of 528 rooftop solar panels, and "
            "generates enough electricity each day to power 100 homes. The array reduced SSA's "
            "electrical load by more than 98.5 million Btu in FY 2005, helping to offset peak "
            "power costs statewide.",
        ],
        "quantities": [
            c("11 agencies", 11, "agencies", "agencies receiving FEMP awards in October 2006"),
            c("Six", 6, "projects", "winning projects highlighting renewable energy"),
            c("17", 17, "projects", "winning projects of the FEMP awards"),
            oth("750-kilowatt", 750, "kilowatt", "wind turbine at FCI Victorville"),
            c("several", 3, "upgrades", "cost-efficient HVAC upgrades at FCI Victorville",
              approx=True),
            p("30 percent", 30, "share of FCI Victorville peak demand met by the wind turbine"),
            p("more than 9 percent", 9, "annual electricity consumption saved by the turbine",
              approx=True),
            oth("74.5 kilowatts", 74.5, "kilowatt", "rated capacity of the PV carport array"),
            usd("more than $212,000", 212000, "savings of the FCI Victorville projects in FY 2005",
                approx=True),
            oth("3.8 billion Btu", 3.8e9, "british_thermal_unit",
                "energy saved by the FCI Victorville projects in FY 2005"),
            usd("almost $470,000", 470000, "estimated savings in FY 2006", approx=True),
            oth("9.6 billion Btu", 9.6e9, "british_thermal_unit",
                "estimated energy savings in FY 2006"),
            oth("100-kilowatt", 100, "kilowatt", "solar electric system at the SSA center"),
            ar("8,000 square foot", 8000, "square_foot", "building-integrated solar array"),
            c("528", 528, "panels", "rooftop solar panels of the SSA array"),
            c("100 homes", 100, "homes", "homes the SSA array could power each day"),
            oth("more than 98.5 million Btu", 98.5e6, "british_thermal_unit",
                "reduction of SSA's electrical load in FY 2005", approx=True),
        ],
    },
    {
        "id": "qt24-38",
        "source": "usgov:eia.gov",
        "url": "https://eia.gov/todayinenergy/detail.php?id=61645&src=email",
        "title": "Western U.S. hydropower generation fell to a 22-year low last year (Today in Energy)",
        "published": "2024-03-26",
        "truncated": True,
        "note": ("Energy Information Administration 'Today in Energy' article; the stored text "
                 "starts with the body (title and date as listed on EIA's Today in Energy "
                 "index, March 26, 2024). Kept to the last complete sentence before the store's "
                 "cut. '141.6 million megawatthours' and '62.3 million MWh' are energies "
                 "(megawatt_hour, scale applied; the '(MWh)' gloss is outside the span); '30°F "
                 "above normal' is a temperature difference in fahrenheit. '2022–23 water year', "
                 "'since at least 2001', 'last year', 'the summer months' are dates and periods "
                 "that anchor time, not quantities."),
        "paragraphs": [
            "According to preliminary data from our Electricity Data Browser, the least "
            "hydropower was generated in the western United States during the 2022–23 water "
            "year (October 1 through September 30) since at least 2001. Western region "
            "hydropower generation dropped by 11% from the previous water year to 141.6 million "
            "megawatthours (MWh). Hydropower generation in the western United States can vary "
            "significantly from year to year because the amount of precipitation influences "
            "generation.",
            "Precipitation mostly accumulates in the fall and winter months in the form of snow "
            "at higher elevations. Snowpack accumulated during the winter serves as natural "
            "water storage that starts to melt in the springtime as temperatures gradually "
            "increase.",
            "The western United States—Arizona, Colorado, Idaho, Montana, Nevada, New Mexico, "
            "Utah, Wyoming, California, Oregon, and Washington—produced most (60%) of the "
            "country’s hydroelectricity last water year (2022–23).",
            "A combined 37% of total U.S. hydropower capacity is located in Washington and "
            "Oregon. Drought conditions last year affected these states and other states around "
            "the Columbia River Basin. These conditions contributed to historically low "
            "hydropower generation in these states.",
            "During the fall and winter of 2022 into 2023, precipitation in this region was "
            "near-to-below normal. In May 2023, a heat wave that drove temperatures 30°F above "
            "normal affected the region, melting the snowpack rapidly. Water flows in May were "
            "high, but much of the water supply needed for generation during the summer months "
            "melted during the May heat wave. Water supply was below-average in the Northwest "
            "region for the rest of the water year, which reduced hydropower generation.",
            "In the 2022–23 water year, 23% less hydropower was generated in Washington than the "
            "water year before, totaling 62.3 million MWh. Hydropower generation in Oregon also "
            "fell by more than 20% in the 2022–23 water year.",
            "In contrast, hydropower generation grew in California last year.",
        ],
        "quantities": [
            p("11%", 11, "drop in western hydropower generation"),
            oth("141.6 million megawatthours", 1.416e8, "megawatt_hour",
                "western hydropower generation in the 2022–23 water year"),
            p("60%", 60, "western share of U.S. hydroelectricity"),
            p("37%", 37, "share of U.S. hydropower capacity in Washington and Oregon"),
            oth("30°F", 30, "fahrenheit", "May 2023 heat wave temperatures above normal"),
            p("23%", 23, "drop in Washington hydropower generation"),
            oth("62.3 million MWh", 6.23e7, "megawatt_hour",
                "Washington hydropower generation in the 2022–23 water year"),
            p("more than 20%", 20, "drop in Oregon hydropower generation", approx=True),
        ],
    },
    {
        "id": "qt24-39",
        "source": "usgov:www.wapa.gov",
        "url": "https://www.wapa.gov/summarizing-2020-hydrology-conditions/",
        "title": "Summarizing 2020 hydrology conditions (Western Area Power Administration)",
        "published": None,
        "truncated": True,
        "note": ("Western Area Power Administration (Department of Energy power marketing "
                 "administration) article on its own site. Removed: the byline 'By Philip Reed' "
                 "and leading spaces of paragraphs; the double spaces ('customers.  Its', 'an  "
                 "elevation') are verbatim. Kept to the last complete sentence before the "
                 "store's cut (the cut sentence held '11.4 million acre-feet' and 'about 46%'). "
                 "'26,985 gigawatt-hours' and '2,124 GWh' are energies; '$31.06 per "
                 "megawatt-hour' is a rate (USD/megawatt_hour, the only unit id new to test24 in "
                 "this top-up); in 'The cost per MWh was $28.63' the per-unit does not follow "
                 "the number, so only the money is annotated. Elevations in feet are lengths; "
                 "'around 700 preference customers' stops at the number. 'water year 2020' and "
                 "'In an ideal year' are not quantities."),
        "paragraphs": [
            "Editor’s note: The following report summarizes data from WAPA’s Hydropower "
            "Conditions webpage for straight power purchase costs, which are based solely upon "
            "hydrology, actual hydropower generation and related generation shortages. Readers "
            "may review all data by visiting, Power Marketing, Hydropower Conditions.",
            "One of the biggest challenges for hydropower is water variability due to "
            "intermittent drought and flooding. By definition, hydropower needs water to "
            "generate electricity. Without it, WAPA must buy power on the open market from other "
            "sources to meet contractual obligations to its customers. This is referred to as "
            "purchased power.",
            "In an ideal year, snowpack around the West is average or above average, yielding "
            "snowmelt runoff to recharge reservoirs behind the dams and powerplants that provide "
            "the power WAPA markets.",
            "Federal dam owners such as the Bureau of Reclamation, the Army Corps of Engineers "
            "and the International Boundary and Water Commission move water to federal "
            "hydroelectric powerplants. WAPA markets the subsequent power generated to around "
            "700 preference customers.  Its customers, in turn, sell that power to more than 40 "
            "million Americans.",
            "Water around WAPA in 2020",
            "WAPA’s actual generation was 100.3% of average in water year 2020, for a total "
            "generation of 26,985 gigawatt-hours. For the same period, total purchased power was "
            "2,124 GWh with actual purchase power expenses of $65,959,195 equating to $31.06 per "
            "megawatt-hour.",
            "The Colorado River Storage Project Management Center projected most probable "
            "purchase power expenses for water year 2020 to be $14,195,307. Actual purchase "
            "power expenses were $16,259,069. The cost per MWh was $28.63. Lake Powell ended the "
            "water year with an  elevation of 3,596 feet, which is about 104 feet below the "
            "maximum reservoir level and 106 feet above the minimum generation level.",
        ],
        "quantities": [
            c("around 700", 700, "customers", "WAPA preference customers", approx=True),
            person("more than 40 million Americans", 40000000,
                   "Americans served by WAPA customers", approx=True),
            p("100.3%", 100.3, "WAPA actual generation as a share of average, water year 2020"),
            oth("26,985 gigawatt-hours", 26985, "gigawatt_hour",
                "WAPA total generation, water year 2020"),
            oth("2,124 GWh", 2124, "gigawatt_hour", "WAPA total purchased power, water year 2020"),
            usd("$65,959,195", 65959195, "WAPA purchase power expenses, water year 2020"),
            rate("$31.06 per megawatt-hour", 31.06, "USD/megawatt_hour",
                 "WAPA purchase power cost, water year 2020"),
            usd("$14,195,307", 14195307, "projected CRSP purchase power expenses, 2020"),
            usd("$16,259,069", 16259069, "actual CRSP purchase power expenses, 2020"),
            usd("$28.63", 28.63, "CRSP cost per MWh, water year 2020"),
            ln("3,596 feet", 3596, "foot", "Lake Powell elevation at the end of water year 2020"),
            ln("about 104 feet", 104, "foot", "Lake Powell below its maximum level",
               approx=True),
            ln("106 feet", 106, "foot", "Lake Powell above its minimum generation level"),
        ],
    },
    {
        "id": "qt24-40",
        "source": "usgov:www.wapa.gov",
        "url": "https://www.wapa.gov/summarizing-2019-hydrology-conditions/",
        "title": "Summarizing 2019 hydrology conditions (Western Area Power Administration)",
        "published": None,
        "truncated": True,
        "note": ("Western Area Power Administration article on its own site (the 2019 edition "
                 "of the yearly summary; qt24-39 is the 2020 edition, with largely the same "
                 "framing sentences). Removed: the byline 'By Philip Reed'. Kept to the last "
                 "complete sentence before the store's cut. '28,524 gigawatt-hours' and '2,488 "
                 "GWh' are energies; '$30.21 per megawatt-hour' is a rate (USD/megawatt_hour); "
                 "in 'The cost per MWh was $34.05' only the money is annotated. '35% percent' "
                 "is verbatim (span '35%'). Elevations in feet are lengths; 'more than 700 "
                 "preference customers' stops at the number."),
        "paragraphs": [
            "Editor’s note: The following report summarizes data from WAPA’s Hydropower "
            "Conditions webpage for straight power purchase costs, which are based solely upon "
            "hydrology, actual hydropower generation and related generation shortages. Readers "
            "may review all data by visiting wapa.gov, Power Marketing, Hydropower Conditions.",
            "One of the biggest challenges for hydropower is water variability due to "
            "intermittent drought and flooding. By definition, hydropower needs water to "
            "generate electricity. Without it, WAPA must buy power on the open market from other "
            "sources to meet contractual obligations to its customers. This is referred to as "
            "purchased power.",
            "In an ideal year, snowpack around the West is average or above average, yielding "
            "snowmelt runoff to recharge reservoirs behind the dams and powerplants that provide "
            "the power WAPA markets. Federal dam owners such as the Bureau of Reclamation, the "
            "Army Corps of Engineers and the International Boundary and Water Commission move "
            "water to federal hydroelectric powerplants.",
            "WAPA markets the subsequent power generated to more than 700 preference customers. "
            "Its customers, in turn, sell that power to more than 40 million Americans.",
            "Water around WAPA in 2019",
            "WAPA’s actual generation was 108.9% of average in water year 2019, for a total "
            "generation of 28,524 gigawatt-hours. For the same period, total purchased power was "
            "2,488 GWh with actual purchase power expenses of $75,169,620 equating to $30.21 per "
            "megawatt-hour.",
            "The Colorado River Storage Project Management Center projected most probable "
            "purchase power expenses for water year 2019 to be $19,291,789. Actual purchase "
            "power expenses were $24,660,358. The cost per MWh was $34.05.",
            "Lake Powell ended the water year with an elevation of 3,615 feet, which is about 85 "
            "feet below the maximum reservoir level and 125 feet above the minimum generation "
            "level. At the end of water year 2019, inflows into Lake Powell were 35% percent of "
            "average.",
        ],
        "quantities": [
            c("more than 700", 700, "customers", "WAPA preference customers", approx=True),
            person("more than 40 million Americans", 40000000,
                   "Americans served by WAPA customers", approx=True),
            p("108.9%", 108.9, "WAPA actual generation as a share of average, water year 2019"),
            oth("28,524 gigawatt-hours", 28524, "gigawatt_hour",
                "WAPA total generation, water year 2019"),
            oth("2,488 GWh", 2488, "gigawatt_hour", "WAPA total purchased power, water year 2019"),
            usd("$75,169,620", 75169620, "WAPA purchase power expenses, water year 2019"),
            rate("$30.21 per megawatt-hour", 30.21, "USD/megawatt_hour",
                 "WAPA purchase power cost, water year 2019"),
            usd("$19,291,789", 19291789, "projected CRSP purchase power expenses, 2019"),
            usd("$24,660,358", 24660358, "actual CRSP purchase power expenses, 2019"),
            usd("$34.05", 34.05, "CRSP cost per MWh, water year 2019"),
            ln("3,615 feet", 3615, "foot", "Lake Powell elevation at the end of water year 2019"),
            ln("about 85 feet", 85, "foot", "Lake Powell below its maximum level", approx=True),
            ln("125 feet", 125, "foot", "Lake Powell above its minimum generation level"),
            p("35%", 35, "inflows into Lake Powell as a share of average, water year 2019"),
        ],
    },
    {
        "id": "qt24-41",
        "source": "usgov:www.fedcenter.gov",
        "url": "https://www.fedcenter.gov/_kd/go.cfm?destination=ShowItem&Item_ID=34676",
        "title": "2019 Federal Energy and Water Management Awards (Department of Energy announcement, on FedCenter)",
        "published": None,
        "truncated": True,
        "note": ("Department of Energy announcement of the 2019 Federal Energy and Water "
                 "Management Awards, as posted on FedCenter (a federal environmental "
                 "stewardship site). Kept to the last complete sentence before the store's cut; "
                 "a trailing space of the second paragraph is dropped. 'more than 587 billion "
                 "British thermal units' is an energy (5.87e11 Btu); '581 million gallons' a "
                 "volume. '28 individuals and teams' is spanned '28' (two coordinated nouns, "
                 "counted 'individuals and teams'); 'more than 350,000 energy-using facilities' "
                 "stops at the number; '600,000 vehicles' is not marked approximate (the 'more "
                 "than' is read with the first figure only). 'one year' is a duration; 'fiscal "
                 "year 2018' and '2019' are years."),
        "paragraphs": [
            "Today, the U.S. Department of Energy (DOE) recognized 28 individuals and teams "
            "across the federal government for exceptional energy and water cost savings at the "
            "2019 Federal Energy and Water Management Awards. The winners recognized today "
            "contributed to a reported savings of approximately $15.9 million in energy and "
            "water costs, more than 587 billion British thermal units of energy, and 581 million "
            "gallons of water in fiscal year 2018 alone. The energy savings is equivalent to "
            "removing almost 26,000 cars from the road for one year or eliminating the average "
            "electricity use from more than 21,000 households, according to an Environmental "
            "Protection Agency gas equivalencies calculator.",
            "With more than 350,000 energy-using facilities and 600,000 vehicles, the federal "
            "government is the nation’s largest energy consumer and has an opportunity and "
            "responsibility to lead by example. Managed by the Office of Energy Efficiency and "
            "Renewable Energy's Federal Energy Management Program (FEMP), these annual awards "
            "honor outstanding projects and programs at federal facilities related to energy "
            "and water cost savings, optimized energy and water use, and distributed energy, "
            "including the use of on-site renewable energy, storage, and combined heat and power "
            "technologies.",
            "This year’s winners include those serving in the U.S. Air Force, Army, Marine "
            "Corps, and Navy; the departments of Agriculture, Commerce; Energy, Interior, "
            "Justice, and Veterans Affairs; and the National Aeronautics and Space "
            "Administration. Many of the winning efforts focused on improving the federal "
            "government’s energy efficiency and resilience through optimized operations and "
            "replicable cost-effective projects.",
        ],
        "quantities": [
            c("28", 28, "individuals and teams", "recipients of the 2019 FEMP awards"),
            usd("approximately $15.9 million", 15900000,
                "energy and water cost savings of the 2019 winners", approx=True),
            oth("more than 587 billion British thermal units", 5.87e11, "british_thermal_unit",
                "energy saved by the 2019 winners in fiscal year 2018", approx=True),
            vol("581 million gallons", 581000000, "gallon",
                "water saved by the 2019 winners in fiscal year 2018"),
            c("almost 26,000 cars", 26000, "cars", "cars equivalent to the energy savings",
              approx=True),
            dur("one year", 1, "year", "period of the car-removal equivalence"),
            c("more than 21,000 households", 21000, "households",
              "households equivalent to the energy savings", approx=True),
            c("more than 350,000", 350000, "facilities", "federal energy-using facilities",
              approx=True),
            c("600,000 vehicles", 600000, "vehicles", "federal government vehicles"),
        ],
    },
]

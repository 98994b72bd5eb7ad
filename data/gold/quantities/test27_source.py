"""Readable source of the sealed quantities test set ``test27.jsonl`` (annotated blind by sqy27).

Each document gives its text as verbatim paragraphs of the page as the ``search`` tool's
``pages`` corpus stores it (page furniture removed, named in ``note``) and its quantities in text
order. A record names its span text; the builder (``../check_quantities_test27.py``, through
``check_quantities_test17.build`` and ``checklib.build_paragraph_docs``) finds it from the end of
the previous record (or after an ``after`` anchor) and fills the offsets and the normalized
fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``, ``about``,
``approx``, ``counted`` (for ``unit: "count"``). Format and helpers follow ``test25_source.py``.
"""

from checklib import quantity_record as q  # one definition for every quantities source


def person(text, value, about, approx=False, high=None, after=None):
    """Return a count-of-people record."""
    return q(text, value, "person", "count", about, approx, high, after=after)


def count(text, value, counted, about, approx=False, high=None, after=None):
    """Return a count-of-things record."""
    return q(text, value, "count", "count", about, approx, high, counted=counted, after=after)


def pct(text, value, about, approx=False, high=None, after=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high, after=after)


def frac(text, value, about, approx=False, high=None, after=None):
    """Return a fraction record (value as a fraction; normalized to percent by the builder)."""
    return q(text, value, "fraction", "percent", about, approx, high, after=after)


def dur(text, value, unit, about, approx=False, high=None, after=None):
    """Return a duration record."""
    return q(text, value, unit, "duration", about, approx, high, after=after)


def other(text, value, unit, about, approx=False, high=None, after=None):
    """Return a record of kind other (power, energy, temperature, age, multiplier)."""
    return q(text, value, unit, "other", about, approx, high, after=after)


def rate(text, value, unit, about, approx=False, high=None, after=None):
    """Return a rate record (speeds included)."""
    return q(text, value, unit, "rate", about, approx, high, after=after)


def usd(text, value, about, approx=False, high=None, after=None):
    """Return a US-dollar money record."""
    return q(text, value, "USD", "money", about, approx, high, after=after)


def length(text, value, unit, about, approx=False, high=None, after=None):
    """Return a length record."""
    return q(text, value, unit, "length", about, approx, high, after=after)


def area(text, value, unit, about, approx=False, high=None, after=None):
    """Return an area record."""
    return q(text, value, unit, "area", about, approx, high, after=after)


def mass(text, value, unit, about, approx=False, high=None, after=None):
    """Return a mass record."""
    return q(text, value, unit, "mass", about, approx, high, after=after)


def volume(text, value, unit, about, approx=False, high=None, after=None):
    """Return a volume record."""
    return q(text, value, unit, "volume", about, approx, high, after=after)


MIRROR = ("The page is a copy of a Voice of America programme on a language-learning or blog "
          "mirror host; the English text is VOA's (public domain). ")
FOOTNOTES = ("The mirror glues vocabulary-note numbers to some words (e.g. 'Weaver1', "
             "'volcano 1'); these inserted digits are not in VOA's text and were removed. ")
JOINED = "Fixed-width line breaks inside sentences were joined with a space. "

DOCS = []

# ---------------------------------------------------------------------- VOA texts
DOCS += [
    {
        "id": "qt27-01",
        "source": "voa:www.daily8.com",
        "url": "https://www.daily8.com/en/hashtag/VOALearningEnglish",
        "title": "Wilbur and Orville Wright: The First Airplane (VOA Learning English)",
        "published": "2025-03-18",
        "truncated": True,
        "note": "An aggregator's tag page quoting a Voice of America Learning English story (credited "
                "'Voice of America'; public domain). Removed: the aggregator's header ('logo', "
                "'Latest news with #VOALearningEnglish'), the headline (twice; moved to title), "
                "the credit line, the date line 'time18-03-2025' (published) and the section tags. "
                "Cut by the store inside the last sentence ('the Wright brothers' flying machi'); "
                "kept to the last complete sentence. Decisions: 'four years later' anchors a "
                "birth date (not a quantity); 'three more flights' and 'Four other men' span the "
                "number only (modifiers between); 'first flight', 'December 17th' are not "
                "quantities.",
        "paragraphs": [
            "Wilbur and Orville Wright are the American inventors who made a small engine-powered "
            "flying machine. They proved that flight without the aid of gas-filled balloons was "
            "possible. Wilbur Wright was born in 1867 near Melville, Indiana. His brother Orville "
            "was born four years later in Dayton, Ohio. As they grew up, the Wright brothers "
            "experimented with mechanical things. Later, the Wright brothers began to design their "
            "own flying machine. They used ideas they had developed from earlier experiments with "
            "a toy helicopter, kites, the printing machine and bicycles. Soon, they needed a place "
            "to test their ideas about flight. The best place with the best wind conditions seemed "
            "to be a piece of sandy land in North Carolina along the coast of the Atlantic Ocean. "
            "It was called Kill Devil Hill, near the town of Kitty Hawk. The Wright brothers did "
            "many tests with gliders at Kitty Hawk. With these tests, they learned how to solve "
            "many problems. By the autumn of 1903, Wilbur and Orville had designed and built an "
            "airplane powered by a gasoline engine. The plane had wings 12 meters across. It "
            "weighed about 340 kilograms, including the pilot. On December 17th, 1903, they made "
            "the world's first flight in a machine that was heavier than air and powered by an "
            "engine. Orville flew the plane 36 meters. He was in the air for 12 seconds. The two "
            "brothers made three more flights that day. Four other men watched the Wright "
            "brothers' first flights. One of the men took pictures. Few newspapers, however, noted "
            "the event. It was almost five years before the Wright brothers became famous. In "
            "1908, Wilbur went to France. He gave demonstration flights at heights of 90 meters.",
        ],
        "quantities": [
            length("12 meters", 12, "meter", "wingspan of the Wright airplane"),
            mass("about 340 kilograms", 340, "kilogram", "weight of the plane with the pilot",
                 approx=True),
            length("36 meters", 36, "meter", "distance of Orville's first flight"),
            dur("12 seconds", 12, "second", "time in the air on the first flight"),
            count("three", 3, "flights", "more flights made that day"),
            person("Four", 4, "other men who watched the first flights"),
            dur("almost five years", 5, "year", "time before the Wright brothers became famous",
                approx=True),
            length("90 meters", 90, "meter", "height of demonstration flights in France"),
        ],
    },
    {
        "id": "qt27-02",
        "source": "voa:poenglish.blogspot.com",
        "url": "http://poenglish.blogspot.com/search/label/VOA%20Special%20English_Agriculture%20Report",
        "title": "Want to Grow a Root? Beets Are Hard to Beat (VOA Special English Agriculture Report)",
        "published": "2007-12-03",
        "truncated": True,
        "note": MIRROR + "Removed: the blog's Chinese label header, the post date '12.10.2007', "
                "the post title 'VOASE1203_Agriculture Report', VOA's date line '03 December "
                "2007' (published), the headline (title), two 'Download' links and a photo "
                "caption. Cut by the store inside a sentence ('Cindy Ha'); kept to the last "
                "complete paragraph. Decisions: the soil acidity 'six to seven and a half' has no "
                "unit in the text (pH; not annotated); 'every two or three weeks' annotates the "
                "interval 'two or three weeks' as a duration range.",
        "paragraphs": [
            "This is the VOA Special English Agriculture Report.",
            "Beets are a tasty root vegetable that do not require much work to grow. People might "
            "think beets are always dark red. But they can also be pink, yellow or white. Beets "
            "with circles of red and white inside are known as candy cane or candy stripe beets.",
            "Beets are high in nutrients including folate, iron and fiber. They can be eaten fresh "
            "or frozen, canned or pickled. And not just the root but also the tops can be eaten. "
            "The leaves make good salads when the plants are young, and the greens can be cooked "
            "when the plants are older.",
            "Beets like cool temperatures, between sixteen and eighteen degrees Celsius. They grow "
            "best in full sun and in loose soil that is not too wet.",
            "Remove stones from the soil while preparing the ground. And test the soil before "
            "adding lime and fertilizer. Some experts say the best fertilizers for beets are low in "
            "nitrogen. Beets need the acidity level in the soil to be six to seven and a half.",
            "Beet seeds can be planted as soon as the soil is able to be worked at the start of "
            "the growing season. Planting them every two or three weeks would provide a continuous "
            "harvest into the fall.",
            "Iowa State University horticulture specialist Cindy Haynes suggests planting the seeds "
            "one and one-quarter centimeters deep. They should be planted in rows that are spaced "
            "thirty to forty-six centimeters apart.",
            "A beet seed is a fruit containing several seeds. Overcrowding the plants will mean "
            "that the roots cannot spread out and grow. Thin the beets by removing the smaller "
            "ones. These can be used as greens.",
        ],
        "quantities": [
            other("between sixteen and eighteen degrees Celsius", 16, "celsius",
                  "cool temperatures beets like", high=18),
            dur("two or three weeks", 2, "week", "interval between plantings of beet seeds",
                high=3),
            length("one and one-quarter centimeters", 1.25, "centimeter",
                   "planting depth of beet seeds"),
            length("thirty to forty-six centimeters", 30, "centimeter",
                   "spacing of the rows of beets", high=46),
        ],
    },
    {
        "id": "qt27-03",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/55664.html",
        "title": "EXPLORATIONS - A Visit to Volcanoes National Park and Haleakala National Park "
                 "(VOA Special English)",
        "published": None,
        "truncated": True,
        "note": MIRROR + FOOTNOTES + "Removed: the mirror's Chinese date/author/category line "
                "(its 2018 posting date is not VOA's; published is null), the site name, the "
                "headline (title) and a photo caption ('Kilauea volcano in Hawaii Volcanoes "
                "National Park has erupted many times over the years. This one was in 2004.'). "
                "Cut by the store inside a sentence ('During th'); kept to the last complete "
                "paragraph. Decisions: 'two of the most unusual national parks' is a count; 'more "
                "than thirty times' and 'more than fifty times' count eruptions (counted 'times'); "
                "'the last one hundred years' is a duration; 'One of them' is a pronoun; years "
                "(eighteen forty-three, nineteen eighty-three) are not quantities.",
        "paragraphs": [
            "MARIO RITTER: Welcome to the VOA Special English program EXPLORATIONS. I’m Mario "
            "Ritter. Today, Steve Ember and Sarah Long tell us about two of the most unusual "
            "national parks in the United States. They are Volcanoes National Park and Haleakala "
            "National Park, both in Hawaii.",
            "(MUSIC)",
            "STEVE EMBER: Let me ask you a question: What is the tallest mountain on Earth? Most "
            "school children will say the answer is Mount Everest near the border between Nepal "
            "and Tibet.",
            "There is something that is three hundred four meters taller than Mount Everest. "
            "However, it is mainly underwater. It begins at the bottom of the Pacific Ocean, and "
            "rises more than seventeen kilometers from the ocean floor.",
            "Its name is Mauna Loa. In the Hawaiian language, Mauna Loa means “Long Mountain.” "
            "Mauna Loa is more than half of the island of Hawaii, the largest of the Hawaiian "
            "Islands.",
            "It is also the largest and most active volcano on Earth. It has produced liquid rock "
            "called lava more than thirty times since records were first kept in eighteen "
            "forty-three. Today, Mauna Loa is quiet. It is not producing lava. However volcano "
            "experts say it is only a matter of time before this happens once again.",
            "SARAH LONG: Mauna Loa is not the only volcano on the island of Hawaii. There are four "
            "others. Three of them are no longer active. One of them still is active. It is named "
            "Kilauea.",
            "It has produced lava more than fifty times in the last one hundred years. At this "
            "moment, red hot lava is pouring out of Kilauea. It has been doing this since nineteen "
            "eighty-three.",
        ],
        "quantities": [
            count("two", 2, "national parks", "unusual national parks in the programme"),
            length("three hundred four meters", 304, "meter",
                   "height by which Mauna Loa exceeds Mount Everest"),
            length("more than seventeen kilometers", 17, "kilometer",
                   "rise of Mauna Loa from the ocean floor", approx=True),
            frac("more than half", 0.5, "share of the island of Hawaii that is Mauna Loa",
                 approx=True),
            count("more than thirty times", 30, "times", "eruptions of lava from Mauna Loa",
                  approx=True),
            count("four", 4, "volcanoes", "other volcanoes on the island of Hawaii"),
            count("Three", 3, "volcanoes", "volcanoes no longer active"),
            count("more than fifty times", 50, "times", "eruptions of lava from Kilauea",
                  approx=True),
            dur("one hundred years", 100, "year", "period of Kilauea's eruptions"),
        ],
    },
    {
        "id": "qt27-04",
        "source": "voa:tingroom.com",
        "url": "https://tingroom.com/mobile/?aid=26823&mid=3",
        "title": "SCIENCE IN THE NEWS - Spacecraft Comes Home With Stardust Memories of the Solar "
                 "System (VOA Special English)",
        "published": "2006-01-24",
        "truncated": True,
        "note": MIRROR + FOOTNOTES + "Removed: the mirror's timestamp, the headline and byline "
                "(title), the broadcast date line (published), a photo caption, an image "
                "credit ('Courtesy of NASA'), a broken image tag and its caption. Cut by the "
                "store inside a sentence ('Stardust spent about six mon'); kept to the last "
                "complete paragraph. Decisions: 'within two hundred forty kilometers' is an "
                "upper bound (approximate); years and 'January fifteenth' are not quantities.",
        "paragraphs": [
            "This is SCIENCE IN THE NEWS, in VOA Special English. I'm Bob Doughty.",
            "And I'm Pat Bodnar. This week on our show: Star dust memories of our solar system ...",
            "Measuring the effects of world trade on global warming ...",
            "And are frogs feeling the heat from higher world temperatures?",
            "On January fifteenth, a long-awaited American spacecraft returned safely to Earth. "
            "The flight lasted seven years and more than four thousand million kilometers. It "
            "carried home a small amount of star dust and space dust from the tail of the comet "
            "called Wild-Two.",
            "And yes, the engineers and scientists who waited all these years were wildly happy.",
            "Donald Brownlee of the University of Washington in Seattle is the lead investigator "
            "on the Stardust program for the NASA space agency. He described the contents of the "
            "capsule as a treasure from the edge of the solar system.",
            "NASA launched the Stardust spacecraft toward the path of Wild-Two in nineteen "
            "ninety-nine. In January of two thousand four, the ship came within two hundred forty "
            "kilometers of the comet.",
            "Stardust opened a collector to capture material from the comet's tail. Inside the "
            "collector was a substance called aerogel to trap particles floating in space. "
            "Aerogel weighs almost nothing. It looks a lot like smoke. Scientists call it glass "
            "smoke.",
            "Comets are often called dirty snowballs. Scientists say they contain materials left "
            "over from the huge cloud of gas and dust that formed into the sun and the planets.",
        ],
        "quantities": [
            dur("seven years", 7, "year", "length of the Stardust flight"),
            length("more than four thousand million kilometers", 4000000000, "kilometer",
                   "distance flown by Stardust", approx=True),
            length("within two hundred forty kilometers", 240, "kilometer",
                   "closest approach of Stardust to the comet", approx=True),
        ],
    },
    {
        "id": "qt27-05",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-a-2002-11-04-2-1-83109032/119700.html",
        "title": "AGRICULTURE REPORT – November 5, 2002: World Food Day (VOA Special English)",
        "published": "2002-11-04",
        "truncated": True,
        "note": "Voice of America Learning English archive page (public domain). Removed: "
                "'Accessibility links', 'Breaking News' and the headline (title). Cut by the store "
                "inside a sentence ('This year’s World Fo'); kept to the last complete paragraph. "
                "Decisions: 'More than one-hundred countries' and 'twenty countries', 'Ten "
                "nations' are counts; 'one-thousand times' is a multiplier; 'October sixteenth', "
                "'nineteen-forty-five' and 'two-thousand-thirty' are dates.",
        "paragraphs": [
            "This is the VOA Special English Agriculture Report.",
            "More than one-hundred countries celebrated World Food Day on October sixteenth. The "
            "event observed the establishment of the United Nations Food and Agriculture "
            "Organization in nineteen-forty-five. The main message of this year’s World Food Day "
            "was “Water: Source of Food Security.”",
            "Officials want people to understand how a lack of water can help cause a lack of "
            "food. Officials say the world’s fresh water supply must be supervised more carefully "
            "in order to increase the world’s food supply.",
            "Water covers about seventy-five percent of the Earth’s surface. Yet, only a small "
            "amount is fresh water that can be used for crops. Experts say food production will "
            "decrease as the ability to use these fresh water sources becomes restricted. U-N "
            "officials estimate about seventy percent of the total amount of fresh water is used "
            "by farmers for their crops.",
            "Officials say the need for food increases as the world’s population grows. The U-N "
            "estimates that by the year two-thousand-thirty, the world will need sixty percent "
            "more food. Most of that increase in food will come from intensified agriculture "
            "supported by water irrigation. However, fresh water is already in short supply in "
            "many countries.",
            "Jacques Diouf is the director of the U-N Food and Agriculture Organization. He says "
            "that twenty countries do not have enough water to produce the food their populations "
            "need. Ten nations withdraw more than forty percent of their total fresh water "
            "resource for agriculture.",
            "Mister Diouf fears that the problem will only worsen as the need for water by people "
            "and industry grows. Mister Diouf warns that it takes one-thousand times more water to "
            "feed the human population than it does to satisfy its thirst for drinking water. "
            "Because of this, water is one of the most important issues in the world today.",
        ],
        "quantities": [
            count("More than one-hundred countries", 100, "countries",
                  "countries that celebrated World Food Day", approx=True),
            pct("about seventy-five percent", 75, "share of the Earth's surface covered by water",
                approx=True),
            pct("about seventy percent", 70, "share of fresh water used by farmers", approx=True),
            pct("sixty percent", 60, "additional food the world will need by 2030"),
            count("twenty countries", 20, "countries", "countries without enough water for food"),
            count("Ten nations", 10, "nations",
                  "nations withdrawing over forty percent of fresh water for agriculture"),
            pct("more than forty percent", 40, "share of fresh water withdrawn for agriculture",
                approx=True),
            other("one-thousand times", 1000, "multiplier",
                  "water to feed people compared with drinking water"),
        ],
    },
    {
        "id": "qt27-06",
        "source": "voa:luyennghe.com",
        "url": "http://luyennghe.com/2009/02/page/3/",
        "title": "Farming Techniques That Will Feed a Family (VOA Special English Development Report)",
        "published": None,
        "truncated": True,
        "note": MIRROR + "Removed: 'Click to listen highlighted text!', the archive heading "
                "'Monthly Archives: February 2009' (the story's own date is not shown; published "
                "is null), the headline (title) and a photo caption (twice). Double spaces "
                "after some sentences are verbatim. Cut by the store inside a sentence ('on the "
                "s'); kept to the last complete sentence. Decisions: 'A hectare of farmland' is "
                "the base of the earnings (only the rate is annotated); 'more than triple' is a "
                "verb of change; 'the past year' anchors a period (not annotated).",
        "paragraphs": [
            "This is the VOA Special English Development Report.",
            "The Food and Agriculture Organization estimates that poor countries will spend up to "
            "one hundred seventy billion dollars this year to import food.  This is an increase of "
            "forty percent from last year.  The United Nations agency says the rising price of "
            "food over the past year is a serious problem because most hungry people also live in "
            "poverty.",
            "A humanitarian organization based in Washington, D.C. has a new anti-hunger project.  "
            "Women for Women International is teaching poor women in Sudan and Rwanda a new food "
            "production system called commercial integrated farming.  The women are trained to "
            "grow crops that not only feed their families, but also earn them a profit.",
            "Pat Morris is program director at Women for Women International. The group launched "
            "its commercial integrated farming program in Rwanda.  Female farmers receive "
            "information about what kind of seeds to use, how to farm without chemicals and when "
            "to harvest.  The program also provides business skills training.  Mizz Morris says "
            "women being trained in Rwanda could more than triple the amount of money they earn "
            "from farming.",
            "With integrated farming, the women raise animals and different crops on one piece of "
            "land.  Animal waste provides fertilizer. Some of the crops can be used as animal "
            "feed.  In Rwanda, the women have been able to grow traditional crops like bananas and "
            "sorghum grain along side higher-value crops, such as pineapples.  A hectare of "
            "farmland in Rwanda used to earn about four hundred twenty dollars a year.",
        ],
        "quantities": [
            usd("up to one hundred seventy billion dollars", 170000000000,
                "poor countries' spending on food imports this year", approx=True),
            pct("forty percent", 40, "increase in food import spending from last year"),
            rate("about four hundred twenty dollars a year", 420, "USD/year",
                 "former earnings of a hectare of farmland in Rwanda", approx=True),
        ],
    },
]

DOCS += [
    {
        "id": "qt27-07",
        "source": "voa:idt.edu.vn",
        "url": "https://idt.edu.vn/phat-am-chuan-cung-voa-anh-ngu-dac-biet-us-solar-energy-voa-tech-rep",
        "title": "US Solar Energy (VOA Learning English, Technology Report)",
        "published": None,
        "truncated": True,
        "note": MIRROR + "Removed: the host's Vietnamese title and introduction (two paragraphs "
                "of links and programme notes). No date on the page (published null; the text "
                "speaks of the end of 2013). Cut by the store inside a sentence ('or being "
                "burn'); kept to the last complete sentence. Decisions: '170,000' spans the "
                "number only (modifiers between); 'three towers' is a count.",
        "paragraphs": [
            "From VOA Learning English, this is the Technology Report.",
            "The world’s largest solar thermal plant was set to begin producing power in the "
            "United States at the end of 2013. Wind and energy from the sun are generally "
            "considered clean, unlike energy from coal-burning power stations. But, "
            "environmentalists now worry that too much solar power development could harm the "
            "environment.",
            "A California company, BrightSource Energy, has been building a huge solar power "
            "plant in the Mojave Desert, about 60 kilometers southwest of Las Vegas, Nevada. The "
            "plant is called the Ivanpah Solar Electric Generating System.",
            "The company planned to deploy 170,000 specially designed mirrors to direct solar "
            "energy towards boilers on top of three towers. The steam produced in the boilers will "
            "drive turbines to make electricity. Joe Desmond works for BrightSource Energy. He says "
            "the steam can reach temperatures of more than 260 degrees Celsius. He says the plant "
            "can store the sun’s thermal energy in the form of molten salt. With stored energy, he "
            "says, the power station can produce electricity even when the sun goes down. "
            "Environmentalists generally support the idea of solar power. But there are concerns. "
            "Lisa Belenky with a private group called the Center for Biological Diversity. She "
            "says environmentalists are worried about the effect of the Ivanpah Solar Project on "
            "the sensitive plant and animal life in the Mojave Desert.",
        ],
        "quantities": [
            length("about 60 kilometers", 60, "kilometer",
                   "distance of the Ivanpah plant from Las Vegas", approx=True),
            count("170,000", 170000, "mirrors", "specially designed mirrors to deploy"),
            count("three towers", 3, "towers", "towers with boilers"),
            other("more than 260 degrees Celsius", 260, "celsius",
                  "temperature the steam can reach", approx=True),
        ],
    },
    {
        "id": "qt27-08",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-a-2003-08-26-1-1-83114432/121015.html",
        "title": "America's National Park System (VOA Special English, THIS IS AMERICA)",
        "published": "2003-08-25",
        "truncated": True,
        "note": "Voice of America Learning English archive page (public domain). Removed: the "
                "broadcast date line (published). Speaker labels and '(THEME)'/'(MUSIC)' cues are "
                "kept as lines (verbatim). Cut by the store inside a sentence ('The National Park "
                "Service has tw'); kept to the last complete paragraph. Decisions: 'Millions of "
                "people' is a vague plural (2,000,000, approximate); 'almost four-hundred', "
                "'ten' and 'nine' span the number only (modifiers between); 'three-million "
                "people each year' annotates the count only (frequency separate); 'more than two "
                "times as much land' is a multiplier; 'a few days' has no scale word (not "
                "annotated); years are not quantities.",
        "paragraphs": [
            "(THEME)",
            "VOICE ONE:",
            "Millions of people visit national parks in the United States, especially during "
            "summer. I'm Faith Lapidus.",
            "VOICE TWO:",
            "And I’m Steve Ember. America’s National Park System is our report this week on the "
            "VOA Special English program, THIS IS AMERICA.",
            "(THEME)",
            "VOICE ONE:",
            "Last year, two-hundred-seventy-seven-million people visited America’s national "
            "parks. They went to walk, swim, climb, or just spend a few days in the open air. They "
            "went to enjoy the beauty and wonders of nature.",
            "Visitors have a wide choice of national parks. The United States has almost "
            "four-hundred protected areas. These include parks, monuments, historic places, "
            "rivers, trails, seashores and lakeshores. They cover almost thirty-four-million "
            "hectares.",
            "VOICE TWO:",
            "America’s first national park was Yellowstone, in the western state of Wyoming. It "
            "was the first national park in the world. Yellowstone was established in "
            "eighteen-seventy-two. But the idea of protecting areas from human development was "
            "proposed years earlier. American painter George Catlin offered the idea during the "
            "eighteen-thirties. Once Yellowstone opened, it became a place where wild animals and "
            "other natural resources could be protected.",
            "The government said the park was for all the people to enjoy, then and in the "
            "future. Today three-million people each year visit Yellowstone National Park, most of "
            "them during summer.",
            "VOICE ONE:",
            "Congress established the National Park service in nineteen-sixteen. A businessman "
            "from Chicago, Illinois, became the first director. He retired in "
            "nineteen-twenty-nine. This man, Stephen Mather, was very important to the success of "
            "the newborn Park Service.",
            "He added ten more national parks and nine more national monuments. The parks covered "
            "more than two times as much land as when the Park Service began.",
            "Other major expansions took place in the nineteen-thirties and around the middle of "
            "the twentieth century.",
            "(MUSIC)",
        ],
        "quantities": [
            person("Millions of people", 2000000, "visitors to national parks", approx=True),
            person("two-hundred-seventy-seven-million people", 277000000,
                   "visitors to America's national parks last year"),
            count("almost four-hundred", 400, "protected areas", "protected areas in the US",
                  approx=True),
            area("almost thirty-four-million hectares", 34000000, "hectare",
                 "area covered by the protected areas", approx=True),
            person("three-million people", 3000000, "yearly visitors to Yellowstone"),
            count("ten", 10, "national parks", "national parks Mather added"),
            count("nine", 9, "national monuments", "national monuments Mather added"),
            other("more than two times", 2, "multiplier",
                  "land covered by parks compared with 1916", approx=True),
        ],
    },
    {
        "id": "qt27-09",
        "source": "voa:archive.org.ua",
        "url": "https://archive.org.ua/archive/2016-12-09/learningenglish.voanews.com/api/zqmiqoek-iqi",
        "title": "Glacier Bay: A Land Reborn (VOA Learning English, America's National Parks)",
        "published": None,
        "truncated": True,
        "note": "An archived copy (2016-12-09) of a Voice of America Learning English feed "
                "(learningenglish.voanews.com; public domain). Removed: the feed's header and "
                "channel text, the preceding item (Virgin Islands National Park summary), feed "
                "timestamps and the labels 'Level Two', 'Featured Stories', 'America's National "
                "Parks' and the headline (title). The story is one run-on line in the store; the "
                "subheading 'A land reborn' is glued to the next sentence (verbatim, with its "
                "spaces). Cut by the store inside a sentence ('The extremely'); kept to the last "
                "complete sentence. The story's own date is not shown (published null). "
                "Decisions: 'about 4,000 years ago' anchors a time (not annotated); 'the last "
                "seven million years' is a duration; 'eight' spans the number only; 'hundreds of "
                "kinds' is a vague plural (200, approximate).",
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
            "Glacial ice has shaped the land over the last seven million years. The glaciers "
            "found in the park today are what remains from an ice advance known as the Little Ice "
            "Age. That period began about 4,000 years ago.   A land reborn During the Little Ice "
            "Age, the cold weather caused the ice to grow and advance. That growth continued until "
            "the 1700s, when the climate began to warm. The hotter temperatures caused the ice to "
            "start melting. That melting led the huge glacier to separate into more than 1,000 "
            "different glaciers.",
        ],
        "quantities": [
            count("eight", 8, "national parks", "major national parks in Alaska"),
            area("more than 1 million hectares", 1000000, "hectare", "area of Glacier Bay park",
                 approx=True),
            count("hundreds of kinds", 200, "kinds of animals",
                  "kinds of animals in Glacier Bay", approx=True),
            area("more than 5,000 square kilometers", 5000, "square_kilometer",
                 "area of the park covered by glaciers", approx=True),
            dur("seven million years", 7000000, "year", "period glacial ice shaped the land"),
            count("more than 1,000", 1000, "glaciers", "glaciers the huge glacier separated into",
                  approx=True),
        ],
    },
    {
        "id": "qt27-10",
        "source": "voa:thewaysofstudyenglishs.blogspot.com",
        "url": "http://thewaysofstudyenglishs.blogspot.com/2010/02/health-report-learning.html",
        "title": "Two Studies Give a Lift to Running Barefoot (VOA Special English Health Report)",
        "published": "2010-02-02",
        "truncated": True,
        "note": MIRROR + "Removed: the blog's post title ('Health Report Learning'), the "
                "headline (title), VOA's date line '02 February 2010' (published) and a photo "
                "caption (twice). Cut by the store inside a sentence ('to soften'); kept to the "
                "last complete sentence. Decisions: 'at least twenty-four kilometers a week' is "
                "one rate (kilometer/week, a speed in the scorer's grouping); 'Two' and "
                "'sixty-eight' span the number only; 'third group' is an ordinal.",
        "paragraphs": [
            "This is the VOA Special English Health Report.",
            "Two new studies suggest that modern running shoes could increase the risk of injuries "
            "to runners.",
            "One study involved sixty-eight healthy young women and men who ran at least "
            "twenty-four kilometers a week. The runners were observed on a treadmill machine. "
            "Sometimes they wore running shoes. Other times they ran barefoot.",
            "Researchers from the JKM Technologies company in Virginia, the University of "
            "Virginia and the University of Colorado did the study.",
            "They found that running shoes create more stress that could damage knees, hips and "
            "ankle joints than running barefoot. They observed that the effect was even greater "
            "than the effect reported earlier for walking in high heels.",
            "The study appeared in the official scientific journal of the American Academy of "
            "Physical Medicine.",
            "The other study appeared in the journal Nature. It compared runners in the United "
            "States and Kenya. The researchers were from Harvard University in Massachusetts, Moi "
            "University in Kenya and the University of Glasgow in Scotland.",
            "They divided the runners into three groups. One group had always run shoeless. "
            "Another group had always run with shoes. And the third group had changed to shoeless "
            "running.",
            "Runners who wear shoes usually come down heel first. That puts great force on the "
            "back of the foot. But the study found that barefoot runners generally land on the "
            "front or middle of their foot. That way they ease into their landing and avoid "
            "striking their heel.",
            "Harvard's Daniel Lieberman led the study. He says the way most running shoes are "
            "designed may explain why those who wear them land on their heels. The heel of the "
            "shoe is bigger and heavier than other parts of the shoe, so it would seem more likely "
            "to come down first.",
        ],
        "quantities": [
            count("Two", 2, "studies", "new studies on running shoes"),
            person("sixty-eight", 68, "runners in the first study"),
            rate("at least twenty-four kilometers a week", 24, "kilometer/week",
                 "weekly running distance of the study's runners", approx=True),
            count("three groups", 3, "groups", "groups of runners in the second study"),
        ],
    },
    {
        "id": "qt27-11",
        "source": "voa:twinbaby.tistory.com",
        "url": "https://twinbaby.tistory.com/category/05.%EC%98%81%EC%96%B4%EA%B3%B5%EB%B6%80/VOA-Special%20English",
        "title": "Hepatitis (VOA Special English, SCIENCE IN THE NEWS)",
        "published": None,
        "truncated": True,
        "note": MIRROR + "Removed: a photo caption (twice) before the programme. No date on the "
                "stored page (published null). Cut by the store inside a sentence ('within two "
                "mon'); kept to the last complete sentence. Decisions: 'hundreds or thousands of "
                "people' is one vague range (200 to 2,000, approximate); 'six diseases' and "
                "'six' (different viruses) are counts; 'Hepatitis A' is a name.",
        "paragraphs": [
            "STEVE EMBER: This is SCIENCE IN THE NEWS in VOA Special English. I’m Steve Ember.",
            "BARBARA KLEIN: And I’m Barbara Klein. This week, we will tell about six diseases of "
            "the liver. The diseases come from six different viruses. Doctors have one name for "
            "all of them: hepatitis.",
            "(MUSIC)",
            "STEVE EMBER: The liver is in the upper right part of the stomach. This dark, red "
            "organ is big. It weighs more than one kilogram. And, it has a big job. The liver "
            "helps clean the blood and fight infection. It also helps break down food and store "
            "energy until the body needs it.",
            "Hepatitis destroys liver cells. Some kinds of hepatitis are much more serious than "
            "others. Which kind a person has can only be known from tests for antibodies in the "
            "blood.",
            "Antibodies are special proteins that the body's natural defenses against disease "
            "produce in answer to a threat. Identify the antibody and you identify the threat.",
            "BARBARA KLEIN: Hepatitis A is usually spread through human waste in water or food. "
            "It is in the same group of viruses as those that cause the disease polio.",
            "The hepatitis A virus causes high body temperature, pain and weakness. It causes "
            "problems with the stomach and intestines, making it difficult to eat or break down "
            "food. Also, the skin of a person with hepatitis may become yellow. This is a sign "
            "that the liver is not operating normally.",
            "To help prevent the spread of hepatitis A, people should wash their hands after they "
            "use the restroom or change a baby's diaper. People should also wash their hands "
            "before they eat or prepare food.",
            "STEVE EMBER: Hepatitis A can spread quickly to hundreds or thousands of people. But "
            "the virus is deadly in less than one percent of cases. Many people infected with the "
            "virus never even get sick.",
        ],
        "quantities": [
            count("six diseases", 6, "diseases", "liver diseases in the programme"),
            count("six", 6, "viruses", "different viruses causing hepatitis"),
            mass("more than one kilogram", 1, "kilogram", "weight of the liver", approx=True),
            person("hundreds or thousands of people", 200, "people hepatitis A can spread to",
                   approx=True, high=2000),
            pct("less than one percent", 1, "share of hepatitis A cases that are deadly",
                approx=True),
        ],
    },
]

# ---------------------------------------------------------------------- US government texts
DOCS += [
    {
        "id": "qt27-12",
        "source": "usgov:flic.kr",
        "url": "https://flic.kr/photos/tags/CivilWorks/page5",
        "title": "Photos tagged CivilWorks, page 5 (U.S. Army Corps of Engineers photo captions)",
        "published": None,
        "truncated": True,
        "note": "Photo captions written by the U.S. Army Corps of Engineers (Sacramento District; "
                "Army photos, 'Released') on a Flickr tag page; the caption text is a US "
                "government work. Removed: the page heading ('View allAll Photos Tagged "
                "CivilWorks'), the photo credits '(Video courtesy of Granite Construction)', "
                "'(U.S. Army photo by Tyler Stalker/Released)' and '(U.S. Army Photo)', and a "
                "fourth caption cut by the store ('A labyrinth of walkways ... through a sea of'). "
                "No date for the page (published null). Decisions: 'second dam' is an ordinal; "
                "'Flood Control Act of 1946' is a name; the dam's dimensions are lengths.",
        "paragraphs": [
            "Crews detonated charges at the excavation site for the Folsom Dam auxiliary spillway "
            "in Folsom, Calif., April 10 to loosen bedrock for removal. On April 13, the Corps "
            "completed its final rock blasting for the foundation of the control structure. More "
            "than 3.5 million cubic yards of rock and soil were removed from the auxiliary "
            "spillway site. With blasting complete, the Sacramento District will now shift its "
            "focus to construction of the spillway's control structure, essentially a second dam. "
            "The spillway is scheduled to be ready for use in 2017 and will allow Folsom Dam to "
            "release water sooner and more safely, helping reduce flood risk for the Sacramento "
            "region.",
            "Roger Henderson, a lead engineer for the U.S. Army Corps of Engineers Sacramento "
            "District, discusses some of the modifications the Corps will make to the Isabella "
            "Lake dams during a public meeting Sept. 25, 2013, in Kernville, Calif. The Corps held "
            "the public meeting to talk with local residents and business operators about how "
            "construction of the dam safety modification project will temporarily impact "
            "recreation at the lake, and listen to their ideas for solutions to reduce those "
            "impacts. The Corps will release their findings in a draft recreation plan, which is "
            "scheduled for release in December 2013.",
            "Authorized in the Flood Control Act of 1946, construction on Gathright Dam began in "
            "1974 and completed in 1979. The dam sits about 20 miles upstream from Covington, Va., "
            "on the Jackson River in Alleghany County, Va. The embankment is 1,310 feet long with "
            "a height of 257 feet. The width is 32 feet at the top of the dam with a maximum width "
            "of 1000 feet at its base.",
        ],
        "quantities": [
            volume("More than 3.5 million cubic yards", 3500000, "cubic_yard",
                   "rock and soil removed from the Folsom spillway site", approx=True),
            length("about 20 miles", 20, "mile", "distance of Gathright Dam upstream of Covington",
                   approx=True),
            length("1,310 feet", 1310, "foot", "length of the Gathright Dam embankment"),
            length("257 feet", 257, "foot", "height of the Gathright Dam embankment"),
            length("32 feet", 32, "foot", "width at the top of Gathright Dam"),
            length("1000 feet", 1000, "foot", "maximum width at the base of Gathright Dam"),
        ],
    },
    {
        "id": "qt27-13",
        "source": "usgov:climateapps.dnr.state.mn.us",
        "url": "http://climateapps.dnr.state.mn.us/doc/journal/snow011024.txt",
        "title": "Record October snowfall affects the northern Plains (NWS Eastern North Dakota, "
                 "Public Information Statement, 2001)",
        "published": "2001-10-24",
        "truncated": True,
        "note": "A National Weather Service (NOAA) public information statement kept by the "
                "Minnesota DNR climate journal; US government work. The store holds it as one "
                "run-on line. Annotator cut: the following product (the cooperative observations "
                "table of 25 October) was left out. Decisions: in the list of unofficial reports "
                "only the amounts followed by 'INCHES' are annotated (the bare station numbers "
                "carry no unit in the text); '10+ INCHES' is a lower bound (approximate); clock "
                "times ('630 PM', '6PM') and the year 1926 are not quantities.",
        "paragraphs": [
            "PUBLIC INFORMATION STATEMENT NATIONAL WEATHER SERVICE EASTERN NORTH DAKOTA 630 PM "
            "CDT WED OCT 24 2001 ...RECORD OCTOBER SNOWFALL AFFECTS THE NORTHERN PLAINS... AN "
            "EARLY SEASON STORM HAS DUMPED RECORD SETTING SNOWFALL INTO NORTHERN PORTIONS OF THE "
            "RED RIVER VALLEY AND SURROUNDING COUNTIES. AS OF 6PM THIS EVENING...GRAND FORKS "
            "SNOWFALL HAS INCREASED TO 10.5 INCHES...WITH LIGHT SNOW CONTINUING. THIS SETS A NEW "
            "RECORD SNOWFALL FOR THE MONTH OF OCTOBER IN GRAND FORKS. THE PREVIOUS RECORD OF 8.2 "
            "INCHES WAS SET IN 1926. ADDITIONAL SNOWFALL IS POSSIBLE OVERNIGHT. OTHER (UNOFFICIAL) "
            "SNOWFALL REPORTS FROM AROUND THE AREA THROUGH 6PM ARE: NORTH DAKOTA: GRAND FORKS 11 "
            "INCHES LANGDON 6 CANDO 6 DEVILS LAKE 10 CAVALIER 10 GRAFTON 7 PETERSBURG 10+ "
            "COOPERSTOWN 8 HILLSBORO 10 VALLEY CITY 4 WAHPETON 1 (MOST MELTED AS IT FELL) "
            "MINNESOTA: HALLOCK 10+ INCHES ROSEAU 7 WARREN 7 THIEF RIVER FALLS 11 CROOKSTON 8 "
            "BAGLEY 4 MAHNOMEN 5 MOORHEAD 5 BEMIDJI 1 DETROIT LAKES 1 (MOST MELTED AS IT FELL) "
            "ADDITIONAL OFFICIAL REPORTS WILL BE MADE AVAILABLE THURSDAY MORNING.",
        ],
        "quantities": [
            length("10.5 INCHES", 10.5, "inch", "Grand Forks snowfall as of 6 PM"),
            length("8.2 INCHES", 8.2, "inch", "previous October snowfall record in Grand Forks"),
            length("11 INCHES", 11, "inch", "unofficial snowfall report at Grand Forks"),
            length("10+ INCHES", 10, "inch", "unofficial snowfall report at Hallock",
                   approx=True),
        ],
    },
    {
        "id": "qt27-14",
        "source": "usgov:ak-wx.blogspot.com",
        "url": "https://ak-wx.blogspot.com/2012/04/anchorage-sets-snowfall-record.html",
        "title": "Anchorage sets new seasonal snowfall record (NWS Anchorage, Public Information "
                 "Statement, 2012)",
        "published": "2012-04-07",
        "truncated": False,
        "note": "A National Weather Service (NOAA) public information statement re-posted on a "
                "weather blog; US government work. Removed: the blog's date line, post title, its "
                "lead-in ('After much adieu…') and the comment footer. " + JOINED
                + "Decisions: '4 PM', '7 PM', '740 PM' are clock times; '2011-2012' and "
                "'1954-1955' are seasons (not quantities).",
        "paragraphs": [
            "PUBLIC INFORMATION STATEMENT",
            "NATIONAL WEATHER SERVICE ANCHORAGE AK",
            "740 PM AKDT SAT APR 7 2012",
            "UPDATED WITH LATEST SNOW TOTAL",
            "...ANCHORAGE SETS NEW SEASONAL SNOWFALL RECORD...",
            "SNOW HAS TAPERED OFF TO FLURRIES AT THE NATIONAL WEATHER SERVICE FORECAST OFFICE AND "
            "NO ADDITIONAL ACCUMULATION IS EXPECTED FROM THIS STORM. AN ADDITIONAL 0.9 INCHES OF "
            "SNOW FELL BETWEEN 4 PM AND 7 PM WHICH BRINGS THE TOTAL FOR THE DAY TO 4.3 INCHES.",
            "THIS MAKES THE 2011-2012 WINTER SEASON THE SNOWIEST EVER WITH A TOTAL OF 134.5 "
            "INCHES. THE PREVIOUS SEASONAL SNOWFALL RECORD WAS 132.6 INCHES SET IN 1954-1955.",
            "$$",
            "SEB/CC",
        ],
        "quantities": [
            length("0.9 INCHES", 0.9, "inch", "additional snow between 4 PM and 7 PM"),
            length("4.3 INCHES", 4.3, "inch", "snowfall total for the day"),
            length("134.5 INCHES", 134.5, "inch", "2011-2012 seasonal snowfall in Anchorage"),
            length("132.6 INCHES", 132.6, "inch", "previous seasonal snowfall record"),
        ],
    },
    {
        "id": "qt27-15",
        "source": "usgov:wwwvaleriembrunsinccom.blogspot.com",
        "url": "https://wwwvaleriembrunsinccom.blogspot.com/2010/04/winter-2009-2010-chicago-climate.html",
        "title": "Winter 2009-2010 Chicago climate summary (National Weather Service, quoted)",
        "published": None,
        "truncated": False,
        "note": "Two sentences of the National Weather Service (NOAA) Chicago winter climate "
                "summary quoted on a blog; US government work. Removed: the blogger's lead-in "
                "'From the National Weather Service:'. The post is of April 2010 (day not shown; "
                "published null). Decisions: bare 'degrees' are Fahrenheit (NWS product, a "
                "Chicago winter high); '2.6 degrees below normal' is a temperature difference "
                "(fahrenheit).",
        "paragraphs": [
            "The average high temperature this past winter season was 30.6 degrees, which is 2.6 "
            "degrees below normal.",
            "Total recorded snowfall was 52.4 inches, which is 24.1 inches above normal. Total "
            "recorded snowfall for February 2010 was 22.5 inches.",
        ],
        "quantities": [
            other("30.6 degrees", 30.6, "fahrenheit", "average winter high temperature in Chicago"),
            other("2.6 degrees", 2.6, "fahrenheit", "departure of the winter high below normal"),
            length("52.4 inches", 52.4, "inch", "total winter snowfall in Chicago"),
            length("24.1 inches", 24.1, "inch", "snowfall above normal"),
            length("22.5 inches", 22.5, "inch", "snowfall in February 2010"),
        ],
    },
    {
        "id": "qt27-16",
        "source": "usgov:scribd.com",
        "url": "https://scribd.com/document/353655308/3F-Blatchford-2-26-10-PST-pdf",
        "title": "Modeling Drop 2 Storage Reservoir operations with HEC-RAS, Imperial County, "
                 "California (Bureau of Reclamation engineers, 2010)",
        "published": "2010-06-27",
        "truncated": True,
        "note": "A conference paper by Bureau of Reclamation (Interior) engineers written in "
                "their official duties (2nd Joint Federal Interagency Conference, June 27 - July "
                "1, 2010; published is the first conference day); US government work, on a "
                "document host. Kept: the abstract only. Removed: 'Download as pdf or txt' "
                "(twice), 'You are on page 1of 12', the conference line, the title (moved to "
                "title) and the authors' names, offices and e-mail addresses. " + JOINED
                + "Cut by the store inside a sentence ('a one dimensional flow mode'); kept to "
                "the last complete sentence. Decisions: 'An average of 70,000 acre-feet ... "
                "annually' annotates the volume only (the frequency is separate); '1.5 million "
                "acre-feet per year' is one rate; '1944 Treaty' and 'Drop 2' are names.",
        "paragraphs": [
            "Abstract",
            "Drought and climate change in the Colorado River Basin are the business drivers for "
            "increased system efficiency and provide the impetus for construction of the Drop 2 "
            "Storage Reservoir. An average of 70,000 acre-feet of Colorado River Water is annually "
            "delivered to Mexico in excess of the 1944 Treaty requirement of 1.5 million "
            "acre-feet per year. Excess flow that cannot be stored at Senator Wash or elsewhere on "
            "the system is also known as non-storable flow. In December 2007, Reclamation signed "
            "the Record of Decision for the Colorado River Interim Guidelines for Lower Basin "
            "Shortages and the Coordinated Operations for Lake Powell and Lake Mead, along with "
            "agreements to provide funding of the reservoir in exchange for system efficiency "
            "intentionally created surplus. The primary objective of the Drop 2 Storage Reservoir "
            "is to add approximately 8,000 acre-feet of additional system storage and system "
            "efficiency to capture non-storable flow.",
        ],
        "quantities": [
            volume("70,000 acre-feet", 70000, "acre_foot",
                   "Colorado River water delivered to Mexico above the treaty requirement"),
            rate("1.5 million acre-feet per year", 1500000, "acre_foot/year",
                 "1944 Treaty delivery requirement to Mexico"),
            volume("approximately 8,000 acre-feet", 8000, "acre_foot",
                   "additional system storage of the Drop 2 reservoir", approx=True),
        ],
    },
    {
        "id": "qt27-17",
        "source": "usgov:vdocuments.site",
        "url": "https://vdocuments.site/crop-production-winter-wheat-production-is-forecast-at-120-billion-bushels-down.html",
        "title": "Crop Production, August 2020 (USDA NASS), first page",
        "published": "2020-08-12",
        "truncated": True,
        "note": "The first page of the USDA National Agricultural Statistics Service report "
                "'Crop Production' (released August 12, 2020) on a document host; US government "
                "work. Removed: the host's title line, the page number '50' and the host's upload "
                "footer. The store holds the page as one run-on line (headlines glued). "
                "Decisions: '480-pound' (bales) is a compound mass adjective; '18.1 million' and "
                "'17.5 million' span the count only (the adjective comes between); 'up 14.4 "
                "bushels', 'up 115 pounds' are annotated in the stated unit; '938 pounds per "
                "harvested acre' is a rate (pound/acre); 'ISSN: 1936-3737' and dates are not "
                "quantities.",
        "paragraphs": [
            "Crop Production ISSN: 1936-3737 Released August 12, 2020, by the National "
            "Agricultural Statistics Service (NASS), Agricultural Statistics Board, United States "
            "Department of Agriculture (USDA). Corn Production Up 12 Percent from 2019 Soybean "
            "Production Up 25 Percent from 2019 Cotton Production Down 9 Percent from 2019 Winter "
            "Wheat Production Down 2 Percent from July Forecast Corn production for grain is "
            "forecast at a record high 15.3 billion bushels, up 12 percent from 2019. Based on "
            "conditions as of August 1, yields are expected to average a record high 181.8 "
            "bushels per harvested acre, up 14.4 bushels from last year. Area harvested for grain "
            "is forecast at 84.0 million acres, unchanged from the June forecast, but up 3 percent "
            "from the previous year. Soybean production for beans is forecast at 4.42 billion "
            "bushels, up 25 percent from 2019. Based on conditions as of August 1, yields are "
            "expected to average a record high 53.3 bushels per harvested acre, up 5.9 bushels "
            "from 2019. Area harvested for beans in the United States is forecast at 83.0 million "
            "acres, unchanged from the previous forecast but up 11 percent from 2019. All cotton "
            "production is forecast at 18.1 million 480-pound bales, down 9 percent from 2019. "
            "Based on conditions as of August 1, yields are expected to average a record high 938 "
            "pounds per harvested acre, up 115 pounds from 2019. Upland cotton production is "
            "forecast at 17.5 million 480-pound bales, down 9 percent from 2019. Pima cotton "
            "production is forecast at 554,500 bales, down 19 percent from 2019. All cotton area "
            "harvested is forecast at 9.25 million acres, down 20 percent from 2019. Special Note "
            "The forecasts in this report are based on conditions as of August 1. Any potential "
            "impacts from severe weather that occurred after August 1 will be reflected in future "
            "reports.",
        ],
        "quantities": [
            pct("12 Percent", 12, "rise in corn production from 2019 (headline)"),
            pct("25 Percent", 25, "rise in soybean production from 2019 (headline)"),
            pct("9 Percent", 9, "fall in cotton production from 2019 (headline)"),
            pct("2 Percent", 2, "fall in winter wheat production from the July forecast"),
            volume("15.3 billion bushels", 15300000000, "bushel", "forecast corn production"),
            pct("12 percent", 12, "rise in corn production from 2019"),
            rate("181.8 bushels per harvested acre", 181.8, "bushel/acre",
                 "expected average corn yield"),
            volume("14.4 bushels", 14.4, "bushel", "rise in corn yield from last year"),
            area("84.0 million acres", 84000000, "acre", "corn area harvested for grain"),
            pct("3 percent", 3, "rise in corn area from the previous year"),
            volume("4.42 billion bushels", 4420000000, "bushel", "forecast soybean production"),
            pct("25 percent", 25, "rise in soybean production from 2019"),
            rate("53.3 bushels per harvested acre", 53.3, "bushel/acre",
                 "expected average soybean yield"),
            volume("5.9 bushels", 5.9, "bushel", "rise in soybean yield from 2019"),
            area("83.0 million acres", 83000000, "acre", "soybean area harvested"),
            pct("11 percent", 11, "rise in soybean area from 2019"),
            count("18.1 million", 18100000, "bales", "forecast all cotton production"),
            mass("480-pound", 480, "pound", "weight of a cotton bale"),
            pct("9 percent", 9, "fall in all cotton production from 2019"),
            rate("938 pounds per harvested acre", 938, "pound/acre", "expected cotton yield"),
            mass("115 pounds", 115, "pound", "rise in cotton yield from 2019"),
            count("17.5 million", 17500000, "bales", "forecast upland cotton production"),
            mass("480-pound", 480, "pound", "weight of an upland cotton bale"),
            pct("9 percent", 9, "fall in upland cotton production from 2019"),
            count("554,500 bales", 554500, "bales", "forecast Pima cotton production"),
            pct("19 percent", 19, "fall in Pima cotton production from 2019"),
            area("9.25 million acres", 9250000, "acre", "all cotton area harvested"),
            pct("20 percent", 20, "fall in cotton area from 2019"),
        ],
    },
]

MARIA_NOTE = ("Decisions: 'ABOUT 425 MI...685 KM' gives one distance in two units; the "
              "qualifier is in the span of the first and both are approximate; the direction "
              "'350 DEGREES' is an angle (degree, kind other); the pressure in MB (millibar) and "
              "INCHES (of mercury) is kind other; positions ('29.4N 73.0W'), the storm id "
              "'AL152017', clock times and the advisory number are not quantities; 'within 48 "
              "hours' is an upper bound (approximate).")

DOCS += [
    {
        "id": "qt27-18",
        "source": "usgov:flhurricane.com",
        "url": "https://flhurricane.com/cyclone/wxstatement.php?id=904432",
        "title": "Hurricane Maria Advisory Number 35 (NWS National Hurricane Center, 2017)",
        "published": "2017-09-24",
        "truncated": True,
        "note": "A National Hurricane Center (NOAA/NWS) public advisory archived on a storm-tracking "
                "site; US government work. Removed: the site's header, navigation, landfall "
                "counter and receipt line. " + JOINED + "Cut by the store inside a sentence "
                "('For a depiction of areas at risk, please'); kept to the last complete "
                "sentence. " + MARIA_NOTE,
        "paragraphs": [
            "TCPAT5",
            "BULLETIN",
            "Hurricane Maria Advisory Number 35",
            "NWS National Hurricane Center Miami FL AL152017",
            "500 PM EDT Sun Sep 24 2017",
            "...TROPICAL STORM AND STORM SURGE WATCHES ISSUED FOR A PORTION OF THE COAST OF NORTH "
            "CAROLINA...",
            "SUMMARY OF 500 PM EDT...2100 UTC...INFORMATION",
            "----------------------------------------------",
            "LOCATION...29.4N 73.0W",
            "ABOUT 425 MI...685 KM SSE OF CAPE HATTERAS NORTH CAROLINA",
            "MAXIMUM SUSTAINED WINDS...105 MPH...165 KM/H",
            "PRESENT MOVEMENT...N OR 350 DEGREES AT 9 MPH...15 KM/H",
            "MINIMUM CENTRAL PRESSURE...941 MB...27.79 INCHES",
            "WATCHES AND WARNINGS",
            "--------------------",
            "CHANGES WITH THIS ADVISORY:",
            "A Tropical Storm Watch has been issued for the coast of North Carolina from Surf City "
            "northward to the North Carolina/Virginia border, including the Albemarle and Pamlico "
            "Sounds.",
            "A Storm Surge Watch has been issued for the coast of North Carolina from Cape Lookout "
            "northward to Duck.",
            "SUMMARY OF WATCHES AND WARNINGS IN EFFECT:",
            "A Tropical Storm Watch is in effect for...",
            "* Surf City northward to the North Carolina/Virginia border",
            "* Albemarle and Pamlico Sounds",
            "A Storm Surge Watch is in effect for...",
            "* Cape Lookout to Duck",
            "Interests elsewhere along the Carolina and Mid-Atlantic coasts should monitor the "
            "progress of Maria.",
            "A Tropical Storm Watch means that tropical storm conditions are possible within the "
            "watch area, generally within 48 hours.",
            "A Storm Surge Watch means there is a possibility of life- threatening inundation, "
            "from rising water moving inland from the coastline, in the indicated locations during "
            "the next 48 hours.",
        ],
        "quantities": [
            length("ABOUT 425 MI", 425, "mile", "distance of Maria from Cape Hatteras",
                   approx=True),
            length("685 KM", 685, "kilometer", "distance of Maria from Cape Hatteras",
                   approx=True),
            rate("105 MPH", 105, "mile/hour", "Maria's maximum sustained winds"),
            rate("165 KM/H", 165, "kilometer/hour", "Maria's maximum sustained winds"),
            other("350 DEGREES", 350, "degree", "direction of Maria's movement"),
            rate("9 MPH", 9, "mile/hour", "Maria's forward speed"),
            rate("15 KM/H", 15, "kilometer/hour", "Maria's forward speed"),
            other("941 MB", 941, "millibar", "Maria's minimum central pressure"),
            other("27.79 INCHES", 27.79, "inch_of_mercury", "Maria's minimum central pressure"),
            dur("within 48 hours", 48, "hour",
                "time within which tropical storm conditions are possible", approx=True),
            dur("48 hours", 48, "hour", "period of possible life-threatening inundation"),
        ],
    },
    {
        "id": "qt27-19",
        "source": "usgov:je.st",
        "url": "http://je.st/news/Hurricane-Maria-Public-Advisory-Number-37,2394769.html",
        "title": "Hurricane Maria Advisory Number 37 (NWS National Hurricane Center, 2017)",
        "published": "2017-09-25",
        "truncated": True,
        "note": "A National Hurricane Center (NOAA/NWS) public advisory re-posted by a news feed "
                "site; US government work. Removed: the site's name, section and headline lines "
                "and its timestamp line. The store holds the advisory as one run-on line "
                "(verbatim, including the WMO header '000 WTNT35 KNHC 250848'). Cut by the store "
                "inside a sentence ('For storm information specific to you'); kept to the last "
                "complete sentence before 'For a depiction'. " + MARIA_NOTE,
        "paragraphs": [
            "Issued at 500 AM EDT Mon Sep 25 2017 000 WTNT35 KNHC 250848 TCPAT5 BULLETIN Hurricane "
            "Maria Advisory Number 37 NWS National Hurricane Center Miami FL AL152017 500 AM EDT "
            "Mon Sep 25 2017 ...MARIA CONTINUES TO WEAKEN... ...TROPICAL STORM WARNING ISSUED FOR "
            "PORTIONS OF THE NORTH CAROLINA COAST... SUMMARY OF 500 AM EDT...0900 UTC...INFORMATION "
            "---------------------------------------------- LOCATION...30.6N 73.0W ABOUT 350 "
            "MI...560 KM SSE OF CAPE HATTERAS NORTH CAROLINA MAXIMUM SUSTAINED WINDS...80 "
            "MPH...130 KM/H PRESENT MOVEMENT...N OR 355 DEGREES AT 7 MPH...11 KM/H MINIMUM CENTRAL "
            "PRESSURE...957 MB...28.26 INCHES WATCHES AND WARNINGS -------------------- CHANGES "
            "WITH THIS ADVISORY: A Tropical Storm Warning has been issued for the North Carolina "
            "coast from Cape Lookout to Duck, including the Albemarle and Pamlico Sounds. SUMMARY "
            "OF WATCHES AND WARNINGS IN EFFECT: A Tropical Storm Warning is in effect for... * Cape "
            "Lookout to Duck * Albemarle and Pamlico Sounds A Tropical Storm Watch is in effect "
            "for... * North of Duck to the North Carolina/Virginia border * North of Surf City to "
            "south of Cape Lookout A Storm Surge Watch is in effect for... * Cape Lookout to Duck "
            "Interests elsewhere along the Carolina and Mid-Atlantic coasts should monitor the "
            "progress of Maria. A Tropical Storm Warning means that tropical storm conditions are "
            "expected somewhere within the warning area within 36 hours. A Tropical Storm Watch "
            "means that tropical storm conditions are possible within the watch area, generally "
            "within 48 hours. A Storm Surge Watch means there is a possibility of life- "
            "threatening inundation, from rising water moving inland from the coastline, in the "
            "indicated locations during the next 48 hours.",
        ],
        "quantities": [
            length("ABOUT 350 MI", 350, "mile", "distance of Maria from Cape Hatteras",
                   approx=True),
            length("560 KM", 560, "kilometer", "distance of Maria from Cape Hatteras",
                   approx=True),
            rate("80 MPH", 80, "mile/hour", "Maria's maximum sustained winds"),
            rate("130 KM/H", 130, "kilometer/hour", "Maria's maximum sustained winds"),
            other("355 DEGREES", 355, "degree", "direction of Maria's movement"),
            rate("7 MPH", 7, "mile/hour", "Maria's forward speed"),
            rate("11 KM/H", 11, "kilometer/hour", "Maria's forward speed"),
            other("957 MB", 957, "millibar", "Maria's minimum central pressure"),
            other("28.26 INCHES", 28.26, "inch_of_mercury", "Maria's minimum central pressure"),
            dur("within 36 hours", 36, "hour",
                "time within which tropical storm conditions are expected", approx=True),
            dur("within 48 hours", 48, "hour",
                "time within which tropical storm conditions are possible", approx=True),
            dur("48 hours", 48, "hour", "period of possible life-threatening inundation"),
        ],
    },
    {
        "id": "qt27-20",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/eot2008/20081024210552/http://www.fema.gov/news/newsrelease.fema?id=19741",
        "title": "Hurricane Katrina Debris Removal Makes Great Strides (FEMA, Alabama, 2005)",
        "published": "2005-10-15",
        "truncated": True,
        "note": "A FEMA (DHS) news release (fema.gov) in the UNT End-of-Term web archive; US "
                "government work. Removed: the headline (title), the release date (published), "
                "the release number and the link '» More Information on Alabama Hurricane "
                "Katrina'. Spaces before punctuation ('MONTGOMERY , Al.', '29 th', 'Alabama .') "
                "are verbatim. Cut by the store inside the boilerplate ('FEMA prepares the nation "
                "for all hazards a'); kept to the last complete paragraph. Decisions: '22' "
                "(disaster-declared counties) spans the number only; '60 football fields' is a "
                "count; '100 feet' (stacked high) is a length; 'Some 245 applicants' is "
                "approximate; 'August 29 th' and 'Oct 27 th' are dates.",
        "paragraphs": [
            "MONTGOMERY , Al. -- More than 2.3 million cubic yards of Hurricane Katrina debris have "
            "been collected and disposed since debris cleanup began in earnest in early September.",
            "The task is enormous. Debris consists of construction materials, damaged buildings, "
            "sediments, green waste, and personal property. The debris disabled electrical power "
            "and communication systems, obstructed roads and presented state and local governments "
            "with a huge challenge to collect, remove and dispose of the unwanted windfall.",
            "State and Federal Emergency Management Agency (FEMA) specialists began assessing the "
            "situation in the 22 disaster-declared counties almost immediately after the August 29 "
            "th landfall. They estimated the storm-tossed waste totaled over 4.1 million cubic "
            "yards; in every day terms a debris field equivalent to 60 football fields stacked 100 "
            "feet high.",
            "FEMA debris specialists also began working with local and state officials providing "
            "removal expertise, monitor training and technical assistance. To date, the local "
            "governments have removed approximately 65% of the debris.",
            "Senior Deputy Federal Coordinating Officer, Michael Bolch said, \"Removing debris "
            "quickly during recovery is a clear priority. If not, it becomes a safety concern for "
            "the local communities. Clearing the roads and public areas minimize the risk of "
            "having a greater harm within a disaster.\"",
            "The FEMA Public Assistance (PA) program reimburses 100% of debris cleanup in public "
            "places such as roadways for 60 days from the date of declaration which will end on "
            "Oct 27 th . After which FEMA will reimburse 75% of the cost while state/local "
            "governments share the remaining 25%. Some 245 applicants, including state, local "
            "governments, certain private-non-profit groups have applied for PA reimbursement in "
            "Alabama .",
        ],
        "quantities": [
            volume("More than 2.3 million cubic yards", 2300000, "cubic_yard",
                   "Katrina debris collected in Alabama", approx=True),
            count("22", 22, "counties", "disaster-declared counties in Alabama"),
            volume("over 4.1 million cubic yards", 4100000, "cubic_yard",
                   "estimated storm-tossed waste in Alabama", approx=True),
            count("60 football fields", 60, "football fields", "size of the debris field"),
            length("100 feet", 100, "foot", "height of the equivalent debris field"),
            pct("approximately 65%", 65, "share of debris removed by local governments",
                approx=True),
            pct("100%", 100, "FEMA reimbursement of debris cleanup in public places"),
            dur("60 days", 60, "day", "period of full reimbursement from the declaration"),
            pct("75%", 75, "FEMA share of the cost after the first 60 days"),
            pct("25%", 25, "state and local share of the cost"),
            count("Some 245 applicants", 245, "applicants",
                  "applicants for Public Assistance reimbursement in Alabama", approx=True),
        ],
    },
    {
        "id": "qt27-21",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/eot2008/20090114032211/http:/www.fema.gov/news/newsrelease.fema?id=20959",
        "title": "FEMA Coordinating Louisiana Debris Removal (FEMA, 2005)",
        "published": "2005-11-30",
        "truncated": True,
        "note": "A FEMA (DHS) news release (fema.gov) in the UNT End-of-Term web archive; US "
                "government work. Removed: the headline (title), the release date (published), "
                "the release number and the links '» More Information on Louisiana Hurricane "
                "Rita', '... Katrina' and '» En Español'. The list after 'Debris removal "
                "operations that may be eligible for reimbursement include:' is missing in the "
                "store (the line is kept verbatim). Cut by the store inside a sentence ('some "
                "debris is depo'); kept to the last complete sentence. Decisions: 'tens of "
                "millions of cubic yards' is a vague plural (20,000,000, approximate); 'Jan. 15, "
                "2006' is a date.",
        "paragraphs": [
            "BATON ROUGE, La. -- The U.S. Department of Homeland Security’s Federal Emergency "
            "Management Agency (FEMA) is working closely with federal, state of Louisiana and local "
            "officials to coordinate the removal and disposal of tens of millions of cubic yards of "
            "debris left by Hurricanes Katrina and Rita.",
            "Under FEMA’s Public Assistance program, FEMA will reimburse state and local officials "
            "for eligible debris removal. Most debris removal costs incurred by state and local "
            "governments will be reimbursed 100 percent by FEMA until Jan. 15, 2006.",
            "Local governments may receive direct reimbursement from FEMA for debris removal. "
            "Alternatively, if the local government requests direct assistance, FEMA can task the "
            "U.S. Army Corps of Engineers (USACE) or the U.S. Coast Guard (USCG) to conduct debris "
            "removal. The USACE has contracted with private firms to perform debris removal, as "
            "have parish and local communities. The USCG is working with contractors to remove "
            "debris from commercial waterways. The U.S. Environmental Protection Agency (EPA) has "
            "been tasked to dispose of hazardous materials including household hazardous waste and "
            "hazardous materials contained within white goods in an environmentally sound manner.",
            "Federal Coordinating Officer Scott Wells said, “The scope of debris operations for "
            "these disasters is unprecedented. I am pleased with how effectively federal, state "
            "and local officials are working together to clean up after the hurricane so affected "
            "communities can recover.”",
            "Debris removal operations that may be eligible for reimbursement include:",
            "To date, more than 21.1 million cubic yards of debris have been removed by USACE and "
            "private contractors. Once removed, debris is disposed of in a number of ways.",
        ],
        "quantities": [
            volume("tens of millions of cubic yards", 20000000, "cubic_yard",
                   "debris left by Hurricanes Katrina and Rita in Louisiana", approx=True),
            pct("100 percent", 100, "FEMA reimbursement of most debris removal costs"),
            volume("more than 21.1 million cubic yards", 21100000, "cubic_yard",
                   "debris removed in Louisiana to date", approx=True),
        ],
    },
    {
        "id": "qt27-22",
        "source": "usgov:experts123.com",
        "url": "https://experts123.com/q/what-is-the-status-of-debris-cleanup-in-the-hurricane-ike-disaster-areas.html",
        "title": "What is the status of debris cleanup in the Hurricane Ike disaster areas? (FEMA "
                 "question and answer)",
        "published": None,
        "truncated": True,
        "note": "A FEMA (DHS) question-and-answer text on Hurricane Ike debris (written in FEMA's "
                "voice: 'we have demonstrated') on a question-and-answer aggregator; the text is "
                "a US government work; it could not be compared with the fema.gov original. No "
                "date on the page (published null). Cut by the store inside a sentence ('the "
                "Galv'); kept to the last complete sentence. Decisions: 'day one' is not a "
                "quantity; 'nearly 1.5 million' spans the count only (modifier between); 'more "
                "than two and a half times' is a multiplier; 'within weeks' has no number (not "
                "annotated).",
        "paragraphs": [
            "What is the status of debris cleanup in the Hurricane Ike disaster areas?",
            "From day one of the Ike disaster, FEMA has been strongly committed to helping Texans "
            "get the affected areas cleaned up, and we have demonstrated that commitment with more "
            "than $600 million in reimbursements for debris operations alone. Throughout the "
            "disaster recovery effort FEMA has reimbursed the state for 100 percent of the debris "
            "removal costs in eligible areas. Most of the debris, more than 99 percent, has now "
            "been removed from public roads, highways and other rights of way in areas affected by "
            "Ike. In all, more than 23.6 million cubic yards of debris have been cleared. That is "
            "the capacity of nearly 1.5 million average-size dump trucks. Lined up end to end, the "
            "trucks would stretch the distance from Los Angeles to New York — more than two and a "
            "half times.",
        ],
        "quantities": [
            usd("more than $600 million", 600000000, "FEMA reimbursements for Ike debris operations",
                approx=True),
            pct("100 percent", 100, "FEMA reimbursement of debris removal costs"),
            pct("more than 99 percent", 99, "share of debris removed from public roads",
                approx=True),
            volume("more than 23.6 million cubic yards", 23600000, "cubic_yard",
                   "Ike debris cleared", approx=True),
            count("nearly 1.5 million", 1500000, "dump trucks",
                  "average-size dump trucks the debris would fill", approx=True),
            other("more than two and a half times", 2.5, "multiplier",
                  "length of the truck line compared with Los Angeles to New York", approx=True),
        ],
    },
]

DOCS += [
    {
        "id": "qt27-23",
        "source": "usgov:www.crh.noaa.gov",
        "url": "http://www.crh.noaa.gov/news/display_cmsstory.php?wfo=ilx&storyid=92754&source=0",
        "title": "2013 Spring Flood Outlook #2 - Issued March 7th (NWS Lincoln, Illinois)",
        "published": "2013-03-07",
        "truncated": True,
        "note": "A National Weather Service (NOAA) probabilistic hydrologic outlook on "
                "crh.noaa.gov; US government work. Removed: the story headline (title). "
                + JOINED + "Cut by the store inside a sentence ('ONE OF THE BIG STORIES FROM "
                "DECEMBER'); kept to the last complete sentence. Decisions: '7 DAY' (river "
                "forecasts) is a compound duration adjective; 'NUMBER 2', 'MAR 07 2013' and '1023 "
                "AM' are not quantities.",
        "paragraphs": [
            "PROBABILISTIC HYDROLOGIC OUTLOOK",
            "NATIONAL WEATHER SERVICE LINCOLN IL",
            "1023 AM CST THU MAR 07 2013",
            "...2013 SPRING FLOOD AND WATER RESOURCES OUTLOOK NUMBER 2...",
            "...POTENTIAL FOR FLOODING NEAR NORMAL ACROSS CENTRAL AND SOUTHEAST ILLINOIS WITH MINOR "
            "FLOODING PROBABLE ALONG THE ILLINOIS RIVER...",
            "THIS FLOOD OUTLOOK COVERS THE LINCOLN HYDROLOGIC SERVICE AREA /HSA/ WHICH ENCOMPASSES "
            "35 COUNTIES IN CENTRAL AND SOUTHEAST ILLINOIS. IT INCLUDES THE FOLLOWING RIVERS...",
            "-ILLINOIS RIVER FROM HENRY TO BEARDSTOWN",
            "-SPOON RIVER FROM LONDON MILLS TO SEVILLE",
            "-MACKINAW RIVER AT CONGERVILLE",
            "-SANGAMON RIVER FROM MONTICELLO TO CHANDLERVILLE",
            "-SALT CREEK AT GREENVIEW",
            "-LITTLE WABASH RIVER NEAR CLAY CITY",
            "-EMBARRAS RIVER FROM STE MARIE TO LAWRENCEVILLE",
            "THESE FLOOD OUTLOOKS ARE ISSUED IN LATE WINTER AND EARLY SPRING...IN ADDITION TO THE "
            "7 DAY RIVER FORECASTS THAT ARE ISSUED WHEN RIVER FORECAST LOCATIONS ARE IN FLOOD OR "
            "ARE FORECAST TO RISE ABOVE FLOOD STAGE. THEY ARE BASED ON CURRENT STREAMFLOWS...SOIL "
            "CONDITIONS...SNOW PACK...AS WELL AS SHORT/LONG RANGE WEATHER FORECASTS.",
            "FLOOD OUTLOOK HIGHLIGHTS...",
            "THE RISK OF FLOODING FROM LATE WINTER INTO EARLY SPRING IS OVERALL NEAR NORMAL ACROSS "
            "CENTRAL AND SOUTHEAST ILLINOIS.",
            "WITH NEAR NORMAL PROBABILITIES FOR FLOODING...THOSE LOCATIONS THAT TYPICALLY FLOOD IN "
            "THE SPRING WILL LIKELY SEE NORMAL FLOODING CONDITIONS IN THE COMING WEEKS.",
            "BASED ON THE CURRENT PROBABILITIES...LOCATIONS ALONG THE ILLINOIS RIVER HAVE A HIGH "
            "LIKELIHOOD OF EXPERIENCING AT LEAST MINOR FLOODING THIS SPRING. THE OUTLOOK FOR THE "
            "EMBARRAS AND LITTLE WABASH RIVERS SHOW HIGHER PROBABILITIES FOR AT LEAST MINOR "
            "FLOODING AS WELL...WHICH IS NORMAL FOR THIS TIME OF YEAR.",
            "WINTER WEATHER REVIEW...",
            "--DECEMBER--",
            "INFORMATION COURTESY OF THE ILLINOIS STATE CLIMATOLOGIST SHOWS THAT THE AVERAGE "
            "STATEWIDE PRECIPITATION FOR DECEMBER WAS 2.34 INCHES. THIS IS 0.40 INCHES BELOW "
            "NORMAL...OR 85 PERCENT OF NORMAL.",
        ],
        "quantities": [
            count("35 COUNTIES", 35, "counties", "counties in the Lincoln hydrologic service area"),
            dur("7 DAY", 7, "day", "range of the river forecasts"),
            length("2.34 INCHES", 2.34, "inch", "average Illinois precipitation in December"),
            length("0.40 INCHES", 0.4, "inch", "December precipitation below normal"),
            pct("85 PERCENT", 85, "December precipitation as a share of normal"),
        ],
    },
    {
        "id": "qt27-24",
        "source": "usgov:weather.gov",
        "url": "https://weather.gov/mlb/heat_threat",
        "title": "Excessive Heat Threat (NWS Melbourne, Florida)",
        "published": None,
        "truncated": True,
        "note": "A National Weather Service (NOAA) page on weather.gov; US government work. "
                "Removed: the agency banner ('National Weather Service United States Department "
                "of Commerce') and the page's tab labels ('Hazard Map Threat Levels Safety & "
                "Impact', 'Graphical Hazardous Weather Outlook'). Double spaces after some "
                "sentences and the space after opening quotes are verbatim; trailing spaces were "
                "dropped. Cut by the store inside a sentence ('In situat'); kept to the last "
                "complete sentence. Decisions: every '... degrees (F)' is a Fahrenheit "
                "temperature with '(F)' in the span; 'between 113 - 117 degrees (F)' is a range; "
                "'118 degrees (F) or greater' is a lower bound after the number (approximate); "
                "'near 105 degrees (F)' is approximate; month names are not quantities.",
        "paragraphs": [
            "Excessive Heat Threat",
            "The \"Excessive Heat Hazard Map\" depicts the local threat of expected warm season "
            "weather conditions for specified areas.  It is largely based on highest maximum "
            "temperature and the effects of humidity.",
            "Excessive Heat Threat Level",
            "Threat  Level Descriptions",
            "Extreme",
            "\"An Extreme Threat to Life and Property from Excessive Heat.\"",
            "Highest heat index 118 degrees (F) or greater.",
            "High",
            "\"A High Threat to Life and Property from Excessive Heat.\"",
            "Highest heat index between 113 - 117 degrees (F).  Heat Index Values consistent with "
            "Excessive Heat Warning criteria.",
            "Moderate",
            "\"A Moderate Threat to Life and Property from Excessive Heat.\"",
            "Highest heat index between 108 - 112 degrees (F).  Heat Index Values consistent with "
            "Heat Advisory criteria.",
            "Low",
            "\"A Low Threat to Life and Property from Excessive Heat.\"",
            "Highest heat index between 105 - 107 degrees (F).",
            "Very Low",
            "\" A Very Low Threat to Life and Property from Excessive Heat.\"",
            "Highest heat index near 105 degrees (F) for July and August...OR...between 102 - 104 "
            "degrees (F) for June and September...OR...between 99 - 103 degrees (F) for May and "
            "October.",
            "Non-Threatening",
            "\" No Discernable Threat to Life and Property from Excessive Heat.\"",
            "Warm season weather conditions are non-threatening.",
            "Note: Warm season weather conditions become hazardous when the associated heat is "
            "considered to be \"excessive\" relative to the human body's normal temperature of "
            "98.6 degrees (F).  This occurs when heat indices reach or exceed 99 degrees (F).  At "
            "this point, heat may begin to build within the body.  In situations when the humidity "
            "is very low, the heat index is approximately the same as the actual ambient "
            "temperature.  Your body may quickly lose fluids as sweat (the body's natural cooling "
            "mechanism) readily evaporates; dehydration can rapidly occur.",
        ],
        "quantities": [
            other("118 degrees (F) or greater", 118, "fahrenheit",
                  "highest heat index for an extreme threat", approx=True),
            other("between 113 - 117 degrees (F)", 113, "fahrenheit",
                  "highest heat index for a high threat", high=117),
            other("between 108 - 112 degrees (F)", 108, "fahrenheit",
                  "highest heat index for a moderate threat", high=112),
            other("between 105 - 107 degrees (F)", 105, "fahrenheit",
                  "highest heat index for a low threat", high=107),
            other("near 105 degrees (F)", 105, "fahrenheit",
                  "very low threat heat index in July and August", approx=True),
            other("between 102 - 104 degrees (F)", 102, "fahrenheit",
                  "very low threat heat index in June and September", high=104),
            other("between 99 - 103 degrees (F)", 99, "fahrenheit",
                  "very low threat heat index in May and October", high=103),
            other("98.6 degrees (F)", 98.6, "fahrenheit", "normal human body temperature"),
            other("99 degrees (F)", 99, "fahrenheit",
                  "heat index at which heat becomes excessive"),
        ],
    },
    {
        "id": "qt27-25",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/outlooks/steo/report/electricity.php",
        "title": "Short-Term Energy Outlook: Electricity, coal, and renewables (EIA), summer 2019",
        "published": None,
        "truncated": True,
        "note": "A U.S. Energy Information Administration (DOE) page on eia.gov; US government "
                "work. Kept: the three summary bullets (bullet marks removed). Annotator cut: the "
                "table that follows ('U.S. Electricity Summary', glued figures) was left out. The "
                "stored page shows no release date (the text forecasts summer 2019; published "
                "null). Decisions: '1,026 kilowatthours (kWh) of electricity per month' is one "
                "rate (kilowatt_hour/month) with the inserted abbreviation and noun; '13.4 "
                "cents/kWh' is USD/kilowatt_hour 0.134; years are dates.",
        "paragraphs": [
            "EIA expects the average U.S. residential customer will use an average of 1,026 "
            "kilowatthours (kWh) of electricity per month during the summer cooling season that "
            "runs from June through August, 2019, about 5% less than the same period last year. "
            "EIA uses the National Oceanic and Atmospheric Administration’s weather forecast, "
            "which indicates that temperatures will be cooler than last summer in all regions of "
            "the United States. The cooler forecast temperatures contribute the lower expected "
            "electricity use.",
            "EIA forecasts that U.S. residential electricity prices will average 13.4 cents/kWh "
            "during the summer cooling season, about 2% higher than last summer. The higher "
            "forecast prices primarily reflect higher actual generation fuel costs from 2018 that "
            "affect retail rates with a time lag, as well as rising electric transmission and "
            "distribution costs.",
            "EIA forecasts that all renewable fuels, including wind, solar, and hydroelectric "
            "generation, will produce 18% of U.S. electricity in 2019, and almost 20% in 2020. EIA "
            "expects that wind generation will surpass hydroelectric generation to become the "
            "leading source of renewable electricity in both years.",
        ],
        "quantities": [
            rate("1,026 kilowatthours (kWh) of electricity per month", 1026,
                 "kilowatt_hour/month", "expected summer use of a residential customer"),
            pct("about 5%", 5, "fall in summer electricity use from last year", approx=True),
            rate("13.4 cents/kWh", 0.134, "USD/kilowatt_hour",
                 "forecast summer residential electricity price"),
            pct("about 2%", 2, "rise in the summer electricity price", approx=True),
            pct("18%", 18, "renewable share of US electricity in 2019"),
            pct("almost 20%", 20, "renewable share of US electricity in 2020", approx=True),
        ],
    },
    {
        "id": "qt27-26",
        "source": "usgov:massiveindustry.com",
        "url": "https://massiveindustry.com/content/eia-expects-2019-summer-average-residential-electricity-use-be-lowest-five-years",
        "title": "EIA expects 2019 summer average residential electricity use to be lowest in five "
                 "years (EIA Today in Energy summary)",
        "published": "2019-04-18",
        "truncated": False,
        "note": "The summary of an EIA (DOE) Today in Energy article re-posted by an aggregator; "
                "US government work. Removed: the duplicated headline (title), the date prefix "
                "'(Thu, 18 Apr 2019)' (published), the literal HTML tags '<em>', '</em>' around "
                "the report name and the aggregator's comment form. The same forecast is told in "
                "other words in qt27-25. Decisions: 'about 3,080 kilowatthours' is energy "
                "(kilowatt_hour); years are dates.",
        "paragraphs": [
            "EIA’s Short-Term Energy Outlook forecasts that the typical U.S. residential household "
            "will consume about 3,080 kilowatthours of electricity this summer (June through "
            "August), down 5% from the average summer consumption in 2018. If this forecast is "
            "realized, it would be the lowest level of electricity consumption per customer since "
            "2014 and the second-lowest level since 2001. EIA expects summer electricity "
            "consumption will be lower than in 2017 because of milder projected temperatures.",
        ],
        "quantities": [
            other("about 3,080 kilowatthours", 3080, "kilowatt_hour",
                  "forecast summer electricity use of a household", approx=True),
            pct("5%", 5, "fall from the average summer consumption in 2018"),
        ],
    },
    {
        "id": "qt27-27",
        "source": "usgov:www.eoriwyoming.org",
        "url": "https://www.eoriwyoming.org/news/energy-news/eia-today-in-energy",
        "title": "EIA Today in Energy (article summaries, June 2023)",
        "published": "2023-06-08",
        "truncated": True,
        "note": "Summaries of four EIA (DOE) Today in Energy articles re-posted by a university "
                "institute's news page; the summaries are EIA's wording (US government work). "
                "Removed: the host's introduction ('Read the latest posts ...'), the heading "
                "'Today in Energy', list marks and the article dates glued to each summary "
                "(published is the newest, 8 June 2023). The fifth summary is cut by the store "
                "('China's natural gas consumption and LNG imports de') and was dropped. "
                "Decisions: '619 billion kilowatthours' is energy; 'more than 120 BkWh per month' "
                "and '1.7 million barrels per day' are rates; '1,888 megawatt' is a compound "
                "power adjective; 'Units 1 and 2', 'Unit 3' are names; '54 years' is a duration.",
        "paragraphs": [
            "Increased U.S. renewable and natural gas generation likely to reduce summer coal "
            "demand",
            "We forecast that the largest increases in U.S. electricity generation this summer "
            "(June, July, and August) will come from solar, wind, and natural gas-fired power "
            "plants because of new generating capacity coming online, according to our June "
            "Short-Term Energy Outlook. The rising generation from these sources will likely be "
            "offset by reduced generation from coal-fired power plants.",
            "U.S. electricity generation from natural gas was highest on record this past winter",
            "According to our Short-Term Energy Outlook (STEO), U.S. electricity generation from "
            "natural gas reached a record-high 619 billion kilowatthours (BkWh) during the most "
            "recent winter heating season (November 1–March 31), averaging more than 120 BkWh per "
            "month and accounting for 38% of the country's electricity generation mix. Electricity "
            "generation from natural gas increased in the United States this past winter due to "
            "increased demand for electricity and continued reductions in electricity generation "
            "from coal.",
            "Monthly U.S. propane exports in March 2023 reach a record high",
            "U.S. propane exports reached a record 1.7 million barrels per day (b/d) in March "
            "2023, the highest level since we began collecting this data in 1973. Propane is "
            "consumed globally for space heating and is used as a petrochemical feedstock.",
            "The largest coal-fired power plant in Pennsylvania will close by July 2023",
            "After 54 years of providing power to Pennsylvania and New York, the Homer City "
            "Generating Station in Pennsylvania will close by July 2023, according to the plant's "
            "owner. The 1,888 megawatt coal plant began generating electricity in 1969, when Units "
            "1 and 2 entered service. Unit 3 was added in 1977.",
        ],
        "quantities": [
            other("619 billion kilowatthours", 619000000000, "kilowatt_hour",
                  "winter electricity generation from natural gas"),
            rate("more than 120 BkWh per month", 120000000000, "kilowatt_hour/month",
                 "monthly winter generation from natural gas", approx=True),
            pct("38%", 38, "natural gas share of the generation mix last winter"),
            rate("1.7 million barrels per day", 1700000, "barrel/day",
                 "US propane exports in March 2023"),
            dur("54 years", 54, "year", "years the Homer City station provided power"),
            other("1,888 megawatt", 1888, "megawatt", "capacity of the Homer City coal plant"),
        ],
    },
    {
        "id": "qt27-28",
        "source": "usgov:webarchive.library.unt.edu",
        "url": "https://webarchive.library.unt.edu/eot2008/20090103130757/http://www.eia.doe.gov/neic/press/press152.html",
        "title": "U.S. Nuclear Industry Closes a Record Year with a Record Month (EIA press release, "
                 "2000)",
        "published": "2000-03-30",
        "truncated": True,
        "note": "An EIA (DOE) press release (eia.doe.gov) in the UNT End-of-Term web archive; US "
                "government work. Removed: the breadcrumb and heading ('Home > Press Releases', "
                "'Press Releases'), the date (published) and the headline (title); bullet marks "
                "removed. Cut by the store inside a chart title ('Share of Total U.S Electricity "
                "Gen'); kept to the last complete paragraph. Decisions: 'approximately 53 billion "
                "more kilowatt hours' keeps 'more' inside the span (the unit follows it); "
                "'has not been higher than 19 percent' annotates '19 percent' (not approximate); "
                "'a peak of 112' is a count of units; 'exceeded 90 percent' annotates the "
                "number; years and 'the first time' are not quantities.",
        "paragraphs": [
            "In 1999, U.S. commercial nuclear powerplants generated more electricity than in any "
            "previous year in the industry's history. According to information released today in "
            "the Electric Power Monthly by the Energy Information Administration, the industry "
            "began the year with the highest level of nuclear generation for any January and "
            "continued setting records to conclude the year with the highest December total. "
            "These records were accomplished even though the number of operable U.S. commercial "
            "nuclear generating units has declined to 104 reactors from a peak of 112 in 1990.",
            "The U.S. nuclear industry's accomplishments include the following:",
            "Annual nuclear generation surpassed 700 billion kilowatt hours for the first time. "
            "The 1999 total nuclear generation was 727,913 million kilowatt hours. This was an "
            "increase of 8 percent over the 1998 level. It was approximately 53 billion more "
            "kilowatt hours than the prior record of 674,729 million kilowatt hours set in 1996.",
            "In 1999, U.S. nuclear capacity utilization (see chart), as measured by the annual net "
            "capacity factor (the ratio of electricity that could be produced at full power with "
            "continuous operation to the amount actually generated), reached the highest level "
            "ever recorded, 85.5 percent. This was accomplished, at least in part, by reducing the "
            "outage time for refueling the nuclear units. In several months of 1999, the monthly "
            "net capacity factor exceeded 90 percent. This occurred the first time ever in January "
            "1999. This happened again in July, August, and December of 1999.",
            "Based on preliminary data, the nuclear share of total U.S. electricity generation in "
            "1999 (i.e., including utility and nonutility generation) was 19.8 percent as compared "
            "to 18.6 percent in 1998. Nuclear share has not been higher than 19 percent since "
            "1996, when it was 19.6 percent.",
        ],
        "quantities": [
            count("104 reactors", 104, "reactors", "operable US commercial nuclear units in 1999"),
            count("112", 112, "reactors", "peak number of operable nuclear units in 1990"),
            other("700 billion kilowatt hours", 700000000000, "kilowatt_hour",
                  "level annual nuclear generation surpassed"),
            other("727,913 million kilowatt hours", 727913000000, "kilowatt_hour",
                  "total US nuclear generation in 1999"),
            pct("8 percent", 8, "increase in nuclear generation over 1998"),
            other("approximately 53 billion more kilowatt hours", 53000000000, "kilowatt_hour",
                  "excess of 1999 nuclear generation over the prior record", approx=True),
            other("674,729 million kilowatt hours", 674729000000, "kilowatt_hour",
                  "prior record nuclear generation set in 1996"),
            pct("85.5 percent", 85.5, "annual net capacity factor of nuclear plants in 1999"),
            pct("90 percent", 90, "monthly net capacity factor exceeded in several months"),
            pct("19.8 percent", 19.8, "nuclear share of US electricity generation in 1999"),
            pct("18.6 percent", 18.6, "nuclear share of US electricity generation in 1998"),
            pct("19 percent", 19, "level the nuclear share had not exceeded since 1996"),
            pct("19.6 percent", 19.6, "nuclear share in 1996"),
        ],
    },
]

OBO = ("A page of the State Department's Bureau of Overseas Buildings Operations "
       "(overseasbuildings.state.gov); US government work. ")

DOCS += [
    {
        "id": "qt27-29",
        "source": "usgov:overseasbuildings.state.gov",
        "url": "https://overseasbuildings.state.gov/node/819",
        "title": "U.S. Embassy Managua solar array (State Department, Overseas Buildings Operations)",
        "published": None,
        "truncated": False,
        "note": OBO + "Multiple spaces between sentences are verbatim. No page date (published "
                "null; the array was dedicated on October 31, 2014). Decisions: 'over 1,276 "
                "megawatt-hours ... annually' annotates the energy only (the frequency is "
                "separate); '111' (average homes) spans the number only; 'an entire year' is a "
                "duration; 'first' is an ordinal.",
        "paragraphs": [
            "The U.S. Embassy in Managua was the first U.S. embassy to construct an array of solar "
            "panels using an energy savings performance contract (ESPC).  The array was dedicated "
            "on October 31, 2014.  Sized at 956 kilowatts, it is estimated to produce over 1,276 "
            "megawatt-hours of emissions-free energy annually accounting for 37% of the embassy’s "
            "load.   The array was constructed as part of a larger ESPC project that included "
            "additional energy saving measures estimated to reduce the embassy’s demand for grid "
            "power by 54%.  The installation is estimated to produce enough energy to power 111 "
            "average homes for an entire year.",
        ],
        "quantities": [
            other("956 kilowatts", 956, "kilowatt", "size of the Managua embassy solar array"),
            other("over 1,276 megawatt-hours", 1276, "megawatt_hour",
                  "estimated yearly energy from the Managua array", approx=True),
            pct("37%", 37, "share of the embassy's load from the array"),
            pct("54%", 54, "reduction of the embassy's demand for grid power"),
            count("111", 111, "homes", "average homes the array could power"),
            dur("an entire year", 1, "year", "period the homes could be powered"),
        ],
    },
    {
        "id": "qt27-30",
        "source": "usgov:overseasbuildings.state.gov",
        "url": "https://overseasbuildings.state.gov/green_initiatives/energy/renewable-2",
        "title": "Renewable Energy - Kigali (State Department, Overseas Buildings Operations)",
        "published": None,
        "truncated": False,
        "note": OBO + "Removed: the image metadata line ('Date: 12/14/2010 Description: Renewable "
                "Energy - Kigali - State Dept Image'; published null). 'become' and 'The systems "
                "was' are verbatim. Decisions: '425,000 kWh per year' is one rate "
                "(kilowatt_hour/year); '251 kilowatt' is a compound power adjective; 'two' "
                "(existing buildings) and '39' (average homes) span the number only; 'within 13 "
                "years' is an upper bound (approximate); 'third' is an ordinal.",
        "paragraphs": [
            "In 2009, the U.S. Embassy in Kigali, Rwanda become the U.S. Department of State’s "
            "third photovoltaic installation. The Embassy consumes power produced from a 251 "
            "kilowatt photovoltaic installation mounted on the roofs of two existing buildings. "
            "The installation is estimated to produce 425,000 kWh per year; enough to power 39 "
            "average homes. The systems was calculated to pay for itself within 13 years of "
            "installation.",
            "Employees and visitors are advised of the system’s components and production "
            "capacity through a display located in the Embassy lobby. Scrolling screen shots "
            "include descriptions of the system installed, total production of the system, annual "
            "and daily production, the amount of carbon offset from the installation, and the "
            "current weather information.",
        ],
        "quantities": [
            other("251 kilowatt", 251, "kilowatt", "size of the Kigali embassy installation"),
            count("two", 2, "buildings", "existing buildings carrying the panels"),
            rate("425,000 kWh per year", 425000, "kilowatt_hour/year",
                 "estimated production of the Kigali installation"),
            count("39", 39, "homes", "average homes the installation could power"),
            dur("within 13 years", 13, "year", "payback time of the Kigali system", approx=True),
        ],
    },
    {
        "id": "qt27-31",
        "source": "usgov:overseasbuildings.state.gov",
        "url": "https://overseasbuildings.state.gov/green_initiatives/energy/renewable-5",
        "title": "Renewable Energy - Dakar (State Department, Overseas Buildings Operations)",
        "published": None,
        "truncated": False,
        "note": OBO + "No page date (published null). Decisions: '493,040 kWh per year' is one "
                "rate; '6 years' (payback) and 'an entire year' are durations; '43' (average "
                "homes) spans the number only.",
        "paragraphs": [
            "In 2013, the newly constructed U.S. Embassy in Dakar, Senegal began producing 493,040 "
            "kWh per year using photovoltaic panels with a calculated payback of 6 years. The "
            "photovoltaic arrays, collectively rated at 250 kilowatts, are placed on the roof of "
            "the parking structure and the annex. The installation is estimated to produce enough "
            "to power 43 average homes for an entire year.",
        ],
        "quantities": [
            rate("493,040 kWh per year", 493040, "kilowatt_hour/year",
                 "production of the Dakar embassy panels"),
            dur("6 years", 6, "year", "calculated payback of the Dakar panels"),
            other("250 kilowatts", 250, "kilowatt", "rating of the Dakar photovoltaic arrays"),
            count("43", 43, "homes", "average homes the installation could power"),
            dur("an entire year", 1, "year", "period the homes could be powered"),
        ],
    },
    {
        "id": "qt27-32",
        "source": "usgov:green-mission.info",
        "url": "http://green-mission.info/category/projects/solar-projects/",
        "title": "The U.S. Mission's Photovoltaic System (U.S. Mission Geneva, State Department)",
        "published": None,
        "truncated": True,
        "note": "Two items of the U.S. Mission in Geneva (State Department) on its green-mission "
                "site: a fact sheet and the start of a feature; US government work. Removed: the "
                "category heading ('Category: Solar Energy'). Verbatim oddities kept: 'CO 2', "
                "'oneyear', 'fa~ade', 'system-the', 'power-enough'. No page date (published "
                "null). Decisions: '1,960 tons' is the conversion of '1,800 metric tons' into US "
                "tons (short_ton); '360 kg (800 lbs)' gives one mass in two units (both "
                "annotated); '366 kilowatt hours per day' is one rate; '30-year' is a compound "
                "duration adjective; 'seven-story' is a count of stories; '950 square meters' is "
                "an area (square_meter); '37' (average homes, households) spans the number "
                "only; the 'oneyear anniversary' is not a quantity.",
        "paragraphs": [
            "The U.S. Mission’s Photovoltaic System – Fact Sheet",
            "Since July 5, 2005, when the Mission’s energy system was placed on line, it has "
            "generated an average of 366 kilowatt hours per day. At peak capacity, the system can "
            "produce enough electricity to power 37 average homes. On an average summer day, the "
            "electricity generated by the photovoltaic installation prevents 360 kg (800 lbs) of "
            "the greenhouse gas carbon dioxide (CO 2) from being emitted into the environment. "
            "Over the course of the expected 30-year life of the system, this will amount to a "
            "total savings of approximately 1,800 metric tons (1,960 tons) of CO 2 .",
            "“Uncle Sam’s Showcase” – Flagship Solar Energy Project Paves the Way to a Greener "
            "Future",
            "On July 4, as Americans everywhere celebrated Independence Day, the U.S. Mission in "
            "Geneva was also celebrating an important step toward energy independence at embassies "
            "around the world. It was the oneyear anniversary of the Mission’s groundbreaking "
            "photovoltaic energy system-the largest and most ambitious solar energy project ever "
            "undertaken by the U.S. government overseas. The roof and fa~ade of the once "
            "undistinguished seven-story building in Geneva’s diplomatic quarter have been "
            "handsomely fitted with 950 square meters of cobalt-blue photovoltaic panels that "
            "glisten like cathedral windows in the sunlight and produce sustainable electric "
            "power-enough to power 37 average households.",
        ],
        "quantities": [
            rate("366 kilowatt hours per day", 366, "kilowatt_hour/day",
                 "average daily generation of the Mission's system"),
            count("37", 37, "homes", "average homes the system can power at peak"),
            mass("360 kg", 360, "kilogram", "carbon dioxide avoided on an average summer day"),
            mass("800 lbs", 800, "pound", "carbon dioxide avoided on an average summer day"),
            dur("30-year", 30, "year", "expected life of the system"),
            mass("approximately 1,800 metric tons", 1800, "metric_ton",
                 "total carbon dioxide savings over the system's life", approx=True),
            mass("1,960 tons", 1960, "short_ton",
                 "total carbon dioxide savings over the system's life", approx=True),
            count("seven-story", 7, "stories", "height of the Mission building"),
            area("950 square meters", 950, "square_meter", "photovoltaic panels on the building"),
            count("37", 37, "households", "average households the panels can power"),
        ],
    },
    {
        "id": "qt27-33",
        "source": "usgov:studylib.net",
        "url": "https://studylib.net/doc/12041590/green-embassies-guide-to",
        "title": "Guide to Green Embassies: Eco-Diplomacy in Operation (State Department, Overseas "
                 "Buildings Operations), energy chapter opening",
        "published": None,
        "truncated": True,
        "note": "The opening of the energy chapter of the State Department's 'Guide to Green "
                "Embassies' on a document host; US government work. Removed: the spaced running "
                "header ('E C O - D I P L O M A C Y I N O P E R AT I O N'), an image credit "
                "('Image Source: U.S. Embassy Managua'), the chapter's table of contents (section "
                "names and page numbers) and the guide title line. " + JOINED + "Bullet marks "
                "are verbatim. Cut by the store inside a sentence ('peak oil production m'); kept "
                "to the last complete sentence. Decisions: '260 square kilometers (km2) (100 "
                "square miles (mi2))' gives one area in two units (both annotated, abbreviations "
                "outside the spans); '1 megawatt (MW)' is a compound power adjective; 'Executive "
                "Order (EO) 13514' is a name; years are dates.",
        "paragraphs": [
            "Harnessing the free solar power of the sun is one of the greatest and most critical "
            "engineering opportunities of this century. The U.S. Southwest desert could provide "
            "the electricity needs of the entire United States through a 260 square kilometers "
            "(km2) (100 square miles (mi2)) photovoltaic (PV) array, roughly equivalent to the "
            "land area occupied by Salt Lake City.",
            "U.S. Embassy Managua will reduce energy purchased from the grid by 54% through an "
            "Energy Saving Performance Contract (ESPC) with Lockheed Martin to install a 1 megawatt "
            "(MW) PV array; replace interior and exterior lighting with light emitting diodes "
            "(LEDs); and improve the chiller equipment.",
            "Federal Performance Goals",
            "Energy Consumption:",
            "• 30% reduction in energy intensity from 2006 baseline by 2015 per Executive Order "
            "(EO) 13514",
            "• All federally owned buildings to have electricity meters by 2012 per Energy Policy "
            "Act (EPAct)",
            "Renewable Energy:",
            "• 7.5% of energy use must be renewable by 2013 where feasible per EPAct",
            "Greenhouse Gas Emissions:",
            "• Report and set 2020 targets using 2008 baseline per EO 13514",
            "Chapter Overview",
            "Energy use and its associated carbon impact is a global issue that must be addressed "
            "by all countries. Depletion of fossil fuel resources accelerates as developing "
            "nations gain economic stability, and this additional demand is expected to continue "
            "to raise global energy prices.",
        ],
        "quantities": [
            area("260 square kilometers", 260, "square_kilometer",
                 "photovoltaic array that could supply US electricity needs"),
            area("100 square miles", 100, "square_mile",
                 "photovoltaic array that could supply US electricity needs"),
            pct("54%", 54, "reduction of energy the Managua embassy buys from the grid"),
            other("1 megawatt", 1, "megawatt", "size of the Managua embassy PV array"),
            pct("30%", 30, "federal goal for reducing energy intensity"),
            pct("7.5%", 7.5, "federal goal for renewable share of energy use"),
        ],
    },
]

DOCS += [
    {
        "id": "qt27-34",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/news/k-lauea-volcano-erupts",
        "title": "Kīlauea Volcano Erupts (USGS feature story, update of June 21, 2018)",
        "published": "2018-06-21",
        "truncated": True,
        "note": "A U.S. Geological Survey (Interior) feature story on usgs.gov; US government work. "
                "Removed: the headline (title). The store's excerpt ends after the paragraph on "
                "HVO field crews (the rest of the page is not stored). "
                "Decisions: '50 m (164 ft)' gives one height in two units, both approximate "
                "('as high as about'); 'within a few hundred meters' is a vague amount (300, "
                "approximate) and its '(yards)' gloss is not annotated; fissure numbers and "
                "'the past day' are not quantities.",
        "paragraphs": [
            "Today's update for June 21st, 2018 will be the last of the daily updates on this USGS "
            "feature story.",
            "If you would like a comprehensive web resource for all-things-Kilauea, please go to "
            "the \"Resources for 2018 Kīlauea Lower East Rift Zone and Summit Activity\" webpage "
            "for a variety related links.",
            "UPDATE, 6/21/18, 10:31pm HST",
            "Kīlauea Volcano Lower East Rift Zone",
            "The eruption in the lower East Rift Zone (LERZ) continues with little change.",
            "Fissure 8 lava fountains reached as high as about 50 m (164 ft) during the past day. "
            "The fountain height varies, often sending a shower of lava fragments over the rim of "
            "the cone, building it slightly higher and broader. Lava from fissure 8 flows through "
            "a well-established channel to the ocean south of Kapoho.",
            "Lava fountains from the Fissure 8 spatter cone continue to feed the established "
            "channel shuttling lava to the Kapoho coastline. A dominant ocean entry on the south "
            "edge of the flow front produced a large laze plume throughout the day. Upslope, minor "
            "overflows from the channel occurred periodically, but all were short-lived and did "
            "not extend beyond the current flow field. Fissure 6 oozed lava sporadically through "
            "the early morning hours. Fissures 16/18 and 22 displayed incandescence early this "
            "morning.",
            "Pele's hair and other lightweight volcanic glass fragments from the lava fountain at "
            "Fissure 8 continue to fall downwind of the fissure, dusting the ground within a few "
            "hundred meters (yards) of the vent. High winds may waft lighter particles to greater "
            "distances. Residents are urged to minimize exposure to these volcanic particles, "
            "which can cause skin and eye irritation similar to volcanic ash.",
            "The most recent map of lava flows can be found at "
            "https://volcanoes.usgs.gov/volcanoes/kilauea/multimedia_maps.html",
            "HVO field crews are on site tracking the fountains, lava flows, and spattering from "
            "Fissure 8 as conditions allow and are reporting information to Hawaii County Civil "
            "Defense.",
        ],
        "quantities": [
            length("as high as about 50 m", 50, "meter", "height of Fissure 8 lava fountains",
                   approx=True),
            length("164 ft", 164, "foot", "height of Fissure 8 lava fountains", approx=True),
            length("within a few hundred meters", 300, "meter",
                   "distance of fallen volcanic glass from the vent", approx=True),
        ],
    },
    {
        "id": "qt27-35",
        "source": "usgov:fr.hawaiisenatemajority.com",
        "url": "https://fr.hawaiisenatemajority.com/post/2018/06/07/hawaiian-volcano-observatory-status-report-672018-at-850-am",
        "title": "Hawaiian Volcano Observatory Status Report, June 7, 2018, 8:50 AM HST (USGS)",
        "published": "2018-06-07",
        "truncated": True,
        "note": "A U.S. Geological Survey (Interior) Hawaiian Volcano Observatory status report "
                "re-posted by a state legislature caucus site; US government work. The store "
                "holds it as one run-on line. Cut by the store inside a word ('gas emissio'); kept "
                "to the last complete sentence. Decisions: 'Summit Elevation 4091 ft (1247 m)' "
                "gives one elevation in two units; the coordinates, 'VNUM #332010', 'Fissure 8' "
                "and 'Highway 130' are not quantities.",
        "paragraphs": [
            "HAWAIIAN VOLCANO OBSERVATORY STATUS REPORT U.S. Geological Survey Thursday, June 7, "
            "2018, 8:50 AM HST (Thursday, June 7, 2018, 18:50 UTC)",
            "KILAUEA VOLCANO (VNUM #332010) 19°25'16\" N 155°17'13\" W, Summit Elevation 4091 ft "
            "(1247 m) Current Volcano Alert Level: WARNING Current Aviation Color Code: RED "
            "Kīlauea Volcano Lower East Rift Zone Vigorous eruption of lava continues from the "
            "lower East Rift Zone (LERZ) fissure system in the area of Leilani Estates. Overnight, "
            "lava fountaining at Fissure 8 fluctuated, reaching heights of 230 feet. This activity "
            "is feeding a lava channel flowing east to the Kapoho Bay area. Observations by HVO "
            "geologists and the University of Hawaii at Hilo UAS crew during the night indicated "
            "that the northern lobe of the Fissure 8 flow is not receiving significant lava, and "
            "the lobe that was active on the west side of the Four Corners cinder pit is inactive. "
            "The morning overflight confirmed these observations and revealed minor overflows from "
            "the channel. Lava is entering the ocean along a broad front in the general area of "
            "Kapoho Bay and Vacationland. Lava also continues to creep north through what remains "
            "of Kapoho Beach Lots. No other fissures are active. Pele's hair and other lightweight "
            "volcanic glass from high fountaining of Fissure 8 are falling downwind of the fissure "
            "and accumulating on the ground within Leilani Estates. Winds may waft lighter "
            "particles to greater distances. Residents are urged to minimize exposure to these "
            "volcanic particles, which can cause skin and eye irritation similar to volcanic ash. "
            "The most recent map of lava flows can be found at "
            "https://volcanoes.usgs.gov/volcanoes/kilauea/multimedia_maps.html HVO field crews are "
            "on site tracking the fountains, lava flows, and spattering from Fissure 8 as "
            "conditions allow and are reporting information to Hawaii County Civil Defense.",
        ],
        "quantities": [
            length("4091 ft", 4091, "foot", "summit elevation of Kilauea"),
            length("1247 m", 1247, "meter", "summit elevation of Kilauea"),
            length("230 feet", 230, "foot", "height of lava fountaining at Fissure 8"),
        ],
    },
    {
        "id": "qt27-36",
        "source": "usgov:nasa-img-viewer.pages.dev",
        "url": "https://nasa-img-viewer.pages.dev/?q=iceberg",
        "title": "NASA image captions for 'iceberg' (NASA image library viewer)",
        "published": None,
        "truncated": True,
        "note": "Captions of NASA images (JPL Photojournal and NASA image library; NASA, public "
                "domain) shown by a third-party viewer of NASA's image library. The store shows "
                "the first captions; the fourth is cut ('The voyage of Iceberg B-31 continued in "
                "January, 2014 a') and was dropped. No date (published null). Decisions: "
                "'approximately 82 kilometers long x 62 kilometers wide' gives two lengths, both "
                "approximate; 'about 35 by 69 km' gives two lengths sharing the unit (the first "
                "spans 'about 35', kilometer); 'as large as 100 km' is an upper bound; the "
                "'two views', 'two images' and 'two smaller bergs' are counts; iceberg names, "
                "orbit numbers, coordinates and 'PIA03700' are not quantities.",
        "paragraphs": [
            "Iceberg Beyond the Rings",
            "The Thwaites Ice Tongue is a large sheet of glacial ice extending from the West "
            "Antarctic mainland into the southern Amundsen Sea. A large crack in the Thwaites "
            "Tongue was discovered in imagery from Terra's Moderate Resolution Imaging "
            "SpectroRadiometer (MODIS). Subsequent widening of the crack led to the calving of a "
            "large iceberg. The development of this berg, designated B-22 by the National Ice "
            "Center, can be observed in these images from the Multi-angle Imaging "
            "SpectroRadiometer, also aboard Terra. The two views were acquired by MISR's nadir "
            "(vertical-viewing) camera on March 10 and 24, 2002. The B-22 iceberg, located below "
            "and to the left of image center, measures approximately 82 kilometers long x 62 "
            "kilometers wide. Comparison of the two images shows the berg to have drifted away "
            "from the ice shelf edge. The breakup of ice near the shelf edge, in the area "
            "surrounding B-22, is also visible in the later image. These natural-color images were "
            "acquired during Terra orbits 11843 and 12047, respectively. At the right-hand edge is "
            "Pine Island Bay, where the calving of another large iceberg (B-21) occurred in "
            "November 2001. B-21 subsequently split into two smaller bergs, both of which are "
            "visible to the right of B-22. http://photojournal.jpl.nasa.gov/catalog/PIA03700",
            "This large tabular iceberg, broken off from the Antarctic Ice Sheet, was spotted in "
            "the South Atlantic Ocean (57.0S, 57.0W) southeast of the tip of South America as it "
            "was slowly being moved north and east by wind, current and tidal influences. This "
            "type of iceberg, never to be seen in the northern hemisphere, is typical for "
            "Antarctica. Although some such icebergs are as large as 100 km in length, this one "
            "measures about 35 by 69 km.",
            "NASA Terra spacecraft imaged Iceberg B-15A, the largest iceberg in the world measuring "
            "about 11,000 square kilometers when it broke away from Western Antarctica Ross Ice "
            "Shelf in March 2000.",
        ],
        "quantities": [
            count("two views", 2, "views", "MISR views of iceberg B-22"),
            length("approximately 82 kilometers", 82, "kilometer", "length of iceberg B-22",
                   approx=True),
            length("62 kilometers", 62, "kilometer", "width of iceberg B-22", approx=True),
            count("two images", 2, "images", "images compared"),
            count("two", 2, "icebergs", "smaller bergs B-21 split into"),
            length("as large as 100 km", 100, "kilometer",
                   "length of the largest tabular icebergs", approx=True),
            length("about 35", 35, "kilometer", "width of the tabular iceberg", approx=True),
            length("69 km", 69, "kilometer", "length of the tabular iceberg", approx=True),
            area("about 11,000 square kilometers", 11000, "square_kilometer",
                 "area of iceberg B-15A", approx=True),
        ],
    },
    {
        "id": "qt27-37",
        "source": "usgov:www.blm.gov",
        "url": "https://www.blm.gov/programs/energy-and-minerals/renewable-energy/active-renewable-projects",
        "title": "Active Renewable Projects (Bureau of Land Management)",
        "published": "2024-09-01",
        "truncated": True,
        "note": "A Bureau of Land Management (Interior) page on blm.gov; US government work. "
                "Removed: the headline (title) and the list of acronyms. Annotator cut: the "
                "store's last sentence, cut inside ('on appro'), was dropped. Published is the "
                "'as of' date of the approved-projects table. Decisions: 'Title V', 'Title 43', "
                "'Part 2800', 'Part 3200' and 'Energy Act of 2020' are names; years are dates.",
        "paragraphs": [
            "Developing Clean Energy on Public Lands",
            "The BLM continues to receive proposals for utility-scale wind, solar, geothermal, and "
            "gen-tie line projects on public land. These projects are in various stages of review "
            "or implementation.",
            "Applications for wind energy, and solar energy, and gen-tie projects may be processed "
            "and authorized as rights-of-way under Title V of the Federal Land Policy and "
            "Management Act of 1976, as amended, and Title 43, Part 2800, of the Code of Federal "
            "Regulations. Wind and solar projects are authorized under right-of-way leases within "
            "designated leasing areas and are authorized under right-of-way grants in areas "
            "outside of designated leasing areas. Geothermal energy projects are processed under "
            "the Geothermal Steam Act, as amended, and Title 43, Part 3200, CFR, and are "
            "authorized under leases and permits.",
            "The tables below provide a current list of active renewable energy projects as "
            "follows:",
            "Additional information can be found by clicking on the project name, or by viewing "
            "the public MLRS Reports.",
            "Renewable Energy Projects Approved (as of September 1, 2024)",
            "As part of the Biden-Harris administration’s efforts to achieve 100 percent "
            "carbon-free electricity by 2035 and meet the Energy Act of 2020 goal of permitting 25 "
            "gigawatts of renewable energy on public lands by 2025, the BLM has approved the "
            "following renewable energy projects with a Record of Decision or Decision Record.",
        ],
        "quantities": [
            pct("100 percent", 100, "carbon-free electricity goal for 2035"),
            other("25 gigawatts", 25, "gigawatt",
                  "renewable energy to be permitted on public lands by 2025"),
        ],
    },
    {
        "id": "qt27-38",
        "source": "usgov:www.nwd-wc.usace.army.mil",
        "url": "http://www.nwd-wc.usace.army.mil/PB/",
        "title": "Hydropower briefing: background (U.S. Army Corps of Engineers, Northwestern "
                 "Division)",
        "published": None,
        "truncated": True,
        "note": "A U.S. Army Corps of Engineers (Defense) page on usace.army.mil; US government "
                "work. Removed: the banner and navigation line and the decorative 'Revolving "
                "Letter P'. Annotator cut to keep percents at 12 or fewer: the first paragraph "
                "('BACKGROUND. The Corps of Engineers (Corps) is the single largest owner ...', "
                "three more percents, 21,000 and 2,000 MW, almost 100 million KWh) was left out, "
                "and the text stops before the store's last, cut paragraph ('In most years, most "
                "of the electricity used in the Northwest'). No date (published null). "
                "Decisions: capacities in MW are power (megawatt); 'about 50.6 million MWh' is "
                "energy (megawatt_hour); '$US 16 billion' is money in USD; '2003 cost level' and "
                "'1999' are dates.",
        "paragraphs": [
            "Most of the Corps hydropower production is in the Northwestern Division (75.2%), "
            "including 62.6% in the North Pacific Region (NPR) and 12.6% in the Missouri River "
            "Region. The percentage for other divisions is 10.9% for South Atlantic Division, 8.3% "
            "for Southwestern Division, 4.4% for Lakes and Ohio River Division, and 1.1% for Lower "
            "Mississippi River Division. The total plant capacity of Corps dams in the Pacific "
            "Northwest is 14,524 MW -- 22% in Seattle District, 35% in Walla Walla District, and "
            "43% in Portland District. Other major hydropower producers in the region (listed with "
            "their 1999 estimated total nameplate hydro generating capacity) include: Bureau of "
            "Reclamation (7,537 MW), B.C. Hydro (3,500 MW --Columbia projects only), Mid-Columbia "
            "PUDs' (4,700 MW), Idaho Power (1,700 MW), and Seattle City Light (1,800 MW). Annual "
            "hydro generation by Corps NPR dams in an average year such as 2002 is about 50.6 "
            "million MWh.",
            "Total construction costs of Pacific Northwest Corps hydro projects amount to about "
            "$US 16 billion (2003 cost level), with annual benefits reaching $US 2.5 billion. "
            "Ninety percent of those benefits result from power generation.",
        ],
        "quantities": [
            pct("75.2%", 75.2, "share of Corps hydropower production in the Northwestern Division"),
            pct("62.6%", 62.6, "share in the North Pacific Region"),
            pct("12.6%", 12.6, "share in the Missouri River Region"),
            pct("10.9%", 10.9, "share of the South Atlantic Division"),
            pct("8.3%", 8.3, "share of the Southwestern Division"),
            pct("4.4%", 4.4, "share of the Lakes and Ohio River Division"),
            pct("1.1%", 1.1, "share of the Lower Mississippi River Division"),
            other("14,524 MW", 14524, "megawatt",
                  "total plant capacity of Corps dams in the Pacific Northwest"),
            pct("22%", 22, "share of that capacity in Seattle District"),
            pct("35%", 35, "share of that capacity in Walla Walla District"),
            pct("43%", 43, "share of that capacity in Portland District"),
            other("7,537 MW", 7537, "megawatt", "Bureau of Reclamation hydro capacity in the region"),
            other("3,500 MW", 3500, "megawatt", "B.C. Hydro Columbia hydro capacity"),
            other("4,700 MW", 4700, "megawatt", "Mid-Columbia PUDs' hydro capacity"),
            other("1,700 MW", 1700, "megawatt", "Idaho Power hydro capacity"),
            other("1,800 MW", 1800, "megawatt", "Seattle City Light hydro capacity"),
            other("about 50.6 million MWh", 50600000, "megawatt_hour",
                  "annual hydro generation by Corps NPR dams", approx=True),
            usd("about $US 16 billion", 16000000000,
                "construction costs of Pacific Northwest Corps hydro projects", approx=True),
            usd("$US 2.5 billion", 2500000000, "annual benefits of the hydro projects"),
            pct("Ninety percent", 90, "share of benefits from power generation"),
        ],
    },
]

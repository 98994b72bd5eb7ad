"""Readable source of the sealed quantities test set ``test23.jsonl`` (annotated blind by sqy23).

Each document gives its text as verbatim paragraphs of the page as the ``search`` tool's
``pages`` corpus stores it (page furniture removed, named in ``note``) and its quantities in text
order. A record names its span text; the builder (``../check_quantities_test23.py``, through
``check_quantities_test17.build`` and ``checklib.build_paragraph_docs``) finds it from the end of
the previous record (or after an ``after`` anchor) and fills the offsets and the normalized
fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``, ``about``,
``approx``, ``counted`` (for ``unit: "count"``). Format and helpers follow ``test21_source.py``.
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


MIRROR = ("The page is a copy of a Voice of America (Learning English / Special English) story on "
          "a language-learning mirror host; the text is VOA's (public domain). ")
FOOTNOTES = ("The mirror glues vocabulary-note numbers to some words (e.g. 'Celsius1', "
             "'economist 1'); these inserted digits are not in VOA's text and were removed. ")

DOCS = [
    # ------------------------------------------------------------------ VOA texts
    {
        "id": "qt23-04",
        "source": "voa:idt.edu.vn",
        "url": "https://idt.edu.vn/phat-am-chuan-cung-voa-anh-ngu-dac-biet-africa-rice-voa-ag-report",
        "title": "Africa Rice (VOA Learning English Agriculture Report)",
        "published": None,
        "truncated": True,
        "note": "A Vietnamese learning site reposting a VOA Learning English Agriculture Report "
                "(November 2013) from VOA's Vietnamese service program; the English text is "
                "VOA's (public domain). Removed: the Vietnamese lead-in (links and program "
                "description). Cut by the store inside the paragraph; kept to the last complete "
                "sentence. Decisions: 'every year' after the tonnage is a separate frequency, so "
                "only the mass is annotated; 'the 1990s' is a decade (not a quantity).",
        "paragraphs": [
            "From VOA Learning English, this is the Agriculture Report.",
            "Researchers are developing ways to fight hunger in Africa by increasing rice "
            "production. The African Rice Congress discussed the work at a meeting in October. "
            "Experts say 60 percent of rice used in Africa is imported from Asia. They estimate "
            "that Africa spends $5 billion to import about 30 million tons of rice every year. "
            "And yet, the United Nations’ Food and Agriculture Organization says there are still "
            "rice shortages on the continent.",
            "Rice use decreased in some African countries after the economic crisis of the "
            "1990s. African countries stopped investing in rice production and marketing. Issues "
            "like plant disease, climate change and extreme temperatures have slowed rice "
            "production, especially in areas south of the Sahara desert. Some African "
            "researchers say they have developed rice plants that can grow in areas with little "
            "rainfall. Nigerian-born Adekoya Madinat works with the Shanghai Academy of "
            "Agricultural Sciences. He says he is researching genes in rice plants that can be "
            "used to develop new rice plants. The new rice plants would be able to survive a "
            "lack of water. Robert Guei works for the UN’s Food and Agriculture Organization. He "
            "says that investments in rice production should be a top issue for African "
            "governments seeking to end hunger and poverty.",
        ],
        "quantities": [
            pct("60 percent", 60, "share of rice used in Africa imported from Asia"),
            usd("$5 billion", 5000000000, "Africa's spending on rice imports"),
            q("about 30 million tons", 30000000, "metric_ton", "mass",
              "rice Africa imports each year", approx=True),
        ],
    },
    {
        "id": "qt23-05",
        "source": "voa:idt.edu.vn",
        "url": "https://idt.edu.vn/hoc-tieng-anh-qua-tin-tuc-nghia-va-cach-dung-tu-temperature-voa",
        "title": "Temperature (VOA news items in 'Học tiếng Anh qua tin tức')",
        "published": None,
        "truncated": True,
        "note": "A Vietnamese learning site reposting the English part ('Phần tiếng Anh') of a "
                "VOA Vietnamese-service English lesson built on two VOA news items; the English "
                "text is VOA's. Removed: the Vietnamese introduction and vocabulary explanation. "
                "Cut by the store inside the last sentence; kept to the last complete sentence. "
                "Decisions: 'as low as -20 degrees Celsius' is a negative, approximate "
                "temperature; 'daily' after '1,000 people' is a separate frequency.",
        "paragraphs": [
            "An exceptionally strong El Nino weather pattern, a warming of ocean surface "
            "temperatures in the Pacific, and its ripple effects, has worsened drought condition "
            "in southern Africa. As a consequence, The United Nations World Food Programme says "
            "that about 14 million people in Southern Africa are facing hunger. The worst "
            "affected country is Malawi where 2.8 million people or 16 percent of the population "
            "are expected to go hungry.",
            "Migrants traveling through the Balkans toward Western Europe are suffering in the "
            "cold as temperatures drop to as low as -20 degrees Celsius. Despite bad weather, an "
            "estimated 1,000 people are crossing from Macedonia to Serbia daily. There have been "
            "reports of possible cases of frostbite and hypothermia.",
        ],
        "quantities": [
            person("about 14 million people", 14000000, "people facing hunger in Southern Africa",
                   approx=True),
            person("2.8 million people", 2800000, "people expected to go hungry in Malawi"),
            pct("16 percent", 16, "share of Malawi's population expected to go hungry"),
            other("as low as -20 degrees Celsius", -20, "celsius",
                  "temperatures faced by migrants in the Balkans", approx=True),
            person("an estimated 1,000 people", 1000, "migrants crossing from Macedonia to Serbia",
                   approx=True),
        ],
    },
    {
        "id": "qt23-06",
        "source": "voa:idt.edu.vn",
        "url": "https://idt.edu.vn/phat-am-chuan-cung-voa-anh-ngu-dac-biet-california-drought-voa-ag",
        "title": "California Drought (VOA Learning English Agriculture Report)",
        "published": None,
        "truncated": True,
        "note": "A Vietnamese learning site reposting a VOA Learning English Agriculture Report "
                "(the post is dated 21/04/2014; the broadcast date is not given, so published is "
                "null); the English text is VOA's. Removed: the Vietnamese title, post date and "
                "lead-in. Cut by the store inside the paragraph; kept to the last complete "
                "sentence. Decisions: 'the 1930s' is a decade; 'third generation' is an ordinal; "
                "'almost half' is an approximate fraction.",
        "paragraphs": [
            "From VOA Learning English, this is the Agriculture Report.",
            "A period of severe dry weather — called a drought — is damaging crops in the "
            "American state of California. This could cause a rise in food prices for Americans "
            "and people around the world. In the Central Valley of California, farmers are "
            "reducing crop size because they do not have enough water. Last year, California "
            "had the least amount of rain since officials began keeping records. And it may be "
            "just as bad this year. Water is collected and stored in reservoirs for later use. "
            "In California, some reservoirs are empty. The amount of snow in the Sierra "
            "Mountains is 75 percent below normal. This snow melts in the spring and fills "
            "rivers. The water is used for crops. But now farmers are warning of the possibility "
            "of another “Dust Bowl,” like the one of the 1930s. That was when severe droughts "
            "and dust storms covered farmlands and few crops grew. Today California farmers "
            "produce almost half of all fruits and vegetables in the United States. Much of it "
            "comes from the Central Valley. Dan Errotabere is a third generation California "
            "farmer. He grows tomatoes, walnuts and other crops in Fresno County. He says the "
            "federal agency that controls the water released from dams and rivers has stopped "
            "giving him water.",
        ],
        "quantities": [
            pct("75 percent", 75, "shortfall of Sierra snow below normal"),
            q("almost half", 0.5, "fraction", "percent",
              "share of US fruits and vegetables grown in California", approx=True),
        ],
    },
    {
        "id": "qt23-07",
        "source": "voa:newsamricaa.blogspot.com",
        "url": "https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2018-01-31T01%3A14%3A00-08%3A00",
        "title": "Puerto Rico science education after the hurricanes (VOA Learning English)",
        "published": None,
        "truncated": True,
        "note": "A blog that reposts VOA Learning English stories; the stored page begins inside "
                "a story on Puerto Rico (the headline and date are not on the stored excerpt, so "
                "title is written for the set and published is null). The text is VOA's. The "
                "subheading 'A historic chance to improve education' is glued to the next "
                "sentence on the page and is kept verbatim. Cut by the store inside the next "
                "paragraph; kept to the last complete sentence. Decisions: 'two powerful "
                "hurricanes' spans 'two'; 'among the 10 worst performers' is a rank (not "
                "annotated); '8th grade' is an ordinal; 'only' is not a qualifier.",
        "paragraphs": [
            "Many people in Puerto Rico, a United States territory, are still suffering the "
            "effects of two powerful hurricanes that hit the island last year. Hurricane Irma "
            "struck in early September, followed shortly thereafter by Hurricane Maria. The "
            "back-to-back storms left at least 64 people dead and caused widespread destruction. "
            "Officials in Puerto Rico estimate the storms caused up to $95 billion in damage. "
            "Electricity was knocked out across the island. About 45 percent of power customers "
            "remain in the dark. Water and sewer systems were also badly damaged, causing "
            "shortages of drinking water and increasing risks of disease. Even before the latest "
            "hurricanes, Puerto Rico struggled for years with a major recession and financial "
            "problems. Much of the U.S. territory’s infrastructure has long needed repairs. As "
            "efforts to rebuild from the storms continue, some organizations believe the "
            "disaster recovery operation can lead to some positive changes. A historic chance to "
            "improve education One such organization is Ciencia Puerto Rico. The group describes "
            "itself as a “global community of scientists, students, educators and allies.” "
            "Specifically, Ciencia has been working for more than 10 years to expand and improve "
            "science education in Puerto Rico. The group says Puerto Rico’s science education "
            "system was failing long before the hurricanes hit. The territory’s Department of "
            "Education reported that in 2016, only 40 percent of 8th grade public school "
            "students were considered proficient in science. Internationally, Puerto Rico "
            "schoolchildren are among the 10 worst performers on science tests. Ciencia says an "
            "estimated 98 percent of students are not able to use basic scientific knowledge to "
            "process data and handle complex problems. Students have also shown low performance "
            "levels in mathematics.",
        ],
        "quantities": [
            count("two", 2, "hurricanes", "powerful hurricanes that hit Puerto Rico"),
            person("at least 64 people", 64, "people killed by Irma and Maria", approx=True),
            usd("up to $95 billion", 95000000000, "estimated storm damage in Puerto Rico",
                approx=True),
            pct("About 45 percent", 45, "power customers still without electricity", approx=True),
            dur("more than 10 years", 10, "year", "time Ciencia has worked on science education",
                approx=True),
            pct("40 percent", 40, "8th graders proficient in science in 2016"),
            pct("an estimated 98 percent", 98, "students unable to use basic scientific knowledge",
                approx=True),
        ],
    },
    {
        "id": "qt23-08",
        "source": "voa:qa3.lingq.com",
        "url": "https://qa3.lingq.com/en/learn-english-online/courses/38321/scientists-say-arctic-ice-continues-to-57620",
        "title": "VOA Special English, Scientists Say Arctic Ice Continues to Shrink",
        "published": None,
        "truncated": True,
        "note": "A language-learning site's copy of a VOA Special English 'Science in the News' "
                "program (about 2009; no date on the page); the text is VOA's. Removed: the "
                "site's cookie notice, 'image' and the headline (title). Cut by the store inside "
                "a sentence on Walter Meier; kept to the last complete sentence. Decisions: "
                "years spelled out ('nineteen seventy-nine', 'two thousand', 'the nineteen "
                "nineties') are not quantities; 'three years ago' is an anchor; the text says "
                "'seven hundred thirty kilometers' and 'five hundred ninety thousand kilometers' "
                "for changes of an area: annotated as written (kilometer); 'one or two years "
                "old' is an age range (year, other); 'forty to sixty percent' is one range; "
                "'two government agencies' spans 'two'.",
        "paragraphs": [
            "VOICE ONE: This is SCIENCE IN THE NEWS in VOA Special English. I'm Doug Johnson. "
            "VOICE TWO: And I'm Faith Lapidus. This week, we will tell about ice loss in the "
            "Arctic Sea.",
            "(MUSIC) VOICE ONE: American scientists say ice covering the Arctic Sea continued to "
            "shrink last winter. The scientists say they recently found that older, thicker sea "
            "ice was increasingly replaced with new ice. The new ice is thinner and melts faster "
            "than the older ice.",
            "The scientists work for the American space agency and the National Snow and Ice "
            "Data Center in Boulder, Colorado. The two government agencies have been studying "
            "Arctic Sea ice from space since nineteen seventy-nine. One of the scientists says "
            "the past six years have shown the lowest Arctic sea ice cover ever measured.",
            "VOICE TWO: The study found an average ice cover of about fifteen million square "
            "kilometers in March. That is seven hundred thirty kilometers above the record low "
            "set three years ago. But it represents a loss of about five hundred ninety thousand "
            "kilometers from the yearly average between nineteen seventy-nine and two thousand.",
            "Scientists say ninety percent of all Arctic sea ice is only one or two years old. "
            "This is up from forty to sixty percent in the nineteen nineties. The newer ice, "
            "experts say, is less resistant to melting during the summer months.",
            "VOICE ONE: The amount of ice cover and its thickness are two measures of the health "
            "of the Arctic Sea. Arctic sea ice is important because it throws sunlight back into "
            "space, keeping the sea cold. The ice also cools the air. But when the ice melts, "
            "the sun warms ocean waters.",
            "Walter Meier is a scientist with the National Snow and Ice Data Center. He says a "
            "warmer Arctic and thinner sea ice changes the balance between the normally cold "
            "Arctic and warmer areas.",
        ],
        "quantities": [
            count("two", 2, "government agencies", "agencies studying Arctic sea ice"),
            dur("six years", 6, "year", "period with the lowest Arctic sea ice cover"),
            q("about fifteen million square kilometers", 15000000, "square_kilometer", "area",
              "average Arctic ice cover in March", approx=True),
            q("seven hundred thirty kilometers", 730, "kilometer", "length",
              "amount above the record low (as stated)"),
            q("about five hundred ninety thousand kilometers", 590000, "kilometer", "length",
              "loss from the 1979-2000 yearly average (as stated)", approx=True),
            pct("ninety percent", 90, "share of Arctic sea ice one or two years old"),
            other("one or two years", 1, "year", "age of most Arctic sea ice", high=2),
            pct("forty to sixty percent", 40, "share of young ice in the 1990s", high=60),
            count("two measures", 2, "measures", "measures of the health of the Arctic Sea"),
        ],
    },
    {
        "id": "qt23-09",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/115349.html",
        "title": "Super Typhoon Mangkhut to Hit Philippines, Southeast Asia",
        "published": None,
        "truncated": False,
        "note": MIRROR + FOOTNOTES + "VOA Learning English, September 2018 (the mirror's date "
                "line 2019-01-03 is its own, so published is null). Removed: the mirror's "
                "Chinese headline, date/author line, the English headline (title) and the "
                "dictionary example sentences after the story. Decisions: 'category 5' is a "
                "category (not a quantity); '15th' is an ordinal; 'up to 250 kilometers per "
                "hour' is one approximate speed.",
        "paragraphs": [
            "As the United States prepares for Hurricane Florence, an even bigger ocean storm, "
            "Super Typhoon Mangkhut, is set to hit Southeast Asia.",
            "The storm also threatens the Philippines and Hong Kong.",
            "The super typhoon, known as Ompong in the Philippines, has winds of up to 250 "
            "kilometers per hour. That is considered a category 5 hurricane in North America, "
            "the most severe level.",
            "More than 4 million Filipinos live in areas the storm could affect. Emergency "
            "officials say nearly 48,000 houses in high-risk areas are made of light materials "
            "and could be damaged by the powerful winds.",
            "Experts say Super Typhoon Mangkhut could cause landslides and flooding across the "
            "northern Philippine island of Luzon.",
            "The super typhoon is expected to reach the Philippines Saturday at the start of the "
            "harvest season in Luzon. The island is a major agricultural producer and farmers "
            "are trying to save what they can of their crops.",
            "Mangkhut already has hit the U.S.-island territory of Guam.",
            "The Pacific Daily News reported the storm flooded streets, brought down trees and "
            "cut electrical service. About 80 percent of the island was without power but "
            "service restarted by Thursday morning.",
            "Mangkhut is the 15th storm to hit the Philippines and the most powerful to hit Asia "
            "this year. Last week, Typhoon Jebi struck Japan killing more than 10 people.",
            "I’m Jonathan Evans.",
        ],
        "quantities": [
            rate("up to 250 kilometers per hour", 250, "kilometer/hour",
                 "Super Typhoon Mangkhut's winds", approx=True),
            person("More than 4 million Filipinos", 4000000,
                   "Filipinos living where the storm could hit", approx=True),
            count("nearly 48,000 houses", 48000, "houses",
                  "houses of light materials in high-risk areas", approx=True),
            pct("About 80 percent", 80, "share of Guam without power", approx=True),
            person("more than 10 people", 10, "people killed by Typhoon Jebi in Japan",
                   approx=True),
        ],
    },
    {
        "id": "qt23-10",
        "source": "voa:yingyuke.net",
        "url": "https://yingyuke.net/a/114720.html",
        "title": "Irma Weakens After Hard Hits on Caribbean, Florida",
        "published": None,
        "truncated": True,
        "note": MIRROR + "VOA Learning English, September 2017 (the mirror's date line "
                "2019-01-03 is its own, so published is null). The mirror interleaves a Chinese "
                "translation after each English paragraph; the Chinese paragraphs, the mirror's "
                "date/author line and the headline (title) were removed. Cut by the store inside "
                "the Chinese translation of the last paragraph kept. Decisions: 'Category 5' is "
                "a category; 'the two largest cities' is a rank-like selection (not annotated); "
                "'near 300 kilometers per hour' is approximate.",
        "paragraphs": [
            "Hurricane Irma has weakened to a tropical storm after causing widespread damage on "
            "Caribbean islands and the U.S. state of Florida.",
            "Irma’s winds eased to about 100 kilometers per hour Monday as the storm continued "
            "to move on a northwest path, away from Florida. The ocean storm had been the "
            "strongest kind of hurricane – a Category 5 – as it moved through the Caribbean area "
            "last week. The storm’s wind speeds were measured near 300 kilometers per hour at "
            "one time.",
            "Weather officials warn that Irma is expected to keep producing high winds and heavy "
            "rain, although it has weakened.",
            "Officials in Florida were getting their first look at storm damage in some areas "
            "Monday. Irma first hit the islands called the Florida Keys early Sunday, when the "
            "storm was at its greatest strength.",
            "Later Sunday, the storm struck Tampa and St. Petersburg, the two largest cities "
            "around Tampa Bay on Florida’s western coast. A storm surge near those cities caused "
            "high ocean waves to flood streets and homes.",
        ],
        "quantities": [
            rate("about 100 kilometers per hour", 100, "kilometer/hour",
                 "Irma's winds after weakening", approx=True),
            rate("near 300 kilometers per hour", 300, "kilometer/hour",
                 "Irma's peak wind speeds", approx=True),
        ],
    },
    {
        "id": "qt23-11",
        "source": "voa:newsamricaa.blogspot.com",
        "url": "https://newsamricaa.blogspot.com/search?max-results=11&reverse-paginate=true&updated-max=2017-08-21T15%3A21%3A00-07%3A00",
        "title": "US, South Korea Seem to Scale Back War Games",
        "published": "2017-08-21",
        "truncated": True,
        "note": "A blog that reposts VOA Learning English stories; the text is VOA's. Removed: "
                "the blog's date line (moved to published) and the headline (title). Cut by the "
                "store inside the sentence on Defense Secretary Mattis; kept to the last complete "
                "sentence. Decisions: 'About 17,500 American troops' and '25,000 American troops' "
                "span the number only ('American' stands between); '50,000 South Koreans' keeps "
                "the noun; 'in 2016' is a year.",
        "paragraphs": [
            "The United States and South Korea have begun 10 days of joint military exercises "
            "on Monday. But the exercises will have fewer troops, vehicles and other equipment "
            "than last year. Military leaders say these exercises, also known as war games, are "
            "needed to maintain operational readiness. But there are concerns that a show of "
            "force could again increase tensions in the region. The yearly US-South Korea war "
            "games are large military planning and coordination exercises. They are designed to "
            "respond to computer-simulated North Korean attacks. About 17,500 American troops "
            "will participate in this year’s exercises, along with 50,000 South Koreans. That is "
            "down from 25,000 American troops in 2016. Military leaders say these annual war "
            "games are needed to train new soldiers in the region. Grant Newsham is with the "
            "Japan Forum for Strategic Studies in Tokyo. He said, “What we are talking about "
            "here is warfare. It’s not practicing for a parade, so you have to constantly be "
            "updated.” North Korean officials have long objected to the U.S.-South Korea joint "
            "military exercises. They have called the exercises “rehearsals for invasion.” Last "
            "year’s war games included planning military strikes to kill the leadership in "
            "Pyongyang. Recently, the U.S. and North Korea have exchanged strong language over "
            "possible North Korean missile tests. But North Korean leader Kim Jong Un reduced "
            "tensions by suspending plans to fire missiles toward the U.S. territory of Guam. "
            "The move came after U.S. President Donald Trump warned that the U.S. military was "
            "“locked and loaded” and would respond to any attack with “fire and fury.” Some "
            "political experts suggest the United States seems to have responded to North "
            "Korea’s restraint by reducing the size of this year’s exercises.",
        ],
        "quantities": [
            dur("10 days", 10, "day", "length of the joint military exercises"),
            person("About 17,500", 17500, "American troops in this year's exercises", approx=True),
            person("50,000 South Koreans", 50000, "South Korean participants in the exercises"),
            person("25,000", 25000, "American troops in the 2016 exercises"),
        ],
    },
    # ------------------------------------------------------------------ US government texts
    {
        "id": "qt23-12",
        "source": "usgov:www.usaid.gov",
        "url": "https://www.usaid.gov/food-assistance/faq",
        "title": "Food Assistance: Frequently Asked Questions (USAID)",
        "published": None,
        "truncated": True,
        "note": "USAID page. Removed: the headings 'Did you know?', 'What is Impact of USAID Food "
                "Assistance?' and 'Frequently Asked Questions:', and the list bullets (one "
                "bullet per line). Cut by the store inside the answer; kept to the last complete "
                "sentence. Decisions: 'One in four', 'One in six' are fractions; 'Over 60+ "
                "years' is one approximate duration; 'children under age 2' spans the age "
                "threshold '2' (year, other); 'five warehouse sites' spans 'five'; 'since 1954' "
                "and 'fiscal year 2018' are years.",
        "paragraphs": [
            "Approximately 821 million people suffer from chronic hunger.",
            "Hunger kills more people every year than malaria, tuberculosis and AIDS combined.",
            "One in four children in the developing world are stunted.",
            "One in six children in the developing world are underweight.",
            "More than four billion people have benefited from USAID’s food assistance programs "
            "and activities since 1954.",
            "Over 60+ years, USAID’s food assistance programs and activities have operated in "
            "more than 150 countries.",
            "Through USAID's Office of Food for Peace, USAID is the largest provider of food "
            "assistance in the world using both food grown in the U.S. and cash for more "
            "flexible programming abroad.",
            "In fiscal year 2018, USAID provided over $3.7 billion in emergency and development "
            "food assistance to the poorest corners of the world. Contributions included nearly "
            "2.5 million metric tons of U.S. in-kind food and local and regionally procured "
            "commodities, as well as cash transfers and food vouchers.",
            "USAID's development food assistance activities focus predominantly on women and "
            "children, to ensure adequate nourishment of children under age 2.",
            "USAID has five warehouse sites around the world where prepositioned food is ready "
            "to be moved at a moment's notice to respond to emergency needs.",
            "USAID partners with the UN World Food Program (WFP) and UN Children's Fund (UNICEF) "
            "and private voluntary organizations to implement emergency response and development "
            "programs.",
            "Q: What is the difference between food aid and food assistance?",
            "A: Food aid refers to in-kind food commodities that are shipped from the United "
            "States to places in most need. Food assistance is a broader term that refers to "
            "both in-kind food commodities (i.e. food aid) as well as market-based activities "
            "that ultimately combat hunger and malnutrition.",
        ],
        "quantities": [
            person("Approximately 821 million people", 821000000,
                   "people suffering from chronic hunger", approx=True),
            q("One in four", 0.25, "fraction", "percent",
              "children in the developing world who are stunted"),
            q("One in six", 1 / 6, "fraction", "percent",
              "children in the developing world who are underweight"),
            person("More than four billion people", 4000000000,
                   "people who benefited from USAID food assistance", approx=True),
            dur("Over 60+ years", 60, "year", "period of USAID food assistance programs",
                approx=True),
            count("more than 150 countries", 150, "countries",
                  "countries where the programs operated", approx=True),
            usd("over $3.7 billion", 3700000000, "USAID food assistance in fiscal year 2018",
                approx=True),
            q("nearly 2.5 million metric tons", 2500000, "metric_ton", "mass",
              "food contributed in fiscal year 2018", approx=True),
            other("2", 2, "year", "age limit of children targeted for nourishment",
                  after="children under age "),
            count("five", 5, "warehouse sites", "USAID prepositioning warehouse sites"),
        ],
    },
    {
        "id": "qt23-13",
        "source": "usgov:weather.gov",
        "url": "https://weather.gov/tbw/hotdss",
        "title": "Hot Weather Decision Support (NWS Tampa Bay)",
        "published": None,
        "truncated": True,
        "note": "NOAA National Weather Service, Tampa Bay office. Removed: the national hazard "
                "banner at the top (a rotating headline on severe storms in the Plains, with its "
                "'Level 2 of 4' risk levels and 'Read More >'), the page title (title), the "
                "image-selector instructions and labels ('Time', 'Region', 'Forecast', "
                "'Temperature and Heat Index Graphic') and the heading 'Heat Related "
                "Warning/Watch/Advisory Criteria'. Cut by the store inside the Heat Advisory "
                "criterion. Decisions: '4:15 AM/4:15 PM' are clock times; 'at least twice per "
                "day' is one approximate rate (count/day); '113° Fahrenheit or higher' spans the "
                "lower bound with 'or higher' (approximate); 'within 12 hours' is not a "
                "qualifier of approximation, 'up to 24 hours' is.",
        "paragraphs": [
            "The images below are the official NWS maximum temperatures, maximum heat index "
            "forecasts, and HeatRisk for the next 7 days. This data is determined by NWS "
            "forecasters to be the most likely outcome based on evaluation of data from computer "
            "models, satellite, radar, and other observations.",
            "These graphics are updated at least twice per day, around 4:15 AM/4:15 PM.",
            "The NWS Hazard Simplification (Haz Simp) project has led to changes to our hot "
            "weather related product suite beginning this season. These changes are designed to "
            "simplify the communication of information, improve understanding, and enhance the "
            "utility of forecasts and warnings. Detailed information about these changes can be "
            "found in the Service Change Notice and the Haz Simp Hot One-Pager.",
            "Hot Weather related Warning, Watch, and Advisory statements will be issued by the "
            "National Weather Service in Tampa Bay when the following criteria is forecast:",
            "Extreme Heat Warning - issued within 12 hours, or up to 24 hours out if confidence "
            "is high, when Heat Index values are expected to reach 113° Fahrenheit or higher.",
            "Extreme Heat Watch - issued during the first 48 hours when Heat Index values could "
            "reach 113° Fahrenheit or higher.",
        ],
        "quantities": [
            dur("7 days", 7, "day", "forecast period of the heat graphics"),
            rate("at least twice per day", 2, "count/day", "updates of the graphics",
                 approx=True),
            dur("12 hours", 12, "hour", "lead time of an Extreme Heat Warning"),
            dur("up to 24 hours", 24, "hour", "extended lead time of an Extreme Heat Warning",
                approx=True),
            other("113° Fahrenheit or higher", 113, "fahrenheit",
                  "heat index criterion of an Extreme Heat Warning", approx=True),
            dur("48 hours", 48, "hour", "window of an Extreme Heat Watch"),
            other("113° Fahrenheit or higher", 113, "fahrenheit",
                  "heat index criterion of an Extreme Heat Watch", approx=True),
        ],
    },
    {
        "id": "qt23-14",
        "source": "usgov:usinfo.org",
        "url": "https://usinfo.org/usia/usinfo.state.gov/topical/pol/terror/01121815.htm",
        "title": "Major U.S. Grain Shipment Headed to Afghanistan",
        "published": "2001-12-17",
        "truncated": True,
        "note": "State Department (usinfo.state.gov, Office of International Information "
                "Programs) article quoting a USAID press release, on a mirror of the State "
                "Department site. Removed: the date line (published) and the headline and "
                "subheadline glued before the first sentence ('Major U.S. Grain Shipment Headed "
                "to Afghanistan115,000 tons of wheat is largest shipment in memory'). The "
                "release header run into the text ('U.S. AGency For International Development "
                "(USAID)Press Release Washington, DC 20523 December 17, 2001 U.S. Government "
                "Sends 115,000 Tons ...') is verbatim. Cut by the store inside a quotation; kept "
                "to the last complete sentence. Decisions: 'DC 20523' is a postal code; 'Sept. "
                "11' is a date; 'over 7 million hungry Afghans' spans 'over 7 million'; 'for a "
                "month' and 'month-long' are durations; '10,000 mile' is a compound length; "
                "'one in Oregon and one in Washington' are enumerating determiners (not "
                "annotated); plain 'Tons' is metric_ton.",
        "paragraphs": [
            "The U.S. Agency for International Development (USAID) is dispatching two ships from "
            "West coast ports of the United States to Afghanistan carrying a combined total of "
            "115,000 metric tons of bulk, soft white wheat, according to a December 17 USAID "
            "press release. \"This is the largest combined shipment of food aid from the U.S. to "
            "the Afghan people in recent memory,\" said Bear McConnell, director of USAID's "
            "Central Asia Task Force. \"These shipments of food aid will help feed over 7 million "
            "hungry Afghans for a month, and will save the lives of many people who are "
            "dangerously malnourished.\" The cost of the wheat and its transport amounts to "
            "almost $23 million. The United States has provided more than $370 million in aid "
            "to Afghanistan since last year. Following is the text of the USAID press release: "
            "U.S. AGency For International Development (USAID)Press Release Washington, DC 20523 "
            "December 17, 2001 U.S. Government Sends 115,000 Tons Of Wheat To Afghan People "
            "Largest Combined US Food Shipment Since Sept. 11 Portland, Oregon and Kalama, "
            "Washington -- Two ships, carrying a combined total of 115,000 metric tons of U.S. "
            "wheat to Central Asia, are being loaded at separate ports on the Colombia River, "
            "one in Oregon and one in Washington. The loading of the ships is scheduled to be "
            "completed in the next few days and the ships are expected to depart for the 10,000 "
            "mile, month-long journey to Central Asia before Christmas. Bear McConnell, Director "
            "for the U.S. Agency for International Development's (USAID) Central Asia Task "
            "Force, was in Portland and Kalama today reviewing the operation. The tanker docked "
            "in Kalama, Washington, the M/V Sag River, is slated to carry 60,000 metric tons of "
            "bulk, soft white wheat. On the other side of the river, in Portland, Oregon, a ship "
            "called the Monte Pelmo will carry 55,000 metric tons of bulk, soft white wheat.",
        ],
        "quantities": [
            count("two ships", 2, "ships", "ships dispatched to carry wheat to Afghanistan"),
            q("115,000 metric tons", 115000, "metric_ton", "mass", "wheat shipped to Afghanistan"),
            person("over 7 million", 7000000, "hungry Afghans the shipments will feed",
                   approx=True),
            dur("a month", 1, "month", "period the shipments will feed Afghans"),
            usd("almost $23 million", 23000000, "cost of the wheat and its transport",
                approx=True),
            usd("more than $370 million", 370000000, "US aid to Afghanistan since last year",
                approx=True),
            q("115,000 Tons", 115000, "metric_ton", "mass", "wheat in the release headline"),
            count("Two ships", 2, "ships", "ships being loaded on the Columbia River"),
            q("115,000 metric tons", 115000, "metric_ton", "mass",
              "wheat carried by the two ships"),
            q("10,000 mile", 10000, "mile", "length", "journey to Central Asia"),
            dur("month-long", 1, "month", "duration of the journey"),
            q("60,000 metric tons", 60000, "metric_ton", "mass", "wheat carried by the Sag River"),
            q("55,000 metric tons", 55000, "metric_ton", "mass", "wheat carried by the Monte Pelmo"),
        ],
    },
    {
        "id": "qt23-15",
        "source": "usgov:www.eia.gov",
        "url": "http://www.eia.gov/renewable/wind/wind.html",
        "title": "Wind generation (EIA renewable energy data, 2008-2009)",
        "published": "2011-01-01",
        "truncated": True,
        "note": "DOE, Energy Information Administration. Removed: the data lines 'Data For: "
                "2008-2009 / Release Date: January 2011 / Next Release Date: TBD' (published is "
                "the first day of the release month), the headings 'Wind generation' and 'Wind "
                "power basics' and the link 'more wind basics'. Cut by the store after the "
                "second section; kept to the last complete paragraph. Verbatim errors kept: "
                "'60.7 percent in 2008' (twice 2008), 'in 20109', 'small faction'. Decisions: "
                "'Table ES.1', 'Section 9006', 'Title IX', footnote markers '[1]' '[2]' and years "
                "are not quantities; '7 more States' spans '7'.",
        "paragraphs": [
            "Wind power has been the fastest-growing source of new electric power generation for "
            "several years. In 2010, generation from wind power increased 28.1 percent over "
            "2009, bringing the share of total generation to 2.3 percent. This followed "
            "year-over-year generation gains of 33.4 percent in 2008, 60.7 percent in 2008, 29.6 "
            "percent in 2007, and 49.3 percent in 2006 (See the \"Electric Power Annual\" Table "
            "ES.1). Wind capacity in 20109 totaled 39,135 megawatts (MW), as compared to 24,651 "
            "MW in 2008.",
            "In 2010, wind generators were eligible for Federal production and investment tax "
            "credits or a cash grant in lieu of those tax credits.[1] Since passage of the 2005 "
            "Energy Policy Act (EPACT2005), interest-free financing via Clean Renewable Energy "
            "Bonds (CREBs) has been available to government entities investing in wind. Section "
            "9006, under Title IX of the 2002 and 2008 Farm Bills, also contains grant and loan "
            "guarantee provisions for wind projects for farmers, ranchers, and other rural "
            "businesses.",
            "Renewable generation is fostered by both Federal incentives and State renewable "
            "portfolio standards. As of October 2010, 29 States, the District of Columbia, and "
            "Puerto Rico have legislated renewable energy portfolio standards, and 7 more States "
            "have adopted renewable portfolio goals.[2]",
            "Winds are created by uneven heating of the atmosphere by the sun, irregularities of "
            "the Earth's surface, and the rotation of the Earth. As a result, winds are strongly "
            "influenced and modified by local terrain, bodies of water, weather patterns, "
            "vegetative cover, and other factors. The wind flow, or motion of energy when "
            "harvested by wind turbines, can be used to generate electricity. Wind-based "
            "electricity generating capacity has increased markedly in the United States since "
            "1970, although it remains a small faction of total electric capacity.",
        ],
        "quantities": [
            pct("28.1 percent", 28.1, "increase in wind generation in 2010"),
            pct("2.3 percent", 2.3, "wind share of total generation"),
            pct("33.4 percent", 33.4, "wind generation gain in 2008"),
            pct("60.7 percent", 60.7, "wind generation gain (second 2008 figure)"),
            pct("29.6 percent", 29.6, "wind generation gain in 2007"),
            pct("49.3 percent", 49.3, "wind generation gain in 2006"),
            other("39,135 megawatts", 39135, "megawatt", "US wind capacity"),
            other("24,651 MW", 24651, "megawatt", "US wind capacity in 2008"),
            count("29 States", 29, "States", "states with renewable portfolio standards"),
            count("7", 7, "States", "further states with renewable portfolio goals",
                  after="portfolio standards, and "),
        ],
    },
    {
        "id": "qt23-16",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/pressroom/releases/press530.php",
        "title": "EIA releases consumption and expenditures data from the Residential Energy Consumption Survey",
        "published": "2023-03-29",
        "truncated": True,
        "note": "DOE, Energy Information Administration press release. Removed: the EIA logo "
                "line, 'Skip to sub-navigation', 'Press Room', the date line (published) and "
                "the headline (title); list bullets. Cut by the store inside the Hawaii bullet "
                "(mid-sentence), which was dropped. Decisions: 'an average of' is not a "
                "qualifier; 'million British thermal units' and 'MMBtu' are british_thermal_unit "
                "with the million applied; 'all 50 states' spans '50 states'; 'the estimated "
                "123.5 million homes' spans 'estimated 123.5 million homes' (approximate); "
                "'just' is not a qualifier.",
        "paragraphs": [
            "U.S. households on average consumed less energy in 2020 than in 2009, according to "
            "newly released data from the U.S. Energy Information Administration’s Residential "
            "Energy Consumption Survey (RECS). RECS data show that households used an average of "
            "76.8 million British thermal units (MMBtu) of energy, including electricity, natural "
            "gas, propane, and fuel oil. That consumption is relatively consistent with the 2015 "
            "RECS estimate but is a significant decrease from the 89.6 MMBtu used by households "
            "in 2009.",
            "For the first time, EIA has gathered energy use data for households in all 50 "
            "states and the District of Columbia. This new data series from the 2020 RECS "
            "includes consumption and expenditures for electricity, natural gas, and petroleum "
            "fuels used in homes. The uses of each fuel vary considerably across states. In "
            "Florida, for example, electricity accounts for 94% of household energy use. In "
            "Illinois, where natural gas is widely used, electricity accounts for just 29%.",
            "“Our new, more geographically detailed state-level data highlights how household "
            "energy use varies across the country,” said EIA Administrator Joe DeCarolis. “The "
            "ability to quantify and categorize differences among states adds an amazing new "
            "level of depth in our RECS data.”",
            "Notable takeaways from the 2020 RECS results for the estimated 123.5 million homes "
            "in the United States include:",
            "U.S. households spent an average of $1,884 on energy in 2020.",
            "In 2020, households in places where the climate required more heating consumed "
            "more energy on average. For example, households in Alaska used an average of 125.1 "
            "MMBtu of energy.",
        ],
        "quantities": [
            other("76.8 million British thermal units", 76800000, "british_thermal_unit",
                  "average household energy use in 2020"),
            other("89.6 MMBtu", 89600000, "british_thermal_unit",
                  "average household energy use in 2009"),
            count("50 states", 50, "states", "states covered by the new RECS data"),
            pct("94%", 94, "electricity share of household energy use in Florida"),
            pct("29%", 29, "electricity share of household energy use in Illinois"),
            count("estimated 123.5 million homes", 123500000, "homes", "US homes in the 2020 RECS",
                  approx=True),
            usd("$1,884", 1884, "average household energy spending in 2020"),
            other("125.1 MMBtu", 125100000, "british_thermal_unit",
                  "average household energy use in Alaska"),
        ],
    },
    {
        "id": "qt23-17",
        "source": "usgov:dropyourenergybill.com",
        "url": "http://dropyourenergybill.com/index.php/2010/11/10/u-s-household-electricity-report/",
        "title": "U.S. Household Electricity Report",
        "published": None,
        "truncated": True,
        "note": "DOE, Energy Information Administration report summary (the EIA's 'U.S. Household "
                "Electricity Report', RECS 2001), reposted on a blog; the text is EIA's. Removed: "
                "the headline (title) and the subheading 'HVAC and Water Heating'. The blog's "
                "post date is not EIA's date, so published is null. Cut by the store inside the "
                "space-heating sentence, which was dropped. Decisions: 'three sources of energy' "
                "spans 'three'; 'over two dozen individual appliances' spans 'over two dozen' "
                "(24, approximate); '107 million U.S. households' spans '107 million'; 'the two "
                "decades' is a duration of 20 years; 'almost half' an approximate fraction.",
        "paragraphs": [
            "U.S. households rely primarily on three sources of energy: natural gas, "
            "electricity, and fuel oil. In the past several decades, electricity’s share of "
            "household consumption has grown dramatically, and the shares of natural gas and "
            "fuel oil have declined. Retail sales of electricity to U.S. households exceed sales "
            "of electricity to the commercial and industrial sectors.",
            "This report is based on data from EIA’s Residential Energy Consumption Survey. The "
            "report presents a snapshot of national household electricity consumption in 2001. "
            "It is the first in a series of reports analyzing data on electricity end uses, "
            "including air-conditioning, space heating, water heating, lighting, and appliance "
            "operation. Statistics on annual energy consumption by over two dozen individual "
            "appliances are included.",
            "Electricity consumption by 107 million U.S. households in 2001 totaled 1,140 "
            "billion kWh. The most significant end uses were central air-conditioning and "
            "refrigerators, each of which accounted for about 14 percent of the U.S. total.",
            "Heating, ventilation, and cooling (HVAC) accounted for 356 billion kWh, 31 percent "
            "of the electricity consumed by U.S. households in 2001. Central air-conditioning "
            "alone accounted for almost half of the HVAC total. Although there were improvements "
            "in the efficiency of the U.S. stock of air-conditioners over time, central "
            "air-conditioning continued to be responsible for the greatest share of household "
            "electricity use. The predominance of air-conditioning was due to a significant "
            "increase in the number of households with central air-conditioning in the two "
            "decades preceding 2001. The share of households with central air-conditioning rose "
            "from 27 percent of households in 1980 to 55 percent in 2001.",
        ],
        "quantities": [
            count("three", 3, "sources of energy", "main household energy sources"),
            count("over two dozen", 24, "appliances", "appliances with consumption statistics",
                  approx=True),
            count("107 million", 107000000, "households", "US households in 2001"),
            other("1,140 billion kWh", 1140000000000, "kilowatt_hour",
                  "household electricity consumption in 2001"),
            pct("about 14 percent", 14, "share of air-conditioning and of refrigerators each",
                approx=True),
            other("356 billion kWh", 356000000000, "kilowatt_hour", "HVAC electricity use"),
            pct("31 percent", 31, "HVAC share of household electricity"),
            q("almost half", 0.5, "fraction", "percent", "central air-conditioning share of HVAC",
              approx=True),
            dur("two decades", 20, "year", "period of growth in central air-conditioning"),
            pct("27 percent", 27, "households with central air-conditioning in 1980"),
            pct("55 percent", 55, "households with central air-conditioning in 2001"),
        ],
    },
    {
        "id": "qt23-18",
        "source": "usgov:kugrnews.blogspot.com",
        "url": "http://kugrnews.blogspot.com/2012/07/bear-mountain-complex-fire-update.html",
        "title": "Bear Mountain Complex fire update (BLM High Desert District)",
        "published": None,
        "truncated": False,
        "note": "Department of the Interior, Bureau of Land Management fire update, reposted "
                "verbatim by a local radio station's blog; the text is BLM's. The blog prints "
                "the second and third paragraphs twice; the repeated copy and the blog's 'No "
                "comments: Post a Comment' were removed. No date on the stored page (July 2012 "
                "from the address), so published is null; title written for the set. "
                "Decisions: '6,671 acre' is a compound area; 'since July 27', 'July 21' are "
                "dates; 'Carbon County Road 351' is a name.",
        "paragraphs": [
            "The Bureau of Land Management (BLM) High Desert District is making significant "
            "progress on the 6,671 acre Bear Mountain Complex, comprised of the Ferris and "
            "Seminoe wildfires, 30 miles northeast of Rawlins, Wyo.",
            "The Ferris fire has burned an estimated 2,842 acres of grass, sagebrush, and mixed "
            "conifer trees with heavy pine beetle kill since July 27. The fire is located in "
            "very steep, rugged terrain on BLM, state and private lands on Ferris Mountain, "
            "including the Ferris Wilderness Study Area, and continues to creep and smolder with "
            "interior single and group tree torching. Effective burnout operations on the east "
            "and northeast perimeters increased the fire’s containment to 47 percent. The cause "
            "of the fire remains under investigation.",
            "The lightning-caused Seminoe fire has burned approximately 3,829 acres of grass, "
            "sagebrush, juniper, and ponderosa pine on BLM, Bureau of Reclamation, state and "
            "private lands since July 21. It is 100 percent contained and the road closure on "
            "Carbon County Road 351 has been lifted.",
        ],
        "quantities": [
            q("6,671 acre", 6671, "acre", "area", "size of the Bear Mountain Complex"),
            q("30 miles", 30, "mile", "length", "distance of the complex from Rawlins"),
            q("an estimated 2,842 acres", 2842, "acre", "area", "area burned by the Ferris fire",
              approx=True),
            pct("47 percent", 47, "containment of the Ferris fire"),
            q("approximately 3,829 acres", 3829, "acre", "area", "area burned by the Seminoe fire",
              approx=True),
            pct("100 percent", 100, "containment of the Seminoe fire"),
        ],
    },
    {
        "id": "qt23-19",
        "source": "usgov:vdocuments.us",
        "url": "https://vdocuments.us/crop-production-usda.html",
        "title": "Crop Production, September 2017 (USDA NASS)",
        "published": "2017-09-12",
        "truncated": True,
        "note": "USDA National Agricultural Statistics Service report, stored as a text "
                "transcription of the PDF on a document-sharing host (the text is USDA's). "
                "Removed: the host's title line 'crop production - usda' and page count '45'. "
                "The report's run-in headlines ('Corn Production Up Less Than 1 Percent from "
                "August Forecast Soybean Production Up 1 Percent ...') are kept verbatim. Cut by "
                "the store inside the soybean paragraph; kept to the last complete sentence. "
                "Decisions: 'ISSN: 1936-3737' is an identifier; 'August 25', 'September 10', "
                "'September 1' are dates; 'third highest' is a rank; 'up 0.4 bushel', 'down 4.7 "
                "bushels' are changes of a per-acre yield but are annotated as stated (bushel, "
                "volume); 'bushels per acre' is the rate bushel/acre.",
        "paragraphs": [
            "Crop Production ISSN: 1936-3737 Released September 12, 2017, by the National "
            "Agricultural Statistics Service (NASS), Agricultural Statistics Board, United "
            "States Department of Agriculture (USDA). Special Note Hurricane Harvey made landfall "
            "on Friday, August 25 near Rockport, Texas. The resulting rainfall caused flooding in "
            "parts of southeastern Texas and southwestern Louisiana. As a result, data collection "
            "activities for the September Crop Production report were impacted in these areas "
            "and the full impact of this weather event may not be fully reflected in this "
            "report. Therefore, NASS will collect harvested acreage information in both Texas "
            "and Louisiana for a number of crops in preparation for the October Crop Production "
            "report. Harvested acreage information will be collected from all producers surveyed "
            "in Louisiana for corn, Upland cotton, rice, sorghum, soybeans, and sugarcane; and in "
            "Texas for corn, Upland cotton, alfalfa hay, other hay, rice, sorghum, and soybeans. "
            "Hurricane Irma made landfall on Sunday, September 10. NASS will also collect "
            "harvested acreage information in preparation for the October Crop Production report "
            "in Alabama, Florida, Georgia, and South Carolina. Harvested acreage will be "
            "collected in these four States from all producers surveyed for Upland cotton, "
            "peanuts, and soybeans. Corn Production Up Less Than 1 Percent from August Forecast "
            "Soybean Production Up 1 Percent Cotton Production Up 6 Percent Corn production is "
            "forecast at 14.2 billion bushels, down 6 percent from last year but up less than 1 "
            "percent from the August forecast. Based on conditions as of September 1, yields are "
            "expected to average 169.9 bushels per acre, up 0.4 bushel from the August forecast "
            "but down 4.7 bushels from 2016. If realized, this will be the third highest yield "
            "and production on record for the United States. Area harvested for grain is "
            "forecast at 83.5 million acres, unchanged from the August forecast but down 4 "
            "percent from 2016.",
        ],
        "quantities": [
            count("four States", 4, "States", "states where harvested acreage will be collected"),
            pct("Less Than 1 Percent", 1, "rise in corn production from the August forecast",
                approx=True),
            pct("1 Percent", 1, "rise in soybean production"),
            pct("6 Percent", 6, "rise in cotton production"),
            q("14.2 billion bushels", 14200000000, "bushel", "volume", "forecast corn production"),
            pct("6 percent", 6, "fall of corn production from last year"),
            pct("less than 1 percent", 1, "rise of corn production from the August forecast",
                approx=True),
            rate("169.9 bushels per acre", 169.9, "bushel/acre", "expected corn yield"),
            q("0.4 bushel", 0.4, "bushel", "volume", "rise of the corn yield forecast"),
            q("4.7 bushels", 4.7, "bushel", "volume", "fall of the corn yield from 2016"),
            q("83.5 million acres", 83500000, "acre", "area", "corn area harvested for grain"),
            pct("4 percent", 4, "fall of corn harvested area from 2016"),
        ],
    },
    {
        "id": "qt23-20",
        "source": "usgov:pdfslide.net",
        "url": "https://pdfslide.net/documents/crop-production-national-agricultural-statistics-service-2018-07-12-crop-production.html",
        "title": "Crop Production, July 2018 (USDA NASS)",
        "published": "2018-07-12",
        "truncated": True,
        "note": "USDA National Agricultural Statistics Service report, stored as a text "
                "transcription of the PDF on a document-sharing host (the text is USDA's). "
                "Removed: the host's page count '27'. The run-in headlines are kept verbatim. "
                "The stored text continues (other spring wheat); the annotator cut it after the "
                "durum area sentence so that no dimension exceeds 12 quantities on the page "
                "(percent 12, volume 10). Decisions: 'June 1', 'July 1', 'June 29, 2018' are "
                "dates; 'down 0.4 bushel', 'down 2.2 bushels', 'up 15.0 bushels' are yield "
                "changes annotated as stated (bushel, volume); 'bushels per acre' is bushel/acre; "
                "'Less Than 1 Percent' and 'less than 1 percent' are approximate.",
        "paragraphs": [
            "Crop Production ISSN: 1936-3737 Released July 12, 2018, by the National "
            "Agricultural Statistics Service (NASS), Agricultural Statistics Board, United "
            "States Department of Agriculture (USDA). Winter Wheat Production Down Less Than 1 "
            "Percent from June Durum Wheat Production Up 36 Percent from 2017 Other Spring Wheat "
            "Production Up 48 Percent from 2017 Orange Production Down 1 Percent from June "
            "Winter wheat production is forecast at 1.19 billion bushels, down less than 1 "
            "percent from the June 1 forecast and down 6 percent from 2017. As of July 1, the "
            "United States yield is forecast at 48.0 bushels per acre, down 0.4 bushel from last "
            "month and down 2.2 bushels from last year’s average yield of 50.2 bushels per acre. "
            "The area expected to be harvested for grain totals 24.8 million acres, unchanged "
            "from the Acreage report released on June 29, 2018, but down 2 percent from last "
            "year. Hard Red Winter production, at 657 million bushels, is up 1 percent from last "
            "month. Soft Red Winter, at 303 million bushels, is down 4 percent from the June "
            "forecast. White Winter, at 232 million bushels, is up less than 1 percent from last "
            "month. Of the White Winter production, 21.1 million bushels are Hard White and 211 "
            "million bushels are Soft White. Durum wheat production is forecast at 74.9 million "
            "bushels, up 36 percent from 2017. The United States yield is forecast at 40.7 "
            "bushels per acre, up 15.0 bushels from last year. Area expected to be harvested for "
            "grain or seed totals 1.84 million acres, unchanged from the Acreage report released "
            "on June 29, 2018, but 14 percent below 2017.",
        ],
        "quantities": [
            pct("Less Than 1 Percent", 1, "fall in winter wheat production from June",
                approx=True),
            pct("36 Percent", 36, "rise in durum wheat production from 2017"),
            pct("48 Percent", 48, "rise in other spring wheat production from 2017"),
            pct("1 Percent", 1, "fall in orange production from June"),
            q("1.19 billion bushels", 1190000000, "bushel", "volume",
              "forecast winter wheat production"),
            pct("less than 1 percent", 1, "fall of winter wheat production from the June forecast",
                approx=True),
            pct("6 percent", 6, "fall of winter wheat production from 2017"),
            rate("48.0 bushels per acre", 48.0, "bushel/acre", "forecast winter wheat yield"),
            q("0.4 bushel", 0.4, "bushel", "volume", "fall of the winter wheat yield from last month"),
            q("2.2 bushels", 2.2, "bushel", "volume", "fall of the winter wheat yield from last year"),
            rate("50.2 bushels per acre", 50.2, "bushel/acre", "last year's winter wheat yield"),
            q("24.8 million acres", 24800000, "acre", "area", "winter wheat area to be harvested"),
            pct("2 percent", 2, "fall of winter wheat area from last year"),
            q("657 million bushels", 657000000, "bushel", "volume", "Hard Red Winter production"),
            pct("1 percent", 1, "rise of Hard Red Winter production"),
            q("303 million bushels", 303000000, "bushel", "volume", "Soft Red Winter production"),
            pct("4 percent", 4, "fall of Soft Red Winter production"),
            q("232 million bushels", 232000000, "bushel", "volume", "White Winter production"),
            pct("less than 1 percent", 1, "rise of White Winter production", approx=True),
            q("21.1 million bushels", 21100000, "bushel", "volume", "Hard White production"),
            q("211 million bushels", 211000000, "bushel", "volume", "Soft White production"),
            q("74.9 million bushels", 74900000, "bushel", "volume", "forecast durum production"),
            pct("36 percent", 36, "rise of durum production from 2017"),
            rate("40.7 bushels per acre", 40.7, "bushel/acre", "forecast durum yield"),
            q("15.0 bushels", 15.0, "bushel", "volume", "rise of the durum yield from last year"),
            q("1.84 million acres", 1840000, "acre", "area", "durum area to be harvested"),
            pct("14 percent", 14, "fall of durum area below 2017"),
        ],
    },
    {
        "id": "qt23-21",
        "source": "usgov:docslib.org",
        "url": "https://docslib.org/doc/4046039/incident-management-situation-report-thursday-july-17-2003-0530-mdt-national-preparedness-level-3",
        "title": "Incident Management Situation Report, Thursday July 17, 2003 (NIFC)",
        "published": "2003-07-17",
        "truncated": True,
        "note": "National Interagency Fire Center situation report (USDA Forest Service and "
                "Interior agencies), stored as a text transcription on a document host; the text "
                "is federal. Removed: the report header (title, date) and the headings 'CURRENT "
                "SITUATION:' and 'SOUTHWEST AREA LARGE FIRES:'. Transcription gaps kept "
                "verbatim ('Alaska, , California, , Hawaii, , ,'). Cut by the store inside the "
                "next fire entry. Decisions: 'Type 1', 'Type 2' and 'PREPAREDNESS LEVEL 3' are "
                "categories; '225 new fires', 'Six new large fires', 'Five large fires' and "
                "'700 threatened residences' span the number; the elliptical 'three in the Rocky "
                "Mountain Area' is a count of fires; 'one each' lists are enumerations (not "
                "annotated).",
        "paragraphs": [
            "Initial attack activity was moderate in the Northern Rockies, the Northwest, Rocky "
            "Mountain, the Southwest and the Southern Areas, and light elsewhere. Nationally, 225 "
            "new fires were reported. Six new large fires were reported, three in the Rocky "
            "Mountain Area, and one each in the Northern Rockies, the Southwest, and Southern "
            "California Areas. Five large fires were contained, one each in the Western Great "
            "Basin, the Eastern Great Basin, the Southwest, the Southern California and the "
            "Northwest. Very high to extreme fire indices were reported in Alaska, , California, "
            ", Hawaii, , , Nevada, New Mexico, Oklahoma, , Texas, Utah, and Wyoming.",
            "KINISHBA, Fort Apache Agency, Bureau of Indian Affairs. Type 1 Incident Management "
            "Team (Humphrey) is assigned. This fire is in ponderosa pine, woodlands and "
            "chaparral, two miles west of Whiteriver, AZ. Due to high winds active fire behavior "
            "with torching and spotting was observed. Crews are constructing indirect "
            "containment lines and conducting burn out operations. The communities of "
            "Cradlebroad, Over the Rainbow, Jurassic Park and Whiteriver have been evacuated. "
            "Structure protection is in place for 700 threatened residences.",
            "SPRUCE COMPLEX, Gila National Forest. A Type 2 Incident Management Team (Bateman) is "
            "assigned. This complex is composed of the Spruce, Silver, Nabours, and Parallel "
            "fires and is in brush, ponderosa pine and mixed conifer, nine miles east of "
            "Glenwood, NM. All fires remain active within the complex.",
            "MOLINA COMPLEX, Santa Fe National Forest. A Type 2 Incident Management Team "
            "(Philbin) has been ordered. This complex, comprised of the Capulin and Molina fires, "
            "is eight miles east of Cundiyo, NM. The fire is being managed with a confinement "
            "strategy. Crews are holding containment lines north of the Capulin Drainage.",
        ],
        "quantities": [
            count("225", 225, "fires", "new fires reported nationally"),
            count("Six", 6, "fires", "new large fires reported"),
            count("three", 3, "fires", "new large fires in the Rocky Mountain Area"),
            count("Five", 5, "fires", "large fires contained"),
            q("two miles", 2, "mile", "length", "distance of the Kinishba fire from Whiteriver"),
            count("700", 700, "residences", "threatened residences under structure protection"),
            q("nine miles", 9, "mile", "length", "distance of the Spruce Complex from Glenwood"),
            q("eight miles", 8, "mile", "length", "distance of the Molina Complex from Cundiyo"),
        ],
    },
    {
        "id": "qt23-22",
        "source": "usgov:landsat.gsfc.nasa.gov",
        "url": "https://landsat.gsfc.nasa.gov/brazil-reports-lowest-rate-of-amazonian-deforestation-in-two-decades/",
        "title": "Brazil reports lowest rate of Amazonian deforestation in two decades",
        "published": None,
        "truncated": False,
        "note": "NASA Goddard, Landsat Science page. Title written from the address. Removed: "
                "'More information: Project PRODES [external link; in Portuguese]'. Decisions: "
                "'(km²/yr)' names a unit, not a quantity; 'since 1988' is a year; the yearly "
                "'deforestation rate of 7,008 square kilometers' is annotated as the area stated.",
        "paragraphs": [
            "Brazil’s space agency, the National Institute for Space Research (INPE), has "
            "reported the lowest rate (km²/yr) of deforestation in the Brazilian Amazon since "
            "1988 when the agency began its annual space-based assessments. Brazil uses Landsat "
            "data as a key input for their systematic monitoring of Amazonian deforestation, a "
            "project known as PRODES (Estimate of Amazon Gross Deforestation Project). From "
            "August 2008 to August 2009, INPE reported a deforestation rate of 7,008 square "
            "kilometers.",
        ],
        "quantities": [
            q("7,008 square kilometers", 7008, "square_kilometer", "area",
              "Amazon area deforested August 2008 to August 2009"),
        ],
    },
    {
        "id": "qt23-23",
        "source": "usgov:lowereasternshorenews.com",
        "url": "https://lowereasternshorenews.com/2018/09/13/outer-rain-bands-of-florence-are-approaching-the-coast-of-north-carolina/",
        "title": "Outer rain bands of Florence are approaching the coast of North Carolina",
        "published": "2018-09-13",
        "truncated": True,
        "note": "NOAA National Hurricane Center advisory text (Hurricane Florence, 5 a.m. EDT "
                "September 13, 2018) reposted by a local news site, which lightly edited it "
                "('N. Carolina', 'It’s moving', typos 'Rive,r', 'from*'); the wording is NHC's. "
                "Removed: the site's date line (published). A line break inside the sentence "
                "'Interests elsewhere ... should monitor the progress of Florence.' was joined. "
                "Cut by the store inside the wind paragraph; kept to the last complete sentence. "
                "Decisions: the parenthesised metric equivalents are separate quantities and "
                "share the approximation of the figure they convert ('about', 'near'); 'category "
                "2' is a category; '5 a.m.' is a time.",
        "paragraphs": [
            "…OUTER RAIN BANDS OF FLORENCE ARE APPROACHING THE COAST OF NORTH CAROLINA…",
            "…LIFE-THREATENING STORM SURGE AND RAINFALL EXPECTED…",
            "A Storm Surge Warning is in effect from the South Santee Rive,r South Carolina, to "
            "Duck, North Carolina, and for Albemarle and Pamlico Sounds, including the Neuse and "
            "Pamlico Rivers. A Storm Surge Watch is in effect from* Edisto Beach, South Carolina, "
            "to South Santee River, South Carolina, and from north of Duck North Carolina to the "
            "North Carolina/Virginia state line. A Hurricane Warning is in effect from the South "
            "Santee River, South Carolina, to Duck, North Carolina, and for Albemarle and Pamlico "
            "Sounds. A Hurricane Watch is in effect from Edisto Beach, South Carolina, to South "
            "Santee River, South Carolina. A Tropical Storm Warning is in effect from North of "
            "Duck, North Carolina, to Cape Charles Light, Virginia and from Chesapeake Bay south "
            "of New Point Comfort. Interests elsewhere in the southeastern and mid-Atlantic "
            "states should monitor the progress of Florence.",
            "Hurricane Florence is centered at 5 a.m. EDT about 205 miles (325 km) "
            "east-southeast of Wilmington, N. Carolina. It’s moving toward the northwest near 15 "
            "mph (24 km/h), and this general motion, accompanied by a gradual decrease in "
            "forward speed, is expected to continue through today. On the forecast track, the "
            "center of Florence will approach the coasts of North and South Carolina later "
            "today, then move near or over the coast of southern North Carolina and eastern "
            "South Carolina in the hurricane warning area tonight and Friday. A slow motion over "
            "eastern South Carolina is forecast Friday night through Saturday night.",
            "Maximum sustained winds are near 110 mph (175 km/h) with higher gusts – a strong "
            "category 2 hurricane on the Saffir-Simpson Hurricane Wind Scale.",
        ],
        "quantities": [
            q("about 205 miles", 205, "mile", "length", "distance of Florence from Wilmington",
              approx=True),
            q("325 km", 325, "kilometer", "length", "distance of Florence from Wilmington (metric)",
              approx=True),
            rate("near 15 mph", 15, "mile/hour", "Florence's forward speed", approx=True),
            rate("24 km/h", 24, "kilometer/hour", "Florence's forward speed (metric)",
                 approx=True),
            rate("near 110 mph", 110, "mile/hour", "Florence's maximum sustained winds",
                 approx=True),
            rate("175 km/h", 175, "kilometer/hour", "Florence's maximum sustained winds (metric)",
                 approx=True),
        ],
    },
    {
        "id": "qt23-24",
        "source": "usgov:veekay1946.blogspot.com",
        "url": "http://veekay1946.blogspot.com/2012/06/solar-energy-projects-permitted-on.html",
        "title": "Solar energy projects permitted on public lands",
        "published": "2012-06-22",
        "truncated": False,
        "note": "Department of the Interior news release text (Secretary Salazar, Moapa solar "
                "project), reposted on a blog; the text is Interior's. Removed: the blog's date "
                "line (published), the repeated headline, a one-sentence teaser at the top that "
                "repeats the last sentence of the release, the second date line 'june 22, 2012' "
                "and 'No comments: Post a Comment'. Decisions: '350-megawatt' is a compound "
                "power; '31st' and 'first-ever' are ordinals; 'since 2009' is a year; 'no solar "
                "energy projects' and the verb 'doubling' are not annotated.",
        "paragraphs": [
            "As part of the Obama Administration's all of the above approach to American "
            "energy, Secretary of the Interior Ken Salazar approved a 350-megawatt solar energy "
            "project on tribal trust land of the Moapa Band of Paiute Indians (Tribe) in Clark "
            "County, Nevada. The project marks a milestone as the first-ever, utility-scale "
            "solar project approved for development on tribal lands, and is one of the many "
            "steps the administration has taken to help strengthen tribal communities.",
            "The project is also the 31st utility-scale renewable energy project that Interior "
            "has approved since 2009 as part of a Department-wide effort to advance smart "
            "development of renewable energy on our nation's public lands. Prior to 2009, there "
            "were no solar energy projects permitted on public lands; today's approval brings "
            "the total to 17 solar projects, 6 wind farms, and 8 geothermal plants. If built by "
            "the companies, the renewable energy projects approved by this administration will "
            "provide approximately 7,200 megawatts of power to communities across the West, or "
            "enough to power nearly 2.5 million homes. These achievements build on the historic "
            "expansion of renewable energy under President Obama, with energy from sources like "
            "wind energy and solar power doubling since the President took office.",
        ],
        "quantities": [
            other("350-megawatt", 350, "megawatt", "capacity of the Moapa solar project"),
            count("17 solar projects", 17, "solar projects", "solar projects approved on public lands"),
            count("6 wind farms", 6, "wind farms", "wind farms approved on public lands"),
            count("8 geothermal plants", 8, "geothermal plants",
                  "geothermal plants approved on public lands"),
            other("approximately 7,200 megawatts", 7200, "megawatt",
                  "power from the approved renewable projects", approx=True),
            count("nearly 2.5 million homes", 2500000, "homes", "homes the projects could power",
                  approx=True),
        ],
    },
    {
        "id": "qt23-25",
        "source": "usgov:docslib.org",
        "url": "https://docslib.org/doc/4704880/final-electrify-africa-progress-report-to-congress",
        "title": "Electrify Africa Act Progress Report (USAID, Power Africa)",
        "published": None,
        "truncated": True,
        "note": "USAID report to Congress, stored as a text transcription on a document host; "
                "the text is USAID's. Removed: the title line, the table of contents, page "
                "numbers ('0', '1') and the heading 'Top-Line Results to Date'. No date on the "
                "stored text (results 'As of January 2019'), so published is null. Cut by the "
                "store inside the next result line. Decisions: 'Public Law 114-121', 'Section 7' "
                "are names; 'at least 20,000 additional megawatts' spans 'at least 20,000'; "
                "'Estimated beneficiaries ... 58,552,435' is approximate (an estimate); the "
                "result lines are one paragraph each.",
        "paragraphs": [
            "In February 2016, Congress passed the Electrify Africa Act of 2015 (Public Law "
            "114-121) (the “Act”) to encourage the public and private sectors in sub-Saharan "
            "African countries to develop power solutions that reduce poverty, promote "
            "development outcomes, and drive economic growth. The Act promotes first-time access "
            "to power and power services in sub-Saharan Africa (SSA) for at least 50 million "
            "people and encourages the installation of at least 20,000 additional megawatts "
            "(MWs) of electrical power by 2020.",
            "Section 7 of the Act requires the President to transmit to Congress a report on "
            "progress made toward achieving the Power Africa Multi-Year Strategy. Along with a "
            "description of efforts Power Africa has made, the report analyzes the results "
            "achieved and the challenges that remain in fully realizing the Act’s objectives.",
            "On behalf of the U.S. Government (USG) Departments and Agencies that collaborate on "
            "Power Africa, the U.S. Agency for International Development (USAID) submits this "
            "progress report pursuant to the requirements of the Act. To the degree possible, "
            "the final report is organized to reflect key legislative elements, as requested.",
            "As of January 2019, Power Africa has achieved the following results: Estimated "
            "beneficiaries who have gained access to electricity: 58,552,435",
            "MW that have reached financial close: 10,095 MW",
            "Number of power transactions that have reached financial close: 120",
        ],
        "quantities": [
            person("at least 50 million people", 50000000,
                   "people the Act aims to give first-time access to power", approx=True),
            other("at least 20,000", 20000, "megawatt", "additional power capacity the Act encourages",
                  approx=True),
            person("58,552,435", 58552435, "estimated beneficiaries with access to electricity",
                   approx=True),
            other("10,095 MW", 10095, "megawatt", "capacity that reached financial close"),
            count("120", 120, "power transactions", "transactions that reached financial close",
                  after="financial close: "),
        ],
    },
    {
        "id": "qt23-26",
        "source": "usgov:www1.eere.energy.gov",
        "url": "http://www1.eere.energy.gov/geothermal/printable_versions/news_detail.html?news_id=15795",
        "title": "U.S. Geothermal Energy Capacity Grew 6% in 2009",
        "published": "2010-02-10",
        "truncated": False,
        "note": "DOE, Office of Energy Efficiency and Renewable Energy (Geothermal Technologies "
                "Program) news item. Removed: the headline (title), the date line (published), "
                "the photo alt text and caption with credit. Decisions: counts of projects by "
                "state ('two in California', 'one in Florida', 'one apiece') are annotated as "
                "counts of projects; '0.2-1.0 MW' is one range; the link sizes 'PDF 25 KB' and "
                "'PDF 394 KB' are quantities (kilobyte, other); 'as of August 2009' is a date.",
        "paragraphs": [
            "Geothermal energy capacity expanded 6% in the United States in 2009, due to six new "
            "geothermal plants which came online, adding 176.68 megawatts (MW). Three projects "
            "came into service in Nevada, with one apiece in California, Oregon, and Utah. The "
            "total online capacity in the U.S. reached 3,152.72 MW as of August 2009, according "
            "to the Geothermal Energy Association (GEA), an industry trade association.",
            "There is further expansion on the horizon. GEA has identified 6442.9 MW of new U.S. "
            "geothermal power plant capacity under development, though some of those may not go "
            "forward. However, there are seven projects with an estimated 125 MW of capacity "
            "that have drilling and facility construction underway. Those projects include two "
            "in California, totaling 85 MW; one in Florida generating 0.2-1.0 MW; three in "
            "Nevada, totaling 39.4 MW; and one in Oregon producing 0.2 MW. The Florida and "
            "Oregon projects will be the first geothermal projects in those states. One of those "
            "projects—at Jay Oil Field in Florida—will use the hot water produced by oil and gas "
            "wells to generate power. Two such projects started up in Louisiana and Mississippi "
            "in 2009, and more are planned for Louisiana, Nevada, and Wyoming. See the GEA press "
            "release (PDF 25 KB), the GEA report update (PDF 394 KB), and the Web site for DOE's "
            "Geothermal Technologies Program. Download Adobe Reader.",
        ],
        "quantities": [
            pct("6%", 6, "growth of US geothermal capacity in 2009"),
            count("six", 6, "geothermal plants", "new geothermal plants online in 2009"),
            other("176.68 megawatts", 176.68, "megawatt", "capacity added by the new plants"),
            count("Three projects", 3, "projects", "projects in service in Nevada"),
            count("one", 1, "projects", "projects in each of California, Oregon and Utah",
                  after="Nevada, with "),
            other("3,152.72 MW", 3152.72, "megawatt", "total US geothermal capacity online"),
            other("6442.9 MW", 6442.9, "megawatt", "geothermal capacity under development"),
            count("seven projects", 7, "projects", "projects with construction underway"),
            other("an estimated 125 MW", 125, "megawatt", "capacity of the seven projects",
                  approx=True),
            count("two", 2, "projects", "projects in California", after="projects include "),
            other("85 MW", 85, "megawatt", "capacity of the California projects"),
            count("one", 1, "projects", "project in Florida"),
            other("0.2-1.0 MW", 0.2, "megawatt", "capacity of the Florida project", high=1.0),
            count("three", 3, "projects", "projects in Nevada"),
            other("39.4 MW", 39.4, "megawatt", "capacity of the Nevada projects"),
            count("one", 1, "projects", "project in Oregon"),
            other("0.2 MW", 0.2, "megawatt", "capacity of the Oregon project"),
            count("Two", 2, "projects", "projects started in Louisiana and Mississippi",
                  after="wells to generate power. "),
            other("25 KB", 25, "kilobyte", "size of the GEA press release PDF"),
            other("394 KB", 394, "kilobyte", "size of the GEA report update PDF"),
        ],
    },
    {
        "id": "qt23-27",
        "source": "usgov:www.noaa.gov",
        "url": "https://www.noaa.gov/news/january-2016-brought-record-warm-temperatures-for-globe",
        "title": "January 2016 brought record warm temperatures for globe",
        "published": None,
        "truncated": False,
        "note": "NOAA news item. Removed: the repeated image caption 'Arctic sea ice extent "
                "smallest on record for January' (twice), the government-website banner ('An "
                "official website of the United States government ...') and the closing 'More: "
                "Find NOAA’s reports ...' line. Title written from the address; no date on the "
                "stored page. Decisions: 'ninth consecutive month' is an ordinal; 'since 1880', "
                "'since records began in 1979' are years; '1981–2010' is a period of years.",
        "paragraphs": [
            "Warm start to 2016: The globally averaged temperature over land and ocean surfaces "
            "for January 2016 was the highest for the month since record keeping began in 1880, "
            "according to scientists from NOAA’s National Centers for Environmental Information. "
            "January 2016 marks the ninth consecutive month to break a monthly global "
            "temperature record. Ocean surface temperatures were also record warm for the month, "
            "while land surface temperatures were second highest on record.",
            "The average Arctic sea ice extent for January was 7.14 percent below the 1981–2010 "
            "average, the smallest for the month since records began in 1979.",
        ],
        "quantities": [
            pct("7.14 percent", 7.14, "January Arctic sea ice extent below the 1981-2010 average"),
        ],
    },
    {
        "id": "qt23-28",
        "source": "usgov:synenergypartners.com",
        "url": "https://synenergypartners.com/how-has-energy-use-changed-throughout-u-s-history",
        "title": "How has energy use changed throughout U.S. history?",
        "published": None,
        "truncated": False,
        "note": "DOE, Energy Information Administration 'Today in Energy' text (it cites 'our "
                "Monthly Energy Review'), reposted on a utility company's site; the text is "
                "EIA's. Removed: the site's line 'Want to pay your bill quickly and securely "
                "online? Click now and pay...'. Decisions: '94 quadrillion British thermal "
                "units' is one energy quantity; 'for the past 73 years' and 'in about 140 "
                "years' measure lengths of time (durations).",
        "paragraphs": [
            "In 2023, 94 quadrillion British thermal units (quads) was consumed in the United "
            "States, a 1% decrease from 2022, according to our Monthly Energy Review. Fossil "
            "fuels—petroleum, natural gas, and coal—accounted for nearly 83% of total U.S. energy "
            "consumption in 2023. Nonfossil fuel energy—from renewable sources and from "
            "nuclear—accounted for the other 17%. In 2023, petroleum remained the most-consumed "
            "fuel in the United States, as it has been for the past 73 years, and renewables "
            "exceeded coal for the first time in about 140 years.",
        ],
        "quantities": [
            other("94 quadrillion British thermal units", 94e15, "british_thermal_unit",
                  "US energy consumption in 2023"),
            pct("1%", 1, "decrease in US energy consumption from 2022"),
            pct("nearly 83%", 83, "fossil fuel share of US energy consumption", approx=True),
            pct("17%", 17, "nonfossil share of US energy consumption"),
            dur("73 years", 73, "year", "years petroleum has been the most-consumed fuel"),
            dur("about 140 years", 140, "year", "time since renewables last exceeded coal",
                approx=True),
        ],
    },
    {
        "id": "qt23-29",
        "source": "usgov:www.cattlenetwork.com",
        "url": "http://www.cattlenetwork.com/cattle-news/latest/retail-gasoline--diesel-prices-decrease-113109509.html?source=related",
        "title": "Retail gasoline, diesel prices decrease (EIA Gasoline and Diesel Fuel Update)",
        "published": None,
        "truncated": False,
        "note": "DOE, Energy Information Administration weekly 'Gasoline and Diesel Fuel Update' "
                "text reposted by a trade news site (credited 'Source: EIA', removed); the text "
                "is EIA's. No date on the stored page; title written for the set. Decisions: 'a "
                "gallon of gasoline/diesel' is a price base (not annotated); cents amounts are "
                "USD money ('a nickel' 0.05, 'a penny' 0.01, 'one and a half cents' 0.015); "
                "'$0.38 higher' has no per-gallon unit in the text, so it is money; 'for the "
                "first time in three weeks' and 'in 12 weeks' measure lengths of time.",
        "paragraphs": [
            "The U.S. average retail price for a gallon of gasoline dropped for the first time "
            "in three weeks, decreasing about one and a half cents from last week to $2.88 per "
            "gallon, $0.24 per gallon higher than last year at this time. The decline was "
            "sharpest in the Midwest, where prices were a nickel lower than last week. Gulf "
            "Coast gasoline prices fell three cents from the week before, followed by the Rocky "
            "Mountains where prices were down over a cent. Prices on the West Coast were flat, "
            "remaining at $3.11 per gallon, the highest in the country. In a week where prices "
            "were generally lower, the East Coast saw prices jump almost two cents versus last "
            "week.",
            "The average retail diesel price was down more than a penny versus last week, with "
            "the national average for a gallon of diesel now at $3.17 per gallon, $0.38 higher "
            "than last year at this time. This was largest decrease in the national average in "
            "12 weeks. Prices fell across all of the major regions, led by the East Coast where "
            "prices fell one and a half cents from last week. The Gulf Coast, Rocky Mountains, "
            "and West Coast all saw declines equal to the national average decrease, while the "
            "Midwest was also about a penny lower than last week. Prices on the West Coast "
            "remained the highest in the country at $3.32 per gallon.",
        ],
        "quantities": [
            dur("three weeks", 3, "week", "period since gasoline prices last dropped"),
            usd("about one and a half cents", 0.015, "weekly fall of the gasoline price",
                approx=True),
            rate("$2.88 per gallon", 2.88, "USD/gallon", "US average retail gasoline price"),
            rate("$0.24 per gallon", 0.24, "USD/gallon", "gasoline price rise from last year"),
            usd("a nickel", 0.05, "fall of Midwest gasoline prices"),
            usd("three cents", 0.03, "fall of Gulf Coast gasoline prices"),
            usd("over a cent", 0.01, "fall of Rocky Mountain gasoline prices", approx=True),
            rate("$3.11 per gallon", 3.11, "USD/gallon", "West Coast gasoline price"),
            usd("almost two cents", 0.02, "rise of East Coast gasoline prices", approx=True),
            usd("more than a penny", 0.01, "weekly fall of the diesel price", approx=True),
            rate("$3.17 per gallon", 3.17, "USD/gallon", "US average retail diesel price"),
            usd("$0.38", 0.38, "diesel price rise from last year"),
            dur("12 weeks", 12, "week", "period with no larger diesel price decrease"),
            usd("one and a half cents", 0.015, "fall of East Coast diesel prices"),
            usd("about a penny", 0.01, "fall of Midwest diesel prices", approx=True),
            rate("$3.32 per gallon", 3.32, "USD/gallon", "West Coast diesel price"),
        ],
    },
    {
        "id": "qt23-30",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/todayinenergy/detail.php?id=26332",
        "title": "Hydropower conditions improve as West Coast drought eases",
        "published": "2016-05-20",
        "truncated": True,
        "note": "DOE, Energy Information Administration 'Today in Energy'. Removed: the EIA logo "
                "line, 'Skip to sub-navigation', the date line (published), the headline "
                "(title) and the map caption with its source note. Cut by the store inside the "
                "reservoir paragraph; kept to the last complete sentence. Decisions: 'the past "
                "several years' is vague (not annotated); 'the worst three drought designations' "
                "is a rank-like selection (not annotated); 'a mere' is not a qualifier; "
                "'mid-2014', 'February 2014' are dates.",
        "paragraphs": [
            "The western United States, particularly California, has experienced drought over "
            "the past several years, but there are now signs of improvement. Since June 2013, "
            "most of California has been in a severe, extreme, or exceptional drought, the worst "
            "three drought designations as determined by the U.S. Drought Monitor. By mid-2014, "
            "nearly 60% of the state was in the exceptional drought category, and California's "
            "governor had declared a drought emergency. The drought led to significant declines "
            "in hydroelectric generation throughout the West, and California's first-ever "
            "mandatory water restrictions in 2015.",
            "Though far from being back to normal conditions, California's water situation has "
            "improved recently. This winter's strong El Niño weather system brought considerable "
            "precipitation to much of the West, building the snowpack and helping to fill "
            "reservoirs. As of mid-May, 21% of California is in exceptional drought, the lowest "
            "percentage since February 2014. More than 5% of the state is now listed as not "
            "having any drought, the highest percentage since March 2013.",
            "Snowpack in California is significantly higher than at this time last year, "
            "although it is still below long-term average levels. At the end of April, statewide "
            "California snowpack water content stood at 14.5 inches, 61% of average and up from "
            "a mere 1.1 inches at the same time in 2015. Statewide reservoir levels have also "
            "improved considerably.",
        ],
        "quantities": [
            pct("nearly 60%", 60, "share of California in exceptional drought by mid-2014",
                approx=True),
            pct("21%", 21, "share of California in exceptional drought in mid-May"),
            pct("More than 5%", 5, "share of California with no drought", approx=True),
            q("14.5 inches", 14.5, "inch", "length", "snowpack water content at the end of April"),
            pct("61%", 61, "snowpack water content as a share of average"),
            q("1.1 inches", 1.1, "inch", "length", "snowpack water content a year earlier"),
        ],
    },
    {
        "id": "qt23-31",
        "source": "usgov:2014-2017.commerce.gov",
        "url": "https://2014-2017.commerce.gov/locations/noaa-hurricane-hunters.html",
        "title": "NOAA Hurricane Hunters",
        "published": "2016-08-03",
        "truncated": False,
        "note": "Department of Commerce (NOAA) archived page. Removed: the headline (title), "
                "'Last updated: 2016-08-03 13:34' (published) and 'Bureaus & Offices'. Verbatim "
                "typo kept ('afectionately'). Decisions: 'two Lockheed Martin WP-3D Orion "
                "four-engine turboprop aircraft' gives a count 'two' and a compound count "
                "'four-engine'; '8-10 hour' is one duration range; aircraft designations and "
                "tail numbers (N42RF) are names; '45,000 ft.' keeps the abbreviation dot.",
        "paragraphs": [
            "Slicing through the eyewall of a hurricane, buffeted by howling winds, blinding "
            "rain and violent updrafts and downdrafts before entering the relative calm of the "
            "storm’s eye, NOAA’s two Lockheed Martin WP-3D Orion four-engine turboprop aircraft, "
            "afectionately nicknamed \"Kermit\" (N42RF) and \"Miss Piggy\" (N43RF), probe every "
            "wind and pressure change, repeating the often grueling experience again and again "
            "during the course of an 8-10 hour mission.",
            "NOAA’s Gulfstream IV-SP (G-IV) which can fly high, fast and far with a range of "
            "4,000 nautical miles and a cruising altitude of 45,000 ft., paints a detailed "
            "picture of weather systems in the upper atmosphere surrounding developing "
            "hurricanes. The G-IV’s data also supplement the critical low altitude research data "
            "that are collected by NOAA’s P-3s.",
            "The P-3s and G-IV are based at NOAA’s Aircraft Operations Center (AOC) at MacDill "
            "Air Force Base in Tampa, Florida. AOC is part of NOAA’s Office of Marine and "
            "Aviation Operations, which includes civilians as well as officers of the NOAA "
            "Corps, one of the nation’s seven uniformed services.",
        ],
        "quantities": [
            count("two", 2, "aircraft", "NOAA WP-3D Orion aircraft"),
            count("four-engine", 4, "engines", "engines of each WP-3D Orion"),
            dur("8-10 hour", 8, "hour", "length of a hurricane mission", high=10),
            q("4,000 nautical miles", 4000, "nautical_mile", "length", "range of the G-IV"),
            q("45,000 ft.", 45000, "foot", "length", "cruising altitude of the G-IV"),
            count("seven", 7, "uniformed services", "US uniformed services"),
        ],
    },
    {
        "id": "qt23-32",
        "source": "usgov:aecc.com",
        "url": "https://aecc.com/faqs/energy-savings/",
        "title": "LED lighting energy savings (DOE text on an electric cooperative's FAQ page)",
        "published": None,
        "truncated": False,
        "note": "DOE (energy.gov, 'LED Lighting') text reproduced verbatim on an electric "
                "cooperative's FAQ page; the text is DOE's. Title written for the set. "
                "Decisions: 'at least 75% less energy' is approximate; '25 times longer' is a "
                "multiplier; 'about 348 Terawatt-hours' is terawatt_hour (energy); '44 large "
                "electric power plants' spans '44'; 'By 2027' is a year.",
        "paragraphs": [
            "LED is a highly energy-efficient lighting technology and has the potential to "
            "fundamentally change the future of lighting in the United States. Residential LEDs "
            "— especially ENERGY STAR®-rated products — use at least 75% less energy and last 25 "
            "times longer than incandescent lighting.",
            "Widespread use of LED lighting has the greatest potential impact on energy savings "
            "in the United States. By 2027, widespread use of LEDs could save about 348 "
            "Terawatt-hours (compared to no LED use) of electricity: This is the equivalent "
            "annual electrical output of 44 large electric power plants (1,000 megawatts each), "
            "and a total annual savings of more than $30 billion at today’s electricity prices.",
        ],
        "quantities": [
            pct("at least 75%", 75, "energy saved by residential LEDs", approx=True),
            other("25 times", 25, "multiplier", "how much longer LEDs last than incandescents"),
            other("about 348 Terawatt-hours", 348, "terawatt_hour",
                  "electricity LEDs could save by 2027", approx=True),
            count("44", 44, "power plants", "large power plants of equivalent output"),
            other("1,000 megawatts", 1000, "megawatt", "capacity of each large power plant"),
            usd("more than $30 billion", 30000000000, "annual savings from LEDs", approx=True),
        ],
    },
    {
        "id": "qt23-33",
        "source": "usgov:weather.gov",
        "url": "https://weather.gov/akq/June2012Derecho",
        "title": "June 29, 2012 Derecho (NWS Wakefield, VA)",
        "published": None,
        "truncated": False,
        "note": "NOAA National Weather Service, Wakefield VA office event page. Removed: the "
                "national hazard banner at the top (heat and flooding headline, 'Read More >'), "
                "the heading 'Overview', image placeholders and the closing 'nws logo Media use "
                "of NWS Web News Stories is encouraged! ...' lines. No publication date on the "
                "page (the event was June 29, 2012), so published is null; title written for the "
                "set. Decisions: 'well into the 90s to low 100s' is one approximate temperature "
                "range (90 to 103 Fahrenheit, the NWS scale); '110°to 115°' (verbatim spacing) is "
                "a heat-index range; 'nearly 700 miles long' spans 'nearly 700 miles'; 'between "
                "60 and 80 mph' is one range; '10 pm' and 'the 30th' are a time and a date.",
        "paragraphs": [
            "Friday, June 29, 2012 started as a very hot and humid day across the mid-Atlantic "
            "region. High temperatures climbed well into the 90s to low 100s that afternoon "
            "across our area, with heat index values in the 110°to 115° range. By that evening, "
            "an intense, long-lived windstorm called a Derecho pushed into the area and brought "
            "significant, widespread wind damage to the Mid-Atlantic region.",
            "The storms formed in Wisconsin and northern Illinois early Friday afternoon then "
            "moved east at nearly 60 mph, carving out a path of destruction nearly 700 miles "
            "long, before crossing our area between 10 pm and just after midnight early Saturday "
            "morning the 30th. Wind gusts of between 60 and 80 mph were reported across our area "
            "during the most intense part of the event across central and eastern Virginia over "
            "to the lower eastern shore Friday night the 29th.",
            "Unfortunately, 13 people were killed during the storm by the extreme winds over the "
            "Ohio Valley into the Mid-Atlantic region, mainly by falling trees. Given these "
            "fatalities, as well as the magnitude of the damage and subsequent power outages "
            "precipitated by this event and the extreme heat across much of the eastern United "
            "States, an NWS Service Assessment was compiled. The results of that service "
            "assessment are available here.",
            "An interactive NOAA/NWS StoryMap about the event is located here.",
        ],
        "quantities": [
            other("90s to low 100s", 90, "fahrenheit", "afternoon high temperatures", approx=True,
                  high=103),
            other("110°to 115°", 110, "fahrenheit", "heat index values", high=115),
            rate("nearly 60 mph", 60, "mile/hour", "eastward speed of the storms", approx=True),
            q("nearly 700 miles", 700, "mile", "length", "length of the derecho's path",
              approx=True),
            rate("between 60 and 80 mph", 60, "mile/hour", "wind gusts reported in the area",
                 high=80),
            person("13 people", 13, "people killed by the derecho"),
        ],
    },
    {
        "id": "qt23-34",
        "source": "usgov:www.weather.gov",
        "url": "https://www.weather.gov/dvn/Summary_071524",
        "title": "July 15, 2024 derecho summary (NWS Quad Cities)",
        "published": None,
        "truncated": False,
        "note": "NOAA National Weather Service, Quad Cities office event summary. Removed: the "
                "national hazard banner (Hurricane Erin headline, 'Read More >'), the heading "
                "'Overview', the line 'KMZ file of tornado paths and damage swaths can be found "
                "here.', 'Image' and the closing 'nws logo Media use ...' lines; trailing spaces "
                "after the paragraphs. Double spaces after sentences are verbatim. The page gives "
                "no date except 'Monday' (the address says 07/15/24), so published is null; "
                "title written for the set. Decisions: 'at least 400 miles long' and 'at least "
                "60 miles wide' span the qualifier, number and unit; 'over an inch' is one "
                "approximate length; 'between 2 and 3 inches' is one range; 'Highway 20' is a "
                "name.",
        "paragraphs": [
            "Thunderstorms rapidly developed over northern Iowa Monday afternoon and organized "
            "into a powerful line of wind producing storms that surged through the Quad Cities "
            "and into northern and central Illinois through the evening hours.  These storms "
            "brought widespread damaging winds up to 100 mph for many locations extending from "
            "eastern Iowa, much of Illinois, and into Indiana.  The Storm Prediction Center has "
            "classified this event as a \"Derecho\" which by definition is a swath of wind "
            "damage at least 400 miles long and at least 60 miles wide including several "
            "well-separated significant wind gusts over 75 mph.  For more information on "
            "derechos, click here. Corridors of significant wind damage occurred along Highway "
            "20 and in the Cambridge/Kewanee area. 10 tornadoes also occurred with these storms "
            "in the NWS Quad Cities service area.",
            "In addition to the wind, very heavy rainfall fell in a short amount of time with "
            "many locations seeing over an inch.  The highest totals fell in McDonough and "
            "Warren counties in Illinois where amounts between 2 and 3 inches fell.",
        ],
        "quantities": [
            rate("up to 100 mph", 100, "mile/hour", "damaging winds of the derecho", approx=True),
            q("at least 400 miles", 400, "mile", "length", "minimum length of a derecho swath",
              approx=True),
            q("at least 60 miles", 60, "mile", "length", "minimum width of a derecho swath",
              approx=True),
            rate("over 75 mph", 75, "mile/hour", "significant gusts in a derecho", approx=True),
            count("10 tornadoes", 10, "tornadoes", "tornadoes in the Quad Cities service area"),
            q("over an inch", 1, "inch", "length", "rainfall at many locations", approx=True),
            q("between 2 and 3 inches", 2, "inch", "length",
              "highest rainfall totals in McDonough and Warren counties", high=3),
        ],
    },
    {
        "id": "qt23-35",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/tools/faqs/faq.php?id=104&t=21",
        "title": "How much electricity does a nuclear power plant generate?",
        "published": "2020-12-28",
        "truncated": False,
        "note": "DOE, Energy Information Administration FAQ. The store holds two versions of this "
                "address; this is the one ending 'Last updated: December 28, 2020' (published). "
                "Removed: the headline (title) and the 'Last updated' line. Decisions: '94 "
                "operating nuclear reactors' spans '94' ('operating' stands between); '56 "
                "nuclear power plants' keeps the compound noun; 'one reactor' is a count; "
                "'megawatthours' and 'MWh' are megawatt_hour; 'for 24 hours' is a duration; "
                "'every day of the year' is not annotated.",
        "paragraphs": [
            "As of October 31, 2020, there were 94 operating nuclear reactors at 56 nuclear power "
            "plants in the United States. The R.E. Ginna Nuclear Power Plant in New York is the "
            "smallest nuclear power plant in the United States, and it has one reactor with a "
            "net summer electricity generating capacity of about 581 megawatts (MW). The Palo "
            "Verde nuclear power plant in Arizona is the largest nuclear power plant in the "
            "United States with three reactors and a total net summer electricity generating "
            "capacity of about 3,937 MW. The Prairie Island nuclear plant in Minnesota has two "
            "reactors, each with about 520 MW net summer generating capacity.",
            "The amount of electricity that a power plant generates during a period of time "
            "depends on the amount of time its reactors operate at a specific capacity. For "
            "example, if the R.E. Ginna reactor operates at 581 MW capacity for 24 hours, it "
            "will generate 13,934 megawatthours (MWh). If the reactor generated that amount of "
            "electricity every day of the year, it would generate 5,086,056 MWh. However, most "
            "power plants do not operate at full capacity every hour of every day of the year. "
            "In 2019, the R.E. Ginna nuclear power plant actually generated at total of "
            "4,993,693 MWh, achieving an annual average capacity factor of about 98%.",
            "Nuclear power reactors generally operate at or near their rated generating capacity "
            "throughout the year and have relatively high annual capacity factors.",
        ],
        "quantities": [
            count("94", 94, "nuclear reactors", "operating US nuclear reactors"),
            count("56 nuclear power plants", 56, "nuclear power plants", "US nuclear power plants"),
            count("one reactor", 1, "reactors", "reactors at R.E. Ginna"),
            other("about 581 megawatts", 581, "megawatt", "capacity of R.E. Ginna", approx=True),
            count("three reactors", 3, "reactors", "reactors at Palo Verde"),
            other("about 3,937 MW", 3937, "megawatt", "capacity of Palo Verde", approx=True),
            count("two reactors", 2, "reactors", "reactors at Prairie Island"),
            other("about 520 MW", 520, "megawatt", "capacity of each Prairie Island reactor",
                  approx=True),
            other("581 MW", 581, "megawatt", "Ginna capacity in the example"),
            dur("24 hours", 24, "hour", "operating period in the example"),
            other("13,934 megawatthours", 13934, "megawatt_hour", "Ginna output in 24 hours"),
            other("5,086,056 MWh", 5086056, "megawatt_hour", "Ginna output for a full year"),
            other("4,993,693 MWh", 4993693, "megawatt_hour", "Ginna actual generation in 2019"),
            pct("about 98%", 98, "Ginna capacity factor in 2019", approx=True),
        ],
    },
    {
        "id": "qt23-36",
        "source": "usgov:fas.usda.gov",
        "url": "https://fas.usda.gov/programs/export-sales-reporting-program",
        "title": "Export Sales Reporting Program (USDA FAS)",
        "published": None,
        "truncated": True,
        "note": "USDA Foreign Agricultural Service page. Removed: the headline (title), the "
                "headings 'Weekly Reporting' and 'Daily Reporting', the three-column commodity "
                "table (names only, no quantities) and list bullets. Cut by the store inside the "
                "fourth daily threshold, which was dropped. Decisions: 'X metric tons or more' "
                "spans the lower bound with 'or more' (approximate); 'in one day' is a duration; "
                "'one commodity' and 'one destination' are determiners (not annotated); '11:59 "
                "p.m.' and '8:30 a.m.' are clock times.",
        "paragraphs": [
            "Timely reporting and publishing of agricultural export sales data is key to "
            "effectively functioning markets. The U.S. Department of Agriculture is required by "
            "law to publicly release summary sales data obtained from U.S. exporters of many "
            "agricultural commodities.",
            "Each week, U.S. exporters are required to report to USDA’s Foreign Agricultural "
            "Service (FAS) any sales transaction entered into with a buyer outside the United "
            "States for the following commodities, regardless of quantity:",
            "Weekly reporting is also required for all food aid donations, regardless of the "
            "commodity or volume.",
            "The weekly reporting period runs Friday through Thursday and exporters must report "
            "no later than 11:59 p.m. ET the following Monday. FAS publishes a weekly summary of "
            "export sales activity every Thursday at 8:30 a.m. ET, unless a change is announced. "
            "If the preceding Friday or Monday is a national holiday, the reporting deadline "
            "moves to Tuesday and the weekly summary is published Friday.",
            "FAS compares and reconciles reported data with sources including USDA’s Federal "
            "Grain Inspection Service, U.S. Census Bureau, and trade reports.",
            "In addition to the weekly reporting requirement, daily reports to USDA are required "
            "for any export sales activity of quantities totaling:",
            "100,000 metric tons or more of one commodity sold in one day to one destination, "
            "except for soybean oil.",
            "200,000 metric tons or more of one commodity sold to one destination during any "
            "reporting week, except for soybean oil.",
            "20,000 metric tons or more of soybean oil sold in one day to one destination.",
        ],
        "quantities": [
            q("100,000 metric tons or more", 100000, "metric_ton", "mass",
              "daily-reporting threshold for one commodity in one day", approx=True),
            dur("one day", 1, "day", "window of the 100,000-ton threshold"),
            q("200,000 metric tons or more", 200000, "metric_ton", "mass",
              "daily-reporting threshold for one commodity in a reporting week", approx=True),
            q("20,000 metric tons or more", 20000, "metric_ton", "mass",
              "daily-reporting threshold for soybean oil", approx=True),
            dur("one day", 1, "day", "window of the soybean oil threshold"),
        ],
    },
    {
        "id": "qt23-37",
        "source": "usgov:www.epa.gov",
        "url": "https://www.epa.gov/trinationalanalysis/greenhouse-gas-reporting-electric-utilities-sector",
        "title": "Greenhouse Gas Reporting in the Electric Utilities Sector (EPA)",
        "published": None,
        "truncated": True,
        "note": "Environmental Protection Agency (TRI national analysis). Removed: the headline "
                "(title) and list dashes. Cut by the store inside the sentence citing EIA data; "
                "kept to the last complete sentence. Decisions: '1,494.9 million MTCO2e' is a "
                "mass of CO2-equivalent (metric_ton, the million applied); 'from 2011 to 2020' "
                "are years; 'nearly 58%' is approximate.",
        "paragraphs": [
            "While many chemical releases are reported to the TRI, the TRI Program does not "
            "cover all chemicals released by industry. Notably, most greenhouse gas (GHG) "
            "emissions are not reported to the TRI. Greenhouse gas emissions increase the "
            "concentration of these gases in the atmosphere, which alter the amount of heat "
            "trapped by the Earth's atmosphere and contribute to climate change. These elevated "
            "concentrations and their effect on climate are reasonably anticipated to endanger "
            "the public health and welfare of current and future generations.",
            "EPA’s Greenhouse Gas Reporting Program (GHGRP) tracks facility-level emissions from "
            "the largest U.S. sources of GHGs. Under the GHGRP, the Power Plants Sector consists "
            "predominantly of facilities that produce electricity by combusting fossil fuels, "
            "such as coal, oil, and natural gas, or biomass. The sector also includes facilities "
            "that produce steam, heated air, or cooled air by combusting fuels. The chart below "
            "shows GHG emissions reported to the GHGRP by facilities in the Power Plants sector "
            "from 2011 to 2020.",
            "Different GHGs can have different effects on the Earth’s warming; Global Warming "
            "Potential values allow for comparisons of the global warming impacts of different "
            "gases. MTCO2e is a weighted measurement that considers the tonnes of the gases and "
            "their associated global warming potentials.",
            "Note that while TRI typically collects chemical release data in units of pounds, "
            "the GHGRP collects GHG emissions expressed in quantities expressed as metric tons "
            "of carbon dioxide equivalents (MTCO2e). This chart shows GHG emissions in MTCO2e.",
            "Total reported emissions from the sector were 1,494.9 million MTCO2e in 2020, which "
            "represented nearly 58% of total direct emissions reported to the GHGRP.",
            "From 2011 to 2020, GHG emissions from this sector have decreased by 33%.",
        ],
        "quantities": [
            q("1,494.9 million MTCO2e", 1494900000, "metric_ton", "mass",
              "power plant sector GHG emissions in 2020"),
            pct("nearly 58%", 58, "sector share of direct emissions reported", approx=True),
            pct("33%", 33, "decrease of sector emissions 2011-2020"),
        ],
    },
]

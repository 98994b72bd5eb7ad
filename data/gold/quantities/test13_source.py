"""Readable source of the sealed quantities test set ``test13.jsonl`` (annotated blind by sqy13).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test13.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

VOA_NOTE = ("Removed: 'Accessibility links', 'Breaking News' and the headline (moved to title).")
LE_NOTE = VOA_NOTE + (" The program line ('This is the VOA Special English ... Report.') is "
                      "part of the broadcast script and is kept.")
EERE = "This is an excerpt from EERE Network News"
EERE_NOTE = ("Removed: the newsletter banner ('" + EERE + ", a weekly electronic "
             "newsletter.'), the date line (moved to published) and the headline (moved to "
             "title).")
CUT = " The stored page is cut; the text is kept to its last complete sentence (truncated)."


from checklib import quantity_record as q  # one definition for every quantities source


def pct(text, value, about, approx=False, high=None, after=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high, after=after)


def mw(text, value, about, approx=False, high=None):
    """Return a megawatt (power) record: kind other, not normalized."""
    return q(text, value, "megawatt", "other", about, approx, high)


def usd_gal(text, value, about, approx=False):
    """Return a price per gallon (rate USD/gallon)."""
    return q(text, value, "USD/gallon", "rate", about, approx)


def usd(text, value, about, approx=False, after=None):
    """Return a money record in US dollars."""
    return q(text, value, "USD", "money", about, approx, after=after)


DOCS = [
    # ------------------------------------------------------------------ VOA
    {
        "id": "qt13-01",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-2006-08-10-voa2-83129092/125877.html",
        "title": "Oil Flow From Prudhoe Bay May Take Months to Return to Normal",
        "published": "2006-08-10",
        "truncated": True,
        "note": LE_NOTE + CUT + " Date from the URL. 'four or five barrels' is a range "
                "(value 4, value_high 5). 'it would probably be months' has no number and is "
                "not annotated.",
        "paragraphs": [
            "This is the VOA Special English Economics Report.",
            "The oil company British Petroleum has shut down a pipeline connecting the Prudhoe "
            "Bay oil fields in Alaska to the Trans-Alaska pipeline. The Prudhoe Bay field, north "
            "of the Arctic Circle, provides eight percent of America\u2019s oil production. It is "
            "the largest oil field in the United States.",
            "On August seventh, BP said it had discovered a leak and a small oil spill of four or "
            "five barrels in the frozen arctic area. The company said thinning of the wall of the "
            "pipeline had taken place. At the time, BP said it was testing the thirty-five "
            "kilometer oil transit pipeline.",
            "Last Sunday, BP cut the flow of two hundred thousand barrels of oil a day. BP plans "
            "to shut down the rest of the line soon. The company says the four hundred thousand "
            "barrels of oil a day represent half of all the oil produced in Alaska\u2019s North "
            "Slope area.",
            "On news of the shutdown, the price of oil increased three percent to about "
            "seventy-seven dollars a barrel.",
            "The Department of Energy remains hopeful that the reduction in oil production will "
            "be limited. On Wednesday, Secretary of Energy Samuel Bodman said he believed other "
            "supplies could be found to take the place of the Alaskan oil. But experts say it "
            "would probably be months before the flow of oil from Prudhoe Bay returns to normal.",
            "BP said it deeply regretted the action it had to take. It said it is using all "
            "necessary resources to complete the work. BP is not the only company affected by "
            "the shutdown. The Wall Street Journal reports that oil companies Exxon Mobil and "
            "ConocoPhillips own even larger shares in Prudhoe Bay than BP.",
            "The shutdown is expected to affect the economy of the state of Alaska the most. "
            "Almost ninety percent of Alaska\u2019s money comes from taxes on oil. The state does "
            "not have a sales tax or income tax.",
        ],
        "quantities": [
            pct("eight percent", 8, "Prudhoe Bay share of America's oil production"),
            q("four or five barrels", 4, "barrel", "volume", "small oil spill at Prudhoe Bay",
              high=5),
            q("thirty-five kilometer", 35, "kilometer", "length", "oil transit pipeline tested"),
            q("two hundred thousand barrels of oil a day", 200000, "barrel/day", "rate",
              "oil flow cut by BP"),
            q("four hundred thousand barrels of oil a day", 400000, "barrel/day", "rate",
              "oil flow of the line"),
            q("half", 0.5, "fraction", "percent", "share of North Slope oil"),
            pct("three percent", 3, "increase in the price of oil"),
            q("about seventy-seven dollars a barrel", 77, "USD/barrel", "rate", "price of oil",
              approx=True),
            pct("Almost ninety percent", 90, "share of Alaska's money from oil taxes",
                approx=True),
        ],
    },
    {
        "id": "qt13-02",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-2005-09-02-voa1-83126937/125088.html",
        "title": "In Southeastern U.S., Storm Leaves Many People Homeless, Helpless, Angry",
        "published": "2005-09-02",
        "truncated": True,
        "note": VOA_NOTE + CUT + " Date from the URL. Vague plurals 'Thousands' (of others) and "
                "'thousands' (may be dead) are persons, 2000, approximate; 'two' (of the levees) "
                "is a count. 'will take years' has no number and is not annotated.",
        "paragraphs": [
            "I\u2019m Steve Ember with IN THE NEWS in VOA Special English.",
            "Building after building under water. Refugees in shelters. Thousands of others "
            "unsure where to go. Appeals for help. Anarchy. Bodies in streets. This is what one "
            "of America's historic cities was reduced to this week by a powerful storm, Katrina.",
            "Officials want everyone still left in New Orleans, Louisiana, to leave for now. The "
            "mayor of New Orleans says thousands may be dead. Hurricane Katrina also caused death "
            "and destruction in parts of Mississippi and Alabama along the Gulf of Mexico. "
            "Federal officials reported Friday that more than one million five hundred thousand "
            "homes and businesses remained without electric power.",
            "New Orleans is famous for its wild Mardi Gras celebrations and night life in the "
            "French Quarter. Yet the city of nearly five hundred thousand people was built below "
            "sea level. New Orleans has depended on levees, dams made of earth, to control floods "
            "from the Mississippi River and Lake Pontchartrain.",
            "Katrina struck on Monday. New Orleans avoided a direct hit. But two of the levees "
            "failed the next day. Most of the city was flooded. Helicopters dropped huge sandbags "
            "to fill the breaks. But the water had no place to go. Pumping stations had no power.",
            "America faces one of the worst natural events in its history. President Bush says "
            "the recovery will take years. Congress returned from a summer holiday to approve a "
            "request for ten thousand five hundred million dollars in emergency spending. The "
            "Bush administration is expected to ask for more in the weeks to come.",
            "People were told to leave the path of the storm. But some would not or could not. "
            "Many of those worst affected by Katrina are poor and black. African-American leaders "
            "and others were angry that government aid did not arrive faster. President Bush "
            "visited some of the damaged areas on Friday.",
        ],
        "quantities": [
            q("Thousands", 2000, "person", "count", "people unsure where to go", approx=True),
            q("thousands", 2000, "person", "count", "people who may be dead in New Orleans",
              approx=True),
            q("more than one million five hundred thousand homes", 1500000, "count", "count",
              "homes and businesses without electric power", approx=True,
              counted="homes and businesses"),
            q("nearly five hundred thousand people", 500000, "person", "count",
              "population of New Orleans", approx=True),
            q("two", 2, "count", "count", "levees that failed", counted="levees"),
            usd("ten thousand five hundred million dollars", 1.05e10,
                "emergency spending request"),
        ],
    },
    {
        "id": "qt13-03",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2007-07-11-voa34/404323.html",
        "title": "High Temperatures Grip US for Another Day",
        "published": "2007-07-11",
        "truncated": True,
        "note": VOA_NOTE + CUT + " Date from the URL. Mixed straight and curly quotation marks "
                "in the quotes are verbatim.",
        "paragraphs": [
            "A heat wave that gripped most of the United States has let up in some parts of the "
            "country but continues in others. New York City opened up nearly 300 cooling "
            "centers. The state of Virginia issued a hazardous weather alert. Officials are being "
            "cautious because last year a number of people died due to heat-related illnesses. "
            "VOA's Carol Pearson has more on the heat in the U.S. and staying healthy. Melinda "
            "Smith narrates.",
            "U.S. health officials are urging Americans to drink plenty of water as a heat wave "
            "grips most of the country. Portland, Oregon, braced for another day of temperatures "
            "hovering around 30 degrees Celsius. Health officials also issued warnings for "
            "people to take precautions in the heat. Even birds took that advice. Blistering heat "
            "affected the west coast, the east coast and just about everything in between. In "
            "Chicago, people cooled off in Lake Michigan.",
            "\"It's too hot,\u201d said a citizen. \u201cI don't have any air conditioner, so it's "
            "really hot for me and my son, so we just came out to enjoy the weather and the "
            "water today.\"",
            "In many cities, officials issued air quality warning. In the heat, ground-level "
            "ozone mixes in with automobile exhaust from cars and other pollutants producing air "
            "that is dangerous to breathe. Several cities opened cooling centers to help "
            "residents bear the high temperatures. Heat is deadliest in large cities. Cities have "
            "large areas of brick and concrete that can trap hot air. The U.S. government has "
            "focused more attention on heat waves and has worked more closely with city officials "
            "such as Chicago's Joyce Gallagher.",
            "\"We just ask each and every person to please check on someone in their "
            "neighborhood that they think is in need,\" says Gallagher.",
            "Health officials have been trying to get the word out that the body's temperature "
            "regulation system can get overwhelmed.",
        ],
        "quantities": [
            q("nearly 300 cooling centers", 300, "count", "count",
              "cooling centers opened by New York City", approx=True, counted="cooling centers"),
            q("around 30 degrees Celsius", 30, "celsius", "other", "temperatures in Portland",
              approx=True),
        ],
    },
    {
        "id": "qt13-04",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-a-2003-06-12-1-1-83115042/121185.html",
        "title": "ENVIRONMENT REPORT - Green Transportation Festival",
        "published": "2003-06-12",
        "truncated": True,
        "note": LE_NOTE + " Also removed: the line 'Broadcast: June 13, 2003:' (the page date "
                "2003-06-12 is used)." + CUT + " 'thousands' (hybrid vehicles on the road) is a "
                "vague plural count, 2000, approximate; 'several American cities' has no number "
                "and is not annotated. 'five-percent' and 'fifty-percent' (hyphen) are verbatim.",
        "paragraphs": [
            "This is the VOA Special English Environment Report.",
            "Energy saving vehicles were part of the Green Transportation Festival in Washington, "
            "D.C., last month. The vehicles shown are designed to reduce America\u2019s dependence "
            "on oil and help the environment. The festival takes place in several American "
            "cities.",
            "There are exhibits of cars, buses and motorized bicycles at the festivals. Most of "
            "them use little gas or use another kind of fuel such as biodiesel, electricity, "
            "hydrogen, natural gas or propane. People are also urged to consider simpler ways of "
            "getting around, such as walking, biking and using public transportation systems. "
            "Personal transportation vehicles, called scooters, are also gaining interest. These "
            "methods all avoid or reduce the use of gasoline and diesel fuel, which are made "
            "from oil.",
            "Individuals, students and carmakers took part in the festival. They wanted to show "
            "people what their so-called \u201cgreen\u201d vehicles could do. Teams of students "
            "competed for prizes.",
            "The United States has less than five-percent of the world\u2019s population. But it "
            "uses about twenty-five percent of the world\u2019s oil.",
            "More than half of the nation\u2019s oil is imported. Most of it goes to "
            "transportation.",
            "But festival organizers say progress in technology is making it possible for "
            "Americans to reduce their dependence on oil for transportation. That is because the "
            "kinds of energy-saving vehicles are increasing. Hybrid vehicles, for example, "
            "combine a gasoline engine and an electric motor. There are thousands on the road "
            "today. They can reduce gasoline use by as much as fifty-percent. Vehicles powered "
            "by biodiesel fuel, electricity, ethanol, hydrogen or natural gas can reduce oil use "
            "by as much as ninety-nine percent.",
        ],
        "quantities": [
            pct("less than five-percent", 5, "US share of world population", approx=True),
            pct("about twenty-five percent", 25, "US share of world oil use", approx=True),
            q("More than half", 0.5, "fraction", "percent", "share of US oil that is imported",
              approx=True),
            q("thousands", 2000, "count", "count", "hybrid vehicles on the road", approx=True,
              counted="hybrid vehicles"),
            pct("as much as fifty-percent", 50, "gasoline use reduction by hybrids",
                approx=True),
            pct("as much as ninety-nine percent", 99, "oil use reduction by alternative fuels",
                approx=True),
        ],
    },
    {
        "id": "qt13-05",
        "source": "voa:learningenglish.voanews.com",
        "url": "https://learningenglish.voanews.com/a/a-23-a-2003-07-17-2-1-83115662/121370.html",
        "title": "ENVIRONMENT REPORT \u2013 Study Says Wind Power to Lead Growth in Renewable "
                 "Energies in US, Canada",
        "published": "2003-07-17",
        "truncated": True,
        "note": LE_NOTE + " Also removed: the line 'Broadcast: July 18, 2003:' (the page date "
                "2003-07-17 is used)." + CUT + " 'one-thousand-five-hundred megawatts from wind "
                "power projects each year': the frequency is separated from the amount, so only "
                "the power is annotated. 'a kilowatt hour' is a price base; only the prices "
                "('about thirty-eight cents', 'closer to three cents', approximate) are "
                "annotated, as USD. 'one nuclear power station' stops at 'one'; 'hundreds of "
                "meters' is a vague plural length (200 m, approximate).",
        "paragraphs": [
            "This is the VOA Special English Environment Report.",
            "A study says wind power will lead the growth in the use of renewable energy in the "
            "United States and Canada over the next ten years. Renewable energy also includes "
            "forms like power from the sun. Navigant Consulting in the United States carried out "
            "the study. Energy companies helped pay for much of the research.",
            "The use of wind energy has grown in the United States, but remains less than one "
            "percent of all the energy produced.",
            "Lisa Frantzis led the study. She says the researchers expect additions of as much "
            "as one-thousand-five-hundred megawatts from wind power projects each year. That is "
            "about equal to the energy production of one nuclear power station.",
            "The study says there have been major improvements in the performance of all "
            "renewable energy technologies in the past twenty years. For example, the study "
            "reports a ninety percent drop in the price of electricity produced from wind. In "
            "the nineteen-eighties a kilowatt hour of wind power cost about thirty-eight cents. "
            "Now, a kilowatt hour is closer to three cents.",
            "The study found that government support must continue and grow to permit renewable "
            "energies to compete in the power industry.",
            "However, some renewable energy companies face criticism. In fact, wind energy "
            "producers usually have to deal with opposition from communities they try to enter.",
            "Currently, a wind energy company is trying to set up business in Cape Cod, "
            "Massachusetts, in the northeastern United States. The Cape Wind company wants to "
            "place more than one-hundred windmills in nearby waters. The windmills are hundreds "
            "of meters tall. Cape Wind says the project could provide Cape Cod with "
            "seventy-five percent of its electricity needs. And, it would not create pollution.",
        ],
        "quantities": [
            q("the next ten years", 10, "year", "duration", "period of wind power growth"),
            pct("less than one percent", 1, "wind share of US energy produced", approx=True),
            mw("as much as one-thousand-five-hundred megawatts", 1500,
               "yearly wind power additions expected", approx=True),
            q("one", 1, "count", "count", "nuclear power station of equal production",
              counted="nuclear power station"),
            q("the past twenty years", 20, "year", "duration",
              "period of renewable energy improvements"),
            pct("ninety percent", 90, "drop in the price of wind electricity"),
            usd("about thirty-eight cents", 0.38, "price of a kilowatt hour of wind power in "
                "the 1980s", approx=True),
            usd("closer to three cents", 0.03, "price of a kilowatt hour of wind power now",
                approx=True),
            q("more than one-hundred windmills", 100, "count", "count",
              "Cape Wind windmills planned", approx=True, counted="windmills"),
            q("hundreds of meters", 200, "meter", "length", "height of the windmills",
              approx=True),
            pct("seventy-five percent", 75, "Cape Cod electricity needs provided by the project"),
        ],
    },
    {
        "id": "qt13-06",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2008-05-12-voa36-66648277/557534.html",
        "title": "Burma Rice Production Hurt by Cyclone, Adding to Humanitarian Crisis",
        "published": "2008-05-12",
        "truncated": False,
        "note": VOA_NOTE + " The headline ends in a space on the page (trimmed). Date from the "
                "URL. 'a single U.S. military aircraft': the modifiers stop the span at 'a "
                "single' (count 1); 'millions' (without their staple) is a vague plural, persons "
                "2e6, approximate.",
        "paragraphs": [
            "U.S. officials say Burma's government has agreed to allow a single U.S. military "
            "aircraft carrying relief supplies to land in the country on Monday. Also, the UN's "
            "World Food Program says it will resume aid flights to Burma even after Burmese "
            "authorities impounded relief supplies flown into the country. The slow delivery of "
            "food supplies comes as news reports say that large numbers of Burmese now face "
            "shortages of food and water. A U.S. official says the storm has likely disrupted "
            "Burma's rice production leaving millions without their main food staple. VOA's "
            "Chris Simkins reports.",
        ],
        "quantities": [
            q("a single", 1, "count", "count", "US military aircraft allowed to land",
              counted="U.S. military aircraft"),
            q("millions", 2e6, "person", "count", "people without their main food staple",
              approx=True),
        ],
    },
    {
        "id": "qt13-07",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/voa-celebrates-70th-anniversary--138498474/151424.html",
        "title": "VOA Celebrates 70th Anniversary",
        "published": None,
        "truncated": False,
        "note": VOA_NOTE + " Also removed: the closing 'Follow VOA on Twitter' and 'Like us on "
                "our Facebook Page' lines. The page shows no date (VOA's 70th anniversary, "
                "February 2012). 'nearly two months after the Japanese bombed Pearl Harbor' "
                "anchors a point in time and is not annotated; 'an estimated 141 million people "
                "each week' is a rate (person/week, the per-unit follows directly); '70th' is an "
                "ordinal.",
        "paragraphs": [
            "Voice of America is celebrating its 70th birthday.",
            "VOA went on air February 1, 1942, nearly two months after the Japanese bombed Pearl "
            "Harbor and the United States entered World War II.",
            "Speaking in German, American journalist William Harlan Hale delivered VOA's first "
            "broadcast from New York City via shortwave radio.",
            "\"This is a voice speaking from America. Daily at this time, we shall speak to you "
            "about America and the war,\" Hale announced. \"The news may be good or bad. We "
            "shall tell you the truth.\"",
            "VOA Director David Ensor says those words continue to be relevant today.",
            "Marking the 70th anniversary, Ensor said the international broadcasting agency will "
            "aggressively move forward to continue to provide an \"information lifeline to "
            "people in closed societies like Iran.\"",
            "Since 1942, VOA has expanded into a multimedia news organization that reaches an "
            "estimated 141 million people each week.",
            "Today, VOA broadcasts in 43 languages and communicates and interacts with its "
            "audiences via radio, television and the Internet.",
        ],
        "quantities": [
            q("an estimated 141 million people each week", 1.41e8, "person/week", "rate",
              "weekly VOA audience", approx=True),
            q("43 languages", 43, "count", "count", "languages of VOA broadcasts",
              counted="languages"),
        ],
    },
    {
        "id": "qt13-08",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/voa60-africa---wfp-severe-drought-followed-by-"
               "devastating-floods-increases-food-insecurity-in-east-africa/7389913.html",
        "title": "VOA60 Africa - WFP: Severe drought followed by devastating floods increases food "
                 "insecurity in east Africa",
        "published": None,
        "truncated": False,
        "note": VOA_NOTE + " Also removed: the repeated title, the video player furniture "
                "('please wait', 'No media source currently available', '0:00 0:01:00 0:00') "
                "and the size switcher (XS SM MD LG). The page shows no date. 'in 10 years' is a "
                "duration (span '10 years').",
        "paragraphs": [
            "The World Food Program said Thursday severe drought followed by devastating floods "
            "have increased food insecurity in east Africa. \"In Somalia the levels of hunger "
            "are some of the worst we\u2019ve seen in 10 years,\" says Petroc Wilton, head of "
            "communications at WFP Somalia.",
        ],
        "quantities": [
            q("10 years", 10, "year", "duration", "period compared for hunger levels in Somalia"),
        ],
    },
    # ------------------------------------------------------------------ government
    {
        "id": "qt13-09",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/petroleum/weekly/archive/2005/050316/twipprint.html",
        "title": "This Week In Petroleum: FAQ on Gasoline and Oil Prices",
        "published": "2005-03-16",
        "truncated": True,
        "note": "EIA 'This Week In Petroleum', print view. Removed: logo line and help-line "
                "phone number, breadcrumb, release and next-release dates (release date moved "
                "to published), the section subheadings ('FAQ on Gasoline and Oil Prices', "
                "'U.S. Average Retail Gasoline Price Gains Another 6 Cents', 'Residential "
                "Heating Fuel Prices Increase')." + CUT + " 'N cents per gallon' is a price "
                "(USD/gallon rate); bare 'N cents' changes are money (USD). 'the second highest "
                "price' is an ordinal.",
        "paragraphs": [
            "With gasoline and crude oil prices near historical highs (not adjusted for "
            "inflation), EIA has received a number of questions about high prices recently. "
            "Below is a sample of those we have received.",
            "The U.S. average retail price for regular gasoline increased this week by 5.7 cents "
            "from the previous week to reach 205.6 cents per gallon as of March 14, 33.2 cents "
            "higher than this time last year, and the second highest price ever recorded (not "
            "adjusted for inflation). Prices were up across all regions, with the Gulf Coast "
            "seeing the largest gain of 6.8 cents to reach 196.8 cents per gallon. The West "
            "Coast posted the highest regional price of 222.8 cents per gallon, up 5.4 cents "
            "from the previous week and 21.3 cents higher than last year. Prices in California "
            "gained 5.8 cents to 228.7 cents per gallon. Retail prices on the East Coast gained "
            "6.4 cents to 201.6 cents per gallon, which is 31.3 cents higher than last year.",
            "Retail diesel fuel prices gained 2.6 cents last week to 219.4 cents per gallon. "
            "Prices were up throughout most of the country, with the East Coast seeing the "
            "largest regional increase of 3.4 cents to 219.7 cents per gallon. Prices on the "
            "West Coast fell 0.8 cent to average 244.2 cents per gallon, remaining the highest "
            "regional average in the country, and 64.1 cents per gallon higher than last year. "
            "Average diesel fuel prices in California increased by 1.0 cent to reach 241.8 "
            "cents per gallon, which is 54.4 cents higher than this time last year.",
            "Residential heating oil prices increased for the period ending March 14, 2005.",
        ],
        "quantities": [
            usd("5.7 cents", 0.057, "weekly increase of the US gasoline price"),
            usd_gal("205.6 cents per gallon", 2.056, "US average retail gasoline price"),
            usd("33.2 cents", 0.332, "gasoline price increase from last year"),
            usd("6.8 cents", 0.068, "Gulf Coast gasoline price gain"),
            usd_gal("196.8 cents per gallon", 1.968, "Gulf Coast gasoline price"),
            usd_gal("222.8 cents per gallon", 2.228, "West Coast gasoline price"),
            usd("5.4 cents", 0.054, "West Coast weekly gasoline price increase"),
            usd("21.3 cents", 0.213, "West Coast gasoline price increase from last year"),
            usd("5.8 cents", 0.058, "California gasoline price gain"),
            usd_gal("228.7 cents per gallon", 2.287, "California gasoline price"),
            usd("6.4 cents", 0.064, "East Coast gasoline price gain"),
            usd_gal("201.6 cents per gallon", 2.016, "East Coast gasoline price"),
            usd("31.3 cents", 0.313, "East Coast gasoline price increase from last year"),
            usd("2.6 cents", 0.026, "weekly diesel price gain"),
            usd_gal("219.4 cents per gallon", 2.194, "US retail diesel fuel price"),
            usd("3.4 cents", 0.034, "East Coast diesel price increase"),
            usd_gal("219.7 cents per gallon", 2.197, "East Coast diesel price"),
            usd("0.8 cent", 0.008, "West Coast diesel price fall"),
            usd_gal("244.2 cents per gallon", 2.442, "West Coast diesel price"),
            usd_gal("64.1 cents per gallon", 0.641,
                    "West Coast diesel price increase from last year"),
            usd("1.0 cent", 0.01, "California diesel price increase"),
            usd_gal("241.8 cents per gallon", 2.418, "California diesel price"),
            usd("54.4 cents", 0.544, "California diesel price increase from last year"),
        ],
    },
    {
        "id": "qt13-10",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/petroleum/weekly/archive/2002/020605/twipprint.html",
        "title": "This Week In Petroleum: Surprised?",
        "published": "2002-06-05",
        "truncated": True,
        "note": "EIA 'This Week In Petroleum', print view; the store glues headings into the "
                "running text. Removed: image placeholder and breadcrumb, 'Released on June 5, "
                "2002' (moved to published), the title 'Surprised?' (moved to title) and the "
                "subheadings 'Crude Inventories Show Large Build Last Week' and 'Retail Gasoline "
                "Prices Edge Up 0.5 Cent'; paragraphs are split where the subheadings stood."
                + CUT + " 'In seven out of the last ten years': 'seven' is a count of years and "
                "'the last ten years' a duration. 'the next week or two' is a duration range (1 "
                "to 2 weeks, approximate).",
        "paragraphs": [
            "Of course, the absolute peak for gasoline demand for the year usually occurs later "
            "in summer than Memorial Day. In seven out of the last ten years (1992 through "
            "2001), the peak weekly gasoline demand estimate has occurred in either June, July, "
            "or August. Thus, it is still too early to declare that gasoline demand has peaked, "
            "just as it was too early to write off the chances of the United States World Cup "
            "team prior to the beginning of the tournament. If anything, recent preliminary "
            "weekly data suggest strong gasoline consumption levels, with a peak well over 9 "
            "million barrels per day this summer.",
            "U.S. commercial crude oil inventories (excluding those in the Strategic Petroleum "
            "Reserve) surprised many analysts with an increase of 6.0 million barrels last week, "
            "and are once again close to year-ago levels. This large increase was unexpected, "
            "especially considering that crude oil inputs to refineries increased. While crude "
            "oil imports did increase last week compared to the previous week, the difference "
            "would not support such a large increase in reported inventories. Thus, "
            "\u201cunaccounted for crude oil\u201d, which is a balancing item used to balance "
            "crude oil supply with crude oil demand (defined here as crude oil inputs to "
            "refineries), was much larger than normal at 1.4 million barrels per day. Such is "
            "the bane of weekly data. It will be interesting to see in subsequent weeks what "
            "happens to crude oil inventories; history suggests a downward correction over the "
            "next week or two. Nevertheless, even with this large increase, crude oil "
            "inventories are slightly below year-ago levels, and are in the middle of the normal "
            "range for this time of year.",
            "The retail price for regular gasoline rose 0.5 cent last week, ending at 139.2 "
            "cents per gallon as of June 3.",
        ],
        "quantities": [
            q("seven", 7, "count", "count", "years with the gasoline demand peak in summer",
              counted="years"),
            q("the last ten years", 10, "year", "duration", "period of gasoline demand peaks"),
            q("well over 9 million barrels per day", 9e6, "barrel/day", "rate",
              "expected peak gasoline consumption", approx=True),
            q("6.0 million barrels", 6e6, "barrel", "volume",
              "weekly increase in crude oil inventories"),
            q("1.4 million barrels per day", 1.4e6, "barrel/day", "rate",
              "unaccounted for crude oil"),
            q("the next week or two", 1, "week", "duration",
              "expected downward correction of inventories", approx=True, high=2),
            usd("0.5 cent", 0.005, "weekly rise of the gasoline price"),
            usd_gal("139.2 cents per gallon", 1.392, "retail price for regular gasoline"),
        ],
    },
    {
        "id": "qt13-11",
        "source": "usgov:eia.gov",
        "url": "https://eia.gov/todayinenergy/detail.php?id=56380&src=%E2%80%B9+Consumption+++"
               "+++Residential+Energy+Consumption+Survey+%28RECS%29-b2",
        "title": "Household site energy use by state in 2020 (EIA Today in Energy)",
        "published": None,
        "truncated": True,
        "note": "EIA Today in Energy article; the stored page has no headline and no date "
                "(title written as a description). Removed: the site banner '2024 was a year of "
                "notable accomplishments. ...'." + CUT + " '76.7 million British thermal units' "
                "is energy (british_thermal_unit, scale applied; the abbreviation '(MMBtu)' "
                "stays outside); 'N MMBtu per household' is a rate "
                "(british_thermal_unit/household, 1e6 applied). '59.4\u00b0F' is a temperature.",
        "paragraphs": [
            "U.S. households consumed an average of 76.7 million British thermal units (MMBtu) "
            "of site energy in 2020, according to our 2020 Residential Energy Consumption Survey "
            "(RECS) data. The average site energy a household uses is largely correlated with "
            "the average outdoor temperature; households in colder climates, where space "
            "heating equipment is used more intensely, tend to consume more site energy than "
            "households in warmer parts of the county. Of the 15 states with average annual "
            "temperatures above the national average (59.4\u00b0F), the average households in "
            "every state except Oklahoma used less energy than the national average.",
            "Site energy refers to the amount of energy that enters a home, including "
            "electricity from the grid, electricity from onsite solar panels, natural gas, "
            "propane, and fuel oil. Site energy includes different forms of energy, and with "
            "respect to electricity, it does not account for the losses associated with "
            "conversion of primary fuels to electricity or the electrical losses in the "
            "transmission and distribution system. Site energy consumption is a combination of "
            "the energy consumption from all energy end uses in a home, including seasonal end "
            "uses such as space heating and cooling, as well as non-seasonal end uses such as "
            "cooking and consumer electronics. Although our analysis averages site energy "
            "consumption across a large number of homes to obtain state-level estimates, the "
            "consumption within an individual home can vary widely based on the efficiency of "
            "the heating and cooling equipment.",
            "In 2020, Hawaii was the warmest state, using an average of 30.3 MMBtu per "
            "household. Only 6% of homes in Hawaii were heated, and just 57% of households used "
            "air-conditioning (AC) equipment. Conversely, Alaska was the coldest state, using an "
            "average of 125.1 MMBtu per household in 2020.",
        ],
        "quantities": [
            q("76.7 million British thermal units", 7.67e7, "british_thermal_unit", "other",
              "average household site energy in 2020"),
            q("15 states", 15, "count", "count", "states warmer than the national average",
              counted="states"),
            q("59.4\u00b0F", 59.4, "fahrenheit", "other", "national average annual temperature"),
            q("30.3 MMBtu per household", 3.03e7, "british_thermal_unit/household", "rate",
              "Hawaii household site energy"),
            pct("6%", 6, "share of Hawaii homes that were heated"),
            pct("57%", 57, "share of Hawaii households using air-conditioning"),
            q("125.1 MMBtu per household", 1.251e8, "british_thermal_unit/household", "rate",
              "Alaska household site energy"),
        ],
    },
    {
        "id": "qt13-12",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/tools/faqs/faq.php?id=427&amp;t=3",
        "title": "What is U.S. electricity generation by energy source?",
        "published": "2017-04-18",
        "truncated": False,
        "note": "EIA Frequently Asked Questions. Removed: logo line, 'Frequently Asked "
                "Questions' label, the question (moved to title), the list of 13 energy-source "
                "shares with its caption (a table of percentages, dropped so that the document "
                "stays prose), 'Learn more' links, 'Last updated: April 18, 2017' (moved to "
                "published) and the 'Other FAQs' link. Footnote markers glued to words "
                "('electricity1', 'States.2', '2016.3') and the footnotes are verbatim; the "
                "footnote numbers are not quantities. 'at least one megawatt (or 1,000 "
                "kilowatts)' is two power quantities.",
        "paragraphs": [
            "In 2016, about 4.08 trillion kilowatthours (kWh) of electricity1 were generated at "
            "utility-scale facilities in the United States.2  About 65% of this electricity "
            "generation was from fossil fuels (coal, natural gas, petroleum, and other gases), "
            "about 20% was from nuclear energy, and about 15% was from renewable energy sources. "
            "The U.S. Energy Information Administration (EIA) estimates that an additional 19 "
            "billion kWh (or about 0.02 trillion kWh) of electricity generation was from "
            "small-scale solar photovoltaic systems in 2016.3",
            "1 Preliminary data for 2016.",
            "2 Electricity generating facilities (power plants) with at least one megawatt (or "
            "1,000 kilowatts) of total electricity generating capacity.",
            "3 Small-scale solar photovoltaic systems are electricity generators with less than "
            "one megawatt of electricity generating capacity that are usually at or near the "
            "location where the electricity is consumed. Most small-scale solar photovoltaic "
            "systems are installed on building rooftops.",
            "4 Pumped storage hydroelectricity generation is negative because most pumped "
            "storage electricity generation facilities use more electricity than they produce "
            "on an annual basis.",
        ],
        "quantities": [
            q("about 4.08 trillion kilowatthours", 4.08e12, "kilowatt_hour", "other",
              "US utility-scale electricity generation in 2016", approx=True),
            pct("About 65%", 65, "fossil fuel share of generation", approx=True),
            pct("about 20%", 20, "nuclear share of generation", approx=True),
            pct("about 15%", 15, "renewable share of generation", approx=True),
            q("19 billion kWh", 1.9e10, "kilowatt_hour", "other",
              "small-scale solar generation in 2016"),
            q("about 0.02 trillion kWh", 2e10, "kilowatt_hour", "other",
              "small-scale solar generation in 2016", approx=True),
            mw("at least one megawatt", 1, "minimum capacity of utility-scale facilities",
               approx=True),
            q("1,000 kilowatts", 1000, "kilowatt", "other",
              "minimum capacity of utility-scale facilities"),
            mw("less than one megawatt", 1, "capacity of small-scale solar systems",
               approx=True),
        ],
    },
    {
        "id": "qt13-13",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=10418",
        "title": "New Database Lists 337 Fuel Cell Projects in 43 States",
        "published": "2006-11-22",
        "truncated": False,
        "note": EERE_NOTE + " 'At least 337 stationary fuel cell projects' and '53' (projects, "
                "elided) stop at the number; compound adjectives '2-megawatt' etc. are power. "
                "'Fuel Cells 2000' is a name.",
        "paragraphs": [
            "At least 337 stationary fuel cell projects have been built throughout the United "
            "States, according to a new database created by Fuel Cells 2000 and DOE's Hydrogen "
            "Program. The database, which includes both active and retired projects, lists "
            "stationary fuel cell efforts in 43 states. The leading state in terms of sheer "
            "numbers is California, with 59 projects, followed closely by New York, with 53. "
            "According to the database, the largest U.S. fuel cell projects include a "
            "now-defunct 2-megawatt molten carbonate fuel cell built in Santa Clara, "
            "California, in the 1990s; a 1.2-megawatt phosphoric acid fuel cell system built in "
            "Middletown, Connecticut, in 2001; a 2-megawatt molten carbonate fuel cell built in "
            "Terre Haute, Indiana, in 2003; and a 1.4-megawatt phosphoric acid fuel cell system "
            "built in Garden City, New York, in 2005. The majority of the fuel cells are fueled "
            "with natural gas, but the database also includes fuel cells powered by anaerobic "
            "digester gas, coalmine methane, diesel fuel, ethanol, hydrogen, landfill gas, "
            "liquefied petroleum gas, methanol, and propane.",
            "Fuel Cells 2000 is a non-profit educational organization formed to promote the "
            "development and early commercialization of fuel cells and related technologies. "
            "The organization's new database also includes hydrogen fueling stations, fuel cell "
            "vehicles, and state policies relating to hydrogen and fuel cell technologies. In "
            "addition, Fuel Cells 2000 maintains a worldwide database on stationary fuel cell "
            "installations. See the state and worldwide databases on the Fuel Cells 2000 Web "
            "site.",
        ],
        "quantities": [
            q("At least 337", 337, "count", "count", "stationary fuel cell projects built",
              approx=True, counted="stationary fuel cell projects"),
            q("43 states", 43, "count", "count", "states with stationary fuel cell efforts",
              counted="states"),
            q("59 projects", 59, "count", "count", "fuel cell projects in California",
              counted="projects"),
            q("53", 53, "count", "count", "fuel cell projects in New York", counted="projects"),
            mw("2-megawatt", 2, "molten carbonate fuel cell in Santa Clara"),
            mw("1.2-megawatt", 1.2, "phosphoric acid fuel cell system in Middletown"),
            mw("2-megawatt", 2, "molten carbonate fuel cell in Terre Haute"),
            mw("1.4-megawatt", 1.4, "phosphoric acid fuel cell system in Garden City"),
        ],
    },
    {
        "id": "qt13-14",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=12633",
        "title": "Energy Star Homes Achieved a 17% Market Share in 2008",
        "published": "2009-07-08",
        "truncated": False,
        "note": EERE_NOTE + " 'Nearly 940,000 Energy Star-qualified homes' and 'more than "
                "100,000' stop at the number (modifier / elided noun); '155 million therms' is "
                "energy (therm).",
        "paragraphs": [
            "The U.S. Environmental Protection Agency (EPA) reported on July 2 that nearly 17% "
            "of all single-family homes built nationally in 2008 earned the Energy Star label, "
            "up from 12% in 2007. Both home builders and home buyers are continuing to invest in "
            "high-performing homes that save consumers money on their utility bills and help "
            "protect the environment. Market share for Energy Star-qualified homes was 20% or "
            "greater in 15 states in 2008, including Arizona, Colorado, Connecticut, Hawaii, "
            "Iowa, Kentucky, Nevada, New Hampshire, New Jersey, New York, Ohio, Oklahoma, Texas, "
            "Utah, and Vermont. To earn the Energy Star label, homes must meet strict guidelines "
            "for energy efficiency set by EPA. Typically these include energy-saving features "
            "such as effective insulation, high-performance windows, airtight living spaces and "
            "ducts, efficient heating and cooling equipment, and Energy Star-qualified lights "
            "and appliances. See the list of features of Energy Star-qualified homes on the "
            "Energy Star Web site.",
            "Nearly 940,000 Energy Star-qualified homes have been built to date, including more "
            "than 100,000 constructed in 2008. In 2008 alone, U.S. families living in Energy "
            "Star-qualified homes locked in annual utility bill savings of more than $250 "
            "million, avoiding the use of more than 1.5 billion kilowatt-hours of electricity "
            "and 155 million therms of natural gas. The Energy Star program is a joint effort of "
            "DOE and the EPA. See the EPA press release and a state-by-state breakdown of Energy "
            "Star-qualified homes on the Energy Star Web site.",
        ],
        "quantities": [
            pct("nearly 17%", 17, "share of 2008 single-family homes earning Energy Star",
                approx=True),
            pct("12%", 12, "Energy Star share in 2007"),
            pct("20% or greater", 20, "Energy Star market share in 15 states", approx=True),
            q("15 states", 15, "count", "count", "states with Energy Star share of 20% or more",
              counted="states"),
            q("Nearly 940,000", 940000, "count", "count", "Energy Star-qualified homes built",
              approx=True, counted="Energy Star-qualified homes"),
            q("more than 100,000", 100000, "count", "count",
              "Energy Star homes constructed in 2008", approx=True,
              counted="Energy Star-qualified homes"),
            usd("more than $250 million", 2.5e8, "annual utility bill savings", approx=True),
            q("more than 1.5 billion kilowatt-hours", 1.5e9, "kilowatt_hour", "other",
              "electricity use avoided in 2008", approx=True),
            q("155 million therms", 1.55e8, "therm", "other", "natural gas use avoided in 2008"),
        ],
    },
    {
        "id": "qt13-15",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=9451",
        "title": "EPA and DOE Launch Campaign Encouraging Use of Energy Star Lights",
        "published": "2005-10-12",
        "truncated": True,
        "note": EERE_NOTE + CUT + " (The cut sentence on EPA building temperatures is dropped.) 'at "
                "least one light' is a count (approximate); '7 million homes', '1 million cars', "
                "'25 million homes' are counts of equivalents. The inline link text '(PDF 1.8 "
                "MB). Download Adobe Reader.' is verbatim and '1.8 MB' is annotated (megabyte, "
                "other). Dates are not quantities.",
        "paragraphs": [
            "DOE and the U.S. Environmental Protection Agency (EPA) launched the annual \"Energy "
            "Star Change a Light, Change the World Campaign\" on October 5th, urging U.S. "
            "consumers to change at least one light in their home with one that carries an "
            "Energy Star label. If every U.S. household does that, the country will save $600 "
            "million in energy bills, save enough energy to light 7 million homes, and prevent "
            "greenhouse gas emissions equivalent to the emissions from 1 million cars. DOE and "
            "EPA named October 5th as \"Energy Star Change a Light Day\" and were joined by "
            "governors of 29 states, plus the governor of the Northern Mariana Islands. See the "
            "EPA press release and the campaign's Web page.",
            "According to a new annual report from EPA, Energy Star and other voluntary programs "
            "reduced U.S. energy bills by nearly $10 billion in 2004, while avoiding 57 million "
            "metric tons of greenhouse gases and saving enough energy to power 25 million homes. "
            "More than 1.5 billion Energy Star products have been purchased, while more than "
            "2,500 builders have constructed more than 360,000 Energy Star homes. Starting next "
            "July, though, homes will have to meet higher energy efficiency standards to earn "
            "the Energy Star label. See the EPA press releases on the report and the new Energy "
            "Star standards, or download the full report (PDF 1.8 MB). Download Adobe Reader.",
            "The EPA is also taking energy savings to heart. In response to President Bush's "
            "recent directive to all federal agencies on energy conservation, EPA is taking "
            "immediate actions to conserve natural gas, electricity, gasoline, and diesel fuel "
            "in all its buildings in Washington, D.C.",
        ],
        "quantities": [
            q("at least one light", 1, "count", "count", "lights each household should change",
              approx=True, counted="light"),
            usd("$600 million", 6e8, "energy bill savings from the campaign"),
            q("7 million homes", 7e6, "count", "count", "homes lit by the energy saved",
              counted="homes"),
            q("1 million cars", 1e6, "count", "count", "cars with equivalent emissions",
              counted="cars"),
            q("29 states", 29, "count", "count", "states whose governors joined",
              counted="states"),
            usd("nearly $10 billion", 1e10, "reduction of US energy bills in 2004",
                approx=True),
            q("57 million metric tons", 5.7e7, "metric_ton", "mass",
              "greenhouse gases avoided in 2004"),
            q("25 million homes", 2.5e7, "count", "count", "homes powered by the energy saved",
              counted="homes"),
            q("More than 1.5 billion", 1.5e9, "count", "count",
              "Energy Star products purchased", approx=True, counted="Energy Star products"),
            q("more than 2,500 builders", 2500, "count", "count",
              "builders of Energy Star homes", approx=True, counted="builders"),
            q("more than 360,000", 360000, "count", "count", "Energy Star homes constructed",
              approx=True, counted="Energy Star homes"),
            q("1.8 MB", 1.8, "megabyte", "other", "size of the full report PDF"),
        ],
    },
    {
        "id": "qt13-16",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/media/images/hydroforms",
        "title": "Hydroforms",
        "published": None,
        "truncated": False,
        "note": "USGS image page. Removed: the label 'Image:' (title kept), 'Detailed "
                "Description', image dimensions, empty 'Date Taken' and the location line. The "
                "double space after the first period is verbatim. 'the early 1970s' is a date.",
        "paragraphs": [
            "Both ice and water sculpt the landscape surrounding Columbia Glacier.  Since USGS "
            "studies began in the early 1970s the glacier has lost 140 cubic km of ice, "
            "thinning by over 500 meters in the neighborhood of this image, and exposing 100 "
            "square km of new ocean.",
        ],
        "quantities": [
            q("140 cubic km", 140, "cubic_kilometer", "volume", "ice lost by Columbia Glacier"),
            q("over 500 meters", 500, "meter", "length", "thinning of Columbia Glacier",
              approx=True),
            q("100 square km", 100, "square_kilometer", "area", "new ocean exposed"),
        ],
    },
    {
        "id": "qt13-17",
        "source": "usgov:climate.nasa.gov",
        "url": "https://climate.nasa.gov/climate_resources/93/icefall/",
        "title": "Icefall",
        "published": None,
        "truncated": False,
        "note": "NASA climate resources image page; title from the URL slug. Removed: the image "
                "credit paragraph ('Image provided by the USGS EROS Data Center ... NASA Earth "
                "Observatory.'). '1300 feet (400 meters)' is two lengths; 'Landsat-7' is a name; "
                "the acquisition date is not a quantity.",
        "paragraphs": [
            "This interesting image shows the world\u2019s largest glacier, Lambert Glacier in "
            "Antarctica, and icefall that flows into it. Ice flows like water, albeit much more "
            "slowly. Cracks can be seen in this icefall as it bends and twists on its slow "
            "descent 1300 feet (400 meters) to the glacier below. The image was taken by the "
            "Landsat-7 satellite on December 2, 2000 and is a false-color composite made from "
            "infrared, red and green wavelengths. The image has also been sharpened using the "
            "sensor\u2019s panchromatic band.",
        ],
        "quantities": [
            q("1300 feet", 1300, "foot", "length", "descent of the icefall"),
            q("400 meters", 400, "meter", "length", "descent of the icefall"),
        ],
    },
    {
        "id": "qt13-18",
        "source": "usgov:downloads.usda.library.cornell.edu",
        "url": "https://downloads.usda.library.cornell.edu/usda-esmis/files/tm70mv177/5h73pw77s/"
               "zw12z624s/CropProd-07-12-2017.txt",
        "title": "Crop Production (USDA NASS), July 12, 2017",
        "published": "2017-07-12",
        "truncated": True,
        "note": "USDA National Agricultural Statistics Service report, text file on USDA's "
                "ESMIS repository (hosted by Cornell's Mann Library for USDA). Removed: the "
                "header ('Crop Production ISSN: 1936-3737 Released July 12, 2017, by ... "
                "(USDA).', moved to title/published) and the four glued headline lines ('Winter "
                "Wheat Production Up 2 Percent from June ...')." + CUT + " The text is one "
                "paragraph (as stored). Yield changes 'up 0.8 bushel', 'down 5.6 bushels' etc. "
                "follow a 'bushels per acre' yield and are annotated as bushel/acre rates (the "
                "per-acre is elided). 'the second highest yield' is an ordinal.",
        "paragraphs": [
            "Winter wheat production is forecast at 1.28 billion bushels, up 2 percent from the "
            "June 1 forecast but down 23 percent from 2016. Based on July 1 conditions, the "
            "United States yield is forecast at 49.7 bushels per acre, up 0.8 bushel from last "
            "month, but down 5.6 bushels from last year. If realized, this will be the second "
            "highest yield on record for the United States, behind only 2016. The area expected "
            "to be harvested for grain or seed totals 25.8 million acres, unchanged from the "
            "Acreage report released on June 30, 2017, but down 15 percent from last year. Hard "
            "Red Winter production, at 758 million bushels, is up 2 percent from last month. "
            "Soft Red Winter, at 306 million bushels, is up 3 percent from the June forecast. "
            "White Winter, at 216 million bushels, is up 3 percent from last month. Of the White "
            "Winter production, 18.5 million bushels are Hard White and 198 million bushels are "
            "Soft White. Durum wheat production is forecast at 57.5 million bushels, down 45 "
            "percent from 2016. The United States yield is forecast at 30.9 bushels per acre, "
            "down 13.1 bushels from last year. Expected area to be harvested for grain totals "
            "1.86 million acres, unchanged from the Acreage report released on June 30, 2017, "
            "but 21 percent below 2016. Other spring wheat production is forecast at 423 million "
            "bushels, down 21 percent from last year. Area harvested for grain is expected to "
            "total 10.5 million acres, unchanged from the Acreage report released on June 30, "
            "2017, but down 7 percent from last year. The United States yield is forecast at "
            "40.3 bushels per acre, down 6.9 bushels from last year.",
        ],
        "quantities": [
            q("1.28 billion bushels", 1.28e9, "bushel", "volume", "winter wheat production"),
            pct("2 percent", 2, "winter wheat change from the June forecast"),
            pct("23 percent", 23, "winter wheat decline from 2016"),
            q("49.7 bushels per acre", 49.7, "bushel/acre", "rate", "winter wheat yield"),
            q("0.8 bushel", 0.8, "bushel/acre", "rate", "winter wheat yield change from last "
              "month"),
            q("5.6 bushels", 5.6, "bushel/acre", "rate", "winter wheat yield change from last "
              "year"),
            q("25.8 million acres", 2.58e7, "acre", "area", "winter wheat area to be harvested"),
            pct("15 percent", 15, "winter wheat area decline from last year"),
            q("758 million bushels", 7.58e8, "bushel", "volume", "Hard Red Winter production"),
            pct("2 percent", 2, "Hard Red Winter change from last month"),
            q("306 million bushels", 3.06e8, "bushel", "volume", "Soft Red Winter production"),
            pct("3 percent", 3, "Soft Red Winter change from the June forecast"),
            q("216 million bushels", 2.16e8, "bushel", "volume", "White Winter production"),
            pct("3 percent", 3, "White Winter change from last month"),
            q("18.5 million bushels", 1.85e7, "bushel", "volume", "Hard White production"),
            q("198 million bushels", 1.98e8, "bushel", "volume", "Soft White production"),
            q("57.5 million bushels", 5.75e7, "bushel", "volume", "durum wheat production"),
            pct("45 percent", 45, "durum wheat decline from 2016"),
            q("30.9 bushels per acre", 30.9, "bushel/acre", "rate", "durum wheat yield"),
            q("13.1 bushels", 13.1, "bushel/acre", "rate", "durum yield change from last year"),
            q("1.86 million acres", 1.86e6, "acre", "area", "durum area to be harvested"),
            pct("21 percent", 21, "durum area decline from 2016"),
            q("423 million bushels", 4.23e8, "bushel", "volume",
              "other spring wheat production"),
            pct("21 percent", 21, "other spring wheat decline from last year"),
            q("10.5 million acres", 1.05e7, "acre", "area",
              "other spring wheat area to be harvested"),
            pct("7 percent", 7, "other spring wheat area decline from last year"),
            q("40.3 bushels per acre", 40.3, "bushel/acre", "rate", "other spring wheat yield"),
            q("6.9 bushels", 6.9, "bushel/acre", "rate",
              "other spring wheat yield change from last year"),
        ],
    },
    {
        "id": "qt13-19",
        "source": "usgov:cfpub.epa.gov",
        "url": "https://cfpub.epa.gov/ols/catalog/advanced_brief_record.cfm?FIELD1=SUBJECT&"
               "INPUT1=Trends&TYPE1=EXACT&LOGIC1=AND&COLL=&SORT_TYPE=MTIC&item_count=532",
        "title": "Municipal Solid Waste in the United States: 2005 Facts and Figures.",
        "published": None,
        "truncated": False,
        "note": "EPA National Library Catalog record; only the abstract (EPA prose) is kept. "
                "Removed: the catalog fields (record header, main title -> title, corporate "
                "author, publisher and year 2006, stock number, subjects, call-number table, "
                "collation '164p'). Published 2006 (year only; left null). '2005a decrease' "
                "(glued) is verbatim. Plain 'tons' -> metric_ton (guideline); 'N pounds per "
                "person per day' is a rate (pound/person/day).",
        "paragraphs": [
            "This report describes the national municipal solid waste (MSW) stream based on "
            "data collected for 1960 through 2005. The historical perspective is useful for "
            "establishing trends in types of MSW generated and in the ways it is managed. In "
            "this Executive Summary, we briefly describe the methodology used to characterize "
            "MSW in the United States and provide the latest facts and figures on MSW "
            "generation, recycling, and disposal. In the United States, we generated "
            "approximately 245.7 million tons of MSW in 2005a decrease of 1.6 million tons from "
            "2004. Excluding composting, the amount of MSW recycled increased to 58.4 million "
            "tons, an increase of 1.2 million tons from 2004. This is a 2 percent increase in "
            "the tons recycled. The tons recovered for composting rose slightly to 20.6 million "
            "tons in 2005, up from 20.5 million tons in 2004. The recovery rate for recycling "
            "(including composting) was 32.1 percent in 2005, up from 31.4 percent in 2004. MSW "
            "generation in 2005 declined to 4.54 pounds per person per day. This is a decrease "
            "of 1.5 percent from 2004 to 2005. The recycling rate in 2005 was 1.46 pounds per "
            "person per day. Discards sent to a landfill after recycling declined to 2.46 pounds "
            "per person per day in 2005.",
        ],
        "quantities": [
            q("approximately 245.7 million tons", 2.457e8, "metric_ton", "mass",
              "MSW generated in 2005", approx=True),
            q("1.6 million tons", 1.6e6, "metric_ton", "mass", "decrease of MSW from 2004"),
            q("58.4 million tons", 5.84e7, "metric_ton", "mass", "MSW recycled in 2005"),
            q("1.2 million tons", 1.2e6, "metric_ton", "mass", "increase of MSW recycled"),
            pct("2 percent", 2, "increase in tons recycled"),
            q("20.6 million tons", 2.06e7, "metric_ton", "mass", "MSW composted in 2005"),
            q("20.5 million tons", 2.05e7, "metric_ton", "mass", "MSW composted in 2004"),
            pct("32.1 percent", 32.1, "recovery rate in 2005"),
            pct("31.4 percent", 31.4, "recovery rate in 2004"),
            q("4.54 pounds per person per day", 4.54, "pound/person/day", "rate",
              "MSW generation per person in 2005"),
            pct("1.5 percent", 1.5, "decrease of MSW generation per person"),
            q("1.46 pounds per person per day", 1.46, "pound/person/day", "rate",
              "recycling per person in 2005"),
            q("2.46 pounds per person per day", 2.46, "pound/person/day", "rate",
              "discards to landfill per person in 2005"),
        ],
    },
    {
        "id": "qt13-20",
        "source": "usgov:www.nhc.noaa.gov",
        "url": "https://www.nhc.noaa.gov/text/refresh/MIATCUEP2+shtml/250956.shtml",
        "title": "Hurricane Norma Tropical Cyclone Update",
        "published": "2023-10-21",
        "truncated": False,
        "note": "NWS National Hurricane Center product text. Removed: the WMO header lines "
                "('000', 'WTPZ62 KNHC 212015', 'TCUEP2'), the product name (moved to title), "
                "the office line, the issuance time line (date moved to published), the headline "
                "'...NORMA MAKES LANDFALL IN BAJA CALIFORNIA SUR...', the summary heading and its "
                "dashed rule, '$$' and the forecaster line. The hard-wrapped prose lines are "
                "joined into one paragraph; the four summary lines are kept as they stand (upper "
                "case, ellipses). Coordinates (23.0N 110.1W) are not quantities. '15 DEGREES' is "
                "a direction (degree, other). '978 mb' is millibar and '28.88 inches' is the "
                "same pressure in inches of mercury (inch_Hg, other), not a length. 'ABOUT' "
                "qualifies both '15 MI' and '25 KM'.",
        "paragraphs": [
            "Satellite imagery indicates that Norma has made landfall in Baja California Sur "
            "near El Pozo de Cota, which is west-northwest of Cabo San Lucas. The maximum "
            "sustained winds are estimated to be 80 mph (130 km/h), and the minimum central "
            "pressure is estimated at 978 mb (28.88 inches).",
            "LOCATION...23.0N 110.1W",
            "ABOUT 15 MI...25 KM WNW OF CABO SAN LUCAS MEXICO",
            "MAXIMUM SUSTAINED WINDS...80 MPH...130 KM/H",
            "PRESENT MOVEMENT...NNE OR 15 DEGREES AT 7 MPH...11 KM/H",
            "MINIMUM CENTRAL PRESSURE...978 MB...28.88 INCHES",
        ],
        "quantities": [
            q("80 mph", 80, "mile/hour", "rate", "maximum sustained winds of Norma"),
            q("130 km/h", 130, "kilometer/hour", "rate", "maximum sustained winds of Norma"),
            q("978 mb", 978, "millibar", "other", "minimum central pressure of Norma"),
            q("28.88 inches", 28.88, "inch_Hg", "other", "minimum central pressure of Norma"),
            q("ABOUT 15 MI", 15, "mile", "length", "distance of Norma from Cabo San Lucas",
              approx=True),
            q("25 KM", 25, "kilometer", "length", "distance of Norma from Cabo San Lucas",
              approx=True),
            q("80 MPH", 80, "mile/hour", "rate", "maximum sustained winds"),
            q("130 KM/H", 130, "kilometer/hour", "rate", "maximum sustained winds"),
            q("15 DEGREES", 15, "degree", "other", "direction of present movement"),
            q("7 MPH", 7, "mile/hour", "rate", "speed of present movement"),
            q("11 KM/H", 11, "kilometer/hour", "rate", "speed of present movement"),
            q("978 MB", 978, "millibar", "other", "minimum central pressure"),
            q("28.88 INCHES", 28.88, "inch_Hg", "other", "minimum central pressure"),
        ],
    },
    {
        "id": "qt13-21",
        "source": "usgov:www.lrd.usace.army.mil",
        "url": "https://www.lrd.usace.army.mil/News/News-Releases/Year/2025/Month/7",
        "title": "Corps of Engineers to start dredging Manistique Harbor",
        "published": None,
        "truncated": False,
        "note": "U.S. Army Corps of Engineers (Great Lakes and Ohio River Division) news release "
                "listing for July 2025. Only the one complete release text with figures "
                "(Manistique Harbor) is kept; its headline is the title. Removed: search and "
                "contact furniture (phone numbers), the archive label and the other teasers "
                "(Portage sewer project, Center Hill Dam; the latter cut). Listed in July 2025, "
                "exact date not shown (null). 'from four to ten feet deep' is a range (span "
                "without 'from'); '12 foot' (depth) is a compound adjective.",
        "paragraphs": [
            "The U.S. Army Corps of Engineers, Detroit District will start a maintenance "
            "dredging project at Manistique Harbor as early as August 7. The $1.865 million "
            "project will remove 92,500 cubic yards of sediment and place it along the west "
            "breakwater beach area below the ordinary high-water mark and west of the "
            "breakwater extending 7,000 feet along the nearshore lake bottom from four to ten "
            "feet deep. \u201cThe Corps of Engineers annually performs hydrographic condition "
            "surveys to assess shoaling in federal harbors and navigation channels,\u201d said "
            "Corps of Engineers St. Marys River Section Chief Justin Proulx. \u201cThose "
            "assessments have demonstrated significant shoaling in Manistique Harbor. "
            "Maintaining a 12 foot depth in the harbor is essential for safe commercial and "
            "recreational users, and the Corps of Engineers looks forward to dredging and "
            "reutilizing the shoaled material to nourish high erosion areas of the nearby "
            "shoreline.\u201d",
        ],
        "quantities": [
            usd("$1.865 million", 1.865e6, "cost of the Manistique Harbor dredging project"),
            q("92,500 cubic yards", 92500, "cubic_yard", "volume", "sediment to be removed"),
            q("7,000 feet", 7000, "foot", "length", "extent of sediment placement"),
            q("four to ten feet", 4, "foot", "length", "depth of the nearshore lake bottom",
              high=10),
            q("12 foot", 12, "foot", "length", "harbor depth to maintain"),
        ],
    },
    {
        "id": "qt13-22",
        "source": "usgov:svs.gsfc.nasa.gov",
        "url": "https://svs.gsfc.nasa.gov/11928",
        "title": "Western Wildfires",
        "published": None,
        "truncated": False,
        "note": "NASA Scientific Visualization Studio page. Removed: 'Earth  ID: 11928', the "
                "title line, story credits, credit request, short-URL and breadcrumb lines. The "
                "page shows no date (the images are of August 2015). 'four times a day' is a "
                "rate (count/day); 'more than 40 million actively burning fires' stops at the "
                "number (modifiers).",
        "paragraphs": [
            "Each year about one third of Earth's land surface is touched by fire. We didn't "
            "know this fact until the Moderate Resolution Imaging Spectroradiometer, or MODIS, "
            "instrument aboard NASA\u2019s Terra and Aqua satellites together began scanning "
            "Earth four times a day to pinpoint every active fire on the planet. In the sixteen "
            "years since they began creating this global fire map, they have observed more than "
            "40 million actively burning fires and revolutionized scientists' understanding of "
            "where fires occur and how they affect ecosystems, carbon released into the "
            "atmosphere that contributes to climate change, and air quality that affects human "
            "health. The real-time fire map is one of the most in demand products for fighting "
            "wildfires in the United States and across the globe. Explore the images for views "
            "of wildfires in the Western U.S. observed by the two satellites in August 2015.",
        ],
        "quantities": [
            q("about one third", 1 / 3, "fraction", "percent",
              "share of Earth's land surface touched by fire each year", approx=True),
            q("four times a day", 4, "count/day", "rate", "MODIS scans of Earth"),
            q("sixteen years", 16, "year", "duration", "period of the global fire map"),
            q("more than 40 million", 4e7, "count", "count", "actively burning fires observed",
              approx=True, counted="actively burning fires"),
            q("two satellites", 2, "count", "count", "satellites observing the wildfires",
              counted="satellites"),
        ],
    },
    {
        "id": "qt13-23",
        "source": "usgov:www.history.navy.mil",
        "url": "http://www.history.navy.mil/branches/teach/ships/ships10.htm",
        "title": "Ships to Sea: Aircraft Carrier 1960",
        "published": None,
        "truncated": False,
        "note": "Naval History and Heritage Command teaching page. Removed: the headings 'Ships "
                "to Sea' and 'Aircraft Carrier 1960' (title) and the image caption 'Aircraft "
                "Carrier - 1960'. 'hundreds of plane and helicopters' (verbatim 'plane') is a "
                "vague plural count, 200, approximate, span 'hundreds'; 'for months at a time' "
                "has no number.",
        "paragraphs": [
            "The Navy's largest ships are aircraft carriers. Today's carriers are about 1,000 "
            "feet long and carry hundreds of plane and helicopters. Airplanes take off and land "
            "on large, flat flight decks where many sailors work together to control the "
            "traffic. These ships are airports at sea. Each carrier is a floating community "
            "where about 5,000 sailors work, eat, and sleep together for months at a time. "
            "Aircraft carriers launch, recover, and repair airplanes and helicopters. Carriers "
            "protect the fleet and are used as an offensive force against an enemy.",
        ],
        "quantities": [
            q("about 1,000 feet", 1000, "foot", "length", "length of aircraft carriers",
              approx=True),
            q("hundreds", 200, "count", "count", "planes and helicopters carried", approx=True,
              counted="planes and helicopters"),
            q("about 5,000 sailors", 5000, "person", "count", "sailors on each carrier",
              approx=True),
        ],
    },
    {
        "id": "qt13-24",
        "source": "usgov:www.ncdc.noaa.gov",
        "url": "https://www.ncdc.noaa.gov/news/ncdc-releases-july-2012-us-monthly-climate-report",
        "title": "NCDC Releases July 2012 U.S. Monthly Climate Report",
        "published": None,
        "truncated": True,
        "note": "NOAA National Climatic Data Center news page. Removed: the site notice on data "
                "delays, the headline (moved to title) and the image credit 'Credit: NOAA -'. "
                "The page shows no date (report on July 2012, released in August 2012)." + CUT
                + " Anomalies like '3.3\u00b0F above' are temperatures (fahrenheit, other). 'first "
                "seven months' -> the duration 'seven months'; '12-month' is a compound "
                "adjective duration. Ranks ('among their ten warmest', 'fifth driest', "
                "'second warmest') are not quantities.",
        "paragraphs": [
            "According to NOAA scientists, the average temperature for the contiguous United "
            "States during July was 77.6\u00b0F, 3.3\u00b0F above the 20th century average, "
            "marking the hottest July and the hottest month on record for the Nation. The "
            "previous warmest July for the Nation was July 1936 when the average U.S. "
            "temperature was 77.4\u00b0F. The warm July temperatures contributed to a "
            "record-warm first seven months of the year and the warmest 12-month period the "
            "Nation has experienced since recordkeeping began in 1895.",
            "Higher-than-average temperatures engulfed much of the contiguous United States "
            "during July, with the largest temperature departures from the 20th century average "
            "occurring across most of the Plains, the Midwest, and along the Eastern Seaboard. "
            "Virginia had its warmest July on record, with a statewide temperature 4.0\u00b0F "
            "above average. In total, 32 states had July temperatures among their ten warmest, "
            "with seven states having their second warmest July on record.",
            "Drier-than-average conditions also continued across the Central Plains and the "
            "Midwest during July. Nebraska, Iowa, Illinois, and Missouri had July precipitation "
            "totals ranking among their ten driest. Maine had its fifth driest July on record. "
            "However, an active storm pattern in the Southwest contributed to California having "
            "its fifth wettest July on record and Nevada having its eighth wettest. "
            "Wetter-than-average conditions were also observed through the rest of the "
            "Southwest, along the western Gulf Coast, and through the Ohio Valley where West "
            "Virginia had its tenth wettest July.",
            "The warm and dry conditions over a large portion of the country were associated "
            "with ideal wildfire conditions.",
        ],
        "quantities": [
            q("77.6\u00b0F", 77.6, "fahrenheit", "other", "average July 2012 temperature of the "
              "contiguous US"),
            q("3.3\u00b0F", 3.3, "fahrenheit", "other", "July 2012 departure from the 20th "
              "century average"),
            q("77.4\u00b0F", 77.4, "fahrenheit", "other", "average US temperature in July 1936"),
            q("seven months", 7, "month", "duration", "record-warm first part of 2012"),
            q("12-month", 12, "month", "duration", "warmest period on record"),
            q("4.0\u00b0F", 4.0, "fahrenheit", "other", "Virginia July temperature above "
              "average"),
            q("32 states", 32, "count", "count", "states with July among their ten warmest",
              counted="states"),
            q("seven states", 7, "count", "count", "states with their second warmest July",
              counted="states"),
        ],
    },
    {
        "id": "qt13-25",
        "source": "usgov:climate.gov",
        "url": "https://climate.gov/news-features/featured-images/hottestmonthever\u2026-recorded",
        "title": "Hottest.Month.Ever\u2026 Recorded",
        "published": None,
        "truncated": True,
        "note": "NOAA Climate.gov featured image text. Removed: the title line (moved to title) "
                "and the label 'Details'. The page shows no date (July 2012 data, August 2012)."
                + CUT + " 'up to 8\u00b0 Fahrenheit' and 'up to 2\u00b0 Fahrenheit' are temperature "
                "differences (approximate); '12-month' is a duration; '-worsening' and 'the "
                "typically the warmest' are verbatim. 'the fourth most on record' is a rank.",
        "paragraphs": [
            "According to the latest statistics from NOAA\u2019s National Climatic Data Center, "
            "the average temperature for the contiguous United States during July was "
            "77.6\u00b0F, which is 3.3\u00b0F above the 20th-century average. This marks the "
            "warmest July and\u2013given that July is the typically the warmest month of the "
            "year\u2014the warmest month on record for the nation.",
            "The maps above show average monthly temperature (top) as well as temperature "
            "anomaly\u2014 where in the United States July 2012 temperatures were different from "
            "the 1981\u20132010 average. Shades of red indicate temperatures up to 8\u00b0 "
            "Fahrenheit warmer than average, and shades of blue indicate temperatures up to "
            "2\u00b0 Fahrenheit cooler than average\u2014the darker the color, the larger the "
            "temperature difference.",
            "With warmer-than-average conditions in place since March, 2012 continues to be "
            "warmest year-to-date period on record. As July came to a close, a new record was "
            "set, breaking the one set just last month: the past 12-month period has been the "
            "warmest the nation has experienced since recordkeeping began in 1895.",
            "With the extreme heat, you can see much of the contiguous United States shaded in "
            "red. The largest temperature departures from average occurred across most of the "
            "Central Plains, the Midwest, and along the Eastern Seaboard. Virginia had its "
            "warmest July on record and 32 states had July temperatures among their ten "
            "warmest.",
            "The excessive heat, combined with drier-than-average conditions across the Central "
            "Plains and Midwest during July, exacerbated wildfires and drought conditions "
            "throughout much of the United States. The warm and dry conditions contributed to "
            "ideal wildfire conditions and over two million acres burned nationwide during July "
            "due to wildfires, the fourth most on record since 2000.",
            "The temperatures also contributed to -worsening drought in July.",
        ],
        "quantities": [
            q("77.6\u00b0F", 77.6, "fahrenheit", "other", "average July 2012 temperature of the "
              "contiguous US"),
            q("3.3\u00b0F", 3.3, "fahrenheit", "other", "July 2012 departure from the "
              "20th-century average"),
            q("up to 8\u00b0 Fahrenheit", 8, "fahrenheit", "other",
              "warmest anomaly shown on the map", approx=True),
            q("up to 2\u00b0 Fahrenheit", 2, "fahrenheit", "other",
              "coolest anomaly shown on the map", approx=True),
            q("12-month", 12, "month", "duration", "warmest period on record"),
            q("32 states", 32, "count", "count", "states with July among their ten warmest",
              counted="states"),
            q("over two million acres", 2e6, "acre", "area", "area burned by wildfires in July",
              approx=True),
        ],
    },
]

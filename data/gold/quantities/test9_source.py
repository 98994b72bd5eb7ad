"""Readable source of the sealed quantities test set ``test9.jsonl`` (annotated blind by sqy9).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test9.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

EERE = "This is an excerpt from EERE Network News"
EERE_NOTE = ("Removed: the newsletter banner ('" + EERE + ", a weekly electronic "
             "newsletter.'), the date line (moved to published) and the headline (moved to "
             "title).")


from checklib import quantity_record as q  # one definition for every quantities source


def mw(text, value, about, approx=False, high=None):
    """Return a megawatt (power) record: kind other, not normalized."""
    return q(text, value, "megawatt", "other", about, approx, high)


DOCS = [
    {
        "id": "qt9-01",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=21391",
        "title": "Army Plans Largest Solar Array on a U.S. Military Installation",
        "published": "2014-04-16",
        "truncated": False,
        "note": EERE_NOTE,
        "paragraphs": [
            "The U.S. Army announced on April 14 plans to start development of a nearly "
            "20-megawatt solar array that will provide about 25% of the annual electricity "
            "requirement of Fort Huachuca, south of Tucson, Arizona. The project will be the "
            "largest solar array in the Department of Defense on a military installation.",
            "Tucson Electric Power will fund, own, maintain, and operate the more than 75,000 "
            "modules. Commercial operations are expected to begin in late 2014. The U.S. Army's "
            "Energy Initiatives Task Force is working to deploy one gigawatt of renewable energy "
            "by 2025. The task force is currently pursuing projects in Alabama, California, "
            "Hawaii, Maryland, and New York. See the Army news release.",
        ],
        "quantities": [
            mw("nearly 20-megawatt", 20, "solar array at Fort Huachuca", approx=True),
            q("about 25%", 25, "percent", "percent",
              "annual electricity requirement of Fort Huachuca", approx=True),
            q("more than 75,000 modules", 75000, "count", "count", "solar array modules",
              approx=True, counted="modules"),
            q("one gigawatt", 1, "gigawatt", "other", "renewable energy the Army will deploy"),
        ],
    },
    {
        "id": "qt9-02",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6352",
        "title": "U.S. Wind Industry to Grow 25 Percent in 2003",
        "published": "2003-05-21",
        "truncated": False,
        "note": EERE_NOTE + " Decision: 'expects from 1,100 to 1,400 megawatts' is an expected "
                "range, not a change, so one quantity with value_high (span without 'from'); "
                "'with half in the United States' is a fraction of the 3,000 megawatts.",
        "paragraphs": [
            "The installed capacity of wind generators in the United States is expected to grow "
            "by about 25 percent in 2003, according to the American Wind Energy Association "
            "(AWEA). The industry group expects from 1,100 to 1,400 megawatts of new wind "
            "turbines to be installed this year, a lower number than the 1,500 to 1,800 "
            "megawatts projected by the association back in January. AWEA says financing "
            "difficulties that are plaguing the entire electrical generating market are also "
            "creating roadblocks for some wind energy projects. See the AWEA press release.",
            "Despite the difficulties in the power market, the wind turbine industry appears to "
            "be booming as turbine manufacturers increasingly concentrate on larger turbines "
            "while racking up new orders. In fact, GE Wind Energy announced on Monday that it "
            "has received more than $2 billion in orders and commitments since it entered the "
            "wind industry in May 2002. Between now and 2005, the company has commitments for "
            "3,000 megawatts of new wind turbines, with half in the United States and the "
            "remainder in Europe and Asia. The company has also introduced a new series of "
            "turbines exceeding 2 megawatts in capacity, and unveiled on May 18th a new system "
            "that allows turbines to stay connected to the grid during low-voltage events. "
            "Meanwhile, NEG Micon North America, another leading wind turbine supplier, "
            "announced on May 19th that it will supply 45 of its 1.65-megawatt wind turbines "
            "for the Blue Canyon Wind Farm, under development by Zilkha Renewable Energy in "
            "southwest Oklahoma. See the GE Wind Energy press releases and the NEG Micon press "
            "release.",
        ],
        "quantities": [
            q("about 25 percent", 25, "percent", "percent",
              "growth of installed capacity of wind generators", approx=True),
            mw("1,100 to 1,400 megawatts", 1100, "new wind turbines to be installed this year",
               high=1400),
            mw("1,500 to 1,800 megawatts", 1500, "new wind turbines projected in January",
               high=1800),
            q("more than $2 billion", 2e9, "USD", "money", "GE Wind Energy orders and commitments",
              approx=True),
            mw("3,000 megawatts", 3000, "GE commitments for new wind turbines"),
            q("half", 0.5, "fraction", "percent",
              "share of the wind turbines in the United States"),
            mw("exceeding 2 megawatts", 2, "capacity of new series of turbines", approx=True),
            q("45", 45, "count", "count", "wind turbines for the Blue Canyon Wind Farm",
              counted="wind turbines"),
            mw("1.65-megawatt", 1.65, "NEG Micon wind turbines"),
        ],
    },
    {
        "id": "qt9-03",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6066",
        "title": "First Nebraska Wind Plant Completed as Wind Activities Accelerate Nationwide",
        "published": "2002-09-04",
        "truncated": False,
        "note": EERE_NOTE + " '10 or more project locations': the qualifier 'or more' stands "
                "after the number and is inside the span (approximate).",
        "paragraphs": [
            "Construction of the first utility-scale wind facility in Nebraska was completed on "
            "August 28th. The Tennessee Valley Infrastructure Group Inc. (TVIG) announced that "
            "the 10.5-megawatt wind plant should begin commercial operation on October 1st. The "
            "project was commissioned by the Municipal Energy Agency of Nebraska. See the TVIG "
            "press release.",
            "A flurry of wind power activity has been occurring across the United States. In "
            "North Dakota, Montana-Dakota Utilities Co. (MDU) is proposing to develop the "
            "state's largest wind power facility. Dakota I Power Partners will pursue a "
            "20-megawatt wind plant in Dickey County, located in the southeast part of the "
            "state. In New York, the Long Island Power Authority (LIPA) is pursuing its proposed "
            "offshore wind plant by requesting input from potential offshore wind power "
            "developers. Governor George E. Pataki also announced that the New York Power "
            "Authority is seeking proposals to develop 50 megawatts of wind power in the state. "
            "And finally, US WindForce announced a joint venture with Padoma Wind Power to "
            "develop as much as 1500 megawatts of wind energy projects, involving 10 or more "
            "project locations, over the next 5 years in the Mid-Atlantic region. See the press "
            "releases from MDU, LIPA, Governor Pataki, and US WindForce.",
            "The large number of wind facilities currently being planned has led the American "
            "Wind Energy Association (AWEA) to predict that 2003 will be a record year for wind "
            "power development. Although 2002 shows a slight dip, with only 400 to 450 megawatts "
            "of new wind power capacity, AWEA is predicting that 2,000 megawatts of new capacity "
            "will be installed in 2003. See the AWEA press release.",
        ],
        "quantities": [
            mw("10.5-megawatt", 10.5, "first Nebraska wind plant"),
            mw("20-megawatt", 20, "wind plant in Dickey County"),
            mw("50 megawatts", 50, "wind power sought by the New York Power Authority"),
            mw("as much as 1500 megawatts", 1500, "wind energy projects in the Mid-Atlantic",
               approx=True),
            q("10 or more project locations", 10, "count", "count", "project locations",
              approx=True, counted="project locations"),
            q("the next 5 years", 5, "year", "duration", "development period of the joint venture"),
            mw("400 to 450 megawatts", 400, "new wind power capacity in 2002", high=450),
            mw("2,000 megawatts", 2000, "new capacity to be installed in 2003"),
        ],
    },
    {
        "id": "qt9-04",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=16321",
        "title": "DOE Awards $5.2 Million for Wind Forecasting and Wind Turbine Development",
        "published": "2010-09-15",
        "truncated": False,
        "note": EERE_NOTE + " 'Two of the projects' is a count (span 'Two').",
        "paragraphs": [
            "DOE announced on September 13 that it will award more than $5.2 million over two "
            "years to five projects that will support U.S. wind energy development. Two of the "
            "projects, focused on short-term wind forecasting, will receive a total of $3.4 "
            "million over two years. AWS Truepower, LLC will lead a project that will focus on a "
            "region of high wind energy use in Texas, while WindLogics, Inc. will lead a project "
            "targeting portions of several upper-Midwestern states. In addition, three projects "
            "will receive a total of more than $1.8 million to develop midsize wind turbines, "
            "with Clean Green Energy, LLC developing a 200-kilowatt (kW) vertical-axis wind "
            "turbine; Northern Power Systems developing a 450-kW wind turbine; and Texas Tech "
            "University developing a 500-kW model that can be tilted upward without using "
            "cranes. Vertical-axis wind turbines resemble upright eggbeaters and have "
            "maintenance advantages because the generator is located near the ground. See the "
            "DOE press release and the Web site for DOE's Wind and Water Power Program.",
        ],
        "quantities": [
            q("more than $5.2 million", 5.2e6, "USD", "money", "DOE award for wind projects",
              approx=True),
            q("two years", 2, "year", "duration", "award period"),
            q("five projects", 5, "count", "count", "projects supporting wind energy development",
              counted="projects"),
            q("Two", 2, "count", "count", "wind forecasting projects", counted="projects"),
            q("$3.4 million", 3.4e6, "USD", "money", "funding for wind forecasting projects"),
            q("two years", 2, "year", "duration", "forecasting funding period"),
            q("three projects", 3, "count", "count", "midsize wind turbine projects",
              counted="projects"),
            q("more than $1.8 million", 1.8e6, "USD", "money",
              "funding to develop midsize wind turbines", approx=True),
            q("200-kilowatt", 200, "kilowatt", "other", "vertical-axis wind turbine"),
            q("450-kW", 450, "kilowatt", "other", "Northern Power Systems wind turbine"),
            q("500-kW", 500, "kilowatt", "other", "Texas Tech University wind turbine model"),
        ],
    },
    {
        "id": "qt9-05",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=12662",
        "title": "DOE Awards $13.8 Million to 28 New Wind Energy Projects",
        "published": "2009-07-22",
        "truncated": False,
        "note": EERE_NOTE + " Also removed the closing link line 'See the full report (PDF 1.9 "
                "MB). Download Adobe Reader.' (link label and file size). Modifiers between "
                "number and noun: spans '28', '14', 'about 8,400' (new jobs).",
        "paragraphs": [
            "DOE selected 28 new wind energy projects on July 16 for up to $13.8 million in "
            "funding, tapping $12.8 million in American Recovery and Reinvestment Act funds. The "
            "projects will help address market and deployment challenges, including wind turbine "
            "research and testing and efforts to better integrate wind power into the nation's "
            "electrical grid. The 14 wind turbine research and testing projects include work on "
            "improved wind turbine towers, blades, gearboxes, lubricants, and generators; "
            "advanced manufacturing techniques; and technologies for monitoring the performance "
            "of operating wind turbines. The wind integration projects involve analyses of wind "
            "measurement and forecasting techniques, energy storage systems, and means of "
            "integrating wind power into electrical grid operations, including operating "
            "techniques, software models, market simulation tools, and other strategies and "
            "decision support tools. For a complete list of projects, see the DOE press release.",
            "DOE also released the 2008 Wind Technologies Market Report, which details the $16 "
            "billion investment made in U.S. wind power projects in 2008. The report finds that "
            "U.S. wind power capacity increased by 8,558 megawatts in 2008, continuing the "
            "United States' four-year streak of leading the world in annual wind power capacity "
            "growth. The rapid growth rate also led the United States to overtake Germany and "
            "claim the world lead in cumulative wind power capacity. The demand for wind power "
            "spurred expansion of wind turbine manufacturing in the United States, creating "
            "about 8,400 new jobs in 2008. Wind power also remained competitive in wholesale "
            "power markets in 2008, although the industry is contending with continuing upward "
            "pressure on wind power prices.",
        ],
        "quantities": [
            q("28", 28, "count", "count", "new wind energy projects selected",
              counted="wind energy projects"),
            q("up to $13.8 million", 13.8e6, "USD", "money", "funding for wind energy projects",
              approx=True),
            q("$12.8 million", 12.8e6, "USD", "money", "Recovery Act funds"),
            q("14", 14, "count", "count", "wind turbine research and testing projects",
              counted="projects"),
            q("$16 billion", 16e9, "USD", "money", "investment in U.S. wind power projects"),
            mw("8,558 megawatts", 8558, "increase of U.S. wind power capacity in 2008"),
            q("four-year", 4, "year", "duration", "streak of leading world wind capacity growth"),
            q("about 8,400", 8400, "count", "count", "new jobs in wind turbine manufacturing",
              approx=True, counted="jobs"),
        ],
    },
    {
        "id": "qt9-06",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6030",
        "title": "Ethanol Production Increases; USDA Confirms Energy Benefit",
        "published": "2002-08-07",
        "truncated": True,
        "note": EERE_NOTE + " The store cuts the page inside the fourth paragraph; kept to its "
                "last complete sentence (government page cut like a VOA page, as in test8). "
                "Rates with the per-unit directly after the amount are one quantity: '67 million "
                "gallons per year', '40 million gallons of ethanol per year' (inserted 'of X' "
                "noun inside the span) -> gallon/year. '\"76\" brand' is a name.",
        "paragraphs": [
            "The U.S. ethanol industry continues to boom, with record production in June—up 13 "
            "percent from June 2001—and lots of new capacity coming online. In the last week of "
            "July and the first week of August, the Renewable Fuels Association (RFA) announced "
            "the completion of two major ethanol plant expansions and one new plant, totaling 67 "
            "million gallons per year in new production capacity. The new farmer-owned Adkins "
            "Energy plant in Illinois has the capacity to produce 40 million gallons of ethanol "
            "per year and includes a co-generation facility to produce steam and electricity for "
            "the plant. See the RFA press releases.",
            "Meanwhile, Philips Petroleum Company has stopped blending MTBE in the gasoline it "
            "sells through its 1,500 stations under the \"76\" brand in California, with the "
            "exception of some racing gasoline sold in limited locations. The company continues "
            "to provide a small amount of MTBE-blended gasoline to independent gasoline stations. "
            "The move makes the \"76\" brand the first large gasoline retailer selling only "
            "ethanol-blended gasoline in the state. See the Philips Petroleum press release.",
            "The U.S. Department of Agriculture (USDA) also has good news for the ethanol "
            "industry: a new USDA study found that ethanol produces 34 percent more energy than "
            "is used in growing and harvesting the corn and distilling it into ethanol. Going "
            "against claims that ethanol production consumes more energy than it produces, the "
            "report concludes that the net energy value of corn ethanol has become positive in "
            "recent years due to technological advances in ethanol conversion and increased "
            "efficiency in farm production. See the USDA press release.",
            "DOE continues to develop technologies that will boost the energy yield of ethanol "
            "from corn and other feedstocks.",
        ],
        "quantities": [
            q("13 percent", 13, "percent", "percent", "rise of record ethanol production in June"),
            q("two", 2, "count", "count", "major ethanol plant expansions",
              counted="ethanol plant expansions"),
            q("one new plant", 1, "count", "count", "new ethanol plant", counted="plants"),
            q("67 million gallons per year", 6.7e7, "gallon/year", "rate",
              "new ethanol production capacity"),
            q("40 million gallons of ethanol per year", 4e7, "gallon/year", "rate",
              "capacity of the Adkins Energy plant"),
            q("1,500 stations", 1500, "count", "count", "Philips Petroleum gasoline stations",
              counted="stations"),
            q("34 percent", 34, "percent", "percent",
              "energy ethanol produces beyond the energy used to make it"),
        ],
    },
    {
        "id": "qt9-07",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=6048",
        "title": "Wind Projects Proposed in West Virginia and Northwest; Cape Wind to Install Test "
                 "Tower off Cape Cod",
        "published": "2002-08-21",
        "truncated": True,
        "note": EERE_NOTE + " The store cuts the page inside the last paragraph (the sentence on "
                "the monitoring pole); kept to the last complete sentence. Ranges '25 to 50 "
                "megawatts', '25 to 200 megawatts', 'the next three to five years' are one "
                "quantity each.",
        "paragraphs": [
            "Wind power continues to advance in the United States, with a new 225-megawatt wind "
            "facility proposed for West Virginia, a request for proposals for up to 50 megawatts "
            "of wind power in the Pacific Northwest, and approval of a critical step needed to "
            "develop the country's first offshore wind facility in Nantucket Sound.",
            "In West Virginia, wind developer Nedpower is in the process of performing a "
            "resource assessment for its proposed facility near Mount Storm. The company "
            "anticipates a $150 million project using 150 turbines, each with a capacity of up "
            "to 1.5 megawatts. See the Nedpower Web site.",
            "Nedpower's planned location may be too close for comfort for another wind power "
            "developer, US WindForce, LLC, which also plans to build a large wind facility in "
            "the same area. See the US WindForce Web site.",
            "In the Northwest, the Last Mile Electric Cooperative (LMEC) is seeking proposals "
            "for projects that could provide 25 to 50 megawatts of wind power to the Pacific "
            "Northwest and Northern California by the end of 2003. LMEC is a cooperative "
            "corporation of 16 public power utilities and other members located in Washington, "
            "Oregon, Nevada, and California. The cooperative is also looking to develop an "
            "additional 25 to 200 megawatts of wind power over the next three to five years. "
            "Proposals are due on September 4th. See the LMEC request for proposals.",
            "And in the Northeast, where Cape Wind Associates is hoping to be the first "
            "developer of offshore wind power in the country, the company has achieved a minor "
            "victory: the U.S. Army Corps of Engineer has granted approval for Cape Wind to "
            "install a monitoring station at its intended wind site in Nantucket Sound.",
        ],
        "quantities": [
            mw("225-megawatt", 225, "wind facility proposed for West Virginia"),
            mw("up to 50 megawatts", 50, "wind power sought in the Pacific Northwest",
               approx=True),
            q("$150 million", 1.5e8, "USD", "money", "Nedpower wind project"),
            q("150 turbines", 150, "count", "count", "turbines of the Nedpower project",
              counted="turbines"),
            mw("up to 1.5 megawatts", 1.5, "capacity of each turbine", approx=True),
            mw("25 to 50 megawatts", 25, "wind power sought by LMEC by the end of 2003", high=50),
            q("16", 16, "count", "count", "public power utilities in LMEC", counted="utilities"),
            mw("25 to 200 megawatts", 25, "additional wind power LMEC seeks", high=200),
            q("the next three to five years", 3, "year", "duration",
              "period to develop additional wind power", high=5),
        ],
    },
    {
        "id": "qt9-08",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=11884",
        "title": "Large-Scale U.S. Solar Power Facilities Becoming Commonplace",
        "published": "2008-07-23",
        "truncated": True,
        "note": EERE_NOTE + " Also removed the photo description, its caption ('Parabolic "
                "trough technology ... See a larger version of this photo.') and credit. The "
                "store cuts the page inside the second paragraph; kept to its last complete "
                "sentence.",
        "paragraphs": [
            "A spate of announced plans to build large solar power facilities throughout the "
            "United States seems to indicate that relatively large-scale systems are becoming "
            "commonplace. The trend is most apparent in concentrating solar power (CSP), with a "
            "number of facilities in the planning stages with capacities greater than 100 "
            "megawatts (MW). One recent example is a plan to build a 106.8-MW CSP plant near "
            "Coalinga, California, about 60 miles southwest of Fresno. Pacific Gas & Electric "
            "Company (PG&E) signed a power purchase contract for the facility with a subsidiary "
            "of Martifer Renewables Electricity LLC in June. Slated to start operation in 2011, "
            "the facility will produce power from biomass fuels when the sun is not available, "
            "allowing for constant power production. In addition, the four largest utilities in "
            "New Mexico, including PNM, issued a request for proposals (RFP) in late June to "
            "build a CSP plant in the state on the scale of about 100 MW. Bids are due by "
            "September 26, and a contract should be issued by January 2009, with the goal of "
            "commercial operation by 2012. Both the California and New Mexico facilities will "
            "use parabolic trough-shaped mirrors to concentrate the sun's heat. See the PG&E "
            "press release and the PNM press release and RFP.",
            "Meanwhile, Florida Power & Light Company (FPL) is moving ahead with its plans to "
            "deploy solar power in the Sunshine State.",
        ],
        "quantities": [
            mw("greater than 100 megawatts", 100, "capacities of planned CSP facilities",
               approx=True),
            mw("106.8-MW", 106.8, "CSP plant near Coalinga"),
            q("about 60 miles", 60, "mile", "length", "distance of the plant from Fresno",
              approx=True),
            q("four", 4, "count", "count", "largest utilities in New Mexico",
              counted="utilities"),
            mw("about 100 MW", 100, "CSP plant sought in New Mexico", approx=True),
        ],
    },
    {
        "id": "qt9-09",
        "source": "usgov:www.usbr.gov",
        "url": "http://www.usbr.gov/youth/learn/hydropower.cfm",
        "title": "Hydropower (Bureau of Reclamation)",
        "published": None,
        "truncated": True,
        "note": "Removed: the slideshow captions (bulleted photo labels) and the photo "
                "description glued to the first paragraph ('A photo of a rotar being worked on at "
                "Grand Coulee Dam in Washington.'). The store cuts the page after the heading "
                "'Recent Efforts and Accomplishments' (heading and cut word dropped); kept to the "
                "last complete sentence. Title written as a description. 'more than 40 billion "
                "kilowatt-hours of electricity a year' is one rate (kilowatt_hour/year); "
                "'annually offsets 27 million tons' has a separate frequency, so only the amount. "
                "'10th largest' is a rank.",
        "paragraphs": [
            "The Bureau of Reclamation is the largest water supplier in the United States, "
            "owning and operating 188 water projects across the western states with dams, "
            "reservoirs, canals, diversion dams, pipelines, and other distribution "
            "infrastructure. While owning 76 powerplants, it operates 53 powerplants that "
            "produce more than 40 billion kilowatt-hours of electricity a year from 176 "
            "generating units. That is enough energy to meet the needs of 3.5 million homes.",
            "This makes Reclamation the second largest producer of hydropower in the United "
            "States. However, many opportunities remain at existing Reclamation facilities to "
            "produce additional hydropower.",
            "Hydropower is clean, renewable power for federal projects and customers at cost, "
            "with nearly $1 billion in revenues being returned to the Treasury each year.",
            "Reclamation powerplants account for 23 percent of hydroelectric generating capacity "
            "in the western United States and, when compared with all electric utilities, "
            "Reclamation ranks as the 10th largest utility in the United States.",
            "Hydropower generated at Reclamation facilities annually offsets 27 million tons of "
            "carbon dioxide. It saves 6.8 million tons of coal or 23.5 million barrels of oil "
            "that would otherwise be used to generate an equivalent amount of electricity in "
            "fossil-fired powerplants.",
            "Hydropower is a zero-carbon, zero-emission, low-cost source of energy that can be "
            "relied upon for long-term, stable production of domestic electricity. Hydropower "
            "also provides consistent, reliable generation which can be quickly adjusted and "
            "dispatched to meet the various needs of the electric grid.",
        ],
        "quantities": [
            q("188 water projects", 188, "count", "count", "Reclamation water projects",
              counted="water projects"),
            q("76 powerplants", 76, "count", "count", "powerplants Reclamation owns",
              counted="powerplants"),
            q("53 powerplants", 53, "count", "count", "powerplants Reclamation operates",
              counted="powerplants"),
            q("more than 40 billion kilowatt-hours of electricity a year", 4e10,
              "kilowatt_hour/year", "rate", "electricity produced by Reclamation powerplants",
              approx=True),
            q("176 generating units", 176, "count", "count", "generating units",
              counted="generating units"),
            q("3.5 million homes", 3.5e6, "count", "count", "homes whose needs the energy meets",
              counted="homes"),
            q("nearly $1 billion", 1e9, "USD", "money", "hydropower revenues returned to the "
              "Treasury", approx=True),
            q("23 percent", 23, "percent", "percent",
              "share of hydroelectric generating capacity in the western United States"),
            q("27 million tons", 2.7e7, "metric_ton", "mass", "carbon dioxide offset annually"),
            q("6.8 million tons", 6.8e6, "metric_ton", "mass", "coal saved"),
            q("23.5 million barrels", 2.35e7, "barrel", "volume", "oil saved"),
        ],
    },
    {
        "id": "qt9-10",
        "source": "usgov:www.usbr.gov",
        "url": "https://www.usbr.gov/newsroom/newsroomold/newsletter/2018/2018-03-23newsletter"
               ".html",
        "title": "Reclamation newsletter, March 23, 2018",
        "published": "2018-03-23",
        "truncated": True,
        "note": "Removed: the teaser that repeats the first two sentences above the body, the "
                "'Reclamation Logotype' and 'Parker Dam' image labels and the date line (moved to "
                "published). The store cuts the page inside the fifth paragraph (dropped: it has "
                "no complete sentence). Title written as a description. 'more than 600 dams, "
                "canals and reservoirs': span 'more than 600' (the counted noun is a list). "
                "'annually provide more than 40 billion kilowatt hours': frequency before the "
                "verb, so the amount is an energy (kilowatt_hour). 'second largest' is a rank; "
                "'June 17, 1902' a date.",
        "paragraphs": [
            "The Bureau of Reclamation has played a big role in delivering water and generating "
            "power in the West in the last 115 years. On June 17, 1902, President Theodore "
            "Roosevelt signed the Reclamation Act creating the United States Reclamation "
            "Service.",
            "Since then, Reclamation has built more than 600 dams, canals and reservoirs "
            "including Hoover Dam on the Colorado River and Grand Coulee on the Columbia River. "
            "These water projects led to homesteading and promoted the economic development of "
            "the West.",
            "Reclamation is now the largest wholesale water supplier and the second largest "
            "producer of hydropower in the United States, its 53 power plants annually provide "
            "more than 40 billion kilowatt hours generating nearly a billion dollars in power "
            "revenues and produce enough electricity to serve 3.5 million homes.",
            "Today Reclamation is a contemporary water management agency with numerous programs, "
            "initiatives and activities that will help the Western United States, Native "
            "American tribes and others meet new water needs and balance the multitude of "
            "competing uses of water in the West. These activities provide $48.05 billion in "
            "total economic contribution that supports more than 387,000 jobs.",
        ],
        "quantities": [
            q("the last 115 years", 115, "year", "duration",
              "Reclamation's role in delivering water and power"),
            q("more than 600", 600, "count", "count", "dams, canals and reservoirs built",
              approx=True, counted="dams, canals and reservoirs"),
            q("53 power plants", 53, "count", "count", "Reclamation power plants",
              counted="power plants"),
            q("more than 40 billion kilowatt hours", 4e10, "kilowatt_hour", "other",
              "electricity Reclamation power plants provide annually", approx=True),
            q("nearly a billion dollars", 1e9, "USD", "money", "power revenues", approx=True),
            q("3.5 million homes", 3.5e6, "count", "count", "homes served", counted="homes"),
            q("$48.05 billion", 4.805e10, "USD", "money", "total economic contribution"),
            q("more than 387,000 jobs", 387000, "count", "count", "jobs supported",
              approx=True, counted="jobs"),
        ],
    },
    {
        "id": "qt9-11",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=11972",
        "title": "Gulf Energy Systems are Recovering from Gustav, Bracing for Ike",
        "published": "2008-09-10",
        "truncated": True,
        "note": EERE_NOTE + " The store cuts the page after the second paragraph's first word "
                "of a link line ('See'), dropped. Counts with modifiers: 'six' (natural gas "
                "processing plants), 'seven' (southern states). '247,000 barrels per day' is a "
                "rate (barrel/day).",
        "paragraphs": [
            "Oil and natural gas production in the Gulf of Mexico and refining and fuel delivery "
            "along the Gulf Coast are gradually recovering from the impacts of Hurricane Gustav, "
            "but the approach of Hurricane Ike will complicate recovery efforts and could bring "
            "new damage. The Minerals Management Service (MMS) reported on September 9 that "
            "77.5% of Gulf oil production has been shut-in, as well as 64.8% of natural gas "
            "production in the Gulf, with 23.3% of the oil production platforms evacuated. "
            "According to the September 9 situation report from DOE's Office of Electricity "
            "Delivery and Energy Reliability, the Louisiana Offshore Oil Port has been returned "
            "to service, allowing the offloading of large oil tankers, and most oil pipelines "
            "are operating, although some are running at reduced flow rates. Natural gas "
            "delivery faces greater challenges, as three pipelines are still not delivering "
            "natural gas from offshore facilities, six natural gas processing plants are unable "
            "to operate, four processing plants are able to operate but lack electrical power or "
            "natural gas supplies, and 12 processing plants are running at less than full "
            "capacity.",
            "On the plus side, the power recovery has been swift for most of Louisiana, as only "
            "9% of the state remained without power as of September 9. As a result, only one "
            "refinery remained shut down, representing 247,000 barrels per day of production. "
            "Another seven refineries were restarting, while 11 refineries were running at less "
            "than full capacity. To help maintain fuel supplies and stabilize markets during the "
            "disruption, DOE delivered 250,000 barrels of oil from the Strategic Petroleum "
            "Reserve (SPR) to Marathon Petroleum Company's Midwest refineries on September 8, "
            "while the U.S. Environmental Protection Agency (EPA) has issued emergency waivers "
            "of fuel standards in seven southern states.",
        ],
        "quantities": [
            q("77.5%", 77.5, "percent", "percent", "Gulf oil production shut-in"),
            q("64.8%", 64.8, "percent", "percent", "natural gas production in the Gulf shut-in"),
            q("23.3%", 23.3, "percent", "percent", "oil production platforms evacuated"),
            q("three pipelines", 3, "count", "count", "pipelines not delivering natural gas",
              counted="pipelines"),
            q("six", 6, "count", "count", "natural gas processing plants unable to operate",
              counted="natural gas processing plants"),
            q("four processing plants", 4, "count", "count",
              "processing plants lacking power or supplies", counted="processing plants"),
            q("12 processing plants", 12, "count", "count",
              "processing plants at less than full capacity", counted="processing plants"),
            q("9%", 9, "percent", "percent", "share of Louisiana without power"),
            q("one refinery", 1, "count", "count", "refinery shut down", counted="refineries"),
            q("247,000 barrels per day", 247000, "barrel/day", "rate",
              "production of the shut refinery"),
            q("seven refineries", 7, "count", "count", "refineries restarting",
              counted="refineries"),
            q("11 refineries", 11, "count", "count", "refineries at less than full capacity",
              counted="refineries"),
            q("250,000 barrels", 250000, "barrel", "volume",
              "oil delivered from the Strategic Petroleum Reserve"),
            q("seven", 7, "count", "count", "southern states with fuel standard waivers",
              counted="states"),
        ],
    },
    {
        "id": "qt9-12",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/special/disruptions/hurricane/ike/gustav_091408.html",
        "title": "EIA Report on Hurricane Impacts on U.S. Energy",
        "published": "2008-09-14",
        "truncated": True,
        "note": "Removed: breadcrumb ('Home > Special Report'), the headline (moved to title), "
                "the time line 'As of Sunday, September 14, 3:00 pm See current' (date moved to "
                "published; year from the page's '8/29/2008' column and the URL), the section "
                "label, the NYMEX price table (header only, no figures) and its RBOB footnote. "
                "The store cuts the page inside the sentence after 'reduced runs ... Ike.'; kept "
                "to the last complete sentence. Double spaces after periods verbatim. Clock "
                "times ('12:30 pm EDT') are not quantities. 'over 1.4 million barrels per day of "
                "gasoline output': span stops after the per-unit.",
        "paragraphs": [
            "As of 12:30 pm EDT (11:30 am CDT), September 14, the Minerals Management Service "
            "was reporting that 1.3 million barrels per day (or almost 100 percent) of the "
            "federal portion of the Gulf of Mexico’s crude oil production was shut-in.  As of "
            "8:00 pm EDT (7:00 pm CDT), September 13, the Department of Energy reported that "
            "there are 15 refineries in Texas and Louisiana that are shut down ahead of "
            "Hurricane Ike.  These 15 refineries have a total capacity of nearly 3.9 million "
            "barrels per day (22 percent of U.S. operable capacity), and represent over 1.4 "
            "million barrels per day of gasoline output (about 16 percent of U.S. gasoline "
            "demand in September) and nearly 1.0 million barrels per day of distillate fuel "
            "output (about 24 percent of U.S. demand in September), based on recent historical "
            "data.  At this time, it is unclear how long these refineries will remain shut "
            "down.  So far, since refineries first shut down before Hurricane Gustav, over 24 "
            "million barrels of products have not been produced, including over 11 million "
            "barrels of gasoline and 8 million barrels of distillate fuel. This does not even "
            "include reduced production from refineries that have reduced runs at various times "
            "during Hurricanes Gustav or Ike.",
        ],
        "quantities": [
            q("1.3 million barrels per day", 1.3e6, "barrel/day", "rate",
              "Gulf of Mexico crude oil production shut-in"),
            q("almost 100 percent", 100, "percent", "percent",
              "share of federal Gulf crude oil production shut-in", approx=True),
            q("15 refineries", 15, "count", "count", "refineries shut down ahead of Ike",
              counted="refineries"),
            q("15 refineries", 15, "count", "count", "refineries shut down",
              counted="refineries"),
            q("nearly 3.9 million barrels per day", 3.9e6, "barrel/day", "rate",
              "total capacity of the shut refineries", approx=True),
            q("22 percent", 22, "percent", "percent", "share of U.S. operable capacity"),
            q("over 1.4 million barrels per day", 1.4e6, "barrel/day", "rate",
              "gasoline output of the shut refineries", approx=True),
            q("about 16 percent", 16, "percent", "percent", "share of U.S. gasoline demand",
              approx=True),
            q("nearly 1.0 million barrels per day", 1e6, "barrel/day", "rate",
              "distillate fuel output of the shut refineries", approx=True),
            q("about 24 percent", 24, "percent", "percent", "share of U.S. distillate demand",
              approx=True),
            q("over 24 million barrels", 2.4e7, "barrel", "volume", "products not produced",
              approx=True),
            q("over 11 million barrels", 1.1e7, "barrel", "volume", "gasoline not produced",
              approx=True),
            q("8 million barrels", 8e6, "barrel", "volume", "distillate fuel not produced"),
        ],
    },
    {
        "id": "qt9-13",
        "source": "usgov:www.weather.gov",
        "url": "http://www.weather.gov/unr/2015-07-27",
        "title": "Severe thunderstorms of 27 July 2015 (NWS Rapid City)",
        "published": None,
        "truncated": False,
        "note": "Removed: NWS header ('National Weather Service United States Department of "
                "Commerce'), the site-wide banner on gusty winds and an atmospheric river "
                "('... Read More >'), the 'Overview' label, two photo captions and the NWS "
                "footer ('nws logo Media use of NWS Web News Stories is encouraged! ...'). Title "
                "written as a description; the event date is not a publication date. '3.5\"' is "
                "3.5 inches (the inch mark).",
        "paragraphs": [
            "A series of severe thunderstorms rolled across northeastern Wyoming and western "
            "South Dakota on 27 July 2015. Hail up to 3.5\" in diameter and wind gusts up to 73 "
            "mph were reported. Prodigious amounts of hail fell in Custer, South Dakota. The "
            "hail looked like snow due to the depth. Record rainfall also fell at the Rapid City "
            "Regional Airport.",
        ],
        "quantities": [
            q("up to 3.5\"", 3.5, "inch", "length", "hail diameter", approx=True),
            q("up to 73 mph", 73, "mile/hour", "rate", "wind gusts", approx=True),
        ],
    },
    {
        "id": "qt9-14",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-a-2003-09-12-24-powerful-67322982/271232.html",
        "title": "Powerful Hurricane Moves Across Atlantic Ocean - 2003-09-12",
        "published": "2003-09-12",
        "truncated": False,
        "note": "Removed: 'Accessibility links', 'Breaking News', the section label 'News', the "
                "headline (moved to title; its date gives published) and the size switcher "
                "'XS SM MD LG'. 'category five' is a rating, not a quantity; 'thousands' (of "
                "people) is a vague plural (2000, approximate).",
        "paragraphs": [
            "U.S. weather forecasters say a powerful hurricane is continuing its slow movement "
            "westward across the Atlantic Ocean, with sustained winds of about 260 kilometers an "
            "hour.",
            "They say the center of the huge storm still is 600 kilometers northeast of islands "
            "in the Caribbean Sea. And it could be several days before the hurricane, called "
            "Isabel, will reach land.",
            "The U.S. national hurricane center says the storm is moving to the west at only "
            "about 15 kilometers an hour, and is expected to remain on that track for the next "
            "24 hours.",
            "Tropical storm winds extend out almost 300 kilometers from the center of the "
            "hurricane. Forecasters say large ocean swells and hazardous surf are likely in the "
            "northern Leeward Islands, the Virgin Islands, and Puerto Rico for the next several "
            "days.",
            "The forecasters call Isabel a category five hurricane, one that can cause "
            "widespread destruction on land. The most recent category five hurricane in the "
            "region, in 1998 - devastated parts of Central America and killed thousands of "
            "people.",
        ],
        "quantities": [
            q("about 260 kilometers an hour", 260, "kilometer/hour", "rate",
              "sustained winds of hurricane Isabel", approx=True),
            q("600 kilometers", 600, "kilometer", "length",
              "distance of the storm center from Caribbean islands"),
            q("about 15 kilometers an hour", 15, "kilometer/hour", "rate",
              "speed of the storm's movement", approx=True),
            q("the next 24 hours", 24, "hour", "duration", "time the storm keeps its track"),
            q("almost 300 kilometers", 300, "kilometer", "length",
              "extent of tropical storm winds", approx=True),
            q("thousands", 2000, "person", "count", "people killed by the 1998 hurricane",
              approx=True),
        ],
    },
    {
        "id": "qt9-15",
        "source": "voa:www.voanews.com",
        "url": "http://www.voanews.com/content/us-tornado-4th-upd--v/1665609.html",
        "title": "Rescuers Dig for Survivors After Deadly US Tornado",
        "published": None,
        "truncated": False,
        "note": "Removed: the section label 'World News', the headline (moved to title), 'TEXT "
                "SIZE - +' and the trailing 'Feature Story' teaser (a photo caption and an "
                "unrelated story lead). The page shows no date. 'at least three times' (searches "
                "of each building) is a count of repetitions (counted 'times'), not a "
                "multiplier. 'F-4' and 'a scale of five' name a rating scale and are not "
                "annotated. '240' (injured) is a count of persons.",
        "paragraphs": [
            "More stormy weather is interfering with rescue efforts in Moore, Oklahoma, the day "
            "after a monster tornado destroyed large parts of the central U.S. town.",
            "Moore's fire chief says emergency workers will not stop searching for survivors, "
            "saying they will go through the rubble of each building at least three times.",
            "Monday's tornado killed 24 people and injured 240. It was a large and powerful "
            "storm, measuring as an F-4 on a scale of five. Top measured winds hit 306 "
            "kilometers per hour.",
            "The storm tore up entire neighborhoods, leaving the landscape unrecognizable even "
            "to those who lived in Moore their whole lives. Many people lost everything they "
            "owned, including pets. Quick-thinking teachers are credited with saving lives at an "
            "elementary school by hustling students into closets seconds before the storm "
            "demolished the building.",
            "President Barack Obama has declared a major disaster in Oklahoma. He ordered the "
            "Federal Emergency Management Agency to provide any assistance the state needs. He "
            "said the people of Moore are not standing alone as they recover and rebuild.",
            "Moore is a suburb of the state capital, Oklahoma City. An even more powerful "
            "tornado struck the town in 1999.",
        ],
        "quantities": [
            q("at least three times", 3, "count", "count", "searches of each building's rubble",
              approx=True, counted="times"),
            q("24 people", 24, "person", "count", "people killed by the tornado"),
            q("240", 240, "person", "count", "people injured by the tornado"),
            q("306 kilometers per hour", 306, "kilometer/hour", "rate",
              "top measured winds of the tornado"),
        ],
    },
    {
        "id": "qt9-16",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/usa/least-6-dead-us-heat-wave",
        "title": "At Least 6 Dead in US Heat Wave",
        "published": "2019-07-21",
        "truncated": True,
        "note": "Removed: the store's date marker and section label 'USA', the headline (moved to "
                "title), the byline and date line ('By VOA News', 'July 21, 2019 12:31 AM') and "
                "the photo caption ('Russ Wilson splashes water ...'). The stored page reaches "
                "the store's length limit, so it may continue: marked truncated (it ends at a "
                "complete sentence). Decision: 'in the upper 70s to low 80s' (NWS night "
                "temperatures in the United States) is read as Fahrenheit 77-83, approximate, "
                "although the article's only scale word is 'Celsius' (36 degrees Celsius, in "
                "another sentence): a Celsius reading is impossible here, and the guideline "
                "takes the scale the context gives. 'Jeffrey Glickman, 37,' is an age. Verbatim: "
                "the closing quote mark after 'brutal,' is two apostrophes.",
        "paragraphs": [
            "Health officials say an oppressive heat wave that has blanketed large swaths of the "
            "United States has contributed to the deaths of at least six people.",
            "Various news outlets have reported heat-related deaths in the states of Maryland, "
            "Arizona and Arkansas.",
            "The National Weather Service warned a \"dangerous heat wave\" paired with high "
            "humidity in the United States over the weekend could quickly cause heat stress or "
            "heat stroke, if precautions are not taken.",
            "Events were canceled throughout the nation, from festivals and concerts to sporting "
            "events.",
            "The NWS said temperatures would remain warm at night, in the upper 70s to low 80s, "
            "with more heat on the way Sunday for the East Coast. The agency also advised people "
            "to check in on relatives and friends, especially the elderly.",
            "During a span of three days in July 1995, more than 700 people died in Chicago, "
            "when temperatures rose above 36 degrees Celsius. Many of those who died were poor "
            "or elderly with no access to air conditioning. Many also lived alone.",
            "Despite the warnings, one runner in the nation's capital planned to head out for a "
            "run early Saturday. \"It's brutal,'' Jeffrey Glickman, 37, said, adding, \"You just "
            "have to power through it the best you can.\"",
            "Temperatures have been rising in cities from the Midwest to the East Coast because "
            "of a high pressure system that has trapped the warm air. City officials are "
            "allowing public pools to stay open longer and municipalities are issuing advisories "
            "to inform the public about how best to deal with the heat.",
        ],
        "quantities": [
            q("at least six people", 6, "person", "count", "deaths from the heat wave",
              approx=True),
            q("upper 70s to low 80s", 77, "fahrenheit", "other", "night temperatures",
              approx=True, high=83),
            q("three days", 3, "day", "duration", "span of the 1995 Chicago heat deaths"),
            q("more than 700 people", 700, "person", "count", "people who died in Chicago",
              approx=True),
            q("above 36 degrees Celsius", 36, "celsius", "other", "temperatures in Chicago",
              approx=True),
            q("37", 37, "year", "other", "age of Jeffrey Glickman"),
        ],
    },
    {
        "id": "qt9-17",
        "source": "usgov:www1.eere.energy.gov",
        "url": "http://www1.eere.energy.gov/geothermal/printable_versions/news_detail.html?"
               "news_id=9549",
        "title": "Ormat Commissions 20-Megawatt Geothermal Power Plant in Nevada",
        "published": "2005-11-23",
        "truncated": False,
        "note": "Removed: the header lines 'U.S. Department of Energy - Energy Efficiency and "
                "Renewable Energy' and 'Geothermal Technologies Office', the headline (moved to "
                "title) and the date line (moved to published). 'only 178 degrees Fahrenheit': "
                "'only' is not an approximation qualifier.",
        "paragraphs": [
            "Only eight months after breaking ground, Ormat Nevada Inc. commissioned a new "
            "20-megawatt geothermal power plant in Nevada on November 14th. According to Ormat, "
            "the plant is the first geothermal facility built in the state under Nevada's "
            "renewable portfolio standard (RPS) legislation, which set minimum requirements for "
            "the generation of electricity from renewable energy sources. See the Ormat press "
            "release.",
            "Another company working to develop Nevada's geothermal sources is Nevada Geothermal "
            "Power, Inc. The company has been drilling geothermal wells at its site in "
            "Pumpernickel Valley, about 30 miles east of Winnemucca in north-central Nevada. As "
            "of last week, the company had completed four wells with partial funding from DOE. "
            "Although the hottest well produced temperatures of only 178 degrees Fahrenheit, the "
            "company plans to extend that well deeper into the geothermal resource next year. "
            "The company is also negotiating with Nevada utilities on a power contract for its "
            "proposed 30-megawatt Blue Mountain Geothermal Project, to be located west of "
            "Winnemucca. The company is seeking permits to drill seven production wells at the "
            "site. See the November 2nd and November 15th press releases from Nevada Geothermal "
            "Power.",
            "Renewable energy goals are also driving a new $200 million project to boost power "
            "transmission from California's Imperial Valley to Los Angeles. The \"Green Path "
            "Project\" will upgrade existing transmission lines and create new interconnection "
            "points, allowing greater access to geothermal energy and other renewable energy "
            "sources. According to the Los Angeles Department of Water and Power (LADWP), the "
            "project will benefit residents and businesses in Los Angeles, Imperial, San Diego, "
            "and Riverside Counties. See the LADWP press release.",
        ],
        "quantities": [
            q("eight months", 8, "month", "duration", "time from groundbreaking to commissioning"),
            mw("20-megawatt", 20, "Ormat geothermal power plant"),
            q("about 30 miles", 30, "mile", "length",
              "distance of Pumpernickel Valley site from Winnemucca", approx=True),
            q("four wells", 4, "count", "count", "geothermal wells completed", counted="wells"),
            q("178 degrees Fahrenheit", 178, "fahrenheit", "other",
              "temperature of the hottest well"),
            mw("30-megawatt", 30, "Blue Mountain Geothermal Project"),
            q("seven production wells", 7, "count", "count", "production wells to drill",
              counted="production wells"),
            q("$200 million", 2e8, "USD", "money", "Green Path transmission project"),
        ],
    },
    {
        "id": "qt9-18",
        "source": "usgov:www1.eere.energy.gov",
        "url": "http://www1.eere.energy.gov/geothermal/printable_versions/news_detail.html?"
               "news_id=16918",
        "title": "Nevada's Beowawe Geothermal Plant Begins Generating Clean Energy",
        "published": "2011-04-20",
        "truncated": False,
        "note": "Removed: the headline (moved to title), the date line (moved to published) and "
                "the subheading 'U.S. Energy Secretary Highlights Completion of First Recovery "
                "Act-Funded Geothermal Plant'. Verbatim: the third paragraph has no final "
                "period. 'doubling' (the country's clean energy resources) is a multiplier 2. "
                "'first' is an ordinal.",
        "paragraphs": [
            "WASHINGTON, D.C. – U.S. Energy Secretary Steven Chu issued the following statement "
            "today on the unveiling of the Beowawe Geothermal Plant in Eastern Nevada. This is "
            "the first geothermal project funded under the American Recovery and Reinvestment "
            "Act to start generating power.",
            "\"Nevada is helping lead the way in securing America's clean energy future. This is "
            "the first Recovery Act-funded geothermal project to start generating power in the "
            "country and shows the great environmental and economic potential of this clean, "
            "reliable, domestic energy resource,\" said Secretary Chu. \"Projects like this one "
            "are playing an important role in helping to meet President Obama's goal of "
            "doubling the country's clean energy resources over the next 25 years.\"",
            "The new low-temperature, binary cycle plant uses waste heat from the geothermal "
            "brine of an existing geothermal plant at the facility. The new plant will add "
            "approximately 2 megawatts of clean renewable energy capacity to the existing "
            "plant's nameplate capacity of approximately 17.7 megawatts",
            "Developed by Terra-Gen Power and TAS Energy, the project was funded in part by a $2 "
            "million Recovery Act grant from DOE's Geothermal Technologies Program. The Recovery "
            "Act funding leveraged an additional $4 million in private sector investments to "
            "support the project, which employed approximately 20 people to construct last "
            "year.",
            "The U.S. Department of Energy's Geothermal Technologies Program partners with "
            "industry, academia and national laboratories to develop and validate "
            "cost-competitive technologies and tools that accelerate growth of the U.S. "
            "geothermal market and to establish the technical and economic feasibility of "
            "enhanced geothermal systems.",
        ],
        "quantities": [
            q("doubling", 2, "multiplier", "other", "country's clean energy resources"),
            q("the next 25 years", 25, "year", "duration", "period of the clean energy goal"),
            mw("approximately 2 megawatts", 2, "capacity the new plant adds", approx=True),
            mw("approximately 17.7 megawatts", 17.7, "nameplate capacity of the existing plant",
               approx=True),
            q("$2 million", 2e6, "USD", "money", "Recovery Act grant"),
            q("$4 million", 4e6, "USD", "money", "private sector investments"),
            q("approximately 20 people", 20, "person", "count",
              "people employed to construct the plant", approx=True),
        ],
    },
    {
        "id": "qt9-19",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=9334",
        "title": "Hurricane Katrina Shuts Refineries and Oil and Gas Production",
        "published": "2005-08-31",
        "truncated": True,
        "note": EERE_NOTE + " The store cuts the page inside the third paragraph (dropped: no "
                "complete sentence). Verbatim: 'According the Department', 'August 22nd..'. "
                "'$2.649 per gallon' is a price rate (USD/gallon).",
        "paragraphs": [
            "While Hurricane Katrina resulted in a tragic and yet-untold loss of life and "
            "property in the Gulf Coast states, the hurricane also significantly impacted the "
            "production of oil and gas and the refining of oil into gasoline and other products. "
            "According the Department of Interior's Minerals Management Service (MMS), as of "
            "August 30th the hurricane had resulted in the evacuation of 645 platforms and 90 "
            "rigs in the Gulf of Mexico, which account for 88 percent of the natural gas "
            "production and 95 percent of the oil production in the Gulf. A press release from "
            "Williams, a natural gas company, notes that on-shore facilities such as natural gas "
            "processing plants and compressor systems were also shut down, while natural gas "
            "pipelines continued operating at reduced capacity. Press reports indicate that "
            "several oil refineries were also shut down, and of course, the region is suffering "
            "from extensive power outages. The extent of damage to these facilities is not yet "
            "known. See the press releases from the MMS and Williams.",
            "According to Platts, an energy information company, prices of all major energy "
            "commodities in the U.S. markets rose to record levels on August 29th. Although "
            "analysts generally track next-month futures prices as traded on the New York "
            "Mercantile Exchange (NYMEX), Platts notes that real-time prices on August 29th "
            "exceeded the futures prices, particularly in the Gulf Coast region. Meanwhile, "
            "diesel fuel prices at the pump hit a new record of $2.649 per gallon on August "
            "30th, as reported by the American Automobile Association (AAA), while average "
            "gasoline prices remained below the record price set on August 22nd.. See the Platts "
            "press release and the AAA \"Fuel Gauge Report,\" and for the latest futures prices "
            "for crude oil and other energy commodities, see the NYMEX Web site.",
        ],
        "quantities": [
            q("645 platforms", 645, "count", "count", "platforms evacuated in the Gulf",
              counted="platforms"),
            q("90 rigs", 90, "count", "count", "rigs evacuated in the Gulf", counted="rigs"),
            q("88 percent", 88, "percent", "percent", "share of Gulf natural gas production"),
            q("95 percent", 95, "percent", "percent", "share of Gulf oil production"),
            q("$2.649 per gallon", 2.649, "USD/gallon", "rate", "record diesel fuel price"),
        ],
    },
    {
        "id": "qt9-20",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/special/disruptions/hurricane/ike/gustav_092208.html",
        "title": "EIA Report on Hurricane Impacts on U.S. Energy",
        "published": "2008-09-22",
        "truncated": True,
        "note": "Same page type as qt9-12 (a later update). Removed: breadcrumb, headline (moved "
                "to title), the time line 'As of Monday, September 22, 4:00 pm See current' "
                "(date moved to published), the section label, the NYMEX price table (header "
                "only) and its RBOB footnote. The store cuts the page inside the sentence on "
                "the product pipelines; kept to the last complete sentence. Double spaces after "
                "periods verbatim; clock times are not quantities; 'just over 12 percent' is "
                "approximate.",
        "paragraphs": [
            "As of 12:30 pm EDT (11:30 am CDT), September 22, the Minerals Management Service "
            "was reporting that nearly 1 million barrels per day (or about 77 percent) of the "
            "federal portion of the Gulf of Mexico’s crude oil production was shut-in.  As of "
            "9:00 am EDT (8:00 am CDT), September 22, the Department of Energy reported that "
            "there are 9 refineries in Texas and Louisiana that are shut down due to Hurricane "
            "Ike.  These 9 refineries have a total capacity of 2.3 million barrels per day "
            "(about 13 percent of U.S. operable capacity), and represent almost 800,000 barrels "
            "per day of gasoline output (nearly 9 percent of U.S. gasoline demand in September) "
            "and about 500,000 barrels per day of distillate fuel output (just over 12 percent "
            "of U.S. demand in September), based on recent historical data.  So far, since "
            "refineries first shut down before Hurricane Gustav, over 41 million barrels of "
            "products have not been produced, including over 19 million barrels of gasoline and "
            "over 13 million barrels of distillate fuel. This does not include reduced "
            "production from refineries that have reduced runs at various times during "
            "Hurricanes Gustav or Ike.  As of September 22, 6 refineries were running at a "
            "reduced rate.",
        ],
        "quantities": [
            q("nearly 1 million barrels per day", 1e6, "barrel/day", "rate",
              "Gulf of Mexico crude oil production shut-in", approx=True),
            q("about 77 percent", 77, "percent", "percent",
              "share of federal Gulf crude oil production shut-in", approx=True),
            q("9 refineries", 9, "count", "count", "refineries shut down due to Ike",
              counted="refineries"),
            q("9 refineries", 9, "count", "count", "refineries shut down",
              counted="refineries"),
            q("2.3 million barrels per day", 2.3e6, "barrel/day", "rate",
              "total capacity of the shut refineries"),
            q("about 13 percent", 13, "percent", "percent", "share of U.S. operable capacity",
              approx=True),
            q("almost 800,000 barrels per day", 800000, "barrel/day", "rate",
              "gasoline output of the shut refineries", approx=True),
            q("nearly 9 percent", 9, "percent", "percent", "share of U.S. gasoline demand",
              approx=True),
            q("about 500,000 barrels per day", 500000, "barrel/day", "rate",
              "distillate fuel output of the shut refineries", approx=True),
            q("just over 12 percent", 12, "percent", "percent",
              "share of U.S. distillate demand", approx=True),
            q("over 41 million barrels", 4.1e7, "barrel", "volume", "products not produced",
              approx=True),
            q("over 19 million barrels", 1.9e7, "barrel", "volume", "gasoline not produced",
              approx=True),
            q("over 13 million barrels", 1.3e7, "barrel", "volume",
              "distillate fuel not produced", approx=True),
            q("6 refineries", 6, "count", "count", "refineries running at a reduced rate",
              counted="refineries"),
        ],
    },
    {
        "id": "qt9-21",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/eere/vehicles/articles/fotw-1264-november-14-2022-fuel-"
               "economy-improvements-low-mpg-vehicles-have",
        "title": "Fact of the Week #1264 (November 14, 2022): fuel economy improvements for "
                 "low-mpg vehicles",
        "published": "2022-11-14",
        "truncated": False,
        "note": "Removed: the chart title ('Annual Tailpipe Carbon Dioxide Emissions by Vehicle "
                "Fuel Economy'), the chart note ('Note: Based on 15,000 annual miles and regular "
                "gasoline.') and the source line. Title and date written from the URL slug. "
                "Plain 'tons' -> metric_ton (guideline). 'about 15 tons of CO2 annually' is one "
                "rate (metric_ton/year, inserted 'of CO2'). 'a 5-mpg improvement from 50 to 55 "
                "mpg' is a change, so '50' and '55 mpg' are two quantities ('50' takes mpg from "
                "the following unit); '0.3 tons of annual CO2 emissions' is a mass.",
        "paragraphs": [
            "Efforts to improve fuel economy also reduce carbon dioxide (CO2) emissions, but "
            "improvements at the low end of the fuel economy spectrum produce the greatest CO2 "
            "emissions reductions. A vehicle that gets 10 miles per gallon (mpg) and is driven "
            "15,000 miles per year will produce about 15 tons of CO2 annually. Increasing that "
            "fuel economy by 5 mpg to 15 mpg will produce about 10 tons of CO2 annually – a 33% "
            "reduction in annual CO2 emissions. As fuel economy improves, there is a diminishing "
            "impact on emission reduction. At the high end of the fuel economy spectrum, a 5-mpg "
            "improvement from 50 to 55 mpg only yields an improvement of 0.3 tons of annual CO2 "
            "emissions.",
        ],
        "quantities": [
            q("10 miles per gallon", 10, "mile/gallon", "rate", "fuel economy of a vehicle"),
            q("15,000 miles per year", 15000, "mile/year", "rate", "distance driven"),
            q("about 15 tons of CO2 annually", 15, "metric_ton/year", "rate",
              "CO2 emissions of a 10 mpg vehicle", approx=True),
            q("5 mpg", 5, "mile/gallon", "rate", "fuel economy increase"),
            q("15 mpg", 15, "mile/gallon", "rate", "improved fuel economy"),
            q("about 10 tons of CO2 annually", 10, "metric_ton/year", "rate",
              "CO2 emissions of a 15 mpg vehicle", approx=True),
            q("33%", 33, "percent", "percent", "reduction in annual CO2 emissions"),
            q("5-mpg", 5, "mile/gallon", "rate", "fuel economy improvement at the high end"),
            q("50", 50, "mile/gallon", "rate", "fuel economy before the improvement"),
            q("55 mpg", 55, "mile/gallon", "rate", "fuel economy after the improvement"),
            q("0.3 tons", 0.3, "metric_ton", "mass", "improvement of annual CO2 emissions"),
        ],
    },
    {
        "id": "qt9-22",
        "source": "usgov:apps1.eere.energy.gov",
        "url": "http://apps1.eere.energy.gov/news/news_detail.cfm/news_id=19096",
        "title": "New EPA Report Shows Significant Gains in Fuel Economy for 2012",
        "published": "2013-03-20",
        "truncated": False,
        "note": EERE_NOTE + " 'Compared to five years ago' anchors a point in time (not a "
                "quantity); 'twice as many' and 'six-fold' are multipliers; 'one-year' "
                "(increase) is a compound-adjective duration; '374 grams per mile' is a rate "
                "(gram/mile).",
        "paragraphs": [
            "The U.S. Environmental Protection Agency (EPA) on March 15 released its annual "
            "report that tracks the fuel economy of vehicles sold in the United States, "
            "emphasizing major gains in the efficiency of American vehicles, which reduce oil "
            "consumption and cut carbon emissions. The EPA estimates that between 2007 and 2012, "
            "fuel economy values increased by 16%, while carbon dioxide emissions decreased by "
            "13%. In 2012, there was a significant one-year increase of 1.4 miles per gallon "
            "(mpg) for cars and trucks.",
            "EPA’s “Light-Duty Automotive Technology, Carbon Dioxide Emissions, and Fuel Economy "
            "Trends: 1975 through 2012” attributes the improvements to the rapid adoption of "
            "more efficient technologies, the increasing number of high fuel economy choices for "
            "consumers, and the fact that many automakers are already selling vehicles that can "
            "potentially meet more rigorous future fuel economy and greenhouse gas emissions "
            "standards. The report indicates that the projected gains for 2012 more than make up "
            "for a slight dip in fuel economy in 2011.",
            "The expected 1.4 mpg improvement in 2012 is based on sales estimates provided by "
            "automakers to EPA. These projections show a reduction in carbon dioxide emissions "
            "to 374 grams per mile and an increase in average fuel economy to 23.8 mpg. These "
            "numbers represent the largest annual improvements since EPA began reporting on fuel "
            "economy. Compared to five years ago, consumers have twice as many hybrid and diesel "
            "vehicle choices, a growing set of plug-in electric vehicle options, and a six-fold "
            "increase in the number of car models with combined city/highway fuel economy of 30 "
            "mpg or higher. See the EPA press release and the complete report.",
        ],
        "quantities": [
            q("16%", 16, "percent", "percent", "increase of fuel economy values 2007-2012"),
            q("13%", 13, "percent", "percent", "decrease of carbon dioxide emissions"),
            q("one-year", 1, "year", "duration", "period of the fuel economy increase"),
            q("1.4 miles per gallon", 1.4, "mile/gallon", "rate",
              "fuel economy increase for cars and trucks"),
            q("1.4 mpg", 1.4, "mile/gallon", "rate", "expected fuel economy improvement"),
            q("374 grams per mile", 374, "gram/mile", "rate", "carbon dioxide emissions"),
            q("23.8 mpg", 23.8, "mile/gallon", "rate", "average fuel economy"),
            q("twice", 2, "multiplier", "other", "hybrid and diesel vehicle choices"),
            q("six-fold", 6, "multiplier", "other", "car models with 30 mpg or higher"),
            q("30 mpg or higher", 30, "mile/gallon", "rate",
              "combined city/highway fuel economy", approx=True),
        ],
    },
    {
        "id": "qt9-23",
        "source": "usgov:blogs.state.gov",
        "url": "https://blogs.state.gov/stories/2011/07/21/usaid-responds-horn-africa-drought?"
               "page=0%2C1635",
        "title": "USAID Responds to the Horn of Africa Drought",
        "published": "2011-07-21",
        "truncated": True,
        "note": "Removed: the headline (moved to title), 'Posted by Rajiv Shah' and the date line "
                "(moved to published). The store cuts the page inside the seventh paragraph "
                "(dropped after its first complete sentence). Vague plurals: 'thousands' (of "
                "people) 2000, 'millions' (of children) 2e6, 'hundreds of miles' 200 mile (span "
                "includes 'of miles'), all approximate. 'just one child' is read as a number "
                "(emphatic 'just one'), a person count of 1. 'fourth largest' is a rank.",
        "paragraphs": [
            "This morning, the United Nations declared what has become plain to anyone who has "
            "witnessed the devastation caused by this epic drought: thousands of people in "
            "southern Somalia are currently in a state of famine.",
            "After the announcement, I visited the Wajir and Dadaab refugee camps in Kenya. I "
            "saw child after child weary from their long journey to the camps, eager for their "
            "first meal in days if not weeks. Seeing a child in such a fragile state -- "
            "witnessing just one child face such difficult circumstances -- is heartbreaking. "
            "Knowing that millions of children face a similar fate in the coming months "
            "unleashes a sense of profound sorrow.",
            "Dadaab is now the fourth largest city in Kenya, home to more than 370,000 people "
            "who were in such a state of need that they fled their homes, many on foot, many "
            "from hundreds of miles away, just to find food, water, and healthcare for "
            "themselves and their children.",
            "But the other thing I witnessed in those children was a strong sense of resilience. "
            "They weren't beaten down by their circumstances or overcome with despair. They were "
            "courageous, strong, unwilling to succumb to the tragedy that surrounded them.",
            "Throughout the region, more than 11.5 million people are in need of emergency "
            "assistance, and there is no quick fix to that need. The United States, in "
            "cooperation with all of its international partners, is doing everything it can to "
            "help relieve that suffering with food, water, healthcare, and other critical "
            "services. Our priority is to save lives, and our experts are working day and night "
            "to find every channel possible to provide that desperately needed assistance.",
            "For years, we've been working with the Ethiopian government on a safety net program "
            "that has step by step improved food security for many living in areas vulnerable to "
            "drought.",
        ],
        "quantities": [
            q("thousands", 2000, "person", "count", "people in southern Somalia in famine",
              approx=True),
            q("one child", 1, "person", "count", "child facing difficult circumstances"),
            q("millions", 2e6, "person", "count", "children facing a similar fate",
              approx=True),
            q("more than 370,000 people", 370000, "person", "count",
              "people living in Dadaab", approx=True),
            q("hundreds of miles", 200, "mile", "length",
              "distance refugees traveled to Dadaab", approx=True),
            q("more than 11.5 million people", 1.15e7, "person", "count",
              "people in need of emergency assistance", approx=True),
        ],
    },
]

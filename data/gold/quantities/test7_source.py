"""Readable source of the sealed quantities test set ``test7.jsonl`` (issue 10, next round).

Each document: its verbatim paragraphs (page furniture removed, named in ``note``) and its
quantity records in text order (``text``, ``value``, ``high``, ``unit``, ``kind``, ``about``,
``approx``, ``counted``). Built and checked by ``../check_quantities_test7.py``. Sealed: see
``README-test7.md``. Annotated by helper sqy7 before any system ran on these texts.
"""

P = "person"
DOCS = [
    {
        "id": "qt7-01", "source": "voa", "truncated": False,
        "url": "https://blogs.voanews.com/breaking-news/2011/08/29/typhoon-nanmadol-hits-taiwan",
        "title": "Typhoon Nanmadol Hits Taiwan", "published": "2011-08-29",
        "note": "Whole as stored (VOA Breaking News blog). Title and date from the URL (the stored "
                "page shows neither). 'several people' and 'Many others' are vague quantifiers "
                "without a number or scale word: not annotated.",
        "paragraphs": [
            "Typhoon Nanmadol made landfall in southern Taiwan Monday, bringing high winds and torrential rains that shut down schools and businesses and forced the evacuation of thousands of people.",
            "The storm, with winds of over 100 kilometers per hour, hit the island just before dawn in Taitung county in the southeast and moved toward heavily populated coastal areas on the west coast. Authorities evacuated more than 6,000 people from the east and south of the island before the storm arrived.",
            "Forecasters say Nanmadol is expected to pass well south of the capital, Taipei, and leave the island by midnight before weakening to a tropical storm on its way to the east coast of China.",
            "The slow-moving typhoon battered the northern Philippines Saturday and Sunday, killing at least 12 people and triggering floods and landslides that toppled walls and blocked roads. Authorities say the death toll may rise, as several people are still missing and are believed to have been swept away by flood waters. Many others were injured.",
            "At least 50,000 people were forced to flee their homes.",
        ],
        "quantities": [
            {"text": "thousands", "value": 2000, "unit": P, "kind": "count", "approx": True,
             "about": "people evacuated in Taiwan"},
            {"text": "over 100 kilometers per hour", "value": 100, "unit": "kilometer/hour",
             "kind": "rate", "approx": True, "about": "winds of the storm"},
            {"text": "more than 6,000 people", "value": 6000, "unit": P, "kind": "count",
             "approx": True, "about": "people evacuated from the east and south of the island"},
            {"text": "at least 12 people", "value": 12, "unit": P, "kind": "count", "approx": True,
             "about": "people killed in the northern Philippines"},
            {"text": "At least 50,000 people", "value": 50000, "unit": P, "kind": "count",
             "approx": True, "about": "people forced to flee their homes"},
        ],
    },
    {
        "id": "qt7-02", "source": "gov:ers.usda.gov", "truncated": True,
        "url": "https://www.ers.usda.gov/data-products/charts-of-note/charts-of-note/?page=1&topicId=14855",
        "title": "2022 Census of Agriculture: Fewer U.S. farms are growing wheat",
        "published": "2024-04-03",
        "note": "USDA Economic Research Service, Charts of Note. Removed: page heading 'ERS Charts of "
                "Note', subscription and app lines, 'Reset', the chart headline (now title) and its "
                "date line (now published). Cut by the store in the next sentence ('For more "
                "details ...'): kept to the last complete sentence. '54 and 47 percent' is two "
                "percents; 'nearly 32 of percent' is verbatim (a typo in the source).",
        "paragraphs": [
            "The number of farms producing wheat for grain declined substantially from 2002 to 2022, according to new data from USDA, National Agricultural Statistics Service (NASS) 2022 Census of Agriculture. In 2022, the number of U.S. farms reporting wheat production was 97,014, a 43-percent decrease compared with the 2002 census, when 169,528 farms reported wheat production. The reduction in the number of farms producing wheat was spread across all classes of wheat. The number of farms producing winter wheat—84 percent of U.S. wheat farms in 2022—dropped by nearly 60,000, or 42 percent, between the 2002 and 2022 censuses. Farms producing durum wheat decreased by the largest percentage, down 59 percent from 2002. The number of farms growing spring wheat (other than durum) declined 43 percent from 2002 to 2022. During the same time period, total volume of U.S. wheat produced trended down slightly, largely because of less acreage being harvested. As the profitability of other crops rises, wheat is increasingly planted in rotation with more profitable corn or soybean crops. Among major wheat-producing States, Kansas, which accounts for 15 percent of all U.S. wheat farms, saw a reduction of 9,716 farms—a 40-percent decrease from 2002 to 2022. Texas and Oklahoma reported decreases of 54 and 47 percent, respectively, between 2002 and 2022. Together, these 3 States harvested nearly 32 of percent of the volume of winter wheat produced in 2022, according to data reported by NASS in the Small Grains Annual report.",
        ],
        "quantities": [
            {"text": "97,014", "value": 97014, "unit": "count", "kind": "count",
             "counted": "farms", "about": "U.S. farms reporting wheat production in 2022"},
            {"text": "43-percent", "value": 43, "unit": "percent", "kind": "percent",
             "about": "decrease in farms reporting wheat production"},
            {"text": "169,528 farms", "value": 169528, "unit": "count", "kind": "count",
             "counted": "farms", "about": "farms reporting wheat production in the 2002 census"},
            {"text": "84 percent", "value": 84, "unit": "percent", "kind": "percent",
             "about": "share of U.S. wheat farms producing winter wheat"},
            {"text": "nearly 60,000", "value": 60000, "unit": "count", "kind": "count",
             "counted": "farms", "approx": True, "about": "drop in farms producing winter wheat"},
            {"text": "42 percent", "value": 42, "unit": "percent", "kind": "percent",
             "about": "drop in farms producing winter wheat"},
            {"text": "59 percent", "value": 59, "unit": "percent", "kind": "percent",
             "about": "decrease in farms producing durum wheat"},
            {"text": "43 percent", "value": 43, "unit": "percent", "kind": "percent",
             "about": "decline in farms growing spring wheat"},
            {"text": "15 percent", "value": 15, "unit": "percent", "kind": "percent",
             "about": "Kansas share of U.S. wheat farms"},
            {"text": "9,716 farms", "value": 9716, "unit": "count", "kind": "count",
             "counted": "farms", "about": "reduction of wheat farms in Kansas"},
            {"text": "40-percent", "value": 40, "unit": "percent", "kind": "percent",
             "about": "decrease of wheat farms in Kansas"},
            {"text": "54", "value": 54, "unit": "percent", "kind": "percent",
             "about": "decrease of wheat farms in Texas"},
            {"text": "47 percent", "value": 47, "unit": "percent", "kind": "percent",
             "about": "decrease of wheat farms in Oklahoma"},
            {"text": "3 States", "value": 3, "unit": "count", "kind": "count",
             "counted": "States", "about": "major wheat-producing States"},
            {"text": "nearly 32 of percent", "value": 32, "unit": "percent", "kind": "percent",
             "approx": True, "about": "share of the volume of winter wheat produced in 2022"},
        ],
    },
    {
        "id": "qt7-03", "source": "gov:eia.gov", "truncated": True,
        "url": "https://www.eia.gov:443/",
        "title": "New solar plants expected to support most U.S. electric generation growth",
        "published": "2025-01-24",
        "note": "EIA home page as stored, Today in Energy lead of January 24, 2025. Removed: logo and "
                "skip links, 'Today in Energy More Today in Energy', 'Posted' date line (now "
                "published), headline (now title), chart title, data-source line and chart note "
                "(a caption), 'More ›', 'Previously in Today in Energy', the Data Highlights "
                "widget (site furniture of the day) and 'Energy Education' (cut by the store). "
                "'almost double' is a multiplier (2, approximate).",
        "paragraphs": [
            "In our latest Short-Term Energy Outlook (STEO), we expect that U.S. renewable capacity additions—especially solar—will continue to drive the growth of U.S. power generation over the next two years. We expect U.S. utilities and independent power producers will add 26 gigawatts (GW) of solar capacity to the U.S. electric power sector in 2025 and 22 GW in 2026. Last year, the electric power sector added a record 37 GW of solar power capacity to the electric power sector, almost double 2023 solar capacity additions. We forecast wind capacity additions will increase by around 8 GW in 2025 and 9 GW in 2026, slight increases from the 7 GW added in 2024.",
        ],
        "quantities": [
            {"text": "the next two years", "value": 2, "unit": "year", "kind": "duration",
             "about": "growth of U.S. power generation"},
            {"text": "26 gigawatts", "value": 26, "unit": "gigawatt", "kind": "other",
             "about": "solar capacity to be added in 2025"},
            {"text": "22 GW", "value": 22, "unit": "gigawatt", "kind": "other",
             "about": "solar capacity to be added in 2026"},
            {"text": "37 GW", "value": 37, "unit": "gigawatt", "kind": "other",
             "about": "solar power capacity added last year"},
            {"text": "almost double", "value": 2, "unit": "multiplier", "kind": "other",
             "approx": True, "about": "2023 solar capacity additions"},
            {"text": "around 8 GW", "value": 8, "unit": "gigawatt", "kind": "other",
             "approx": True, "about": "wind capacity additions in 2025"},
            {"text": "9 GW", "value": 9, "unit": "gigawatt", "kind": "other",
             "about": "wind capacity additions in 2026"},
            {"text": "7 GW", "value": 7, "unit": "gigawatt", "kind": "other",
             "about": "wind capacity added in 2024"},
        ],
    },
    {
        "id": "qt7-04", "source": "gov:eia.gov", "truncated": True,
        "url": "https://www.eia.gov/todayinenergy/?src=email",
        "title": "Today in Energy", "published": None,
        "note": "EIA Today in Energy index page as stored (items of October 22-23, 2020). Removed: "
                "logo, skip link, page heading, item date lines, chart titles, 'Source:'/'Note:' "
                "lines (captions), 'Read More ›'. Item headlines are kept as paragraphs. Cut by the "
                "store inside the third item (October 21, propane): that item is dropped whole. "
                "'$2,152 per kilowatthour' and '$625/kWh' are prices per unit (USD/kilowatt_hour); "
                "'the first nine months' measures a period (duration).",
        "paragraphs": [
            "Utility-scale battery storage costs decreased nearly 70% between 2015 and 2018",
            "The average energy capacity cost of utility-scale battery storage in the United States has rapidly decreased from $2,152 per kilowatthour (kWh) in 2015 to $625/kWh in 2018. Battery storage systems store electricity produced by generators or pulled directly from the electric power grid and redistribute the power later as needed. At the end of 2018, the United States had 869 megawatts (MW) of installed battery power capacity (the maximum amount of power a battery can provide at a given moment) and 1,236 megawatthours (MWh) of battery energy capacity (the total amount of energy that can be stored by a battery).",
            "U.S. natural gas exports to Mexico have increased in the first nine months of 2020",
            "U.S. exports of natural gas to Mexico, almost all of which are transported by pipeline, have continued to increase in 2020. These increases have more than offset declines in Mexico’s imports of liquefied natural gas (LNG) and relatively smaller declines in Mexico’s domestic natural gas production.",
        ],
        "quantities": [
            {"text": "nearly 70%", "value": 70, "unit": "percent", "kind": "percent",
             "approx": True, "about": "decrease in utility-scale battery storage costs"},
            {"text": "$2,152 per kilowatthour", "value": 2152, "unit": "USD/kilowatt_hour",
             "kind": "rate", "about": "average energy capacity cost of battery storage in 2015"},
            {"text": "$625/kWh", "value": 625, "unit": "USD/kilowatt_hour", "kind": "rate",
             "about": "average energy capacity cost of battery storage in 2018"},
            {"text": "869 megawatts", "value": 869, "unit": "megawatt", "kind": "other",
             "about": "installed battery power capacity"},
            {"text": "1,236 megawatthours", "value": 1236, "unit": "megawatt_hour",
             "kind": "other", "about": "battery energy capacity"},
            {"text": "the first nine months", "value": 9, "unit": "month", "kind": "duration",
             "about": "period of increased natural gas exports to Mexico"},
        ],
    },
    {
        "id": "qt7-05", "source": "voa", "truncated": True,
        "url": "http://www.voanews.com/a/floods-kill-9-in-vietnam-threaten-thai-capital-131784773/146570.html",
        "title": "Floods Kill 9 in Vietnam, Threaten Thai Capital", "published": None,
        "note": "Removed: 'Accessibility links', 'Breaking News', headline (now title), photo "
                "caption (twice). Cut by the store ('Authorities say 61 of Thailand's 76 provinces "
                "h'): kept to the last complete sentence. 'nine more deaths' and '43 dead' are "
                "people; 'about 30,000' takes hectares from the sentence; '60,000 families' is a "
                "count of families.",
        "paragraphs": [
            "Authorities in Vietnam are reporting nine more deaths from the flooding that has ravaged Southeast Asia's entire Mekong river basin, and forecasters predict heavy rains in the region in the coming days.",
            "Officials say most of Vietnam's 43 dead are children who were unable to escape the reach of Mekong's raging floodwaters. Officials say flooding has submerged nearly 70,000 homes, made roads impassible and forced the closure of hundreds of schools.",
            "Bhupinder Tomar, head of the International Federation of the Red Cross operations in Hanoi, told VOA that the flooding has devastated the country's rice farmers, as well.",
            "\"The biggest damage has been, as you can imagine, this being the rice production bowl of Vietnam, the biggest damage has been to economic livelihood and the losses to crops, both standing and planted, has been tremendous,\" Tomar said. \"In fact about 7,000 hectares of rice crop has been lost completely, and total hectares lost has been about 30,000, which means about, roughly 60,000 families have been affected by these losses so far.\"",
            "Meanwhile, in the Thai capital, Bangkok, officials and volunteers worked feverishly Thursday to fortify the city against floodwaters expected to crest there within days. Almost 300 people have died in Thailand, most of them north of Bangkok in and near the ancient temple city of Ayutthaya.",
        ],
        "quantities": [
            {"text": "nine", "value": 9, "unit": P, "kind": "count",
             "about": "more deaths from the flooding in Vietnam"},
            {"text": "43", "value": 43, "unit": P, "kind": "count", "about": "Vietnam's dead"},
            {"text": "nearly 70,000 homes", "value": 70000, "unit": "count", "kind": "count",
             "counted": "homes", "approx": True, "about": "homes submerged by flooding"},
            {"text": "hundreds", "value": 200, "unit": "count", "kind": "count",
             "counted": "schools", "approx": True, "about": "schools closed"},
            {"text": "about 7,000 hectares", "value": 7000, "unit": "hectare", "kind": "area",
             "approx": True, "about": "rice crop lost completely"},
            {"text": "about 30,000", "value": 30000, "unit": "hectare", "kind": "area",
             "approx": True, "about": "total hectares lost"},
            {"text": "about, roughly 60,000 families", "value": 60000, "unit": "count",
             "kind": "count", "counted": "families", "approx": True,
             "about": "families affected by crop losses"},
            {"text": "Almost 300 people", "value": 300, "unit": P, "kind": "count",
             "approx": True, "about": "people who died in Thailand"},
        ],
    },
    {
        "id": "qt7-06", "source": "gov:usaid.gov", "truncated": False,
        "url": "https://www.usaid.gov/news-information/press-releases/aug-03-2023-united-states-announces-additional-support-countries-facing-severe-food-insecurity",
        "title": "United States Announces Additional Support for Countries Facing Severe Food Insecurity",
        "published": "2023-08-03",
        "note": "USAID press release, whole as stored. Removed: 'For Immediate Release', 'Office of "
                "Press Relations', 'Press Release', 'Share This Page'. Title and date from the URL "
                "slug (the stored page shows neither).",
        "paragraphs": [
            "Today, during a meeting with the United Nations Security Council, U.S. Secretary of State Antony Blinken announced $362 million in additional assistance through USAID for countries facing severe food insecurity, which has been exacerbated by Russia’s full-scale war on Ukraine and Russia’s withdrawal from the Black Sea Grain Initiative.",
            "The funding will strengthen the resilience of vulnerable communities by bolstering their capacity to combat malnutrition, reduce morbidity and mortality, promote economic growth, minimize disaster risk, improve food security, and adapt to climate change. This assistance from USAID provides critical multi-sectoral support for countries across Africa, as well as in Haiti.",
            "This funding is vital amid the ongoing global food crisis – fueled by climate shocks, high food, fuel, and fertilizer prices, protracted conflicts. This crisis has been exacerbated by Russia’s further invasion of Ukraine and climate shocks that have disrupted national food systems and led to increased levels of food insecurity. An estimated 205 million people are in dire need of life-saving food assistance and some 768 million people are facing chronic hunger. This funding is part of USAID’s Resilience Food Security Activities, which helps communities withstand future shocks, improving their long-term food security.",
            "Since February 2022, USAID has committed more than $14 billion in humanitarian and development assistance in more than 47 countries around the world. We will continue to work with our partners to reach the most vulnerable around the world with food assistance and call on other countries to step up to meet the immense needs.",
        ],
        "quantities": [
            {"text": "$362 million", "value": 362e6, "unit": "USD", "kind": "money",
             "about": "additional assistance for countries facing severe food insecurity"},
            {"text": "An estimated 205 million people", "value": 205e6, "unit": P,
             "kind": "count", "approx": True,
             "about": "people in dire need of life-saving food assistance"},
            {"text": "some 768 million people", "value": 768e6, "unit": P, "kind": "count",
             "approx": True, "about": "people facing chronic hunger"},
            {"text": "more than $14 billion", "value": 14e9, "unit": "USD", "kind": "money",
             "approx": True, "about": "humanitarian and development assistance committed"},
            {"text": "more than 47 countries", "value": 47, "unit": "count", "kind": "count",
             "counted": "countries", "approx": True, "about": "countries receiving assistance"},
        ],
    },
    {
        "id": "qt7-07", "source": "gov:usaid.gov", "truncated": True,
        "url": "https://www.usaid.gov/news-information/press-releases/may-18-2022-united-states-announces-additional-funding-respond-global-food",
        "title": "United States Announces Additional Funding to Respond to Global Food Security Crisis",
        "published": "2022-05-18",
        "note": "USAID press release. Removed: 'For Immediate Release', 'Office of Press "
                "Relations', 'Press Release'. Title and date from the URL slug. Cut by the store "
                "('The United States is continuing to scale up as'): kept to the last complete "
                "sentence.",
        "paragraphs": [
            "At the Global Food Security Call to Action Ministerial Meeting convened by the United States today in New York, Secretary of State Antony Blinken announced nearly $215 million in additional humanitarian assistance to address the global food security crisis, which has been exacerbated by Russia’s war on Ukraine and its corresponding impact on global markets. Even before the war began, approximately 768 million people were chronically hungry. This new crisis has only made an already dire situation significantly worse, with as many as 40 million people projected to be pushed into poverty and food insecurity through the end of the year.",
            "This additional support, provided through the U.S. Agency for International Development (USAID), will expand emergency food security operations in several countries already facing food insecurity as a result of conflict, drought, and other natural disasters, including Burkina Faso, Cameroon, Kenya, Nigeria, Zimbabwe, and Yemen.",
            "In addition to announcing new humanitarian food assistance funding, the United States will issue a Roadmap for the Global Food Security Call to Action to reflect the outcomes of the ministerial-level meeting, outlining the commitments that countries have made to address these challenges.",
            "With today’s announcement, the United States has provided nearly $2.6 billion in emergency food assistance since Russia’s further invasion of Ukraine began on February 24. This includes nearly $1.7 billion in humanitarian assistance to respond to worsening food insecurity around the world. It also includes USAID and the U.S. Department of Agriculture taking the extraordinary step to program the full balance of the Bill Emerson Humanitarian Trust as part of an effort to provide $670 million in food assistance to six countries facing severe food insecurity: Ethiopia, Kenya, Somalia, Sudan, South Sudan, and Yemen.",
        ],
        "quantities": [
            {"text": "nearly $215 million", "value": 215e6, "unit": "USD", "kind": "money",
             "approx": True, "about": "additional humanitarian assistance for the food crisis"},
            {"text": "approximately 768 million people", "value": 768e6, "unit": P,
             "kind": "count", "approx": True, "about": "people chronically hungry"},
            {"text": "as many as 40 million people", "value": 40e6, "unit": P, "kind": "count",
             "approx": True, "about": "people projected to be pushed into poverty"},
            {"text": "nearly $2.6 billion", "value": 2.6e9, "unit": "USD", "kind": "money",
             "approx": True, "about": "emergency food assistance provided"},
            {"text": "nearly $1.7 billion", "value": 1.7e9, "unit": "USD", "kind": "money",
             "approx": True, "about": "humanitarian assistance"},
            {"text": "$670 million", "value": 670e6, "unit": "USD", "kind": "money",
             "about": "food assistance to six countries"},
            {"text": "six countries", "value": 6, "unit": "count", "kind": "count",
             "counted": "countries", "about": "countries facing severe food insecurity"},
        ],
    },
    {
        "id": "qt7-08", "source": "gov:dvidshub.net", "truncated": True,
        "url": "https://dvidshub.net/news/203101/877th-engineer-battalion-forward-support-company-maintains-demand-cincu-romania",
        "title": "877th Engineer Battalion Forward Support Company Maintains Demand in Cincu, Romania",
        "published": "2016-06-30",
        "note": "DVIDS story (US Army, public domain). Removed: maintenance-window banner, login "
                "lines, logo, headline twice (now title), photo caption with 'read more', "
                "dateline box 'CINCU, ROMANIA' / '06.30.2016' (now published) / 'Story by ...' / "
                "unit line. Cut by the store ('This necessity for fuel proved th'): kept to the last "
                "complete sentence. 'Resolute Castle 16' is a name; 'the third rotation' an "
                "ordinal; 'twice a day' a frequency (time set), not annotated.",
        "paragraphs": [
            "Cincu, Romania. – An old adage says that an army cannot not march on an empty stomach; and in much the same way, an army’s vehicles will not roll without fuel.",
            "Fuel teams are critical to operations like Resolute Castle 16, a multinational joint force operation that works to improve the infrastructure on bases in eastern European countries. During June 2016, the Alabama National Guard and Romanian Land Forces are working together at Cincu Training Range in Romania to improve interior access roads and building structures across its various ranges.",
            "“I believe other MOSs (military occupational specialties) do not realize what is involved in fueling operations,” said Staff Sgt. Gerald Harris, 877th Engineer Battalion Forward Support Company.",
            "Harris was the noncommissioned-officer-in-charge of the fuel team for the third rotation of Resolute Castle 16 at Cincu Training Range. He said that they had to be ready to move when command needed the fuel trucks to be relocated to a new fueling point. They always has to be close to the horizontal construction sites on Route Crimson.",
            "Operating the fuel trucks twice a day, the fuel team averaged more than 400 gallons of fuel a day for approximately 30 vehicles. The largest single day consumption of fuel was more than 1,100 gallons.",
        ],
        "quantities": [
            {"text": "more than 400 gallons of fuel a day", "value": 400, "unit": "gallon/day",
             "kind": "rate", "approx": True, "about": "fuel the fuel team averaged"},
            {"text": "approximately 30 vehicles", "value": 30, "unit": "count", "kind": "count",
             "counted": "vehicles", "approx": True, "about": "vehicles fueled"},
            {"text": "more than 1,100 gallons", "value": 1100, "unit": "gallon", "kind": "volume",
             "approx": True, "about": "largest single day consumption of fuel"},
        ],
    },
    {
        "id": "qt7-09", "source": "gov:dvidshub.net", "truncated": True,
        "url": "https://www.dvidshub.net/news/132776/dla-and-army-reservists-work-together-keep-military-missions-track",
        "title": "DLA and Army Reservists work together to keep military missions on track",
        "published": None,
        "note": "DVIDS story (US Army Reserve, public domain). Removed: login lines, headline and "
                "short headline (title), photo caption with 'read more', 'Story by ...' and unit "
                "line. Cut by the store ('Getting a thumbs u'): kept to the last complete sentence. "
                "'A pair of representatives' is 2 people; 'once a year' and 'every year' are "
                "frequencies (time sets), not annotated; 'QLLEX 2014' is a name.",
        "paragraphs": [
            "FORT A.P. HILL, Va. - Early on a Monday morning at Ft. A.P. Hill, Virginia, dozens of fuel tankers are lined up on the tarmac lot, their crews making last-minute checks. Their equipment is laid out neatly in rows, ready for inspection. A pair of representatives from the Defense Logistics Agency goes down the lines, giving each truck a thorough inspection. Afterward, each vehicle is labeled with a sticker, either “pass” or “fail.” Not every vehicle meets the standard first time around.",
            "The DLA moves all the fuel to meet the military’s needs on a daily basis, but once a year, during the Quartermaster Liquid Logistics Exercise, Army Reserve Soldiers take over some of those missions, working with their counterparts in the DLA and other branches of the military. During the first three weeks of June, Soldiers participating in QLLEX 2014 will transport more than three million gallons of petroleum to installations across the country. For Reservists, it’s an opportunity to not only keep their job skills sharp, but to perform a real-world mission, one that requires meeting strict standards for safety and quality.",
            "It’s a mission that Army Reserve fuel specialists look forward to every year, and one they work hard to prepare for, said Sgt. 1st Class George Pogel, a platoon sergeant with the 277th Quartermaster Company, based in Niagara Falls, N.Y. Members of his unit spent the past three months getting ready for this exercise, checking their vehicles and making sure they had the necessary equipment to perform their mission.",
        ],
        "quantities": [
            {"text": "dozens", "value": 24, "unit": "count", "kind": "count",
             "counted": "fuel tankers", "approx": True, "about": "fuel tankers lined up"},
            {"text": "A pair", "value": 2, "unit": P, "kind": "count",
             "about": "representatives from the Defense Logistics Agency"},
            {"text": "the first three weeks", "value": 3, "unit": "week", "kind": "duration",
             "about": "period of the exercise in June"},
            {"text": "more than three million gallons", "value": 3e6, "unit": "gallon",
             "kind": "volume", "approx": True, "about": "petroleum to be transported"},
            {"text": "the past three months", "value": 3, "unit": "month", "kind": "duration",
             "about": "time spent getting ready for the exercise"},
        ],
    },
    {
        "id": "qt7-10", "source": "voa", "truncated": False,
        "url": "http://www.voanews.com/content/113-dead-2600-injured-in-china-earthquake/1645481.html",
        "title": "113 Dead, 2,600 Injured in China Earthquake", "published": None,
        "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', headline (now "
                "title), size switch 'XS SM MD LG'. The first paragraph has no final period in the "
                "source (kept). Magnitudes use the plain id 'magnitude' (kind other); 'in 2008' is a "
                "year.",
        "paragraphs": [
            "Chinese state media say the death toll from a powerful earthquake that struck the western region of Sichuan Saturday morning has climbed to at least 113 people, with more than 2,600 injured",
            "China's official Xinhua news agency said that the death toll could rise as search and rescue teams make their way into affected areas.",
            "State media say hard-hit parts of Lushan county remain unreachable by road, with phone services cut off. Aerial photos released by China's military and aired on state television showed individual houses in ruins and some stretches of the county seat and villages flattened into rubble.",
            "China's premier, Li Keqiang, has flown to the region to oversee relief efforts.",
            "Sichuan's provincial seismological bureau put the strength of the quake at 7.0, while the U.S. Geological Survey said it was 6.6 magnitude, which is capable of causing severe damage. The quake occurred at a depth of 12 kilometers.",
            "Xinhua said the quake also rattled buildings in the provincial capital of Chengdu, 115 kilometers to the east.",
            "A strong earthquake struck Sichuan in 2008, killing more than 70,000 people.",
        ],
        "quantities": [
            {"text": "at least 113 people", "value": 113, "unit": P, "kind": "count",
             "approx": True, "about": "death toll from the earthquake"},
            {"text": "more than 2,600", "value": 2600, "unit": P, "kind": "count",
             "approx": True, "about": "people injured"},
            {"text": "7.0", "value": 7.0, "unit": "magnitude", "kind": "other",
             "about": "strength of the quake (provincial seismological bureau)"},
            {"text": "6.6 magnitude", "value": 6.6, "unit": "magnitude", "kind": "other",
             "about": "strength of the quake (U.S. Geological Survey)"},
            {"text": "12 kilometers", "value": 12, "unit": "kilometer", "kind": "length",
             "about": "depth of the quake"},
            {"text": "115 kilometers", "value": 115, "unit": "kilometer", "kind": "length",
             "about": "distance of Chengdu from the quake"},
            {"text": "more than 70,000 people", "value": 70000, "unit": P, "kind": "count",
             "approx": True, "about": "people killed by the 2008 earthquake"},
        ],
    },
    {
        "id": "qt7-11", "source": "voa", "truncated": False,
        "url": "https://www.voanews.com/a/us-economy-grows-faster/1785602.html",
        "title": "US Economy Grows Slightly Faster Than Previously", "published": None,
        "note": "Whole as stored. Removed: 'Accessibility links', 'Breaking News', section 'USA', "
                "headline (now title), chart caption (twice), VOA News byline box, size switch.",
        "paragraphs": [
            "The U.S. economy grew at a 2.8 percent annual rate in July, August, and September, which is a bit faster than the previous quarter.",
            "Thursday's report from the Commerce Department showed stronger growth than most economists had predicted.",
            "The data covers a period before the recent government shutdown, and does not reflect the expected negative economic impact of that incident.",
            "A separate report showed fewer Americans filed applications for unemployment benefits last week. Jobless claims fell by 9,000 to a nationwide total of 336,000.",
            "Government experts will publish the closely-watched monthly unemployment report Friday. Economists surveyed by the Bloomberg financial news service predict the economy will have a net gain of about 120,000 jobs in October, which is less than the previous month. They also say they expect the unemployment rate for October to increase slightly and hit 7.3 percent.",
        ],
        "quantities": [
            {"text": "2.8 percent", "value": 2.8, "unit": "percent", "kind": "percent",
             "about": "annual rate of U.S. economic growth"},
            {"text": "9,000", "value": 9000, "unit": "count", "kind": "count",
             "counted": "jobless claims", "about": "fall in jobless claims"},
            {"text": "336,000", "value": 336000, "unit": "count", "kind": "count",
             "counted": "jobless claims", "about": "nationwide total of jobless claims"},
            {"text": "about 120,000 jobs", "value": 120000, "unit": "count", "kind": "count",
             "counted": "jobs", "approx": True, "about": "net gain of jobs in October"},
            {"text": "7.3 percent", "value": 7.3, "unit": "percent", "kind": "percent",
             "about": "expected unemployment rate for October"},
        ],
    },
    {
        "id": "qt7-12", "source": "gov:archive.usgs.gov", "truncated": True,
        "url": "https://archive.usgs.gov/archive/sites/www.usgs.gov/newsroom/article.asp-ID=1393.html",
        "title": "USGS Newsroom: flood waters peaking in the Seattle-Tacoma area",
        "published": "1995-11-30",
        "note": "USGS news release on USGS's own archive host. Removed: archive banner, site "
                "navigation, 'USGS Newsroom' (twice), 'Released: 11/30/1995' (now published), "
                "contact block. The page has no headline: the title is descriptive. Bullet "
                "markers '* ' are kept verbatim. Cut by the store ('... the basis for long-term'): "
                "kept to the last complete sentence. 'cfs' is cubic_foot/second; '100-year' and "
                "'25-year' (recurrence intervals) and 'every 100 years' are durations (test6's "
                "'every 5 years'); 'since 1949', 'the 1990 flood peak' are years.",
        "paragraphs": [
            "Flood waters are peaking and beginning to recede in the Seattle-Tacoma, Washington, area according to streamflow specialists of the U.S. Geological Survey (USGS), a science agency of the Department of the Interior.",
            "Round-the-clock teams have been assessing both remotely gathered real-time data from more than 50 automated stations and manual measurements made by 8 field crews. Several long-term records have been broken during the current flooding emergency.",
            "* The Skagit River peaked at the gage located at Concrete, Wash., with a flow of 160,000 cubic feet per second (cfs), the highest rate since 1949.",
            "* Peak flows on parts of the Puyallup, Cispus, and Cowlitz Rivers have exceeded the 100-year recurrence interval (flood levels expected on the long-term average of once every 100 years or about a one percent chance in every given year).",
            "* Nisqually River near National, Wash., peaked at a flow rate of about 16,000 cfs on Nov. 29. The flow was the highest since 1977 when the flow peaked at 17,100 cfs.",
            "* North Fork Snoqualmie River near Snoqualmie Falls, Wash., peaked yesterday at a flow of about 13,800 cfs. This is slightly less than a 25-year flood but still higher than the 1990 flood peak of 12,100 cfs. Much of the basic river flow information in Washington comes from about 150 gaging stations maintained by the USGS around the State in cooperation with dozens of agencies.",
        ],
        "quantities": [
            {"text": "more than 50", "value": 50, "unit": "count", "kind": "count",
             "counted": "automated stations", "approx": True,
             "about": "automated stations gathering real-time data"},
            {"text": "8", "value": 8, "unit": "count", "kind": "count", "counted": "field crews",
             "about": "field crews making manual measurements"},
            {"text": "160,000 cubic feet per second", "value": 160000,
             "unit": "cubic_foot/second", "kind": "rate",
             "about": "peak flow of the Skagit River at Concrete"},
            {"text": "100-year", "value": 100, "unit": "year", "kind": "duration",
             "about": "recurrence interval of peak flows"},
            {"text": "100 years", "value": 100, "unit": "year", "kind": "duration",
             "after": "once every ", "about": "long-term average interval of flood levels"},
            {"text": "about a one percent", "value": 1, "unit": "percent", "kind": "percent",
             "approx": True, "about": "chance of the flood in a given year"},
            {"text": "about 16,000 cfs", "value": 16000, "unit": "cubic_foot/second",
             "kind": "rate", "approx": True, "about": "peak flow of the Nisqually River"},
            {"text": "17,100 cfs", "value": 17100, "unit": "cubic_foot/second", "kind": "rate",
             "about": "1977 peak flow of the Nisqually River"},
            {"text": "about 13,800 cfs", "value": 13800, "unit": "cubic_foot/second",
             "kind": "rate", "approx": True,
             "about": "peak flow of the North Fork Snoqualmie River"},
            {"text": "25-year", "value": 25, "unit": "year", "kind": "duration",
             "about": "recurrence interval of the flood"},
            {"text": "12,100 cfs", "value": 12100, "unit": "cubic_foot/second", "kind": "rate",
             "about": "1990 flood peak"},
            {"text": "about 150", "value": 150, "unit": "count", "kind": "count",
             "counted": "gaging stations", "approx": True,
             "about": "gaging stations maintained by the USGS in Washington"},
            {"text": "dozens", "value": 24, "unit": "count", "kind": "count",
             "counted": "agencies", "approx": True, "about": "cooperating agencies"},
        ],
    },
    {
        "id": "qt7-13", "source": "gov:noaa.gov", "truncated": True,
        "url": "http://www.publicaffairs.noaa.gov/releases2005/nov05/noaa05-135.html",
        "title": "NOAA05-135: Dutch Harbor-Unalaska top port for landings in 2004",
        "published": "2005-11-14",
        "note": "NOAA news release. Removed: release header line (number, 'FOR IMMEDIATE RELEASE', "
                "contact, date 11/14/05: now published), navigation line, table rules. The page has "
                "no headline: the title is descriptive. Cut by the store ('... living marine "
                "resources and t'): kept to the last complete sentence. Ordinals and ranks ('16th "
                "consecutive year', 'number two position', 'third', 'fifth year in a row') are not "
                "quantities. Plain 'pounds' is pound (mass).",
        "paragraphs": [
            "Commercial fishermen unloaded 886.4 million pounds of fish and shellfish at the port of Dutch Harbor-Unalaska, Alaska, last year, making it the country’s top port for landings in 2004, the NOAA Fisheries Service announced today. The port of New Bedford, Mass., claimed the top spot for value of landings, bringing in $206.5 million in 2004. The total domestic commercial landings for 2004 were 9.6 billion pounds, valued at $3.7 billion dollars. This is the 16th consecutive year that Dutch Harbor-Unalaska has held the top landings position, according to NOAA Fisheries Service. Total fish and shellfish landings there were down 21.7 million pounds from the record 2003 level of 908.7 million pounds, due to a decrease in groundfish catch. Reedville, Va., moved into the number two position with 400.5 million pounds, up from 375.3 million pounds in 2003. Empire-Venice, La., fell to third at 379.0 million pounds, down from 400 million pounds in 2003. The value of landings at New Bedford was up $30.3 million from 2003, due to a 35 percent increase in sea scallop catch. This was the fifth year in a row that the dollar value of landings at New Bedford increased. Dutch Harbor-Unalaska was ranked second in value of landings at $155.0 million, a decrease of $1.9 million from 2003. Hampton Roads Area, Va. brought in $100.6 million in 2004, an increase of $21.6 million, landing the third-highest value spot. The port of Dutch Harbor-Unalaska holds the records for both quantity and value of landings. In 2003, commercial fishermen there caught 908.7 million pounds of fish and shellfish. The record for value was set in 1994, when the port raked in $224.1 million from landings.",
        ],
        "quantities": [
            {"text": "886.4 million pounds", "value": 886.4e6, "unit": "pound", "kind": "mass",
             "about": "fish and shellfish unloaded at Dutch Harbor-Unalaska"},
            {"text": "$206.5 million", "value": 206.5e6, "unit": "USD", "kind": "money",
             "about": "value of landings at New Bedford in 2004"},
            {"text": "9.6 billion pounds", "value": 9.6e9, "unit": "pound", "kind": "mass",
             "about": "total domestic commercial landings for 2004"},
            {"text": "$3.7 billion dollars", "value": 3.7e9, "unit": "USD", "kind": "money",
             "about": "value of total domestic commercial landings"},
            {"text": "21.7 million pounds", "value": 21.7e6, "unit": "pound", "kind": "mass",
             "about": "decrease of landings at Dutch Harbor-Unalaska"},
            {"text": "908.7 million pounds", "value": 908.7e6, "unit": "pound", "kind": "mass",
             "about": "record 2003 level of landings"},
            {"text": "400.5 million pounds", "value": 400.5e6, "unit": "pound", "kind": "mass",
             "about": "landings at Reedville"},
            {"text": "375.3 million pounds", "value": 375.3e6, "unit": "pound", "kind": "mass",
             "about": "landings at Reedville in 2003"},
            {"text": "379.0 million pounds", "value": 379.0e6, "unit": "pound", "kind": "mass",
             "about": "landings at Empire-Venice"},
            {"text": "400 million pounds", "value": 400e6, "unit": "pound", "kind": "mass",
             "about": "landings at Empire-Venice in 2003"},
            {"text": "$30.3 million", "value": 30.3e6, "unit": "USD", "kind": "money",
             "about": "increase in value of landings at New Bedford"},
            {"text": "35 percent", "value": 35, "unit": "percent", "kind": "percent",
             "about": "increase in sea scallop catch"},
            {"text": "$155.0 million", "value": 155.0e6, "unit": "USD", "kind": "money",
             "about": "value of landings at Dutch Harbor-Unalaska"},
            {"text": "$1.9 million", "value": 1.9e6, "unit": "USD", "kind": "money",
             "about": "decrease in value of landings at Dutch Harbor-Unalaska"},
            {"text": "$100.6 million", "value": 100.6e6, "unit": "USD", "kind": "money",
             "about": "value of landings at Hampton Roads Area in 2004"},
            {"text": "$21.6 million", "value": 21.6e6, "unit": "USD", "kind": "money",
             "about": "increase in value of landings at Hampton Roads Area"},
            {"text": "908.7 million pounds", "value": 908.7e6, "unit": "pound", "kind": "mass",
             "about": "fish and shellfish caught at Dutch Harbor-Unalaska in 2003"},
            {"text": "$224.1 million", "value": 224.1e6, "unit": "USD", "kind": "money",
             "about": "record value of landings at Dutch Harbor-Unalaska"},
        ],
    },
    {
        "id": "qt7-14", "source": "voa", "truncated": True,
        "url": "https://www.voanews.com/a/migrant-boat-capsizes-in-mediterranean/3360068.html",
        "title": "Another Disaster — Involving Hundreds of Migrants — Hits Mediterranean",
        "published": None,
        "note": "Removed: 'Accessibility links', 'Breaking News', headline (now title), photo "
                "caption. Cut by the store ('... during the first five mon'): kept to the last "
                "complete sentence. Bodies of migrants are people; '65' (Syrians, Afghans and "
                "Pakistanis) is a count of people; 'two' rescue helicopters: modifier between, "
                "span stops at the number.",
        "paragraphs": [
            "Nine people were confirmed dead and many more feared missing after a boat capsized in the Mediterranean Sea early Friday, while the bodies of over 100 migrants from another vessel that capsized days earlier washed up on a beach in Libya.",
            "Friday's emergency began when a crowded, 25-meter-long wooden boat overturned 140 kilometers (75 nautical miles) south of the southern Greek island of Crete. Rescuers pulled more than 340 people from the sea, most of them from Africa.",
            "At least three ships, including one from the Greek coast guard, and two rescue helicopters searched for survivors. About 700 people were believed to have been aboard the ship.",
            "Most survivors were taken to Italy; others were sent to Malta, Egypt and Turkey. If those who were rescued are determined to be migrants seeking economic opportunity, rather than refugees fleeing for their safety, they risk being sent back to their home countries.",
            "The rights group Amnesty International urged the European Union on Friday to halt its plan to return asylum-seekers to Turkey, which already has 3 million refugees, more than 90 percent of them from war-torn Syria.",
            "Amnesty said the arrangement between the EU and Turkey to curb the tide of refugees trying to reach Europe was \"illegal\" and \"reckless.\"",
            "Though most Syrian refugees enter Europe by land through Turkey, a boat carrying 65 Syrians, Afghans and Pakistanis was intercepted off the Greek coast last week.",
            "The U.N. Refugee Agency's latest weekly report on the flow of migrants and refugees in the Mediterranean region said an estimated 880 people died trying to cross the Mediterranean Sea during the past week.",
        ],
        "quantities": [
            {"text": "Nine people", "value": 9, "unit": P, "kind": "count",
             "about": "people confirmed dead"},
            {"text": "over 100 migrants", "value": 100, "unit": P, "kind": "count",
             "approx": True, "about": "bodies of migrants washed up in Libya"},
            {"text": "25-meter-long", "value": 25, "unit": "meter", "kind": "length",
             "about": "length of the wooden boat"},
            {"text": "140 kilometers", "value": 140, "unit": "kilometer", "kind": "length",
             "about": "distance south of Crete where the boat overturned"},
            {"text": "75 nautical miles", "value": 75, "unit": "nautical_mile", "kind": "length",
             "about": "distance south of Crete where the boat overturned"},
            {"text": "more than 340 people", "value": 340, "unit": P, "kind": "count",
             "approx": True, "about": "people pulled from the sea"},
            {"text": "At least three ships", "value": 3, "unit": "count", "kind": "count",
             "counted": "ships", "approx": True, "about": "ships searching for survivors"},
            {"text": "two", "value": 2, "unit": "count", "kind": "count",
             "counted": "rescue helicopters", "after": "and ",
             "about": "rescue helicopters searching for survivors"},
            {"text": "About 700 people", "value": 700, "unit": P, "kind": "count",
             "approx": True, "about": "people believed aboard the ship"},
            {"text": "3 million refugees", "value": 3e6, "unit": P, "kind": "count",
             "about": "refugees in Turkey"},
            {"text": "more than 90 percent", "value": 90, "unit": "percent", "kind": "percent",
             "approx": True, "about": "share of refugees in Turkey from Syria"},
            {"text": "65", "value": 65, "unit": P, "kind": "count",
             "about": "Syrians, Afghans and Pakistanis on an intercepted boat"},
            {"text": "an estimated 880 people", "value": 880, "unit": P, "kind": "count",
             "approx": True, "about": "people who died trying to cross the Mediterranean"},
            {"text": "the past week", "value": 1, "unit": "week", "kind": "duration",
             "about": "period of the U.N. weekly report"},
        ],
    },
    {
        "id": "qt7-15", "source": "voa", "truncated": False,
        "url": "https://voaafrica.com/a/voa-our-voices-428-solar-powered/6678151.html",
        "title": "VOA Our Voices 428: Solar Powered", "published": None,
        "note": "VOA Africa programme page, whole as stored. Removed: 'Accessibility links', "
                "'Breaking News', headline (twice; now title), player notices ('please wait', 'No "
                "media source currently available', '0:00 0:28:00 0:00'). 'an estimate of 600 "
                "million Africans' is approximate (an estimate).",
        "paragraphs": [
            "Africa is a continent blessed with a wealth of assets, from human capital to vital minerals to agricultural and water resources, just to name but a few. However, an estimate of 600 million Africans are without access to electricity, a basic necessity of life. On this week’s on Our Voices, we are taking an in-depth look at how countries on the continent are utilizing their resources, particularly solar energy to power their nations.",
        ],
        "quantities": [
            {"text": "an estimate of 600 million Africans", "value": 600e6, "unit": P,
             "kind": "count", "approx": True, "about": "Africans without access to electricity"},
        ],
    },
    {
        "id": "qt7-16", "source": "gov:fema.gov", "truncated": True,
        "url": "http://www.fema.gov/news-releases?field_state_term_tid=All&field_state_term_tid_1=89&items_per_page=10&page=35",
        "title": "FEMA Press Releases", "published": None,
        "note": "FEMA press-release listing (summaries of five releases). Removed: 'Press Releases' "
                "heading, 'Search by Date' / 'Enter date range to search between', the icon text "
                "'illustration of page of paper' after each item. Cut by the store inside the sixth "
                "item: that item is dropped. 'Aug. 8' and 'Monday, Nov. 6' are dates; 'more than "
                "ten municipal roads': modifier between, span stops at the number.",
        "paragraphs": [
            "Georgia survivors who suffered losses during Hurricane Idalia needn’t worry that applying for federal disaster assistance will cause them to sacrifice their Social Security or Medicare benefits, pay more taxes or give up income-based benefit programs. A grant from FEMA does not add to your taxable income as long as the grant is to help recover from a disaster like Idalia.",
            "Monday, Nov. 6 is the deadline for Georgia homeowners and renters who suffered uninsured or underinsured damage to their property from Hurricane Idalia in Berrien, Brooks, Cook, Glynn and Lowndes counties to apply for FEMA assistance.",
            "FEMA Administrator Deanne Criswell today announced the Biden-Harris Administration, through FEMA, will commit more than $211 million in funding from President Biden’s Investing in America agenda -- a key component of Bidenomics -- to enhance dam safety efforts across the nation to ensure that communities have the critical infrastructure needed to protect against future disasters and prevent against future flooding.",
            "FEMA encourages all property owners affected by the Aug. 8 wildfires to request participation in the Consolidated Debris Removal Program by submitting a Right-of-Entry form to Maui County. This will help to ensure cultural and historic properties are protected during debris removal operations and eliminate potential runoff of toxic ash into Maui’s sensitive watersheds.",
            "Residents of several communities in the towns of Yabucoa, Lares and Orocovis will benefit from repairs to more than ten municipal roads, following the allocation of over $12 million from the Federal Emergency Management Agency (FEMA) for damage after Hurricane María.",
        ],
        "quantities": [
            {"text": "more than $211 million", "value": 211e6, "unit": "USD", "kind": "money",
             "approx": True, "about": "funding to enhance dam safety efforts"},
            {"text": "more than ten", "value": 10, "unit": "count", "kind": "count",
             "counted": "municipal roads", "approx": True, "about": "municipal roads repaired"},
            {"text": "over $12 million", "value": 12e6, "unit": "USD", "kind": "money",
             "approx": True, "about": "FEMA allocation for damage after Hurricane María"},
        ],
    },
    {
        "id": "qt7-17", "source": "voa", "truncated": True,
        "url": "http://www.voanews.com/content/mali-reports-first-ebola-death/2496183.html",
        "title": "Ebola Death Toll Nears 5,000 as Virus Advances", "published": None,
        "note": "Removed: section line 'News / Africa', headline (now title), photo caption "
                "(twice), byline 'VOA News'; leading spaces of the stored lines. The subheading "
                "'West Africa bears heaviest burden' is kept as its own line (article text). Cut "
                "by the store ('The three nations a'): kept to the last complete sentence. "
                "'10,141 known cases': modifier between, span stops at the number; '2-year-old' is "
                "an age; 'around the clock' is not a quantity.",
        "paragraphs": [
            "The Ebola epidemic’s death toll has climbed to at least 4,922 out of 10,141 known cases in eight countries, the World Health Organization reported Saturday.",
            "The count reflected data through Thursday, WHO said. One of the virus’ most recent victims was a 2-year-old Mali girl who died Friday after returning from a trip to neighboring Guinea, Mali health officials said. The toddler became Mali’s first confirmed Ebola casualty.",
            "Diplomatic sources have expressed concern about the ability of Mali, one of the world’s poorest countries, to contain an outbreak. The WHO said the girl and her family traveled through the country by bus and warned that many passengers could be in danger of contracting the disease. Some 43 people already are being monitored.",
            "The United Nations on Saturday flew one metric ton of emergency relief supplies to Mali, including personal protection kits, gloves and face shields.",
            "The World Food Program director for West Africa, Denise Brown, says speed is of the essence in the Ebola crisis, adding that U.N. agencies are working around the clock to confront the virus.",
            "The contagion also threatens Ivory Coast, the world’s biggest cocoa producer, Reuters news agency reported.",
            "West Africa bears heaviest burden",
            "While scattered cases have been reported in the United States and Europe, the Ebola outbreak has been concentrated in the West African countries of Guinea, Liberia and Sierra Leone.",
        ],
        "quantities": [
            {"text": "at least 4,922", "value": 4922, "unit": P, "kind": "count", "approx": True,
             "about": "Ebola epidemic death toll"},
            {"text": "10,141", "value": 10141, "unit": "count", "kind": "count",
             "counted": "known cases", "about": "known Ebola cases"},
            {"text": "eight countries", "value": 8, "unit": "count", "kind": "count",
             "counted": "countries", "about": "countries with Ebola cases"},
            {"text": "2-year-old", "value": 2, "unit": "year", "kind": "other",
             "about": "age of the Mali girl who died"},
            {"text": "Some 43 people", "value": 43, "unit": P, "kind": "count", "approx": True,
             "about": "people being monitored in Mali"},
            {"text": "one metric ton", "value": 1, "unit": "metric_ton", "kind": "mass",
             "about": "emergency relief supplies flown to Mali"},
        ],
    },
    {
        "id": "qt7-18", "source": "gov:usembassy.gov", "truncated": False,
        "url": "https://pl.usembassy.gov/refugee/",
        "title": "World Refugee Day (U.S. Embassy in Poland)", "published": None,
        "note": "U.S. Embassy page (Department of State), whole as stored; no furniture in the "
                "stored text. The page shows no headline: the title is descriptive. 'billions of "
                "dollars per year' is a vague plural rate (USD/year, 2e9, approximate); 'millions' "
                "(of people) is 2e6, approximate; 'June 20' is a date.",
        "paragraphs": [
            "World Refugee Day, June 20, is a day to honor the nearly 60 million people displaced from their countries by violence and persecution.",
            "The United States is the largest single humanitarian donor, providing billions of dollars per year to provide millions of the world’s most vulnerable people with life-saving assistance. The State Department’s Bureau of Population, Refugees, and Migration (PRM) provides protection, eases suffering, and works to resolve the plight of persecuted and uprooted people around the world. We do this on behalf of the American people by providing life-sustaining assistance, working through multilateral systems to build global partnerships, promoting best practices in humanitarian response, ensuring that humanitarian principles are thoroughly integrated into U.S. foreign and national security policy, and encouraging other countries to do the same.",
            "The United States is the largest single donor to the Syrian crisis response. We have provided over $5.1 billion in humanitarian assistance since the start of the crisis. Through this humanitarian funding, the United States provide food, shelter, water, medical care, humanitarian protection, and other urgent relief to millions of people suffering inside Syria and 4.6 million refugees from Syria in the region. The humanitarian assistance supports the operations of the United Nations, other international organizations, and non-governmental organizations. Through these organizations, the United States is able to provide assistance in all 14 governorates of Syria, helping the people who need it most—and ultimately saving lives and alleviating suffering amid daily threats of violence and deprivation.",
        ],
        "quantities": [
            {"text": "nearly 60 million people", "value": 60e6, "unit": P, "kind": "count",
             "approx": True, "about": "people displaced from their countries"},
            {"text": "billions of dollars per year", "value": 2e9, "unit": "USD/year",
             "kind": "rate", "approx": True, "about": "U.S. humanitarian donations"},
            {"text": "millions", "value": 2e6, "unit": P, "kind": "count", "approx": True,
             "about": "vulnerable people receiving life-saving assistance"},
            {"text": "over $5.1 billion", "value": 5.1e9, "unit": "USD", "kind": "money",
             "approx": True, "about": "humanitarian assistance for the Syrian crisis"},
            {"text": "millions", "value": 2e6, "unit": P, "kind": "count", "approx": True,
             "about": "people suffering inside Syria"},
            {"text": "4.6 million refugees", "value": 4.6e6, "unit": P, "kind": "count",
             "about": "refugees from Syria in the region"},
            {"text": "14 governorates", "value": 14, "unit": "count", "kind": "count",
             "counted": "governorates", "about": "governorates of Syria receiving assistance"},
        ],
    },
    {
        "id": "qt7-19", "source": "gov:state.gov", "truncated": True,
        "url": "https://2009-2017.state.gov/j/prm/about/265944.htm",
        "title": "PRM Year in Review - 2016 (text version of infographic)",
        "published": "2016-12-21",
        "note": "State Department (archive host of the Department), text version of an "
                "infographic. Removed: headline (now title), date line (now published), links "
                "'[graphic version]' and '[back to About PRM page]', the infographic's title lines "
                "('U.S. Department of State, Bureau of Population, Refugees and Migration', '2016 "
                "Year in Review'). Section headings of the infographic are kept as lines. Cut by "
                "the store after the heading 'Where did we provide support?' (dropped with its cut "
                "text). 'more than ten times' is a multiplier; 'since 1975' a year.",
        "paragraphs": [
            "In Fiscal Year 2016, the Bureau of Population, Refugees, and Migration (PRM) contributed more than $3.4 billion to humanitarian efforts globally, the majority of which went to overseas humanitarian assistance and refugee resettlement.",
            "PRM spent nearly $545 million to provide new beginnings to the world's most vulnerable refugees.",
            "More than $2.8 billion of PRM funding was devoted to humanitarian assistance overseas.",
            "The United States has welcomed more than 3.3 million refugees for resettlement since 1975.",
            "That's more than ten times the population of Pittsburgh!",
            "What kind of help does our funding provide?",
            "Shelter and Education",
            "Our funding supports education programs to ensure that displaced and refugee children are able to learn, and helps provide much-needed shelter for those who have fled their homes.",
            "Food and Water",
            "Thanks to U.S. assistance, millions of refugees and displaced people receive life-saving food and clean water.",
            "The United States is a leader in protecting the rights of refugees and displaced people overseas, and in seeking to protect refugees from physical harm.",
            "The U.S. has always been a world leader in the resettlement of refugees. The U.S. Refugee Admissions Program gives the world's most vulnerable refugees a safe new beginning, far from violence and persecution.",
            "Where does our assistance go?",
            "These five organizations received the majority of PRM's overseas humanitarian assistance, providing life-saving care and services for vulnerable people around the world.",
            "UNHCR: $1.5 billion",
            "UNICEF: $175 million",
            "UNRWA: $359 million",
            "ICRC: $419 million",
            "IOM: $103 million",
            "Did you know? The United States is the world’s single largest donor to UNHCR, UNRWA, ICRC, and IOM.",
        ],
        "quantities": [
            {"text": "more than $3.4 billion", "value": 3.4e9, "unit": "USD", "kind": "money",
             "approx": True, "about": "PRM contribution to humanitarian efforts in 2016"},
            {"text": "nearly $545 million", "value": 545e6, "unit": "USD", "kind": "money",
             "approx": True, "about": "PRM spending on refugee resettlement"},
            {"text": "More than $2.8 billion", "value": 2.8e9, "unit": "USD", "kind": "money",
             "approx": True, "about": "PRM funding for humanitarian assistance overseas"},
            {"text": "more than 3.3 million refugees", "value": 3.3e6, "unit": P,
             "kind": "count", "approx": True, "about": "refugees resettled since 1975"},
            {"text": "more than ten times", "value": 10, "unit": "multiplier", "kind": "other",
             "approx": True, "about": "the population of Pittsburgh"},
            {"text": "millions", "value": 2e6, "unit": P, "kind": "count", "approx": True,
             "about": "refugees and displaced people receiving food and water"},
            {"text": "five organizations", "value": 5, "unit": "count", "kind": "count",
             "counted": "organizations", "about": "organizations receiving PRM assistance"},
            {"text": "$1.5 billion", "value": 1.5e9, "unit": "USD", "kind": "money",
             "about": "PRM assistance to UNHCR"},
            {"text": "$175 million", "value": 175e6, "unit": "USD", "kind": "money",
             "about": "PRM assistance to UNICEF"},
            {"text": "$359 million", "value": 359e6, "unit": "USD", "kind": "money",
             "about": "PRM assistance to UNRWA"},
            {"text": "$419 million", "value": 419e6, "unit": "USD", "kind": "money",
             "about": "PRM assistance to ICRC"},
            {"text": "$103 million", "value": 103e6, "unit": "USD", "kind": "money",
             "about": "PRM assistance to IOM"},
        ],
    },
    {
        "id": "qt7-20", "source": "gov:america.gov", "truncated": True,
        "url": "https://share.america.gov/pompeo-we-will-continue-to-assist-those-most-vulnerable/",
        "title": "Pompeo: ‘We will continue to assist the world’s most vulnerable’",
        "published": None,
        "note": "ShareAmerica (Department of State). Removed: headline (now title), image credit "
                "'(State Dept./J. Maruszewski)'. Cut by the store ('... helping displaced people as "
                "cl'): kept to the last complete sentence. 'hundreds of thousands' is a vague plural "
                "(200,000, approximate); 'the 73rd session' is an ordinal; 'fiscal year 2019' a "
                "year. The doubled 'the “the' is verbatim.",
        "paragraphs": [
            "The United States continues to be the “the most generous nation in the world when it comes to protection-based immigration and assistance,” Secretary of State Mike Pompeo said in remarks to the media September 17.",
            "The United States anticipates processing up to 310,000 refugees and asylum seekers in fiscal year 2019. The State Department proposes resettling up to 30,000 refugees under the new refugee ceiling, as well as processing more than 280,000 asylum seekers. They will join the over 800,000 asylum seekers who are already inside the United States and who are awaiting adjudication of their claims.",
            "“The best way to help most people is to promote burden sharing with partners and allies, to work to end conflicts that drive displacement, and to target the application of foreign aid in a smarter way,” Secretary Pompeo said. This week, during the 73rd session of the U.N. General Assembly, the United States, along with other world leaders, will discuss the importance of humanitarian assistance and food security.",
            "U.S. humanitarian assistance worldwide totaled more than $8 billion in fiscal year 2017, more than the total for any other country, the secretary said. This includes funding from the State Department’s Bureau of Population, Refugees and Migration and the U.S. Agency for International Development.",
            "“A focus on helping refugees overseas also allows us to maximize our resources. We can house, feed, and provide medical care for hundreds of thousands more refugees closer to their homes and do so more rapidly than we could possibly do here in the United States,” Secretary Pompeo said.",
            "The United States also is the most generous funder of the United Nations High Commissioner for Refugees’ work around the world (nearly $1.5 billion last fiscal year).",
        ],
        "quantities": [
            {"text": "up to 310,000 refugees", "value": 310000, "unit": P, "kind": "count",
             "approx": True, "about": "refugees and asylum seekers to be processed"},
            {"text": "up to 30,000 refugees", "value": 30000, "unit": P, "kind": "count",
             "approx": True, "about": "refugees to be resettled under the new ceiling"},
            {"text": "more than 280,000 asylum seekers", "value": 280000, "unit": P,
             "kind": "count", "approx": True, "about": "asylum seekers to be processed"},
            {"text": "over 800,000 asylum seekers", "value": 800000, "unit": P, "kind": "count",
             "approx": True, "about": "asylum seekers awaiting adjudication"},
            {"text": "more than $8 billion", "value": 8e9, "unit": "USD", "kind": "money",
             "approx": True, "about": "U.S. humanitarian assistance worldwide in 2017"},
            {"text": "hundreds of thousands", "value": 200000, "unit": P, "kind": "count",
             "approx": True, "about": "more refugees helped closer to their homes"},
            {"text": "nearly $1.5 billion", "value": 1.5e9, "unit": "USD", "kind": "money",
             "approx": True, "about": "U.S. funding of UNHCR last fiscal year"},
        ],
    },
    {
        "id": "qt7-21", "source": "gov:fema.gov", "truncated": True,
        "url": "https://www.fema.gov/about/news-multimedia/press-releases?field_related_fema_regions_tid=All&items_per_page=10",
        "title": "FEMA Press Releases", "published": None,
        "note": "FEMA press-release listing (summaries of five releases, Hurricane Ian period). "
                "Removed: 'Press Releases' heading and the icon text 'illustration of page of "
                "paper' after each item. Cut by the store inside the fifth item: kept to its last "
                "complete sentence. 'nearly 5,000 Florida National Guard members': modifiers "
                "between, span stops at the number; 'Sept. 23' is a date.",
        "paragraphs": [
            "FEMA Administrator Deanne Criswell will brief President Biden today on federal response efforts at FEMA’s National Response Coordination Center. Criswell will travel to Florida Friday to personally see response efforts and ensure recovery resources are available to survivors. The federal government coordinated and prepositioned supplies, and more than 1,300 responders ahead of Ian’s landfall to ensure resources could get where they need to be as quickly as possible. Federal responders are working alongside nearly 5,000 Florida National Guard members and other state response and emergency managers.",
            "FEMA announced that federal disaster assistance has been made available to the state of Florida to supplement state, tribal and local recovery efforts in the areas affected by Hurricane Ian beginning Sept. 23 and continuing.",
            "ANCHORAGE, Alaska– Residents of the Regional Educational Attendance Areas of Bering Strait, Kashunamiut, Lower Kuskokwim and Lower Yukon who suffered property damage or loss from September’s severe storm, flooding and landslides are now eligible to apply for disaster assistance from the Federal Emergency Management Agency (FEMA) and the State of Alaska. Available aid includes temporary housing expenses, basic home repairs, or other essential disaster-related needs that are not covered by insurance.",
            "Revised preliminary flood risk information and updated Flood Insurance Rate Maps are available for review for portions of Coal County, Oklahoma located within the Chickasaw Nation. Residents and business owners are encouraged to review the latest information to learn about local flood risks and potential future flood insurance requirements.",
            "FEMA Administrator Deanne Criswell urges anyone in the path of Hurricane Ian to heed the warning of local officials as this storm begins to make landfall.",
        ],
        "quantities": [
            {"text": "more than 1,300 responders", "value": 1300, "unit": P, "kind": "count",
             "approx": True, "about": "responders prepositioned ahead of Ian's landfall"},
            {"text": "nearly 5,000", "value": 5000, "unit": P, "kind": "count", "approx": True,
             "about": "Florida National Guard members"},
        ],
    },
    {
        "id": "qt7-22", "source": "gov:usaid.gov", "truncated": True,
        "url": "http://blog.usaid.gov/category/disaster-relief/page/10/",
        "title": "Meeting with Somali-Americans About the Crisis in the Horn of Africa",
        "published": None,
        "note": "USAID Impact blog (usaid.gov), archive page showing one post. Removed: blog "
                "banner 'USAID Impact Photo Credit: USAID and Partners', 'Archives for Disaster "
                "Relief', the post headline (now title), the author line ('Nancy Lindborg is "
                "USAID’s Assistant Administrator ...'). Double and triple spaces after periods are "
                "verbatim. Cut by the store inside a quotation ('“In 1992'): kept to the last "
                "complete sentence. 'the two largest ... communities' is a rank, not annotated; "
                "'dozens of community leaders' is a vague plural of people.",
        "paragraphs": [
            "The face of famine is painfully personal for members of the Somali American communities in Columbus, OH and Minneapolis, MN. Yesterday, I led a community roundtable in each city, home to the two largest Somali diaspora communities in the United States.  I was able to express deepest concern, on behalf of the US government, for the people of Somalia and update them on urgent relief efforts underway by the US government throughout the Horn of Africa, where a serious drought is affecting more than 11 million people.",
            "The USG is currently reaching more than 4.6 million people in the region who need emergency help, including $80 million of life-saving assistance to help 1.5 million people in accessible areas of Somalia.  The UN has declared famine in two regions of southern Somalia where humanitarian access has been limited by Al Shabaab.  USG is urgently supporting partners to provide food, health, water and sanitation assistance wherever they can access communities desperate for help.",
            "I was also able to listen and learn from this dynamic community.  Somali Americans are a vital lifeline of support for their communities and families throughout Somalia.  I heard from dozens of community leaders who have mobilized their friends and neighbors to raise money for the drought through car washes, bake sales and fund drives.   They are supporting feeding centers and health clinics.  They have established NGOs dedicated to helping the growing number of orphaned children.  A young woman in Minneapolis, choking back tears, described her Facebook page where she is raising money for drought relief and posting stories of families struggling to survive.",
        ],
        "quantities": [
            {"text": "more than 11 million people", "value": 11e6, "unit": P, "kind": "count",
             "approx": True, "about": "people affected by drought in the Horn of Africa"},
            {"text": "more than 4.6 million people", "value": 4.6e6, "unit": P, "kind": "count",
             "approx": True, "about": "people reached who need emergency help"},
            {"text": "$80 million", "value": 80e6, "unit": "USD", "kind": "money",
             "about": "life-saving assistance in Somalia"},
            {"text": "1.5 million people", "value": 1.5e6, "unit": P, "kind": "count",
             "about": "people helped in accessible areas of Somalia"},
            {"text": "two regions", "value": 2, "unit": "count", "kind": "count",
             "counted": "regions", "about": "regions of southern Somalia declared in famine"},
            {"text": "dozens", "value": 24, "unit": P, "kind": "count", "approx": True,
             "about": "community leaders raising money for the drought"},
        ],
    },
    {
        "id": "qt7-23", "source": "gov:usaid.gov", "truncated": True,
        "url": "https://blog.usaid.gov/category/humanitarian-assistance/",
        "title": "Online to On the Ground: How Students in Virginia Supported Nepal Earthquake Recovery",
        "published": None,
        "note": "USAID Impact blog (usaid.gov), archive page showing one post. Removed: blog "
                "banner, 'Archives for Humanitarian Assistance', the post headline (now title), "
                "photo caption with credit. The subheading 'Disaster mappers needed' is kept as a "
                "line. Cut by the store ('... (HOT) platform t'): kept to the last complete "
                "sentence. 'Within 48 hours' is a bounded duration (approximate); 'hundreds of "
                "thousands' (homeless) is a vague plural of people (200,000).",
        "paragraphs": [
            "A massive 7.8 magnitude earthquake hit Nepal just as I was finalizing plans to spend the summer working there.",
            "At the time, I was a student at the College of William & Mary and a Summer Fellow with the AidData Center for Development Policy, a research and innovation lab that helps the development community improve transparency by mapping where funds and efforts flow. The geospatial data tools we create help universities, think tanks and civil society organizations make better decisions about aid allocation, coordination and evaluation.",
            "In the midst of planning for my trip to Nepal, the earthquake struck, leaving 9,000 people dead, entire villages flattened and hundreds of thousands homeless. After receiving news that our friends and colleagues were safe, my classmates and I looked for a way to help Nepal from our campus in Virginia.",
            "Our solution? Crisis mapping from our laptops.",
            "As student researchers at AidData, our day-to-day focus is tracking, analyzing and mapping development finance data. With specialized data skills, we were ready and equipped to rapidly collect, process and send spacial data to the people in Nepal who needed it. We partnered with USAID and other organizations to identify areas of Nepal in need of assistance, and mapped this information so that responders, community members and others could take action.",
            "Within 48 hours of the earthquake, my student team started Tweeting to recruit other students to data mapping trainings on our campus.",
            "Disaster mappers needed",
            "More than 50 students responded to our call to action.",
        ],
        "quantities": [
            {"text": "7.8 magnitude", "value": 7.8, "unit": "magnitude", "kind": "other",
             "about": "strength of the Nepal earthquake"},
            {"text": "9,000 people", "value": 9000, "unit": P, "kind": "count",
             "about": "people killed by the earthquake"},
            {"text": "hundreds of thousands", "value": 200000, "unit": P, "kind": "count",
             "approx": True, "about": "people left homeless"},
            {"text": "Within 48 hours", "value": 48, "unit": "hour", "kind": "duration",
             "approx": True, "about": "time before the student team started recruiting"},
            {"text": "More than 50 students", "value": 50, "unit": P, "kind": "count",
             "approx": True, "about": "students responding to the call to action"},
        ],
    },
]

"""Source of the quantities dev set ``dev7.jsonl`` (VOA news and USAID texts; built by ``dev7_build.py``).

Eight public-domain NEWS texts with units of the kind wire news uses (earthquakes, typhoons,
cyclone and drought relief, floods, drones, migration): six Voice of America stories (two as
republished verbatim by reliefweb.int and an archive mirror) and two USAID texts, as stored by the
``search`` tool's ``pages`` corpus. Each text is cut at the last complete sentence the store
returned; page furniture (menus, captions, photo credits, VOA boilerplate, unrelated teasers) is
left out. Records follow ``GUIDELINE.md``, in text order. Annotated by hand by helper qunits3 on
2026-12-05 **before the system ran on these texts**.
"""

DOCS = [
    {
        "id": "voa-chile-quake-2019", "source": "Voice of America (via reliefweb.int)",
        "url": "https://reliefweb.int/report/chile/67-magnitude-quake-hits-chile",
        "title": "6.7-Magnitude Quake Hits Chile", "published": "2019-01-21",
        "note": "'10:32 p.m.' is a time of day; bare 'thousands' (people left without power) is a vague plural",
        "paragraphs": [
            "A 6.7-magnitude earthquake that hit north-central Chile late Saturday has killed at least two people and left thousands temporarily without power.",
            "Chile’s national emergency service said the two casualties, an elderly man and an elderly woman from Coquimbo, suffered heart attacks due to the quake.",
            "The U.S. Geological Survey (USGS) said the quake struck at 10:32 p.m. with an epicenter about 16 kilometers south-southwest of the city of Coquimbo. It had a depth of 53 kilometers and it was felt even in the capital Santiago in the south.",
            "Local media reported that residents in Coquimbo and neighboring Serena, a coastal region about 500 kilometers from Santiago, were ordered to evacuate to high ground even though authorities quickly ruled out a tsunami.",
            "A magnitude-8.3 quake hit the Coquimbo region in 2015, causing a tsunami and killing more than a dozen people.",
        ],
        "quantities": [
            {"text": "6.7-magnitude", "value": 6.7, "unit": "magnitude", "kind": "other", "about": "earthquake"},
            {"text": "at least two people", "value": 2, "unit": "person", "kind": "count", "about": "people killed", "approx": True},
            {"text": "thousands", "value": 2000, "unit": "person", "kind": "count", "about": "people left without power", "approx": True},
            {"text": "two casualties", "value": 2, "unit": "person", "kind": "count", "about": "casualties"},
            {"text": "about 16 kilometers", "value": 16, "unit": "kilometer", "kind": "length", "about": "distance of the epicenter from Coquimbo", "approx": True},
            {"text": "53 kilometers", "value": 53, "unit": "kilometer", "kind": "length", "about": "depth of the quake"},
            {"text": "about 500 kilometers", "value": 500, "unit": "kilometer", "kind": "length", "about": "distance of Serena from Santiago", "approx": True},
            {"text": "magnitude-8.3", "value": 8.3, "unit": "magnitude", "kind": "other", "about": "quake"},
            {"text": "more than a dozen people", "value": 12, "unit": "person", "kind": "count", "about": "people killed", "approx": True},
        ],
    },
    {
        "id": "voa-afghanistan-quake-2013", "source": "Voice of America (voanews.com)",
        "url": "http://www.voanews.com/content/afghanistan-earthquake-2nd-upd/1647834.html",
        "title": "Earthquake Hits Afghanistan", "published": "2013-04-24",
        "note": "the page's unrelated teasers (Egypt, VOA Exclusive) left out; 'put the magnitude at 6.2' is a magnitude",
        "paragraphs": [
            "A moderate earthquake hit Afghanistan Wednesday and its tremors were felt in Kabul, Islamabad and as far away as New Delhi.",
            "The U.S. Geological Survey said the 5.7-magnitude earthquake was 65 kilometers deep and struck 25 kilometers northwest of Jalalabad, the main town in eastern Afghanistan which is close to the Pakistani border. Pakistan's meteorological office put the magnitude at 6.2.",
            "Ahmad Zia Abdulzai, a provincial government spokesman, tells VOA that six people have died and 64 others were injured in the quake and that a large number of structures in Nangahar province have been damaged.",
            "Some buildings reportedly swayed in New Delhi, causing a mild panic.",
            "Last week a powerful 7.6-magnitude earthquake killed 41 people in the Baluchistan region of Pakistan, and just a few days later a 6.6-magnitude earthquake killed about 600 people in southeastern China.",
        ],
        "quantities": [
            {"text": "5.7-magnitude", "value": 5.7, "unit": "magnitude", "kind": "other", "about": "earthquake"},
            {"text": "65 kilometers", "value": 65, "unit": "kilometer", "kind": "length", "about": "depth of the earthquake"},
            {"text": "25 kilometers", "value": 25, "unit": "kilometer", "kind": "length", "about": "distance northwest of Jalalabad"},
            {"text": "6.2", "value": 6.2, "unit": "magnitude", "kind": "other", "about": "magnitude of the earthquake"},
            {"text": "six people", "value": 6, "unit": "person", "kind": "count", "about": "people died"},
            {"text": "64 others", "value": 64, "unit": "person", "kind": "count", "about": "others injured"},
            {"text": "7.6-magnitude", "value": 7.6, "unit": "magnitude", "kind": "other", "about": "earthquake"},
            {"text": "41 people", "value": 41, "unit": "person", "kind": "count", "about": "people killed"},
            {"text": "6.6-magnitude", "value": 6.6, "unit": "magnitude", "kind": "other", "about": "earthquake"},
            {"text": "about 600 people", "value": 600, "unit": "person", "kind": "count", "about": "people killed", "approx": True},
        ],
    },
    {
        "id": "usaid-idai-2019", "source": "U.S. Agency for International Development (2017-2020.usaid.gov archive)",
        "url": "https://2017-2020.usaid.gov/es/news-information/press-releases/mar-25-2019-us-announces-additional-humanitarian-assistance-cyclone-idai",
        "title": "U.S. announces additional humanitarian assistance for Cyclone Idai", "published": "2019-03-25",
        "note": "archive banner left out; 'nearly two decades' measures a length of time",
        "paragraphs": [
            "Today the United States, through the U.S. Agency for International Development (USAID), announced nearly $3.4 million in additional emergency humanitarian food assistance to meet the urgent needs caused by Cyclone Idai and the related flooding in the Republic of Mozambique. This donation brings the total U.S. investment in this humanitarian response in southern Africa to nearly $4.1 million.",
            "The new funding, provided to the World Food Programme, will help deliver approximately 2,500 metric tons of rice, peas, and vegetable oil to affected people in Sofala, Zambezia, and Manica Provinces. This life-saving emergency food assistance will support approximately 160,000 people for one month.",
            "Last week, USAID deployed a Disaster Assistance Response Team (DART) to Mozambique to lead the U.S. Government's response to Cyclone Idai. The DART is conducting aerial assessments of and taking an on-the-ground look at the damaged areas. The team has identified food, health, shelter, water, sanitation, and hygiene as priority needs to help the affected communities.",
            "Cyclone Idai is now the worst natural disaster in southern Africa in nearly two decades. Approximately 900 square miles of land is covered in water - an area larger than New York City and Los Angeles combined. The catastrophic flooding triggered by the storm has killed more than 440 people and more than 600,000 people are in need of assistance. These numbers are expected to rise.",
        ],
        "quantities": [
            {"text": "nearly $3.4 million", "value": 3400000, "unit": "USD", "kind": "money", "about": "additional emergency humanitarian food assistance", "approx": True},
            {"text": "nearly $4.1 million", "value": 4100000, "unit": "USD", "kind": "money", "about": "total U.S. investment in this humanitarian response", "approx": True},
            {"text": "approximately 2,500 metric tons", "value": 2500, "unit": "metric_ton", "kind": "mass", "about": "rice, peas, and vegetable oil", "approx": True},
            {"text": "approximately 160,000 people", "value": 160000, "unit": "person", "kind": "count", "about": "people supported by the food assistance", "approx": True},
            {"text": "one month", "value": 1, "unit": "month", "kind": "duration", "about": "emergency food assistance"},
            {"text": "nearly two decades", "value": 20, "unit": "year", "kind": "duration", "about": "worst natural disaster in southern Africa", "approx": True},
            {"text": "Approximately 900 square miles", "value": 900, "unit": "square_mile", "kind": "area", "about": "land covered in water", "approx": True},
            {"text": "more than 440 people", "value": 440, "unit": "person", "kind": "count", "about": "people killed", "approx": True},
            {"text": "more than 600,000 people", "value": 600000, "unit": "person", "kind": "count", "about": "people in need of assistance", "approx": True},
        ],
    },
    {
        "id": "usaid-lesotho-drought", "source": "U.S. Agency for International Development (via webarchive.library.unt.edu)",
        "url": "https://webarchive.library.unt.edu/web/20090508185257/http://www.usaid.gov/stories/lesotho/fp_lesotho_drought.html",
        "title": "Food Aid Saves Lives During African Drought", "published": "2009-05-08",
        "note": "USAID 'Telling Our Story' page; the story carries no date, 'published' is the archive capture; "
                "menus and the photo caption left out; 'five' (other countries) stops at the number",
        "paragraphs": [
            "Shading his eyes from the fierce glare of the midday sun, Mahlomola Monaheng gazes out in silence over his dry and dusty fields. Monaheng, a 76-year-old Lesotho farmer, has seen a lot while toiling the land. However, he has never seen anything like the drought ravaging his village once considered Lesotho’s maize basket.",
            "In good years, his maize would be shoulder high at this time during the growing season. Even in bad years, his crop could be heard rustling around his waist. But this year, only a few plants have survived - and they are just knee-high, withering in the heat. “This is the worst drought I can remember,” said Monaheng, who has been a farmer for more than half a century.",
            "Along with five other countries in southern Africa, Lesotho has been struggling to cope with successive years of severe food shortages, which have left over 300,000 people in need of assistance. In response to the crisis in Lesotho, USAID’s Food for Peace program provided 196,400 metric tons of emergency food aid to the Southern African region.",
        ],
        "quantities": [
            {"text": "76-year-old", "value": 76, "unit": "year", "kind": "other", "about": "Lesotho farmer"},
            {"text": "more than half a century", "value": 50, "unit": "year", "kind": "duration", "about": "time as a farmer", "approx": True},
            {"text": "five", "value": 5, "unit": "count", "counted": "countries", "kind": "count", "about": "other countries in southern Africa"},
            {"text": "over 300,000 people", "value": 300000, "unit": "person", "kind": "count", "about": "people in need of assistance", "approx": True},
            {"text": "196,400 metric tons", "value": 196400, "unit": "metric_ton", "kind": "mass", "about": "emergency food aid"},
        ],
    },
    {
        "id": "voa-typhoon-haikui-2012", "source": "Voice of America (voanews.com)",
        "url": "http://www.voanews.com/content/typhoon-haikui-slams-east-china/1475631.html",
        "title": "Typhoon Haikui Slams East China", "published": "2012-08-08",
        "note": "photo caption left out; last paragraph cut after its first sentence; 'couple of days' is 2 "
                "days, approximate (as in dev5 and test2), 'the next few days' has no number; 'third' is an ordinal",
        "paragraphs": [
            "Typhoon Haikui has hit eastern China, the third such storm to make landfall there in a week.",
            "The storm came ashore in Zhejiang province early Wednesday bringing heavy rains and winds of up to 150 kilometers per hour.",
            "More than 1.5 million people were evacuated ahead of the storm, which is expected to hover over Zhejiang province for most of Wednesday.",
            "Shanghai, the country's financial center, avoided a direct hit. But forecaster Evan Duffey at the U.S.-based Accu-Weather tells VOA that Shanghai will continue to experience heavy rains.",
            "\"A lot of places are going to see torrential rains, as well, even if the winds die off pretty quickly here after it makes landfall,\" Duffey said. \"And, the system is actually supposed to kind of loop around the Shanghai area before the moisture gets picked up by a front in a couple of days. So in general it looks like heavy rainfall over the next few days, at least for the Shanghai region.\"",
            "The storm prompted the cancellation of numerous domestic and international flights from Shanghai's two airports. Some 30,000 boats have been at port since Sunday in anticipation of Haikui. All outdoor group activities have been banned. City parks and summer classes are cancelled, and outdoor construction has stopped.",
            "The two earlier storms, Typhoons Damrey and Saola, also hit Zhejiang, causing flooding and landslides.  Authorities say 23 people were killed and nine others are still missing.",
            "The typhoons not only affected China, but other countries surrounding the South China Sea. This week, the Philippine capital, Manila, experienced landslides and flooding in the wake of Typhoon Saola.",
            "At least 20 people have died in Manila as the result of flooding powered by more than a week of monsoon rains.",
        ],
        "quantities": [
            {"text": "a week", "value": 1, "unit": "week", "kind": "duration", "about": "storms making landfall"},
            {"text": "up to 150 kilometers per hour", "value": 150, "unit": "kilometer/hour", "kind": "rate", "about": "winds", "approx": True},
            {"text": "More than 1.5 million people", "value": 1500000, "unit": "person", "kind": "count", "about": "people evacuated", "approx": True},
            {"text": "couple of days", "value": 2, "unit": "day", "kind": "duration", "about": "moisture picked up by a front", "approx": True},
            {"text": "two airports", "value": 2, "unit": "count", "counted": "airports", "kind": "count", "about": "Shanghai's airports"},
            {"text": "Some 30,000 boats", "value": 30000, "unit": "count", "counted": "boats", "kind": "count", "about": "boats at port", "approx": True},
            {"text": "two", "value": 2, "unit": "count", "counted": "storms", "kind": "count", "about": "earlier storms", "after": "The "},
            {"text": "23 people", "value": 23, "unit": "person", "kind": "count", "about": "people killed"},
            {"text": "nine others", "value": 9, "unit": "person", "kind": "count", "about": "others still missing"},
            {"text": "At least 20 people", "value": 20, "unit": "person", "kind": "count", "about": "people died in Manila", "approx": True},
            {"text": "more than a week", "value": 1, "unit": "week", "kind": "duration", "about": "monsoon rains", "approx": True},
        ],
    },
    {
        "id": "voa-laos-floods-2008", "source": "Voice of America Lao service (via webarchive.library.unt.edu)",
        "url": "https://webarchive.library.unt.edu/eot2008/20090120144229/http://www.voanews.com/lao/archive/2008-08/2008-08-13-voa2.cfm",
        "title": "Floods Destroy Thousands of Hectares of Laos' Farmlands", "published": "2008-08-13",
        "note": "audio links and the photo captions inside the text left out (the sentence they split is joined); "
                "'more than thirty years ago' anchors a time and is not annotated; 'an average of' is not a hedge",
        "paragraphs": [
            "Laos' Meteorology and Hydrology Department has issued a nationwide 24-hour flood warning. In effect for over two weeks now, the warning came as a result of continued rainfalls that have inundated many dam reservoirs, forcing authorities to open the flood gates and that, in turn, has caused water in the Mekong and its tributaries to rise to near or above flood levels in some areas.",
            "The flood gate of the Nam Ngum dam, a major dam in the province of Vientiane, has been kept opened for two weeks now, resulting in flooding in large areas of Muang Feuang, Vang Vieng, Kasi, and Toulakhom and causing damage to hundreds of houses and thousands of hectares of rice fields.",
            "Flooding is a constant threat to Laos during the rainy season because of continuous rainfalls. It is estimated that floods destroy an average of 50-thousand-hectares of farmlands nationwide every year, causing a loss of more than 200-thousand tons of rice crops.",
            "It is expected that flooding will be more severe this year because of heavy, continued rainfalls and water released from dam reservoirs. Areas along the Mekong bank are expected to be most severely affected, especially the capital city of Vientiane, the provinces of Vientiane, Bolikhamsay, Khammouane, Savannakhet, Salavan and Champassack.",
            "A major cause of heavy rainfalls and floods is said to be deforestation which has caused Laos' forest areas to shrink from 53% in 1985 to 47% in 1992, and now 35%, about half of the original 74% more than thirty years ago.",
        ],
        "quantities": [
            {"text": "24-hour", "value": 24, "unit": "hour", "kind": "duration", "about": "flood warning"},
            {"text": "over two weeks", "value": 2, "unit": "week", "kind": "duration", "about": "warning in effect", "approx": True},
            {"text": "two weeks", "value": 2, "unit": "week", "kind": "duration", "about": "flood gate kept opened"},
            {"text": "hundreds of houses", "value": 200, "unit": "count", "counted": "houses", "kind": "count", "about": "houses damaged", "approx": True},
            {"text": "thousands of hectares", "value": 2000, "unit": "hectare", "kind": "area", "about": "hectares of rice fields damaged", "approx": True},
            {"text": "50-thousand-hectares", "value": 50000, "unit": "hectare", "kind": "area", "about": "farmlands destroyed by floods every year"},
            {"text": "more than 200-thousand tons", "value": 200000, "unit": "metric_ton", "kind": "mass", "about": "rice crops lost", "approx": True},
            {"text": "53%", "value": 53, "unit": "percent", "kind": "percent", "about": "forest areas"},
            {"text": "47%", "value": 47, "unit": "percent", "kind": "percent", "about": "forest areas"},
            {"text": "35%", "value": 35, "unit": "percent", "kind": "percent", "about": "forest areas"},
            {"text": "about half", "value": 0.5, "unit": "fraction", "kind": "percent", "about": "forest areas", "approx": True},
            {"text": "74%", "value": 74, "unit": "percent", "kind": "percent", "about": "original forest areas"},
        ],
    },
    {
        "id": "voa-iran-drones", "source": "Voice of America (voanews.com)",
        "url": "https://www.voanews.com/a/middle-east_irans-military-says-it-has-3-bomb-carrying-drones/6187790.html",
        "title": "Iran's Military Says It Has 3 Bomb-Carrying Drones", "published": "2019",
        "note": "the stored page gives no date (a file photo is dated Aug. 13, 2018); published is a year guess; "
                "photo captions and VOA boilerplate left out; 'three' (new bomb-carrying drones) stops at the number",
        "paragraphs": [
            "Iran’s military said Saturday it has three new bomb-carrying drones.",
            "Defense Minister Brigadier General Amir Hatami said Saturday, “As the drones have been equipped with various types of bombs and missiles, they can be utilized by the forces in combat missions.\"",
            "Hatami spoke during an event announcing the delivery of the unmanned aircraft.",
            "The general added that the new equipment can operate at an altitude as high as 13,700 meters and has a range of 1,500 kilometers.",
        ],
        "quantities": [
            {"text": "three", "value": 3, "unit": "count", "counted": "drones", "kind": "count", "about": "new bomb-carrying drones"},
            {"text": "as high as 13,700 meters", "value": 13700, "unit": "meter", "kind": "length", "about": "altitude of the drones", "approx": True},
            {"text": "1,500 kilometers", "value": 1500, "unit": "kilometer", "kind": "length", "about": "range of the drones"},
        ],
    },
    {
        "id": "voa-darien-gap-2021", "source": "Voice of America (voa.pangea-cms.com preview of voanews.com)",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/americas_panamas-darien-gap-holds-perils-northbound-migrants/6209221.html",
        "title": "Panama's Darien Gap holds perils for northbound migrants", "published": "2021",
        "note": "the stored excerpt starts mid-story and has no date (year from the story id range); cut before "
                "the last, incomplete paragraph; 'two' (failed attempts) stops at the number; a town "
                "population is a count of people",
        "paragraphs": [
            "Jean-Pierre has modest ambitions. \"My hope for the future is to work, start a family and lead a very simple life,\" he said, standing on the patio of a Capurganá hotel restaurant.",
            "The young Haitian man, who did not give his real name for publication, has already spent more than four years in this northwestern Colombia beach community close to Panama's border. \"We are treated well here,\" he said. But he plans to leave someday for his dream destination in the United States.",
            "It's a dream shared by thousands who arrive in Capurganá. Once primarily a tourist destination with a population of 3,000, the town has swollen in recent years with migrants — mostly Haitians, like Jean-Pierre, as well as Cubans, South Americans, Africans, South Asians and others, all aiming for the U.S. or Canada.",
            "From Capurganá, northbound migrants must confront the nearby Darien Gap, a roadless 97-kilometer stretch of dense tropical forest that links South America and Central America. It requires a grueling one- to two-week trek through mountainous terrain. Those who embark on the journey risk hunger, exhaustion, injury and disease, poisonous snakes, and armed criminals.",
            "Many pay \"coyotes\" to guide them through the jungle. Some are forced by narcotraffickers to carry up to 25 kilos of coca bricks in their backpacks in exchange for passage, General Jorge Luis Vargas, the director of Colombia's police, told a VOA Spanish Service team visiting the area in June.",
            "\"They are assaulting and raping,\" said Alan Queen, a Cuban migrant stranded in Capurganá after two failed attempts to traverse the jungle. \"We are trapped because the only way out is the jungle, which is full of dangers.\"",
        ],
        "quantities": [
            {"text": "more than four years", "value": 4, "unit": "year", "kind": "duration", "about": "time spent in the beach community", "approx": True},
            {"text": "thousands", "value": 2000, "unit": "person", "kind": "count", "about": "migrants who arrive in Capurganá", "approx": True},
            {"text": "3,000", "value": 3000, "unit": "person", "kind": "count", "about": "population of the town"},
            {"text": "97-kilometer", "value": 97, "unit": "kilometer", "kind": "length", "about": "stretch of dense tropical forest"},
            {"text": "one- to two-week", "value": 1, "high": 2, "unit": "week", "kind": "duration", "about": "trek through mountainous terrain"},
            {"text": "up to 25 kilos", "value": 25, "unit": "kilogram", "kind": "mass", "about": "coca bricks carried", "approx": True},
            {"text": "two", "value": 2, "unit": "count", "counted": "attempts", "kind": "count", "about": "failed attempts to traverse the jungle", "after": "after"},
        ],
    },
]

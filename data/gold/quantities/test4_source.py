"""Source of the sealed quantities test set ``test4.jsonl`` (issue 10): VOA news stories.

Built by ``data/gold/check_quantities_test4.py``. The first 26 documents are the texts of the
sealed quotes set ``../quotes/test3_source.py`` (read from there, so the two sets share one
transcription); their quantities are in ``QUANTITIES`` keyed by document id. ``EXTRA_DOCS`` are
further VOA stories taken for their physical units, in the same format as the quotes source
(``text`` with one paragraph per line) plus ``quantities``.

A record is ``Q(span, value, unit, kind, about, high=..., approx=..., counted=..., after=...)``.
The span is searched from the end of the previous record (or after the first occurrence of
``after``); offsets and normalized values are computed by the builder.
"""


def Q(text, value, unit, kind, about, *, high=None, approx=False, counted=None, after=None):
    """Return one quantity record of the source."""
    rec = {"text": text, "value": value, "unit": unit, "kind": kind, "about": about,
           "approx": approx}
    if high is not None:
        rec["high"] = high
    if counted:
        rec["counted"] = counted
    if after:
        rec["after"] = after
    return rec


QUANTITIES = {
    "voa-3302855": [
        Q("at least eight", 8, "person", "count", "government soldiers killed", approx=True),
        Q("Thirteen", 13, "person", "count", "government soldiers wounded"),
        Q("18 kilometers", 18, "kilometer", "length", "distance of Daynunay base east of Baidoa"),
        Q("four militants", 4, "person", "count", "militants who blew themselves up"),
    ],
    "voa-412499": [
        Q("about 300 kilometers", 300, "kilometer", "length", "distance of Wajid northwest of Mogadishu", approx=True),
        Q("as many as 10", 10, "person", "count", "heavily-armed gunmen", approx=True),
        Q("about 15 minutes", 15, "minute", "duration", "gun battle", approx=True),
        Q("three", 3, "person", "count", "gunmen killed", after="which lasted about 15 minutes, "),
        Q("one", 1, "person", "count", "gunman seriously wounded", after="were killed and "),
        Q("One guard", 1, "person", "count", "guard slightly wounded"),
        Q("Nine", 9, "person", "count", "international U.N. staff evacuated"),
        Q("seven", 7, "person", "count", "staff from WFP"),
        Q("two", 2, "person", "count", "staff from other U.N. agencies"),
        Q("two-year", 2, "year", "duration", "al-Shabab-led insurgency"),
        Q("Eight aid workers", 8, "person", "count", "aid workers killed in Somalia this year"),
        Q("13", 13, "person", "count", "aid workers in captivity"),
    ],
    "voa-3003569": [
        Q("more than 20 percent", 20, "percent", "percent", "ballot papers not available", approx=True),
        Q("30 percent", 30, "percent", "percent", "envelopes not available", approx=True),
        Q("about $10 or $20 million dollars", 10000000, "USD", "money", "money needed for a new election", high=20000000, approx=True),
    ],
    "voa-1555008": [
        Q("zero votes", 0, "count", "count", "votes of the candidate in that locality", counted="votes"),
    ],
    "voa-561388": [
        Q("nearly a third", 0.3333333333, "fraction", "percent", "refugees not getting basic needs met", approx=True),
        Q("eight", 8, "count", "count", "pilot countries assessed", counted="countries"),
        Q("30 percent", 30, "percent", "percent", "basic needs of refugees not met"),
        Q("some 100,000", 100000, "person", "count", "refugees and displaced people from South Ossetia and Abkhazia", approx=True),
    ],
    "voa-272596": [],
    "voa-1769996": [
        Q("at least 93 people", 93, "person", "count", "people killed", approx=True),
        Q("hundreds", 200, "person", "count", "people wounded", approx=True),
        Q("7.2-magnitude", 7.2, "magnitude", "other", "quake magnitude"),
        Q("400 year-old", 400, "year", "other", "age of the collapsed church"),
        Q("56 kilometers", 56, "kilometer", "length", "distance of the quake center above Bohol Island"),
    ],
    "voa-123503": [
        Q("three", 3, "count", "count", "recent major natural disasters", counted="disasters"),
        Q("more than 1,600 people", 1600, "person", "count", "people killed by floodwaters", approx=True),
        Q("15 million", 15000000, "person", "count", "people affected by floods"),
        Q("hundreds of thousands of homes", 200000, "count", "count", "homes destroyed by floods", approx=True, counted="homes"),
        Q("at least 28 people", 28, "person", "count", "people killed in landslides", approx=True),
        Q("up to 40 people", 40, "person", "count", "people feared dead", approx=True),
        Q("billions of dollars", 2000000000, "USD", "money", "money Pakistan needs to recover", approx=True),
        Q("millions of victims", 2000000, "person", "count", "flood victims needing shelter", approx=True),
    ],
    "voa-166150": [
        Q("more than four million people", 4000000, "person", "count", "people affected by floods", approx=True),
        Q("about 1.5 million people", 1500000, "person", "count", "people affected in Khyber-Pakhtunkwa", approx=True),
        Q("millions", 2000000, "person", "count", "people affected in Punjab and Sind", approx=True),
    ],
    "voa-1864708": [
        Q("five soldiers", 5, "person", "count", "soldiers killed"),
        Q("scores", 40, "person", "count", "others injured", approx=True),
        Q("thousands", 2000, "person", "count", "people dead in the violence", approx=True),
        Q("hundreds of thousands", 200000, "person", "count", "people forced from their homes", approx=True),
    ],
    "voakhmer-1355000": [],
    "voacambodia-1678877": [],
    "insidevoa-178307": [
        Q("one-hour", 1, "hour", "duration", "call-in program"),
    ],
    "insidevoa-178180": [
        Q("five Iranians", 5, "person", "count", "Iranians held in Iraq"),
        Q("7.5 hours", 7.5, "hour", "duration", "Persian-language television programming"),
        Q("5 hours", 5, "hour", "duration", "radio programming"),
        Q("8 hours", 8, "hour", "duration", "programming via Radio Farda"),
    ],
    "voa-6201487": [
        Q("year-long", 1, "year", "duration", "state of emergency"),
    ],
    "voale-1449416": [
        Q("thirteen months", 13, "month", "duration", "time before the next paycheck"),
        Q("more than half a century", 50, "year", "duration", "worst drought", approx=True),
        Q("four generations", 4, "count", "count", "generations the farm has been in the family", counted="generations"),
    ],
    "voa-1364874": [
        Q("38 degrees Celsius", 38, "celsius", "other", "temperatures"),
        Q("more than 10 states", 10, "count", "count", "states with excessive heat warnings", approx=True, counted="states"),
        Q("more than a week", 1, "week", "duration", "unforgiving temperatures persisted", approx=True),
        Q("more than 20 deaths", 20, "person", "count", "deaths blamed on heat", approx=True),
        Q("35-plus degrees", 35, "celsius", "other", "temperature in the nation's capital", approx=True),
        Q("hundreds of thousands of people", 200000, "person", "count", "people without power", approx=True),
        Q("nearly 5,000", 5000, "count", "count", "daily heat records broken", approx=True, counted="records"),
        Q("more than 260", 260, "count", "count", "all-time heat records broken", approx=True, counted="records"),
        Q("the past 30 days", 30, "day", "duration", "period of broken heat records"),
    ],
    "voashona-7158775": [
        Q("well above 38 degrees Celsius", 38, "celsius", "other", "temperatures", approx=True),
        Q("Some 62 million Americans", 62000000, "person", "count", "Americans under heat watches and warnings", approx=True),
    ],
    "voa-175443": [
        Q("two sides", 2, "count", "count", "sides in the talks", counted="sides"),
    ],
    "voa-1494890": [
        Q("two sides", 2, "count", "count", "sides that met in Vienna", counted="sides"),
        Q("two sides", 2, "count", "count", "sides that made headway", counted="sides"),
        Q("two sides", 2, "count", "count", "sides in periodic negotiations", counted="sides"),
    ],
    "voa-1784893": [
        Q("two sides", 2, "count", "count", "sides heading towards an agreement", counted="sides"),
        Q("seven nations", 7, "count", "count", "nations sending delegations", counted="nations"),
        Q("five", 5, "count", "count", "permanent Security Council members", counted="members"),
    ],
    "voa-1550141": [
        Q("Hundreds", 200, "person", "count", "Congolese police and troops who surrendered", approx=True),
        Q("100 kilometers", 100, "kilometer", "length", "distance of Bukavu to the south"),
        Q("more than 1,500 kilometers", 1500, "kilometer", "length", "distance of Kinshasa to the west", approx=True),
    ],
    "voa-384437": [
        Q("two-year-old", 2, "year", "other", "age of the rebel campaign"),
        Q("within 25 kilometers", 25, "kilometer", "length", "distance of attacks from Monrovia", approx=True),
    ],
    "voaafrica-6650369": [
        Q("13 people", 13, "person", "count", "people killed by ADF rebels"),
        Q("four patients", 4, "person", "count", "patients killed in the clinic"),
        Q("nine", 9, "person", "count", "more civilians killed"),
        Q("13 deaths", 13, "person", "count", "deaths registered in the attack"),
        Q("three fighters", 3, "person", "count", "fighters killed by the army"),
        Q("one", 1, "person", "count", "fighter captured", after="captured "),
        Q("four patients", 4, "person", "count", "patients burned to death"),
        Q("nine bodies", 9, "person", "count", "bodies collected in the side wards"),
        Q("around 40kms", 40, "kilometer", "length", "distance of the town south-east of Beni", approx=True),
        Q("25 miles", 25, "mile", "length", "distance of the town south-east of Beni", approx=True),
        Q("More than 120", 120, "count", "count", "armed groups in eastern DRC", approx=True, counted="armed groups"),
    ],
    "voa-1839384": [
        Q("the last two days", 2, "day", "duration", "period in which Seleka combatants left the capital"),
        Q("350 kilometers", 350, "kilometer", "length", "distance of Bossangoa north of Bangui"),
        Q("the past two months", 2, "month", "duration", "period of accusations against AU Chadian troops"),
        Q("hundreds", 200, "person", "count", "Seleka leaving Bangui", approx=True),
        Q("6,000", 6000, "person", "count", "Seleka fighters in Bangui"),
    ],
}

EXTRA_DOCS = [
    {
        "id": "voa-3080145",
        "url": "http://www.voanews.com/a/winter-weather-flooding-hammers-us/3080145.html",
        "title": "Winter Weather, Flooding, Hammers US, At Least 14 Dead",
        "published": None,
        "truncated": False,
        "note": "Whole page. Removed: 'Accessibility links', 'Breaking News', section label 'USA', photo caption (given twice), the 'VOA News' byline box, 'XS SM MD LG'.",
        "text": """
Flood warnings remained in effect Sunday across much of the south-central United States, after a deadly storm on the nation's busiest holiday weekend covered parts of Arkansas, northern Texas, Oklahoma and Kansas with heavy rains and ice.
Authorities reported 14 deaths in Texas and Kansas since the slow moving storm began charging through the southern plains on Thursday -- America's Thanksgiving Day.
Officials in Oklahoma said more than 70,000 homes and businesses were without power Sunday, after freezing rain coated large parts of the state and collapsed power lines. Authorities said an additional 10,000 homes were without power in nearby Kansas.
In north Texas and Arkansas, authorities were bracing for more flooding from rain-swollen rivers. Texas authorities placed the state's record year-to-date rainfall total at 142 centimeters.
A separate storm brewed Sunday in the Rocky Mountains and began moving eastward through the Northern Plains toward the Upper Midwest. Forecasters said as much as 30 centimeters of snow could coat the vast region by Wednesday.
""",
        "quantities": [
            Q("14 deaths", 14, "person", "count", "deaths in Texas and Kansas"),
            Q("more than 70,000 homes and businesses", 70000, "count", "count", "homes and businesses without power in Oklahoma", approx=True, counted="homes and businesses"),
            Q("10,000 homes", 10000, "count", "count", "homes without power in Kansas", counted="homes"),
            Q("142 centimeters", 142, "centimeter", "length", "record year-to-date rainfall total in Texas"),
            Q("as much as 30 centimeters", 30, "centimeter", "length", "snow forecast", approx=True),
        ],
    },
    {
        "id": "voa-20200722-storms",
        "url": "https://www.voanews.com/usa/2-ocean-storms-1-atlantic-1-pacific-get-stronger",
        "title": "2 Ocean Storms – 1 in Atlantic, 1 in Pacific – to Get Stronger",
        "published": "2020-07-22",
        "truncated": False,
        "note": "Whole story (the store cut the page later, inside the related-article teasers). Removed: section label 'USA', byline 'By VOA News' and its date line, the two graphic captions, the related-article teasers after the story ('Tropical Storm Gonzalo Forms East of Windward Islands' ...). The letter “G” in quotation marks is not a quantity.",
        "text": """
U.S. weather forecasters are monitoring two tropical storms expected to get stronger Thursday.
The National Hurricane Center in Miami says Tropical Storm Gonzalo was centered in the Atlantic Ocean about 1,800 kilometers east of the southern Windward Islands Wednesday evening with top sustained winds at 85 kph.
Forecasters said if the storm keeps on its present easterly track, it could be at hurricane strength sometime Thursday and approach the Windward Islands by the weekend.
There are no watches or warnings so far.
Gonzalo is the seventh named storm in what is expected to be a busy Atlantic hurricane season. It is also the earliest in the season that a storm starting with “G” has formed.
In the Pacific Ocean, Hurricane Douglas is getting stronger and could build into a major hurricane sometime Thursday.
Douglas was 2,500 kilometers southwest of Baja California, late Wednesday with top sustained winds of 130 kph.
As of now, the storm poses no threat to land, but the National Hurricane Center is urging “interests in the Hawaiian Islands” to monitor its progress.
""",
        "quantities": [
            Q("two", 2, "count", "count", "tropical storms monitored", counted="storms"),
            Q("about 1,800 kilometers", 1800, "kilometer", "length", "distance of Tropical Storm Gonzalo east of the Windward Islands", approx=True),
            Q("85 kph", 85, "kilometer/hour", "rate", "top sustained winds of Gonzalo"),
            Q("2,500 kilometers", 2500, "kilometer", "length", "distance of Hurricane Douglas southwest of Baja California"),
            Q("130 kph", 130, "kilometer/hour", "rate", "top sustained winds of Douglas"),
        ],
    },
    {
        "id": "voa-4071045",
        "url": "https://www.voanews.com/a/california-wildfires-spreading/4071045.html",
        "title": "California Making Progress Containing Wildfires",
        "published": "2017-10-15",
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News', section label 'USA', the 'update' tag, two photo captions (each given twice). The closing marks '' and the mixed quotation marks are the page's. published: the Sunday after the captions dated Oct. 14, 2017. '24 hours ago' and 'A week ago' anchor points in time and are not quantities.",
        "text": """
Evacuees from a number of counties in California have been allowed to return home as fire fighters say they've turned a corner in containing blazes that have devastated the state.
"Conditions have drastically changed from just 24 hours ago, and that is definitely a very good sign. And it's probably a sign we've turned a corner on these fires,'' said Daniel Berlant, spokesman for California Department of Forestry and Fire Protection.
"We're starting to see fires with containment numbers in the 50 and 60 percent, so we're definitely getting the upper hand on these fires," he added.
Belia Ramos of the Napa County Board of Supervisors spoke to reporters Sunday morning for what she said would be the last time as Napa County, best known for producing wine, moved into recovery mode.
“This is our last planned press conference and the reason for that is that we are now switching over towards recovery mode. It’s a day I have looked forward to for a week. A week ago this started as a nightmare and the day we’ve dreamed of has arrived," Ramos said Sunday.
But fire fighters across the state are still battling flames. The death toll rose to at least 40 on Saturday, with at least 16 fires burning. One side of the fire zone stretched for 160 square kilometers, destroying some 5,700 homes and businesses. Some 100,000 people have evacuated their homes. But some have stayed behind.
"It was wind driven. Wind driven is basically powerful winds started pushing and intensifies the fire," said Captain Jimmy Bernal of the Rancho Fire District.
""",
        "quantities": [
            Q("50", 50, "percent", "percent", "containment of fires"),
            Q("60 percent", 60, "percent", "percent", "containment of fires"),
            Q("a week", 1, "week", "duration", "time looked forward to the recovery day", after="looked forward to for "),
            Q("at least 40", 40, "person", "count", "death toll", approx=True),
            Q("at least 16 fires", 16, "count", "count", "fires burning", approx=True, counted="fires"),
            Q("160 square kilometers", 160, "square_kilometer", "area", "fire zone"),
            Q("some 5,700 homes and businesses", 5700, "count", "count", "homes and businesses destroyed", approx=True, counted="homes and businesses"),
            Q("Some 100,000 people", 100000, "person", "count", "people evacuated", approx=True),
        ],
    },
    {
        "id": "voa-563984",
        "url": "https://www.voanews.com/a/a-13-2007-02-22-voa27-66765652/563984.html",
        "title": "Cyclone Favio Strikes Central Mozambican Coast",
        "published": "2007-02-22",
        "truncated": True,
        "note": "Cut by the store; kept to the last complete sentence. Removed: 'Accessibility links', 'Breaking News'. published from the URL. 'weeks of floods' and 'months before the harvest' are vague plurals of a unit, not annotated.",
        "text": """
A tropical cyclone with winds of more than 200 kilometers per hour has struck central Mozambique. The storm is hindering efforts by relief workers to care for thousands of people displaced by weeks of floods and has raised fears of new flooding. VOA's Scott Bobb reports from our Southern Africa Bureau in Johannesburg.
Cyclone Favio struck the Mozambican coast before dawn, ripping roofs off of buildings and uprooting trees near the tourist town of Vilankulos, 600 kilometers northeast of Maputo.
Mozambican disaster relief officials said heavy rain and strong winds were lashing the coast several hundred kilometers up and down the coast, from Xai-Xai to Beira.
The secretary-general of the Mozambican Red Cross, Fernanda Texeira, said the storm was likely to head north threatening a region already saturated by flooding.
"We are expecting more rain and this can affect the areas that are already damaged by the floods," she said.
She said the waters behind the Cahora Bassa Dam had crested this week, allowing officials to reduce the amount of water being released into the Zambezi River Basin below.
As a result, relief efforts had shifted from evacuation to providing for the 120,000 people who have been displaced by the floods.
"Now we need very quickly to improve the life [living] conditions in the accommodation centers and to prepare the resettlement of the populations," she said. "Sanitation and health are a big concern."
She added that food was the other major concern. Thousands of hectares of farmland were destroyed by the floods months before the harvest.
The World Food Program says it has distributed several hundred tons of food stockpiled in the area before the crisis. But it said it was running out of stocks and appealed for more donations.
""",
        "quantities": [
            Q("more than 200 kilometers per hour", 200, "kilometer/hour", "rate", "cyclone winds", approx=True),
            Q("thousands of people", 2000, "person", "count", "people displaced by floods", approx=True),
            Q("600 kilometers", 600, "kilometer", "length", "distance of Vilankulos northeast of Maputo"),
            Q("several hundred kilometers", 300, "kilometer", "length", "stretch of coast lashed by rain and wind", approx=True),
            Q("120,000 people", 120000, "person", "count", "people displaced by the floods"),
            Q("Thousands of hectares", 2000, "hectare", "area", "farmland destroyed by the floods", approx=True),
            Q("several hundred tons", 300, "metric_ton", "mass", "food distributed by the World Food Program", approx=True),
        ],
    },
    {
        "id": "voa-2799440",
        "url": "https://www.voanews.com/a/strong-quake-rocks-pacific-ocean-floor-south-of-japan/2799440.html",
        "title": "Strong Quake Rocks Pacific Floor Off Japan",
        "published": None,
        "truncated": False,
        "note": "Whole page. Removed: 'Accessibility links', 'Breaking News', map caption 'Map of Japan.' (given twice), the credit line 'Some material for this report came from Reuters.', the 'VOA News' byline box, 'XS SM MD LG'. 'about 8:25 p.m.' is a time of day, not a quantity; 'much large' is the page's.",
        "text": """
An extremely powerful earthquake rocked the Pacific Ocean floor Saturday, about 900 kilometers south of Tokyo.
Scientists said there is no danger of a tsunami because the quake was centered 600 or more kilometers below the surface.
The U.S. Geological Survey measured the earthquake at magnitude 7.8 - roughly as powerful as the earthquake that devastated Nepal last month and killed nearly 9,000 people.
The risk to populated areas posed by Saturday's seismic event is far lower, although it was felt in Tokyo, where buildings swayed about 8:25 p.m., local time. A dozen people suffered minor injuries.
Tokyo Electric Power Co said there were no abnormalities at the crippled Fukushima nuclear power plant following the quake. The runways at Tokyo's Narita airport were operating normally, but the high-speed bullet train service between Tokyo and Osaka was halted due to a power outage, NHK said.
Japan's Meteorological Agency pegged the earthquake as an even stronger jolt of 8.5-magnitude.
The nearest inhabited areas were small islands from the Bonin or Ogasawara archipelago, scattered over a wide area of that north Pacific region.
Seismologists said the earthquake was interesting scientifically because it represented an unusually sharp movement by the Philippine Sea plate of the Earth's crust, which presses beneath the much large Eurasia and Pacific plates.
""",
        "quantities": [
            Q("about 900 kilometers", 900, "kilometer", "length", "distance of the quake south of Tokyo", approx=True),
            Q("600 or more kilometers", 600, "kilometer", "length", "depth of the quake below the surface", approx=True),
            Q("magnitude 7.8", 7.8, "magnitude", "other", "earthquake magnitude measured by USGS"),
            Q("nearly 9,000 people", 9000, "person", "count", "people killed by the Nepal earthquake", approx=True),
            Q("A dozen people", 12, "person", "count", "people with minor injuries"),
            Q("8.5-magnitude", 8.5, "magnitude", "other", "earthquake magnitude by Japan's Meteorological Agency"),
        ],
    },
    {
        "id": "voa-3347698",
        "url": "https://www.voanews.com/a/twenty-feared-dead-migrant-boat-sinks-libya/3347698.html",
        "title": "Around 20 Feared Dead as Migrant Boat Sinks off Libya's Coast",
        "published": None,
        "truncated": False,
        "note": "Whole story (the store cut the page inside the byline box after it). Removed: 'Accessibility links', 'Breaking News', photo caption (given twice), the 'VOA News' byline box. 'the second such incident' is an ordinal, 'one of which' a pronoun: not annotated.",
        "text": """
Around 20 people are feared dead after a migrant boat capsized Thursday off Libya's coast. Officials say more than 80 people were rescued in the second such incident in two days.
The Libyan coast guard reported that four bodies were found floating in the Mediterranean along with two empty boats, suggesting that more people drowned as smugglers take advantage of the warm weather to transport a larger number of migrants to Europe on unsafe vessels.
Separately, a Libyan navy spokesman tells the Associated Press that the coast guard rescued more than 760 migrants who were found in two groups, one of which was near the western city of Sabratha and the other off Zwara.
For its part, the Italian navy released images of another rescue mission of passengers from an overturned shipwreck Wednesday, also off Libya's coast, with about 500 migrants. The Italians confirmed that five people were found dead.
The Italian navy’s patrol ship Bettica brought the survivors to the Sicilian port, where Italian Red Cross crews assisted them.
Meanwhile, Greek authorities said Thursday that they have completed the evacuation of Idomeni, the country's biggest informal refugee and migrant camp on the Macedonian border.
Greek police said about 800 people were transported by bus to official shelters in other parts of northern Greece.
Just before the evacuation, Idomeni had 8,400 migrants, according to official figures, and hosted some 14,000 people at its peak, after Balkan border closures.
""",
        "quantities": [
            Q("Around 20 people", 20, "person", "count", "people feared dead", approx=True),
            Q("more than 80 people", 80, "person", "count", "people rescued", approx=True),
            Q("two days", 2, "day", "duration", "period of two such incidents"),
            Q("four bodies", 4, "person", "count", "bodies found floating"),
            Q("two", 2, "count", "count", "empty boats found", counted="boats"),
            Q("more than 760 migrants", 760, "person", "count", "migrants rescued by the coast guard", approx=True),
            Q("two groups", 2, "count", "count", "groups of rescued migrants", counted="groups"),
            Q("about 500 migrants", 500, "person", "count", "migrants on the overturned shipwreck", approx=True),
            Q("five people", 5, "person", "count", "people found dead"),
            Q("about 800 people", 800, "person", "count", "people transported to shelters", approx=True),
            Q("8,400 migrants", 8400, "person", "count", "migrants in Idomeni before the evacuation"),
            Q("some 14,000 people", 14000, "person", "count", "people in Idomeni at its peak", approx=True),
        ],
    },
]

"""Source of the sealed quantities test set ``test3.jsonl`` (built by ``data/gold/check_test3.py``).

Every text is a US government work (17 U.S.C. 105, public domain), copied from the page named in
``url`` as stored by the ``search`` tool's ``pages`` corpus. Annotated on 2026-12-05 by helper goldqq
before any system ran on these texts. Records are in text order; see ``README-test3.md``.
"""


def Q(text, value, unit, kind, about, approx=False, high=None, counted=None, after=None):
    """One gold quantity (offsets are computed by the build script)."""
    rec = {"text": text, "value": value, "unit": unit, "kind": kind, "about": about, "approx": approx}
    if high is not None:
        rec["high"] = high
    if counted:
        rec["counted"] = counted
    if after:
        rec["after"] = after
    return rec


DOCS = []

DOCS.append({
    "id": "cbp-laredo-meth-nearly-1m",
    "source": "U.S. Customs and Border Protection",
    "url": "https://cbp.gov/newsroom/local-media-release/cbp-officers-laredo-port-entry-seize-methamphetamine-worth-nearly-1",
    "title": "CBP Officers at Laredo Port of Entry Seize Methamphetamine Worth Nearly $1 Million",
    "published": None,
    "truncated": False,
    "note": "Whole local media release as stored (title reconstructed from the URL slug and not part of the text). Model years (2013 Chevrolet Malibu), dates and ordinals (first, second) are not quantities.",
    "paragraphs": [
        "LAREDO, Texas\u2014U.S. Customs and Border Protection (CBP), Office of Field Operations (OFO) officers seized methamphetamine in separate, unrelated incidents that totaled nearly $1 million in street value.",
        "\"The smuggling of illicit narcotics is a serious international health and security threat,\u201d said Port Director Eugene Crawford, Laredo Port of Entry. \u201cCBP will continue to intercept these dangerous drugs using every tool at our disposal.\u201d",
        "The first enforcement action occurred on March 8th, at the Juarez-Lincoln Bridge after a CBP officer encountered a 2013 Chevrolet Malibu making entry from Mexico. The vehicle was referred for a secondary inspection. Following a canine and non-intrusive imaging system inspection, CBP officers discovered a total of three packages containing 9.52 pounds of alleged methamphetamine within the vehicle. The narcotics had an estimated street value of $190,477.",
        "The second seizure, also on March 8, occurred at the Colombia-Solidarity Bridge, when CBP officers assigned to the cargo facility encountered a 2001 Chevrolet Silverado hauling a shipment of polyurethane decorations arriving from Mexico. The truck and shipment were referred for a secondary inspection. Following a canine and non-intrusive imaging system examination, CBP officers discovered a total of 62 packages containing 40.38 pounds of alleged methamphetamine concealed within the shipment. The narcotics had an estimated street value of $807,677.",
        "The narcotics have a combined street value of $998,154.",
        "CBP seized the narcotics and one vehicle. The cases were turned over to U.S. Immigration and Customs Enforcement-Homeland Security Investigations (ICE-HSI) special agents for further investigation.",
        "For more information about CBP, please click on the attached link.",
        "Follow the Director of CBP\u2019s Laredo Field Office on Twitter at @DFOLaredo and on Instagram at @dfolaredo for breaking news, current events, human interest stories and photos.",
        "-CBP-",
    ],
    "quantities": [
        Q("nearly $1 million", 1e6, "USD", "money", "street value of methamphetamine seized", approx=True),
        Q("three packages", 3, "count", "count", "packages found in the Malibu", counted="packages"),
        Q("9.52 pounds", 9.52, "pound", "mass", "methamphetamine found in the vehicle"),
        Q("$190,477", 190477, "USD", "money", "street value of the first seizure"),
        Q("62 packages", 62, "count", "count", "packages found in the shipment", counted="packages"),
        Q("40.38 pounds", 40.38, "pound", "mass", "methamphetamine concealed in the shipment"),
        Q("$807,677", 807677, "USD", "money", "street value of the second seizure"),
        Q("$998,154", 998154, "USD", "money", "combined street value of the narcotics"),
        Q("one vehicle", 1, "count", "count", "vehicles seized", counted="vehicle"),
    ],
})

DOCS.append({
    "id": "cbp-laredo-meth-double-play",
    "source": "U.S. Customs and Border Protection",
    "url": "https://cbp.gov/newsroom/local-media-release/laredo-cbp-officers-execute-double-play-and-seize-hard-narcotics-worth",
    "title": "Laredo CBP Officers Execute Double Play and Seize Hard Narcotics Worth Over $3.3 Million",
    "published": None,
    "truncated": False,
    "note": "Whole local media release as stored (title reconstructed from the URL slug). Model years and dates are not quantities.",
    "paragraphs": [
        "LAREDO, Texas\u2014U.S. Customs and Border Protection (CBP), Office of Field Operations (OFO) officers at the Juarez-Lincoln Bridge seized methamphetamine in separate, unrelated incidents over the weekend that totaled over $3.3 million in street value.",
        "\u201cDrug trafficking organizations are persistent in their attempts to smuggle hard narcotics into the United States,\" said Acting Port Director Andrew Douglas, Laredo Port of Entry. \"Through hard work and vigilance we will continue to intercept these dangerous drugs at our port of entry before they can harm our communities.\"",
        "The first enforcement action occurred on Saturday, July 25th after a CBP officer referred a 2002 Chevrolet Silverado for a secondary inspection. Following a canine and non-intrusive imaging system inspection, CBP officers discovered a total of 58 packages containing 69.97 pounds of alleged methamphetamine within the truck. The narcotics have an estimated street value of $1,399,480.",
        "On Sunday, July 26th a 2004 Chevrolet Tahoe arrived from Mexico and was referred for a secondary examination. A subsequent canine and non-intrusive imaging system inspection resulted in CBP officers discovering 24 packages containing 98.67 pounds of alleged methamphetamine within the vehicle. The narcotics have an estimated street value of $1,973,557.",
        "The two interceptions combined are valued at $3,373,038.",
        "CBP officers seized the narcotics and vehicles. The cases were turned over to U.S. Immigration and Customs Enforcement-Homeland Security Investigations (ICE-HSI) special agents for further investigation.",
    ],
    "quantities": [
        Q("over $3.3 million", 3.3e6, "USD", "money", "street value of methamphetamine seized over the weekend", approx=True),
        Q("58 packages", 58, "count", "count", "packages found in the Silverado", counted="packages"),
        Q("69.97 pounds", 69.97, "pound", "mass", "methamphetamine found in the truck"),
        Q("$1,399,480", 1399480, "USD", "money", "street value of the first seizure"),
        Q("24 packages", 24, "count", "count", "packages found in the Tahoe", counted="packages"),
        Q("98.67 pounds", 98.67, "pound", "mass", "methamphetamine found in the vehicle"),
        Q("$1,973,557", 1973557, "USD", "money", "street value of the second seizure"),
        Q("two interceptions", 2, "count", "count", "interceptions", counted="interceptions"),
        Q("$3,373,038", 3373038, "USD", "money", "combined value of the two interceptions"),
    ],
})

DOCS.append({
    "id": "ustranscom-10-million-tons",
    "source": "U.S. Transportation Command (USTRANSCOM)",
    "url": "https://www.ustranscom.mil/cmd/panewsreader.cfm?ID=28897ECD-5056-A127-5951F6A85314C6B9&yr=2008",
    "title": "Defense Transportation System moves 10 million tons",
    "published": "2008",
    "truncated": True,
    "note": "Headline moved to title (not in the text). Stored page cut mid-sentence; text ends at the last complete sentence. Plain 'tons' is metric_ton as the guideline requires. '125 Washington Monuments' is a count of a comparison object.",
    "paragraphs": [
        "SCOTT AIR FORCE BASE, Ill. (USTCNS) - U.S. Transportation Command has reached a massive milestone.",
        "The command and its components, Air Mobility Command, Military Surface Deployment and Distribution Command and Military Sealift Command, together have moved more than 10 million tons of cargo in support of Operations Enduring Freedom and Iraq Freedom between October 2001 and January 2008.",
        "\"We ship everything from unit cargo to sustainment supplies, everything that sustains the warfighter, certain kinds of rations, petroleum products, repair parts, as well as emergency items, new tents, new equipment,\" said Army Lt. Col. Matt Shatzkin, USTRANSCOM's distribution branch chief for U.S. Central Command. \"And most significantly, new items that aren't even in the system that we want to get to the warfighter so he has the best tools at his disposal, new add-on armor, new weapon systems, new counter IED (improvised explosive device) systems, those types of things.\"",
        "Ten million tons is the equivalent weight of 125 Washington Monuments. If the cargo was loaded on 55-foot-long tractor trailers, the resulting convoy would stretch approximately from Tacoma, Wash. to Miami, Fla.",
        "\"On a typical day you'll have unit cargo, which is associated with deployment and redeployment,\" said Air Force Col. Jeffrey Mintzlaff, acting deputy director of USTRANSCOM's Operations and Plans directorate. \"It could range anywhere from uniforms to communications equipment, to counter IED equipment, anything that a unit would have when they deploy,",
        "\"Unit cargo is sensitive equipment that a unit wants to fly,\" Shatzkin continued, \"so it is there when they arrive, communications equipment, items that are critical for the unit, you need it when you step in and conduct command and control.\"",
    ],
    "quantities": [
        Q("more than 10 million tons", 1e7, "metric_ton", "mass", "cargo moved for OEF and OIF", approx=True),
        Q("Ten million tons", 1e7, "metric_ton", "mass", "cargo moved"),
        Q("125 Washington Monuments", 125, "count", "count", "equivalent weight in Washington Monuments", counted="Washington Monuments"),
        Q("55-foot", 55, "foot", "length", "length of tractor trailers"),
    ],
})

DOCS.append({
    "id": "energy-gov-affect-federal-facilities",
    "source": "U.S. Department of Energy",
    "url": "https://www.energy.gov/eere/articles/energy-department-investment-drives-clean-energy-innovation-federal-facilities",
    "title": "Energy Department Investment Drives Clean Energy Innovation at Federal Facilities",
    "published": None,
    "truncated": True,
    "note": "Stored page cut mid-sentence in the second bullet; text ends at the last complete sentence. Bullets rendered as '\u2022 ' at line start. 'from 200 kilowatts to 8 megawatts' has two units, so it is two quantities. 'more than double' is a multiplier (2, approximate).",
    "paragraphs": [
        "The U.S. Department of Energy (DOE) today announced $2.85 million in funding for four projects that will advance the development of renewable energy technologies at facilities across the federal government. As the nation's largest single user of energy, the federal government is leading by example and these projects will reduce carbon emissions, while strengthening America's economic, energy, and environmental security. This award announcement follows on the heels of the President's State of the Union address where he discussed how clean energy technologies such as solar are providing real-world solutions. Not only do they reduce the carbon pollution that causes climate change, but they are increasingly becoming more cost-competitive with existing technologies, even without accounting for the climate benefits.",
        "Renewable energy at federal facilities also represents a large clean energy resource for the United States. Currently, federal agencies are working toward a goal of achieving 30% of their electricity from renewable energy sources by 2025.",
        "The DOE's Federal Energy Management Program's (FEMP) is leading the way to bring clean energy projects to federal facilities, and today's Assisting Federal Facilities with Energy Conservation Technologies (AFFECT) selections are aimed at increasing photovoltaic (PV) and biomass generation. Cost shared with industry, the total investment is nearly $75 million.",
        "Projects funded under the Energy Department's Federal Energy Management Program are:",
        "\u2022 Department of State (Overseas Diplomatic Posts)\u2014This 11.9-megawatt PV system bundles together solar projects from 200 kilowatts to 8 megawatts at 10 different overseas U.S. diplomatic posts into the State Department's first multi-site Energy Savings Performance Contract (ESPC). The proposed project will more than double the use of renewables.",
    ],
    "quantities": [
        Q("$2.85 million", 2.85e6, "USD", "money", "DOE funding for renewable energy projects"),
        Q("four projects", 4, "count", "count", "projects funded", counted="projects"),
        Q("30%", 30, "percent", "percent", "share of federal electricity from renewable sources (goal)"),
        Q("nearly $75 million", 7.5e7, "USD", "money", "total investment cost shared with industry", approx=True),
        Q("11.9-megawatt", 11.9, "megawatt", "other", "capacity of the State Department PV system"),
        Q("200 kilowatts", 200, "kilowatt", "other", "size of the smallest solar project"),
        Q("8 megawatts", 8, "megawatt", "other", "size of the largest solar project"),
        Q("10", 10, "count", "count", "overseas diplomatic posts", counted="diplomatic posts"),
        Q("more than double", 2, "multiplier", "other", "increase in the use of renewables", approx=True),
    ],
})

DOCS.append({
    "id": "usembassy-ua-wfp-ukrainian-wheat",
    "source": "U.S. Department of State (U.S. Embassy in Ukraine)",
    "url": "https://ua.usembassy.gov/additional-u-s-contribution-to-the-world-food-programme/",
    "title": "Additional U.S. Contribution to the World Food Programme",
    "published": "2022-08-16",
    "truncated": False,
    "note": "Whole statement; title and date line moved to fields. Vague plurals 'millions of people', 'millions of tons' = 2,000,000, approximate.",
    "paragraphs": [
        "We announced today that, through USAID\u2019s continued partnership with the World Food Programme (WFP), the U.S. Government will contribute more than $68 million to support the procurement, transport, and storage of up to 150,000 metric tons of Ukrainian wheat to address acute food insecurity. This sum represents the latest in more than $5.4 billion in humanitarian contributions from the United States this fiscal year. The purchase of 150,000 metric tons of wheat builds on an initial WFP shipment of 23,000 metric tons of Ukrainian wheat and will support the humanitarian response in the Horn of Africa, where a historic drought is pushing millions of people to the brink of starvation.",
        "While the resumption of exports from Ukraine\u2019s Black Sea ports is a positive step in addressing the needs of food insecure countries, these shipments must continue so that the millions of tons of food trapped in the country can reach markets and help feed the world\u2019s most vulnerable.",
        "The United States remains committed to supporting global food security in the face of climate change, pandemic-related supply chain disruptions, and armed conflicts, including Russia\u2019s unprovoked invasion of Ukraine. We call on all countries to increase humanitarian and development assistance in support of food security efforts and take trade-facilitating actions, such as lifting of export restrictions, to support the free flow of agricultural goods and commodities. By working together, we can ensure global food security.",
    ],
    "quantities": [
        Q("more than $68 million", 6.8e7, "USD", "money", "U.S. contribution to WFP for Ukrainian wheat", approx=True),
        Q("up to 150,000 metric tons", 150000, "metric_ton", "mass", "Ukrainian wheat to be procured", approx=True),
        Q("more than $5.4 billion", 5.4e9, "USD", "money", "U.S. humanitarian contributions this fiscal year", approx=True),
        Q("150,000 metric tons", 150000, "metric_ton", "mass", "wheat purchase"),
        Q("23,000 metric tons", 23000, "metric_ton", "mass", "initial WFP shipment of Ukrainian wheat"),
        Q("millions of people", 2e6, "person", "count", "people pushed to the brink of starvation", approx=True),
        Q("millions of tons", 2e6, "metric_ton", "mass", "food trapped in Ukraine", approx=True),
    ],
})

DOCS.append({
    "id": "af-mil-refuelers-357-million-pounds",
    "source": "U.S. Air Force (Air Mobility Command Public Affairs)",
    "url": "https://www.af.mil/News/Article-Display/Article/113304/deployed-air-refuelers-surpass-350-million-pounds-of-fuel-delivered-in-2011",
    "title": "Deployed air refuelers surpass 350 million pounds of fuel delivered in 2011",
    "published": "2011-05-18",
    "truncated": True,
    "note": "Headline and byline lines removed (headline in title). Stored page cut inside a quote; text ends at the last complete sentence. '29,750 times' counts fills (unit count), not a ratio. Unit designations (340th, 908th EARS), aircraft names (F-16, KC-135) are not quantities.",
    "paragraphs": [
        "In the first four months of 2011, air refueling aircraft supporting the air mission on the U.S. Central Command area of responsibility have off-loaded more than 357 million pounds of fuel to more than 26,500 receiver aircraft.",
        "The 357 million pounds of fuel figure, which is calculated and tracked by the U.S. Air Forces Central's Combined Air Operations Center in Southwest Asia, equates to approximately 52.58 million gallons -- enough fuel to fill an F-16 Fighting Falcon to its capacity with two external tanks more than 29,750 times.",
        "Meeting the demand for the air refueling are the KC-135 Stratotanker and KC-10 Extender fleets. Both airframes operate in the U.S. Central Command area of responsibility from non-disclosed bases in Southwest Asia as well as Kyrgyzstan.",
        "KC-135s, and the Airmen who maintain and fly them, operate from multiple locations such as with the 340th Expeditionary Air Refueling Squadron in Southwest Asia and the 376th Air Expeditionary Wing at the Transit Center at Manas, Kyrgyzstan.",
        "The deployed KC-10 mission, meanwhile, operates with the 380th Air Expeditionary Wing's 908th EARS at another Southwest Asia base.",
        "Wherever they operate from, many tanker Airmen say they are proud to support the deployed air refueling mission, and they know why it's so important to provide global power and global reach.",
    ],
    "quantities": [
        Q("four months", 4, "month", "duration", "period of refueling in 2011"),
        Q("more than 357 million pounds", 3.57e8, "pound", "mass", "fuel off-loaded by air refuelers", approx=True),
        Q("more than 26,500 receiver aircraft", 26500, "count", "count", "receiver aircraft refueled", approx=True, counted="receiver aircraft"),
        Q("357 million pounds", 3.57e8, "pound", "mass", "fuel figure"),
        Q("approximately 52.58 million gallons", 5.258e7, "gallon", "volume", "fuel off-loaded in gallons", approx=True),
        Q("two", 2, "count", "count", "external tanks of an F-16", counted="external tanks"),
        Q("more than 29,750 times", 29750, "count", "count", "F-16 fills the fuel equals", approx=True, counted="times"),
    ],
})

DOCS.append({
    "id": "dvids-58326-air-refuelers-busy-year",
    "source": "U.S. Air Force (Air Mobility Command), via DVIDS",
    "url": "http://dvidshub.net/news/58326/air-refuelers-having-busy-year-supporting-deployed-operations",
    "title": "Air refuelers having busy year supporting deployed operations",
    "published": "2010",
    "truncated": True,
    "note": "Stored page cut inside a quote; text ends at the last complete sentence (the quote is left open as stored). 'One night' anchors a time and is not annotated.",
    "paragraphs": [
        "SCOTT AIR FORCE BASE, Ill. -- Through the end of September, Airmen flying tanker aircraft in the U.S. Central Command area of responsibility off-loaded more than 784 million pounds of fuel to more than 61,600 U.S. and coalition aircraft supporting deployed operations in 2010.",
        "Those numbers, compiled by air mobility planners at the U.S. Air Forces Central's Combined Air and Space Operations Center in Southwest Asia, signify the impact of air refueling aircraft like the KC-10 Extender and the KC-135 Stratotanker have on the success of operations, officials say.",
        "For instance, KC-10s and KC-135s and the Airmen who maintain and fly them support daily refueling missions for Operation Enduring Freedom in Afghanistan. Over the skies of Afghanistan, tankers refuel fighter aircraft performing close-air support missions, which in turn support troops on the ground. AFCENT statistics show 2010 has also been one of the busiest years for close-air support missions with 23,748 completed in the U.S. CENTCOM area of responsibility through September.",
        "Tanker Airmen say they're proud to support the troops on the ground.",
        "\"With the constant supply of tanker gas, we can enable our fellow troops on the ground and in the air to continue to support their mission with the ongoing war,\" said Capt. Sean Flynn, a KC-10 pilot with the 908th Expeditionary Air Refueling Squadron, 380th Air Expeditionary Wing, at a non-disclosed base in Southwest Asia.",
        "Captain Flynn, who is deployed from the Air Force Reserve's 514th Air Mobility Wing at Joint Base McGuire-Dix-Lakehurst, N.J., recalled his aircrew team's support over Afghanistan on a recent combat air refueling mission.",
        "\"One night we flew out of our tanker track to support two F-16 (Fighting Falcon) receivers that were very low on fuel,\" said Captain Flynn. \"We were the only tanker in the northern area of the country at the time. We expedited to meet them where they were on conducting ground support.",
    ],
    "quantities": [
        Q("more than 784 million pounds", 7.84e8, "pound", "mass", "fuel off-loaded by tankers in 2010", approx=True),
        Q("more than 61,600", 61600, "count", "count", "U.S. and coalition aircraft refueled", approx=True, counted="aircraft"),
        Q("23,748", 23748, "count", "count", "close-air support missions completed", counted="missions"),
        Q("two", 2, "count", "count", "F-16 receivers low on fuel", counted="receivers"),
    ],
})

DOCS.append({
    "id": "marines-mil-tanker-1-billionth-pound",
    "source": "U.S. Air Force story on a U.S. Marine Corps site (MCAS Iwakuni)",
    "url": "http://www.mcasiwakuni.marines.mil/News/NewsStories/NewsArticleDisplay/tabid/6911/Article/137094/clc-36-maintains-station-vehicles.aspx",
    "title": "Tanker aircraft delivers 1 billionth pound of fuel",
    "published": "2004-04-22",
    "truncated": True,
    "note": "Site banner ('An official website ...'), photo caption and credit removed; headline and date/byline line in fields. Stored page cut mid-sentence; text ends at the last complete sentence. 'count from one to 1 billion' gives two counts (a counting exercise, not a range of one measure). 'the past year' is a duration.",
    "paragraphs": [
        "If you were to count from one to 1 billion it would take about 95 years. It took a little over a year for U.S. Central Command\u2019s Combined Force Air Component Command-controlled tanker airlift to deliver 1 billion pounds of jet fuel.",
        "A KC-135 Stratotanker delivered 84,000 pounds of fuel to three different aircraft over Iraq on April 21 surpassing 1 billion pounds of fuel delivered in the theater since Jan. 30, 2003.",
        "One billion pounds is a lot of fuel, but this number would be even higher if the millions of pounds of fuel delivered by Navy, Marine Corps and special-operations forces tankers in the past year were also included. It only includes fuel from U.S. Air Force KC-135 and KC-10 Extender and British Royal Air Force VC-10 aerial refuelers.",
        "\u201cEverybody is working their (tails) off out there,\u201d said Maj. Darin Driggers, an instructor pilot on the milestone flight. \u201cWhether it\u2019s the Army, Marines, Navy \u2026 everybody has a part to play; this is ours.\u201d",
    ],
    "quantities": [
        Q("one", 1, "count", "count", "start of counting", counted="numbers"),
        Q("1 billion", 1e9, "count", "count", "end of counting", counted="numbers"),
        Q("about 95 years", 95, "year", "duration", "time to count to 1 billion", approx=True),
        Q("a little over a year", 1, "year", "duration", "time to deliver 1 billion pounds of fuel", approx=True),
        Q("1 billion pounds", 1e9, "pound", "mass", "jet fuel delivered by tanker airlift"),
        Q("84,000 pounds", 84000, "pound", "mass", "fuel delivered by a KC-135 on April 21"),
        Q("three", 3, "count", "count", "aircraft refueled", counted="aircraft"),
        Q("1 billion pounds", 1e9, "pound", "mass", "fuel delivered in the theater since Jan. 30, 2003"),
        Q("One billion pounds", 1e9, "pound", "mass", "fuel delivered"),
        Q("millions of pounds", 2e6, "pound", "mass", "fuel delivered by Navy, Marine Corps and SOF tankers", approx=True),
        Q("the past year", 1, "year", "duration", "period of other tanker deliveries"),
    ],
})

DOCS.append({
    "id": "whitehouse-archives-american-natural-gas",
    "source": "The White House (archived by the National Archives)",
    "url": "https://trumpwhitehouse.archives.gov/articles/american-natural-gas-fueling-worlds-future/",
    "title": "American Natural Gas is Fueling the World\u2019s Future",
    "published": "2018-06",
    "truncated": True,
    "note": "National Archives banner, category label and '4 minute read' removed. Stored page cut mid-sentence; text ends at the last complete sentence. 'trillion cubic feet' is cubic_foot (volume, normalized to liters). 'for the first time in 30 years' is a duration.",
    "paragraphs": [
        "What fuels our future? That\u2019s the question we\u2019re asking this week at the World Gas Conference (WGC), which is being held here in the United States for the first time in 30 years. And the clear answer is American ingenuity and innovation, coupled with freedom and a commitment to developing all of our energy resources.",
        "Thanks to this combination, our country is in the midst of a spectacular period of energy progress. Due to the resulting cascade of technological breakthroughs from the private sector and the federal government, the United States is producing abundant, affordable energy from a wider range of energy sources than anyone ever thought possible, and is using this energy more cleanly and efficiently as well.",
        "Natural gas has been and remains a critical component of the nation\u2019s energy portfolio. In 1988, President Ronald Reagan spoke at the last WGC meeting held in the United States and stressed its importance as an affordable, secure and clean-burning fuel. That year, the United States produced just under 18 trillion cubic feet of natural gas and it accounted for less than 10 percent of our power mix. Last year, the United States produced nearly 29 trillion cubic feet of this fuel, and it was the single largest source of our electricity, accounting for 32 percent all U.S. production. We are now on track to reach record-breaking production levels, and natural gas now makes up nearly one-third of the country\u2019s electricity generation.",
        "It is through low-emission natural gas and other fuel sources that we are expanding our economy, igniting job creation, and protecting our environment.",
    ],
    "quantities": [
        Q("30 years", 30, "year", "duration", "time since the WGC was last held in the United States"),
        Q("just under 18 trillion cubic feet", 1.8e13, "cubic_foot", "volume", "U.S. natural gas production in 1988", approx=True),
        Q("less than 10 percent", 10, "percent", "percent", "natural gas share of the power mix in 1988", approx=True),
        Q("nearly 29 trillion cubic feet", 2.9e13, "cubic_foot", "volume", "U.S. natural gas production last year", approx=True),
        Q("32 percent", 32, "percent", "percent", "natural gas share of U.S. electricity production"),
        Q("nearly one-third", 1 / 3, "fraction", "percent", "natural gas share of electricity generation", approx=True),
    ],
})

DOCS.append({
    "id": "nws-ctp-heat-criteria",
    "source": "NOAA / National Weather Service, State College PA",
    "url": "http://www.weather.gov/ctp/ChillHeat",
    "title": "Heat index criteria (NWS State College)",
    "published": None,
    "truncated": False,
    "note": "A short NWS guidance page, kept for its temperatures (not a news text). Site banner, image label and the link line removed; bullets are paragraphs. 'days 3-7' labels forecast days and is not a quantity. Temperatures are fahrenheit, kind other, not normalized.",
    "paragraphs": [
        "Heat Advisory: Issued when the Heat Index will be equal to or greater than 100\u00b0F, but less than 105\u00b0F.",
        "Excessive Heat Warning: Heat indicies will attain or exceed 105\u00b0F.",
        "Excessive Heat Watch: Possibility that Excessive Heat Warning Criteria may be met at longer ranges (12 to 48 hrs out).",
        "For an outlook beyond 3-4 days, see the extended heat index guidance we get from the NWS's Hydrometeorological Prediction Center (HPC):",
        "Maximum HEAT INDEX OUTLOOKS (for days 3-7) from the NWS Hydrometeorological Prediction Center (HPC) in DC.",
    ],
    "quantities": [
        Q("equal to or greater than 100\u00b0F", 100, "fahrenheit", "other", "heat index threshold of a heat advisory", approx=True),
        Q("less than 105\u00b0F", 105, "fahrenheit", "other", "upper heat index bound of a heat advisory", approx=True),
        Q("105\u00b0F", 105, "fahrenheit", "other", "heat index threshold of an excessive heat warning"),
        Q("12 to 48 hrs", 12, "hour", "duration", "lead time of an excessive heat watch", high=48),
        Q("3-4 days", 3, "day", "duration", "outlook range", high=4),
    ],
})

DOCS.append({
    "id": "defense-gov-soldiers-aid-turkey",
    "source": "U.S. Department of Defense",
    "url": "https://www.defense.gov/News/News-Stories/Article/Article/3302213/soldiers-help-provide-aid-to-turkish-citizens/",
    "title": "Soldiers Help Provide Aid to Turkish Citizens",
    "published": "2023-02-17",
    "truncated": False,
    "note": "Whole story as stored. Unit designations (3rd Battalion, 501st) and dates are not quantities. 'hundreds of thousands' = 200,000, approximate.",
    "paragraphs": [
        "U.S. soldiers assigned to 3rd Battalion, 501st Aviation Regiment, Combat Aviation Brigade, 1st Armored Division, and Turkish civilians offload humanitarian aid from a CH-47 Chinook helicopter in Elbistan, Turkey, February 15. Several U.S. military units are supporting the task force providing assistance with Turkish disaster relief efforts.",
        "Soldiers provided a dynamic lift capability in direct support of USAID, which plans to transport relief supplies on approximately ten flights with more than 1.8 million pounds of supplies of kitchen sets, hygiene kits, heavy duty plastic sheeting for temporary shelters and high thermal blankets to provide for hundreds of thousands of people. The agency reports that as of today, the February 6 earthquakes resulted in at least 41,987 deaths and injury to approximately 114,100 people in Turkey and Syria.",
    ],
    "quantities": [
        Q("approximately ten flights", 10, "count", "count", "USAID relief flights planned", approx=True, counted="flights"),
        Q("more than 1.8 million pounds", 1.8e6, "pound", "mass", "relief supplies to be transported", approx=True),
        Q("hundreds of thousands of people", 200000, "person", "count", "people the supplies provide for", approx=True),
        Q("at least 41,987 deaths", 41987, "person", "count", "deaths from the February 6 earthquakes", approx=True),
        Q("approximately 114,100 people", 114100, "person", "count", "people injured in Turkey and Syria", approx=True),
    ],
})

DOCS.append({
    "id": "dvids-117293-logistics-marines-relief",
    "source": "U.S. Marine Corps (III Marine Expeditionary Force), via DVIDS",
    "url": "https://www.dvidshub.net/news/117293/logistics-marines-keep-relief-aid-moving",
    "title": "Logistics Marines keep relief aid moving",
    "published": "2013-11",
    "truncated": True,
    "note": "Site furniture (maintenance notice, login, logo), photo caption and byline removed. Stored page cut mid-sentence; text ends at the last complete sentence. 'four tons' is metric_ton by the guideline's rule for plain tons. 'One full-grown adult elephant' (a determiner) and unit names (Battalion 4, Joint Task Force 505) are not annotated. '100,000 pounds ... each day': the frequency is separate, so only the mass is annotated.",
    "paragraphs": [
        "LUZON, Philippines - One full-grown adult elephant weighs approximately four tons, 8,000 pounds, and is the size of two cars stacked on top of each other.",
        "During Operation Damayan, Marines with Combat Logistics Battalion 4 prepare and load relief supplies weighing up to 12 times that of an elephant onto aircraft each day at Villamor Air Base.",
        "The aid consists of food, water, hygiene materials, medical supplies and plastic sheeting for citizens throughout the Philippines affected by Typhoon Haiyan, which made landfall Nov. 7 with record breaking wind speeds that affected more than 4 million people.",
        "Approximately 100,000 pounds of relief aid and military equipment is prepared, loaded and flown out through here each day, according to 1st Lt. Mason D. McKee, a logistics officer with CLB-4, currently assigned to 3rd Marine Expeditionary Brigade in support of Joint Task Force 505, and a native of Glendale, Ariz.",
        "\u201cIf the total amount of cargo we have loaded and sent out was organized in columns on pallets, it would probably cover the grass area of a football field,\u201d said McKee. \u201c(It might) even go into the stands a little bit.\u201d",
        "The relief supplies are provided by the U.S. Agency for International Development, the U.S. government\u2019s humanitarian resource agency.",
    ],
    "quantities": [
        Q("approximately four tons", 4, "metric_ton", "mass", "weight of an adult elephant", approx=True),
        Q("8,000 pounds", 8000, "pound", "mass", "weight of an adult elephant"),
        Q("two cars", 2, "count", "count", "size of an elephant in cars", counted="cars"),
        Q("up to 12 times", 12, "multiplier", "other", "daily relief supplies relative to an elephant's weight", approx=True),
        Q("more than 4 million people", 4e6, "person", "count", "people affected by Typhoon Haiyan", approx=True),
        Q("Approximately 100,000 pounds", 100000, "pound", "mass", "relief aid and equipment flown out each day", approx=True),
    ],
})

DOCS.append({
    "id": "defense-gov-pakistan-quake-snow",
    "source": "U.S. Department of Defense (American Forces Press Service)",
    "url": "http://www.defense.gov/News/NewsArticle.aspx?ID=14650",
    "title": "U.S. Relief Aid Intensifies As Snow Hits Pakistan Quake Region",
    "published": "2006-01-10",
    "truncated": True,
    "note": "Site banner, share links, photo caption and byline removed. Stored page cut mid-sentence; text ends at the last complete sentence. 'doubled' is a multiplier (2). 'more than 100 tons of cargo a day' is one rate (metric_ton/day) with an inserted 'of cargo'. 'all day' is not a number.",
    "paragraphs": [
        "WASHINGTON, Jan. 10, 2006 \u2013 U.S. military helicopter crews are stepping up deliveries of relief supplies to earthquake victims as snowstorms pummel Pakistan's northern Kashmir region.",
        "CH-47 Chinook helicopters have doubled the aid they are providing to key distribution centers to ensure at least a 30-day food supply for victims in remote mountain villages, officials at the U.S. Embassy in Islamabad announced Jan. 8.",
        "The choppers are now delivering more than 100 tons of cargo a day, much of it being carried in sling loads, external nets that hang below the aircraft. Use of sling-loads speeds up deliveries and increases the amount of supplies able to be ferried, officials explained.",
        "Traditionally, loading the inside of a helicopter takes 10 to 15 minutes, and once at the delivery site, the chopper must land and get offloaded, which takes another 10 to 15 minutes, they said.",
        "In contrast, aircraft flying sling loads can fly into the affected area, hover and drop the relief supplies, then quickly fly out. Choppers generally fly all day, landing only to refuel, explained Capt. Trent Cleveland, aviation liaison officer for Task Force Eagle, the aviation arm of U.S. Disaster Assistance Center Pakistan.",
        "Pakistan's military works with nongovernmental organization representatives on the ground to collect the nets for reuse, officials said.",
    ],
    "quantities": [
        Q("doubled", 2, "multiplier", "other", "increase in aid provided by CH-47 helicopters"),
        Q("at least a 30-day", 30, "day", "duration", "food supply for victims in remote villages", approx=True),
        Q("more than 100 tons of cargo a day", 100, "metric_ton/day", "rate", "cargo delivered by the choppers", approx=True),
        Q("10 to 15 minutes", 10, "minute", "duration", "time to load the inside of a helicopter", high=15),
        Q("10 to 15 minutes", 10, "minute", "duration", "time to offload at the delivery site", high=15),
    ],
})

DOCS.append({
    "id": "andersen-af-mil-burma-relief-77000-lbs",
    "source": "U.S. Air Force (13th Air Force Public Affairs)",
    "url": "https://www.andersen.af.mil/News/Features/Article/416175/air-force-delivers-77000-lbs-of-relief-to-burma/",
    "title": "Air Force delivers 77,000 lbs of relief to Burma",
    "published": "2008-05",
    "truncated": True,
    "note": "Page label and byline removed; headline in title. Stored page cut inside the last heading ('Public donation inform...'); text ends before it. The abbreviation period of 'lbs.' is outside the span. Aircraft names (C-130) and unit ordinals (36th) are not quantities.",
    "paragraphs": [
        "A total of four Air Force C-130 Hercules have delivered more than 77,000 lbs. of relief supplies to Burma as part of the ongoing U.S. relief efforts following Cyclone Nargis which devastated the coast of the Irrawaddy Divison, Burma, May 2.",
        "To date, the Air Force is responsible for delivering more than 77,000 lbs. of USAID relief supplies, to include water, plastic sheeting, hygiene kits, water jugs, mosquito netting, and food in support of Operation Caring Response.",
        "\"The Air Force is proud to be participating in this humanitarian effort,\" Lt. Col. John Graham, Air Force liaison officer for Joint Task Force Caring Response, said. \"The Air Force trains daily to rapidly respond to crises throughout the world. We feel it is important to use this capability to aid other countries in times of emergency and help mitigate suffering and save lives.\"",
        "Operation Caring Response has totaled 21 pallets of water, 8 pallets of plastic sheeting, 5 pallets of hygiene kits, 4 pallets of blankets, 3 pallets of mosquito netting, 2 pallets of water jugs and one pallet of food bringing a combined total weight of 200,960 lbs.",
        "According to USAID officials, heavy rainfall continues to affect southern Burma, particularly the Rangoon and Irrawaddy Divisions. Continued rains in the affected area and upstream river systems are likely to lead to prolonged flooding in the region.",
        "Seven additional missions have been scheduled to drop off supplies to Burma, but traditionally have required daily Burmese permissions to deliver and enter the country.",
        "Deliveries have been limited to the Rangoon International Airport.",
        "More than 45 members of the 36th Contingency Response Group from Andersen Air Force Base, Guam remain prepared to open or operate airfields to facilitate relief operations outside of Utapao, Thailand if necessary.",
    ],
    "quantities": [
        Q("four", 4, "count", "count", "C-130 aircraft delivering relief", counted="aircraft"),
        Q("more than 77,000 lbs", 77000, "pound", "mass", "relief supplies delivered to Burma", approx=True),
        Q("more than 77,000 lbs", 77000, "pound", "mass", "USAID relief supplies delivered by the Air Force", approx=True),
        Q("21 pallets", 21, "count", "count", "pallets of water", counted="pallets"),
        Q("8 pallets", 8, "count", "count", "pallets of plastic sheeting", counted="pallets"),
        Q("5 pallets", 5, "count", "count", "pallets of hygiene kits", counted="pallets"),
        Q("4 pallets", 4, "count", "count", "pallets of blankets", counted="pallets"),
        Q("3 pallets", 3, "count", "count", "pallets of mosquito netting", counted="pallets"),
        Q("2 pallets", 2, "count", "count", "pallets of water jugs", counted="pallets"),
        Q("one pallet", 1, "count", "count", "pallet of food", counted="pallet"),
        Q("200,960 lbs", 200960, "pound", "mass", "combined total weight of the pallets"),
        Q("Seven", 7, "count", "count", "additional missions scheduled", counted="missions"),
        Q("More than 45 members", 45, "person", "count", "members of the 36th Contingency Response Group", approx=True),
    ],
})

_HVO_NOTE = ("USGS Hawaiian Volcano Observatory update; page heading and navigation removed. Coordinates, "
             "VNUM, dates, times and flow names (June 27th flow, Episode 61g) are not quantities. A metric/US "
             "pair such as '6 km (4 mi)' is two quantities; a qualifier before the first (about, within) is inside "
             "the first span only and makes both approximate. 'within' is treated as a qualifier (like 'up to').")

DOCS.append({
    "id": "usgs-hvo-kilauea-2015-03-27",
    "source": "U.S. Geological Survey, Hawaiian Volcano Observatory",
    "url": "http://hvo.wr.usgs.gov/activity/kilaueastatus.php/",
    "title": "HAWAIIAN VOLCANO OBSERVATORY DAILY UPDATE, Friday, March 27, 2015",
    "published": "2015-03-27",
    "truncated": True,
    "note": _HVO_NOTE + " Stored page cut mid-word; text ends at the last complete sentence.",
    "paragraphs": [
        "HAWAIIAN VOLCANO OBSERVATORY DAILY UPDATE",
        "U.S. Geological Survey",
        "Friday, March 27, 2015 8:51 AM HST (Friday, March 27, 2015 18:51 UTC)",
        "This report on the status of Kilauea volcanic activity, in addition to maps, photos, and Webcam images (available at http://hvo.wr.usgs.gov/activity/kilaueastatus.php), was prepared by the USGS Hawaiian Volcano Observatory (HVO). All times are Hawai`i Standard Time.",
        "KILAUEA VOLCANO (VNUM #332010)",
        "19\u00b025'16\" N 155\u00b017'13\" W, Summit Elevation 4091 ft (1247 m)",
        "Current Volcano Alert Level: WATCH",
        "Current Aviation Color Code: ORANGE",
        "Activity Summary:",
        "Three areas of breakouts in the upslope portion of the June 27th flow field in K\u012blauea's East Rift Zone continue to be active, all are within 6 km (4 mi) of Pu\u02bbu \u02bb\u014c\u02bb\u014d. Alert level reduced to WATCH on 03/25/15 owing to decrease in immediate threat during the past several weeks. K\u012blauea continues to host a lava lake at its summit.",
        "June 27th Lava Flow Observations: Webcams showed overnight that three areas of breakouts continued to be active in the upslope portion of the June 27th flow field located to the northeast of Pu\u02bbu \u02bb\u014c\u02bb\u014d: the northern flank of Pu\u02bbu \u02bb\u014c\u02bb\u014d (Feb. 21 breakout), an area near Pu\u02bbu Kahauale\u2019a, and an area 5-6 km (3-4 mi) northeast of Pu\u02bbu \u02bb\u014c\u02bb\u014d. Tuesday's HVO overflight showed that the farthest northeast breakout area was continuing to burn forest.",
        "Pu\u02bbu \u02bb\u014c\u02bb\u014d Observations: The tiltmeter on the north flank of Pu\u02bbu \u02bb\u014c\u02bb\u014d continues to show no significant tilt. The sulfur dioxide emission rate from all East Rift Zone vents was about 400 tonnes/day when last measured on March 20.",
        "Summit Observations: Tiltmeters at K\u012blauea's summit continued to record steady, gentle inflationary tilt, consistent with the inflationary phase of a DI event.",
    ],
    "quantities": [
        Q("4091 ft", 4091, "foot", "length", "summit elevation of Kilauea"),
        Q("1247 m", 1247, "meter", "length", "summit elevation of Kilauea"),
        Q("Three areas", 3, "count", "count", "active breakout areas", counted="areas"),
        Q("within 6 km", 6, "kilometer", "length", "distance of breakouts from Puu Oo", approx=True),
        Q("4 mi", 4, "mile", "length", "distance of breakouts from Puu Oo", approx=True),
        Q("three areas", 3, "count", "count", "active breakout areas", counted="areas"),
        Q("5-6 km", 5, "kilometer", "length", "distance of a breakout area northeast of Puu Oo", high=6),
        Q("3-4 mi", 3, "mile", "length", "distance of a breakout area northeast of Puu Oo", high=4),
        Q("about 400 tonnes/day", 400, "metric_ton/day", "rate", "sulfur dioxide emission rate from East Rift Zone vents", approx=True),
    ],
})

DOCS.append({
    "id": "usgs-hvo-kilauea-2016-05-28",
    "source": "U.S. Geological Survey, Hawaiian Volcano Observatory",
    "url": "http://hvo.wr.usgs.gov/activity/kilaueastatus.php",
    "title": "HAWAIIAN VOLCANO OBSERVATORY DAILY UPDATE, Saturday, May 28, 2016",
    "published": "2016-05-28",
    "truncated": True,
    "note": _HVO_NOTE + " Stored page cut after this paragraph (the rest of the page is not stored). 'one lobe ... the other' is a determiner pair and is not annotated; 'the past week', 'the past day' are durations.",
    "paragraphs": [
        "HAWAIIAN VOLCANO OBSERVATORY DAILY UPDATE",
        "U.S. Geological Survey",
        "Saturday, May 28, 2016 9:16 AM HST (Saturday, May 28, 2016 19:16 UTC)",
        "KILAUEA VOLCANO (VNUM #332010)",
        "19\u00b025'16\" N 155\u00b017'13\" W, Summit Elevation 4091 ft (1247 m)",
        "Current Volcano Alert Level: WATCH",
        "Current Aviation Color Code: ORANGE",
        "Activity Summary: Eruptive activity continues at K\u012blauea Volcano\u2019s summit and East Rift Zone. The two new lava flows from Pu\u02bbu \u02bb\u014c\u02bb\u014d are still active. At the summit, inflationary tilt has resumed and the lava lake level has risen slightly. As of yesterday, scattered lava flow activity continued on the June 27th lava flow field within about 5 km (3 mi) northeast of Pu\u02bbu \u02bb\u014c\u02bb\u014d. None of the Pu\u02bbu \u02bb\u014c\u02bb\u014d flows currently pose a threat to nearby communities.",
        "Summit Observations: Inflationary tilt began midday yesterday and continues this morning. Based on web cam imagery, the lava lake level has risen slightly from yesterday's measurement of 39.5 m (130 ft) below the floor of Halema\u2019uma\u2019u crater. Tremor fluctuations associated with lava lake spattering continue. Sulfur dioxide emissions from the summit vent ranged from 4,100 to 7,000 t/d during the past week. Data from GPS networks and interferometric satellite radar (InSAR) show continued long-term inflation of the summit and upper Southwest Rift Zone magma reservoirs.",
        "Pu\u02bbu \u02bb\u014c\u02bb\u014d Observations: The two new lava flows from Pu\u02bbu \u02bb\u014c\u02bb\u014d, which began on May 24, are still active. As of yesterday, one lobe extended about 1.2 km (4,100 ft) to the northwest and the other about 1.2 km (4,100 ft) to the southeast. Webcam views of both breakouts overnight show continued surface activity feeding these flows. For recent photographs and maps of these two new active flows, see web links below. Very slow deflationary tilt at Pu\u02bbu \u02bb\u014c\u02bb\u014d continued over the past day. Persistent glow from spatter cones within the crater continues.",
    ],
    "quantities": [
        Q("4091 ft", 4091, "foot", "length", "summit elevation of Kilauea"),
        Q("1247 m", 1247, "meter", "length", "summit elevation of Kilauea"),
        Q("two", 2, "count", "count", "new lava flows from Puu Oo", counted="lava flows"),
        Q("within about 5 km", 5, "kilometer", "length", "extent of lava flow activity northeast of Puu Oo", approx=True),
        Q("3 mi", 3, "mile", "length", "extent of lava flow activity northeast of Puu Oo", approx=True),
        Q("39.5 m", 39.5, "meter", "length", "lava lake level below the crater floor"),
        Q("130 ft", 130, "foot", "length", "lava lake level below the crater floor"),
        Q("4,100 to 7,000 t/d", 4100, "metric_ton/day", "rate", "sulfur dioxide emissions from the summit vent", high=7000),
        Q("the past week", 1, "week", "duration", "period of the emission measurements"),
        Q("two", 2, "count", "count", "new lava flows from Puu Oo", counted="lava flows", after="Observations: The "),
        Q("about 1.2 km", 1.2, "kilometer", "length", "extent of the northwest lobe", approx=True),
        Q("4,100 ft", 4100, "foot", "length", "extent of the northwest lobe", approx=True),
        Q("about 1.2 km", 1.2, "kilometer", "length", "extent of the southeast lobe", approx=True),
        Q("4,100 ft", 4100, "foot", "length", "extent of the southeast lobe", approx=True),
        Q("two", 2, "count", "count", "new active flows", counted="flows"),
        Q("the past day", 1, "day", "duration", "period of deflationary tilt at Puu Oo"),
    ],
})

DOCS.append({
    "id": "usgs-hvo-kilauea-2018-04-25",
    "source": "U.S. Geological Survey, Hawaiian Volcano Observatory",
    "url": "https://volcanoes.usgs.gov/volcanoes/kilauea/status.html",
    "title": "HAWAIIAN VOLCANO OBSERVATORY DAILY UPDATE, Wednesday, April 25, 2018",
    "published": "2018-04-25",
    "truncated": True,
    "note": _HVO_NOTE + " Site navigation and the alert banner removed. Stored page cut mid-word; text ends at the last complete sentence. Times of day are not quantities; 'the past 24 hours' is a duration; 'the past several weeks' has no number.",
    "paragraphs": [
        "HAWAIIAN VOLCANO OBSERVATORY DAILY UPDATE",
        "U.S. Geological Survey",
        "Wednesday, April 25, 2018, 8:58 AM HST (Wednesday, April 25, 2018, 18:58 UTC)",
        "KILAUEA VOLCANO (VNUM #332010)",
        "19\u00b025'16\" N 155\u00b017'13\" W, Summit Elevation 4091 ft (1247 m)",
        "Current Volcano Alert Level: WATCH",
        "Current Aviation Color Code: ORANGE",
        "Activity Summary: Eruptions continue at K\u012blauea Volcano's summit and East Rift Zone. The summit lava lake overflowed the Overlook crater rim yesterday morning and again last night as summit tiltmeters recorded overall inflationary tilt during the day. A slight deflationary tilt signal began at the summit overnight. Pu\u02bbu \u02bb\u014c\u02bb\u014d cone continues the inflationary trend of the past several weeks, and the Episode 61g lava flow is active within two kilometers of the vent. The flow does not pose a threat to nearby communities at this time. There is currently no active lava on the pali, the coastal plain, or entering the ocean.",
        "Summit Observations: Summit tiltmeters recorded a sequence of inflationary-deflationary-inflationary tilt in the past 24 hours with the lava lake spilling over the Overlook crater rim during the inflationary tilt periods. Overnight, a slight deflationary trend began. The lava lake spilled over the southwest crater rim yesterday morning between about 6:30 am and 8:00 a.m. HST and again from 8:30 pm, to 11:06 pm along the south and southwest rims. The height of the lava lake was measured last nigh at 79 meters (259 feet) below the rim of Halema'uma'u crater. The summit area remains in an overall inflated state.",
    ],
    "quantities": [
        Q("4091 ft", 4091, "foot", "length", "summit elevation of Kilauea"),
        Q("1247 m", 1247, "meter", "length", "summit elevation of Kilauea"),
        Q("within two kilometers", 2, "kilometer", "length", "extent of the Episode 61g lava flow from the vent", approx=True),
        Q("the past 24 hours", 24, "hour", "duration", "period of tilt observations"),
        Q("79 meters", 79, "meter", "length", "lava lake level below the crater rim"),
        Q("259 feet", 259, "foot", "length", "lava lake level below the crater rim"),
    ],
})

DOCS.append({
    "id": "usgs-kilauea-photo-chronology-2017-08-15",
    "source": "U.S. Geological Survey, Hawaiian Volcano Observatory",
    "url": "https://www.usgs.gov/news/photo-and-video-chronology-kilauea-august-15-2017",
    "title": "Photo and Video Chronology \u2013 K\u012blauea \u2013 August 15, 2017",
    "published": "2017-08-15",
    "truncated": False,
    "note": "Two photo captions of a USGS news page; the .gov banner and a shutdown notice removed. Figure labels (1 & 3), (2 & 4) are not quantities.",
    "paragraphs": [
        "The flow front of the June 26 breakout (pictured above) has stalled. On the coastal plain today, the closest active breakouts found by HVO geologists were 2.1 km (1.3 miles) upslope from the emergency route. There were a few areas of active p\u0101hoehoe breakouts which varied from sluggish ropey textures to thin and fluid flows.",
        "Cracks on the Kamokuna lava delta continue to develop. These photos from July 31 (left) and today, August 15 (right), highlight changes on the delta during the past two weeks. The yellow numbers mark a few prominent features on the delta (1 & 3) and older sea cliff (2 & 4). A new crack (1) formed over the two weeks and appears to span most of the delta, and a crack closer to the cliff (3) has widened and extended to the west. Time-lapse images during the past two weeks showed slight widening of the large crack and subtle subsidence of the delta. Continued development of these and other cracks underline the hazardous nature of an ocean entry, and why it is important to take heed of all warning signs and area closures.",
    ],
    "quantities": [
        Q("2.1 km", 2.1, "kilometer", "length", "distance of breakouts upslope from the emergency route"),
        Q("1.3 miles", 1.3, "mile", "length", "distance of breakouts upslope from the emergency route"),
        Q("the past two weeks", 2, "week", "duration", "period of changes on the delta"),
        Q("the two weeks", 2, "week", "duration", "period over which a new crack formed"),
        Q("the past two weeks", 2, "week", "duration", "period of time-lapse images"),
    ],
})

DOCS.append({
    "id": "nws-safety-hurricane-watch-warning",
    "source": "NOAA / National Weather Service",
    "url": "https://www.weather.gov/safety/hurricane-ww?text",
    "title": "Hurricane and tropical storm watches, warnings, advisories and outlooks",
    "published": None,
    "truncated": True,
    "note": "NWS safety guidance page (not a news text), kept for its speeds and durations. Bullets rendered as '\u2022 '. Stored page cut in the third bullet; text ends at the last complete sentence. Times of day (5 am, 11 pm) are not quantities; in 'every 6 hours' the interval '6 hours' is annotated. Typos are as stored.",
    "paragraphs": [
        "Whenever a tropical cyclone (a tropical depression, tropical storm, or hurricane) or a subtropical storm has formed in the Atlantic or eastern North Pacific, the NOAA National Hurricane Center (NHC) issues tropical cyclone advisory products at least every 6 hours at 5 am, 11 am, 5 pm, and 11 pm EDT. Similarly, the Central Pacific Hurricane Center (CPHC) issues tropical cyclone advisory products for the central North Pacificat least every 6 hours at 5 am, 11 am, 5 pm, and 11 pm HST. When coastal tropical storm or hurricane watches or warnings are in effect, the NHC and CPHC issue Tropical Cyclone Public advisories every 3 hours. You can find these products on for the Atlantic and eastern North Pacific or for the Central Pacific; on TV, radio, and cell phones; and NOAA Weather Radio. Information on NWS tropical cyclone watch, warning, advisory, and outlook products is detailed below. For more details on all NHC products, see the  National Hurricane Center Product User's Guide. Storm information and forecasts specific to your local area can be found from you local Weather Forecast Office (WFO) through",
        "Listen closely to instructions from local officials on TV, radio, cell phones or other computers for instructions from local officials. Evacuate if told to do so.",
        "\u2022 Storm Surge Watch: Storm here is a possibility of life-threatening inundation from rising water moving inland from the shoreline somewhere within the specified area, generally within 48 hours. If you are under a storm surge watch, check for evacuation orders from your local officials.",
        "\u2022 Hurricane Watch: Huriricane conditions (sustained winds of 74 mph or greater) are possible within your area. Because it may not be safe to prepare for a hurricane once winds reach tropical storm force, The NHC issues hurricane watches 48 hours before it anticipates tropical storm-force winds.",
    ],
    "quantities": [
        Q("6 hours", 6, "hour", "duration", "maximum interval between NHC advisory products"),
        Q("6 hours", 6, "hour", "duration", "maximum interval between CPHC advisory products"),
        Q("3 hours", 3, "hour", "duration", "interval between public advisories during watches or warnings"),
        Q("within 48 hours", 48, "hour", "duration", "lead time of a storm surge watch", approx=True),
        Q("74 mph or greater", 74, "mile/hour", "rate", "sustained winds of hurricane conditions", approx=True),
        Q("48 hours", 48, "hour", "duration", "lead time of a hurricane watch"),
    ],
})

DOCS.append({
    "id": "nhc-mobile-watch-warning-help",
    "source": "NOAA / National Weather Service, National Hurricane Center",
    "url": "http://www.nhc.noaa.gov/mobile/watchwarn_help.html",
    "title": "Coastal Watches and Warnings",
    "published": None,
    "truncated": False,
    "note": "Whole NHC help text (not a news text). 'days 4 and 5' labels forecast days and is not annotated; 'many hundreds of miles' is a vague plural (200, approximate).",
    "paragraphs": [
        "This display shows an approximate representation of coastal areas under a hurricane warning (red), hurricane watch (pink), tropical storm warning (blue) and tropical storm watch (yellow). The orange circle indicates the current position of the center of the tropical cyclone. The black line and dots show the National Hurricane Center (NHC) forecast track of the center at the times indicated. NHC forecast tracks of the center can be in error; average areas of uncertainty for the first 3 days of the forecast track are shown by the solid white area, while the area of uncertainty for the days 4 and 5 portion of the forecast is shown by the white stippled area.",
        "It is important to realize tropical cyclones are not a point. Their effects can span many hundreds of miles from the center. The area experiencing hurricane force (one-minute average wind speeds of at least 74 mph) and tropical storm force (one-minute average wind speeds of 39-73 mph) winds can extend well beyond the white area shown enclosing the most likely track area of the center. The distribution of hurricane and tropical storm force winds in this tropical cyclone can be seen in the Cumulative Winds graphic displayed on the previous page.",
    ],
    "quantities": [
        Q("3 days", 3, "day", "duration", "first part of the forecast track"),
        Q("many hundreds of miles", 200, "mile", "length", "span of tropical cyclone effects from the center", approx=True),
        Q("one-minute", 1, "minute", "duration", "averaging period of hurricane-force wind speeds"),
        Q("at least 74 mph", 74, "mile/hour", "rate", "hurricane-force wind speed", approx=True),
        Q("one-minute", 1, "minute", "duration", "averaging period of tropical-storm-force wind speeds"),
        Q("39-73 mph", 39, "mile/hour", "rate", "tropical-storm-force wind speed", high=73),
    ],
})

DOCS.append({
    "id": "usitc-trade-shifts-2017-energy",
    "source": "U.S. International Trade Commission",
    "url": "https://www.usitc.gov/research_and_analysis/trade_shifts_2017/energy.htm",
    "title": "Shifts in U.S. Merchandise Trade 2017: Energy-related products",
    "published": "2018",
    "truncated": True,
    "note": "Analyst contact lines and an interactive-graphic hint removed; bullets rendered as '\u2022 '. Stored page cut in a table title; text ends at the last complete sentence. Footnote markers [1], [2] are not quantities. '$50.80 in 2017' continues a per-barrel price, so its unit is USD/barrel (elliptical rate).",
    "paragraphs": [
        "Change in 2017 from 2016:",
        "\u2022 U.S. total exports of energy-related products: increased by $44.8 billion (46 percent) to $143.2 billion",
        "\u2022 U.S. general imports of energy-related products: increased by $40.3 billion (26 percent) to $198.1 billion",
        "U.S. exports and imports of energy-related products both grew significantly in value from 2016 to 2017 (table EP.1). The total value of U.S. exports of these products grew by $44.8 billion (46 percent), with refined petroleum products, crude petroleum, and natural gas and components contributing the largest increases. The value of U.S. general imports of energy-related products grew by $40.3 billion (26 percent) over the same period, mostly due to increases in the price of crude petroleum and petroleum products.",
        "Prices for crude petroleum were significantly higher in 2017 than in 2016, reflecting changes in supply and demand for crude petroleum. The average price for West Texas Intermediate (WTI)\u2014a common benchmark for pricing light sweet crude produced in the United States\u2014rose 17 percent from $43.29 per barrel in 2016 to $50.80 in 2017. Brent crude, a more widely used benchmark that is based on the price of a light sweet crude produced in the North Sea, similarly rose, from an average price of $43.64 per barrel in 2016 to $54.12 per barrel in 2017, a 24 percent increase.[1] These price increases explain most of the growth in the value of U.S. imports of crude petroleum and petroleum products, while the growth in export value was also affected by a significant increase in the volume of exports; the volume of U.S. crude petroleum and petroleum product exports increased by 324 million barrels, from 1.43 billion barrels in 2016 to 1.81 billion barrels in 2017 (a 21.9 percent increase).[2]",
    ],
    "quantities": [
        Q("$44.8 billion", 4.48e10, "USD", "money", "increase in U.S. energy exports"),
        Q("46 percent", 46, "percent", "percent", "increase in U.S. energy exports"),
        Q("$143.2 billion", 1.432e11, "USD", "money", "U.S. total exports of energy-related products in 2017"),
        Q("$40.3 billion", 4.03e10, "USD", "money", "increase in U.S. energy imports"),
        Q("26 percent", 26, "percent", "percent", "increase in U.S. energy imports"),
        Q("$198.1 billion", 1.981e11, "USD", "money", "U.S. general imports of energy-related products in 2017"),
        Q("$44.8 billion", 4.48e10, "USD", "money", "growth in value of U.S. energy exports"),
        Q("46 percent", 46, "percent", "percent", "growth in value of U.S. energy exports"),
        Q("$40.3 billion", 4.03e10, "USD", "money", "growth in value of U.S. energy imports"),
        Q("26 percent", 26, "percent", "percent", "growth in value of U.S. energy imports"),
        Q("17 percent", 17, "percent", "percent", "rise in the average WTI price"),
        Q("$43.29 per barrel", 43.29, "USD/barrel", "rate", "average WTI price in 2016"),
        Q("$50.80", 50.80, "USD/barrel", "rate", "average WTI price in 2017"),
        Q("$43.64 per barrel", 43.64, "USD/barrel", "rate", "average Brent price in 2016"),
        Q("$54.12 per barrel", 54.12, "USD/barrel", "rate", "average Brent price in 2017"),
        Q("24 percent", 24, "percent", "percent", "increase in the Brent price"),
        Q("324 million barrels", 3.24e8, "barrel", "volume", "increase in volume of U.S. crude and product exports"),
        Q("1.43 billion barrels", 1.43e9, "barrel", "volume", "U.S. crude and product exports in 2016"),
        Q("1.81 billion barrels", 1.81e9, "barrel", "volume", "U.S. crude and product exports in 2017"),
        Q("21.9 percent", 21.9, "percent", "percent", "increase in export volume"),
    ],
})

DOCS.append({
    "id": "eia-pressroom-net-petroleum-trade-2017",
    "source": "U.S. Energy Information Administration",
    "url": "http://wnew.www.eia.gov/pressroom/releases.php",
    "title": "The U.S. is an active participant in petroleum markets as both an importer and exporter",
    "published": "2018",
    "truncated": False,
    "note": "The featured item of the EIA press-room page; logo, page labels, figure alt text and source line, and link labels removed. Years (1971, 2017) are not quantities.",
    "paragraphs": [
        "U.S. net petroleum trade, including crude oil, petroleum products, and natural gas plant liquids, has fallen in recent years, reaching 3.7 million barrels per day (b/d) in 2017. This is the lowest level of net petroleum trade (imports minus exports) since 1971. At the same time, total U.S. gross petroleum trade (imports and exports) has reached an all-time high of 16.3 million b/d in 2017.",
    ],
    "quantities": [
        Q("3.7 million barrels per day", 3.7e6, "barrel/day", "rate", "U.S. net petroleum trade in 2017"),
        Q("16.3 million b/d", 1.63e7, "barrel/day", "rate", "U.S. gross petroleum trade in 2017"),
    ],
})

DOCS.append({
    "id": "ers-usda-chart-soybean-costs-returns",
    "source": "USDA Economic Research Service",
    "url": "https://www.ers.usda.gov/data-products/charts-of-note.aspx",
    "title": "Costs of producing soybeans in the United States rise as returns fluctuate over time",
    "published": "2021-07-26",
    "truncated": True,
    "note": "The first Chart of Note on the stored page (subscription line removed; the second chart's heading and cut text dropped). 'one acre'/'an acre of soybeans' are cost bases and are not annotated (guideline: price bases). Bare amounts continuing a per-acre series ('to $431', '$492', '$429', '$438 to $500') carry the unit USD/acre (elliptical rate). 'for the first time in three years' is a duration.",
    "paragraphs": [
        "The total cost of producing one acre of soybeans in the United States increased by 14 percent between 2012 and 2020. At the same time, grower revenue\u2014the returns a grower receives from producing an acre of soybeans\u2014decreased by 14 percent. Returns, which equal the price of soybeans multiplied by the yield, fell from $597 an acre in 2012 to $431 in 2015. In 2016, returns rose to $492 before falling to $429 in 2019. In 2020, returns rebounded to $522 an acre, the highest level since 2014. Grower returns are closely associated with soybean prices, which fluctuated between 2012 and 2020. Prices peaked at $14.21 per bushel in 2012 before dropping to $8.61 per bushel in 2018 and 2019, even as yields per acre trended higher. Total costs\u2014which include operating costs such as seed, fertilizer, and chemicals, as well as allocated overhead costs such as labor and capital recovery of machinery and equipment\u2014grew from $438 to $500 between 2012 to 2020. Largely because of an increase in soybean prices, soybean returns in 2020 exceeded costs for the first time in three years. Costs for most aspects of soybean production increased from 2012 to 2020. The biggest cost increases were for capital recovery of machinery and equipment, as well as for the opportunity cost of land\u2014a category that reflects income that might have been earned from renting out the land. This chart is drawn from USDA, Economic Research Service's (ERS) Oil Crops Outlook, June 2021, and is based on data collected from the ERS Commodity Costs and Returns data product.",
    ],
    "quantities": [
        Q("14 percent", 14, "percent", "percent", "increase in soybean production cost per acre 2012-2020"),
        Q("14 percent", 14, "percent", "percent", "decrease in grower revenue per acre"),
        Q("$597 an acre", 597, "USD/acre", "rate", "soybean returns in 2012"),
        Q("$431", 431, "USD/acre", "rate", "soybean returns in 2015"),
        Q("$492", 492, "USD/acre", "rate", "soybean returns in 2016"),
        Q("$429", 429, "USD/acre", "rate", "soybean returns in 2019"),
        Q("$522 an acre", 522, "USD/acre", "rate", "soybean returns in 2020"),
        Q("$14.21 per bushel", 14.21, "USD/bushel", "rate", "peak soybean price in 2012"),
        Q("$8.61 per bushel", 8.61, "USD/bushel", "rate", "soybean price in 2018 and 2019"),
        Q("$438", 438, "USD/acre", "rate", "total soybean costs in 2012"),
        Q("$500", 500, "USD/acre", "rate", "total soybean costs in 2020"),
        Q("three years", 3, "year", "duration", "time since returns last exceeded costs"),
    ],
})

DOCS.append({
    "id": "usda-results-trade-2014",
    "source": "U.S. Department of Agriculture",
    "url": "http://www.usda.gov/wps/portal/usda/usdahome?contentidonly=true&contentid=usda-results-trade.html",
    "title": "Trade | USDA",
    "published": "2015",
    "truncated": True,
    "note": "Social-media link line and 'Stay Connected' removed; bullet rendered as '\u2022 '. Stored page cut in the second bullet; text ends at the last complete sentence. 'Fiscal Years 2009 to 2014' and '2002-09' are dates. 'hundreds or thousands of producers' is two vague quantities (200 and 2,000, approximate). '$35 for every additional market development dollar' is annotated as the money amount only.",
    "paragraphs": [
        "Agriculture is one of the brightest spots in our economy, and the American brand of agriculture is surging in popularity worldwide.",
        "Fiscal Years 2009 to 2014 represent the strongest six years in history for agricultural trade with U.S. agricultural product exports totaling $771.7 billion over six years. Agricultural exports last fiscal year reached $152.5 billion, the highest level on record. Agricultural trade now supports more than one million jobs here at home. Furthermore, agriculture continues to bolster our nation's economy by contributing a trade surplus year after year. In fiscal year 2014, that surplus was $43.3 billion.",
        "Over the past six years, USDA has helped to open and expand new markets for U.S. agricultural products, which creates jobs and fosters growth that is critically important for rural communities and our entire nation's economy. USDA continues to pursue strong new trade deals that are both free and fair and will help to expand exports, increase wages, and help farm and ranch businesses grow and create jobs across the country.",
        "Opening New Markets for Farmers, Ranchers and Rural Businesses",
        "\u2022 Provided funding to help approximately 70 U.S. agricultural producer associations, each representing hundreds or thousands of producers, expand commercial export markets for their goods. An independent study demonstrated that U.S. agricultural exports increased by $6.1 billion as a result of the increased joint investment in foreign market development by government and industry during the 2002-09 timeframe studied. Overall, U.S. agricultural exports increase $35 for every additional market development dollar expended by government and industry.",
    ],
    "quantities": [
        Q("six years", 6, "year", "duration", "strongest period for agricultural trade"),
        Q("$771.7 billion", 7.717e11, "USD", "money", "U.S. agricultural exports FY2009-2014"),
        Q("six years", 6, "year", "duration", "period of the export total"),
        Q("$152.5 billion", 1.525e11, "USD", "money", "agricultural exports last fiscal year"),
        Q("more than one million jobs", 1e6, "count", "count", "jobs supported by agricultural trade", approx=True, counted="jobs"),
        Q("$43.3 billion", 4.33e10, "USD", "money", "agricultural trade surplus in FY2014"),
        Q("the past six years", 6, "year", "duration", "period of USDA market opening"),
        Q("approximately 70", 70, "count", "count", "agricultural producer associations funded", approx=True, counted="producer associations"),
        Q("hundreds", 200, "count", "count", "producers represented by each association", approx=True, counted="producers"),
        Q("thousands of producers", 2000, "count", "count", "producers represented by each association", approx=True, counted="producers"),
        Q("$6.1 billion", 6.1e9, "USD", "money", "increase in agricultural exports from market development"),
        Q("$35", 35, "USD", "money", "export increase per market development dollar"),
    ],
})

DOCS.append({
    "id": "usda-nass-crop-production-2017-10",
    "source": "USDA National Agricultural Statistics Service",
    "url": "https://downloads.usda.library.cornell.edu/usda-esmis/files/tm70mv177/v692t702m/pg15bf71t/CropProd-10-12-2017.txt",
    "title": "Crop Production, released October 12, 2017",
    "published": "2017-10-12",
    "truncated": True,
    "note": "NASS report text from USDA's ESMIS archive (hosted by Cornell's Mann Library for USDA; the text is the NASS release). Stored as one paragraph with the report's headlines run into the first sentence; kept as stored. Stored text cut mid-sentence; ends at the last complete sentence. ISSN and dates are not quantities. Changes in yield ('up 1.9 bushels', 'down 19 pounds') continue a per-acre yield, so their unit is bushel/acre or pound/acre (elliptical rate). '21.1 million 480-pound bales' is two quantities (a bale count and the bale weight). 'bushel' is the US dry bushel (volume, normalized to liters).",
    "paragraphs": [
        "Crop Production ISSN: 1936-3737 Released October 12, 2017, by the National Agricultural Statistics Service (NASS), Agricultural Statistics Board, United States Department of Agriculture (USDA). Corn Production Up 1 Percent from September Forecast Soybean Production Down Slightly Cotton Production Down 3 Percent Orange Production Down 16 Percent from Last Season Corn production is forecast at 14.3 billion bushels, down 6 percent from last year but up 1 percent from the September forecast. Based on conditions as of October 1, yields are expected to average 171.8 bushels per acre, up 1.9 bushels from the September forecast but down 2.8 bushels from 2016. If realized, this will be the second highest yield and production on record for the United States. Area harvested for grain is forecast at 83.1 million acres, down less than 1 percent from the previous estimate and down 4 percent from 2016. Acreage updates were made in several States based on a thorough review of all available data. Soybean production is forecast at a record 4.43 billion bushels, down slightly from September but up 3 percent from last year. Based on October 1 conditions, yields are expected to average 49.5 bushels per acre, down 0.4 bushel from last month and down 2.5 bushels from last year. Area for harvest in the United States is forecast at a record high 89.5 million acres, up 1 percent from September and up 8 percent from 2016. Acreage updates were made in several States based on a thorough review of all available data. All cotton production is forecast at 21.1 million 480-pound bales, down 3 percent from September but up 23 percent from last year. Yield is expected to average 889 pounds per harvested acre, down 19 pounds from last month but up 22 pounds from last year. If realized, the cotton yield forecast for the Nation will be the second highest yield on record. Upland cotton production is forecast at 20.4 million 480-pound bales, up 23 percent from 2016.",
    ],
    "quantities": [
        Q("1 Percent", 1, "percent", "percent", "change in corn production from September (headline)"),
        Q("3 Percent", 3, "percent", "percent", "change in cotton production (headline)"),
        Q("16 Percent", 16, "percent", "percent", "change in orange production from last season (headline)"),
        Q("14.3 billion bushels", 1.43e10, "bushel", "volume", "forecast U.S. corn production"),
        Q("6 percent", 6, "percent", "percent", "corn production change from last year"),
        Q("1 percent", 1, "percent", "percent", "corn production change from the September forecast"),
        Q("171.8 bushels per acre", 171.8, "bushel/acre", "rate", "forecast corn yield"),
        Q("1.9 bushels", 1.9, "bushel/acre", "rate", "corn yield change from the September forecast"),
        Q("2.8 bushels", 2.8, "bushel/acre", "rate", "corn yield change from 2016"),
        Q("83.1 million acres", 8.31e7, "acre", "area", "corn area harvested for grain"),
        Q("less than 1 percent", 1, "percent", "percent", "corn area change from the previous estimate", approx=True),
        Q("4 percent", 4, "percent", "percent", "corn area change from 2016"),
        Q("4.43 billion bushels", 4.43e9, "bushel", "volume", "forecast soybean production"),
        Q("3 percent", 3, "percent", "percent", "soybean production change from last year"),
        Q("49.5 bushels per acre", 49.5, "bushel/acre", "rate", "forecast soybean yield"),
        Q("0.4 bushel", 0.4, "bushel/acre", "rate", "soybean yield change from last month"),
        Q("2.5 bushels", 2.5, "bushel/acre", "rate", "soybean yield change from last year"),
        Q("89.5 million acres", 8.95e7, "acre", "area", "soybean area for harvest"),
        Q("1 percent", 1, "percent", "percent", "soybean area change from September"),
        Q("8 percent", 8, "percent", "percent", "soybean area change from 2016"),
        Q("21.1 million", 2.11e7, "count", "count", "cotton production in bales", counted="bales"),
        Q("480-pound", 480, "pound", "mass", "weight of a cotton bale"),
        Q("3 percent", 3, "percent", "percent", "cotton production change from September"),
        Q("23 percent", 23, "percent", "percent", "cotton production change from last year"),
        Q("889 pounds per harvested acre", 889, "pound/acre", "rate", "forecast cotton yield"),
        Q("19 pounds", 19, "pound/acre", "rate", "cotton yield change from last month"),
        Q("22 pounds", 22, "pound/acre", "rate", "cotton yield change from last year"),
        Q("20.4 million", 2.04e7, "count", "count", "Upland cotton production in bales", counted="bales"),
        Q("480-pound", 480, "pound", "mass", "weight of a cotton bale"),
        Q("23 percent", 23, "percent", "percent", "Upland cotton production change from 2016"),
    ],
})

DOCS.append({
    "id": "usgs-postfire-debris-flow-faq",
    "source": "U.S. Geological Survey, Landslide Hazards Program",
    "url": "https://www.usgs.gov/programs/landslide-hazards/hazard-assessment-faq-frequently-asked-questions",
    "title": "Postfire debris-flow hazard assessment: FAQ",
    "published": None,
    "truncated": True,
    "note": "USGS FAQ page (not a news text), kept for its metric rain rates. Stored page cut in the answer to the last question; that question and its cut answer are dropped. 'a couple of months' = 2, approximate. '1-5 year recurrence interval' is a duration range. List dashes are as stored.",
    "paragraphs": [
        "What do the maps mean?",
        "The maps depict the likelihood and potential volume of debris flows as they exit the mountain front in response to a design storm having a 15-minute peak rainfall intensity of 24 mm/h. The models are designed to assess the potential for debris flow in the locations where debris flows initiate (i.e., where they form and get larger).",
        "Do the maps show where debris flows will travel?",
        "No, the maps do not identify debris-flow runout paths, areas of inundation, or assess potential damage. Modeling debris-flow runout is very challenging, especially in populated areas, and developing predictive runout tools is an active area of USGS research.",
        "It\u2019s been a couple of months since the fire, will the maps be updated?",
        "No, the maps only depict the hazard immediately after the fire. But the danger goes down over time as vegetation regrows and the soil recovers. In general, the debris-flow hazard remains elevated for 2-5 years after a wildfire. Precisely how long the danger lasts depends on many factors, such as how much it rains and how severely the slopes were burned. Quantifying the change in debris-flow hazard as the burned area recovers is an active area of USGS research.",
        "What is the meaning 15-minute peak intensity of 24 mm/h?",
        "A 15-minute rainfall intensity of 24 mm/h is equivalent to the accumulation of 6 mm of rain in 15 minutes. In English units, this is equivalent to approximately 1/4 of an inch of rain in 15 minutes.",
        "Why use a 15-minute peak intensity of 24 mm/h design storm?",
        "This design storm is used for three reasons:",
        "- Postfire debris flows are most often triggered by high-intensity, short-duration bursts of rain.",
        "- A 24 mm/h rain burst is likely to happen in most areas of the western U.S. (i.e. a 1-5 year recurrence interval).",
        "- A 24 mm/h rain burst is known to trigger debris flows at USGS monitoring sites in burn areas.",
    ],
    "quantities": [
        Q("15-minute", 15, "minute", "duration", "peak rainfall intensity window of the design storm"),
        Q("24 mm/h", 24, "millimeter/hour", "rate", "peak rainfall intensity of the design storm"),
        Q("a couple of months", 2, "month", "duration", "time since the fire", approx=True),
        Q("2-5 years", 2, "year", "duration", "time the debris-flow hazard stays elevated", high=5),
        Q("15-minute", 15, "minute", "duration", "peak intensity window"),
        Q("24 mm/h", 24, "millimeter/hour", "rate", "peak rainfall intensity"),
        Q("15-minute", 15, "minute", "duration", "rainfall intensity window"),
        Q("24 mm/h", 24, "millimeter/hour", "rate", "rainfall intensity"),
        Q("6 mm", 6, "millimeter", "length", "rain accumulation in 15 minutes"),
        Q("15 minutes", 15, "minute", "duration", "accumulation period"),
        Q("approximately 1/4 of an inch", 0.25, "inch", "length", "rain accumulation in 15 minutes", approx=True),
        Q("15 minutes", 15, "minute", "duration", "accumulation period"),
        Q("15-minute", 15, "minute", "duration", "peak intensity window of the design storm"),
        Q("24 mm/h", 24, "millimeter/hour", "rate", "design storm intensity"),
        Q("three reasons", 3, "count", "count", "reasons for the design storm", counted="reasons"),
        Q("24 mm/h", 24, "millimeter/hour", "rate", "rain burst intensity"),
        Q("1-5 year", 1, "year", "duration", "recurrence interval of a 24 mm/h burst", high=5),
        Q("24 mm/h", 24, "millimeter/hour", "rate", "rain burst intensity known to trigger debris flows"),
    ],
})

DOCS.append({
    "id": "usgs-postfire-debris-flow-infographic",
    "source": "U.S. Geological Survey",
    "url": "https://www.usgs.gov/media/images/postfire-debris-flow-science-infographic",
    "title": "Postfire Debris Flow Science Infographic",
    "published": None,
    "truncated": False,
    "note": "Text of a USGS infographic page; the 'Detailed Description' label and the 'Sources/Usage: Public Domain.' line removed. '22M' takes its unit (acres) from the label 'Millions of acres'. Years 2013 and 2023 are dates.",
    "paragraphs": [
        "POSTFIRE DEBRIS FLOW SCIENCE",
        "The U.S. Geological Survey helps local, state, and federal agencies assess debris flow hazards in recently burned areas. We provide information about the likelihood of debris flow activity, where they might happen, and how big they might be.",
        "DEBRIS FLOW ASSESSMENTS",
        "Wildfires can significantly alter the hydrologic response of a watershed to the extent that even modest rainstorms can produce dangerous flash floods and debris flows. The USGS conducts postfire debris flow hazard assessments for select fires in the western United States.",
        "BY THE NUMBERS",
        "- 483 - Number of postfire debris flow assessments the USGS completed between 2013 and 2023",
        "- 14 - Number of states within the U.S. where postfire debris flow assessments were completed",
        "- 22M - Millions of acres burned that were also assessed for potential postfire debris flow activity",
        "POSTFIRE DEBRIS FLOW DASHBOARD",
        "This postfire debris flow hazard assessment viewer shows forecasts of the likelihood that debris flows will occur in a recently burned area, as well as the volume of material that could be transported during a high-intensity storm. The debris flow models rely on characteristics like basin shape, burn severity, soil properties, and rainfall intensity.",
    ],
    "quantities": [
        Q("483", 483, "count", "count", "postfire debris flow assessments completed 2013-2023", counted="assessments"),
        Q("14", 14, "count", "count", "states with postfire debris flow assessments", counted="states"),
        Q("22M", 2.2e7, "acre", "area", "burned area assessed for debris flow activity"),
    ],
})

DOCS.append({
    "id": "energy-gov-national-hydropower-day-2021",
    "source": "U.S. Department of Energy, Office of Electricity",
    "url": "https://www.energy.gov/oe/national-hydropower-day-2021",
    "title": "National Hydropower Day 2021",
    "published": "2021-08",
    "truncated": False,
    "note": "Whole page text; an image description and a link label removed. Power (MW, GW) is kind other and not normalized.",
    "paragraphs": [
        "On 24 August 2021, the energy sector celebrated hydropower's undeniable contributions to America's clean energy infrastructure, electrical grid resiliency and reliability benefits, and environmental protections.",
        "Accounting for more than 7% of U.S. power generation, hydropower will be a significant part of the country\u2019s energy future. In 2020, total U.S. conventional hydroelectricity net summer generation capacity was 80,000 megawatts (MW) and about 22,000 MW of total pumped-storage hydroelectric generating capacity in 18 states. DOE\u2019s Hydropower Vision analysis finds that U.S. hydropower could grow to nearly 101 gigawatts (GW) of capacity by 2050. This could lead to savings of $209 billion from avoided greenhouse gas (GHG) emissions, of which $185 billion would be attributable to operation of the existing hydropower fleet.",
    ],
    "quantities": [
        Q("more than 7%", 7, "percent", "percent", "hydropower share of U.S. power generation", approx=True),
        Q("80,000 megawatts", 80000, "megawatt", "other", "U.S. conventional hydroelectric summer capacity in 2020"),
        Q("about 22,000 MW", 22000, "megawatt", "other", "U.S. pumped-storage generating capacity", approx=True),
        Q("18 states", 18, "count", "count", "states with pumped-storage capacity", counted="states"),
        Q("nearly 101 gigawatts", 101, "gigawatt", "other", "possible U.S. hydropower capacity by 2050", approx=True),
        Q("$209 billion", 2.09e11, "USD", "money", "savings from avoided GHG emissions"),
        Q("$185 billion", 1.85e11, "USD", "money", "savings attributable to the existing hydropower fleet"),
    ],
})

DOCS.append({
    "id": "state-gov-2002-usaid-wheat-seed-afghanistan",
    "source": "U.S. Department of State, Office of the Spokesman (archived site)",
    "url": "https://2001-2009.state.gov/r/pa/prs/ps/2002/9265.htm",
    "title": "USAID Delivering High-Quality Wheat Seed To Afghanistan (Fact Sheet)",
    "published": "2002-04-11",
    "truncated": True,
    "note": "Site navigation, breadcrumb, header lines (Fact Sheet, Office of the Spokesman, Washington, DC, date), 'Photo Gallery' and an image label glued to the first word ('Throwing seeds') removed. Stored page cut mid-sentence; text ends at the last complete sentence. A metric/US pair '70,000 hectares (175,000 acres)' is two quantities, both approximate.",
    "paragraphs": [
        "The U.S. Agency for International Development (USAID) is providing 7,000 metric tons of wheat seed and technical assistance to farmers in Afghanistan. Late rains have extended the planting season, giving farmers greater opportunity to get this seed into the ground. The seed will increase domestic production of wheat by approximately 70,000 hectares (175,000 acres) thus decreasing Afghanistan's dependency on food aid imports.",
        "The U.S. government is playing a major role in rebuilding Afghanistan's agricultural economy. Andrew Natsios, Administrator of USAID, commented on the challenge: \"Afghanistan is primarily an agricultural society, 70 percent of the people live in rural areas and two-thirds of its people are farmers or herders. So, if the country is to recover, it's got to recover its economic base, which is agriculture.\"",
        "USAID is supporting the Afghanistan Interim Authority by providing seed to increase local grain production. Drought and turmoil have limited food production in Afghanistan, and greater agricultural productivity is essential to restoring food security and jumpstarting the rural economy.",
    ],
    "quantities": [
        Q("7,000 metric tons", 7000, "metric_ton", "mass", "wheat seed provided by USAID"),
        Q("approximately 70,000 hectares", 70000, "hectare", "area", "increase in wheat area", approx=True),
        Q("175,000 acres", 175000, "acre", "area", "increase in wheat area", approx=True),
        Q("70 percent", 70, "percent", "percent", "share of Afghans living in rural areas"),
        Q("two-thirds", 2 / 3, "fraction", "percent", "share of Afghans who are farmers or herders"),
    ],
})

DOCS.append({
    "id": "noaa-research-2015-global-temperature-record",
    "source": "NOAA Research",
    "url": "https://research.noaa.gov/2016/01/20/no-surprise-2015-sets-new-global-temperature-record/",
    "title": "No surprise, 2015 sets new global temperature record",
    "published": "2016-01-20",
    "truncated": False,
    "note": "Whole post text; .gov banner, breadcrumb, 'Related Posts', 'Scroll to Top' and a popup template removed. '0.29\u00b0F' is a temperature difference (fahrenheit, kind other). 'one year has ever beaten another' is a determiner pair, not annotated.",
    "paragraphs": [
        "Global surface temperature was record warm in 2015, moving ahead of the record set just last year by 0.29\u00b0F\u2014the largest margin by which one year has ever beaten another since official records began in 1880.",
    ],
    "quantities": [
        Q("0.29\u00b0F", 0.29, "fahrenheit", "other", "margin of the 2015 global temperature record over 2014"),
    ],
})

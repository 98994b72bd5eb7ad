"""Readable source of the sealed quantities test set ``test22.jsonl`` (annotated blind by sqy22).

Each document gives its text as verbatim paragraphs (page furniture removed, named in ``note``)
and its quantities in text order. A record names its span text; the builder
(``../check_quantities_test22.py``, through ``checklib.build_paragraph_docs``) finds it from the
end of the previous record (or after an ``after`` anchor) and fills the offsets and the
normalized fields. Keys: ``text``, ``value``, ``high`` (range upper bound), ``unit``, ``kind``,
``about``, ``approx``, ``counted`` (for ``unit: "count"``).
"""

from checklib import quantity_record as q  # one definition for every quantities source


def c(text, value, counted, about, approx=False, high=None, after=None):
    """Return a count record (unit count, kind count)."""
    return q(text, value, "count", "count", about, approx, high, counted=counted, after=after)


def person(text, value, about, approx=False, high=None):
    """Return a person count record."""
    return q(text, value, "person", "count", about, approx, high)


def p(text, value, about, approx=False, high=None):
    """Return a percent record."""
    return q(text, value, "percent", "percent", about, approx, high)


def frac(text, value, about, approx=False, high=None):
    """Return a fraction record (kind percent, normalized to percent)."""
    return q(text, value, "fraction", "percent", about, approx, high)


def ln(text, value, unit, about, approx=False, high=None):
    """Return a length record."""
    return q(text, value, unit, "length", about, approx, high)


def ar(text, value, unit, about, approx=False, high=None):
    """Return an area record."""
    return q(text, value, unit, "area", about, approx, high)


def vol(text, value, unit, about, approx=False, high=None):
    """Return a volume record."""
    return q(text, value, unit, "volume", about, approx, high)


def mass(text, value, unit, about, approx=False, high=None):
    """Return a mass record."""
    return q(text, value, unit, "mass", about, approx, high)


def dur(text, value, unit, about, approx=False, high=None):
    """Return a duration record."""
    return q(text, value, unit, "duration", about, approx, high)


def oth(text, value, unit, about, approx=False, high=None):
    """Return a record of kind other (energy, power, temperature, pressure, angle, age, multiplier)."""
    return q(text, value, unit, "other", about, approx, high)


def rate(text, value, unit, about, approx=False, high=None):
    """Return a rate record (speeds included)."""
    return q(text, value, unit, "rate", about, approx, high)


def usd(text, value, about, approx=False, high=None):
    """Return a money record in USD."""
    return q(text, value, "USD", "money", about, approx, high)


VOA_FURNITURE = ("Removed: 'Accessibility links', 'Breaking News', section labels, the headline "
                 "(moved to title) and photo captions, where the stored page has them.")
OUR_WORLD = ("VOA's weekly science magazine 'Our World' (transcript). The store keeps about "
             "2,000 characters: the page is cut and kept to its last complete paragraph. ")

DOCS = [
    {
        "id": "qt22-01",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2007-01-26-voa3/405590.html",
        "title": "Our World — 27 January 2007",
        "published": "2007-01-26",
        "truncated": True,
        "note": (OUR_WORLD + VOA_FURNITURE + " Date from the URL. 'E85' is a fuel name, not a "
                 "quantity. '15-year program' is a compound adjective (duration)."),
        "paragraphs": [
            "This transcript is provided as a service; there may be some variation between it "
            "and the program as broadcast.",
            "MUSIC: \"Our World\" theme",
            "Straight ahead on \"Our World,\" a global health challenge ... the promise of "
            "geothermal power ... and the latest in automotive technology ...",
            "LOWERY: \"We do have flex-fuel vehicles that run on E85 ethanol, and then obviously "
            "diesel is an important factor, fuel cells, pure electric. So it'll all play out in "
            "the marketplace, and my sense is on a global basis, they'll all play a role.\"",
            "High tech at the auto show, physics questions and answers on our Website of the "
            "Week, and more. I'm Art Chimes. Welcome to VOA's science and technology magazine, "
            "\"Our World.\"",
            "Researchers at MIT have completed an analysis of the potential of geothermal "
            "energy, and they say that heat from deep underground could meet much of the "
            "world's energy needs. The U.S. experts say geothermal energy is a largely untapped "
            "and inexhaustible, clean resource. As VOA's David McAlary reports, the researchers "
            "are calling for a 15-year program to develop geothermal energy into an "
            "economically competitive source of electricity for Americans.",
            "McALARY: Is the answer to our energy needs under our feet?",
            "Earth's molten interior heats up the rocks deep in the surface crust, which in "
            "turn heats underground water reservoirs. Steam from this process now creates "
            "10,000 megawatts of power around the world. Nearly one-third of that amount is "
            "generated in the United States, the world's biggest producer of geothermal energy.",
            "A panel of experts led by Massachusetts Institute of Technology chemical engineer "
            "Jefferson Tester says this is only a tiny fraction of the country's geothermal "
            "potential. He thinks America can do much better.",
        ],
        "quantities": [
            dur("15-year", 15, "year", "geothermal development program"),
            oth("10,000 megawatts", 10000, "megawatt", "geothermal power created around the world"),
            frac("Nearly one-third", 1 / 3, "share of geothermal power generated in the United "
                 "States", approx=True),
        ],
    },
    {
        "id": "qt22-02",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/archive/our-world-transcript-3-june-2006",
        "title": "Our World transcript, 3 June 2006",
        "published": "2006-06-03",
        "truncated": True,
        "note": (OUR_WORLD + "Title and date written from the URL. Double spaces after "
                 "sentences and after speaker labels are verbatim. 'tens of millions of years "
                 "ago' and 'more than 55 million years ago' anchor points in time and are not "
                 "annotated. 'about a centimeter to two per thousand years' is one range rate, "
                 "written in centimeters per year (0.001 to 0.002). '450 meter-deep' is a "
                 "compound adjective; the span is '450 meter'. Verbatim: 'pountry'."),
        "paragraphs": [
            "This transcript is provided as a service; there may be some variation between it "
            "and the program as broadcast.",
            "MUSIC: \"Our World\" theme",
            "Straight ahead on \"Our World\" ... so-so grades for U.S. schools on their science "
            "education report card ... World No Tobacco Day ... and bird migration and avian flu:",
            "LUBROTH: \"It's through pountry and poultry trade, not so much the wild birds.  They "
            "will introduce it, but we are responsible for spread.\"",
            "Those stories, a financial challenge to improving health care, the Earth from space "
            "on our Website of the Week, and more.  I'm Art Chimes.  Welcome to VOA's science "
            "and technology magazine, \"Our World.\"",
            "Scientists studying material drilled from underneath the Arctic Ocean say the "
            "layers of sediment show that - tens of millions of years ago - the region was "
            "nearly tropical.",
            "Researchers from the United States and Europe studied a 450 meter-deep column of "
            "material recovered by a fleet of three icebreakers. The sediment was laid down as "
            "far back as more than 55 million years ago.",
            "Kathryn Moran of the University of Rhode Island says the deeper the sediment, the "
            "further back in the past it represents.",
            "MORAN:  \"It turns out that sediments in the deep parts of the world's oceans get "
            "deposited at very slow rates - about a centimeter to two per thousand years. So that "
            "means a pile of sediment can represent a very long record, basically like a "
            "textbook going back in time, flipping the pages back in time.\"",
            "And Dutch researcher Appy Sluijs from Utrecht University says that within each "
            "layer, it's possible to determine the temperature at the time the sediment was "
            "deposited. For example, at one layer they began to observe evidence of "
            "microorganisms found only in warm water.",
        ],
        "quantities": [
            ln("450 meter", 450, "meter", "depth of the sediment column"),
            c("three icebreakers", 3, "icebreakers", "fleet that recovered the material"),
            rate("about a centimeter to two per thousand years", 0.001, "centimeter/year",
                 "deposition rate of deep-ocean sediment", approx=True, high=0.002),
        ],
    },
    {
        "id": "qt22-03",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/archive/our-world-transcript-june-25-26-2005",
        "title": "Our World transcript, June 25-26 2005",
        "published": "2005-06-25",
        "truncated": True,
        "note": (OUR_WORLD + "Title and date written from the URL. The last paragraph is cut "
                 "after its first sentence. 'Cosmos 1' is a name. '?' for a dash is verbatim. "
                 "'weeks and months, maybe years' has no number and is not annotated."),
        "paragraphs": [
            "This transcript is provided as a service; there may be some variation between it "
            "and the program as broadcast.",
            "MUSIC: Our World theme",
            "Straight ahead on \"Our World\" ... A new kind of spacecraft fails to go into orbit "
            "... teaching science in our schools ... and remembering a man who helped make the "
            "modern world ...",
            "FRED ALLEN:  \"He's really a towering figure. Few people have changed so much about "
            "our lives since really Thomas Edison and the Wright brothers.\"",
            "Jack Kilby and the invention of the microchip, a listener question answered, and "
            "more. ... I'm Art Chimes.  Welcome to VOA's science and technology magazine, "
            "\"Our World.\"",
            "Efforts to launch a satellite to test the concept of using photons to propel a "
            "spacecraft apparently failed this week.",
            "The small Cosmos 1 satellite was launched from a Russian submarine Tuesday, but all "
            "indications are that it failed to reach its intended orbit. There may have been a "
            "problem with the launch vehicle ? a modified old Soviet-era missile.",
            "The spacecraft was designed to reach an orbit some 800 kilometers above earth, then "
            "unfurl its flower-like sail, designed to catch photons streaming from the sun, much "
            "like a sailing ship catches the wind. It's an untested concept, but advocates of "
            "solar sails think it represents a promising technology that could power future "
            "trips to other planets, as explained on this video from the website of the "
            "Planetary Society, a co-sponsor of the mission.",
            "NYE: \"No one's ever built a spacecraft like this, and this is the future. Instead "
            "of using big, heavy chemical rockets that run out of fuel pretty quickly, you can "
            "put a sail in space and get photons to push it along for weeks and months, maybe "
            "years.\"",
            "That's Bill Nye, TV science personality and vice president of the Planetary Society.",
            "Organizers of the mission spent all of 4 million dollars on the project.",
        ],
        "quantities": [
            ln("some 800 kilometers", 800, "kilometer", "planned orbit of Cosmos 1 above earth",
               approx=True),
            usd("4 million dollars", 4e6, "spending on the solar-sail mission"),
        ],
    },
    {
        "id": "qt22-04",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2007-12-28-voa46-66812892/256002.html",
        "title": "Our World — 29 December 2007",
        "published": "2007-12-28",
        "truncated": True,
        "note": (OUR_WORLD + VOA_FURNITURE + " Date from the URL. 'one-quarter less ice' is a "
                 "fraction (25 percent)."),
        "paragraphs": [
            "MUSIC: \"Our World\" theme",
            "Straight ahead on this special edition of \"Our World,\" some of our favorite "
            "stories of 2007. Climate-change scientists are more sure than ever ... imagining "
            "the world without us ... and an emergency back-up plan for our agricultural "
            "heritage.",
            "FOWLER: \"These collections contain all the options for the future evolution and "
            "adaptation of agricultural crops on Earth.\"",
            "Those stories, honoring some of America's youngest scientists, and more. I'm Art "
            "Chimes. Welcome to VOA's science and technology magazine, \"Our World.\"",
            "The U.N.'s Intergovernmental Panel on Climate Change issued a series of reports "
            "this year highlighting the mounting evidence of global warming and its human causes.",
            "Among the evidence is the declining amount of ice left in the Arctic Ocean at the "
            "end of the summer melting season. This year, arctic ice was at an historic low "
            "point, with one-quarter less ice than was seen during the previous record year.",
            "When that arctic floating ice melts, it doesn't affect sea levels. Not so with ice "
            "on land, which flows into the sea when it melts. Which is why climate scientists "
            "are carefully monitoring developments on Greenland and Antarctica.",
            "Melting ice there, plus the effect of thermal expansion — warmer water takes up more "
            "space — could contribute to as much as a half-meter rise in sea level by the end of "
            "the century, according to the IPCC. Some experts think the IPCC may be "
            "underestimating the danger.",
            "In any event, rising sea levels could have catastrophic consequences for those "
            "living in many coastal areas around the world. As David McAlary reported earlier "
            "this year, scientists have come up with an estimate of the extent of the threat.",
            "McALARY: Census figures and satellite imagery tell a story of swelling populations "
            "along coastal regions that are expected to flood and experience more violent "
            "cyclones because of climate change.",
        ],
        "quantities": [
            frac("one-quarter", 0.25, "drop in arctic ice below the previous record year"),
            ln("as much as a half-meter", 0.5, "meter", "possible sea-level rise by the end of "
               "the century", approx=True),
        ],
    },
    {
        "id": "qt22-05",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/archive/our-world-transcript-4-february-2006",
        "title": "Our World transcript, 4 February 2006",
        "published": "2006-02-04",
        "truncated": True,
        "note": (OUR_WORLD + "Title and date written from the URL. Missing closing quotation "
                 "marks (REID, WAYLAND) and '?' for a dash are verbatim; a trailing space after "
                 "REID's quote was dropped. 'several minutes' = 3 minutes and 'a few steps' = 3 "
                 "(approximate). 'as far back as 1971' and 'by 2025' are dates."),
        "paragraphs": [
            "This transcript is provided as a service; there may be some variation between it "
            "and the program as broadcast.",
            "MUSIC: \"Our World\" theme",
            "Straight ahead on \"Our World\" ... Energy resources in President Bush's State of "
            "the Union speech ... the global challenge of birth defects ... and a U.N. "
            "prediction of our ecological future.",
            "REID: \"As long as we continue to treat ecosystem services as free and limitless, "
            "we will continue to use them in a way that does not make economic sense.",
            "Those stories, African-American history on our Website of the Week, and more.   "
            "I'm Art Chimes.  Welcome to VOA's science and technology magazine, \"Our World.\"",
            "In his annual State of the Union speech Tuesday, President George W. Bush spent "
            "several minutes talking about energy, environmental, science and technology issues.",
            "Mr. Bush called for America to wean itself from foreign oil ? often imported, he "
            "noted, from unstable parts of the world.",
            "It's an old refrain. The New York Times noted that as far back as 1971, presidents "
            "have called for energy self-sufficiency. This year, the stated goal is replacing 75 "
            "percent of oil imports from the Middle East by 2025.",
            "BUSH:  \"By applying the talent and technology of America, this country can "
            "dramatically improve our environment, move beyond a petroleum-based economy, and "
            "make our dependence on Middle Eastern oil a thing of the past.\"",
            "But critics such as Karen Wayland of the environmental group, the Natural Resources "
            "Defense Council, said setting a goal isn't enough.",
            "WAYLAND:  \"I think that the president has put out a few steps to getting there, "
            "but he hasn't laid out a comprehensive plan. What he really needs is a concrete oil "
            "savings target so that we can measure progress against those targets. We need "
            "incentives for getting more of those fuel-efficient vehicles out on the road. We "
            "need a government-led initiative to increase the fuel efficiency of our vehicles.",
        ],
        "quantities": [
            dur("several minutes", 3, "minute", "time Bush spent on energy and science issues",
                approx=True),
            p("75 percent", 75, "share of Middle East oil imports to be replaced by 2025"),
            c("a few steps", 3, "steps", "steps the president has put out", approx=True),
        ],
    },
    {
        "id": "qt22-06",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2006-05-11-voa71/329359.html",
        "title": "Our World Transcript — 13 May 2006",
        "published": "2006-05-11",
        "truncated": True,
        "note": OUR_WORLD + VOA_FURNITURE + " Date from the URL.",
        "paragraphs": [
            "This transcript is provided as a service; there may be some variation between it "
            "and the program as broadcast.",
            "MUSIC: \"Our World\" theme",
            "Straight ahead on \"Our World\" ... Facing the possibility of a flu pandemic ... "
            "high-tech weather balloons ... And great new ideas for the world's poor...",
            "GRANT: \"With this technology the cost of the house is 40 percent cheaper just to "
            "build, and then the cost of the energy to heat the home is 75 percent cheaper.\"",
            "Those stories, the challenge of teaching evolution, a Website of the Week for "
            "readers, and more. I'm Art Chimes. Welcome to VOA's science and technology "
            "magazine, \"Our World.\"",
            "There's new evidence that something out of today's headlines — climate change — may "
            "have been at work in the extinction of the woolly mammoth and other large mammals "
            "at the end of the last Ice Age. But as we hear from VOA's David McAlary, it is a "
            "controversial challenge to the traditional view that human hunters killed off the "
            "beasts.",
            "McALARY: Scientists have long debated whether the cause was climate change or "
            "hunting by the human newcomers from Asia.",
            "New scientific dating of 600 bones from that era from Alaska and Canada's Yukon "
            "Territory, including bones of humans, suggests that the warming climate was the "
            "culprit. University of Alaska scientist Dale Guthrie says it was a time when the "
            "landscape was changing from frigid grassland preferred by the large species to "
            "something less hospitable to them.",
            "GUTHRIE: \"What happened during this changeover time was that more moisture and "
            "warmer temperatures allowed trees and tundra to move in, a very unproductive "
            "landscape for large mammals but very dense greenery.\"",
            "McALARY: The study of the bones' ages, published in the journal \"Nature,\" shows "
            "that the woolly mammoth was already declining in number when humans arrived in "
            "North America from Siberia over the Bering Strait, which was still frozen at the "
            "time.",
        ],
        "quantities": [
            p("40 percent", 40, "saving on the cost to build the house"),
            p("75 percent", 75, "saving on the cost of energy to heat the home"),
            c("600 bones", 600, "bones", "bones newly dated from Alaska and the Yukon"),
        ],
    },
    {
        "id": "qt22-07",
        "source": "voa:voa.pangea-cms.com",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/white-houase-releases-plan-to-cut-greenhouse-emissions/2701370.html",
        "title": "White House Releases Plan to Cut Greenhouse Emissions",
        "published": None,
        "truncated": True,
        "note": ("VOA preview host. " + VOA_FURNITURE + " Also removed: the label 'update' and "
                 "the doubled photo caption. No story date on the page (the plan was published "
                 "in March 2015). The store cuts the last paragraph; kept to the one before. "
                 "'within the next decade' is a span of 10 years (duration); 'several policies' "
                 "= 3 (approximate); '2005 levels', '2025', '2050' are dates."),
        "paragraphs": [
            "The White House on Tuesday released President Barack Obama's proposal to cut U.S. "
            "greenhouse gas emissions by up to 28 percent below 2005 levels within the next "
            "decade as part of a global treaty to tackle climate change.",
            "The proposal includes several policies already in effect, such as higher fuel "
            "economy standards for cars and trucks, energy efficiency measures for buildings and "
            "appliances, and programs to eliminate the use of the polluting refrigerant HFC.",
            "In an Internet post, the White House pointed to upcoming rules to limit emissions "
            "from the oil industry and carbon pollution from power plants.",
            "The plan follows Obama's pledge last November in Beijing to reduce U.S. climate "
            "warming emissions by 26 to 28 percent below 2005 levels by 2025. It comes ahead of "
            "the U.N. climate change talks in Paris in December.",
            "\"Over the last eight years, the U.S. has cut carbon pollution more than any other "
            "country,\" said White House senior adviser Brian Deese, who described the proposal "
            "as both \"ambitious and achievable.\"",
            "\"In the U.S. we don't need to choose between economic growth and protecting our "
            "planet for future generations,\" he said.",
            "Deese said the overall target is to reduce emissions up to 80 percent by 2050.",
            "Jennifer Morgan, global director of the climate program at the World Resources "
            "Institute, said, \"The United States' proposal shows that it is ready to lead by "
            "example on the climate crisis.\"",
            "\"This is a serious and achievable commitment,\" she added. \" ...The United States' "
            "acknowledgment of the need for 'deep decarbonization' sends a positive signal.\"",
        ],
        "quantities": [
            p("up to 28 percent", 28, "proposed cut in U.S. greenhouse gas emissions",
              approx=True),
            dur("the next decade", 10, "year", "period for the emissions cut"),
            c("several policies", 3, "policies", "policies already in effect in the proposal",
              approx=True),
            p("26 to 28 percent", 26, "emissions cut pledged in Beijing by 2025", high=28),
            dur("the last eight years", 8, "year", "period in which the U.S. cut carbon "
                "pollution"),
            p("up to 80 percent", 80, "overall emissions reduction target by 2050", approx=True),
        ],
    },
    {
        "id": "qt22-08",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/nigerian-oil-output-down-fourty-percent-in-volatile-south/3332687.html",
        "title": "Nigerian Oil Output Down 40 Percent in Volatile South",
        "published": None,
        "truncated": False,
        "note": (VOA_FURNITURE + " No story date on the page (photo caption: April 1, 2016). "
                 "Verbatim: '2.2. million barrels per day' (extra period), read as 2.2 million. "
                 "'from 2.2. million ... to 1.4 million barrels per day' is a change, two "
                 "quantities. 'in the last decade' is read as a ten-year period (duration); "
                 "'2016 budget' and '2009' are dates."),
        "paragraphs": [
            "Nigeria's oil production has fallen by nearly 40 percent because of militant "
            "attacks in the country's south, according to Minister of State for Petroleum "
            "Resources Emmanuel Kachikwu.",
            "Kachikwu told the lower house of parliament Monday that the country's crude oil "
            "production had declined from 2.2. million barrels per day to 1.4 million barrels "
            "per day. He said the loss of 800,000 barrels per day is due to \"incessant attacks "
            "and disruption of production in the Niger Delta.\"",
            "Nigeria relies upon the production of crude oil for the bulk of its national income "
            "and the 2016 budget assumes production of 2.2 million barrels per day at $38 a "
            "barrel.",
            "Attacks on oil infrastructure are on the rise in Nigeria's south, where a group "
            "calling itself the Niger Delta Avengers has been vandalizing oil facilities. The "
            "group is calling for a greater share of oil profits for the region's residents and "
            "has vowed to damage Nigeria's economy.",
            "The Niger Delta also saw a wave of violence in the last decade when rebels attacked "
            "pipelines and kidnapped workers. That violence only subsided in 2009 when the "
            "government introduced an amnesty program that paid off militants.",
            "Kachikwu said the government would look at the previous amnesty to determine why "
            "militant attacks are again on the rise. He also said Nigeria must invest more money "
            "in its oil infrastructure, including repairing pipelines and burying them to proper "
            "levels.",
        ],
        "quantities": [
            p("nearly 40 percent", 40, "fall in Nigeria's oil production", approx=True),
            rate("2.2. million barrels per day", 2.2e6, "barrel/day",
                 "Nigerian crude oil production before the decline"),
            rate("1.4 million barrels per day", 1.4e6, "barrel/day",
                 "Nigerian crude oil production after the decline"),
            rate("800,000 barrels per day", 800000, "barrel/day",
                 "production lost to militant attacks"),
            rate("2.2 million barrels per day", 2.2e6, "barrel/day",
                 "production assumed in the 2016 budget"),
            rate("$38 a barrel", 38, "USD/barrel", "oil price assumed in the 2016 budget"),
            dur("the last decade", 10, "year", "period of an earlier wave of violence"),
        ],
    },
    {
        "id": "qt22-09",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/archive/our-world-transcript-20-nov-2004",
        "title": "Our World transcript, 20 November 2004",
        "published": "2004-11-20",
        "truncated": True,
        "note": (OUR_WORLD + "Title and date written from the URL. Production cues ':12' and "
                 "'(:08)' are time codes of the radio script, treated like clock times and not "
                 "annotated. Leading and trailing spaces of three lines were dropped; double "
                 "spaces inside lines and '?' for a dash are verbatim. 'second Bush "
                 "administration' is an ordinal, 'A to Z' letters."),
        "paragraphs": [
            "This Our World text is provided as a convenience to users. We regret we are no "
            "longer able to provide a properly-formatted text for the show.",
            "MUSIC (Minidisc): Establish :12 and under",
            "Straight ahead on \"Our World\" ? a new jet speed record ... thinking positively to "
            "live longer ... and an evolutionary look at running...",
            "DALET: TEASE  (Lieberman) (:08)",
            "\"Humans have these huge Achilles tendons and various other tendons in our legs.  "
            "They have no role whatsoever in walking.  But they are crucial when you run.\"",
            "Those stories, plus MoMA! on our Website of the Week.  I'm Art Chimes.  Welcome to "
            "VOA's science and technology magazine, \"Our World.\"",
            "MUSIC: Up to button",
            "Some of the country's leading policy analysts and academicians have been speaking "
            "out in a new book about the urgent energy and environmental issues facing the "
            "second Bush administration and Congress. VOA's Rosanne Skirble reports.",
            "Resources for the Future is the independent research group behind the book, New "
            "Approaches on Energy and the Environment: Policy Advice for the President.  Each of "
            "the 25 essays in the book was written before the 2004 election.",
            "Co-editor and Resources for the Future President Paul Portney says the purpose was "
            "to present policy options rather than ideology.",
            "He says the essays might be thought of as short memos to the President of the "
            "United States.",
            "Literally ranging from A to Z with A being antibiotic resistance and air pollution "
            "and Z being zoning the oceans.  So it is a fairly comprehensive list of "
            "recommendations across a wide variety of areas.",
            "TEXT:  Other issues tackled in the book include expanding the role for renewable "
            "energy, imposing a carbon tax on fuels to reduce the budget deficit, and a "
            "pay-as-you-go car insurance that would encourage motorists to drive less.",
        ],
        "quantities": [
            c("25 essays", 25, "essays", "essays in the Resources for the Future book"),
        ],
    },
    {
        "id": "qt22-10",
        "source": "voa:www.voanews.com",
        "url": "https://www.voanews.com/a/a-13-2006-12-29-voa16/321717.html",
        "title": "Our World — 30 December 2006",
        "published": "2006-12-29",
        "truncated": True,
        "note": (OUR_WORLD + VOA_FURNITURE + " Date from the URL. 'ninth planet' and '10th "
                 "planet' are ordinals."),
        "paragraphs": [
            "This transcript is provided as a service; there may be some variation between it "
            "and the program as broadcast.",
            "MUSIC: \"Our World\" theme",
            "Straight ahead on this special edition of \"Our World,\" a look back at 2006 ... "
            "Pluto takes a fall ... 25 years of AIDS ... and challenges in international "
            "broadcasting ...",
            "ELLIOTT: \"A shortwave radio can always pull in signals from far away places, "
            "whereas [with] international television you have to have a cooperating satellite "
            "system or a cable system that's carrying the channel.\"",
            "VOA's Kim Elliott, plus TV science guy Mr. Wizard, and more. I'm Art Chimes. "
            "Welcome to VOA's science and technology magazine, \"Our World.\"",
            "It's been an interesting year for space exploration. Unmanned craft visiting Mars "
            "continued to send back amazingly detailed pictures of the Red Planet. The U.S. "
            "announced long-range plans for a permanent base on the Moon. But maybe the biggest "
            "space story of the year was the un-discovery of our ninth planet.",
            "In August, the International Astronomical Union, the IAU, stripped Pluto of its "
            "status as it agreed on a new definition of a planet.",
            "The IAU vote overturned a committee recommendation that would have left Pluto as a "
            "planet. MIT Prof. Richard Binzel, a member of the committee, said expanding "
            "knowledge of the far reaches of the solar system made the existing roster of "
            "planets inconsistent.",
            "BINZEL: \"A new definition was necessary because astronomers are discovering many, "
            "many Pluto-like objects out in the outer Solar System, and we simply needed to know "
            "what to call them.\"",
            "Binzel's committee recommended embracing these Pluto-like objects, sometimes called "
            "Plutons, as full-fledged planets. That would have included the asteroid Ceres, "
            "Pluto's own moon, Charon, and a recently-discovered object that was informally "
            "known as Xena, and is now officially called Eris which was hailed at the time as a "
            "10th planet.",
        ],
        "quantities": [
            dur("25 years", 25, "year", "years of AIDS"),
        ],
    },
    {
        "id": "qt22-11",
        "source": "usgov:www.usbr.gov",
        "url": "https://www.usbr.gov/newsroom/newsrelease/detail.cfm?RecordID=45666",
        "title": "Reclamation Reduces Flows on the American River in Preparation for Dry "
                 "Conditions in Water Year 2014",
        "published": "2014-01-06",
        "truncated": True,
        "note": ("Bureau of Reclamation (Interior) news release. Removed: 'News Release Archive', "
                 "the headline (moved to title), the media contact line and 'For Release: "
                 "January 06, 2014'. The store cuts the last sentence ('Reclamation ...'); kept "
                 "to the sentence before. 'from 1,100 cubic feet per second to 800 cfs, then "
                 "gradually to 500 cfs' is a change: three quantities. 'Water Year 2014' and "
                 "'WY 2014' are names; 'one of the steps' is a pronoun."),
        "paragraphs": [
            "SACRAMENTO, Calif. – The Bureau of Reclamation announces reduced releases from "
            "Nimbus Dam to the lower American River. Beginning January 7, Reclamation will "
            "reduce flows in the lower American River from 1,100 cubic feet per second to 800 "
            "cfs, then gradually to 500 cfs by January 10. With the extended dry runoff "
            "conditions, flow reductions are needed to protect steelhead that will be spawning "
            "in the river in January and February. Flows need to be lowered now to a rate that "
            "can be sustained into spring with the limited storage available behind Folsom Dam. "
            "Folsom Reservoir storage is currently at 178,000 acre-feet, which is 42 percent of "
            "the historical 15-year average.",
            "The decision to reduce releases was made following a meeting on January 3 of the "
            "American River Group, which consists of representatives from multiple fishery "
            "agencies and Reclamation (meetings are open to local environmental interests and "
            "water agencies). At the meeting, the group reviewed Reclamation’s proposal to "
            "reduce flows, provided input, and concurred with the plan as one of the steps "
            "needed to manage the American River basin’s increasingly limited water supplies.",
            "Reclamation manages Folsom Reservoir to meet demands that include municipal, "
            "industrial and agricultural water supply; water for fisheries and wildlife; Delta "
            "water quality; and recreational uses. Reclamation has been working with watershed "
            "interests for the past five months to devise strategies in the event that dry "
            "conditions continue through WY 2014. The plan to reduce flows is part of a larger "
            "effort to manage the region’s water supplies during the continuing dry conditions. "
            "Other actions being considered include working with water purveyors to enact water "
            "conservation measures and looking to other sources of water.",
        ],
        "quantities": [
            rate("1,100 cubic feet per second", 1100, "cubic_foot/second",
                 "lower American River flow before the reduction"),
            rate("800 cfs", 800, "cubic_foot/second", "first reduced flow"),
            rate("500 cfs", 500, "cubic_foot/second", "flow by January 10"),
            vol("178,000 acre-feet", 178000, "acre_foot", "Folsom Reservoir storage"),
            p("42 percent", 42, "storage as share of the historical average"),
            dur("15-year", 15, "year", "period of the historical average"),
            dur("the past five months", 5, "month", "work with watershed interests"),
        ],
    },
    {
        "id": "qt22-12",
        "source": "usgov:www.usace.army.mil",
        "url": "https://www.usace.army.mil/Media/News/NewsSearch/?Page=2529",
        "title": "U.S. Army Corps of Engineers news search, page 2529",
        "published": None,
        "truncated": True,
        "note": ("Army Corps of Engineers news listing (headlines with teasers, early 2015); "
                 "title written from the URL; list bullets removed. The listing repeats the "
                 "Arkabutla item verbatim (kept). Kept to the end of the Alaska District item; "
                 "the last item ('15-011 Rainstorms ...') is cut by the store and dropped. 'Last "
                 "2 Ebola treatment units' and 'the final two of 10 Ebola treatment units' are "
                 "counts whose noun follows modifiers (spans stop at the number). '101st' is an "
                 "ordinal; dates, clock times and the street address are not annotated."),
        "paragraphs": [
            "Fort Pierce shore protection operations start Monday",
            "The U.S. Army Corps of Engineers, Jacksonville District announced today that "
            "dredging operations related to the Fort Pierce Shore Protection Project will start "
            "Monday, Feb. 16. The project will place more than 300,000 cubic yards of sand on "
            "1.3 miles of eroded beach in St. Lucie County.",
            "Last 2 Ebola treatment units completed",
            "U.S. and international agencies carrying out Operation United Assistance have "
            "wrapped up work on the final two of 10 Ebola treatment units in Liberia, a top "
            "engineer with the 101st Airborne Division (Air Assault) said Jan. 23. Europe "
            "District’s Forward Engineer Support Team-Advanced played a part by providing "
            "technical expertise.",
            "Arkabutla Lake Hosting Public Meeting on Project Master Plan",
            "VICKSBURG, Miss… The U.S. Army Corps of Engineers Vicksburg District’s at "
            "Arkabutla Lake has scheduled a public meeting regarding the update of the Project "
            "Master Plan. The meeting will be held March 4, 2015, 5:00-7:00 p.m. at the "
            "Arkabutla Lake Field office, 5500 Arkabutla Dam Road, Hernando, Mississippi 38632.",
            "Arkabutla Lake Hosting Public Meeting on Project Master Plan",
            "VICKSBURG, Miss… The U.S. Army Corps of Engineers Vicksburg District’s at "
            "Arkabutla Lake has scheduled a public meeting regarding the update of the Project "
            "Master Plan. The meeting will be held March 4, 2015, 5:00-7:00 p.m. at the "
            "Arkabutla Lake Field office, 5500 Arkabutla Dam Road, Hernando, Mississippi 38632.",
            "Corps announces new chief of Regulatory Division",
            "The U.S. Army Corps of Engineers – Alaska District selected David Hobbie as the new "
            "chief of its Regulatory Division effective Jan.11.",
        ],
        "quantities": [
            vol("more than 300,000 cubic yards", 300000, "cubic_yard",
                "sand to be placed at Fort Pierce", approx=True),
            ln("1.3 miles", 1.3, "mile", "eroded beach to be covered"),
            c("2", 2, "treatment units", "last Ebola treatment units completed"),
            c("two", 2, "treatment units", "final Ebola treatment units wrapped up"),
            c("10", 10, "treatment units", "Ebola treatment units in Liberia"),
        ],
    },
    {
        "id": "qt22-13",
        "source": "usgov:2009-2017.state.gov",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2011/12/179119.htm",
        "title": "To Walk the Earth in Safety: Tenth Annual Report Showcases U.S. Global "
                 "Leadership in Landmine Clearance and Conventional Weapons Destruction",
        "published": "2011-12-19",
        "truncated": True,
        "note": ("State Department media note (Office of the Spokesperson), archive host. "
                 "Removed: headline (moved to title), 'Media Note', 'Office of the Spokesperson', "
                 "'Washington, DC' and the date line. The last paragraph is cut by the store and "
                 "dropped. 'Tenth Edition' is an ordinal; '59-page' is a compound adjective "
                 "(count of pages). '1.4 million small arms and light weapons' and 'more than "
                 "32,000 excess ... (MANPADS)': spans stop at the number. 'several governments' "
                 "= 3 (approximate). New unit id: square_meter (area)."),
        "paragraphs": [
            "The State Department’s Bureau of Political-Military Affairs has released the Tenth "
            "Edition of To Walk the Earth in Safety. The report summarizes the actions and "
            "accomplishments of the U.S. Conventional Weapons Destruction Program, including the "
            "U.S. Humanitarian Mine Action Program, the world’s largest such operation to help "
            "countries safely dispose of landmines and excess arms and munitions.",
            "Among the 59-page illustrated report’s highlights is the success story in Central "
            "America where U.S. contributions helped the region become “mine-impact free,” the "
            "first geographical zone to reach this distinction. The report also highlights "
            "continued progress in Afghanistan, where U.S.-pioneered community-based demining "
            "initiatives have helped to clear over 80,000 square meters of land in Helmand "
            "Province and to destroy over 700 metric tons of explosive material often used to "
            "make improvised explosive devices (IEDs). This is a trend the United States hopes "
            "will continue and be adopted by other countries.",
            "Working in close cooperation with the Department of Defense, U.S. Agency for "
            "International Development’s Leahy War Victims Fund, and the Centers for Disease "
            "Control and Prevention, the Department of State has helped destroy over 1.4 million "
            "small arms and light weapons and 80,000 tons of munitions around the world since "
            "2001. In addition, this interagency partnership has collaborated with several "
            "governments and international organizations since 2003 to destroy more than 32,000 "
            "excess or poorly secured man-portable air-defense systems (MANPADS), shoulder-fired "
            "anti-aircraft missiles that pose a serious potential threat to global aviation in "
            "the hands of terrorists or insurgents.",
        ],
        "quantities": [
            c("59-page", 59, "pages", "length of the illustrated report"),
            ar("over 80,000 square meters", 80000, "square_meter",
               "land cleared in Helmand Province", approx=True),
            mass("over 700 metric tons", 700, "metric_ton",
                 "explosive material destroyed in Afghanistan", approx=True),
            c("over 1.4 million", 1.4e6, "small arms and light weapons",
              "small arms and light weapons destroyed", approx=True),
            mass("80,000 tons", 80000, "metric_ton", "munitions destroyed since 2001"),
            c("several governments", 3, "governments", "governments in the partnership",
              approx=True),
            c("more than 32,000", 32000, "MANPADS", "man-portable air-defense systems destroyed",
              approx=True),
        ],
    },
    {
        "id": "qt22-14",
        "source": "usgov:2009-2017.state.gov",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2014/12/234775.htm",
        "title": "To Walk the Earth in Safety: U.S. Global Leadership in Landmine Clearance and "
                 "Conventional Weapons Destruction",
        "published": "2014-12-08",
        "truncated": True,
        "note": ("State Department fact sheet (Office of the Spokesperson), archive host. "
                 "Removed: headline (moved to title), 'Fact Sheet', 'Office of the "
                 "Spokesperson', 'Washington, DC', the date line and list bullets. The last item "
                 "is cut by the store and dropped. 'approximately 9,100 landmine casualties per "
                 "year' is one rate (person/year). '3,308' casualties are persons; 'nearly "
                 "one-quarter fewer' is a fraction. 'over 1.6 million small arms': span stops at "
                 "the number. Years are not annotated."),
        "paragraphs": [
            "For more than 20 years, the United States has been the world’s single largest "
            "financial supporter of efforts to address humanitarian hazards from landmines and "
            "unexploded ordnance in post-conflict countries, as well as to reduce the "
            "availability of excess, loosely-secured, or otherwise at-risk weapons and ordnance. "
            "Today’s release of To Walk the Earth in Safety, the Department of State’s report "
            "summarizing the accomplishments of the U.S. Conventional Weapons Destruction "
            "Program, documents our enduring commitment to making post-conflict communities "
            "safer and setting the stage for their recovery and development.",
            "Since 1993, the United States has invested more than $2.3 billion for the safe "
            "disposal of small arms, light weapons, and munitions, as well as for removal of "
            "landmines and explosive remnants of war in more than 90 countries, making it the "
            "world’s single largest financial supporter of conventional weapons destruction.",
            "Around the world, Conventional Weapons Destruction is saving lives: In 1999, experts "
            "estimated there were approximately 9,100 landmine casualties per year. According to "
            "the Landmine Monitor, new reported casualties from landmines and explosive remnants "
            "of war dropped to 3,308 in 2013, nearly one-quarter fewer than 2012, and the lowest "
            "since the group started recording casualties in 1999.",
            "Working in close cooperation with the Department of Defense and the U.S. Agency for "
            "International Development’s Leahy War Victims Fund, the Department of State has "
            "helped 15 countries to become mine-impact free and to destroy over 1.6 million "
            "small arms and light weapons and over 90,000 tons of munitions in 38 countries "
            "since 2001.",
        ],
        "quantities": [
            dur("more than 20 years", 20, "year", "period of U.S. leading financial support",
                approx=True),
            usd("more than $2.3 billion", 2.3e9, "U.S. investment in weapons destruction since "
                "1993", approx=True),
            c("more than 90 countries", 90, "countries", "countries receiving U.S. support",
              approx=True),
            rate("approximately 9,100 landmine casualties per year", 9100, "person/year",
                 "estimated landmine casualties in 1999", approx=True),
            person("3,308", 3308, "new reported casualties in 2013"),
            frac("nearly one-quarter", 0.25, "drop in casualties from 2012", approx=True),
            c("15 countries", 15, "countries", "countries helped to become mine-impact free"),
            c("over 1.6 million", 1.6e6, "small arms and light weapons",
              "small arms and light weapons destroyed", approx=True),
            mass("over 90,000 tons", 90000, "metric_ton", "munitions destroyed since 2001",
                 approx=True),
            c("38 countries", 38, "countries", "countries where munitions were destroyed"),
        ],
    },
    {
        "id": "qt22-15",
        "source": "usgov:www.fema.gov",
        "url": "https://webarchive.library.unt.edu/eot2008/20090118173521/https:/www.fema.gov/news/newsrelease.fema?id=14181",
        "title": "Fema/State Hurricane Response Daily Summary September 23, 2004: Debris Removal "
                 "A Cooperative Effort",
        "published": "2004-09-23",
        "truncated": True,
        "note": ("FEMA news release, as kept by the UNT End of Term web archive (2008). Removed: "
                 "headline and subheading (moved to title), 'Release Date', 'Release Number' and "
                 "three '» More Information' links. The last paragraph is cut by the store and "
                 "dropped. 'will take months' = 2 months (vague plural, approximate); 'the "
                 "estimated 26 million cubic yards' is approximate. Registrants, applicants and "
                 "renters are persons; homes and families are counts. The toll-free number is "
                 "not annotated."),
        "paragraphs": [
            "ORLANDO, Fla. -- Florida faces an enormous challenge in clearing and disposing of "
            "the mountain of debris created by the successive hits of three powerful hurricanes.",
            "The task, a joint effort by the Federal Emergency Management Agency (FEMA), the "
            "state, local governments and private property owners, will take months although "
            "the work is well under way.",
            "More than half of the estimated 26 million cubic yards left by Hurricanes Charley "
            "and Frances, 15.3 million cubic yards, have been cleared to date. No final estimate "
            "is available of debris from Hurricane Ivan, but assessments are 81 percent complete "
            "in its declared counties.",
            "FEMA will pay 75 percent of the eligible debris removal cost in the form of a grant "
            "to the eligible applicant, but disaster assistance cannot be used to remove debris "
            "from private property. Private property owners can get their debris removed if they "
            "place it on the right of way of a public road. Local volunteers generally are "
            "available to assist the elderly and others who are physically unable to do this.",
            "Financial assistance to the victims of Hurricanes Charley, Frances and Ivan now is "
            "$298.7 million to those among 532,027 applicants. Registration on the "
            "1-800-621-FEMA (3362) toll-free number continues to be robust. On Wednesday, 1,514 "
            "registered for Charley, 8,914 for Frances and 6,343 for Ivan.",
            "Assistance for housing repair totals $162.4 million, including $60 million to "
            "47,475 renters. FEMA has inspected 229,777 damaged homes and placed 723 families "
            "displaced by Hurricane Charley in manufactured homes. Another 442 manufactured "
            "homes are ready to be leased.",
        ],
        "quantities": [
            c("three", 3, "hurricanes", "hurricanes that hit Florida"),
            dur("months", 2, "month", "time the debris task will take", approx=True),
            frac("More than half", 0.5, "share of Charley and Frances debris cleared",
                 approx=True),
            vol("estimated 26 million cubic yards", 2.6e7, "cubic_yard",
                "debris left by Hurricanes Charley and Frances", approx=True),
            vol("15.3 million cubic yards", 1.53e7, "cubic_yard", "debris cleared to date"),
            p("81 percent", 81, "share of Ivan damage assessments complete"),
            p("75 percent", 75, "FEMA share of eligible debris removal cost"),
            usd("$298.7 million", 2.987e8, "financial assistance to hurricane victims"),
            person("532,027 applicants", 532027, "applicants for assistance"),
            person("1,514", 1514, "registrations for Charley on Wednesday"),
            person("8,914", 8914, "registrations for Frances on Wednesday"),
            person("6,343", 6343, "registrations for Ivan on Wednesday"),
            usd("$162.4 million", 1.624e8, "assistance for housing repair"),
            usd("$60 million", 6e7, "assistance to renters"),
            person("47,475 renters", 47475, "renters receiving assistance"),
            c("229,777", 229777, "homes", "damaged homes inspected by FEMA"),
            c("723 families", 723, "families", "families placed in manufactured homes"),
            c("442", 442, "homes", "manufactured homes ready to be leased"),
        ],
    },
    {
        "id": "qt22-16",
        "source": "usgov:www.nhc.noaa.gov",
        "url": "https://flhurricane.com./cyclone/wxstatement.php?id=904606",
        "title": "Hurricane Maria Advisory Number 40",
        "published": "2017-09-26",
        "truncated": True,
        "note": ("National Hurricane Center (NOAA/NWS) public advisory, as mirrored verbatim by "
                 "flhurricane.com (the text is the NWS bulletin; the host is not a government "
                 "site). Removed: the mirror's page furniture (radar link, 'The Atlantic is "
                 "quiet', landfall counters, 'Show Selection', the '#904606 (Received by ...)' "
                 "line) and the dashed underlines. The bulletin's own line breaks are kept (one "
                 "line a line, not joined). Cut by the store inside the discussion; kept to the "
                 "'DISCUSSION AND 48-HOUR OUTLOOK' heading. Issued 1100 PM EDT 25 Sep = 0300 UTC "
                 "26 Sep (published is the UTC date). '32.3N 73.1W' (coordinates), 'AL152017' "
                 "and 'Number 40' are not quantities. '360 DEGREES' is a bearing (unit degree, "
                 "kind other); '969 MB' is millibar and '28.62 INCHES' inches of mercury "
                 "(unit inch_of_mercury, kind other)."),
        "paragraphs": [
            "TCPAT5",
            "BULLETIN",
            "Hurricane Maria Advisory Number 40",
            "NWS National Hurricane Center Miami FL AL152017",
            "1100 PM EDT Mon Sep 25 2017",
            "...LARGE HURRICANE MARIA CONTINUES MOVING SLOWLY NORTHWARD OFF THE",
            "SOUTHEAST UNITED STATES COAST...",
            "SUMMARY OF 1100 PM EDT...0300 UTC...INFORMATION",
            "LOCATION...32.3N 73.1W",
            "ABOUT 245 MI...390 KM SE OF CAPE HATTERAS NORTH CAROLINA",
            "MAXIMUM SUSTAINED WINDS...80 MPH...130 KM/H",
            "PRESENT MOVEMENT...N OR 360 DEGREES AT 7 MPH...11 KM/H",
            "MINIMUM CENTRAL PRESSURE...969 MB...28.62 INCHES",
            "WATCHES AND WARNINGS",
            "CHANGES WITH THIS ADVISORY:",
            "None.",
            "SUMMARY OF WATCHES AND WARNINGS IN EFFECT:",
            "A Tropical Storm Warning is in effect for...",
            "* Bogue Inlet to the North Carolina/Virginia border",
            "* Albemarle and Pamlico Sounds",
            "A Storm Surge Watch is in effect for...",
            "* Cape Lookout to Duck",
            "A Tropical Storm Warning means that tropical storm conditions are",
            "expected somewhere within the warning area.",
            "A Storm Surge Watch means there is a possibility of life-",
            "threatening inundation, from rising water moving inland from the",
            "coastline, in the indicated locations during the next 48 hours.",
            "For a depiction of areas at risk, please see the National Weather",
            "Service Storm Surge Watch/Warning Graphic, available at",
            "hurricanes.gov.",
            "For storm information specific to your area, including possible",
            "inland watches and warnings, please monitor products issued by your",
            "local National Weather Service forecast office.",
            "DISCUSSION AND 48-HOUR OUTLOOK",
        ],
        "quantities": [
            ln("ABOUT 245 MI", 245, "mile", "distance of Maria from Cape Hatteras", approx=True),
            ln("390 KM", 390, "kilometer", "distance of Maria from Cape Hatteras"),
            rate("80 MPH", 80, "mile/hour", "maximum sustained winds of Maria"),
            rate("130 KM/H", 130, "kilometer/hour", "maximum sustained winds of Maria"),
            oth("360 DEGREES", 360, "degree", "heading of Maria's movement"),
            rate("7 MPH", 7, "mile/hour", "forward speed of Maria"),
            rate("11 KM/H", 11, "kilometer/hour", "forward speed of Maria"),
            oth("969 MB", 969, "millibar", "minimum central pressure of Maria"),
            oth("28.62 INCHES", 28.62, "inch_of_mercury", "minimum central pressure of Maria"),
            dur("the next 48 hours", 48, "hour", "period of possible storm-surge inundation"),
            dur("48-HOUR", 48, "hour", "period of the outlook"),
        ],
    },
    {
        "id": "qt22-17",
        "source": "usgov:www.nhc.noaa.gov",
        "url": "https://flhurricane.com./cyclone/wxstatement.php?id=699247",
        "title": "Hurricane Arthur Discussion Number 11",
        "published": "2014-07-03",
        "truncated": True,
        "note": ("National Hurricane Center (NOAA/NWS) forecast discussion, as mirrored verbatim "
                 "by flhurricane.com (NWS text; the host is not a government site). The store "
                 "holds the bulletin as one line; removed the mirror's 'Show Selection' and "
                 "'#699247 (Received by flhurricane at: ...)' prefix. Cut by the store inside "
                 "the last sentence; kept to the sentence before. '700 mb' names the flight "
                 "level as a pressure (unit millibar, kind other). 'category two' is a scale "
                 "category (not annotated); 'in 48 hours' and 'After 24 hours' anchor points in "
                 "time and are not annotated; 'the last hour or two' is a range of durations. "
                 "Knots ('kt') are unit knot (speed)."),
        "paragraphs": [
            "TCDAT1 HURRICANE ARTHUR DISCUSSION NUMBER 11 NWS NATIONAL HURRICANE CENTER MIAMI FL "
            "AL012014 1100 AM EDT THU JUL 03 2014 Data from Air Force Reserve and NOAA Hurricane "
            "Hunter aircraft show that Arthur continues to strengthen this morning. The Air Force "
            "plane has reported peak 700 mb flight-level winds of 83 kt. The NOAA aircraft "
            "reported 91 kt from 8,000 ft, and both aircraft have measured surface winds of "
            "around 80 kt from the SFMR. Based on these data, the initial intensity is increased "
            "to 80 kt. Arthur is forecast to remain in low shear and move over warm water during "
            "the next 24 hours. This should allow for some additional intensification. The "
            "updated NHC intensity forecast now calls for Arthur to reach category two strength "
            "prior to its landfall or closest approach to the coast, in agreement with tightly "
            "clustered intensity guidance. After that time, Arthur will be moving over cooler "
            "waters north of the Gulf Stream, and the shear is forecast to increase as Arthur "
            "interacts with a deep-layer trough that will be moving off the east coast of the "
            "United States. Arthur is forecast to become a strong extratropical cyclone in 48 "
            "hours and should steadily weaken after that. Aircraft and radar data indicate that "
            "Arthur is moving a little faster and appears to have turned north-northeastward, "
            "although the motion over the last hour or two was northward. The hurricane should "
            "turn northeastward later today and accelerate ahead of the deep-layer trough nearing "
            "the U.S. east coast. The models are in good agreement in showing the center of "
            "Arthur grazing the North Carolina coast during the next 24 hours, however only a "
            "slight westward shift in the track would bring the strongest winds inland over "
            "eastern North Carolina. After 24 hours, the spread in the models increases some "
            "with the GFS and HWRF faster and along the western side of the guidance. The ECMWF "
            "is a bit slower and to the right.",
        ],
        "quantities": [
            oth("700 mb", 700, "millibar", "flight level of the Air Force winds"),
            rate("83 kt", 83, "knot", "peak flight-level winds"),
            rate("91 kt", 91, "knot", "winds reported by the NOAA aircraft"),
            ln("8,000 ft", 8000, "foot", "altitude of the NOAA aircraft reading"),
            rate("around 80 kt", 80, "knot", "measured surface winds", approx=True),
            rate("80 kt", 80, "knot", "initial intensity of Arthur"),
            dur("the next 24 hours", 24, "hour", "period over warm water"),
            dur("the last hour or two", 1, "hour", "period of northward motion",
                approx=True, high=2),
            dur("the next 24 hours", 24, "hour", "period of Arthur grazing the coast"),
        ],
    },
    {
        "id": "qt22-18",
        "source": "usgov:www.nrojr.gov",
        "url": "http://www.nrojr.gov/solarTO.html",
        "title": "Our Solar System",
        "published": None,
        "truncated": True,
        "note": ("National Reconnaissance Office (Department of Defense) pages for young readers "
                 "('NRO Jr.'). No date. Kept to the end of the Mercury text; the store cuts the "
                 "next picture note, which is dropped. 'Age of sun: 4.5 billion years' is an age "
                 "(unit year, kind other, not normalized). '109 Earths' and '1.3 million Earths' "
                 "are counts. 'Mariner 10' is a name; '1974' a date. Verbatim: 'Mercury‘s' "
                 "(opening quotation mark as apostrophe)."),
        "paragraphs": [
            "Our Solar System",
            "The Sun: Age of sun: 4.5 billion years, Diameter of sun: 1,112,000 miles, Surface "
            "Temperature of Sun: 10,832 degrees F",
            "The Sun is the largest feature in our solar system. It would take 109 Earths to fit "
            "around the Sun and 1.3 million Earths to fill the Sun. The surface of the Sun is "
            "about 11,000 degrees F while the center of the Sun is 27,000,000 degrees F. The "
            "pressure is so intense at the core that nuclear reactions take place. This reaction "
            "creates light and energy that lights and warms our planet. Sunspots (dark spots) "
            "that appear on the surface of the Sun are cool (7,000 degrees F) in comparison to "
            "the surrounding temperatures. Sunspots are known to cause electronic static storms "
            "that sometimes interrupt reception to our TVs and radios.",
            "(The picture on the opposite side of the page is of the Earth facing towards the "
            "bright Sun)",
            "Distance from Sun: 36 million miles, Time to orbit the Sun: 88 days, Diameter of "
            "Mercury: 3,031 miles, Surface Temperature of Mercury: side towards sun - 872 "
            "degrees F",
            "Mercury is the fastest planet in our solar system and is named for the Greek god "
            "Mercury, who was famous for his running speed. Mercury completes its solar orbit in "
            "approximately 88 days. Mercury‘s day surface is the closest to the sun so it is the "
            "hottest planet in our solar system. Its night surface is bitter cold. The USA sent a "
            "space probe, named Mariner 10, to fly past Mercury in 1974. During its fly-by, the "
            "probe measured the surface temperatures and took detailed pictures of the planet’s "
            "surface.",
            "Mercury is a small heavily-cratered planet baked on one side from the sun, and "
            "frozen on the other side. Mercury is caught in a synchronous orbit, so that one side "
            "always faces the sun and the other side always faces away in perpetual darkness. "
            "Because of the small size of Mercury and its close proximity to the sun, it retains "
            "little or no atmosphere. With extremes of heat and cold, Mercury has a very "
            "uncomfortable climate.",
        ],
        "quantities": [
            oth("4.5 billion years", 4.5e9, "year", "age of the Sun"),
            ln("1,112,000 miles", 1112000, "mile", "diameter of the Sun"),
            oth("10,832 degrees F", 10832, "fahrenheit", "surface temperature of the Sun"),
            c("109 Earths", 109, "Earths", "Earths to fit around the Sun"),
            c("1.3 million Earths", 1.3e6, "Earths", "Earths to fill the Sun"),
            oth("about 11,000 degrees F", 11000, "fahrenheit", "surface temperature of the Sun",
                approx=True),
            oth("27,000,000 degrees F", 2.7e7, "fahrenheit", "temperature at the center of the "
                "Sun"),
            oth("7,000 degrees F", 7000, "fahrenheit", "temperature of sunspots"),
            ln("36 million miles", 3.6e7, "mile", "distance of Mercury from the Sun"),
            dur("88 days", 88, "day", "time for Mercury to orbit the Sun"),
            ln("3,031 miles", 3031, "mile", "diameter of Mercury"),
            oth("872 degrees F", 872, "fahrenheit", "surface temperature of Mercury's sunward "
                "side"),
            dur("approximately 88 days", 88, "day", "Mercury's solar orbit", approx=True),
        ],
    },
    {
        "id": "qt22-19",
        "source": "usgov:www.fs.usda.gov",
        "url": "http://us.cisionone.cision.com/c/eJwsy81ygyAUxfGngR2Ogl5gwSKbvEYG74cyVZOCTV6_Y6fb3zl_Sjbg2IPmNHhnbQ8AQa9p9kIkmTLO6B1ZQOt9kClSRh6IdEngnUDv5inIII_BScwB_DCyGvtWiL_Kt9lz2bg2A1MUiYAwmtciKN016C2t5_lqyt2UvSt7_3w-nbTup1Huludb2fuej7yUYzFbPuh6lI2kVDZYSytN70wlm8ob58amUPqDxz8od3PgwemacK2lqbE_l3zQ2uFz1-2szPsVxYiRIloT2aEZgWcTaPaGBpz85IgcR_1O9jcAAP__8yFfPg",
        "title": "Confronting the Wildfire Crisis",
        "published": None,
        "truncated": True,
        "note": ("USDA Forest Service page, stored under a press-release tracking link "
                 "(us.cisionone.cision.com) that leads to it; the page itself carries 'An official "
                 "website of the United States government'. Removed: 'Skip to main content', "
                 "'U.S. flag', the official-website line, the headline (moved to title) and an "
                 "image's alternative text. The last paragraph is cut by the store and dropped. "
                 "'years of scientific research' = 2 years (vague plural, approximate). 'fourth "
                 "year' is an ordinal. Counts of landscapes stop at the number (modifiers "
                 "follow). Verbatim: 'to addresses'."),
        "paragraphs": [
            "In January 2022, the Forest Service launched a robust strategy to address the "
            "wildfire crisis in the places where it poses the most immediate threats to "
            "communities, critical infrastructure, and natural resources. The strategy combines "
            "a downpayment of congressional funding with years of scientific research and "
            "planning into a national effort that will dramatically increase the scale and pace "
            "of forest health treatments. Through the strategy, the agency will work with "
            "states, Tribes and other partners to addresses wildfire risks to critical "
            "infrastructure, protect communities, and make forests more resilient.",
            "January 2025 - Where We Stand",
            "We are making significant progress going into the fourth year of our strategy to "
            "address the ongoing wildfire crisis. In fiscal year 2024, we treated a record "
            "803,633 acres across the 21 Wildfire Crisis Strategy landscapes, surpassing fiscal "
            "2023’s accomplishments of 765,450 acres. In total, we have invested in the treatment "
            "of 1.86 million acres across the landscapes since their establishment in 2022 and "
            "2023. Our focused work within the 21 fire-prone landscapes has resulted in reduced "
            "wildfire risk to $700 billion worth of housing and critical infrastructure. This "
            "includes approximately 550 at-risk communities, 2,500 miles of high-voltage "
            "transmission lines, and 1,800 watersheds that provide drinking water, as well as "
            "many other values that people depend on and care about. Thanks to this work, the "
            "communities, critical infrastructure, and natural and cultural resources Americans "
            "rely upon are becoming safer. Learn more in our annual Wildfire Crisis Update",
            "Coming Together to Address the Wildfire Crisis",
        ],
        "quantities": [
            dur("years", 2, "year", "scientific research and planning behind the strategy",
                approx=True),
            ar("803,633 acres", 803633, "acre", "acres treated in fiscal year 2024"),
            c("21", 21, "landscapes", "Wildfire Crisis Strategy landscapes"),
            ar("765,450 acres", 765450, "acre", "acres treated in fiscal 2023"),
            ar("1.86 million acres", 1.86e6, "acre", "total treatment since 2022"),
            c("21", 21, "landscapes", "fire-prone landscapes"),
            usd("$700 billion", 7e11, "housing and infrastructure at reduced wildfire risk"),
            c("approximately 550", 550, "communities", "at-risk communities", approx=True),
            ln("2,500 miles", 2500, "mile", "high-voltage transmission lines at reduced risk"),
            c("1,800 watersheds", 1800, "watersheds", "watersheds that provide drinking water"),
        ],
    },
    {
        "id": "qt22-20",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/media/images/lake-mead-hoover-dams-powerhouse-facility",
        "title": "Lake Mead - Hoover Dam's powerhouse facility",
        "published": None,
        "truncated": False,
        "note": ("USGS image page. Removed: the heading (moved to title), 'Detailed "
                 "Description', 'Image Dimensions: 800 x 600', 'Date Taken:' and 'Location "
                 "Taken: US'. 'over 4 billion kilowatt hours per year' is a rate "
                 "(kilowatt_hour/year). The citation year 2008 is a date."),
        "paragraphs": [
            "This is a photo of the Powerhouse facility.",
            "This view is looking down at the Powerhouse (generator facility) at the base of "
            "Hoover Dam. The Powerhouse facility covers about 10 acres, has 17 generators, and "
            "produces over 4 billion kilowatt hours per year. Roughly 56% of generated power is "
            "distributed to California, 25% to Nevada, and 19% to Arizona (U.S. Bureau of "
            "Reclamation, 2008).",
        ],
        "quantities": [
            ar("about 10 acres", 10, "acre", "area of the Hoover Dam powerhouse", approx=True),
            c("17 generators", 17, "generators", "generators in the powerhouse"),
            rate("over 4 billion kilowatt hours per year", 4e9, "kilowatt_hour/year",
                 "electricity produced by the powerhouse", approx=True),
            p("Roughly 56%", 56, "share of power distributed to California", approx=True),
            p("25%", 25, "share of power distributed to Nevada"),
            p("19%", 19, "share of power distributed to Arizona"),
        ],
    },
    {
        "id": "qt22-21",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/media/images/kilauea-volcano-documenting-fissure-8-activity",
        "title": "Kīlauea Volcano — Documenting Fissure 8 Activity",
        "published": None,
        "truncated": False,
        "note": ("USGS image page (Hawaiian Volcano Observatory, 2018 eruption). Removed: the "
                 "heading (moved to title), 'Detailed Description', 'Sources/Usage' and 'Public "
                 "Domain.'. 'Fissure 8' is a name. 'as fast as 30 km/hour' is approximate (upper "
                 "bound); the converted '18 mi/hour' has no qualifier of its own."),
        "paragraphs": [
            "USGS Hawaiian Volcano Observatory geology field crews maintain watch over the "
            "eruptive activity in the lower East Rift Zone and at Kīlauea's summit. Here, a "
            "geologist documents the behavior of lava as it exits the Fissure 8 cone. Lava "
            "enters the upper channel traveling as fast as 30 km/hour (18 mi/hour).",
        ],
        "quantities": [
            rate("as fast as 30 km/hour", 30, "kilometer/hour",
                 "speed of lava entering the upper channel", approx=True),
            rate("18 mi/hour", 18, "mile/hour", "speed of lava entering the upper channel"),
        ],
    },
    {
        "id": "qt22-22",
        "source": "usgov:www.usgs.gov",
        "url": "https://www.usgs.gov/media/images/figure-compares-photo-above-equivalent-view-a",
        "title": "This figure compares the photo above with an equivalent view from a...",
        "published": None,
        "truncated": False,
        "note": ("USGS image page (Hawaiian Volcano Observatory thermal image). Removed: 'Skip to "
                 "main content', 'U.S. flag', the official-website line, the heading (moved to "
                 "title) and 'Detailed Description'. 'earlier this week' anchors a point in "
                 "time (not annotated); 'over the past day' is a one-day duration. Verbatim: "
                 "'These high temperature are'."),
        "paragraphs": [
            "This figure compares the photo above with an equivalent view from a thermal camera. "
            "The plumes of smoke mark the farthest active lava on the surface (small, scattered "
            "lobes of pāhoehoe), which are also shown as small hotspots in the thermal image. "
            "The pad of lava that emerged from the ground crack earlier this week was inactive "
            "at the surface but still quite warm (high temperature patch in center of image). "
            "East of this pad of lava, steaming (just below the center of the photograph) has "
            "appeared over the past day, suggesting that lava is continuing to advance below the "
            "surface along a ground crack. Direct views into the crack were not possible due to "
            "thick vegetation, but close views of the steaming areas with the thermal camera "
            "reveal temperatures up to 190 C (370 F). These high temperature are further "
            "evidence of lava moving through the crack.",
        ],
        "quantities": [
            dur("the past day", 1, "day", "period in which steaming appeared"),
            oth("up to 190 C", 190, "celsius", "temperature of the steaming areas", approx=True),
            oth("370 F", 370, "fahrenheit", "temperature of the steaming areas"),
        ],
    },
    {
        "id": "qt22-23",
        "source": "usgov:www.nasa.gov",
        "url": "http://www.nasa.gov/mission_pages/station/main/onthestation/index.html",
        "title": "Facts and Figures (International Space Station)",
        "published": None,
        "truncated": True,
        "note": ("NASA page (version of late 2010). Removed: the heading and the image caption "
                 "('The International Space Station Image above: ... Credit: NASA'); leading "
                 "spaces dropped. Cut by the annotator after the third paragraph, so that no "
                 "dimension passes the brief's cap of 12 on one page (the next paragraph adds "
                 "more counts); the rest of the page (size and mass list) is not in the text. "
                 "'10th anniversary', 'Expedition 1' and 'the first module' are not quantities; "
                 "dates and the clock time are not annotated. Counts with modifiers stop at the "
                 "number ('eight different countries' -> 'eight', '67 Russian vehicles' -> '67'); "
                 "'one European and one Japanese vehicle' are two counts."),
        "paragraphs": [
            "The International Space Station marks its 10th anniversary of continuous human "
            "occupation on Nov. 2, 2010. Since Expedition 1, which launched Oct. 31, 2000, and "
            "docked Nov. 2, the space station has been visited by 196 individuals from eight "
            "different countries.",
            "At the time of the anniversary, the station’s odometer will read more than 1.5 "
            "billion statute miles (the equivalent of eight round trips to the Sun), over the "
            "course of 57,361 orbits around the Earth. Since the first module, Zarya, launched "
            "at 1:40 a.m. EST on Nov. 20, 1998, it has made a total of 68,519 orbits of our home "
            "planet, or about 1.7 billion miles on its odometer.",
            "As of the Nov. 2 anniversary date there have been 103 launches to the space station: "
            "67 Russian vehicles, 34 space shuttles, one European and one Japanese vehicle. A "
            "total of 150 spacewalks have been conducted in support of space station assembly "
            "totaling more than 944 hours.",
        ],
        "quantities": [
            person("196 individuals", 196, "visitors to the space station"),
            c("eight", 8, "countries", "countries of the station's visitors"),
            ln("more than 1.5 billion statute miles", 1.5e9, "mile", "distance on the station's "
               "odometer at the anniversary", approx=True),
            c("eight round trips", 8, "round trips", "round trips to the Sun equal to the "
              "odometer"),
            c("57,361 orbits", 57361, "orbits", "orbits around the Earth since Expedition 1"),
            c("68,519 orbits", 68519, "orbits", "orbits since the first module launched"),
            ln("about 1.7 billion miles", 1.7e9, "mile", "distance on the odometer since Zarya",
               approx=True),
            c("103 launches", 103, "launches", "launches to the space station"),
            c("67", 67, "vehicles", "Russian vehicles launched to the station"),
            c("34 space shuttles", 34, "space shuttles", "space shuttle launches to the station"),
            c("one", 1, "vehicles", "European vehicle launched to the station"),
            c("one", 1, "vehicles", "Japanese vehicle launched to the station"),
            c("150 spacewalks", 150, "spacewalks", "spacewalks for station assembly"),
            dur("more than 944 hours", 944, "hour", "total time of assembly spacewalks",
                approx=True),
        ],
    },
    {
        "id": "qt22-24",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/energyexplained/us-energy-facts/",
        "title": "U.S. energy facts explained",
        "published": None,
        "truncated": True,
        "note": ("EIA (Department of Energy) 'Energy explained' page; the store holds two "
                 "versions of this address and this is the one with 2019 data. Removed: the EIA "
                 "logo line, 'Skip to sub-navigation', the page heading (moved to title), the "
                 "chart's text (title, labels and source line run together) and list bullets. "
                 "The last paragraph is cut by the store and dropped. Quads are quadrillion "
                 "British thermal units: unit british_thermal_unit (kind other), value with the "
                 "scale applied (37.1 quads = 3.71e16 Btu). Verbatim: the sector names are glued "
                 "to their values ('electric power37.1quads'). 'five energy-use sectors': the "
                 "span stops at the number."),
        "paragraphs": [
            "The United States uses a mix of energy sources",
            "The United States uses and produces many different types and sources of energy, "
            "which can be grouped into general categories such as primary and secondary, "
            "renewable and nonrenewable, and fossil fuels.",
            "Primary energy sources include fossil fuels (petroleum, natural gas, and coal), "
            "nuclear energy, and renewable sources of energy. Electricity is a secondary energy "
            "source that is generated (produced) from primary energy sources.",
            "Energy sources are measured in different physical units: liquid fuels in barrels or "
            "gallons, natural gas in cubic feet, coal in short tons, and electricity in "
            "kilowatts and kilowatthours. In the United States, British thermal units (Btu), a "
            "measure of heat energy, is commonly used for comparing different types of energy "
            "to each other. In 2019, total U.S. primary energy consumption was equal to about "
            "100,165,395,000,000,000 Btu, or about 100.2 quadrillion Btu.",
            "There are five energy-use sectors, and the amounts—in quadrillion Btu (or "
            "quads)—of their primary energy consumption in 2019 were",
            "electric power37.1quads",
            "transportation28.2quads",
            "industrial23.1quads",
            "residential7.0quads",
            "commercial4.8quads",
        ],
        "quantities": [
            oth("about 100,165,395,000,000,000 Btu", 1.00165395e17, "british_thermal_unit",
                "total U.S. primary energy consumption in 2019", approx=True),
            oth("about 100.2 quadrillion Btu", 1.002e17, "british_thermal_unit",
                "total U.S. primary energy consumption in 2019", approx=True),
            c("five", 5, "sectors", "energy-use sectors"),
            oth("37.1quads", 3.71e16, "british_thermal_unit",
                "primary energy consumption of the electric power sector"),
            oth("28.2quads", 2.82e16, "british_thermal_unit",
                "primary energy consumption of transportation"),
            oth("23.1quads", 2.31e16, "british_thermal_unit",
                "primary energy consumption of the industrial sector"),
            oth("7.0quads", 7.0e15, "british_thermal_unit",
                "primary energy consumption of the residential sector"),
            oth("4.8quads", 4.8e15, "british_thermal_unit",
                "primary energy consumption of the commercial sector"),
        ],
    },
    {
        "id": "qt22-25",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/energyexplained/us-energy-facts/imports-and-exports.php?fbclid=IwAR2L8l2K-tJyjAePjrAyEOZxDzDd3AgumIRPMjAODuMiuogQP6iFVzTbXCY",
        "title": "U.S. energy facts explained: imports and exports",
        "published": None,
        "truncated": True,
        "note": ("EIA (Department of Energy) page, version with 2022 data (stored under an address "
                 "carrying a tracking parameter). Removed: the EIA logo line, 'Skip to "
                 "sub-navigation', the page heading and 'Click to enlarge'. The last paragraph is "
                 "cut by the store and dropped. 'consumed.1' carries a footnote mark '1' (not a "
                 "quantity); '1958–2018' and other years are dates. 'from 21.46 quads to 21.47 "
                 "quads' is a change: two quantities. 'about a 9.3% increase': the qualifier is "
                 "kept in the span."),
        "paragraphs": [
            "The United States has been an annual net total energy exporter since 2019",
            "Up to the early 1950s, the United States produced most of the energy it consumed.1 "
            "U.S. energy consumption was higher than U.S. energy production in every year from "
            "1958–2018. The difference between consumption and production was met by imports, "
            "particularly crude oil and petroleum products such as motor gasoline and distillate "
            "fuel oil. Total energy imports (based on heat content) peaked in 2007 and "
            "subsequently declined in nearly every year since then. Increases in U.S. crude oil "
            "and natural gas production reduced the need for crude oil and natural gas imports "
            "and contributed to increases in crude oil and natural gas exports. The United "
            "States has been a net total energy exporter—total energy exports have been higher "
            "than total energy imports—since 2019.",
            "Total U.S. energy exports in 2022 were the highest on record",
            "In 2022, U.S. total energy exports were the highest on record, at about 27.41 "
            "quadrillion British thermal units (quads), about a 9.3% increase from 2021. Total "
            "energy exports exceeded total energy imports by about 5.94 quads, the largest "
            "margin on record. Total U.S. energy imports were about 21.47 quads, nearly equal to "
            "the amount in 2021.",
            "U.S. total energy imports increased slightly in 2022",
            "U.S. total energy imports increased slightly in 2022—from 21.46 quads to 21.47 "
            "quads. U.S. crude oil imports and exports both increased in 2022, and the United "
            "States remained a net crude oil importer. Crude oil accounted for the largest "
            "percentage share of U.S. total energy imports—nearly 65%—and for about 27% of total "
            "energy exports. Some imported crude oil is refined into petroleum products that "
            "are exported.",
        ],
        "quantities": [
            oth("about 27.41 quadrillion British thermal units", 2.741e16,
                "british_thermal_unit", "U.S. total energy exports in 2022", approx=True),
            p("about a 9.3%", 9.3, "increase in energy exports from 2021", approx=True),
            oth("about 5.94 quads", 5.94e15, "british_thermal_unit",
                "margin of energy exports over imports", approx=True),
            oth("about 21.47 quads", 2.147e16, "british_thermal_unit",
                "U.S. total energy imports in 2022", approx=True),
            oth("21.46 quads", 2.146e16, "british_thermal_unit", "energy imports in 2021"),
            oth("21.47 quads", 2.147e16, "british_thermal_unit", "energy imports in 2022"),
            p("nearly 65%", 65, "crude oil share of total energy imports", approx=True),
            p("about 27%", 27, "crude oil share of total energy exports", approx=True),
        ],
    },
    {
        "id": "qt22-26",
        "source": "usgov:www.usbr.gov",
        "url": "https://webarchive.library.unt.edu/web/20161226091602/https://www.usbr.gov/power/who/who.html",
        "title": "Hydropower Program: About Us",
        "published": None,
        "truncated": True,
        "note": ("Bureau of Reclamation (Interior) hydropower page as kept by the UNT web archive "
                 "in December 2016 (an older text than the page now at this address). Removed: "
                 "the site title, a template notice, 'About Us', the map placeholder and the "
                 "start of the facility list (cut). 'over the past century' is a duration of 100 "
                 "years. 'Of the 76' and '5 of the 23' are counts of plants. 'Annually, ... "
                 "generate over 40 billion kilowatt hours of electricity' is an energy (the "
                 "frequency is separate). 'second largest' is an ordinal; '1909' a date; "
                 "'3.5 million U.S. homes' stops at the number. Plain 'tons' = metric_ton "
                 "(guideline)."),
        "paragraphs": [
            "Roles and Responsibilities",
            "The Bureau of Reclamation has a long and successful history providing renewable, "
            "clean, reliable, and affordable hydropower to its customers. As the operating "
            "environment has evolved over the past century, Reclamation has adapted, leveraging "
            "new technologies and partnerships to meet the nation’s water and energy needs.",
            "In total, Reclamation holds title to 76 hydroelectric powerplants. Of the 76, "
            "Reclamation operates 53 hydroelectric powerplants, comprising over 14 million "
            "kilowatts of installed capacity. Generation from the 53 plants rank Reclamation as "
            "the second largest producer of hydroelectric power in the U.S., accounting for 15 "
            "percent of the Nation's annual hydropower output. Annually, Reclamation operated "
            "plants generate over 40 billion kilowatt hours of electricity (enough to meet the "
            "demand of 3.5 million U.S. homes), produce nearly one billion dollars in power "
            "revenues, and offset approximately 23 million tons of carbon dioxide. Since 1909, "
            "when our first power plant started operation, power revenues have provided more "
            "than $10 billion in repayment to the U.S. Treasury.",
            "The remaining 23 plants are \"transferred works\" - the operation and maintenance of "
            "these plants is carried out by a non-federal entity, under the provisions of a "
            "formal operation and maintenance transfer contract. 5 of the 23 \"transferred "
            "works\" plants generate power that is marketed by Power Marketing Administrations. "
            "The 5 plants are: Deer Creek, McPhee, Towaoc, O'Neill, and San Luis.",
            "The 53 plants owned and operated by Reclamation - as well as the 5 \"transferred "
            "works\" plants that generate power marketed by Power Marketing Administrations - "
            "are identified in the map below.",
        ],
        "quantities": [
            dur("the past century", 100, "year", "period over which Reclamation has adapted"),
            c("76", 76, "powerplants", "hydroelectric powerplants Reclamation holds title to"),
            c("76", 76, "powerplants", "powerplants held (referred back)"),
            c("53", 53, "powerplants", "hydroelectric powerplants Reclamation operates"),
            oth("over 14 million kilowatts", 1.4e7, "kilowatt",
                "installed capacity of Reclamation-operated plants", approx=True),
            c("53 plants", 53, "plants", "plants operated by Reclamation"),
            p("15 percent", 15, "Reclamation share of U.S. hydropower output"),
            oth("over 40 billion kilowatt hours", 4e10, "kilowatt_hour",
                "annual generation of Reclamation plants", approx=True),
            c("3.5 million", 3.5e6, "homes", "homes whose demand the generation meets"),
            usd("nearly one billion dollars", 1e9, "annual power revenues", approx=True),
            mass("approximately 23 million tons", 2.3e7, "metric_ton",
                 "carbon dioxide offset each year", approx=True),
            usd("more than $10 billion", 1e10, "repayment to the Treasury since 1909",
                approx=True),
            c("23 plants", 23, "plants", "transferred works plants"),
            c("5", 5, "plants", "transferred works plants marketed by PMAs"),
            c("23", 23, "plants", "transferred works plants (referred back)"),
            c("5 plants", 5, "plants", "plants named as marketed by PMAs"),
            c("53 plants", 53, "plants", "plants owned and operated by Reclamation, on the map"),
            c("5", 5, "plants", "transferred works plants on the map"),
        ],
    },
    {
        "id": "qt22-27",
        "source": "usgov:greenfleet.dodlive.mil",
        "url": "https://webarchive.library.unt.edu/web/20121014052714/http://greenfleet.dodlive.mil/environment/land-based-efforts/solar-wind-and-geothermal-power",
        "title": "Solar, Wind and Geothermal Power (U.S. Navy Green Fleet)",
        "published": None,
        "truncated": False,
        "note": ("U.S. Navy (Department of Defense) energy page as kept by the UNT web archive "
                 "(October 2012); title written from the URL. 'megawatt-hours of electricity per "
                 "year' and 'gallons per year' are rates (per-unit follows); 'an average of 1.4 "
                 "million megawatt hours of electricity annually' is an energy (the frequency is "
                 "separate; 'an average of' is not an approximation qualifier). '309 kilowatt' "
                 "and '270 megawatt' are compound adjectives (power). 'millions in annual energy "
                 "costs' = 2 million USD (vague plural, approximate); 'several additional "
                 "photovoltaic arrays' = 3 (approximate). 'Building 54' is a name; 'third "
                 "largest' an ordinal. New unit ids: square_foot (area), megawatt_hour/year "
                 "(rate)."),
        "paragraphs": [
            "Power",
            "Solar Power",
            "The U.S. Navy has solar power projects in numerous locations. Commander Navy Region "
            "Southwest photovoltaic systems collectively produce 700 megawatt-hours of "
            "electricity per year. Commander Navy Region Hawaii has a 309 kilowatt solar "
            "electric rooftop on Ford Island Building 54. This system is the largest federal "
            "photovoltaic array in Hawaii, covering 31,000 square feet and producing more than "
            "400 megawatt hours per year.",
            "Construction of several additional photovoltaic arrays is underway at Navy east "
            "coast bases using funding received from the American Recovery and Reinvestment Act "
            "of 2009.",
            "Wind Power",
            "Naval Base Guantanamo Bay, Cuba has four wind turbines with a combined capacity of "
            "3.8 megawatts, producing enough electricity to supply about 25 percent of the peak "
            "power needed to operate the base. The project reduces the consumption of diesel "
            "fuel by 325,000 gallons per year, reduces air pollution by eliminating sulfur "
            "dioxide, nitrous oxide, and greenhouse gases, and saves taxpayers millions in "
            "annual energy costs. Additionally, the Navy has three wind turbines on San Clemente "
            "Island, California with a combined production capability of 675 kilowatts.",
            "Geothermal Power",
            "Naval Air Weapons Station China Lake, California, has a 270 megawatt geothermal "
            "plant. Delivering an average of 1.4 million megawatt hours of electricity annually "
            "to California’s electric grid, this plant is the largest renewable energy producer "
            "in the Department of Defense and the third largest geothermal electricity producer "
            "in the United States.",
        ],
        "quantities": [
            rate("700 megawatt-hours of electricity per year", 700, "megawatt_hour/year",
                 "output of Navy Region Southwest photovoltaic systems"),
            oth("309 kilowatt", 309, "kilowatt", "solar rooftop on Ford Island Building 54"),
            ar("31,000 square feet", 31000, "square_foot", "area of the Ford Island array"),
            rate("more than 400 megawatt hours per year", 400, "megawatt_hour/year",
                 "output of the Ford Island array", approx=True),
            c("several", 3, "photovoltaic arrays", "additional arrays under construction",
              approx=True),
            c("four wind turbines", 4, "wind turbines", "turbines at Guantanamo Bay"),
            oth("3.8 megawatts", 3.8, "megawatt", "combined capacity of the Guantanamo turbines"),
            p("about 25 percent", 25, "share of the base's peak power supplied", approx=True),
            rate("325,000 gallons per year", 325000, "gallon/year",
                 "reduction in diesel fuel consumption"),
            usd("millions", 2e6, "annual energy cost savings", approx=True),
            c("three wind turbines", 3, "wind turbines", "turbines on San Clemente Island"),
            oth("675 kilowatts", 675, "kilowatt", "capability of the San Clemente turbines"),
            oth("270 megawatt", 270, "megawatt", "China Lake geothermal plant"),
            oth("1.4 million megawatt hours", 1.4e6, "megawatt_hour",
                "average annual delivery of the China Lake plant"),
        ],
    },
    {
        "id": "qt22-28",
        "source": "usgov:www.doncio.navy.mil",
        "url": "https://webarchive.library.unt.edu/web/20161019144403/http:/www.doncio.navy.mil/CHIPS/ArticleDetails.aspx?ID=7240",
        "title": "From Seas to Skies — Power Matters",
        "published": "2015-12-16",
        "truncated": True,
        "note": ("Department of the Navy CIO magazine CHIPS, article by the Assistant Secretary "
                 "of the Navy (Energy, Installations and Environment), as kept by the UNT web "
                 "archive. Removed: 'Email this Article Email', the 'CHIPS Articles:' heading and "
                 "the repeated title (moved to title), and the byline with date. The last "
                 "paragraph is cut after its first sentence. 'approximately $18.2 billion worth "
                 "per year' is one rate (USD/year); '$4.2 billion annually' is money (frequency "
                 "separate). The six solar capacities are 'estimated capacities' (approximate). "
                 "'a few reasons' = 3 (approximate); 'approximately 1.5 million solar panels' "
                 "stops at the number."),
        "paragraphs": [
            "The Department of Defense (DoD) uses a lot of energy — approximately $18.2 billion "
            "worth per year — which makes sense when considering that it’s key to every global "
            "mission. When we think of energy in the DoD, we often think of the operational "
            "side, but our installations are also crucial military readiness platforms that "
            "require energy; facility energy accounts for approximately 30 percent of the DoD’s "
            "total energy consumption and costs $4.2 billion annually. Of course, using existing "
            "energy wisely is important to the greater mission, but innovative enhancements such "
            "as microgrid capabilities and infrastructure upgrades are equally important to "
            "energy security and warfighting.",
            "Together, the Departments of Navy and Air Force account for almost 60 percent of "
            "total facility energy consumption for the DoD, making it even more important that "
            "they develop robust and reliable energy options. With this in mind, they are both "
            "collaborating with industry to develop innovative energy generation solutions. The "
            "Departments are currently working with Gulf Power to build three solar facilities "
            "with estimated capacities of 65 megawatts (MW) of direct current (DC) or 50 MW of "
            "alternating current (AC) power at Naval Air Station (NAS) Pensacola, 52 MW DC or 40 "
            "MW AC at NAS Whiting Field and 40 MW DC or 30 MW AC at Eglin Air Force Base. NAS "
            "Pensacola will host a joint groundbreaking ceremony Dec. 16 between the Departments "
            "of the Navy and the Air Force to commemorate those solar facility projects.",
            "Here are a few reasons why these projects are so significant:",
            "These Projects are Literally a Big Deal.",
            "Imagine a sea of approximately 1.5 million solar panels spanning some 830 acres, as "
            "far as the eye can see.",
        ],
        "quantities": [
            rate("approximately $18.2 billion worth per year", 1.82e10, "USD/year",
                 "DoD energy spending", approx=True),
            p("approximately 30 percent", 30, "facility share of DoD energy consumption",
              approx=True),
            usd("$4.2 billion", 4.2e9, "annual cost of DoD facility energy"),
            p("almost 60 percent", 60, "Navy and Air Force share of facility energy use",
              approx=True),
            c("three", 3, "solar facilities", "solar facilities built with Gulf Power"),
            oth("65 megawatts", 65, "megawatt", "DC capacity at NAS Pensacola", approx=True),
            oth("50 MW", 50, "megawatt", "AC capacity at NAS Pensacola", approx=True),
            oth("52 MW", 52, "megawatt", "DC capacity at NAS Whiting Field", approx=True),
            oth("40 MW", 40, "megawatt", "AC capacity at NAS Whiting Field", approx=True),
            oth("40 MW", 40, "megawatt", "DC capacity at Eglin Air Force Base", approx=True),
            oth("30 MW", 30, "megawatt", "AC capacity at Eglin Air Force Base", approx=True),
            c("a few reasons", 3, "reasons", "reasons the projects are significant", approx=True),
            c("approximately 1.5 million", 1.5e6, "solar panels", "solar panels of the three "
              "projects", approx=True),
            ar("some 830 acres", 830, "acre", "area covered by the panels", approx=True),
        ],
    },
    {
        "id": "qt22-29",
        "source": "usgov:www.pmel.noaa.gov",
        "url": "https://www.pmel.noaa.gov/eoi/nemo2001/logbook/july18rb-teach.html",
        "title": "Teacher Logbook - NOAA Ship Ron Brown",
        "published": "2001-07-18",
        "truncated": True,
        "note": ("NOAA Pacific Marine Environmental Laboratory (NeMO 2001 expedition), teacher's "
                 "log. Removed: image placeholders ('background banner image', 'spacer', "
                 "'horizontal bar', 'image of scale worm'), the navigation line and the heading "
                 "(moved to title). The photo caption with '(1524 meters)' is kept as it is the "
                 "page's lead text. The third log paragraph is cut by the store and dropped. "
                 "'Marker-33' and 'Vent1' are names; '1994' a date. Verbatim: 'over than 340 C' "
                 "(approximate), 'a eight hour steam', 'metalic'. 'more than triple' is a "
                 "multiplier (approximate). '8 km x 3 km' is two lengths."),
        "paragraphs": [
            "The Hot Fluid Sampler (HFS) pumping vent fluids from Marker-33 vent (1524 meters) "
            "The fluids will be used to determine the microbiology and chemistry of the vent "
            "site.",
            "Jeff Goodrich's Sealog:",
            "July 18, 2001",
            "Yesterday we concluded at south Cleft with a dive to retrieve and deploy HOBOS (hot "
            "temperature recorders) at several vents in the Vent1 and Plume venting regions. "
            "Both these areas looked like mini-cities with vent skyscrapers scattered "
            "throughout. Temperatures at Vent1 in 1994 measured over than 340 C, more than "
            "triple the boiling point of water. To insert the HOBOS' long antennae-like "
            "thermometers, ROPOS occasionally had to break a small portion off the top of a "
            "vent. This released a cloud of billowing smoke composed of metalic sulfides, mostly "
            "zinc sulfide. The vents are very crumbly and fall apart easily but grow back over a "
            "relatively short period of time.",
            "After a eight hour steam north to Axial Volcano we deployed ROPOS for its 1500 "
            "meter descent in the SE portion of the caldera. Axial's caldera is unusual because "
            "it's stretched into a horseshoe-shape measuring 8 km x 3 km and is open on the "
            "southern side.",
        ],
        "quantities": [
            ln("1524 meters", 1524, "meter", "depth of the Marker-33 vent"),
            c("several vents", 3, "vents", "vents where HOBOS were deployed", approx=True),
            oth("over than 340 C", 340, "celsius", "temperature at Vent1 in 1994", approx=True),
            oth("more than triple", 3, "multiplier", "vent temperature relative to the boiling "
                "point of water", approx=True),
            dur("eight hour", 8, "hour", "steam north to Axial Volcano"),
            ln("1500 meter", 1500, "meter", "ROPOS descent in the caldera"),
            ln("8 km", 8, "kilometer", "length of Axial's caldera"),
            ln("3 km", 3, "kilometer", "width of Axial's caldera"),
        ],
    },
    {
        "id": "qt22-30",
        "source": "usgov:www.pmel.noaa.gov",
        "url": "http://www.pmel.noaa.gov/vents/nemo2000/logbook/teacher070300.html",
        "title": "Teacher's Logbook: July 3, 2000 (NeMO 2000)",
        "published": "2000-07-03",
        "truncated": True,
        "note": ("NOAA Pacific Marine Environmental Laboratory (NeMO 2000 expedition), teacher's "
                 "log. Removed: the navigation line, the calendar grid, the 'Use the Teacher's "
                 "Log calendar' line and the headings. The last paragraph is cut by the store "
                 "('It blows') and kept to the sentence before. The ship's position "
                 "(coordinates), '1800 hrs.' and '1995' are not quantities; '2x4' names a "
                 "lumber size. '2°C or 3°C (36°F)': alternatives, each a quantity. 'a few' = 3 "
                 "(approximate); scientists are persons."),
        "paragraphs": [
            "NeMO Date: July 3, 2000",
            "Ship's Location: 45 56.0'N/129 58.6'W",
            "Monday, July 3, 2000 1800 hrs.",
            "ROPOS spent last night investigating a hydrothermal vent at South Cleft. Early this "
            "morning I watched the action from the ROPOS control room. The vent stood about 16 "
            "meters tall (over 50 ft.) and had multiple chimneys. It spewed forth a black cloudy "
            "fluid; hence the name black smoker. The \"smoke\" is actually superheated water "
            "with sulfides and sulfates in dissolution. These compounds either precipitate out "
            "creating the towering chimney or are ejected into the cold oxygenated ocean water "
            "forming a plume. Temperatures up to 327°C (621°F) were measured here in 1995. In "
            "contrast, the surrounding ocean bottom water averages only 2°C or 3°C (36°F). It's "
            "like getting in the shower and not being able to find the right temperature.",
            "ROPOS collected various samples and placed them into the \"bio-box\". Upon return, a "
            "few of the scientists were waiting on the fantail of the ship like a kid on "
            "Christmas morning. Samples included some dead tube worm casings covered in "
            "sulfides, a few species of other worms, and part of a sulfide chimney. Everything "
            "was placed in buckets and taken into the lab.",
            "One of the more interesting things brought up was a small section of wood that was "
            "left during last year's expedition. In only one year it had several types of worms "
            "growing on it and tiny clams that bored their way into the softened 2x4. After "
            "talking to a few scientists I learned that the critters on the wood were benthic "
            "(bottom dwelling) animals specializing in making a living on wood. That's their "
            "habitat.",
        ],
        "quantities": [
            ln("about 16 meters", 16, "meter", "height of the black smoker vent", approx=True),
            ln("over 50 ft", 50, "foot", "height of the black smoker vent", approx=True),
            oth("up to 327°C", 327, "celsius", "temperatures measured at the vent in 1995",
                approx=True),
            oth("621°F", 621, "fahrenheit", "temperatures measured at the vent in 1995"),
            oth("2°C", 2, "celsius", "average ocean bottom water temperature"),
            oth("3°C", 3, "celsius", "average ocean bottom water temperature"),
            oth("36°F", 36, "fahrenheit", "average ocean bottom water temperature"),
            person("a few", 3, "scientists waiting on the fantail", approx=True),
            c("a few species", 3, "species", "species of other worms in the samples",
              approx=True),
            dur("one year", 1, "year", "time the wood had been on the seafloor"),
            c("several types", 3, "types", "types of worms on the wood", approx=True),
            person("a few scientists", 3, "scientists talked to", approx=True),
        ],
    },
    {
        "id": "qt22-31",
        "source": "usgov:response.restoration.noaa.gov",
        "url": "https://response.restoration.noaa.gov/86100-pounds-marine-debris-removed-papah-naumoku-kea-marine-national-monument",
        "title": "86,100 Pounds of Marine Debris Removed from the Papahānaumokuākea Marine "
                 "National Monument",
        "published": "2023-08-14",
        "truncated": True,
        "note": ("NOAA Office of Response and Restoration (Marine Debris Program) news item. "
                 "Removed: 'Back to top', the headline (moved to title) and the doubled photo "
                 "caption. The last paragraph is cut by the store and dropped. '16-person', "
                 "'185-ft', '30-day' and 'five-year' are compound adjectives; 'first' and 'A "
                 "second mission' are ordinals; 'multi-year' and 'coming years' carry no number. "
                 "Dates (August 2, August 26 to September 22, 2023) are not annotated. A trailing "
                 "space was dropped."),
        "paragraphs": [
            "August 14, 2023 – On August 2, 2023, the team from the Papahānaumokuākea Marine "
            "Debris Project, a Hawaiʻi-based nonprofit organization, returned to Honolulu, with "
            "86,100 pounds of marine debris removed from shallow coral reefs and shorelines of "
            "the islands and atolls within Papahānaumokuākea Marine National Monument. Of the "
            "debris removed, 69,330 pounds were derelict fishing nets and 16,770 pounds were "
            "plastics and other debris.",
            "The return of the 16-person team aboard the 185-ft ship M/V Imua, marks the "
            "completion of their first 30-day large-scale cleanup mission to the "
            "Papahānaumokuākea Marine National Monument in 2023. A second mission is scheduled "
            "for August 26 to September 22, 2023. Marine Debris Program staff in Hawai‘i were "
            "able to visit with the crew on August 3 to discuss the mission and watch the "
            "offloading of debris.",
            "This work is supported by the Marine Debris Program through a five-year award to "
            "the National Fish and Wildlife Foundation (NFWF) totaling $5,800,000 in funding "
            "provided by the Bipartisan Infrastructure Law to expand marine debris removal "
            "efforts in the monument. Matched by a private donor for a total investment of "
            "$12,000,000, this new investment is allowing the subgrantee (Papahānaumokuākea "
            "Marine Debris Project) to scale up this removal work, build capacity for a "
            "sustainable, multi-year program, and incorporate lessons and efficiencies learned "
            "from more than 20 years of experience and data. The grant will enable the removal "
            "of over 500 metric tons of debris in coming years.",
        ],
        "quantities": [
            mass("86,100 pounds", 86100, "pound", "marine debris removed from the monument"),
            mass("69,330 pounds", 69330, "pound", "derelict fishing nets removed"),
            mass("16,770 pounds", 16770, "pound", "plastics and other debris removed"),
            person("16-person", 16, "cleanup team"),
            ln("185-ft", 185, "foot", "length of the ship M/V Imua"),
            dur("30-day", 30, "day", "first large-scale cleanup mission of 2023"),
            dur("five-year", 5, "year", "Marine Debris Program award to NFWF"),
            usd("$5,800,000", 5.8e6, "award funding from the Bipartisan Infrastructure Law"),
            usd("$12,000,000", 1.2e7, "total investment with the private match"),
            dur("more than 20 years", 20, "year", "experience and data behind the program",
                approx=True),
            mass("over 500 metric tons", 500, "metric_ton", "debris the grant will remove",
                 approx=True),
        ],
    },
    {
        "id": "qt22-32",
        "source": "usgov:www.restorethegulf.gov",
        "url": "https://webarchive.library.unt.edu/web/20130216120125/http://www.restorethegulf.gov/release/2011/04/10/one-year-later-press-pack",
        "title": "One Year Later Press Pack",
        "published": "2011-04-10",
        "truncated": True,
        "note": ("Federal Deepwater Horizon response site (restorethegulf.gov, Coast Guard-led "
                 "Gulf Coast Incident Management Team fact sheet) as kept by the UNT web archive; "
                 "date from the URL. Removed: 'Skip Navigation...Official Website' line, the "
                 "heading (moved to title) and list bullets. Cut by the annotator after '92 tons "
                 "of solid waste collected', so that counts stay within the brief's cap of 12 on "
                 "one page (the Coast Guard assets list that follows adds seven more). "
                 "'District 8' is a name. Verbatim: '47, 829 Responders' (read as 47,829). Counts "
                 "followed by modifiers stop at the number ('6,500 government and commercial "
                 "vessels' -> '6,500'). Plain 'tons' = metric_ton (guideline)."),
        "paragraphs": [
            "Gulf Coast Incident Management Team Fact Sheet",
            "Incident Commander: Mike Utsler",
            "Federal On scene Coordinator: Coast Guard Capt. James Hanzalik, District 8",
            "Deputy Incident Commander: Coast Guard Cmdr. Dan Lauer, District 8",
            "Deputy Incident Commander: Coast Guard Cmdr. Matthew McCann, Atlantic Strike Team",
            "RESPONSE FACTS:",
            "4.9 million barrels of oil discharged",
            "47, 829 Responders at peak",
            "9,700 vessels at peak",
            "6,500 government and commercial vessels",
            "3,200 vessels of opportunity",
            "3.8 million feet of hard boom deployed",
            "9.7 million feet of soft boom deployed",
            "1.8 million gallons of dispersants used",
            "411 in-situ burns conducted (265,450 barrels of oil burned)",
            "127 surveillance aircraft",
            "4 incident command posts (TX, LA, AL and FL)",
            "17 subordinate branches",
            "32 equipment staging areas",
            "1 aviation coordination center, Tyndall Air Force Base",
            "1.4 million barrels of liquid waste collected",
            "92 tons of solid waste collected",
        ],
        "quantities": [
            vol("4.9 million barrels", 4.9e6, "barrel", "oil discharged"),
            person("47, 829 Responders", 47829, "responders at peak"),
            c("9,700 vessels", 9700, "vessels", "vessels at peak"),
            c("6,500", 6500, "vessels", "government and commercial vessels"),
            c("3,200 vessels", 3200, "vessels", "vessels of opportunity"),
            ln("3.8 million feet", 3.8e6, "foot", "hard boom deployed"),
            ln("9.7 million feet", 9.7e6, "foot", "soft boom deployed"),
            vol("1.8 million gallons", 1.8e6, "gallon", "dispersants used"),
            c("411", 411, "in-situ burns", "in-situ burns conducted"),
            vol("265,450 barrels", 265450, "barrel", "oil burned"),
            c("127", 127, "aircraft", "surveillance aircraft"),
            c("4", 4, "command posts", "incident command posts"),
            c("17", 17, "branches", "subordinate branches"),
            c("32", 32, "staging areas", "equipment staging areas"),
            c("1", 1, "coordination centers", "aviation coordination center"),
            vol("1.4 million barrels", 1.4e6, "barrel", "liquid waste collected"),
            mass("92 tons", 92, "metric_ton", "solid waste collected"),
        ],
    },
    {
        "id": "qt22-33",
        "source": "usgov:blog.usaid.gov",
        "url": "http://blog.usaid.gov/category/agriculture/page/4/",
        "title": "From the Field in Georgia: Collaboration Bears Fruit for Georgian Farmers",
        "published": None,
        "truncated": True,
        "note": ("USAID blog ('USAID Impact'), agriculture archive page 4; first post only "
                 "(2013). Removed: the blog banner, 'Archives for Agriculture', the post title "
                 "(moved to title) and the photo caption, which the page prints twice. The last "
                 "paragraph is cut by the store and kept to its first sentence. 'quarter-hectare' "
                 "is a compound adjective (0.25 hectare). '50 farmer groups' stops at the number; "
                 "'June 2013' is a date."),
        "paragraphs": [
            "I love a sweet, juicy mandarin and I’m lucky to live in a country where these "
            "near-perfect citrus fruits are grown. Farmers here in Georgia grow some of the best "
            "mandarins in the world. But getting these delicious fruits to market and eventually "
            "into the mouths of other mandarin-lovers can be a challenge.",
            "Revaz Kokobinadze is a mandarin grower from the Adjara region in western Georgia. On "
            "his own, he only has cash on hand to purchase 60 percent of the materials he needs "
            "to grow mandarins on his quarter-hectare orchard. But now that he is part of a "
            "farmers’ group established through USAID’s Economic Prosperity Initiative, he and "
            "farmers like him are able to obtain interest-free loans to get what they need for "
            "successful mandarin production.",
            "USAID has helped establish 50 farmer groups for Georgia’s two leading agricultural "
            "exports — mandarins and hazelnuts. Farmers were reluctant to come together at "
            "first, but they soon realized the commercial incentives of working together. As the "
            "saying goes, sometimes it takes a village. Now, these farmers make decisions "
            "together on everything from production and management practices, to the types of "
            "treatments to use.",
            "To help these farmer groups succeed, in June 2013 USAID’s Economic Prosperity "
            "Initiative developed an interest-free financing scheme, which allows smallholder "
            "farmers to buy the agricultural materials they need and conduct soil testing.",
        ],
        "quantities": [
            p("60 percent", 60, "share of materials the grower can buy on his own"),
            ar("quarter-hectare", 0.25, "hectare", "size of the mandarin orchard"),
            c("50", 50, "farmer groups", "farmer groups established with USAID help"),
            c("two", 2, "agricultural exports", "Georgia's leading agricultural exports"),
        ],
    },
    {
        "id": "qt22-34",
        "source": "usgov:www.eia.gov",
        "url": "https://www.eia.gov/energyexplained/us-energy-facts/imports-and-exports.php/",
        "title": "U.S. energy facts explained: imports and exports (2020 data)",
        "published": None,
        "truncated": True,
        "note": ("EIA (Department of Energy) page, version with 2020 data, stored under the "
                 "address with a trailing slash (a different text from qt22-25). Removed: the "
                 "page heading. The last paragraph is cut by the store and dropped. "
                 "'energy.1' carries a footnote mark. 'fell 13% to 20.0 quads' holds two "
                 "quantities; 'a 4% drop' -> '4%'. 'b/d' = barrels per day (rate). 'third "
                 "highest' is an ordinal; years are dates."),
        "paragraphs": [
            "The United States was a net total energy exporter in 2019 and 2020",
            "Up to the early 1950s, the United States imported relatively small amounts of "
            "energy.1 In the mid-1950s, the United States began to import greater amounts of "
            "crude oil and petroleum products (such as gasoline and distillate fuels) to fill "
            "the gap between petroleum consumption and domestic production.",
            "Total U.S. annual primary energy net imports (imports minus exports) generally "
            "increased in most years since the mid-1950s and reached a record high in 2005, "
            "equal to about 30% of total U.S. energy consumption. Since 2005, total annual "
            "energy imports have decreased and total energy exports have increased. The United "
            "States became a net total energy exporter in 2019 for the first time since 1952 and "
            "maintained that position in 2020 even though both total energy production and "
            "consumption were lower in 2020 than in 2019. Total U.S. energy exports exceeded "
            "total energy imports by 3.46 quadrillion British thermal units (quads) in 2020, the "
            "largest margin on record. U.S. energy exports in 2020 totaled 23.47 quads, and "
            "energy imports fell 13% to 20.0 quads, the lowest level since 1992.",
            "Decreases in crude oil and natural gas imports largely drove the change in U.S. "
            "energy trade in 2020",
            "Despite a 4% drop in domestic crude oil production in 2020 from 2019, U.S. crude "
            "oil net imports in 2020 were the lowest since 1985. U.S. total annual crude oil "
            "exports have increased every year since 2010 and reached a record high in 2020 of "
            "about 3.18 million barrels per day (b/d). U.S. crude oil imports fell to about 5.88 "
            "million b/d in 2020.",
            "U.S. petroleum products (excluding crude oil) imports and exports declined in 2020 "
            "from 2019: imports by 15% and exports by 5%. However, total annual petroleum "
            "products exports in 2020 were the third highest on record behind 2019 and 2018. "
            "Propane was the most-exported petroleum product in 2020, followed by distillate "
            "fuel oil.",
        ],
        "quantities": [
            p("about 30%", 30, "net imports as share of U.S. energy consumption in 2005",
              approx=True),
            oth("3.46 quadrillion British thermal units", 3.46e15, "british_thermal_unit",
                "margin of energy exports over imports in 2020"),
            oth("23.47 quads", 2.347e16, "british_thermal_unit", "U.S. energy exports in 2020"),
            p("13%", 13, "fall in energy imports in 2020"),
            oth("20.0 quads", 2.0e16, "british_thermal_unit", "U.S. energy imports in 2020"),
            p("4%", 4, "drop in domestic crude oil production in 2020"),
            rate("about 3.18 million barrels per day", 3.18e6, "barrel/day",
                 "U.S. crude oil exports in 2020", approx=True),
            rate("about 5.88 million b/d", 5.88e6, "barrel/day", "U.S. crude oil imports in 2020",
                 approx=True),
            p("15%", 15, "decline in petroleum products imports"),
            p("5%", 5, "decline in petroleum products exports"),
        ],
    },
    {
        "id": "qt22-35",
        "source": "usgov:www.pmel.noaa.gov",
        "url": "https://www.pmel.noaa.gov/eoi/nemo2003/logbook/aug30.html",
        "title": "Logbook: August 30, 2003 (NeMO 2003)",
        "published": "2003-08-30",
        "truncated": True,
        "note": ("NOAA Pacific Marine Environmental Laboratory (NeMO 2003 expedition) logbook. "
                 "Removed: image placeholders, the navigation lines, the heading (moved to "
                 "title), two photo captions with their alternative text, the calendar grid and "
                 "the back/forward links. The last paragraph is cut by the store and kept to its "
                 "third sentence. The coordinates, clock times (PST) and 'Dive R734' are not "
                 "quantities; '60,000 years ago' anchors a point in time. '44+ hours' is "
                 "approximate (more than 44); 'every 30 minutes' gives the interval '30 minutes' "
                 "(duration)."),
        "paragraphs": [
            "45°55.2. N, 129° 58.8' W",
            "Air temperature 62°F, 1530 PST",
            "Dive R734 ended today at 0945 PST after a record-breaking 44+ hours in the water. "
            "Following the dive, the NeMO Net buoy was successfully deployed, which communicates "
            "with monitoring instruments on the seafloor and then sends data back to shore in "
            "near real-time. At present the PMEL engineers are recovering two moorings which "
            "were deployed last summer with temperature recorders, current meters, and chemical "
            "sensors to monitor hydrothermal plumes. ROPOS is scheduled back in the water at "
            "1900 PST.",
            "Teacher's Report",
            "Bill Hanshumaker, Educator at Sea",
            "Last night's sunset was spectacular. The waxing crescent moon followed the sun as it "
            "set in the west, while a brilliant red planet named for the god of war rose from "
            "the east. Only Neanderthal man 60,000 years ago has seen Mars at this magnitude!",
            "We removed two recording temperature probes (HOBO's) that were deployed last year "
            "at Vixen vent. These probes take a reading every 30 minutes to monitor any "
            "temperature change that may occur through changes in magma or seawater "
            "circulation. Though the probes are capable of recording temperature more "
            "frequently, it would dramatically shorten the duration of recording.",
        ],
        "quantities": [
            oth("62°F", 62, "fahrenheit", "air temperature at the NeMO site"),
            dur("44+ hours", 44, "hour", "length of Dive R734", approx=True),
            c("two moorings", 2, "moorings", "moorings being recovered"),
            c("two", 2, "probes", "recording temperature probes removed"),
            dur("30 minutes", 30, "minute", "interval between probe readings"),
        ],
    },
    {
        "id": "qt22-36",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/sepa/southeastern-power-administration",
        "title": "Southeastern Power Administration",
        "published": None,
        "truncated": True,
        "note": ("Department of Energy page of the Southeastern Power Administration; title "
                 "written from the URL. The store's text may be cut after the second paragraph. "
                 "Verbatim: 'Fedreal'. '42-gigawatt' is a compound adjective (power)."),
        "paragraphs": [
            "Fedreal Hydropower: The Bedrock of a Clean Energy Future",
            "Hydropower plays a critical role in the U.S. power system, as both source of clean "
            "renewable, affordable energy and as a firm, flexible resource that ensures the "
            "reliability of the grid. Department of Energy’s Power Marketing Administrations "
            "bring the power of water to the public’s front door through a network of high "
            "voltage transmission lines. Electricity produced at Federal dams plays a critical "
            "role to meeting everyday energy needs of Americans. The dams, owned by the U.S. "
            "Army Corps of Engineers, Bureau of Reclamation, International Boundary and Water "
            "Commission and Tennessee Valley Authority serve many other important roles. Federal "
            "dams have a 42-gigawatt capacity.",
            "Southeastern Power Administration will excel in an evolving energy market by "
            "maintaining a well-trained, flexible workforce in an open, rewarding and safe "
            "environment.",
        ],
        "quantities": [
            oth("42-gigawatt", 42, "gigawatt", "capacity of Federal dams"),
        ],
    },
    {
        "id": "qt22-37",
        "source": "usgov:www.energy.gov",
        "url": "https://www.energy.gov/eere/geothermal/hydrothermal-projects",
        "title": "Hydrothermal Projects",
        "published": None,
        "truncated": True,
        "note": ("Department of Energy (EERE Geothermal Technologies Office) page; the heading "
                 "'Hydrothermal Projects' that follows the lead paragraph is moved to title; the "
                 "project list after it is not in the store's text. '30 GW' is an estimate "
                 "(approximate); 'ten times' is a multiplier."),
        "paragraphs": [
            "Geothermal electricity production has grown steadily, tapping a reliable, nearly "
            "inexhaustible reserve of hydrothermal systems where fluid, heat, and permeability "
            "intersect naturally in the subsurface. The United States Geological Survey "
            "estimates that 30 GW of hydrothermal resources lie beneath the surface--ten times "
            "the current installed capacity.",
        ],
        "quantities": [
            oth("30 GW", 30, "gigawatt", "hydrothermal resources beneath the surface",
                approx=True),
            oth("ten times", 10, "multiplier", "hydrothermal resources relative to installed "
                "capacity"),
        ],
    },
    {
        "id": "qt22-38",
        "source": "usgov:ww2.wapa.gov",
        "url": "http://ww2.wapa.gov/SITES/WESTERN/ABOUT/FAQS/Pages/faqpm.aspx",
        "title": "Frequently asked questions: Power Marketing (Western Area Power Administration)",
        "published": None,
        "truncated": True,
        "note": ("Western Area Power Administration (Department of Energy) FAQ page. Removed: the "
                 "two navigation menus and the section heading 'Power Marketing'. The store's "
                 "text may be cut after the Contracts answers. Double spaces after the questions "
                 "are verbatim. 'One kilowatthour' (energy), 'one hour' (duration) and 'one "
                 "kilowatt' (power) are quantities of a definition."),
        "paragraphs": [
            "Capacity and energy",
            "What is the difference between capacity and energy?  Capacity is the instantaneous "
            "amount of power available to meet consumer demand as they turn on lights, "
            "appliance and motors. It is measured in kilowatts or megawatts. Energy is the amount "
            "of electricity delivered over time and is measured in kilowatthours or "
            "megawatthours. One kilowatthour of energy delivered over one hour requires one "
            "kilowatt of capacity. Capacity and energy can be marketed and billed separately.",
            "Contracts",
            "How does Western contract with firm power customers?  When existing contracts expire "
            "or when additions to generating capacity occurs, we develop a new marketing plan on "
            "a project-specific basis. Marketing plans specify when and how Western will sell "
            "power. Although marketing plans vary from project to project, they commonly address "
            "issues such as contract terms and conditions, the geographic area where electricity "
            "will be sold, classes of service and the amount of electricity offered, who is "
            "eligible to receive the electricity, how power is allocated among applicants and "
            "the deadline for successful applicants to sign their contracts.",
            "Final marketing plans are the basis for allocating firm power to individual "
            "customers. An allocation does not grant a customer the right to receive power; this "
            "happens only when a contract is signed. The contract typically contains a capacity "
            "commitment (also referred to as the contract rate of delivery) and an energy "
            "commitment (except for the Central Valley Project, which markets power based on a "
            "percentage of the project’s hourly output).",
        ],
        "quantities": [
            oth("One kilowatthour", 1, "kilowatt_hour", "energy delivered in the definition"),
            dur("one hour", 1, "hour", "delivery time in the definition"),
            oth("one kilowatt", 1, "kilowatt", "capacity required in the definition"),
        ],
    },
]

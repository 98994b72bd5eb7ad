"""Source of the sealed quotes test set ``test8.jsonl`` (VOA news stories, 2007-2019).

Annotated by helper sqq9 on 2026-12-06, before any system ran on these texts. Texts are
Voice of America pages (public domain) as the ``search`` tool's ``pages`` corpus stores them;
page furniture removed (named in each ``note``). Build and check with
``python data/gold/check_quotes_test8.py build``.

Each quote is a tuple ``(kind, span, cue, speaker_text, speaker, speaker_country,
speaker_class[, after])``; a span is searched from the start of the previous quote (or after
the first occurrence of ``after``); ``"A<<>>B"`` spans from A to the next B.
"""

DOCS = [
    {
        "id": "t8-venezuela-guaido-2019",
        "url": "https://www.voanews.com/a/crises-mount-in-venezuela/4770476.html",
        "title": "Crisis Mounts in Venezuela",
        "published": "2019-02-02",
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(stored twice), the embedded video block 'WATCH: VOA Interviews Juan "
                "Guaidó ... 0:00 0:01:58 0:00', crosshead 'More defections'. Cut by the store "
                "inside the next paragraph ('Jonathan Velasc'); kept to the last complete "
                "sentence. published: the caption's date (Saturday, Feb. 2, 2019), which is "
                "the 'Saturday' of the story. The last quotation is never closed on the page.",
        "text": """
Venezuelan opposition leader Juan Guaido is expected to announce Sunday when humanitarian aid will be delivered to the crisis-ridden country.
Guaido told supporters Saturday the opposition would start collecting humanitarian aid in Brazil, Colombia and an unnamed Caribbean island and called on the military to allow the aid into the country.
The United States has said it would transport aid to Venezuela at Guaido's request. President Nicolas Maduro has refused to accept aid because he believes it opens the way for a U.S.-led military intervention.
Two military leaders and an ambassador defected Saturday from the government of President Nicolas Maduro and instead recognized Guaido as the acting president.
Early Saturday, General Francisco Yanez called on other members of the military to defect as he announced his own defection in a social media video. He rejected Maduro's "dictatorial" authority and recognized Guaido as the acting president.
Major General Jorge Oropeza, former air force general commander, said later Saturday that he also recognized Guaido as acting president.
Top military leaders have helped Maduro survive mass demonstrations in recent years by jailing activists and repressing opposition protestors.
Guaido said in an interview with VOA Noticias he has offered "amnesty and guarantees" to high ranking military officials as part of a broader effort to get "this usurpation to end.
It remains unclear how much military support there is for Guaido.
""",
        "quotes": [
            ("indirect", "the opposition would start collecting humanitarian aid in Brazil, Colombia and an unnamed Caribbean island",
             "told", "Guaido", "Juan Guaido", "VEN", "name"),
            ("indirect", "it would transport aid to Venezuela at Guaido's request",
             "said", "The United States", "United States", "USA", "organisation"),
            ("partial", "dictatorial", "rejected", "He", "Francisco Yanez", "VEN", "pronoun"),
            ("indirect", "he also recognized Guaido as acting president",
             "said", "Major General Jorge Oropeza", "Jorge Oropeza", "VEN", "name"),
            ("indirect", "he has offered<<>>usurpation to end.",
             "said", "Guaido", "Juan Guaido", "VEN", "name"),
            ("partial", "amnesty and guarantees", "said", "Guaido", "Juan Guaido", "VEN", "name"),
            ("partial", "this usurpation to end", "said", "Guaido", "Juan Guaido", "VEN", "name"),
        ],
    },
    {
        "id": "t8-eu-summit-eurobonds-2012",
        "url": "http://www.voanews.com/content/eu_economy_meeting/938361.html",
        "title": "EU Leaders Meet Amid More Grim Economic News",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Europe', title line, photo caption (stored twice; dated May 23, "
                "2012, a day before the story's 'Wednesday', so not used as the date), byline "
                "'Lisa Bryant'. Cut by the store inside a quotation of the OECD's chief "
                "economist ('Things have begun to deteriorate ... repercussions w'); that "
                "paragraph was dropped whole.",
        "text": """
PARIS - European leaders gather for an informal dinner summit in Brussels Wednesday, dominated by increasing calls for growth measures and gloomy news about the state of the eurozone economy. France's new president Francois Hollande is expected to champion a particularly controversial measure - eurobonds.
This latest meeting of European Union leaders takes place amid a changed political and economic landscape. To be sure, the main problem facing the 27 European leaders remains the same; creating jobs and growing the troubled eurozone economy. Pressure for strong and speedy action is mounting amid fears that the eurozone's weakest member - Greece - may soon exit the 17-nation currency union, a move that may spark a larger crisis.
"I don't think the eurozone has turned the corner," said Thomas Klau, who heads the Paris office of the European Council on Foreign Relations. "It's turned the corner in terms of the political will. I think the mainstream parties across the eurozone are very strongly committed to keeping the eurozone intact and see it through this crisis. But I don't think they've done enough to make that commitment work in practice."
European leaders received more grim economic news this week. A report by the Paris-based Organization for Economic Cooperation and Development warned the eurozone risked severe recession. The OECD's chief economist Pier Carlo Padoan called for swift action.
""",
        "quotes": [
            ("direct", "I don't think the eurozone has turned the corner",
             "said", "Thomas Klau", "Thomas Klau", None, "name"),
            ("direct", "It's turned the corner in terms<<>>work in practice.",
             "said", "Thomas Klau", "Thomas Klau", None, "name"),
            ("indirect", "the eurozone risked severe recession", "warned", "A report",
             "Organization for Economic Cooperation and Development", "IGO", "organisation"),
        ],
    },
    {
        "id": "t8-nasa-extraterrestrial-life-2015",
        "url": "http://www.voanews.com/content/discovery-of-extraterrestrial-life-within-reach-nasa/1958312.html",
        "title": "Discovery of Extraterrestrial Life 'Within Reach' Says NASA",
        "published": None,
        "truncated": True,
        "note": "Removed: 'News / Science & Technology', title line, photo caption (stored twice), "
                "the 'Related Articles' box (three linked titles with their blurbs), byline "
                "'VOA News'. Cut by the store inside the next sentence ('... potentially "
                "billions of'); kept to the last complete sentence. Mixed curly/straight marks "
                "around Bolden's words are the page's.",
        "text": """
NASA scientists say they’re closer than ever to finding life beyond Earth.
At a July 14 panel discussion, several leading NASA scientists outlined the agency’s roadmap to find life and looked back on the discoveries that paved the way.
While NASA continues to look for life in the solar system, namely on Mars and the icy moons of Jupiter and Saturn, the panel was focused on the search for life outside the solar system.
NASA Administrator Charles Bolden, a former astronaut, opened the discussion saying “it is improbable that in the limitless vastness of the universe we humans stand alone."
One major advancement in the discovery of worlds outside the solar system has been the Kepler Space Telescope, launched in 2009. It has been critical in expanding the knowledge of exoplanets, discovering most of the 5,000 potential exoplanets, 1,700 of which have been confirmed.
One of those planets is an Earth-size planet orbiting the habitable zone of a star. The habitable zone is the distance from a star where liquid water can exist. Liquid water is considered to be a key ingredient for life as we know it.
""",
        "quotes": [
            ("indirect", "they’re closer than ever to finding life beyond Earth",
             "say", "NASA scientists", "NASA scientists", "USA", "nominal"),
            ("partial", "it is improbable that in the limitless vastness of the universe we humans stand alone",
             "saying", "NASA Administrator Charles Bolden", "Charles Bolden", "USA", "name"),
        ],
    },
    {
        "id": "t8-kashmir-shelling-2018",
        "url": "https://www.voanews.com/a/pakistan-india-military-clashes-kill-11-in-kashmir/4399639.html",
        "title": "Pakistan, India Military Clashes Kill 11 in Kashmir",
        "published": None,
        "truncated": True,
        "note": "Removed: 'Accessibility links', 'Breaking News', title line, photo caption "
                "(stored twice; dated May 18, 2018, of a different protest, so not used as the "
                "date). Cut by the store inside the next sentence ('... more than 1,00'); kept "
                "to the last complete sentence. The page's mixed marks ('“...\"', '‘...”') are "
                "kept.",
        "text": """
Pakistan and India accused each other’s militaries on Friday of launching unprovoked shelling across their disputed Kashmir frontier — skirmishes that officials said caused mostly civilian casualties on both sides.
The Pakistani foreign ministry summoned India’s top diplomat in Islamabad to protest what it condemned as “unprovoked cease-fire violations” by Indian forces that resulted in the deaths of four civilians and injuries to 10 others.
Indian military officials accused Pakistan of firing first and confirmed the killings of six civilians and a soldier in what they said was “unprovoked and indiscriminate" shelling by Pakistani forces.
In recent years, almost weekly military skirmishes along the so-called Line of Control (LoC) in the Himalayan region have nearly torn down a 2003 mutual cease-fire truce between the two nuclear-armed neighbors, raising fears of a wider conflict.
Both India and Pakistan blame each other for starting the deadly clashes.
The Pakistani military said Indian forces early Friday began violating the cease-fire and targeted the civilian population in the Sialkot sector.
Pakistani troops, it said, retaliated and targeted ‘those Indian posts that initiated the fire.”
Officials on both sides reported that intermittent skirmishes were ongoing in the area and several other sectors on LoC.
""",
        "quotes": [
            ("indirect", "caused mostly civilian casualties on both sides",
             "said", "officials", "officials", None, "nominal"),
            ("partial", "unprovoked cease-fire violations", "condemned", "it",
             "Pakistani foreign ministry", "PAK", "pronoun"),
            ("indirect", "was “unprovoked and indiscriminate\" shelling by Pakistani forces",
             "said", "they", "Indian military officials", "IND", "pronoun"),
            ("partial", "unprovoked and indiscriminate", "said", "they",
             "Indian military officials", "IND", "pronoun"),
            ("indirect", "Indian forces early Friday began violating the cease-fire and targeted the civilian population in the Sialkot sector",
             "said", "The Pakistani military", "Pakistani military", "PAK", "organisation"),
            ("indirect", "retaliated and targeted ‘those Indian posts that initiated the fire.”",
             "said", "it", "Pakistani military", "PAK", "pronoun"),
            ("partial", "those Indian posts that initiated the fire", "said", "it",
             "Pakistani military", "PAK", "pronoun"),
            ("indirect", "intermittent skirmishes were ongoing in the area and several other sectors on LoC",
             "reported", "Officials on both sides", "officials on both sides", None, "nominal"),
        ],
    },
]

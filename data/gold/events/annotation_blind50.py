"""Texts and annotation of the blind events set ``blind50.jsonl`` (evgold38, 2026-12-07).

Ten Voice of America news stories (voanews.com, VOA's preview host voa.pangea-cms.com, VOA
Zimbabwe's voazimbabwe.com and VOA's news blog blogs.voanews.com), taken from the search tool's
stored pages; all public domain. Page furniture is removed (named in each document's ``note``);
the wording is otherwise exactly as stored. Each event is written as: document id, a sentence
anchor (a substring of exactly one sentence), the trigger (a substring found once in that
sentence), type, mode, contexts, actor codes, actor texts, recipient codes, recipient texts and
the flags. ``build_blind50.py`` turns this into ``blind50.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind50-01",
        "url": "https://www.voanews.com/a/drc-rejects-rebels-demands-for-talks/1548792.html",
        "agency": "Voice of America",
        "title": "New Fighting After DRC Rejects Rebel Demand for Talks",
        "published": "2012-11-19",
        "date_approximate": True,
        "date_note": "the page carries no date (its photo caption is a file photo of July 29, "
                     "2012); the story reports fighting 'Monday' with M23 a few kilometers from "
                     "Goma, the day before the rebels took the city (VOA story 1549803 of "
                     "2012-11-20), so it is dated Monday 2012-11-19",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption; the store cuts the page inside the paragraph after 'landed near U.N. "
            "troops.' ('It says peace'), which is dropped"
        ),
        "text": (
            "New fighting has broken out near the Congolese city of Goma, after the Democratic "
            "Republic of Congo government dismissed a demand for peace talks from the rebel group "
            "M23.\n"
            "According to a VOA reporter on the ground in Goma, there was heavy weapons fire "
            "Monday about three kilometers from the edge of the city and about five kilometers "
            "from the city's airport.\n"
            "An M23 spokesman, Vianney Kazarama, said the rebel group controls the northeastern "
            "part of Goma, the capital of Congo's North Kivu province.\n"
            "There also are reports of weapons fire along the DRC's border with Rwanda. The DRC "
            "has accused Rwanda of supporting M23, which Rwanda has repeatedly denied.\n"
            "M23 fighters moved to within a few kilometers of Goma over the past few days, after "
            "pushing back government troops and U.N. peacekeepers.\n"
            "U.S. State Department spokeswoman Victoria Nuland called the situation \"extremely "
            "dangerous and worrying.\"\n"
            "\"We are obviously deeply troubled by the rapidly deteriorating security and "
            "humanitarian crisis,\" she said. \"In the DRC there are now some 60,000 people "
            "displaced just in the past three days, 500,000 since January.\"\n"
            "The French ambassador to the U.N., Gerard Araud, blamed M23 for starting the latest "
            "fighting. He said France will introduce a resolution condemning M23 and calling for "
            "sanctions against the rebel group's leaders.\n"
            "Asked whether those leaders would include anyone from Rwanda, he said the matter "
            "would have to be handled carefully.\n"
            "\"The involvement of a country will obviously be part of the resolution \u2013 a "
            "delicate part of the resolution, but it will be in the resolution,\" he said.\n"
            "The United Nations says some of the mortar fire from Monday's fighting landed near "
            "U.N. troops."
        ),
    },
    {
        "id": "blind50-02",
        "url": "https://www.voanews.com/a/a-13-2008-09-29-voa51/402211.html",
        "agency": "Voice of America",
        "title": "US Sends Top Envoy to North Korea to Try to Save Nuclear Deal",
        "published": "2008-09-29",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-09-29), a Monday, matching Hill's arrival "
                     "in Seoul 'late Tuesday' and a visit 'this week'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the last paragraph ('He said North'), which is dropped. "
            "The opening summary with the correspondent line is kept as stored. Source wording "
            "kept ('the United State reneged')"
        ),
        "text": (
            "The United States is sending a senior diplomat to Pyongyang this week to try to "
            "salvage the troubled six-party accord, under which North Korea is to scrap its "
            "nuclear program. VOA's David Gollust reports from the State Department that "
            "Assistant Secretary of State Christopher Hill, chief U.S. envoy to the nuclear "
            "talks, will also visit Seoul, Beijing and Tokyo.\n"
            "The dispatch of Assistant Secretary Christopher Hill to the region underlines U.S. "
            "concern about the six-party deal, which appears to be crumbling amid North Korea "
            "moves to reverse disarmament steps.\n"
            "North Korea has expelled international monitors from its partially-disabled "
            "Yongbyon reactor complex, and taken steps to reactivate the facility, in a dispute "
            "over verifying the declaration of its nuclear program it made in June.\n"
            "North Korea alleges the United State reneged on a promise to remove it from its list "
            "of state sponsors of terrorism after the declaration, but U.S. officials say "
            "de-listing depends on submission by North Korea of an acceptable verification "
            "plan.\n"
            "The State Department says Hill, who has been holding consultations on the nuclear "
            "issue on the sidelines of the U.N. General Assembly in New York, will arrive in "
            "Seoul late Tuesday and go on from there to Pyongyang, Beijing and Tokyo.\n"
            "Deputy State Department Spokesman Robert Wood said Hill will try to ascertain why "
            "North Korea has moved to reverse implementation of the accord, under which Pyongyang "
            "is to get aid and diplomatic benefits from the other parties for scrapping its "
            "nuclear program, including weapons.\n"
            "The secretive communist government is understood to be reluctant to accept "
            "intrusive verification, and some analysts say the terms sought by the United States "
            "are especially severe.\n"
            "But spokesman Wood said all the parties to the talks, including North Korea, agreed "
            "in principle on the need for a verification plan in July."
        ),
    },
    {
        "id": "blind50-03",
        "url": "https://www.voanews.com/a/ecowas-leaders-meet-over-ivory-coast-crisis--112407254/157098.html",
        "agency": "Voice of America",
        "title": "ECOWAS Leaders Meet Over Ivory Coast Crisis",
        "published": "2010-12-24",
        "date_approximate": True,
        "date_note": "the page carries no date; its photo caption is dated 16 Dec 2010 and the "
                     "story reports an emergency ECOWAS summit in Abuja on Ivory Coast that "
                     "meets 'later today' after an earlier extraordinary summit; ECOWAS held that "
                     "second emergency summit on Friday 2010-12-24, so the story is dated then",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption; the store cuts the page inside the next paragraph ('Ugoh said it is "
            "imperative for t'), which is dropped. Source wording kept ('employ militarily "
            "force', the unbalanced closing quote after 'had here.')"
        ),
        "text": (
            "An official of the Economic Community of West African States (ECOWAS) told VOA "
            "several heads of state and government in the sub-region are in Nigeria\u2019s "
            "capital, Abuja, to participate in an emergency summit to find ways to resolve the "
            "political crisis in Ivory Coast.\n"
            "Sonny Ugoh, communications director for ECOWAS, said it will be premature for them "
            "to employ militarily force to remove Ivorian President Laurent Gbagbo from power.\n"
            "\u201cLater today, heads of state will be meeting to review the situation in Cote "
            "d\u2019Ivoire since their last summit and see what additional things they need to "
            "do, (and) what additional measures they will need to agree on to realize the "
            "objective that they have enunciated in their last communiqu\u00e9 on their last "
            "extraordinary summit also on Cote d\u2019Ivoire,\u201d said Ugoh, to see how they "
            "can bring to fruition the takeover of (Alassane) Ouattara as the president, as "
            "reflected in the last document that they had here.\u201d\n"
            "Supporters of former Prime Minister Ouattara have called on the international "
            "community to use force to remove Mr. Gbagbo from power saying targeted sanctions "
            "have not yielded the desired result.\n"
            "The international community, including ECOWAS, has recognized Mr. Ouattara as the "
            "winner of Ivory Coast\u2019s 28th November presidential run-off vote and has "
            "demanded President Gbagbo step down and hand over power to his successor.\n"
            "But, Mr. Gbagbo, who is backed by the country\u2019s military, has so far refused "
            "to step down, despite increasing international pressure to do so. He maintains he "
            "is the country\u2019s true president saying he is willing to allow envoys from the "
            "African Union, the European Union and the United Nations to form a panel to study "
            "the post-election crisis."
        ),
    },
    {
        "id": "blind50-04",
        "url": "https://www.voanews.com/a/a-13-2008-07-25-voa32/403638.html",
        "agency": "Voice of America",
        "title": "Cyprus' Rival Leaders Agree to Start Historic Reunification Talks",
        "published": "2008-07-25",
        "date_approximate": False,
        "date_note": "date in the story's URL (2008-07-25), a Friday, matching 'Friday's events'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the next paragraph ('To add some impetus to the process, "
            "the f'), which is dropped. The opening summary with the correspondent line is kept "
            "as stored. Source spelling kept ('Demitris Christofias' beside 'Demetris')"
        ),
        "text": (
            "Greek- and Turkish-Cypriot leaders meeting in Nicosia have agreed to resume "
            "reunification talks in September to try and end the 34-year division of the "
            "Mediterranean island. The U.N. Chief of Mission in Cyprus, Taye-Brook Zerihoun, made "
            "the announcement that a breakthrough had been made after hosting a meeting between "
            "the Greek Cypriot President Demetris Christofias and Turkish Cypriot leader Mehmet "
            "Ali Talat. For VOA, Nathan Morley reports from Nicosia.\n"
            "This was the two leaders' fourth meeting, during which they undertook a final review "
            "of technical committees and working groups, which will lay the groundwork for "
            "negotiations.\n"
            "Once the upcoming negotiations are complete, Turkish and Greek Cypriots will hold "
            "separate votes on the final settlement.\n"
            "U.N. spokesman Jose Diaz told VOA that Friday's events are a very positive sign for "
            "the future of Cyprus.\n"
            "\"Well I think today's meeting went quite smoothly, we had a very good statement "
            "coming out of the meeting, in addition to the agreement to start negotiations on the "
            "3rd September, they also announced a series of measures that are aimed at making "
            "life easier for people on both sides of the divide,\" he said.\n"
            "Considering that almost all contact between the two communities ended in 2004, "
            "events since the election of Demitris Christofias in February this year have moved "
            "at a fast pace.\n"
            "The chemistry between Mr. Christofias and Mr. Talat is said to be \"good\" and the "
            "two men are seen by many in the international community as the only hope for "
            "finding a peace settlement in the Cyprus dispute, which has been ongoing since "
            "1974.\n"
            "\"They have a very good relationship, which is obvious when you see them interacting "
            "and discussing, so I think that's a very important part of the progress that has "
            "been made so far and hopefully will continue to be made,\" said U.N. spokesman Jose "
            "Diaz."
        ),
    },
    {
        "id": "blind50-05",
        "url": "https://www.voazimbabwe.com/a/southern-african-leaders-toughen-stance-with-mugabe-119078139/1462858.html",
        "agency": "Voice of America (VOA Zimbabwe, Studio 7)",
        "title": "Southern African Regional Leaders Toughen Stance With Zimbabwe's Mugabe",
        "published": "2011-04-01",
        "date_approximate": True,
        "date_note": "the page carries no date; the SADC troika mini-summit in Livingstone, "
                     "Zambia, and its communique 'issued late Thursday' were on Thursday "
                     "2011-03-31, so the story is dated Friday 2011-04-01",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "deck under the headline (a shorter copy of the Salomao sentence without a full "
            "stop); the store cuts the page inside the next paragraph ('Minister of State "
            "Jameson Timba ... was pleased at'), which is dropped"
        ),
        "text": (
            "Southern African leaders have taken an uncustomarily tough stance on Zimbabwe "
            "calling for an end to political violence and expressing \u201cgrave concern\u201d "
            "about the resurgence of violence and arrests ahead of elections sought by President "
            "Robert Mugabe.\n"
            "In a communiqu\u00e9 issued late Thursday following a mini-summit of the Southern "
            "African Development Community, SADC's troika on politics, security and defense said "
            "that it was disturbed by developments in the country, rebuking the governing parties "
            "for failing to fully implement the 2008 Global Political Agreement for power "
            "sharing.\n"
            "Zambian President Rupiah Banda, chairman of the panel, opened the meeting with a "
            "warning to regional leaders to embrace democratic reforms or risk rebellions similar "
            "to those which have been witnessed in Tunisia, Egypt and other Arab nations.\n"
            "SADC Secretary Tomaz Salomao told reporters that SADC wants to see a peaceful "
            "environment in Zimbabwe ahead of elections which have yet to be scheduled.\n"
            "Salomao called on President Mugabe's ZANU-PF and the two branches of the Movement "
            "for Democratic Change to put a new constitution in place before such elections.\n"
            "He said SADC will help Harare draw up a road-map to ensure a free and fair vote.\n"
            "\"There must be an immediate end of violence, intimidation, hate speech, "
            "harassment, and any other form of action that contradicts the letter and spirit of "
            "the GPA,\" he said.\n"
            "Taking part in the meeting were Mr. Mugabe, Mr. Tsvangirai, Deputy Prime Minister "
            "Arthur Mutambara and the head of the smaller MDC faction, Welshman Ncube."
        ),
    },
    {
        "id": "blind50-06",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/colombia-venezuela-restore-diplomatic-ties-100431134/164027.html",
        "agency": "Voice of America",
        "title": "Colombia, Venezuela Restore Diplomatic Ties",
        "published": "2010-08-11",
        "date_approximate": True,
        "date_note": "the page carries no date; its photo caption is dated 10 Aug 2010 (a "
                     "Tuesday) and the story reports the announcement made 'late Tuesday' and "
                     "Santos taking office 'Saturday' (2010-08-07), so it is dated Wednesday "
                     "2010-08-11",
        "truncated": True,
        "note": (
            "VOA's own preview host (voa.pangea-cms.com) of voanews.com story 164027. removed: "
            "'Accessibility links', 'Breaking News', the headline (kept in title), the photo "
            "caption (given twice); the store cuts the page inside the next paragraph ('Mr. "
            "Chavez denied the charge, s'), which is dropped"
        ),
        "text": (
            "Colombian President Juan Manuel Santos and his Venezuelan counterpart, Hugo Chavez, "
            "have restored diplomatic relations that were severed last month by Caracas in a "
            "dispute over Venezuela's alleged support of leftist rebels in Colombia.\n"
            "The two leaders made the announcement late Tuesday after talks. They met at a "
            "colonial-era estate in Santa Marta, a city on Colombia's Caribbean coast where "
            "19th-century independence hero Simon Bolivar died.\n"
            "Cross-border tensions have run high for more than a year as Mr. Chavez, who views "
            "Bolivar as the inspiration for his socialist movement, imposed what Colombia called "
            "a \"trade embargo\" before cutting ties completely last month.\n"
            "Mr. Santos took office Saturday. He said the two leaders have taken a huge step "
            "forward in restoring confidence.\n"
            "At the heart of the latest dispute were allegations by former Colombian President "
            "Alvaro Uribe that Venezuela had supported rebels from the Revolutionary Armed Forces "
            "of Colombia, or FARC. Mr. Chavez, in turn, criticized Mr. Uribe for waging a "
            "military campaign against the rebels that threatened the entire region.\n"
            "The Venezuelan president also complained about a Colombian deal to allow U.S. troops "
            "more access to its military bases.\n"
            "On July 22, Venezuela severed ties with Colombia after Bogota went before the "
            "Organization of American States in Washington to present photographs, maps, "
            "coordinates and videos it said show 1,500 guerrillas hiding inside Venezuela."
        ),
    },
    {
        "id": "blind50-07",
        "url": "http://www.voanews.com/content/south-korean-president-visits-islets-disputed-with-japan/1483744.html",
        "agency": "Voice of America",
        "title": "South Korean President Visits Islets Disputed with Japan",
        "published": "2012-08-10",
        "date_approximate": False,
        "date_note": "the photo caption dates the visit Aug. 10, 2012, and the story (datelined "
                     "Seoul) reports it as made",
        "truncated": True,
        "note": (
            "removed: 'News / Asia', the headline (kept in title), the photo caption (given "
            "twice), the byline 'Jason Strother', the fact box 'The Dokdo-Takeshima Islands' "
            "with its five bullet points, trailing spaces at paragraph ends and blank lines; the "
            "store cuts the page inside the next sentence ('Foreign Minister Koichiro Gemba ... "
            "called it utterly unaccept'), which is dropped. The dateline 'SEOUL \u2014' and the "
            "two spaces inside the second paragraph are kept as stored"
        ),
        "text": (
            "SEOUL \u2014 South Korean President Lee Myung-bak has visited a set of disputed "
            "islets in the sea between Japan and Korea, causing a diplomatic rift between the two "
            "nations.\n"
            "Lee Myung-bak is the first South Korean leader to visit the rocky outcrops, called "
            "Dokdo in Korean and Takeshima in Japanese.  The islets have been at the center of a "
            "dispute between the two nations since the end of Japan\u2019s colonization of the "
            "Korean peninsula in 1945.\n"
            "A senior researcher at the Korean government-funded Northeast Asian History "
            "Foundation, Lee Myong-chan, says the president\u2019s trip was intended to counter "
            "Japanese claims.\n"
            "He says, President Lee\u2019s visit expresses Korea's strong determination on Dokdo "
            "and also sends a strong message to Japan that Korea will not accept any provocation "
            "anymore. He says he thinks Lee did what he had to do as a head of the nation.\n"
            "Both countries say they maintain legal jurisdiction over the rocks, which are "
            "surrounded by rich fishing waters and untapped natural resources.\n"
            "President Lee\u2019s trip to the disputed territory was met with criticism in "
            "Tokyo."
        ),
    },
    {
        "id": "blind50-08",
        "url": "http://www.voanews.com/content/china-official-visits-taiwan-amid-warming-relations/1944350.html",
        "agency": "Voice of America",
        "title": "Fresh Talks Keep China-Taiwan Ties on Track",
        "published": "2014-06-25",
        "date_approximate": False,
        "date_note": "the photo caption dates Zhang's arrival June 25, 2014 (a Wednesday), and "
                     "the story reports the talks 'Wednesday'",
        "truncated": True,
        "note": (
            "removed: 'News / Asia', the headline (kept in title), the photo caption (given "
            "twice), the byline 'Ralph Jennings', the four-space indentation of every stored "
            "line and blank lines; the store cuts the page inside the next sentence ('In 2008 "
            "the two sides broke an icy 60-year impasse'), which is dropped. Double spaces "
            "between sentences are kept as stored"
        ),
        "text": (
            "Old rivals China and Taiwan held ministerial-level talks Wednesday to shore up "
            "relations that were hit by a protest movement earlier this year.  China\u2019s top "
            "official in charge of Taiwan affairs is visiting the island to scope out its "
            "economic and social conditions. It is the first such high-level visit from China.\n"
            "China\u2019s chief official for Taiwan policy Zhang Zhijun met his counterpart Wang "
            "Yu-chi shortly after reaching the island\u2019s main airport Wednesday as scores "
            "protested his arrival.\n"
            "Taiwan says it will announce no new decisions during Zhang\u2019s four-day stay.  "
            "His agenda includes chats with common Taiwanese and an opposition party figure.  "
            "Those meetings are seen as ways to show that relations can work, despite protests "
            "over a proposed trade pact that opponents worry would boost Beijing\u2019s "
            "influence over Taipei.\n"
            "Strategic studies professor at Tamkang University in Taiwan, Alexander Huang, "
            "expects the visit to mark a resumption of dialogue, but without major "
            "breakthroughs.\n"
            "\u201cI think the biggest contribution will be defined as a good start of a regular "
            "scheduled Cabinet-level meeting limited to cross-strait relations management, "
            "nothing more, nothing less. They will talk about how to manage the future of "
            "bilateral dialogue,\u201d he said.\n"
            "China and Taiwan have been separately ruled since the civil war of the 1940s and "
            "Beijing claims sovereignty over the island."
        ),
    },
    {
        "id": "blind50-09",
        "url": "https://www.voanews.com/a/a-13-2006-11-24-voa29/397766.html",
        "agency": "Voice of America",
        "title": "Rwanda Orders Closure of French Embassy in Kigali",
        "published": "2006-11-24",
        "date_approximate": False,
        "date_note": "date in the story's URL (2006-11-24), a Friday, matching 'broke off "
                     "diplomatic ties with France on Friday'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "store cuts the page inside the last quotation ('During the discussions of peace "
            "... and there's'), which is dropped. The opening summary with the correspondent "
            "line is kept as stored. Source spelling kept ('Defence', 'Bruguiere')"
        ),
        "text": (
            "Rwanda broke off diplomatic ties with France on Friday in protest at a French "
            "judge's call for President Paul Kagame to stand trial over the killing of a former "
            "leader, the event which unleashed the country's genocide. For VOA, Cathy Majtenyi "
            "reports from Nairobi.\n"
            "Nine presidential aides stand accused of murder and being an accessory to murder in "
            "the April 1994 downing of an airplane carrying the then-Hutu president of Rwanda and "
            "the president of Burundi.\n"
            "That incident was to spark 100 days of bloodshed in which Hutu extremists killed an "
            "estimated 800,000 Tutsis and moderate Hutus.\n"
            "Rwanda has vehemently denied the allegations. More than 20,000 Rwandans took to the "
            "streets in the capital Kigali Thursday to protest the warrants.\n"
            "Minister of Foreign Affairs Charles Murigande says France was \"deeply involved\" in "
            "the genocide, and it is guilt and a desire for power that is behind the warrants.\n"
            "\"The aim of France is to overthrow our government and bring back to power those who "
            "committed genocide because they were their allies,\" he said.\n"
            "France has repeatedly denied having a role in the genocide.\n"
            "Meanwhile, French Judge Bruguiere maintains that only the Rwandan Patriotic Front, "
            "or RPF, headed by then General Kagame, had missiles capable of shooting down the "
            "airplane to wrest power from the government in office.\n"
            "At the U.N.'s Tanzanian-based International Criminal Tribunal for Rwanda earlier "
            "this week, the Association of Defense Lawyers (Association des Avocats de la "
            "Defence, or ADAD) released a statement backing the French judge's report.\n"
            "According to the association, during peace talks leading up to the April 6 downing "
            "of the plane, the Tutsi RPF committed many atrocities as it built up its power "
            "base.\n"
            "ADAD President Peter Erlinder explains."
        ),
    },
    {
        "id": "blind50-10",
        "url": "https://blogs.voanews.com/breaking-news/2012/06/29/india-says-pakistan-involved-in-2008-mumbai-attacks/",
        "agency": "Voice of America (VOA Breaking News blog)",
        "title": "India Says Pakistan Involved in 2008 Mumbai Attacks",
        "published": "2012-06-29",
        "date_approximate": False,
        "date_note": "the post is dated 'Posted June 29th, 2012 at 1:30 pm (UTC-5)', a Friday, "
                     "matching Chidambaram speaking 'Friday'",
        "truncated": True,
        "note": (
            "VOA's news blog (blogs.voanews.com). removed: the headline (kept in title), the "
            "line 'Posted June 29th, 2012 at 1:30 pm (UTC-5)' and 'Leave a comment'; the store "
            "cuts the page inside the last sentence ('A Mumbai court sentenced the lone "
            "surviving gunman to death for crimes including murder, waging war against Ind'), "
            "which is dropped"
        ),
        "text": (
            "India has again said that the 2008 Mumbai attacks could not have been carried out "
            "without \u201cstate support,\u201d accusing longtime rival Pakistan of helping to "
            "coordinate the siege on India's financial hub.\n"
            "Indian authorities arrested Indian-born Sayed Zabiuddin, who goes by Abu Hamza and "
            "Abu Jindal, on June 21 on suspicion of helping plan the attacks that killed 166 "
            "people in Mumbai. Zabiuddin is reportedly a member of the Pakistan-based militant "
            "group, Lashkar-e-Taiba, which is blamed for the attacks.\n"
            "Home Minister P. Chidambaram told reporters in New Delhi Friday that during his "
            "interrogation, Zabiuddin confessed that he trained the attackers from a "
            "\u201ccontrol room\u201d in Pakistan.\n"
            "Chidambaram said he thinks \u201csuch a control room could not have been "
            "established without some kind of state support.\u201d He also said Indian "
            "authorities believe the founder of Lashkar-e-Taiba, Hafiz Saeed, was present in the "
            "room at the time.\n"
            "The United States has offered a $10 million reward for information leading to the "
            "conviction of Saeed, who often addresses public anti-U.S. rallies in Pakistan.\n"
            "Pakistan's Interior Minister Rehman Malik this week dismissed any Pakistani "
            "connection to the Mumbai attacks as Indian \u201cpropaganda\u201d and encouraged "
            "New Delhi to share any information about Zabiuddin so Islamabad can take action. "
            "Malik emphasized that Zabiuddin was Indian-born and that the minister had warned "
            "Chidambaram in the past that home-grown extremism was spreading in India.\n"
            "Indian authorities say Zabiuddin was based in Pakistan at the time of the attacks "
            "and issued instructions by telephone to the 10 gunmen who conducted the assault on "
            "luxury hotels, a Jewish center, and a busy train station in Mumbai in November of "
            "2008.\n"
            "Nine of the attackers were killed."
        ),
    },
]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, flags (negated / future / hypothetical)
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind50-01: DR Congo rejects M23's demand for talks; fighting near Goma (2012) ---
D = "blind50-01"
ev(D, "dismissed a demand for peace talks", "a demand for peace talks", "REQUEST", "meet",
   ["military", "diplomatic"], ["COD"], ["the rebel group M23"], ["COD"],
   ["the Democratic Republic of Congo government"])
ev(D, "dismissed a demand for peace talks", "dismissed", "REJECT", "meet",
   ["military", "diplomatic"], ["COD"], ["the Democratic Republic of Congo government"],
   ["COD"], ["the rebel group M23"])
ev(D, "The DRC has accused Rwanda", "has accused", "ACCUSE", "allege", ["military"], ["COD"],
   ["The DRC"], ["RWA"], ["Rwanda"])
ev(D, "The DRC has accused Rwanda", "denied", "REJECT", "", ["military"], ["RWA"], ["Rwanda"],
   ["COD"], ["The DRC"])
ev(D, "M23 fighters moved to within", "moved to within a few kilometers of Goma", "MOBILIZE",
   "militia", ["military"], ["COD"], ["M23 fighters"])
ev(D, "M23 fighters moved to within", "pushing back", "ASSAULT", "", ["military", "peacekeeping"],
   ["COD"], ["M23 fighters"], ["COD", "UNO"], ["government troops", "U.N. peacekeepers"])
ev(D, "Victoria Nuland called the situation", "called the situation", "ACCUSE", "disapprove",
   ["military", "human_security"], ["USA"],
   ["U.S. State Department spokeswoman Victoria Nuland"])
ev(D, "Gerard Araud, blamed M23", "blamed", "ACCUSE", "allege", ["military"], ["FRA"],
   ["The French ambassador to the U.N., Gerard Araud"], ["COD"], ["M23"])
ev(D, "France will introduce a resolution", "condemning", "ACCUSE", "disapprove",
   ["military", "diplomatic"], ["FRA"], ["France"], ["COD"], ["M23"], future=True)
ev(D, "France will introduce a resolution", "calling for sanctions", "THREATEN", "restrict",
   ["military", "diplomatic"], ["FRA"], ["France"], ["COD"], ["the rebel group's leaders"],
   future=True)

# --- blind50-02: US envoy Hill to Pyongyang as the six-party nuclear deal falters (2008) ---
D = "blind50-02"
ev(D, "The United States is sending a senior diplomat", "is sending a senior diplomat to Pyongyang",
   "AGREE", "", ["diplomatic", "cbrn"], ["USA"], ["The United States"], ["PRK"], ["Pyongyang"],
   future=True)
ev(D, "will also visit Seoul, Beijing and Tokyo", "will also visit", "AGREE", "",
   ["diplomatic", "cbrn"], ["USA"], ["Assistant Secretary of State Christopher Hill"],
   ["KOR", "CHN", "JPN"], ["Seoul", "Beijing", "Tokyo"], future=True)
ev(D, "underlines U.S. concern", "concern", "ACCUSE", "disapprove", ["diplomatic", "cbrn"],
   ["USA"], ["U.S."], ["PRK"], ["North Korea"])
ev(D, "North Korea has expelled international monitors", "has expelled international monitors",
   "SANCTION", "expel", ["cbrn"], ["PRK"], ["North Korea"])
ev(D, "North Korea has expelled international monitors", "taken steps to reactivate the facility",
   "MOBILIZE", "weapons", ["cbrn", "military"], ["PRK"], ["North Korea"])
ev(D, "North Korea alleges the United State reneged", "alleges", "ACCUSE", "allege",
   ["diplomatic", "cbrn", "terrorism"], ["PRK"], ["North Korea"], ["USA"], ["the United State"])
ev(D, "North Korea alleges the United State reneged", "depends on submission", "REQUEST", "change",
   ["cbrn"], ["USA"], ["U.S. officials"], ["PRK"], ["North Korea"])
ev(D, "who has been holding consultations", "holding consultations", "CONSULT", "",
   ["diplomatic", "cbrn"], ["USA"], ["Hill"])
ev(D, "reluctant to accept intrusive verification", "reluctant to accept intrusive verification",
   "REJECT", "yield", ["cbrn"], ["PRK"], ["The secretive communist government"], ["USA"],
   ["the United States"])
ev(D, "agreed in principle", "agreed in principle", "AGREE", "", ["cbrn", "diplomatic"],
   ["PRK"], ["North Korea"])

# --- blind50-03: ECOWAS summit on Ivory Coast; Gbagbo refuses to step down (2010) ---
D = "blind50-03"
ev(D, "to participate in an emergency summit", "emergency summit", "CONSULT", "multilateral",
   ["diplomatic", "election"], ["IGO"], ["Economic Community of West African States (ECOWAS)"])
ev(D, "Supporters of former Prime Minister Ouattara", "have called on", "REQUEST", "assist",
   ["election", "military"], ["CIV"], ["Supporters of former Prime Minister Ouattara"])
ev(D, "has recognized Mr. Ouattara", "has recognized", "SUPPORT", "", ["election", "diplomatic"],
   ["IGO"], ["ECOWAS"], ["CIV"], ["Mr. Ouattara"])
ev(D, "has recognized Mr. Ouattara", "has demanded", "REQUEST", "change", ["election", "executive"],
   ["IGO"], ["ECOWAS"], ["CIV"], ["President Gbagbo"])
ev(D, "has so far refused to step down", "refused to step down", "REJECT", "change",
   ["election", "executive"], ["CIV"], ["Mr. Gbagbo"])
ev(D, "he is willing to allow envoys", "is willing to allow envoys", "AGREE", "",
   ["election", "diplomatic"], ["CIV"], ["He"], ["IGO", "EUR", "UNO"],
   ["the African Union", "the European Union", "the United Nations"])

# --- blind50-04: Cyprus leaders agree to start reunification talks under UN auspices (2008) ---
D = "blind50-04"
ev(D, "Turkish-Cypriot leaders meeting in Nicosia", "meeting", "CONSULT", "",
   ["diplomatic", "territory"], ["CYP", "CYP"],
   ["Greek- and Turkish-Cypriot leaders", "Greek- and Turkish-Cypriot leaders"])
ev(D, "Turkish-Cypriot leaders meeting in Nicosia", "have agreed to resume reunification talks",
   "AGREE", "", ["diplomatic", "territory"], ["CYP", "CYP"],
   ["Greek- and Turkish-Cypriot leaders", "Greek- and Turkish-Cypriot leaders"], future=True)
ev(D, "after hosting a meeting between", "hosting a meeting", "CONSULT", "third-party",
   ["diplomatic"], ["UNO"], ["The U.N. Chief of Mission in Cyprus, Taye-Brook Zerihoun"],
   ["CYP", "CYP"], ["the Greek Cypriot President Demetris Christofias",
                    "Turkish Cypriot leader Mehmet Ali Talat"])
ev(D, "Friday's events are a very positive sign", "a very positive sign", "SUPPORT", "",
   ["diplomatic"], ["UNO"], ["U.N. spokesman Jose Diaz"], ["CYP"], ["Cyprus"])
ev(D, "they also announced a series of measures", "announced a series of measures", "AGREE", "",
   ["diplomatic", "human_security"], ["CYP", "CYP"], ["they", "they"])

# --- blind50-05: SADC troika rebukes Zimbabwe's governing parties (2011) ---
D = "blind50-05"
ev(D, "following a mini-summit of the Southern", "mini-summit", "CONSULT", "multilateral",
   ["diplomatic"], ["IGO"], ["the Southern African Development Community"])
ev(D, "following a mini-summit of the Southern", "rebuking", "ACCUSE", "disapprove",
   ["political_institutions", "repression"], ["IGO"],
   ["SADC's troika on politics, security and defense"], ["ZWE"], ["the governing parties"])
ev(D, "Zambian President Rupiah Banda", "a warning to regional leaders", "REQUEST", "change",
   ["pro_democracy"], ["ZMB"], ["Zambian President Rupiah Banda"])
ev(D, "SADC wants to see a peaceful environment", "wants to see", "REQUEST", "change",
   ["election", "repression"], ["IGO"], ["SADC"], ["ZWE"], ["Zimbabwe"])
ev(D, "Salomao called on President Mugabe", "called on", "REQUEST", "change",
   ["political_institutions", "election"], ["IGO"], ["Salomao"], ["ZWE", "ZWE"],
   ["President Mugabe's ZANU-PF", "the two branches of the Movement for Democratic Change"])
ev(D, "SADC will help Harare", "will help", "AGREE", "", ["election"], ["IGO"], ["SADC"],
   ["ZWE"], ["Harare"])
ev(D, "There must be an immediate end of violence", "There must be an immediate end of violence",
   "REQUEST", "change", ["repression"], ["IGO"], ["he"])
ev(D, "Taking part in the meeting were", "Taking part in the meeting", "CONSULT", "multilateral",
   ["diplomatic"], ["ZWE", "ZWE", "ZWE", "ZWE"],
   ["Mr. Mugabe", "Mr. Tsvangirai", "Deputy Prime Minister Arthur Mutambara",
    "the head of the smaller MDC faction, Welshman Ncube"])

# --- blind50-06: Colombia and Venezuela restore diplomatic ties (2010) ---
D = "blind50-06"
ev(D, "have restored diplomatic relations", "have restored diplomatic relations", "SUPPORT", "",
   ["diplomatic"], ["COL", "VEN"],
   ["Colombian President Juan Manuel Santos", "his Venezuelan counterpart, Hugo Chavez"])
ev(D, "The two leaders made the announcement", "talks", "CONSULT", "", ["diplomatic"],
   ["COL", "VEN"], ["The two leaders", "The two leaders"])
ev(D, "imposed what Colombia called", "imposed", "SANCTION", "discontinue", ["economic"], ["VEN"],
   ["Mr. Chavez"], ["COL"], ["Colombia"])
ev(D, "allegations by former Colombian President", "allegations", "ACCUSE", "allege",
   ["military", "terrorism"], ["COL"], ["former Colombian President Alvaro Uribe"], ["VEN"],
   ["Venezuela"])
ev(D, "criticized Mr. Uribe", "criticized", "ACCUSE", "disapprove", ["military"], ["VEN"],
   ["Mr. Chavez"], ["COL"], ["Mr. Uribe"])
ev(D, "also complained about a Colombian deal", "complained", "ACCUSE", "disapprove",
   ["military"], ["VEN"], ["The Venezuelan president"], ["COL"], ["Colombian"])
ev(D, "On July 22, Venezuela severed ties", "severed ties", "SANCTION", "discontinue",
   ["diplomatic"], ["VEN"], ["Venezuela"], ["COL"], ["Colombia"])
ev(D, "On July 22, Venezuela severed ties", "to present photographs", "ACCUSE", "allege",
   ["military", "terrorism"], ["COL"], ["Bogota"], ["VEN"], ["Venezuela"])

# --- blind50-07: South Korea's president visits islets disputed with Japan (2012) ---
D = "blind50-07"
ev(D, "sends a strong message to Japan", "will not accept any provocation", "REJECT", "",
   ["territory"], ["KOR"], ["President Lee\u2019s"], ["JPN"], ["Japan"])
ev(D, "was met with criticism in Tokyo", "criticism", "ACCUSE", "disapprove",
   ["territory", "diplomatic"], ["JPN"], ["Tokyo"], ["KOR"], ["President Lee\u2019s"])

# --- blind50-08: China's Taiwan affairs chief visits Taiwan for talks (2014) ---
D = "blind50-08"
ev(D, "held ministerial-level talks", "held ministerial-level talks", "CONSULT", "",
   ["diplomatic"], ["CHN", "TWN"], ["China", "Taiwan"])
ev(D, "is visiting the island", "is visiting", "CONSULT", "visit", ["diplomatic"], ["CHN"],
   ["China\u2019s top official in charge of Taiwan affairs"], ["TWN"], ["the island"])
ev(D, "as scores protested his arrival", "protested", "PROTEST", "demo", ["diplomatic"], ["TWN"],
   ["scores"], ["CHN"], ["China\u2019s chief official for Taiwan policy Zhang Zhijun"])
ev(D, "His agenda includes chats", "His agenda includes chats", "AGREE", "", ["diplomatic"],
   ["CHN", "TWN", "TWN"], ["His", "common Taiwanese", "an opposition party figure"], future=True)

# --- blind50-09: Rwanda breaks off ties with France over a French judge's warrants (2006) ---
D = "blind50-09"
ev(D, "Rwanda broke off diplomatic ties with France", "broke off diplomatic ties", "SANCTION",
   "discontinue", ["diplomatic", "legal"], ["RWA"], ["Rwanda"], ["FRA"], ["France"])
ev(D, "Rwanda broke off diplomatic ties with France", "call for President Paul Kagame to stand trial",
   "ACCUSE", "allege", ["legal"], ["FRA"], ["a French judge's"], ["RWA"],
   ["President Paul Kagame"])
ev(D, "Nine presidential aides stand accused", "stand accused", "ACCUSE", "allege", ["legal"], [],
   [], ["RWA"], ["Nine presidential aides"])
ev(D, "Hutu extremists killed", "killed", "ASSAULT", "", ["religion_ethnicity", "human_rights"],
   ["RWA"], ["Hutu extremists"], ["RWA"], ["an estimated 800,000 Tutsis and moderate Hutus"])
ev(D, "Rwanda has vehemently denied the allegations", "has vehemently denied", "REJECT", "",
   ["legal"], ["RWA"], ["Rwanda"])
ev(D, "More than 20,000 Rwandans took to the streets", "took to the streets", "PROTEST", "demo",
   ["legal", "diplomatic"], ["RWA"], ["More than 20,000 Rwandans"])
ev(D, "Charles Murigande says France", "\"deeply involved\"", "ACCUSE", "allege",
   ["human_rights", "religion_ethnicity"], ["RWA"],
   ["Minister of Foreign Affairs Charles Murigande"], ["FRA"], ["France"])
ev(D, "The aim of France is to overthrow", "The aim of France is to overthrow our government",
   "ACCUSE", "allege", ["political_institutions"], ["RWA"], ["he"], ["FRA"], ["France"])
ev(D, "France has repeatedly denied", "has repeatedly denied", "REJECT", "", ["human_rights"],
   ["FRA"], ["France"])
ev(D, "French Judge Bruguiere maintains", "maintains", "ACCUSE", "allege", ["legal"], ["FRA"],
   ["French Judge Bruguiere"], ["RWA"], ["the Rwandan Patriotic Front, or RPF"])
ev(D, "released a statement backing", "backing", "SUPPORT", "", ["legal"], ["NGO"],
   ["the Association of Defense Lawyers (Association des Avocats de la Defence, or ADAD)"],
   ["FRA"], ["the French judge's"])
ev(D, "the Tutsi RPF committed many atrocities", "committed many atrocities", "ACCUSE", "allege",
   ["human_rights", "religion_ethnicity"], ["NGO"], ["the association"], ["RWA"],
   ["the Tutsi RPF"])

# --- blind50-10: India blames Pakistan for the 2008 Mumbai attacks; Pakistan rejects it (2012) ---
D = "blind50-10"
ev(D, "accusing longtime rival Pakistan", "accusing", "ACCUSE", "allege", ["terrorism"], ["IND"],
   ["India"], ["PAK"], ["longtime rival Pakistan"])
ev(D, "Indian authorities arrested Indian-born", "arrested", "COERCE", "arrest",
   ["terrorism", "legal"], ["IND"], ["Indian authorities"], ["IND"],
   ["Indian-born Sayed Zabiuddin"])
ev(D, "which is blamed for the attacks", "is blamed", "ACCUSE", "allege", ["terrorism"], [], [],
   ["PAK"], ["Lashkar-e-Taiba"])
ev(D, "Indian authorities believe the founder", "believe", "ACCUSE", "allege", ["terrorism"],
   ["IND"], ["Indian authorities"], ["PAK"], ["the founder of Lashkar-e-Taiba, Hafiz Saeed"])
ev(D, "has offered a $10 million reward", "has offered a $10 million reward", "THREATEN",
   "arrest", ["terrorism", "legal"], ["USA"], ["The United States"], ["PAK"], ["Saeed"])
ev(D, "dismissed any Pakistani connection", "dismissed", "REJECT", "", ["terrorism"], ["PAK"],
   ["Pakistan's Interior Minister Rehman Malik"], ["IND"], ["Indian"])
ev(D, "dismissed any Pakistani connection", "encouraged", "REQUEST", "assist",
   ["terrorism", "intelligence"], ["PAK"], ["Pakistan's Interior Minister Rehman Malik"],
   ["IND"], ["New Delhi"])
ev(D, "the minister had warned Chidambaram", "had warned", "ACCUSE", "allege", ["terrorism"],
   ["PAK"], ["the minister"], ["IND"], ["Chidambaram"])
ev(D, "Indian authorities say Zabiuddin", "say", "ACCUSE", "allege", ["terrorism"], ["IND"],
   ["Indian authorities"], ["IND"], ["Zabiuddin"])
ev(D, "Indian authorities say Zabiuddin", "conducted the assault", "ASSAULT", "firearms",
   ["terrorism"], ["PAK"], ["the 10 gunmen"], ["IND"], ["Mumbai"])
ev(D, "Nine of the attackers were killed", "were killed", "ASSAULT", "", ["terrorism"], [], [],
   ["PAK"], ["Nine of the attackers"])

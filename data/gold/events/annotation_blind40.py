"""Texts and annotation of the blind events set ``blind40.jsonl`` (evgold28, 2026-12-06).

Ten Voice of America news stories (public domain), taken from the search tool's stored pages
(voanews.com, learningenglish.voanews.com, VOA's own content system voa.pangea-cms.com, and one
Internet Archive copy of a voanews.com page). Page furniture is removed (named in each
document's ``note``); the wording is otherwise exactly as stored. Each event is written as:
document id, a sentence anchor (a substring of exactly one sentence), the trigger (a substring
found once in that sentence), type, mode, contexts, actor codes, actor texts, recipient codes,
recipient texts and the flags. ``build_blind40.py`` turns this into ``blind40.jsonl`` and
checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind40-01",
        "url": "https://voanews.com/amp/violene-at-pakistan-afghan-border/4348823.html",
        "agency": "Voice of America",
        "title": "Clashes Erupt Between Afghan and Pakistani Border Forces",
        "published": "2018-04-15",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date line; the VOA article number (4348823) and the "
            "Sunday clash in Kurram/Khost date it to mid-April 2018; the stored copy ends "
            "mid-sentence, the text is kept to its last complete sentence"
        ),
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), two photo captions; the cut last sentence "
            "is dropped"
        ),
        "text": (
            "Pakistan says cross-border fire from Afghanistan Sunday killed two Pakistani "
            "paramilitary soldiers and wounded five others.\n"
            "A military spokesman said its personnel were conducting routine \"surveillance\" "
            "in the remote Kurram region \u201cto plug gaps and make necessary preparations to "
            "start fencing\u201d the border when they came under attack from the other side.\n"
            "Army spokesman Major-General Asif Ghafoor said an \u201cengagement\u201d between "
            "military officials of the two countries \u201cis underway to defuse [the] "
            "situation.\u201d\n"
            "Pakistani troops, he added, are \u201cexercising maximum restraint\u201d to avoid "
            "any Afghan civilian casualties on the other side of the border.\n"
            "Earlier, a regional Afghan police chief told VOA the clashes broke out along the "
            "Zazi Maidan border district in southeastern province of Khost adjacent to Kurram.\n"
            "General Abdul Hanan Zadran claimed two Pakistani border forces were killed and "
            "several others were wounded. He confirmed one Afghan civilian fatality on his side "
            "but local media reported the death of at least two Afghan border forces while "
            "several others were wounded.\n"
            "Pakistani army spokesman Ghafoor told VOA it was not clear whether Afghan military "
            "or border police forces initiated the cross-border fire \"because there is no "
            "Afghan border post in the near vicinity.\u201d\n"
            "Pakistan and Afghanistan share a nearly 2,600-kilometer largely porous border. The "
            "Pakistani military has recently started constructing a robust fence on the border "
            "in its bid to prevent illegal crossings in either direction.\n"
            "Afghan authorities oppose Pakistani plans of fencing the frontier because Kabul "
            "disputes the former British era demarcation."
        ),
    },
    {
        "id": "blind40-02",
        "url": (
            "https://voa.pangea-cms.com/preview/en-US/a/hundreds-killed-in-nigeria-militant-"
            "attack-/1930021.html"
        ),
        "agency": "Voice of America",
        "title": "Hundreds Killed in Suspected Boko Haram Attacks in Nigeria",
        "published": "2014-06-05",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date line; the Gwoza massacres reported 'Monday and "
            "Tuesday' and the officials' denial of the court-martial report 'on Wednesday' date "
            "it to Thursday 5 June 2014; the stored copy ends mid-sentence, the text is kept to "
            "its last complete paragraph"
        ),
        "truncated": True,
        "note": (
            "host voa.pangea-cms.com is VOA's own publishing system (a preview address of the "
            "voanews.com story); removed: 'Accessibility links', 'Breaking News', the headline "
            "(kept in title); the cut last paragraph (a quotation of Mike Omeri) is dropped"
        ),
        "text": (
            "Gunmen believed to be Boko Haram militants have shot dead dozens of people in a "
            "northeastern Nigerian village -- the fourth such massacre reported this week.\n"
            "A local source tells VOA Hausa Service that men wearing military uniforms entered "
            "the Borno State village of Bardari and asked people to come listen to a preacher. "
            "The source says when the villagers gathered, the men opened fire.\n"
            "Suspected militants using similar tactics attacked three other villages Monday "
            "and Tuesday in the nearby Gwoza district. Witnesses and officials say the "
            "militants killed hundreds of people in those attacks and burned down many homes "
            "and businesses.\n"
            "More attacks were reported Thursday in two towns of neighboring Adamawa state -- "
            "Madagali and wa Kubla.\n"
            "The Nigerian government has struggled to contain Boko Haram despite a state of "
            "emergency in the northeast and deployment of thousands of troops to the area.\n"
            "A Nigerian senator representing a southern Borno district says the militants have "
            "taken control of several localities and hoisted flags over the towns.\n"
            "On Wednesday, Nigerian officials denied a report that 15 officers, including 10 "
            "generals, have been court martialed for cooperating with Boko Haram.\n"
            "Military spokesman Major-General Chris Olukolade and government communications "
            "official Mike Omeri both told VOA that the report is \"not true.\"\n"
            "Earlier, the Leadership newspaper reported the military officers were found "
            "guilty of giving information and ammunition to Boko Haram, which has said it "
            "wants to establish a strict Islamist state in northern Nigeria.\n"
            "Omeri told VOA English to Africa the Nigerian government has launched a "
            "nationwide campaign designed to empower and engage citizens about the "
            "government's efforts to fight Boko Haram."
        ),
    },
    {
        "id": "blind40-03",
        "url": (
            "https://learningenglish.voanews.com/a/philippines-vietnam-press-china-over-ships-"
            "in-south-china-sea/5828436.html"
        ),
        "agency": "Voice of America (Learning English)",
        "title": "Philippines, Vietnam Press China over Ships in South China Sea",
        "published": "2021-03-25",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date line and no headline (the title is taken from "
            "the address); the Whitsun Reef standoff, the VOA article number (5828436) and the "
            "Vietnamese statement 'Thursday' date it to about 25 March 2021; the stored copy "
            "ends mid-sentence, the text is kept to its last complete sentence"
        ),
        "truncated": True,
        "note": "no furniture in the stored copy; the cut last sentence is dropped",
        "text": (
            "The Philippines and Vietnam have expressed concern over a group of Chinese ships "
            "gathered near a disputed area of the South China Sea.\n"
            "A spokesman for Philippine President Rodrigo Duterte said he had spoken to "
            "China\u2019s ambassador about the situation at Whitsun Reef. The reef sits in a "
            "disputed area of the South China Sea claimed by the Philippines, China and "
            "Vietnam.\n"
            "Vietnam also criticized the presence of the Chinese ships, saying they had "
            "violated the country\u2019s sovereignty.\n"
            "International concern has grown in recent days as the Philippines described a "
            "\u201cswarming and threatening presence\u201d of more than 200 Chinese ships in the "
            "area. Philippine officials have said it believes the ships are controlled by a "
            "maritime militia.\n"
            "The Associated Press reported the Philippine military had ordered more navy ships "
            "to be deployed to the area to carry out \u201csovereignty\u201d watches. So far, the "
            "ships have ignored Philippine demands to leave the area.\n"
            "China has said it owns the offshore territory, which sits near the southwest end "
            "of the western Philippine province of Palawan. China also said the ships were "
            "sheltering from rough seas. It denied the ships were controlled by maritime "
            "militias.\n"
            "Philippine Defense Secretary Delfin Lorenzana did not say how close the Philippine "
            "navy ships planned to get to the Chinese ships. But a military spokesman said the "
            "deployment was meant to protect Philippine naval forces in the area from "
            "\u201charassment.\u201d\n"
            "The Philippine government says the reef is well within the country's "
            "internationally recognized economic territory permitting the country to be in the "
            "area and explore resources.\n"
            "China claims large parts of the South China Sea. Other claimants include Vietnam, "
            "Malaysia, the Philippines, Brunei and Taiwan. China says its claims come from "
            "historical usage of the waters. Trillions of dollars of trade flow through the "
            "waters each year.\n"
            "Vietnam also claims the reef as its territory."
        ),
    },
    {
        "id": "blind40-04",
        "url": (
            "https://voa.pangea-cms.com/preview/en-US/a/reports-of-more-fighting-in-libyan-"
            "capital-tripoli/4555578.html"
        ),
        "agency": "Voice of America",
        "title": "Reports of More Fighting in Libyan Capital Tripoli",
        "published": "2018-09-03",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date line; the photo caption (2 September 2018), the "
            "'eight days of fighting' and the events of 'Monday' date it to Monday 3 September "
            "2018; the stored copy ends mid-sentence, the text is kept to its last complete "
            "sentence"
        ),
        "truncated": True,
        "note": (
            "host voa.pangea-cms.com is VOA's own publishing system; removed: 'Accessibility "
            "links', 'Breaking News', the headline (kept in title), the photo caption (twice); "
            "the cut last sentence is dropped"
        ),
        "text": (
            "The U.N. special envoy to Libya is calling for warring parties to respect a "
            "ceasefire in the Libyan capital, Tripoli. A health department spokesman in Tripoli "
            "has put the death toll in eight days of fighting at 47 dead and 129 wounded.\n"
            "Efforts to mediate a ceasefire in the Libyan capital continue, despite intermittent "
            "shelling and gunfire concentrated to the south of the capital, Tripoli.\n"
            "U.N. envoy Ghassan Salame has invited the warring sides to talks at an undisclosed "
            "location Tuesday.\n"
            "Meanwhile, Libya 24 news channel tweeted a photo Monday of a delegation of Libyan "
            "leaders that was trying to mediate a ceasefire between the warring militias.\n"
            "The TV reported earlier more fighting had broken out Monday between the so-called "
            "7th Brigade from Tarhouna and the rival \"Thawar Tripoli\" militias.\n"
            "While sporadic clashes continued overnight, amateur video showed some Tripoli "
            "residents going about their business, including a wedding party driving through "
            "the mostly deserted streets of the capital.\n"
            "Another Tripoli resident tweeted Sunday that he and his friends continued to play "
            "cards, and smoke the traditional Arab nargileh water pipe as they listened to the "
            "fighting in the background.\n"
            "Local media report the warring militias are vying for control over the important "
            "Yarmouk military camp.\n"
            "A Libyan analyst living in Paris, Kamel al-Marash, told al Hurra TV the ongoing "
            "fighting was not unexpected and the various militia groups are trying to exert "
            "control over the centers of power in Tripoli."
        ),
    },
    {
        "id": "blind40-05",
        "url": "https://www.voanews.com/a/a-13-2007-05-29-voa64/342933.html",
        "agency": "Voice of America",
        "title": "Lebanese Army, Militants Engage in Heavy Clashes",
        "published": "2007-05-29",
        "date_approximate": False,
        "date_note": (
            "date from the archive address (a-13-2007-05-29); the stored copy ends "
            "mid-sentence, the text is kept to its last complete paragraph"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "the cut last paragraph (an arrest in Beirut) is dropped"
        ),
        "text": (
            "Sporadic gunfire during the day between Lebanese soldiers and Islamic militants "
            "in a Palestinian refugee camp ended in heavy clashes just before sunset near the "
            "northern port city of Tripoli. From the Lebanese capital, VOA's Margaret Besheer "
            "has more on the day's developments.\n"
            "A Lebanese soldier was killed Tuesday when Sunni militants allied with Fatah "
            "al-Islam fired on a Lebanese Army position outside the Nahr el-Bared Palestinian "
            "refugee camp.\n"
            "The soldier's death raises to 34 the number of Lebanese troops killed since "
            "fighting erupted nine days ago.\n"
            "Sporadic clashes during the day Tuesday gave way to heavy fighting just before "
            "sunset, with the Lebanese army firing artillery to silence the militants' fire.\n"
            "Several hundred al-Qaida inspired militants are believed to be holed up inside "
            "the Nahr el-Bared refugee camp.\n"
            "Most of the camp's residents have now evacuated to the nearby Beddawi refugee "
            "camp, where displaced Palestinians protested Tuesday against their poor living "
            "conditions and to show their desire to return home.\n"
            "Mohammed Akra, a displaced resident, said Nahr el-Bared residents are demanding "
            "to return to their homes in the camp because they are suffering more than anyone "
            "can imagine.\n"
            "Nahr el-Bared has been a no-go zone for journalists and civilians for the last "
            "nine days. Only evacuating residents have been allowed out after they have been "
            "screened by the Lebanese Army to be sure they are not escaping militants or "
            "smuggling weapons.\n"
            "Lebanon's government has vowed to root out the militants, while the militants "
            "have vowed to fight to the death.\n"
            "Muslim cleric Walid Abu Haider urged all parties to act quickly to reach a "
            "political understanding that would guarantee the displaced Palestinians would be "
            "allowed to return to their homes."
        ),
    },
    {
        "id": "blind40-06",
        "url": (
            "https://www.voanews.com/a/thai-protests-continue-as-tensions-violence-mount/"
            "1854451.html"
        ),
        "agency": "Voice of America",
        "title": "Thai Protests Continue as Tensions, Violence Mount",
        "published": "2014-02-19",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date line; the deadly clashes of 'Tuesday' near "
            "Government House and the court ruling 'Later Wednesday' date it to Wednesday 19 "
            "February 2014; the stored copy ends mid-sentence, the text is kept to its last "
            "complete sentence"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "the empty lines around the quotation of Suthep Thaugsuban (one paragraph break "
            "kept); the cut last sentence is dropped; 'have promised to violence' is kept as "
            "stored"
        ),
        "text": (
            "Thai opposition protesters are stepping up their campaign against Prime Minister "
            "Yingluck Shinawatra, after clashes with police left five dead a day earlier.\n"
            "Thousands of anti-government protesters surrounded the prime minister's temporary "
            "office in Bangkok, as soldiers looked on from behind barbed-wire fences.\n"
            "There was no repeat of Tuesday's clashes, when four protesters and one police "
            "officer were killed during one of Thailand's most violent outbreaks in months.\n"
            "Officials said Prime Minister Yingluck was staying away from her office Wednesday. "
            "A top security official said there would be no immediate moves to break up any "
            "more protests.\n"
            "But protest leader Suthep Thaugsuban has vowed to keep pressure on Ms. Yingluck, "
            "whom he says was responsible for the \"excessive and unnecessary\" violence.\n"
            "\"The masses of people don't want to let Yingluck Shinawatra come and use this "
            "building, which was built by taxpayers' money, to be used as her hiding place and "
            "her office any longer.\"\n"
            "Both sides appeared to be using weapons during the Tuesday conflict near the "
            "Government House in central Bangkok. A Human Rights Watch researcher told VOA that "
            "militants had M79 grenade launchers and were firing at police.\n"
            "Police say the protests violate an emergency decree, and have promised to violence "
            "only if necessary in dispersing the weeks-old sit-ins.\n"
            "Later Wednesday, the government's strategy to deal with the protests faces a key "
            "test, when a civil court rules on an opposition request to lift the state of "
            "emergency.\n"
            "The ruling comes after Thailand's National Anti-Corruption Committee announced it "
            "will press charges against Ms. Yingluck. The commission said the prime minister "
            "was aware that corruption costing millions of dollars was involved in a "
            "rice-buying program that paid farmers above-market prices, but took no action."
        ),
    },
    {
        "id": "blind40-07",
        "url": (
            "http://www.voanews.com/content/article--african-leaders-try-to-end-ivory-coast-"
            "crisis--112799039/157141.html"
        ),
        "agency": "Voice of America",
        "title": "African Leaders Seek Resolution to Ivory Coast Political Crisis",
        "published": "2011-01-03",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date line; the photo caption (3 January 2011) and the "
            "meeting with Gbagbo 'Monday' date it to Monday 3 January 2011; the stored copy "
            "ends mid-sentence, the text is kept to its last complete paragraph"
        ),
        "truncated": True,
        "note": (
            "removed: 'News / Africa', the headline (kept in title), the photo caption "
            "(twice); the cut last paragraph is dropped"
        ),
        "text": (
            "African leaders are in Abidjan for more talks with Ivory Coast's rival presidents. "
            "The country's political crisis has sent thousands of refugees into Liberia. "
            "Leaders met with defiant Ivory Coast President Laurent Gbagbo Monday, offering him "
            "an amnesty deal on condition he cedes power to rival Alassane Ouattara.\n"
            "The African Union and the Economic Community of West African States have "
            "recognized former prime minister Alassane Ouattara as the newly-elected president "
            "of Ivory Coast. So the focus of the groups' joint mission to Abidjan is the man who "
            "stands in Ouattara's way - incumbent President Laurent Gbagbo.\n"
            "Gbagbo says he intends to remain in power and accuses foreign governments of "
            "plotting a coup against him. Dim prospects for resolving the dispute are evident "
            "in the two sides failing to agree even on what their talks are about.\n"
            "West African leaders say they are in Abidjan to press their demands that Gbagbo "
            "step down. A spokesman for Sierra Leonean President Ernest Bai Koroma, who is "
            "among the heads of state representing the West African alliance, said Gbagbo's "
            "exit is non-negotiable.\n"
            "Gbagbo's aides say this meeting is all about negotiation. Ambassador Yao Gnamien, "
            "a special advisor to Gbagbo, said, \"They are not coming to negotiate the departure "
            "of President Gbagbo. They are coming to Cote D'Ivoire just for a process of "
            "negotiations so that we can find a peaceful solution to the crisis.\""
        ),
    },
    {
        "id": "blind40-08",
        "url": (
            "https://voa.pangea-cms.com/preview/en-US/a/venezuela-protests-continue-national-"
            "guardsman-killed/1861924.html"
        ),
        "agency": "Voice of America",
        "title": "Venezuela Protests Continue, National Guardsman Killed",
        "published": "2014-03-01",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date line; the photo caption (28 February 2014), the "
            "barricades 'Saturday' and the third day of the Carnival holiday date it to "
            "Saturday 1 March 2014; the stored copy is cut only inside its closing byline box"
        ),
        "truncated": True,
        "note": (
            "host voa.pangea-cms.com is VOA's own publishing system; removed: 'Accessibility "
            "links', 'Breaking News', the headline (kept in title), the photo caption (twice), "
            "the credit line 'Some information for this report provided by AP, AFP and "
            "Reuters.', the closing byline box ('16x9 Image', 'VOA News', the VOA self-"
            "description, cut by the store); every story paragraph is complete"
        ),
        "text": (
            "Anti-government protesters continued to clash with Venezuela's security forces "
            "overnight, as violent street demonstrations dragged into the third day of a "
            "national holiday.\n"
            "Scattered barricades blocked streets Saturday in the capital, Caracas, as student "
            "demonstrators threw stones, bottles and Molotov cocktails at security forces, who "
            "responded with tear gas and water cannons.\n"
            "One national guardsman was shot dead as he tried to remove a barricade, bringing "
            "the death toll in three weeks of clashes to at least 18. Another guardsman was "
            "wounded.\n"
            "Protesters are demanding that President Nicolas Maduro, who succeeded the late "
            "president Hugo Chavez, resign because of the country's high crime rate, inflation "
            "and shortages of staples such as milk and flour.\n"
            "The Maduro government blames the violence on right-wing opponents of his "
            "government, accusing them of receiving support from the United States. The U.S. "
            "government denies involvement in the unrest.\n"
            "Venezuelans began a week-long national holiday on Thursday. People traditionally "
            "abandon cities and head for Caribbean coastal beaches to relax and party for the "
            "Carnival holiday.\n"
            "Maduro says there will be an extra day off on March 5 to mark the first "
            "anniversary of Chavez's death from cancer. Officials hope the long break will "
            "dampen the student-led protests."
        ),
    },
    {
        "id": "blind40-09",
        "url": (
            "https://web.archive.org/web/20090717061715/http://www.voanews.com/english/"
            "2009-06-28-voa22.cfm"
        ),
        "agency": "Voice of America",
        "title": "Honduran President Ousted by Military",
        "published": "2009-06-28",
        "date_approximate": False,
        "date_note": (
            "date line printed on the page (28 June 2009); the stored copy is the Internet "
            "Archive's capture of the voanews.com page and ends mid-sentence, the text is kept "
            "to its last complete paragraph"
        ),
        "truncated": True,
        "note": (
            "Internet Archive copy of the VOA page itself (no third-party mirror); removed: "
            "the site banner and navigation lines ('VOANews.com', 'Voice of America Trusted "
            "Source ...', 'Today from VOA:', 'Live Streams: ...', 'News in 45 Languages'), the "
            "page date (29 June 2009), the headline (kept in title), the story date line, the "
            "photo caption (twice); the cut last paragraph is dropped; 'Hounduran' is kept as "
            "stored"
        ),
        "text": (
            "Honduran military forces have ousted President Manuel Zelaya and exiled him to "
            "Costa Rica hours before a controversial constitutional referendum vote was set to "
            "begin. Organization of American States met in emergency session while the Obama "
            "administration expressed concern over events in the Central American nation.\n"
            "Hounduran lawmakers named their leader, Roberto Micheletti, to replace President "
            "Zelaya. U.S. officials quickly responded that they will recognize no other "
            "president than Mr. Zelaya. Micheletti, head of the Honduran Congress, said after "
            "his swearing-in that Mr. Zelaya's removal from office was not a coup.\n"
            "President Zelaya says Honduran troops forcibly removed him from his home in the "
            "dead of night and sent him to Costa Rica in his pajamas.\n"
            "The expulsion came on the day Mr. Zelaya had chosen for a referendum on whether to "
            "change the constitution to allow him to run for a second term in office. The "
            "president pressed ahead with the vote in defiance of Honduras' Supreme Court, "
            "which had declared the measure illegal.\n"
            "In a news conference at the airport in San Jose, Costa Rica, Mr. Zelaya said he "
            "is the victim of a coup d'etat.\n"
            "The Honduran leader said he has been kidnapped with violence and brutality, which "
            "he termed an affront to the entire world that brings back memories of past "
            "dictatorships in the Americas. Appearing alongside Costa Rican President Oscar "
            "Arias, Mr. Zelaya said he wants to return to Honduras as president and that he is "
            "counting on the support of all democratic governments, including that of the "
            "United States."
        ),
    },
    {
        "id": "blind40-10",
        "url": "https://www.voanews.com/a/a-13-2006-11-14-voa22/323961.html",
        "agency": "Voice of America",
        "title": "African Union says Militia Attacks on Civilians Continue in Darfur",
        "published": "2006-11-14",
        "date_approximate": False,
        "date_note": (
            "date from the archive address (a-13-2006-11-14); the stored copy ends "
            "mid-sentence, the text is kept to its last complete paragraph"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "the cut last paragraph is dropped; 'What it important' is kept as stored"
        ),
        "text": (
            "The African Union says a series of deadly militia attacks on civilians has "
            "continued in Sudan's embattled Darfur region. The United Nations has called on the "
            "Sudanese government to bring the attackers to justice.\n"
            "The African Union says at least 30 civilians were killed and 40 others wounded "
            "when unknown armed militias attacked Sirba village in western Darfur, Saturday.\n"
            "Saturday's violence is the latest in a series of widely condemned attacks on "
            "civilians, believed to have been committed by Sudanese government-backed Arab "
            "militias, known as \"janjaweed.\"\n"
            "The A.U. tells VOA that the attackers could not be identified, adding the A.U. is "
            "conducting an investigation into the incident.\n"
            "U.N. spokeswoman Rhadia Achouri tells VOA the United Nations wants the attackers "
            "to be brought to justice.\n"
            "\"What it important for us is, whoever they are -- janjaweed, unknown armed "
            "militia, tribal militia, whoever they are -- they are not supposed to do what "
            "they are doing,\" Achouri says. \"They are supposed to be stopped by the "
            "government and by the authorities of the country. Attacking civilians is "
            "attacking civilians.\"\n"
            "Earlier this month, an attack on civilians in Darfur drew international outrage, "
            "after the United Nations reported 27 children had been killed by janjaweed "
            "militias.\n"
            "Sudan has denied arming the janjaweed and insists it is attempting to disarm the "
            "militias.\n"
            "U.N. Secretary General Kofi Annan said Tuesday the United Nations will propose to "
            "Sudan a hybrid U.N./A.U. force in Darfur.\n"
            "Sudan has refused to allow the A.U. to transfer its mission to the U.N., but has "
            "indicated that it will allow the United Nations to provide financial and "
            "logistical support to the struggling A.U. mission.\n"
            "Observers say such a compromise may be the only way to prevent more bloodshed in "
            "the region."
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


# --- blind40-01: Pakistan-Afghanistan border clash (2018) ---
D = "blind40-01"
ev(D, "Pakistan says cross-border fire", "says", "ACCUSE", "allege", ["military", "territory"],
   ["PAK"], ["Pakistan"], ["AFG"], ["Afghanistan"])
ev(D, "Pakistan says cross-border fire", "cross-border fire", "ASSAULT", "",
   ["military", "territory"], ["AFG"], ["Afghanistan"], ["PAK"],
   ["Pakistani paramilitary soldiers"])
ev(D, "came under attack from the other side", "came under attack", "ASSAULT", "",
   ["military", "territory"], [], [], ["PAK"], ["its personnel"])
ev(D, "Army spokesman Major-General Asif Ghafoor", "engagement", "CONSULT", "",
   ["military", "diplomatic"], ["PAK", "AFG"], ["the two countries", "the two countries"])
ev(D, "initiated the cross-border fire", "initiated the cross-border fire", "ASSAULT", "",
   ["military", "territory"], ["AFG"], ["Afghan military"], hypothetical=True)
ev(D, "Afghan authorities oppose", "oppose", "ACCUSE", "disapprove", ["territory"],
   ["AFG"], ["Afghan authorities"], ["PAK"], ["Pakistani"])

# --- blind40-02: Boko Haram attacks in northeastern Nigeria (2014) ---
D = "blind40-02"
ev(D, "Gunmen believed to be Boko Haram", "shot dead", "ASSAULT", "firearms",
   ["terrorism", "religion_ethnicity"], ["NGA"], ["Boko Haram militants"], ["NGA"],
   ["dozens of people"])
ev(D, "the men opened fire", "opened fire", "ASSAULT", "firearms", ["terrorism"], ["NGA"],
   ["the men"], ["NGA"], ["the villagers"])
ev(D, "Suspected militants using similar tactics", "attacked", "ASSAULT", "", ["terrorism"],
   ["NGA"], ["Suspected militants"], ["NGA"], ["three other villages"])
ev(D, "the militants killed hundreds of people", "killed", "ASSAULT", "", ["terrorism"],
   ["NGA"], ["the militants"], ["NGA"], ["hundreds of people"])
ev(D, "the militants killed hundreds of people", "burned down", "ASSAULT", "destroy",
   ["terrorism"], ["NGA"], ["the militants"], ["NGA"], ["many homes and businesses"])
ev(D, "More attacks were reported", "More attacks", "ASSAULT", "", ["terrorism"], [], [],
   ["NGA"], ["two towns of neighboring Adamawa state"])
ev(D, "The Nigerian government has struggled", "deployment of thousands of troops",
   "MOBILIZE", "troops", ["military", "terrorism"], ["NGA"], ["The Nigerian government"])
ev(D, "have taken control of several localities", "taken control", "COERCE", "seize",
   ["terrorism", "territory"], ["NGA"], ["the militants"], ["NGA"], ["several localities"])
ev(D, "Nigerian officials denied a report", "denied", "REJECT", "", ["military", "legal"],
   ["NGA"], ["Nigerian officials"])
ev(D, "both told VOA that the report", "not true", "REJECT", "", ["military", "legal"],
   ["NGA"], ["Major-General Chris Olukolade"])
ev(D, "the Leadership newspaper reported", "found guilty", "SANCTION", "convict",
   ["military", "legal"], [], [], ["NGA"], ["the military officers"])
ev(D, "the Leadership newspaper reported", "giving information and ammunition", "AID", "",
   ["military", "terrorism"], ["NGA"], ["the military officers"], ["NGA"], ["Boko Haram"])

# --- blind40-03: Philippines and Vietnam over Chinese ships at Whitsun Reef (2021) ---
D = "blind40-03"
ev(D, "have expressed concern over a group of Chinese ships", "expressed concern", "ACCUSE",
   "disapprove", ["territory", "diplomatic"], ["PHL", "VNM"],
   ["The Philippines", "Vietnam"], ["CHN"], ["Chinese ships"])
ev(D, "said he had spoken to", "had spoken to", "CONSULT", "", ["diplomatic", "territory"],
   ["PHL"], ["he"], ["CHN"], ["China\u2019s ambassador"])
ev(D, "Vietnam also criticized the presence", "criticized", "ACCUSE", "disapprove",
   ["territory"], ["VNM"], ["Vietnam"], ["CHN"], ["the Chinese ships"])
ev(D, "International concern has grown", "described", "ACCUSE", "disapprove",
   ["territory", "military"], ["PHL"], ["the Philippines"], ["CHN"], ["Chinese ships"])
ev(D, "Philippine officials have said it believes", "believes", "ACCUSE", "allege",
   ["territory", "military"], ["PHL"], ["Philippine officials"], ["CHN"], ["the ships"])
ev(D, "had ordered more navy ships to be deployed", "ordered more navy ships to be deployed",
   "MOBILIZE", "troops", ["military", "territory"], ["PHL"], ["the Philippine military"])
ev(D, "the ships have ignored Philippine demands", "ignored", "REJECT", "yield",
   ["territory"], ["CHN"], ["the ships"], ["PHL"], ["Philippine"])
ev(D, "the ships have ignored Philippine demands", "demands to leave the area", "REQUEST",
   "yield", ["territory"], ["PHL"], ["Philippine"], ["CHN"], ["the ships"])
ev(D, "It denied the ships were controlled", "denied", "REJECT", "", ["territory", "military"],
   ["CHN"], ["It"])

# --- blind40-04: fighting among militias in Tripoli, Libya (2018) ---
D = "blind40-04"
ev(D, "The U.N. special envoy to Libya is calling", "calling for", "REQUEST", "yield",
   ["peacekeeping", "military"], ["UNO"], ["The U.N. special envoy"], ["LBY"],
   ["warring parties"])
ev(D, "U.N. envoy Ghassan Salame has invited", "invited", "REQUEST", "meet",
   ["peacekeeping", "diplomatic"], ["UNO"], ["U.N. envoy Ghassan Salame"], ["LBY"],
   ["the warring sides"])
ev(D, "a delegation of Libyan leaders that was trying", "trying to mediate", "CONSULT",
   "third-party", ["peacekeeping"], ["LBY"], ["a delegation of Libyan leaders"], ["LBY"],
   ["the warring militias"])
ev(D, "more fighting had broken out Monday", "fighting", "ASSAULT", "", ["military"],
   ["LBY", "LBY"],
   ["the so-called 7th Brigade from Tarhouna", "the rival \"Thawar Tripoli\" militias"])

# --- blind40-05: Lebanese army and Fatah al-Islam at Nahr el-Bared (2007) ---
D = "blind40-05"
ev(D, "Sporadic gunfire during the day between", "Sporadic gunfire", "ASSAULT", "firearms",
   ["military", "terrorism"], ["LBN", "LBN"], ["Lebanese soldiers", "Islamic militants"])
ev(D, "A Lebanese soldier was killed Tuesday", "fired on", "ASSAULT", "firearms",
   ["military", "terrorism"], ["LBN"], ["Sunni militants allied with Fatah al-Islam"],
   ["LBN"], ["a Lebanese Army position"])
ev(D, "with the Lebanese army firing artillery", "firing artillery", "ASSAULT", "",
   ["military", "terrorism"], ["LBN"], ["the Lebanese army"], ["LBN"], ["the militants'"])
ev(D, "where displaced Palestinians protested", "protested", "PROTEST", "demo",
   ["migration", "human_security"], ["PSE"], ["displaced Palestinians"])
ev(D, "Mohammed Akra, a displaced resident", "demanding", "REQUEST", "",
   ["migration", "human_security"], ["PSE"], ["Nahr el-Bared residents"])
ev(D, "Only evacuating residents have been allowed out", "screened", "COERCE", "restrict",
   ["military", "migration"], ["LBN"], ["the Lebanese Army"], ["PSE"],
   ["evacuating residents"])
ev(D, "Lebanon's government has vowed", "vowed to root out", "THREATEN", "violence",
   ["military", "terrorism"], ["LBN"], ["Lebanon's government"], ["LBN"], ["the militants"])
ev(D, "Lebanon's government has vowed", "vowed to fight to the death", "THREATEN",
   "violence", ["military", "terrorism"], ["LBN"], ["the militants"])
ev(D, "Muslim cleric Walid Abu Haider urged", "urged", "REQUEST", "",
   ["religion_ethnicity", "migration"], ["LBN"], ["Muslim cleric Walid Abu Haider"])

# --- blind40-06: anti-government protests in Bangkok, Thailand (2014) ---
D = "blind40-06"
ev(D, "Thai opposition protesters are stepping up", "stepping up their campaign", "PROTEST",
   "demo", ["pro_democracy", "executive"], ["THA"], ["Thai opposition protesters"],
   ["THA"], ["Prime Minister Yingluck Shinawatra"])
ev(D, "Thai opposition protesters are stepping up", "clashes with police", "ASSAULT", "",
   ["repression"], ["THA", "THA"], ["Thai opposition protesters", "police"])
ev(D, "Thousands of anti-government protesters surrounded", "surrounded", "PROTEST",
   "obstruct", ["executive"], ["THA"], ["anti-government protesters"], ["THA"],
   ["the prime minister's"])
ev(D, "whom he says was responsible", "responsible", "ACCUSE", "allege", ["repression"],
   ["THA"], ["protest leader Suthep Thaugsuban"], ["THA"], ["Ms. Yingluck"])
ev(D, "Both sides appeared to be using weapons", "using weapons", "ASSAULT", "",
   ["repression"], ["THA"], ["Both sides"])
ev(D, "militants had M79 grenade launchers", "were firing at police", "ASSAULT", "",
   ["repression"], ["THA"], ["militants"], ["THA"], ["police"])
ev(D, "Police say the protests violate", "say", "ACCUSE", "allege", ["legal"], ["THA"],
   ["Police"], ["THA"], ["the protests"])
ev(D, "Police say the protests violate", "promised to violence", "THREATEN", "violence",
   ["repression"], ["THA"], ["Police"], ["THA"], ["the weeks-old sit-ins"])
ev(D, "an opposition request to lift", "request", "REQUEST", "change", ["legal", "repression"],
   ["THA"], ["opposition"], ["THA"], ["a civil court"])
ev(D, "National Anti-Corruption Committee announced", "press charges", "ACCUSE", "allege",
   ["corruption", "legal"], ["THA"], ["Thailand's National Anti-Corruption Committee"],
   ["THA"], ["Ms. Yingluck"], future=True)
ev(D, "The commission said the prime minister", "said", "ACCUSE", "allege",
   ["corruption"], ["THA"], ["The commission"], ["THA"], ["the prime minister"])

# --- blind40-07: AU/ECOWAS mission to Ivory Coast (2011) ---
D = "blind40-07"
ev(D, "African leaders are in Abidjan", "talks", "CONSULT", "visit",
   ["diplomatic", "election"], ["IGO"], ["African leaders"], ["CIV"],
   ["Ivory Coast's rival presidents"])
ev(D, "Leaders met with defiant", "met with", "CONSULT", "", ["diplomatic", "election"],
   ["IGO"], ["Leaders"], ["CIV"], ["Ivory Coast President Laurent Gbagbo"])
ev(D, "Leaders met with defiant", "offering him an amnesty deal", "CONCEDE", "",
   ["legal", "election"], ["IGO"], ["Leaders"], ["CIV"], ["him"])
ev(D, "have recognized former prime minister", "have recognized", "SUPPORT", "",
   ["election", "diplomatic"], ["IGO", "IGO"],
   ["The African Union", "the Economic Community of West African States"], ["CIV"],
   ["Alassane Ouattara"])
ev(D, "Gbagbo says he intends to remain in power", "intends to remain in power", "REJECT",
   "yield", ["election", "executive"], ["CIV"], ["Gbagbo"])
ev(D, "Gbagbo says he intends to remain in power", "accuses", "ACCUSE", "allege",
   ["election"], ["CIV"], ["Gbagbo"])
ev(D, "Dim prospects for resolving the dispute", "failing to agree", "AGREE", "",
   ["diplomatic", "election"], ["IGO", "CIV"], ["the two sides", "the two sides"],
   negated=True)
ev(D, "West African leaders say they are in Abidjan", "press their demands", "REQUEST",
   "yield", ["election", "executive"], ["IGO"], ["West African leaders"], ["CIV"],
   ["Gbagbo"])
ev(D, "exit is non-negotiable", "non-negotiable", "REQUEST", "yield", ["election"],
   ["SLE"], ["A spokesman for Sierra Leonean President Ernest Bai Koroma"], ["CIV"],
   ["Gbagbo's"])
ev(D, "They are not coming to negotiate the departure", "not coming to negotiate the departure",
   "REJECT", "yield", ["election", "diplomatic"], ["CIV"], ["Ambassador Yao Gnamien"],
   ["IGO"], ["They"])
ev(D, "They are coming to Cote D'Ivoire", "coming to Cote D'Ivoire", "CONSULT", "visit",
   ["diplomatic"], ["IGO"], ["They"], ["CIV"], ["Cote D'Ivoire"])

# --- blind40-08: anti-government protests in Venezuela (2014) ---
D = "blind40-08"
ev(D, "Anti-government protesters continued to clash", "clash", "ASSAULT", "",
   ["repression", "pro_democracy"], ["VEN", "VEN"],
   ["Anti-government protesters", "Venezuela's security forces"])
ev(D, "Anti-government protesters continued to clash", "violent street demonstrations",
   "PROTEST", "riot", ["pro_democracy"], ["VEN"], ["Anti-government protesters"])
ev(D, "Scattered barricades blocked streets", "threw stones, bottles and Molotov cocktails",
   "ASSAULT", "primitive", ["repression"], ["VEN"], ["student demonstrators"], ["VEN"],
   ["security forces"])
ev(D, "Scattered barricades blocked streets", "responded with tear gas and water cannons",
   "ASSAULT", "", ["repression"], ["VEN"], ["security forces"], ["VEN"],
   ["student demonstrators"])
ev(D, "One national guardsman was shot dead", "shot dead", "ASSAULT", "firearms",
   ["repression"], [], [], ["VEN"], ["One national guardsman"])
ev(D, "Protesters are demanding that President", "demanding", "REQUEST", "yield",
   ["executive", "economic", "crime"], ["VEN"], ["Protesters"], ["VEN"],
   ["President Nicolas Maduro"])
ev(D, "The Maduro government blames", "blames", "ACCUSE", "allege", ["repression"],
   ["VEN"], ["The Maduro government"], ["VEN"], ["right-wing opponents of his government"])
ev(D, "The Maduro government blames", "accusing", "ACCUSE", "allege", ["diplomatic"],
   ["VEN"], ["The Maduro government"], ["VEN"], ["them"])
ev(D, "The U.S. government denies", "denies", "REJECT", "", ["diplomatic"], ["USA"],
   ["The U.S. government"])

# --- blind40-09: coup in Honduras (2009) ---
D = "blind40-09"
ev(D, "Honduran military forces have ousted", "ousted", "COERCE", "",
   ["military", "executive", "pro_autocracy"], ["HND"], ["Honduran military forces"],
   ["HND"], ["President Manuel Zelaya"])
ev(D, "Honduran military forces have ousted", "exiled", "COERCE", "deport",
   ["military", "executive"], ["HND"], ["Honduran military forces"], ["HND"], ["him"])
ev(D, "Organization of American States met", "met in emergency session", "CONSULT",
   "multilateral", ["diplomatic", "pro_democracy"], ["IGO"],
   ["Organization of American States"])
ev(D, "Organization of American States met", "expressed concern", "ACCUSE", "disapprove",
   ["diplomatic", "pro_democracy"], ["USA"], ["the Obama administration"], ["HND"],
   ["the Central American nation"])
ev(D, "U.S. officials quickly responded", "will recognize no other president than", "AGREE",
   "", ["diplomatic", "executive"], ["USA"], ["U.S. officials"], ["HND"], ["Mr. Zelaya"])
ev(D, "removal from office was not a coup", "was not a coup", "REJECT", "",
   ["executive", "pro_democracy"], ["HND"], ["Micheletti"])
ev(D, "President Zelaya says Honduran troops", "says", "ACCUSE", "allege",
   ["military", "executive"], ["HND"], ["President Zelaya"], ["HND"], ["Honduran troops"])
ev(D, "President Zelaya says Honduran troops", "forcibly removed", "COERCE", "",
   ["military", "executive"], ["HND"], ["Honduran troops"], ["HND"], ["him"])
ev(D, "President Zelaya says Honduran troops", "sent him to Costa Rica", "COERCE", "deport",
   ["military", "executive"], ["HND"], ["Honduran troops"], ["HND"], ["him"])
ev(D, "The president pressed ahead with the vote", "in defiance of", "REJECT", "",
   ["legal", "election"], ["HND"], ["The president"], ["HND"], ["Honduras' Supreme Court"])
ev(D, "The president pressed ahead with the vote", "declared the measure illegal", "SANCTION",
   "convict", ["legal", "election"], ["HND"], ["Honduras' Supreme Court"])
ev(D, "Mr. Zelaya said he is the victim", "victim of a coup d'etat", "ACCUSE", "allege",
   ["executive", "pro_democracy"], ["HND"], ["Mr. Zelaya"])
ev(D, "he has been kidnapped with violence", "termed an affront", "ACCUSE", "disapprove",
   ["executive", "pro_democracy"], ["HND"], ["he"])
ev(D, "Appearing alongside Costa Rican President", "Appearing alongside", "CONSULT", "",
   ["diplomatic"], ["HND", "CRI"], ["Mr. Zelaya", "Costa Rican President Oscar Arias"])
ev(D, "Appearing alongside Costa Rican President", "counting on the support", "REQUEST",
   "assist", ["diplomatic", "pro_democracy"], ["HND"], ["he"], ["USA"], ["the United States"])

# --- blind40-10: militia attacks in Darfur, Sudan (2006) ---
D = "blind40-10"
ev(D, "a series of deadly militia attacks on civilians has continued", "militia attacks",
   "ASSAULT", "", ["human_security", "military"], ["SDN"], ["militia"], ["SDN"],
   ["civilians"])
ev(D, "The United Nations has called on", "called on", "REQUEST", "",
   ["legal", "human_rights"], ["UNO"], ["The United Nations"], ["SDN"],
   ["the Sudanese government"])
ev(D, "unknown armed militias attacked Sirba village", "attacked", "ASSAULT", "",
   ["human_security", "military"], ["SDN"], ["unknown armed militias"], ["SDN"],
   ["Sirba village"])
ev(D, "Saturday's violence is the latest", "widely condemned", "ACCUSE", "disapprove",
   ["human_rights"], [], [], ["SDN"], ["Sudanese government-backed Arab militias"])
ev(D, "The A.U. tells VOA that the attackers", "conducting an investigation", "ACCUSE",
   "investigate", ["human_security", "peacekeeping"], ["IGO"], ["the A.U."])
ev(D, "U.N. spokeswoman Rhadia Achouri", "wants the attackers to be brought to justice",
   "REQUEST", "", ["legal", "human_rights"], ["UNO"], ["the United Nations"])
ev(D, "they are not supposed to do what they are doing", "not supposed to do what they are doing",
   "ACCUSE", "disapprove", ["human_rights"], ["UNO"], ["Achouri"], ["SDN"], ["they"])
ev(D, "They are supposed to be stopped by the government", "supposed to be stopped",
   "REQUEST", "", ["human_security", "legal"], [], [], ["SDN"], ["the government"])
ev(D, "27 children had been killed", "had been killed", "ASSAULT", "",
   ["human_security", "human_rights"], ["SDN"], ["janjaweed militias"], ["SDN"],
   ["27 children"])
ev(D, "Sudan has denied arming the janjaweed", "denied", "REJECT", "", ["military"],
   ["SDN"], ["Sudan"])
ev(D, "will propose to Sudan a hybrid", "will propose", "AGREE", "", ["peacekeeping"],
   ["UNO"], ["the United Nations"], ["SDN"], ["Sudan"])
ev(D, "Sudan has refused to allow the A.U.", "refused to allow", "REJECT", "",
   ["peacekeeping"], ["SDN"], ["Sudan"], ["IGO"], ["the A.U."])
ev(D, "Sudan has refused to allow the A.U.", "indicated that it will allow", "AGREE", "",
   ["peacekeeping"], ["SDN"], ["it"], ["UNO"], ["the United Nations"])

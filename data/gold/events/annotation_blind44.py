"""Texts and annotation of the blind events set ``blind44.jsonl`` (evgold32, 2026-12-07).

Ten Voice of America news stories (voanews.com and VOA's content system
voa.pangea-cms.com; public domain), taken from the search tool's stored pages. Page furniture
(accessibility links, "Breaking News", headline, photo captions, "update", reporter boxes,
"XS SM MD LG", source lines) is removed and named in each document's ``note``; the wording is
otherwise exactly as stored. A story cut by the store is kept to its last complete sentence
(``truncated``). Each event is written as: document id, a sentence anchor (a substring of
exactly one sentence), the trigger (a substring found once in that sentence), type, mode,
contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind44.py`` turns this into ``blind44.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind44-01",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-01-15-iran/343838.html",
        "agency": "Voice of America",
        "title": "Big-Power Ministers Plan Berlin Meeting on Iran Sanctions",
        "published": "2008-01-15",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2008-01-15); 'said Tuesday' fits",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
            "title), 'update'; the stored copy ends inside a quotation, the text stops after "
            "the last complete sentence"
        ),
        "text": (
            "Foreign ministers of the five permanent U.N. Security Council countries and "
            "Germany convene in Berlin next week for another attempt to finalize new sanctions "
            "against Iran over its nuclear program. Efforts to conclude a third sanctions "
            "resolution have stalled in recent months. VOA's David Gollust reports from the "
            "State Department.\n"
            "U.S. officials stop short of predicting that the Berlin meeting, planned for next "
            "Tuesday, will yield a breakthrough on sanctions. But they say the ministers would "
            "not gather for just routine talks, and that Secretary of State Condoleezza Rice "
            "will try to use persuasion to break the impasse.\n"
            "The six ministers agreed on the sidelines of the U.N. General Assembly last "
            "September to seek a new sanctions resolution, after Iran ignored a deadline to "
            "suspend uranium enrichment and related activities.\n"
            "Last month, Secretary Rice acknowledged tactical differences with Russia and "
            "China about the timing and nature of further sanctions. The process has also been "
            "complicated by the December 3 U.S. intelligence assessment that Iran had a "
            "nuclear weapons program but stopped it in 2003.\n"
            "German Chancellor Angela Merkel, whose government will host the six-power talks, "
            "said Tuesday the U.S. National Intelligence Estimate, or NIE, has slowed the "
            "sanctions process but that it is not an excuse to give Iran an \"all clear\" on "
            "its nuclear intentions.\n"
            "Briefing reporters, State Department Spokesman Sean McCormack said the NIE "
            "confirmed that Iran has had a nuclear weapons program and by no means forecloses "
            "the possibility that it might be resumed:\n"
            "\"It does not say Iran was not a threat in the past and will not be a threat if "
            "it continues to develop a nuclear weapon,\" he said."
        ),
    },
    {
        "id": "blind44-02",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-07-21-voa40/406755.html",
        "agency": "Voice of America",
        "title": "Cambodian-Thai Border Talks Fail to Reach Solution",
        "published": "2008-07-21",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2008-07-21); 'met Monday' fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
            "title), 'update', 'XS SM MD LG'; the spellings 'Preah Viheah' and 'Defense "
            "Ministers of Cambodian and Thailand' are kept as stored"
        ),
        "text": (
            "Top-level talks between Thailand and Cambodia have failed to resolve a dispute "
            "over who owns an ancient temple. The talks were called after Thai soldiers "
            "entered Cambodia and troops from both countries gathered along the disputed "
            "border. Liam Cochrane reports from Preah Viheah temple on the Cambodian-Thai "
            "border.\n"
            "The Defense Ministers of Cambodian and Thailand met Monday at a border town away "
            "from the disputed temple site.\n"
            "They spoke for eight hours, but the discussion ended without a solution to the "
            "dispute or a schedule for further talks.\n"
            "The Director General of the National Authority for Preah Viheah, Professor Hang "
            "Soth says the two sides had different ideas on how to resolve the standoff, but "
            "said the Cambodian government was committed to finding a non-violent solution.\n"
            "\"No matter how long it takes, Cambodian government still calm, still use any new "
            "way to find peace, never want to make the conflict and no want to have fighting "
            "with each other,\" he said.\n"
            "At Preah Viheah temple, Cambodian and Thai soldiers chatted and posed for "
            "photographs together in an atmosphere that was mostly friendly.\n"
            "But both sides have hundreds of well-armed troops and heavy machine guns in place "
            "in case fighting does break out.\n"
            "Thailand sent troops to the border after anti-government demonstrators attacked "
            "Prime Minister Samak Sundaravej's government for supporting Cambodia's request to "
            "designate the temple a UNESCO World Heritage site.\n"
            "The Thai protesters say the temple's new status will undermine their country's "
            "claim to land around the site."
        ),
    },
    {
        "id": "blind44-03",
        "url": (
            "https://voa.pangea-cms.com/preview/en-US/a/"
            "un-envoy-condemns-escalation-of-violence-in-yemen/4173046.html"
        ),
        "agency": "Voice of America",
        "title": "UN Envoy Condemns Escalation of Violence in Yemen",
        "published": "2017-12-21",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; a photo caption is dated Dec. 20, 2017 and the "
            "envoy spoke 'Thursday' about 'Tuesday's' missile attack, which dates the story "
            "to Thursday 21 December 2017"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "two photo captions (the Sa'ada air-strike photo and the 'FILE' photo of the "
            "envoy, each printed twice); the stored copy ends mid-word, the text stops after "
            "the last complete sentence; 'responded in March 2015 responded' is kept as stored"
        ),
        "text": (
            "The U.N.'s special envoy for Yemen expressed deep concern Thursday about an "
            "escalation of violence in the country while also welcoming a pledge by a "
            "Saudi-led coalition to allow access to humanitarian aid at a key port.\n"
            "Ismail Ould Cheikh Ahmed condemned Tuesday's Houthi rebel ballistic missile "
            "attack on Saudi Arabia, saying it was \"an escalation that hinders peace efforts "
            "in Yemen.\"\n"
            "After the rebels fired a missile at the Riyadh airport in November, Saudi Arabia "
            "put in place an air and sea blockade in Yemen for several weeks, saying the move "
            "was necessary to prevent shipments of arms from reaching the rebels.\n"
            "The coalition said Wednesday that despite the new missile attack, the "
            "Houthi-controlled Hodeida port will remain open for 30 days in order to allow for "
            "shipments of food and other relief materials.\n"
            "Houthi rebels seized the Yemeni capital of Sana'a in late 2014, forcing the "
            "country's internationally recognized president, Abdu Rabu Mansour Hadi, to flee "
            "to Saudi Arabia.\n"
            "The Saudi-led coalition responded in March 2015 responded by launching its "
            "operation to fight back against the rebels on behalf of Hadi's government. Since "
            "then, the World Health Organization says health facilities have reported more "
            "than 8,700 conflict-related deaths and 50,000 injuries."
        ),
    },
    {
        "id": "blind44-04",
        "url": (
            "https://www.voanews.com/a/north-south-korean-warships-exchange-warning-shots/"
            "2475028.html"
        ),
        "agency": "Voice of America",
        "title": "North, South Korean Warships Exchange Warning Shots",
        "published": "2014-10-07",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; the incident was 'Tuesday', days after the North "
            "Korean delegation attended the Asian Games closing ceremony 'on Saturday' "
            "(4 October 2014), which dates it to Tuesday 7 October 2014"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "the map caption 'Korea map' (twice); the stored copy ends mid-word, the text "
            "stops after the last complete sentence; 'said Monday said' is kept as stored"
        ),
        "text": (
            "North and South Korean warships exchanged warning shots near a disputed sea "
            "border Tuesday, days after the two sides agreed to high-level talks that many "
            "hope could improve inter-Korean relations.\n"
            "Seoul defense officials say a South Korean naval ship fired a warning shot after "
            "a North Korean vessel crossed the so-called Northern Limit Line off the western "
            "coast. The North Korean ship returned fire before retreating.\n"
            "The officials, who spoke anonymously, said neither ship intended to hit one "
            "another and that no injuries or damage occurred in the early Tuesday incident. "
            "They said the South's boat fired about 90 rounds in the exchange, which lasted "
            "about 10 minutes.\n"
            "Such incursions are not uncommon, since North Korea has never recognized the de "
            "facto Yellow Sea border, which was drawn by the United Nations at the end of the "
            "1950s Korean War.\n"
            "But the incident raises tensions ahead of high-level talks that were agreed to "
            "after senior North Korean officials made a surprise visit to the South for the "
            "closing ceremonies of the Asian Games on Saturday.\n"
            "The delegation was led by the North\u2019s number two man Hwang Pyong So. He was "
            "joined by senior ruling party members Cho Ryong Hae and Kim Yang Gon.\n"
            "During the visit, they held brief talks with South Korean officials, including "
            "Unification Minister Ryoo Kihl-jae. Afterward, they said they had agreed to "
            "resume high-level meetings that had been stalled since February.\n"
            "South Korea says the reunion of families separated by the Korean War will be its "
            "top agenda item during upcoming high-level talks with North Korea. Unification "
            "Ministry spokesman Lim Byeong-chul said Monday said that Seoul believes the "
            "matter is a \u201cpressing and desperate issue.\u201d\n"
            "The talks are set to begin sometime later this month or in early November."
        ),
    },
    {
        "id": "blind44-05",
        "url": "https://www.voanews.com/a/a-13-2007-11-05-voa66-66801652/255112.html",
        "agency": "Voice of America",
        "title": "Pakistani Police Arrest Protesters; US Blasts Military Rule",
        "published": "2007-11-05",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-11-05)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "the stored copy ends inside a quotation, the text stops after the last complete "
            "sentence"
        ),
        "text": (
            "Security forces in Pakistan have fired tear gas and clubbed demonstrators who are "
            "objecting to President Pervez Musharraf's decision to suspend the constitution. "
            "The protests came as President Bush urged the Pakistani leader to hold elections "
            "and quit his military post. VOA correspondent Meredith Buel has details from "
            "Washington.\n"
            "Thousands of lawyers across Pakistan are protesting President Musharraf's "
            "decision to impose emergency rule.\n"
            "The biggest clash between the protesters and police occurred in the eastern city "
            "of Lahore, where more than 1,000 attorneys rallied at the High Court.\n"
            "Police used tear gas and then stormed the gathering, arresting and beating "
            "hundreds of people.\n"
            "Asma Jehangir is an attorney and chairman of the independent Human Rights "
            "Commission of Pakistan.\n"
            "\"The police came and surrounded my house and told me that I could not leave the "
            "house and I realized that either they were going to arrest me or to take me "
            "away,\" said Asma Jehangir.\n"
            "President Musharraf, who took power in a 1999 coup, is also head of Pakistan's "
            "army. He suspended the constitution on Saturday ahead of a Supreme Court ruling "
            "on whether his recent re-election as president was legal.\n"
            "Mr. Musharraf says he imposed emergency rule to curb growing attacks by "
            "extremists and because a series of recent judicial decisions have set known "
            "terrorists free and undermined his efforts to move the country toward democracy.\n"
            "Since Saturday General Musharraf has ousted judges, silenced independent media and "
            "granted sweeping powers to crush dissent.\n"
            "Critics called the move a last-ditch attempt by the president to stay in power.\n"
            "So far, the president's most serious challenger, former Prime Minister Benazir "
            "Bhutto, has not been arrested.\n"
            "She is urging Mr. Musharraf to lift emergency rule and hold elections."
        ),
    },
    {
        "id": "blind44-06",
        "url": "https://www.voanews.com/a/a-13-2006-12-28-voa27/321830.html",
        "agency": "Voice of America",
        "title": "Major Somali Islamic Official Reportedly in Kenya",
        "published": "2006-12-28",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2006-12-28); 'early Thursday morning' fits",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "the stored copy ends mid-word, the text stops after the last complete sentence; "
            "'negotiations Somalia's transitional government' (no 'between') is kept as stored"
        ),
        "text": (
            "A major official of the Islamic Courts Union is reportedly in Kenya to discuss "
            "with Kenyan government representatives the situation in Somalia. As Cathy "
            "Majtenyi reports for VOA from Nairobi, there appears to be some confusion as to "
            "the details of the meeting.\n"
            "A Western aid worker with operations in Somalia told VOA that Ibrahim Adow, a "
            "foreign affairs official with the Islamic Courts Union, flew out of Mogadishu "
            "early Thursday morning to Nairobi at the request of the Kenyan government, "
            "ostensibly to discuss with them the recent fighting.\n"
            "The aid worker had no details about the meeting.\n"
            "Attempts by VOA to contact Kenyan government officials for verification were "
            "unsuccessful.\n"
            "Somalia's foreign affairs minister, Esmael Mohamud Hurreh, tells VOA that he has "
            "also heard of Adow's presence in Kenya but could not get any information when he "
            "contacted the Kenyan government and the European Commission.\n"
            "\"The Kenyans told me it's the Europeans who brought them here, and the Europeans "
            "are telling me it's the Kenyans who brought them here,\" Hurreh says. \"And that's "
            "a mystery we want to know.\"\n"
            "Hurreh says he thinks everyone wants to distance themselves from the Islamic "
            "Courts Union. He says he has heard that top Islamic officials have fled to "
            "Djibouti, Eritrea, and other locations.\n"
            "After a week of heavy fighting, the Islamists Thursday abandoned Mogadishu as "
            "government troops encircled the city, the Islamists' base.\n"
            "Earlier this year, the Islamic Courts Union seized control of the capital and "
            "other areas before reaching a truce with the government.\n"
            "The two sides signed a peace accord in September that, among other things, called "
            "for the creation of a joint national army and police force.\n"
            "But negotiations Somalia's transitional government and the Islamic Courts Union "
            "that were meant to finalize the accord collapsed in Sudan on November 2."
        ),
    },
    {
        "id": "blind44-07",
        "url": "https://www.voanews.com/a/a-13-2007-09-11-voa4-66787267/565522.html",
        "agency": "Voice of America",
        "title": "Congo Rebel Leader Says Violence is Easing",
        "published": "2007-09-11",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-09-11); 'told VOA Monday' fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "'told VOA Monday said' is kept as stored"
        ),
        "text": (
            "Congolese rebel leader Laurent Nkunda says the situation in eastern Congo is "
            "normalizing after days of fighting that forced tens of thousands of people to "
            "flee their homes.\n"
            "General Nkunda told VOA Monday said his forces are prepared to fight the forces "
            "of Congolese President Joseph Kabila, but would rather talk. He said the two "
            "sides need an international mediator for the talks.\n"
            "Fighting between Nkunda's forces and government troops last week killed dozens "
            "of people and displaced some 40,000 people, some of them into Uganda.\n"
            "The human rights group Amnesty International said Monday that the Congolese "
            "government has failed the people of the eastern Democratic Republic of Congo. It "
            "warned that the violence could develop into mass ethnic killings and other human "
            "rights abuses."
        ),
    },
    {
        "id": "blind44-08",
        "url": (
            "http://www.voanews.com/content/"
            "philippine-rebels-military-clash-on-third-day-of-standoff/1747325.html"
        ),
        "agency": "Voice of America",
        "title": "Philippine Rebels, Military Clash on Third Day of Standoff",
        "published": "2013-09-11",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; the photo caption is dated Sept. 11, 2013 and the "
            "story reports the 'third straight day' of the Zamboanga standoff"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), "
            "the photo caption (printed twice); the stored copy ends after the word 'The', the "
            "text stops after the last complete sentence"
        ),
        "text": (
            "The Philippine military is exchanging gunfire for a third straight day with a "
            "Muslim rebel group that has laid siege to parts of a main southern city.\n"
            "Military officials say at least nine people have been killed so far in the "
            "standoff with Moro National Liberation Front fighters in Zamboanga City, located "
            "on the island of Mindanao.\n"
            "Troops have surrounded at least four coastal villages where about 200 rebels are "
            "said to be holding scores of civilians as human shields. Thousands have fled "
            "their homes, leaving large parts of the city of nearly one million people largely "
            "deserted and resembling a war zone.\n"
            "In a statement online, Zamboanga Mayor Maria Isabelle Climaco said negotiations "
            "with the rebels are ongoing. She said the fighters have released at least seven "
            "of the hostages in exchange for food, but that around 100 civilians are still in "
            "the rebels' control.\n"
            "The MNLF is seeking greater autonomy for the mainly Muslim south. It signed a "
            "peace deal with the government in 1996. But some of its members continued "
            "fighting, claiming Manila went back on its promises to develop the region.\n"
            "The group has also protested Manila's peace talks with a breakaway faction, the "
            "Moro Islamic Liberation Front. Some members of the MNLF fear that a government "
            "peace deal with its rival group could diminish its own influence.\n"
            "President Benigno Aquino has sent representatives to negotiate with the MNLF "
            "rebels, who say they want international mediation to the conflict. A similar "
            "situation in 2001 eventually ended with the rebels being allowed to go free after "
            "releasing the hostages."
        ),
    },
    {
        "id": "blind44-09",
        "url": "https://www.voanews.com/a/a-13-2007-07-11-voa35/343312.html",
        "agency": "Voice of America",
        "title": "Serbia Rejects Latest Draft Resolution on Kosovo",
        "published": "2007-07-11",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-07-11); 'said Wednesday' fits",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
            "title), the source line 'Some information for this report was provided by AFP, "
            "AP and Reuters.', 'XS SM MD LG'"
        ),
        "text": (
            "Serbia has rejected the latest western-backed draft United Nations resolution on "
            "the future status of its breakaway Kosovo province.\n"
            "Prime Minister Vojislav Kostunica said Wednesday that Serbia firmly rejects the "
            "new draft because it is a preparation for Kosovo's independence. He said Kosovo "
            "will never be independent, despite contrary statements by U.S. officials.\n"
            "U.S. Assistant Secretary of State Daniel Fried said in Belgrade Tuesday that "
            "Kosovo will be independent even if Russia vetoes a new U.N. Security Council "
            "resolution on the province's future.\n"
            "The new draft resolution allows 120 days for additional talks between Serbian "
            "officials and Kosovo's ethnic Albanian leaders on the contested province. But if "
            "the talks fail to produce an agreement, the draft does not envision automatic "
            "independence for Kosovo.\n"
            "European Union foreign policy chief Javier Solana met in Brussels Wednesday with "
            "Kosovo's ethnic Albanian leaders President Fatmir Sejdiu and Prime Minister Agim "
            "Ceku for talks on the situation.\n"
            "Solana and U.N. Secretary-General Ban Ki-moon met with Serbian President Boris "
            "Tadic Tuesday.\n"
            "Kosovo has been under U.N. administration since 1999, after NATO airstrikes "
            "halted a Serbian crackdown on ethnic Albanian separatists.\n"
            "U.N. envoy Martti Ahtisaari's proposal for the final status of Kosovo, presented "
            "earlier this year, recommends internationally supervised independence. Serbia, "
            "backed by Russia, has rejected the plan."
        ),
    },
    {
        "id": "blind44-10",
        "url": "https://www.voanews.com/a/a-13-2007-11-04-voa3-66699447/559036.html",
        "agency": "Voice of America",
        "title": "Hundreds of Opposition Figures Arrested in Pakistan",
        "published": "2007-11-04",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-11-04)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "the stored copy ends mid-sentence, the text stops after the last complete "
            "sentence; 'many others Pakistanis' and 'new laws that puts' are kept as stored"
        ),
        "text": (
            "Pakistan's Prime Minister Shaukat Aziz says up to 500 people have been detained "
            "across the country under new emergency laws. The detentions include opposition "
            "leaders and human-rights activists. VOA's Barry Newhouse attended several small "
            "protests in Islamabad, where even regular Pakistanis were swiftly arrested after "
            "criticizing the government.\n"
            "Police vans filled with officers cruised Islamabad's streets, slowly driving "
            "through the largely empty downtown.\n"
            "Throughout the day, in a few places near government buildings, small numbers of "
            "political opponents, rights activists and regular citizens spoke with journalists "
            "about the situation.\n"
            "These two women said they joined up to 50 lawyers and civil servants in the "
            "center of the city to speak out against the imposition of emergency rule by "
            "President Pervez Musharraf.\n"
            "\"Whatever is being done it is actually destroying our country. Just for one "
            "man's rule,\" one woman said.\n"
            "Elsewhere, protesters chanted slogans praising Chief Justice Iftikhar Mohammed "
            "Chaudhry and insisting they will not be ruled by a government that relies on "
            "\"batons and bullets.\"\n"
            "Protesters chanted while surrounded by more than 100 police. A few struggled as "
            "officers tried to load them in police vans. One security official said they were "
            "being detained for disturbing the peace.\n"
            "A recent university graduate from Islamabad, Tasneem Bari, said she thought few "
            "people knew about the spontaneously organized protests. She said she did not fear "
            "being arrested, but many others Pakistanis are afraid.\n"
            "\"I think the people are worried and they do not really know how the government "
            "is going to respond to people being out here - I think people expect to be "
            "arrested,\" Bari said.\n"
            "Few reporters for Pakistani media attended the rallies, following new laws that "
            "puts more restrictions on press freedoms."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


P5 = ["USA", "GBR", "FRA", "RUS", "CHN"]

# --- blind44-01: VOA, P5+Germany ministers plan Berlin meeting on Iran sanctions (2008) ---
D = "blind44-01"
ev(D, "Germany convene in Berlin next week", "convene", "AGREE", "",
   ["diplomatic", "cbrn"], P5 + ["DEU"],
   ["Foreign ministers of the five permanent U.N. Security Council countries"] * 5
   + ["Germany"], future=True)
ev(D, "The six ministers agreed", "agreed", "AGREE", "", ["diplomatic", "cbrn"],
   P5 + ["DEU"], ["The six ministers"] * 6)
ev(D, "The six ministers agreed", "ignored a deadline", "REJECT", "change", ["cbrn"],
   ["IRN"], ["Iran"])
ev(D, "whose government will host", "will host", "AGREE", "", ["diplomatic"], ["DEU"],
   ["German Chancellor Angela Merkel"], future=True)
ev(D, "Briefing reporters, State Department", "confirmed that Iran has had", "ACCUSE",
   "allege", ["cbrn", "intelligence"], ["USA"], ["State Department Spokesman Sean McCormack"],
   ["IRN"], ["Iran"])

# --- blind44-02: VOA, Cambodia-Thailand temple border talks (2008) ---
D = "blind44-02"
ev(D, "Top-level talks between Thailand", "talks", "CONSULT", "", ["diplomatic", "territory"],
   ["THA", "KHM"], ["Thailand", "Cambodia"])
ev(D, "The talks were called after", "entered Cambodia", "MOBILIZE", "troops",
   ["military", "territory"], ["THA"], ["Thai soldiers"], ["KHM"], ["Cambodia"])
ev(D, "The talks were called after", "gathered along the disputed border", "MOBILIZE",
   "troops", ["military", "territory"], ["THA", "KHM"],
   ["troops from both countries", "troops from both countries"])
ev(D, "The Defense Ministers of Cambodian", "met", "CONSULT", "", ["diplomatic", "military"],
   ["KHM", "THA"], ["The Defense Ministers of Cambodian and Thailand"] * 2)
ev(D, "But both sides have hundreds", "in place", "MOBILIZE", "troops",
   ["military", "territory"], ["KHM", "THA"], ["both sides", "both sides"])
ev(D, "Thailand sent troops to the border", "sent troops", "MOBILIZE", "troops",
   ["military", "territory"], ["THA"], ["Thailand"])
ev(D, "Thailand sent troops to the border", "attacked", "PROTEST", "demo",
   ["territory", "political_institutions"], ["THA"], ["anti-government demonstrators"],
   ["THA"], ["Prime Minister Samak Sundaravej's government"])
ev(D, "Thailand sent troops to the border", "supporting", "SUPPORT", "", ["territory"],
   ["THA"], ["Prime Minister Samak Sundaravej's government"], ["KHM"], ["Cambodia's"])
ev(D, "Thailand sent troops to the border", "request", "REQUEST", "assist", ["territory"],
   ["KHM"], ["Cambodia's"], ["UNO"], ["UNESCO"])

# --- blind44-03: VOA, UN envoy on Yemen escalation (2017) ---
D = "blind44-03"
ev(D, "The U.N.'s special envoy for Yemen", "expressed deep concern", "ACCUSE", "disapprove",
   ["military"], ["UNO"], ["The U.N.'s special envoy for Yemen"])
ev(D, "The U.N.'s special envoy for Yemen", "welcoming", "SUPPORT", "", ["human_security"],
   ["UNO"], ["The U.N.'s special envoy for Yemen"], ["SAU"], ["a Saudi-led coalition"])
ev(D, "The U.N.'s special envoy for Yemen", "pledge", "CONCEDE", "", ["human_security"],
   ["SAU"], ["a Saudi-led coalition"])
ev(D, "Ismail Ould Cheikh Ahmed condemned", "condemned", "ACCUSE", "disapprove",
   ["military"], ["UNO"], ["Ismail Ould Cheikh Ahmed"], ["YEM"], ["Houthi rebel"])
ev(D, "Ismail Ould Cheikh Ahmed condemned", "attack", "ASSAULT", "", ["military"],
   ["YEM"], ["Houthi rebel"], ["SAU"], ["Saudi Arabia"])
ev(D, "After the rebels fired a missile", "fired a missile", "ASSAULT", "", ["military"],
   ["YEM"], ["the rebels"], ["SAU"], ["the Riyadh airport"])
ev(D, "After the rebels fired a missile", "blockade", "COERCE", "restrict",
   ["military", "human_security"], ["SAU"], ["Saudi Arabia"], ["YEM"], ["Yemen"])
ev(D, "The coalition said Wednesday", "will remain open", "CONCEDE", "",
   ["human_security"], ["SAU"], ["The coalition"])
ev(D, "Houthi rebels seized the Yemeni capital", "seized", "COERCE", "seize",
   ["military", "territory"], ["YEM"], ["Houthi rebels"], ["YEM"],
   ["the Yemeni capital of Sana'a"])
ev(D, "Houthi rebels seized the Yemeni capital", "forcing", "COERCE", "",
   ["political_institutions"], ["YEM"], ["Houthi rebels"], ["YEM"],
   ["Abdu Rabu Mansour Hadi"])
ev(D, "The Saudi-led coalition responded", "launching its operation", "ASSAULT", "",
   ["military"], ["SAU"], ["The Saudi-led coalition"], ["YEM"], ["the rebels"])

# --- blind44-04: VOA, North/South Korean warships exchange warning shots (2014) ---
D = "blind44-04"
ev(D, "North and South Korean warships exchanged", "exchanged warning shots", "MOBILIZE",
   "weapons", ["military", "territory"], ["PRK", "KOR"], ["North and South Korean warships"] * 2)
ev(D, "North and South Korean warships exchanged", "agreed to high-level talks", "AGREE", "",
   ["diplomatic"], ["PRK", "KOR"], ["the two sides", "the two sides"], future=True)
ev(D, "Seoul defense officials say", "fired a warning shot", "MOBILIZE", "weapons",
   ["military", "territory"], ["KOR"], ["a South Korean naval ship"], ["PRK"],
   ["a North Korean vessel"])
ev(D, "Seoul defense officials say", "crossed", "MOBILIZE", "weapons",
   ["military", "territory"], ["PRK"], ["a North Korean vessel"])
ev(D, "The North Korean ship returned fire", "returned fire", "MOBILIZE", "weapons",
   ["military"], ["PRK"], ["The North Korean ship"])
ev(D, "The North Korean ship returned fire", "retreating", "RETREAT", "withdraw",
   ["military", "territory"], ["PRK"], ["The North Korean ship"])
ev(D, "Such incursions are not uncommon", "never recognized", "REJECT", "",
   ["territory"], ["PRK"], ["North Korea"])
ev(D, "made a surprise visit", "visit", "CONSULT", "visit", ["diplomatic"], ["PRK"],
   ["senior North Korean officials"], ["KOR"], ["the South"])
ev(D, "they held brief talks", "held brief talks", "CONSULT", "", ["diplomatic"],
   ["PRK", "KOR"], ["they", "South Korean officials"])
ev(D, "Afterward, they said they had agreed", "agreed to resume", "AGREE", "",
   ["diplomatic"], ["PRK"], ["they"], future=True)

# --- blind44-05: VOA, Pakistan emergency rule protests (2007) ---
D = "blind44-05"
ev(D, "Security forces in Pakistan have fired", "fired tear gas", "ASSAULT", "",
   ["repression"], ["PAK"], ["Security forces in Pakistan"], ["PAK"], ["demonstrators"])
ev(D, "Security forces in Pakistan have fired", "clubbed", "ASSAULT", "beat",
   ["repression"], ["PAK"], ["Security forces in Pakistan"], ["PAK"], ["demonstrators"])
ev(D, "Security forces in Pakistan have fired", "objecting", "PROTEST", "demo",
   ["political_institutions", "pro_democracy"], ["PAK"], ["demonstrators"], ["PAK"],
   ["President Pervez Musharraf's"])
ev(D, "Security forces in Pakistan have fired", "suspend the constitution", "COERCE",
   "restrict", ["political_institutions", "rights_freedoms"], ["PAK"],
   ["President Pervez Musharraf's"])
ev(D, "The protests came as President Bush", "urged", "REQUEST", "change",
   ["election", "military"], ["USA"], ["President Bush"], ["PAK"], ["the Pakistani leader"])
ev(D, "Thousands of lawyers across Pakistan", "protesting", "PROTEST", "demo",
   ["political_institutions", "legal"], ["PAK"], ["Thousands of lawyers"], ["PAK"],
   ["President Musharraf's"])
ev(D, "Thousands of lawyers across Pakistan", "impose emergency rule", "COERCE", "restrict",
   ["political_institutions", "rights_freedoms"], ["PAK"], ["President Musharraf's"])
ev(D, "The biggest clash between the protesters", "clash", "ASSAULT", "", ["repression"],
   ["PAK", "PAK"], ["the protesters", "police"])
ev(D, "The biggest clash between the protesters", "rallied", "PROTEST", "demo",
   ["legal", "political_institutions"], ["PAK"], ["more than 1,000 attorneys"])
ev(D, "Police used tear gas and then stormed", "used tear gas", "ASSAULT", "",
   ["repression"], ["PAK"], ["Police"], ["PAK"], ["the gathering"])
ev(D, "Police used tear gas and then stormed", "arresting", "COERCE", "arrest",
   ["repression"], ["PAK"], ["Police"], ["PAK"], ["hundreds of people"])
ev(D, "Police used tear gas and then stormed", "beating", "ASSAULT", "beat",
   ["repression"], ["PAK"], ["Police"], ["PAK"], ["hundreds of people"])
ev(D, "The police came and surrounded my house", "told me that I could not leave",
   "COERCE", "restrict", ["repression", "human_rights"], ["PAK"], ["The police"], ["PAK"],
   ["me"])
ev(D, "who took power in a 1999 coup", "coup", "COERCE", "", ["military",
   "political_institutions"], ["PAK"], ["President Musharraf"])
ev(D, "He suspended the constitution on Saturday", "suspended the constitution", "COERCE",
   "restrict", ["political_institutions", "rights_freedoms"], ["PAK"], ["He"])
ev(D, "Mr. Musharraf says he imposed", "imposed emergency rule", "COERCE", "restrict",
   ["political_institutions", "rights_freedoms"], ["PAK"], ["Mr. Musharraf"])
ev(D, "Mr. Musharraf says he imposed", "attacks", "ASSAULT", "", ["terrorism"], ["PAK"],
   ["extremists"])
ev(D, "Mr. Musharraf says he imposed", "set known terrorists free", "RETREAT", "release",
   ["legal", "terrorism"], ["PAK"], ["a series of recent judicial decisions"], ["PAK"],
   ["known terrorists"])
ev(D, "Since Saturday General Musharraf", "ousted judges", "COERCE", "",
   ["legal", "repression"], ["PAK"], ["General Musharraf"], ["PAK"], ["judges"])
ev(D, "Since Saturday General Musharraf", "silenced", "COERCE", "censor",
   ["rights_freedoms", "repression"], ["PAK"], ["General Musharraf"], ["PAK"],
   ["independent media"])
ev(D, "So far, the president's most serious", "arrested", "COERCE", "arrest",
   ["repression"], [], [], ["PAK"], ["former Prime Minister Benazir Bhutto"], negated=True)
ev(D, "She is urging Mr. Musharraf", "urging", "REQUEST", "yield",
   ["election", "political_institutions"], ["PAK"], ["She"], ["PAK"], ["Mr. Musharraf"])

# --- blind44-06: VOA, Somali Islamic Courts official in Kenya (2006) ---
D = "blind44-06"
ev(D, "A major official of the Islamic Courts Union", "is reportedly in Kenya", "CONSULT",
   "visit", ["diplomatic"], ["SOM"], ["A major official of the Islamic Courts Union"],
   ["KEN"], ["Kenyan government representatives"])
ev(D, "A Western aid worker with operations", "flew out of Mogadishu", "CONSULT", "visit",
   ["diplomatic"], ["SOM"], ["Ibrahim Adow"], ["KEN"], ["the Kenyan government"])
ev(D, "A Western aid worker with operations", "request", "REQUEST", "meet", ["diplomatic"],
   ["KEN"], ["the Kenyan government"], ["SOM"], ["Ibrahim Adow"])
ev(D, "Somalia's foreign affairs minister", "contacted", "CONSULT", "", ["diplomatic"],
   ["SOM", "KEN", "EUR"],
   ["he", "the Kenyan government", "the European Commission"])
ev(D, "He says he has heard that top Islamic", "fled", "SANCTION", "expel", ["military"],
   [], [], ["SOM"], ["top Islamic officials"])
ev(D, "the Islamists Thursday abandoned", "abandoned Mogadishu", "RETREAT", "withdraw",
   ["military", "territory"], ["SOM"], ["the Islamists"])
ev(D, "the Islamists Thursday abandoned", "encircled", "MOBILIZE", "troops", ["military"],
   ["SOM"], ["government troops"], ["SOM"], ["the Islamists' base"])
ev(D, "Earlier this year, the Islamic Courts Union", "seized control", "COERCE", "seize",
   ["military", "territory"], ["SOM"], ["the Islamic Courts Union"], ["SOM"],
   ["the capital"])
ev(D, "Earlier this year, the Islamic Courts Union", "reaching a truce", "AGREE", "",
   ["military"], ["SOM", "SOM"], ["the Islamic Courts Union", "the government"])
ev(D, "The two sides signed a peace accord", "signed", "SUPPORT", "", ["military"],
   ["SOM", "SOM"], ["The two sides", "The two sides"])
ev(D, "But negotiations Somalia's transitional", "negotiations", "CONSULT", "third-party",
   ["diplomatic"], ["SOM", "SOM"],
   ["Somalia's transitional government", "the Islamic Courts Union"])

# --- blind44-07: VOA, Congo rebel leader Nkunda (2007) ---
D = "blind44-07"
ev(D, "Congolese rebel leader Laurent Nkunda says", "forced", "SANCTION", "expel",
   ["military", "human_security"], [], [], ["COD"], ["tens of thousands of people"])
ev(D, "General Nkunda told VOA Monday", "prepared to fight", "THREATEN", "violence",
   ["military"], ["COD"], ["General Nkunda"], ["COD"],
   ["the forces of Congolese President Joseph Kabila"])
ev(D, "General Nkunda told VOA Monday", "would rather talk", "AGREE", "", ["diplomatic"],
   ["COD"], ["General Nkunda"])
ev(D, "He said the two sides need", "need an international mediator", "REQUEST", "meet",
   ["diplomatic"], ["COD"], ["He"])
ev(D, "Fighting between Nkunda's forces", "Fighting", "ASSAULT", "", ["military"],
   ["COD", "COD"], ["Nkunda's forces", "government troops"])
ev(D, "Fighting between Nkunda's forces", "displaced", "SANCTION", "expel",
   ["military", "human_security"], ["COD", "COD"], ["Nkunda's forces", "government troops"],
   ["COD"], ["some 40,000 people"])
ev(D, "The human rights group Amnesty International", "has failed", "ACCUSE", "disapprove",
   ["human_rights"], ["NGO"], ["Amnesty International"], ["COD"],
   ["the Congolese government"])

# --- blind44-08: VOA, MNLF standoff in Zamboanga (2013) ---
D = "blind44-08"
ev(D, "The Philippine military is exchanging gunfire", "exchanging gunfire", "ASSAULT",
   "firearms", ["military"], ["PHL", "PHL"],
   ["The Philippine military", "a Muslim rebel group"])
ev(D, "The Philippine military is exchanging gunfire", "laid siege", "COERCE", "seize",
   ["military", "territory"], ["PHL"], ["a Muslim rebel group"], ["PHL"],
   ["parts of a main southern city"])
ev(D, "Military officials say at least nine", "killed", "ASSAULT", "", ["military"],
   ["PHL"], ["Moro National Liberation Front fighters"])
ev(D, "Troops have surrounded", "surrounded", "MOBILIZE", "troops", ["military"], ["PHL"],
   ["Troops"])
ev(D, "Troops have surrounded", "holding scores of civilians", "ASSAULT", "abduct",
   ["military", "human_security"], ["PHL"], ["about 200 rebels"], ["PHL"],
   ["scores of civilians"])
ev(D, "Thousands have fled their homes", "fled", "SANCTION", "expel", ["human_security"],
   [], [], ["PHL"], ["Thousands"])
ev(D, "said negotiations with the rebels", "negotiations", "CONSULT", "", ["diplomatic"],
   ["PHL"], ["the rebels"])
ev(D, "She said the fighters have released", "released", "RETREAT", "release",
   ["human_security"], ["PHL"], ["the fighters"], ["PHL"], ["at least seven of the hostages"])
ev(D, "The MNLF is seeking greater autonomy", "seeking", "REQUEST", "change",
   ["territory", "religion_ethnicity"], ["PHL"], ["The MNLF"])
ev(D, "It signed a peace deal", "signed", "SUPPORT", "", ["military"], ["PHL", "PHL"],
   ["It", "the government"])
ev(D, "But some of its members continued", "continued fighting", "ASSAULT", "",
   ["military"], ["PHL"], ["some of its members"])
ev(D, "But some of its members continued", "claiming", "ACCUSE", "allege",
   ["political_institutions"], ["PHL"], ["some of its members"], ["PHL"], ["Manila"])
ev(D, "The group has also protested", "protested", "ACCUSE", "disapprove",
   ["diplomatic"], ["PHL"], ["The group"], ["PHL"], ["Manila's"])
ev(D, "The group has also protested", "peace talks", "CONSULT", "", ["diplomatic"],
   ["PHL", "PHL"], ["Manila's", "a breakaway faction"])
ev(D, "President Benigno Aquino has sent", "negotiate", "CONSULT", "", ["diplomatic"],
   ["PHL", "PHL"], ["President Benigno Aquino", "the MNLF rebels"])
ev(D, "President Benigno Aquino has sent", "want international mediation", "REQUEST", "meet",
   ["diplomatic"], ["PHL"], ["the MNLF rebels"])
ev(D, "A similar situation in 2001", "allowed to go free", "RETREAT", "release",
   ["military"], [], [], ["PHL"], ["the rebels"])
ev(D, "A similar situation in 2001", "releasing the hostages", "RETREAT", "release",
   ["human_security"], ["PHL"], ["the rebels"])

# --- blind44-09: VOA, Serbia rejects draft UN resolution on Kosovo (2007) ---
D = "blind44-09"
ev(D, "Serbia has rejected the latest", "rejected", "REJECT", "", ["territory", "diplomatic"],
   ["SRB"], ["Serbia"])
ev(D, "Prime Minister Vojislav Kostunica said Wednesday", "rejects", "REJECT", "",
   ["territory", "diplomatic"], ["SRB"], ["Serbia"])
ev(D, "U.S. Assistant Secretary of State Daniel Fried", "vetoes", "REJECT", "",
   ["territory", "diplomatic"], ["RUS"], ["Russia"], hypothetical=True)
ev(D, "European Union foreign policy chief Javier Solana", "met", "CONSULT", "visit",
   ["diplomatic", "territory"], ["KOS", "KOS"],
   ["President Fatmir Sejdiu", "Prime Minister Agim Ceku"], ["EUR"],
   ["European Union foreign policy chief Javier Solana"])
ev(D, "Solana and U.N. Secretary-General", "met", "CONSULT", "", ["diplomatic"],
   ["EUR", "UNO", "SRB"],
   ["Solana", "U.N. Secretary-General Ban Ki-moon", "Serbian President Boris Tadic"])
ev(D, "Kosovo has been under U.N. administration", "airstrikes", "ASSAULT", "aerial",
   ["military"], ["IGO"], ["NATO"], ["SRB"], ["Serbian"])
ev(D, "Kosovo has been under U.N. administration", "crackdown", "COERCE", "",
   ["repression", "religion_ethnicity"], ["SRB"], ["Serbian"], ["KOS"],
   ["ethnic Albanian separatists"])
ev(D, "Martti Ahtisaari's proposal", "recommends", "REQUEST", "change", ["territory"],
   ["UNO"], ["U.N. envoy Martti Ahtisaari's"])
ev(D, "Serbia, backed by Russia", "backed", "SUPPORT", "", ["territory", "diplomatic"],
   ["RUS"], ["Russia"], ["SRB"], ["Serbia"])
ev(D, "Serbia, backed by Russia", "has rejected", "REJECT", "", ["territory", "diplomatic"],
   ["SRB"], ["Serbia"])

# --- blind44-10: VOA, Pakistan emergency-rule detentions (2007) ---
D = "blind44-10"
ev(D, "Pakistan's Prime Minister Shaukat Aziz says", "detained", "COERCE", "arrest",
   ["repression"], [], [], ["PAK"], ["up to 500 people"])
ev(D, "VOA's Barry Newhouse attended", "arrested", "COERCE", "arrest", ["repression"],
   [], [], ["PAK"], ["regular Pakistanis"])
ev(D, "VOA's Barry Newhouse attended", "criticizing", "ACCUSE", "disapprove",
   ["political_institutions"], ["PAK"], ["regular Pakistanis"], ["PAK"], ["the government"])
ev(D, "Police vans filled with officers", "cruised", "MOBILIZE", "police", ["repression"],
   ["PAK"], ["Police vans filled with officers"])
ev(D, "These two women said they joined", "speak out against", "PROTEST", "demo",
   ["political_institutions", "rights_freedoms"], ["PAK", "PAK"],
   ["they", "up to 50 lawyers and civil servants"], ["PAK"], ["President Pervez Musharraf"])
ev(D, "These two women said they joined", "imposition of emergency rule", "COERCE",
   "restrict", ["political_institutions", "rights_freedoms"], ["PAK"],
   ["President Pervez Musharraf"])
ev(D, "Elsewhere, protesters chanted slogans", "chanted slogans", "PROTEST", "demo",
   ["political_institutions", "legal"], ["PAK"], ["protesters"])
ev(D, "Elsewhere, protesters chanted slogans", "praising", "SUPPORT", "", ["legal"],
   ["PAK"], ["protesters"], ["PAK"], ["Chief Justice Iftikhar Mohammed Chaudhry"])
ev(D, "Protesters chanted while surrounded", "chanted", "PROTEST", "demo",
   ["political_institutions"], ["PAK"], ["Protesters"])
ev(D, "Protesters chanted while surrounded", "surrounded", "COERCE", "restrict",
   ["repression"], ["PAK"], ["more than 100 police"], ["PAK"], ["Protesters"])
ev(D, "A few struggled as officers", "tried to load them in police vans", "COERCE", "arrest",
   ["repression"], ["PAK"], ["officers"], ["PAK"], ["them"])
ev(D, "One security official said they were", "detained", "COERCE", "arrest",
   ["repression"], [], [], ["PAK"], ["they"])

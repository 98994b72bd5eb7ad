"""Texts and annotation of the blind events set ``blind35.jsonl`` (evgold23, 2026-12-06).

Ten U.S. government texts about foreign parties, taken from the search tool's stored pages
(Department of Defense, White House archives, U.S. Embassy in Minsk, the State Department's
DipNote blog; all public domain). Page furniture is removed (named in each document's
``note``); the wording is otherwise exactly as stored. Each event is written as: document id, a
sentence anchor (a substring of exactly one sentence), the trigger (a substring found once in
that sentence), type, mode, contexts, actor codes, actor texts, recipient codes, recipient texts
and the flags. ``build_blind35.py`` turns this into ``blind35.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind35-01",
        "url": (
            "https://www.defense.gov/News/News-Releases/News-Release-View/Article/1318850/"
            "readout-of-secretary-mattis-meeting-with-australian-minister-of-defense-marise/"
        ),
        "agency": "U.S. Department of Defense, Press Operations",
        "title": (
            "Readout of Secretary Mattis' Meeting with Australian Minister of Defense Marise "
            "Payne"
        ),
        "published": "2017-09-20",
        "date_approximate": False,
        "date_note": "release date printed on the page (Release No: NR-334-17)",
        "truncated": False,
        "note": (
            "removed: 'IMMEDIATE RELEASE', the headline (kept in title), 'Press Operations', "
            "'Release No: NR-334-17 Sept. 20, 2017', 'Pentagon Chief Spokesperson Dana W. White "
            "provided the following readout:', the date line 'September 20, 2017'"
        ),
        "text": (
            "On September 20, Secretary of Defense Jim Mattis hosted Australian Minister of "
            "Defense Marise Payne for a bilateral meeting to discuss our robust defense "
            "relationship and the regional security challenges we continue to face.\n"
            "Secretary Mattis expressed his sincere and deep appreciation to Minister Payne for "
            "Australia's assistance in the search, rescue, and recovery efforts in early August "
            "following the MV-22 Osprey incident that took the lives of three Marines off the "
            "Australian coast. Secretary Mattis also highlighted the upcoming celebration of the "
            "first hundred years of \"Mateship\" that underpins the ironclad Australia-U.S. "
            "alliance. The relationship is built from tight bonds of trust, respect and "
            "friendship.\n"
            "The two leaders also discussed concerns about destabilizing actions in the South "
            "China Sea and the threat posed by North Korea. They emphasized the importance of "
            "the international community coming together to hold Kim Jong-Un's regime "
            "accountable and pressuring North Korea to give up their illegal nuclear weapons "
            "program.\n"
            "Secretary Mattis and Minister Payne also reaffirmed their continued commitment and "
            "support to address the growing threat from ISIS and other extremist groups, "
            "particularly in Southeast Asia."
        ),
    },
    {
        "id": "blind35-02",
        "url": (
            "https://georgewbush-whitehouse.archives.gov/news/releases/2004/11/print/text/"
            "20041112-2.html"
        ),
        "agency": "The White House, Office of the Press Secretary",
        "title": "President to Meet with Colombian President Alvaro Uribe in Colombia",
        "published": "2004-11-12",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'The White House', 'President George W. Bush', 'Print this document' "
            "(twice), 'For Immediate Release', 'Office of the Press Secretary', the date line, "
            "the headline (kept in title), '# # #', 'Return to this article at:'"
        ),
        "text": (
            "The President will travel to Cartagena, Colombia to meet with Colombian President "
            "Alvaro Uribe on November 22. The President will stop in Cartagena on his return "
            "from the APEC Leaders' Summit in Santiago, Chile. The President looks forward to "
            "discussing with President Uribe the many ways we are working together as close "
            "allies to protect and promote democracy, human rights, and the rule of law; fight "
            "terrorism and drug trafficking; and promote prosperity through economic growth and "
            "opportunity. The two Presidents will recognize the major progress made under Plan "
            "Colombia to win the war against the narco-terrorist groups in Colombia, and will "
            "emphasize our mutual interest in advancing free trade throughout the Americas."
        ),
    },
    {
        "id": "blind35-03",
        "url": "http://georgewbush-whitehouse.archives.gov/news/releases/2003/08/20030818-3.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "U.S. Welcomes Signing of Liberian Peace Agreement",
        "published": "2003-08-18",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'print-only banner', the site navigation ('The White House Skip Main "
            "Navigation', 'In Focus', 'News', 'News by Date', 'Appointments', 'Federal Facts', "
            "'West Wing', 'Home > News & Policies > August 2003'), 'For Immediate Release', "
            "'Office of the Press Secretary', the date line, the headline (kept in title), the "
            "subheads 'Statement by the Press Secretary' and 'Liberian Peace Agreement Signed in "
            "Accra, Ghana'"
        ),
        "text": (
            "The United States welcomes the signing of the peace agreement today in Accra, Ghana "
            "by Liberia's Government, rebel groups, political parties, and leaders of Liberia's "
            "civil society. The United States appreciates the efforts of ECOWAS Chair Kufuor, "
            "ECOWAS Executive Secretary Shambas, and the mediator of the talks, General "
            "Abubakar. The United States expects all parties to abide by the terms of the "
            "agreement and to live up to their commitments to stop all hostilities, to fully "
            "support the formation of the new government, and to ensure full humanitarian "
            "access. This historic agreement provides the people of Liberia and its new "
            "leadership an unprecedented opportunity to begin the process of healing and "
            "reconciliation toward a peaceful, stable, and prosperous Liberia."
        ),
    },
    {
        "id": "blind35-04",
        "url": (
            "https://obamawhitehouse.archives.gov/the-press-office/"
            "read-out-president-s-meeting-with-nigerian-acting-president-goodluck-jonathan"
        ),
        "agency": "The White House, Office of the Press Secretary",
        "title": "Read-out of President\u2019s meeting with Nigerian Acting President Goodluck Jonathan",
        "published": "2010-04-11",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date; the meeting took place on the eve of the Nuclear "
            "Security Summit it mentions (Washington, April 12-13, 2010), so the readout is "
            "dated 2010-04-11, approximate"
        ),
        "truncated": True,
        "note": (
            "removed: 'This is historical material \u201cfrozen in time\u201d...' banner, "
            "'Search form', 'The White House', 'Office of the Press Secretary', 'For Immediate "
            "Release', the headline (kept in title); the stored copy is cut inside the third "
            "paragraph ('The President urged Acting President Jonathan to '): the text ends at "
            "the last complete sentence"
        ),
        "text": (
            "President Obama welcomed Nigeria\u2019s Acting President Goodluck Jonathan to "
            "Washington today.  The President expressed his appreciation for Nigeria\u2019s "
            "participation in the Nuclear Security Summit and the opportunity to meet with "
            "Acting President Jonathan to discuss issues of mutual importance.  Both President "
            "Obama and Acting President Jonathan agreed to continue to work together on matters "
            "of advancing global security, particularly nuclear security and international "
            "compliance to the Non-Proliferation Treaty (NPT).  The leaders also discussed "
            "important security issues, including efforts to combat terrorism.\n"
            "Recognizing the regional importance of Nigeria, including its role as a regional "
            "leader and its substantial contributions to peacekeeping missions, as well as the "
            "longstanding friendship between the peoples of Nigeria and the United States, the "
            "President reiterated that the United States places great importance on the U.S. "
            "relationship with Nigeria and the Nigerian people.  The President added that a "
            "strong, democratic, prosperous Nigeria is in the U.S. national interest.\n"
            "Acting President Jonathan agreed on the importance placed on the U.S.-Nigerian "
            "relationship and recognized that the recent signing of a bilateral framework "
            "between the two countries provides an important way forward in addressing mutual "
            "strategic goals.  Both leaders agreed that such goals include:  respecting "
            "constitutional law and processes, achieving free and fair elections, building the "
            "capacity and commitment to fight corruption, respecting human rights, promoting "
            "economic development, and resolving internal conflict."
        ),
    },
    {
        "id": "blind35-05",
        "url": "http://georgewbush-whitehouse.archives.gov/news/releases/2003/01/text/20030131-31.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "U.S. Support for the Marcoussis Accord (Statement by the Press Secretary)",
        "published": "2003-01-31",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": True,
        "note": (
            "removed: the text-version site navigation ('President | Vice President | ...', "
            "'Email Updates | Espa\u00f1ol | ...', 'Printer-Friendly Version', 'Email this page "
            "to a friend'), 'For Immediate Release', 'Office of the Press Secretary', the date "
            "line, 'Statement by the Press Secretary', the headline (kept in title); the stored "
            "copy is cut inside its last paragraph ('The United States stands ready to assist "
            "Cote d'Ivoire in the impl'): that fragment is dropped"
        ),
        "text": (
            "The United States welcomes the signing of the Marcoussis Accord by all political "
            "parties involved in the Cote d'Ivoire conflict. We believe that the accord must be "
            "implemented without delay to bring an end to the violence in Cote d'Ivoire.\n"
            "The United States believes that this framework to set up a power-sharing "
            "government of national reconciliation offers new hope for an open, transparent, "
            "and democratic resolution in Cote d'Ivoire. The United States calls on the people "
            "and forces of Cote d'Ivoire to establish a balanced and stable government.\n"
            "It is critical that all political actors restrain their supporters from taking "
            "further violent actions, so as to swiftly restore peace and the rule of law in "
            "Cote d'Ivoire. The United States calls upon the people of Cote d'Ivoire to act in "
            "the national interest and for the public welfare, and to resolve the dispute "
            "peacefully. The United States calls on states neighboring Cote d'Ivoire to support "
            "the peace process by preventing any action that might undermine Cote d'Ivoire's "
            "security.\n"
            "We applaud the efforts of President Jacques Chirac of France, United Nations "
            "Secretary General Kofi Annan, President of the African Union Thabo Mbeki, and a "
            "number of Presidents of the Economic Community of West African States (ECOWAS) "
            "countries who met in Paris for the heads of state conference to build critical "
            "international support for the Marcoussis Accord and help resolve the conflict in "
            "Cote d'Ivoire."
        ),
    },
    {
        "id": "blind35-06",
        "url": (
            "https://www.defense.gov/Newsroom/Releases/Release/Article/788062/"
            "statement-by-pentagon-press-secretary-peter-cook-on-us-airstrike-in-somalia/"
        ),
        "agency": "U.S. Department of Defense, Pentagon Press Secretary",
        "title": "Statement by Pentagon Press Secretary Peter Cook on U.S. Airstrike in Somalia",
        "published": "2016-06-01",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: the archive notice ('This information is provided for historical "
            "purposes only...', 'Please contact the DOD Webmaster...'), 'Immediate Release', "
            "the headline (kept in title), the date line"
        ),
        "text": (
            "On May 27, U.S. forces carried out an airstrike in south-central Somalia targeting "
            "Abdullahi Haji Da'ud, a senior military commander for al-Shabaab. Da'ud was one of "
            "al-Shabaab's most senior military planners and served as a principal coordinator "
            "of al-Shabaab's militia attacks in Somalia, Kenya, and Uganda.  He held several "
            "positions of authority within the terrorist organization over the years, including "
            "head of the Amniyat, al-Shabaab's Security and Intelligence Branch.\n"
            "Da'ud has been responsible for the loss of many innocent lives through attacks he "
            "has planned and carried out.  We are confident that the removal from the terrorist "
            "network of this experienced al-Shabaab commander with extensive operational "
            "experience will disrupt near-term attack planning, potentially saving many "
            "innocent lives.\n"
            "We are currently assessing the results of the operation and will provide "
            "additional information as and when appropriate.  U.S. forces remain committed to "
            "supporting the Federal Government of Somalia, the Somali National Army, and our "
            "African Union Mission in Somalia (AMISOM) partners in defeating al-Shabaab and "
            "establishing a safe and secure environment in Somalia."
        ),
    },
    {
        "id": "blind35-07",
        "url": "https://www.defense.gov/News/Releases/Release/Article/1943953/",
        "agency": "U.S. Department of Defense",
        "title": (
            "China Escalates Coercion Against Vietnam\u2019s Longstanding Oil and Gas Activity "
            "in the South China Sea"
        ),
        "published": "2019-08-22",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date; it reports China's resumed interference with "
            "Vietnam's oil and gas activities after Minister Wei Fenghe's Shangri-La Dialogue "
            "speech (June 2019); dated 2019-08-22 from the Department's release of that week, "
            "approximate"
        ),
        "truncated": False,
        "note": (
            "removed: the .gov banner ('An official website of the United States Government', "
            "'Here's how you know', 'Official websites use .gov', ...), the archive notice "
            "('You have accessed part of a historical collection on defense.gov...'), "
            "'Immediate Release', the headline (kept in title)"
        ),
        "text": (
            "The Department of Defense is greatly concerned by China's continued efforts to "
            "violate the rules-based international order throughout the Indo-Pacific. "
            "Recently, China resumed its coercive interference in Vietnam's longstanding oil "
            "and gas activities in the South China Sea (SCS), directly contradicting Chinese "
            "Minister of Defense Wei Fenghe\u2019s pledge at the Shangri-La Dialogue that China "
            "would \u201cstick to the path of peaceful development.\u201d  China's actions stand "
            "in contrast to the United States' vision of a free and open Indo-Pacific region, "
            "in which all nations, large and small, are secure in their sovereignty, free from "
            "coercion, and able to pursue economic growth consistent with accepted "
            "international rules and norms.\n"
            "China will not win the trust of its neighbors nor the respect of the international "
            "community by maintaining its bullying tactics.  Its actions to coerce ASEAN "
            "claimants, station offensive military systems, and enforce an unlawful maritime "
            "claim raise serious doubts over China's credibility.  The United States will "
            "continue to support efforts by our allies and partners to ensure freedom of "
            "navigation and economic opportunity throughout the entire Indo-Pacific."
        ),
    },
    {
        "id": "blind35-08",
        "url": (
            "https://obamawhitehouse.archives.gov/realitycheck/blog/2011/06/24/"
            "president-obama-speaks-leaders-armenia-and-azerbaijan"
        ),
        "agency": "The White House (blog post by the National Security Staff)",
        "title": "President Obama Speaks with Leaders of Armenia and Azerbaijan",
        "published": "2011-06-24",
        "date_approximate": False,
        "date_note": "posting date printed on the page (June 24, 2011, 05:47 PM EDT)",
        "truncated": False,
        "note": (
            "removed: the headline (kept in title), the date and time lines, the closing author "
            "line ('Liz Sherwood-Randall is Special Assistant to the President for National "
            "Security Affairs and Senior Director for European Affairs.')"
        ),
        "text": (
            "Yesterday, President Obama placed calls to Armenian President Serzh Sargsian and "
            "Azerbaijani President Ilham Aliyev. In each conversation, he encouraged his "
            "counterparts to take concrete steps toward a final settlement of the "
            "Nagorno-Karabakh conflict that has undermined peace and development in the South "
            "Caucasus for over 20 years.\n"
            "Reaffirming the statement he issued with French President Sarkozy and Russian "
            "President Medvedev in Deauville last month, the President called upon both sides "
            "to engage constructively at the summit that President Medvedev convened today at "
            "Kazan, Russia.\n"
            "While the two leaders made progress today, they have more work to do to reach "
            "agreement on the Basic Principles that would form the basis of a final peace "
            "agreement. Armenia and Azerbaijan announced that \u201cmutual understanding [was] "
            "achieved on a number of issues whose resolution contributes to the creation of the "
            "conditions for the approval of the Basic Principles.\u201d\n"
            "The President told both leaders yesterday that if Armenia and Azerbaijan "
            "demonstrate the leadership and courage to seize the opportunity created by the "
            "recent momentum in the talks, the United States will stand by them. Now is the "
            "time, he said, to offer the people of the region a better future for themselves "
            "and for their children."
        ),
    },
    {
        "id": "blind35-09",
        "url": "http://minsk.usembassy.gov/election_violence122010.html",
        "agency": "U.S. Embassy in Belarus",
        "title": "Statement by the United States Embassy (election day violence in Belarus)",
        "published": "2010-12-20",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'Skip Global Navigation to Main Content', 'Skip Breadcrumb Navigation', "
            "'Press Releases', 'Statement by the United States Embassy' (kept in title), the "
            "date and place lines ('December 20, 2010', 'Minsk, Belarus'); the double spaces "
            "of the stored copy ('alarmed  that') are kept"
        ),
        "text": (
            "The United States strongly condemns all election day violence in Belarus. We are "
            "especially concerned over excessive use of force by the authorities, including "
            "the beating and detention of several presidential candidates and violence against "
            "journalists and civil society activists.  We are alarmed  that candidate "
            "Uladzimir Nyaklyaeu was forcibly taken from a Minsk hospital by unknown "
            "individuals and we urge his safe and immediate return.  We call on the Government "
            "of Belarus to exercise restraint during the remainder of the electoral process, "
            "which should be free of further intimidation and violence."
        ),
    },
    {
        "id": "blind35-10",
        "url": "http://blogs.state.gov/stories/2015/03/20/recent-violence-yemen",
        "agency": "U.S. Department of State (DipNote blog)",
        "title": "Recent Violence in Yemen",
        "published": "2015-03-20",
        "date_approximate": False,
        "date_note": "posting date printed on the page",
        "truncated": False,
        "note": (
            "removed: the headline (kept in title), 'Posted by DipNote Bloggers', the date "
            "line, the photo caption ('A Man Looks at a Damaged Car After a Suicide Attack in "
            "Sanaa, Yemen'), 'For more information:', 'Latest Stories'; a trailing space after "
            "the first paragraph's closing quote is dropped"
        ),
        "text": (
            "The United States condemns the recent violence in Yemen that left hundreds of "
            "people dead and wounded.  State Department Director for Press Relations Jeff "
            "Rathke said, \"The United States strongly condemns today\u2019s suicide bombings "
            "that killed over 130 individuals and left hundreds wounded. We express our "
            "condolences to the families of the victims. We deplore the brutality of the "
            "terrorists who perpetrated today\u2019s unprovoked attack on Yemeni citizens who "
            "were peacefully engaging in Friday prayers in their places of worship.\"\n"
            "The United States also condemned yesterday's airstrike targeting the Presidential "
            "Palace in Aden and called upon all actors within Yemen to halt all unilateral and "
            "offensive military actions.\n"
            "Director Rathke noted, \"...Political instability threatens the well-being of all "
            "Yemenis and denies them the opportunity to live in safety, peace and prosperity. "
            "Today\u2019s attack on the mosques in Sana\u2019a underscores that terrorism affects "
            "all Yemenis and that no one political group alone can confront the challenges "
            "facing Yemen.\"\n"
            "Director Rathke underscored that the way forward for Yemen must be through a "
            "political solution, saying, \"...We call upon all Yemeni parties to return in good "
            "faith to a political dialogue to resolve their differences. Without consensus "
            "among the Yemeni people, any unilateral assertion of authority will not succeed. "
            "We urge a renewed commitment to a peaceful political transition consistent with "
            "the Gulf Cooperation Council Initiative, the National Dialogue Conference "
            "outcomes, relevant United Nations Security Council resolutions and the Yemeni "
            "constitution.\""
        ),
    },
]

# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, negated, future, hypothetical
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind35-01: Defense readout, Mattis hosts Australia's defense minister (2017) ---
D = "blind35-01"
ev(D, "hosted Australian Minister", "hosted", "CONSULT", "visit", ["military", "diplomatic"],
   ["AUS"], ["Australian Minister of Defense Marise Payne"], ["USA"],
   ["Secretary of Defense Jim Mattis"])
ev(D, "expressed his sincere and deep appreciation", "expressed his sincere and deep appreciation",
   "SUPPORT", "", ["military"], ["USA"], ["Secretary Mattis"], ["AUS"], ["Minister Payne"])
ev(D, "expressed his sincere and deep appreciation", "assistance", "AID", "",
   ["military", "disasters"], ["AUS"], ["Australia's"], ["USA"], ["three Marines"])
ev(D, "highlighted the upcoming celebration", "highlighted", "SUPPORT", "",
   ["military", "diplomatic"], ["USA"], ["Secretary Mattis"], ["AUS"], ["Australia"])
ev(D, "The two leaders also discussed concerns", "discussed concerns", "ACCUSE", "disapprove",
   ["military", "territory", "cbrn"], ["USA", "AUS"], ["The two leaders", "The two leaders"],
   ["PRK"], ["North Korea"])
ev(D, "They emphasized the importance", "emphasized the importance", "REQUEST", "change",
   ["cbrn"], ["USA", "AUS"], ["They", "They"], ["PRK"], ["North Korea"])
ev(D, "also reaffirmed their continued commitment", "reaffirmed their continued commitment",
   "AGREE", "", ["terrorism", "military"], ["USA", "AUS"],
   ["Secretary Mattis", "Minister Payne"])

# --- blind35-02: White House, President to meet Uribe in Colombia (2004) ---
D = "blind35-02"
ev(D, "The President will travel to Cartagena", "will travel", "AGREE", "", ["diplomatic"],
   ["USA"], ["The President"], ["COL"], ["Colombian President Alvaro Uribe"], future=True)
ev(D, "The President will stop in Cartagena", "APEC Leaders' Summit", "CONSULT",
   "multilateral", ["economic", "diplomatic"], ["USA"], ["The President"])
ev(D, "looks forward to discussing", "looks forward to discussing", "AGREE", "",
   ["diplomatic"], ["USA"], ["The President"], ["COL"], ["President Uribe"], future=True)
ev(D, "looks forward to discussing", "working together", "COOPERATE", "",
   ["pro_democracy", "terrorism", "illegal_drugs", "economic"], ["USA", "COL"], ["we", "we"])
ev(D, "The two Presidents will recognize", "will recognize", "AGREE", "",
   ["illegal_drugs", "terrorism"], ["USA", "COL"], ["The two Presidents", "The two Presidents"])
ev(D, "The two Presidents will recognize", "will emphasize", "AGREE", "", ["economic"],
   ["USA", "COL"], ["The two Presidents", "The two Presidents"])

# --- blind35-03: White House, Liberian peace agreement (2003) ---
D = "blind35-03"
ev(D, "welcomes the signing of the peace agreement", "welcomes", "SUPPORT", "",
   ["diplomatic", "military"], ["USA"], ["The United States"], ["LBR"],
   ["Liberia's Government"])
ev(D, "welcomes the signing of the peace agreement", "signing", "SUPPORT", "",
   ["diplomatic", "military"], ["LBR"], ["Liberia's Government"])
ev(D, "appreciates the efforts of ECOWAS Chair", "appreciates", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["The United States"], ["IGO"], ["ECOWAS Chair Kufuor"])
ev(D, "appreciates the efforts of ECOWAS Chair", "mediator of the talks", "CONSULT",
   "third-party", ["diplomatic"], ["IGO"], ["General Abubakar"])
ev(D, "expects all parties to abide", "expects", "REQUEST", "change",
   ["military", "human_security"], ["USA"], ["The United States"], ["LBR"], ["all parties"])

# --- blind35-04: White House readout, Obama meets Nigeria's Acting President (2010) ---
D = "blind35-04"
ev(D, "President Obama welcomed Nigeria", "welcomed", "CONSULT", "visit", ["diplomatic"],
   ["NGA"], ["Nigeria\u2019s Acting President Goodluck Jonathan"], ["USA"], ["President Obama"])
ev(D, "expressed his appreciation for Nigeria", "expressed his appreciation", "SUPPORT", "",
   ["cbrn"], ["USA"], ["The President"], ["NGA"], ["Nigeria\u2019s"])
ev(D, "expressed his appreciation for Nigeria", "participation in the Nuclear Security Summit",
   "CONSULT", "multilateral", ["cbrn"], ["NGA"], ["Nigeria\u2019s"])
ev(D, "agreed to continue to work together", "agreed to continue to work together", "AGREE",
   "", ["cbrn"], ["USA", "NGA"], ["President Obama", "Acting President Jonathan"])
ev(D, "The leaders also discussed important security issues", "discussed", "CONSULT", "",
   ["terrorism"], ["USA", "NGA"], ["The leaders", "The leaders"])
ev(D, "the President reiterated that the United States places", "reiterated", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["the President"], ["NGA"], ["Nigeria"])
ev(D, "Acting President Jonathan agreed on the importance", "agreed on the importance",
   "SUPPORT", "", ["diplomatic"], ["NGA"], ["Acting President Jonathan"], ["USA"], ["U.S."])
ev(D, "Acting President Jonathan agreed on the importance", "signing", "SUPPORT", "",
   ["diplomatic"], ["USA", "NGA"], ["the two countries", "the two countries"])
ev(D, "Both leaders agreed that such goals include", "agreed", "AGREE", "",
   ["election", "corruption", "human_rights", "economic"], ["USA", "NGA"],
   ["Both leaders", "Both leaders"])

# --- blind35-05: White House, Marcoussis Accord on Cote d'Ivoire (2003) ---
D = "blind35-05"
ev(D, "welcomes the signing of the Marcoussis Accord", "welcomes", "SUPPORT", "",
   ["diplomatic", "political_institutions"], ["USA"], ["The United States"], ["CIV"],
   ["all political parties involved in the Cote d'Ivoire conflict"])
ev(D, "welcomes the signing of the Marcoussis Accord", "signing", "SUPPORT", "",
   ["diplomatic", "political_institutions"], ["CIV"],
   ["all political parties involved in the Cote d'Ivoire conflict"])
ev(D, "We believe that the accord must be implemented", "must be implemented", "REQUEST",
   "change", ["political_institutions"], ["USA"], ["We"])
ev(D, "calls on the people and forces of Cote", "calls on", "REQUEST", "change",
   ["political_institutions"], ["USA"], ["The United States"], ["CIV"],
   ["the people and forces of Cote d'Ivoire"])
ev(D, "It is critical that all political actors", "It is critical", "REQUEST", "change",
   ["military", "political_institutions"], [], [], ["CIV"], ["all political actors"])
ev(D, "calls upon the people of Cote d'Ivoire to act", "calls upon", "REQUEST", "change",
   ["political_institutions"], ["USA"], ["The United States"], ["CIV"],
   ["the people of Cote d'Ivoire"])
ev(D, "calls on states neighboring", "calls on", "REQUEST", "change",
   ["diplomatic", "territory"], ["USA"], ["The United States"])
ev(D, "We applaud the efforts of President Jacques Chirac", "applaud", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["We"], ["FRA", "UNO", "IGO"],
   ["President Jacques Chirac of France", "United Nations Secretary General Kofi Annan",
    "President of the African Union Thabo Mbeki"])
ev(D, "We applaud the efforts of President Jacques Chirac", "met in Paris", "CONSULT",
   "multilateral", ["diplomatic"], ["FRA", "UNO", "IGO"],
   ["President Jacques Chirac of France", "United Nations Secretary General Kofi Annan",
    "President of the African Union Thabo Mbeki"])

# --- blind35-06: Defense, U.S. airstrike in Somalia (2016) ---
D = "blind35-06"
ev(D, "U.S. forces carried out an airstrike", "carried out an airstrike", "ASSAULT", "aerial",
   ["military", "terrorism"], ["USA"], ["U.S. forces"], ["IMG"],
   ["Abdullahi Haji Da'ud"])
ev(D, "principal coordinator of al-Shabaab", "militia attacks", "ASSAULT", "",
   ["terrorism"], ["IMG"], ["al-Shabaab's"], ["SOM", "KEN", "UGA"],
   ["Somalia", "Kenya", "Uganda"])
ev(D, "Da'ud has been responsible for the loss", "attacks he has planned and carried out",
   "ASSAULT", "", ["terrorism"], ["IMG"], ["Da'ud"])
ev(D, "U.S. forces remain committed to supporting", "remain committed", "AGREE", "",
   ["military", "terrorism"], ["USA"], ["U.S. forces"], ["SOM", "IGO"],
   ["the Federal Government of Somalia", "African Union Mission in Somalia (AMISOM)"])

# --- blind35-07: Defense, China's coercion against Vietnam in the South China Sea (2019) ---
D = "blind35-07"
ev(D, "The Department of Defense is greatly concerned", "greatly concerned", "ACCUSE",
   "disapprove", ["territory", "diplomatic"], ["USA"], ["The Department of Defense"], ["CHN"],
   ["China's"])
ev(D, "Recently, China resumed its coercive interference", "coercive interference", "COERCE",
   "", ["territory", "natural_resource"], ["CHN"], ["China"], ["VNM"], ["Vietnam's"])
ev(D, "Recently, China resumed its coercive interference", "pledge", "AGREE", "",
   ["military"], ["CHN"], ["Chinese Minister of Defense Wei Fenghe\u2019s"])
ev(D, "Its actions to coerce ASEAN claimants", "coerce", "COERCE", "",
   ["territory"], ["CHN"], ["Its"])
ev(D, "Its actions to coerce ASEAN claimants", "station offensive military systems",
   "MOBILIZE", "weapons", ["military", "territory"], ["CHN"], ["Its"])
ev(D, "The United States will continue to support efforts", "will continue to support",
   "AGREE", "", ["territory", "economic"], ["USA"], ["The United States"])

# --- blind35-08: White House blog, Obama calls Armenia's and Azerbaijan's presidents (2011) ---
D = "blind35-08"
ev(D, "President Obama placed calls", "placed calls", "CONSULT", "phone",
   ["diplomatic", "territory"], ["USA", "ARM", "AZE"],
   ["President Obama", "Armenian President Serzh Sargsian",
    "Azerbaijani President Ilham Aliyev"])
ev(D, "In each conversation, he encouraged", "encouraged", "REQUEST", "change",
   ["territory", "diplomatic"], ["USA"], ["he"], ["ARM", "AZE"],
   ["his counterparts", "his counterparts"])
ev(D, "Reaffirming the statement he issued", "called upon", "REQUEST", "meet",
   ["territory", "diplomatic"], ["USA"], ["the President"], ["ARM", "AZE"],
   ["both sides", "both sides"])
ev(D, "Reaffirming the statement he issued", "convened", "CONSULT", "third-party",
   ["territory", "diplomatic"], ["RUS", "ARM", "AZE"],
   ["President Medvedev", "both sides", "both sides"])
ev(D, "Armenia and Azerbaijan announced", "achieved", "AGREE", "",
   ["territory", "diplomatic"], ["ARM", "AZE"], ["Armenia", "Azerbaijan"])
ev(D, "The President told both leaders yesterday", "will stand by them", "AGREE", "",
   ["territory", "diplomatic"], ["USA"], ["the United States"], ["ARM", "AZE"],
   ["Armenia", "Azerbaijan"])

# --- blind35-09: U.S. Embassy in Minsk, election day violence (2010) ---
D = "blind35-09"
ev(D, "strongly condemns all election day violence", "strongly condemns", "ACCUSE",
   "disapprove", ["election", "repression"], ["USA"], ["The United States"])
ev(D, "strongly condemns all election day violence", "violence", "ASSAULT", "",
   ["election", "repression"], [], [], ["BLR"], ["Belarus"])
ev(D, "We are especially concerned over excessive use", "especially concerned", "ACCUSE",
   "disapprove", ["election", "repression"], ["USA"], ["We"], ["BLR"], ["the authorities"])
ev(D, "We are especially concerned over excessive use", "beating", "ASSAULT", "beat",
   ["election", "repression"], ["BLR"], ["the authorities"], ["BLR"],
   ["several presidential candidates"])
ev(D, "We are especially concerned over excessive use", "detention", "COERCE", "arrest",
   ["election", "repression"], ["BLR"], ["the authorities"], ["BLR"],
   ["several presidential candidates"])
ev(D, "We are especially concerned over excessive use", "violence against journalists",
   "ASSAULT", "", ["repression", "rights_freedoms"], ["BLR"], ["the authorities"], ["BLR"],
   ["journalists and civil society activists"])
ev(D, "We are alarmed", "alarmed", "ACCUSE", "disapprove", ["election", "repression"],
   ["USA"], ["We"])
ev(D, "We are alarmed", "forcibly taken", "ASSAULT", "abduct", ["election", "repression"],
   ["BLR"], ["unknown individuals"], ["BLR"], ["candidate Uladzimir Nyaklyaeu"])
ev(D, "We are alarmed", "urge", "REQUEST", "yield", ["election", "repression"], ["USA"],
   ["we"])
ev(D, "We call on the Government of Belarus", "call on", "REQUEST", "change",
   ["election", "repression"], ["USA"], ["We"], ["BLR"], ["the Government of Belarus"])

# --- blind35-10: State Department DipNote, recent violence in Yemen (2015) ---
D = "blind35-10"
ev(D, "The United States condemns the recent violence", "condemns", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["The United States"])
ev(D, "The United States condemns the recent violence", "violence", "ASSAULT", "",
   ["terrorism"], [], [], ["YEM"], ["Yemen"])
ev(D, "strongly condemns today", "strongly condemns", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["The United States"])
ev(D, "We express our condolences", "express our condolences", "SUPPORT", "", ["terrorism"],
   ["USA"], ["We"])
ev(D, "We deplore the brutality", "deplore", "ACCUSE", "disapprove",
   ["terrorism", "religion_ethnicity"], ["USA"], ["We"], ["YEM"], ["the terrorists"])
ev(D, "We deplore the brutality", "unprovoked attack", "ASSAULT", "explosives",
   ["terrorism", "religion_ethnicity"], ["YEM"], ["the terrorists"], ["YEM"],
   ["Yemeni citizens"])
ev(D, "The United States also condemned", "condemned", "ACCUSE", "disapprove", ["military"],
   ["USA"], ["The United States"])
ev(D, "The United States also condemned", "airstrike", "ASSAULT", "aerial", ["military"],
   [], [], ["YEM"], ["the Presidential Palace in Aden"])
ev(D, "The United States also condemned", "called upon", "REQUEST", "change", ["military"],
   ["USA"], ["The United States"], ["YEM"], ["all actors within Yemen"])
ev(D, "We call upon all Yemeni parties", "We call upon", "REQUEST", "meet",
   ["political_institutions"], ["USA"], ["We"], ["YEM"], ["all Yemeni parties"])
ev(D, "We urge a renewed commitment", "urge", "REQUEST", "change",
   ["political_institutions"], ["USA"], ["We"])

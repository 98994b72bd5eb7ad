"""Texts and annotation of the blind events set ``blind32.jsonl`` (evgold20, 2026-12-06).

Ten Voice of America news stories (voanews.com, blogs.voanews.com and VOA's own publishing
host voa.pangea-cms.com; all public domain), taken from the search tool's stored pages. Page
furniture is removed (named in each document's ``note``); the wording is otherwise exactly as
stored. Each event is written as: document id, a sentence anchor (a substring of exactly one
sentence), the trigger (a substring found once in that sentence), type, mode, contexts, actor
codes, actor texts, recipient codes, recipient texts and the flags. ``build_blind32.py`` turns
this into ``blind32.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

VOA = "Voice of America"

DOCS: list[dict] = [
    {
        "id": "blind32-01",
        "url": "https://voanews.com/a/egyptian-police-start-wave-of-arrests-115190329/134472.html",
        "agency": VOA,
        "title": "Egyptian Police Start Wave of Arrests",
        "published": "2011-02-03",
        "date_approximate": True,
        "date_note": "the stored copy carries no dateline; the photo caption is dated February 3, "
                     "2011 and the story's 'By midmorning Thursday' is that Thursday",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption (printed twice), the section headings 'Protesters attacked' and "
            "'Journalists targeted'; the stored copy is cut inside its next paragraph ('those "
            "who tal'), which is dropped"
        ),
        "text": (
            "Egyptian security forces are arresting demonstrators as clashes continue between "
            "supporters of President Hosni Mubarak and his opponents who want him to go now. The "
            "latest violence has killed at least five people and injured hundreds.\n"
            "The arrests follow a night of intense violence in the Egyptian capital in which pro "
            "and anti-Mubarak protesters fought each other with rocks, sticks, and firebombs. "
            "There were bursts of sustained gunfire. The violence marked a dramatic change in "
            "what had been, earlier in the week, a peaceful demonstration.\n"
            "Egyptian Prime Minister Ahmed Shafik went on state television to apologize for the "
            "violence. He denied government involvement in the clashes.\n"
            "The anti-government demonstrators are not convinced. They accuse the government of "
            "encouraging, or at least allowing the pro-Mubarak demonstrators to go in and attack "
            "the anti-government demonstrators in central Cairo's Tahrir Square.\n"
            "By midmorning Thursday, Egypt's army appeared to be stopping all demonstrators from "
            "entering the square. Among those leaving the area was a 20-year-old software "
            "engineer.\n"
            "\"There was big violence,\" he said. \"All that area I was in was full of Mubarak's "
            "guy's, Mubarak's people.\"\n"
            "Mubarak supporters targeted foreign journalists, mobbing and cursing reporters. They "
            "accuse the foreign media of instigating the protests."
        ),
    },
    {
        "id": "blind32-02",
        "url": "https://www.voanews.com/a/armenia-azerbaijan-presidents-nagorno-karabakh/1970470.html",
        "agency": VOA,
        "title": "Armenia, Azerbaijan to Meet on Nagorno-Karabakh",
        "published": "2014-08-03",
        "date_approximate": True,
        "date_note": "the stored copy carries no dateline; the planned summit 'this month, "
                     "possibly on August 8 or 9' and State Department spokeswoman Marie Harf "
                     "date it to the first days of August 2014",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "photo caption (printed twice), the closing VOA News byline box ('16x9 Image', "
            "'VOA News', the service description)"
        ),
        "text": (
            "The presidents of Armenia and Azerbaijan are scheduled to meet this month, possibly "
            "on August 8 or 9, on the long-simmering conflict over the disputed Nagorno-Karabakh "
            "region, where a surge in fighting has left a number of soldiers dead.\n"
            "Armenian President Serzh Sarkisian and Azeri President Ilham Aliyev plan to hold "
            "talks in the Russian city of Sochi.\n"
            "Fighting Saturday killed four Azeri troops and an Armenian soldier, days after at "
            "least eight Azeri soldiers were killed.\n"
            "The United States has encouraged the presidents from both countries to talk and take "
            "immediate action to reduce tensions and return to a cease-fire.\n"
            "State Department spokeswoman Marie Harf says retaliation and further violence will "
            "only make it more difficult to bring about a peaceful settlement.\n"
            "Nagorno-Karabakh is an ethnic Armenian enclave inside Azerbaijan. The landlocked "
            "region declared independence in 1992.\n"
            "Fighting over the region killed about 30,000 people before a 1994 cease-fire.\n"
            "A peace treaty has never been signed and tensions between both sides occasionally "
            "boil over into violence.\n"
            "Some information for this report comes from AFP."
        ),
    },
    {
        "id": "blind32-03",
        "url": "https://www.voanews.com/a/a-13-2006-02-18-voa7/398167.html",
        "agency": VOA,
        "title": "Nigerian Militants Launch New Attacks; Foreigners Kidnapped",
        "published": "2006-02-18",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2006-02-18)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "stored copy is cut inside its next paragraph ('The group originat'), which is "
            "dropped; the stray space in '\" In the totality' is kept as stored"
        ),
        "text": (
            "Nigerian militants in the oil-rich Niger Delta have launched a new wave of attacks, "
            "including the kidnapping of nine foreign oil workers. The militants are threatening "
            "total war on the Nigerian military, and have warned all foreigners to leave the "
            "area.\n"
            "The armed militants, traveling in speedboats, seized the nine foreigners on a "
            "pipe-laying barge near the Forcados export oil terminal.\n"
            "The nine, identified as three Americans, a Briton, two Egyptians, two Thais and one "
            "Filipino, work for the U.S.-based oil services company, Willbros.\n"
            "The Movement for the Emancipation of the Niger Delta claimed responsibility for the "
            "attack in e-mails sent out to journalists.\n"
            "They also attacked the oil terminal, operated by Anglo-Dutch giant Royal Dutch Shell, "
            "and blew up pipelines in the same area near the city of Warri. They said five "
            "soldiers were killed.\n"
            "This was not confirmed. Military officials did not immediately comment about details "
            "of the violence.\n"
            "A local journalist, Aminu Bello Sahabi, spoke with the militants, and said they were "
            "angry at the government for not taking their threats against foreigners seriously.\n"
            "\"They have given them the ultimatum to vacate the area as of yesterday by midnight. "
            "So, this morning, I was able to talk with one of the militants. They are stating they "
            "want those people to leave the Niger Delta now, because the Nigerian government could "
            "not succumb to their demands,\" he said.\n"
            "Sahabi says these demands are increasing.\n"
            "\"They are claiming they have property in the Niger Delta, (they want) environmental "
            "(security) and other things,\" he said. \" In the totality, militants want to take "
            "over the control of the Niger Delta. So, the Nigerian government could not allow "
            "this.\"\n"
            "He says the militants were also angry about recent military raids against their "
            "positions, which they said killed civilians in majority ethnic Ijaw communities."
        ),
    },
    {
        "id": "blind32-04",
        "url": "https://blogs.voanews.com/breaking-news/2013/01/08/japan-summons-chinese-ambassador-over-island-dispute/",
        "agency": VOA,
        "title": "Japan Summons Chinese Ambassador Over Island Dispute",
        "published": "2013-01-08",
        "date_approximate": False,
        "date_note": "date from the blog URL (2013/01/08), matching the story's 'on Tuesday'",
        "truncated": False,
        "note": (
            "the stored copy is the story text alone (no furniture); the title is taken from the "
            "URL slug; the copy ends on a complete sentence well below the store's cut length"
        ),
        "text": (
            "Japan has summoned the Chinese ambassador to protest the presence of government ships "
            "near contested islands, as a simmering territorial dispute continues to hamper "
            "relations between the two Asian powers.\n"
            "Tokyo's foreign ministry lodged a \u201cstrong protest\u201d against China on Tuesday "
            "during a meeting between senior diplomatic officials, and demanded that Beijing stop "
            "sending vessels to the Japan-administered islands.\n"
            "Japan says four Chinese maritime surveillance ships entered the area around the "
            "resource-rich archipelago on Monday and remained there for 13 hours. Chief Cabinet "
            "Secretary Yoshihide Suga called the move \u201cextremely unusual\u201d and "
            "\u201cregrettable.\u201d\n"
            "In recent months, China has repeatedly sent ships to the disputed waters in what some "
            "analysts say is Beijing's attempt to establish the fact that it can come and go as it "
            "pleases.\n"
            "China was angered after Japan purchased the islands from a private Japanese landowner "
            "in September.\n"
            "The dispute has escalated in recent weeks, since China began sending marine "
            "surveillance planes near the islands, prompting Japan to respond by dispatching "
            "fighter jets.\n"
            "The islands, known in Japan as Senkaku and in China as Diaoyu, are surrounded by rich "
            "fishing grounds and potential energy deposits. They have a long history of causing "
            "strained relations between China and Japan.\n"
            "Japan says it discovered the uninhabited islands in the late 19th century. China "
            "disputes the claim, saying ancient maps show the islands have been claimed by Beijing "
            "since the 14th century."
        ),
    },
    {
        "id": "blind32-05",
        "url": "https://blogs.voanews.com/breaking-news/2012/01/20/au-government-troops-seize-al-shabab-positions-in-mogadishu/",
        "agency": VOA,
        "title": "AU, Government Troops Seize al-Shabab Positions in Mogadishu",
        "published": "2012-01-20",
        "date_approximate": False,
        "date_note": "'Posted January 20th, 2012' on the page",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'Posted January 20th, 2012 at 11:05 am "
            "(UTC-5)', 'Leave a comment'; the stored copy is cut inside its next paragraph "
            "('The Islamist mil'), which is dropped"
        ),
        "text": (
            "Officials say African Union and Somali government troops have seized positions from "
            "militant group al-Shabab in the capital, Mogadishu.\n"
            "The AU force, known as AMISOM, said Friday that it had driven al-Shabab fighters from "
            "Mogadishu University and the Barakat Cemetery, areas on the city's northern "
            "outskirts.\n"
            "Witnesses in the area reported hearing heavy gunfire around dawn Friday. Reports from "
            "the area say at least three government soldiers were killed when their vehicle was "
            "attacked.\n"
            "Al-Shabab abandoned most of the city in August but had held on to a few areas and has "
            "continued to carry out bombings and guerilla-style attacks in the war-torn capital.\n"
            "The militant group is fighting to overthrow Somalia's U.N.-backed transitional "
            "government and impose strict Islamic law. It is battling AU forces in Mogadishu, as "
            "well as Kenyan soldiers in the south and Ethiopian troops in the west.\n"
            "Mogadishu has seen near daily attacks by insurgents in recent days. On Thursday, a "
            "bomb exploded near a crowded area of makeshift shelters for refugees. The blast, "
            "which appeared to target a police checkpoint, killed six people.\n"
            "The violence comes as Somalia on Friday marks six months since the United Nations "
            "first declared a famine in six regions of southern Somalia.\n"
            "Although famine warnings have now been lifted in three of those regions, humanitarian "
            "groups say millions are still in urgent need of food aid.\n"
            "But several humanitarian agencies have been forced to suspend aid to the region "
            "because of the violence.\n"
            "On Thursday, Doctors Without Borders announced it was closing its two largest medical "
            "centers in Mogadishu after two of its workers were killed last month.\n"
            "Last week, the International Committee of the Red Cross suspended aid to 1.1 million "
            "Somalis, saying that local authorities linked to al-Shabab had blocked aid to several "
            "regions."
        ),
    },
    {
        "id": "blind32-06",
        "url": "https://www.voanews.com/europe/eu-foreign-ministers-meet-belarus-opposition-leader",
        "agency": VOA,
        "title": "EU Foreign Ministers Meet Belarus Opposition Leader",
        "published": "2020-09-21",
        "date_approximate": False,
        "date_note": "dateline 'September 21, 2020' on the page",
        "truncated": True,
        "note": (
            "removed: the date and section line, the headline (kept in title), 'By VOA News', the "
            "dateline, two photo captions (each printed twice), trailing spaces at paragraph "
            "ends; the stored copy is cut inside its next paragraph ('German Foreign Mini'), "
            "which is dropped; the spellings 'Tikhanovskaya' and 'Tsikhanouskaya.,', the double "
            "space before 'and' and the mixed quote marks are kept as stored"
        ),
        "text": (
            "Foreign ministers of European Union member countries met with Belarus opposition "
            "leader Sviatlana Tsikhanouskaya in Brussels Monday, as they are discussing imposing "
            "sanctions on several Belarus officials, possibly including President Alexander "
            "Lukashenko.\n"
            "Tikhanovskaya urged the EU to \u201cbe more brave\u201d in taking action to support "
            "the opposition\u2019s battle against Lukashenko\u2019s authoritarian regime.\n"
            "Speaking to reporters after the breakfast meeting with Tsikhanouskaya., EU foreign "
            "policy chief Josep Borrell said \"she gave us an account of the events in Belarus\"  "
            "and \u201cwe are really impressed by the courage and perseverance of the Belarusian "
            "people, especially Belarusian women who show a real sense of leadership.\u201d\n"
            "Borrell said Brussels does not recognize Lukashenko as the legitimate president of "
            "Belarus.\n"
            "\u201cLet me stress that we will support inclusive national dialogue and the rights "
            "of Belarusian people for free and fair elections, and this cannot be regarded as an "
            "interference in internal affairs because democracy and human rights are at the core "
            "of the identity of the European Union,\" he said."
        ),
    },
    {
        "id": "blind32-07",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/un-led-peace-talks-for-yemen-in-doubt/2789288.html",
        "agency": VOA,
        "title": "Sunnis Seize Key Military Sites from Houthis in Yemen",
        "published": "2015-05-25",
        "date_approximate": True,
        "date_note": "the stored copy carries no dateline; the photo caption is dated May 18, "
                     "2015 and the story reports Monday's seizure of Dhale and the indefinite "
                     "postponement of the UN peace conference set for that Thursday, which puts "
                     "it at the end of May 2015 (Monday 25 May taken)",
        "truncated": False,
        "note": (
            "VOA's own publishing host (pangea-cms preview page of story 2789288); removed: "
            "'Accessibility links', 'Breaking News', the headline (kept in title), the photo "
            "caption (printed twice), the closing VOA News byline box and the 'XS SM MD LG' "
            "layout line"
        ),
        "text": (
            "Sunni militia fighters in Yemen dealt a blow to Shi'ite Houthi rebels Monday, seizing "
            "key military sites in the southern city of Dhale.\n"
            "The number of casualties is unclear. One report said dozens of rebels were killed and "
            "70 wounded.\n"
            "Meanwhile, there was no let up in the Saudi-led airstrikes Monday across Yemen and in "
            "the capital, Sana'a.\n"
            "Some witnesses say a house belonging to Ahmed Saleh, son of former President Ali "
            "Abdullah Saleh, was destroyed. The former president is one of the main supporters of "
            "the Houthi rebels.\n"
            "The outlook for peace in Yemen is dim, with the fighting and airstrikes continuing. "
            "Yemeni and United Nations officials say a peace conference scheduled for Thursday has "
            "been indefinitely postponed.\n"
            "Yemeni President Abdu Rabu Mansour Hadi, who is in exile in Saudi Arabia, is "
            "demanding Houthi rebels abide by a Security Council resolution and withdraw from "
            "territory they seized before the talks can proceed.\n"
            "U.N. Secretary-General Ban Ki-moon has urged both sides to talk without any "
            "preconditions.\n"
            "The U.N. says violence in Yemen has killed more than 1,000 civilians and says it "
            "could spread elsewhere in the region."
        ),
    },
    {
        "id": "blind32-08",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/east-asia-pacific_asean-members-discuss-myanmar-jakarta-summit/6204831.html",
        "agency": VOA,
        "title": "ASEAN Members to Discuss Myanmar at Jakarta Summit",
        "published": "2021-04-20",
        "date_approximate": True,
        "date_note": "the stored copy carries no dateline; the photo caption is dated April 20, "
                     "2021 and the story reports 'Tuesday's announcement' (20 April 2021) of the "
                     "summit of Saturday 24 April",
        "truncated": True,
        "note": (
            "VOA's own publishing host (pangea-cms preview page of story 6204831); removed: "
            "'Accessibility links', 'Breaking News', the headline (kept in title), two photo "
            "captions (each printed twice); the stored copy is cut inside the sentence after "
            "'Prayuth Chan-ocha.' ('some other countries'), which is dropped; the complete "
            "sentence before it is kept"
        ),
        "text": (
            "Southeast Asian nations are set to discuss Myanmar's governance crisis at a summit in "
            "Jakarta on Saturday.\n"
            "Tuesday's announcement by the 10-member Association of Southeast Asian Nations "
            "(ASEAN) comes a day after the European Union imposed stiff sanctions on militarily "
            "controlled Myanmar, an ASEAN member state.\n"
            "The military in Myanmar, which is also known as Burma, overthrew the country's "
            "elected leader Aung San Suu Kyi in early February, triggering a popular revolt "
            "followed by a violent crackdown on protesters and civilians who want a return to "
            "democracy.\n"
            "At least 738 people have been killed by junta security forces since the crackdown "
            "began, according to the Assistance Association for Political Prisoners.\n"
            "Local media say security forces killed six villagers on Tuesday.\n"
            "ASEAN's principles of consensus and noninterference restrict it from meddling in the "
            "domestic affairs of member nations, but most member states say they plan to send "
            "representatives other than heads of states.\n"
            "Thailand's Deputy Prime Minister and top diplomat Don Pramudwinai will attend the "
            "summit instead of Prime Minister Prayuth Chan-ocha."
        ),
    },
    {
        "id": "blind32-10",
        "url": "https://www.voanews.com/a/a-13-2009-04-14-voa14-68814662/413091.html",
        "agency": VOA,
        "title": "Sri Lanka's Tamil Tigers Dismiss Government Truce as Insincere",
        "published": "2009-04-14",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2009-04-14), matching the truce that 'ends "
                     "Tuesday'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); the "
            "stored copy is cut inside its next paragraph ('The government has consistently "
            "turned down requests ..., saying'), which is dropped; '50\u2026..the LTTE' is kept "
            "as stored"
        ),
        "text": (
            "In Sri Lanka, Tamil Tigers say a two-day holiday truce called by the government is "
            "insincere and have called for a long-term ceasefire supervised by the international "
            "community. The government has repeatedly rejected such calls from the rebels.\n"
            "The Tamil Tigers say only a long term truce overseen by the international community "
            "can be effective and establish the basis for a political settlement to the country's "
            "ethnic conflict.\n"
            "The rebels, who have suffered massive battlefield reverses, say they are prepared to "
            "restart peace negotiations with the government.\n"
            "A two-day ceasefire declared by the government ends Tuesday. But the rebels have "
            "dismissed the brief truce as an \"act of hoodwinking\" designed to deflect mounting "
            "international concern over the fate of civilians trapped in a narrow area in the "
            "northeast along with rebel fighters.\n"
            "The estimated 100,000 civilians have come under shelling and firing from both sides, "
            "according to aid workers. Many have been killed or wounded.\n"
            "The truce was declared to allow these civilians to leave the war zone. But the "
            "government says very few have come to army-controlled areas.\n"
            "Army spokesman Udaya Nanayakara said no civilians had come to government controlled "
            "territory until afternoon on the second day of the truce. He says only a handful came "
            "on the first day.\n"
            "\"Yesterday only very few have come on the ground, amount to about 50\u2026..the LTTE "
            "they know this period is meant for the civilians to come in, but they have not "
            "allowed the civilians to come,\" Nanayakara said.\n"
            "British Foreign Secretary David Miliband has asked Colombo to consider a longer halt "
            "in the fighting to allow more civilians to leave. But the government has rejected the "
            "request, saying the rebels have not demonstrated any goodwill in allowing civilians "
            "free movement."
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


D = "blind32-01"
ev(D, "Egyptian security forces are arresting", "are arresting demonstrators", "COERCE",
   "arrest", ["repression"], ["EGY"], ["Egyptian security forces"], ["EGY"], ["demonstrators"])
ev(D, "Egyptian security forces are arresting", "clashes continue", "ASSAULT", "",
   ["pro_democracy"], ["EGY", "EGY"],
   ["supporters of President Hosni Mubarak", "his opponents"])
ev(D, "fought each other with rocks", "fought each other", "ASSAULT", "primitive",
   ["pro_democracy"], ["EGY"], ["pro and anti-Mubarak protesters"])
ev(D, "went on state television to apologize", "apologize", "CONCEDE", "", ["executive"],
   ["EGY"], ["Egyptian Prime Minister Ahmed Shafik"])
ev(D, "He denied government involvement", "denied", "REJECT", "", ["executive"], ["EGY"],
   ["He"])
ev(D, "They accuse the government of encouraging", "accuse", "ACCUSE", "allege",
   ["repression"], ["EGY"], ["They"], ["EGY"], ["the government"])
ev(D, "Egypt's army appeared to be stopping", "stopping all demonstrators from entering",
   "COERCE", "restrict", ["military", "repression"], ["EGY"], ["Egypt's army"], ["EGY"],
   ["all demonstrators"])
ev(D, "Mubarak supporters targeted foreign journalists", "targeted", "ASSAULT", "",
   ["rights_freedoms"], ["EGY"], ["Mubarak supporters"])
ev(D, "accuse the foreign media of instigating", "accuse", "ACCUSE", "allege",
   ["misinformation"], ["EGY"], ["They"])

D = "blind32-02"
ev(D, "are scheduled to meet this month", "are scheduled to meet", "AGREE", "",
   ["diplomatic", "territory"], ["ARM", "AZE"],
   ["The presidents of Armenia and Azerbaijan", "The presidents of Armenia and Azerbaijan"],
   future=True)
ev(D, "plan to hold talks in the Russian city", "plan to hold talks", "AGREE", "",
   ["diplomatic"], ["ARM", "AZE"],
   ["Armenian President Serzh Sarkisian", "Azeri President Ilham Aliyev"], future=True)
ev(D, "Fighting Saturday killed four Azeri troops", "Fighting", "ASSAULT", "",
   ["military", "territory"], ["AZE", "ARM"], ["four Azeri troops", "an Armenian soldier"])
ev(D, "Fighting Saturday killed four Azeri troops", "were killed", "ASSAULT", "",
   ["military"], [], [], ["AZE"], ["at least eight Azeri soldiers"])
ev(D, "The United States has encouraged the presidents", "has encouraged", "REQUEST", "meet",
   ["diplomatic", "military"], ["USA"], ["The United States"], ["ARM", "AZE"],
   ["the presidents from both countries", "the presidents from both countries"])
ev(D, "Marie Harf says retaliation", "will only make it more difficult", "ACCUSE",
   "disapprove", ["military"], ["USA"], ["State Department spokeswoman Marie Harf"])

D = "blind32-03"
ev(D, "have launched a new wave of attacks", "have launched a new wave of attacks", "ASSAULT",
   "", ["natural_resource"], ["NGA"], ["Nigerian militants"])
ev(D, "have launched a new wave of attacks", "kidnapping", "ASSAULT", "abduct",
   ["natural_resource"], ["NGA"], ["Nigerian militants"])
ev(D, "The militants are threatening total war", "are threatening total war", "THREATEN",
   "violence", ["military"], ["NGA"], ["The militants"], ["NGA"], ["the Nigerian military"])
ev(D, "The militants are threatening total war", "have warned all foreigners to leave",
   "THREATEN", "", ["migration"], ["NGA"], ["The militants"])
ev(D, "seized the nine foreigners", "seized the nine foreigners", "ASSAULT", "abduct",
   ["natural_resource"], ["NGA"], ["The armed militants"])
ev(D, "They also attacked the oil terminal", "attacked", "ASSAULT", "", ["natural_resource"],
   ["NGA"], ["They"], ["MNC"], ["Anglo-Dutch giant Royal Dutch Shell"])
ev(D, "They also attacked the oil terminal", "blew up pipelines", "ASSAULT", "destroy",
   ["natural_resource"], ["NGA"], ["They"])
ev(D, "They said five soldiers were killed", "were killed", "ASSAULT", "", ["military"], [], [],
   ["NGA"], ["five soldiers"])
ev(D, "spoke with the militants, and said", "were angry at", "ACCUSE", "disapprove",
   ["executive"], ["NGA"], ["the militants"], ["NGA"], ["the government"])
ev(D, "They have given them the ultimatum", "have given them the ultimatum", "THREATEN", "",
   ["migration"], ["NGA"], ["They"])
ev(D, "They are stating they want those people", "want those people to leave", "REQUEST", "",
   ["migration"], ["NGA"], ["They"])
ev(D, "They are stating they want those people", "could not succumb to their demands",
   "REJECT", "", ["executive"], ["NGA"], ["the Nigerian government"])
ev(D, "He says the militants were also angry", "were also angry about", "ACCUSE", "disapprove",
   ["military"], ["NGA"], ["the militants"])
ev(D, "He says the militants were also angry", "recent military raids", "ASSAULT", "",
   ["military"], ["NGA"], ["military"], ["NGA"], ["their positions"])

D = "blind32-04"
ev(D, "Japan has summoned the Chinese ambassador", "has summoned", "ACCUSE", "disapprove",
   ["diplomatic", "territory"], ["JPN"], ["Japan"], ["CHN"], ["the Chinese ambassador"])
ev(D, "lodged a \u201cstrong protest\u201d against China", "lodged a \u201cstrong protest\u201d",
   "ACCUSE", "disapprove", ["diplomatic", "territory"], ["JPN"], ["Tokyo's foreign ministry"],
   ["CHN"], ["China"])
ev(D, "lodged a \u201cstrong protest\u201d against China", "demanded", "REQUEST", "change",
   ["territory"], ["JPN"], ["Tokyo's foreign ministry"], ["CHN"], ["Beijing"])
ev(D, "Japan says four Chinese maritime surveillance ships", "says", "ACCUSE", "allege",
   ["territory"], ["JPN"], ["Japan"], ["CHN"], ["four Chinese maritime surveillance ships"])
ev(D, "Japan says four Chinese maritime surveillance ships", "entered the area", "MOBILIZE",
   "", ["territory"], ["CHN"], ["four Chinese maritime surveillance ships"])
ev(D, "Yoshihide Suga called the move", "called the move", "ACCUSE", "disapprove",
   ["territory"], ["JPN"], ["Chief Cabinet Secretary Yoshihide Suga"])
ev(D, "China has repeatedly sent ships", "has repeatedly sent ships", "MOBILIZE", "",
   ["territory"], ["CHN"], ["China"])
ev(D, "China was angered after Japan purchased", "was angered", "ACCUSE", "disapprove",
   ["territory"], ["CHN"], ["China"], ["JPN"], ["Japan"])
ev(D, "since China began sending marine surveillance planes", "began sending", "MOBILIZE", "",
   ["territory", "military"], ["CHN"], ["China"])
ev(D, "since China began sending marine surveillance planes", "dispatching fighter jets",
   "MOBILIZE", "weapons", ["territory", "military"], ["JPN"], ["Japan"])
ev(D, "China disputes the claim", "disputes", "REJECT", "", ["territory"], ["CHN"], ["China"])

D = "blind32-05"
ev(D, "have seized positions from militant group", "have seized positions", "COERCE", "seize",
   ["military", "terrorism"], ["IGO", "SOM"], ["African Union", "Somali government troops"],
   ["IMG"], ["militant group al-Shabab"])
ev(D, "it had driven al-Shabab fighters", "had driven", "ASSAULT", "",
   ["military", "terrorism"], ["IGO"], ["The AU force"], ["IMG"], ["al-Shabab fighters"])
ev(D, "at least three government soldiers were killed", "was attacked", "ASSAULT", "",
   ["military"], [], [], ["SOM"], ["at least three government soldiers"])
ev(D, "Al-Shabab abandoned most of the city", "abandoned", "RETREAT", "withdraw",
   ["military"], ["IMG"], ["Al-Shabab"])
ev(D, "Al-Shabab abandoned most of the city", "carry out bombings and guerilla-style attacks",
   "ASSAULT", "explosives", ["terrorism"], ["IMG"], ["Al-Shabab"])
ev(D, "The militant group is fighting to overthrow", "is fighting", "ASSAULT", "",
   ["military", "terrorism"], ["IMG", "SOM"],
   ["The militant group", "Somalia's U.N.-backed transitional government"])
ev(D, "It is battling AU forces", "is battling", "ASSAULT", "", ["military", "terrorism"],
   ["IMG", "IGO", "KEN", "ETH"], ["It", "AU forces", "Kenyan soldiers", "Ethiopian troops"])
ev(D, "near daily attacks by insurgents", "near daily attacks", "ASSAULT", "", ["terrorism"],
   ["IMG"], ["insurgents"])
ev(D, "The blast, which appeared to target", "The blast", "ASSAULT", "explosives",
   ["terrorism"], [], [], ["SOM"], ["a police checkpoint"])
ev(D, "Doctors Without Borders announced", "was closing its two largest medical centers",
   "SANCTION", "discontinue", ["human_security"], ["NGO"], ["Doctors Without Borders"])
ev(D, "Doctors Without Borders announced", "were killed", "ASSAULT", "", ["human_security"],
   [], [], ["NGO"], ["two of its workers"])
ev(D, "the International Committee of the Red Cross suspended", "suspended aid", "SANCTION",
   "discontinue", ["human_security"], ["NGO"], ["the International Committee of the Red Cross"],
   ["SOM"], ["1.1 million Somalis"])
ev(D, "the International Committee of the Red Cross suspended", "saying", "ACCUSE", "allege",
   ["human_security"], ["NGO"], ["the International Committee of the Red Cross"], ["IMG"],
   ["local authorities linked to al-Shabab"])

D = "blind32-06"
ev(D, "Foreign ministers of European Union member countries met", "met with", "CONSULT", "",
   ["diplomatic", "pro_democracy"], ["EUR", "BLR"],
   ["Foreign ministers of European Union member countries",
    "Belarus opposition leader Sviatlana Tsikhanouskaya"])
ev(D, "Foreign ministers of European Union member countries met", "imposing sanctions",
   "SANCTION", "discontinue", ["pro_democracy"], ["EUR"],
   ["Foreign ministers of European Union member countries"], ["BLR"],
   ["several Belarus officials"], hypothetical=True)
ev(D, "Tikhanovskaya urged the EU", "urged", "REQUEST", "assist", ["pro_democracy"], ["BLR"],
   ["Tikhanovskaya"], ["EUR"], ["the EU"])
ev(D, "we are really impressed by the courage", "we are really impressed by", "SUPPORT", "",
   ["pro_democracy"], ["EUR"], ["EU foreign policy chief Josep Borrell"], ["BLR"],
   ["the Belarusian people"])
ev(D, "Brussels does not recognize Lukashenko", "does not recognize", "REJECT", "",
   ["election", "pro_democracy"], ["EUR"], ["Brussels"], ["BLR"], ["Lukashenko"])
ev(D, "we will support inclusive national dialogue", "will support", "AGREE", "",
   ["pro_democracy", "election"], ["EUR"], ["we"], ["BLR"], ["Belarusian people"])

D = "blind32-07"
ev(D, "dealt a blow to Shi'ite Houthi rebels", "dealt a blow to", "ASSAULT", "",
   ["military", "religion_ethnicity"], ["YEM"], ["Sunni militia fighters in Yemen"], ["YEM"],
   ["Shi'ite Houthi rebels"])
ev(D, "dealt a blow to Shi'ite Houthi rebels", "seizing key military sites", "COERCE",
   "seize", ["military", "territory"], ["YEM"], ["Sunni militia fighters in Yemen"], ["YEM"],
   ["Shi'ite Houthi rebels"])
ev(D, "dozens of rebels were killed", "were killed", "ASSAULT", "", ["military"], [], [],
   ["YEM"], ["dozens of rebels"])
ev(D, "no let up in the Saudi-led airstrikes", "airstrikes", "ASSAULT", "aerial",
   ["military"], ["SAU"], ["Saudi-led"], ["YEM"], ["Yemen"])
ev(D, "a house belonging to Ahmed Saleh", "was destroyed", "ASSAULT", "destroy",
   ["military"], [], [], ["YEM"], ["a house belonging to Ahmed Saleh"])
ev(D, "is demanding Houthi rebels abide", "is demanding", "REQUEST", "yield",
   ["military", "territory"], ["YEM"], ["Yemeni President Abdu Rabu Mansour Hadi"], ["YEM"],
   ["Houthi rebels"])
ev(D, "has urged both sides to talk", "has urged", "REQUEST", "meet", ["diplomatic"],
   ["UNO"], ["U.N. Secretary-General Ban Ki-moon"], ["YEM"], ["both sides"])

D = "blind32-08"
ev(D, "are set to discuss Myanmar's governance crisis", "are set to discuss", "AGREE", "",
   ["diplomatic", "political_institutions"], ["IGO"], ["Southeast Asian nations"], ["MMR"],
   ["Myanmar's"], future=True)
ev(D, "the European Union imposed stiff sanctions", "imposed stiff sanctions", "SANCTION",
   "discontinue", ["pro_democracy", "economic"], ["EUR"], ["the European Union"], ["MMR"],
   ["militarily controlled Myanmar"])
ev(D, "overthrew the country's elected leader", "overthrew", "COERCE", "",
   ["executive", "pro_democracy"], ["MMR"], ["The military in Myanmar"], ["MMR"],
   ["the country's elected leader Aung San Suu Kyi"])
ev(D, "overthrew the country's elected leader", "violent crackdown", "COERCE", "",
   ["repression", "pro_democracy"], ["MMR"], ["The military in Myanmar"], ["MMR"],
   ["protesters and civilians"])
ev(D, "At least 738 people have been killed", "have been killed", "ASSAULT", "",
   ["repression"], ["MMR"], ["junta security forces"], ["MMR"], ["At least 738 people"])
ev(D, "security forces killed six villagers", "killed", "ASSAULT", "", ["repression"],
   ["MMR"], ["security forces"], ["MMR"], ["six villagers"])
ev(D, "will attend the summit", "will attend the summit", "AGREE", "", ["diplomatic"],
   ["THA"], ["Thailand's Deputy Prime Minister and top diplomat Don Pramudwinai"],
   future=True)

D = "blind32-10"
ev(D, "Tamil Tigers say a two-day holiday truce", "say", "ACCUSE", "disapprove",
   ["military", "religion_ethnicity"], ["LKA"], ["Tamil Tigers"], ["LKA"], ["the government"])
ev(D, "Tamil Tigers say a two-day holiday truce", "truce called by", "CONCEDE", "",
   ["military", "human_security"], ["LKA"], ["the government"])
ev(D, "Tamil Tigers say a two-day holiday truce", "have called for a long-term ceasefire",
   "REQUEST", "yield", ["military"], ["LKA"], ["Tamil Tigers"])
ev(D, "The government has repeatedly rejected", "has repeatedly rejected", "REJECT", "yield",
   ["military"], ["LKA"], ["The government"], ["LKA"], ["the rebels"])
ev(D, "say they are prepared to restart peace negotiations", "are prepared to restart peace "
   "negotiations", "AGREE", "", ["military", "diplomatic"], ["LKA"], ["The rebels"], ["LKA"],
   ["the government"])
ev(D, "A two-day ceasefire declared by the government", "declared", "CONCEDE", "",
   ["military", "human_security"], ["LKA"], ["the government"])
ev(D, "the rebels have dismissed the brief truce", "have dismissed", "ACCUSE", "disapprove",
   ["military"], ["LKA"], ["the rebels"])
ev(D, "have come under shelling and firing from both sides", "shelling and firing", "ASSAULT",
   "", ["military", "human_security"], ["LKA"], ["both sides"], ["LKA"],
   ["The estimated 100,000 civilians"])
ev(D, "they have not allowed the civilians to come", "have not allowed the civilians to come",
   "COERCE", "restrict", ["human_security"], ["LKA"], ["the LTTE"], ["LKA"], ["the civilians"])
ev(D, "David Miliband has asked Colombo", "has asked", "REQUEST", "yield",
   ["military", "human_security"], ["GBR"], ["British Foreign Secretary David Miliband"],
   ["LKA"], ["Colombo"])
ev(D, "But the government has rejected the request", "has rejected the request", "REJECT",
   "yield", ["military", "human_security"], ["LKA"], ["the government"])
ev(D, "But the government has rejected the request", "saying", "ACCUSE", "allege",
   ["human_security"], ["LKA"], ["the government"], ["LKA"], ["the rebels"])

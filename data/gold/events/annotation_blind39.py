"""Texts and annotation of the blind events set ``blind39.jsonl`` (evgold27, 2026-12-06).

Eleven U.S. government texts about foreign parties, taken from the search tool's stored pages
(State Department sites: humanrights.gov, U.S. embassies and missions; the White House; the
Department of Defense: defense.gov, pacom.mil, DVIDS; all public domain). Page furniture is
removed (named in each document's ``note``); the wording is otherwise exactly as stored. Each
event is written as: document id, a sentence anchor (a substring of exactly one sentence), the
trigger (a substring found once in that sentence), type, mode, contexts, actor codes, actor
texts, recipient codes, recipient texts and the flags. ``build_blind39.py`` turns this into
``blind39.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind39-01",
        "url": "http://www.humanrights.gov/tag/yemen/",
        "agency": "U.S. Department of State (humanrights.gov), Office of the Spokesperson",
        "title": "Spokesperson Nuland on the Ongoing Political Situation in Yemen",
        "published": "2011-09-24",
        "date_approximate": True,
        "date_note": (
            "inferred: the statement answers the GCC statement of September 23 (2011, the year "
            "of President Saleh's transfer-of-power crisis); the tag page prints no date"
        ),
        "truncated": True,
        "note": (
            "a humanrights.gov tag page listing several statements; kept: the first statement "
            "whole and the complete sentences of the second one (the store cuts it mid-word); "
            "removed: 'News Archives', the first headline (kept in title); the second "
            "headline is kept as a line of text"
        ),
        "text": (
            "The United States takes note of the Gulf Cooperation Council\u2019s (GCC) September "
            "23 statement and joins it in expressing deep concern about the current situation "
            "in Yemen. We again express our sincere condolences to all those who have lost "
            "loved ones as a result of recent violence. We urge all parties to cease violence "
            "and exercise maximum restraint. We support the GCC\u2019s call for the formation of "
            "a committee to investigate events that resulted in the deaths of innocent "
            "civilians. Too many Yemenis have lost their lives and each day that passes without "
            "a peaceful and orderly transition is another day that the Yemeni people are forced "
            "to live in an unstable environment that threatens their security and livelihood.\n"
            "The Yemeni government must immediately address the democratic aspirations of its "
            "people. The Yemeni people have made clear their desire for a peaceful and orderly "
            "transition that is responsive to their calls for peace, reconciliation, "
            "prosperity, and security.\n"
            "We again urge President Saleh to initiate a full transfer of power without delay "
            "and arrange for presidential elections to be held before the end of the year "
            "within the framework of the GCC initiative. The Yemeni people have suffered "
            "enough and deserve a path toward a unified, stable, secure, and democratic Yemen. "
            "We will continue to work with the GCC and others in the international community "
            "to support the Yemeni people\u2019s aspirations.\n"
            "Spokesperson Nuland on Violence in Yemen\n"
            "The United States extends our deepest condolences to the families of those who "
            "lost their lives during recent protests in Sana\u2019a. We have long condemned the "
            "use of violence during this period of upheaval and reject any actions that "
            "undermine productive efforts underway to achieve a peaceful political resolution "
            "to the current crisis in Yemen. We call upon all parties to exercise restraint "
            "and refrain from further violence."
        ),
    },
    {
        "id": "blind39-02",
        "url": "http://www.humanrights.gov/tag/violence/",
        "agency": "U.S. Department of State (humanrights.gov), U.S. Mission to the OSCE",
        "title": "Statement by Charg\u00e9 d\u2019Affaires Robbins on Violence in Egypt",
        "published": "2011-10-13",
        "date_approximate": True,
        "date_note": (
            "inferred: the statement follows the deadly Cairo clashes involving Copts of "
            "October 9, 2011 and Prime Minister Sharaf's call for an investigation; delivered "
            "at a Permanent Council meeting in the following days; the tag page prints no date"
        ),
        "truncated": False,
        "note": (
            "a humanrights.gov tag page listing several statements; kept: the first statement, "
            "whole; the following item (a Yemen statement, used in blind39-01) is not taken; "
            "removed: 'News Archives', the headline (kept in title)"
        ),
        "text": (
            "The United States is deeply concerned about the violence in Egypt that has led to "
            "a tragic loss of life among demonstrators and security forces. We express our "
            "condolences to the families and loved ones of all who were killed or injured, and "
            "we stand with the Egyptian people in this painful and difficult time.\n"
            "Now is a time for restraint on all sides so that Egyptians can move forward "
            "together to forge a strong and united Egypt. As the Egyptian people shape their "
            "future, the United States continues to believe that the rights of "
            "minorities\u2014including Copts\u2014must be respected. All people have the universal "
            "rights of peaceful protest and religious freedom.\n"
            "We also note Prime Minister Sharaf\u2019s call for an investigation and his appeal "
            "to all parties to refrain from violence. We echo these calls and stress the "
            "importance that the investigation be a transparent and credible process beginning "
            "immediately and holding accountable all responsible parties with full due process "
            "of law. To further protect religious freedom, we also support the Egyptian "
            "government\u2019s decision to consider a Unified Places of Worship Law governing "
            "church construction and an anti-discrimination law within two weeks.\n"
            "The tragic violence that has marred Egypt\u2019s transition should not stand in the "
            "way of timely elections and the country\u2019s continued transition to democracy.\n"
            "Thank you, Mr. Chairman."
        ),
    },
    {
        "id": "blind39-03",
        "url": "http://www.humanrights.gov/tag/demonstrations/",
        "agency": "U.S. Department of State (humanrights.gov), reprinting the White House",
        "title": "White House Statement on Recent Developments in Egypt",
        "published": "2011-11-25",
        "date_approximate": True,
        "date_note": (
            "inferred: the November 2011 Tahrir Square protests and the appointment of a new "
            "Egyptian government; the following item on the page welcomes the Bahrain inquiry "
            "report of November 23, 2011; the tag page prints no date"
        ),
        "truncated": True,
        "note": (
            "a humanrights.gov tag page listing several statements; kept: the first statement "
            "whole and the first, complete sentence of the second (the store cuts it "
            "mid-sentence); removed: 'DCSIMG', 'News Archives', the first headline (kept in "
            "title); the second headline is kept as a line of text"
        ),
        "text": (
            "Since the start of the Arab Spring, the United States has spoken out for a set of "
            "core principles that have guided our response to events, including opposition to "
            "the use of violence and repression, defense of universal rights including the "
            "freedom of peaceful assembly, and support for political and economic reform that "
            "meets the legitimate aspirations of ordinary people throughout the region.\n"
            "In Egypt over the past several days, we have seen protesters demand the "
            "realization of these principles. We have condemned the excessive use of force "
            "against them and called for restraint on all sides. We deeply regret the loss of "
            "life, and urge the Egyptian authorities to implement an independent investigation "
            "into the circumstances of those deaths. But the situation Egypt faces requires a "
            "more fundamental solution, devised by Egyptians, which is consistent with "
            "universal principles.\n"
            "The United States strongly believes that the new Egyptian government must be "
            "empowered with real authority immediately. We believe that Egypt\u2019s transition "
            "to democracy must continue, with elections proceeding expeditiously, and all "
            "necessary measures taken to ensure security and prevent intimidation. Most "
            "importantly, we believe that the full transfer of power to a civilian government "
            "must take place in a just and inclusive manner that responds to the legitimate "
            "aspirations of the Egyptian people, as soon as possible.\n"
            "Egypt has overcome challenges before and will do so again. The United States will "
            "continue to stand with the Egyptian people as they build a democracy worthy of "
            "Egypt\u2019s great history.\n"
            "Statement by the White House Press Secretary on Bahrain\n"
            "We welcome today\u2019s report by the Bahrain Independent Commission of Inquiry, "
            "which provides a thorough and independent assessment of events in Bahrain since "
            "protests first erupted in February."
        ),
    },
    {
        "id": "blind39-04",
        "url": "https://ua.usembassy.gov/readout-vice-presidents-call-ukrainian-president-petro-poroshenko-2/",
        "agency": "U.S. Embassy in Ukraine, reprinting the White House (Office of the Vice President)",
        "title": "Readout of the Vice President\u2019s Call with Ukrainian President Petro Poroshenko",
        "published": "2015-01-25",
        "date_approximate": True,
        "date_note": (
            "inferred: after the Minsk agreements of September 2014, during the separatist "
            "offensive of January 2015; the stored page prints no date"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title)",
        "text": (
            "Vice President Joe Biden spoke today with Ukrainian President Petro Poroshenko. "
            "The two leaders discussed the continued attacks in eastern Ukraine by "
            "Russian-backed separatists and the heavy toll that the Russian-backed offensive in "
            "the east was having on Ukraine\u2019s civilian population. The Vice President noted "
            "that as long as Russia continues its blatant disregard of its obligations under "
            "the Minsk agreements, the costs for Russia will continue to rise."
        ),
    },
    {
        "id": "blind39-05",
        "url": "https://uz.usembassy.gov/u-s-embassy-statement/",
        "agency": "U.S. Embassy in Uzbekistan",
        "title": "U.S. Embassy Statement",
        "published": "2017-03-15",
        "date_approximate": True,
        "date_note": (
            "inferred from the events it names (the release of Muhammad Bekjanov, February "
            "2017, followed by Jamshid Karimov's); month approximate; the stored page prints no "
            "date"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title); double spaces after periods kept as stored",
        "text": (
            "The United States embassy welcomes the release last week of journalist Jamshid "
            "Karimov.  The news followed the release of Muhammad Bekjanov and other long-held "
            "prisoners.  These positive steps seem to foreshadow future releases and a more "
            "tolerant approach to civil society in general.  So, we were disappointed to learn "
            "of setbacks with other activists, such as the recent detention of Elena Urlaeva "
            "and the decision to uphold Azam Farmonov\u2019s sentence extension.  We urge the "
            "government to reinforce its more positive trajectory on questions of the human "
            "dimension so that future actions align more closely with the country\u2019s own laws "
            "and international standards."
        ),
    },
    {
        "id": "blind39-06",
        "url": (
            "https://www.defense.gov/News/News-Releases/News-Release-View/Article/1201716/"
            "readout-of-secretary-mattis-meeting-with-australian-prime-minister-malcolm-turn/"
        ),
        "agency": "U.S. Department of Defense (defense.gov)",
        "title": "Readout of Secretary Mattis' Meeting with Australian Prime Minister Malcolm Turnbull",
        "published": "2017-06-02",
        "date_approximate": True,
        "date_note": (
            "the meeting date printed in the text (June 2, at the 2017 Shangri-La Dialogue, "
            "Mattis's only one in office before AUSMIN 2017 in Sydney); the store's date field "
            "(2015-04-10) is wrong for a Mattis readout and was not used"
        ),
        "truncated": False,
        "note": (
            "removed: the lead-in line 'Secretary of Defense Spokesperson Cmdr. Gary Ross "
            "provided the following readout:'; title reconstructed from the URL slug"
        ),
        "text": (
            "Secretary of Defense Jim Mattis met June 2 with Australian Prime Minister Malcolm "
            "Turnbull on the sidelines of the Shangri-La Dialogue in Singapore, a major annual "
            "forum for key leaders in the Asia-Pacific region, to discuss security challenges "
            "and opportunities.\n"
            "The Secretary and the Prime Minister exchanged views on a range of global security "
            "issues and both emphasized the importance of our continued close collaboration in "
            "addressing shared security challenges.\n"
            "The Secretary expressed his appreciation to the Prime Minister for hosting the "
            "upcoming Australia-United States Ministerial Consultations (AUSMIN) in Sydney, "
            "Australia, and his desire to use the consultations as an opportunity to further "
            "strengthen our long-standing alliance."
        ),
    },
    {
        "id": "blind39-07",
        "url": "https://mv.usmission.gov/u-s-embassy-statement-situation-maldives/",
        "agency": "U.S. Embassy in Sri Lanka and Maldives (mv.usmission.gov), joint statement",
        "title": "U.S. alarmed by the recent actions of the government of Maldives",
        "published": "2017-07-25",
        "date_approximate": True,
        "date_note": (
            "inferred: the closure of the Majlis by security forces on July 24, 2017; the stored "
            "page prints no date"
        ),
        "truncated": False,
        "note": "removed: the headline line (kept in title)",
        "text": (
            "The Embassies of Canada, France, Germany, Italy, the Netherlands, Norway, "
            "Switzerland, the United Kingdom, the United States of America, and the EU "
            "Delegation to Sri Lanka and the Maldives are alarmed by the recent actions of the "
            "Government of Maldives which seriously damage and undermine democracy, and run "
            "counter to the Maldives\u2019 Constitution and the country\u2019s international human "
            "rights obligations.\n"
            "The forcible closure of the nation\u2019s Majlis to its members; security forces "
            "surrounding and entering Parliament; and the harassment, intimidation and arrests "
            "of elected members of parliament are deeply troubling.\n"
            "Legitimate opposition remains a vital component of any healthy democracy, and it "
            "is essential that the freedoms of assembly and expression are upheld for all.\n"
            "Opposition politicians and members of civil society must be able to conduct their "
            "rightful duties without fear of intimidation or arrest. It is critical for "
            "democracy in the Maldives that the Government respect fundamental freedoms.\n"
            "We call on the Government of Maldives and other responsible authorities to take "
            "immediate steps to restore independence to the Majlis and other key institutions "
            "and commissions. Parliament should be enabled and allowed to act in accordance "
            "with the Constitution."
        ),
    },
    {
        "id": "blind39-08",
        "url": "https://www.dvidshub.net/news/365632/america-esg-31st-meu-complete-exercise-cobra-gold-2020",
        "agency": "U.S. Department of Defense (DVIDS, U.S. Navy / U.S. Marine Corps)",
        "title": "America ESG, 31st MEU Complete Exercise Cobra Gold 2020",
        "published": "2020-03-11",
        "date_approximate": True,
        "date_note": (
            "the departure date printed in the text (March 11, 2020); the store's date field "
            "(2020-07-03) is later and was not used; title reconstructed from the URL slug"
        ),
        "truncated": True,
        "note": (
            "the store cuts the story mid-word in its seventh paragraph; that paragraph is "
            "dropped; blank lines between paragraphs reduced to one break"
        ),
        "text": (
            "The America Expeditionary Strike Group and embarked 31st Marine Expeditionary Unit "
            "(MEU) departed Thailand after completing Exercise Cobra Gold 2020, March 11.\n"
            "Cobra Gold is a Thailand and United States co-sponsored combined joint task force "
            "and joint theater security cooperation exercise annually conducted in the Kingdom "
            "of Thailand. The 39th iteration of the event took place Feb. 24 to March 6.\n"
            "Cobra Gold was designed to improve participating nations\u2019 capability to plan "
            "and conduct combined and joint operations; build relationships among "
            "participating nations across the region; and improve interoperability over a "
            "range of activities, enhancing maritime security, and responding to large-scale "
            "natural disasters.\n"
            "To Captain Poitras, a Joint Terminal Attack Controller with the 31st MEU and "
            "two-time participant in Cobra Gold, the chance for U.S. and Thai Marines to "
            "interact is a cherished one.\n"
            "\u201cThe chance to work with the Royal Thai Marines is a special opportunity,\u201d "
            "said Poitras. \u201cWhether it\u2019s over drinking cobra blood together, "
            "coordinating fire support, or just sharing a meal in the field, every year Marines "
            "make friendships at every level, and strengthen the bond that the U.S. has with "
            "Thailand.\u201d\n"
            "Throughout the exercise, amphibious assault ship USS America (LHA 6), amphibious "
            "transport dock ship USS Green Bay (LPD 20) and Marines assigned to the 31st MEU "
            "worked alongside multinational forces to conduct cooperative exercises in the Gulf "
            "of Thailand and various locations throughout Thailand."
        ),
    },
    {
        "id": "blind39-09",
        "url": (
            "https://gn.usembassy.gov/"
            "united-states-condemns-violence-expresses-disappointment-over-march-22-vote-in-guinea/"
        ),
        "agency": "U.S. Embassy in Guinea",
        "title": "United States Condemns Violence, Expresses Disappointment over March 22 Vote in Guinea",
        "published": "2020-03-25",
        "date_approximate": False,
        "date_note": "release date printed on the page ('For Immediate Release March 25, 2020')",
        "truncated": False,
        "note": (
            "removed: 'An official website of the United States government', the headline (kept "
            "in title), the posting date 'March 22, 2020', 'USA Seal', 'For Immediate Release', "
            "the release date; double spaces after periods kept as stored"
        ),
        "text": (
            "The United States has grave concerns over the violence surrounding the vote in "
            "Guinea on March 22, and we condemn all such actions.  We call on the Government of "
            "Guinea to investigate in a speedy and transparent manner all deaths associated "
            "with demonstrations and the election, with the results of those investigations "
            "made public as soon as possible and any culpable parties brought to justice in a "
            "court of law.  The international community expressed strong concerns about the "
            "electoral registration process and lack of public dialogue on the new constitution "
            "that the Government of Guinea failed to address.  We share those concerns.\n"
            "The United States has been a steadfast friend and supporter of Guinea and its road "
            "to democracy and development since its independence in 1958.  We will continue to "
            "support Guinea\u2019s goals to strengthen its democracy and achieve prosperity for "
            "all its citizens."
        ),
    },
    {
        "id": "blind39-10",
        "url": (
            "https://kg.usembassy.gov/u-s-embassy-statement-on-recent-events-threatening-"
            "freedom-of-speech-and-regarding-gender-based-violence/"
        ),
        "agency": "U.S. Embassy in the Kyrgyz Republic",
        "title": "Statement on Recent Events Threatening Freedom of Speech and Regarding Gender-Based Violence",
        "published": "2021-04-16",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'An official website of the United States government', the headline (kept "
            "in title), the date line; double spaces after periods kept as stored"
        ),
        "text": (
            "Yesterday\u2019s events at the Ministry of the Interior headquarters are cause for "
            "deep concern.  We echo the statement by President Japarov\u2019s spokesperson that "
            "opinions should not be expressed in a threatening way, and even more so, should "
            "not be accompanied by the use of force.\n"
            "The threat of mob violence and intimidation tactics against demonstrators "
            "exercising their constitutionally guaranteed right to peaceful assembly is "
            "unacceptable.  The United States calls on the Kyrgyz government and law "
            "enforcement to protect the free exercise of freedom of speech and peaceful "
            "assembly from any party that seeks to restrict these rights.  We also note that "
            "those responsible for yesterday\u2019s violent intimidation, as well as those who "
            "attacked a Women\u2019s Day demonstration last year, have not been held accountable "
            "for their actions. We urge the government to investigate and bring these "
            "individuals to justice.\n"
            "We also take this opportunity to express our deep sadness at the recent "
            "kidnapping and murder of Aizada Kanatbekova, and send our condolences to her loved "
            "ones and all the other family and friends of victims of gender-based violence.  As "
            "the Deputy Mufti of Kyrgyzstan clearly stated, Ala Kachyy infringes on the "
            "freedom, life, honor and dignity of women.\n"
            "Gender-based violence threatens not only all who live under its oppression, but "
            "all of society. Because of gender-based violence, wrongly justified by false "
            "tradition, Aizada was unfairly stripped of her future.  We stand in solidarity, "
            "here and around the globe, with those who seek to build a future free from "
            "gender-based violence."
        ),
    },
    {
        "id": "blind39-11",
        "url": (
            "https://www.pacom.mil/Media/News/News-Article-View/Article/3591831/"
            "joint-press-statement-for-secretary-of-defense-lloyd-j-austin-iii-meeting-with/"
        ),
        "agency": "U.S. Department of Defense (U.S. Indo-Pacific Command, pacom.mil)",
        "title": (
            "Joint Press Statement for Secretary of Defense Lloyd J. Austin III Meeting With "
            "Philippine Secretary of National Defense Gilberto Teodoro Jr."
        ),
        "published": "2023-11-16",
        "date_approximate": False,
        "date_note": "date printed on the page ('NEWS | Nov. 16, 2023')",
        "truncated": True,
        "note": (
            "the store cuts the statement mid-word in its fifth paragraph; that sentence is "
            "dropped; removed: the .mil banner lines, 'Home : Media : News : News Article View', "
            "the date line, the headline (kept in title), 'U.S. Department of Defense', the "
            "lead-in line naming the spokespersons; a space before one paragraph break removed"
        ),
        "text": (
            "Secretary of Defense Lloyd J. Austin III and Philippine Secretary of National "
            "Defense Gilberto Teodoro Jr met in Jakarta today on the margins of the ASEAN "
            "Defense Ministers' Meeting-Plus.\n"
            "The Secretaries welcomed the historic momentum in U.S.-Philippine ties and "
            "discussed their mutual commitment to strengthening the U.S.-Philippine alliance, "
            "which has upheld peace and security in the Indo-Pacific region for over seventy "
            "years. They reaffirmed their countries' shared vision of a free and open region "
            "grounded in transparency, the rule of law, respect for sovereignty, and the "
            "peaceful resolution of disputes.\n"
            "Secretary Austin reiterated President Biden's message that the U.S. defense "
            "commitment to the Philippines is ironclad, and emphasized that the United States "
            "stands shoulder-to-shoulder with the Philippines in defending its sovereign rights "
            "and jurisdiction in its Exclusive Economic Zone.\n"
            "The Secretaries discussed the importance of preserving the rights of all nations "
            "to fly, sail, and operate safely and responsibly wherever international law allows."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind39-01: State Department, Yemen (2011) ---
D = "blind39-01"
ev(D, "takes note of the Gulf Cooperation", "expressing deep concern", "ACCUSE", "disapprove",
   [], ["USA", "IGO"], ["The United States", "Gulf Cooperation Council\u2019s (GCC)"],
   ["YEM"], ["Yemen"])
ev(D, "We urge all parties to cease violence", "urge", "REQUEST", "change", ["military"],
   ["USA"], ["We"])
ev(D, "We support the GCC\u2019s call", "support", "SUPPORT", "", ["human_rights"],
   ["USA"], ["We"], ["IGO"], ["the GCC\u2019s"])
ev(D, "We support the GCC\u2019s call", "call for the formation of a committee to investigate",
   "REQUEST", "", ["human_rights"], ["IGO"], ["the GCC\u2019s"])
ev(D, "The Yemeni government must immediately address", "must immediately address", "REQUEST",
   "change", ["pro_democracy"], [], [], ["YEM"], ["The Yemeni government"])
ev(D, "have made clear their desire", "made clear their desire", "REQUEST", "change",
   ["pro_democracy"], ["YEM"], ["The Yemeni people"])
ev(D, "We again urge President Saleh", "urge", "REQUEST", "yield", ["executive", "election"],
   ["USA"], ["We"], ["YEM"], ["President Saleh"])
ev(D, "We will continue to work with the GCC", "will continue to work with", "AGREE", "",
   ["diplomatic"], ["USA"], ["We"], ["IGO"], ["the GCC"])
ev(D, "We have long condemned the use of violence", "condemned", "ACCUSE", "disapprove", [],
   ["USA"], ["We"])
ev(D, "We have long condemned the use of violence", "reject any actions", "ACCUSE",
   "disapprove", [], ["USA"], ["We"])
ev(D, "We call upon all parties to exercise restraint", "call upon", "REQUEST", "change",
   ["military"], ["USA"], ["We"])

# --- blind39-02: U.S. Mission to the OSCE, violence in Egypt (2011) ---
D = "blind39-02"
ev(D, "is deeply concerned about the violence in Egypt", "is deeply concerned", "ACCUSE",
   "disapprove", [], ["USA"], ["The United States"], ["EGY"], ["Egypt"])
ev(D, "We express our condolences", "stand with", "SUPPORT", "", [], ["USA"], ["we"],
   ["EGY"], ["the Egyptian people"])
ev(D, "the rights of minorities", "must be respected", "REQUEST", "change",
   ["religion_ethnicity", "rights_freedoms"], ["USA"], ["the United States"])
ev(D, "We also note Prime Minister Sharaf", "call for an investigation", "REQUEST", "",
   ["legal"], ["EGY"], ["Prime Minister Sharaf\u2019s"])
ev(D, "We also note Prime Minister Sharaf", "appeal to all parties to refrain from violence",
   "REQUEST", "change", [], ["EGY"], ["his"])
ev(D, "We echo these calls", "echo these calls", "REQUEST", "", ["legal"], ["USA"], ["We"])
ev(D, "To further protect religious freedom", "support", "SUPPORT", "",
   ["religion_ethnicity"], ["USA"], ["we"], ["EGY"], ["the Egyptian government\u2019s"])

# --- blind39-03: White House, Egypt (2011), and the opening of a Bahrain statement ---
D = "blind39-03"
ev(D, "we have seen protesters demand", "demand", "REQUEST", "change", ["pro_democracy"],
   ["EGY"], ["protesters"])
ev(D, "We have condemned the excessive use of force", "condemned", "ACCUSE", "disapprove",
   ["repression"], ["USA"], ["We"])
ev(D, "We have condemned the excessive use of force", "excessive use of force", "ASSAULT", "",
   ["repression"], [], [], ["EGY"], ["them"])
ev(D, "We have condemned the excessive use of force", "called for restraint", "REQUEST",
   "change", [], ["USA"], ["We"])
ev(D, "We deeply regret the loss of life", "urge", "REQUEST", "change", ["legal"],
   ["USA"], ["We"], ["EGY"], ["the Egyptian authorities"])
ev(D, "the new Egyptian government must be", "must be empowered", "REQUEST", "yield",
   ["executive"], ["USA"], ["The United States"])
ev(D, "transition to democracy must continue", "must continue", "REQUEST", "change",
   ["election", "pro_democracy"], ["USA"], ["We"])
ev(D, "the full transfer of power to a civilian government", "must take place", "REQUEST",
   "yield", ["executive"], ["USA"], ["we"])
ev(D, "will continue to stand with the Egyptian people", "will continue to stand with",
   "AGREE", "", ["pro_democracy"], ["USA"], ["The United States"], ["EGY"],
   ["the Egyptian people"])
ev(D, "We welcome today\u2019s report", "welcome", "SUPPORT", "", ["human_rights"],
   ["USA"], ["We"], ["BHR"], ["the Bahrain Independent Commission of Inquiry"])
ev(D, "We welcome today\u2019s report", "provides a thorough and independent assessment",
   "ACCUSE", "investigate", ["human_rights"], ["BHR"],
   ["the Bahrain Independent Commission of Inquiry"])

# --- blind39-04: Vice President's call with President Poroshenko (2015) ---
D = "blind39-04"
ev(D, "Vice President Joe Biden spoke today", "spoke today with", "CONSULT", "phone",
   ["diplomatic"], ["USA", "UKR"],
   ["Vice President Joe Biden", "Ukrainian President Petro Poroshenko"])
ev(D, "The two leaders discussed the continued attacks", "continued attacks", "ASSAULT", "",
   ["military"], ["UKR"], ["Russian-backed separatists"], ["UKR"], ["eastern Ukraine"])
ev(D, "The two leaders discussed the continued attacks", "offensive", "ASSAULT", "",
   ["military"], [], [], ["UKR"], ["Ukraine\u2019s civilian population"])
ev(D, "The Vice President noted that", "blatant disregard", "ACCUSE", "allege", ["diplomatic"],
   ["USA"], ["The Vice President"], ["RUS"], ["Russia"])
ev(D, "The Vice President noted that", "the costs for Russia will continue to rise",
   "THREATEN", "", ["economic"], ["USA"], ["The Vice President"], ["RUS"], ["Russia"])

# --- blind39-05: U.S. Embassy in Uzbekistan (2017) ---
D = "blind39-05"
ev(D, "The United States embassy welcomes", "welcomes", "SUPPORT", "", ["human_rights"],
   ["USA"], ["The United States embassy"])
ev(D, "The United States embassy welcomes", "release", "RETREAT", "release",
   ["human_rights", "rights_freedoms"], [], [], ["UZB"], ["journalist Jamshid Karimov"])
ev(D, "The news followed the release", "release", "RETREAT", "release", ["human_rights"],
   [], [], ["UZB"], ["Muhammad Bekjanov"])
ev(D, "we were disappointed to learn", "were disappointed", "ACCUSE", "disapprove",
   ["human_rights"], ["USA"], ["we"])
ev(D, "we were disappointed to learn", "detention", "COERCE", "arrest", ["repression"],
   [], [], ["UZB"], ["Elena Urlaeva"])
ev(D, "we were disappointed to learn", "decision to uphold", "SANCTION", "convict",
   ["legal", "repression"], [], [], ["UZB"], ["Azam Farmonov\u2019s"])
ev(D, "we were disappointed to learn", "sentence extension", "COERCE", "arrest",
   ["repression"], [], [], ["UZB"], ["Azam Farmonov\u2019s"])
ev(D, "We urge the government to reinforce", "urge", "REQUEST", "change", ["human_rights"],
   ["USA"], ["We"], ["UZB"], ["the government"])

# --- blind39-06: Secretary Mattis meets Prime Minister Turnbull (2017) ---
D = "blind39-06"
ev(D, "Secretary of Defense Jim Mattis met June 2", "met June 2 with", "CONSULT", "",
   ["military", "diplomatic"], ["USA", "AUS"],
   ["Secretary of Defense Jim Mattis", "Australian Prime Minister Malcolm Turnbull"])
ev(D, "The Secretary expressed his appreciation", "expressed his appreciation", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["The Secretary"], ["AUS"], ["the Prime Minister"])
ev(D, "The Secretary expressed his appreciation", "hosting the upcoming", "AGREE", "",
   ["diplomatic", "military"], ["USA", "AUS"], ["The Secretary", "the Prime Minister"],
   future=True)

# --- blind39-07: embassies' joint statement on the Maldives (2017) ---
D = "blind39-07"
EMB = ["CAN", "FRA", "DEU", "ITA", "NLD", "NOR", "CHE", "GBR", "USA", "EUR"]
ev(D, "The Embassies of Canada", "are alarmed", "ACCUSE", "disapprove",
   ["pro_democracy", "human_rights"], EMB,
   ["Canada", "France", "Germany", "Italy", "the Netherlands", "Norway", "Switzerland",
    "the United Kingdom", "the United States of America", "the EU Delegation"],
   ["MDV"], ["the Government of Maldives"])
ev(D, "The forcible closure of the nation", "forcible closure", "COERCE", "restrict",
   ["legislative"], [], [], ["MDV"], ["the nation\u2019s Majlis"])
ev(D, "The forcible closure of the nation", "surrounding and entering", "MOBILIZE", "",
   ["legislative"], ["MDV"], ["security forces"], ["MDV"], ["Parliament"])
ev(D, "The forcible closure of the nation", "harassment, intimidation and arrests", "COERCE",
   "arrest", ["repression", "legislative"], [], [], ["MDV"],
   ["elected members of parliament"])
ev(D, "It is critical for democracy in the Maldives", "respect", "REQUEST", "change",
   ["rights_freedoms"], [], [], ["MDV"], ["the Government"])
ev(D, "We call on the Government of Maldives", "call on", "REQUEST", "change",
   ["legislative", "political_institutions"], EMB, ["We"] * len(EMB),
   ["MDV"], ["the Government of Maldives"])

# --- blind39-08: DVIDS, Cobra Gold 2020 (Thailand) ---
D = "blind39-08"
ev(D, "The America Expeditionary Strike Group", "completing Exercise Cobra Gold 2020",
   "COOPERATE", "", ["military"], ["USA"], ["The America Expeditionary Strike Group"],
   ["THA"], ["Thailand"])
ev(D, "Throughout the exercise, amphibious assault ship", "worked alongside", "COOPERATE", "",
   ["military"], ["USA"], ["Marines assigned to the 31st MEU"])

# --- blind39-09: U.S. Embassy in Guinea, March 22 vote (2020) ---
D = "blind39-09"
ev(D, "has grave concerns over the violence", "has grave concerns", "ACCUSE", "disapprove",
   ["election"], ["USA"], ["The United States"], ["GIN"], ["Guinea"])
ev(D, "has grave concerns over the violence", "condemn", "ACCUSE", "disapprove",
   ["election"], ["USA"], ["we"])
ev(D, "We call on the Government of Guinea", "call on", "REQUEST", "change",
   ["legal", "election"], ["USA"], ["We"], ["GIN"], ["the Government of Guinea"])
ev(D, "We share those concerns.", "share those concerns", "ACCUSE", "disapprove",
   ["election"], ["USA"], ["We"])
ev(D, "We will continue to support Guinea", "will continue to support", "AGREE", "",
   ["pro_democracy"], ["USA"], ["We"], ["GIN"], ["Guinea\u2019s"])

# --- blind39-10: U.S. Embassy in the Kyrgyz Republic (2021) ---
D = "blind39-10"
ev(D, "We echo the statement by President", "echo", "SUPPORT", "", ["rights_freedoms"],
   ["USA"], ["We"], ["KGZ"], ["President Japarov\u2019s spokesperson"])
ev(D, "We echo the statement by President", "statement", "REQUEST", "change",
   ["rights_freedoms"], ["KGZ"], ["President Japarov\u2019s spokesperson"])
ev(D, "The threat of mob violence", "threat of mob violence and intimidation tactics",
   "THREATEN", "violence", ["repression", "rights_freedoms"], ["KGZ"], ["mob"],
   ["KGZ"], ["demonstrators"])
ev(D, "The threat of mob violence", "is unacceptable", "ACCUSE", "disapprove",
   ["rights_freedoms"], [], [], ["KGZ"], ["mob"])
ev(D, "The United States calls on the Kyrgyz government", "calls on", "REQUEST", "change",
   ["rights_freedoms"], ["USA"], ["The United States"], ["KGZ"], ["the Kyrgyz government"])
ev(D, "We also note that those responsible", "attacked", "ASSAULT", "", ["gender"],
   [], [], ["KGZ"], ["a Women\u2019s Day demonstration"])
ev(D, "We urge the government to investigate", "urge", "REQUEST", "change", ["legal"],
   ["USA"], ["We"], ["KGZ"], ["the government"])
ev(D, "We also take this opportunity", "kidnapping and murder", "ASSAULT", "abduct",
   ["gender", "crime"], [], [], ["KGZ"], ["Aizada Kanatbekova"])
ev(D, "We stand in solidarity", "stand in solidarity", "SUPPORT", "", ["gender"],
   ["USA"], ["We"])

# --- blind39-11: Secretary Austin meets Secretary Teodoro (2023) ---
D = "blind39-11"
ev(D, "Secretary of Defense Lloyd J. Austin III and", "met in Jakarta", "CONSULT", "",
   ["military", "diplomatic"], ["USA", "PHL"],
   ["Secretary of Defense Lloyd J. Austin III",
    "Philippine Secretary of National Defense Gilberto Teodoro Jr"])
ev(D, "The Secretaries welcomed the historic momentum", "welcomed", "SUPPORT", "",
   ["military"], ["USA", "PHL"], ["The Secretaries", "The Secretaries"])
ev(D, "Secretary Austin reiterated President Biden", "reiterated", "SUPPORT", "",
   ["military"], ["USA"], ["Secretary Austin"], ["PHL"], ["the Philippines"])
ev(D, "Secretary Austin reiterated President Biden", "stands shoulder-to-shoulder with",
   "SUPPORT", "", ["military", "territory"], ["USA"], ["the United States"], ["PHL"],
   ["the Philippines"])

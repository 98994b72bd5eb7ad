"""Texts and annotation of the blind events set ``blind31.jsonl`` (evgold19, 2026-12-06).

Ten U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House statements and readouts, a State Department readout, a Department of Defense
readout, a Treasury sanctions release and a USAID release; all public domain). Page furniture is
removed (named in each document's ``note``); the wording is otherwise exactly as stored. Each
event is written as: document id, a sentence anchor (a substring of exactly one sentence), the
trigger (a substring found once in that sentence), type, mode, contexts, actor codes, actor texts,
recipient codes, recipient texts and the flags. ``build_blind31.py`` turns this into
``blind31.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind31-01",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2007/06/print/20070613-10.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the President (attack on the Al-Askari Mosque in Samarra)",
        "published": "2007-06-13",
        "date_approximate": False,
        "date_note": "release date printed on the page; the headline is generic, the title adds "
                     "the subject in brackets",
        "truncated": False,
        "note": (
            "removed: 'The White House, President George W. Bush Click to print this document', "
            "'For Immediate Release', 'Office of the Press Secretary', the date line, the "
            "headline (kept in title), '# # #', 'Return to this article at:', 'Click to print "
            "this document'"
        ),
        "text": (
            "I condemn in the strongest terms today's terrorist attack on the Al-Askari Mosque "
            "in Samarra. This barbarous act was clearly aimed at inflaming sectarian tensions "
            "among the peoples of Iraq and defeating their aspirations for a secure, democratic, "
            "and prosperous country. I join Iraq's leaders in calling on all Iraqis to refrain "
            "from acts of vengeance and reject Al-Qaida's scheme to sow hatred among the Iraqi "
            "people, and to instead join together in fighting Al-Qaida as the true enemy of a "
            "free and secure Iraq.\n"
            "At the Prime Minister's request, the Coalition has dispatched a Rapid Reaction "
            "Force to Samarra to assist Iraqi forces in guarding the Mosque and restoring calm "
            "and security to the area. The United States also stands ready to help the Iraqi "
            "people rebuild and restore this holy shrine. I call upon the international "
            "community and Iraq's neighbors to do everything in their power to help Iraq's "
            "government and people combat the terrorists, especially in stopping the flow of "
            "foreign terrorists into Iraq. Those responsible for this outrage must be found and "
            "brought to justice. The United States stands by the Iraqi people in this difficult "
            "moment and remains fully committed to helping all Iraqis realize their dreams of a "
            "peaceful future."
        ),
    },
    {
        "id": "blind31-02",
        "url": "http://georgewbush-whitehouse.archives.gov/news/releases/2007/11/print/20071107.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the Press Secretary (President Bush's call to President Karzai)",
        "published": "2007-11-07",
        "date_approximate": False,
        "date_note": "release date printed on the page; a readout of a presidential call",
        "truncated": False,
        "note": (
            "removed: 'The White House, President George W. Bush Click to print this document', "
            "'For Immediate Release', 'Office of the Press Secretary', the date line, the "
            "headline (kept in title), '# # #', 'Return to this article at:', the article path, "
            "'Click to print this document'"
        ),
        "text": (
            "This morning President Bush called President Karzai of Afghanistan to express his "
            "deepest sympathies regarding the horrendous suicide bombing in Baglan province "
            "yesterday. The cold blooded killers targeted innocent schoolchildren and lawmakers "
            "who were there to celebrate the opening of a new sugar factory.\n"
            "The President said that the murderous act reminds all of us about the brutality of "
            "the enemy we are facing. He said that their hearts are filled with evil and they "
            "only see with hate. The President told President Karzai that America cares deeply "
            "about the Afghan people and he urged him to remain strong."
        ),
    },
    {
        "id": "blind31-03",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2008/02/print/text/20080211-9.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the President (attacks on the President and Prime Minister of "
                 "Timor-Leste)",
        "published": "2008-02-11",
        "date_approximate": False,
        "date_note": "release date printed on the page; the headline is generic, the title adds "
                     "the subject in brackets",
        "truncated": False,
        "note": (
            "removed: 'The White House', 'President George W. Bush', 'Print this document' "
            "(twice), 'For Immediate Release', 'Office of the Press Secretary', the date line, "
            "the headline (kept in title), '# # #', 'Return to this article at:'"
        ),
        "text": (
            "I strongly condemn the violent attacks against Jose Ramos-Horta, President of "
            "Timor-Leste, and Kay Rala Xanana Gusmao, Prime Minister of Timor-Leste. Laura and "
            "I offer our condolences to the families of those killed in the attacks, and we send "
            "our prayers for a rapid recovery to President Ramos-Horta and the others injured.\n"
            "Those who are responsible must know that they cannot derail democracy in "
            "Timor-Leste, and they will be held accountable for their actions. The United States "
            "remains committed to working with the people of Timor-Leste to strengthen democracy "
            "there. I also offer my full support to the Government of Timor-Leste, the United "
            "Nations Integrated Mission in Timor-Leste, and the International Stabilization Force "
            "as they work to maintain calm and security."
        ),
    },
    {
        "id": "blind31-04",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2008/05/20080509-7.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement on the Violence on Beirut",
        "published": "2008-05-09",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'print-only banner', 'The White House Skip Main Navigation', the site "
            "menu ('In Focus', 'News by Date', 'Federal Facts', 'West Wing'), the breadcrumb "
            "'Home > News & Policies > May 2008', 'For Immediate Release', 'Office of the Press "
            "Secretary', the date line, the headline (kept in title), '# # #'"
        ),
        "text": (
            "The United States condemns the violence which has erupted in the streets of Beirut. "
            "The Hizballah terrorist organization, aided by its Iranian and Syrian sponsors, "
            "continues to undermine Lebanon's sovereignty and democratic institutions. After "
            "months of paralyzing the democratically-elected Lebanese government, Hizballah has "
            "now turned its arms against the Lebanese people and challenged Lebanon's security "
            "forces for control of the streets.\n"
            "The international community, through UN Security Council resolutions 1559 and 1701, "
            "has confirmed Lebanon's right to sovereignty and independence. We call on all of "
            "Lebanon's friends to stand with the Lebanese people in support of Lebanon's "
            "institutions, including the Lebanese Armed Forces.\n"
            "Hizballah's relationship with Iran and Syria, as well as its history of "
            "international terrorism and provision of lethal support and training to Iraqi-based "
            "extremist groups, demonstrates the threat it poses to international peace and "
            "security. The United States is consulting with other governments in the region and "
            "with the UN Security Council about measures that must be taken to hold those "
            "responsible for the violence in Beirut accountable."
        ),
    },
    {
        "id": "blind31-05",
        "url": "https://2012-2017.usaid.gov/km/news-information/press-releases/usaid-sends-flood-aid-and-relief-experts-pakistan",
        "agency": "U.S. Agency for International Development (USAID), Press Office",
        "title": "USAID Sends Flood Aid and Relief Experts to Pakistan",
        "published": "2010-08-03",
        "date_approximate": False,
        "date_note": "release date printed on the page (Tuesday, August 3, 2010)",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'For Immediate Release', the date line, "
            "'USAID Press Office' and its telephone number; the stored copy is cut inside its "
            "fifth paragraph: the text is kept to that paragraph's last complete sentence "
            "('... on 13 supply flights.') and the cut rest is dropped"
        ),
        "text": (
            "WASHINGTON, D.C. - In response to the flooding in Northwest Pakistan, the U.S. "
            "Government has rushed food, clean water and rescue supplies to the affected region "
            "as part of an initial $10 million pledge for immediate humanitarian aid.\n"
            "\"We stand by the people of Pakistan in their time of need and are working with the "
            "Pakistani government to learn what assistance we can best provide,\" said Dr. Rajiv "
            "Shah, administrator of the United States Agency for International Development. \"To "
            "help expedite our aid, I am deploying USAID humanitarian relief experts to work in "
            "support of the Government of Pakistan and manage the overall U.S. response effort. "
            "These experts will include staff who have worked so successfully with Lt. Gen. (R) "
            "Nadeem Ahmed, the Chairman of Pakistan's National Disaster Management Authority, "
            "since the 2005 earthquake.\"\n"
            "To help meet the most pressing needs identified by the Government of Pakistan, "
            "USAID has airlifted two mobile water treatment units that can provide clean water "
            "for up to 10,000 people per day and four Zodiac inflatable boats to help with rescue "
            "and relief efforts in the affected area. This donation - which is included in the "
            "initial pledge from the U.S. and valued at approximately $237,000, including "
            "transport - is scheduled to arrive in Pakistan this evening.\n"
            "USAID has also made food aid that had already been on the ground in Pakistan "
            "available to the U.N. World Food Program and is working to utilize the Emergency "
            "Food Security Program for local procurement of commodities and/or the use of food "
            "vouchers to provide aid quickly while helping strengthen the local economy.\n"
            "The United States has also provided a total of 316,584 halal meals from U.S. stocks "
            "in Afghanistan and elsewhere in the region, which have been delivered to civilian "
            "and military officials in Pakistan on 13 supply flights."
        ),
    },
    {
        "id": "blind31-06",
        "url": "https://obamawhitehouse.archives.gov/realitycheck/node/289321",
        "agency": "The White House, Office of the Vice President",
        "title": "Readout of the Vice President's Call with Ukrainian President Petro Poroshenko",
        "published": "2014-07-18",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date; the call is about the Malaysia Airlines (MH17) "
            "disaster of 17 July 2014 and the need for a prompt investigation, so it falls in "
            "the days right after it; 18 July 2014 is an estimate"
        ),
        "truncated": False,
        "note": (
            "removed: 'The White House', 'Office of the Vice President', the headline (kept in "
            "title), 'White House Shareables'"
        ),
        "text": (
            "Vice President Joe Biden spoke today with Ukrainian President Petro Poroshenko "
            "about the Malaysia Airlines disaster and the situation in eastern Ukraine. The two "
            "leaders discussed the need for a prompt international investigation with unimpeded "
            "access to the crash site. They also agreed that as the party responsible for arming "
            "the separatists, Russia needed to publicly call on the separatists to lay down their "
            "weapons and grant immediate access to international and Ukrainian investigators. The "
            "Vice President also stressed Russia\u2019s obligations to support a mutual ceasefire, "
            "a roadmap for peace talks, release of hostages, an Organization for Security and "
            "Cooperation in Europe (OSCE) border monitoring mission, and most importantly, to halt "
            "the flow of heavy weapons \u2013 including anti-aircraft systems and other equipment "
            "\u2013 across the border."
        ),
    },
    {
        "id": "blind31-07",
        "url": "https://home.treasury.gov/news/press-releases/sm1218",
        "agency": "U.S. Department of the Treasury",
        "title": "Treasury Sanctions Three Nicaraguan Officials Supporting Ortega Regime",
        "published": "2020-12-21",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no date; Secretary Mnuchin (in office until January 2021), "
            "E.O. 13851 (November 2018) and the release number sm1218 place it in late 2020; "
            "21 December 2020 is the annotator's best estimate"
        ),
        "truncated": True,
        "note": (
            "removed: 'Press Releases', the headline (kept in title); the stored copy goes on "
            "with one section per designated person (a heading with the name, then a profile) "
            "and is cut inside the first of them: the text is kept to the last paragraph before "
            "those sections and the rest is dropped"
        ),
        "text": (
            "WASHINGTON \u2013 Today, the U.S. Department of the Treasury\u2019s Office of Foreign "
            "Assets Control (OFAC) designated the Vice President of the Nicaraguan Supreme Court "
            "of Justice, Marvin Ramiro Aguilar Garcia; a Deputy of the National Assembly, Walmaro "
            "Antonio Gutierrez Mercado; and a Chief of the Nicaraguan National Police in Leon, "
            "Fidel De Jesus Dominguez Alvarez, in an effort to target government officials that "
            "continue to assist the Ortega regime\u2019s effort to undermine Nicaragua\u2019s "
            "democracy. The individuals designated today each are responsible for coopting "
            "judicial or financial reporting mechanisms to support the Ortega regime\u2019s "
            "systematic identification, intimidation, and punishment of political opposition.\n"
            "\u201cPresident Ortega and his regime prioritize personal gain and power over "
            "Nicaraguans\u2019 calls for reform,\u201d said Secretary Steven T. Mnuchin. \u201cThis "
            "Administration remains committed to targeting the Ortega regime by seeking out and "
            "exposing those who continue to suppress the democratic will of the Nicaraguan "
            "people.\u201d\n"
            "Today\u2019s action, taken pursuant to Executive Order (E.O.) 13851, \u201cBlocking "
            "Property of Certain Persons Contributing to the Situation in Nicaragua,\u201d targets "
            "high-level officials acting on behalf of the Ortega regime."
        ),
    },
    {
        "id": "blind31-08",
        "url": "https://www.defense.gov/News/Releases/Release/Article/2660176/readout-of-secretary-of-defense-lloyd-j-austin-iiis-participation-in-the-8th-as/",
        "agency": "U.S. Department of Defense",
        "title": "Readout of Secretary of Defense Lloyd J. Austin III's Participation in the 8th "
                 "Association of Southeast Asian Nations (ASEAN) Defense Ministers' Meeting Plus",
        "published": "2021-06-15",
        "date_approximate": True,
        "date_note": (
            "the stored copy carries no release date; the text dates the virtual meeting to "
            "June 15, 2021, and the readout is taken to be of the same day"
        ),
        "truncated": False,
        "note": (
            "removed: the .gov banner ('An official website of the United States Government' "
            "... 'official, secure websites.'), the historical-collection notice, 'Immediate "
            "Release', the headline (kept in title), the attribution line 'Pentagon Press "
            "Secretary John Kirby provided the following readout:'"
        ),
        "text": (
            "Secretary of Defense Lloyd J. Austin III met virtually with his Association of "
            "Southeast Asian Nations (ASEAN) counterparts, along with counterparts from the other "
            "ASEAN Dialogue Partners, at the ASEAN Defense Ministers\u2019 Meeting Plus, June 15, "
            "2021. In his remarks, Secretary Austin articulated the Administration\u2019s vision "
            "for the Indo-Pacific, underscoring the importance of allies and partners, shared "
            "principles, and multilateral approaches to security challenges, including pandemic "
            "assistance. He also highlighted unlawful PRC behavior in the South China Sea and "
            "called on Myanmar\u2019s military to change course.\n"
            "The Defense Ministers formally adopted this year\u2019s Joint Declaration "
            "commemorating the 15th anniversary of the ADMM, which emphasizes a broad commitment "
            "by the ADMM-Plus members to collaborate in addressing common challenges, and to "
            "uphold a rules-based order. Notably, the Ministers identified natural disasters "
            "exacerbated by climate change as a significant emerging regional challenge requiring "
            "cooperation to address."
        ),
    },
    {
        "id": "blind31-09",
        "url": "https://www.state.gov/secretary-blinkens-call-with-ethiopian-prime-minister-abiy-august-4-2023/",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "Secretary Blinken's Call with Ethiopian Prime Minister Abiy",
        "published": "2023-08-04",
        "date_approximate": False,
        "date_note": "date from the page address (august-4-2023); readout attributed to "
                     "Spokesperson Matt Miller",
        "truncated": False,
        "note": (
            "removed: the .gov banner ('An official website of the United States Government "
            "Here's how you know' ... 'official, secure websites.'), the attribution line 'The "
            "below is attributable to Spokesperson Matt Miller:', the closing 'U.S. Department "
            "of State' and 'The Lessons of 1989: Freedom and Our Future' (site furniture); the "
            "stored copy has no headline, the title is the page's own title from its address"
        ),
        "text": (
            "Secretary of State Antony J. Blinken spoke today with Ethiopian Prime Minister Abiy "
            "Ahmed on advancing peace, prosperity, and stability in Ethiopia. Secretary Blinken "
            "noted progress in implementing the Cessation of Hostilities Agreement in northern "
            "Ethiopia and expressed concern regarding the situations in the Amhara and Oromia "
            "Regions. The Secretary and Prime Minister discussed establishing a humanitarian aid "
            "distribution system with strengthened oversight to meet the shared goal of "
            "restarting food aid as soon as possible. Regarding the Horn of Africa, the Secretary "
            "affirmed full U.S. support for a diplomatic resolution on the Grand Ethiopian "
            "Renaissance Dam and expressed appreciation for Prime Minister Abiy\u2019s leadership "
            "in regional efforts to resolve the crisis in Sudan."
        ),
    },
    {
        "id": "blind31-10",
        "url": "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/03/25/readout-of-vice-president-harriss-meeting-with-president-arevalo-of-guatemala",
        "agency": "The White House (Office of the Vice President)",
        "title": "Readout of Vice President Harris's Meeting with President Ar\u00e9valo of Guatemala",
        "published": "2024-03-25",
        "date_approximate": False,
        "date_note": "date from the page address (2024/03/25)",
        "truncated": True,
        "note": (
            "removed: the archive notice ('This is historical material \u201cfrozen in time\u201d. "
            "...'); the stored copy has no headline (the title is taken from the page address) "
            "and is cut inside its sixth paragraph: that paragraph is dropped, the five complete "
            "paragraphs are kept"
        ),
        "text": (
            "Vice President Kamala Harris met with President Bernardo Ar\u00e9valo of Guatemala "
            "today to strengthen the U.S.-Guatemala bilateral relationship and make progress on "
            "addressing the root causes of migration. They discussed the importance of good "
            "governance, economic opportunity, security, and migration management and how the "
            "United States can work with Guatemala to support these goals.\n"
            "The Vice President expressed support for President Ar\u00e9valo\u2019s efforts to "
            "combat corruption in Guatemala and reaffirmed the U.S. commitment to good governance "
            "and the rule of law. The Vice President underscored the Biden-Harris "
            "Administration\u2019s efforts to hold corrupt actors accountable in Guatemala and to "
            "support Guatemala\u2019s efforts to strengthen democratic institutions by involving "
            "more stakeholders, including representatives of indigenous communities. The Vice "
            "President also commended Guatemala\u2019s support for other democracies around the "
            "world.\n"
            "On migration, the two leaders discussed the importance of creating conditions for "
            "safe and orderly migration in the region, including by providing lawful pathways to "
            "migrants, increasing cooperation on border enforcement, and through U.S. support for "
            "Guatemala\u2019s migration management efforts.\n"
            "The Vice President and President Ar\u00e9valo agreed on the urgent need to address "
            "the drivers of irregular migration from northern Central America and to continue "
            "cooperation under the Biden-Harris Administration\u2019s Root Causes Strategy. The "
            "Vice President discussed progress made under her leadership of the Root Causes "
            "Strategy, including civilian security, good governance, human rights and labor "
            "protections, gender-based violence, and economic opportunity."
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


# --- blind31-01: White House, attack on the Samarra mosque (2007) ---
D = "blind31-01"
ev(D, "I condemn in the strongest terms", "condemn", "ACCUSE", "disapprove",
   ["terrorism", "religion_ethnicity"], ["USA"], ["I"])
ev(D, "I condemn in the strongest terms", "terrorist attack", "ASSAULT", "",
   ["terrorism", "religion_ethnicity"], [], [], ["IRQ"], ["the Al-Askari Mosque in Samarra"])
ev(D, "I join Iraq's leaders", "calling on", "REQUEST", "change", ["religion_ethnicity"],
   ["USA", "IRQ"], ["I", "Iraq's leaders"], ["IRQ"], ["all Iraqis"])
ev(D, "At the Prime Minister's request", "request", "REQUEST", "assist",
   ["military", "terrorism"], ["IRQ"], ["the Prime Minister's"], ["IGO"], ["the Coalition"])
ev(D, "At the Prime Minister's request", "dispatched", "AID", "",
   ["military", "religion_ethnicity"], ["IGO"], ["the Coalition"], ["IRQ"], ["Iraqi forces"])
ev(D, "stands ready to help the Iraqi people rebuild", "stands ready to help", "AGREE", "",
   ["religion_ethnicity"], ["USA"], ["The United States"], ["IRQ"], ["the Iraqi people"])
ev(D, "I call upon the international community", "call upon", "REQUEST", "assist",
   ["terrorism"], ["USA"], ["I"])
ev(D, "stands by the Iraqi people in this difficult moment", "stands by", "SUPPORT", "",
   ["terrorism"], ["USA"], ["The United States"], ["IRQ"], ["the Iraqi people"])
ev(D, "stands by the Iraqi people in this difficult moment",
   "remains fully committed to helping", "AGREE", "", ["pro_democracy"], ["USA"],
   ["The United States"], ["IRQ"], ["all Iraqis"])

# --- blind31-02: White House, President Bush's call to President Karzai (2007) ---
D = "blind31-02"
ev(D, "This morning President Bush called", "called", "CONSULT", "phone",
   ["diplomatic", "terrorism"], ["USA", "AFG"],
   ["President Bush", "President Karzai of Afghanistan"])
ev(D, "This morning President Bush called", "express his deepest sympathies", "SUPPORT", "",
   ["terrorism"], ["USA"], ["President Bush"], ["AFG"], ["President Karzai of Afghanistan"])
ev(D, "This morning President Bush called", "suicide bombing", "ASSAULT", "explosives",
   ["terrorism"], [], [], ["AFG"], ["Baglan province"])
ev(D, "The cold blooded killers", "targeted", "ASSAULT", "", ["terrorism"], ["AFG"],
   ["The cold blooded killers"], ["AFG", "AFG"], ["innocent schoolchildren", "lawmakers"])
ev(D, "the murderous act reminds", "brutality", "ACCUSE", "disapprove", ["terrorism"],
   ["USA"], ["The President"], ["AFG"], ["the enemy we are facing"])
ev(D, "their hearts are filled with evil", "filled with evil", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["He"], ["AFG"], ["their"])
ev(D, "America cares deeply", "cares deeply", "SUPPORT", "", ["terrorism"], ["USA"],
   ["America"], ["AFG"], ["the Afghan people"])
ev(D, "America cares deeply", "urged", "REQUEST", "", ["terrorism"], ["USA"],
   ["The President"], ["AFG"], ["President Karzai"])

# --- blind31-03: White House, attacks on Timor-Leste's leaders (2008) ---
D = "blind31-03"
ev(D, "I strongly condemn the violent attacks", "strongly condemn", "ACCUSE", "disapprove",
   ["pro_democracy"], ["USA"], ["I"])
ev(D, "I strongly condemn the violent attacks", "violent attacks", "ASSAULT", "targeted",
   ["executive"], [], [], ["TLS", "TLS"], ["Jose Ramos-Horta", "Kay Rala Xanana Gusmao"])
ev(D, "Those who are responsible must know", "will be held accountable", "THREATEN", "",
   ["legal", "pro_democracy"], [], [], ["TLS"], ["Those who are responsible"])
ev(D, "remains committed to working with the people of Timor-Leste",
   "remains committed to working with", "AGREE", "", ["pro_democracy"], ["USA"],
   ["The United States"], ["TLS"], ["the people of Timor-Leste"])
ev(D, "I also offer my full support", "offer my full support", "SUPPORT", "",
   ["peacekeeping", "executive"], ["USA"], ["I"], ["TLS", "UNO", "IGO"],
   ["the Government of Timor-Leste", "the United Nations Integrated Mission in Timor-Leste",
    "the International Stabilization Force"])
ev(D, "I also offer my full support", "work to maintain calm and security", "AID", "",
   ["peacekeeping"], ["UNO", "IGO"],
   ["the United Nations Integrated Mission in Timor-Leste",
    "the International Stabilization Force"])

# --- blind31-04: White House, violence in Beirut (2008) ---
D = "blind31-04"
ev(D, "The United States condemns the violence", "condemns", "ACCUSE", "disapprove",
   ["military"], ["USA"], ["The United States"])
ev(D, "The Hizballah terrorist organization, aided", "aided", "AID", "",
   ["military", "terrorism"], ["IRN", "SYR"], ["Iranian", "Syrian"], ["LBN"],
   ["The Hizballah terrorist organization"])
ev(D, "After months of paralyzing", "paralyzing", "COERCE", "", ["political_institutions"],
   ["LBN"], ["Hizballah"], ["LBN"], ["the democratically-elected Lebanese government"])
ev(D, "After months of paralyzing", "turned its arms against", "ASSAULT", "", ["military"],
   ["LBN"], ["Hizballah"], ["LBN"], ["the Lebanese people"])
ev(D, "After months of paralyzing", "challenged", "ASSAULT", "", ["military"],
   ["LBN"], ["Hizballah"], ["LBN"], ["Lebanon's security forces"])
ev(D, "has confirmed Lebanon's right", "confirmed", "SUPPORT", "", ["territory"],
   ["UNO"], ["UN Security Council"], ["LBN"], ["Lebanon's"])
ev(D, "We call on all of Lebanon's friends", "call on", "REQUEST", "assist", ["diplomatic"],
   ["USA"], ["We"])
ev(D, "demonstrates the threat it poses", "provision of lethal support and training", "AID", "",
   ["military", "terrorism"], ["LBN"], ["Hizballah's"], ["IRQ"],
   ["Iraqi-based extremist groups"])
ev(D, "is consulting with other governments", "consulting", "CONSULT", "", ["diplomatic"],
   ["USA", "UNO"], ["The United States", "the UN Security Council"])

# --- blind31-05: USAID, flood aid to Pakistan (2010) ---
D = "blind31-05"
ev(D, "In response to the flooding in Northwest Pakistan", "rushed", "AID", "",
   ["disasters", "human_security"], ["USA"], ["the U.S. Government"], ["PAK"],
   ["Northwest Pakistan"])
ev(D, "In response to the flooding in Northwest Pakistan", "pledge", "AGREE", "",
   ["disasters", "human_security"], ["USA"], ["the U.S. Government"], ["PAK"],
   ["Northwest Pakistan"])
ev(D, "We stand by the people of Pakistan", "stand by", "SUPPORT", "", ["disasters"],
   ["USA"], ["We"], ["PAK"], ["the people of Pakistan"])
ev(D, "We stand by the people of Pakistan", "are working with", "COOPERATE", "",
   ["disasters"], ["USA", "PAK"], ["We", "the Pakistani government"])
ev(D, "To help expedite our aid", "deploying", "AID", "", ["disasters", "human_security"],
   ["USA"], ["I"], ["PAK"], ["the Government of Pakistan"])
ev(D, "These experts will include staff", "have worked so successfully with", "COOPERATE", "",
   ["disasters"], ["USA", "PAK"], ["staff", "Lt. Gen. (R) Nadeem Ahmed"])
ev(D, "USAID has airlifted", "airlifted", "AID", "", ["disasters", "human_security"],
   ["USA"], ["USAID"], ["PAK"], ["the Government of Pakistan"])
ev(D, "USAID has also made food aid", "made food aid", "AID", "",
   ["disasters", "human_security"], ["USA"], ["USAID"], ["UNO"],
   ["the U.N. World Food Program"])
ev(D, "316,584 halal meals", "provided", "AID", "", ["disasters", "human_security"],
   ["USA"], ["The United States"], ["PAK"], ["civilian and military officials in Pakistan"])

# --- blind31-06: White House, Vice President Biden's call with President Poroshenko (2014) ---
D = "blind31-06"
ev(D, "Vice President Joe Biden spoke today", "spoke", "CONSULT", "phone",
   ["diplomatic", "military"], ["USA", "UKR"],
   ["Vice President Joe Biden", "Ukrainian President Petro Poroshenko"])
ev(D, "The two leaders discussed the need", "discussed the need", "REQUEST", "",
   ["legal", "military"], ["USA", "UKR"], ["The two leaders", "The two leaders"])
ev(D, "as the party responsible for arming", "responsible for arming", "ACCUSE", "allege",
   ["military"], ["USA", "UKR"], ["They", "They"], ["RUS"], ["Russia"])
ev(D, "as the party responsible for arming", "needed to publicly call on", "REQUEST", "yield",
   ["military"], ["USA", "UKR"], ["They", "They"], ["RUS"], ["Russia"])
ev(D, "Vice President also stressed", "stressed", "REQUEST", "yield", ["military"],
   ["USA"], ["The Vice President"], ["RUS"], ["Russia\u2019s"])

# --- blind31-07: Treasury, sanctions on three Nicaraguan officials (2020) ---
D = "blind31-07"
ev(D, "designated the Vice President of the Nicaraguan Supreme Court", "designated", "SANCTION",
   "discontinue", ["economic", "pro_democracy"], ["USA"],
   ["the U.S. Department of the Treasury\u2019s Office of Foreign Assets Control"],
   ["NIC", "NIC", "NIC"],
   ["Marvin Ramiro Aguilar Garcia", "Walmaro Antonio Gutierrez Mercado",
    "Fidel De Jesus Dominguez Alvarez"])
ev(D, "The individuals designated today each are responsible", "are responsible for",
   "ACCUSE", "allege", ["repression", "legal"], [], [], ["NIC"],
   ["The individuals designated today"])
ev(D, "prioritize personal gain", "prioritize personal gain", "ACCUSE", "disapprove",
   ["corruption"], ["USA"], ["Secretary Steven T. Mnuchin"], ["NIC", "NIC"],
   ["President Ortega", "his regime"])
ev(D, "prioritize personal gain", "calls for reform", "REQUEST", "change", ["pro_democracy"],
   ["NIC"], ["Nicaraguans\u2019"])
ev(D, "Administration remains committed to targeting", "remains committed to targeting",
   "THREATEN", "", ["pro_democracy", "repression"], ["USA"], ["This Administration"], ["NIC"],
   ["the Ortega regime"])
ev(D, "Administration remains committed to targeting", "suppress", "COERCE", "",
   ["repression", "pro_democracy"], ["NIC"], ["those"], ["NIC"], ["the Nicaraguan people"])

# --- blind31-08: Defense Department, ASEAN defense ministers' meeting (2021) ---
D = "blind31-08"
ev(D, "met virtually with his Association", "met virtually", "CONSULT", "multilateral",
   ["military", "diplomatic"], ["USA", "IGO"],
   ["Secretary of Defense Lloyd J. Austin III",
    "his Association of Southeast Asian Nations (ASEAN) counterparts"])
ev(D, "He also highlighted unlawful PRC behavior", "highlighted", "ACCUSE", "disapprove",
   ["territory", "military"], ["USA"], ["He"], ["CHN"], ["PRC"])
ev(D, "He also highlighted unlawful PRC behavior", "called on", "REQUEST", "change",
   ["military", "pro_democracy"], ["USA"], ["He"], ["MMR"], ["Myanmar\u2019s military"])
ev(D, "The Defense Ministers formally adopted", "adopted", "AGREE", "",
   ["military", "diplomatic"], ["IGO"], ["The Defense Ministers"])

# --- blind31-09: State Department, Secretary Blinken's call with Prime Minister Abiy (2023) ---
D = "blind31-09"
ev(D, "spoke today with Ethiopian Prime Minister", "spoke", "CONSULT", "phone",
   ["diplomatic"], ["USA", "ETH"],
   ["Secretary of State Antony J. Blinken", "Ethiopian Prime Minister Abiy Ahmed"])
ev(D, "Secretary Blinken noted progress", "noted progress", "SUPPORT", "", ["military"],
   ["USA"], ["Secretary Blinken"], ["ETH"], ["northern Ethiopia"])
ev(D, "Secretary Blinken noted progress", "expressed concern", "ACCUSE", "disapprove",
   ["military", "human_security"], ["USA"], ["Secretary Blinken"], ["ETH"],
   ["the Amhara and Oromia Regions"])
ev(D, "The Secretary and Prime Minister discussed", "shared goal", "AGREE", "",
   ["human_security"], ["USA", "ETH"], ["The Secretary", "Prime Minister"])
ev(D, "Regarding the Horn of Africa", "affirmed full U.S. support", "SUPPORT", "",
   ["natural_resource", "diplomatic"], ["USA"], ["the Secretary"])
ev(D, "Regarding the Horn of Africa", "expressed appreciation", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["the Secretary"], ["ETH"], ["Prime Minister Abiy\u2019s"])
ev(D, "Regarding the Horn of Africa", "efforts to resolve", "CONSULT", "third-party",
   ["diplomatic", "military"], ["ETH"], ["Prime Minister Abiy\u2019s"], ["SDN"], ["Sudan"])

# --- blind31-10: White House, Vice President Harris's meeting with President Arevalo (2024) ---
D = "blind31-10"
ev(D, "Vice President Kamala Harris met with", "met with", "CONSULT", "",
   ["diplomatic", "migration"], ["USA", "GTM"],
   ["Vice President Kamala Harris", "President Bernardo Ar\u00e9valo of Guatemala"])
ev(D, "The Vice President expressed support", "expressed support", "SUPPORT", "",
   ["corruption"], ["USA"], ["The Vice President"], ["GTM"],
   ["President Ar\u00e9valo\u2019s"])
ev(D, "The Vice President underscored", "hold corrupt actors accountable", "SANCTION", "",
   ["corruption"], ["USA"], ["the Biden-Harris Administration\u2019s"], ["GTM"],
   ["corrupt actors"])
ev(D, "The Vice President underscored", "support Guatemala\u2019s efforts", "SUPPORT", "",
   ["political_institutions", "pro_democracy"], ["USA"],
   ["the Biden-Harris Administration\u2019s"], ["GTM"], ["Guatemala\u2019s"])
ev(D, "President also commended", "commended", "SUPPORT", "", ["pro_democracy"],
   ["USA"], ["The Vice President"], ["GTM"], ["Guatemala\u2019s"])
ev(D, "President also commended", "support for other democracies", "SUPPORT", "",
   ["pro_democracy"], ["GTM"], ["Guatemala\u2019s"])
ev(D, "The Vice President and President Ar\u00e9valo agreed", "agreed", "AGREE", "",
   ["migration"], ["USA", "GTM"], ["The Vice President", "President Ar\u00e9valo"])

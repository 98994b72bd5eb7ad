"""Texts and annotation of the blind events set ``blind33.jsonl`` (evgold21, 2026-12-06).

Ten U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House readouts hosted on obamawhitehouse.archives.gov and ua.usembassy.gov, a State
Department readout on vn.usembassy.gov, a georgewbush-whitehouse.archives.gov sanctions
statement, a State Department blog post, two Department of Defense readouts, a USAID press
release and a VOA editorial; all public domain). Page furniture is removed (named in each
document's ``note``); the wording is otherwise exactly as stored. Each event is written as:
document id, a sentence anchor (a substring of exactly one sentence), the trigger (a substring
found once in that sentence), type, mode, contexts, actor codes, actor texts, recipient codes,
recipient texts and the flags. ``build_blind33.py`` turns this into ``blind33.jsonl`` and checks
every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind33-01",
        "url": "https://vn.usembassy.gov/readout-of-secretary-kerrys-meeting-with-vietnamese-dpmfm-minh/",
        "agency": "U.S. Department of State (readout, U.S. Embassy in Vietnam, vn.usembassy.gov)",
        "title": "Readout of Secretary Kerry\u2019s Meeting with Vietnamese DPM/FM Minh",
        "published": "2014-10-02",
        "date_approximate": True,
        "date_note": (
            "the text dates the meeting 'October 2'; the year is inferred (the Comprehensive "
            "Partnership launched in July 2013, the 20th anniversary of relations due in 2015)"
        ),
        "truncated": True,
        "note": (
            "removed: the headline line with 'on-the-record attributable to Spokesperson Jen "
            "Psaki' (headline kept in title); the last paragraph, cut by the store mid-word, "
            "is dropped"
        ),
        "text": (
            "Secretary Kerry met with Vietnamese Deputy Prime Minister / Foreign Minister Minh on "
            "October 2 to discuss progress on implementing the U.S.-Vietnam Comprehensive "
            "Partnership, launched by President Obama and President Sang in July 2013. Secretary "
            "Kerry highlighted the conclusion of the U.S.-Vietnam Civil Nuclear Cooperation (123) "
            "agreement and expanding maritime security cooperation as examples of the strength "
            "of bilateral ties. To integrate Vietnam fully into regional maritime security "
            "initiatives, the Secretary informed Deputy Prime Minister / Foreign Minister Minh "
            "that the State Department has modified its policy to allow for the future transfer "
            "of maritime security related lethal defense articles to Vietnam. This policy "
            "supports Vietnam\u2019s efforts to improve its maritime domain awareness and "
            "maritime security capabilities.\n"
            "The Secretary and Deputy Prime Minister / Foreign Minister Minh also discussed the "
            "importance of concluding Trans-Pacific Partnership negotiations and expanding "
            "bilateral trade and investment. The Secretary noted that achieving further progress "
            "on human rights is integral to our bilateral relationship and is necessary for a "
            "further deepening of bilateral ties, including in security cooperation.\n"
            "The Secretary and Deputy Prime Minister / Foreign Minister Minh discussed regional "
            "issues and recent developments in the South China Sea, following discussions at the "
            "ASEAN Regional Forum in August. The Secretary welcomed efforts to defuse recent "
            "tensions. The Secretary agreed with DPM/FM Minh on the importance of claimants "
            "implementing Article 5 of the Declaration of Conduct and avoiding actions that "
            "threatened to escalate disputes and cause instability."
        ),
    },
    {
        "id": "blind33-02",
        "url": "https://ua.usembassy.gov/readout-vice-presidents-call-ukrainian-president-petro-poroshenko-10/",
        "agency": "The White House, Office of the Vice President (readout, U.S. Embassy in Ukraine, ua.usembassy.gov)",
        "title": "Readout of the Vice President\u2019s Call with Ukrainian President Petro Poroshenko",
        "published": "2015-08-01",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; after the February 12, 2015 Minsk Implementation Plan "
            "it names and after the embassy's readout numbered -9 (2015-07-17); month inferred"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title)",
        "text": (
            "Vice President Joe Biden spoke today with Ukrainian President Petro Poroshenko. The "
            "two leaders discussed ongoing U.S. security assistance for Ukraine, Ukraine\u2019s "
            "anti-corruption efforts, energy security, and the urgency of seeking justice in the "
            "Malaysia Airlines MH-17 tragedy. The Vice President welcomed the recent reform laws "
            "that were passed by the Rada and noted the need for keeping the pace with "
            "Ukraine\u2019s reform agenda, particularly on combatting corruption. The two leaders "
            "also discussed the implementation of the Minsk agreements, and the Vice President "
            "welcomed President Poroshenko\u2019s proposal to create a 30-kilometer zone free of "
            "tanks, artillery and mortar systems along the line of contact in eastern Ukraine, to "
            "be monitored by the OSCE. Both leaders agreed that Russia and Russia-backed "
            "separatists had still failed to fully implement the first few steps under the "
            "February 12, 2015 Minsk Implementation Plan calling for a ceasefire and the removal "
            "of heavy weapons from the line of contact."
        ),
    },
    {
        "id": "blind33-03",
        "url": "https://obamawhitehouse.archives.gov/taxonomy/term/17?page=130",
        "agency": "The White House, Office of the Vice President (obamawhitehouse.archives.gov)",
        "title": "Readout of Vice President Biden's Calls with Iraqi Leaders",
        "published": "2010-09-28",
        "date_approximate": True,
        "date_note": (
            "the stored listing page gives no date for this item; it is listed next to a post on "
            "the Vice President's visit of September 27, 2010; day inferred"
        ),
        "truncated": False,
        "note": (
            "the stored page is an archive listing; only the readout item is taken, whole: its "
            "office line and headline (kept in title) removed, and the other listing items (a "
            "blog post on a New Hampshire visit) left out; double spaces after periods kept"
        ),
        "text": (
            "Earlier today, the Vice President spoke with Iraqi Prime Minister Nouri al-Maliki "
            "and, separately, with Vice President Adil Abd al-Mahdi.  Both conversations "
            "addressed the status of Iraqi negotiations on the formation of a new government.  "
            "The Vice President urged the two leaders to expedite efforts to form an inclusive "
            "and legitimate government that is responsive to the needs of the Iraqi people."
        ),
    },
    {
        "id": "blind33-04",
        "url": "https://ua.usembassy.gov/readout-vice-presidents-call-ukrainian-president-petro-poroshenko-9/",
        "agency": "The White House, Office of the Vice President (readout, U.S. Embassy in Ukraine, ua.usembassy.gov)",
        "title": "Readout of the Vice President\u2019s Call with Ukrainian President Petro Poroshenko",
        "published": "2015-07-17",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; the call fell 'exactly one year' after the downing of "
            "MH-17 (2014-07-17)"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title)",
        "text": (
            "Vice President Joe Biden spoke today with Ukrainian President Petro Poroshenko. The "
            "Vice President congratulated President Poroshenko on the Rada\u2019s decision "
            "yesterday to support proposals for constitutional reform and decentralization in "
            "accordance with Ukraine\u2019s obligations under the Minsk agreements as well as "
            "the Rada\u2019s passage of reform laws in keeping with Ukraine\u2019s IMF and World "
            "Bank programs. The two leaders agreed on the importance and urgency of seeking "
            "justice for the tragic downing of Malaysia Airlines flight MH-17 exactly one year "
            "ago, and the Vice President pledged U.S. support for the joint efforts of the "
            "governments of Ukraine, the Netherlands, Malaysia, Australia, and Belgium to seek "
            "justice in this case. The two leaders also discussed Ukraine\u2019s plans to conduct "
            "local elections in October and noted the obligations of Russia and Russia-backed "
            "separatists to allow elections to be held throughout Donetsk and Luhansk oblasts in "
            "accordance with Ukrainian law and in keeping with OSCE standards."
        ),
    },
    {
        "id": "blind33-05",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2005/11/20051123-1.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": (
            "Statement on Blocking Property of Additional Persons Undermining Democratic "
            "Processes in Zimbabwe"
        ),
        "published": "2005-11-23",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": True,
        "note": (
            "removed: site navigation ('print-only banner', 'The White House', 'Skip Main "
            "Navigation', menu items, 'Home > News & Policies > November 2005'), 'For Immediate "
            "Release', 'Office of the Press Secretary', the date line, the headline (kept in "
            "title); the third paragraph, cut by the store mid-word, is dropped"
        ),
        "text": (
            "In March 2003, the United States applied targeted economic sanctions against a list "
            "of 77 persons hindering democratic reform in Zimbabwe. On November 22, 2005, the "
            "President signed an Executive Order that allows the Secretary of the Treasury, in "
            "consultation with the Secretary of State, to go beyond previous authority and block "
            "the property of additional persons undermining democratic processes or institutions "
            "in Zimbabwe, their immediate family members, and any persons assisting them. The "
            "President also designated and blocked the assets of 128 persons and 33 entities. "
            "There is still time for the Government of Zimbabwe to avoid a further expansion of "
            "the sanctions list should it begin serious efforts to restore democratic norms and "
            "the rule of law.\n"
            "This action is not aimed at the people of Zimbabwe, but rather at those most "
            "responsible for their plight. The failed political and economic policies of the "
            "Robert Mugabe regime have succeeded in devastating Zimbabwe. The United States has "
            "repeatedly called upon the Government of Zimbabwe to abandon its harassment of "
            "civil society, the press, and the political opposition; to restore the rule of law; "
            "to negotiate in good faith to resolve the impasse created by the flawed 2002 "
            "elections; and to hold free and fair parliamentary elections in 2005. Such efforts "
            "have yielded insufficient results. The parliamentary elections in March 2005 were "
            "neither free nor fair. Recent demolitions of housing and informal markets have "
            "displaced 700,000 people at a time when Zimbabwe is already in the grip of a "
            "humanitarian crisis."
        ),
    },
    {
        "id": "blind33-06",
        "url": "http://2007-2017-blogs.state.gov/stories/2015/06/26/terrorist-attacks-france-kuwait-somalia-and-tunisia.html",
        "agency": "U.S. Department of State (DipNote blog, 2007-2017-blogs.state.gov)",
        "title": "Terrorist Attacks in France, Kuwait, Somalia, and Tunisia",
        "published": "2015-06-26",
        "date_approximate": False,
        "date_note": "date in the archive URL (2015/06/26); the post says 'today'",
        "truncated": False,
        "note": (
            "removed: the headline (kept in title), 'For more information:' and the reader "
            "comments below the post; trailing spaces at paragraph ends stripped; 'occured' and "
            "the double spaces kept as stored"
        ),
        "text": (
            "Terrorist attacks occured in France, Kuwait, Somalia, and Tunisia today.  The United "
            "States condemns in the strongest possible terms these horrifying terrorist attacks, "
            "in which dozens of innocent civilians and, in the case of Somalia, Burundian "
            "peacekeepers, were killed and injured.\n"
            "On behalf of the United States, Department Spokesperson John Kirby expressed deepest "
            "sympathy to the victims\u2019 families and heartfelt wishes for the recovery of those "
            "injured.\n"
            "Spokesperson Kirby said, \"The United States grieves with the people and governments "
            "of Burundi, France, Kuwait, Somalia, Tunisia, and other nations affected by these "
            "vicious attacks and stands with them in solidarity as they reject terrorism, protect "
            "their communities, restore peace and security, and persevere through these "
            "tragedies. We will continue to work with all of our allies and partners to address "
            "the shared threat of terrorism and violent extremism and to degrade and destroy the "
            "ability of these terrorist groups to carry out their callous attacks on innocent "
            "people.\"\n"
            "The White House also condemned the terrorist attacks, and in a statement said, \"As "
            "the President has discussed with his French, Kuwaiti, and Tunisian counterparts in "
            "recent weeks, we are resolute and united in our shared effort to fight the scourge "
            "of terrorism. We stand with these nations as they respond to attacks on their soil "
            "today, and we have been in contact with appropriate counterparts in all three "
            "countries to offer any necessary support.  Terrorism has no place in any society, "
            "and the United States will continue to work closely with our international partners "
            "to combat terrorist actors and counter violent extremism around the globe.\""
        ),
    },
    {
        "id": "blind33-07",
        "url": "https://www.pacom.mil/Media/News/News-Article-View/Article/3306224/readout-of-secretary-of-defense-lloyd-j-austin-iiis-call-with-philippine-senior/",
        "agency": "U.S. Department of Defense (readout, U.S. Indo-Pacific Command, pacom.mil)",
        "title": (
            "Readout of Secretary of Defense Lloyd J. Austin III's Call With Philippine Senior "
            "Undersecretary and Officer in Charge of the Department of National Defense Carlito "
            "Galvez"
        ),
        "published": "2023-02-22",
        "date_approximate": False,
        "date_note": "date printed on the page (NEWS | Feb. 22, 2023)",
        "truncated": True,
        "note": (
            "removed: the .mil banner lines, the breadcrumb, 'NEWS | Feb. 22, 2023', the "
            "headline (kept in title), 'WASHINGTON -- Pentagon Press Secretary Brig. Gen. Pat "
            "Ryder provided the following readout:'; the third paragraph is cut by the store "
            "mid-word and kept to its last complete sentence"
        ),
        "text": (
            "Secretary of Defense Lloyd J. Austin III spoke with Philippine Officer in Charge of "
            "the Department of National Defense Carlito Galvez today to discuss concerning "
            "developments in the South China Sea, including a recent incident in which the "
            "People\u2019s Republic of China (PRC) Coast Guard directed a military-grade laser at "
            "the crew of a Philippine Coast Guard vessel lawfully operating around Second Thomas "
            "Shoal.\n"
            "Secretary Austin underscored the United States\u2019 commitment to supporting the "
            "lawful rights and operations of the Philippines in the South China Sea, including "
            "around the Second Thomas Shoal, which the 2016 Arbitral Tribunal unequivocally "
            "ruled is a part of the Philippine exclusive economic zone. He reiterated that an "
            "armed attack on Philippine armed forces, aircraft, and public vessels, including "
            "those of its Coast Guard, anywhere in the South China Sea, would invoke U.S. mutual "
            "defense commitments under Article IV of the 1951 U.S.-Philippines Mutual Defense "
            "Treaty.\n"
            "The two leaders discussed proposals to deepen operational cooperation and enhance "
            "the United States and the Philippines\u2019 shared security, including the recent "
            "decision to resume combined maritime activities in the South China Sea."
        ),
    },
    {
        "id": "blind33-08",
        "url": "https://www.defense.gov/News/News-Releases/News-Release-View/Article/1352284/readout-of-secretary-of-defense-jim-mattis-meeting-with-vietnam-minister-of-nat/",
        "agency": "U.S. Department of Defense (news release, defense.gov)",
        "title": (
            "Readout of Secretary of Defense Jim Mattis' Meeting with Vietnam Minister of "
            "National Defense Ngo Xuan Lich"
        ),
        "published": "2017-10-24",
        "date_approximate": False,
        "date_note": "date printed on the page (Oct. 24, 2017)",
        "truncated": False,
        "note": (
            "removed: 'Department of Defense', the headline (kept in title), 'Release No: "
            "NR-365-17', the date line, 'Pentagon Chief Spokesperson Dana W. White provided the "
            "following readout:'; double space after 'Indo-Pacific.' kept"
        ),
        "text": (
            "Secretary of Defense Jim Mattis met with Vietnam Minister of National Defense Ngo "
            "Xuan Lich on the sidelines of the ASEAN Defense Ministers' Meeting-Plus (ADMM-Plus) "
            "in Clark, Pampanga, Philippines.\n"
            "The two leaders exchanged views on regional security and emphasized the need for "
            "continued ASEAN cooperation to ensure a free and open Indo-Pacific.  They also "
            "reaffirmed their intention to deepen the bilateral defense relationship, "
            "particularly in the area of maritime security, and highlighted progress made since "
            "their August meeting in Washington.\n"
            "Secretary Mattis underscored the United States' commitment to work with partners "
            "such as Vietnam to promote a peaceful and stable region."
        ),
    },
    {
        "id": "blind33-09",
        "url": "https://2017-2020.usaid.gov/news-information/press-releases/apr-3-2019-united-states-announces-nearly-33-million-additional-humanitarian",
        "agency": "U.S. Agency for International Development (press release, 2017-2020.usaid.gov)",
        "title": (
            "The United States Announces Nearly $33 Million in Additional Humanitarian "
            "Assistance for People Affected by Cyclone Idai"
        ),
        "published": "2019-04-03",
        "date_approximate": False,
        "date_note": "release date printed on the page (Wednesday, April 3, 2019)",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'Press Release Shim', 'Speeches Shim', 'For "
            "Immediate Release', the date line, 'Office of Press Relations' and the telephone "
            "line; trailing spaces at paragraph ends stripped; the last paragraph is cut by the "
            "store mid-word and kept to its last complete sentence; double spaces kept"
        ),
        "text": (
            "Today, the United States, through the U.S. Agency for International Development "
            "(USAID), announced nearly $33 million in additional humanitarian assistance to meet "
            "the urgent needs caused by Cyclone Idai and related flooding, including nearly $31 "
            "million for the people of Mozambique and over $2 million for the people of "
            "Zimbabwe.\n"
            "For Mozambique, this new funding to the World Food Programme (WFP) will help nearly "
            "1.5 million people meet their basic emergency food needs for one month.  The new "
            "assistance will provide both direct food assistance, including more than 17,000 "
            "metric tons of rice, peas, fortified cereal, and vegetable oil; as well as vouchers, "
            "to enable families to purchase food in local markets.\n"
            "Earlier today, U.S. Ambassador Brian Nichols announced an additional $2.5 million in "
            "humanitarian assistance for Zimbabwe.  This new funding for food assistance brings "
            "the total U.S. humanitarian aid for the response to the cyclone in Malawi, "
            "Mozambique, and Zimbabwe to more than $40 million.\n"
            "The United States has also started to airlift relief supplies - including "
            "heavy-duty plastic sheeting, kitchen sets, blankets, and water-treatment units and "
            "some of the food commodities announced today - from its warehouses in Italy, UAE, "
            "and Djibouti to help thousands of people in Mozambique.  In addition, USAID's "
            "Disaster Assistance Response Team remains on the ground to lead the U.S. response "
            "efforts and work with local officials and humanitarian partners to provide "
            "life-saving aid to the affected communities.\n"
            "Cyclone Idai is now considered the worst natural disaster in southern Africa in "
            "nearly two decades."
        ),
    },
    {
        "id": "blind33-10",
        "url": "https://editorials.voa.gov/amp/us-condemns-terrorism-in-tunisia/3088434.html",
        "agency": "Voice of America (editorial, reflecting the views of the U.S. Government)",
        "title": "U.S. Condemns Terrorism in Tunisia",
        "published": "2015-12-01",
        "date_approximate": True,
        "date_note": (
            "no date in the stored copy; the bus bombing it reports as 'last week' took place on "
            "2015-11-24 (the photo caption dates it); day inferred"
        ),
        "truncated": True,
        "note": (
            "removed: the headline (kept in title, and repeated once below the summary), the "
            "photo caption, the summary line (it repeats a sentence of the text), 'Your browser "
            "doesn\u2019t support HTML5'; the last paragraph is cut by the store mid-sentence and "
            "kept to its last complete sentence"
        ),
        "text": (
            "The United States strongly condemns a terror attack on Tunisia\u2019s presidential "
            "guard that killed 12 and wounded 50 in Tunis last week. The Islamic State or Da'esh "
            "has claimed responsibility for the suicide bombing, which was the latest in a "
            "string of terrorist attacks in Tunisia in the last year, including the Sousse beach "
            "and Bardo Museum attacks which left 59 dead.\n"
            "\u201cTerrorists have sought to use fear and violence to undermine the important "
            "gains the Tunisian people have made in pursuit of a democratic, stable, and "
            "prosperous country,\u201d said White House National Security Council Spokesperson "
            "Ned Price in a statement. \u201cWe will continue to provide robust security, "
            "economic, and governance support as they build upon the progress achieved since "
            "2011.\u201d\n"
            "The people of the United States extend our deepest sympathies to the victims\u2019 "
            "families. Our government has offered assistance with the Tunisian "
            "authorities\u2019 investigation.\n"
            "\u201cSecretary Kerry was proud to stand with Tunisian leaders earlier this month in "
            "Tunis and reaffirm our countries\u2019 extensive economic, governance, and security "
            "cooperation,\u201d said State Department Deputy Spokesman Mark Toner. \u201cWe will "
            "continue to support the Tunisian people as they work to build a democratic and "
            "prosperous future for their country.\u201d\n"
            "\u201cTunisia is where the Arab Spring was born,\u201d said Secretary of State John "
            "Kerry."
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


# --- blind33-01: State Department readout, Kerry meets Vietnam's Minh (2014) ---
D = "blind33-01"
ev(D, "Secretary Kerry met with Vietnamese", "met with", "CONSULT", "", ["diplomatic"],
   ["USA", "VNM"],
   ["Secretary Kerry", "Vietnamese Deputy Prime Minister / Foreign Minister Minh"])
ev(D, "Secretary Kerry met with Vietnamese", "launched", "AGREE", "", ["diplomatic"],
   ["USA", "VNM"], ["President Obama", "President Sang"])
ev(D, "highlighted the conclusion", "conclusion", "AGREE", "", ["technology", "diplomatic"],
   ["USA", "VNM"], ["U.S.", "Vietnam"])
ev(D, "highlighted the conclusion", "expanding maritime security cooperation", "COOPERATE", "",
   ["military"], ["USA", "VNM"], ["U.S.", "Vietnam"])
ev(D, "has modified its policy", "has modified its policy", "CONCEDE", "", ["military"],
   ["USA"], ["the State Department"], ["VNM"], ["Vietnam"])
ev(D, "achieving further progress on human rights", "is necessary for a further deepening",
   "REQUEST", "change", ["human_rights"], ["USA"], ["The Secretary"])
ev(D, "The Secretary welcomed efforts", "welcomed", "SUPPORT", "", ["territory"], ["USA"],
   ["The Secretary"])
ev(D, "The Secretary agreed with DPM/FM Minh", "agreed with", "AGREE", "", ["territory"],
   ["USA", "VNM"], ["The Secretary", "DPM/FM Minh"])

# --- blind33-02: White House readout, Biden call with Poroshenko (2015) ---
D = "blind33-02"
ev(D, "Vice President Joe Biden spoke today", "spoke today with", "CONSULT", "phone",
   ["diplomatic"], ["USA", "UKR"],
   ["Vice President Joe Biden", "Ukrainian President Petro Poroshenko"])
ev(D, "ongoing U.S. security assistance", "security assistance", "AID", "", ["military"],
   ["USA"], ["U.S."], ["UKR"], ["Ukraine"])
ev(D, "welcomed the recent reform laws", "welcomed", "SUPPORT", "",
   ["legislative", "corruption"], ["USA"], ["The Vice President"], ["UKR"], ["the Rada"])
ev(D, "welcomed the recent reform laws", "noted the need", "REQUEST", "change",
   ["corruption"], ["USA"], ["The Vice President"], ["UKR"], ["Ukraine"])
ev(D, "welcomed President Poroshenko", "welcomed", "SUPPORT", "", ["military", "territory"],
   ["USA"], ["the Vice President"], ["UKR"], ["President Poroshenko"])
ev(D, "Both leaders agreed that Russia", "agreed", "AGREE", "", ["military"],
   ["USA", "UKR"], ["Both leaders", "Both leaders"])
ev(D, "Both leaders agreed that Russia", "failed to fully implement", "ACCUSE", "allege",
   ["military", "territory"], ["USA", "UKR"], ["Both leaders", "Both leaders"],
   ["RUS", "UKR"], ["Russia", "Russia-backed separatists"])

# --- blind33-03: White House readout, Biden calls with Iraqi leaders (2010) ---
D = "blind33-03"
ev(D, "Earlier today, the Vice President spoke", "spoke with", "CONSULT", "phone",
   ["executive"], ["USA", "IRQ"], ["the Vice President", "Iraqi Prime Minister Nouri al-Maliki"])
ev(D, "Earlier today, the Vice President spoke", "separately, with", "CONSULT", "phone",
   ["executive"], ["USA", "IRQ"], ["the Vice President", "Vice President Adil Abd al-Mahdi"])
ev(D, "Both conversations addressed", "negotiations", "CONSULT", "", ["executive"], ["IRQ"],
   ["Iraqi"])
ev(D, "The Vice President urged", "urged", "REQUEST", "change", ["executive"], ["USA"],
   ["The Vice President"], ["IRQ"], ["the two leaders"])

# --- blind33-04: White House readout, Biden call with Poroshenko on MH-17 (2015) ---
D = "blind33-04"
ev(D, "Vice President Joe Biden spoke today", "spoke today with", "CONSULT", "phone",
   ["diplomatic"], ["USA", "UKR"],
   ["Vice President Joe Biden", "Ukrainian President Petro Poroshenko"])
ev(D, "congratulated President Poroshenko", "congratulated", "SUPPORT", "", ["legislative"],
   ["USA"], ["The Vice President"], ["UKR"], ["President Poroshenko"])
ev(D, "congratulated President Poroshenko", "decision yesterday to support proposals",
   "CONCEDE", "", ["legislative", "territory"], ["UKR"], ["the Rada"])
ev(D, "The two leaders agreed on the importance", "agreed on", "AGREE", "", ["legal"],
   ["USA", "UKR"], ["The two leaders", "The two leaders"])
ev(D, "The two leaders agreed on the importance", "downing", "ASSAULT", "", ["military"],
   [], [], ["MYS"], ["Malaysia Airlines flight MH-17"])
ev(D, "The two leaders agreed on the importance", "pledged U.S. support", "AGREE", "",
   ["legal"], ["USA"], ["the Vice President"], ["UKR", "NLD", "MYS", "AUS", "BEL"],
   ["Ukraine", "the Netherlands", "Malaysia", "Australia", "Belgium"])
ev(D, "The two leaders agreed on the importance", "joint efforts", "COOPERATE", "", ["legal"],
   ["UKR", "NLD", "MYS", "AUS", "BEL"],
   ["Ukraine", "the Netherlands", "Malaysia", "Australia", "Belgium"])
ev(D, "noted the obligations of Russia", "noted the obligations", "REQUEST", "change",
   ["election"], ["USA", "UKR"], ["The two leaders", "The two leaders"], ["RUS", "UKR"],
   ["Russia", "Russia-backed separatists"])

# --- blind33-05: White House statement, Zimbabwe sanctions (2005) ---
D = "blind33-05"
ev(D, "In March 2003, the United States applied", "applied targeted economic sanctions",
   "SANCTION", "discontinue", ["economic", "pro_democracy"], ["USA"], ["the United States"],
   ["ZWE"], ["77 persons hindering democratic reform in Zimbabwe"])
ev(D, "On November 22, 2005", "signed an Executive Order", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], ["USA"], ["the President"], ["ZWE"],
   ["additional persons undermining democratic processes or institutions in Zimbabwe"])
ev(D, "designated and blocked the assets", "designated and blocked the assets", "SANCTION",
   "discontinue", ["economic"], ["USA"], ["The President"], ["ZWE"],
   ["128 persons and 33 entities"])
ev(D, "There is still time", "avoid a further expansion of the sanctions list", "THREATEN", "",
   ["economic", "pro_democracy"], [], [], ["ZWE"], ["the Government of Zimbabwe"])
ev(D, "has repeatedly called upon", "has repeatedly called upon", "REQUEST", "change",
   ["repression", "election"], ["USA"], ["The United States"], ["ZWE"],
   ["the Government of Zimbabwe"])

# --- blind33-06: State Department blog, attacks in France, Kuwait, Somalia, Tunisia (2015) ---
D = "blind33-06"
ev(D, "Terrorist attacks occured", "Terrorist attacks", "ASSAULT", "", ["terrorism"], [], [],
   ["FRA", "KWT", "SOM", "TUN"], ["France", "Kuwait", "Somalia", "Tunisia"])
ev(D, "condemns in the strongest possible terms", "condemns", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["The United States"])
ev(D, "condemns in the strongest possible terms", "were killed and injured", "ASSAULT", "",
   ["terrorism", "peacekeeping"], [], [], ["BDI"], ["Burundian peacekeepers"])
ev(D, "expressed deepest sympathy", "expressed deepest sympathy", "SUPPORT", "", ["terrorism"],
   ["USA"], ["Department Spokesperson John Kirby"])
ev(D, "grieves with the people", "stands with them in solidarity", "SUPPORT", "", ["terrorism"],
   ["USA"], ["The United States"], ["BDI", "FRA", "KWT", "SOM", "TUN"],
   ["Burundi", "France", "Kuwait", "Somalia", "Tunisia"])
ev(D, "We will continue to work with all", "will continue to work with", "AGREE", "",
   ["terrorism"], ["USA"], ["We"])
ev(D, "The White House also condemned", "condemned", "ACCUSE", "disapprove", ["terrorism"],
   ["USA"], ["The White House"])
ev(D, "The White House also condemned", "has discussed with", "CONSULT", "", ["terrorism"],
   ["USA", "FRA", "KWT", "TUN"], ["the President", "French", "Kuwaiti", "Tunisian"])
ev(D, "We stand with these nations", "stand with", "SUPPORT", "", ["terrorism"], ["USA"],
   ["We"], ["FRA", "KWT", "TUN"], ["these nations", "these nations", "these nations"])
ev(D, "We stand with these nations", "have been in contact with", "CONSULT", "",
   ["terrorism"], ["USA", "FRA", "KWT", "TUN"],
   ["we", "all three countries", "all three countries", "all three countries"])
ev(D, "Terrorism has no place", "will continue to work closely with", "AGREE", "",
   ["terrorism"], ["USA"], ["the United States"])

# --- blind33-07: DoD readout, Austin call with the Philippines' Galvez (2023) ---
D = "blind33-07"
ev(D, "Secretary of Defense Lloyd J. Austin III spoke", "spoke with", "CONSULT", "phone",
   ["military", "territory"], ["USA", "PHL"],
   ["Secretary of Defense Lloyd J. Austin III",
    "Philippine Officer in Charge of the Department of National Defense Carlito Galvez"])
ev(D, "Secretary of Defense Lloyd J. Austin III spoke", "directed a military-grade laser",
   "COERCE", "", ["military", "territory"], ["CHN"],
   ["People\u2019s Republic of China (PRC) Coast Guard"], ["PHL"],
   ["a Philippine Coast Guard vessel"])
ev(D, "Secretary Austin underscored", "commitment to supporting", "SUPPORT", "",
   ["military", "territory"], ["USA"], ["Secretary Austin"], ["PHL"], ["the Philippines"])
ev(D, "He reiterated that an armed attack", "an armed attack", "ASSAULT", "", ["military"],
   [], [], ["PHL"], ["Philippine armed forces"], hypothetical=True)
ev(D, "He reiterated that an armed attack", "would invoke U.S. mutual defense commitments",
   "AGREE", "", ["military"], ["USA"], ["He"], ["PHL"], ["Philippine armed forces"])
ev(D, "The two leaders discussed proposals", "decision to resume combined maritime activities",
   "AGREE", "", ["military", "territory"], ["USA", "PHL"],
   ["the United States", "the Philippines"])

# --- blind33-08: DoD readout, Mattis meets Vietnam's Lich (2017) ---
D = "blind33-08"
ev(D, "Secretary of Defense Jim Mattis met with", "met with", "CONSULT", "", ["military"],
   ["USA", "VNM"],
   ["Secretary of Defense Jim Mattis", "Vietnam Minister of National Defense Ngo Xuan Lich"])
ev(D, "exchanged views on regional security", "emphasized the need", "REQUEST", "",
   ["military"], ["USA", "VNM"], ["The two leaders", "The two leaders"], ["IGO"], ["ASEAN"])
ev(D, "They also reaffirmed their intention", "reaffirmed their intention", "AGREE", "",
   ["military"], ["USA", "VNM"], ["They", "They"])
ev(D, "They also reaffirmed their intention", "their August meeting", "CONSULT", "",
   ["military"], ["USA", "VNM"], ["They", "They"])
ev(D, "Secretary Mattis underscored", "commitment to work with", "AGREE", "", ["military"],
   ["USA"], ["Secretary Mattis"], ["VNM"], ["Vietnam"])

# --- blind33-09: USAID press release, Cyclone Idai assistance (2019) ---
D = "blind33-09"
ev(D, "announced nearly $33 million", "announced", "AGREE", "",
   ["disasters", "human_security"], ["USA"], ["the United States"], ["MOZ", "ZWE"],
   ["the people of Mozambique", "the people of Zimbabwe"])
ev(D, "this new funding to the World Food Programme", "funding", "AID", "",
   ["disasters", "human_security"], [], [], ["UNO", "MOZ"],
   ["the World Food Programme (WFP)", "Mozambique"])
ev(D, "U.S. Ambassador Brian Nichols announced", "announced", "AGREE", "",
   ["disasters", "human_security"], ["USA"], ["U.S. Ambassador Brian Nichols"], ["ZWE"],
   ["Zimbabwe"])
ev(D, "started to airlift relief supplies", "started to airlift relief supplies", "AID", "",
   ["disasters", "human_security"], ["USA"], ["The United States"], ["MOZ"], ["Mozambique"])
ev(D, "Disaster Assistance Response Team remains", "provide life-saving aid", "AID", "",
   ["disasters", "human_security"], ["USA"], ["USAID's Disaster Assistance Response Team"])

# --- blind33-10: VOA editorial, U.S. condemns terrorism in Tunisia (2015) ---
D = "blind33-10"
ev(D, "strongly condemns a terror attack", "strongly condemns", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["The United States"])
ev(D, "strongly condemns a terror attack", "terror attack", "ASSAULT", "", ["terrorism"], [],
   [], ["TUN"], ["Tunisia\u2019s presidential guard"])
ev(D, "has claimed responsibility", "suicide bombing", "ASSAULT", "explosives", ["terrorism"],
   ["IMG"], ["The Islamic State or Da'esh"])
ev(D, "has claimed responsibility", "the Sousse beach and Bardo Museum attacks", "ASSAULT", "",
   ["terrorism"], [], [], ["TUN"], ["Tunisia"])
ev(D, "We will continue to provide robust", "will continue to provide", "AGREE", "",
   ["military", "economic"], ["USA"], ["We"], ["TUN"], ["they"])
ev(D, "extend our deepest sympathies", "extend our deepest sympathies", "SUPPORT", "",
   ["terrorism"], ["USA"], ["The people of the United States"])
ev(D, "Our government has offered assistance", "has offered assistance", "AGREE", "",
   ["terrorism", "crime"], ["USA"], ["Our government"], ["TUN"], ["the Tunisian authorities"])
ev(D, "Our government has offered assistance", "investigation", "ACCUSE", "investigate",
   ["terrorism", "crime"], ["TUN"], ["the Tunisian authorities"])
ev(D, "Secretary Kerry was proud to stand", "stand with Tunisian leaders", "CONSULT", "visit",
   ["diplomatic"], ["USA"], ["Secretary Kerry"], ["TUN"], ["Tunisian leaders"])
ev(D, "Secretary Kerry was proud to stand", "reaffirm", "COOPERATE", "",
   ["economic", "military"], ["USA", "TUN"], ["our countries", "our countries"])
ev(D, "We will continue to support the Tunisian", "will continue to support", "AGREE", "",
   ["pro_democracy"], ["USA"], ["We"], ["TUN"], ["the Tunisian people"])

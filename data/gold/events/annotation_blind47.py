"""Texts and annotation of the blind events set ``blind47.jsonl`` (evgold35, 2026-12-07).

Eleven U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House archives and whitehouse.gov, the Department of State and two U.S. embassies, the
Department of Defense, USAID; all public domain). Page furniture is removed (named in each
document's ``note``); the wording is otherwise exactly as stored, except that runs of spaces
between sentences were made single and space-only lines dropped (named in the ``note``). Each
event is written as: document id, a sentence anchor (a substring of exactly one sentence), the
trigger (a substring found once in that sentence), type, mode, contexts, actor codes, actor
texts, recipient codes, recipient texts and the flags. ``build_blind47.py`` turns this into
``blind47.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind47-01",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2008/01/text/20080104.html",
        "agency": "The White House, Office of the First Lady",
        "title": "Statement by Mrs. Laura Bush (60th anniversary of Burma's independence)",
        "published": "2008-01-04",
        "date_approximate": False,
        "date_note": "date printed on the page (For Immediate Release, January 4, 2008)",
        "truncated": False,
        "note": "removed: the site navigation (President | Vice President | ... | Help), "
                "'Printer-Friendly Version' and 'Email this page to a friend' (twice), 'For "
                "Immediate Release / Office of the First Lady / January 4, 2008', the heading "
                "'Statement by Mrs. Laura Bush' (kept in title with a descriptive addition), "
                "'# # #' and the empty footer links",
        "text": (
            "Today, January 4, is the 60th anniversary of Burma's independence. Instead of "
            "celebrating their freedom, the Burmese people live in fear, poverty, and oppression "
            "under General Than Shwe and his military regime. These generals have plundered "
            "Burma's economy and rich natural resources, and a once-prosperous nation now has "
            "the lowest GDP per person among ASEAN countries. Hundreds of innocent people remain "
            "in jail - and more continue to be arrested - for exercising their rights to freedom "
            "of speech and peaceful assembly. An untold number of Buddhist monks have been "
            "banished from their monasteries. Reports suggest that the Burmese army is now "
            "massing in eastern Burma, preparing for a renewed military onslaught against "
            "Burma's ethnic minorities. Past offensives have resulted in killings and rapes of "
            "civilians, forced labor, crop burnings, and mass relocations.\n"
            "President Bush and I ask all nations to join in condemning the military junta for "
            "its shameful abuses of basic human rights. We urge the regime to fulfill its "
            "promises to the United Nations Security Council, and to take more than token steps "
            "toward meaningful dialogue with Burma's opposition. General Than Shwe must release "
            "Aung San Suu Kyi and other democratic leaders, so they can begin the process of "
            "national reconciliation. Meanwhile, the United States stands with Daw Aung San Suu "
            "Kyi and all those working to make sure that by the next January 4, the people of "
            "Burma will celebrate real independence."
        ),
    },
    {
        "id": "blind47-02",
        "url": "https://2012-2017.usaid.gov/ru/news-information/press-releases/oct-26-2015-statement-usaid-acting-administrator-lenhardt-earthquake-afghanistan",
        "agency": "U.S. Agency for International Development (USAID), Acting Administrator",
        "title": "Statement from USAID Acting Administrator Alfonso E. Lenhardt on the Earthquake "
                 "in Afghanistan",
        "published": "2015-10-26",
        "date_approximate": False,
        "date_note": "date printed on the page (For Immediate Release, Monday, October 26, 2015)",
        "truncated": False,
        "note": "removed: the headline (kept in title), 'For Immediate Release', the date line, "
                "'USAID Press Office' and its telephone/e-mail/Twitter line; a space-only line "
                "between the two paragraphs dropped",
        "text": (
            "Our thoughts are with the people affected by the magnitude 7.5 earthquake that "
            "struck Afghanistan and the region today. We are deeply saddened by reports of "
            "deaths and destruction in Afghanistan and Pakistan. The United States stands ready "
            "to help should governments request international assistance.\n"
            "USAID has disaster specialists in the affected countries and Washington, D.C. who "
            "are monitoring the situation and are in contact with government officials and "
            "humanitarian partners. USAID has a proud history of working to improve lives in "
            "Afghanistan and Pakistan, and we remain committed to supporting the region in the "
            "aftermath of this disaster."
        ),
    },
    {
        "id": "blind47-03",
        "url": "https://af.usembassy.gov/u-s-embassy-kabul-condemns-jalalabad-attack/",
        "agency": "U.S. Embassy in Afghanistan (Kabul)",
        "title": "U.S. Embassy Kabul Condemns Jalalabad Attack",
        "published": "2018-08-01",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; it condemns 'yesterday's vicious attack "
                     "in Jalalabad on the provincial Refugee Department', which press reports "
                     "found with the search tool date to July 31, 2018, so the statement is "
                     "dated the day after",
        "truncated": False,
        "note": "removed: the headline (kept in title); double spaces between sentences made "
                "single",
        "text": (
            "The United States strongly condemns yesterday\u2019s vicious attack in Jalalabad "
            "on the provincial Refugee Department, and the attacks that Jalalabad has "
            "experienced recently. We extend our deepest condolences to the families, friends, "
            "and colleagues of all the victims. We remember and salute those dedicated and "
            "brave individuals who are working for Afghanistan\u2019s most vulnerable citizens.\n"
            "We stand with the people and government of Afghanistan in their fight against "
            "terrorism and commend the Afghan National Defense and Security Forces for their "
            "continuous efforts to keep Afghanistan safe in the face of such attacks. The "
            "United States remains steadfast in our commitment to work with our Afghan partners "
            "to combat terrorism and to secure peace in the year ahead."
        ),
    },
    {
        "id": "blind47-04",
        "url": "https://www.defense.gov/News/News-Releases/News-Release-View/Article/1086760/readout-of-the-counter-isis-defense-ministerial",
        "agency": "U.S. Department of Defense",
        "title": "Readout of the Counter-ISIS Defense Ministerial",
        "published": "2017-02-16",
        "date_approximate": False,
        "date_note": "date given by the stored page's date line (2017-02-16); the meeting is the "
                     "counter-ISIS ministerial in Brussels",
        "truncated": False,
        "note": "removed: 'Department of Defense', the headline (kept in title), the attribution "
                "line 'Secretary of Defense Spokesperson Cmdr. Sarah Higgins provided the "
                "following readout:'; double spaces between sentences made single and "
                "space-only lines dropped",
        "text": (
            "Secretary of Defense Jim Mattis met with defense ministers from 27 nations "
            "participating in the C-ISIS campaign. NATO Secretary General Jens Stoltenberg "
            "welcomed ministers and listened to the discussion, which also included senior "
            "representatives from seven coalition nations whose ministers were unable to "
            "attend.\n"
            "The meeting focused on the counter-ISIS campaign in Iraq and Syria including an "
            "update on the current military plan through 2017. Secretary Mattis welcomed "
            "feedback from his counterparts on the campaign plan. The secretary thanked his "
            "counterparts for their countries' contributions to the campaign and enjoined them "
            "to continue working together to improve the efficiency and efficacy of the "
            "campaign, thereby speeding the demise of ISIS.\n"
            "Ministers agreed to meet again in the Fall of 2017 to discuss the state of the "
            "campaign and consider additional adjustments based on the changing environment and "
            "other lessons learned."
        ),
    },
    {
        "id": "blind47-05",
        "url": "https://whitehouse.gov/briefing-room/statements-releases/2023/05/08/readout-of-national-security-advisor-jake-sullivans-meeting-with-swedish-national-security-advisor-henrik-landerholm-2",
        "agency": "The White House (National Security Council)",
        "title": "Readout of National Security Advisor Jake Sullivan\u2019s Meeting with Swedish "
                 "National Security Advisor Henrik Landerholm",
        "published": "2023-05-08",
        "date_approximate": False,
        "date_note": "date in the page address (statements-releases/2023/05/08)",
        "truncated": False,
        "note": "removed: the headline (kept in title), the closing '###'",
        "text": (
            "National Security Advisor Jake Sullivan met today with National Security Advisor "
            "Henrik Landerholm of Sweden in London, United Kingdom. Mr. Sullivan reiterated the "
            "United States\u2019 strong support for Sweden joining NATO as soon as possible. Mr. "
            "Sullivan and Mr. Landerholm reviewed the security situation in Europe, including "
            "their commitment to continue supporting Ukraine in the face of Russia\u2019s ongoing "
            "aggression. They also discussed ways to further cooperation on shared global "
            "challenges."
        ),
    },
    {
        "id": "blind47-06",
        "url": "https://obamawhitehouse.archives.gov/realitycheck/the-press-office/readout-phone-call-between-presidents-obama-and-calderon",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Readout of phone call between Presidents Obama and Calderon",
        "published": "2009-05-02",
        "date_approximate": False,
        "date_note": "date printed on the page (For Immediate Release May 2, 2009)",
        "truncated": False,
        "note": "removed: 'THE WHITE HOUSE', 'Office of the Press Secretary', the underscore "
                "rule, 'For Immediate Release May 2, 2009', the headline (kept in title), '###', "
                "'White House Shareables'; a double space after the sentence dropped",
        "text": (
            "Presidents Obama and Calderon spoke for 20 minutes this afternoon to share "
            "information about each country's efforts to limit the spread of the 2009 H1N1 flu "
            "strain and the importance of close U.S.-Mexican cooperation."
        ),
    },
    {
        "id": "blind47-07",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2003/03/text/20030307-2.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the Press Secretary: U.S. Targeted Sanctions on Zimbabwean "
                 "Government Officials",
        "published": "2003-03-07",
        "date_approximate": False,
        "date_note": "date printed on the page (For Immediate Release, March 7, 2003)",
        "truncated": False,
        "note": "removed: the site navigation (President | Vice President | ... | Help), "
                "'Printer-Friendly Version' and 'Email this page to a friend' (twice), 'For "
                "Immediate Release / Office of the Press Secretary / March 7, 2003', the two "
                "heading lines (kept in title), '# # #', 'More Issues', 'RSS'; the first "
                "sentence is broken in the store by a blank line after 'Economic Powers' (the "
                "page set its opening words as a heading): the break is replaced by one space",
        "text": (
            "Under the Authority of the International Emergency Economic Powers Act and the "
            "National Emergencies Act, the President has issued an Executive Order targeting "
            "the assets of Robert Mugabe and 76 Zimbabwean Government officials who have "
            "formulated, implemented, or supported policies that have undermined Zimbabwe's "
            "democratic institutions.\n"
            "The order blocks all property and economic assets of the targeted individuals. It "
            "also prohibits United States citizens or residents from engaging in any "
            "transaction or dealing with the targeted individuals.\n"
            "The Executive Order complements action taken by the European Union to freeze the "
            "assets of these same individuals, and makes clear our agreement that the situation "
            "in Zimbabwe endangers the southern African region and threatens to undermine "
            "efforts to foster good governance and respect for the rule of law throughout the "
            "continent.\n"
            "This action is aimed not at the people of Zimbabwe but rather at those most "
            "responsible for their current plight. The United States is acutely aware of the "
            "hardships and frustrations which the Zimbabwean people are enduring. The United "
            "States is working diligently with its international partners to try to ensure "
            "that adequate food supplies are made available to those in need. In the weeks and "
            "months ahead, our Government will continue to seek measures to support the "
            "aspirations of Zimbabwe's people for a peaceful and democratic future."
        ),
    },
    {
        "id": "blind47-08",
        "url": "https://ht.usembassy.gov/u-s-embassy-statement-112218/",
        "agency": "U.S. Embassy in Haiti",
        "title": "U.S. Embassy Statement (Haiti, after the November 18, 2018 protests)",
        "published": "2018-11-22",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the page address ends in '112218' "
                     "(11/22/18) and the text refers to 'November 18, and in the days before "
                     "and after' and to legislative elections 'next year' (2019)",
        "truncated": False,
        "note": "removed: the headline 'U.S. Embassy Statement' (kept in title with a "
                "descriptive addition); double spaces between sentences made single",
        "text": (
            "The United States, a longtime partner and friend of Haiti, shares Haiti\u2019s "
            "desire for a better future for its people. The United States supports the human "
            "rights of people everywhere to freely express themselves and peacefully protest, "
            "and supports the Haitian government as it safeguards both those rights, and the "
            "security of public and private property. We encourage meaningful dialogue to "
            "address points of disagreement and find lasting solutions without violence. We "
            "urge all parties and leaders to work together to move the political dialogue "
            "forward in ways that advance the interests and aspirations of the Haitian "
            "people.\n"
            "We would like to commend the professionalism demonstrated by the Haiti National "
            "Police in maintaining security and preserving public order on November 18, and in "
            "the days before and after. We offer our condolences to the families and friends of "
            "the victims who have lost their lives.\n"
            "The United States recognizes the democratic legitimacy of the government of Haiti, "
            "its institutions, and elected officials. We urge the Haitian government to "
            "continue its efforts towards strengthening the rule of law, good governance, and "
            "anti-corruption efforts to ensure political and economic stability.\n"
            "The United States will continue to work with Haiti toward a safer, more secure, "
            "and prosperous country for all Haitians. We note that Haiti will be preparing for "
            "legislative elections next year. We hope all Haitians agree that those can only "
            "take place in a climate of peace, tranquility, transparency and in accordance with "
            "Haitian law."
        ),
    },
    {
        "id": "blind47-09",
        "url": "https://www.usaid.gov/news-information/press-releases/feb-19-2023-united-states-provide-100-million-additional-assistance-people-turkiye-and-syria-humanitarian-crisis-deepens",
        "agency": "U.S. Agency for International Development (USAID), Office of Press Relations",
        "title": "The United States to Provide $100 Million in Additional Assistance to the "
                 "People of T\u00fcrkiye and Syria as Humanitarian Crisis Deepens",
        "published": "2023-02-19",
        "date_approximate": False,
        "date_note": "date in the page address (feb-19-2023); the title is reconstructed from "
                     "the address, the stored text has no headline",
        "truncated": True,
        "note": "removed: 'For Immediate Release', 'Office of Press Relations', 'Press "
                "Release'; trailing spaces at paragraph ends dropped; the stored copy is cut "
                "inside the next paragraph ('This funding will continue to support USAID "
                "partner organizat'): that fragment is dropped and the text ends with the last "
                "complete sentence",
        "text": (
            "Today, U.S. Secretary of State Antony J. Blinken announced that the United States, "
            "through the U.S. Agency for International Development (USAID) and the U.S. "
            "Department of State, is providing an additional $100 million in urgent "
            "humanitarian assistance in response to the devastating earthquakes in T\u00fcrkiye "
            "and Syria. This new funding builds on the $85 million in U.S. assistance announced "
            "for T\u00fcrkiye and Syria following the devastating earthquakes, bringing total "
            "U.S. humanitarian assistance to support the earthquake response to $185 million. "
            "USAID is prioritizing the rapid delivery of relief supplies as the Agency leads "
            "the U.S. government response efforts in support of T\u00fcrkiye\u2019s emergency "
            "relief efforts and humanitarian organizations in Syria.\n"
            "President Biden intends to authorize $50 million in Emergency Refugee and "
            "Migration Assistance Funds (ERMA) in response to the unprecedented and devastating "
            "earthquake in T\u00fcrkiye and Syria, as part of the newly announced $100 million in "
            "earthquake relief.\n"
            "The funding announced today will expand existing aid delivery, allowing U.S. "
            "humanitarian partners to reach millions in T\u00fcrkiye and Syria as people cope "
            "with an unimaginable level of loss and destruction in their communities.\n"
            "USAID is providing emergency food and shelter for newly displaced people, as at "
            "least 150,000 are now left without homes, and millions of people are sheltering "
            "at temporary sites across impacted areas. As temperatures drop below freezing and "
            "hypothermia is a concern, USAID is providing winter supplies to help families "
            "withstand the brutal cold. Additionally, this new funding will allow partners to "
            "mobilize critical health care services in areas where hospitals are damaged or "
            "destroyed, as well as safe drinking water to prevent infectious disease, and "
            "hygiene and sanitation assistance to keep people safe and healthy."
        ),
    },
    {
        "id": "blind47-10",
        "url": "https://www.defense.gov/News/News-Releases/News-Release-View/Article/1201998/readout-of-secretary-mattis-meeting-with-association-of-southeast-asian-nations/",
        "agency": "U.S. Department of Defense",
        "title": "Readout of Secretary Mattis' Meeting with Association of Southeast Asian "
                 "Nations",
        "published": "2017-06-04",
        "date_approximate": False,
        "date_note": "release NR-207-17 dated June 4, 2017 on the page (the store's own date "
                     "line, 2015-04-10, is wrong: Mattis took office in 2017)",
        "truncated": False,
        "note": "removed: 'Department of Defense', 'Search', 'QUICK LINKS', 'Legal & "
                "Administrative', the breadcrumb 'HomeNewsNews ReleasesNews Release View', "
                "'IMMEDIATE RELEASE', the headline (kept in title), 'Press Operations', "
                "'Release No: NR-207-17', 'June 4, 2017 PRINT | E-MAIL', the attribution line "
                "'Secretary of Defense Spokesperson Cmdr. Gary Ross provided the following "
                "readout:', the closing menu (News News Archive ... Subscribe); double spaces "
                "made single and space-only lines dropped",
        "text": (
            "Secretary of Defense Jim Mattis met today with ministers and heads of delegation "
            "from the Association of Southeast Asian Nations (ASEAN) on the sidelines of the "
            "Shangri-La Dialogue in Singapore to discuss security challenges and opportunities "
            "for increased cooperation.\n"
            "They had a robust exchange of views on regional security issues, focusing on "
            "counterterrorism and maritime security cooperation and the threat posed by North "
            "Korea. Participants expressed appreciation for U.S.-ASEAN cooperation noting the "
            "40th anniversary of U.S.-ASEAN relations. They highlighted the importance of ASEAN "
            "unity, welcomed continued progress in fostering practical defense cooperation "
            "within the ASEAN Defense Ministers\u2019 Meeting Plus (ADMM Plus) framework, and "
            "looked forward to the conduct of the fifth ADMM-Plus in October of this year."
        ),
    },
    {
        "id": "blind47-11",
        "url": "https://www.state.gov/mutiny-in-mali/",
        "agency": "U.S. Department of State (Secretary of State press statement)",
        "title": "Mutiny in Mali",
        "published": "2020-08-19",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; press reports found with the search "
                     "tool quote the same statement by Secretary Pompeo on August 19, 2020, the "
                     "day after the August 18 mutiny",
        "truncated": False,
        "note": "removed: the .gov banner ('An official website ...', 'Official websites use "
                ".gov', the lock notice), 'U.S. Department of State', 'The Lessons of 1989: "
                "Freedom and Our Future' (a link to another page); title taken from the address",
        "text": (
            "The United States strongly condemns the August 18 mutiny in Mali as we would "
            "condemn any forcible seizure of power. We join the Economic Community of West "
            "African States and African Union, as well as other international partners, in "
            "denouncing these actions. The freedom and safety of detained government officials "
            "and their families must be ensured. The United States calls on all political and "
            "military actors to work towards a restoration of constitutional government. We "
            "urge all stakeholders in Mali to engage in peaceful dialogue, to respect "
            "Malians\u2019 rights to freedom of expression and peaceful assembly, and to reject "
            "violence."
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


# --- blind47-01: Laura Bush on Burma's independence day (2008) ---
D = "blind47-01"
ev(D, "the Burmese people live in fear", "oppression", "COERCE", "",
   ["repression", "pro_autocracy"], ["MMR"], ["General Than Shwe"], ["MMR"],
   ["the Burmese people"])
ev(D, "These generals have plundered", "plundered", "COERCE", "seize",
   ["corruption", "natural_resource", "economic"], ["MMR"], ["These generals"], ["MMR"],
   ["Burma's economy"])
ev(D, "Hundreds of innocent people remain in jail", "continue to be arrested", "COERCE",
   "arrest", ["repression", "rights_freedoms"], [], [], ["MMR"], ["more"])
ev(D, "Buddhist monks have been banished", "banished", "SANCTION", "expel",
   ["repression", "religion_ethnicity"], [], [], ["MMR"], ["Buddhist monks"])
S = "the Burmese army is now massing"
ev(D, S, "massing", "MOBILIZE", "troops", ["military"], ["MMR"], ["the Burmese army"])
ev(D, S, "renewed military onslaught", "ASSAULT", "", ["military", "religion_ethnicity"],
   ["MMR"], ["the Burmese army"], ["MMR"], ["Burma's ethnic minorities"], future=True)
S = "Past offensives have resulted in killings"
ev(D, S, "killings", "ASSAULT", "", ["military", "human_rights"], [], [], ["MMR"],
   ["civilians"])
ev(D, S, "rapes", "ASSAULT", "sexual", ["military", "human_rights", "gender"], [], [],
   ["MMR"], ["civilians"])
ev(D, "ask all nations to join in condemning", "ask", "REQUEST", "", ["human_rights"],
   ["USA", "USA"], ["President Bush", "I"])
ev(D, "We urge the regime to fulfill its promises", "urge", "REQUEST", "meet",
   ["pro_democracy", "political_institutions"], ["USA"], ["We"], ["MMR"], ["the regime"])
ev(D, "General Than Shwe must release", "must release", "REQUEST", "yield",
   ["pro_democracy", "repression"], [], [], ["MMR"], ["General Than Shwe"])
ev(D, "the United States stands with Daw Aung San Suu", "stands with", "SUPPORT", "",
   ["pro_democracy"], ["USA"], ["the United States"], ["MMR"], ["Daw Aung San Suu Kyi"])

# --- blind47-02: USAID on the Afghanistan earthquake (2015) ---
D = "blind47-02"
ev(D, "Our thoughts are with the people affected", "Our thoughts are with", "SUPPORT", "",
   ["disasters"], ["USA"], ["Our"], ["AFG"], ["the people affected"])
ev(D, "We are deeply saddened", "deeply saddened", "SUPPORT", "", ["disasters"], ["USA"],
   ["We"], ["AFG", "PAK"], ["Afghanistan", "Pakistan"])
ev(D, "stands ready to help", "stands ready to help", "AGREE", "",
   ["disasters", "human_security"], ["USA"], ["The United States"])
ev(D, "USAID has disaster specialists in the affected countries", "has disaster specialists",
   "AID", "", ["disasters", "human_security"], ["USA"], ["USAID"], ["AFG", "PAK"],
   ["the affected countries", "the affected countries"])
ev(D, "are in contact with government officials", "in contact with", "CONSULT", "",
   ["disasters", "human_security"], ["USA", "NGO"], ["USAID", "humanitarian partners"])
ev(D, "we remain committed to supporting the region", "remain committed to supporting",
   "AGREE", "", ["disasters", "human_security"], ["USA"], ["we"])

# --- blind47-03: U.S. Embassy Kabul on the Jalalabad attack (2018) ---
D = "blind47-03"
S = "strongly condemns yesterday"
ev(D, S, "strongly condemns", "ACCUSE", "disapprove", ["terrorism"], ["USA"],
   ["The United States"])
ev(D, S, "vicious attack", "ASSAULT", "", ["terrorism"], [], [], ["AFG"],
   ["the provincial Refugee Department"])
ev(D, S, "attacks", "ASSAULT", "", ["terrorism"], [], [], ["AFG"], ["Jalalabad"])
ev(D, "We extend our deepest condolences", "extend our deepest condolences", "SUPPORT", "",
   ["terrorism"], ["USA"], ["We"], ["AFG"],
   ["the families, friends, and colleagues of all the victims"])
ev(D, "We remember and salute", "remember and salute", "SUPPORT", "",
   ["terrorism", "migration"], ["USA"], ["We"], ["AFG"],
   ["those dedicated and brave individuals"])
S = "We stand with the people and government of Afghanistan"
ev(D, S, "stand with", "SUPPORT", "", ["terrorism"], ["USA"], ["We"], ["AFG"],
   ["the people and government of Afghanistan"])
ev(D, S, "fight against terrorism", "ASSAULT", "", ["terrorism", "military"], ["AFG"],
   ["the people and government of Afghanistan"])
ev(D, S, "commend", "SUPPORT", "", ["terrorism", "military"], ["USA"], ["We"], ["AFG"],
   ["the Afghan National Defense and Security Forces"])
ev(D, "remains steadfast in our commitment", "commitment to work with", "AGREE", "",
   ["terrorism", "military"], ["USA"], ["The United States"], ["AFG"],
   ["our Afghan partners"])

# --- blind47-04: Defense readout, counter-ISIS defense ministerial (2017) ---
D = "blind47-04"
ev(D, "Secretary of Defense Jim Mattis met with defense ministers", "met with", "CONSULT",
   "multilateral", ["military", "terrorism"], ["USA"], ["Secretary of Defense Jim Mattis"])
ev(D, "Stoltenberg welcomed ministers", "welcomed ministers", "CONSULT", "visit",
   ["military"], [], [], ["IGO"], ["NATO Secretary General Jens Stoltenberg"])
ev(D, "The meeting focused on the counter-ISIS campaign", "counter-ISIS campaign", "ASSAULT",
   "", ["military", "terrorism"], [], [], ["IMG"], ["ISIS"])
S = "The secretary thanked his counterparts"
ev(D, S, "thanked", "SUPPORT", "", ["military", "terrorism"], ["USA"], ["The secretary"])
ev(D, S, "enjoined", "REQUEST", "", ["military", "terrorism"], ["USA"], ["The secretary"])

# --- blind47-05: White House readout, Sullivan and Landerholm (2023) ---
D = "blind47-05"
ev(D, "Jake Sullivan met today with", "met today with", "CONSULT", "", ["military"],
   ["USA", "SWE"], ["National Security Advisor Jake Sullivan",
                    "National Security Advisor Henrik Landerholm of Sweden"])
ev(D, "strong support for Sweden joining NATO", "strong support", "SUPPORT", "",
   ["military"], ["USA"], ["Mr. Sullivan"], ["SWE"], ["Sweden"])
S = "reviewed the security situation in Europe"
ev(D, S, "commitment to continue supporting", "AGREE", "", ["military"], ["USA", "SWE"],
   ["Mr. Sullivan", "Mr. Landerholm"], ["UKR"], ["Ukraine"])
ev(D, S, "ongoing aggression", "ASSAULT", "", ["military", "territory"], ["RUS"],
   ["Russia\u2019s"], ["UKR"], ["Ukraine"])

# --- blind47-06: White House readout, Obama–Calderon call (2009) ---
D = "blind47-06"
S = "Presidents Obama and Calderon spoke"
ev(D, S, "spoke", "CONSULT", "phone", ["health"], ["USA", "MEX"], ["Obama", "Calderon"])
ev(D, S, "cooperation", "COOPERATE", "", ["health"], ["USA", "MEX"], ["U.S.", "Mexican"])

# --- blind47-07: White House on targeted sanctions against Zimbabwean officials (2003) ---
D = "blind47-07"
S = "the President has issued an Executive Order"
ev(D, S, "targeting the assets", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], ["USA"], ["the President"], ["ZWE", "ZWE"],
   ["Robert Mugabe", "76 Zimbabwean Government officials"])
ev(D, S, "undermined", "COERCE", "", ["pro_democracy", "political_institutions"], ["ZWE"],
   ["76 Zimbabwean Government officials"], ["ZWE"],
   ["Zimbabwe's democratic institutions"])
ev(D, "It also prohibits United States citizens", "prohibits", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], ["USA"], ["It"], ["ZWE"], ["the targeted individuals"])
ev(D, "action taken by the European Union", "freeze the assets", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], ["EUR"], ["the European Union"], ["ZWE"],
   ["these same individuals"])
ev(D, "is working diligently with its international partners", "working diligently with",
   "COOPERATE", "", ["human_security"], ["USA"], ["The United States"])
ev(D, "our Government will continue to seek measures", "will continue to seek measures to "
   "support", "AGREE", "", ["pro_democracy"], ["USA"], ["our Government"], ["ZWE"],
   ["Zimbabwe's people"])

# --- blind47-08: U.S. Embassy in Haiti after the November 2018 protests ---
D = "blind47-08"
ev(D, "shares Haiti\u2019s desire", "shares", "SUPPORT", "", ["political_institutions"],
   ["USA"], ["The United States"], ["HTI"], ["Haiti\u2019s"])
S = "supports the human rights of people everywhere"
ev(D, S, "supports the human rights", "SUPPORT", "", ["rights_freedoms"], ["USA"],
   ["The United States"])
ev(D, S, "supports the Haitian government", "SUPPORT", "",
   ["rights_freedoms", "political_institutions"], ["USA"], ["The United States"], ["HTI"],
   ["the Haitian government"])
ev(D, "We encourage meaningful dialogue", "encourage", "REQUEST", "meet",
   ["political_institutions"], ["USA"], ["We"])
ev(D, "urge all parties and leaders", "urge", "REQUEST", "meet", ["political_institutions"],
   ["USA"], ["We"], ["HTI"], ["all parties and leaders"])
ev(D, "commend the professionalism", "commend", "SUPPORT", "", ["rights_freedoms"], ["USA"],
   ["We"], ["HTI"], ["the Haiti National Police"])
ev(D, "We offer our condolences", "offer our condolences", "SUPPORT", "", [], ["USA"],
   ["We"], ["HTI"], ["the families and friends of the victims"])
ev(D, "recognizes the democratic legitimacy", "recognizes the democratic legitimacy",
   "SUPPORT", "", ["political_institutions", "pro_democracy"], ["USA"],
   ["The United States"], ["HTI"], ["the government of Haiti"])
ev(D, "We urge the Haitian government to continue", "urge", "REQUEST", "change",
   ["corruption", "political_institutions"], ["USA"], ["We"], ["HTI"],
   ["the Haitian government"])
ev(D, "will continue to work with Haiti", "will continue to work with", "AGREE", "",
   ["political_institutions"], ["USA"], ["The United States"], ["HTI"], ["Haiti"])
ev(D, "We hope all Haitians agree", "hope", "REQUEST", "", ["election"], ["USA"], ["We"],
   ["HTI"], ["all Haitians"])

# --- blind47-09: USAID on additional aid for Türkiye and Syria (2023; truncated) ---
D = "blind47-09"
ev(D, "is providing an additional $100 million", "is providing", "AID", "",
   ["disasters", "human_security"], ["USA"], ["the United States"], ["TUR", "SYR"],
   ["T\u00fcrkiye", "Syria"])
ev(D, "This new funding builds on the $85 million", "U.S. assistance announced", "AID", "",
   ["disasters", "human_security"], ["USA"], ["U.S."], ["TUR", "SYR"],
   ["T\u00fcrkiye", "Syria"])
ev(D, "USAID is prioritizing the rapid delivery", "rapid delivery of relief supplies", "AID",
   "", ["disasters", "human_security"], ["USA"], ["USAID"], ["TUR", "NGO"],
   ["T\u00fcrkiye\u2019s", "humanitarian organizations in Syria"])
ev(D, "President Biden intends to authorize", "intends to authorize", "AGREE", "",
   ["disasters", "migration"], ["USA"], ["President Biden"], ["TUR", "SYR"],
   ["T\u00fcrkiye", "Syria"])
ev(D, "USAID is providing emergency food and shelter", "is providing emergency food and "
   "shelter", "AID", "", ["disasters", "human_security"], ["USA"], ["USAID"])
ev(D, "USAID is providing winter supplies", "is providing winter supplies", "AID", "",
   ["disasters", "human_security"], ["USA"], ["USAID"])

# --- blind47-10: Defense readout, Mattis and ASEAN ministers (2017) ---
D = "blind47-10"
ev(D, "Secretary of Defense Jim Mattis met today with ministers", "met today with",
   "CONSULT", "multilateral", ["military"], ["USA", "IGO"],
   ["Secretary of Defense Jim Mattis", "the Association of Southeast Asian Nations"])
S = "Participants expressed appreciation"
ev(D, S, "expressed appreciation", "SUPPORT", "", ["military"], ["USA", "IGO"],
   ["Participants", "Participants"])
ev(D, S, "U.S.-ASEAN cooperation", "COOPERATE", "", ["military"], ["USA", "IGO"],
   ["U.S.", "ASEAN"])
S = "They highlighted the importance of ASEAN unity"
ev(D, S, "welcomed continued progress", "SUPPORT", "", ["military"], ["USA", "IGO"],
   ["They", "They"])
ev(D, S, "fostering practical defense cooperation", "COOPERATE", "", ["military"], ["IGO"],
   ["ASEAN Defense Ministers\u2019 Meeting Plus (ADMM Plus)"])
ev(D, S, "looked forward to the conduct of the fifth ADMM-Plus", "AGREE", "", ["military"],
   ["USA", "IGO"], ["They", "They"], future=True)

# --- blind47-11: State Department on the mutiny in Mali (2020) ---
D = "blind47-11"
S = "strongly condemns the August 18 mutiny"
ev(D, S, "strongly condemns", "ACCUSE", "disapprove", ["military", "pro_democracy"],
   ["USA"], ["The United States"], ["MLI"], ["Mali"])
ev(D, S, "mutiny", "COERCE", "", ["military", "political_institutions"], ["MLI"], ["Mali"])
ev(D, "in denouncing these actions", "denouncing", "ACCUSE", "disapprove",
   ["military", "pro_democracy"], ["USA", "IGO", "IGO"],
   ["We", "the Economic Community of West African States", "African Union"])
ev(D, "detained government officials", "detained", "COERCE", "arrest",
   ["military", "political_institutions"], [], [], ["MLI"], ["government officials"])
ev(D, "calls on all political and military actors", "calls on", "REQUEST", "change",
   ["political_institutions", "pro_democracy"], ["USA"], ["The United States"], ["MLI"],
   ["all political and military actors"])
ev(D, "We urge all stakeholders in Mali", "urge", "REQUEST", "meet",
   ["political_institutions", "rights_freedoms"], ["USA"], ["We"], ["MLI"],
   ["all stakeholders in Mali"])

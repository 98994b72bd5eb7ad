"""Texts and annotation of the blind events set ``blind51.jsonl`` (evgold39, 2026-12-07).

Eleven U.S. government texts about foreign parties, taken from the search tool's stored pages
(the White House and its archives, the Department of State and its ShareAmerica site, the U.S.
Embassy in Yemen, the Department of Defense; all public domain). Page furniture is removed
(named in each document's ``note``); the wording is otherwise exactly as stored, except that
runs of spaces between sentences were made single, blank lines between paragraphs dropped
(one paragraph per line) and, where the store cut a page, the cut fragment dropped (all named
in the ``note``). Each event is written as: document id, a sentence anchor (a substring of
exactly one sentence), the trigger (a substring found once in that sentence), type, mode,
contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind51.py`` turns this into ``blind51.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind51-01",
        "url": "https://www.state.gov/the-united-states-takes-action-to-restrict-visas-of-"
               "election-officials-and-party-members-complicit-in-ortega-murillo-governments-"
               "assault-on-democracy/",
        "agency": "U.S. Department of State",
        "title": "The United States Takes Action to Restrict Visas of Election Officials and "
                 "Party Members Complicit in Ortega-Murillo Government's Assault on Democracy",
        "published": "2021-08-20",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; it cites the August 6 disqualification "
                     "and the Secretary's words of August 7, and a press report found with the "
                     "search tool (Confidencial, 24 August 2021) dates the announcement of visa "
                     "restrictions on 19 electoral and party officials to August 20, 2021",
        "truncated": True,
        "note": "removed: the .gov banner ('An official website of the United States "
                "Government Here's how you know' ... 'secure .gov websites'); the headline is "
                "the page address's wording (kept in title); runs of two spaces between "
                "sentences made single; the store cuts the page inside the last sentence of "
                "the second paragraph ('With today's action, we underscore our commitment to "
                "promoting accountability for all those complicit i'), which is dropped",
        "text": (
            "The Department of State has taken steps to impose visa restrictions on 19 "
            "Nicaraguan election officials and political party officials who have enabled the "
            "Ortega-Murillo government\u2019s attack on democracy. For the past three months, "
            "President Daniel Ortega and his wife, Vice President Rosario Murillo, have "
            "intimidated anyone opposed to their efforts to entrench their power in Nicaragua, "
            "including through the arrest of dozens of political candidates, journalists, "
            "student and business leaders, NGO workers, and human rights advocates, and through "
            "the disqualification of any candidate seeking to run against them in the November "
            "7 elections. This anti-democratic campaign included the August 6 disqualification "
            "by the Supreme Electoral Council of the last remaining genuine opposition party, "
            "based upon a request made by the Constitutionalist Liberal Party (PLC). As the "
            "Secretary said August 7, due to the government\u2019s undemocratic and "
            "authoritarian actions, Nicaragua\u2019s electoral process and its eventual results "
            "have lost all credibility.\n"
            "Today\u2019s action follows the Secretary\u2019s announcements on July 12 and "
            "August 5 that imposed visa restrictions on 150 Nicaraguan judges, prosecutors, and "
            "family members of those officials under a visa restriction policy that applies to "
            "Nicaraguans and their immediate family members believed to be responsible for, or "
            "complicit in, undermining democracy, including those with responsibility for, or "
            "complicity in, human rights abuses such as suppression of peaceful protests."
        ),
    },
    {
        "id": "blind51-02",
        "url": "https://ye.usembassy.gov/statement-by-secretary-michael-r-pompeo-iran-backed-"
               "houthi-attacks-against-sadui-arabia/",
        "agency": "U.S. Embassy in Yemen (statement by the Secretary of State)",
        "title": "Statement by Secretary Michael R. Pompeo: Iran-backed Houthi Attacks Against "
                 "Saudi Arabia",
        "published": "2020-10-29",
        "date_approximate": False,
        "date_note": "date printed on the page (Office of the Spokesperson, For Immediate "
                     "Release, October 29, 2020)",
        "truncated": False,
        "note": "removed: the headline (kept in title), 'Office of the Spokesperson', 'For "
                "Immediate Release', the date line; runs of two spaces between sentences made "
                "single",
        "text": (
            "We condemn yesterday\u2019s attacks by the Iranian-backed Houthis against Saudi "
            "Arabia. These attacks were launched indiscriminately towards Riyadh, and risked the "
            "lives of innocent civilians, including Americans. For years, Saudi Arabia has "
            "endured these types of reckless attacks and for the past week, these attacks have "
            "occurred almost daily. This irresponsible escalation coincides with the "
            "Houthis\u2019 declared desire to strengthen their ties with Iran. Just this month, "
            "the Iranian regime smuggled Hassan Irloo, a member of the terrorist Islamic "
            "Revolutionary Guard Corps (IRGC), into Sana\u2019a, Yemen\u2019s Houthi-occupied "
            "capital. Irloo now calls himself \u201cambassador.\u201d These acts demonstrate "
            "that the Houthis are not serious about seeking a political solution in order to "
            "bring peace to Yemen. The United States calls on Iran to stop smuggling weapons to "
            "the Houthis in violation of UN Security Council resolutions and to stop enabling "
            "the Houthis\u2019 aggressive acts against Yemen and towards its neighbors, "
            "including Saudi Arabia."
        ),
    },
    {
        "id": "blind51-03",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2007/04/"
               "20070418-7.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Fact Sheet: Stop the Genocide in Darfur",
        "published": "2007-04-18",
        "date_approximate": False,
        "date_note": "date printed on the page (For Immediate Release, April 18, 2007)",
        "truncated": True,
        "note": "removed: 'For Immediate Release / Office of the Press Secretary / April 18, "
                "2007', the headline (kept in title), the sub-headings 'President Bush Visits "
                "the United States Holocaust Memorial Museum', 'In Focus: Africa' and "
                "'President Bush Announces Steps Encouraging All Parties To Live Up To Their "
                "Agreements'; the store cuts the page inside the last bullet ('- The President "
                "urges the United Nations Security Council, the African Union, and all members "
                "of the internatio'), which is dropped. The bullets' '- ' marks and the "
                "fact sheet's title case are kept as stored",
        "text": (
            "Today, President Bush Visited The United States Holocaust Memorial Museum To "
            "Discuss The Genocide That Is Happening In The Darfur Region Of Sudan And How We "
            "Are Working To Stop It. The brutal treatment of innocent civilians in Darfur is "
            "unacceptable to the President and to the United Nations, and it must stop. Ending "
            "the violence requires better security for the people of Darfur, and progress "
            "toward political reconciliation.\n"
            "- The President Announced Steps The Administration Is Prepared To Take If Sudanese "
            "President Bashir Does Not Meet His Commitments In A Short Period Of Time. President "
            "Bashir must follow through on the deployment of the UN support forces he agreed "
            "to, allow the deployment of the full, joint UN-African Union peacekeeping force, "
            "and take every necessary step to facilitate its deployment. He must end support "
            "for the Janjaweed, reach out to rebel leaders, and allow humanitarian aid to reach "
            "the people of Darfur. He must stop his pattern of destruction once and for all. If "
            "he does not do so, the Administration is prepared to take the following steps:\n"
            "- The Treasury Department will tighten U.S. economic sanctions on Sudan, allowing "
            "the U.S. to enforce more aggressively existing sanctions against the Sudanese "
            "government.\n"
            "- The Administration will target sanctions against individuals responsible for "
            "the violence.\n"
            "- The President will direct Secretary of State Condoleezza Rice to prepare a new "
            "United Nations Security Council resolution.\n"
            "- If Sudan's Obstruction Continues Despite These Measures, We Will Also Consider "
            "Other Options. The situation does not have to come to that:"
        ),
    },
    {
        "id": "blind51-04",
        "url": "https://www.defense.gov/News/Releases/Release/Article/3691926/readout-of-"
               "senior-dod-officials-meeting-with-colombian-ministers-of-defense-and/",
        "agency": "U.S. Department of Defense",
        "title": "Readout of Senior DoD Officials' Meeting With Colombian Ministers of Defense "
                 "and Justice",
        "published": "2024-02-29",
        "date_approximate": True,
        "date_note": "the stored copy carries no release date; the meeting took place 'at the "
                     "Pentagon on February 28'; the year is inferred from the article number "
                     "3691926, just before 3697566 (a readout of a March 4, 2024 call seen in "
                     "the store); the release is dated to the next day",
        "truncated": False,
        "note": "removed: the attribution line 'Department of Defense Spokesman Lieutenant "
                "Colonel Devin T. Robinson provided the following readout:'; the headline is "
                "reconstructed from the page address (kept in title)",
        "text": (
            "Performing the Duties of Assistant Secretary of Defense for Homeland Defense and "
            "Hemispheric Affairs, Ms. Rebecca Zimmerman, hosted Colombia's Minister of Defense, "
            "Mr. Iv\u00e1n Vel\u00e1squez, and Minister of Justice and Law, Mr. N\u00e9stor "
            "Osuna, at the Pentagon on February 28. The visiting delegation also included Mr. "
            "Daniel \u00c1vila, Charg\u00e9 d'Affaires at the Embassy of Colombia in the United "
            "States.\n"
            "The United States delegation included Mr. Daniel Erikson, Deputy Assistant "
            "Secretary of Defense for Western Hemisphere Affairs; Mr. James Saenz, Deputy "
            "Assistant Secretary of Defense for Counternarcotics and Stabilization Policy; and "
            "Mr. James Alverson, Principal Director for Western Hemisphere Affairs. Performing "
            "the Duties of the Deputy Under Secretary of Defense for Policy, Ms. Melissa Dalton, "
            "joined the meeting to emphasize the Department's support for the U.S. defense "
            "partnership with Colombia.\n"
            "The leaders discussed Colombia's new counter-drug policy released last year as "
            "well as progress on Colombia's Total Peace plan. PTDO Assistant Secretary of "
            "Defense for Homeland Defense and Hemispheric Affairs Zimmerman highlighted DoD's "
            "assistance to Colombia during their recent forest fires through the provision of "
            "Bambi buckets and humanitarian assistance. The senior officials exchanged views on "
            "countering illicit drug trafficking and human security, stemming irregular "
            "migration, and frameworks to enhance bilateral security cooperation.\n"
            "The meeting reaffirmed the United States' and Department of Defense's strong "
            "partnership with Colombia, as the two nations work together to ensure a stable and "
            "secure hemisphere based on a foundation of respect for democracy and human rights."
        ),
    },
    {
        "id": "blind51-05",
        "url": "https://www.state.gov/secretary-pompeos-meeting-with-brazilian-foreign-"
               "minister-ernesto-araujo-4/",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "Secretary Pompeo's Meeting with Brazilian Foreign Minister Ernesto Araujo",
        "published": "2020-09-19",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the Secretary 'met yesterday' with "
                     "Araujo in Boa Vista, a meeting held during his September 2020 trip to "
                     "South America (Boa Vista on September 18, 2020, from the annotator's "
                     "knowledge, not checked in the store); dated to the next day",
        "truncated": False,
        "note": "removed: the .gov banner, the attribution line 'The below is attributable to "
                "Principal Deputy Spokesperson Cale Brown:', and the footer 'U.S. Department "
                "of State / The Lessons of 1989: Freedom and Our Future'; the headline is "
                "reconstructed from the page address (kept in title)",
        "text": (
            "Secretary of State Michael R. Pompeo met yesterday with Brazilian Foreign Minister "
            "Ernesto Araujo in the city of Boa Vista, Roraima, Brazil. Secretary Pompeo and "
            "Minister Araujo emphasized our shared commitment to a secure, prosperous, and "
            "democratic hemisphere and support for the Venezuelan people and their quest for "
            "freedom. They agreed that the Democratic Transition Framework provides the way "
            "forward to resolve the crisis. Secretary Pompeo acknowledged Brazil\u2019s "
            "generosity in hosting Venezuelan refugees. The two leaders also discussed the "
            "continued importance of a coordinated response to COVID-19 and to economic "
            "recovery in the region, and they agreed to build on the strong economic and "
            "security partnerships between our countries to advance shared goals such as "
            "increased trade and digital security."
        ),
    },
    {
        "id": "blind51-06",
        "url": "https://share.america.gov/secretary-pompeo-frank-discussions-in-russia/",
        "agency": "U.S. Department of State, ShareAmerica",
        "title": "Secretary Pompeo: \u2018Frank discussions\u2019 in Russia",
        "published": "2019-05-15",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; it reports the meetings in Sochi 'on "
                     "May 14' (2019, Pompeo's only visit to Sochi as Secretary); dated to the "
                     "next day",
        "truncated": False,
        "note": "removed: the headline (kept in title), the image line 'Right click to save "
                "and share' and the caption of a neighbouring item ('Huge banner with photo of "
                "Iranian leader displayed next to two missiles (State Dept./\u00a9 Vahid "
                "Salemi/AP Images)'); blank lines between paragraphs dropped",
        "text": (
            "Secretary of State Mike Pompeo reaffirmed the U.S. commitment to furthering "
            "relations with Russia when he met with Russian President Vladimir Putin and "
            "Foreign Minister Sergey Lavrov in Sochi, Russia, on May 14.\n"
            "The secretary referred to \u201cfrank discussions\u201d in speaking of the purpose "
            "of his trip. The leaders discussed global challenges, including events in Syria, "
            "Ukraine, Venezuela, North Korea and Iran.\n"
            "Pompeo said that he and Putin had productive conversations, noting that the two "
            "countries have worked together on counterterrorism efforts. \u201cThere are truly "
            "overlapping interests that we can build on,\u201d the secretary said. \u201cWe can "
            "work together to make each of our two peoples more successful and, frankly, the "
            "world more successful too.\u201d"
        ),
    },
    {
        "id": "blind51-07",
        "url": "http://www.whitehouse.gov/the-press-office/2013/10/02/readout-president-s-"
               "call-president-aquino-philippines",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Readout of the President\u2019s call to President Aquino of the Philippines",
        "published": "2013-10-02",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; dated from the page address "
                     "(2013/10/02); the call was made 'last night' during the October 2013 "
                     "government shutdown",
        "truncated": False,
        "note": "removed: 'The White House / Office of the Press Secretary', the headline "
                "(kept in title) and the footer 'White House Shareables'",
        "text": (
            "Last night, President Obama called President Aquino of the Philippines to inform "
            "him that, due to the government shutdown, he will not be able to go forward with "
            "his planned travel to the Philippines. The President reaffirmed our strong "
            "alliance with the Philippines and respect for President Aquino's leadership, and "
            "committed to travel to the Philippines later in his term. He also noted our shared "
            "commitment to the security of the Philippines, and the broader security and "
            "prosperity of the Asia-Pacific region, and told the President that Secretary Kerry "
            "would travel to Manila in his place. He also noted the deep ties between our "
            "peoples, including so many Filipino-Americans who have enriched our country."
        ),
    },
    {
        "id": "blind51-08",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2006/10/print/"
               "20061028-1.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Joint Statement by the President of the United States and the Prime Minister "
                 "of Iraq",
        "published": "2006-10-28",
        "date_approximate": False,
        "date_note": "date printed on the page (For Immediate Release, October 28, 2006)",
        "truncated": False,
        "note": "removed: the print header ('The White House, President George W. Bush Click "
                "to print this document'), 'For Immediate Release / Office of the Press "
                "Secretary / October 28, 2006', the headline (kept in title), 'Fact sheet In "
                "Focus: Renewal in Iraq', a photo caption that the store runs into the second "
                "paragraph ('In a video teleconference between the White House and Baghdad, "
                "President George W. Bush talks with Iraqi Prime Minister Nouri al-Maliki "
                "Saturday, Oct. 28, 2006.  White House photo by Kimberlee Hewitt '), '# # #' "
                "and the print footer; blank lines between paragraphs dropped",
        "text": (
            "We were pleased to continue our consultations today. Via secure video, we discussed "
            "a range of issues of great importance to our common mission in Iraq, including the "
            "development of Iraqi security forces, efforts to promote reconciliation among all "
            "Iraqis, and the International Compact for Iraq and the economic reforms associated "
            "with it. As leaders of two great countries, we are committed to the security and "
            "prosperity of a democratic Iraq and the global fight against terrorism which "
            "affects all our citizens.\n"
            "We have three common goals: accelerating the pace of training the Iraqi Security "
            "Force, Iraqi assumption of command and control over Iraqi forces, and transferring "
            "responsibility for security to the Government of Iraq. We have formed a high-level "
            "working group including the Iraqi National Security Advisor, Minister of Defense, "
            "Minister of Interior, General Casey, and Ambassador Khalilzad to make "
            "recommendations on how these goals can be best achieved. This working group will "
            "supplement existing mechanisms to better define our security partnership and "
            "enhance our coordination.\n"
            "We are committed to the partnership our two countries and two governments have "
            "formed and will work in every way possible for a stable, democratic Iraq and for "
            "victory in the war on terror."
        ),
    },
    {
        "id": "blind51-09",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2006/10/print/text/"
               "20061003-5.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement on Thai Coup Developments",
        "published": "2006-10-03",
        "date_approximate": False,
        "date_note": "date printed on the page (For Immediate Release, October 3, 2006)",
        "truncated": False,
        "note": "removed: the print header ('The White House / President George W. Bush / "
                "Print this document'), 'For Immediate Release / Office of the Press Secretary "
                "/ October 3, 2006', the headline (kept in title), '# # #' and the print "
                "footer; blank lines between paragraphs dropped",
        "text": (
            "We have noted the appointment of an interim Prime Minister, Surayud Chulanont, in "
            "Thailand, and the promulgation of an interim constitution. We remain concerned by "
            "restrictions on civil liberties, provisions in the draft constitution that appear "
            "to give the military an ongoing and influential role in decision-making, and the "
            "lengthy timetable for democratic elections.\n"
            "Following the implementation of Section 508 sanctions last week, we are assessing "
            "additional next steps to be taken. We call for clear and unambiguous protection "
            "for civil liberties by the interim authorities and the military, and a quick "
            "return to democratic elections. Thailand's image in the eyes of the world and "
            "U.S.-Thai relations will suffer until Thailand returns to its place as a "
            "democratic leader in Asia."
        ),
    },
    {
        "id": "blind51-10",
        "url": "http://www.state.gov/p/eap/rls/rm/2010/03/138267.htm",
        "agency": "U.S. Department of State, Bureau of East Asian and Pacific Affairs",
        "title": "Press Availability in Bangkok, Thailand (Assistant Secretary Kurt M. "
                 "Campbell)",
        "published": "2010-03-12",
        "date_approximate": False,
        "date_note": "date printed on the page (Government House, Bangkok, Thailand, March "
                     "12, 2010)",
        "truncated": True,
        "note": "removed: the headline 'Press Availability in Bangkok, Thailand' (kept in "
                "title), 'Press Availability / Kurt M. Campbell / Assistant Secretary, Bureau "
                "of East Asian and Pacific Affairs / Government House / Bangkok, Thailand / "
                "March 12, 2010'; blank lines between paragraphs dropped; the store cuts the "
                "page inside the second answer ('Obviously we will continue to consult "
                "closely with our allie'), which is dropped",
        "text": (
            "ASSISTANT SECRETARY CAMPBELL: Thank you very much for joining us this morning. "
            "I\u2019m here with our ambassador from the United States to the Kingdom of "
            "Thailand. I\u2019m here on a visit throughout Southeast Asia, in advance of "
            "President Obama\u2019s visit to the region next week, conveying best wishes and "
            "listening carefully to the advice and the counsel of our good friends throughout "
            "the region. I\u2019ve just had a chance to meet with the Prime Minister and his "
            "team. Later, I\u2019ll be meeting with opposition members here in Thailand. The "
            "United States conveys just a very simple message. First of all, we are the "
            "strongest possible partners and friends of Thailand and we support this country "
            "completely. We know that this is a difficult period that the country is living "
            "through currently, and we are expressing a strong view that we want the next few "
            "days to be conducted in a peaceful way. We are urging restraint and we want very "
            "much for issues that are passionate, and important political matters, to be dealt "
            "with in an appropriate way through the electoral process and through other "
            "democratic institutions. We appreciate very much the opportunity to meet with "
            "senior leaders and to make the case for conducting the domestic affairs inside the "
            "country in that way. I\u2019m happy to take a few questions and again I thank you "
            "all for coming today.\n"
            "QUESTION: Sir, could we ask about your reaction to further news out of Myanmar "
            "yesterday that they were annulling the result of the 1990 election? What\u2019s "
            "your reaction to that?\n"
            "ASSISTANT SECRETARY CAMPBELL: We\u2019re very disappointed and we are concerned. "
            "It\u2019s very regrettable. I think you will have seen yesterday that there was a "
            "statement at the State Department about what we have seen."
        ),
    },
    {
        "id": "blind51-11",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2004/09/text/"
               "20040910.html",
        "agency": "The White House",
        "title": "Global Message (Darfur)",
        "published": "2004-09-10",
        "date_approximate": False,
        "date_note": "date printed on the page (For Immediate Release, September 10, 2004)",
        "truncated": False,
        "note": "removed: the site navigation (President | Vice President | ... | Help), "
                "'Printer-Friendly Version' and 'Email this page to a friend' (twice), 'For "
                "Immediate Release / September 10, 2004', the heading 'Global Message' (kept "
                "in title with a descriptive addition) and the footer links (More Issues, RSS "
                "Feeds, News by Date, Federal Facts, West Wing); blank lines between "
                "paragraphs dropped. The list that should follow 'A U.S. investigative team "
                "has found:' is not in the stored copy",
        "text": (
            "The violence in Darfur has complex roots in traditional conflicts between Arab "
            "nomadic herders and African farmers. It intensified in 2003 when two groups "
            "declared open rebellion against the Government of Sudan. Khartoum reacted "
            "aggressively, intensifying support for Arab militias, the so-called Jinjaweid. The "
            "Government of Sudan supported the Jinjaweid, directly and indirectly, as they "
            "carried out a scorched-earth policy towards the rebels and the African civilian "
            "population.\n"
            "A U.S. investigative team has found:\n"
            "The team's findings show that genocide has been committed in Darfur and that the "
            "Government of Sudan and the Jinjaweid bear responsibility--and that genocide may "
            "still be occurring.\n"
            "It is imperative that there be enough security so that refugees can go home; for "
            "the Jinjaweid militias to cease and desist their murderous raids; and for the "
            "Government in Khartoum to stop being complicit in such raids.\n"
            "The UN and the U.S. are calling for an expanded African Union mission in Darfur "
            "involving more observers and protection forces. Khartoum appears to have signaled "
            "a willingness to consider an expanded mission.\n"
            "The U.S. State Department has identified $20.5 million for initial support of this "
            "expanded mission.\n"
            "UN Resolution 1556 demands that the Government of Sudan take action to disarm the "
            "Jinjaweid militia and bring Jinjaweid leaders to justice.\n"
            "The U.S. is calling on the UN to initiate a full investigation."
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


# --- blind51-01: State Department visa restrictions on Nicaraguan officials (2021) ---
D = "blind51-01"
S = "has taken steps to impose visa restrictions on 19"
ev(D, S, "impose visa restrictions", "REJECT", "", ["pro_democracy", "election"],
   ["USA"], ["The Department of State"], ["NIC"],
   ["19 Nicaraguan election officials and political party officials"])
ev(D, S, "attack on democracy", "COERCE", "", ["pro_autocracy", "repression"],
   ["NIC"], ["the Ortega-Murillo government"])
S = "have intimidated anyone opposed"
ev(D, S, "intimidated", "COERCE", "", ["repression", "pro_autocracy", "election"],
   ["NIC", "NIC"], ["President Daniel Ortega", "Vice President Rosario Murillo"], ["NIC"],
   ["anyone opposed to their efforts"])
ev(D, S, "arrest of dozens", "COERCE", "arrest", ["repression", "election", "rights_freedoms"],
   ["NIC", "NIC"], ["President Daniel Ortega", "Vice President Rosario Murillo"], ["NIC"],
   ["dozens of political candidates, journalists, student and business leaders, NGO workers, "
    "and human rights advocates"])
ev(D, S, "disqualification of any candidate", "COERCE", "restrict", ["election", "repression"],
   ["NIC", "NIC"], ["President Daniel Ortega", "Vice President Rosario Murillo"], ["NIC"],
   ["any candidate seeking to run against them"])
S = "This anti-democratic campaign included"
ev(D, S, "disqualification", "COERCE", "restrict", ["election", "political_institutions"],
   ["NIC"], ["the Supreme Electoral Council"], ["NIC"],
   ["the last remaining genuine opposition party"])
ev(D, S, "request", "REQUEST", "", ["election", "political_institutions"],
   ["NIC"], ["the Constitutionalist Liberal Party (PLC)"], ["NIC"],
   ["the Supreme Electoral Council"])
ev(D, "As the Secretary said August 7", "said", "ACCUSE", "disapprove",
   ["election", "pro_democracy"], ["USA"], ["the Secretary"], ["NIC"], ["the government"])
ev(D, "announcements on July 12 and August 5", "imposed visa restrictions", "REJECT", "",
   ["pro_democracy", "human_rights"], ["USA"], ["Secretary"], ["NIC"],
   ["150 Nicaraguan judges, prosecutors, and family members of those officials"])

# --- blind51-02: Secretary Pompeo on Houthi attacks against Saudi Arabia (2020) ---
D = "blind51-02"
S = "We condemn yesterday"
ev(D, S, "condemn", "ACCUSE", "disapprove", ["military", "terrorism"], ["USA"], ["We"],
   ["YEM"], ["the Iranian-backed Houthis"])
ev(D, S, "attacks", "ASSAULT", "", ["military"], ["YEM"], ["the Iranian-backed Houthis"],
   ["SAU"], ["Saudi Arabia"])
ev(D, "Saudi Arabia has endured", "reckless attacks", "ASSAULT", "", ["military"], [], [],
   ["SAU"], ["Saudi Arabia"])
ev(D, "declared desire to strengthen their ties", "declared desire to strengthen their ties",
   "AGREE", "", ["diplomatic"], ["YEM"], ["Houthis"], ["IRN"], ["Iran"])
ev(D, "the Iranian regime smuggled", "smuggled", "COOPERATE", "", ["military", "diplomatic"],
   ["IRN"], ["the Iranian regime"], ["YEM"], ["Houthi"])
ev(D, "The United States calls on Iran", "calls on", "REQUEST", "", ["military", "terrorism"],
   ["USA"], ["The United States"], ["IRN"], ["Iran"])

# --- blind51-03: White House fact sheet on Darfur (2007) ---
D = "blind51-03"
ev(D, "Holocaust Memorial Museum", "The Genocide", "ASSAULT", "", ["human_rights", "military"],
   [], [], ["SDN"], ["The Darfur Region Of Sudan"])
ev(D, "is unacceptable to the President", "unacceptable", "ACCUSE", "disapprove",
   ["human_rights"], ["USA", "UNO"], ["the President", "the United Nations"])
ev(D, "The President Announced Steps", "Prepared To Take", "THREATEN", "",
   ["human_rights", "peacekeeping"], ["USA"], ["The President"], ["SDN"],
   ["Sudanese President Bashir"])
S = "must follow through on the deployment"
ev(D, S, "must follow through", "REQUEST", "", ["peacekeeping"], [], [], ["SDN"],
   ["President Bashir"])
ev(D, S, "agreed", "AGREE", "", ["peacekeeping"], ["SDN"], ["he"], ["UNO"], ["UN"])
ev(D, "He must end support for the Janjaweed", "must end", "REQUEST", "",
   ["human_rights", "human_security"], [], [], ["SDN"], ["He"])
ev(D, "He must stop his pattern of destruction", "must stop", "REQUEST", "",
   ["human_rights"], [], [], ["SDN"], ["He"])
ev(D, "The Treasury Department will tighten", "will tighten", "SANCTION", "discontinue",
   ["economic", "human_rights"], ["USA"], ["The Treasury Department"], ["SDN"], ["Sudan"],
   future=True, hypothetical=True)
ev(D, "will target sanctions against individuals", "will target sanctions", "SANCTION",
   "discontinue", ["human_rights"], ["USA"], ["The Administration"], ["SDN"],
   ["individuals responsible for the violence"], future=True, hypothetical=True)
S = "Obstruction Continues Despite These Measures"
ev(D, S, "Obstruction", "REJECT", "", ["peacekeeping"], ["SDN"], ["Sudan"])
ev(D, S, "Will Also Consider Other Options", "THREATEN", "", ["human_rights"], ["USA"], ["We"],
   ["SDN"], ["Sudan"])

# --- blind51-04: Defense readout, Colombian ministers at the Pentagon (2024) ---
D = "blind51-04"
ev(D, "hosted Colombia's Minister of Defense", "hosted", "CONSULT", "visit",
   ["military", "illegal_drugs"], ["COL", "COL"],
   ["Colombia's Minister of Defense", "Minister of Justice and Law"], ["USA"],
   ["Ms. Rebecca Zimmerman"])
ev(D, "joined the meeting to emphasize", "emphasize the Department's support", "SUPPORT", "",
   ["military"], ["USA"], ["Ms. Melissa Dalton"], ["COL"], ["Colombia"])
ev(D, "highlighted DoD's", "assistance to Colombia", "AID", "",
   ["disasters", "human_security", "military"], ["USA"], ["DoD"], ["COL"], ["Colombia"])
S = "The meeting reaffirmed the United States"
ev(D, S, "reaffirmed", "SUPPORT", "", ["military"], ["USA"], ["the United States'"], ["COL"],
   ["Colombia"])
ev(D, S, "work together", "COOPERATE", "", ["military", "pro_democracy"], ["USA", "COL"],
   ["the two nations", "the two nations"])

# --- blind51-05: State readout, Pompeo and Araujo in Boa Vista (2020) ---
D = "blind51-05"
ev(D, "Pompeo met yesterday with Brazilian", "met", "CONSULT", "", ["diplomatic"],
   ["USA", "BRA"],
   ["Secretary of State Michael R. Pompeo", "Brazilian Foreign Minister Ernesto Araujo"])
ev(D, "support for the Venezuelan people", "support", "SUPPORT", "", ["pro_democracy"],
   ["USA", "BRA"], ["Secretary Pompeo", "Minister Araujo"], ["VEN"], ["the Venezuelan people"])
S = "acknowledged Brazil"
ev(D, S, "acknowledged", "SUPPORT", "", ["migration", "human_security"], ["USA"],
   ["Secretary Pompeo"], ["BRA"], ["Brazil"])
ev(D, S, "hosting Venezuelan refugees", "AID", "", ["migration", "asylum", "human_security"],
   ["BRA"], ["Brazil"], ["VEN"], ["Venezuelan refugees"])
ev(D, "they agreed to build on", "agreed to build on", "AGREE", "", ["economic", "technology"],
   ["USA", "BRA"], ["they", "they"])

# --- blind51-06: ShareAmerica on Pompeo's meetings in Sochi (2019) ---
D = "blind51-06"
S = "reaffirmed the U.S. commitment to furthering relations"
ev(D, S, "reaffirmed the U.S. commitment", "AGREE", "", ["diplomatic"], ["USA"],
   ["Secretary of State Mike Pompeo"], ["RUS"], ["Russia"])
ev(D, S, "met with", "CONSULT", "", ["diplomatic"], ["USA", "RUS", "RUS"],
   ["Secretary of State Mike Pompeo", "Russian President Vladimir Putin",
    "Foreign Minister Sergey Lavrov"])
ev(D, "have worked together on counterterrorism", "worked together", "COOPERATE", "",
   ["terrorism"], ["USA", "RUS"], ["the two countries", "the two countries"])
ev(D, "We can work together", "work together", "COOPERATE", "", ["diplomatic"],
   ["USA", "RUS"], ["We", "We"], hypothetical=True)

# --- blind51-07: White House readout, Obama's call to Aquino (2013) ---
D = "blind51-07"
S = "President Obama called President Aquino"
ev(D, S, "called", "CONSULT", "phone", ["diplomatic"], ["USA", "PHL"],
   ["President Obama", "President Aquino"])
ev(D, S, "go forward with his planned travel", "AGREE", "", ["diplomatic"], ["USA"], ["he"],
   ["PHL"], ["the Philippines"], negated=True, future=True)
S = "The President reaffirmed our strong alliance"
ev(D, S, "reaffirmed", "SUPPORT", "", ["military", "diplomatic"], ["USA"], ["The President"],
   ["PHL"], ["the Philippines"])
ev(D, S, "committed to travel", "AGREE", "", ["diplomatic"], ["USA"], ["The President"],
   ["PHL"], ["the Philippines"], future=True)
S = "He also noted our shared commitment to the security"
ev(D, S, "shared commitment", "AGREE", "", ["military"], ["USA"], ["He"], ["PHL"],
   ["the Philippines"])
ev(D, S, "would travel to Manila", "AGREE", "", ["diplomatic"], ["USA"], ["Secretary Kerry"],
   ["PHL"], ["Manila"], future=True)

# --- blind51-08: Joint statement of Bush and Maliki after a video conference (2006) ---
D = "blind51-08"
ev(D, "We were pleased to continue our consultations", "continue our consultations",
   "CONSULT", "", ["military", "political_institutions"], ["USA", "IRQ"], ["We", "We"])
ev(D, "As leaders of two great countries", "are committed", "AGREE", "",
   ["military", "terrorism"], ["USA", "IRQ"], ["we", "we"])
ev(D, "We have formed a high-level working group", "formed a high-level working group",
   "COOPERATE", "", ["military"], ["USA", "IRQ"], ["We", "We"])
ev(D, "We are committed to the partnership", "will work in every way possible", "AGREE", "",
   ["military", "terrorism"], ["USA", "IRQ"], ["We", "We"])

# --- blind51-09: White House statement on the Thai coup (2006) ---
D = "blind51-09"
ev(D, "We remain concerned by restrictions", "remain concerned", "ACCUSE", "disapprove",
   ["pro_democracy", "rights_freedoms", "military"], ["USA"], ["We"], ["THA"],
   ["the military"])
S = "Following the implementation of Section 508"
ev(D, S, "implementation of Section 508 sanctions", "SANCTION", "discontinue",
   ["military", "pro_democracy"], ["USA"], ["we"])
ev(D, S, "assessing additional next steps", "THREATEN", "", ["pro_democracy"], ["USA"],
   ["we"])
ev(D, "We call for clear and unambiguous protection", "call for", "REQUEST", "change",
   ["rights_freedoms", "election", "pro_democracy"], ["USA"], ["We"], ["THA", "THA"],
   ["the interim authorities", "the military"])
ev(D, "relations will suffer until Thailand returns", "will suffer", "THREATEN", "relations",
   ["pro_democracy", "diplomatic"], ["USA"], ["U.S."], ["THA"], ["Thailand"])

# --- blind51-10: Assistant Secretary Campbell in Bangkok (2010) ---
D = "blind51-10"
S = "here on a visit throughout Southeast Asia"
ev(D, S, "a visit throughout Southeast Asia", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["I"])
ev(D, S, "President Obama\u2019s visit to the region", "AGREE", "", ["diplomatic"], ["USA"],
   ["President Obama"], future=True)
ev(D, "just had a chance to meet with the Prime Minister", "meet with", "CONSULT", "",
   ["diplomatic", "political_institutions"], ["USA", "THA"], ["I", "the Prime Minister"])
ev(D, "be meeting with opposition members", "be meeting with", "AGREE", "",
   ["diplomatic", "political_institutions"], ["USA", "THA"], ["I", "opposition members"],
   future=True)
ev(D, "we support this country completely", "we support this country", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["we"], ["THA"], ["this country"])
ev(D, "We appreciate very much the opportunity", "appreciate", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["We"], ["THA"], ["senior leaders"])
ev(D, "We are urging restraint", "urging restraint", "REQUEST", "",
   ["political_institutions", "election"], ["USA"], ["We"])
ev(D, "annulling the result of the 1990 election", "annulling the result", "COERCE", "",
   ["election", "pro_autocracy"], ["MMR"], ["Myanmar"])
ev(D, "very disappointed and we are concerned", "very disappointed", "ACCUSE", "disapprove",
   ["election", "pro_democracy"], ["USA"], ["We"])

# --- blind51-11: White House 'Global Message' on Darfur (2004) ---
D = "blind51-11"
ev(D, "declared open rebellion", "declared open rebellion", "ASSAULT", "", ["military"],
   ["SDN"], ["two groups"], ["SDN"], ["the Government of Sudan"])
ev(D, "Khartoum reacted aggressively", "intensifying support", "AID", "",
   ["military", "religion_ethnicity"], ["SDN"], ["Khartoum"], ["SDN"], ["Arab militias"])
ev(D, "scorched-earth policy", "carried out a scorched-earth policy", "ASSAULT", "destroy",
   ["military", "human_rights", "religion_ethnicity"], ["SDN"], ["the Jinjaweid"],
   ["SDN", "SDN"], ["the rebels", "the African civilian population"])
ev(D, "A U.S. investigative team has found", "investigative team has found", "ACCUSE",
   "investigate", ["human_rights"], ["USA"], ["A U.S. investigative team"])
ev(D, "The team's findings show", "findings show", "ACCUSE", "allege", ["human_rights"],
   ["USA"], ["The team"], ["SDN", "SDN"], ["the Government of Sudan", "the Jinjaweid"])
ev(D, "It is imperative that there be enough security", "It is imperative", "REQUEST", "",
   ["human_rights", "human_security"], [], [], ["SDN", "SDN"],
   ["the Jinjaweid militias", "the Government in Khartoum"])
ev(D, "are calling for an expanded African Union mission", "are calling for", "REQUEST", "",
   ["peacekeeping"], ["UNO", "USA"], ["The UN", "the U.S."])
ev(D, "signaled a willingness to consider", "signaled a willingness", "AGREE", "",
   ["peacekeeping"], ["SDN"], ["Khartoum"])
ev(D, "has identified $20.5 million", "identified $20.5 million", "AGREE", "",
   ["peacekeeping"], ["USA"], ["The U.S. State Department"])
ev(D, "UN Resolution 1556 demands", "demands", "REQUEST", "", ["human_rights", "legal"],
   ["UNO"], ["UN Resolution 1556"], ["SDN"], ["the Government of Sudan"])
ev(D, "calling on the UN to initiate", "calling on", "REQUEST", "", ["human_rights"],
   ["USA"], ["The U.S."], ["UNO"], ["the UN"])

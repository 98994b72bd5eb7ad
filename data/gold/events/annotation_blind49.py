"""Texts and annotation of the blind events set ``blind49.jsonl`` (evgold37, 2026-12-07).

Eleven U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House archive, State Department archive, U.S. Embassies in Nairobi, Colombo and
Tashkent, Department of Defense, USAID; all public domain). Page furniture is removed (named in
each document's ``note``); the wording is otherwise exactly as stored. Documents cut by the store
are kept to their last complete sentence and marked ``truncated``. Each event is written as:
document id, a sentence anchor (a substring of exactly one sentence), the trigger (a substring
found once in that sentence), type, mode, contexts, actor codes, actor texts, recipient codes,
recipient texts and the flags. ``build_blind49.py`` turns this into ``blind49.jsonl`` and checks
every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind49-01",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2004/04/print/20040407-2.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "President Condemns Atrocities in Sudan (Statement by the President)",
        "published": "2004-04-07",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'The White House, President George W. Bush Click to print this document', "
            "'For Immediate Release', 'Office of the Press Secretary', the date line, the "
            "headline and subtitle (kept in title), '# # #', 'Return to this article at:', "
            "'Click to print this document'"
        ),
        "text": (
            "New fighting in the Darfur region of Sudan has opened a new chapter of tragedy in "
            "Sudan's troubled history. The Sudanese Government must immediately stop local "
            "militias from committing atrocities against the local population and must provide "
            "unrestricted access to humanitarian aid agencies. I condemn these atrocities, which "
            "are displacing hundreds of thousands of civilians, and I have expressed my views "
            "directly to President Bashir of Sudan.\n"
            "For more than two and one half years, the United States has been working closely "
            "with the Government of Sudan and the Sudanese People's Liberation Movement (SPLM) to "
            "bring peace to Sudan. This civil war is one of the worst humanitarian tragedies of "
            "our time, responsible for the deaths of two million people over two decades. "
            "Achieving peace, and reaching a just and comprehensive agreement, must be an urgent "
            "priority for both sides.\n"
            "The United States will move toward normal relations with the Government of Sudan "
            "only when there is a just and comprehensive peace agreement between the Government "
            "and the SPLM. All parties must also ensure that there is unrestricted access for "
            "humanitarian relief throughout Sudan, including Darfur, and the Government of Sudan "
            "must cooperate fully in the war against terrorism.\n"
            "I continue to hope for peace for the people of Sudan and for normalization of "
            "relations between Sudan and the United States. However, the Government of Sudan "
            "must not remain complicit in the brutalization of Darfur. I renew my call to "
            "Khartoum to bring the peace process with the SPLM to a just conclusion and to bring "
            "peace and justice to Darfur."
        ),
    },
    {
        "id": "blind49-02",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2008/08/20080812-1.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Remarks by Secretary of State Condoleezza Rice on Situation in Georgia",
        "published": "2008-08-12",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'print-only banner', 'The White House Skip Main Navigation', the menu "
            "line ('In Focus', 'News by Date', 'Federal Facts', 'West Wing'), the breadcrumb "
            "line, 'For Immediate Release', 'Office of the Press Secretary', the date line, the "
            "headline (kept in title), the time line '1:21 P.M. EDT' and the speaker label "
            "'SECRETARY RICE:'"
        ),
        "text": (
            "Good afternoon. I have just finished a meeting with the President at which I was "
            "able to brief him on the ongoing diplomatic efforts to resolve the crisis in "
            "Georgia.\n"
            "I was earlier on the phone this morning with the Foreign Ministers of the G7, and "
            "on that phone call, Foreign Minister Bernard Kouchner of France briefed us on the "
            "ongoing discussions between the French and the Russians, as well as the French and "
            "the Georgians. I believe that they believe that they have made some progress, and "
            "we welcome that, and we certainly welcome the EU mediation.\n"
            "It is very important now that all parties cease fire. The Georgians have agreed to "
            "a cease-fire. The Russians need to stop their military operations, as they have "
            "apparently said that they will, but those military operations really do now need "
            "to stop, because calm needs to be restored. There then will be international "
            "efforts to facilitate the withdrawal of forces from the zone of conflict. We can "
            "then look to the issue of how to resolve the longstanding frozen conflicts of South "
            "Ossetia and Abkhazia.\n"
            "I want to make very clear that the United States stands for the territorial "
            "integrity of Georgia, for the sovereignty of Georgia, that we support its "
            "democratically elected government and its people. We are reviewing our options for "
            "humanitarian and reconstruction assistance to Georgia. But the most important "
            "thing right now is that these military operations need to stop.\n"
            "We will continue to work diplomatically on this matter and will continue our "
            "discussions with all the parties involved.\n"
            "Thank you very, very much."
        ),
    },
    {
        "id": "blind49-03",
        "url": "https://2009-2017.state.gov/secretary/20092013clinton/rm/2009a/06/124461.htm",
        "agency": "U.S. Department of State, Office of the Secretary",
        "title": "Remarks With Indonesian Foreign Minister Noer Hassan Wirajuda After Their Meeting",
        "published": "2009-06-08",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), the speaker line 'Hillary Rodham Clinton', "
            "'Secretary of State', 'Treaty Room', 'Washington, DC', the date line, the photo "
            "caption ('Date: 06/08/2009 Location: Washington, DC Description: ... (c) State Dept "
            "Image'); the stored copy is cut inside the fourth paragraph, which is kept to its "
            "last complete sentence"
        ),
        "text": (
            "Well, good afternoon. And it is a pleasure to welcome Indonesia\u2019s foreign "
            "minister. Mr. Wirajuda and I have already met in Jakarta, we\u2019ve talked on the "
            "phone on important matters, and it\u2019s a very wonderful part of my position to be "
            "able to have him here to continue the productive conversation we started in "
            "February.\n"
            "Today, we renewed our commitment to build a comprehensive partnership based on "
            "mutual respect and mutual interests. We are working together on a number of common "
            "concerns for our two countries, the region, and the world. Indonesia and the United "
            "States share a vision for a peaceful and prosperous Southeast Asia. We also share a "
            "commitment to democratic values, human rights, and a vibrant civil society. The "
            "American people have the greatest respect for what the Indonesian people have "
            "accomplished in the last decade.\n"
            "Indonesia is now the world\u2019s third largest democracy, and it is taking the lead "
            "on a broad range of regional and international issues, including the promotion of "
            "democracy. Through their commitment to democracy, religious freedom, and women\u2019s "
            "rights, Indonesians uphold the values that President Obama described in his speech "
            "last week in Cairo, values that are fundamental \u2013 fundamental to Indonesia and "
            "the United States: justice, progress, tolerance.\n"
            "Earlier today, I met with activists working to support democracy and human rights "
            "across the Middle East and North Africa, as well as with leaders who are advocating "
            "for religious freedom across the world."
        ),
    },
    {
        "id": "blind49-04",
        "url": "https://ke.usembassy.gov/press-statement-u-s-ambassador-kenya-robert-f-godec/",
        "agency": "U.S. Embassy in Kenya",
        "title": "Press Statement by U.S. Ambassador to Kenya Robert F. Godec",
        "published": "2014-05-17",
        "date_approximate": True,
        "date_note": (
            "no date on the stored page; the statement speaks of the Gikomba market attacks "
            "'Friday' (16 May 2014, the annotator's knowledge, not the text); the day after is "
            "a placeholder"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title)",
        "text": (
            "The United States strongly condemns the terrorist attacks Friday in the Gikomba "
            "market in Nairobi, which killed and injured many Kenyans.  We extend our deepest "
            "sympathies to all who were affected. This is the latest in a series of despicable "
            "and cowardly attacks on innocent civilians in Kenya, from the capital to the "
            "coast.\n"
            "The United States and Kenya have been partners for 50 years, and our resolve to "
            "stand with Kenya in combating terrorism is unwavering.  We work in close "
            "partnership with Kenya on security.  We assist the government of Kenya with "
            "information, equipment, and training as it works to strengthen security and end "
            "the threat of terrorism.  Let there be no doubt: the United States is a firm ally "
            "of Kenya in the fight against terror.\n"
            "Unfortunately, the U.S. government continues to receive information about "
            "potential terrorist threats aimed at both Kenyans and the international "
            "community.   The most important responsibility of every U.S. Ambassador and "
            "Embassy is to protect American citizens and to keep them informed.  The United "
            "States greatly appreciates the Kenyan government\u2019s rapid response to requests "
            "for additional security at diplomatic facilities while it also increases security "
            "at public and other critical venues.\n"
            "The Embassy is continuously reviewing and updating its security measures, and "
            "expects to take additional steps in coming days, to include on U.S. staffing. We "
            "remain open for normal operations and have no plan to close the Embassy.\n"
            "The United States remains deeply committed to its friendship with Kenya and the "
            "East Africa region. Our strong support for Kenya through the work of the U.S. "
            "Embassy and its many assistance programs will continue."
        ),
    },
    {
        "id": "blind49-05",
        "url": "https://www.defense.gov/News/News-Stories/Article/Article/603527/hagel-confers-with-egyptian-defense-minister-condemns-sinai-terror-attacks/",
        "agency": "U.S. Department of Defense, DoD News",
        "title": "Hagel Confers With Egyptian Defense Minister, Condemns Sinai Terror Attacks",
        "published": "2014-10-25",
        "date_approximate": True,
        "date_note": (
            "no date on the stored page; the call ('today') followed the 'Oct. 24' attacks; "
            "the day after is a placeholder"
        ),
        "truncated": False,
        "note": (
            "removed: the defense.gov .gov banner ('An official website ...', 'Here's how you "
            "know', 'Official websites use .gov', ...), the headline (kept in title), 'You have "
            "accessed part of a historical collection on defense.gov ...', 'Related Stories'"
        ),
        "text": (
            "Defense Secretary Chuck Hagel spoke today with Egyptian Defense Minister Col. Gen. "
            "Sedki Sobhy to underline the Defense Department's condemnation of the Oct. 24 "
            "terrorist attacks that killed dozens of Egyptian soldiers and wounded many more, "
            "Assistant Pentagon Press Secretary Carol Woog said.\n"
            "In a statement summarizing  the phone call, Woog said Hagel expressed condolences "
            "to the families of the victims as well as wishes for speedy recovery of the "
            "wounded. Sobhy provided information about the incident and Egypt's overall "
            "security situation, thanking Hagel for American support to Egypt's security, he "
            "added.\n"
            "The two leaders reaffirmed their commitment to a strong bilateral relationship and "
            "agreed to continue to engage regularly, Woog said."
        ),
    },
    {
        "id": "blind49-06",
        "url": "https://lk.usembassy.gov/remarks-press-secretary-state-designate-ambassador-thomas-shannon-meeting-foreign-minister-samaraweera/",
        "agency": "U.S. Embassy in Sri Lanka",
        "title": (
            "Remarks to Press by Under Secretary of State (designate) Ambassador Thomas Shannon "
            "after Meeting with Foreign Minister Samaraweera"
        ),
        "published": "2015-12-14",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title) and the date line; the stored copy is cut "
            "inside the paragraph after 'Washington, DC.', which is dropped"
        ),
        "text": (
            "I am happy to be in Sri Lanka for my first visit during this time of progress and "
            "opportunity.  Sri Lanka is moving forward, and its leaders and people are now "
            "working together to usher in reforms to put the country on the long-term path to "
            "peace, stability, and prosperity.\n"
            "I just had a productive meeting with the Foreign Minister.  I am thankful for his "
            "hospitality, which I think reflects the reputation of the Sri Lankan people as kind "
            "and generous hosts.  We discussed ways the United States could \u201cstand with Sri "
            "Lanka\u201d as Secretary Kerry put it, and concrete steps to further our "
            "partnership.\n"
            "The people of Sri Lanka and the United States have been friends for generations.  "
            "We have benefited from trade and business but also from cultural exchanges and "
            "personal ties, whether Americans who made a home in Sri Lanka, or Sri Lankans who "
            "have made their way to the United States.\n"
            "Sri Lanka\u2019s contributions to the development of a regional consciousness \u2013 "
            "one that promotes the values of democratic governance and respect for human rights, "
            "freedom of navigation, sustainable development, and environmental stewardship are "
            "noteworthy.\n"
            "We welcome Sri Lanka\u2019s contributions to global peacekeeping and humanitarian "
            "disaster assistance and believe that your armed forces can also play a "
            "constructive role in ensuring a bright future.\n"
            "In May, Secretary Kerry and the Foreign Minister announced that our two governments "
            "would launch a Partnership Dialogue to build on that history of exchange and to "
            "intensify our cooperation across the board and to further enhance our "
            "relationship.\n"
            "I am pleased to announce with the Foreign Minister today that the first meeting of "
            "the U.S.-Sri Lanka Partnership Dialogue will take place in February 2016 in "
            "Washington, DC."
        ),
    },
    {
        "id": "blind49-07",
        "url": "https://2012-2017.usaid.gov./news-information/press-releases/oct-3-2016-usaid-activates-disaster-assistance-response-team-hurricane-matthew",
        "agency": "U.S. Agency for International Development (USAID)",
        "title": "USAID Activates Disaster Assistance Response Team for Hurricane Matthew",
        "published": "2016-10-03",
        "date_approximate": False,
        "date_note": "date in the page address (oct-3-2016)",
        "truncated": True,
        "note": (
            "removed: 'For Immediate Release', the dateline 'WASHINGTON - '; title taken from the "
            "page address; the stored copy is cut inside the eighth paragraph ('As Hurricane "
            "Matthew moves through the region, ...'), which is dropped"
        ),
        "text": (
            "The U.S. Agency for International Development (USAID) has deployed a Disaster "
            "Assistance Response Team (DART) to the central Caribbean as Hurricane Matthew "
            "brings life-threatening rains, winds and storm surges throughout the region. USAID "
            "has pre-positioned relief supplies and is preparing to ship in additional needed "
            "supplies. USAID is also providing $400,000 in initial assistance for humanitarian "
            "partners to rapidly provide critical relief to those impacted by the storm.\n"
            "The DART, an elite team of disaster experts, will coordinate with governments of "
            "the affected countries and humanitarian organizations on the ground to bring vital "
            "humanitarian assistance and logistics support to those in need in the aftermath of "
            "the major hurricane.\n"
            "The DART has experts in Haiti, Jamaica and the Bahamas. The U.S. Government is also "
            "communicating with officials in Cuba, Dominican Republic, Colombia, the Cayman "
            "Islands and Belize to coordinate relief efforts, if requested.\n"
            "USAID is providing $400,000 for initial relief assistance in Haiti and Jamaica. "
            "USAID will work with international partners to distribute critical relief "
            "supplies, manage emergency shelters and provide logistics support to humanitarian "
            "organizations.\n"
            "USAID's Office of U.S. Foreign Disaster Assistance has begun preparing commodities "
            "shipments from its emergency stockpiles in the region, for rapid distribution to "
            "thousands of impacted families. These commodities will include hygiene kits, "
            "plastic sheeting, kitchen sets, blankets, collapsible water containers, and water "
            "storage bladders. Before hurricane season, USAID also strategically pre-positioned "
            "emergency relief supplies-including shelter materials, blankets, hygiene kits, "
            "household items, and water purification equipment-to ensure they are rapidly "
            "available to help communities affected by hurricanes."
        ),
    },
    {
        "id": "blind49-08",
        "url": "https://www.defense.gov/News/Releases/Release/Article/2151532/readout-of-secretary-of-defense-dr-mark-t-espers-virtual-meeting-with-nato-defe/",
        "agency": "U.S. Department of Defense",
        "title": "Readout of Secretary of Defense Dr. Mark T. Esper's Virtual Meeting with NATO Defense Ministers",
        "published": "2020-04-15",
        "date_approximate": True,
        "date_note": (
            "no date on the stored page ('today'); the virtual NATO defence ministerial was held "
            "on 15 April 2020 (the annotator's knowledge, not the text)"
        ),
        "truncated": False,
        "note": (
            "removed: the attribution line 'Pentagon Chief Spokesperson Jonathan R. Hoffman "
            "provided the following readout:'; title reconstructed from the page address"
        ),
        "text": (
            "Defense Secretary Dr. Mark T. Esper met with Secretary General Jens Stoltenberg and "
            "his fellow NATO defense ministers during a virtual Defense Ministerial today. Allied "
            "ministers focused on maintaining a strong NATO deterrence and defense posture to "
            "preserve Alliance security during our collective battle with COVID-19. Allies "
            "reaffirmed their commitment to readiness and to continue ongoing operations. They "
            "emphasized the importance of countering disinformation from both state and "
            "non-state actors who are using the pandemic to spread false and harmful "
            "narratives. The world's strongest alliance remains ready and vigilant."
        ),
    },
    {
        "id": "blind49-09",
        "url": "https://www.defense.gov/News/Releases/Release/Article/2303574/readout-of-secretary-of-defense-dr-mark-t-espers-telephone-call-with-the-people/",
        "agency": "U.S. Department of Defense",
        "title": (
            "Readout of Secretary of Defense Dr. Mark T. Esper's Telephone Call with the "
            "People's Republic of China's Minister of National Defense General Wei Fenghe"
        ),
        "published": "2020-08-06",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'Immediate Release', the headline (kept in title), the date line 'Aug. 6, "
            "2020'; trailing spaces at two paragraph ends removed"
        ),
        "text": (
            "On August 6, 2020, Secretary of Defense Mark T. Esper held a telephone call with the "
            "People\u2019s Republic of China (PRC) Minister of National Defense, General Wei "
            "Fenghe.\n"
            "Secretary Esper called for greater PRC transparency on COVID, expressed concern "
            "about PRC destabilizing activity in the vicinity of Taiwan and the South China Sea, "
            "and called on the PRC to honor international obligations under the principles of "
            "the 1984 Sino-British Joint Declaration. Secretary Esper communicated the importance "
            "that the PRC abide by international laws, rules, and norms, and meet its "
            "international commitments.\n"
            "Secretary Esper reinforced his priorities for U.S.-PRC defense relations to focus "
            "on preventing and managing crises, reduce risk, and cooperate where interests of "
            "the two nations align.\n"
            "Both leaders agreed on the importance of maintaining open channels of communication "
            "and developing the systems necessary for crisis communications and risk reduction.  "
            "Secretary Esper affirmed the principles of a constructive, stable, and "
            "results-oriented defense relationship between the United States and the PRC."
        ),
    },
    {
        "id": "blind49-10",
        "url": "https://uatweb.usaid.gov/news-information/press-releases/aug-29-2024-administrator-samantha-power-speaks-un-world-food-program-executive-director-cindy-mccain",
        "agency": "U.S. Agency for International Development (USAID), Office of Press Relations",
        "title": "Administrator Samantha Power Speaks with UN World Food Program Executive Director Cindy McCain",
        "published": "2024-08-29",
        "date_approximate": False,
        "date_note": "date in the page address (aug-29-2024)",
        "truncated": False,
        "note": (
            "removed: 'For Immediate Release', 'Office of Press Relations', the attribution line "
            "'The below is attributable to Acting Spokesperson Shejal Pulivarti:', the trailing "
            "link lines ('USAID Response in Israel and Gaza - October 2023', 'USAID Sudan "
            "Response', 'Share This Page'); trailing spaces at paragraph ends removed; title "
            "reconstructed from the page address"
        ),
        "text": (
            "Today, Administrator Samantha Power spoke with World Food Program (WFP) Executive "
            "Director Cindy McCain. The Administrator and Executive Director McCain discussed "
            "ongoing humanitarian response efforts, including in Gaza, Sudan, and Yemen.\n"
            "On Gaza, they discussed yesterday's IDF attack on a clearly marked WFP vehicle that "
            "was fired upon while delivering humanitarian aid on a pre-approved route, an "
            "incident that underscores the increasing attacks and deteriorating operating "
            "conditions humanitarian organizations continue to face. The Administrator committed "
            "to raising the issue with the Government of Israel at the highest levels, and "
            "reiterated the urgent necessity of strengthening the mechanisms to prevent attacks "
            "on humanitarian workers in Gaza.\n"
            "On Sudan, Administrator Power and Executive Director McCain discussed WFP\u2019s "
            "readiness and efforts to scale up cross-border and cross-line assistance, following "
            "the guarantees from the warring parties for safe, unhindered access through the "
            "Adre crossing and along the Dabbah Road, and discussed ongoing efforts to further "
            "expand humanitarian access. They also discussed the importance of a transparent and "
            "robust response by WFP to allegations of wrongdoing by its staff in Sudan.\n"
            "Administrator Power and Executive Director McCain also spoke about Houthi detentions "
            "of a WFP staff member, other UN and NGO workers, and diplomatic staff, including "
            "U.S. government employees, and restrictions on the humanitarian operating "
            "environment in northern Yemen. Administrator Power emphasized the U.S. commitment to "
            "the people of Yemen facing humanitarian need and the importance of the UN\u2019s "
            "strong condemnation of detentions and other operational constraints."
        ),
    },
    {
        "id": "blind49-11",
        "url": "https://uz.usembassy.gov/u-s-embassy-statement-10th-anniversary-andijan-events/",
        "agency": "U.S. Embassy in Uzbekistan",
        "title": "U.S. Embassy Statement on the 10th anniversary of Andijan Events",
        "published": "2015-05-13",
        "date_approximate": True,
        "date_note": (
            "no date on the stored page; the statement marks the tenth anniversary of 13 May "
            "2005, taken as the day of issue"
        ),
        "truncated": False,
        "note": "removed: the headline (kept in title)",
        "text": (
            "On the tenth anniversary of the events that took place in Andijan on May 13, 2005, "
            "the United States extends its deepest sympathy to the families and friends of all "
            "those who lost their lives or suffered as a result.  We share many common goals "
            "with Uzbekistan and remain committed to encouraging accountability, "
            "reconciliation, democratic reforms, and the protection of human rights.  The United "
            "States continues to urge Uzbekistan to fully implement its national and "
            "international human rights commitments."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind49-01: White House, Darfur (2004) ---
D = "blind49-01"
ev(D, "The Sudanese Government must immediately stop", "must immediately stop", "REQUEST",
   "change", ["human_rights"], [], [], ["SDN"], ["The Sudanese Government"])
ev(D, "The Sudanese Government must immediately stop", "must provide unrestricted access",
   "REQUEST", "", ["human_security"], [], [], ["SDN"], ["The Sudanese Government"])
ev(D, "I condemn these atrocities", "condemn", "ACCUSE", "disapprove", ["human_rights"],
   ["USA"], ["I"])
ev(D, "I condemn these atrocities", "expressed my views", "CONSULT", "", ["diplomatic"],
   ["USA"], ["I"], ["SDN"], ["President Bashir of Sudan"])
ev(D, "For more than two and one half years", "working closely with", "CONSULT",
   "third-party", ["diplomatic"], ["USA"], ["the United States"], ["SDN", "SDN"],
   ["the Government of Sudan", "the Sudanese People's Liberation Movement (SPLM)"])
ev(D, "must be an urgent priority for both sides", "must be an urgent priority", "REQUEST",
   "change", ["diplomatic"], [], [], ["SDN"], ["both sides"])
ev(D, "will move toward normal relations", "will move toward normal relations", "AGREE", "",
   ["diplomatic"], ["USA"], ["The United States"], ["SDN"], ["the Government of Sudan"])
ev(D, "All parties must also ensure", "must also ensure", "REQUEST", "", ["human_security"],
   [], [], ["SDN"], ["All parties"])
ev(D, "All parties must also ensure", "must cooperate fully", "REQUEST", "change",
   ["terrorism"], [], [], ["SDN"], ["the Government of Sudan"])
ev(D, "must not remain complicit", "must not remain complicit", "REQUEST", "change",
   ["human_rights"], [], [], ["SDN"], ["the Government of Sudan"])
ev(D, "I renew my call to Khartoum", "renew my call", "REQUEST", "change", ["diplomatic"],
   ["USA"], ["I"], ["SDN"], ["Khartoum"])

# --- blind49-02: White House, Secretary Rice on Georgia (2008) ---
D = "blind49-02"
ev(D, "I was earlier on the phone", "on the phone", "CONSULT", "phone", ["diplomatic"],
   ["USA", "IGO"], ["I", "the Foreign Ministers of the G7"])
ev(D, "I was earlier on the phone", "discussions", "CONSULT", "", ["diplomatic", "military"],
   ["FRA", "RUS"], ["the French", "the Russians"])
ev(D, "I was earlier on the phone", "discussions", "CONSULT", "", ["diplomatic", "military"],
   ["FRA", "GEO"], ["the French", "the Georgians"])
ev(D, "we welcome that", "welcome that", "SUPPORT", "", ["diplomatic"], ["USA"], ["we"],
   ["FRA"], ["they"])
ev(D, "we welcome that", "welcome the EU mediation", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["we"], ["EUR"], ["EU"])
ev(D, "The Georgians have agreed to a cease-fire", "agreed to a cease-fire", "AGREE", "",
   ["military"], ["GEO"], ["The Georgians"])
ev(D, "The Russians need to stop their military operations", "need to stop their", "REQUEST",
   "yield", ["military"], [], [], ["RUS"], ["The Russians"])
ev(D, "The Russians need to stop their military operations", "said that they will", "CONCEDE",
   "", ["military"], ["RUS"], ["they"])
ev(D, "the United States stands for the territorial", "stands for", "SUPPORT", "",
   ["territory"], ["USA"], ["the United States"], ["GEO"], ["Georgia"])
ev(D, "the United States stands for the territorial", "support", "SUPPORT", "",
   ["pro_democracy"], ["USA"], ["we"], ["GEO"], ["its democratically elected government"])
ev(D, "We are reviewing our options", "reviewing our options", "AID", "",
   ["human_security"], ["USA"], ["We"], ["GEO"], ["Georgia"], hypothetical=True)
ev(D, "We will continue to work diplomatically", "will continue our discussions", "AGREE", "",
   ["diplomatic"], ["USA"], ["We"], future=True)

# --- blind49-03: State Department, Clinton with Indonesian FM Wirajuda (2009) ---
D = "blind49-03"
ev(D, "it is a pleasure to welcome", "welcome", "CONSULT", "visit", ["diplomatic"], ["IDN"],
   ["Indonesia\u2019s foreign minister"])
ev(D, "Mr. Wirajuda and I have already met", "met", "CONSULT", "", ["diplomatic"],
   ["IDN", "USA"], ["Mr. Wirajuda", "I"])
ev(D, "Mr. Wirajuda and I have already met", "talked on the phone", "CONSULT", "phone",
   ["diplomatic"], ["IDN", "USA"], ["Mr. Wirajuda", "I"])
ev(D, "Today, we renewed our commitment", "renewed our commitment", "AGREE", "",
   ["diplomatic"], ["USA", "IDN"], ["we", "we"])
ev(D, "We are working together on a number", "working together", "COOPERATE", "",
   ["diplomatic"], ["USA", "IDN"], ["We", "We"])
ev(D, "American people have the greatest respect", "have the greatest respect for", "SUPPORT",
   "", ["pro_democracy"], ["USA"], ["The American people"], ["IDN"], ["the Indonesian people"])
ev(D, "Earlier today, I met with activists", "met with", "CONSULT", "",
   ["pro_democracy", "human_rights"], ["USA"], ["I"])

# --- blind49-04: U.S. Embassy Nairobi, Gikomba market attacks (2014) ---
D = "blind49-04"
ev(D, "The United States strongly condemns", "strongly condemns", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["The United States"])
ev(D, "The United States strongly condemns", "terrorist attacks", "ASSAULT", "",
   ["terrorism"], [], [], ["KEN"], ["many Kenyans"])
ev(D, "our resolve to stand with Kenya", "stand with", "SUPPORT", "", ["terrorism"], ["USA"],
   ["The United States"], ["KEN"], ["Kenya"])
ev(D, "We work in close partnership with Kenya", "close partnership", "COOPERATE", "",
   ["military", "terrorism"], ["USA", "KEN"], ["We", "Kenya"])
ev(D, "We assist the government of Kenya", "assist", "AID", "", ["military", "terrorism"],
   ["USA"], ["We"], ["KEN"], ["the government of Kenya"])
ev(D, "greatly appreciates the Kenyan government", "greatly appreciates", "SUPPORT", "",
   ["terrorism"], ["USA"], ["The United States"], ["KEN"],
   ["the Kenyan government\u2019s"])
ev(D, "greatly appreciates the Kenyan government", "increases security", "MOBILIZE", "",
   ["terrorism"], ["KEN"], ["the Kenyan government\u2019s"])
ev(D, "Our strong support for Kenya", "will continue", "AGREE", "", ["diplomatic"], ["USA"],
   ["Our"], ["KEN"], ["Kenya"])

# --- blind49-05: DoD News, Hagel call with Egyptian Defense Minister Sobhy (2014) ---
D = "blind49-05"
ev(D, "Defense Secretary Chuck Hagel spoke today", "spoke today with", "CONSULT", "",
   ["military"], ["USA", "EGY"],
   ["Defense Secretary Chuck Hagel", "Egyptian Defense Minister Col. Gen. Sedki Sobhy"])
ev(D, "Defense Secretary Chuck Hagel spoke today", "condemnation", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["the Defense Department's"])
ev(D, "Defense Secretary Chuck Hagel spoke today", "terrorist attacks", "ASSAULT", "",
   ["terrorism", "military"], [], [], ["EGY"], ["Egyptian soldiers"])
ev(D, "Sobhy provided information", "thanking", "SUPPORT", "", ["military"], ["EGY"],
   ["Sobhy"], ["USA"], ["Hagel"])
ev(D, "Sobhy provided information", "support", "AID", "", ["military"], ["USA"],
   ["American"], ["EGY"], ["Egypt's"])
ev(D, "The two leaders reaffirmed", "reaffirmed their commitment", "SUPPORT", "",
   ["military", "diplomatic"], ["USA", "EGY"], ["The two leaders", "The two leaders"])
ev(D, "The two leaders reaffirmed", "agreed to continue to engage", "AGREE", "",
   ["military", "diplomatic"], ["USA", "EGY"], ["The two leaders", "The two leaders"],
   future=True)

# --- blind49-06: U.S. Embassy Colombo, Shannon after meeting FM Samaraweera (2015) ---
D = "blind49-06"
ev(D, "I am happy to be in Sri Lanka", "visit", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["I"], ["LKA"], ["Sri Lanka"])
ev(D, "I just had a productive meeting", "meeting", "CONSULT", "", ["diplomatic"],
   ["USA", "LKA"], ["I", "the Foreign Minister"])
ev(D, "We welcome Sri Lanka", "welcome", "SUPPORT", "", ["peacekeeping"], ["USA"], ["We"],
   ["LKA"], ["Sri Lanka\u2019s"])
ev(D, "We welcome Sri Lanka", "contributions", "AID", "", ["peacekeeping", "disasters"],
   ["LKA"], ["Sri Lanka\u2019s"])
ev(D, "In May, Secretary Kerry and the Foreign Minister", "announced", "AGREE", "",
   ["diplomatic"], ["USA", "LKA"], ["Secretary Kerry", "the Foreign Minister"], future=True)
ev(D, "I am pleased to announce with the Foreign Minister", "will take place", "AGREE", "",
   ["diplomatic"], ["USA", "LKA"], ["I", "the Foreign Minister"], future=True)

# --- blind49-07: USAID, Hurricane Matthew DART (2016) ---
D = "blind49-07"
ev(D, "has deployed a Disaster Assistance Response Team", "has deployed", "AID", "",
   ["disasters"], ["USA"], ["The U.S. Agency for International Development (USAID)"])
ev(D, "USAID is also providing $400,000", "providing", "AID", "", ["disasters"], ["USA"],
   ["USAID"], ["NGO"], ["humanitarian partners"])
ev(D, "The DART, an elite team", "will coordinate with", "AGREE", "", ["disasters"], ["USA"],
   ["The DART"], ["NGO"], ["humanitarian organizations"])
ev(D, "The U.S. Government is also communicating", "communicating with", "CONSULT", "",
   ["disasters"], ["USA", "CUB", "DOM", "COL", "CYM", "BLZ"],
   ["The U.S. Government", "Cuba", "Dominican Republic", "Colombia", "the Cayman Islands",
    "Belize"])
ev(D, "USAID is providing $400,000 for initial relief", "providing", "AID", "", ["disasters"],
   ["USA"], ["USAID"], ["HTI", "JAM"], ["Haiti", "Jamaica"])
ev(D, "USAID will work with international partners", "will work with", "AGREE", "",
   ["disasters"], ["USA"], ["USAID"])

# --- blind49-08: DoD, Esper at the virtual NATO defence ministerial (2020) ---
D = "blind49-08"
ev(D, "Defense Secretary Dr. Mark T. Esper met", "met with", "CONSULT", "multilateral",
   ["military"], ["USA", "IGO"],
   ["Defense Secretary Dr. Mark T. Esper", "Secretary General Jens Stoltenberg"])
ev(D, "Allies reaffirmed their commitment", "reaffirmed their commitment", "AGREE", "",
   ["military"], ["IGO"], ["Allies"])

# --- blind49-09: DoD, Esper call with PRC Defense Minister Wei Fenghe (2020) ---
D = "blind49-09"
ev(D, "held a telephone call with", "held a telephone call", "CONSULT", "phone", ["military"],
   ["USA", "CHN"], ["Secretary of Defense Mark T. Esper", "General Wei Fenghe"])
ev(D, "Secretary Esper called for greater PRC transparency", "called for", "REQUEST", "change",
   ["health"], ["USA"], ["Secretary Esper"], ["CHN"], ["PRC"])
ev(D, "Secretary Esper called for greater PRC transparency", "expressed concern", "ACCUSE",
   "disapprove", ["military", "territory"], ["USA"], ["Secretary Esper"], ["CHN"], ["PRC"])
ev(D, "Secretary Esper called for greater PRC transparency", "called on", "REQUEST", "change",
   ["rights_freedoms"], ["USA"], ["Secretary Esper"], ["CHN"], ["the PRC"])
ev(D, "Secretary Esper communicated the importance", "communicated the importance", "REQUEST",
   "change", ["diplomatic"], ["USA"], ["Secretary Esper"], ["CHN"], ["the PRC"])
ev(D, "Both leaders agreed on the importance", "agreed", "AGREE", "", ["military"],
   ["USA", "CHN"], ["Both leaders", "Both leaders"])
ev(D, "Secretary Esper affirmed the principles", "affirmed the principles", "SUPPORT", "",
   ["military"], ["USA"], ["Secretary Esper"], ["CHN"], ["the PRC"])

# --- blind49-10: USAID, Power call with WFP Executive Director McCain (2024) ---
D = "blind49-10"
ev(D, "Today, Administrator Samantha Power spoke", "spoke with", "CONSULT", "",
   ["human_security"], ["USA", "UNO"],
   ["Administrator Samantha Power",
    "World Food Program (WFP) Executive Director Cindy McCain"])
ev(D, "they discussed yesterday's IDF attack", "attack on", "ASSAULT", "firearms",
   ["human_security", "military"], ["ISR"], ["IDF"], ["UNO"], ["WFP"])
ev(D, "they discussed yesterday's IDF attack", "delivering humanitarian aid", "AID", "",
   ["human_security"], ["UNO"], ["WFP"], ["PSE"], ["Gaza"])
ev(D, "The Administrator committed to raising the issue", "raising the issue", "ACCUSE",
   "disapprove", ["human_security"], ["USA"], ["The Administrator"], ["ISR"],
   ["the Government of Israel"], future=True)
ev(D, "following the guarantees from the warring parties", "guarantees", "AGREE", "",
   ["human_security"], ["SDN"], ["the warring parties"])
ev(D, "allegations of wrongdoing", "allegations", "ACCUSE", "allege", ["corruption"], [], [],
   ["UNO"], ["its staff"])
ev(D, "spoke about Houthi detentions", "detentions", "COERCE", "arrest", ["human_security"],
   ["YEM"], ["Houthi"], ["UNO", "UNO", "NGO", "USA"],
   ["a WFP staff member", "other UN and NGO workers", "other UN and NGO workers",
    "U.S. government employees"])
ev(D, "spoke about Houthi detentions", "restrictions", "COERCE", "restrict",
   ["human_security"], ["YEM"], ["Houthi"])
ev(D, "Administrator Power emphasized the U.S. commitment", "emphasized the U.S. commitment",
   "SUPPORT", "", ["human_security"], ["USA"], ["Administrator Power"], ["YEM"],
   ["the people of Yemen"])
ev(D, "Administrator Power emphasized the U.S. commitment", "condemnation", "ACCUSE",
   "disapprove", ["human_security"], ["UNO"], ["the UN\u2019s"])

# --- blind49-11: U.S. Embassy Tashkent, tenth anniversary of Andijan (2015) ---
D = "blind49-11"
ev(D, "continues to urge Uzbekistan", "urge", "REQUEST", "change", ["human_rights"], ["USA"],
   ["The United States"], ["UZB"], ["Uzbekistan"])

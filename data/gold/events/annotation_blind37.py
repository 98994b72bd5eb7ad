"""Texts and annotation of the blind events set ``blind37.jsonl`` (evgold25, 2026-12-06).

Ten U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House archives of the Bush and Obama administrations, Department of State archive
briefings, the U.S. Embassies in Zimbabwe and Brazil, the Department of Defense; all public
domain). Page furniture is removed (named in each document's ``note``); the wording is otherwise
exactly as stored. Each event is written as: document id, a sentence anchor (a substring of
exactly one sentence), the trigger (a substring found once in that sentence), type, mode,
contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind37.py`` turns this into ``blind37.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind37-01",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2004/05/print/text/20040509.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the Press Secretary",
        "published": "2004-05-09",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'The White House', 'President George W. Bush', 'Print this document' "
            "(twice), 'For Immediate Release', 'Office of the Press Secretary', the date line, "
            "the headline (kept in title), 'Return to this article at:'"
        ),
        "text": (
            "The United States Government strongly condemns the terrorist attack in the Chechen "
            "capital of Grozny today. We mourn the loss of life and extend our condolences to the "
            "families of the victims. The United States resolutely rejects all acts of terrorism "
            "and those who commit them. No national, ethnic, religious or other cause can ever "
            "justify the use of terrorism."
        ),
    },
    {
        "id": "blind37-02",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2005/09/print/20050922-1.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "President Welcomes King Abdullah of Jordan to the White House",
        "published": "2005-09-22",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": True,
        "note": (
            "removed: 'The White House, President George W. Bush Click to print this document', "
            "'For Immediate Release', 'Office of the Press Secretary', the date line, the "
            "headline (kept in title), 'The Oval Office', 'video screen capture', "
            "'President's Remarks', 'video image', the time line '1:48 P.M. EDT', the photo "
            "caption inside the second paragraph ('President George W. Bush visits with King "
            "Abdullah ... White House photo by Eric Draper'); the stored copy is cut inside the "
            "closing 'END 1:50 P.M' time line, every spoken paragraph is complete"
        ),
        "text": (
            "PRESIDENT BUSH: Your Majesty, welcome back. We have just had a wide-ranging and "
            "fruitful discussion about the Middle East. I want to thank you very much for your "
            "vision of a peaceful world, one in which people are able to practice their religion "
            "freely and one in which women are empowered. Your Majesty is a leader and the United "
            "States of America respects his leadership a lot.\n"
            "One of the things I asked His Majesty to do was to go to visit with Prime Minister "
            "Sharon and President Abbas, to help in the peace process there, and he's graciously "
            "agreed to go. I want to thank you, sir, for taking a leadership role; it will be "
            "very helpful to have your voice of reason there to talk to both leaders.\n"
            "Relations between Jordan and America are strong and important and vital. And, "
            "again, I want to welcome you and thank you very much for your advice and counsel on "
            "a lot of different subjects.\n"
            "KING ABDULLAH: Thank you, Mr. President; always a pleasure to be back. And thank you "
            "very much for always the kind support that you've given me and all Jordanians.\n"
            "As you said so, we've had some very fruitful discussions on the peace process and "
            "Iraq. And I want to thank you again for the support that we have gotten from you for "
            "so many years on giving hope to Israelis and Palestinians. And I know that you want "
            "to find a solution that Israelis and Palestinians can meet in peace and harmony and "
            "I hope that if we can help in that respect, that is a great honor for us.\n"
            "Thank you for allowing us to see you again, sir."
        ),
    },
    {
        "id": "blind37-03",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2006/06/print/text/20060605-1.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "President Bush Welcomes President Zelaya of Honduras to the White House",
        "published": "2006-06-05",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'The White House', 'President George W. Bush', 'Print this document' "
            "(twice), 'For Immediate Release', 'Office of the Press Secretary', the date line, "
            "the headline (kept in title), 'The Oval Office', 'President's Remarks', 'In Focus: "
            "Global Diplomacy', the time lines '11:51 A.M. EDT' and 'END 11:55 A.M. EDT', "
            "'Return to this article at:'"
        ),
        "text": (
            "PRESIDENT BUSH: Mr. President, welcome. It's good to have you here. We've had a "
            "very good discussion, as you would expect amongst friends. We discussed our common "
            "interests, and one of our common interests is expanded commercial opportunity. And "
            "CAFTA gives us a chance to realize those opportunities. We talked about our common "
            "desire to make sure the democracies in the region are strong.\n"
            "We talked about the immigration issue. The President is very concerned about the "
            "immigration issue. I assured him that my administration supports a comprehensive "
            "immigration bill that treats people with respect, and at the same time upholds our "
            "laws. And over lunch, I will give him our strategy to continue to press for a "
            "comprehensive bill that will enforce our borders but allow people to come to our "
            "country in a legal way to work on a temporary basis.\n"
            "So, Mr. President, thank you. The people of America respect your country and "
            "appreciate our close ties. And we're sure glad you're here.\n"
            "PRESIDENT ZELAYA: Thank you. (As translated.) I have expressed my appreciation to "
            "the President. I'd like to reiterate my thanks to him for the frankness with which "
            "he has spoken about the solutions to the common problems we face in the Western "
            "Hemisphere.\n"
            "And we come to this meeting with President Bush with great enthusiasm. And in coming "
            "here, we have asked for God's blessing so that this is a meeting that will truly "
            "strengthen the fraternal ties that join us in trying to achieve peace in our day.\n"
            "I thank you very much, Mr. Bush. Your trust makes both of our nations strong.\n"
            "THE PRESIDENT: Thank you, sir. Thank you all."
        ),
    },
    {
        "id": "blind37-04",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2006/06/print/20060626-7.html",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the Press Secretary on Murder of Four Russian Diplomats in Iraq",
        "published": "2006-06-26",
        "date_approximate": False,
        "date_note": "release date printed on the page",
        "truncated": False,
        "note": (
            "removed: 'The White House, President George W. Bush Click to print this document' "
            "(and the closing 'Click to print this document'), 'For Immediate Release', 'Office "
            "of the Press Secretary', the date line, the headline (kept in title), '# # #', "
            "'Return to this article at:'"
        ),
        "text": (
            "We are deeply saddened by the vicious murder of four Russian diplomats taken "
            "hostage by Al-Qaida in Iraq. We send our condolences to the families of the victims "
            "of these terrorists and to the Russian people for their loss. We will continue to "
            "deepen our cooperation with Russia to defeat terrorism and bring the perpetrators "
            "of this act of violence to justice.\n"
            "With this brutal killing, Al-Qaida in Iraq has once again shown its savagery. As "
            "Al-Qaida continues to target diplomats and innocents of all nationalities and "
            "religions, they continue to prove that they are enemies of all humanity. Despite "
            "these horrific acts, Al-Qaida's actions will not dissuade the Iraqi people, the "
            "United States, or the international community from establishing a prosperous, "
            "stable, and safe Iraq that is controlled by the Iraqi government for the Iraqi "
            "people."
        ),
    },
    {
        "id": "blind37-05",
        "url": "http://harare.usembassy.gov/060208.html",
        "agency": "U.S. Department of State (U.S. Embassy Harare, 2008 press releases)",
        "title": "United States Will Continue to Speak Out for Freedom in Zimbabwe",
        "published": "2008-06-02",
        "date_approximate": False,
        "date_note": "the article reports what the spokesman 'said June 2' and is filed under "
                     "the embassy's 2008 press releases with the file name 060208",
        "truncated": True,
        "note": (
            "removed: 'Skip Global Navigation to Main Content', 'Skip Breadcrumb Navigation', "
            "'2008 Press Releases', the headline (kept in title), the byline 'By Charles W. "
            "Corey, Staff Writer', the cross-reference '(See \"Police Harass Diplomats After "
            "Visit to Zimbabwe Hospital ( ).\")' after the fourth paragraph; the stored copy is "
            "cut inside the last paragraph, which is kept to its last complete sentence"
        ),
        "text": (
            "Washington -- The United States government is \"going to continue to speak out ... "
            "to be a voice and beacon for freedom\" in Zimbabwe as that country approaches its "
            "June 27 presidential runoff election, State Department spokesman Sean McCormack said "
            "June 2.\n"
            "McCormack, speaking at the department's daily press briefing, had been asked if the "
            "United States had a contingency plan to monitor conditions inside Zimbabwe if the "
            "Mugabe government made good on its threats to throw U.S. Ambassador to Zimbabwe "
            "James D. McGee out of the country.\n"
            "\"We have a whole embassy of people who are focused either in whole or in part on "
            "issues in this election. We are going to continue to speak out. We are going to "
            "continue to be a voice and beacon for freedom,\" McCormack said.\n"
            "Ambassador McGee and the chiefs of mission from the United Kingdom, the European "
            "Union and Japan, plus officials from the Netherlands and Tanzania, recently were "
            "detained and questioned for 45 minutes by security forces at a roadblock near the "
            "capital, Harare, and again outside a hospital.\n"
            "The State Department spokesman told reporters May 13 that the incidents are "
            "\"indicative of the kind of atmosphere that exists in Zimbabwe right now,\" and that "
            "if foreign diplomats in Zimbabwe are being treated this way, \"you can only imagine "
            "for Zimbabwean citizens what life is like if they make an effort to speak up, to "
            "voice their opinions.\"\n"
            "A senior State Department official said the diplomats had gone to meet with "
            "Zimbabwean citizens who had been hospitalized after being attacked by forces loyal "
            "to President Robert Mugabe."
        ),
    },
    {
        "id": "blind37-06",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2011/09/174015.htm",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "Background Briefing: Secretary's Bilateral Meetings on Colombia, Vietnam, and "
                 "the Ukraine",
        "published": "2011-09-26",
        "date_approximate": False,
        "date_note": "special briefing, date printed on the page (New York City)",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'Special Briefing', 'Senior State Department "
            "Official', 'New York City', the date line; the stored copy is cut inside the "
            "fourth paragraph, which is kept to its last complete sentence"
        ),
        "text": (
            "SENIOR STATE DEPARTMENT OFFICIAL: Afternoon, everybody. Senior State Department "
            "Official here to brief you on the Secretary\u2019s meetings this afternoon with "
            "Colombian Foreign Minister Holguin, Vietnamese Foreign Minister Minh, and to preview "
            "the meeting that she will have at 3:15 with Ukrainian Foreign Minister Gryshchenko.\n"
            "First, with regard to her meeting with Colombian Foreign Minister Holguin, it lasted "
            "about half an hour. The Secretary opened by thanking Colombia for its leadership, "
            "regionally and globally. They discussed the state of the free trade agreement and "
            "their shared hope that it\u2019ll move quickly through the Senate. They then talked "
            "about issues in the UN Security Council \u2013 as you know, Colombia sits on the "
            "Security Council currently \u2013 specifically, the issue of the Palestinian bid for "
            "statehood and, of course, the shared hope of the U.S. and Colombia that we can have "
            "a new strong resolution on Syria, calling for an end to the violence.\n"
            "Colombia is next year\u2019s host of the Summit of the Americas in Cartagena in "
            "April of 2012, so they talked at some length about the agenda for the summit, how to "
            "get business more actively involved in particular, and then they concluded by "
            "comparing notes on Haiti and the upcoming decision in the Security Council on the "
            "UNMIS mandate.\n"
            "With regard to the Secretary\u2019s meeting with Foreign Minister Minh of Vietnam, "
            "they talked about how we have worked together to deepen our bilateral partnership "
            "on the way to what we hope will become a strategic partnership. The Secretary "
            "stressed, followed up by Assistant Secretary for Human Rights Posner, the importance "
            "of the upcoming U.S.-Vietnam high-level dialogue on human rights."
        ),
    },
    {
        "id": "blind37-07",
        "url": "https://2009-2017.state.gov/r/pa/prs/ps/2011/12/178299.htm",
        "agency": "U.S. Department of State, Office of the Spokesperson",
        "title": "Background Briefing: Readout on the Secretary's Meetings With UN Secretary "
                 "General Ban Ki-moon and with Afghan President Karzai",
        "published": "2011-12-05",
        "date_approximate": False,
        "date_note": "special briefing, date printed on the page (Bonn, Germany)",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), 'Special Briefing', 'Senior State Department "
            "Official', 'Bonn, Germany', the date line; the stored copy is cut after a reporter's "
            "interjection ('QUESTION: I\u2019m sorry. You said --') inside the official's next "
            "answer; the text is kept to the last complete paragraph before that interjection"
        ),
        "text": (
            "SENIOR STATE DEPARTMENT OFFICIAL: All right. I\u2019ll \u2013 just to give you a "
            "quick sense of the subjects discussed in the Secretary's meetings today with UN "
            "Secretary General Ban Ki-moon and with Afghan President Karzai. With Ban Ki-moon, "
            "subjects included the Secretary's recent trip to Burma; the secretary general also "
            "saying that he will be engaging with the Burmese; Middle East peace and the "
            "UN\u2019s role in supporting \u2013 in the Contact Group in supporting \u2013 sorry, "
            "in the Quartet and supporting our joint effort to get the parties back to the table; "
            "the situation in Egypt as the elections proceed; Iraq as U.S. troops come out, and "
            "particularly the United Nations commitment to help with the situation in Camp "
            "Ashraf; Iran and the international community\u2019s pressure on Iran. UN Secretary "
            "General Ban Ki-moon also thanked the Secretary for the U.S. support for the Global "
            "Fund and asked that we continue to advocate with Congress for full funding. Syria "
            "\u2013 a discussion about continued support that the UN can provide for bringing an "
            "end to the violence and proceeding with a peaceful transition.\n"
            "QUESTION: (Inaudible) continues with (inaudible) and can provide to --\n"
            "SENIOR STATE DEPARTMENT OFFICIAL: Can provide and to end the violence and support a "
            "peaceful transition. The situation in Yemen and, of course, this conference and "
            "UN\u2019s role in Afghanistan. The Secretary also had lunch with Afghan President "
            "Karzai. They met for about 90 minutes. The conversation included discussion of the "
            "SPD, which as you know, we continue to work on with the Afghan Government; how we "
            "can proceed together on Afghan-led reconciliation."
        ),
    },
    {
        "id": "blind37-08",
        "url": "https://obamawhitehouse.archives.gov/the-press-office/2014/08/11/readout-vice-president-s-call-iraqi-prime-minister-designate-haider-al-a",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Readout of the Vice President\u2019s Call with Iraqi Prime Minister-designate "
                 "Haider al-Abadi",
        "published": "2014-08-11",
        "date_approximate": False,
        "date_note": "date in the page address (the stored copy prints no date line)",
        "truncated": False,
        "note": (
            "removed: the archive banner ('This is historical material \u201cfrozen in "
            "time\u201d ...'), 'Search form', 'The White House', 'Office of the Press "
            "Secretary', 'For Immediate Release', the headline (kept in title)"
        ),
        "text": (
            "Vice President Joe Biden called Iraqi Prime Minister-designate Haider al-Abadi to "
            "congratulate him on his nomination to form a new government and develop a national "
            "program pursuant to Iraq\u2019s constitutional process. The Prime Minister-designate "
            "expressed his intent to move expeditiously to form a broad-based, inclusive "
            "government capable of countering the threat of the Islamic State of Iraq and the "
            "Levant, and building a better future for Iraqis from all communities. The Vice "
            "President relayed President Obama\u2019s congratulations and restated his commitment "
            "to fully support a new and inclusive Iraqi government, particularly in its fight "
            "against ISIL. The two leaders also discussed practical steps towards fully "
            "activating the bilateral Strategic Framework Agreement in all of its fields, "
            "including economic, diplomatic, and security cooperation. Prime Minister-designate "
            "Abadi thanked Vice President Biden for the call, and they agreed to stay in regular "
            "communication as the government formation process proceeds."
        ),
    },
    {
        "id": "blind37-09",
        "url": "https://www.defense.gov/News/News-Releases/News-Release-View/Article/1087030/readout-of-secretary-mattis-bilateral-meeting-with-australian-minister-of-defen",
        "agency": "U.S. Department of Defense",
        "title": "Readout of Secretary Mattis' Bilateral Meeting with Australian Minister of "
                 "Defence Payne",
        "published": "2017-02-16",
        "date_approximate": True,
        "date_note": "the store dates the page 2017-02-17; the readout says the meeting was "
                     "'yesterday' on the margins of the counter-ISIS ministerial in Brussels "
                     "(15 February 2017), so the release is taken as 16 February; the title is "
                     "completed from the page address, which the store cuts",
        "truncated": False,
        "note": (
            "removed: the attribution line 'Secretary of Defense Spokesperson Cmdr. Sarah "
            "Higgins provided the following readout:'"
        ),
        "text": (
            "Secretary of Defense Jim Mattis met yesterday with Australian Minister for Defence "
            "Marise Payne on the margins of the C-ISIS ministerial in Brussels. This was the "
            "first meeting between an Australian cabinet official and a member of the U.S. "
            "administration.\n"
            "The secretary expressed his admiration of the high-performing troops of the "
            "Australian Armed Forces, and he thanked the minister for the Australian military "
            "and people for being long-term and great allies and friends of the United States. "
            "The two leaders discussed efforts to defeat ISIS in the Middle East and around the "
            "globe, as well as the importance of continued support to the government of "
            "Afghanistan. They also exchanged views on the Asia Pacific region, and reaffirmed "
            "their commitment to force posture initiatives in northern Australia.\n"
            "Secretary Mattis and Minister Payne noted their commitment to the alliance and to "
            "further strengthening defense cooperation between the U.S. and Australia. Both "
            "leaders are looking forward to the Australia-U.S. Ministerial Consultations to be "
            "hosted by Australia later this year."
        ),
    },
    {
        "id": "blind37-10",
        "url": "https://br.usembassy.gov/secretary-blinkens-call-with-brazilian-foreign-minister-franca-2/",
        "agency": "U.S. Department of State (U.S. Embassy & Consulates in Brazil)",
        "title": "Secretary Blinken\u2019s Call with Brazilian Foreign Minister Fran\u00e7a",
        "published": "2021-10-15",
        "date_approximate": True,
        "date_note": "the stored copy carries no date; the call prepares the 'upcoming "
                     "Migration Ministerial meeting in Bogota' (held 20 October 2021), so it "
                     "is dated to the weeks before, mid-October 2021 taken",
        "truncated": False,
        "note": (
            "removed: the headline (kept in title), the photo caption ('Secretary of State "
            "Antony Blinken speaks about climate change ... (AP Photo/Jacquelyn Martin, Pool)'), "
            "the attribution line 'The below is attributable to Spokesperson Ned Price:'; the "
            "double spaces between sentences are kept as stored"
        ),
        "text": (
            "Secretary of State Antony J. Blinken held a phone conversation with Brazilian "
            "Foreign Minister Carlos Fran\u00e7a to discuss the unprecedented irregular migration "
            "movements throughout the hemisphere, and our shared goals for the upcoming Migration "
            "Ministerial meeting in Bogota.  He recognized Brazil\u2019s leadership in assisting "
            "vulnerable populations of migrants, including Haitians and Venezuelans.  They "
            "discussed further collaboration to halt the growing uncontrolled flow of irregular "
            "migrants in the region."
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


# --- blind37-01: White House, Grozny attack (2004) ---
D = "blind37-01"
ev(D, "strongly condemns the terrorist attack", "strongly condemns", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["The United States Government"])
ev(D, "strongly condemns the terrorist attack", "terrorist attack", "ASSAULT", "",
   ["terrorism"], [], [], ["RUS"], ["the Chechen capital of Grozny"])
ev(D, "resolutely rejects all acts of terrorism", "resolutely rejects", "ACCUSE", "disapprove",
   ["terrorism"], ["USA"], ["The United States"])

# --- blind37-02: White House, King Abdullah of Jordan (2005) ---
D = "blind37-02"
ev(D, "Your Majesty, welcome back", "welcome back", "CONSULT", "visit", ["diplomatic"],
   ["JOR"], ["Your Majesty"], ["USA"], ["PRESIDENT BUSH"])
ev(D, "We have just had a wide-ranging", "wide-ranging and fruitful discussion", "CONSULT", "",
   ["diplomatic"], ["USA", "JOR"], ["We", "We"])
ev(D, "I want to thank you very much for your vision", "thank you very much", "SUPPORT", "",
   ["diplomatic", "religion_ethnicity"], ["USA"], ["I"], ["JOR"], ["you"])
ev(D, "respects his leadership", "respects his leadership", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["the United States of America"], ["JOR"], ["Your Majesty"])
ev(D, "One of the things I asked His Majesty", "asked", "REQUEST", "meet", ["diplomatic"],
   ["USA"], ["I"], ["JOR"], ["His Majesty"])
ev(D, "One of the things I asked His Majesty", "agreed to go", "AGREE", "", ["diplomatic"],
   ["JOR"], ["he"], ["ISR", "PSE"], ["Prime Minister Sharon", "President Abbas"], future=True)
ev(D, "for taking a leadership role", "thank you", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["I"], ["JOR"], ["you"])
ev(D, "for your advice and counsel", "thank you very much", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["I"], ["JOR"], ["you"])
ev(D, "KING ABDULLAH: Thank you, Mr. President", "Thank you", "SUPPORT", "", ["diplomatic"],
   ["JOR"], ["KING ABDULLAH"], ["USA"], ["Mr. President"])
ev(D, "the kind support that you've given me", "thank you very much", "SUPPORT", "",
   ["diplomatic"], ["JOR"], ["me"], ["USA"], ["you"])
ev(D, "we've had some very fruitful discussions", "fruitful discussions", "CONSULT", "",
   ["diplomatic", "military"], ["JOR", "USA"], ["we", "we"])
ev(D, "I want to thank you again", "thank you again", "SUPPORT", "", ["diplomatic"], ["JOR"],
   ["I"], ["USA"], ["you"])
ev(D, "Thank you for allowing us to see you again", "Thank you", "SUPPORT", "", ["diplomatic"],
   ["JOR"], ["us"], ["USA"], ["you"])

# --- blind37-03: White House, President Zelaya of Honduras (2006) ---
D = "blind37-03"
ev(D, "Mr. President, welcome.", "welcome", "CONSULT", "visit", ["diplomatic"], ["HND"],
   ["Mr. President"], ["USA"], ["PRESIDENT BUSH"])
ev(D, "We've had a very good discussion", "very good discussion", "CONSULT", "",
   ["diplomatic"], ["USA", "HND"], ["We", "We"])
ev(D, "We discussed our common interests", "discussed", "CONSULT", "", ["diplomatic",
   "economic"], ["USA", "HND"], ["We", "We"])
ev(D, "We talked about our common desire", "talked", "CONSULT", "", ["diplomatic",
   "pro_democracy"], ["USA", "HND"], ["We", "We"])
ev(D, "We talked about the immigration issue", "talked", "CONSULT", "", ["diplomatic",
   "migration"], ["USA", "HND"], ["We", "We"])
ev(D, "The President is very concerned", "very concerned", "ACCUSE", "disapprove",
   ["migration"], ["HND"], ["The President"])
ev(D, "And over lunch, I will give him our strategy", "will give him our strategy", "AGREE", "",
   ["diplomatic", "migration"], ["USA"], ["I"], ["HND"], ["him"], future=True)
ev(D, "So, Mr. President, thank you.", "thank you", "SUPPORT", "", ["diplomatic"], [], [],
   ["HND"], ["Mr. President"])
ev(D, "The people of America respect your country", "respect your country", "SUPPORT", "",
   ["diplomatic"], ["USA"], ["The people of America"], ["HND"], ["your country"])
ev(D, "PRESIDENT ZELAYA: Thank you.", "Thank you", "SUPPORT", "", ["diplomatic"], ["HND"],
   ["PRESIDENT ZELAYA"])
ev(D, "I have expressed my appreciation", "expressed my appreciation", "SUPPORT", "",
   ["diplomatic"], ["HND"], ["I"], ["USA"], ["the President"])
ev(D, "I'd like to reiterate my thanks", "reiterate my thanks", "SUPPORT", "", ["diplomatic"],
   ["HND"], ["I"], ["USA"], ["him"])
ev(D, "we come to this meeting with President Bush", "come to this meeting", "CONSULT",
   "visit", ["diplomatic"], ["HND"], ["we"], ["USA"], ["President Bush"])
ev(D, "I thank you very much, Mr. Bush", "thank you very much", "SUPPORT", "", ["diplomatic"],
   ["HND"], ["I"], ["USA"], ["Mr. Bush"])
ev(D, "THE PRESIDENT: Thank you, sir.", "Thank you", "SUPPORT", "", ["diplomatic"], ["USA"],
   ["THE PRESIDENT"], ["HND"], ["sir"])

# --- blind37-04: White House, Russian diplomats killed in Iraq (2006) ---
D = "blind37-04"
ev(D, "vicious murder of four Russian diplomats", "vicious murder", "ASSAULT", "targeted",
   ["terrorism", "diplomatic"], ["IMG"], ["Al-Qaida in Iraq"], ["RUS"],
   ["four Russian diplomats"])
ev(D, "vicious murder of four Russian diplomats", "taken hostage", "ASSAULT", "abduct",
   ["terrorism", "diplomatic"], ["IMG"], ["Al-Qaida in Iraq"], ["RUS"],
   ["four Russian diplomats"])
ev(D, "We will continue to deepen our cooperation", "will continue to deepen our cooperation",
   "AGREE", "", ["terrorism"], ["USA"], ["We"], ["RUS"], ["Russia"])
ev(D, "As Al-Qaida continues to target diplomats", "continues to target", "ASSAULT", "",
   ["terrorism"], ["IMG"], ["Al-Qaida"])

# --- blind37-05: U.S. Embassy Harare, Zimbabwe (2008) ---
D = "blind37-05"
ev(D, "Washington -- The United States government", "going to continue to speak out", "AGREE",
   "", ["pro_democracy", "election"], ["USA"], ["The United States government"], ["ZWE"],
   ["Zimbabwe"])
ev(D, "made good on its threats", "threats", "THREATEN", "expel", ["diplomatic"], ["ZWE"],
   ["the Mugabe government"], ["USA"], ["U.S. Ambassador to Zimbabwe James D. McGee"])
ev(D, "We are going to continue to speak out.", "continue to speak out", "AGREE", "",
   ["pro_democracy"], ["USA"], ["We"])
ev(D, "recently were detained and questioned", "detained and questioned", "COERCE", "arrest",
   ["diplomatic", "repression"], ["ZWE"], ["security forces"],
   ["USA", "GBR", "EUR", "JPN", "NLD", "TZA"],
   ["Ambassador McGee", "the United Kingdom", "the European Union", "Japan", "the Netherlands",
    "Tanzania"])
ev(D, "The State Department spokesman told reporters May 13", "indicative of the kind of "
   "atmosphere", "ACCUSE", "disapprove", ["diplomatic", "repression"], ["USA"],
   ["The State Department spokesman"], ["ZWE"], ["Zimbabwe"])
ev(D, "the diplomats had gone to meet", "gone to meet", "CONSULT", "visit", ["human_rights"],
   ["USA", "GBR", "EUR", "JPN", "NLD", "TZA"],
   ["the diplomats", "the diplomats", "the diplomats", "the diplomats", "the diplomats",
    "the diplomats"], ["ZWE"], ["Zimbabwean citizens"])
ev(D, "the diplomats had gone to meet", "attacked", "ASSAULT", "", ["repression", "election"],
   ["ZWE"], ["forces loyal to President Robert Mugabe"], ["ZWE"], ["Zimbabwean citizens"])

# --- blind37-06: State Department briefing, Colombia and Vietnam (2011) ---
D = "blind37-06"
ev(D, "Senior State Department Official here to brief", "meetings", "CONSULT", "",
   ["diplomatic"], ["USA", "COL", "VNM"],
   ["the Secretary\u2019s", "Colombian Foreign Minister Holguin",
    "Vietnamese Foreign Minister Minh"])
ev(D, "Senior State Department Official here to brief", "meeting that she will have", "AGREE",
   "", ["diplomatic"], ["USA", "UKR"], ["she", "Ukrainian Foreign Minister Gryshchenko"],
   future=True)
ev(D, "First, with regard to her meeting", "meeting", "CONSULT", "", ["diplomatic"],
   ["USA", "COL"], ["her", "Colombian Foreign Minister Holguin"])
ev(D, "The Secretary opened by thanking Colombia", "thanking", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["The Secretary"], ["COL"], ["Colombia"])
ev(D, "They discussed the state of the free trade", "discussed", "CONSULT", "",
   ["economic"], ["USA", "COL"], ["They", "They"])
ev(D, "They then talked about issues in the UN", "talked", "CONSULT", "", ["diplomatic"],
   ["USA", "COL"], ["They", "They"])
ev(D, "so they talked at some length", "talked", "CONSULT", "", ["diplomatic"],
   ["USA", "COL"], ["they", "they"])
ev(D, "With regard to the Secretary\u2019s meeting with Foreign Minister Minh", "talked",
   "CONSULT", "", ["diplomatic"], ["USA", "VNM"],
   ["the Secretary\u2019s", "Foreign Minister Minh of Vietnam"])
ev(D, "With regard to the Secretary\u2019s meeting with Foreign Minister Minh",
   "worked together to deepen our bilateral partnership", "SUPPORT", "", ["diplomatic"],
   ["USA", "VNM"], ["we", "we"])
ev(D, "The Secretary stressed, followed up", "upcoming U.S.-Vietnam high-level dialogue",
   "AGREE", "", ["human_rights", "diplomatic"], ["USA", "VNM"],
   ["U.S.-Vietnam", "U.S.-Vietnam"], future=True)

# --- blind37-07: State Department briefing, Ban Ki-moon and Karzai (2011) ---
D = "blind37-07"
ev(D, "just to give you a quick sense", "meetings", "CONSULT", "", ["diplomatic"],
   ["USA", "UNO", "AFG"],
   ["the Secretary's", "UN Secretary General Ban Ki-moon", "Afghan President Karzai"])
ev(D, "With Ban Ki-moon, subjects included", "recent trip", "CONSULT", "visit",
   ["diplomatic"], ["USA"], ["the Secretary's"], ["MMR"], ["Burma"])
ev(D, "With Ban Ki-moon, subjects included", "will be engaging", "AGREE", "", ["diplomatic"],
   ["UNO"], ["the secretary general"], ["MMR"], ["the Burmese"], future=True)
ev(D, "With Ban Ki-moon, subjects included", "come out", "RETREAT", "withdraw", ["military"],
   ["USA"], ["U.S. troops"], ["IRQ"], ["Iraq"])
ev(D, "With Ban Ki-moon, subjects included", "commitment to help", "AGREE", "",
   ["human_security"], ["UNO"], ["the United Nations"])
ev(D, "also thanked the Secretary", "thanked", "SUPPORT", "", ["health"], ["UNO"],
   ["UN Secretary General Ban Ki-moon"], ["USA"], ["the Secretary"])
ev(D, "also thanked the Secretary", "asked", "REQUEST", "assist", ["health"], ["UNO"],
   ["UN Secretary General Ban Ki-moon"], ["USA"], ["we"])
ev(D, "The Secretary also had lunch", "had lunch", "CONSULT", "", ["diplomatic"],
   ["USA", "AFG"], ["The Secretary", "Afghan President Karzai"])
ev(D, "They met for about 90 minutes", "met", "CONSULT", "", ["diplomatic"], ["USA", "AFG"],
   ["They", "They"])
ev(D, "The conversation included discussion of the SPD", "continue to work on", "CONSULT", "",
   ["diplomatic", "military"], ["USA", "AFG"], ["we", "the Afghan Government"])

# --- blind37-08: White House, Vice President's call with al-Abadi (2014) ---
D = "blind37-08"
ev(D, "Vice President Joe Biden called", "called", "CONSULT", "phone", ["diplomatic"],
   ["USA", "IRQ"], ["Vice President Joe Biden", "Iraqi Prime Minister-designate Haider al-Abadi"])
ev(D, "Vice President Joe Biden called", "congratulate", "SUPPORT", "",
   ["political_institutions"], ["USA"], ["Vice President Joe Biden"], ["IRQ"], ["him"])
ev(D, "relayed President Obama", "relayed President Obama\u2019s congratulations", "SUPPORT",
   "", ["political_institutions"], ["USA"], ["The Vice President"])
ev(D, "relayed President Obama", "restated his commitment to fully support", "SUPPORT", "",
   ["political_institutions", "terrorism"], ["USA"], ["The Vice President"], ["IRQ"],
   ["a new and inclusive Iraqi government"])
ev(D, "The two leaders also discussed", "discussed", "CONSULT", "", ["diplomatic",
   "economic", "military"], ["USA", "IRQ"], ["The two leaders", "The two leaders"])
ev(D, "Abadi thanked Vice President Biden", "thanked", "SUPPORT", "", ["diplomatic"],
   ["IRQ"], ["Prime Minister-designate Abadi"], ["USA"], ["Vice President Biden"])
ev(D, "Abadi thanked Vice President Biden", "agreed to stay in regular communication", "AGREE",
   "", ["diplomatic"], ["IRQ", "USA"], ["Prime Minister-designate Abadi", "Vice President Biden"])

# --- blind37-09: Department of Defense, Mattis and Payne (2017) ---
D = "blind37-09"
ev(D, "Secretary of Defense Jim Mattis met yesterday", "met", "CONSULT", "multilateral",
   ["military"], ["USA", "AUS"],
   ["Secretary of Defense Jim Mattis", "Australian Minister for Defence Marise Payne"])
ev(D, "expressed his admiration", "expressed his admiration", "SUPPORT", "", ["military"],
   ["USA"], ["The secretary"], ["AUS"], ["the high-performing troops of the Australian Armed Forces"])
ev(D, "expressed his admiration", "thanked", "SUPPORT", "", ["military"], ["USA"],
   ["The secretary"], ["AUS"], ["the minister"])
ev(D, "The two leaders discussed efforts to defeat ISIS", "discussed", "CONSULT", "",
   ["military", "terrorism"], ["USA", "AUS"], ["The two leaders", "The two leaders"])
ev(D, "They also exchanged views", "exchanged views", "CONSULT", "", ["military"],
   ["USA", "AUS"], ["They", "They"])
ev(D, "They also exchanged views", "reaffirmed their commitment", "AGREE", "", ["military"],
   ["USA", "AUS"], ["They", "They"])
ev(D, "Secretary Mattis and Minister Payne noted", "noted their commitment", "AGREE", "",
   ["military"], ["USA", "AUS"], ["Secretary Mattis", "Minister Payne"])
ev(D, "Both leaders are looking forward", "looking forward", "AGREE", "", ["military",
   "diplomatic"], ["USA", "AUS"], ["Both leaders", "Both leaders"], future=True)

# --- blind37-10: U.S. Embassy Brazil, Blinken's call with França (2021) ---
D = "blind37-10"
ev(D, "held a phone conversation", "held a phone conversation", "CONSULT", "phone",
   ["migration"], ["USA", "BRA"],
   ["Secretary of State Antony J. Blinken", "Brazilian Foreign Minister Carlos Fran\u00e7a"])
ev(D, "He recognized Brazil", "recognized", "SUPPORT", "", ["migration"], ["USA"], ["He"],
   ["BRA"], ["Brazil\u2019s"])
ev(D, "He recognized Brazil", "assisting", "AID", "", ["migration", "human_security"],
   ["BRA"], ["Brazil\u2019s"], ["HTI", "VEN"], ["Haitians", "Venezuelans"])
ev(D, "They discussed further collaboration", "discussed", "CONSULT", "", ["migration"],
   ["USA", "BRA"], ["They", "They"])

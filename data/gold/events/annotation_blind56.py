"""Texts and annotation of the blind events set ``blind56.jsonl`` (evgold44, 2026-12-07).

Six Voice of America news stories (voanews.com and VOA's preview host voa.pangea-cms.com) and
five U.S. government texts (the Department of Defense at defense.gov twice, the White House
archive of President G. W. Bush, the State Department at state.gov, the U.S. Embassy in Cabo
Verde), taken from the search tool's stored pages; all public domain. Page furniture is removed
(named in each document's ``note``); the wording is otherwise exactly as stored (one paragraph
per line). Each event is written as: document id, a sentence anchor (a substring of exactly one
sentence), the trigger (a substring found once in that sentence), type, mode, contexts, actor
codes, actor texts, recipient codes, recipient texts and the flags. ``build_blind56.py`` turns
this into ``blind56.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

VOA = [
    {
        "id": "blind56-01",
        "url": "http://www.voanews.com/content/afghanistan-pakistan-trade-accusation/1631796.html",
        "agency": "Voice of America",
        "title": "Afghanistan, Pakistan Trade Accusations",
        "published": "2013-03-24",
        "date_approximate": True,
        "date_note": "the page shows no dateline; its photo caption is a file photo of February 4, "
                     "2013, the story reports Mosazai's accusation 'on Saturday' and its number "
                     "(1631796) sits just before VOA 1632843 (Dunford's Pakistan visit, late March "
                     "2013), so it is dated to the weekend of March 23-24, 2013",
        "truncated": True,
        "note": (
            "removed: 'News / Asia', the headline (kept in title), the photo caption (stored "
            "three times), the byline 'Sharon Behn', blank lines; the store cuts the page inside "
            "the next paragraph ('He also said Pakistan's offer ... a gesture of goo'), which is "
            "dropped. Wording kept exactly"
        ),
        "text": (
            "Relations between neighbors Afghanistan and Pakistan have taken another downturn "
            "with each side blaming the other of hindering the already fragile peace process in "
            "Afghanistan. The tensions come at a critical time, as foreign forces prepare to "
            "leave Afghanistan in less than two years.\n"
            "Afghan Foreign Ministry spokesman Janan Mosazai on Saturday accused Pakistan of "
            "having set a number of unacceptable pre-conditions to the peace and reconciliation "
            "process with the Taliban.\n"
            "\"They have asked us to sever our ties with the Republic of India, they have asked "
            "us to send our army officers to Pakistan for training, and they have asked us to "
            "immediately sign the strategic partnership agreement that Pakistan proposed to "
            "Afghanistan,\" he said.\n"
            "Pakistan's Foreign Ministry spokesman rejected the accusation that Islamabad had "
            "laid down any conditions. In a statement, spokesman Aizaz Ahmad Choudhry said the "
            "Strategic Agreement had come from Afghan President Hamid Karzai."
        ),
    },
    {
        "id": "blind56-03",
        "url": "https://www.voanews.com/a/a-13-2006-10-22-voa9/326139.html",
        "agency": "Voice of America",
        "title": "Sudanese Government Gives UN Envoy 3 Days to Leave",
        "published": "2006-10-22",
        "date_approximate": False,
        "date_note": "date in the story's URL (2006-10-22), a Sunday, matching 'the foreign "
                     "ministry said on Sunday'",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), blank "
            "lines; the store cuts the page inside the last paragraph ('The three-year Darfur "
            "conflict began when rebels atta'), which is dropped. Source wording kept ('spokesman "
            "Ali Sadiq, told VOA', 'affect the situation')"
        ),
        "text": (
            "The Sudanese government is expelling a top United Nations envoy from Sudan, the "
            "foreign ministry said on Sunday. The expulsion comes in the wake of comments U.N. "
            "envoy Jan Pronk made on his Web site indicating that the Sudanese Armed Forces are "
            "in a state of disarray in Darfur.\n"
            "United Nations Special Representative to the Secretary General, Jan Pronk, has been "
            "given 72 hours to leave Sudan.\n"
            "Pronk last week wrote on his Web site that the Sudanese army had lost two key "
            "battles against rebels in Darfur.\n"
            "Pronk charged that some Sudanese troops are refusing to fight and he said some "
            "generals have been fired.\n"
            "The Sudanese armed forces denied Pronk's claim and called for his expulsion from the "
            "country.\n"
            "Sudanese foreign ministry spokesman Ali Sadiq, told VOA that Pronk is also at odds "
            "with the government over statements he made about the Darfur peace agreement.\n"
            "\"This decision has to do with the recent statements issued by Mr. Pronk on his "
            "private Web site, in which he said the government of Sudan did not implement the "
            "Darfur peace agreement and is deceiving those who signed the DPA,\" said Sadiq. "
            "\"We consider these statements are unwarranted and affect the situation in "
            "Darfur.\"\n"
            "The United Nations was not available for comment on Pronk's dismissal.\n"
            "In August Sudan began a military offensive against rebels in northern Darfur who "
            "have refused to sign on to a peace agreement with the Sudanese government.\n"
            "Only one faction of the rebel Sudan Liberation Movement signed on to the deal.\n"
            "Others refused, complaining that the peace agreement did not meet their demands of "
            "power-sharing and monetary compensation for some three million victims of the "
            "conflict.\n"
            "Last week Darfuri rebels and Sudanese troops clashed along Sudan's porous border "
            "with Chad, sending hundreds of injured rebels and soldiers streaming into the "
            "Chadian town of Bahai."
        ),
    },
    {
        "id": "blind56-05",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/talks-to-settle-greece-macedonia-name-dispute-in-final-stage/4414084.html",
        "agency": "Voice of America",
        "title": "Talks to Settle Greece-Macedonia Name Dispute in Final Stage",
        "published": "2018-05-21",
        "date_approximate": True,
        "date_note": "the page shows no dateline; its photo caption is dated May 19, 2018 (a "
                     "Saturday) and the ministers spoke 'Monday', so it is dated Monday, May 21, "
                     "2018",
        "truncated": False,
        "note": (
            "VOA's preview host voa.pangea-cms.com. Removed: 'Accessibility links', 'Breaking "
            "News', the headline (kept in title), the photo caption (stored twice), the closing "
            "'VOA News' author box ('16x9 Image', 'VOA News', the standard description of VOA) "
            "and the layout markers 'XS SM MD LG', blank lines. The story ends before the author "
            "box (not cut). Straight and curly quotes and apostrophes kept as stored ('Greece\u2019s', "
            "'\"New Macedonia\"' beside '\u201cUpper Macedonia\u201d')"
        ),
        "text": (
            "Talks to settle the long-running dispute between Greece and Macedonia over the name "
            "Macedonia are in their final stage, the two foreign ministers said Monday.\n"
            "Greece\u2019s Nikos Kotzias and Nikola Dimitrov of Macedonia both say their prime "
            "ministers will take over the talks after several legal and technical issues are "
            "worked out.\n"
            "Dimitrov told reporters in Brussels Monday there could be a final agreement before "
            "an EU summit at the end of June.\n"
            "Macedonia is the name of a former Yugoslav republic and a historic ancient area of "
            "northern Greece.\n"
            "Both countries have been feuding over the use of the name since the country "
            "Macedonia gained independence in 1991.\n"
            "Many Greeks say allowing the neighboring country to use the name insults Greek "
            "history and implies a claim on Greek territory.\n"
            "Some Macedonians say changing their country's name or even modifying it in a deal "
            "with Greece would be like committing treason.\n"
            "Macedonian Prime Minister Zoran Zaev has proposed changing his country's name to "
            "\"New Macedonia\" or possibly \u201cUpper Macedonia\u201d in exchange for Greece "
            "dropping its blocking of Macedonian membership in NATO."
        ),
    },
    {
        "id": "blind56-06",
        "url": "http://www.voanews.com/content/wikileaks-assange-seeks-exit-from-ecuador-embassy-in-london/2417042.html",
        "agency": "Voice of America",
        "title": "Wikileaks' Assange Seeks Exit From Ecuador's London Embassy",
        "published": "2014-08-18",
        "date_approximate": False,
        "date_note": "the photo caption dates the news conference 'Monday Aug. 18, 2014' and the "
                     "photo list 'Aug. 18, 2014'",
        "truncated": True,
        "note": (
            "removed: 'News / Europe', the headline (kept in title), the photo caption, the byline "
            "'VOA News', the list of four photo captions between the third and fourth paragraphs, "
            "blank lines; the store cuts the page inside the last paragraph ('Assange and his "
            "Wikileaks team published ... on the Iraq war and'), which is dropped. Source wording "
            "kept ('embassy 2012')"
        ),
        "text": (
            "Wikileaks founder Julian Assange says he may leave the embassy of Ecuador in London "
            "where he has sought political asylum for the past two years.\n"
            "During a news conference with Ecuadoran Foreign Minister Ricardo Patino, Assange "
            "confirmed a Wikileaks spokesman's statement he would leave the embassy \"soon.\" "
            "Assange did not offer further details.\n"
            "Assange sought refuge in the Ecuadoran embassy 2012 when British courts said he "
            "could be extradited to Sweden for allegations of sexual misconduct there.\n"
            "The Australian former journalist fears Sweden would hand him over to the United "
            "States, where he likely would face trial for one of the largest leaks of classified "
            "material in American history."
        ),
    },
]

GOV = [
    {
        "id": "blind56-07",
        "url": "https://www.defense.gov/News/Releases/Release/Article/1928922/readout-of-secretary-of-defense-mark-t-espers-meetings-in-japan/",
        "agency": "U.S. Department of Defense (defense.gov release, readout by DoD spokesman Lt. "
                  "Col. Dave Eastburn)",
        "title": "Readout of Secretary of Defense Mark T. Esper's Meetings in Japan",
        "published": "2019-08-07",
        "date_approximate": True,
        "date_note": "the stored copy shows no date; the readout reports the Tokyo meetings "
                     "'today' as the fourth stop of Esper's first Indo-Pacific trip after taking "
                     "office (early August 2019); dated August 7, 2019 from the annotator's "
                     "knowledge of the trip, uncertain by a day or two",
        "truncated": True,
        "note": (
            "removed: the .gov banner ('An official website of the United States Government' ... "
            "'official, secure websites.'), the archive notice ('You have accessed part of a "
            "historical collection ...'), 'Immediate Release', the headline (kept in title), the "
            "attribution line 'Department of Defense spokesman Lt. Col. Dave Eastburn provided the "
            "following readout:', blank lines; the store cuts the page after the first word of "
            "the next sentence ('The'), which is dropped together with the double space before "
            "it. Wording kept exactly"
        ),
        "text": (
            "Secretary of Defense Mark T. Esper met with Prime Minister Shinzo Abe, Defense "
            "Minister Takeshi Iwaya, Chief Cabinet Secretary Yoshihide Suga and State Minister "
            "for Foreign Affairs Masahisa Sato in Tokyo today as the fourth stop in his first "
            "visit to the Indo-Pacific region since assuming his position. During all of his "
            "meetings, Secretary Esper emphasized the increasingly important role the U.S.-Japan "
            "alliance plays in ensuring a free and open Indo-Pacific region, reaffirmed "
            "commitment to achieving the final, fully verified denuclearization of North Korea, "
            "and discussed approaches to strengthening the capabilities of the Alliance in "
            "today's dynamic security environment.\n"
            "In his meeting with Prime Minister Abe, the Secretary discussed in detail the close "
            "coordination of the United States and Japan, working with other partners, to fully "
            "implement the sanctions against North Korea, based on U.N. Security Council "
            "Resolutions, to prevent illicit ship-to-ship transfers. The Secretary applauded the "
            "leadership role of Japan in this effort, and assured the Prime Minister of his "
            "commitment with respect to denuclearization of North Korea, including addressing "
            "ballistic missiles of all ranges and support for a resolution of the abductee issue."
        ),
    },
    {
        "id": "blind56-08",
        "url": "https://georgewbush-whitehouse.archives.gov/news/releases/2005/03/text/20050317-4.html",
        "agency": "White House (archive of President G. W. Bush), Office of the Press Secretary",
        "title": "Press Briefing by Scott McClellan (readout of President Bush's meeting with "
                 "Taoiseach Bertie Ahern of Ireland)",
        "published": "2005-03-17",
        "date_approximate": False,
        "date_note": "the release is dated March 17, 2005 (St. Patrick's Day, as the text says)",
        "truncated": True,
        "note": (
            "removed: the site's navigation lines, 'Printer-Friendly Version', 'Email this page "
            "to a friend', 'For Immediate Release', 'Office of the Press Secretary', the date "
            "line, the title 'Press Briefing by Scott McClellan', 'The James S. Brady Press "
            "Briefing Room', 'Press Briefing', the time '1:22 P.M. EST', blank lines; the store "
            "cuts the page inside the last sentence of the opening statement ('And following "
            "that, the two leaders met with ... in Northern Irel'), which is dropped, and the "
            "questions that follow are not stored. The speaker label 'MR. McCLELLAN:' is kept. "
            "Source wording kept ('the hopeful period it is in the Middle East', 'how advance -- "
            "Iraq is moving forward')"
        ),
        "text": (
            "MR. McCLELLAN: Good afternoon, and Happy St. Patrick's Day to everyone. America has "
            "greatly benefited from the contributions of the Irish. And the President was pleased "
            "to welcome Prime Minister Ahern back to the White House today, and receive the bowl "
            "of shamrocks from the Taoiseach. Our two nations enjoy a strong friendship that "
            "unites us.\n"
            "The two leaders, following the Shamrock Ceremony, had the opportunity to sit down "
            "and visit. They had a very good discussion. The President and Prime Minister "
            "discussed a range of issues. They talked about the hopeful period it is in the "
            "Middle East and the advance of freedom and democracy in the region. They talked "
            "about Iraq and how advance -- Iraq is moving forward on the path to democracy, with "
            "the successful elections and the first meeting of the Transitional National "
            "Assembly.\n"
            "And they talked about the Middle East peace process and the importance of "
            "supporting the aspirations of the Palestinian people, as they move forward to put "
            "the institutions in place for a democratic state to emerge. They also discussed "
            "Lebanon and Iran, and the President's recent trip to Europe, as well as other "
            "transatlantic issues.\n"
            "And they discussed their shared commitment to peace in Northern Ireland. Both "
            "leaders agreed that the criminality and violence must end. The meeting was about 50 "
            "minutes long."
        ),
    },
    {
        "id": "blind56-09",
        "url": "https://www.state.gov/senior-state-department-official-on-middle-east-issues-at-the-74th-session-of-the-united-nations-general-assembly/",
        "agency": "U.S. Department of State (state.gov, background briefing by a senior State "
                  "Department official)",
        "title": "[title from the address] Senior State Department Official on Middle East Issues "
                 "at the 74th Session of the United Nations General Assembly",
        "published": "2019-09-26",
        "date_approximate": True,
        "date_note": "the stored copy starts at the transcript and shows no date; the official "
                     "gives 'a wrap-up of UNGA' week (the 74th session's high-level week, "
                     "September 23-27, 2019) and mentions the co-hosted Yemen conference and the "
                     "Secretary's remarks 'yesterday'; dated Thursday, September 26, 2019 as the "
                     "most likely day, uncertain by a day or two",
        "truncated": True,
        "note": (
            "the stored copy begins with the transcript (no headline or date stored; the title is "
            "written in brackets from the address). Blank lines removed; the store cuts the page "
            "inside the next sentence ('He basically went out there with a publisher's "
            "clearinghouse check for 500 million and turned it over to'), which is dropped. "
            "Speaker labels ('QUESTION:', 'MODERATOR:', 'SENIOR STATE DEPARTMENT OFFICIAL:'), "
            "the bracketed '[Senior State Department Official]', the double spaces after full "
            "stops and colons and the curly apostrophes are kept as stored. Source wording kept "
            "('Syria civilians', 'UN \u2013 UNGA', 'U.S.-Yemen \u2013 UN-Yemen')"
        ),
        "text": (
            "QUESTION:  Good morning.\n"
            "MODERATOR:  I think everyone has met [Senior State Department Official].  He is "
            "going to be speaking this morning on background, attribution to a senior State "
            "Department official.  And I\u2019ll turn it over to him to make an initial "
            "statement, and then we\u2019ll field your questions.\n"
            "SENIOR STATE DEPARTMENT OFFICIAL:  Good morning.  I\u2019m going to read you guys "
            "something first, some of my thoughts from this week, a wrap-up of UNGA.  It\u2019s "
            "clear from the E3 statement, and the meetings with our interlocutors, that Iran is "
            "responsible for the attacks on Saudi Arabia.  We welcome the statements and will "
            "continue the maximum pressure campaign until the Iran regime ceases its "
            "destabilizing behavior that threatens not only the Middle East but freedom of "
            "navigation and global energy flows.\n"
            "We worked with the UN to advance the political process in Syria with the "
            "announcement by Secretary-General Guterres of an agreement between Syrian parties "
            "to form a constitutional committee.  As the Secretary stated in his remarks "
            "yesterday, the Assad regime\u2019s atrocities, including the use of chemical "
            "weapons on May 19th, will not go unchallenged.  The U.S. will continue to pressure "
            "the Assad regime to end its brutal violence against Syria civilians.  Ambassador "
            "Jeffrey briefed you all yesterday evening, I believe, on our Syria policy "
            "objectives.\n"
            "So on other fronts \u2013 on Yemen, the U.S., Saudi Arabia, the UN OCHA co-hosted a "
            "multilateral conference on Yemen humanitarian assistance on the margins of the UN "
            "\u2013 UNGA.  The conference addressed the humanitarian crisis in Yemen and "
            "encouraged donors to fully fund the 2019 U.S.-Yemen \u2013 UN-Yemen humanitarian "
            "response plan.  During the event, the Saudi foreign minister finalized plans for "
            "Saudi Arabia\u2019s disbursement of $500 million of the funds it pledged for "
            "Yemen\u2019s humanitarian assistance."
        ),
    },
    {
        "id": "blind56-10",
        "url": "https://www.defense.gov/News/Transcripts/Transcript/Article/2104916/remarks-by-secretary-esper-in-a-joint-press-briefing-with-uk-secretary-of-state/",
        "agency": "U.S. Department of Defense (defense.gov transcript)",
        "title": "Remarks by Secretary Esper in a Joint Press Briefing With U.K. Secretary of "
                 "State for Defense Wallace",
        "published": "2020-02-21",
        "date_approximate": True,
        "date_note": "the stored copy shows no date. Estimated from the defense.gov article number "
                     "(2104916; article 2022932 is dated Nov. 21, 2019, and numbers grew by about "
                     "900 a day) and from the text (the coming intra-Afghan negotiations, the UK "
                     "leading the International Maritime Security Construct): February to March "
                     "2020, recorded as 2020-02-21; uncertain by some weeks",
        "truncated": True,
        "note": (
            "removed: the .gov banner, the archive notice, the headline (kept in title), blank "
            "lines; the store cuts the page inside the next sentence ('On Afghanistan, we will "
            "remain in close consultation ... intra-Afghan negotia'), which is dropped. The "
            "speaker label 'SECRETARY OF DEFENSE MARK T. ESPER:' is kept. Source wording kept "
            "('Missing the aisle, I guess.', 'the UK's continue diplomatic')"
        ),
        "text": (
            "SECRETARY OF DEFENSE MARK T. ESPER: Missing the aisle, I guess. Good afternoon, "
            "everyone, it's a pleasure to welcome Secretary Wallace to the Pentagon as we "
            "continue to strengthen the historic defense relationship between the United States "
            "and the United Kingdom.\n"
            "For more than a century, our two nations have led the fight against tyranny and "
            "terrorism from Argonne to North Africa, from Afghanistan to Iraq. The United States "
            "is grateful for the UK's continue diplomatic, economic, and military leadership on "
            "the global stage.\n"
            "As a steadfast NATO ally, the United Kingdom exceeds the two percent of GDP "
            "expenditure commitment and has been a powerful voice, encouraging other NATO "
            "members to contribute more to our shared defense, especially as the alliance "
            "considers expanding its role in the Middle East.\n"
            "During today's meeting, we once again affirmed our shared commitment to the Defeat "
            "ISIS coalition and to supporting a sovereign, independent, and prosperous Iraq. On a "
            "similar front, we appreciate the UK's commitment to and now leadership of the "
            "International Maritime Security Construct as we work together to deter threats to "
            "global commerce and safeguard freedom of navigation in the Gulf region."
        ),
    },
    {
        "id": "blind56-11",
        "url": "https://cv.usembassy.gov/ambassador-linda-thomas-greenfield-meets-minister-of-foreign-affairs-rui-figueiredo-soares/",
        "agency": "U.S. Embassy in Cabo Verde (cv.usembassy.gov)",
        "title": "Ambassador Linda Thomas-Greenfield meets with the Minister of Foreign Affairs, "
                 "Rui Figueiredo Soares",
        "published": "2023-09-08",
        "date_approximate": True,
        "date_note": "the stored copy gives the day only ('yesterday, September 7'), so it was "
                     "posted September 8; the year is not on the page: Thomas-Greenfield was UN "
                     "ambassador 2021-2025 and the annotator dates the visit to 2023 from memory, "
                     "uncertain (2021-2024 possible)",
        "truncated": False,
        "note": (
            "removed: the headline (kept in title), blank lines. The stored copy is the whole "
            "short post. Curly quotes kept as stored"
        ),
        "text": (
            "US Ambassador to the UN Linda Thomas-Greenfield was in Cape Verde yesterday, "
            "September 7, and was received by the Minister of Foreign Affairs, Cooperation and "
            "Regional Integration, Rui Alberto de Figueiredo Soares.\n"
            "\u201cWe discussed a range of issues related to our partnership, both bilateral and "
            "multilateral. Cape Verde has been an incredible partner for us. And part of my "
            "visit is to highlight this partnership. And to thank the Cape Verdean leaders for "
            "this partnership and this friendship,\u201d Linda Thomas-Greenfield told "
            "journalists."
        ),
    },
]

DOCS: list[dict] = VOA + GOV


# doc, sentence anchor, trigger, type, mode, context, actor, actor_text, recipient,
# recipient_text, flags (negated / future / hypothetical)
E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind56-01: Afghanistan and Pakistan trade accusations over peace-process conditions (2013) ---
D = "blind56-01"
S = "Relations between neighbors Afghanistan and Pakistan"
ev(D, S, "blaming", "ACCUSE", "allege", ["diplomatic"], ["AFG", "PAK"],
   ["Afghanistan", "Pakistan"])
S = "Janan Mosazai on Saturday accused Pakistan"
ev(D, S, "accused", "ACCUSE", "allege", ["diplomatic"], ["AFG"],
   ["Afghan Foreign Ministry spokesman Janan Mosazai"], ["PAK"], ["Pakistan"])
S = "They have asked us to sever our ties"
ev(D, S, "asked us to sever", "REQUEST", "change", ["diplomatic"], ["PAK"], ["They"],
   ["AFG"], ["us"])
ev(D, S, "asked us to send", "REQUEST", "assist", ["military"], ["PAK"], ["They"],
   ["AFG"], ["us"])
ev(D, S, "asked us to immediately sign", "REQUEST", "assist", ["diplomatic"], ["PAK"],
   ["They"], ["AFG"], ["us"])
ev(D, S, "proposed", "AGREE", "", ["diplomatic"], ["PAK"], ["Pakistan"], ["AFG"],
   ["Afghanistan"])
S = "Foreign Ministry spokesman rejected the accusation"
ev(D, S, "rejected the accusation", "REJECT", "", ["diplomatic"], ["PAK"],
   ["Pakistan's Foreign Ministry spokesman"])
S = "the Strategic Agreement had come from Afghan President"
ev(D, S, "had come from", "AGREE", "", ["diplomatic"], ["AFG"],
   ["Afghan President Hamid Karzai"])

# --- blind56-03: Sudan expels the UN envoy Jan Pronk over his Darfur comments (2006) ---
D = "blind56-03"
S = "The Sudanese government is expelling"
ev(D, S, "is expelling", "SANCTION", "expel", ["diplomatic"], ["SDN"],
   ["The Sudanese government"], ["UNO"], ["a top United Nations envoy"])
S = "the Sudanese army had lost two key battles"
ev(D, S, "lost two key battles", "ASSAULT", "", ["military"], ["SDN", "SDN"],
   ["the Sudanese army", "rebels"])
S = "Pronk charged that some Sudanese troops"
ev(D, S, "charged", "ACCUSE", "allege", ["military"], ["UNO"], ["Pronk"], ["SDN"],
   ["some Sudanese troops"])
S = "The Sudanese armed forces denied Pronk's claim"
ev(D, S, "denied", "REJECT", "", ["military"], ["SDN"], ["The Sudanese armed forces"])
ev(D, S, "claim", "ACCUSE", "allege", ["military"], ["UNO"], ["Pronk"], ["SDN"],
   ["The Sudanese armed forces"])
ev(D, S, "called for his expulsion", "REQUEST", "", ["diplomatic"], ["SDN"],
   ["The Sudanese armed forces"])
S = "This decision has to do with the recent statements"
ev(D, S, "in which he said", "ACCUSE", "allege", ["diplomatic"], ["UNO"], ["he"], ["SDN"],
   ["the government of Sudan"])
S = "We consider these statements are unwarranted"
ev(D, S, "are unwarranted", "REJECT", "", ["diplomatic"], ["SDN"], ["We"])
S = "In August Sudan began a military offensive"
ev(D, S, "began a military offensive", "ASSAULT", "", ["military"], ["SDN"], ["Sudan"],
   ["SDN"], ["rebels"])
ev(D, S, "have refused to sign on", "REJECT", "", ["diplomatic"], ["SDN"], ["rebels"],
   ["SDN"], ["the Sudanese government"])
S = "Only one faction of the rebel Sudan Liberation Movement"
ev(D, S, "signed on to the deal", "SUPPORT", "", ["diplomatic"], ["SDN"],
   ["one faction of the rebel Sudan Liberation Movement"])
S = "Others refused, complaining"
ev(D, S, "refused", "REJECT", "", ["diplomatic"], ["SDN"], ["Others"])
ev(D, S, "complaining", "ACCUSE", "disapprove", ["diplomatic"], ["SDN"], ["Others"])
S = "Darfuri rebels and Sudanese troops clashed"
ev(D, S, "clashed", "ASSAULT", "", ["military"], ["SDN", "SDN"],
   ["Darfuri rebels", "Sudanese troops"])

# --- blind56-05: Greece and Macedonia talks on the name dispute in their final stage (2018) ---
D = "blind56-05"
S = "Talks to settle the long-running dispute"
ev(D, S, "Talks", "CONSULT", "", ["diplomatic"], ["GRC", "MKD"], ["Greece", "Macedonia"])
S = "their prime ministers will take over the talks"
ev(D, S, "will take over the talks", "AGREE", "", ["diplomatic"], ["GRC", "MKD"],
   ["their prime ministers", "their prime ministers"], future=True)
S = "Both countries have been feuding"
ev(D, S, "have been feuding", "ACCUSE", "disapprove", ["diplomatic"], ["GRC", "MKD"],
   ["Both countries", "Both countries"])
S = "Many Greeks say allowing the neighboring country"
ev(D, S, "insults Greek history", "ACCUSE", "disapprove", ["diplomatic", "territory"],
   ["GRC"], ["Many Greeks"], ["MKD"], ["the neighboring country"])
S = "Some Macedonians say changing their country's name"
ev(D, S, "would be like committing treason", "ACCUSE", "disapprove", ["diplomatic"],
   ["MKD"], ["Some Macedonians"])
S = "Zoran Zaev has proposed changing"
ev(D, S, "has proposed", "AGREE", "", ["diplomatic"], ["MKD"],
   ["Macedonian Prime Minister Zoran Zaev"], ["GRC"], ["Greece"])
ev(D, S, "its blocking of Macedonian membership", "REJECT", "", ["diplomatic"], ["GRC"],
   ["Greece"], ["MKD"], ["Macedonian"])

# --- blind56-06: Assange, Ecuador's London embassy and the feared extradition (2014) ---
D = "blind56-06"
S = "where he has sought political asylum"
ev(D, S, "has sought political asylum", "REQUEST", "assist", ["legal", "human_rights"],
   ["AUS"], ["Wikileaks founder Julian Assange"], ["ECU"], ["Ecuador"])
S = "During a news conference with Ecuadoran Foreign Minister"
ev(D, S, "a news conference with", "CONSULT", "", ["diplomatic"], ["AUS", "ECU"],
   ["Assange", "Ecuadoran Foreign Minister Ricardo Patino"])
S = "when British courts said he could be extradited"
ev(D, S, "British courts said", "SANCTION", "convict", ["legal"], ["GBR"],
   ["British courts"], ["AUS"], ["he"])
S = "fears Sweden would hand him over"
ev(D, S, "would hand him over", "COOPERATE", "", ["legal"], ["SWE"], ["Sweden"], ["USA"],
   ["the United States"], hypothetical=True)
ev(D, S, "would face trial", "ACCUSE", "allege", ["legal", "intelligence"], ["USA"],
   ["the United States"], ["AUS"], ["The Australian former journalist"], hypothetical=True)

# --- blind56-07: DoD readout of Secretary Esper's meetings in Tokyo (2019) ---
D = "blind56-07"
S = "Secretary of Defense Mark T. Esper met with"
ev(D, S, "met with", "CONSULT", "", ["military", "diplomatic"], ["USA", "JPN"],
   ["Secretary of Defense Mark T. Esper", "Prime Minister Shinzo Abe"])
ev(D, S, "his first visit", "CONSULT", "visit", ["military", "diplomatic"], ["USA"],
   ["Secretary of Defense Mark T. Esper"])
S = "During all of his meetings, Secretary Esper emphasized"
ev(D, S, "emphasized", "SUPPORT", "", ["military"], ["USA"], ["Secretary Esper"], ["JPN"],
   ["Japan"])
ev(D, S, "reaffirmed commitment", "AGREE", "", ["military", "cbrn"], ["USA"],
   ["Secretary Esper"])
S = "the Secretary discussed in detail the close coordination"
ev(D, S, "the close coordination", "COOPERATE", "", ["military", "economic"], ["USA", "JPN"],
   ["the United States", "Japan"])
S = "The Secretary applauded the leadership role of Japan"
ev(D, S, "applauded", "SUPPORT", "", ["military"], ["USA"], ["The Secretary"], ["JPN"],
   ["Japan"])
ev(D, S, "assured", "AGREE", "", ["military", "cbrn"], ["USA"], ["The Secretary"], ["JPN"],
   ["the Prime Minister"])

# --- blind56-08: White House briefing: President Bush meets Taoiseach Ahern (2005) ---
D = "blind56-08"
S = "the President was pleased to welcome Prime Minister Ahern"
ev(D, S, "welcome", "CONSULT", "visit", ["diplomatic"], ["IRL"], ["Prime Minister Ahern"],
   ["USA"], ["the President"])
S = "had the opportunity to sit down and visit"
ev(D, S, "sit down and visit", "CONSULT", "", ["diplomatic"], ["USA", "IRL"],
   ["The two leaders", "The two leaders"])
S = "They also discussed Lebanon and Iran"
ev(D, S, "recent trip to Europe", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["the President's"])
S = "Both leaders agreed that the criminality"
ev(D, S, "agreed", "AGREE", "", ["diplomatic"], ["USA", "IRL"],
   ["Both leaders", "Both leaders"])

# --- blind56-09: State Department background briefing on UNGA week, Middle East (2019) ---
D = "blind56-09"
S = "clear from the E3 statement"
ev(D, S, "E3 statement", "ACCUSE", "allege", ["military"], ["FRA", "DEU", "GBR"],
   ["E3", "E3", "E3"], ["IRN"], ["Iran"])
ev(D, S, "is responsible for", "ACCUSE", "allege", ["military"], ["USA"], ["our"], ["IRN"],
   ["Iran"])
S = "We welcome the statements"
ev(D, S, "welcome", "SUPPORT", "", ["diplomatic"], ["USA"], ["We"])
ev(D, S, "maximum pressure campaign", "SANCTION", "discontinue", ["economic"], ["USA"],
   ["We"], ["IRN"], ["the Iran regime"])
S = "We worked with the UN to advance the political process"
ev(D, S, "worked with", "COOPERATE", "", ["diplomatic"], ["USA", "UNO"], ["We", "the UN"])
ev(D, S, "an agreement between Syrian parties", "AGREE", "", ["diplomatic"], ["SYR"],
   ["Syrian parties"])
S = "the Assad regime\u2019s atrocities"
ev(D, S, "the use of chemical weapons", "ASSAULT", "unconventional", ["military", "cbrn"],
   ["SYR"], ["the Assad regime\u2019s"])
ev(D, S, "will not go unchallenged", "THREATEN", "", ["military", "cbrn"], ["USA"],
   ["the Secretary"], ["SYR"], ["the Assad regime\u2019s"])
S = "The U.S. will continue to pressure the Assad regime"
ev(D, S, "pressure the Assad regime", "REQUEST", "yield", ["military", "human_rights"],
   ["USA"], ["The U.S."], ["SYR"], ["the Assad regime"])
S = "co-hosted a multilateral conference"
ev(D, S, "co-hosted a multilateral conference", "CONSULT", "multilateral",
   ["human_security"], ["USA", "SAU", "UNO"], ["the U.S.", "Saudi Arabia", "the UN OCHA"])
S = "the Saudi foreign minister finalized plans"
ev(D, S, "finalized plans", "AGREE", "", ["human_security"], ["SAU"],
   ["the Saudi foreign minister"], ["YEM"], ["Yemen\u2019s"])
ev(D, S, "pledged", "AGREE", "", ["human_security"], ["SAU"], ["Saudi Arabia\u2019s"],
   ["YEM"], ["Yemen\u2019s"])

# --- blind56-10: Secretary Esper's remarks with UK Defence Secretary Wallace (2020) ---
D = "blind56-10"
S = "it's a pleasure to welcome Secretary Wallace"
ev(D, S, "welcome", "CONSULT", "visit", ["military"], ["GBR"], ["Secretary Wallace"],
   ["USA"], ["the Pentagon"])
ev(D, S, "continue to strengthen the historic defense relationship", "COOPERATE", "",
   ["military"], ["USA", "GBR"], ["the United States", "the United Kingdom"])
S = "The United States is grateful"
ev(D, S, "is grateful", "SUPPORT", "", ["military", "diplomatic"], ["USA"],
   ["The United States"], ["GBR"], ["the UK's"])
S = "encouraging other NATO members"
ev(D, S, "encouraging", "REQUEST", "assist", ["military"], ["GBR"], ["the United Kingdom"],
   ["IGO"], ["other NATO members"])
S = "we once again affirmed our shared commitment"
ev(D, S, "affirmed our shared commitment", "AGREE", "", ["military", "terrorism"],
   ["USA", "GBR"], ["we", "we"])
S = "we appreciate the UK's commitment"
ev(D, S, "appreciate", "SUPPORT", "", ["military"], ["USA"], ["we"], ["GBR"], ["the UK's"])
ev(D, S, "work together", "COOPERATE", "", ["military", "economic"], ["USA", "GBR"],
   ["we", "the UK's"])

# --- blind56-11: U.S. Embassy Cabo Verde: Ambassador Thomas-Greenfield received by the FM ---
D = "blind56-11"
S = "was received by the Minister of Foreign Affairs"
ev(D, S, "was received by", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["US Ambassador to the UN Linda Thomas-Greenfield"], ["CPV"],
   ["the Minister of Foreign Affairs, Cooperation and Regional Integration, Rui Alberto de "
    "Figueiredo Soares"])
S = "Cape Verde has been an incredible partner"
ev(D, S, "an incredible partner", "SUPPORT", "", ["diplomatic"], ["USA"], ["us"], ["CPV"],
   ["Cape Verde"])
S = "to thank the Cape Verdean leaders"
ev(D, S, "to thank", "SUPPORT", "", ["diplomatic"], ["USA"], ["Linda Thomas-Greenfield"],
   ["CPV"], ["the Cape Verdean leaders"])

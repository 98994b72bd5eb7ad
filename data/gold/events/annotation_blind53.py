"""Texts and annotation of the blind events set ``blind53.jsonl`` (evgold41, 2026-12-07).

Eleven U.S. government texts about foreign parties, taken from the search tool's stored pages
(White House archive, State Department and its archives -- Washington File, America.gov,
humanrights.gov, m.state.gov, a Web Archive copy of state.gov --, the U.S. Embassy in Juba; all
public domain). Page furniture is removed (named in each document's ``note``); the wording is
otherwise exactly as stored. Documents cut by the store are kept to their last complete sentence
and marked ``truncated``. Each event is written as: document id, a sentence anchor (a substring
of exactly one sentence), the trigger (a substring found once in that sentence), type, mode,
contexts, actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind53.py`` turns this into ``blind53.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind53-01",
        "url": "https://usinfo.org/wf-archive/2003/030728/epf103.htm",
        "agency": "U.S. Department of State, Washington File (White House Report)",
        "title": "Bush Signs Law Imposing Economic Sanctions on Burma (White House Report, July 28)",
        "published": "2003-07-28",
        "date_approximate": False,
        "date_note": "date printed in the file header ('07/28/2003') and in the text",
        "truncated": True,
        "note": (
            "removed: the file line '*EPF103 07/28/2003', the headline (kept in title), the "
            "subject line '(White House Report, July 28: Burma, Japan, Iraq, Israel, "
            "Afghanistan, Rice, Armstrong) (700)', the section headings 'BUSH DISCUSSES IRAQ, "
            "NORTH KOREA WITH JAPAN'S KOIZUMI' and 'SEARCH FOR SADDAM HUSSEIN LOYALISTS "
            "CONTINUES'; the store cuts the page inside the next section, so its heading "
            "'U.S. PLEASED BY ANNOUNCED ISRAELI RELEASE OF PRISONERS' and its first, cut "
            "sentence are dropped"
        ),
        "text": (
            "President Bush July 28 signed the Burmese Freedom and Democracy Act, which imposes "
            "economic sanctions on the government of Burma.\n"
            "\"[T]his legislation sends a clear message to the regime in Burma,\" said White "
            "House Press Secretary Scott McClellan. \"The regime's continued detention of "
            "[opposition leader] Aung San Suu Kyi and continued oppression of its people is "
            "unacceptable and cannot be allowed to stand. The U.S. is fully supportive of the "
            "people of Burma in their struggle for freedom and democracy.\"\n"
            "Before he left for a speaking engagement in Pittsburgh July 28, Bush spoke on the "
            "phone with Prime Minister Junichiro Koizumi of Japan. \"The two leaders talked "
            "about a number of issues, including Iraq and North Korea,\" McClellan said. \"The "
            "president thanked the prime minister for Japan's continued support and commitment "
            "to helping with reconstruction in Iraq.\n"
            "\"They also discussed their shared commitment to seeking a diplomatic solution as "
            "we move forward on North Korea, and the importance of the next round of talks, "
            "including Japan and South Korea,\" McClellan said.\n"
            "Koizumi also updated Bush on Japan's economic reform agenda and economic "
            "development in the country, he added.\n"
            "In Iraq, \"[t]here continue to be attacks, as is to be expected, by loyalists to "
            "the former regime, foreign terrorists and other killers who are enemies of the "
            "Iraqi people and enemies of a free and democratic Iraq,\" said McClellan.\n"
            "Coalition forces will continue to search for Saddam Hussein and remnants of the "
            "former regime, he said."
        ),
    },
    {
        "id": "blind53-02",
        "url": "https://web.archive.org/all/20041221195152/http://www.state.gov/r/pa/prs/ps/2004/39954.htm",
        "agency": "U.S. Department of State, Press Statement (Web Archive copy of state.gov)",
        "title": "United States Condemns Ongoing Violence in Darfur (Press Statement, Richard Boucher, Spokesman)",
        "published": "2004-12-20",
        "date_approximate": False,
        "date_note": "date printed on the page",
        "truncated": True,
        "note": (
            "removed: the Wayback Machine banner line, 'Skip Links', the state.gov navigation "
            "lines, 'Press Statement', 'Richard Boucher, Spokesman', 'Washington, DC', the date "
            "line, the headline (kept in title); the store cuts the page inside the last "
            "paragraph's fourth sentence ('We will continue to support the accelerated "
            "deployment of the African Union mission and th'), which is dropped"
        ),
        "text": (
            "The United States is gravely concerned by the intensified violence that has been "
            "taking place in Darfur in recent days. The operations carried out by the "
            "Government and related activity by the Jingaweit militias have caused untold "
            "suffering, displacing tens of thousands of people. At the same time, we want to "
            "emphasize that the Darfur rebel groups \u2013 the Sudan Liberation Movement and the "
            "Justice and Equality Movement \u2013 must also respect the ceasefire agreement and "
            "the terms of the humanitarian and security protocols that have been signed in "
            "Abuja.\n"
            "Fighting between the Government of Sudan, Sudan Liberation Movement/Army, and "
            "Justice and Equality Movement has affected United Nations and other humanitarian "
            "relief agencies\u2019 operations in South Darfur. We urge both sides in the strongest "
            "terms to cooperate fully with international humanitarian efforts.\n"
            "The United States and the international community, including the United Nations, "
            "speak with one voice on the crisis in Darfur. We want particularly to underscore "
            "the staunch support of the United States for the efforts of the African Union on "
            "Darfur. We strongly support the statement issued by the Chairperson of the "
            "Commission of the African Union, Alpha Oumar Konare, condemning the large-scale "
            "violations of the ceasefire committed by all the parties."
        ),
    },
    {
        "id": "blind53-03",
        "url": "https://www.africom.mil/article/6352/united-states-condemns-renewed-conflict-in-congo",
        "agency": "U.S. Department of State, America.gov (republished by U.S. Africa Command)",
        "title": "United States Condemns Renewed Conflict in Congo",
        "published": "2008-10-30",
        "date_approximate": False,
        "date_note": "date printed in the byline ('WASHINGTON, D.C. Oct 30, 2008')",
        "truncated": True,
        "note": (
            "removed: the headline (kept in title), the summary line under it (a cut copy of "
            "the first paragraph), the byline 'By David McKeeby America.gov WASHINGTON, D.C. "
            "Oct 30, 2008'; the store cuts the page inside the seventh paragraph ('As many as "
            "45,000 refugees ... the World Food Prog'), which is dropped"
        ),
        "text": (
            "As thousands flee a new outbreak of violence in the eastern provinces of the "
            "Democratic Republic of the Congo, the United States urges government and "
            "opposition forces to stand down and underlines America's support for United "
            "Nations peacekeeping and humanitarian efforts.\n"
            "\"The violence that has driven tens of thousands of civilians from their homes and "
            "placed their lives at risk is deplorable,\" State Department spokesman Sean "
            "McCormack said in an October 28, 2008 statement.\n"
            "Forces loyal to former Congolese General Laurent Nkunda have made gains against "
            "government forces in Kibumba and appear to be preparing an assault on the city of "
            "Goma, where 22 rebel groups, including Nkunda's, signed a January 2008 agreement "
            "to bring peace to the war-ravaged region.\n"
            "McCormack urged Nkunda to return his forces to their pre-August 28 positions, "
            "rescind his party's call for open revolt and resume talks with the democratically "
            "elected and internationally recognized DRC government.\n"
            "A 17,000-strong U.N. peacekeeping force drawn from 18 nations, including "
            "Bangladesh, India, Pakistan and Uruguay, has deployed attack helicopters in an "
            "attempt to stall the offensive. The United States is a leading supporter of the "
            "peacekeeping mission the U.N.'s largest - contributing $200 million to the effort "
            "annually.\n"
            "\"The U.S. reaffirms its support for the United Nations Mission in the Congo, which "
            "has played a vital role in protecting civilian populations and ending violence,\" "
            "McCormack said."
        ),
    },
    {
        "id": "blind53-04",
        "url": "http://www.humanrights.gov/tag/mark-toner/",
        "agency": "U.S. Department of State (humanrights.gov), statement of the Deputy Spokesperson",
        "title": "Deputy Spokesperson Toner on the Interim Report of the UN Special Rapporteur for Human Rights in Iran",
        "published": "2011-10-20",
        "date_approximate": True,
        "date_note": (
            "no date on the stored tag page; inferred from the text (the first interim report "
            "of the Special Rapporteur, presented in October 2011; the opposition leaders "
            "'entering their ninth month under house arrest', which began in February 2011); "
            "the day is a placeholder"
        ),
        "truncated": True,
        "note": (
            "the stored page is a tag listing; only its first item is used. removed: 'News "
            "Archives', the item headline (kept in title); the store cuts the item inside its "
            "last sentence ('We call upon the international community ... condemnation of "
            "Iran\u2019s disgra'), which is dropped"
        ),
        "text": (
            "We welcome the first interim report by the UN Special Rapporteur for human rights "
            "in Iran, Dr. Ahmed Shaheed, and take note of his assessment regarding the Iranian "
            "government\u2019s \u201cpattern of systemic violation\u201d of its citizens\u2019 rights. The "
            "UN Secretary General\u2019s report on Iran\u2019s human rights situation also described "
            "an \u201cintensified\u201d campaign of abuses.\n"
            "Under international law and its own constitution, Iran has committed to protect "
            "and defend the rights of its people, but officials continue to stifle all forms of "
            "dissent, persecute religious and ethnic minorities, harass and intimidate human "
            "rights defenders, and engage in the torture of detainees.\n"
            "Iran\u2019s brutal repression continues unabated despite repeated international "
            "condemnation and increasing isolation: opposition leaders Mir-Hossein Moussavi and "
            "Mehdi Karroubi, now entering their ninth month under house arrest without charges, "
            "are being held virtually incommunicado, while journalists and student activists "
            "are targeted for their \u201canti-regime\u201d activities. Dr. Shaheed and the Secretary "
            "General both expressed alarm over the growing use of the death penalty for minor "
            "crimes, against minors and without due process.\n"
            "We are particularly concerned that Iran has ignored its UN obligations and refused "
            "to cooperate with Dr. Shaheed. We call upon Iran\u2019s government to allow the "
            "Special Rapporteur immediate access to the country.\n"
            "We note that Iran has refused entry for any UN Special Rapporteur since 2005 in a "
            "blatant attempt to prevent the world from bearing witness to the abuses against "
            "its own people.\n"
            "The United States stands by the Iranian people, who wish nothing more than to make "
            "their voices heard and hold their government accountable for its actions."
        ),
    },
    {
        "id": "blind53-05",
        "url": "https://obamawhitehouse.archives.gov/taxonomy/term/17?page=84",
        "agency": "The White House, Office of the Vice President",
        "title": "Readout of Vice President Biden's Call with Sudanese Vice President Taha",
        "published": "2012-09-14",
        "date_approximate": True,
        "date_note": (
            "no date on the stored listing page; the call followed the attacks on the Khartoum "
            "embassy of September 14, 2012, and the next item on the page is the transfer of "
            "remains ceremony of September 14, 2012; the day is a placeholder"
        ),
        "truncated": False,
        "note": (
            "the stored page is an archive listing; only its first item (complete) is used. "
            "removed: 'The White House', 'Office of the Vice President', the item headline "
            "(kept in title) and the following items"
        ),
        "text": (
            "Vice President Biden called Vice President Ali Osman Taha of Sudan today to express "
            "his concern for the security of the United States Embassy and other foreign "
            "missions in Khartoum.  Vice President Biden reaffirmed the responsibility of the "
            "Government of Sudan to protect diplomatic facilities and stressed the need for the "
            "Government of Sudan to ensure the protection of diplomats in Khartoum.  Vice "
            "President Biden emphasized that the highest priority of the United States is the "
            "safety of the U.S. diplomatic presence abroad."
        ),
    },
    {
        "id": "blind53-06",
        "url": "http://m.state.gov/mc59365.htm",
        "agency": "U.S. Department of State (m.state.gov), trip page of the Secretary of State",
        "title": "Secretary Kerry's travel to Geneva, Jerusalem and Paris, September 12-16, 2013 (trip summary)",
        "published": "2013-09-16",
        "date_approximate": True,
        "date_note": "no publication date; the trip summary reports the return on September 16, 2013",
        "truncated": False,
        "note": (
            "removed: 'Loading Map...', 'Photos from the trip\u00bb', and after the four "
            "paragraphs the link list of remarks, press releases and daily schedules"
        ),
        "text": (
            "Secretary of State John Kerry and Foreign Minister Sergey Lavrov met in Geneva, "
            "Switzerland, September 12-14, to discuss matters concerning Syria, including the "
            "use of chemical weapons and steps to address these developments.\n"
            "Secretary Kerry traveled to Jerusalem on Sunday, September 15 to meet with Israeli "
            "Prime Minister Benjamin Netanyahu. The purpose of the visit it to have an in-depth "
            "discussion with the Prime Minister on the final status negotiations between the "
            "Israelis and Palestinians, following on the Secretary\u2019s meeting with Palestinian "
            "President Mahmoud Abbas in London last Monday. They will also focus on "
            "developments in Syria.\n"
            "Secretary Kerry then traveled to Paris, France. He met with French Foreign Minister "
            "Fabius and UK Foreign Secretary Hague on Monday, September 16. While in Paris, "
            "Secretary Kerry also met with Saudi Foreign Minister Saud al-Faisal.\n"
            "Secretary Kerry returned to Washington on Monday, September 16."
        ),
    },
    {
        "id": "blind53-07",
        "url": "https://obamawhitehouse.archives.gov/taxonomy/term/17?page=56",
        "agency": "The White House, Office of the Vice President",
        "title": "Readout of Vice President Biden's Call with Ukrainian President Viktor Yanukovych",
        "published": "2014-01-22",
        "date_approximate": True,
        "date_note": (
            "no date on the stored listing page; the next item is the Presidential Memorandum "
            "of January 22, 2014 on the task force against sexual assault, and the text fits "
            "the Kyiv clashes of that week; the day is a placeholder"
        ),
        "truncated": False,
        "note": (
            "the stored page is an archive listing; only its first item (complete) is used. "
            "removed: 'The White House', 'Office of the Vice President', the item headline "
            "(kept in title) and the following items"
        ),
        "text": (
            "Vice President Biden called Ukrainian President Viktor Yanukovych today to urge an "
            "immediate de-escalation in the standoff between protesters and security forces in "
            "downtown Kyiv.  The Vice President urged President Yanukovych to take steps to end "
            "violence and to meaningfully address the legitimate concerns of peaceful "
            "protesters, stressing the importance of the ongoing dialogue with the opposition "
            "and the need for genuine compromise as the only solution to the crisis.  The Vice "
            "President underscored that freedoms of assembly and expression are fundamental "
            "pillars of a democratic society and must be protected.  While emphasizing that "
            "violence by any side is not acceptable, the Vice President underscored that only "
            "the government of Ukraine can ensure a peaceful end to the crisis and further "
            "bloodshed would have consequences for Ukraine\u2019s relationship with the United "
            "States.  Vice President Biden encouraged President Yanukovych to find a peaceful "
            "resolution to the crisis."
        ),
    },
    {
        "id": "blind53-08",
        "url": "https://obamawhitehouse.archives.gov/realitycheck/node/284781",
        "agency": "The White House, Office of the Vice President",
        "title": "Readout of the Vice President's Call with Turkish Prime Minister Erdogan",
        "published": "2014-06-12",
        "date_approximate": True,
        "date_note": (
            "no date on the stored page; the call followed ISIL's seizure of the Turkish "
            "consulate staff in Mosul (June 11, 2014); the day is a placeholder"
        ),
        "truncated": False,
        "note": (
            "removed: 'The White House', 'Office of the Vice President', the headline (kept in "
            "title), 'White House Shareables'"
        ),
        "text": (
            "Vice President Joe Biden spoke with Turkish Prime Minister Recep Tayyip Erdogan "
            "today to discuss the situation in Iraq and Syria. The two leaders agreed that the "
            "advance of Islamic State of Iraq and Levant (ISIL) extremists in Iraq poses a "
            "grave threat. The Vice President underscored that the United States deplores the "
            "actions taken by ISIL, calls for the safe and immediate return of all hostages, "
            "including the Turkish diplomatic personnel and civilians taken by ISIL, and "
            "supports efforts by the Iraqi people to work together to combat the ISIL threat. "
            "The Vice President and Prime Minister agreed on the need to continue consulting "
            "closely on the situation in Iraq and Syria in the days and weeks ahead."
        ),
    },
    {
        "id": "blind53-09",
        "url": "https://obamawhitehouse.archives.gov/taxonomy/term/16?page=159",
        "agency": "The White House, Office of the Press Secretary",
        "title": "Statement by the President on the Murder of Boris Nemtsov",
        "published": "2015-02-27",
        "date_approximate": True,
        "date_note": (
            "no date on the stored listing page; Nemtsov was killed late on February 27, 2015 "
            "and the statement followed at once; the day is a placeholder"
        ),
        "truncated": False,
        "note": (
            "the stored page is an archive listing; only its first item (complete) is used. "
            "removed: 'The White House', 'Office of the Press Secretary', the item headline "
            "(kept in title) and the following items"
        ),
        "text": (
            "The United States condemns the brutal murder of Boris Nemtsov, and we call upon "
            "the Russian government to conduct a prompt, impartial, and transparent "
            "investigation into the circumstances of his murder and ensure that those "
            "responsible for this vicious killing are brought to justice.  Nemtsov was a "
            "tireless advocate for his country, seeking for his fellow Russian citizens the "
            "rights to which all people are entitled.  I admired Nemtsov\u2019s courageous "
            "dedication to the struggle against corruption in Russia and appreciated his "
            "willingness to share his candid views with me when we met in Moscow in 2009.  We "
            "offer our sincere condolences to Boris Efimovich\u2019s family, and to the Russian "
            "people, who have lost one of the most dedicated and eloquent defenders of their "
            "rights."
        ),
    },
    {
        "id": "blind53-10",
        "url": "https://www.state.gov/the-united-states-restricts-visas-of-100-nicaraguans-affiliated-with-ortega-murillo-regime/",
        "agency": "U.S. Department of State, Press Statement",
        "title": "The United States Restricts Visas of 100 Nicaraguans Affiliated with Ortega-Murillo Regime",
        "published": "2021-07-12",
        "date_approximate": True,
        "date_note": (
            "no date on the stored page; the annotator dates it from the State Department's "
            "later statement on 50 more restrictions ('on July 12 the Secretary announced "
            "visa restrictions against 100 Nicaraguan legislators, judges, prosecutors, and "
            "family members'), which was seen only as a search result excerpt"
        ),
        "truncated": True,
        "note": (
            "removed: the state.gov .gov banner lines; the bullet glyphs and their indentation "
            "(each bullet kept as its own line); the store cuts the page inside the last "
            "paragraph's second sentence ('The United States will continue to use the "
            "diplomatic and economic tools at our disposal to push fo'), which is dropped"
        ),
        "text": (
            "The Department of State has imposed visa restrictions on 100 members of the "
            "Nicaraguan National Assembly and Nicaraguan judicial system, including "
            "prosecutors and judges, as well as some of their family members.  The Department "
            "has revoked any U.S. visas held by these individuals.\n"
            "In the context of Nicaragua, the Department\u2019s visa restriction policy applies to "
            "Nicaraguans believed to be responsible for, or complicit in, undermining "
            "democracy, including those with responsibility for, or complicity in, the "
            "suppression of peaceful protests or abuse of human rights, and the immediate "
            "family members of such persons. Specifically, those targeted in today\u2019s action "
            "helped to enable the Ortega-Murillo regime\u2019s attacks on democracy and human "
            "rights, including by:\n"
            "Arresting 26 political opponents and pro-democracy actors, including six "
            "presidential contenders, student activists, private sector leaders, and other "
            "political actors;\n"
            "Passing repressive laws, including electoral legislation, a \u201ccybercrimes\u201d law, "
            "a \u201cforeign agents\u201d law, and a \u201csovereignty\u201d law, which have all served to "
            "restrict and criminalize speech, dissent, and political participation;\n"
            "Seeking to harass and silence civil society and independent media; and\n"
            "Undermining democratic institutions and processes in Nicaragua.\n"
            "These visa revocations demonstrate that the United States will promote "
            "accountability not only for regime leaders but also for officials who enable the "
            "regime\u2019s assaults on democracy and human rights."
        ),
    },
    {
        "id": "blind53-11",
        "url": "https://ss.usembassy.gov/statement-from-troika-embassies-on-need-for-unity/",
        "agency": "U.S. Embassy in South Sudan (joint statement of the Troika embassies)",
        "title": "Statement from Troika Embassies on Need for Unity",
        "published": "2021-08-13",
        "date_approximate": True,
        "date_note": (
            "no date on the stored page; it follows 'the Meeting of the Presidency on 10 "
            "August' and an IGAD extraordinary Council of Ministers 'this week' (2021, the year "
            "of the SPLM-IO split the last sentence alludes to); the day is a placeholder"
        ),
        "truncated": False,
        "note": (
            "removed: the headline (kept in title). The stored copy ends on a complete "
            "sentence with nothing after it (about 1,600 characters, under the store's limit)"
        ),
        "text": (
            "The Troika (United States, United Kingdom, and Norway) welcomes the Transitional "
            "Government\u2019s renewed commitments to unifying the command structures of the "
            "military following the Meeting of the Presidency on 10 August.\n"
            "The Troika also welcomes the Intergovernmental Authority on Development\u2019s (IGAD) "
            "continued efforts to support peace in South Sudan and this week\u2019s Extraordinary "
            "Council of Ministers meeting. We commend and echo the Council of Ministers\u2019 "
            "renewed call for all parties to abide by the peace agreement, and for the "
            "signatories to show a greater sense of unity for the sake of all South Sudanese "
            "within the framework of the revitalized peace agreement and the Revitalized "
            "Transitional Government of National Unity. The Troika supports the efforts of the "
            "IGAD chair in developing a roadmap to resolve current disagreements and overcome "
            "obstacles in the implementation of Chapter 2.\n"
            "While we recognize there has been some recent progress implementing elements of "
            "the revitalized peace agreement, recent events in Juba and elsewhere in the "
            "country show that slow, partial, and sometimes unconvincing implementation, has "
            "generated discontent among several constituencies and civil society. Where there "
            "are legitimate grievances around direction and pace of implementation, it is "
            "important for those voices to be heard and for freedom of expression to be "
            "protected. To ensure South Sudan moves away from the legacy of conflict, the "
            "fostering of divisions and splits of parties must also stop."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind53-01: Washington File, White House Report of July 28, 2003 ---
D = "blind53-01"
ev(D, "signed the Burmese Freedom", "imposes economic sanctions", "SANCTION", "discontinue",
   ["economic", "pro_democracy"], ["USA"], ["President Bush"], ["MMR"],
   ["the government of Burma"])
ev(D, "continued detention of", "detention", "COERCE", "arrest", ["repression"], ["MMR"],
   ["The regime's"], ["MMR"], ["Aung San Suu Kyi"])
ev(D, "continued detention of", "oppression", "COERCE", "", ["repression"], ["MMR"],
   ["The regime's"], ["MMR"], ["its people"])
ev(D, "continued detention of", "is unacceptable", "ACCUSE", "disapprove", ["repression"], [],
   [], ["MMR"], ["The regime's"])
ev(D, "is fully supportive", "fully supportive", "SUPPORT", "", ["pro_democracy"], ["USA"],
   ["The U.S."], ["MMR"], ["the people of Burma"])
ev(D, "Bush spoke on the phone", "spoke on the phone", "CONSULT", "phone", ["diplomatic"],
   ["USA", "JPN"], ["Bush", "Prime Minister Junichiro Koizumi of Japan"])
ev(D, "president thanked the prime minister", "thanked", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["The president"], ["JPN"], ["the prime minister"])
ev(D, "president thanked the prime minister", "helping with reconstruction", "AID", "",
   ["economic"], ["JPN"], ["Japan's"], ["IRQ"], ["Iraq"])
ev(D, "continue to be attacks", "attacks", "ASSAULT", "", ["military", "terrorism"], ["IRQ"],
   ["loyalists to the former regime"])

# --- blind53-02: State Department press statement, Darfur (2004) ---
D = "blind53-02"
ev(D, "gravely concerned by the intensified", "gravely concerned", "ACCUSE", "disapprove",
   ["human_security"], ["USA"], ["The United States"])
ev(D, "The operations carried out by the Government", "operations", "ASSAULT", "",
   ["military"], ["SDN"], ["the Government"])
ev(D, "The operations carried out by the Government", "displacing", "SANCTION", "expel",
   ["human_security"], ["SDN", "SDN"], ["the Government", "the Jingaweit militias"], ["SDN"],
   ["tens of thousands of people"])
ev(D, "must also respect the ceasefire", "must also respect", "REQUEST", "change",
   ["military"], ["USA"], ["we"], ["SDN"], ["the Darfur rebel groups"])
ev(D, "Fighting between the Government of Sudan", "Fighting", "ASSAULT", "", ["military"],
   ["SDN", "SDN", "SDN"],
   ["the Government of Sudan", "Sudan Liberation Movement/Army",
    "Justice and Equality Movement"])
ev(D, "We urge both sides", "urge", "REQUEST", "change", ["human_security"], ["USA"], ["We"],
   ["SDN"], ["both sides"])
ev(D, "the staunch support of the United States", "staunch support", "SUPPORT", "",
   ["peacekeeping"], ["USA"], ["the United States"], ["IGO"], ["the African Union"])
ev(D, "We strongly support the statement", "strongly support", "SUPPORT", "", ["diplomatic"],
   ["USA"], ["We"], ["IGO"], ["the Chairperson of the Commission of the African Union"])
ev(D, "We strongly support the statement", "condemning", "ACCUSE", "disapprove", ["military"],
   ["IGO"], ["Alpha Oumar Konare"], ["SDN"], ["all the parties"])

# --- blind53-03: America.gov on the renewed conflict in eastern Congo (2008) ---
D = "blind53-03"
ev(D, "the United States urges government", "urges", "REQUEST", "yield", ["military"],
   ["USA"], ["the United States"], ["COD", "COD"], ["government", "opposition forces"])
ev(D, "the United States urges government", "support", "SUPPORT", "", ["peacekeeping"],
   ["USA"], ["America's"], ["UNO"], ["United Nations"])
ev(D, "is deplorable", "is deplorable", "ACCUSE", "disapprove", ["human_security"], ["USA"],
   ["State Department spokesman Sean McCormack"])
ev(D, "have made gains against", "made gains against", "ASSAULT", "", ["military"], ["COD"],
   ["Forces loyal to former Congolese General Laurent Nkunda"], ["COD"],
   ["government forces"])
ev(D, "have made gains against", "preparing an assault", "MOBILIZE", "troops", ["military"],
   ["COD"], ["Forces loyal to former Congolese General Laurent Nkunda"])
ev(D, "have made gains against", "signed", "SUPPORT", "", ["military"], ["COD"],
   ["22 rebel groups"])
ev(D, "McCormack urged Nkunda", "urged", "REQUEST", "yield", ["military"], ["USA"],
   ["McCormack"], ["COD"], ["Nkunda"])
ev(D, "has deployed attack helicopters", "has deployed attack helicopters", "AID", "",
   ["peacekeeping"], ["UNO"], ["A 17,000-strong U.N. peacekeeping force"])
ev(D, "is a leading supporter", "contributing", "AID", "", ["peacekeeping"], ["USA"],
   ["The United States"], ["UNO"], ["the peacekeeping mission"])
ev(D, "reaffirms its support", "reaffirms its support", "SUPPORT", "", ["peacekeeping"],
   ["USA"], ["The U.S."], ["UNO"], ["the United Nations Mission in the Congo"])

# --- blind53-04: State Department (humanrights.gov), Iran (2011) ---
D = "blind53-04"
ev(D, "We welcome the first interim report", "welcome", "SUPPORT", "", ["human_rights"],
   ["USA"], ["We"], ["UNO"], ["the UN Special Rapporteur for human rights in Iran"])
ev(D, "also described", "described", "ACCUSE", "allege", ["human_rights"], ["UNO"],
   ["The UN Secretary General\u2019s"], ["IRN"], ["Iran\u2019s"])
ev(D, "officials continue to stifle", "stifle", "COERCE", "censor", ["repression"], ["IRN"],
   ["officials"])
ev(D, "officials continue to stifle", "persecute", "COERCE", "", ["religion_ethnicity"],
   ["IRN"], ["officials"], ["IRN"], ["religious and ethnic minorities"])
ev(D, "officials continue to stifle", "harass and intimidate", "COERCE", "", ["human_rights"],
   ["IRN"], ["officials"], ["IRN"], ["human rights defenders"])
ev(D, "officials continue to stifle", "torture", "ASSAULT", "torture", ["human_rights"],
   ["IRN"], ["officials"], ["IRN"], ["detainees"])
ev(D, "brutal repression continues", "house arrest", "COERCE", "arrest", ["repression"],
   ["IRN"], ["Iran\u2019s"], ["IRN", "IRN"], ["Mir-Hossein Moussavi", "Mehdi Karroubi"])
ev(D, "brutal repression continues", "are targeted", "COERCE", "", ["repression"], ["IRN"],
   ["Iran\u2019s"], ["IRN", "IRN"], ["journalists", "student activists"])
ev(D, "both expressed alarm", "expressed alarm", "ACCUSE", "disapprove", ["human_rights"],
   ["UNO", "UNO"], ["Dr. Shaheed", "the Secretary General"])
ev(D, "particularly concerned", "particularly concerned", "ACCUSE", "disapprove",
   ["human_rights"], ["USA"], ["We"], ["IRN"], ["Iran"])
ev(D, "We call upon Iran", "call upon", "REQUEST", "", ["human_rights"], ["USA"], ["We"],
   ["IRN"], ["Iran\u2019s government"])
ev(D, "refused entry", "refused entry", "REJECT", "", ["human_rights"], ["IRN"], ["Iran"],
   ["UNO"], ["any UN Special Rapporteur"])
ev(D, "stands by the Iranian people", "stands by", "SUPPORT", "", ["human_rights"], ["USA"],
   ["The United States"], ["IRN"], ["the Iranian people"])

# --- blind53-05: White House, Biden-Taha call (2012) ---
D = "blind53-05"
ev(D, "called Vice President Ali Osman Taha", "called", "CONSULT", "phone", ["diplomatic"],
   ["USA", "SDN"], ["Vice President Biden", "Vice President Ali Osman Taha of Sudan"])
ev(D, "reaffirmed the responsibility", "reaffirmed the responsibility", "REQUEST", "change",
   ["diplomatic"], ["USA"], ["Vice President Biden"], ["SDN"], ["the Government of Sudan"])
ev(D, "reaffirmed the responsibility", "stressed the need", "REQUEST", "change",
   ["diplomatic"], ["USA"], ["Vice President Biden"], ["SDN"], ["the Government of Sudan"])

# --- blind53-06: State Department, Secretary Kerry's trip (2013) ---
D = "blind53-06"
ev(D, "Sergey Lavrov met in Geneva", "met", "CONSULT", "", ["diplomatic", "cbrn"],
   ["USA", "RUS"], ["Secretary of State John Kerry", "Foreign Minister Sergey Lavrov"])
ev(D, "traveled to Jerusalem", "traveled", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["Secretary Kerry"], ["ISR"], ["Israeli Prime Minister Benjamin Netanyahu"])
ev(D, "The purpose of the visit", "negotiations", "CONSULT", "", ["diplomatic", "territory"],
   ["ISR", "PSE"], ["Israelis", "Palestinians"])
ev(D, "The purpose of the visit", "meeting", "CONSULT", "", ["diplomatic"], ["USA", "PSE"],
   ["the Secretary\u2019s", "Palestinian President Mahmoud Abbas"])
ev(D, "then traveled to Paris", "traveled", "CONSULT", "visit", ["diplomatic"], ["USA"],
   ["Secretary Kerry"], ["FRA"], ["France"])
ev(D, "He met with French Foreign Minister", "met", "CONSULT", "", ["diplomatic"],
   ["USA", "FRA", "GBR"], ["He", "French Foreign Minister Fabius", "UK Foreign Secretary Hague"])
ev(D, "also met with Saudi", "met", "CONSULT", "", ["diplomatic"], ["USA", "SAU"],
   ["Secretary Kerry", "Saudi Foreign Minister Saud al-Faisal"])

# --- blind53-07: White House, Biden-Yanukovych call (2014) ---
D = "blind53-07"
ev(D, "called Ukrainian President", "called", "CONSULT", "phone", ["diplomatic"],
   ["USA", "UKR"], ["Vice President Biden", "Ukrainian President Viktor Yanukovych"])
ev(D, "called Ukrainian President", "urge", "REQUEST", "change", ["rights_freedoms"], ["USA"],
   ["Vice President Biden"], ["UKR"], ["Ukrainian President Viktor Yanukovych"])
ev(D, "called Ukrainian President", "standoff", "PROTEST", "demo", ["rights_freedoms"],
   ["UKR"], ["protesters"], ["UKR"], ["security forces"])
ev(D, "urged President Yanukovych to take steps", "urged", "REQUEST", "change",
   ["rights_freedoms"], ["USA"], ["The Vice President"], ["UKR"], ["President Yanukovych"])
ev(D, "urged President Yanukovych to take steps", "dialogue", "CONSULT", "",
   ["political_institutions"], ["UKR", "UKR"], ["President Yanukovych", "the opposition"])
ev(D, "While emphasizing that violence", "not acceptable", "ACCUSE", "disapprove",
   ["rights_freedoms"], ["USA"], ["the Vice President"])
ev(D, "While emphasizing that violence", "would have consequences", "THREATEN", "relations",
   ["diplomatic"], ["USA"], ["the Vice President"], ["UKR"], ["Ukraine\u2019s"])
ev(D, "encouraged President Yanukovych", "encouraged", "REQUEST", "change",
   ["rights_freedoms"], ["USA"], ["Vice President Biden"], ["UKR"], ["President Yanukovych"])

# --- blind53-08: White House, Biden-Erdogan call (2014) ---
D = "blind53-08"
ev(D, "spoke with Turkish Prime Minister", "spoke with", "CONSULT", "", ["diplomatic"],
   ["USA", "TUR"], ["Vice President Joe Biden", "Turkish Prime Minister Recep Tayyip Erdogan"])
ev(D, "The two leaders agreed that the advance", "advance", "ASSAULT", "",
   ["military", "terrorism"], ["IMG"],
   ["Islamic State of Iraq and Levant (ISIL) extremists"], ["IRQ"], ["Iraq"])
ev(D, "deplores the actions", "deplores", "ACCUSE", "disapprove", ["terrorism"], ["USA"],
   ["the United States"], ["IMG"], ["ISIL"])
ev(D, "deplores the actions", "calls for", "REQUEST", "yield", ["terrorism"], ["USA"],
   ["the United States"], ["IMG"], ["ISIL"])
ev(D, "deplores the actions", "hostages", "ASSAULT", "abduct", ["terrorism"], ["IMG"], ["ISIL"],
   ["TUR", "TUR"],
   ["the Turkish diplomatic personnel and civilians",
    "the Turkish diplomatic personnel and civilians"])
ev(D, "deplores the actions", "supports", "SUPPORT", "", ["terrorism"], ["USA"],
   ["the United States"], ["IRQ"], ["the Iraqi people"])
ev(D, "agreed on the need to continue consulting", "agreed", "AGREE", "", ["diplomatic"],
   ["USA", "TUR"], ["The Vice President", "Prime Minister"], future=True)

# --- blind53-09: White House, statement on the murder of Boris Nemtsov (2015) ---
D = "blind53-09"
ev(D, "condemns the brutal murder", "condemns", "ACCUSE", "disapprove", ["crime"], ["USA"],
   ["The United States"])
ev(D, "condemns the brutal murder", "brutal murder", "ASSAULT", "targeted", ["crime"], [], [],
   ["RUS"], ["Boris Nemtsov"])
ev(D, "condemns the brutal murder", "call upon", "REQUEST", "change", ["legal"], ["USA"],
   ["we"], ["RUS"], ["the Russian government"])
ev(D, "I admired", "admired", "SUPPORT", "", ["pro_democracy"], ["USA"], ["I"], ["RUS"],
   ["Nemtsov"])
ev(D, "I admired", "met", "CONSULT", "", ["diplomatic"], ["USA", "RUS"], ["me", "Nemtsov"])

# --- blind53-10: State Department, Nicaragua visa restrictions (2021) ---
D = "blind53-10"
ev(D, "has imposed visa restrictions", "imposed visa restrictions", "REJECT", "",
   ["pro_democracy"], ["USA"], ["The Department of State"], ["NIC"],
   ["100 members of the Nicaraguan National Assembly and Nicaraguan judicial system"])
ev(D, "has revoked any U.S. visas", "revoked", "REJECT", "", ["pro_democracy"], ["USA"],
   ["The Department"], ["NIC"], ["these individuals"])
ev(D, "Arresting 26 political opponents", "Arresting", "COERCE", "arrest", ["repression"], [],
   [], ["NIC"], ["26 political opponents and pro-democracy actors"])
ev(D, "Seeking to harass and silence", "harass and silence", "COERCE", "censor",
   ["rights_freedoms"], [], [], ["NIC"], ["civil society and independent media"])

# --- blind53-11: U.S. Embassy Juba, Troika statement on unity (2021) ---
D = "blind53-11"
ev(D, "renewed commitments to unifying", "welcomes", "SUPPORT", "", ["military"],
   ["USA", "GBR", "NOR"], ["United States", "United Kingdom", "Norway"], ["SSD"],
   ["the Transitional Government\u2019s"])
ev(D, "renewed commitments to unifying", "renewed commitments", "AGREE", "", ["military"],
   ["SSD"], ["the Transitional Government\u2019s"])
ev(D, "The Troika also welcomes", "welcomes", "SUPPORT", "", ["diplomatic"],
   ["USA", "GBR", "NOR"], ["The Troika", "The Troika", "The Troika"], ["IGO"],
   ["the Intergovernmental Authority on Development\u2019s (IGAD)"])
ev(D, "The Troika also welcomes", "meeting", "CONSULT", "multilateral", ["diplomatic"],
   ["IGO"], ["Extraordinary Council of Ministers"])
ev(D, "We commend and echo", "commend and echo", "SUPPORT", "", ["diplomatic"],
   ["USA", "GBR", "NOR"], ["We", "We", "We"], ["IGO"], ["the Council of Ministers\u2019"])
ev(D, "We commend and echo", "renewed call", "REQUEST", "change", ["political_institutions"],
   ["IGO"], ["the Council of Ministers\u2019"], ["SSD"], ["all parties"])
ev(D, "The Troika supports the efforts", "supports", "SUPPORT", "", ["diplomatic"],
   ["USA", "GBR", "NOR"], ["The Troika", "The Troika", "The Troika"], ["IGO"],
   ["the IGAD chair"])

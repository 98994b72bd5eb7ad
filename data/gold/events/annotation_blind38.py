"""Texts and annotation of the blind events set ``blind38.jsonl`` (evgold26, 2026-12-06).

Ten Voice of America news stories (public domain), taken from the search tool's stored pages
(voanews.com, the VOA Tibetan English site and VOA's own publishing host voa.pangea-cms.com).
Page furniture is removed (named in each document's ``note``); the wording is otherwise exactly
as stored. A story cut by the store is kept to its last complete sentence and marked
``truncated``. Each event is written as: document id, a sentence anchor (a substring of exactly
one sentence), the trigger (a substring found once in that sentence), type, mode, contexts,
actor codes, actor texts, recipient codes, recipient texts and the flags. ``build_blind38.py``
turns this into ``blind38.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

DOCS: list[dict] = [
    {
        "id": "blind38-01",
        "url": "https://www.voatibetanenglish.com/a/a-28-2005-03-24-voa2-90270127/1269330.html",
        "agency": "Voice of America",
        "title": "Kyrgyz Opposition Protesters Storm Government Headquarters",
        "published": "2005-03-24",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-28-2005-03-24)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "blank lines between paragraphs reduced to one line break; the stored copy is cut "
            "inside the next paragraph ('Meanwhile, latest reports ... from leaving th'), which "
            "is dropped; the last kept paragraph ends with a comma as stored"
        ),
        "text": (
            "Anti-government demonstrators have stormed presidential headquarters in "
            "Kyrgyzstan's capital, Bishkek. The opposition is pledging to hold new parliamentary "
            "elections.\n"
            "Thousands of opposition supporters have seized the seat of Kyrgyzstan's government, "
            "meeting limited resistance from hundreds of police and interior ministry troops.\n"
            "The take-over was swift and chaotic, lasting little more than two hours. Live "
            "televised reports from the scene showed scuffles between pro-government and "
            "opposition supporters, armed with sticks and stones, moments before the opposition "
            "entered the premises.\n"
            "First reports say two demonstrators were injured, one seriously.\n"
            "A short while later, one demonstrator was shown waving a national flag from the "
            "second floor window of the building. Others threw desks, chairs, and papers from "
            "nearby windows to thousands of cheering opposition supporters below in the main "
            "square.\n"
            "There has been no word from President Askar Akayev who is reported to have fled the "
            "country.\n"
            "Some reports from Bishkek say the opposition is holding talks inside government "
            "headquarters. It is not immediately clear if they are talking among themselves, or "
            "with the government or international mediators.\n"
            "The country's former prime minister, Kurmanbek Bakiev, who is emerging as one of the "
            "key opposition figures during the demonstrations, has announced that new elections "
            "will be held. That has been a key demand of the opposition, which alleges massive "
            "vote rigging and fraud in the recent elections. The fraud allegations have been "
            "backed up by international observers.\n"
            "But Mr. Bakiev says order must first be established and looting stopped. He also "
            "says the opposition is now in control of national television, but there is no way to "
            "immediately confirm that report,"
        ),
    },
    {
        "id": "blind38-02",
        "url": "https://www.voanews.com/a/a-13-2007-01-17-voa52/330854.html",
        "agency": "Voice of America",
        "title": "US Neutral on Pakistan-Afghanistan Border Issue",
        "published": "2007-01-17",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-01-17)",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "blank lines between paragraphs reduced to one line break; the story is whole"
        ),
        "text": (
            "U.S. officials say Pakistan and Afghanistan must decide for themselves on an "
            "appropriate and effective method of reducing cross-border infiltration.\n"
            "In an interview with VOA Wednesday the U.S. Under Secretary of State for Political "
            "Affairs, Nicholas Burns, said Pakistan's plan to lay land mines along parts of its "
            "border with Afghanistan is a bilateral issue.\n"
            "Afghan officials have opposed the plan, saying it will do little to prevent "
            "terrorism.\n"
            "Afghanistan has repeatedly accused Pakistan of not doing enough to stop Taleban "
            "militants from infiltrating their shared border.\n"
            "Burns also said he hopes the two sides can resolve a wave of Taleban-led attacks on "
            "civilians and NATO forces inside Afghanistan.\n"
            "Fighting in Afghanistan increased dramatically last year, killing thousands and "
            "igniting tensions between Kabul and Islamabad."
        ),
    },
    {
        "id": "blind38-03",
        "url": "https://voanews.com/a/a-13-2008-04-20-voa5-66747692/562555.html",
        "agency": "Voice of America",
        "title": "Israel Kills at Least 7 Palestinians in Gaza",
        "published": "2008-04-20",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2008-04-20)",
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title); "
            "blank lines between paragraphs reduced to one line break; the story is whole, "
            "including its closing credit line"
        ),
        "text": (
            "Israel launched a series of air strikes on the Gaza Strip Sunday, killing seven "
            "Palestinian militants.\n"
            "Israeli government spokesman Mark Regev says the strikes were in retaliation for a "
            "Hamas attack Saturday on an Israeli cargo crossing at the Gaza border.\n"
            "Hamas militants in Gaza drove two cars packed with explosives into the border "
            "crossing, killing four of the militants and wounding 13 Israeli soldiers.\n"
            "Israeli military officials say the attack may have been part of a larger plot to "
            "kidnap Israeli soldiers.\n"
            "Hamas claimed responsibility for the bombing and promised to stage more attacks to "
            "break Israel's blockade on the Gaza Strip.\n"
            "Hamas has controlled Gaza for nearly a year. Israel says its blockade is pressuring "
            "militants in the Palestinian territory to end daily rocket fire on Israeli towns "
            "across the border.\n"
            "Some information for this report was provided by AFP and Reuters."
        ),
    },
    {
        "id": "blind38-04",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-07-21-voa57/402020.html",
        "agency": "Voice of America",
        "title": "Ex-Bosnian-Serb Leader and War Crimes Suspect Radovan Karadzic Arrested",
        "published": "2008-07-21",
        "date_approximate": False,
        "date_note": (
            "date from the archive URL (a-13-2008-07-21); the copy is on VOA's own publishing "
            "host (pangea-cms preview), not a third-party mirror"
        ),
        "truncated": False,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', 'update', the headline "
            "(kept in title), the closing 'XS SM MD LG'; blank lines between paragraphs reduced "
            "to one line break; one stray line break inside a sentence ('charged' / 'Karadzic "
            "with genocide') joined with a space; the story is whole; 'atribute' as stored"
        ),
        "text": (
            "Serbia says it has arrested one of the world's most wanted war crimes suspects, "
            "Radovan Karadzic, who has been linked to Europe's worst massacre since World War "
            "Two. Stefan Bos reports for VOA from Budapest .\n"
            "The office of Serbian President Boris Tadic says former Bosnian Serb leader Radovan "
            "Karadzic was arrested late Monday in a raid by Serbian security forces.\n"
            "Officials say Karadzic was transferred to an investigative judge of Serbia's War "
            "Crimes Court in Belgrade.\n"
            "Prosecutors of The Hague-based United Nations War Crimes Tribunal charged Karadzic "
            "with genocide and crimes against humanity during the Bosnian war. He is accused of "
            "masterminding the killing of more than 7,000 Muslims in the Bosnian town of "
            "Srebrenica.\n"
            "In the United States, the White House welcomed the arrest and said it is atribute "
            "to the victims of the war's atrocities.\n"
            "Karadzic's wartime military commander Ratko Mladic, who is also among the most "
            "wanted men by the war crimes court, remains at large.\n"
            "The executive director of the Belgrade-based Balkan Trust for Democracy, Ivan "
            "Vejvoda, says Karadzic's arrest was the right move for the Serbian government.\n"
            "The arrest \"also shows very importantly that the new government in Belgrade has "
            "demonstrated in practice what it said rhetorically, that it has the political will "
            "to move forward and make the arrests of the remaining (war crimes) indictees a "
            "priority of its government.\"\n"
            "The U.N. Chief Prosecutor Serge Brammertz also welcomed the arrest of Karadzic, "
            "saying it is an \"important day for international justice because it clearly "
            "demonstrates that nobody is beyond the reach of the law.\"\n"
            "Serbia had been under pressure from the European Union, Washington and the United "
            "Nations to turn Karadzic and other war time suspects over to The Hague tribunal."
        ),
    },
    {
        "id": "blind38-05",
        "url": "https://voanews.com/a/a-13-2009-01-29-voa11-68666687/355072.html",
        "agency": "Voice of America",
        "title": "Israeli Warplanes Hit Gaza Following Rocket Attacks on Israel",
        "published": "2009-01-29",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2009-01-29)",
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'News', the headline (kept in "
            "title); blank lines between paragraphs reduced to one line break; the stored copy "
            "is cut inside the next paragraph ('The dea'), which is dropped"
        ),
        "text": (
            "Israel says its warplanes have carried out more air strikes on militant targets in "
            "the Gaza Strip after militants fired two rockets into southern Israel.\n"
            "Israel says one air strike Thursday was aimed at a Hamas militant suspected of being "
            "responsible for a bomb attack that killed an Israeli soldier patrolling the "
            "Israel-Gaza border on Tuesday.\n"
            "Palestinian medics say the air strike hit a vehicle carrying the militant in the "
            "town of Khan Younis, wounding him and at least seven school children nearby. Gaza "
            "militants have fired two rockets into southern Israel since Wednesday. No "
            "casualties were reported.\n"
            "As violence flared, U.S. Middle East envoy George Mitchell said the only way to stop "
            "the illegal flow of arms into Gaza is to set up a mechanism to allow legal goods into "
            "the territory. Speaking after talks with Palestinian President Mahmoud Abbas in the "
            "West Bank, Mitchell said the Palestinian Authority should be involved.\n"
            "Mitchell is making his first official visit to the region for talks with U.S. allies "
            "on how to secure a lasting cease-fire in the conflict between Israel and Hamas. "
            "While he held talks with West Bank Palestinians, he has no plans to speak with "
            "leaders of Hamas, who rule Gaza.\n"
            "In other Israeli air strikes since Wednesday, Israel has attacked what it calls a "
            "weapons factory and smuggling tunnels linking Gaza with Egypt.\n"
            "After meeting Israeli officials in Jerusalem Wednesday, Mitchell said Washington is "
            "committed to Israel's security and what he called Israel's right to defend itself "
            "against legitimate threats.\n"
            "Mitchell also said there should be an end to arms smuggling by Gaza militants and a "
            "re-opening of Gaza's border crossings based on a 2005 agreement.\n"
            "The agreement called for Mr. Abbas's Palestinian Authority to operate Gaza's Rafah "
            "border crossing with Egypt alongside European Union observers tasked with "
            "preventing smuggling."
        ),
    },
    {
        "id": "blind38-06",
        "url": (
            "http://www.voanews.com/content/us-expels-ecuadorian-envoy-in-wikileaks--affair--"
            "119435409/164366.html"
        ),
        "agency": "Voice of America",
        "title": "US Expels Ecuadorian Envoy in WikiLeaks Affair",
        "published": "2011-04-07",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date; the U.S. expulsion 'on Thursday' after Ecuador's "
            "expulsion of Ambassador Hodges on Tuesday dates it to Thursday 7 April 2011"
        ),
        "truncated": True,
        "note": (
            "removed: 'News / Americas', the headline (kept in title), 'TEXT SIZE - +', trailing "
            "spaces at line ends; blank lines between paragraphs reduced to one line break; "
            "double spaces inside lines kept as stored; the stored copy is cut inside the next "
            "paragraph ('Clinton's meeting with Mr. Correa l'), which is dropped"
        ),
        "text": (
            "The United States on Thursday expelled Ecuador\u2019s ambassador to Washington in "
            "another step in a diplomatic dispute spurred by a leaked U.S. State Department "
            "cable.  Ecuador expelled the U.S. envoy to Quito earlier this week.\n"
            "The State Department says it has ordered Ecuadorian Ambassador Luis Gallegos to "
            "leave the country as soon as possible in the latest diplomatic fallout from the "
            "WikiLeaks  disclosure of classified U.S. diplomatic cables.\n"
            "The action follows Ecuador\u2019s expulsion on Tuesday of U.S. ambassador Heather "
            "Hodges over the contents of an alleged U.S. State Department document released by "
            "the activist website.\n"
            "Since last year, the State Department has refused to discuss the contents of the "
            "thousands of classified cables published by WikiLeaks .\n"
            "But the Spanish newspaper El Pais, which reported on the document on Ecuador, said "
            "that in it, U.S. envoy Hodges accused the country\u2019s now-retired national police "
            "chief of corruption and suggested that Ecuadorian President Rafael Correa was aware "
            "of his crimes.\n"
            "State Department Acting Deputy Spokesman Mark Toner told reporters that "
            "Ecuador\u2019s \"unjustified\" action against Ambassador Hodges left the United States "
            "with no option but to reciprocate.\n"
            "\"We\u2019re interested in a positive relationship with Ecuador, but the regrettable "
            "and unwarranted decision to declare Ambassador Hodges persona non grata is going to "
            "be taken into account as we move forward in the relationship,\" he said,\n"
            "Toner said the United States has also suspended plans for a high-level dialogue "
            "with Ecuador in June that had been agreed to during a visit to Quito by Secretary of "
            "State Hillary Clinton last year.\n"
            "The United States has had a difficult relationship with Ecuador\u2019s left-leaning "
            "President Correa, who in 2009 ended a deal under which U.S. surveillance planes used "
            "an Ecuadorian air base for anti-drug operations."
        ),
    },
    {
        "id": "blind38-07",
        "url": (
            "http://www.voanews.com/content/two-more-cambodian-opposition-members-charged-with-"
            "insurrection/1960581.html"
        ),
        "agency": "Voice of America",
        "title": "More Cambodian Opposition Members Charged With Insurrection",
        "published": "2014-07-18",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date; the photo of 17 July 2014 and the men 'ordered to remain "
            "in jail Friday' date it to Friday 18 July 2014"
        ),
        "truncated": True,
        "note": (
            "removed: 'News / Asia', the headline (kept in title), the photo caption (printed "
            "twice); blank lines between paragraphs reduced to one line break; the stored copy "
            "is cut inside the next paragraph ('About 100 demonstrators ... dual US-Ca'), which "
            "is dropped"
        ),
        "text": (
            "A court in the Cambodian capital has formally charged two more opposition members "
            "with insurrection and incitement in the wake of violent clashes between protesters "
            "and authorities.\n"
            "The violence came earlier this week after supporters of the Cambodian National "
            "Rescue Party (CNRP) turned on district security guards who had barred them from "
            "entering Freedom Park.\n"
            "Long Ry, one of the two men ordered to remain in jail Friday, appeared outside the "
            "court momentarily.\n"
            "\u201cDon\u2019t worry. I am OK. Continue to fight for democracy in Cambodia,\u201d he "
            "said.\n"
            "Nuth Rumdoul, the other party member charged, told VOA Khmer at the court he had not "
            "incited violence at Freedom Park and had come willingly to be questioned.\n"
            "Kong Pisey, a defense lawyer for the men, said the courts had failed to arrest or "
            "question anyone from the security forces also involved in Tuesday\u2019s clashes.\n"
            "\u201cThe Cambodian government should be responsible for both sides,\" he said.\n"
            "Six other opposition members were arrested and charged earlier this week. Seven of "
            "the eight in custody were elected to parliament last year, although none of them "
            "have taken their seats as part of the political standoff with the ruling party over "
            "vote fraud allegations."
        ),
    },
    {
        "id": "blind38-08",
        "url": "https://www.voanews.com/a/nigeria-boko-haram/2745752.html",
        "agency": "Voice of America",
        "title": "Nigerian Military Frees More Kidnapped Girls",
        "published": "2015-04-30",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date; the photo of 29 April 2015 and the rescue 'Thursday' "
            "date it to Thursday 30 April 2015"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', 'update', the headline (kept in "
            "title), the photo caption (printed twice); blank lines between paragraphs reduced "
            "to one line break; the story is whole, only the closing VOA byline box is cut by "
            "the store and dropped"
        ),
        "text": (
            "Nigeria\u2019s military said it has rescued an additional 234 women and children "
            "kidnapped by Boko Haram in the country\u2019s northeast.\n"
            "A military official says the latest rescue took place Thursday in the Sambisa "
            "forest.\n"
            "A statement said, \u201cThis set (is) in addition to the previous individuals earlier "
            "rescued during the ongoing operation in the area.\u201d\n"
            "The military went on to say, \u201cThe assault on the forest is continuing from "
            "various fronts and efforts are concentrated on rescuing hostages . . . and destroying "
            "all terrorists camps and facilities in the forest.\u201d\n"
            "Earlier in the week, a similar size group was also rescued from the same forest. "
            "Several hundred girls and women are now reported to have been returned to safety in "
            "the past week.\n"
            "It was not immediately clear whether any of the rescued females included students "
            "who were kidnapped from a boarding school in Chibok a year ago. That kidnapping "
            "captured the attention and outrage of much of the world and likely contributed to "
            "Nigerian President Goodluck Jonathan\u2019s recent loss at the polls.\n"
            "Jonathan, whose term ends this month, said the forest is the last holdout of the "
            "Islamic militants and has pledged to \u201chand over a Nigeria completely free of "
            "terrorist strongholds.\u201d\n"
            "The name Boko Haram means \u201cWestern education is sinful.\" Many of its female "
            "captives are used as sex slaves and human shields."
        ),
    },
    {
        "id": "blind38-09",
        "url": (
            "http://www.voanews.com/content/north-korea-missile-launch-repeats-history-of-"
            "provocations/3243281.html"
        ),
        "agency": "Voice of America",
        "title": "UN Security Council Calls North Korea Missile Launches 'Unacceptable'",
        "published": "2016-03-18",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date; the photo of Friday 18 March 2016 and the launches "
            "'Friday' date it to 18 March 2016 (New York time)"
        ),
        "truncated": True,
        "note": (
            "removed: 'News / Asia', the headline (kept in title), the photo caption (printed "
            "twice), the byline 'VOA News'; blank lines between paragraphs reduced to one line "
            "break; a double space inside a line kept as stored; the stored copy is cut after "
            "the subheading 'New sanctions' inside the next paragraph ('The North's actions came "
            "a day after President Barack Obama'), both dropped"
        ),
        "text": (
            "The U.N. Security Council has \"strongly condemned\" North Korea's launch of two "
            "medium-range ballistic missiles, saying it clearly violated U.N. resolutions.\n"
            "In a unanimous statement, the council \"expressed grave concern\" over the launches "
            "it called \"unacceptable.\"\n"
            "It demanded North Korea refrain from further actions that violate U.N. resolutions "
            "and urged all countries \"to redouble their efforts\" to implement all sanctions "
            "against the communist nation.\n"
            "The statement was adopted during a closed-door meeting called by the United States, "
            "and was backed of China, North Korea's ally.\n"
            "North Korea fired the missiles Friday in defiance of U.N. resolutions prohibiting "
            "that country from developing nuclear and ballistic missile capabilities.\n"
            "South Korean officials said one of the missiles traveled 800 kilometers before "
            "crashing off the North's east coast. A second missile disappeared from South Korean "
            "radar and appeared to have exploded in flight. Both were believed to be Rodong "
            "missiles fired from road-mobile launch vehicles. Rodong missiles have the potential "
            "to reach Japan.\n"
            "North Korea did not declare a no-sail zone prior to the launch, even though it is "
            "required under international conventions to warn ships that may be in the area.  "
            "Neither missile's launch path was assessed to be a threat to the United States or "
            "its regional allies, according to the U.S. Defense Department, which tracked the "
            "launch of the missiles."
        ),
    },
    {
        "id": "blind38-10",
        "url": "https://www.voanews.com/a/somalia-troops-recapture-village-from-al-shabab/3572054.html",
        "agency": "Voice of America",
        "title": "Somali Troops Recapture Village from al-Shabab",
        "published": "2016-10-30",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date; the recapture on a Sunday a few days after Ethiopia "
            "announced (on a Wednesday) the retreat of its troops from the region dates it to "
            "the end of October 2016; the day is approximate"
        ),
        "truncated": True,
        "note": (
            "removed: 'Accessibility links', 'Breaking News', the headline (kept in title), the "
            "file-photo caption; blank lines between paragraphs reduced to one line break; the "
            "stored copy is cut inside the next paragraph ('Al-Shabab has taken control'), which "
            "is dropped; 'kiiling' as stored"
        ),
        "text": (
            "Somali government troops recaptured Goofgaduud in southern Somalia after al-Shabab "
            "militants briefly took control of the village Sunday, officials and witnesses said.\n"
            "\u201cThe militants attacked a government military base. The troops made a strategic "
            "retreat and counter attacked the militants. Now, Somali government forces have "
            "retaken the full control of the village,\u201d said regional deputy police chief, "
            "Mohamed Isaq Ara\u2019as.\n"
            "He said four government soldiers and eight militants were killed during the fighting "
            "and 10 other combatants were injured.\n"
            "Goofgaduud lies about 250 kilometers northwest of Mogadishu, the capital, in an area "
            "where the militants and government soldiers fought several times in the past.\n"
            "\u201cBoth sides battled into the streets of the village. Some houses were burnt. The "
            "militants briefly took the control. They remained here for six hours and then fled "
            "as Ethiopian troops backing Somali soldier advanced to the town,\u201d one of few "
            "residents in the village told a VOA reporter in the region over the phone.\n"
            "A statement aired by Radio Andalus, al-Shabab's mouthpiece in Somalia, said the "
            "militant group had captured the village in a heavy fighting, kiiling seven "
            "government soldiers.\n"
            "There is no independent confirmation on both sides\u2019 claims as their casualty "
            "figures often differ.\n"
            "Meanwhile, people in the rural areas, towns and villages still under the full "
            "control of the militants report the visible mobilization of fighters preparing to "
            "recover ground in southern Somalia, after the recent retreat of Ethiopian troops "
            "from the region.\n"
            "The Ethiopian government announced on Wednesday that its troops fighting the "
            "al-Qaida-linked terror group in Somalia were retreating for strategic and logistical "
            "reasons."
        ),
    },
]

E: list[tuple] = []


def ev(doc, anchor, trigger, etype, mode, context, actor, actor_text, recipient=(),
       recipient_text=(), negated=False, future=False, hypothetical=False):
    """Add one annotated event."""
    E.append((doc, anchor, trigger, etype, mode, list(context), list(actor), list(actor_text),
              list(recipient), list(recipient_text), negated, future, hypothetical))


# --- blind38-01: Kyrgyzstan, opposition takes the government seat (2005) ---
D = "blind38-01"
ev(D, "Anti-government demonstrators have stormed", "stormed", "PROTEST", "riot",
   ["pro_democracy", "election"], ["KGZ"], ["Anti-government demonstrators"], ["KGZ"],
   ["presidential headquarters"])
ev(D, "The opposition is pledging", "pledging", "AGREE", "", ["election"],
   ["KGZ"], ["The opposition"])
ev(D, "Thousands of opposition supporters have seized", "seized", "PROTEST", "riot",
   ["pro_democracy", "election"], ["KGZ"], ["Thousands of opposition supporters"], ["KGZ"],
   ["Kyrgyzstan's government"])
ev(D, "Live televised reports from the scene", "scuffles", "ASSAULT", "primitive",
   ["political_institutions"], ["KGZ", "KGZ"], ["pro-government", "opposition supporters"])
ev(D, "First reports say two demonstrators", "injured", "ASSAULT", "", ["political_institutions"],
   [], [], ["KGZ"], ["two demonstrators"])
ev(D, "the opposition is holding talks", "holding talks", "CONSULT", "",
   ["political_institutions"], ["KGZ"], ["the opposition"])
ev(D, "has announced that new elections will be held", "announced", "AGREE", "",
   ["election"], ["KGZ"], ["Kurmanbek Bakiev"])
ev(D, "which alleges massive vote rigging", "alleges", "ACCUSE", "allege",
   ["election", "corruption"], ["KGZ"], ["the opposition"])
ev(D, "But Mr. Bakiev says order must first", "says order must first be established",
   "REQUEST", "change", ["crime"], ["KGZ"], ["Mr. Bakiev"])

# --- blind38-02: Pakistan-Afghanistan border, U.S. position (2007) ---
D = "blind38-02"
ev(D, "Pakistan's plan to lay land mines", "lay land mines", "MOBILIZE", "weapons",
   ["military", "territory"], ["PAK"], ["Pakistan's"], future=True)
ev(D, "Afghan officials have opposed the plan", "opposed", "ACCUSE", "disapprove",
   ["military", "territory"], ["AFG"], ["Afghan officials"])
ev(D, "Afghanistan has repeatedly accused Pakistan", "accused", "ACCUSE", "allege",
   ["terrorism", "territory"], ["AFG"], ["Afghanistan"], ["PAK"], ["Pakistan"])
ev(D, "Burns also said he hopes", "attacks", "ASSAULT", "", ["terrorism"],
   ["AFG"], ["Taleban-led"], ["AFG", "IGO"], ["civilians", "NATO forces"])

# --- blind38-03: Israel-Gaza strikes after the crossing attack (2008) ---
D = "blind38-03"
ev(D, "Israel launched a series of air strikes", "air strikes", "ASSAULT", "aerial",
   ["military", "terrorism"], ["ISR"], ["Israel"], ["PSE"], ["seven Palestinian militants"])
ev(D, "Mark Regev says the strikes", "attack", "ASSAULT", "", ["military", "terrorism"],
   ["PSE"], ["Hamas"], ["ISR"], ["an Israeli cargo crossing"])
ev(D, "drove two cars packed with explosives", "packed with explosives", "ASSAULT",
   "explosives", ["military", "terrorism"], ["PSE"], ["Hamas militants in Gaza"], ["ISR"],
   ["13 Israeli soldiers"])
ev(D, "Israeli military officials say the attack", "say", "ACCUSE", "allege",
   ["military", "terrorism"], ["ISR"], ["Israeli military officials"])
ev(D, "promised to stage more attacks", "promised to stage more attacks", "THREATEN",
   "violence", ["military", "terrorism"], ["PSE"], ["Hamas"], ["ISR"], ["Israel's"])
ev(D, "promised to stage more attacks", "blockade", "SANCTION", "discontinue",
   ["economic", "territory"], ["ISR"], ["Israel's"], ["PSE"], ["the Gaza Strip"])
ev(D, "Israel says its blockade is pressuring", "rocket fire", "ASSAULT", "",
   ["military", "terrorism"], ["PSE"], ["militants in the Palestinian territory"], ["ISR"],
   ["Israeli towns"])

# --- blind38-04: Serbia arrests Radovan Karadzic (2008) ---
D = "blind38-04"
ev(D, "Serbia says it has arrested", "arrested", "COERCE", "arrest", ["legal", "human_rights"],
   ["SRB"], ["Serbia"], ["BIH"], ["Radovan Karadzic"])
ev(D, "arrested late Monday in a raid", "arrested", "COERCE", "arrest",
   ["legal", "human_rights"], ["SRB"], ["Serbian security forces"], ["BIH"],
   ["former Bosnian Serb leader Radovan Karadzic"])
ev(D, "Prosecutors of The Hague-based", "charged", "ACCUSE", "allege",
   ["legal", "human_rights"], ["UNO"],
   ["Prosecutors of The Hague-based United Nations War Crimes Tribunal"], ["BIH"], ["Karadzic"])
ev(D, "He is accused of masterminding", "is accused", "ACCUSE", "allege",
   ["legal", "human_rights"], [], [], ["BIH"], ["He"])
ev(D, "the White House welcomed the arrest", "welcomed", "SUPPORT", "",
   ["legal", "human_rights"], ["USA"], ["the White House"])
ev(D, "Balkan Trust for Democracy", "was the right move", "SUPPORT", "", ["legal"],
   ["NGO"], ["Ivan Vejvoda"], ["SRB"], ["the Serbian government"])
ev(D, "Serge Brammertz also welcomed", "welcomed", "SUPPORT", "", ["legal", "human_rights"],
   ["UNO"], ["The U.N. Chief Prosecutor Serge Brammertz"])
ev(D, "Serbia had been under pressure", "under pressure", "REQUEST", "assist",
   ["legal", "diplomatic"], ["EUR", "USA", "UNO"],
   ["the European Union", "Washington", "the United Nations"], ["SRB"], ["Serbia"])

# --- blind38-05: Israeli strikes on Gaza, Mitchell's first visit (2009) ---
D = "blind38-05"
ev(D, "Israel says its warplanes", "air strikes", "ASSAULT", "aerial", ["military", "terrorism"],
   ["ISR"], ["its warplanes"], ["PSE"], ["militant targets in the Gaza Strip"])
ev(D, "Israel says its warplanes", "fired two rockets", "ASSAULT", "",
   ["military", "terrorism"], ["PSE"], ["militants"], ["ISR"], ["southern Israel"])
ev(D, "one air strike Thursday was aimed", "air strike", "ASSAULT", "aerial",
   ["military", "terrorism"], ["ISR"], ["Israel"], ["PSE"], ["a Hamas militant"])
ev(D, "one air strike Thursday was aimed", "bomb attack", "ASSAULT", "explosives",
   ["military", "terrorism"], ["PSE"], ["a Hamas militant"], ["ISR"], ["an Israeli soldier"])
ev(D, "Palestinian medics say the air strike", "wounding", "ASSAULT", "aerial",
   ["military"], [], [], ["PSE", "PSE"], ["the militant", "at least seven school children"])
ev(D, "Gaza militants have fired two rockets", "fired", "ASSAULT", "",
   ["military", "terrorism"], ["PSE"], ["Gaza militants"], ["ISR"], ["southern Israel"])
ev(D, "As violence flared", "said the only way", "REQUEST", "change",
   ["diplomatic", "military"], ["USA"], ["U.S. Middle East envoy George Mitchell"])
ev(D, "Speaking after talks with Palestinian President", "talks", "CONSULT", "visit",
   ["diplomatic"], ["USA"], ["Mitchell"], ["PSE"], ["Palestinian President Mahmoud Abbas"])
ev(D, "Speaking after talks with Palestinian President", "should be involved", "REQUEST",
   "change", ["diplomatic"], ["USA"], ["Mitchell"])
ev(D, "Mitchell is making his first official visit", "visit", "CONSULT", "visit",
   ["diplomatic"], ["USA"], ["Mitchell"])
ev(D, "While he held talks with West Bank", "held talks", "CONSULT", "visit", ["diplomatic"],
   ["USA"], ["he"], ["PSE"], ["West Bank Palestinians"])
ev(D, "While he held talks with West Bank", "has no plans to speak", "REJECT", "meet",
   ["diplomatic"], ["USA"], ["he"], ["PSE"], ["leaders of Hamas"])
ev(D, "In other Israeli air strikes", "attacked", "ASSAULT", "aerial",
   ["military", "terrorism"], ["ISR"], ["Israel"], ["PSE"],
   ["a weapons factory and smuggling tunnels"])
ev(D, "After meeting Israeli officials", "meeting", "CONSULT", "visit", ["diplomatic"],
   ["USA"], ["Mitchell"], ["ISR"], ["Israeli officials"])
ev(D, "After meeting Israeli officials", "is committed to", "SUPPORT", "",
   ["diplomatic", "military"], ["USA"], ["Washington"], ["ISR"], ["Israel's"])
ev(D, "there should be an end to arms smuggling", "there should be", "REQUEST", "change",
   ["diplomatic", "trafficking"], ["USA"], ["Mitchell"], ["PSE"], ["Gaza militants"])

# --- blind38-06: United States and Ecuador expel ambassadors (2011) ---
D = "blind38-06"
ev(D, "The United States on Thursday expelled", "expelled", "SANCTION", "expel",
   ["diplomatic"], ["USA"], ["The United States"], ["ECU"], ["Ecuador\u2019s ambassador"])
ev(D, "Ecuador expelled the U.S. envoy", "expelled", "SANCTION", "expel", ["diplomatic"],
   ["ECU"], ["Ecuador"], ["USA"], ["the U.S. envoy to Quito"])
ev(D, "ordered Ecuadorian Ambassador Luis Gallegos", "ordered", "SANCTION", "expel",
   ["diplomatic"], ["USA"], ["The State Department"], ["ECU"],
   ["Ecuadorian Ambassador Luis Gallegos"])
ev(D, "The action follows Ecuador", "expulsion", "SANCTION", "expel", ["diplomatic"],
   ["ECU"], ["Ecuador\u2019s"], ["USA"], ["U.S. ambassador Heather Hodges"])
ev(D, "U.S. envoy Hodges accused", "accused", "ACCUSE", "allege", ["corruption"],
   ["USA"], ["U.S. envoy Hodges"], ["ECU"], ["the country\u2019s now-retired national police chief"])
ev(D, "U.S. envoy Hodges accused", "suggested", "ACCUSE", "allege", ["corruption"],
   ["USA"], ["U.S. envoy Hodges"], ["ECU"], ["Ecuadorian President Rafael Correa"])
ev(D, "Mark Toner told reporters", "unjustified", "ACCUSE", "disapprove", ["diplomatic"],
   ["USA"], ["State Department Acting Deputy Spokesman Mark Toner"], ["ECU"], ["Ecuador\u2019s"])
ev(D, "interested in a positive relationship", "regrettable and unwarranted", "ACCUSE",
   "disapprove", ["diplomatic"], ["USA"], ["We"], ["ECU"], ["Ecuador"])
ev(D, "suspended plans for a high-level dialogue", "suspended", "REJECT", "meet",
   ["diplomatic"], ["USA"], ["the United States"], ["ECU"], ["Ecuador"])
ev(D, "suspended plans for a high-level dialogue", "visit", "CONSULT", "visit", ["diplomatic"],
   ["USA"], ["Secretary of State Hillary Clinton"], ["ECU"], ["Quito"])
ev(D, "who in 2009 ended a deal", "ended a deal", "SANCTION", "discontinue",
   ["military", "illegal_drugs"], ["ECU"], ["Ecuador\u2019s left-leaning President Correa"],
   ["USA"], ["U.S. surveillance planes"])

# --- blind38-07: Cambodia charges opposition members (2014) ---
D = "blind38-07"
ev(D, "A court in the Cambodian capital", "formally charged", "ACCUSE", "allege",
   ["legal", "repression"], ["KHM"], ["A court in the Cambodian capital"], ["KHM"],
   ["two more opposition members"])
ev(D, "A court in the Cambodian capital", "violent clashes", "ASSAULT", "", ["repression"],
   ["KHM", "KHM"], ["protesters", "authorities"])
ev(D, "turned on district security guards", "turned on", "ASSAULT", "",
   ["political_institutions"], ["KHM"],
   ["supporters of the Cambodian National Rescue Party (CNRP)"], ["KHM"],
   ["district security guards"])
ev(D, "turned on district security guards", "barred them from entering", "COERCE", "restrict",
   ["repression", "rights_freedoms"], ["KHM"], ["district security guards"], ["KHM"], ["them"])
ev(D, "ordered to remain in jail", "ordered to remain in jail", "COERCE", "arrest",
   ["legal", "repression"], [], [], ["KHM"], ["Long Ry"])
ev(D, "Nuth Rumdoul, the other party member", "had not incited violence", "REJECT", "",
   ["legal"], ["KHM"], ["Nuth Rumdoul"])
ev(D, "Kong Pisey, a defense lawyer", "failed to arrest or question", "ACCUSE", "allege",
   ["legal"], ["KHM"], ["Kong Pisey"], ["KHM"], ["the courts"])
ev(D, "Kong Pisey, a defense lawyer", "arrest", "COERCE", "arrest", ["legal"],
   ["KHM"], ["the courts"], ["KHM"], ["anyone from the security forces"], negated=True)
ev(D, "The Cambodian government should be responsible", "should be responsible", "REQUEST",
   "change", ["legal"], ["KHM"], ["he"], ["KHM"], ["The Cambodian government"])
ev(D, "Six other opposition members were arrested", "arrested", "COERCE", "arrest",
   ["repression"], [], [], ["KHM"], ["Six other opposition members"])
ev(D, "Six other opposition members were arrested", "charged", "ACCUSE", "allege",
   ["legal", "repression"], [], [], ["KHM"], ["Six other opposition members"])
ev(D, "Seven of the eight in custody", "none of them have taken their seats", "PROTEST",
   "boycott", ["legislative", "election"], ["KHM"], ["Seven of the eight in custody"], ["KHM"],
   ["the ruling party"])

# --- blind38-08: Nigeria, rescues from the Sambisa forest (2015) ---
D = "blind38-08"
ev(D, "has rescued an additional 234", "rescued", "AID", "", ["terrorism", "human_security"],
   ["NGA"], ["Nigeria\u2019s military"], ["NGA"], ["234 women and children"])
ev(D, "has rescued an additional 234", "kidnapped", "ASSAULT", "abduct",
   ["terrorism", "gender"], ["NGA"], ["Boko Haram"], ["NGA"], ["234 women and children"])
ev(D, "The assault on the forest", "assault", "ASSAULT", "", ["military", "terrorism"],
   ["NGA"], ["The military"])
ev(D, "The assault on the forest", "destroying", "ASSAULT", "destroy",
   ["military", "terrorism"], ["NGA"], ["The military"], ["NGA"],
   ["all terrorists camps and facilities"])
ev(D, "a similar size group was also rescued", "rescued", "AID", "",
   ["terrorism", "human_security"], [], [], ["NGA"], ["a similar size group"])
ev(D, "students who were kidnapped from a boarding school", "kidnapped", "ASSAULT", "abduct",
   ["terrorism", "gender"], [], [], ["NGA"], ["students"])
ev(D, "Many of its female captives", "sex slaves", "ASSAULT", "sexual",
   ["terrorism", "gender"], ["NGA"], ["its"], ["NGA"], ["its female captives"])

# --- blind38-09: UN Security Council on North Korea's missile launches (2016) ---
D = "blind38-09"
ev(D, "The U.N. Security Council has", "strongly condemned", "ACCUSE", "disapprove",
   ["military", "cbrn"], ["UNO"], ["The U.N. Security Council"], ["PRK"], ["North Korea's"])
ev(D, "The U.N. Security Council has", "launch", "MOBILIZE", "weapons", ["military", "cbrn"],
   ["PRK"], ["North Korea's"])
ev(D, "In a unanimous statement", "expressed grave concern", "ACCUSE", "disapprove",
   ["military", "cbrn"], ["UNO"], ["the council"])
ev(D, "It demanded North Korea refrain", "demanded", "REQUEST", "change", ["military", "cbrn"],
   ["UNO"], ["It"], ["PRK"], ["North Korea"])
ev(D, "It demanded North Korea refrain", "urged", "REQUEST", "", ["military", "economic"],
   ["UNO"], ["It"])
ev(D, "The statement was adopted during", "closed-door meeting", "CONSULT", "multilateral",
   ["diplomatic"], ["USA"], ["the United States"])
ev(D, "The statement was adopted during", "backed", "SUPPORT", "", ["diplomatic"],
   ["CHN"], ["China"])
ev(D, "North Korea fired the missiles Friday", "fired", "MOBILIZE", "weapons",
   ["military", "cbrn"], ["PRK"], ["North Korea"])

# --- blind38-10: Somalia, Goofgaduud retaken from al-Shabab (2016) ---
D = "blind38-10"
ev(D, "Somali government troops recaptured", "recaptured", "ASSAULT", "",
   ["military", "terrorism", "territory"], ["SOM"], ["Somali government troops"], ["IMG"],
   ["al-Shabab militants"])
ev(D, "Somali government troops recaptured", "took control", "ASSAULT", "",
   ["military", "terrorism", "territory"], ["IMG"], ["al-Shabab militants"])
ev(D, "The militants attacked a government military base", "attacked", "ASSAULT", "",
   ["military", "terrorism"], ["IMG"], ["The militants"], ["SOM"], ["a government military base"])
ev(D, "The troops made a strategic retreat", "strategic retreat", "RETREAT", "withdraw",
   ["military"], ["SOM"], ["The troops"])
ev(D, "The troops made a strategic retreat", "counter attacked", "ASSAULT", "",
   ["military", "terrorism"], ["SOM"], ["The troops"], ["IMG"], ["the militants"])
ev(D, "Somali government forces have retaken", "retaken", "ASSAULT", "",
   ["military", "territory"], ["SOM"], ["Somali government forces"])
ev(D, "He said four government soldiers", "killed", "ASSAULT", "", ["military", "terrorism"],
   ["SOM", "IMG"], ["four government soldiers", "eight militants"])
ev(D, "Goofgaduud lies about 250 kilometers", "fought", "ASSAULT", "", ["military", "terrorism"],
   ["IMG", "SOM"], ["the militants", "government soldiers"])
ev(D, "Both sides battled", "battled", "ASSAULT", "", ["military", "terrorism"],
   ["SOM", "IMG"], ["Both sides", "Both sides"])
ev(D, "The militants briefly took the control", "took the control", "ASSAULT", "",
   ["military", "territory"], ["IMG"], ["The militants"])
ev(D, "They remained here for six hours", "fled", "RETREAT", "withdraw", ["military"],
   ["IMG"], ["They"])
ev(D, "They remained here for six hours", "advanced", "MOBILIZE", "troops", ["military"],
   ["ETH"], ["Ethiopian troops"])
ev(D, "A statement aired by Radio Andalus", "captured", "ASSAULT", "",
   ["military", "territory"], ["IMG"], ["the militant group"])
ev(D, "A statement aired by Radio Andalus", "kiiling", "ASSAULT", "", ["military", "terrorism"],
   ["IMG"], ["the militant group"], ["SOM"], ["seven government soldiers"])
ev(D, "visible mobilization of fighters", "mobilization", "MOBILIZE", "militia",
   ["military", "terrorism"], ["IMG"], ["fighters"])
ev(D, "visible mobilization of fighters", "retreat", "RETREAT", "withdraw", ["military"],
   ["ETH"], ["Ethiopian troops"])
ev(D, "The Ethiopian government announced", "retreating", "RETREAT", "withdraw", ["military"],
   ["ETH"], ["The Ethiopian government"])

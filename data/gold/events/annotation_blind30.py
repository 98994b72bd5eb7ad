"""Texts and annotation of the blind events set ``blind30.jsonl`` (evgold18, 2026-12-06).

Ten Voice of America news stories (voanews.com, its language-service site voacambodia.com and
its own CMS host voa.pangea-cms.com; all public domain), taken from the search tool's stored
pages. Page furniture is removed (named in each document's ``note``); the wording is otherwise
exactly as stored. Stories cut by the store are kept to their last complete paragraph and marked
``truncated``. Each event is written as: document id, a sentence anchor (a substring of exactly
one sentence), the trigger (a substring found once in that sentence), type, mode, contexts,
actor codes, actor texts, recipient codes, recipient texts and the flags.
``build_blind30.py`` turns this into ``blind30.jsonl`` and checks every offset.

The annotation was written from the annotator's own reading, before any system ran on the texts.
"""

from __future__ import annotations

_FURNITURE = "'Accessibility links', 'Breaking News'"

DOCS: list[dict] = [
    {
        "id": "blind30-01",
        "url": "https://www.voacambodia.com/a/a-40-2006-04-06-voa1-90152587/1358953.html",
        "agency": "Voice of America",
        "title": "Arrests Continue in Nepal Capital as Anti-Monarchy Strike Begins",
        "published": "2006-04-06",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-40-2006-04-06); the story's 'Thursday' agrees",
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title); the stored copy ends inside "
            "its ninth paragraph, which is dropped (eight complete paragraphs kept)"
        ),
        "text": (
            "Nepalese police have detained hundreds of opposition leaders and activists in the "
            "capital, Kathmandu, at the start of a four-day national strike that aims to pressure "
            "King Gyanendra to restore democracy. While the capital was gripped by the political "
            "showdown, nine people were killed in a provincial town raided by Maoist rebels "
            "engaged in a violent, decade-long insurgency.\n"
            "Hundreds of security personnel in riot gear stood guard in the near-empty streets of "
            "Kathmandu Thursday, to thwart mass protests planned by an alliance of seven "
            "opposition parties.\n"
            "But small groups of pro-democracy demonstrators emerged on the streets during the "
            "day, prompting a second wave of arrests. Many opposition leaders and activists had "
            "been detained a day ahead of the strike.\n"
            "The government has vowed to crush the anti-monarchy protests, citing threats of "
            "violence by Maoist rebels. Authorities have banned public rallies, imposed a "
            "night-time curfew, and urged people to ignore the strike.\n"
            "But businesses and schools shut down Thursday, and vehicles stayed off the roads in "
            "the city and on surrounding highways.\n"
            "Prakash Man Singh, a spokesman for the Nepali Congress Democratic Party, says the "
            "government's tough measures did not deter people from supporting the opposition's "
            "demand that the king give up the powers he seized more than a year ago.\n"
            "\"The people have taken seriously the call given by the seven-party alliance. We do "
            "not want an autocratic monarch over here in Nepal, and we want to restore peace. We "
            "want total democracy. We want sovereignty back to the people,\" said Prakash Man "
            "Singh.\n"
            "The United Nations and the United States have criticized the ban on rallies and the "
            "arrests of political leaders and activists."
        ),
    },
    {
        "id": "blind30-02",
        "url": "https://www.voanews.com/a/a-13-2007-01-22-voa39/336172.html",
        "agency": "Voice of America",
        "title": "Guinea Protests Turn Deadly",
        "published": "2007-01-22",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-01-22)",
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title); the stored copy ends inside "
            "its fifteenth paragraph ('Mr. Conte declared'), which is dropped"
        ),
        "text": (
            "Clashes in Guinea between protesters demanding the president's resignation and "
            "security forces claimed at least 20 lives and led to dozens of injuries. VOA's Nico "
            "Colombant reports from our regional bureau in Dakar.\n"
            "Doctors in the capital Conakry said most of the victims had been shot at with real "
            "bullets.\n"
            "Union leaders had called for large marches to begin on Monday, despite a government "
            "ban and a heavy military presence.\n"
            "Youths took to the streets in the early morning hours, moving from the suburbs of "
            "the capital closer to the center.\n"
            "Most of the shooting took place midday when waves of protesters approached the "
            "presidential palace and other government buildings.\n"
            "The protesters called on President Lansana Conte to resign, saying he was a "
            "dictator who cheated in elections.\n"
            "At one point, according to eye witnesses, security forces lobbed a grenade into an "
            "area where doctors were treating some of the wounded.\n"
            "Local journalist Maseco Conde says union leaders were detained after nightfall.\n"
            "Earlier, in a raid led by the president's own son, a special security force attacked "
            "an area where union leaders were meeting.\n"
            "Deadly violence was also reported in other cities.\n"
            "Analyst Gilles Yabi, with the Brussels-based International Crisis Group, says the "
            "protests would probably fizzle if a new prime minister was named.\n"
            "\"The minimum compromise would be the appointment of this prime minister with full "
            "powers, a kind of neutralization of President Conte,\" said Gilles Yabi. \"And even "
            "this can be acceptable to the population. What the Guineans have been asking really "
            "now is for Conte to leave them, to go into a village, even retaining the title of "
            "president but not interfering in the affairs of the country, not interfering in the "
            "justice and not plunging and maintaining the country in a situation of dire "
            "poverty.\"\n"
            "Guinea's opposition leaders said they feared they would also be arrested."
        ),
    },
    {
        "id": "blind30-03",
        "url": "https://www.voanews.com/a/a-13-2007-03-29-voa19/337215.html",
        "agency": "Voice of America",
        "title": "Ethiopian Helicopters Fire on Somali Insurgents in Mogadishu",
        "published": "2007-03-29",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2007-03-29)",
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title); the stored copy ends inside "
            "its tenth paragraph (Meles Zenawi on troop withdrawals), which is dropped"
        ),
        "text": (
            "After several days of relative calm, heavy fighting resumed in the Somali capital, "
            "Mogadishu. Battles between Ethiopian troops and insurgent fighters have reportedly "
            "killed and wounded dozens of civilians. VOA Correspondent Alisha Ryu has the latest "
            "from our East Africa Bureau in Nairobi.\n"
            "The violence broke out soon after Ethiopian tanks rumbled through several "
            "neighborhoods in southern Mogadishu.\n"
            "The Ethiopians, together with Somali government troops, launched the early-morning "
            "security operation in an apparent bid to crack down on a three-month insurgency that "
            "has kept Somalia's Ethiopian-backed interim government from gaining full control of "
            "the capital.\n"
            "The neighborhoods are thought to be strongholds of insurgents, who are believed to "
            "be made up mostly of supporters of Somalia's ousted Islamic Courts Union and "
            "disgruntled militiamen of the locally-dominant Hawiye tribe.\n"
            "Government Interior Minister Mohamed Mahmud Gama Dheere says the insurgents, who did "
            "not have enough firepower to confront Ethiopian tanks and artillery, fought back "
            "with hit-and-run attacks.\n"
            "\"They are not fighting face-to-face, just throwing some mortars and hiding "
            "themselves,\" he said. \"They are using small arms and so on.\"\n"
            "In a telephone interview with VOA, a Somali journalist, Mohamed Amiin, described what "
            "he heard and saw as the fighting spread to the north of the city.\n"
            "\"You can hear very deafening sound of artillery, and also we can see helicopters "
            "firing in some areas of the capital,\" he explained. \"People are very scared, very "
            "worried.\"\n"
            "Amiin and other eyewitnesses tell VOA that at least two Ethiopian helicopters fired "
            "missiles into insurgent neighborhoods in northern Mogadishu. Somalia's interior "
            "minister said he could not confirm those reports."
        ),
    },
    {
        "id": "blind30-04",
        "url": "https://www.voanews.com/a/a-13-2009-04-15-voa6-68682862/355614.html",
        "agency": "Voice of America",
        "title": "Sri Lanka Military Denies Resumed Fighting With Tamil Rebels",
        "published": "2009-04-15",
        "date_approximate": False,
        "date_note": "date from the archive URL (a-13-2009-04-15); the story's 'Wednesday' agrees",
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title), three subheadings ('Exchange "
            "of fire?', 'Conflicting statements', 'Military campaign aims to crush rebels'); the "
            "stored copy ends inside its ninth paragraph (a quote of Jehan Perera), which is "
            "dropped"
        ),
        "text": (
            "In Sri Lanka, Tamil rebels say government forces have resumed fighting, following a "
            "two-day holiday truce, but the army denies it has resumed fighting. The government "
            "has rejected an appeal by the rebels for a permanent truce.\n"
            "A pro-rebel Web site says Sri Lanka's army began an offensive early Wednesday near a "
            "\"no-fire\" zone where there are tens of thousands of civilians.\n"
            "The military denied reports of firing into the narrow strip in the northeast of the "
            "country, where the army is in the last stages of a campaign to defeat the Tamil "
            "Tiger rebels.\n"
            "Army spokesman Udaya Nanayakara says soldiers have surrounded the small, no-fire "
            "zone in which the rebel fighters are confined with civilians. But he says troops are "
            "only \"observing\" what is going on in the area.\n"
            "\"There were no confrontations taking place there,\" Nanayakara said. \"We cannot "
            "conduct offensive inside the safety zone because of the civilian factor.\"\n"
            "The conflicting statements came as a two-day unilateral truce declared by the "
            "government ended. The truce was meant to allow civilians to move from the narrow "
            "coastal area to government-controlled areas, but only about 250 people crossed "
            "over.\n"
            "The government blamed the rebels for not allowing the civilians to leave. It "
            "rejected a call by the rebels for an internationally supervised truce and peace "
            "talks.\n"
            "The head of Colombo's National Peace Council, Jehan Perera, says the government is "
            "determined to go ahead with its military campaign to crush the rebels, also known as "
            "the LTTE, despite widespread concern over the safety of civilians."
        ),
    },
    {
        "id": "blind30-05",
        "url": (
            "https://voa.pangea-cms.com/preview/en-US/a/"
            "bahrain-arrests-opposition-leaders-after-clashes-118171019/172803.html"
        ),
        "agency": "Voice of America",
        "title": "Bahrain Arrests Opposition Leaders After Clashes",
        "published": "2011-03-17",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; its photo caption dates the clearing of the square "
            "to 16 March 2011 (a Wednesday), and the story reports 'Thursday'"
        ),
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title), the photo caption (printed "
            "twice); the stored copy ends inside its ninth paragraph (Saudi and UAE forces), "
            "which is dropped"
        ),
        "text": (
            "Authorities in Bahrain have detained opposition leaders, after security forces drove "
            "pro-democracy protesters out of a main square in the capital.\n"
            "A statement read on Bahrain's state television said authorities had arrested "
            "\"several\" leaders on charges that include communicating with foreign countries.\n"
            "Opposition members said Thursday that the government has detained at least six "
            "opposition leaders since clearing the protesters' tent camp from Manama's Pearl "
            "Roundabout on Wednesday. They said the detainees include Hassan Mushaima of the Haq "
            "movement, Wa'ad party leader Ibrahim Sharif and Shi'ite activist Abdul Wahad "
            "Hussein.\n"
            "At least five people were killed Wednesday when Bahraini security forces swept "
            "through the square, which had been a rallying point for protesters.\n"
            "The Associated Press says riot police on Thursday fired tear gas at several dozen "
            "protesters who tried to regroup near Manama.\n"
            "Bahrain's government declared a three-month state of emergency on Tuesday as part of "
            "efforts to end a month of protests. However, a military spokesman announced on "
            "Thursday that a 12-hour evening and overnight curfew would be shortened by four "
            "hours in parts of the capital.\n"
            "Protesters from Bahrain's majority Shi'ite population are demanding political "
            "reforms from the minority Sunni government.\n"
            "The ruling al-Khalifa family has offered to hold a dialogue with opposition groups. "
            "But some protesters are demanding more power for parliament and that the royal "
            "family be ousted."
        ),
    },
    {
        "id": "blind30-06",
        "url": (
            "https://voa.pangea-cms.com/preview/en-US/a/fighting-in-yemen-houthi-protesters/"
            "2644282.html"
        ),
        "agency": "Voice of America",
        "title": "Fighting Rages in Southern Yemen Amid Sana'a Protests",
        "published": "2015-02-14",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; its photo caption is dated 11 February 2015 and the "
            "story reports protests on 'Saturday', taken as 14 February 2015"
        ),
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title), the photo caption (printed "
            "twice); the stored copy is cut only inside the closing VOA byline box ('16x9 Image "
            "VOA News ...'), all story paragraphs complete"
        ),
        "text": (
            "Tens of thousands of Yemenis protested Saturday against the country's takeover by "
            "the Shi'ite Muslim Houthi movement. In the central town of Ibb, Houthi gunmen fired "
            "on protesters, wounding four of them.\n"
            "In southern Yemen, in mountainous al-Bayda province, heavy fighting has continued "
            "between Houthi rebels and Sunni tribesmen, many of whom are allied with local "
            "al-Qaida groups. Security sources say at least 26 people have been killed since "
            "Friday \u2014 16 Houthis and 10 tribesmen.\n"
            "Yemen shares a long border with Saudia Arabia, the world's top oil exporter, and "
            "also has been fighting against al-Qaida in the Arabian Peninsula. The United States "
            "has supported the campaign against al-Qaida with drone strikes \u2014 missile "
            "attacks by unmanned aircraft targeting militants.\n"
            "Diplomats' exodus from Yemen continued Saturday. The Netherlands, Spain and the "
            "United Arab Emirates are the latest countries to shut down embassy operations in "
            "Sana'a and evacuate their diplomats. Saudi Arabia, Italy, Germany, the United "
            "States, France and Britain previously have closed their embassies in Yemen.\n"
            "What some have called Yemen's descent into chaos during the past week has isolated "
            "the country's new Houthi rulers and lent urgency to struggling talks over internal "
            "power-sharing they are conducting with opposition parties.\n"
            "Since seizing power earlier this month, the Houthis have dissolved parliament and "
            "set up their own ruling body. They say they are carrying out a \"revolution\" "
            "against corrupt officials and economic ruin. The ousted president, Abd Rabbuh "
            "Mansour Hadi, and his Cabinet ministers remain under rebel house arrest."
        ),
    },
    {
        "id": "blind30-07",
        "url": "https://www.voanews.com/a/police-wounded-clashes-armed-group-macedonia/2761387.html",
        "agency": "Voice of America",
        "title": "5 Officers Killed in Fight with Gunmen in Macedonia",
        "published": "2015-05-09",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; its photo caption is dated 9 May 2015 and the story "
            "reports 'late Saturday' (9 May 2015)"
        ),
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title), the photo caption (printed "
            "twice); the stored copy ends inside its eighth paragraph (the U.S. Embassy's "
            "statement), which is dropped"
        ),
        "text": (
            "Macedonian authorities said late Saturday that five police officers had been killed "
            "and more than 30 others had been wounded in a daylong battle with unidentified "
            "gunmen in an ethnic Albanian area near the borders of Kosovo and Serbia.\n"
            "Interior Minister Gordana Jankulovska said some of the gunmen outside the town of "
            "Kumanovo had been killed. She did not say how many were dead.\n"
            "The Macedonian International News Agency said four \"terrorists\" had been killed "
            "and that another had committed suicide to avoid capture. Others were said to have "
            "surrendered to police. There was no immediate word on civilian casualties.\n"
            "President Gjorge Ivanov cut short a visit to Moscow and reportedly was returning home "
            "to deal with the crisis.\n"
            "Macedonia has been grappling with its deepest political crisis since its "
            "independence from former Yugoslavia in 1991. The government and the opposition have "
            "accused each other of planning to destabilize the country to take or preserve power, "
            "and some analysts fear leaders on both sides are ready to provoke ethnic clashes as "
            "leverage.\n"
            "Kumanovo is 40 kilometers (24 miles) northeast of the capital, Skopje. Interior "
            "Ministry spokesman Ivo Kotevski said the gunmen outside Kumanovo had entered from a "
            "neighboring state to attack state institutions. He did not name the country of "
            "origin.\n"
            "Both Albania and Kosovo \u2014 the latter country inhabited primarily by ethnic "
            "Albanians \u2014 issued statements expressing concern that called for calm and "
            "ethnic harmony in Macedonia."
        ),
    },
    {
        "id": "blind30-08",
        "url": "https://voa.pangea-cms.com/preview/en-US/a/protests-in-nicaragua/4414105.html",
        "agency": "Voice of America",
        "title": "Violence Returns to Anti-Government Protests in Nicaragua",
        "published": "2018-05-28",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; its photo captions are dated 16 and 26 May 2018 and "
            "the story reports police action on 'Monday', taken as 28 May 2018"
        ),
        "truncated": False,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title), two photo captions (each "
            "printed twice), the closing 'XS SM MD LG' widget line"
        ),
        "text": (
            "Violence returned to protests against Nicaraguan President Daniel Ortega when riot "
            "police confronted students who had seized a university.\n"
            "Students demanding greater democracy and Ortega's resignation took over the "
            "Engineering University in Managua, the capital.\n"
            "Government supporters moved to end the takeover, but anti-government protesters took "
            "the students' side. The opposition demonstrators then partially set fire to the "
            "pro-government radio station Radio Ya, whose offices are located near the "
            "university.\n"
            "Police were sent to contain the protests Monday and there were reports of people "
            "injured.\n"
            "Protests erupted in mid-April after Ortega imposed austerity measures for "
            "Nicaragua's social security system. At least 76 people died amid a violent response "
            "from police and government-allied Sandinista youth groups."
        ),
    },
    {
        "id": "blind30-09",
        "url": (
            "https://www.voacambodia.com/a/"
            "arrests-spark-protests-border-closing-in-thailand-112711374/1360479.html"
        ),
        "agency": "Voice of America",
        "title": "Arrests Spark Protests, Border Closing in Thailand",
        "published": "2010-12-31",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; the seven Thais (among them a member of parliament) "
            "were arrested on a Wednesday and charged on a Thursday at the end of December 2010, "
            "and the story reports 'Friday', taken as 31 December 2010"
        ),
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title), the photo caption; the stored "
            "copy ends inside its ninth paragraph (Cambodia's closing of the border, a quote of "
            "Keo Sen), which is dropped; 'Prime Minsiter' is kept as stored"
        ),
        "text": (
            "Cambodian officials ruled out the demands of protesters in Bangkok Friday who want "
            "the release of seven Thai nationals charged Thursday with illegal entry.\n"
            "The suspects, including a Thai member of parliament and supporters of the \u201cyellow "
            "shirt\u201d People's Alliance for Democracy, were arrested Wednesday while "
            "reportedly looking into claims of Cambodian encroachment on Thai soil.\n"
            "Authorities say they were caught half a kilometer inside Cambodia and near a "
            "military area.\n"
            "Members of the Thailand Patriot Network gathered in front of the Cambodian Embassy "
            "to call for the release of the group. Protesters burned a coffin bearing the "
            "photograph of Prime Minsiter Hun Sen and vowed to continue their rally until those "
            "arrested are returned to Thailand.\n"
            "\u201cWe cannot accept what they have raised,\u201d Koy Kuong, a spokesman for the "
            "Ministry of Foreign Affairs, told VOA Khmer Friday. He confirmed there had been "
            "protesters in front of the embassy, but said they dispersed before noon.\n"
            "Thai Foreign Minister Kasit Pirumya has said his government will respect the "
            "judicial process here and has not so far called for a political release.\n"
            "Meanwhile, Cambodian officials say Thailand has closed down an important checkpoint "
            "in Banteay Meanchey province, preventing Cambodians from crossing into Thailand "
            "there.\n"
            "Many Cambodians typically use the crossing, in Obei Chon, in O'Chov district, where "
            "they travel for day labor on Thai farms and to purchase goods at Thai markets."
        ),
    },
    {
        "id": "blind30-10",
        "url": "https://www.voanews.com/a/6200865.html",
        "agency": "Voice of America",
        "title": "Honduran Migrants Met with Tear Gas at Guatemala Border",
        "published": "2021-01-17",
        "date_approximate": True,
        "date_note": (
            "the copy carries no date line; its photo captions are dated 17 January 2021 and the "
            "story reports the clash on 'Sunday' (17 January 2021)"
        ),
        "truncated": True,
        "note": (
            f"removed: {_FURNITURE}, the headline (kept in title), two photo captions (each "
            "printed twice); the stored copy ends inside its ninth paragraph (a quote of a Biden "
            "transition official), which is dropped"
        ),
        "text": (
            "Guatemalan police and soldiers used tear gas and batons to push back about 100 "
            "Honduran migrants when they tried to pass through a roadblock on the border with "
            "Guatemala Sunday.\n"
            "Many migrants showed visible injuries from batons after the clash with Guatemalan "
            "troops.\n"
            "The migrants were some of roughly 2,000 Hondurans who stopped Saturday night behind "
            "the roadblock placed on the two-lane highway to Chiquimula near the village of Vado "
            "Hondo.\n"
            "The majority stayed behind Sunday morning when the clashes between some members of "
            "their group and police began. None of the migrants made it through the roadblock.\n"
            "Hundreds of the migrants have tried to appeal to Guatemalan authorities as fellow "
            "Central Americans to allow them to move north.\n"
            "At least 9,000 migrants from Honduras, including women and young children, had "
            "crossed into Guatemala Saturday, less than a week before U.S. President-elect Joe "
            "Biden takes office.\n"
            "Some migrants say they hope that the new administration will be more sympathetic "
            "than the Trump administration to their pleas for a better life.\n"
            "Speaking to Reuters news agency, a Biden transition official discouraged migrants to "
            "continue their journey to the United States."
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


PD = ["pro_democracy"]
REP = ["repression"]
MIL = ["military"]

# --- blind30-01: Nepal, arrests at the start of the anti-monarchy strike (2006) ---
D = "blind30-01"
ev(D, "Nepalese police have detained", "have detained", "COERCE", "arrest", REP + PD,
   ["NPL"], ["Nepalese police"], ["NPL"], ["hundreds of opposition leaders and activists"])
ev(D, "Nepalese police have detained", "four-day national strike", "PROTEST", "strike", PD,
   [], [], ["NPL"], ["King Gyanendra"])
ev(D, "nine people were killed in a provincial town", "raided", "ASSAULT", "", MIL,
   ["NPL"], ["Maoist rebels"], ["NPL"], ["a provincial town"])
ev(D, "Hundreds of security personnel in riot gear", "stood guard", "MOBILIZE", "police",
   REP, ["NPL"], ["Hundreds of security personnel"])
ev(D, "Hundreds of security personnel in riot gear", "mass protests planned", "PROTEST", "demo",
   PD, ["NPL"], ["an alliance of seven opposition parties"], future=True)
ev(D, "small groups of pro-democracy demonstrators", "emerged on the streets", "PROTEST",
   "demo", PD, ["NPL"], ["small groups of pro-democracy demonstrators"])
ev(D, "Many opposition leaders and activists had", "had been detained", "COERCE", "arrest",
   REP, [], [], ["NPL"], ["Many opposition leaders and activists"])
ev(D, "The government has vowed to crush", "vowed to crush", "THREATEN", "violence", REP,
   ["NPL"], ["The government"], ["NPL"], ["the anti-monarchy protests"])
ev(D, "Authorities have banned public rallies", "banned public rallies", "COERCE", "restrict",
   REP + ["rights_freedoms"], ["NPL"], ["Authorities"])
ev(D, "Authorities have banned public rallies", "imposed a night-time curfew", "COERCE",
   "curfew", REP, ["NPL"], ["Authorities"])
ev(D, "Authorities have banned public rallies", "urged", "REQUEST", "", PD, ["NPL"],
   ["Authorities"], ["NPL"], ["people"])
ev(D, "But businesses and schools shut down", "shut down", "PROTEST", "strike", PD, ["NPL"],
   ["businesses and schools"])
ev(D, "Prakash Man Singh, a spokesman", "supporting", "SUPPORT", "", PD, ["NPL"], ["people"],
   ["NPL"], ["the opposition's"])
ev(D, "Prakash Man Singh, a spokesman", "demand", "REQUEST", "change", PD, ["NPL"],
   ["the opposition's"], ["NPL"], ["the king"])
ev(D, "Prakash Man Singh, a spokesman", "seized", "COERCE", "", ["political_institutions"],
   ["NPL"], ["he"])
ev(D, "The people have taken seriously the call", "the call", "REQUEST", "", PD, ["NPL"],
   ["the seven-party alliance"], ["NPL"], ["The people"])
ev(D, "We want total democracy.", "We want total democracy", "REQUEST", "change", PD, ["NPL"],
   ["We"])
ev(D, "have criticized the ban on rallies", "have criticized", "ACCUSE", "disapprove",
   REP + ["human_rights"], ["UNO", "USA"], ["The United Nations", "the United States"])

# --- blind30-02: Guinea, deadly protests against President Conte (2007) ---
D = "blind30-02"
ev(D, "Clashes in Guinea between protesters", "Clashes", "ASSAULT", "", REP,
   ["GIN", "GIN"], ["protesters demanding the president's resignation", "security forces"])
ev(D, "most of the victims had been shot", "had been shot at with real bullets", "ASSAULT",
   "firearms", REP, [], [], ["GIN"], ["most of the victims"])
ev(D, "Union leaders had called for large marches", "called for large marches", "PROTEST",
   "demo", PD, ["GIN"], ["Union leaders"])
ev(D, "Union leaders had called for large marches", "ban", "COERCE", "restrict", REP,
   ["GIN"], ["government"])
ev(D, "Youths took to the streets", "took to the streets", "PROTEST", "demo", PD, ["GIN"],
   ["Youths"])
ev(D, "waves of protesters approached", "approached", "PROTEST", "demo", PD, ["GIN"],
   ["waves of protesters"], ["GIN"], ["the presidential palace"])
ev(D, "The protesters called on President Lansana Conte", "called on", "REQUEST", "change",
   PD + ["executive"], ["GIN"], ["The protesters"], ["GIN"], ["President Lansana Conte"])
ev(D, "The protesters called on President Lansana Conte", "saying he was a dictator",
   "ACCUSE", "allege", ["election"], ["GIN"], ["The protesters"], ["GIN"], ["he"])
ev(D, "security forces lobbed a grenade", "lobbed a grenade", "ASSAULT", "explosives", REP,
   ["GIN"], ["security forces"], ["GIN"], ["doctors"])
ev(D, "union leaders were detained after nightfall", "were detained", "COERCE", "arrest", REP,
   [], [], ["GIN"], ["union leaders"])
ev(D, "a special security force attacked", "attacked", "ASSAULT", "", REP, ["GIN"],
   ["a special security force"], ["GIN"], ["union leaders"])
ev(D, "What the Guineans have been asking", "asking", "REQUEST", "change",
   PD + ["executive"], ["GIN"], ["the Guineans"], ["GIN"], ["Conte"])
ev(D, "Guinea's opposition leaders said they feared", "arrested", "COERCE", "arrest", REP,
   [], [], ["GIN"], ["Guinea's opposition leaders"], hypothetical=True)

# --- blind30-03: Somalia, Ethiopian and government troops against insurgents (2007) ---
D = "blind30-03"
ev(D, "Battles between Ethiopian troops", "Battles", "ASSAULT", "", MIL, ["ETH", "SOM"],
   ["Ethiopian troops", "insurgent fighters"])
ev(D, "Ethiopian tanks rumbled through", "rumbled through", "MOBILIZE", "troops", MIL,
   ["ETH"], ["Ethiopian tanks"])
ev(D, "launched the early-morning security operation", "launched the early-morning security operation",
   "ASSAULT", "", MIL, ["ETH", "SOM"],
   ["The Ethiopians", "Somali government troops"])
ev(D, "fought back with hit-and-run attacks", "fought back with hit-and-run attacks",
   "ASSAULT", "", MIL, ["SOM"], ["the insurgents"])
ev(D, "They are not fighting face-to-face", "throwing some mortars", "ASSAULT", "", MIL,
   ["SOM"], ["They"])
ev(D, "They are using small arms", "using small arms", "ASSAULT", "firearms", MIL, ["SOM"],
   ["They"])
ev(D, "we can see helicopters firing", "firing", "ASSAULT", "aerial", MIL, ["ETH"],
   ["helicopters"])
ev(D, "two Ethiopian helicopters fired missiles", "fired missiles", "ASSAULT", "aerial", MIL,
   ["ETH"], ["at least two Ethiopian helicopters"], ["SOM"],
   ["insurgent neighborhoods in northern Mogadishu"])

# --- blind30-04: Sri Lanka, the end of the holiday truce (2009) ---
D = "blind30-04"
ev(D, "Tamil rebels say government forces", "say", "ACCUSE", "allege", MIL, ["LKA"],
   ["Tamil rebels"], ["LKA"], ["government forces"])
ev(D, "Tamil rebels say government forces", "have resumed fighting", "ASSAULT", "", MIL,
   ["LKA"], ["government forces"])
ev(D, "Tamil rebels say government forces", "denies", "REJECT", "", MIL, ["LKA"],
   ["the army"])
ev(D, "has rejected an appeal by the rebels", "has rejected", "REJECT", "", MIL, ["LKA"],
   ["The government"], ["LKA"], ["the rebels"])
ev(D, "has rejected an appeal by the rebels", "appeal", "REQUEST", "", MIL, ["LKA"],
   ["the rebels"], ["LKA"], ["The government"])
ev(D, "Sri Lanka's army began an offensive", "began an offensive", "ASSAULT", "", MIL,
   ["LKA"], ["Sri Lanka's army"])
ev(D, "The military denied reports of firing", "denied", "REJECT", "", MIL, ["LKA"],
   ["The military"])
ev(D, "The military denied reports of firing", "campaign to defeat", "ASSAULT", "", MIL,
   ["LKA"], ["the army"], ["LKA"], ["the Tamil Tiger rebels"])
ev(D, "soldiers have surrounded the small", "have surrounded", "COERCE", "restrict", MIL,
   ["LKA"], ["soldiers"], ["LKA"], ["the rebel fighters"])
ev(D, "We cannot conduct offensive", "conduct offensive", "ASSAULT", "", MIL, ["LKA"], ["We"],
   negated=True)
ev(D, "unilateral truce declared by the government", "declared", "CONCEDE", "", MIL, ["LKA"],
   ["the government"])
ev(D, "The government blamed the rebels", "blamed", "ACCUSE", "allege",
   MIL + ["human_security"], ["LKA"], ["The government"], ["LKA"], ["the rebels"])
ev(D, "rejected a call by the rebels", "rejected", "REJECT", "meet", MIL, ["LKA"], ["It"],
   ["LKA"], ["the rebels"])
ev(D, "rejected a call by the rebels", "call", "REQUEST", "meet", MIL, ["LKA"],
   ["the rebels"], ["LKA"], ["It"])
ev(D, "determined to go ahead with its military campaign", "military campaign", "ASSAULT", "",
   MIL, ["LKA"], ["the government"], ["LKA"], ["the rebels"])

# --- blind30-05: Bahrain, arrests after the clearing of Pearl Roundabout (2011) ---
D = "blind30-05"
ev(D, "Authorities in Bahrain have detained", "have detained", "COERCE", "arrest", REP + PD,
   ["BHR"], ["Authorities in Bahrain"], ["BHR"], ["opposition leaders"])
ev(D, "Authorities in Bahrain have detained", "drove", "COERCE", "", REP + PD, ["BHR"],
   ["security forces"], ["BHR"], ["pro-democracy protesters"])
ev(D, "authorities had arrested", "had arrested", "COERCE", "arrest", REP, ["BHR"],
   ["authorities"], ["BHR"], ["\"several\" leaders"])
ev(D, "authorities had arrested", "charges", "ACCUSE", "allege", ["legal"], ["BHR"],
   ["authorities"], ["BHR"], ["\"several\" leaders"])
ev(D, "the government has detained at least six", "has detained", "COERCE", "arrest", REP,
   ["BHR"], ["the government"], ["BHR"], ["at least six opposition leaders"])
ev(D, "the government has detained at least six", "clearing", "COERCE", "", REP, ["BHR"],
   ["the government"], ["BHR"], ["the protesters' tent camp"])
ev(D, "Bahraini security forces swept through", "swept through", "ASSAULT", "", REP, ["BHR"],
   ["Bahraini security forces"], ["BHR"], ["At least five people"])
ev(D, "riot police on Thursday fired tear gas", "fired tear gas", "ASSAULT", "", REP, ["BHR"],
   ["riot police"], ["BHR"], ["several dozen protesters"])
ev(D, "riot police on Thursday fired tear gas", "tried to regroup", "PROTEST", "demo", PD,
   ["BHR"], ["several dozen protesters"])
ev(D, "declared a three-month state of emergency", "declared a three-month state of emergency",
   "COERCE", "restrict", REP, ["BHR"], ["Bahrain's government"])
ev(D, "curfew would be shortened", "would be shortened", "CONCEDE", "", REP, ["BHR"],
   ["a military spokesman"])
ev(D, "are demanding political reforms", "are demanding", "REQUEST", "change",
   PD + ["religion_ethnicity"], ["BHR"],
   ["Protesters from Bahrain's majority Shi'ite population"], ["BHR"],
   ["the minority Sunni government"])
ev(D, "has offered to hold a dialogue", "has offered to hold a dialogue", "AGREE", "",
   ["political_institutions"], ["BHR"], ["The ruling al-Khalifa family"], ["BHR"],
   ["opposition groups"])
ev(D, "some protesters are demanding more power", "are demanding", "REQUEST", "change",
   PD, ["BHR"], ["some protesters"], ["BHR"], ["the royal family"])

# --- blind30-06: Yemen, protests against the Houthis and embassy closures (2015) ---
D = "blind30-06"
ev(D, "Tens of thousands of Yemenis protested", "protested", "PROTEST", "demo",
   ["political_institutions"], ["YEM"], ["Tens of thousands of Yemenis"], ["YEM"],
   ["the Shi'ite Muslim Houthi movement"])
ev(D, "Tens of thousands of Yemenis protested", "takeover", "COERCE", "",
   ["political_institutions"], ["YEM"], ["the Shi'ite Muslim Houthi movement"])
ev(D, "Houthi gunmen fired on protesters", "fired on", "ASSAULT", "firearms", REP, ["YEM"],
   ["Houthi gunmen"], ["YEM"], ["protesters"])
ev(D, "heavy fighting has continued", "heavy fighting", "ASSAULT", "",
   MIL + ["religion_ethnicity"], ["YEM", "YEM"], ["Houthi rebels", "Sunni tribesmen"])
ev(D, "Yemen shares a long border", "has been fighting against", "ASSAULT", "",
   MIL + ["terrorism"], ["YEM"], ["Yemen"], ["IMG"], ["al-Qaida in the Arabian Peninsula"])
ev(D, "has supported the campaign against al-Qaida", "drone strikes", "ASSAULT", "drone",
   MIL + ["terrorism"], ["USA"], ["The United States"], ["IMG"], ["al-Qaida"])
ev(D, "latest countries to shut down embassy operations", "shut down embassy operations",
   "SANCTION", "withdraw", ["diplomatic"], ["NLD", "ESP", "ARE"],
   ["The Netherlands", "Spain", "the United Arab Emirates"], ["YEM"], ["Sana'a"])
ev(D, "previously have closed their embassies", "have closed their embassies", "SANCTION",
   "withdraw", ["diplomatic"], ["SAU", "ITA", "DEU", "USA", "FRA", "GBR"],
   ["Saudi Arabia", "Italy", "Germany", "the United States", "France", "Britain"], ["YEM"],
   ["Yemen"])
ev(D, "struggling talks over internal power-sharing", "talks", "CONSULT", "",
   ["political_institutions"], ["YEM", "YEM"],
   ["the country's new Houthi rulers", "opposition parties"])
ev(D, "Since seizing power earlier this month", "seizing power", "COERCE", "",
   ["political_institutions"], ["YEM"], ["the Houthis"])
ev(D, "Since seizing power earlier this month", "have dissolved parliament", "COERCE", "",
   ["legislative"], ["YEM"], ["the Houthis"], ["YEM"], ["parliament"])

# --- blind30-07: Macedonia, gun battle in Kumanovo (2015) ---
D = "blind30-07"
ev(D, "Macedonian authorities said late Saturday", "daylong battle", "ASSAULT", "",
   ["terrorism", "religion_ethnicity"], ["MKD", "MKD"],
   ["five police officers", "unidentified gunmen"])
ev(D, "some of the gunmen outside the town", "had been killed", "ASSAULT", "", ["terrorism"],
   [], [], ["MKD"], ["some of the gunmen"])
ev(D, "four \"terrorists\" had been killed", "had been killed", "ASSAULT", "", ["terrorism"],
   [], [], ["MKD"], ["four \"terrorists\""])
ev(D, "Others were said to have surrendered", "surrendered", "RETREAT", "", ["terrorism"],
   ["MKD"], ["Others"], ["MKD"], ["police"])
ev(D, "cut short a visit to Moscow", "visit", "CONSULT", "visit", ["diplomatic"], ["MKD"],
   ["President Gjorge Ivanov"], ["RUS"], ["Moscow"])
ev(D, "have accused each other", "have accused each other", "ACCUSE", "allege",
   ["political_institutions"], ["MKD", "MKD"], ["The government", "the opposition"])
ev(D, "had entered from a neighboring state", "had entered", "ASSAULT", "", ["terrorism"], ["MKD"],
   ["the gunmen outside Kumanovo"], ["MKD"], ["state institutions"])
ev(D, "issued statements expressing concern", "expressing concern", "ACCUSE", "disapprove",
   ["religion_ethnicity"], ["ALB", "KOS"], ["Albania", "Kosovo"])
ev(D, "issued statements expressing concern", "called for calm", "REQUEST", "change",
   ["religion_ethnicity"], ["ALB", "KOS"], ["Albania", "Kosovo"], ["MKD"], ["Macedonia"])

# --- blind30-08: Nicaragua, students seize a university (2018) ---
D = "blind30-08"
ev(D, "riot police confronted students", "confronted", "COERCE", "", REP, ["NIC"],
   ["riot police"], ["NIC"], ["students"])
ev(D, "riot police confronted students", "had seized a university", "PROTEST", "", PD,
   ["NIC"], ["students"])
ev(D, "took over the Engineering University", "took over", "PROTEST", "", PD, ["NIC"],
   ["Students demanding greater democracy and Ortega's resignation"])
ev(D, "Government supporters moved to end the takeover", "moved to end the takeover",
   "COERCE", "", REP, ["NIC"], ["Government supporters"])
ev(D, "Government supporters moved to end the takeover", "took the students' side", "SUPPORT",
   "", PD, ["NIC"], ["anti-government protesters"], ["NIC"], ["the students'"])
ev(D, "partially set fire to", "partially set fire to", "PROTEST", "vandalize",
   PD, ["NIC"], ["The opposition demonstrators"], ["NIC"],
   ["the pro-government radio station Radio Ya"])
ev(D, "Police were sent to contain", "were sent", "MOBILIZE", "police", REP, ["NIC"],
   ["Police"])
ev(D, "At least 76 people died", "violent response", "ASSAULT", "", REP, ["NIC", "NIC"],
   ["police", "government-allied Sandinista youth groups"], ["NIC"], ["At least 76 people"])

# --- blind30-09: Thailand and Cambodia, arrested Thais and a closed checkpoint (2010) ---
D = "blind30-09"
ev(D, "Cambodian officials ruled out the demands", "ruled out", "REJECT", "yield",
   ["territory"], ["KHM"], ["Cambodian officials"], ["THA"], ["protesters in Bangkok"])
ev(D, "Cambodian officials ruled out the demands", "want the release", "REQUEST", "yield",
   ["territory"], ["THA"], ["protesters in Bangkok"], ["KHM"], ["Cambodian officials"])
ev(D, "Cambodian officials ruled out the demands", "charged", "ACCUSE", "allege",
   ["legal", "territory"], [], [], ["THA"], ["seven Thai nationals"])
ev(D, "were arrested Wednesday", "were arrested", "COERCE", "arrest", ["territory"], [], [],
   ["THA"], ["The suspects"])
ev(D, "Authorities say they were caught", "caught", "COERCE", "arrest", ["territory"], ["KHM"],
   ["Authorities"], ["THA"], ["they"])
ev(D, "gathered in front of the Cambodian Embassy", "gathered", "PROTEST", "demo",
   ["territory"], ["THA"], ["Members of the Thailand Patriot Network"], ["KHM"],
   ["the Cambodian Embassy"])
ev(D, "Protesters burned a coffin", "burned a coffin", "PROTEST", "demo", ["territory"],
   ["THA"], ["Protesters"], ["KHM"], ["Prime Minsiter Hun Sen"])
ev(D, "Protesters burned a coffin", "vowed to continue their rally", "THREATEN", "",
   ["territory"], ["THA"], ["Protesters"])
ev(D, "We cannot accept what they have raised", "cannot accept", "REJECT", "yield",
   ["diplomatic"], ["KHM"], ["Koy Kuong"], ["THA"], ["they"])
ev(D, "has not so far called for a political release", "called for", "REQUEST", "yield",
   ["diplomatic", "legal"], ["THA"], ["Thai Foreign Minister Kasit Pirumya"], negated=True)
ev(D, "Thailand has closed down an important checkpoint", "has closed down", "COERCE",
   "restrict", ["territory", "migration"], ["THA"], ["Thailand"], ["KHM"], ["Cambodians"])

# --- blind30-10: Guatemala and Honduran migrants at the border (2021) ---
D = "blind30-10"
ev(D, "Guatemalan police and soldiers used tear gas", "used tear gas and batons", "ASSAULT",
   "beat", ["migration"], ["GTM"], ["Guatemalan police and soldiers"], ["HND"],
   ["about 100 Honduran migrants"])
ev(D, "the clashes between some members", "clashes", "ASSAULT", "", ["migration"],
   ["HND", "GTM"], ["some members of their group", "police"])
ev(D, "have tried to appeal to Guatemalan authorities", "appeal", "REQUEST", "",
   ["migration"], ["HND"], ["Hundreds of the migrants"], ["GTM"], ["Guatemalan authorities"])
ev(D, "a Biden transition official discouraged", "discouraged", "REQUEST", "", ["migration"],
   ["USA"], ["a Biden transition official"], ["HND"], ["migrants"])
